"""A table model that reads its rows a page at a time as the view scrolls, from a service
that pages by cursor: a million rows scroll as smoothly as a hundred.

`set_query(fetch, *args)` shows what `fetch(db, *args, cursor=..., limit=..., backward=...)`
returns, page after page: the first page at once, the next one when the view scrolls to
the end (Qt's canFetchMore/fetchMore), through the screen's `run` (the app's background
runner) so that the window never waits for the database. Each page answers `.rows`,
`.before` and `.after` (cursors to read on; None at either end).

- Typing fast never piles up stale queries: every query has a generation; work queued for
  an older one is skipped before it runs, and a result that arrives late is dropped.
- The rows shown stay until the new query's first page replaces them (no flicker).
- Memory is bounded: beyond `max_rows`, the pages farthest from where the user is are
  let go, and read again (`fetch_before`) when the user scrolls back to them;
  `attach_view` keeps the rows in sight still while that happens.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from .table_model import ROW_ROLE, Column

PAGE_SIZE = 200
MAX_ROWS = 10_000

# Roles as plain ints, made once: data() answers thousands of times a second.
_DISPLAY, _EDIT, _ALIGN, _FORE, _TIP, _ROW = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE))
_STALE = object()  # what the work of an outdated query returns, without reading anything

Run = Callable[..., Any]  # Screen.run: run(work, *args, on_success=..., on_error=...)


def run_now(db) -> Run:
    """A `run` that calls the service at once, on the GUI thread: for pages that provably
    cost a few milliseconds (and callers that need the first page before they go on)."""
    def run(work, *args, on_success=None, on_error=None, **kwargs):
        try:
            result = work(db, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 - handed over as the runner does
            if on_error is None:
                raise
            on_error(error)
        else:
            if on_success:
                on_success(result)
    return run


def run_in_background(runner, db, owner: QObject) -> Run:
    """A `run` on the app's background runner (for a widget that is not a Screen): results
    and errors are dropped once `owner` is gone."""
    def run(work, *args, on_success=None, on_error=None, **kwargs):
        def alive(callback):
            return None if callback is None else (
                lambda value: callback(value) if shiboken6.isValid(owner) else None)
        return runner.run(work, db, *args, on_success=alive(on_success),
                          on_error=alive(on_error), **kwargs)
    return run


class _Ticket:
    """The current query's generation, read by the background work (a plain object: no Qt
    object is touched off the GUI thread)."""

    generation = 0


class _Page:
    __slots__ = ("size", "before", "after")

    def __init__(self, size: int, before, after) -> None:
        self.size, self.before, self.after = size, before, after


class PagedModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    counted = Signal(object)  # what the query's count function returned
    shown = Signal()  # the first page of a new query replaced the rows
    failed = Signal(object)  # an error while reading a page
    # rows are about to be added or let go above the others (attach_view keeps the rows in
    # sight where they are); then how many were added (negative: let go)
    top_changing = Signal()
    top_changed = Signal(int)

    def __init__(self, columns: Sequence[Column], run: Run, *, page_size: int = PAGE_SIZE,
                 max_rows: int = MAX_ROWS, run_first: Run | None = None, parent=None) -> None:
        """`run(work, *args, on_success=, on_error=)` calls `work(db, *args)` (Screen.run);
        `run_first`, when given, runs each query's first page instead (`run_now`: a
        scanner's Enter needs the first page before it goes on)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.page_size, self.max_rows = page_size, max(max_rows, 2 * page_size)
        self.rows: list[Any] = []
        self.total: Any = None  # the count function's result for the rows shown
        self.pages_read = 0
        self._run, self._run_first = run, run_first or run
        self._ticket = _Ticket()
        self._query: tuple[Callable, tuple, dict] | None = None
        self._count: Callable | None = None
        self._pages: deque[_Page] = deque()
        self._fresh = False  # the rows shown are the previous query's, its first page is due
        self._busy = False
        self._want = 0  # rows still wanted by the current fetch (a page may hold fewer)
        self._submitting = False
        self._again: bool | None = None
        self._loading = False
        self._colours: dict[str, QColor] = {}
        self._aligns = [int(c.align | Qt.AlignmentFlag.AlignVCenter) for c in self.columns]

    # -- what is shown ---------------------------------------------------------------------
    def set_query(self, fetch: Callable, *args, count: Callable | None = None,
                  **kwargs) -> None:
        """Show what `fetch` pages through for these arguments; `count(db, *args,
        **kwargs)`, when given, is run after the first page and its result emitted by
        `counted`."""
        self._ticket.generation += 1
        self._query, self._count = (fetch, args, kwargs), count
        self._fresh, self._busy, self._again = True, False, None
        self._set_loading(True)
        self._want = self.page_size
        self._submit(False)
        if count is not None:
            generation = self._ticket.generation
            self._run(_work, self._ticket, generation, count, args, kwargs,
                      on_success=partial(self._was_counted, generation),
                      on_error=partial(self._count_failed, generation))

    def clear(self) -> None:
        """No query: nothing shown, and whatever is on its way is dropped."""
        self._ticket.generation += 1
        self._query = self._count = None
        self._fresh = self._busy = False
        self.beginResetModel()
        self.rows, self._pages, self.total = [], deque(), None
        self.endResetModel()
        self._set_loading(False)

    @property
    def loading(self) -> bool:
        return self._busy

    def has_more(self) -> bool:
        """More rows follow the last one held (whether or not they are being read)."""
        return bool(self._pages) and self._pages[-1].after is not None

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    # -- reading pages ---------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fresh and not self._busy \
            and self.has_more()

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._want = self.page_size
            self._submit(False)

    def can_fetch_before(self) -> bool:
        """Rows before the first one held were let go (or never read)."""
        return not self._fresh and not self._busy and bool(self._pages) \
            and self._pages[0].before is not None

    def fetch_before(self) -> None:
        if self.can_fetch_before():
            self._want = self.page_size
            self._submit(True)

    def _submit(self, backward: bool) -> None:
        # a synchronous `run` delivers inside this call: a page asking for the next one
        # then loops here instead of recursing
        if self._submitting:
            self._again = backward
            return
        self._submitting = True
        try:
            again: bool | None = backward
            while again is not None and self._query is not None:
                self._again = None
                self._start(again)
                again = self._again
        finally:
            self._submitting = False

    def _start(self, backward: bool) -> None:
        fetch, args, kwargs = self._query
        if self._fresh:
            cursor = None
        else:
            cursor = self._pages[0].before if backward else self._pages[-1].after
        generation = self._ticket.generation
        self._busy = True
        self._set_loading(True)
        run = self._run_first if self._fresh else self._run
        run(_work, self._ticket, generation, fetch, args,
            dict(kwargs, cursor=cursor, limit=self.page_size, backward=backward),
            on_success=partial(self._arrived, generation, backward),
            on_error=partial(self._failed, generation))

    def _arrived(self, generation: int, backward: bool, page) -> None:
        if generation != self._ticket.generation or page is _STALE:
            return  # an older query's: dropped
        self._busy = False
        self.pages_read += 1
        if self._fresh:
            self._replace(page)
        elif backward:
            self._prepend(page)
        else:
            self._append(page)
        self._want -= len(page.rows)
        more = self._pages[0].before if backward else self._pages[-1].after
        if self._want > 0 and more is not None:
            self._submit(backward)  # a short page: read on until a page's worth is shown
        else:
            self._set_loading(False)

    def _replace(self, page) -> None:
        self.beginResetModel()
        self.rows = list(page.rows)
        self._pages = deque([_Page(len(page.rows), page.before, page.after)])
        self._fresh = False
        self.endResetModel()
        self.shown.emit()

    def _append(self, page) -> None:
        if not page.rows:
            self._pages[-1].after = page.after
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self._pages.append(_Page(len(page.rows), page.before, page.after))
        self.endInsertRows()
        while len(self.rows) > self.max_rows and len(self._pages) > 1:
            size = self._pages.popleft().size  # the farthest back: let go
            if size:
                self.top_changing.emit()
                self.beginRemoveRows(QModelIndex(), 0, size - 1)
                del self.rows[:size]
                self.endRemoveRows()
                self.top_changed.emit(-size)

    def _prepend(self, page) -> None:
        if not page.rows:
            self._pages[0].before = page.before
            return
        self.top_changing.emit()
        self.beginInsertRows(QModelIndex(), 0, len(page.rows) - 1)
        self.rows[0:0] = page.rows
        self._pages.appendleft(_Page(len(page.rows), page.before, page.after))
        self.endInsertRows()
        self.top_changed.emit(len(page.rows))
        while len(self.rows) > self.max_rows and len(self._pages) > 1:
            size = self._pages.pop().size
            if size:
                end = len(self.rows)
                self.beginRemoveRows(QModelIndex(), end - size, end - 1)
                del self.rows[end - size:]
                self.endRemoveRows()

    def _was_counted(self, generation: int, result) -> None:
        if generation == self._ticket.generation and result is not _STALE:
            self.total = result
            self.counted.emit(result)

    def _count_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._ticket.generation:
            self.failed.emit(error)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._ticket.generation:
            return
        self._busy = False
        if self._fresh:  # the rows shown are another query's: nothing to read on from
            self._fresh = False
            self.beginResetModel()
            self.rows, self._pages = [], deque()
            self.endResetModel()
        self._set_loading(False)
        self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation == Qt.Orientation.Horizontal:
            if role == _DISPLAY:
                return self.columns[section].title
            if role == _ALIGN:
                return self._aligns[section]
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role not in (_DISPLAY, _EDIT, _ALIGN, _FORE, _TIP, _ROW) or not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == _DISPLAY or role == _EDIT:
            if column.text:
                return column.text(row)
            value = column.value(row)
            return value if isinstance(value, str) else _display(value)
        if role == _ALIGN:
            return self._aligns[index.column()]
        if role == _ROW:
            return row
        if role == _FORE:
            return self._colour(column.colour(row)) if column.colour else None
        return column.tooltip(row) if column.tooltip else None

    def _colour(self, name: str | None) -> QColor | None:
        if not name:
            return None
        colour = self._colours.get(name)
        if colour is None:
            colour = self._colours[name] = QColor(name)
        return colour


def _work(db, ticket: _Ticket, generation: int, fetch: Callable, args: tuple, kwargs: dict):
    """On the worker: skipped, reading nothing, when the user typed on meanwhile."""
    if generation != ticket.generation:
        return _STALE
    return fetch(db, *args, **kwargs)


def _display(value: Any) -> str:
    from .table_model import display

    return display(value)


def attach_view(view: QAbstractItemView, model: PagedModel | None = None) -> None:
    """Lets `view` scroll through a PagedModel both ways: pages let go above are read again
    when the view reaches its top, and rows added or let go above the ones in sight never
    move what the user is looking at."""
    model = model or view.model()
    bar = view.verticalScrollBar()
    saved: list[int] = []

    def step() -> int:
        if view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            return 1
        if isinstance(view, QTableView):
            return view.verticalHeader().defaultSectionSize()
        return max(1, view.sizeHintForRow(0))

    def changing() -> None:
        saved[:] = [bar.value()]  # before Qt's own handlers of the change move it

    def changed(rows: int) -> None:
        if saved:
            view.doItemsLayout()  # the scroll range of the new row count, now
            bar.setValue(max(0, saved.pop() + rows * step()))

    def reached(value: int) -> None:
        if value == bar.minimum() and model.can_fetch_before():
            model.fetch_before()

    model.top_changing.connect(changing)
    model.top_changed.connect(changed)
    bar.valueChanged.connect(reached)
