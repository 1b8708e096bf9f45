"""The catalog import dialog on big and unfamiliar files: a sample preview, the columns
chosen by hand and saved, the next file of a supplier read the same way, a whole-file check
that refuses bad rows and lets the retailer import the valid ones, and Cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from oms_desktop.services.catalog import list_offers
from oms_desktop.services.catalog_mappings import last_mapping, list_mappings
from oms_desktop.ui.screens.catalog_import import CatalogImportDialog, ImportResultDialog
from oms_desktop.ui.screens.purchasing import PurchasingScreen

PURCHASING = 4
GERMAN = "Artikelnummer;Bezeichnung;Einkaufspreis;Artikelcode;Bemerkung\n"


@pytest.fixture(autouse=True)
def no_work_left_behind(ctx, qtbot):
    yield
    qtbot.waitUntil(ctx.runner.idle)


@pytest.fixture
def screen(window, qtbot) -> PurchasingScreen:
    window.go_to(PURCHASING)
    page = window.screen(PURCHASING)
    qtbot.waitUntil(lambda: page.current_supplier() is not None)
    page.tabs.setCurrentIndex(1)
    page.select_supplier("CUISINOX")
    return page


def german_file(tmp_path, name: str = "preisliste.csv", rows: int = 3) -> str:
    path = tmp_path / name
    lines = [f"DE-{i:03d};Topf {i} cm;{i},50;TOPF-{i:03d};neu\n" for i in range(1, rows + 1)]
    path.write_text(GERMAN + "".join(lines), encoding="utf-8")
    return str(path)


def refs(ctx) -> set[str]:
    return {o.supplier_ref for o in list_offers(ctx.db, "CUISINOX", 10_000)}


def open_dialog(screen, qtbot, path: str) -> CatalogImportDialog:
    dialog = screen.open_import(path)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    return dialog


def choose(dialog, qtbot, field: str, title: str | None) -> None:
    """Picks a column in a field's combo as the retailer does, then waits for the sample."""
    combo = dialog.picker.combos[field]
    combo.setCurrentIndex(combo.findData(title) if title else 0)
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.ctx.runner.idle())


def map_german(dialog, qtbot) -> None:
    for field, title in (("supplier_ref", "Artikelnummer"), ("description", "Bezeichnung"),
                         ("cost", "Einkaufspreis"), ("sku", "Artikelcode")):
        choose(dialog, qtbot, field, title)


def test_choosing_columns_by_hand_reads_the_sample_again(screen, ctx, qtbot, tmp_path):
    dialog = open_dialog(screen, qtbot, german_file(tmp_path))

    assert dialog.picker.mapping() == {}
    assert dialog.rows_model.rows == [] and not dialog.go.isEnabled()
    assert "supplier reference, description, cost" in dialog.problem.text()
    assert [dialog.picker.combos["cost"].itemText(i) for i in range(6)] == [
        "(not in the file)", "Artikelnummer", "Bezeichnung", "Einkaufspreis", "Artikelcode",
        "Bemerkung"]

    map_german(dialog, qtbot)

    assert [r.supplier_ref for r in dialog.rows_model.rows] == ["DE-001", "DE-002", "DE-003"]
    assert [str(r.cost) for r in dialog.rows_model.rows] == ["1.50", "2.50", "3.50"]
    assert dialog.problem.isHidden() and dialog.go.isEnabled()
    assert "Bemerkung" in dialog.columns.text() and "3 new" in dialog.outcome.text()

    choose(dialog, qtbot, "cost", "Bemerkung")  # a wrong column: every row refused

    assert dialog.rows_model.rows == []
    assert {e.column for e in dialog.errors_model.rows} == {"Bemerkung"}
    assert not dialog.go.isEnabled() and dialog.tabs.currentIndex() == 1


def test_a_saved_mapping_is_offered_for_the_suppliers_next_file(screen, ctx, qtbot, tmp_path):
    dialog = open_dialog(screen, qtbot, german_file(tmp_path))
    map_german(dialog, qtbot)

    qtbot.mouseClick(dialog.save_as, Qt.MouseButton.LeftButton)
    dialog.name_prompt.setTextValue("Preisliste DE")
    dialog.name_prompt.accept()
    qtbot.waitUntil(lambda: dialog.saved.currentText() == "Saved: Preisliste DE")
    assert [m.name for m in list_mappings(ctx.db, "CUISINOX")] == ["Preisliste DE"]
    dialog.reject()

    again = open_dialog(screen, qtbot, german_file(tmp_path, "neu.csv"))
    qtbot.waitUntil(lambda: again.saved.findText("Saved: Preisliste DE") >= 0)
    assert again.picker.mapping() == {}  # never imported: nothing to read it by yet
    again.saved.setCurrentIndex(again.saved.findText("Saved: Preisliste DE"))
    again.saved.activated.emit(again.saved.currentIndex())
    qtbot.waitUntil(lambda: len(again.rows_model.rows) == 3)

    assert again.picker.combos["sku"].currentText() == "Artikelcode"
    assert again.mapping_name == "Preisliste DE" and again.go.isEnabled()


def test_a_saved_mapping_can_be_deleted_after_a_question(screen, ctx, qtbot, tmp_path):
    from oms_desktop.services.catalog_mappings import save_mapping

    save_mapping(ctx.db, "CUISINOX", "Alt", {"supplier_ref": "Artikelnummer",
                                             "description": "Bezeichnung",
                                             "cost": "Einkaufspreis", "sku": "Artikelcode"})
    save_mapping(ctx.db, "CUISINOX", "Neu", {"supplier_ref": "Artikelnummer",
                                             "description": "Bezeichnung",
                                             "cost": "Einkaufspreis", "sku": "Artikelcode"})
    dialog = open_dialog(screen, qtbot, german_file(tmp_path))
    qtbot.waitUntil(lambda: dialog.saved.findText("Saved: Alt") >= 0)
    assert not dialog.forget.isEnabled()  # nothing saved chosen yet
    dialog.saved.setCurrentIndex(dialog.saved.findText("Saved: Alt"))
    dialog.saved.activated.emit(dialog.saved.currentIndex())
    qtbot.waitUntil(lambda: len(dialog.rows_model.rows) == 3)
    assert dialog.forget.isEnabled()

    qtbot.mouseClick(dialog.forget, Qt.MouseButton.LeftButton)
    assert "Alt" in dialog.delete_prompt.text()
    dialog.delete_prompt.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(ctx.runner.idle)
    assert [m.name for m in list_mappings(ctx.db, "CUISINOX")] == ["Alt", "Neu"]

    qtbot.mouseClick(dialog.forget, Qt.MouseButton.LeftButton)
    delete = [b for b in dialog.delete_prompt.buttons() if b.text() == "Delete"]
    delete[0].click()
    qtbot.waitUntil(lambda: dialog.saved.findText("Saved: Alt") < 0)

    assert [m.name for m in list_mappings(ctx.db, "CUISINOX")] == ["Neu"]
    assert dialog.saved.findText("Saved: Neu") >= 0 and not dialog.forget.isEnabled()
    assert "deleted" in dialog.origin.text()
    assert len(dialog.rows_model.rows) == 3 and dialog.go.isEnabled()  # the columns stay


def test_the_next_file_of_a_supplier_is_read_like_the_last_import(screen, ctx, qtbot, tmp_path):
    dialog = open_dialog(screen, qtbot, german_file(tmp_path))
    map_german(dialog, qtbot)
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, QMessageBox))
    qtbot.waitUntil(ctx.runner.idle)
    assert {"DE-001", "DE-002", "DE-003"} <= refs(ctx)
    assert last_mapping(ctx.db, "CUISINOX").columns["sku"] == "Artikelcode"
    screen.dialog.accept()

    second = open_dialog(screen, qtbot, german_file(tmp_path, "februar.csv", rows=5))

    assert second.picker.combos["supplier_ref"].currentText() == "Artikelnummer"
    assert second.picker.combos["sku"].currentText() == "Artikelcode"
    assert "last import" in second.origin.text()
    assert len(second.rows_model.rows) == 5 and second.go.isEnabled()
    assert "2 new" in second.outcome.text() and "3 unchanged" in second.outcome.text()


def bad_far_down(tmp_path, rows: int = 260, bad: tuple[int, ...] = (230, 250)) -> str:
    """A file whose first 200 rows are fine; the bad rows come later."""
    path = tmp_path / "tarif.csv"
    lines = ["Référence;SKU;Désignation;Prix d'achat HT\n"]
    for i in range(1, rows + 1):
        cost = "abc" if i in bad else f"{i % 40 + 1},90"
        lines.append(f"TX-{i:04d};TX-SKU-{i:04d};Poêle {i};{cost}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


def test_bad_rows_past_the_sample_refuse_the_import_then_the_valid_rows_go_in(
        screen, ctx, qtbot, tmp_path):
    before = refs(ctx)
    dialog = open_dialog(screen, qtbot, bad_far_down(tmp_path))
    assert dialog.errors_model.rows == [] and dialog.preview.rows_read == 200
    assert "first 200 rows" in dialog.sample_note.text()

    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportResultDialog))
    result: ImportResultDialog = screen.dialog

    assert refs(ctx) == before  # refused: nothing changed
    assert "Nothing was imported: 2 rows have errors." in result.text()
    assert [(e.line, e.column, e.value) for e in result.errors_model.rows] == [
        (231, "Prix d'achat HT", "abc"), (251, "Prix d'achat HT", "abc")]
    assert result.go.text() == "Import the 258 valid rows only" and result.more.isHidden()
    report = tmp_path / "errors.csv"
    result.write_errors(str(report))
    assert "231;Prix d'achat HT;abc;" in report.read_text(encoding="utf-8-sig")

    qtbot.mouseClick(result.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportResultDialog)
                    and screen.dialog is not result)
    qtbot.waitUntil(ctx.runner.idle)

    added = refs(ctx) - before
    assert len(added) == 258 and "TX-0001" in added and "TX-0230" not in added
    assert "258 new" in screen.dialog.text() and "2 rejected" in screen.dialog.text()


def test_importing_nothing_after_a_refusal_leaves_the_catalog_alone(
        screen, ctx, qtbot, tmp_path):
    before = refs(ctx)
    dialog = open_dialog(screen, qtbot, bad_far_down(tmp_path))
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportResultDialog))

    qtbot.mouseClick(screen.dialog.nothing, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ctx.runner.idle)

    assert refs(ctx) == before
    assert "Nothing was imported" in screen.notice.text()


def test_a_cancelled_import_changes_nothing(screen, ctx, qtbot, tmp_path):
    path = tmp_path / "gros.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("ref;sku;description;cost\n")
        out.writelines(f"G-{i};G-SKU-{i};Article {i};1,00\n" for i in range(40_000))
    before = refs(ctx)
    dialog = open_dialog(screen, qtbot, str(path))
    assert "about 40,000 rows" in dialog.go.text().replace("\u202f", ",")

    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ctx.runner.idle)

    assert "nothing was changed" in screen.notice.text()
    assert refs(ctx) == before
    assert last_mapping(ctx.db, "CUISINOX") is None


def test_a_capped_error_list_says_how_many_more_there_are(ctx, qtbot, tmp_path):
    from oms_desktop.services.catalog import CatalogImportReport
    from oms_desktop.services.catalog_preview import RowError
    from oms_desktop.services.suppliers import list_suppliers

    supplier = next(s for s in list_suppliers(ctx.db) if s.code == "CUISINOX")
    kept = [RowError(line, "cost", "x", "'x' is not an amount") for line in range(2, 12)]
    report = CatalogImportReport("CUISINOX", 500_000, 0, 0, 0, kept, False, "utf-8", ";",
                                 more_rejected=1_234)

    dialog = ImportResultDialog(ctx, supplier, str(tmp_path / "big.csv"), report)
    qtbot.addWidget(dialog)

    assert dialog.errors_model.rowCount() == 10
    assert not dialog.more.isHidden() and "…and 1,234 more errors," in dialog.more.text()
    assert dialog.go.text() == "Import the valid rows only" and dialog.go.isEnabled()
    assert "big.csv was read to the end (500,000 rows)" in dialog.explain.text()
