"""A story's money said one way, for the story readers: pence beside pounds as pounds, and the
story's own currency asked for by name dropped ("What's the total in euros?" after "€55
each"). Pure string work."""

from __future__ import annotations

import re
from decimal import Decimal

from tools.calculator.exchange import CODE_SIGNS

# Pence beside pounds: "24.5p per kWh … What's the bill in pounds?" is £0.245 per kWh.
_PENCE = re.compile(r"(?<![\w.,$€£¥₹])(\d+(?:\.\d+)?)\s?p\b(?![.,]?\d)")
_POUNDS = re.compile(r"£|\bin\s+pounds\b", re.IGNORECASE)
# ... or a price in pence with a fraction of a penny or of a pound or more ("145.9p a litre"),
# whose totals are said in pounds, in a story with no other currency
_PRICE_IN_PENCE = re.compile(
    r"^[^$€¥₹]*(?<![\w.,])(?:\d+\.\d+|[1-9]\d{2,})\s?p\b(?![.,]?\d)[^$€¥₹]*$"
)
# ... or a price of whole pence a thing, in a story of no other currency that never asks in pence
# ("Grape pickers are paid 45p per kilo. Marta picked 286 kg. What's she owed?": £0.45 a kilo)
_PENCE_RATE = re.compile(
    r"^(?![^$€¥₹]*\b(?:pence|in\s+p)\b)[^$€¥₹]*(?:(?<![\w.,])\d{1,2}\s?p\s+(?:a|an|per|each|every)\b"
    # ("3,480 sheets at 38p, 2,950 towels at 27p and …")
    r"|\bat\s+\d{1,2}\s?p(?=\s*[,.;?]|\s+and\b))[^$€¥₹]*$",
    re.IGNORECASE,
)
# Cents in a story of dollars or of no other currency: "420 sheets a day at 38 cents each"
_CENTS = re.compile(r"(?<![\w.,$€£¥₹])(\d+(?:\.\d+)?)\s?cents?\b(?![.,]?\d)", re.IGNORECASE)
_NOT_DOLLARS = re.compile(r"[£€¥₹]|\b(?:euros?|pounds|pence|percent|per\s+cent)\b", re.IGNORECASE)
# The story's own currency asked for by name: "What's the total in euros?" after "€55 each"
_IN_CURRENCY_NAMED = re.compile(
    r",?\s+in\s+(?P<name>euros?|pounds(?:\s+sterling)?|dollars|£|€|\$)(?=[\s?.!,]|$)",
    re.IGNORECASE,
)
_WHAT_IS_THAT = re.compile(
    r"(?P<lead>(?:^|[.,;]\s+)(?:so\s+)?)what(?:'s|\s+is)\s+(?:that|it)$", re.IGNORECASE
)
# A rate named by its period: "at my £380 day rate", "at our £45 hourly rate"
_DAY_RATE = re.compile(
    r"(?:(?<=\bat\s)|(?<=\bcharges\s)|(?<=\bcharge\s)|(?<=\bpays\s)|(?<=\bis\s))"
    r"(?:my|our|his|her|their|the|a|an)\s+(?P<amount>[$€£¥₹]\d[\d,]*(?:\.\d+)?)\s+"
    r"(?P<per>day|daily|hour|hourly|week|weekly)\s+rate\b",
    re.IGNORECASE,
)
_RATE_PER = {
    "day": "a day",
    "daily": "a day",
    "hour": "an hour",
    "hourly": "an hour",
    "week": "a week",
    "weekly": "a week",
}
_WORD_SIGNS = {"e": "€", "d": "$", "r": "₹"}
_SIGNS = {"e": "€", "p": "£", "d": "$", "£": "£", "€": "€", "$": "$"}


_QUID = re.compile(r"(?<![\w.,£])(\d[\d,]*(?:\.\d+)?)\s+quid\b", re.IGNORECASE)
# Euros, dollars and rupees by name: "89 euros each", "0.42 euro per kilo" (not "2 euro coins": coins
# of 2 euros; pounds may be a weight)
_CURRENCY_WORD = re.compile(
    r"(?<![\w.,$€£¥₹])(\d[\d,]*(?:\.\d+)?)\s+(euros?|dollars?|rupees?)\b"
    r"(?![\s-]+(?:coins?|notes?|bills?))",
    re.IGNORECASE,
)
# A currency's code for its sign: "EUR 18", "25 USD"
_CODES = "|".join(CODE_SIGNS)
_CODE = re.compile(
    rf"\b(?P<code>{_CODES})\s?(?P<n>\d[\d,]*(?:\.\d+)?)\b"
    rf"|(?<![\w.,])(?P<n2>\d[\d,]*(?:\.\d+)?)\s?(?P<code2>{_CODES})\b"
)


def money_said(text: str) -> str:
    """A story's money in one currency: pence beside pounds as pounds, cents as dollars in a
    story with no other currency, and "in euros" dropped when every amount is in euros."""
    if " quid" in text:  # "twenty-five quid each" (the number words already digits)
        text = _QUID.sub(r"£\1", text)
    if "euro" in text or "dollar" in text or "rupee" in text:
        text = _CURRENCY_WORD.sub(lambda m: f"{_WORD_SIGNS[m[2][0].lower()]}{m[1]}", text)
    if any(code in text for code in CODE_SIGNS):
        text = _CODE.sub(lambda m: CODE_SIGNS[m["code"] or m["code2"]] + (m["n"] or m["n2"]), text)
    if "p" in text and (
        _POUNDS.search(text) or _PRICE_IN_PENCE.search(text) or _PENCE_RATE.search(text)
    ):
        text = _PENCE.sub(lambda m: f"£{Decimal(m[1]) / 100}", text)
    if "cent" in text.lower() and not _NOT_DOLLARS.search(text):  # "at 38 cents each"
        text = _CENTS.sub(lambda m: f"${Decimal(m[1]) / 100}", text)
    if " rate" in text:  # "3.5 days at my £380 day rate" is £380 a day
        text = _DAY_RATE.sub(lambda m: f"{m['amount']} {_RATE_PER[m['per'].lower()]}", text)
    if " in " not in text or (named := _IN_CURRENCY_NAMED.search(text)) is None:
        return text
    signs = {c for c in text if c in "$€£¥₹"}
    if signs == {_SIGNS[named["name"][0].lower()]}:
        asked = text[: named.start()]
        if that := _WHAT_IS_THAT.search(asked):  # "… 9.2p per kWh, what's that in pounds"
            asked = f"{asked[: that.start()]}{that['lead']}what does that cost"
        text = asked + text[named.end() :]
    return text


# A price each said another way: "8.4 kg @ 13.75 per kg", "1,500 LPs at £4.85 a unit"
_AT_SIGN = re.compile(r"(?<=[\d\w])\s+@\s+(?=[$€£¥₹]?\d)")
_PER_ITEM = re.compile(r"(?<=\d)\s+(?:a|per|each)\s+(?:unit|item|piece)\b", re.IGNORECASE)
# The tax of a priced thing: "20% VAT on a £78 sweep"
_TAXED_THING = re.compile(
    r"(\b(?:vat|tax|gst|tip)\s+on\s+(?:an?\s+|the\s+)?[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?)\s+[a-z]+(?=\s*[?.]?$)",
    re.IGNORECASE,
)


def prices_said(text: str) -> str:
    """A story's prices in the words its readers know: "@" as "at", "a unit" as "each", and the
    priced thing's name dropped after a tax on it."""
    if "@" in text or " unit" in text or " item" in text or " piece" in text:
        text = _AT_SIGN.sub(" at ", _PER_ITEM.sub(" each", text))
    if " on " in text:
        text = _TAXED_THING.sub(r"\1", text)
    return text
