"""The main window: every screen opens, shortcuts move between them, size is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_every_screen_opens_from_the_sidebar(window, qtbot):
    for index in range(window.sidebar.count()):
        window.go_to(index)
        assert window.stack.currentWidget() is window.screen(index)
        assert window.screen(index).title()


def test_ctrl_and_a_number_goes_to_that_screen(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == 2


def test_the_window_remembers_its_size_and_screen(ctx, qtbot):
    from oms_desktop.ui.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(1111, 777)
    first.show()
    first.go_to(4)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.sidebar.currentRow() == 4
    assert second.size().width() == 1111


def test_a_late_order_on_the_dashboard_opens_in_the_orders_screen(window, ctx, qtbot):
    from oms_desktop.services.ordering import late_orders

    ref = late_orders(ctx.db, ctx.today())[0].order
    window.go_to(0)
    window.screen(0).open_order.emit(ref)
    assert window.sidebar.currentRow() == 2
    qtbot.waitUntil(lambda: window.screen(2).current_ref == ref)


def test_a_po_due_on_the_dashboard_opens_in_purchasing(window, ctx, qtbot):
    from oms_desktop.services.purchasing import list_pos

    ref = list_pos(ctx.db, status="confirmed")[0].po
    window.go_to(0)
    window.screen(0).open_po.emit(ref)
    assert window.sidebar.currentRow() == 4
    purchasing = window.screen(4)
    qtbot.waitUntil(lambda: purchasing.current_po() is not None
                    and purchasing.current_po().po == ref)


def test_the_window_speaks_french_with_the_french_translation(ctx, qtbot, qapp):
    from PySide6.QtCore import QTranslator

    from oms_desktop.ui.icons import resource
    from oms_desktop.ui.main_window import MainWindow
    from oms_desktop.ui.texts import reason_text

    french = QTranslator()
    assert french.load(str(resource("translations", "oms_fr.qm")))
    qapp.installTranslator(french)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert labels[:3] == ["Tableau de bord", "Vendre", "Commandes"]
        assert reason_text({"code": "site_stock", "site": "PARIS", "handling_days": 0}) \
            == "En stock à PARIS"
    finally:
        qapp.removeTranslator(french)
