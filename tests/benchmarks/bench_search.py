"""Search benchmark: a million catalog offers, indexed and searched as staff type.

    python tests/benchmarks/bench_search.py [--offers N] [--keep]

Builds a fresh SQLite file (schema through open_database), 3 suppliers and N offers
(default 1,000,000) inserted with the database's own `executemany`, plus 5,000 own
products; times `index_offers_of_supplier` for each supplier, then p50/p95 of
`search_products` over 100 varied queries (prefixes, two or three words, EANs, references,
common words), beside a bare FTS5 `MATCH ... LIMIT 50` of the same expressions on the same
table, in the same run. Not collected by pytest (pyproject ignores tests/benchmarks).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from oms_desktop.services.search import search_products
from oms_desktop.store import search_index
from oms_desktop.store.database import close, open_database, writing

SEED = 20261126
SUPPLIERS = ("LIVR", "QUIN", "MODE")
OWN_PRODUCTS = 5_000
NOUNS = ("théière", "casserole", "poêle", "assiette", "bol", "tasse", "verre", "couteau",
         "cocotte", "saladier", "plat", "moule", "fouet", "planche", "carafe", "cafetière",
         "élève", "cahier", "roman", "chemise", "pantalon", "vis", "écrou", "perceuse",
         "marteau", "tournevis", "ampoule", "câble", "lampe", "étagère")
ADJECTIVES = ("blanc", "noir", "rouge", "bleu", "vert", "inox", "fonte", "grès", "verre",
              "bois", "émaillé", "céramique", "petit", "grand", "rond", "carré", "léger",
              "épais", "doré", "mat", "brillant", "antiadhésif", "pliant", "réglable")
SIZES = ("10 cm", "16 cm", "20 cm", "24 cm", "28 cm", "0,5 l", "1 l", "1,5 l", "S", "M",
         "L", "XL", "M6", "M8", "lot de 4", "lot de 6", "set")
GOAL_ISSUE_MS, GOAL_PERF_MS = 50, 20


def ean13(rng: random.Random) -> str:
    body = f"{rng.randrange(10**11, 10**12):012d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def description(rng: random.Random) -> str:
    words = [rng.choice(NOUNS), rng.choice(ADJECTIVES)]
    if rng.random() < 0.6:
        words.append(rng.choice(ADJECTIVES))
    words.append(rng.choice(SIZES))
    brand = f"{rng.choice('BCDFGKLMPRST')}{rng.choice('aeiouy')}{rng.choice('lmnrstx')}" \
            f"{rng.choice('aeiou')}{rng.randrange(10, 99)}"
    return " ".join([words[0].capitalize(), *words[1:], brand])


def build(path: Path, offers: int, rng: random.Random) -> tuple[object, list[int], list[tuple]]:
    db = open_database(path)
    conn = db.connection()
    samples: list[tuple] = []  # (sku, ean, ref, description) of some offers, for queries
    with writing(db):
        supplier_ids = []
        for code in SUPPLIERS:
            conn.execute("INSERT INTO supplier (code, name, address, email, country, lead_days,"
                         " order_days, min_order_cents) VALUES (?, ?, '', '', 'FR', 5, "
                         "'mon,thu', 0)", (code, code.title()))
            supplier_ids.append(conn.execute("SELECT last_insert_rowid()").fetchone()[0])
        per_supplier = offers // len(SUPPLIERS)
        now = "2026-11-26 07:00:00"

        def rows(supplier_id: int, prefix: str):
            for n in range(per_supplier):
                sku = f"{prefix}{n:07d}"
                ref = f"{prefix[:2]}-{rng.randrange(10**6, 10**7)}-{n}"
                ean = ean13(rng) if rng.random() < 0.9 else None
                text = description(rng)
                if n % max(1, per_supplier // 100) == 0:
                    samples.append((sku, ean, ref, text))
                yield (supplier_id, ref, sku, ean, text, rng.randrange(100, 20_000), 1, 1,
                       None, None, 2000, 1, now)

        started = time.perf_counter()
        for supplier_id, code in zip(supplier_ids, SUPPLIERS):
            conn.executemany(
                "INSERT INTO catalog_offer (supplier_id, supplier_ref, sku, ean, description,"
                " cost_cents, pack_size, min_order_qty, lead_days, retail_price_cents, vat_bp,"
                " available, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(supplier_id, code))
        conn.executemany(
            "INSERT INTO product (sku, ean, name, price_cents, vat_bp, active, created_at) "
            "VALUES (?, NULL, ?, ?, 2000, 1, ?)",
            ((f"OWN{n:05d}", description(rng), rng.randrange(100, 20_000), now)
             for n in range(OWN_PRODUCTS)))
        print(f"insert {offers:,} offers + {OWN_PRODUCTS:,} products (executemany): "
              f"{time.perf_counter() - started:6.2f} s")
        search_index.index_products(db, [r[0] for r in conn.execute("SELECT id FROM product")])
    return db, supplier_ids, samples


def queries(rng: random.Random, samples: list[tuple]) -> list[str]:
    found: list[str] = []
    picks = rng.sample(samples, 60)
    for sku, ean, ref, text in picks[:15]:
        found.append(ean or sku)  # scanned EANs
    for sku, ean, ref, text in picks[15:25]:
        found.append(ref)  # supplier references
    for sku, ean, ref, text in picks[25:30]:
        found.append(sku)
    for sku, ean, ref, text in picks[30:45]:  # prefixes as typed
        word = text.split()[0]
        found.append(word[:rng.randrange(2, len(word) + 1)])
    for sku, ean, ref, text in picks[45:60]:  # two or three words, the last one half-typed
        words = text.split()[:rng.choice((2, 3))]
        words[-1] = words[-1][:max(2, len(words[-1]) - 2)]
        found.append(" ".join(words))
    for n in range(40 - 15):
        found.append(" ".join(rng.sample([*NOUNS, *ADJECTIVES], rng.choice((1, 2, 3)))))
    found += ["blanc", "inox", "lot", "theiere", "eleve", "THE fonte", "blanc noir rouge",
              "verre", "grand bol", "cm", "40", "M8", "set", "poele inox 24", "doré"]
    return [q.lower() if rng.random() < 0.3 else q for q in found][:100]


def timed(fn, items) -> list[float]:
    times = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - started) * 1000)
    return times


def p(times: list[float], q: float) -> float:
    return statistics.quantiles(times, n=100, method="inclusive")[q - 1] if q < 100 \
        else max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the database file")
    args = parser.parse_args()
    rng = random.Random(SEED)
    folder = Path(tempfile.mkdtemp(prefix="oms-bench-search-"))
    path = folder / "oms.sqlite3"
    db, supplier_ids, samples = build(path, args.offers, rng)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size_before = path.stat().st_size

    total = 0.0
    for supplier_id, code in zip(supplier_ids, SUPPLIERS):
        started = time.perf_counter()
        with writing(db):
            search_index.index_offers_of_supplier(db, supplier_id)
        took = time.perf_counter() - started
        total += took
        print(f"index_offers_of_supplier({code}):  {took:6.2f} s")
    print(f"index, all suppliers:             {total:6.2f} s  "
          f"(performance.md bare FTS5 build 3.7 s)")
    started = time.perf_counter()
    with writing(db):
        search_index.index_offers_of_supplier(db, supplier_ids[0])
    print(f"re-index one supplier (delete + insert {args.offers // 3:,}): "
          f"{time.perf_counter() - started:6.2f} s")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size_after = path.stat().st_size
    print(f"file: {size_before / 1e6:,.0f} MB -> {size_after / 1e6:,.0f} MB "
          f"(+{100 * (size_after - size_before) / size_before:.0f} %)")

    texts = queries(rng, samples)
    search_products(db, "warm up")
    conn = db.connection()
    bare_sql = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50"
    ranked_sql = bare_sql.replace("LIMIT", "ORDER BY rank LIMIT")
    expressions = [search_index.match_expression(t) for t in texts]
    expressions = [e for e in expressions if e]

    ours = timed(lambda t: search_products(db, t), texts)
    bare = timed(lambda e: conn.execute(bare_sql, (e,)).fetchall(), expressions)
    ranked = timed(lambda e: conn.execute(ranked_sql, (e,)).fetchall(), expressions)
    print(f"\n{len(texts)} queries                      p50 ms   p95 ms   max ms")
    for label, times in (("search_products (30 hits)", ours),
                         ("bare FTS5 MATCH LIMIT 50", bare),
                         ("bare FTS5 ORDER BY rank LIMIT 50", ranked)):
        print(f"{label:33s} {p(times, 50):7.2f}  {p(times, 95):7.2f}  {max(times):7.2f}")
    print(f"goal p95: < {GOAL_ISSUE_MS} ms (issue), < {GOAL_PERF_MS} ms (performance.md): "
          f"{'met' if p(ours, 95) < GOAL_PERF_MS else 'NOT met'}")
    for candidates in (100, 50):  # the bound on ranked matches, traded against latency
        search_index.CANDIDATES, kept = candidates, search_index.CANDIDATES
        times = timed(lambda t: search_products(db, t), texts)
        search_index.CANDIDATES = kept
        print(f"{f'  ... ranking {candidates} candidates':33s} {p(times, 50):7.2f}  "
              f"{p(times, 95):7.2f}  {max(times):7.2f}")
    slowest = sorted(zip(ours, texts), reverse=True)[:5]
    print("slowest:", ", ".join(f"{t!r} {ms:.1f} ms" for ms, t in slowest))
    close(db)
    if args.keep:
        print(f"kept {path}")
    else:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("OMS_TODAY", "2026-11-26")
    main()
