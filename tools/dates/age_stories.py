"""Ages told in a story, for the dates grammar: a birth (or a thing made) on one date and the age
asked on another, or today ("I was born on 14 August 1992 and today is 1 March 2026. How old am
I?", "Our quilt guild was founded on 15 April 1987. How many years old is the guild on 15 April
2031?"). `age_story(text, cue)` reads a whole message of birth / today / question clauses into
the plain-dict request `grammar` builds. Ages at a second dated event of the story are
`ages.age_question`'s."""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES, DATE
from tools.dates.phrases import ParsedDate, iso_of, written_date
from tools.words import stray_digit

# An age from a birth date, today stated or the clock's: "I was born on 14 August 1992 and
# today is 1 March 2026. How old am I?" Every clause must be one of the three.
_AGE_QUESTION = re.compile(
    r"^how\s+(?:old|many\s+(?P<unit>days|weeks)\s+old)\s+(?:am\s+i|are\s+you|are\s+they"
    r"|is\s+(?:he|she|it|they|\w+))(?:\s+(?:now|today))?"
    r"(?:\s+in\s+(?:whole\s+|full\s+|complete\s+)?years)?\??$",
    re.IGNORECASE,
)
_WHO_ASKED = re.compile(r"\b(?:am|are|is)\s+(\w+)", re.IGNORECASE)
_IF_THEN_AGE = re.compile(r"^if\s+(.+?),\s*(how\s+(?:old|many\s+\w+\s+old)\s.+)$", re.IGNORECASE)
_FORMAT_NOTE = re.compile(r"\s*\((?:MM|DD|YYYY)[/.-](?:MM|DD)[/.-](?:YYYY|YY)\)", re.IGNORECASE)
_BORN_CLAUSE = re.compile(
    # ("One of our lads was born …": one of a group, named by the group)
    r"^(?:(?:i|he|she|they|someone|somebody|a\s+person|(?:one\s+of\s+)?(?:my|our|his|her|their|the|an?)\s+(?:\w+\s+){0,2}\w+"
    r"(?:,\s+(?-i:[A-Z][a-z]+),)?"  # ("Our oldest member, Ron, was born …": who, then the name)
    # ("A little boy I look after was born …": who he is to the teller)
    r"(?:\s+(?:who\s+|that\s+)?(?:i|we)\s+(?:look\s+after|mind|care\s+for|teach|coach|train|foster"
    r"|babysit|tutor))?"
    # ("Old Tom, our master wheelwright, was born …": a name and who he is)
    r"|(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)(?:,\s+[a-z' ]{3,40},)?"
    r"(?:\s+in\s+(?:our|my|the)\s+[a-z]+)?"  # ("Ahmed in our house was born on …")
    r"(?:\s+the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?"  # ("Kofi the African grey hatched on …")
    r"|(?-i:[A-Z][a-z]+\s+[a-z]+)|(?-i:[a-z]{3,}))\s+"  # ("Youngest scout was born …", "calf was born")
    # ("Our old cob was foaled on …", "Our barn owlet hatched on …")
    r"(?:(?:was|were)\s+(?:born|foaled|whelped|calved|hatched)|hatched)"
    r"(?:\s+(?:in|at)\s+(?:the|our|my)\s+[a-z]+)?\s+(?:on\s+)?"  # ("born in the sanctuary on": set 185)
    # "I'm a guide born 8 February 1979."
    r"|(?:i'm|i\s+am|he's|he\s+is|she's|she\s+is)\s+an?\s+(?:[a-z-]+\s+){1,2}?born\s+(?:on\s+)?"
    # "Client's date of birth is 8 August 2009.", "My DOB: 3 May 1990"
    r"|(?:my|his|her|their|(?:(?:the|an?|our|my|his|her|their)\s+)?[a-z]+'s)\s+"
    r"(?:date\s+of\s+birth|dob|birth\s+date)"
    r"(?:\s+is|\s+was|:)\s+)(?P<date>.+?)[.;,]?$",
    re.IGNORECASE,
)
_BIRTH_WORD = re.compile(
    r"\b(?:born|foaled|whelped|calved|hatched|date\s+of\s+birth|dob|birth\s+date)\b", re.IGNORECASE
)
_TODAY_CLAUSE = re.compile(
    r"^(?:and\s+)?(?:today\s+is|today's\s+date\s+is|it's|it\s+is)\s+(?P<date>.+?)"
    r"(?:\s+(?:now|today))?[.;,]?$",
    re.IGNORECASE,
)


# "How old was someone born on 4 July 1976 on 1 January 2000?": both dates in the question.
_AGE_ON = re.compile(
    # (or "a player", "a child", "the baby": one who, by the "born" after it)
    # ("How old was the matriarch, born 15 March 1968, on 10 March 2031?")
    r"^how\s+old\s+(?:was|is|will)\s+(?:someone|somebody|anyone|(?:a|an|the)\s+[a-z]+),?\s+"
    r"(?:who\s+was\s+)?"
    r"born\s+(?:on\s+)?(?P<born>.+?),?\s+(?:be\s+)?(?:on|as\s+(?:of|at))\s+(?P<on>.+?)\??$"
    # "Someone born 31 December 1999, how old are they on 1 January 2027?"
    # "How many days old is someone born on 1 January 2000 on 1 January 2027?"
    r"|^how\s+many\s+(?P<unit>days|weeks)\s+old\s+(?:is|was|will)\s+(?:someone|somebody|a\s+person"
    r"|(?:a|an|the)\s+(?:baby|child|puppy|kitten|foal|calf|lamb|kid|person))"
    r"\s+(?:be\s+)?(?:who\s+was\s+)?born\s+on\s+(?P<born3>.+?)\s+(?:be\s+)?on\s+(?P<on3>.+?)\??$"
    # "born 4 July 1990, how old will I be on 3 July 2027?"
    # ("Born 12 August 1987 — how old on 3 June 2031?", "Born 12 August 1987. How old on …?")
    # ("Member born 30 August 1999 - how old will she be on 15 August 2029?")
    # ("Staff member born 19 May 1964 — how old will she be on …?": a name of two words)
    r"|^(?:i\s+was\s+|(?:[a-z]+\s+)?(?P<who>(?!(?:was|were|is|am|are)\b)[a-z]+)\s+)?born\s+(?:on\s+)?"
    r"(?P<born4>[^,:—–.]+?)(?:,|:|\.|\s+[—–-])\s*how"
    r"\s+old\s+(?:(?:will|would|was|am|is)\s+(?(who)(?:he|she|they)|(?:i|someone|somebody))\s+(?:be\s+)?)?on\s+(?P<on4>.+?)\??$"
    r"|^(?:someone|somebody|a\s+person)\s+born\s+(?:on\s+)?(?P<born2>[^,:—–]+?)(?:,|:|\s+[—–-])\s*how\s+old\s+"
    r"(?:are|were|will)\s+they\s+(?:be\s+)?on\s+(?P<on2>.+?)\??$"
    # "how old on 1 March 2029 is someone born on 17 August 1961?"
    r"|^how\s+old\s+on\s+(?P<on5>[^,]+?),?\s+(?:is|was|will\s+be)\s+(?:someone|somebody"
    r"|a\s+person)\s+(?:who\s+was\s+)?born\s+(?:on\s+)?(?P<born5>.+?)\??$"
    # "age on 2 March 2027 of someone born 19 July 1984?"
    r"|^(?:what(?:'s|\s+is)\s+(?:the\s+)?)?age\s+on\s+(?P<on6>[^,]+?),?\s+of\s+(?:someone|somebody"
    r"|a\s+person)\s+(?:who\s+was\s+)?born\s+(?:on\s+)?(?P<born6>.+?)\??$"
    # "How old is someone on 1 June 2031 if they were born on 17 August 1994?"
    r"|^how\s+old\s+(?:is|was|will)\s+(?:someone|somebody|a\s+person)\s+(?:be\s+)?on\s+(?P<on7>[^,]+?),?"
    r"\s+if\s+(?:they|he|she)\s+(?:was|were)\s+born\s+(?:on\s+)?(?P<born7>.+?)\??$"
    # "age on 8 Nov 2027 if born 9 Nov 1988?"
    r"|^(?:what(?:'s|\s+is)\s+(?:the\s+)?)?age\s+on\s+(?P<on8>[^,]+?),?\s+(?:if|when)\s+born\s+(?:on\s+)?"
    r"(?P<born8>.+?)\??$"
    # "Someone born on 17 November 1988 is how old on 1 July 2035?"
    r"|^(?:someone|somebody|a\s+person)\s+born\s+(?:on\s+)?(?P<born9>.+?)\s+(?:is|was|will\s+be)\s+how"
    r"\s+old\s+on\s+(?P<on9>.+?)\??$",
    re.IGNORECASE,
)
_BORN_KEYS = ("born", "born2", "born3", "born4", "born5", "born6", "born7", "born8", "born9")
_ON_KEYS = ("on", "on2", "on3", "on4", "on5", "on6", "on7", "on8", "on9")
# The occasion a date is named by, before it: "on census night, 2 April 1871" (a weekday is
# kept: it is checked against the date)
_OCCASION = r"(?:(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?:[a-z']+\s+){0,3}[a-z']+,\s+)?"
# "She was born on 2 August 1991. How old will she be on 1 August 2027?": the age on a date.
_AGE_ON_QUESTION = re.compile(
    r"^(?:how\s+(?:many\s+(?P<unit>days|weeks)\s+)?old|what\s+age)\s+(?:will|would)\s+"
    r"(?P<who>i|he|she|they|\w+)\s+(?:be|turn)(?:,?\s+in\s+(?:whole|completed|complete|full)\s+years,?)?\s+on\s+"
    rf"{_OCCASION}(?P<on>.+?)\??$"
    r"|^(?:how\s+(?:many\s+(?P<unit2>days|weeks)\s+)?old|what\s+age)\s+(?:was|were|is|are|am)\s+"
    # ("How old is she, in whole years, on 1 September 2027?": the age is in whole years)
    # ("How old is it in whole years at the show on 9 March 2030?": the day named by its event)
    # ("How old is she when I next sit for her on 1 June 2027?": the day named by what is done)
    rf"(?P<who2>i|he|she|they|\w+)(?:,?\s+in\s+(?:whole|completed|complete|full)\s+years,?)?(?:\s+at\s+the\s+[a-z]+"
    r"|\s+when\s+(?:i|we)\s+(?:next\s+)?[a-z]+(?:\s+(?:for|with|on)\s+(?:her|him|them|it))?)?\s+on\s+"
    rf"{_OCCASION}(?P<on2>.+?)(?:,\s+the\s+(?:(?:first|last|final|opening)\s+)?day\s+of\s+(?:the|our|my|his|her)"
    r"\s+[a-z' ]{3,30})?\??$",
    re.IGNORECASE,
)
_THIRD_PERSON = frozenset({"he", "she", "they"})


_MY_BIRTH_DATE = re.compile(r"my\s+(?:date\s+of\s+birth|dob|birth\s+date)\b", re.IGNORECASE)


def _same_person(born_clause: str, who: str) -> bool:
    """Whether the question's subject is the one the birth clause is about: "I" for "I", a
    pronoun for anyone else, a name for that name."""
    subject, who = born_clause.split()[0].lower().removesuffix("'m").removesuffix("'s"), who.lower()
    if _MY_BIRTH_DATE.match(born_clause):
        subject = "i"  # "My DOB is …"
    if "i" in (subject, who):
        return subject == who
    # ("it" of an animal: "Our barn owlet hatched on …")
    animal = who == "it" and "born" not in born_clause.lower()
    return who in _THIRD_PERSON or who == subject or animal


# "My Jag was first registered on 4 May 1967.": when a thing was made, from which its age counts
# (not when it was bought, adopted or planted: the thing is older than that)
_MADE_CLAUSE = re.compile(
    # ("Club was founded on …": a name without its article)
    r"^(?:(?:my|our|his|her|their|the|an?)\s+)?(?:[\w'-]+\s+){0,4}(?:(?:was|were)\s+"
    r"(?P<verb>built|made|founded|established|manufactured|constructed|created|launched|cast"
    r"|forged|carved|painted|printed|published|written|completed|released|installed|erected"
    r"|unveiled|consecrated|dedicated|laid|recast|thatched"
    r"|first\s+registered|opened|planted|formed|set\s+up|incorporated)"  # ("set up on": set 184)
    # "We opened the shop on …"
    r"|(?P<verb2>(?<=^we\s)(?:opened|founded|started|launched)(?:\s+(?:the|our)\s+[a-z]+)?"
    r"|came\s+out|opened|first\s+(?:turned|ran|sailed|flew|steamed|rolled)))\s+(?:on\s+)?"
    r"(?P<date>.+?)[.;,]?$",
    re.IGNORECASE,
)


_WHOLE_YEARS = re.compile(
    r",\s*in\s+(?:whole|full|complete)\s+years(?:,|(?=\s*\??$))"
    r"|(?<=\bold)\s+in\s+(?:whole|full|complete)\s+years\b",  # ("how old in whole years on …")
    re.IGNORECASE,
)
_YEARS_OLD = re.compile(
    r"\bhow\s+many\s+(?:(?:whole|full|complete)\s+)?years\s+old\b", re.IGNORECASE
)
_MADE_WHO = frozenset({"it", "she", "he"})
# What "we opened on …" opened, named in the question: "How old is the shop on …?"
_OURS = frozenset(
    (
        *("shop", "business", "firm", "company", "cafe", "café", "restaurant", "pub", "bar"),
        *("salon", "studio", "practice", "store", "bakery", "garage", "surgery", "gallery"),
        *("club", "school", "nursery", "hotel", "workshop", "stall", "centre", "center"),
    )
)
_THE_THING = re.compile(r"^(how\s+old\s+(?:is|was|will)\s+)the\s+([a-z]+)(?=\s)", re.IGNORECASE)


# Whole years between two dates, asked of them or of a story's two events: "how many complete
# years from 14 June 1958 to 9 January 2027?", "They married on 14 June 1958 and he died on 9
# January 2027. How many complete years were they married?" (set 174)
_WHOLE_YEARS_BETWEEN = re.compile(
    r"^how\s+many\s+(?:complete|whole|full)\s+years\s+(?:are\s+there\s+|is\s+it\s+)?"
    r"(?:from|between)\s+(?P<a>[^,?]+?)\s+(?:to|and|until)\s+(?P<b>[^,?]+?)\??$",
    re.IGNORECASE,
)
_WHOLE_YEARS_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?:complete|whole|full)\s+years\s+(?:(?:were|was|did|have|had|is)"
    r"\s+[a-z' ]{1,40})?\??$",
    re.IGNORECASE,
)


def _whole_years(body: str, cue: str | None) -> dict | None:
    """An "age" request counting whole years from one date to a later one, or None."""
    if m := _WHOLE_YEARS_BETWEEN.match(body):
        ends = [written_date(m["a"], cue), written_date(m["b"], cue)]
    else:
        sentences = re.split(r"(?<=[.!?])\s+", body.strip())
        if len(sentences) != 2 or not _WHOLE_YEARS_ASKED.match(sentences[1]):
            return None
        dates = list(DATE.finditer(sentences[0]))
        if len(dates) != 2 or CHANGES.search(body) or stray_digit(sentences[0], dates):
            return None
        ends = [written_date(d.group(), cue) for d in dates]
    a, b = ends
    if a is None or b is None or a.has_time or b.has_time or not a.value < b.value:
        return None
    today = {"base": iso_of(b), "steps": []}
    return {"kind": "age", "born": iso_of(a), "today": today, "since": "from", "until": "to"}


def _made_age(body: str, cue: str | None) -> dict | None:
    """The age in whole years of a thing made on one date, on another ("My Jag was first
    registered on 4 May 1967. How old will it be on 1 May 2029?"); {} when a date is unread."""
    parts = [p.strip() for p in re.split(r"(?<=[.;?!])\s+", body) if p.strip()]
    if len(parts) != 2 or not (made := _MADE_CLAUSE.match(parts[0])):
        return None
    ours = parts[0][:3].lower() == "we " and (named := _THE_THING.match(parts[1]))
    # "We opened on …. How old is the shop on …?" (not of "We opened the café on …")
    ours = ours and named[2].lower() in _OURS and " " not in (made["verb2"] or " ")
    if (named := _THE_THING.match(parts[1])) and (named[2].lower() in parts[0].lower() or ours):
        parts[1] = f"{named[1]}it{parts[1][named.end() :]}"  # "How old is the bridge on …"
    at = _AGE_ON_QUESTION.match(parts[1])
    # ("How old is she …" of an engine or a ship)
    if not at or (at["who"] or at["who2"]).lower() not in _MADE_WHO or at["unit"] or at["unit2"]:
        return None
    since, on = written_date(made["date"], cue), written_date(at["on"] or at["on2"], cue)
    if not (since and on) or since.has_time or on.has_time:
        return {}
    today = {"base": iso_of(on), "steps": []}
    verb = " ".join((made["verb"] or made["verb2"]).lower().split())
    return {"kind": "age", "born": iso_of(since), "today": today, "on": True, "since": verb}


def age_story(text: str, cue: str | None) -> dict | None:
    """An age request; {} when it asks an age but the story does not add up; None otherwise."""
    body = " ".join(_FORMAT_NOTE.sub("", text.replace("\u2019", "'")).split())
    body = _YEARS_OLD.sub("how old", body)  # "How many years old is the guild on …?"
    body = _WHOLE_YEARS.sub(
        "", body
    )  # "How old, in whole years, is …", "… on 3 March 2027, in whole years?"
    if m := _AGE_ON.match(body):
        born = written_date(next(d for k in _BORN_KEYS if (d := m[k])), cue)
        on = written_date(next(d for k in _ON_KEYS if (d := m[k])), cue)
        if born is None or on is None or born.has_time or on.has_time:
            return {}
        if m["unit"]:  # the days (or weeks) from the birth to that day
            unit = m["unit"].lower()
            return {
                "kind": "between",
                "a": iso_of(born),
                "b": iso_of(on),
                "unit": unit,
                "inclusive": False,
            }
        today = {"base": iso_of(on), "steps": []}
        return {"kind": "age", "born": iso_of(born), "today": today, "on": True}
    if made := _made_age(body, cue) or _whole_years(body, cue):
        return made
    if m := _IF_THEN_AGE.match(body):  # "If I was born on …, how old am I?"
        body = f"{m[1]}. {m[2]}"
    # (a question after a dash is a sentence of its own: "… 1948 — how old is she on …?"; the
    # age on a date it names, not today's: "… 1988 - how old am I?" is left as it was)
    # (or after a comma: "he was born 11 November 2009, how old is he on 25 June 2027": set 188)
    parts = re.split(
        r"(?<=[.;?!])\s+|\s+and\s+|\s+[—–-]\s+(?=(?:how|what)\b[^?]*\d)|,\s+(?=how\s+old\b[^?,]*\d)",
        body,
    )
    parts = [p.strip() for p in parts if p.strip()]
    if (
        len(parts) == 2
        and _BIRTH_WORD.search(parts[0])
        and (at := _AGE_ON_QUESTION.match(parts[1]))
    ):
        # (no birth told: "I started my starter on …. How many days old is it on …?" is `slots`')
        born_at = _BORN_CLAUSE.match(parts[0])
        if not born_at or not _same_person(parts[0], at["who"] or at["who2"]):
            return {}
        born = written_date(born_at["date"], cue)
        on = written_date(at["on"] or at["on2"], cue)
        if not (born and on) or born.has_time or on.has_time:
            return {}
        if unit := at["unit"] or at["unit2"]:  # "How many weeks old is he on …?"
            return {
                "kind": "between",
                "a": iso_of(born),
                "b": iso_of(on),
                "unit": unit.lower(),
                "inclusive": False,
            }
        return {
            "kind": "age",
            "born": iso_of(born),
            "today": {"base": iso_of(on), "steps": []},
            "on": True,
        }
    question = _AGE_QUESTION.match(parts[-1]) if len(parts) >= 2 else None
    if question is None:
        return None
    found: dict[str, ParsedDate] = {}
    born_clause = ""
    for clause in parts[:-1]:
        for key, pattern in (("born", _BORN_CLAUSE), ("today", _TODAY_CLAUSE)):
            m = pattern.match(clause)
            if m and key not in found:
                d = written_date(m["date"], cue)
                if d is None or d.has_time:
                    return {}
                found[key] = d
                born_clause = clause if key == "born" else born_clause
                break
        else:
            return {}  # a clause that is neither: "… and died in 2010"
    born, today = found.get("born"), found.get("today")
    if born is None or not _same_person(born_clause, _WHO_ASKED.search(parts[-1])[1]):
        return {}  # ("My dog was born on …. How old am I?")
    if today is None and not re.match(r"(?i)i\s", parts[0]):
        return {}  # "Tom was born in …": a story, whose today is not necessarily ours
    req: dict = {"kind": "age", "born": iso_of(born)}
    if question["unit"]:  # "How many days old am I?": the days (or weeks) since the birth
        unit = question["unit"].lower()
        req = {"kind": "between", "a": iso_of(born), "b": None, "unit": unit, "inclusive": False}
    if today is not None:
        req["today"] = {"base": iso_of(today), "steps": []}
    return req
