"""The harmony package's one exception family.

Raised only for bad *requests* (a conversation or tool list that cannot be rendered) and for a
tokenizer that lacks the harmony special tokens. Model output never raises: the parser falls back
to content and logs instead.
"""

from __future__ import annotations


class HarmonyError(ValueError):
    """A request or tokenizer harmony cannot work with; `param` names the offending field."""

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
