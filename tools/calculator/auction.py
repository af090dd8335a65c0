"""What a buyer pays at auction, for `told`: the hammer price, the buyer's premium as a share of
it, perhaps a fee, and VAT on the premium (and fee) only.

"Bought a county map at auction: hammer price £340, buyer's premium 25% of the hammer, and VAT
at 20% charged on the premium only. What did it cost me in total?"
  -> "340 + 340 * 25 / 100 + (340 * 25 / 100) * 20 / 100"
"Hammer price on the Golf was £3,600. The buyer's premium is 12.5% plus a £60 admin fee, and VAT
at 20% applies to the premium and fee only. What does the buyer pay in total?"
  -> "3600 + 3600 * 12.5 / 100 + 60 + (3600 * 12.5 / 100 + 60) * 20 / 100"

The VAT must be said to be on the premium only (or the premium and the fee), since on the whole
it would be another sum; a fee the VAT clause leaves out is paid without VAT, as the story says.
Precision first: a second premium band, a discount, shipping, a number the story does not use
or any other question abstain. Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.rates import MAX_STORY, NUM
from tools.calculator.takeaway import MONEY, money_number, question_and_story
from tools.words import stray_digit

_HAMMER = re.compile(
    r"\bhammer(?:\s+price)?(?:\s+(?:on|for)\s+(?:lot\s+\d{1,4}|the\s+[A-Za-z]+))?"
    rf"(?:\s+(?:was|is|of|at))?[\s:,]*(?P<h>{MONEY})",
    re.IGNORECASE,
)
_PREMIUM = re.compile(
    rf"\bbuyer['’]?s\s+premium(?:\s+(?:is|was|of|at))?\s+(?P<p>{NUM})\s*%"
    r"(?:\s+of\s+the\s+hammer(?:\s+price)?)?",
    re.IGNORECASE,
)
_FEE = re.compile(
    rf"\bplus\s+an?\s+(?P<f>{MONEY})\s+(?:admin|administration|lot|internet|online)\s+fee\b",
    re.IGNORECASE,
)
_VAT = re.compile(
    rf"\bVAT\s+(?:at\s+)?(?P<v>{NUM})\s*%\s+(?:is\s+)?(?:charged|applies|applied|payable|due)?\s*"
    r"(?:to|on)\s+the\s+premium(?P<fee>\s+and\s+(?:the\s+)?(?:admin\s+)?fee)?\s+only\b",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"^(?:so\s+)?(?:what\s+(?:does|did|will|do)\s+(?:the\s+buyer|(?:it|that|the\s+[a-z]+)\s+cost"
    r"\s+(?:me|us|them|him|her)|i|we|they|he|she)(?:\s+pay)?"
    r"|how\s+much\s+(?:does|did|will|do)\s+(?:the\s+buyer|i|we|they|he|she)\s+pay"
    r"|what(?:'s|\s+is)\s+the\s+total(?:\s+(?:cost|bill|to\s+pay))?)"
    r"(?:\s+in\s+total|\s+altogether|\s+all\s+in)?\s*[?.]?$",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"\b(?:discount\w*|less|off|minus|shipping|postage|delivery|each|per|lots|plus\s+VAT"
    r"|commission|deposit|reserve|estimate)\b",
    re.IGNORECASE,
)


def auction_total(body: str) -> str | None:
    """The expression for what the buyer pays at auction, or None (see the module docstring)."""
    if len(body) > MAX_STORY or "premium" not in body.lower():
        return None
    if (told := question_and_story(body, 4)) is None:
        return None
    question, story = told
    if not _ASKED.match(question) or _OTHER.search(story):
        return None
    hammer, premium = list(_HAMMER.finditer(story)), list(_PREMIUM.finditer(story))
    fees, vat = list(_FEE.finditer(story)), list(_VAT.finditer(story))
    if len(hammer) != 1 or len(premium) != 1 or len(fees) > 1 or len(vat) != 1:
        return None
    if stray_digit(story, [*hammer, *premium, *fees, *vat]):
        return None
    h = money_number(hammer[0]["h"])
    on_premium = f"{h} * {premium[0]['p']} / 100"
    if not fees:
        return (
            None if vat[0]["fee"] else f"{h} + {on_premium} + ({on_premium}) * {vat[0]['v']} / 100"
        )
    fee = money_number(fees[0]["f"])
    taxed = f"{on_premium} + {fee}" if vat[0]["fee"] else on_premium
    return f"{h} + {on_premium} + {fee} + ({taxed}) * {vat[0]['v']} / 100"
