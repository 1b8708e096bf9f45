from datetime import date

import pytest

from oms_desktop.domain.calendar import BusinessCalendar, parse_weekdays
from oms_desktop.domain.errors import InvalidInput
from oms_desktop.domain.purchasing import order_and_arrival, order_quantity

THU_26_NOV = date(2026, 11, 26)
FRI_27_NOV = date(2026, 11, 27)
SAT_28_NOV = date(2026, 11, 28)
MON_30_NOV = date(2026, 11, 30)
TUE_1_DEC = date(2026, 12, 1)
THU_3_DEC = date(2026, 12, 3)
THU_24_DEC = date(2026, 12, 24)
MON_28_DEC = date(2026, 12, 28)
FRENCH_HOLIDAYS = frozenset({date(2026, 12, 25), date(2027, 1, 1)})  # both Fridays


def calendar(days, holidays=frozenset()):
    return BusinessCalendar(parse_weekdays(days), holidays)


@pytest.mark.parametrize("needed, pack, moq, expected", [
    (7, 1, 1, 7),
    (7, 6, 1, 12),  # whole packs
    (12, 6, 1, 12),
    (13, 6, 1, 18),
    (1, 12, 1, 12),
    (3, 1, 10, 10),  # minimum order quantity
    (10, 1, 10, 10),
    (11, 1, 10, 11),
    (3, 6, 10, 12),  # both: at least the minimum, in whole packs
    (25, 6, 10, 30),
    (10, 4, 10, 12),
])
def test_orders_the_smallest_quantity_the_supplier_accepts(needed, pack, moq, expected):
    assert order_quantity(needed, pack, moq) == expected


@pytest.mark.parametrize("needed, pack, moq", [
    (0, 1, 1), (-1, 1, 1), (5, 0, 1), (5, -6, 1), (5, 1, 0), (5, 1, -2),
])
def test_refuses_nothing_to_order_and_empty_packs(needed, pack, moq):
    with pytest.raises(InvalidInput):
        order_quantity(needed, pack, moq)


@pytest.mark.parametrize("order_days, working_days, lead_days, today, expected", [
    # The supplier takes orders on Mondays and Thursdays and delivers in 3 working days.
    ("mon,thu", "mon-fri", 3, THU_26_NOV, (THU_26_NOV, TUE_1_DEC)),
    ("mon,thu", "mon-fri", 3, FRI_27_NOV, (MON_30_NOV, THU_3_DEC)),
    ("mon,thu", "mon-fri", 3, SAT_28_NOV, (MON_30_NOV, THU_3_DEC)),
    ("mon-fri", "mon-fri", 0, THU_26_NOV, (THU_26_NOV, THU_26_NOV)),
    ("mon-fri", "mon-fri", 2, THU_26_NOV, (THU_26_NOV, MON_30_NOV)),
    ("mon-fri", "mon-sat", 2, THU_26_NOV, (THU_26_NOV, SAT_28_NOV)),
    # Ordered on a Saturday from a supplier that works Monday to Friday: Monday is day 0.
    ("mon-sat", "mon-fri", 1, SAT_28_NOV, (SAT_28_NOV, TUE_1_DEC)),
])
def test_orders_on_the_next_order_day_and_counts_the_lead_time_in_working_days(
        order_days, working_days, lead_days, today, expected):
    assert order_and_arrival(calendar(order_days), calendar(working_days), lead_days,
                             today) == expected


def test_the_lead_time_skips_the_suppliers_holidays():
    order_day, arrival = order_and_arrival(calendar("mon-fri", FRENCH_HOLIDAYS),
                                           calendar("mon-fri", FRENCH_HOLIDAYS), 1, THU_24_DEC)
    assert (order_day, arrival) == (THU_24_DEC, MON_28_DEC)


def test_an_order_day_on_a_holiday_moves_to_the_next_order_day():
    # Orders on Fridays only: Christmas and New Year's Day are both Fridays in 2026-27.
    fridays = calendar("fri", FRENCH_HOLIDAYS)
    order_day, arrival = order_and_arrival(fridays, calendar("mon-fri", FRENCH_HOLIDAYS), 2,
                                           THU_24_DEC)
    assert (order_day, arrival) == (date(2027, 1, 8), date(2027, 1, 12))
