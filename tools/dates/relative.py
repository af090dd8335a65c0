"""Stories that fix "today" and ask for a relative date (BIG-bench date_understanding style).

"Yesterday was April 30, 2021. What is the date today in MM/DD/YYYY?" -> base April 30, 2021,
steps +1 day. Exactly one anchor sentence may fix today; every other sentence must be neutral
(no dates, times, years or time words), otherwise the story needs reasoning and we abstain.
A multiple-choice "Options:" block is kept so `run` can check the answer is one of them.
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType

from tools.dates.events import ABSTAIN, birthday, rescheduled
from tools.dates.formats import split_format
from tools.dates.phrases import (
    DURATION_RE,
    MONTH_NAMES_RE,
    ParsedDate,
    parse_date,
    parse_duration,
    part_day,
)
from tools.words import initials

_DUR = rf"(?P<dur>{DURATION_RE})"
# Words that move or pin a date: a sentence holding one is never ignored.
_TEMPORAL_WORDS = (
    rf"{MONTH_NAMES_RE}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight"
    r"|yesterday|tomorrow|now|ago|later|earlier|before|after|since|until|till|passed|past"
    r"|delay\w*|postpon\w*|reschedul\w*|birthday|anniversary|born|next|last|previous|following"
    r"|away|days|weeks?|months?|years?|hours?|minutes?|decades?|century|christmas|eve|holiday"
    r"|weekend|date|dates|calendar|noon|midnight|o'clock|am|pm|time|times|old|age|aged"
)
_TEMPORAL = re.compile(
    rf"\d\s*(?:[/:.-]\s*\d|st\b|nd\b|rd\b|th\b|s\b|am\b|pm\b|a\.m|p\.m)|\d{{3,}}"
    rf"|\b{initials(_TEMPORAL_WORDS)}(?:{_TEMPORAL_WORDS})\b",
    re.IGNORECASE,
)
_ABBREVIATED = f"{MONTH_NAMES_RE}|st|mr|mrs|ms|dr|jr|sr"
_ABBREVIATION = re.compile(rf"\b{initials(_ABBREVIATED)}({_ABBREVIATED})\.", re.IGNORECASE)
_ANCHOR_LEAD = [  # (pattern with a "rest" group starting with the date, days from date to today)
    (r"(?:today|today's\s+date|the\s+current\s+date|the\s+date\s+today|this)\s+is\s+", 0),
    (r"today's\s+date\s*:\s*", 0),
    (r"it\s+is\s+(?:now\s+)?", 0),
    (r"today,\s+", 0),
    (r"yesterday\s+was\s+", 1),
    (r"yesterday,\s+", 1),
    (r"tomorrow\s+(?:is|will\s+be)\s+", -1),
    (r"tomorrow,\s+", -1),
    (r"the\s+day\s+before\s+yesterday\s+was\s+", 2),
    (r"the\s+day\s+after\s+tomorrow\s+(?:is|will\s+be)\s+", -2),
]
_ANCHOR_LEAD = [(re.compile("^" + p + r"(?P<rest>.+)$", re.IGNORECASE), d) for p, d in _ANCHOR_LEAD]
_ANCHOR_DUR = [  # (pattern with date and dur groups, sign of dur from date to today)
    (r"^it(?:\s+is|'s)\s+(?P<date>.+?)\s+today$", 0),
    (rf"^it\s+was\s+(?P<date>.+?)\s+{_DUR}\s+ago$", 1),
    (rf"^(?P<date>.+?)\s+was\s+{_DUR}\s+ago$", 1),
    (rf"^{_DUR}\s+ago,?\s+(?:it\s+)?was\s+(?P<date>.+)$", 1),
    (
        (
            rf"^(?:(?P<subj>[^\d,]{{1,60}}?)\s+)?(?:is|was|will\s+be|falls\s+on)\s+(?:on\s+)?"
            rf"(?P<date>.+?),?"
            rf"\s+which\s+is\s+{_DUR}\s+away(?:\s+from\s+(?:now|today))?$"
        ),
        -1,
    ),
    (rf"^(?P<date>.+?)\s+is\s+{_DUR}\s+away(?:\s+from\s+(?:now|today))?$", -1),
    (rf"^(?P<year>\d{{4}})\s+is\s+(?:coming|arriving|starting)?\s*in\s+{_DUR}$", -1),
    (rf"^{_DUR}\s+from\s+(?:now|today)\s+(?:is|will\s+be)\s+(?P<date>.+)$", -1),
    (
        (
            r"^the\s+current\s+(?:local\s+)?time\s+is\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
            r"\s+(?:of|on)\s+(?P<date>.+)$"
        ),
        0,
    ),
    (
        (
            rf"^(?P<subj>[^\d,]{{1,60}}?)\s+was\s+(?:scheduled|planned|supposed)\s+(?:to\s+be\s+)?"
            rf"(?:on|for)\s+(?P<date>.+?),?\s+but\s+was\s+(?:delayed|postponed|pushed\s+back)\s+by\s+"
            rf"{_DUR}\s+to\s+today$"
        ),
        1,
    ),
]
_ANCHOR_DUR = [(re.compile(p, re.IGNORECASE), s) for p, s in _ANCHOR_DUR]
# "Jane booked a flight for tomorrow, Jul 29, 2002." / "... for tomorrow (Tue, 7/9/1972)."
_APPOSITIVE = re.compile(
    r"^(?P<prefix>.*?)\b(?P<rel>today|tomorrow|yesterday)\s*(?:,\s*|\(\s*)"
    r"(?P<date>[^()]+?)\s*\)?$",
    re.IGNORECASE,
)
_APPOSITIVE_DAYS = {"today": 0, "tomorrow": -1, "yesterday": 1}
# Words that make a statement about a date a belief, a hypothesis or a correction.
_DOUBT = re.compile(
    r"\b(?:think\w*|thought|believ\w*|said|says|say|claim\w*|wrong|mistak\w*|not"
    r"|\w+n't|but|if|suppos\w*|pretend\w*|imagin\w*|would|could|should|might"
    r"|maybe|perhaps|originally|instead|actually|expect\w*|hope\w*)\b",
    re.IGNORECASE,
)
_BOOKING = re.compile(
    r"\btoday's\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"|\b(?:re)?schedul\w*|\bbooked\b|\bplanned\b",
    re.IGNORECASE,
)
_CELEBRATING = re.compile(
    r"^(?P<subj>[^\d,]{1,60}?)\s+(?:is|are)\s+celebrating\s+(?P<date>.+)$", re.IGNORECASE
)
_EVENT = re.compile(r"^(?P<subj>[^\d,]{1,80}?)\s+on\s+(?P<date>.+)$", re.IGNORECASE)
_SINCE_THEN = re.compile(
    rf"^{_DUR}\s+(?:have|has)\s+(?:passed|gone\s+by|elapsed)\s+since\s+then$", re.IGNORECASE
)
_QUESTION = re.compile(
    r"^(?:(?:what|which)\s+(?:is|was|will\s+be|would\s+be)|what's)\s+the\s+date\s*(?P<q>.*)$"
    r"|^(?:what|which)\s+(?:date|day)\s+(?:is|was|will|would)\s+it(?:\s+be)?\s*(?P<q2>.*)$"
    r"|^(?:what\s+(?:is|was|will\s+be)|what's)\s+(?P<q3>today|tomorrow|yesterday)'s\s+date$"
    r"|^what\s+(?:will|would)\s+the\s+date\s+be\s*(?P<q4>.*)$",
    re.IGNORECASE,
)
_OPTION = re.compile(r"^\(?([A-Fa-f])[).:]\s*(.+?)\s*$")


def _neutral(text: str) -> bool:
    return not _TEMPORAL.search(text)


def _offset(q: str) -> list | None:
    """The question's offset from today as steps [(sign, duration), ...]."""
    q = q.strip().lower()
    fixed = {
        "": [],
        "today": [],
        "now": [],
        "yesterday": [(-1, {"days": 1})],
        "tomorrow": [(1, {"days": 1})],
        "the day before yesterday": [(-1, {"days": 2})],
        "the day after tomorrow": [(1, {"days": 2})],
    }
    if q in fixed:
        return fixed[q]
    m = re.fullmatch(
        rf"(?:in\s+|after\s+)?{_DUR}\s*(?P<rel>ago(?:\s+from\s+today)?|before\s+today|earlier"
        r"|later|from\s+(?:today|now)|after\s+today|hence|from\s+now\s+on)?",
        q,
    )
    # "in 3 weeks", "after 3 weeks" (learners' English for the same): from today
    if not m or (m["rel"] is None and not q.startswith(("in ", "after "))):
        return None
    dur = parse_duration(m["dur"])
    if dur is None or part_day(dur):
        return None  # "36 hours later" from a date without a time of day: ambiguous
    sign = -1 if (m["rel"] or "").split(" ")[0] in ("ago", "before", "earlier") else 1
    return [(sign, dur)]


def _lead_date(rest: str, cue: str | None) -> ParsedDate | None:
    """A date at the start of `rest`, followed by nothing or by a neutral clause."""
    whole = parse_date(rest, cue)
    if whole:
        return whole
    for m in re.finditer(r",\s*|\s+(?=(?:and|but|so|which|when|because)\b)", rest):
        head, tail = rest[: m.start()], rest[m.end() :]
        d = parse_date(head, cue)
        if d and _neutral(tail):
            return d
    return None


def _anchor(sentence: str, cue: str | None) -> tuple[ParsedDate, list] | None:
    """(date, steps from that date to today) when the sentence pins today."""
    for pattern, sign in _ANCHOR_DUR:
        m = pattern.match(sentence)
        if not m:
            continue
        gd = m.groupdict()
        if gd.get("subj") and (not _neutral(gd["subj"]) or _DOUBT.search(gd["subj"])):
            continue
        d = (
            parse_date(f"{gd['year']}-01-01", None)
            if gd.get("year")
            else parse_date(gd["date"], cue)
        )
        dur = parse_duration(gd["dur"]) if gd.get("dur") else {}
        if dur and part_day(dur):
            # "2015 is coming in 36 hours": today's date depends on the unstated time of day
            # (and published answer keys disagree about it), so abstain.
            return None
        if d and dur is not None:
            return d, ([(sign, dur)] if dur else [])
    for pattern, days in _ANCHOR_LEAD:
        m = pattern.match(sentence)
        if m and (d := _lead_date(m["rest"], cue)):
            return d, _days(days)
    m = _APPOSITIVE.match(sentence)
    if m and not _DOUBT.search(m["prefix"]) and _neutral(_BOOKING.sub(" ", m["prefix"])):
        d = parse_date(m["date"], cue)
        if d:
            return d, _days(_APPOSITIVE_DAYS[m["rel"].lower()])
    m = _CELEBRATING.match(sentence)
    if m and _neutral(m["subj"]) and not _DOUBT.search(m["subj"]):
        d = parse_date(m["date"], cue)
        if d:
            return d, []
    return None


def _days(n: int) -> list:
    return [(1 if n > 0 else -1, {"days": abs(n)})] if n else []


def _event_then(first: str, second: str, cue: str | None) -> tuple[ParsedDate, list] | None:
    """ "Jane quit her job on Mar 20, 2020." + "176 days have passed since then." -> today."""
    m, n = _EVENT.match(first), _SINCE_THEN.match(second)
    if not (m and n) or _DOUBT.search(m["subj"]) or not _neutral(m["subj"]):
        return None
    d, dur = parse_date(m["date"], cue), parse_duration(n["dur"])
    if not d or not dur or part_day(dur):
        return None
    return d, [(1, dur)]


def _moved(sentence: str, cue: str | None):
    """ "The meeting set for 04/02/1977 was moved one day later, to today." (a plain subject)"""
    found = rescheduled(sentence, cue)
    if found is None or found == ABSTAIN:
        return found
    d, steps, subject = found
    if _DOUBT.search(subject) or not _neutral(subject):
        return ABSTAIN
    return d, steps


_ANSWER_IN = re.compile(
    r"^(?:please\s+)?(?:answer|give\s+(?:the|your)\s+answer|respond|reply|write\s+it)\s+"
    r"(?:in|using|as)\s+(?:the\s+)?(?:format\s+)?([MDY/.-]{8,10})(?:\s+format)?[.!]?$",
    re.IGNORECASE,
)


_APOSTROPHE = re.compile(r"\b(today|what)s\b", re.IGNORECASE)
_WERE = re.compile(r"\btoday were\b", re.IGNORECASE)


# parse_story and stated_today both read a story that is not one of ours: it is split once.
@functools.lru_cache(maxsize=8)
def _split(text: str) -> tuple[tuple[str, ...], MappingProxyType | None]:
    options = None
    m = re.search(r"\boptions\s*:", text, re.IGNORECASE)
    if m:
        options = {}
        for line in text[m.end() :].splitlines():
            if not line.strip():
                continue
            om = _OPTION.match(line.strip())
            if not om:
                return (), None
            options[om[1].upper()] = om[2]
        text = text[: m.start()]
        if not options:
            return (), None
    # "Jan. 5", "St. Patrick's Day": abbreviations, not sentence ends.
    text = _ABBREVIATION.sub(r"\1", text)
    text = " ".join(text.replace("\u2019", "'").split())
    # "todays date is …, whats the date …", "If today were …, what would the date be …"
    text = _APOSTROPHE.sub(r"\1's", text)
    text = _WERE.sub("today is", text)
    parts = [p.strip() for p in re.split(r"(?<=[.?!;])\s+", text) if p.strip()]
    answer_in = _ANSWER_IN.match(parts[-1]) if len(parts) > 1 else None
    if answer_in:  # "… two weeks from now? Answer in MM/DD/YYYY." -> "… from now in MM/DD/YYYY?"
        parts = [*parts[:-2], f"{parts[-2].rstrip('?.! ')} in {answer_in[1]}?"]
    if len(parts) == 1:  # "If today is March 3, 2024, what is the date tomorrow?"
        m = re.match(
            r"^(?:(?:if|suppose|assuming|given\s+that)\s+)?(.+),\s+((?:what|what's|which|how)\s.+)$",
            parts[0],
            re.IGNORECASE,
        )
        if m:
            parts = [m[1], m[2][0].upper() + m[2][1:]]
    return tuple(parts), (None if options is None else MappingProxyType(options))


def parse_story(text: str, cue: str | None) -> dict | None:
    """A shift request, {} to abstain (a story we cannot follow), or None (not a story)."""
    sentences, options = _split(text)
    if not sentences:
        return {} if options is not None else None
    question = sentences[-1]
    body, fmt = split_format(re.sub(r"[?.!]+$", "", question).strip())
    qm = _QUESTION.match(body)
    if len(sentences) == 1 and options is None:
        if not qm:
            return None
        steps = _offset(
            qm["q"] if qm["q"] is not None else (qm["q2"] or qm["q3"] or qm["q4"] or "")
        )
        # "What is the date today in MM/DD/YYYY?" alone: today comes from the clock.
        return (
            {"kind": "shift", "base": None, "steps": steps, "fmt": fmt}
            if steps is not None
            else None
        )
    if not qm:  # every question form starts with "what"/"which": a "?" is not needed
        return {}
    steps = _offset(qm["q"] if qm["q"] is not None else (qm["q2"] or qm["q3"] or qm["q4"] or ""))
    if steps is None:
        return {}
    found = _today_from(sentences[:-1], cue)
    if not found:
        return {}
    d, to_today = found
    base = {"iso": d.value.isoformat(), "has_time": d.has_time, "iso_text": d.iso_text}
    out = {"kind": "shift", "base": base, "steps": to_today + steps, "fmt": fmt, "story": True}
    if options is not None:
        out["options"] = dict(options)
    return out


def stated_today(text: str, cue: str | None) -> tuple[dict, str] | None:
    """({"base", "steps"} giving today, the question) when the sentences before the last fix
    today ("Today is 2026-06-15. How many days until Christmas?"), else None."""
    sentences, options = _split(text)
    if len(sentences) < 2 or options is not None:
        return None
    found = _today_from(sentences[:-1], cue)
    if not found:
        return None
    d, to_today = found
    base = {"iso": d.value.isoformat(), "has_time": d.has_time, "iso_text": d.iso_text}
    return {"base": base, "steps": to_today}, sentences[-1]


def _today_from(sentences: tuple[str, ...], cue: str | None) -> tuple[ParsedDate, list] | None:
    """The one date the story's sentences pin today to, and the steps from it to today; None
    when they pin none, several, or say something about dates we do not follow."""
    anchors = []
    story = [
        re.sub(
            r"^(?:suppose|assume|assuming|given)\s+(?:that\s+)?",
            "",
            re.sub(r"[.!;]+$", "", s).strip(),
            flags=re.IGNORECASE,
        )
        for s in sentences
    ]
    i = 0
    while i < len(story):
        pair = None
        if i + 1 < len(story):
            pair = _event_then(story[i], story[i + 1], cue) or birthday(story[i], story[i + 1], cue)
        if pair == ABSTAIN:
            return None
        if pair:
            anchors.append(pair)
            i += 2
            continue
        found = _anchor(story[i], cue) or _moved(story[i], cue)
        if found == ABSTAIN:
            return None
        if found:
            anchors.append(found)
        elif not _neutral(story[i]):
            return None  # a sentence about dates we did not understand
        i += 1
    return anchors[0] if len(anchors) == 1 else None
