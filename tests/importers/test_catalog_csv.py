"""Reading supplier catalogs: every format suppliers send, and every kind of bad row."""

from __future__ import annotations

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.importers import catalog_csv
from oms_desktop.importers.catalog_csv import OfferRecord, RowError, map_columns, \
    normalize_header, parse_yes_no, read_catalog

EAN = "4006381333931"


def write(tmp_path, content: bytes):
    path = tmp_path / "catalog.csv"
    path.write_bytes(content)
    return path


def offer(line: int, **fields) -> OfferRecord:
    defaults = dict(supplier_ref="A-1", sku="PEN-1", ean=None, description="Stylo bleu",
                    cost_cents=1290)
    return OfferRecord(line=line, **(defaults | fields))


# --- formats --------------------------------------------------------------------------------

FORMATS = [
    pytest.param(b"\xef\xbb\xbfref;sku;description;cost\r\nA-1;PEN-1;Stylo bleu;12,90\r\n",
                 "utf-8-sig", ";", [offer(2)], id="utf8-bom-semicolon-crlf"),
    pytest.param("ref,sku,description,cost\nA-1,PEN-1,Crème brûlée €,12.90\n".encode(),
                 "utf-8", ",", [offer(2, description="Crème brûlée €")],
                 id="utf8-comma-decimal-point"),
    pytest.param("Référence;SKU;Désignation;Coût\nA-1;PEN-1;Crème brûlée €;12,90\n"
                 .encode("cp1252"),
                 "windows-1252", ";", [offer(2, description="Crème brûlée €")],
                 id="windows-1252-accents-euro"),
    pytest.param(b"ref\tsku\tdescription\tcost\nA-1\tPEN-1\tStylo bleu\t12,90\n",
                 "utf-8", "\t", [offer(2)], id="tab"),
    pytest.param(b'ref,sku,description,cost\nA-1,PEN-1,Stylo bleu,"12,90"\n',
                 "utf-8", ",", [offer(2)], id="comma-quoted-decimal-comma"),
    pytest.param(b'ref;sku;description;cost\nA-1;PEN-1;Stylo bleu;1 234,50\n',
                 "utf-8", ";", [offer(2, cost_cents=123450)], id="thousands-space"),
    pytest.param(b"cost;description;sku;ref\n12,90;Stylo bleu;PEN-1;A-1\n",
                 "utf-8", ";", [offer(2)], id="reordered-columns"),
    pytest.param(b'ref;sku;description;cost\nA-1;PEN-1;"Stylo\nbleu";12,90\n'
                 b'A-2;PEN-2;"Gomme\r\nblanche\r\nsouple";1,00\nA-3;PEN-3;Colle;2\n',
                 "utf-8", ";",
                 [offer(2), offer(4, supplier_ref="A-2", sku="PEN-2",
                                  description="Gomme blanche souple", cost_cents=100),
                  offer(7, supplier_ref="A-3", sku="PEN-3", description="Colle",
                        cost_cents=200)],
                 id="quoted-newlines-keep-line-numbers"),
    pytest.param(b"ref;sku;description;cost\n\nA-1;PEN-1;Stylo bleu;12,90\n;;;\n\n"
                 b"A-2;PEN-2;Gomme;1\n",
                 "utf-8", ";",
                 [offer(3), offer(6, supplier_ref="A-2", sku="PEN-2", description="Gomme",
                                  cost_cents=100)],
                 id="blank-lines-skipped"),
    pytest.param(b"sep=,\nref,sku,description,cost\nA-1,PEN-1,Stylo bleu,12.90\n",
                 "utf-8", ",", [offer(3)], id="excel-sep-line"),
    pytest.param(
        "Réf fournisseur;Gencod;Libellé;Prix d'achat HT (€);Colisage;Qté min;Délai;"
        "Disponible;PV TTC;TVA\nA-1;4006381333931;Stylo bleu;12,90;10;20;7;non;24,90;5,5\n"
        .encode("cp1252"),
        "windows-1252", ";",
        [offer(2, sku=None, ean=EAN, pack_size=10, min_order_qty=20, lead_days=7,
               available=False, retail_price_cents=2490, vat_bp=550)],
        id="french-headers"),
    pytest.param(
        b"Supplier Ref,EAN13,Name,Unit Cost,Pack Size,MOQ,Lead Time,Available,RRP,VAT\n"
        b"A-1,036000291452,Stylo bleu,12.90,6,12,3,yes,19.90,20\n",
        "utf-8", ",",
        [offer(2, sku=None, ean="0036000291452", pack_size=6, min_order_qty=12,
               lead_days=3, retail_price_cents=1990, vat_bp=2000)],
        id="english-headers-upc-a-gets-its-leading-zero"),
]


@pytest.mark.parametrize("content, encoding, delimiter, records", FORMATS)
def test_reads_every_format_suppliers_send(tmp_path, content, encoding, delimiter, records):
    catalog = read_catalog(write(tmp_path, content))

    assert catalog.errors == []
    assert catalog.records == records
    assert (catalog.encoding, catalog.delimiter) == (encoding, delimiter)
    assert catalog.rows_read == len(records)


@pytest.mark.parametrize("header, field", [
    ("Réf. Fournisseur", "supplier_ref"), ("REF_FOURNISSEUR", "supplier_ref"),
    ("Code article", "supplier_ref"), ("SKU", "sku"), ("Code barre", "ean"),
    ("EAN 13", "ean"), ("Barcode", "ean"), ("Désignation", "description"),
    ("Libellé", "description"), ("Prix d’achat (€)", "cost"), ("PA HT", "cost"),
    ("Coût", "cost"), ("Conditionnement", "pack"), ("Qté min", "moq"),
    ("Minimum order quantity", "moq"), ("Délai", "lead_days"), ("lead_days", "lead_days"),
    ("Dispo", "available"), ("Prix de vente", "price"), ("Retail price", "price"),
    ("TVA", "vat"),
])
def test_maps_english_and_french_headers(header, field):
    minimal = {"supplier_ref": "ref", "sku": "sku", "description": "description",
               "cost": "cost"}
    titles = list((minimal | {field: header}).values())  # replaces its synonym, or adds

    assert map_columns(titles)[field] == titles.index(header)
    assert normalize_header(header) == normalize_header(header.upper())


@pytest.mark.parametrize("text, expected", [
    ("yes", True), ("Y", True), ("1", True), ("true", True), ("Oui", True), ("o", True),
    ("no", False), ("N", False), ("0", False), ("FALSE", False), ("non", False),
])
def test_reads_availability_words(text, expected):
    assert parse_yes_no(text) is expected


# --- bad rows -------------------------------------------------------------------------------

HEADER = "ref;sku;ean;description;cost;pack;moq;lead days;available;price;vat\n"
GOOD = "A-1;PEN-1;;Stylo bleu;12,90;1;1;;;;\n"

BAD_ROWS = [
    pytest.param(";PEN-1;;Stylo bleu;12,90;1;1;;;;", "ref", "", "missing supplier reference",
                 id="missing-ref"),
    pytest.param("A-2;PEN-2;;  ;12,90;1;1;;;;", "description", "  ", "missing description",
                 id="missing-description"),
    pytest.param("A-2;PEN-2;;Gomme;;1;1;;;;", "cost", "", "missing cost", id="missing-cost"),
    pytest.param("A-2;PEN-2;;Gomme;douze;1;1;;;;", "cost", "douze", "is not an amount",
                 id="cost-not-a-number"),
    pytest.param("A-2;PEN-2;;Gomme;-1,50;1;1;;;;", "cost", "-1,50", "must not be negative",
                 id="negative-cost"),
    pytest.param("A-2;PEN-2;;Gomme;1,505;1;1;;;;", "cost", "1,505", "more than two decimals",
                 id="cost-three-decimals"),
    pytest.param("A-2;PEN-2;4006381333932;Gomme;1;1;1;;;;", "ean", "4006381333932",
                 "wrong check digit", id="ean-check-digit"),
    pytest.param("A-2;PEN-2;12345;Gomme;1;1;1;;;;", "ean", "12345", "not an EAN-13",
                 id="ean-length"),
    pytest.param("A-2;PEN 2;;Gomme;1;1;1;;;;", "sku", "PEN 2", "must not contain spaces",
                 id="sku-with-space"),
    pytest.param("A-2;;;Gomme;1;1;1;;;;", "sku/ean", "", "needs a SKU or an EAN",
                 id="no-sku-nor-ean"),
    pytest.param("A-2;PEN-2;;Gomme;1;0;1;;;;", "pack", "0", "must be at least 1",
                 id="pack-zero"),
    pytest.param("A-2;PEN-2;;Gomme;1;six;1;;;;", "pack", "six", "not a whole number",
                 id="pack-not-a-number"),
    pytest.param("A-2;PEN-2;;Gomme;1;1;-2;;;;", "moq", "-2", "must be at least 1",
                 id="moq-negative"),
    pytest.param("A-2;PEN-2;;Gomme;1;1;1;-1;;;", "lead days", "-1", "between 0 and 365",
                 id="lead-days-negative"),
    pytest.param("A-2;PEN-2;;Gomme;1;1;1;2,5;;;", "lead days", "2,5", "not a whole number",
                 id="lead-days-fraction"),
    pytest.param("A-2;PEN-2;;Gomme;1;1;1;400;;;", "lead days", "400", "between 0 and 365",
                 id="lead-days-too-long"),
    pytest.param("A-2;PEN-2;;Gomme;1;1;1;;peut-être;;", "available", "peut-être",
                 "not yes or no", id="available-unknown-word"),
    pytest.param("A-2;PEN-2;;Gomme;1;1;1;;;cher;", "price", "cher", "is not an amount",
                 id="bad-price"),
    pytest.param("A-2;PEN-2;;Gomme;1;1;1;;;;120", "vat", "120", "between 0 and 100",
                 id="bad-vat"),
    pytest.param("A-1;PEN-2;;Gomme;1;1;1;;;;", "ref", "A-1",
                 "duplicate supplier reference (first on line 2)", id="duplicate-ref"),
    pytest.param("A-2;PEN-2;;Gomme;1", "row", "A-2;PEN-2;;Gomme;1",
                 "has 5 columns, the header has 11", id="too-few-columns"),
    pytest.param("A-2;PEN-2;;Gomme;1;1;1;;;;;extra", "row", "A-2;PEN-2;;Gomme;1;1;1;;;;;extra",
                 "has 12 columns, the header has 11", id="too-many-columns"),
]


@pytest.mark.parametrize("row, column, value, reason", BAD_ROWS)
def test_reports_a_bad_row_with_its_line_column_and_reason(tmp_path, row, column, value,
                                                           reason):
    # A multi-line row before the bad one: its line must still be the physical line.
    content = HEADER + GOOD + 'A-9;PEN-9;;"Stylo\nrouge";1;1;1;;;;\n' + row + "\n" + \
        "A-3;PEN-3;;Colle;2;1;1;;;;\n"
    catalog = read_catalog(write(tmp_path, content.encode()))

    assert len(catalog.errors) == 1
    error = catalog.errors[0]
    assert (error.line, error.column, error.value) == (5, column, value)
    assert reason in error.message
    assert [r.line for r in catalog.records] == [2, 3, 6]
    assert catalog.rows_read == 4


def test_reports_each_bad_field_of_a_row(tmp_path):
    content = HEADER + "A-2;PEN-2;4006381333932;;-3;0;1;x;;;\n"
    catalog = read_catalog(write(tmp_path, content.encode()))

    assert [(e.line, e.column) for e in catalog.errors] == [
        (2, "ean"), (2, "description"), (2, "cost"), (2, "pack"), (2, "lead days")]
    assert catalog.records == []


def test_names_the_column_as_the_file_does(tmp_path):
    content = "Réf;Code barre;Libellé;Prix d'achat\nR1;4006381333932;Stylo;1\n"
    catalog = read_catalog(write(tmp_path, content.encode()))

    assert catalog.errors == [RowError(2, "Code barre", "4006381333932",
                                       "'4006381333932' has a wrong check digit (expected 1)")]


# --- files that are not catalogs ------------------------------------------------------------

BAD_FILES = [
    pytest.param(b"", "is empty", id="empty"),
    pytest.param(b"\xef\xbb\xbf\r\n\r\n", "is empty", id="bom-and-blank-lines"),
    pytest.param(b"\x00\x01\x02\x03binary\xff\xfe", "not a text file", id="binary"),
    pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "not CSV", id="xlsx"),
    pytest.param("ref;sku\n".encode("utf-16"), "UTF-16", id="utf-16"),
    pytest.param(b"ref;sku;description;cost\nA\x81;B;C;1\n", "neither UTF-8 nor Windows-1252",
                 id="undecodable"),
    pytest.param(b"Dear supplier, please find our prices\n", "missing column", id="prose"),
    pytest.param(b"just one word\nanother\n", "not a CSV file", id="no-delimiter"),
]


@pytest.mark.parametrize("content, message", BAD_FILES)
def test_refuses_a_file_that_is_not_a_csv_catalog(tmp_path, content, message):
    with pytest.raises(InvalidInput) as caught:
        read_catalog(write(tmp_path, content))
    assert caught.value.field == "file"
    assert message in caught.value.message


@pytest.mark.parametrize("header, missing", [
    ("ref;sku;description", "missing column cost"),
    ("sku;description;cost", "missing column supplier_ref"),
    ("ref;sku;cost;colour", "missing column description"),
    ("ref;description;cost", "missing column sku or ean"),
])
def test_names_the_missing_column_and_the_headers_found(tmp_path, header, missing):
    with pytest.raises(InvalidInput) as caught:
        read_catalog(write(tmp_path, (header + "\nx;y;z\n").encode()))
    assert missing in caught.value.message
    found = ", ".join(f"'{h}'" for h in header.split(";"))
    assert f"headers found: {found}" in caught.value.message


def test_refuses_two_columns_with_the_same_meaning(tmp_path):
    with pytest.raises(InvalidInput, match="both mean cost"):
        read_catalog(write(tmp_path, b"ref;sku;description;cost;prix d'achat\n"))


def test_refuses_a_missing_file(tmp_path):
    with pytest.raises(InvalidInput, match="cannot open"):
        read_catalog(tmp_path / "nowhere.csv")


def test_reads_a_header_only_file_as_an_empty_catalog(tmp_path):
    catalog = read_catalog(write(tmp_path, b"ref;sku;description;cost\n"))
    assert (catalog.records, catalog.errors, catalog.rows_read) == ([], [], 0)


@pytest.mark.parametrize("content, encoding", [
    pytest.param("réf;sku;désignation;coût\n".encode(), "utf-8", id="utf8-char-split"),
    # 'Ã' then ';sku' then '©': valid UTF-8 only if the ASCII chunk between were skipped.
    pytest.param(b"ref\xc3;sku\xa9;description;cost\n", "windows-1252", id="cp1252-split"),
])
def test_detects_the_encoding_across_chunk_boundaries(tmp_path, monkeypatch, content,
                                                      encoding):
    monkeypatch.setattr(catalog_csv, "_CHUNK", 4)
    assert catalog_csv.detect_encoding(write(tmp_path, content)) == encoding
