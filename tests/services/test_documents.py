"""The PO and promise PDFs from a real database: the records the services build, the text
of the PDFs, the refusals, the 500-line PO, and every PO and promise of the demo retailer."""

from __future__ import annotations

import datetime
import io
import subprocess
import sys
import time
from decimal import Decimal

import pytest
from pypdf import PdfReader

from oms_desktop.documents.locale_format import format_money
from oms_desktop.domain.errors import InvalidInput, NotFound
from oms_desktop.services import documents, ordering, products, purchasing
from oms_desktop.services.ordering import Customer, OrderRequest
from oms_desktop.store.database import bind, close, open_database
from oms_desktop.store.models import CatalogOfferRow, SupplierRow
from oms_desktop.store.settings import set_setting

D = datetime.date
COMPANY = {"name": "Épicerie Zoé & Fils SARL", "trade_name": "Chez Zoé",
           "address": "3 place de l'Église\n84000 Avignon", "vat_number": "FR12345678901",
           "siren": "345678901", "phone": "04 90 00 00 00", "email": "bonjour@chez-zoe.example"}


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def shop(retailer, today):
    """The retailer of conftest with its company details and a product at reduced VAT."""
    set_setting("company", COMPANY)
    products.add_product(retailer, "SALT", "Sel de Guérande 1 kg", "4.90", vat="5.5")
    return retailer


@pytest.fixture
def confirmed(shop, today):
    po = purchasing.create_po(shop, "ACME", "WH", D(2026, 12, 4),
                              [("MUG", 12, "4.15"), ("SALT", 30, "1.99"), ("TEAPOT", 6, None)],
                              notes="Quai n° 2 – livraison avant 10 h", today=today)
    return purchasing.confirm_po(shop, po.po, today)


def test_the_po_record_carries_parties_site_lines_and_vat_rates(shop, confirmed):
    doc = documents.purchase_order_document(shop, confirmed.po)
    assert (doc.number, doc.status, doc.expected_date) == (confirmed.po, "confirmed",
                                                           D(2026, 12, 4))
    assert doc.order_date == datetime.date.today()  # the day it was confirmed (sent)
    assert doc.buyer.name == "Épicerie Zoé & Fils SARL" and doc.buyer.registration == "345678901"
    assert (doc.supplier.name, doc.delivery.name) == ("Acme", "Warehouse")
    assert doc.delivery_opening_days == "mon,tue,wed,thu,fri"
    assert [(l.supplier_ref, l.qty, l.pack, l.unit_cost, l.vat_rate) for l in doc.lines] == [
        ("MUG", 12, 1, Decimal("4.15"), Decimal("20")),
        ("SALT", 30, 1, Decimal("1.99"), Decimal("5.5")),
        ("ACME-TP1", 6, 6, Decimal("8.00"), Decimal("20"))]
    assert doc.lines[0].ean == "4006381333931" and doc.lines[1].ean == ""
    assert doc.notes == "Quai n° 2 – livraison avant 10 h"


def test_the_po_pdf_is_right_to_the_cent_in_french_on_letter(shop, confirmed):
    pdf = documents.purchase_order_pdf(shop, confirmed.po, "fr", "letter")
    [page] = pages_of(pdf)
    # 12 x 4.15 + 6 x 8.00 = 97.80 at 20 % (19.56); 30 x 1.99 = 59.70 at 5.5 % (3.2835)
    for expected in ("Bon de commande", confirmed.po, "Épicerie Zoé & Fils SARL",
                     "3 place de l'Église", "N° TVA FR12345678901", "Acme", "Warehouse",
                     "Ouvert du lundi au vendredi", "4 décembre 2026", "Sel de Guérande 1 kg",
                     "ACME-TP1", "5901234123457", "Total HT 157,50 €",
                     "TVA 20 % sur 97,80 € 19,56 €", "TVA 5,5 % sur 59,70 € 3,28 €",
                     "Total TTC 180,34 €", "Quai n° 2 – livraison avant 10 h", "page 1 sur 1"):
        assert expected.replace(" ", " ") in page.replace("\u202f", " ").replace("\xa0", " "), \
            expected
    reader = PdfReader(io.BytesIO(pdf))
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]


def test_a_draft_po_prints_too_and_says_it_is_a_draft(shop, today):
    po = purchasing.create_po(shop, "ACME", "PAR", D(2026, 12, 4), [("BOWL", 4, "2.00")],
                              today=today)
    [page] = pages_of(documents.purchase_order_pdf(shop, po.po))
    assert "DRAFT" in page and "Deliver to".upper() in page and "Paris" in page
    assert "Total including VAT €9.60" in page


def _place(db, today, lines, mode="pickup", site="PAR", address=""):
    return ordering.place_order(db, OrderRequest(
        site, lines, "shop", mode, Customer("Zoé Lefèvre", "06 39 98 45 99", "zoe@example.org"),
        address), today)


def test_the_promise_record_names_sites_and_suppliers_instead_of_codes(shop, today):
    order = _place(shop, today, [("MUG", 2), ("TEAPOT", 1)])
    doc = documents.promise_document(shop, order.order, "fr", today)
    assert (doc.order, doc.mode, doc.shop.name, doc.customer) == (order.order, "pickup",
                                                                  "Paris", "Zoé Lefèvre")
    assert doc.promise_date == order.promise_date
    mug, teapot = doc.items
    assert mug.sources[0].reason["code"] == "site_stock"
    assert (mug.sources[0].reason["site"], mug.sources[0].reason["to_site"]) == ("Warehouse",
                                                                                 "Paris")
    assert teapot.sources[0].reason["code"] == "catalog"
    assert teapot.sources[0].reason["supplier"] == "Acme"


def test_the_promise_pdf_in_both_languages(shop, today):
    order = _place(shop, today, [("MUG", 2), ("TEAPOT", 1)])
    from oms_desktop.documents.locale_format import format_date

    english = " ".join(pages_of(documents.promise_pdf(shop, order.order, "en", today=today)))
    for expected in ("Delivery promise", f"Order {order.order}", "Chez Zoé", "Paris",
                     "Zoé Lefèvre", "zoe@example.org", "In stock", "Ordered from the supplier",
                     "Ordered from Acme on",
                     f"ready to collect on {format_date(order.promise_date, 'en', True)}",
                     "November 26, 2026", "page 1 of 1"):
        assert expected in english, expected
    french = " ".join(pages_of(documents.promise_pdf(shop, order.order, "fr", today=today)))
    for expected in ("Promesse de livraison", "En stock", "Commandé au fournisseur",
                     "Commandé à Acme le", "26 novembre 2026", "Ouvert du lundi au samedi",
                     f"prête à retirer le {format_date(order.promise_date, 'fr', True)}",
                     "Merci de présenter ce document", "page 1 sur 1"):
        assert expected in french, expected


def test_the_shops_conditions_come_from_the_company_setting_per_language(shop, today):
    order = _place(shop, today, [("MUG", 1)], mode="delivery", site="PAR",
                   address="12 rue des Lilas\n75020 Paris")
    set_setting("company", {**COMPANY, "conditions": {
        "fr": "Acompte de 30 € à la commande ; livraison offerte dès 100 €.",
        "en": "A €30 deposit is due when ordering."}})
    french = pages_of(documents.promise_pdf(shop, order.order, "fr", today=today))[0]
    assert "Acompte de 30 € à la commande ; livraison offerte dès 100 €." in french
    assert "LIVRAISON À Zoé Lefèvre 12 rue des Lilas 75020 Paris" in french
    english = pages_of(documents.promise_pdf(shop, order.order, "en", today=today))[0]
    assert "A €30 deposit is due when ordering." in english


def test_unknown_references_and_bad_options_are_refused_before_reading(shop):
    with pytest.raises(NotFound):
        documents.purchase_order_pdf(shop, "PO-999999")
    with pytest.raises(NotFound):
        documents.promise_pdf(shop, "SO-999999")
    with pytest.raises(InvalidInput) as language:
        documents.purchase_order_pdf(shop, "PO-999999", language="de")
    assert language.value.field == "language"
    with pytest.raises(InvalidInput) as paper:
        documents.promise_pdf(shop, "SO-999999", page_size="A3")
    assert paper.value.field == "paper"


def test_importing_the_service_does_not_load_reportlab():
    code = ("import sys, oms_desktop.services.documents; "
            "print(sorted(m for m in sys.modules if m.startswith('reportlab')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_a_500_line_po_from_the_database(retailer, today, capsys):
    acme = SupplierRow.get(code="ACME")
    CatalogOfferRow.insert_many(
        [{"supplier": acme, "supplier_ref": f"AC-{n:05d}", "sku": f"ITEM{n:04d}",
          "description": f"Assiette plate porcelaine « Provence » {19 + n % 3 * 4} cm n° {n}",
          "cost_cents": 150 + 7 * n, "pack_size": (1, 2, 6, 12)[n % 4]} for n in range(500)]
    ).execute()
    po = purchasing.create_po(retailer, "ACME", "WH", D(2026, 12, 4),
                              [(f"ITEM{n:04d}", 1 + n % 12, None) for n in range(500)],
                              today=today)
    started = time.perf_counter()
    pdf = documents.purchase_order_pdf(retailer, po.po, "en")
    seconds = time.perf_counter() - started
    pages = pages_of(pdf)
    with capsys.disabled():
        print(f"\n500-line PO from the database: {seconds:.2f} s (read + layout), "
              f"{len(pages)} pages")
    count = len(pages)
    assert count > 5 and all(f"page {n} of {count}" in p for n, p in enumerate(pages, 1))
    excluding = Decimal(po.total_cents) / 100
    including = excluding + (excluding * Decimal("0.2")).quantize(Decimal("0.01"))
    assert f"Total excluding VAT {format_money(excluding, 'en')}" in pages[-1]
    assert f"Total including VAT {format_money(including, 'en')}" in pages[-1]
    everything = " ".join(pages)
    assert all(everything.count(f"AC-{n:05d} ") == 1 for n in range(500))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from oms_desktop.services.demo import load_demo

    database = open_database(tmp_path_factory.mktemp("demo") / "oms.sqlite3")
    load_demo(database, D(2026, 11, 26))
    yield database
    close(database)


def test_every_po_and_open_order_of_the_demo_prints_in_both_languages(demo_db):
    bind(demo_db)  # other tests opened other files since
    today = D(2026, 11, 26)
    for view in purchasing.list_pos(demo_db):
        for language in ("en", "fr"):
            pages = pages_of(documents.purchase_order_pdf(demo_db, view.po, language))
            assert view.po in pages[0] and ("page 1 of" in pages[0] or "page 1 sur" in pages[0])
        doc = documents.purchase_order_document(demo_db, view.po)
        assert sum(line.total for line in doc.lines) == Decimal(view.total_cents) / 100
    for order in ordering.list_orders(demo_db, status="open", today=today)[:12]:
        for language in ("en", "fr"):
            pages = pages_of(documents.promise_pdf(demo_db, order.order, language, today=today))
            assert order.order in pages[0] and order.customer in pages[0]
