"""Stock movements: every change of on-hand stock is a ledger row, written with the cache."""

from __future__ import annotations

from peewee import Database

from .models import LedgerRow, StockRow


def stock_row(site_id: int, product_id: int) -> StockRow:
    row, _ = StockRow.get_or_create(site=site_id, product=product_id)
    return row


def post_movement(site_id: int, product_id: int, delta: int, kind: str, reason: str = "",
                  reference: str = "", reserve_delta: int = 0) -> None:
    """Append a ledger row and move the cached on-hand (and reserved) figures with it."""
    if delta:
        LedgerRow.create(site=site_id, product=product_id, delta=delta, kind=kind,
                         reason=reason, reference=reference)
    stock_row(site_id, product_id)
    if delta or reserve_delta:
        StockRow.update(on_hand=StockRow.on_hand + delta,
                        reserved=StockRow.reserved + reserve_delta).where(
            (StockRow.site == site_id) & (StockRow.product == product_id)).execute()


def reserve(site_id: int, product_id: int, qty: int) -> bool:
    """Reserve `qty` if that many are free; False (nothing changed) if not."""
    updated = StockRow.update(reserved=StockRow.reserved + qty).where(
        (StockRow.site == site_id) & (StockRow.product == product_id)
        & (StockRow.on_hand - StockRow.reserved >= qty)).execute()
    return updated == 1


def unreserve(site_id: int, product_id: int, qty: int) -> None:
    StockRow.update(reserved=StockRow.reserved - qty).where(
        (StockRow.site == site_id) & (StockRow.product == product_id)).execute()


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
