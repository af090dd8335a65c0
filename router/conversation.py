"""Reads an OpenAI-style conversation for the router: the last user text and the guards around it.

A tool may answer only the last user turn, and only when nothing earlier changes what that
turn means: a system prompt that sets a persona or task, a few-shot prompt, a turn that
redefines symbols ("in this game + means -"), tool-call traffic, or non-text content.
These checks are deliberately conservative: when in doubt the language model answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from router.noise import plain
from router.quoted import quoted_question
from tools.words import has_digit

# System prompts that only say "be a helpful assistant" do not change what a question means.
# Strict on purpose: every sentence must be one of these shapes and nothing more ("created by
# Acme where addition is subtraction" is not a name). Names are capitalised words ((?-i:...)).
_NAME = r"(?-i:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})"
_WHEN = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|(?-i:[A-Z][a-z]+) \d{1,2},? \d{4}|(?-i:[A-Z][a-z]+) \d{4})"
_GENERIC_SYSTEM_SENTENCE = re.compile(
    r"^(?:you are (?:a |an )?(?:(?:very |extremely )?(?:helpful|friendly|harmless|honest|smart|"
    r"useful|concise|knowledgeable|precise|accurate|polite|capable|intelligent|general[- ]"
    r"purpose)[, ]*(?:and )?)*(?:ai |chat |virtual )?(?:assistant|chatbot|language model)"
    rf"(?: (?:created|made|trained|built|developed) by {_NAME}| named {_NAME}| called {_NAME})?"
    # whom it serves: "for a hobby beekeeping club" (settings words in it, such as "British",
    # are still found by `redefines`, which reads every earlier turn)
    r"(?: for (?:a|an|the|our|my) (?:[a-z'-]+ ){0,3}(?:club|team|company|shop|store|school|class"
    r"|community|group|society|business|family|library|museum|website|blog|newsletter|charity))?"
    r"|you are chatgpt, a large language model trained by openai"
    rf"|knowledge cutoff: {_WHEN}|current date: {_WHEN}|reasoning: (?:low|medium|high)"
    r"|(?:please )?(?:be|answer|respond|reply)(?: (?:concise|brief|helpful|accurate|"
    r"concisely|briefly|accurately|helpfully|clearly|politely|the user'?s? questions?))+"
    r"|always answer (?:concisely|accurately|helpfully)|think step by step"
    r"|keep (?:your )?(?:answers|replies|responses) (?:short|brief|concise)"
    r")\.?$",
    re.IGNORECASE,
)


def field(message: Any, name: str) -> Any:
    """A message field from a dict or an object (pydantic request models)."""
    if isinstance(message, dict):
        return message.get(name)
    return getattr(message, name, None)


def text_of(message: Any) -> str | None:
    """The message's text, or None when it carries non-text parts (images, audio, files)."""
    content = field(message, "content")
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    parts = []
    for part in content if isinstance(content, Iterable) else ():
        kind = field(part, "type")
        if kind not in ("text", "input_text"):
            return None
        parts.append(field(part, "text") or "")
    return "\n".join(parts)


def generic_system(text: str) -> bool:
    """True when a system/developer prompt is only a generic assistant description."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!])\s+|\n+", text.strip()) if s.strip()]
    return all(_GENERIC_SYSTEM_SENTENCE.match(s) for s in sentences)


def last_user_text(messages: list[Any]) -> tuple[str | None, list[tuple[str, str]]]:
    """(last user text or None when the conversation must go to the model, earlier turns)."""
    if not messages:
        return None, []
    last = messages[-1]
    if field(last, "role") != "user":
        return None, []
    text = text_of(last)
    if not text or not text.strip():
        return None, []
    earlier: list[tuple[str, str]] = []
    for msg in messages[:-1]:
        role = field(msg, "role")
        body = text_of(msg)
        if body is None or role not in ("system", "developer", "user", "assistant"):
            return None, []  # images, tool results, function traffic: the model's job
        if field(msg, "tool_calls"):
            return None, []
        if role in ("system", "developer") and body.strip() and not generic_system(body):
            return None, []
        earlier.append((role, body))
    return text, earlier


# A question asked inside a longer message: an e-mail or chat message with a greeting, other
# news and a sign-off around it. Sentences end at ., ! or ? before a space, or at a line break;
# the question may start after a lead-in clause ("Quick one before our call at 3: what is ...").
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")
_CLAUSE_BREAK = re.compile(r"[,:;]\s+|\s+[—–-]\s+")
# How a question after a lead-in clause starts; every reading costs a parse by every tool.
_OPENER = re.compile(
    r"(?:what|what's|whats|how|could|can|would|will|is|are|do|does|did|when|which|convert"
    # or, after a colon, the quantity or formula: "…: 750 m in yards?", "…: $\\dfrac{3}{4}$"
    r"|calculate|compute|work out|find|(?:the\s+)?(?:mean|average|median|sum|product)\s+of"
    r"|square\s+root|sqrt)\b|\d|\$|\\\(",
    re.IGNORECASE,
)
_BUT = re.compile(r"(?:but|so|and)\s+", re.IGNORECASE)
_CONDITION = re.compile(
    r"\s*(?:in|if|for|when|whenever|assuming|assume|given|suppose|supposing|under|on|at|by|with"
    r"|without|according|since|after|before|starting|from|as|using|once|unless|until)\b",
    re.IGNORECASE,
)
# A sum written out after its lead-in: "so what's (1+4+1+1+3)×3?", "so 28 x 0.6 = ?"
_EXPRESSION = r"[(\d][\d.,()\s]*(?:\s*[-+×x*/÷−^]\s*[(\d][\d.,()\s]*)+"
_WRITTEN_OUT = re.compile(
    rf"(?:so\s+)?(?:(?:what(?:'s|\s+is)|how\s+much\s+is)\s+{_EXPRESSION}\s*\?"
    rf"|{_EXPRESSION}\s*=\s*\?)\s*",
    re.IGNORECASE,
)
_WORKING = re.compile(rf"\(\s*(?P<expr>{_EXPRESSION})\s*\)\.?")
_HOW_MUCH = re.compile(
    r"(?:[^?]*[,;:]\s+)?(?:how\s+(?:many|much|long|far)|what(?:'s|\s+is))\b", re.IGNORECASE
)
# A label saying what the answer is for, not a setting: "For the admissions form: …"
_PURPOSE_LABEL = re.compile(
    r"\s*for\s+(?:the|my|our|an?|this|his|her|their)\s+[a-z][a-z' -]{0,30}", re.IGNORECASE
)
# A question about the sentence before it ("Date: 17 March 2027. What weekday is that?",
# "Invoice check: 37.5 hours at €64 an hour. What's the total?").
# (a person told of before: "… arrives on 1 April 2027. How old are they on arrival?")
_ANAPHOR = re.compile(r"\b(?:that|it|this|then|the\s+total|they|he|she)\b", re.IGNORECASE)
_DUMMY_IT = re.compile(r"\b(?:is|was|will\s+be)\s+it\b", re.IGNORECASE)
_FROM_THE_CLOCK = re.compile(
    r"\b(?:today|tonight|now|tomorrow|yesterday|ago|current(?:ly)?|this\s+(?:week|month|year)"
    r"|in\s+\d[\d,.]*\s+(?:days?|weeks?|months?|years?|hours?|minutes?))\b",
    re.IGNORECASE,
)
# A label that names its place with a number: "Budget sheet row 7", "Cell D4", "Task 3b".
_NUMBERED_LABEL = re.compile(
    r"[A-Za-z][A-Za-z' ]{0,40}\s[A-Za-z]{0,2}\d{1,4}[a-z]?"
    # or a capitalised name and its number, then more words: "Year 7 worksheet answer key"
    r"|(?:[A-Za-z][A-Za-z' ]{0,30}\s)?(?-i:[A-Z][a-z]{1,10})\s\d{1,3}[a-z]?(?:\s[A-Za-z][A-Za-z' ]{0,30})",
    re.IGNORECASE,
)
# Words in a label that ask for the result: "quick maths pls: …", "Simplify to one number: …".
_ASKING = re.compile(
    r"\b(?:simplify|calculate|calc|compute|evaluate|work\s+out|solve|maths?|pls|plz|please"
    r"|help|need|answer|result|question|homework|worksheet|revision|exercise|problem)\b",
    re.IGNORECASE,
)
# A request said as an instruction, which may end with a full stop (only whether there is one
# is asked: the first letters are looked at before the words are tried).
_REQUEST = re.compile(
    r"\b(?=[CWEFcwef])(?:convert|calculate|compute|work\s+out|evaluate|find)\b"
    r"(?=[^.?!\n\d]{0,30}\d)",  # with its numbers right after: not "Evaluate the following …"
    re.IGNORECASE,
)
# What the answer is for, at the end of its question: "…, for the customs form?", "… for table 2."
_PURPOSE = re.compile(
    r",?\s+(for\s+(?:the|a|an|my|our|your|this|table|cell|row|column|line|item|page|slide"
    r"|section|figure|fig\.)\s[^,;:?!.]{0,40}?)(?P<end>[?.!]*)$",
    re.IGNORECASE,
)
_PURPOSE_REACH = 60
_BURIED_REACH = 800  # longer messages are documents, not notes with a question in them
# The last sentence a question typed without its question mark
_UNMARKED = re.compile(
    r"(?:(?<=[.!])\s+|\n\s*)(?:so\s+)?(?:how\s+(?:many|much|long|far|old)|what(?:'s|\s+is|\s+was))\s"
    r"(?:[^.!?\n]|\.(?=\d))*\.?$",
    re.IGNORECASE,
)
_MAX_SENTENCES = 12
_QUESTION_REACH = 200  # the question itself: tools parse it once per reading
_MAX_LEADS = 2
_POINTING_REACH = 60  # a question that only points at the facts after it is short


def buried_questions(text: str) -> list[tuple[str, str]]:
    """(question, the rest of the message) for each way to read `text` as one question with
    other sentences around it, the whole sentence first; [] when it holds no such question or
    more than one. The rest still has to be checked: it may change what the question means."""
    if len(text) > _BURIED_REACH:
        return []
    text = plain(text)
    if "?" not in text and _UNMARKED.search(text):
        text = f"{text.rstrip(' .')}?"  # "… weighs 7.8 kg. how many pounds is 7.8 kg"
    if quoted := quoted_question(text):
        return [quoted]
    if "?" not in text and ":" in text and "\n" not in text.strip():
        # A request after a label that asks for it: "quick maths pls: 17% of 2,300"
        line = text.strip()
        if _ASKING.search(line, 0, line.index(":")):
            return [(q, rest) for q, rest in _after_lead_ins(line, []) if _readable(q, rest)]
    if "?" not in text and not _REQUEST.search(text):
        return []
    sentences = [s for s in SENTENCE_BREAK.split(text.strip()) if s]
    if (
        len(sentences) >= 2
        and (shown := _WORKING.fullmatch(sentences[-1]))
        and _HOW_MUCH.match(sentences[-2])
        and sentences[-2].endswith("?")
    ):
        # a question with its working shown after it: "… how many days does it last?
        # (12,000 ÷ 240)"; the working is what to work out. The question, without its "how
        # many", is the rest: a word in it that asks for more still counts ("… rounded up?")
        asked = _HOW_MUCH.sub("", sentences[-2], count=1).rstrip("?")
        return [(f"{shown['expr']} =", "\n".join([*sentences[:-2], asked]))]
    # a question, or a request: "Re: lab report. Please convert 450 kPa to bar for table 2."
    asked = [i for i, s in enumerate(sentences) if "?" in s or _REQUEST.search(s)]
    if len(sentences) > _MAX_SENTENCES or not asked:
        return []
    if len(sentences) == 1:  # one sentence: a lead-in before its question, or its purpose
        found = _without_purpose([(sentences[0], ""), *_after_lead_ins(sentences[0], [])])
        return [(q, rest) for q, rest in found if _readable(q, rest)]
    # The last question, or the last two read together ("Could we meet on 17 March? What
    # weekday is that?"); any other question in the message is one for the model.
    *others, i = asked
    if others and others != [i - 1]:
        return []
    start = i - 1 if others or (i and _ANAPHOR.search(sentences[i])) else i
    question = " ".join(sentences[start : i + 1])
    rest = sentences[:start] + sentences[i + 1 :]
    found = [(question, "\n".join(rest)), *_after_lead_ins(question, rest)]
    pointer = _ANAPHOR.search(sentences[i])
    if (
        start < i
        and not others
        and (_DUMMY_IT.search(sentences[i]) or has_digit(sentences[i][: pointer.start()]))
    ):
        # "it" may point nowhere ("How many days is it from … to …?"), or to a quantity of its
        # own sentence ("The carton weighs 18.6 kg — what's that in lb?")
        found.append((sentences[i], "\n".join(sentences[:i] + sentences[i + 1 :])))
    readings = [(q, r) for q, r in _without_purpose(found) if _readable(q, r)]
    if start == i and (facts := _facts_after(sentences, i)):
        readings.append(facts)
    return readings


def _facts_after(sentences: list[str], i: int) -> tuple[str, str] | None:
    """(the facts then the question, the rest) for a question asked first about the one
    sentence after it, which holds all its numbers ("What's this in km/h? The gauge shows 22
    knots." is read "The gauge shows 22 knots. What's this in km/h?")."""
    after = sentences[i + 1 :]
    asked = sentences[i]
    if len(after) != 1 or len(asked) > _POINTING_REACH or has_digit(asked):
        return None
    if not _ANAPHOR.search(asked):
        return None
    question = f"{after[0]} {asked}"
    if len(question) > _QUESTION_REACH or _FROM_THE_CLOCK.search(question):
        return None
    return (question, "\n".join(sentences[:i])) if has_digit(after[0]) else None


def _without_purpose(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each reading, then the same without what its answer is for ("… in kilograms, for the
    customs form?"); the purpose joins the rest, which is checked like any other."""
    out = list(found)
    for question, rest in found:
        if "for" not in question[-_PURPOSE_REACH:].lower():
            continue
        m = _PURPOSE.search(question, max(0, len(question) - _PURPOSE_REACH))
        if m:
            out.append((question[: m.start()] + m["end"], "\n".join(filter(None, [rest, m[1]]))))
    return out


def _readable(question: str, rest: str) -> bool:
    """A question that can be read apart from the rest of its message: something else is said
    around it, it is short, it holds a number, and it is not counted from the clock (the rest
    may say which day "today" or "in 3 days" is counted from: "My birthday, what's the date?").
    A question that adds to what came before ("Hire is another €18 a day for 3 days. What's the
    total?") is never read apart from numbers in the rest: they may be part of the sum."""
    return (
        bool(rest.strip())
        and len(question) <= _QUESTION_REACH
        and has_digit(question)
        and not _FROM_THE_CLOCK.search(question)
        and not (_ADDS_UP.search(question) and has_digit(rest))
        # ("I started my diet on 3 January 2027. How many days until …?": not from today)
        and not (_UNTIL.search(question) and _A_DATE.search(rest))
    )


# A length counted up to one date, its start left to the clock; and a date said in the rest
_UNTIL = re.compile(r"(?i)^(?!.*\bfrom\b)how\s+(?:many|long)\b.*\b(?:until|till|before)\b")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_A_DATE = re.compile(
    rf"\b{_MONTH}\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|\d/\d|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


_ADDS_UP = re.compile(
    r"\b(?:total|altogether|all\s+together|in\s+all|overall|combined|another|extra|on\s+top"
    r"|as\s+well|too|plus|more)\b",
    re.IGNORECASE,
)


def _after_lead_ins(question: str, rest: list[str]) -> list[tuple[str, str]]:
    """(the question after a lead-in clause, the rest with the lead-in), at most _MAX_LEADS.
    A lead-in is a label or a remark: one that holds a number or starts like a condition or a
    setting ("In Orwell's 1984, …", "If I applied on 2026-10-02, …", "Starting from 27.04.2027,
    …") is part of the question, so the sentence is read whole or not at all."""
    found = []
    for m in _CLAUSE_BREAK.finditer(question):
        if len(found) >= _MAX_LEADS:
            break
        lead = question[: m.start()]
        named = ":" in m.group() and _NUMBERED_LABEL.fullmatch(lead)  # "Budget sheet row 7: …"
        purpose = ":" in m.group() and _PURPOSE_LABEL.fullmatch(lead)  # "For the admissions form:"
        # an expression written out in full means the same whatever the numbers before it
        # ("… add up to 1+4+1+1+3 and it's on a triple word, so what's (1+4+1+1+3)×3?")
        written = _WRITTEN_OUT.fullmatch(question, m.end())
        if (has_digit(lead) and not named and not written) or (
            _CONDITION.match(lead) and not purpose
        ):
            break
        start = m.end()
        if but := _BUT.match(question, start):  # "Sorry if this is silly, but what's …"
            start = but.end()
        opener = _OPENER.match(question, start)
        # after a short label and a colon, whatever follows: "Math homework: square root of …"
        labelled = (
            ":" in m.group() and len(lead.split()) <= 4 and not has_digit(lead)
        ) or (  # "Bit of a random one — our tyre gauge reads 32 psi. What is that in kPa?"
            m.group().strip() in ("—", "–") and len(lead.split()) <= 6 and not has_digit(lead)
        )
        if (opener and (opener.group()[0].isalpha() or ":" in m.group())) or labelled or written:
            found.append((question[start:], "\n".join([lead, *rest])))
    return found
