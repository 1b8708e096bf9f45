"""The main window: a sidebar of screens, the current screen, a status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .backup_menu import BackupMenu
from .context import AppContext
from .icons import app_icon, icon
from .screens.base import Screen
from .style import ACCENT
from .texts import format_date


def screen_factories() -> list[Callable[[AppContext], Screen]]:
    """The screens in sidebar order, imported when first shown (fast start-up)."""
    def lazy(module: str, name: str):
        def build(ctx: AppContext) -> Screen:
            import importlib

            return getattr(importlib.import_module(f"oms_desktop.ui.screens.{module}"), name)(ctx)
        build.module, build.name = module, name
        return build
    return [lazy("dashboard", "DashboardScreen"), lazy("sell", "SellScreen"),
            lazy("orders", "OrdersScreen"), lazy("products", "ProductsScreen"),
            lazy("purchasing", "PurchasingScreen"), lazy("reports", "ReportsScreen"),
            lazy("settings", "SettingsScreen")]


SCREEN_ICONS = ("dashboard", "sell", "orders", "products", "purchasing", "reports", "settings")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("OMS Desktop"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(1000, 640))
        self._factories = screen_factories()
        self._screens: dict[int, Screen] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(210)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        labels = [self.tr("Dashboard"), self.tr("Sell"), self.tr("Orders"),
                  self.tr("Products & stock"), self.tr("Purchasing"), self.tr("Reports"),
                  self.tr("Settings")]
        for number, (label, icon_name) in enumerate(zip(labels, SCREEN_ICONS), start=1):
            item = QListWidgetItem(icon(icon_name, active=ACCENT), label)
            item.setToolTip(f"{label} (Ctrl+{number})")
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        for _ in self._factories:
            self.stack.addWidget(QWidget())  # replaced by the screen when first shown

        brand = QLabel(self.tr("OMS Desktop"))
        brand.setObjectName("AppName")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(brand)
        side_layout.addWidget(self.sidebar)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus(labels)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Database: {0}").format(ctx.location)))
        self.statusBar().addWidget(QLabel(self.tr("Today: {0}").format(
            format_date(ctx.today(), long=True))))
        self.sidebar.currentRowChanged.connect(self.show_screen)
        self._restore()

    def _build_menus(self, labels: list[str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_menu = BackupMenu(self.ctx, self)
        for number, action in enumerate(self.backup_menu.actions()):
            file_menu.addAction(action)
            if number == 1:  # back up and restore; then the folders
                file_menu.addSeparator()
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, label in enumerate(labels, start=1):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=number - 1: self.go_to(n))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About OMS Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def go_to(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def screen(self, index: int) -> Screen:
        if index not in self._screens:
            screen = self._factories[index](self.ctx)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, screen)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._screens[index] = screen
            self._connect(screen)
        return self._screens[index]

    def _connect(self, screen: Screen) -> None:
        """What one screen asks another to show (the dashboard's items, above all)."""
        wiring = {"open_order": (2, "open_order"), "open_po": (4, "select_po"),
                  "print_promise_requested": (None, None)}
        for signal_name, (target, method) in wiring.items():
            signal = getattr(screen, signal_name, None)
            if isinstance(signal, SignalInstance) and target is not None:
                signal.connect(lambda ref, t=target, m=method: self._show_in(t, m, ref))
        if isinstance(getattr(screen, "open_list", None), SignalInstance):
            screen.open_list.connect(self._show_list)

    def _show_in(self, index: int, method: str, ref: str) -> None:
        self.go_to(index)
        getattr(self.screen(index), method)(ref)

    def _show_list(self, name: str) -> None:
        """A dashboard card's title: the Orders screen filtered to match, where it can be."""
        if name == "late":
            orders = self.screen(2)
            late = getattr(orders, "late_only", None)
            if late is not None and not late.isChecked():
                late.setChecked(True)

    def show_screen(self, index: int) -> None:
        if index < 0:
            return
        screen = self.screen(index)
        self.stack.setCurrentWidget(screen)
        self.ctx.settings.setValue("window/screen", index)
        screen.activate()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About OMS Desktop"), self.tr(
            "<b>OMS Desktop</b> {0}<br>Order management for small retailers: sell what is "
            "on the shelf, in the warehouse, on its way, or in a supplier's catalog.<br><br>"
            "Database: {1}").format(__version__, self.ctx.location))

    def _restore(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # position, screen, maximised
        size = self.ctx.settings.value("window/size")
        self.resize(size if isinstance(size, QSize) else QSize(1280, 800))
        self.go_to(int(self.ctx.settings.value("window/screen", 0) or 0))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        if not self.isMaximized():
            self.ctx.settings.setValue("window/size", self.size())
        for screen in self._screens.values():
            save = getattr(screen, "save_state", None)
            if save:
                save()
        self.ctx.settings.sync()
        super().closeEvent(event)
