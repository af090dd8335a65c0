"""Generate heldout-2026-12-25.jsonl: a twenty-second held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full: how answers are graded) and parts of
/work/main/tests/data/router_heldout/make_heldout_21.py: lines 1-200 (its docstring, configuration
and helpers up to calc()), lines 348-392 (its unit factors, their asserts and unit()), lines
473-524 (its date helpers), lines 795-804 (neg and conv) and lines 1616-1767 (its checks and
main()), plus a grep of its `def`, constant and section-comment lines. No query of set 21 was
read: its query blocks were not opened. /work/main/bench/router.py was NOT opened. Nothing else
under /work/main was opened: nothing under router/, tools/, docs/, server/ or tests/ apart from
that one generator; the earlier generators are only imported, in memory, by main() for the
duplicate and register checks (and once by a small stdin script, before this file existed, that
printed only which of 31 candidate register names were already family names of sets 19-21:
choir, florist and vineyard, which were dropped), and their queries are never printed.
/work/main/tests/data/router_heldout/ was listed, names only (which also showed the names of its
JSONL files), and checked for __pycache__ (none). No JSONL file was opened (not even this set's
own output), no git command was run, no network was used, and neither the router nor the bench
nor the tests were run.

What was run: `date -u` (often); `wc -c` on grading.py and make_heldout_21.py; `ls` of
/work/main/.venv/bin/ruff (absent); `sed -n` and `grep -n` on make_heldout_21.py for the line
ranges above; small `python3` scripts (stdin) that copied set 21's module header and helpers
(imports, configuration, add, msgs_of, num, dec, pct, terminates, decimals, whole_up, calc, the
unit factors and unit(), the date helpers and date_item(), neg, conv) and its checks and main()
into this file by string slicing, with this set's constants, a portable EARLIER_DIR and a
register check against sets 19, 20 and 21 substituted; `sed -i` once and small `python3`
replace scripts to reword items: one date story whose answer was a leap day (rejected by
date_item), six items that main()'s duplicate check reported by id (one plain calculator
one-liner and five near-positive negatives; reworded without the earlier queries being looked
at), and four positives reworded after reading this set's own --show output (to remove an
ambiguity or a trailing number); `awk` and `python3` line-length checks; this generator itself,
from /tmp as the working directory (also with --show). /work/main/.venv did not exist and
`python3 -m ruff` / `which ruff` found no ruff, so ruff was NOT run; lines are at most 100
characters (checked). Writes: /work/sealed22/ was created for this file and its JSONL.
Temporary files under /tmp/h22/ (pos, neg, doc, body) held blocks of this file while it was
assembled and were deleted afterwards. Nothing was written into /work/main.

Disclosures: the kinds of item follow set 21's docstring on purpose (plain one-liners of the same
operations; near-positive and conversation family names of the same style), and the helpers,
unit factors and checks are set 21's, copied. Every query here was newly written. Registers of
sets 1 to 18 are known here only indirectly, so an overlap in TOPIC cannot be ruled out; an exact
repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of set 19, 20 or 21. One helper was added: working_days_after (Monday
to Friday counting, no holidays; the stories say "working days" and "no weekends").

Registers (families), 25, new: beekeeping, mobile_hairdresser, boat_hire, kennels, bakery_stall,
tutoring, laundrette, sign_maker, cheese_shop, ski_trip, hostel, pottery_class, driving_school,
window_cleaner, ice_rink, tailor, orchard, food_truck, yoga_studio, locksmith, escape_room,
climbing_wall, taxi_firm, chimney_sweep, carpet_fitter. Every register is used by all three
tools (at least two asserted). Positives are one-liners (family "plain") or word problems of one
to three sentences in UK and US usage with £, $, € and CHF, some chatty, terse, lower-case or
with small typos. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private or looked-up dates, world facts, estimates, judgements, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, rules, standard sizes,
time zones, the current date, or a persona / format / language / unit / convention fixed in an
earlier turn.

Left out entirely (their grading is contested), as in set 21: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nominal sizes in positives, leap-day results, all-numeric dates (none in a
positive; asserted), time zones and daylight saving, Easter, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). The one count rounded up
(climbing-wall visits) is the smallest whole number of visits, asserted against its neighbours.
No calculator, date or exact unit result is a repeating decimal (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 21):
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

Run:  python3 make_heldout_22.py   (writes the JSONL next to this file and prints counts per label
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
OUT = HERE / "heldout-2026-12-25.jsonl"
PREFIX = "ho22-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_21.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 22))
REGISTER_CHECK = ("make_heldout_19.py", "make_heldout_20.py", "make_heldout_21.py")
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


# plain and direct
calc("plain", "what's 18% of 2,450", F(18, 100) * 2450)
calc("plain", "1234 * 56", 1234 * 56)
calc("plain", "(372 + 148) / 8", F(372 + 148, 8))
calc("plain", "17.5% of 96?", pct("17.5") * 96)
calc("plain", "sqrt(2025)?", 45)
calc("plain", "9876 - 4321 + 250 =", 9876 - 4321 + 250)
calc("plain", "2 to the power of 13", 2**13)
calc("plain", "how much is 3/8 of 1,000", F(3, 8) * 1000)
calc("plain", "45 divided by 0.12", 45 / dec("0.12"))
calc("plain", "12.75 x 16", dec("12.75") * 16)
calc("plain", "what is 86 with 15 percent taken off", 86 * (1 - pct(15)))
calc("plain", "average of 14, 22, 31 and 45", F(14 + 22 + 31 + 45, 4))
calc("plain", "7,500 increased by 4%", 7500 * (1 + pct(4)))
calc("plain", "0.65 times 0.4", dec("0.65") * dec("0.4"))

# word problems
calc(
    "beekeeping",
    "Selling honey at the farmers market: big jars £7.50, small jars £4.25. Sold 38 big and 52"
    " small on Saturday and the stall fee was £35. What did I actually take home?",
    38 * dec("7.50") + 52 * dec("4.25") - 35,
)
calc(
    "beekeeping",
    "each of my 14 hives gets 12 kg of sugar for autumn feeding and sugar is £0.95 a kilo at the"
    " cash and carry. what does feeding the lot cost me?",
    14 * 12 * dec("0.95"),
)
calc(
    "mobile_hairdresser",
    "I charge £32 for a cut and £58 for a colour. Did 19 cuts and 7 colours last week, and"
    " spent £46.80 on fuel driving round. What's that net of fuel?",
    19 * 32 + 7 * 58 - dec("46.80"),
)
calc(
    "boat_hire",
    "Rowing boats are $18 for the first hour then $11 for every extra half hour. We kept ours out"
    " for three and a half hours (kids wanted to see the heron lol). How much do we owe?",
    18 + 5 * 11,
)
calc(
    "kennels",
    "kennels charge €24 a night per dog, second dog half price. two dogs for 9 nights, whats the"
    " total?",
    24 * 9 + 12 * 9,
)
calc(
    "bakery_stall",
    "Baked 8 trays of 24 brownies for the stall. Sold all but 17 of them at £1.80 each."
    " Ingredients and boxes came to £61.40. What's my profit?",
    (8 * 24 - 17) * dec("1.80") - dec("61.40"),
)
calc(
    "bakery_stall",
    "Sourdough is £4.50 a loaf or 3 for £12. Someone wants 8 loaves and I'll give them the best"
    " deal - what do I charge?",
    2 * 12 + 2 * dec("4.50"),
)
calc(
    "tutoring",
    "i tutor maths at £35/hr. 6 students, each 1.5 hrs a week, for a 12 week term. how much is"
    " left after i put 20% aside for tax?",
    35 * dec("1.5") * 6 * 12 * (1 - pct(20)),
)
calc(
    "tutoring",
    "My daughter's mock scores so far: 62, 71, 58, 84 and 90. There's one more mock. What does she"
    " need on it to bring her average up to exactly 75?",
    6 * 75 - (62 + 71 + 58 + 84 + 90),
)
calc(
    "laundrette",
    "Washers are $4.75 a load and the dryers take a quarter for every 8 minutes. I did 3 loads and"
    " dried each one for 48 minutes. What did I spend?",
    3 * dec("4.75") + 3 * F(48, 8) * dec("0.25"),
)
calc(
    "sign_maker",
    "Vinyl lettering is £1.15 per letter plus a £22 setup charge, spaces are free. The sign reads"
    " WILLOWBROOK TEA ROOM. How much?",
    len("WILLOWBROOKTEAROOM") * dec("1.15") + 22,
)
calc(
    "cheese_shop",
    "Stilton is £28.40 a kilo and cheddar £16.50 a kilo. Customer wants 350 g of the stilton and"
    " 0.4 kg of cheddar, what's the total?",
    dec("0.35") * dec("28.40") + dec("0.4") * dec("16.50"),
)
calc(
    "cheese_shop",
    "We paid €612 for a 38 kg wheel of parmesan. After cutting there's 1.5 kg of rind we can't"
    " sell, and the rest goes at €27 a kilo. Profit on the wheel?",
    (38 - dec("1.5")) * 27 - 612,
)
calc(
    "ski_trip",
    "Ski trip for the 4 of us: chalet is €2,860 all in, lift passes €312 each and equipment hire"
    " €165 each. If we split everything evenly what's each person's share?",
    F(2860, 4) + 312 + 165,
)
calc(
    "ski_trip",
    "Ski school is CHF 68 a morning for 5 mornings, kids get 25% off. Two adults and two kids -"
    " total?",
    2 * 68 * 5 + 2 * 68 * 5 * (1 - pct(25)),
)
calc(
    "hostel",
    "Dorm beds are $29 a night and the private room (sleeps 3) is $84. Group of 11: 8 in dorms and"
    " 3 in the private room, for 4 nights. Total bill?",
    8 * 29 * 4 + 84 * 4,
)
calc(
    "hostel",
    "The hostel took €18,400 in August. 35% of that went on costs and the owner gets 40% of what's"
    " left. What's the owner's share?",
    18400 * (1 - pct(35)) * pct(40),
)
calc(
    "pottery_class",
    "Pottery course is 8 sessions at £27 each plus a £4.50 firing fee per piece. I made 11 pieces"
    " (some wonky). Total cost?",
    8 * 27 + 11 * dec("4.50"),
)
calc(
    "driving_school",
    "Lessons are £38 each or £345 for a block of 10. I need 24 lessons so I'll get two blocks and"
    " pay single for the rest. How much do I save compared with paying for all 24 singly?",
    24 * 38 - (2 * 345 + 4 * 38),
)
calc(
    "window_cleaner",
    "On my round I do 36 houses at £14 and 9 shops at £22 every four weeks. What does one full"
    " round bring in?",
    36 * 14 + 9 * 22,
)
calc(
    "ice_rink",
    "Skating session: adults £9.50, kids £6.75, skate hire £2.50 a pair. 2 adults and 3 kids, all"
    " hiring skates. How much at the till?",
    2 * dec("9.50") + 3 * dec("6.75") + 5 * dec("2.50"),
)
calc(
    "tailor",
    "Hems are $16 a pair of trousers and taking in a jacket is $45. A customer brings 5 pairs and"
    " 2 jackets, and I give 15% off for a bulk job. What's the total?",
    (5 * 16 + 2 * 45) * (1 - pct(15)),
)
calc(
    "orchard",
    "pick your own apples 2.20 a kg, plums 3.10 a kg. we picked 13.5 kg of apples and 4 kg of"
    " plums. how much do we pay?",
    dec("13.5") * dec("2.20") + 4 * dec("3.10"),
)
calc(
    "food_truck",
    "A burrito costs me $3.85 to make and sells for $11. Sold 146 on Friday night. What's the"
    " gross profit?",
    146 * (11 - dec("3.85")),
)
calc(
    "yoga_studio",
    "I'm planning to do 20 classes. Drop-in is €15.50 each, or there's a 10 class pass for €120."
    " How much do I save with two passes instead of paying drop-in?",
    20 * dec("15.50") - 2 * 120,
)
calc(
    "locksmith",
    "Locksmith charged a £65 callout plus £18 for each lock changed, and VAT at 20% on top. He"
    " changed 5 locks. What should the invoice total be?",
    (65 + 5 * 18) * (1 + pct(20)),
)
calc(
    "escape_room",
    "Escape room is £96 for up to 4 players and £21 for each extra player. There are 6 of us"
    " splitting it evenly, how much each?",
    F(96 + 2 * 21, 6),
)
CLIMB_VISITS = math.floor(F(540, 16)) + 1
assert 16 * CLIMB_VISITS > 540 >= 16 * (CLIMB_VISITS - 1)
calc(
    "climbing_wall",
    "Annual membership at the climbing wall is $540, or it's $16 per visit. What's the smallest"
    " number of visits where the membership works out cheaper than paying per visit?",
    CLIMB_VISITS,
)
calc(
    "taxi_firm",
    "Taxi fare is £3.20 to start plus £2.40 a mile. The trip was 13.5 miles and I'm adding a 10%"
    " tip on top. What do I pay?",
    (dec("3.20") + dec("13.5") * dec("2.40")) * (1 + pct(10)),
)
calc(
    "chimney_sweep",
    "I sweep 7 chimneys a day at £75 each, Tuesday to Saturday. Fuel, brushes and the van come to"
    " £140 a week. What's my weekly profit?",
    5 * 7 * 75 - 140,
)
calc(
    "carpet_fitter",
    "Carpet is £23.99 per m2, underlay £6.50 per m2 and fitting £4 per m2. The bedroom is 4.5 m by"
    " 4 m. Total price?",
    dec("4.5") * 4 * (dec("23.99") + dec("6.50") + 4),
)

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


# plain and direct
unit("plain", "convert 72 kg to stone", 72 / STONE)
unit("plain", "5 miles in km", 5 * MI / 1000)
unit("plain", "68°F to C", f_to_c(68), EXACT)
unit("plain", "how many feet is 3.2 m", dec("3.2") / FT)
unit("plain", "2.5 GiB in MiB", dec("2.5") * GIB / MIB, EXACT)
unit("plain", "12 inches to cm", 12 * IN * 100, EXACT)
unit("plain", "100 km/h in mph", 100 * KMH / MPH)
unit("plain", "45 psi in bar", 45 * PSI / BAR)
unit("plain", "3 acres in square metres", 3 * ACRE)
unit("plain", "1.5 kg in lb", dec("1.5") / LB)
unit("plain", "750 mL in litres", F(750, 1000), EXACT)
unit("plain", "-10 C in fahrenheit", c_to_f(-10), EXACT)
unit("plain", "26.2 miles to kilometres", dec("26.2") * MI / 1000)
unit("plain", "500 g in ounces", F(1, 2) / OZ)

# word problems
unit(
    "beekeeping",
    "A full super of honey weighs about 25 lb. My scale only does kg - what's that in kg?",
    25 * LB,
)
unit(
    "beekeeping",
    "Weighed the hive with the old bathroom scales and it says 3 st 4 lb. How many kilos is that?",
    3 * STONE + 4 * LB,
)
unit(
    "mobile_hairdresser",
    "I drive about 38 miles a day between clients. What's that in km for my expenses app?",
    38 * MI / 1000,
)
unit(
    "boat_hire",
    "The motor boats top out at 8 mph on the river. what's that in km/h?",
    8 * MPH / KMH,
)
unit(
    "boat_hire",
    "Canal speed limit is 4 mph - our French customers keep asking, what is it in km/h?",
    4 * MPH / KMH,
)
unit(
    "kennels",
    "Our big outdoor run is 40 ft by 25 ft. How many square metres is that?",
    40 * 25 * FT * FT,
)
unit(
    "bakery_stall",
    "US recipe says bake at 425°F. My oven is in celsius, what do I set it to?",
    f_to_c(425),
)
unit(
    "tutoring",
    "Physics homework question: a car is doing 30 m/s. What is that in km/h?",
    30 / KMH,
    EXACT,
)
unit(
    "tutoring",
    "My student asked: a marathon is 42.195 km, how many miles is that?",
    dec("42.195") * 1000 / MI,
)
unit(
    "laundrette",
    "The big machine says max load 8 kg. A customer asked how many pounds that is?",
    8 / LB,
)
unit(
    "laundrette",
    "Our washers do a 60°C hot wash but the American student wants it in Fahrenheit. What is it?",
    c_to_f(60),
    EXACT,
)
unit(
    "sign_maker",
    "Client wants a banner 10 feet wide. I print in cm, so how wide is that in cm?",
    10 * FT * 100,
    EXACT,
)
unit(
    "cheese_shop",
    "American customer asked for 2 pounds of cheddar. How many grams should I cut?",
    2 * LB * 1000,
)
unit(
    "ski_trip",
    "The piste map says the black run drops 850 m vertically. How many feet is that?",
    850 / FT,
)
unit(
    "ski_trip",
    "Weather app for the top station shows -13°F, what's that in celsius?",
    f_to_c(-13),
    EXACT,
)
unit(
    "hostel",
    "Wifi cap at the hostel is 3 GiB per guest per night. How many MiB is that?",
    3 * GIB / MIB,
    EXACT,
)
unit(
    "pottery_class",
    "Our kiln fires stoneware to 1240°C. The US glaze book is in Fahrenheit - what's 1240 C in F?",
    c_to_f(1240),
    EXACT,
)
unit(
    "driving_school",
    "The motorway limit in France is 110 km/h. How fast is that in mph? my learner is going over"
    " for a trip",
    110 * KMH / MPH,
)
unit(
    "window_cleaner",
    "My water-fed pole extends to 35 ft. How many metres is that?",
    35 * FT,
    EXACT,
)
unit(
    "ice_rink",
    "The rink keeps the ice at 24°F. What's that in celsius?",
    f_to_c(24),
)
unit(
    "tailor",
    "Customer's inside leg is 32 inches and the pattern is metric. What is that in cm?",
    32 * IN * 100,
    EXACT,
)
unit(
    "orchard",
    "Our orchard is 6.5 acres. How many hectares is that for the grant form?",
    dec("6.5") * ACRE / 10000,
)
unit(
    "food_truck",
    "Propane tank gauge reads 110 psi but the new regulator is marked in bar. What's 110 psi in"
    " bar?",
    110 * PSI / BAR,
)
unit(
    "food_truck",
    "fryer oil should be at 350 F according to the american supplier, what is that in C",
    f_to_c(350),
)
unit(
    "yoga_studio",
    "hot yoga room is set to 40 C. what is that in F? for the us visitors",
    c_to_f(40),
    EXACT,
)
unit(
    "locksmith",
    "The safe weighs 180 lb and the stair climber is rated in kg. How heavy is the safe in kg?",
    180 * LB,
)
unit(
    "escape_room",
    "Our new room is 5 yards by 4 yards. What's the floor area in square metres?",
    20 * YD * YD,
)
unit(
    "climbing_wall",
    "The lead wall is 14 metres high. My American friend wants it in feet.",
    14 / FT,
)
unit(
    "taxi_firm",
    "The airport run is 27 miles each way. How many km is one way?",
    27 * MI / 1000,
)
unit(
    "chimney_sweep",
    "The flue liner needs to be 9 metres but the supplier sells by the foot. How many feet is 9 m?",
    9 / FT,
)
unit(
    "carpet_fitter",
    "Room measures 12 ft by 15 ft. What's the area in square metres?",
    12 * 15 * FT * FT,
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


# plain and direct
date_item("plain", "What day of the week is 14 March 2031?", weekday(D(2031, 3, 14)))
date_item("plain", "days between 1 Jan 2027 and 19 Aug 2027", days(D(2027, 1, 1), D(2027, 8, 19)))
date_item("plain", "what date is 100 days after 3 February 2027", D(2027, 2, 3) + TD(days=100))
date_item("plain", "how many minutes from 21:40 to 03:05", clock_span("21:40", "03:05", 60))
date_item(
    "plain",
    "how many weeks from 4 Jan 2027 to 29 Mar 2027",
    F(days(D(2027, 1, 4), D(2027, 3, 29)), 7),
)
date_item("plain", "weekday of Christmas Day 2029", weekday(D(2029, 12, 25)))
date_item("plain", "first Monday of September 2028", nth_weekday(2028, 9, MON, 1))
date_item(
    "plain",
    "how old is someone born 9 Nov 1988 on 30 June 2027",
    age(D(1988, 11, 9), D(2027, 6, 30)),
)
date_item("plain", "90 days before 15 April 2028?", D(2028, 4, 15) - TD(days=90))
date_item("plain", "last friday of october 2027", nth_weekday(2027, 10, FRI, -1))
date_item("plain", "how many hours from 07:15 to 19:45", clock_span("07:15", "19:45", 3600))
date_item("plain", "6 weeks after 18 November 2027", D(2027, 11, 18) + TD(weeks=6))
date_item("plain", "what day is 1 January 2030", weekday(D(2030, 1, 1)))
date_item(
    "plain",
    "number of days from 10 Oct 2026 to 1 Jan 2027",
    days(D(2026, 10, 10), D(2027, 1, 1)),
)


def working_days_after(start, n):
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


assert working_days_after(D(2027, 11, 12), 1) == D(2027, 11, 15)
assert D(2027, 11, 11).weekday() == THU and D(2027, 6, 7).weekday() == MON
assert D(2027, 10, 2).weekday() == SAT and D(2027, 1, 13).weekday() == WED
assert D(2027, 7, 16).weekday() == FRI and D(2027, 5, 10).weekday() == MON

# word problems
date_item(
    "beekeeping",
    "A queen emerges 16 days after the egg is laid. If the egg went in on 22 May 2027, when should"
    " she emerge?",
    D(2027, 5, 22) + TD(days=16),
)
date_item(
    "beekeeping",
    "I inspect the hives every 9 days, first inspection 4 April 2027. What date is the 6th"
    " inspection?",
    D(2027, 4, 4) + TD(days=9 * 5),
)
date_item(
    "mobile_hairdresser",
    "Wedding is on 18 September 2027 and the bride wants her hair trial 5 weeks before. What date"
    " is the trial?",
    D(2027, 9, 18) - TD(weeks=5),
)
date_item(
    "boat_hire",
    "We open for the season on the first Saturday of April 2027 and close on 28 October 2027. How"
    " many days is that, counting both the opening and closing day?",
    days(nth_weekday(2027, 4, SAT, 1), D(2027, 10, 28)) + 1,
)
date_item(
    "kennels",
    "Dog checks in on 19 July 2027 and gets picked up on 3 August 2027. How many nights do we"
    " charge for?",
    days(D(2027, 7, 19), D(2027, 8, 3)),
)
date_item(
    "kennels",
    "Puppy was born 3 October 2027 and the vet wants the first jab at 8 weeks old. What date is"
    " that?",
    D(2027, 10, 3) + TD(weeks=8),
)
date_item(
    "bakery_stall",
    "The craft market is every other Saturday starting 6 March 2027. What's the date of the 8th"
    " market?",
    D(2027, 3, 6) + TD(weeks=2 * 7),
)
date_item(
    "tutoring",
    "GCSE maths paper 1 is on 13 May 2027. I want to start revision sessions 10 weeks before that,"
    " what date do we start?",
    D(2027, 5, 13) - TD(weeks=10),
)
date_item(
    "tutoring",
    "Exams start Monday 10 May 2027. How many weeks is that from 1 February 2027?",
    F(days(D(2027, 2, 1), D(2027, 5, 10)), 7),
)
date_item(
    "laundrette",
    "Dry cleaning is ready 4 working days after drop-off, Mon-Fri only. Dropped my coat off on"
    " Thursday 11 November 2027, when's it ready?",
    working_days_after(D(2027, 11, 11), 4),
)
date_item(
    "sign_maker",
    "Our signs are ready 12 working days after the order comes in (no weekends). Order came in"
    " on Monday 7 June 2027 - what date will it be ready?",
    working_days_after(D(2027, 6, 7), 12),
)
date_item(
    "cheese_shop",
    "Our cheddar needs 270 days to mature. This batch was made on 1 March 2027. When is it ready?",
    D(2027, 3, 1) + TD(days=270),
)
date_item(
    "ski_trip",
    "We fly out on 20 February 2028 and come back on the 27th. What day of the week do we fly out?",
    weekday(D(2028, 2, 20)),
)
date_item(
    "ski_trip",
    "How many days from 12 December 2027 to 6 January 2028? trying to count down to the ski trip",
    days(D(2027, 12, 12), D(2028, 1, 6)),
)
date_item(
    "hostel",
    "Booking is from 5 March 2027 to 23 March 2027. How many nights is that?",
    days(D(2027, 3, 5), D(2027, 3, 23)),
)
date_item(
    "hostel",
    "Guest was born on 29 May 2009 and arrives on 1 April 2027. How old are they on arrival?"
    " (checking they're old enough for the dorms)",
    age(D(2009, 5, 29), D(2027, 4, 1)),
)
date_item(
    "pottery_class",
    "The course is 8 weekly sessions starting Wednesday 13 January 2027. When's the last one?",
    D(2027, 1, 13) + TD(weeks=7),
)
date_item(
    "driving_school",
    "Passed my theory on 2 March 2027 and the practical is booked for 17 August 2027. How many"
    " days between them?",
    days(D(2027, 3, 2), D(2027, 8, 17)),
)
date_item(
    "window_cleaner",
    "I clean every 4 weeks and the last clean was 26 January 2027. What date is the 5th clean"
    " after that?",
    D(2027, 1, 26) + TD(weeks=4 * 5),
)
date_item(
    "ice_rink",
    "The outdoor rink opens 27 November 2027 and closes 9 January 2028. How many days is it open,"
    " counting both ends?",
    days(D(2027, 11, 27), D(2028, 1, 9)) + 1,
)
date_item(
    "tailor",
    "Suits take 21 days to make. The wedding is Saturday 2 October 2027, what's the latest date I"
    " can order?",
    D(2027, 10, 2) - TD(days=21),
)
date_item(
    "orchard",
    "Blossom was on 24 April 2027 and this apple variety needs 145 days from blossom to pick."
    " What's the picking date?",
    D(2027, 4, 24) + TD(days=145),
)
date_item(
    "food_truck",
    "The festival starts Friday 16 July 2027 and runs for 10 days. What weekday is the last day?",
    weekday(D(2027, 7, 16) + TD(days=9)),
)
date_item(
    "food_truck",
    "Generator ran from 10:50 till 23:05 at the market. How many hours was that?",
    clock_span("10:50", "23:05", 3600),
)
date_item(
    "yoga_studio",
    "Starting the 30 day yoga challenge on 15 November 2027 - what date is day 30?",
    D(2027, 11, 15) + TD(days=29),
)
date_item(
    "locksmith",
    "emergency job, started at 22:50 and finished at 01:35. how many minutes do i bill?",
    clock_span("22:50", "01:35", 60),
)
date_item(
    "escape_room",
    "Thinking of a New Year's Eve escape room night - what day of the week is 31 December 2027?",
    weekday(D(2027, 12, 31)),
)
date_item(
    "climbing_wall",
    "My climbing membership started on 14 February 2027. What date is exactly 52 weeks after"
    " that? that's when I renew",
    D(2027, 2, 14) + TD(weeks=52),
)
date_item(
    "taxi_firm",
    "Night shift is 18:30 to 04:00. How many hours is that?",
    clock_span("18:30", "04:00", 3600),
)
date_item(
    "chimney_sweep",
    "Chimney should be swept every 180 days. Last sweep was 5 September 2027. When is the next one"
    " due?",
    D(2027, 9, 5) + TD(days=180),
)
date_item(
    "carpet_fitter",
    "Fitting is booked for the third Tuesday of May 2027. What's the date?",
    nth_weekday(2027, 5, TUE, 3),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives in this set's registers
ORDINARY = {
    "beekeeping": [
        "How can I tell if my hive has gone queenless?",
        "What's the kindest way to treat varroa over winter?",
        "is it ok to take honey off a hive that had chalkbrood in the spring",
        "Write a short rustic label for my wildflower honey jars",
    ],
    "mobile_hairdresser": [
        "What should go in my terms about late cancellations as a mobile hairdresser?",
        "How do I tell a client that her box dye will fight with the highlights she wants?",
        "Suggest a name for a mobile hair business in Leeds",
        "Do I need public liability insurance to cut hair in people's homes in the UK?",
    ],
    "boat_hire": [
        "What should the safety briefing cover before we hand over a rowing boat?",
        "Is it cheaper to hire a narrowboat in May or September, generally?",
        "Write a friendly sign asking people not to feed the swans from the boats",
        "Do you need a licence to drive a small motor boat on the Thames?",
    ],
    "kennels": [
        "How can I help a nervous rescue dog settle in at the kennels?",
        "What vaccinations do boarding kennels usually ask for?",
        "Draft a reply to a customer who says their dog came home smelly",
        "Should I board my elderly cat or get a pet sitter in?",
    ],
    "bakery_stall": [
        "Why did my sourdough come out dense and gummy in the middle?",
        "Give me a catchy chalkboard line for a cake stall",
        "What should I charge for a slice of lemon drizzle at a village fete?",
        "Do I need a food hygiene certificate to sell cakes at a market?",
    ],
    "tutoring": [
        "How do I get a 14 year old to actually do their maths homework?",
        "Explain Pythagoras' theorem so a 12-year-old gets it",
        "What's a fair hourly rate for A-level chemistry tutoring in Bristol?",
        "Write a progress report for a student who's improving but still careless",
    ],
    "laundrette": [
        "How do I get red wine out of a white cotton tablecloth?",
        "Can a down duvet go in a commercial washing machine?",
        "Why do towels come out stiff after tumble drying?",
        "Write a polite notice asking customers to empty the lint filter after use",
    ],
    "sign_maker": [
        "Which font reads best on a shop sign from across the road?",
        "Is dibond or acrylic better for an outdoor sign by the sea?",
        "Suggest a tagline for the side of a dog grooming van",
        "Do I need planning permission for an illuminated shop sign?",
    ],
    "cheese_shop": [
        "What wine goes with a washed-rind cheese like Epoisses?",
        "How should I store a wedge of brie once it's been cut?",
        "Put together a cheeseboard for 8 people with a good mix of textures",
        "Is unpasteurised cheese ok to eat when pregnant?",
    ],
    "ski_trip": [
        "Val Thorens or Morzine for a group of total beginners?",
        "What should I pack for a week of skiing with two kids?",
        "How do I stop my ski goggles fogging up?",
        "Is it worth buying winter sports cover separately from my travel insurance?",
    ],
    "hostel": [
        "Write house rules for the hostel kitchen that don't sound grumpy",
        "How do I handle a guest whose snoring has the whole dorm complaining?",
        "What's the going rate for a dorm bed in Lisbon in August?",
        "Translate 'check-out is at 11' into Spanish and Portuguese for our sign",
    ],
    "pottery_class": [
        "Why do my pots keep cracking in the kiln?",
        "What's the difference between stoneware and earthenware clay?",
        "Give me a fun first-session project for adult pottery beginners",
        "Any tips for centring clay on the wheel? it keeps wobbling",
    ],
    "driving_school": [
        "How do I explain roundabout lanes to a nervous learner?",
        "What are the most common reasons people fail the UK driving test?",
        "Is it better to learn in a manual or an automatic these days?",
        "Write an encouraging text to a student who just failed their test",
    ],
    "window_cleaner": [
        "How do I stop getting streaks when I clean windows?",
        "Is a water-fed pole really worth it over a ladder?",
        "Write a short flyer for my window cleaning round",
        "How do I chase a customer who hasn't paid for three rounds?",
    ],
    "ice_rink": [
        "How do I teach a child to stop on ice skates?",
        "How tight should hire skates be laced?",
        "What music works for a family disco skate night?",
        "Why does the ice get slushy in the afternoon sessions?",
    ],
    "tailor": [
        "Can a suit jacket be let out across the shoulders?",
        "What's the difference between a blind hem and a cuffed hem?",
        "Navy or charcoal suit for a job interview?",
        "Write an apology to a customer whose dress alteration was late",
    ],
    "orchard": [
        "When should I prune young apple trees?",
        "What's causing brown spots on my pears?",
        "Which apple varieties make the best cider?",
        "Suggest activities for a family open day at our orchard",
    ],
    "food_truck": [
        "What menu works for a taco truck at a music festival?",
        "How do I get a pitch at a street food market in Manchester?",
        "Write an Instagram caption for our new loaded fries",
        "What's a good name for a Korean fried chicken van?",
    ],
    "yoga_studio": [
        "Suggest a 20 minute sequence for a stiff lower back",
        "How should I word a waiver for a hot yoga class?",
        "Is yin or restorative yoga better for someone with insomnia?",
        "Write a welcome email for new members of our yoga studio",
    ],
    "locksmith": [
        "How do I get a key out that's snapped off in the lock?",
        "Are smart locks secure enough for a front door?",
        "What's a fair emergency locksmith callout fee on a Sunday night?",
        "Explain the difference between a euro cylinder and a mortice lock",
    ],
    "escape_room": [
        "Give me a puzzle idea for a pirate themed escape room",
        "Write a spooky intro speech for a haunted asylum escape room",
        "How many hints should a game master give in an hour?",
        "What's a good team name for an office escape room outing?",
    ],
    "climbing_wall": [
        "How do I stop my forearms pumping out on overhangs?",
        "What's the difference between bouldering and top rope climbing?",
        "Are rental climbing shoes supposed to hurt this much?",
        "Write a safety induction checklist for new climbers at our wall",
    ],
    "taxi_firm": [
        "What's the quickest route from Gatwick to Brighton at rush hour?",
        "How should a driver handle a drunk passenger who won't pay?",
        "Is it worth switching my taxi to an electric car?",
        "Write a polite no-smoking sign for the back of the cab",
    ],
    "chimney_sweep": [
        "How often should a wood burner chimney be swept?",
        "What are the warning signs of a chimney fire?",
        "Is it safe to burn wood that's still a bit wet?",
        "Write the wording for a certificate of chimney sweeping",
    ],
    "carpet_fitter": [
        "Wool or polypropylene carpet for a hallway with two dogs?",
        "How do I fix a carpet that has started rippling?",
        "What underlay is best for stairs?",
        "Write a quote email for fitting a bedroom carpet",
    ],
}
for family, queries in ORDINARY.items():
    for q in queries:
        neg(family, q)

# hard single-turn negatives
NEAR = [
    ("near-rate", "what would £250 get me in euros at the bureau?", "current exchange rate"),
    ("near-rate", "convert 80 dollars to pounds for the ski hire deposit", "exchange rate"),
    (
        "near-rate",
        "The hostel in Zermatt is 45 CHF a night - what's that in sterling?",
        "exchange rate",
    ),
    ("near-rate", "whats 1,200 yen in dollars roughly", "exchange rate"),
    ("near-density", "How many grams is 1 litre of honey?", "needs the density of honey"),
    ("near-density", "300 ml of flour in grams?", "needs a density for flour"),
    ("near-density", "How many kg does a cubic metre of wet sand weigh?", "needs a density"),
    ("near-density", "500 g of butter, how many ml is that?", "needs a density for butter"),
    ("near-missing", "How much will carpet for my living room cost?", "no size or price given"),
    ("near-missing", "What's 15% off the pottery course price?", "the price is not given"),
    ("near-missing", "How many jars will my honey harvest fill?", "no weight or jar size"),
    (
        "near-missing",
        "Split the taxi fare between us, how much each?",
        "no fare or number of people",
    ),
    (
        "near-missing",
        "What time do I need to leave to get to the airport for my flight?",
        "no flight time, distance or route",
    ),
    (
        "near-missing",
        "How many brownies do I need for the school fair?",
        "an estimate; numbers missing",
    ),
    ("near-private", "Which weekday was I born on, do you reckon?", "needs the user's birth date"),
    ("near-private", "How old will my dog be at Christmas?", "the dog's birth date is private"),
    (
        "near-private",
        "How many days is it until our orchard open day?",
        "private date and the current date",
    ),
    ("near-lookup", "When is Chinese New Year in 2029?", "lunar calendar, looked up"),
    ("near-lookup", "Which day does Diwali fall on in 2030?", "lunisolar festival date, looked up"),
    (
        "near-lookup",
        "When does the ski season open in Val d'Isere in 2027?",
        "resort's own date, looked up",
    ),
    ("near-lookup", "What date does Ramadan start in 2028?", "depends on moon sighting"),
    (
        "near-lookup",
        "When's the first full moon after 1 March 2027?",
        "astronomical data, looked up",
    ),
    ("near-words", "write 1,264 in words for the cheque", "number to words"),
    ("near-words", "what is MMXXVII in normal numbers?", "Roman numerals"),
    ("near-words", "How do you say 'forty-five euros' in French?", "another language"),
    (
        "near-words",
        "spell out £23.50 the way it should look on an invoice",
        "words and a writing convention",
    ),
    ("near-code", "Excel formula to add 20% VAT to the price in B2", "spreadsheet formula"),
    ("near-code", "python one-liner that converts Celsius to Fahrenheit", "code"),
    ("near-code", "Write a SQL query that sums bookings per night for the hostel", "code"),
    (
        "near-code",
        "Google Sheets formula for the number of days between A2 and B2",
        "spreadsheet formula",
    ),
    (
        "near-estimate",
        "Roughly how long does it take to walk 5 miles with young kids?",
        "an estimate; walking pace unknown",
    ),
    (
        "near-estimate",
        "How much honey does a typical hive produce in a season?",
        "world knowledge, estimate",
    ),
    ("near-estimate", "How long is the flight from London to Geneva?", "looked-up fact"),
    (
        "near-estimate",
        "How long does a 5 kg turkey take to roast at 180°C?",
        "cooking guidance, not arithmetic",
    ),
    (
        "near-estimate",
        "How many litres of water does a washing machine use per load?",
        "estimate, depends on the machine",
    ),
    ("near-judgement", "Is £38 a lesson a lot for driving lessons?", "judgement"),
    ("near-judgement", "How long should a pot dry before bisque firing?", "craft judgement"),
    ("near-judgement", "Is 6 a good number of people for an escape room?", "judgement"),
    ("near-rules", "What's the standard width of a carpet roll in the UK?", "standard sizes"),
    (
        "near-rules",
        "How big is an A3 poster in inches?",
        "needs the A3 size (a standard), not given",
    ),
    ("near-rules", "What's the UK motorway speed limit in km/h?", "needs the legal limit"),
    ("near-rules", "What's easyJet's cabin bag weight limit in pounds?", "airline rule, looked up"),
    ("near-rules", "How many hours can a London cabbie legally drive in a day?", "licensing rules"),
    ("near-rules", "What's the VAT rate on children's clothes in the UK?", "tax rules"),
    (
        "near-rules",
        "How much income tax do I pay on £32,000 of self-employed profit?",
        "tax bands and allowances looked up",
    ),
    ("near-rules", "what percent do you tip a taxi in New York", "etiquette"),
    ("near-contested", "How many pints is 2 litres of milk?", "US vs imperial pint"),
    ("near-contested", "Convert 3 cups of flour to grams", "cup size and density"),
    ("near-contested", "what's 20 mpg in litres per 100 km", "US vs imperial gallon"),
    ("near-contested", "How many tablespoons is 100 ml?", "tablespoon size varies"),
    ("near-contested", "5 gallons of paint in litres?", "US vs imperial gallon"),
    (
        "near-zone",
        "What time is it in Denver when it's 3pm in London?",
        "time zones and daylight saving",
    ),
    (
        "near-zone",
        "If I ring the chalet in France at 9am UK time what time is it there?",
        "time zones",
    ),
    ("near-current", "how many sleeps till Christmas Eve?", "needs the current date"),
    ("near-current", "What's the date three weeks from today?", "needs the current date"),
    (
        "near-current",
        "If I was born in spring 1990, how old am I?",
        "birthday and current date missing",
    ),
    ("near-dosing", "How much Calpol can I give a 4 year old who weighs 16 kg?", "dosing"),
    ("near-dosing", "My dog is 30 kg, how many mg of meloxicam should he get?", "dosing"),
    ("near-missing", "Scale my recipe for 4 so it serves 10", "the recipe is not given"),
    ("near-lookup", "How many calories in a croissant?", "nutrition lookup"),
    (
        "near-missing",
        "How long will 18 kg of sugar last feeding my bees?",
        "feeding rate not given",
    ),
    (
        "near-missing",
        "If apples ripen 145 days after blossom, when will mine be ready?",
        "blossom date not given",
    ),
    (
        "near-missing",
        "What's the interest on a £5,000 loan for the food truck?",
        "rate and term missing",
    ),
    (
        "near-judgement",
        "Which is heavier, a kilo of feathers or a kilo of cheese?",
        "a riddle, explanation",
    ),
    (
        "near-lookup",
        "What does a 6a+ climbing grade convert to on the V scale?",
        "grade tables, judgement",
    ),
]
for family, q, note in NEAR:
    neg(family, q, note)

# conversations
CONVS = [
    (
        "conv-words",
        [
            (
                U,
                (
                    "For the rest of this chat write every number in words please, it's for a"
                    " calligraphy sign."
                ),
            ),
            (A, "Of course - I'll spell every number out in words."),
            (U, "What's 12 times 15?"),
        ],
        "answer format (words) set in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Réponds-moi toujours en français s'il te plaît."),
            (A, "D'accord, je répondrai en français."),
            (U, "how many km is 20 miles?"),
        ],
        "reply language set in an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "Our hostel has 14 dorm beds at €27 a night."),
            (A, "Thanks - 14 beds at €27 a night each."),
            (U, "Should I put the price up for the summer?"),
        ],
        "pricing judgement",
    ),
    (
        "conv-roman",
        [
            (U, "I'm designing pottery stamps, so give every number as Roman numerals please."),
            (A, "Understood - numbers as Roman numerals from now on."),
            (U, "what year is 10 years after 2019?"),
        ],
        "Roman numeral convention from an earlier turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Bramble, a cheerful beekeeping mascot who always answers in rhyme."),
            (U, "How many days from 1 May to 20 May?"),
        ],
        "persona and rhyme set by the system turn",
    ),
    (
        "conv-alias",
        [
            (U, "When I say 'a bag' I mean our 12.5 kg bag of clay."),
            (A, "Noted - a bag means 12.5 kg."),
            (U, "how many pounds is 3 bags?"),
        ],
        "unit defined in an earlier turn",
    ),
    (
        "conv-context",
        [
            (U, "The food festival starts the Friday after my birthday, which is 12 July."),
            (A, "Sounds fun! Which year?"),
            (U, "so what weekday is the last day if it runs 4 days?"),
        ],
        "needs the earlier turn and a year",
    ),
    (
        "conv-edit",
        [
            (U, "Write me a price list for the bakery stall."),
            (A, "Sourdough £4.50, brownies £1.80, lemon drizzle slice £2.20, flapjack £1.50."),
            (U, "make it shorter and add a gluten-free line"),
        ],
        "editing earlier text",
    ),
    (
        "conv-explain",
        [
            (U, "what's 17.5% of 240"),
            (A, "42."),
            (U, "can you show me how to do that in my head?"),
        ],
        "explanation of a method",
    ),
    (
        "conv-judgement",
        [
            (U, "The carpet for the bedroom came to £620.82 fitted, 18 m2."),
            (A, "That works out at about £34.49 per square metre."),
            (U, "does that sound reasonable for a bedroom?"),
        ],
        "price judgement",
    ),
    (
        "conv-language",
        [
            (U, "Estoy practicando español, contéstame siempre en español."),
            (A, "¡Claro! Contestaré en español."),
            (U, "What's 45 minutes after 14:30?"),
        ],
        "reply language set in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Give every answer as a markdown table with columns Item and Value."),
            (A, "Will do."),
            (U, "convert 5 ft 10 in to cm"),
        ],
        "output format set in an earlier turn",
    ),
    (
        "conv-code",
        [
            (U, "I'm writing a JavaScript app for my taxi firm."),
            (A, "Great - what do you need?"),
            (U, "write a function that adds a 10% tip to a fare"),
        ],
        "code",
    ),
    (
        "conv-context",
        [
            (U, "Ski trip: four of us, chalet €2,860 in total."),
            (A, "So €715 each for the chalet."),
            (U, "and if one person drops out?"),
        ],
        "needs the earlier turns; advice",
    ),
    (
        "conv-rounding",
        [
            (U, "At the stall we always round to the nearest 5p, we don't take coppers."),
            (A, "Understood - I'll round to the nearest 5p."),
            (U, "what's 7 flapjacks at £1.38?"),
        ],
        "rounding convention set in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                "You are Jack, a Victorian chimney sweep in an interactive story. Stay in character.",
            ),
            (U, "How many chimneys did you sweep today, Jack?"),
        ],
        "role-play",
    ),
    (
        "conv-alias",
        [
            (U, "All measurements I give you are in feet unless I say otherwise."),
            (A, "OK, feet by default."),
            (U, "the wall is 14 high, what's that in metres?"),
        ],
        "unit fixed in an earlier turn",
    ),
    (
        "conv-rate",
        [
            (U, "We're pricing the whole trip in Swiss francs."),
            (A, "Got it, CHF it is."),
            (U, "lift pass is 79 a day for 6 days, what's that in pounds?"),
        ],
        "exchange rate and earlier convention",
    ),
    (
        "conv-explain",
        [
            (U, "Explain things like I'm 7 please, I'm helping my son with homework."),
            (A, "Sure thing!"),
            (U, "why is 0 degrees C the same as 32 F?"),
        ],
        "explanation for a child",
    ),
    (
        "conv-quiz",
        [
            (U, "Quiz me on unit conversions, don't tell me the answer until I guess."),
            (A, "OK! First one: how many cm in 3 inches?"),
            (U, "7.5?"),
        ],
        "quiz: judging a guess",
    ),
    (
        "conv-edit",
        [
            (
                U,
                (
                    "Here's my booking message: 'Dear Sam, Bella is booked in 19 July to 3 August,"
                    " 15 nights.'"
                ),
            ),
            (A, "That reads clearly."),
            (U, "make it sound warmer"),
        ],
        "rewriting text",
    ),
    (
        "conv-convention",
        [
            (U, "I'm American, so a date like 4/7 means April 7."),
            (A, "Got it - month first."),
            (U, "what weekday is 4/7/2027?"),
        ],
        "date order fixed in an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "My driving instructor charges £38 an hour."),
            (A, "That's within the usual range in many UK areas."),
            (U, "my mate pays £30, is mine ripping me off?"),
        ],
        "judgement",
    ),
    (
        "conv-alias",
        [
            (U, "At our escape room 'a session' is 75 minutes including the briefing."),
            (A, "Noted."),
            (U, "how many hours is 6 sessions?"),
        ],
        "term defined in an earlier turn",
    ),
    (
        "conv-alias",
        [
            (U, "In our studio 'a block' means 8 classes."),
            (A, "OK, a block is 8 classes."),
            (U, "How many classes are in 7 blocks?"),
        ],
        "term defined in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Bitte antworte nur auf Deutsch."),
            (A, "Natürlich, ich antworte auf Deutsch."),
            (U, "what's 250 g in ounces?"),
        ],
        "reply language set in an earlier turn",
    ),
    (
        "conv-context",
        [
            (U, "The orchard sold 340 kg of apples on Saturday and 295 kg on Sunday."),
            (A, "That's a good weekend!"),
            (U, "What's the total in pounds?"),
        ],
        "numbers only in an earlier turn",
    ),
    (
        "conv-clarify",
        [
            (U, "I need to sort out dates for the pottery course."),
            (A, "Sure, which dates?"),
            (U, "the usual ones"),
        ],
        "needs clarification",
    ),
    (
        "conv-format",
        [
            (U, "Answer my next question as a haiku."),
            (A, "Happy to."),
            (U, "How many minutes from 22:50 to 01:35?"),
        ],
        "poetic format set in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Reply only with emojis from now on 😄"),
            (A, "👍"),
            (U, "what's 9 x 8"),
        ],
        "emoji-only convention",
    ),
    (
        "conv-context",
        [
            (U, "Customer's measurements: chest 40, waist 34, inside leg 32, all inches."),
            (A, "Noted, all in inches."),
            (U, "convert the waist for me"),
        ],
        "value only in an earlier turn",
    ),
    (
        "conv-context",
        [
            (U, "Our dryers take 20p coins and give 6 minutes per coin."),
            (A, "OK."),
            (U, "how many coins for 45 minutes?"),
        ],
        "rates in an earlier turn; rounding",
    ),
    (
        "conv-context",
        [
            (U, "Lettering is £1.15 per letter, spaces free."),
            (A, "Got it."),
            (U, "how much for 'OPEN ALL HOURS'?"),
        ],
        "price only in an earlier turn",
    ),
    (
        "conv-lookup",
        [
            (U, "Our wall grades in the French system."),
            (A, "OK, French sport grades."),
            (U, "what's a 6b in V grades then?"),
        ],
        "grade conversion tables, judgement",
    ),
    (
        "conv-estimate",
        [
            (U, "I'm locked out of my car in Leeds city centre."),
            (A, "Sorry to hear that - do you have breakdown cover?"),
            (U, "how long will a locksmith take to get here?"),
        ],
        "estimate, unknowable",
    ),
]
for family, turns, note in CONVS:
    conv(family, turns, note)


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
    # no register (family name) of this set is a family name of set 19, 20 or 21
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by set 19, 20 or 21: {reused}"
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
