"""Generate heldout-2026-12-22.jsonl: a nineteenth held-out router evaluation set (SEALED).

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
tests/data/router_heldout/make_heldout_18.py (in full), the latter ONLY for its record format,
its label/tolerance/family conventions, its exact conversion factors with their sources, its date
helpers, the rules of its docstring (what positives may and may not ask, what is left out as
contested, the asserts), and how its main() asserts counts and checks for duplicates against
earlier generators. Of make_heldout_16.py and make_heldout_17.py only the first 140 lines were
read (their module docstrings, plus the imports and first constants that follow them), solely to
learn which registers earlier sets used (theirs, set 18's, and those they name for sets 12 to 14)
so that this set could pick different ones; set 15's own register list is named in none of the
files read, so an overlap with set 15 in topic cannot be ruled out (an exact repeat of any of its
queries is ruled out by the check in main()). Nothing under router/, tools/, docs/, server/ or
tests/ (other than those three files) was opened; the folder tests/data/router_heldout/ was
listed (names only, which also showed the names of its JSONL files) to see which generators
exist, and listed again (names only) before and after runs to confirm that the duplicate check
left no __pycache__ behind; `wc -l` was run on bench/router.py, bench/grading.py and
make_heldout_18.py, and `ls` on /work/main/.venv/bin/ruff. /work/sealed/ did not exist and was
created for this file (it holds only this file and its JSONL). No JSONL file was opened, no git
history was looked at, no network was used, and neither the router nor the bench nor the tests
were ever run on this set; a throwaway `python3 -c` (outside any repository) printed the weekdays
of a few dates before they were written into queries; ruff format/check (with --line-length 100
and --no-cache) were run on this file alone (layout only; the JSONL it writes was unchanged,
byte for byte). Disclosures: reading make_heldout_18.py in full meant seeing all of its queries,
negatives and conversations. None of them was copied, and every query in this file is newly
written by the author, but the KINDS of item follow set 18's on purpose, and some items share a
pattern with one of set 18's while differing in topic, wording and numbers: the plain one-liners
cover the same kinds of operation (a sum, a difference, a product, a quotient, a percentage, a
power, a root, a weekday, a span, an age, an Nth weekday, minutes between two clock times, days
in a month or year, a day of the year); the negative and conversation family names are set 18's;
and several hard negatives and conversations reuse one of its shapes (an elliptical "and N%?"
follow-up, a split that changes when people join or leave, a checked count of days on from a
date, a machine-readable output format fixed by the system prompt, Roman numerals or another
language for the answer, a hint instead of the answer, a unit-converting Python function, a date
formula for a spreadsheet, an exact question bundled with a request for advice). The small
helpers below (num, dec, pct, terminates, decimals, whole_up, weekday, stated, age, days,
inclusive, whole_weeks, nth_weekday, clock_span, weekdays_between) and the checks in main()
follow the logic of set 18's (main() adds one check: every positive register is used by at least
two of the three tools). `main()` asserts that every query is unique and that none equals
(case-insensitively, whitespace-normalised) a query or user turn of make_heldout.py,
make_heldout_2.py ... make_heldout_18.py, whose items are built in memory by importing those
generators from /work/main/tests/data/router_heldout/ with sys.dont_write_bytecode set (so no
__pycache__ is left behind); their queries are never printed, their JSONL files never read, and
on a clash only the ids of THIS set's items are reported. During writing the check reported 16 of
this set's items by id (11 single-turn items and 5 conversations); they were reworded (every user
turn of those 5 conversations) without the earlier queries ever being looked at. This file and
its JSONL were written and kept outside the repository, in /work/sealed/, and nothing was
written into /work/main; `git status --short` was run once in /work/main at the end (it listed
no changed or untracked files) to confirm that.

Registers (families) chosen for this set; none of them is among the registers named in the
docstrings of sets 16, 17 and 18 (nor those they name for sets 12 to 14). Nearest neighbours, and
why they differ: the skiing holiday is a mountain resort, unlike set 18's surfing holiday and set
17's hill walking; dinghy sailing is a club sport, unlike set 17's cruise holidays and set 18's
sea angling; the restaurant kitchen and the café serve food and drink, unlike set 16's baking by
weight and set 17's wholesale bakery; the B&B is a guesthouse, not set 18's lettings; family
history research is an adult hobby, unlike set 18's history class; the student house is a
university flat share, unlike set 16's exam revision:
  all three tools: plain and direct one-liners (14 of each tool's 45 positives), scuba diving
    (boat dives, dive depth in feet, tank pressure in bar and psi, a liveaboard), aquarium
    fishkeeping (fish orders, sand bags bought whole, heater temperature, water-change dates),
    photography (prints, a memory card, a photo-a-day numbering stated in the query), a
    restaurant kitchen (food
    cost percentage, covers with service, oven temperatures, a joint's weight, a use-by rule),
    a coffee shop (oat milk and bean costs, milk temperature, a gift card's expiry in days), a
    golf club (green fees, an average score, yards and metres, a club championship on the last
    Saturday), a cricket club (match teas, a batting average with its rule stated, pitch length,
    bowling speed, days between the first and last matches), new parents (nappy packs bought
    whole, birth weight in lb and oz, a baby's age in days, a check at 8 weeks), a B&B
    (room-nights after card fees, thermostat, nights), classic car restoration (parts with VAT
    stated, tyre pressure, a car's age), woodworking and joinery (skirting lengths bought whole,
    a board's length, a finish's curing days), a community choir (subs with concessions, hall
    temperature, rehearsal-to-concert weeks, a concert weekday), a skiing holiday (lift passes,
    altitude, a cold top station, chalet nights), a freelance graphic designer (an invoice with
    VAT stated, file sizes, payment terms in days), a university student house (rent and bills
    split, a weighted module mark with its weights stated, an exam's minutes, term teaching days
    with the weekday rule stated), a window-cleaning round (a round's takings, pole length, a
    four-weekly round), a food bank (parcels, a donation's weight, first-Saturday collections),
    family history research (a will's shares, an ancestor's height, an age at a census, a
    wedding weekday, a lifetime in days), dinghy sailing (club fees, knots, nautical miles, a
    regatta weekday), a darts league (a 501 checkout, the oche distance, league weeks), a rowing
    club (regatta entries, a head course in miles, a race on the Nth Saturday),
    a martial arts dojo (grading fees, a weight category, a grading date), a tattoo studio (a
    sleeve's balance, a design's height, a touch-up date), an ice-cream van (a day's takings
    after stock, freezer temperature, a pitch licence counting both days as stated) and a music
    festival (tickets and fees split, the walk to the stage, the festival's start weekday).
  Positives are word problems of one to four sentences (31 per tool), some chatty, some terse,
  some with small typos or numbers written in words. No positive conversations.

Negatives (label "negative", 200): 100 ordinary ones in this set's registers (explanations,
advice, writing tasks, code, world facts, live information, small talk with numbers in it,
how-tos, translation, opinions, riddles and plans); 65 hard single-turn negatives (families
"near-...", each with a "note"): conversions needing a density or an exchange rate, calculations
with the numbers missing, dates hanging on a private event never given, dates that must be looked
up (the Boat Race, the Masters, Diwali, a full moon), world facts, estimates, requests for a
method or formula, checking someone's working, output as words / Roman numerals / another
language or script, human and veterinary (fish and dog) dosing, rules knowledge (cricket, diving,
golf, darts), exact questions bundled with a part that needs the model, judgements about a
number, identifiers that look like arithmetic (bowling figures, a zoom lens, a backup rule, a
novel's title, a macro ratio), code or spreadsheet formulas, standard sizes to look up (paper,
shoes) and splits that need a fairness judgement; and 35 conversations (families "conv-...",
field "messages"; "query" repeats the last user turn; each with a "note"): notation redefined
earlier in a system, user or assistant turn (an operator meaning "difference", a darts league's
points, a diver's "extra atmospheres", a café "round", hexadecimal, a golfer's scorecard
letters, sailors' cables, a genealogist's "generation"), numbers fixed in earlier turns (a room
rate, a birth date, a boat speed, a tank volume, an hourly rate, a term start, a lift pass, an oven
setting), follow-ups on an earlier answer, personas and output formats (a pirate, French only,
JSON, hints only, haiku, Roman numerals), and conventions fixed earlier (a year/day/month log,
a Saturday-to-Friday loyalty week, a club year starting in November, a B&B's own night count,
dojo week numbers, a Wednesday-to-Tuesday week). No negative here is negative only because of a
contested unit reading or an unstated "today" (those are policy questions, not routing ones);
every negative needs the language model.

Left out entirely (their grading is contested), as in sets 15, 17 and 18: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, short/long tons, barrels, mpg, calories,
horsepower, kB vs KiB (only the binary KiB/MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nominal sizes in positives, leap-day birthdays and leap-day
results, all-numeric dates whose day and month are both <= 12 (unless the format is stated;
asserted), time zones and daylight saving in positives, Easter and other movable feasts, and
anything depending on the current date (no "now" or "timezone" field is set; no positive needs
a "today"; asserted). Also left out: running and rowing paces (times per distance), "within N
days" deadlines (deadlines are worded "N days after/before" or "no later than N days after"),
"how many weeks" between dates that are not a whole number of weeks apart (asserted), and
"counting both ends" spans unless the query says so. Extra asserts: no positive names a contested
unit, none uses "N months"/"N years" as a length, no date result is 29 February, and exact
results have at most three decimals.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results (only used
when the exact result has at most three decimals; asserted), 1e-3 for unit results a tool may
round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English name, everything else as
a number (the grader reads the LAST number of the answer). No positive asks for a result in a
unit written with a power, as a clock time, as a mixed unit or as a fraction "a/b"; no
calculator, date or exact unit result is a repeating decimal (asserted). A positive is a
question whose tool answer IS the whole answer; counts that must be whole (sand bags, nappy
packs, skirting lengths) are rounded up because the story says they come whole (asserted: the
unrounded value is never already whole).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (the same sources as set 18):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 nautical mile = 1852 m exactly; 1 knot = 1852/3600 m/s (NIST SP 811, Table 8 and B.8)
    1 acre = 43 560 ft^2 = 4840 yd^2 (international foot; the US survey acre differs by about
      4 parts per million, far inside the 1e-3 tolerance)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2 (3rd CGPM 1901; NIST SP 811 B.8),
      so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly (NIST SP 811 B.8; SI Brochure, 8th edition (2006), Table 8)
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; T(K) = t(degC) + 273.15;
    t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s, 1 h = 60 min; 1 kWh = 3.6 MJ;
    1 L = 1000 mL; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime; any other rule is stated in
    the query itself.

Run:  python3 /work/sealed/make_heldout_19.py   (writes the JSONL next to this file and prints
counts per label and family; add --show to list every positive's expected value)
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
OUT = HERE / "heldout-2026-12-22.jsonl"
PREFIX = "ho19-"
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 19))
EARLIER_DIR = HERE  # (written in /work/sealed*, run from here since it was committed)
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
    """The smallest whole number of items covering x (bought whole)."""
    x = F(x)
    assert x.denominator != 1, x  # otherwise rounding up is not being tested
    return math.ceil(x)


assert num(F(21, 7)) == 3 and num(dec("0.7") * 3) == 2.1 and pct("12.5") == F(1, 8)
assert terminates(F(3, 40)) and not terminates(F(1, 3)) and whole_up(F(7, 2)) == 4
assert decimals(dec("12.345")) == 3 and decimals(7) == 0

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0 and decimals(value) <= 3, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain and direct (14)
calc("plain", "What is 7,318 + 5,694?", 7318 + 5694)
calc("plain", "Take 3,847 away from 12,005.", 12005 - 3847)
calc("plain", "What's 63 times 144?", 63 * 144)
calc("plain", "What is 11,232 divided by 36?", F(11232, 36))
calc("plain", "What's 42% of 2,350?", pct(42) * 2350)
calc("plain", "What is 3 to the power of 9?", 3**9)
assert math.isqrt(7056) ** 2 == 7056
calc("plain", "What's the square root of 7,056?", math.isqrt(7056))
calc("plain", "Work out 1.35 × 4,280", dec("1.35") * 4280)
calc("plain", "what's 28.8 ÷ 0.45", dec("28.8") / dec("0.45"))
calc("plain", "Calculate (375 − 129) × 2.5", (375 - 129) * dec("2.5"))
calc("plain", "What is 12.5 percent of 7,240?", pct("12.5") * 7240)
calc("plain", "What's 9 squared plus 12 squared?", 9**2 + 12**2)
calc("plain", "What is three fifths of 2,715?", F(3, 5) * 2715)
calc("plain", "How much is 4,096 ÷ 0.128 + 350?", 4096 / dec("0.128") + 350)

# scuba diving
calc(
    "scuba",
    "Boat dives are €42 each and I'm booked on 6 of them. Tank and weights hire is another €18 "
    "a day for 3 days. What's the total?",
    6 * 42 + 18 * 3,
)
# aquarium fishkeeping
calc(
    "aquarium",
    "The new tank needs 14 kg of sand and the shop only sells it in whole 5 kg bags. How many "
    "bags do I need?",
    whole_up(F(14, 5)),
)
calc(
    "aquarium",
    "fish order: 12 neon tetras at £2.25, 6 corydoras at £4.50 and one betta at £12. whats the "
    "total",
    12 * dec("2.25") + 6 * dec("4.50") + 12,
)
# photography
calc(
    "photography",
    "Printing the holiday shots: 36 prints at 45p each, 4 enlargements at £6.75 each and £3.99 "
    "postage. How much altogether, in pounds?",
    36 * dec("0.45") + 4 * dec("6.75") + dec("3.99"),
)
# restaurant kitchen
calc(
    "restaurant-kitchen",
    "The risotto sells for £18 and its ingredients cost £5.04. What percentage of the menu price "
    "is the food cost?",
    dec("5.04") / 18 * 100,
)
calc(
    "restaurant-kitchen",
    "Saturday service: 144 covers at an average spend of £32.50, and a 12.5% service charge goes "
    "on top. What were the takings including service?",
    144 * dec("32.50") * (1 + pct("12.5")),
)
# coffee shop
calc(
    "coffee-shop",
    "Oat milk costs us £1.65 a litre. We get through 9 litres a day and open six days a week. "
    "What's the oat milk bill for 4 weeks?",
    dec("1.65") * 9 * 6 * 4,
)
calc(
    "coffee-shop",
    "Our beans are £14.20 a kilo and a double shot uses 18 g. What do the beans for 500 double "
    "shots cost?",
    dec("14.20") * F(18 * 500, 1000),
)
# golf club
calc(
    "golf",
    "Society day for 16 golfers: 5 are members' guests at £30 green fee and the others are "
    "visitors at £48. What are the total green fees?",
    5 * 30 + (16 - 5) * 48,
)
calc(
    "golf",
    "My last five rounds were 88, 91, 84, 86 and 93. What's my average score?",
    F(88 + 91 + 84 + 86 + 93, 5),
)
# cricket club
calc(
    "cricket",
    "Match tea is £4.50 a head. Two teams of eleven, two umpires and two scorers all eat. What "
    "does tea cost the club?",
    (2 * 11 + 2 + 2) * dec("4.50"),
)
calc(
    "cricket",
    "I scored 412 runs this season and got out 10 times. Batting average is runs divided by "
    "the number of times out - what's mine?",
    F(412, 10),
)
# new parents
calc(
    "new-parents",
    "Nappies come in packs of 44 and the baby gets through 9 a day. How many packs do we need "
    "for 28 days, whole packs only?",
    whole_up(F(9 * 28, 44)),
)
# B&B
calc(
    "bnb",
    "Our doubles are £95 a night and singles £68. We sold 16 double-nights and 6 single-nights, "
    "and the card machine takes 1.5% of that. What's left after the card fees?",
    (16 * 95 + 6 * 68) * (1 - pct("1.5")),
)
# classic car restoration
calc(
    "classic-car",
    "Parts for the MGB: a pair of sills £186, two front wings at £142.50 each and a chrome "
    "bumper £310, plus 20% VAT on the lot. Total?",
    (186 + 2 * dec("142.50") + 310) * (1 + pct(20)),
)
# woodworking and joinery
calc(
    "woodworking",
    "I need 27.5 metres of skirting and it comes in 4.2 m lengths, whole lengths only. How many "
    "lengths should I buy?",
    whole_up(dec("27.5") / dec("4.2")),
)
# community choir
calc(
    "choir",
    "Choir subs are £45 a term for three terms. 38 members pay full subs and 9 concessions pay "
    "half. What do subs bring in over the three terms?",
    3 * (38 * 45 + 9 * F(45, 2)),
)
# skiing holiday
calc(
    "skiing",
    "Six-day lift passes are €312 for adults and €234 for children. There are two adults and "
    "three kids, and booking online takes 10% off. What do we pay?",
    (2 * 312 + 3 * 234) * (1 - pct(10)),
)
# freelance graphic designer
calc(
    "freelance-design",
    "Logo job: 3.5 days at my £380 day rate plus £120 of font licences, then 20% VAT on the "
    "whole thing. What's the invoice total?",
    (dec("3.5") * 380 + 120) * (1 + pct(20)),
)
# university student house
calc(
    "student-house",
    "Rent for our house is £2,340 a term and bills are £410 a term, all split equally between "
    "the five of us. What's my share per term?",
    F(2340 + 410, 5),
)
calc(
    "student-house",
    "My module marks are 62, 71, 58 and 67, weighted 20%, 30%, 25% and 25%. What's my "
    "weighted average?",
    62 * pct(20) + 71 * pct(30) + 58 * pct(25) + 67 * pct(25),
)
# window-cleaning round
calc(
    "window-cleaning",
    "My round is sixty-four houses at £14 each plus 9 shops at £22. What does one full round "
    "bring in?",
    64 * 14 + 9 * 22,
)
# food bank
calc(
    "food-bank",
    "We've had 1,386 tins donated and each parcel gets 9 tins. How many parcels can we make up?",
    F(1386, 9),
)
# family history research
calc(
    "family-history",
    "Great-grandad's will left £1,240. After £96 of funeral costs the rest was split equally "
    "between his 8 children. How much did each child get?",
    F(1240 - 96, 8),
)
# dinghy sailing
calc(
    "sailing",
    "Club membership is £265 and a dinghy park space is £180, with juniors getting 15% off "
    "both. What does a junior pay in total?",
    (265 + 180) * (1 - pct(15)),
)
# darts league
calc(
    "darts",
    "Started on 501 and I've thrown 140, 100, 85 and 60. What do I need to check out?",
    501 - 140 - 100 - 85 - 60,
)
# rowing club
calc(
    "rowing",
    "Regatta entry is £28 per crew plus £6 per person. We're entering four eights (9 people "
    "each with the cox) and three quads (4 each). What's the total entry cost?",
    7 * 28 + 6 * (4 * 9 + 3 * 4),
)
# martial arts dojo
calc(
    "dojo",
    "The grading fee is £35 a student and 23 students are grading. The club keeps 20% and the "
    "rest goes to the association. How much goes to the association?",
    35 * 23 * (1 - pct(20)),
)
# tattoo studio
calc(
    "tattoo",
    "The sleeve took 4 sessions of 5.5 hours at £120 an hour and the client already paid a "
    "£100 deposit. What's the balance?",
    4 * dec("5.5") * 120 - 100,
)
# ice-cream van
calc(
    "ice-cream-van",
    "Sold 214 cones at £3.20 and 87 lollies at £1.80 on Sunday. Stock costs come to 35% of "
    "takings. What's left after stock?",
    (214 * dec("3.20") + 87 * dec("1.80")) * (1 - pct(35)),
)
# music festival
calc(
    "festival",
    "Four weekend tickets at £295, a £11.50 booking fee on each ticket, and a £60 campervan "
    "pass, all split four ways. What's each person's share?",
    (4 * 295 + 4 * dec("11.50") + 60) / 4,
)

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
NMI = F(1852)  # m
KNOT = NMI / 3600  # m/s
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
STONE = 14 * LB
ACRE = 4840 * YD * YD  # m^2
HECTARE = F(10**4)  # m^2
G0 = dec("9.80665")  # m/s^2
PSI = LB * G0 / (IN * IN)  # Pa
BAR = F(10**5)  # Pa
KWH = F(3600000)  # J
MJ = F(10**6)  # J
KIB, MIB, GIB = 2**10, 2**20, 2**30  # bytes
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert STONE == dec("6.35029318") and ACRE == dec("4046.8564224") and KNOT / KMH == dec("1.852")
assert abs(PSI - dec("6894.757")) < dec("0.001") and abs(BAR / PSI - dec("14.5038")) < dec("1e-4")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def c_to_k(c):
    return F(c) + dec("273.15")


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and c_to_k(dec("-273.15")) == 0

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value) and decimals(value) <= 3, query
    add("positive:units", family, query, num(value), tol, **extra)


# plain and direct (14)
unit("plain", "Convert 42 miles to kilometres", 42 * MI / 1000)
unit("plain", "How many pounds is 73 kilograms?", 73 / LB)
unit("plain", "What is 220 °C in Fahrenheit?", c_to_f(220), EXACT)
unit("plain", "Convert 23 °F to Celsius", f_to_c(23), EXACT)
unit("plain", "How many millimetres are in 16 inches?", 16 * IN * 1000, EXACT)
unit("plain", "1,200 feet in metres?", 1200 * FT, EXACT)
unit("plain", "Convert 11 stone 6 lb to kilograms", 11 * STONE + 6 * LB)
unit("plain", "How many grams are in 9 ounces?", 9 * OZ * 1000)
unit("plain", "Convert 100 km/h into mph", 100 * KMH / MPH)
unit("plain", "How many litres is 4,750 millilitres?", F(4750, 1000), EXACT)
unit("plain", "What is −40 °C in kelvin?", c_to_k(-40), EXACT)
unit("plain", "how many KiB in 7.5 MiB", dec("7.5") * MIB / KIB, EXACT)
unit("plain", "Convert 540 MJ to kWh", 540 * MJ / KWH, EXACT)
unit("plain", "What's 12 hectares in acres?", 12 * HECTARE / ACRE)

# scuba diving
unit("scuba", "We're diving the wreck at 30 metres. How deep is that in feet?", 30 / FT)
unit(
    "scuba",
    "My tank was filled to 232 bar and my American buddy wants to know what that is in psi.",
    232 * BAR / PSI,
)
# aquarium fishkeeping
unit(
    "aquarium",
    "The heater for my tetras is set to 77 °F. What's that in Celsius?",
    f_to_c(77),
    EXACT,
)
# photography
unit("photography", "My card holds 256 GiB. How many MiB is that?", 256 * GIB / MIB, EXACT)
# restaurant kitchen
unit(
    "restaurant-kitchen",
    "The American recipe says roast at 425 °F. Our ovens are in Celsius - what do I set?",
    f_to_c(425),
)
unit(
    "restaurant-kitchen",
    "the lamb shoulder from the butcher is 4.5 lb. how many kg is that",
    dec("4.5") * LB,
)
# coffee shop
unit(
    "coffee-shop",
    "The US barista guide says steam milk to 150 °F. What's that in Celsius?",
    f_to_c(150),
)
# golf club
unit(
    "golf",
    "The marker post says 165 yards to the middle of the green. How many metres is that?",
    165 * YD,
    EXACT,
)
# cricket club
unit(
    "cricket",
    "The groundsman says our strip is 22 yards from stumps to stumps. How many metres is that?",
    22 * YD,
)
unit(
    "cricket",
    "Our opening bowler got clocked at 87 mph on the speed gun. What's that in km/h?",
    87 * MPH / KMH,
)
# new parents
unit("new-parents", "She was born weighing 7 lb 11 oz. How many kg is that?", 7 * LB + 11 * OZ)
unit(
    "new-parents",
    "Baby weighed 3.9 kg at the clinic and grandma wants it in pounds. What is it?",
    dec("3.9") / LB,
)
# B&B
unit(
    "bnb",
    "An American guest asked what 21 °C on the room thermostat is in Fahrenheit. What should I "
    "tell him?",
    c_to_f(21),
    EXACT,
)
# classic car restoration
unit(
    "classic-car",
    "The workshop manual says 26 psi in the front tyres but my gauge reads in bar. What's 26 psi "
    "in bar?",
    26 * PSI / BAR,
)
# woodworking and joinery
unit(
    "woodworking",
    "The plans call for a 96-inch board. How long is that in millimetres?",
    96 * IN * 1000,
    EXACT,
)
# community choir
unit(
    "choir",
    "The church hall thermometer says 59 °F at rehearsal. What's that in Celsius?",
    f_to_c(59),
    EXACT,
)
# skiing holiday
unit("skiing", "The top station is at 3,842 metres. How high is that in feet?", 3842 / FT)
unit(
    "skiing",
    "It was −14 °C at the top of the lift this morning. What's that in Fahrenheit?",
    c_to_f(-14),
    EXACT,
)
# freelance graphic designer
unit(
    "freelance-design",
    "The artwork file I'm sending is 31,744 KiB. How many MiB is that?",
    F(31744 * KIB, MIB),
    EXACT,
)
# university student house
unit(
    "student-house",
    "My history exam is 2.25 hours long. How many minutes is that?",
    dec("2.25") * 60,
    EXACT,
)
# window-cleaning round
unit(
    "window-cleaning",
    "My water-fed pole extends to 35 feet. How many metres is that?",
    35 * FT,
    EXACT,
)
# food bank
unit(
    "food-bank",
    "A US church group sent over 1,250 lb of food. How many kilograms is that?",
    1250 * LB,
)
# family history research
unit(
    "family-history",
    "Great-grandad's army record gives his height as 5 ft 9 in. What's that in cm?",
    (5 * FT + 9 * IN) * 100,
    EXACT,
)
# dinghy sailing
unit(
    "sailing",
    "We averaged 6.5 knots across the bay. What's that in km/h?",
    dec("6.5") * KNOT / KMH,
    EXACT,
)
unit(
    "sailing",
    "the passage race is 23 nautical miles, how many km is that",
    23 * NMI / 1000,
    EXACT,
)
# darts league
unit(
    "darts",
    "The oche is 7 ft 9.25 in from the face of the board. How many centimetres is that?",
    (7 * FT + dec("9.25") * IN) * 100,
    EXACT,
)
# rowing club
unit("rowing", "The head race course is 6.8 km. How many miles is that?", dec("6.8") * 1000 / MI)
# martial arts dojo
unit(
    "dojo",
    "I'm entering the under-70 kg category and I weigh 11 st 2 lb. What's that in kg?",
    11 * STONE + 2 * LB,
)
# tattoo studio
unit(
    "tattoo",
    "The client's design is 6 inches tall. How many cm is that?",
    6 * IN * 100,
    EXACT,
)
# ice-cream van
unit(
    "ice-cream-van",
    "The freezer has to hold −18 °C but the old dial on the van is in Fahrenheit. What's −18 °C "
    "in °F?",
    c_to_f(-18),
    EXACT,
)
# music festival
unit(
    "festival",
    "The walk from the car park to the main stage is 2.5 miles. How far is that in km?",
    dec("2.5") * MI / 1000,
)

# =========================================================================== dates
D = dt.date
DT = dt.datetime
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekday(d):
    return WEEKDAYS[d.weekday()]


def stated(d, name):
    """Assert that a weekday written in a query is right."""
    assert weekday(d) == name, (d, name, weekday(d))
    return d


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def days(a, b):
    return (b - a).days


def inclusive(a, b):
    return days(a, b) + 1


def whole_weeks(a, b):
    n = days(a, b)
    assert n % 7 == 0, (a, b, n)
    return n // 7


def nth_weekday(year, month, wd, n):
    found = [
        D(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if D(year, month, d).weekday() == wd
    ]
    return found[n - 1] if n > 0 else found[n]


def weekdays_between(a, b):
    """Mon-Fri days from a to b, both included."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(k)).weekday() < 5)


def clock_span(start, end, unit_s):
    """From one clock time to the next occurrence of another, in units of unit_s seconds."""
    day = D(2005, 5, 5)
    a = DT.combine(day, dt.time.fromisoformat(start))
    b = DT.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


assert weekday(D(2000, 1, 1)) == "Saturday" and age(D(1990, 6, 30), D(2030, 6, 29)) == 39
assert nth_weekday(2028, 11, FRI, -1) == D(2028, 11, 24) and nth_weekday(2028, 1, SAT, 1).day == 1
assert clock_span("22:30", "01:00", 60) == 150 and inclusive(D(2027, 1, 1), D(2027, 12, 31)) == 365
assert weekdays_between(D(2027, 3, 1), D(2027, 3, 14)) == 10


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        assert (expected.month, expected.day) != (2, 29), query  # no leap-day results
        expected, tol = expected.isoformat(), None
    elif isinstance(expected, str):
        assert expected in WEEKDAYS
        tol = None
    else:
        expected = F(expected)
        assert expected != 0 and terminates(expected), query
        expected, tol = num(expected), 1e-6
    add("positive:datetime", family, query, expected, tol, **extra)


# plain and direct (14)
date_item("plain", "What day of the week is 17 October 2030?", weekday(D(2030, 10, 17)))
date_item(
    "plain",
    "How many days are there between 3 February 2029 and 19 September 2029?",
    days(D(2029, 2, 3), D(2029, 9, 19)),
)
date_item("plain", "What date is 120 days after 9 May 2027?", D(2027, 5, 9) + TD(120))
date_item("plain", "What was the date 365 days before 4 July 2028?", D(2028, 7, 4) - TD(365))
date_item("plain", "Which day of the week was 14 July 1789?", weekday(D(1789, 7, 14)))
date_item(
    "plain",
    "How many weeks is it from 2 January 2029 to 27 March 2029?",
    whole_weeks(D(2029, 1, 2), D(2029, 3, 27)),
)
date_item(
    "plain",
    "How old is someone born on 8 August 1979 on 1 February 2030?",
    age(D(1979, 8, 8), D(2030, 2, 1)),
)
date_item(
    "plain", "What's the date 13 weeks after 21 September 2029?", D(2029, 9, 21) + TD(weeks=13)
)
date_item("plain", "How many days are there in February of 2048?", calendar.monthrange(2048, 2)[1])
date_item(
    "plain",
    "What is the date of the fourth Wednesday in January 2030?",
    nth_weekday(2030, 1, WED, 4),
)
date_item("plain", "how many minutes between 06:40 and 14:25", clock_span("06:40", "14:25", 60))
date_item("plain", "Which date comes 1,000 days after 1 June 2027?", D(2027, 6, 1) + TD(1000))
date_item("plain", "How many days does the year 2031 have?", days(D(2031, 1, 1), D(2032, 1, 1)))
date_item(
    "plain",
    "Which day of the year is 30 September 2029?",
    D(2029, 9, 30).timetuple().tm_yday,
)

# scuba diving
date_item(
    "scuba",
    "Our liveaboard leaves port on 15 October 2028 and we're aboard for 12 nights. What date do "
    "we get off the boat?",
    D(2028, 10, 15) + TD(12),
)
# aquarium fishkeeping
date_item(
    "aquarium",
    "I change the tank water every 10 days and the last change was on 28 December 2027. What's "
    "the date of the third change after that one?",
    D(2027, 12, 28) + TD(30),
)
# photography
date_item(
    "photography",
    "I'm doing a photo a day: photo 1 was taken on 1 January 2029 and I take one every day. "
    "What number is the photo taken on 18 April 2029?",
    days(D(2029, 1, 1), D(2029, 4, 18)) + 1,
)
# restaurant kitchen
date_item(
    "restaurant-kitchen",
    "The stock was made on 26 March 2028 and has to be used no later than 5 days after it was "
    "made. What's the last date it can be used?",
    D(2028, 3, 26) + TD(5),
)
# coffee shop
date_item(
    "coffee-shop",
    "A customer bought a gift card on 14 November 2027 and it expires 365 days after purchase. "
    "What's the expiry date?",
    D(2027, 11, 14) + TD(365),
)
# golf club
date_item(
    "golf",
    "The club championship is always on the last Saturday in August. What date is it in 2029?",
    nth_weekday(2029, 8, SAT, -1),
)
date_item(
    "golf",
    "Captain's Day is 17 June 2028 - what day of the week is that?",
    weekday(D(2028, 6, 17)),
)
# cricket club
date_item(
    "cricket",
    "Our first match is on 20 April 2028 and the last one is on 14 September 2028. How many "
    "days are there between those two dates?",
    days(D(2028, 4, 20), D(2028, 9, 14)),
)
# new parents
date_item(
    "new-parents",
    "Our son was born on 3 March 2028. How many days old will he be on 21 June 2028?",
    days(D(2028, 3, 3), D(2028, 6, 21)),
)
date_item(
    "new-parents",
    "Baby arrived on 11 January 2029 and the health visitor check is when she's 8 weeks old. "
    "What date is that?",
    D(2029, 1, 11) + TD(weeks=8),
)
# B&B
date_item(
    "bnb",
    "Guests check in on 27 December 2027 and check out on 3 January 2028. How many nights is that?",
    days(D(2027, 12, 27), D(2028, 1, 3)),
)
# classic car restoration
date_item(
    "classic-car",
    "My Jag was first registered on 4 May 1967. How old will it be on 1 May 2029?",
    age(D(1967, 5, 4), D(2029, 5, 1)),
)
# woodworking and joinery
date_item(
    "woodworking",
    "Put the last coat of oil on the table on 18 October 2028 and it needs 30 days to cure. "
    "What date is it fully cured?",
    D(2028, 10, 18) + TD(30),
)
# community choir
REHEARSAL1 = stated(D(2030, 1, 8), "Tuesday")
date_item(
    "choir",
    "First rehearsal of the spring term is Tuesday 8 January 2030 and the concert is eleven "
    "weeks after that. What date is the concert?",
    REHEARSAL1 + TD(weeks=11),
)
date_item(
    "choir",
    "wich day of the week is our summer concert on 24 May 2030?",
    weekday(D(2030, 5, 24)),
)
# skiing holiday
date_item(
    "skiing",
    "The chalet's booked from 19 January 2030 to 2 February 2030. How many nights is that?",
    days(D(2030, 1, 19), D(2030, 2, 2)),
)
# freelance graphic designer
date_item(
    "freelance-design",
    "Invoice dated 28 November 2028, payment terms 30 days after the invoice date. When is it due?",
    D(2028, 11, 28) + TD(30),
)
# university student house
date_item(
    "student-house",
    "I started my dissertation on 15 January 2029 and it's due on 1 May 2029. How many days are "
    "there between the two dates?",
    days(D(2029, 1, 15), D(2029, 5, 1)),
)
TERM1 = stated(D(2029, 9, 24), "Monday")
date_item(
    "student-house",
    "Teaching runs Monday to Friday only, from Monday 24 September 2029 to Friday 7 December "
    "2029 inclusive. How many teaching days is that?",
    weekdays_between(TERM1, stated(D(2029, 12, 7), "Friday")),
)
# window-cleaning round
ROUND1 = stated(D(2029, 2, 6), "Tuesday")
date_item(
    "window-cleaning",
    "I do the round every 4 weeks and the first round of 2029 was on Tuesday 6 February. What "
    "date is the fifth round of 2029?",
    ROUND1 + TD(weeks=4 * 4),
)
# food bank
date_item(
    "food-bank",
    "Supermarket collections are on the first Saturday of every month. What's the date in "
    "March 2029?",
    nth_weekday(2029, 3, SAT, 1),
)
# family history research
date_item(
    "family-history",
    "My ancestor was born on 14 March 1862. How old was he on census night, 2 April 1871?",
    age(D(1862, 3, 14), D(1871, 4, 2)),
)
date_item(
    "family-history",
    "My great-great-grandparents married on 25 December 1893. What day of the week was that?",
    weekday(D(1893, 12, 25)),
)
date_item(
    "family-history",
    "She was born on 9 September 1888 and died on 30 January 1951. How many days were there "
    "between those two dates?",
    days(D(1888, 9, 9), D(1951, 1, 30)),
)
# dinghy sailing
date_item(
    "sailing",
    "The club regatta is on 4 August 2029. What weekday is that?",
    weekday(D(2029, 8, 4)),
)
# darts league
LEAGUE1 = stated(D(2030, 1, 10), "Thursday")
date_item(
    "darts",
    "League nights are every Thursday, starting Thursday 10 January 2030 as week 1. What date "
    "is week 15?",
    LEAGUE1 + TD(weeks=14),
)
# rowing club
date_item(
    "rowing",
    "The head race is always the third Saturday in March. What's the date in 2029?",
    nth_weekday(2029, 3, SAT, 3),
)
# martial arts dojo
date_item(
    "dojo",
    "Sensei says my next grading is 12 weeks after 23 February 2029. What date will that be?",
    D(2029, 2, 23) + TD(weeks=12),
)
# tattoo studio
date_item(
    "tattoo",
    "Tattooed on 9 August 2028, touch-up is booked six weeks after. Which date is that?",
    D(2028, 8, 9) + TD(weeks=6),
)
# ice-cream van
date_item(
    "ice-cream-van",
    "My pitch licence runs from 1 April 2029 to 30 September 2029. How many days is that, "
    "counting both the first and last day?",
    inclusive(D(2029, 4, 1), D(2029, 9, 30)),
)
# music festival
date_item(
    "festival",
    "The festival starts on 26 June 2030. What day of the week is that?",
    weekday(D(2030, 6, 26)),
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why does nitrogen narcosis get worse the deeper you dive?", None),
        ("Why does a new aquarium have to cycle before any fish go in?", None),
        ("How does a camera's aperture change the depth of field?", None),
        ("Why do chefs rest a roast before carving it?", None),
        ("What actually makes a flat white different from a latte?", None),
        ("Why are golf balls covered in dimples?", None),
        ("How does reverse swing work in cricket?", None),
        ("Why do newborns lose a bit of weight in their first week?", None),
        ("How does an SU carburettor on an old British car mix fuel and air?", None),
        ("Why does solid wood move with the seasons, and how do joiners allow for it?", None),
        ("How can a sailing dinghy make progress upwind?", None),
        ("Why do tattoos on hands and feet fade so much faster?", None),
    ],
    "advice": [
        ("I struggle to equalise my ears on the way down. What can I try?", None),
        ("Our B&B just got a harsh one-star review. How should I reply?", None),
        ("How can I get my three-month-old to sleep for longer stretches at night?", None),
        ("What should I check before buying a classic Mini that's been sitting in a barn?", None),
        ("I've got my first solo at the choir concert and I'm terrified. Any tips?", None),
        (
            "How do I ask a café regular to stop camping on a table for four hours with one latte?",
            None,
        ),
        ("What should I pack for a first ski trip with two small kids?", None),
        ("A client keeps asking for 'just one more tweak' on a logo. How do I push back?", None),
        ("One of my housemates never pays his share of the bills on time. What do I do?", None),
        ("My darts keep drifting left of the treble. How do I fix my throw?", None),
    ],
    "writing": [
        ("Write a warm welcome note to leave in the rooms of our B&B.", None),
        ("Draft a polite chaser email for a design invoice that's three weeks overdue.", None),
        ("Write a short poem about a first dive on a coral reef.", None),
        ("Write a flyer for my window-cleaning round on the new housing estate.", None),
        ("Write a thank-you message to our food bank volunteers after the Christmas rush.", None),
        ("Write a chalkboard line for the café's new cardamom bun.", None),
        ("Write the opening of a eulogy for a grandfather who lived for sailing.", None),
        ("Write a blurb for our community choir's summer concert programme.", None),
        ("Write a product description for a handmade oak chopping board.", None),
        ("Write a short Instagram bio for a fine-line tattoo artist.", None),
    ],
    "code": [
        ("Write a Python script that resizes every JPEG in a folder to 1200 pixels wide.", None),
        ("How do I make a header stick to the top of the page with CSS?", None),
        ("What's the difference between git merge and git rebase?", None),
        ("Write a SQL query listing B&B guests who have stayed with us more than once.", None),
        ("Explain Python decorators with a small example.", None),
        ("How do I set up a systemd timer instead of a cron job?", None),
        ("Give me a PowerShell command that lists the installed programs.", None),
        ("Why does my React component render twice in development mode?", None),
        ("Write a Kotlin data class for a golf scorecard.", None),
        ("With pandas, how do I load a CSV but ignore its first three lines?", None),
    ],
    "facts": [
        ("Who invented the aqualung?", None),
        ("In which city was the first espresso machine patented?", None),
        ("Who was the first golfer to win all four of the modern majors?", None),
        ("Where is Lord's cricket ground?", None),
        ("Who founded the RNLI?", None),
        ("Who composed the oratorio Messiah?", None),
        ("Which is the oldest rowing race still held on the Thames?", None),
        ("On which island did karate develop?", None),
        ("Who painted The Fighting Temeraire?", None),
        ("Which company made the first digital camera prototype?", None),
    ],
    "live": [
        ("What are the snow conditions in Val Thorens this week?", None),
        ("Is the Glastonbury ticket resale open yet?", None),
        ("What's the visibility like at Stoney Cove dive centre at the moment?", None),
        ("What's the score in the Test match?", None),
        ("Are there delays on the Eurostar this morning?", None),
        ("What's the wind doing in Weymouth Bay this afternoon?", None),
        ("Have wholesale coffee bean prices gone up again this month?", None),
        ("Which films are on at the Curzon in Canterbury tonight?", None),
    ],
    "smalltalk": [
        ("Hit my first 180 at the league last night!!", None),
        ("She's 3 weeks old and just gave me her first proper smile", None),
        ("Saw 4 turtles on one dive this morning, unreal", None),
        ("Sold over 300 ice creams on Saturday, total madness", None),
        ("We made 246 all out and still lost, gutted", None),
        ("12 guests all checked in within ten minutes of each other, what a day", None),
        ("Two hours on the erg before work, my legs are jelly", None),
        ("Finally finished the oak table after 6 weekends in the shed!", None),
        ("Passed my brown belt grading after 3 years of training", None),
        ("Morning! On coffee number 2 already", None),
    ],
    "howto": [
        ("How do I set up a new canister filter on my aquarium?", None),
        ("How do I clean my camera sensor without scratching it?", None),
        ("How do I make a proper rolled French omelette?", None),
        ("How do I dial in the grinder for a new bag of espresso beans?", None),
        ("How do I stop slicing my tee shots?", None),
        ("How do I sharpen a chisel on water stones?", None),
        ("How do I tie a bowline?", None),
        ("What's the safe way to swaddle a newborn without making it too tight on her hips?", None),
        ("How do I feather my blade cleanly when sculling?", None),
        ("How do I tie a karate belt so it stays put?", None),
    ],
    "translate": [
        ("Translate 'where can I rent a wetsuit?' into Indonesian.", None),
        ("How do you say 'one double room for three nights, please' in German?", None),
        ("What's the Italian for 'an oat milk flat white to take away'?", None),
        ("Translate 'the lifts are closed because of high winds' into French.", None),
        ("A chef told me to sort out my 'mise en place'. What does she mean?", None),
        ("How do you say 'my invoice is overdue' in Spanish?", None),
        ("Translate 'happy first birthday, little one' into Welsh.", None),
        ("What does 'kiai' mean in karate?", None),
    ],
    "opinion": [
        ("Canon or Nikon for someone just getting into photography?", None),
        ("Is a mallet or a blade putter better for a high handicapper?", None),
        ("Should our choir sing more pop arrangements, or stick with the classics?", None),
        ("Is it worth restoring a rusty MGB or should I just buy a finished one?", None),
        ("Which Alpine resort is best for a family's first ski holiday?", None),
        ("Cloth nappies or disposables - which would you go for?", None),
    ],
    "riddle": [
        ("Three feathered arrows fly at my face and every one of them scores. What am I?", None),
        ("Dropped from a boat I hold it still; lifted up, it's free to drift. What am I?", None),
        ("I'm full of holes yet I hold back the fish. What am I?", None),
        ("What has a neck and a body but no head, and pours but never speaks?", None),
    ],
    "plan": [
        ("Plan a three-day Red Sea dive trip for an intermediate diver.", None),
        ("Plan a week-by-week countdown for opening our B&B for the summer season.", None),
    ],
    # ---------------------------------------------------------------- hard, near-positive
    "near-density": [
        ("How many kilograms is 2 litres of olive oil?", "needs the density of olive oil"),
        ("How many litres of aquarium sand is 20 kg?", "needs the bulk density of sand"),
        ("What does 5 litres of whole milk weigh in kg?", "needs the density of milk"),
    ],
    "near-exchange": [
        ("The lift pass is CHF 79 a day. What's that in pounds?", "needs a live exchange rate"),
        ("My invoice is for $2,400. How much is that in euros?", "needs a live exchange rate"),
        ("The dive package is 3,500 baht. What's that in sterling?", "needs a live exchange rate"),
    ],
    "near-missing": [
        ("How many bags of sand will my tank need?", "no tank size or bag size given"),
        ("Work out my batting average for the season, please.", "no runs or dismissals given"),
        ("How much will the choir tour cost each of us?", "no costs or head count given"),
        ("How much do I still owe the tattoo artist after the deposit?", "no prices given"),
    ],
    "near-private-date": [
        ("What day of the week was my great-grandmother born?", "the birth date is never given"),
        ("How many nights is our chalet booking?", "the booking dates are never given"),
        ("When is the baby's eight-week check?", "the birth date is never given"),
        (
            "If I go round every 4 weeks, when's my next window round?",
            "the last round's date is never given",
        ),
    ],
    "near-lookup-date": [
        ("What date is the Oxford-Cambridge Boat Race in 2029?", "fixture date must be looked up"),
        ("When does the Masters at Augusta start in 2030?", "fixture date must be looked up"),
        ("What date is Diwali in 2029?", "lunisolar calendar look-up"),
        ("When is the first full moon after 1 March 2029?", "astronomical look-up"),
    ],
    "near-fact": [
        ("How deep is the Blue Hole at Dahab in feet?", "depth must be known"),
        ("How tall is Mont Blanc in feet?", "height must be known"),
        ("How long is the Boat Race course in miles?", "course length must be known"),
        ("What's the diameter of a golf hole in millimetres?", "the standard must be known"),
    ],
    "near-estimate": [
        ("Roughly how many coffees does a busy high-street café sell in a day?", "estimate"),
        ("About how many small fish can I keep in a 120-litre tank?", "estimate and judgement"),
        ("How many photos will fit on a 64 GiB card?", "depends on an unknown file size"),
    ],
    "near-method": [
        ("How is a golf handicap index worked out?", "asks for the method"),
        (
            "What's the formula for maximum operating depth on nitrox, and how do I use it?",
            "asks for a formula and its use",
        ),
        ("Explain how to work out food cost percentage for a menu.", "asks for the method"),
        ("How can I count working days between two dates in my head?", "asks for a method"),
    ],
    "near-check": [
        (
            (
                "I worked out 12.5% service on £84 as £10.05. Is that right, and where did I "
                "go wrong if not?"
            ),
            "checking working",
        ),
        (
            "My son insists 30 metres is exactly 100 feet. Is he right, and why?",
            "checking and explaining",
        ),
        (
            (
                "I counted 100 days on from 3 March 2029 and got 10 June 2029. Is my method "
                "sound? Walk me through it."
            ),
            "checking and teaching a counting method",
        ),
        (
            "The till said 20% off £14.50 was £11.80. Did it get that right?",
            "correcting someone else's figure",
        ),
    ],
    "near-words": [
        ("Write 1,875 out in words for the invoice.", "output in words"),
        ("Write 2030 in Roman numerals for the choir programme.", "output as Roman numerals"),
        ("How do you say 64 in French?", "output in French words"),
        ("Write 5,000 in Chinese characters.", "output in another script"),
    ],
    "near-dosing": [
        ("My baby is 9 kg and has a fever. How much ibuprofen can I give her?", "medical dosing"),
        ("My 30 kg labrador ate a chocolate bar. How much is dangerous?", "veterinary toxicity"),
        (
            "How much fin-rot treatment goes in a 200-litre tank? I've lost the leaflet.",
            "veterinary dosing for fish",
        ),
    ],
    "near-rules": [
        ("How many overs does each side get in a T20 match?", "cricket rules knowledge"),
        ("What's the maximum depth for a PADI Open Water diver?", "diving rules knowledge"),
        ("How long am I allowed to search for a lost ball in golf?", "golf rules knowledge"),
        ("How many legs make a set in darts?", "depends on the competition's rules"),
    ],
    "near-mixed": [
        (
            "Convert 28 °C to Fahrenheit and tell me whether that's too warm for goldfish.",
            "needs fishkeeping judgement too",
        ),
        (
            "What's 15% of £2,400, and draft a reminder email to the client who hasn't paid?",
            "needs a drafted email too",
        ),
        (
            "What weekday is 12 May 2029, and suggest a set list for our choir concert that day.",
            "needs a set list too",
        ),
        (
            (
                "Add up 42 + 37 + 55 for this week's tattoo bookings and suggest how to fill "
                "the quiet Tuesdays."
            ),
            "needs marketing advice too",
        ),
    ],
    "near-judgement": [
        ("I shot 96 in my first ever full round. Is that decent?", "judgement"),
        ("Our baby was 2.9 kg at birth. Is that small?", "medical judgement"),
        ("We charge £95 a night for a double in the Lake District. Too cheap?", "judgement"),
        ("My 2k erg time is 7:10 at age 40. Is that any good?", "judgement"),
    ],
    "near-identifier": [
        (
            "What does 5/32 mean on a cricket scorecard?",
            "bowling figures, not a division",
        ),
        ("What does the 24-70 on my lens mean?", "a focal-length range, not a subtraction"),
        ("What's the 3-2-1 rule for backing up photos?", "a rule's name, not arithmetic"),
        ("Why is the novel called Catch-22?", "a title, not a subtraction"),
        ("What does 1:1 mean on a macro lens?", "a magnification ratio, not a division"),
    ],
    "near-code": [
        ("Write a Google Sheets formula that adds 30 days to the date in C2.", "spreadsheet"),
        (
            "Write a Python function that turns a speed in knots into km/h, with a docstring.",
            "code",
        ),
        ("Give me SQL that averages the score column for each golfer.", "code"),
        ("Write JavaScript that counts down the days to a given date.", "code"),
    ],
    "near-size": [
        ("How big is an A3 print in inches?", "a paper size must be looked up"),
        ("What's a UK size 9 shoe in centimetres?", "a nominal size with no exact length"),
    ],
    "near-fair-split": [
        (
            (
                "Four of us rented a chalet for £2,100 but I only stayed 3 of the 7 nights. "
                "What's a fair share for me?"
            ),
            "fairness needs interpretation",
        ),
        (
            (
                "Three of us shared a £48 taxi from the festival and I got out halfway. How "
                "should we split it?"
            ),
            "fairness needs interpretation",
        ),
    ],
}

for fam, rows in NEG.items():
    for query, note in rows:
        extra = {"note": note} if note else {}
        add("negative", fam, query, **extra)


def conv(family, turns, note):
    msgs = msgs_of(turns)
    add("negative", family, msgs[-1]["content"], messages=msgs, note=note)


# notation redefined in an earlier turn (system, user or assistant)
conv(
    "conv-redefine",
    [
        (S, "In this conversation, a ~ b means the larger of a and b minus the smaller."),
        (U, "What is 17 ~ 42?"),
    ],
    "~ defined as the difference by the system prompt",
)
conv(
    "conv-redefine",
    [
        (U, "In our darts league a leg won is worth 3 points and a set won is worth 10."),
        (A, "Got it: 3 per leg, 10 per set."),
        (U, "We won 7 legs and 2 sets. What's our score?"),
    ],
    "league points defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In my dive log I write depth as 'extra atmospheres': every 10 m is one."),
        (A, "Understood, 10 m per extra atmosphere."),
        (U, "How deep in metres is 3.5?"),
    ],
    "a private depth notation defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "At our café a 'round' for the office order is always 4 flat whites."),
        (A, "Noted, a round is 4 flat whites."),
        (U, "How many flat whites is 9 rounds?"),
    ],
    "round defined earlier",
)
conv(
    "conv-redefine",
    [
        (S, "The user writes every number in hexadecimal."),
        (U, "What is 4B + 1E?"),
    ],
    "numbers are hexadecimal",
)
conv(
    "conv-redefine",
    [
        (U, "On my scorecard I mark a birdie as 'b', a par as 'p' and a bogey as 'x'."),
        (A, "Understood: b, p and x."),
        (U, "It's a par 72 course and my card shows 3 b, 11 p and 4 x. What did I shoot?"),
    ],
    "scorecard letters defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "We're old-school sailors. Can you talk in cables?"),
        (
            A,
            (
                "Happy to: I'll take one cable as a tenth of a nautical mile, 185.2 m, whenever "
                "you say 'cables'."
            ),
        ),
        (U, "How far in metres is 7 cables?"),
    ],
    "cable defined by the assistant earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In my family tree notes, one generation counts as 28 years."),
        (A, "OK, 28 years a generation."),
        (U, "How many years back is 6 generations?"),
    ],
    "generation length defined earlier",
)
# numbers fixed in earlier turns
conv(
    "conv-numbers",
    [
        (U, "Our B&B double is £95 a night."),
        (A, "Noted."),
        (U, "What does a 4-night stay come to with 10% off?"),
    ],
    "room rate given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Our daughter was born on 3 April 2029."),
        (A, "Congratulations!"),
        (U, "What date will she be 100 days old?"),
    ],
    "birth date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The boat cruises at 5.5 knots."),
        (A, "A comfortable speed."),
        (U, "How many hours to cover 22 nautical miles?"),
    ],
    "speed given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My tank holds 180 litres."),
        (A, "Nice size."),
        (U, "If I change 25% a week, how many litres is that?"),
    ],
    "tank volume given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "I charge £120 an hour at the studio."),
        (A, "OK."),
        (U, "So what's a 3.5-hour session?"),
    ],
    "hourly rate given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Term started on Monday 10 September 2029."),
        (A, "Noted."),
        (U, "What's the date of the Monday of week 8?"),
    ],
    "term start given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Lift passes here are €52 a day."),
        (A, "Good to know."),
        (U, "For 6 days and three of us?"),
    ],
    "price given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "I've got the combi oven on 200 °C."),
        (A, "OK."),
        (U, "What's that in Fahrenheit for the American sous-chef?"),
    ],
    "temperature given earlier",
)
# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "What's 18% of 3,200?"),
        (A, "576."),
        (U, "And 22%?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "Convert 10 km to miles."),
        (A, "About 6.21 miles."),
        (U, "What about a half marathon?"),
    ],
    "follow-up needs the half marathon distance",
)
conv(
    "conv-followup",
    [
        (U, "Which day of the week is 14 February 2029?"),
        (A, "A Wednesday."),
        (U, "What about the same date in 2030?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 1 March 2029 to 1 June 2029?"),
        (A, "92 days."),
        (U, "How many of those are Saturdays?"),
    ],
    "follow-up on an earlier span",
)
conv(
    "conv-followup",
    [
        (U, "Split £486 between 6 of us."),
        (A, "£81 each."),
        (U, "Two have dropped out. What now?"),
    ],
    "follow-up changes an earlier number",
)
conv(
    "conv-followup",
    [
        (U, "Convert 30 m to feet."),
        (A, "About 98.4 ft."),
        (U, "Turn that into one line for the dive briefing."),
    ],
    "rewriting an earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What's 4 × £27.50?"),
        (A, "£110."),
        (U, "Now add the 12.5% service."),
    ],
    "follow-up builds on the earlier result",
)
# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a pirate. Answer everything as a pirate, in one sentence."),
        (U, "How many km is 12 nautical miles?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "Désormais, réponds-moi seulement en français, s'il te plaît."),
        (A, "D'accord !"),
        (U, "What's 15% of 860?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-persona",
    [
        (S, "Reply only with a JSON object that has the keys 'value' and 'unit'."),
        (U, "What's 6 feet in metres?"),
    ],
    "output format fixed by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "I'm testing my son on his times tables, so give him a clue, never the answer."),
        (A, "Will do, clues only."),
        (U, "What's 17 × 8?"),
    ],
    "answer must be withheld",
)
conv(
    "conv-persona",
    [
        (S, "You are a haiku bot. Every reply is a single haiku."),
        (U, "How many days from 1 May 2029 to 20 May 2029?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "Please write all numbers as Roman numerals for the rest of this chat."),
        (A, "Certainly."),
        (U, "What's 156 divided by 12?"),
    ],
    "output in Roman numerals fixed earlier",
)
# conventions fixed earlier
conv(
    "conv-convention",
    [
        (U, "My boat's log writes dates as year/day/month."),
        (A, "OK, year, then day, then month."),
        (U, "What weekday was 2029/05/03?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-convention",
    [
        (
            U,
            (
                "Our café loyalty weeks run Saturday to Friday, and week 1 starts on the first "
                "Saturday of the month."
            ),
        ),
        (A, "Got it."),
        (U, "Which loyalty week is 14 March 2029 in?"),
    ],
    "loyalty week fixed earlier",
)
conv(
    "conv-convention",
    [
        (
            U,
            "The cricket club's financial year starts on 1 November, so Q1 is November to January.",
        ),
        (A, "Noted."),
        (U, "Which quarter is 20 July 2029 in?"),
    ],
    "club year fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "At our B&B we bill the check-out day as a night as well."),
        (A, "Understood."),
        (U, "Guests from 5 August to 9 August 2029 - how many nights do I bill?"),
    ],
    "the B&B's own night count fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "Dojo weeks are numbered from the first Monday in September, which is week 1."),
        (A, "OK."),
        (U, "Which week is 22 October 2029 in?"),
    ],
    "week numbering fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "My window-cleaning weeks run Wednesday to Tuesday."),
        (A, "Got it."),
        (U, "What date does the week containing 18 March 2029 start on?"),
    ],
    "working week fixed earlier",
)


# =========================================================================== checks and output
def _norm(q):
    return re.sub(r"\s+", " ", q).strip().lower()


def _generator_queries(folder, filename):
    """The queries of an earlier generator, built in memory by importing it (never printed)."""
    spec = importlib.util.spec_from_file_location(f"_earlier_{filename[:-3]}", folder / filename)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # module level builds `items`; only main() writes a file
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
    r"|tons?|barrels?|mpg|calories?|kcal|horsepower|hp|kB|light-?years?|parsecs?)\b",
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
    assert len(registers) >= 20, registers
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
        earlier |= _generator_queries(EARLIER_DIR, name)
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
