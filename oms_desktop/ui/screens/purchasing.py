"""Purchasing: purchase orders (by hand or from customer orders; confirm, move, cancel,
close, print, receive) and the suppliers with their catalogs (add, import a CSV)."""

from __future__ import annotations

import datetime
import os

import shiboken6
from PySide6.QtCore import QLocale, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.catalog import CatalogImportReport, ImportCancelled
from ...services.catalog_mappings import import_with_mapping
from ...services.late_customers import late_customers
from ...services.offer_listing import OfferCount, count_offers, offer_page
from ...services.purchasing import POView, cancel_po, close_po, confirm_po, list_pos, \
    pending_requests
from ...services.suppliers import SupplierInfo, list_suppliers
from ..changes import CATALOG, ORDERS, PURCHASING, STOCK
from ..icons import icon
from ..paged_model import PagedModel, attach_view
from ..style import GOOD, LATE, MUTED
from ..table_model import ROW_ROLE, SORT_ROLE, Column, RowsModel, numeric
from ..texts import error_text, format_date, format_money, status_text, weekdays_text
from .base import Card, Screen, page_header
from .catalog_import import CatalogImportDialog, ImportResultDialog, choose_catalog_file
from .purchasing_dialogs import AddSupplierDialog, ExpectedDateDialog, FromRequestsDialog, \
    LateCustomersDialog, NewPODialog, ReceiveDialog, money, plain_table

KEY = "purchasing/"
OPEN = ("draft", "confirmed", "partially_received")
RECEIVABLE = ("confirmed", "partially_received")
POS_SHOWN = 1000
NOTICE_STYLE = (f"QLabel#Notice {{ background: #eaf5ee; color: {GOOD}; border: 1px solid #cfe8d8;"
                " border-radius: 6px; padding: 6px 10px; }")


def is_overdue(po: POView, today: datetime.date) -> bool:
    return po.status in RECEIVABLE and po.expected < today


def units(po: POView) -> int:
    return sum(line.qty for line in po.lines)


def sold(po: POView) -> int:
    return sum(line.pegged for line in po.lines)


def button(text: str, icon_name: str | None = None, tip: str = "") -> QPushButton:
    widget = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    widget.setToolTip(tip)
    return widget


class POFilter(QSortFilterProxyModel):
    """Shows the POs of one state (or the open ones, or the overdue ones) matching the text
    typed in any column."""

    def __init__(self, today: datetime.date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.state = "open"
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_state(self, state: str) -> None:
        self.beginFilterChange()
        self.state = state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        po: POView = self.sourceModel().row_at(source_row)
        if self.state == "open" and po.status not in OPEN:
            return False
        if self.state == "overdue" and not is_overdue(po, self.today):
            return False
        if self.state not in ("open", "overdue", "all") and po.status != self.state:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class PurchasingScreen(Screen):
    icon_name = "purchasing"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.dialog = None  # the dialog or message open now (tests look at it)
        self.progress: QProgressDialog | None = None
        self.pos: list[POView] = []
        self.suppliers: list[SupplierInfo] = []
        self._selected_po: str | None = None
        self._follow: str | None = None  # the PO an action just changed: keep it in sight
        self._offers_for: tuple[str, int] | None = None  # (supplier, count) of offers shown
        self._offers_query: tuple[str, str] | None = None  # (supplier, text) listed now
        self.notice = QLabel()
        self.notice.setObjectName("Notice")
        self.notice.setStyleSheet(NOTICE_STYLE)  # belongs in style.py as #Notice
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._po_page(), icon("purchasing"), self.tr("Purchase orders"))
        self.tabs.addTab(self._supplier_page(), icon("products"),
                         self.tr("Suppliers and catalogs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(page_header(self.title(), self.tr(
            "Order from your suppliers, follow what is on its way, and book deliveries in: "
            "customers waiting for the goods are served first.")))
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self._restore()

    def title(self) -> str:
        return self.tr("Purchasing")

    def cares_about(self) -> frozenset[str]:
        return frozenset({PURCHASING, ORDERS, CATALOG})

    def run(self, work, *args, on_success=None, on_error=None, changes=(), **kwargs):
        """Screen.run, whose result is dropped when the screen or the dialog it was meant
        for is gone by the time it arrives (a closed dialog, the window closing)."""
        return super().run(work, *args, on_success=self._while_alive(on_success),
                           on_error=self._while_alive(on_error or self.show_error),
                           changes=changes, **kwargs)

    def _while_alive(self, callback):
        if callback is None:
            return None
        owner = getattr(callback, "__self__", None)

        def deliver(value) -> None:
            if shiboken6.isValid(self) and (not isinstance(owner, QObject)
                                            or shiboken6.isValid(owner)):
                callback(value)
        return deliver

    def _changes_arrived(self, what: frozenset) -> None:
        if CATALOG in what:
            self._offers_for = None  # offers may have changed: read them again
        super()._changes_arrived(what)

    # --- purchase orders ----------------------------------------------------------------

    def _po_page(self) -> QWidget:
        page = QWidget()
        self.po_page = page
        self.new_po_button = button(self.tr("New PO"), "add",
                                    self.tr("A purchase order typed by hand (Ctrl+N)"))
        self.new_po_button.setObjectName("Primary")
        self.new_po_button.clicked.connect(self.new_po)
        self.requests_button = button(self.tr("From customer orders"), "orders", self.tr(
            "Put the items sold from suppliers' catalogs on draft POs (Ctrl+Shift+N)"))
        self.requests_button.clicked.connect(self.from_requests)
        self.state = QComboBox()
        for label, value in ((self.tr("Open"), "open"), (self.tr("Overdue"), "overdue"),
                             (self.tr("Draft"), "draft"), (self.tr("Confirmed"), "confirmed"),
                             (self.tr("Partly received"), "partially_received"),
                             (self.tr("Received"), "received"),
                             (self.tr("Cancelled"), "cancelled"), (self.tr("All"), "all")):
            self.state.addItem(label, value)
        self.state.setToolTip(self.tr("Which purchase orders to show"))
        self.po_search = QLineEdit()
        self.po_search.setPlaceholderText(self.tr("Find a PO, supplier or site (Ctrl+F)"))
        self.po_search.setClearButtonEnabled(True)
        self.po_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.po_search.setMinimumWidth(260)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.new_po_button)
        toolbar.addWidget(self.requests_button)
        toolbar.addStretch(1)
        toolbar.addWidget(QLabel(self.tr("Show")))
        toolbar.addWidget(self.state)
        toolbar.addWidget(self.po_search)

        today = self.ctx.today()
        late = lambda po: LATE if is_overdue(po, today) else None  # noqa: E731
        self.po_model = RowsModel([
            Column(self.tr("PO"), lambda po: po.po, colour=late),
            Column(self.tr("Status"), lambda po: status_text(po.status),
                   text=lambda po: status_text(po.status) + (
                       "  ·  " + self.tr("overdue") if is_overdue(po, today) else ""),
                   colour=late),
            Column(self.tr("Supplier"), lambda po: po.supplier_name),
            Column(self.tr("Deliver to"), lambda po: po.site),
            Column(self.tr("Expected"), lambda po: po.expected, colour=late,
                   tooltip=lambda po: self.tr("overdue: not delivered yet")
                   if is_overdue(po, today) else ""),
            numeric(self.tr("Units"), units),
            numeric(self.tr("Sold"), sold, tooltip=lambda po: self.tr(
                "units already sold to customers waiting for this PO")),
            numeric(self.tr("Total excl. VAT"), lambda po: po.total_cents,
                    text=lambda po: money(po.total_cents)),
        ], self)
        self.po_proxy = POFilter(today, self)
        self.po_proxy.setSourceModel(self.po_model)
        self.po_table = plain_table(self.po_proxy)
        self.po_table.setSortingEnabled(True)
        self.po_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        header = self.po_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.po_table.selectionModel().currentRowChanged.connect(self._po_selected)
        self.po_table.activated.connect(self._po_activated)
        self.state.currentIndexChanged.connect(
            lambda _: self.po_proxy.set_state(self.state.currentData()))
        self.po_search.textChanged.connect(self.po_proxy.setFilterFixedString)

        self.po_splitter = QSplitter(Qt.Orientation.Vertical)
        self.po_splitter.setChildrenCollapsible(False)
        self.po_splitter.addWidget(self.po_table)
        self.po_splitter.addWidget(self._po_detail())
        self.po_splitter.setSizes([300, 340])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.po_splitter, 1)
        for keys, slot in (("Ctrl+N", self.new_po), ("Ctrl+Shift+N", self.from_requests),
                           ("Ctrl+Return", self.confirm), ("Ctrl+R", self.receive),
                           ("Ctrl+D", self.change_date), ("Ctrl+Delete", self.cancel),
                           ("Ctrl+P", self.print_po), ("Ctrl+Shift+S", self.save_pdf),
                           ("Ctrl+F", self.po_search.setFocus), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return page

    def _po_detail(self) -> QWidget:
        card = Card()
        self.po_title = QLabel(self.tr("No purchase order selected"))
        self.po_title.setObjectName("CardTitle")
        font = self.po_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.po_title.setFont(font)
        self.po_summary = QLabel()
        self.po_summary.setObjectName("Subtle")
        self.po_summary.setWordWrap(True)
        self.po_warning = QLabel()
        self.po_warning.setObjectName("Late")
        self.po_warning.setWordWrap(True)
        self.po_warning.hide()
        self.actions = {
            "receive": button(self.tr("Receive…"), "receive",
                              self.tr("Count the delivery in and book it (Ctrl+R, or Enter "
                                      "in the list)")),
            "confirm": button(self.tr("Confirm"), "check", self.tr(
                "The PO is sent: its quantities become sellable (Ctrl+Enter)")),
            "date": button(self.tr("Change date…"), None, self.tr(
                "The supplier announced a new date (Ctrl+D)")),
            "cancel": button(self.tr("Cancel PO…"), "cancel", self.tr(
                "The supplier will deliver nothing (Ctrl+Delete)")),
            "close": button(self.tr("Close short…"), None, self.tr(
                "The supplier will not deliver the rest of a partly received PO")),
            "print": button(self.tr("Print"), "print", self.tr("Print the PO (Ctrl+P)")),
            "pdf": button(self.tr("Save PDF…"), None, self.tr(
                "Save the PO as a PDF to e-mail it (Ctrl+Shift+S)")),
        }
        self.actions["receive"].setObjectName("Primary")
        for name, slot in (("receive", self.receive), ("confirm", self.confirm),
                           ("date", self.change_date), ("cancel", self.cancel),
                           ("close", self.close_short), ("print", self.print_po),
                           ("pdf", self.save_pdf)):
            self.actions[name].clicked.connect(slot)
        title_row = QHBoxLayout()
        title_row.addWidget(self.po_title)
        title_row.addStretch(1)
        for widget in self.actions.values():
            title_row.addWidget(widget)
        self.lines_model = RowsModel([
            Column(self.tr("Item"), lambda line: line.name),
            Column(self.tr("SKU"), lambda line: line.sku),
            Column(self.tr("Supplier ref"), lambda line: line.supplier_ref),
            numeric(self.tr("Ordered"), lambda line: line.qty),
            numeric(self.tr("Received"), lambda line: line.received),
            numeric(self.tr("Sold"), lambda line: line.pegged, tooltip=lambda line: self.tr(
                "units sold to waiting customers")),
            Column(self.tr("Expected"), lambda line: line.expected),
            numeric(self.tr("Unit cost"), lambda line: line.unit_cost_cents,
                    text=lambda line: money(line.unit_cost_cents)),
            numeric(self.tr("Total"), lambda line: line.total_cents,
                    text=lambda line: money(line.total_cents)),
        ], self)
        self.lines_table = plain_table(self.lines_model)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        card.body.addLayout(title_row)
        card.body.addWidget(self.po_summary)
        card.body.addWidget(self.po_warning)
        card.body.addWidget(self.lines_table, 1)
        self._show_po(None)
        return card

    def current_po(self) -> POView | None:
        index = self.po_table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_po(self, ref: str, follow: bool = True) -> None:
        """Selects the PO; if the list is not loaded yet (or does not show it) and `follow`,
        it is selected once the list arrives, the filter widened if need be."""
        for row in range(self.po_proxy.rowCount()):
            index = self.po_proxy.index(row, 0)
            if index.data(ROW_ROLE).po == ref:
                self.po_table.setCurrentIndex(index)
                self.po_table.scrollTo(index)
                return
        if follow:
            self._selected_po = self._follow = ref

    def _shows(self, ref: str) -> bool:
        return any(self.po_proxy.index(row, 0).data(ROW_ROLE).po == ref
                   for row in range(self.po_proxy.rowCount()))

    def _po_activated(self, *_) -> None:
        """Enter or a double click: a PO on its way opens for receiving."""
        po = self.current_po()
        if po and po.status in RECEIVABLE:
            self.receive()

    def _po_selected(self, *_) -> None:
        po = self.current_po()
        self._selected_po = po.po if po else self._selected_po
        self._show_po(po)

    def _show_po(self, po: POView | None) -> None:
        for name, widget in self.actions.items():
            widget.setVisible(po is not None and name in self._possible(po))
        if po is None:
            self.po_title.setText(self.tr("No purchase order selected"))
            self.po_summary.setText(self.tr("Choose a PO in the list, or create one."))
            self.po_warning.hide()
            self.lines_model.set_rows([])
            return
        today = self.ctx.today()
        self.po_title.setText(f"{po.po}  ·  {status_text(po.status)}")
        parts = [self.tr("{supplier} → {site}").format(supplier=po.supplier_name, site=po.site),
                 self.tr("expected {0}").format(format_date(po.expected)),
                 self.tr("made {0}").format(format_date(po.created)),
                 self.tr("{0} excl. VAT").format(money(po.total_cents))]
        if sold(po):
            parts.append(self.tr("%Ln unit(s) sold to waiting customers", "", sold(po)))
        self.po_summary.setText("  ·  ".join(parts))
        warnings = []
        if is_overdue(po, today):
            warnings.append(self.tr("Overdue: expected {0} and not delivered yet. Ask the "
                                    "supplier for a new date.").format(format_date(po.expected)))
        if po.status == "draft" and po.below_minimum:
            warnings.append(self.tr("Below the supplier's minimum order ({0}).").format(
                money(po.min_order_cents)))
        self.po_warning.setText("\n".join(warnings))
        self.po_warning.setVisible(bool(warnings))
        self.lines_model.set_rows(po.lines)

    @staticmethod
    def _possible(po: POView) -> set[str]:
        return {"draft": {"confirm", "date", "cancel", "print", "pdf"},
                "confirmed": {"receive", "date", "cancel", "print", "pdf"},
                "partially_received": {"receive", "date", "close", "print", "pdf"},
                }.get(po.status, {"print", "pdf"})

    def _po_for(self, action: str) -> POView | None:
        po = self.current_po()
        if po is None:
            self.say(self.tr("Choose a purchase order first."))
            return None
        if action not in self._possible(po):
            self.say(self.tr("{po} is {status}: this cannot be done now.").format(
                po=po.po, status=status_text(po.status)))
            return None
        return po

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.run(list_pos, limit=POS_SHOWN, on_success=self._pos_loaded)
        self._load_suppliers()
        waiting = len(pending_requests(self.ctx.db))
        self.requests_button.setText(self.tr("From customer orders ({0})").format(waiting)
                                     if waiting else self.tr("From customer orders"))

    def _pos_loaded(self, pos: list[POView]) -> None:
        keep = self._selected_po
        self.pos = pos
        self.po_model.set_rows(pos)
        if keep:
            self.select_po(keep, follow=False)
        if self._follow and not self._shows(self._follow):
            # the PO just acted on left the list shown (a draft confirmed, a PO received):
            # show it where it is now rather than let it vanish
            for state in ("open", "all"):
                self.state.setCurrentIndex(self.state.findData(state))
                if self._shows(self._follow):
                    break
            self.select_po(self._follow)
        self._follow = None
        if not self.po_table.currentIndex().isValid() and self.po_proxy.rowCount():
            self.po_table.setCurrentIndex(self.po_proxy.index(0, 0))
        self._show_po(self.current_po())

    def activate(self) -> None:
        super().activate()
        (self.po_table if self.tabs.currentIndex() == 0 else self.supplier_table).setFocus()

    # --- PO actions -------------------------------------------------------------------

    def new_po(self) -> None:
        supplier = self.current_supplier()
        dialog = NewPODialog(self.ctx, self.run, self,
                             supplier=supplier.code if supplier else None)
        dialog.accepted.connect(lambda: self._po_created(dialog.created))
        self._open(dialog)

    def _po_created(self, view: POView | None) -> None:
        if view:
            self._go_to_po(view.po)
            self.say(self.tr("{po} is a draft: check it, then confirm it once it is sent to "
                             "the supplier.").format(po=view.po))

    def from_requests(self) -> None:
        dialog = FromRequestsDialog(self.ctx, self.run, self)
        dialog.accepted.connect(lambda: self._pos_from_requests(dialog.created))
        self._open(dialog)

    def _pos_from_requests(self, views: list[POView]) -> None:
        if not views:
            self.say(self.tr("No customer order was waiting for a PO."))
            return
        self._go_to_po(views[0].po)
        self.say(self.tr("Draft POs ready: {0}. Check them and confirm them once sent.").format(
            ", ".join(f"{v.po} ({v.supplier} → {v.site})" for v in views)))

    def _go_to_po(self, ref: str) -> None:
        self._selected_po = self._follow = ref
        self.select_po(ref)

    def confirm(self) -> None:
        po = self._po_for("confirm")
        if po:
            self.run(confirm_po, po.po, changes=(PURCHASING, ORDERS, STOCK),
                     on_success=lambda view: self._after(view, self.tr(
                         "{po} is confirmed: its quantities can be sold now.").format(
                         po=view.po)))

    def change_date(self) -> None:
        po = self._po_for("date")
        if po:
            dialog = ExpectedDateDialog(self.ctx, self.run, po, self)
            dialog.accepted.connect(lambda: self._after(dialog.result_view, self.tr(
                "{po} is now expected {date}.").format(
                po=po.po, date=format_date(dialog.result_view.expected))))
            self._open(dialog)

    def cancel(self) -> None:
        po = self._po_for("cancel")
        if not po:
            return
        text = self.tr("Cancel {po} from {supplier}?").format(po=po.po,
                                                                 supplier=po.supplier_name)
        if sold(po):
            text += "\n\n" + self.tr(
                "%Ln unit(s) on it are sold to customers: they will be sourced again (another "
                "PO, stock or the catalog) and you will see who to warn.", "", sold(po))
        self._ask(text, self.tr("Cancel the PO"), lambda: self.run(
            cancel_po, po.po, changes=(PURCHASING, ORDERS, STOCK),
            on_success=lambda view: self._after(view, self.tr("{po} is cancelled.").format(
                po=view.po))))

    def close_short(self) -> None:
        po = self._po_for("close")
        if not po:
            return
        missing = sum(max(line.qty - line.received, 0) for line in po.lines)
        text = self.tr("Close {po}? The supplier will not deliver the %Ln unit(s) still "
                       "missing; customers waiting for them are sourced again.", "",
                       missing).format(po=po.po)
        self._ask(text, self.tr("Close the PO"), lambda: self.run(
            close_po, po.po, changes=(PURCHASING, ORDERS, STOCK),
            on_success=lambda view: self._after(view, self.tr(
                "{po} is closed: nothing more is expected.").format(po=view.po))))

    def _after(self, view: POView | None, message: str) -> None:
        """After a change of a PO: say what happened and who to warn."""
        if view is None:
            return
        self._selected_po = self._follow = view.po
        if not view.late:
            self.say(message + " " + self.tr("No customer is late because of it."))
            return
        customers = late_customers(self.ctx.db, view.late)
        self.say(message + " " + self.tr("%Ln customer(s) to warn.", "", len(customers)))
        self._open(LateCustomersDialog(message, customers, self))

    def receive(self) -> None:
        po = self._po_for("receive")
        if po:
            dialog = ReceiveDialog(self.ctx, self.run, po, self)
            dialog.finished.connect(lambda _: self._received(dialog))
            self._open(dialog)

    def _received(self, dialog: ReceiveDialog) -> None:
        receipt = dialog.receipt
        if receipt:
            self._selected_po = self._follow = receipt.po
            self.select_po(receipt.po)
            units = sum(q for _, q in receipt.received)
            orders = len({s.order for s in receipt.served})
            self.say(self.tr("{po}: {units}, {orders}.").format(
                po=receipt.po, units=self.tr("%Ln unit(s) booked in", "", units),
                orders=self.tr("%Ln customer order(s) served", "", orders)))

    def print_po(self) -> None:
        self._document("print_po")

    def save_pdf(self) -> None:
        self._document("save_po_pdf")

    def _document(self, name: str) -> None:
        po = self.current_po()
        if po is None:
            self.say(self.tr("Choose a purchase order first."))
            return
        try:
            from .. import printing
        except ImportError:
            self._inform(self.tr("PDFs come with the documents module."))
            return
        try:
            getattr(printing, name)(self.ctx, po.po, self)
        except Exception as error:  # noqa: BLE001 - never a traceback in the user's face
            self.show_error(error)

    # --- suppliers and catalogs ------------------------------------------------------------

    def _supplier_page(self) -> QWidget:
        page = QWidget()
        add = button(self.tr("Add supplier"), "add", self.tr("A new supplier (Ctrl+N)"))
        add.clicked.connect(self.add_supplier)
        self.import_button = button(self.tr("Import a catalog…"), None, self.tr(
            "Load the selected supplier's catalog file, with a preview first (Ctrl+I)"))
        self.import_button.setObjectName("Primary")
        self.import_button.clicked.connect(self.import_catalog)
        toolbar = QHBoxLayout()
        toolbar.addWidget(add)
        toolbar.addWidget(self.import_button)
        toolbar.addStretch(1)
        self.supplier_model = RowsModel([
            Column(self.tr("Supplier"), lambda s: s.name, tooltip=lambda s: s.code),
            numeric(self.tr("Offers"), lambda s: s.offers),
        ], self)
        self.supplier_proxy = QSortFilterProxyModel(self)
        self.supplier_proxy.setSourceModel(self.supplier_model)
        self.supplier_proxy.setSortRole(SORT_ROLE)
        self.supplier_table = plain_table(self.supplier_proxy)
        self.supplier_table.setSortingEnabled(True)
        self.supplier_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.supplier_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.supplier_table.selectionModel().currentRowChanged.connect(self._supplier_selected)

        self.supplier_title = QLabel()
        self.supplier_title.setObjectName("CardTitle")
        self.supplier_terms = QLabel()
        self.supplier_terms.setObjectName("Subtle")
        self.supplier_terms.setWordWrap(True)
        self.offer_search = QLineEdit()
        self.offer_search.setPlaceholderText(self.tr("Find an offer by reference, SKU, EAN or "
                                                     "description"))
        self.offer_search.setClearButtonEnabled(True)
        self.offer_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.offer_search.setToolTip(self.tr(
            "Words of the description, or a reference, SKU or EAN (Ctrl+F); accents and "
            "case do not matter. Down goes to the list."))
        self.offer_count = QLabel()
        self.offer_count.setObjectName("Subtle")
        # read a page at a time as the list scrolls: a catalog of a million offers
        # scrolls as smoothly as one of a hundred (ui/paged_model.py)
        yes, no = self.tr("yes"), self.tr("no")  # once: data() asks for them per cell
        self.offer_model = PagedModel([
            Column(self.tr("Supplier ref"), lambda o: o.supplier_ref),
            Column(self.tr("SKU"), lambda o: o.sku),
            Column(self.tr("EAN"), lambda o: o.ean or ""),
            Column(self.tr("Description"), lambda o: o.description,
                   tooltip=lambda o: o.description),
            numeric(self.tr("Cost"), lambda o: o.cost, text=lambda o: format_money(o.cost)),
            numeric(self.tr("Pack"), lambda o: o.pack_size),
            numeric(self.tr("Min. qty"), lambda o: o.min_order_qty),
            numeric(self.tr("Lead days"), lambda o: o.lead_days),
            Column(self.tr("Available"), lambda o: o.available,
                   text=lambda o: yes if o.available else no,
                   colour=lambda o: None if o.available else MUTED),
        ], self.run, parent=self)
        self.offer_model.counted.connect(self._offers_counted)
        self.offer_model.shown.connect(self._offers_shown)
        self.offer_model.failed.connect(self.show_error)
        self._offers_sized = False
        self._offer_timer = QTimer(self, singleShot=True, interval=150)
        self._offer_timer.timeout.connect(self.search_offers)
        self.offer_search.textChanged.connect(lambda _: self._offer_timer.start())
        self.offer_search.returnPressed.connect(self.search_offers)
        self.offer_table = plain_table(self.offer_model)
        attach_view(self.offer_table)
        self.offer_table.horizontalHeader().setStretchLastSection(True)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.offer_search, self.offer_table.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)
        search_row = QHBoxLayout()
        search_row.addWidget(self.offer_search, 1)
        search_row.addWidget(self.offer_count)
        catalog = Card()
        catalog.body.addWidget(self.supplier_title)
        catalog.body.addWidget(self.supplier_terms)
        catalog.body.addLayout(search_row)
        catalog.body.addWidget(self.offer_table, 1)

        self.supplier_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.supplier_splitter.setChildrenCollapsible(False)
        self.supplier_splitter.addWidget(self.supplier_table)
        self.supplier_splitter.addWidget(catalog)
        self.supplier_splitter.setSizes([280, 770])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.supplier_splitter, 1)
        for keys, slot in (("Ctrl+N", self.add_supplier), ("Ctrl+I", self.import_catalog),
                           ("Ctrl+F", self.offer_search.setFocus), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return page

    def current_supplier(self) -> SupplierInfo | None:
        index = self.supplier_table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_supplier(self, code: str) -> None:
        for row in range(self.supplier_proxy.rowCount()):
            index = self.supplier_proxy.index(row, 0)
            if index.data(ROW_ROLE).code == code:
                self.supplier_table.setCurrentIndex(index)
                return

    def _load_suppliers(self, select: str | None = None) -> None:
        # In the background: counting a million offers by supplier takes ~70 ms.
        self.run(list_suppliers, on_success=lambda found: self._suppliers_loaded(found, select))

    def _suppliers_loaded(self, suppliers: list[SupplierInfo], select: str | None) -> None:
        current = self.current_supplier()
        keep = select or (current.code if current else self.ctx.settings.value(KEY + "supplier"))
        self.suppliers = suppliers
        self.supplier_model.set_rows(self.suppliers)
        if keep:
            self.select_supplier(keep)
        if not self.supplier_table.currentIndex().isValid() and self.supplier_proxy.rowCount():
            self.supplier_table.setCurrentIndex(self.supplier_proxy.index(0, 0))
        self._supplier_selected()

    def _supplier_selected(self, *_) -> None:
        supplier = self.current_supplier()
        self.import_button.setEnabled(supplier is not None)
        if supplier is None:
            self.supplier_title.setText(self.tr("No supplier yet: add your first one."))
            self.supplier_terms.clear()
            self.offer_model.clear()
            self.offer_count.clear()
            self._offers_for = self._offers_query = None
            return
        self.ctx.settings.setValue(KEY + "supplier", supplier.code)
        self.supplier_title.setText(self.tr("{name} ({code}): %Ln offer(s)", "",
                                            supplier.offers).format(name=supplier.name,
                                                                    code=supplier.code))
        terms = [self.tr("delivers in %n business day(s)", "", supplier.lead_days),
                 self.tr("takes orders on {0}").format(weekdays_text(supplier.order_days))]
        if supplier.min_order and float(supplier.min_order) > 0:
            terms.append(self.tr("minimum order {0}").format(format_money(supplier.min_order)))
        if supplier.email:
            terms.append(supplier.email)
        self.supplier_terms.setText("  ·  ".join(terms))
        if self._offers_for == (supplier.code, supplier.offers):
            return  # already shown: no need to read them again
        self._offers_for = (supplier.code, supplier.offers)
        self.search_offers(again=True)

    def search_offers(self, again: bool = False) -> None:
        """Lists the chosen supplier's offers that the words typed find (every offer
        without words), a page at a time; the count follows."""
        self._offer_timer.stop()
        supplier = self.current_supplier()
        if supplier is None:
            return
        query = (supplier.code, self.offer_search.text().strip())
        if query == self._offers_query and not again:
            return  # Enter after the list already followed what was typed
        self._offers_query = query
        self.offer_count.setText(self.tr("searching…") if query[1] else "")
        self.offer_model.set_query(offer_page, *query, count=count_offers)

    def _offers_counted(self, found: OfferCount) -> None:
        n = QLocale().toString(found.count)
        if not found.searched:
            text = self.tr("1 offer") if found.count == 1 else self.tr("{n} offers").format(n=n)
        elif found.at_least:
            text = self.tr("{n}+ matches").format(n=n)
        elif found.count == 0:
            text = self.tr("no match")
        else:
            text = self.tr("1 match") if found.count == 1 else self.tr("{n} matches").format(n=n)
        self.offer_count.setText(text)

    def _offers_shown(self) -> None:
        self.offer_table.scrollToTop()
        if not self._offers_sized and self.offer_model.rowCount():
            # sized once, on the first page: measuring on every page would cost a frame
            self._offers_sized = True
            self._size_offer_columns()

    def _size_offer_columns(self) -> None:
        """Codes as wide as the first page needs (within reason), the description the
        rest and never too narrow to read: the list scrolls sideways instead."""
        header = self.offer_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.offer_table.resizeColumnsToContents()
        for column, widest in ((0, 170), (1, 130), (2, 130)):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != 3)
        header.resizeSection(3, max(240, self.offer_table.viewport().width() - others))

    def add_supplier(self) -> None:
        dialog = AddSupplierDialog(self.run, self)
        dialog.accepted.connect(lambda: self._supplier_added(dialog.added))
        self._open(dialog)

    def _supplier_added(self, info: SupplierInfo | None) -> None:
        if info:
            self.tabs.setCurrentIndex(1)
            self._load_suppliers(select=info.code)
            self.say(self.tr("{name} is added. Import its catalog, or type a PO.").format(
                name=info.name))

    def import_catalog(self) -> None:
        supplier = self.current_supplier()
        if supplier is None:
            self.say(self.tr("Choose the supplier whose catalog it is first."))
            return
        path = choose_catalog_file(self, self.ctx.settings)
        if path:
            self.open_import(path)

    def open_import(self, path: str) -> CatalogImportDialog:
        supplier = self.current_supplier()
        dialog = CatalogImportDialog(self.ctx, self.run, supplier, path, self)
        dialog.accepted.connect(lambda: self.start_import(
            supplier, dialog.path, dialog.valid_only, dialog.mapping, dialog.mapping_name))
        self._open(dialog)
        return dialog

    def start_import(self, supplier: SupplierInfo, path: str, valid_only: bool,
                     mapping: dict[str, str] | None = None, name: str | None = None) -> None:
        """Imports the whole file in the background, with progress and Cancel; the columns
        are remembered for the supplier's next file once imported."""
        progress = QProgressDialog(self.tr("Importing {file} into {supplier}'s catalog…").format(
            file=os.path.basename(path), supplier=supplier.name), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Importing a catalog"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setMinimumWidth(460)
        progress.setValue(0)
        self.progress = progress

        def finished(_=None) -> None:
            progress.reset()
            progress.close()
            progress.deleteLater()
            self.progress = None

        def imported(report: CatalogImportReport) -> None:
            finished()
            self._imported(supplier, path, report, mapping, name)

        def failed(error: BaseException) -> None:
            finished()
            if isinstance(error, ImportCancelled):
                self.say(self.tr("Import cancelled: nothing was changed, the catalog is as "
                                 "it was."))
            else:
                self.show_error(error)

        def advanced(done: int, total: int) -> None:
            if self.progress is progress and total:
                progress.setMaximum(1000)
                progress.setValue(min(1000, done * 1000 // total))
                if done >= total:  # read: the offers are being written
                    progress.setLabelText(self.tr("Writing {supplier}'s offers…").format(
                        supplier=supplier.name))

        job = self.run(import_with_mapping, supplier.code, path, mapping, name=name,
                       valid_only=valid_only, on_success=imported, on_error=failed,
                       changes=(CATALOG,), with_progress=True)
        job.progressed.connect(advanced)
        progress.canceled.connect(job.cancel)

    def _imported(self, supplier: SupplierInfo, path: str, report: CatalogImportReport,
                  mapping: dict[str, str] | None = None, name: str | None = None) -> None:
        if not report.imported:  # bad rows: the retailer chooses, nothing changed yet
            dialog = ImportResultDialog(self.ctx, supplier, path, report, parent=self)
            dialog.accepted.connect(lambda: self.start_import(supplier, path, True, mapping,
                                                              name))
            dialog.rejected.connect(lambda: self.say(self.tr(
                "Nothing was imported: {supplier}'s catalog is as it was.").format(
                supplier=supplier.name)))
            self._open(dialog)
            return
        rejected = len({error.line for error in report.rejected})
        text = self.tr("{supplier}'s catalog is imported: {added}, {updated}, {unchanged}, "
                       "{rejected}.").format(
            supplier=supplier.name, added=self.tr("%Ln new", "", report.added),
            updated=self.tr("%Ln updated", "", report.updated),
            unchanged=self.tr("%Ln unchanged", "", report.unchanged),
            rejected=self.tr("%Ln rejected", "", rejected))
        if report.withdrawn:
            text += " " + self.tr("%Ln offer(s) no longer in the file are now unavailable.", "",
                                  report.withdrawn)
        self.say(text)
        if report.rejected:
            self._open(ImportResultDialog(self.ctx, supplier, path, report, text, self))
        else:
            self._inform(text)

    # --- messages and state ----------------------------------------------------------------

    def say(self, text: str) -> None:
        """A calm line under the title: what just happened, or why nothing did."""
        self.notice.setText(text)
        self.notice.show()

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _inform(self, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.title(), text,
                          QMessageBox.StandardButton.Ok, self)
        if details:
            box.setDetailedText(details)
        self._open(box)

    def _ask(self, text: str, yes: str, then) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.title(), text,
                          QMessageBox.StandardButton.NoButton, self)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.buttonClicked.connect(lambda clicked: then() if clicked is go else None)
        self._open(box)

    def show_error(self, error: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.title(), error_text(error),
                          QMessageBox.StandardButton.Ok, self)
        self._open(box)

    def _restore(self) -> None:
        settings = self.ctx.settings
        self.tabs.setCurrentIndex(int(settings.value(KEY + "tab", 0) or 0))
        index = self.state.findData(settings.value(KEY + "show") or "open")
        self.state.setCurrentIndex(max(index, 0))
        for splitter, key in ((self.po_splitter, "po_splitter"),
                              (self.supplier_splitter, "supplier_splitter")):
            state = settings.value(KEY + key)
            if state is not None:
                splitter.restoreState(state)

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue(KEY + "tab", self.tabs.currentIndex())
        settings.setValue(KEY + "show", self.state.currentData())
        settings.setValue(KEY + "po_splitter", self.po_splitter.saveState())
        settings.setValue(KEY + "supplier_splitter", self.supplier_splitter.saveState())

