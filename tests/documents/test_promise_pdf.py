"""The customer's delivery promise: where each item comes from in plain words, its date, the
whole order's date, in English and in French (explain's sentences included)."""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfReader

from oms_desktop.documents.explain import explain
from oms_desktop.documents.locale_format import format_date, format_money, format_weekdays
from oms_desktop.documents.pdf_components import Company, Party
from oms_desktop.documents.promise_pdf import FRENCH, FRENCH_COUNTS, PromiseDocument, PromiseItem, \
    PromiseSource, conditions_text, explanation, item_rows, render, source_label, \
    whole_order_sentence
from oms_desktop.domain.errors import InvalidInput

D = datetime.date
COMPANY = Company("Maison & Cuisine SAS", "Maison & Cuisine",
                  "24 rue Vieille-du-Temple\n75004 Paris", vat_number="FR76814672531",
                  registration="814672531")
SHOP = Party("Lyon Presqu'île", "8 rue de Brest\n69002 Lyon", "04 65 71 08 20",
             "lyon@maison-cuisine.example")
STOCK = {"code": "site_stock", "site": "Entrepôt Orléans", "handling_days": 1,
         "transfer_days": 2, "to_site": "Lyon Presqu'île"}
INCOMING = {"code": "incoming_po", "po": "PO-000008", "expected": "2026-11-30",
            "site": "Entrepôt Orléans", "overdue": False, "handling_days": 1,
            "transfer_days": 2, "to_site": "Lyon Presqu'île"}
CATALOG = {"code": "catalog", "supplier": "Cuisinox SAS", "order_date": "2026-11-30",
           "lead_days": 5, "arrival": "2026-12-07", "site": "Lyon Presqu'île",
           "handling_days": 0}


def text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def item(sku, description, qty, promise, *sources, status="allocated"):
    return PromiseItem(sku, description, qty, status, promise, tuple(sources))


def promise_document(**changes) -> PromiseDocument:
    fields = dict(
        order="SO-000042", order_date=D(2026, 11, 26), status="open", mode="pickup",
        company=COMPANY, shop=SHOP, shop_opening_days="mon,tue,wed,thu,fri,sat",
        customer="Zoé Lefèvre-Brûlé", customer_contact="06 39 98 45 99, zoe@example.org",
        delivery_address="",
        items=(item("MUG", "Mug grès « Provence » 30 cl – crème", 2, D(2026, 12, 1),
                    PromiseSource(2, STOCK, D(2026, 12, 1), "held")),
               item("POT", "Cocotte fonte émaillée 24 cm", 1, D(2026, 12, 3),
                    PromiseSource(1, INCOMING, D(2026, 12, 3), "held")),
               item("TEA", "Théière fonte 0,8 L", 3, D(2026, 12, 7),
                    PromiseSource(1, STOCK, D(2026, 12, 1), "held"),
                    PromiseSource(2, CATALOG, D(2026, 12, 7), "held"))),
        promise_date=D(2026, 12, 7))
    fields.update(changes)
    return PromiseDocument(**fields)


# --- words -------------------------------------------------------------------------------

def _every_reason() -> list[dict]:
    """One reason per code and branch of explain(), so that each of its sentences is used."""
    route = {"handling_days": 1, "transfer_days": 2, "to_site": "B", "delivery_days": 2}
    return [{"code": "take_away", "site": "A"},
            {"code": "site_stock", "site": "A", **route},
            {"code": "in_transit", "site": "A", "transfer": "TR-1", "expected": "2026-12-01",
             **route},
            {**INCOMING, "overdue": True, **route},
            {**CATALOG, **route},
            {"code": "po_received", "po": "PO-1", "received": "2026-11-26", "site": "A",
             "transfer": "TR-2", "to_site": "B", **route}]


def test_every_sentence_of_explain_has_its_french():
    used: set[str] = set()
    counted: set[str] = set()

    def recording(text: str) -> str:
        used.add(text)
        return text

    def recording_count(text: str, disambiguation, n: int) -> str:
        counted.add(text)
        return text.replace("%n", str(n))

    for reason in _every_reason():
        explain(reason, recording, trn=recording_count)
    assert len(used) >= 7 and len(counted) >= 4
    assert used <= set(FRENCH), sorted(used - set(FRENCH))
    assert counted <= set(FRENCH_COUNTS), sorted(counted - set(FRENCH_COUNTS))
    for english, french in FRENCH.items():  # the same placeholders on both sides
        assert sorted(_fields(english)) == sorted(_fields(french)), english
    for english, forms in FRENCH_COUNTS.items():
        for french in forms:
            assert sorted(_fields(english)) == sorted(_fields(french)), english
            assert "%n" in french and "(s)" not in french, french


def test_counts_are_singular_or_plural_in_both_languages():
    one = {**CATALOG, "lead_days": 1, "delivery_days": 1}
    two = {**CATALOG, "lead_days": 2, "delivery_days": 2}
    assert "1 business day lead time" in explanation(one, "en")
    assert "2 business days lead time" in explanation(two, "en")
    assert "délai de 1 jour ouvré" in explanation(one, "fr")
    assert "délai de 2 jours ouvrés" in explanation(two, "fr")
    assert "1 jour de livraison" in explanation(one, "fr")
    assert "2 jours de livraison" in explanation(two, "fr")
    assert "(s)" not in explanation(two, "fr") + explanation(one, "en")


def _fields(template: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def test_explanations_are_written_wholly_in_the_documents_language():
    assert explanation(INCOMING, "en") == (
        "On its way from the supplier (PO-000008, expected November 30, 2026 at Entrepôt "
        "Orléans), 1 handling day at Entrepôt Orléans, 2 transfer days to Lyon Presqu'île")
    assert explanation(INCOMING, "fr") == (
        "En route depuis le fournisseur (PO-000008, attendu le 30 novembre 2026 à Entrepôt "
        "Orléans), 1 jour de préparation à Entrepôt Orléans, 2 jours de transfert vers "
        "Lyon Presqu'île")
    assert explanation(CATALOG, "fr").startswith(
        "Commandé à Cuisinox SAS le 30 novembre 2026, délai de 5 jours ouvrés, arrivée à "
        "Lyon Presqu'île le 7 décembre 2026")


def test_where_it_comes_from_in_plain_words():
    cases = [(STOCK, "held", D(2026, 12, 1), "In stock", "En stock"),
             (INCOMING, "held", D(2026, 12, 3), "On its way from the supplier",
              "En route depuis le fournisseur"),
             (CATALOG, "held", D(2026, 12, 7), "Ordered from the supplier",
              "Commandé au fournisseur"),
             ({"code": "po_received", "po": "PO-1", "received": "2026-11-26", "site": "A"},
              "held", D(2026, 11, 27), "In stock", "En stock"),
             (INCOMING, "unsupplied", None, "Looking for a new supply",
              "Réapprovisionnement en cours")]
    for reason, status, day, english, french in cases:
        source = PromiseSource(1, reason, day, status)
        assert (source_label(source, "en"), source_label(source, "fr")) == (english, french)


def test_each_item_row_has_its_sources_and_its_date_under_its_weekday():
    rows = item_rows(promise_document(), "en")
    assert rows[0][:2] == ["2", ("Mug grès « Provence » 30 cl – crème", "MUG")]
    assert rows[0][2] == [("In stock", "In stock at Entrepôt Orléans, 1 handling day at "
                                       "Entrepôt Orléans, 2 transfer days to Lyon Presqu'île")]
    assert rows[0][3] == "Tuesday\nDecember 1, 2026"
    assert [label for label, _ in rows[2][2]] == ["1 × In stock", "2 × Ordered from the supplier"]
    french = item_rows(promise_document(), "fr")
    assert french[2][3] == "Lundi\n7 décembre 2026"


def test_finished_cancelled_and_unsupplied_items_say_so():
    doc = promise_document(items=(
        item("A", "A", 1, D(2026, 11, 26), PromiseSource(1, STOCK, D(2026, 11, 26), "done"),
             status="collected"),
        item("B", "B", 1, None, PromiseSource(1, INCOMING, None, "unsupplied")),
        item("C", "C", 1, D(2026, 12, 1), PromiseSource(1, STOCK, D(2026, 12, 1), "held"),
             status="cancelled"),
        item("E", "E", 1, D(2026, 12, 1), PromiseSource(1, STOCK, D(2026, 12, 1), "held"),
             status="ready")))
    rows = item_rows(doc, "fr")
    assert rows[0][2] == [("Retiré", "")]
    assert rows[1][2] == [("Réapprovisionnement en cours", "")] and rows[1][3] == "à confirmer"
    assert rows[2][2] == [("Annulé", "")] and rows[2][3] == ""
    assert [label for label, _ in rows[3][2]] == ["Prêt", "En stock"]


def test_the_whole_orders_sentence_follows_the_mode_and_the_date():
    doc = promise_document()
    assert whole_order_sentence(doc, "en") == \
        "Your whole order will be ready to collect on Monday, December 7, 2026."
    assert whole_order_sentence(promise_document(mode="delivery"), "fr") == \
        "Votre commande complète sera livrée le lundi 7 décembre 2026."
    assert whole_order_sentence(promise_document(promise_date=None), "en").startswith(
        "We will confirm the date")
    assert whole_order_sentence(promise_document(status="cancelled"), "fr") == \
        "Cette commande a été annulée."


def test_the_shops_own_conditions_replace_the_default():
    assert "collect" in conditions_text(promise_document(), "en")
    assert "retirer" not in conditions_text(promise_document(mode="delivery"), "fr")
    own = "Acompte de 30 € à la commande ; solde au retrait."
    assert conditions_text(promise_document(conditions=own), "en") == own


# --- the PDF ------------------------------------------------------------------------------

def test_the_english_pdf_tells_the_customer_what_comes_from_where_and_when():
    page = text(render(promise_document(), "en"))
    for expected in ("Delivery promise", "Order SO-000042", "November 26, 2026",
                     "Maison & Cuisine", "Lyon Presqu'île", "8 rue de Brest", "04 65 71 08 20",
                     "lyon@maison-cuisine.example", "Open Monday to Saturday",
                     "Zoé Lefèvre-Brûlé", "06 39 98 45 99", "zoe@example.org", "PICK-UP AT",
                     "Your whole order will be ready to collect on Monday, December 7, 2026.",
                     "Mug grès « Provence » 30 cl – crème", "In stock",
                     "On its way from the supplier", "Ordered from the supplier",
                     "expected November 30, 2026", "Tuesday December 1, 2026",
                     "Thursday December 3, 2026", "Conditions".upper(), "page 1 of 1",
                     "SIREN 814672531"):
        assert expected in page, expected


def test_the_french_pdf_and_its_accents_and_euro_sign():
    own = "Acompte de 30 € à la commande ; l'article « Théière » est garanti 2 ans."
    page = text(render(promise_document(conditions=own), "fr"))
    for expected in ("Promesse de livraison", "Commande SO-000042", "26 novembre 2026",
                     "Ouvert du lundi au samedi", "Zoé Lefèvre-Brûlé", "RETRAIT À",
                     "Votre commande complète sera prête à retirer le lundi 7 décembre 2026.",
                     "En stock", "En route depuis le fournisseur", "Commandé au fournisseur",
                     "attendu le 30 novembre 2026", "Mardi 1er décembre 2026", own,
                     "page 1 sur 1", "N° TVA FR76814672531"):
        assert expected in page, expected


def test_a_delivery_shows_the_customers_address():
    page = text(render(promise_document(mode="delivery",
                                        delivery_address="18 montée de la Grande-Côte\n"
                                                         "69001 Lyon"), "en"))
    assert "DELIVERY TO Zoé Lefèvre-Brûlé 18 montée de la Grande-Côte 69001 Lyon" in page
    assert "will be delivered on Monday, December 7, 2026" in page


def test_a_long_order_runs_over_pages_with_the_header_repeated():
    many = tuple(item(f"SKU{n}", f"Article numéro {n}", 1, D(2026, 12, 3),
                      PromiseSource(1, INCOMING, D(2026, 12, 3), "held")) for n in range(60))
    reader = PdfReader(io.BytesIO(render(promise_document(items=many), "en", "Letter")))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page and "Where it comes from" in page
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]


def test_an_unknown_language_is_refused():
    with pytest.raises(InvalidInput):
        render(promise_document(), "es")


def test_money_dates_and_days_the_way_each_language_writes_them():
    assert format_money("1234.5", "en") == "€1,234.50"
    assert format_money("1234.5", "fr") == "1\u202f234,50\u00a0€"
    assert format_money("-0.005", "fr") == "-0,01\u00a0€"  # half up, away from zero
    assert format_date(D(2026, 11, 26), "fr") == "26 novembre 2026"
    assert format_date(D(2026, 11, 26), "en") == "November 26, 2026"
    assert format_date(D(2026, 12, 1), "fr", weekday=True) == "mardi 1er décembre 2026"
    assert format_weekdays("mon,thu", "fr") == "lundi et jeudi"
    assert format_weekdays("mon,tue,wed,fri", "en") == "Monday to Wednesday and Friday"
