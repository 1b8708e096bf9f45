"""Sourcing rules per channel and fulfilment mode: the order of preference and the split rule."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .errors import InvalidInput
from .model import Channel, Mode, Preference, SplitRule

DEFAULT_PREFERENCE = (
    Preference.SHELF,
    Preference.WAREHOUSE,
    Preference.OTHER_SHOP,
    Preference.INCOMING_PO,
    Preference.CATALOG,
)
# Take away means the customer leaves with the goods: only the shop's own shelf can do that.
TAKE_AWAY_PREFERENCE = (Preference.SHELF,)


@dataclass(frozen=True)
class SourcingRules:
    preference: tuple[Preference, ...] = DEFAULT_PREFERENCE
    split: SplitRule = SplitRule.IF_EARLIER

    def __post_init__(self) -> None:
        if not self.preference:
            raise InvalidInput("preference", "name at least one source")
        if len(set(self.preference)) != len(self.preference):
            raise InvalidInput("preference", "a source is named twice")


def default_rules(channel: Channel, mode: Mode) -> SourcingRules:
    if mode is Mode.TAKE_AWAY:
        return SourcingRules(TAKE_AWAY_PREFERENCE, SplitRule.NEVER)
    if channel is not Channel.SHOP and mode is Mode.DELIVERY:
        # Web and marketplace parcels leave the warehouse first; shops ship only what it lacks.
        return SourcingRules((Preference.WAREHOUSE, Preference.SHELF, Preference.OTHER_SHOP,
                              Preference.INCOMING_PO, Preference.CATALOG))
    return SourcingRules()


def parse_preference(text: str | Iterable[str]) -> tuple[Preference, ...]:
    names = text.split(",") if isinstance(text, str) else list(text)
    result = []
    for name in names:
        name = name.strip().lower().replace("-", "_")
        if not name:
            continue
        try:
            result.append(Preference(name))
        except ValueError:
            allowed = ", ".join(p.value for p in Preference)
            raise InvalidInput("preference", "'{name}' is not a source ({allowed})",
                               name=name, allowed=allowed) from None
    return tuple(result)


@dataclass(frozen=True)
class RuleBook:
    """The retailer's overrides; every (channel, mode) not named uses `default_rules`."""

    overrides: Mapping[tuple[Channel, Mode], SourcingRules] = field(default_factory=dict)

    def rules_for(self, channel: Channel, mode: Mode) -> SourcingRules:
        rules = self.overrides.get((channel, mode))
        if rules is None:
            return default_rules(channel, mode)
        if mode is Mode.TAKE_AWAY:
            kept = tuple(p for p in rules.preference if p is Preference.SHELF)
            return SourcingRules(kept or TAKE_AWAY_PREFERENCE, SplitRule.NEVER)
        return rules

    def with_rules(self, channel: Channel, mode: Mode, rules: SourcingRules) -> RuleBook:
        return RuleBook({**self.overrides, (channel, mode): rules})

    def to_json(self) -> list[dict]:
        return [
            {"channel": c.value, "mode": m.value,
             "preference": [p.value for p in r.preference], "split": r.split.value}
            for (c, m), r in sorted(self.overrides.items())
        ]

    @classmethod
    def from_json(cls, items: list[dict]) -> RuleBook:
        overrides = {}
        for item in items:
            key = (Channel(item["channel"]), Mode(item["mode"]))
            overrides[key] = SourcingRules(parse_preference(item["preference"]),
                                           SplitRule(item["split"]))
        return cls(overrides)
