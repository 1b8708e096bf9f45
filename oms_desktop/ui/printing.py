"""Saving and printing the PDFs staff hand out: a supplier's purchase order, a customer's
delivery promise.

The PDF is built on the background runner (it reads the database); saving asks where, in the
folder used last time; printing opens the PDF in the computer's PDF viewer, whose print
dialog every retailer already knows, on Windows, macOS and Linux alike. The document's
language is the "language" setting (English when unset); the paper is the "printing/paper"
setting, else Letter where the system measures in US units and A4 everywhere else.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..services import documents
from .context import AppContext
from .runner import Job
from .texts import error_text

FOLDER_KEY = "printing/folder"
PAPER_KEY = "printing/paper"
LANGUAGE_KEY = "language"

Build = Callable[..., bytes]  # (db, ref, language, page_size) -> PDF bytes


def tr(text: str) -> str:
    # the empty context: where pyside6-lupdate files module-level tr("...") calls
    return QCoreApplication.translate("", text)


def save_po_pdf(ctx: AppContext, po_ref: str, parent: QWidget | None) -> Job | None:
    """Asks where to save the purchase order, then writes its PDF there."""
    return _save(ctx, documents.purchase_order_pdf, po_ref, parent,
                 tr("Save the purchase order"))


def print_po(ctx: AppContext, po_ref: str, parent: QWidget | None) -> Job:
    """Opens the purchase order's PDF in the PDF viewer, to print or e-mail it."""
    return _open(ctx, documents.purchase_order_pdf, po_ref, parent)


def save_promise_pdf(ctx: AppContext, order_ref: str, parent: QWidget | None) -> Job | None:
    """Asks where to save the customer's delivery promise, then writes its PDF there."""
    return _save(ctx, documents.promise_pdf, order_ref, parent,
                 tr("Save the delivery promise"))


def print_promise(ctx: AppContext, order_ref: str, parent: QWidget | None) -> Job:
    """Opens the customer's delivery promise in the PDF viewer, to print it."""
    return _open(ctx, documents.promise_pdf, order_ref, parent)


def document_language(ctx: AppContext) -> str:
    value = str(ctx.settings.value(LANGUAGE_KEY) or "en").lower()
    return "fr" if value.startswith("fr") else "en"


def paper_size(ctx: AppContext) -> str:
    saved = str(ctx.settings.value(PAPER_KEY) or "")
    if saved.lower() in ("a4", "letter"):
        return "Letter" if saved.lower() == "letter" else "A4"
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


def _folder(ctx: AppContext) -> Path:
    saved = ctx.settings.value(FOLDER_KEY)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    documents_folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    return documents_folder if documents_folder.is_dir() else Path.home()


def _save(ctx: AppContext, build: Build, ref: str, parent: QWidget | None,
          caption: str) -> Job | None:
    suggested = _folder(ctx) / f"{_file_stem(ref)}.pdf"
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested),
                                          tr("PDF documents (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    ctx.settings.setValue(FOLDER_KEY, str(Path(path).parent))
    return ctx.runner.run(_write_pdf, build, ctx.db, ref, document_language(ctx),
                          paper_size(ctx), Path(path),
                          on_error=lambda error: _show_error(parent, error))


def _open(ctx: AppContext, build: Build, ref: str, parent: QWidget | None) -> Job:
    def opened(path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(parent, tr("Print"), tr(
                "No program to open PDF files was found. The document was saved as {path}"
            ).format(path=path))

    return ctx.runner.run(_write_temporary_pdf, build, ctx.db, ref, document_language(ctx),
                          paper_size(ctx), on_success=opened,
                          on_error=lambda error: _show_error(parent, error))


def _write_pdf(build: Build, db, ref: str, language: str, paper: str, path: Path) -> Path:
    """Runs on the runner's thread: build, then write beside and rename, so that a PDF open
    in a viewer is never left half written."""
    data = build(db, ref, language, paper)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path


def _write_temporary_pdf(build: Build, db, ref: str, language: str, paper: str) -> Path:
    """A new file each time: a viewer may still hold the previous one (Windows locks it).
    The system's temporary folder cleans them up."""
    folder = Path(tempfile.gettempdir()) / "oms_desktop"
    folder.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(prefix=f"{_file_stem(ref)}-", suffix=".pdf",
                                         dir=folder, delete=False)
    with handle:
        handle.write(build(db, ref, language, paper))
    return Path(handle.name)


def _file_stem(ref: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in str(ref).strip())


def _show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, OSError):
        text = tr("The file could not be written: {reason}").format(
            reason=error.strerror or str(error))
    else:
        text = error_text(error)
    QMessageBox.warning(parent, tr("Documents"), text)
