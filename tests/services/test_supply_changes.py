"""When supply changes under waiting customers: drafts shrink, short POs close, receipts
serve every waiting line of the product, stock on its way can be sold, and stuck lines find
new supply."""

from __future__ import annotations

import datetime

import pytest

from oms_desktop.domain.errors import Refused
from oms_desktop.services import fulfilment, ordering, purchasing, receiving, stock, transfers
from oms_desktop.services.ordering import Customer, OrderRequest

D = datetime.date


def sell(db, today, sku, qty, site="PAR", customer="Ana"):
    return ordering.place_order(db, OrderRequest(site, [(sku, qty)], "shop", "pickup",
                                                 Customer(customer)), today)


def confirmed(db, today, *lines, site="WH", expected=D(2026, 12, 4)):
    po = purchasing.create_po(db, "ACME", site, expected, list(lines), today=today)
    return purchasing.confirm_po(db, po.po, today)


def test_a_cancelled_catalog_sale_leaves_the_draft_po_and_is_not_bought_twice(retailer, today):
    first = sell(retailer, today, "TEAPOT", 6)
    [draft] = purchasing.pos_from_requests(retailer, today=today)
    assert draft.lines[0].qty == 6
    ordering.cancel_order(retailer, first.order, today)
    assert purchasing.show_po(retailer, draft.po).status == "cancelled"  # nothing left on it
    sell(retailer, today, "TEAPOT", 6, customer="Bo")
    [again] = purchasing.pos_from_requests(retailer, today=today)
    assert [(line.sku, line.qty) for line in again.lines] == [("TEAPOT", 6)]


def test_a_cancelled_catalog_sale_shrinks_a_shared_draft_line_by_whole_packs(retailer, today):
    sell(retailer, today, "TEAPOT", 4)
    second = sell(retailer, today, "TEAPOT", 5, customer="Bo")
    [draft] = purchasing.pos_from_requests(retailer, today=today)
    assert draft.lines[0].qty == 12
    ordering.cancel_order(retailer, second.order, today)
    assert purchasing.show_po(retailer, draft.po).lines[0].qty == 6


def test_closing_a_short_delivery_re_sources_the_customers_still_waiting(retailer, today):
    po = confirmed(retailer, today, ("BOWL", 5, "3.00"))
    first = sell(retailer, today, "BOWL", 3)
    second = sell(retailer, today, "BOWL", 2, customer="Bo")
    receiving.receive_po(retailer, po.po, [("BOWL", 3)], today)
    with pytest.raises(Refused, match="close it instead"):
        purchasing.cancel_po(retailer, po.po, today)
    closed = purchasing.close_po(retailer, po.po, today)
    assert closed.status == "received"
    assert [(late.order, late.why) for late in closed.late] == [(second.order, "unsupplied")]
    assert ordering.show_order(retailer, first.order, today).lines[0].allocations[0].status \
        == "in_transit"
    stock.adjust_stock(retailer, "PAR", "BOWL", 2, "found in the back room")
    line = ordering.show_order(retailer, second.order, today).lines[0]
    assert line.promise_date == today and line.late is None
    assert [(a.source, a.site) for a in line.allocations] == [("site_stock", "PAR")]
    assert stock.check_stock(retailer).ok


def test_a_receipt_serves_customers_pegged_to_another_line_of_the_same_product(retailer, today):
    po = confirmed(retailer, today, ("BOWL", 5, "3.00"), ("BOWL", 3, "3.00"))
    first = sell(retailer, today, "BOWL", 5)
    second = sell(retailer, today, "BOWL", 3, customer="Bo")
    ordering.cancel_order(retailer, first.order, today)
    receipt = receiving.receive_po(retailer, po.po, [("BOWL", 5)], today)
    assert [(s.order, s.qty) for s in receipt.served] == [(second.order, 3)]
    assert receipt.free_stock == [("BOWL", 2)]
    assert stock.check_stock(retailer).ok


def test_units_on_their_way_to_a_shop_can_be_sold_there(retailer, today):
    moving = transfers.create_transfer(retailer, "WH", "LYO", [("MUG", 5)], today)
    view = sell(retailer, today, "MUG", 2, site="LYO")
    allocation = view.lines[0].allocations[0]
    assert (allocation.source, allocation.status, allocation.transfer) == (
        "site_stock", "in_transit", moving.transfer)
    assert allocation.reason["code"] == "in_transit"
    assert view.promise_date == moving.expected
    with pytest.raises(Refused):
        sell(retailer, today, "MUG", 4, site="LYO", customer="Bo")  # only 3 left unsold
    arrived = transfers.receive_transfer(retailer, moving.transfer, today)
    assert arrived.ready_orders == [view.order]
    lyon = next(s for s in stock.stock_picture(retailer, "MUG").sites if s.site == "LYO")
    assert (lyon.on_hand, lyon.reserved) == (5, 2)
    assert stock.check_stock(retailer).ok


def test_resourcing_moves_a_line_to_stock_now_at_the_pick_up_shop(retailer, today):
    view = sell(retailer, today, "MUG", 2)  # from the warehouse: Monday
    stock.adjust_stock(retailer, "PAR", "MUG", 2, "delivery")
    with pytest.raises(Refused, match="still at WH"):
        fulfilment.mark_ready(retailer, view.order, today)
    better = ordering.reallocate_order(retailer, view.order, today)
    assert better.promise_date == today
    assert [(a.site, a.qty) for a in better.lines[0].allocations] == [("PAR", 2)]
    assert fulfilment.mark_ready(retailer, view.order, today).lines[0].status == "ready"
    wh = next(s for s in stock.stock_picture(retailer, "MUG").sites if s.site == "WH")
    assert wh.reserved == 0
    assert stock.check_stock(retailer).ok


def test_resourcing_keeps_a_line_that_nothing_serves_sooner(retailer, today):
    view = sell(retailer, today, "MUG", 2)
    again = ordering.reallocate_order(retailer, view.order, today)
    assert again.lines[0].allocations == view.lines[0].allocations
