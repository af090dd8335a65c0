"""Generate heldout-2026-12-20.jsonl: a seventeenth held-out router evaluation set (SEALED).

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
tests/data/router_heldout/make_heldout_15.py (in full), the latter ONLY for its record format,
its label/tolerance/family conventions, its exact conversion factors with their sources, its date
helpers, the rules of its docstring (what positives may and may not ask, what is left out as
contested), and how its main() asserts counts and checks for duplicates against earlier
generators. Of make_heldout_13.py and make_heldout_14.py only the module docstrings (their first
80 lines) were read, solely to learn which registers earlier sets used so that this set could
pick different ones. Nothing under router/, tools/, docs/, server/ or tests/ (other than those
three files) was opened; the folder tests/data/router_heldout/ was listed (file names only) to
see which generators exist (and, after a run, its __pycache__/ was listed, names only, to
confirm that the duplicate check left no bytecode behind), and `wc -l` was run on the three
files read. make_heldout_16.py, being written at the same time by another author, was not
opened (it is only imported by main() for the duplicate check, if it exists when this file is
run; it did not exist when this file was last run by its author). No JSONL file was opened (a
listing of /work/sealed/ showed an earlier sealed set's JSONL there; it was not opened), no git
history was looked at, no network was used, and neither the router nor the bench was ever run
on this set. Disclosures: reading make_heldout_15.py in full meant seeing all of its queries,
negatives and conversations; none of them was copied or adapted here, and every query in this
file is newly written by the author. The small helpers below (num, dec, pct, terminates,
whole_up, weekday, stated, age, days, inclusive, whole_weeks, nth_weekday, clock_span,
weekdays_between) and the checks in main() follow the logic of set 15's. `main()` asserts that
every query is unique and that none equals (case-insensitively, whitespace-normalised) a query
or user turn of make_heldout.py, make_heldout_2.py ... make_heldout_15.py, and of
make_heldout_16.py when that file exists, whose items are built in memory by importing those
generators from /work/main/tests/data/router_heldout/ (their queries are never printed, their
JSONL files never read; on a clash only the ids of THIS set's items are reported). This file
was kept outside the repository (/work/sealed/) while the router was worked on, and copied in
unchanged, with its JSONL, after its one sealed run (at e2ef876; figures in that commit).

Registers (families) chosen for this set, as the brief asked:
  all three tools: plain and direct one-liners (14 of each tool's 45 positives), private pilots
    and gliding (flight hours, aircraft hire, aerotows, feet and metres, knots, nautical miles,
    a medical's validity stated in days, block times), arable and livestock farming (fertiliser
    rates, lambing percentage defined in the query, acres and hectares, gestation stated in
    days), quilting and sewing (squares cut, fat-quarter deals, yards and inches), a charity's
    bookkeeping (Gift Aid with its rate stated, share of income spent, a filing deadline stated
    in days), amateur radio (MHz and kHz, a wavelength with the speed of light stated, a field day
    on the Nth weekday), cycle touring abroad (daily averages, campsite costs, km and miles,
    days away), a wedding planner (tables bought whole, catering per head, weekdays, invitation
    dates), a removals company (crew-hours quotes, boxes, piano weight, sofa length), a pub quiz
    team (a joker round, a tiebreak conversion, last Thursday of a month), a parent helping with
    primary-school maths homework in the child's own words, a retiree planning around pension
    dates (an uprating with its percentage stated, a 25% lump sum stated, a 67th birthday,
    four-weekly payments), cruise holidays (gratuities, knots, nautical miles, nights aboard, a
    balance deadline), hill walking and mountaineering (a route-time rule stated in the query,
    altitude in feet and metres, days to finish a list of summits), a wholesale bakery's orders
    (an invoice, trays bought whole, oven temperature, flour sacks, use-by days, a night shift),
    a dental practice's appointment book (takings, autoclave temperature, a recall in weeks), a
    youth orchestra (tour cost per player, stage width, a course counting both days), a
    logistics dispatcher (pallets, payloads, trucks booked whole, kg and lb, container ETA), and
    voice-dictated messages (no punctuation, numbers spelled out in words).
  Many positives are word problems of two to four sentences with a backstory, some chatty, some
  terse, some with small typos or numbers in words. No positive conversations.

Negatives (label "negative", 200): 100 ordinary ones in this set's registers (explanations,
advice, writing tasks, code, world facts, live information, small talk with numbers in it,
how-tos, translation, opinions, riddles and plans); 65 hard single-turn negatives (families
"near-...", each with a "note"): conversions needing a density or an exchange rate, calculations
with the numbers missing, dates hanging on a private event never given, dates that must be looked
up (lunisolar festivals, moon phases, fixtures), world facts, estimates, requests for a method or
formula, checking someone's working, output as words / Roman numerals / Morse, medical and
veterinary dosing, rules knowledge (flying hours, radio licences, pension age, drivers' hours,
marriage notice), exact questions bundled with a part that needs the model, judgements about a
number, fair splits needing interpretation, standard sizes to look up, code or spreadsheet
formulas, and voice-dictated commands (reminders, messages to send) that carry numbers but ask
for an action; and 35 conversations (families "conv-...", field "messages"; "query" repeats the
last user turn; each with a "note"): notation redefined earlier (logbook times as h.mm, flight
levels, a quilting strip, a farm's "bag", quiz scoring, a club's net frequency, a bakery's
"tray"), numbers fixed in earlier turns, follow-ups on an earlier answer, personas and output
formats, and conventions fixed earlier (a charity's financial year, a practice's clinic days, a
year/day/month export format, orchestra term weeks, day numbering from 1, a firm's own
"fortnight"). No negative here is negative only because of a contested unit reading or an
unstated "today" (those are policy questions, not routing ones); every negative needs the
language model.

Left out entirely (their grading is contested), as in set 15: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, short/long tons, barrels, mpg, calories,
horsepower, kB vs KiB (only the binary KiB/MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nominal sizes in positives, leap-day birthdays (and leap-day
results), all-numeric dates whose day and month are both <= 12 (unless the format is stated;
asserted), time zones and daylight saving in positives, Easter and other movable feasts, and
anything depending on the current date (no "now" or "timezone" field is set; no positive needs
a "today"; asserted). Also left out: running paces, "within N days" deadlines (deadlines are
worded "N days after/before"), "how many weeks" between dates that are not a whole number of
weeks apart (asserted), and "counting both ends" spans unless the query says so. Extra asserts
here: no positive names a contested unit, and none uses "N months"/"N years" as a length.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results (only used
when the exact result has at most three decimals; asserted), 1e-3 for unit results a tool may
round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English name, everything else as
a number (the grader reads the LAST number of the answer). No positive asks for a result in a
unit written with a power, as a clock time, as a mixed unit or as a fraction "a/b"; no
calculator, date or exact unit result is a repeating decimal (asserted). A positive is a
question whose tool answer IS the whole answer; counts that must be whole (tables, boxes, trays,
trucks) are rounded up because the story says they come whole.

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (the same sources as set 15):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 nautical mile = 1852 m exactly; 1 knot = 1852/3600 m/s (NIST SP 811, Table 8 and B.8)
    1 acre = 43 560 ft^2 = 4840 yd^2 (international foot; the US survey acre differs by about
      4 parts per million, far inside the 1e-3 tolerance)
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (kHz, MHz); T(K) = t(degC) + 273.15;
    t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s, 1 h = 60 min, 1 d = 24 h; 1 L = 1000 mL;
    1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  The one wavelength item states its own speed of light (300 000 000 m/s) in the query.
  Calendar: the proleptic Gregorian calendar of Python's datetime; any other rule is stated in
    the query itself.

Run:  /work/main/.venv/bin/python make_heldout_17.py   (writes the JSONL next to this file and
prints counts per label and family; add --show to list every positive's expected value)
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

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2026-12-20.jsonl"
PREFIX = "ho17-"
EARLIER = (
    "make_heldout.py",
    "make_heldout_2.py",
    "make_heldout_3.py",
    "make_heldout_4.py",
    "make_heldout_5.py",
    "make_heldout_6.py",
    "make_heldout_7.py",
    "make_heldout_8.py",
    "make_heldout_9.py",
    "make_heldout_10.py",
    "make_heldout_11.py",
    "make_heldout_12.py",
    "make_heldout_13.py",
    "make_heldout_14.py",
    "make_heldout_15.py",
)
OPTIONAL_EARLIER = ("make_heldout_16.py",)  # written concurrently; checked only if present
EARLIER_DIR = Path("/work/main/tests/data/router_heldout")
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
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


def whole_up(x):
    """The smallest whole number of items covering x (bought whole)."""
    x = F(x)
    assert x.denominator != 1, x  # otherwise rounding up is not being tested
    return math.ceil(x)


assert num(F(36, 12)) == 3 and num(dec("0.4") * 3) == 1.2 and pct("2.5") == F(1, 40)
assert terminates(F(7, 80)) and not terminates(F(2, 7)) and whole_up(F(11, 4)) == 3

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain and direct (14)
calc("plain", "What is 4,863 + 7,259?", 4863 + 7259)
calc("plain", "What's 20,040 − 13,587?", 20040 - 13587)
calc("plain", "What is 356 multiplied by 47?", 356 * 47)
calc("plain", "What is 9,135 divided by 35?", F(9135, 35))
calc("plain", "Work out 18% of 2,650", pct(18) * 2650)
calc("plain", "What's 2 to the power of 13?", 2**13)
assert math.isqrt(5329) ** 2 == 5329
calc("plain", "square root of 5329?", math.isqrt(5329))
calc("plain", "Calculate 4.6 × 0.75", dec("4.6") * dec("0.75"))
calc("plain", "What is (1,250 + 386) × 4?", (1250 + 386) * 4)
calc("plain", "What is 7.5 percent of 12,800?", pct("7.5") * 12800)
calc("plain", "How much is 3,600 ÷ 0.45?", 3600 / dec("0.45"))
calc("plain", "What's 17 cubed?", 17**3)
calc("plain", "what is 92.4 - 38.75", dec("92.4") - dec("38.75"))
calc("plain", "Multiply 0.125 by 6,400.", dec("0.125") * 6400)

# private pilots and gliding
calc(
    "pilot",
    "Filling in my logbook for the week. I flew 1.4, 0.9, 2.3 and 1.7 hours in the club "
    "Cessna. What's my total flight time for the week in hours?",
    dec("1.4") + dec("0.9") + dec("2.3") + dec("1.7"),
)
calc(
    "pilot",
    "Club aircraft hire is £198 per flying hour and the instructor charges £42 an hour on "
    "top. My lesson was 1.5 hours on the Hobbs meter. What does that lesson cost me "
    "altogether?",
    dec("1.5") * (198 + 42),
)
calc(
    "pilot",
    "Gliding club bill time. Each aerotow to 2,000 ft is £38 and glider hire is 60p a minute "
    "in the air. I had two tows and 95 minutes airborne in total, so how much do I owe the club?",
    2 * 38 + dec("0.60") * 95,
)
# arable and livestock farming
calc(
    "farming",
    "We're top-dressing 42.5 hectares of winter wheat at 185 kg of fertiliser per hectare. "
    "How many kilograms do we need to order?",
    dec("42.5") * 185,
)
calc(
    "farming",
    "Lambing's over at last. 320 ewes went to the tup and we've reared 552 lambs. What's our "
    "lambing percentage, counted as lambs reared per hundred ewes?",
    F(552, 320) * 100,
)
# quilting and sewing
calc(
    "quilting",
    "I'm laying out a quilt top of 10 inch squares, 9 squares across and 11 down, and I "
    "always cut 5 extra in case of mistakes. How many squares should I cut?",
    9 * 11 + 5,
)
calc(
    "quilting",
    "Fat quarters at my local shop are £3.25 each, or 5 for £14.50. If I buy 10 of them on the "
    "5-for deal, how much do I save compared with buying them one at a time?",
    10 * dec("3.25") - 2 * dec("14.50"),
)
# a charity's bookkeeping
calc(
    "charity",
    "Treasurer of a small animal rescue here. We recieved £8,460 in donations that qualify for "
    "Gift Aid, and Gift Aid adds 25p for every £1 donated. How much can we claim back?",
    8460 * dec("0.25"),
)
calc(
    "charity",
    "Food bank accounts: total income this year was £46,800 and we spent £39,312 on direct "
    "charitable activities. What percentage of our income went on those activities?",
    F(39312, 46800) * 100,
)
# amateur radio
calc(
    "radio",
    "Ham radio question. Taking the speed of light as 300,000,000 m/s, what is half the "
    "wavelength of a 7.5 MHz signal, in metres? I'm cutting a dipole for it.",
    F(300_000_000, 7_500_000) / 2,
)
# cycle touring abroad
calc(
    "cycle-touring",
    "Riding the Danube path, it's 1,240 km from Donaueschingen to Budapest and I've given "
    "myself 16 riding days. Whats the average distance per day in km?",
    F(1240, 16),
)
calc(
    "cycle-touring",
    "Campsites on our France tour are €14.50 a night per person. There are two of us for 19 "
    "nights and the ferry is €236 return. What's the total for camping plus the ferry, in euros?",
    dec("14.50") * 2 * 19 + 236,
)
# a wedding planner
calc(
    "wedding",
    "Wedding planner here. The couple have 143 guests confirmed and the venue's round tables "
    "seat 10 each. How many tables do I need to hire?",
    whole_up(F(143, 10)),
)
calc(
    "wedding",
    "Caterer charges £58.50 a head for the wedding breakfast and £12 a head for the evening "
    "buffet. 96 guests at the breakfast and 140 in the evening. Can you total the catering "
    "bill for me?",
    dec("58.50") * 96 + 12 * 140,
)
# a removals company
calc(
    "removals",
    "Quoting a 3-bed move: a crew of 4 at £28 per mover per hour, estimated 7.5 hours, plus "
    "£95 for packing materials. What does the quote come to?",
    4 * 28 * dec("7.5") + 95,
)
calc(
    "removals",
    "The customer has about 230 books to pack and one of our book boxes holds 35. We only take "
    "whole boxes obviously, so how many boxes should we drop off?",
    whole_up(F(230, 35)),
)
# a pub quiz team
calc(
    "pub-quiz",
    "Our quiz team scored 8, 6, 9, 7, 10 and 5 across the six rounds, and we played our joker "
    "on the round where we got 10, so that round counts double. What's our final total?",
    8 + 6 + 9 + 7 + 2 * 10 + 5,
)
# a parent helping with primary-school homework, in the child's own words
calc(
    "homework",
    "Helping my 7 year old, she's written her question down like this: 'granny has 48 stikers "
    "and shares them fair betwen 6 cousins how many does each cousin get'. What's the answer?",
    F(48, 6),
)
calc(
    "homework",
    "My son read his homework question out to me in his own words: 'a bus has 37 peple on it "
    "and 14 get off at the shops and 9 get on how many are on the bus after that'. What's the "
    "answer?",
    37 - 14 + 9,
)
# a retiree planning around pension dates
calc(
    "retiree",
    "My state pension is £221.20 a week and I've read it goes up by 5% in April. Assuming "
    "that's right, what will my new weekly amount be?",
    dec("221.20") * (1 + pct(5)),
)
calc(
    "retiree",
    "Retiring next spring with a pension pot of £184,000. I can take 25% of it tax-free as a "
    "lump sum. How much is that lump sum?",
    184000 * pct(25),
)
# cruise holidays
calc(
    "cruise",
    "Our cruise is 14 nights and the cruise line adds gratuities of $16.50 per person per "
    "night. There are two of us. How much will the gratuities come to in dollars?",
    14 * dec("16.50") * 2,
)
# hill walking and mountaineering
calc(
    "hillwalking",
    "Our club's version of Naismith: 12 minutes for every km plus 1 minute for every 10 m of "
    "ascent. Saturday's route is 18 km with 950 m of climbing. How many minutes should we "
    "allow?",
    18 * 12 + F(950, 10),
)
# a wholesale bakery's orders
calc(
    "bakery",
    "Wholesale order for the café chain: 36 sourdough loaves at £2.85, 120 croissants at 62p "
    "and 48 baguettes at £1.10. What's the invoice total in pounds?",
    36 * dec("2.85") + 120 * dec("0.62") + 48 * dec("1.10"),
)
calc(
    "bakery",
    "Each of our trays holds 24 rolls and the hotel has ordered 410 rolls for the weekend "
    "conference. How many trays need to go in the van?",
    whole_up(F(410, 24)),
)
# a dental practice's appointment book
calc(
    "dental",
    "Practice manager checking next week's book: 27 hygienist visits at £65 each and 9 "
    "check-ups at £38. What should the takings be from those appointments?",
    27 * 65 + 9 * 38,
)
# a youth orchestra
calc(
    "orchestra",
    "Youth orchestra tour to Prague: the coach is £4,320 and the hostel is £1,786 in total. "
    "Split equally between 40 players, what's each player's share?",
    F(4320 + 1786, 40),
)
# a logistics dispatcher
calc(
    "logistics",
    "Building a load: 22 pallets at 640 kg each, plus 1,850 kg of other freight on the same "
    "trailer. What's the total payload in kg?",
    22 * 640 + 1850,
)
calc(
    "logistics",
    "A curtainsider takes 26 pallets and I've got 140 pallets going to the Leeds DC. How many "
    "trucks do I have to book?",
    whole_up(F(140, 26)),
)
# voice-dictated messages
calc("voice", "hey can you work out three hundred and twenty five times forty eight", 325 * 48)
calc(
    "voice",
    "how much is twelve and a half percent of nine thousand six hundred",
    pct("12.5") * 9600,
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
KIB, MIB, GIB = 2**10, 2**20, 2**30  # bytes
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s
KNOT = NMI / 3600  # m/s

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert STONE == dec("6.35029318") and ACRE == dec("4046.8564224") and FT == dec("0.3048")


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
        # exact only when the exact result is short: a tool has no reason to round it
        assert terminates(value) and (value * 1000).denominator == 1, query
    add("positive:units", family, query, num(value), tol, **extra)


# plain and direct (14)
unit("plain", "How many kilometres is 37 miles?", 37 * MI / 1000)
unit("plain", "Convert 84 kg to pounds", 84 / LB)
unit("plain", "What is 30 °C in Fahrenheit?", c_to_f(30), EXACT)
unit("plain", "Convert 50 °F to Celsius", f_to_c(50), EXACT)
unit("plain", "How many centimetres are in 14 inches?", 14 * IN * 100, EXACT)
unit("plain", "Convert 500 yards to metres", 500 * YD, EXACT)
unit("plain", "How many ounces is 250 grams?", F(250, 1000) / OZ)
unit("plain", "2,500 feet in metres?", 2500 * FT, EXACT)
unit("plain", "What is 60 mph in km/h?", 60 * MPH / KMH)
unit("plain", "2.75 litres is how many millilitres?", dec("2.75") * 1000, EXACT)
unit("plain", "Convert 300 K to Celsius", k_to_c(300), EXACT)
unit("plain", "How many MiB is 3 GiB?", F(3 * GIB, MIB), EXACT)
unit("plain", "How many hectares are 40 acres?", 40 * ACRE / HECTARE)
unit("plain", "Convert 12 stone to kilograms", 12 * STONE)

# private pilots and gliding
unit(
    "pilot",
    "Tower gave the surface wind as 240 degrees at 18 knots. What's 18 knots in km/h?",
    18 * KNOT / KMH,
    EXACT,
)
unit(
    "pilot",
    "Great soaring day at the club! The last thermal took me up to 4,600 feet above the airfield "
    "before I left it. How many metres is that?",
    4600 * FT,
    EXACT,
)
unit(
    "pilot",
    "The cross-country leg on my plog is 52 nautical miles. How far is that in statute miles?",
    52 * NMI / MI,
)
# arable and livestock farming
unit(
    "farming",
    "The farm next door has come up for sale, listed as 386 acres. How many hectares is that?",
    386 * ACRE / HECTARE,
)
unit(
    "farming",
    "We've just taken on a 24.5 hectare field. The old boy who used to rent it still thinks in "
    "acres, so what's that in acres?",
    dec("24.5") * HECTARE / ACRE,
)
# quilting and sewing
unit(
    "quilting",
    "The pattern wants 2.75 yards of backing fabric but my shop sells by the metre. How many "
    "metres is 2.75 yards?",
    dec("2.75") * YD,
)
unit(
    "quilting",
    "My blocks finish at twelve and a half inches. What is that in cm?",
    dec("12.5") * IN * 100,
    EXACT,
)
# a charity's bookkeeping
unit(
    "charity",
    "Making a poster for our sponsored walk, which is 20 miles. What's that in kilometres?",
    20 * MI / 1000,
)
# amateur radio
unit(
    "radio",
    "My rig's display reads 14.235 MHz. What is that in kHz for the logbook?",
    dec("14.235") * 1000,
    EXACT,
)
unit("radio", "The 10 m beacon is listed on 28,205 kHz. In MHz please?", F(28205, 1000), EXACT)
# cycle touring abroad
unit(
    "cycle-touring",
    "The sign outside Burgos says the next village is 23 km away. My partner only understands "
    "miles, so how far is it in miles?",
    23 * 1000 / MI,
)
unit(
    "cycle-touring",
    "Packing the bike box for the flight home and the luggage scale only shows pounds. It says "
    "49 lb. How many kilos is that?",
    49 * LB,
)
# a wedding planner
unit(
    "wedding",
    "The marquee company lists the dance floor as 24 feet long. Whats that in metres?",
    24 * FT,
)
# a removals company
unit(
    "removals",
    "The upright piano weighs 265 kg according to the maker. Our stair climber is rated in "
    "pounds, so what's 265 kg in lb?",
    265 / LB,
)
unit(
    "removals",
    "Customer says the sofa is 92 inches long. How many centimetres is that?",
    92 * IN * 100,
    EXACT,
)
# a pub quiz team
unit(
    "pub-quiz",
    "Tiebreaker at the quiz gave a height of 1,083 feet and asked for it in metres. How many "
    "metres is 1,083 feet?",
    1083 * FT,
)
# a parent helping with primary-school homework, in the child's own words
unit(
    "homework",
    "My son's worksheet, his words: 'a snail is 4 cm long how long is it in mm'",
    40,
    EXACT,
)
unit(
    "homework",
    "Daughter's baking homework asks 'how many grams are in two and a half kilograms'. What's "
    "the answer?",
    2500,
    EXACT,
)
# a retiree planning around pension dates
unit(
    "retiree",
    "We're retiring to the Algarve and summer days there can hit 38 °C. I still think in old "
    "money, so what's 38 °C in Fahrenheit?",
    c_to_f(38),
    EXACT,
)
# cruise holidays
unit(
    "cruise",
    "The captain just announced we're cruising at 21 knots. How fast is that in mph?",
    21 * KNOT / MPH,
)
unit(
    "cruise",
    "Our next port of call is 340 nautical miles away. How many kilometres is that?",
    340 * NMI / 1000,
    EXACT,
)
# hill walking and mountaineering
unit(
    "hillwalking",
    "My map gives Ben Macdui as 1,309 m. My dad wants it in feet, what is it?",
    1309 / FT,
)
unit(
    "hillwalking",
    "Route card says we top out at 3,560 ft. What's that in metres?",
    3560 * FT,
    EXACT,
)
# a wholesale bakery's orders
unit(
    "bakery",
    "An American customer's cookie recipe says bake at 425 °F. What's that in Celsius?",
    f_to_c(425),
)
unit(
    "bakery",
    "Our new flour supplier sells 50 lb sacks. How many kilograms is one sack?",
    50 * LB,
)
# a dental practice's appointment book
unit(
    "dental",
    "The autoclave runs its cycle at 134 °C. Our American locum asked, so what's that in "
    "Fahrenheit?",
    c_to_f(134),
    EXACT,
)
# a youth orchestra
unit(
    "orchestra",
    "The stage at the festival hall is 40 feet wide. How many metres wide is it?",
    40 * FT,
    EXACT,
)
# a logistics dispatcher
unit(
    "logistics",
    "US customer wants the pallet weight in pounds on the paperwork. It's 780 kg. What is that "
    "in lb?",
    780 / LB,
)
unit(
    "logistics",
    "Inbound consignment note says 2,400 lb. How many kg do I key into our system?",
    2400 * LB,
)
# voice-dictated messages
unit("voice", "convert seventy two kilos to pounds please", 72 / LB)
unit("voice", "whats minus ten degrees celsius in fahrenheit", c_to_f(-10), EXACT)

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
    day = D(2006, 6, 6)
    a = DT.combine(day, dt.time.fromisoformat(start))
    b = DT.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


assert weekday(D(2024, 1, 1)) == "Monday" and age(D(1980, 3, 15), D(2020, 3, 14)) == 39
assert nth_weekday(2027, 2, MON, 1) == D(2027, 2, 1) and nth_weekday(2027, 2, SUN, -1) == D(
    2027, 2, 28
)
assert clock_span("23:15", "00:45", 60) == 90 and inclusive(D(2028, 1, 1), D(2028, 12, 31)) == 366
assert weekdays_between(D(2028, 5, 1), D(2028, 5, 12)) == 10


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
date_item("plain", "What day of the week is 9 November 2028?", weekday(D(2028, 11, 9)))
date_item(
    "plain",
    "How many days are there between 12 March 2027 and 4 August 2027?",
    days(D(2027, 3, 12), D(2027, 8, 4)),
)
date_item("plain", "What date is 200 days after 5 May 2028?", D(2028, 5, 5) + TD(200))
date_item("plain", "What was the date 45 days before 10 February 2027?", D(2027, 2, 10) - TD(45))
date_item("plain", "1 January 2030 falls on which day of the week?", weekday(D(2030, 1, 1)))
date_item(
    "plain",
    "How many weeks is it from 7 June 2027 to 30 August 2027?",
    whole_weeks(D(2027, 6, 7), D(2027, 8, 30)),
)
date_item(
    "plain",
    "How old will someone born on 21 November 1974 be on 15 June 2029?",
    age(D(1974, 11, 21), D(2029, 6, 15)),
)
date_item("plain", "What's the date 10 weeks after 26 January 2029?", D(2029, 1, 26) + TD(weeks=10))
date_item(
    "plain",
    "What is the date of the second Monday in October 2027?",
    nth_weekday(2027, 10, MON, 2),
)
date_item("plain", "How many minutes from 07:15 to 11:50?", clock_span("07:15", "11:50", 60))
date_item("plain", "Give me the date 500 days after 30 June 2027.", D(2027, 6, 30) + TD(500))
date_item("plain", "What weekday was 6 June 1944?", weekday(D(1944, 6, 6)))
date_item("plain", "What's the date 3 weeks before 2 March 2028?", D(2028, 3, 2) - TD(weeks=3))
date_item("plain", "first sunday of september 2029 - what date?", nth_weekday(2029, 9, SUN, 1))

# private pilots and gliding
date_item(
    "pilot",
    "Took off from Popham at 10:35 and landed back there at 12:05. How many minutes was the "
    "flight?",
    clock_span("10:35", "12:05", 60),
)
date_item(
    "pilot",
    "My Class 2 medical was issued on 14 September 2026 and, for my age, it's valid for 730 "
    "days after that. On what date does it run out?",
    D(2026, 9, 14) + TD(730),
)
date_item(
    "pilot",
    "The gliding course counts 24 July 2027 as day 1, and the solo check is on day 12. What "
    "date is day 12?",
    D(2027, 7, 24) + TD(11),
)
# arable and livestock farming
date_item(
    "farming",
    "The tups went in with the ewes on 7 October 2027. Sheep gestation is 147 days, so what's "
    "the date 147 days after that, when lambing's due?",
    D(2027, 10, 7) + TD(147),
)
date_item(
    "farming",
    "Our heifer was served on 19 December 2027 and we reckon on 283 days to calving. Which date "
    "is 283 days after the service?",
    D(2027, 12, 19) + TD(283),
)
# quilting and sewing
date_item(
    "quilting",
    "Started hand quilting my granddaughter's quilt on 2 February 2028 and put the last stitch "
    "in on 11 May 2028. How many days did it take me?",
    days(D(2028, 2, 2), D(2028, 5, 11)),
)
# a charity's bookkeeping
date_item(
    "charity",
    "Our charity's financial year ends on 31 March 2028, and the trustees want the annual "
    "report filed 300 days after the year end. What date is that?",
    D(2028, 3, 31) + TD(300),
)
date_item(
    "charity",
    "The fun run is booked for 16 September 2028. Which day of the week is that? Need it for the "
    "park permit.",
    weekday(D(2028, 9, 16)),
)
# amateur radio
date_item(
    "radio",
    "Our radio club holds field day on the fourth Saturday in June. What's the date of it in 2028?",
    nth_weekday(2028, 6, SAT, 4),
)
# cycle touring abroad
date_item(
    "cycle-touring",
    "The ferry lands us in Santander on 28 May 2028 and our return sailing from Bilbao is on "
    "19 June 2028. How many days is that from landing to the return sailing?",
    days(D(2028, 5, 28), D(2028, 6, 19)),
)
date_item(
    "cycle-touring",
    "Setting off on the Via Francigena on 1 September 2027 with 42 days planned. What date is "
    "42 days after we set off?",
    D(2027, 9, 1) + TD(42),
)
# a wedding planner
date_item(
    "wedding",
    "My couple have picked 23 September 2028 for the wedding. What weekday does that fall on?",
    weekday(D(2028, 9, 23)),
)
date_item(
    "wedding",
    "Invitations go out 10 weeks before the big day, and the wedding is on 14 July 2029. What "
    "date do the invites go out?",
    D(2029, 7, 14) - TD(weeks=10),
)
# a removals company
date_item(
    "removals",
    "Completion is on 28 April 2028 and the packers go in 3 days before completion. Which date "
    "do the packers go in?",
    D(2028, 4, 28) - TD(3),
)
# a pub quiz team
date_item(
    "pub-quiz",
    "The Red Lion quiz is on the last Thursday of every month. When is it in August 2028?",
    nth_weekday(2028, 8, THU, -1),
)
FIRST_QUIZ = stated(D(2027, 1, 6), "Wednesday")
date_item(
    "pub-quiz",
    "We've entered the league for 26 Wednesday quizzes in a row, one a week, starting on "
    "Wednesday 6 January 2027. What date is the 26th quiz?",
    FIRST_QUIZ + TD(weeks=25),
)
# a parent helping with primary-school homework, in the child's own words
date_item(
    "homework",
    "Year 3 homework, written by my daughter: 'my birthday is on 9 May and sports day is on "
    "21 June how many days is it from my birthday to sports day'. It's for 2028. What's the "
    "answer?",
    days(D(2028, 5, 9), D(2028, 6, 21)),
)
date_item(
    "homework",
    "Son's homework question copied exactly: 'what day of the week will christmas day be in 2030'",
    weekday(D(2030, 12, 25)),
)
# a retiree planning around pension dates
date_item(
    "retiree",
    "I was born on 19 October 1961 and my state pension starts on my 67th birthday. What date "
    "does it start?",
    D(1961 + 67, 10, 19),
)
FIRST_PENSION = stated(D(2028, 11, 9), "Thursday")
date_item(
    "retiree",
    "My first pension payment lands on Thursday 9 November 2028 and after that it's paid every "
    "4 weeks. On what date does my fourth payment arrive?",
    FIRST_PENSION + TD(weeks=4 * 3),
)
date_item(
    "retiree",
    "I started at the council on 4 September 1989 and I retire on 31 March 2028. How many days "
    "is that from my start date to my retirement date?",
    days(D(1989, 9, 4), D(2028, 3, 31)),
)
# cruise holidays
date_item(
    "cruise",
    "We embark on 6 June 2028 and get off the ship on 20 June 2028. How many nights is the cruise?",
    days(D(2028, 6, 6), D(2028, 6, 20)),
)
date_item(
    "cruise",
    "The balance for our cruise is due 90 days before sailing, and we sail on 2 March 2029. "
    "What's the date the balance is due?",
    D(2029, 3, 2) - TD(90),
)
# hill walking and mountaineering
date_item(
    "hillwalking",
    "Bagged my first Munro on 12 May 2019 and my last one on 27 August 2027. How many days "
    "did the whole round take?",
    days(D(2019, 5, 12), D(2027, 8, 27)),
)
# a wholesale bakery's orders
date_item(
    "bakery",
    "Our fruit loaves carry a use-by 9 days after baking. This batch was baked on 27 February "
    "2028. What use-by date goes on the label?",
    D(2028, 2, 27) + TD(9),
)
date_item(
    "bakery",
    "The night shift clocks in at 22:00 and the last delivery van goes out at 05:30. How many "
    "hours is that?",
    clock_span("22:00", "05:30", 3600),
)
# a dental practice's appointment book
date_item(
    "dental",
    "Patient had a scale and polish on 11 January 2028 and the dentist wants a recall 26 weeks "
    "after that. What date should I put in the book?",
    D(2028, 1, 11) + TD(weeks=26),
)
# a youth orchestra
date_item(
    "orchestra",
    "The youth orchestra's residential course runs from 25 July 2028 to 6 August 2028, both "
    "days included. How many days long is the course?",
    inclusive(D(2028, 7, 25), D(2028, 8, 6)),
)
# a logistics dispatcher
date_item(
    "logistics",
    "The container left Shanghai on 3 May 2028 and the line quotes 38 days transit. What's "
    "the ETA if it arrives 38 days after departure?",
    D(2028, 5, 3) + TD(38),
)
# voice-dictated messages
date_item(
    "voice",
    "what day of the week is the twenty fourth of december twenty twenty nine",
    weekday(D(2029, 12, 24)),
)
date_item(
    "voice",
    "how many days between the first of march and the thirtieth of september twenty twenty eight",
    days(D(2028, 3, 1), D(2028, 9, 30)),
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why do glider pilots carry water ballast on strong thermal days?", None),
        ("What's the difference between QNH and QFE when I set my altimeter?", None),
        ("Why does the 20 m band open up in daylight and go quiet at night?", None),
        ("Explain how Gift Aid works for a small charity with about 150 regular donors.", None),
        ("Why do quilters prewash fabric, and does it matter for 100% cotton?", None),
        ("Why do ewes carrying triplets need extra feed in the last 6 weeks?", None),
        ("How do a cruise ship's stabilisers cut down rolling in a 3 m swell?", None),
        ("Why does it get colder as you climb from 500 m to 1,000 m on a hill?", None),
        ("What does a 72-hour cold retard actually do to sourdough flavour?", None),
        ("Why do dentists say to wait 30 minutes after eating before brushing?", None),
        ("Why does an orchestra tune to an A rather than a C?", None),
        ("Why do most UK curtainsider trailers have three axles at the back?", None),
    ],
    "advice": [
        ("I've got 35 hours solo and I'm nervous about my first land-away. Any tips?", None),
        ("How do I get my 71-year-old dad to stop doing winter Munros on his own?", None),
        (
            (
                "The bride's mum wants 200 guests and the couple want 60. How do I handle that "
                "conversation as their planner?"
            ),
            None,
        ),
        ("Our charity has £12,000 in reserves and the trustees can't agree what to do.", None),
        ("My 8 year old cries over her times tables every night. What can I do?", None),
        ("I'm 64 and wondering whether to defer my state pension. What should I weigh up?", None),
        (
            "First cycle tour abroad next summer, 3 weeks in France. What spares should I carry?",
            None,
        ),
        ("One of our removals crew keeps turning up 20 minutes late. How do I handle it?", None),
        ("We have 12 violins and only 2 violas in the youth orchestra. How do we find more?", None),
        ("I was seasick on day 2 of our last cruise. How do I avoid it next time?", None),
    ],
    "writing": [
        ("Write a best man's speech for a wedding of 80 guests, under 2 minutes long.", None),
        ("Draft a thank-you letter to a donor who gave £5,000 to our hospice.", None),
        ("Suggest 5 pub quiz team names for a group of retired teachers.", None),
        ("Write a short poem about a glider circling in a thermal over the Chilterns.", None),
        ("Write a friendly email telling a customer their removal now starts at 9 am.", None),
        ("Write an Instagram caption for our new rye loaf, 48 hours in the making.", None),
        ("Draft a text reminding dental patients about our £25 missed appointment fee.", None),
        ("Write a programme note for a youth orchestra playing Dvořák's 8th symphony.", None),
        ("Write a retirement card message for a colleague leaving after 32 years.", None),
        ("Write the opening paragraph of a blog about cycling 1,200 km to Vienna.", None),
    ],
    "code": [
        ("Write a Python script that reads an ADIF log and counts contacts per band.", None),
        ("How do I make a pandas pivot table of donations by month and donor?", None),
        ("Write a SQL query listing patients who haven't had an appointment for 2 years.", None),
        ("Write a JavaScript countdown timer for a 60-second quiz round.", None),
        ("My Python loop over 10,000 pallet records is slow. How do I vectorise it?", None),
        (
            "Write a bash one-liner to rename 200 photos to tour_001.jpg, tour_002.jpg and so on.",
            None,
        ),
        ("When should I use a dict instead of a list of tuples in Python?", None),
        ("How do I stop my React form for wedding RSVPs submitting twice?", None),
    ],
    "facts": [
        ("Who was the first woman to fly solo from England to Australia?", None),
        ("What is the highest mountain in Wales?", None),
        ("Who composed The Planets suite?", None),
        ("Which country has the most sheep per person?", None),
        ("When was the old age pension first introduced in Britain?", None),
        ("Which shipyard built the Queen Mary 2?", None),
        ("What does the Q code QSL mean on the air?", None),
        ("Who patented the first practical sewing machine?", None),
        ("Which city hosted the start of the very first Tour de France?", None),
        ("What's the oldest bakery still trading in London?", None),
    ],
    "live": [
        ("What's the current METAR at Bristol airport?", None),
        ("Are there any cabins left on the Portsmouth to Caen ferry this Friday?", None),
        ("What's the mountain forecast for the Cairngorms this weekend?", None),
        ("What's feed wheat fetching per tonne at the moment?", None),
        ("Is the M62 still shut at junction 22?", None),
        ("What's the solar flux index for HF this afternoon?", None),
        ("Which cruise lines still have balcony cabins for the fjords next month?", None),
        ("Has the government said anything new about the pension triple lock this week?", None),
    ],
    "smalltalk": [
        ("Passed my PPL skills test this morning!!! 52 hours total", None),
        ("Got 41 out of 50 at the quiz and came second, gutted", None),
        ("Three sets of twins in the lambing shed last night, I'm shattered", None),
        ("Finally finished my 8th quilt, this one's for the grandson", None),
        ("Day 14 of the tour, 1,100 km done and my bum hates me", None),
        ("Just booked our 10th cruise haha", None),
        ("Three house moves this week, my back has had it", None),
        ("Worked New Zealand on 20 metres for the first time!", None),
        ("Orchestra concert went brilliantly, 300 people turned up", None),
        ("Only 2 Munros left and I've done the lot", None),
    ],
    "howto": [
        ("How do I fly a crosswind landing in a Piper Warrior?", None),
        ("How do I sew an accurate quarter-inch seam on my machine?", None),
        ("How do I tube-feed a weak newborn lamb?", None),
        ("How do I set up a simple receipts and payments account for a small charity?", None),
        ("How do I get the SWR down on my 2 m yagi?", None),
        ("How do I pack a bike into a box for a flight?", None),
        ("How do I wrap a grandfather clock for a house move?", None),
        ("How do I laminate croissant dough by hand?", None),
        ("How do I navigate with a map and compass when the cloud comes down?", None),
        ("How do I rosin a brand new cello bow?", None),
    ],
    "translate": [
        (
            "How do you say 'my chain has snapped, is there a bike shop near here?' in Italian?",
            None,
        ),
        ("Translate 'the ceremony starts at 3 o'clock' into Welsh.", None),
        ("What's 'a table for six, please' in Greek?", None),
        ("How do I say 'my back tooth hurts' in Spanish?", None),
        ("Translate 'thank you for your donation' into Urdu.", None),
        ("What does 'allegro ma non troppo' mean?", None),
        ("How do you say 'where does the ship's tender leave from?' in Norwegian?", None),
        ("Translate 'fragile, this way up' into French for our removal boxes.", None),
    ],
    "opinion": [
        ("Is a Cessna 152 or a PA-28 better to learn to fly in?", None),
        ("Hand quilting or machine quilting, which looks nicer?", None),
        ("Are river cruises better than ocean cruises for people in their 70s?", None),
        ("What's the best Munro for a first winter ascent?", None),
        ("Is Mahler 1 too ambitious for a youth orchestra?", None),
        ("Should a small wholesale bakery sell to supermarkets or stick to cafés?", None),
    ],
    "riddle": [
        ("I have a bed but never sleep and a mouth but never eat. What am I?", None),
        ("A farmer had 17 sheep and all but 9 ran away. How many sheep does he have left?", None),
        ("What has a thumb and four fingers but isn't alive?", None),
        ("How many months of the year have 28 days?", None),
    ],
    "plan": [
        (
            "Plan a 5-day cycle tour of the Netherlands for two 60-year-olds, about 50 km a day.",
            None,
        ),
        ("Make a 12-week rehearsal plan for a youth orchestra's spring concert.", None),
        ("Give me a run sheet for a wedding day from an 11 am ceremony to midnight.", None),
        ("Plan a 3-day hill walking trip in Snowdonia for beginners.", None),
    ],
    # ---------------------------------------------------------------- hard, near-positive
    "near-density": [
        (
            "How many kg does 120 litres of avgas weigh? Doing my weight and balance.",
            "needs the density of avgas",
        ),
        ("How many kilograms is 500 litres of milk in the bulk tank?", "needs the density of milk"),
        (
            "The tank holds 3,000 litres of red diesel. What does that weigh in kg?",
            "needs the density of diesel",
        ),
    ],
    "near-exchange": [
        (
            "The campsite in Croatia is €32 a night. What's that in pounds?",
            "needs a live exchange rate",
        ),
        (
            "Our onboard account came to $640. How much is that in sterling?",
            "needs a live exchange rate",
        ),
        (
            "How many Norwegian kroner will £400 get me for the fjords cruise?",
            "needs a live exchange rate",
        ),
    ],
    "near-missing": [
        ("How many tables do I need for the reception?", "no guest count or table size"),
        ("What's each player's share of the tour coach?", "no cost or number of players"),
        ("How much fertiliser do I need for the top field?", "no rate and no field size"),
        ("What's our total if the last round counts double?", "no round scores given"),
    ],
    "near-private-date": [
        (
            "What day of the week is our 25th wedding anniversary?",
            "the wedding date is never given",
        ),
        ("What date is 26 weeks after my last check-up?", "the check-up date is never given"),
        ("How old was Dad when he got his pilot's licence?", "no dates given"),
        (
            "When is our first lambing due if gestation is 147 days?",
            "the tupping date is never given",
        ),
    ],
    "near-lookup-date": [
        ("When is Rosh Hashanah in 2028?", "Hebrew calendar look-up"),
        (
            "What date is the first new moon in April 2028? We want dark skies for the club night.",
            "astronomical look-up",
        ),
        ("When is Eid al-Fitr in 2029?", "Islamic calendar look-up, sighting-dependent"),
        ("What day of the week does the 2028 Boat Race fall on?", "fixture date must be looked up"),
    ],
    "near-fact": [
        ("How tall is Ben Nevis in feet?", "the height must be known"),
        ("What's the wingspan of a Cessna 172 in metres?", "aircraft data must be known"),
        ("How long is the runway at Gibraltar in feet?", "the length must be known"),
        (
            "How far is it from Southampton to New York in nautical miles?",
            "the distance must be known",
        ),
    ],
    "near-estimate": [
        ("Roughly how many loaves can one baker shape in an 8-hour shift?", "estimate"),
        ("About how many boxes does a typical 3-bed house move need?", "estimate"),
        ("How many hours of practice does a child need to get to Grade 8 violin?", "estimate"),
    ],
    "near-method": [
        ("How do I work out my lambing percentage from the flock records?", "asks for the method"),
        ("What's the formula for the length of a half-wave dipole?", "asks for a formula"),
        (
            "Show me how to work out how much fabric I need for quilt binding.",
            "asks for the method",
        ),
    ],
    "near-check": [
        (
            "My daughter says 7 × 8 is 54. How do I explain to her why that's wrong?",
            "explaining an error to a child",
        ),
        (
            "I worked out 18 knots as 29 km/h. Is my working right, and where did I slip up?",
            "checking working",
        ),
        (
            "Treasurer here: I made the Gift Aid on £6,240 come to £1,248. Can you check it and explain?",
            "checking and explaining",
        ),
        (
            "Is the bride right that 143 guests at tables of 10 only needs 14 tables? Explain it to her nicely.",
            "correcting someone, tactfully",
        ),
    ],
    "near-words": [
        ("Write £4,275 in words for the charity cheque.", "output in words"),
        (
            "What's 2028 in Roman numerals? It's for the wedding invitations.",
            "output as Roman numerals",
        ),
        ("Spell out 1,309 in German words.", "output in German words"),
        ("How do you send the number 73 in Morse code?", "output in Morse"),
    ],
    "near-dosing": [
        (
            "How much local anaesthetic can a 20 kg child safely have for a filling?",
            "medical dosing",
        ),
        ("My ewe weighs 75 kg, what dose of wormer should she get?", "veterinary dosing"),
        (
            "How many ibuprofen can I take a day for an altitude headache at 3,000 m?",
            "medical dosing",
        ),
    ],
    "near-rules": [
        (
            "How many hours do I need to log before I can take the PPL skills test?",
            "licensing rules",
        ),
        ("What's the maximum power I can run on a UK Foundation licence?", "radio licence rules"),
        (
            "At what age can I claim my state pension if I was born in March 1962?",
            "pension-age rules",
        ),
        (
            "How many hours can an HGV driver drive in a day under the EU rules?",
            "drivers' hours rules",
        ),
    ],
    "near-mixed": [
        (
            "Convert 6,500 ft to metres and tell me whether I need oxygen up there unpressurised.",
            "needs aviation safety advice too",
        ),
        (
            "How many days between 4 June 2028 and 29 June 2028, and which Munros are good then?",
            "needs hill recommendations too",
        ),
        (
            "Work out 96 guests at £58 a head and suggest a cheaper menu if that's too much.",
            "needs menu suggestions too",
        ),
        (
            "What's 340 kg in pounds, and which ratchet strap rating should I use for it?",
            "needs load-securing advice too",
        ),
        (
            "What day of the week is 2 September 2028, and is that a good day for a charity fun run?",
            "needs a judgement too",
        ),
    ],
    "near-judgement": [
        ("Our pub quiz team averages 58 out of 80. Is that decent for the league?", "judgement"),
        (
            "I'm 66 with a pension pot of £210,000. Is that enough to retire on?",
            "financial judgement",
        ),
        ("Is 25 knots of wind too strong for a student pilot's first solo?", "safety judgement"),
        ("We charge £45 for a check-up. Is that too expensive for our area?", "market judgement"),
    ],
    "near-split": [
        (
            (
                "Four couples shared a villa but one couple only came for 3 of the 7 nights. What's a "
                "fair way to split the £2,800?"
            ),
            "fairness needs interpretation",
        ),
        (
            (
                "My parents put £5,000 into the wedding and his put in £4,000, but his side has more "
                "guests. How should we split the costs fairly?"
            ),
            "fairness needs interpretation",
        ),
        (
            (
                "Three bakeries share a delivery van but one uses it twice as often. How should we "
                "split the £1,200 a month?"
            ),
            "fairness needs interpretation",
        ),
    ],
    "near-code": [
        (
            "Write an Excel formula that turns the kg in column B into lb in column C.",
            "spreadsheet formula",
        ),
        (
            "What Google Sheets formula gives the days between the dates in A2 and B2?",
            "spreadsheet formula",
        ),
        (
            "Write a Python function that turns a frequency in MHz into a wavelength in metres.",
            "code",
        ),
        ("Give me SQL that adds 26 weeks to every patient's last visit date.", "code"),
    ],
    "near-size": [
        ("What are the dimensions of a Euro pallet in millimetres?", "standard size must be known"),
        ("How big is a king-size quilt in inches?", "standard size varies and must be looked up"),
        ("What size is a fat quarter in inches?", "standard size must be known"),
    ],
    "near-voice": [
        (
            "remind me to ring the dentist at half past four about the twelve fifteen slot",
            "an action, not a calculation",
        ),
        (
            "text sarah the van will be there at nine and the crew is four people",
            "a message to send",
        ),
        ("add forty pallets for leeds to thursdays job sheet", "an action on a system"),
    ],
}

for fam, rows in NEG.items():
    for query, note in rows:
        extra = {"note": note} if note else {}
        add("negative", fam, query, **extra)


def conv(family, turns, note):
    msgs = msgs_of(turns)
    add("negative", family, msgs[-1]["content"], messages=msgs, note=note)


def fmt(x):
    """A Fraction written the way an assistant would (up to 3 decimals, thousands commas)."""
    x = F(x)
    if x.denominator == 1:
        return f"{int(x):,}"
    return f"{float(x):,.3f}".rstrip("0").rstrip(".")


def long_date(d):
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# notation redefined in an earlier turn
conv(
    "conv-redefine",
    [
        (U, "In my logbook I write times as hours.minutes, so 1.45 means one hour forty-five."),
        (A, "Got it: 1.45 is 1 hour 45 minutes, not 1.45 hours."),
        (U, "Add up 1.45, 0.50 and 2.35 for me."),
    ],
    "logbook times are h.mm, not decimal hours",
)
conv(
    "conv-redefine",
    [
        (U, "When I give you a level, it's a flight level, so hundreds of feet."),
        (A, "Understood, a level of 80 means 8,000 ft."),
        (U, "What's 65 in metres?"),
    ],
    "a bare number means a flight level",
)
conv(
    "conv-redefine",
    [
        (U, "In our quilting group a 'strip' always means a 2.5 inch jelly roll strip."),
        (A, "OK, one strip is 2.5 inches wide."),
        (U, "How many cm wide are 6 strips side by side?"),
    ],
    "strip width fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Round here a 'bag' of fertiliser means a 600 kg big bag, not a 50 kg one."),
        (A, "Noted, a bag is 600 kg."),
        (U, "How many kg in 14 bags?"),
    ],
    "bag size fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Our quiz scores 3 points for a right answer and takes 1 off for a wrong one."),
        (A, "Got it, +3 right, -1 wrong."),
        (U, "We got 31 right and 9 wrong. What's our score?"),
    ],
    "scoring rule fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "On our club net, 'the frequency' always means 145.500 MHz."),
        (A, "Noted."),
        (U, "What's the frequency plus 600 kHz, in MHz?"),
    ],
    "'the frequency' defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "On our order sheets 'a tray' means 24 rolls."),
        (A, "OK, a tray is 24 rolls."),
        (U, "The hotel wants 17 trays. How many rolls is that?"),
    ],
    "tray size fixed earlier",
)
# numbers fixed in earlier turns
conv(
    "conv-numbers",
    [
        (U, "Our wedding venue charges £74 per guest, all in."),
        (A, "Thanks, £74 a head."),
        (U, "So what's the bill for 118 guests?"),
    ],
    "per-head price given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The ewes went to the tup on 8 October 2027."),
        (A, "OK, noted."),
        (U, "When's lambing, 147 days later?"),
    ],
    "tupping date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My Class 2 medical was renewed on 5 May 2027."),
        (A, "Good to know."),
        (U, "What date is 730 days after that?"),
    ],
    "medical date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The removals quote was £1,340 plus £180 a week for storage."),
        (A, "Understood."),
        (U, "What's the total with 6 weeks of storage?"),
    ],
    "quote and weekly rate given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "A full pallet of our flour weighs 1,020 kg."),
        (A, "OK."),
        (U, "How many lb is that?"),
    ],
    "weight given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "We charge £38 for a routine check-up at the practice."),
        (A, "Noted."),
        (U, "How much for 47 of them?"),
    ],
    "fee given earlier",
)
SAIL = D(2028, 8, 11)
conv(
    "conv-numbers",
    [
        (U, f"Our cruise leaves Southampton on {long_date(SAIL)}."),
        (A, "Lovely, that sounds exciting."),
        (U, "Which weekday is that?"),
    ],
    "date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The summit of Sunday's walk is 978 m."),
        (A, "Nice one."),
        (U, "And in feet?"),
    ],
    "height given earlier",
)
# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "What's 8,460 × 0.25?"),
        (A, fmt(8460 * dec("0.25")) + "."),
        (U, "And for last year's 7,920?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "Convert 5,200 ft to metres."),
        (A, fmt(5200 * FT) + " m."),
        (U, "And 7,000?"),
    ],
    "elliptical follow-up",
)
WED_DAY = D(2028, 9, 23)
conv(
    "conv-followup",
    [
        (U, f"What weekday is {long_date(WED_DAY)}?"),
        (A, weekday(WED_DAY) + "."),
        (U, "And the same date the following year?"),
    ],
    "follow-up refers to the earlier date",
)
conv(
    "conv-followup",
    [
        (U, "Split £1,920 between 12 players."),
        (A, f"£{fmt(F(1920, 12))} each."),
        (U, "Two more have joined, redo it please."),
    ],
    "follow-up changes an earlier number",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 1 June 2028 to 31 August 2028?"),
        (A, f"{days(D(2028, 6, 1), D(2028, 8, 31))} days."),
        (U, "How many of those are Sundays?"),
    ],
    "follow-up on an earlier span",
)
conv(
    "conv-followup",
    [
        (U, "What's 21 knots in km/h?"),
        (A, f"{fmt(21 * KNOT / KMH)} km/h."),
        (U, "Is that quick for a cruise ship?"),
    ],
    "judgement on an earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What date is 147 days after 20 September 2027?"),
        (A, long_date(D(2027, 9, 20) + TD(147)) + "."),
        (U, "Now do it for the second tupping date as well."),
    ],
    "refers to a date the user has not yet given",
)
# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a flight instructor. Always explain your reasoning step by step."),
        (U, "What's 2,300 ft in metres?"),
    ],
    "step-by-step teaching persona",
)
conv(
    "conv-persona",
    [
        (U, "Please reply only in Welsh for the rest of this chat."),
        (A, "Iawn, wrth gwrs!"),
        (U, "How many days between 1 May 2028 and 20 May 2028?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-persona",
    [
        (U, "Doing homework with my 6 year old. Explain every answer using apples so she gets it."),
        (A, "Happy to, apples it is."),
        (U, "What's 24 divided by 4?"),
    ],
    "child-friendly explanation required",
)
conv(
    "conv-persona",
    [
        (S, "Answer every question as a ship's captain making a tannoy announcement."),
        (U, "How far is 120 nautical miles in km?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "Only answer in French words from here on, no digits at all."),
        (A, "D'accord."),
        (U, "What's 17 × 6?"),
    ],
    "output in French words fixed earlier",
)
conv(
    "conv-persona",
    [
        (U, "Format every answer as one CSV row: quantity,unit. Nothing else."),
        (A, "quantity,unit"),
        (U, "Convert 450 lb to kg."),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona",
    [
        (
            S,
            "You are a quiz master. Never reveal an answer; only say if the team's guess is right.",
        ),
        (U, "What's 12 × 13?"),
    ],
    "quiz-master persona withholds answers",
)
# conventions fixed earlier
conv(
    "conv-convention",
    [
        (U, "Our charity's financial year runs from 1 October to 30 September."),
        (A, "Noted."),
        (U, "Which quarter is 14 February 2028 in?"),
    ],
    "financial year fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "The practice is shut Wednesdays and weekends, so clinic days are Mon, Tue, Thu, Fri."),
        (A, "Got it, four clinic days a week."),
        (U, "How many clinic days are there in March 2028?"),
    ],
    "clinic days fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "Dates I paste from our dispatch system are year/day/month."),
        (A, "Understood: year, then day, then month."),
        (U, "What weekday is 2028/03/07?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-convention",
    [
        (
            U,
            "Our orchestra's term weeks start on Saturdays, and week 1 starts on 9 September 2028.",
        ),
        (A, "OK."),
        (U, "Which week is 30 October 2028 in?"),
    ],
    "week numbering fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "In our lambing records the day the tup goes in is day 1, not day 0."),
        (A, "Understood."),
        (U, "Tup went in on 1 October 2027. What date is day 147?"),
    ],
    "day numbering fixed earlier",
)
FORT_START = stated(D(2028, 4, 3), "Monday")
conv(
    "conv-convention",
    [
        (U, "At our removals firm 'a fortnight' means 10 working days, not 14 calendar days."),
        (A, "Noted, a fortnight is 10 working days for you."),
        (U, f"What date is a fortnight after Monday {long_date(FORT_START)}?"),
    ],
    "'fortnight' redefined as working days",
)


# =========================================================================== checks and output
def _norm(q):
    return re.sub(r"\s+", " ", q).strip().lower()


def _generator_queries(path):
    """The queries of an earlier generator, built in memory by importing it (never printed)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
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
    r"\b(pints?|cups?|gallons?|quarts?|fl\.? ?oz|fluid ounces?|tablespoons?|tbsp|teaspoons?|"
    r"tons?|barrels?|mpg|calories|kcal|horsepower|bhp|kB|MB|GB|light-?years?|parsecs?)\b",
    re.IGNORECASE,
)
LENGTH_IN_MONTHS = re.compile(
    r"\b(\d+|a|one|two|three|four|five|six|nine|twelve)\s+(months?|years?)\b(?![\s-]+old)",
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
        assert 13 <= plain <= 17, (label, plain)  # roughly a third plain and direct
    for i in items:
        assert i["label"] in LABELS, i["id"]
        assert i.get("family"), i["id"]
        assert "now" not in i and "timezone" not in i, i["id"]
        if i["family"].startswith(("near-", "conv-")) and i["label"] == "negative":
            assert i.get("note"), i["id"]
        if i["family"].startswith("conv-"):
            assert i.get("messages"), i["id"]
            assert i["label"] == "negative", i["id"]
        if i.get("messages"):
            assert i["messages"][-1]["role"] == "user"
            assert i["messages"][-1]["content"] == i["query"]
        if i["label"] == "negative":
            assert i["expected"] is None and i["tolerance"] is None
        else:
            e = i["expected"]
            assert e is not None
            relative = r"\b(today|tonight's date|right now|from now|tomorrow|yesterday)\b"
            for text in [i["query"]] + [m["content"] for m in i.get("messages") or []]:
                assert not re.search(relative, text, re.IGNORECASE), i["id"]
                assert not _ambiguous_numeric_date(text), i["id"]
                assert not CONTESTED.search(text), i["id"]
                assert not LENGTH_IN_MONTHS.search(text), i["id"]
                assert not re.search(r"\bwithin\s+\S+\s+days\b", text, re.IGNORECASE), i["id"]
            if isinstance(e, (int, float)):
                assert e != 0 and i["tolerance"], i["id"]
                assert math.isfinite(e), i["id"]
            else:
                # the two string forms bench/grading.py grades: ISO date or weekday substring
                assert e in WEEKDAYS or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e), i["id"]
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
                assert i["tolerance"] is None, i["id"]
    # earlier generators (and set 16 if it exists now); user turns of my conversations count too
    sys.dont_write_bytecode = True  # leave no bytecode behind in the repository's folder
    earlier = set()
    for name in EARLIER:
        path = EARLIER_DIR / name
        assert path.is_file(), f"missing earlier generator {name}"
        earlier |= _generator_queries(path)
    checked = list(EARLIER)
    for name in OPTIONAL_EARLIER:
        path = EARLIER_DIR / name
        if path.is_file():
            earlier |= _generator_queries(path)
            checked.append(name)
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
    print(f"duplicate check against: {', '.join(checked)}")
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
                print(i["id"], repr(i["expected"]), i["tolerance"], "|", i["query"][:70])


if __name__ == "__main__":
    main()
