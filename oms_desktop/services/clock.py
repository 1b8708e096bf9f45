"""Today's date, overridable with OMS_TODAY=YYYY-MM-DD so that scripts and tests repeat."""

from __future__ import annotations

import datetime
import os

from ..domain.errors import InvalidInput


def today() -> datetime.date:
    override = os.environ.get("OMS_TODAY")
    if override:
        return parse_date(override, "OMS_TODAY")
    return datetime.date.today()


def parse_date(text: str | datetime.date, field: str = "date") -> datetime.date:
    if isinstance(text, datetime.date):
        return text
    try:
        return datetime.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput(field, "'{text}' is not a date (YYYY-MM-DD)", text=text) from None


def parse_future_date(text: str | datetime.date, field: str, today: datetime.date,
                      years_ahead: int = 2) -> datetime.date:
    """A date from today to `years_ahead` years on: expected deliveries, promises."""
    day = parse_date(text, field)
    if day < today:
        raise InvalidInput(field, "{date} is in the past", date=day)
    if day > today + datetime.timedelta(days=366 * years_ahead):
        raise InvalidInput(field, "{date} is more than {years} years ahead (a typo?)",
                           date=day, years=years_ahead)
    return day
