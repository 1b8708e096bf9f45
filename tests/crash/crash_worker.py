"""One desk working without pause on the database of tests/crash/test_kill_at_random.py,
until it is killed: `python crash_worker.py DB KIND SEED [CATALOG_A CATALOG_B]`.

KIND is `sell` (orders of 1 to 3 lines, every mode, some cancelled), `receive` (POs
created, confirmed and received in part or in full, shelves restocked, catalog sales put on
POs) or `import` (the supplier's catalog, file A then file B, again and again). Each
customer's name carries the number of lines of the order, so that a half-written order can
be told. Prints "ready" once the database is open.
"""

from __future__ import annotations

import datetime
import random
import sys

TODAY = datetime.date(2026, 11, 26)
PRODUCTS = [f"P{n:02d}" for n in range(12)]
CATALOG_ONLY = [f"CAT-{n:04d}" for n in range(0, 40, 3)]
SHOPS = ["PAR", "LYO"]


def sell(db, rng: random.Random, name: str) -> None:
    from oms_desktop.domain.errors import OmsError
    from oms_desktop.services.ordering import Customer, OrderRequest, cancel_order, \
        place_order

    placed = []
    for number in range(1_000_000):
        _pause(rng)
        mode = rng.choice(["take_away", "pickup", "pickup", "delivery"])
        count = rng.randint(1, 3)
        pool = PRODUCTS if mode == "take_away" else PRODUCTS + CATALOG_ONLY
        lines = [(sku, rng.randint(1, 3)) for sku in rng.sample(pool, count)]
        request = OrderRequest(rng.choice(SHOPS), lines, mode=mode,
                               channel="web" if mode == "delivery" else "shop",
                               customer=Customer(f"{name}-{number}-lines-{count}",
                                                 address="1 rue du Port, Lyon"))
        try:
            placed.append(place_order(db, request, TODAY).order)
        except OmsError:  # nothing can serve it: refused whole, nothing written
            continue
        if placed and rng.random() < 0.2:
            try:
                cancel_order(db, placed.pop(rng.randrange(len(placed))), TODAY)
            except OmsError:
                pass


def receive(db, rng: random.Random, name: str) -> None:
    from oms_desktop.domain.errors import OmsError
    from oms_desktop.services import purchasing, receiving, stock

    for number in range(1_000_000):
        _pause(rng)
        step = rng.random()
        try:
            if step < 0.25:
                stock.adjust_stock(db, rng.choice(SHOPS + ["WH"]), rng.choice(PRODUCTS),
                                   rng.randint(1, 6), f"{name} restock {number}")
            elif step < 0.4:
                for po in purchasing.pos_from_requests(db, today=TODAY):
                    purchasing.confirm_po(db, po.po, TODAY)
            else:
                lines = [f"{sku}:{rng.randint(2, 12)}"
                         for sku in rng.sample(PRODUCTS, rng.randint(1, 3))]
                po = purchasing.create_po(db, "ACME", "WH", TODAY + datetime.timedelta(days=9),
                                          [_line(text) for text in lines], today=TODAY)
                purchasing.confirm_po(db, po.po, TODAY)
                if rng.random() < 0.5:
                    receiving.receive_po(db, po.po, None, TODAY)
                else:
                    first = po.lines[0]
                    receiving.receive_po(db, po.po, [(first.sku, max(1, first.qty // 2))],
                                         TODAY)
        except OmsError:
            continue


def _pause(rng: random.Random) -> None:
    """A desk between two sales. SQLite's busy wait does not queue writers: a desk writing
    without a pause would starve the others, and the kills would only ever land in it."""
    import time

    time.sleep(rng.uniform(0.0, 0.02))


def _line(text: str):
    sku, qty = text.split(":")
    return sku, int(qty), None


def import_catalogs(db, rng: random.Random, files: list[str]) -> None:
    from oms_desktop.services import catalog_staging
    from oms_desktop.services.catalog import import_catalog

    import time

    for number in range(1_000_000):
        # every other import reads its file with two processes, as a big catalog is read
        catalog_staging.SPLIT_FROM_BYTES = 0 if rng.random() < 0.5 else 16 << 20
        import_catalog(db, "ACME", files[number % 2])
        time.sleep(rng.uniform(0.02, 0.15))  # as _pause


def main(path: str, kind: str, seed: str, *files: str) -> None:
    from oms_desktop.store.database import open_database

    db = open_database(path)
    rng = random.Random(f"{seed}-{kind}")
    print("ready", flush=True)
    if kind == "sell":
        sell(db, rng, f"S{seed}")
    elif kind == "receive":
        receive(db, rng, f"R{seed}")
    else:
        import_catalogs(db, rng, list(files))


if __name__ == "__main__":
    main(*sys.argv[1:])
