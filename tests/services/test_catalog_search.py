"""The Products list's search: the Sell screen's search over our products and every offer,
kept as the list's "show" buttons ask, with the rows of its first page."""

from __future__ import annotations

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.services import products, stock
from oms_desktop.services.search import find_in_catalog
from oms_desktop.store import search_index
from oms_desktop.store.models import CatalogOfferRow, SupplierRow


@pytest.fixture
def shop(retailer):
    """The retailer's mug (5 at the warehouse), bowl (none) and teapot (ACME's catalog),
    plus a stocked théière, a withdrawn offer and a product no longer sold."""
    db = retailer
    products.add_product(db, "TH-1", "Théière fonte", "39.00")
    stock.adjust_stock(db, "WH", "TH-1", 2, "opening stock")
    products.add_product(db, "TH-OLD", "Théière ancienne", "20.00")
    products.update_product(db, "TH-OLD", active=False)
    acme = SupplierRow.get(code="ACME")
    CatalogOfferRow.create(supplier=acme, supplier_ref="ACME-TH9", sku="TH-9",
                           description="Théière verre", cost_cents=900)
    CatalogOfferRow.create(supplier=acme, supplier_ref="ACME-GONE", sku="GONE-1",
                           description="Théière retirée", cost_cents=900, available=False)
    search_index.index_offers_of_supplier(db, acme.id)
    return db


def skus(db, text, show="all", **kw) -> list[str]:
    return find_in_catalog(db, text, show, **kw).skus


def test_words_find_products_then_offers_accents_and_case_aside(shop):
    assert skus(shop, "theiere") == ["TH-1", "TH-OLD", "TH-9"]
    assert skus(shop, "TEAP") == ["TEAPOT"]
    found = find_in_catalog(shop, "theiere", first=2)
    assert [row.sku for row in found.rows] == ["TH-1", "TH-OLD"]
    assert found.rows[0].stocked and found.rows[0].on_hand == 2 and not found.more


def test_the_show_buttons_keep_what_they_say(shop):
    assert skus(shop, "theiere", "own") == ["TH-1", "TH-OLD"]
    assert skus(shop, "theiere", "catalog") == ["TH-9"]
    assert skus(shop, "theiere", "low") == ["TH-1"]  # 2 free: low, still sold
    assert skus(shop, "theiere", "low", low_stock=1) == []
    assert skus(shop, "bowl", "out") == ["BOWL"]
    assert skus(shop, "mug", "out") == []
    assert skus(shop, "th", "out") == []  # TH-OLD is no longer sold


def test_an_exact_code_comes_first_and_a_withdrawn_offer_is_not_listed(shop):
    assert skus(shop, "4006381333931") == ["MUG"]
    assert skus(shop, "ACME-TH9") == ["TH-9"]
    assert skus(shop, "GONE-1") == []


def test_a_long_list_stops_at_its_limit_and_says_there_is_more(shop):
    found = find_in_catalog(shop, "theiere", limit=2)
    assert found.skus == ["TH-1", "TH-OLD"] and found.more
    with pytest.raises(InvalidInput):
        find_in_catalog(shop, "x", "everything")
