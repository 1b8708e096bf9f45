"""Dates, money and numbers as people of the document's language write them.

Two languages, a few small tables: no Babel. French follows the Imprimerie nationale and
CLDR habits (a narrow no-break space between thousands, a no-break space before the euro
sign and before "%", "1er" for the first day of a month); English follows US/UK business
letters ("November 26, 2026", "€1,234.50"). Money is Decimal, never float.
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from ..domain.errors import InvalidInput

LANGUAGES = ("en", "fr")
CENT = Decimal("0.01")
NBSP = "\u00a0"  # no-break space: before € and % in French
NNBSP = "\u202f"  # narrow no-break space: French thousands separator

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
# thousands separator, decimal separator
_SEPARATORS = {"en": (",", "."), "fr": (NNBSP, ",")}
_WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def check_language(language: str) -> str:
    """'FR', 'fr_FR', 'fr-CA' -> 'fr'; anything but English or French is refused."""
    code = str(language or "").strip().lower().replace("-", "_").split("_")[0]
    if code not in LANGUAGES:
        raise InvalidInput("language", "'{language}' is not one of {known}",
                           language=language, known=", ".join(LANGUAGES))
    return code


def format_date(day: datetime.date, language: str, weekday: bool = False) -> str:
    """fr '26 novembre 2026' ('jeudi 26 novembre 2026'), '1er décembre 2026';
    en 'November 26, 2026' ('Thursday, November 26, 2026')."""
    language = check_language(language)
    month = _MONTHS[language][day.month - 1]
    name = _WEEKDAYS[language][day.weekday()]
    if language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        text = f"{number} {month} {day.year}"
        return f"{name} {text}" if weekday else text
    text = f"{month} {day.day}, {day.year}"
    return f"{name}, {text}" if weekday else text


def format_weekday(day: datetime.date, language: str) -> str:
    """'Thursday' / 'jeudi'."""
    return _WEEKDAYS[check_language(language)][day.weekday()]


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def format_number(value: Decimal | int, language: str, places: int = 0) -> str:
    """1234 -> fr '1 234', en '1,234'; with `places` decimals, rounded half up."""
    language = check_language(language)
    thousands, decimal_mark = _SEPARATORS[language]
    amount = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    text = _group(whole, thousands)
    if places:
        text += decimal_mark + fraction
    return sign + text


def format_money(amount: Decimal | int | str, language: str, symbol: str = "€") -> str:
    """Decimal('1234.5') -> fr '1 234,50 €', en '€1,234.50'; negatives '-1 234,50 €',
    '-€1,234.50'. Rounded half up to the cent."""
    language = check_language(language)
    value = Decimal(amount) if not isinstance(amount, Decimal) else amount
    if not value.is_finite():
        raise InvalidInput("amount", "'{text}' is not an amount", text=amount)
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    digits = format_number(abs(value), language, 2)
    sign = "-" if value < 0 else ""
    if language == "fr":
        return f"{sign}{digits}{NBSP}{symbol}"
    return f"{sign}{symbol}{digits}"


def format_percent(rate: Decimal | int | str, language: str) -> str:
    """Decimal('5.5') -> fr '5,5 %', en '5.5%'; '20' -> '20 %', '20%'."""
    language = check_language(language)
    value = Decimal(str(rate)).normalize()
    places = max(0, -value.as_tuple().exponent)
    text = format_number(value, language, places)
    return f"{text}{NBSP}%" if language == "fr" else f"{text}%"


def format_weekdays(days: str, language: str) -> str:
    """The store's 'mon,tue,wed,thu,fri,sat' -> 'Monday to Saturday' / 'du lundi au samedi';
    'mon,thu' -> 'Monday and Thursday' / 'lundi et jeudi'. Runs of three days or more are
    written as a span."""
    language = check_language(language)
    numbers = sorted({_WEEKDAY_CODES.index(d.strip().lower()[:3])
                      for d in str(days).split(",") if d.strip()[:3].lower() in _WEEKDAY_CODES})
    if not numbers:
        return ""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    names = _WEEKDAYS[language]
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            first, last = names[run[0]], names[run[-1]]
            parts.append(f"du {first} au {last}" if language == "fr" else f"{first} to {last}")
        else:
            parts.extend(names[n] for n in run)
    if len(parts) == 1:
        return parts[0]
    joiner = " et " if language == "fr" else " and "
    return ", ".join(parts[:-1]) + joiner + parts[-1]


def capitalise(text: str) -> str:
    """First letter up, the rest untouched ('du lundi au samedi' -> 'Du lundi au samedi')."""
    return text[:1].upper() + text[1:]
