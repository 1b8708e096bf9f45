"""The owner's reports, checked against hand-made sales and against independent counts on
the demo shop."""

from __future__ import annotations

import datetime
import shutil
from decimal import Decimal

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.services import fulfilment, ordering, purchasing, stock
from oms_desktop.services.ordering import Customer, OrderRequest
from oms_desktop.services.reports import REPORTS, report_names, run_report
from oms_desktop.store.database import close, open_database
from oms_desktop.store.models import CatalogOfferRow, LedgerRow, PurchaseLineRow, \
    PurchaseOrderRow, StockRow, SupplierRow

TODAY = datetime.date(2026, 11, 26)


@pytest.fixture
def demo(tmp_path, demo_template):
    path = tmp_path / "oms.sqlite3"
    shutil.copy(demo_template, path)
    db = open_database(path)
    yield db
    close(db)


def sell_from_shelf(db, qty=3, site="PAR"):
    stock.adjust_stock(db, site, "MUG", 4, "count")
    view = ordering.place_order(db, OrderRequest(site, [("MUG", qty)], "shop", "pickup",
                                                 Customer("Ana", "0600000000"), ""), TODAY)
    fulfilment.collect_order(db, view.order, TODAY)
    return view


# --- hand-made sales -------------------------------------------------------------------

def test_three_mugs_sold_from_the_shelf_and_collected_count_to_the_cent(retailer):
    sell_from_shelf(retailer)
    report = run_report(retailer, "sales", TODAY, TODAY, today=TODAY)
    shop_row, total = report.rows
    assert shop_row["channel"] == "shop" and shop_row["shop"] == "PAR"
    assert shop_row["shelf"] == 3 and shop_row["warehouse"] == 0 and shop_row["units"] == 3
    assert shop_row["revenue"] == Decimal("38.70")  # 3 × 12.90
    assert shop_row["future_share"] == Decimal("0")
    assert total["units"] == 3 and total["revenue"] == Decimal("38.70")


def test_a_sale_outside_the_period_or_at_another_shop_is_left_out(retailer):
    sell_from_shelf(retailer)
    day_before = TODAY - datetime.timedelta(days=1)
    assert run_report(retailer, "sales", day_before, day_before, today=TODAY).rows == []
    assert run_report(retailer, "sales", TODAY, TODAY, site="LYO", today=TODAY).rows == []
    assert run_report(retailer, "sales", TODAY, TODAY, site="par", today=TODAY).rows


def test_an_order_waiting_for_its_goods_is_not_yet_a_sale(retailer):
    ordering.place_order(retailer, OrderRequest("PAR", [("MUG", 2)], "shop", "pickup",
                                                Customer("Bo", "06"), ""), TODAY)
    assert run_report(retailer, "sales", TODAY, TODAY, today=TODAY).rows == []


def test_stock_value_is_on_hand_times_the_cheapest_offer_else_the_last_po_cost(retailer):
    acme = SupplierRow.get(code="ACME")
    CatalogOfferRow.create(supplier=acme, supplier_ref="ACME-MUG", sku="MUG",
                           description="Mug", cost_cents=512)
    CatalogOfferRow.create(supplier=acme, supplier_ref="ACME-MUG2", sku="MUG",
                           description="Mug", cost_cents=499, available=False)
    stock.adjust_stock(retailer, "PAR", "BOWL", 7, "count")
    purchasing.create_po(retailer, "ACME", "WH", TODAY + datetime.timedelta(days=9),
                         [("BOWL", 6, "3.25")], today=TODAY)
    rows = {(r["site"], r["sku"]): r for r in run_report(retailer, "stock_by_site",
                                                         today=TODAY).rows}
    mug = rows[("WH", "MUG")]
    assert (mug["on_hand"], mug["reserved"], mug["available"]) == (5, 0, 5)
    assert mug["unit_cost"] == Decimal("5.12") and mug["value"] == Decimal("25.60")
    bowl = rows[("PAR", "BOWL")]
    assert bowl["unit_cost"] == Decimal("3.25") and bowl["value"] == Decimal("22.75")


def test_a_promise_kept_on_the_day_counts_as_on_time(retailer):
    view = sell_from_shelf(retailer)
    report = run_report(retailer, "promises_kept", TODAY, TODAY, today=TODAY)
    stock_row = report.rows[0]
    assert stock_row["supplier"] == "(stock)"
    assert (stock_row["lines"], stock_row["on_time"], stock_row["late"]) == (1, 1, 0)
    assert stock_row["on_time_share"] == Decimal("1")
    assert view.promise_date >= TODAY


# --- the demo shop ---------------------------------------------------------------------

def test_every_report_runs_on_the_demo_and_its_rows_have_every_column(demo):
    for name, _ in report_names():
        report = run_report(demo, name, today=TODAY)
        assert report.name == name
        keys = {c.key for c in report.columns}
        for row in report.rows:
            assert set(row) == keys, name
    assert set(REPORTS) == {"stock_by_site", "sales", "promises_kept", "catalog_trials",
                            "late", "po_history"}


def test_demo_units_sold_match_the_ledger(demo):
    start = TODAY - datetime.timedelta(days=29)
    report = run_report(demo, "sales", start, TODAY, today=TODAY)
    since = datetime.datetime.combine(start, datetime.time())
    ledger = -sum(r.delta for r in LedgerRow.select().where(
        (LedgerRow.kind == "sale") & (LedgerRow.at >= since)))
    total = report.rows[-1]
    assert total["channel"] == "all" and total["units"] == ledger > 0
    assert total["units"] == sum(total[s] for s in ("shelf", "warehouse", "other_shop",
                                                    "incoming_po", "catalog"))
    assert 0 < total["future_share"] < 1


def test_demo_stock_value_is_on_hand_times_unit_cost(demo):
    rows = run_report(demo, "stock_by_site", today=TODAY).rows
    assert sum(r["on_hand"] for r in rows) == sum(s.on_hand for s in StockRow.select())
    for r in rows:
        if r["unit_cost"] is not None:
            assert r["value"] == r["unit_cost"] * r["on_hand"]
    assert run_report(demo, "stock_by_site", site="PARIS", today=TODAY).rows
    assert {r["site"] for r in run_report(demo, "stock_by_site", site="PARIS",
                                          today=TODAY).rows} == {"PARIS"}


def test_demo_late_orders_are_those_of_the_ordering_service(demo):
    rows = run_report(demo, "late", today=TODAY).rows
    assert {r["reference"] for r in rows if r["what"] == "order"} == {
        v.order for v in ordering.late_orders(demo, TODAY)}
    for r in rows:
        if r["what"] == "po":
            assert r["first_date"] < TODAY and r["qty"] > 0


def test_demo_po_history_amounts_match_the_lines(demo):
    rows = run_report(demo, "po_history", TODAY - datetime.timedelta(days=365), TODAY,
                      today=TODAY).rows
    assert len(rows) == PurchaseOrderRow.select().count()
    expected = sum(line.qty * line.unit_cost_cents for line in PurchaseLineRow.select())
    assert sum(r["amount"] for r in rows) * 100 == expected


def test_demo_catalog_trials_are_ranked_by_units_then_revenue(demo):
    rows = run_report(demo, "catalog_trials", TODAY - datetime.timedelta(days=60), TODAY,
                      today=TODAY).rows
    assert rows
    keys = [(-r["units"], -r["revenue"]) for r in rows]
    assert keys == sorted(keys)
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))


@pytest.mark.parametrize("args, field", [
    (("nope",), "report"),
    (("sales", "2026-13-01"), "--from"),
    (("sales", "2026-11-20", "2026-11-01"), "--from"),
    (("sales", None, "yesterday"), "--to"),
])
def test_bad_names_and_dates_are_invalid_input(demo, args, field):
    with pytest.raises(InvalidInput) as error:
        run_report(demo, *args, today=TODAY)
    assert error.value.field == field


def test_an_unknown_site_is_invalid_input(demo):
    with pytest.raises(InvalidInput) as error:
        run_report(demo, "sales", site="NOWHERE", today=TODAY)
    assert error.value.field == "--site"
