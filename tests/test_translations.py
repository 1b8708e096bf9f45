"""The services' error sentences reach the translation: the list lupdate reads is the one
the sources give (packaging/update_translations.py writes it)."""

from __future__ import annotations

import importlib.util
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
from oms_desktop.domain.values import parse_money, normalize_ean
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
    assert said["money"] == "coût\xa0: ne doit pas être négatif (reçu -1)"
    assert said["ean"] == "«\xa04006381333932\xa0» a un chiffre de contrôle erroné (1 attendu)"
    assert said["refused"] == ("PO-000012 est au statut confirmé\xa0: seul un brouillon peut "
                               "être confirmé")
    assert "3" in said["row"] and "5" in said["row"] and "columns" not in said["row"]
    assert said["plain"] == "a sentence nobody translated"  # English rather than nothing
