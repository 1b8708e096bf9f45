"""Settings: sites and transfer days, sourcing preferences, the company printed on documents,
the database and the language.

The small form widgets at the top (weekdays, a form that shows a service's error next to its
field, the site and company forms) are shared with the first-run wizard (ui/welcome.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import WEEKDAY_NAMES, parse_weekdays
from ...domain.errors import InvalidInput, OmsError
from ...services import sites as site_service
from ...services import sourcing_rules
from ...services.company import Company, company_details, set_company_details
from ...services.configuration import setting as configuration_setting
from ...services.database_choice import check_location
from ...services.session import location_of
from ..changes import SETTINGS
from ..style import ACCENT, MUTED
from ..table_model import ROW_ROLE, SORT_ROLE, Column, RowsModel, numeric
from ..texts import channel_text, day_name, error_text, message_text, mode_text, \
    preference_text, tr, weekdays_text
from .base import Card, Screen, page_header

LOCATION_KEY = "database/location"
LANGUAGE_KEY = "language"
_STATE = "settings/"


def configured_location(settings: QSettings, args_db: str | None) -> str | None:
    """The database to open: `--db`, else OMS_DB (None lets the store read it), else the
    one chosen in Settings, else None (the default file in the user's data folder)."""
    if args_db:
        return args_db
    if os.environ.get("OMS_DB"):
        return None
    return str(settings.value(LOCATION_KEY) or "") or None


# -- words of this screen (candidates for texts.py) ----------------------------------------
def split_text(split: str) -> str:
    return {"never": tr("One source per line, never split"),
            "if_earlier": tr("Split when it brings the date forward"),
            "always": tr("Split freely, in order of preference")}.get(split, split)


def kind_text(kind: str) -> str:
    return {"shop": tr("shop"), "warehouse": tr("warehouse")}.get(kind, kind)


def sentence(message: str) -> str:
    """A service's message ('must not be empty') shown on its own, as a sentence."""
    return message[:1].upper() + message[1:]


def _say(label: QLabel, text: str) -> None:
    """A message line that takes no room while it has nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))


def _mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# -- form widgets ----------------------------------------------------------------------------
class WeekdaysPicker(QWidget):
    """Seven toggle buttons, Monday first; `value()` is the services' 'mon,tue,...'."""

    changed = Signal()

    def __init__(self, days: str = "mon-sat", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: list[QToolButton] = []
        for number in range(7):
            button = QToolButton()
            button.setText(day_name(number))
            button.setCheckable(True)
            button.setMinimumWidth(44)
            button.setToolTip(QLocale().dayName(number + 1))
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.setStyleSheet(
            f"QToolButton {{ background: #ffffff; border: 1px solid #cfd4dd; "
            f"border-radius: 6px; padding: 4px 6px; color: #44506a; }}"
            f"QToolButton:checked {{ background: #e8effc; border-color: {ACCENT}; "
            f"color: {ACCENT}; font-weight: 600; }}")
        self.set_value(days)

    def value(self) -> str:
        return ",".join(WEEKDAY_NAMES[n] for n, b in enumerate(self.buttons) if b.isChecked())

    def set_value(self, days: str) -> None:
        try:
            numbers = parse_weekdays(days)
        except InvalidInput:
            numbers = frozenset()
        self.blockSignals(True)
        for number, button in enumerate(self.buttons):
            button.setChecked(number in numbers)
        self.blockSignals(False)


class FieldForm(QWidget):
    """Labelled fields, each with a red line under it for the service's refusal of it.
    Keys are the services' field names ("name", "opening days", "vat number"...)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(8)
        self.form.setHorizontalSpacing(14)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general = QLabel()
        self.general.setObjectName("Error")
        self.general.setWordWrap(True)
        self.general.hide()

    def add(self, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint)
            note.setObjectName("Subtle")
            note.setWordWrap(True)
            column.addWidget(note)
        error = QLabel()
        error.setObjectName("Error")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setContentsMargins(0, 6, 0, 0)
        self.form.addRow(caption, box)
        self.fields[key], self.errors[key] = widget, error
        for signal in ("textEdited", "valueChanged", "currentIndexChanged", "changed",
                       "textChanged", "toggled"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_: self.edited.emit())
                break
        return widget

    def finish(self) -> None:
        """Adds the line for refusals that belong to no field; call after the last field."""
        self.form.addRow(self.general)

    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.hide()
            _mark_invalid(self.fields[key], False)
        self.general.hide()

    def show_error(self, error: BaseException) -> None:
        """Next to its field when the service named one we show, else under the form."""
        self.clear_errors()
        field = getattr(error, "field", None)
        if isinstance(error, InvalidInput) and field in self.errors:
            self.errors[field].setText(sentence(message_text(error)))
            self.errors[field].show()
            _mark_invalid(self.fields[field], True)
            self.fields[field].setFocus()
        else:
            self.general.setText(error_text(error))
            self.general.show()

    def error_shown(self) -> str:
        shown = [label.text() for label in [*self.errors.values(), self.general]
                 if not label.isHidden()]
        return shown[0] if shown else ""


def _line(placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def _address_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(70)
    return box


class SiteForm(FieldForm):
    """A shop or a warehouse: code and kind only when it is new (they cannot change)."""

    def __init__(self, new: bool, parent: QWidget | None = None, kind: str | None = None,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.new = new
        self.code = self.kind = None
        if new:
            self.code = self.add("code", self.tr("Code"), _line(
                self.tr("e.g. DEPOT") if kind == "warehouse" else self.tr("e.g. PARIS"), 20),
                                 self.tr("A short name used on documents; cannot be changed "
                                         "later."))
            if kind is None:
                self.kind = QComboBox()
                self.kind.addItem(self.tr("Shop"), "shop")
                self.kind.addItem(self.tr("Warehouse"), "warehouse")
                self.add("kind", self.tr("Kind"), self.kind)
                self.kind.currentIndexChanged.connect(self._kind_changed)
        self._fixed_kind = kind
        self.name = self.add("name", self.tr("Name"), _line(
            self.tr("e.g. Orléans warehouse") if kind == "warehouse"
            else self.tr("e.g. Paris Marais")))
        self.address = self.add("address", self.tr("Address"), _address_box())
        self.opening = self.add("opening days", self.tr("Opening days"), WeekdaysPicker(
            "mon-fri" if kind == "warehouse" else "mon-sat"))
        self.handling = QSpinBox()
        self.handling.setRange(0, 60)
        self.handling.setValue(1 if kind == "warehouse" else 0)
        self.handling.setMaximumWidth(90)
        if not compact:
            self.add("handling days", self.tr("Handling days"), self.handling,
                     self.tr("Business days to prepare goods before they leave."))
            self.country = self.add("country", self.tr("Country"), _line("FR", 2))
            self.country.setMaximumWidth(60)
            self.country.setText("FR")
            self.country.setToolTip(self.tr("Two letters (FR, BE...): gives the public "
                                            "holidays"))
        else:
            self.country = None
        self.phone = self.add("phone", self.tr("Phone"), _line())
        self.email = self.add("email", self.tr("E-mail"), _line())
        self.finish()

    def kind_value(self) -> str:
        if self._fixed_kind:
            return self._fixed_kind
        return self.kind.currentData() if self.kind is not None else ""

    def _kind_changed(self) -> None:
        warehouse = self.kind_value() == "warehouse"
        self.opening.set_value("mon-fri" if warehouse else "mon-sat")
        self.handling.setValue(1 if warehouse else 0)

    def values(self) -> dict:
        """Keyword arguments for services.sites.update_site (add_site takes code and kind
        too: see `new_site_args`)."""
        values = {"name": self.name.text().strip(),
                  "address": self.address.toPlainText().strip(),
                  "opening_days": self.opening.value(),
                  "handling_days": self.handling.value(),
                  "phone": self.phone.text().strip(), "email": self.email.text().strip()}
        if self.country is not None:
            values["country"] = self.country.text().strip().upper() or "FR"
        return values

    def new_site_args(self) -> tuple[tuple, dict]:
        return (self.code.text().strip(), self.name.text().strip(), self.kind_value()), {
            k: v for k, v in self.values().items() if k != "name"}

    def load(self, site) -> None:
        self.blockSignals(True)
        self.name.setText(site.name)
        self.address.setPlainText(site.address)
        self.opening.set_value(site.opening_days)
        self.handling.setValue(site.handling_days)
        if self.country is not None:
            self.country.setText(site.country)
        self.phone.setText(site.phone)
        self.email.setText(site.email)
        self.blockSignals(False)
        self.clear_errors()


class CompanyForm(FieldForm):
    def __init__(self, parent: QWidget | None = None, with_logo: bool = False) -> None:
        super().__init__(parent)
        self.name = self.add("name", self.tr("Company name"),
                             _line(self.tr("e.g. Maison & Cuisine SAS"), 120))
        self.address = self.add("address", self.tr("Address"), _address_box())
        self.vat = self.add("vat number", self.tr("VAT number"), _line("FR76814672531", 20))
        self.phone = self.add("phone", self.tr("Phone"), _line())
        self.email = self.add("email", self.tr("E-mail"), _line("contact@example.fr"))
        self.logo = LogoPicker() if with_logo else None
        if self.logo is not None:
            self.add("logo", self.tr("Logo"), self.logo,
                     self.tr("Printed at the top of purchase orders and promises (PNG or "
                             "JPEG)."))
        self.finish()

    def values(self) -> dict:
        values = {"name": self.name.text().strip(),
                  "address": self.address.toPlainText().strip(),
                  "vat_number": self.vat.text().strip(), "phone": self.phone.text().strip(),
                  "email": self.email.text().strip()}
        if self.logo is not None:
            values["logo"] = self.logo.path
        return values

    def load(self, company: Company) -> None:
        self.blockSignals(True)
        self.name.setText(company.name)
        self.address.setPlainText(company.address)
        self.vat.setText(company.vat_number)
        self.phone.setText(company.phone)
        self.email.setText(company.email)
        if self.logo is not None:
            self.logo.set_path(company.logo)
        self.blockSignals(False)
        self.clear_errors()


class LogoPicker(QWidget):
    """A preview of the logo with Choose... and Remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        self.last_folder = ""
        self.preview = QLabel()
        self.preview.setFixedSize(QSize(220, 90))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #ffffff; border: 1px dashed #cfd4dd; "
                                   "border-radius: 8px; color: #6b7385;")
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._browse)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.set_path("", emit=True))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_path("")

    def _browse(self) -> None:
        start = self.last_folder or (str(Path(self.path).parent) if self.path else "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), start,
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif)"))
        if path:
            self.last_folder = str(Path(path).parent)
            self.set_path(path, emit=True)

    def set_path(self, path: str, emit: bool = False) -> None:
        self.path = path or ""
        image = QPixmap(self.path) if self.path else QPixmap()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Cannot show {0}").format(Path(self.path).name)
                                 if self.path else self.tr("No logo"))
        else:
            self.preview.setText("")
            self.preview.setPixmap(image.scaled(self.preview.size() - QSize(12, 12),
                                                Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
        self.preview.setToolTip(self.path)
        self.remove.setEnabled(bool(self.path))
        if emit:
            self.changed.emit()


def _primary(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("Primary")
    return button


def _saved_label() -> QLabel:
    label = QLabel()
    label.setObjectName("Subtle")
    return label


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    area.setStyleSheet("QScrollArea { background: transparent; }")
    widget.setAutoFillBackground(False)
    return area


# -- sites and transfer days -------------------------------------------------------------------
class SiteDialog(QDialog):
    """A new shop or warehouse; refusals are shown next to the field, the dialog stays."""

    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.setWindowTitle(self.tr("Add a site"))
        self.form = SiteForm(new=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = _primary(self.tr("Add the site"))
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.added = None

    def _add(self) -> None:
        args, kwargs = self.form.new_site_args()
        self.add_button.setEnabled(False)
        self.form.clear_errors()

        def done(site) -> None:
            self.added = site
            self.accept()

        def failed(error) -> None:
            self.add_button.setEnabled(True)
            self.form.show_error(error)
        self.screen.run(site_service.add_site, *args, **kwargs, on_success=done,
                        on_error=failed, changes=(SETTINGS,))


class _DaysDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(0, 60)
        editor.setFrame(False)
        return editor


class TransferGrid(QTableWidget):
    """Days from the site of the row to the site of the column; an empty cell (shown grey)
    uses the default."""

    days_set = Signal(str, str, int)  # origin, destination, days

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes: list[str] = []
        self.default = 2
        self.setItemDelegate(_DaysDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(32)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(self._changed)

    def load(self, codes: list[str], names: dict[str, str], table: list[tuple[str, str, int]],
             default: int) -> None:
        days = {(origin, destination): value for origin, destination, value in table}
        self.blockSignals(True)
        if codes == self.codes and default == self.default:
            # Same sites: figures change in place, so a cell being typed in stays open.
            for row, origin in enumerate(codes):
                for column, destination in enumerate(codes):
                    if origin != destination:
                        self._show(self.item(row, column), days.get((origin, destination)))
            self.blockSignals(False)
            return
        self.codes, self.default = codes, default
        self.setRowCount(len(codes))
        self.setColumnCount(len(codes))
        self.setHorizontalHeaderLabels([f"→ {c}" for c in codes])
        self.setVerticalHeaderLabels([f"{c} →" for c in codes])
        for column, code in enumerate(codes):
            self.horizontalHeaderItem(column).setToolTip(names.get(code, code))
        for row, origin in enumerate(codes):
            for column, destination in enumerate(codes):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if origin == destination:
                    item.setText("—")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                else:
                    value = days.get((origin, destination))
                    self._show(item, value)
                    item.setToolTip(self.tr("Business days from {0} to {1}").format(
                        names.get(origin, origin), names.get(destination, destination)))
                self.setItem(row, column, item)
        self.setFixedHeight(self.horizontalHeader().height() + 32 * len(codes) + 4)
        self.blockSignals(False)

    def _show(self, item: QTableWidgetItem, value: int | None) -> None:
        item.setData(Qt.ItemDataRole.EditRole, self.default if value is None else value)
        item.setData(Qt.ItemDataRole.UserRole, value is None)
        font = QFont(self.font())
        font.setItalic(value is None)
        item.setFont(font)
        item.setForeground(QColor(MUTED if value is None else "#1b2233"))

    def _changed(self, item: QTableWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.EditRole)
        if not isinstance(value, int):
            return
        origin, destination = self.codes[item.row()], self.codes[item.column()]
        self.blockSignals(True)
        self._show(item, value)
        self.blockSignals(False)
        self.days_set.emit(origin, destination, value)

    def days(self, origin: str, destination: str) -> int:
        item = self.item(self.codes.index(origin), self.codes.index(destination))
        return int(item.data(Qt.ItemDataRole.EditRole))


def set_transfer_days(db, origin: str, destination: str, days: int, both_ways: bool) -> None:
    site_service.set_transfer_days(db, origin, destination, days)
    if both_ways:
        site_service.set_transfer_days(db, destination, origin, days)


class SitesTab(QWidget):
    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self.screen = screen
        self.sites: list = []
        self.current: str | None = None
        self._dirty = False

        self.model = RowsModel([
            Column(self.tr("Code"), lambda s: s.code),
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Kind"), lambda s: s.kind, text=lambda s: kind_text(s.kind)),
            Column(self.tr("Open"), lambda s: s.opening_days,
                   text=lambda s: weekdays_text(s.opening_days)),
            numeric(self.tr("Handling days"), lambda s: s.handling_days),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.add_button = QPushButton(self.tr("Add a site…"))
        self.add_button.setToolTip(self.tr("A new shop or warehouse (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_site)

        sites_card = Card(self.tr("Shops and warehouses"))
        sites_card.body.addWidget(self.table)
        sites_card.body.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        transfer_card = Card(self.tr("Transfer days"))
        hint = QLabel(self.tr("Business days to move goods from the site of the row to the "
                              "site of the column. Grey figures are the default; click a "
                              "figure to change it."))
        hint.setObjectName("Subtle")
        hint.setWordWrap(True)
        self.grid = TransferGrid()
        self.grid.days_set.connect(self._set_days)
        self.both_ways = QCheckBox(self.tr("Same days both ways"))
        self.both_ways.setChecked(True)
        self.transfer_status = _saved_label()
        transfer_card.body.addWidget(hint)
        transfer_card.body.addWidget(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.both_ways)
        row.addStretch(1)
        row.addWidget(self.transfer_status)
        transfer_card.body.addLayout(row)

        self.form_card = Card(self.tr("Site"))
        self.form = SiteForm(new=False)
        self.form.edited.connect(self._edited)
        self.save_button = _primary(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the site (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.saved = _saved_label()
        self.form_card.body.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        self.form_card.body.addLayout(buttons)

        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(sites_card)
        left.addWidget(transfer_card)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(14)
        right = QVBoxLayout()
        right.addWidget(self.form_card)
        right.addStretch(1)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def reload(self) -> None:
        self.sites = site_service.list_sites(self.screen.ctx.db)
        self.model.set_rows(self.sites)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                  + self.table.verticalHeader().defaultSectionSize()
                                  * min(max(len(self.sites), 3), 8))
        codes = [s.code for s in self.sites]
        self.grid.load(codes, {s.code: s.name for s in self.sites},
                       site_service.transfer_table(self.screen.ctx.db),
                       int(configuration_setting("default_transfer_days")))
        self.select(self.current or (codes[0] if codes else None))

    def select(self, code: str | None) -> None:
        for row, site in enumerate(self.model.rows):
            if site.code == code:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if self.table.currentIndex().row() != index.row():
                    self.table.setCurrentIndex(index)
                elif not self._dirty:
                    self._load(site)
                return
        self.form_card.setEnabled(False)

    def _picked(self, current, _previous) -> None:
        if not current.isValid():
            return
        site = self.proxy.data(current, ROW_ROLE)
        if site.code == self.current and self._dirty:
            return
        if self._dirty and QMessageBox.question(
                self, self.tr("Settings"), self.tr("Forget your changes to {0}?").format(
                    self.current)) != QMessageBox.StandardButton.Yes:
            self.select(self.current)
            return
        self._load(site)

    def _load(self, site) -> None:
        self.current = site.code
        self.form_card.setEnabled(True)
        self.form_card.title_label.setText(f"{site.code} · {kind_text(site.kind)}")
        self.form.load(site)
        self._dirty = False
        self.saved.setText("")

    def _edited(self) -> None:
        self._dirty = True
        self.saved.setText(self.tr("Not saved yet"))

    def save(self) -> None:
        if not self.current:
            return
        self.form.clear_errors()
        self.save_button.setEnabled(False)

        def done(site) -> None:
            self.save_button.setEnabled(True)
            self._dirty = False
            self.reload()
            self.saved.setText(self.tr("Saved"))

        def failed(error) -> None:
            self.save_button.setEnabled(True)
            self.form.show_error(error)
        self.screen.run(site_service.update_site, self.current, **self.form.values(),
                        on_success=done, on_error=failed, changes=(SETTINGS,))

    def add_site(self) -> None:
        dialog = SiteDialog(self.screen)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            self._dirty = False
            self.current = dialog.added.code
            self.reload()

    def _set_days(self, origin: str, destination: str, days: int) -> None:
        both = self.both_ways.isChecked()

        def done(_) -> None:
            self.transfer_status.setText(self.tr("Saved: {0} → {1} in %n day(s){2}", "",
                                                 days).format(
                origin, destination, self.tr(", and back") if both else ""))
            self.reload_grid()

        def failed(error) -> None:
            self.transfer_status.setText("")
            self.screen.show_error(error)
            self.reload_grid()
        self.screen.run(set_transfer_days, origin, destination, days, both, on_success=done,
                        on_error=failed, changes=(SETTINGS,))

    def reload_grid(self) -> None:
        self.grid.load([s.code for s in self.sites], {s.code: s.name for s in self.sites},
                       site_service.transfer_table(self.screen.ctx.db), self.grid.default)


# -- sourcing preferences ----------------------------------------------------------------------
ALL_PREFERENCES = ("shelf", "warehouse", "other_shop", "incoming_po", "catalog")


class SourcingTab(QWidget):
    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self.screen = screen
        self.rules: list = []
        self.current = None
        self.pending = 0  # changes sent and not yet saved

        self.pairs = QListWidget()
        self.pairs.setMinimumWidth(240)
        self.pairs.setMaximumWidth(300)
        self.pairs.setStyleSheet(
            f"QListWidget {{ background: transparent; border: none; outline: 0; }}"
            f"QListWidget::item {{ padding: 7px 8px; border-radius: 6px; }}"
            f"QListWidget::item:selected {{ background: #e8effc; color: {ACCENT}; }}")
        self.pairs.currentRowChanged.connect(self._picked)
        pairs_card = Card(self.tr("Sales channel and fulfilment"))
        take_away = QLabel(self.tr("Take away always serves from the shop's own shelf, in "
                                   "one go."))
        take_away.setObjectName("Subtle")
        take_away.setWordWrap(True)
        pairs_card.body.addWidget(self.pairs)
        pairs_card.body.addSpacing(6)
        pairs_card.body.addWidget(take_away)
        pairs_card.body.addStretch(1)

        self.rule_card = Card(self.tr("Rule"))
        self.explain = QLabel()
        self.explain.setObjectName("Subtle")
        self.explain.setWordWrap(True)
        self.sources = QListWidget()
        self.sources.setStyleSheet("QListWidget { background: #ffffff; border: 1px solid "
                                   "#e1e4ea; border-radius: 8px; } QListWidget::item { "
                                   "padding: 6px 6px; }")
        self.sources.itemChanged.connect(self.apply)
        self.up = QPushButton(self.tr("Move up"))
        self.up.setToolTip(self.tr("Try this source earlier (Alt+Up)"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down = QPushButton(self.tr("Move down"))
        self.down.setToolTip(self.tr("Try this source later (Alt+Down)"))
        self.down.clicked.connect(lambda: self.move(1))
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key),
                                 self.sources)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move(s))
        self.split = QComboBox()
        for split in ("never", "if_earlier", "always"):
            self.split.addItem(split_text(split), split)
        self.split.currentIndexChanged.connect(lambda _: self.apply())
        self.status = _saved_label()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)

        order_row = QHBoxLayout()
        order_row.addWidget(self.sources, 1)
        moves = QVBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        order_row.addLayout(moves)
        caption = QLabel(self.tr("Where the goods may come from, first choice on top "
                                 "(untick a source to never use it):"))
        caption.setWordWrap(True)
        split_caption = QLabel(self.tr("When one source cannot serve a whole line:"))
        self.rule_card.body.addWidget(self.explain)
        self.rule_card.body.addSpacing(4)
        self.rule_card.body.addWidget(caption)
        self.rule_card.body.addLayout(order_row)
        self.rule_card.body.addSpacing(4)
        self.rule_card.body.addWidget(split_caption)
        self.rule_card.body.addWidget(self.split, 0, Qt.AlignmentFlag.AlignLeft)
        self.rule_card.body.addWidget(self.error)
        self.rule_card.body.addWidget(self.status)
        self.rule_card.body.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(pairs_card)
        layout.addWidget(self.rule_card, 1)

    def reload(self) -> None:
        if self.pending:  # our own changes are on their way: what is shown is newer
            return
        self.rules = sourcing_rules.show_rules(self.screen.ctx.db)
        wanted = (self.current.channel, self.current.mode) if self.current else None
        selected = self.sources.currentItem()
        key = selected.data(Qt.ItemDataRole.UserRole) if selected else None
        self.pairs.blockSignals(True)
        self.pairs.clear()
        current_row, channel = None, None
        for index, view in enumerate(self.rules):
            if view.mode == "take_away":
                continue  # always the shop's own shelf: said under the list
            if view.channel != channel:
                channel = view.channel
                header = QListWidgetItem(channel_text(view.channel).capitalize())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(self.font())
                font.setBold(True)
                header.setFont(font)
                header.setForeground(QColor("#2c3344"))
                self.pairs.addItem(header)
            item = QListWidgetItem(self._pair_text(view))
            item.setData(Qt.ItemDataRole.UserRole, index)
            self._mark(item, view)
            self.pairs.addItem(item)
            if current_row is None or wanted == (view.channel, view.mode):
                current_row = self.pairs.count() - 1
        self.pairs.setCurrentRow(current_row or 0)
        self.pairs.blockSignals(False)
        self.pairs.setFixedHeight(sum(self.pairs.sizeHintForRow(row)
                                      for row in range(self.pairs.count())) + 6)
        self._picked(self.pairs.currentRow())
        for row in range(self.sources.count()):
            if self.sources.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sources.setCurrentRow(row)

    def _pair_text(self, view) -> str:
        return "    " + mode_text(view.mode).capitalize() + ("  •" if view.customised else "")

    def _mark(self, item: QListWidgetItem, view) -> None:
        item.setToolTip(self.tr("Your own rule") if view.customised
                        else self.tr("The default rule"))

    def _rule_index(self, row: int) -> int | None:
        item = self.pairs.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _picked(self, row: int) -> None:
        index = self._rule_index(row)
        if index is None:
            return
        self.current = view = self.rules[index]
        self.rule_card.title_label.setText(
            f"{channel_text(view.channel).capitalize()} · {mode_text(view.mode)}")
        self.explain.setText(self.tr("{0}. Changes apply to the next sales; orders already "
                                     "placed keep their supply.").format(
            self.tr("Your own rule") if view.customised else self.tr("The default rule")))
        self.sources.blockSignals(True)
        self.sources.clear()
        for preference in [*view.preference,
                           *(p for p in ALL_PREFERENCES if p not in view.preference)]:
            item = QListWidgetItem(preference_text(preference).capitalize())
            item.setData(Qt.ItemDataRole.UserRole, preference)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if preference in view.preference
                               else Qt.CheckState.Unchecked)
            self.sources.addItem(item)
        self.sources.blockSignals(False)
        self.sources.setFixedHeight(self.sources.sizeHintForRow(0) * self.sources.count() + 10)
        self.split.blockSignals(True)
        self.split.setCurrentIndex(self.split.findData(view.split))
        self.split.blockSignals(False)
        self.error.setText("")
        self.status.setText("")

    def move(self, step: int) -> None:
        row = self.sources.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.sources.count() or not self.sources.isEnabled():
            return
        self.sources.blockSignals(True)
        item = self.sources.takeItem(row)
        self.sources.insertItem(target, item)
        self.sources.setCurrentRow(target)
        self.sources.blockSignals(False)
        self.apply()

    def preference(self) -> list[str]:
        items = [self.sources.item(i) for i in range(self.sources.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def apply(self, unticked: QListWidgetItem | None = None) -> None:
        view = self.current
        if view is None:
            return
        self.error.setText("")
        if not self.preference():  # the last ticked source: it stays
            self.sources.blockSignals(True)
            (unticked or self.sources.item(0)).setCheckState(Qt.CheckState.Checked)
            self.sources.blockSignals(False)
            self.error.setText(self.tr("Keep at least one source: goods must come from "
                                       "somewhere."))
            return
        row = self.pairs.currentRow()
        index = self._rule_index(row)
        self.pending += 1

        def done(updated) -> None:
            self.pending -= 1
            self.rules[index] = updated
            if self.pairs.currentRow() == row:
                self.current = updated
            self.pairs.item(row).setText(self._pair_text(updated))
            self._mark(self.pairs.item(row), updated)
            self.status.setText(self.tr("Saved. New sales try: {0}.").format(
                ", ".join(preference_text(p) for p in updated.preference)))

        def failed(error) -> None:
            self.pending -= 1
            self.status.setText("")
            self.reload()  # back to what is stored
            self.error.setText(error_text(error))
        self.screen.run(sourcing_rules.set_rules, view.channel, view.mode,
                        preference=",".join(self.preference()),
                        split=self.split.currentData(), on_success=done, on_error=failed,
                        changes=(SETTINGS,))


# -- company -----------------------------------------------------------------------------------
class CompanyTab(QWidget):
    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self.screen = screen
        self._dirty = False
        card = Card(self.tr("Your company on documents"))
        hint = QLabel(self.tr("Printed on purchase orders and on the delivery promises given "
                              "to customers."))
        hint.setObjectName("Subtle")
        hint.setWordWrap(True)
        self.form = CompanyForm(with_logo=True)
        self.form.logo.last_folder = str(screen.ctx.settings.value(_STATE + "logo_folder")
                                         or "")
        self.form.edited.connect(self._edited)
        self.save_button = _primary(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the company details (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.saved = _saved_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        card.body.addWidget(hint)
        card.body.addSpacing(6)
        card.body.addWidget(self.form)
        card.body.addLayout(buttons)
        card.setMaximumWidth(720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)

    def reload(self) -> None:
        if not self._dirty:
            self.form.load(company_details(self.screen.ctx.db))

    def _edited(self) -> None:
        self._dirty = True
        self.saved.setText(self.tr("Not saved yet"))

    def save(self) -> None:
        self.form.clear_errors()
        self.save_button.setEnabled(False)
        if self.form.logo.last_folder:
            self.screen.ctx.settings.setValue(_STATE + "logo_folder", self.form.logo.last_folder)

        def done(company) -> None:
            self.save_button.setEnabled(True)
            self._dirty = False
            self.form.load(company)
            self.saved.setText(self.tr("Saved"))

        def failed(error) -> None:
            self.save_button.setEnabled(True)
            self.form.show_error(error)
        self.screen.run(set_company_details, **self.form.values(), on_success=done,
                        on_error=failed, changes=(SETTINGS,))


# -- database and language -------------------------------------------------------------------


class DatabaseTab(QWidget):
    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self.screen = screen
        settings = screen.ctx.settings

        database = Card(self.tr("Database"))
        in_use = QLabel(self.tr("In use now: <b>{0}</b>").format(screen.ctx.location))
        in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        in_use.setWordWrap(True)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("A database file, or postgresql://user@server/"
                                                 "oms for a database shared by several desks"))
        self.location.returnPressed.connect(self.choose_location)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.use_button = _primary(self.tr("Use from the next start"))
        self.use_button.clicked.connect(self.choose_location)
        self.default_button = QPushButton(self.tr("Back to the usual file"))
        self.default_button.clicked.connect(self.forget_location)
        self.location_error = QLabel()
        self.location_error.setObjectName("Error")
        self.location_error.setWordWrap(True)
        self.next_start = QLabel()
        self.next_start.setWordWrap(True)
        note = QLabel(self.tr("The change takes effect the next time OMS Desktop starts. "
                              "A password written in a postgresql:// URL is kept in your "
                              "settings file."))
        note.setObjectName("Subtle")
        note.setWordWrap(True)
        pick = QHBoxLayout()
        pick.addWidget(self.location, 1)
        pick.addWidget(browse)
        actions = QHBoxLayout()
        actions.addWidget(self.use_button)
        actions.addWidget(self.default_button)
        actions.addStretch(1)
        database.body.addWidget(in_use)
        database.body.addSpacing(6)
        database.body.addWidget(QLabel(self.tr("Open another database:")))
        database.body.addLayout(pick)
        database.body.addWidget(self.location_error)
        database.body.addLayout(actions)
        database.body.addWidget(self.next_start)
        database.body.addWidget(note)

        language = Card(self.tr("Language"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the computer"), "")
        self.language.addItem("English", "en")  # each language in its own words
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(
            str(settings.value(LANGUAGE_KEY) or "")), 0))
        self.language.currentIndexChanged.connect(self.choose_language)
        self.language_status = QLabel(self.tr("Takes effect the next time OMS Desktop starts."))
        self.language_status.setObjectName("Subtle")
        self.language_status.setWordWrap(True)
        language.body.addWidget(self.language, 0, Qt.AlignmentFlag.AlignLeft)
        language.body.addWidget(self.language_status)

        for card in (database, language):
            card.setMaximumWidth(780)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(database)
        layout.addWidget(language)
        layout.addStretch(1)
        _say(self.location_error, "")
        self._show_next_start()

    def stored_location(self) -> str:
        return str(self.screen.ctx.settings.value(LOCATION_KEY) or "")

    def _show_next_start(self) -> None:
        stored = self.stored_location()
        self.default_button.setEnabled(bool(stored))
        if stored and location_of(stored) != self.screen.ctx.location:
            _say(self.next_start, self.tr("From the next start: <b>{0}</b>").format(
                location_of(stored)))
        elif stored:
            _say(self.next_start, self.tr("This database is the one chosen in Settings."))
        else:
            _say(self.next_start, "")

    def _browse(self) -> None:
        settings = self.screen.ctx.settings
        start = str(settings.value(_STATE + "database_folder") or "")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), start, self.tr("Databases (*.sqlite3 *.db);;"
                                                           "All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            settings.setValue(_STATE + "database_folder", str(Path(path).parent))
            self.location.setText(path)

    def choose_location(self) -> None:
        _say(self.location_error, "")
        _mark_invalid(self.location, False)
        try:
            location = check_location(self.location.text())
        except OmsError as error:
            _say(self.location_error, sentence(message_text(error)) if isinstance(error, InvalidInput)
                 else error_text(error))
            _mark_invalid(self.location, True)
            return
        self.screen.ctx.settings.setValue(LOCATION_KEY, location)
        self.screen.ctx.settings.sync()
        self.location.clear()
        self._show_next_start()

    def forget_location(self) -> None:
        self.screen.ctx.settings.remove(LOCATION_KEY)
        self.screen.ctx.settings.sync()
        self._show_next_start()
        _say(self.next_start, self.tr("From the next start: the usual file in your data "
                                      "folder."))

    def choose_language(self) -> None:
        code = self.language.currentData()
        if code:
            self.screen.ctx.settings.setValue(LANGUAGE_KEY, code)
        else:
            self.screen.ctx.settings.remove(LANGUAGE_KEY)
        self.screen.ctx.settings.sync()
        self.language_status.setText(self.tr("Saved: {0} from the next start of OMS "
                                             "Desktop.").format(self.language.currentText()))


# -- the screen ------------------------------------------------------------------------------
class SettingsScreen(Screen):
    icon_name = "settings"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet(
            f"QTabBar::tab {{ background: transparent; border: none; padding: 8px 14px; "
            f"margin-right: 4px; color: #44506a; border-bottom: 2px solid transparent; }}"
            f"QTabBar::tab:selected {{ color: {ACCENT}; border-bottom-color: {ACCENT}; "
            f"font-weight: 600; }}"
            f"QTabBar::tab:hover:!selected {{ color: #1b2233; }}"
            f"QTabWidget::pane {{ border: none; border-top: 1px solid #e1e4ea; }}")
        self.sites = SitesTab(self)
        self.sourcing = SourcingTab(self)
        self.company = CompanyTab(self)
        self.database = DatabaseTab(self)
        self.tabs.addTab(_scrolled(self.sites), self.tr("Sites"))
        self.tabs.addTab(_scrolled(self.sourcing), self.tr("Sourcing"))
        self.tabs.addTab(_scrolled(self.company), self.tr("Company"))
        self.tabs.addTab(_scrolled(self.database), self.tr("Database && language"))
        self.tabs.setCurrentIndex(int(ctx.settings.value(_STATE + "tab", 0) or 0))
        self.tabs.currentChanged.connect(
            lambda index: self.ctx.settings.setValue(_STATE + "tab", index))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(page_header(self.title(), self.tr(
            "How your shops work, where goods come from, and what documents say.")))
        layout.addWidget(self.tabs, 1)
        self._shortcut("Ctrl+S", self._save)
        self._shortcut("Ctrl+N", self._add)

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _save(self) -> None:
        current = self.tabs.currentIndex()
        if current == 0:
            self.sites.save()
        elif current == 2:
            self.company.save()

    def _add(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.sites.add_site()

    def title(self) -> str:
        return self.tr("Settings")

    def cares_about(self) -> frozenset[str]:
        return frozenset({SETTINGS})

    def refresh(self) -> None:
        self.sites.reload()
        self.sourcing.reload()
        self.company.reload()

    def save_state(self) -> None:
        self.ctx.settings.setValue(_STATE + "tab", self.tabs.currentIndex())


__all__ = ["SettingsScreen", "configured_location", "WeekdaysPicker", "FieldForm", "SiteForm",
           "CompanyForm"]
