"""Purchasing rules: order quantities rounded to what a supplier sells, and arrival dates."""

from __future__ import annotations

from datetime import date

from .calendar import BusinessCalendar
from .errors import InvalidInput


def order_quantity(needed: int, pack_size: int = 1, min_order_qty: int = 1) -> int:
    """The smallest quantity the supplier accepts that covers `needed`: at least the minimum
    order quantity, in whole packs."""
    if needed <= 0:
        raise InvalidInput("quantity", "must be positive (got {value})", value=needed)
    if pack_size < 1 or min_order_qty < 1:
        raise InvalidInput("pack", "pack size and minimum quantity are at least 1")
    qty = max(needed, min_order_qty)
    return -(-qty // pack_size) * pack_size


def order_and_arrival(order_calendar: BusinessCalendar, delivery_calendar: BusinessCalendar,
                      lead_days: int, today: date) -> tuple[date, date]:
    """(the first day the supplier takes orders, from today; the day the goods arrive)."""
    order_day = order_calendar.next_open(today)
    return order_day, delivery_calendar.add_days(order_day, lead_days)
