"""Purchasing: catalog imports with a preview, POs by hand, moving a PO's date and warning
the customers, and receiving a delivery by scanning it."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from oms_desktop.services.catalog import list_offers
from oms_desktop.services.ordering import show_order
from oms_desktop.services.purchasing import list_pos, show_po
from oms_desktop.services.search import search_products
from oms_desktop.services.suppliers import list_suppliers
from oms_desktop.ui.screens.catalog_import import CatalogImportDialog, ImportResultDialog
from oms_desktop.ui.table_model import ROW_ROLE
from oms_desktop.ui.screens.purchasing import PurchasingScreen
from oms_desktop.ui.screens.purchasing_dialogs import AddSupplierDialog, ExpectedDateDialog, \
    LateCustomersDialog, NewPODialog, ReceiveDialog

PURCHASING = 4


@pytest.fixture(autouse=True)
def no_work_left_behind(ctx, qtbot):
    """Every background result is delivered within its own test."""
    yield
    settle(ctx, qtbot)


@pytest.fixture
def screen(window, qtbot) -> PurchasingScreen:
    window.go_to(PURCHASING)
    page = window.screen(PURCHASING)
    qtbot.waitUntil(lambda: page.po_model.rowCount() > 0)
    return page


def settle(ctx, qtbot) -> None:
    """Lets every background job finish and deliver its result."""
    qtbot.waitUntil(ctx.runner.idle)


def scan(qtbot, picker, code: str) -> None:
    qtbot.keyClicks(picker, code)
    qtbot.keyClick(picker, Qt.Key.Key_Return)


# --- catalog import -------------------------------------------------------------------------

def write_catalog(tmp_path) -> str:
    path = tmp_path / "nouveautés.csv"
    rows = ["Réf fournisseur;Désignation;EAN;Prix achat HT;Colisage;Notes",
            "NEW-001;Poêle inox « Chef » 28 cm;4006381333931;12,50;2;nouveau",
            "NEW-002;Wok inox 32 cm;5901234123457;abc;1;prix à revoir",
            "NEW-003;Couvercle verre 28 cm;0036000291452;4,20;6;"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))  # as Excel in France saves it
    return str(path)


def test_a_catalog_with_one_bad_row_is_previewed_then_its_valid_rows_imported(
        screen, ctx, qtbot, tmp_path):
    screen.tabs.setCurrentIndex(1)
    screen.select_supplier("CUISINOX")
    before = {o.supplier_ref for o in list_offers(ctx.db, "CUISINOX", 10_000)}

    dialog = screen.open_import(write_catalog(tmp_path))
    qtbot.waitUntil(lambda: dialog.preview is not None)

    assert isinstance(screen.dialog, CatalogImportDialog)
    assert "Windows-1252" in dialog.reading.text() and "semicolon" in dialog.reading.text()
    assert dialog.picker.combos["cost"].currentText() == "Prix achat HT"
    assert "Notes" in dialog.columns.text()  # not imported
    assert [row.supplier_ref for row in dialog.rows_model.rows] == ["NEW-001", "NEW-003"]
    errors = dialog.errors_model.rows
    assert [(e.line, e.column, e.value) for e in errors] == [(3, "Prix achat HT", "abc")]
    assert dialog.errors_table.model().index(0, 0).data() == "3"
    assert dialog.tabs.currentIndex() == 1  # the rejected rows are shown first
    assert "2" in dialog.go.text() and dialog.go.isEnabled()

    report = tmp_path / "rejected.csv"
    dialog.write_errors(str(report))
    assert "3;Prix achat HT;abc;" in report.read_text(encoding="utf-8-sig")

    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)  # import the valid rows only
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportResultDialog))
    settle(ctx, qtbot)

    after = {o.supplier_ref: o for o in list_offers(ctx.db, "CUISINOX", 10_000)}
    assert set(after) - before == {"NEW-001", "NEW-003"}
    assert after["NEW-001"].cost == "12.50" and after["NEW-001"].pack_size == 2
    assert "2 new" in screen.dialog.text() and "1 rejected" in screen.dialog.text()
    qtbot.waitUntil(lambda: screen.current_supplier().offers == len(after))


def test_importing_nothing_until_fixed_leaves_the_catalog_alone(screen, ctx, qtbot, tmp_path):
    screen.tabs.setCurrentIndex(1)
    screen.select_supplier("CUISINOX")
    before = len(list_offers(ctx.db, "CUISINOX", 10_000))
    dialog = screen.open_import(write_catalog(tmp_path))
    qtbot.waitUntil(lambda: dialog.preview is not None)

    qtbot.mouseClick(dialog.nothing, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)

    assert len(list_offers(ctx.db, "CUISINOX", 10_000)) == before


def test_a_file_that_is_not_a_catalog_is_explained(screen, ctx, qtbot, tmp_path):
    screen.tabs.setCurrentIndex(1)
    path = tmp_path / "notes.csv"
    path.write_text("hello world\n")
    dialog = screen.open_import(str(path))
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog))
    assert "not a CSV" in dialog.problem.text()
    assert not dialog.go.isEnabled()


# --- suppliers ------------------------------------------------------------------------------

def test_a_new_supplier_is_checked_then_added(screen, ctx, qtbot):
    screen.tabs.setCurrentIndex(1)
    screen.add_supplier()
    dialog: AddSupplierDialog = screen.dialog
    qtbot.keyClicks(dialog.code, "VERRE")
    qtbot.keyClicks(dialog.name, "Verrerie de l'Est")
    qtbot.keyClicks(dialog.email, "not an address")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    email_error = dialog.errors.labels["email"]
    qtbot.waitUntil(lambda: email_error.isVisibleTo(dialog))
    assert "e-mail" in email_error.text()
    assert dialog.code.text() == "VERRE"  # nothing typed is lost

    dialog.email.setText("commandes@verrerie.example")
    dialog.days["fri"].setChecked(False)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.added is not None)
    settle(ctx, qtbot)

    added = next(s for s in list_suppliers(ctx.db) if s.code == "VERRE")
    assert added.order_days == "mon,tue,wed,thu"
    assert screen.current_supplier().code == "VERRE"


# --- purchase orders -------------------------------------------------------------------------

def test_a_po_typed_by_hand_becomes_a_draft(screen, ctx, qtbot):
    screen.new_po()
    dialog: NewPODialog = screen.dialog
    dialog.supplier.setCurrentIndex(dialog.supplier.findData("CUISINOX"))
    dialog.site.setCurrentIndex(dialog.site.findData("LYON"))
    offer = list_offers(ctx.db, "CUISINOX")[3]
    other = next(h for h in search_products(ctx.db, "TAB-10073") if h.exact)
    dialog.picker.setFocus()
    scan(qtbot, dialog.picker, offer.ean)
    scan(qtbot, dialog.picker, offer.ean)  # a second scan: one more
    scan(qtbot, dialog.picker, other.sku)
    assert dialog.skus == [offer.sku, other.sku]
    assert dialog.lines.cellWidget(0, dialog.COL_QTY).value() == 2
    assert "type the cost" in dialog.lines.cellWidget(1, dialog.COL_NOTE).text()

    qtbot.mouseClick(dialog.create, Qt.MouseButton.LeftButton)  # the other item has no cost
    qtbot.waitUntil(lambda: dialog.create.isEnabled() and dialog.errors.labels["cost"]
                    .isVisibleTo(dialog))
    dialog.lines.cellWidget(1, dialog.COL_COST).setText("3,10")
    dialog.lines.cellWidget(1, dialog.COL_QTY).setValue(6)
    dialog.expected.setDate(QDate(2026, 12, 10))
    qtbot.mouseClick(dialog.create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.created is not None)
    settle(ctx, qtbot)

    po = show_po(ctx.db, dialog.created.po)
    assert (po.status, po.supplier, po.site, po.expected) == \
        ("draft", "CUISINOX", "LYON", datetime.date(2026, 12, 10))
    assert [(line.sku, line.qty, line.unit_cost_cents) for line in po.lines] == \
        [(offer.sku, 2, int(float(offer.cost) * 100)), (other.sku, 6, 310)]
    qtbot.waitUntil(lambda: screen.current_po() is not None
                    and screen.current_po().po == po.po)
    assert "draft" in screen.po_title.text()


def test_confirming_then_moving_a_po_lists_the_customers_to_warn(screen, ctx, qtbot):
    draft = next(p for p in list_pos(ctx.db, status="draft") if p.site == "PARIS")
    screen.state.setCurrentIndex(screen.state.findData("draft"))
    screen.select_po(draft.po)
    assert screen.actions["confirm"].isVisibleTo(screen)

    qtbot.mouseClick(screen.actions["confirm"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: show_po(ctx.db, draft.po).status == "confirmed")
    settle(ctx, qtbot)
    confirmed = show_po(ctx.db, draft.po)
    assert sum(line.pegged for line in confirmed.lines) > 0  # a customer waits on it now
    qtbot.waitUntil(lambda: screen.current_po() and screen.current_po().status == "confirmed")

    qtbot.mouseClick(screen.actions["date"], Qt.MouseButton.LeftButton)
    dialog: ExpectedDateDialog = screen.dialog
    dialog.date.setDate(QDate(2027, 1, 20))
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, LateCustomersDialog))
    settle(ctx, qtbot)

    late = screen.dialog.customers
    assert late and show_po(ctx.db, draft.po).expected == datetime.date(2027, 1, 20)
    order = show_order(ctx.db, late[0].order)
    assert late[0].customer == order.customer and late[0].contact == order.contact
    text = screen.dialog.text.toPlainText()
    assert order.customer in text and order.order in text and "instead of" in text
    assert "customer" in screen.notice.text()


def test_cancelling_a_po_asks_first(screen, ctx, qtbot):
    po = next(p for p in list_pos(ctx.db, status="confirmed") if sum(x.pegged for x in p.lines))
    screen.state.setCurrentIndex(screen.state.findData("all"))
    screen.select_po(po.po)
    screen.cancel()
    box: QMessageBox = screen.dialog
    assert "sold to customers" in box.text()
    keep = next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    assert show_po(ctx.db, po.po).status == "confirmed"

    screen.cancel()
    box = screen.dialog
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: show_po(ctx.db, po.po).status == "cancelled")
    settle(ctx, qtbot)
    assert "cancelled" in screen.notice.text()


def test_printing_without_the_documents_module_says_so(screen, ctx, qtbot, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_printing(name, globals=None, locals=None, fromlist=(), level=0):
        if fromlist and "printing" in fromlist:
            raise ImportError(name)
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", no_printing)
    screen.print_po()
    assert "documents module" in screen.dialog.text()


# --- receiving ------------------------------------------------------------------------------

def test_receiving_by_scanning_books_the_goods_and_shows_the_customers_served(
        screen, ctx, qtbot):
    po = next(p for p in list_pos(ctx.db, status="confirmed")
              if sum(line.pegged for line in p.lines) and all(line.ean for line in p.lines))
    screen.state.setCurrentIndex(screen.state.findData("confirmed"))
    screen.select_po(po.po)
    screen.po_table.setFocus()
    qtbot.keyClick(screen.po_table, Qt.Key.Key_Return)  # Enter on a PO on its way: receive
    dialog: ReceiveDialog = screen.dialog
    assert isinstance(dialog, ReceiveDialog)
    dialog.picker.setFocus()

    for line in po.lines:
        for _ in range(line.qty):
            scan(qtbot, dialog.picker, line.ean)
    assert dialog.counted_number.text() == str(sum(line.qty for line in po.lines))
    assert dialog.receipt is None  # a scanner's Enter never books

    stranger = next(h for h in search_products(ctx.db, "théière")
                    if h.stocked and h.sku not in {line.sku for line in po.lines})
    scan(qtbot, dialog.picker, stranger.ean or stranger.sku)
    assert "is not on" in dialog.feedback.text()
    scan(qtbot, dialog.picker, "0000000000000")
    assert "No product" in dialog.feedback.text()
    assert dialog.counted_number.text() == str(sum(line.qty for line in po.lines))

    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)  # Enter in the empty field books
    qtbot.waitUntil(lambda: dialog.receipt is not None)
    settle(ctx, qtbot)

    received = show_po(ctx.db, po.po)
    assert received.status == "received"
    assert [(line.sku, line.received) for line in received.lines] == \
        [(line.sku, line.qty) for line in po.lines]
    served = dialog.served_model.rows
    assert served and sum(s.qty for s in served) == sum(line.pegged for line in po.lines)
    for line in served:
        order = show_order(ctx.db, line.order)
        assert order.customer == line.customer
        statuses = {item.status for item in order.lines if item.sku == line.sku}
        assert statuses & {"ready", "allocated"}
    shown = [dialog.served_table.model().index(row, 0).data()
             for row in range(dialog.served_model.rowCount())]
    assert shown == [s.order for s in served]
    assert dialog.pages.currentIndex() == 1
    assert dialog.free_number.text() == str(sum(q for _, q in dialog.receipt.free_stock))

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter closes the summary
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: po.po in screen.notice.text())


def test_typed_quantities_book_a_partial_receipt(screen, ctx, qtbot):
    po = next(p for p in list_pos(ctx.db, status="confirmed") if len(p.lines) > 1)
    screen.state.setCurrentIndex(screen.state.findData("confirmed"))
    screen.select_po(po.po)
    screen.receive()
    dialog: ReceiveDialog = screen.dialog

    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    assert "Nothing counted" in dialog.feedback.text() and dialog.receipt is None

    model = dialog.model
    model.setData(model.index(0, model.count_column), 1)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.receipt is not None)
    settle(ctx, qtbot)

    after = show_po(ctx.db, po.po)
    assert after.status == "partially_received"
    assert after.lines[0].received == 1 and sum(line.received for line in after.lines) == 1


def test_closing_a_partly_received_po_short(screen, ctx, qtbot):
    po = next(p for p in list_pos(ctx.db, status="partially_received"))
    screen.select_po(po.po)
    assert screen.actions["close"].isVisibleTo(screen)
    assert not screen.actions["cancel"].isVisibleTo(screen)

    qtbot.mouseClick(screen.actions["close"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.dialog.defaultButton(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: show_po(ctx.db, po.po).status == "received")
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: "closed" in screen.notice.text())


def test_shortcuts_open_the_frequent_actions(window, screen, ctx, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen.po_table.setFocus()
    qtbot.keyClick(screen.po_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(screen.dialog, NewPODialog)
    assert "Ctrl+N" in screen.new_po_button.toolTip()
    screen.dialog.reject()

    screen.tabs.setCurrentIndex(1)
    screen.supplier_table.setFocus()
    qtbot.keyClick(screen.supplier_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(screen.dialog, AddSupplierDialog)
    screen.dialog.reject()


def test_the_screen_remembers_its_tab_and_filter(window, screen, ctx, qtbot):
    screen.tabs.setCurrentIndex(1)
    screen.state.setCurrentIndex(screen.state.findData("overdue"))
    window.close()
    again = PurchasingScreen(ctx)
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 1
    assert again.state.currentData() == "overdue"
    again.refresh()
    qtbot.waitUntil(lambda: again.po_model.rowCount() > 0)
    shown = [again.po_proxy.index(r, 0).data(ROW_ROLE) for r in range(again.po_proxy.rowCount())]
    assert shown and all(po.status in ("confirmed", "partially_received")
                         and po.expected < ctx.today() for po in shown)


def test_a_running_import_can_be_cancelled_and_changes_nothing(screen, ctx, qtbot, tmp_path):
    screen.tabs.setCurrentIndex(1)
    screen.select_supplier("CUISINOX")
    supplier = screen.current_supplier()
    before = len(list_offers(ctx.db, "CUISINOX", 100_000))
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as out:
        out.write("ref;sku;description;cost\n")
        for n in range(40_000):
            out.write(f"BIG-{n};BIG-{n};Article {n};1,50\n")
    screen.start_import(supplier, str(path), valid_only=False)
    screen.progress.canceled.emit()  # what its Cancel button sends
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: "cancelled" in screen.notice.text(), timeout=20_000)
    assert len(list_offers(ctx.db, "CUISINOX", 100_000)) == before
