"""The one small error hierarchy every layer speaks.

The CLI maps `InvalidInput` and `NotFound` to exit status 2 and `Refused` to 1; the GUI
shows them next to the field or in a message. `Refused` carries a reason code and its
parameters so that the words are chosen by whoever talks to the user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class OmsError(Exception):
    """Base of every error a user may be told about."""


class InvalidInput(OmsError):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(OmsError):
    def __init__(self, kind: str, key: object):
        super().__init__(f"{kind} not found: {key}")
        self.kind = kind
        self.key = key


class Refused(OmsError):
    """A business rule says no; `code` names the rule, `params` the figures behind it."""

    def __init__(self, code: str, message: str, params: Mapping[str, Any] | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = dict(params or {})
