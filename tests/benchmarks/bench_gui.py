"""GUI benchmark: start-up, first paint and scrolling of a 100,000-row product list, each
beside a bare-Qt baseline measured in the same run.

    python tests/benchmarks/bench_gui.py [--runs 3] [--rows 100000] [--keep DIR]

Every figure is taken in a fresh process (this file run again with `--child MODE`), so
imports and first-use costs count as they do for a user:

(a) start: from process start to a usable main window on the demo database (the window
    shown, its first screen painted), beside a bare QMainWindow holding a 1,000-row
    QTableWidget started the same way;
(b) first paint of the 100,000-row product list: the main window is up on a database of
    100,000 items, the user opens Products & stock, and the list is painted with its rows;
    beside a bare QTableView over a 100,000-row in-memory QAbstractTableModel shown in an
    application that has painted once (both after Qt's one-time start costs);
(c) scrolling: 50 page-down steps in each list, every step timed to its paint.

Prints the medians of the runs and the ratios, beside the goals of
shared/reference/performance.md: start within 2.5x the bare window, the list painted in
under 100 ms, no scroll frame over 50 ms. Not collected by pytest (pyproject ignores
tests/benchmarks). The databases are built with bulk inserts through the store (no
services), in a temporary folder removed at the end unless --keep is given.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TODAY = datetime.date(2026, 11, 26)
NOW = "2026-10-19 08:00:00"
SEED = 20261126
SITES = (("ENTREPOT", "Entrepôt Orléans", "warehouse", 1), ("PARIS", "Paris Marais", "shop", 0),
         ("LYON", "Lyon Presqu'île", "shop", 0), ("LILLE", "Lille Centre", "shop", 0))
SUPPLIERS = (("CUISINOX", "Cuisinox SAS", 5), ("ARTDELATABLE", "Art de la table", 8),
             ("VERRERIE", "Verrerie du Nord", 12))
WORDS = (("Assiette", "Bol", "Casserole", "Cocotte", "Faitout", "Poêle", "Saladier", "Tasse",
          "Théière", "Verre", "Plat", "Wok", "Bouilloire", "Carafe", "Mug", "Passoire"),
         ("inox", "fonte", "grès", "porcelaine", "verre", "cuivre", "faïence", "bambou"),
         ("« Bistrot »", "« Chef »", "« Héritage »", "« Atelier »", "« Origine »",
          "« Pro »"),
         ("anthracite", "blanc cassé", "bleu nuit", "crème", "sable", "terracotta",
          "vert sauge", "rouge cerise", "moutarde", "gris perle"))
SCROLL_STEPS = 50
GOALS = {"start_ratio": 2.5, "paint_ms": 100.0, "frame_ms": 50.0}


# ---------------------------------------------------------------- the databases

def ean13(number: int) -> str:
    body = f"376{number:09d}"
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def product_name(rng: random.Random) -> str:
    kind, material, line, colour = (rng.choice(words) for words in WORDS)
    return f"{kind} {material} {line} {rng.choice((12, 16, 20, 24, 28))} cm – {colour}"


def build_big_database(path: Path, rows: int, seed: int = SEED) -> dict:
    """`rows` items in the unified list: 80 % our products (most stocked at one to four
    sites, some on confirmed POs, half with a supplier offer), 20 % SKUs only in supplier
    catalogs (one or two offers each). Bulk inserts in one transaction."""
    from oms_desktop.store.database import close, open_database
    from oms_desktop.store.models import (
        CatalogOfferRow,
        LedgerRow,
        ProductRow,
        PurchaseLineRow,
        PurchaseOrderRow,
        SiteRow,
        StockRow,
        SupplierRow,
    )

    rng = random.Random(seed)
    products, catalog_only = rows * 8 // 10, rows - rows * 8 // 10
    db = open_database(path)
    conn = db.connection()

    def insert(model, columns: tuple[str, ...], values) -> None:
        """executemany on the model's table; the model's defaults fill the other columns."""
        fields = [f for f in model._meta.sorted_fields
                  if f.column_name not in columns and f.default is not None]
        extra = tuple(f.default() if callable(f.default) else f.default for f in fields)
        extra = tuple(int(v) if isinstance(v, bool) else
                      str(v) if isinstance(v, datetime.datetime) else v for v in extra)
        names = ", ".join((*columns, *(f.column_name for f in fields)))
        marks = ", ".join("?" * (len(columns) + len(fields)))
        conn.executemany(f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})',
                         (tuple(row) + extra for row in values))

    with db.atomic():
        insert(SiteRow, ("id", "code", "name", "kind", "handling_days"),
               [(i + 1, code, name, kind, days) for i, (code, name, kind, days)
                in enumerate(SITES)])
        insert(SupplierRow, ("id", "code", "name", "lead_days"),
               [(i + 1, code, name, lead) for i, (code, name, lead) in enumerate(SUPPLIERS)])
        prices = [rng.randint(290, 25_000) for _ in range(products)]
        insert(ProductRow, ("id", "sku", "ean", "name", "price_cents", "vat_bp", "active",
                            "created_at"),
               ((i + 1, f"P{i + 1:06d}", ean13(i + 1), product_name(rng), prices[i], 2000,
                 int(rng.random() > 0.02), NOW) for i in range(products)))
        stock, ledger = [], []
        for product in range(1, products + 1):
            if rng.random() < 0.15:
                continue  # never stocked
            for site in rng.sample(range(1, len(SITES) + 1), rng.randint(1, len(SITES))):
                on_hand = rng.choice((0, 1, 2, 3, 5, 8, 12, 20, 40))
                reserved = min(on_hand, rng.choice((0, 0, 0, 1, 2)))
                stock.append((site, product, on_hand, reserved))
                if on_hand:
                    ledger.append((NOW, site, product, on_hand, "adjustment", "opening stock"))
        insert(StockRow, ("site_id", "product_id", "on_hand", "reserved"), stock)
        insert(LedgerRow, ("at", "site_id", "product_id", "delta", "kind", "reason"), ledger)
        offers, offer_id = [], 0
        for product in range(1, products + 1):
            if rng.random() < 0.5:
                offer_id += 1
                supplier = rng.randrange(len(SUPPLIERS))
                offers.append((offer_id, supplier + 1, f"{SUPPLIERS[supplier][0][:3]}-{product}",
                               f"P{product:06d}", ean13(product), "supplier's name",
                               prices[product - 1] * 4 // 10, None, 1))
        for item in range(1, catalog_only + 1):
            name, price = product_name(rng), rng.randint(290, 25_000)
            for first, supplier in enumerate(rng.sample(range(len(SUPPLIERS)),
                                                         rng.randint(1, 2))):
                first = first == 0  # every item has at least one available offer
                offer_id += 1
                offers.append((offer_id, supplier + 1, f"{SUPPLIERS[supplier][0][:3]}-C{item}",
                               f"C{item:06d}", ean13(500_000 + item), name,
                               price * rng.randint(35, 45) // 100,
                               rng.choice((None, price)), int(first or rng.random() > 0.2)))
        insert(CatalogOfferRow, ("id", "supplier_id", "supplier_ref", "sku", "ean",
                                 "description", "cost_cents", "retail_price_cents",
                                 "available"), offers)
        pos, lines = [], []
        for po in range(1, 201):
            pos.append((po, rng.randint(1, len(SUPPLIERS)), 1, "confirmed",
                        (TODAY + datetime.timedelta(days=rng.randint(2, 30))).isoformat(), NOW))
            for product in rng.sample(range(1, products + 1), 15):
                lines.append((po, product, rng.randint(6, 48), 0, prices[product - 1] * 4 // 10))
        insert(PurchaseOrderRow, ("id", "supplier_id", "site_id", "status", "expected_date",
                                  "created_at"), pos)
        insert(PurchaseLineRow, ("po_id", "product_id", "qty", "received_qty",
                                 "unit_cost_cents"), lines)
    conn.execute("ANALYZE")
    close(db)
    return {"products": products, "catalog_only": catalog_only, "offers": len(offers)}


def build_demo_database(path: Path) -> None:
    from oms_desktop.services.demo import load_demo
    from oms_desktop.services.session import close_session, open_session

    db = open_session(path)
    load_demo(db, TODAY)
    close_session(db)


# ---------------------------------------------------------------- measuring in a child

def _wait_for_paint(widget, condition=lambda: True, timeout_ms: int = 30_000) -> float:
    """Runs the event loop until `widget` has been painted while `condition()` holds;
    returns perf_counter() just after that paint."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    done: list[float] = []

    def finish() -> None:
        if not done:
            done.append(time.perf_counter())
            loop.quit()

    class Watcher(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and condition():
                QTimer.singleShot(0, finish)  # runs once this paint has been drawn
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)
    limit = QTimer(singleShot=True, interval=timeout_ms)
    limit.timeout.connect(loop.quit)
    limit.start()
    widget.update()
    loop.exec()
    limit.stop()
    widget.removeEventFilter(watcher)
    if not done:
        raise TimeoutError(f"{type(widget).__name__} was not painted within {timeout_ms} ms")
    return done[0]


def _report(**figures) -> None:
    print("RESULT " + json.dumps(figures), flush=True)


def child_start_app(db: str) -> None:
    """The steps of `oms_desktop.ui.app.main` up to a shown, painted main window."""
    from oms_desktop.ui.app import build_window, create_application, install_translations, \
        open_settings

    app = create_application([sys.argv[0]])
    settings = open_settings()
    install_translations(app, "en")
    window = build_window(db, settings)
    window.show()
    screen = window.stack.currentWidget()
    _wait_for_paint(screen, lambda: window.windowHandle() is not None
                    and window.windowHandle().isExposed())
    _report(ready=time.time(), screen=type(screen).__name__)
    window.ctx.runner.wait()
    app.processEvents()


def child_start_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableWidget(1_000, 6)
    for row in range(1_000):
        for column in range(6):
            table.setItem(row, column, QTableWidgetItem(f"{row}-{column}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    _wait_for_paint(table.viewport(), lambda: window.windowHandle().isExposed())
    _report(ready=time.time())
    app.processEvents()


def _scroll(view, steps: int) -> list[float]:
    """Page-down `steps` times, each timed from the key to the end of its paint (ms)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    _wait_for_paint(view.viewport())
    frames = []
    for _ in range(steps):
        start = time.perf_counter()
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown,
                                               Qt.KeyboardModifier.NoModifier))
        frames.append((_wait_for_paint(view.viewport()) - start) * 1000)
    return frames


def _warm_up() -> None:
    """Qt's one-time costs (fonts, style, the first table painted) before the timer: the
    list is measured as a user meets it, in a running application."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.setModel(QStandardItemModel(5, 3, view))
    view.show()
    _wait_for_paint(view.viewport())
    view.close()


def child_list_app(db: str) -> None:
    """The main window is up on the 100,000-item database; the user opens Products &
    stock (Ctrl+4): from that click to the list painted with its rows."""
    from oms_desktop.ui.app import build_window, create_application, install_translations, \
        open_settings

    app = create_application([sys.argv[0]])
    install_translations(app, "en")
    window = build_window(db, open_settings())
    window.resize(1280, 800)
    window.show()
    _wait_for_paint(window.stack.currentWidget())
    window.ctx.runner.wait()  # the first screen has read what it shows
    app.processEvents()
    start = time.perf_counter()
    window.go_to(3)
    screen = window.screen(3)
    painted = _wait_for_paint(screen.table.viewport(), lambda: screen.model.rowCount() > 0)
    first_rows = screen.model.rowCount()
    window.ctx.runner.wait()  # the keys of the whole list, read in the background meanwhile
    while screen.model.keys is None:
        app.processEvents()
    rows = screen.model.rowCount()
    frames = _scroll(screen.table, SCROLL_STEPS)
    _report(paint_ms=(painted - start) * 1000, rows=rows, first_rows=first_rows, frames=frames,
            pages_read=screen.model.pages_read)
    window.ctx.runner.wait()


def child_list_bare(rows: int) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([sys.argv[0]])
    from oms_desktop.ui.style import apply_style

    apply_style(app)  # the same look (and cost of painting it) as the app's list
    rng = random.Random(SEED)
    data = [(f"P{i:06d}", product_name(rng), f"{rng.randint(290, 25_000) / 100:.2f} €",
             *(str(rng.randint(0, 40)) for _ in range(8)), "CUISINOX", "12.34 €", ean13(i))
            for i in range(rows)]

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else len(data)

        def columnCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else 14

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return data[index.row()][index.column()]
            return None

    _warm_up()
    start = time.perf_counter()
    view = QTableView()
    view.setModel(Model())
    view.resize(1070, 800)
    view.show()
    painted = _wait_for_paint(view.viewport())
    frames = _scroll(view, SCROLL_STEPS)
    _report(paint_ms=(painted - start) * 1000, rows=len(data), frames=frames)
    app.processEvents()


# ---------------------------------------------------------------- the parent

def run_child(mode: str, env: dict, *args: str) -> tuple[float, dict]:
    """Starts this file in `mode`; returns (seconds from spawn to the child's wall clock
    at its report, the report)."""
    started = time.time()
    done = subprocess.run([sys.executable, __file__, "--child", mode, *args], env=env,
                          capture_output=True, text=True, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child {mode} failed ({done.returncode}):\n{done.stdout}\n"
                           f"{done.stderr}")
    report = json.loads(lines[-1][len("RESULT "):])
    return report.get("ready", started) - started, report


def child_env(folder: Path, run: int) -> dict:
    env = dict(os.environ)
    env["OMS_TODAY"] = TODAY.isoformat()
    # as an installed app runs: from compiled bytecode, kept beside the databases (a
    # PYTHONDONTWRITEBYTECODE environment would otherwise compile every module each start)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env["OMS_SETTINGS"] = str(folder / f"settings-{run}-{time.monotonic_ns()}.ini")
    env.pop("OMS_DB", None)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")) and sys.platform.startswith(
            "linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def median(values: list[float]) -> float:
    return statistics.median(values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", help="build (or reuse) the databases in this folder")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        {"start-app": lambda: child_start_app(args.args[0]),
         "start-bare": child_start_bare,
         "list-app": lambda: child_list_app(args.args[0]),
         "list-bare": lambda: child_list_bare(int(args.args[0]))}[args.child]()
        return 0

    holder = None if args.keep else tempfile.TemporaryDirectory(prefix="bench_gui_")
    folder = Path(args.keep or holder.name)
    folder.mkdir(parents=True, exist_ok=True)
    demo, big = folder / "demo.sqlite3", folder / f"products-{args.rows}.sqlite3"
    began = time.perf_counter()
    if not demo.exists():
        build_demo_database(demo)
    if not big.exists():
        made = build_big_database(big, args.rows)
        print(f"built {big.name}: {made['products']:,} products, {made['catalog_only']:,} "
              f"catalog-only items, {made['offers']:,} offers "
              f"({time.perf_counter() - began:.1f} s)")
    env = child_env(folder, 0)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'default')}, {args.runs} runs each, "
          f"fresh processes\n")

    for mode, argument in (("start-bare", ()), ("start-app", (str(demo),)),
                           ("list-bare", (str(args.rows),)), ("list-app", (str(big),))):
        run_child(mode, child_env(folder, -1), *argument)  # compiles the bytecode, untimed
    figures: dict[str, list] = {k: [] for k in ("start_app", "start_bare", "paint_app",
                                                "paint_bare", "frames_app", "frames_bare")}
    for run in range(args.runs):
        figures["start_bare"].append(run_child("start-bare", child_env(folder, run))[0])
        figures["start_app"].append(run_child("start-app", child_env(folder, run),
                                              str(demo))[0])
        bare = run_child("list-bare", child_env(folder, run), str(args.rows))[1]
        ours = run_child("list-app", child_env(folder, run), str(big))[1]
        figures["paint_bare"].append(bare["paint_ms"])
        figures["paint_app"].append(ours["paint_ms"])
        figures["frames_bare"].append(max(bare["frames"]))
        figures["frames_app"].append(max(ours["frames"]))
        print(f"run {run + 1}: start {figures['start_app'][-1] * 1000:.0f} ms "
              f"(bare {figures['start_bare'][-1] * 1000:.0f}), list of {ours['rows']:,} "
              f"painted in {ours['paint_ms']:.0f} ms (bare {bare['paint_ms']:.0f}), "
              f"slowest scroll frame {max(ours['frames']):.0f} ms "
              f"(bare {max(bare['frames']):.0f}; median {median(ours['frames']):.1f}, "
              f"{ours['pages_read']} pages read)")

    start_app, start_bare = median(figures["start_app"]) * 1000, \
        median(figures["start_bare"]) * 1000
    paint_app, paint_bare = median(figures["paint_app"]), median(figures["paint_bare"])
    frame_app, frame_bare = median(figures["frames_app"]), median(figures["frames_bare"])

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    print(f"\nmedians of {args.runs} runs")
    ratio = start_app / start_bare
    print(f"(a) start to a usable main window: {start_app:7.0f} ms   bare Qt window "
          f"{start_bare:5.0f} ms   ratio {ratio:4.2f}x   "
          f"goal <= {GOALS['start_ratio']}x: {verdict(ratio <= GOALS['start_ratio'])}")
    print(f"(b) first paint of {args.rows:,} products: {paint_app:5.0f} ms   bare QTableView "
          f"{paint_bare:5.0f} ms   ratio {paint_app / paint_bare:4.2f}x   "
          f"goal < {GOALS['paint_ms']:.0f} ms: {verdict(paint_app < GOALS['paint_ms'])}")
    print(f"(c) slowest of {SCROLL_STEPS} page-downs:   {frame_app:5.0f} ms   bare QTableView "
          f"{frame_bare:5.0f} ms   ratio {frame_app / frame_bare:4.2f}x   "
          f"goal <= {GOALS['frame_ms']:.0f} ms: {verdict(frame_app <= GOALS['frame_ms'])}")
    if holder is not None:
        holder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
