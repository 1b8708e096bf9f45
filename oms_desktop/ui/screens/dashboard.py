"""Dashboard: what needs doing today, as cards with a big number and a short list each.
Every item opens what it names (signals below; without a listener the sidebar switches to
the right screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.dashboard import Dashboard, dashboard
from ..changes import ORDERS, PURCHASING, STOCK
from ..icons import pixmap
from ..style import LATE, MUTED
from ..texts import format_date, format_day, format_money, late_text, status_text
from .base import Card, Screen, page_header

SHOWN = 5  # items per card before "n more"
_LIST_STYLE = """
QTreeWidget { background: transparent; border: none; outline: 0; }
QTreeWidget::item { padding: 4px 2px; border-bottom: 1px solid #eef0f4; }
QTreeWidget::item:hover { background: #f1f5fd; }
QTreeWidget::item:selected { background: #e8effc; color: #1b2233; }
"""
_NUMBER_STYLE = f"""
#BigNumber[alert="true"] {{ color: {LATE}; }}
#BigNumber[calm="true"] {{ color: {MUTED}; }}
"""


class ItemList(QTreeWidget):
    """A short list of what to act on: a click or Enter opens the item."""

    chosen = Signal(object)  # the item's payload: (kind, key)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(_LIST_STYLE)
        row = self.fontMetrics().height() + 10
        self.setFixedHeight(row * SHOWN + 4)

    def set_entries(self, entries: list[tuple]) -> None:
        """(text, detail, payload, detail colour or None, tooltip) per row."""
        self.clear()
        for text, detail, payload, colour, tooltip in entries:
            item = QTreeWidgetItem([text, detail])
            item.setData(0, Qt.ItemDataRole.UserRole, payload)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colour:
                item.setForeground(1, QColor(colour))
            if payload and payload[0] == "list":
                item.setForeground(0, QColor("#2f6fde"))
            item.setToolTip(0, tooltip)
            item.setToolTip(1, tooltip)
            self.addTopLevelItem(item)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The detail gets what it needs up to 45% of the width; the name the rest."""
        metrics = self.fontMetrics()
        needed = max((metrics.horizontalAdvance(self.topLevelItem(i).text(1))
                      for i in range(self.topLevelItemCount())), default=0) + 16
        self.header().resizeSection(1, min(needed, int(self.viewport().width() * 0.45)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def entry_count(self) -> int:
        return self.topLevelItemCount()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.chosen.emit(self.currentItem().data(0, Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class DashCard(Card):
    """A title with its icon, a big number and what it counts, and the first items."""

    def __init__(self, title: str, icon_name: str, empty: str, list_name: str) -> None:
        super().__init__()
        self.list_name = list_name
        head = QHBoxLayout()
        head.setSpacing(8)
        icon = QLabel()
        icon.setPixmap(pixmap(icon_name, 18))
        self.title_label = QLabel(title)
        self.title_label.setObjectName("CardTitle")
        head.addWidget(icon)
        head.addWidget(self.title_label)
        head.addStretch(1)
        self.number = QLabel("…")
        self.number.setObjectName("BigNumber")
        self.caption = QLabel()
        self.caption.setObjectName("Subtle")
        self.caption.setWordWrap(True)
        figures = QHBoxLayout()
        figures.setSpacing(10)
        figures.addWidget(self.number)
        figures.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignVCenter)
        self.items = ItemList()
        self.empty = QLabel(empty)
        self.empty.setObjectName("Subtle")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.hide()
        self.body.addLayout(head)
        self.body.addLayout(figures)
        self.body.addWidget(self.items)
        self.body.addWidget(self.empty)
        self.body.addStretch(1)

    def show_figures(self, number: str, caption: str, entries: list[tuple], total: int,
                     more, alert: bool = False) -> None:
        """`more(n)` words the last line when `n` items do not fit."""
        self.number.setText(number)
        self.number.setProperty("alert", alert)
        self.number.setProperty("calm", total == 0)
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)
        self.caption.setText(caption)
        shown = entries[:SHOWN] if len(entries) <= SHOWN else entries[:SHOWN - 1]
        if len(shown) < len(entries):
            shown = [*shown, (more(len(entries) - len(shown)), "", ("list", self.list_name),
                              None, "")]
        self.items.set_entries(shown)
        self.items.setVisible(bool(shown))
        self.empty.setVisible(not shown)


class DashboardScreen(Screen):
    icon_name = "dashboard"
    open_order = Signal(str)  # SO-000042
    open_po = Signal(str)  # PO-000007
    open_transfer = Signal(str)  # TR-000003
    open_requests = Signal(str)  # a supplier code: its supply requests waiting for a PO
    open_list = Signal(str)  # late, to_ship, to_collect, pos_due, requests, transfers, future

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(_NUMBER_STYLE)
        self.board: Dashboard | None = None
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Subtle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.late = DashCard(self.tr("Late promises"), "orders",
                             self.tr("Every promise is on time."), "late")
        self.to_ship = DashCard(self.tr("Ready to ship"), "check",
                                self.tr("No parcel waiting to leave."), "to_ship")
        self.to_collect = DashCard(self.tr("Ready for pick-up"), "sell",
                                   self.tr("No customer order waiting in a shop."), "to_collect")
        self.pos_due = DashCard(self.tr("Purchase orders due"), "receive",
                                self.tr("No delivery expected today."), "pos_due")
        self.requests = DashCard(self.tr("To order from suppliers"), "purchasing",
                                 self.tr("Every catalog sale is on a purchase order."),
                                 "requests")
        self.transfers = DashCard(self.tr("Transfers on the road"), "products",
                                  self.tr("No goods moving between sites."), "transfers")
        self.future = self._future_card()

        grid = QGridLayout()
        grid.setSpacing(14)
        for index, card in enumerate((self.late, self.to_ship, self.to_collect, self.pos_due,
                                      self.requests, self.transfers)):
            card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(card, index // 3, index % 3)
            card.items.chosen.connect(self._chosen)
        grid.addWidget(self.future, 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 4, 0)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(page_header(self.title()))
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    def _future_card(self) -> Card:
        card = Card()
        card.setStyleSheet(_LIST_STYLE)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(pixmap("sell", 18))
        title = QLabel(self.tr("Sold from future stock this week"))
        title.setObjectName("CardTitle")
        head.addWidget(icon)
        head.addWidget(title)
        head.addStretch(1)
        self.future_number = QLabel("…")
        self.future_number.setObjectName("BigNumber")
        self.future_caption = QLabel()
        self.future_caption.setObjectName("Subtle")
        self.future_caption.setWordWrap(True)
        self.future_po = QLabel()
        self.future_catalog = QLabel()
        figures = QVBoxLayout()
        figures.setSpacing(4)
        figures.addLayout(head)
        figures.addWidget(self.future_number)
        figures.addWidget(self.future_caption)
        figures.addSpacing(4)
        figures.addWidget(self.future_po)
        figures.addWidget(self.future_catalog)
        figures.addStretch(1)
        self.future_items = ItemList()
        self.future_items.chosen.connect(self._chosen)
        self.future_empty = QLabel(self.tr("Sales waiting for incoming purchase orders or "
                                           "ordered from a supplier's catalog show here."))
        self.future_empty.setObjectName("Subtle")
        self.future_empty.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(figures, 1)
        row.addWidget(self.future_items, 2)
        row.addWidget(self.future_empty, 2)
        card.body.addLayout(row)
        card.setMinimumHeight(190)
        return card

    def title(self) -> str:
        return self.tr("Dashboard")

    def cares_about(self) -> frozenset[str]:
        return frozenset({ORDERS, STOCK, PURCHASING})

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)

        def failed(error) -> None:
            self.refresh_button.setEnabled(True)
            self.show_error(error)
        self.run(dashboard, self.ctx.today(), on_success=self.show_board, on_error=failed)

    # -- showing the figures ------------------------------------------------------------------
    def show_board(self, board: Dashboard) -> None:
        self.board = board
        self.refresh_button.setEnabled(True)
        self.subtitle.setText(self.tr("What needs doing today, {0}").format(
            format_date(board.today, long=True)))
        self._show_late(board)
        self._show_ready(board)
        self._show_purchasing(board)
        self._show_future(board)


    def _customer(self, name: str) -> str:
        return name or self.tr("walk-in customer")

    def _order_entry(self, item, detail: str, colour: str | None = None) -> tuple:
        tooltip = self.tr("{0}, {1} at {2}. Open the order (click or Enter)").format(
            item.order, self._customer(item.customer), item.site)
        if item.late:
            tooltip = f"{late_text(item.late).capitalize()}. {tooltip}"
        return (f"{item.order}  {self._customer(item.customer)}", detail, ("order", item.order),
                colour, tooltip)

    def _late_word(self, why: str | None) -> str:
        """texts.late_text in a word or two, for a narrow card."""
        return {"unsupplied": self.tr("no supply"), "postponed": self.tr("postponed"),
                "overdue": self.tr("date passed")}.get(why or "", late_text(why))

    def _more(self, rest: int) -> str:
        return self.tr("and %n more…", "", rest)

    def _show_late(self, board: Dashboard) -> None:
        count = len(board.late)
        entries = [self._order_entry(item, self._late_word(item.late), LATE)
                   for item in board.late]
        caption = self.tr("order(s) whose promise slipped: warn the customer(s)", "", count) \
            if count else self.tr("late orders")
        self.late.show_figures(str(count), caption, entries, count, self._more, alert=bool(count))

    def _ready_detail(self, item) -> str:
        if item.all_ready:
            return item.site
        return self.tr("{0} of {1} lines · {2}").format(item.ready_lines, item.open_lines,
                                                       item.site)

    def _show_ready(self, board: Dashboard) -> None:
        count = len(board.to_ship)
        self.to_ship.show_figures(
            str(count), self.tr("parcel(s) to pack and send", "", count),
            [self._order_entry(item, self._ready_detail(item)) for item in board.to_ship],
            count, self._more)
        count = len(board.to_collect)
        self.to_collect.show_figures(
            str(count), self.tr("order(s) set aside for their customer(s)", "", count),
            [self._order_entry(item, self._ready_detail(item)) for item in board.to_collect],
            count, self._more)

    def _show_purchasing(self, board: Dashboard) -> None:
        entries = []
        for item in board.pos_due:
            when = self.tr("due today") if item.days_late == 0 else \
                self.tr("%n day(s) late", "", item.days_late)
            tooltip = self.tr("{0} from {1} to {2}: {3} still to come ({4})").format(
                item.po, item.supplier_name, item.site,
                self.tr("%Ln unit(s)", "", item.units), status_text(item.status))
            entries.append((f"{item.po}  {item.supplier_name}", when, ("po", item.po),
                            LATE if item.days_late else None, tooltip))
        overdue = sum(1 for item in board.pos_due if item.days_late)
        count = len(board.pos_due)
        caption = self.tr("to receive")
        if overdue:
            caption = self.tr("to receive, %n of them overdue", "", overdue)
        self.pos_due.show_figures(str(count), caption, entries, count, self._more,
                                  alert=bool(overdue))

        entries = [(group.supplier,
                    self.tr("%n sale(s)", "", group.requests) + " · " +
                    self.tr("%Ln unit(s)", "", group.units),
                    ("requests", group.supplier), None,
                    self.tr("Catalog sales to put on a purchase order to {0}, the oldest "
                            "since {1}").format(group.supplier, group.oldest[:16]))
                   for group in board.requests]
        count = board.pending_requests
        self.requests.show_figures(
            str(count), self.tr("catalog sale(s) to order from their supplier(s)", "", count),
            entries, count, self._more)

        entries = []
        for item in board.transfers:
            late = item.is_late(board.today)
            detail = format_day(item.expected)
            tooltip = self.tr("{transfer}: {units} from {origin} to {destination}, expected "
                              "{date}; {waiting}").format(
                transfer=item.transfer, origin=item.origin, destination=item.destination,
                date=format_date(item.expected),
                units=self.tr("%Ln unit(s)", "", item.units),
                waiting=self.tr("%Ln customer line(s) wait for it", "", item.for_orders))
            entries.append((f"{item.transfer}  {item.origin} → {item.destination}",
                            self.tr("late · {0}").format(detail) if late else detail,
                            ("transfer", item.transfer), LATE if late else MUTED, tooltip))
        waiting = sum(item.for_orders for item in board.transfers)
        count = len(board.transfers)
        caption = self.tr("in transit, %n customer line(s) wait for them", "", waiting) \
            if waiting else self.tr("in transit between sites")
        self.transfers.show_figures(str(count), caption, entries, count, self._more)

    def _show_future(self, board: Dashboard) -> None:
        future = board.future
        self.future_number.setText(format_money(future.revenue))
        if future.all_lines:
            self.future_caption.setText(self.tr(
                "{0} since {1}: {2} of this week's sales, including VAT").format(
                self.tr("%Ln line(s)", "", future.lines),
                format_day(board.week_start), f"{future.share:.0%}"))
        else:
            self.future_caption.setText(self.tr("No sale yet this week."))
        self.future_po.setText(self.tr("On incoming purchase orders: {0} · {1}").format(
            self.tr("%Ln line(s)", "", future.po_lines),
            format_money(future.po_revenue)))
        self.future_catalog.setText(self.tr("From supplier catalogs: {0} · {1}").format(
            self.tr("%Ln line(s)", "", future.catalog_lines),
            format_money(future.catalog_revenue)))
        entries = [(f"{o.order}  {self._customer(o.customer)}",
                    (self.tr("supplier catalog") if o.catalog else self.tr("incoming PO"))
                    + " · " + format_money(o.revenue), ("order", o.order), MUTED,
                    self.tr("Open {0}").format(o.order)) for o in future.orders]
        if len(entries) > SHOWN:
            entries = entries[:SHOWN - 1] + [(self._more(len(entries) - SHOWN + 1), "",
                                              ("list", "future"), None, "")]
        self.future_items.set_entries(entries)
        self.future_items.setVisible(bool(entries))
        self.future_empty.setVisible(not entries)

    # -- opening what an item names -----------------------------------------------------------
    def _chosen(self, payload) -> None:
        if not payload:
            return
        kind, key = payload
        signal, screen = {"order": (self.open_order, "orders"), "po": (self.open_po, "purchasing"),
                          "transfer": (self.open_transfer, "products"),
                          "requests": (self.open_requests, "purchasing"),
                          "list": (self.open_list, None)}[kind]
        if screen is None:
            screen = {"late": "orders", "to_ship": "orders", "to_collect": "orders",
                      "future": "orders", "pos_due": "purchasing", "requests": "purchasing",
                      "transfers": "products"}[key]
        signal.emit(key)
        self._go(screen)

    def _go(self, screen: str) -> None:
        from ..main_window import SCREEN_ICONS

        window = self.window()
        if hasattr(window, "go_to") and screen in SCREEN_ICONS:
            window.go_to(SCREEN_ICONS.index(screen))


__all__ = ["DashboardScreen", "ItemList"]
