"""Purchase orders as future stock: from requests, confirmation, date changes, cancellation,
receiving that serves the waiting customers first."""

from __future__ import annotations

import datetime

import pytest

from oms_desktop.domain.errors import InvalidInput, Refused
from oms_desktop.services import fulfilment, ordering, purchasing, receiving, stock, transfers
from oms_desktop.services.ordering import Customer, OrderRequest
from oms_desktop.store.models import AllocationRow, SupplyRequestRow

D = datetime.date


def sell(db, today, sku, qty, site="PAR", mode="pickup", customer="Ana"):
    address = "1 rue X" if mode == "delivery" else ""
    return ordering.place_order(db, OrderRequest(site, [(sku, qty)], "shop", mode,
                                                 Customer(customer), address), today)


@pytest.fixture
def confirmed_po(retailer, today):
    po = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 4), [("BOWL", 10, "3.00")],
                              today=today)
    return purchasing.confirm_po(retailer, po.po, today)


def test_requests_become_a_draft_po_rounded_to_packs_and_joined_by_later_sales(retailer, today):
    sell(retailer, today, "TEAPOT", 2)
    sell(retailer, today, "TEAPOT", 3, customer="Bo")
    [draft] = purchasing.pos_from_requests(retailer, today=today)
    assert (draft.status, draft.supplier, draft.site) == ("draft", "ACME", "PAR")
    assert [(l.sku, l.qty) for l in draft.lines] == [("TEAPOT", 6)]  # 5 rounded to a pack
    assert draft.expected == D(2026, 12, 3)
    assert draft.below_minimum  # 48.00 < 100.00
    sell(retailer, today, "TEAPOT", 1, customer="Cy")  # fits in the pack's spare unit
    sell(retailer, today, "TEAPOT", 2, customer="Di")  # needs another pack
    [joined] = purchasing.pos_from_requests(retailer, today=today)
    assert joined.po == draft.po
    assert [(l.sku, l.qty) for l in joined.lines] == [("TEAPOT", 12)]
    assert purchasing.pos_from_requests(retailer, today=today) == []


def test_confirming_moves_the_pegging_from_the_catalog_to_the_po_line(retailer, today):
    sold = sell(retailer, today, "TEAPOT", 2)
    [draft] = purchasing.pos_from_requests(retailer, today=today)
    purchasing.set_expected_date(retailer, draft.po, D(2026, 12, 9), today=today)
    confirmed = purchasing.confirm_po(retailer, draft.po, today)
    assert confirmed.lines[0].pegged == 2
    line = ordering.show_order(retailer, sold.order, today).lines[0]
    assert [(a.source, a.po) for a in line.allocations] == [("po_line", draft.po)]
    assert line.promise_date == D(2026, 12, 9)
    assert [late.order for late in confirmed.late] == [sold.order]
    # the 4 spare units of the pack are free incoming stock for the next customer
    assert stock.stock_picture(retailer, "TEAPOT").incoming[0].free == 4


def test_receiving_serves_waiting_customers_oldest_first_then_free_stock(retailer, today,
                                                                        confirmed_po):
    first = sell(retailer, today, "BOWL", 4, customer="First")
    second = sell(retailer, today, "BOWL", 4, customer="Second")
    receipt = receiving.receive_po(retailer, confirmed_po.po, [("BOWL", 5)], today)
    assert receipt.status == "partially_received"
    assert [(s.order, s.qty) for s in receipt.served] == [(first.order, 4), (second.order, 1)]
    assert receipt.free_stock == []
    # the pick-up shop is PAR, the PO came to WH: the goods travel
    assert {s.outcome for s in receipt.served} == {"in_transit"}
    [transfer] = receipt.transfers
    arrived = transfers.receive_transfer(retailer, transfer, today)
    assert arrived.ready_orders == [first.order]  # the second still waits for 3 units
    rest = receiving.receive_po(retailer, confirmed_po.po, None, today)
    assert rest.status == "received"
    assert [(s.order, s.qty) for s in rest.served] == [(second.order, 3)]
    assert rest.free_stock == [("BOWL", 2)]
    assert stock.check_stock(retailer).ok


def test_receiving_more_than_ordered_adds_free_stock(retailer, today, confirmed_po):
    receipt = receiving.receive_po(retailer, confirmed_po.po, [("BOWL", 12)], today)
    assert receipt.status == "received"
    assert receipt.free_stock == [("BOWL", 12)]
    assert next(s.on_hand for s in stock.stock_picture(retailer, "BOWL").sites
                if s.site == "WH") == 12


def test_receiving_a_product_not_on_the_po_is_refused_and_changes_nothing(retailer, today,
                                                                         confirmed_po):
    with pytest.raises(InvalidInput, match="MUG is not on"):
        receiving.receive_po(retailer, confirmed_po.po, [("BOWL", 1), ("MUG", 1)], today)
    assert purchasing.show_po(retailer, confirmed_po.po).lines[0].received == 0


def test_a_draft_cannot_be_received(retailer, today):
    po = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 4), [("BOWL", 1, "3")],
                              today=today)
    with pytest.raises(Refused, match="only a confirmed PO"):
        receiving.receive_po(retailer, po.po, None, today)


def test_a_later_expected_date_lists_the_customers_now_late(retailer, today, confirmed_po):
    sold = sell(retailer, today, "BOWL", 2)
    moved = purchasing.set_expected_date(retailer, confirmed_po.po, D(2026, 12, 11),
                                         today=today)
    [late] = moved.late
    assert (late.order, late.first_promise_date, late.why) == (sold.order, D(2026, 12, 8),
                                                               "postponed")
    assert late.promise_date == D(2026, 12, 15)
    assert [o.order for o in ordering.late_orders(retailer, today)] == [sold.order]
    earlier = purchasing.set_expected_date(retailer, confirmed_po.po, D(2026, 12, 2),
                                           today=today)
    assert earlier.late == []
    assert ordering.late_orders(retailer, today) == []


def test_cancelling_a_confirmed_po_re_sources_its_customers(retailer, today, confirmed_po):
    sold = sell(retailer, today, "BOWL", 2)
    other = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 18),
                                 [("BOWL", 5, "3.00")], today=today)
    purchasing.confirm_po(retailer, other.po, today)
    cancelled = purchasing.cancel_po(retailer, confirmed_po.po, today)
    assert cancelled.status == "cancelled"
    line = ordering.show_order(retailer, sold.order, today).lines[0]
    assert [(a.source, a.po) for a in line.allocations] == [("po_line", other.po)]
    assert [late.order for late in cancelled.late] == [sold.order]
    # with no other supply at all the line is left without one, and listed as such
    purchasing.cancel_po(retailer, other.po, today)
    line = ordering.show_order(retailer, sold.order, today).lines[0]
    assert line.promise_date is None and line.late == "unsupplied"


def test_cancelling_a_draft_puts_its_requests_back_to_pending(retailer, today):
    sell(retailer, today, "TEAPOT", 2)
    [draft] = purchasing.pos_from_requests(retailer, today=today)
    purchasing.cancel_po(retailer, draft.po, today)
    request = SupplyRequestRow.get()
    assert (request.status, request.po_line) == ("pending", None)
    [again] = purchasing.pos_from_requests(retailer, today=today)
    assert again.po != draft.po


def test_the_catalog_to_customer_flow_end_to_end(retailer, today):
    sold = sell(retailer, today, "TEAPOT", 2, site="LYO")
    [draft] = purchasing.pos_from_requests(retailer, today=today)
    purchasing.confirm_po(retailer, draft.po, today)
    receipt = receiving.receive_po(retailer, draft.po, None, today)
    assert [(s.order, s.outcome) for s in receipt.served] == [(sold.order, "ready")]
    view = fulfilment.collect_order(retailer, sold.order, today)
    assert view.status == "completed"
    assert stock.check_stock(retailer).ok
    assert AllocationRow.select().where(AllocationRow.status == "held").count() == 0


def test_manual_transfer_carries_the_units_reserved_for_the_destination_first(retailer, today):
    sold = sell(retailer, today, "MUG", 2)
    view = transfers.create_transfer(retailer, "WH", "PAR", [("MUG", 3)], today)
    assert view.for_orders == [sold.order]
    assert next(s.on_hand for s in stock.stock_picture(retailer, "MUG").sites
                if s.site == "WH") == 2
    with pytest.raises(InvalidInput, match="can send 2"):
        transfers.create_transfer(retailer, "WH", "LYO", [("MUG", 3)], today)
    arrived = transfers.receive_transfer(retailer, view.transfer, today)
    assert arrived.ready_orders == [sold.order]
    picture = {s.site: s for s in stock.stock_picture(retailer, "MUG").sites}
    assert (picture["PAR"].on_hand, picture["PAR"].reserved) == (3, 2)
    assert stock.check_stock(retailer).ok


def test_a_slow_made_to_order_item_does_not_delay_the_rest_of_the_po(retailer, today):
    from oms_desktop.services.catalog import add_offer

    add_offer(retailer, "ACME", "KETTLE", "20.00", name="Kettle", lead_days=10)
    quick = sell(retailer, today, "TEAPOT", 6)
    [draft] = purchasing.pos_from_requests(retailer, today=today)
    sell(retailer, today, "KETTLE", 1, customer="Slow")
    [joined] = purchasing.pos_from_requests(retailer, today=today)
    assert joined.po == draft.po
    dates = {line.sku: line.expected for line in joined.lines}
    assert dates == {"TEAPOT": D(2026, 12, 3), "KETTLE": D(2026, 12, 10)}
    assert joined.expected == D(2026, 12, 10)
    confirmed = purchasing.confirm_po(retailer, draft.po, today)
    assert confirmed.late == []
    assert ordering.show_order(retailer, quick.order, today).promise_date == D(2026, 12, 3)
