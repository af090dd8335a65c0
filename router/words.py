"""Words of a turn for the router's checks: `read_words(text)` gives the lower-case text and the
set of its words, split at whitespace and the separators below, so that a check is a set lookup
instead of a scan of a long text. Pure string work."""

from __future__ import annotations

# Characters that separate words here; "'", "#" and "+" stay inside ("i'm", "c#", "c++").
SEPARATOR_CHARS = '\t\n\r.,;:!?()[]{}"`<>/\\|=*^%~@$&_-'
_SEPARATORS = str.maketrans({c: " " for c in SEPARATOR_CHARS})
_SEPARATOR_BYTES = bytes.maketrans(SEPARATOR_CHARS.encode(), b" " * len(SEPARATOR_CHARS))


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def split_words(text: str) -> list[str]:
    """The words of `text`, split at whitespace and SEPARATOR_CHARS. str.translate is fast
    only on ASCII text (a 5 KB turn with one curly quote took 0.27 ms); the separators are
    ASCII, which UTF-8 never uses inside another character, so bytes.translate does it."""
    if text.isascii():
        return text.translate(_SEPARATORS).split()
    raw = text.encode("utf-8", "surrogatepass").translate(_SEPARATOR_BYTES)
    return raw.decode("utf-8", "surrogatepass").split()


def read_words(text: str) -> tuple[str, frozenset[str]]:
    """(lower-case text, its words)."""
    low = text.lower()
    return low, frozenset(split_words(low))
