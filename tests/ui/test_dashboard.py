"""The dashboard shows what the services say needs doing, and every item opens its screen."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt

from oms_desktop.services import fulfilment, ordering, purchasing, transfers
from oms_desktop.ui.changes import ORDERS

TODAY = datetime.date(2026, 11, 26)  # as in conftest.py


def shown_board(window, qtbot):
    window.go_to(0)
    screen = window.screen(0)
    qtbot.waitUntil(lambda: screen.board is not None)
    return screen


def refs(card) -> list[str]:
    items = [card.items.topLevelItem(i) for i in range(card.items.topLevelItemCount())]
    return [item.data(0, Qt.ItemDataRole.UserRole)[1] for item in items
            if item.data(0, Qt.ItemDataRole.UserRole)[0] != "list"]


def test_the_figures_are_those_of_the_services_on_the_demo(window, ctx, qtbot):
    screen = shown_board(window, qtbot)
    late = ordering.late_orders(ctx.db, TODAY)
    assert late and screen.late.number.text() == str(len(late))
    assert set(refs(screen.late)) <= {o.order for o in late}
    assert screen.late.number.property("alert") is True

    requests = purchasing.pending_requests(ctx.db)
    assert screen.requests.number.text() == str(len(requests))
    assert set(refs(screen.requests)) == {r["supplier"] for r in requests}

    in_transit = transfers.list_transfers(ctx.db, "in_transit")
    assert screen.transfers.number.text() == str(len(in_transit))

    due = [po.po for po in purchasing.list_pos(ctx.db)
           if po.status in ("confirmed", "partially_received")
           and any(line.expected <= TODAY and line.received < line.qty for line in po.lines)]
    assert screen.pos_due.number.text() == str(len(due)) and set(refs(screen.pos_due)) == set(due)

    open_orders = ordering.list_orders(ctx.db, status="open", today=TODAY)
    ready = {o.order: o.mode for o in open_orders if any(l.status == "ready" for l in o.lines)}
    assert set(refs(screen.to_ship)) == {ref for ref, mode in ready.items() if mode == "delivery"}
    assert set(refs(screen.to_collect)) == {ref for ref, mode in ready.items()
                                            if mode != "delivery"}
    assert screen.future.isVisible() and screen.future_items.topLevelItemCount() > 0


def test_clicking_a_late_order_emits_open_order_and_goes_to_the_orders(window, qtbot):
    screen = shown_board(window, qtbot)
    item = screen.late.items.topLevelItem(0)
    expected = item.data(0, Qt.ItemDataRole.UserRole)[1]
    where = screen.late.items.visualItemRect(item).center()
    with qtbot.waitSignal(screen.open_order) as opened:
        qtbot.mouseClick(screen.late.items.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [expected]
    assert window.sidebar.currentRow() == 2  # Orders


def test_enter_on_a_purchase_order_due_opens_it(window, qtbot):
    screen = shown_board(window, qtbot)
    items = screen.pos_due.items
    items.setFocus()
    items.setCurrentItem(items.topLevelItem(0))
    with qtbot.waitSignal(screen.open_po) as opened:
        qtbot.keyClick(items, Qt.Key.Key_Return)
    assert opened.args == [refs(screen.pos_due)[0]]
    assert window.sidebar.currentRow() == 4  # Purchasing


def test_a_long_list_ends_with_a_line_that_opens_the_whole_list(window, qtbot):
    screen = shown_board(window, qtbot)
    items = screen.late.items
    last = items.topLevelItem(items.topLevelItemCount() - 1)
    assert last.data(0, Qt.ItemDataRole.UserRole) == ("list", "late")
    assert "more" in last.text(0)
    with qtbot.waitSignal(screen.open_list) as opened:
        qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton,
                         pos=items.visualItemRect(last).center())
    assert opened.args == ["late"]


def test_the_figures_follow_what_happens_elsewhere(window, ctx, qtbot):
    screen = shown_board(window, qtbot)
    waiting = refs(screen.to_collect)
    before = int(screen.to_collect.number.text())
    fulfilment.collect_order(ctx.db, waiting[0], TODAY)  # as the Orders screen would
    ctx.changes.announce(ORDERS)
    qtbot.waitUntil(lambda: screen.to_collect.number.text() == str(before - 1))
    assert waiting[0] not in refs(screen.to_collect)
