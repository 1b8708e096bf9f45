"""What staff need while writing a purchase order by hand: what the supplier asks for an
item, and when goods ordered from it today would arrive."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from peewee import Database

from ..domain.errors import InvalidInput, NotFound
from ..domain.values import cents_to_decimal
from ..store.models import CatalogOfferRow, ProductRow
from .clock import today as clock_today
from .configuration import load_configuration
from .products import resolve_sku
from .purchasing import _arrival_for
from .suppliers import supplier_row


@dataclass(frozen=True)
class SupplierOffer:
    supplier: str
    sku: str
    supplier_ref: str
    description: str
    cost: Decimal
    pack_size: int
    min_order_qty: int
    available: bool


def supplier_offer(db: Database, supplier: str, item: str) -> SupplierOffer | None:
    """The supplier's offer for an item (SKU, EAN or reference), the one still available
    first; None when the item is not in its catalog (a PO line then needs a cost)."""
    supplier_r = supplier_row(supplier)
    try:
        sku = resolve_sku(item)
    except (InvalidInput, NotFound):
        return None
    row = (CatalogOfferRow.select().where((CatalogOfferRow.supplier == supplier_r)
                                          & (CatalogOfferRow.sku == sku))
           .order_by(CatalogOfferRow.available.desc()).first())
    if row is None:
        return None
    return SupplierOffer(supplier_r.code, row.sku, row.supplier_ref, row.description,
                         cents_to_decimal(row.cost_cents), row.pack_size, row.min_order_qty,
                         row.available)


def expected_arrival(db: Database, supplier: str,
                     today: datetime.date | None = None) -> datetime.date:
    """The day goods ordered at the supplier's next order day arrive, after its lead time
    (the date a PO made from customer orders gets)."""
    today = today or clock_today()
    supplier_r = supplier_row(supplier)
    cfg = load_configuration(db, today)
    return _arrival_for(supplier_r, cfg.first_year, today)(supplier_r.lead_days)


def product_names(db: Database, skus: Iterable[str]) -> dict[str, str]:
    """{sku: name} of our products and, for items known only from a catalog, the offer's
    description."""
    wanted = set(skus)
    if not wanted:
        return {}
    names = dict(CatalogOfferRow.select(CatalogOfferRow.sku, CatalogOfferRow.description)
                 .where(CatalogOfferRow.sku.in_(wanted)).tuples())
    names.update(ProductRow.select(ProductRow.sku, ProductRow.name)
                 .where(ProductRow.sku.in_(wanted)).tuples())
    return names
