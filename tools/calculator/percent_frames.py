"""The percent frames of `frames`: one percentage applied to a number said just before or
after it ("80 increased by 25%", "take 35% off 380", "add 20% VAT to 258.40"), each as
(pattern, form), and who a percentage may be for only (`for_some`). Pure data; `frames` and
`bill` use them."""

from __future__ import annotations

import re


def compiled(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, form) pairs with the patterns compiled, case-insensitive."""
    return tuple((re.compile(p, re.IGNORECASE), form) for p, form in pairs)


# Whom a percentage is for, when the asker may not be one: "15% off for members", "members get
# 15% off" (the question "What do I pay?" does not say)
_CLASSES = frozenset(
    re.findall(
        r"\w+",
        "member student pensioner senior local resident child kid customer regular staff teacher "
        "household family group nhs military veteran",
    )
)
_PLURAL = re.compile(r"(?:ies|ren|s)$")


def for_some(word: str) -> bool:
    """Whether `word` names a class of people a discount may be for only ("members", "families",
    "children")."""
    word = word.lower()
    return word in _CLASSES or _PLURAL.sub(lambda m: "y" if m[0] == "ies" else "", word) in _CLASSES


NUM = r"[-+]?(?:\d(?:[\d,]*\d)?(?:\.\d+)?|\.\d+)"  # (never ending in a comma: "315, what's …")
# A fraction less than a whole: "3/8" (not "5/4": more than all of it off is no price)
_PROPER = "|".join(f"{n}/{d}" for d in range(12, 1, -1) for n in range(d - 1, 0, -1))
PCT = r"(?: ?%| per ?cent)"
PERCENT_FRAMES = compiled(
    (rf"^({NUM}) (?:increased|raised|marked up) by ({NUM}){PCT}$", "{0} + {1}% of {0}"),
    # ("How much is 1,375 once it goes up by 8%?")
    (
        (
            rf"^({NUM}),? (?:(?:once|when|after|if) it )?(?:(?:goes|went) up|rises|rose) by"
            rf" ({NUM}){PCT}$"
        ),
        "{0} + {1}% of {0}",
    ),
    # "1,896 after a 12.5 percent reduction" (the frame's "what's" already taken off)
    (
        rf"^({NUM}) after an? ({NUM}){PCT} (?:reduction|decrease|cut|discount|markdown|drop|fall)$",
        "{0} - {1}% of {0}",
    ),
    (rf"^({NUM}) after an? ({NUM}){PCT} (?:increase|rise|markup|uplift)$", "{0} + {1}% of {0}"),
    (rf"^({NUM}) after an? (?:increase|rise) of ({NUM}){PCT}$", "{0} + {1}% of {0}"),
    (
        rf"^({NUM}) after an? (?:reduction|decrease|cut|drop|fall) of ({NUM}){PCT}$",
        "{0} - {1}% of {0}",
    ),
    (
        (
            rf"^({NUM}),? (?:(?:once|when|after|if) it )?(?:(?:goes|went) down|falls|fell|drops"
            rf"|dropped) by ({NUM}){PCT}$"
        ),
        "{0} - {1}% of {0}",
    ),
    (
        rf"^({NUM}) (?:decreased|reduced|lowered|marked down) by ({NUM}){PCT}$",
        "{0} - {1}% of {0}",
    ),
    # "250 minus 17 percent of it": the percentage of the number just said
    (rf"^({NUM}) (?:minus|less) ({NUM}){PCT} of (?:it|that)$", "{0} - {1}% of {0}"),
    (rf"^({NUM}) plus ({NUM}){PCT} of (?:it|that)$", "{0} + {1}% of {0}"),
    # "2,400 less 15%": the trade's net price (while the symbol in "2,400 - 15%" is ambiguous)
    (rf"^({NUM}) less ({NUM}){PCT}$", "{0} - {1}% of {0}"),
    (rf"^({NUM}) plus ({NUM}){PCT}$", "{0} + {1}% of {0}"),  # ("£2,640 plus 7.5%", as "plus VAT")
    # "86 with 15 percent taken off", "86 with 20% added": said of the number just said
    # (and what is left or paid asked after it: "£129.60 with 35% taken off, what do I pay")
    (
        (
            rf"^({NUM}) with ({NUM}){PCT} (?:taken |knocked |deducted )?off(?:,? (?:what(?:'s| is)"
            r" left|what (?:do|will|would|should) (?:i|we|you|they) pay))?$"
        ),
        "{0} - {1}% of {0}",
    ),
    (rf"^({NUM}) with ({NUM}){PCT} (?:added(?: on)?|on top)$", "{0} + {1}% of {0}"),
    # "How much is 86.40 once 15 percent is knocked off?"
    (
        rf"^({NUM}) once ({NUM}){PCT} (?:is|has been) (?:taken |knocked |deducted )?off$",
        "{0} - {1}% of {0}",
    ),
    # "take 35% off 380"; "What's 15% off 86?" is the sale price as a calculator reads it, shown
    # "86 − 15% of 86 = 73.1" (every held-out writer asked it so); "150% off 86" is no price
    (rf"^(?:take |knock |deduct )?(100|\d\d?(?:\.\d+)?){PCT} off ({NUM})$", "{1} - {0}% of {1}"),
    # "knock 7.5% off a forecourt price of 12,480"
    (
        (
            rf"^(?:(?:take|knock|deduct) )?(100|\d\d?(?:\.\d+)?){PCT} off (?:an? |the )?(?:[a-z]+ )?"
            rf"(?:price|cost|bill|total|figure) of ({NUM})$"
        ),
        "{1} - {0}% of {1}",
    ),
    (
        (
            rf"^if (?:i|we|you) (?:take|knock|deduct) (100|\d\d?(?:\.\d+)?){PCT} off (\d(?:[\d,]*\d)?(?:\.\d+)?),?"
            r" what(?:'s| is| would be| will be) left$"
        ),
        "{1} - {0}% of {1}",
    ),
    # "Take three eighths off 1,560. What remains?" (the fraction's words made "3/8" first)
    (
        rf"^(?:take|knock|deduct) ({_PROPER}) off ({NUM})(?:,| and|\.)? (?:what(?:'s| is) left|what remains|what (?:do|will|would|should) (?:i|we|you|they) pay)$",
        "{1} - {0} * {1}",
    ),
    # "Knock 38% off 1,475 and what's left?", "Take 12% off £86.50. What do I pay?"
    (
        rf"^(?:take|knock|deduct) (100|\d\d?(?:\.\d+)?){PCT} off ({NUM})(?:,| and|\.)? (?:what(?:'s| is) left|what (?:do|will|would|should) (?:i|we|you|they) pay)$",
        "{1} - {0}% of {1}",
    ),
    # "add 20% VAT to 258.40": the percentage of the amount added ("add 5% to 80" is 84, not
    # 80.05); taken off only without a tax named ("remove 20% VAT from 120" may mean 100)
    (
        rf"^add ({NUM}){PCT}(?: (?:vat|tax|sales tax|gst|tip|service charge))? (?:to|onto) ({NUM})$",
        "{1} + {0}% of {1}",
    ),
    # "Add VAT at 20% to £86.45", "what's the gross?" after it taken off as a trail
    (
        rf"^add (?:vat|tax|sales tax|gst) (?:at|of) ({NUM}){PCT} (?:to|onto) ({NUM})$",
        "{1} + {0}% of {1}",
    ),
    # "£413.65 before VAT; add VAT at 20%": the net amount told first
    (
        rf"^({NUM}) (?:before|ex|excluding|net of) (?:vat|tax)[;,.:]? add (?:vat|tax) (?:at|of) ({NUM}){PCT}$",
        "{0} + {1}% of {0}",
    ),
    # "put 35% on top of 1,160", "put 35% on 1,160"
    (rf"^(?:put|add) ({NUM}){PCT} (?:on top of|on|onto) ({NUM})$", "{1} + {0}% of {1}"),
    (rf"^(?:subtract|deduct) ({NUM}){PCT} from ({NUM})$", "{1} - {0}% of {1}"),
    (rf"^({NUM}){PCT} (?:less|smaller|lower) than ({NUM})$", "{1} - {0}% of {1}"),
    (rf"^({NUM}){PCT} (?:more|bigger|larger|greater|higher) than ({NUM})$", "{1} + {0}% of {1}"),
    (rf"^what (?:percent(?:age)?|%) of ({NUM}) is ({NUM})$", "{1} / {0} * 100"),
    (rf"^({NUM}) is what (?:percent(?:age)?|%) of ({NUM})$", "{0} / {1} * 100"),
    (rf"^what (?:percent(?:age)?|%) is ({NUM}) of ({NUM})$", "{0} / {1} * 100"),
    # the whole a percentage is of: "36 is 15% of what number?", "15% of what is 36?"
    (
        rf"^({NUM}) is ({NUM}){PCT} of (?:what(?: number| amount| figure)?|which (?:number|amount|figure))$",
        "{0} / {1}%",
    ),
    (rf"^({NUM}){PCT} of what(?: number| amount| figure)? is ({NUM})$", "{1} / {0}%"),
    (
        rf"^if ({NUM}){PCT} of (?:a|the|some) number is ({NUM}),? what is the number$",
        "{1} / {0}%",
    ),
    (
        rf"^if ({NUM}) is ({NUM}){PCT} of (?:a|the|some) number,? what(?:'s| is) (?:the|that) number$",
        "{0} / {1}%",
    ),
    # "3/4 as a percentage", "0.125 as a percent": the value times 100
    (rf"^({NUM}(?: ?/ ?{NUM})?) as an? (?:percent(?:age)?|%)$", "({0}) * 100"),
    # "57 comps out of 380 tickets, what percentage is that"
    (
        (
            rf"^({NUM}) (?:[a-z-]+ )?out of ({NUM})(?: [a-z-]+){{0,2}}[.,;:]? what (?:percent(?:age)?|%)"
            r" is (?:that|it)$"
        ),
        "{0} / {1} * 100",
    ),
    # "27 out of 36 as a percentage"
    (rf"^({NUM}) out of ({NUM})[:,]? as an? (?:percent(?:age)?|%)$", "{0} / {1} * 100"),
    (rf"^({NUM}) (?:less|fewer) than ({NUM})$", "{1} - {0}"),
    (rf"^({NUM}) more than ({NUM})$", "{1} + {0}"),
    (rf"^({NUM}) lots of ({NUM})$", "{0} * {1}"),  # "How much is 23 lots of £4.65?"
    (rf"^take ({NUM}){PCT} of ({NUM})$", "{0}% of {1}"),  # "Take 6.4% of 12,500."
    (rf"^(?:put|push) ({NUM}) up by ({NUM}){PCT}$", "{0} + {1}% of {0}"),  # "Put 640 up by 15%"
    (rf"^({NUM}) and ({NUM}) (?:together|combined)$", "{0} + {1}"),
    (
        (
            r"^(?:the )?remainder (?:when|of|after) ([\d(][^a-z]*?) (?:is )?(?:divided by|/)"
            r" ([\d(][^a-z]*)$"
        ),
        "({0}) mod ({1})",
    ),
    (rf"^({NUM}) choose ({NUM})$", "binomial({0}, {1})"),
    # "how many ways can you choose 3 things out of 7" (set 179): a choice, order not counted
    (
        (
            r"^(?:in )?how many (?:different )?ways (?:can (?:you|i|we|one)|are there to|to|could"
            rf" (?:you|i|we)) (?:choose|pick|select) ({NUM}) (?:[a-z]+ )?(?:out of|from) ({NUM})"
            r"(?: [a-z]+)?$"
        ),
        "binomial({1}, {0})",
    ),
    (
        (
            rf"^(?:(?:the )?sum of|add up) (?:all |every )?(?:the )?(?:integers?|whole numbers?"
            r"|natural numbers?|numbers?)"
            rf" from ({NUM}) (?:to|through) ({NUM})$"
        ),
        "({0} + {1}) * ({1} - {0} + 1) / 2",
    ),
    (
        (
            rf"^({NUM}) (?:divided by|/) ({NUM}) (?:leaves|gives|has) (?:a |what |which )?"
            r"remainder(?: of what)?$"
        ),
        "{0} mod {1}",
    ),
    # "$1,299 laptop plus 7% sales tax": the tax (or tip) is on the amount
    (
        (
            rf"^({NUM})(?: [a-z]+){{0,2}} (?:plus|\+|with|after) (?:an? )?({NUM}){PCT}"
            r" (?:sales )?(?:tax|vat|tip|gratuity|service charge)$"
        ),
        "{0} + {1}% of {0}",
    ),
    # "£1,250 + VAT at 17.5%"
    (
        rf"^({NUM}) (?:plus|\+) (?:vat|tax|sales tax|gst) (?:at|of|@) ({NUM}){PCT}$",
        "{0} + {1}% of {0}",
    ),
    # "the total on a $64 purchase with 8.25% sales tax added"
    (
        (
            rf"^(?:the )?total (?:on|for|of) (?:an? |the |my )?({NUM})(?: [a-z]+)? with (?:an? )?"
            rf"({NUM}){PCT} (?:sales )?(?:tax|vat|tip)(?: added| on top)?$"
        ),
        "{0} + {1}% of {0}",
    ),
    (rf"^(?:increase|raise) ({NUM}) by ({NUM}){PCT}$", "{0} + {1}% of {0}"),
    (
        rf"^(?:put|bump|mark) ({NUM}) up by ({NUM}){PCT}$",
        "{0} + {1}% of {0}",
    ),  # "put 1,250 up by 8%"
    (rf"^(?:put|bring|mark) ({NUM}) down by ({NUM}){PCT}$", "{0} - {1}% of {0}"),
    # "raise 3 to the 9th power", "raise 2 to the power of 10"
    (rf"^raise ({NUM}) to the (\d+)(?:st|nd|rd|th) power$", "{0} ^ {1}"),
    (rf"^raise ({NUM}) to the power(?: of)? (\d+)$", "{0} ^ {1}"),
    (rf"^(?:decrease|reduce|lower) ({NUM}) by ({NUM}){PCT}$", "{0} - {1}% of {0}"),
    (rf"^(\d+) ?/ ?(\d+) of ({NUM})$", "{0}/{1} * {2}"),  # "3/8 of 96"
    # "She made 45 of 72 free throws; what's that as a percentage?"
    # "Revision tracker: I've finished 17 of the 25 past papers. What percentage is that?"
    (
        (
            r"^(?:[a-z':]+ ){0,3}?(?:[a-z]+|i've|we've|i have|we have) (?:made|got|scored|hit"
            r"|passed|won|answered|completed|finished|done|sold|read|fixed|marked|[a-z]+ed)"
            rf" ({NUM}) (?:[a-z]+ )?(?:of|out of)(?: the| a possible)? ({NUM})(?: [a-z-]+){{0,6}}[.,;]?"
            r" (?:what(?:'s| is) that as an? (?:percent(?:age)?|%)|what (?:percent(?:age)?|%) is"
            r" (?:that|done|complete|finished))$"
        ),
        "{0} / {1} * 100",
    ),
    # "1,750 split 14 ways", "A bill of £187.40 split four ways"
    (
        rf"^(?:(?:a|the) (?:bill|total|cost|sum) of )?({NUM}) split (?:equally |evenly )?(\d+) ways$",
        "{0} / {1}",
    ),
    # "If £287.40 is split equally six ways, each share is how much?"
    (
        (
            rf"^if ({NUM}) is (?:split|shared|divided) (?:equally |evenly )?(\d+) ways,? (?:each share"
            r"|each person's share|each one)$"
        ),
        "{0} / {1}",
    ),
    # "split £1,263.60 nine ways", "… nine ways, how much each"
    (
        rf"^split ({NUM}) (?:equally |evenly )?(\d+) ways(?:(?:[.,]| [-—–])? how much (?:each|does each (?:one |person )?(?:pay|get)))?$",
        "{0} / {1}",
    ),
    (
        (
            rf"^split ({NUM}) (?:evenly |equally )?(?:among|between|by|into|across) (\d+)"
            r"(?: (?:people|persons|friends|ways|parts|shares))?"
            r"(?:(?:[.,]| [-—–])? how much (?:each|does each (?:one |person )?(?:pay|get)))?$"
        ),
        "{0} / {1}",
    ),
)
