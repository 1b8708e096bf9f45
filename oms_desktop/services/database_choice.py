"""Choosing the database the app opens at its next start: a file or a PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import InvalidInput, OmsError
from ..store.database import _check_existing_file, display_location, is_postgres


def check_location(text: str) -> str:
    """The location as it will be opened (a file path made absolute, or the URL), refused
    when it can never be an oms database: a folder, a file of another program, a URL
    without a database name. Nothing is opened or created here."""
    location = str(text or "").strip()
    if not location:
        raise InvalidInput("database", "give a file path or a postgresql:// URL")
    if is_postgres(location):
        from playhouse.db_url import parse

        try:
            params = parse(location)
        except ValueError as error:  # a bad port, for one
            raise InvalidInput("database", "{database} is not a valid URL ({reason})",
                               database=display_location(location),
                               reason=str(error)) from None
        if not params.get("database"):
            raise InvalidInput("database", "the URL must end with the database name, like "
                                           "postgresql://user@server/oms")
        return location
    if "://" in location:
        raise InvalidInput("database", "only a file path or a postgresql:// URL can be used")
    path = Path(location).expanduser()
    if not path.is_absolute():
        raise InvalidInput("database", "give the full path of the file, not {path}",
                           path=location)
    if path.is_dir():
        raise InvalidInput("database", "{path} is a folder, not a database file",
                           path=str(path))
    try:
        _check_existing_file(path)
    except InvalidInput:
        raise
    except OmsError as error:  # a database of another program
        raise InvalidInput("database", error.template, **error.values) from None
    return str(path)
