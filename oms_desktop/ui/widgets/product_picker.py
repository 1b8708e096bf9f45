"""Where a product is asked for: type words, a SKU, an EAN, or scan a barcode.

A barcode scanner types the EAN and Enter: an exact match is picked at once, without the
list. Otherwise matches appear as you type (own products first, then supplier offers) and
Enter or a click picks one.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...services.search import ProductHit, search_products
from ..context import AppContext
from ..icons import icon
from ..texts import format_money, tr


def hit_label(hit: ProductHit) -> str:
    if hit.stocked:
        where = tr("{n} available").format(n=hit.available)
        price = format_money(hit.price)
    else:
        where = tr("catalog {supplier}").format(supplier=hit.supplier)
        price = format_money(hit.price) if hit.price is not None else ""
    return f"{hit.name}  ·  {hit.sku}  ·  {price}  ·  {where}".replace("  ·    ·", "  ·")


class ProductPicker(QLineEdit):
    picked = Signal(object)  # ProductHit
    not_found = Signal(str)  # what was typed or scanned

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: list[ProductHit] = []
        self.setPlaceholderText(tr("Scan a barcode, or type a name, SKU or EAN"))
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self._completer.popup().clicked.connect(lambda index: self._pick_row(index.row()))
        self._completer.activated.connect(self._activated_text)
        self.setCompleter(self._completer)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _: self._timer.start())
        self.returnPressed.connect(self._enter)

    def search_now(self) -> list[ProductHit]:
        text = self.text().strip()
        self.hits = search_products(self.ctx.db, text) if len(text) >= 2 or text.isdigit() \
            else []
        self._model.setStringList([hit_label(h) for h in self.hits])
        if self.hits and self.hasFocus():
            self._completer.complete()
        return self.hits

    def _enter(self) -> None:
        popup = self._completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._pick_row(popup.currentIndex().row())
            return
        self._timer.stop()
        text = self.text().strip()
        if not text:
            return
        hits = self.search_now()
        exact = [h for h in hits if h.exact]
        if exact or len(hits) == 1:
            self._pick(exact[0] if exact else hits[0])
        elif not hits:
            self.not_found.emit(text)

    def _activated_text(self, label: str) -> None:
        for row, hit in enumerate(self.hits):
            if hit_label(hit) == label:
                self._pick_row(row)
                return

    def _pick_row(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self._pick(self.hits[row])

    def _pick(self, hit: ProductHit) -> None:
        self._completer.popup().hide()
        self.clear()
        self.hits = []
        self.picked.emit(hit)
