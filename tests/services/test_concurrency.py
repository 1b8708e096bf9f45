"""Two desks (two processes on the same database file) selling the last units at the same
moment never oversell."""

from __future__ import annotations

import datetime
import multiprocessing

from oms_desktop.domain.errors import Refused
from oms_desktop.services import ordering, stock
from oms_desktop.services.ordering import OrderRequest

TODAY = datetime.date(2026, 11, 26)
UNITS = 6
DESKS = 4
ATTEMPTS_PER_DESK = 5


def desk(path: str, barrier, results) -> None:
    from oms_desktop.store.database import close, open_database

    db = open_database(path)
    sold = refused = 0
    barrier.wait()
    for _ in range(ATTEMPTS_PER_DESK):
        try:
            ordering.place_order(db, OrderRequest("PAR", [("MUG", 1)], mode="take_away"), TODAY)
            sold += 1
        except Refused:
            refused += 1
    close(db)
    results.put((sold, refused))


def test_desks_racing_for_the_last_units_sell_each_unit_once(retailer, tmp_path):
    stock.adjust_stock(retailer, "PAR", "MUG", UNITS, "delivery")
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(DESKS)
    results = context.Queue()
    path = str(tmp_path / "oms.sqlite3")
    desks = [context.Process(target=desk, args=(path, barrier, results)) for _ in range(DESKS)]
    for process in desks:
        process.start()
    outcomes = [results.get(timeout=120) for _ in desks]
    for process in desks:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert sum(sold for sold, _ in outcomes) == UNITS
    assert sum(refused for _, refused in outcomes) == DESKS * ATTEMPTS_PER_DESK - UNITS
    par = next(s for s in stock.stock_picture(retailer, "MUG").sites if s.site == "PAR")
    assert (par.on_hand, par.reserved) == (0, 0)
    assert stock.check_stock(retailer).ok
