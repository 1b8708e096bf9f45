"""Opening the retailer's database for the GUI and the CLI, without them touching the store."""

from __future__ import annotations

import os

from peewee import Database

from ..store.database import bind, close, display_location, open_database, resolve_location
from ..store.models import SiteRow


def open_session(location: str | os.PathLike | None = None) -> Database:
    """The database at `location` (default: the file in the user's data folder), created and
    upgraded as needed."""
    return open_database(location)


def close_session(db: Database) -> None:
    close(db)


def reopen_replaced(db: Database, location: str | os.PathLike | None = None) -> None:
    """After the file under `db` was replaced (a restore): an older one is upgraded now, and
    `db`, which the window's screens hold, stays the database every query goes to (opening
    a database points the models at the new object)."""
    close(db)
    close(open_database(location))
    bind(db)


def is_empty(db: Database) -> bool:
    """True until the first site exists: the app then offers the demo or a first set-up."""
    return not SiteRow.select().exists()


def location_of(location: str | os.PathLike | None = None) -> str:
    """Where the database is, as shown to users (a PostgreSQL password is never shown)."""
    return display_location(location)


def resolved_location(location: str | os.PathLike | None = None) -> str:
    return resolve_location(location)
