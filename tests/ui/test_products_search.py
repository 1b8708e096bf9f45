"""The Products & stock filter is the Sell screen's search: words as prefixes, accents and
case aside, codes first, over our products and every supplier offer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from oms_desktop.services.search import find_in_catalog

PRODUCTS_SCREEN = 3


@pytest.fixture
def screen(window, qtbot):
    window.go_to(PRODUCTS_SCREEN)
    page = window.screen(PRODUCTS_SCREEN)
    qtbot.waitUntil(lambda: page.model.keys is not None and page.current_row() is not None)
    return page


@pytest.fixture(autouse=True)
def settle(ctx, qtbot):
    yield
    qtbot.waitUntil(ctx.runner.idle)


def type_in(screen, qtbot, text: str) -> None:
    screen.search.clear()
    qtbot.keyClicks(screen.search, text)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.flt.text == text and screen.model.keys is not None)


def test_words_typed_without_accents_find_products_and_offers(screen, ctx, qtbot):
    type_in(screen, qtbot, "theiere fon")
    expected = find_in_catalog(ctx.db, "theiere fon").skus
    assert expected and screen.model.keys == expected
    names = [screen.model.row_at(row).name.lower() for row in range(screen.model.rowCount())]
    assert all("théière" in name and "fon" in name for name in names)
    assert any(screen.model.row_at(r).stocked for r in range(screen.model.rowCount()))
    assert any(not screen.model.row_at(r).stocked for r in range(screen.model.rowCount()))
    assert screen.count_label.text() == f"{len(expected)} items"
    assert not screen.table.horizontalHeader().isSortIndicatorShown()  # by relevance


def test_the_show_buttons_still_apply_to_what_was_found(screen, qtbot):
    type_in(screen, qtbot, "theiere")
    screen.set_show("catalog")
    qtbot.waitUntil(lambda: screen.model.flt.show == "catalog" and screen.model.keys is not None)
    rows = [screen.model.row_at(r) for r in range(screen.model.rowCount())]
    assert rows and all(not row.stocked for row in rows)
    screen.search.clear()
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.flt.text == "" and screen.model.keys is not None)
    assert screen.table.horizontalHeader().isSortIndicatorShown()
