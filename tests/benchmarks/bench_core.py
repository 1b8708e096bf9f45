"""Core-path benchmark: promise, place an order, receive a PO, against the bare sqlite3 floor.

    python tests/benchmarks/bench_core.py [--db PATH] [--keep] [--quick] [--profile]

Builds a retailer-sized database in a fresh SQLite file (bulk inserts through the
database's own connection, fixed seed), then times the services the way a desk calls them
and prints p50/p95/max beside the goals of the issue and of performance.md. Not collected
by pytest (pyproject ignores tests/benchmarks).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import json
import math
import os
import pstats
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from oms_desktop.domain.model import Channel, LineRequest, Mode, OrderContext
from oms_desktop.domain.sourcing import plan_line
from oms_desktop.services import ordering, receiving, sites, stock, suppliers
from oms_desktop.services.configuration import load_configuration
from oms_desktop.store import supply
from oms_desktop.services.ordering import Customer, OrderRequest
from oms_desktop.services.references import PURCHASE_ORDER, format_ref
from oms_desktop.services.snapshots import load_snapshot
from oms_desktop.store.database import close, open_database, writing

TODAY = datetime.date(2026, 11, 26)
NOW = "2026-11-26 09:00:00"
SEED = 20261126
SHOPS, WAREHOUSES = ("SH1", "SH2", "SH3", "SH4"), ("WH1", "WH2")
SUPPLIERS = (("SUPA", 3, "mon-fri"), ("SUPB", 5, "mon,thu"), ("SUPC", 10, "tue"))
FULL = dict(products=20_000, offers=200_000, po_lines=5_000, order_lines=20_000,
            receipt_pos=30, promises=500, orders=300)
PO_SIZE, RECEIPT_PO_SIZE = 25, 200  # a receipt PO keeps 200 lines even with --quick

# The bare floor: the same statements as oms_desktop/store/supply.py and snapshots.py,
# run through the stdlib sqlite3 module with nothing around them.
BARE_PRODUCT = "SELECT id, active FROM product WHERE sku = ?"
BARE_STOCK = supply.STOCK_SQL.format(p="?")
BARE_INCOMING = supply.INCOMING_SQL.format(p="?")
BARE_TRANSIT = supply.TRANSIT_SQL.format(p="?")
BARE_CATALOG = supply.CATALOG_SQL.format(p="?", true="1")


def day(offset: int) -> str:
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


@dataclass
class Dataset:
    """What the generator made, for choosing what to time."""

    site_ids: dict[str, int]
    supplier_ids: list[int]
    stocked: list[str] = field(default_factory=list)  # SKUs with free stock somewhere
    po_only: list[str] = field(default_factory=list)  # no stock, free qty on a confirmed PO
    catalog_only: list[str] = field(default_factory=list)  # SKUs only in catalogs
    receipt_pos: list[str] = field(default_factory=list)  # 200-line POs with pegged lines


# ---------------------------------------------------------------- 1. the dataset

def build_network(db) -> Dataset:
    for code in SHOPS:
        sites.add_site(db, code, f"Shop {code}", "shop")
    for code in WAREHOUSES:
        sites.add_site(db, code, f"Warehouse {code}", "warehouse")
    for origin in SHOPS + WAREHOUSES:  # warehouses ship in 1 day, shops in 2
        for destination in (d for d in SHOPS + WAREHOUSES if d != origin):
            sites.set_transfer_days(db, origin, destination, 1 if origin in WAREHOUSES else 2)
    for code, lead, order_days in SUPPLIERS:
        suppliers.add_supplier(db, code, f"Supplier {code}", lead, order_days=order_days)
    site_ids = dict(db.execute_sql("SELECT code, id FROM site").fetchall())
    supplier_ids = [db.execute_sql("SELECT id FROM supplier WHERE code = ?", (c,)).fetchone()[0]
                    for c, _, _ in SUPPLIERS]
    return Dataset(site_ids, supplier_ids)


def insert(conn, table: str, columns: str, rows) -> None:
    marks = ", ".join("?" * len(columns.split(",")))
    conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


class Builder:
    """Bulk rows for one transaction, consistent by construction: stock = ledger, reserved =
    held stock allocations, pegs within their PO line's free quantity."""

    def __init__(self, conn, rng: random.Random, data: Dataset, n: dict):
        self.conn, self.rng, self.data, self.n = conn, rng, data, n
        self.price = [rng.randint(300, 20_000) for _ in range(n["products"])]
        self.n_stocked = n["products"] * 6 // 10  # the first 60 % are stocked somewhere
        self.stock = {}  # (site id, product id) -> [on_hand, reserved]
        self.po_free, self.po_info = {}, {}  # line id -> free; -> (product, site, day)
        self.po_rows, self.line_rows, self.po_lines = [], [], {}

    def catalog(self) -> None:
        """Our products, one offer each (supplier i % 3); then catalog-only SKUs offered by
        two suppliers each."""
        n, sup, rng = self.n["products"], self.data.supplier_ids, self.rng
        insert(self.conn, "product", "id, sku, name, price_cents, vat_bp, active, created_at",
               ((i + 1, f"P{i:06d}", f"Product {i}", self.price[i], 2000, 1, NOW)
                for i in range(n)))
        self.data.catalog_only = [f"C{k:07d}" for k in range((self.n["offers"] - n) // 2)]

        def rows():
            for i in range(n):
                yield (i + 1, sup[i % 3], f"{SUPPLIERS[i % 3][0]}-P{i:06d}", f"P{i:06d}",
                       f"Product {i}", self.price[i] // 2, 1, 1, None, 1, NOW)
            offer_id = n
            for k, sku in enumerate(self.data.catalog_only):
                for j, s in enumerate(rng.sample(range(3), 2)):  # the first always available
                    offer_id += 1
                    yield (offer_id, sup[s], f"{SUPPLIERS[s][0]}-{sku}", sku, f"Item {k}",
                           rng.randint(100, 9_000), rng.choice((1, 1, 6, 12)), 1,
                           rng.choice((None, None, 7, 15)), int(j == 0 or rng.random() > .1),
                           NOW)
        insert(self.conn, "catalog_offer", "id, supplier_id, supplier_ref, sku, description, "
               "cost_cents, pack_size, min_order_qty, lead_days, available, updated_at", rows())

    def stock_levels(self) -> None:
        sid = self.data.site_ids
        for i in range(self.n_stocked):
            for code in self.rng.sample(SHOPS + WAREHOUSES, self.rng.randint(1, 4)):
                self.stock[(sid[code], i + 1)] = [self.rng.randint(1, 30), 0]

    def add_po(self, site_id: int, size: int, expected: int, qty: tuple[int, int]) -> int:
        s, po_id = self.rng.randrange(3), len(self.po_rows) + 1
        self.po_rows.append((po_id, self.data.supplier_ids[s], site_id, "confirmed",
                             day(expected), "", NOW, NOW))
        for i in self.rng.sample(range(s, self.n["products"], 3), size):
            line_id, q = len(self.line_rows) + 1, self.rng.randint(*qty)
            self.line_rows.append((line_id, po_id, i + 1, i + 1,
                                   f"{SUPPLIERS[s][0]}-P{i:06d}", q, 0, self.price[i] // 2))
            self.po_free[line_id], self.po_info[line_id] = q, (i + 1, site_id, expected)
            self.po_lines.setdefault(po_id, []).append(line_id)
        return po_id

    def purchase_orders(self) -> list[int]:
        """The regular 25-line POs, then the 200-line receipt POs at WH1 (returned)."""
        sid = self.data.site_ids
        everywhere = [sid[c] for c in WAREHOUSES * 3 + SHOPS]
        for _ in range(self.n["po_lines"] // PO_SIZE):
            self.add_po(self.rng.choice(everywhere), PO_SIZE, self.rng.randint(2, 30), (5, 60))
        self.regular = list(self.po_free)
        receipt = [self.add_po(sid["WH1"], RECEIPT_PO_SIZE, self.rng.randint(1, 10), (10, 40))
                   for _ in range(self.n["receipt_pos"])]
        insert(self.conn, "purchase_order", "id, supplier_id, site_id, status, expected_date, "
               "notes, created_at, confirmed_at", self.po_rows)
        insert(self.conn, "purchase_line", "id, po_id, product_id, offer_id, supplier_ref, "
               "qty, received_qty, unit_cost_cents", self.line_rows)
        return receipt

    def peg(self, line_id: int, qty: int) -> tuple | None:
        if self.po_free[line_id] < qty:
            return None
        self.po_free[line_id] -= qty
        product, site_id, expected = self.po_info[line_id]
        return ("po_line", product, qty, site_id, line_id, expected)

    def line_specs(self, receipt_pos: list[int]) -> list[tuple]:
        """(kind, product id, qty, site id, PO line id, ready offset) of every open line:
        half the lines of each receipt PO pegged, then stock, PO lines and catalog mixed."""
        rng, specs = self.rng, []
        for po_id in receipt_pos:
            for line_id in rng.sample(self.po_lines[po_id], RECEIPT_PO_SIZE // 2):
                specs += filter(None, (self.peg(line_id, rng.randint(1, 5))
                                       for _ in range(rng.randint(1, 2))))
        stock_keys = list(self.stock)
        while len(specs) < self.n["order_lines"]:
            q, roll = rng.randint(1, 3), rng.random()
            if roll < 0.45:
                key = rng.choice(stock_keys)
                if self.stock[key][0] - self.stock[key][1] >= q:
                    self.stock[key][1] += q
                    specs.append(("site_stock", key[1], q, key[0], None, 0))
            elif roll < 0.85:
                specs += filter(None, [self.peg(rng.choice(self.regular), q)])
            else:
                product = rng.randrange(self.n["products"]) + 1
                specs.append(("catalog", product, q, None, None,
                              SUPPLIERS[(product - 1) % 3][1] + 1))
        rng.shuffle(specs)
        return specs

    def orders(self, specs: list[tuple]) -> None:
        """Groups the lines into orders of 1-4 lines at the shops (a fifth home delivery)."""
        rng, data, price = self.rng, self.data, self.price
        orders, lines, allocations, requests = [], [], [], []
        shops = [data.site_ids[c] for c in SHOPS]
        codes = {v: k for k, v in data.site_ids.items()}
        i = 0
        while i < len(specs):
            order_id, shop = len(orders) + 1, rng.choice(shops)
            created = day(-rng.randint(0, 20))
            delivery = rng.random() < 0.2
            orders.append((order_id, shop, "web" if delivery else "shop",
                           "delivery" if delivery else "pickup", f"Customer {order_id}", "",
                           "1 rue de la Paix" if delivery else "", "open",
                           f"{created} 10:{order_id % 60:02d}:00", created))
            for kind, product, qty, site_id, po_line, ready in specs[i:i + rng.randint(1, 4)]:
                line_id, request_id, i = len(lines) + 1, None, i + 1
                if kind == "catalog":
                    s = (product - 1) % 3
                    site_id, request_id = shop, len(requests) + 1
                    requests.append((request_id, product, data.supplier_ids[s], shop, product,
                                     qty, price[product - 1] // 2, SUPPLIERS[s][1], "pending",
                                     NOW))
                promise = day(max(ready, 0) + 2)
                lines.append((line_id, order_id, product, qty, price[product - 1], 2000,
                              "allocated", promise, promise))
                allocations.append((line_id, kind, qty, "held", site_id, po_line, request_id,
                                    day(max(ready, 0)), promise,
                                    json.dumps({"code": kind, "site": codes[site_id]}), NOW))
        insert(self.conn, "customer_order", "id, site_id, channel, mode, customer_name, "
               "customer_contact, delivery_address, status, created_at, created_on", orders)
        insert(self.conn, "order_line", "id, order_id, product_id, qty, unit_price_cents, "
               "vat_bp, status, first_promise_date, promise_date", lines)
        insert(self.conn, "supply_request", "id, offer_id, supplier_id, site_id, product_id, "
               "qty, unit_cost_cents, lead_days, status, created_at", requests)
        insert(self.conn, "allocation", "line_id, kind, qty, status, site_id, po_line_id, "
               "supply_request_id, ready_date, promise_date, reason, created_at", allocations)

    def stock_and_ledger(self) -> None:
        """One opening ledger row per stock row, with the same on-hand."""
        insert(self.conn, "stock", "site_id, product_id, on_hand, reserved",
               ((s, p, oh, r) for (s, p), (oh, r) in self.stock.items()))
        insert(self.conn, "ledger", "at, site_id, product_id, delta, kind, reason, reference",
               ((NOW, s, p, oh, "adjustment", "opening stock", "")
                for (s, p), (oh, _) in self.stock.items()))


def generate(db, rng: random.Random, n: dict) -> Dataset:
    data = build_network(db)
    with writing(db):
        build = Builder(db.connection(), rng, data, n)
        build.catalog()
        build.stock_levels()
        receipt_pos = build.purchase_orders()
        build.orders(build.line_specs(receipt_pos))
        build.stock_and_ledger()
    data.receipt_pos = [format_ref(PURCHASE_ORDER, po) for po in receipt_pos]
    data.stocked = sorted({f"P{p - 1:06d}" for (_, p), (oh, r) in build.stock.items()
                           if oh > r})
    with_po = {build.po_info[line][0] for line, free in build.po_free.items() if free > 0}
    data.po_only = [f"P{p - 1:06d}" for p in sorted(with_po) if p > build.n_stocked]
    return data


def build(path: Path, rng: random.Random, n: dict):
    """Generates the dataset, checks it is consistent and says what it made."""
    start = time.perf_counter()
    db = open_database(path)
    data = generate(db, rng, n)
    elapsed = time.perf_counter() - start
    over = db.execute_sql("""
        SELECT COUNT(*) FROM purchase_line pl WHERE pl.qty - pl.received_qty < (
            SELECT COALESCE(SUM(a.qty), 0) FROM allocation a
            WHERE a.kind = 'po_line' AND a.status = 'held' AND a.po_line_id = pl.id)
    """).fetchone()[0]
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = [(t, db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in (
        "product", "catalog_offer", "stock", "ledger", "purchase_line", "order_line")]
    print(f"database   {path}")
    print(f"generated  {elapsed:.1f} s, {os.path.getsize(path) / 2**20:.1f} MiB; "
          + ", ".join(f"{t} {c:,}" for t, c in counts))
    print(f"consistent check_stock ok={stock.check_stock(db).ok}; "
          f"PO lines pegged beyond their quantity: {over}")
    print(f"pools      stocked {len(data.stocked):,}, PO-only {len(data.po_only):,}, "
          f"catalog-only {len(data.catalog_only):,}, receipt POs {len(data.receipt_pos)}")
    return db, data


# ---------------------------------------------------------------- 2. the measurements

@dataclass
class Timing:
    """Nearest-rank p50, p95 and maximum of `n` runs, in ms."""

    name: str
    n: int
    p50: float
    p95: float
    max: float


def timed(name: str, calls) -> Timing:
    """Runs each zero-argument callable once, timing it alone."""
    ns = []
    for call in calls:
        start = time.perf_counter_ns()
        call()
        ns.append(time.perf_counter_ns() - start)
    ns.sort()
    rank = lambda p: ns[max(0, math.ceil(p * len(ns)) - 1)] / 1e6  # noqa: E731
    return Timing(name, len(ns), rank(0.50), rank(0.95), ns[-1] / 1e6)


def promise_requests(rng: random.Random, data: Dataset, count: int) -> list[tuple]:
    """(shop, SKU, qty): stocked, PO-supplied and catalog-only SKUs in turn."""
    pools = [data.stocked, data.po_only or data.stocked, data.catalog_only]
    return [(rng.choice(SHOPS), rng.choice(pools[k % 3]), rng.randint(1, 3))
            for k in range(count)]


def bench_promise(db, requests) -> Timing:
    for site, sku, qty in requests[:20]:  # warm-up: configuration, holiday tables
        ordering.promise(db, OrderRequest(site, [(sku, qty)]), TODAY)
    return timed("promise, 1 line", [
        (lambda r=r: ordering.promise(db, OrderRequest(r[0], [(r[1], r[2])]), TODAY))
        for r in requests])


def bench_engine(db, requests) -> Timing:
    """`plan_line` alone, on snapshots loaded beforehand: the engine's own cost."""
    cfg = load_configuration(db, TODAY)
    rules = cfg.rules.rules_for(Channel.SHOP, Mode.PICKUP)
    cases = [(LineRequest(sku, qty), load_snapshot(db, cfg, sku),
              OrderContext(site, Channel.SHOP, Mode.PICKUP, TODAY))
             for site, sku, qty in requests]
    return timed("plan_line (engine only)", [
        (lambda c=c: plan_line(*c, cfg.network, rules)) for c in cases])


def bench_bare(path: Path, requests) -> Timing:
    """The same supply (product by SKU, stock per site, confirmed PO lines with free qty,
    offers) fetched with the stdlib module: the floor no code of ours can beat."""
    conn = sqlite3.connect(str(path))

    def fetch(sku: str) -> None:
        row = conn.execute(BARE_PRODUCT, (sku,)).fetchone()
        if row is not None:
            conn.execute(BARE_STOCK, (row[0],)).fetchall()
            conn.execute(BARE_INCOMING, (row[0],)).fetchall()
            conn.execute(BARE_TRANSIT, (row[0], row[0])).fetchall()
        conn.execute(BARE_CATALOG, (sku,)).fetchall()
    for _, sku, _ in requests[:20]:
        fetch(sku)
    timing = timed("bare sqlite3 supply fetch", [(lambda s=r[1]: fetch(s)) for r in requests])
    conn.close()
    return timing


def order_requests(rng: random.Random, data: Dataset, count: int) -> list[OrderRequest]:
    """3-line pick-up orders, each line from a different kind of supply."""
    out = []
    for k in range(count):
        skus = [rng.choice(data.stocked), rng.choice(data.po_only or data.stocked),
                rng.choice(data.catalog_only)]
        out.append(OrderRequest(rng.choice(SHOPS), [(s, rng.randint(1, 2)) for s in skus],
                                customer=Customer(f"Bench customer {k}", phone=f"06{k:08d}")))
    return out


def profile(label: str, calls) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for call in calls:
        call()
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative")
    print(f"\n--- cProfile: {label} ({len(calls)} calls): top 10, then ours, by cumulative")
    stats.print_stats(10)
    stats.print_stats("oms_desktop", 12)


# ---------------------------------------------------------------- 3. the report

def report(results: dict[str, Timing]) -> None:
    print(f"\n{'measure':<28}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for t in results.values():
        print(f"{t.name:<28}{t.n:>6}{t.p50:>10.3f}{t.p95:>10.3f}{t.max:>10.3f}")
    promise, bare, order = results["promise"], results["bare"], results["order"]
    ratio = promise.p95 / bare.p95
    goals = [
        ("issue: promise p95 < 5 ms", f"{promise.p95:.3f} ms", promise.p95 < 5),
        ("issue: order p95 < 25 ms", f"{order.p95:.3f} ms", order.p95 < 25),
        ("perf.md: promise p95 < 1 ms", f"{promise.p95:.3f} ms", promise.p95 < 1),
        ("perf.md: promise p95 <= 10x bare", f"{ratio:.1f}x", ratio <= 10),
        ("perf.md: order p95 < 5 ms", f"{order.p95:.3f} ms", order.p95 < 5),
    ]
    print(f"\n{'goal':<36}{'figure':>12}  result")
    for goal, figure, ok in goals:
        print(f"{goal:<36}{figure:>12}  {'PASS' if ok else 'MISS'}")
    print(f"\nengine share of the promise p50: {results['engine'].p50 / promise.p50:.0%}; "
          f"receive_po p50 per PO line: {results['receipt'].p50 / RECEIPT_PO_SIZE:.2f} ms")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="where to build the database (must not exist)")
    parser.add_argument("--keep", action="store_true", help="keep the database file")
    parser.add_argument("--quick", action="store_true", help="1/10 of everything")
    parser.add_argument("--profile", action="store_true",
                        help="afterwards, cProfile extra promises and orders")
    args = parser.parse_args(argv)
    n = {k: v // 10 for k, v in FULL.items()} if args.quick else dict(FULL)
    if args.db and (args.db.exists() or Path(f"{args.db}-wal").exists()):
        parser.error(f"{args.db} exists: the benchmark builds a fresh file")
    folder = None if args.db else Path(tempfile.mkdtemp(prefix="oms_bench_"))
    path = args.db or folder / "bench.sqlite3"
    rng = random.Random(SEED)

    db, data = build(path, rng, n)
    promises = promise_requests(rng, data, n["promises"])
    results = {"promise": bench_promise(db, promises),
               "engine": bench_engine(db, promises),
               "bare": bench_bare(path, promises),
               "order": timed("place_order, 3 lines", [
                   (lambda r=r: ordering.place_order(db, r, TODAY))
                   for r in order_requests(rng, data, n["orders"])]),
               "receipt": timed(f"receive_po, {RECEIPT_PO_SIZE} lines", [
                   (lambda ref=ref: receiving.receive_po(db, ref, None, TODAY))
                   for ref in data.receipt_pos])}
    report(results)
    print(f"after the run: check_stock ok={stock.check_stock(db).ok}")
    if args.profile:
        extra = promise_requests(rng, data, 300)
        profile("promise", [(lambda r=r: ordering.promise(
            db, OrderRequest(r[0], [(r[1], r[2])]), TODAY)) for r in extra])
        profile("place_order", [(lambda r=r: ordering.place_order(db, r, TODAY))
                                for r in order_requests(rng, data, 100)])
    close(db)
    if args.keep:
        print(f"kept {path}")
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
