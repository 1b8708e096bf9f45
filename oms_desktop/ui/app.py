"""`oms-desktop`: the retailer's window on the default database (or `--db`)."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__

APP_NAME = "OMS Desktop"
LANGUAGES = ("en", "fr")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="oms-desktop", description="OMS Desktop")
    parser.add_argument("--db", help="database file or postgresql:// URL (default: OMS_DB, or "
                                     "the file in your data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="on an empty database, load the demo shop without asking")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    parser.add_argument("--version", action="version", version=f"oms-desktop {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a throw-away database (an order from "
                             "a confirmed PO and its promise PDF), print what it saw and exit "
                             "(0 when it works); no window, your database is not opened")
    parser.add_argument("--exit-when-shown", action="store_true",
                        help="quit once the main window is shown and its first screen "
                             "loaded (start-up timing)")
    return parser.parse_args(argv)


def run_self_test() -> int:
    """`--self-test`: the services' self-test, then Qt reading our French translation; before
    any QApplication exists or the user's database is opened."""
    from ..services.self_test import run_self_test as run_services_self_test
    from .icons import resource

    try:
        report = run_services_self_test()
        for name in ("oms_fr.qm", "oms_en.qm"):
            if not QTranslator().load(str(resource("translations", name))):
                raise RuntimeError(f"Qt cannot load translations/{name}")
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not QTranslator().load("qtbase_fr", qt_translations):
            raise RuntimeError(f"Qt's own French (qtbase_fr) is not in {qt_translations}")
    except Exception as error:  # noqa: BLE001 - any failure is the answer: report it, exit 1
        print(f"oms-desktop {__version__} self-test FAILED: {type(error).__name__}: {error}",
              file=sys.stderr)
        return 1
    print(report.text() + "\n  Qt translations loaded: oms_fr.qm, qtbase_fr.qm, oms_en.qm")
    return 0


def open_settings() -> QSettings:
    """The user's window preferences; OMS_SETTINGS points elsewhere (tests, several desks)."""
    path = os.environ.get("OMS_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    from platformdirs import user_config_path

    return QSettings(str(user_config_path("oms_desktop", appauthor=False) / "desktop.ini"),
                     QSettings.Format.IniFormat)


def install_translations(app: QApplication, language: str | None) -> str:
    """English is written in the source but for its counts, which oms_en.qm says in the
    singular or the plural ("1 row", "2 rows"); French comes from oms_fr.qm (and Qt's own).
    Both are in resources/translations, the package oms_desktop.resources."""
    from .icons import resource

    language = language or QLocale.system().name().split("_")[0]
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr"
                               else QLocale.Language.English,
                               QLocale.Country.France if language == "fr"
                               else QLocale.Country.UnitedStates))
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"oms_{language}.qm"))):
        app.installTranslator(ours)
    if language == "fr":
        qt = QTranslator(app)
        if qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
    return language


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("oms_desktop")
    app.setApplicationVersion(__version__)
    from .icons import app_icon
    from .style import apply_style

    apply_style(app)
    app.setWindowIcon(app_icon())
    return app


def build_window(location: str | None, settings: QSettings, *, demo: bool = False):
    """Opens the database and returns the main window (after the first-run welcome when the
    database is empty). Raises the services' errors for the caller to show."""
    from ..services.session import is_empty, location_of, open_session
    from .changes import Changes
    from .context import AppContext
    from .main_window import MainWindow
    from .runner import Runner

    db = open_session(location)
    ctx = AppContext(db, Runner(), Changes(), settings, location_of(location))
    if is_empty(db):
        from .welcome import first_run

        if not first_run(ctx, demo=demo):
            return None
    return MainWindow(ctx)


def start_logging(location: str | None = None) -> str:
    """A rotating log beside the database (`logs/oms-desktop.log`; in the user's log folder
    when that cannot be written); its path is shown when something fails. Called again once
    the database is known, it moves there."""
    import logging
    import logging.handlers
    from pathlib import Path

    from platformdirs import user_log_path

    from ..services.backups import log_file

    try:
        path = Path(log_file(location))
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK) or (path.exists()
                                                   and not os.access(path, os.W_OK)):
            raise PermissionError(str(path))
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                       encoding="utf-8", delay=True)
    except Exception:  # noqa: BLE001 - a read-only folder, a bad location: log elsewhere
        path = user_log_path("oms_desktop", appauthor=False) / "oms-desktop.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                       encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.oms_log = True
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "oms_log", False)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    app = QApplication.instance()
    if app is not None:
        app.setProperty("oms_log_path", str(path))
    return str(path)


def install_error_dialog(log_path: str) -> None:
    """An unexpected error shows a plain dialog with the log's path, never a traceback."""
    import logging

    def show(kind, error, trace):
        logging.getLogger("oms_desktop").error("unexpected error", exc_info=(kind, error, trace))
        if QApplication.instance() is None or \
                threading.current_thread() is not threading.main_thread():
            return  # a dialog belongs to the GUI thread (the main one); the log has it
        QMessageBox.critical(None, APP_NAME, QApplication.translate(
            "app", "Something unexpected went wrong. What you confirmed is saved.\n\n"
                   "Details are in the log:\n{0}").format(log_path))
    sys.excepthook = show


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.self_test:
        return run_self_test()
    install_error_dialog(start_logging())
    app = create_application()
    settings = open_settings()
    install_translations(app, args.lang or settings.value("language") or None)
    # --db, then OMS_DB, then the database chosen in Settings, then the default file
    location = args.db or os.environ.get("OMS_DB") or settings.value("database/location") or None
    install_error_dialog(start_logging(location))  # the log beside the database
    from ..domain.errors import OmsError

    try:
        window = build_window(location, settings, demo=args.demo)
    except OmsError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    if window is None:  # the welcome was closed
        return 0
    window.show()
    from .backup_menu import start_daily_backup, wait_for_daily_backup

    start_daily_backup(window.ctx)  # in the background; a failure is only logged
    from ..services.catalog import finish_search_refreshes

    # the search index of an import killed between its two transactions, in the background
    window.ctx.runner.run(finish_search_refreshes, window.ctx.db)
    from ..services.catalog_staging import forget_old_scratch_files

    window.ctx.runner.run(forget_old_scratch_files)  # of imports killed long ago
    if args.exit_when_shown:  # start-up timing: packaging/README.md
        QTimer.singleShot(0, lambda: quit_when_idle(app, window))
    code = app.exec()
    # work under way ends first: a sale being saved is saved, an import is cancelled
    window.ctx.runner.stop(cancel=True)
    wait_for_daily_backup(60)  # killed half-way, it would only leave a temporary file
    return code


def quit_when_idle(app: QApplication, window) -> None:
    """`--exit-when-shown`: quits once the window is shown and its background work (the first
    screen's data, the daily backup) is done, so that none of it outlives the window."""
    if window.ctx.runner.idle():
        app.quit()
    else:
        QTimer.singleShot(5, lambda: quit_when_idle(app, window))


if __name__ == "__main__":
    sys.exit(main())
