"""Purchasing's catalog of a supplier: thousands of offers read a page at a time as the list
scrolls, searched by words or codes, counted, and a quick second search never overwritten
by the first one's late answer."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QLocale

from oms_desktop.services.offer_listing import count_offers
from oms_desktop.store import search_index
from oms_desktop.store.database import writing
from oms_desktop.store.models import CatalogOfferRow, SupplierRow
from oms_desktop.ui.screens import purchasing

PURCHASING = 4
OFFERS = 3_000


@pytest.fixture
def big(ctx):
    """GRANDCAT, a supplier of 3,000 offers: every tenth a teapot, the others plates."""
    with writing(ctx.db):
        supplier = SupplierRow.create(code="GRANDCAT", name="Grand catalogue", lead_days=6)
        CatalogOfferRow.insert_many(
            [{"supplier": supplier.id, "supplier_ref": f"GC-{n:05d}", "sku": f"GC{n:05d}",
              "ean": None, "cost_cents": 250 + n,
              "description": f"Théière fonte {n}" if n % 10 == 0 else f"Assiette plate {n}"}
             for n in range(OFFERS)]).execute()
        search_index.index_offers_of_supplier(ctx.db, supplier.id)
    return supplier


@pytest.fixture
def screen(big, window, ctx, qtbot):
    window.go_to(PURCHASING)
    page = window.screen(PURCHASING)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.current_supplier() is not None)
    # the supplier first shown has its offers read (or not, if dropped on their way): the
    # pages counted are GRANDCAT's
    qtbot.waitUntil(ctx.runner.idle)
    page.offer_model.pages_read = 0
    page.select_supplier("GRANDCAT")
    qtbot.waitUntil(lambda: page.offer_model.rowCount() == 200)
    return page


@pytest.fixture(autouse=True)
def settle(ctx, qtbot):
    yield
    qtbot.waitUntil(ctx.runner.idle)


def refs(screen) -> list[str]:
    return [offer.supplier_ref for offer in screen.offer_model.rows]


def test_scrolling_reads_the_next_offers_until_the_last_one(screen, qtbot):
    qtbot.waitUntil(lambda: screen.offer_count.text()
                    == f"{QLocale().toString(OFFERS)} offers")
    assert refs(screen) == [f"GC-{n:05d}" for n in range(200)]
    bar = screen.offer_table.verticalScrollBar()
    while screen.offer_model.has_more():
        shown = screen.offer_model.rowCount()
        screen.offer_table.doItemsLayout()  # the scroll bar as drawn, the last rows included
        bar.setValue(bar.maximum())  # the user drags to the end of what is there
        qtbot.waitUntil(lambda: screen.offer_model.rowCount() > shown)
        assert screen.offer_model.rowCount() - shown == 200
    assert refs(screen) == [f"GC-{n:05d}" for n in range(OFFERS)]  # in order, once each
    assert screen.offer_model.pages_read == OFFERS // 200


def test_words_narrow_the_list_and_say_how_many_match(screen, ctx, qtbot):
    qtbot.keyClicks(screen.offer_search, "theiere")  # accents aside
    qtbot.waitUntil(lambda: screen.offer_count.text() == "300 matches")
    assert len(screen.offer_model.rows) == 200
    assert all(o.description.startswith("Théière") for o in screen.offer_model.rows)
    assert count_offers(ctx.db, "GRANDCAT", "theiere").count == 300
    screen.offer_table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.offer_model.rowCount() == 300)
    assert not screen.offer_model.has_more()

    screen.offer_search.clear()  # back to every offer
    qtbot.waitUntil(lambda: screen.offer_count.text()
                    == f"{QLocale().toString(OFFERS)} offers")
    assert refs(screen)[:3] == ["GC-00000", "GC-00001", "GC-00002"]


def test_a_scanned_reference_is_found_alone(screen, qtbot):
    qtbot.keyClicks(screen.offer_search, "GC-02345")
    qtbot.keyClick(screen.offer_search, "\r")
    qtbot.waitUntil(lambda: screen.offer_count.text() == "1 match")
    assert refs(screen) == ["GC-02345"]


def test_a_quick_second_search_is_not_overwritten_by_the_first_ones_late_answer(
        screen, ctx, qtbot, monkeypatch):
    reading, go_on, answered = threading.Event(), threading.Event(), []
    real = purchasing.offer_page

    def slow_for_plates(db, supplier, text="", *args, **kwargs):
        page = real(db, supplier, text, *args, **kwargs)
        if text == "assiette":  # the first search takes its time on the worker
            reading.set()
            go_on.wait(10)
            answered.append(text)
        return page

    monkeypatch.setattr(purchasing, "offer_page", slow_for_plates)
    qtbot.waitUntil(ctx.runner.idle)
    screen.offer_search.setText("assiette")
    screen.search_offers()
    assert reading.wait(10)  # its page is being read...
    screen.offer_search.setText("theiere")
    screen.search_offers()  # ...when the user has typed something else
    go_on.set()
    qtbot.waitUntil(lambda: screen.offer_count.text() == "300 matches")
    qtbot.waitUntil(ctx.runner.idle)
    assert answered == ["assiette"]  # the first answer did come back, late
    assert all(o.description.startswith("Théière") for o in screen.offer_model.rows)
    assert len(screen.offer_model.rows) == 200
