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
