"""Chat noise around a question, taken off before the tools read it: a thank-you, a greeting or
a wake word before it, a label saying what kind of message it is, chat shorthand and misspelt
"what", pictographs, sign-offs and "lol" after it, markdown or quotes around an expression, and
an indirect question ("does anyone know what … is") asked directly. None of it changes what the
question asks."""

from __future__ import annotations

import re

# What a question may start with that never changes it: a thank-you for the last answer, and
# the common misspellings of "what" ("wat is 12% of 900", "wats 10 miles in km").
_COURTESY = re.compile(
    r"^(?:(?:ok(?:ay)?|great|cool|nice|perfect|got it|thanks|thank you|thx|ty|yes|yeah|yep|sure"
    r"|brb|btw|fyi)"
    r"(?:[,!]? (?:thanks|thank you|so much))*[.!,:]+\s+)+",
    re.IGNORECASE,
)
# Text-message shorthand in a short question: "hw many days btwn 3/15 and 4/20".
_SMS_WORDS = {
    "hw": "how",
    "btwn": "between",
    "frm": "from",
    "thru": "through",
    "teh": "the",
    "aftr": "after",
    "befor": "before",
    "dat": "date",
    "wich": "which",
}
_SMS = re.compile(
    r"(?<![\w/])(?:hw(?= (?:many|much|long|old|far))|btwn|frm|thru|teh|aftr|befor"
    r"|(?<=what )dat(?= is)|wich(?= (?:day|date|weekday|month|year)))(?![\w/])",  # "what dat is …"
    re.IGNORECASE,
)
_WHAT_TYPO = re.compile(
    r"^(?:wat|wht|whta|waht|wut)(?=\s)|^(?:wats|whts|wuts)(?=\s)", re.IGNORECASE
)


# A greeting before the question, and chat noise after it ("... 24 lol", "... by 8??").
_GREETING = re.compile(
    r"^(?:(?:hello|hi|hey|hiya|good (?:morning|afternoon|evening))(?: there)?[!,.]+\s+"
    r"(?:quick (?:one|q|question)[:,]\s+)?"
    # a voice assistant's wake word, as transcripts start: "hey google what's 12% of 85"
    r"|(?:(?:hey|ok|okay)\s+)?(?:google|siri|alexa|cortana)[!,.]?\s+"
    # spoken or chat fillers before a question word: "ok so um what is …", "yo whats …"
    r"|(?:(?:ok(?:ay)?|so|um+|uh+|er+m*|hmm+|yo|hey|hi|right|well|guys|lads|folks|y'all"
    r"|please)[,.]?\s+)+"  # (learners' "Please which day of week is …")
    r"(?=(?:what|whats|how|when|which|calculate|compute|convert)\b))",
    re.IGNORECASE,
)
# Pictographs and their joiners, which say nothing a tool reads.
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+ ?")
# … and their chat shortcodes: ":thinking_face: what's 2,760 / 23", "… what date is that :calendar:"
_SHORTCODE = re.compile(r"(?<!\S):[a-z][a-z0-9_+-]{1,30}:(?!\S) ?")
# Bold words (not "2**3**2", which is arithmetic): the emphasis goes, the words stay.
_BOLD_WORDS = re.compile(r"(?<![\w*])\*\*([^*\n]{1,60}?)\*\*(?![\w*])")
# A label before the question that says only what kind of message it is ("Formal request:",
# "Unrelated:", "New question:"); earlier turns are still read for what they redefine.
_LABEL = re.compile(
    r"^(?:(?:quick |new |side |random |different |simple |formal |one more )?"
    r"(?:question|request|query|one|q)|quick|unrelated|off[- ]topic|task|exercise)\s*:\s+"
    # what the question is for: "Passport form question:", "History class question:"
    r"|^(?:[a-z]+ ){1,3}question\s*:\s+"
    # homework numbering: "Question 7 (2 marks).", "Exercise 3b:", "Homework, problem 12:"
    r"|^(?:homework,?\s+)?(?:question|exercise|problem|task|q)\s*\d{1,3}[a-z]?"
    r"(?:\s*\(\d{1,2}\s+marks?\))?\s*[:.]\s+",
    re.IGNORECASE,
)
_TAIL_REACH = 40  # characters at the end of a message searched for chat noise
_MARKUP_REACH = 1200
_CHAT_TAIL = re.compile(
    r"(?:\s+(?:lol|lmao|haha)\b|,\s+(?:thank\s+you|thanks|thx)(?:\s+so\s+much)?[.!]*"
    # "Could you convert 5 miles to km for me?"
    r"|,?\s+(?:for\s+me|please|pls|plz)(?:,?\s+please)?(?:\.(?=\s*$))?"  # ("… into metres for me.")
    # a spoken "then" closing the question: "what's 17.5 percent of £2,340 then" (set 164)
    r"|(?<=[\w%])\s+then"
    r"|,\s+(?:quick|quickly|real\s+quick|asap)"  # "what's the square root of 7,056, quick" (set 173)
    # a sign-off after the question: "… in kPa? Cheers, Dev", "… meeting? Thanks, Priya"
    r"|\?\s+(?:thanks|thank\s+you|cheers|ta|many\s+thanks)(?:\s+so\s+much)?(?:,?\s+[a-z]+)?[.!]*"
    # "… simmer? Answer as a decimal." (the form every tool answers in)
    r"|\?\s+(?:please\s+)?(?:answer|give\s+(?:it|the\s+answer))\s+as\s+a\s+decimal[.!]*)?"
    r"(?:\?+|!{2,})?\s*$",
    re.IGNORECASE,
)
# Inline code or bold around a plain expression ("What is `3 * (14 - 5) ** 2`?", "**48 ÷ 0.6**"):
# no call, quote, assignment or line break inside, so never code the code tool should see.
_MARKED = re.compile(r"`([^`\n]+)`|(?<!\S)\*\*(\S(?:[^*\n]*\S)?)\*\*(?![^\s.,;:!?)])")
_PLAIN = re.compile(r"[\w\s.,+*/^%×÷·°()-]+")
_CALL = re.compile(r"[A-Za-z_]\(")


# One quoted expression ('Compute "(9 + 6) / 5" for me'): unquoted only when it is the message's
# only quote and holds an operation itself, so quoted operands ('"2" + "2"', strings) stay.
_QUOTED = re.compile(r'"([^"\n]+)"|“([^“”\n]+)”')
_OPERATION = re.compile(r"[\d)]\s*[-+*/^×÷]\s*[\d(.]")


def _unquote(text: str) -> str:
    spans = list(_QUOTED.finditer(text))
    if len(spans) != 1:
        return text
    m = spans[0]
    body = m.group(1) or m.group(2)
    if not (_PLAIN.fullmatch(body) and _OPERATION.search(body)) or _CALL.search(body):
        return text
    return text[: m.start()] + body + text[m.end() :]


def _unmark(m: re.Match) -> str:
    body = m.group(1) or m.group(2)
    return body if _PLAIN.fullmatch(body) and not _CALL.search(body) else m.group(0)


# An indirect question ("Does anyone know what 15% of 240 is?", "I wonder what 17 times 23 is.",
# "no idea what 5 km is in miles") is asked directly: the lead-in goes, and an embedded clause
# that ends with its verb is put back in question order ("what is 15% of 240?").
_INDIRECT = re.compile(
    r"^(?:(?:so|hey|ok|okay|um|hmm)[,!]?\s+)?(?:"
    r"(?:does|do)\s+(?:anyone|anybody|someone|somebody|you|u)\s+know"
    r"|(?:anyone|anybody)\s+know"
    r"|i\s+(?:wonder|was\s+wondering|need\s+to\s+know|want\s+to\s+know|wanna\s+know)"
    r"|i(?:['’]d|\s+would)\s+like\s+to\s+know"
    r"|(?:can|could|would)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+)?"
    r"(?:tell\s+me|let\s+me\s+know)"
    r"|(?:please\s+)?let\s+me\s+know"
    r"|(?:i\s+have\s+|i've\s+)?no\s+idea"
    r")\s*,?\s+(?=what|how|when|which|\d)",  # "anyone know 72 inches in cm?"
    re.IGNORECASE,
)
_EMBEDDED = re.compile(
    r"^(?P<wh>what(?:\s+(?:day\s+of\s+the\s+week|weekday|date|day|time))?|how\s+much"
    r"|how\s+many\s+[a-z]+)\s+(?P<subject>.+?)\s+(?P<verb>is|are|was|will\s+be|comes\s+to"
    r"|equals|makes)(?P<rest>\s+in\s+[^?.!]+)?\s*[?.!]*$",
    re.IGNORECASE,
)


def _direct(text: str) -> str:
    lead = _INDIRECT.match(text)
    if not lead:
        return text
    text = text[lead.end() :]
    m = _EMBEDDED.match(text)
    if m is None or m["subject"].lower().split()[0] in ("is", "are", "was", "will"):
        return text  # already in question order: "how many feet are in 3 meters"
    return f"{m['wh']} {m['verb']} {m['subject']}{m['rest'] or ''}?"


def plain(text: str) -> str:
    """The text without pictographs or their shortcodes ("📅 what's the date …"; between words
    one ends a sentence: "… in the background 🙈 how many days …") or bold around words."""
    if len(text) > _MARKUP_REACH:
        return text
    text = _EMOJI.sub(lambda m: "\n" if 0 < m.start() and m.end() < len(text) else "", text)
    if ":" in text:
        text = _SHORTCODE.sub(lambda m: "\n" if 0 < m.start() and m.end() < len(text) else "", text)
    return _BOLD_WORDS.sub(r"\1", text) if "**" in text else text


def tidy(text: str) -> str:
    """The question without a leading thank-you or greeting, trailing chat noise, or markdown or
    quotes around an expression, asked directly when it was asked indirectly ("does anyone
    know what … is"), with "wat"/"wats" read as "what"/"what's"."""
    text = _COURTESY.sub("", plain(text).strip(), count=1)
    text = _GREETING.sub("", text, count=1)
    text = _LABEL.sub("", text, count=1)
    text = _direct(text)
    # Only the end can hold the tail: searching a 10 KB message for it took a millisecond.
    head, tail = text[:-_TAIL_REACH], text[-_TAIL_REACH:]
    text = head + _CHAT_TAIL.sub(lambda m: "?" if "?" in m.group() else "", tail, count=1)
    # Markup and quotes matter only to questions a tool reads whole: none is longer than this
    # (the dates grammar's limit; the calculator's and units' are lower).
    if len(text) <= _MARKUP_REACH:
        if "`" in text or "**" in text:
            text = _MARKED.sub(_unmark, text)
        if '"' in text or "“" in text:
            text = _unquote(text)
    text = _WHAT_TYPO.sub(lambda m: "what's" if m.group().lower().endswith("s") else "what", text)
    return _SMS.sub(lambda m: _SMS_WORDS[m.group().lower()], text) if len(text) < 200 else text
