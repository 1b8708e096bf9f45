"""A supplier's offers page after page, by reference or by words: every offer once, in order,
both ways, whatever the page size, and counted."""

from __future__ import annotations

import pytest

from oms_desktop.domain.errors import InvalidInput, NotFound
from oms_desktop.services import offer_listing
from oms_desktop.services.offer_listing import count_offers, offer_page
from oms_desktop.services.suppliers import add_supplier
from oms_desktop.store import search_index
from oms_desktop.store.models import CatalogOfferRow, SupplierRow

NAMES = ("Théière fonte bleue", "Tasse grès rouge", "Bol porcelaine", "Théière verre",
         "Élève cahier", "Casserole inox")


@pytest.fixture
def shop(db):
    """ACME and BETA, their offers created turn by turn (their ids interleave), the same
    references at both, ACME's references in mixed case and an unavailable offer."""
    add_supplier(db, "ACME", "Acme", 5)
    add_supplier(db, "BETA", "Beta", 5)
    acme, beta = SupplierRow.get(code="ACME"), SupplierRow.get(code="BETA")
    for n in range(40):
        for supplier, prefix in ((acme, "A"), (beta, "B")):
            ref = (f"r-{n % 7:03d}-{n}" if n % 3 else f"R-{n:03d}") if supplier is acme \
                else f"R-{n:03d}"
            CatalogOfferRow.create(supplier=supplier, supplier_ref=ref, sku=f"{prefix}SKU{n:03d}",
                                   ean=f"{prefix}{n:012d}"[-13:] if n % 4 else None,
                                   description=f"{NAMES[n % len(NAMES)]} {n}",
                                   cost_cents=100 + n, available=n != 6)
    for supplier in (acme, beta):
        search_index.index_offers_of_supplier(db, supplier.id)
    return db


def offers_of(code: str) -> list[CatalogOfferRow]:
    return list(CatalogOfferRow.select().join(SupplierRow).where(SupplierRow.code == code))


def pages(db, supplier: str, text: str = "", limit: int = 3) -> list:
    found, cursor = [], None
    while True:
        page = offer_page(db, supplier, text, cursor, limit=limit)
        assert len(page.rows) <= limit
        assert page.before == cursor  # each page starts where the last one stopped
        found.append(page)
        if page.after is None:
            return found
        cursor = page.after


def ids(found) -> list[int]:
    return [row.id for page in found for row in page.rows]


def back_from(db, supplier: str, text: str, cursor, limit: int = 3) -> list[int]:
    """Every row before `cursor`, read backwards page after page."""
    rows: list[int] = []
    while cursor is not None:
        page = offer_page(db, supplier, text, cursor, limit=limit, backward=True)
        assert page.after == cursor
        rows[0:0] = [row.id for row in page.rows]
        cursor = page.before
    return rows


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 40, 200])
def test_pages_by_reference_hold_every_offer_once_in_order(shop, limit):
    expected = [o.id for o in sorted(offers_of("ACME"), key=lambda o: (o.supplier_ref, o.id))]
    found = pages(shop, "ACME", limit=limit)
    assert ids(found) == expected
    assert all(row.supplier_ref.upper().startswith("R-") for page in found for row in page.rows)
    assert "R-000" in [row.supplier_ref for row in found[0].rows]  # capitals sort first


def test_reading_backwards_gives_the_same_rows_as_forwards(shop):
    found = pages(shop, "ACME", limit=3)
    assert back_from(shop, "ACME", "", found[-1].before) == ids(found[:-1])
    middle = found[len(found) // 2]
    assert back_from(shop, "ACME", "", middle.before) == ids(found[:len(found) // 2])


def test_the_same_references_at_two_suppliers_stay_apart(shop):
    acme = {row.supplier_ref for page in pages(shop, "ACME", limit=4) for row in page.rows}
    beta = [row for page in pages(shop, "BETA", limit=4) for row in page.rows]
    assert [row.supplier_ref for row in beta] == [f"R-{n:03d}" for n in range(40)]
    assert {row.sku[0] for row in beta} == {"B"}
    assert acme & {row.supplier_ref for row in beta}  # equal keys, kept apart


def test_a_page_deep_in_the_list_is_read_by_key_never_by_offset(shop):
    statements: list[str] = []
    shop.connection().set_trace_callback(statements.append)
    try:
        found = pages(shop, "ACME", limit=2)
    finally:
        shop.connection().set_trace_callback(None)
    assert len(found) == 20  # 40 offers, 2 a page: no empty page at the end
    offers = [s for s in statements if "catalog_offer" in s]
    assert offers and not [s for s in offers if "OFFSET" in s.upper()]


def test_words_find_available_offers_accents_and_case_aside(shop):
    found = ids(pages(shop, "ACME", "theiere", limit=2))
    expected = [o.id for o in offers_of("ACME") if o.description.startswith("Théière")
                and o.available]
    assert found == sorted(expected) and len(found) == 13
    assert ids(pages(shop, "ACME", "ELEVE CAH")) == sorted(
        o.id for o in offers_of("ACME") if o.description.startswith("Élève"))
    assert ids(pages(shop, "ACME", "théière bleue")) == sorted(
        o.id for o in offers_of("ACME") if "bleue" in o.description and o.available)


def test_an_exact_code_comes_first_even_unavailable_then_the_word_matches(shop):
    unavailable = next(o for o in offers_of("ACME") if not o.available)
    first = offer_page(shop, "ACME", unavailable.sku).rows
    assert [row.id for row in first] == [unavailable.id]
    reference = offers_of("ACME")[4]
    found = [row.id for row in offer_page(shop, "ACME", reference.supplier_ref, limit=50).rows]
    assert found[0] == reference.id and len(found) == len(set(found))
    ean = offers_of("ACME")[5].ean
    assert offer_page(shop, "ACME", ean).rows[0].ean == ean
    assert offer_page(shop, "BETA", ean).rows == []  # ACME's EAN: not BETA's


def test_bounded_slices_of_the_index_still_give_every_match_once_both_ways(shop, monkeypatch):
    monkeypatch.setattr(offer_listing, "SCAN", 1)  # BETA's entries interleave with ACME's
    expected = sorted(o.id for o in offers_of("ACME")
                      if o.description.startswith("Théière") and o.available)
    found = pages(shop, "ACME", "the", limit=2)
    assert ids(found) == expected
    assert any(not page.rows and page.after for page in found)  # read on past empty slices
    assert back_from(shop, "ACME", "the", found[-1].before, limit=2) == ids(found[:-1])


def test_an_exact_code_and_its_word_matches_read_backwards_too(shop):
    code = offers_of("ACME")[2].sku  # also matched by words: listed once, first
    found = pages(shop, "ACME", code, limit=1)
    assert ids(found)[0] == offers_of("ACME")[2].id
    assert len(ids(found)) == len(set(ids(found)))
    assert back_from(shop, "ACME", code, found[-1].before, limit=1) == ids(found[:-1])


def test_counts_say_how_many_offers_and_how_many_matches(shop):
    assert count_offers(shop, "ACME") == offer_listing.OfferCount(40)
    assert count_offers(shop, "ACME", "theiere") == \
        offer_listing.OfferCount(13, searched=True)
    unavailable = next(o for o in offers_of("ACME") if not o.available)
    assert count_offers(shop, "ACME", unavailable.sku).count == 1
    assert count_offers(shop, "ACME", "zzz").count == 0
    for text in ("tasse", "bol 1", "R-003", "théière verre"):
        assert count_offers(shop, "ACME", text).count == len(ids(pages(shop, "ACME", text)))


def test_a_count_over_interleaved_catalogs_stops_at_its_cap(shop, monkeypatch):
    monkeypatch.setattr(offer_listing, "COUNT_CAP", 5)
    assert count_offers(shop, "ACME", "theiere") == \
        offer_listing.OfferCount(5, at_least=True, searched=True)


def test_a_catalog_in_one_run_of_ids_is_counted_by_the_index_alone(db):
    add_supplier(db, "SOLO", "Solo", 3)
    solo = SupplierRow.get(code="SOLO")
    for n in range(12):
        CatalogOfferRow.create(supplier=solo, supplier_ref=f"S{n}", sku=f"S{n}",
                               description=f"Assiette plate {n}", cost_cents=100)
    search_index.index_offers_of_supplier(db, solo.id)
    assert count_offers(db, "SOLO", "assiette") == offer_listing.OfferCount(12, searched=True)
    assert len(ids(pages(db, "SOLO", "assi", limit=5))) == 12


def test_no_supplier_no_offers_and_bad_pages_are_said_plainly(shop, db):
    with pytest.raises(NotFound):
        offer_page(shop, "NOPE")
    with pytest.raises(InvalidInput):
        offer_page(shop, "ACME", limit=0)
    add_supplier(db, "EMPTY", "Empty", 3)
    assert offer_page(db, "EMPTY").rows == [] and offer_page(db, "EMPTY").after is None
    assert offer_page(db, "EMPTY", "tasse").rows == []
    assert count_offers(db, "EMPTY", "tasse").count == 0
    assert offer_page(shop, "ACME", "(*:-)").rows == []  # no word: codes only


# --- the same pages on PostgreSQL (words through its search index, see store/offer_reads.py) -
# (skipped without a server: see `pg_url` in tests/conftest.py)

@pytest.fixture
def pg_shop(pg):
    add_supplier(pg, "ACME", "Acme", 5)
    add_supplier(pg, "BETA", "Beta", 5)
    acme, beta = SupplierRow.get(code="ACME"), SupplierRow.get(code="BETA")
    for n in range(30):
        for supplier, prefix in ((acme, "A"), (beta, "B")):
            CatalogOfferRow.create(supplier=supplier, supplier_ref=f"R-{n:03d}",
                                   sku=f"{prefix}SKU{n:03d}", description=f"{NAMES[n % 6]} {n}",
                                   cost_cents=100 + n, available=n != 6)
    for supplier in (acme, beta):
        search_index.index_offers_of_supplier(pg, supplier.id)
    return pg


@pytest.mark.postgres
def test_the_same_pages_on_postgresql(pg_shop, monkeypatch):
    monkeypatch.setattr(offer_listing, "SCAN", 4)
    assert [o.supplier_ref for o in (row for page in pages(pg_shop, "ACME") for row in page.rows)] \
        == [f"R-{n:03d}" for n in range(30)]
    found = pages(pg_shop, "ACME", "tasse", limit=2)
    expected = [o.id for o in offers_of("ACME") if o.description.startswith("Tasse")]
    assert sorted(ids(found)) == sorted(expected) and len(ids(found)) == 5
    assert back_from(pg_shop, "ACME", "tasse", found[-1].before, limit=2) == ids(found[:-1])
    assert count_offers(pg_shop, "ACME", "tasse").count == 5
    assert count_offers(pg_shop, "ACME") == offer_listing.OfferCount(30)
    assert [o.sku for o in offer_page(pg_shop, "ACME", "ASKU006").rows] == ["ASKU006"]
    for text in ("tasse", "bol 1", "R-003", "théière verre", "THEIERE ver", "tas"):
        # accents and case folded, words as prefixes: what the SQLite index finds
        assert count_offers(pg_shop, "ACME", text).count == \
            len(ids(pages(pg_shop, "ACME", text))), text
    sqlite_like = [o.id for o in offers_of("ACME") if o.available
                   and o.description.lower().startswith("théière")]
    assert sorted(ids(pages(pg_shop, "ACME", "theiere"))) == sorted(sqlite_like)
