"""Importing a supplier's catalog file: first a preview of how it will be read (encoding,
separator, columns, first rows) and every row it refuses (line, column, value, reason;
saveable as CSV), then the retailer's choice: import the valid rows only, or nothing until
the file is fixed. The import itself runs on the screen, in the background."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.catalog_preview import CatalogPreview, preview_catalog, write_error_report
from ...services.suppliers import SupplierInfo
from ..table_model import Column, RowsModel, numeric
from ..texts import error_text, format_money, tr
from .base import Card, page_header
from .purchasing_dialogs import error_label, plain_table, primary

LAST_FOLDER = "purchasing/last_folder"
Run = Callable[..., object]


def field_text(field: str) -> str:
    return {"supplier_ref": tr("supplier reference"), "sku": tr("our SKU"), "ean": tr("EAN"),
            "description": tr("description"), "cost": tr("cost"), "pack": tr("pack size"),
            "moq": tr("minimum quantity"), "lead_days": tr("lead days"),
            "available": tr("available"), "price": tr("retail price"),
            "vat": tr("VAT rate")}.get(field, field)


def encoding_text(encoding: str) -> str:
    return {"utf-8": tr("UTF-8"), "utf-8-sig": tr("UTF-8 (with BOM)"),
            "windows-1252": tr("Windows-1252 (older Excel)")}.get(encoding, encoding)


def delimiter_text(delimiter: str) -> str:
    return {";": tr("semicolon ( ; )"), ",": tr("comma ( , )"),
            "\t": tr("tab")}.get(delimiter, repr(delimiter))


def last_folder(settings) -> str:
    folder = settings.value(LAST_FOLDER) or ""
    return folder if folder and os.path.isdir(folder) else os.path.expanduser("~")


def choose_catalog_file(parent: QWidget, settings) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Choose the supplier's catalog"), last_folder(settings),
        tr("CSV files (*.csv *.txt);;All files (*)"))
    if not path:
        return None
    settings.setValue(LAST_FOLDER, os.path.dirname(path))
    return path


class CatalogImportDialog(QDialog):
    """Accepted with `valid_only` set: import the valid rows only (True) or the whole file
    (False, when nothing is refused). Rejected: import nothing."""

    def __init__(self, ctx, run: Run, supplier: SupplierInfo, path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._run, self.supplier, self.path = ctx, run, supplier, path
        self.preview: CatalogPreview | None = None
        self.valid_only = False
        self.setWindowTitle(self.tr("Import a catalog for {0}").format(supplier.name))
        self.resize(1040, 680)

        self.file_label = QLabel()
        self.file_label.setObjectName("Subtle")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        other = QPushButton(self.tr("Choose another file…"))
        other.setAutoDefault(False)
        other.clicked.connect(self.choose_other)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(other)

        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.columns.setTextFormat(Qt.TextFormat.RichText)
        self.outcome = QLabel()
        self.outcome.setObjectName("CardTitle")
        self.outcome.setWordWrap(True)
        self.problem = error_label()
        how = Card(self.tr("How the file is read"))
        for label in (self.reading, self.columns, self.outcome, self.problem):
            how.body.addWidget(label)

        self.rows_model = RowsModel([
            numeric(tr("Line"), lambda r: r.line),
            Column(tr("Supplier ref"), lambda r: r.supplier_ref),
            Column(tr("SKU"), lambda r: r.sku or ""),
            Column(tr("EAN"), lambda r: r.ean or ""),
            Column(tr("Description"), lambda r: r.description),
            numeric(tr("Cost"), lambda r: r.cost, text=lambda r: format_money(r.cost)),
            numeric(tr("Pack"), lambda r: r.pack_size),
            numeric(tr("Min. qty"), lambda r: r.min_order_qty),
            numeric(tr("Lead days"), lambda r: r.lead_days),
            numeric(tr("Retail price"), lambda r: r.retail_price,
                    text=lambda r: format_money(r.retail_price)),
            numeric(tr("VAT %"), lambda r: r.vat),
            Column(tr("Available"), lambda r: tr("yes") if r.available else tr("no")),
        ], self)
        self.rows_table = plain_table(self.rows_model)
        self.rows_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.errors_model = RowsModel([
            numeric(tr("Line"), lambda e: e.line),
            Column(tr("Column"), lambda e: e.column),
            Column(tr("Value"), lambda e: e.value),
            Column(tr("Reason"), lambda e: e.message, colour=lambda e: "#c0392b"),
        ], self)
        self.errors_table = plain_table(self.errors_model)
        self.errors_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.save_errors = QPushButton(self.tr("Save the error report…"))
        self.save_errors.setAutoDefault(False)
        self.save_errors.setToolTip(self.tr("Every rejected row as a CSV file, to send to the "
                                            "supplier or fix the file (Ctrl+S)"))
        self.save_errors.setShortcut("Ctrl+S")
        self.save_errors.clicked.connect(self.save_error_report)
        errors_page = QWidget()
        errors_layout = QVBoxLayout(errors_page)
        errors_layout.setContentsMargins(0, 8, 0, 0)
        errors_layout.addWidget(self.errors_table, 1)
        errors_layout.addLayout(_right(self.save_errors))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.rows_table, self.tr("First rows"))
        self.tabs.addTab(errors_page, self.tr("Rejected rows"))

        self.nothing = QPushButton(self.tr("Import nothing until fixed"))
        self.nothing.setAutoDefault(False)
        self.nothing.setToolTip(self.tr("Close without importing; fix the file and import it "
                                        "again (Esc)"))
        self.nothing.clicked.connect(self.reject)
        self.go = primary(self.tr("Import"))
        self.go.setDefault(True)
        self.go.setEnabled(False)
        self.go.clicked.connect(self.choose_import)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(page_header(self.tr("Import a catalog for {0}").format(supplier.name),
                                     self.tr("Check how the file is read before anything "
                                             "changes. New references are added, changed "
                                             "ones updated; offers missing from the file are "
                                             "kept.")))
        layout.addLayout(file_row)
        layout.addWidget(how)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(_right(self.nothing, self.go))
        self.load(path)

    def load(self, path: str) -> None:
        self.path = path
        self.preview = None
        self.go.setEnabled(False)
        self.file_label.setText(path)
        self.reading.setText(self.tr("Reading the file…"))
        self.columns.clear()
        self.outcome.clear()
        self.problem.hide()
        self.rows_model.set_rows([])
        self.errors_model.set_rows([])
        self._run(preview_catalog, self.supplier.code, path, on_success=self.show_preview,
                  on_error=self.show_unreadable)

    def show_unreadable(self, error: BaseException) -> None:
        self.reading.setText(self.tr("This file cannot be imported."))
        self.problem.setText(error_text(error))
        self.problem.show()
        self.tabs.setTabText(1, self.tr("Rejected rows"))
        self.nothing.setText(self.tr("Close"))

    def show_preview(self, preview: CatalogPreview) -> None:
        self.preview = preview
        self.reading.setText(self.tr("{rows} rows read · encoding {encoding} · separator "
                                     "{delimiter}").format(
            rows=preview.rows_read, encoding=encoding_text(preview.encoding),
            delimiter=delimiter_text(preview.delimiter)))
        recognised = ", ".join(f"<b>{_esc(header)}</b> → {field_text(field)}"
                               for field, header in preview.columns.items())
        text = self.tr("Columns recognised: {0}").format(recognised)
        if preview.ignored:
            text += "<br>" + self.tr("Ignored: {0}").format(
                ", ".join(_esc(title) for title in preview.ignored))
        self.columns.setText(text)
        self.outcome.setText(self._outcome_text(preview))
        self.rows_model.set_rows(preview.rows)
        self.errors_model.set_rows(preview.errors)
        self.rows_table.resizeColumnsToContents()
        self.rows_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.errors_table.resizeColumnsToContents()
        self.errors_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        bad = preview.rejected_rows
        self.tabs.setTabText(1, self.tr("Rejected rows (%n)", "", bad))
        self.tabs.setTabText(0, self.tr("First rows ({0} of {1})").format(
            len(preview.rows), preview.valid))
        self.save_errors.setEnabled(bool(bad))
        if bad:
            self.go.setText(self.tr("Import the %n valid row(s) only", "", preview.valid))
            self.nothing.setText(self.tr("Import nothing until fixed"))
            self.tabs.setCurrentIndex(1)
        else:
            self.go.setText(self.tr("Import %n row(s)", "", preview.valid))
            self.nothing.setText(self.tr("Cancel"))
        self.go.setEnabled(preview.valid > 0)

    def _outcome_text(self, preview: CatalogPreview) -> str:
        changes = self.tr("{added} new, {updated} changed, {unchanged} unchanged").format(
            added=preview.added, updated=preview.updated, unchanged=preview.unchanged)
        if not preview.rejected_rows:
            return self.tr("Every row is valid: {0}.").format(changes)
        return self.tr("%n row(s) rejected (see below).", "", preview.rejected_rows) + " " + \
            self.tr("The valid rows would give {0}.").format(changes)

    def choose_other(self) -> None:
        path = choose_catalog_file(self, self.ctx.settings)
        if path:
            self.load(path)

    def choose_import(self) -> None:
        if self.preview is None:
            return
        self.valid_only = bool(self.preview.errors)
        self.accept()

    def save_error_report(self) -> None:
        if not self.preview or not self.preview.errors:
            return
        base = os.path.splitext(os.path.basename(self.path))[0]
        suggested = os.path.join(last_folder(self.ctx.settings),
                                 self.tr("{0} - rejected rows.csv").format(base))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the error report"),
                                              suggested, self.tr("CSV files (*.csv)"))
        if path:
            self.write_errors(path)

    def write_errors(self, path: str) -> None:
        try:
            write_error_report(path, self.preview.errors, headers=(
                self.tr("line"), self.tr("column"), self.tr("value"), self.tr("reason")))
        except OSError as error:
            self.problem.setText(self.tr("Could not save {0}: {1}").format(
                path, error.strerror or error))
            self.problem.show()
            return
        self.ctx.settings.setValue(LAST_FOLDER, os.path.dirname(path))
        self.problem.hide()
        self.reading.setText(self.reading.text().split("  ✓")[0] + "  ✓ " + self.tr(
            "error report saved to {0}").format(path))


def _right(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.addStretch(1)
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
