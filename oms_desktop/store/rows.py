"""Inserting one row with a compiled statement, for the few tables written on every sale.

Peewee's `Model.create` builds its SQL anew each time, which costs more than the insert
itself (shared/reference/performance.md); these statements are built once per table and column list.
Values are given in the database's own terms: ids, integers, text, dates.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from peewee import Database


@lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...], param: str) -> str:
    names = ", ".join(columns)
    marks = ", ".join([param] * len(columns))
    return f"INSERT INTO {table} ({names}) VALUES ({marks}) RETURNING id"


def sql_value(db: Database, value):
    """SQLite keeps peewee's text forms of dates and times; PostgreSQL takes them as they are."""
    if db.param != "?":
        return value
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def insert_row(db: Database, table: str, **values) -> int:
    """INSERT one row; returns its id."""
    columns = tuple(values)
    sql = _insert_sql(table, columns, db.param)
    cursor = db.execute_sql(sql, tuple(sql_value(db, values[c]) for c in columns))
    return cursor.fetchone()[0]


def now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def as_date(value) -> datetime.date | None:
    """A date read back from the database: SQLite gives peewee's text, PostgreSQL a date."""
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def as_datetime(value) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    return datetime.datetime.fromisoformat(str(value))
