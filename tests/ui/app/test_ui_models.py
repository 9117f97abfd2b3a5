"""Table models: Dutch dates, surnames, phone numbers and accent-blind search."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ibdesk.domain.model import Pupil
from ibdesk.text.dates import short_date
from ibdesk.ui.models import PUPIL_COLUMNS, RecordTableModel, SearchProxy, fold, nl_phone, surname_key


def pupil(first: str, last: str, group: str = "groep 3") -> Pupil:
    return Pupil(first, last, date(2017, 5, 4), group, None, "Renkum")


def test_formats():
    assert short_date(date(2017, 5, 4)) == "04-05-2017" and short_date(None) == ""
    assert nl_phone("0261234567") == "026 123 4567"
    assert nl_phone("0612345678") == "06 1234 5678"
    assert nl_phone("0318123456") == "0318 123 456"
    assert nl_phone("+31 20 123 4567") == "020 123 4567"
    assert nl_phone("12345") == "12345"


def test_fold_ignores_case_and_accents():
    assert fold("Çelik Nguyễn Ďurović") == "celik nguyen durovic"


def test_surnames_sort_without_tussenvoegsel():
    names = ["van Loon", "de Kruijf", "Bakkum", "van der Berg", "El Idrissi"]
    assert sorted(names, key=surname_key) == ["Bakkum", "van der Berg", "El Idrissi", "de Kruijf", "van Loon"]


def test_proxy_filters_and_sorts(qapp):
    model = RecordTableModel(PUPIL_COLUMNS)
    model.set_rows(
        [pupil("Sem", "Çelik", "groep 10"), pupil("Noor", "de Vries", "groep 9"), pupil("Emma", "Çelik", "groep 2")]
    )
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 1).data() for r in range(3)] == ["groep 2", "groep 9", "groep 10"]
    proxy.set_search("CELIK sem")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Sem Çelik"]
    proxy.set_search("04-05-2017")
    assert proxy.rowCount() == 3
