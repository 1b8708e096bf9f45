"""The search box behaves the same on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

The PostgreSQL cases run when OMS_TEST_POSTGRES_URL names a server where we may create
databases (`.ci/run` starts one when it can); each gets a database of its own (`pg_url` and
`pg` in tests/conftest.py).
"""

from __future__ import annotations

import pytest

from oms_desktop.services import products, suppliers
from oms_desktop.services.catalog import add_offer, import_catalog
from oms_desktop.services.search import search_products
from oms_desktop.store import migrations, search_index, search_index_pg
from oms_desktop.store.database import close, open_database
from oms_desktop.store.models import CatalogOfferRow, ProductRow, SupplierRow

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def location(request, tmp_path):
    if request.param == "sqlite":
        return tmp_path / "oms.sqlite3"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def shop(location, fill_search_shop):
    db = fill_search_shop(open_database(location))
    products.add_product(db, "PLAIN", "Eleve sans accent", "1.00")
    yield db
    close(db)


def skus(db, text, **kw) -> list[str]:
    return [hit.sku for hit in search_products(db, text, **kw)]


def test_accents_and_case_do_not_matter_either_way(shop):
    for text in ("eleve", "ÉLÈVE", "élè", "e\u0301le\u0300ve"):  # the last typed decomposed
        assert set(skus(shop, text)) == {"BOOK-1", "PLAIN"}
    assert set(skus(shop, "THE fonte")) == {"TEA-01", "TEA-02"}


def test_every_word_is_a_prefix_and_all_are_needed(shop):
    assert set(skus(shop, "thei")) == {"TEA-01", "TEA-02"}
    assert skus(shop, "thé rou") == ["TEA-02"]
    assert skus(shop, "fonte noire rouge") == []
    assert skus(shop, "590123") == ["TEA-02"]
    assert skus(shop, "ac 778") == ["TEA-02"]


def test_own_products_come_first_and_each_sku_once(shop):
    assert [h.stocked for h in search_products(shop, "théière")] == [True, False]
    assert skus(shop, "mug blanc") == ["MUG"]


def test_exact_sku_ean_or_reference_comes_first(shop):
    assert [(h.sku, h.exact) for h in search_products(shop, "5901234123457")] == \
        [("TEA-02", True)]
    hit = search_products(shop, "AC-779")[0]
    assert (hit.sku, hit.exact, hit.supplier_ref) == ("BOWL-2", True, "AC-779")
    supplier = SupplierRow.get(code="ACME")
    for ref in ("ZZ-100-B", "ZZ-100", "ZZ-100-C"):
        CatalogOfferRow.create(supplier=supplier, supplier_ref=ref, sku=f"S{ref}",
                               description="Vis", cost_cents=5)
    search_index.index_offers_of_supplier(shop, supplier.id)
    assert skus(shop, "ZZ-100")[0] == "SZZ-100"
    assert sorted(skus(shop, "ZZ-100")) == ["SZZ-100", "SZZ-100-B", "SZZ-100-C"]
    assert skus(shop, "TEA-01")[0] == "TEA-01"


@pytest.mark.parametrize("text", ['"bol', "bol)", "(bol", "bol AND", "NEAR(bol", "bol*",
                                  "^bol", "bol -", 'bol"', "bol: grand", "grand (bol)",
                                  "bol & grand", "bol |", "!bol", "bol <-> grand",
                                  "'bol'", "bol:*", "bol\\", "{bol}", "bol + grand"])
def test_search_syntax_typed_by_staff_is_taken_as_plain_text(shop, text):
    assert skus(shop, text) == ["BOWL-2"]


@pytest.mark.parametrize("text", ['""', "'", "-", "*", ":", "()", "&", "!", "bol OR",
                                  "NOT bol", "NEAR(a b, 2)", "€"])
def test_odd_input_finds_nothing_quietly(shop, text):
    assert skus(shop, text) == []


def test_offers_marked_unavailable_disappear_and_come_back(shop):
    add_offer(shop, "ACME", "PAN-9", "9.00", name="Poêle inox", supplier_ref="AC-900")
    assert skus(shop, "poele") == ["PAN-9"]
    add_offer(shop, "ACME", "PAN-9", "9.00", name="Poêle inox", supplier_ref="AC-900",
              available="no")
    assert skus(shop, "poele") == []
    add_offer(shop, "ACME", "PAN-9", "9.00", name="Poêle inox", supplier_ref="AC-900")
    assert skus(shop, "poele") == ["PAN-9"]


def test_renamed_products_are_found_by_their_new_words_only(shop):
    products.add_product(shop, "PAN-1", "Poêle inox", "29.00", ean="3017620422003")
    products.update_product(shop, "PAN-1", name="Sauteuse inox")
    assert skus(shop, "poele") == []
    assert skus(shop, "sauteuse") == ["PAN-1"]


def test_a_reimported_catalog_is_reindexed(shop, tmp_path):
    suppliers.add_supplier(shop, "LIVR", "Livres", 3)
    first = tmp_path / "first.csv"
    first.write_text("ref;sku;ean;description;cost\n"
                     "L-1;LIV-1;;Cahier à spirale;2,00\n"
                     "L-2;LIV-2;;Roman policier;8,00\n"
                     "L-3;LIV-3;;Règle graduée;1,00\n", encoding="utf-8")
    import_catalog(shop, "LIVR", first)
    assert skus(shop, "cahier") == ["LIV-1"]
    assert skus(shop, "regle") == ["LIV-3"]
    second = tmp_path / "second.csv"
    second.write_text("ref;sku;ean;description;cost\n"
                      "L-1;LIV-1;;Carnet à spirale;2,00\n"
                      "L-2;LIV-2;;Roman policier;8,00\n"
                      "L-4;LIV-4;;Équerre;3,00\n", encoding="utf-8")
    import_catalog(shop, "LIVR", second)
    assert skus(shop, "cahier") == []
    assert skus(shop, "carnet spirale") == ["LIV-1"]
    assert skus(shop, "regle") == []  # withdrawn: no longer listed
    assert skus(shop, "equerre") == ["LIV-4"]
    assert skus(shop, "roman") == ["LIV-2"]


def test_pages_follow_each_other_without_repeats(shop):
    for n in range(30):
        products.add_product(shop, f"PLATE-{n:02d}", f"Assiette blanche {n}", "5.00")
    first = skus(shop, "assiette", limit=20)
    second = skus(shop, "assiette", limit=20, offset=20)
    assert len(first) == 20 and len(second) == 10
    assert not set(first) & set(second)


@pytest.mark.parametrize("own", [2, 7])
def test_ranked_candidates_then_the_rest_in_order(shop, monkeypatch, own):
    monkeypatch.setattr(search_index, "CANDIDATES", 5)
    monkeypatch.setattr(search_index, "_CHUNK", 3)
    for n in range(own):
        products.add_product(shop, f"PLATE-{n:02d}", f"Assiette {n}", "5.00")
    supplier = SupplierRow.get(code="ACME")
    for n in range(9):
        CatalogOfferRow.create(supplier=supplier, supplier_ref=f"AS-{n}", sku=f"AS-{n:02d}",
                               description=f"Assiette creuse {n}", cost_cents=500)
    search_index.index_offers_of_supplier(shop, supplier.id)
    hits = search_products(shop, "assiette", limit=50)
    assert [h.stocked for h in hits] == [True] * own + [False] * 9
    assert len({h.sku for h in hits}) == own + 9
    paged = [h.sku for offset in range(0, own + 9, 4)
             for h in search_products(shop, "assiette", limit=4, offset=offset)]
    assert paged == [h.sku for h in hits]


# --- PostgreSQL only (skipped without a server: see `pg_url`) -----------------------------

@pytest.mark.parametrize("way", ["walk", "index", "rare words through the index"])
@pytest.mark.parametrize("own", [3, 8])
@pytest.mark.postgres
def test_every_way_of_finding_gives_the_same_results(pg, monkeypatch, way, own):
    monkeypatch.setattr(search_index, "CANDIDATES", 5)
    monkeypatch.setattr(search_index, "_CHUNK", 3)
    for n in range(own):
        products.add_product(pg, f"PLATE-{n:02d}", f"Assiette plate creuse {n}", "5.00")
    suppliers.add_supplier(pg, "ACME", "Acme", 5)
    for n in range(12):
        add_offer(pg, "ACME", f"AS-{n:02d}", "5.00", name=f"Assiette creuse n°{n}")
    add_offer(pg, "ACME", "AS-99", "5.00", name="Assiette plate")
    expected = search_index.search(pg, "assiette creu", 100)
    assert len(expected) == own + 12

    def chosen(statistics, text, query, wanted):
        return search_index_pg.Typed(query, walk=way == "walk",
                                     rare="creu" if way.startswith("rare") else "")

    monkeypatch.setattr(search_index_pg, "_way", chosen)
    assert search_index.search(pg, "assiette creu", 100) == expected
    paged = [found for offset in range(0, own + 12, 5)
             for found in search_index.search(pg, "assiette creu", 5, offset)]
    assert paged == expected


@pytest.mark.postgres
def test_the_way_is_chosen_from_the_statistics_of_the_words(pg):
    ids = [ProductRow.create(sku=f"P{n:04d}", name=f"Assiette {'creuse' if n % 2 else 'plate'} "
                             f"{n}", price_cents=100).id for n in range(2000)]
    search_index.index_products(pg, ids)
    pg.execute_sql("ANALYZE search_index")
    search_index_pg._stats.clear()

    def way(text):
        found = search_index_pg._way(search_index_pg._statistics(pg), text, "q", 400)
        return ("walk" if found.walk else "index") + (f" {found.rare}" if found.rare else "")

    assert way("assiette") == way("ASSIET") == "walk"  # in every entry
    assert way("P0012") == way("zebre") == "index"  # a code or an unknown word: rare
    assert way("Assiette P0012") == "index p0012"  # the rare word alone through the index
    assert way("Assiétte zèbre") == "index zebre"
    assert way("assiette 😀zèbre") == "index"  # not split here as the SQL splits it
    assert len(search_index.search(pg, "assiette creuse", 2000)) == 1000
    assert search_index.search(pg, "P1999", 10) == [("product", ids[-1])]
    assert search_index.search(pg, "assiette p1999", 10) == [("product", ids[-1])]


@pytest.mark.postgres
@pytest.mark.parametrize("expanded", [64, 1])
def test_words_are_found_as_vocabulary_or_as_codes(pg, monkeypatch, expanded):
    monkeypatch.setattr(search_index_pg, "EXPANDED", expanded)  # 1: prefixes, not word lists
    for sku, name in (("MODE0116655", "Chemise bleue"), ("M8X40", "Vis tête hexagonale M8x40"),
                      ("MOU-1", "Moule à tarte"), ("MOD-2", "Modèle réduit"),
                      ("BL-24", "Bol 24 cm"), ("BL-240", "Plat 240 mm")):
        products.add_product(pg, sku, name, "1.00")
    assert set(skus(pg, "mod")) == {"MODE0116655", "MOD-2"}
    assert set(skus(pg, "mo")) == {"MODE0116655", "MOU-1", "MOD-2"}
    assert skus(pg, "m8") == ["M8X40"]
    assert set(skus(pg, "24")) == {"BL-24", "BL-240"}
    assert skus(pg, "24 cm") == ["BL-24"]
    assert skus(pg, "bl 240") == ["BL-240"]
    assert skus(pg, "tete hexa m8x") == ["M8X40"]
    words = {w for w, in pg.execute_sql("SELECT word FROM search_word")}
    assert {"chemise", "modele", "mod", "hexagonale", "bl"} <= words
    assert not any(w.startswith("~") or any(c.isdigit() for c in w) for w in words)
    products.update_product(pg, "MOD-2", name="Maquette")
    assert skus(pg, "modele") == []  # a word no longer held finds nothing


@pytest.mark.postgres
def test_the_fallback_fold_of_older_servers_folds_latin_text_alike(pg):
    texts = ["Théière ÉLÈVE", "Ångström Œuvre Ølstue", "ŁÓDŹ Čaj Ğ", "straße ÇA", "ABC-12",
             "e\u0301le\u0300ve"]
    modern = migrations._fold_expression(True, 150000).replace("$1", "t")
    older = migrations._fold_expression(True, 120000).replace("$1", "t")
    rows = pg.execute_sql(f"SELECT {modern}, {older} FROM unnest(%s::text[]) AS t", (texts,))
    for modern_fold, older_fold in rows.fetchall():
        assert modern_fold == older_fold


@pytest.mark.postgres
@pytest.mark.parametrize("version", [1, 2])
def test_a_postgresql_database_of_an_older_schema_gets_its_index(pg_url, monkeypatch, version):
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:version])
    monkeypatch.setattr(migrations, "CURRENT_VERSION", version)
    db = open_database(pg_url)
    assert not db.table_exists("search_index")
    ProductRow.create(sku="BOOK-1", name="Le petit élève", price_cents=1200)
    supplier = SupplierRow.create(code="ACME", name="Acme", lead_days=5)
    CatalogOfferRow.create(supplier=supplier, supplier_ref="AC-1", sku="TEA-02",
                           ean="5901234123457", description="Théière rouge", cost_cents=800)
    CatalogOfferRow.create(supplier=supplier, supplier_ref="AC-2", sku="OLD-1",
                           description="Théière ancienne", cost_cents=800, available=False)
    close(db)
    monkeypatch.undo()
    db = open_database(pg_url)
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION == 3
        assert skus(db, "eleve") == ["BOOK-1"]
        assert skus(db, "theiere") == ["TEA-02"]
        assert skus(db, "5901234") == ["TEA-02"]
        assert skus(db, "ac 1") == ["TEA-02"]
    finally:
        close(db)


def test_a_catalog_indexed_in_chunks_is_indexed_whole(shop, tmp_path, monkeypatch):
    # On PostgreSQL the offers are indexed a range of ids at a time (a million in one
    # statement takes minutes): ranges of two ids here, across added, changed, unchanged
    # and withdrawn offers.
    from oms_desktop.store.search_entries import OFFER_BASE, OFFER_WORDS

    monkeypatch.setattr(search_index_pg, "_CHUNK_IDS", 2)
    suppliers.add_supplier(shop, "LIVR", "Livres", 3)
    path = tmp_path / "catalog.csv"
    rows = [f"L-{i};LIV-{i};;Cahier numéro {i};2,00\n" for i in range(1, 12)]
    path.write_text("ref;sku;ean;description;cost\n" + "".join(rows), encoding="utf-8")
    import_catalog(shop, "LIVR", path)
    rows[3] = "L-4;LIV-4;;Carnet à spirale;2,00\n"  # changed
    del rows[7]  # L-8 withdrawn
    rows.append("L-12;LIV-12;;Équerre;3,00\n")  # added
    path.write_text("ref;sku;ean;description;cost\n" + "".join(rows), encoding="utf-8")
    import_catalog(shop, "LIVR", path)

    key = "entry" if "postgres" in type(shop).__name__.lower() else "rowid"
    indexed = shop.execute_sql(f"SELECT {key} - {OFFER_BASE}, words FROM search_index "
                               f"WHERE {key} >= {OFFER_BASE} ORDER BY 1").fetchall()
    expected = shop.execute_sql(f"SELECT id, {OFFER_WORDS} FROM catalog_offer "
                                f"WHERE available ORDER BY id").fetchall()
    assert [tuple(row) for row in indexed] == [tuple(row) for row in expected]
    assert sum(" LIV-" in words for _, words in expected) == 11
    assert skus(shop, "carnet spirale") == ["LIV-4"] and skus(shop, "equerre") == ["LIV-12"]
    assert skus(shop, "cahier 8") == []
