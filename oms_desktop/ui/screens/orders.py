"""Orders: find a customer's order, see where its goods come from and what it waits for, and
move it along (ready, shipped or collected, cancelled, sourced again, goods returned).

The list comes a page at a time from the database (a shop keeps thousands of orders) and is
searched there; the order chosen is shown whole beside it. Every action runs in the
background and announces what changed, so this list and the other screens refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, QSortFilterProxyModel, Qt, \
    QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OmsError
from ...services.fulfilment import collect_order, mark_ready, ship_order
from ...services.order_search import OrderDetail, OrderPage, OrderSummary, order_detail, \
    search_orders
from ...services.ordering import cancel_order, reallocate_order
from ...services.returns import return_goods
from ...services.sites import list_sites
from ..changes import ORDERS, PURCHASING, SETTINGS, STOCK
from ..icons import icon
from ..style import GOOD, LATE
from ..table_model import SORT_ROLE, Column, RowsModel, numeric
from ..texts import error_text, format_day, format_money, late_text, mode_text, status_text, tr
from .base import Screen, page_header
from .order_detail import OrderDetailPanel, ReturnGoodsDialog

PAGE = 200
STATUSES = ("open", "completed", "cancelled", "")  # "" = all
CHANNELS = ("", "shop", "web", "marketplace")
KEY = "orders/"
COL_ORDER, COL_CUSTOMER, COL_MODE, COL_PROMISE, COL_TOTAL, COL_STATUS = range(6)


def order_status_text(o: OrderSummary) -> str:
    """Late first (why), then how far an open order has come."""
    if o.late:
        return late_text(o.late)
    if o.status == "open" and o.open_lines:
        if o.ready_lines == o.open_lines:
            return tr("ready")
        if o.ready_lines:
            return tr("partly ready")
    return status_text(o.status)


def order_mode_text(o: OrderSummary) -> str:
    """Short, for the list: 'pick-up · PARIS' (where the customer collects), 'delivery'."""
    if o.mode == "delivery":
        return tr("delivery")
    mode = tr("pick-up") if o.mode == "pickup" else mode_text(o.mode)
    return f"{mode} · {o.site}"


def _late_colour(o: OrderSummary) -> str | None:
    return LATE if o.late else None


def order_columns() -> list[Column]:
    return [
        Column(tr("Order"), lambda o: o.order, colour=_late_colour),
        Column(tr("Customer"), lambda o: o.customer or "–", colour=_late_colour,
               tooltip=lambda o: "\n".join(x for x in (o.customer, o.contact) if x)),
        Column(tr("Mode"), order_mode_text, colour=_late_colour,
               tooltip=lambda o: tr("{mode}, placed at {site} on {date}").format(
                   mode=mode_text(o.mode), site=o.site, date=format_day(o.created_on))),
        Column(tr("Promise"), lambda o: o.promise_date,
               text=lambda o: format_day(o.promise_date) if o.promise_date else (
                   tr("no date") if o.status == "open" else ""), colour=_late_colour),
        numeric(tr("Total"), lambda o: o.total, text=lambda o: format_money(o.total),
                colour=_late_colour),
        Column(tr("Status"), order_status_text, colour=_late_colour,
               tooltip=lambda o: tr("Late: %n line(s) {why}", "", o.late_lines).format(
                   why=late_text(o.late)) if o.late else ""),
    ]


class OrdersModel(RowsModel):
    """The order rows; late orders in bold red; more rows appended page by page."""

    def __init__(self, parent=None) -> None:
        super().__init__(order_columns(), parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def append_rows(self, rows: list) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.rows[index.row()].late:
            return self._bold
        return super().data(index, role)


class OrderTable(QTableView):
    """Enter or a double click opens the order's detail."""

    opened = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(lambda _: self.opened.emit())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.currentIndex().isValid():
                self.opened.emit()
            return
        super().keyPressEvent(event)


class OrdersScreen(Screen):
    icon_name = "orders"
    print_promise_requested = Signal(str)  # the order's reference, e.g. SO-000042

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.page: OrderPage | None = None
        self.detail: OrderDetail | None = None
        self.current_ref: str | None = None
        self.return_dialog: ReturnGoodsDialog | None = None
        self._seq = 0
        self.loading = False  # a search is on its way
        self._detail_loads = 0
        self.busy = False
        self._keep_current = False
        self._build()
        self._load_sites()
        self._restore_state()
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._filters_changed)
        self._connect()
        self._update_actions()

    def title(self) -> str:
        return self.tr("Orders")

    def cares_about(self) -> frozenset[str]:
        return frozenset({ORDERS, STOCK, PURCHASING, SETTINGS})

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(10)
        outer.addWidget(page_header(self.title(), self.tr(
            "Find an order by its number, the customer's name or phone, or a product; "
            "see where its goods come from and move it along.")))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: order number, customer, phone, SKU "
                                               "(Ctrl+F)"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        for status, label in zip(STATUSES, (self.tr("Open"), self.tr("Completed"),
                                            self.tr("Cancelled"), self.tr("All statuses"))):
            self.status.addItem(label, status)
        self.status.setToolTip(self.tr("Status"))
        self.channel = QComboBox()
        for channel, label in zip(CHANNELS, (self.tr("All channels"), self.tr("In the shop"),
                                             self.tr("Web / phone"), self.tr("Marketplace"))):
            self.channel.addItem(label, channel)
        self.channel.setToolTip(self.tr("Channel"))
        self.site = QComboBox()
        self.site.setToolTip(self.tr("The shop (or warehouse) the order was placed at"))
        self.site.setMinimumWidth(150)
        self.late_only = QCheckBox(self.tr("Late only"))
        self.late_only.setToolTip(self.tr("Orders with a line later than first promised, past "
                                          "its date, or without supply (Ctrl+L)"))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        for widget in (self.status, self.channel, self.site, self.late_only):
            filters.addWidget(widget)
        outer.addLayout(filters)

        self.table = OrderTable()
        self.model = OrdersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        for column, width in enumerate((86, 0, 112, 94, 74, 150)):
            if width:
                self.table.setColumnWidth(column, width)

        self.count = QLabel()
        self.count.setObjectName("Subtle")
        self.count.setToolTip(self.tr("Click the late ones to see only them"))
        self.count.linkActivated.connect(lambda _: self.late_only.setChecked(True))
        self.more = QPushButton(self.tr("Show more"))
        self.more.hide()
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(6)
        list_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more)
        list_layout.addLayout(bottom)

        self.detail_panel = OrderDetailPanel()
        detail_side = QWidget()
        detail_layout = QVBoxLayout(detail_side)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.setSpacing(8)
        detail_layout.addLayout(self._build_actions())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        detail_layout.addWidget(self.notice)
        detail_layout.addWidget(self.detail_panel, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(detail_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 380])
        outer.addWidget(self.splitter, 1)

        for first, second in ((self.search, self.status), (self.status, self.channel),
                              (self.channel, self.site), (self.site, self.late_only),
                              (self.late_only, self.table), (self.table, self.more),
                              (self.more, self.detail_panel)):
            QWidget.setTabOrder(first, second)
        previous = self.detail_panel
        for button in self.buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _build_actions(self) -> QVBoxLayout:
        """The buttons, each with its shortcut (shown in its tooltip)."""
        spec = [
            ("ready", self.tr("Mark ready"), "check", "Ctrl+R", self.mark_ready,
             self.tr("The goods are set aside for the customer")),
            ("ship", self.tr("Ship"), "purchasing", "Ctrl+Return", self.ship,
             self.tr("The parcel leaves for the customer's address")),
            ("collect", self.tr("Collected"), "check", "Ctrl+Return", self.collect,
             self.tr("The customer came and took the goods")),
            ("print", self.tr("Print promise"), "print", "Ctrl+P", self.reprint_promise,
             self.tr("Print the delivery promise for the customer again")),
            ("reallocate", self.tr("Source again"), "refresh", "Ctrl+Shift+R",
             self.source_again,
             self.tr("Look again for sooner goods for the lines still waiting")),
            ("return", self.tr("Return goods…"), "receive", "Ctrl+Shift+G",
             self.return_goods, self.tr("The customer brings back goods they received")),
            ("cancel", self.tr("Cancel order…"), "cancel", "Ctrl+Delete", self.cancel_order,
             self.tr("Release everything the order holds")),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for name, label, icon_name, keys, slot, hint in spec:
            button = QPushButton(icon(icon_name), label)
            sequence = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{hint} ({sequence})")
            button.clicked.connect(slot)
            button.setStyleSheet("QPushButton { padding: 6px 10px; }")
            self.buttons[name] = button
        self._shortcuts = {
            "ready": ("Ctrl+R",), "hand_over": ("Ctrl+Return", "Ctrl+Enter"),
            "print": ("Ctrl+P",), "reallocate": ("Ctrl+Shift+R",), "return": ("Ctrl+Shift+G",),
            "cancel": ("Ctrl+Delete",),
        }
        layout = QVBoxLayout()
        layout.setSpacing(6)
        first = QHBoxLayout()
        for name in ("ready", "ship", "collect", "print"):
            first.addWidget(self.buttons[name])
        first.addStretch(1)
        second = QHBoxLayout()
        for name in ("reallocate", "return", "cancel"):
            second.addWidget(self.buttons[name])
        second.addStretch(1)
        layout.addLayout(first)
        layout.addLayout(second)
        return layout

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.channel.currentIndexChanged.connect(self._filters_changed)
        self.site.currentIndexChanged.connect(self._filters_changed)
        self.late_only.toggled.connect(self._filters_changed)
        self.more.clicked.connect(self.show_more)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.opened.connect(self.focus_detail)
        self.detail_panel.back.connect(self.table.setFocus)
        self.splitter.splitterMoved.connect(lambda *_: self.save_state())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)  # Ctrl+F
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+L"), self, self.late_only.toggle)
        slots = {"ready": self.mark_ready, "hand_over": self.hand_over,
                 "print": self.reprint_promise, "reallocate": self.source_again,
                 "return": self.return_goods, "cancel": self.cancel_order}
        for name, keys in self._shortcuts.items():
            for key in keys:
                QShortcut(QKeySequence(key), self, slots[name])

    def _load_sites(self) -> None:
        items = [(f"{s.code} – {s.name}" if s.name.upper() != s.code else s.code, s.code)
                 for s in list_sites(self.ctx.db)]
        shown = [(self.site.itemText(i), self.site.itemData(i))
                 for i in range(1, self.site.count())]
        if items == shown:
            return
        chosen = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(self.tr("All sites"), "")
        for label, code in items:
            self.site.addItem(label, code)
        index = self.site.findData(chosen or "")
        self.site.setCurrentIndex(max(0, index))
        self.site.blockSignals(False)

    # --- state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.ctx.settings
        for combo, key in ((self.status, "status"), (self.channel, "channel"),
                           (self.site, "site")):
            value = settings.value(KEY + key)
            if value is not None:
                index = combo.findData(str(value))
                if index >= 0:
                    combo.setCurrentIndex(index)
        self.late_only.setChecked(str(settings.value(KEY + "late_only", "false")).lower()
                                  in ("true", "1"))
        sizes = settings.value(KEY + "splitter")
        if isinstance(sizes, QByteArray):
            self.splitter.restoreState(sizes)

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue(KEY + "status", self.status.currentData())
        settings.setValue(KEY + "channel", self.channel.currentData())
        settings.setValue(KEY + "site", self.site.currentData())
        settings.setValue(KEY + "late_only", self.late_only.isChecked())
        settings.setValue(KEY + "splitter", self.splitter.saveState())

    # --- the list -------------------------------------------------------------------

    def activate(self) -> None:
        super().activate()
        if not self.search.hasFocus() and not self.table.hasFocus():
            self.table.setFocus()

    def refresh(self) -> None:
        """Something changed: reload the list, keeping the order shown."""
        self._load_sites()
        self._keep_current = True
        self._load(0)

    def _filters_changed(self, *_) -> None:
        self._search_timer.stop()
        self.save_state()
        self._keep_current = False
        self._load(0)

    def _search_now(self) -> None:
        self._filters_changed()
        if self.model.rowCount():
            self.table.setFocus()

    def show_more(self) -> None:
        if self.page and self.page.has_more:
            self._load(self.page.offset + len(self.page.orders))

    def _load(self, offset: int) -> None:
        self._seq += 1
        seq = self._seq
        self.loading = True
        self.run(search_orders, self.search.text(), status=self.status.currentData() or None,
                 channel=self.channel.currentData() or None,
                 site=self.site.currentData() or None, late_only=self.late_only.isChecked(),
                 limit=PAGE, offset=offset,
                 on_success=lambda page: self._loaded(page, seq, offset > 0),
                 on_error=lambda error: self._load_failed(error, seq))

    def _load_failed(self, error: BaseException, seq: int) -> None:
        if seq == self._seq:
            self.loading = False
            self.count.setText(error_text(error))

    def _loaded(self, page: OrderPage, seq: int, append: bool) -> None:
        if seq != self._seq:
            return  # an older search answered after a newer one was asked
        self.loading = False
        if append and self.page is not None:
            self.model.append_rows(page.orders)
            shown = len(self.page.orders) + len(page.orders)
            page = OrderPage(self.page.orders + page.orders, page.matching, page.late, 0)
        else:
            self.model.set_rows(page.orders)
            shown = len(page.orders)
        self.page = page
        self._show_count(shown)
        if append:
            return
        row = self._proxy_row(self.current_ref)
        if row is not None:
            self._select_row(row)
        elif self.current_ref and self._keep_current:
            self.show_order(self.current_ref)
        elif self.proxy.rowCount():
            self._select_row(0)
        else:
            self.current_ref = None
            self.detail = None
            self.detail_panel.show_nothing(self.tr(
                "No order matches. Try fewer words, or another status or site."))
            self._update_actions()

    def _show_count(self, shown: int) -> None:
        page = self.page
        number = QLocale().toString
        late_only = self.late_only.isChecked()
        matching, status = page.matching, self.status.currentData()
        if late_only:
            text = self.tr("%Ln late order(s)", "", matching)
        elif status == "open":
            text = self.tr("%Ln open order(s)", "", matching)
        elif status == "completed":
            text = self.tr("%Ln completed order(s)", "", matching)
        elif status == "cancelled":
            text = self.tr("%Ln cancelled order(s)", "", matching)
        else:
            text = self.tr("%Ln order(s)", "", matching)
        if page.late and not late_only:
            text += " · <a href='late' style='color:%s; font-weight:600'>%s</a>" % (
                LATE, self.tr("{n} late").format(n=number(page.late)))
        if shown < page.matching:
            text += " · " + self.tr("showing the newest {n}").format(n=number(shown))
        self.count.setText(text)
        left = page.matching - shown
        self.more.setVisible(left > 0)
        self.more.setText(self.tr("Show {n} more").format(n=number(min(PAGE, left))))

    def _proxy_row(self, ref: str | None) -> int | None:
        if not ref:
            return None
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == ref:
                return row
        return None

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        loads = self._detail_loads
        self.table.selectionModel().setCurrentIndex(
            index, self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows)
        self.table.scrollTo(index)
        if loads == self._detail_loads:  # it was already the current row: show it afresh
            self._row_changed(index)

    def _row_changed(self, index: QModelIndex, *_) -> None:
        if not index.isValid():
            return
        summary = self.proxy.mapToSource(index)
        ref = self.model.row_at(summary.row()).order
        if ref != self.current_ref:
            self._clear_notice()
        self.show_order(ref)

    # --- the detail -----------------------------------------------------------------

    def open_order(self, ref: str) -> None:
        """Shows an order: selected in the list when it is there, else beside it alone."""
        row = self._proxy_row(ref)
        if row is not None:
            self._select_row(row)
        else:
            self.table.selectionModel().clearSelection()
            self.show_order(ref)

    def show_order(self, ref: str) -> None:
        """Shows the order whole (a quick read: a handful of compiled queries)."""
        self.current_ref = ref
        self._detail_loads += 1
        try:
            self.detail = order_detail(self.ctx.db, ref)
        except OmsError as error:
            self.detail = None
            self.detail_panel.show_nothing(error_text(error))
        else:
            self.detail_panel.show_detail(self.detail)
        self._update_actions()

    def focus_detail(self) -> None:
        self.detail_panel.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_actions(self) -> None:
        actions = self.detail.actions if self.detail and not self.busy else None
        enabled = {
            "ready": actions and actions.mark_ready, "ship": actions and actions.ship,
            "collect": actions and actions.collect, "print": actions and actions.print_promise,
            "reallocate": actions and actions.reallocate,
            "return": actions and actions.return_goods, "cancel": actions and actions.cancel,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(bool(on))
        delivery = self.detail is not None and self.detail.view.mode == "delivery"
        self.buttons["ship"].setVisible(delivery)
        self.buttons["collect"].setVisible(not delivery)
        # the one blue button is the obvious next step
        primary = actions.next_step if actions else None
        for name, button in self.buttons.items():
            wanted = "Primary" if name == primary else ""
            if button.objectName() != wanted:
                button.setObjectName(wanted)
                button.style().unpolish(button)
                button.style().polish(button)

    def _notify(self, text: str, refused: bool = False) -> None:
        self.notice.setText(text)
        colour, back = (LATE, "#fdecea") if refused else (GOOD, "#e6f4ea")
        self.notice.setStyleSheet(f"color: {colour}; background: {back}; border-radius: 6px; "
                                  f"padding: 8px 10px;")
        self.notice.setProperty("refused", refused)
        self.notice.show()

    def _clear_notice(self) -> None:
        self.notice.clear()
        self.notice.hide()

    # --- actions --------------------------------------------------------------------

    def _act(self, service, done: str, refused_prefix: str, *args) -> None:
        """Runs an action on the order shown; the list and the detail follow."""
        ref = self.current_ref
        if not ref or self.busy:
            return
        self.busy = True
        self._update_actions()
        self._clear_notice()

        def succeeded(_view) -> None:
            self.busy = False
            self._notify(done.format(order=ref))
            self.show_order(self.current_ref or ref)  # another may have been chosen since

        def refused(error: BaseException) -> None:
            self.busy = False
            self._notify(f"{refused_prefix} {error_text(error)}", refused=True)
            self.show_order(self.current_ref or ref)

        self.run(service, ref, *args, on_success=succeeded, on_error=refused,
                 changes=(ORDERS, STOCK))

    def _allowed(self, name: str) -> bool:
        return self.buttons[name].isEnabled() and not self.buttons[name].isHidden()

    def mark_ready(self) -> None:
        if self._allowed("ready"):
            self._act(mark_ready, self.tr("{order}: the goods in place are set aside, ready "
                                          "for the customer."), self.tr("Not marked ready:"))

    def ship(self) -> None:
        if self._allowed("ship"):
            self._act(ship_order, self.tr("{order}: shipped."), self.tr("Not shipped:"))

    def collect(self) -> None:
        if self._allowed("collect"):
            self._act(collect_order, self.tr("{order}: handed over to the customer."),
                      self.tr("Not handed over:"))

    def hand_over(self) -> None:
        """Ctrl+Enter: ship or collected, whichever fits the order."""
        if self._allowed("ship"):
            self.ship()
        elif self._allowed("collect"):
            self.collect()

    def source_again(self) -> None:
        if self._allowed("reallocate"):
            self._act(reallocate_order, self.tr("{order}: sourced again; the lines show "
                                                "where their goods now come from."),
                      self.tr("Not sourced again:"))

    def cancel_order(self) -> None:
        if not self._allowed("cancel") or self.detail is None:
            return
        view = self.detail.view
        who = view.customer or self.tr("the customer")
        answer = QMessageBox.question(
            self, self.tr("Cancel order"),
            self.tr("Cancel {order} for {who}?\n\nEverything it holds (shelf stock, goods on "
                    "their way, supplier orders) is released for other customers. This cannot "
                    "be undone.").format(order=view.order, who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._act(cancel_order, self.tr("{order}: cancelled; what it held is free again."),
                      self.tr("Not cancelled:"))

    def return_goods(self) -> None:
        if not self._allowed("return") or self.detail is None:
            return
        dialog = ReturnGoodsDialog(self.detail.view.order, self.detail.returnable, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda sku, qty, reason: self._take_back(dialog, sku, qty,
                                                                         reason))
        dialog.finished.connect(lambda _: setattr(self, "return_dialog", None))
        self.return_dialog = dialog
        dialog.open()

    def _take_back(self, dialog: ReturnGoodsDialog, sku: str, qty: int, reason: str) -> None:
        ref = self.current_ref

        def succeeded(_view) -> None:
            if self.return_dialog is dialog:
                dialog.accept()
            self._notify(self.tr("{order}: {qty} × {sku} taken back into stock.").format(
                order=ref, qty=qty, sku=sku))
            self.show_order(self.current_ref or ref)

        def refused(error: BaseException) -> None:
            if self.return_dialog is dialog:  # still open: the answer goes beside the fields
                dialog.show_error(error_text(error))
            else:
                self._notify(error_text(error), refused=True)

        self.run(return_goods, ref, sku, qty, reason, on_success=succeeded, on_error=refused,
                 changes=(ORDERS, STOCK))

    def reprint_promise(self) -> None:
        if not self._allowed("print"):
            return
        ref = self.current_ref
        self.print_promise_requested.emit(ref)
        try:
            from ..printing import print_promise
        except ImportError:
            self._notify(self.tr("Printing comes with the documents module."), refused=True)
            return
        try:
            print_promise(self.ctx, ref, self)
        except OmsError as error:
            self._notify(error_text(error), refused=True)
