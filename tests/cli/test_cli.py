"""The `oms` command end to end, in a subprocess, as a script would use it."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

BIN = pathlib.Path(sys.executable).parent


def runner(db_path):
    env = {**os.environ, "OMS_DB": str(db_path), "OMS_TODAY": "2026-11-26"}

    def run(*args, expect=0):
        result = subprocess.run([str(BIN / "oms"), *args], env=env, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == expect, (args, result.stdout, result.stderr)
        return result
    return run


def json_of(result):
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def shop_template(tmp_path_factory):
    """A small shop built once through the command line, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "oms.sqlite3"
    oms = runner(path)
    oms("site", "add", "PAR", "--name", "Paris", "--kind", "shop")
    oms("site", "add", "WH", "--name", "Entrepôt", "--kind", "warehouse")
    oms("site", "transfer-days", "WH", "PAR", "1")
    oms("product", "add", "MUG", "--name", "Mug", "--price", "12,90", "--ean", "4006381333931")
    oms("stock", "adjust", "WH", "MUG", "2", "--reason", "opening stock")
    oms("supplier", "add", "ACME", "--name", "Acme", "--lead-days", "5", "--order-days",
        "mon,thu")
    oms("catalog", "add", "ACME", "TEAPOT", "--cost", "8.00", "--name", "Théière", "--pack",
        "6", "--ref", "AC-77")
    return path


@pytest.fixture
def shop(shop_template, tmp_path):
    path = tmp_path / "oms.sqlite3"
    shutil.copy(shop_template, path)  # the CLI closed the file: no WAL left beside it
    return runner(path)


def test_selling_future_stock_from_a_confirmed_po(shop):
    po = json_of(shop("po", "create", "ACME", "--site", "WH", "--expected", "2026-12-04",
                      "--line", "MUG:10:4.50", "--json"))
    assert po["status"] == "draft" and po["total"] == "45.00"
    shop("po", "confirm", po["po"])
    promise = json_of(shop("promise", "MUG", "5", "--site", "PAR", "--json"))
    [line] = promise["lines"]
    assert (line["sku"], line["qty"], line["promise_date"]) == ("MUG", 5, "2026-12-08")
    assert [(a["source"], a["qty"], a["po"]) for a in line["allocations"]] == [
        ("po_line", 5, po["po"])]
    placed = json_of(shop("order", "place", "--site", "PAR", "--line", "MUG:5", "--customer",
                          "Zoé", "--json"))
    assert placed["order"].startswith("SO-")
    assert placed["lines"][0]["allocations"][0]["ready_date"] == "2026-12-04"
    shown = json_of(shop("order", "show", placed["order"], "--json"))
    assert shown["lines"][0]["promise_date"] == "2026-12-08"
    moved = shop("po", "expect", po["po"], "2026-12-10")
    assert "now late" in moved.stdout and placed["order"] in moved.stdout
    late = json_of(shop("order", "late", "--json"))
    assert [o["order"] for o in late] == [placed["order"]]
    received = json_of(shop("po", "receive", po["po"], "--all", "--json"))
    assert received["served"][0]["order"] == placed["order"]
    assert "stock OK" in shop("stock", "check").stdout


def test_selling_from_the_catalog_by_supplier_reference(shop):
    placed = json_of(shop("order", "place", "--site", "PAR", "--line", "AC-77:2", "--json"))
    allocation = placed["lines"][0]["allocations"][0]
    assert (allocation["source"], allocation["supplier"]) == ("catalog", "ACME")
    assert placed["lines"][0]["promise_date"] == "2026-12-03"
    [draft] = json_of(shop("po", "from-requests", "--json"))
    assert draft["lines"][0]["qty"] == 6
    shop("po", "confirm", draft["po"])
    shown = json_of(shop("order", "show", placed["order"], "--json"))
    assert shown["lines"][0]["allocations"][0]["source"] == "po_line"


def test_an_order_nothing_can_serve_exits_1_with_its_reason(shop):
    result = shop("order", "place", "--site", "PAR", "--line", "MUG:50", expect=1)
    assert "MUG" in result.stderr and "50" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert json_of(shop("order", "list", "--json")) == []


@pytest.mark.parametrize("args, words", [
    (("order", "place", "--site", "PAR", "--line", "NOPE:1"), "NOPE"),
    (("order", "place", "--site", "PAR", "--line", "MUG:-1"), "negative"),
    (("order", "place", "--site", "PAR", "--line", "MUG:99999999999999999999"), "typo"),
    (("stock", "adjust", "WH", "MUG", "9223372036854775807", "--reason", "x"), "typo"),
    (("po", "create", "ACME", "--site", "WH", "--expected", "9999-12-30", "--line", "MUG:1"),
     "years ahead"),
    (("order", "show", "99999999999999999999"), "not a SO number"),
    (("catalog", "add", "ACME", "X1", "--cost", "1", "--name", "X", "--pack", "0"), "zero"),
    (("site", "transfer-days", "wh", "nowhere", "2"), "nowhere"),
    (("order", "place", "--site", "PAR", "--line", "MUG:x"), "whole number"),
    (("order", "place", "--site", "XXX", "--line", "MUG:1"), "XXX"),
    (("order", "place", "--site", "PAR"), "--line"),
    (("product", "add", "P1", "--name", "P", "--price", "-3"), "negative"),
    (("product", "add", "P1", "--name", "P", "--price", "3", "--ean", "4006381333932"),
     "check digit"),
    (("stock", "adjust", "WH", "MUG", "-5", "--reason", "broken"), "WH"),
    (("po", "create", "ACME", "--site", "WH", "--expected", "2026-13-01", "--line", "MUG:1"),
     "2026-13-01"),
    (("po", "receive", "PO-000099", "--all"), "PO-000099"),
    (("bogus",), "invalid choice"),
])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(shop, args, words):
    before = shop("stock", "show", "MUG", "--json").stdout
    result = shop(*args, expect=2)
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert shop("stock", "show", "MUG", "--json").stdout == before


def test_today_can_be_fixed_for_repeatable_scripts(shop, tmp_path):
    placed = json_of(shop("order", "place", "--site", "PAR", "--line", "MUG:1", "--json"))
    assert placed["created_on"] == "2026-11-26"


def test_every_printing_command_accepts_json(shop):
    for args in (("site", "list"), ("product", "list"), ("supplier", "list"),
                 ("catalog", "list", "ACME"), ("stock", "show", "MUG"), ("stock", "check"),
                 ("stock", "ledger", "MUG"), ("po", "list"), ("po", "requests"),
                 ("order", "list"), ("order", "late"), ("transfer", "list"), ("rules", "show")):
        json_of(shop(*args, "--json"))


def test_rules_change_the_source_chosen(shop):
    shop("stock", "adjust", "WH", "TEAPOT", "1", "--reason", "sample")
    promise = json_of(shop("promise", "TEAPOT", "1", "--site", "PAR", "--json"))
    assert promise["lines"][0]["allocations"][0]["source"] == "site_stock"
    shop("rules", "set", "shop", "pickup", "--prefer", "catalog,warehouse")
    promise = json_of(shop("promise", "TEAPOT", "1", "--site", "PAR", "--json"))
    assert promise["lines"][0]["allocations"][0]["source"] == "catalog"


def test_transfers_move_stock_through_transit(shop):
    shop("site", "add", "LYO", "--name", "Lyon", "--kind", "shop")
    moved = json_of(shop("transfer", "create", "WH", "LYO", "--line", "MUG:2", "--json"))
    stock = json_of(shop("stock", "show", "MUG", "--json"))
    lyon = next(s for s in stock["sites"] if s["site"] == "LYO")
    assert (lyon["on_hand"], lyon["in_transit_in"]) == (0, 2)
    shop("transfer", "receive", moved["transfer"])
    stock = json_of(shop("stock", "show", "MUG", "--json"))
    assert next(s for s in stock["sites"] if s["site"] == "LYO")["on_hand"] == 2


def test_a_customer_return_and_a_product_no_longer_sold(shop):
    shop("stock", "adjust", "PAR", "MUG", "1", "--reason", "delivery")
    sold = json_of(shop("order", "place", "--site", "PAR", "--mode", "take_away", "--line",
                        "MUG:1", "--json"))
    assert sold["status"] == "completed"
    shop("order", "return", sold["order"], "MUG", "1", "--reason", "damaged")
    ledger = json_of(shop("stock", "ledger", "MUG", "--json"))
    assert ledger[0]["kind"] == "return" and ledger[0]["reference"] == sold["order"]
    shop("product", "set", "MUG", "--active", "no")
    refused = shop("order", "place", "--site", "PAR", "--line", "MUG:1", expect=1)
    assert "no longer sold" in refused.stderr


def test_a_column_mapping_saved_on_the_command_line_reads_the_suppliers_file(shop, tmp_path):
    catalog = tmp_path / "preisliste.csv"
    catalog.write_text("Artikelnummer;Bezeichnung;Einkaufspreis;Artikelcode\n"
                       "DE-1;Topf 20 cm;12,50;TOPF-20\n", encoding="utf-8")
    shop("catalog", "import", "ACME", str(catalog), expect=2)  # headers we cannot guess

    shop("catalog", "save-mapping", "acme", "Preisliste DE", "supplier_ref=Artikelnummer",
         "description=Bezeichnung", "cost=Einkaufspreis", "sku=Artikelcode")
    saved = json_of(shop("catalog", "mappings", "ACME", "--json"))
    assert saved == [{"name": "Preisliste DE", "columns": {
        "supplier_ref": "Artikelnummer", "description": "Bezeichnung",
        "cost": "Einkaufspreis", "sku": "Artikelcode"}}]
    assert "Preisliste DE" in shop("catalog", "mappings", "ACME").stdout

    done = shop("catalog", "import", "ACME", str(catalog), "--mapping", "Preisliste DE")
    assert "1 added" in done.stdout
    offers = json_of(shop("catalog", "list", "ACME", "--json"))
    assert {(o["supplier_ref"], o["sku"], o["cost"]) for o in offers} >= {
        ("DE-1", "TOPF-20", "12.50")}

    gone = shop("catalog", "delete-mapping", "ACME", "Preisliste DE")
    assert "deleted" in gone.stdout
    assert json_of(shop("catalog", "mappings", "ACME", "--json")) == []
    assert "not found" in shop("catalog", "delete-mapping", "ACME", "Preisliste DE",
                               expect=2).stderr
    bad = shop("catalog", "save-mapping", "ACME", "X", "cost", expect=2)
    assert "FIELD=HEADER" in bad.stderr
    unknown = shop("catalog", "save-mapping", "ACME", "X", "colour=Farbe", expect=2)
    assert "unknown field" in unknown.stderr
