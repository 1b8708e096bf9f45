"""Finding a product as staff type or scan: own products and every supplier offer.

A scanned EAN or a typed SKU or supplier reference is matched exactly first (what a barcode
scanner sends); otherwise every word typed must begin a word of the name, SKU, EAN or
reference, through the full-text index of store/search_index.py (a million offers answer
in milliseconds).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import Database, fn

from ..domain.values import cents_to_decimal
from ..store import search_index
from ..store.models import CatalogOfferRow, ProductRow, StockRow, SupplierRow


@dataclass(frozen=True)
class ProductHit:
    sku: str
    name: str
    ean: str | None
    price: Decimal | None  # selling price incl. VAT; None for a catalog offer not yet priced
    stocked: bool  # one of our products (else only in a supplier's catalog)
    available: int  # free units across sites
    supplier: str | None = None  # for a catalog-only hit
    supplier_ref: str | None = None
    exact: bool = False


def _product_hits(ids: list[int], text: str) -> dict[int, ProductHit]:
    rows = list(ProductRow.select().where(ProductRow.id.in_(ids))) if ids else []
    free = dict(StockRow.select(StockRow.product, fn.SUM(StockRow.on_hand - StockRow.reserved))
                .where(StockRow.product.in_(ids)).group_by(StockRow.product).tuples()) if ids \
        else {}
    return {r.id: ProductHit(r.sku, r.name, r.ean, cents_to_decimal(r.price_cents), True,
                             int(free.get(r.id) or 0), exact=text in (r.sku, r.ean))
            for r in rows}


def _offer_hits(ids: list[int], text: str) -> dict[int, ProductHit]:
    rows = (CatalogOfferRow.select(CatalogOfferRow, SupplierRow).join(SupplierRow)
            .where(CatalogOfferRow.id.in_(ids))) if ids else []
    return {o.id: ProductHit(o.sku, o.description, o.ean,
                             cents_to_decimal(o.retail_price_cents) if o.retail_price_cents
                             else None, False, 0, o.supplier.code, o.supplier_ref,
                             text in (o.sku, o.ean, o.supplier_ref)) for o in rows}


def search_products(db: Database, text: str, limit: int = 30, offset: int = 0
                    ) -> list[ProductHit]:
    """Exact SKU/EAN/reference matches first, then products, then catalog offers whose
    name, SKU, EAN or reference hold words starting with every word typed (case and
    accents aside: "eleve" finds "élève"), the most relevant first; one hit per SKU.
    `offset` skips that many hits (the next page)."""
    text = str(text or "").strip()
    found = search_index.search(db, text, limit, offset)
    products = _product_hits([key for kind, key in found if kind == search_index.PRODUCT], text)
    offers = _offer_hits([key for kind, key in found if kind == search_index.OFFER], text)
    hits = ((products if kind == search_index.PRODUCT else offers).get(key)
            for kind, key in found)
    return [hit for hit in hits if hit is not None]
