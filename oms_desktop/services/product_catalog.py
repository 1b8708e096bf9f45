"""The unified catalog: our products and the supplier offers not yet stocked, as one list.

A shop's catalog can hold a hundred thousand items, so the list is read a page at a time.
Our products come first, then the items only suppliers offer, each part sorted by the
database (ORDER BY name, SKU, price or stock; ties by SKU; names in the database's own
collation, byte order on SQLite). `product_page` returns one window of rows and the number
of rows; the figures of a window (stock per site, free quantity on confirmed POs, supplier
offers) cost three statements for the whole window, never one per row. Sorting a long list
without an index costs a scan each time, so a screen that scrolls far asks `product_keys`
once (every SKU in order) and then `product_rows` of any window.

`product_detail` gathers what the screen shows for one item: stock per site, incoming POs,
every supplier offer, and the latest movements of its ledger.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import reduce
from typing import TYPE_CHECKING

from peewee import SQL, Asc, Case, Database, Desc, fn

from ..domain.errors import InvalidInput, NotFound
from ..domain.values import cents_to_decimal
from ..store.models import (
    AllocationRow,
    CatalogOfferRow,
    ProductRow,
    PurchaseLineRow,
    PurchaseOrderRow,
    SiteRow,
    StockRow,
    SupplierRow,
)
from ..store.supply import OPEN_PO_STATUSES
from .configuration import setting
from .products import ProductInfo, product_info

if TYPE_CHECKING:
    from .stock import LedgerEntry, StockPicture

SHOWS = ("all", "own", "catalog", "out", "low")
SORTS = ("name", "sku", "price", "on_hand", "available")
LOW_STOCK = 3  # "low stock": 1 to this many units free across the sites


@dataclass(frozen=True)
class CatalogFilter:
    """What the list shows: `show` is all, own (our products), catalog (offers not stocked
    yet), out (our products with nothing free) or low (1 to `low_stock` free)."""

    show: str = "all"
    text: str = ""
    sort: str = "name"
    descending: bool = False
    low_stock: int = LOW_STOCK

    def with_(self, **changes) -> CatalogFilter:
        return replace(self, **changes)


@dataclass(frozen=True)
class SiteFigures:
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class CatalogRow:
    sku: str
    ean: str | None
    name: str
    price: Decimal | None  # incl. VAT; for a catalog item the price it would sell at
    stocked: bool  # one of our products (else only in suppliers' catalogs)
    active: bool  # still sold (our products can be stopped)
    sites: dict[str, SiteFigures]  # by site code; sites holding nothing are left out
    on_hand: int
    reserved: int
    available: int
    incoming: int  # free to sell on confirmed POs, not yet received
    supplier: str | None  # the cheapest available offer's supplier code
    cost: Decimal | None  # and its unit cost
    offers: int  # how many available offers

    def at(self, site: str) -> SiteFigures:
        return self.sites.get(site, _NOTHING)


_NOTHING = SiteFigures(0, 0)


@dataclass(frozen=True)
class Page:
    rows: list[CatalogRow]
    total: int | None  # rows matching the filter (None when not counted)
    complete: bool = True  # False: `total` counts only the list's first part so far


@dataclass(frozen=True)
class OfferLine:
    supplier: str
    supplier_name: str
    supplier_ref: str
    cost: Decimal
    pack_size: int
    min_order_qty: int
    lead_days: int  # the offer's, else the supplier's
    price: Decimal | None  # the supplier's recommended retail price
    available: bool


@dataclass(frozen=True)
class ProductDetail:
    sku: str
    name: str
    ean: str | None
    product: ProductInfo | None  # None: only in suppliers' catalogs so far
    picture: StockPicture
    offers: list[OfferLine] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)


# ---------------------------------------------------------------- the list, a page at a time

MAX_PAGE = 500


def product_page(db: Database, flt: CatalogFilter, offset: int, limit: int, *,
                 count: bool = True) -> Page:
    """One page of the unified catalog: our products first, then the items only suppliers
    offer, each part in the filter's order (ties by SKU), with the stock figures and the
    best supplier offer of every row; `total` counts every row the filter matches."""
    _check(flt, offset, limit)
    skus, total = _window(db, _parts(flt), offset, limit, count)
    return Page(product_rows(db, skus), total)


def first_page(db: Database, flt: CatalogFilter, limit: int) -> Page:
    """The list's first rows at once: when they all are our products, `total` counts our
    products only (`complete` False) and the items only suppliers offer, which come after
    them, are counted later by `product_keys`. Saves a scan of the catalogs on the way to
    the first paint."""
    _check(flt, 0, limit)
    parts = _parts(flt)
    skus, total = _window(db, parts[:1], 0, limit, True)
    if len(parts) > 1 and len(skus) < limit:  # our products end within the first page
        skus, total = _window(db, parts, 0, limit, True)
    return Page(product_rows(db, skus), total, complete=len(parts) == 1 or len(skus) < limit)


def product_keys(db: Database, flt: CatalogFilter) -> list[str]:
    """Every SKU the filter matches, in the order of `product_page`: one ordering query per
    part of the list. A window over a long list then costs `product_rows` of its SKUs."""
    _check(flt, 0, 1)
    return [sku for ordered, _ in _parts(flt) for sku in _column(db, ordered)]


def shown_among(db: Database, flt: CatalogFilter, skus: list[str]) -> set[str]:
    """Which of `skus` the list shows under `flt`, its text aside (the search's hits kept by
    the same rules as a page of the list)."""
    _check(flt, 0, 1)
    if not skus:
        return set()
    return {sku for ordered, _ in _parts(flt.with_(text="", sort="sku"), among=skus)
            for sku in _column(db, ordered)}


def product_rows(db: Database, skus: list[str]) -> list[CatalogRow]:
    """The rows of `skus`, in that order, in three statements whatever their number: our
    products with their free incoming quantity, their stock per site, and every supplier
    offer of the lot. A SKU that is neither (any more) is left out."""
    if len(skus) > MAX_PAGE:
        return [r for start in range(0, len(skus), MAX_PAGE)
                for r in product_rows(db, skus[start:start + MAX_PAGE])]
    if not skus:
        return []
    P = ProductRow
    own = {row[1]: row for row in P.select(
        P.id, P.sku, P.ean, P.name, P.price_cents, P.active, _incoming_free(P.id))
        .where(P.sku.in_(skus)).tuples()}
    sites = _stock_by_site(db, [row[0] for row in own.values()])
    offers = _offers_of(skus)
    markup = Decimal(str(setting("catalog_markup")))
    rows = []
    for sku in skus:
        found, offered = own.get(sku), offers.get(sku)
        best = offered[0] if offered else None
        supplier = dict(supplier=best.supplier if best else None,
                        cost=best.cost if best else None, offers=len(offered or ()))
        if found is not None:
            pid, _, ean, name, price, active, incoming = found
            here = sites.get(pid, {})
            rows.append(CatalogRow(
                sku=sku, ean=ean, name=name, price=cents_to_decimal(price), stocked=True,
                active=bool(active), sites=here,
                on_hand=sum(s.on_hand for s in here.values()),
                reserved=sum(s.reserved for s in here.values()),
                available=sum(s.available for s in here.values()),
                incoming=int(incoming or 0), **supplier))
        elif best is not None:
            first = min(offered, key=lambda o: o.id)  # the listing's name is the first offer's
            rows.append(CatalogRow(
                sku=sku, ean=first.ean, name=first.description, price=best.price(markup),
                stocked=False, active=True, sites={}, on_hand=0, reserved=0, available=0,
                incoming=0, **supplier))
    return rows


@dataclass(frozen=True)
class _Offer:
    id: int
    ean: str | None
    description: str
    supplier: str
    cost: Decimal
    retail_cents: int | None

    def price(self, markup: Decimal) -> Decimal:
        """As `products.ensure_product` prices the item on its first sale."""
        if self.retail_cents:
            return cents_to_decimal(self.retail_cents)
        cents = (self.cost * 100 * markup).quantize(Decimal(1), ROUND_HALF_UP)
        return cents_to_decimal(int(cents))


def _offers_of(skus: list[str]) -> dict[str, list[_Offer]]:
    """The available offers of each SKU, cheapest first."""
    O = CatalogOfferRow
    found: dict[str, list[_Offer]] = defaultdict(list)
    for oid, sku, ean, description, code, cost, retail in (
            O.select(O.id, O.sku, O.ean, O.description, SupplierRow.code, O.cost_cents,
                     O.retail_price_cents)
            .join(SupplierRow)
            .where(O.sku.in_(skus) & (O.available == True))  # noqa: E712
            .order_by(O.sku, O.cost_cents, O.id).tuples()):
        found[sku].append(_Offer(oid, ean, description, code, cents_to_decimal(cost), retail))
    return found


def _stock_by_site(db: Database, ids: list[int]) -> dict[int, dict[str, SiteFigures]]:
    sites: dict[int, dict[str, SiteFigures]] = defaultdict(dict)
    if not ids:
        return sites
    S = StockRow
    for product, code, on_hand, reserved in (
            S.select(S.product, SiteRow.code, S.on_hand, S.reserved).join(SiteRow)
            .where(S.product.in_(ids)).tuples()):
        if on_hand or reserved:
            sites[product][code] = SiteFigures(on_hand, reserved)
    return sites


def _incoming_free(product_id) -> object:
    """Units on confirmed POs of the product not received nor promised to a customer yet
    (per PO line, never below zero), as a correlated subquery."""
    PL, A = PurchaseLineRow, AllocationRow
    held = (A.select(fn.COALESCE(fn.SUM(A.qty), 0))
            .where((A.kind == "po_line") & (A.status == "held") & (A.po_line == PL.id)))
    free = PL.qty - PL.received_qty - held
    return (PL.select(fn.COALESCE(fn.SUM(Case(None, [(free > 0, free)], 0)), 0))
            .join(PurchaseOrderRow)
            .where((PL.product == product_id)
                   & PurchaseOrderRow.status.in_(OPEN_PO_STATUSES)))


def _check(flt: CatalogFilter, offset: int, limit: int) -> None:
    if flt.show not in SHOWS:
        raise InvalidInput("show", "'{value}' is not one of {allowed}",
                           value=flt.show, allowed=", ".join(SHOWS))
    if flt.sort not in SORTS:
        raise InvalidInput("sort", "'{value}' is not one of {allowed}",
                           value=flt.sort, allowed=", ".join(SORTS))
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise InvalidInput("page", "offset {offset} and limit {limit} are out of range",
                           offset=offset, limit=limit)


def _column(db: Database, query) -> list:
    """The first column of every row, straight from the cursor (100,000 keys in a blink)."""
    return [row[0] for row in db.execute(query)]


def _window(db: Database, parts, offset: int, limit: int, count: bool
            ) -> tuple[list[str], int | None]:
    """The SKUs of rows offset..offset+limit across the parts of the list; each part is
    counted only when the total is wanted or the window reaches past it."""
    skus: list[str] = []
    total, start, need = 0, offset, limit
    for ordered, counting in parts:
        size = None
        if need > 0:
            got = _column(db, ordered.limit(need).offset(start))
            skus += got
            if len(got) < need:  # this part ends inside the window (or before it)
                size = start + len(got) if got else _column(db, counting)[0]
                start = max(0, start - size)
            need -= len(got)
        if count:
            total += size if size is not None else _column(db, counting)[0]
    return skus, total if count else None


def _words(text: str) -> list[str]:
    return [w for w in str(text or "").split() if w]


def _matching(words: list[str], fields: list, ean) -> object | None:
    """Every word in one of `fields` (case-insensitive LIKE), digits also in the EAN."""
    condition = None
    for word in words:
        pattern = f"%{word}%"
        part = None
        for column in fields + ([ean] if word.isdigit() else []):
            clause = column ** pattern
            part = clause if part is None else (part | clause)
        condition = part if condition is None else (condition & part)
    return condition


def _sku_among(skus: list[str]) -> object:
    """`sku IN (...)` of the one table queried, as one SQL node: peewee building a node per
    value would cost more than the query (2,000 hits: 25 ms)."""
    marks = ", ".join([ProductRow._meta.database.param] * len(skus))
    return SQL(f"sku IN ({marks})", list(skus))


def _stock_sum(product_id, figure) -> object:
    return (StockRow.select(fn.COALESCE(fn.SUM(figure), 0))
            .where(StockRow.product == product_id))


def _parts(flt: CatalogFilter, among: list[str] | None = None
           ) -> list[tuple[object, object]]:
    """(ordered SKUs, count) queries of each part of the list: our products, then the items
    only in suppliers' catalogs; `among` keeps only those SKUs."""
    parts = []
    if flt.show != "catalog":
        parts.append(_own_part(flt, among))
    if flt.show in ("all", "catalog"):
        parts.append(_catalog_part(flt, among))
    return parts


def _ordering(key, sku, descending: bool) -> tuple:
    return (Desc(key), Desc(sku)) if descending else (Asc(key), Asc(sku))


def _own_part(flt: CatalogFilter, among: list[str] | None = None) -> tuple[object, object]:
    P = ProductRow
    conditions = [] if among is None else [_sku_among(among)]
    if flt.show in ("out", "low"):
        free = _stock_sum(P.id, StockRow.on_hand - StockRow.reserved)
        conditions += [P.active == True,  # noqa: E712 (a peewee expression)
                       free <= 0 if flt.show == "out" else (free > 0) & (free <= flt.low_stock)]
    text = _matching(_words(flt.text), [P.name, P.sku], P.ean)
    if text is not None:
        conditions.append(text)
    where = reduce(operator.and_, conditions) if conditions else True
    key = {"name": P.name, "sku": P.sku, "price": P.price_cents,
           "on_hand": _stock_sum(P.id, StockRow.on_hand),
           "available": _stock_sum(P.id, StockRow.on_hand - StockRow.reserved)}[flt.sort]
    ordered = P.select(P.sku).where(where)
    if flt.sort != "sku":
        ordered = ordered.order_by(*_ordering(key, P.sku, flt.descending))
    else:
        ordered = ordered.order_by(P.sku.desc() if flt.descending else P.sku.asc())
    return ordered, P.select(fn.COUNT(P.id)).where(where)


def _catalog_part(flt: CatalogFilter, among: list[str] | None = None
                  ) -> tuple[object, object]:
    """One row per SKU that suppliers offer and we do not stock yet; its name is that of
    its first available offer, its price the lowest any offer gives."""
    O = CatalogOfferRow
    conditions = [O.available == True,  # noqa: E712
                  O.sku.not_in(ProductRow.select(ProductRow.sku))]
    if among is not None:
        conditions.append(_sku_among(among))
    text = _matching(_words(flt.text), [O.description, O.sku, O.supplier_ref], O.ean)
    if text is not None:
        conditions.append(text)
    where = reduce(operator.and_, conditions)
    counting = O.select(fn.COUNT(fn.DISTINCT(O.sku))).where(where)
    if flt.sort == "name":
        first = O.select(fn.MIN(O.id)).where(where).group_by(O.sku)
        listed = O.alias()
        ordered = (listed.select(listed.sku).where(listed.id.in_(first))
                   .order_by(*_ordering(listed.description, listed.sku,
                                        flt.descending)))
    elif flt.sort == "price":
        markup = float(Decimal(str(setting("catalog_markup"))))
        price = fn.MIN(fn.COALESCE(O.retail_price_cents, fn.ROUND(O.cost_cents * markup)))
        ordered = (O.select(O.sku).where(where).group_by(O.sku)
                   .order_by(*_ordering(price, O.sku, flt.descending)))
    else:  # by SKU; stock sorts too, as nothing of these is in stock
        ordered = (O.select(O.sku).where(where).group_by(O.sku)
                   .order_by(O.sku.desc() if flt.descending else O.sku.asc()))
    return ordered, counting


# ---------------------------------------------------------------- one item in full

def product_detail(db: Database, sku: str, ledger_limit: int = 200) -> ProductDetail:
    """Everything about one item: stock per site (on hand, reserved, available, arriving
    by transfer), confirmed POs bringing it, every supplier's offer, its latest movements."""
    from .stock import ledger_of, stock_picture  # not needed for the list's first paint

    row = ProductRow.get_or_none(ProductRow.sku == sku)
    offers = offers_for(db, sku)
    picture = stock_picture(db, sku)
    if row is not None:
        return ProductDetail(row.sku, row.name, row.ean, product_info(row), picture, offers,
                             ledger_of(db, row.sku, ledger_limit))
    if not offers:
        raise NotFound("product", sku)
    first = (CatalogOfferRow.select().where(CatalogOfferRow.sku == sku)
             .order_by(CatalogOfferRow.available.desc(), CatalogOfferRow.id).first())
    return ProductDetail(sku, first.description, first.ean, None, picture, offers, [])


def offers_for(db: Database, sku: str) -> list[OfferLine]:
    """Every supplier offer of `sku`, available ones first, cheapest first."""
    O = CatalogOfferRow
    query = (O.select(O, SupplierRow).join(SupplierRow).where(O.sku == sku)
             .order_by(O.available.desc(), O.cost_cents, O.id))
    return [OfferLine(o.supplier.code, o.supplier.name, o.supplier_ref,
                      cents_to_decimal(o.cost_cents), o.pack_size, o.min_order_qty,
                      o.lead_days if o.lead_days is not None else o.supplier.lead_days,
                      cents_to_decimal(o.retail_price_cents) if o.retail_price_cents else None,
                      bool(o.available))
            for o in query]


def site_codes(db: Database) -> list[str]:
    """The sites in the order every stock table shows them (as `stock.stock_picture`)."""
    return [code for code, in SiteRow.select(SiteRow.code)
            .order_by(SiteRow.kind.desc(), SiteRow.code).tuples()]
