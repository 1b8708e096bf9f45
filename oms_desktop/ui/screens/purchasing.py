"""Purchasing (to be built)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from .base import Screen, page_header


class PurchasingScreen(Screen):
    icon_name = "purchasing"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(page_header(self.title()))
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Purchasing")
