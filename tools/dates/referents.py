"""Which event of a dated story a question asks about, for `slots`: the dated one itself ("The
party is on 18 September 2027 and the clean-up 2 days after. What date is the party?") or a
thing the story never mentioned ("What date is the wedding?" after a party), and whether "first"
or "last" in a question picks a thing the story tells of (`first_thing`). Pure regex and set
work."""

from __future__ import annotations

import re

_THE_THING = re.compile(
    r"\bthe\s+(?:(?:first|last|final|next|earliest|latest)\s+)?([a-z]{3,})", re.IGNORECASE
)
# (what is due is a deadline too: "the score is due 100 days after that")
_DEADLINE_SAID = re.compile(
    r"\b(?:wants?|needs?|must|due|has\s+to|have\s+to)\b.*\bbefore\b|\bdue\s+(?:\d|(?:in|on|by|within)\b)"
    # "the supplier wants our order 18 days after that"
    r"|\b(?:wants?|needs?)\s+(?:our|my|the|their|your)\s+[a-z]+\s+\d{1,3}\s+(?:days|weeks)\s+after\b"
)

# Clauses of a story, and the words of a question that say which of its events it asks about.
_CLAUSE = re.compile(r"[,;:.!?]\s+|\s+(?:and|but|then|so)\s+|\s+[—–-]\s+", re.IGNORECASE)
_PLAIN_WORDS = frozenset(
    (
        *("what", "which", "when", "date", "dates", "days", "week", "weeks", "weekday"),
        *("does", "will", "would", "should", "could", "that", "this", "them", "they", "their"),
        *("there", "then", "with", "from", "have", "been", "were", "into", "onto", "your"),
    )
)


def asks_about_the_date(text: str, question: str, span: re.Match[str], date: re.Match[str]):
    """True when the question names the dated event rather than the one the span leads to
    ("The party is on 18 September 2027 and the clean-up 2 days after. What date is the
    party?"): one of its words is in the date's clause and not in the span's."""
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    bounds = [0, *(e for _, e in clauses), len(text)]

    def clause_of(at: int) -> set[str]:
        start = max(b for b in bounds if b <= at)
        end = min((s for s, _ in clauses if s >= at), default=len(text))
        return set(re.findall(r"[a-z']{4,}", text[start:end].lower()))

    dated, spanned = clause_of(date.start()), clause_of(span.start())
    asked = set(re.findall(r"[a-z']{4,}", question.lower())) - _PLAIN_WORDS
    # (a word of the span's own clause asked names its event: "… and my first block release at
    # college begins 6 weeks later. What date does college start?")
    named_span = date.end() <= len(text) - len(question) and asked & (spanned - dated)
    return bool(asked & (dated - spanned)) and not named_span


_WRITTEN_ON = re.compile(
    r"\b(?:goes|go|put|write|print|stamp|enter|fill\s+in)\s+(?:[a-z]+\s+)?(?:on|in|into)\s+$",
    re.IGNORECASE,
)


# People a date is given to, not events: "What date do I promise the customer?"
_PEOPLE = frozenset(
    [
        "customer",
        "customers",
        "client",
        "clients",
        "couple",
        "buyer",
        "buyers",
        "tenant",
        "tenants",
        "landlord",
        "guests",
        "patient",
        "patients",
        "family",
        "boss",
        "staff",
    ]
)


def unknown_thing(question: str, story: str) -> bool:
    """True when the question asks about "the <thing>" the story never mentioned; the thing a
    date is written on is none ("What date goes on the label?", "… do I put on the form?"), nor
    a person it is given to ("What date must the couple get them to us by?")."""
    low = story.lower()
    if _DEADLINE_SAID.search(low):
        low += " deadline"  # ("wants the deposit 45 days before the event": by when, a deadline)
    return any(
        # (a word of the story's that starts the same, not after a hyphen: "the finals" are not
        # "the semi-finals")
        m[1].lower() not in _PEOPLE
        and not re.search(rf"(?<![\w-]){re.escape(_root(m[1]))}", low)
        # ("the retest" of a thing "tested … and due again")
        and not (
            m[1].lower().startswith("re")
            and _AGAIN.search(low)
            and re.search(rf"(?<![\w-]){re.escape(_root(m[1][2:]))}", low)
        )
        and not _WRITTEN_ON.search(question, 0, m.start())
        for m in _THE_THING.finditer(question)
    )


_AGAIN = re.compile(r"\bagain\b")


def _root(word: str) -> str:
    """The first letters a word shares with its other forms: "booking" and "booked" -> "book"."""
    word = word.lower()
    if (done := re.sub(r"ments?$", "", word)) != word and len(done) >= 3:
        return done[:5]  # "the payment" of "pays", "the settlement" of "settled"
    bare = re.sub(r"(?:ing|ed|es|s)$", "", word)
    return bare[:5] if len(bare) >= 4 else word[:5]


_TIME_WORDS = frozenset(("day", "week", "weekend", "month", "year", "time", "date", "one", "of"))


_FIRST_DONE = re.compile(
    r"\b(?:can|could|may|will)\s+(?:i|we|you|they|he|she|it|the\s+[a-z]+)\s+$", re.IGNORECASE
)


def first_thing(m: re.Match[str], asked: str, story: str) -> bool:
    """True when "first" or "last" in the question picks a thing the story tells of, not another
    day ("What date can I open the first bottle?" after "I bottled my stout …"); "next" only as
    the story says it ("… and the next one starts 52 weeks later. What date does the next one
    start?")."""
    word = m.group().lower()
    if word not in ("first", "last", "final", "next"):
        return False
    if word == "first" and _FIRST_DONE.search(asked, 0, m.start()):
        return True  # "What date can they first go out?": the earliest day, no other thing
    noun = re.match(r"\s+([a-z]+)", asked[m.end() :], re.IGNORECASE)
    if noun is not None and word == "next":
        return f"next {noun[1].lower()} " in story.lower()
    if noun is None:  # "What date is the final?" after "… and the final is 9 weeks later"
        return word == "final" and "the final " in story.lower()
    if noun[1].lower().rstrip("s") in _TIME_WORDS:
        return False
    return noun[1].lower()[:4] in story.lower()
