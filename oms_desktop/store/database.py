"""Opening a database: the one place that knows SQLite from PostgreSQL.

`open_database` picks the engine from the location, sets the pragmas, binds the models and
brings the schema up to date. `writing(db)` is the transaction every service that changes
data runs in: on SQLite it takes the write lock at BEGIN (BEGIN IMMEDIATE) so that two desks
can never both read "3 left" and both sell them; on PostgreSQL a transaction-level advisory
lock gives the same one-writer-at-a-time guarantee.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import peewee
from peewee import Database, PostgresqlDatabase, SqliteDatabase

from ..domain.errors import InvalidInput, OmsError
from .migrations import CURRENT_VERSION, ForeignDatabase, SchemaTooNew, migrate
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


class StorageError(OmsError):
    """The disk said no (full, read-only): nothing was written."""


def storage_error(where: object, error: BaseException) -> StorageError | None:
    """`error` (an OSError, or SQLite's words for it) in plain words naming `where`; None
    when it is not about the disk."""
    text = str(error).lower()
    number = getattr(error, "errno", None)
    if number == errno.ENOSPC or "disk is full" in text or "no space" in text \
            or ((number == errno.EIO or "disk i/o error" in text) and _nearly_full(where)):
        return StorageError("{where}: the disk is full, nothing was saved; free some space "
                            "and try again", where=str(where))
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text \
            or "read-only" in text or "permission denied" in text:
        return StorageError("{where} is read-only: the app cannot write there, nothing was "
                            "changed (check its permissions, or copy the database to a "
                            "folder you can write to)", where=str(where))
    if number == errno.EIO or "disk i/o error" in text:
        return StorageError("{where}: the disk reported an error while writing, nothing was "
                            "saved; check the disk, then try again", where=str(where))
    return None


def _nearly_full(where: object) -> bool:
    """SQLite reports a disk too full to create its -shm file as an I/O error."""
    import shutil

    folder = Path(str(where))
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < 1_000_000
    except OSError:
        return False


def _check_writable(path: Path) -> None:
    """SQLite writes the file and, in WAL mode, two files beside it: both must be allowed
    before anything is opened (a read-only file would otherwise fail half-way)."""
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StorageError("{path} is read-only: the app needs to write to its database, "
                           "nothing was changed (check the file's permissions, or copy it "
                           "to a folder you can write to)", path=str(path))
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StorageError("{folder} is a read-only folder: the database needs to write "
                           "its journal beside {file}, nothing was changed (choose a "
                           "folder you can write to)", folder=str(path.parent), file=path.name)


def _check_existing_file(path: Path) -> None:
    """Refuses, before anything is written to it, a file that is not an SQLite database, that
    another program made, or that a newer version of the app wrote (our pragmas would
    otherwise change its header)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise InvalidInput("database", "{path} is not a database file", path=str(path))
    try:
        reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = [row[0] for row in reader.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            found = reader.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] \
                if "schema_version" in tables else None
            # not in WAL mode: a copy never opened by the app (a backup, a restored file);
            # checked once, before the switch to WAL writes its header
            damage = reader.execute("PRAGMA quick_check(1)").fetchone()[0] \
                if _in_rollback_mode(path) and found else "ok"
        finally:
            reader.close()
    except sqlite3.Error as error:
        disk = storage_error(path, error)
        if disk is not None:
            raise disk from None
        raise InvalidInput("database", "{path} is damaged and cannot be read ({reason}); "
                                       "restore a backup or choose another file",
                           path=str(path), reason=str(error)) from None
    if damage != "ok":
        raise InvalidInput("database", "{path} is damaged ({reason}); "
                                       "restore a backup or choose another file",
                           path=str(path), reason=damage.splitlines()[0])
    if tables and "schema_version" not in tables:
        raise ForeignDatabase(tables, str(path))
    if found is not None and found > CURRENT_VERSION:
        raise SchemaTooNew(found, CURRENT_VERSION, str(path))


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
            raise InvalidInput("database", "{path} is a folder, not a database file",
                               path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InvalidInput("database", "cannot create the folder {folder} ({reason})",
                               folder=str(path.parent),
                               reason=str(error.strerror or error)) from None
        _check_writable(path)
        _check_existing_file(path)
        db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=30)
        # a file in rollback mode (a backup, another copy) gets its mode back if refused
        db.oms_rollback_file = _in_rollback_mode(path)
    try:
        db.connect()
    except BaseException:
        _give_back(db)
        raise
    return db


def _in_rollback_mode(path: Path) -> bool:
    """Header bytes 18-19 say 1 for a rollback journal, 2 for WAL."""
    try:
        with open(path, "rb") as handle:
            return handle.read(20)[18:19] == b"\x01"
    except OSError:
        return False


def _give_back(db: Database) -> None:
    """A database refused while being opened: our connection closed and, for a file that
    was in rollback mode, that mode put back, so that the file is left as it was found."""
    with contextlib.suppress(Exception):
        if not db.is_closed():
            db.close()
    gc.collect()  # statements of a failed query hold the file open until collected
    if getattr(db, "oms_rollback_file", False):
        with contextlib.suppress(Exception):
            writer = sqlite3.connect(db.database, timeout=1)
            try:
                writer.execute("PRAGMA journal_mode = DELETE")
            finally:
                writer.close()


def open_database(location: str | os.PathLike | None = None) -> Database:
    """Open (creating if need be) and upgrade the database, and bind the models to it. A
    database refused on the way is left as it was found, and said why in plain words."""
    db = None
    started = time.time()
    try:
        db = connect(location)
        model_proxy.initialize(db)
        migrate(db)
        return db
    except peewee.DatabaseError as error:
        failure = error
    except BaseException:
        if db is not None:
            _give_back(db)
        raise
    # out of the except block: the cursors the traceback kept alive are freed, so that
    # closing our connection really closes the file before its mode is put back
    failure.__traceback__ = None
    reason = str(failure).strip().splitlines()[0] if str(failure).strip() \
        else type(failure).__name__
    disk = storage_error(display_location(location), failure)
    del failure
    if db is not None:
        _give_back(db)
        _drop_broken_upgrade_copies(db, started)
    if disk is not None:
        raise disk
    if "malformed" in reason or "not a database" in reason:
        raise InvalidInput("database", "{database} is damaged ({reason}); "
                                       "restore a backup or choose another file",
                           database=display_location(location), reason=reason)
    raise InvalidInput("database", "{database} cannot be opened as an oms database ({reason})",
                       database=display_location(location), reason=reason)


def _drop_broken_upgrade_copies(db: Database, since: float) -> None:
    """The copy taken before an upgrade of a damaged database is itself half-written: it
    goes (a sound copy stays: the steps before a failed one are kept)."""
    if not isinstance(db, SqliteDatabase):
        return
    path = Path(db.database)
    for copy in path.parent.glob(f"{path.name}.schema*.bak"):
        with contextlib.suppress(OSError, sqlite3.Error):
            if copy.stat().st_mtime < since - 1:
                continue
            reader = sqlite3.connect(f"{copy.absolute().as_uri()}?mode=ro", uri=True)
            try:
                sound = reader.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
            except sqlite3.DatabaseError:
                sound = False
            finally:
                reader.close()
            if not sound:
                copy.unlink()


def bind(db: Database) -> None:
    """Point the models at `db` (a process holding one database needs this only once)."""
    model_proxy.initialize(db)


@contextlib.contextmanager
def writing(db: Database) -> Iterator[None]:
    """One write transaction; concurrent writers queue up instead of overselling. A full or
    read-only disk rolls it back and says so in plain words (StorageError)."""
    try:
        if isinstance(db, SqliteDatabase):
            with db.atomic("IMMEDIATE"):
                yield
        else:
            with db.atomic():
                if db.transaction_depth() == 1:
                    db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK_KEY,))
                yield
    except peewee.OperationalError as error:
        disk = storage_error(db.database, error)
        if disk is None:
            raise
        raise disk from error


def close(db: Database) -> None:
    if not db.is_closed():
        db.close()


__all__ = ["ALL_MODELS", "open_database", "connect", "writing", "close", "bind"]
