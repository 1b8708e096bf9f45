"""Business calendars: which days a site, a supplier or a carrier works.

Holidays are handed in as dates by the caller (the services read them from the `holidays`
package), so this module stays pure and its rules can be tested day by day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .errors import InvalidInput

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MONDAY_TO_FRIDAY = frozenset(range(5))
MONDAY_TO_SATURDAY = frozenset(range(6))
# A year with no open day would loop forever; no real calendar needs more than this.
_MAX_SCAN_DAYS = 400


def parse_weekdays(text: str, field_name: str = "days") -> frozenset[int]:
    """'mon,thu' or 'mon-fri' or 'mon-sat' -> weekday numbers (Monday is 0)."""
    days: set[int] = set()
    for part in str(text).lower().replace(" ", "").split(","):
        if not part:
            continue
        if "-" in part:
            first, _, last = part.partition("-")
            if "-" in last:
                raise InvalidInput(field_name, "'{part}' is not a range like mon-fri", part=part)
            start, end = _weekday(first, field_name), _weekday(last, field_name)
            span = range(start, end + 1) if start <= end else [*range(start, 7), *range(end + 1)]
            days.update(span)
        else:
            days.add(_weekday(part, field_name))
    if not days:
        raise InvalidInput(field_name, "name at least one weekday (mon, tue, ... sun)")
    return frozenset(days)


_WEEKDAY_WORDS = {
    **{name: n for n, name in enumerate(WEEKDAY_NAMES)},
    **{name: n for n, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
    **{name: n for n, name in enumerate(("lun", "mar", "mer", "jeu", "ven", "sam", "dim"))},
    **{name: n for n, name in enumerate(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))},
}


def _weekday(name: str, field_name: str) -> int:
    """'mon', 'monday', 'lun' or 'lundi' -> 0; anything else is refused."""
    try:
        return _WEEKDAY_WORDS[name]
    except KeyError:
        raise InvalidInput(field_name, "'{name}' is not a weekday (mon, tue, ... sun)",
                           name=name) from None


def format_weekdays(days: Iterable[int]) -> str:
    return ",".join(WEEKDAY_NAMES[d] for d in sorted(days))


@dataclass(frozen=True)
class BusinessCalendar:
    """Working weekdays minus public holidays."""

    open_weekdays: frozenset[int] = MONDAY_TO_FRIDAY
    holidays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.open_weekdays:
            raise InvalidInput("opening days", "a calendar needs at least one working weekday")

    def is_open(self, day: date) -> bool:
        return day.weekday() in self.open_weekdays and day not in self.holidays

    def next_open(self, day: date) -> date:
        """`day` itself when it is a working day, else the next working day."""
        for _ in range(_MAX_SCAN_DAYS):
            if self.is_open(day):
                return day
            day += timedelta(days=1)
        raise InvalidInput("calendar", "no working day within a year")

    def add_days(self, start: date, days: int) -> date:
        """The working day `days` working days after `start` (0: `start` or the next open day)."""
        day = self.next_open(start)
        for _ in range(days):
            day = self.next_open(day + timedelta(days=1))
        return day
