"""The paged table model, over a list standing in for a service: pages read as a real view
scrolls, new queries, late answers, short pages, bounded memory, counts and errors."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QTableView

from oms_desktop.ui.paged_model import PagedModel, attach_view, run_now
from oms_desktop.ui.table_model import Column

ITEMS = [f"item {n:04d}" for n in range(1000)]


@dataclass
class Page:
    rows: list
    before: int | None
    after: int | None


def listing(db, prefix: str, cursor: int | None = None, *, limit: int, backward: bool = False,
            step: int | None = None) -> Page:
    """The items starting with `prefix`; a cursor is a position in that list. `step`
    reads at most that many items per call (some pages then come back short)."""
    items = [item for item in ITEMS if item.startswith(prefix)]
    db.calls.append((prefix, cursor, backward))
    if backward:
        end = cursor
        start = max(0, end - min(limit, step or limit))
        return Page(items[start:end], start or None, cursor)
    start = cursor or 0
    end = min(len(items), start + min(limit, step or limit))
    return Page(items[start:end], cursor, end if end < len(items) else None)


def counting(db, prefix: str, **_) -> int:
    return sum(item.startswith(prefix) for item in ITEMS)


class Database:
    """What the services are handed: here only a log of the calls."""

    def __init__(self) -> None:
        self.calls: list = []


class LaterRun:
    """A runner whose work runs at once (as on the worker) and whose answers are handed
    over when the test says (as the event loop would, in any order)."""

    def __init__(self, db) -> None:
        self.db, self.waiting = db, []

    def __call__(self, work, *args, on_success=None, on_error=None, **kwargs):
        self.waiting.append((work(self.db, *args, **kwargs), on_success))

    def deliver(self, number: int = 0) -> None:
        result, on_success = self.waiting.pop(number)
        on_success(result)


@pytest.fixture
def db():
    return Database()


def model_of(run, **kw) -> PagedModel:
    return PagedModel([Column("Item", lambda item: item)], run, **kw)


def shown(model: PagedModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_rows_are_read_a_page_at_a_time_as_the_view_scrolls_down(qtbot, db):
    model = model_of(run_now(db), page_size=50)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 300)
    view.show()
    model.set_query(listing, "item")
    assert shown(model) == ITEMS[:50]  # no more than the view needs
    for pages in (2, 3):
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() == 50 * pages)
    assert shown(model) == ITEMS[:150]
    assert [cursor for _, cursor, _ in db.calls] == [None, 50, 100]


def test_a_new_query_shows_its_first_page_in_place_of_the_old_rows(qtbot, db):
    run = LaterRun(db)
    model = model_of(run, page_size=20)
    model.set_query(listing, "item 00")
    run.deliver()
    assert shown(model) == ITEMS[:20]
    with qtbot.waitSignal(model.shown):
        model.set_query(listing, "item 01")
        assert shown(model) == ITEMS[:20]  # the old rows stay until the new ones come
        assert not model.canFetchMore()
        run.deliver()
    assert shown(model) == ITEMS[100:120]


def test_a_late_answer_to_an_older_query_is_dropped(db):
    run = LaterRun(db)
    model = model_of(run, page_size=20)
    model.set_query(listing, "item 00")  # typed...
    model.set_query(listing, "item 09")  # ...and typed on before the answer came
    run.deliver(1)
    run.deliver(0)  # the first query's answer, late
    assert shown(model) == ITEMS[900:920]
    assert [prefix for prefix, _, _ in db.calls] == ["item 00", "item 09"]


def test_work_for_an_outdated_query_is_skipped_before_it_reads_anything(db):
    queued = []
    model = model_of(lambda work, *args, on_success=None, **kw: queued.append(
        (work, args, on_success)), page_size=20)
    model.set_query(listing, "item 00")
    model.set_query(listing, "item 05")
    for work, args, on_success in queued:  # the worker gets to them now, in order
        on_success(work(db, *args))
    assert [prefix for prefix, _, _ in db.calls] == ["item 05"]
    assert shown(model) == ITEMS[500:520]


def test_short_pages_are_read_on_until_a_page_is_shown(db):
    model = model_of(run_now(db), page_size=20)
    model.set_query(listing, "item", step=7)
    assert shown(model) == ITEMS[:21]
    assert not model.loading and model.canFetchMore()


def test_memory_stays_bounded_and_rows_let_go_come_back_in_place(qtbot, db):
    model = model_of(run_now(db), page_size=50, max_rows=200)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    attach_view(view)
    view.resize(300, 300)
    view.show()
    model.set_query(listing, "item")
    for _ in range(12):
        view.scrollToBottom()
        qtbot.wait(1)
    qtbot.waitUntil(lambda: shown(model)[-1] >= "item 0500")
    assert model.rowCount() <= 200
    rows = shown(model)
    assert rows == ITEMS[ITEMS.index(rows[0]):ITEMS.index(rows[-1]) + 1]  # no gap, no repeat
    top = view.indexAt(view.viewport().rect().topLeft()).data()
    assert top in rows  # what the user looks at stays in sight

    first = rows[0]
    view.verticalScrollBar().setValue(0)  # back to the first row held: the page before it
    qtbot.waitUntil(lambda: shown(model)[0] < first)
    assert view.indexAt(view.viewport().rect().topLeft()).data() == first  # not moved
    assert model.rowCount() <= 200
    rows = shown(model)
    assert rows == ITEMS[ITEMS.index(rows[0]):ITEMS.index(rows[-1]) + 1]
    while model.can_fetch_before():
        model.fetch_before()
    assert shown(model)[0] == ITEMS[0]


def test_the_count_comes_apart_from_the_rows(qtbot, db):
    run = LaterRun(db)
    model = model_of(run, page_size=20)
    model.set_query(listing, "item 01", count=counting)
    run.deliver()
    with qtbot.waitSignal(model.counted) as counted:
        run.deliver()
    assert counted.args == [100] and model.total == 100


def test_an_error_is_reported_and_the_model_reads_on_afterwards(qtbot, db):
    def broken(db, prefix, **kw):
        raise RuntimeError("the database went away")

    model = model_of(run_now(db), page_size=20)
    model.set_query(listing, "item 00")
    with qtbot.waitSignal(model.failed) as failed:
        model.set_query(broken, "x")
    assert "went away" in str(failed.args[0])
    assert model.rowCount() == 0 and not model.loading
    model.set_query(listing, "item 02")
    assert shown(model) == ITEMS[200:220]
