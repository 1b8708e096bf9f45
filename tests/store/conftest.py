"""What the store's search tests share."""

from __future__ import annotations

import pytest


@pytest.fixture
def fill_search_shop():
    """Fills a database with the search tests' shop: three products (one with an EAN, one
    with accents) and a supplier whose four offers include odd words and a withdrawn one."""
    from oms_desktop.services import products, suppliers
    from oms_desktop.store import search_index
    from oms_desktop.store.models import CatalogOfferRow, SupplierRow

    def fill(db):
        products.add_product(db, "TEA-01", "Théière fonte noire", "39.90", ean="4006381333931")
        products.add_product(db, "BOOK-1", "Le petit élève", "12.00")
        products.add_product(db, "MUG", "Mug blanc", "6.50")
        suppliers.add_supplier(db, "ACME", "Acme", 5)
        supplier = SupplierRow.get(code="ACME")
        for ref, sku, ean, name, available in (
                ("AC-778", "TEA-02", "5901234123457", "Théière fonte rouge", True),
                ("AC-779", "BOWL-2", None, "Bol blanc (grand) \"AND\" NEAR", True),
                ("AC-780", "MUG", None, "Mug blanc", True),
                ("AC-781", "OLD-1", None, "Théière ancienne", False)):
            CatalogOfferRow.create(supplier=supplier, supplier_ref=ref, sku=sku, ean=ean,
                                   description=name, cost_cents=500, available=available)
        search_index.index_offers_of_supplier(db, supplier.id)
        return db

    return fill
