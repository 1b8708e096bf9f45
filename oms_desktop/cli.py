"""The `oms` command: every use case from a terminal or a script.

Exit status: 0 done, 1 refused by a business rule (e.g. nothing can serve an order),
2 bad usage or input (nothing changed). `--json` prints machine-readable results;
`OMS_TODAY=YYYY-MM-DD` fixes today's date; `--db` or `OMS_DB` selects the database.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal

from . import __version__
from .documents.explain import explain, explain_choice
from .domain.errors import InvalidInput, NotFound, OmsError, Refused
from .domain.values import parse_quantity

EXIT_REFUSED, EXIT_USAGE = 1, 2


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit status 2."""

    def error(self, message: str):
        raise UsageError(f"{self.prog}: {message}")


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if is_dataclass(value):
        return asdict(value)
    return str(value)


def emit_json(data) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=_json_default))


def table(rows: Sequence[Sequence], headers: Sequence[str]) -> None:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def parse_lines(values: list[str] | None, with_cost: bool = False) -> list[tuple]:
    """['SKU:3', 'EAN:1:4.50'] -> [('SKU', 3), ...]; the cost is kept when asked for."""
    lines = []
    for value in values or []:
        parts = value.rsplit(":", 2 if with_cost else 1)
        if with_cost and len(parts) == 3 and not parts[1].strip().lstrip("-").isdigit():
            parts = [parts[0] + ":" + parts[1], parts[2]]
        if len(parts) < 2 or not parts[0].strip():
            raise InvalidInput("--line", f"'{value}' is not SKU:QTY")
        try:
            qty = parse_quantity(parts[1], "quantity")
        except InvalidInput as error:
            raise InvalidInput("--line", f"'{value}': {error.message}") from None
        item = (parts[0].strip(), qty)
        if with_cost:
            item += (parts[2].strip() if len(parts) == 3 else None,)
        lines.append(item)
    return lines


def count(text: str) -> int:
    """argparse type for limits, packs and quantities: a whole number from 1 to 1,000,000."""
    try:
        return parse_quantity(text, "number")
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(error.message) from None


# --- rendering -------------------------------------------------------------------------

def print_order(view, heading: str | None = None) -> None:
    if heading:
        print(heading)
    if view.status == "cancelled":
        promise = "-"
    else:
        promise = view.promise_date.isoformat() if view.promise_date else "no date (no supply)"
    who = f" for {view.customer}" if view.customer else ""
    print(f"{view.order} {view.status} ({view.channel}, {view.mode} at {view.site}){who}")
    print(f"promise: {promise}   total: {view.total}")
    for line in view.lines:
        late = f"  LATE ({line.late})" if line.late else ""
        date_text = line.promise_date.isoformat() if line.promise_date else "-"
        print(f"  {line.qty} x {line.sku} {line.name}  [{line.status}]  {date_text}{late}")
        for a in line.allocations:
            if a.status in ("released", "replaced", "done") and line.status not in (
                    "shipped", "collected", "cancelled"):
                continue
            print(f"      {a.qty} from {a.source} ({a.status}): {explain(a.reason)}")


def print_promise(view) -> None:
    print(f"promise at {view.site} ({view.channel}, {view.mode}): "
          f"{view.promise_date.isoformat()}")
    for line in view.lines:
        print(f"  {line.qty} x {line.sku}: {line.promise_date.isoformat()} "
              f"({explain_choice(line.why)})")
        for a in line.allocations:
            print(f"      {a['qty']} from {a['source']}: {explain(a['reason'])}")
        print("    every way to serve it:")
        for o in line.options:
            qty = "any qty" if o.available is None else f"{o.available} free"
            print(f"      {o.promise_date.isoformat()}  {o.preference:<11} {qty:>9}  "
                  f"{explain(o.reason)}")


def print_po(view) -> None:
    from .domain.values import format_cents

    print(f"{view.po} {view.status}: {view.supplier} ({view.supplier_name}) -> {view.site}, "
          f"expected {view.expected.isoformat()}")
    table([(l.sku, l.supplier_ref, l.qty, l.received, l.pegged, format_cents(l.unit_cost_cents),
            format_cents(l.total_cents), l.expected.isoformat()) for l in view.lines],
          ["sku", "ref", "qty", "received", "sold", "unit cost", "total", "expected"])
    print(f"total excl. VAT: {format_cents(view.total_cents)}"
          + ("  (below the supplier's minimum order)" if view.below_minimum else ""))
    print_late(view.late)


def print_late(late) -> None:
    if late:
        print("now late, warn these customers:")
        for item in late:
            new = item.promise_date.isoformat() if item.promise_date else "no supply"
            print(f"  {item.order} {item.customer or '-'}: {item.qty} x {item.sku} promised "
                  f"{item.first_promise_date.isoformat()}, now {new} ({item.why})")


# --- commands --------------------------------------------------------------------------

def cmd_init(db, args):
    from .services import demo
    from .services.session import location_of as display_location

    location = display_location(getattr(args, "db", None))
    if args.demo:
        try:
            summary = demo.load_demo(db, _today())
        except Refused as refused:
            if refused.code != "not_empty":
                raise
            return ({"database": location, "demo": False},
                    lambda d: print(f"database ready: {d['database']} (it already holds data: "
                                    f"the demo was not loaded)"))
        data = {"database": location, "demo": True, **asdict(summary)}
        return data, lambda d: print(
            f"database ready: {d['database']}\ndemo data loaded: {d['sites']} sites, "
            f"{d['products']} products, {d['offers']} catalog offers, "
            f"{sum(d['orders_by_status'].values())} orders, "
            f"{sum(d['pos_by_status'].values())} purchase orders")
    return {"database": location}, lambda d: print(f"database ready: {d['database']}")


def _today():
    from .services.clock import today

    return today()


def cmd_search(db, args):
    from .services.search import search_products

    hits = search_products(db, args.text, limit=args.limit)
    return hits, lambda h: table([(x.sku, x.ean or "", x.name, "" if x.price is None else x.price,
                                   x.available if x.stocked else "", x.supplier or "",
                                   x.supplier_ref or "", "exact" if x.exact else "")
                                  for x in h],
                                 ["sku", "ean", "name", "price", "free", "supplier", "ref", ""])


def cmd_site_add(db, args):
    from .services.sites import add_site

    info = add_site(db, args.code, args.name, args.kind, handling_days=args.handling_days,
                    opening_days=args.opening_days, address=args.address or "",
                    country=args.country, phone=args.phone or "", email=args.email or "")
    return info, lambda i: print(f"site {i.code} added ({i.kind}, open {i.opening_days}, "
                                 f"{i.handling_days} handling day(s))")


def cmd_site_list(db, args):
    from .services.sites import list_sites

    sites = list_sites(db)
    return sites, lambda s: table([(x.code, x.name, x.kind, x.opening_days, x.handling_days,
                                    x.country) for x in s],
                                  ["code", "name", "kind", "open", "handling", "country"])


def cmd_site_transfer_days(db, args):
    from .services.sites import set_transfer_days

    set_transfer_days(db, args.origin, args.destination, args.days)
    data = {"from": args.origin.upper(), "to": args.destination.upper(), "days": args.days}
    return data, lambda d: print(f"transfer {d['from']} -> {d['to']}: {d['days']} day(s)")


def cmd_product_add(db, args):
    from .services.products import add_product

    info = add_product(db, args.sku, args.name, args.price, ean=args.ean, vat=args.vat)
    return info, lambda i: print(f"product {i.sku} added: {i.name}, {i.price} incl. VAT "
                                 f"({i.vat}%)")


def cmd_product_list(db, args):
    from .services.products import list_products

    items = list_products(db, args.limit)
    return items, lambda p: table([(x.sku, x.ean or "", x.name, x.price, x.vat,
                                    "" if x.active else "inactive") for x in p],
                                  ["sku", "ean", "name", "price", "vat %", ""])


def cmd_stock_adjust(db, args):
    from .services.stock import adjust_stock

    result = adjust_stock(db, args.site, args.sku, args.delta, args.reason)
    return result, lambda s: print(f"{s.site}: on hand {s.on_hand}, reserved {s.reserved}, "
                                   f"available {s.available}")


def cmd_stock_show(db, args):
    from .services.stock import stock_picture

    picture = stock_picture(db, args.sku)

    def show(p):
        print(f"{p.sku} {p.name}")
        table([(s.site, s.kind, s.on_hand, s.reserved, s.available, s.in_transit_in)
               for s in p.sites], ["site", "kind", "on hand", "reserved", "available",
                                   "arriving by transfer"])
        if p.incoming:
            print("incoming (confirmed purchase orders):")
            table([(i.po, i.site, i.expected.isoformat(), i.ordered, i.received, i.free)
                   for i in p.incoming], ["po", "site", "expected", "ordered", "received",
                                          "free to sell"])
    data = {"sku": picture.sku, "name": picture.name, "sites": picture.sites,
            "incoming": picture.incoming, "totals": picture.totals}
    return data, lambda _: show(picture)


def cmd_stock_check(db, args):
    from .services.stock import check_stock

    check = check_stock(db)
    data = {"ok": check.ok, "rows_checked": check.rows_checked,
            "mismatches": [dict(zip(("site", "sku", "figure", "cached", "truth"), m))
                           for m in check.mismatches]}

    def show(d):
        if d["ok"]:
            print(f"stock OK: {d['rows_checked']} site/product figures match the ledger")
        else:
            print("stock MISMATCH:")
            for m in d["mismatches"]:
                print(f"  {m['site']} {m['sku']} {m['figure']}: cached {m['cached']}, "
                      f"should be {m['truth']}")
    return data, show, 0 if check.ok else EXIT_REFUSED


def cmd_stock_ledger(db, args):
    from .services.stock import ledger_of

    rows = ledger_of(db, args.sku, args.limit)
    return rows, lambda r: table([(x.at.isoformat(sep=" "), x.site, f"{x.delta:+d}", x.kind,
                                   x.reason, x.reference) for x in r],
                                 ["at", "site", "change", "kind", "reason", "reference"])


def cmd_supplier_add(db, args):
    from .services.suppliers import add_supplier

    info = add_supplier(db, args.code, args.name, args.lead_days, order_days=args.order_days,
                        min_order=args.min_order, email=args.email or "",
                        address=args.address or "", country=args.country)
    return info, lambda i: print(f"supplier {i.code} added: {i.lead_days} business day(s) "
                                 f"lead time, orders on {i.order_days}")


def cmd_supplier_list(db, args):
    from .services.suppliers import list_suppliers

    items = list_suppliers(db)
    return items, lambda s: table([(x.code, x.name, x.lead_days, x.order_days, x.min_order,
                                    x.offers) for x in s],
                                  ["code", "name", "lead days", "orders on", "min order",
                                   "offers"])


def cmd_catalog_add(db, args):
    from .services.catalog import add_offer

    info = add_offer(db, args.supplier, args.sku, args.cost, lead_days=args.lead_days,
                     pack=args.pack, moq=args.moq, name=args.name, ean=args.ean,
                     supplier_ref=args.ref, price=args.price)
    return info, lambda i: print(f"offer {i.supplier} {i.supplier_ref} -> {i.sku}: "
                                 f"{i.description} at {i.cost}")


def _progress_bar():
    """A one-line bar on stderr when it is a terminal; None otherwise."""
    if not sys.stderr.isatty():
        return None
    import time
    last = [0.0]

    def show(done, total):
        now = time.monotonic()
        if now - last[0] >= 0.1 or done >= total:
            last[0] = now
            share = done / total if total else 1.0
            filled = int(share * 30)
            print(f"\r[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%}", end="",
                  file=sys.stderr, flush=True)
        return True
    return show


def cmd_catalog_import(db, args):
    from .services.catalog import import_catalog

    bar = _progress_bar()
    try:
        report = import_catalog(db, args.supplier, args.file, valid_only=args.valid_only,
                                mapping=args.mapping, progress=bar, errors_out=args.errors)
    finally:
        if bar is not None:
            print(file=sys.stderr)  # end the bar's line

    def show(r):
        for e in r.rejected[:50]:
            print(f"line {e.line}, {e.column}: {e.message} ({e.value!r})", file=sys.stderr)
        more = len(r.rejected) - 50 + r.more_rejected
        if more > 0:
            print(f"... and {more} more errors", file=sys.stderr)
        bad_rows = len({e.line for e in r.rejected})
        if r.imported:
            print(f"{r.supplier}: {r.added} added, {r.updated} updated, {r.unchanged} "
                  f"unchanged, {r.withdrawn} no longer listed (now unavailable), "
                  f"{bad_rows} row(s) rejected ({r.rows_read} rows read)")
        else:
            print(f"nothing imported: {bad_rows} row(s) have errors; fix them or use "
                  f"--valid-only", file=sys.stderr)
    return report, show, 0 if report.imported else EXIT_USAGE


def cmd_catalog_mappings(db, args):
    from .services.catalog_mappings import list_mappings

    mappings = list_mappings(db, args.supplier)
    return mappings, lambda found: table(
        [(m.name, ", ".join(f"{field}={title}" for field, title in m.columns.items()))
         for m in found], ["name", "columns (field=header)"])


def cmd_catalog_save_mapping(db, args):
    from .services.catalog_mappings import save_mapping

    columns = {}
    for pair in args.column:
        field, sep, title = pair.partition("=")
        if not sep or not field.strip() or not title.strip():
            raise InvalidInput("column", f"'{pair}' is not FIELD=HEADER (e.g. cost=Prix HT)")
        columns[field.strip()] = title.strip()
    saved = save_mapping(db, args.supplier, args.name, columns)
    result = {"supplier": args.supplier.strip().upper(), "name": " ".join(args.name.split()),
              "columns": saved}
    return result, lambda r: print(f"mapping '{r['name']}' saved for {r['supplier']}: "
                                   + ", ".join(f"{f}={t}" for f, t in r["columns"].items()))


def cmd_catalog_delete_mapping(db, args):
    from .services.catalog_mappings import delete_mapping

    delete_mapping(db, args.supplier, args.name)
    result = {"supplier": args.supplier.strip().upper(), "deleted": " ".join(args.name.split())}
    return result, lambda r: print(f"mapping '{r['deleted']}' of {r['supplier']} deleted")


def cmd_catalog_list(db, args):
    from .services.catalog import list_offers

    items = list_offers(db, args.supplier, args.limit)
    return items, lambda o: table([(x.supplier_ref, x.sku, x.ean or "", x.description, x.cost,
                                    x.pack_size, "" if x.available else "unavailable")
                                   for x in o],
                                  ["ref", "sku", "ean", "description", "cost", "pack", ""])


def cmd_po_create(db, args):
    from .services.purchasing import create_po

    view = create_po(db, args.supplier, args.site, args.expected,
                     parse_lines(args.line, with_cost=True), notes=args.notes or "",
                     today=_today())
    return view, print_po


def _po_action(action_name):
    def run(db, args):
        from .services import purchasing

        view = getattr(purchasing, action_name)(db, args.po, today=_today())
        return view, print_po
    return run


def cmd_po_expect(db, args):
    from .services.purchasing import set_expected_date

    view = set_expected_date(db, args.po, args.date, sku=args.line, today=_today())
    return view, print_po


def cmd_po_receive(db, args):
    from .services.receiving import receive_po

    if args.all == bool(args.line):
        raise InvalidInput("po receive", "give either --all or --line SKU:QTY")
    receipt = receive_po(db, args.po, None if args.all else parse_lines(args.line),
                         today=_today())

    def show(r):
        print(f"{r.po} {r.status}: received " + ", ".join(f"{q} x {s}" for s, q in r.received))
        for s in r.served:
            extra = f" via {s.transfer}" if s.transfer else ""
            print(f"  served {s.order} {s.customer or '-'}: {s.qty} x {s.sku} -> "
                  f"{s.outcome}{extra}")
        for sku, qty in r.free_stock:
            print(f"  free stock: {qty} x {sku}")
    return receipt, show


def cmd_po_from_requests(db, args):
    from .services.purchasing import pos_from_requests

    views = pos_from_requests(db, supplier=args.supplier, today=_today())

    def show(v):
        if not v:
            print("no pending supply request")
        for po in v:
            print_po(po)
    return views, show


def cmd_po_show(db, args):
    from .services.purchasing import show_po

    return show_po(db, args.po), print_po


def cmd_po_list(db, args):
    from .services.purchasing import list_pos
    from .domain.values import format_cents

    views = list_pos(db, status=args.status)
    return views, lambda v: table([(p.po, p.status, p.supplier, p.site, p.expected.isoformat(),
                                    len(p.lines), format_cents(p.total_cents)) for p in v],
                                  ["po", "status", "supplier", "site", "expected", "lines",
                                   "total"])


def cmd_po_requests(db, args):
    from .services.purchasing import pending_requests

    rows = pending_requests(db)
    return rows, lambda r: table([(x["supplier"], x["sku"], x["qty"], x["site"], x["created"])
                                  for x in r], ["supplier", "sku", "qty", "deliver to",
                                                "since"])


def _order_request(args, lines):
    from .services.ordering import Customer, OrderRequest

    customer = Customer(args.customer or "", args.phone or "", args.email or "",
                        args.address or "")
    return OrderRequest(args.site, lines, args.channel, args.mode, customer,
                        args.address or "")


def cmd_promise(db, args):
    from .services.ordering import promise

    lines = [(args.sku, args.qty)] if args.sku else []
    lines += parse_lines(args.line)
    if not lines:
        raise InvalidInput("promise", "name a SKU and a quantity")
    view = promise(db, _order_request(args, lines), today=_today())
    return view, print_promise


def cmd_order_place(db, args):
    from .services.ordering import place_order

    view = place_order(db, _order_request(args, parse_lines(args.line)), today=_today())
    return view, lambda v: print_order(v, "order placed:")


def _order_action(module, name, heading):
    def run(db, args):
        import importlib

        service = getattr(importlib.import_module(f"oms_desktop.services.{module}"), name)
        view = service(db, args.order, today=_today())
        return view, lambda v: print_order(v, heading)
    return run


def cmd_order_return(db, args):
    from .services.returns import return_goods

    view = return_goods(db, args.order, args.sku, args.qty, args.reason, site=args.site,
                        today=_today())
    return view, lambda v: print_order(v, f"returned {args.qty} x {args.sku}:")


def cmd_product_set(db, args):
    from .services.products import update_product

    info = update_product(db, args.sku, name=args.name, price=args.price, vat=args.vat,
                          ean=args.ean, active=args.active)
    return info, lambda i: print(f"product {i.sku}: {i.name}, {i.price} incl. VAT ({i.vat}%)"
                                 + ("" if i.active else ", no longer sold"))


def cmd_order_late(db, args):
    from .services.ordering import late_orders

    views = late_orders(db, today=_today())

    def show(v):
        if not v:
            print("no late order")
        for order in v:
            print_order(order)
    return views, show


def cmd_order_list(db, args):
    from .services.ordering import list_orders

    views = list_orders(db, status=args.status, site=args.site, channel=args.channel,
                        late_only=args.late, limit=args.limit, today=_today())
    return views, lambda v: table(
        [(o.order, o.status, o.channel, o.mode, o.site, o.customer,
          o.promise_date.isoformat() if o.promise_date else "-", o.total,
          "late" if any(line.late for line in o.lines) else "") for o in v],
        ["order", "status", "channel", "mode", "site", "customer", "promise", "total", ""])


def cmd_transfer_create(db, args):
    from .services.transfers import create_transfer

    view = create_transfer(db, args.origin, args.destination, parse_lines(args.line),
                           today=_today())
    return view, _print_transfer


def cmd_transfer_receive(db, args):
    from .services.transfers import receive_transfer

    return receive_transfer(db, args.transfer, today=_today()), _print_transfer


def cmd_transfer_list(db, args):
    from .services.transfers import list_transfers

    views = list_transfers(db, status=args.status)
    return views, lambda v: table([(t.transfer, t.status, t.origin, t.destination,
                                    t.expected.isoformat(),
                                    ", ".join(f"{q} x {s}" for s, q in t.lines)) for t in v],
                                  ["transfer", "status", "from", "to", "expected", "lines"])


def _print_transfer(t) -> None:
    print(f"{t.transfer} {t.status}: {t.origin} -> {t.destination}, expected "
          f"{t.expected.isoformat()}")
    for sku, qty in t.lines:
        print(f"  {qty} x {sku}")
    if t.for_orders:
        print("  carries goods for " + ", ".join(t.for_orders))
    if t.ready_orders:
        print("  now ready: " + ", ".join(t.ready_orders))


def cmd_rules_show(db, args):
    from .services.sourcing_rules import show_rules

    views = show_rules(db)
    return views, lambda v: table([(r.channel, r.mode, ", ".join(r.preference), r.split,
                                    "yes" if r.customised else "") for r in v],
                                  ["channel", "mode", "preference", "split", "customised"])


def cmd_rules_set(db, args):
    from .services.sourcing_rules import set_rules

    view = set_rules(db, args.channel, args.mode, args.prefer, args.split)
    return view, lambda r: print(f"{r.channel}/{r.mode}: {', '.join(r.preference)}; split "
                                 f"{r.split}")


def _document_written(args, data: bytes):
    """Writes a document's PDF to --out and says where."""
    from pathlib import Path

    path = Path(args.out).expanduser()
    try:
        path.write_bytes(data)
    except OSError as error:
        raise InvalidInput("--out", f"cannot write {path}: {error.strerror or error}") from None
    result = {"file": str(path), "bytes": len(data), "language": args.lang,
              "paper": args.paper}
    return result, lambda r: print(f"written: {r['file']} ({r['bytes']:,} bytes, "
                                   f"{r['language']}, {r['paper']})")


def cmd_po_pdf(db, args):
    from .services.documents import purchase_order_pdf

    data = purchase_order_pdf(db, args.po, language=args.lang, page_size=args.paper)
    return _document_written(args, data)


def cmd_order_pdf(db, args):
    from .services.documents import promise_pdf

    data = promise_pdf(db, args.order, language=args.lang, page_size=args.paper,
                       today=_today())
    return _document_written(args, data)


def cmd_report(db, args):
    from .documents.report_export import write_report
    from .services.reports import run_report

    report = run_report(db, args.name, date_from=args.date_from, date_to=args.date_to,
                        site=args.site, today=_today())
    size = write_report(report, args.out, args.format, dialect=args.csv_dialect,
                        language=args.lang, page_size=args.paper)
    result = {"report": report.name, "file": str(args.out), "format": args.format,
              "rows": len(report.rows), "bytes": size,
              "filters": {k: v for k, v in report.filters.items() if v is not None}}
    return result, lambda r: print(f"written: {r['file']} ({r['report']}, {r['rows']:,} rows, "
                                   f"{r['format']}, {r['bytes']:,} bytes)")


def cmd_report_list(db, args):
    from .services.reports import report_names

    names = [{"name": name, "description": text} for name, text in report_names()]
    return names, lambda rows: table([(r["name"], r["description"]) for r in rows],
                                     ["report", "what it shows"])


# --- backups (these two never open the database: restoring must work on a broken one) --

def cmd_backup(db, args):
    from .services.backups import backup

    made = backup(getattr(args, "db", None), args.out)
    data = {"file": made.path, "bytes": made.bytes, "made_at": made.made_at}
    return data, lambda d: print(f"backup written: {d['file']} ({d['bytes']:,} bytes)")


def cmd_restore(db, args):
    from .services.backups import check_backup, restore
    from .services.session import close_session, location_of, open_session

    location = getattr(args, "db", None)
    check = check_backup(args.file)
    if not args.yes:
        last = check.last_order_on.isoformat() if check.last_order_on else "none"
        print(f"{check.file}: a backup of {check.made_at:%Y-%m-%d %H:%M}, schema "
              f"{check.schema_version} (this app: {check.current_version}), {check.orders} "
              f"orders (last on {last}), {check.products} products.\n"
              f"It replaces the database {location_of(location)}; the current one is kept "
              f"beside it (.before-restore-...).", file=sys.stderr)
        if not sys.stdin.isatty():
            raise InvalidInput("--yes", "restoring replaces the database: add --yes to "
                                        "confirm (nothing was changed)")
        if input("Restore it? [y/N] ").strip().lower() not in ("y", "yes", "o", "oui"):
            raise Refused("not_confirmed", "nothing was restored")
    done = restore(location, args.file)
    close_session(open_session(location))  # upgrades an older schema now, after a backup
    data = {"database": done.database, "restored_from": done.restored_from,
            "kept_aside": done.kept_aside, "schema_version": done.schema_version,
            "upgraded": done.upgraded_on_open, "orders": done.orders}

    def render(d):
        print(f"restored: {d['database']} from {d['restored_from']} ({d['orders']} orders)")
        if d["upgraded"]:
            print(f"upgraded from schema {d['schema_version']} (a copy of the backup as it was "
                  f"is beside the database)")
        if d["kept_aside"]:
            print(f"the database it replaced is kept as {d['kept_aside']}")
    return data, render


def cmd_self_test(db, args):
    from .services.self_test import run_self_test

    report = run_self_test()
    data = {"ok": True, "order": report.order, "po": report.po,
            "arrival": report.arrival.isoformat(),
            "promise_date": report.promise_date.isoformat(), "pdf_bytes": report.pdf_sizes,
            "seconds": round(report.seconds, 3), "steps": report.steps}
    return data, lambda d: print(report.text())


# --- the parser ------------------------------------------------------------------------

def build_parser() -> Parser:
    common = Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help="database file or postgresql:// URL (default: OMS_DB, or the "
                             "file in your data folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print the result as JSON")
    parser = Parser(prog="oms", parents=[common],
                    description="Order management for small retailers.")
    parser.add_argument("--version", action="version", version=f"oms {__version__}")
    groups = parser.add_subparsers(dest="group", metavar="COMMAND", required=True)

    def command(sub, name, func, help_text):
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    def group(name, help_text):
        g = groups.add_parser(name, help=help_text, description=help_text)
        return g.add_subparsers(dest="action", metavar="ACTION", required=True)

    def pdf_options(p):
        p.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
        p.add_argument("--lang", choices=["en", "fr"], default="en",
                       help="language of the document (default: en)")
        p.add_argument("--paper", choices=["a4", "letter"], default="a4", type=str.lower,
                       help="paper size (default: a4)")

    p = command(groups, "init", cmd_init, "create or upgrade the database")
    p.add_argument("--demo", action="store_true", help="fill it with a demo retailer")

    p = command(groups, "backup", cmd_backup, "a consistent copy of the database, even while "
                                              "it is in use (SQLite)")
    p.add_argument("--out", metavar="FILE",
                   help="the backup file (default: a new file in the backups folder beside "
                        "the database)")
    p.set_defaults(opens_database=False)
    p = command(groups, "restore", cmd_restore, "replace the database with a backup, after "
                                                "checking it (the current one is kept aside)")
    p.add_argument("file", help="the backup to restore")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(opens_database=False)

    p = command(groups, "self-test", cmd_self_test, "check this installation on a throw-away "
                                                    "database (your data is not opened)")
    p.set_defaults(opens_database=False)

    p = command(groups, "search", cmd_search, "find products and catalog offers by words, "
                                              "SKU, EAN or supplier reference")
    p.add_argument("text")
    p.add_argument("--limit", type=count, default=30)

    sites = group("site", "shops and warehouses")
    p = command(sites, "add", cmd_site_add, "add a shop or a warehouse")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=["shop", "warehouse"])
    p.add_argument("--handling-days", type=int)
    p.add_argument("--opening-days", help="e.g. mon-sat or mon,tue,thu")
    p.add_argument("--address")
    p.add_argument("--country", default="FR", help="ISO code, for public holidays")
    p.add_argument("--phone")
    p.add_argument("--email")
    command(sites, "list", cmd_site_list, "list the sites")
    p = command(sites, "transfer-days", cmd_site_transfer_days,
                "business days to move goods from one site to another")
    p.add_argument("origin")
    p.add_argument("destination")
    p.add_argument("days", type=int)

    products = group("product", "products")
    p = command(products, "add", cmd_product_add, "add a product")
    p.add_argument("sku")
    p.add_argument("--name", required=True)
    p.add_argument("--price", required=True, help="selling price including VAT")
    p.add_argument("--ean")
    p.add_argument("--vat", default="20", help="VAT rate in percent (default 20)")
    p = command(products, "set", cmd_product_set, "change a product (or stop selling it)")
    p.add_argument("sku")
    p.add_argument("--name")
    p.add_argument("--price")
    p.add_argument("--vat")
    p.add_argument("--ean")
    p.add_argument("--active", choices=["yes", "no"])
    p = command(products, "list", cmd_product_list, "list products")
    p.add_argument("--limit", type=count, default=1000)

    stock = group("stock", "stock per site and its ledger")
    p = command(stock, "adjust", cmd_stock_adjust, "correct the stock of a site, with a reason")
    p.add_argument("site")
    p.add_argument("sku")
    p.add_argument("delta", help="e.g. 5 or -2")
    p.add_argument("--reason", required=True)
    p = command(stock, "show", cmd_stock_show, "on hand, reserved, available, incoming")
    p.add_argument("sku")
    command(stock, "check", cmd_stock_check, "prove the stock figures equal the ledger")
    p = command(stock, "ledger", cmd_stock_ledger, "the stock movements of a product")
    p.add_argument("sku")
    p.add_argument("--limit", type=count, default=100)

    suppliers = group("supplier", "suppliers")
    p = command(suppliers, "add", cmd_supplier_add, "add a supplier")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--lead-days", required=True, help="business days from order to delivery")
    p.add_argument("--order-days", default="mon-fri", help="weekdays they take orders")
    p.add_argument("--min-order", default="0", help="minimum order value excl. VAT")
    p.add_argument("--email")
    p.add_argument("--address")
    p.add_argument("--country", default="FR")
    command(suppliers, "list", cmd_supplier_list, "list suppliers")

    catalog = group("catalog", "supplier catalogs")
    p = command(catalog, "add", cmd_catalog_add, "add or update one catalog offer")
    p.add_argument("supplier")
    p.add_argument("sku")
    p.add_argument("--cost", required=True, help="unit cost excl. VAT")
    p.add_argument("--lead-days", type=int)
    p.add_argument("--pack", type=count, default=1)
    p.add_argument("--moq", type=count, default=1)
    p.add_argument("--name")
    p.add_argument("--ean")
    p.add_argument("--ref", help="the supplier's reference (default: the SKU)")
    p.add_argument("--price", help="selling price incl. VAT when sold from the catalog")
    p = command(catalog, "import", cmd_catalog_import, "import a catalog from a CSV file")
    p.add_argument("supplier")
    p.add_argument("file", help="CSV or XLSX")
    p.add_argument("--mapping", metavar="NAME", help="a column mapping saved for this supplier")
    p.add_argument("--valid-only", action="store_true",
                   help="import the valid rows even if some are rejected")
    p.add_argument("--errors", metavar="OUT.csv", help="write the rejected rows to a CSV file")
    p = command(catalog, "mappings", cmd_catalog_mappings,
                "the column mappings saved for a supplier's files")
    p.add_argument("supplier")
    p = command(catalog, "save-mapping", cmd_catalog_save_mapping,
                "save which header holds which field, for `import --mapping NAME`")
    p.add_argument("supplier")
    p.add_argument("name")
    p.add_argument("column", nargs="+", metavar="FIELD=HEADER",
                   help="fields: supplier_ref, sku, ean, description, cost, pack, moq, "
                        "lead_days, price, vat, available")
    p = command(catalog, "delete-mapping", cmd_catalog_delete_mapping,
                "forget a saved column mapping")
    p.add_argument("supplier")
    p.add_argument("name")
    p = command(catalog, "list", cmd_catalog_list, "a supplier's offers")
    p.add_argument("supplier")
    p.add_argument("--limit", type=count, default=200)

    pos = group("po", "supplier purchase orders")
    p = command(pos, "create", cmd_po_create, "a draft purchase order")
    p.add_argument("supplier")
    p.add_argument("--site", required=True, help="delivery site")
    p.add_argument("--expected", required=True, help="YYYY-MM-DD")
    p.add_argument("--line", action="append", required=True, metavar="SKU:QTY[:COST]")
    p.add_argument("--notes")
    for name, func, text in (("confirm", "confirm_po", "send it: its goods become sellable"),
                             ("cancel", "cancel_po", "cancel it (customer lines re-sourced)"),
                             ("close", "close_po", "a partly received PO will get no more "
                                                   "(waiting customer lines re-sourced)"),
                             ("show", None, "show a purchase order")):
        p = command(pos, name, _po_action(func) if func else cmd_po_show, text)
        p.add_argument("po")
    p = command(pos, "expect", cmd_po_expect, "the supplier's new expected date")
    p.add_argument("po")
    p.add_argument("date")
    p.add_argument("--line", metavar="SKU", help="only this product's line")
    p = command(pos, "receive", cmd_po_receive, "book goods in; waiting customers first")
    p.add_argument("po")
    p.add_argument("--all", action="store_true", help="everything outstanding")
    p.add_argument("--line", action="append", metavar="SKU:QTY")
    p = command(pos, "from-requests", cmd_po_from_requests,
                "group pending catalog sales into draft POs")
    p.add_argument("--supplier")
    p = command(pos, "list", cmd_po_list, "list purchase orders")
    p.add_argument("--status")
    command(pos, "requests", cmd_po_requests, "supply requests waiting for a PO")
    p = command(pos, "pdf", cmd_po_pdf, "the purchase order as a PDF, to print or e-mail")
    p.add_argument("po")
    pdf_options(p)

    def order_options(p, lines_required):
        p.add_argument("--site", required=True, help="selling / pick-up shop")
        p.add_argument("--channel", default="shop", choices=["shop", "web", "marketplace"])
        p.add_argument("--mode", default="pickup", choices=["take_away", "pickup", "delivery"])
        p.add_argument("--line", action="append", required=lines_required, metavar="SKU:QTY")
        p.add_argument("--customer")
        p.add_argument("--phone")
        p.add_argument("--email")
        p.add_argument("--address", help="delivery address")

    p = command(groups, "promise", cmd_promise, "the date a customer would be promised")
    p.add_argument("sku", nargs="?")
    p.add_argument("qty", nargs="?", type=count)
    order_options(p, False)

    orders = group("order", "customer orders")
    p = command(orders, "place", cmd_order_place, "place an order")
    order_options(p, True)
    for name, module, func, heading, text in (
            ("show", "ordering", "show_order", None, "an order, its allocations and history"),
            ("cancel", "ordering", "cancel_order", "order cancelled:",
             "cancel it: everything it held is released"),
            ("ready", "fulfilment", "mark_ready", "ready:", "the goods are set aside"),
            ("ship", "fulfilment", "ship_order", "shipped:", "the parcel left"),
            ("collect", "fulfilment", "collect_order", "collected:", "the customer took it"),
            ("resource", "ordering", "reallocate_order", "sourced anew:",
             "source waiting lines again, keeping what is sooner")):
        p = command(orders, name, _order_action(module, func, heading), text)
        p.add_argument("order")
    p = command(orders, "return", cmd_order_return, "a customer brings goods back")
    p.add_argument("order")
    p.add_argument("sku")
    p.add_argument("qty", type=count)
    p.add_argument("--reason", required=True)
    p.add_argument("--site", help="where the goods go back (default: the order's shop)")
    p = command(orders, "pdf", cmd_order_pdf, "the customer's delivery promise as a PDF")
    p.add_argument("order")
    pdf_options(p)
    command(orders, "late", cmd_order_late, "orders whose promise slipped")
    p = command(orders, "list", cmd_order_list, "list orders")
    p.add_argument("--status", choices=["open", "completed", "cancelled"])
    p.add_argument("--site")
    p.add_argument("--channel")
    p.add_argument("--late", action="store_true")
    p.add_argument("--limit", type=count, default=100)

    transfers = group("transfer", "stock transfers between sites")
    p = command(transfers, "create", cmd_transfer_create, "send stock to another site")
    p.add_argument("origin")
    p.add_argument("destination")
    p.add_argument("--line", action="append", required=True, metavar="SKU:QTY")
    p = command(transfers, "receive", cmd_transfer_receive, "the goods arrived")
    p.add_argument("transfer")
    p = command(transfers, "list", cmd_transfer_list, "list transfers")
    p.add_argument("--status", choices=["in_transit", "received"])

    reports = group("report", "reports for the owner and the accountant (CSV, XLSX, PDF)")
    command(reports, "list", cmd_report_list, "the reports there are")
    from .services.reports import REPORTS  # light: no openpyxl nor reportlab
    for name in REPORTS:
        p = command(reports, name, cmd_report, f"write the {name} report to a file")
        p.set_defaults(name=name)
        p.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf"])
        p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
        p.add_argument("--from", dest="date_from", metavar="DATE",
                       help="first day, YYYY-MM-DD (default: 30 days before --to)")
        p.add_argument("--to", dest="date_to", metavar="DATE",
                       help="last day, YYYY-MM-DD (default: today)")
        p.add_argument("--site", metavar="CODE", help="one site only")
        p.add_argument("--csv-dialect", choices=["fr", "intl"], default="fr",
                       help="fr: semicolons, decimal comma, BOM (Excel in France); "
                            "intl: commas, decimal point (default: fr)")
        p.add_argument("--lang", choices=["en", "fr"], default="en",
                       help="language of the PDF (default: en)")
        p.add_argument("--paper", choices=["a4", "letter"], default="a4", type=str.lower,
                       help="paper size of the PDF (default: a4)")

    rules = group("rules", "sourcing preferences per channel and mode")
    command(rules, "show", cmd_rules_show, "the rules in force")
    p = command(rules, "set", cmd_rules_set, "change a channel and mode's rules")
    p.add_argument("channel", choices=["shop", "web", "marketplace"])
    p.add_argument("mode", choices=["pickup", "delivery"])
    p.add_argument("--prefer", help="e.g. shelf,warehouse,other_shop,incoming_po,catalog")
    p.add_argument("--split", choices=["never", "if_earlier", "always"])
    return parser


def _fail(message: str, status: int) -> int:
    print(f"oms: {message}", file=sys.stderr)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    func: Callable = args.func
    db = None
    try:
        from .services.session import close_session, open_session

        if getattr(args, "opens_database", True):
            db = open_session(getattr(args, "db", None))
        outcome = func(db, args)
        data, render = outcome[0], outcome[1]
        status = outcome[2] if len(outcome) > 2 else 0
        if getattr(args, "json", False):
            emit_json(data.as_json() if hasattr(data, "as_json") else
                      [d.as_json() if hasattr(d, "as_json") else d for d in data]
                      if isinstance(data, list) else data)
        else:
            render(data)
        return status
    except Refused as error:
        if getattr(args, "json", False):
            emit_json({"refused": error.code, "message": error.message, **error.params})
        return _fail(error.message, EXIT_REFUSED)
    except (InvalidInput, NotFound) as error:
        return _fail(str(error), EXIT_USAGE)
    except OmsError as error:
        return _fail(str(error), EXIT_USAGE)
    except BrokenPipeError:  # `oms ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as error:  # a traceback must never reach a user
        if os.environ.get("OMS_DEBUG"):
            raise
        return _fail(f"unexpected error: {type(error).__name__}: {error} "
                     f"(run with OMS_DEBUG=1 for details)", 70)
    finally:
        if db is not None:
            close_session(db)


if __name__ == "__main__":
    sys.exit(main())
