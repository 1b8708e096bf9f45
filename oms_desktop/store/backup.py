"""Copies of an SQLite database file: taken while desks keep selling, checked before they
replace anything, and put in place so that a crash at any moment leaves either the old
file or the new one, never half of each.

A copy is made with SQLite's online backup API in one step: one read transaction, so the
copy is the database as it was at one moment even while other processes write (WAL mode
lets them). Copies are self-contained (rollback journal mode, no -wal beside them), written
to a temporary file beside their destination, synced, then renamed over it.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import InvalidInput, OmsError, Refused
from .database import (
    SQLITE_HEADER,
    StorageError,
    _sqlite_path,
    display_location,
    is_postgres,
    resolve_location,
    storage_error,
)
from .migrations import CURRENT_VERSION

SIDECARS = ("-wal", "-shm", "-journal")  # files SQLite keeps beside a database


@dataclass(frozen=True)
class FileFacts:
    """What a database file holds, read without changing it."""

    path: str
    schema_version: int
    current_version: int  # the version this app writes
    orders: int
    products: int
    last_order_on: datetime.date | None
    bytes: int


def database_file(location: str | os.PathLike | None) -> Path:
    """The SQLite file at `location` (`--db`, OMS_DB, or the default); a PostgreSQL server
    is refused: its owner backs it up with its own tools."""
    text = resolve_location(location)
    if is_postgres(text):
        raise Refused("postgresql_backup",
                      "{database} is a PostgreSQL database: back it up with "
                      "pg_dump and restore it with pg_restore (or psql) on the server; the "
                      "app copies SQLite files only", {"database": display_location(text)},
                      database=display_location(text))
    return _sqlite_path(text).absolute()


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_app_database(path: Path) -> bool:
    """An SQLite file made by the app (a backup that may be replaced by a newer one)."""
    if not is_sqlite_file(path):
        return False
    try:
        return "schema_version" in _tables(path)
    except sqlite3.Error:
        return False


def copy_database(source: Path, target: Path) -> int:
    """A consistent, self-contained copy of the database `source` at `target` (replaced
    only once the copy is complete and checked). Returns its size in bytes."""
    if not source.is_file():
        raise InvalidInput(str(source), "there is no database file here")
    if not is_sqlite_file(source):
        raise InvalidInput(str(source), "this is not a database file")
    if target.exists() and target.resolve() == source.resolve():
        raise InvalidInput(str(target), "a backup cannot be written over the database itself")
    if target.is_dir():
        raise InvalidInput(str(target), "this is a folder: give the name of the backup file")
    try:
        _refuse_foreign(_tables(source), str(source))
    except sqlite3.OperationalError as error:  # WAL readers write a -shm file beside it
        if not os.access(source.parent, os.W_OK | os.X_OK):
            raise StorageError("{folder} is a read-only folder: the database cannot be "
                               "read without writing beside it; nothing was copied",
                               folder=str(source.parent)) from None
        disk = storage_error(source, error)
        raise disk or InvalidInput(str(source), "cannot be read ({reason})",
                                   reason=str(error)) from None
    except sqlite3.DatabaseError as error:
        raise InvalidInput(str(source), "the database is damaged ({reason})",
                           reason=str(error)) from None
    new_folder = not target.parent.exists()
    temp = _temp_beside(target, "backup")
    try:
        try:
            _sqlite_copy(source, temp, candidate=False)
            problem = _quick_check(temp)
            if problem:
                problem = problem.strip().splitlines()[0]
                raise InvalidInput(str(source), "the database is damaged ({reason}); the copy "
                                                "was not kept", reason=problem)
            _sync(temp)
            os.replace(temp, target)
            _sync_folder(target.parent)
        except (OSError, sqlite3.Error) as error:
            if isinstance(error, sqlite3.DatabaseError) \
                    and not isinstance(error, sqlite3.OperationalError):
                raise InvalidInput(str(source), "the database is damaged ({reason}); the copy "
                                                "was not kept", reason=str(error)) from None
            raise _disk_problem(target, error) from None
    finally:
        _remove(temp)
        if new_folder and not target.exists():
            with contextlib.suppress(OSError):
                target.parent.rmdir()  # only if empty
    return target.stat().st_size


def inspect_database(path: Path, shown: str | None = None) -> FileFacts:
    """Integrity, ownership and schema version of the database file `path` (opened read-only);
    every problem is an error naming `shown` (default: the path)."""
    shown = shown or str(path)
    try:
        reader = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise InvalidInput(shown, "cannot be read ({reason})", reason=str(error)) from None
    try:
        try:
            problems = [row[0] for row in reader.execute("PRAGMA integrity_check(3)")]
        except sqlite3.DatabaseError as error:
            raise InvalidInput(shown, "this file is damaged ({reason}); choose another "
                                      "backup", reason=str(error)) from None
        if problems != ["ok"]:
            first = (problems[0] or "").strip().splitlines()[0]
            raise InvalidInput(shown, "this database is damaged ({reason}); choose another "
                                      "backup", reason=first)
        tables = [row[0] for row in reader.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        if not tables:
            raise InvalidInput(shown, "this database is empty: it is not a backup of the app")
        _refuse_foreign(tables, shown)
        version = reader.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        if version > CURRENT_VERSION:
            raise Refused("schema_too_new",
                          "{file} was written by a newer version of the app (schema "
                          "{version}; this version knows up to {known}); update "
                          "the app to restore it", {"found": version, "known": CURRENT_VERSION},
                          file=shown, version=version, known=CURRENT_VERSION)
        orders, last = _count(reader, "SELECT COUNT(*), MAX(created_on) FROM customer_order")
        products, _ = _count(reader, "SELECT COUNT(*), NULL FROM product")
    finally:
        reader.close()
    return FileFacts(shown, version, CURRENT_VERSION, orders, products,
                     datetime.date.fromisoformat(str(last)[:10]) if last else None,
                     path.stat().st_size)


def inspect_backup(candidate: Path) -> FileFacts:
    """`inspect_database` of a backup file, read through a copy: a backup on a read-only
    medium, or in WAL mode, stays untouched."""
    import tempfile

    _refuse_not_a_backup(candidate)
    with tempfile.TemporaryDirectory(prefix="oms-check-") as work:
        copy = Path(work) / "candidate.sqlite3"
        try:
            _sqlite_copy(candidate, copy, candidate=True)
        except (OSError, sqlite3.Error) as error:
            raise _candidate_problem(candidate, Path(work), error) from None
        facts = inspect_database(copy, shown=str(candidate))
    return FileFacts(facts.path, facts.schema_version, facts.current_version, facts.orders,
                     facts.products, facts.last_order_on, candidate.stat().st_size)


def _refuse_not_a_backup(candidate: Path) -> None:
    if not candidate.exists():
        raise InvalidInput(str(candidate), "no such file")
    if not candidate.is_file():
        raise InvalidInput(str(candidate), "this is a folder, not a backup file")
    if not is_sqlite_file(candidate):
        raise InvalidInput(str(candidate), "this is not a database file")


def restore_database(candidate: Path, target: Path, aside_stamp: str) -> tuple[FileFacts,
                                                                                Path | None]:
    """Puts a copy of the backup `candidate` in place of the database `target` once it is
    checked, keeping the database that was there as `<stem>.before-restore-<stamp><suffix>`
    beside it. Refused, with nothing changed, when the backup is not a sound database of
    the app, is newer than this app, or when another program has `target` open."""
    _refuse_not_a_backup(candidate)
    if target.exists() and candidate.resolve() == target.resolve():
        raise InvalidInput(str(candidate), "this is the database in use, not a backup")
    if target.exists() and not is_sqlite_file(target) and target.stat().st_size > 0:
        raise InvalidInput(str(target), "this is not a database file: nothing will be "
                                        "written over it")
    _forget_interrupted_restores(target)
    temp = _temp_beside(target, "restore")
    try:
        try:
            _sqlite_copy(candidate, temp, candidate=True)
        except (OSError, sqlite3.Error) as error:
            raise _candidate_problem(candidate, target, error) from None
        facts = inspect_database(temp, shown=str(candidate))
        try:
            _sync(temp)
            aside, sound = _put_aside(target, aside_stamp) if target.exists() else (None, False)
            if sound:
                _write_over(temp, target)
            else:
                for suffix in SIDECARS:  # an old -wal would be replayed into the new file
                    _remove(Path(f"{target}{suffix}"))
                os.replace(temp, target)
                _sync_folder(target.parent)
        except (OSError, sqlite3.Error) as error:
            raise _disk_problem(target, error) from None
    finally:
        _remove(temp)
    return facts, aside


def aside_name(target: Path, stamp: str) -> Path:
    return target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix or '.sqlite'}")


# --- the steps ----------------------------------------------------------------------------

def _temp_beside(target: Path, purpose: str) -> Path:
    """A temporary file in the destination's folder, so that the final rename is atomic."""
    if not target.parent.is_dir():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _disk_problem(target.parent, error) from None
    return target.with_name(f".{target.name}.{purpose}-{os.getpid()}.tmp")


def _sqlite_copy(source: Path, temp: Path, *, candidate: bool) -> None:
    """SQLite's backup API from a read-only connection into `temp`, in rollback journal
    mode. A backup handed to us may be a WAL file on a read-only medium: read it as it is
    on disk then (immutable) rather than fail."""
    _remove(temp)
    try:
        reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True, timeout=30)
        reader.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        if not candidate:
            raise
        reader = sqlite3.connect(f"{source.absolute().as_uri()}?immutable=1", uri=True)
    try:
        writer = sqlite3.connect(temp)
        try:
            reader.backup(writer)  # pages=-1: the whole file in one step, one snapshot
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def _tables(path: Path) -> list[str]:
    reader = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in reader.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    finally:
        reader.close()


def _refuse_foreign(tables: list[str], shown: str) -> None:
    if tables and "schema_version" not in tables:
        listed = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise InvalidInput(shown, "this database belongs to another program (tables: "
                                  "{tables}); choose a database of the app", tables=listed)


def _quick_check(path: Path) -> str | None:
    reader = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        found = reader.execute("PRAGMA quick_check(1)").fetchone()[0]
    finally:
        reader.close()
    return None if found == "ok" else found


def _put_aside(target: Path, stamp: str) -> tuple[Path, bool]:
    """A copy of the database about to be replaced, and whether the database is sound
    (False: damaged, copied with its side files as it is). Another process holding it
    open is refused. Leaving WAL mode needs every other connection gone, and it folds the
    -wal into the file, so that the copy holds everything."""
    whole = True
    probe = sqlite3.connect(target, timeout=1)
    try:
        mode = probe.execute("PRAGMA journal_mode").fetchone()[0]
        if mode == "wal" and probe.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "wal":
            raise _in_use(target)
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise _in_use(target) from None
        if storage_error(target, error) is not None:
            raise
        whole = False  # a damaged database: its side files are kept with it
    except sqlite3.DatabaseError:
        whole = False
    finally:
        probe.close()
    aside = aside_name(target, stamp)
    if whole:  # one snapshot, even if a desk opened the file since the check
        _sqlite_copy(target, aside, candidate=False)
    else:
        shutil.copyfile(target, aside)
        for suffix in SIDECARS:
            if Path(f"{target}{suffix}").exists():
                shutil.copyfile(f"{target}{suffix}", f"{aside}{suffix}")
    _sync(aside)
    _sync_folder(target.parent)
    return aside, whole


def _write_over(source: Path, target: Path) -> None:
    """The checked copy written into the database file itself, by SQLite's backup API in
    one write transaction: a desk opening the file at any moment finds the database before
    or the restored one, never a file replaced under it that it would go on writing into;
    killed half-way, the file's journal puts the old database back."""
    reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(target, timeout=1)
        try:
            reader.backup(writer)
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error) or "readonly" in str(error):
                raise _in_use(target) from None  # a desk opened it after the check
            raise
        finally:
            writer.close()
    finally:
        reader.close()
    _sync(target)


def _forget_interrupted_restores(target: Path) -> None:
    """Checked copies left beside the database by restores stopped half-way (an hour old
    or more: a restore takes seconds)."""
    limit = time.time() - 3600
    for temp in target.parent.glob(f".{target.name}.restore-*.tmp"):
        try:
            if temp.stat().st_mtime < limit:
                temp.unlink()
        except OSError:
            pass


def _in_use(target: Path) -> Refused:
    return Refused("database_in_use",
                   "{database} is open in another window or program (another desk, an oms "
                   "command): close it there, then restore; nothing was changed",
                   {"database": str(target)}, database=str(target))


def _candidate_problem(candidate: Path, target: Path, error: BaseException) -> OmsError:
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error,
                                                                   sqlite3.OperationalError):
        return InvalidInput(str(candidate), "this file is damaged ({reason}); choose another "
                                            "backup", reason=str(error))
    return _disk_problem(target.parent, error)


def _disk_problem(where: Path, error: BaseException) -> OmsError:
    found = storage_error(where, error)
    if found is not None:
        return found
    reason = getattr(error, "strerror", None) or error
    return InvalidInput(str(where), "cannot be written ({reason})", reason=str(reason))


def _count(reader: sqlite3.Connection, sql: str) -> tuple[int, object]:
    try:
        count, other = reader.execute(sql).fetchone()
    except sqlite3.Error:  # a table of a version that did not have it
        return 0, None
    return count, other


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
