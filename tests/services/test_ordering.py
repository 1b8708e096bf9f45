"""Placing, promising and cancelling orders on a real SQLite file."""

from __future__ import annotations

import datetime

import pytest

from oms_desktop.domain.errors import InvalidInput, NotFound, Refused
from oms_desktop.services import fulfilment, ordering, purchasing, stock
from oms_desktop.services.ordering import Customer, OrderRequest
from oms_desktop.store.models import AllocationRow, CustomerOrderRow, LedgerRow, \
    SupplyRequestRow

D = datetime.date


def order(site="PAR", lines=(("MUG", 1),), mode="pickup", channel="shop", customer="Ana",
          address=""):
    return OrderRequest(site, list(lines), channel, mode, Customer(customer, "0600000000"),
                        address)


def available(db, site, sku):
    return next(s.available for s in stock.stock_picture(db, sku).sites if s.site == site)


def test_selling_from_the_warehouse_reserves_it_and_promises_handling_plus_transfer(retailer, today):
    view = ordering.place_order(retailer, order(lines=[("MUG", 2)]), today)
    line = view.lines[0]
    assert line.status == "allocated"
    assert [(a.source, a.site, a.qty) for a in line.allocations] == [("site_stock", "WH", 2)]
    # Thursday: 1 handling day at WH (Friday), 1 transfer day (Monday 30th)
    assert view.promise_date == D(2026, 11, 30)
    assert available(retailer, "WH", "MUG") == 3
    assert stock.check_stock(retailer).ok


def test_promise_holds_nothing(retailer, today):
    before = AllocationRow.select().count()
    view = ordering.promise(retailer, order(lines=[("MUG", 2)]), today)
    assert view.promise_date == D(2026, 11, 30)
    assert {o.source for o in view.lines[0].options} == {"site_stock"}
    assert AllocationRow.select().count() == before
    assert available(retailer, "WH", "MUG") == 5


def test_a_product_named_by_its_ean_or_the_supplier_reference_is_found(retailer, today):
    by_ean = ordering.promise(retailer, order(lines=[("4006381333931", 1)]), today)
    by_ref = ordering.promise(retailer, order(lines=[("ACME-TP1", 1)]), today)
    assert by_ean.lines[0].sku == "MUG"
    assert by_ref.lines[0].sku == "TEAPOT"


def test_a_refused_order_leaves_nothing_behind(retailer, today):
    orders_before = CustomerOrderRow.select().count()
    with pytest.raises(Refused) as refused:
        ordering.place_order(retailer, order(lines=[("MUG", 1), ("BOWL", 1)]), today)
    assert refused.value.code == "no_supply"
    assert "BOWL" in refused.value.message
    assert CustomerOrderRow.select().count() == orders_before
    assert available(retailer, "WH", "MUG") == 5


@pytest.mark.parametrize("lines, error", [
    ([("NOPE", 1)], NotFound),
    ([("MUG", 0)], InvalidInput),
    ([("MUG", -3)], InvalidInput),
    ([], InvalidInput),
])
def test_bad_lines_are_refused_with_their_reason(retailer, today, lines, error):
    with pytest.raises(error):
        ordering.place_order(retailer, order(lines=lines), today)


def test_pick_up_in_a_warehouse_is_refused(retailer, today):
    with pytest.raises(InvalidInput, match="warehouse"):
        ordering.place_order(retailer, order(site="WH"), today)


def test_catalog_sale_creates_a_supply_request_and_promises_the_lead_time(retailer, today):
    view = ordering.place_order(retailer, order(lines=[("TEAPOT", 2)]), today)
    allocation = view.lines[0].allocations[0]
    assert allocation.source == "catalog"
    assert allocation.supplier == "ACME"
    # ordered Thursday 26th (an order day), 5 business days: Thursday 3 December, at PAR
    assert view.promise_date == D(2026, 12, 3)
    request = SupplyRequestRow.get()
    assert (request.qty, request.status, request.site.code) == (2, "pending", "PAR")


def test_take_away_is_a_counter_sale_from_the_shelf(retailer, today):
    stock.adjust_stock(retailer, "PAR", "MUG", 2, "delivery")
    view = ordering.place_order(retailer, order(lines=[("MUG", 2)], mode="take_away"), today)
    assert view.status == "completed"
    assert view.lines[0].status == "collected"
    assert view.promise_date == today
    sale = LedgerRow.get(LedgerRow.kind == "sale")
    assert (sale.site.code, sale.delta) == ("PAR", -2)
    assert stock.check_stock(retailer).ok


def test_take_away_without_shelf_stock_is_refused(retailer, today):
    with pytest.raises(Refused) as refused:
        ordering.place_order(retailer, order(mode="take_away"), today)
    assert refused.value.code == "not_on_shelf"


def test_cancelling_releases_reservations_and_supply_requests(retailer, today):
    first = ordering.place_order(retailer, order(lines=[("MUG", 5), ("TEAPOT", 1)]), today)
    assert available(retailer, "WH", "MUG") == 0
    cancelled = ordering.cancel_order(retailer, first.order, today)
    assert cancelled.status == "cancelled"
    assert available(retailer, "WH", "MUG") == 5
    assert SupplyRequestRow.get().status == "cancelled"
    assert stock.check_stock(retailer).ok
    with pytest.raises(Refused):
        ordering.cancel_order(retailer, first.order, today)


def test_home_delivery_ships_from_the_warehouse(retailer, today):
    view = ordering.place_order(retailer, order(mode="delivery", channel="web",
                                                address="1 rue de Rivoli, Paris"), today)
    # 1 handling day (Friday), 2 delivery days: Tuesday 1 December
    assert view.promise_date == D(2026, 12, 1)
    shipped = fulfilment.ship_order(retailer, view.order, today)
    assert shipped.status == "completed"
    assert shipped.lines[0].status == "shipped"
    assert available(retailer, "WH", "MUG") == 4
    assert stock.check_stock(retailer).ok


def test_home_delivery_needs_an_address(retailer, today):
    with pytest.raises(InvalidInput, match="address"):
        ordering.place_order(retailer, order(mode="delivery"), today)


def test_a_pick_up_order_waiting_at_the_warehouse_cannot_be_marked_ready(retailer, today):
    view = ordering.place_order(retailer, order(), today)
    with pytest.raises(Refused, match="still at WH"):
        fulfilment.mark_ready(retailer, view.order, today)
    with pytest.raises(Refused, match="cannot be shipped"):
        fulfilment.ship_order(retailer, view.order, today)


def test_a_customer_is_remembered(retailer, today):
    ordering.place_order(retailer, order(customer="Zoé Martin"), today)
    ordering.place_order(retailer, order(customer="Zoé Martin"), today)
    from oms_desktop.store.models import CustomerRow
    assert CustomerRow.select().where(CustomerRow.name == "Zoé Martin").count() == 1


def test_late_orders_list_lines_whose_promise_passed(retailer, today):
    view = ordering.place_order(retailer, order(), today)
    assert ordering.late_orders(retailer, today) == []
    later = ordering.late_orders(retailer, today + datetime.timedelta(days=10))
    assert [o.order for o in later] == [view.order]
    assert later[0].lines[0].late == "overdue"


def test_confirmed_po_quantities_are_sold_before_they_arrive(retailer, today):
    po = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 4), [("BOWL", 10, "3.00")],
                              today=today)
    with pytest.raises(Refused):  # a draft PO sells nothing
        ordering.place_order(retailer, order(lines=[("BOWL", 2)]), today)
    purchasing.confirm_po(retailer, po.po, today)
    view = ordering.place_order(retailer, order(lines=[("BOWL", 2)]), today)
    allocation = view.lines[0].allocations[0]
    assert (allocation.source, allocation.po) == ("po_line", po.po)
    # expected Friday 4th at WH, 1 handling day (Monday 7th), 1 transfer day: Tuesday 8th
    assert view.promise_date == D(2026, 12, 8)
    assert stock.stock_picture(retailer, "BOWL").incoming[0].free == 8
