"""Every file in tests/forms/broken/ must give exactly its specific error.

Each row: file name, expected code, line, column (None = column not checked).
Files are checked with ``check_paths`` so cross-file rules (E131, E140) apply
against the other files of the folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ibdesk.forms import ERROR_CODES, check_paths

BROKEN = Path(__file__).parent / "broken"

EXPECTED = [
    # file                               code    line col
    ("yaml_syntax.yaml", "E001", 12, 16),  # quote opened, never closed
    ("tab_indent.yaml", "E001", 11, 1),  # tab used for indentation
    ("empty.yaml", "E002", 1, 1),
    ("not_a_mapping.yaml", "E002", 1, 1),
    ("duplicate_yaml_key.yaml", "E003", 13, 9),  # second 'label:'
    ("missing_label.yaml", "E101", 10, 9),  # field without label
    ("missing_type.yaml", "E101", 10, 9),  # field without type
    ("unknown_key.yaml", "E102", 13, 9),  # 'lable' (typo)
    ("info_with_required.yaml", "E102", 13, 9),  # info fields take no 'required'
    ("unknown_field_type.yaml", "E103", 11, 15),  # type: txt
    ("bad_category.yaml", "E104", 5, 11),  # category: medical
    ("unquoted_yes_option.yaml", "E105", 14, 20),  # value: yes (a boolean in YAML)
    ("bad_id.yaml", "E106", 1, 5),  # id: Bad_Id
    ("version_zero.yaml", "E107", 2, 10),
    ("unknown_kind.yaml", "E108", 3, 7),  # kind: formulier
    ("choice_without_options.yaml", "E110", 10, 9),
    ("choice_empty_options.yaml", "E110", 13, 18),  # options: []
    ("duplicate_option.yaml", "E111", 15, 21),
    ("duplicate_field_id.yaml", "E120", 16, 13),  # 'naam' again, other section
    ("duplicate_section_id.yaml", "E121", 9, 9),
    ("reserved_field_id.yaml", "E122", 10, 13),  # id: value
    ("default_not_an_option.yaml", "E123", 13, 18),
    ("min_greater_than_max.yaml", "E125", 13, 14),
    ("nested_group.yaml", "E126", 15, 19),
    ("evidence_not_in_step.yaml", "E130", 13, 40),  # ouders_gehoord
    ("route_unknown_form.yaml", "E131", 10, 9),  # wie-is-aan-zet
    ("period_not_a_date.yaml", "E132", 12, None),  # end: verslag (longtext)
    ("participants_field_unknown.yaml", "E133", 15, None),  # deelnemer (typo)
    ("duplicate_version_a.yaml", "E140", 2, 10),  # same (id, version) as _b
    ("duplicate_version_b.yaml", "E140", 2, 10),
    ("expression_syntax.yaml", "E201", 16, 26),  # the '=' in "extra = true"
    ("expression_syntax_block.yaml", "E201", 18, 27),  # stray ')' in a folded scalar
    ("unknown_function.yaml", "E202", 16, 46),  # leeftijd(...)
    ("wrong_arity.yaml", "E203", 14, 20),  # days_between(value)
    ("relevant_unknown_field.yaml", "E204", 16, 38),  # soort
    ("constraint_unknown_field.yaml", "E204", 14, 29),  # einddatum
    ("reference_to_info_field.yaml", "E204", 16, 27),  # info field has no value
    ("value_outside_constraint.yaml", "E205", 13, 20),
    ("circular_relevance.yaml", "E206", 13, 19),  # a <-> b
    ("invalid_date_literal.yaml", "E207", 13, 35),  # date('2024-13-01')
    ("invalid_regex.yaml", "E207", 14, 35),  # '^[0-9'
]


def test_corpus_table_covers_every_file():
    assert sorted(row[0] for row in EXPECTED) == sorted(p.name for p in BROKEN.glob("*.yaml"))


@pytest.mark.parametrize("name,code,line,column", EXPECTED, ids=[r[0] for r in EXPECTED])
def test_broken_file_gives_its_error(name, code, line, column):
    errors = check_paths([BROKEN / name])
    assert len(errors) == 1, "\n".join(map(str, errors))
    err = errors[0]
    assert (err.code, err.line) == (code, line), str(err)
    if column is not None:
        assert err.column == column, str(err)
    assert err.file.endswith(name)
    assert err.message and err.hint, "every error says what is wrong and how to mend it"
    assert code in ERROR_CODES
    assert str(err).startswith(f"{err.file}:{line}:{err.column}: {code} ")


def test_whole_broken_folder_reports_every_file():
    errors = check_paths([BROKEN])
    files = {Path(e.file).name for e in errors}
    assert files == {row[0] for row in EXPECTED}
