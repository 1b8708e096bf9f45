"""Turning the store's supply rows into the engine's snapshot of one product."""

from __future__ import annotations

import datetime

from peewee import Database

from ..domain.model import CatalogSupply, IncomingSupply, StockSupply, SupplySnapshot, \
    TransitSupply
from ..store import supply
from .configuration import Configuration, business_calendar
from .references import PURCHASE_ORDER, TRANSFER, format_ref

SUPPLIER_WORKING_DAYS = "mon-fri"


def product_id_and_active(db: Database, sku: str) -> tuple[int | None, bool]:
    row = db.execute_sql(f"SELECT id, active FROM product WHERE sku = {db.param}",
                         (sku,)).fetchone()
    return (row[0], bool(row[1])) if row else (None, True)


def load_snapshot(db: Database, cfg: Configuration, sku: str) -> SupplySnapshot:
    """Stock per site, confirmed PO lines with free quantity, and catalog offers of `sku`."""
    product_id, active = product_id_and_active(db, sku)
    codes = cfg.site_codes
    stock: tuple = ()
    incoming: tuple = ()
    transit: tuple = ()
    if product_id is not None:
        stock = tuple(StockSupply(codes[site], available)
                      for site, available in supply.stock_of(db, product_id))
        incoming = tuple(IncomingSupply(format_ref(PURCHASE_ORDER, po), line, codes[site],
                                        expected, free)
                         for line, po, site, expected, free in supply.incoming_of(db, product_id))
        transit = tuple(TransitSupply(format_ref(TRANSFER, transfer), transfer, codes[site],
                                      expected, free)
                        for transfer, site, expected, free in supply.transit_of(db, product_id))
    offers = tuple(
        CatalogSupply(offer_id, supplier, ref, cost, lead,
                      business_calendar(order_days, country, cfg.first_year),
                      business_calendar(SUPPLIER_WORKING_DAYS, country, cfg.first_year))
        for offer_id, supplier, ref, cost, lead, order_days, country
        in supply.catalog_of(db, sku))
    return SupplySnapshot(sku, stock, incoming, offers, active, transit)


def reason_json(code: str, params: dict) -> dict:
    """The engine's reason as JSON-ready data (dates as ISO strings)."""
    out = {"code": code}
    for key, value in params.items():
        out[key] = value.isoformat() if isinstance(value, datetime.date) else value
    return out
