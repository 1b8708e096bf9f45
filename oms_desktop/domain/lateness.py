"""When is a customer line late? The words staff use to warn a customer."""

from __future__ import annotations

from datetime import date

OPEN_LINE_STATUSES = ("allocated", "ready")


def late_reason(status: str, promise: date | None, first_promise: date,
                today: date) -> str | None:
    """`unsupplied` (no supply any more), `postponed` (promised later than first told), or
    `overdue` (the date passed and the goods are not ready); None when on time."""
    if status not in OPEN_LINE_STATUSES:
        return None
    if promise is None:
        return "unsupplied"
    if promise > first_promise:
        return "postponed"
    if status == "allocated" and promise < today:
        return "overdue"
    return None
