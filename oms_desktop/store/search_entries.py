"""What the search index holds, on either backend (store/search_index.py): an entry for
every own product and every available catalog offer, and its words.

An entry's number says what it is (the FTS5 rowid on SQLite, `entry` on PostgreSQL): a
product's id, or OFFER_BASE + an offer's id, so that products come first in entry order.
Its words: name or description, SKU, EAN and supplier reference.
"""

from __future__ import annotations

import re

OFFER_BASE = 1 << 40  # rowid of an offer's entry = OFFER_BASE + offer id

PRODUCT_WORDS = "name || ' ' || sku || ' ' || COALESCE(ean, '')"
# A catalog that gives only EANs has them as SKUs too (services/catalog.py): one copy of
# the code is enough, and a tenth fewer words makes a million offers' index faster to write.
OFFER_WORDS = ("description || ' ' || sku "
               "|| CASE WHEN ean IS NULL OR ean = sku THEN '' ELSE ' ' || ean END "
               "|| CASE WHEN supplier_ref = sku THEN '' ELSE ' ' || supplier_ref END")

WORD = re.compile(r"[^\W_]+")  # a word of what is typed: a run of letters and digits
