"""The Purchasing screen's dialogs: a new supplier, a PO by hand, POs from customer orders,
a new expected date, and the customers to warn when a PO moves or goes away.

Each dialog that writes runs its service through the screen's `run` (background worker,
change announced once it succeeded) and stays open with everything typed when the service
refuses, the reason shown next to the field.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...domain.values import cents_to_decimal
from ...services.late_customers import LateCustomer
from ...services.po_drafting import expected_arrival, product_names, supplier_offer
from ...services.purchasing import POView, create_po, pending_requests, pos_from_requests, \
    set_expected_date
from ...services.receiving import Receipt, ServedLine, receive_po
from ...services.sites import list_sites
from ...services.suppliers import SupplierInfo, add_supplier, list_suppliers
from ..changes import CATALOG, ORDERS, PURCHASING, STOCK
from ..icons import icon
from ..style import GOOD
from ..table_model import Column, RowsModel, numeric
from ..texts import error_text, format_date, format_money, late_text, message_text, tr
from ..widgets.product_picker import ProductPicker
from .base import Card, page_header

Run = Callable[..., object]  # Screen.run
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def money(cents: int) -> str:
    return format_money(cents_to_decimal(cents))


def to_qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(today: datetime.date, day: datetime.date) -> QDateEdit:
    """A date field from today on, with a calendar, in the user's short date format."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(to_qdate(today))
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    edit.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
    edit.setDate(to_qdate(max(day, today)))
    return edit


def plain_table(model, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table in the house style."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    return view


def primary(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("Primary")
    return button


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("Error")
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Routes a refusal to the label of its field (InvalidInput.field), else to a general
    label; field names such as 'quantity of MUG' match the label of 'quantity'."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = {}

    def label(self, *fields: str) -> QLabel:
        label = error_label()
        for name in fields:
            self.labels[name] = label
        return label

    def clear(self) -> None:
        for label in {*self.labels.values(), self.general}:
            label.clear()
            label.hide()

    def show(self, error: BaseException) -> None:
        self.clear()
        target = self.general
        if isinstance(error, InvalidInput):
            field = error.field
            target = self.labels.get(field) or next(
                (label for name, label in self.labels.items()
                 if field.startswith(name + " ")), self.general)
        target.setText(message_text(error) if target is not self.general
                       and isinstance(error, InvalidInput) else error_text(error))
        target.show()


class PickerSafeDialog(QDialog):
    """A dialog where Enter in a product picker (a scanner's Enter) picks the product and
    never presses the dialog's default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(self.focusWidget(), ProductPicker):
            event.accept()
            return
        super().keyPressEvent(event)


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.addStretch(1)
    for button in buttons:
        layout.addWidget(button)
    return layout


# --- a new supplier ---------------------------------------------------------------------------

class AddSupplierDialog(QDialog):
    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.added: SupplierInfo | None = None
        self.setWindowTitle(self.tr("New supplier"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors(error_label())
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. CUISINOX"))
        self.code.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Company name"))
        self.lead_days = QSpinBox()
        self.lead_days.setRange(0, 365)
        self.lead_days.setValue(5)
        self.lead_days.setSuffix(self.tr(" business days"))
        self.days: dict[str, QCheckBox] = {}
        days_row = QHBoxLayout()
        for number, code in enumerate(WEEKDAYS, start=1):
            box = QCheckBox(QLocale().dayName(number, QLocale.FormatType.ShortFormat))
            box.setChecked(number <= 5)
            self.days[code] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.min_order = QLineEdit()
        self.min_order.setPlaceholderText(self.tr("0.00 (none)"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("orders@supplier.example"))
        self.country = QLineEdit("FR")
        self.country.setMaxLength(2)
        self.country.setToolTip(self.tr("Two-letter country code: it gives the supplier's "
                                        "public holidays"))
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(64)
        self.address.setTabChangesFocus(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field, names in (
                (self.tr("Code"), self.code, ("code",)),
                (self.tr("Name"), self.name, ("name",)),
                (self.tr("Delivers in"), self.lead_days, ("lead days",)),
                (self.tr("Takes orders on"), days_row, ("order days",)),
                (self.tr("Minimum order (excl. VAT)"), self.min_order, ("minimum order",)),
                (self.tr("E-mail for orders"), self.email, ("email",)),
                (self.tr("Country"), self.country, ("country",)),
                (self.tr("Address"), self.address, ("address",))):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addLayout(field) if isinstance(field, QHBoxLayout) else box.addWidget(field)
            box.addWidget(self.errors.label(*names))
            form.addRow(label, box)
        self.save = primary(self.tr("Add supplier"))
        self.save.setDefault(True)
        self.save.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(page_header(self.tr("New supplier"), self.tr(
            "Who you buy from: how long they take to deliver, and when they take orders.")))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addLayout(_buttons(cancel, self.save))

    def order_days(self) -> str:
        return ",".join(code for code, box in self.days.items() if box.isChecked())

    def submit(self) -> None:
        self.errors.clear()
        if not self.code.text().strip():
            self.errors.show(InvalidInput("code", self.tr("give the supplier a short code")))
            self.code.setFocus()
            return
        self.save.setEnabled(False)
        self._run(add_supplier, self.code.text().strip(), self.name.text(),
                  self.lead_days.value(), order_days=self.order_days(),
                  min_order=self.min_order.text().strip() or "0",
                  address=self.address.toPlainText().strip(), email=self.email.text().strip(),
                  country=self.country.text().strip() or "FR",
                  on_success=self._added, on_error=self._refused, changes=(CATALOG, PURCHASING))

    def _added(self, info: SupplierInfo) -> None:
        self.added = info
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        self.errors.show(error)


# --- a PO by hand -----------------------------------------------------------------------------

class NewPODialog(PickerSafeDialog):
    """Supplier, delivery site, expected date, then items: scanned or found by name, with
    their quantity and (when the supplier's catalog does not give it) their cost."""

    COL_ITEM, COL_QTY, COL_COST, COL_NOTE, COL_REMOVE = range(5)

    def __init__(self, ctx, run: Run, parent: QWidget | None = None,
                 supplier: str | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._run = ctx, run
        self.created: POView | None = None
        self.skus: list[str] = []
        self._date_touched = False
        self.setWindowTitle(self.tr("New purchase order"))
        self.resize(860, 560)
        self.errors = FieldErrors(error_label())

        self.supplier = QComboBox()
        for info in list_suppliers(ctx.db):
            self.supplier.addItem(f"{info.name} ({info.code})", info.code)
        if supplier:
            self.supplier.setCurrentIndex(max(0, self.supplier.findData(supplier)))
        self.site = QComboBox()
        for site in list_sites(ctx.db):
            kind = self.tr("warehouse") if site.kind == "warehouse" else self.tr("shop")
            self.site.addItem(f"{site.name} ({kind})", site.code)
        remembered = ctx.settings.value("purchasing/po_site")
        index = self.site.findData(remembered) if remembered else -1
        if index < 0:
            index = next((i for i in range(self.site.count())
                          if self.tr("warehouse") in self.site.itemText(i)), 0)
        self.site.setCurrentIndex(index)
        self.expected = date_edit(ctx.today(), ctx.today())
        self.expected.dateChanged.connect(self._date_edited)
        self.arrival_hint = QLabel()
        self.arrival_hint.setObjectName("Subtle")

        self.picker = ProductPicker(ctx)
        self.picker.picked.connect(self.add_item)
        self.picker.not_found.connect(self._nothing_found)
        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Quantity"),
                                              self.tr("Unit cost"), self.tr("Supplier's terms"),
                                              ""])
        self.lines.verticalHeader().hide()
        self.lines.verticalHeader().setDefaultSectionSize(36)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(self.COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.COL_QTY, 90), (self.COL_COST, 110), (self.COL_NOTE, 220),
                              (self.COL_REMOVE, 40)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.lines.setColumnWidth(column, width)

        form = QFormLayout()
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Deliver to"), self.site)
        date_box = QVBoxLayout()
        date_box.setSpacing(2)
        date_row = QHBoxLayout()
        date_row.addWidget(self.expected)
        date_row.addWidget(self.arrival_hint, 1)
        date_box.addLayout(date_row)
        date_box.addWidget(self.errors.label("expected"))
        form.addRow(self.tr("Expected on"), date_box)

        self.create = primary(self.tr("Create draft PO"))
        self.create.setAutoDefault(False)
        self.create.setToolTip(self.tr("Create the draft (Ctrl+Enter); confirm it to send it"))
        self.create.setShortcut("Ctrl+Return")
        self.create.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(page_header(self.tr("New purchase order"), self.tr(
            "A draft sells nothing: confirm it once it is sent to the supplier.")))
        layout.addLayout(form)
        items = QLabel(self.tr("Items"))
        items.setObjectName("CardTitle")
        layout.addWidget(items)
        layout.addWidget(self.picker)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.errors.label("lines", "cost", "quantity", "sku", "line"))
        layout.addWidget(self.errors.general)
        layout.addLayout(_buttons(cancel, self.create))
        self.supplier.currentIndexChanged.connect(self._supplier_changed)
        self._supplier_changed()
        self.setTabOrder(self.supplier, self.site)
        self.setTabOrder(self.site, self.expected)
        self.setTabOrder(self.expected, self.picker)
        self.picker.setFocus()

    def supplier_code(self) -> str:
        return self.supplier.currentData() or ""

    def _say(self, text: str) -> None:
        self.errors.show(InvalidInput("lines", text))

    def _nothing_found(self, text: str) -> None:
        self.picker.selectAll()  # kept to correct; the next scan replaces it
        self._say(self.tr("Nothing found for “{0}”.").format(text))

    def _date_edited(self) -> None:
        self._date_touched = True

    def _supplier_changed(self) -> None:
        code = self.supplier_code()
        if not code:
            return
        arrival = expected_arrival(self.ctx.db, code, self.ctx.today())
        self.arrival_hint.setText(self.tr("(ordered today, it arrives {0})").format(
            format_date(arrival)))
        if not self._date_touched:
            self.expected.blockSignals(True)
            self.expected.setDate(to_qdate(arrival))
            self.expected.blockSignals(False)
        for row, sku in enumerate(self.skus):
            self._show_terms(row, sku)

    def add_item(self, hit) -> None:
        """A picked or scanned item: a new line, or one more of a line already there."""
        self.errors.clear()
        if hit.sku in self.skus:
            row = self.skus.index(hit.sku)
            spin = self.lines.cellWidget(row, self.COL_QTY)
            spin.setValue(spin.value() + 1)
            return
        row = len(self.skus)
        self.skus.append(hit.sku)
        self.lines.insertRow(row)
        item = QLabel(f"{hit.name}  ·  {hit.sku}")
        item.setToolTip(item.text())
        item.setContentsMargins(6, 0, 6, 0)
        self.lines.setCellWidget(row, self.COL_ITEM, item)
        qty = QSpinBox()
        qty.setRange(1, 100_000)
        self.lines.setCellWidget(row, self.COL_QTY, qty)
        cost = QLineEdit()
        self.lines.setCellWidget(row, self.COL_COST, cost)
        note = QLabel()
        note.setContentsMargins(6, 0, 6, 0)
        self.lines.setCellWidget(row, self.COL_NOTE, note)
        remove = QPushButton("✕")
        remove.setAutoDefault(False)
        remove.setToolTip(self.tr("Remove this line"))
        remove.clicked.connect(lambda _=False, sku=hit.sku: self.remove_item(sku))
        self.lines.setCellWidget(row, self.COL_REMOVE, remove)
        self._show_terms(row, hit.sku)

    def remove_item(self, sku: str) -> None:
        row = self.skus.index(sku)
        self.skus.pop(row)
        self.lines.removeRow(row)

    def _show_terms(self, row: int, sku: str) -> None:
        offer = supplier_offer(self.ctx.db, self.supplier_code(), sku)
        cost: QLineEdit = self.lines.cellWidget(row, self.COL_COST)
        note: QLabel = self.lines.cellWidget(row, self.COL_NOTE)
        if offer is None:
            cost.setPlaceholderText(self.tr("cost?"))
            note.setText(self.tr("not in this catalog: type the cost"))
            note.setObjectName("Error")
        else:
            cost.setPlaceholderText(format_money(offer.cost))
            terms = [self.tr("catalog cost")]
            if offer.pack_size > 1:
                terms.append(self.tr("packs of {0}").format(offer.pack_size))
            if offer.min_order_qty > 1:
                terms.append(self.tr("min. {0}").format(offer.min_order_qty))
            note.setText(", ".join(terms))
            note.setObjectName("Subtle")
        note.style().unpolish(note)
        note.style().polish(note)

    def order_lines(self) -> list[tuple[str, int, str | None]]:
        result = []
        for row, sku in enumerate(self.skus):
            cost = self.lines.cellWidget(row, self.COL_COST).text().strip()
            result.append((sku, self.lines.cellWidget(row, self.COL_QTY).value(), cost or None))
        return result

    def submit(self) -> None:
        self.errors.clear()
        if not self.supplier_code():
            self.errors.show(InvalidInput("supplier", self.tr("add a supplier first")))
            return
        if not self.skus:
            self._say(self.tr("Scan or find at least one item."))
            self.picker.setFocus()
            return
        self.create.setEnabled(False)
        self.ctx.settings.setValue("purchasing/po_site", self.site.currentData())
        self._run(create_po, self.supplier_code(), self.site.currentData(),
                  self.expected.date().toPython(), self.order_lines(),
                  on_success=self._created, on_error=self._refused, changes=(PURCHASING,))

    def _created(self, view: POView) -> None:
        self.created = view
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.create.setEnabled(True)
        self.errors.show(error)


# --- POs from waiting customer orders -----------------------------------------------------------

def sold_on(request: dict) -> str:
    moment = datetime.datetime.fromisoformat(request["created"])
    return f"{format_date(moment.date())} {moment:%H:%M}"


class FromRequestsDialog(QDialog):
    """The catalog sales waiting for a PO, grouped into draft POs on request."""

    def __init__(self, ctx, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._run = ctx, run
        self.created: list[POView] = []
        self.setWindowTitle(self.tr("POs from customer orders"))
        self.resize(860, 460)
        self.requests = pending_requests(ctx.db)
        self.names = product_names(ctx.db, {r["sku"] for r in self.requests})
        self.model = RowsModel([
            Column(self.tr("Supplier"), lambda r: r["supplier"]),
            Column(self.tr("Item"), lambda r: self.names.get(r["sku"], r["sku"]),
                   tooltip=lambda r: r["sku"]),
            numeric(self.tr("Quantity"), lambda r: r["qty"]),
            Column(self.tr("Deliver to"), lambda r: r["site"]),
            Column(self.tr("Sold on"), lambda r: r["created"], text=lambda r: sold_on(r)),
        ], self)
        self.model.set_rows(self.requests)
        table = plain_table(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.supplier = QComboBox()
        self.supplier.addItem(self.tr("Every supplier"), None)
        for code in sorted({r["supplier"] for r in self.requests}):
            self.supplier.addItem(code, code)
        self.errors = error_label()
        self.create = primary(self.tr("Create draft POs"))
        self.create.setDefault(True)
        self.create.setEnabled(bool(self.requests))
        self.create.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Close"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(page_header(
            self.tr("POs from customer orders"),
            self.tr("Items sold from a supplier's catalog wait here for a purchase order. "
                    "They are grouped per supplier and delivery site into draft POs (joining "
                    "a draft already open), rounded up to packs and minimum quantities.")
            if self.requests else self.tr("No customer order is waiting for a PO.")))
        layout.addWidget(table, 1)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("For")))
        choose.addWidget(self.supplier)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addWidget(self.errors)
        layout.addLayout(_buttons(cancel, self.create))

    def submit(self) -> None:
        self.create.setEnabled(False)
        self._run(pos_from_requests, self.supplier.currentData(), on_success=self._created,
                  on_error=self._refused, changes=(PURCHASING,))

    def _created(self, views: list[POView]) -> None:
        self.created = views
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.create.setEnabled(True)
        self.errors.setText(error_text(error))
        self.errors.show()


# --- a new expected date --------------------------------------------------------------------

class ExpectedDateDialog(QDialog):
    def __init__(self, ctx, run: Run, po: POView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._run, self.po = ctx, run, po
        self.result_view: POView | None = None
        self.setWindowTitle(self.tr("Change the expected date"))
        self.setMinimumWidth(480)
        self.errors = FieldErrors(error_label())
        self.date = date_edit(ctx.today(), po.expected)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Every line"), None)
        for line in po.lines:
            if line.received < line.qty:
                self.scope.addItem(f"{line.sku}  ·  {line.name}", line.sku)
        form = QFormLayout()
        date_box = QVBoxLayout()
        date_box.addWidget(self.date)
        date_box.addWidget(self.errors.label("expected"))
        form.addRow(self.tr("New date"), date_box)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.scope)
        scope_box.addWidget(self.errors.label("sku"))
        form.addRow(self.tr("For"), scope_box)
        self.save = primary(self.tr("Move the date"))
        self.save.setDefault(True)
        self.save.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        sold = sum(line.pegged for line in po.lines)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(page_header(
            self.tr("{0}: new expected date").format(po.po),
            self.tr("Now expected {0}. %Ln unit(s) on it are sold to customers: their "
                    "promises move with the date, and you will see who to warn.", "",
                    sold).format(format_date(po.expected)) if sold else
            self.tr("Now expected {0}. No customer is waiting on it.").format(
                format_date(po.expected))))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addLayout(_buttons(cancel, self.save))
        self.date.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        self.save.setEnabled(False)
        self._run(set_expected_date, self.po.po, self.date.date().toPython(),
                  self.scope.currentData(), on_success=self._moved, on_error=self._refused,
                  changes=(PURCHASING, ORDERS))

    def _moved(self, view: POView) -> None:
        self.result_view = view
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        self.errors.show(error)


# --- customers to warn --------------------------------------------------------------------

def _item_sentence(item) -> str:
    what = f"{item.name} (× {item.qty})" if item.qty > 1 else item.name
    first = format_date(item.first_promise_date, long=True)
    if item.promise_date is None:
        return tr("Your {item}, promised for {first}, cannot come as planned: the supplier "
                  "will not deliver it. We are finding another way and will call you back "
                  "with a new date.").format(item=what, first=first)
    return tr("Your {item} will be ready on {new} instead of {first}. We are sorry for the "
              "delay.").format(item=what, new=format_date(item.promise_date, long=True),
                               first=first)


def late_message(customers: Sequence[LateCustomer]) -> tuple[str, str]:
    """(HTML to show, plain text to copy): per customer, how to reach them and what to say."""
    html, text = [], []
    order_word = tr("order")
    for customer in customers:
        contact = customer.contact or tr("no phone or e-mail given")
        html.append(f"<p style='margin-bottom:4px'><b>{_esc(customer.customer)}</b> · "
                    f"{_esc(contact)} · <span style='color:#6b7385'>{order_word} "
                    f"{customer.order}</span></p><ul style='margin-top:0'>")
        text.append(f"{customer.customer} ({contact}), {order_word} {customer.order}")
        for item in customer.items:
            why = late_text(item.why)
            sentence = _item_sentence(item)
            html.append(f"<li><span style='color:#c0392b'>{_esc(why)}</span>: "
                        f"“{_esc(sentence)}”</li>")
            text.append(f"  - {why}: {sentence}")
        html.append("</ul>")
    return "".join(html), "\n".join(text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LateCustomersDialog(QDialog):
    """After a PO moved, was cancelled or closed short: the customers now late, how to reach
    them, and a sentence to read to each."""

    def __init__(self, title: str, customers: Sequence[LateCustomer],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customers = list(customers)
        self.setWindowTitle(self.tr("Customers to warn"))
        self.resize(720, 480)
        html, self.plain = late_message(self.customers)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(html)
        copy = QPushButton(icon("check"), self.tr("Copy the list"))
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.plain))
        done = primary(self.tr("Done"))
        done.setDefault(True)
        done.clicked.connect(self.accept)
        count = len(self.customers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(page_header(title, self.tr(
            "%Ln customer(s) will now get their goods later than promised. Call or write to "
            "them: here is what to tell each.", "", count)))
        layout.addWidget(self.text, 1)
        layout.addLayout(_buttons(copy, done))

# --- receiving -------------------------------------------------------------------------------

@dataclass
class CountLine:
    """One item of the PO to count (its lines of the same SKU together)."""

    sku: str
    name: str
    ean: str | None
    ordered: int
    received: int
    sold: int
    counted: int = 0

    @property
    def outstanding(self) -> int:
        return max(self.ordered - self.received, 0)


def count_lines(po: POView) -> list[CountLine]:
    lines: dict[str, CountLine] = {}
    for line in po.lines:
        item = lines.setdefault(line.sku, CountLine(line.sku, line.name, line.ean, 0, 0, 0))
        item.ordered += line.qty
        item.received += line.received
        item.sold += line.pegged
    return list(lines.values())


class CountModel(RowsModel):
    """The items to count; the Counted column is typed, or grows by one per scan."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(tr("Item"), lambda r: r.name),
            Column(tr("SKU"), lambda r: r.sku),
            Column(tr("EAN"), lambda r: r.ean or ""),
            numeric(tr("Ordered"), lambda r: r.ordered),
            numeric(tr("Already in"), lambda r: r.received),
            numeric(tr("Expected now"), lambda r: r.outstanding),
            numeric(tr("For customers"), lambda r: r.sold,
                    tooltip=lambda r: tr("units sold to waiting customers: they are served "
                                         "first")),
            numeric(tr("Counted"), lambda r: r.counted),
        ], parent)
        self.count_column = len(self.columns) - 1

    def row_of(self, sku: str) -> int:
        return next((i for i, line in enumerate(self.rows) if line.sku == sku), -1)

    def add_one(self, sku: str) -> CountLine | None:
        row = self.row_of(sku)
        if row < 0:
            return None
        self.rows[row].counted += 1
        self._changed(row)
        return self.rows[row]

    def set_count(self, row: int, value: int) -> None:
        self.rows[row].counted = value
        self._changed(row)

    def count_all(self) -> None:
        for row, line in enumerate(self.rows):
            line.counted = line.outstanding
            self._changed(row)

    def _changed(self, row: int) -> None:
        index = self.index(row, self.count_column)
        self.dataChanged.emit(index, index)

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.count_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.count_column:
            line = self.rows[index.row()]
            if role == Qt.ItemDataRole.EditRole:
                return line.counted
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setPointSizeF(font.pointSizeF() * 1.35)
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole and line.counted:
                return QBrush(QColor("#e3f4e8" if line.counted == line.outstanding
                                     else "#fdf0d9"))
            if role == Qt.ItemDataRole.ToolTipRole and line.counted > line.outstanding:
                return tr("{n} more than expected").format(n=line.counted - line.outstanding)
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.count_column:
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= number <= 100_000:
            return False
        self.set_count(index.row(), number)
        return True


def number_card(title: str) -> tuple[Card, QLabel]:
    card = Card(title)
    value = QLabel("0")
    value.setObjectName("BigNumber")
    card.body.addWidget(value)
    return card, value


class ReceiveDialog(PickerSafeDialog):
    """Counting a delivery in: each scan adds one to its item, quantities can be typed;
    Enter books it. Then: which waiting customers it served, and what is free stock."""

    def __init__(self, ctx, run: Run, po: POView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._run, self.po = ctx, run, po
        self.receipt: Receipt | None = None
        self._picker_enter: str | None = None
        self.names = {line.sku: line.name for line in po.lines}
        self.setWindowTitle(self.tr("Receive {0}").format(po.po))
        self.resize(980, 680)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._count_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.pages)
        self._update_totals()
        self.picker.setFocus()

    # the counting page
    def _count_page(self) -> QWidget:
        page = QWidget()
        self.model = CountModel(self)
        self.model.set_rows(count_lines(self.po))
        self.model.dataChanged.connect(self._update_totals)
        self.table = plain_table(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setCurrentIndex(self.model.index(0, self.model.count_column))

        expected_card, self.expected_number = number_card(self.tr("Expected"))
        counted_card, self.counted_number = number_card(self.tr("Counted"))
        waiting_card, self.waiting_number = number_card(self.tr("Sold to waiting customers"))
        cards = QHBoxLayout()
        for card in (expected_card, counted_card, waiting_card):
            cards.addWidget(card)

        self.picker = ProductPicker(self.ctx)
        self.picker.setPlaceholderText(self.tr("Scan each item (or type its name, SKU or EAN)"))
        self.picker.setMinimumHeight(40)
        font = self.picker.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.picker.setFont(font)
        self.picker.picked.connect(self.scanned)
        self.picker.not_found.connect(self.unknown)
        self.picker.installEventFilter(self)
        self.count_all = QPushButton(self.tr("Count everything as expected"))
        self.count_all.setAutoDefault(False)
        self.count_all.setShortcut("Ctrl+E")
        self.count_all.setToolTip(self.tr("The delivery is complete: every item as expected "
                                          "(Ctrl+E)"))
        self.count_all.clicked.connect(self.model.count_all)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.picker, 1)
        scan_row.addWidget(self.count_all)
        self.feedback = QLabel(self.tr("Scan the items one by one, or type the quantities "
                                       "in the Counted column. Enter books the receipt."))
        self.feedback.setObjectName("Subtle")
        self.feedback.setWordWrap(True)

        self.book_button = primary(self.tr("Book the receipt"))
        self.book_button.setAutoDefault(False)
        self.book_button.setToolTip(self.tr("Book what was counted (Enter)"))
        self.book_button.clicked.connect(self.book)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page_header(
            self.tr("Receive {0}").format(self.po.po),
            self.tr("{supplier} → {site} · expected {date}").format(
                supplier=self.po.supplier_name, site=self.po.site,
                date=format_date(self.po.expected))))
        layout.addLayout(cards)
        layout.addLayout(scan_row)
        layout.addWidget(self.feedback)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(cancel, self.book_button))
        return page

    def _update_totals(self, *_) -> None:
        lines = self.model.rows
        self.expected_number.setText(str(sum(line.outstanding for line in lines)))
        self.counted_number.setText(str(sum(line.counted for line in lines)))
        self.waiting_number.setText(str(sum(line.sold for line in lines)))

    def _say(self, text: str, error: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setObjectName("Error" if error else "Subtle")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        if error:
            QApplication.beep()

    def unknown(self, text: str) -> None:
        self.picker.clear()  # the next scan starts afresh
        self._say(self.tr("No product has the code “{0}”: put it aside and check the "
                          "delivery note.").format(text), error=True)

    def scanned(self, hit) -> None:
        line = self.model.add_one(hit.sku)
        if line is None:
            self._say(self.tr("{name} ({sku}) is not on {po}: put it aside, it will not be "
                              "booked.").format(name=hit.name, sku=hit.sku, po=self.po.po),
                      error=True)
            return
        row = self.model.row_of(hit.sku)
        self.table.setCurrentIndex(self.model.index(row, self.model.count_column))
        extra = self.tr(" — more than expected!") if line.counted > line.outstanding else ""
        self._say(self.tr("+1 {name}: {counted} counted of {expected} expected{extra}").format(
            name=line.name, counted=line.counted, expected=line.outstanding, extra=extra))

    def eventFilter(self, watched, event) -> bool:
        """Notes whether an Enter reaching the dialog ends a scan (the picker handles it)
        or was pressed in the empty scan field (it books)."""
        if watched is self.picker and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._picker_enter = "empty" if not self.picker.text().strip() else "scan"
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        event.accept()
        origin, self._picker_enter = self._picker_enter, None
        if self.pages.currentIndex() == 1:
            self.accept()
        elif origin != "scan":
            self.book()

    def counted_lines(self) -> list[tuple[str, int]]:
        return [(line.sku, line.counted) for line in self.model.rows if line.counted]

    def book(self) -> None:
        if not self.book_button.isEnabled():
            return
        lines = self.counted_lines()
        if not lines:
            self._say(self.tr("Nothing counted yet: scan the items or type the quantities."),
                      error=True)
            return
        self.book_button.setEnabled(False)
        self._run(receive_po, self.po.po, lines, on_success=self._booked,
                  on_error=self._refused, changes=(PURCHASING, STOCK, ORDERS))

    def _refused(self, error: BaseException) -> None:
        self.book_button.setEnabled(True)
        self._say(error_text(error), error=True)

    # the result page
    def _result_page(self) -> QWidget:
        page = QWidget()
        self.result_header = QVBoxLayout()
        received_card, self.received_number = number_card(self.tr("Units received"))
        served_card, self.served_number = number_card(self.tr("Customer orders served"))
        free_card, self.free_number = number_card(self.tr("Now free stock"))
        cards = QHBoxLayout()
        for card in (received_card, served_card, free_card):
            cards.addWidget(card)
        self.served_model = RowsModel([
            Column(tr("Order"), lambda s: s.order),
            Column(tr("Customer"), lambda s: s.customer),
            Column(tr("Item"), lambda s: self.names.get(s.sku, s.sku)),
            numeric(tr("Qty"), lambda s: s.qty),
            Column(tr("What happens now"), outcome_text, colour=outcome_colour),
        ], self)
        self.served_table = plain_table(self.served_model)
        header = self.served_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.nobody = QLabel(self.tr("No customer was waiting for these items."))
        self.nobody.setObjectName("Subtle")
        self.free_model = RowsModel([
            Column(tr("Item"), lambda f: self.names.get(f[0], f[0])),
            Column(tr("SKU"), lambda f: f[0]),
            numeric(tr("Qty"), lambda f: f[1]),
        ], self)
        self.free_table = plain_table(self.free_model)
        self.free_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        served_card = Card(self.tr("Waiting customers served first"))
        served_card.body.addWidget(self.served_table)
        served_card.body.addWidget(self.nobody)
        free_card = Card(self.tr("What is left goes to free stock"))
        free_card.body.addWidget(self.free_table)
        done = primary(self.tr("Done"))
        done.setAutoDefault(False)
        done.setToolTip(self.tr("Close (Enter)"))
        done.clicked.connect(self.accept)
        self.result_title = QLabel()
        self.result_title.setObjectName("PageTitle")
        self.result_subtitle = QLabel()
        self.result_subtitle.setObjectName("Subtle")
        self.result_subtitle.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_subtitle)
        layout.addLayout(cards)
        layout.addWidget(served_card, 3)
        layout.addWidget(free_card, 2)
        layout.addLayout(_buttons(done))
        return page

    def _booked(self, receipt: Receipt) -> None:
        self.receipt = receipt
        units = sum(qty for _, qty in receipt.received)
        self.result_title.setText(
            self.tr("{0} is received").format(receipt.po) if receipt.status == "received"
            else self.tr("{0} is partly received").format(receipt.po))
        self.result_subtitle.setText(self.tr(
            "%Ln unit(s) booked into {site} on {date}. Customers waiting for them were "
            "served first, oldest order first.", "", units).format(
                site=self.po.site, date=format_date(self.ctx.today())))
        self.received_number.setText(str(units))
        self.served_number.setText(str(len({s.order for s in receipt.served})))
        self.free_number.setText(str(sum(qty for _, qty in receipt.free_stock)))
        self.served_model.set_rows(receipt.served)
        self.served_table.setVisible(bool(receipt.served))
        self.nobody.setVisible(not receipt.served)
        self.free_model.set_rows(receipt.free_stock)
        self.pages.setCurrentIndex(1)
        self.setFocus()


def outcome_text(served: ServedLine) -> str:
    if served.outcome == "ready":
        return tr("Ready: tell the customer")
    if served.outcome == "in_transit":
        return tr("Sent to their pick-up shop on {transfer}").format(
            transfer=served.transfer or "")
    return tr("Set aside; other items of the order still awaited")


def outcome_colour(served: ServedLine) -> str | None:
    return GOOD if served.outcome == "ready" else None
