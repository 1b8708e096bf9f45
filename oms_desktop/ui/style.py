"""The look: Qt's Fusion style with a calm light palette and a few rules of our own."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6fde"
LATE = "#c0392b"
GOOD = "#1e8449"
MUTED = "#6b7385"
WARN = "#b9770e"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #f5f6f8; }}
#Sidebar {{ background: #ffffff; border: none; border-right: 1px solid #e1e4ea;
            padding-top: 8px; font-size: 14px; outline: 0; }}
#Sidebar::item {{ padding: 10px 14px; margin: 2px 8px; border-radius: 8px; color: #2c3344; }}
#Sidebar::item:selected {{ background: #e8effc; color: {ACCENT}; font-weight: 600; }}
#Sidebar::item:hover:!selected {{ background: #f1f3f7; }}
#AppName {{ font-size: 15px; font-weight: 700; color: #1b2233; padding: 14px 18px 6px 18px;
            background: #ffffff; }}
#PageTitle {{ font-size: 20px; font-weight: 650; color: #1b2233; }}
#Subtle {{ color: {MUTED}; }}
#Card {{ background: #ffffff; border: 1px solid #e1e4ea; border-radius: 10px; }}
#CardTitle {{ font-size: 13px; font-weight: 600; color: #2c3344; }}
#BigNumber {{ font-size: 26px; font-weight: 700; color: #1b2233; }}
#Promise {{ font-size: 18px; font-weight: 700; color: {GOOD}; }}
#Error {{ color: {LATE}; }}
#Late {{ color: {LATE}; font-weight: 600; }}
QTableView {{ background: #ffffff; border: 1px solid #e1e4ea; border-radius: 8px;
              gridline-color: #eef0f4; selection-background-color: #dce7fb;
              selection-color: #1b2233; alternate-background-color: #fafbfc; }}
QHeaderView::section {{ background: #f7f8fa; border: none; border-bottom: 1px solid #e1e4ea;
                        padding: 6px 8px; font-weight: 600; color: #44506a; }}
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {{
    background: #ffffff; border: 1px solid #cfd4dd; border-radius: 6px; padding: 5px 7px; }}
QLineEdit:focus, QComboBox:focus {{ border-color: {ACCENT}; }}
QLineEdit[invalid="true"] {{ border-color: {LATE}; }}
QPushButton {{ background: #ffffff; border: 1px solid #cfd4dd; border-radius: 6px;
               padding: 6px 14px; color: #1b2233; }}
QPushButton:hover {{ background: #f1f3f7; }}
QPushButton:disabled {{ color: #a3a9b6; }}
QPushButton:checked {{ background: #e8effc; border-color: {ACCENT}; color: {ACCENT};
                       font-weight: 600; }}
QPushButton#Segment {{ border-radius: 0; margin-right: -1px; padding: 7px 16px; }}
QPushButton#SegmentFirst {{ border-top-right-radius: 0; border-bottom-right-radius: 0;
                            margin-right: -1px; padding: 7px 16px; }}
QPushButton#SegmentLast {{ border-top-left-radius: 0; border-bottom-left-radius: 0;
                           padding: 7px 16px; }}
#Option {{ background: #ffffff; border: 1px solid #e7eaf0; border-radius: 8px; }}
#OptionChosen {{ background: #f0f7f2; border: 1px solid #9fd3b1; border-radius: 8px; }}
#OptionDate {{ font-weight: 650; color: #1b2233; }}
#OptionWhy {{ color: {MUTED}; }}
QPushButton#Primary {{ background: {ACCENT}; border-color: {ACCENT}; color: #ffffff;
                       font-weight: 600; }}
QPushButton#Primary:hover {{ background: #275fc2; }}
QPushButton#Primary:disabled {{ background: #9db7e8; border-color: #9db7e8; }}
QTabWidget::pane {{ border: none; }}
QStatusBar {{ background: #ffffff; border-top: 1px solid #e1e4ea; color: {MUTED}; }}
"""


def apply_style(app: QApplication) -> None:
    """Once per application: setting a style sheet again repolishes every widget alive."""
    if app.property("oms_styled"):
        return
    app.setProperty("oms_styled", True)
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f6f8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#fafbfc"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#dce7fb"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#1b2233"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1b2233"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1b2233"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1b2233"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
