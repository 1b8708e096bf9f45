"""Finding a product as staff type or scan: own products and every supplier offer.

A scanned EAN or a typed SKU or supplier reference is matched exactly first (what a barcode
scanner sends); otherwise every word must appear in the name, SKU, EAN or reference.
(Very large catalogs get a full-text index in a later version; this serves thousands.)
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import Database, fn

from ..domain.values import cents_to_decimal
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


def _product_hits(rows, exact: bool) -> list[ProductHit]:
    ids = [r.id for r in rows]
    free = dict(StockRow.select(StockRow.product, fn.SUM(StockRow.on_hand - StockRow.reserved))
                .where(StockRow.product.in_(ids)).group_by(StockRow.product).tuples()) if ids \
        else {}
    return [ProductHit(r.sku, r.name, r.ean, cents_to_decimal(r.price_cents), True,
                       int(free.get(r.id) or 0), exact=exact) for r in rows]


def _offer_hits(rows, exact: bool) -> list[ProductHit]:
    return [ProductHit(o.sku, o.description, o.ean,
                       cents_to_decimal(o.retail_price_cents) if o.retail_price_cents else None,
                       False, 0, o.supplier.code, o.supplier_ref, exact) for o in rows]


def search_products(db: Database, text: str, limit: int = 30) -> list[ProductHit]:
    """Exact SKU/EAN/reference matches first, then products, then catalog-only offers whose
    name, SKU, EAN or reference contain every word typed."""
    text = str(text or "").strip()
    if not text:
        return []
    hits: list[ProductHit] = []
    seen: set[str] = set()

    def add(found: list[ProductHit]) -> None:
        for hit in found:
            if hit.sku not in seen and len(hits) < limit:
                seen.add(hit.sku)
                hits.append(hit)

    add(_product_hits(list(ProductRow.select().where(
        (ProductRow.sku == text) | (ProductRow.ean == text)).limit(5)), exact=True))
    offers = (CatalogOfferRow.select(CatalogOfferRow, SupplierRow).join(SupplierRow))
    add(_offer_hits(list(offers.where(
        (CatalogOfferRow.sku == text) | (CatalogOfferRow.ean == text)
        | (CatalogOfferRow.supplier_ref == text)).limit(5)), exact=True))
    words = [w for w in text.lower().split() if w]

    def matching(fields):
        condition = None
        for word in words:
            pattern = f"%{word}%"
            part = None
            for field in fields:
                clause = fn.LOWER(field) ** pattern
                part = clause if part is None else (part | clause)
            condition = part if condition is None else (condition & part)
        return condition

    if len(hits) < limit:
        add(_product_hits(list(ProductRow.select().where(
            matching([ProductRow.name, ProductRow.sku, ProductRow.ean]))
            .order_by(ProductRow.name).limit(limit)), exact=False))
    if len(hits) < limit:
        add(_offer_hits(list(offers.where(
            matching([CatalogOfferRow.description, CatalogOfferRow.sku, CatalogOfferRow.ean,
                      CatalogOfferRow.supplier_ref])
            & CatalogOfferRow.available).order_by(CatalogOfferRow.description)
            .limit(limit * 2)), exact=False))
    return hits
