"""Products & stock: the unified catalog (our products and what suppliers offer), stock in
every site, adjustments, transfers, and the ledger of a product.

The list can hold a hundred thousand items: `CatalogModel` shows `total` rows and reads
the pages the view paints, by row index (a windowed cache). The first page and the order of
every SKU come from the services in the background; after that any page is a quick read of
its own rows.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QLocale, QModelIndex, QObject, Qt, \
    QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...services.product_catalog import (
    SHOWS,
    SORTS,
    CatalogFilter,
    CatalogRow,
    Page,
    ProductDetail,
    first_page,
    product_detail,
    product_keys,
    product_page,
    product_rows,
)
from ...services.products import update_product
from ...services.search import CatalogHits, find_in_catalog
from ...services.sites import SiteInfo, list_sites
from ..changes import CATALOG, ORDERS, PURCHASING, SETTINGS, STOCK
from ..icons import icon
from ..style import LATE, MUTED, WARN
from ..table_model import ROW_ROLE, Column, RowsModel, numeric
from ..texts import format_date, format_money, tr
from .base import Card, Screen, page_header

log = logging.getLogger(__name__)


def alive(owner: QObject, callback: Callable | None) -> Callable | None:
    """`callback`, skipped when `owner` is gone by the time the background work answers (a
    window closed meanwhile)."""
    if callback is None:
        return None

    def call(*args):
        if isValid(owner):
            callback(*args)
    return call

PAGE_SIZE = 100
KEPT_PAGES = 60  # pages held in memory (6,000 rows); older ones are read again if needed
KEY = "products/"
# What data() hands out thousands of times a second, made once (Qt's enums are slow).
_DISPLAY, _ALIGN, _FORE, _FONT, _TIP, _ROW = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
    ROW_ROLE))
_ROLES = frozenset((_DISPLAY, _ALIGN, _FORE, _FONT, _TIP, _ROW))
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class CatalogColumn:
    key: str
    title: str
    value: Callable[[CatalogRow], Any]
    numeric: bool = False
    sort: str | None = None  # the service's sort for a click on its header
    tooltip: str = ""
    width: int = 80


class CatalogModel(QAbstractTableModel):
    """`total` rows; each page of PAGE_SIZE rows is read when first painted."""

    sort_requested = Signal(str, bool)  # the service's sort key, descending

    def __init__(self, db, sites: list[str], parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.flt = CatalogFilter()
        self.total = 0
        self.complete = True  # False: only our products are counted so far
        # colours, not brushes: Qt paints either, and PySide's first QBrush costs 20 ms
        self._muted, self._late, self._warn = (QColor(c) for c in (MUTED, LATE, WARN))
        self._italic = QFont()
        self._italic.setItalic(True)
        self.keys: list[str] | None = None
        self.pages_read = 0  # pages read on demand, after the first
        self._pages: OrderedDict[int, list[CatalogRow]] = OrderedDict()
        self.set_sites(sites)

    # -- columns ---------------------------------------------------------------------------
    def set_sites(self, sites: list[str]) -> None:
        self.beginResetModel()
        self.sites = list(sites)
        columns = [
            CatalogColumn("sku", self.tr("SKU"), lambda r: r.sku, sort="sku", width=92),
            CatalogColumn("name", self.tr("Name"), lambda r: r.name, sort="name", width=270),
            CatalogColumn("price", self.tr("Price"), lambda r: format_money(r.price),
                          numeric=True, sort="price", width=76,
                          tooltip=self.tr("Selling price including VAT")),
            CatalogColumn("on_hand", self.tr("On hand"), lambda r: r.on_hand if r.stocked
                          else "", numeric=True, sort="on_hand", width=72,
                          tooltip=self.tr("Units in every site")),
            CatalogColumn("reserved", self.tr("Reserved"), lambda r: r.reserved if r.stocked
                          else "", numeric=True, width=74,
                          tooltip=self.tr("Units held for customer orders")),
            CatalogColumn("available", self.tr("Available"), lambda r: r.available
                          if r.stocked else "", numeric=True, sort="available", width=78,
                          tooltip=self.tr("On hand minus reserved, every site")),
            CatalogColumn("incoming", self.tr("Incoming"), lambda r: r.incoming or ""
                          if r.stocked else "", numeric=True, width=76,
                          tooltip=self.tr("Free to sell on confirmed purchase orders")),
        ]
        for code in self.sites:
            columns.append(CatalogColumn(
                f"site:{code}", code.title(),
                lambda r, c=code: (r.at(c).on_hand or "") if r.stocked else "",
                numeric=True, width=60,
                tooltip=self.tr("On hand at {site}").format(site=code)))
        columns += [
            CatalogColumn("supplier", self.tr("Supplier"), lambda r: r.supplier or "",
                          width=112, tooltip=self.tr("The cheapest supplier offer")),
            CatalogColumn("cost", self.tr("Cost"), lambda r: format_money(r.cost),
                          numeric=True, width=72,
                          tooltip=self.tr("Unit cost of the cheapest offer, excluding VAT")),
            CatalogColumn("ean", self.tr("EAN"), lambda r: r.ean or "", width=118),
        ]
        self.columns = columns
        self.endResetModel()

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # -- rows ------------------------------------------------------------------------------
    def reset(self, flt: CatalogFilter, page: Page) -> None:
        """A new filter or order: its first page and its number of rows."""
        self.beginResetModel()
        self.flt = flt
        self.total = page.total or 0
        self.complete = page.complete
        self.keys = None
        self._pages = OrderedDict({0: page.rows})
        self.pages_read = 0
        self.endResetModel()

    def set_keys(self, flt: CatalogFilter, keys: list[str]) -> bool:
        """Every SKU in order: later pages are then read by key, and the rows after our
        products (when only those were counted) are added. False when the keys are not for
        what is shown (a newer filter) or the list changed meanwhile and was reset."""
        if flt != self.flt:
            return False
        first = [row.sku for row in self._pages.get(0, [])]
        if len(keys) == self.total or (not self.complete and len(keys) > self.total
                                       and keys[:len(first)] == first):
            self.keys = keys
            self.complete = True
            if len(keys) > self.total:
                self.beginInsertRows(QModelIndex(), self.total, len(keys) - 1)
                self.total = len(keys)
                self.endInsertRows()
            return True
        self.beginResetModel()  # rows came or went since the first page: start over
        self.total = len(keys)
        self.complete = True
        self._pages.clear()
        self.keys = keys
        self.endResetModel()
        return False

    def cached_pages(self) -> set[int]:
        return set(self._pages)

    def row_at(self, row: int) -> CatalogRow | None:
        if not 0 <= row < self.total:
            return None
        number, position = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._read(number)
        else:
            self._pages.move_to_end(number)
        return page[position] if position < len(page) else None

    def _read(self, number: int) -> list[CatalogRow]:
        start = number * PAGE_SIZE
        try:
            if self.keys is not None:
                rows = product_rows(self.db, self.keys[start:start + PAGE_SIZE])
            else:  # the keys are on their way: ask the database for this window
                rows = product_page(self.db, self.flt, start, PAGE_SIZE, count=False).rows
        except Exception:  # painting must go on; the next refresh reads it again
            log.exception("reading page %s of the product list", number)
            return []
        self.pages_read += 1
        self._pages[number] = rows
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_of(self, sku: str) -> int | None:
        for number, rows in self._pages.items():
            for position, row in enumerate(rows):
                if row.sku == sku:
                    return number * PAGE_SIZE + position
        if self.keys is not None:
            try:
                return self.keys.index(sku)
            except ValueError:
                return None
        return None

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == _DISPLAY:
            return column.title
        if role == _TIP:
            sortable = self.tr("Click to sort") if column.sort else ""
            return " · ".join(t for t in (column.tooltip, sortable) if t) or None
        if role == _ALIGN:
            return _RIGHT if column.numeric else _LEFT
        return None

    def data(self, index, role=_DISPLAY):
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == _DISPLAY and index.column() == 1 else None
        column = self.columns[index.column()]
        if role == _DISPLAY:
            value = column.value(row)
            return value if isinstance(value, str) else str(value)
        if role == _ALIGN:
            return _RIGHT if column.numeric else _LEFT
        if role == _FORE:
            return self._colour(row, column.key)
        if role == _FONT:
            return None if row.stocked else self._italic
        if role == _ROW:
            return row
        return self._tooltip(row, column.key)

    def _colour(self, row: CatalogRow, key: str):
        if not row.stocked or not row.active:
            return self._muted
        if key == "available":
            if row.available <= 0:
                return self._late
            if row.available <= self.flt.low_stock:
                return self._warn
        return None

    def _tooltip(self, row: CatalogRow, key: str) -> str | None:
        if key == "name":
            return row.name
        if not row.stocked:
            if key == "supplier" and row.offers > 1:
                return self.tr("{n} suppliers offer it; the cheapest is shown").format(
                    n=row.offers)
            return self.tr("Not stocked yet: sold from {supplier}'s catalog and ordered "
                           "when sold").format(supplier=row.supplier or "?")
        if not row.active:
            return self.tr("No longer sold")
        if key.startswith("site:"):
            code = key[5:]
            here = row.at(code)
            return self.tr("{site}: {on_hand} on hand, {reserved} reserved, {available} "
                           "available").format(site=code, on_hand=here.on_hand,
                                               reserved=here.reserved,
                                               available=here.available)
        if key == "supplier" and row.offers > 1:
            return self.tr("{n} suppliers offer it; the cheapest is shown").format(
                n=row.offers)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort
        if key:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)


def ledger_kind_text(kind: str) -> str:
    """A stock movement in words (candidate for texts.py)."""
    return {"receipt": tr("receipt"), "sale": tr("sale"), "transfer_out": tr("sent on transfer"),
            "transfer_in": tr("received by transfer"), "adjustment": tr("adjustment"),
            "return": tr("customer return")}.get(kind, kind)


def small_table(model: RowsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


class DetailPanel(Card):
    """The selected item: what it is, its figures, and in tabs its stock per site, the
    purchase orders bringing it, the supplier offers and its ledger."""

    def __init__(self, screen: "ProductsScreen") -> None:
        super().__init__()
        self.screen = screen
        self.row: CatalogRow | None = None
        self.detail: ProductDetail | None = None
        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self.reload)

        head = QHBoxLayout()
        head.setSpacing(8)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.name = QLabel()
        self.name.setObjectName("CardTitle")
        self.name.setStyleSheet("font-size: 16px;")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setObjectName("Subtle")
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #1e8449; font-weight: 600;")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._notice_timer = QTimer(self, singleShot=True, interval=12_000)
        self._notice_timer.timeout.connect(self.notice.hide)
        names.addWidget(self.name)
        names.addWidget(self.meta)
        names.addWidget(self.notice)
        head.addLayout(names, 1)
        self.adjust_button = QPushButton(self.tr("Adjust stock"))
        self.transfer_button = QPushButton(self.tr("Transfer"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.stop_button = QPushButton(self.tr("Stop selling"))
        for button in (self.adjust_button, self.transfer_button, self.edit_button,
                       self.stop_button):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(head)
        self.lower_box = QWidget()  # filled in a moment: the list is painted first
        self.body.addWidget(self.lower_box, 1)
        self.built = False
        self.tab_index = 0
        self.show_nothing()

    def ensure_built(self) -> None:
        """The figures and the four tables, built once, after the screen's first paint."""
        if self.built:
            return
        self.built = True
        figures = QGridLayout()
        figures.setHorizontalSpacing(10)
        figures.setVerticalSpacing(2)
        self.figures: dict[str, QLabel] = {}
        for line, (key, label, tip) in enumerate((
                ("on_hand", self.tr("On hand"), self.tr("Units in every site")),
                ("reserved", self.tr("Reserved"), self.tr("Held for customer orders")),
                ("available", self.tr("Available"), self.tr("On hand minus reserved")),
                ("transit", self.tr("Arriving by transfer"),
                 self.tr("On their way from another site")),
                ("incoming", self.tr("Incoming, free to sell"),
                 self.tr("On confirmed purchase orders, not yet sold")))):
            number = QLabel("–")
            number.setObjectName("BigNumber")
            number.setStyleSheet("font-size: 18px;")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setMinimumWidth(56)
            number.setToolTip(tip)
            caption = QLabel(label)
            caption.setObjectName("Subtle")
            caption.setToolTip(tip)
            figures.addWidget(number, line, 0)
            figures.addWidget(caption, line, 1)
            self.figures[key] = number
        figures.setRowStretch(5, 1)
        lower = QHBoxLayout(self.lower_box)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.setSpacing(18)
        lower.addLayout(figures)

        self.stock_model = RowsModel([
            Column(self.tr("Site"), lambda s: s.site),
            Column(self.tr("Kind"), lambda s: self.tr("warehouse") if s.kind == "warehouse"
                   else self.tr("shop")),
            numeric(self.tr("On hand"), lambda s: s.on_hand),
            numeric(self.tr("Reserved"), lambda s: s.reserved),
            numeric(self.tr("Available"), lambda s: s.available,
                    colour=lambda s: LATE if s.available < 0 else None),
            numeric(self.tr("Arriving by transfer"), lambda s: s.in_transit_in or ""),
        ], self)
        self.incoming_model = RowsModel([
            Column(self.tr("Purchase order"), lambda i: i.po),
            Column(self.tr("Delivered to"), lambda i: i.site),
            Column(self.tr("Expected"), lambda i: i.expected),
            numeric(self.tr("Ordered"), lambda i: i.ordered),
            numeric(self.tr("Received"), lambda i: i.received),
            numeric(self.tr("Free to sell"), lambda i: i.free),
        ], self)
        self.offers_model = RowsModel([
            Column(self.tr("Supplier"), lambda o: o.supplier,
                   tooltip=lambda o: o.supplier_name),
            Column(self.tr("Reference"), lambda o: o.supplier_ref),
            numeric(self.tr("Cost"), lambda o: o.cost),
            numeric(self.tr("Pack"), lambda o: o.pack_size),
            numeric(self.tr("Min. qty"), lambda o: o.min_order_qty),
            numeric(self.tr("Lead time"), lambda o: o.lead_days,
                    text=lambda o: self.tr("{n} days").format(n=o.lead_days)),
            numeric(self.tr("Retail price"), lambda o: o.price),
            Column(self.tr("Offered"), lambda o: self.tr("yes") if o.available
                   else self.tr("withdrawn"), colour=lambda o: None if o.available else MUTED),
        ], self)
        self.ledger_model = RowsModel([
            Column(self.tr("When"), lambda e: e.at, text=lambda e: f"{format_date(e.at.date())}"
                   f"  {e.at:%H:%M}"),
            Column(self.tr("Site"), lambda e: e.site),
            numeric(self.tr("Change"), lambda e: e.delta, text=lambda e: f"{e.delta:+d}",
                    colour=lambda e: LATE if e.delta < 0 else "#1e8449"),
            Column(self.tr("Movement"), lambda e: ledger_kind_text(e.kind)),
            Column(self.tr("Reason"), lambda e: e.reason),
            Column(self.tr("Reference"), lambda e: e.reference),
        ], self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.stock_table = small_table(self.stock_model)
        self.incoming_table = small_table(self.incoming_model)
        self.offers_table = small_table(self.offers_model)
        self.ledger_table = small_table(self.ledger_model)
        for table in (self.stock_table, self.incoming_table, self.offers_table,
                      self.ledger_table):
            self.tabs.addTab(table, "")
        self.tabs.setCurrentIndex(self.tab_index)
        # the tab the user chose (a catalog item, with no stock yet, opens on its offers)
        self.tabs.tabBarClicked.connect(lambda index: setattr(self, "tab_index", index))
        self._name_tabs()
        lower.addWidget(self.tabs, 1)
        self._clear_figures()

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_timer.start()

    def _name_tabs(self) -> None:
        detail = self.detail
        counts = (None, len(detail.picture.incoming) if detail else 0,
                  len(detail.offers) if detail else 0, len(detail.ledger) if detail else 0)
        titles = (self.tr("Stock by site"), self.tr("Incoming POs"), self.tr("Supplier offers"),
                  self.tr("Stock ledger"))
        for number, (title, count) in enumerate(zip(titles, counts)):
            self.tabs.setTabText(number, f"{title} ({count})" if count else title)

    def show_nothing(self) -> None:
        self.row = self.detail = None
        self.name.setText(self.tr("No product selected"))
        self.meta.setText(self.tr("Pick a product in the list to see its stock and history."))
        self._clear_figures()
        self._enable()

    def _clear_figures(self) -> None:
        if not self.built:
            return
        for label in self.figures.values():
            label.setText("–")
        for model in (self.stock_model, self.incoming_model, self.offers_model,
                      self.ledger_model):
            model.set_rows([])
        self._name_tabs()

    def show_row(self, row: CatalogRow | None) -> None:
        """What the list already knows is shown at once; the rest is read in a moment."""
        if row is None:
            self.show_nothing()
            return
        self.row = row
        if self.detail is not None and self.detail.sku != row.sku:
            self.detail = None
        self.name.setText(row.name)
        self.meta.setText(self._meta(row))
        self._enable()
        self._timer.start()

    def _meta(self, row: CatalogRow) -> str:
        parts = [row.sku]
        if row.ean:
            parts.append(self.tr("EAN {ean}").format(ean=row.ean))
        if row.price is not None:
            parts.append(self.tr("{price} incl. VAT").format(price=format_money(row.price)))
        detail = self.detail
        if detail is not None and detail.product is not None:
            parts.append(self.tr("VAT {rate} %").format(rate=detail.product.vat))
        if not row.stocked:
            parts.append(self.tr("not stocked yet: sold from the supplier's catalog"))
        elif not row.active:
            parts.append(self.tr("no longer sold"))
        return "  ·  ".join(parts)

    def reload(self) -> None:
        self.ensure_built()
        if self.row is None:
            return
        sku = self.row.sku
        self.screen.run(product_detail, sku, on_success=self._arrived,
                        on_error=lambda error: None)

    def _arrived(self, detail: ProductDetail) -> None:
        if self.row is None or detail.sku != self.row.sku:
            return  # the selection moved on meanwhile
        self.ensure_built()
        self.detail = detail
        totals = detail.picture.totals
        self.name.setText(detail.name or self.row.name)
        self.meta.setText(self._meta(self.row if detail.product is None else
                                     _with_product(self.row, detail)))
        self.figures["on_hand"].setText(str(totals["on_hand"]))
        self.figures["reserved"].setText(str(totals["reserved"]))
        self.figures["available"].setText(str(totals["available"]))
        self.figures["transit"].setText(str(sum(s.in_transit_in for s in detail.picture.sites)))
        self.figures["incoming"].setText(str(totals["incoming_free"]))
        self.tabs.setCurrentIndex(2 if detail.product is None and self.tab_index == 0
                                  else self.tab_index)
        self.stock_model.set_rows(detail.picture.sites)
        self.incoming_model.set_rows(detail.picture.incoming)
        self.offers_model.set_rows(detail.offers)
        self.ledger_model.set_rows(detail.ledger)
        for table in (self.stock_table, self.incoming_table, self.offers_table):
            table.resizeColumnsToContents()
        self.ledger_table.resizeColumnsToContents()
        self._name_tabs()
        self._enable()

    def _enable(self) -> None:
        row, detail = self.row, self.detail
        own = row is not None and row.stocked
        self.adjust_button.setEnabled(row is not None)
        self.transfer_button.setEnabled(own)
        self.edit_button.setEnabled(row is not None)
        self.edit_button.setText(self.tr("Edit") if own or row is None
                                 else self.tr("Add to our products"))
        self.stop_button.setEnabled(own)
        active = detail.product.active if detail and detail.product else (row.active if row
                                                                          else True)
        self.stop_button.setText(self.tr("Stop selling") if active else self.tr("Sell again"))


def _with_product(row: CatalogRow, detail: ProductDetail) -> CatalogRow:
    """The list's row with what the detail read just now (name, EAN, price, on sale)."""
    info = detail.product
    return replace(row, name=info.name, ean=info.ean, price=Decimal(info.price),
                   active=info.active)


SEGMENT_STYLE = """
QPushButton[segment="true"] { border-radius: 0; margin: 0; padding: 5px 12px;
                              border-left-width: 0; }
QPushButton[segment="true"][first="true"] { border-top-left-radius: 6px;
    border-bottom-left-radius: 6px; border-left-width: 1px; }
QPushButton[segment="true"][last="true"] { border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }
QPushButton[segment="true"]:checked { background: #e8effc; color: #2f6fde;
                                      border-color: #9db7e8; }
"""


class ProductsScreen(Screen):
    icon_name = "products"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.sites: list[SiteInfo] = list_sites(ctx.db)
        settings = ctx.settings
        self.filter = CatalogFilter(
            show=str(settings.value(KEY + "show", "all")),
            sort=str(settings.value(KEY + "sort", "name")),
            descending=str(settings.value(KEY + "descending", "false")).lower() == "true")
        if self.filter.show not in SHOWS or self.filter.sort not in SORTS:
            self.filter = CatalogFilter()
        self.model = CatalogModel(ctx.db, [s.code for s in self.sites], self)
        self.model.sort_requested.connect(self._sort)
        self.dialog = None
        self._generation = 0
        self._wanted: str | None = None  # the SKU to select again after a reload
        self._request(self.filter, same=False)  # the database works while widgets are built
        self._stale = False
        self._build()
        self._shortcuts()
        self._restore()

    def title(self) -> str:
        return self.tr("Products & stock")

    def run(self, work: Callable, *args, on_success: Callable | None = None,
            on_error: Callable | None = None, **kwargs):
        """As Screen.run, but an answer arriving after the screen was closed is dropped."""
        return super().run(work, *args, on_success=alive(self, on_success),
                           on_error=alive(self, on_error or self.show_error), **kwargs)

    def cares_about(self) -> frozenset[str]:
        return frozenset({STOCK, CATALOG, PURCHASING, ORDERS, SETTINGS})

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(page_header(self.title(), self.tr(
            "Our products and what suppliers can deliver, with the stock of every site.")), 1)
        self.receive_button = QPushButton(icon("receive"), self.tr("Receive transfers"))
        self.new_button = QPushButton(icon("add", colour="#ffffff"), self.tr("New product"))
        self.new_button.setObjectName("Primary")
        top.addWidget(self.receive_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        bar = QHBoxLayout()
        bar.setSpacing(0)
        segments = QWidget()
        segments.setStyleSheet(SEGMENT_STYLE)
        seg_layout = QHBoxLayout(segments)
        seg_layout.setContentsMargins(0, 0, 0, 0)
        seg_layout.setSpacing(0)
        self.show_group = QButtonGroup(self)
        self.show_buttons: dict[str, QPushButton] = {}
        choices = (("all", self.tr("&All")), ("own", self.tr("&Our products")),
                   ("catalog", self.tr("&Catalog only")), ("out", self.tr("Out of stoc&k")),
                   ("low", self.tr("&Low stock")))
        for number, (show, label) in enumerate(choices):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("segment", True)
            button.setProperty("first", number == 0)
            button.setProperty("last", number == len(choices) - 1)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.show_group.addButton(button, number)
            self.show_buttons[show] = button
            seg_layout.addWidget(button)
        for button in self.show_buttons.values():  # room for the checked one's bolder text
            button.ensurePolished()
            button.setMinimumWidth(button.sizeHint().width() + 10)
        self.show_buttons[self.filter.show].setChecked(True)
        self.show_group.idClicked.connect(lambda n: self.set_show(choices[n][0]))
        bar.addWidget(segments)
        bar.addSpacing(12)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, SKU, EAN or supplier reference"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Filter the list (Ctrl+F); a scanned barcode finds "
                                       "its product"))
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._text_changed)
        self.search.textEdited.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)
        self.search.setMinimumWidth(180)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._header_clicked)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _: self.edit_product())  # Enter, double-click
        self.empty = QLabel(self.table.viewport())  # over the empty list, centred
        self.empty.setObjectName("Subtle")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.table.viewport().installEventFilter(self)
        self.count_label = QLabel(self.tr("Loading…"))
        self.count_label.setObjectName("Subtle")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer = QHBoxLayout()
        footer.setContentsMargins(2, 0, 2, 0)
        footer.addStretch(1)
        footer.addWidget(self.count_label)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 4)
        list_layout.setSpacing(4)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(footer)
        self.detail = DetailPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._size_columns()

        self.new_button.clicked.connect(self.new_product)
        self.receive_button.clicked.connect(self.receive_transfers)
        self.detail.adjust_button.clicked.connect(self.adjust_stock)
        self.detail.transfer_button.clicked.connect(self.transfer)
        self.detail.edit_button.clicked.connect(self.edit_product)
        self.detail.stop_button.clicked.connect(self.toggle_selling)
        self.setTabOrder(self.search, self.table)

    def _shortcuts(self) -> None:
        """Each action's keys, also written in its tooltip."""
        def bind(keys, action, button: QPushButton | None, tip: str) -> None:
            sequence = QKeySequence(keys)
            QShortcut(sequence, self, action)
            if button is not None:
                native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{tip} ({native})")

        bind("Ctrl+F", self.focus_search, None, "")
        bind(QKeySequence.StandardKey.New, self.new_product, self.new_button,
             self.tr("Add a product of your own"))
        bind("Ctrl+R", self.receive_transfers, self.receive_button,
             self.tr("Book in a transfer that arrived"))
        bind("Ctrl+J", self.adjust_stock, self.detail.adjust_button,
             self.tr("Correct the stock of the selected product at a site, with a reason"))
        bind("Ctrl+T", self.transfer, self.detail.transfer_button,
             self.tr("Send the selected product to another site"))
        bind("Ctrl+E", self.edit_product, self.detail.edit_button,
             self.tr("Change the selected product (or add a catalog item to your products)"))
        bind("Ctrl+Shift+S", self.toggle_selling, self.detail.stop_button,
             self.tr("Stop selling the selected product, or sell it again"))
        bind("F5", self.refresh, None, "")
        # in the filter field: Down goes to the list, Escape empties the filter
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.table.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._clear_search,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for number, column in enumerate(self.model.columns):
            # room for the title in bold, the padding of style.py and the sort arrow
            needed = int(metrics.horizontalAdvance(column.title) * 1.08) + 30
            header.resizeSection(number, max(column.width, needed))
        header.setStretchLastSection(False)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        column = next((i for i, c in enumerate(self.model.columns) if c.sort == self.filter.sort),
                      -1)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(not self.filter.text.strip())  # found: by relevance
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.filter.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    # -- state -----------------------------------------------------------------------------
    def _sites_signature(self) -> str:
        return ",".join(s.code for s in self.sites)

    def _restore(self) -> None:
        settings = self.ctx.settings
        sizes = settings.value(KEY + "splitter")
        if sizes:
            self.splitter.setSizes([int(s) for s in sizes])
        else:
            self.splitter.setSizes([420, 330])
        header = settings.value(KEY + "header")
        if header is not None and settings.value(KEY + "header_sites") == self._sites_signature():
            self.table.horizontalHeader().restoreState(header)
            self._show_sort_indicator()
        self.detail.tab_index = int(settings.value(KEY + "tab", 0) or 0)

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue(KEY + "show", self.filter.show)
        settings.setValue(KEY + "sort", self.filter.sort)
        settings.setValue(KEY + "descending", "true" if self.filter.descending else "false")
        settings.setValue(KEY + "splitter", self.splitter.sizes())
        settings.setValue(KEY + "header", self.table.horizontalHeader().saveState())
        settings.setValue(KEY + "header_sites", self._sites_signature())
        settings.setValue(KEY + "tab", self.detail.tab_index)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        sites = list_sites(self.ctx.db)
        if [s.code for s in sites] != [s.code for s in self.sites]:
            self.sites = sites
            self.model.set_sites([s.code for s in sites])
            self._size_columns()
        self.sites = sites
        self.load()
        self.detail.reload()

    def load(self, flt: CatalogFilter | None = None) -> None:
        """Reads the first page (and the count) of `flt`, then every key in order, both in
        the background; the list keeps showing the previous rows until they arrive."""
        same = flt is None or flt == self.filter
        if flt is not None:
            self.filter = flt
        flt = self.filter
        current = self.current_row()
        if current is not None and (same or self._wanted is None):
            self._wanted = current.sku
        self.count_label.setText(self.tr("Loading…"))
        self._request(flt, same)

    def _request(self, flt: CatalogFilter, same: bool) -> None:
        self._generation += 1
        generation = self._generation
        if flt.text.strip():
            # the Sell screen's search (words as prefixes, accents aside, codes first) over
            # our products and every offer: the first page from the first hits (a few ms
            # on a million offers), then every hit (up to search.LISTED) in order
            for limit in (2 * PAGE_SIZE, None):
                self.run(find_in_catalog, flt.text, flt.show, first=PAGE_SIZE,
                         low_stock=flt.low_stock, **({"limit": limit} if limit else {}),
                         on_success=lambda hits, last=limit is None: self._found(
                             generation, flt, hits, same, last))
            return
        self.run(first_page, flt, PAGE_SIZE,
                 on_success=lambda page: self._page_arrived(generation, flt, page, same))
        self.run(product_keys, flt,
                 on_success=lambda keys: self._keys_arrived(generation, flt, keys))

    def _page_arrived(self, generation: int, flt: CatalogFilter, page: Page,
                      same: bool) -> None:
        if generation != self._generation:
            return
        top = self.table.rowAt(0)
        self.model.reset(flt, page)
        self._show_sort_indicator()
        self._show_count()
        row = self.model.row_of(self._wanted) if self._wanted else None
        if row is not None:
            self.select_row(row)
        elif not self.model.total:
            self.detail.show_nothing()
        elif same and self._wanted:  # a refresh: stay where the user was until the keys
            self.table.scrollTo(self.model.index(min(max(top, 0), self.model.total - 1), 0),
                                QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self._wanted = None
            self.select_row(0)

    def _found(self, generation: int, flt: CatalogFilter, hits: CatalogHits, same: bool,
               last: bool) -> None:
        """What the search box found, most relevant first (the list's sort applies without
        words): the first hits show the first page, when they fill it; then every hit."""
        if generation != self._generation:
            return
        shown = self.model.flt == flt and self.model.keys is None
        if not last:
            if len(hits.skus) >= PAGE_SIZE or not hits.more:
                self._page_arrived(generation, flt, Page(hits.rows, len(hits.skus),
                                                         complete=not hits.more), same)
            return
        if not shown:  # the first hits were too few to show a page on their own
            self._page_arrived(generation, flt, Page(hits.rows, len(hits.skus)), same)
        self._keys_arrived(generation, flt, hits.skus)
        if hits.more:
            self.model.complete = False  # "2,000+ items": more words narrow it down
            self._show_count()

    def _keys_arrived(self, generation: int, flt: CatalogFilter, keys: list[str]) -> None:
        if generation != self._generation:
            return
        self.model.set_keys(flt, keys)
        self._show_count()
        if self._wanted and (self.current_row() is None
                             or self.current_row().sku != self._wanted):
            row = self.model.row_of(self._wanted)
            if row is not None:
                self.select_row(row)
        if self.current_row() is None and self.model.total:
            self.select_row(0)
        self._wanted = None

    def _show_count(self) -> None:
        total = self.model.total
        if not self.model.complete:
            text = self.tr("{n}+ items").format(n=QLocale().toString(total))
        else:
            text = self.tr("{n} items").format(n=QLocale().toString(total)) if total != 1 \
                else self.tr("1 item")
        self.count_label.setText(text)
        self.empty.setVisible(total == 0)
        if total == 0:
            text = self.filter.text.strip()
            self.empty.setText(self.tr(
                "Nothing matches “{text}”.\nEsc in the filter shows everything again; New "
                "product (Ctrl+N) adds it.").format(text=text) if text
                else self.tr("Nothing to show here."))
            self.empty.setGeometry(self.table.viewport().rect())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def set_show(self, show: str) -> None:
        self.show_buttons[show].setChecked(True)
        if show != self.filter.show:
            self.load(self.filter.with_(show=show))

    def _text_changed(self) -> None:
        text = self.search.text().strip()
        if text != self.filter.text:
            self.load(self.filter.with_(text=text))

    def _search_entered(self) -> None:
        """Enter (or a scanner's Enter) filters at once and goes to the first match."""
        self._search_timer.stop()
        self._text_changed()
        self.table.setFocus()

    def _header_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.columns[column].sort is None:
            self._show_sort_indicator()  # only some columns sort; keep showing the order
            return
        self.model.sort(column, order)

    def _column_menu(self, position) -> None:
        """Right-click on the header: show or hide columns (remembered)."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.model.columns):
            if column.key in ("sku", "name"):
                continue
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda on, n=number: header.setSectionHidden(n, not on))
        menu.exec(header.mapToGlobal(position))

    def _clear_search(self) -> None:
        self.search.clear()
        self._search_timer.stop()
        self._text_changed()

    def _sort(self, key: str, descending: bool) -> None:
        if (key, descending) != (self.filter.sort, self.filter.descending):
            self.load(self.filter.with_(sort=key, descending=descending))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection -------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows)
        self.table.scrollTo(index)

    def current_row(self) -> CatalogRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.detail.show_row(row)

    # -- actions ---------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """What an action did, in green above the figures for a few seconds."""
        self.detail.say(text)

    def _open(self, dialog, done: Callable | None = None) -> None:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the previous one, answered and closed
        self.dialog = dialog
        if done is not None:
            dialog.accepted.connect(lambda: done(dialog.result_value))
        dialog.finished.connect(lambda _: self.table.setFocus())
        dialog.open()

    def new_product(self) -> None:
        from .product_dialogs import ProductDialog, offer_prefill

        row = self.current_row()
        typed = self.filter.text.strip() if not self.model.total else ""
        if row is not None and not row.stocked:  # a catalog item becomes one of ours
            prefill = offer_prefill(row.sku, row.name, row.ean, row.price)
        elif typed.isdigit() and len(typed) in (8, 13):  # an unknown barcode was scanned
            prefill = dict(ean=typed)
        else:
            prefill = dict(name=typed) if typed else None
        self._open(ProductDialog(self, prefill=prefill), lambda info: self._product_saved(
            info, self.tr("{sku} added to your products.")))

    def _product_saved(self, info, message: str) -> None:
        self._wanted = info.sku
        self.say(message.format(sku=info.sku))

    def edit_product(self) -> None:
        detail = self.detail.detail
        if detail is None or detail.product is None:
            if self.current_row() is not None and not self.current_row().stocked:
                self.new_product()
            return
        from .product_dialogs import ProductDialog

        self._open(ProductDialog(self, detail.product), lambda info: self._product_saved(
            info, self.tr("{sku} saved.")))

    def toggle_selling(self) -> None:
        detail = self.detail.detail
        if detail is None or detail.product is None:
            return
        selling = not detail.product.active
        self.run(update_product, detail.sku, active=selling, changes=(CATALOG,),
                 on_success=lambda info: self.say(
                     (self.tr("{sku} is on sale again.") if info.active
                      else self.tr("{sku} is no longer sold.")).format(sku=info.sku)))

    def adjust_stock(self) -> None:
        row = self.current_row()
        if row is None:
            return
        from .product_dialogs import AdjustStockDialog

        detail = self.detail.detail
        figures = {s.site: s for s in detail.picture.sites} if detail and \
            detail.sku == row.sku else {}
        site = self.ctx.shop if self.ctx.shop in [s.code for s in self.sites] else None
        self._open(AdjustStockDialog(self, row.sku, row.name, self.sites, figures, site,
                                     new_product=not row.stocked),
                   lambda result: self.say(self.tr("{site} now holds {n} of {sku}.").format(
                       site=result.site, n=result.on_hand, sku=row.sku)))

    def transfer(self) -> None:
        from .product_dialogs import TransferDialog

        row = self.current_row()
        lines = [(row.sku, row.name)] if row is not None and row.stocked else []
        origin = None
        detail = self.detail.detail
        if row is not None and detail is not None and detail.sku == row.sku:
            fullest = max(detail.picture.sites, key=lambda s: s.available, default=None)
            origin = fullest.site if fullest and fullest.available > 0 else None
        self._open(TransferDialog(self, self.sites, lines, origin),
                   lambda view: self.say(self.tr(
                       "{transfer} is on its way from {origin} to {destination}.").format(
                       transfer=view.transfer, origin=view.origin,
                       destination=view.destination)))

    def receive_transfers(self) -> None:
        from .product_dialogs import ReceiveTransfersDialog

        self._open(ReceiveTransfersDialog(self))
