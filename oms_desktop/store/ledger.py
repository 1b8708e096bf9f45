"""Stock movements: every change of on-hand stock is a ledger row, written with the cache."""

from __future__ import annotations

import datetime

from peewee import Database

from .models import database


_LEDGER_INSERT = ("INSERT INTO ledger (at, site_id, product_id, delta, kind, reason, reference) "
                  "VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p})")
_STOCK_UPSERT = ("INSERT INTO stock (site_id, product_id, on_hand, reserved) "
                 "VALUES ({p}, {p}, {p}, {p}) ON CONFLICT (product_id, site_id) DO UPDATE SET "
                 "on_hand = stock.on_hand + excluded.on_hand, "
                 "reserved = stock.reserved + excluded.reserved")
_RESERVE = ("UPDATE stock SET reserved = reserved + {p} WHERE site_id = {p} AND product_id = {p} "
            "AND on_hand - reserved >= {p}")
_UNRESERVE = "UPDATE stock SET reserved = reserved - {p} WHERE site_id = {p} AND product_id = {p}"


def _db() -> Database:
    return database.obj


def _now(db: Database):
    now = datetime.datetime.now().replace(microsecond=0)
    # SQLite keeps peewee's text form; PostgreSQL takes the datetime itself.
    return now.isoformat(sep=" ") if db.param == "?" else now


def post_movement(site_id: int, product_id: int, delta: int, kind: str, reason: str = "",
                  reference: str = "", reserve_delta: int = 0) -> None:
    """Append a ledger row and move the cached on-hand (and reserved) figures with it."""
    db = _db()
    if delta:
        db.execute_sql(_LEDGER_INSERT.format(p=db.param),
                       (_now(db), site_id, product_id, delta, kind, reason, reference))
    db.execute_sql(_STOCK_UPSERT.format(p=db.param), (site_id, product_id, delta, reserve_delta))


def reserve(site_id: int, product_id: int, qty: int) -> bool:
    """Reserve `qty` if that many are free; False (nothing changed) if not."""
    db = _db()
    cursor = db.execute_sql(_RESERVE.format(p=db.param), (qty, site_id, product_id, qty))
    return cursor.rowcount == 1


def unreserve(site_id: int, product_id: int, qty: int) -> None:
    db = _db()
    db.execute_sql(_UNRESERVE.format(p=db.param), (qty, site_id, product_id))


def ledger_mismatches(db: Database) -> list[tuple[int, int, int, int]]:
    """(site id, product id, cached on hand, ledger sum) wherever the two disagree, plus
    reserved figures that do not match the held allocations (reported with on hand -1)."""
    on_hand_sql = """
        SELECT s.site_id, s.product_id, s.on_hand, COALESCE(l.total, 0)
        FROM stock s LEFT JOIN (
            SELECT site_id, product_id, SUM(delta) AS total FROM ledger
            GROUP BY site_id, product_id) l
          ON l.site_id = s.site_id AND l.product_id = s.product_id
        WHERE s.on_hand <> COALESCE(l.total, 0)
        UNION ALL
        SELECT l.site_id, l.product_id, 0, SUM(l.delta) FROM ledger l
        WHERE NOT EXISTS (SELECT 1 FROM stock s WHERE s.site_id = l.site_id
                          AND s.product_id = l.product_id)
        GROUP BY l.site_id, l.product_id HAVING SUM(l.delta) <> 0
    """
    reserved_sql = """
        SELECT s.site_id, s.product_id, s.reserved, COALESCE(a.total, 0)
        FROM stock s LEFT JOIN (
            SELECT a.site_id, ol.product_id, SUM(a.qty) AS total
            FROM allocation a JOIN order_line ol ON ol.id = a.line_id
            WHERE a.kind = 'site_stock' AND a.status = 'held'
            GROUP BY a.site_id, ol.product_id) a
          ON a.site_id = s.site_id AND a.product_id = s.product_id
        WHERE s.reserved <> COALESCE(a.total, 0) OR s.reserved > s.on_hand OR s.reserved < 0
    """
    rows = [tuple(r) for r in db.execute_sql(on_hand_sql).fetchall()]
    rows += [(site, product, -1, total) for site, product, _, total
             in db.execute_sql(reserved_sql).fetchall()]
    return rows
