"""The double-clickable build (packaging/build.py, PyInstaller) of this platform, smoke-tested
frozen: --version, --self-test, the window on the demo in French, and what went in.

Slow (a build takes about a minute and needs PyInstaller: pip install '.[packaging]'), so
not in the default run: `python -m pytest -m slow tests/packaging`.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oms_desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("oms_packaging_build",
                                               ROOT / "packaging" / "build.py")
build = importlib.util.module_from_spec(_spec)  # packaging/build.py, the script under test
_spec.loader.exec_module(build)


@pytest.fixture(scope="module")
def bundle() -> Path:
    pytest.importorskip("PyInstaller")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "MiB" in done.stdout
    return build.bundle()


def run_frozen(bundle_path: Path, *args: str, home: Path, timeout: int = 180):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                   "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
                   "XDG_STATE_HOME": str(home / "state"), "OMS_SETTINGS": str(home / "s.ini")}
    environment.pop("OMS_DB", None)
    return subprocess.run([str(build.executable()), *args], capture_output=True, text=True,
                          env=environment, timeout=timeout)


def test_the_frozen_app_prints_its_version(bundle, tmp_path):
    done = run_frozen(bundle, "--version", home=tmp_path)
    assert (done.returncode, done.stdout.strip()) == (0, f"oms-desktop {__version__}")


def test_the_frozen_self_test_sells_from_a_confirmed_po_and_writes_its_promise(bundle, tmp_path):
    done = run_frozen(bundle, "--self-test", home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"oms-desktop {__version__} self-test: OK")
    assert "SO-000001 sourced from PO-000001" in done.stdout
    assert "promise PDF: en" in done.stdout and ", fr " in done.stdout  # the fonts, frozen
    assert "Qt translations loaded: oms_fr.qm, qtbase_fr.qm" in done.stdout
    assert list(tmp_path.iterdir()) == []  # the user's folders untouched


def test_the_frozen_window_opens_on_the_demo_in_french(bundle, tmp_path):
    database = tmp_path / "demo" / "oms.sqlite3"
    database.parent.mkdir()
    for args in (("--demo",), ("--lang", "fr")):  # first start loads the demo, then again
        done = run_frozen(bundle, "--db", str(database), "--exit-when-shown", *args,
                          home=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
    logs = "".join(p.read_text() for p in tmp_path.rglob("*.log"))
    assert "ERROR" not in logs and "Traceback" not in logs, logs
    assert database.stat().st_size > 1_000_000  # the demo shop


def test_only_the_qt_modules_the_app_uses_went_in(bundle):
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    names = {p.name for p in internal.rglob("*")}
    for module in ("QtCore", "QtGui", "QtWidgets", "QtSvg"):
        assert any(n.startswith(module + ".") for n in names), module
    for module in ("QtNetwork", "QtQml", "QtQuick", "QtPdf", "QtOpenGL", "QtPrintSupport"):
        assert not any(n.startswith((module + ".", f"libQt6{module[2:]}.")) for n in names), \
            module
    resources = next(p for p in internal.rglob("resources") if p.parent.name == "oms_desktop")
    assert {"oms_fr.qm", "DejaVuSans.ttf", "app.svg", "__init__.py"} <= \
        {p.name for p in resources.rglob("*")}


def test_the_archive_is_written_beside_the_bundle(bundle):
    archives = [p for p in build.DIST.iterdir()
                if p.name.startswith(f"oms-desktop-{__version__}-") and p.suffix in {".gz", ".zip"}]
    assert archives and all(p.stat().st_size > 10_000_000 for p in archives)
