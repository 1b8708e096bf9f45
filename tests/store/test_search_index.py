"""The search box: words of names, SKUs, EANs and references, as typed, over the index."""

from __future__ import annotations

import pytest

from oms_desktop.services import products
from oms_desktop.services.search import search_products
from oms_desktop.store import migrations, search_index
from oms_desktop.store.models import CatalogOfferRow, ProductRow, SupplierRow


@pytest.fixture
def shop(db, fill_search_shop):
    return fill_search_shop(db)


def skus(db, text, **kw) -> list[str]:
    return [hit.sku for hit in search_products(db, text, **kw)]


def test_accents_and_case_do_not_matter(shop):
    assert skus(shop, "eleve") == ["BOOK-1"]
    assert skus(shop, "ÉLÈVE") == ["BOOK-1"]
    assert set(skus(shop, "THE fonte")) == {"TEA-01", "TEA-02"}


def test_every_word_is_a_prefix_and_all_are_needed(shop):
    assert set(skus(shop, "thei")) == {"TEA-01", "TEA-02"}
    assert skus(shop, "thé rou") == ["TEA-02"]
    assert skus(shop, "fonte noire rouge") == []


def test_own_products_come_before_catalog_offers(shop):
    hits = search_products(shop, "théière")
    assert [h.stocked for h in hits] == [True, False]


def test_an_offer_of_an_own_products_sku_is_shown_once(shop):
    assert skus(shop, "mug blanc") == ["MUG"]


def test_unavailable_offers_are_not_listed_by_words(shop):
    assert "OLD-1" not in skus(shop, "théière")


def test_an_exact_ean_or_reference_comes_first(shop):
    hits = search_products(shop, "5901234123457")
    assert [(h.sku, h.exact) for h in hits] == [("TEA-02", True)]
    hit = search_products(shop, "AC-779")[0]
    assert (hit.sku, hit.exact, hit.supplier_ref) == ("BOWL-2", True, "AC-779")
    assert search_products(shop, "4006381333931")[0].sku == "TEA-01"


def test_an_ean_or_a_reference_is_found_from_its_first_digits(shop):
    assert skus(shop, "590123") == ["TEA-02"]
    assert skus(shop, "ac 778") == ["TEA-02"]


@pytest.mark.parametrize("text", ['"bol', "bol)", "(bol", "bol AND", "NEAR(bol", "bol*",
                                  "^bol", "bol -", 'bol"', "bol: grand", "grand (bol)",
                                  "bol AND NEAR", "{bol}", "bol + grand"])
def test_search_syntax_typed_by_staff_is_taken_as_plain_text(shop, text):
    assert skus(shop, text) == ["BOWL-2"]


@pytest.mark.parametrize("text", ['""', "'", "-", "*", ":", "()", "bol OR", "NOT bol",
                                  "words:bol", "NEAR(a b, 2)"])
def test_odd_input_finds_nothing_quietly(shop, text):
    assert skus(shop, text) == []


def test_words_that_are_search_operators_are_searched_as_words(shop):
    assert skus(shop, "and near") == ["BOWL-2"]


def test_the_index_follows_new_and_renamed_products(shop):
    products.add_product(shop, "PAN-1", "Poêle inox", "29.00", ean="3017620422003")
    assert skus(shop, "poele") == ["PAN-1"]
    products.update_product(shop, "PAN-1", name="Sauteuse inox")
    assert skus(shop, "poele") == []
    assert skus(shop, "sauteuse") == ["PAN-1"]
    products.update_product(shop, "PAN-1", ean="4006381333948")
    assert skus(shop, "3017620") == []
    assert set(skus(shop, "40063813339")) == {"TEA-01", "PAN-1"}


def test_reindexing_a_supplier_follows_its_changed_offers(shop):
    supplier = SupplierRow.get(code="ACME")
    CatalogOfferRow.update(description="Cocotte fonte").where(
        CatalogOfferRow.supplier_ref == "AC-778").execute()
    CatalogOfferRow.update(available=True).where(
        CatalogOfferRow.supplier_ref == "AC-781").execute()
    search_index.index_offers_of_supplier(shop, supplier.id)
    assert skus(shop, "cocotte") == ["TEA-02"]
    assert skus(shop, "rouge") == []
    assert "OLD-1" in skus(shop, "ancienne")


def test_one_offer_is_reindexed_on_its_own(shop):
    offer = CatalogOfferRow.get(CatalogOfferRow.supplier_ref == "AC-779")
    offer.description = "Saladier"
    offer.save()
    search_index.index_offer(shop, offer.id)
    assert skus(shop, "saladier") == ["BOWL-2"]
    assert skus(shop, "bol") == []


def test_pages_follow_each_other_without_repeats(shop):
    for n in range(30):
        products.add_product(shop, f"PLATE-{n:02d}", f"Assiette blanche {n}", "5.00")
    first = skus(shop, "assiette", limit=20)
    second = skus(shop, "assiette", limit=20, offset=20)
    assert len(first) == 20 and len(second) == 10
    assert not set(first) & set(second)


def test_many_matches_are_ranked_then_listed_in_full(shop, monkeypatch):
    monkeypatch.setattr(search_index, "CANDIDATES", 5)
    monkeypatch.setattr(search_index, "_CHUNK", 3)
    for n in range(12):
        products.add_product(shop, f"PLATE-{n:02d}", f"Assiette {n}", "5.00")
    assert len(set(skus(shop, "assiette", limit=50))) == 12


def test_an_exact_reference_comes_first_then_its_other_word_matches(shop):
    supplier = SupplierRow.get(code="ACME")
    for ref in ("ZZ-100", "ZZ-100-B", "ZZ-100-C"):
        CatalogOfferRow.create(supplier=supplier, supplier_ref=ref, sku=f"S{ref}",
                               description="Vis", cost_cents=5)
    search_index.index_offers_of_supplier(shop, supplier.id)
    assert skus(shop, "ZZ-100")[0] == "SZZ-100"
    assert sorted(skus(shop, "ZZ-100")) == ["SZZ-100", "SZZ-100-B", "SZZ-100-C"]
    assert skus(shop, "ZZ-100-B") == ["SZZ-100-B"]


def test_an_existing_file_gets_its_index_built_on_upgrade(tmp_path, monkeypatch):
    from oms_desktop.store.database import close, open_database

    path = tmp_path / "oms.sqlite3"
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:1])
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 1)
    db = open_database(path)
    ProductRow.create(sku="BOOK-1", name="Le petit élève", price_cents=1200)
    close(db)
    monkeypatch.undo()
    db = open_database(path)
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    assert skus(db, "eleve") == ["BOOK-1"]
    close(db)
