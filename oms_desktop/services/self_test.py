"""A self-test of an installed (or frozen) app: the whole chain a sale from future stock goes
through, on a throw-away database, so that a build can be trusted before it is shipped.

`oms-desktop --self-test` runs it before any window or the user's database is opened: a
fresh database in a temporary folder, a shop, a supplier, a product with no stock, a PO
confirmed with an expected date, an order the engine sources from that PO, its delivery
promise written as PDF in English and in French (the embedded fonts), a catalog read by two
processes as a big one is, and the resources the window needs (translations, icons) found
where the package keeps them.
"""

from __future__ import annotations

import datetime
import importlib.resources
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..domain.errors import OmsError
from . import catalog, company, documents, ordering, products, purchasing, sites, suppliers
from .clock import today as clock_today
from .configuration import holiday_dates
from .ordering import Customer, OrderRequest
from .session import close_session, open_session

CATALOG_ROWS = 3000  # enough for a split beyond what reading the header fetches
ARRIVAL_IN_DAYS = 14  # the test PO's expected date, from today
LATEST_AFTER_ARRIVAL = 10  # days a promise may trail the PO's arrival (weekends, holidays)
RESOURCES = (("translations", "oms_fr.qm"), ("icons", "app.svg"), ("icons", "sell.svg"),
             ("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"))


class SelfTestFailed(OmsError):
    """One step of the self-test did not give what it should."""


@dataclass(frozen=True)
class SelfTestReport:
    order: str
    po: str
    arrival: datetime.date
    promise_date: datetime.date
    pdf_sizes: dict[str, int]  # language -> bytes
    seconds: float
    steps: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join([f"oms-desktop {__version__} self-test: OK ({self.seconds:.2f} s)",
                          *(f"  {step}" for step in self.steps)])


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def _resources() -> str:
    folder = importlib.resources.files("oms_desktop.resources")
    for parts in RESOURCES:
        item = folder.joinpath(*parts)
        _check(item.is_file() and len(item.read_bytes()) > 0,
               f"resource {'/'.join(parts)} is missing or empty")
    return f"resources found: {', '.join('/'.join(p) for p in RESOURCES)}"


def _setup(db, arrival: datetime.date, today: datetime.date) -> str:
    company.set_company_details(db, name="Épicerie de l'Essai", address="1 rue du Test\n"
                                "75001 Paris", email="essai@example.org")
    sites.add_site(db, "SHOP", "Boutique d'essai", "shop")
    suppliers.add_supplier(db, "SUPP", "Fournisseur d'essai", 5)
    products.add_product(db, "TEST-1", "Théière en fonte « essai »", "39.90")
    po = purchasing.create_po(db, "SUPP", "SHOP", arrival, [("TEST-1", 6, "15.00")],
                              today=today)
    confirmed = purchasing.confirm_po(db, po.po, today)
    _check(confirmed.status == "confirmed", f"{po.po} is {confirmed.status}, not confirmed")
    return confirmed.po


def _place(db, po: str, arrival: datetime.date, today: datetime.date):
    view = ordering.place_order(db, OrderRequest("SHOP", [("TEST-1", 2)], "shop", "pickup",
                                                 Customer("Zoé Essai", "0600000000")), today)
    sources = [(a.source, a.po) for line in view.lines for a in line.allocations]
    _check(sources == [("po_line", po)], f"{view.order} was sourced from {sources}, "
                                         f"not from {po}")
    promise = view.promise_date
    _check(promise is not None and arrival <= promise
           <= arrival + datetime.timedelta(days=LATEST_AFTER_ARRIVAL),
           f"{view.order} is promised for {promise}, not from the PO's arrival {arrival}")
    return view


def _import_with_two_readers(db, folder: Path) -> str:
    """A catalog read by two processes as a big one is: the second is this program again
    (frozen, it must hand over to multiprocessing first: packaging/oms_desktop_main.py)."""
    rows = CATALOG_ROWS
    path = folder / "catalog.csv"
    path.write_text("ref;sku;description;cost\n" + "".join(
        f"R{i:05d};CAT-{i:05d};Article d'essai n°{i};{i % 50 + 1},90\n" for i in range(rows)),
        encoding="utf-8")
    report = catalog.import_catalog(db, "SUPP", path, two_readers_from=0)
    _check(report.imported and report.added == rows and not report.rejected,
           f"the test catalog was not imported: {report.added} of {rows} offers, "
           f"{len(report.rejected)} rejected")
    _check(report.readers == 2, "the test catalog was read by one process, not two")
    return f"catalog: {rows:,} offers imported, read by two processes"


def _write_pdfs(db, order: str, folder: Path, today: datetime.date) -> dict[str, int]:
    sizes = {}
    for language in ("en", "fr"):
        path = folder / f"promise-{order}-{language}.pdf"
        path.write_bytes(documents.promise_pdf(db, order, language, "A4", today))
        data = path.read_bytes() if path.is_file() else b""
        _check(data.startswith(b"%PDF") and len(data) > 1000, f"{path.name} is empty or no PDF")
        _check(b"DejaVuSans" in data, f"{path.name} does not embed the app's font")
        sizes[language] = len(data)
    return sizes


def run_self_test(folder: str | Path | None = None,
                  today: datetime.date | None = None) -> SelfTestReport:
    """Runs the chain above in `folder` (default: a temporary folder, removed afterwards) and
    returns what it saw; raises `SelfTestFailed` (or the services' own error) on a failure."""
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="oms-self-test-") as temporary:
            return run_self_test(temporary, today)
    started = time.perf_counter()
    today = today or clock_today()
    folder = Path(folder)
    arrival = today + datetime.timedelta(days=ARRIVAL_IN_DAYS)
    steps = [_resources()]
    holidays = holiday_dates("FR", today.year)
    _check(datetime.date(today.year, 1, 1) in holidays, "no French public holidays found")
    steps.append(f"public holidays: {len(holidays)} French days over 3 years")
    db = open_session(folder / "self-test.sqlite3")
    try:
        po = _setup(db, arrival, today)
        steps.append(f"{po} confirmed, expected {arrival.isoformat()}")
        view = _place(db, po, arrival, today)
        steps.append(f"{view.order} sourced from {po}, promised for "
                     f"{view.promise_date.isoformat()}")
        sizes = _write_pdfs(db, view.order, folder, today)
        steps.append("promise PDF: " + ", ".join(f"{lang} {size:,} bytes"
                                                 for lang, size in sizes.items()))
        steps.append(_import_with_two_readers(db, folder))
    finally:
        close_session(db)
    return SelfTestReport(view.order, po, arrival, view.promise_date, sizes,
                          time.perf_counter() - started, steps)
