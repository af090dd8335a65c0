"""Generate heldout-2026-12-23.jsonl: a twentieth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/router.py and /work/main/bench/grading.py (in full: how a JSONL
set is read and graded) and /work/sealed/make_heldout_19.py (in full), the latter ONLY for its
record format, its label/tolerance/family conventions, its exact conversion factors with their
sources, its date helpers, the rules of its docstring (what positives may and may not ask, what is
left out as contested, the asserts) and how its main() asserts counts and checks for duplicates
against earlier generators. Nothing else under /work/main was opened: nothing under router/,
tools/, docs/, server/ or tests/; the docstrings of make_heldout.py ... make_heldout_18.py were NOT
read (those generators are only imported, in memory, by main() for the duplicate check, and their
queries are never printed). The folder /work/main/tests/data/router_heldout/ was listed, names
only (which also showed the names of its JSONL files), to see which generators exist and,
before and after runs, to confirm that no __pycache__ was left behind; /work/sealed/ was listed
(names only) for the same reason. `wc -l` was run on bench/router.py, bench/grading.py and
make_heldout_19.py, and `ls` on /work/main/.venv/bin/ruff. No JSONL file was opened (not even
this set's own output), no git command was run, no network was used, and neither the router nor
the bench nor the tests were ever run on this set.

What was run: `date -u` (often); one throwaway `python3 -c` (outside any repository) printing the
weekdays of six dates before they were written into queries; a few `python3 -c` runs that
executed this file's module level in memory (main() not called) to print this set's own ids,
counts and expected values; small `python3` scripts read from stdin that edited this file in
place by exact string replacement; this generator itself (from /tmp as the working directory);
and ruff format / ruff check (--line-length 100, --no-cache; ruff check also once without
--line-length) from /work/main/.venv on this file alone; ruff changed layout only.
Writes: /work/sealed20/ was created for this file and its JSONL. Disclosure: one block of
this file (the units section) was first written to a temporary file /tmp/units_block.txt, spliced
in, and that temporary file was deleted at once; nothing else was written outside /work/sealed20,
and nothing at all into /work/main.

Disclosures: reading make_heldout_19.py in full meant seeing all of its queries, negatives and
conversations. None was copied and every query here was newly written for this set, but the
KINDS of item follow set 19's on purpose: the plain one-liners cover the same kinds of operation
(a sum, a difference, a product, a quotient, a percentage, a power, a root, a weekday, a span, an
age, an Nth weekday, minutes between two clock times, days in a month or year, a day of the year);
the negative and conversation family names, and the number of items in each, are set 19's; and
several hard negatives and conversations reuse one of its shapes (an elliptical "and N" follow-up,
a split redone when a party drops out, a checked count of days on from a date, a machine-readable
output format fixed by the system prompt (YAML here), Roman numerals or another language for the
answer, a hint instead of the answer, a persona, a unit-converting Python function, a spreadsheet
date formula, an exact question bundled with a request for advice, a term defined by the
assistant, numbers in another base (octal here), a hire firm's own night count, a week running
from one weekday to another, a club year's quarters). The helpers below (num, dec, pct,
terminates, decimals, whole_up, weekday, stated, age, days, inclusive, whole_weeks, nth_weekday,
clock_span, f_to_c, c_to_f) and the checks in main() follow the logic of set 19's; count_weekday
and k_to_c are new. main() also checks this set against set 19 itself, asserts that there are
exactly 25 registers and that none of their names is a family name of set 19, and its contested-
unit pattern adds hundredweight (cwt). During writing the duplicate check reported 11 of this
set's items by id (9 single-turn items and 2 conversations); they were reworded (for a
conversation, every user turn that could have matched) without the earlier queries ever being
looked at. Registers of sets 1 to 18 are known here only from set 19's docstring (its own
registers and the neighbours it names: surfing holiday, hill walking, cruise holidays, sea
angling, baking by weight, wholesale bakery, lettings, a history class, exam revision) and from
the brief's hint that beekeeping may be taken, so an overlap in TOPIC with a register of sets 1 to
18 cannot be ruled out; an exact repeat of any of their queries or user turns is ruled out by
main().

Registers (families), 25, none among set 19's (scuba, aquarium, photography, restaurant kitchen,
coffee shop, golf, cricket, new parents, B&B, classic cars, woodworking, choir, skiing, freelance
design, student house, window cleaning, food bank, family history, dinghy sailing, darts, rowing,
martial arts, tattoo, ice-cream van, music festival) nor among the neighbours it names:
  plain and direct one-liners (14 of each tool's 45 positives), plus
  pottery (clay bags bought whole, a course's profit, a glaze temperature, weekly classes),
  quilting (fabric costs, a quilt's size, a show's weekday),
  amateur astronomy (magnification with its formula stated, a dew shield, an observatory's
    altitude, a meteor shower's weekday, an observing log's span),
  lawn bowls (subs, a green's side, the season's last-Saturday opening),
  model railway (a 1:160 model's length, a baseboard, days to an exhibition),
  dog grooming (a day's takings, a shampoo dilution, a dog's weight, bath water, a rebooking),
  market stall (takings after a pitch fee, a gazebo frame, a second-Sunday market),
  church bell ringing (an extent's minutes, a tower fund, a bell's weight and age, a peal's day),
  chess club (a prize fund, fortnightly rounds), pub quiz (an average score, a final's weekday,
    Tuesdays counted with both ends stated),
  amateur dramatics (ticket income, stage depth, rehearsals weeks before opening),
  taxi driver (a tariff fare, earnings per hour, miles to km, a badge's span),
  hair salon (commission, rinse temperature, a rebooking), vineyard (bottles from litres, a
    trade invoice, hectares, a fermentation temperature, harvest dates, picking days counted
    with both ends stated), heating engineer (a quote with VAT stated, bar to psi, flow
    temperature, a service 52 weeks on), florist (rose bunches bought whole, cold room, a
    weekday), tennis club (coaching with a sibling discount, net height, finals day), archery
    (an average per arrow, 70 m and 100 yd, a championship weekday), knitting (skeins bought
    whole, a ball's weight, a scarf's length, a project's span), narrowboat holiday (hire split,
    speed limit, route length, hand-back date, a stoppage counted with both ends stated),
    hot-air ballooning (flights in dollars, altitude, envelope temperature, a voucher's last
    date), backyard chickens (egg boxes and feed sacks bought whole, a feed sack in lb, hatching
    and point-of-lay dates), antiques dealer (buyer's premium with VAT on the premium, a table's
    length, a letter's weekday), climbing wall (a punch card in dollars, wall height, days
    climbing) and soap making (oil costs, oil temperature, a cure date).
  Every register is used by at least two of the three tools (asserted); most by all three.
  Positives are word problems of one to three sentences (31 per tool), in UK and US usage, with
  £, $ and €, some chatty or terse, some lower-case or with small typos. No positive
  conversations.

Negatives (label "negative", 200): 100 ordinary ones in this set's registers (explanations,
advice, writing tasks, code, world facts, live information, small talk with numbers in it,
how-tos, translation, opinions, riddles and plans); 65 hard single-turn negatives (families
"near-...", each with a "note"): conversions needing a density or an exchange rate, calculations
with the numbers missing, dates hanging on a private event never given, dates that must be looked
up (a flower show, Wimbledon, a solar eclipse, Chinese New Year), world facts, estimates,
requests for a method or formula, checking someone's working, output as words / Roman numerals /
another language or script, human and veterinary dosing, rules knowledge (chess, bowls, tennis,
archery), exact questions bundled with a part that needs the model, judgements about a number,
identifiers that look like arithmetic (chess notation, an oil grade, a hair-dye code, a model
scale, a climbing grade), code or spreadsheet formulas, standard sizes to look up (a fat quarter,
a knitting-needle size) and splits that need a fairness judgement; and 35 conversations
(families "conv-...", field "messages"; "query" repeats the last user turn; each with a "note"):
notation redefined in an earlier system, user or assistant turn, numbers fixed in earlier turns,
follow-ups on an earlier answer, personas and output formats, and conventions fixed earlier. No
negative here is negative only because of a contested unit reading or an unstated "today";
every negative needs the language model.

Left out entirely (their grading is contested), as in set 19: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, short/long tons, hundredweights, barrels, mpg,
calories, horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nominal sizes in positives (every length converted is a
measured or stated one), leap-day results, all-numeric dates (none is used in a positive;
asserted), time zones and daylight saving in positives, Easter and other movable feasts, and
anything depending on the current date (no "now" or "timezone" field is set; no positive needs
a "today"; asserted). Also left out: paces, "within N days" deadlines, "how many weeks" between
dates that are not a whole number of weeks apart (asserted), and "counting both ends" spans
unless the query says so.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard items. Labels: "positive:calculator", "positive:units",
"positive:datetime", "negative". Tolerances: 1e-6 relative for calculator and date numbers and
for exact unit results (only when the exact result has at most three decimals; asserted), 1e-3
for unit results a tool may round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the
English name, everything else as a number (the grader reads the LAST number of the answer). No
calculator, date or exact unit result is a repeating decimal (asserted); counts that come whole
(clay bags, rose bunches, skeins, egg boxes, feed sacks) are rounded up because the story says
so (asserted: the unrounded value is never already whole).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (the same sources as set 19):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 43 560 ft^2 = 4840 yd^2 (international foot)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degC) = T(K) - 273.15;
    t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s, 1 h = 60 min; 1 kWh = 3.6 MJ;
    1 L = 1000 mL; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime; any other rule is stated in
    the query itself.

Run:  python3 /work/sealed20/make_heldout_20.py   (writes the JSONL next to this file and prints
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
OUT = HERE / "heldout-2026-12-23.jsonl"
PREFIX = "ho20-"
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 19))
EARLIER_DIR = HERE  # (written in /work/sealed*, run from here since it was committed)
SET19 = HERE / "make_heldout_19.py"
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


# plain and direct (14)
calc("plain", "What's 8,462 + 3,979?", 8462 + 3979)
calc("plain", "Subtract 2,786 from 10,413", 10413 - 2786)
calc("plain", "What is 57 multiplied by 236?", 57 * 236)
calc("plain", "9,828 divided by 42?", F(9828, 42))
calc("plain", "What is 35% of 1,860?", pct(35) * 1860)
calc("plain", "what's 6 to the 7th power", 6**7)
assert math.isqrt(9409) ** 2 == 9409
calc("plain", "Square root of 9,409, please", math.isqrt(9409))
calc("plain", "Work out 2.75 x 3,160", dec("2.75") * 3160)
calc("plain", "What is 61.2 ÷ 0.36?", dec("61.2") / dec("0.36"))
calc("plain", "Calculate (812 - 347) × 1.6", (812 - 347) * dec("1.6"))
calc("plain", "What's 17.5 percent of 4,320?", pct("17.5") * 4320)
calc("plain", "What is 15 squared minus 8 cubed?", 15**2 - 8**3)
calc("plain", "what is five eighths of 3,176", F(5, 8) * 3176)
calc("plain", "How much is 7,250 ÷ 0.625 − 480?", 7250 / dec("0.625") - 480)

# pottery studio
calc(
    "pottery",
    "Each mug takes 450 g of clay and I'm throwing 120 mugs for a café order. The clay comes in "
    "12.5 kg bags and I can only buy whole bags. How many bags do I need?",
    whole_up(F(120 * 450, 1000) / dec("12.5")),
)
calc(
    "pottery",
    "Evening pottery course: 8 students paid £185 each. The studio spent £22 a firing on 6 "
    "firings and £140 on glazes. How much profit did the course make?",
    8 * 185 - 6 * 22 - 140,
)
# quilting
calc(
    "quilting",
    "For the king-size quilt I bought 9 fat quarters at £3.40, 2.5 m of backing fabric at "
    "£12.80 a metre and a £18 pack of wadding. What did it all come to?",
    9 * dec("3.40") + dec("2.5") * dec("12.80") + 18,
)
# amateur astronomy
calc(
    "astronomy",
    "My telescope's focal length is 1200 mm. Magnification = telescope focal length divided by "
    "the eyepiece focal length, so what do I get with my 25mm eyepiece?",
    F(1200, 25),
)
# lawn bowls club
calc(
    "bowls",
    "Bowls club subs this year: £95 for playing members and £60 for social members. We've got "
    "74 playing and 31 social. What's the total subs income?",
    74 * 95 + 31 * 60,
)
# model railway
calc(
    "model-railway",
    "N gauge models are 1:160 scale. The real coach is 23 metres long - how many millimetres "
    "long is the model?",
    F(23 * 1000, 160),
)
# dog grooming salon
calc(
    "dog-grooming",
    "Friday at the salon I did 5 full grooms at £48, 3 bath and brush at £30 and 4 nail trims at "
    "£8. What did I take?",
    5 * 48 + 3 * 30 + 4 * 8,
)
calc(
    "dog-grooming",
    "the shampoo is diluted 1 part concentrate to 12 parts water. I'm mixing 3.9 litres of "
    "diluted shampoo in total, how many ml of concentrate go in?",
    dec("3.9") * 1000 / 13,
)
# market stall
calc(
    "market-stall",
    "The pitch costs £38 a day. On Saturday I sold 46 candles at £7.50 and 19 wax melts at "
    "£2.50. What did I make after paying for the pitch?",
    46 * dec("7.50") + 19 * dec("2.50") - 38,
)
# church bell ringing
calc(
    "bell-ringing",
    "A full extent of Grandsire Triples is 5,040 changes. If our band rings 28 changes a "
    "minute, how many minutes will the extent take?",
    F(5040, 28),
)
calc(
    "bell-ringing",
    "Our 8 ringers each put £2.50 into the tower fund every practice night, and there were 46 "
    "practices this year. How much went into the fund?",
    8 * dec("2.50") * 46,
)
# chess club
calc(
    "chess",
    "Rapidplay entry is £24 and 36 players have entered. 60% of the entry money goes into the "
    "prize fund. How big is the prize fund?",
    36 * 24 * pct(60),
)
# pub quiz
calc(
    "pub-quiz",
    "Quiz scores for our team over the 8 rounds: 8, 9, 6, 10, 7, 9, 8 and 7. Whats our average "
    "per round?",
    F(8 + 9 + 6 + 10 + 7 + 9 + 8 + 7, 8),
)
# amateur dramatics
calc(
    "am-dram",
    "Panto ticket sales: 142, 168 and 187 seats over the three nights, all at £12. Take off the "
    "£1,850 performing rights fee - what's left?",
    (142 + 168 + 187) * 12 - 1850,
)
# taxi driver
calc(
    "taxi",
    "Our tariff is a £3.80 flag fall plus £2.40 per mile. The airport run is 17.5 miles. What "
    "should the fare be?",
    dec("3.80") + dec("2.40") * dec("17.5"),
)
calc(
    "taxi",
    "Drove 48 hours this week, took £1,104 in fares and spent £162 on diesel. What did I earn "
    "per hour after fuel?",
    F(1104 - 162, 48),
)
# hair salon
calc(
    "hair-salon",
    "Stylists at our salon get 35% commission on services. Jade did £2,460 of services in "
    "November - how much commission is she owed?",
    pct(35) * 2460,
)
# vineyard
calc(
    "vineyard",
    "We pressed 4,650 litres of wine this year and it all goes into 750 ml bottles. How many "
    "bottles will that fill?",
    F(4650 * 1000, 750),
)
calc(
    "vineyard",
    "A wine merchant in Lyon ordered 137 cases at €84 a case and gets a 10% trade discount. "
    "What's the invoice?",
    137 * 84 * (1 - pct(10)),
)
# heating engineer
calc(
    "heating",
    "Quote for the customer: combi boiler £1,480, flue kit £95 and 9 hours labour at £55/hr, "
    "then 20% VAT on the lot. What's the total?",
    (1480 + 95 + 9 * 55) * (1 + pct(20)),
)
# florist
calc(
    "florist",
    "Wedding order: 5 bouquets with 14 roses in each. Our wholesaler sells roses in bunches of "
    "20 and only whole bunches. How many bunches should I order?",
    whole_up(F(5 * 14, 20)),
)
# tennis club
calc(
    "tennis",
    "Junior coaching is £14 a session and there are 10 sessions this term. The second child "
    "gets 15% off. What do I pay for my two kids for the term?",
    10 * 14 + 10 * 14 * (1 - pct(15)),
)
# archery club
calc(
    "archery",
    "My last end of six arrows scored 10, 9, 9, 8, 8 and 10. What's my average per arrow?",
    F(10 + 9 + 9 + 8 + 8 + 10, 6),
)
# yarn shop / knitting
calc(
    "knitting",
    "The jumper pattern needs 1,150 metres of yarn and each skein is 220 m. I can only buy whole "
    "skeins - how many?",
    whole_up(F(1150, 220)),
)
# narrowboat holiday
calc(
    "narrowboat",
    "The narrowboat is £1,640 for the week, plus a £180 fuel deposit and £45 for bringing the "
    "dog. Split between the 4 families, what does each pay?",
    F(1640 + 180 + 45, 4),
)
# hot-air ballooning
calc(
    "ballooning",
    "Balloon rides over Napa are $199 per person and 6 of us are going. Four of us are adding "
    "the $25 champagne upgrade. What's the total?",
    6 * 199 + 4 * 25,
)
# backyard chickens
calc(
    "chickens",
    "My hens lay 5 eggs a day between them. How many half-dozen boxes do I need to hold all the "
    "eggs from a fortnight?",
    whole_up(F(5 * 14, 6)),
)
calc(
    "chickens",
    "6 hens eat 150 g of layers pellets each a day. Pellets are £13.60 for a 20 kg sack and I "
    "buy whole sacks. What does feed for 40 days cost me?",
    whole_up(F(6 * 150 * 40, 1000) / 20) * dec("13.60"),
)
# antiques dealer
calc(
    "antiques",
    "Hammer price was £640. The buyer's premium is 24% of the hammer price and VAT at 20% is "
    "charged on the premium only. What's my total bill?",
    640 + 640 * pct(24) * (1 + pct(20)),
)
# climbing wall
calc(
    "climbing",
    "A 10-visit punch card at my climbing gym is $72, or it's $9 a visit. How much do I save "
    "per visit with the punch card?",
    F(10 * 9 - 72, 10),
)
# soap making
calc(
    "soap-making",
    "My soap batch uses 680 g olive oil at £6.40/kg, 280 g coconut oil at £9.50/kg and 40 g shea "
    "butter at £16/kg. What do the oils for one batch cost?",
    dec("0.680") * dec("6.40") + dec("0.280") * dec("9.50") + dec("0.040") * 16,
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
assert STONE == dec("6.35029318") and ACRE == dec("4046.8564224")
assert abs(PSI - dec("6894.757")) < dec("0.001") and abs(BAR / PSI - dec("14.5038")) < dec("1e-4")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def k_to_c(k):
    return F(k) - dec("273.15")


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and k_to_c(dec("273.15")) == 0

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value) and decimals(value) <= 3, query
    add("positive:units", family, query, num(value), tol, **extra)


# plain and direct (14)
unit("plain", "Convert 57 miles to kilometres", 57 * MI / 1000)
unit("plain", "165 lb in kilos?", 165 * LB)
unit("plain", "what's 180 C in fahrenheit", c_to_f(180), EXACT)
unit("plain", "Convert 104 °F to Celsius.", f_to_c(104), EXACT)
unit("plain", "How many centimetres in 38 inches?", 38 * IN * 100, EXACT)
unit("plain", "2,500 feet in metres", 2500 * FT, EXACT)
unit("plain", "Convert 9 st 4 lb into kilograms", 9 * STONE + 4 * LB)
unit("plain", "How many ounces is 500 grams?", F(500, 1000) / OZ)
unit("plain", "Convert 70 mph to km/h", 70 * MPH / KMH)
unit("plain", "How many millilitres are there in 3.25 litres?", dec("3.25") * 1000, EXACT)
unit("plain", "What is 310 K in degrees Celsius?", k_to_c(310), EXACT)
unit("plain", "how many MiB is 3.5 GiB", dec("3.5") * GIB / MIB, EXACT)
unit("plain", "How many megajoules is 45 kWh?", 45 * KWH / MJ, EXACT)
unit("plain", "What's 25 acres in hectares?", 25 * ACRE / HECTARE)

# pottery studio
unit(
    "pottery",
    "My glaze matures at 1,222 °C but the secondhand kiln controller I bought from the States "
    "only does Fahrenheit. What do I program it to?",
    c_to_f(1222),
    EXACT,
)
# quilting
unit(
    "quilting",
    "The quilt top needs to be 90 inches square to fit the bed. How many cm is 90 inches?",
    90 * IN * 100,
    EXACT,
)
# amateur astronomy
unit(
    "astronomy",
    "The dew shield on my telescope is 11 inches long. What's that in millimetres?",
    11 * IN * 1000,
    EXACT,
)
unit(
    "astronomy",
    "The observatory on La Palma we're visiting sits at 2,396 m. How high is that in feet?",
    2396 / FT,
)
# lawn bowls club
unit(
    "bowls",
    "Our green is 40 yards along each side. What is 40 yards in metres?",
    40 * YD,
    EXACT,
)
# model railway
unit(
    "model-railway",
    "The baseboard in the loft is 14 ft long - how long is that in metres?",
    14 * FT,
)
# dog grooming salon
unit(
    "dog-grooming",
    "The Newfie on the table this morning weighs 143 lb according to his owner. What's that in kg?",
    143 * LB,
)
unit(
    "dog-grooming",
    "I keep the bath water at 37 °C for the dogs. An American customer asked what that is in "
    "Fahrenheit?",
    c_to_f(37),
    EXACT,
)
# market stall
unit(
    "market-stall",
    "I measured my gazebo frame at 10 ft wide and the market allocates pitches in metres. How "
    "many metres is 10 feet?",
    10 * FT,
    EXACT,
)
# church bell ringing
unit(
    "bell-ringing",
    "Our tenor bell weighs 1,120 kg. A visiting ringer from Ohio asked what that is in pounds?",
    1120 / LB,
)
# amateur dramatics
unit(
    "am-dram",
    "The set designer's drawing says the stage is 24 feet deep. How many metres is that?",
    24 * FT,
)
# taxi driver
unit(
    "taxi",
    "Fare to the coast is 18 miles and my new sat nav only shows km. How many km is that?",
    18 * MI / 1000,
)
# hair salon
unit(
    "hair-salon",
    "I rinse colour out at 38 °C. My trainee from Texas wants it in Fahrenheit - what is it?",
    c_to_f(38),
    EXACT,
)
# vineyard
unit(
    "vineyard", "Our vineyard is 3.5 hectares. How many acres is that?", dec("3.5") * HECTARE / ACRE
)
unit(
    "vineyard",
    "The US winemaking book says ferment the white at 68 °F. What's that in °C?",
    f_to_c(68),
    EXACT,
)
# heating engineer
unit(
    "heating",
    "Customer's boiler gauge reads 1.5 bar, but the American manual quotes psi. What is 1.5 bar "
    "in psi?",
    dec("1.5") * BAR / PSI,
)
unit(
    "heating",
    "Flow temperature on the boiler is set to 70 °C - what's that in Fahrenheit?",
    c_to_f(70),
    EXACT,
)
# florist
unit(
    "florist",
    "The flower cold room runs at 4 °C. What's that in Fahrenheit for the US supplier's form?",
    c_to_f(4),
    EXACT,
)
# tennis club
unit(
    "tennis",
    "The net should be 3 ft 6 in high at the posts. How many centimetres is that?",
    (3 * FT + 6 * IN) * 100,
    EXACT,
)
# archery club
unit("archery", "We shoot the 70 metre round. How many yards is 70 m?", F(70) / YD)
unit(
    "archery",
    "The old imperial round has a 100-yard distance. What is that in metres?",
    100 * YD,
    EXACT,
)
# yarn shop / knitting
unit("knitting", "Each ball of this wool is 50 g. How many ounces is that?", F(50, 1000) / OZ)
unit(
    "knitting",
    "knitting a scarf for my nephew in the US, pattern says make it 64 inches long. thats how "
    "many cm?",
    64 * IN * 100,
    EXACT,
)
# narrowboat holiday
unit(
    "narrowboat",
    "The speed limit on the canal is 4 mph. What's that in km/h?",
    4 * MPH / KMH,
)
unit(
    "narrowboat",
    "Our route along the cut is 46 miles there and back. How many kilometres is that?",
    46 * MI / 1000,
)
# hot-air ballooning
unit(
    "ballooning",
    "The pilot said we got up to 3,000 ft. How many metres is that?",
    3000 * FT,
    EXACT,
)
unit(
    "ballooning",
    "The envelope fabric is rated to 120 °C. What's that in Fahrenheit?",
    c_to_f(120),
    EXACT,
)
# backyard chickens
unit(
    "chickens",
    "A sack of layers pellets is 20 kg. My grandad still thinks in pounds - how many lb is it?",
    20 / LB,
)
# antiques dealer
unit(
    "antiques",
    "The Georgian dining table is 72 inches long. How long is that in centimetres?",
    72 * IN * 100,
    EXACT,
)
# climbing wall
unit("climbing", "The lead wall at our centre is 15 metres high. How many feet is that?", 15 / FT)
# soap making
unit(
    "soap-making",
    "The soap recipe says heat the oils to 110 °F. What is that in Celsius?",
    f_to_c(110),
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


def count_weekday(a, b, wd):
    """How many days from a to b, both included, fall on weekday wd."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(k)).weekday() == wd)


def clock_span(start, end, unit_s):
    """From one clock time to the next occurrence of another, in units of unit_s seconds."""
    day = D(2006, 6, 6)
    a = DT.combine(day, dt.time.fromisoformat(start))
    b = DT.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


assert weekday(D(2000, 1, 1)) == "Saturday" and age(D(1990, 6, 30), D(2030, 6, 29)) == 39
assert nth_weekday(2028, 11, FRI, -1) == D(2028, 11, 24) and nth_weekday(2028, 1, SAT, 1).day == 1
assert clock_span("22:30", "01:00", 60) == 150 and inclusive(D(2027, 1, 1), D(2027, 12, 31)) == 365
assert count_weekday(D(2027, 3, 1), D(2027, 3, 14), MON) == 2


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
date_item("plain", "What day of the week is 9 March 2031?", weekday(D(2031, 3, 9)))
date_item(
    "plain",
    "How many days are there between 14 April 2030 and 2 November 2030?",
    days(D(2030, 4, 14), D(2030, 11, 2)),
)
date_item("plain", "what date is 75 days after 22 August 2029", D(2029, 8, 22) + TD(75))
date_item("plain", "What was the date 200 days before 1 March 2030?", D(2030, 3, 1) - TD(200))
date_item("plain", "Which weekday was 6 June 1944?", weekday(D(1944, 6, 6)))
date_item(
    "plain",
    "How many weeks are there from 5 March 2030 to 18 June 2030?",
    whole_weeks(D(2030, 3, 5), D(2030, 6, 18)),
)
date_item(
    "plain",
    "How old is a person born on 23 November 1984 on 15 October 2031?",
    age(D(1984, 11, 23), D(2031, 10, 15)),
)
date_item("plain", "What's the date 9 weeks after 30 October 2030?", D(2030, 10, 30) + TD(weeks=9))
date_item(
    "plain", "How many days does February have in the year 2100?", calendar.monthrange(2100, 2)[1]
)
date_item(
    "plain",
    "What's the date of the second Thursday of November 2030?",
    nth_weekday(2030, 11, THU, 2),
)
date_item("plain", "How many minutes is it from 09:15 to 17:50?", clock_span("09:15", "17:50", 60))
date_item("plain", "What date falls 500 days after 10 October 2029?", D(2029, 10, 10) + TD(500))
date_item("plain", "how many days are in the year 2032", days(D(2032, 1, 1), D(2033, 1, 1)))
date_item("plain", "What day of the year is 12 August 2030?", D(2030, 8, 12).timetuple().tm_yday)

# pottery studio
COURSE1 = stated(D(2030, 1, 15), "Tuesday")
date_item(
    "pottery",
    "The wheel-throwing course is every Tuesday for 10 weeks, with class 1 on Tuesday 15 January "
    "2030. What's the date of class 10?",
    COURSE1 + TD(weeks=9),
)
# quilting
date_item(
    "quilting",
    "The regional quilt show is on 21 September 2030 - which day of the week is that?",
    weekday(D(2030, 9, 21)),
)
# amateur astronomy
date_item(
    "astronomy",
    "The Perseids are meant to peak on the night of 12 August 2030. What weekday is that?",
    weekday(D(2030, 8, 12)),
)
date_item(
    "astronomy",
    "I've kept an observing log from 3 October 2029 to 28 February 2030. How many days are "
    "there between those two dates?",
    days(D(2029, 10, 3), D(2030, 2, 28)),
)
# lawn bowls club
date_item(
    "bowls",
    "Our outdoor season always opens on the last Saturday in April. What's the date in 2030?",
    nth_weekday(2030, 4, SAT, -1),
)
# model railway
date_item(
    "model-railway",
    "We started building the club layout on 27 May 2029 and the exhibition is on 16 March 2030. "
    "How many days between the two?",
    days(D(2029, 5, 27), D(2030, 3, 16)),
)
# dog grooming salon
date_item(
    "dog-grooming",
    "Bertie the cockapoo was groomed on 19 November 2029 and comes back 6 weeks later. What "
    "date should I book him in for?",
    D(2029, 11, 19) + TD(weeks=6),
)
# market stall
date_item(
    "market-stall",
    "The farmers' market is on the second Sunday of every month. What date is it in June 2030?",
    nth_weekday(2030, 6, SUN, 2),
)
# church bell ringing
date_item(
    "bell-ringing",
    "The tenor at our church was cast on 14 May 1887. How old will it be on 1 May 2030?",
    age(D(1887, 5, 14), D(2030, 5, 1)),
)
date_item(
    "bell-ringing",
    "The tower's oldest peal board records a peal on 2 June 1953. What weekday was that?",
    weekday(D(1953, 6, 2)),
)
# chess club
ROUND1 = stated(D(2030, 9, 4), "Wednesday")
date_item(
    "chess",
    "Club championship rounds are every two weeks, with round 1 on Wednesday 4 September 2030. "
    "When is round 7?",
    ROUND1 + TD(weeks=2 * 6),
)
# pub quiz
date_item(
    "pub-quiz",
    "The quiz league final is on 27 March 2030. What day of the week is that?",
    weekday(D(2030, 3, 27)),
)
date_item(
    "pub-quiz",
    "Our pub quiz is every Tuesday. How many Tuesdays are there from 1 October 2030 to 31 "
    "December 2030, including both those dates?",
    count_weekday(stated(D(2030, 10, 1), "Tuesday"), stated(D(2030, 12, 31), "Tuesday"), TUE),
)
# amateur dramatics
date_item(
    "am-dram",
    "Opening night is 20 November 2030 and the director wants rehearsals to start 11 weeks "
    "before that. What date do rehearsals start?",
    D(2030, 11, 20) - TD(weeks=11),
)
# taxi driver
date_item(
    "taxi",
    "My private hire badge was valid from 2 July 2027 to 1 July 2030. How many days is that "
    "from the first date to the second?",
    days(D(2027, 7, 2), D(2030, 7, 1)),
)
# hair salon
date_item(
    "hair-salon",
    "Mrs Patel had her roots done on 28 October 2030 and always comes back 5 weeks after. "
    "Which date do I pencil her in for?",
    D(2030, 10, 28) + TD(weeks=5),
)
# vineyard
date_item(
    "vineyard",
    "The vines flowered on 12 June 2030 and we reckon harvest is 100 days after flowering. What "
    "date is that?",
    D(2030, 6, 12) + TD(100),
)
date_item(
    "vineyard",
    "Picking ran from 24 September 2029 to 16 October 2029. How many days of picking was that, "
    "counting the first and the last day?",
    inclusive(D(2029, 9, 24), D(2029, 10, 16)),
)
# heating engineer
date_item(
    "heating",
    "I fitted the boiler on 6 March 2030 and the warranty needs a service 52 weeks after fitting. "
    "What date is the service due?",
    D(2030, 3, 6) + TD(weeks=52),
)
# florist
date_item(
    "florist",
    "Valentine's Day is 14 February 2031 - what day of the week is that? Planning deliveries.",
    weekday(D(2031, 2, 14)),
)
# tennis club
date_item(
    "tennis",
    "Club finals day is the first Sunday in July. What date will that be in 2030?",
    nth_weekday(2030, 7, SUN, 1),
)
# archery club
date_item(
    "archery",
    "The county championships are on 8 June 2030. Which day of the week is that?",
    weekday(D(2030, 6, 8)),
)
# yarn shop / knitting
date_item(
    "knitting",
    "Cast on the baby blanket on 2 January 2030 and cast off on 19 April 2030. How many days "
    "between those dates?",
    days(D(2030, 1, 2), D(2030, 4, 19)),
)
# narrowboat holiday
PICKUP = stated(D(2030, 8, 17), "Saturday")
date_item(
    "narrowboat",
    "We pick the boat up on Saturday 17 August 2030 and have it for 7 nights. What date do we "
    "hand it back?",
    PICKUP + TD(7),
)
date_item(
    "narrowboat",
    "The lock is closed for repairs from 4 November 2030 to 13 December 2030. How many days is "
    "it shut, counting both of those days?",
    inclusive(D(2030, 11, 4), D(2030, 12, 13)),
)
# hot-air ballooning
date_item(
    "ballooning",
    "The balloon voucher was bought on 9 December 2029 and can be used up to 500 days after "
    "purchase. What's the last date we can fly on it?",
    D(2029, 12, 9) + TD(500),
)
# backyard chickens
date_item(
    "chickens",
    "I put the eggs under my broody hen on 3 April 2030 and they take 21 days to hatch. What "
    "date should the chicks arrive?",
    D(2030, 4, 3) + TD(21),
)
date_item(
    "chickens",
    "The pullets hatched on 30 May 2030 and should start laying 20 weeks after that. What date "
    "is that?",
    D(2030, 5, 30) + TD(weeks=20),
)
# antiques dealer
date_item(
    "antiques",
    "I've got a letter dated 4 August 1914 in a bureau I bought. What day of the week was that?",
    weekday(D(1914, 8, 4)),
)
# climbing wall
date_item(
    "climbing",
    "I started climbing on 1 February 2028. How many days had I been climbing by 1 February 2030?",
    days(D(2028, 2, 1), D(2030, 2, 1)),
)
# soap making
date_item(
    "soap-making",
    "Poured the lavender batch on 10 October 2030 and it needs a 6 week cure. What date is it "
    "ready to sell?",
    D(2030, 10, 10) + TD(weeks=6),
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why does clay crack if it dries out too fast?", None),
        ("How does a pyrometric cone tell you a kiln firing is done?", None),
        ("Why do stars twinkle while planets mostly shine steadily?", None),
        ("What does the bias on a lawn bowl actually do?", None),
        ("why do hens stop laying in winter", None),
        ("How does change ringing work, and why don't the bells just play a tune?", None),
        ("Why does a hot-air balloon rise, and how on earth does the pilot steer it?", None),
        ("Why do canal locks need gates at both ends?", None),
        ("How does saponification turn oils and lye into soap?", None),
        ("Why does bleach lift colour out of hair?", None),
        ("What does malolactic fermentation do to a wine's taste?", None),
        ("How does a combi boiler heat water on demand without a tank?", None),
    ],
    "advice": [
        ("A poodle bit me at the salon today. How do I bring it up with the owner?", None),
        ("I'm nervous about my first outdoor lead climb. Any tips?", None),
        ("Our quiz team always falls apart on the music round. How do we get better?", None),
        ("A customer at my market stall haggles really aggressively. How do I handle it?", None),
        ("How can I keep foxes away from my chickens without hurting them?", None),
        ("I dried in the dress rehearsal and now I'm dreading opening night. Help?", None),
        ("My chess rating's been stuck for a year. What should I change in my training?", None),
        ("How do I stop my hands cramping during long hand-quilting sessions?", None),
        (
            "Passengers keep leaving rubbish in my cab. How do I mention it without losing tips?",
            None,
        ),
        ("A bride wants peonies for an October wedding. How do I talk her round?", None),
    ],
    "writing": [
        ("Write a short blurb for our bowls club open day.", None),
        ("Draft a polite email telling salon clients our prices go up in January.", None),
        ("Write a limerick about a chess player who always forgets en passant.", None),
        ("Write label copy for a lavender and oatmeal soap.", None),
        ("Write a thank-you card to the pilot who flew us over the Cotswolds.", None),
        ("Write a listing for a Victorian walnut writing slope for our antiques website.", None),
        ("Write a funny intro for our pub quiz host to read out.", None),
        ("Write a poster for a bell-ringing taster evening at St Mary's.", None),
        ("Write the opening paragraph of a ghost story set on a narrowboat in fog.", None),
        ("Write tasting notes for our English sparkling wine.", None),
    ],
    "code": [
        ("Write a Python class that models a chess board and prints it.", None),
        ("How do I vertically centre a div with flexbox?", None),
        ("Explain Python generators with a small example.", None),
        ("Write a SQL query listing salon clients who haven't booked since last spring.", None),
        ("When should I use const rather than let in JavaScript?", None),
        ("How do I undo my last git commit but keep the changes?", None),
        ("Write a bash loop that renames all .jpeg files in a folder to .jpg.", None),
        ("Why does my Docker container exit straight after it starts?", None),
        ("Write a Rust function that reads a CSV of quiz scores into a vector of structs.", None),
        ("How do async and await work in C#?", None),
    ],
    "facts": [
        ("Who was Fabian Stedman?", None),
        ("Which English city is known as the Potteries?", None),
        ("Which astronomer discovered Uranus, and from where?", None),
        ("Who built the Bridgewater Canal?", None),
        ("Who made the first crewed hot-air balloon flight?", None),
        ("Which country has the largest area under vines?", None),
        ("Who was the first official world chess champion?", None),
        ("Who won the first Wimbledon men's singles title?", None),
        ("Who came up with the Dobsonian telescope mount?", None),
        ("Who founded Morris & Co.?", None),
    ],
    "live": [
        ("Are Wigan locks on the Leeds and Liverpool canal open this week?", None),
        ("Is it looking calm enough for balloon flights over Bath in the morning?", None),
        ("Any chance of seeing the aurora in Northumberland tonight?", None),
        ("What's heating oil costing per litre at the moment?", None),
        ("Who's leading the Candidates tournament right now?", None),
        ("Is there an antiques fair on at Newark this weekend?", None),
        ("What's the current price of a first class stamp?", None),
        ("Has the Wimbledon draw come out yet?", None),
    ],
    "smalltalk": [
        ("First batch of 24 soaps came out of the moulds perfect!!", None),
        ("The girls laid 6 eggs today, new record", None),
        ("Rang my first quarter peal last night, 1260 changes and didn't go wrong once", None),
        ("Won the pub quiz by half a point, what a night", None),
        ("Sold out of candles by 11am at the market today", None),
        ("Finally beat my dad at chess after 20 years of trying", None),
        ("3 grooms, 2 baths and one very angry chihuahua today lol", None),
        ("Sent my first 6b on lead, buzzing", None),
        ("47 bottles of elderflower fizz in the garage and counting", None),
        ("Just finished the binding on my 12th quilt", None),
    ],
    "howto": [
        ("What's the trick to centring clay on the wheel?", None),
        ("Can you walk me through collimating a Newtonian telescope?", None),
        ("How do I clip a hen's wing properly?", None),
        ("How do I get a narrowboat through a swing bridge on my own?", None),
        ("How do I do a balayage on short hair?", None),
        ("What's the right way to bleed a radiator that's cold at the top?", None),
        ("How do I condition roses so they last longer in the vase?", None),
        ("how do i fix a dropped stitch three rows down", None),
        ("How do I tie into my harness with a figure-eight?", None),
        ("How do I string a recurve bow safely?", None),
    ],
    "translate": [
        ("Translate 'the kiln is still too hot to open' into Japanese.", None),
        ("How do you say 'check' and 'checkmate' in Russian?", None),
        ("How do I say 'how much for the whole box?' in Dutch for a fair in Belgium?", None),
        ("What does 'terroir' actually mean?", None),
        ("How do you say 'please keep your dog on a lead' in Polish?", None),
        ("Translate 'we'll land in a field near the village' into Spanish.", None),
        ("What's the German for 'a wash and blow-dry, please'?", None),
        ("Translate 'fresh eggs for sale' into Welsh.", None),
    ],
    "opinion": [
        ("Refractor or Dobsonian for a complete beginner?", None),
        ("Is handmade soap better sold at markets or on Etsy?", None),
        ("London System or Italian Game - which should a beginner learn first?", None),
        ("Are ex-battery hens a good idea for first-time keepers?", None),
        ("Recurve or compound for someone taking up archery at 50?", None),
        ("What's the prettiest canal in England for a first narrowboat trip?", None),
    ],
    "riddle": [
        (
            (
                "I have a waist but no hips, a tongue but no mouth, and I'm called to work on "
                "Sundays. What am I?"
            ),
            None,
        ),
        ("I'm fired but never sacked, glazed but never bored. What am I?", None),
        ("I have sixty-four squares but no walls, and kings who never rule. What am I?", None),
        ("I climb when I'm heated and sink when I cool, and I carry a basket. What am I?", None),
    ],
    "plan": [
        ("Plan a week on the Kennet and Avon canal for two adults and a dog.", None),
        ("Plan a six-session beginners' pottery course, week by week.", None),
    ],
    # ---------------------------------------------------------------- hard, near-positive
    "near-density": [
        ("How many kilograms does 5 litres of glycerine weigh?", "needs the density of glycerine"),
        (
            "My soap recipe wants 300 ml of melted coconut oil. How many grams is that?",
            "needs the density of coconut oil",
        ),
        ("How many litres is a 20 kg sack of layers pellets?", "needs the bulk density of feed"),
    ],
    "near-exchange": [
        (
            "The clock I like is listed at $1,850 on a US auction site. What's that in pounds?",
            "needs a live exchange rate",
        ),
        ("The Bordeaux vineyard tour is €65 each. How much is that in sterling?", "needs a rate"),
        (
            "A balloon ride in Cappadocia is 250 US dollars. How many Turkish lira is that?",
            "needs a live exchange rate",
        ),
    ],
    "near-missing": [
        ("How many bags of clay do I need for the order?", "no order size or bag size given"),
        ("What will the taxi fare to the airport come to?", "no tariff or distance given"),
        ("How much commission do I owe my stylist this month?", "no takings or rate given"),
        ("How many skeins should I buy for the cardigan?", "no yardage given"),
    ],
    "near-private-date": [
        ("When should Bertie come back for his next groom?", "the last groom is never dated"),
        ("How many years have I been ringing bells now?", "the start date is never given"),
        ("When will my last soap batch be cured?", "the pour date is never given"),
        ("What date will the chicks hatch?", "the setting date is never given"),
    ],
    "near-lookup-date": [
        ("What dates is the Chelsea Flower Show in 2030?", "event date must be looked up"),
        ("When does Wimbledon start in 2031?", "fixture date must be looked up"),
        (
            "On what date in 2027 is there a total solar eclipse visible from southern Spain?",
            "astronomical look-up",
        ),
        ("What date is Chinese New Year in 2031?", "lunisolar calendar look-up"),
    ],
    "near-fact": [
        ("How tall is the spire of Salisbury Cathedral in feet?", "height must be known"),
        ("How long is the Grand Union Canal in kilometres?", "length must be known"),
        ("How much does the bell called Big Ben weigh in kilograms?", "weight must be known"),
        (
            "How high off the ground is the centre of an outdoor archery target, in feet?",
            "the standard must be known",
        ),
    ],
    "near-estimate": [
        ("Roughly how many stitches go into a hand-quilted king-size quilt?", "estimate"),
        ("About how many eggs will 6 hybrid hens lay in their first year?", "estimate"),
        ("How many bottles of wine does an acre of vines usually give?", "estimate"),
    ],
    "near-method": [
        ("How is an Elo rating change worked out after a game?", "asks for the method"),
        (
            "What's the formula for a cab's running cost per mile, and how do I use it?",
            "asks for a formula and its use",
        ),
        ("How do I work out how much glaze to mix for a batch of bowls?", "asks for a method"),
        ("Explain how to work out lye amounts from SAP values.", "asks for the method"),
    ],
    "near-check": [
        (
            (
                "I reckoned 35% commission on £2,200 is £780. Have I got that right, and if not "
                "where did I slip up?"
            ),
            "checking working",
        ),
        (
            "My husband insists 4 mph is exactly 6 km/h. Is he right, and why not?",
            "checking and explaining",
        ),
        (
            (
                "I counted 21 days on from 3 April 2030 and told everyone the chicks would hatch "
                "on the 25th. Did I count right? Show me how to count it."
            ),
            "checking and teaching a counting method",
        ),
        (
            "The auction house billed me £806.40 on a £640 hammer price. Is their figure right?",
            "checking someone else's figure with rules not given",
        ),
    ],
    "near-words": [
        ("Write 3,456 out in words for the cheque to the vineyard.", "output in words"),
        ("Write 1887 in Roman numerals for the bell plaque.", "output as Roman numerals"),
        ("How do you say 47 in German?", "output in German words"),
        ("Write 12 in Japanese kanji.", "output in another script"),
    ],
    "near-dosing": [
        (
            "My son weighs 22 kg and has a temperature. How much paracetamol can he have?",
            "medical dosing",
        ),
        ("My 8 kg terrier chewed through some ibuprofen. How much is toxic?", "veterinary"),
        ("How much ivermectin should I give my hens for red mite?", "veterinary dosing"),
    ],
    "near-rules": [
        ("How many moves without a capture before the fifty-move rule applies?", "chess rules"),
        ("How many bowls does each player use in triples?", "bowls rules knowledge"),
        ("What score is a tennis tie-break played to?", "tennis rules knowledge"),
        ("How many arrows make up an end in outdoor target archery?", "archery rules knowledge"),
    ],
    "near-mixed": [
        (
            "Convert 1,240 °C to Fahrenheit and tell me whether it's hot enough for stoneware.",
            "needs pottery judgement too",
        ),
        (
            "What's 20% of £1,480, and write a friendly covering note to go with the boiler quote?",
            "needs a drafted note too",
        ),
        (
            "What weekday is 14 February 2031, and give me three window display ideas for it.",
            "needs display ideas too",
        ),
        (
            (
                "Add up 46 + 38 + 52 for this month's grooms and tell me how to get more "
                "bookings in January."
            ),
            "needs marketing advice too",
        ),
    ],
    "near-judgement": [
        ("My Elo is 1650 at 45. Is that good for a club player?", "judgement"),
        ("We charge £3.50 for half a dozen eggs at the gate. Is that too much?", "judgement"),
        ("Our quiz team averages about 60 out of 80. Are we any good?", "judgement"),
        ("I shot 540 on a Portsmouth round in my first year. Is that decent?", "judgement"),
    ],
    "near-identifier": [
        ("What does 1.e4 e5 2.Nf3 mean?", "chess notation, not arithmetic"),
        ("The garage says the cab takes 5W-30. What does that mean?", "an oil grade"),
        ("What does 7/1 on a box of hair dye mean?", "a colour code, not a division"),
        ("What does 1:76 mean on a model railway box?", "a scale name, not a question"),
        ("What does 6b+ mean on a climbing route?", "a grade, not a sum"),
    ],
    "near-code": [
        (
            "Write an Excel formula that gives the date 21 days after the date in B4.",
            "spreadsheet",
        ),
        (
            (
                "Write a Python function that converts Fahrenheit to Celsius for my kiln log, "
                "with tests."
            ),
            "code",
        ),
        ("Give me SQL that totals fares per driver for each week.", "code"),
        ("Write JavaScript that counts down to our opening night.", "code"),
    ],
    "near-size": [
        ("How big is a fat quarter in centimetres?", "a standard size must be looked up"),
        ("What's a UK size 8 knitting needle in millimetres?", "a gauge table look-up"),
    ],
    "near-fair-split": [
        (
            (
                "Five of us hired the narrowboat for £1,640 but I only came for the last 2 of "
                "the 7 nights. What's fair for me to pay?"
            ),
            "fairness needs interpretation",
        ),
        (
            (
                "Three families shared a £597 balloon voucher but one child was too small to fly. "
                "How should we split it?"
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
        (S, "In this conversation, a # b means a times b, plus a."),
        (U, "What's 6 # 9?"),
    ],
    "# defined by the system prompt",
)
conv(
    "conv-redefine",
    [
        (
            U,
            "In our bowls league a win is 2 points, a draw is 1, and every shot up is worth 0.1.",
        ),
        (A, "Got it: 2, 1 and 0.1 per shot."),
        (U, "We won 5, drew 2 and finished 23 shots up. How many points is that?"),
    ],
    "league points defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "When I say a 'batch' I mean 18 bars of soap."),
        (A, "OK, a batch is 18 bars."),
        (U, "How many bars is 7 batches then?"),
    ],
    "batch defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "At our salon a 'slot' is 45 minutes."),
        (A, "Noted, 45 minutes a slot."),
        (U, "How many hours is 9 slots?"),
    ],
    "slot defined earlier",
)
conv(
    "conv-redefine",
    [
        (S, "Every number the user writes is in base 8."),
        (U, "What do 17 and 25 add up to?"),
    ],
    "numbers are octal",
)
conv(
    "conv-redefine",
    [
        (U, "In our quiz a joker doubles that round's score, and I mark it with a J."),
        (A, "Understood, J means doubled."),
        (U, "Our rounds were 7, 8J, 6 and 9. What's the total?"),
    ],
    "joker notation defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In our tower 'a touch' always means 120 changes."),
        (A, "OK, 120 changes a touch."),
        (U, "How many changes is 5 touches?"),
    ],
    "touch defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Can you use lock-miles when we plan canal trips?"),
        (
            A,
            (
                "Sure - I'll count every lock as one extra mile, so lock-miles are the miles plus "
                "the number of locks."
            ),
        ),
        (U, "The route is 14 miles with 22 locks. How many lock-miles is that?"),
    ],
    "lock-miles defined by the assistant earlier",
)
# numbers fixed in earlier turns
conv(
    "conv-numbers",
    [
        (U, "Our tariff is £2.40 a mile with a £3.80 flag fall."),
        (A, "Noted."),
        (U, "So what's a 12-mile job?"),
    ],
    "tariff given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The hens started laying on 9 September 2030."),
        (A, "Lovely."),
        (U, "What date will be their 100th day of laying?"),
    ],
    "start date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The kiln's set to 1,260 °C for this glaze firing."),
        (A, "OK."),
        (U, "And in Fahrenheit that's what?"),
    ],
    "temperature given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Clients pay £48 for a full groom."),
        (A, "Noted."),
        (U, "What about 7 dogs from one household with 10% off?"),
    ],
    "price given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "We're picking up the narrowboat on 14 September 2030."),
        (A, "Sounds fun."),
        (U, "If we keep it 10 nights, when does it go back?"),
    ],
    "pick-up date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My Dob's focal length is 1,500 mm."),
        (A, "Good size."),
        (U, "What magnification does a 10 mm eyepiece give me?"),
    ],
    "focal length given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The new vineyard block is 2.2 hectares."),
        (A, "OK."),
        (U, "How many acres?"),
    ],
    "area given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Stylists here are on 40% commission."),
        (A, "Got it."),
        (U, "So on £3,150 of services she gets?"),
    ],
    "rate given earlier",
)
# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "Work out 35% of 2,460 for me."),
        (A, "861."),
        (U, "and at 40 percent?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "Convert 3,000 ft to metres."),
        (A, "914.4 m."),
        (U, "And the balloon's ceiling of 10,000?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "What day of the week is 21 September 2030?"),
        (A, "A Saturday."),
        (U, "What's the date of the Sunday after it?"),
    ],
    "follow-up on an earlier date",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 4 November to 13 December 2030?"),
        (A, "39 days."),
        (U, "How many of those fall on a weekend?"),
    ],
    "follow-up on an earlier span",
)
conv(
    "conv-followup",
    [
        (U, "Split £1,865 between 4 families."),
        (A, "£466.25 each."),
        (U, "One family's pulled out. Redo it."),
    ],
    "follow-up changes an earlier number",
)
conv(
    "conv-followup",
    [
        (U, "Convert 70 m to yards."),
        (A, "About 76.6 yards."),
        (U, "Put that in a tweet for the archery club."),
    ],
    "rewriting an earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What's 12 × £9.50?"),
        (A, "£114."),
        (U, "Now add 20% VAT."),
    ],
    "follow-up builds on the earlier result",
)
# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a Victorian butler. Stay in character in every reply."),
        (U, "How many centimetres is 72 inches?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "A partir de ahora contéstame solo en español, por favor."),
        (A, "¡Claro que sí!"),
        (U, "What's 48 times 25?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-persona",
    [
        (S, "Respond only with YAML that has the keys answer and working."),
        (U, "What's 1.5 bar in psi?"),
    ],
    "output format fixed by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "My daughter's doing maths practice, so just give her a hint, never the answer."),
        (A, "Of course, hints only."),
        (U, "What's 36 × 24?"),
    ],
    "answer must be withheld",
)
conv(
    "conv-persona",
    [
        (S, "You are a limerick bot. Every reply must be a limerick."),
        (U, "What weekday is 8 June 2030?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "Write every number as Roman numerals from now on, please."),
        (A, "Understood."),
        (U, "How many days from 1 March 2030 to 1 April 2030?"),
    ],
    "output in Roman numerals fixed earlier",
)
# conventions fixed earlier
conv(
    "conv-convention",
    [
        (U, "Our tower diary writes dates as day.year.month."),
        (A, "OK: day, then year, then month."),
        (U, "What weekday was 4.2030.06?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-convention",
    [
        (
            U,
            "The salon's weeks run Sunday to Saturday, and week 1 is the one with 1 January in it.",
        ),
        (A, "Got it."),
        (U, "Which salon week is 19 March 2030 in?"),
    ],
    "week numbering fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "The bowls club's year starts on 1 April, so Q1 is April to June."),
        (A, "Noted."),
        (U, "Which quarter is 12 February 2031 in?"),
    ],
    "club year fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "For our boat hire we charge the hand-back day as a night too."),
        (A, "Understood."),
        (U, "Pick-up 3 May 2030, hand-back 10 May 2030 - how many nights do they pay for?"),
    ],
    "the hire firm's own night count fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "Our chess club numbers its seasons from season 1, which began in September 1975."),
        (A, "OK."),
        (U, "Which season does October 2030 fall in?"),
    ],
    "season numbering fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "My market weeks run Thursday to Wednesday."),
        (A, "Got it."),
        (U, "What date does the market week containing 15 June 2030 start?"),
    ],
    "working week fixed earlier",
)


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
    set19 = _load(SET19)
    earlier |= _generator_queries(set19)
    # no register (family name) of this set is one of set 19's
    reused = sorted(registers & {i["family"] for i in set19.items})
    assert not reused, f"registers already used by set 19: {reused}"
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
