"""Which routekaart a school's cases start on, chosen from the routes' own metadata (`level`
and `region` in forms/), never from ids written in the code.

- The school type (PO, VO, SO/SBO) selects the routes whose `level` fits; a route without a
  `level` fits every school. SO/SBO schools get the primary-school routes until a region
  ships its own SO/SBO route (SBO is primary education; domain.md §1–3).
- A route whose `region` is the school's region wins (a region's own variant).
- Otherwise the general route: one whose id is not an extension of another fitting route's
  id (`routekaart-po-regio-oost` is a variant of `routekaart-po`, see forms/README.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ibdesk.errors import ValidationError
from ibdesk.i18n import tr


class SchoolType(StrEnum):
    PO = "po"
    VO = "vo"
    SO = "so"

    @property
    def label(self) -> str:
        """The type as the screen and the command line show it, in the language shown."""
        return school_type_label(self)

    @property
    def document_label(self) -> str:
        """The Dutch label, whatever the language (for documents and stored records)."""
        return SCHOOL_TYPE_LABELS[self]


def school_type_label(kind: SchoolType) -> str:
    """SCHOOL_TYPE_LABELS in the language shown (looked up when shown, never at import)."""
    return {
        SchoolType.PO: tr("Primair onderwijs (basisschool)"),
        SchoolType.VO: tr("Voortgezet onderwijs"),
        SchoolType.SO: tr("Speciaal (basis)onderwijs: SO / SBO"),
    }[kind]


# The Dutch labels (`SchoolType.document_label`).
SCHOOL_TYPE_LABELS = {
    SchoolType.PO: "Primair onderwijs (basisschool)",
    SchoolType.VO: "Voortgezet onderwijs",
    SchoolType.SO: "Speciaal (basis)onderwijs: SO / SBO",
}
LEVELS = {SchoolType.PO: {"po"}, SchoolType.VO: {"vo"}, SchoolType.SO: {"so", "sbo"}}
FALLBACK = {SchoolType.SO: SchoolType.PO}
# The usual title of the person who runs pupil support, per school type (a suggestion only).
SUPPORT_ROLE = {
    SchoolType.PO: "intern begeleider",
    SchoolType.VO: "zorgcoördinator",
    SchoolType.SO: "intern begeleider",
}
_ALIASES = {
    "po": SchoolType.PO,
    "bao": SchoolType.PO,
    "basisonderwijs": SchoolType.PO,
    "vo": SchoolType.VO,
    "so": SchoolType.SO,
    "sbo": SchoolType.SO,
    "so/sbo": SchoolType.SO,
    "sbo/so": SchoolType.SO,
}


@dataclass(frozen=True)
class RouteOption:
    id: str
    version: int
    title: str
    levels: tuple[str, ...] = ()
    region: str | None = None

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"


def school_type(text: str | None) -> SchoolType | None:
    """'PO', 'vo', 'SO/SBO', … → the type; None for empty; a Dutch error for anything else."""
    if text is None or not str(text).strip():
        return None
    found = _ALIASES.get(str(text).strip().lower().replace(" ", ""))
    if found is None:
        raise ValidationError(tr("Onbekend schooltype '{text}'. Kies po, vo of so (SO/SBO).", text=text), "schooltype")
    return found


def fits(option: RouteOption, kind: SchoolType) -> bool:
    return not option.levels or bool(LEVELS[kind] & set(option.levels))


def routes_for(options: list[RouteOption], kind: SchoolType | None) -> list[RouteOption]:
    """The routes a school of this type may use (all routes when the type is unknown)."""
    if kind is None:
        return list(options)
    found = [o for o in options if fits(o, kind)]
    if not found and kind in FALLBACK:
        return routes_for(options, FALLBACK[kind])
    return found


def same_region(a: str | None, b: str | None) -> bool:
    def norm(text: str | None) -> str:
        return re.sub(r"\s+", " ", (text or "").strip().casefold())

    return bool(norm(a)) and norm(a) == norm(b)


def is_variant(option: RouteOption, others: list[RouteOption]) -> bool:
    return any(option.id.startswith(o.id + "-") for o in others if o.id != option.id)


def latest_only(options: list[RouteOption]) -> list[RouteOption]:
    newest: dict[str, RouteOption] = {}
    for o in options:
        if o.id not in newest or o.version > newest[o.id].version:
            newest[o.id] = o
    return sorted(newest.values(), key=lambda o: o.id)


def default_route(options: list[RouteOption], kind: SchoolType | None, region: str | None) -> RouteOption | None:
    """The route a new case of this school starts on (the newest version), or None when none fits."""
    candidates = latest_only(routes_for(options, kind))
    if not candidates:
        return None
    regional = [o for o in candidates if same_region(o.region, region)]
    if regional:
        return regional[0]
    general = [o for o in candidates if not is_variant(o, candidates)]
    return (general or candidates)[0]


def regions(options: list[RouteOption], kind: SchoolType | None) -> list[str]:
    """Regions that ship a route of their own for this school type."""
    return sorted({o.region for o in routes_for(options, kind) if o.region})


def parse_route_ref(text: str) -> tuple[str, int | None]:
    """'routekaart-vo' or 'routekaart-vo@2' → (id, version or None)."""
    route_id, _, version = text.strip().partition("@")
    if not route_id:
        raise ValidationError(tr("Geef de routekaart als ID of ID@VERSIE, bijvoorbeeld routekaart-vo@1."), "route")
    if not version:
        return route_id, None
    if not version.isdigit() or int(version) < 1:
        raise ValidationError(
            tr("'{version}' is geen versienummer; schrijf bijvoorbeeld {route}@1.", version=version, route=route_id),
            "route",
        )
    return route_id, int(version)
