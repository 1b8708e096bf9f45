"""`oms-desktop`: the retailer's window on the default database (or `--db`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
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
    return parser.parse_args(argv)


def open_settings() -> QSettings:
    """The user's window preferences; OMS_SETTINGS points elsewhere (tests, several desks)."""
    path = os.environ.get("OMS_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    from platformdirs import user_config_path

    return QSettings(str(user_config_path("oms_desktop", appauthor=False) / "desktop.ini"),
                     QSettings.Format.IniFormat)


def install_translations(app: QApplication, language: str | None) -> str:
    """English is built in; French comes from resources/translations (and Qt's own)."""
    from .icons import resource

    language = language or QLocale.system().name().split("_")[0]
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr"
                               else QLocale.Language.English,
                               QLocale.Country.France if language == "fr"
                               else QLocale.Country.UnitedStates))
    if language == "fr":
        ours = QTranslator(app)
        with_path = resource("translations", "oms_fr.qm")
        if ours.load(str(with_path)):
            app.installTranslator(ours)
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


def start_logging() -> str:
    """A rotating log in the user's log folder; its path is shown when something fails."""
    import logging
    import logging.handlers

    from platformdirs import user_log_path

    folder = user_log_path("oms_desktop", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "oms-desktop.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    return str(path)


def install_error_dialog(log_path: str) -> None:
    """An unexpected error shows a plain dialog with the log's path, never a traceback."""
    import logging

    def show(kind, error, trace):
        logging.getLogger("oms_desktop").error("unexpected error", exc_info=(kind, error, trace))
        QMessageBox.critical(None, APP_NAME, QApplication.translate(
            "app", "Something unexpected went wrong. What you confirmed is saved.\n\n"
                   "Details are in the log:\n{0}").format(log_path))
    sys.excepthook = show


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    install_error_dialog(start_logging())
    app = create_application()
    settings = open_settings()
    install_translations(app, args.lang or settings.value("language") or None)
    # --db, then OMS_DB, then the database chosen in Settings, then the default file
    location = args.db or os.environ.get("OMS_DB") or settings.value("database/location") or None
    from ..domain.errors import OmsError

    try:
        window = build_window(location, settings, demo=args.demo)
    except OmsError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    if window is None:  # the welcome was closed
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
