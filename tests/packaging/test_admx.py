"""The ADMX/ADML template school IT imports in Group Policy or Intune (issue 15): every policy key
of ibdesk has a policy writing HKLM\\SOFTWARE\\Policies\\ibdesk under the same value name, with an
element of the right kind; every string and presentation it names exists in en-US and nl-NL;
and what Group Policy writes from it is accepted by ibdesk's registry reader."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from ibdesk import policy_registry
from ibdesk.errors import UserError
from ibdesk.policy import BOOLEAN_KEYS, INTEGER_KEYS, POLICY_KEYS, check_values, load_policy
from ibdesk.policy_registry import REG_DWORD, REG_EXPAND_SZ, REG_SZ

from .helpers import ROOT

FOLDER = ROOT / "packaging" / "windows" / "admx"
NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
Q = {"p": NS}
LANGUAGES = ("en-US", "nl-NL")
REFERENCE = re.compile(r"^\$\((string|presentation)\.([A-Za-z0-9_]+)\)$")
ELEMENTS = ("text", "decimal", "enum", "boolean", "list", "multiText", "longDecimal")


def admx() -> ET.Element:
    return ET.parse(FOLDER / "ibdesk.admx").getroot()


def adml(language: str) -> ET.Element:
    return ET.parse(FOLDER / language / "ibdesk.adml").getroot()


def policies() -> dict[str, ET.Element]:
    return {p.get("name"): p for p in admx().findall("p:policies/p:policy", Q)}


def elements(policy: ET.Element) -> list[ET.Element]:
    found = policy.find("p:elements", Q)
    return [] if found is None else list(found)


def value_names(policy: ET.Element) -> set[str]:
    names = {e.get("valueName") for e in elements(policy)}
    return names | ({policy.get("valueName")} if policy.get("valueName") else set())


def test_the_files_have_the_admx_schema_shape():
    root = admx()
    assert root.tag == f"{{{NS}}}policyDefinitions" and root.get("schemaVersion") == "1.0" and root.get("revision")
    target = root.find("p:policyNamespaces/p:target", Q)
    assert target.get("prefix") == "ibdesk" and target.get("namespace")
    assert root.find("p:resources", Q).get("minRequiredRevision") == "1.0"
    categories = {c.get("name") for c in root.findall("p:categories/p:category", Q)}
    supported = {d.get("name") for d in root.findall("p:supportedOn/p:definitions/p:definition", Q)}
    for policy in policies().values():
        assert policy.get("class") == "Machine", "HKLM: a machine policy"
        assert policy.find("p:parentCategory", Q).get("ref") in categories
        assert policy.find("p:supportedOn", Q).get("ref") in supported
        for element in elements(policy):
            assert element.tag.removeprefix(f"{{{NS}}}") in ELEMENTS
    for language in LANGUAGES:
        resources = adml(language)
        assert resources.tag == f"{{{NS}}}policyDefinitionResources" and resources.get("schemaVersion") == "1.0"
        assert resources.find("p:resources/p:stringTable", Q) is not None


def test_every_policy_key_has_a_policy_on_the_policies_key_with_the_same_value_name():
    found = policies()
    assert set(found) == set(POLICY_KEYS), "one policy per key of policy.yaml, none more"
    for key, policy in found.items():
        assert policy.get("key") == policy_registry.REGISTRY_KEY == r"SOFTWARE\Policies\ibdesk"
        assert value_names(policy) == {key}, key
        assert all(e.get("key") in (None, policy.get("key")) for e in elements(policy))


def test_each_policy_has_the_element_its_value_needs():
    for key, policy in policies().items():
        kinds = [e.tag.removeprefix(f"{{{NS}}}") for e in elements(policy)]
        if key in BOOLEAN_KEYS:
            assert kinds == [] and policy.find("p:enabledValue/p:decimal", Q).get("value") == "1"
            assert policy.find("p:disabledValue/p:decimal", Q).get("value") == "0"
        elif key in INTEGER_KEYS:
            low, high = INTEGER_KEYS[key]
            decimal = elements(policy)[0]
            assert kinds == ["decimal"] and (decimal.get("minValue"), decimal.get("maxValue")) == (str(low), str(high))
        elif key in ENUM_ITEMS:
            assert kinds == ["enum"], key
        else:
            assert kinds == ["text"], key


ENUM_ITEMS = {"holiday_region": 3, "school_type": 3, "language": 2}


@pytest.mark.parametrize("key", sorted(ENUM_ITEMS))
def test_every_enum_item_is_a_value_the_checker_accepts(key):
    enum = elements(policies()[key])[0]
    values = [item.find("p:value/p:string", Q).text for item in enum.findall("p:item", Q)]
    assert len(values) == ENUM_ITEMS[key]
    for value in values:
        assert check_values({key: value}, "admx")[key] == value


def test_the_decimal_range_is_the_checkers_range():
    decimal = elements(policies()["lock_minutes"])[0]
    low, high = int(decimal.get("minValue")), int(decimal.get("maxValue"))
    for value in (low, high):
        assert check_values({"lock_minutes": value}, "admx")["lock_minutes"] == value
    for value in (low - 1, high + 1):
        with pytest.raises(UserError):
            check_values({"lock_minutes": value}, "admx")


def gpo_writes(policy: ET.Element) -> dict[str, tuple[int, object]]:
    """What Group Policy writes for this policy when enabled (first enum item, smallest decimal)."""
    if policy.find("p:enabledValue", Q) is not None:
        return {policy.get("valueName"): (REG_DWORD, int(policy.find("p:enabledValue/p:decimal", Q).get("value")))}
    element = elements(policy)[0]
    kind = element.tag.removeprefix(f"{{{NS}}}")
    if kind == "decimal":
        return {element.get("valueName"): (REG_DWORD, int(element.get("minValue")))}
    if kind == "enum":
        return {element.get("valueName"): (REG_SZ, element.find("p:item/p:value/p:string", Q).text)}
    text_type = REG_EXPAND_SZ if element.get("expandable") == "true" else REG_SZ
    return {element.get("valueName"): (text_type, r"\\server\ibdesk\fictief")}


def test_what_group_policy_writes_is_read_back_by_ibdesk(tmp_path):
    written: dict = {}
    for policy in policies().values():
        written.update(gpo_writes(policy))
    read = load_policy(tmp_path / "absent.yaml", lambda: dict(written))
    assert set(read.origins) == set(POLICY_KEYS) and set(read.origins.values()) == {"registry"}
    assert (read.lock_minutes, read.retention_auto_delete, read.holiday_region, read.school_type) == (
        1,
        True,
        "noord",
        "po",
    )


def references(root: ET.Element) -> set[tuple[str, str]]:
    found = set()
    for element in root.iter():
        for value in element.attrib.values():
            if value.startswith("$("):
                match = REFERENCE.match(value)
                assert match, f"not a resource reference: {value}"
                found.add(match.groups())
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_and_presentation_resolves(language):
    root, resources = admx(), adml(language)
    strings = {s.get("id"): s.text for s in resources.findall("p:resources/p:stringTable/p:string", Q)}
    shown = {p.get("id"): p for p in resources.findall("p:resources/p:presentationTable/p:presentation", Q)}
    wanted = references(root)
    assert {name for kind, name in wanted if kind == "string"} == set(strings), "every string used, none missing"
    assert {name for kind, name in wanted if kind == "presentation"} == set(shown)
    assert all(text and text.strip() for text in strings.values())
    for policy in policies().values():
        ids = {e.get("id") for e in elements(policy)}
        reference = policy.get("presentation")
        if not ids:
            assert reference is None
            continue
        presentation = shown[REFERENCE.match(reference).group(2)]
        assert {child.get("refId") for child in presentation} == ids, policy.get("name")


def test_both_languages_have_the_same_strings():
    ids = [
        {s.get("id") for s in adml(language).findall("p:resources/p:stringTable/p:string", Q)} for language in LANGUAGES
    ]
    assert ids[0] == ids[1]
    dutch = {s.get("id"): s.text for s in adml("nl-NL").findall("p:resources/p:stringTable/p:string", Q)}
    assert dutch["lock_minutes"] == "Schermvergrendeling na minuten zonder gebruik"
