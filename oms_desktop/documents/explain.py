"""The engine's reasons in plain words. `tr` lets the GUI pass Qt's translation function;
the CLI and tests use English as written here."""

from __future__ import annotations

import datetime
from collections.abc import Callable

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


_DATE_KEYS = ("expected", "order_date", "arrival", "received")


class _Written(str):
    """A date already written by the caller's `write_date`."""


def _date(value) -> str:
    if isinstance(value, _Written):
        return str(value)
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value)
    return value.strftime("%a %d %b %Y")


def _route(reason: dict, tr: Translate) -> str:
    parts = []
    if reason.get("handling_days"):
        parts.append(tr("{n} handling day(s) at {site}").format(n=reason["handling_days"],
                                                                site=reason.get("site", "")))
    if "transfer_days" in reason:
        parts.append(tr("{n} transfer day(s) to {to}").format(n=reason["transfer_days"],
                                                              to=reason.get("to_site", "")))
    if "delivery_days" in reason:
        parts.append(tr("{n} delivery day(s)").format(n=reason["delivery_days"]))
    return (", " + ", ".join(parts)) if parts else ""


def explain(reason: dict, tr: Translate = _identity,
            write_date: Callable[[datetime.date], str] | None = None) -> str:
    """One sentence saying where the goods come from and why that date; `write_date` writes
    its dates the reader's way (default: 'Thu 03 Dec 2026')."""
    if write_date is not None:
        reason = {key: (_Written(write_date(datetime.date.fromisoformat(value)))
                        if key in _DATE_KEYS and isinstance(value, str) else value)
                  for key, value in reason.items()}
    code = reason.get("code")
    if code == "take_away":
        return tr("On the shelf at {site}: the customer takes it now").format(
            site=reason.get("site", ""))
    if code == "site_stock":
        return tr("In stock at {site}").format(site=reason.get("site", "")) + _route(reason, tr)
    if code == "in_transit":
        return tr("On its way to {site} ({transfer}, expected {date})").format(
            site=reason.get("site", ""), transfer=reason.get("transfer", ""),
            date=_date(reason["expected"])) + _route(reason, tr)
    if code == "incoming_po":
        text = tr("On its way from the supplier ({po}, expected {date} at {site})").format(
            po=reason.get("po", ""), date=_date(reason["expected"]), site=reason.get("site", ""))
        if reason.get("overdue"):
            text += tr(", overdue: counted from today")
        return text + _route(reason, tr)
    if code == "catalog":
        return tr("Ordered from {supplier} on {order}, {lead} business day(s) lead time, "
                  "arriving at {site} on {arrival}").format(
            supplier=reason.get("supplier", ""), order=_date(reason["order_date"]),
            lead=reason.get("lead_days", 0), site=reason.get("site", ""),
            arrival=_date(reason["arrival"])) + _route(reason, tr)
    if code == "po_received":
        text = tr("Received on {date} ({po}) at {site}").format(
            date=_date(reason["received"]), po=reason.get("po", ""), site=reason.get("site", ""))
        if reason.get("transfer"):
            text += tr(", on transfer {transfer} to {to}").format(
                transfer=reason["transfer"], to=reason.get("to_site", ""))
        return text + _route(reason, tr)
    return code or ""


def explain_choice(why: dict, tr: Translate = _identity) -> str:
    """Why the engine chose these sources rather than others."""
    code = why.get("code")
    if code == "single_source":
        return tr("one source serves the whole line")
    if code == "split_earlier":
        return tr("split across sources: sooner than {date} from a single one").format(
            date=_date(why["single_date"]))
    if code == "split_needed":
        return tr("split across sources: no single one holds enough")
    if code == "split_by_preference":
        return tr("split across sources in order of preference")
    return code or ""
