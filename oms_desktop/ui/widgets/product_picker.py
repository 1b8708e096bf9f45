"""Where a product is asked for: type words, a SKU, an EAN, or scan a barcode.

A barcode scanner types the EAN and Enter: an exact match is picked at once, without the
list. Otherwise matches appear as you type (own products first, then supplier offers) and
Enter or a click picks one. The list pages on: scrolled to its end, the next hits are read
in the background (up to search.MAX_HITS; more words narrow it down).
"""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...services.search import MAX_HITS, ProductHit, search_page
from ..context import AppContext
from ..icons import icon
from ..paged_model import PagedModel, run_in_background, run_now
from ..table_model import Column
from ..texts import format_money, tr

PAGE = 30  # hits read at a time: the first page at once as you type, the next as you scroll


def hit_label(hit: ProductHit) -> str:
    if hit.stocked:
        where = tr("%Ln available", "", hit.available)
        price = format_money(hit.price)
    else:
        where = tr("catalog {supplier}").format(supplier=hit.supplier)
        price = format_money(hit.price) if hit.price is not None else ""
    return f"{hit.name}  ·  {hit.sku}  ·  {price}  ·  {where}".replace("  ·    ·", "  ·")


class _Offered(QIdentityProxyModel):
    """The hits as the completer sees them. Told that more can be read, QCompleter reads on
    after every page until none is left (and resets its list each time): it is not told;
    the picker reads the next page when the list is scrolled near its end."""

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return False


class ProductPicker(QLineEdit):
    picked = Signal(object)  # ProductHit
    not_found = Signal(str)  # what was typed or scanned

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(tr("Scan a barcode, or type a name, SKU or EAN"))
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setClearButtonEnabled(True)
        self._model = PagedModel([Column("", hit_label)],
                                 run_in_background(ctx.runner, ctx.db, self),
                                 run_first=run_now(ctx.db), page_size=PAGE,
                                 max_rows=MAX_HITS, parent=self)
        self._offered = _Offered(self)
        self._offered.setSourceModel(self._model)
        self._completer = QCompleter(self._offered, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self._completer.popup().clicked.connect(lambda index: self._pick_row(index.row()))
        self._completer.activated.connect(self._activated_text)
        self.setCompleter(self._completer)
        popup = self._completer.popup()
        popup.verticalScrollBar().valueChanged.connect(self._scrolled)
        popup.selectionModel().currentChanged.connect(self._moved)
        self._place: tuple[int, int] | None = None
        self._model.rowsAboutToBeInserted.connect(self._keep_place)
        self._model.rowsInserted.connect(self._back_in_place)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _: self._timer.start())
        self.returnPressed.connect(self._enter)

    @property
    def hits(self) -> list[ProductHit]:
        """The hits listed so far (the first page, and those scrolled to)."""
        return self._model.rows

    def search_now(self) -> list[ProductHit]:
        """The first page of hits for what is typed, read at once (a few milliseconds on a
        million offers); the next pages come as the list scrolls."""
        text = self.text().strip()
        if len(text) >= 2 or text.isdigit():
            self._model.set_query(search_page, text)
        else:
            self._model.clear()
        if self.hits and self.hasFocus():
            self._completer.complete()
        return self.hits

    # -- the next page, as the list scrolls ----------------------------------------------------
    def _scrolled(self, value: int) -> None:
        if value >= self._completer.popup().verticalScrollBar().maximum():
            self._model.fetchMore()

    def _moved(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid() and current.row() >= self._model.rowCount() - 3:
            self._model.fetchMore()  # the keyboard nears the end: read on before it gets there

    def _keep_place(self, *_) -> None:
        popup = self._completer.popup()
        self._place = (popup.currentIndex().row(), popup.verticalScrollBar().value())

    def _back_in_place(self, *_) -> None:
        """The completer starts its list afresh when rows are added: the row the user is on
        and the scrolling stay where they were."""
        if self._place is None:
            return
        row, value = self._place
        self._place = None
        popup = self._completer.popup()
        if row >= 0:
            popup.setCurrentIndex(popup.model().index(row, 0))
        popup.verticalScrollBar().setValue(value)

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
        self._model.clear()
        self.picked.emit(hit)
