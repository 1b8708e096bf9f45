"""Schema versions. Each step runs in its own transaction; the version is recorded with it.

A step must not import today's models for the tables it alters: when a later version
changes a model, copy the model as it was into the step that created it (a frozen copy),
so that upgrading an old file replays history exactly.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

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


def migrate(db: Database) -> int:
    """Bring the schema to CURRENT_VERSION; refuse a database from a newer app."""
    found = schema_version(db)
    if found > CURRENT_VERSION:
        raise SchemaTooNew(found, CURRENT_VERSION)
    for version in range(found + 1, CURRENT_VERSION + 1):
        with db.atomic():
            STEPS[version - 1](db)
            models.SchemaVersionRow.create(version=version)
    return CURRENT_VERSION
