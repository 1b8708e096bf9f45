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

from ..domain.errors import InvalidInput
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


MAX_HITS = 1000  # hits a list pages through; beyond, more words narrow the search


@dataclass(frozen=True)
class HitPage:
    rows: list[ProductHit]
    before: int | None  # the hits before these start at 0 and end here (None: none)
    after: int | None  # where the next page starts (None: nothing after)


def search_page(db: Database, text: str, cursor: int | None = None, *, limit: int = 30,
                backward: bool = False) -> HitPage:
    """One page of `search_products` for a list that scrolls: the hits after `cursor`
    (from the first when None), or with `backward` the hits just before it, up to
    MAX_HITS in all (a few milliseconds a page on a million offers)."""
    start = cursor or 0
    if backward:
        start, limit = max(0, start - limit), min(limit, start)
    limit = max(0, min(limit, MAX_HITS - start))
    hits = search_products(db, text, limit, start) if limit else []
    after = start + len(hits) if hits and len(hits) == limit and start + limit < MAX_HITS \
        else None
    if backward:
        after = cursor
    return HitPage(hits, start or None, after)


# ---------------------------------------------------------------- the Products list

LISTED = 2_000  # hits the Products list holds for a search; beyond, "2,000+ items"


@dataclass(frozen=True)
class CatalogHits:
    skus: list[str]  # every SKU found, in the search's order
    rows: list  # the first page's rows (product_catalog.CatalogRow)
    more: bool  # more was found than `limit`


def find_in_catalog(db: Database, text: str, show: str = "all", *, first: int = 100,
                    low_stock: int | None = None, limit: int = LISTED) -> CatalogHits:
    """What the search box finds, as the Products & stock list shows it: exact codes,
    then our products, then the items only suppliers offer, by relevance (the same search
    as the Sell screen: words are prefixes, accents and case aside), kept as `show` asks
    (all, own, catalog, out or low, as product_catalog.CatalogFilter), with the rows of
    the first `first` of them (2,000 hits among a million offers: ~50 ms)."""
    from .product_catalog import LOW_STOCK, SHOWS, CatalogFilter, product_rows, shown_among

    if show not in SHOWS:
        raise InvalidInput("show", "'{value}' is not one of {allowed}",
                           value=show, allowed=", ".join(SHOWS))
    found = search_index.search_hits(db, str(text or "").strip(), limit + 1)
    more = len(found) > limit
    skus = [sku for _, _, sku in found[:limit]]
    shown = shown_among(db, CatalogFilter(show=show, low_stock=LOW_STOCK if low_stock is None
                                          else low_stock), skus)
    skus = [sku for sku in skus if sku in shown]
    return CatalogHits(skus, product_rows(db, skus[:first]), more)
