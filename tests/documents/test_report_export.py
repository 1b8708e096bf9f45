"""Reports as files: CSV both ways (read back with the csv module), XLSX (read back with
openpyxl: real numbers and dates), PDF (its text)."""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from oms_desktop.documents.report_export import MONEY_FORMAT, neutralise, to_csv, to_pdf, \
    to_xlsx, write_report
from oms_desktop.domain.errors import InvalidInput
from oms_desktop.services.reports import Report, ReportColumn

D = datetime.date


def report(rows=None) -> Report:
    columns = [ReportColumn("sku", "SKU"), ReportColumn("name", "Product"),
               ReportColumn("qty", "Units", "int"), ReportColumn("revenue", "Revenue", "money"),
               ReportColumn("share", "Share", "percent"), ReportColumn("day", "Day", "date")]
    if rows is None:
        rows = [{"sku": "MUG", "name": "Théière « Bistrot » 1,2 L – 12 €", "qty": 1234,
                 "revenue": Decimal("1234.50"), "share": Decimal("0.125"), "day": D(2026, 11, 26)},
                {"sku": "=HYPERLINK(\"x\")", "name": "-2+3", "qty": -3,
                 "revenue": Decimal("-7.05"), "share": None, "day": None}]
    return Report("sales", "Sales by channel", columns, rows,
                  {"from": D(2026, 11, 1), "to": D(2026, 11, 26), "site": None})


def read_csv(data: bytes, encoding: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline=""), delimiter=delimiter))


def test_french_csv_has_a_bom_semicolons_and_decimal_commas():
    data = to_csv(report(), "fr")
    assert data.startswith(b"\xef\xbb\xbf")
    head, first, second = read_csv(data, "utf-8-sig", ";")
    assert head == ["SKU", "Product", "Units", "Revenue", "Share (%)", "Day"]
    assert first == ["MUG", "Théière « Bistrot » 1,2 L – 12 €", "1234", "1234,50", "12,50",
                     "2026-11-26"]
    assert second[2:5] == ["-3", "-7,05", ""]


def test_international_csv_has_commas_and_decimal_points_without_bom():
    data = to_csv(report(), "intl")
    assert not data.startswith(b"\xef\xbb\xbf")
    head, first, second = read_csv(data, "utf-8", ",")
    assert first[1] == "Théière « Bistrot » 1,2 L – 12 €"  # quoted, the comma survives
    assert first[2:6] == ["1234", "1234.50", "12.50", "2026-11-26"]
    assert Decimal(second[3]) == Decimal("-7.05")


@pytest.mark.parametrize("text, expected", [
    ("=1+1", "'=1+1"), ("+33 6", "'+33 6"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("Mug", "Mug"), ("a=b", "a=b")])
def test_formula_like_text_is_neutralised(text, expected):
    assert neutralise(text) == expected


def test_formula_cells_are_neutralised_in_csv_but_negative_numbers_stay_numbers():
    _, _, second = read_csv(to_csv(report(), "intl"), "utf-8", ",")
    assert second[0] == "'=HYPERLINK(\"x\")" and second[1] == "'-2+3"
    assert second[2] == "-3"


def test_an_unknown_csv_dialect_is_refused():
    with pytest.raises(InvalidInput):
        to_csv(report(), "excel")


def test_xlsx_holds_real_numbers_dates_and_formats():
    sheet = load_workbook(io.BytesIO(to_xlsx(report()))).active
    assert [c.value for c in sheet[1]] == ["SKU", "Product", "Units", "Revenue", "Share", "Day"]
    assert sheet[1][0].font.bold and sheet.freeze_panes == "A2"
    sku, name, qty, revenue, share, day = sheet[2]
    assert type(qty.value) is int and qty.value == 1234
    assert type(revenue.value) is float and revenue.value == 1234.5
    assert revenue.number_format == MONEY_FORMAT
    assert share.value == 0.125 and "%" in share.number_format
    assert isinstance(day.value, datetime.datetime) and day.value.date() == D(2026, 11, 26)
    assert name.value == "Théière « Bistrot » 1,2 L – 12 €"
    assert sheet["A3"].value == "'=HYPERLINK(\"x\")" and sheet["A3"].data_type == "s"
    assert sheet["D3"].value == -7.05 and sheet["E3"].value is None
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["C"].width


def pdf_text(data: bytes) -> tuple[int, str]:
    pages = PdfReader(io.BytesIO(data)).pages
    return len(pages), "\n".join(p.extract_text() for p in pages)


def test_pdf_shows_title_filters_values_and_page_numbers():
    count, text = pdf_text(to_pdf(report(), "en", "A4"))
    assert count == 1
    assert "Sales by channel" in text and "November 1, 2026" in text
    assert "€1,234.50" in text and "12.5%" in text and "page 1 of 1" in text
    assert "Théière « Bistrot »" in text


def test_a_long_french_pdf_repeats_its_header_and_numbers_pages_on_letter():
    rows = [{"sku": f"SKU-{i:05d}", "name": f"Produit {i}", "qty": i, "revenue": Decimal(i),
             "share": Decimal("0.5"), "day": D(2026, 11, 26)} for i in range(400)]
    data = to_pdf(report(rows), "fr", "Letter")
    count, text = pdf_text(data)
    assert count > 3
    assert f"page 1 sur {count}" in text and f"page {count} sur {count}" in text
    assert text.count("Revenue") == count  # the header on every page
    assert "399,00" in text and "€" in text and "50,0" in text
    width, height = PdfReader(io.BytesIO(data)).pages[0].mediabox.upper_right
    assert float(width) > float(height)  # landscape


def test_an_empty_report_still_makes_every_file():
    empty = report([])
    assert read_csv(to_csv(empty, "fr"), "utf-8-sig", ";")[1:] == []
    assert load_workbook(io.BytesIO(to_xlsx(empty))).active.max_row == 1
    assert "page 1 of 1" in pdf_text(to_pdf(empty))[1]


def test_write_report_writes_the_file_and_refuses_a_bad_format(tmp_path):
    path = tmp_path / "sales.xlsx"
    assert write_report(report(), path, "xlsx") == path.stat().st_size
    with pytest.raises(InvalidInput):
        write_report(report(), tmp_path / "x.doc", "doc")
    with pytest.raises(InvalidInput):
        write_report(report(), tmp_path / "missing" / "x.csv", "csv")


def test_a_french_pdf_gives_the_titles_in_french():
    columns = [ReportColumn("sku", "SKU"), ReportColumn("qty", "Units", "int"),
               ReportColumn("revenue", "Revenue incl. VAT", "money")]
    sales = Report("sales", "Sales by channel, shop and source", columns,
                   [{"sku": "MUG", "qty": 2, "revenue": Decimal("25.80")}],
                   {"from": D(2026, 11, 1), "to": D(2026, 11, 26), "site": None})
    _, text = pdf_text(to_pdf(sales, "fr", "A4"))
    assert "Ventes par canal, magasin et provenance" in text
    assert "Unités" in text and "CA TTC" in text and "25,80" in text
