"""Money told in one currency and asked in another at a rate the text gives, for
`extract_expression`: "Norway road trip: 3 fjord ferries at NOK 218, road tolls of NOK 436
altogether and a campsite at NOK 340 a night for 5 nights. At NOK 11.25 to the euro, what's that
in euros?" -> "(3 * 218 + 436 + 340 * 5) / 11.25".

The rate is said once, as so much of one currency to (or per) one of another ("At NOK 11.25 to
the euro", "at 3.72 soles per dollar") or as one unit's worth ("At 1 AED = £0.215"); every other
amount of the text is in one of its two currencies, and the question asks for the other one by
name. The story without the rate and with its question asked as a total ("What's the total?",
then "How much is that?") must be read by the calculator's own readers (`read`), and its amount
is then multiplied or divided by the rate. Anything else (a third currency, a fee in the other
one, a rate said twice, a currency the text does not name) is left to the model. Pure string
work.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.words import has_digit, stray_digit

# Each currency by its sign, its code and its names (a sign or code that may be several
# currencies is one of them only when nothing else is said: "$" is a dollar)
_CURRENCIES = {
    "GBP": ("£", "gbp", "pound", "pounds", "sterling", "quid"),
    "EUR": ("€", "eur", "euro", "euros"),
    "USD": ("$", "us$", "usd", "dollar", "dollars", "us dollar", "us dollars"),
    "JPY": ("¥", "jpy", "yen"),
    "INR": ("₹", "inr", "rupee", "rupees"),
    "NOK": ("nok", "krone", "kroner"),
    "SEK": ("sek", "krona", "kronor"),
    "DKK": ("dkk",),
    "CHF": ("chf", "franc", "francs", "swiss franc", "swiss francs"),
    "AED": ("aed", "dirham", "dirhams"),
    "IDR": ("idr", "rupiah"),
    "PEN": ("pen", "sol", "soles"),
    "VND": ("vnd", "dong"),
    "KRW": ("krw", "won"),
    "THB": ("thb", "baht"),
    "PLN": ("pln", "zloty", "zlotys", "złoty"),
    "CZK": ("czk", "koruna", "korunas", "crowns"),
    "ISK": ("isk",),
    "MXN": ("mxn", "peso", "pesos"),
    "CAD": ("c$", "cad", "canadian dollar", "canadian dollars"),
    "AUD": ("a$", "aud", "australian dollar", "australian dollars"),
    "ZAR": ("zar", "rand"),
}
_NAMES = {name: code for code, names in _CURRENCIES.items() for name in names}
_SIGNS = "£€$¥₹"
# The codes of the currencies with a sign of their own ("EUR" is "€"), for `money.money_said`
CODE_SIGNS = {code: names[0] for code, names in _CURRENCIES.items() if names[0] in _SIGNS}
# (the names only: a code is read in capitals, so "3 pen refills" holds no Peruvian money)
_WORD = "|".join(
    sorted(
        (
            re.escape(n)
            for n, c in _NAMES.items()
            if n[0] not in _SIGNS and n[-1] != "$" and n != c.lower()
        ),
        key=len,
    )[::-1]
)
_PREFIX = r"(?:c\$|a\$|us\$|[£€$¥₹])"
_NUM = r"\d[\d,]*(?:\.\d+)?"
# "At NOK 11.25 to the euro", "at 3.72 soles per dollar", "¥190 per pound", "1.155 euros to the
# pound" (the rate's own currency before or after its number, the other after "to the"/"per")
_RATE = re.compile(
    rf"(?:,\s*|\b)(?:at|with|given|gives|offers)\s+(?:a\s+rate\s+of\s+)?(?:(?P<pre>{_PREFIX})\s?|(?P<code>(?-i:[A-Z]{{3}}))\s)?"
    rf"(?P<r>{_NUM})\s*(?P<post>{_WORD})?\s+(?:to|per|for)\s+(?:(?:the|a|one|1|each|every)\s+)?"
    rf"(?P<per>{_WORD})\b,?"
    # "At 1 AED = £0.215": one unit's worth
    rf"|(?:,\s*|\b)(?:at|with)\s+(?:1|one)\s+(?P<one>{_WORD}|(?-i:[A-Z]{{3}})|{_PREFIX})\s*=\s*"
    rf"(?:(?P<pre2>{_PREFIX})\s?|(?P<code2>(?-i:[A-Z]{{3}}))\s)?(?P<r2>{_NUM})\s*(?P<post2>{_WORD})?,?",
    re.IGNORECASE,
)
# Money said in the story: a sign or code before a number, or a name after it
_MONEY = re.compile(
    rf"(?P<pre>{_PREFIX})\s?{_NUM}|\b(?P<code>(?-i:[A-Z]{{3}}))\s{_NUM}|{_NUM}\s*(?P<post>{_WORD})\b",
    re.IGNORECASE,
)
# The currency asked: "what's that in euros?", "how many pounds is that", "… in soles?"
_ASKED = re.compile(
    rf"\b(?:in|into)\s+(?P<in>{_WORD}|(?-i:[A-Z]{{3}}))\b|\bhow\s+many\s+(?P<many>{_WORD})\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_NUMBER = re.compile(_NUM)
# What may change one amount before or after it is converted ("a flat £4 commission off first")
_CHANGED = re.compile(
    r"\b(?:commission|fees?|charges?|off|less|minus|plus|then|first|except|tips?"
    r"|tax|discount\w*|keeps?|takes?|left|each|per|twice|half)\b|%"
    # ("… before converting"; not a time: "before we fly", "before the naming day")
    r"|\b(?:after|before)\s+(?!(?:we|i|you|they|he|she|the|our|my)\b)",
    re.IGNORECASE,
)


def _code(said: str | None) -> str | None:
    if not said:
        return None
    return _NAMES.get(said.lower()) or (said.upper() if said.upper() in _CURRENCIES else None)


def exchanged(text: str, read: Callable[[str], str | None]) -> str | None:
    """The expression for a total told in one currency and asked in another, or None."""
    low = text.lower()
    if " to the " not in low and " per " not in low and "=" not in text:
        return None
    rates = list(_RATE.finditer(text))
    if len(rates) != 1:
        return None
    rate = rates[0]
    if rate["r"]:
        own = _code(rate["pre"] or rate["code"] or rate["post"])
        per, value = _code(rate["per"]), rate["r"]
    else:
        own = _code(rate["pre2"] or rate["code2"] or rate["post2"])
        per, value = _code(rate["one"]), rate["r2"]
    if own is None or per is None or own == per:
        return None
    rest = f"{text[: rate.start()]} {text[rate.end() :]}".strip()
    sentences = _SENTENCE_END.split(rest)
    question = sentences[-1]
    story = " ".join(sentences[:-1])
    if has_digit(question):
        return None  # ("… Customer hands over £500 — how many euros …?": money in the question)
    asked = [_code(m["in"] or m["many"]) for m in _ASKED.finditer(question)]
    told = {_code(m["pre"] or m["code"] or m["post"]) for m in _MONEY.finditer(story)}
    if len(asked) != 1 or len(told) != 1 or None in told or asked[0] is None:
        return None
    held, wanted = told.pop(), asked[0]
    if {held, wanted} != {own, per}:
        return None  # (a third currency, or the rate of two others)
    rate_number = value.replace(",", "")
    if float(rate_number) <= 0:
        return None
    # the readers know money by its sign: "NOK 218", "1,150,000 dong" are said with one
    sign = next((c for c in _SIGNS if _CURRENCIES.get(held, ("",))[0] == c), None)
    if sign is None:
        sign = "$" if "$" not in story and "dollar" not in story.lower() else None
    if sign is None:
        return None
    # "NOK 11.25 to the euro" and NOK held: divide; "3.72 soles per dollar" and dollars held:
    # multiply
    way = "/" if held == own else "*"
    amounts = list(_MONEY.finditer(story))
    if len(amounts) == 1 and not stray_digit(story, amounts) and not _CHANGED.search(story):
        return f"{_NUMBER.search(amounts[0].group()).group().replace(',', '')} {way} {rate_number}"
    signed = _MONEY.sub(lambda m: sign + _NUMBER.search(m.group()).group(), story)
    for ask in ("What's the total?", "How much is that?"):
        if expr := read(f"{signed} {ask}"):
            return f"({expr}) {way} {rate_number}"
    return None
