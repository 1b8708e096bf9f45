"""Refreshes resources/translations/oms_fr.ts from the source (pyside6-lupdate) and compiles
it to oms_fr.qm (pyside6-lrelease). Run after changing any user-visible text:

    python packaging/update_translations.py

Translate the new entries of oms_fr.ts (Qt Linguist: pyside6-linguist, or any editor),
then run it again to compile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "oms_fr.ts"
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "oms_desktop" / "ui").rglob("*.py")) \
    + ["oms_desktop/documents/explain.py"]


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main() -> int:
    subprocess.run([tool("pyside6-lupdate"), *SOURCES, "-ts", str(TS.relative_to(ROOT)),
                    "-no-obsolete"], cwd=ROOT, check=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
