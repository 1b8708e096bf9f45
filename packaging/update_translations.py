"""Refreshes resources/translations/oms_fr.ts from the source (pyside6-lupdate) and compiles
it to oms_fr.qm (pyside6-lrelease). Run after changing any user-visible text:

    python packaging/update_translations.py

Translate the new entries of oms_fr.ts (Qt Linguist: pyside6-linguist, or any editor),
then run it again to compile.

English is written in the source, but for its counts: `tr("%n line(s)", "", n)` says "1 line"
and "2 lines" through oms_en.ts, which holds only those sentences (lupdate -pluralonly), each
with its singular and plural; fill in the new ones the same way.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "oms_fr.ts"
ENGLISH_TS = ROOT / "resources" / "translations" / "oms_en.ts"
# explain() (documents/explain.py) says its counts through its `trn` argument, Qt's
# translate(text, disambiguation, n) as ui/texts.py's `tr` is: lupdate reads both the same.
LUPDATE_OPTIONS = ["-no-obsolete", "-tr-function-alias", "tr+=trn"]


def sources() -> list[str]:
    """The files pyside6-lupdate reads: the window's (ui/error_texts.py among them, written
    first) and the engine's explanations."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "oms_desktop" / "ui").rglob("*.py")) \
        + ["oms_desktop/documents/explain.py"]


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


ERROR_TEXTS = ROOT / "oms_desktop" / "ui" / "error_texts.py"
# Where the errors a user may read are raised: every layer below the window but the CLI
# (the command line speaks English).
ERROR_SOURCES = ("domain", "store", "services", "importers", "documents")
# Functions that take a field's name (or `field=`), and its position among their arguments.
_FIELD_TAKERS = {name: 1 for name in (
    "parse_money", "parse_quantity", "parse_count", "parse_whole_number", "check_code",
    "parse_vat_rate", "parse_ean", "normalize_ean", "parse_yes_no", "parse_date", "parse_day",
    "parse_future_date", "_days")} | {"parse_ref": 2}
_ERRORS = {"InvalidInput": 1, "Refused": 1, "RowError": 3,  # the message's position
           "StorageError": 0, "OmsError": 0}


def error_calls():
    """(path, call, its message node or None, field names it gives) of every call below the
    window that raises or builds an error a user may read: `InvalidInput(field, "...")`,
    `Refused(code, "...")`, `StorageError("...")`, `RowError(..., "...")`,
    `RowError.of(..., "template", ...)`, an error class's `super().__init__("...")` (a
    Refused's `(code, "...")`), `NotFound(kind, ...)`, and the parsers of values that take
    a field's name."""
    import ast

    def text(node) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            else None

    for folder in ERROR_SOURCES:
        for path in sorted((ROOT / "oms_desktop" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func, args = node.func, node.args
                name = func.id if isinstance(func, ast.Name) else \
                    func.attr if isinstance(func, ast.Attribute) else ""
                owner = func.value.id if isinstance(func, ast.Attribute) and \
                    isinstance(func.value, ast.Name) else ""
                if name in _ERRORS and len(args) > _ERRORS[name]:
                    yield path, node, args[_ERRORS[name]], \
                        [text(args[0])] if name == "InvalidInput" else []
                elif name == "of" and owner == "RowError" and len(args) > 3:
                    yield path, node, args[3], []
                elif name == "__init__" and isinstance(func, ast.Attribute) and \
                        isinstance(func.value, ast.Call) and args:
                    yield path, node, args[1] if len(args) > 1 else args[0], []
                elif name == "NotFound" and args:
                    yield path, node, None, [text(args[0])]
                elif name in _FIELD_TAKERS:
                    at = _FIELD_TAKERS[name]
                    named = [k.value for k in node.keywords if k.arg == "field"]
                    yield path, node, None, [text(args[at]) if len(args) > at else
                                             text(named[0]) if named else None]


def error_texts() -> tuple[list[str], list[str]]:
    """(sentences, field names) of the errors raised below the window with literal text
    (see `error_calls`)."""
    import ast

    sentences: set[str] = set()
    fields: set[str] = set()
    for _, _, message, named in error_calls():
        if isinstance(message, ast.Constant) and isinstance(message.value, str):
            sentences.add(message.value)
        fields.update(name for name in named if name)
    return sorted(sentences - {""}), sorted(fields - {""})


def error_texts_source() -> str:
    sentences, fields = error_texts()
    lines = ['"""Generated by packaging/update_translations.py from the errors raised below '
             'the window,',
             "for pyside6-lupdate to find their sentences (context \"errors\") and field "
             "names",
             '(context "fields"); ui/texts.py looks them up. Do not edit."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "",
             "SENTENCES = ["]
    lines += [f'    QT_TRANSLATE_NOOP("errors", {sentence!r}),' for sentence in sentences]
    lines += ["]", "", "FIELDS = ["]
    lines += [f'    QT_TRANSLATE_NOOP("fields", {name!r}),' for name in fields]
    lines += ["]", ""]
    return "\n".join(lines)


def main() -> int:
    ERROR_TEXTS.write_text(error_texts_source(), encoding="utf-8")
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(TS.relative_to(ROOT)),
                    *LUPDATE_OPTIONS], cwd=ROOT, check=True)
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts",
                    str(ENGLISH_TS.relative_to(ROOT)), *LUPDATE_OPTIONS, "-pluralonly",
                    "-source-language", "en_US", "-target-language", "en_US"],
                   cwd=ROOT, check=True)
    for ts in (TS, ENGLISH_TS):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
