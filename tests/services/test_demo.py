"""The demo retailer on a real SQLite file: every state on screen, and all of it coherent."""

from __future__ import annotations

import datetime
import time

import pytest
from peewee import fn

from oms_desktop.domain.errors import Refused
from oms_desktop.domain.values import normalize_ean
from oms_desktop.services import ordering, sites, stock
from oms_desktop.services.demo import DemoCancelled, load_demo
from oms_desktop.store.database import bind, close, open_database
from oms_desktop.store.models import AllocationRow, CatalogOfferRow, CustomerOrderRow, \
    LedgerRow, ProductRow, PurchaseOrderRow, SiteRow, SupplierRow, SupplyRequestRow
from oms_desktop.store.settings import get_setting

TODAY = datetime.date(2026, 11, 26)  # a Thursday
PO_STATES = {"draft", "confirmed", "partially_received", "received", "cancelled"}
LINE_STATES = {"allocated", "ready", "shipped", "collected", "cancelled"}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "oms.sqlite3")
    started = time.perf_counter()
    summary = load_demo(database, TODAY)
    seconds = time.perf_counter() - started
    yield database, summary, seconds
    close(database)


@pytest.fixture
def demo(loaded):
    database, summary, _ = loaded
    bind(database)  # other tests open other files and point the models at them
    return database, summary


def test_the_load_time_is_reported(loaded, capsys):
    _, summary, seconds = loaded
    with capsys.disabled():
        print(f"\nload_demo: {seconds:.2f} s for {summary.offers} offers, "
              f"{sum(summary.orders_by_status.values())} orders, "
              f"{sum(summary.pos_by_status.values())} POs")


def test_three_shops_a_warehouse_and_three_suppliers(demo):
    db, summary = demo
    assert summary.sites == 4 and summary.suppliers == 3
    kinds = {s.code: (s.kind, s.name, s.opening_days, s.handling_days)
             for s in sites.list_sites(db)}
    assert kinds["ENTREPOT"] == ("warehouse", "Entrepôt Orléans", "mon,tue,wed,thu,fri", 1)
    assert kinds["LYON"] == ("shop", "Lyon Presqu'île", "mon,tue,wed,thu,fri,sat", 0)
    assert {k for k, v in kinds.items() if v[0] == "shop"} == {"PARIS", "LYON", "LILLE"}
    transfer = {(a, b): days for a, b, days in sites.transfer_table(db)}
    assert all(transfer[("ENTREPOT", shop)] in (1, 2) for shop in ("PARIS", "LYON", "LILLE"))
    assert all(2 <= transfer[(a, b)] <= 3 for a, b in transfer if "ENTREPOT" not in (a, b))
    for supplier in SupplierRow.select():
        assert 3 <= supplier.lead_days <= 10 and supplier.min_order_cents > 0
        assert "@" in supplier.email and supplier.address


def test_thousands_of_offers_and_hundreds_of_stocked_products(demo):
    _, summary = demo
    assert summary.offers >= 3000
    assert summary.stocked_products >= 200
    assert summary.products >= 300
    offers = list(CatalogOfferRow.select())
    unavailable = sum(not o.available for o in offers)
    assert 0.01 * len(offers) < unavailable < 0.06 * len(offers)
    assert {o.pack_size for o in offers} == {1, 2, 6, 12}
    assert any(o.min_order_qty > 1 for o in offers)
    assert any(o.lead_days for o in offers)
    assert all(isinstance(o.cost_cents, int) and o.cost_cents > 0 for o in offers)
    assert len({o.description for o in offers}) > 0.99 * len({o.sku for o in offers})
    # Some references are sold by two suppliers.
    per_sku = CatalogOfferRow.select(CatalogOfferRow.sku).group_by(CatalogOfferRow.sku) \
        .having(fn.COUNT(CatalogOfferRow.id) > 1)
    assert per_sku.count() > 0


def test_every_ean_is_valid(demo):
    eans = [o.ean for o in CatalogOfferRow.select(CatalogOfferRow.ean)]
    eans += [p.ean for p in ProductRow.select(ProductRow.ean) if p.ean]
    assert eans and all(normalize_ean(ean) == ean and len(ean) == 13 for ean in eans)


def test_purchase_orders_in_every_state(demo):
    _, summary = demo
    assert PO_STATES <= set(summary.pos_by_status)
    overdue = PurchaseOrderRow.select().where((PurchaseOrderRow.status == "confirmed")
                                              & (PurchaseOrderRow.expected_date < TODAY))
    assert overdue.count() >= 1


def test_orders_and_lines_in_every_state_channel_and_mode(demo):
    _, summary = demo
    assert LINE_STATES <= set(summary.lines_by_status)
    assert {"open", "completed", "cancelled"} <= set(summary.orders_by_status)
    assert 40 <= sum(summary.orders_by_status.values()) <= 80
    pairs = set(CustomerOrderRow.select(CustomerOrderRow.channel, CustomerOrderRow.mode)
                .tuples())
    assert {channel for channel, _ in pairs} == {"shop", "web", "marketplace"}
    assert {mode for _, mode in pairs} == {"take_away", "pickup", "delivery"}
    assert ("web", "pickup") in pairs  # click and collect


def test_future_stock_serves_orders(demo):
    held = AllocationRow.select().where(AllocationRow.status == "held")
    assert held.where(AllocationRow.kind == "po_line").count() >= 1
    assert held.where(AllocationRow.kind == "catalog").count() >= 1
    requests = {r.status for r in SupplyRequestRow.select(SupplyRequestRow.status)}
    assert {"pending", "ordered"} <= requests


def test_the_stock_ledger_agrees_with_the_cached_figures(demo):
    db, _ = demo
    assert stock.check_stock(db).ok
    assert LedgerRow.select().where(LedgerRow.reason == "Stock initial").count() >= 300


def test_late_orders_are_listed_with_why(demo):
    db, _ = demo
    late = ordering.late_orders(db, today=TODAY)
    assert late
    assert {line.late for order in late for line in order.lines} >= {"overdue", "postponed"}


def test_the_history_is_dated_on_the_days_it_happened(demo):
    orders = list(CustomerOrderRow.select())
    assert max(o.created_on for o in orders) == TODAY
    assert min(o.created_on for o in orders) < TODAY - datetime.timedelta(days=20)
    assert all(o.created_at.date() == o.created_on for o in orders)
    assert all(po.created_at.date() <= TODAY for po in PurchaseOrderRow.select())
    assert all(row.at.date() <= TODAY for row in LedgerRow.select(LedgerRow.at))


def test_the_company_is_set_for_documents(demo):
    company = get_setting("company")
    assert company["name"] and company["address"] and "@" in company["email"]
    vat = company["vat_number"]
    siren = int(vat[4:])
    assert vat.startswith("FR") and int(vat[2:4]) == (12 + 3 * (siren % 97)) % 97


def test_a_second_load_is_refused_and_changes_nothing(demo):
    db, summary = demo
    with pytest.raises(Refused) as refused:
        load_demo(db, TODAY)
    assert refused.value.code == "not_empty"
    assert CatalogOfferRow.select().count() == summary.offers


def test_the_same_seed_gives_the_same_demo(demo, tmp_path):
    _, summary = demo
    again = open_database(tmp_path / "again.sqlite3")
    try:
        assert load_demo(again, TODAY, seed=7) == summary
    finally:
        close(again)


def test_another_seed_on_a_sunday_is_just_as_complete(tmp_path):
    sunday = datetime.date(2026, 11, 29)
    db = open_database(tmp_path / "sunday.sqlite3")
    try:
        summary = load_demo(db, sunday, seed=11)
        assert PO_STATES <= set(summary.pos_by_status)
        assert LINE_STATES <= set(summary.lines_by_status)
        assert stock.check_stock(db).ok
        assert ordering.late_orders(db, today=sunday)
    finally:
        close(db)


def test_cancelling_through_progress_writes_nothing(tmp_path):
    db = open_database(tmp_path / "cancelled.sqlite3")
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 3

    try:
        with pytest.raises(DemoCancelled):
            load_demo(db, TODAY, progress=progress)
        assert [done for done, _ in calls] == [1, 2, 3]
        assert len({total for _, total in calls}) == 1 and calls[0][1] > 3
        assert SiteRow.select().count() == 0 and CatalogOfferRow.select().count() == 0
        assert get_setting("company") is None
    finally:
        close(db)
