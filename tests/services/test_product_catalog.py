"""The unified catalog a page at a time: our products, then what only suppliers offer, with
the stock figures of every row read for the whole page at once."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from playhouse.test_utils import count_queries

from oms_desktop.domain.errors import InvalidInput, NotFound
from oms_desktop.services import ordering, products, purchasing, stock
from oms_desktop.services.ordering import OrderRequest
from oms_desktop.services.product_catalog import (
    CatalogFilter,
    first_page,
    product_detail,
    product_keys,
    product_page,
    product_rows,
)
from oms_desktop.store.models import CatalogOfferRow, ProductRow, SupplierRow


def skus(page) -> list[str]:
    return [row.sku for row in page.rows]


def test_our_products_come_first_then_the_items_only_suppliers_offer(retailer):
    page = product_page(retailer, CatalogFilter(), 0, 50)
    assert skus(page) == ["BOWL", "MUG", "TEAPOT"]  # Bowl, Mug by name; then the catalog
    assert page.total == 3
    assert product_keys(retailer, CatalogFilter()) == skus(page)


def test_a_row_carries_its_stock_per_site_and_its_totals(retailer):
    stock.adjust_stock(retailer, "PAR", "MUG", 2, "found goods")
    mug = product_rows(retailer, ["MUG"])[0]
    assert (mug.stocked, mug.active, mug.price, mug.ean) == (True, True, Decimal("12.90"),
                                                             "4006381333931")
    assert {code: figures.on_hand for code, figures in mug.sites.items()} == {"WH": 5, "PAR": 2}
    assert (mug.on_hand, mug.reserved, mug.available, mug.incoming) == (7, 0, 7, 0)
    assert mug.at("LYO").on_hand == 0


def test_reservations_lower_what_is_available(retailer, today):
    ordering.place_order(retailer, OrderRequest("PAR", [("MUG", 2)], mode="delivery",
                                                delivery_address="1 rue Neuve, Paris"), today)
    mug = product_rows(retailer, ["MUG"])[0]
    assert (mug.on_hand, mug.reserved, mug.available) == (5, 2, 3)


def test_a_catalog_item_shows_its_cheapest_offer_and_the_price_it_would_sell_at(retailer):
    CatalogOfferRow.create(supplier=SupplierRow.get(code="ACME"), supplier_ref="ACME-TP2",
                           sku="TEAPOT", description="Teapot, big", cost_cents=950)
    teapot = product_rows(retailer, ["TEAPOT"])[0]
    assert (teapot.stocked, teapot.name, teapot.ean) == (False, "Teapot", "5901234123457")
    assert (teapot.supplier, teapot.cost, teapot.offers) == ("ACME", Decimal("8.00"), 2)
    assert teapot.price == Decimal("16.00")  # cost x the catalog markup (2.0)
    assert (teapot.on_hand, teapot.available, teapot.sites) == (0, 0, {})


def test_free_quantities_on_confirmed_purchase_orders_are_incoming(retailer, today):
    po = purchasing.create_po(retailer, "ACME", "WH", today + datetime.timedelta(days=7),
                              [("BOWL", 10, "4.00")], today=today)
    assert product_rows(retailer, ["BOWL"])[0].incoming == 0  # a draft sells nothing
    purchasing.confirm_po(retailer, po.po, today)
    assert product_rows(retailer, ["BOWL"])[0].incoming == 10
    ordering.place_order(retailer, OrderRequest("PAR", [("BOWL", 4)], mode="pickup"), today)
    assert product_rows(retailer, ["BOWL"])[0].incoming == 6


@pytest.mark.parametrize("show, expected", [
    ("all", ["BOWL", "MUG", "TEAPOT"]),
    ("own", ["BOWL", "MUG"]),
    ("catalog", ["TEAPOT"]),
    ("out", ["BOWL"]),
    ("low", []),
])
def test_the_filters(retailer, show, expected):
    assert skus(product_page(retailer, CatalogFilter(show=show), 0, 50)) == expected


def test_low_stock_is_one_to_three_units_free(retailer):
    stock.adjust_stock(retailer, "WH", "MUG", -3, "stock count")
    assert skus(product_page(retailer, CatalogFilter(show="low"), 0, 50)) == ["MUG"]
    assert skus(product_page(retailer, CatalogFilter(show="low", low_stock=1), 0, 50)) == []


def test_a_product_no_longer_sold_is_listed_but_not_as_out_of_stock(retailer):
    products.update_product(retailer, "BOWL", active=False)
    assert skus(product_page(retailer, CatalogFilter(show="out"), 0, 50)) == []
    bowl = product_page(retailer, CatalogFilter(show="own"), 0, 50).rows[0]
    assert (bowl.sku, bowl.active) == ("BOWL", False)


@pytest.mark.parametrize("text, expected", [
    ("mug", ["MUG"]),
    ("4006381333931", ["MUG"]),
    ("ACME-TP1", ["TEAPOT"]),
    ("tea", ["TEAPOT"]),
    ("o", ["BOWL", "TEAPOT"]),
    ("bowl mug", []),
])
def test_the_text_filter_matches_every_word(retailer, text, expected):
    page = product_page(retailer, CatalogFilter(text=text), 0, 50)
    assert (skus(page), page.total) == (expected, len(expected))


@pytest.mark.parametrize("sort, descending, expected", [
    ("sku", False, ["BOWL", "MUG", "TEAPOT"]),
    ("sku", True, ["MUG", "BOWL", "TEAPOT"]),  # our products first in either order
    ("available", True, ["MUG", "BOWL", "TEAPOT"]),
    ("price", False, ["BOWL", "MUG", "TEAPOT"]),
    ("name", True, ["MUG", "BOWL", "TEAPOT"]),
])
def test_the_database_sorts(retailer, sort, descending, expected):
    flt = CatalogFilter(sort=sort, descending=descending)
    assert skus(product_page(retailer, flt, 0, 50)) == expected
    assert product_keys(retailer, flt) == expected


def test_a_window_may_span_both_parts_of_the_list(retailer):
    page = product_page(retailer, CatalogFilter(), 1, 2)
    assert (skus(page), page.total) == (["MUG", "TEAPOT"], 3)
    assert skus(product_page(retailer, CatalogFilter(), 2, 5)) == ["TEAPOT"]
    assert product_page(retailer, CatalogFilter(), 3, 5).rows == []
    assert product_page(retailer, CatalogFilter(), 0, 1, count=False).total is None


def test_the_first_page_counts_only_our_products_when_it_lies_within_them(retailer):
    page = first_page(retailer, CatalogFilter(), 1)
    assert (skus(page), page.total, page.complete) == (["BOWL"], 2, False)
    page = first_page(retailer, CatalogFilter(), 50)
    assert (skus(page), page.total, page.complete) == (["BOWL", "MUG", "TEAPOT"], 3, True)


def test_rows_keep_the_order_asked_and_leave_out_unknown_skus(retailer):
    assert [r.sku for r in product_rows(retailer, ["TEAPOT", "NOPE", "MUG"])] == ["TEAPOT",
                                                                                  "MUG"]


def test_a_page_costs_the_same_statements_whatever_its_size(retailer):
    ProductRow.insert_many([{"sku": f"X{i:03d}", "name": f"Extra {i}", "price_cents": 100}
                            for i in range(60)]).execute()
    keys = product_keys(retailer, CatalogFilter())
    with count_queries() as small:
        product_rows(retailer, keys[:3])
    with count_queries() as large:
        product_rows(retailer, keys[:60])
    assert small.count == large.count <= 4


def test_out_of_range_requests_are_refused(retailer):
    with pytest.raises(InvalidInput):
        product_page(retailer, CatalogFilter(show="everything"), 0, 10)
    with pytest.raises(InvalidInput):
        product_page(retailer, CatalogFilter(sort="colour"), 0, 10)
    with pytest.raises(InvalidInput):
        product_page(retailer, CatalogFilter(), -1, 10)


def test_the_detail_of_a_product(retailer):
    stock.adjust_stock(retailer, "PAR", "MUG", 2, "found goods")
    detail = product_detail(retailer, "MUG")
    assert (detail.name, detail.product.price, detail.product.vat) == ("Mug", "12.90", "20")
    assert {s.site: s.on_hand for s in detail.picture.sites} == {"WH": 5, "PAR": 2, "LYO": 0}
    assert [(e.site, e.delta, e.reason) for e in detail.ledger] == [
        ("PAR", 2, "found goods"), ("WH", 5, "opening stock")]
    assert detail.offers == []


def test_the_detail_of_a_catalog_item(retailer):
    detail = product_detail(retailer, "TEAPOT")
    assert (detail.product, detail.name, detail.ledger) == (None, "Teapot", [])
    assert [(o.supplier, o.supplier_ref, o.cost, o.pack_size, o.lead_days)
            for o in detail.offers] == [("ACME", "ACME-TP1", Decimal("8.00"), 6, 5)]
    with pytest.raises(NotFound):
        product_detail(retailer, "NOPE")
