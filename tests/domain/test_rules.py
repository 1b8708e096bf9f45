import json

import pytest

from oms_desktop.domain.errors import InvalidInput
from oms_desktop.domain.model import Channel, Mode, Preference, SplitRule
from oms_desktop.domain.rules import (
    DEFAULT_PREFERENCE,
    RuleBook,
    SourcingRules,
    default_rules,
    parse_preference,
)

SHELF, WAREHOUSE, OTHER_SHOP, INCOMING_PO, CATALOG = (
    Preference.SHELF, Preference.WAREHOUSE, Preference.OTHER_SHOP, Preference.INCOMING_PO,
    Preference.CATALOG)
WAREHOUSE_FIRST = (WAREHOUSE, SHELF, OTHER_SHOP, INCOMING_PO, CATALOG)


def test_the_default_preference_is_the_one_domain_md_names():
    assert DEFAULT_PREFERENCE == (SHELF, WAREHOUSE, OTHER_SHOP, INCOMING_PO, CATALOG)
    assert SourcingRules() == SourcingRules(DEFAULT_PREFERENCE, SplitRule.IF_EARLIER)


@pytest.mark.parametrize("text, preference", [
    ("shelf,warehouse", (SHELF, WAREHOUSE)),
    (" Shelf , WAREHOUSE ", (SHELF, WAREHOUSE)),
    ("other-shop,incoming-po", (OTHER_SHOP, INCOMING_PO)),
    ("catalog,,shelf,", (CATALOG, SHELF)),
    (["incoming_po", "catalog"], (INCOMING_PO, CATALOG)),
    ("", ()),
])
def test_parses_a_preference_written_by_hand(text, preference):
    assert parse_preference(text) == preference


@pytest.mark.parametrize("text", ["stock", "shelf,shops", "warehouse;shelf", ["shelf", "po"]])
def test_refuses_a_source_it_does_not_know(text):
    with pytest.raises(InvalidInput) as refused:
        parse_preference(text)
    assert refused.value.field == "preference"


@pytest.mark.parametrize("preference", [(), (SHELF, WAREHOUSE, SHELF)])
def test_rules_need_at_least_one_source_and_each_once(preference):
    with pytest.raises(InvalidInput):
        SourcingRules(preference)


@pytest.mark.parametrize("channel, mode, preference, split", [
    (Channel.SHOP, Mode.TAKE_AWAY, (SHELF,), SplitRule.NEVER),
    (Channel.WEB, Mode.TAKE_AWAY, (SHELF,), SplitRule.NEVER),
    (Channel.SHOP, Mode.PICKUP, DEFAULT_PREFERENCE, SplitRule.IF_EARLIER),
    (Channel.SHOP, Mode.DELIVERY, DEFAULT_PREFERENCE, SplitRule.IF_EARLIER),
    (Channel.WEB, Mode.PICKUP, DEFAULT_PREFERENCE, SplitRule.IF_EARLIER),
    (Channel.WEB, Mode.DELIVERY, WAREHOUSE_FIRST, SplitRule.IF_EARLIER),
    (Channel.MARKETPLACE, Mode.DELIVERY, WAREHOUSE_FIRST, SplitRule.IF_EARLIER),
    (Channel.MARKETPLACE, Mode.PICKUP, DEFAULT_PREFERENCE, SplitRule.IF_EARLIER),
])
def test_default_rules_per_channel_and_mode(channel, mode, preference, split):
    assert default_rules(channel, mode) == SourcingRules(preference, split)
    assert RuleBook().rules_for(channel, mode) == SourcingRules(preference, split)


def test_an_override_applies_to_its_channel_and_mode_only():
    mine = SourcingRules((WAREHOUSE, CATALOG), SplitRule.ALWAYS)
    book = RuleBook().with_rules(Channel.SHOP, Mode.PICKUP, mine)
    assert book.rules_for(Channel.SHOP, Mode.PICKUP) == mine
    assert book.rules_for(Channel.WEB, Mode.PICKUP) == SourcingRules()
    assert book.rules_for(Channel.SHOP, Mode.DELIVERY) == SourcingRules()


def test_with_rules_leaves_the_original_book_alone():
    book = RuleBook()
    book.with_rules(Channel.SHOP, Mode.PICKUP, SourcingRules((CATALOG,)))
    assert book.overrides == {}


@pytest.mark.parametrize("preference, kept", [
    ((WAREHOUSE, SHELF, CATALOG), (SHELF,)),
    ((WAREHOUSE, INCOMING_PO), (SHELF,)),
    ((SHELF,), (SHELF,)),
])
def test_a_take_away_override_keeps_the_shelf_only_and_never_splits(preference, kept):
    book = RuleBook().with_rules(Channel.SHOP, Mode.TAKE_AWAY,
                                 SourcingRules(preference, SplitRule.ALWAYS))
    assert book.rules_for(Channel.SHOP, Mode.TAKE_AWAY) == SourcingRules(kept, SplitRule.NEVER)


def test_a_rule_book_survives_a_json_round_trip():
    book = (RuleBook()
            .with_rules(Channel.WEB, Mode.DELIVERY,
                        SourcingRules((WAREHOUSE, INCOMING_PO, CATALOG), SplitRule.NEVER))
            .with_rules(Channel.SHOP, Mode.PICKUP,
                        SourcingRules((SHELF, OTHER_SHOP), SplitRule.ALWAYS)))
    stored = json.loads(json.dumps(book.to_json()))
    assert RuleBook.from_json(stored) == book


def test_the_json_form_is_plain_words_in_a_stable_order():
    book = (RuleBook()
            .with_rules(Channel.WEB, Mode.DELIVERY, SourcingRules((WAREHOUSE,), SplitRule.NEVER))
            .with_rules(Channel.SHOP, Mode.PICKUP, SourcingRules((SHELF, CATALOG))))
    assert book.to_json() == [
        {"channel": "shop", "mode": "pickup", "preference": ["shelf", "catalog"],
         "split": "if_earlier"},
        {"channel": "web", "mode": "delivery", "preference": ["warehouse"], "split": "never"},
    ]
    assert RuleBook().to_json() == []
    assert RuleBook.from_json([]) == RuleBook()
