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
        raise InvalidInput(field, f"'{text}' is not a date (YYYY-MM-DD)") from None
