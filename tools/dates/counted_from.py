"""Which dated event a span is counted from, for `direction`, `slots` and `apart`: "8 weeks after
the application was validated on …", "100 days before opening night, which is …", "16 weeks before
race day" when the date's sentence tells of a race, "45 days after arrival" when it tells of
something reaching or delivered. `from_date(text, what, date, at)`. Pure string work."""

from __future__ import annotations

import re

from tools.dates.parts import SENTENCE

_EVENT_WORDS = 6  # words that may name the dated event between a span's direction and its date
_THAT = re.compile(
    r"\s*(?:that|it|then|this|that\s+date|that\s+day|this\s+date)\s*$", re.IGNORECASE
)
# The story's one dated event named by what it is to whoever has it: "10 weeks before the big
# day", or "16 weeks before race day" when the date's sentence tells of a race
_THE_DAY = re.compile(r"\s*(?:the\s+)?(?:big\s+day|day\s+itself|event)\s*", re.IGNORECASE)
_KIND_DAY = re.compile(r"\s*(?:the\s+)?(?P<kind>[a-z]+)\s+(?:day|night)\s*", re.IGNORECASE)
_DAY_OF = {
    "race": ("marathon", "race", "10k", "half", "triathlon", "ultra", "run"),
    "match": ("match", "game", "final", "fixture"),
    "game": ("match", "game", "final", "fixture"),
    "opening": ("open", "show", "play", "premiere", "musical", "production"),
    "show": ("show",),
    "launch": ("launch",),
    "moving": ("move", "moving", "completion"),
    "exam": ("exam",),
    "wedding": ("wedding", "marri"),
}
_WHICH_IS = re.compile(
    r",?\s+(?:which|that)\s+(?:is|was|will\s+be|falls)\s+(?:on\s+)?", re.IGNORECASE
)
# ... or a date's name said before it: "730 days from the purchase date, 19 March 2031" (not "10
# days after the wedding, on 15 June": whose day is that?)
_DATE_NAMED = re.compile(r"\b(?:date|day)\s*$", re.IGNORECASE)
# ... or the day something was done: "28 days after the day notice is given" of "gave notice on"
_THE_DAY_DONE = re.compile(
    r"\s*the\s+(?:day|date)\s+(?:(?:the|her|his|my|our|their|your)\s+)?(?P<name>[a-z]+)\s+"
    r"(?:is|was|gets|got)\s+(?:given|paid|made|signed|received|served|sent|placed|lodged)\s*$",
    re.IGNORECASE,
)
_NAMED_EVENT = re.compile(
    # ("after they start": the event told by its doer)
    r"\s*(?:the\s+|an?\s+|my\s+|our\s+|their\s+|his\s+|her\s+|(?:they|we|i|you|he|she)\s+"
    # ("after it was made", "after it opened", "after they're roasted")
    r"|it\s+(?:was\s+|is\s+)?|(?:they|we)(?:'re|\s+are|\s+were)\s+|it's\s+)?"  # ("after it was made": the thing made on the date)
    # ("after the bud appears": the thing the date's sentence tells of, showing)
    r"(?P<name>[a-z]+(?:-[a-z]+)*)(?:\s+(?P<edge>ends?|starts?|closes?|off|out|appears?|shows?|emerges?))?"  # ("the year end", "a trip ends")
    # ("from accepting the invitation": the doing and what it is done to)
    r"(?:(?<=ing)\s+(?:the|an?|her|his|their|its|my|our|your)\s+[a-z]+)?"
    r"(?:\s+(?:date|day))?"
    r"(?:\s+is\s+(?:paid|made|signed|received|agreed|approved|laid|sown|planted|poured|fitted"
    r"|posted|bottled))?\s*$",  # ("the deposit is paid", "after the egg is laid")
    re.IGNORECASE,
)


def from_date(text: str, what: str, date: re.Match[str], at: int) -> bool:
    """True when what follows a span's direction names the story's date: the date itself,
    nothing (the end of the clause), "that", or one word for the event the date's sentence
    tells ("the invoice date" after "An invoice is dated …", "booking-in" after "booked in on
    …"; not "the RSVP deadline" after "The wedding is on …")."""
    if not what.strip() or _THAT.fullmatch(what) or _THE_DAY.fullmatch(what):
        return True
    said = _WHICH_IS.match(text, at + len(what))
    if said and said.end() == date.start():
        return True  # "100 days before opening night, which is 3 March 2028"
    if _DATE_NAMED.search(what) and text.startswith(", ", at + len(what)):
        return at + len(what) + 2 == date.start()
    if (kind := _KIND_DAY.fullmatch(what)) and kind["kind"].lower() in _DAY_OF:
        rest = f"{text[:at]} {' ' * len(what)}{text[at + len(what) :]}"  # (without "race day")
        dated = " ".join(s for s in SENTENCE.split(rest) if date.group() in s).lower()
        words = re.findall(r"[a-z0-9]+", dated)
        return any(w.startswith(_DAY_OF[kind["kind"].lower()]) for w in words)
    between = text[at : date.start()].split() if at <= date.start() < at + len(what) else None
    if between is not None and len(between) <= _EVENT_WORDS:
        return True  # "8 weeks after the application was validated on 23 November 2027"
    named = _NAMED_EVENT.fullmatch(what) or _THE_DAY_DONE.fullmatch(what)
    name = named["name"].split("-")[0].lower() if named else ""
    stem = _stem(name) if len(_stem(name)) >= 3 else name  # ("the due date": "due")
    if (len(stem) < 3 and name != "op") or name in (
        "that",
        "this",
        "then",
        "it",
    ):  # ("the op": set 183)
        return False
    # (the span's own words taken out where they are said: "45 days before launch" leaves
    # "launches" in "The game launches on …")
    rest = f"{text[:at]} {' ' * len(what)}{text[at + len(what) :]}"
    told = [s for s in SENTENCE.split(rest) if date.group() in s]
    said = [w for s in told for w in re.findall(r"[a-z]+", s.lower())]
    words = {_stem(w) for w in said} | {w for w in said if len(_stem(w)) < 3}
    edge = (named.groupdict().get("edge") or "").lower().rstrip("s") if named else ""
    if edge in _EDGES and words.isdisjoint(_EDGES[edge]):
        return False  # "45 days after a trip ends" of "My trip started on …"
    return stem in words or not words.isdisjoint(_SAME_EVENT.get(stem, ()))


# The end or the start of an event named, said again in the date's sentence
_EDGES = {
    "end": {"end", "fini", "clos", "over", "retu", "back", "came", "got"},
    "close": {"clos", "shut", "end"},
    "start": {"star", "bega", "begi", "begu", "open", "left", "set", "depa"},
}


# An event named by another word than the one its sentence used ("90 days after purchase" of
# "bought on …", "after leaving" of "set sail on …"), as _stem gives them: each word of a group
# names the same event as the others.
_SAME_EVENTS = (
    ("purc", "boug", "buy"),
    ("sal", "sold", "sell"),
    ("star", "bega", "begi", "begu", "comm", "open"),
    ("inst", "fitt", "went", "put"),
    ("deli", "arri", "land", "reac", "rece"),  # ("reached the core on …", "45 days after arrival")
    ("depa", "left", "leav", "sail", "set", "sett"),
    ("regi", "join", "enro"),
    ("entr", "ente"),  # ("90 days after entry" of "entered bond on …")
    ("birt", "born"),
    ("flig", "fli", "flew", "fly"),  # ("10 days before the flight" of "flies on …")
    ("manu", "mad", "prod", "mak"),  # "made on …, expires 1,095 days after manufacture"
    ("laun", "liv"),  # ("goes live on …", "18 days before launch")
    ("expi", "run", "laps"),  # ("expires on …", "10 days before it runs out")
    ("lay", "laid"),  # ("Eggs laid on …", "28 days after laying")
)
_SAME_EVENT = {
    stem: tuple(other for other in group if other != stem)
    for group in _SAME_EVENTS
    for stem in group
}


def _stem(word: str) -> str:
    """The first letters of a word without its ending: "baking" and "baked" -> "bak"."""
    return re.sub(r"(?:ing|ed|es|s|e)$", "", word.lower())[:4]
