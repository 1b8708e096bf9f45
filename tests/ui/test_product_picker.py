"""Products are found by name as you type, and a scanned EAN is picked at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from oms_desktop.services.search import search_products
from oms_desktop.ui.widgets.product_picker import ProductPicker


def test_a_scanned_ean_followed_by_enter_picks_the_product(ctx, qtbot):
    picker = ProductPicker(ctx)
    qtbot.addWidget(picker)
    stocked = next(h for h in search_products(ctx.db, "théière") if h.stocked and h.ean)
    with qtbot.waitSignal(picker.picked) as picked:
        qtbot.keyClicks(picker, stocked.ean)
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picked.args[0].sku == stocked.sku
    assert picker.text() == ""


def test_typing_words_lists_products_then_catalog_offers(ctx, qtbot):
    picker = ProductPicker(ctx)
    qtbot.addWidget(picker)
    picker.setText("théière")
    hits = picker.search_now()
    assert hits and all("théière" in h.name.lower() for h in hits)
    stocked = [h.stocked for h in hits]
    assert stocked == sorted(stocked, reverse=True)  # own products first


def test_an_unknown_code_says_so(ctx, qtbot):
    picker = ProductPicker(ctx)
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.not_found) as missing:
        qtbot.keyClicks(picker, "0000000000000")
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert missing.args == ["0000000000000"]
