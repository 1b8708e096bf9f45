"""Loading a whole supplier catalog in a few statements.

Rows go first into a temporary staging table (`executemany` in chunks, the SQL compiled
once), then the checks that need every row or the database (duplicate references, an EAN
that is our product under another SKU, the SKU of rows that give only an EAN) and the
upsert run as set-based statements: a million rows never pass through peewee one by one
(performance.md: 11x slower). The staging table is per connection and dropped after use;
a process killed half-way leaves only the rollback of an unfinished transaction.

Plain SQL that SQLite and PostgreSQL both accept, parameters in `db.param` style.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Sequence
from itertools import islice

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from .models import CatalogOfferRow, ProductRow

STAGING = "catalog_staging"
# The staging table's value columns are named after the offer's columns they fill.
OFFER_COLUMNS = ("sku", "ean", "description", "cost_cents", "pack_size", "min_order_qty",
                 "lead_days", "retail_price_cents", "vat_bp", "available")
STAGED = ("line", "ref", "ok", *OFFER_COLUMNS)
CHUNK = 10_000
MAX_REPORTED = 10_000  # problems listed by the set-based checks; the rest are only counted

_OFFER = CatalogOfferRow._meta.table_name
_PRODUCT = ProductRow._meta.table_name


def _is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


_STAGING_COLUMNS = (
    "line INTEGER NOT NULL, ref VARCHAR(255), ok BOOLEAN NOT NULL, sku VARCHAR(255), "
    "ean VARCHAR(255), description VARCHAR(255), cost_cents INTEGER, pack_size INTEGER, "
    "min_order_qty INTEGER, lead_days INTEGER, retail_price_cents INTEGER, vat_bp INTEGER, "
    "available BOOLEAN")
_PART = "staged_part"  # the scratch file, attached
PART_STAGING = "catalog_staging_part"  # its table: a name of its own, never taken for ours


def create_staging(db: Database) -> None:
    """An empty staging table on this connection (a leftover of a failed import dropped)."""
    drop_staging(db)
    prefix = "" if _is_postgres(db) else "temp."
    db.execute_sql(f"CREATE TEMPORARY TABLE {STAGING} ({_STAGING_COLUMNS})")
    if not _is_postgres(db):
        # The staging rows live in the temp database: give it room so that indexing a
        # million references stays in memory (64 MB at most, freed on drop).
        db.execute_sql(f"PRAGMA {prefix.rstrip('.')}.cache_size = -65536")


def drop_staging(db: Database) -> None:
    db.execute_sql(f"DROP TABLE IF EXISTS {'' if _is_postgres(db) else 'temp.'}{STAGING}")


def clear_staging(db: Database) -> None:
    db.execute_sql(f"DELETE FROM {STAGING}")


def open_staging_file(path: str | os.PathLike) -> SqliteDatabase:
    """A scratch SQLite file holding a staging table of its own, for another process to
    stage part of a catalog in (services/catalog_staging.py). No journal, no syncing: it
    is thrown away after the import, or if anything goes wrong."""
    db = SqliteDatabase(os.fspath(path), pragmas={"journal_mode": "off", "synchronous": 0})
    db.connect()
    db.execute_sql(f"CREATE TABLE IF NOT EXISTS {PART_STAGING} ({_STAGING_COLUMNS})")
    return db


def append_staging_file(db: Database, path: str | os.PathLike) -> int:
    """Copies the rows another process staged in a scratch file (open_staging_file) into
    this connection's staging table (SQLite only); returns how many. Outside any
    transaction: a database read in one cannot be detached before it ends."""
    db.execute_sql(f"ATTACH DATABASE {db.param} AS {_PART}", (os.fspath(path),))
    try:
        with db.atomic():
            cursor = db.execute_sql(f"INSERT INTO temp.{STAGING} ({', '.join(STAGED)}) "
                                    f"SELECT {', '.join(STAGED)} FROM {_PART}.{PART_STAGING}")
            return max(cursor.rowcount, 0)
    finally:
        db.execute_sql(f"DETACH DATABASE {_PART}")


def stage_rows(db: Database, rows: Iterable[Sequence], chunk: int = CHUNK,
               table: str = STAGING) -> int:
    """Appends rows (in STAGED order) to the staging table (or a scratch file's
    PART_STAGING); returns how many."""
    p = db.param
    iterator = iter(rows)
    count = 0
    cursor = db.cursor()
    if _is_postgres(db):
        # psycopg2's executemany sends a statement a row (a million rows: minutes);
        # execute_values sends a page of rows in one statement.
        from psycopg2.extras import execute_values

        sql = f"INSERT INTO {table} ({', '.join(STAGED)}) VALUES %s"
        while batch := list(islice(iterator, chunk)):
            execute_values(cursor, sql, batch, page_size=1000)
            count += len(batch)
        return count
    sql = f"INSERT INTO {table} ({', '.join(STAGED)}) VALUES ({', '.join([p] * len(STAGED))})"
    while batch := list(islice(iterator, chunk)):
        cursor.executemany(sql, batch)
        count += len(batch)
    return count


def index_staging(db: Database) -> None:
    """Indexes the references once loaded: cheaper than keeping an index up while loading."""
    db.execute_sql(f"CREATE INDEX {STAGING}_ref ON {STAGING} (ref, line)")


def duplicate_refs(db: Database) -> tuple[list[tuple[int, str, int]], int]:
    """([(line, ref, first line of that ref)], count) of the rows repeating a reference
    (a row with errors counts as the first too: the file must be fixed either way)."""
    sql = (f"SELECT s.line, s.ref, f.first FROM {STAGING} s JOIN "
           f"(SELECT ref, MIN(line) AS first FROM {STAGING} WHERE ref IS NOT NULL "
           f"GROUP BY ref HAVING COUNT(*) > 1) f ON f.ref = s.ref "
           f"WHERE s.line > f.first ORDER BY s.line")
    return _listed(db, sql, ())


def ean_conflicts(db: Database) -> tuple[list[tuple[int, str, str, str]], int]:
    """([(line, ean, the product's sku, the row's sku)], count) of the rows naming one of
    our products' EAN under another SKU: two SKUs for one item would split its stock."""
    sql = (f"SELECT s.line, s.ean, o.owner, s.sku FROM {STAGING} s JOIN "
           f"(SELECT p.ean, p.sku AS owner FROM {_PRODUCT} p WHERE p.id = "
           f"(SELECT MIN(q.id) FROM {_PRODUCT} q WHERE q.ean = p.ean)) o ON o.ean = s.ean "
           f"WHERE s.ok AND s.sku IS NOT NULL AND s.sku <> o.owner ORDER BY s.line")
    return _listed(db, sql, ())


def _listed(db: Database, sql: str, params: tuple) -> tuple[list[tuple], int]:
    cursor = db.execute_sql(sql, params)
    found = [tuple(row) for row in cursor.fetchmany(MAX_REPORTED)]
    more = sum(1 for _ in iter(cursor.fetchone, None)) if len(found) == MAX_REPORTED else 0
    return found, len(found) + more


def refuse_lines(db: Database, lines: Iterable[int]) -> None:
    """Marks staged rows as rejected (found bad by a set-based check)."""
    sql = f"UPDATE {STAGING} SET ok = {_false(db)} WHERE line = {db.param}"
    db.cursor().executemany(sql, [(line,) for line in lines])


def refuse_duplicates(db: Database) -> None:
    """Rejects every repeat of a reference but its first row (also beyond MAX_REPORTED)."""
    db.execute_sql(f"UPDATE {STAGING} SET ok = {_false(db)} WHERE ok AND line > "
                   f"(SELECT MIN(f.line) FROM {STAGING} f WHERE f.ref = {STAGING}.ref)")


def refuse_ean_conflicts(db: Database) -> None:
    db.execute_sql(
        f"UPDATE {STAGING} SET ok = {_false(db)} WHERE ok AND sku IS NOT NULL AND ean IN "
        f"(SELECT p.ean FROM {_PRODUCT} p WHERE p.ean = {STAGING}.ean AND p.id = "
        f"(SELECT MIN(q.id) FROM {_PRODUCT} q WHERE q.ean = p.ean) AND p.sku <> "
        f"{STAGING}.sku)")


def _false(db: Database) -> str:
    return "FALSE" if _is_postgres(db) else "0"


def resolve_skus(db: Database, supplier_id: int) -> None:
    """The SKU of each row that gives only an EAN: our product with that EAN, else the SKU
    this reference already has with that EAN, else the oldest offer's SKU for that EAN in
    any catalog, else the EAN itself."""
    p = db.param
    db.execute_sql(
        f"UPDATE {STAGING} SET sku = COALESCE("
        f"(SELECT p.sku FROM {_PRODUCT} p WHERE p.ean = {STAGING}.ean ORDER BY p.id LIMIT 1), "
        f"(SELECT o.sku FROM {_OFFER} o WHERE o.supplier_id = {p} "
        f"AND o.supplier_ref = {STAGING}.ref AND o.ean = {STAGING}.ean), "
        f"(SELECT o.sku FROM {_OFFER} o WHERE o.ean = {STAGING}.ean ORDER BY o.id LIMIT 1), "
        f"{STAGING}.ean) WHERE ok AND sku IS NULL", (supplier_id,))


def count_valid(db: Database) -> int:
    return db.execute_sql(f"SELECT COUNT(*) FROM {STAGING} WHERE ok").fetchone()[0]


def _differs(db: Database, left: str, right: str, columns: Sequence[str]) -> str:
    op = "IS DISTINCT FROM" if _is_postgres(db) else "IS NOT"
    return " OR ".join(f"{left}.{c} {op} {right}.{c}" for c in columns)


def count_changes(db: Database, supplier_id: int, written: Sequence[str]) -> tuple[int, int]:
    """(new offers, changed offers) among the valid staged rows; run before the upsert.
    `written` are the offer columns the file gives (the others keep their stored value)."""
    sql = (f"SELECT COALESCE(SUM(CASE WHEN o.id IS NULL THEN 1 ELSE 0 END), 0), "
           f"COALESCE(SUM(CASE WHEN o.id IS NOT NULL AND ({_differs(db, 'o', 's', written)}) "
           f"THEN 1 ELSE 0 END), 0) FROM {STAGING} s LEFT JOIN {_OFFER} o "
           f"ON o.supplier_id = {db.param} AND o.supplier_ref = s.ref WHERE s.ok")
    added, updated = db.execute_sql(sql, (supplier_id,)).fetchone()
    return int(added), int(updated)


def upsert_offers(db: Database, supplier_id: int, written: Sequence[str],
                  now: datetime.datetime) -> None:
    """Adds the new references and overwrites the changed ones, in reference order (the
    order of the unique index: several times faster than file order on a large catalog).
    Columns not in `written` keep their stored value on an update, and their default
    (the staged value) on an insert."""
    p = db.param
    columns = ", ".join(OFFER_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in written)
    db.execute_sql(
        f"INSERT INTO {_OFFER} (supplier_id, supplier_ref, {columns}, updated_at) "
        f"SELECT {p}, ref, {columns}, {p} FROM {STAGING} WHERE ok ORDER BY ref "
        f"ON CONFLICT (supplier_id, supplier_ref) DO UPDATE SET {updates}, "
        f"updated_at = excluded.updated_at WHERE {_differs(db, _OFFER, 'excluded', written)}",
        (supplier_id, _timestamp(db, now)))


def withdraw_missing(db: Database, supplier_id: int, now: datetime.datetime) -> int:
    """Marks the supplier's offers that the file no longer lists as unavailable (never
    deletes them: orders and POs refer to them); returns how many. A reference on a
    rejected row still counts as listed."""
    p = db.param
    cursor = db.execute_sql(
        f"UPDATE {_OFFER} SET available = {_false(db)}, updated_at = {p} "
        f"WHERE supplier_id = {p} AND available AND NOT EXISTS "
        f"(SELECT 1 FROM {STAGING} s WHERE s.ref = {_OFFER}.supplier_ref)",
        (_timestamp(db, now), supplier_id))
    return max(cursor.rowcount, 0)


def _timestamp(db: Database, now: datetime.datetime) -> object:
    # peewee stores SQLite datetimes as 'YYYY-MM-DD HH:MM:SS' text.
    return now if _is_postgres(db) else now.isoformat(" ")
