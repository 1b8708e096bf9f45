"""The rejected rows of a catalog import: listed with their line, column, value and
reason, saved as a CSV file, and, when the import refused the whole file, the retailer's
choice between importing the valid rows only and importing nothing."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.catalog import CatalogImportReport
from ...services.catalog_preview import RowError, write_error_report
from ...services.suppliers import SupplierInfo
from ..table_model import Column, RowsModel, numeric
from ..texts import message_text, tr
from .purchasing_dialogs import error_label, plain_table, primary

LAST_FOLDER = "purchasing/last_folder"


def last_folder(settings) -> str:
    folder = settings.value(LAST_FOLDER) or ""
    return folder if folder and os.path.isdir(folder) else os.path.expanduser("~")


def errors_table(parent: QWidget):
    """The rejected fields: line, column, value, reason (in red)."""
    model = RowsModel([
        numeric(tr("Line"), lambda e: e.line),
        Column(tr("Column"), lambda e: tr("whole row") if e.column == "row" else e.column),
        Column(tr("Value"), lambda e: e.value),
        Column(tr("Reason"), message_text, colour=lambda e: "#c0392b"),
    ], parent)
    table = plain_table(model)
    table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    return model, table


def fit_columns(table, stretch: int) -> None:
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def save_errors_as(parent: QWidget, settings, file_path: str, errors: list[RowError]
                   ) -> str | None:
    """Asks where to save the rejected rows and writes them; the path, or None."""
    base = os.path.splitext(os.path.basename(file_path))[0]
    suggested = os.path.join(last_folder(settings), tr("{0} - rejected rows.csv").format(base))
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save the error report"), suggested,
                                          tr("CSV files (*.csv)"))
    if not path:
        return None
    write_errors(path, errors)
    settings.setValue(LAST_FOLDER, os.path.dirname(path))
    return path


def write_errors(path: str, errors: list[RowError]) -> None:
    """The error report in the user's language; OSError when it cannot be written."""
    write_error_report(path, errors, headers=(tr("line"), tr("column"), tr("value"),
                                              tr("reason")), reason=message_text)


def save_button() -> QPushButton:
    save = QPushButton(tr("Save the error report…"))
    save.setAutoDefault(False)
    save.setToolTip(tr("Every rejected row as a CSV file, to send to the supplier or fix "
                       "the file (Ctrl+S)"))
    save.setShortcut("Ctrl+S")
    return save


class ImportResultDialog(QDialog):
    """What an import of the whole file found. Refused because of bad rows: every rejected
    row listed (saveable as CSV) and the choice, accepted = import the valid rows only,
    rejected = import nothing. Imported with some rows rejected: the summary and the list."""

    def __init__(self, ctx, supplier: SupplierInfo, path: str, report: CatalogImportReport,
                 summary: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.report = ctx, path, report
        bad = len({error.line for error in report.rejected})
        refused = not report.imported
        self.setWindowTitle(self.tr("Importing a catalog"))
        self.resize(900, 560)
        if refused:
            title = self.tr("Nothing was imported: %Ln row(s) have errors.", "", bad)
            if report.more_rejected:
                title = self.tr("Nothing was imported: rows have errors.")
            subtitle = self.tr("{file} was read to the end (%Ln row(s)). Import the valid "
                               "rows only, or nothing and fix the file first: the catalog of "
                               "{supplier} stays as it is until you choose.", "",
                               report.rows_read).format(
                file=os.path.basename(path),
                supplier=supplier.name)
        else:
            title, subtitle = summary, self.tr("The rows below were left out.")
        self.message = QLabel(title)
        self.message.setObjectName("PageTitle")
        self.message.setWordWrap(True)
        self.explain = QLabel(subtitle)
        self.explain.setObjectName("Subtle")
        self.explain.setWordWrap(True)
        self.errors_model, self.errors_table = errors_table(self)
        self.errors_model.set_rows(report.rejected)
        fit_columns(self.errors_table, 3)
        self.more = QLabel(self.tr("…and %Ln more error(s), not listed here nor in the report.",
                                   "", report.more_rejected))
        self.more.setObjectName("Subtle")
        self.more.setVisible(report.more_rejected > 0)
        self.problem = error_label()
        self.save_errors = save_button()
        self.save_errors.clicked.connect(self.save_error_report)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.message)
        layout.addWidget(self.explain)
        layout.addWidget(self.errors_table, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.problem)
        if refused:
            self.valid_rows = None if report.more_rejected else report.rows_read - bad
            self.nothing = QPushButton(self.tr("Import nothing"))
            self.nothing.setAutoDefault(False)
            self.nothing.clicked.connect(self.reject)
            self.go = primary(self.tr("Import the %Ln valid row(s) only", "", self.valid_rows)
                              if self.valid_rows is not None
                              else self.tr("Import the valid rows only"))
            self.go.setEnabled(self.valid_rows != 0)
            self.go.clicked.connect(self.accept)
            buttons = (self.nothing, self.go)
        else:
            self.go = primary(self.tr("Close"))
            self.go.clicked.connect(self.accept)
            buttons = (self.go,)
        self.go.setDefault(True)
        bar = QHBoxLayout()
        bar.addWidget(self.save_errors)
        bar.addStretch(1)
        for widget in buttons:
            bar.addWidget(widget)
        layout.addLayout(bar)

    def text(self) -> str:
        return self.message.text()

    def save_error_report(self) -> None:
        try:
            path = save_errors_as(self, self.ctx.settings, self.path, self.report.rejected)
        except OSError as error:
            self._not_written(error)
            return
        if path:
            self.problem.hide()

    def write_errors(self, path: str) -> None:
        try:
            write_errors(path, self.report.rejected)
        except OSError as error:
            self._not_written(error)

    def _not_written(self, error: OSError) -> None:
        self.problem.setText(self.tr("Could not save {0}: {1}").format(
            error.filename or "", error.strerror or error))
        self.problem.show()
