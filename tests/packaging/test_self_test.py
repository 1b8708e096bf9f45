"""The self-test a build runs (`oms-desktop --self-test`), from source: a fresh database, an
order sourced from a confirmed PO, its promise PDFs; failures raise and exit 1."""

from __future__ import annotations

import datetime
import io
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from oms_desktop import __version__
from oms_desktop.services import documents, self_test
from oms_desktop.services.self_test import SelfTestFailed, run_self_test

D = datetime.date


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_order_is_sourced_from_the_confirmed_po_and_promised_on_its_arrival(tmp_path):
    report = run_self_test(tmp_path, today=D(2026, 11, 26))  # a Thursday
    assert report.arrival == D(2026, 12, 10)  # two weeks on, a Thursday: the shop is open
    assert report.promise_date == report.arrival
    assert report.po.startswith("PO-") and report.order.startswith("SO-")
    assert f"{report.order} sourced from {report.po}, promised for 2026-12-10" in report.text()
    assert report.text().startswith(f"oms-desktop {__version__} self-test: OK")
    assert "catalog: 3,000 offers imported, read by two processes" in report.text()
    assert (tmp_path / "self-test.sqlite3").is_file()


def test_the_promise_pdfs_are_written_in_english_and_french_with_the_embedded_font(tmp_path):
    report = run_self_test(tmp_path, today=D(2026, 11, 26))
    english = (tmp_path / f"promise-{report.order}-en.pdf").read_bytes()
    french = (tmp_path / f"promise-{report.order}-fr.pdf").read_bytes()
    assert report.pdf_sizes == {"en": len(english), "fr": len(french)}
    assert "Théière en fonte « essai »" in text_of(french)
    assert "10 décembre 2026" in text_of(french)
    assert "December 10, 2026" in text_of(english) or "10 December 2026" in text_of(english)


def test_an_arrival_on_a_sunday_is_promised_for_the_monday_the_shop_opens(tmp_path):
    report = run_self_test(tmp_path, today=D(2026, 11, 29))  # arrival Sunday 13 December
    assert report.arrival == D(2026, 12, 13)
    assert report.promise_date == D(2026, 12, 14)


def test_by_default_it_works_in_a_temporary_folder_it_removes(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    report = run_self_test(today=D(2026, 11, 26))
    assert report.pdf_sizes["fr"] > 1000
    assert list(tmp_path.iterdir()) == []


def test_an_empty_pdf_fails_the_self_test(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "promise_pdf", lambda *args, **kwargs: b"")
    with pytest.raises(SelfTestFailed, match="empty or no PDF"):
        run_self_test(tmp_path, today=D(2026, 11, 26))


def test_a_missing_resource_fails_the_self_test(tmp_path, monkeypatch):
    monkeypatch.setattr(self_test, "RESOURCES", (("translations", "oms_xx.qm"),))
    with pytest.raises(SelfTestFailed, match="translations/oms_xx.qm is missing"):
        run_self_test(tmp_path, today=D(2026, 11, 26))


def app_command(*args: str, home, **env: str) -> subprocess.CompletedProcess:
    """`oms-desktop ARGS` from source, with the user's folders inside `home`."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                   "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
                   "XDG_STATE_HOME": str(home / "state"), "OMS_SETTINGS": str(home / "s.ini"),
                   **env}
    environment.pop("OMS_DB", None)
    return subprocess.run([sys.executable, "-m", "oms_desktop.ui.app", *args],
                          capture_output=True, text=True, env=environment, timeout=120)


def test_the_app_self_test_prints_its_report_and_leaves_the_users_folders_alone(tmp_path):
    done = app_command("--self-test", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"oms-desktop {__version__} self-test: OK")
    assert "sourced from PO-000001" in done.stdout
    assert "Qt translations loaded: oms_fr.qm, qtbase_fr.qm" in done.stdout
    assert list(tmp_path.iterdir()) == []  # no database, log or settings of the user's


def test_the_app_self_test_exits_1_with_the_reason(tmp_path):
    done = app_command("--self-test", home=tmp_path, OMS_TODAY="not a date")
    assert done.returncode == 1
    assert done.stdout == ""
    assert f"oms-desktop {__version__} self-test FAILED: InvalidInput: OMS_TODAY" in done.stderr


def test_the_app_prints_its_version(tmp_path):
    done = app_command("--version", home=tmp_path)
    assert (done.returncode, done.stdout.strip()) == (0, f"oms-desktop {__version__}")
