"""The Sell screen: future stock sold with its promise, catalog sales, refusals in words."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt

from oms_desktop.services import products, purchasing, receiving
from oms_desktop.services.ordering import show_order
from oms_desktop.services.search import search_products
from oms_desktop.ui.texts import format_date

D = datetime.date


@pytest.fixture
def sell(window, ctx, qtbot):
    ctx.settings.setValue("sell/ask_after_sale", False)
    window.go_to(1)
    screen = window.screen(1)
    screen.shop.setCurrentIndex(screen.shop.findData("PARIS"))
    return screen


def pick(screen, qtbot, text):
    qtbot.keyClicks(screen.picker, text)
    qtbot.keyClick(screen.picker, Qt.Key.Key_Return)
    screen.recompute()


def placed_orders(ctx):
    from oms_desktop.services.ordering import list_orders

    return list_orders(ctx.db, limit=5, today=ctx.today())


def test_an_item_found_only_on_a_confirmed_po_is_sold_with_the_po_date(sell, ctx, qtbot):
    products.add_product(ctx.db, "LAMP-1", "Lampe de table laiton", "89.00",
                         ean="3760000000017")
    po = purchasing.create_po(ctx.db, "CUISINOX", "PARIS", D(2026, 12, 9),
                              [("LAMP-1", 4, "40.00")], today=ctx.today())
    purchasing.confirm_po(ctx.db, po.po, ctx.today())
    pick(sell, qtbot, "3760000000017")
    assert sell.sale.lines[0].hit.sku == "LAMP-1"
    assert sell.promise_label.text() == format_date(D(2026, 12, 9), long=True)
    sell.table.selectRow(0)
    assert sell.options.count() == 1  # the PO is the only way
    assert po.po in sell.options.itemWidget(sell.options.item(0)).findChildren(
        type(sell.promise_label))[-1].text()
    sell.customer_name.setText("Inès Moreau")
    sell.confirm()
    qtbot.waitUntil(lambda: not sell.sale.lines, timeout=10_000)
    order = placed_orders(ctx)[0]
    assert order.customer == "Inès Moreau"
    assert order.lines[0].allocations[0].po == po.po
    assert order.promise_date == D(2026, 12, 9)
    # the goods arrive: the customer's line is ready at once
    receiving.receive_po(ctx.db, po.po, None, ctx.today())
    assert show_order(ctx.db, order.order, ctx.today()).lines[0].status == "ready"


def test_a_catalog_only_item_is_sold_and_its_supply_request_waits_for_a_po(sell, ctx, qtbot):
    offer = next(h for h in search_products(ctx.db, "assiette", limit=200) if not h.stocked)
    before = {(r["sku"], r["qty"]) for r in purchasing.pending_requests(ctx.db)}
    pick(sell, qtbot, offer.sku)
    assert sell.confirm_button.isEnabled()
    assert "catalog" in sell.options.itemWidget(sell.options.item(0)).findChildren(
        type(sell.promise_label))[1].text()
    qtbot.keyClick(sell, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not sell.sale.lines, timeout=10_000)
    after = purchasing.pending_requests(ctx.db)
    assert any(r["sku"] == offer.sku and r["site"] == "PARIS" for r in after)
    assert len(after) == len(before) + 1


def test_a_refused_sale_shows_its_reason_and_keeps_the_lines(sell, ctx, qtbot):
    products.add_product(ctx.db, "NOTHING-1", "Objet introuvable", "10.00")
    pick(sell, qtbot, "NOTHING-1")
    assert not sell.confirm_button.isEnabled()
    assert "no stock" in sell.refusal.text()
    assert "NOTHING-1" in sell.refusal.text()
    sell.confirm()
    assert len(sell.sale.lines) == 1


def test_take_away_only_sells_what_is_on_this_shelf(sell, ctx, qtbot):
    hit = next(h for h in search_products(ctx.db, "théière") if h.stocked)
    sell.mode_group.button(0).click()
    pick(sell, qtbot, hit.sku)
    line = sell.sale.lines[0].availability
    assert all(o.preference == "shelf" for o in line.options)


def test_home_delivery_needs_an_address_before_confirming(sell, ctx, qtbot):
    hit = next(h for h in search_products(ctx.db, "théière") if h.stocked)
    sell.mode_group.button(2).click()
    pick(sell, qtbot, hit.sku)
    sell.confirm()
    assert "address" in sell.refusal.text()
    assert sell.sale.lines  # nothing lost


def test_a_known_customer_is_found_as_you_type(sell, ctx, qtbot):
    sell._find_customers("zoé")
    assert sell._known_customers
    known = sell._known_customers[0]
    sell._fill_customer(known)
    assert sell.customer_phone.text() == known.phone


def test_quantities_change_the_promise(sell, ctx, qtbot):
    hit = next(h for h in search_products(ctx.db, "théière") if h.stocked)
    pick(sell, qtbot, hit.sku)
    pick(sell, qtbot, hit.sku)  # scanned twice: one line of 2
    assert len(sell.sale.lines) == 1 and sell.sale.lines[0].qty == 2
    sell.table.selectRow(0)
    qtbot.keyClick(sell.table, Qt.Key.Key_Delete)
    assert not sell.sale.lines
