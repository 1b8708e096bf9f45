"""Products & stock on the demo shop: the long list read a page at a time, its filters, the
detail of a product, and the dialogs that change stock (or say why not, keeping what was
typed)."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from oms_desktop.services.product_catalog import CatalogFilter, product_keys, product_page
from oms_desktop.services.products import list_products
from oms_desktop.services.stock import ledger_of, stock_picture
from oms_desktop.services.transfers import list_transfers
from oms_desktop.ui.screens.product_dialogs import (
    AdjustStockDialog,
    ProductDialog,
    ReceiveTransfersDialog,
    TransferDialog,
)
from oms_desktop.ui.screens.products import PAGE_SIZE

PRODUCTS_SCREEN = 3


@pytest.fixture
def screen(window, qtbot):
    window.go_to(PRODUCTS_SCREEN)
    products = window.screen(PRODUCTS_SCREEN)
    settle(products, qtbot)
    return products


def settle(screen, qtbot) -> None:
    """The list and its keys are read, a row is selected and its detail shown."""
    qtbot.waitUntil(lambda: screen.model.keys is not None and screen.current_row() is not None
                    and screen.detail.detail is not None
                    and screen.detail.detail.sku == screen.current_row().sku)


def find(screen, qtbot, sku: str) -> None:
    """Types the SKU in the filter, as a scanner would, and waits for its detail."""
    screen.search.clear()
    qtbot.keyClicks(screen.search, sku)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.flt.text == sku)
    settle(screen, qtbot)
    assert screen.current_row().sku == sku


def press(screen, qtbot, key) -> None:
    """Ctrl+key on the list. The offscreen platform hands activation to a dialog after it
    closed; a desktop gives it back to the main window, as done here first."""
    window = screen.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(screen.table, key, Qt.KeyboardModifier.ControlModifier)


def site_figures(ctx, sku: str, site: str):
    return next(s for s in stock_picture(ctx.db, sku).sites if s.site == site)


def shown_stock(screen, site: str):
    model = screen.detail.stock_model
    return next(model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).site == site)


def a_product(ctx, wanted) -> tuple[str, str]:
    """(SKU, site) of one of our products whose figures at a site satisfy `wanted`."""
    for product in list_products(ctx.db):
        for site in stock_picture(ctx.db, product.sku).sites:
            if wanted(site):
                return product.sku, site.site
    raise AssertionError("the demo shop has no such product")


def test_the_list_counts_every_row_and_reads_pages_as_they_are_scrolled_to(ctx, screen,
                                                                           qtbot):
    total = product_page(ctx.db, CatalogFilter(), 0, 1).total
    assert total > 10 * PAGE_SIZE
    assert screen.model.rowCount() == total
    assert screen.model.cached_pages() == {0}
    assert screen.count_label.text() == f"{QLocale().toString(total)} items"
    screen.table.scrollToBottom()
    last = (total - 1) // PAGE_SIZE
    qtbot.waitUntil(lambda: last in screen.model.cached_pages())
    assert screen.model.cached_pages() == {0, last}  # nothing in between was read
    assert screen.model.row_at(total - 1).sku == product_keys(ctx.db, CatalogFilter())[-1]
    screen.table.scrollTo(screen.model.index(total // 2, 0))
    qtbot.waitUntil(lambda: len(screen.model.cached_pages()) == 3)


def test_sorting_by_a_column_asks_the_database(ctx, screen, qtbot):
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(screen.model.column_of("available")) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    qtbot.waitUntil(lambda: screen.model.flt.sort == "available" and bool(screen.model.keys))
    settle(screen, qtbot)
    flt = screen.model.flt
    assert [screen.model.row_at(r).sku for r in range(5)] == product_keys(ctx.db, flt)[:5]


def test_catalog_only_shows_the_supplier_offers_we_do_not_stock(ctx, screen, qtbot):
    qtbot.mouseClick(screen.show_buttons["catalog"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.flt.show == "catalog")
    settle(screen, qtbot)
    expected = product_page(ctx.db, CatalogFilter(show="catalog"), 0, 1).total
    assert screen.model.rowCount() == expected > 0
    ours = {p.sku for p in list_products(ctx.db, limit=100_000)}
    shown = [screen.model.row_at(r) for r in range(min(expected, 150))]
    assert all(not row.stocked and row.sku not in ours and row.supplier for row in shown)
    assert screen.detail.detail.product is None  # the first item, only in a catalog
    assert screen.detail.offers_model.rowCount() >= 1
    assert not screen.detail.transfer_button.isEnabled()


def test_adjusting_stock_through_the_dialog_changes_the_figures(ctx, screen, qtbot):
    sku, site = a_product(ctx, lambda s: s.on_hand > 0)
    find(screen, qtbot, sku)
    before = site_figures(ctx, sku, site)
    press(screen, qtbot, Qt.Key.Key_J)
    dialog = screen.dialog
    assert isinstance(dialog, AdjustStockDialog) and dialog.isVisible()
    dialog.site.setCurrentIndex(dialog.site.findData(site))
    dialog.quantity.lineEdit().selectAll()
    qtbot.keyClicks(dialog.quantity, "5")
    qtbot.keyClicks(dialog.reason, "found in the back room")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert site_figures(ctx, sku, site).on_hand == before.on_hand + 5
    assert ledger_of(ctx.db, sku)[0].reason == "found in the back room"
    qtbot.waitUntil(lambda: shown_stock(screen, site).on_hand == before.on_hand + 5)
    total = sum(s.on_hand for s in stock_picture(ctx.db, sku).sites)
    assert screen.detail.figures["on_hand"].text() == str(total)
    assert "found in the back room" in [screen.detail.ledger_model.row_at(0).reason]
    assert screen.current_row().sku == sku and screen.current_row().on_hand == total


def test_a_refused_adjustment_says_why_and_keeps_what_was_typed(ctx, screen, qtbot):
    sku, site = a_product(ctx, lambda s: s.reserved > 0)
    find(screen, qtbot, sku)
    before = site_figures(ctx, sku, site)
    screen.detail.adjust_button.click()
    dialog = screen.dialog
    dialog.site.setCurrentIndex(dialog.site.findData(site))
    dialog.quantity.lineEdit().selectAll()
    qtbot.keyClicks(dialog.quantity, f"-{before.on_hand}")
    qtbot.keyClicks(dialog.reason, "stock count")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    error = dialog.error_label("delta")
    qtbot.waitUntil(error.isVisible)
    assert "reserved for customer orders" in error.text()
    assert dialog.isVisible()
    assert (dialog.quantity.value(), dialog.reason.text()) == (-before.on_hand,
                                                                      "stock count")
    assert dialog.site.currentData() == site
    assert site_figures(ctx, sku, site) == before


def test_an_adjustment_needs_a_reason(ctx, screen, qtbot):
    screen.adjust_stock()
    dialog = screen.dialog
    dialog.quantity.setValue(2)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label("reason").isVisible)
    assert dialog.isVisible() and dialog.quantity.value() == 2


def test_a_transfer_moves_stock_into_transit_and_receiving_it_books_it_in(ctx, screen,
                                                                          qtbot):
    sku, origin = a_product(ctx, lambda s: s.kind == "warehouse" and s.available >= 2)
    find(screen, qtbot, sku)
    destination = next(s.site for s in stock_picture(ctx.db, sku).sites if s.kind == "shop")
    before_origin = site_figures(ctx, sku, origin)
    before_destination = site_figures(ctx, sku, destination)
    in_transit = {t.transfer for t in list_transfers(ctx.db, "in_transit")}
    press(screen, qtbot, Qt.Key.Key_T)
    dialog = screen.dialog
    assert isinstance(dialog, TransferDialog) and dialog.line_values() == [(sku, 1)]
    dialog.origin.setCurrentIndex(dialog.origin.findData(origin))
    dialog.destination.setCurrentIndex(dialog.destination.findData(destination))
    dialog.quantity_box(0).setValue(2)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    new = [t for t in list_transfers(ctx.db, "in_transit") if t.transfer not in in_transit]
    assert [(t.origin, t.destination, t.lines) for t in new] == [(origin, destination,
                                                                 [(sku, 2)])]
    assert site_figures(ctx, sku, origin).on_hand == before_origin.on_hand - 2
    after = site_figures(ctx, sku, destination)
    assert after.in_transit_in == before_destination.in_transit_in + 2
    qtbot.waitUntil(lambda: shown_stock(screen, destination).in_transit_in
                    == after.in_transit_in)
    assert new[0].transfer in screen.detail.notice.text()

    press(screen, qtbot, Qt.Key.Key_R)
    receiving = screen.dialog
    assert isinstance(receiving, ReceiveTransfersDialog)
    qtbot.waitUntil(lambda: receiving.model.rowCount() > 0)
    row = next(r for r in range(receiving.model.rowCount())
               if receiving.model.row_at(r).transfer == new[0].transfer)
    receiving.table.selectRow(row)
    qtbot.mouseClick(receiving.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: new[0].transfer in receiving.message.text())
    assert site_figures(ctx, sku, destination).on_hand == before_destination.on_hand + 2
    qtbot.waitUntil(lambda: all(receiving.model.row_at(r).transfer != new[0].transfer
                                for r in range(receiving.model.rowCount())))


def test_a_new_product_with_a_wrong_barcode_is_refused_next_to_it(ctx, screen, qtbot):
    press(screen, qtbot, Qt.Key.Key_N)
    dialog = screen.dialog
    assert isinstance(dialog, ProductDialog)
    qtbot.keyClicks(dialog.sku, "NEW-1")
    qtbot.keyClicks(dialog.name, "Pepper mill")
    qtbot.keyClicks(dialog.ean, "4006381333932")
    qtbot.keyClicks(dialog.price, "24.90")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label("ean").isVisible)
    assert "check digit" in dialog.error_label("ean").text()
    assert (dialog.sku.text(), dialog.name.text(), dialog.price.text()) == (
        "NEW-1", "Pepper mill", "24.90")
    dialog.ean.setText("4006381333931")  # the mug's: already taken
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already used" in dialog.error_label("ean").text()
                    or not dialog.isVisible())
    dialog.ean.clear()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "NEW-1" in {p.sku for p in list_products(ctx.db, limit=100_000)}
    qtbot.waitUntil(lambda: screen.current_row() is not None
                    and screen.current_row().sku == "NEW-1")


def test_stop_selling_and_sell_again(ctx, screen, qtbot):
    sku = screen.current_row().sku
    assert screen.detail.stop_button.text() == "Stop selling"
    qtbot.mouseClick(screen.detail.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.detail.stop_button.text() == "Sell again")
    assert not next(p for p in list_products(ctx.db) if p.sku == sku).active
    assert not screen.current_row().active
    qtbot.mouseClick(screen.detail.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.detail.stop_button.text() == "Stop selling")
    assert next(p for p in list_products(ctx.db) if p.sku == sku).active


def test_the_screen_remembers_its_filter_and_sort(ctx, window, screen, qtbot):
    qtbot.mouseClick(screen.show_buttons["own"], Qt.MouseButton.LeftButton)
    screen.model.sort(screen.model.column_of("sku"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: screen.model.flt == CatalogFilter(show="own", sort="sku",
                                                              descending=True))
    window.close()
    from oms_desktop.ui.screens.products import ProductsScreen

    again = ProductsScreen(ctx)
    qtbot.addWidget(again)
    assert again.filter == CatalogFilter(show="own", sort="sku", descending=True)
    assert again.show_buttons["own"].isChecked()


def test_a_scanned_barcode_finds_its_product_and_an_unknown_one_can_be_added(ctx, screen,
                                                                            qtbot):
    product = next(p for p in list_products(ctx.db) if p.ean)
    qtbot.keyClicks(screen.search, product.ean)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # what a scanner sends
    qtbot.waitUntil(lambda: screen.model.flt.text == product.ean)
    settle(screen, qtbot)
    assert (screen.model.rowCount(), screen.current_row().sku) == (1, product.sku)
    assert screen.table.hasFocus()
    screen.search.clear()
    qtbot.keyClicks(screen.search, "4006381333931")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.flt.text == "4006381333931"
                    and screen.model.rowCount() == 0 and screen.empty.isVisible())
    screen.new_product()
    assert screen.dialog.ean.text() == "4006381333931"
