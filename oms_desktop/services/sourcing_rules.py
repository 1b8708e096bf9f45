"""The retailer's sourcing preferences per channel and fulfilment mode."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import Database

from ..domain.errors import InvalidInput
from ..domain.model import Channel, Mode, SplitRule
from ..domain.rules import RuleBook, SourcingRules, parse_preference
from ..store import settings
from ..store.database import writing


@dataclass(frozen=True)
class RuleView:
    channel: str
    mode: str
    preference: list[str]
    split: str
    customised: bool

    def as_json(self) -> dict:
        return {"channel": self.channel, "mode": self.mode, "preference": self.preference,
                "split": self.split, "customised": self.customised}


def _book() -> RuleBook:
    return RuleBook.from_json(settings.get_setting("rules", []))


def show_rules(db: Database) -> list[RuleView]:
    book = _book()
    views = []
    for channel in Channel:
        for mode in Mode:
            rules = book.rules_for(channel, mode)
            views.append(RuleView(channel.value, mode.value, [p.value for p in rules.preference],
                                  rules.split.value, (channel, mode) in book.overrides))
    return views


def set_rules(db: Database, channel: str, mode: str, preference: str | None = None,
              split: str | None = None) -> RuleView:
    """Changes the order of preference and/or the split rule of one channel and mode."""
    try:
        channel_v = Channel(channel)
    except ValueError:  # the words of Enum's own error
        raise InvalidInput("channel/mode", "{value!r} is not a valid Channel",
                           value=channel) from None
    try:
        mode_v = Mode(mode)
    except ValueError:
        raise InvalidInput("channel/mode", "{value!r} is not a valid Mode", value=mode) from None
    if mode_v is Mode.TAKE_AWAY:
        raise InvalidInput("mode", "take away always serves from the shop's own shelf")
    with writing(db):
        book = _book()
        current = book.rules_for(channel_v, mode_v)
        try:
            split_v = SplitRule(split) if split else current.split
        except ValueError:
            raise InvalidInput("split", "'{split}' is not never, if_earlier or always",
                               split=split) from None
        rules = SourcingRules(parse_preference(preference) if preference else current.preference,
                              split_v)
        settings.set_setting("rules", book.with_rules(channel_v, mode_v, rules).to_json())
        settings.bump_config_version(db)
    return next(v for v in show_rules(db) if v.channel == channel_v.value and v.mode == mode_v.value)
