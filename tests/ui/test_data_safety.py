"""The File menu's backups, restoring a backup in the running window, the daily backup at
start, the log beside the database, and what an unexpected error leaves behind."""

from __future__ import annotations

import gzip
import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from oms_desktop.services import backups
from oms_desktop.services.ordering import list_orders

VERSIONS = Path(__file__).parents[1] / "store" / "schema_versions"


@pytest.fixture
def said(monkeypatch):
    """Every message box the window shows, as (kind, text); questions answered Yes."""
    shown = []

    def record(kind, answer=None):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return box
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "question",
                        record("question", QMessageBox.StandardButton.Yes))
    return shown


def test_the_file_menu_holds_the_care_of_the_data(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == ["&Back up now…", "&Restore from a backup…", "Open the backups folder",
                     "Open the log folder", "&Quit"]


def test_back_up_now_writes_a_backup_off_the_window_thread(window, ctx, qtbot, said):
    window.backup_menu.back_up.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    kind, text = said[0]
    made = backups.list_backups(ctx.location)
    assert kind == "information" and len(made) == 1 and made[0].path in text
    assert not made[0].automatic


def unpack(version: int, folder: Path) -> Path:
    path = folder / f"shop_v{version}.sqlite3"
    path.write_bytes(gzip.decompress((VERSIONS / f"schema_v{version}.sqlite3.gz").read_bytes()))
    return path


def test_a_backup_is_restored_in_the_running_window(window, ctx, qtbot, said, monkeypatch,
                                                   tmp_path):
    backup = unpack(1, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    orders = window.screen(2)
    window.go_to(2)
    qtbot.waitUntil(lambda: not orders.loading and orders.model.rowCount() > 5)
    old_db = ctx.db

    window.backup_menu.restore.trigger()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in said), timeout=20_000)

    question = next(text for kind, text in said if kind == "question")
    assert str(backup) in question and "5 orders" in question and "earlier version" in question
    # the same Database object: screens, models and pickers that hold it read the backup
    assert ctx.db is old_db
    refs = {o.order for o in list_orders(old_db, limit=100, today=ctx.today())}
    assert refs == {f"SO-00000{n}" for n in range(1, 6)}
    qtbot.waitUntil(lambda: not orders.loading and orders.model.rowCount() <= 5)
    aside = list(tmp_path.glob("oms.before-restore-*.sqlite3"))
    assert len(aside) == 1 and str(aside[0]) in said[-1][1]
    with sqlite3.connect(aside[0]) as reader:  # the demo shop, kept
        assert reader.execute("SELECT COUNT(*) FROM customer_order").fetchone()[0] > 5


def test_a_second_restore_after_the_window_searched_meanwhile(window, ctx, qtbot, said,
                                                             monkeypatch, tmp_path):
    # the Sell picker searches on the window's thread: its connection must not hold the
    # database open against the next restore
    from oms_desktop.services.search import search_products

    first, second = unpack(1, tmp_path), unpack(3, tmp_path)
    for backup in (first, second):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, b=backup, **k: (str(b), ""))
        search_products(ctx.db, "mug")  # a query of the window's thread
        said.clear()
        window.backup_menu.restore.trigger()
        qtbot.waitUntil(lambda: any(kind in ("information", "warning") for kind, _ in said),
                        timeout=20_000)
        assert [kind for kind, _ in said if kind != "question"] == ["information"], said
    assert [hit.sku for hit in search_products(ctx.db, "mug")] == ["MUG"]


def test_a_newer_backup_is_refused_and_the_window_keeps_working(window, ctx, qtbot, said,
                                                                monkeypatch, tmp_path):
    from oms_desktop.store import migrations

    backup = unpack(2, tmp_path)
    with sqlite3.connect(backup) as writer:
        writer.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                       (migrations.CURRENT_VERSION + 1, "2030-01-01 00:00:00"))
    writer.close()
    before = len(list_orders(ctx.db, limit=1000, today=ctx.today()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))

    window.backup_menu.restore.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)

    assert said[0][0] == "warning" and "newer version" in said[0][1]
    assert len(list_orders(ctx.db, limit=1000, today=ctx.today())) == before


def test_the_daily_backup_at_start_is_taken_once_and_its_failure_only_logged(
        ctx, qtbot, monkeypatch, caplog):
    from oms_desktop.domain.errors import Refused
    from oms_desktop.ui.backup_menu import start_daily_backup

    first, second = start_daily_backup(ctx), start_daily_backup(ctx)  # at once
    first.join(30)
    second.join(30)
    assert [b.automatic for b in backups.list_backups(ctx.location)] == [True]

    def fail(location):
        raise Refused("disk", "the disk is full")
    monkeypatch.setattr(backups, "daily_backup", fail)
    with caplog.at_level(logging.WARNING):
        start_daily_backup(ctx).join(30)
    assert "daily backup failed: the disk is full" in caplog.text


def test_the_daily_backup_leaves_the_worker_free_for_the_screens(ctx, qtbot, monkeypatch):
    import threading

    from oms_desktop.ui.backup_menu import start_daily_backup, wait_for_daily_backup

    release = threading.Event()
    real = backups.daily_backup

    def slow(location):
        release.wait(10)  # a big database's copy
        return real(location)
    monkeypatch.setattr(backups, "daily_backup", slow)

    thread = start_daily_backup(ctx)
    answered = []
    ctx.runner.run(lambda: "listed", on_success=answered.append)
    qtbot.waitUntil(lambda: answered == ["listed"], timeout=5000)  # not behind the backup
    assert thread.is_alive()
    release.set()
    wait_for_daily_backup(30)
    assert not thread.is_alive()
    assert [b.automatic for b in backups.list_backups(ctx.location)] == [True]


def test_the_log_is_kept_beside_the_database(tmp_path, qapp):
    from oms_desktop.ui.app import start_logging

    root = logging.getLogger()
    try:
        path = start_logging(str(tmp_path / "oms.sqlite3"))
        assert path == str(tmp_path / "logs" / "oms-desktop.log")
        logging.getLogger("oms_desktop.test").warning("written down")
        assert "written down" in Path(path).read_text(encoding="utf-8")
        assert qapp.property("oms_log_path") == path
    finally:
        for handler in [h for h in root.handlers if getattr(h, "oms_log", False)]:
            root.removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_after_a_sale_loses_nothing(window, ctx, qtbot, said, monkeypatch,
                                                        tmp_path):
    """The sale is committed before the window hears of it: whatever fails afterwards, the
    order is in the database, and the user is told where the log is."""
    from oms_desktop.services.search import search_products
    from oms_desktop.ui.app import install_error_dialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_error_dialog(str(tmp_path / "logs" / "oms-desktop.log"))
    ctx.settings.setValue("sell/ask_after_sale", False)
    window.go_to(1)
    sell = window.screen(1)
    sell.shop.setCurrentIndex(sell.shop.findData("PARIS"))
    hit = next(h for h in search_products(ctx.db, "théière") if h.stocked)
    sell.add_product(hit)
    sell.customer_name.setText("Zoé Après-Panne")
    sell.recompute()

    def broken_screen(view):
        raise RuntimeError("a bug in the screen after the sale")
    monkeypatch.setattr(sell, "_placed", broken_screen)
    sell.confirm()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)

    kind, text = said[0]
    assert kind == "critical" and "What you confirmed is saved" in text
    assert str(tmp_path / "logs" / "oms-desktop.log") in text
    with sqlite3.connect(ctx.location) as reader:  # another connection: it is committed
        found = reader.execute(
            "SELECT o.id, COUNT(l.id), SUM(l.qty) FROM customer_order o "
            "JOIN order_line l ON l.order_id = o.id "
            "JOIN allocation a ON a.line_id = l.id AND a.status = 'held' "
            "WHERE o.customer_name = ? GROUP BY o.id", ("Zoé Après-Panne",)).fetchall()
    assert len(found) == 1 and found[0][1] == 1


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("my notes\n" * 100), "is not a database file"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE recipes (name TEXT)").connection.close(),
     "another program"),
])
def test_a_bad_database_file_is_refused_at_start_with_a_clear_message(
        tmp_path, qapp, said, monkeypatch, make, words):
    from oms_desktop.ui import app

    path = tmp_path / "shop.sqlite3"
    make(path)
    before = path.read_bytes()
    monkeypatch.setenv("OMS_SETTINGS", str(tmp_path / "desktop.ini"))
    monkeypatch.setenv("OMS_DB", str(path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    try:
        assert app.main(["--db", str(path), "--lang", "en"]) == 2
    finally:
        for handler in [h for h in root.handlers if getattr(h, "oms_log", False)]:
            root.removeHandler(handler)
            handler.close()
    assert said == [("critical", said[0][1])] and str(path) in said[0][1]
    assert words in said[0][1]
    assert path.read_bytes() == before
