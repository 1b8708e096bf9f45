"""Opening a database: the one place that knows SQLite from PostgreSQL.

`open_database` picks the engine from the location, sets the pragmas, binds the models and
brings the schema up to date. `writing(db)` is the transaction every service that changes
data runs in: on SQLite it takes the write lock at BEGIN (BEGIN IMMEDIATE) so that two desks
can never both read "3 left" and both sell them; on PostgreSQL a transaction-level advisory
lock gives the same one-writer-at-a-time guarantee.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee
from peewee import Database, PostgresqlDatabase, SqliteDatabase

from ..domain.errors import InvalidInput
from .migrations import ForeignDatabase, migrate
from .models import ALL_MODELS, database as model_proxy

APP_NAME = "oms_desktop"
DB_FILENAME = "oms.sqlite3"
_WRITE_LOCK_KEY = 7_345_001  # any constant shared by every process of the app

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 30_000,  # ms: a desk waits for another's sale instead of failing
    "synchronous": "full",  # a confirmed order survives a power cut
    "cache_size": -32_000,  # 32 MB
}


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def resolve_location(location: str | os.PathLike | None) -> str:
    """`--db`, then `OMS_DB`, then the file in the user's data folder."""
    if location is None or str(location) == "":
        location = os.environ.get("OMS_DB") or default_database_path()
    return str(location)


def display_location(location: str | os.PathLike | None) -> str:
    """The location as shown to users: a PostgreSQL password is never printed."""
    text = resolve_location(location)
    if is_postgres(text) and "@" in text:
        scheme, _, rest = text.partition("://")
        credentials, _, host = rest.rpartition("@")
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return text


def is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def _sqlite_path(location: str) -> Path:
    if location.startswith("sqlite:///"):
        location = location[len("sqlite:///"):]
    return Path(location).expanduser()


SQLITE_HEADER = b"SQLite format 3\x00"


def _check_existing_file(path: Path) -> None:
    """Refuses, before anything is written to it, a file that is not an SQLite database or
    that another program made (our pragmas would otherwise change its header)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise InvalidInput("database", f"{path} is not a database file")
    reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in reader.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    finally:
        reader.close()
    if tables and "schema_version" not in tables:
        raise ForeignDatabase(tables)


def connect(location: str | os.PathLike | None = None) -> Database:
    """A connection to the database at `location`, without touching its schema."""
    location = resolve_location(location)
    if is_postgres(location):
        from playhouse.db_url import parse

        params = parse(location)
        name = params.pop("database")
        db: Database = PostgresqlDatabase(name, **params)
    else:
        path = _sqlite_path(location)
        if path.is_dir():
            raise InvalidInput("database", f"{path} is a folder, not a database file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InvalidInput("database", f"cannot create the folder {path.parent} "
                                           f"({error.strerror or error})") from None
        _check_existing_file(path)
        db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=30)
    db.connect()
    return db


def open_database(location: str | os.PathLike | None = None) -> Database:
    """Open (creating if need be) and upgrade the database, and bind the models to it."""
    db = None
    try:
        db = connect(location)
        model_proxy.initialize(db)
        migrate(db)
    except peewee.DatabaseError as error:
        if db is not None:
            db.close()
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InvalidInput("database", f"{display_location(location)} cannot be opened as an "
                                       f"oms database ({reason})") from None
    return db


def bind(db: Database) -> None:
    """Point the models at `db` (a process holding one database needs this only once)."""
    model_proxy.initialize(db)


@contextlib.contextmanager
def writing(db: Database) -> Iterator[None]:
    """One write transaction; concurrent writers queue up instead of overselling."""
    if isinstance(db, SqliteDatabase):
        with db.atomic("IMMEDIATE"):
            yield
    else:
        with db.atomic():
            if db.transaction_depth() == 1:
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK_KEY,))
            yield


def close(db: Database) -> None:
    if not db.is_closed():
        db.close()


__all__ = ["ALL_MODELS", "open_database", "connect", "writing", "close", "bind"]
