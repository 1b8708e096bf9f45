"""Makes the small database of one released schema version kept beside this script.

Run it with the code of the commit where that version was current, so that the file is
what a retailer's app of that time wrote (not what today's code would write):

    git archive <commit> | tar -x -C /tmp/vN
    python tests/store/schema_versions/make_schema_file.py /tmp/vN \
        tests/store/schema_versions/schema_vN.sqlite3  # writes schema_vN.sqlite3.gz

Version 1: the commit before bef4036; version 2: bef4036 to 1e53a7b; version 3: from the
commit that adds PostgreSQL search (schema v3). The data: two shops
and a warehouse, three products, a supplier with a catalog, a PO confirmed then partly
received, and orders served from the shelf, the warehouse, the PO and the catalog, one
collected, one cancelled.
"""

from __future__ import annotations

import gzip
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

COMMANDS = [
    "site add PAR --name Paris --kind shop",
    "site add LYO --name Lyon --kind shop",
    "site add WH --name Warehouse --kind warehouse",
    "site transfer-days WH PAR 1",
    "product add MUG --name Mug --price 12.90 --ean 4006381333931",
    "product add BOWL --name Bowl --price 8.50",
    "product add PLATE --name Plate --price 6.00",
    "stock adjust PAR MUG 4 --reason opening",
    "stock adjust WH MUG 10 --reason opening",
    "stock adjust WH BOWL 6 --reason opening",
    "supplier add ACME --name Acme --lead-days 5 --order-days mon,thu",
    "catalog add ACME PLATE --cost 2.50 --ref AC-PL",
    "catalog add ACME TEAPOT --cost 8.00 --name Teapot --ean 5901234123457 --pack 6",
    "po create ACME --site WH --expected 2026-12-08 --line PLATE:12 --line BOWL:6:3.00",
    "po confirm PO-000001",
    "order place --site PAR --mode take_away --line MUG:1 --customer Alice",
    "order place --site PAR --line MUG:2 --line BOWL:8 --customer Bob --phone 0600000000",
    "order place --site LYO --mode delivery --line PLATE:3 --customer Carla "
    "--address 1_rue_de_Lyon",
    "order place --site PAR --line TEAPOT:2 --customer Dan",
    "order place --site PAR --line MUG:1",
    "order cancel SO-000005",
    "po receive PO-000001 --line PLATE:12",
]


def main(code: str, out: str) -> None:
    target = Path(out).resolve()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(Path(code).resolve()), "OMS_TODAY": "2026-11-26"}
    oms = [sys.executable, "-c", "import sys; from oms_desktop.cli import main; "
                                 "sys.exit(main(sys.argv[1:]))", "--db", str(target)]
    subprocess.run([*oms, "init"], env=env, check=True, cwd=code)
    for command in COMMANDS:
        args = [a.replace("_", " ") if a.startswith("1_") else a for a in command.split()]
        subprocess.run([*oms, *args], env=env, check=True, stdout=subprocess.DEVNULL, cwd=code)
    with sqlite3.connect(target) as db:  # one small self-contained file
        db.execute("PRAGMA journal_mode = DELETE")
    with sqlite3.connect(target) as db:
        db.execute("VACUUM")
    db.close()
    with open(target, "rb") as raw, open(f"{target}.gz", "wb") as out, \
            gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as packed:
        packed.write(raw.read())  # ~8 KB instead of ~340 KB in the repository
    target.unlink()


if __name__ == "__main__":
    main(*sys.argv[1:3])
