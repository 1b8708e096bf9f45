"""Words and formats the screens share: statuses, sources, reasons, dates and money in the
user's language. Every sentence goes through Qt's translation."""

from __future__ import annotations

import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..documents.explain import explain, explain_choice


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translation of module-level text; pyside6-lupdate files `tr("...")` calls under the
    empty context, and so are they looked up here. A count goes as Qt's: one per sentence,
    `tr("%n line(s)", "", n)` (%Ln groups its thousands), and the translation (oms_en.qm for
    English too) says it in the singular or the plural."""
    return QCoreApplication.translate("", text, disambiguation, n)


_explain_tr = tr  # documents/explain.py's sentences are found by lupdate the same way


def reason_text(reason: dict) -> str:
    """Where the goods come from and why that date, in the user's language."""
    return explain(reason, _explain_tr, format_day, trn=_explain_tr)


def choice_text(why: dict) -> str:
    return explain_choice(why, _explain_tr)


def format_date(day: datetime.date | None, long: bool = False) -> str:
    if day is None:
        return ""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    if not long:
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd/MM/yyyy"
                                  if QLocale().language() == QLocale.Language.French
                                  else "ddd MMM d, yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def format_day(day: datetime.date | None) -> str:
    """Compact, for tables: 'Thu 26 Nov' / 'jeu. 26 nov.' (with the year when not this one)."""
    if day is None:
        return ""
    pattern = "ddd d MMM" if day.year == datetime.date.today().year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_money(amount: Decimal | str | int | None) -> str:
    if amount is None:
        return ""
    value = float(Decimal(str(amount)))
    return QLocale().toCurrencyString(value, "€")


def status_text(status: str) -> str:
    return {
        "open": tr("open"), "completed": tr("completed"), "cancelled": tr("cancelled"),
        "allocated": tr("allocated"), "ready": tr("ready"), "shipped": tr("shipped"),
        "collected": tr("collected"), "draft": tr("draft"), "confirmed": tr("confirmed"),
        "partially_received": tr("partly received"), "received": tr("received"),
        "in_transit": tr("in transit"), "held": tr("held"), "released": tr("released"),
        "unsupplied": tr("no supply"), "done": tr("done"), "pending": tr("pending"),
    }.get(status, status)


def source_text(source: str) -> str:
    return {"site_stock": tr("stock"), "po_line": tr("incoming PO"),
            "catalog": tr("supplier catalog")}.get(source, source)


def preference_text(preference: str) -> str:
    return {"shelf": tr("this shop's shelf"), "warehouse": tr("warehouse"),
            "other_shop": tr("another shop"), "incoming_po": tr("incoming purchase order"),
            "catalog": tr("supplier catalog")}.get(preference, preference)


def channel_text(channel: str) -> str:
    return {"shop": tr("shop"), "web": tr("web"),
            "marketplace": tr("marketplace")}.get(channel, channel)


def mode_text(mode: str) -> str:
    return {"take_away": tr("take away"), "pickup": tr("pick-up in shop"),
            "delivery": tr("home delivery")}.get(mode, mode)


def late_text(why: str | None) -> str:
    return {"unsupplied": tr("no supply any more"), "postponed": tr("later than promised"),
            "overdue": tr("promise date passed")}.get(why or "", "")


def error_text(error: BaseException) -> str:
    """A refusal or a bad input in plain words, in the user's language; anything else as
    an unexpected error."""
    from ..domain.errors import InvalidInput, NotFound, OmsError

    if isinstance(error, InvalidInput):
        return tr("{field}: {message}").format(field=field_text(error.field),
                                               message=message_text(error))
    if isinstance(error, NotFound):
        return tr("{kind} not found: {key}").format(kind=field_text(error.kind), key=error.key)
    if isinstance(error, OmsError):
        return message_text(error)
    return tr("Something unexpected went wrong ({kind}). Your data is safe; the details are "
              "in the log.").format(kind=type(error).__name__)


def message_text(error) -> str:
    """The sentence of a refusal, a bad input or a rejected catalog row (without the field),
    in the user's language: its template translated (ui/error_texts.py lists them), then
    filled in; in English as the service wrote it when there is no translation."""
    template = getattr(error, "template", None)
    if template is None:
        return getattr(error, "message", None) or str(error)
    values = getattr(error, "values", None) or {}
    said = QCoreApplication.translate("errors", template)
    if not values:
        return said
    try:
        return said.format(**{key: _value_text(key, value) for key, value in values.items()})
    except (KeyError, IndexError, ValueError):  # a translation naming other values
        return template.format(**values)


def field_text(field: str) -> str:
    """A field named by an error ("cost", "supplier ref", "quantity of MUG"...) in the
    user's language."""
    said = QCoreApplication.translate("fields", field)
    if said != field:
        return said
    head, of, item = field.partition(" of ")
    if of and QCoreApplication.translate("fields", head) != head:
        return tr("{field} of {item}").format(field=QCoreApplication.translate("fields", head),
                                              item=item)
    return field


def mapping_field_text(field: str) -> str:
    """A field of a catalog's column mapping ("supplier_ref", "cost"...) as the import
    window names it."""
    return {"supplier_ref": tr("supplier reference"), "sku": tr("our SKU"), "ean": tr("EAN"),
            "description": tr("description"), "cost": tr("cost"), "pack": tr("pack size"),
            "moq": tr("minimum quantity"), "lead_days": tr("lead days"),
            "available": tr("available"), "price": tr("retail price"),
            "vat": tr("VAT rate")}.get(field, field)


def _value_text(key: str, value):
    """An error's value as the user reads it: our words (a status, a mode, a mapping's
    field) in their language, numbers and dates their way."""
    if isinstance(value, str) and (key == "status" or key.endswith("_status")):
        return status_text(value)
    if isinstance(value, str) and key == "mode":
        return mode_text(value)
    if isinstance(value, str) and key.endswith("field_name"):
        return mapping_field_text(value)
    if isinstance(value, str) and key == "columns":  # a mapping's missing fields, joined
        return ", ".join(mapping_field_text(name) for name in value.split(", "))
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return format_date(value)
    return value


def count_text(number: int) -> str:
    """1,000,000 / 1 000 000, also under a locale that omits group separators."""
    return f"{number:,}".replace(",", QLocale().groupSeparator() or ",")


def weekdays_text(days: str) -> str:
    """'mon,tue,wed,thu,fri' -> 'Mon–Fri' (a run of days) or 'Mon, Thu' in the user's words."""
    from ..domain.calendar import parse_weekdays
    from ..domain.errors import InvalidInput

    try:
        numbers = sorted(parse_weekdays(days))
    except InvalidInput:
        return days
    names = [day_name(n) for n in numbers]
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{names[0]}–{names[-1]}"
    return ", ".join(names)


def day_name(number: int) -> str:
    """Monday is 0, as in the domain; the name is the user's language's short name."""
    return QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat).rstrip(".").capitalize()
