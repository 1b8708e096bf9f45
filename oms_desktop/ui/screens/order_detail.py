"""One customer order shown whole beside the list: who, where, each line with where its goods
come from and why that date, what it still waits for, and its history. Also the small dialog
for goods a customer brings back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.fulfilment import Waiting
from ...services.order_search import OrderDetail
from ...services.order_views import AllocationView, LineView, OrderEvent, OrderView
from ..style import GOOD, LATE, MUTED, WARN
from ..texts import channel_text, format_date, format_money, late_text, mode_text, \
    reason_text, source_text, status_text, tr
from .base import Card

# --- words --------------------------------------------------------------------------------

def waiting_text(w: Waiting) -> str:
    """What keeps goods from being handed over, as a clerk would say it."""
    words = {
        "site_stock_elsewhere": tr("{qty} × {sku} still at {where}: transfer it to the shop"),
        "in_transit": tr("{qty} × {sku} on its way on transfer {where}"),
        "po_line": tr("{qty} × {sku} on a purchase order, arriving at {where}"),
        "catalog": tr("{qty} × {sku} to be ordered from the supplier"),
        "unsupplied": tr("{qty} × {sku} has no supply any more: source it again"),
    }
    return words.get(w.what, "{qty} × {sku} {where}").format(qty=w.qty, sku=w.sku,
                                                            where=w.where)


def event_text(event: OrderEvent) -> str:
    """One entry of an order's history in plain words."""
    d = event.detail
    code = event.code
    if code == "placed":
        promise = d.get("promise")
        return tr("Placed, promised for {date}").format(date=_date(promise)) if promise \
            else tr("Placed")
    if code == "ready":
        if d.get("transfer"):
            return tr("Ready: the goods arrived on transfer {transfer}").format(
                transfer=d["transfer"])
        return tr("Set aside, ready for the customer (%n line(s))", "", d.get("lines", 1))
    if code == "shipped":
        return tr("Shipped to the customer: {skus}").format(skus=", ".join(d.get("skus", [])))
    if code == "collected":
        return tr("Collected by the customer: {skus}").format(skus=", ".join(d.get("skus", [])))
    if code == "cancelled":
        return tr("Cancelled (%n line(s) released)", "", d.get("lines", 0))
    if code == "reallocated":
        improved = int(d.get("improved", 0) or 0)
        return tr("Sourced again: %n line(s) now sooner", "", improved) if improved \
            else tr("Sourced again: nothing sooner found")
    if code == "returned":
        return tr("Customer returned {qty} × {sku}: {reason}").format(
            qty=d.get("qty", ""), sku=d.get("sku", ""), reason=d.get("reason", ""))
    if code == "served_by_po":
        outcome = {"ready": tr("ready"), "in_transit": tr("sent on to the shop"),
                   "waiting": tr("waiting for the rest")}.get(d.get("outcome"), "")
        text = tr("{qty} × {sku} received on {po}").format(
            qty=d.get("qty", ""), sku=d.get("sku", ""), po=d.get("po_ref", ""))
        return f"{text}: {outcome}" if outcome else text
    if code == "resourced":
        if d.get("supplied"):
            return tr("{qty} × {sku} sourced again after a supply change").format(
                qty=d.get("qty", ""), sku=d.get("sku", ""))
        return tr("{qty} × {sku} lost its supply").format(qty=d.get("qty", ""),
                                                          sku=d.get("sku", ""))
    return code.replace("_", " ")


def _date(value) -> str:
    import datetime

    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return format_date(value)


def allocation_heading(a: AllocationView) -> str:
    """'2 × incoming PO PO-000008 · held' : how much comes from where, with its papers."""
    refs = [ref for ref in (a.po, a.transfer and tr("transfer {ref}").format(ref=a.transfer),
                            a.supplier_ref and tr("supplier ref. {ref}").format(
                                ref=a.supplier_ref)) if ref]
    where = ""
    if a.transfer and a.status == "in_transit":
        where = tr(" on its way to {site}").format(site=a.site)
    elif a.source == "site_stock":
        where = tr(" at {site}").format(site=a.site)
    parts = [f"{a.qty} × {source_text(a.source)}{where}"]
    parts += refs
    parts.append(status_text(a.status))
    return " · ".join(parts)


def line_dates_text(line: LineView) -> str:
    if line.status in ("shipped", "collected", "cancelled"):
        return ""
    if line.promise_date is None:
        return tr("no date: the line has no supply")
    text = tr("promised for {date}").format(date=format_date(line.promise_date))
    if line.first_promise_date and line.first_promise_date != line.promise_date:
        text += " " + tr("(first promised for {date})").format(
            date=format_date(line.first_promise_date))
    return text


def _label(text: str = "", name: str = "", wrap: bool = True, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #eef0f4;")
    return line


# --- the panel ----------------------------------------------------------------------------

class OrderDetailPanel(QScrollArea):
    """Shows one `OrderDetail`; Escape hands the focus back to the list."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail: OrderDetail | None = None
        self.show_nothing()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setObjectName("OrderDetailPage")
        page.setStyleSheet("#OrderDetailPage { background: transparent; }")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(12)
        return page, layout

    def show_nothing(self, text: str = "") -> None:
        self.detail = None
        page, layout = self._page()
        hint = _label(text or tr("Select an order to see its lines, where their goods come "
                                 "from, and its history."), "Subtle")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(hint)
        layout.addStretch(2)
        self.setWidget(page)

    def show_detail(self, detail: OrderDetail) -> None:
        self.detail = detail
        page, layout = self._page()
        layout.addWidget(self._head(detail))
        layout.addWidget(self._lines(detail.view))
        layout.addWidget(self._history(detail.view))
        layout.addStretch(1)
        scroll = self.verticalScrollBar().value() if self.widget() else 0
        self.setWidget(page)
        self.verticalScrollBar().setValue(scroll)

    def text(self) -> str:
        """Everything shown, as plain text (for tests and for copying)."""
        page = self.widget()
        return "\n".join(label.text() for label in page.findChildren(QLabel)) if page else ""

    # --- sections -----------------------------------------------------------------------

    def _head(self, detail: OrderDetail) -> Card:
        view = detail.view
        card = Card()
        top = QHBoxLayout()
        number = _label(view.order, "PageTitle", wrap=False)
        top.addWidget(number)
        top.addWidget(_status_chip(view))
        top.addStretch(1)
        top.addWidget(_label(format_money(view.total), "CardTitle", wrap=False))
        card.body.addLayout(top)
        card.body.addWidget(_label(_order_line(view), "Subtle"))

        promise = _promise_label(view)
        if promise is not None:
            card.body.addWidget(promise)
        if detail.waiting:
            text = tr("Waiting for: {what}").format(
                what="; ".join(waiting_text(w) for w in detail.waiting))
            card.body.addWidget(_label(text, style=f"color: {WARN};"))

        card.body.addWidget(_rule())
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        rows = [(tr("Customer"), view.customer or tr("no name given (counter sale)"))]
        if view.contact:
            rows.append((tr("Contact"), view.contact.replace(", ", "  ·  ")))
        if view.mode == "delivery":
            rows.append((tr("Deliver to"), view.delivery_address or tr("no address given")))
        elif view.mode == "pickup":
            rows.append((tr("Collects at"), view.site))
        for row, (title, value) in enumerate(rows):
            grid.addWidget(_label(title, "Subtle", wrap=False), row, 0,
                           Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(value), row, 1)
        grid.setColumnStretch(1, 1)
        card.body.addLayout(grid)
        return card

    def _lines(self, view: OrderView) -> Card:
        card = Card(tr("Lines and where their goods come from"))
        for number, line in enumerate(view.lines):
            if number:
                card.body.addWidget(_rule())
            card.body.addLayout(_line_block(line))
        return card

    def _history(self, view: OrderView) -> Card:
        card = Card(tr("History"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for row, event in enumerate(view.history):
            when = f"{format_date(event.at.date())} {event.at:%H:%M}"
            grid.addWidget(_label(when, "Subtle", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(event_text(event)), row, 1)
        if not view.history:
            grid.addWidget(_label(tr("Nothing recorded yet."), "Subtle"), 0, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        card.body.addLayout(grid)
        return card


def _order_line(view: OrderView) -> str:
    mode = mode_text(view.mode)
    return tr("{mode} · {channel} sale at {site} · placed {date}").format(
        mode=mode[:1].upper() + mode[1:], channel=channel_text(view.channel), site=view.site,
        date=format_date(view.created_on))


def _status_chip(view: OrderView) -> QLabel:
    colours = {"open": ("#e8effc", "#2f6fde"), "completed": ("#e6f4ea", GOOD),
               "cancelled": ("#f1f3f7", MUTED)}
    back, fore = colours.get(view.status, ("#f1f3f7", MUTED))
    chip = _label(status_text(view.status), wrap=False,
                  style=f"background: {back}; color: {fore}; border-radius: 9px; "
                        f"padding: 2px 10px; font-weight: 600;")
    return chip


def _promise_label(view: OrderView) -> QLabel | None:
    if view.status != "open":
        return None
    late = [line.late for line in view.lines if line.late]
    if view.promise_date is None:
        text = tr("No promise date: a line has no supply any more")
    else:
        text = tr("Promised for {date}").format(date=format_date(view.promise_date, long=True))
    if late:
        reasons = ", ".join(dict.fromkeys(late_text(why) for why in late))
        return _label(tr("Late ({why}). {promise}").format(why=reasons, promise=text), "Late")
    return _label(text, style=f"color: {GOOD}; font-weight: 600;")


def _line_block(line: LineView) -> QVBoxLayout:
    block = QVBoxLayout()
    block.setSpacing(3)
    top = QHBoxLayout()
    top.addWidget(_label(f"{line.qty} × {line.name}", style="font-weight: 600;"), 1)
    top.addWidget(_label(status_text(line.status), "Subtle", wrap=False),
                  0, Qt.AlignmentFlag.AlignTop)
    block.addLayout(top)
    facts = [line.sku, format_money(line.unit_price * line.qty)]
    dates = line_dates_text(line)
    if dates:
        facts.append(dates)
    block.addWidget(_label("  ·  ".join(facts), "Subtle"))
    if line.late:
        block.addWidget(_label(tr("Late: {why}").format(why=late_text(line.late)), "Late"))
    for allocation in line.allocations:
        block.addWidget(_allocation_block(allocation))
    return block


def _allocation_block(a: AllocationView) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 2, 0, 2)
    layout.setSpacing(1)
    colour = LATE if a.status == "unsupplied" else "#44506a"
    layout.addWidget(_label(allocation_heading(a), style=f"color: {colour}; font-weight: 600;"))
    layout.addWidget(_label(reason_text(a.reason)))
    box.setStyleSheet("QWidget { border-left: 0px; }")
    return box


# --- returns ------------------------------------------------------------------------------

class ReturnGoodsDialog(QDialog):
    """Which product, how many, why: the screen takes it back and says if it is refused
    (the dialog stays open with what was typed)."""

    submitted = Signal(str, int, str)  # SKU, quantity, reason

    def __init__(self, order: str, returnable: list[tuple[str, int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return goods – {order}").format(order=order))
        self.setMinimumWidth(420)
        self.received = dict(returnable)
        self.product = QComboBox()
        for sku, qty in returnable:
            self.product.addItem(self.tr("{sku} (up to {qty})").format(sku=sku, qty=qty),
                                 sku)
        self.qty = QSpinBox()
        self.qty.setRange(1, 9999)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("damaged"), self.tr("wrong item"),
                              self.tr("does not fit"), self.tr("changed their mind")])
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Why does the customer return it?"))
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Quantity"), self.qty)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Take back"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("Primary")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The goods go back into the stock of the order's "
                                        "shop.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.product.currentIndexChanged.connect(self._limit)
        self._limit()

    def _limit(self) -> None:
        self.qty.setMaximum(self.received.get(self.product.currentData(), 1))

    def _submit(self) -> None:
        sku = self.product.currentData()
        if not sku:
            return
        reason = self.reason.currentText().strip()
        if not reason:
            self.show_error(self.tr("Say why the customer returns it (e.g. damaged)."))
            self.reason.setFocus()
            return
        self.ok.setEnabled(False)
        self.submitted.emit(sku, self.qty.value(), reason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.ok.setEnabled(True)
