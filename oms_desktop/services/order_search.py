"""Finding customer orders at the counter, and what can be done with one.

`search_orders` answers the Orders screen a page at a time (a shop keeps thousands of
orders): the filters and the words typed (order number, customer, phone, e-mail, SKU or EAN)
run in the database; names are matched without regard to case or accents ("elodie" finds
"Élodie"). `order_detail` gives one order whole: its view, the goods it still waits for, and
the actions that make sense for it now.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal

from peewee import Case, Database, fn

from ..domain.errors import InvalidInput
from ..domain.lateness import OPEN_LINE_STATUSES, late_reason
from ..domain.model import Mode
from ..domain.values import cents_to_decimal
from ..store.models import CustomerOrderRow, OrderLineRow, ProductRow, SiteRow
from ..store.rows import as_date
from .allocations import late_lines_condition
from .clock import today as clock_today
from .fulfilment import Waiting, line_waits_for
from .order_views import OrderView, order_row, order_view
from .references import ORDER, format_ref

STATUSES = ("open", "completed", "cancelled")
CHANNELS = ("shop", "web", "marketplace")
LATE_ORDER = ("unsupplied", "postponed", "overdue")  # the most worrying first
MAX_NAMES = 2_000  # distinct customer names matching one word, before we give up folding


@dataclass(frozen=True)
class OrderSummary:
    """One row of the order list."""

    order: str  # SO-000042
    site: str
    channel: str
    mode: str
    status: str
    customer: str
    contact: str
    created_on: datetime.date
    promise_date: datetime.date | None  # None: a line has no supply, or nothing is left
    total: Decimal
    lines: int
    late: str | None = None  # the most worrying reason among its lines (domain.lateness)
    late_lines: int = 0
    open_lines: int = 0  # allocated or ready
    ready_lines: int = 0  # set aside for the customer


@dataclass(frozen=True)
class OrderPage:
    orders: list[OrderSummary]
    matching: int  # orders matching the filters and words, all pages together
    late: int  # of which late
    offset: int = 0

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.orders) < self.matching


@dataclass(frozen=True)
class OrderActions:
    """What staff can sensibly do with an order now (the buttons of the Orders screen)."""

    mark_ready: bool = False  # a line waits to be set aside (refused, with why, if no goods)
    ship: bool = False  # home delivery with goods in place
    collect: bool = False  # pick-up or take away with goods in place
    cancel: bool = False
    reallocate: bool = False
    return_goods: bool = False  # goods already reached the customer
    print_promise: bool = False
    next_step: str | None = None  # ready, ship or collect: what staff would do next


@dataclass(frozen=True)
class OrderDetail:
    view: OrderView
    waiting: list[Waiting] = field(default_factory=list)
    actions: OrderActions = field(default_factory=OrderActions)
    returnable: list[tuple[str, int]] = field(default_factory=list)  # (SKU, qty not back yet)


def fold(text: str) -> str:
    """Lower case without accents: what staff type compared with what was recorded."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> list[str]:
    """The words typed; a phone number typed with spaces or dots is one token of digits."""
    text = str(text or "").strip()
    if not text:
        return []
    if re.fullmatch(r"\+?[\d\s./-]+", text) and sum(c.isdigit() for c in text) >= 4 \
            and not re.fullmatch(r"\d+", text):
        return [re.sub(r"\D", "", text)]
    return [w for w in text.split() if w]


def _order_number(word: str) -> int | None:
    match = re.fullmatch(r"(?:so-?)?0*(\d{1,12})", word.strip().lower())
    return int(match.group(1)) if match and int(match.group(1)) else None


def _digits_only(column):
    """The column with the usual phone separators removed (portable SQL)."""
    for separator in (" ", ".", "-", "/", "\u00a0"):
        column = fn.REPLACE(column, separator, "")
    return column


class _Names:
    """Customer names as recorded, folded once per search."""

    def __init__(self) -> None:
        self._folded: list[tuple[str, str]] | None = None

    def containing(self, word: str) -> list[str]:
        if self._folded is None:
            names = (CustomerOrderRow.select(CustomerOrderRow.customer_name).distinct()
                     .where(CustomerOrderRow.customer_name != "").tuples())
            self._folded = [(name, fold(name)) for (name,) in names]
        wanted = fold(word)
        return [name for name, folded in self._folded if wanted in folded][:MAX_NAMES]


def _word_condition(word: str, names: _Names):
    """An order matches a word by its number, its customer, its contact or a product."""
    number = _order_number(word)
    condition = CustomerOrderRow.id == (number or 0)
    if word.isdigit() and len(word) < 4:
        return condition  # "42" is an order number, not every SKU or phone with a 42 in it
    products = ProductRow.select(ProductRow.id).where(ProductRow.sku.contains(word)
                                                      | (ProductRow.ean == word))
    condition |= CustomerOrderRow.id.in_(  # the few products first, then their lines
        OrderLineRow.select(OrderLineRow.order).where(OrderLineRow.product.in_(products)))
    if word.isdigit() or word.startswith("+"):
        digits = re.sub(r"\D", "", word)
        return condition | _digits_only(CustomerOrderRow.customer_contact).contains(digits)
    condition |= CustomerOrderRow.customer_contact.contains(word)  # an e-mail address
    matching_names = names.containing(word)
    if matching_names:
        condition |= CustomerOrderRow.customer_name.in_(matching_names)
    return condition


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if value in (None, "", "all"):
        return None
    value = str(value).strip().lower()
    if value not in allowed:
        raise InvalidInput(name, "'{value}' is not one of {allowed}",
                           value=value, allowed=", ".join(allowed))
    return value


def _conditions(text: str, status, channel, site, today: datetime.date) -> list:
    conditions = []
    status = _choice(status, STATUSES, "status")
    if status:
        conditions.append(CustomerOrderRow.status == status)
    channel = _choice(channel, CHANNELS, "channel")
    if channel:
        conditions.append(CustomerOrderRow.channel == channel)
    if site:
        site_id = SiteRow.select(SiteRow.id).where(SiteRow.code == str(site).strip().upper())
        conditions.append(CustomerOrderRow.site.in_(site_id))
    names = _Names()
    conditions += [_word_condition(word, names) for word in _tokens(text)]
    return conditions


def _where(query, conditions):
    for condition in conditions:
        query = query.where(condition)
    return query


def search_orders(db: Database, text: str = "", *, status: str | None = None,
                  channel: str | None = None, site: str | None = None, late_only: bool = False,
                  limit: int = 200, offset: int = 0,
                  today: datetime.date | None = None) -> OrderPage:
    """The orders matching the filters and every word typed, newest first, `limit` at a
    time from `offset`; with how many match in all and how many of those are late."""
    today = today or clock_today()
    limit = max(1, min(int(limit), 5_000))
    offset = max(0, int(offset))
    late_ids = OrderLineRow.select(OrderLineRow.order).where(late_lines_condition(today))
    conditions = _conditions(text, status, channel, site, today)
    is_late = CustomerOrderRow.id.in_(late_ids)
    if late_only:
        conditions.append(is_late)
    counts = _where(CustomerOrderRow.select(
        fn.COUNT(CustomerOrderRow.id),
        fn.SUM(Case(None, [(is_late, 1)], 0))), conditions).tuples().first()
    matching, late = int(counts[0] or 0), int(counts[1] or 0)
    rows = list(_where(CustomerOrderRow.select(CustomerOrderRow, SiteRow.code).join(SiteRow),
                       conditions)
                .order_by(CustomerOrderRow.id.desc()).limit(limit).offset(offset).objects())
    return OrderPage(_summaries(rows, today), matching, late, offset)


def _summaries(rows: list, today: datetime.date) -> list[OrderSummary]:
    lines: dict[int, list] = {row.id: [] for row in rows}
    if rows:
        for line in (OrderLineRow.select(OrderLineRow.order, OrderLineRow.qty,
                                         OrderLineRow.unit_price_cents, OrderLineRow.status,
                                         OrderLineRow.promise_date,
                                         OrderLineRow.first_promise_date)
                     .where(OrderLineRow.order.in_(list(lines))).tuples()):
            lines[line[0]].append(line[1:])
    return [_summary(row, lines[row.id], today) for row in rows]


def _summary(row, lines: list, today: datetime.date) -> OrderSummary:
    live = [(qty, price, status, as_date(promise), as_date(first))
            for qty, price, status, promise, first in lines if status != "cancelled"]
    dates = [promise for _, _, _, promise, _ in live]
    reasons = [late_reason(status, promise, first, today)
               for _, _, status, promise, first in live]
    reasons = [r for r in reasons if r]
    return OrderSummary(
        format_ref(ORDER, row.id), row.code, row.channel, row.mode, row.status,
        row.customer_name, row.customer_contact, as_date(row.created_on),
        None if not dates or None in dates else max(dates),
        cents_to_decimal(sum(qty * price for qty, price, *_ in live)), len(lines),
        min(reasons, key=LATE_ORDER.index) if reasons else None, len(reasons),
        sum(status in OPEN_LINE_STATUSES for _, _, status, _, _ in live),
        sum(status == "ready" for _, _, status, _, _ in live))


def order_actions(view: OrderView, to_set_aside: int) -> OrderActions:
    """The actions that make sense: `to_set_aside` counts the allocated lines whose goods
    are already where the customer gets them."""
    statuses = {line.status for line in view.lines}
    is_open = view.status == "open"
    hand_over = is_open and (to_set_aside > 0 or "ready" in statuses)
    ship = hand_over and view.mode == Mode.DELIVERY.value
    collect = hand_over and view.mode in (Mode.PICKUP.value, Mode.TAKE_AWAY.value)
    next_step = "ready" if is_open and to_set_aside else \
        "ship" if ship else "collect" if collect else None
    return OrderActions(
        mark_ready=is_open and "allocated" in statuses,
        ship=ship, collect=collect,
        cancel=is_open and bool(statuses & set(OPEN_LINE_STATUSES)),
        reallocate=is_open and "allocated" in statuses,
        return_goods=bool(statuses & {"shipped", "collected"}),
        print_promise=view.status != "cancelled", next_step=next_step)


def order_detail(db: Database, ref: str, today: datetime.date | None = None) -> OrderDetail:
    """One order whole, with the goods it still waits for and what can be done with it."""
    today = today or clock_today()
    order = order_row(ref)
    view = order_view(order, today)
    waiting: list[Waiting] = []
    to_set_aside = 0
    for line in order.lines:
        if line.status == "allocated":
            blockers = line_waits_for(line, order)
            waiting += blockers
            to_set_aside += not blockers
    returnable = _returnable(view)
    actions = order_actions(view, to_set_aside)
    if not returnable:
        actions = replace(actions, return_goods=False)
    return OrderDetail(view, waiting, actions, returnable)


def _returnable(view: OrderView) -> list[tuple[str, int]]:
    """(SKU, quantity) the customer received and has not brought back yet."""
    left: dict[str, int] = {}
    for line in view.lines:
        if line.status in ("shipped", "collected"):
            left[line.sku] = left.get(line.sku, 0) + line.qty
    for event in view.history:
        if event.code == "returned" and event.detail.get("sku") in left:
            left[event.detail["sku"]] -= int(event.detail.get("qty", 0) or 0)
    return sorted((sku, qty) for sku, qty in left.items() if qty > 0)
