"""Reading one customer order whole in four compiled queries (shown after every sale)."""

from __future__ import annotations

import json

from peewee import Database

from .rows import as_date, as_datetime

_ORDER = """
SELECT o.id, s.code, o.channel, o.mode, o.status, o.customer_name, o.customer_contact,
       o.delivery_address, o.created_on
FROM customer_order o JOIN site s ON s.id = o.site_id WHERE o.id = {p}"""

_LINES = """
SELECT l.id, p.sku, p.name, l.qty, l.unit_price_cents, l.status, l.promise_date,
       l.first_promise_date
FROM order_line l JOIN product p ON p.id = l.product_id
WHERE l.order_id = {p} ORDER BY l.id"""

_ALLOCATIONS = """
SELECT a.line_id, a.kind, a.qty, s.code, a.ready_date, a.promise_date, a.status, a.reason,
       pl.po_id, COALESCE(pl.supplier_ref, o.supplier_ref), sup.code, a.transfer_id
FROM allocation a
JOIN order_line l ON l.id = a.line_id
JOIN site s ON s.id = a.site_id
LEFT JOIN purchase_line pl ON pl.id = a.po_line_id
LEFT JOIN supply_request r ON r.id = a.supply_request_id
LEFT JOIN catalog_offer o ON o.id = r.offer_id
LEFT JOIN supplier sup ON sup.id = r.supplier_id
WHERE l.order_id = {p} AND a.status <> 'replaced'
ORDER BY a.id"""

_EVENTS = "SELECT at, code, detail FROM stock_event WHERE order_id = {p} ORDER BY id"


def read_order(db: Database, order_id: int):
    """(order row, line rows, allocation rows, event rows) as tuples with dates parsed."""
    p = db.param
    order = db.execute_sql(_ORDER.format(p=p), (order_id,)).fetchone()
    if order is None:
        return None
    order = (*order[:8], as_date(order[8]))
    lines = [(*row[:6], as_date(row[6]), as_date(row[7]))
             for row in db.execute_sql(_LINES.format(p=p), (order_id,))]
    allocations = [(*row[:4], as_date(row[4]), as_date(row[5]), row[6],
                    json.loads(row[7] or "{}"), *row[8:])
                   for row in db.execute_sql(_ALLOCATIONS.format(p=p), (order_id,))]
    events = [(as_datetime(at), code, json.loads(detail or "{}"))
              for at, code, detail in db.execute_sql(_EVENTS.format(p=p), (order_id,))]
    return order, lines, allocations, events
