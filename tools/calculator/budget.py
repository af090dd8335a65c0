"""What is left of money coming in (or held) once the costs a story lists are paid from it.

"In Osaka my scholarship is ¥120,000 a month. Rent is ¥58,000, utilities ¥9,500 and my phone
¥2,980. How many yen are left each month?"  -> "120000 - (58000 + 9500 + 2980)"
"I take home £1,840 a month and pay £725 on rent, £140 on bills and £62 for my phone. What's
left?"  -> "1840 - (725 + 140 + 62)"
"My deposit was £1,350. The landlord is keeping £185 for cleaning and £72.40 for a broken
blind. How much should I get back?"  -> "1350 - (185 + 72.40)"

The whole is named by a word for money had or paid in (pay, salary, pension, grant, budget, a
deposit), so a cost told first is never taken for it ("My rent is £800. Bills are £90. …"). Every
other amount must be a cost in one list of them ("rent is £580, bills £95 and …", "£185 for
cleaning and …"), in the whole's currency and over the whole's period; "get back" is asked only
of a deposit. Precision first: a count, a share, a second period ("£30 a week" out of a monthly
pay), money coming in besides the whole, or more spent than there was abstain. Pure string
work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rates import MAX_STORY, SENTENCES

_SIGN = "[$€£¥₹]"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # (no comma of the list after it)
_PERIOD = r"(?:a|per|each|every)\s+(?P<{}>week|fortnight|month|term|year)"
_INCOME = (
    r"(?:take[\s-]home\s+)?(?:pay|salary|wages?|income|pension|scholarship|stipend|allowance"
    r"|grant|bursary|budget|student\s+loan|loan|earnings|pocket\s+money|deposit)"
)
_WHOLE = re.compile(
    r"^(?:in\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,?\s+)?"
    rf"(?:(?:my|our)\s+(?:monthly\s+|weekly\s+|yearly\s+|annual\s+)?(?P<what>{_INCOME})\s+(?:is|was)"
    r"|(?:i|we)\s+(?:earn|take\s+home|bring\s+home|get|got|receive|had|have|started\s+with))"
    rf"\s+(?P<sign>{_SIGN})(?P<a>{_NUM})(?:\s+{_PERIOD.format('per')})?",
    re.IGNORECASE,
)
# (a name's words are no verb: "my partner pays £300" is not a cost of mine)
_WORD = (
    r"(?!(?:and|is|are|was|were|be|been|will|would|pays?|paid|spends?|spent|buys?|bought|puts?"
    r"|has|had|have)\b)[a-z]+"
)
_NAME = rf"(?:(?:my|our|the|a|an)\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}"
_AMOUNT = rf"(?P<sign>{_SIGN})(?P<n>{_NUM})(?:\s+{_PERIOD.format('per')})?"
# One cost: "rent is ¥58,000", "utilities ¥9,500", "£185 for cleaning", "£725 on rent"
_COST = re.compile(
    rf"(?:{_NAME}\s+(?:is|are|was|were|costs?|came\s+to|comes?\s+to)\s+|{_NAME}\s+)?{_AMOUNT}"
    rf"(?:\s+(?:on|for)\s+{_NAME})?",
    re.IGNORECASE,
)
# Between two costs, and what may lead a cost: "and pay", "I spend", "Out of that I pay", "The
# landlord is keeping"
_JOIN = re.compile(
    r"(?P<sep>\s*(?:,\s*and\s+|,\s*|\s+and\s+|\.\s+))?"
    r"(?:(?:out\s+of\s+(?:that|it)|from\s+(?:that|it)),?\s+)?"
    r"(?:(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:spend|pay|spent|paid)\s+(?:out\s+)?"
    r"|(?P<kept>(?:the\s+)?(?:landlord|agent|letting\s+agent)\s+(?:is\s+keeping|kept"
    r"|is\s+deducting|deducted|is\s+taking|took|is\s+holding\s+back|held\s+back)\s+))?",
    re.IGNORECASE,
)
_LEFT_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+(?:money\s+)?(?:is|do\s+(?:i|we)\s+have|will\s+(?:i|we)\s+have"
    r"|does\s+that\s+leave(?:\s+(?:me|us))?)\s+(?:left|left\s+over|remaining)"
    r"|how\s+many\s+(?P<named>yen|pounds|dollars|euros|rupees)\s+(?:are|is|do\s+(?:i|we)\s+have)"
    r"\s+(?:left|left\s+over|remaining)"
    r"|what(?:'s|\s+is)\s+left(?:\s+over)?"
    r"|how\s+much\s+(?P<back>should|do|will|would)\s+(?:i|we)\s+get\s+back)"
    rf"(?:\s+{_PERIOD.format('per')})?$",
    re.IGNORECASE,
)
# (the words of a lead, which the check below would otherwise refuse)
_LEAD_WORDS = re.compile(r"\b(?:holding|held)\s+back\b|\bfrom\s+(?:that|it)\b", re.IGNORECASE)
_NAMED_SIGN = {"yen": "¥", "pounds": "£", "dollars": "$", "euros": "€", "rupees": "₹"}
# Anything that would make an amount more or other than one cost paid once from the whole
_NOT_ONE_COST = re.compile(
    r"%|\b(?:per\s+cent|percent|each|half|twice|double|third|quarter|share[sd]?|split|between"
    r"|but|except|only|already|extra|also|plus|save[sd]?|saving|refund|back|bonus|tips?|owe[sd]?"
    r"|weekly|monthly|yearly|annually|daily|fortnightly|day|days|weeks|months|years|people|of\s+us"
    r"|vat|interest|instal?ments?|from|gives?|gave|gets?|got|earns?|makes?|brings?|receives?"
    r"|sold|sells?|wins?|won|left|after|before|than|if|when|less|minus|off|without|instead|until"
    r"|since)\b",
    re.IGNORECASE,
)


def _costs(text: str, *, first: bool = False) -> tuple[list[re.Match[str]], bool] | None:
    """The costs `text` (the story after its whole, or from the `first` cost) lists, each a
    match of `_COST` after a `_JOIN`, and whether a landlord keeps them; None when anything else
    is told."""
    costs: list[re.Match[str]] = []
    kept = False
    at = 0
    while at < len(text):
        join = _JOIN.match(text, at)
        if not join or not (join["sep"] or first and not costs):
            return None
        if not (cost := _COST.match(text, join.end())):
            return None
        costs.append(cost)
        kept = kept or join["kept"] is not None
        at = cost.end()
    return (costs, kept) if costs else None


def money_left(body: str) -> str | None:
    """ "120000 - (58000 + 9500 + 2980)" for money had, the costs paid from it and what is left
    asked; None otherwise."""
    if len(body) > MAX_STORY or not (" left" in body or " back" in body or "remaining" in body):
        return None
    sentences = [s.strip().rstrip(".!?") for s in SENTENCES.split(body.strip())]
    if not 2 <= len(sentences) <= 4 or not (asked := _LEFT_ASKED.match(sentences[-1])):
        return None
    story = ". ".join(sentences[:-1])
    if not (whole := _WHOLE.match(story)):
        return None
    rest = story[whole.end() :]
    if _NOT_ONE_COST.search(_LEAD_WORDS.sub(" ", rest)) or not (listed := _costs(rest)):
        return None  # (every amount after the whole is one cost of the list)
    costs, kept = listed
    deposit = (whole["what"] or "").lower() == "deposit"
    if (asked["back"] or deposit or kept) and not (deposit and kept):
        return None  # ("get back" is what a deposit leaves once the landlord keeps some of it)
    sign, period = whole["sign"], whole["per"]
    if asked["named"] and _NAMED_SIGN[asked["named"].lower()] != sign:
        return None
    periods = {m["per"].lower() for m in costs if m["per"]} | ({asked["per"]} - {None})
    if any(m["sign"] != sign for m in costs) or periods - {(period or "").lower()}:
        return None  # ("£30 a week" out of a monthly pay; a period the whole was not told for)
    a = whole["a"].replace(",", "")
    spent = [m["n"].replace(",", "") for m in costs]
    if sum(map(Fraction, spent)) > Fraction(a):
        return None
    return f"{a} - ({' + '.join(spent)})"


def cost_list(text: str) -> str | None:
    """ "1380 + 95" for a story that is only a list of costs in one currency, none said for a
    period ("the coach is £1,380 and the entry fee £95"); None otherwise."""
    if _NOT_ONE_COST.search(text) or not (listed := _costs(text.strip(), first=True)):
        return None
    costs, kept = listed
    if kept or any(m["per"] or m["sign"] != costs[0]["sign"] for m in costs):
        return None
    return " + ".join(m["n"].replace(",", "") for m in costs)
