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


FRENCH_WINDOW = """
import json, sys
from oms_desktop.services.session import open_session
from oms_desktop.ui.app import create_application, install_translations
from oms_desktop.ui.changes import Changes
from oms_desktop.ui.context import AppContext
from oms_desktop.ui.main_window import MainWindow
from oms_desktop.ui.runner import Runner
from oms_desktop.ui.texts import reason_text
from PySide6.QtCore import QSettings

app = create_application()
install_translations(app, "fr")
db = open_session(sys.argv[1])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(AppContext(db, Runner(), Changes(), settings, sys.argv[1]))
print(json.dumps({
    "labels": [window.sidebar.item(i).text() for i in range(window.sidebar.count())],
    "reason": reason_text({"code": "site_stock", "site": "PARIS", "handling_days": 0}),
}))
"""


def test_the_window_speaks_french_with_the_french_translation(tmp_path):
    """In a process of its own: switching a live application's language back and forth
    would leave the other tests' widgets half-translated."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", FRENCH_WINDOW, str(tmp_path / "oms.sqlite3"),
                             str(tmp_path / "desktop.ini")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["labels"][:3] == ["Tableau de bord", "Vendre", "Commandes"]
    assert shown["reason"] == "En stock à PARIS"
