"""Which column of a supplier's file holds which field of an offer.

Guessed from the headers (English or French, any case, with or without accents, units or
punctuation), or given explicitly as {field: header as written} when a supplier's headers
mean nothing to us; an explicit mapping is saved per supplier so the next file imports in
one click.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from ..domain.errors import InvalidInput

SYNONYMS: dict[str, tuple[str, ...]] = {
    "supplier_ref": ("supplier_ref", "ref", "reference", "référence", "supplier ref",
                     "supplier reference", "vendor ref", "réf fournisseur", "ref_fournisseur",
                     "référence fournisseur", "code article", "ref article",
                     "référence article", "item code"),
    "sku": ("sku", "our sku"),
    "ean": ("ean", "ean13", "ean 13", "ean8", "gencod", "gencode", "code barre",
            "code barres", "code à barres", "barcode", "gtin"),
    "description": ("description", "name", "product name", "designation", "désignation",
                    "libellé", "libellé article", "nom"),
    "cost": ("cost", "unit cost", "price cost", "cost price", "purchase price", "prix achat",
             "prix d'achat", "prix achat ht", "prix d'achat ht", "coût", "pa ht", "pa"),
    "pack": ("pack", "pack size", "colisage", "conditionnement", "pcb"),
    "moq": ("moq", "min qty", "minimum qty", "min order qty", "minimum order quantity",
            "quantité minimum", "quantité minimale", "qté min", "qté minimum"),
    "lead_days": ("lead_days", "lead days", "lead time", "délai", "délai livraison",
                  "délai de livraison"),
    "available": ("available", "availability", "disponible", "disponibilité", "dispo"),
    "price": ("price", "retail price", "rrp", "msrp", "prix de vente", "prix de vente ttc",
              "pv ttc", "pvc", "prix public"),
    "vat": ("vat", "vat rate", "tva", "taux tva", "taux de tva"),
}
FIELDS = tuple(SYNONYMS)
REQUIRED = ("supplier_ref", "description", "cost")
ONE_OF = ("sku", "ean")


def normalize_header(text: str) -> str:
    """'Prix d’Achat (€)' -> 'prix d achat': no case, accents, units or punctuation."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", str(text))  # units such as "(€)" or "[EUR]"
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


_FIELD_BY_HEADER = {normalize_header(s): name for name, synonyms in SYNONYMS.items()
                    for s in synonyms}


def guess_field(title: str) -> str | None:
    """The offer field a header means, or None for a column we do not use."""
    return _FIELD_BY_HEADER.get(normalize_header(title))


def map_columns(header: Sequence[str]) -> dict[str, int]:
    """Field name -> column index, guessed; refuses a file without the columns an offer
    needs."""
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        name = guess_field(title)
        if name is None:
            continue  # extra columns (a supplier's own notes) are ignored
        if name in columns:
            raise InvalidInput("file", "columns '{title}' and '{other_title}' "
                                       "both mean {field_name}; keep one",
                               title=header[columns[name]], other_title=title, field_name=name)
        columns[name] = index
    require_columns(columns, header)
    return columns


def check_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    """A mapping {field: header} with known fields and non-blank headers, as a plain dict."""
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise InvalidInput("mapping", "unknown field(s) {fields} (known: {known})",
                           fields=", ".join(unknown), known=", ".join(FIELDS))
    clean = {field: str(title).strip() for field, title in mapping.items()
             if title is not None and str(title).strip()}
    titles = [normalize_header(t) for t in clean.values()]
    if len(set(titles)) != len(titles):
        raise InvalidInput("mapping", "two fields are mapped to the same column")
    return clean


def apply_mapping(header: Sequence[str], mapping: Mapping[str, str]) -> dict[str, int]:
    """Field name -> column index from an explicit mapping {field: header as written};
    headers are compared without case, accents or punctuation."""
    mapping = check_mapping(mapping)
    index_of = {}
    for index, title in enumerate(header):
        index_of.setdefault(normalize_header(title), index)
    columns: dict[str, int] = {}
    for field, title in mapping.items():
        index = index_of.get(normalize_header(title))
        if index is None:
            found = ", ".join(f"'{t}'" for t in header)
            raise InvalidInput("file", "the mapping's column '{title}' ({field_name}) is not "
                                       "in the file (headers found: {found})",
                               title=title, field_name=field, found=found)
        columns[field] = index
    require_columns(columns, header)
    return columns


def require_columns(columns: Mapping[str, int], header: Sequence[str]) -> None:
    missing = ", ".join(name for name in REQUIRED if name not in columns)
    found = ", ".join(f"'{title}'" for title in header)
    if not any(name in columns for name in ONE_OF):
        name, other_name = ONE_OF
        if missing:
            raise InvalidInput("file", "missing column {columns}, {field_name} or "
                                       "{other_field_name} (headers found: {found})",
                               columns=missing, field_name=name, other_field_name=other_name,
                               found=found)
        raise InvalidInput("file", "missing column {field_name} or {other_field_name} "
                                   "(headers found: {found})",
                           field_name=name, other_field_name=other_name, found=found)
    if missing:
        raise InvalidInput("file", "missing column {columns} (headers found: {found})",
                           columns=missing, found=found)
