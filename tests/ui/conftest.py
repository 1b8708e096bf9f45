"""GUI tests drive real widgets offscreen, on a copy of the demo shop made once per run."""

from __future__ import annotations

import datetime
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

TODAY = datetime.date(2026, 11, 26)


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The window in English as the app starts it (ui/app.py): US English numbers and dates,
    and oms_en.qm, which says the counts in the singular or the plural."""
    from oms_desktop.ui.app import install_translations

    assert install_translations(qapp, "en") == "en"


@pytest.fixture
def ctx(qapp, tmp_path, demo_template, monkeypatch):
    """An application context on a fresh copy of the demo database."""
    from PySide6.QtCore import QSettings

    from oms_desktop.services.session import close_session, open_session
    from oms_desktop.ui.changes import Changes
    from oms_desktop.ui.context import AppContext
    from oms_desktop.ui.runner import Runner
    from oms_desktop.ui.style import apply_style

    monkeypatch.setenv("OMS_TODAY", TODAY.isoformat())
    path = tmp_path / "oms.sqlite3"
    shutil.copy(demo_template, path)
    apply_style(qapp)
    db = open_session(path)
    settings = QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat)
    context = AppContext(db, Runner(), Changes(), settings, str(path))
    yield context
    context.runner.wait()
    context.runner.run(close_session, db)  # the worker's own connection
    context.runner.stop()
    close_session(db)


@pytest.fixture
def window(ctx, qtbot):
    from oms_desktop.ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main
