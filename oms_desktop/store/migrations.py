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


STEPS: list[Callable[[Database], None]] = [_v1_create_tables]
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
