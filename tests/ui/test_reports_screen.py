"""The Reports screen shows a report and exports it."""

from __future__ import annotations

from decimal import Decimal

from oms_desktop.services.reports import run_report

REPORTS_SCREEN = 5


def test_the_sales_report_is_shown_and_exported_to_xlsx(window, ctx, qtbot, tmp_path,
                                                        monkeypatch):
    import openpyxl
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QFileDialog

    window.go_to(REPORTS_SCREEN)
    screen = window.screen(REPORTS_SCREEN)
    screen.picker.setCurrentIndex(screen.picker.findData("sales"))
    screen.date_from.setDate(QDate(2026, 11, 1))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.name == "sales")
    expected = run_report(ctx.db, "sales", screen.report.filters.get("from"),
                          screen.report.filters.get("to"), None, ctx.today())
    assert screen.model.rowCount() == len(expected.rows) > 0
    target = tmp_path / "sales.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    screen.export("xlsx")
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: "Written" in screen.summary.text())
    sheet = openpyxl.load_workbook(target).active
    numbers = [c.value for row in sheet.iter_rows(min_row=2) for c in row
               if isinstance(c.value, (int, float))]
    assert numbers  # real numbers, not text
    revenue = sum(Decimal(str(r.get("revenue") or 0)) for r in expected.rows)
    assert revenue > 0


def test_a_bad_period_says_so(window, ctx, qtbot):
    from PySide6.QtCore import QDate

    window.go_to(REPORTS_SCREEN)
    screen = window.screen(REPORTS_SCREEN)
    screen.picker.setCurrentIndex(screen.picker.findData("sales"))
    screen.date_from.setDate(QDate(2026, 12, 31))
    screen.date_to.setDate(QDate(2026, 11, 1))
    screen.refresh()
    qtbot.waitUntil(lambda: "is after" in screen.summary.text())
    assert "Dec 31, 2026" in screen.summary.text()  # the dates the user's way
    assert "Nov 1, 2026" in screen.summary.text()
