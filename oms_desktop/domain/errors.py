"""The one small error hierarchy every layer speaks.

The CLI maps `InvalidInput` and `NotFound` to exit status 2 and `Refused` to 1; the GUI
shows them next to the field or in a message. `Refused` carries a reason code and its
parameters so that the words are chosen by whoever talks to the user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class OmsError(Exception):
    """Base of every error a user may be told about. `message` may name `values` in
    braces ("must be at least {minimum}"): it is then a template that the window
    translates before filling it in (ui/texts.error_text), and `message` the English
    sentence filled in; without values it is said as it is."""

    def __init__(self, message: str = "", **values: Any):
        self._said(message, values)
        super().__init__(self.message)

    def _said(self, message: str, values: dict[str, Any]) -> None:
        self.template = message
        self.values = values
        self.message = message.format(**values) if values else message


class InvalidInput(OmsError):
    """A value the user gave that cannot be taken, and why (a template, as OmsError's)."""

    def __init__(self, field: str, message: str, **values: Any):
        self.field = field
        self._said(message, values)
        Exception.__init__(self, f"{field}: {self.message}")


class NotFound(OmsError):
    def __init__(self, kind: str, key: object):
        super().__init__("{kind} not found: {key}", kind=kind, key=key)
        self.kind = kind
        self.key = key


class Refused(OmsError):
    """A business rule says no; `code` names the rule, `params` the figures behind it.
    `message` may be a template naming `values` in braces, as InvalidInput's."""

    def __init__(self, code: str, message: str, params: Mapping[str, Any] | None = None,
                 **values: Any):
        self.code = code
        self.params = dict(params or {})
        super().__init__(message, **values)
