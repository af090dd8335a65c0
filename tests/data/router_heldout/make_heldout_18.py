"""Generate heldout-2026-12-21.jsonl: an eighteenth held-out router evaluation set (SEALED).

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
tests/data/router_heldout/make_heldout_15.py (in full), the latter ONLY for its record format,
its label/tolerance/family conventions, its exact conversion factors with their sources, its date
helpers, the rules of its docstring (what positives may and may not ask, what is left out as
contested), and how its main() asserts counts and checks for duplicates against earlier
generators. Of make_heldout_16.py and make_heldout_17.py only the module docstrings (within their
first 140 lines) were read, solely to learn which registers earlier sets used (theirs, and those
they name for sets 12 to 15) so that this set could pick different ones. Nothing under router/,
tools/, docs/, server/ or tests/ (other than those three files) was opened; the folder
tests/data/router_heldout/ was listed (file names only) to see which generators exist, and its
__pycache__/ was listed (names and times only) before and after a run, to confirm that the
duplicate check left no bytecode behind; `wc -l` was run on make_heldout_15.py. /work/sealed/
was listed (names only; it already held make_heldout_15.py, make_heldout_17.py and two JSONL
files from earlier sealed sets; none of them was opened). No JSONL file was opened, no git
history was looked at, no network was used, and neither the router nor the bench was ever run
on this set; ruff format/check were run on this file alone (layout only; the JSONL it writes was
unchanged). Disclosures: reading
make_heldout_15.py in full meant seeing all of its queries, negatives and conversations; none of
them was copied or adapted here, and every query in this file is newly written by the author.
The small helpers below (num, dec, pct, terminates, whole_up, weekday, stated, age, days,
inclusive, whole_weeks, nth_weekday, clock_span, weekdays_between) and the checks in main()
follow the logic of set 15's. `main()` asserts that every query is unique and that none equals
(case-insensitively, whitespace-normalised) a query or user turn of make_heldout.py,
make_heldout_2.py ... make_heldout_17.py, whose items are built in memory by importing those
generators from /work/main/tests/data/router_heldout/ with sys.dont_write_bytecode set (so no
__pycache__ is left behind); their queries are never printed, their JSONL files never read, and
on a clash only the ids of THIS set's items are reported. This file and its JSONL were written
and kept outside the repository, in /work/sealed/, and nothing was written into /work/main.
They were copied in unchanged (the JSONL regenerates byte for byte) after the set's one sealed
run, at e71d368 (figures in the commit that added them).

Registers (families) chosen for this set; none of them is among the registers named in the
docstrings of sets 16 and 17 (nor set 15's). One shares a drink with set 16's home brewing of
beer and wine: the wine merchant and cellar here buys, stores and serves wine, never makes it.
The history class and geography fieldwork are school subjects, unlike the earlier sets' maths,
physics and chemistry homework:
  all three tools: plain and direct one-liners (14 of each tool's 45 positives), beekeeping
    (honey sales, fondant blocks bought whole, hive weight, syrup temperature, queen and super
    dates), angling (a sea-fishing charter split, a carp in lb and oz, a mark in nautical miles,
    the river season), a tennis club (court hire, ball tubes bought whole, court length,
    championship dates), birdwatching (a wader count that includes the bird called "knot",
    wingspan, a swift's speed, swallow arrival and departure), model railways (a scale stated in
    the query, track and points, baseboard length, an exhibition on the Nth weekday), archery
    (an average per arrow, target distance in yards, a championship on the last Sunday), a
    letting agent and landlord (deposit with the week's rent rule stated, hot-water temperature,
    notice and tenancy spans counting both days as stated), a plumbing and heating engineer
    (a job quote, pipe lengths bought whole, boiler pressure, a service reminder), an
    electrician (materials, MJ to kWh, an inspection date), a wine merchant and cellar (a mixed-
    case discount, serving temperature, a bottle's age in days), a public library (overdue fines,
    a shelving run, a due date), a care home (a night-shift wage bill with its premium stated, a
    resident's weight in stone and pounds, an age, induction working days), a taxi and private-hire
    driver (a fare tariff stated, a night's takings, km and miles, a licence date), coin and stamp
    collecting (a catalogue rise, a coin's diameter, a stamp's issue weekday), a hair salon (a
    week's takings, hair length, a six-weekly booking), a surfing holiday (hire bundles, wave
    height, sea temperature, nights at a surf camp), a landscaping business (gravel bags bought
    whole, a fencing quote, hectares and acres, a turf mowing date), podcasting and video
    (sponsorship per thousand downloads, MiB and KiB, recording minutes, a weekly release
    schedule), driving lessons (lesson blocks, a speed limit in km/h, a test's weekday), official
    forms (council tax instalments, height and weight for a visa form, an age on a passport form,
    days to a filing deadline), a history class (population growth, a ship's length, days between
    two wartime dates, a weekday in 1918), geography fieldwork (a mean rainfall, a mountain's
    height, a river's speed, a field trip's length counting both days), a dance school (class
    passes, a floor's length, a competition date), a chess club (tournament entries, league
    rounds every 14 days) and PC gaming (parts with a student discount, a download's size, a
    pre-order date).
  Many positives are word problems of one to four sentences, some chatty, some terse, some with
  small typos or numbers written in words. No positive conversations.

Negatives (label "negative", 200): 100 ordinary ones in this set's registers (explanations,
advice, writing tasks, code, world facts, live information, small talk with numbers in it,
how-tos, translation, opinions, riddles and plans); 65 hard single-turn negatives (families
"near-...", each with a "note"): conversions needing a density or an exchange rate, calculations
with the numbers missing, dates hanging on a private event never given, dates that must be looked
up (a tennis final, Ramadan, an eclipse, Rosh Hashanah), world facts, estimates, requests for a
method or formula, checking someone's working, output as words / Roman numerals / another
script, human and veterinary dosing, rules knowledge (tennis tie-breaks, fish size limits,
tenancy deposits, chess), exact questions bundled with a part that needs the model, judgements
about a number, identifiers that look like arithmetic (an ISBN, a phone number, software
versions, a tennis score, "9/11", chess move numbers, "20/20" vision), and code or spreadsheet
formulas; and 35 conversations (families "conv-...", field "messages"; "query" repeats the last
user turn; each with a "note"): notation redefined earlier in a system, user or assistant turn
(an operator meaning "average", swapped signs, base 6, a coin "grade step", a tennis "session",
a model railway "scale foot", a beekeeper's "box", a baker's dozen), numbers fixed in earlier
turns (prices, rent, hive count, a tariff, dates, a pressure), follow-ups on an earlier answer,
personas and output formats (Early Modern English verse, German only, YAML, first step only,
numbers as words, a sports commentator), and conventions fixed earlier (a day.month.year diary,
a Tuesday-to-Saturday salon week, a club year starting in October, hire days counted from 1, a
bird-survey season, league rounds on the first Tuesday). No negative here is negative only
because of a contested unit reading or an unstated "today" (those are policy questions, not
routing ones); every negative needs the language model.

Left out entirely (their grading is contested), as in sets 15 and 17: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, short/long tons, barrels, mpg, calories,
horsepower, kB vs KiB (only the binary KiB/MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nominal sizes in positives, leap-day birthdays and leap-day
results, all-numeric dates whose day and month are both <= 12 (unless the format is stated;
asserted), time zones and daylight saving in positives, Easter and other movable feasts, and
anything depending on the current date (no "now" or "timezone" field is set; no positive needs
a "today"; asserted). Also left out: running paces, bow draw weights (pound-force or mass),
"within N days" deadlines (deadlines are worded "N days after/before"), "how many weeks" between
dates that are not a whole number of weeks apart (asserted), and "counting both ends" spans
unless the query says so. Extra asserts: no positive names a contested unit, none uses "N
months"/"N years" as a length, no date result is 29 February, and exact results have at most
three decimals.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results (only used
when the exact result has at most three decimals; asserted), 1e-3 for unit results a tool may
round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English name, everything else as
a number (the grader reads the LAST number of the answer). No positive asks for a result in a
unit written with a power, as a clock time, as a mixed unit or as a fraction "a/b"; no
calculator, date or exact unit result is a repeating decimal (asserted). A positive is a
question whose tool answer IS the whole answer; counts that must be whole (fondant blocks, ball
tubes, pipe lengths, gravel bags) are rounded up because the story says they come whole
(asserted: the unrounded value is never already whole).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (the same sources as set 15):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 nautical mile = 1852 m exactly (NIST SP 811, Table 8 and B.8)
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

Run:  /work/main/.venv/bin/python /work/sealed/make_heldout_18.py   (writes the JSONL next to
this file and prints counts per label and family; add --show to list every positive's expected
value)
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
OUT = HERE / "heldout-2026-12-21.jsonl"
PREFIX = "ho18-"
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 18))
EARLIER_DIR = Path("/work/main/tests/data/router_heldout")
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
WANT_PLAIN = 14
WANT_CONVERSATION_NEGATIVES = 35
WANT_NEAR_NEGATIVES = 65

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
calc("plain", "What is 4,817 + 9,356?", 4817 + 9356)
calc("plain", "Subtract 2,689 from 11,040.", 11040 - 2689)
calc("plain", "What's 48 multiplied by 275?", 48 * 275)
calc("plain", "9,936 divided by 24?", F(9936, 24))
calc("plain", "What is 35% of 1,460?", pct(35) * 1460)
calc("plain", "What is 2 to the 13th power?", 2**13)
assert math.isqrt(5329) ** 2 == 5329
calc("plain", "square root of 5329", math.isqrt(5329))
calc("plain", "Work out 0.64 × 2,375", dec("0.64") * 2375)
calc("plain", "What's 17.6 ÷ 0.32?", dec("17.6") / dec("0.32"))
calc("plain", "calculate (48 + 152) × 3.5", (48 + 152) * dec("3.5"))
calc("plain", "What is 7.5 percent of 3,280?", pct("7.5") * 3280)
calc("plain", "What is 6 cubed minus 4 cubed?", 6**3 - 4**3)
calc("plain", "What's one eighth of 9,000?", F(9000, 8))
calc("plain", "How much is 3,125 ÷ 0.25 − 1,500?", 3125 / dec("0.25") - 1500)

# beekeeping
calc(
    "beekeeping",
    "Honey's £7.50 a jar. I sold 64 jars at the village show and 29 online, and for the online "
    "ones I charged £3.20 postage each on top. What did I take altogether?",
    (64 + 29) * dec("7.50") + 29 * dec("3.20"),
)
calc(
    "beekeeping",
    "Each of my 7 hives needs 2 kg of fondant to get through winter. Fondant only comes in whole "
    "2.5 kg blocks — how many blocks should I order?",
    whole_up(F(7 * 2) / dec("2.5")),
)
# angling
calc(
    "angling",
    "The sea-fishing charter is £540 for the boat, split evenly between 8 of us, and on top "
    "everyone pays £15 for bait. What does each angler pay?",
    F(540, 8) + 15,
)
# tennis club
calc(
    "tennis-club",
    "Court hire is £9.60 an hour for members. We play 1.5 hours twice a week. How much is that "
    "over 6 weeks?",
    dec("9.60") * dec("1.5") * 2 * 6,
)
calc(
    "tennis-club",
    "Need 150 balls for the junior tournament and they only come in tubes of 4 — how many tubes "
    "do I buy?",
    whole_up(F(150, 4)),
)
# birdwatching (the bird called a knot, not a speed)
calc(
    "birdwatching",
    "On the estuary count we logged 412 dunlin, 238 redshank, 96 knot and 57 curlew. How many "
    "birds was that in total?",
    412 + 238 + 96 + 57,
)
# model railways
calc(
    "model-railway",
    "N gauge is 1:160 scale. If the real loco is 19.2 m long, how long is the model in "
    "millimetres?",
    dec("19.2") * 1000 / 160,
)
calc(
    "model-railway",
    "bought 14 lengths of flexi track at £6.85 each and 6 sets of points at £18.50 each, whats "
    "the total",
    14 * dec("6.85") + 6 * dec("18.50"),
)
# archery
calc(
    "archery",
    "My six arrows in the last end scored 9, 10, 8, 8, 7 and 9. What was my average per arrow?",
    F(9 + 10 + 8 + 8 + 7 + 9, 6),
)
# letting agent and landlord
calc(
    "lettings",
    "Rent on the flat is £1,300 a month. The deposit is five weeks' rent, and a week's rent is "
    "the monthly rent times 12 divided by 52. How much is the deposit?",
    F(1300 * 12, 52) * 5,
)
# plumbing and heating
calc(
    "plumbing",
    "Job sheet: 3.5 hours' labour at £55 an hour, parts came to £86.40, plus the £40 call-out "
    "charge. What's the total?",
    dec("3.5") * 55 + dec("86.40") + 40,
)
calc(
    "plumbing",
    "The new radiator run needs 23 metres of 15 mm copper, which the merchant only sells in "
    "whole 3 m lengths. How many lengths do I need?",
    whole_up(F(23, 3)),
)
# electrician
calc(
    "electrician",
    "Materials for the rewire: 4 drums of twin and earth at £64.90 each and 38 sockets at £4.25. "
    "What do the materials cost?",
    4 * dec("64.90") + 38 * dec("4.25"),
)
# wine merchant
calc(
    "wine",
    "The merchant takes 15% off a mixed case. I'm having 6 bottles at £11 and 6 at £16.50. What "
    "do I pay?",
    (6 * 11 + 6 * dec("16.50")) * (1 - pct(15)),
)
# public library
calc(
    "library",
    "Overdue fines are 25p per book per day. Three books came back 14 days late and one came "
    "back 9 days late. What's the total fine in pounds?",
    (3 * 14 + 9) * dec("0.25"),
)
# care home
calc(
    "care-home",
    "Night shift at the care home: 4 carers for 10.5 hours each at £13.80 an hour, with a 20% "
    "night premium added on top of that rate. What's the wage bill for the night?",
    4 * dec("10.5") * dec("13.80") * (1 + pct(20)),
)
# taxi and private hire
calc(
    "taxi",
    "Tariff is £3.20 when the meter starts plus £2.10 per mile. The job was 13.5 miles. What's "
    "the fare?",
    dec("3.20") + dec("2.10") * dec("13.5"),
)
calc(
    "taxi",
    "did forty-six jobs on the saturday shift and took £1,187, fuel was £74 and the circuit "
    "takes 10% of takings. what have i got left",
    1187 - 74 - pct(10) * 1187,
)
# coin and stamp collecting
calc(
    "coin-collecting",
    "I paid £180 for a 1937 crown and the new catalogue says it's gone up 35% on that. What's "
    "it worth now?",
    180 * (1 + pct(35)),
)
# hair salon
calc(
    "hair-salon",
    "Salon takings this week — Tue £412.50, Wed £386, Thu £529.75, Fri £644, Sat £811.25. Total?",
    dec("412.50") + 386 + dec("529.75") + 644 + dec("811.25"),
)
# surfing holiday
calc(
    "surfing",
    "Board hire is €25 a day and wetsuit hire €10 a day, or there's a 5-day bundle of both for "
    "€150. How much does the bundle save over paying day by day?",
    (25 + 10) * 5 - 150,
)
# landscaping business
calc(
    "landscaping",
    "The new drive needs 6 tonnes of gravel and it's delivered in bulk bags of 850 kg, whole "
    "bags only. How many bags?",
    whole_up(F(6000, 850)),
)
calc(
    "landscaping",
    "Quote for the fence: 14 panels at £42, 15 posts at £18.60 and two days' labour at £220 a "
    "day. What's the total quote?",
    14 * 42 + 15 * dec("18.60") + 2 * 220,
)
# podcasting and video
calc(
    "podcasting",
    "Our sponsor pays $18 per thousand downloads and the last episode got 46,500 downloads. How "
    "much do we earn from it?",
    18 * F(46500, 1000),
)
# driving lessons
calc(
    "driving-lessons",
    "Single lessons are £38, or a block of 10 costs £340. A pupil buys two blocks and three "
    "singles. How much is that?",
    2 * 340 + 3 * 38,
)
# official forms
calc(
    "official-forms",
    "Council tax is £2,184 for the year, I get the 25% single person discount, and I pay it in "
    "10 equal instalments. How much is each instalment?",
    2184 * (1 - pct(25)) / 10,
)
# history class
calc(
    "history-class",
    "For my history project: the town had 12,400 people in 1801 and 48,980 in 1901. By what "
    "percentage did the population grow?",
    F(48980 - 12400, 12400) * 100,
)
# geography fieldwork
calc(
    "geography-fieldwork",
    "Geography coursework wants the mean of six monthly rainfall totals: 78, 64, 59, 42, 51 and "
    "48 mm. What is it?",
    F(78 + 64 + 59 + 42 + 51 + 48, 6),
)
# dance school
calc(
    "dance-school",
    "A ten-class pass at the dance school is £95 and a single class is £11.50. How much does "
    "the pass save over buying ten singles?",
    10 * dec("11.50") - 95,
)
# chess club
calc(
    "chess-club",
    "Rapidplay entries: 22 juniors at £4 and 17 adults at £7. The hall cost £85. How much is "
    "left over for prizes?",
    22 * 4 + 17 * 7 - 85,
)
# PC gaming
calc(
    "gaming",
    "Building a gaming PC: GPU £549, CPU £289, motherboard £164.50, RAM £92.50, and I get 10% "
    "student discount off the lot. What's the total?",
    (549 + 289 + dec("164.50") + dec("92.50")) * (1 - pct(10)),
)

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
NMI = F(1852)  # m
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
unit("plain", "Convert 31 miles to kilometres", 31 * MI / 1000)
unit("plain", "How many kilograms is 150 pounds?", 150 * LB)
unit("plain", "What is 180 °C in Fahrenheit?", c_to_f(180), EXACT)
unit("plain", "Convert −13 °F to Celsius", f_to_c(-13), EXACT)
unit("plain", "How many centimetres are in 7.5 inches?", dec("7.5") * IN * 100, EXACT)
unit("plain", "250 metres in feet?", 250 / FT)
unit("plain", "Convert 9 stone to kilograms", 9 * STONE)
unit("plain", "How many ounces are there in a kilogram?", 1 / OZ)
unit("plain", "Convert 60 mph into metres per second", 60 * MPH)
unit("plain", "How many millilitres is 2.35 litres?", dec("2.35") * 1000, EXACT)
unit("plain", "What is 300 K in degrees Celsius?", k_to_c(300), EXACT)
unit("plain", "how many MiB in 2.5 GiB", dec("2.5") * GIB / MIB, EXACT)
unit("plain", "Convert 45 kWh to megajoules", 45 * KWH / MJ, EXACT)
unit("plain", "What's 50 acres in hectares?", 50 * ACRE / HECTARE)

# beekeeping
unit("beekeeping", "The hive scale says 88 lb. What is that in kg?", 88 * LB)
unit(
    "beekeeping",
    "The book says never heat the syrup above 50 °C. What's that in Fahrenheit for my American "
    "thermometer?",
    c_to_f(50),
    EXACT,
)
# angling
unit(
    "angling",
    "Landed a common carp of 31 lb 8 oz last night. How many kilos is that?",
    31 * LB + 8 * OZ,
)
unit(
    "angling",
    "The skipper says the wreck mark is 9 nautical miles offshore. How far is that in km?",
    9 * NMI / 1000,
    EXACT,
)
# tennis club
unit("tennis-club", "A tennis court is 78 feet long. How many metres is that?", 78 * FT)
# birdwatching
unit(
    "birdwatching",
    "The field guide gives an osprey's wingspan as 63 inches. What's that in centimetres?",
    63 * IN * 100,
    EXACT,
)
unit(
    "birdwatching",
    "A common swift was clocked at 69 mph in level flight. What's that in km/h?",
    69 * MPH / KMH,
)
# model railways
unit(
    "model-railway",
    "My baseboard is 8 feet long. How many millimetres is that?",
    8 * FT * 1000,
    EXACT,
)
# archery
unit(
    "archery",
    "Our club's longest target is set at 70 metres. How many yards is that?",
    70 / YD,
)
# letting agent and landlord
unit(
    "lettings",
    "The flat's hot water cylinder is set to 60 °C. My American tenant asked what that is in "
    "Fahrenheit.",
    c_to_f(60),
    EXACT,
)
# plumbing and heating
unit(
    "plumbing",
    "The boiler gauge reads 1.5 bar. What's that in psi?",
    dec("1.5") * BAR / PSI,
)
# electrician
unit(
    "electrician",
    "The meter says the heater used 7.2 MJ overnight. How many kWh is that?",
    dec("7.2") * MJ / KWH,
    EXACT,
)
# wine merchant
unit("wine", "whats 64 farenheit in celsius? serving temp for a pinot", f_to_c(64))
# public library
unit(
    "library",
    "The new shelving run along the back wall is 45 feet. How many metres is that?",
    45 * FT,
    EXACT,
)
# care home
unit(
    "care-home",
    "A new resident's old notes give her weight as 10 st 4 lb. What's that in kilograms?",
    10 * STONE + 4 * LB,
)
# taxi and private hire
unit(
    "taxi",
    "The airport run is 38 km from the rank. How many miles is that?",
    38 * 1000 / MI,
)
# coin and stamp collecting
unit(
    "coin-collecting",
    "The catalogue lists the coin's diameter as 1.25 inches. In millimetres?",
    dec("1.25") * IN * 1000,
    EXACT,
)
# hair salon
unit(
    "hair-salon",
    "Client wants to donate her hair and it's 14 inches long. How many cm is that?",
    14 * IN * 100,
    EXACT,
)
# surfing holiday
unit("surfing", "Forecast says 8 ft waves at the point. How many metres is that?", 8 * FT)
unit(
    "surfing",
    "The sea's 17 °C this week. What is that in Fahrenheit?",
    c_to_f(17),
    EXACT,
)
# landscaping business
unit(
    "landscaping",
    "The client's garden is 0.3 hectares. How many acres is that?",
    dec("0.3") * HECTARE / ACRE,
)
# podcasting and video
unit(
    "podcasting",
    "The episode file is 96 MiB. How many KiB is that?",
    96 * MIB / KIB,
    EXACT,
)
unit(
    "podcasting",
    "The raw recording ran 2.75 hours. How many minutes do I have to edit?",
    dec("2.75") * 60,
    EXACT,
)
# driving lessons
unit(
    "driving-lessons",
    "My pupil from Spain asked what a 30 mph limit is in km/h. What should I tell her?",
    30 * MPH / KMH,
)
# official forms
unit(
    "official-forms",
    "The visa form wants my height in centimetres and I'm 6 ft 1 in. What do I write?",
    (6 * FT + 1 * IN) * 100,
    EXACT,
)
unit(
    "official-forms",
    "Form asks for weight in kg, I'm 12 stone 9 lb. What's that in kg?",
    12 * STONE + 9 * LB,
)
# history class
unit(
    "history-class",
    "History class: the Titanic was 882 ft 9 in long. How long is that in metres?",
    882 * FT + 9 * IN,
)
# geography fieldwork
unit(
    "geography-fieldwork",
    "Our fieldwork notes give Ben Nevis as 4,413 feet high. How many metres is that?",
    4413 * FT,
)
unit(
    "geography-fieldwork",
    "We measured the river flowing at 1.8 m/s. What's that in km/h?",
    dec("1.8") / KMH,
    EXACT,
)
# dance school
unit(
    "dance-school",
    "The sprung floor in the new studio is 40 feet long. How many metres is that?",
    40 * FT,
    EXACT,
)
# PC gaming
unit(
    "gaming",
    "The game download is 85.5 GiB. How many MiB is that?",
    dec("85.5") * GIB / MIB,
    EXACT,
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
date_item("plain", "Tell me the weekday of 9 March 2029.", weekday(D(2029, 3, 9)))
date_item(
    "plain",
    "How many days are there between 14 April 2027 and 2 November 2027?",
    days(D(2027, 4, 14), D(2027, 11, 2)),
)
date_item("plain", "What date is 75 days after 18 June 2028?", D(2028, 6, 18) + TD(75))
date_item("plain", "Which date was 200 days before 1 January 2030?", D(2030, 1, 1) - TD(200))
date_item("plain", "Which weekday was 21 July 1969?", weekday(D(1969, 7, 21)))
date_item(
    "plain",
    "How many weeks are there from 6 March 2028 to 29 May 2028?",
    whole_weeks(D(2028, 3, 6), D(2028, 5, 29)),
)
date_item(
    "plain",
    "How old will someone born on 23 November 1994 be on 10 June 2031?",
    age(D(1994, 11, 23), D(2031, 6, 10)),
)
date_item("plain", "What's the date 10 weeks after 27 August 2027?", D(2027, 8, 27) + TD(weeks=10))
date_item("plain", "How many days will February 2100 have?", calendar.monthrange(2100, 2)[1])
date_item("plain", "Date of the third Thursday in October 2029?", nth_weekday(2029, 10, THU, 3))
date_item("plain", "how many minutes from 07:15 to 16:50", clock_span("07:15", "16:50", 60))
date_item("plain", "What date falls 500 days after 15 March 2027?", D(2027, 3, 15) + TD(500))
date_item(
    "plain",
    "How many days does the year 2036 have?",
    days(D(2036, 1, 1), D(2037, 1, 1)),
)
date_item(
    "plain",
    "What number day of the year is 1 August 2028?",
    D(2028, 8, 1).timetuple().tm_yday,
)

# beekeeping
date_item(
    "beekeeping",
    "Spotted a capped queen cell on 11 May 2028 and the new queen should emerge 8 days after "
    "that. Which date is that?",
    D(2028, 5, 11) + TD(8),
)
date_item(
    "beekeeping",
    "I put the supers on on 3 June 2028 and took the honey off on 19 August 2028. How many days "
    "were the supers on the hives?",
    days(D(2028, 6, 3), D(2028, 8, 19)),
)
# angling
date_item(
    "angling",
    "The river season reopens on 16 June 2028. What day of the week is that?",
    weekday(D(2028, 6, 16)),
)
# tennis club
CHAMPS = stated(D(2028, 7, 8), "Saturday")
date_item(
    "tennis-club",
    "Club championships start on Saturday 8 July 2028 and finals day is 15 days later. What "
    "date are the finals?",
    CHAMPS + TD(15),
)
# birdwatching
date_item(
    "birdwatching",
    "First swallow arrived on 9 April 2027 and the last one left on 26 September 2027. How "
    "many days is that?",
    days(D(2027, 4, 9), D(2027, 9, 26)),
)
# model railways
date_item(
    "model-railway",
    "Our club's exhibition is always on the second Saturday of November. What's the date in 2028?",
    nth_weekday(2028, 11, SAT, 2),
)
# archery
date_item(
    "archery",
    "The county championships are held on the last Sunday in June. What date is that in 2028?",
    nth_weekday(2028, 6, SUN, -1),
)
# letting agent and landlord
date_item(
    "lettings",
    "The tenant's notice was served on 17 January 2028 and the notice period ends 56 days after "
    "that. What date does it end?",
    D(2028, 1, 17) + TD(56),
)
date_item(
    "lettings",
    "The tenancy ran from 1 September 2026 to 31 August 2028. How many days is that, counting "
    "both the first and the last day?",
    inclusive(D(2026, 9, 1), D(2028, 8, 31)),
)
# plumbing and heating
date_item(
    "plumbing",
    "Boiler serviced on 22 October 2027. My system sends the reminder 330 days after the "
    "service — what date will it go out?",
    D(2027, 10, 22) + TD(330),
)
# electrician
date_item(
    "electrician",
    "Did the inspection on 5 December 2027 and I'm pencilling in the next one 1,826 days after "
    "it. What date is that?",
    D(2027, 12, 5) + TD(1826),
)
# wine merchant
date_item(
    "wine",
    "I laid the bottle down on 14 February 2019 and we opened it on 14 February 2029. How many "
    "days did it spend in the rack?",
    days(D(2019, 2, 14), D(2029, 2, 14)),
)
# public library
date_item(
    "library",
    "Books taken out on 28 November 2027 are due back 21 days after that. What's the due date?",
    D(2027, 11, 28) + TD(21),
)
# care home
date_item(
    "care-home",
    "Mrs Okafor was born on 2 March 1932. How old will she be on 1 March 2029?",
    age(D(1932, 3, 2), D(2029, 3, 1)),
)
INDUCTION = stated(D(2028, 12, 4), "Monday")
date_item(
    "care-home",
    "The new carers' induction runs Monday to Friday only, from Monday 4 December 2028 to "
    "Friday 15 December 2028 inclusive. How many induction days is that?",
    weekdays_between(INDUCTION, stated(D(2028, 12, 15), "Friday")),
)
# taxi and private hire
date_item(
    "taxi",
    "my private hire licence was issued on 19 april 2026 and it runs out 1,095 days after "
    "that. what date does it run out",
    D(2026, 4, 19) + TD(1095),
)
# coin and stamp collecting
date_item(
    "coin-collecting",
    "I've got a first day cover postmarked 2 June 1953. Wich day of the week was that?",
    weekday(D(1953, 6, 2)),
)
# hair salon
date_item(
    "hair-salon",
    "She comes in every 6 weeks and her last cut was on 30 November 2027. When is the next one "
    "due?",
    D(2027, 11, 30) + TD(weeks=6),
)
# surfing holiday
date_item(
    "surfing",
    "Surf camp: we arrive 24 August 2028 and leave 7 September 2028. How many nights is that?",
    days(D(2028, 8, 24), D(2028, 9, 7)),
)
# landscaping business
date_item(
    "landscaping",
    "We laid the turf on 12 April 2028 and told the client not to mow it until twenty-one days "
    "after laying. What's the first date they can mow?",
    D(2028, 4, 12) + TD(21),
)
# podcasting and video
EP1 = stated(D(2028, 1, 4), "Tuesday")
date_item(
    "podcasting",
    "Episode 1 went out on Tuesday 4 January 2028 and we release one episode every week after "
    "that. What date does episode 20 go out?",
    EP1 + TD(weeks=19),
)
# driving lessons
date_item(
    "driving-lessons",
    "My pupil's test is booked for 26 January 2028. What day of the week is that?",
    weekday(D(2028, 1, 26)),
)
# official forms
date_item(
    "official-forms",
    "Passport form question: I was born on 30 October 1986. What age will I be on 15 July 2028?",
    age(D(1986, 10, 30), D(2028, 7, 15)),
)
date_item(
    "official-forms",
    "How many days are there from 6 April 2028 to the filing deadline of 31 January 2029?",
    days(D(2028, 4, 6), D(2029, 1, 31)),
)
# history class
date_item(
    "history-class",
    "History class question: how many days were there from D-Day, 6 June 1944, to VE Day, "
    "8 May 1945?",
    days(D(1944, 6, 6), D(1945, 5, 8)),
)
date_item(
    "history-class",
    "What day of the week was the Armistice signed, 11 November 1918?",
    weekday(D(1918, 11, 11)),
)
# geography fieldwork
date_item(
    "geography-fieldwork",
    "The residential field trip runs from 3 July 2028 to 7 July 2028. How many days is that, "
    "counting both the first and last day?",
    inclusive(D(2028, 7, 3), D(2028, 7, 7)),
)
# dance school
date_item(
    "dance-school",
    "Our students' ballroom competition is on 17 March 2029. Which day of the week is that?",
    weekday(D(2029, 3, 17)),
)
TERM_START = stated(D(2028, 4, 17), "Monday")
date_item(
    "dance-school",
    "Summer term's first class is Monday 17 April 2028 and the end-of-term show is 11 weeks "
    "after that. What date is the show?",
    TERM_START + TD(weeks=11),
)
# chess club
ROUND1 = stated(D(2028, 9, 7), "Thursday")
date_item(
    "chess-club",
    "League rounds are every 14 days, starting Thursday 7 September 2028. What's the date of "
    "round 9?",
    ROUND1 + TD(14 * 8),
)
# PC gaming
date_item(
    "gaming",
    "The game launches on 28 October 2027 and pre-orders open 45 days before launch. When do "
    "pre-orders open?",
    D(2027, 10, 28) - TD(45),
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why do honey bee colonies swarm in late spring?", None),
        ("How does a combi boiler heat water on demand without a storage tank?", None),
        ("Why does an RCD trip when there's an earth fault somewhere in the circuit?", None),
        ("What makes topspin bring a tennis ball down so sharply?", None),
        ("Why do some red wines need decanting while others don't?", None),
        ("How do Arctic terns find their way on such long migrations?", None),
        ("Why have most model railway clubs switched from analogue control to DCC?", None),
        ("What makes waves break at different spots along the same beach?", None),
        ("Explain how tenancy deposit protection works in England.", None),
        ("Why does bleached hair snap more easily than virgin hair?", None),
        ("How does a podcast's RSS feed tell apps that a new episode is out?", None),
        ("In broad terms, how does the Elo rating system in chess work?", None),
    ],
    "advice": [
        ("A tenant has stopped paying rent. What should I do first?", None),
        ("How can I calm my nerves before my driving test?", None),
        (
            (
                "A client keeps cancelling her colour appointments at the last minute. How do I "
                "raise it politely?"
            ),
            None,
        ),
        ("What should I take on my first sea-fishing trip?", None),
        ("How do I get my teenage son interested in history?", None),
        ("I'm taking over a care home night team. Any tips for keeping morale up?", None),
        ("What beginner mistakes should I avoid in my first year of keeping bees?", None),
        ("A customer is disputing my plumbing invoice. How should I handle it?", None),
        ("How do I get over my fear of falling when I'm on the rope at the wall?", None),
        (
            (
                "I've only ever played chess online. How should I prepare for my first "
                "over-the-board tournament?"
            ),
            None,
        ),
    ],
    "writing": [
        ("Write a short notice for the library noticeboard about our new opening hours.", None),
        ("Draft a friendly text reminding a pupil about Thursday's driving lesson.", None),
        ("Write a haiku about a heron standing in the shallows.", None),
        ("Write a label blurb for our wildflower honey.", None),
        ("Write an Instagram caption for a balayage transformation.", None),
        ("Write a short poem for the retirement of our longest-serving care home nurse.", None),
        ("Write the opening script for the first episode of a local history podcast.", None),
        ("Draft a letter telling tenants about next week's gas safety inspections.", None),
        (
            (
                "Write a limerick about an angler whose biggest catch of the season was a "
                "shopping trolley."
            ),
            None,
        ),
        ("Write an opening line for the report on our tennis club's mixed doubles final.", None),
    ],
    "code": [
        ("Write a Python script that renames every MP3 in a folder to lowercase.", None),
        ("How do I centre a div horizontally and vertically with flexbox?", None),
        ("What does git stash do, and when would I use it?", None),
        ("Write a SQL query listing library members with more than three overdue books.", None),
        ("Explain the difference between a list and a tuple in Python.", None),
        ("How do I set up a cron job that runs every weekday at 7am?", None),
        ("Give me a bash one-liner that finds the ten biggest files in my home directory.", None),
        ("Why does my JavaScript fetch call fail with a CORS error?", None),
        ("Write a Rust function that checks whether a string is a palindrome.", None),
        ("How do I read and parse a JSON file in Go?", None),
    ],
    "facts": [
        ("Who wrote The Compleat Angler?", None),
        ("What is the national bird of New Zealand?", None),
        ("When did the Penny Black first go on sale?", None),
        ("Who won the first Wimbledon ladies' singles title?", None),
        ("Which grape is Barolo made from?", None),
        ("What is the capital of Peru?", None),
        ("Who designed the Flying Scotsman?", None),
        ("Which is the longest river in Africa?", None),
        ("Who was the first woman to reach the summit of Everest?", None),
        ("Which European country has the most Michelin-starred restaurants?", None),
    ],
    "live": [
        ("What's the surf forecast for Fistral this weekend?", None),
        ("Has rain stopped play at Wimbledon?", None),
        ("What are fixed-rate buy-to-let mortgages going for at the moment?", None),
        ("Is the A30 closed near Bodmin right now?", None),
        ("Who's leading the Premier League table after this weekend's games?", None),
        ("What's the gold price doing this morning?", None),
        ("Are there any gale warnings for sea area Dogger tonight?", None),
        ("Which podcasts are trending on Spotify this week?", None),
    ],
    "smalltalk": [
        ("Caught a 22 lb pike this morning, still shaking!", None),
        ("Passed my driving test on the 3rd go!!", None),
        ("The bees gave me 40 jars this year, best harvest ever", None),
        ("Only 2 more essays and my history coursework is done", None),
        ("Episode 12 of the podcast is finally live, phew", None),
        ("Saw 7 kingfishers on one walk, unbelievable", None),
        ("14 haircuts today and my feet are killing me", None),
        ("Beat a 1900-rated player at the club last night!", None),
        ("Hello! Hope your day's going well", None),
        ("Got through all 5 dance exams this term, so proud of the kids", None),
    ],
    "howto": [
        ("How do I do a Demaree for swarm control?", None),
        ("How do I tie a palomar knot?", None),
        ("How do I put a new grip on a tennis racket?", None),
        ("How do I bleed a radiator?", None),
        ("How do I replace a light switch safely?", None),
        ("How do I store wine properly without a cellar?", None),
        ("How do I weather a model wagon so it looks realistic?", None),
        ("How do I get better sound out of a cheap USB microphone?", None),
        ("How do I do a turn in the road in three moves?", None),
        ("How do I teach a beginners' waltz class the box step?", None),
    ],
    "translate": [
        ("Translate 'where is the nearest tackle shop?' into Italian.", None),
        ("How do you say 'the rent is due on Friday' in Polish?", None),
        ("What's the Dutch word for beekeeper?", None),
        (
            "Translate 'please take a seat, your stylist will be with you shortly' into Spanish.",
            None,
        ),
        ("How do you say 'your move' in Russian at a chess board?", None),
        ("Translate 'the library is closed on Sundays' into Welsh.", None),
        ("What does 'terroir' mean?", None),
        ("How do you say 'the waves are great today' in Portuguese?", None),
    ],
    "opinion": [
        ("Vinyl or polished concrete floor for a hair salon — which is better?", None),
        ("Which is the best Agatha Christie novel?", None),
        ("Are electric cars a good idea for taxi drivers?", None),
        ("National or Langstroth hive for a beginner?", None),
        ("Fly fishing or coarse fishing — which is more fun?", None),
        ("Should I launch my podcast on YouTube or just on audio apps?", None),
    ],
    "riddle": [
        ("I have a net but catch no fish, and strings but play no tune. What am I?", None),
        ("What has keys but can't open a single lock?", None),
        (
            "An angler caught it but couldn't throw it back, and it wasn't a fish. What was it?",
            None,
        ),
        ("Forward I am heavy, backward I am not. What am I?", None),
    ],
    "plan": [
        ("Plan a weekend birdwatching trip to north Norfolk for a beginner.", None),
        ("Draw up a four-week revision plan for my son's GCSE history exam.", None),
    ],
    # ---------------------------------------------------------------- hard, near-positive
    "near-density": [
        ("How many litres of honey go into a 30 lb bucket?", "needs the density of honey"),
        ("How heavy is 500 litres of heating oil in kg?", "needs the density of heating oil"),
        ("What does 750 ml of red wine weigh in grams?", "needs the density of wine"),
    ],
    "near-exchange": [
        ("The surf lessons are €85. What's that in pounds?", "needs a live exchange rate"),
        ("How much is ¥12,000 in US dollars?", "needs a live exchange rate"),
        ("My rent is £1,300 a month — what's that in euros?", "needs a live exchange rate"),
    ],
    "near-missing": [
        (
            "How much will fishing licences cost for the whole family?",
            "no prices, ages or head count given",
        ),
        ("What's the deposit if it's five weeks' rent?", "the rent is never given"),
        ("How many tubes of balls do I need for club night?", "no numbers given"),
        ("What's the fare from the station to the airport?", "no tariff or distance given"),
        ("How much will I make if I sell the rest of the honey?", "no stock or price given"),
    ],
    "near-private-date": [
        ("What weekday will my driving test fall on?", "the test date is never given"),
        ("How many days was my tenant behind with the rent?", "no dates given"),
        ("How old was my nan when she moved into the care home?", "no dates given"),
        (
            "If I get my hair cut every 6 weeks, what date is my next appointment?",
            "the last appointment date is never given",
        ),
    ],
    "near-lookup-date": [
        ("What date is the Wimbledon men's final in 2029?", "fixture date must be looked up"),
        ("When does Ramadan begin in 2029?", "lunar calendar and moon sighting"),
        (
            "On what date will the next total solar eclipse be visible from Mallorca?",
            "astronomical look-up",
        ),
        ("What day of the week is Rosh Hashanah in 2028?", "Hebrew calendar look-up"),
    ],
    "near-fact": [
        ("How many feet tall is the Eiffel Tower including its antennas?", "height must be known"),
        ("How long is the Channel Tunnel in miles?", "length must be known"),
        (
            "What's the wingspan of a wandering albatross in metres?",
            "the wingspan must be known",
        ),
        (
            "How far is it from Land's End to John o' Groats in kilometres?",
            "distance must be known and depends on the route",
        ),
    ],
    "near-estimate": [
        ("Roughly how many bees live in a hive in midsummer?", "estimate"),
        ("About how many words are spoken in a 40-minute podcast?", "estimate"),
        ("How many haircuts can one stylist realistically do in a day?", "estimate"),
    ],
    "near-method": [
        (
            "How do I work VAT backwards out of a price that already includes it?",
            "asks for the method",
        ),
        (
            "What's the formula for the area of a circle, and how do I use it for a round patio?",
            "asks for a formula and its use",
        ),
        ("Explain how to convert knots to mph in my head.", "asks for a mental method"),
        (
            "How can I work out the day of the week for any date by hand?",
            "asks for a method",
        ),
    ],
    "near-check": [
        (
            (
                "I reckon 35% off £78 is £50.70. Have I got that right, and how do you check it "
                "quickly?"
            ),
            "checking working and teaching a check",
        ),
        (
            "My daughter wrote that 4 ft is exactly 1.2 m. Is she right, and why?",
            "checking and explaining",
        ),
        (
            (
                "I counted 60 days on from 10 March 2028 and got 8 May 2028. Is my method "
                "right? Walk me through it."
            ),
            "checking and teaching a counting method",
        ),
        (
            "The agent says a 12% fee on £950 rent is £104. Is that right?",
            "correcting someone else's figure",
        ),
    ],
    "near-words": [
        ("Spell out 4,375 in words for the cheque to the plumber.", "output in words"),
        ("Write 2029 in Roman numerals for the end credits.", "output as Roman numerals"),
        ("Write the number 88 in German words.", "output in German words"),
        ("How do you write 1,250 in Japanese kanji?", "output in another script"),
    ],
    "near-dosing": [
        (
            "A bee stung my 4-year-old, she's 16 kg. How much antihistamine syrup can she have?",
            "medical dosing",
        ),
        (
            "My 5 kg cat got into a fight. How much Metacam should I give her?",
            "veterinary dosing",
        ),
        (
            "One of our residents weighs 42 kg. What's the most paracetamol she can have in a day?",
            "medical dosing",
        ),
    ],
    "near-rules": [
        ("How many points do you need to win a tie-break in tennis?", "sports rules knowledge"),
        (
            "What's the minimum size of sea bass I'm allowed to keep in UK waters?",
            "fishing regulations must be known",
        ),
        (
            "What's the most deposit a landlord can legally take in England?",
            "tenancy law must be known",
        ),
        ("What does the fifty-move rule in chess say?", "chess rules knowledge"),
    ],
    "near-mixed": [
        (
            (
                "Convert 18 °C to Fahrenheit and tell me if that's warm enough to open the "
                "hive for an inspection."
            ),
            "needs beekeeping judgement too",
        ),
        (
            (
                "What's 15% of £640, and write a polite text to the tenant asking for it as a "
                "late fee."
            ),
            "needs a drafted message too",
        ),
        (
            (
                "What day of the week is 10 June 2028, and what should I bring on a coastal "
                "birdwatching walk?"
            ),
            "needs packing advice too",
        ),
        (
            (
                "How many days are there from 1 April 2028 to 30 June 2028, and what's a good "
                "training plan for a tennis tournament in that time?"
            ),
            "needs a training plan too",
        ),
        (
            (
                "Add up 38 + 46 + 52 for this week's salon bookings and suggest how I can get "
                "more clients in on Mondays."
            ),
            "needs marketing advice too",
        ),
    ],
    "near-judgement": [
        ("My landlord wants a 9% rent rise. Is that reasonable?", "judgement"),
        (
            "My colony weighs 35 kg going into winter. Has it got enough stores?",
            "beekeeping judgement",
        ),
        (
            "I got 44 out of 50 on my theory test mock. Is that good enough to pass?",
            "needs the pass mark and a judgement",
        ),
        ("Is a 1400 Elo rating decent for an adult beginner?", "judgement"),
    ],
    "near-identifier": [
        (
            "Is ISBN 978-0-306-40615-7 a valid number?",
            "an identifier with a check-digit rule, not a subtraction",
        ),
        (
            "Is 0800 123 4567 a freephone number in the UK?",
            "a phone number, not arithmetic",
        ),
        ("What's new in Python 3.13 compared with 3.12?", "version numbers, not a subtraction"),
        (
            "The final finished 6-4 3-6 7-6. How many sets went to the winner?",
            "a tennis score, not arithmetic",
        ),
        ("Why is 9/11 remembered every year?", "an event's name, not a division"),
        (
            "Which opening is 1. e4 e5 2. Nf3 Nc6 3. Bb5?",
            "chess notation, not numbers to compute",
        ),
        ("What does 20/20 vision actually mean?", "an eyesight measure, not a division"),
    ],
    "near-code": [
        (
            "Write an Excel formula for the number of days between the dates in A2 and B2.",
            "spreadsheet formula",
        ),
        ("Write a Python function that turns Fahrenheit into Celsius.", "code"),
        ("Give me SQL that adds 14 days to a loan_date column.", "code"),
        (
            "How do I format a number as pounds with two decimals in JavaScript?",
            "code",
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
        (S, "In this conversation, a # b means the average of a and b."),
        (U, "What's 14 # 30?"),
    ],
    "# defined as the mean by the system prompt",
)
conv(
    "conv-redefine",
    [
        (U, "On this quiz sheet the signs are swapped: × means subtract and − means multiply."),
        (A, "Got it, × is minus and − is times."),
        (U, "So what's 9 × 4 − 2?"),
    ],
    "operators swapped earlier",
)
conv(
    "conv-redefine",
    [
        (U, "For this puzzle every number is written in base 6."),
        (A, "OK, base 6 it is."),
        (U, "What's 24 + 35?"),
    ],
    "numbers are base 6",
)
conv(
    "conv-redefine",
    [
        (U, "In my coin notes, one 'grade step' up multiplies the value by 1.5."),
        (A, "Understood."),
        (U, "A coin's worth £40 in Fine. What's it worth two grade steps up?"),
    ],
    "grade step defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "At our tennis club a 'session' is always 90 minutes of court time."),
        (A, "Noted, a session is 90 minutes."),
        (U, "How many hours is 5 sessions?"),
    ],
    "session length defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "I model in OO, 1:76. Can we talk in scale feet?"),
        (
            A,
            (
                "Sure: on your layout one scale foot is a real foot divided by 76, about 4.01 mm, "
                "and I'll use that whenever you say 'scale feet'."
            ),
        ),
        (U, "How long in mm is a 50 scale feet platform?"),
    ],
    "scale foot defined by the assistant earlier",
)
conv(
    "conv-redefine",
    [
        (S, "You help a beekeeper. In her notes 'a box' always means a brood box of 11 frames."),
        (U, "How many frames are in 7 boxes?"),
    ],
    "box defined in the system prompt",
)
conv(
    "conv-redefine",
    [
        (U, "In this chat a dozen means a baker's dozen, so 13."),
        (A, "Right, 13 to the dozen."),
        (U, "How many jars are in 6 dozen?"),
    ],
    "dozen redefined as 13",
)
# numbers fixed in earlier turns
conv(
    "conv-numbers",
    [
        (U, "We charge £65 for a half head of foils."),
        (A, "Got it."),
        (U, "What do three of those come to with 10% loyalty discount?"),
    ],
    "price given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The flat on Mill Lane rents for £1,425 a month."),
        (A, "Noted."),
        (U, "What's five weeks' rent if a week is the monthly rent × 12 ÷ 52?"),
    ],
    "rent given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "I've got 9 hives at the moment."),
        (A, "That's a good-sized apiary!"),
        (U, "If each gives 18 kg this summer, what's the total harvest?"),
    ],
    "hive count given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Our tariff: £3.50 when the meter starts and £2.40 a mile after that."),
        (A, "OK."),
        (U, "What's a 7.5 mile job?"),
    ],
    "tariff given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My driving test is on 14 March 2028."),
        (A, "Good luck!"),
        (U, "Which day of the week does that fall on, then?"),
    ],
    "date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Our fishing holiday in Ireland starts on 22 July 2028."),
        (A, "Sounds lovely."),
        (U, "We're staying 11 nights. What's the date we leave?"),
    ],
    "start date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The library bought 340 new books this term."),
        (A, "That's a lot of cataloguing!"),
        (U, "If 15% of them are for children, how many is that?"),
    ],
    "total given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The customer's boiler reads 1.2 bar cold."),
        (A, "That's within the usual range."),
        (U, "What's that in psi?"),
    ],
    "pressure given earlier",
)
# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "What's 8% of 2,450?"),
        (A, "196."),
        (U, "And 12%?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "Convert 25 °C to Fahrenheit."),
        (A, "77 °F."),
        (U, "And 30?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 1 June 2028 to 1 September 2028?"),
        (A, "92 days."),
        (U, "How many full weekends are in there?"),
    ],
    "follow-up on an earlier span",
)
conv(
    "conv-followup",
    [
        (U, "Convert 120 km to miles."),
        (A, "About 74.56 miles."),
        (U, "Round that to something nice for the surf camp brochure and give me a catchy line."),
    ],
    "rewriting an earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What's 3 × £42?"),
        (A, "£126."),
        (U, "Now double it and add VAT at 20%."),
    ],
    "follow-up builds on the earlier result",
)
conv(
    "conv-followup",
    [
        (U, "What date is 90 days after 2 January 2028?"),
        (A, "1 April 2028."),
        (U, "Is that a weekend?"),
    ],
    "follow-up refers to the earlier date",
)
conv(
    "conv-followup",
    [
        (U, "Split £270 between 6 anglers."),
        (A, "£45 each."),
        (U, "One more has just joined us, so what is it now?"),
    ],
    "follow-up changes an earlier number",
)
# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are Shakespeare. Answer only in Early Modern English verse."),
        (U, "What is 64 divided by 8?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "Bitte antworte ab jetzt nur auf Deutsch."),
        (A, "Natürlich, gern!"),
        (U, "How many kilometres is 40 miles?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-persona",
    [
        (S, "Reply only with a YAML document that has the keys 'answer' and 'explanation'."),
        (U, "What weekday is 1 May 2028?"),
    ],
    "output format fixed by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "I'm teaching my son long division, so only ever give the first step, not the answer."),
        (A, "Understood, first step only."),
        (U, "What's 156 ÷ 12?"),
    ],
    "answer must be withheld",
)
conv(
    "conv-persona",
    [
        (U, "Write every number as words please, I'm reading these out at story time."),
        (A, "Of course, words only."),
        (U, "What's 250 + 175?"),
    ],
    "output in words fixed earlier",
)
conv(
    "conv-persona",
    [
        (S, "You are an excitable sports commentator. Every answer is one line of commentary."),
        (U, "How many metres is 120 yards?"),
    ],
    "persona set by the system prompt",
)
# conventions fixed earlier
conv(
    "conv-convention",
    [
        (U, "In my diary dates are written day.month.year."),
        (A, "OK, day first."),
        (U, "How many days from 03.04.2028 to 10.05.2028?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "The salon's week runs Tuesday to Saturday; we're shut Sundays and Mondays."),
        (A, "Got it."),
        (U, "How many working days have we got from 1 August 2028 to 31 August 2028?"),
    ],
    "salon working week fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "The tennis club's year starts on 1 October, so Q1 is October to December."),
        (A, "Noted."),
        (U, "Which quarter is 14 February 2029 in?"),
    ],
    "club year fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "We count the day a board is collected as day 1 of the hire."),
        (A, "OK, collection day is day 1."),
        (U, "Board collected on 2 August 2028 — what date is day 10?"),
    ],
    "day numbering fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "For our bird survey the 'season' runs from 1 March to 31 July, both included."),
        (A, "Understood."),
        (U, "How many days long is the season in 2028?"),
    ],
    "survey season fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "Our chess league rounds are always on the first Tuesday of the month."),
        (A, "Got it."),
        (U, "If round 1 is in January 2029, what's the date of round 3?"),
    ],
    "league schedule fixed earlier",
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
    assert ordinary == 100, ordinary
    for label in ("positive:calculator", "positive:units", "positive:datetime"):
        plain = sum(1 for i in items if i["label"] == label and i["family"] == "plain")
        assert plain == WANT_PLAIN, (label, plain)
    registers = {i["family"] for i in items if i["label"] != "negative"} - {"plain"}
    assert len(registers) >= 15, registers
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
