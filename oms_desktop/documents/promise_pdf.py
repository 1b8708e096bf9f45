"""The delivery promise handed or sent to the customer: the shop and how to reach it, the
order, each item with where it comes from in plain words and its promised date, the date of
the whole order, where it is collected or delivered, and the shop's conditions.

The reasons are the engine's data; `documents.explain` words them, in French through the
small dictionary below (the document's language is the setting's, not the computer's).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from .explain import english_count, explain
from .locale_format import capitalise, check_language, format_date, format_number, \
    format_weekday, format_weekdays
from .pdf_components import Company, Party


@dataclass(frozen=True)
class PromiseSource:
    """Where (part of) an item comes from: the engine's reason, with names for codes."""

    qty: int
    reason: dict  # {"code": "incoming_po", "po": ..., "expected": "2026-11-30", ...}
    promise_date: datetime.date | None
    status: str  # held, in_transit, done, unsupplied


@dataclass(frozen=True)
class PromiseItem:
    sku: str
    description: str
    qty: int
    status: str  # allocated, ready, shipped, collected, cancelled
    promise_date: datetime.date | None  # None: its supply fell through, a date will follow
    sources: tuple[PromiseSource, ...]


@dataclass(frozen=True)
class PromiseDocument:
    order: str
    order_date: datetime.date
    status: str  # open, completed, cancelled
    mode: str  # take_away, pickup, delivery
    company: Company
    shop: Party  # the order's site
    shop_opening_days: str  # 'mon,tue,wed,thu,fri,sat'
    customer: str
    customer_contact: str
    delivery_address: str
    items: tuple[PromiseItem, ...]
    promise_date: datetime.date | None  # the whole order's; None while a line has no date
    conditions: str = ""  # the shop's own; empty: the default text of the language


# The sentences of documents/explain.py in French. A sentence missing here prints in
# English: tests/documents/test_promise_pdf.py checks that every one is present.
FRENCH = {
    "On the shelf at {site}: the customer takes it now":
        "En rayon à {site}\u00a0: emporté par le client",
    "In stock at {site}": "En stock à {site}",
    "On its way to {site} ({transfer}, expected {date})":
        "En route vers {site} ({transfer}, attendu le {date})",
    "On its way from the supplier ({po}, expected {date} at {site})":
        "En route depuis le fournisseur ({po}, attendu le {date} à {site})",
    ", overdue: counted from today": ", en retard\u00a0: compté à partir d'aujourd'hui",
    "Received on {date} ({po}) at {site}": "Reçu le {date} ({po}) à {site}",
    ", on transfer {transfer} to {to}": ", en transfert {transfer} vers {to}",
}


# Its sentences with a count, in French: (one, several); French says 0 and 1 alike.
FRENCH_COUNTS = {
    "%n handling day(s) at {site}": ("%n jour de préparation à {site}",
                                     "%n jours de préparation à {site}"),
    "%n transfer day(s) to {to}": ("%n jour de transfert vers {to}",
                                   "%n jours de transfert vers {to}"),
    "%n delivery day(s)": ("%n jour de livraison", "%n jours de livraison"),
    "Ordered from {supplier} on {order}, %n business day(s) lead time, "
    "arriving at {site} on {arrival}":
        ("Commandé à {supplier} le {order}, délai de %n jour ouvré, arrivée à {site} le "
         "{arrival}",
         "Commandé à {supplier} le {order}, délai de %n jours ouvrés, arrivée à {site} le "
         "{arrival}"),
}


def translator(language: str) -> Callable[[str], str]:
    """The `tr` handed to `explain`: the French dictionary, or English as written."""
    if check_language(language) == "fr":
        return lambda text: FRENCH.get(text, text)
    return lambda text: text


def counter(language: str) -> Callable[[str, str | None, int], str]:
    """The `trn` handed to `explain`: its sentences with a count, singular or plural."""
    if check_language(language) != "fr":
        return english_count

    def french(text: str, disambiguation: str | None, n: int) -> str:  # noqa: ARG001
        forms = FRENCH_COUNTS.get(text)
        if forms is None:
            return english_count(text, disambiguation, n)
        return forms[0 if abs(n) <= 1 else 1].replace("%n", str(n))
    return french


class _WrittenDate(datetime.date):
    """A date that `explain` writes the document's way. explain() formats the dates of its
    sentences with strftime (the C locale's English, or the computer's language under Qt);
    handing it these keeps each sentence in the language of the document around it."""

    language = "en"

    def strftime(self, fmt: str) -> str:  # noqa: ARG002 - the document decides the format
        return format_date(self, self.language)


_DATE_KEYS = ("expected", "order_date", "arrival", "received")


def _with_written_dates(reason: dict, language: str) -> dict:
    out = dict(reason)
    for key in _DATE_KEYS:
        value = out.get(key)
        if value:
            day = datetime.date.fromisoformat(value) if isinstance(value, str) else value
            written = _WrittenDate(day.year, day.month, day.day)
            written.language = language
            out[key] = written
    return out


def explanation(reason: dict, language: str) -> str:
    """explain()'s sentence for this reason, all of it in the document's language."""
    return explain(_with_written_dates(reason, language), translator(language),
                   trn=counter(language))


LABELS = {
    "en": {
        "title": "Delivery promise", "order": "Order", "order_date": "Order date",
        "customer": "Customer", "open": "Open {days}",
        "pickup": "Pick-up at", "delivery": "Delivery to", "take_away": "Taken away at",
        "head": ("Qty", "Item", "Where it comes from", "Promised date"),
        "in_stock": "In stock", "incoming_po": "On its way from the supplier",
        "catalog": "Ordered from the supplier", "unsupplied": "Looking for a new supply",
        "ready": "Ready", "shipped": "Shipped", "collected": "Collected",
        "cancelled": "Cancelled", "to_confirm": "to be confirmed",
        "whole_pickup": "Your whole order will be ready to collect on {date}.",
        "whole_delivery": "Your whole order will be delivered on {date}.",
        "whole_take_away": "Your order was handed over on {date}.",
        "whole_unknown": "We will confirm the date of your whole order as soon as we can.",
        "whole_cancelled": "This order was cancelled.",
        "conditions": "Conditions", "vat_number": "VAT no.", "registration": "SIREN",
        "page": "page {page} of {pages}",
        "default_conditions": (
            "Dates are given in good faith from our stock and from the deliveries our "
            "suppliers have confirmed. If a date changes, we will tell you straight away."),
        "pickup_conditions": "Please bring this document or your order number when you "
                             "collect your order.",
    },
    "fr": {
        "title": "Promesse de livraison", "order": "Commande", "order_date": "Date de commande",
        "customer": "Client", "open": "Ouvert {days}",
        "pickup": "Retrait à", "delivery": "Livraison à", "take_away": "Emporté à",
        "head": ("Qté", "Article", "Provenance", "Date promise"),
        "in_stock": "En stock", "incoming_po": "En route depuis le fournisseur",
        "catalog": "Commandé au fournisseur", "unsupplied": "Réapprovisionnement en cours",
        "ready": "Prêt", "shipped": "Expédié", "collected": "Retiré",
        "cancelled": "Annulé", "to_confirm": "à confirmer",
        "whole_pickup": "Votre commande complète sera prête à retirer le {date}.",
        "whole_delivery": "Votre commande complète sera livrée le {date}.",
        "whole_take_away": "Votre commande vous a été remise le {date}.",
        "whole_unknown": "Nous vous confirmerons la date de votre commande complète dès "
                         "que possible.",
        "whole_cancelled": "Cette commande a été annulée.",
        "conditions": "Conditions", "vat_number": "N° TVA", "registration": "SIREN",
        "page": "page {page} sur {pages}",
        "default_conditions": (
            "Les dates sont données de bonne foi d'après notre stock et les livraisons "
            "confirmées par nos fournisseurs. Si une date change, nous vous prévenons "
            "aussitôt."),
        "pickup_conditions": "Merci de présenter ce document ou votre numéro de commande "
                             "pour retirer votre commande.",
    },
}
_IN_STOCK = ("take_away", "site_stock", "in_transit", "po_received")
_FINISHED = ("shipped", "collected", "cancelled")


def source_label(source: PromiseSource, language: str) -> str:
    """In plain words: in stock, on its way from the supplier, ordered from the supplier."""
    words = LABELS[check_language(language)]
    if source.status == "unsupplied" or source.promise_date is None:
        return words["unsupplied"]
    code = source.reason.get("code")
    if code in _IN_STOCK:
        return words["in_stock"]
    if code in ("incoming_po", "catalog"):
        return words[code]
    return code or ""


def item_rows(document: PromiseDocument, language: str) -> list[list]:
    """[quantity, (description, sku), [(label, sentence), ...], date text] per item."""
    words = LABELS[check_language(language)]
    rows = []
    for item in document.items:
        if item.status in _FINISHED:
            where = [(words[item.status], "")]
        else:
            where = []
            for source in item.sources:
                label = source_label(source, language)
                if len(item.sources) > 1:
                    label = f"{format_number(source.qty, language)} × {label}"
                detail = "" if source.reason.get("code") == "take_away" or \
                    source.status == "unsupplied" else explanation(source.reason, language)
                where.append((label, detail))
            if item.status == "ready":
                where.insert(0, (words["ready"], ""))
        if item.status == "cancelled":
            date_text = ""
        elif item.promise_date is None:
            date_text = words["to_confirm"]
        else:  # the weekday over the date: a narrow column, and what people plan by
            date_text = capitalise(format_weekday(item.promise_date, language)) + "\n" + \
                format_date(item.promise_date, language)
        rows.append([format_number(item.qty, language), (item.description, item.sku), where,
                     date_text])
    return rows


def whole_order_sentence(document: PromiseDocument, language: str) -> str:
    words = LABELS[check_language(language)]
    if document.status == "cancelled":
        return words["whole_cancelled"]
    if document.promise_date is None:
        return words["whole_unknown"]
    mode = document.mode if document.mode in ("pickup", "delivery", "take_away") else "pickup"
    return words[f"whole_{mode}"].format(
        date=format_date(document.promise_date, language, weekday=True))


def conditions_text(document: PromiseDocument, language: str) -> str:
    """The shop's own conditions, or the default of the language (with a word on what to
    bring when the customer collects)."""
    if document.conditions.strip():
        return document.conditions.strip()
    words = LABELS[check_language(language)]
    if document.mode == "pickup":
        return f"{words['default_conditions']} {words['pickup_conditions']}"
    return words["default_conditions"]


def render(document: PromiseDocument, language: str = "en", paper_name: str = "A4") -> bytes:
    """The delivery promise as PDF bytes, on A4 or Letter, in English or French."""
    from reportlab.platypus import KeepTogether, Spacer

    from . import pdf_components as pc

    language = check_language(language)
    words = LABELS[language]
    width = pc.frame_width(paper_name)
    company = document.company
    story: list = [pc.header(_shop_block(document, words, language, width),
                             _title_block(document, words, language, width), width),
                   Spacer(1, 14)]
    customer = Party(document.customer or "—", "",
                     *_phone_and_email(document.customer_contact))
    story.append(pc.side_by_side(pc.party_block(words["customer"], customer),
                                 _destination_block(document, words), width))
    story += [Spacer(1, 12), _banner(whole_order_sentence(document, language), width),
              Spacer(1, 12), _items_table(item_rows(document, language), words, width)]
    story.append(KeepTogether([Spacer(1, 16), pc.paragraph(words["conditions"].upper(), "label"),
                               pc.paragraph(conditions_text(document, language), "small")]))
    decoration = pc.PageDecoration(
        running_head=f"{company.display_name} · {words['title']} {document.order}",
        footer=company.legal_line(words["vat_number"], words["registration"]),
        page_label=lambda page, pages: words["page"].format(page=page, pages=pages))
    return pc.build_pdf(story, paper_name, decoration,
                        title=f"{words['title']} {document.order}", author=company.name,
                        subject=document.customer, lang=language)


def _phone_and_email(contact: str) -> tuple[str, str]:
    """The order keeps 'phone, e-mail' in one field: back to its two parts."""
    parts = [p.strip() for p in contact.split(",") if p.strip()]
    email = next((p for p in parts if "@" in p), "")
    phone = ", ".join(p for p in parts if p != email)
    return phone, email


def _shop_block(document: PromiseDocument, words: dict, language: str, width: float) -> list:
    from . import pdf_components as pc

    company = document.company
    block: list = []
    image = pc.logo(company.logo, width * 0.45, 50) if company.logo else None
    if image is not None:
        block.append(image)
    block.append(pc.paragraph(company.display_name, "company"))
    block.append(pc.paragraph(document.shop.name, "name"))
    lines = document.shop.lines()
    opening = format_weekdays(document.shop_opening_days, language)
    if opening:
        lines.append(words["open"].format(days=opening))
    block.append(pc.paragraph("\n".join(lines), "small"))
    return block


def _title_block(document: PromiseDocument, words: dict, language: str,
                 width: float) -> list:
    from reportlab.platypus import Spacer

    from . import pdf_components as pc

    return [pc.paragraph(words["title"], "title"),
            pc.paragraph(f"{words['order']} {document.order}", "subtitle"), Spacer(1, 8),
            pc.info_table([(words["order_date"], format_date(document.order_date, language))],
                          width * 0.5)]


def _destination_block(document: PromiseDocument, words: dict) -> list:
    from . import pdf_components as pc

    if document.mode == "delivery":
        return pc.party_block(words["delivery"],
                              Party(document.customer or "—", document.delivery_address))
    label = words["take_away"] if document.mode == "take_away" else words["pickup"]
    return pc.party_block(label, Party(document.shop.name, document.shop.address))


def _banner(text: str, width: float):
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    from . import pdf_components as pc

    table = Table([[pc.paragraph(text, "banner")]], colWidths=[width])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), pc.FONT),
                               ("BACKGROUND", (0, 0), (-1, -1), HexColor(pc.TINT)),
                               ("LINEBEFORE", (0, 0), (0, -1), 3, HexColor(pc.ACCENT)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 10),
                               ("TOPPADDING", (0, 0), (-1, -1), 7),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return table


def _items_table(rows: list[list], words: dict, width: float):
    """Quantity, item (name over SKU), where it comes from (label over sentence), date."""
    from reportlab.platypus import Table, TableStyle

    from . import pdf_components as pc

    head = [pc.paragraph(text, "head_right" if i == 0 else "head")
            for i, text in enumerate(words["head"])]
    body = []
    for qty, (description, sku), where, date_text in rows:
        where_cell = []
        for label, detail in where:
            where_cell.append(pc.paragraph(capitalise(label), "cell_bold"))
            if detail:
                where_cell.append(pc.paragraph(detail, "muted"))
        body.append([pc.paragraph(qty, "cell_right"),
                     [pc.paragraph(description, "cell"), pc.paragraph(sku, "muted")],
                     where_cell, pc.paragraph(date_text, "cell_bold")])
    widths = [34, width * 0.34, None, 96]
    widths[2] = width - sum(w for w in widths if w)
    table = Table([head, *body], colWidths=widths, repeatRows=1)
    commands = pc.line_table_style([0], len(body) + 1)
    commands += [("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]
    table.setStyle(TableStyle(commands))
    return table
