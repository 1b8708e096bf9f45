"""Sell: scan or find products, see every way to serve each line and the promise date before
the customer commits, take the customer's details, confirm, print the promise."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OmsError
from ...services.customers import CustomerInfo, find_customers
from ...services.ordering import Customer, LineAvailability, OrderRequest, line_availability, \
    place_order, promise
from ...services.search import ProductHit
from ...services.sites import list_sites
from ..changes import ORDERS, PURCHASING, SETTINGS, STOCK
from ..icons import icon
from ..style import GOOD, LATE
from ..texts import error_text, format_date, format_day, format_money, preference_text, \
    reason_text
from ..widgets.product_picker import ProductPicker
from .base import Card, Screen, page_header

MODES = ("take_away", "pickup", "delivery")
CHANNELS = ("shop", "web", "marketplace")
COL_PRODUCT, COL_QTY, COL_PRICE, COL_TOTAL, COL_PROMISE, COL_FROM = range(6)


@dataclass
class SaleLine:
    hit: ProductHit
    qty: int = 1
    availability: LineAvailability | None = None
    error: str = ""


@dataclass
class Sale:
    lines: list[SaleLine] = field(default_factory=list)

    def add(self, hit: ProductHit) -> int:
        for row, line in enumerate(self.lines):
            if line.hit.sku == hit.sku:
                line.qty += 1
                return row
        self.lines.append(SaleLine(hit))
        return len(self.lines) - 1


class SellScreen(Screen):
    icon_name = "sell"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.sale = Sale()
        self._filling = False
        self._build()
        self._load_shops()
        self._restore_choices()
        self._recompute_timer = QTimer(self, singleShot=True, interval=60)
        self._recompute_timer.timeout.connect(self.recompute)

    def title(self) -> str:
        return self.tr("Sell")

    def cares_about(self) -> frozenset[str]:
        return frozenset({STOCK, PURCHASING, SETTINGS})

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(page_header(self.title(), self.tr(
            "Scan or search products; the promise date updates as you go.")), 1)
        self.shop = QComboBox()
        self.shop.setMinimumWidth(190)
        self.shop.setToolTip(self.tr("The shop selling (and where the customer collects)"))
        self.channel = QComboBox()
        for channel, label in zip(CHANNELS, (self.tr("In the shop"), self.tr("Web / phone"),
                                             self.tr("Marketplace"))):
            self.channel.addItem(label, channel)
        top.addWidget(self._labelled(self.tr("Shop"), self.shop))
        top.addWidget(self._labelled(self.tr("Channel"), self.channel))
        outer.addLayout(top)

        modes = QHBoxLayout()
        modes.setSpacing(0)
        self.mode_group = QButtonGroup(self)
        for number, (mode, label) in enumerate(zip(MODES, (
                self.tr("Take away now"), self.tr("Pick-up in shop"),
                self.tr("Home delivery"))), start=1):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("mode", mode)
            button.setToolTip(self.tr("Alt+{n}").format(n=number))
            button.setShortcut(QKeySequence(f"Alt+{number}"))
            button.setMinimumWidth(150)
            button.setObjectName({1: "SegmentFirst", 3: "SegmentLast"}.get(number, "Segment"))
            self.mode_group.addButton(button, number - 1)
            modes.addWidget(button)
        modes.addStretch(1)
        outer.addLayout(modes)

        body = QGridLayout()
        body.setHorizontalSpacing(14)
        body.setVerticalSpacing(12)
        body.setColumnStretch(0, 11)
        body.setColumnStretch(1, 8)

        left = QVBoxLayout()
        self.picker = ProductPicker(self.ctx)
        self.picker.setMinimumHeight(36)
        self.picker.setToolTip(self.tr("F2 or Ctrl+F"))
        left.addWidget(self.picker)
        self.not_found = QLabel("")
        self.not_found.setObjectName("Error")
        self.not_found.hide()
        left.addWidget(self.not_found)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("Total"),
            self.tr("Promise"), self.tr("From")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_QTY, COL_PRICE, COL_TOTAL, COL_PROMISE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FROM, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_FROM, 140)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setToolTip(self.tr("Delete removes the selected line"))
        left.addWidget(self.table, 1)
        left.addWidget(self._customer_card())
        body.addLayout(left, 0, 0, 2, 1)

        self.availability = Card(self.tr("Every way to serve this line"))
        self.availability_hint = QLabel(self.tr("Add a product to see where it can come from."))
        self.availability_hint.setObjectName("Subtle")
        self.availability_hint.setWordWrap(True)
        self.availability.body.addWidget(self.availability_hint)
        self.options = QListWidget()
        self.options.setWordWrap(True)
        self.options.setSpacing(3)
        self.options.setStyleSheet("QListWidget { border: none; background: transparent; }")
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.options.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.availability.body.addWidget(self.options, 1)
        body.addWidget(self.availability, 0, 1)
        body.addWidget(self._summary_card(), 1, 1)
        body.setRowStretch(0, 3)
        body.setRowStretch(1, 2)
        outer.addLayout(body, 1)

        self.picker.picked.connect(self.add_product)
        self.picker.not_found.connect(self._show_not_found)
        self.table.itemSelectionChanged.connect(self._show_options)
        self.shop.currentIndexChanged.connect(self._choice_changed)
        self.channel.currentIndexChanged.connect(self._choice_changed)
        self.mode_group.idClicked.connect(lambda _: self._choice_changed())
        for keys in ("F2", "Ctrl+F"):
            QShortcut(QKeySequence(keys), self, self.picker.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected_line)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.confirm)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.confirm)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_sale)
        self.setTabOrder(self.picker, self.table)

    def _labelled(self, text: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = QLabel(text)
        label.setObjectName("Subtle")
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    def _customer_card(self) -> QWidget:
        card = Card(self.tr("Customer"))
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.customer_name = QLineEdit()
        self.customer_name.setPlaceholderText(self.tr("Name (type to find a known customer)"))
        self.customer_phone = QLineEdit()
        self.customer_email = QLineEdit()
        self.customer_address = QPlainTextEdit()
        self.customer_address.setFixedHeight(54)
        self.customer_address.setPlaceholderText(self.tr("Needed for home delivery"))
        self.customer_address.setTabChangesFocus(True)
        form.addRow(self.tr("Name"), self.customer_name)
        phone_mail = QHBoxLayout()
        phone_mail.addWidget(self.customer_phone)
        phone_mail.addWidget(QLabel(self.tr("E-mail")))
        phone_mail.addWidget(self.customer_email, 1)
        form.addRow(self.tr("Phone"), phone_mail)
        form.addRow(self.tr("Address"), self.customer_address)
        card.body.addLayout(form)
        self._known_customers: list[CustomerInfo] = []
        self._customer_model = QStringListModel(self)
        completer = QCompleter(self._customer_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._customer_chosen)
        self.customer_name.setCompleter(completer)
        self.customer_name.textEdited.connect(self._find_customers)
        return card

    def _summary_card(self) -> QWidget:
        card = Card(self.tr("Promise for the whole order"))
        self.promise_label = QLabel("—")
        self.promise_label.setObjectName("Promise")
        self.promise_detail = QLabel("")
        self.promise_detail.setObjectName("Subtle")
        self.promise_detail.setWordWrap(True)
        self.total_label = QLabel("")
        self.total_label.setObjectName("BigNumber")
        self.refusal = QLabel("")
        self.refusal.setObjectName("Error")
        self.refusal.setWordWrap(True)
        self.confirm_button = QPushButton(icon("check", "#ffffff"), self.tr("Confirm order"))
        self.confirm_button.setObjectName("Primary")
        self.confirm_button.setToolTip(self.tr("Ctrl+Enter"))
        self.confirm_button.setMinimumHeight(38)
        self.confirm_button.clicked.connect(self.confirm)
        self.clear_button = QPushButton(self.tr("New sale"))
        self.clear_button.setToolTip(self.tr("Ctrl+N"))
        self.clear_button.clicked.connect(self.new_sale)
        card.body.addWidget(self.promise_label)
        card.body.addWidget(self.promise_detail)
        card.body.addWidget(self.total_label)
        card.body.addWidget(self.refusal)
        card.body.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        card.body.addLayout(buttons)
        return card

    # --- state ------------------------------------------------------------------------

    def _load_shops(self) -> None:
        current = self.shop.currentData() or self.ctx.shop
        self._filling = True
        self.shop.clear()
        for site in list_sites(self.ctx.db):
            if site.kind == "shop":
                self.shop.addItem(f"{site.name} ({site.code})", site.code)
        index = self.shop.findData(current)
        self.shop.setCurrentIndex(max(index, 0))
        self._filling = False

    def _restore_choices(self) -> None:
        settings = self.ctx.settings
        self.channel.setCurrentIndex(max(self.channel.findData(
            settings.value("sell/channel", "shop")), 0))
        mode = settings.value("sell/mode", "pickup")
        self.mode_group.button(MODES.index(mode) if mode in MODES else 1).setChecked(True)

    def refresh(self) -> None:
        self._load_shops()
        self.schedule_recompute()

    def activate(self) -> None:
        super().activate()
        self.picker.setFocus()

    @property
    def mode(self) -> str:
        return MODES[max(self.mode_group.checkedId(), 0)]

    def _choice_changed(self) -> None:
        if self._filling:
            return
        if self.shop.currentData():
            self.ctx.shop = self.shop.currentData()
        self.ctx.settings.setValue("sell/channel", self.channel.currentData())
        self.ctx.settings.setValue("sell/mode", self.mode)
        self.schedule_recompute()

    def request(self) -> OrderRequest:
        customer = Customer(self.customer_name.text().strip(), self.customer_phone.text().strip(),
                            self.customer_email.text().strip(),
                            self.customer_address.toPlainText().strip())
        return OrderRequest(self.shop.currentData() or "",
                            [(line.hit.sku, line.qty) for line in self.sale.lines],
                            self.channel.currentData(), self.mode, customer,
                            customer.address)

    # --- lines ------------------------------------------------------------------------

    def add_product(self, hit: ProductHit) -> None:
        self.not_found.hide()
        row = self.sale.add(hit)
        self._render_lines()
        self.table.selectRow(row)
        self.schedule_recompute()
        self.picker.setFocus()

    def _show_not_found(self, text: str) -> None:
        self.not_found.setText(self.tr("Nothing found for “{0}”").format(text))
        self.not_found.show()

    def remove_selected_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.sale.lines):
            del self.sale.lines[row]
            self._render_lines()
            self.schedule_recompute()

    def _qty_changed(self, row: int, value: int) -> None:
        if 0 <= row < len(self.sale.lines):
            self.sale.lines[row].qty = value
            self.schedule_recompute()

    def _render_lines(self) -> None:
        selected = self.table.currentRow()
        self.table.setRowCount(len(self.sale.lines))
        for row, line in enumerate(self.sale.lines):
            name = QTableWidgetItem(f"{line.hit.name}\n{line.hit.sku}"
                                    + ("" if line.hit.stocked else "  ·  " + self.tr("catalog")))
            self.table.setItem(row, COL_PRODUCT, name)
            spin = self.table.cellWidget(row, COL_QTY)
            if not isinstance(spin, QSpinBox):
                spin = QSpinBox()
                spin.setRange(1, 9999)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.setFixedWidth(72)
                spin.valueChanged.connect(lambda value, s=spin: self._qty_changed(
                    self._row_of(s), value))
                self.table.setCellWidget(row, COL_QTY, spin)
            spin.blockSignals(True)
            spin.setValue(line.qty)
            spin.blockSignals(False)
            price = line.hit.price
            self._cell(row, COL_PRICE, format_money(price) if price is not None else "—")
            self._cell(row, COL_TOTAL, format_money(price * line.qty) if price is not None
                       else "—")
            availability = line.availability
            if availability is None:
                self._cell(row, COL_PROMISE, "")
                self._cell(row, COL_FROM, "")
            elif availability.refusal:
                self._cell(row, COL_PROMISE, self.tr("cannot serve"), LATE)
                self._cell(row, COL_FROM, "")
            else:
                self._cell(row, COL_PROMISE, format_day(availability.promise_date), GOOD)
                self._cell(row, COL_FROM, self._sources(availability))
            self.table.setRowHeight(row, 44)
        if 0 <= selected < len(self.sale.lines):
            self.table.selectRow(selected)

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, COL_QTY) is widget:
                return row
        return -1

    def _cell(self, row: int, column: int, text: str, colour: str | None = None) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment((Qt.AlignmentFlag.AlignRight if column in (COL_PRICE, COL_TOTAL)
                               else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        if colour:
            item.setForeground(QColor(colour))
        self.table.setItem(row, column, item)

    def _sources(self, availability: LineAvailability) -> str:
        words = []
        for allocation in availability.allocations:
            where = allocation.get("po") or allocation.get("supplier") or allocation["site"]
            kind = {"site_stock": self.tr("stock"), "po_line": self.tr("incoming"),
                    "catalog": self.tr("supplier")}[allocation["source"]]
            words.append(f"{allocation['qty']} × {kind} {where}")
        return ", ".join(words)

    # --- promise ----------------------------------------------------------------------

    def schedule_recompute(self) -> None:
        self._recompute_timer.start()

    def recompute(self) -> None:
        """Every line's options and the whole order's promise; quick reads, no writes."""
        request = self.request()
        for line in self.sale.lines:
            try:
                line.availability = line_availability(
                    self.ctx.db, request.site, line.hit.sku, line.qty, request.channel,
                    request.mode, self.ctx.today())
                line.error = ""
            except OmsError as error:
                line.availability, line.error = None, error_text(error)
        self._render_lines()
        self._show_options()
        self._show_promise(request)

    def _show_promise(self, request: OrderRequest) -> None:
        self.refusal.setText("")
        total = sum((line.hit.price or 0) * line.qty for line in self.sale.lines)
        self.total_label.setText(format_money(total) if self.sale.lines else "")
        if not self.sale.lines:
            self.promise_label.setText("—")
            self.promise_detail.setText(self.tr("Scan or search a product to start."))
            self.confirm_button.setEnabled(False)
            return
        try:
            view = promise(self.ctx.db, request, self.ctx.today())
        except OmsError as error:
            self.promise_label.setText(self.tr("Cannot be served as it is"))
            self.promise_label.setStyleSheet(f"color: {LATE};")
            self.promise_detail.setText("")
            self.refusal.setText(error_text(error))
            self.confirm_button.setEnabled(False)
            return
        self.promise_label.setStyleSheet("")
        self.promise_label.setText(format_date(view.promise_date, long=True))
        today = self.ctx.today()
        days = (view.promise_date - today).days
        if days == 0:
            detail = self.tr("Today: everything is here.")
        else:
            detail = self.tr("In %n day(s).", "", days)
        if self.mode == "delivery":
            detail += " " + self.tr("Delivered to the customer's address.")
        elif self.mode == "pickup":
            detail += " " + self.tr("To collect at {shop}.").format(shop=self.shop.currentText())
        self.promise_detail.setText(detail)
        self.confirm_button.setEnabled(True)

    def _show_options(self) -> None:
        self.options.clear()
        row = self.table.currentRow()
        if not (0 <= row < len(self.sale.lines)):
            self.availability.title_label.setText(self.tr("Every way to serve this line"))
            self.availability_hint.setText(self.tr("Add a product to see where it can come "
                                                   "from."))
            self.availability_hint.show()
            return
        line = self.sale.lines[row]
        self.availability.title_label.setText(self.tr("Every way to serve {qty} × {name}").format(
            qty=line.qty, name=line.hit.name))
        availability = line.availability
        if availability is None:
            self.availability_hint.setText(line.error)
            self.availability_hint.show()
            return
        if availability.refusal:
            self.availability_hint.setText(availability.refusal)
        else:
            self.availability_hint.setText(self.tr("Chosen: ✓ — the date the customer is "
                                                   "promised for this line."))
        self.availability_hint.show()
        chosen = {(a["source"], a["site"], a.get("po"), a.get("supplier"))
                  for a in availability.allocations}
        if not availability.options:
            item = QListWidgetItem(self.tr("No stock anywhere, no confirmed purchase order and "
                                           "no supplier offer."))
            item.setForeground(Qt.GlobalColor.darkRed)
            self.options.addItem(item)
        for option in availability.options:
            key = (option.source, option.site, option.po, option.supplier)
            short = option.available is not None and option.available < line.qty
            self._add_option(option, key in chosen, short)

    def _add_option(self, option, chosen: bool, short: bool) -> None:
        qty = self.tr("any quantity") if option.available is None else \
            self.tr("%Ln free", "", option.available)
        card = QWidget()
        card.setObjectName("OptionChosen" if chosen else "Option")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        head = QHBoxLayout()
        date = QLabel(("✓  " if chosen else "") + format_date(option.promise_date))
        date.setObjectName("OptionDate")
        head.addWidget(date)
        head.addWidget(QLabel("·  " + preference_text(option.preference)))
        head.addStretch(1)
        amount = QLabel(qty)
        amount.setObjectName("Late" if short else "Subtle")
        head.addWidget(amount)
        layout.addLayout(head)
        why = QLabel(reason_text(option.reason))
        why.setObjectName("OptionWhy")
        why.setWordWrap(True)
        layout.addWidget(why)
        item = QListWidgetItem()
        card.setMinimumWidth(200)
        item.setSizeHint(card.sizeHint().expandedTo(card.minimumSizeHint()))
        self.options.addItem(item)
        self.options.setItemWidget(item, card)

    # --- customer ---------------------------------------------------------------------

    def _find_customers(self, text: str) -> None:
        self._known_customers = find_customers(self.ctx.db, text)
        self._customer_model.setStringList(
            [f"{c.name} — {c.phone or c.email}" for c in self._known_customers])

    def _customer_chosen(self, label: str) -> None:
        for customer in self._known_customers:
            if label == f"{customer.name} — {customer.phone or customer.email}":
                QTimer.singleShot(0, lambda c=customer: self._fill_customer(c))
                return

    def _fill_customer(self, customer: CustomerInfo) -> None:
        self.customer_name.setText(customer.name)
        self.customer_phone.setText(customer.phone)
        self.customer_email.setText(customer.email)
        self.customer_address.setPlainText(customer.address)

    # --- confirm ----------------------------------------------------------------------

    def confirm(self) -> None:
        if not self.sale.lines or not self.confirm_button.isEnabled():
            return
        request = self.request()
        if request.mode == "delivery" and not request.delivery_address:
            self.refusal.setText(self.tr("Home delivery needs the customer's address."))
            self.customer_address.setFocus()
            return
        self.confirm_button.setEnabled(False)
        self.run(place_order, request, self.ctx.today(), on_success=self._placed,
                 on_error=self._refused, changes=(ORDERS, STOCK, PURCHASING))

    def _refused(self, error: BaseException) -> None:
        self.refusal.setText(error_text(error))
        self.confirm_button.setEnabled(True)

    def _placed(self, view) -> None:
        self.last_order = view
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Order placed"))
        box.setIcon(QMessageBox.Icon.Information)
        promise_text = format_date(view.promise_date, long=True) if view.promise_date else ""
        box.setText(self.tr("<b>{order}</b> is placed.<br>Promise: <b>{date}</b>").format(
            order=view.order, date=promise_text))
        print_button = box.addButton(self.tr("Print the promise"),
                                     QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Done"), QMessageBox.ButtonRole.AcceptRole)
        self.new_sale()
        if self.ctx.settings.value("sell/ask_after_sale", True) in (True, "true"):
            box.exec()
            if box.clickedButton() is print_button:
                self.print_promise(view.order)

    def print_promise(self, order_ref: str) -> None:
        try:
            from ..printing import print_promise
        except ImportError:
            QMessageBox.information(self, self.title(),
                                    self.tr("Printing comes with the documents module."))
            return
        print_promise(self.ctx, order_ref, self)

    def prepare_screenshot(self) -> None:
        """A sale in progress, for the documentation's picture."""
        from ...services.search import search_products

        stocked = [h for h in search_products(self.ctx.db, "théière") if h.stocked]
        offers = [h for h in search_products(self.ctx.db, "assiette", limit=200)
                  if not h.stocked]
        for hit in stocked[:1] + search_products(self.ctx.db, "cocotte")[:1] + offers[:1]:
            self.add_product(hit)
        self.customer_name.setText("Camille Guérin")
        self.customer_phone.setText("06 39 98 12 34")
        self.recompute()
        self.table.selectRow(0)

    def new_sale(self) -> None:
        self.sale = Sale()
        for widget in (self.customer_name, self.customer_phone, self.customer_email):
            widget.clear()
        self.customer_address.clear()
        self.refusal.setText("")
        self._render_lines()
        self.recompute()
        self.picker.setFocus()
