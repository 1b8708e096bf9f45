"""The services' error sentences reach the translation: the list lupdate reads is the one
the sources give (packaging/update_translations.py writes it)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _update_translations():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_error_sentences_listed_for_translation_are_those_of_the_sources():
    listed = (ROOT / "oms_desktop" / "ui" / "error_texts.py").read_text(encoding="utf-8")
    assert listed == _update_translations().error_texts_source(), \
        "run python packaging/update_translations.py"


def test_every_error_sentence_and_field_is_translated_into_french():
    import xml.etree.ElementTree as ElementTree

    sentences, fields = _update_translations().error_texts()
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "oms_fr.ts")
    done = {(context.findtext("name"), message.findtext("source"))
            for context in tree.getroot().iter("context")
            for message in context.iter("message")
            if message.find("translation").get("type") not in ("unfinished", "obsolete")
            and message.findtext("translation")}
    missing = [text for text in sentences if ("errors", text) not in done] + \
        [name for name in fields if ("fields", name) not in done]
    assert missing == []


FRENCH_ERRORS = """
import json, sys
from oms_desktop.domain.errors import InvalidInput, Refused
from oms_desktop.domain.values import parse_money, parse_quantity, normalize_ean
from oms_desktop.importers.catalog_csv import RowError
from oms_desktop.ui.app import create_application, install_translations
from oms_desktop.ui.texts import error_text, message_text

app = create_application()
install_translations(app, "fr")
said = {}
try:
    parse_money("-1", "cost")
except InvalidInput as error:
    said["money"] = error_text(error)
try:
    parse_quantity("5000000", "quantity of MUG")
except InvalidInput as error:
    said["quantity"] = error_text(error)
try:
    normalize_ean("4006381333932")
except InvalidInput as error:
    said["ean"] = message_text(error)
said["refused"] = error_text(Refused("not_draft", "{po} is {status}, only a draft can be "
                                     "confirmed", po="PO-000012", status="confirmed"))
said["row"] = message_text(RowError.of(7, "Prix", "x", "has {columns} columns, the header "
                                       "has {width}", columns=3, width=5))
said["plain"] = message_text(RowError(7, "Prix", "x", "a sentence nobody translated"))
print(json.dumps(said))
"""


def test_the_window_says_the_services_errors_in_french(tmp_path):
    """In a process of its own, as tests/ui/test_main_window.py does for the window."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", FRENCH_ERRORS], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said["money"] == "coût\xa0: ne doit pas être négatif (valeur\xa0: -1)"
    assert said["quantity"].startswith("quantité de MUG\xa0: ")
    assert re.search(r"5\D000\D000 dépasse 1\D000\D000 ", said["quantity"])  # grouped
    assert "," not in said["quantity"]
    assert said["ean"] == "«\xa04006381333932\xa0» a un chiffre de contrôle erroné (1 attendu)"
    assert said["refused"] == ("PO-000012 est au statut confirmé\xa0: seul un brouillon peut "
                               "être confirmé")
    assert "3" in said["row"] and "5" in said["row"] and "columns" not in said["row"]
    assert said["plain"] == "a sentence nobody translated"  # English rather than nothing


# --- counts: Qt's %n, in the singular or the plural ---------------------------------------

def _messages(name: str) -> list[tuple[str, str, bool, list[str]]]:
    """(context, source, numerus, the translation's forms) of resources/translations/name."""
    import xml.etree.ElementTree as ElementTree

    tree = ElementTree.parse(ROOT / "resources" / "translations" / name)
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            if translation.get("type") in ("unfinished", "obsolete"):
                forms = []
            found.append((context.findtext("name") or "", message.findtext("source"),
                          message.get("numerus") == "yes", forms))
    return found


def _counts(text: str) -> list[str]:
    import re

    return sorted(re.findall(r"%L?n", text))


def test_the_windows_sentences_say_a_count_through_qt_not_with_s():
    """A sentence of the window with "(s)" has its count as %n (one count a sentence; a
    caption beside its figure has none), so that each language says it in the singular or
    the plural. The services' errors (context "errors") are theirs."""
    with_s = [(context, source) for context, source, numerus, _ in _messages("oms_fr.ts")
              if "(s)" in source and context != "errors" and not numerus]
    assert with_s == []
    several = [(context, source) for context, source, numerus, _ in _messages("oms_fr.ts")
               if numerus and len(_counts(source)) > 1]
    assert several == []


def test_french_says_every_count_in_the_singular_and_the_plural():
    for context, source, numerus, forms in _messages("oms_fr.ts"):
        if numerus:
            assert len(forms) == 2 and all(forms), (context, source)
            assert all(_counts(form) == _counts(source) for form in forms), (context, source)
            assert not any("(s)" in form or "(es)" in form for form in forms), source


def test_english_says_every_count_in_the_singular_and_the_plural():
    counted = {(context, source) for context, source, numerus, _ in _messages("oms_fr.ts")
               if numerus}
    english = _messages("oms_en.ts")
    assert {(context, source) for context, source, _, _ in english} == counted
    for context, source, numerus, forms in english:
        assert numerus and len(forms) == 2 and all(forms), (context, source)
        assert all(_counts(form) == _counts(source) for form in forms), (context, source)
        assert not any("(s)" in form for form in forms), (context, source)
    assert ("OrdersScreen", "%Ln late order(s)", True, ["%Ln late order", "%Ln late orders"]) \
        in english


def test_both_compiled_translations_are_installed_and_bundled():
    """oms_en.qm sits beside oms_fr.qm: in the package data (pyproject) and in the frozen
    bundle (the spec takes every file of resources/ but the sources it skips)."""
    import ast
    import fnmatch
    import tomllib

    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["oms_desktop.resources"]
    spec = ast.parse((ROOT / "packaging" / "oms_desktop.spec").read_text(encoding="utf-8"))
    skipped = next(ast.literal_eval(node.value) for node in ast.walk(spec)
                   if isinstance(node, ast.Assign)
                   and getattr(node.targets[0], "id", None) == "SKIPPED")
    for name in ("oms_fr.qm", "oms_en.qm"):
        assert (ROOT / "resources" / "translations" / name).is_file()
        assert any(fnmatch.fnmatch(f"translations/{name}", pattern) for pattern in package_data)
        assert ".qm" not in skipped


def test_explain_says_english_counts_without_qt():
    """The CLI's English (no Qt): "1 handling day", "2 transfer days"; a sentence with a
    count goes through `trn` (the window's and the promise PDF's), the others through `tr`."""
    from oms_desktop.documents.explain import explain

    reason = {"code": "catalog", "supplier": "ACME", "order_date": "2026-11-30",
              "lead_days": 1, "site": "PARIS", "arrival": "2026-12-01", "handling_days": 2,
              "transfer_days": 1, "to_site": "LYON", "delivery_days": 2}
    assert explain(reason) == (
        "Ordered from ACME on Mon 30 Nov 2026, 1 business day lead time, arriving at PARIS on "
        "Tue 01 Dec 2026, 2 handling days at PARIS, 1 transfer day to LYON, 2 delivery days")
    counted = []

    def count(text: str, disambiguation, n: int) -> str:
        counted.append(text)
        return f"<{text.replace('%n', str(n))}>"

    said = explain(reason, trn=count)
    assert "%n handling day(s) at {site}" in counted and "%n delivery day(s)" in counted
    assert said == (
        "<Ordered from ACME on Mon 30 Nov 2026, 1 business day(s) lead time, arriving at PARIS "
        "on Tue 01 Dec 2026>, <2 handling day(s) at PARIS>, <1 transfer day(s) to LYON>, "
        "<2 delivery day(s)>")

def test_every_error_template_is_given_the_values_it_names():
    """A template naming a value it is not given would raise KeyError instead of the error
    meant for the user; one given no values at all would show its braces."""
    import ast
    import string

    problems = []
    for path, call, template, _ in _update_translations().error_calls():
        if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
            continue
        if any(keyword.arg is None for keyword in call.keywords):
            continue  # **values: checked where they are built
        named = {field.split(".")[0].split("[")[0]
                 for _, field, _, _ in string.Formatter().parse(template.value) if field}
        given = {keyword.arg for keyword in call.keywords}
        if named - given:
            problems.append(f"{path.relative_to(ROOT)}:{call.lineno} "
                            f"{sorted(named - given)} not given")
    assert problems == []
