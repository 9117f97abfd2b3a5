"""A school, pupils and cases made the way a user makes them, on a new empty profile
(for the rule tests of issue 12). Only fictional people."""

from __future__ import annotations

from datetime import date

from ibdesk.domain.model import Case, Guardian, Organisation, OrgKind, Pupil, School


def school_services(
    store, today: date, municipality: str = "Renkum", holiday_region: str | None = None, route_id: str | None = None
):
    """Services on `store` (a new, empty profile) with its one school saved."""
    from ibdesk.services.container import Services

    services = Services.build(store, today=lambda: today)
    services.records.save_school(
        School("OBS De Regel (fictief)", municipality, holiday_region=holiday_region, route_id=route_id)
    )
    services.store.set_setting("user.name", "Marieke de Wit (fictief)")  # as the first-run wizard asks
    services.store.set_setting("user.role", "intern begeleider")
    return services


def add_pupil(services, born: date, group: str, municipality: str = "Renkum", parents: int = 2) -> Pupil:
    school = services.records.school()
    guardians = [
        Guardian(f"{name} Verwey (fictief)", relation, True)
        for name, relation in (("Anna", "moeder"), ("Mark", "vader"))[:parents]
    ]
    return services.records.save_pupil(
        Pupil("Floor", "Verwey (fictief)", born, group, school.id, municipality, guardians=guardians)
    )


def open_case(services, pupil: Pupil, opened: date, question: str = "Wat is er nodig? (fictief)") -> Case:
    return services.records.save_case(Case(pupil.id, question, opened, "Marieke de Wit (fictief)"))


def add_team(services, municipality: str = "Renkum") -> Organisation:
    return services.records.save_organisation(
        Organisation(OrgKind.SOCIAAL_TEAM, f"Sociaal Team {municipality} (fictief)", municipality, "0261234567")
    )
