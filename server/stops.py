"""Stop strings matched on decoded text, across token boundaries, without leaking a match.

A stop string can span several tokens, so text that might be the start of one is held back
until it is either completed (cut there, generation stops) or ruled out (released).
"""

from __future__ import annotations


class StopMatcher:
    """Feed decoded text pieces; get back what is safe to emit and whether a stop matched."""

    def __init__(self, stops: list[str]) -> None:
        self.stops = [s for s in stops if s]
        self._held = ""
        self.hit: str | None = None

    def feed(self, text: str) -> str:
        """Return the text safe to emit now; after a hit, everything from the stop on is dropped."""
        if not self.stops:
            return text
        if self.hit is not None:
            return ""
        buf = self._held + text
        first: tuple[int, str] | None = None
        for s in self.stops:
            i = buf.find(s)
            if i >= 0 and (first is None or i < first[0]):
                first = (i, s)
        if first is not None:
            self.hit = first[1]
            self._held = ""
            return buf[: first[0]]
        keep = self._partial_suffix(buf)
        self._held = buf[len(buf) - keep :] if keep else ""
        return buf[: len(buf) - keep]

    def flush(self) -> str:
        """At the end of generation, release held text that never completed a stop."""
        out, self._held = self._held, ""
        return out if self.hit is None else ""

    def _partial_suffix(self, buf: str) -> int:
        # Longest suffix of buf that is a proper prefix of some stop string.
        best = 0
        for s in self.stops:
            for n in range(min(len(s) - 1, len(buf)), best, -1):
                if buf.endswith(s[:n]):
                    best = n
                    break
        return best
