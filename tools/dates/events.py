"""Story sentences that fix today through an event: a birthday, or a rescheduled appointment.

"Tom was born on the last day of February in 1996." + "Today is his 20th birthday." (either
order) pins today at the birth date plus 20 years; "The meeting set for 04/02/1977 was moved
one day later, to today." pins it one day after the planned date. Each function returns the
date and the steps from it to today, None when the sentences are something else, or ABSTAIN
when they are such a story but have no single answer (a February 29 birthday in a common year,
"moved forward" which some read as earlier and some as later). Pure regex and date work.
"""

from __future__ import annotations

import calendar
import re

from tools.dates.phrases import DURATION_RE, parse_date, parse_duration, part_day

ABSTAIN = "abstain"
_WHO = r"(?-i:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}|I)"
_BORN = re.compile(rf"^(?P<who>{_WHO})\s+was\s+born\s+on\s+(?P<date>.+)$", re.IGNORECASE)
_NTH = r"(?P<n>\d{1,3})(?:st|nd|rd|th|[- ]year[- ]old)"
_BIRTHDAY = [
    re.compile(
        rf"^today\s+is\s+(?:(?P<pron>his|her|their|my)|(?P<who>{_WHO})'s)\s+{_NTH}\s+birthday$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^it\s+is\s+(?:(?P<pron>his|her|their|my)|(?P<who>{_WHO})'s)\s+{_NTH}\s+birthday\s+"
        r"today$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:today\s+)?(?P<who>{_WHO})\s+turns?\s+(?P<n>\d{{1,3}})\s+today$", re.IGNORECASE
    ),
]
_PRONOUNS = {"I": {"my"}}
_LATER = {"postponed", "delayed", "pushed back", "put off"}
_EARLIER = {"brought forward", "moved up"}
_RESCHEDULED = re.compile(
    r"^(?P<subj>[^\d,]{1,60}?)\s+(?:that\s+)?(?:was\s+)?(?:originally\s+)?"
    r"(?:set|scheduled|planned|booked|slated|due)\s+(?:to\s+(?:be|happen|take\s+place)\s+)?"
    r"(?:for|on)\s+(?P<date>.+?),?\s+(?:but\s+)?(?:it\s+)?(?:was|has\s+been|got|is)\s+"
    r"(?P<verb>moved|postponed|delayed|pushed\s+back|pushed|rescheduled|brought\s+forward"
    r"|moved\s+up|put\s+off)\s+(?:by\s+)?"
    rf"(?P<dur>{DURATION_RE})(?:\s+(?P<dir>later|earlier|forward|back|ahead|sooner))?,?\s+"
    r"(?:to|until|till)\s+today$",
    re.IGNORECASE,
)


def _birthday_of(sentence: str) -> tuple[str | None, str | None, int] | None:
    for pattern in _BIRTHDAY:
        m = pattern.match(sentence)
        if m:
            gd = m.groupdict()
            return gd.get("who"), gd.get("pron"), int(gd["n"])
    return None


def birthday(first: str, second: str, cue: str | None):
    """(birth date, steps to today) from a birth sentence and a birthday sentence."""
    for born_text, day_text in ((first, second), (second, first)):
        born, day = _BORN.match(born_text), _birthday_of(day_text)
        if not (born and day):
            continue
        who, pronoun, n = day
        if who is not None and who != born["who"]:
            return ABSTAIN  # somebody else's birthday
        if pronoun is not None and pronoun.lower() in ("my",) and born["who"] != "I":
            return ABSTAIN
        d = parse_date(born["date"], cue)
        if d is None or n < 1:
            return ABSTAIN
        year = d.value.year + n
        if (d.value.month, d.value.day) == (2, 29) and not calendar.isleap(year):
            return ABSTAIN  # February 28 or March 1? People and laws differ.
        return d, [(1, {"years": n})]
    return None


def rescheduled(sentence: str, cue: str | None):
    """(planned date, steps to today, subject) for "The X set for DATE was moved N days
    later, to today"; None or ABSTAIN."""
    m = _RESCHEDULED.match(sentence)
    if not m:
        return None
    verb = re.sub(r"\s+", " ", m["verb"].lower())
    direction = (m["dir"] or "").lower()
    if verb in _LATER or (
        verb in ("moved", "rescheduled", "pushed") and direction in ("later", "back")
    ):
        sign = 1
    elif verb in _EARLIER or direction in ("earlier", "sooner"):
        sign = -1
    else:
        return ABSTAIN  # "moved forward", "moved ahead", or no direction at all
    if (verb in _LATER and direction in ("earlier", "sooner")) or (
        verb in _EARLIER and direction in ("later", "back")
    ):
        return ABSTAIN
    d, dur = parse_date(m["date"], cue), parse_duration(m["dur"])
    if d is None or not dur or part_day(dur):
        return ABSTAIN
    return d, [(sign, dur)], m["subj"]


# A date moved by a span, and the new date asked: "launch was set for 28 February 2031 and it's
# slipped by 45 days. new launch date?", "the meeting on 4 May 2031 was postponed by 3 days. what
# is the new date?" (set 173; "to today" is `rescheduled`'s)
_MOVED = re.compile(
    r"^(?P<subj>[^\d,.?!]{1,60}?)\s+(?:(?:that\s+)?(?:was|is)\s+)?(?:originally\s+)?"
    r"(?:(?:set|scheduled|planned|booked|slated|due)\s+(?:to\s+(?:be|happen|take\s+place)\s+)?)?"
    r"(?:for|on)\s+(?P<date>[^.?!]+?),?\s+(?:(?:and|but)\s+)?"
    r"(?:it(?:'s|\s+has|\s+was|\s+is|\s+got)?\s+|(?:has|have)\s+)?(?:been\s+|was\s+|got\s+|is\s+)?"
    r"(?P<verb>moved|postponed|delayed|pushed\s+back|pushed|rescheduled|brought\s+forward|moved\s+up"
    r"|put\s+off|slipped)\s+(?:by\s+)?"
    rf"(?P<dur>{DURATION_RE})(?:\s+(?P<dir>later|earlier|forward|back|ahead|sooner))?\s*[.;]\s+"
    r"(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+new\s+(?:[a-z]+\s+)?date|new\s+(?:[a-z]+\s+)?date"
    r"|when\s+is\s+(?:it|the\s+[a-z]+)\s+now|what\s+(?:date|day)\s+is\s+(?:it|that)(?:\s+now)?"
    r"|(?:on\s+)?what\s+date\s+(?:is|will)\s+(?:it|the\s+[a-z]+)(?:\s+be)?(?:\s+now)?)\s*\??$",
    re.IGNORECASE,
)


def moved_to(text: str) -> str | None:
    """ "What date is 45 days after 28 February 2031?" for a date moved by a span in a said
    direction and the new date asked; None otherwise ("moved forward" has no one direction)."""
    m = _MOVED.match(text.strip())
    if m is None or parse_date(m["date"], None) is None:
        return None
    verb, direction = " ".join(m["verb"].lower().split()), (m["dir"] or "").lower()
    later = verb in _LATER or verb == "slipped" or direction in ("later", "back")
    earlier = verb in _EARLIER or direction in ("earlier", "sooner")
    if later == earlier or part_day(parse_duration(m["dur"]) or {"hours": 1}):
        return None  # ("moved 3 days", "moved forward": which way?; hours move a time)
    return f"What date is {m['dur']} {'after' if later else 'before'} {m['date']}?"
