"""Finding orders at the counter (number, customer, phone, product; filters; pages) and the
actions that make sense for one order."""

from __future__ import annotations

import datetime

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.services import fulfilment, ordering, returns, stock
from oms_desktop.services.order_search import fold, order_detail, search_orders
from oms_desktop.services.ordering import Customer, OrderRequest

D = datetime.date


@pytest.fixture
def shop(retailer, today):
    """Four orders: Ana collects a mug at PAR, Élodie (phone with spaces) a mug at LYO,
    Bruno a teapot from ACME's catalog by home delivery (web), Ana takes a mug away."""
    stock.adjust_stock(retailer, "PAR", "MUG", 3, "opening stock")
    place = ordering.place_order
    refs = {
        "ana": place(retailer, OrderRequest("PAR", [("MUG", 1)], "shop", "pickup",
                                            Customer("Ana Lopez", "0600000001")), today),
        "elodie": place(retailer, OrderRequest("LYO", [("MUG", 1)], "shop", "pickup",
                                               Customer("Élodie Dupré", "06 12 34 56 78",
                                                        "elodie@example.org")), today),
        "bruno": place(retailer, OrderRequest("PAR", [("TEAPOT", 1)], "web", "delivery",
                                              Customer("Bruno Petit", "0700000000"),
                                              "1 rue de la Paix, Paris"), today),
        "counter": place(retailer, OrderRequest("PAR", [("MUG", 1)], "shop", "take_away",
                                                Customer("Ana Lopez", "0600000001")), today),
    }
    return {name: view.order for name, view in refs.items()}


def refs(page):
    return [o.order for o in page.orders]


def test_names_are_found_whatever_the_case_and_accents(shop, retailer, today):
    for typed in ("elodie", "ÉLODIE", "dupre", "élodie dupré"):
        assert refs(search_orders(retailer, typed, today=today)) == [shop["elodie"]]
    assert refs(search_orders(retailer, "ana", today=today)) == [shop["counter"], shop["ana"]]
    assert fold("Élodie Dupré") == "elodie dupre"


def test_phone_numbers_are_found_with_or_without_separators(shop, retailer, today):
    for typed in ("0612345678", "06 12 34 56 78", "06.12.34", "5678"):
        assert refs(search_orders(retailer, typed, today=today)) == [shop["elodie"]]
    assert refs(search_orders(retailer, "elodie@example", today=today)) == [shop["elodie"]]


def test_orders_are_found_by_number_and_by_product(shop, retailer, today):
    number = int(shop["bruno"].split("-")[1])
    for typed in (shop["bruno"], f"so-{number}", str(number)):
        assert refs(search_orders(retailer, typed, today=today)) == [shop["bruno"]]
    assert refs(search_orders(retailer, "teapot", today=today)) == [shop["bruno"]]
    assert refs(search_orders(retailer, "5901234123457", today=today)) == [shop["bruno"]]
    assert len(refs(search_orders(retailer, "mug", today=today))) == 3
    assert refs(search_orders(retailer, "nobody", today=today)) == []


def test_filters_narrow_the_list(shop, retailer, today):
    assert refs(search_orders(retailer, status="completed", today=today)) == [shop["counter"]]
    assert shop["counter"] not in refs(search_orders(retailer, status="open", today=today))
    assert refs(search_orders(retailer, channel="web", today=today)) == [shop["bruno"]]
    assert refs(search_orders(retailer, site="lyo", today=today)) == [shop["elodie"]]
    assert refs(search_orders(retailer, "ana", status="open", site="PAR", today=today)) \
        == [shop["ana"]]
    with pytest.raises(InvalidInput):
        search_orders(retailer, status="lost", today=today)


def test_pages_come_newest_first_with_the_number_matching(shop, retailer, today):
    first = search_orders(retailer, limit=3, today=today)
    assert first.matching == 4 and first.has_more
    rest = search_orders(retailer, limit=3, offset=3, today=today)
    assert not rest.has_more
    everything = refs(first) + refs(rest)
    assert everything == sorted(shop.values(), reverse=True)


def test_late_orders_are_flagged_and_can_be_listed_alone(shop, retailer, today):
    later = today + datetime.timedelta(days=40)  # every promise passed, nothing set aside
    page = search_orders(retailer, today=later)
    assert page.late == 3  # the take-away order is completed, never late
    summary = {o.order: o for o in page.orders}
    assert summary[shop["bruno"]].late == "overdue" and summary[shop["bruno"]].late_lines == 1
    assert summary[shop["counter"]].late is None
    late_only = search_orders(retailer, late_only=True, today=later)
    assert sorted(refs(late_only)) == sorted([shop["ana"], shop["elodie"], shop["bruno"]])
    assert search_orders(retailer, late_only=True, today=today).matching == 0


def test_a_summary_carries_total_promise_and_progress(shop, retailer, today):
    fulfilment.mark_ready(retailer, shop["ana"], today)
    summary = {o.order: o for o in search_orders(retailer, today=today).orders}
    ana = summary[shop["ana"]]
    assert (str(ana.total), ana.customer, ana.mode, ana.site) == ("12.90", "Ana Lopez",
                                                                   "pickup", "PAR")
    assert ana.promise_date == today and ana.ready_lines == ana.open_lines == 1
    assert summary[shop["bruno"]].promise_date > today


def test_actions_follow_where_the_goods_are(shop, retailer, today):
    ana = order_detail(retailer, shop["ana"], today)  # the mug is on PAR's shelf
    assert ana.actions.mark_ready and ana.actions.collect and not ana.actions.ship
    assert ana.actions.next_step == "ready" and not ana.waiting

    bruno = order_detail(retailer, shop["bruno"], today)  # waits for the supplier
    assert bruno.actions.mark_ready and bruno.actions.cancel and bruno.actions.reallocate
    assert not bruno.actions.ship and bruno.actions.next_step is None
    assert [(w.sku, w.what) for w in bruno.waiting] == [("TEAPOT", "catalog")]

    counter = order_detail(retailer, shop["counter"], today)  # taken away at once
    assert counter.actions.return_goods and counter.returnable == [("MUG", 1)]
    assert not (counter.actions.cancel or counter.actions.mark_ready or counter.actions.collect)

    returns.return_goods(retailer, shop["counter"], "MUG", 1, "damaged", today=today)
    assert not order_detail(retailer, shop["counter"], today).actions.return_goods  # all back

    fulfilment.mark_ready(retailer, shop["ana"], today)
    ana = order_detail(retailer, shop["ana"], today)
    assert not ana.actions.mark_ready and ana.actions.next_step == "collect"
    ordering.cancel_order(retailer, shop["elodie"], today)
    elodie = order_detail(retailer, shop["elodie"], today)
    assert elodie.actions == type(elodie.actions)()  # nothing left to do
