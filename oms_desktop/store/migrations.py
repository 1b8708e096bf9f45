"""Schema versions. Each step runs in its own transaction; the version is recorded with it.

A step must not import today's models for the tables it alters: when a later version
changes a model, copy the model as it was into the step that created it (a frozen copy),
so that upgrading an old file replays history exactly.
"""

from __future__ import annotations

from collections.abc import Callable

from pathlib import Path

from peewee import Database, SqliteDatabase

from ..domain.errors import OmsError
from . import models


class SchemaTooNew(OmsError):
    def __init__(self, found: int, known: int):
        super().__init__(f"this database was written by a newer version of the app "
                         f"(schema {found}; this version knows up to {known}); "
                         f"update the app to open it")
        self.found = found
        self.known = known


def _v1_create_tables(db: Database) -> None:
    db.create_tables(models.ALL_MODELS)


def _v2_search_index(db: Database) -> None:
    """Full-text search over own products and catalog offers (see store/search_index.py).

    Raw SQL with the table and column names as they are at version 2, so that later model
    changes do not alter what this step does. Exact look-ups by SKU and EAN already have
    indexes (product: unique; catalog_offer: sku, ean); a supplier reference was indexed
    only after the supplier column, so a scanned reference of any supplier gets its own.
    """
    db.execute_sql("CREATE INDEX IF NOT EXISTS catalog_offer_supplier_ref "
                   "ON catalog_offer (supplier_ref)")
    if not isinstance(db, SqliteDatabase):
        # PostgreSQL: no full-text index yet; search falls back to LIKE on LOWER(...)
        # (no accent folding there). A pg_trgm or tsvector index would be the next step.
        return
    # An FTS5 table that keeps its own copy of the words, neither contentless nor external
    # content: removing an entry from those needs the exact words it was indexed with
    # ("delete" command), and an import has already overwritten the offer by the time it
    # refreshes the index; contentless_delete=1 (SQLite 3.43+) would lift that, but this
    # SQLite is 3.40 and a file made with it could not be opened by an older SQLite.
    # The copy costs the size of the words (name, SKU, EAN, reference). Kind and key are
    # the rowid: a product's id, or 2**40 + an offer's id (so products come first in rowid
    # order); frozen here because the file depends on it.
    db.execute_sql("CREATE VIRTUAL TABLE search_index USING fts5("
                   "words, tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3')")
    db.execute_sql("INSERT INTO search_index (rowid, words) "
                   "SELECT id, name || ' ' || sku || ' ' || COALESCE(ean, '') FROM product")
    db.execute_sql("INSERT INTO search_index (rowid, words) "
                   "SELECT 1099511627776 + id, description || ' ' || sku || ' ' "
                   "|| COALESCE(ean, '') || CASE WHEN supplier_ref = sku THEN '' "
                   "ELSE ' ' || supplier_ref END FROM catalog_offer WHERE available")


STEPS: list[Callable[[Database], None]] = [_v1_create_tables, _v2_search_index]
CURRENT_VERSION = len(STEPS)


def schema_version(db: Database) -> int:
    if not db.table_exists(models.SchemaVersionRow._meta.table_name):
        return 0
    row = models.SchemaVersionRow.select().order_by(models.SchemaVersionRow.version.desc()).first()
    return row.version if row else 0


class ForeignDatabase(OmsError):
    def __init__(self, tables: list[str]):
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        super().__init__(f"this database belongs to another program (tables: {shown}); "
                         f"choose another file")


def backup_before_upgrade(db: Database, version: int) -> str | None:
    """A consistent copy of an SQLite file beside it before its schema changes."""
    if not isinstance(db, SqliteDatabase):
        return None
    target = Path(db.database).with_name(f"{Path(db.database).name}.schema{version}.bak")
    if target.exists():
        target.unlink()
    db.execute_sql("VACUUM INTO ?", (str(target),))
    return str(target)


def migrate(db: Database) -> int:
    """Bring the schema to CURRENT_VERSION (after a backup of an existing file); refuse a
    database from a newer app, or one that another program made."""
    found = schema_version(db)
    if found > CURRENT_VERSION:
        raise SchemaTooNew(found, CURRENT_VERSION)
    if found == 0 and db.get_tables():
        raise ForeignDatabase(db.get_tables())
    if 0 < found < CURRENT_VERSION:
        backup_before_upgrade(db, found)
    for version in range(found + 1, CURRENT_VERSION + 1):
        with db.atomic():
            STEPS[version - 1](db)
            models.SchemaVersionRow.create(version=version)
    return CURRENT_VERSION
