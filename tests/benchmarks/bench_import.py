"""Catalog import benchmark: a million-row supplier file, against the bare sqlite3 floor.

    python tests/benchmarks/bench_import.py [--rows N] [--keep]

Generates a realistic CSV (French headers, semicolons, decimal commas, EAN-13 without our
SKU as a bookshop distributor sends it; ~111 MB for 1,000,000 rows) in a temp folder,
imports it into a fresh database with one supplier through services.catalog.import_catalog
(streamed and checked by two processes, staged, upserted, then the search index in a second
transaction), then re-imports it (all unchanged), and in the same run parses the same file
with the csv module and inserts the rows with a bare sqlite3 `executemany` into the same
table of another fresh database. Prints rows/s, wall time and peak RSS (each phase in its
own process, so the peaks do not mix; the import's second reader apart). The bare run is
timed without, then with an FTS5 index of the same rows built in one statement
(performance.md's floor for the whole pipeline).
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

from oms_desktop.domain.values import ean_check_digit
from oms_desktop.store.search_index import OFFER_BASE

HEADER = ["Référence", "EAN", "Désignation", "Prix d'achat HT", "Colisage", "Qté min",
          "Délai", "Disponible", "PV TTC", "TVA"]
WORDS = ("cahier", "élève", "stylo", "roman", "poche", "atlas", "histoire", "jardin",
         "cuisine", "voyage", "enfant", "collection", "édition", "illustrée", "grand",
         "format", "tome", "guide", "pratique", "français")
GOALS = dict(seconds=60, rss_mb=500, ratio=0.5)


def generate(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        for i in range(rows):
            body = f"978{i:09d}"
            ean = body + str(ean_check_digit(body))
            name = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize() + f" n°{i}"
            cost = rng.randint(50, 5000)
            writer.writerow([f"DIST-{i:08d}", ean, name, f"{cost // 100},{cost % 100:02d}",
                             rng.choice((1, 1, 5, 10)), 1, rng.randint(1, 15),
                             rng.choice(("oui", "oui", "oui", "non")),
                             f"{cost * 2 // 100},{cost * 2 % 100:02d}", "5,5"])


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class _ChildrenPeak(threading.Thread):
    """The peak memory of this process's children (the import's second reader), read from
    /proc as they run: the kernel's own figure for a child (RUSAGE_CHILDREN) counts the
    copy of this process it was forked from before it started Python afresh."""

    def __init__(self):
        super().__init__(daemon=True)
        self._stopped = threading.Event()
        self.peak_kb = 0
        self.start()

    def run(self) -> None:
        me = str(os.getpid())
        while not self._stopped.wait(0.2):
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
                if fields.get("PPid", "").strip() == me and "VmHWM" in fields:
                    self.peak_kb = max(self.peak_kb, int(fields["VmHWM"].split()[0]))

    def stop(self) -> float:
        self._stopped.set()
        self.join()
        return self.peak_kb / 1024


def run_import(db_path: str, csv_path: str, queue) -> None:
    from oms_desktop.services.catalog import import_catalog
    from oms_desktop.services.suppliers import add_supplier
    from oms_desktop.store.database import close, open_database

    from oms_desktop.services import catalog

    # The import commits the offers (sellable, by code, from then on), then writes their
    # search index in a second transaction: the moment between the two is taken here.
    committed = []
    refresh = catalog._refresh_search

    def timed_refresh(db, marker):
        committed.append(time.perf_counter())
        refresh(db, marker)

    catalog._refresh_search = timed_refresh
    children = _ChildrenPeak()
    db = open_database(db_path)
    add_supplier(db, "DIST", "Distributeur", 5)
    results = []
    for label in ("import", "re-import"):
        start = time.perf_counter()
        report = import_catalog(db, "DIST", csv_path)
        elapsed = time.perf_counter() - start
        assert report.imported, report.rejected[:5]
        readers = report.readers
        results.append((f"{label}: offers committed", committed[-1] - start, report.added,
                        report.updated, report.unchanged))
        results.append((f"{label}: + search index", elapsed, report.added, report.updated,
                        report.unchanged))
    close(db)
    # The second reader of a big CSV (services/catalog_staging.py) is a child process.
    queue.put((results, (_peak_rss_mb(), children.stop(), readers)))


def run_bare(db_path: str, csv_path: str, queue) -> None:
    from oms_desktop.services.suppliers import add_supplier
    from oms_desktop.store.database import close, open_database

    db = open_database(db_path)  # the same schema, one supplier
    add_supplier(db, "DIST", "Distributeur", 5)
    close(db)
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = wal")
    supplier_id = connection.execute("SELECT id FROM supplier").fetchone()[0]
    now = "2026-11-26 09:00:00"
    sql = ("INSERT INTO catalog_offer (supplier_id, supplier_ref, sku, ean, description, "
           "cost_cents, pack_size, min_order_qty, lead_days, retail_price_cents, vat_bp, "
           "available, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

    def rows():
        with open(csv_path, encoding="utf-8", newline="") as stream:
            reader = csv.reader(stream, delimiter=";")
            next(reader)
            for ref, ean, name, cost, pack, moq, lead, available, price, vat in reader:
                yield (supplier_id, ref, ean, ean, name, int(cost.replace(",", "")),
                       int(pack), int(moq), int(lead), int(price.replace(",", "")), 550,
                       available == "oui", now)

    start = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(sql, rows())
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    count = connection.execute("SELECT COUNT(*) FROM catalog_offer").fetchone()[0]
    # performance.md's floor for the whole pipeline: the same rows, then the FTS5 index of
    # their words built in one statement with FTS5's default settings.
    start = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(f"INSERT INTO search_index (rowid, words) SELECT {OFFER_BASE} + id, "
                       f"description || ' ' || sku || ' ' || supplier_ref FROM catalog_offer")
    connection.execute("COMMIT")
    indexed = time.perf_counter() - start
    connection.close()
    queue.put(([("bare csv + executemany", elapsed, count, 0, 0),
                ("bare ... + FTS5 index", elapsed + indexed, count, 0, 0)], _peak_rss_mb()))


def in_process(target, *args):
    queue = multiprocessing.get_context("spawn").Queue()
    process = multiprocessing.get_context("spawn").Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="oms-bench-import-"))
    try:
        csv_path = folder / "catalog.csv"
        start = time.perf_counter()
        generate(csv_path, args.rows)
        size = csv_path.stat().st_size / 1e6
        print(f"generated {args.rows:,} rows, {size:.0f} MB in "
              f"{time.perf_counter() - start:.1f} s ({csv_path})")
        ours, our_rss = in_process(run_import, str(folder / "oms.sqlite3"), str(csv_path))
        bare, bare_rss = in_process(run_bare, str(folder / "bare.sqlite3"), str(csv_path))
        bare_rate = args.rows / bare[0][1]
        pipeline_rate = args.rows / bare[1][1]
        print(f"{'phase':<32}{'wall s':>8}{'rows/s':>12}{'vs bare':>9}   added/updated/same")
        for label, elapsed, added, updated, unchanged in ours + bare:
            rate = args.rows / elapsed
            print(f"{label:<32}{elapsed:>8.1f}{rate:>12,.0f}{rate / bare_rate:>8.2f}x   "
                  f"{added}/{updated}/{unchanged}")
        our_rss, reader_rss, readers = our_rss
        print(f"the file was read by {readers} process(es); peak RSS: import process "
              f"{our_rss:.0f} MB, its second reader {reader_rss:.0f} MB, bare process "
              f"{bare_rss:.0f} MB")
        committed, whole = ours[0][1], ours[1][1]
        print(f"goals: < {GOALS['seconds']} s: {whole:.1f} s with the search index; "
              f"< {GOALS['rss_mb']} MB: {our_rss:.0f} + {reader_rss:.0f} MB; "
              f">= {GOALS['ratio']}x bare "
              f"executemany: {args.rows / committed / bare_rate:.2f}x to the offers committed, "
              f"{args.rows / whole / bare_rate:.2f}x with their search index")
        print(f"against the bare pipeline with its FTS5 index (performance.md, aim >= 0.6x): "
              f"{args.rows / whole / pipeline_rate:.2f}x; re-import "
              f"{args.rows / ours[3][1] / pipeline_rate:.2f}x")
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
