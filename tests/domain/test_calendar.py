from datetime import date, timedelta

import pytest

from oms_desktop.domain.calendar import (
    MONDAY_TO_FRIDAY,
    MONDAY_TO_SATURDAY,
    BusinessCalendar,
    format_weekdays,
    parse_weekdays,
)
from oms_desktop.domain.errors import InvalidInput

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

THU_26_NOV = date(2026, 11, 26)
FRI_27_NOV = date(2026, 11, 27)
SAT_28_NOV = date(2026, 11, 28)
SUN_29_NOV = date(2026, 11, 29)
MON_30_NOV = date(2026, 11, 30)
TUE_1_DEC = date(2026, 12, 1)
THU_3_DEC = date(2026, 12, 3)
WED_23_DEC = date(2026, 12, 23)
THU_24_DEC = date(2026, 12, 24)
CHRISTMAS = date(2026, 12, 25)  # a Friday
MON_28_DEC = date(2026, 12, 28)
FRENCH_HOLIDAYS = frozenset({CHRISTMAS, date(2027, 1, 1)})

WEEKDAYS = BusinessCalendar(MONDAY_TO_FRIDAY)
FRENCH_WEEKDAYS = BusinessCalendar(MONDAY_TO_FRIDAY, FRENCH_HOLIDAYS)
SHOP_WEEK = BusinessCalendar(MONDAY_TO_SATURDAY)


def test_the_fixed_dates_are_the_weekdays_the_tests_say():
    assert THU_26_NOV.weekday() == THU
    assert SAT_28_NOV.weekday() == SAT
    assert CHRISTMAS.weekday() == FRI


@pytest.mark.parametrize("text, days", [
    ("mon,thu", {MON, THU}),
    ("mon-fri", {MON, TUE, WED, THU, FRI}),
    ("mon-sat", {MON, TUE, WED, THU, FRI, SAT}),
    ("fri-mon", {FRI, SAT, SUN, MON}),
    ("sat-sun", {SAT, SUN}),
    ("tue-mon", {MON, TUE, WED, THU, FRI, SAT, SUN}),
    ("mon-mon", {MON}),
    ("sun", {SUN}),
    ("Mon, Thu", {MON, THU}),
    ("MON-FRI", {MON, TUE, WED, THU, FRI}),
    ("mon,,thu,", {MON, THU}),
    ("mon-wed,fri", {MON, TUE, WED, FRI}),
    ("monday,thursday", {MON, THU}),
    ("tuesday-thursday", {TUE, WED, THU}),
    ("lun-ven", {MON, TUE, WED, THU, FRI}),  # French, as the retailers write it
    ("lundi,jeudi", {MON, THU}),
    ("Samedi-Dimanche", {SAT, SUN}),
])
def test_parses_weekday_lists_and_ranges(text, days):
    assert parse_weekdays(text) == frozenset(days)


@pytest.mark.parametrize("text", ["", ",", " ", "funday", "m", "mo", "mon-", "-fri",
                                  "mon-xyz", "1-5", "tues", "thurs"])
def test_refuses_what_is_not_a_weekday(text):
    with pytest.raises(InvalidInput):
        parse_weekdays(text)


def test_names_the_field_it_was_reading_when_refusing():
    with pytest.raises(InvalidInput) as refused:
        parse_weekdays("funday", "order days")
    assert refused.value.field == "order days"
    assert "funday" in refused.value.message


@pytest.mark.parametrize("text", ["monkey", "sunny", "wedding", "mon;thu", "mon-tue-wed"])
def test_refuses_words_that_merely_start_like_a_weekday(text):
    with pytest.raises(InvalidInput):
        parse_weekdays(text)


@pytest.mark.parametrize("days, text", [
    ({MON, THU}, "mon,thu"),
    ({SUN, MON}, "mon,sun"),
    (MONDAY_TO_FRIDAY, "mon,tue,wed,thu,fri"),
])
def test_formats_weekdays_in_week_order(days, text):
    assert format_weekdays(days) == text
    assert parse_weekdays(text) == frozenset(days)


def test_a_calendar_needs_a_working_weekday():
    with pytest.raises(InvalidInput):
        BusinessCalendar(frozenset())


@pytest.mark.parametrize("cal, day, is_open", [
    (WEEKDAYS, THU_26_NOV, True),
    (WEEKDAYS, SAT_28_NOV, False),
    (SHOP_WEEK, SAT_28_NOV, True),
    (SHOP_WEEK, SUN_29_NOV, False),
    (WEEKDAYS, CHRISTMAS, True),
    (FRENCH_WEEKDAYS, CHRISTMAS, False),
])
def test_is_open_on_working_weekdays_that_are_not_holidays(cal, day, is_open):
    assert cal.is_open(day) is is_open


@pytest.mark.parametrize("cal, day, expected", [
    (WEEKDAYS, THU_26_NOV, THU_26_NOV),
    (WEEKDAYS, SAT_28_NOV, MON_30_NOV),
    (WEEKDAYS, SUN_29_NOV, MON_30_NOV),
    (SHOP_WEEK, SAT_28_NOV, SAT_28_NOV),
    (SHOP_WEEK, SUN_29_NOV, MON_30_NOV),
    (WEEKDAYS, CHRISTMAS, CHRISTMAS),
    (FRENCH_WEEKDAYS, CHRISTMAS, MON_28_DEC),
    (FRENCH_WEEKDAYS, THU_24_DEC, THU_24_DEC),
])
def test_next_open_is_the_day_itself_or_the_next_working_day(cal, day, expected):
    assert cal.next_open(day) == expected


@pytest.mark.parametrize("cal, start, days, expected", [
    (WEEKDAYS, THU_26_NOV, 0, THU_26_NOV),
    (WEEKDAYS, THU_26_NOV, 1, FRI_27_NOV),
    (WEEKDAYS, THU_26_NOV, 2, MON_30_NOV),
    (WEEKDAYS, THU_26_NOV, 5, THU_3_DEC),
    (SHOP_WEEK, THU_26_NOV, 2, SAT_28_NOV),
    (SHOP_WEEK, THU_26_NOV, 3, MON_30_NOV),
    (WEEKDAYS, THU_24_DEC, 1, CHRISTMAS),
    (FRENCH_WEEKDAYS, THU_24_DEC, 1, MON_28_DEC),
    (FRENCH_WEEKDAYS, WED_23_DEC, 2, MON_28_DEC),
])
def test_add_days_counts_working_days_only(cal, start, days, expected):
    assert cal.add_days(start, days) == expected


@pytest.mark.parametrize("cal, start, expected", [
    (WEEKDAYS, SAT_28_NOV, MON_30_NOV),
    (WEEKDAYS, SUN_29_NOV, MON_30_NOV),
    (FRENCH_WEEKDAYS, CHRISTMAS, MON_28_DEC),
])
def test_add_zero_days_on_a_closed_day_gives_the_next_open_day(cal, start, expected):
    assert cal.add_days(start, 0) == expected


def test_a_closed_start_day_rolls_forward_before_counting():
    # Goods that reach a closed site on Saturday are "day 0" on Monday: one day is Tuesday.
    assert WEEKDAYS.add_days(SAT_28_NOV, 1) == TUE_1_DEC


def test_a_calendar_with_no_working_day_in_a_year_is_refused_instead_of_looping():
    every_monday = frozenset(THU_26_NOV + timedelta(days=4 + 7 * week) for week in range(60))
    mondays_only = BusinessCalendar(frozenset({MON}), every_monday)
    with pytest.raises(InvalidInput):
        mondays_only.next_open(THU_26_NOV)
