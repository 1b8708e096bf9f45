"""The owner's reports: stock value, sales, promises kept, catalog trials, late, PO history.

Each report is one SQL query (portable: SQLite and PostgreSQL) whose rows are shaped into a
plain `Report`: typed columns and rows of plain values (int, Decimal money, Decimal
fractions for percentages, dates), so that the screen, CSV, XLSX and PDF exports show the
same figures. Money is Decimal euros, computed from integer cents.

Where a sold unit came from (the `sales` report) is read from its allocation, which keeps
the trace of its first supply even after receipt or transfer:
- a supply request on it: it was sold from a supplier's catalog (`catalog`);
- else a PO line on it: it was sold on an incoming PO (`incoming_po`), even if received since;
- else stock: the site it was taken from (the origin of its transfer, if any) is a
  warehouse (`warehouse`, even for a web order placed on the warehouse), the selling shop
  (`shelf`) or another shop (`other_shop`).
"Future stock" is `incoming_po` + `catalog`.

A sale is dated by its ledger row (kind `sale`, the day the goods were shipped or collected).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from peewee import Database

from ..domain.errors import InvalidInput
from ..domain.lateness import late_reason
from ..store.rows import sql_value
from .clock import parse_date
from .clock import today as clock_today
from .references import ORDER, PURCHASE_ORDER, format_ref

KINDS = ("text", "int", "money", "percent", "date", "number")
SOURCES = ("shelf", "warehouse", "other_shop", "incoming_po", "catalog")
FUTURE_SOURCES = ("incoming_po", "catalog")
DEFAULT_DAYS = 30  # the period when no --from is given: the last 30 days up to --to


@dataclass(frozen=True)
class ReportColumn:
    key: str
    title: str
    kind: str = "text"  # text, int, money (Decimal €), percent (Decimal 0..1), date, number


@dataclass
class Report:
    name: str
    title: str
    columns: list[ReportColumn]
    rows: list[dict]
    filters: dict = field(default_factory=dict)  # from, to (dates), site (code), today

    def as_json(self) -> dict:
        return {"name": self.name, "title": self.title, "filters": self.filters,
                "columns": [c.key for c in self.columns], "rows": self.rows}


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive
    site: str | None
    today: datetime.date

    def bounds(self, db: Database) -> tuple:
        """Half-open datetime bounds [start 00:00, end+1 00:00), in the database's terms."""
        start = datetime.datetime.combine(self.start, datetime.time())
        end = datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time())
        return sql_value(db, start), sql_value(db, end)


def _cents(value) -> Decimal | None:
    if value is None:
        return None
    return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


def _day(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date) and not isinstance(
            value, datetime.datetime):
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    return datetime.date.fromisoformat(str(value)[:10])


def _fraction(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def _site_clause(column: str, period: Period, db: Database) -> tuple[str, list]:
    if not period.site:
        return "", []
    return f" AND {column} = {db.param}", [period.site]


def _rows(db: Database, sql: str, params: list) -> list[tuple]:
    return db.execute_sql(sql.replace("?", db.param), params).fetchall()


# --- stock by site ---------------------------------------------------------------------

_STOCK_SQL = """
SELECT si.code, si.name, p.sku, p.name, st.on_hand, st.reserved,
  COALESCE(
    (SELECT MIN(o.cost_cents) FROM catalog_offer o WHERE o.sku = p.sku AND o.available = ?),
    (SELECT pl.unit_cost_cents FROM purchase_line pl
       JOIN purchase_order po ON po.id = pl.po_id
      WHERE pl.product_id = p.id AND po.status <> 'cancelled'
      ORDER BY po.created_at DESC, pl.id DESC LIMIT 1)) AS cost
FROM stock st JOIN site si ON si.id = st.site_id JOIN product p ON p.id = st.product_id
WHERE (st.on_hand <> 0 OR st.reserved <> 0){site}
ORDER BY si.code, p.sku
"""


def stock_by_site(db: Database, period: Period) -> Report:
    """Per site and product: on hand, reserved, available, unit cost (cheapest available
    catalog offer, else the last PO's cost) and the stock's value at cost."""
    site_sql, site_params = _site_clause("si.code", period, db)
    rows = []
    for code, site_name, sku, name, on_hand, reserved, cost in _rows(
            db, _STOCK_SQL.format(site=site_sql), [sql_value(db, True), *site_params]):
        unit = _cents(cost)
        rows.append({"site": code, "site_name": site_name, "sku": sku, "product": name,
                     "on_hand": on_hand, "reserved": reserved, "available": on_hand - reserved,
                     "unit_cost": unit, "value": None if cost is None else _cents(cost * on_hand)})
    return Report("stock_by_site", "Stock by site, valued at cost", [
        ReportColumn("site", "Site"), ReportColumn("site_name", "Site name"),
        ReportColumn("sku", "SKU"), ReportColumn("product", "Product"),
        ReportColumn("on_hand", "On hand", "int"), ReportColumn("reserved", "Reserved", "int"),
        ReportColumn("available", "Available", "int"),
        ReportColumn("unit_cost", "Unit cost", "money"),
        ReportColumn("value", "Value at cost", "money")], rows,
        {"site": period.site, "today": period.today})


# --- sales -----------------------------------------------------------------------------

# The day each order's product left: its last sale row in the ledger (SO-000042 -> 42).
_SOLD = """
  (SELECT CAST(SUBSTR(reference, 4) AS INTEGER) AS order_id, product_id, MAX(at) AS sold_at
     FROM ledger WHERE kind = 'sale' AND SUBSTR(reference, 1, 3) = 'SO-'
    GROUP BY reference, product_id) sold
"""

_SOURCE = """
  CASE WHEN a.supply_request_id IS NOT NULL THEN 'catalog'
       WHEN a.po_line_id IS NOT NULL THEN 'incoming_po'
       WHEN origin.kind = 'warehouse' THEN 'warehouse'
       WHEN origin.id = o.site_id THEN 'shelf'
       ELSE 'other_shop' END
"""

_SALES_SQL = f"""
SELECT o.channel, shop.code, {_SOURCE} AS source, SUM(a.qty),
       SUM(a.qty * ol.unit_price_cents)
FROM allocation a
  JOIN order_line ol ON ol.id = a.line_id
  JOIN customer_order o ON o.id = ol.order_id
  JOIN site shop ON shop.id = o.site_id
  LEFT JOIN transfer t ON t.id = a.transfer_id
  JOIN site origin ON origin.id = COALESCE(t.origin_id, a.site_id)
  JOIN {_SOLD} ON sold.order_id = o.id AND sold.product_id = ol.product_id
WHERE a.status = 'done' AND ol.status IN ('shipped', 'collected')
  AND sold.sold_at >= ? AND sold.sold_at < ?{{site}}
GROUP BY o.channel, shop.code, {_SOURCE}
ORDER BY o.channel, shop.code
"""


def sales(db: Database, period: Period) -> Report:
    """Units and revenue (incl. VAT) shipped or collected in the period, by channel and shop,
    with the units from each source and the share served from future stock."""
    site_sql, site_params = _site_clause("shop.code", period, db)
    groups: dict[tuple[str, str], dict] = {}
    for channel, shop, source, units, revenue in _rows(
            db, _SALES_SQL.format(site=site_sql), [*period.bounds(db), *site_params]):
        row = groups.setdefault((channel, shop), {
            "channel": channel, "shop": shop, **{s: 0 for s in SOURCES}, "units": 0,
            "revenue_cents": 0})
        row[source] += int(units)
        row["units"] += int(units)
        row["revenue_cents"] += int(revenue)
    rows = list(groups.values())
    if rows:
        total = {"channel": "all", "shop": "all"}
        for key in (*SOURCES, "units", "revenue_cents"):
            total[key] = sum(r[key] for r in rows)
        rows.append(total)
    for row in rows:
        row["revenue"] = _cents(row.pop("revenue_cents"))
        row["future_share"] = _fraction(sum(row[s] for s in FUTURE_SOURCES), row["units"])
    titles = {"shelf": "Shelf", "warehouse": "Warehouse", "other_shop": "Other shop",
              "incoming_po": "Incoming PO", "catalog": "Catalog"}
    return Report("sales", "Sales by channel, shop and source", [
        ReportColumn("channel", "Channel"), ReportColumn("shop", "Shop"),
        *[ReportColumn(s, titles[s], "int") for s in SOURCES],
        ReportColumn("units", "Units", "int"),
        ReportColumn("revenue", "Revenue incl. VAT", "money"),
        ReportColumn("future_share", "From future stock", "percent")], rows,
        _filters(period))


# --- promises kept ---------------------------------------------------------------------

_PROMISES_SQL = f"""
SELECT ol.id, o.created_on, ol.first_promise_date, MAX(sold.sold_at), ol.qty,
       MIN(COALESCE(req_sup.code, po_sup.code)), MIN(COALESCE(req_sup.name, po_sup.name))
FROM order_line ol
  JOIN customer_order o ON o.id = ol.order_id
  JOIN site shop ON shop.id = o.site_id
  JOIN {_SOLD} ON sold.order_id = o.id AND sold.product_id = ol.product_id
  LEFT JOIN allocation a ON a.line_id = ol.id AND a.status = 'done'
  LEFT JOIN supply_request req ON req.id = a.supply_request_id
  LEFT JOIN supplier req_sup ON req_sup.id = req.supplier_id
  LEFT JOIN purchase_line pl ON pl.id = a.po_line_id
  LEFT JOIN purchase_order po ON po.id = pl.po_id
  LEFT JOIN supplier po_sup ON po_sup.id = po.supplier_id
WHERE ol.status IN ('shipped', 'collected')
  AND sold.sold_at >= ? AND sold.sold_at < ?{{site}}
GROUP BY ol.id, o.created_on, ol.first_promise_date, ol.qty
"""

STOCK_GROUP = "(stock)"


def promises_kept(db: Database, period: Period) -> Report:
    """Lines shipped or collected in the period: the first promise against the day the goods
    left, on time % and average wait (order to hand-over), by supplier for lines sourced
    from a supplier (a PO or the catalog) and under "(stock)" for the others."""
    site_sql, site_params = _site_clause("shop.code", period, db)
    groups: dict[str, dict] = {}
    for _, ordered, promised, sold_at, qty, code, name in _rows(
            db, _PROMISES_SQL.format(site=site_sql), [*period.bounds(db), *site_params]):
        actual, promised, ordered = _day(sold_at), _day(promised), _day(ordered)
        key = code or STOCK_GROUP
        g = groups.setdefault(key, {"supplier": key, "supplier_name": name or "",
                                    "lines": 0, "units": 0, "on_time": 0, "wait": 0,
                                    "late_days": 0})
        g["lines"] += 1
        g["units"] += qty
        g["wait"] += (actual - ordered).days
        if actual <= promised:
            g["on_time"] += 1
        else:
            g["late_days"] += (actual - promised).days
    rows = sorted(groups.values(), key=lambda g: (g["supplier"] == STOCK_GROUP, g["supplier"]))
    if rows:
        rows.append({"supplier": "all", "supplier_name": "",
                     **{k: sum(r[k] for r in rows) for k in
                        ("lines", "units", "on_time", "wait", "late_days")}})
    for row in rows:
        late = row["lines"] - row["on_time"]
        row["late"] = late
        row["on_time_share"] = _fraction(row["on_time"], row["lines"])
        row["average_wait"] = _average(row.pop("wait"), row["lines"])
        row["average_delay"] = _average(row.pop("late_days"), late)
    return Report("promises_kept", "Promises kept", [
        ReportColumn("supplier", "Supplier"), ReportColumn("supplier_name", "Supplier name"),
        ReportColumn("lines", "Lines", "int"), ReportColumn("units", "Units", "int"),
        ReportColumn("on_time", "On time", "int"), ReportColumn("late", "Late", "int"),
        ReportColumn("on_time_share", "On time %", "percent"),
        ReportColumn("average_wait", "Average wait (days)", "number"),
        ReportColumn("average_delay", "Average delay when late (days)", "number")], rows,
        _filters(period))


def _average(total: int, count: int) -> Decimal | None:
    if not count:
        return None
    return (Decimal(total) / Decimal(count)).quantize(Decimal("0.1"), ROUND_HALF_UP)


# --- catalog trials --------------------------------------------------------------------

_TRIALS_SQL = """
SELECT p.sku, p.name, sup.code, COUNT(DISTINCT o.id), SUM(a.qty),
       SUM(a.qty * ol.unit_price_cents), SUM(a.qty * req.unit_cost_cents),
       (SELECT COALESCE(SUM(st.on_hand), 0) FROM stock st WHERE st.product_id = p.id)
FROM allocation a
  JOIN supply_request req ON req.id = a.supply_request_id
  JOIN supplier sup ON sup.id = req.supplier_id
  JOIN order_line ol ON ol.id = a.line_id
  JOIN customer_order o ON o.id = ol.order_id
  JOIN site shop ON shop.id = o.site_id
  JOIN product p ON p.id = ol.product_id
WHERE a.status IN ('held', 'in_transit', 'done')
  AND o.created_on >= ? AND o.created_on <= ?{site}
GROUP BY p.id, p.sku, p.name, sup.code
ORDER BY SUM(a.qty) DESC, SUM(a.qty * ol.unit_price_cents) DESC, p.sku
"""


def catalog_trials(db: Database, period: Period) -> Report:
    """Catalog items sold in the period (orders placed, not cancelled), best sellers first
    (units, then revenue): the candidates to keep in stock."""
    site_sql, site_params = _site_clause("shop.code", period, db)
    rows = []
    params = [sql_value(db, period.start), sql_value(db, period.end), *site_params]
    for rank, (sku, name, supplier, orders, units, revenue, cost, on_hand) in enumerate(
            _rows(db, _TRIALS_SQL.format(site=site_sql), params), 1):
        rows.append({"rank": rank, "sku": sku, "product": name, "supplier": supplier,
                     "orders": orders, "units": int(units), "revenue": _cents(revenue),
                     "cost": _cents(cost), "on_hand": int(on_hand)})
    return Report("catalog_trials", "Catalog trials: candidates to stock", [
        ReportColumn("rank", "Rank", "int"), ReportColumn("sku", "SKU"),
        ReportColumn("product", "Product"), ReportColumn("supplier", "Supplier"),
        ReportColumn("orders", "Orders", "int"), ReportColumn("units", "Units", "int"),
        ReportColumn("revenue", "Revenue incl. VAT", "money"),
        ReportColumn("cost", "Cost excl. VAT", "money"),
        ReportColumn("on_hand", "On hand now", "int")], rows, _filters(period))


# --- late promises and overdue POs -----------------------------------------------------

# The rule of domain.lateness (as services.ordering.late_orders queries it), then POs whose
# expected date passed with goods still to come.
_LATE_SQL = """
SELECT 'order' AS what, o.id, shop.code, o.customer_name, p.sku, ol.qty, ol.status,
       ol.first_promise_date, ol.promise_date
FROM order_line ol
  JOIN customer_order o ON o.id = ol.order_id
  JOIN site shop ON shop.id = o.site_id
  JOIN product p ON p.id = ol.product_id
WHERE ol.status IN ('allocated', 'ready')
  AND (ol.promise_date IS NULL OR ol.promise_date > ol.first_promise_date
       OR (ol.status = 'allocated' AND ol.promise_date < ?)){site_order}
UNION ALL
SELECT 'po', po.id, shop.code, sup.name, p.sku, pl.qty - pl.received_qty, po.status,
       COALESCE(pl.expected_date, po.expected_date), NULL
FROM purchase_line pl
  JOIN purchase_order po ON po.id = pl.po_id
  JOIN supplier sup ON sup.id = po.supplier_id
  JOIN site shop ON shop.id = po.site_id
  JOIN product p ON p.id = pl.product_id
WHERE po.status IN ('confirmed', 'partially_received') AND pl.qty > pl.received_qty
  AND COALESCE(pl.expected_date, po.expected_date) < ?{site_po}
ORDER BY 1, 2, 5
"""


def late(db: Database, period: Period) -> Report:
    """As of today: customer lines late by the rule of `domain.lateness` (no supply, pushed
    back, or past their date) and PO lines past their expected date with goods to come."""
    today = sql_value(db, period.today)
    site_sql, site_params = _site_clause("shop.code", period, db)
    sql = _LATE_SQL.format(site_order=site_sql, site_po=site_sql)
    rows = []
    for what, row_id, site, party, sku, qty, status, expected, promise in _rows(
            db, sql, [today, *site_params, today, *site_params]):
        expected, promise = _day(expected), _day(promise)
        if what == "order":
            reason = late_reason(status, promise, expected, period.today)
            late_since = promise if reason == "overdue" else expected
            ref = format_ref(ORDER, row_id)
        else:
            reason, late_since, ref = "po_overdue", expected, format_ref(PURCHASE_ORDER, row_id)
        days = (period.today - late_since).days if late_since and late_since < period.today \
            else 0
        rows.append({"what": what, "reference": ref, "site": site, "party": party or "",
                     "sku": sku, "qty": qty, "status": status, "first_date": expected,
                     "current_date": promise, "reason": reason, "days_late": days})
    return Report("late", "Late promises and overdue POs", [
        ReportColumn("what", "What"), ReportColumn("reference", "Reference"),
        ReportColumn("site", "Site"), ReportColumn("party", "Customer / supplier"),
        ReportColumn("sku", "SKU"), ReportColumn("qty", "Qty", "int"),
        ReportColumn("status", "Status"),
        ReportColumn("first_date", "Promised / expected", "date"),
        ReportColumn("current_date", "Now promised", "date"),
        ReportColumn("reason", "Why"), ReportColumn("days_late", "Days late", "int")], rows,
        {"site": period.site, "today": period.today})


# --- PO history ------------------------------------------------------------------------

_PO_SQL = """
SELECT po.id, sup.code, sup.name, shop.code, po.status, po.created_at, po.confirmed_at,
       po.expected_date, COUNT(pl.id), COALESCE(SUM(pl.qty), 0),
       COALESCE(SUM(pl.received_qty), 0), COALESCE(SUM(pl.qty * pl.unit_cost_cents), 0),
       COALESCE(SUM(pl.received_qty * pl.unit_cost_cents), 0)
FROM purchase_order po
  JOIN supplier sup ON sup.id = po.supplier_id
  JOIN site shop ON shop.id = po.site_id
  LEFT JOIN purchase_line pl ON pl.po_id = po.id
WHERE po.created_at >= ? AND po.created_at < ?{site}
GROUP BY po.id, sup.code, sup.name, shop.code, po.status, po.created_at, po.confirmed_at,
         po.expected_date
ORDER BY po.created_at, po.id
"""


def po_history(db: Database, period: Period) -> Report:
    """Supplier POs created in the period: status, dates, quantities and amounts excl. VAT
    (ordered and received)."""
    site_sql, site_params = _site_clause("shop.code", period, db)
    rows = []
    for (po_id, code, name, site, status, created, confirmed, expected, lines, qty, received,
         amount, received_amount) in _rows(db, _PO_SQL.format(site=site_sql),
                                           [*period.bounds(db), *site_params]):
        rows.append({"po": format_ref(PURCHASE_ORDER, po_id), "supplier": code,
                     "supplier_name": name, "site": site, "status": status,
                     "created": _day(created), "confirmed": _day(confirmed),
                     "expected": _day(expected), "lines": lines, "qty": int(qty),
                     "received_qty": int(received), "amount": _cents(amount),
                     "received_amount": _cents(received_amount)})
    return Report("po_history", "Supplier PO history", [
        ReportColumn("po", "PO"), ReportColumn("supplier", "Supplier"),
        ReportColumn("supplier_name", "Supplier name"), ReportColumn("site", "Delivered to"),
        ReportColumn("status", "Status"), ReportColumn("created", "Created", "date"),
        ReportColumn("confirmed", "Confirmed", "date"),
        ReportColumn("expected", "Expected", "date"), ReportColumn("lines", "Lines", "int"),
        ReportColumn("qty", "Qty ordered", "int"),
        ReportColumn("received_qty", "Qty received", "int"),
        ReportColumn("amount", "Amount excl. VAT", "money"),
        ReportColumn("received_amount", "Received excl. VAT", "money")], rows, _filters(period))


# --- the registry ----------------------------------------------------------------------

def _filters(period: Period) -> dict:
    return {"from": period.start, "to": period.end, "site": period.site, "today": period.today}


REPORTS: dict[str, Callable[[Database, Period], Report]] = {
    "stock_by_site": stock_by_site,
    "sales": sales,
    "promises_kept": promises_kept,
    "catalog_trials": catalog_trials,
    "late": late,
    "po_history": po_history,
}
# Reports that read a period (the others are a picture as of today).
PERIOD_REPORTS = frozenset({"sales", "promises_kept", "catalog_trials", "po_history"})


DESCRIPTIONS = {
    "stock_by_site": "stock per site and product, valued at cost (as of today)",
    "sales": "units and revenue by channel, shop and source; share from future stock",
    "promises_kept": "promised vs actual dates, on time %, average wait, by supplier",
    "catalog_trials": "catalog items sold in the period, ranked: candidates to stock",
    "late": "late customer promises and overdue PO lines (as of today)",
    "po_history": "supplier POs created in the period, with amounts excl. VAT",
}


def report_names() -> list[tuple[str, str]]:
    """(name, one-line description) of every report, for pickers and `oms report list`."""
    return [(name, DESCRIPTIONS[name]) for name in REPORTS]


def run_report(db: Database, name: str, date_from=None, date_to=None, site: str | None = None,
               today: datetime.date | None = None) -> Report:
    """Runs report `name` over [date_from, date_to] (dates or YYYY-MM-DD; by default the 30
    days up to today) for one site's code or all sites."""
    if name not in REPORTS:
        raise InvalidInput("report", "'{report}' is not a report ({reports})",
                           report=name, reports=", ".join(REPORTS))
    today = today or clock_today()
    end = parse_date(date_to, "--to") if date_to not in (None, "") else today
    start = parse_date(date_from, "--from") if date_from not in (None, "") else \
        end - datetime.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise InvalidInput("--from", "{start} is after {end}", start=start, end=end)
    if end - start > datetime.timedelta(days=366 * 20):
        raise InvalidInput("--from", "{start} to {end} is more than 20 years (a typo?)",
                           start=start, end=end)
    code = None
    if site not in (None, ""):
        code = str(site).strip().upper()
        if not _site_exists(db, code):
            raise InvalidInput("--site", "no site '{site}'", site=site)
    return REPORTS[name](db, Period(start, end, code, today))


def _site_exists(db: Database, code: str) -> bool:
    return bool(db.execute_sql(f"SELECT 1 FROM site WHERE code = {db.param}", [code]).fetchone())


def export_report(report: Report, path: str, fmt: str, *, dialect: str = "fr",
                  language: str = "en", page_size: str = "A4") -> int:
    """Writes a report already run to a CSV, XLSX or PDF file; returns its size in bytes."""
    from ..documents.report_export import write_report

    return write_report(report, path, fmt, dialect=dialect, language=language,
                        page_size=page_size)
