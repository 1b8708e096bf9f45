"""The dashboard: what needs doing today, and what future stock sold this week."""

from __future__ import annotations

import datetime
from decimal import Decimal

from playhouse.test_utils import count_queries

from oms_desktop.services import ordering, purchasing, receiving, stock, transfers
from oms_desktop.services.dashboard import dashboard
from oms_desktop.services.ordering import Customer, OrderRequest

D = datetime.date


def sell(db, today, sku, qty, site="PAR", mode="pickup", customer="Ana"):
    address = "1 rue X" if mode == "delivery" else ""
    return ordering.place_order(db, OrderRequest(site, [(sku, qty)], "shop", mode,
                                                 Customer(customer), address), today)


def test_an_empty_shop_has_nothing_to_do(retailer, today):
    board = dashboard(retailer, today)
    assert (board.to_ship, board.to_collect, board.late, board.pos_due, board.requests,
            board.transfers) == ([], [], [], [], [], [])
    assert board.future.lines == 0 and board.future.share == 0.0
    assert board.week_start == D(2026, 11, 23)  # the Monday of the week


def test_orders_whose_goods_are_in_place_are_to_collect_or_to_ship(retailer, today):
    stock.adjust_stock(retailer, "PAR", "BOWL", 5, "opening stock")
    pickup = sell(retailer, today, "BOWL", 1)
    parcel = sell(retailer, today, "BOWL", 1, mode="delivery", customer="Bo")
    waiting = sell(retailer, today, "MUG", 1, customer="Cy")  # at the warehouse: not ready
    from oms_desktop.services.fulfilment import mark_ready
    mark_ready(retailer, pickup.order, today)
    mark_ready(retailer, parcel.order, today)
    board = dashboard(retailer, today)
    assert [(i.order, i.customer, i.site, i.all_ready) for i in board.to_collect] == [
        (pickup.order, "Ana", "PAR", True)]
    assert [i.order for i in board.to_ship] == [parcel.order]
    assert waiting.order not in {i.order for i in board.to_collect + board.to_ship}


def test_late_orders_are_those_of_the_ordering_service_worst_first(retailer, today):
    po = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 4), [("BOWL", 10, "3.00")],
                              today=today)
    purchasing.confirm_po(retailer, po.po, today)
    postponed = sell(retailer, today, "BOWL", 2)
    unsupplied = sell(retailer, today, "BOWL", 2, customer="Bo")
    purchasing.set_expected_date(retailer, po.po, D(2026, 12, 11), today=today)
    board = dashboard(retailer, today)
    assert {i.order for i in board.late} == {o.order for o in ordering.late_orders(retailer,
                                                                                   today)}
    assert {i.late for i in board.late} == {"postponed"}
    purchasing.cancel_po(retailer, po.po, today)  # no other supply: both lose it
    later = dashboard(retailer, today)
    assert [(i.order, i.late, i.promise_date) for i in later.late] == [
        (postponed.order, "unsupplied", None), (unsupplied.order, "unsupplied", None)]


def test_a_promise_date_passed_while_goods_are_not_there_is_late(retailer, today):
    sold = sell(retailer, today, "MUG", 1)  # waits at the warehouse
    promise = ordering.show_order(retailer, sold.order, today).promise_date
    after = promise + datetime.timedelta(days=1)
    board = dashboard(retailer, after)
    assert [(i.order, i.late) for i in board.late] == [(sold.order, "overdue")]
    assert len(board.late) == len(ordering.late_orders(retailer, after))


def test_pos_due_today_or_overdue_with_what_is_still_to_come(retailer, today):
    due = purchasing.create_po(retailer, "ACME", "WH", today, [("BOWL", 10, "3.00")],
                               today=today)
    purchasing.confirm_po(retailer, due.po, today)
    later = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 4), [("BOWL", 3, "3.00")],
                                 today=today)
    purchasing.confirm_po(retailer, later.po, today)
    draft = purchasing.create_po(retailer, "ACME", "WH", today, [("BOWL", 1, "3.00")],
                                 today=today)
    [item] = dashboard(retailer, today).pos_due
    assert (item.po, item.supplier, item.site, item.units, item.days_late) == (
        due.po, "ACME", "WH", 10, 0)
    receiving.receive_po(retailer, due.po, [("BOWL", 4)], today)
    three_days_on = dashboard(retailer, today + datetime.timedelta(days=3)).pos_due
    assert [(i.po, i.status, i.units, i.days_late) for i in three_days_on] == [
        (due.po, "partially_received", 6, 3)]
    assert draft.po not in {i.po for i in dashboard(retailer, D(2026, 12, 10)).pos_due}


def test_supply_requests_waiting_for_a_po_are_grouped_by_supplier(retailer, today):
    sell(retailer, today, "TEAPOT", 2)
    sell(retailer, today, "TEAPOT", 1, customer="Bo")
    [group] = dashboard(retailer, today).requests
    assert (group.supplier, group.requests, group.units) == ("ACME", 2, 3)
    assert dashboard(retailer, today).pending_requests == len(
        purchasing.pending_requests(retailer))
    purchasing.pos_from_requests(retailer, today=today)
    assert dashboard(retailer, today).requests == []


def test_transfers_in_transit_with_the_customers_waiting_for_them(retailer, today):
    sold = sell(retailer, today, "MUG", 2)
    view = transfers.create_transfer(retailer, "WH", "PAR", [("MUG", 3)], today)
    [item] = dashboard(retailer, today).transfers
    assert (item.transfer, item.origin, item.destination, item.units, item.for_orders) == (
        view.transfer, "WH", "PAR", 3, 1)
    assert not item.is_late(today) and item.is_late(item.expected + datetime.timedelta(1))
    transfers.receive_transfer(retailer, view.transfer, today)
    board = dashboard(retailer, today)
    assert board.transfers == []
    assert [i.order for i in board.to_collect] == [sold.order]


def test_sales_from_future_stock_this_week_count_even_once_the_goods_arrived(retailer, today):
    po = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 4), [("BOWL", 10, "3.00")],
                              today=today)
    purchasing.confirm_po(retailer, po.po, today)
    on_po = sell(retailer, today, "BOWL", 2)  # 2 x 8.50
    from_catalog = sell(retailer, today, "TEAPOT", 1, customer="Bo")
    sell(retailer, today, "MUG", 1, customer="Cy")  # from stock: counts only in the total
    sell(retailer, D(2026, 11, 20), "BOWL", 1, customer="Last week")
    receiving.receive_po(retailer, po.po, None, today)  # the PO line became stock
    future = dashboard(retailer, today).future
    teapot = from_catalog.total
    assert (future.po_lines, future.po_revenue) == (1, Decimal("17.00"))
    assert (future.catalog_lines, future.catalog_revenue) == (1, teapot)
    assert (future.lines, future.revenue) == (2, Decimal("17.00") + teapot)
    assert future.all_lines == 3 and future.all_revenue == Decimal("17.00") + teapot + \
        Decimal("12.90")
    assert [(o.order, o.customer, o.lines, o.catalog) for o in future.orders] == [
        (from_catalog.order, "Bo", 1, True), (on_po.order, "Ana", 1, False)]
    ordering.cancel_order(retailer, from_catalog.order, today)
    assert dashboard(retailer, today).future.catalog_lines == 0


def test_the_dashboard_reads_in_a_handful_of_queries(retailer, today):
    stock.adjust_stock(retailer, "PAR", "BOWL", 5, "opening stock")
    for n in range(6):
        sell(retailer, today, "BOWL" if n % 2 else "TEAPOT", 1, customer=f"C{n}")
    with count_queries() as counter:
        dashboard(retailer, today)
    assert counter.count <= 8
