"""Reports: pick one, a period and a site, read it here, export it for the accountant."""

from __future__ import annotations

import datetime
import os

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...services.reports import PERIOD_REPORTS, Report, export_report, report_names, run_report
from ...services.sites import list_sites
from ..changes import ORDERS, PURCHASING, SETTINGS, STOCK
from ..icons import icon
from ..table_model import SORT_ROLE, Column, RowsModel
from ..texts import format_date, format_money
from .base import Screen, page_header

FORMATS = (("xlsx", "Excel (.xlsx)"), ("csv", "CSV"), ("pdf", "PDF"))


def _cell(kind: str):
    def show(row: dict, key: str) -> str:
        value = row.get(key)
        if value is None:
            return ""
        if kind == "money":
            return format_money(value)
        if kind == "percent":
            return f"{float(value) * 100:.1f} %"
        if kind == "date":
            return format_date(value)
        if kind == "number":
            return f"{float(value):.1f}"
        return str(value)
    return show


def report_columns(report: Report) -> list[Column]:
    columns = []
    for column in report.columns:
        show = _cell(column.kind)
        align = Qt.AlignmentFlag.AlignLeft if column.kind in ("text", "date") \
            else Qt.AlignmentFlag.AlignRight
        columns.append(Column(column.title, lambda row, k=column.key: row.get(k), align,
                              text=lambda row, k=column.key, s=show: s(row, k)))
    return columns


class ReportsScreen(Screen):
    icon_name = "reports"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.report: Report | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(page_header(self.title(), self.tr(
            "Each report is read from the database as it is now; export it for the "
            "accountant or a spreadsheet.")))
        bar = QHBoxLayout()
        self.picker = QComboBox()
        for name, description in report_names():
            self.picker.addItem(description[:1].upper() + description[1:], name)
        self.picker.setMinimumWidth(360)
        today = ctx.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.site = QComboBox()
        self.site.addItem(self.tr("All sites"), None)
        for site in list_sites(ctx.db):
            self.site.addItem(f"{site.name} ({site.code})", site.code)
        self.show_button = QPushButton(icon("refresh"), self.tr("Show"))
        self.show_button.setObjectName("Primary")
        self.show_button.setToolTip("F5")
        bar.addWidget(self.picker, 1)
        self.from_label = QLabel(self.tr("From"))
        self.to_label = QLabel(self.tr("to"))
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to, self.site,
                       self.show_button):
            bar.addWidget(widget)
        layout.addLayout(bar)

        self.summary = QLabel("")
        self.summary.setObjectName("Subtle")
        layout.addWidget(self.summary)
        self.model = RowsModel([])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)

        exports = QHBoxLayout()
        exports.addStretch(1)
        self.csv_dialect = QComboBox()
        self.csv_dialect.addItem(self.tr("CSV for Excel in France (;)"), "fr")
        self.csv_dialect.addItem(self.tr("International CSV (,)"), "intl")
        exports.addWidget(self.csv_dialect)
        self.export_buttons = {}
        for fmt, label in FORMATS:
            button = QPushButton(self.tr("Export {0}").format(label))
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            button.setEnabled(False)
            exports.addWidget(button)
            self.export_buttons[fmt] = button
        self.export_buttons["xlsx"].setToolTip("Ctrl+E")
        layout.addLayout(exports)

        self.show_button.clicked.connect(self.refresh)
        self.picker.currentIndexChanged.connect(self._picked)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export("xlsx"))
        last = ctx.settings.value("reports/last")
        if last and self.picker.findData(last) >= 0:
            self.picker.setCurrentIndex(self.picker.findData(last))
        self._picked()

    def title(self) -> str:
        return self.tr("Reports")

    def cares_about(self) -> frozenset[str]:
        return frozenset({ORDERS, STOCK, PURCHASING, SETTINGS})

    def _picked(self) -> None:
        name = self.picker.currentData()
        period = name in PERIOD_REPORTS
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            widget.setEnabled(period)
        self.ctx.settings.setValue("reports/last", name)

    def _dates(self) -> tuple[datetime.date, datetime.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def refresh(self) -> None:
        date_from, date_to = self._dates()
        self.summary.setText(self.tr("Reading..."))
        self.run(run_report, self.picker.currentData(), date_from, date_to,
                 self.site.currentData(), self.ctx.today(), on_success=self._shown,
                 on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        from ..texts import error_text

        self.summary.setText(error_text(error))

    def _shown(self, report: Report) -> None:
        self.report = report
        self.model.columns = report_columns(report)
        self.model.set_rows(report.rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self.summary.setText(self.tr("{title}: %Ln row(s)", "", len(report.rows)).format(
            title=report.title))
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def export(self, fmt: str) -> None:
        if self.report is None:
            return
        folder = self.ctx.settings.value("reports/folder") or os.path.expanduser("~")
        suggested = os.path.join(folder, f"{self.report.name}-{self.ctx.today()}.{fmt}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), suggested,
                                              f"*.{fmt}")
        if not path:
            return
        self.ctx.settings.setValue("reports/folder", os.path.dirname(path))
        language = self.ctx.settings.value("language") or "en"
        self.ctx.runner.run(
            export_report, self.report, path, fmt, dialect=self.csv_dialect.currentData(),
            language=language, on_error=self.show_error,
            on_success=lambda size: self.summary.setText(
                self.tr("Written: {path} ({size} bytes)").format(path=path, size=size)))

    def prepare_screenshot(self) -> None:
        self.picker.setCurrentIndex(self.picker.findData("sales"))
        self.date_from.setDate(QDate(2026, 11, 1))
        self.refresh()
