"""Backups of the retailer's database, and putting one back.

A backup is a consistent copy taken while the app runs (other desks may keep selling). By
default they go to a `backups` folder beside the database, named after the database and
the moment: `oms-2026-11-26-093012.sqlite3`; the copy the app takes by itself on the first
start of each day ends in `-auto` and only the last 14 of those are kept (backups made on
request are never deleted). Restoring checks the file first, refuses anything that is not a
sound backup of this app or that a newer version wrote, keeps the current database aside,
and leaves an older schema to be upgraded the next time the database opens.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..store.backup import (
    FileFacts,
    copy_database,
    database_file,
    inspect_backup,
    is_app_database,
    restore_database,
)
from ..domain.errors import InvalidInput
from ..store.database import default_database_path, is_postgres, resolve_location

KEEP_AUTOMATIC = 14
LOG_NAME = "oms-desktop.log"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})-(?P<time>\d{6})(?:-\d+)?"
                   r"(?P<auto>-auto)?\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: str
    made_at: datetime.datetime
    automatic: bool
    bytes: int


@dataclass(frozen=True)
class BackupCheck:
    """A backup file as it would be restored."""

    file: str
    schema_version: int
    current_version: int
    orders: int
    products: int
    last_order_on: datetime.date | None
    bytes: int
    made_at: datetime.datetime

    @property
    def needs_upgrade(self) -> bool:
        return self.schema_version < self.current_version


@dataclass(frozen=True)
class Restored:
    database: str
    restored_from: str
    kept_aside: str | None  # the database that was replaced
    schema_version: int
    upgraded_on_open: bool
    orders: int


def backups_folder(location: str | os.PathLike | None = None) -> str:
    """Where backups go by default: `backups` beside the database file."""
    return str(database_file(location).parent / "backups")


def log_file(location: str | os.PathLike | None = None) -> str:
    """The app's log: `logs/oms-desktop.log` beside the database file (in the user's data
    folder for a PostgreSQL database)."""
    text = resolve_location(location)
    folder = default_database_path().parent if is_postgres(text) else \
        database_file(text).parent
    return str(folder / "logs" / LOG_NAME)


def backup(location: str | os.PathLike | None = None, out: str | os.PathLike | None = None,
           *, now: datetime.datetime | None = None, automatic: bool = False) -> BackupFile:
    """A consistent copy of the database at `location`, taken while it is in use: to `out`,
    or to a new timestamped file in the backups folder."""
    source = database_file(location)
    now = (now or datetime.datetime.now()).replace(microsecond=0)
    if out is None or str(out) == "":
        target = _new_name(source, now, automatic)
    else:
        target = Path(out).expanduser().absolute()
        if target.exists() and not target.is_dir() and target.stat().st_size \
                and not is_app_database(target):
            raise InvalidInput(str(target), "this file exists and is not a backup: choose "
                                            "another name")
    size = copy_database(source, target)
    return BackupFile(str(target), now, automatic, size)


def daily_backup(location: str | os.PathLike | None = None, *,
                 now: datetime.datetime | None = None,
                 keep: int = KEEP_AUTOMATIC) -> BackupFile | None:
    """The automatic backup of the first start of each day (None when today's exists, or
    for a PostgreSQL database); keeps the last `keep` automatic ones."""
    if is_postgres(resolve_location(location)):
        return None
    if not database_file(location).exists():
        return None
    now = now or datetime.datetime.now()
    automatic = [b for b in list_backups(location) if b.automatic]
    if any(b.made_at.date() == now.date() for b in automatic):
        return None
    _forget_interrupted(Path(backups_folder(location)))
    made = backup(location, now=now, automatic=True)
    kept = sorted([made] + automatic, key=lambda b: b.made_at, reverse=True)
    for old in kept[keep:]:
        Path(old.path).unlink(missing_ok=True)
    return made


def list_backups(location: str | os.PathLike | None = None) -> list[BackupFile]:
    """The backups in the backups folder, newest first."""
    folder = Path(backups_folder(location))
    stem = database_file(location).stem
    found = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if not match or match["stem"] != stem:
            continue
        made_at = datetime.datetime.strptime(f"{match['day']} {match['time']}",
                                             "%Y-%m-%d %H%M%S")
        found.append(BackupFile(str(path), made_at, bool(match["auto"]), path.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path), reverse=True)


def check_backup(file: str | os.PathLike) -> BackupCheck:
    """What restoring `file` would bring back; refused (nothing changed) when it is not a
    sound backup of the app or a newer version of the app wrote it."""
    path = Path(file).expanduser().absolute()
    return _check(inspect_backup(path), path)


def restore(location: str | os.PathLike | None, file: str | os.PathLike, *,
            now: datetime.datetime | None = None) -> Restored:
    """Replaces the database at `location` with the backup `file`, after checking it; the
    database it replaces is kept beside it (`<name>.before-restore-<moment>`). Nobody may
    have the database open meanwhile (the app closes its own connections first)."""
    target = database_file(location)
    candidate = Path(file).expanduser().absolute()
    stamp = (now or datetime.datetime.now()).strftime("%Y%m%d-%H%M%S")
    facts, aside = restore_database(candidate, target, stamp)
    return Restored(str(target), str(candidate), str(aside) if aside else None,
                    facts.schema_version, facts.schema_version < facts.current_version,
                    facts.orders)


def _check(facts: FileFacts, path: Path) -> BackupCheck:
    made_at = datetime.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    match = _NAME.match(path.name)
    if match:
        made_at = datetime.datetime.strptime(f"{match['day']} {match['time']}",
                                             "%Y-%m-%d %H%M%S")
    return BackupCheck(facts.path, facts.schema_version, facts.current_version, facts.orders,
                       facts.products, facts.last_order_on, facts.bytes, made_at)


def _forget_interrupted(folder: Path) -> None:
    """Half-written copies of a backup the app was stopped in (a day old or more)."""
    import time

    for temp in folder.glob(".*.backup-*.tmp") if folder.is_dir() else []:
        try:
            if temp.stat().st_mtime < time.time() - 86_400:
                temp.unlink()
        except OSError:
            pass


def _new_name(source: Path, now: datetime.datetime, automatic: bool) -> Path:
    folder = source.parent / "backups"
    base = f"{source.stem}-{now:%Y-%m-%d-%H%M%S}"
    tail = "-auto" if automatic else ""
    target = folder / f"{base}{tail}.sqlite3"
    number = 1
    while target.exists():  # two backups in the same second
        number += 1
        target = folder / f"{base}-{number}{tail}.sqlite3"
    return target
