"""The hot path of every promise: the supply of one product, in three compiled queries.

These run on the database's own connection (`execute_sql`) because peewee's query
building costs twenty times the query itself here (see shared/reference/performance.md); the table and
column names are those of `models`.
"""

from __future__ import annotations

import datetime

from peewee import Database

from .rows import as_date

OPEN_PO_STATUSES = ("confirmed", "partially_received")

STOCK_SQL = "SELECT site_id, on_hand - reserved FROM stock WHERE product_id = {p}"

INCOMING_SQL = """
SELECT pl.id, po.id, po.site_id, COALESCE(pl.expected_date, po.expected_date),
       pl.qty - pl.received_qty - COALESCE((
           SELECT SUM(a.qty) FROM allocation a
           WHERE a.kind = 'po_line' AND a.status = 'held' AND a.po_line_id = pl.id), 0)
FROM purchase_line pl JOIN purchase_order po ON po.id = pl.po_id
WHERE pl.product_id = {p} AND po.status IN ('confirmed', 'partially_received')
"""

TRANSIT_SQL = """
SELECT t.id, t.destination_id, t.expected_date,
       SUM(tl.qty) - COALESCE((
           SELECT SUM(a.qty) FROM allocation a JOIN order_line l ON l.id = a.line_id
           WHERE a.transfer_id = t.id AND a.status = 'in_transit'
             AND l.product_id = {p}), 0)
FROM transfer_line tl JOIN transfer t ON t.id = tl.transfer_id
WHERE tl.product_id = {p} AND t.status = 'in_transit'
GROUP BY t.id, t.destination_id, t.expected_date
"""

CATALOG_SQL = """
SELECT o.id, s.code, o.supplier_ref, o.cost_cents, COALESCE(o.lead_days, s.lead_days),
       s.order_days, s.country
FROM catalog_offer o JOIN supplier s ON s.id = o.supplier_id
WHERE o.sku = {p} AND o.available = {true}
"""


def _param(db: Database) -> str:
    return db.param


def stock_of(db: Database, product_id: int) -> list[tuple[int, int]]:
    """(site id, available) per site."""
    sql = STOCK_SQL.format(p=_param(db))
    return [(site, available) for site, available in db.execute_sql(sql, (product_id,))]


def incoming_of(db: Database, product_id: int) -> list[tuple[int, int, int, datetime.date, int]]:
    """(PO line id, PO id, site id, expected date, free quantity) of confirmed POs."""
    sql = INCOMING_SQL.format(p=_param(db))
    return [(line, po, site, as_date(expected), free)
            for line, po, site, expected, free in db.execute_sql(sql, (product_id,))]


def transit_of(db: Database, product_id: int) -> list[tuple[int, int, datetime.date, int]]:
    """(transfer id, destination site id, expected date, units no customer holds yet)."""
    sql = TRANSIT_SQL.format(p=_param(db))
    return [(transfer, site, as_date(expected), free)
            for transfer, site, expected, free in db.execute_sql(sql, (product_id, product_id))]


def catalog_of(db: Database, sku: str) -> list[tuple[int, str, str, int, int, str, str]]:
    """(offer id, supplier code, supplier ref, unit cost cents, lead days, order days,
    supplier country) of the available offers for `sku`."""
    sql = CATALOG_SQL.format(p=_param(db), true="1" if db.param == "?" else "TRUE")
    return [tuple(row) for row in db.execute_sql(sql, (sku,))]
