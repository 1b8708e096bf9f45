"""Supplier catalogs in a real database: offers by hand, CSV imports and re-imports."""

from __future__ import annotations

import pytest
from playhouse.test_utils import count_queries

from oms_desktop.domain.errors import InvalidInput, NotFound
from oms_desktop.services.catalog import add_offer, import_catalog, list_offers
from oms_desktop.services.products import add_product
from oms_desktop.services.suppliers import add_supplier
from oms_desktop.store.database import close, open_database
from oms_desktop.store.models import CatalogOfferRow

PEN_EAN = "4006381333931"
MUG_EAN = "0036000291452"
HEADER = "ref;sku;ean;description;cost\n"


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "oms.sqlite3")
    add_supplier(database, "ACME", "Acme", 5)
    yield database
    close(database)


def write(tmp_path, text: str, name: str = "catalog.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode())
    return path


def offers(db) -> dict[str, tuple[str, str]]:
    return {o.supplier_ref: (o.sku, o.cost) for o in list_offers(db, "ACME")}


# --- add_offer ------------------------------------------------------------------------------

def test_an_offer_for_one_of_our_products_takes_its_name_and_ean(db):
    add_product(db, "PEN-1", "Stylo bleu", "2.50", ean=PEN_EAN)

    offer = add_offer(db, "acme", "PEN-1", "1,20", lead_days=3, pack="10")

    assert (offer.supplier, offer.supplier_ref, offer.sku) == ("ACME", "PEN-1", "PEN-1")
    assert (offer.description, offer.ean) == ("Stylo bleu", PEN_EAN)
    assert (offer.cost, offer.pack_size, offer.min_order_qty, offer.lead_days) == \
        ("1.20", 10, 1, 3)
    assert (offer.retail_price, offer.vat, offer.available) == (None, None, True)


def test_an_item_known_only_from_the_catalog_needs_a_name(db):
    with pytest.raises(InvalidInput) as caught:
        add_offer(db, "ACME", "MUG-1", "3")
    assert caught.value.field == "name"

    offer = add_offer(db, "ACME", "MUG-1", "3", name="Mug", ean=MUG_EAN, supplier_ref="M 1",
                      price="9.90", vat="5,5", available="non")

    assert (offer.supplier_ref, offer.sku, offer.description, offer.ean) == \
        ("M 1", "MUG-1", "Mug", MUG_EAN)
    assert (offer.retail_price, offer.vat, offer.available) == ("9.90", "5.5", False)


def test_the_same_reference_again_updates_the_offer(db):
    add_offer(db, "ACME", "MUG-1", "3", name="Mug", supplier_ref="M1")
    add_offer(db, "ACME", "MUG-1", "3.40", name="Grand mug", supplier_ref="M1")

    assert CatalogOfferRow.select().count() == 1
    assert [(o.description, o.cost) for o in list_offers(db, "ACME")] == [("Grand mug", "3.40")]


@pytest.mark.parametrize("arguments, field", [
    (dict(cost="-1"), "cost"),
    (dict(pack=0), "pack"),
    (dict(moq="-3"), "moq"),
    (dict(lead_days=366), "lead days"),
    (dict(lead_days="soon"), "lead days"),
    (dict(ean="4006381333932"), "ean"),
    (dict(sku="MUG 1"), "sku"),
    (dict(vat="100"), "vat"),
    (dict(available="maybe"), "available"),
])
def test_refuses_a_bad_value_naming_its_field(db, arguments, field):
    given = dict(sku="MUG-1", cost="3", name="Mug") | arguments
    with pytest.raises(InvalidInput) as caught:
        add_offer(db, "ACME", given.pop("sku"), given.pop("cost"), **given)
    assert caught.value.field == field
    assert CatalogOfferRow.select().count() == 0


def test_refuses_an_ean_that_belongs_to_another_product(db):
    add_product(db, "PEN-1", "Stylo bleu", "2.50", ean=PEN_EAN)
    with pytest.raises(InvalidInput, match="belongs to product PEN-1"):
        add_offer(db, "ACME", "MUG-1", "3", name="Mug", ean=PEN_EAN)


def test_refuses_an_unknown_supplier(db):
    with pytest.raises(NotFound):
        add_offer(db, "NOBODY", "MUG-1", "3", name="Mug")


# --- import_catalog -------------------------------------------------------------------------

def test_reimporting_updates_only_the_offers_that_changed(db, tmp_path):
    first = import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1,20\n"
                                                               "A2;MUG-1;;Mug;3,00\n"))
    assert (first.imported, first.added, first.updated, first.unchanged) == (True, 2, 0, 0)
    assert (first.encoding, first.delimiter, first.rows_read) == ("utf-8", ";", 2)

    second = import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1,35\n"
                                                                "A2;MUG-1;;Mug;3,00\n"))

    assert (second.added, second.updated, second.unchanged) == (0, 1, 1)
    assert offers(db) == {"A1": ("PEN-1", "1.35"), "A2": ("MUG-1", "3.00")}


def test_a_row_without_sku_takes_the_products_sku_else_its_ean(db, tmp_path):
    add_product(db, "PEN-1", "Stylo bleu", "2.50", ean=PEN_EAN)
    report = import_catalog(db, "ACME", write(tmp_path, HEADER + f"A1;;{PEN_EAN};Stylo;1\n"
                                                                f"A2;;{MUG_EAN};Mug;3\n"))

    assert report.added == 2
    assert offers(db) == {"A1": ("PEN-1", "1.00"), "A2": (MUG_EAN, "3.00")}


def test_a_row_without_sku_keeps_the_sku_its_item_already_has_in_the_catalog(db, tmp_path):
    add_offer(db, "ACME", "MUG-1", "3", name="Mug", ean=MUG_EAN, supplier_ref="A2")
    report = import_catalog(db, "ACME", write(tmp_path, HEADER + f"A2;;{MUG_EAN};Mug;3,10\n"))

    assert (report.added, report.updated) == (0, 1)
    assert offers(db) == {"A2": ("MUG-1", "3.10")}


def test_refuses_a_row_naming_our_products_ean_under_another_sku(db, tmp_path):
    add_product(db, "PEN-1", "Stylo bleu", "2.50", ean=PEN_EAN)
    report = import_catalog(db, "ACME", write(tmp_path, HEADER + f"A1;PEN-9;{PEN_EAN};X;1\n"))

    assert report.imported is False
    assert [(e.line, e.column, e.value) for e in report.rejected] == [(2, "ean", PEN_EAN)]
    assert "belongs to product PEN-1" in report.rejected[0].message


def test_a_file_with_a_bad_row_changes_nothing(db, tmp_path):
    import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1,20\n"))
    before = offers(db)

    report = import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;9,99\n"
                                                                "A2;MUG-1;;Mug;-3\n"
                                                                "A3;CUP-1;;Tasse;2\n"))

    assert report.imported is False
    assert (report.added, report.updated, report.unchanged) == (0, 0, 0)
    assert [(e.line, e.column) for e in report.rejected] == [(3, "cost")]
    assert offers(db) == before


def test_valid_only_imports_the_good_rows_and_reports_the_bad(db, tmp_path):
    report = import_catalog(db, "ACME", write(tmp_path, HEADER + "A1;PEN-1;;Stylo;1,20\n"
                                                                "A2;MUG-1;;Mug;-3\n"
                                                                "A3;CUP-1;;Tasse;2\n"),
                            valid_only=True)

    assert (report.imported, report.added, report.rows_read) == (True, 2, 3)
    assert [(e.line, e.column) for e in report.rejected] == [(3, "cost")]
    assert offers(db) == {"A1": ("PEN-1", "1.20"), "A3": ("CUP-1", "2.00")}


def test_an_unknown_supplier_is_refused_before_reading_the_file(db, tmp_path):
    with pytest.raises(NotFound):
        import_catalog(db, "NOBODY", tmp_path / "not-even-there.csv")


def test_imports_three_thousand_rows_in_a_few_statements(db, tmp_path):
    rows = "".join(f"R{i:04d};SKU-{i:04d};;Article {i};{i},50\n" for i in range(3000))
    path = write(tmp_path, HEADER + rows)

    with count_queries() as queries:
        report = import_catalog(db, "ACME", path)

    assert (report.imported, report.added, report.rejected) == (True, 3000, [])
    assert CatalogOfferRow.select().count() == 3000
    assert CatalogOfferRow.get(CatalogOfferRow.supplier_ref == "R2999").cost_cents == 299950
    assert queries.count < 100  # batched: not one statement per row

    again = import_catalog(db, "ACME", path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3000)


def test_columns_the_file_leaves_out_keep_what_was_typed_by_hand(db, tmp_path):
    add_offer(db, "ACME", "MUG-1", "3", name="Mug", supplier_ref="A1", lead_days=12, pack=6,
              price="9.90", ean=MUG_EAN)

    report = import_catalog(db, "ACME", write(tmp_path, "ref;sku;description;cost\n"
                                                        "A1;MUG-1;Mug;3,20\n"))

    assert report.updated == 1
    [offer] = list_offers(db, "ACME")
    assert (offer.cost, offer.lead_days, offer.pack_size, offer.retail_price, offer.ean) == \
        ("3.20", 12, 6, "9.90", MUG_EAN)


def test_columns_the_file_gives_replace_the_stored_values(db, tmp_path):
    add_offer(db, "ACME", "MUG-1", "3", name="Mug", supplier_ref="A1", lead_days=12, pack=6)

    import_catalog(db, "ACME", write(tmp_path, "ref;sku;description;cost;pack;lead days\n"
                                               "A1;MUG-1;Mug;3;1;\n"))

    [offer] = list_offers(db, "ACME")
    assert (offer.pack_size, offer.lead_days) == (1, None)
