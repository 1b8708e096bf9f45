"""The Orders screen on the demo shop: filters and search, the detail of an order with where
its goods come from, and the actions that move it along (or say why not)."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from oms_desktop.services import ordering, stock
from oms_desktop.services.ordering import Customer, OrderRequest, late_orders, show_order
from oms_desktop.ui.screens import orders as orders_module
from oms_desktop.ui.table_model import ROW_ROLE
from oms_desktop.ui.texts import reason_text

ORDERS_SCREEN = 2


@pytest.fixture
def screen(window, qtbot):
    window.go_to(ORDERS_SCREEN)
    orders = window.screen(ORDERS_SCREEN)
    settle(orders, qtbot)
    return orders


def settle(screen, qtbot) -> None:
    """Waits until the list answered and no action is running."""
    qtbot.waitUntil(lambda: not screen.loading and not screen.busy and screen.page is not None)


def shown_refs(screen) -> list[str]:
    return [screen.proxy.index(row, 0).data() for row in range(screen.proxy.rowCount())]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def select(screen, qtbot, ref: str) -> None:
    row = shown_refs(screen).index(ref)
    screen.table.scrollTo(screen.proxy.index(row, 0))
    rect = screen.table.visualRect(screen.proxy.index(row, 0))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.current_ref == ref


def test_late_only_shows_the_late_orders_in_red_with_why(screen, qtbot, ctx):
    assert screen.page.late == 7
    screen.late_only.setChecked(True)
    settle(screen, qtbot)
    expected = sorted(v.order for v in late_orders(ctx.db))
    assert sorted(shown_refs(screen)) == expected and len(expected) == 7
    for row in range(screen.proxy.rowCount()):
        summary = screen.proxy.index(row, 0).data(ROW_ROLE)
        assert summary.late
        status = screen.proxy.index(row, orders_module.COL_STATUS)
        assert status.data() in ("later than promised", "promise date passed",
                                 "no supply any more")
        assert status.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c0392b"
    screen.late_only.setChecked(False)
    settle(screen, qtbot)
    assert len(shown_refs(screen)) > 7


def test_searching_a_customer_by_name_finds_their_orders(screen, qtbot):
    choose(screen.status, "")
    settle(screen, qtbot)
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "nicolas martin")
    qtbot.waitUntil(lambda: not screen.loading and len(shown_refs(screen)) == 3)
    assert sorted(shown_refs(screen)) == ["SO-000034", "SO-000046", "SO-000055"]
    customers = {screen.proxy.index(row, 1).data() for row in range(screen.proxy.rowCount())}
    assert customers == {"Nicolas Martin"}
    screen.search.clear()
    qtbot.keyClicks(screen.search, "elodie")  # typed without the accent
    qtbot.waitUntil(lambda: not screen.loading and len(shown_refs(screen)) == 2)
    assert {screen.proxy.index(r, 1).data() for r in range(2)} == {"Élodie Lemaire"}


def test_selecting_an_order_shows_its_lines_and_where_their_goods_come_from(screen, qtbot, ctx):
    select(screen, qtbot, "SO-000046")
    view = show_order(ctx.db, "SO-000046")
    text = screen.detail_panel.text()
    allocation = view.lines[0].allocations[0]
    assert view.lines[0].name in text
    assert reason_text(allocation.reason) in text
    assert "PO-000008" in text
    assert "later than promised" in text  # late, and why
    assert "first promised" in text  # the promise moved: the first one is shown too
    assert "Waiting for: 1 × CUI-10052 on a purchase order" in text
    assert "Placed, promised for" in text  # the history
    assert "Nicolas Martin" in text


def _pickup_at_paris(ctx):
    stock.adjust_stock(ctx.db, "PARIS", "TAB-10018", 3, "found in the back room")
    return ordering.place_order(ctx.db, OrderRequest(
        "PARIS", [("TAB-10018", 2)], "shop", "pickup", Customer("Ana Test", "0611223344")))


def test_mark_ready_sets_aside_goods_that_are_at_the_pickup_shop(screen, qtbot, ctx):
    placed = _pickup_at_paris(ctx)
    screen.refresh()
    settle(screen, qtbot)
    select(screen, qtbot, placed.order)
    assert screen.buttons["ready"].isEnabled()
    assert screen.buttons["ready"].objectName() == "Primary"  # set aside first
    qtbot.mouseClick(screen.buttons["ready"], Qt.MouseButton.LeftButton)
    settle(screen, qtbot)
    assert [line.status for line in show_order(ctx.db, placed.order).lines] == ["ready"]
    assert "ready for the customer" in screen.notice.text()
    assert not screen.buttons["ready"].isEnabled()
    assert screen.buttons["collect"].isEnabled()
    assert screen.buttons["collect"].objectName() == "Primary"  # the customer can come
    row = shown_refs(screen).index(placed.order)
    assert screen.proxy.index(row, orders_module.COL_STATUS).data() == "ready"


def test_a_refused_action_says_why_and_changes_nothing(screen, qtbot, ctx):
    before = show_order(ctx.db, "SO-000046")
    select(screen, qtbot, "SO-000046")
    qtbot.keyClick(screen, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Mark ready
    qtbot.waitUntil(lambda: screen.notice.isVisible() and not screen.busy)
    assert "waits for goods" in screen.notice.text()
    assert "1 × CUI-10052 on a purchase order" in screen.notice.text()
    assert screen.notice.property("refused")
    after = show_order(ctx.db, "SO-000046")
    assert after.lines == before.lines and after.status == "open"


def test_cancel_asks_first_then_releases_the_order(screen, qtbot, ctx, monkeypatch):
    placed = _pickup_at_paris(ctx)
    held_before = _paris_available(ctx)
    screen.refresh()
    settle(screen, qtbot)
    select(screen, qtbot, placed.order)
    questions = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: questions.append(args) or answer)
    qtbot.mouseClick(screen.buttons["cancel"], Qt.MouseButton.LeftButton)
    settle(screen, qtbot)
    assert len(questions) == 1 and placed.order in questions[0][2]
    assert show_order(ctx.db, placed.order).status == "open"  # "No" changes nothing

    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(screen.buttons["cancel"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: show_order(ctx.db, placed.order).status == "cancelled")
    settle(screen, qtbot)
    view = show_order(ctx.db, placed.order)
    assert [a.status for line in view.lines for a in line.allocations] == ["released"]
    assert _paris_available(ctx) == held_before + 2
    assert "cancelled" in screen.notice.text()
    assert not screen.buttons["cancel"].isEnabled()
    assert screen.detail.view.status == "cancelled"  # still shown after leaving the list


def _paris_available(ctx) -> int:
    picture = stock.stock_picture(ctx.db, "TAB-10018")
    return next(s.available for s in picture.sites if s.site == "PARIS")


def test_collected_completes_a_ready_pickup_order(screen, qtbot, ctx):
    select(screen, qtbot, "SO-000062")
    assert screen.buttons["collect"].isEnabled() and screen.buttons["ship"].isHidden()
    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: show_order(ctx.db, "SO-000062").status == "completed")
    settle(screen, qtbot)
    assert {line.status for line in show_order(ctx.db, "SO-000062").lines} == {"collected"}
    assert "SO-000062" not in shown_refs(screen)  # no longer open
    assert screen.detail.view.order == "SO-000062"  # but still shown


def test_returned_goods_go_back_into_stock(screen, qtbot, ctx):
    choose(screen.status, "completed")
    settle(screen, qtbot)
    select(screen, qtbot, "SO-000014")
    assert screen.buttons["return"].isEnabled() and not screen.buttons["cancel"].isEnabled()
    qtbot.mouseClick(screen.buttons["return"], Qt.MouseButton.LeftButton)
    dialog = screen.return_dialog
    assert dialog is not None and dialog.product.count() == 2
    dialog.product.setCurrentIndex(dialog.product.findData("CUI-10047"))
    dialog.qty.setValue(1)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "Say why" in dialog.error.text()  # nothing sent without a reason
    dialog.reason.setCurrentText("damaged")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.return_dialog is None)
    settle(screen, qtbot)
    history = show_order(ctx.db, "SO-000014").history
    assert history[-1].code == "returned" and history[-1].detail["qty"] == 1
    assert "Customer returned 1 × CUI-10047: damaged" in screen.detail_panel.text()


def test_reprint_asks_the_printing_module_or_says_it_is_not_there(screen, qtbot, monkeypatch):
    select(screen, qtbot, "SO-000046")
    monkeypatch.setitem(sys.modules, "oms_desktop.ui.printing", None)  # not written yet
    with qtbot.waitSignal(screen.print_promise_requested) as asked:
        qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == ["SO-000046"]
    assert "Printing comes with the documents module" in screen.notice.text()

    printed = []
    fake = types.ModuleType("oms_desktop.ui.printing")
    fake.print_promise = lambda ctx, ref, parent: printed.append((ref, parent))
    monkeypatch.setitem(sys.modules, "oms_desktop.ui.printing", fake)
    qtbot.mouseClick(screen.buttons["print"], Qt.MouseButton.LeftButton)
    assert printed == [("SO-000046", screen)]


def test_keyboard_ctrl_f_searches_and_enter_opens_the_detail(screen, qtbot, window):
    screen.table.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.search
    qtbot.keyClicks(screen.search, "SO-46")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.loading and shown_refs(screen) == ["SO-000046"])
    assert screen.current_ref == "SO-000046"
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.detail_panel
    qtbot.keyClick(screen.detail_panel, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is screen.table


def test_show_more_brings_the_next_page(screen, qtbot, monkeypatch):
    monkeypatch.setattr(orders_module, "PAGE", 20)
    choose(screen.status, "")
    settle(screen, qtbot)
    assert len(shown_refs(screen)) == 20 and screen.page.matching == 68
    assert screen.more.isVisible()
    qtbot.mouseClick(screen.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown_refs(screen)) == 40)
    assert len(set(shown_refs(screen))) == 40


def test_filters_and_splitter_are_remembered(screen, qtbot, ctx):
    from oms_desktop.ui.screens.orders import OrdersScreen

    choose(screen.channel, "web")
    choose(screen.site, "ENTREPOT")
    settle(screen, qtbot)
    assert screen.page.matching > 0
    assert all(screen.proxy.index(r, 0).data(ROW_ROLE).channel == "web"
               for r in range(screen.proxy.rowCount()))
    screen.splitter.setSizes([700, 300])
    sizes = screen.splitter.sizes()
    screen.save_state()
    again = OrdersScreen(ctx)
    qtbot.addWidget(again)
    again.resize(screen.size())
    again.show()
    assert again.channel.currentData() == "web" and again.site.currentData() == "ENTREPOT"
    assert again.splitter.sizes() == sizes and sizes[0] > sizes[1]
