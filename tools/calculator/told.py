"""A word problem read by the story readers, once no frame of `frames` has read it.

"Tickets are £12 for adults … How much for 2 adults and 3 children?", "22 juniors at £4 and
17 adults at £7. The hall cost £85. How much is left over for prizes?": each reader knows one
shape of story (terms added up, a list, a price list and an order, a share per head, a change
in percent, containers needed, a recipe scaled, what is left, change from a note, a profit, a
cost shared, a percentage on the whole, takings after a cost, a percentage on an amount, a cost's share of a price), and
the first that reads the story whole gives its expression. `read_story(worded, trail)` takes
the story with its currency signs ("a £45 young driver fee" is money) and the trailing frame
taken off it ("What's the total?"), which may be what asks for a total. Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.auction import auction_total
from tools.calculator.bands import percent_bands
from tools.calculator.bill import before_tax, told_bill
from tools.calculator.budget import money_left
from tools.calculator.chained import chained_percents
from tools.calculator.containers import boxes_of, containers_needed, packed_into
from tools.calculator.covered import share_left
from tools.calculator.cuts import (
    cut_of_the_whole,
    paid_up_front,
    rest_after_share,
    rest_covered,
    rest_in_instalments,
    rest_shared,
    shared_by_parts,
)
from tools.calculator.daily_counts import by_the_day
from tools.calculator.energy import energy_bill
from tools.calculator.even_share import shared_cost, used_share
from tools.calculator.fees import fees_and_rates
from tools.calculator.group import first_then_each, group_price
from tools.calculator.listed import listed_total
from tools.calculator.margins import profit_percent, unit_profit
from tools.calculator.measures import one_area
from tools.calculator.menu import menu_order
from tools.calculator.multibuy import multi_buy
from tools.calculator.named import (
    left_after,
    more_in,
    named_amounts,
    per_head,
    percent_change,
    recipe_scaled,
)
from tools.calculator.over_mark import percent_over_mark
from tools.calculator.partoff import one_thing_off
from tools.calculator.percents import cost_share, percent_named, percent_on, vat_inside
from tools.calculator.portion import (
    part_as_percent,
    part_of_a_mixture,
    portion_of,
    rest_sold,
    share_of_share,
    sold_at_two_prices,
    sold_share,
    with_extra,
)
from tools.calculator.pro_rata import pro_rata
from tools.calculator.rates import SENTENCES, SIGNED, rate_product
from tools.calculator.ratios import part_by_ratio
from tools.calculator.scale import scaled_length
from tools.calculator.share_priced import share_priced
from tools.calculator.takeaway import change_or_voucher, percent_on_the_whole
from tools.calculator.takings import (
    after_a_cut,
    left_of_savings,
    left_to_pay,
    made_after,
    margin_sold,
    profit,
    spent_from,
)
from tools.calculator.terms import sum_of_terms
from tools.calculator.tiers import tiered_price
from tools.calculator.wages import overtime_pay, paid_past_hours
from tools.calculator.yields import yield_product
from tools.words import unnamed

# A question after a dash ends the story's sentence before it, as a full stop would.
_DASH_ASKED = re.compile(r"\s+[—–-]\s+(?=(?:so\s+)?(?:how|what|which)\b)", re.IGNORECASE)
_IF_GIVEN = re.compile(
    r"(?<=[.!]\s)if\s+(?P<told>(?:[^,.?!]|(?<=\d)\.(?=\d))*\d(?:[^,.?!]|(?<=\d)\.(?=\d))*),\s+"
    r"(?P<asked>(?:how|what)\b[^.?!]*)$",
    re.IGNORECASE,
)
_WITH_ADDED = re.compile(
    r"(?<=[.!])\s+with\s+(?P<what>\d[\d.]*\s*%\s+(?:vat|tax|service\s+charge))\s+(?:added|on\s+top)"
    r"(?:,\s+(?P<asked>(?:what|how)\b[^.?!]*))?$",
    re.IGNORECASE,
)
_BEFORE_TAX = re.compile(r"\s+(?:ex|excl\.?|excluding|before|plus)\s+vat\b", re.IGNORECASE)
_SO_ASKED = re.compile(
    r",\s+so\s+(?=(?:what|how)\b[^.?!]*$)|[;:]\s+(?=(?:what|how)\b[^.?!;:]*$)", re.IGNORECASE
)  # (": how much does each person pay?" too)
_TOTAL_TRAIL = re.compile(
    r"\b(?:total|altogether|comes?\s+to|how\s+much\s+is\s+(?:that|it)|charge)\b", re.IGNORECASE
)


_WHOSE_DISCOUNT = re.compile(
    r"\bless\s+(?:the\s+[a-z]+'s\s+|(?:my|our|their|his|her)\s+)(\d+(?:\.\d+)?%)\s+(?:[a-z]+\s+)?discount\b"
)
_DISCOUNT_OFF = re.compile(r"\b(?:a|an)\s+(\d+(?:\.\d+)?%)\s+(?:[a-z]+\s+)?discount\s+(?=off\b)")
# The question as a task: "… Work out his feed bill for 28 days."
_WORK_OUT = re.compile(
    r"(?<=[.!?]\s)(?:please\s+)?(?:work\s+out|calculate|figure\s+out)\s+"
    r"(?P<what>(?:the|his|her|my|our|their|its)\s+[a-z][^.?!]*?)\s*[.?!]?$",
    re.IGNORECASE,
)
_AT_AVERAGE = re.compile(r"\bat\s+an\s+average\s+(?:price\s+)?of\s+(?=[$€£]?\d)")
# Where the story happened, said first: "From one machine I sold 37 cans at £1.30 …"
_ONE_PLACE = re.compile(
    r"^(?:from|at|on|in)\s+(?:one|1)\s+[a-z]+,?\s+(?=(?:i|we)\s)", re.IGNORECASE
)
# A departure named by its clock time, in a story of money: "On the 07:40 sailing we carried 312
# foot passengers at €14.50" (which sailing, not a number of the sum)
_TIMED_NAME = re.compile(
    r"\b(the)\s+\d{1,2}[:.]\d{2}\s+(?=(?:sailing|crossing|departure|train|ferry|flight|bus|coach"
    r"|service|show|performance|screening|session|class)\b)",
    re.IGNORECASE,
)


# The question asked first, then the story: "Day's bill? Breakfast for 85 crew at £6.40, …"
_ASKED_FIRST = re.compile(r"^(?P<q>[^?\d]{3,40}\?)\s+(?P<story>[^?]*\d[^?]*?)[.!]?$")
_TOTAL_FIRST = re.compile(
    r"^(?:what(?:'s|\s+is)\s+)?the\s+(?:[a-z]+\s+)?total(?:\s+for\s+[a-z ]{1,30})?:\s+"
    r"(?P<story>[^?]*\d[^?]*?)\??$",
    re.IGNORECASE,
)

# A period said before the question: "Over six weeks, what do they spend?" (moved after it)
_PERIOD_FIRST = re.compile(
    r"(?<=[.!]\s)(?P<period>(?:over|in|across|for)\s+(?:the\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:days|weeks|months|years|nights|shifts|sessions)),\s+(?P<asked>(?:what|how)\b[^.?!,]*)$",
    re.IGNORECASE,
)

# A label naming the story before it ("Fence job materials and labour:", "Jumble sale takings:"):
# words only, none of them asking or naming a total the story is then asked for
_STORY_LABEL = re.compile(
    r"^(?!(?:[a-z'-]+\s+){0,6}?(?:what|how|which|total|totals|sum|if|when)\b)"
    # ("Parts for one marimba:", "Materials for a three-piece:")
    r"[A-Za-z][a-z'-]*(?:\s+(?:[a-z'-]+|1(?=\s+[a-z]+:)|\d-[a-z]+(?=:)|(?<=year\s)\d{1,2}"
    # ("a 47-string pedal harp:", not "a 3-day expo:", whose days count)
    r"|\d{1,4}-(?!(?:day|night|week|hour|month|year|minute|session)s?\b)[a-z]+))"
    r"{0,6}:\s+(?=\S)",  # ("Year 8 homework:")
    re.IGNORECASE,
)
# A group's order asked as what it pays: "A group of 11 children with 4 adults pays how much?"
_GROUP_PAYS = re.compile(
    r"(?<=[.!]\s)(?:an?|the|one)\s+(?:group|party|family|class|team)\s+of\s+(?P<a>\d[\d,]*\s+[a-z]+)"
    r"\s+(?:with|and|plus)\s+(?P<b>\d[\d,]*\s+[a-z]+)\s+(?:pays?|owes?)\s+how\s+much"
    r"(?:\s+in\s+total|\s+altogether)?$",
    re.IGNORECASE,
)
# The whole order asked in one question: "What do 11 boxes cost at £39.60 a box, less 15%?"
# (its "What do" taken off with the frames' lead)
_COST_ASKED_AT = re.compile(
    r"^(?:what\s+(?:do|does|would|will)\s+)?(?P<things>\d[\d,]*\s+[a-z][a-z' -]{0,40}?)\s+cost"
    r"\s+(?P<at>at\s+[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?\s+(?:each|apiece|(?:a|an|per)\s+[a-z]+)"
    # and what comes off or on it, asking nothing more ("…, and is that a good deal?")
    r"(?:,?\s+(?:less|minus|plus|with|after)\s+(?:(?!\b(?:is|are|was|were|should|would|could"
    r"|can|do|does|did|why|how|what|which|who|if|or)\b)[^?!])*)?)$",
    re.IGNORECASE,
)


# A percentage in words, as every reader reads it: "22 percent", "12.5 per cent"
_PERCENT_WORD = re.compile(
    r"(?P<n>\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(?:per\s?cent|percent)\b", re.IGNORECASE
)
# A quantity as the story says it: "802.11", "£4.50", "3/4" and "6:30" are one each
_QUANTITY = re.compile(r"\d+(?:[.,:/]\d+)*")


# An amount the story says is left out of what is asked: paid separately, not on the bill
_KEPT_APART = re.compile(
    r"\b(?:separately|separate\s+(?:bill|invoice|receipt)|(?:not|isn't|aren't|wasn't|weren't)\s+"
    r"(?:included|part\s+of|on\s+(?:the|my|our|his|her|their)\s+(?:bill|invoice|tab|receipt))"
    r"|(?:don't|doesn't|didn't)\s+(?:count|include|go\s+on))\b",
    re.IGNORECASE,
)
_END_UP_TRAIL = re.compile(r"what\s+do\s+(?:you|i|we)\s+(?:get|end\s+up\s+with)", re.IGNORECASE)
_MARKED = re.compile(r"[,;:?!—]|\.(?!\d)")
# A question run on after the story with no mark (typed on a phone): "if I earn $23.40 an hour and
# work 37.5 hours what's my gross pay" (set 181)
_UNMARKED_ASKED = re.compile(
    r"(?<=[\w%])(?=\s+(?:what(?:'s|s|\s+is|\s+was|\s+will\s+be)\s+(?:my|the|our|his|her|their)\s"
    r"|how\s+(?:much|many)\s)[^\d]*$)",
    re.IGNORECASE,
)


def read_story(worded: str, trail: str) -> str | None:
    """The expression the first story reader gives for `worded`, or None."""
    if len(_QUANTITY.findall(worded)) < 2:
        return None  # every reader below works on two quantities or more (words are digits)
    apart = "separate" in worded or "n't" in worded or " not " in worded
    if apart and _KEPT_APART.search(worded):
        return None  # "… £60 for the bearers' lunch, which the family settle separately"
    asked_total = bool(_TOTAL_TRAIL.search(trail))
    ended = bool(_END_UP_TRAIL.search(trail))  # (its "what do I end up with?" cut off as a trail)
    if "?" in worded[:48] and (first := _ASKED_FIRST.match(worded)):
        worded = f"{first['story']}. {first['q']}"  # "Day's bill? Breakfast for 85 crew at …"
    elif ": " in worded[:60] and (first := _TOTAL_FIRST.match(worded)):
        worded = f"{first['story']}. What is the total?"  # "What's the materials total: 12 …"
    elif " how much" in worded and (group := _GROUP_PAYS.search(worded)):
        # "A group of 11 children with 4 adults pays how much in total?"
        worded = f"{worded[: group.start()]}How much for {group['a']} and {group['b']}"
        asked_total = False  # (asked whole in the question now: "in total" adds nothing)
    elif "?" in trail and " cost at " in worded and (whole := _COST_ASKED_AT.match(worded)):
        worded = f"{whole['things']} {whole['at']}. What is the total?"
    if ": " in worded[:48] and (label := _STORY_LABEL.match(worded)):
        worded = worded[label.end() :]  # "Fence job materials and labour: 11 panels at …"
    worded = _PERCENT_WORD.sub(r"\g<n>%", worded)  # "keeps 22 percent" as "keeps 22%"
    if not _MARKED.search(worded):  # (one sentence with no mark at all)
        worded = _UNMARKED_ASKED.sub(",", worded, count=1)  # "… 37.5 hours what's my gross pay"
    if " discount" in worded:  # "with a 15% group discount off the total": 15% off it
        worded = _DISCOUNT_OFF.sub(r"\1 ", worded)
        worded = _WHOSE_DISCOUNT.sub(r"less \1 discount", worded)  # "less the shop's 15% guild …"
    if (" out " in worded or "alculate " in worded) and (asked := _WORK_OUT.search(worded)):
        worded = f"{worded[: asked.start()]}What is {asked['what']}?"  # "Work out his bill …"
    if " average of " in worded:  # "312 drinks at an average of £5.75": their total is exact
        worded = _AT_AVERAGE.sub("at ", worded)
    worded = _ONE_PLACE.sub("", worded)  # (where, not a count)
    if SIGNED.search(worded):
        worded = _TIMED_NAME.sub(r"\1 ", worded)  # ("the 07:40 sailing": which one)
    worded = unnamed(worded)  # ("Table 9 had 6 plates": a name, not a count)
    worded = one_area(worded)  # ("per square foot" and "21.6 square metres": two units)
    said = worded
    dashed = "—" in worded or "–" in worded or " - " in worded
    if dashed and (asked := _DASH_ASKED.search(worded)):  # "… tubes of 4 — how many …"
        worded = f"{worded[: asked.start()]}. {worded[asked.end() :]}"
    if (", so " in worded or "; " in worded or ": " in worded) and (so := _SO_ASKED.search(worded)):
        # "… in March, so what's his …", "… split it evenly; what's each share?"
        worded = f"{worded[: so.start()]}. {worded[so.end() :]}"
    added = _WITH_ADDED.search(worded) if "with " in worded.lower() else None
    if added and (added["asked"] or asked_total):
        # "… at £9.36 a case. With 20% VAT added, what's the total?": the tax is told
        told = _BEFORE_TAX.sub("", worded[: added.start()].rstrip(". "))  # ("£9.36 ex VAT")
        worded = f"{told}, plus {added['what']}. {added['asked'] or 'What is the total'}"
    if ", " in worded[-80:] and (period := _PERIOD_FIRST.search(worded)):
        worded = f"{worded[: period.start()]}{period['asked']} {period['period']}"
    if " if " in worded.lower() and (given := _IF_GIVEN.search(worded)):
        # "If our band rings 28 changes a minute, how many minutes …": the condition is told
        worded = f"{worded[: given.start()]}{given['told']}. {given['asked']}"
    return (
        sum_of_terms(worded, total=asked_total)
        or percent_bands(worded)
        or listed_total(worded)
        or menu_order(worded, total=asked_total)
        or named_amounts(worded)
        or per_head(worded)
        or percent_change(worded)
        or percent_over_mark(worded)
        or containers_needed(worded)
        or recipe_scaled(worded)
        or left_after(worded)
        or spent_from(worded)
        or left_of_savings(worded)
        or money_left(worded)
        or left_to_pay(worded)
        or change_or_voucher(worded)
        or profit(worded)
        or profit_percent(worded)
        or unit_profit(worded)
        or multi_buy(worded)
        or shared_cost(worded)
        or percent_on_the_whole(worded, total=asked_total)
        or cut_of_the_whole(worded)
        or paid_up_front(worded)
        or rest_shared(worded)
        or rest_covered(worded)
        or rest_after_share(worded)
        or rest_in_instalments(worded)
        or shared_by_parts(worded)
        or made_after(worded)
        or margin_sold(worded)
        or percent_on(worded, total=asked_total)
        or cost_share(worded)
        or percent_named(worded)
        or portion_of(worded)
        or share_of_share(worded)
        or sold_share(worded)
        or rest_sold(worded)
        or sold_at_two_prices(worded)
        or used_share(worded)
        or part_as_percent(worded)
        or part_of_a_mixture(worded)
        or part_by_ratio(worded)
        or fees_and_rates(worded)
        or vat_inside(worded)
        or scaled_length(worded)
        or more_in(worded)
        # read with its money signs ("£850 rent a month") or its question set apart ("… 3.6 m —
        # how many square metres …"); as typed and without a sign, the frames read it already
        or ((worded != said or SIGNED.search(worded) is not None) and rate_product(worded))
        or yield_product(worded)
        or (asked_total and not _ASKED_LEFT.search(_last(worded)) and _total_of(worded))
        or told_bill(worded, total=asked_total)
        or share_left(worded)
        or pro_rata(worded)
        or share_priced(worded)
        or energy_bill(worded)
        or auction_total(worded)
        or with_extra(worded)
        or by_the_day(worded)
        or before_tax(worded)
        or after_a_cut(worded)
        or group_price(worded)
        or first_then_each(worded, total=asked_total)
        or boxes_of(worded)
        or packed_into(worded)
        or overtime_pay(worded)
        or paid_past_hours(worded)
        or tiered_price(worded)
        or one_thing_off(worded, total=asked_total)
        or chained_percents(f"{worded}. What do I end up with?" if ended else worded)
        or None
    )


# A question left in the story once its trail is cut ("How much does each person pay" before
# "in total?"): the total is not all it asks
_ASKED_LEFT = re.compile(r"\b(?:how|what|which|who|whose)\b", re.IGNORECASE)


def _last(worded: str) -> str:
    return SENTENCES.split(worded.strip())[-1]


def _total_of(worded: str) -> str | None:
    """The story's total, its question all in the trail ("… and a £30 fee, what's the total?")."""
    asked = f"{worded.rstrip('. ')}. What is the total?"
    return rate_product(asked) or listed_total(asked)  # ("ran 12.4, 18.6 and 32 km, what's …")
