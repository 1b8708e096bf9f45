"""Looking at a catalog file before importing it: how it is read, what it refuses, what
importing it would change, and nothing written."""

from __future__ import annotations

import csv

import pytest

from oms_desktop.domain.errors import InvalidInput, NotFound
from oms_desktop.services.catalog import import_catalog, list_offers
from oms_desktop.services.catalog_preview import preview_catalog, write_error_report

MUG_EAN = "4006381333931"  # the retailer's mug


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "catalog.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_the_preview_reads_like_the_import_and_writes_nothing(retailer, tmp_path):
    path = write(tmp_path, "Réf fournisseur;Désignation;SKU;Prix achat HT;Colisage;Remarque\r\n"
                           "ACME-TP1;Teapot;TEAPOT;9,00;6;plus cher\r\n"
                           "ACME-CUP;Cup;CUP;2,50;12;\r\n"
                           "ACME-BAD;Bad;BAD;abc;1;\r\n", encoding="cp1252")

    preview = preview_catalog(retailer, "acme", path)

    assert (preview.supplier, preview.file_name) == ("ACME", "catalog.csv")
    assert (preview.encoding, preview.delimiter, preview.rows_read) == \
        ("windows-1252", ";", 3)
    assert preview.columns == {"supplier_ref": "Réf fournisseur", "description": "Désignation",
                               "sku": "SKU", "cost": "Prix achat HT", "pack": "Colisage"}
    assert preview.ignored == ["Remarque"]
    assert [(r.line, r.supplier_ref, str(r.cost), r.pack_size) for r in preview.rows] == \
        [(2, "ACME-TP1", "9.00", 6), (3, "ACME-CUP", "2.50", 12)]
    assert [(e.line, e.column, e.value) for e in preview.errors] == [(4, "Prix achat HT", "abc")]
    assert (preview.added, preview.updated, preview.unchanged) == (1, 1, 0)
    assert (preview.valid, preview.rejected_rows) == (2, 1)
    assert [o.cost for o in list_offers(retailer, "ACME")] == ["8.00"]  # nothing written

    report = import_catalog(retailer, "ACME", path, valid_only=True)
    assert (report.added, report.updated, len(report.rejected)) == (1, 1, 1)


def test_an_ean_belonging_to_another_product_is_refused_as_the_import_would(retailer, tmp_path):
    path = write(tmp_path, f"ref,sku,ean,description,cost\nP1,OTHER,{MUG_EAN},Mug,1.00\n")

    preview = preview_catalog(retailer, "ACME", path)

    assert preview.rows == [] and preview.valid == 0
    [error] = preview.errors
    assert (error.line, error.column) == (2, "ean") and "belongs to product MUG" in error.message
    assert import_catalog(retailer, "ACME", path).rejected == preview.errors


def test_a_file_that_is_not_a_catalog_or_an_unknown_supplier_is_refused(retailer, tmp_path):
    with pytest.raises(InvalidInput) as caught:
        preview_catalog(retailer, "ACME", write(tmp_path, "just words\n"))
    assert caught.value.field == "file"
    with pytest.raises(NotFound):
        preview_catalog(retailer, "NOBODY", write(tmp_path, "ref,sku,description,cost\n"))


def test_the_error_report_opens_in_excel(retailer, tmp_path):
    path = write(tmp_path, "ref;sku;description;cost\nA;A1;Mug;x\nB;;Bowl;1\n")
    errors = preview_catalog(retailer, "ACME", path).errors
    out = tmp_path / "errors.csv"

    write_error_report(out, errors, headers=("ligne", "colonne", "valeur", "motif"))

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads it as UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["ligne", "colonne", "valeur", "motif"]
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [("2", "cost", "x"), ("3", "sku", "")]


# --- a sample of a large file, and columns the headers do not tell --------------------------

GERMAN = "Artikelnummer;Bezeichnung;Einkaufspreis;Strichcode;Bemerkung\n"
GERMAN_MAPPING = {"supplier_ref": "Artikelnummer", "description": "Bezeichnung",
                  "cost": "Einkaufspreis", "sku": "Strichcode"}


def write_rows(tmp_path, header: str, rows: int, name: str = "big.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(header)
        out.writelines(f"R{i:06d};SKU-{i};Article {i};{i % 90 + 1},50;1;\n"
                       for i in range(rows))
    return path


def test_a_large_file_is_previewed_from_its_first_rows_only(retailer, tmp_path):
    path = write_rows(tmp_path, "ref;sku;description;cost;pack;notes\n", 200_000)

    preview = preview_catalog(retailer, "ACME", path, sample=200)

    assert preview.rows_read == 200 and not preview.complete
    assert [r.line for r in preview.rows] == list(range(2, 202))
    assert preview.errors == [] and preview.added == 200
    assert preview.file_size == path.stat().st_size
    assert 190_000 <= preview.estimated_rows <= 210_000  # from the length of the lines
    assert (preview.header, preview.ignored) == (
        ["ref", "sku", "description", "cost", "pack", "notes"], ["notes"])
    assert preview.mapping_from == "guess" and preview.can_import


def test_a_small_file_is_checked_whole_and_counted_exactly(retailer, tmp_path):
    path = write_rows(tmp_path, "ref;sku;description;cost;pack;notes\n", 150)

    preview = preview_catalog(retailer, "ACME", path, sample=200)

    assert (preview.rows_read, preview.complete, preview.estimated_rows) == (150, True, 150)


def test_the_sample_refuses_a_repeated_reference_as_the_import_does(retailer, tmp_path):
    path = write(tmp_path, "ref;sku;description;cost\nA;A1;Mug;1\nB;B1;Bowl;2\nA;A2;Cup;3\n")

    preview = preview_catalog(retailer, "ACME", path)

    [error] = preview.errors
    assert (error.line, error.column, error.value) == (4, "ref", "A")
    assert "first on line 2" in error.message
    assert [r.supplier_ref for r in preview.rows] == ["A", "B"]


def test_headers_nobody_could_guess_give_the_cells_to_choose_from(retailer, tmp_path):
    path = write(tmp_path, GERMAN + "DE-1;Topf;12,50;TOPF-1;neu\nDE-2;Pfanne;x;PF-2;\n")

    unmapped = preview_catalog(retailer, "ACME", path)

    assert unmapped.header == ["Artikelnummer", "Bezeichnung", "Einkaufspreis", "Strichcode",
                               "Bemerkung"]
    assert not unmapped.can_import and unmapped.rows == [] and unmapped.rows_read == 0
    assert unmapped.fit.missing == ["supplier_ref", "description", "cost"]
    assert unmapped.fit.needs_sku_or_ean
    assert (unmapped.encoding, unmapped.delimiter) == ("utf-8", ";")

    mapped = preview_catalog(retailer, "ACME", path, mapping=GERMAN_MAPPING)

    assert mapped.can_import and mapped.mapping_from == "given"
    assert mapped.columns == GERMAN_MAPPING and mapped.ignored == ["Bemerkung"]
    assert [(r.supplier_ref, r.sku, str(r.cost)) for r in mapped.rows] == \
        [("DE-1", "TOPF-1", "12.50")]
    assert [(e.line, e.column, e.value) for e in mapped.errors] == [(3, "Einkaufspreis", "x")]


def test_a_mapping_with_a_column_chosen_twice_or_missing_is_explained(retailer, tmp_path):
    path = write(tmp_path, GERMAN + "DE-1;Topf;12,50;TOPF-1;neu\n")

    twice = preview_catalog(retailer, "ACME", path,
                            mapping=dict(GERMAN_MAPPING, sku="Artikelnummer"))
    assert twice.fit.shared == {"Artikelnummer": ["supplier_ref", "sku"]}
    assert not twice.can_import and twice.rows == []

    gone = preview_catalog(retailer, "ACME", path, mapping=dict(GERMAN_MAPPING, vat="MwSt"))
    assert gone.fit.absent == {"vat": "MwSt"}
    assert gone.can_import and [r.supplier_ref for r in gone.rows] == ["DE-1"]

    with pytest.raises(InvalidInput) as caught:
        preview_catalog(retailer, "ACME", path, mapping={"colour": "Bemerkung"})
    assert caught.value.field == "mapping"


def test_the_columns_of_the_last_import_come_first_when_the_file_has_them(retailer, tmp_path):
    from oms_desktop.services.catalog_mappings import import_with_mapping

    first = write(tmp_path, GERMAN + "DE-1;Topf;12,50;TOPF-1;neu\n", name="january.csv")
    assert import_with_mapping(retailer, "ACME", first, GERMAN_MAPPING).imported
    second = write(tmp_path, GERMAN + "DE-1;Topf;13,00;TOPF-1;\nDE-2;Deckel;2,00;DE-2;\n",
                   name="february.csv")

    preview = preview_catalog(retailer, "ACME", second)

    assert (preview.mapping_from, preview.columns) == ("last", GERMAN_MAPPING)
    assert (preview.added, preview.updated, preview.unchanged) == (1, 1, 0)

    other = write(tmp_path, "ref;sku;description;cost\nA;A1;Mug;1\n", name="other.csv")
    assert preview_catalog(retailer, "ACME", other).mapping_from == "guess"


def test_a_workbook_is_sampled_like_a_csv_file(retailer, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Référence", "SKU", "Désignation", "Prix d'achat HT", "Remarque"])
    for i in range(1, 8):
        sheet.append([f"W-{i}", f"W-SKU-{i}", f"Verre {i}", "x" if i == 2 else 1.5 * i, None])
    path = tmp_path / "tarif.xlsx"
    book.save(path)

    preview = preview_catalog(retailer, "ACME", path, sample=4)

    assert (preview.encoding, preview.rows_read, preview.complete) == ("xlsx", 4, False)
    assert preview.estimated_rows == 7  # the sheet's rows less the header
    assert [r.supplier_ref for r in preview.rows] == ["W-1", "W-3", "W-4"]
    assert [(e.line, e.column) for e in preview.errors] == [(3, "Prix d'achat HT")]
    assert preview.ignored == ["Remarque"]
