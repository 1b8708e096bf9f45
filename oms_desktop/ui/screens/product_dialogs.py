"""The dialogs of Products & stock: adjust stock, transfer between sites, receive transfers,
add or edit a product.

Each dialog runs its service call through the screen (in the background) and stays open
when it is refused: the reason appears in red under the field it is about, and everything
typed stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput, NotFound
from ...services.products import ProductInfo, add_product, update_product
from ...services.sites import SiteInfo
from ...services.stock import SiteStock, adjust_stock
from ...services.transfers import TransferView, create_transfer, list_transfers, \
    receive_transfer
from ..changes import CATALOG, ORDERS, STOCK
from ..icons import icon
from ..table_model import Column, RowsModel
from ..texts import error_text, format_date, message_text
from ..widgets.product_picker import ProductPicker
from .products import alive

MAX_DELTA = 1_000_000
VAT_RATES = ("20", "10", "5.5", "2.1", "0")


def local_decimal(text: str | Decimal | None) -> str:
    """'12.90' as the user types it here ('12,90' in French)."""
    if text is None:
        return ""
    return str(text).replace(".", QLocale().decimalPoint())


def site_label(site: SiteInfo) -> str:
    return f"{site.code}  ·  {site.name}"


class FormDialog(QDialog):
    """A form whose fields each have a place for their error, and a service call to run."""

    def __init__(self, screen, title: str, ok_text: str) -> None:
        super().__init__(screen)
        self.screen = screen
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        self.result_value = None
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._prefixes: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(6)
        self.form.setHorizontalSpacing(12)
        layout.addLayout(self.form)
        self.body = layout
        self.general_error = QLabel()
        self.general_error.setObjectName("Error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setObjectName("Primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.body.addWidget(self.general_error)
        self.body.addWidget(self.buttons)

    def add_field(self, key: str, label: str, widget: QWidget, *, prefix: str = "",
                  also: Sequence[str] = ()) -> QWidget:
        """A row of the form: `widget` with its error label under it. Errors of the service
        field `key` (or of any `also`, or starting with `prefix`) are shown there."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("Error")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.form.addRow(label, box)
        for name in (key, *also):
            self._fields[name] = (widget, error)
        if prefix:
            self._prefixes[prefix] = key
        return widget

    def error_label(self, key: str) -> QLabel:
        return self._fields[key][1]

    def clear_errors(self) -> None:
        for widget, error in self._fields.values():
            error.hide()
            error.clear()
            self._mark(widget, False)
        self.general_error.hide()

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() \
            else widget
        target.setProperty("invalid", invalid)
        target.style().unpolish(target)
        target.style().polish(target)

    def _field_of(self, error: BaseException) -> str | None:
        name = getattr(error, "field", None) or getattr(error, "kind", None)
        if name in self._fields:
            return name
        for prefix, key in self._prefixes.items():
            if name and name.startswith(prefix):
                return key
        return None

    def show_error(self, error: BaseException) -> None:
        """Next to its field when there is one, else above the buttons."""
        key = self._field_of(error) if isinstance(error, (InvalidInput, NotFound)) else None
        if key is None:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        widget, label = self._fields[key]
        label.setText(message_text(error) if isinstance(error, InvalidInput)
                      else error_text(error))
        label.show()
        self._mark(widget, True)
        widget.setFocus()

    def start(self, work: Callable, *args, changes: tuple[str, ...] = (), **kwargs) -> None:
        self.clear_errors()
        self.ok.setEnabled(False)
        self.screen.run(work, *args, on_success=alive(self, self._succeeded),
                        on_error=alive(self, self._failed), changes=changes, **kwargs)

    def _succeeded(self, result) -> None:
        self.ok.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        self.show_error(error)

    def submit(self) -> None:
        raise NotImplementedError


def site_combo(sites: Sequence[SiteInfo], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for site in sites:
        combo.addItem(site_label(site), site.code)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AdjustStockDialog(FormDialog):
    """A counted correction, breakage, found goods: a signed quantity and a reason."""

    def __init__(self, screen, sku: str, name: str, sites: Sequence[SiteInfo],
                 figures: dict[str, SiteStock], site: str | None = None, *,
                 new_product: bool = False) -> None:
        super().__init__(screen, self.tr("Adjust stock"), self.tr("Adjust"))
        self.sku, self.figures = sku, figures
        # stocking a catalog item makes it one of our products
        self.changes = (STOCK, ORDERS, CATALOG) if new_product else (STOCK, ORDERS)
        product = QLabel(f"<b>{name}</b><br><span style='color:#6b7385'>{sku}</span>")
        product.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.tr("Product"), product)
        self.site = self.add_field("site", self.tr("Site"), site_combo(sites, site))
        self.quantity = QSpinBox()
        self.quantity.setRange(-MAX_DELTA, MAX_DELTA)
        self.quantity.setToolTip(self.tr("Units to add (or, with a minus sign, to remove)"))
        self.quantity.setAccelerated(True)
        self.add_field("delta", self.tr("Change (+/-)"), self.quantity)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the stock changes (required), e.g. "
                                               "stock count"))
        suggestions = QCompleter([self.tr("Stock count"), self.tr("Breakage"),
                                  self.tr("Damaged"), self.tr("Found goods"),
                                  self.tr("Theft or loss")], self.reason)
        suggestions.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.reason.setCompleter(suggestions)  # what was typed stays, unless one is picked
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.preview = QLabel()
        self.preview.setObjectName("Subtle")
        self.form.addRow("", self.preview)
        self.finish_layout()
        self.site.currentIndexChanged.connect(self._update_preview)
        self.quantity.valueChanged.connect(self._update_preview)
        self._update_preview()
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _update_preview(self) -> None:
        code = self.site.currentData()
        now = self.figures.get(code)
        on_hand, reserved = (now.on_hand, now.reserved) if now else (0, 0)
        after = on_hand + self.quantity.value()
        text = self.tr("{site} holds {on_hand} ({reserved} reserved); after this: {after}") \
            .format(site=code, on_hand=on_hand, reserved=reserved, after=after)
        self.preview.setText(text)

    def submit(self) -> None:
        self.start(adjust_stock, self.site.currentData(), self.sku, self.quantity.value(),
                   self.reason.text(), changes=self.changes)


class TransferDialog(FormDialog):
    """Send stock from one site to another: it is in transit until received."""

    def __init__(self, screen, sites: Sequence[SiteInfo], lines: Sequence[tuple[str, str]],
                 origin: str | None = None, destination: str | None = None) -> None:
        super().__init__(screen, self.tr("Transfer between sites"), self.tr("Send"))
        self.setMinimumWidth(620)
        self.origin = self.add_field("origin", self.tr("From"), site_combo(sites, origin),
                                     also=("site",))
        self.destination = self.add_field("destination", self.tr("To"),
                                          site_combo(sites, destination))
        if destination is None and self.destination.count() > 1 \
                and self.destination.currentIndex() == self.origin.currentIndex():
            self.destination.setCurrentIndex(1 if self.origin.currentIndex() == 0 else 0)
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Quantity"), ""])
        self.lines.verticalHeader().hide()
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.lines.setColumnWidth(1, 110)
        self.lines.setColumnWidth(2, 40)
        self.lines.setMinimumHeight(150)
        self.add_field("lines", self.tr("Lines"), self.lines, prefix="quantity of",
                       also=("product", "sku"))
        self.picker = ProductPicker(screen.ctx)
        self.picker.setPlaceholderText(self.tr("Add a product: scan or type a name, SKU, EAN"))
        self.picker.picked.connect(lambda hit: self.add_line(hit.sku, hit.name))
        self.form.addRow("", self.picker)
        self.finish_layout()
        self._skus: list[str] = []
        for sku, name in lines:
            self.add_line(sku, name)
        if self._skus:
            self.quantity_box(0).setFocus()
            self.quantity_box(0).selectAll()
        else:
            self.picker.setFocus()

    def quantity_box(self, row: int) -> QSpinBox:
        return self.lines.cellWidget(row, 1)

    def add_line(self, sku: str, name: str, qty: int = 1) -> None:
        if sku in self._skus:
            box = self.quantity_box(self._skus.index(sku))
            box.setValue(box.value() + qty)
            return
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        item = QTableWidgetItem(f"{name}  ·  {sku}")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.lines.setItem(row, 0, item)
        box = QSpinBox()
        box.setRange(1, MAX_DELTA)
        box.setValue(qty)
        self.lines.setCellWidget(row, 1, box)
        remove = QPushButton()
        remove.setIcon(icon("cancel"))
        remove.setToolTip(self.tr("Remove this line"))
        remove.setFlat(True)
        remove.clicked.connect(lambda _=False, s=sku: self.remove_line(s))
        self.lines.setCellWidget(row, 2, remove)
        self._skus.append(sku)

    def remove_line(self, sku: str) -> None:
        row = self._skus.index(sku)
        self.lines.removeRow(row)
        self._skus.pop(row)

    def line_values(self) -> list[tuple[str, int]]:
        return [(sku, self.quantity_box(row).value()) for row, sku in enumerate(self._skus)]

    def submit(self) -> None:
        self.start(create_transfer, self.origin.currentData(), self.destination.currentData(),
                   self.line_values(), changes=(STOCK, ORDERS))


class ReceiveTransfersDialog(QDialog):
    """The transfers on their way; receiving one books the goods in at its destination and
    makes ready the customer orders they were for."""

    def __init__(self, screen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.setWindowTitle(self.tr("Receive a transfer"))
        self.setMinimumSize(760, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Transfers on their way. Select the one that arrived and press "
                               "Receive: its goods become stock at the destination, and the "
                               "customer orders waiting for them become ready."))
        intro.setObjectName("Subtle")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel([
            Column(self.tr("Transfer"), lambda t: t.transfer),
            Column(self.tr("From"), lambda t: t.origin),
            Column(self.tr("To"), lambda t: t.destination),
            Column(self.tr("Expected"), lambda t: t.expected, text=lambda t: format_date(
                t.expected)),
            Column(self.tr("Goods"), lambda t: ", ".join(f"{q} × {s}" for s, q in t.lines)),
            Column(self.tr("For orders"), lambda t: ", ".join(t.for_orders)),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.receive())
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.receive_button = QPushButton(icon("receive", colour="#ffffff"), self.tr("Receive"))
        self.receive_button.setObjectName("Primary")
        self.receive_button.setDefault(True)
        self.receive_button.setToolTip(self.tr("Receive the selected transfer (Enter)"))
        self.receive_button.clicked.connect(self.receive)
        buttons.addWidget(close)
        buttons.addWidget(self.receive_button)
        layout.addLayout(buttons)
        self.received: list[TransferView] = []
        self.reload()

    def reload(self) -> None:
        self.screen.run(list_transfers, "in_transit", on_success=alive(self, self._loaded),
                        on_error=alive(self, self._failed))

    def _loaded(self, transfers: list[TransferView]) -> None:
        self.model.set_rows(transfers)
        self.receive_button.setEnabled(bool(transfers))
        if transfers:
            self.table.selectRow(0)
            self.table.setFocus()
        elif not self.received:
            self.message.setObjectName("Subtle")
            self.message.setText(self.tr("No transfer is on its way."))
        self.table.resizeColumnsToContents()

    def selected(self) -> TransferView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def receive(self) -> None:
        transfer = self.selected()
        if transfer is None:
            return
        self.receive_button.setEnabled(False)
        self.screen.run(receive_transfer, transfer.transfer,
                        on_success=alive(self, self._received),
                        on_error=alive(self, self._failed), changes=(STOCK, ORDERS))

    def _received(self, view: TransferView) -> None:
        self.received.append(view)
        text = self.tr("{transfer} received at {site}.").format(transfer=view.transfer,
                                                                 site=view.destination)
        if view.ready_orders:
            text += " " + self.tr("Now ready for the customer: {orders}.").format(
                orders=", ".join(view.ready_orders))
        self._say(text, error=False)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.receive_button.setEnabled(True)
        self._say(error_text(error), error=True)

    def _say(self, text: str, error: bool) -> None:
        self.message.setObjectName("Error" if error else "")
        self.message.setStyleSheet("" if error else "color: #1e8449; font-weight: 600;")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)


class ProductDialog(FormDialog):
    """A new product (our SKU, name, price incl. VAT, VAT rate, EAN checked), or changes
    to one, including stopping its sale."""

    def __init__(self, screen, product: ProductInfo | None = None, *,
                 prefill: dict | None = None) -> None:
        editing = product is not None
        super().__init__(screen, self.tr("Edit product") if editing else self.tr("New product"),
                         self.tr("Save") if editing else self.tr("Add product"))
        self.setMinimumWidth(540)
        self.product = product
        values = prefill or {}
        if product is not None:
            values = dict(sku=product.sku, name=product.name, ean=product.ean or "",
                          price=product.price, vat=product.vat)
        self.sku = self.add_field("sku", self.tr("SKU"), QLineEdit(values.get("sku", "")))
        self.sku.setReadOnly(editing)
        self.sku.setPlaceholderText(self.tr("Your reference, e.g. CUI-10001"))
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(values.get("name", "")))
        self.ean = self.add_field("ean", self.tr("EAN (barcode)"),
                                  QLineEdit(values.get("ean") or ""))
        self.ean.setPlaceholderText(self.tr("8 or 13 digits; scan it (optional)"))
        self.price = self.add_field("price", self.tr("Price incl. VAT (€)"),
                                    QLineEdit(local_decimal(values.get("price"))))
        self.price.setPlaceholderText(local_decimal("12.90"))
        self.vat = QComboBox()
        self.vat.setEditable(True)
        self.vat.addItems([local_decimal(v) for v in VAT_RATES])
        self.vat.setCurrentText(local_decimal(values.get("vat", "20")))
        self.add_field("vat", self.tr("VAT rate (%)"), self.vat)
        self.active = QCheckBox(self.tr("On sale"))
        self.active.setToolTip(self.tr("Untick to stop selling it; open orders keep it"))
        if editing:
            self.active.setChecked(product.active)
            self.add_field("active", "", self.active)
        self.finish_layout()
        (self.name if editing else self.sku).setFocus()

    def submit(self) -> None:
        vat = self.vat.currentText().strip().replace(",", ".")
        if self.product is None:
            self.start(add_product, self.sku.text().strip(), self.name.text(),
                       self.price.text(), ean=self.ean.text().strip() or None, vat=vat,
                       changes=(CATALOG,))
        else:
            self.start(update_product, self.product.sku, name=self.name.text(),
                       price=self.price.text(), vat=vat, ean=self.ean.text().strip(),
                       active=self.active.isChecked(), changes=(CATALOG,))


def offer_prefill(sku: str, name: str, ean: str | None, price: Decimal | None) -> dict:
    """What a catalog item brings to the New product form."""
    return dict(sku=sku, name=name, ean=ean or "", price=str(price) if price else "")


__all__ = ["AdjustStockDialog", "TransferDialog", "ReceiveTransfersDialog", "ProductDialog",
           "offer_prefill"]
