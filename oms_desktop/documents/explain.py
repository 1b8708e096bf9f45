"""The engine's reasons in plain words. `tr` lets the GUI pass Qt's translation function;
the CLI and tests use English as written here.

A sentence with a count goes through `trn(text, disambiguation, n)`, Qt's way: `text` holds
the count as %n and its words as English writes them for any count ("%n delivery day(s)"),
and `trn` returns the sentence with the count, in the singular or the plural. The GUI passes
Qt's translation (ui/texts.py), the promise PDF its own (documents/promise_pdf.py); without
`trn`, English says "1 delivery day" and "2 delivery days"."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

Translate = Callable[[str], str]
TranslateCount = Callable[[str, "str | None", int], str]


def _identity(text: str) -> str:
    return text


_PLURAL_ENDING = re.compile(r"\((s|es)\)")


def english_count(text: str, disambiguation: str | None, n: int) -> str:  # noqa: ARG001
    """'%n delivery day(s)' -> '1 delivery day', '2 delivery days' (and '0 delivery days')."""
    words = _PLURAL_ENDING.sub("" if n == 1 else r"\1", text)
    return words.replace("%Ln", f"{n:,}").replace("%n", str(n))


_DATE_KEYS = ("expected", "order_date", "arrival", "received")


class _Written(str):
    """A date already written by the caller's `write_date`."""


def _date(value) -> str:
    if isinstance(value, _Written):
        return str(value)
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value)
    return value.strftime("%a %d %b %Y")


def _route(reason: dict, trn: TranslateCount) -> str:
    parts = []
    if reason.get("handling_days"):
        parts.append(trn("%n handling day(s) at {site}", "", reason["handling_days"]).format(
            site=reason.get("site", "")))
    if "transfer_days" in reason:
        parts.append(trn("%n transfer day(s) to {to}", "", reason["transfer_days"]).format(
            to=reason.get("to_site", "")))
    if "delivery_days" in reason:
        parts.append(trn("%n delivery day(s)", "", reason["delivery_days"]))
    return (", " + ", ".join(parts)) if parts else ""


def explain(reason: dict, tr: Translate = _identity,
            write_date: Callable[[datetime.date], str] | None = None,
            trn: TranslateCount | None = None) -> str:
    """One sentence saying where the goods come from and why that date; `write_date` writes
    its dates the reader's way (default: 'Thu 03 Dec 2026'); `trn` says its counts (see
    above)."""
    trn = trn or english_count
    if write_date is not None:
        reason = {key: (_Written(write_date(datetime.date.fromisoformat(value)))
                        if key in _DATE_KEYS and isinstance(value, str) else value)
                  for key, value in reason.items()}
    code = reason.get("code")
    if code == "take_away":
        return tr("On the shelf at {site}: the customer takes it now").format(
            site=reason.get("site", ""))
    if code == "site_stock":
        return tr("In stock at {site}").format(site=reason.get("site", "")) + _route(reason, trn)
    if code == "in_transit":
        return tr("On its way to {site} ({transfer}, expected {date})").format(
            site=reason.get("site", ""), transfer=reason.get("transfer", ""),
            date=_date(reason["expected"])) + _route(reason, trn)
    if code == "incoming_po":
        text = tr("On its way from the supplier ({po}, expected {date} at {site})").format(
            po=reason.get("po", ""), date=_date(reason["expected"]), site=reason.get("site", ""))
        if reason.get("overdue"):
            text += tr(", overdue: counted from today")
        return text + _route(reason, trn)
    if code == "catalog":
        return trn("Ordered from {supplier} on {order}, %n business day(s) lead time, "
                   "arriving at {site} on {arrival}", "", reason.get("lead_days", 0)).format(
            supplier=reason.get("supplier", ""), order=_date(reason["order_date"]),
            site=reason.get("site", ""), arrival=_date(reason["arrival"])) + _route(reason, trn)
    if code == "po_received":
        text = tr("Received on {date} ({po}) at {site}").format(
            date=_date(reason["received"]), po=reason.get("po", ""), site=reason.get("site", ""))
        if reason.get("transfer"):
            text += tr(", on transfer {transfer} to {to}").format(
                transfer=reason["transfer"], to=reason.get("to_site", ""))
        return text + _route(reason, trn)
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
