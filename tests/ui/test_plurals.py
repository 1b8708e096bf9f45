"""Counts in the singular or the plural, never "(s)": Qt's %n through oms_en.qm in English
and oms_fr.qm in French (French says 0 and 1 in the singular), and big counts grouped by
thousands the user's way."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SAY_COUNTS = """
import datetime, json, sys
from decimal import Decimal
from oms_desktop.ui.app import create_application, install_translations

app = create_application()
language = install_translations(app, sys.argv[1])
from PySide6.QtCore import QLocale
from oms_desktop.importers.catalog_csv import RowError
from oms_desktop.services.catalog import CatalogImportReport
from oms_desktop.services.order_search import OrderSummary
from oms_desktop.services.order_views import OrderEvent
from oms_desktop.services.search import ProductHit
from oms_desktop.services.suppliers import SupplierInfo
from oms_desktop.ui.screens.catalog_import_errors import ImportResultDialog
from oms_desktop.ui.screens.order_detail import event_text
from oms_desktop.ui.screens.orders import COL_STATUS, order_columns
from oms_desktop.ui.texts import late_text, reason_text
from oms_desktop.ui.widgets.product_picker import hit_label

SUPPLIER = SupplierInfo("ACME", "Acme", "", "", "FR", 5, "mon", "0", 3)


def refused(rows_read, bad, more=0):
    rejected = [RowError(line, "Prix", "x", "'x' is not an amount")
                for line in range(2, 2 + bad)]
    dialog = ImportResultDialog(None, SUPPLIER, "tarif.csv", CatalogImportReport(
        "ACME", rows_read, 0, 0, 0, rejected, False, "utf-8", ";", more_rejected=more))
    return {"title": dialog.text(), "go": dialog.go.text(), "more": dialog.more.text()}


def late(lines):
    order = OrderSummary("SO-000001", "PARIS", "shop", "pickup", "open", "", "",
                         datetime.date(2026, 11, 26), None, Decimal("10"), 3,
                         late="overdue", late_lines=lines)
    return order_columns()[COL_STATUS].tooltip(order)


def event(code, lines):
    return event_text(OrderEvent(datetime.datetime(2026, 11, 26, 10), code, {"lines": lines}))


def hit(available):
    return hit_label(ProductHit("MUG", "Mug", None, Decimal("9.90"), True, available))


route = {"code": "site_stock", "site": "PARIS", "handling_days": 1, "transfer_days": 2,
         "to_site": "LYON", "delivery_days": 1}
print(json.dumps({
    "language": language, "group": QLocale().groupSeparator(), "overdue": late_text("overdue"),
    "one": refused(2, 1), "two": refused(4, 2), "big": refused(1_234_569, 2),
    "more": refused(1_234_600, 10, more=1_234_567)["more"],
    "ready": [event("ready", 1), event("ready", 2)], "cancelled": event("cancelled", 0),
    "late": [late(1), late(2)], "available": [hit(1), hit(2), hit(1_234_567)],
    "reason": reason_text(route),
}))
"""


def say_counts(language: str) -> dict:
    """In a process of its own, as tests/ui/test_main_window.py does: one language a
    process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SAY_COUNTS, language], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said["language"] == language
    return said


def test_english_says_one_row_and_two_rows():
    said = say_counts("en")
    assert said["one"]["title"] == "Nothing was imported: 1 row has errors."
    assert said["one"]["go"] == "Import the 1 valid row only"
    assert said["two"]["title"] == "Nothing was imported: 2 rows have errors."
    assert said["two"]["go"] == "Import the 2 valid rows only"
    assert said["ready"] == ["Set aside, ready for the customer (1 line)",
                             "Set aside, ready for the customer (2 lines)"]
    assert said["cancelled"] == "Cancelled (0 lines released)"
    assert said["late"] == [f"Late: 1 line {said['overdue']}",
                            f"Late: 2 lines {said['overdue']}"]
    assert said["reason"] == ("In stock at PARIS, 1 handling day at PARIS, 2 transfer days to "
                              "LYON, 1 delivery day")
    assert "(s)" not in json.dumps(said)


def test_english_groups_a_big_count_by_thousands():
    said = say_counts("en")
    assert said["big"]["go"] == "Import the 1,234,567 valid rows only"
    assert said["more"] == "…and 1,234,567 more errors, not listed here nor in the report."
    assert said["available"][2].endswith("  ·  1,234,567 available")


def test_french_says_zero_and_one_in_the_singular_and_two_in_the_plural():
    said = say_counts("fr")
    assert said["one"]["title"] == "Rien n'a été importé\xa0: 1 ligne est en erreur."
    assert said["one"]["go"] == "Importer uniquement 1 ligne valide"
    assert said["two"]["title"] == "Rien n'a été importé\xa0: 2 lignes sont en erreur."
    assert said["two"]["go"] == "Importer uniquement les 2 lignes valides"
    assert said["ready"] == ["Mise de côté, prête pour le client (1 ligne)",
                             "Mise de côté, prête pour le client (2 lignes)"]
    assert said["cancelled"] == "Annulée (0 ligne libérée)"
    assert said["late"] == [f"Retard\xa0: 1 ligne, {said['overdue']}",
                            f"Retard\xa0: 2 lignes, {said['overdue']}"]
    assert said["available"][0].endswith("  ·  1 disponible")
    assert said["available"][1].endswith("  ·  2 disponibles")
    assert said["reason"] == ("En stock à PARIS, 1 jour de préparation à PARIS, 2 jours de "
                              "transfert vers LYON, 1 jour de livraison")
    assert "(s)" not in json.dumps(said, ensure_ascii=False)


def test_french_groups_a_big_count_by_thousands():
    said = say_counts("fr")
    group = said["group"]
    assert group in ("\u202f", "\xa0")  # a space that does not break the number
    millions = f"1{group}234{group}567"
    assert said["big"]["go"] == f"Importer uniquement les {millions} lignes valides"
    assert said["more"] == (f"…et {millions} autres erreurs, qui n'apparaissent ni ici ni dans "
                            "le rapport.")
    assert said["available"][2].endswith(f"  ·  {millions} disponibles")


# --- on the live window, in English as the tests' application speaks it (conftest.py) ---

@pytest.fixture
def orders(window, qtbot):
    window.go_to(2)
    screen = window.screen(2)
    qtbot.waitUntil(lambda: not screen.loading and not screen.busy and screen.page is not None)
    return screen


def test_the_orders_screen_counts_its_orders_in_english(orders, qtbot):
    from oms_desktop.services.order_search import OrderPage

    orders.late_only.setChecked(True)
    qtbot.waitUntil(lambda: not orders.loading and orders.page is not None
                    and orders.count.text() == "7 late orders")
    orders.page = OrderPage([], matching=1, late=1)
    orders._show_count(1)
    assert orders.count.text() == "1 late order"
    orders.page = OrderPage([], matching=1_234_567, late=0)
    orders._show_count(1_234_567)
    assert orders.count.text() == "1,234,567 late orders"


def test_the_english_counts_are_read_from_the_package_resources(qapp):
    """oms_en.qm is found as oms_fr.qm is, from the package oms_desktop.resources (the
    source's resources/ folder, or the bundle's oms_desktop/resources)."""
    import importlib.resources

    from PySide6.QtCore import QTranslator

    from oms_desktop.ui.icons import resource

    path = resource("translations", "oms_en.qm")
    assert path == importlib.resources.files("oms_desktop.resources") / "translations" \
        / "oms_en.qm"
    assert path.is_file()
    english = QTranslator()
    assert english.load(str(path))
    assert english.language() == "en_US"
    assert english.translate("OrdersScreen", "%Ln late order(s)", "", 1) == "%Ln late order"
    assert english.translate("OrdersScreen", "%Ln late order(s)", "", 2) == "%Ln late orders"
    assert english.translate("", "%n delivery day(s)", "", 1) == "%n delivery day"
