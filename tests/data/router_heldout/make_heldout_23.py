"""Generate heldout-2026-12-26.jsonl: a twenty-third held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full: how answers are graded) and parts of
/work/main/tests/data/router_heldout/make_heldout_22.py: lines 1-199 (its docstring,
configuration and helpers), lines 200-204 (calc()), lines 412-455 (its unit factors, their
asserts and unit()), lines 642-692 (its date helpers and date_item()), lines 913-921 (neg and
conv) and lines 1578-1728 (its checks and main()), plus a grep of its `def`, constant and
section-comment lines. Disclosure: one `awk`/`grep` used to find where calc() ends printed a
single line of set 22 that is a plain calculator one-liner (a percentage of a number); nothing
here was modelled on it, and no other query of set 22 was read: its query blocks were not opened.
/work/main/bench/router.py was NOT opened. Nothing else under /work/main was opened: nothing under
router/, tools/, docs/, server/ or tests/ apart from that one generator; the earlier generators
are only imported, in memory, by main() for the duplicate and register checks (and once by a
small stdin script, before this file existed, that printed only which of 31 candidate register
names were already family names of sets 19-22: farm_shop, swimming_pool, allotment, plumber and
print_shop, which were dropped), and their queries are never printed.
/work/main/tests/data/router_heldout/ was listed, names only with JSONL names filtered out, and
checked for __pycache__ (none). No JSONL file was opened (not even this set's own output), no git
command was run, no network was used, and neither the router nor the bench nor the tests were run.

What was run: `date -u` (often); `wc -l` on grading.py and make_heldout_22.py; `ls` of
/work/main/.venv/bin/ruff and /work/main/.venv/bin/python; `sed -n`, `awk` and `grep -n` on
make_heldout_22.py for the line ranges above; a small `python3` script (stdin) that copied set
22's module header and helpers (imports, configuration, add, msgs_of, num, dec, pct, terminates,
decimals, whole_up, calc, the unit factors and unit(), the date helpers and date_item(), neg,
conv) and its checks and main() into blocks under /tmp/h23/ by line slicing, and a second that
assembled this file from them with this set's constants, a portable EARLIER_DIR and a register
check against sets 19, 20, 21 and 22 substituted; set 22's working_days_after helper was not
copied (no working days here). Small `python3` replace scripts fixed line lengths and reworded
own items (see below) and rewrapped strings longer than 100 characters; `awk` and `python3`
line-length checks; small `python3 -c` scripts that counted the entries of this set's own NEAR and
CONVS blocks; this generator itself, from /tmp as the working
directory (also with --show); then `/work/main/.venv/bin/ruff format --line-length 100
--no-cache` and `/work/main/.venv/bin/ruff check --fix --unsafe-fixes --line-length 100
--no-cache` on this file (its first check wrapped six implicitly concatenated strings in
tuples in parentheses, so format, check and a rewrap were repeated until both were clean and
stable), and the generator again, with `sha256sum` of the JSONL before and after
to confirm the output was unchanged. Writes: /work/sealed23/ was created for this file and its
JSONL. Temporary files under /tmp/h23/ held blocks of this file while it was assembled and were
deleted afterwards. Nothing was written into /work/main.

Disclosures: the kinds of item follow set 22's docstring on purpose (plain one-liners of the same
operations; near-positive and conversation family names of a similar style), and the helpers,
unit factors and checks are set 22's, copied. Every query here was newly written. Registers of
sets 1 to 18 are known here only indirectly, so an overlap in TOPIC cannot be ruled out; an exact
repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of set 19, 20, 21 or 22. Own items reworded while
writing: one date story that used a word main() rejects as a contested unit; seven items that
main()'s duplicate check reported by id (two plain unit one-liners, the Easter, private-date and
two lookup near-positives; one of the lookups was reworded needlessly after misreading which id
was meant), all reworded without the earlier queries being looked at; and two positives reworded
after reading this set's own --show output (a "roughly" dropped, a 1000-day badge date made
unambiguous). The brief suggested some register names; several of them were used.

Registers (families), 25, new: market_garden, dog_groomer, fishing_trip, bike_courier,
jewellery_maker, sports_day, school_canteen, campsite_shop, piano_teacher, roofer, newsagent,
van_rental, car_wash, dance_school, removal_firm, bookbinder, cider_press, wedding_caterer,
aquarium_shop, garden_centre, charity_shop, darts_league, sailing_club, community_choir,
blood_bank. Every register is used by all three tools (at least two asserted). Positives are
one-liners (family "plain") or word problems of one to four sentences in UK and US usage with
£, $ and €, some chatty, terse, lower-case or with small typos. No positive conversations. No
dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private or looked-up dates and rules, world facts, estimates,
judgements, words / Roman numerals / another language, code or spreadsheet formulas, dosing,
standard sizes, time zones, Easter, working days, contested units, all-numeric dates of unstated
order, the current date, or a persona / format / language / unit / convention / number fixed in
an earlier turn.

Left out entirely (their grading is contested), as in set 22: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). The one count rounded (cider bottles) is the number of FULL
bottles, rounded down, asserted not to be whole before rounding. No calculator, date or exact
unit result is a repeating decimal (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 22):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_23.py   (writes the JSONL next to this file and prints counts per label
and family; add --show to list every positive's expected value)
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import json
import math
import re
import sys
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

sys.dont_write_bytecode = True  # importing the earlier generators must leave no __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2026-12-26.jsonl"
PREFIX = "ho23-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_22.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 23))
REGISTER_CHECK = (
    "make_heldout_19.py",
    "make_heldout_20.py",
    "make_heldout_21.py",
    "make_heldout_22.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
WANT_PLAIN = 14
WANT_CONVERSATION_NEGATIVES = 35
WANT_NEAR_NEGATIVES = 65
WANT_ORDINARY_NEGATIVES = 100

U, A, S = "user", "assistant", "system"

items: list[dict] = []


def add(label, family, query, expected=None, tol=None, **extra):
    assert label in LABELS, label
    n = sum(1 for i in items if i["family"] == family and i["label"] == label) + 1
    kind = label.split(":")[-1]
    item = {
        "id": f"{PREFIX}{kind}-{family}-{n:02d}",
        "query": query,
        "label": label,
        "expected": expected,
        "tolerance": tol,
        "family": family,
    }
    item.update(extra)
    items.append(item)


def msgs_of(turns):
    return [{"role": r, "content": c} for r, c in turns]


def num(x):
    """Exact Fraction -> int when whole, else the nearest float."""
    x = F(x)
    if x.denominator == 1:
        return int(x)
    return float(x)


def dec(s):
    """A decimal literal (as a string) as an exact Fraction."""
    return F(Decimal(s))


def pct(p):
    return dec(str(p)) / 100


def terminates(x):
    d = F(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def decimals(x):
    """How many decimal places a terminating value needs."""
    x = F(x)
    assert terminates(x), x
    k = 0
    while (x * 10**k).denominator != 1:
        k += 1
    return k


def whole_up(x):
    """The smallest whole number of items covering x (bought or filled whole)."""
    x = F(x)
    assert x.denominator != 1, x  # otherwise rounding up is not being tested
    return math.ceil(x)


assert num(F(21, 7)) == 3 and num(dec("0.7") * 3) == 2.1 and pct("17.5") == F(7, 40)
assert terminates(F(3, 40)) and not terminates(F(1, 6)) and whole_up(F(9, 4)) == 3
assert decimals(dec("7.652")) == 3 and decimals(11) == 0

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0 and decimals(value) <= 3, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain one-liners
calc("plain", "what is 23% of 1,840", pct(23) * 1840)
calc("plain", "7.5 * 48", dec("7.5") * 48)
calc("plain", "1296 / 16", F(1296, 16))
calc("plain", "square root of 2025?", 45)
calc("plain", "whats 4.8 percent of 3,250", pct("4.8") * 3250)
calc("plain", "(17 + 28) x 12 - 95", (17 + 28) * 12 - 95)
calc("plain", "2 to the power 11, minus 48", 2**11 - 48)
calc("plain", "Calculate 15% off 86.40", dec("86.40") * (1 - pct(15)))
calc("plain", "mean of 14, 19, 23, 30 and 34", F(14 + 19 + 23 + 30 + 34, 5))
calc("plain", "3/8 of 1,000 =", F(3, 8) * 1000)
calc("plain", "how much is 640 divided by 2.5", 640 / dec("2.5"))
calc("plain", "Increase 1,250 by 12 percent.", 1250 * (1 + pct(12)))
calc(
    "plain", "9.45 + 12.80 + 3.65 + 20.10", dec("9.45") + dec("12.80") + dec("3.65") + dec("20.10")
)
calc("plain", "what's 0.35 times 0.6", dec("0.35") * dec("0.6"))

# word problems in this set's registers
calc(
    "market_garden",
    "Running a 12-week veg box scheme this season. 46 subscribers pay $19.50 a week and the "
    "packaging runs me $1.35 per box. What's the total after packaging over the whole scheme?",
    46 * 12 * (dec("19.50") - dec("1.35")),
)
calc(
    "dog_groomer",
    "Full groom for a cockapoo is £48 and the nail clip add-on is £8. She knocks 10% off the "
    "second dog. Both of mine are getting the full groom plus nails (discount only on the "
    "second one) - total?",
    (48 + 8) + (48 + 8) * (1 - pct(10)),
)
calc(
    "fishing_trip",
    "Four of us chartered a boat for the day. Boat was $780, bait and ice $60, fuel surcharge "
    "$95, and we tipped the skipper 15% of the boat price. Split evenly, what does each of us owe?",
    F(780 + 60 + 95 + pct(15) * 780, 4),
)
calc(
    "bike_courier",
    "i get £4.20 a drop plus 55p a mile. on friday i did 38 drops and rode 61 miles but had to "
    "pay £6.50 for a puncture repair out of my own pocket. what did i net",
    38 * dec("4.20") + 61 * dec("0.55") - dec("6.50"),
)
calc(
    "jewellery_maker",
    "A silver pendant uses 7.5 g of sterling at €1.12 a gram, plus a chain that costs me €4.80 "
    "and a gift box at €0.95. I price everything at 2.5x materials. What should it sell for?",
    (dec("7.5") * dec("1.12") + dec("4.80") + dec("0.95")) * dec("2.5"),
)
calc(
    "sports_day",
    "Sports day tuck shop: we sold 212 ice lollies at 60p and 145 bottles of water at 80p. The "
    "lollies cost us 22p each and the water 31p. How much profit goes to the PTA?",
    212 * (dec("0.60") - dec("0.22")) + 145 * (dec("0.80") - dec("0.31")),
)
calc(
    "school_canteen",
    "Our fruit supplier charges £0.42 a portion plus a £35 delivery fee every week. The canteen "
    "gets through 410 portions a week. What's the bill for a 12 week term?",
    (410 * dec("0.42") + 35) * 12,
)
calc(
    "campsite_shop",
    "Campsite shop, end of day. Till started with a £150 float and now holds £428.90 cash; card "
    "machine says £612.35. What were the total takings, cash and card together?",
    dec("428.90") - 150 + dec("612.35"),
)
calc(
    "piano_teacher",
    "I teach 23 pupils: 14 of them have 30-minute lessons at $28, the rest have 45-minute ones at "
    "$40. If each pupil has 36 lessons a year, what's my gross?",
    (14 * 28 + 9 * 40) * 36,
)
calc(
    "roofer",
    "Quote for a re-roof - 1,150 slates @ £1.85, 24 lengths of batten @ £6.40, membrane £189 and "
    "labour 6 days @ £420/day, then VAT at 20% on top. What's the total quote?",
    (1150 * dec("1.85") + 24 * dec("6.40") + 189 + 6 * 420) * (1 + pct(20)),
)
calc(
    "newsagent",
    "newsagent margin q: a paper retails at £1.90 and i keep 24% of the cover price. i sell 310 "
    "a week, whats my weekly margin on it",
    dec("1.90") * pct(24) * 310,
)
calc(
    "van_rental",
    "Van hire deposit was $300. They refund it minus any fuel shortfall at $2.10 a litre and any "
    "cleaning fee. We brought it back 18 litres short and got stung for a $45 clean. How much of "
    "the deposit comes back?",
    300 - 18 * dec("2.10") - 45,
)
calc(
    "car_wash",
    "Charity car wash at the scout hut: 64 cars at £6, 17 vans at £9, and 23 people paid the extra "
    "£3 for wax. Sponges and soap came to £41.80. how much can we hand the hospice?",
    64 * 6 + 17 * 9 + 23 * 3 - dec("41.80"),
)
calc(
    "dance_school",
    "End of year show: 240 tickets sold at $14 and 85 programmes at $3.50. Hall hire was $620 and "
    "costumes $1,150. What did the show make after costs?",
    240 * 14 + 85 * dec("3.50") - 620 - 1150,
)
calc(
    "removal_firm",
    "Removals quote: 3 men for 7.5 hours at £32 per man-hour, the van at £140, and 40 boxes at "
    "£2.25 each. They take 8% off for a midweek move and we're going on a Wednesday. Total?",
    (3 * dec("7.5") * 32 + 140 + 40 * dec("2.25")) * (1 - pct(8)),
)
calc(
    "bookbinder",
    "Binding 45 thesis copies. Each one takes 1.2 m of bookcloth at £9.50/m, gold foil lettering "
    "at £3.80 and board at £1.15, and I charge £12 labour per copy. Whole job comes to?",
    45 * (dec("1.2") * dec("9.50") + dec("3.80") + dec("1.15") + 12),
)
calc(
    "cider_press",
    "We pressed 620 kg of apples and got 0.65 litres of juice per kg. If we bottle it all in 750 "
    "ml bottles, how many full bottles do we get?",
    math.floor(620 * dec("0.65") / dec("0.75")),
)
calc(
    "wedding_caterer",
    "The couple paid a 25% deposit on a $9,480 catering bill. Since then they've added the $640 "
    "cake-cutting and prosecco package. What's the balance due now?",
    9480 * (1 - pct(25)) + 640,
)
calc(
    "aquarium_shop",
    "stocking my new tank - 12 neon tetras at $3.20, 6 corydoras at $5.75, one betta for $18 and "
    "plants $27.40. Club card gets me 15% off everything. total?",
    (12 * dec("3.20") + 6 * dec("5.75") + 18 + dec("27.40")) * (1 - pct(15)),
)
calc(
    "garden_centre",
    "Compost is £7.99 a bag or 3 for £20, and bedding plants are £1.25 each or 6 for £6. I'm "
    "getting 3 bags and 18 plants. Using both deals, how much do I save against single prices?",
    (3 * dec("7.99") + 18 * dec("1.25")) - (20 + 3 * 6),
)
calc(
    "charity_shop",
    "Gift Aid brings in an extra 25p for every £1 of donated goods we sell. We sold £2,316 of "
    "gift-aided stock in November - how much gift aid is that?",
    2316 * F(25, 100),
)
calc(
    "darts_league",
    "Playing 501. I've thrown 140, 100, 85, 60 and 45 so far, how many do I need to check out?",
    501 - (140 + 100 + 85 + 60 + 45),
)
calc(
    "sailing_club",
    "Sailing club: adult membership $420, junior $150, and new members pay a one-off $75 joining "
    "fee each. We're 2 adults and 3 kids, all new. What's the first-year cost?",
    2 * 420 + 3 * 150 + 5 * 75,
)
calc(
    "community_choir",
    "Our choir has 48 members paying £5.50 per rehearsal and we rehearse 34 times a season. The "
    "musical director gets £95 a rehearsal and the hall costs £38. Surplus for the season?",
    (48 * dec("5.50") - 95 - 38) * 34,
)
calc(
    "blood_bank",
    "Blood drive at the leisure centre: 75 donors booked, 12% didn't show, and 5 of the ones who "
    "came were deferred. Every successful donation is 470 ml. How many litres did we collect?",
    (75 - pct(12) * 75 - 5) * F(470, 1000),
)
calc(
    "market_garden",
    "sold at saturday market: 34 bunches of chard @ £2.40, 18 bags salad leaves @ £3.75, 12 kg new "
    "potatoes @ £1.90/kg. pitch fee was £28. what did I clear after the pitch fee?",
    34 * dec("2.40") + 18 * dec("3.75") + 12 * dec("1.90") - 28,
)
calc(
    "van_rental",
    "Hiring a Luton van for a 3-day move: €89 a day, a €25/day damage waiver, and anything over "
    "250 km costs €0.28 per km. We reckon 410 km in total. What will it cost?",
    3 * 89 + 3 * 25 + (410 - 250) * dec("0.28"),
)
calc(
    "wedding_caterer",
    "Wedding for 132 guests: £38 a head for the wedding breakfast, then an evening buffet for 160 "
    "at £12.50 a head, and a 12.5% service charge on the lot. Final bill?",
    (132 * 38 + 160 * dec("12.50")) * (1 + pct("12.5")),
)
calc(
    "school_canteen",
    "The canteen serves 385 lunches a day at £2.65, five days a week. Over a 13-week term, how "
    "much comes in?",
    385 * dec("2.65") * 5 * 13,
)
calc(
    "charity_shop",
    "Shop took £1,284.60 over the week. Take off rent of £310 and volunteers' travel expenses of "
    "£47.25, and 40% of what's left gets sent up to head office. How much does head office get?",
    (dec("1284.60") - 310 - dec("47.25")) * pct(40),
)
calc(
    "darts_league",
    "Darts league subs: £4 per player per match night, 6 players a team, 11 teams, 22 match "
    "nights. Trophy night costs £680. What's left in the kitty after that?",
    4 * 6 * 11 * 22 - 680,
)
assert 620 * dec("0.65") / dec("0.75") % 1 != 0  # the bottle count is rounded down


# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
STONE = 14 * LB
ACRE = 4840 * YD * YD  # m^2
G0 = dec("9.80665")  # m/s^2
PSI = LB * G0 / (IN * IN)  # Pa
BAR = F(10**5)  # Pa
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s
KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert STONE == dec("6.35029318") and ACRE == dec("4046.8564224")
assert abs(PSI - dec("6894.757")) < dec("0.001") and abs(BAR / PSI - dec("14.5038")) < dec("1e-4")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


assert f_to_c(212) == 100 and c_to_f(-40) == -40

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value) and decimals(value) <= 3, query
    add("positive:units", family, query, num(value), tol, **extra)


# plain one-liners
unit("plain", "convert 42km into miles pls", 42000 / MI)
unit("plain", "5 ft 10 in in cm", 70 * IN * 100, EXACT)
unit("plain", "how many kg is 11 stone 4 lb", 11 * STONE + 4 * LB)
unit("plain", "68 F in celsius", f_to_c(68), EXACT)
unit("plain", "250 g to oz", F(250, 1000) / OZ)
unit("plain", "3.5 acres to hectares", dec("3.5") * ACRE / 10**4)
unit("plain", "30 psi in bar?", 30 * PSI / BAR)
unit("plain", "120 km/h in mph", 120 * KMH / MPH)
unit("plain", "my video file is 2.5 GiB - how many MiB is that?", dec("2.5") * GIB / MIB, EXACT)
unit("plain", "How many metres are in 400 yards?", 400 * YD, EXACT)
unit("plain", "-5 c to fahrenheit", c_to_f(-5), EXACT)
unit("plain", "1.75 litres in ml", dec("1.75") * 1000, EXACT)
unit("plain", "90 minutes in hours", F(90, 60), EXACT)
unit("plain", "6.2 miles in kilometres", dec("6.2") * MI / 1000)

# word problems in this set's registers
unit(
    "market_garden",
    "The new polytunnel is 30 ft by 14 ft. What's that in square metres?",
    30 * FT * 14 * FT,
)
unit(
    "dog_groomer",
    "the scale at the salon says the lab is 72 lb and the vet wants it in kilos, what is it?",
    72 * LB,
)
unit(
    "fishing_trip",
    "Landed a pike of 9 lb 12 oz this morning!! My mates in Germany want it in kilograms.",
    9 * LB + 12 * OZ,
)
unit(
    "fishing_trip",
    "Our beat on the river is 1,800 yards long. How many metres is that?",
    1800 * YD,
    EXACT,
)
unit(
    "bike_courier",
    "Bike computer says I averaged 28 km/h across town on the afternoon run. Client in the US "
    "wants mph, what's that?",
    28 * KMH / MPH,
)
unit(
    "jewellery_maker",
    "The enamelling kiln needs to reach 1500 °F according to the US guide. What's that in °C?",
    f_to_c(1500),
)
unit(
    "sports_day",
    "The sack race lane is 60 yards; the teacher wants it in metres for the programme.",
    60 * YD,
    EXACT,
)
unit(
    "school_canteen",
    "Our ovens are in celsius but the American flapjack recipe says 375 F. How many degrees C is "
    "that?",
    f_to_c(375),
)
unit(
    "campsite_shop",
    "We sell 4.5 kg gas bottles in the campsite shop. An American couple asked how many pounds "
    "that is - what do I tell them?",
    dec("4.5") / LB,
)
unit(
    "piano_teacher",
    "How wide is a 58 inch upright piano in centimetres?",
    58 * IN * 100,
    EXACT,
)
unit(
    "roofer",
    "roof area comes to 1,250 sq ft, what is that in m2",
    1250 * FT * FT,
)
unit(
    "roofer",
    "The extension ladder is 24 feet fully extended; in metres?",
    24 * FT,
)
unit(
    "newsagent",
    "The paper round is 7.4 miles. Need it in km for the route app.",
    dec("7.4") * MI / 1000,
)
unit(
    "van_rental",
    "The van's load length is 4.1 m - what's that in feet?",
    dec("4.1") / FT,
)
unit(
    "van_rental",
    "max payload 1,200 kg. how many stone is that",
    1200 / STONE,
)
unit(
    "car_wash",
    "The new pressure washer is rated at 2,000 psi. What's that in bar?",
    2000 * PSI / BAR,
)
unit(
    "dance_school",
    "Studio floor is 12 m by 9 m. How many square feet is that?",
    12 * 9 / (FT * FT),
)
unit(
    "removal_firm",
    "The wardrobe is 6 ft 8 in tall and the stairwell clearance is given in cm. How tall is the "
    "wardrobe in cm?",
    80 * IN * 100,
    EXACT,
)
unit(
    "removal_firm",
    "We're sending the client 3.5 GiB of inventory photos; how many MiB is that?",
    dec("3.5") * GIB / MIB,
    EXACT,
)
unit(
    "bookbinder",
    "The leather hide I bought measures 8 square feet. How many square metres is it?",
    8 * FT * FT,
)
unit(
    "cider_press",
    "Our press takes 25 kg of pulp per load. What's that in lb?",
    25 / LB,
)
unit(
    "cider_press",
    "The fermenting shed has to stay at 59 F. what's that in celsius",
    f_to_c(59),
    EXACT,
)
unit(
    "wedding_caterer",
    "The venue's marquee is 40ft x 80ft. how many square metres is that for the table plan?",
    40 * FT * 80 * FT,
)
unit(
    "aquarium_shop",
    "Tank heater should be at 26 °C but the dial on this one is fahrenheit. What number do I set?",
    c_to_f(26),
    EXACT,
)
unit(
    "aquarium_shop",
    "a customer wants a 36 inch tank, how long is that in cm",
    36 * IN * 100,
    EXACT,
)
unit(
    "garden_centre",
    "My lawn is about 450 square feet. What's that in m²?",
    450 * FT * FT,
)
unit(
    "charity_shop",
    "Someone donated a rug labelled 5ft by 8ft. I need its area in square metres for the eBay "
    "listing.",
    5 * FT * 8 * FT,
)
unit(
    "darts_league",
    "The oche is 7 ft 9 1/4 in from the board. What's that in cm?",
    (7 * 12 + dec("9.25")) * IN * 100,
    EXACT,
)
unit(
    "sailing_club",
    "Forecast says gusts of 25 mph. What's that in km/h?",
    25 * MPH / KMH,
)
unit(
    "community_choir",
    "The coach trip to the choir festival is 145 miles each way. How far is that in km?",
    145 * MI / 1000,
)
unit(
    "blood_bank",
    "donor says she's 8 st 2 lb, what's that in kg",
    8 * STONE + 2 * LB,
)


# =========================================================================== datetime
D = dt.date
DT = dt.datetime
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekday(d):
    return WEEKDAYS[d.weekday()]


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def days(a, b):
    return (b - a).days


def nth_weekday(year, month, wd, n):
    found = [
        D(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if D(year, month, d).weekday() == wd
    ]
    return found[n - 1] if n > 0 else found[n]


def clock_span(start, end, unit_s):
    """From one clock time to the next occurrence of another, in units of unit_s seconds."""
    day = D(2006, 6, 6)
    a = DT.combine(day, dt.time.fromisoformat(start))
    b = DT.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


def date_item(family, query, value):
    if isinstance(value, D):
        assert (value.month, value.day) != (2, 29), query  # no leap-day results
        add("positive:datetime", family, query, value.isoformat(), None)
    elif isinstance(value, str):
        assert value in WEEKDAYS
        add("positive:datetime", family, query, value, None)
    else:
        value = F(value)
        assert value != 0 and terminates(value), query
        add("positive:datetime", family, query, num(value), CALC_TOL)


# plain one-liners
date_item("plain", "what day of the week is 14 March 2029", weekday(D(2029, 3, 14)))
date_item("plain", "days between 3 Feb 2027 and 19 Nov 2027", days(D(2027, 2, 3), D(2027, 11, 19)))
date_item("plain", "What date is 100 days after 1 January 2028?", D(2028, 1, 1) + TD(days=100))
date_item(
    "plain",
    "how many weeks from June 1 2027 to August 24 2027",
    F(days(D(2027, 6, 1), D(2027, 8, 24)), 7),
)
date_item("plain", "hours between 07:45 and 16:15", clock_span("07:45", "16:15", 3600))
date_item("plain", "minutes from 22:40 to 01:10", clock_span("22:40", "01:10", 60))
date_item("plain", "what weekday was 4 July 1976?", weekday(D(1976, 7, 4)))
date_item("plain", "date 45 days before 20 December 2027", D(2027, 12, 20) - TD(days=45))
date_item("plain", "2nd Tuesday of October 2028", nth_weekday(2028, 10, TUE, 2))
date_item("plain", "Last Friday in August 2027?", nth_weekday(2027, 8, FRI, -1))
date_item(
    "plain",
    "how old is someone born 9 May 1990 on 1 September 2031",
    age(D(1990, 5, 9), D(2031, 9, 1)),
)
date_item("plain", "days from Oct 1 2027 to Jan 1 2028", days(D(2027, 10, 1), D(2028, 1, 1)))
date_item("plain", "6 weeks after 23 November 2027", D(2027, 11, 23) + TD(weeks=6))
date_item(
    "plain",
    "How many days are there from 28 Feb 2028 to 5 March 2028?",
    days(D(2028, 2, 28), D(2028, 3, 5)),
)

# word problems in this set's registers
date_item(
    "market_garden",
    "Sowed the leeks on 18 March 2027 and they need 16 weeks to reach transplant size. What date "
    "will they be ready to plant out?",
    D(2027, 3, 18) + TD(weeks=16),
)
date_item(
    "dog_groomer",
    "Biscuit is booked every 6 weeks and her last groom was on 7 January 2027. What's the date of "
    "the fourth groom after that one?",
    D(2027, 1, 7) + TD(weeks=4 * 6),
)
date_item(
    "fishing_trip",
    "The salmon season opens 1 February 2027 and closes 31 October 2027. How many days is it open, "
    "counting the first and last day?",
    days(D(2027, 2, 1), D(2027, 10, 31)) + 1,
)
date_item(
    "bike_courier",
    "clocked on at 06:50, signed off at 15:05, and took a 45 min unpaid break. how many paid hours "
    "is that",
    clock_span("06:50", "15:05", 3600) - F(45, 60),
)
date_item(
    "jewellery_maker",
    "A commission came in on Monday 12 April 2027 and I quote five weeks' turnaround. What date do "
    "I promise the customer?",
    D(2027, 4, 12) + TD(weeks=5),
)
date_item(
    "sports_day",
    "Sports day is pencilled in for 9 July 2027 - what day of the week is that?",
    weekday(D(2027, 7, 9)),
)
date_item(
    "school_canteen",
    "Term starts on 6 September 2027 and half term begins 25 October 2027. How many weeks of "
    "menus do I need to plan?",
    F(days(D(2027, 9, 6), D(2027, 10, 25)), 7),
)
date_item(
    "campsite_shop",
    "We've booked a pitch from 28 July 2027, leaving on 9 August 2027. How many nights is that?",
    days(D(2027, 7, 28), D(2027, 8, 9)),
)
date_item(
    "piano_teacher",
    "Her Grade 5 exam is on 23 November 2027 and I want ten weeks of scales practice before it. "
    "When should she start?",
    D(2027, 11, 23) - TD(weeks=10),
)
date_item(
    "roofer",
    "Scaffolding went up on 3 May 2027 and came down 21 June 2027. how many days was it up for?",
    days(D(2027, 5, 3), D(2027, 6, 21)),
)
date_item(
    "newsagent",
    "A weekly magazine sub is 52 issues, first one out on Friday 7 January 2028. When does the "
    "last issue come out?",
    D(2028, 1, 7) + TD(weeks=51),
)
date_item(
    "van_rental",
    "Picked the van up at 08:30 and dropped it back at 19:15. How many hours did we have it?",
    clock_span("08:30", "19:15", 3600),
)
date_item(
    "car_wash",
    "We're open 07:30 till 18:00. How many minutes is that in total?",
    clock_span("07:30", "18:00", 60),
)
date_item(
    "dance_school",
    "Show rehearsals start 14 February 2028 and the show is 1 April 2028. How many days is that, "
    "counting both the first rehearsal and show day?",
    days(D(2028, 2, 14), D(2028, 4, 1)) + 1,
)
date_item(
    "removal_firm",
    "Completion day is 27 August 2027. What day of the week will the move be?",
    weekday(D(2027, 8, 27)),
)
date_item(
    "bookbinder",
    "The dyed leather needs 21 days to cure and I dyed it on 26 December 2027. When can I start "
    "covering?",
    D(2027, 12, 26) + TD(days=21),
)
date_item(
    "cider_press",
    "We pressed on 2 October 2027 and the cider needs 14 weeks in the cask. Bottling date?",
    D(2027, 10, 2) + TD(weeks=14),
)
date_item(
    "wedding_caterer",
    "The wedding is on 18 September 2027 and final numbers are due 21 days before. What date must "
    "the couple get them to us by?",
    D(2027, 9, 18) - TD(days=21),
)
date_item(
    "aquarium_shop",
    "filled the new tank on 8 Nov 2027, shop says let it cycle for 6 weeks before any fish go in. "
    "what date can i add fish",
    D(2027, 11, 8) + TD(weeks=6),
)
date_item(
    "garden_centre",
    "Christmas tree deliveries start on the first Saturday of December 2027. What date is that?",
    nth_weekday(2027, 12, SAT, 1),
)
date_item(
    "charity_shop",
    "We give volunteers a badge 1000 days after they start. Margaret started on 15 March 2024, "
    "so what date is her badge due?",
    D(2024, 3, 15) + TD(days=1000),
)
date_item(
    "darts_league",
    "The season is 16 weekly matches and the first one is on Tuesday 7 September 2027. Date of the "
    "final match night?",
    D(2027, 9, 7) + TD(weeks=15),
)
date_item(
    "sailing_club",
    "we launch at 10:48 and need to be back on the slipway by 16:18, how many hours on the water "
    "is that",
    clock_span("10:48", "16:18", 3600),
)
date_item(
    "community_choir",
    "Spring concert is on the third Sunday of March 2028. Which date is that?",
    nth_weekday(2028, 3, SUN, 3),
)
date_item(
    "blood_bank",
    "I gave whole blood on 11 January 2027 and men have to wait 12 weeks between donations. What's "
    "the earliest date I can go again?",
    D(2027, 1, 11) + TD(weeks=12),
)
date_item(
    "market_garden",
    "First frost round here usually lands about 15 October. If the courgettes go in on 24 May "
    "2027, how many days do they get before 15 October 2027?",
    days(D(2027, 5, 24), D(2027, 10, 15)),
)
date_item(
    "dog_groomer",
    "The salon's open 08:15 to 17:45 and I take a half-hour lunch. How many hours of grooming time "
    "is that a day?",
    clock_span("08:15", "17:45", 3600) - F(1, 2),
)
date_item(
    "sports_day",
    "My daughter was born on 2 September 2016. How old will she be on sports day, 9 July 2027?",
    age(D(2016, 9, 2), D(2027, 7, 9)),
)
date_item(
    "school_canteen",
    "The new menu starts on 1 March 2028, what weekday is that?",
    weekday(D(2028, 3, 1)),
)
date_item(
    "piano_teacher",
    "Lesson runs 16:40 to 17:25. How many minutes is it?",
    clock_span("16:40", "17:25", 60),
)
date_item(
    "newsagent",
    "Sam started his paper round on 3 January 2027. How many days is it from then until his "
    "birthday on 19 June 2027?",
    days(D(2027, 1, 3), D(2027, 6, 19)),
)
assert D(2027, 4, 12).weekday() == MON and D(2028, 1, 7).weekday() == FRI
assert D(2027, 9, 7).weekday() == TUE


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives in this set's registers
ORDINARY = {
    "market_garden": [
        "which salad leaves keep growing back if I cut them rather than pull them?",
        "Is it worth netting brassicas against pigeons or do they mostly leave kale alone?",
        "what should i charge for a veg box compared to the supermarket, roughly?",
        "Can you write a cheerful chalkboard sign for our honesty stall by the lane?",
    ],
    "dog_groomer": [
        "How do I calm a dog that panics when the dryer goes on?",
        "Should a double-coated husky ever be shaved down in summer?",
        "write me a polite text reminding a client they owe for the last two grooms",
        "what's the difference between a teddy bear cut and a puppy cut on a poodle cross",
    ],
    "fishing_trip": [
        "What bait works best for sea bass off a shingle beach in autumn?",
        "Do I need a rod licence to fish for carp on a private lake in England?",
        "how do you tie a palomar knot, step by step",
        "Is it ethical to keep a fish that swallowed the hook deep, or should I cut the line?",
    ],
    "bike_courier": [
        "Which is better for courier work in the rain, disc brakes or rim brakes?",
        "how do i deal with a receptionist who won't sign for a parcel",
        "Any tips for stopping my hands going numb on long shifts on the bike?",
        "Is it worth registering as self-employed or joining a courier co-op?",
    ],
    "jewellery_maker": [
        "Why does my sterling silver go black so quickly and how do I stop it?",
        "what's the best way to photograph rings for an Etsy listing on a budget",
        "Write a short 'about me' paragraph for a handmade jewellery stall.",
        "Should I hallmark my silver pieces even if they're light?",
    ],
    "sports_day": [
        "Give me some fun races for 5 year olds that don't need much kit",
        "How do we make sports day less stressful for kids who hate competing?",
        "write the letter home asking parents to bring sun hats and water bottles",
        "Is an egg and spoon race still okay if a child has an egg allergy?",
    ],
    "school_canteen": [
        "Can you suggest a vegetarian main kids will actually eat?",
        "How do we cut food waste from the salad bar without losing choice?",
        "what should a nut-free policy in a school kitchen include?",
        "write a friendly menu description for fish fingers, chips and peas",
    ],
    "campsite_shop": [
        "What should a small campsite shop stock for families on a wet weekend?",
        "how do I put up a tent on my own in the wind",
        "Is it okay to sell firewood that hasn't been kiln dried?",
        "Suggest a name for a campsite shop in a Welsh valley.",
    ],
    "piano_teacher": [
        "How do I keep a ten-year-old motivated to practise between lessons?",
        "which pieces would suit a grade 3 adult learner who loves jazz",
        "Should I put my rates up for existing pupils or only new ones?",
        "explain the circle of fifths simply for a beginner",
    ],
    "roofer": [
        "What are the signs that a flat roof needs replacing rather than patching?",
        "Is it safe to go up on a slate roof after frost?",
        "write a short note to a customer explaining why the quote went up after we found rot",
        "How long does lead flashing usually last compared to a fibreglass alternative?",
    ],
    "newsagent": [
        "How can a small newsagent compete with the supermarket on magazines?",
        "is it worth getting a lottery terminal in a corner shop",
        "What's a polite way to tell a regular they can't run up a tab any more?",
        "Suggest a window display for Pancake Day in a corner shop.",
    ],
    "van_rental": [
        "What should I check on a hire van before driving off?",
        "Can I drive a 3.5 tonne van on a standard car licence in the UK?",
        "how do you reverse a long wheelbase van without mirrors going wrong",
        "Is the excess waiver on van hire usually worth it?",
    ],
    "car_wash": [
        "What's the safest way to wash a matt-wrapped car?",
        "is a snow foam pre-wash actually worth the extra step",
        "Write a flyer for our school car wash fundraiser.",
        "How do we stop soapy water going down the storm drain at a charity wash?",
    ],
    "dance_school": [
        "How do I choose music for a tap routine for 8 year olds?",
        "What age is too young to start pointe work?",
        "write a kind message to a parent whose child didn't get a solo",
        "Ideas for a theme for our end of year dance show",
    ],
    "removal_firm": [
        "What's the best way to pack wine glasses for a move?",
        "how do I move a piano down two flights of stairs safely",
        "Should we tip the removal men and if so how?",
        "Write a checklist for moving day with two kids and a cat.",
    ],
    "bookbinder": [
        "Which glue is best for bookbinding, PVA or wheat paste?",
        "how do I stop the spine cracking on a perfect bound book",
        "What's the difference between coptic stitch and kettle stitch?",
        "Can you suggest a nice name for a small bookbinding studio?",
    ],
    "cider_press": [
        "Which apples make the best dry cider?",
        "Why has my cider gone cloudy and smells a bit of vinegar?",
        "Do I need a licence to sell cider at a village fete?",
        "how do you know when fermentation has finished without a hydrometer",
    ],
    "wedding_caterer": [
        "What's a good vegan main that works for a plated wedding dinner?",
        "how far ahead can you make canapés without them going soggy",
        "Write a menu card description for slow roasted lamb with rosemary.",
        "How do we handle a guest who turns up with an allergy nobody told us about?",
    ],
    "aquarium_shop": [
        "Can neon tetras live with a betta?",
        "why is my aquarium water going green",
        "What plants are easiest for a beginner's tropical tank?",
        "How often should I do water changes on a lightly stocked tank?",
    ],
    "garden_centre": [
        "What shrubs would do well in a shady north-facing border?",
        "is peat-free compost really as good for seedlings",
        "When should I prune a hydrangea?",
        "Suggest some plants that are safe for cats.",
    ],
    "charity_shop": [
        "How do we price designer clothes that get donated?",
        "is it okay to sell donated electricals without testing them",
        "Write a sign asking people not to leave donations outside when we're closed.",
        "What sells best in a charity shop window in January?",
    ],
    "darts_league": [
        "What's the best way to practise doubles?",
        "how do i stop my darts bouncing out of the board",
        "Explain how a darts league table usually handles a tied match.",
        "Should I switch from 22 g to 24 g darts?",
    ],
    "sailing_club": [
        "How do I right a capsized Laser on my own?",
        "What should a beginner wear for dinghy sailing in spring?",
        "explain the port and starboard rule in plain English",
        "Write a welcome email for new junior sailors and their parents.",
    ],
    "community_choir": [
        "How do we get more men to join our community choir?",
        "suggest some songs for a christmas concert that non-readers can learn by ear",
        "What warm-ups help with tuning in the altos?",
        "How should I tell a member gently that they're singing too loudly?",
    ],
    "blood_bank": [
        "Can I give blood if I've just had a tattoo?",
        "why do they check your iron before you donate",
        "Is it normal to feel dizzy the evening after donating?",
        "Write a short social media post encouraging first-time donors.",
    ],
}
for _family, _queries in ORDINARY.items():
    assert len(_queries) == 4, _family
    for _q in _queries:
        neg(_family, _q)


# hard single-turn negatives that look like positives
NEAR = [
    ("near-rate", "Convert £186.40 to euros for a supplier invoice.", "needs a live exchange rate"),
    (
        "near-rate",
        "the van hire in Spain was €386.80, what is that in dollars",
        "needs an exchange rate",
    ),
    (
        "near-rate",
        (
            "I sold 3 rings to a buyer in Canada for 240 CAD. How much is that in pounds after "
            "PayPal fees?"
        ),
        "exchange rate and PayPal's fee schedule are not given",
    ),
    (
        "near-rate",
        "How many yen is the $420 sailing club membership?",
        "needs an exchange rate",
    ),
    (
        "near-rate",
        "Our cider sells at £3.20 a bottle; what would that price be in Swiss francs?",
        "needs an exchange rate",
    ),
    (
        "near-density",
        "How many kilos does 20 litres of apple juice weigh?",
        "needs the density of apple juice",
    ),
    (
        "near-density",
        "What's 500 g of flour in cups for the canteen recipe?",
        "mass to volume needs a density, and cups are contested",
    ),
    (
        "near-density",
        (
            "how many litres of gravel do i need to cover 3 square metres 5 cm deep, and what does "
            "it weigh"
        ),
        "the weight needs gravel's bulk density",
    ),
    (
        "near-missing",
        "A full groom is £48 and I have three dogs. What's the total with her multi-dog discount?",
        "the discount is not stated",
    ),
    (
        "near-missing",
        "The roof is 1,250 sq ft. How many slates do I need?",
        "needs slate size and headlap",
    ),
    (
        "near-missing",
        (
            "The bike courier job pays per drop plus mileage. I did 38 drops and 61 miles. What "
            "did I earn?"
        ),
        "rates not given",
    ),
    (
        "near-missing",
        "we pressed 620 kg of apples, how many 750 ml bottles will we fill?",
        "juice yield per kg is not given",
    ),
    (
        "near-missing",
        "Choir subs cover the hall and the director. Is £5.50 a rehearsal enough?",
        "costs and membership not given",
    ),
    (
        "near-missing",
        "The wedding is for 132 guests. What will the catering cost?",
        "no price per head",
    ),
    (
        "near-missing",
        "How many days until my blood donation appointment?",
        "the appointment date and the current date are missing",
    ),
    (
        "near-missing",
        "Van was booked for 3 days at the daily rate plus mileage, how much do I owe?",
        "no rate or mileage given",
    ),
    (
        "near-private-date",
        "How many days is it until our wedding anniversary?",
        "private date and current date",
    ),
    (
        "near-private-date",
        "Which weekday was my dad born on?",
        "birth date unknown",
    ),
    (
        "near-private-date",
        "When is my next piano exam?",
        "private schedule",
    ),
    (
        "near-lookup",
        "What date is the Chelsea Flower Show in 2028?",
        "event date must be looked up",
    ),
    (
        "near-lookup",
        "When does the UK salmon season open on the River Tay?",
        "looked-up regulation date",
    ),
    (
        "near-lookup",
        "How many days until the World Darts Championship final?",
        "event date and current date",
    ),
    (
        "near-lookup",
        "What's the minimum weight to give blood in the UK in kg?",
        "a rule to look up, not a conversion",
    ),
    (
        "near-lookup",
        "do i charge VAT on kids' school uniform in the charity shop, and at what rate?",
        "a tax rule",
    ),
    (
        "near-lookup",
        "What height should the bullseye be off the floor on a regulation board, in centimetres?",
        "a standard to recall, not a conversion of given numbers",
    ),
    (
        "near-lookup",
        "What size is a standard A4 sheet in inches?",
        "needs the A4 dimensions from memory",
    ),
    (
        "near-lookup",
        "When is half term for schools in Leeds in autumn 2027?",
        "local calendar lookup",
    ),
    (
        "near-lookup",
        "What is the population of Cornwall divided by the number of beaches there?",
        "two world facts",
    ),
    (
        "near-current-date",
        "What's the date 6 weeks from today?",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "How many days are left until Christmas?",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "how old is someone born on 9 May 1990 right now",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "What day of the week is it tomorrow?",
        "depends on the current date",
    ),
    (
        "near-timezone",
        "If the choir's livestream starts at 19:30 in London, what time is that in New York?",
        "time zones and daylight saving",
    ),
    (
        "near-timezone",
        (
            "The courier parcel left Sydney at 09:00 local and landed in London 23 hours later. "
            "What's the local time on arrival?"
        ),
        "time zones",
    ),
    (
        "near-timezone",
        "Our supplier in Los Angeles opens at 8am their time, when's that for me in Berlin?",
        "time zones",
    ),
    (
        "near-easter",
        "when does easter sunday fall in 2029? we want to open the cider shed that weekend",
        "Easter computus excluded",
    ),
    (
        "near-working-days",
        "The kiln part ships in 10 working days from 21 December 2027. When will it arrive?",
        "working days depend on bank holidays",
    ),
    (
        "near-working-days",
        "Roofing job starts 3 May 2027 and takes 15 working days, when do we finish?",
        "bank holiday on 3 May and working-day counting",
    ),
    (
        "near-contested",
        "Convert 2 pints of milk to litres for the canteen order",
        "US vs imperial pint",
    ),
    (
        "near-contested",
        "How many gallons is a 60 litre fish tank?",
        "US vs imperial gallon",
    ),
    (
        "near-contested",
        "the van does 38 mpg, what's that in litres per 100 km",
        "US vs imperial gallon",
    ),
    (
        "near-contested",
        "How many tons can the Luton van carry if the payload is 1,200 kg?",
        "short vs long ton",
    ),
    (
        "near-contested",
        "3 tablespoons of honey in ml?",
        "tablespoon sizes differ",
    ),
    (
        "near-estimate",
        "Roughly how many people give blood in the UK each year?",
        "a world estimate",
    ),
    (
        "near-estimate",
        "About how long does it take to cycle 12 miles through London traffic?",
        "an estimate, not a sum",
    ),
    (
        "near-estimate",
        "How many bedding plants would fill a 3 metre border?",
        "spacing depends on the plant",
    ),
    (
        "near-estimate",
        "How long will it take a removal team to pack a three-bed house?",
        "an estimate",
    ),
    (
        "near-judgement",
        "Is £35 for a dog nail clip and wash too expensive?",
        "a judgement",
    ),
    (
        "near-judgement",
        (
            "A van is €89 a day or €480 a week; which is better value for a 5-day move, given we "
            "might finish early?"
        ),
        "needs judgement about uncertainty",
    ),
    (
        "near-judgement",
        "Should I charge a 25% or a 30% deposit for wedding catering?",
        "a business judgement",
    ),
    (
        "near-words",
        "Write 1,665 dollars in words for the cheque to the sailing club.",
        "number in words",
    ),
    (
        "near-words",
        "What is 2027 in Roman numerals for the choir's anniversary programme?",
        "Roman numerals",
    ),
    (
        "near-words",
        "how do you say 'forty-eight pounds' in French for the salon price list",
        "translation",
    ),
    (
        "near-language",
        "¿Cuánto es el 15 por ciento de 118,30?",
        "Spanish with a decimal comma; a language model should answer in Spanish",
    ),
    (
        "near-language",
        "Wie viele Zentimeter sind 58 Zoll? Bitte auf Deutsch antworten und kurz erklären.",
        "asks for a German explanation",
    ),
    (
        "near-code",
        "Write an Excel formula that adds 20% VAT to the price in cell B2.",
        "a spreadsheet formula",
    ),
    (
        "near-code",
        "python function to work out the number of days between two dates",
        "code",
    ),
    (
        "near-code",
        "Give me a Google Sheets formula that shows the weekday for a date in A1.",
        "a spreadsheet formula",
    ),
    (
        "near-dosing",
        "My 30 kg dog needs metacam, how many ml do I give?",
        "veterinary dosing",
    ),
    (
        "near-dosing",
        "How much paracetamol can I give a 4 year old who weighs 16 kg?",
        "medical dosing",
    ),
    (
        "near-explain",
        "Explain why 9 lb 12 oz isn't 9.12 lb.",
        "an explanation, not a conversion",
    ),
    (
        "near-explain",
        "Why does VAT at 20% not come off by taking 20% off the gross price?",
        "an explanation",
    ),
    (
        "near-compare",
        (
            "Which is heavier, a pound of feathers or a kilo of apples, and why do people get that "
            "riddle wrong?"
        ),
        "a riddle and an explanation",
    ),
    (
        "near-ambiguous-date",
        "How many days from 04/05/2027 to 06/07/2027?",
        "all-numeric dates with unstated order",
    ),
    (
        "near-ambiguous-date",
        "What day of the week is 03/02/2028?",
        "all-numeric date, order unstated",
    ),
]
for _family, _query, _note in NEAR:
    neg(_family, _query, _note)


# conversations: the last user turn depends on what came before
CONVS = [
    (
        "conv-language",
        [
            (U, "Réponds-moi toujours en français, s'il te plaît."),
            (A, "D'accord, je répondrai en français."),
            (U, "what is 15% of 340"),
        ],
        "answer language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Can you help me write prices for my stall in Welsh?"),
            (A, "Of course - send me the items and prices."),
            (U, "chard £2.40 a bunch, salad £3.75 a bag"),
        ],
        "translation task set earlier",
    ),
    (
        "conv-language",
        [
            (U, "I'm practising my Spanish numbers, reply only in words please."),
            (A, "¡Vale! Dime los números."),
            (U, "48 plus 56?"),
        ],
        "answer must be Spanish words",
    ),
    (
        "conv-format",
        [
            (U, "For everything I ask, give the answer as a Roman numeral."),
            (A, "Understood - Roman numerals from now on."),
            (U, "How many days from 1 March 2027 to 20 March 2027?"),
        ],
        "format convention from an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Put every answer in a markdown table with a column for the working."),
            (A, "Sure, I'll use tables."),
            (U, "12 neon tetras at $3.20 and 6 corys at $5.75, total?"),
        ],
        "table format requested",
    ),
    (
        "conv-format",
        [
            (U, "Reply in JSON with keys 'answer' and 'explanation' from now on."),
            (A, '{"answer": "ok", "explanation": "will use JSON"}'),
            (U, "what's 60 yards in metres"),
        ],
        "JSON format with explanation",
    ),
    (
        "conv-format",
        [
            (U, "Write the answers as a limerick, my kids love them."),
            (A, "Happy to! What's the first one?"),
            (U, "What day of the week is 9 July 2027?"),
        ],
        "creative format",
    ),
    (
        "conv-unit",
        [
            (U, "When I say 'a box' I mean our standard veg box, which is 6.5 kg."),
            (A, "Got it, a box is 6.5 kg."),
            (U, "How many pounds is 4 boxes?"),
        ],
        "private unit defined earlier",
    ),
    (
        "conv-unit",
        [
            (U, "In our darts team a 'round' is 3 darts and a 'leg' is 501."),
            (A, "Noted."),
            (U, "If I average 45 a round, how many rounds for a leg?"),
        ],
        "private convention",
    ),
    (
        "conv-unit",
        [
            (U, "Our choir calls a 'session' two rehearsals plus a break of 20 minutes."),
            (A, "Okay, a session is two rehearsals and a 20 minute break."),
            (U, "How long are 3 sessions in hours?"),
        ],
        "rehearsal length not known; definition from earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "All prices I give you are ex-VAT, and VAT here is 21%."),
            (A, "Understood, I'll add 21% where needed."),
            (U, "Membrane is €189 and batten is €153.60. Total?"),
        ],
        "VAT convention set earlier",
    ),
    (
        "conv-convention",
        [
            (U, "Dates I write are day/month, I'm in the UK."),
            (A, "Thanks, I'll read them as day/month."),
            (U, "how many days from 4/5 to 6/7?"),
        ],
        "date order and year set in context",
    ),
    (
        "conv-convention",
        [
            (U, "I'm working in US dollars and the exchange rate we agreed is 1.27 to the pound."),
            (A, "Okay, 1 GBP = 1.27 USD."),
            (U, "so what's £612.35 then"),
        ],
        "rate agreed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "Round everything to the nearest 50p, it's for the till."),
            (A, "Will do."),
            (U, "£7.99 less 15%?"),
        ],
        "rounding convention",
    ),
    (
        "conv-followup",
        [
            (U, "Hire is £89 a day for the van."),
            (A, "Okay - how many days do you need it?"),
            (U, "four, what's the total"),
        ],
        "numbers spread across turns",
    ),
    (
        "conv-followup",
        [
            (U, "What's 30 ft by 14 ft in square metres?"),
            (A, "That's about 39.02 square metres."),
            (U, "and what would it be if the tunnel was twice as long?"),
        ],
        "refers to the earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, "Biscuit's last groom was 7 January 2027."),
            (A, "Noted. How often does she go?"),
            (U, "every 6 weeks. when's the next one?"),
        ],
        "facts across turns",
    ),
    (
        "conv-followup",
        [
            (U, "We had 75 donors booked at the drive."),
            (A, "Great turnout! How did it go?"),
            (U, "12% didn't show. how many came?"),
        ],
        "base number in an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "The show is on 1 April 2028."),
            (A, "Lovely, an April show."),
            (U, "so how many weeks to rehearse if we start on the 14th of February?"),
        ],
        "year and date from earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "I charge £12 labour per copy for binding."),
            (A, "Okay."),
            (U, "What about for 45 copies including £16.35 of materials each?"),
        ],
        "rate from earlier turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Bob, a grumpy old sailing instructor. Stay in character."),
            (U, "Captain, how many km/h is 25 mph?"),
        ],
        "persona from system prompt",
    ),
    (
        "conv-persona",
        [
            (S, "You are a friendly assistant for a dog grooming salon. Keep answers warm."),
            (U, "What's 72 lb in kg? It's for Max the lab."),
        ],
        "persona and tone",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a Victorian shopkeeper for the school history day."),
            (A, "Good day to you! What can I do for you?"),
            (U, "How much for 3 papers at 2 pence each?"),
        ],
        "role-play",
    ),
    (
        "conv-persona",
        [
            (S, "You help a primary school teacher explain maths to 7 year olds."),
            (U, "How many minutes from 10:15 to 11:00?"),
        ],
        "needs a child-friendly explanation",
    ),
    (
        "conv-explain",
        [
            (U, "I always get percentages wrong."),
            (A, "Happy to help - what's the sum?"),
            (U, "23% of 1,840, show me how to do it in my head"),
        ],
        "asks for method",
    ),
    (
        "conv-explain",
        [
            (U, "My son thinks 5 ft 10 is 5.10 feet."),
            (A, "That's a common mix-up."),
            (U, "can you explain why he's wrong in a way a 12 year old gets?"),
        ],
        "explanation",
    ),
    (
        "conv-explain",
        [
            (U, "I'm revising for my GCSE."),
            (A, "Great, what are you working on?"),
            (U, "Convert -5 C to F but explain each step like a worked exam answer"),
        ],
        "worked explanation requested",
    ),
    (
        "conv-correction",
        [
            (U, "What's 7.5 times 48?"),
            (A, "7.5 x 48 = 360."),
            (U, "sorry I meant 7.5 hours at the rate I told you earlier"),
        ],
        "refers to an unknown earlier rate",
    ),
    (
        "conv-correction",
        [
            (U, "Days from 3 Feb to 19 Nov 2027?"),
            (A, "That's 289 days."),
            (U, "no wait, it was the year after. redo it"),
        ],
        "correction depends on earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "420 sq ft to m2?"),
            (A, "About 39.02 m²."),
            (U, "Oops, I meant the other tunnel, the one I described at the start."),
        ],
        "missing reference",
    ),
    (
        "conv-opinion",
        [
            (U, "We're comparing two van hire quotes."),
            (A, "Sure, what are they?"),
            (U, "€386.80 with waiver or €311.80 without. which would you pick?"),
        ],
        "judgement",
    ),
    (
        "conv-opinion",
        [
            (U, "The choir has a £4,454 surplus this season."),
            (A, "Nice position to be in!"),
            (U, "what should we spend it on?"),
        ],
        "advice",
    ),
    (
        "conv-opinion",
        [
            (U, "Charity car wash made £564.20."),
            (A, "Well done!"),
            (U, "Is that good for a scout group?"),
        ],
        "judgement",
    ),
    (
        "conv-summary",
        [
            (U, "Sowed leeks on 18 March, carrots on 2 April, beans on 10 May."),
            (A, "Sounds like a busy spring."),
            (U, "Make me a planting calendar from that"),
        ],
        "writing task",
    ),
    (
        "conv-summary",
        [
            (U, "Totals were £143.90 Saturday, £98.40 Sunday and £61.20 Wednesday."),
            (A, "Thanks for the figures."),
            (U, "write that up as a short note for the co-op newsletter"),
        ],
        "writing task",
    ),
]
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)


# =========================================================================== checks and output
def _norm(q):
    return re.sub(r"\s+", " ", q).strip().lower()


def _load(path):
    """An earlier generator, imported in memory (its module level builds `items`)."""
    spec = importlib.util.spec_from_file_location(f"_earlier_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # only main() writes a file, and main() is not called
    return mod


def _generator_queries(mod):
    """The queries and user turns of an earlier generator (never printed)."""
    out = set()
    for i in mod.items:
        out.add(_norm(i["query"]))
        for m in i.get("messages") or []:
            if m["role"] == "user":
                out.add(_norm(m["content"]))
    return out


NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
CONTESTED = re.compile(
    r"\b(pints?|gallons?|quarts?|cups?|fl\.? ?oz|fluid ounces?|tablespoons?|teaspoons?|tbsp|tsp"
    r"|tons?|barrels?|mpg|calories?|kcal|horsepower|hp|kB|cwt|hundredweights?"
    r"|light-?years?|parsecs?)\b",
    re.IGNORECASE,
)
LENGTH_IN_MONTHS = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(months?|years?)\b",
    re.IGNORECASE,
)


def _ambiguous_numeric_date(text):
    """True when a positive writes a date like 04/05/2028 without saying its order."""
    said = re.search(r"DD[/.-]MM|day/month|MM[/.-]DD|month/day", text)
    return not said and any(
        int(m.group(1)) <= 12 and int(m.group(2)) <= 12 for m in NUMERIC_DATE.finditer(text)
    )


def main():
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(i.startswith(PREFIX) for i in ids)
    lowered = [_norm(i["query"]) for i in items]
    assert len(lowered) == len(set(lowered)), "duplicate queries"
    by: dict[str, int] = {}
    for i in items:
        by[i["label"]] = by.get(i["label"], 0) + 1
    assert by == WANT, by
    convs = sum(1 for i in items if i["label"] == "negative" and i.get("messages"))
    assert convs == WANT_CONVERSATION_NEGATIVES, convs
    near = sum(1 for i in items if i["label"] == "negative" and i["family"].startswith("near-"))
    assert near == WANT_NEAR_NEGATIVES, near
    ordinary = by["negative"] - convs - near
    assert ordinary == WANT_ORDINARY_NEGATIVES, ordinary
    for label in ("positive:calculator", "positive:units", "positive:datetime"):
        plain = sum(1 for i in items if i["label"] == label and i["family"] == "plain")
        assert plain == WANT_PLAIN, (label, plain)
    registers = {i["family"] for i in items if i["label"] != "negative"} - {"plain"}
    assert len(registers) == 25, sorted(registers)
    for i in items:
        assert i["label"] in LABELS, i["id"]
        assert i.get("family"), i["id"]
        assert "now" not in i and "timezone" not in i, i["id"]
        if i["family"].startswith(("near-", "conv-")) and i["label"] == "negative":
            assert i.get("note"), i["id"]
        if i["family"].startswith("conv-"):
            assert i.get("messages") and i["label"] == "negative", i["id"]
        if i.get("messages"):
            assert i["messages"][-1]["role"] == "user"
            assert i["messages"][-1]["content"] == i["query"]
        if i["label"] == "negative":
            assert i["expected"] is None and i["tolerance"] is None
        else:
            assert not i.get("messages"), i["id"]  # no positive conversations
            e = i["expected"]
            assert e is not None
            text = i["query"]
            relative = r"\b(today|tonight's date|right now|from now|tomorrow|yesterday)\b"
            assert not re.search(relative, text, re.IGNORECASE), i["id"]
            if i["label"] == "positive:datetime":
                this = r"\b(this|next|last) (year|month|week)\b"
                assert not re.search(this, text, re.IGNORECASE), i["id"]
            assert not _ambiguous_numeric_date(text), i["id"]
            assert not CONTESTED.search(text), i["id"]
            assert not LENGTH_IN_MONTHS.search(text), i["id"]
            assert not re.search(r"\bwithin\b", text, re.IGNORECASE), i["id"]
            assert not re.search(r"\beaster\b|\bdaylight\b|\bGMT\b|\bUTC\b", text, re.IGNORECASE), (
                i["id"]
            )
            if isinstance(e, (int, float)):
                assert e != 0 and i["tolerance"], i["id"]
                assert math.isfinite(e), i["id"]
            else:
                # the two string forms bench/grading.py grades: ISO date or weekday substring
                assert e in WEEKDAYS or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e), i["id"]
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
                assert i["tolerance"] is None, i["id"]
    # every positive register is used by at least two of the three tools
    tools_of: dict[str, set[str]] = {}
    for i in items:
        if i["label"] != "negative" and i["family"] != "plain":
            tools_of.setdefault(i["family"], set()).add(i["label"])
    thin = sorted(f for f, t in tools_of.items() if len(t) < 2)
    assert not thin, thin
    # earlier generators, imported in memory (no bytecode written: sys.dont_write_bytecode)
    assert sys.dont_write_bytecode
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(_load(EARLIER_DIR / name))
    # no register (family name) of this set is a family name of set 19, 20, 21 or 22
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by set 19, 20, 21 or 22: {reused}"
    mine = {}
    for i in items:
        mine.setdefault(_norm(i["query"]), i["id"])
        for m in i.get("messages") or []:
            if m["role"] == "user":
                mine.setdefault(_norm(m["content"]), i["id"])
    clash = sorted({iid for q, iid in mine.items() if q in earlier})
    assert not clash, f"these items repeat an earlier held-out query or user turn: {clash}"
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT}: {by}")
    print(
        f"negatives: {ordinary} ordinary, {near} near-positive single turns, {convs} conversations"
    )
    fams: dict[tuple[str, str], int] = {}
    for i in items:
        key = (i["label"], i["family"])
        fams[key] = fams.get(key, 0) + 1
    for (label, family), n in sorted(fams.items()):
        print(f"  {label:22s} {family:24s} {n:3d}")
    if "--show" in sys.argv:
        for i in items:
            if i["label"] != "negative":
                print(i["id"], repr(i["expected"]), i["tolerance"])


if __name__ == "__main__":
    main()
