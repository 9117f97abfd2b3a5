"""The school's own routekaart, chosen from the routes' `level` and `region` metadata
(issue 9 point 4: a secondary school gets the VO route; a region's variant when the school
is in that region). The options below mirror forms/ but are data, as the rule sees them."""

import pytest

from ibdesk.domain.route_choice import (
    RouteOption,
    SchoolType,
    default_route,
    is_variant,
    parse_route_ref,
    regions,
    routes_for,
    school_type,
)
from ibdesk.errors import ValidationError

PO = RouteOption("routekaart-po", 1, "Routekaart primair onderwijs", ("po",), "Renkum (SWV PassendWijs)")
PO2 = RouteOption("routekaart-po", 2, "Routekaart primair onderwijs", ("po",), "Renkum (SWV PassendWijs)")
OOST = RouteOption("routekaart-po-regio-oost", 1, "Routekaart PO – Regio Oost", ("po",), "SWV Regio Oost (fictief)")
VO = RouteOption("routekaart-vo", 1, "Routekaart voortgezet onderwijs", ("vo",), "Standaard voortgezet onderwijs")
ANY = RouteOption("zz-algemeen", 1, "Route zonder niveau", (), None)
OPTIONS = [OOST, VO, PO]


@pytest.mark.parametrize(
    "kind, region, expected",
    [
        (SchoolType.PO, None, PO),
        (SchoolType.VO, None, VO),  # a secondary school gets the VO route
        (SchoolType.PO, "SWV Regio Oost (fictief)", OOST),  # the region's own variant
        (SchoolType.PO, "  swv regio  oost (FICTIEF) ", OOST),
        (SchoolType.PO, "SWV Rijn en Heuvel", PO),  # a region without its own route: the general one
        (SchoolType.VO, "SWV Regio Oost (fictief)", VO),  # a PO variant never reaches a VO school
        (SchoolType.SO, None, PO),  # SO/SBO: the primary route until one exists
    ],
)
def test_default_route(kind, region, expected):
    assert default_route(OPTIONS, kind, region) == expected


def test_newest_version_is_the_default_and_order_of_files_does_not_matter():
    assert default_route([PO2, OOST, PO, VO], SchoolType.PO, None) == PO2
    assert default_route(list(reversed(OPTIONS)), SchoolType.PO, None) == PO


def test_a_route_without_level_fits_every_school_and_so_routes_win_for_so():
    so = RouteOption("routekaart-so", 1, "SO", ("so", "sbo"), None)
    assert routes_for([VO, ANY], SchoolType.PO) == [ANY]
    assert default_route([PO, so], SchoolType.SO, None) == so
    assert default_route([VO], SchoolType.PO, None) is None


def test_variant_is_recognised_by_its_id():
    assert is_variant(OOST, OPTIONS) and not is_variant(PO, OPTIONS) and not is_variant(VO, OPTIONS)


def test_regions_offered_per_school_type():
    assert regions(OPTIONS, SchoolType.PO) == ["Renkum (SWV PassendWijs)", "SWV Regio Oost (fictief)"]
    assert regions(OPTIONS, SchoolType.VO) == ["Standaard voortgezet onderwijs"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("po", SchoolType.PO),
        ("VO", SchoolType.VO),
        ("SO/SBO", SchoolType.SO),
        ("sbo", SchoolType.SO),
        ("", None),
        (None, None),
    ],
)
def test_school_type_words(text, kind):
    assert school_type(text) is kind


def test_unknown_school_type_is_refused_in_dutch():
    with pytest.raises(ValidationError, match="Kies po, vo of so"):
        school_type("mbo")


@pytest.mark.parametrize(
    "text, parsed", [("routekaart-vo", ("routekaart-vo", None)), ("routekaart-po@2", ("routekaart-po", 2))]
)
def test_route_reference(text, parsed):
    assert parse_route_ref(text) == parsed


@pytest.mark.parametrize("text", ["routekaart-po@x", "routekaart-po@0", "@1"])
def test_bad_route_reference(text):
    with pytest.raises(ValidationError):
        parse_route_ref(text)
