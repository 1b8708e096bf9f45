"""Importing a supplier's catalog file, first step: how it will be read (encoding,
separator, size, which column holds which field), checked on its first rows, with the
columns the retailer may change and save for the supplier's next files. The import of the
whole file then runs on the screen, in the background; what it refuses is shown by
catalog_import_errors."""

from __future__ import annotations

import os
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.catalog_mappings import SavedMapping, delete_mapping, fit_mapping, \
    guess_mapping, last_mapping, list_mappings, save_mapping
from ...services.catalog_preview import CatalogPreview, preview_catalog
from ...services.suppliers import SupplierInfo
from ..table_model import Column, RowsModel, numeric
from ..texts import count_text, error_text, format_money, mapping_field_text, tr
from .base import Card, page_header
from .catalog_columns import ColumnPicker
from .catalog_import_errors import LAST_FOLDER, ImportResultDialog, \
    errors_table, fit_columns, last_folder, save_button, save_errors_as, write_errors
from .purchasing_dialogs import error_label, plain_table, primary

__all__ = ["CatalogImportDialog", "ImportResultDialog", "choose_catalog_file"]

Run = Callable[..., object]


def encoding_text(encoding: str) -> str:
    return {"utf-8": tr("UTF-8"), "utf-8-sig": tr("UTF-8 (with BOM)"),
            "windows-1252": tr("Windows-1252 (older Excel)")}.get(encoding, encoding)


def delimiter_text(delimiter: str) -> str:
    return {";": tr("semicolon ( ; )"), ",": tr("comma ( , )"),
            "\t": tr("tab")}.get(delimiter, repr(delimiter))


def choose_catalog_file(parent: QWidget, settings) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Choose the supplier's catalog"), last_folder(settings),
        tr("Catalogs (*.csv *.txt *.xlsx *.xlsm);;All files (*)"))
    if not path:
        return None
    settings.setValue(LAST_FOLDER, os.path.dirname(path))
    return path


class CatalogImportDialog(QDialog):
    """Accepted with `mapping` (the columns chosen), `mapping_name` (the saved mapping they
    are, if unchanged) and `valid_only` (import the valid rows only, because the sample
    already shows bad ones). Rejected: import nothing."""

    def __init__(self, ctx, run: Run, supplier: SupplierInfo, path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._run, self.supplier, self.path = ctx, run, supplier, path
        self.preview: CatalogPreview | None = None
        self.valid_only = False
        self.mapping: dict[str, str] = {}
        self.mapping_name: str | None = None
        self.saved_mappings: list[SavedMapping] = []
        self.last: SavedMapping | None = None
        self.name_prompt: QInputDialog | None = None
        self._asked = 0  # the preview wanted: older answers are dropped
        self.setWindowTitle(self.tr("Import a catalog for {0}").format(supplier.name))
        self.resize(1120, 760)

        self.file_label = QLabel()
        self.file_label.setObjectName("Subtle")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        other = QPushButton(self.tr("Choose another file…"))
        other.setAutoDefault(False)
        other.clicked.connect(self.choose_other)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(other)

        how = Card(self.tr("How the file is read"))
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.sample_note = QLabel()
        self.sample_note.setObjectName("Subtle")
        self.sample_note.setWordWrap(True)
        how.body.addWidget(self.reading)
        how.body.addWidget(self.sample_note)
        how.body.addLayout(self._mapping_bar())
        self.picker = ColumnPicker()
        self.picker.edited.connect(self.columns_edited)
        how.body.addWidget(self.picker)
        legend = QLabel(self.tr("* required   † our SKU or the EAN: at least one of the two"))
        legend.setObjectName("Subtle")
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.columns.setTextFormat(Qt.TextFormat.RichText)
        how.body.addWidget(legend)
        how.body.addWidget(self.columns)
        self.problem = error_label()
        how.body.addWidget(self.problem)

        self.outcome = QLabel()
        self.outcome.setObjectName("CardTitle")
        self.outcome.setWordWrap(True)

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
        self.errors_model, self.errors_table = errors_table(self)
        self.save_errors = save_button()
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
                                             "ones updated; offers missing from the file "
                                             "become unavailable.")))
        layout.addLayout(file_row)
        layout.addWidget(how)
        layout.addWidget(self.outcome)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(_right(self.nothing, self.go))
        self._load_mappings()
        self.load(path)

    def _mapping_bar(self) -> QHBoxLayout:
        title = QLabel(self.tr("Which column holds what"))
        title.setObjectName("CardTitle")
        self.origin = QLabel()
        self.origin.setObjectName("Subtle")
        self.saved = QComboBox()
        self.saved.setPlaceholderText(self.tr("Apply a saved mapping…"))
        self.saved.setMinimumContentsLength(22)
        self.saved.setToolTip(self.tr("Columns saved for this supplier, or guessed again "
                                      "from the headers"))
        self.saved.activated.connect(self.apply_saved)
        self.save_as = QPushButton(self.tr("Save mapping as…"))
        self.save_as.setAutoDefault(False)
        self.save_as.setToolTip(self.tr("Keep these columns under a name, for this "
                                        "supplier's next files"))
        self.save_as.setEnabled(False)
        self.save_as.clicked.connect(self.ask_mapping_name)
        self.forget = QPushButton(self.tr("Delete…"))
        self.forget.setAutoDefault(False)
        self.forget.setToolTip(self.tr("Delete the saved mapping chosen on the left"))
        self.forget.setEnabled(False)
        self.forget.clicked.connect(self.ask_delete_mapping)
        self.saved.currentIndexChanged.connect(self._saved_chosen)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(8)
        bar.addWidget(self.origin, 1)
        bar.addWidget(self.saved)
        bar.addWidget(self.save_as)
        bar.addWidget(self.forget)
        return bar

    # --- the file and its sample --------------------------------------------------------

    def load(self, path: str) -> None:
        """Reads a (new) file's sample with the columns of the supplier's last import, or
        guessed from its headers."""
        self.path = path
        self.file_label.setText(path)
        self.mapping_name = None
        self._ask(None)

    def _ask(self, mapping: dict[str, str] | None) -> None:
        self._asked += 1
        asked = self._asked
        self.go.setEnabled(False)
        self.save_as.setEnabled(False)
        self.problem.hide()
        if self.preview is None or mapping is None:
            self.reading.setText(self.tr("Reading the file…"))
        self._run(preview_catalog, self.supplier.code, self.path, mapping,
                  on_success=lambda preview: self._answered(asked, preview, mapping is None),
                  on_error=lambda error: self._answered(asked, error, mapping is None))

    def _answered(self, asked: int, answer, fresh: bool) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return  # the retailer changed the columns since: a newer preview is coming
        if isinstance(answer, BaseException):
            self.show_unreadable(answer)
        else:
            self.show_preview(answer, fresh)

    def show_unreadable(self, error: BaseException) -> None:
        self.preview = None
        self.reading.setText(self.tr("This file cannot be imported."))
        self.sample_note.clear()
        self.picker.set_header([], {})
        self.picker.setEnabled(False)
        self.columns.clear()
        self.outcome.clear()
        self.rows_model.set_rows([])
        self.errors_model.set_rows([])
        self.problem.setText(error_text(error))
        self.problem.show()
        self.tabs.setTabText(0, self.tr("First rows"))
        self.tabs.setTabText(1, self.tr("Rejected rows"))
        self.nothing.setText(self.tr("Close"))
        self.go.setEnabled(False)

    def show_preview(self, preview: CatalogPreview, fresh: bool = True) -> None:
        self.preview = preview
        self.mapping = dict(preview.fit.columns)
        self.picker.setEnabled(True)
        if fresh:  # the columns came from the service: show them; else they are the user's
            self.picker.set_header(preview.header, preview.fit.columns)
            self._show_origin(preview)
        self.reading.setText(self._reading_text(preview))
        self.sample_note.setText(self._sample_text(preview))
        self.columns.setText(self._ignored_text(preview))
        self.rows_model.set_rows(preview.rows)
        self.errors_model.set_rows(preview.errors)
        fit_columns(self.rows_table, 4)
        fit_columns(self.errors_table, 3)
        bad = preview.rejected_rows
        self.tabs.setTabText(0, self.tr("First rows ({0})").format(len(preview.rows)))
        self.tabs.setTabText(1, self.tr("Rejected rows (%Ln)", "", bad))
        self.save_errors.setEnabled(bool(bad))
        self.tabs.setCurrentIndex(1 if bad else 0)
        self.save_as.setEnabled(preview.can_import)
        self._show_problem(preview)
        self.outcome.setText(self._outcome_text(preview) if preview.can_import else "")
        self._set_buttons(preview)

    def _reading_text(self, preview: CatalogPreview) -> str:
        size = QLocale().formattedDataSize(preview.file_size, 1,
                                           QLocale.DataSizeFormat.DataSizeSIFormat)
        if preview.encoding == "xlsx":
            parts = [self.tr("Excel workbook"), size]
        else:
            parts = [self.tr("encoding {0}").format(encoding_text(preview.encoding)),
                     self.tr("separator {0}").format(delimiter_text(preview.delimiter)), size]
        if preview.complete:
            parts.append(self.tr("%Ln row(s)", "", preview.rows_read))
        elif preview.estimated_rows:
            parts.append(self.tr("about {0} rows").format(count_text(preview.estimated_rows)))
        return "  ·  ".join(parts)

    def _sample_text(self, preview: CatalogPreview) -> str:
        if not preview.can_import:
            return self.tr("The first rows show once every required field has its own "
                           "column.")
        if preview.complete:
            return self.tr("Every row of the file is checked here.")
        return self.tr("The first {0} rows are checked here; the whole file is checked when "
                       "you import, and you then choose what to do with any bad row.").format(
            count_text(preview.rows_read))

    def _show_origin(self, preview: CatalogPreview) -> None:
        if preview.mapping_from == "last":
            self.mapping_name = preview.mapping_name
            self.origin.setText(self.tr("as in this supplier's last import") + (
                self.tr(" (mapping “{0}”)").format(preview.mapping_name)
                if preview.mapping_name else ""))
        elif preview.mapping_from == "guess" and preview.fit.columns:
            self.origin.setText(self.tr("guessed from the headers: check them"))
        else:
            self.origin.setText(self.tr("no header recognised: choose the columns"))
        self._select_saved(preview.mapping_from, self.mapping_name)

    def _ignored_text(self, preview: CatalogPreview) -> str:
        if not preview.ignored:
            return self.tr("Every column of the file is read.")
        return self.tr("Not imported: {0}").format(
            ", ".join(f"<b>{_esc(title)}</b>" for title in preview.ignored))

    def _show_problem(self, preview: CatalogPreview) -> None:
        fit = preview.fit
        lines = []
        if fit.missing:
            lines.append(self.tr("Choose the column holding: {0}.").format(
                ", ".join(mapping_field_text(field) for field in fit.missing)))
        if fit.needs_sku_or_ean:
            lines.append(self.tr("Choose the column holding our SKU or the EAN (at least "
                                 "one)."))
        for title, fields in fit.shared.items():
            lines.append(self.tr("“{title}” is chosen for both {fields}: keep one.").format(
                title=title,
                fields=self.tr(" and ").join(mapping_field_text(f) for f in fields)))
        for field, title in fit.absent.items():
            lines.append(self.tr("This file has no column “{title}” ({field}).").format(
                title=title, field=mapping_field_text(field)))
        if preview.can_import and preview.complete and not preview.valid:
            lines.append(self.tr("No row of this file can be imported."))
        self.problem.setText("\n".join(lines))
        self.problem.setVisible(bool(lines))

    def _outcome_text(self, preview: CatalogPreview) -> str:
        changes = self.tr("{added}, {updated}, {unchanged}").format(
            added=self.tr("%Ln new", "", preview.added),
            updated=self.tr("%Ln changed", "", preview.updated),
            unchanged=self.tr("%Ln unchanged", "", preview.unchanged))
        bad = preview.rejected_rows
        if bad and not preview.valid:
            return self.tr("%Ln row(s) rejected (see below).", "", bad)
        if preview.complete:
            if not bad:
                return self.tr("Every row is valid: {0}.").format(changes)
            return self.tr("%Ln row(s) rejected (see below).", "", bad) + " " + \
                self.tr("The valid rows would give {0}.").format(changes)
        if not bad:
            return self.tr("The first {0} rows are valid: {1}.").format(
                count_text(preview.rows_read), changes)
        return self.tr("%Ln of the first rows rejected (see below).", "", bad) + " " + \
            self.tr("The valid ones would give {0}.").format(changes)

    def _set_buttons(self, preview: CatalogPreview) -> None:
        bad = bool(preview.errors)
        if not preview.can_import or (preview.complete and not preview.valid):
            text = self.tr("Import")
        elif preview.complete:
            text = self.tr("Import the %Ln valid row(s) only", "", preview.valid) if bad \
                else self.tr("Import %Ln row(s)", "", preview.valid)
        elif bad:
            text = self.tr("Import the valid rows only")
        elif preview.estimated_rows:
            text = self.tr("Import about {0} rows").format(count_text(preview.estimated_rows))
        else:
            text = self.tr("Import")
        self.go.setText(text)
        self.nothing.setText(self.tr("Import nothing until fixed") if bad else self.tr("Cancel"))
        self.go.setEnabled(preview.can_import and (preview.valid > 0 or not preview.complete))

    # --- the columns ----------------------------------------------------------------------

    def columns_edited(self) -> None:
        """The retailer chose another column for a field: read the sample again."""
        self.mapping_name = None
        self.saved.setCurrentIndex(-1)
        self.origin.setText(self.tr("chosen by hand"))
        self._ask(self.picker.mapping())

    def _load_mappings(self) -> None:
        self._run(list_mappings, self.supplier.code, on_success=self._mappings_loaded)
        self._run(last_mapping, self.supplier.code, on_success=self._last_loaded)

    def _mappings_loaded(self, mappings: list[SavedMapping]) -> None:
        if not shiboken6.isValid(self):
            return  # closed while they were read
        self.saved_mappings = mappings
        self._fill_saved()

    def _last_loaded(self, last: SavedMapping | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.last = last
        self._fill_saved()

    def _fill_saved(self) -> None:
        chosen = self.saved.currentData()
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("Guess from the headers"), "guess")
        if self.last is not None:
            self.saved.addItem(self.tr("As in the last import"), "last")
        for mapping in self.saved_mappings:
            self.saved.addItem(self.tr("Saved: {0}").format(mapping.name),
                               "saved:" + mapping.name)
        self.saved.setCurrentIndex(self.saved.findData(chosen) if chosen else -1)
        self.saved.blockSignals(False)
        self._saved_chosen()

    def _select_saved(self, kind: str, name: str | None = None) -> None:
        self.saved.setCurrentIndex(self.saved.findData(f"saved:{name}" if kind == "saved"
                                                       else kind))

    def apply_saved(self, index: int | None = None) -> None:
        """Lays the chosen mapping (saved, the last import's, or the guess) over the file."""
        kind, _, name = (self.saved.currentData() or "").partition(":")
        if self.preview is None or not kind:
            return
        header = self.preview.header
        if kind == "guess":
            columns, origin = guess_mapping(header), self.tr("guessed from the headers: "
                                                               "check them")
        elif kind == "last" and self.last is not None:
            columns, origin = self.last.columns, self.tr("as in this supplier's last import")
            name = self.last.name
        else:
            found = [m for m in self.saved_mappings if m.name == name]
            if not found:
                return
            columns, origin = found[0].columns, self.tr("saved mapping “{0}”").format(name)
        self.picker.set_header(header, fit_mapping(columns, header).columns)
        self.origin.setText(origin)
        self.mapping_name = name if kind != "guess" else None
        self._ask(dict(columns))

    def ask_mapping_name(self) -> None:
        prompt = QInputDialog(self)
        prompt.setWindowTitle(self.tr("Save the mapping"))
        prompt.setLabelText(self.tr("A name for these columns of {0}'s files:").format(
            self.supplier.name))
        prompt.setTextValue(self.mapping_name or self.supplier.name)
        prompt.setOkButtonText(self.tr("Save"))
        prompt.textValueSelected.connect(self.save_mapping_as)
        self.name_prompt = prompt
        prompt.open()

    def save_mapping_as(self, name: str) -> None:
        mapping = self.picker.mapping()
        self._run(save_mapping, self.supplier.code, name, mapping,
                  on_success=lambda _: self._mapping_saved(" ".join(name.split())),
                  on_error=self._not_saved)

    def _mapping_saved(self, name: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.mapping_name = name
        self.origin.setText(self.tr("saved as “{0}”").format(name))
        self.saved_mappings = [m for m in self.saved_mappings if m.name != name] + \
            [SavedMapping(name, self.picker.mapping())]
        self.saved_mappings.sort(key=lambda m: m.name.casefold())
        self._fill_saved()
        self._select_saved("saved", name)

    def _saved_chosen(self) -> None:
        self.forget.setEnabled(self._chosen_saved_name() is not None)

    def _chosen_saved_name(self) -> str | None:
        kind, _, name = (self.saved.currentData() or "").partition(":")
        return name if kind == "saved" else None

    def ask_delete_mapping(self) -> None:
        name = self._chosen_saved_name()
        if name is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the mapping"),
                          self.tr("Delete the mapping “{0}” saved for {1}'s files? Offers "
                                  "already imported stay as they are.").format(
                              name, self.supplier.name),
                          QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        delete.clicked.connect(lambda: self.delete_mapping(name))
        self.delete_prompt = box
        box.open()

    def delete_mapping(self, name: str) -> None:
        self._run(delete_mapping, self.supplier.code, name,
                  on_success=lambda _: self._mapping_deleted(name), on_error=self._not_saved)

    def _mapping_deleted(self, name: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.saved_mappings = [m for m in self.saved_mappings if m.name != name]
        if self.last is not None and self.last.name == name:
            self.last = SavedMapping(None, self.last.columns)
        if self.mapping_name == name:
            self.mapping_name = None
            self.origin.setText(self.tr("mapping “{0}” deleted").format(name))
        self._fill_saved()

    def _not_saved(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.problem.setText(error_text(error))
        self.problem.show()

    # --- the retailer's choice ------------------------------------------------------------

    def choose_other(self) -> None:
        path = choose_catalog_file(self, self.ctx.settings)
        if path:
            self.load(path)

    def choose_import(self) -> None:
        if self.preview is None or not self.preview.can_import:
            return
        self.mapping = self.picker.mapping()
        self.valid_only = bool(self.preview.errors)
        self.accept()

    def save_error_report(self) -> None:
        if not self.preview or not self.preview.errors:
            return
        try:
            path = save_errors_as(self, self.ctx.settings, self.path, self.preview.errors)
        except OSError as error:
            self._not_written(error)
            return
        if path:
            self._written(path)

    def write_errors(self, path: str) -> None:
        try:
            write_errors(path, self.preview.errors)
        except OSError as error:
            self._not_written(error)
            return
        self.ctx.settings.setValue(LAST_FOLDER, os.path.dirname(path))
        self._written(path)

    def _not_written(self, error: OSError) -> None:
        self.problem.setText(self.tr("Could not save {0}: {1}").format(
            error.filename or "", error.strerror or error))
        self.problem.show()

    def _written(self, path: str) -> None:
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
