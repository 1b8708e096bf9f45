"""The product picker's list pages on as it scrolls or as the arrow keys near its end, and
keeps the row the user is on; Enter still picks it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from oms_desktop.services.search import search_products, search_page
from oms_desktop.ui.widgets.product_picker import PAGE, ProductPicker


def open_list(ctx, qtbot, text: str) -> ProductPicker:
    picker = ProductPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    picker.setText(text)
    assert len(picker.search_now()) == PAGE  # the first page, at once
    picker.completer().complete()
    qtbot.waitUntil(picker.completer().popup().isVisible)
    return picker


def test_the_list_reads_the_next_hits_when_scrolled_to_its_end(ctx, qtbot):
    picker = open_list(ctx, qtbot, "assiette")
    popup = picker.completer().popup()
    popup.verticalScrollBar().setValue(popup.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: len(picker.hits) == 2 * PAGE)
    assert popup.model().rowCount() == 2 * PAGE
    expected = search_products(ctx.db, "assiette", limit=2 * PAGE)
    assert [h.sku for h in picker.hits] == [h.sku for h in expected]


def test_arrow_keys_near_the_end_read_on_and_enter_picks_the_row_reached(ctx, qtbot):
    picker = open_list(ctx, qtbot, "théière")
    popup = picker.completer().popup()
    for _ in range(PAGE - 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(picker.hits) == 2 * PAGE)
    assert popup.currentIndex().row() == PAGE - 2  # still where the keys took it
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().row() == PAGE
    wanted = picker.hits[PAGE]
    with qtbot.waitSignal(picker.picked) as picked:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picked.args[0] == wanted and picker.text() == ""


def test_search_pages_follow_each_other_and_stop_at_the_bound(ctx, monkeypatch):
    from oms_desktop.services import search

    first = search_page(ctx.db, "assiette", limit=40)
    second = search_page(ctx.db, "assiette", first.after, limit=40)
    assert (first.before, first.after, second.before) == (None, 40, 40)
    assert [h.sku for h in first.rows + second.rows] == \
        [h.sku for h in search_products(ctx.db, "assiette", limit=80)]
    assert search_page(ctx.db, "assiette", 80, limit=40, backward=True).rows == second.rows
    monkeypatch.setattr(search, "MAX_HITS", 60)
    last = search_page(ctx.db, "assiette", 40, limit=40)
    assert len(last.rows) == 20 and last.after is None
