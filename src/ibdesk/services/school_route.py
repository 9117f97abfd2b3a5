"""The school's own routekaart: the school type and region (machine policy first, then the
school's record) pick the default route from the catalog's metadata (domain/route_choice.py);
a case may use another route or version, chosen when it is opened."""

from __future__ import annotations

import logging

from ibdesk.domain.model import School
from ibdesk.domain.route_choice import (
    RouteOption,
    SchoolType,
    default_route,
    parse_route_ref,
    regions,
    routes_for,
    school_type,
)
from ibdesk.errors import UserError
from ibdesk.forms import Catalog, RouteDefinition
from ibdesk.i18n import tr

log = logging.getLogger(__name__)


def route_options(catalog: Catalog, all_versions: bool = False) -> list[RouteOption]:
    return [
        RouteOption(r.id, r.version, r.title, tuple(str(x) for x in (r.level or ())), r.region)
        for r in catalog.routes(all_versions=all_versions)
    ]


class SchoolRoutes:
    def __init__(self, catalog: Catalog, policy=None):
        self.catalog = catalog
        self.policy = policy

    def school_type(self, school: School | None) -> SchoolType:
        """The machine policy's type, else the school's; a school without one is a primary school
        (as before school types existed)."""
        fixed = getattr(self.policy, "school_type", None)
        return school_type(fixed or (school.school_type if school else None)) or SchoolType.PO

    def region(self, school: School | None) -> str | None:
        return getattr(self.policy, "school_region", None) or (school.region if school else None)

    def locked(self) -> dict[str, str]:
        """What the machine policy fixes (school type, region), for screens that show it read-only."""
        fixed = {
            "schooltype": getattr(self.policy, "school_type", None),
            "regio": getattr(self.policy, "school_region", None),
        }
        return {key: value for key, value in fixed.items() if value}

    def default_option(self, school: School | None) -> RouteOption | None:
        return default_route(route_options(self.catalog), self.school_type(school), self.region(school))

    def default_for(self, school: School | None) -> RouteDefinition | None:
        option = self.default_option(school)
        return self.catalog.route(option.id, option.version) if option else None

    def choices(self, school: School | None) -> list[RouteOption]:
        """Every route version a new case may use: the default first, then the other routes for this
        school type, then the rest (newest versions first within a route)."""
        options = route_options(self.catalog, all_versions=True)
        default = self.default_option(school)
        fitting = {o.id for o in routes_for(options, self.school_type(school))}

        def order(o: RouteOption):
            return (o != default, o.id not in fitting, o.id, -o.version)

        return sorted(options, key=order)

    def known_regions(self, kind: SchoolType | None) -> list[str]:
        return regions(route_options(self.catalog), kind)

    def resolve(self, ref: str) -> RouteOption:
        """'routekaart-vo' (newest version) or 'routekaart-vo@1'; a Dutch error naming what exists."""
        route_id, version = parse_route_ref(ref)
        options = [o for o in route_options(self.catalog, all_versions=True) if o.id == route_id]
        if not options:
            known = ", ".join(sorted({o.id for o in route_options(self.catalog)}))
            raise UserError(
                tr("Routekaart '{route_id}' bestaat niet. Bekend: {known}.", route_id=route_id, known=known)
            )
        if version is None:
            return max(options, key=lambda o: o.version)
        found = next((o for o in options if o.version == version), None)
        if found is None:
            versions = ", ".join(str(o.version) for o in sorted(options, key=lambda o: o.version))
            raise UserError(
                tr(
                    "Routekaart '{route_id}' heeft geen versie {version}. Wel: {versions}.",
                    route_id=route_id,
                    version=version,
                    versions=versions,
                )
            )
        return found


def school_routes() -> SchoolRoutes:
    """The route choice for screens that run before a profile is open (the first-run wizard):
    the machine policy (school type, region, the region's forms folder) and the form catalog."""
    from ibdesk.policy import load_policy
    from ibdesk.services.form_folders import form_folders
    from ibdesk.services.forms import load_forms

    try:
        policy = load_policy()
    except UserError as exc:  # the app says so when it starts; the wizard still works
        log.warning("machine policy unreadable in the wizard: %s", type(exc).__name__)
        policy = None
    return SchoolRoutes(load_forms(form_folders(policy)), policy)
