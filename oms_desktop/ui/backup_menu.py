"""The File menu's care of the data: back up now, restore a backup, open the backups and log
folders; and the automatic backup of each day's first start.

A backup by hand runs on the runner like every other database work, the daily one on a
thread of its own (it reads the file through its own connection). Restoring closes the app's own
connections (the window's and the worker's), puts the backup in place, opens the database
again (upgrading an older schema after a copy) and tells every screen that everything
changed.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..services import backups
from ..services.session import close_session, reopen_replaced
from .context import AppContext
from .texts import error_text, format_date

log = logging.getLogger(__name__)


_daily_lock = threading.Lock()  # one daily backup at a time: the second finds the first's
_daily_threads: list[threading.Thread] = []


def start_daily_backup(ctx: AppContext) -> threading.Thread:
    """The backup of the first start of the day, on a thread of its own: on a big database
    it takes seconds, and the window's worker must serve the screens meanwhile (the backup
    reads the file through its own connection). A failure is logged, never shown: the shop
    must be able to sell."""
    def back_up() -> None:
        with _daily_lock:
            try:
                made = backups.daily_backup(ctx.location)
            except Exception as error:  # noqa: BLE001 - logged; selling goes on
                log.warning("daily backup failed: %s", error)
                return
        if made is not None:
            log.info("daily backup written: %s", made.path)

    thread = threading.Thread(target=back_up, name="daily backup", daemon=True)
    _daily_threads[:] = [t for t in _daily_threads if t.is_alive()] + [thread]
    thread.start()
    return thread


def wait_for_daily_backup(timeout: float | None = None) -> None:
    """Lets a daily backup under way finish (before a restore, or quitting)."""
    for thread in list(_daily_threads):
        thread.join(timeout)


def log_path() -> str:
    """The log file the app writes (set by app.start_logging)."""
    app = QApplication.instance()
    path = app.property("oms_log_path") if app is not None else None
    return str(path or "")


def _restore_and_reopen(db, location: str, file: str):
    """On the worker: its connection closed, the backup put in place and upgraded if it is
    older. The window keeps the same Database object (screens, models and pickers hold it):
    its connections reopen on the restored file at their next query."""
    close_session(db)
    wait_for_daily_backup()  # its reading of the file would be taken for another desk
    outcome: object
    try:
        outcome = backups.restore(location, file)
    except Exception as error:  # noqa: BLE001 - handed back once the database is open again
        outcome = error
    reopen_replaced(db, location)  # an older backup is upgraded now, after a copy
    return outcome, db


class BackupMenu(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.back_up = QAction(self.tr("&Back up now…"), parent)
        self.back_up.triggered.connect(self.back_up_now)
        self.restore = QAction(self.tr("&Restore from a backup…"), parent)
        self.restore.triggered.connect(self.choose_backup)
        self.open_backups = QAction(self.tr("Open the backups folder"), parent)
        self.open_backups.triggered.connect(self.show_backups_folder)
        self.open_logs = QAction(self.tr("Open the log folder"), parent)
        self.open_logs.triggered.connect(self.show_log_folder)
        self._busy: QProgressDialog | None = None

    def actions(self) -> list[QAction]:
        return [self.back_up, self.restore, self.open_backups, self.open_logs]

    # --- back up ------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.back_up.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Backing up the database…"))
        self.ctx.runner.run(backups.backup, self.ctx.location, on_success=self._backed_up,
                            on_error=self._backup_failed)

    def _backed_up(self, made) -> None:
        self.back_up.setEnabled(True)
        self.window.statusBar().showMessage(self.tr("Backup written: {0}").format(made.path),
                                            10_000)
        QMessageBox.information(self.window, self.tr("Back up now"),
                                self.tr("The database is backed up to:\n{0}").format(made.path))

    def _backup_failed(self, error: BaseException) -> None:
        self.back_up.setEnabled(True)
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, self.tr("Back up now"),
                            self.tr("No backup was made: {0}").format(error_text(error)))

    # --- restore ------------------------------------------------------------------------

    def choose_backup(self) -> None:
        try:
            start = backups.backups_folder(self.ctx.location)
        except Exception as error:  # noqa: BLE001 - PostgreSQL: say why, offer nothing
            QMessageBox.warning(self.window, self.tr("Restore from a backup"), error_text(error))
            return
        file, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Choose a backup to restore"), start,
            self.tr("Backups (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if file:
            self.ctx.runner.run(backups.check_backup, file,
                                on_success=lambda check: self.confirm_restore(check),
                                on_error=self._restore_refused)

    def confirm_restore(self, check) -> None:
        last = format_date(check.last_order_on) if check.last_order_on else self.tr("none")
        text = self.tr(
            "Restore the backup {file}?\n\n"
            "Made on {made}, it holds {orders} orders (the last on {last}) and {products} "
            "products.\n\n"
            "The app closes the database, puts this backup in its place and opens it again. "
            "The database in use now is kept beside it (“…before-restore-…”): nothing is "
            "lost.").format(file=check.file, made=format_date(check.made_at.date()),
                            orders=check.orders, last=last, products=check.products)
        if check.needs_upgrade:
            text += "\n\n" + self.tr("The backup was made by an earlier version: it is "
                                     "upgraded as it opens, after a copy.")
        answer = QMessageBox.question(
            self.window, self.tr("Restore from a backup"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_now(check.file)

    def restore_now(self, file: str) -> None:
        """Closes the window's connection; the worker closes its own, restores and reopens."""
        self._busy = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, self.window)
        self._busy.setCancelButton(None)
        self._busy.setMinimumDuration(0)
        self._busy.setModal(True)
        self._busy.show()
        old = self.ctx.db
        close_session(old)
        self.ctx.runner.run(_restore_and_reopen, old, self.ctx.location, file,
                            on_success=self._reopened, on_error=self._reopen_failed)

    def _reopened(self, result) -> None:
        outcome, db = result
        self._close_busy()
        # a query of the window's thread meanwhile (a timer) may have connected to the file
        # that was replaced: closed, its next query opens the restored one
        close_session(db)
        self.ctx.db = db
        self.ctx.changes.announce()  # every screen reads the database again
        if isinstance(outcome, BaseException):
            self._restore_refused(outcome)
            return
        text = self.tr("The backup is restored: %Ln order(s).", "", outcome.orders)
        if outcome.kept_aside:
            text += "\n\n" + self.tr("The database it replaced is kept as:\n{0}").format(
                outcome.kept_aside)
        QMessageBox.information(self.window, self.tr("Restore from a backup"), text)

    def _reopen_failed(self, error: BaseException) -> None:
        self._close_busy()
        QMessageBox.critical(self.window, self.tr("Restore from a backup"), self.tr(
            "The database could not be opened again: {0}\n\nClose the app and start it "
            "again.").format(error_text(error)))

    def _restore_refused(self, error: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Restore from a backup"), self.tr(
            "Nothing was restored: {0}").format(error_text(error)))

    def _close_busy(self) -> None:
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None

    # --- folders ------------------------------------------------------------------------

    def show_backups_folder(self) -> None:
        try:
            folder = Path(backups.backups_folder(self.ctx.location))
            folder.mkdir(parents=True, exist_ok=True)
        except Exception as error:  # noqa: BLE001 - PostgreSQL, or a read-only disk
            QMessageBox.warning(self.window, self.tr("Open the backups folder"),
                                error_text(error))
            return
        self._open(folder)

    def show_log_folder(self) -> None:
        path = log_path() or backups.log_file(self.ctx.location)
        self._open(Path(path).parent)

    def _open(self, folder: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self.window, self.tr("OMS Desktop"),
                                    self.tr("The folder is:\n{0}").format(folder))
