"""The checkpoint tokenizer, seen through harmony: special-token ids by name, prompt encoding and
the exact bytes of each token for incremental detokenization.

Special ids are looked up in the tokenizer's vocabulary by their text, never hard-coded, so the
real o200k ids and a test tokenizer's small ids both work. Build one `HarmonyVocab` per tokenizer
(at server start) and share it; it is read-only after construction apart from a byte cache.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from harmony.errors import HarmonyError
from harmony.messages import Part, Special

log = logging.getLogger(__name__)

_SPECIAL_LIKE = re.compile(r"<\|[^<>|\s]{1,80}\|>")


@lru_cache(maxsize=1)
def _byte_decoder() -> dict[str, int]:
    # GPT-2 byte-level BPE: printable bytes stand for themselves, the rest shift to U+0100 upward
    printable = [
        *range(ord("!"), ord("~") + 1),
        *range(ord("¡"), ord("¬") + 1),
        *range(ord("®"), ord("ÿ") + 1),
    ]
    table = {chr(b): b for b in printable}
    shift = 0
    for b in range(256):
        if b not in printable:
            table[chr(256 + shift)] = b
            shift += 1
    return table


class HarmonyVocab:
    """Harmony's view of a tokenizer (mlx-lm TokenizerWrapper or a Hugging Face tokenizer)."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        vocab = tokenizer.get_vocab()
        missing = [s.value for s in Special if s.value not in vocab]
        if missing:
            raise HarmonyError(
                f"the tokenizer has no harmony special token(s) {', '.join(missing)}; load a "
                f"GPT-OSS checkpoint whose tokenizer.json defines the o200k_harmony specials"
            )
        self.ids: dict[Special, int] = {s: int(vocab[s.value]) for s in Special}
        self.by_id: dict[int, Special] = {i: s for s, i in self.ids.items()}
        added = self._added_tokens(tokenizer)
        added.update({s.value: i for s, i in self.ids.items()})
        self._added_ids = set(added.values())
        self._added_text = {i: t for t, i in added.items()}
        # any added token written inside user text must not become that token
        # (one generic pattern for the <|...|> family keeps the regex small with ~1k reserved ids)
        odd = sorted((t for t in added if not _SPECIAL_LIKE.fullmatch(t)), key=len, reverse=True)
        self._added_strings = set(added)
        self._special_re = re.compile("|".join([_SPECIAL_LIKE.pattern, *map(re.escape, odd)]))
        backend = getattr(tokenizer, "backend_tokenizer", None)
        decoder = getattr(backend, "decoder", None)
        self.byte_level = type(decoder).__name__ == "ByteLevel"
        if not self.byte_level:
            log.warning(
                "tokenizer decoder is %s, not byte-level BPE: streaming text falls back "
                "to per-token decode",
                type(decoder).__name__,
            )
        self._bytes: dict[int, bytes] = {}

    @staticmethod
    def _added_tokens(tokenizer: Any) -> dict[str, int]:
        decoder = getattr(tokenizer, "added_tokens_decoder", None)
        if isinstance(decoder, dict):
            return {str(getattr(tok, "content", tok)): int(i) for i, tok in decoder.items()}
        return {}

    @property
    def stop_ids(self) -> list[int]:
        """Tokens that end generation: `<|return|>` and `<|call|>`."""
        return [self.ids[Special.RETURN], self.ids[Special.CALL]]

    def is_added(self, token: int) -> bool:
        """True for added/special tokens (they carry structure, never text)."""
        return token in self._added_ids

    def encode_text(self, text: str) -> list[int]:
        """Encode plain text; special-token strings inside it stay ordinary text."""
        if not text:
            return []
        hits = [m for m in self._special_re.finditer(text) if m.group() in self._added_strings]
        if not hits:
            return self._plain(text)
        ids: list[int] = []
        pos = 0
        for m in hits:
            ids += self._plain(text[pos : m.start()])
            # split the look-alike so no piece matches an added token
            ids += self._plain(m.group()[:2]) + self._plain(m.group()[2:])
            pos = m.end()
        return ids + self._plain(text[pos:])

    def _plain(self, text: str) -> list[int]:
        return (
            list(self.tokenizer.encode(_utf8_safe(text), add_special_tokens=False)) if text else []
        )

    def encode_parts(self, parts: Iterable[Part]) -> list[int]:
        """Encode rendered parts: specials by id, each run of text as one piece of plain text."""
        ids: list[int] = []
        run: list[str] = []
        for p in parts:
            if isinstance(p, Special):
                ids += self.encode_text("".join(run))
                run = []
                ids.append(self.ids[p])
            else:
                run.append(p)
        return ids + self.encode_text("".join(run))

    def encode(self, text: str) -> list[int]:
        """Encode harmony text in which special-token strings ARE special (trusted text only)."""
        return list(self.tokenizer.encode(text, add_special_tokens=False))

    def token_bytes(self, token: int) -> bytes:
        """The exact bytes a token stands for (added tokens: their text)."""
        cached = self._bytes.get(token)
        if cached is not None:
            return cached
        if token in self._added_text:
            out = self._added_text[token].encode()
        elif self.byte_level:
            piece = self.tokenizer.convert_ids_to_tokens(token)
            table = _byte_decoder()
            if piece is None:
                out = b""
            elif all(c in table for c in piece):
                out = bytes(table[c] for c in piece)
            else:
                out = piece.encode()
        else:
            out = self.tokenizer.decode([token]).encode()
        self._bytes[token] = out
        return out

    def decode(self, ids: Iterable[int]) -> str:
        """Decode token ids to text (added tokens as their text), invalid UTF-8 replaced."""
        return b"".join(self.token_bytes(t) for t in ids).decode("utf-8", "replace")


def _utf8_safe(text: str) -> str:
    # JSON can carry lone surrogates ("\ud800"); the tokenizer only takes valid Unicode
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text
