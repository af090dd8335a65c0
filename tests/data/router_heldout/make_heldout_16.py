"""Generate heldout-2026-12-19.jsonl: a sixteenth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded),
make_heldout_15.py (for its record format, its label/tolerance/family conventions, its exact
conversion factors with their sources, its date helpers, the rules of its docstring about what
positives may and may not ask and what is left out as contested, and how its main() asserts counts
and checks for duplicates against earlier generators), and the module docstrings (the first 80
lines only) of make_heldout_13.py and make_heldout_14.py, solely for their lists of registers.
Nothing under router/, tools/, docs/, server/ or tests/ (other than those three generators) was
opened. Disclosures: the folder tests/data/router_heldout/ was listed to see which earlier
generators exist; /work/sealed/ was listed twice, only to see whether make_heldout_17.py existed
(it also holds files named heldout-2026-12-18.jsonl, heldout-2026-12-20.jsonl and
make_heldout_15.py; none of them was opened); `git status --short` was run once before writing (it named three files under tools/ and
tests/tools/ already modified by someone else; none was opened); the line-length setting of
pyproject.toml was grepped (100; it says nothing about routing), and ruff check/format were run on
this file alone (formatting only; the JSONL it writes was unchanged). No JSONL file was opened, no
git history was looked at, no network was used, and neither the router nor the bench was ever run
on this set. Reading make_heldout_15.py in full meant seeing all of its queries; none was copied or
adapted here and no template of it was reused: every query below is newly written by the author.
The small helpers (num, dec, pct, terminates, whole_up, age, nth_weekday, clock_span, ...) and the
duplicate check in main() follow set 15's logic. `main()` asserts that every query is unique and
that none equals (case-insensitively, whitespace-normalised) a query or user turn of
make_heldout.py, make_heldout_2.py ... make_heldout_15.py (built in memory by importing those
generators from the first folder, this file's own then /work/main/tests/data/router_heldout/, that
holds make_heldout.py), nor of /work/sealed/make_heldout_17.py when that file exists at run time
(written at the same time by another author; it is only imported, never opened or read by the
author). Their queries are never printed; on a clash only the ids of THIS set are reported.

Registers (families) for this set, as assigned in the brief. Some of them share a topic with an
earlier set's register (home brewing, astronomy and moving house with set 12; dog grooming, school
trips, camping and theatres with set 13; gyms, car servicing, pottery, horse stables and online
craft shops with set 14); the questions here are new and use other situations and numbers:
  all three tools: plain and direct one-liners (15 of each tool's 45 positives), amateur astronomy
    clubs (magnification with its formula stated, mirror size, a cold night in degF, a meeting
    calendar), allotments (seed bags bought whole, a sack's weight in lb, sowing-to-harvest dates),
    a dog-walking and grooming business (weekly takings, a dog's weight, jab and grooming dates),
    home brewing of beer and wine (ABV with its formula stated, bottles bought whole, mash
    temperature, fermenting days), a teacher organising a school trip (cost per pupil, walk
    distance, a consent-form deadline, the length of the trip day), a market-stall trader (takings
    after the pitch fee, pounds of apples, fortnightly market dates), a small online craft shop
    (platform fee, listing fee and postage stated; a discount code; parcel weight; dispatch date),
    caravanning and camping (site fees, tyre pressure, nights on site, storage days), amateur
    theatre (box office, seats filled, stage width, run length counting both ends as stated), car
    servicing (a quote with VAT stated, service interval, next service), gym and weight training
    (plates on the bar, kg and lb, programme end date), baking by weight (flour scaled up, ounces
    and oven temperatures, a starter's age), a translation agency (rate per word, days at a stated
    pace, feet in a brochure, delivery dates), local football club kit orders (kit totals, pitch
    length in yards, a player's age on a cut-off date), physics and chemistry homework (speed,
    moles with the molar mass stated, km/h, joules, days in the year 2100), exam revision
    timetables (mock average, minutes per block, days until the first exam, an exam's weekday), a
    swimming pool (lengths, lesson blocks, water temperature, yards), pottery and kiln temperatures
    (firing cost, bisque and glaze temperatures, firing hours), moving house (van hire, boxes in
    packs, load length, notice date), horse riding (livery and hay; hands, exactly 4 inches; an age
    and farrier visits), and messages from people writing English as a second language.
Positives are written as real people ask: many are word problems of two to four sentences with a
backstory, chatty or terse, some with small typos or missing punctuation, some with numbers in
words, and with varied question forms. No positive conversations this time.

Negatives (label "negative", 200): 100 ordinary ones in the same registers, many with numbers in
them (explanations, advice, writing tasks, code, world facts, live information, small talk,
how-tos, translation, opinions, riddles and plans); 65 hard single-turn negatives (families
"near-...", each with a "note"): conversions needing a density or an exchange rate, calculations
with the numbers missing, dates hanging on a private event never given, dates that must be looked
up (eclipses, meteor-shower peaks, fixtures, lunar calendars), world facts (including a
pyrometric cone's temperature), estimates, requests for a method or formula, checking someone's
working, output in words / Roman numerals / another script, human and veterinary dosing, rules
knowledge (towing law, junior football, horse transport, swimming ratios), exact questions
bundled with a part that needs the model, judgements about a number, fair splits needing
interpretation, code or spreadsheet formulas, and sizes to look up; and 35 conversations
(families "conv-...", field "messages"; "query" repeats the last user turn; each with a "note"):
notation redefined earlier (horse heights as hands.inches, a brewer's "batch", a theatre's
"house", a 33 m pool's "length", a decimal comma, a gym's "plate", an operator), numbers fixed
in earlier turns, follow-ups on an earlier answer, personas and output formats, and conventions
fixed earlier (a year.day.month date order, a club season, a Saturday-first week, prices quoted
without VAT, a school half term, numbered revision weeks). No negative here is negative only
because of a contested unit reading or an unstated "today" (those are policy questions, not
routing ones); every negative needs the language model.

Left out entirely (their grading is contested), as in set 15: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, short/long tons, barrels, mpg, calories,
horsepower, kB vs KiB (only the binary KiB/MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nominal sizes in positives, leap-day birthdays, all-numeric
dates whose day and month are both <= 12 (unless the format is stated; asserted), time zones
and daylight saving in positives, Easter and other movable feasts, and anything depending on
the current date (no "now" or "timezone" field is set; no positive needs a "today"; asserted).
Also left out: running paces, "within N days" deadlines (deadlines are worded "N days after" or
"N days before"), "how many weeks" between dates that are not a whole number of weeks apart
(asserted), "counting both ends" spans unless the query says so, horse heights written in the
hands.inches dot notation in positives (it reads like a decimal; it appears only in a
conversation negative that defines it), and counts rounded down.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results, 1e-3 for
unit results a tool may round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English
name, everything else as a number (the grader reads the LAST number of the answer). No positive
asks for a result in a unit written with a power, as a clock time, as a mixed unit or as a
fraction "a/b"; no calculator, date or exact unit result is a repeating decimal (asserted). A
positive is a question whose tool answer IS the whole answer; counts that must be whole (bags,
bottles, packs, adults, days quoted) are rounded up because the query says or implies they are
taken whole (asserted: the unrounded value is never already whole).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (the same sources as set 15, plus the hand):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 hand = 4 in exactly (Handbook 44, Appendix C, units of length; used for horse heights)
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2 (3rd CGPM 1901; NIST SP 811 B.8),
      so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly (NIST SP 811 B.8; SI Brochure, 8th edition (2006), Table 8)
  SI Brochure, 9th edition (2019): SI prefixes; T(K) = t(degC) + 273.15;
    t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s, 1 h = 60 min; 1 kWh = 3.6 MJ; 1 L = 1000 mL
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime; any other rule is stated in
    the query itself.

Run:  .venv/bin/python make_heldout_16.py   (writes the JSONL next to this file and prints
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

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2026-12-19.jsonl"
PREFIX = "ho16-"
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 16))
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))
# Written at the same time by another author: imported for the duplicate check if present.
CONCURRENT = (Path("/work/sealed/make_heldout_17.py"),)
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
    """The smallest whole number of things covering x (taken whole)."""
    x = F(x)
    assert x.denominator != 1, x  # otherwise rounding up is not being tested
    return math.ceil(x)


assert num(F(36, 8)) == 4.5 and num(dec("1.25") * 4) == 5 and pct("7.5") == F(3, 40)
assert terminates(F(7, 80)) and not terminates(F(2, 7)) and whole_up(F(41, 10)) == 5

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain and direct (15)
calc("plain", "What is 4,786 + 9,359?", 4786 + 9359)
calc("plain", "Work out 23,400 − 17,865", 23400 - 17865)
calc("plain", "What's 48 multiplied by 375?", 48 * 375)
calc("plain", "What is 9,828 divided by 24?", F(9828, 24))
calc("plain", "What is 35% of 2,460?", pct(35) * 2460)
calc("plain", "What's 6 to the 5th power?", 6**5)
assert math.isqrt(5929) ** 2 == 5929
calc("plain", "square root of 5929?", math.isqrt(5929))
calc("plain", "What is 1.75 × 68?", dec("1.75") * 68)
calc("plain", "0.125 times 3,208 = ?", dec("0.125") * 3208)
calc("plain", "What is (1,250 + 730) ÷ 8?", F(1250 + 730, 8))
calc("plain", "What's 7.5% of 1,680?", pct("7.5") * 1680)
calc("plain", "What is 45.6 ÷ 0.24?", dec("45.6") / dec("0.24"))
calc("plain", "what's 19 cubed", 19**3)
calc("plain", "Calculate 3,600 ÷ 16 × 5", F(3600, 16) * 5)
calc("plain", "What is 58.3 + 127.45 − 9.8?", dec("58.3") + dec("127.45") - dec("9.8"))

# amateur astronomy clubs
calc(
    "astronomy",
    "Our club's Dobsonian has a focal length of 1,200 mm. Magnification is the telescope's focal "
    "length divided by the eyepiece's focal length. What magnification does a 32 mm eyepiece "
    "give?",
    F(1200, 32),
)
# allotments and vegetable growing
calc(
    "allotment",
    "seed potatoes only come in 2.5 kg bags at the allotment shop and I want to plant 12 kg this "
    "year. how many bags have i got to buy",
    whole_up(F(12) / dec("2.5")),
)
# dog-walking and grooming business
calc(
    "dog-walking",
    "I've got seven dogs on my weekday round and each walk is £13. I walk them all five days a "
    "week. What do I take over four weeks?",
    7 * 13 * 5 * 4,
)
# home brewing of beer and wine
calc(
    "home-brewing",
    "Using ABV = (OG − FG) × 131.25, my oatmeal stout started at 1.058 and finished at 1.014. "
    "What ABV did it end up?",
    (dec("1.058") - dec("1.014")) * dec("131.25"),
)
calc(
    "home-brewing",
    "Got 23 litres of elderflower wine ready to bottle. Each bottle holds 0.75 L and I have none "
    "left, so how many bottles do I need to buy?",
    whole_up(F(23) / dec("0.75")),
)
# a teacher organising a school trip
calc(
    "school-trip",
    "Planning the Year 6 trip to the science museum. The coach is £720 for the day, split "
    "evenly between 48 pupils, and entry is £6.50 per pupil. What should I charge each child?",
    F(720, 48) + dec("6.50"),
)
# a market-stall trader
calc(
    "market-stall",
    "Saturday on the stall: 94 jars of chutney at £4.25 and 37 jars of jam at £3.80, and the "
    "pitch cost me £32. What did I make after the pitch fee?",
    94 * dec("4.25") + 37 * dec("3.80") - 32,
)
# a small online craft shop
calc(
    "craft-shop",
    "Sold a pair of silver earrings for £24 in my online shop. The platform takes a 6.5% "
    "transaction fee plus a 20p listing fee, and postage cost me £1.55. How much is left for me?",
    24 - pct("6.5") * 24 - dec("0.20") - dec("1.55"),
)
calc(
    "craft-shop",
    "A customer ordered 3 of my linocut prints at £18 each with a 10% off code that only applies "
    "to the prints. Shipping to Ireland is £4.95 on top. What's the order total?",
    3 * 18 * (1 - pct(10)) + dec("4.95"),
)
# caravanning and camping
calc(
    "caravanning",
    "The campsite charges £31 a night for a caravan pitch and we're stopping 11 nights. Club "
    "members get 10% off the whole stay. what do we pay",
    31 * 11 * (1 - pct(10)),
)
# amateur theatre
calc(
    "am-dram",
    "Our panto sold two hundred and twelve adult tickets at £14 and ninety-six child tickets at "
    "£8. What did the box office take?",
    212 * 14 + 96 * 8,
)
calc(
    "am-dram",
    "The village hall seats 180 and we put on 5 performances. We sold 738 tickets across the "
    "whole run. What percentage of the seats did we fill?",
    F(738, 180 * 5) * 100,
)
# car servicing
calc(
    "car-servicing",
    "Garage quote for the cambelt: parts £186.40 and labour 2.5 hours at £78 an hour, then 20% "
    "VAT on everything. What's the total bill?",
    (dec("186.40") + dec("2.5") * 78) * (1 + pct(20)),
)
# gym and weight training
calc(
    "gym",
    "On the bar (20 kg) I've loaded two 25 kg plates, two 10s and two 2.5s. Total weight?",
    20 + 2 * 25 + 2 * 10 + 2 * dec("2.5"),
)
calc(
    "gym",
    "My deadlift went up from 140 kg in January to 175 kg in December. By what percentage did "
    "it increase?",
    F(175 - 140, 140) * 100,
)
# baking by weight
calc(
    "baking",
    "My bloomer recipe uses 900 g of flour for 2 loaves. The school fair wants 7 loaves from me. "
    "How many grams of flour is that?",
    F(900, 2) * 7,
)
# a translation agency
calc(
    "translation-agency",
    "We charge £0.11 a word for French into English. The client's document is 6,480 words. "
    "What's our fee?",
    dec("0.11") * 6480,
)
calc(
    "translation-agency",
    "One translator gets through about 2,500 words a day and the manual is 41,000 words. How many "
    "days should we quote, rounding up to whole days?",
    whole_up(F(41000, 2500)),
)
# local football club kit orders
calc(
    "football-kit",
    "Kit order for the under-12s: 17 shirts at £22.50, 17 pairs of shorts at £9.99 and 17 pairs "
    "of socks at £5.50. What's the total?",
    17 * (dec("22.50") + dec("9.99") + dec("5.50")),
)
# physics and chemistry homework
calc(
    "homework",
    "Physics homework: a car covers 2,400 m in 96 seconds. What's its average speed in m/s?",
    F(2400, 96),
)
calc(
    "homework",
    "chemistry q - how many moles are in 63 g of water if the molar mass of water is 18 g/mol?",
    F(63, 18),
)
# exam revision timetables
calc(
    "revision",
    "My five mock results were 62, 71, 58, 80 and 74. What's my average mark?",
    F(62 + 71 + 58 + 80 + 74, 5),
)
# a swimming pool
calc(
    "swimming-pool",
    "The pool's 25 metres long and I did 72 lengths this morning. How far did I swim in metres?",
    25 * 72,
)
calc(
    "swimming-pool",
    "Swimming lessons are £7.40 a session, paid for the whole twelve-week block up front, plus a "
    "single £5 registration fee for the family. What do I pay for my two kids?",
    2 * 12 * dec("7.40") + 5,
)
# pottery and kilns
calc(
    "pottery",
    "My kiln draws 9.6 kW and a glaze firing runs 8.5 hours at full power. Electricity is 25p "
    "per kWh. How much does one firing cost in pounds?",
    dec("9.6") * dec("8.5") * dec("0.25"),
)
# moving house
calc(
    "moving-house",
    "Van hire is £89 a day plus 30p for every mile. We need it for 2 days and we'll drive 146 "
    "miles in total. What will the hire cost us?",
    2 * 89 + dec("0.30") * 146,
)
calc(
    "moving-house",
    "We reckon on 74 boxes for the move. The removal boxes are sold in packs of 15. How many "
    "packs do we need?",
    whole_up(F(74, 15)),
)
# horse riding
calc(
    "horse-riding",
    "Livery for my mare is £95 a week, and on top of that she eats 4 bales of hay a week at "
    "£6.50 a bale. What does she cost me over 6 weeks?",
    6 * (95 + 4 * dec("6.50")),
)
# English as a second language
calc("non-native", "Please I want know how much is 18 percent of 3500 pounds?", pct(18) * 3500)
calc(
    "non-native",
    "My teacher give us 240 page to read in 15 day. How many page each day I must to read?",
    F(240, 15),
)

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
HAND = 4 * IN
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
G0 = dec("9.80665")  # m/s^2
PSI = LB * G0 / (IN * IN)  # Pa
BAR = F(10**5)  # Pa
KWH = F(3600000)  # J
KIB, MIB, GIB = 2**10, 2**20, 2**30  # bytes
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert HAND == dec("0.1016") and abs(PSI - dec("6894.757")) < dec("0.001")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def c_to_k(c):
    return F(c) + dec("273.15")


assert f_to_c(32) == 0 and c_to_f(100) == 212 and c_to_k(dec("-273.15")) == 0

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# plain and direct (15)
unit("plain", "Convert 26.2 miles to kilometres", dec("26.2") * MI / 1000)
unit("plain", "How many kilograms is 150 lb?", 150 * LB)
unit("plain", "What's 40 °C in Fahrenheit?", c_to_f(40), EXACT)
unit("plain", "Convert 98.6 °F to °C", f_to_c(dec("98.6")), EXACT)
unit("plain", "How many centimetres in 14 inches?", 14 * IN * 100, EXACT)
unit("plain", "How many feet is 1,000 metres?", 1000 / FT)
unit("plain", "Convert 750 grams to ounces", F(750, 1000) / OZ)
unit("plain", "5 km in miles?", 5000 / MI)
unit("plain", "What is 100 °C in kelvin?", c_to_k(100), EXACT)
unit("plain", "Convert 2.5 litres to millilitres", dec("2.5") * 1000, EXACT)
unit("plain", "How many seconds in 4.25 hours?", dec("4.25") * 3600, EXACT)
unit("plain", "Convert 38 mph into km/h", 38 * MPH / KMH)
unit("plain", "How many MiB are in 3 GiB?", F(3 * GIB, MIB), EXACT)
unit("plain", "Convert 30 psi to bar", 30 * PSI / BAR)
unit("plain", "How many yards is 400 m?", 400 / YD)

# amateur astronomy clubs
unit(
    "astronomy",
    "The club has just been given a reflector with an 8-inch mirror. What's that in millimetres?",
    8 * IN * 1000,
    EXACT,
)
unit(
    "astronomy",
    "It got down to −4 °C at the dark-sky site during our observing night. What is that in "
    "Fahrenheit?",
    c_to_f(-4),
    EXACT,
)
# allotments and vegetable growing
unit(
    "allotment",
    "The sack of chicken-manure pellets on my allotment says 44 lb. How many kilos is that?",
    44 * LB,
)
# dog-walking and grooming business
unit(
    "dog-walking",
    "Bella the labrador weighed 31 kg at her groom and her American owner wants it in pounds. "
    "What do I tell her?",
    31 / LB,
)
# home brewing of beer and wine
unit(
    "home-brewing",
    "The recipe says to mash at 152 °F but my thermometer only does Celsius. What should it read?",
    f_to_c(152),
)
unit(
    "home-brewing",
    "I pitch my ale yeast at 20 °C. In Fahrenheit that's what?",
    c_to_f(20),
    EXACT,
)
# a teacher organising a school trip
unit(
    "school-trip",
    "For the risk assessment I need the walk from the coach park to the castle in km. The sign "
    "says it's 1.5 miles.",
    dec("1.5") * MI / 1000,
)
# a market-stall trader
unit(
    "market-stall",
    "A regular asked for 2 lb of Bramleys but my scales only show grams. How many grams should "
    "I weigh out?",
    2 * LB * 1000,
    EXACT,
)
# a small online craft shop
unit(
    "craft-shop",
    "My parcel to a buyer in Ohio weighs 1.2 kg and the US customs form wants pounds. What's "
    "1.2 kg in lb?",
    dec("1.2") / LB,
)
# caravanning and camping
unit(
    "caravanning",
    "Caravan handbook says the tyres should be at 4.5 bar, but the gauge at the garage reads "
    "psi. what do i pump them to",
    dec("4.5") * BAR / PSI,
)
# amateur theatre
unit(
    "am-dram",
    "The stage at our new venue is 9 m wide and all our old set drawings are in feet. How many "
    "feet wide is it?",
    9 / FT,
)
# car servicing
unit(
    "car-servicing",
    "The handbook gives the service interval as 12,500 miles. Convert that to km for me?",
    12500 * MI / 1000,
)
# gym and weight training
unit("gym", "I pulled 405 lb at a meet in Texas. What's that in kg?", 405 * LB)
unit(
    "gym",
    "My goal this year is a 100 kg squat. My American training partner asked what that is in "
    "pounds.",
    100 / LB,
)
# baking by weight
unit(
    "baking",
    "Mum's old fruit cake recipe wants 8 oz of butter. How many grams is that?",
    8 * OZ * 1000,
)
unit(
    "baking",
    "An American cookie recipe says bake at 425 °F. Whats that in celsius",
    f_to_c(425),
)
# a translation agency
unit(
    "translation-agency",
    "Translating a tourist brochure that gives the tower's height as 1,250 feet. The French "
    "version needs metres: how many metres is it?",
    1250 * FT,
    EXACT,
)
# local football club kit orders
unit(
    "football-kit",
    "The groundsman marked our pitch out at 110 yards. How many metres long is that?",
    110 * YD,
    EXACT,
)
# physics and chemistry homework
unit("homework", "Physics homework: change 25 m/s into km/h.", 25 / KMH, EXACT)
unit(
    "homework",
    "The kettle question in my son's homework: convert 0.65 kWh into joules.",
    dec("0.65") * KWH,
    EXACT,
)
# exam revision timetables
unit(
    "revision",
    "Each revision block on my timetable is 2.75 hours. How many minutes is one block?",
    dec("2.75") * 60,
    EXACT,
)
# a swimming pool
unit(
    "swimming-pool",
    "The leisure centre keeps the teaching pool at 29 °C. What's that in °F?",
    c_to_f(29),
    EXACT,
)
unit(
    "swimming-pool",
    "My old coach set us 1,650 yards as the distance swim. How many metres is that?",
    1650 * YD,
    EXACT,
)
# pottery and kilns
unit(
    "pottery",
    "I bisque fire to one thousand degrees Celsius. What is that in Fahrenheit?",
    c_to_f(1000),
    EXACT,
)
unit(
    "pottery",
    "The glaze recipe from an American book says fire to 2,232 °F. What's that in Celsius?",
    f_to_c(2232),
)
# moving house
unit(
    "moving-house",
    "The Luton van's load space is 14 ft long. How long is that in metres?",
    14 * FT,
    EXACT,
)
# horse riding
unit(
    "horse-riding",
    "My new gelding measures exactly 16 hands. How tall is he in centimetres?",
    16 * HAND * 100,
    EXACT,
)
unit(
    "horse-riding",
    "The pony at the riding school is 142 cm at the withers. How many hands is that?",
    F(142, 100) / HAND,
)
# English as a second language
unit(
    "non-native",
    "In my country we use kilometre. My friend say his city is forty-five miles away, how much "
    "km is it?",
    45 * MI / 1000,
)
unit(
    "non-native", "The weather app show 77 °F, how much is it in celsius please?", f_to_c(77), EXACT
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


def clock_span(start, end, unit_s):
    """From one clock time to the next occurrence of another, in units of unit_s seconds."""
    day = D(2011, 11, 11)
    a = DT.combine(day, dt.time.fromisoformat(start))
    b = DT.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


assert weekday(D(2026, 12, 19)) == "Saturday" and age(D(2000, 3, 1), D(2030, 2, 28)) == 29
assert nth_weekday(2029, 10, MON, 1) == D(2029, 10, 1) and nth_weekday(2027, 5, MON, -1).day == 31
assert clock_span("23:15", "00:45", 60) == 90 and inclusive(D(2028, 1, 1), D(2028, 12, 31)) == 366


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        expected, tol = expected.isoformat(), None
    elif isinstance(expected, str):
        assert expected in WEEKDAYS
        tol = None
    else:
        expected = F(expected)
        assert expected != 0 and terminates(expected), query
        expected, tol = num(expected), 1e-6
    add("positive:datetime", family, query, expected, tol, **extra)


# plain and direct (15)
date_item("plain", "What day of the week is 9 March 2029?", weekday(D(2029, 3, 9)))
date_item(
    "plain",
    "How many days from 12 February 2027 to 4 August 2027?",
    days(D(2027, 2, 12), D(2027, 8, 4)),
)
date_item("plain", "What date is 75 days after 18 November 2027?", D(2027, 11, 18) + TD(75))
date_item("plain", "What was the date 200 days before 5 May 2028?", D(2028, 5, 5) - TD(200))
date_item("plain", "Tell me the weekday of 3 January 2031.", weekday(D(2031, 1, 3)))
date_item(
    "plain",
    "How many weeks are there from 7 June 2027 to 13 September 2027?",
    whole_weeks(D(2027, 6, 7), D(2027, 9, 13)),
)
date_item(
    "plain",
    "How old is someone born on 23 November 1994 on 8 July 2031?",
    age(D(1994, 11, 23), D(2031, 7, 8)),
)
date_item("plain", "What date is 9 weeks after 27 February 2028?", D(2028, 2, 27) + TD(weeks=9))
date_item("plain", "how many days are in february 2030", calendar.monthrange(2030, 2)[1])
date_item(
    "plain", "What's the date of the first Monday in October 2029?", nth_weekday(2029, 10, MON, 1)
)
date_item(
    "plain", "How many minutes are there from 06:35 to 11:20?", clock_span("06:35", "11:20", 60)
)
date_item("plain", "What date is 500 days after 10 October 2026?", D(2026, 10, 10) + TD(500))
date_item(
    "plain",
    "How many days lie between 1 July 2027 and 1 July 2029?",
    days(D(2027, 7, 1), D(2029, 7, 1)),
)
date_item(
    "plain",
    "29 February 2028: which day of the week does it land on?",
    weekday(D(2028, 2, 29)),
)
date_item("plain", "What day of the year is 21 June 2028?", D(2028, 6, 21).timetuple().tm_yday)

# amateur astronomy clubs
date_item(
    "astronomy",
    "We're holding our Perseids watch on 12 August 2028. What day of the week will that be?",
    weekday(D(2028, 8, 12)),
)
FIRST_MEETING = stated(D(2028, 1, 6), "Thursday")
date_item(
    "astronomy",
    "The society meets every 4 weeks and the first meeting of the year is Thursday 6 January "
    "2028. On what date is the sixth meeting?",
    FIRST_MEETING + TD(weeks=4 * 5),
)
# allotments and vegetable growing
date_item(
    "allotment",
    "I sowed my broad beans on 28 October 2027 and the packet reckons they're ready 210 days "
    "after sowing. What date will that be?",
    D(2027, 10, 28) + TD(210),
)
# dog-walking and grooming business
date_item(
    "dog-walking",
    "Client's puppy was born on 14 March 2027 and can't start group walks until her second jab at "
    "12 weeks old. Which date is that?",
    D(2027, 3, 14) + TD(weeks=12),
)
date_item(
    "dog-walking",
    "The poodle was groomed on 22 November 2027 and gets rebooked 6 weeks later. What date goes "
    "in the diary?",
    D(2027, 11, 22) + TD(weeks=6),
)
# home brewing of beer and wine
date_item(
    "home-brewing",
    "The blackberry wine went into the demijohn on 3 September 2027 and I leave it 120 days "
    "before bottling. Bottling date?",
    D(2027, 9, 3) + TD(120),
)
date_item(
    "home-brewing",
    "Brewed the Christmas porter on 19 December 2027 and bottled it on 16 January 2028. How many "
    "days was it in the fermenter?",
    days(D(2027, 12, 19), D(2028, 1, 16)),
)
# a teacher organising a school trip
date_item(
    "school-trip",
    "The Year 5 trip to the zoo is on 23 June 2028 and consent slips have to be back 21 days "
    "before. What's the deadline I put on the letter?",
    D(2028, 6, 23) - TD(21),
)
date_item(
    "school-trip",
    "The coach leaves school at 07:40 and gets us back at 18:10. How many hours long is the trip "
    "day for the staff rota?",
    clock_span("07:40", "18:10", 3600),
)
# a market-stall trader
FIRST_MARKET = stated(D(2027, 6, 5), "Saturday")
date_item(
    "market-stall",
    "The craft market runs every other Saturday, starting Saturday 5 June 2027. What's the date "
    "of the 8th market?",
    FIRST_MARKET + TD(weeks=2 * 7),
)
# a small online craft shop
date_item(
    "craft-shop",
    "An order came in on 28 November 2027 and my shop promises dispatch 5 days after the order "
    "date. When must it be posted?",
    D(2027, 11, 28) + TD(5),
)
# caravanning and camping
date_item(
    "caravanning",
    "We've booked the site in Cornwall from 29 July 2027 to 12 August 2027. How many nights is "
    "that?",
    days(D(2027, 7, 29), D(2027, 8, 12)),
)
date_item(
    "caravanning",
    "The caravan goes into winter storage on 2 November 2027 and comes out on 14 March 2028. "
    "How many days is it stored for?",
    days(D(2027, 11, 2), D(2028, 3, 14)),
)
# amateur theatre
OPEN_NIGHT = stated(D(2027, 4, 14), "Wednesday")
CLOSE_NIGHT = stated(D(2027, 4, 24), "Saturday")
date_item(
    "am-dram",
    "Our show runs from Wednesday 14 April 2027 to Saturday 24 April 2027, one performance every "
    "night, counting both the first and last nights. How many performances is that?",
    inclusive(OPEN_NIGHT, CLOSE_NIGHT),
)
date_item(
    "am-dram",
    "Opening night is 19 November 2027 and the director wants rehearsals to start 10 weeks "
    "before. What date do we start?",
    D(2027, 11, 19) - TD(weeks=10),
)
# car servicing
date_item(
    "car-servicing",
    "My car was last serviced on 7 March 2027 and the next service is due 365 days after that. "
    "What's the date?",
    D(2027, 3, 7) + TD(365),
)
# gym and weight training
PROGRAMME_START = stated(D(2028, 1, 3), "Monday")
date_item(
    "gym",
    "Started a 12-week strength programme on Monday 3 January 2028. What date is 12 weeks after "
    "the start?",
    PROGRAMME_START + TD(weeks=12),
)
# baking by weight
date_item(
    "baking",
    "I started my sourdough starter on 2 February 2028. How many days old is it on 1 March 2028?",
    days(D(2028, 2, 2), D(2028, 3, 1)),
)
# a translation agency
date_item(
    "translation-agency",
    "The client sent the source files on 9 October 2027 and we agreed delivery 18 days after "
    "that. What's the delivery date?",
    D(2027, 10, 9) + TD(18),
)
# local football club kit orders
date_item(
    "football-kit",
    "One of our lads was born on 21 August 2014. What age will he be on 1 September 2027, when "
    "the new season's age groups are fixed?",
    age(D(2014, 8, 21), D(2027, 9, 1)),
)
# physics and chemistry homework
date_item(
    "homework",
    "Science homework asks how many days there are in the year 2100. What's the answer?",
    366 if calendar.isleap(2100) else 365,
)
# exam revision timetables
date_item(
    "revision",
    "I start revising on 14 February 2028 and my first exam is on 11 May 2028. How many days "
    "are there between the two dates?",
    days(D(2028, 2, 14), D(2028, 5, 11)),
)
date_item(
    "revision",
    "what day of the week is my physics paper on 7 June 2028",
    weekday(D(2028, 6, 7)),
)
# a swimming pool
FIRST_LESSON = stated(D(2028, 1, 8), "Saturday")
date_item(
    "swimming-pool",
    "Ten weekly swimming lessons, the first one on Saturday 8 January 2028. What's the date of "
    "the last lesson?",
    FIRST_LESSON + TD(weeks=9),
)
# pottery and kilns
date_item(
    "pottery",
    "I switched the kiln on at 21:30 and the controller turned it off at 07:45 the next morning. "
    "How many hours was it firing?",
    clock_span("21:30", "07:45", 3600),
)
# moving house
date_item(
    "moving-house",
    "We move out on 31 March 2028 and the landlord needs notice 28 days before the moving-out "
    "date. What date do I have to give notice by?",
    D(2028, 3, 31) - TD(28),
)
# horse riding
date_item(
    "horse-riding",
    "My old cob was born on 5 May 2009. How old is he on 30 April 2028?",
    age(D(2009, 5, 5), D(2028, 4, 30)),
)
date_item(
    "horse-riding",
    "The farrier comes every 6 weeks and his last visit was 17 January 2028. When is he next due?",
    D(2028, 1, 17) + TD(weeks=6),
)
# English as a second language
date_item(
    "non-native",
    "Which day of week is 25 of December 2027 please? I want know for my family visit.",
    weekday(D(2027, 12, 25)),
)
date_item(
    "non-native",
    "I arrive in UK on 15 January 2028 and go back home 2 April 2028, how many days is between?",
    days(D(2028, 1, 15), D(2028, 4, 2)),
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why do stars twinkle but planets mostly shine steadily?", None),
        (
            (
                "Why does my 8-inch Dobsonian show galaxies as faint grey smudges instead of the "
                "colourful spirals in photos?"
            ),
            None,
        ),
        ("What does a final gravity of 1.020 tell me about how my beer fermented?", None),
        ("Why does bread dough need two rises?", None),
        (
            "Why do clay pots shrink by something like 12% between wet clay and the glaze firing?",
            None,
        ),
        ("Why does a strong chlorine smell at the pool usually mean the water is dirty?", None),
        ("How does a hitch stabiliser stop a caravan from snaking at 50 mph?", None),
        ("Why does engine oil need changing every 10,000 miles or so?", None),
        ("Explain progressive overload in weight training.", None),
        ("Why are horses measured in hands, and why at the withers rather than the head?", None),
        ("What is spaced repetition and why does it help with exam revision?", None),
        ("Why does the full moon look bigger when it's low on the horizon?", None),
    ],
    "advice": [
        ("How can I get the 3 spaniels I walk together to stop pulling on the lead?", None),
        ("Our allotment has clubroot. Can I still grow brassicas on that bed next year?", None),
        ("Any tips for keeping 30 Year 7s together on a busy London museum trip?", None),
        (
            "How do I price handmade soap at £4 a bar without looking cheap next to the others?",
            None,
        ),
        ("I get terrible stage fright before our am-dram shows. What actually helps?", None),
        ("My squat has been stuck at 90 kg for two months. What should I change?", None),
        ("How do I cope with 6 exams in 8 days without burning out?", None),
        ("My horse won't load into the trailer. How can I train him to walk on calmly?", None),
        ("What should I pack for a first week of caravanning in Wales with two small kids?", None),
        ("We're moving house with an elderly cat. How do we keep her calm on the day?", None),
    ],
    "writing": [
        ("Write a letter to parents about the Year 9 trip to Bath on 14 June.", None),
        ("Write a funny product description for a crocheted frog in my online shop.", None),
        ("Write a short programme note for our amateur production of Blithe Spirit.", None),
        ("Make me a cheerful sign for my market stall: 3 jars of honey for £10.", None),
        ("Write a welcome email to new members of our astronomy society.", None),
        ("Write a short poem about the allotment in November.", None),
        (
            (
                "Draft a message to the under-10s parents saying the kit order closes on Friday and "
                "costs £35 a kit."
            ),
            None,
        ),
        (
            "Write an Instagram caption for a before-and-after of a cockapoo at my grooming salon.",
            None,
        ),
        ("Write a thank-you note to the 4 translators who worked over the bank holiday.", None),
        (
            "Write a little rhyme to help me remember the first 10 elements of the periodic table.",
            None,
        ),
    ],
    "code": [
        (
            "Write a Python function that takes a list of swim lap times and returns the fastest.",
            None,
        ),
        ("How do I sort a list of dictionaries by their 'price' key in Python?", None),
        (
            "Write a SQL query that counts orders per month from a table with a created_at column.",
            None,
        ),
        (
            "My JavaScript fetch call gives me a Promise instead of the data. What am I doing wrong?",
            None,
        ),
        ("Write a bash one-liner that renames every .JPG file in a folder to .jpg.", None),
        ("How do I make a Python dataclass immutable?", None),
        ("What's the difference between let and const in JavaScript?", None),
        (
            (
                "Write a Python script that reads a CSV of jobs and word counts and prints the total "
                "words for each translator."
            ),
            None,
        ),
        ("What does git stash pop do?", None),
        ("How do I centre a div both ways with flexbox?", None),
    ],
    "facts": [
        ("Which astronomer discovered Uranus, and in what year?", None),
        ("Which is the brightest star in the night sky?", None),
        ("Which country grows the most hops?", None),
        ("Who wrote The Importance of Being Earnest?", None),
        ("What's the oldest professional football club in England?", None),
        ("Where does the Cleveland Bay horse breed come from?", None),
        ("Which element has the chemical symbol W?", None),
        ("Who founded the Wedgwood pottery firm?", None),
        ("What is the capital of Estonia?", None),
        ("Which planet has the most known moons?", None),
    ],
    "live": [
        ("Will the sky be clear tonight over the Peak District for stargazing?", None),
        ("Are there any caravan sites with free pitches near Keswick this weekend?", None),
        ("What's a big bale of hay going for at the moment?", None),
        ("Has the council announced next year's allotment rents yet?", None),
        ("Which West End shows still have seats for this Saturday?", None),
        ("Is the M5 closed near Bristol right now?", None),
        ("Is the leisure centre pool open on the bank holiday?", None),
        ("What was the score in the Arsenal game last night?", None),
    ],
    "smalltalk": [
        ("Saw Saturn's rings for the first time tonight through a 70 mm scope!!", None),
        ("Just dug up 6 kg of potatoes from one row, so chuffed", None),
        ("Walked 9 dogs today and I'm absolutely shattered", None),
        ("First batch of 40 bottles is conditioning in the cupboard, fingers crossed", None),
        ("Opening night in 3 days and I still don't know my lines lol", None),
        ("Hit a 120 kg deadlift PB this morning", None),
        ("Sold out of brownies by 11am at the market", None),
        ("Only 12 boxes left to unpack, we're nearly there", None),
        ("My mare jumped clear over 90 cm at the show, so proud of her", None),
        ("thank u so much, my english is not so good but you help me a lot", None),
    ],
    "howto": [
        ("How do I collimate my 150 mm Newtonian with a Cheshire eyepiece?", None),
        ("How do I force rhubarb under an old bucket?", None),
        ("How do I trim a dog's nails without cutting the quick?", None),
        ("How do I clean and sanitise a fermenting bucket properly?", None),
        ("How do I centre clay on the wheel?", None),
        ("How do I level a caravan on a sloping pitch?", None),
        ("How do I check the brake fluid on my car?", None),
        ("How do I pack plates so they don't break in the removal van?", None),
        ("How do I plait a horse's mane for a show?", None),
        ("How do I do a tumble turn at the end of a length?", None),
    ],
    "translate": [
        ("Translate 'the kit order deadline is Friday' into Polish.", None),
        ("How do you say 'how much is this jar?' in Italian?", None),
        ("What's the German word for kiln?", None),
        ("Translate 'your parcel was posted on Monday' into French.", None),
        ("What does 'break a leg' mean, and is there a Spanish equivalent?", None),
        ("How do you say 'please keep your dog on a lead' in Welsh?", None),
        ("Translate 'the pool is closed for cleaning' into Portuguese.", None),
        ("What does the Latin 'per aspera ad astra' mean?", None),
    ],
    "opinion": [
        ("Is a 6-inch or an 8-inch Dobsonian better for a beginner?", None),
        ("Are free weights better than machines for building strength?", None),
        ("Is an electric wheel worth it for a hobby potter?", None),
        ("Which is more fun for an am-dram group to stage, a farce or a murder mystery?", None),
        ("Should I sell my crafts on a marketplace site or set up my own shop website?", None),
        ("Caravan or motorhome for a retired couple who want to tour Scotland?", None),
    ],
    "riddle": [
        ("What can you catch but never throw?", None),
        ("I have a neck but no head and I wear a cap. What am I?", None),
        ("What runs around a whole field without moving?", None),
        ("What kind of band never plays any music?", None),
    ],
    "plan": [
        ("Plan a 6-week beginner strength programme, three days a week.", None),
        ("Make me an 8-week revision timetable for GCSE maths, English and science.", None),
    ],
    # ---------------------------------------------------------------- hard, near-positive
    "near-density": [
        (
            "How many grams is 300 ml of golden syrup for my flapjacks?",
            "needs the density of syrup",
        ),
        ("What does 23 litres of wort weigh in kg?", "needs the wort's gravity (density)"),
        ("How many kilos is 20 litres of clay slip?", "needs the density of the slip"),
    ],
    "near-exchange": [
        (
            "A US buyer paid $45 for my lino print. How much is that in pounds?",
            "live exchange rate",
        ),
        ("The campsite in Brittany is €38 a night. What's that in sterling?", "live exchange rate"),
        ("Our Polish translator invoiced 1,800 złoty. How much is that in euros?", "exchange rate"),
    ],
    "near-missing": [
        ("How much will the coach cost per pupil for the trip?", "no price and no head count"),
        ("What's my profit on the chutney after the pitch fee?", "no sales, prices or fee given"),
        ("How many bottles will this batch fill?", "no batch volume or bottle size given"),
        ("What does the kit order come to with the club discount?", "no prices or discount"),
        ("How many lengths do I need to swim to do a mile?", "the pool length is never given"),
    ],
    "near-private-date": [
        ("What day of the week was my horse born on?", "the foaling date is never given"),
        ("How old was I when I got my first telescope?", "no dates given"),
        ("When should I bottle the mead if it needs 120 days?", "the start date is unknown"),
        ("What date are consent forms due, 3 weeks before the trip?", "the trip date is unknown"),
    ],
    "near-lookup-date": [
        ("What date is the next total solar eclipse visible from the UK?", "astronomical look-up"),
        ("What day of the week is the 2029 FA Cup final?", "fixture date must be looked up"),
        ("On which night do the Geminids peak in 2029?", "meteor-shower peak must be looked up"),
        ("What date is Eid al-Fitr in 2029?", "lunar calendar look-up"),
    ],
    "near-fact": [
        ("How far is Mars from Earth in miles?", "a world fact, and it changes"),
        ("How tall is an average Shire horse in hands?", "breed knowledge"),
        ("What temperature does cone 6 reach in Celsius?", "pyrometric cone chart look-up"),
        (
            "At what temperature in Fahrenheit does ethanol boil?",
            "a chemistry fact, not a given number",
        ),
        ("How long is an Olympic pool in feet?", "the pool length must be known"),
    ],
    "near-estimate": [
        ("Roughly how many boxes does a three-bedroom house need for a move?", "estimate"),
        ("About how many potatoes will one seed potato give me?", "estimate"),
        ("How many words a day can a professional translator manage?", "estimate"),
    ],
    "near-method": [
        ("How do you work out ABV from the original and final gravity?", "asks for the method"),
        ("What's the formula for a telescope's magnification?", "asks for the formula"),
        ("How do I calculate the water for 70% hydration dough?", "asks for the method"),
        ("How do I estimate my one-rep max from a set of 5 reps?", "asks for a method"),
    ],
    "near-check": [
        (
            "I reckoned 15% off £340 is £295. Is that right, and where did I go wrong?",
            "checking and explaining an error",
        ),
        (
            "My daughter says 30 m/s is 108 km/h. Can you check it and explain how to convert?",
            "checking and teaching a method",
        ),
        (
            (
                "I counted 56 days on from 14 February 2028 and got 10 April 2028. Did I do it right, "
                "and what's the easy way to count it?"
            ),
            "checking and teaching a counting method",
        ),
        (
            "Check my physics: a 2.5 kg mass falling 4 m gains about 98 J, yes? Show the steps.",
            "checking working and showing steps",
        ),
    ],
    "near-words": [
        ("Write 1,475 in words for the cheque to the kiln repairer.", "output in words"),
        ("What's 2028 in Roman numerals for the theatre programme?", "output as Roman numerals"),
        ("Give me 365 spelled out in German.", "output in German words"),
        ("How is 4,250 written in Devanagari numerals?", "output in another script"),
    ],
    "near-dosing": [
        ("My 28 kg dog has a sore leg. How much ibuprofen can I give her?", "veterinary safety"),
        ("How much bute should a 500 kg horse get a day?", "veterinary dosing"),
        (
            "My son is 14 and weighs 50 kg, how many mg of paracetamol can he take?",
            "medical dosing",
        ),
    ],
    "near-rules": [
        (
            "What's the heaviest caravan I can tow on a licence I passed in 2019?",
            "driving licence law",
        ),
        ("How many substitutes are allowed in an under-11s league match?", "junior football rules"),
        ("How long can a horse legally travel in a trailer without a break?", "transport law"),
        ("What adult-to-pupil ratio is required for a school swimming trip?", "school guidance"),
    ],
    "near-mixed": [
        (
            "Convert 1,260 °C to Fahrenheit and tell me if a stoneware glaze will mature there.",
            "needs ceramics judgement too",
        ),
        (
            "What's 25% of the £480 stall deposit, and write me a polite email asking for it back?",
            "needs a drafted email too",
        ),
        (
            (
                "How many days from 3 May 2028 to 19 June 2028, and which topics should I revise "
                "first?"
            ),
            "needs study advice too",
        ),
        (
            "Convert 16 hands to cm and tell me if that's too big for a nervous beginner.",
            "needs riding advice too",
        ),
        (
            "What day of the week is 2 September 2028, and what should we do for a club open night?",
            "needs event ideas too",
        ),
    ],
    "near-judgement": [
        ("I charge £15 for a 45-minute dog walk. Is that too much?", "pricing judgement"),
        (
            "My caravan weighs 1,400 kg and my car 1,600 kg. Is that a safe match?",
            "safety judgement",
        ),
        ("My mocks average 64%. Am I on track for a grade 7?", "grade boundaries and judgement"),
        ("Is 8% ABV too strong for a summer beer?", "taste judgement"),
    ],
    "near-split": [
        (
            (
                "Four of us shared the van hire but I did all the driving. How should we split the £240 "
                "fairly?"
            ),
            "fairness needs interpretation",
        ),
        (
            (
                "The cast chipped in different amounts for costumes. How do we share the £300 profit "
                "fairly?"
            ),
            "fairness needs interpretation",
        ),
        (
            (
                "My allotment partner does most of the digging and I do the watering. How should we "
                "split the £86 rent?"
            ),
            "fairness needs interpretation",
        ),
    ],
    "near-code": [
        ("Write an Excel formula that turns the pounds in column B into kilograms.", "formula"),
        ("Write a Python function that adds 21 days to a date string.", "code"),
        (
            (
                "What's the Google Sheets formula to multiply the word counts in column C by the rate "
                "in D1 and total them?"
            ),
            "spreadsheet formula",
        ),
        (
            "Write a JavaScript function converting Celsius to Fahrenheit for my kiln logger.",
            "code",
        ),
    ],
    "near-size": [
        ("What size rug does a 15 hand cob need?", "rug size chart look-up"),
        ("What's a UK size 10 football boot in EU sizing?", "size charts must be looked up"),
        ("How big is a standard euro pallet in inches?", "standard size must be known"),
    ],
}

for fam, rows in NEG.items():
    for query, note in rows:
        extra = {"note": note} if note else {}
        add("negative", fam, query, **extra)


def conv(family, turns, note):
    msgs = msgs_of(turns)
    add("negative", family, msgs[-1]["content"], messages=msgs, note=note)


# notation redefined in an earlier turn
conv(
    "conv-redefine",
    [
        (U, "With horse heights the bit after the dot is inches, so 14.2 means 14 hands 2 inches."),
        (A, "Right, hands and inches, not a decimal."),
        (U, "So how many cm is a 15.3 horse?"),
    ],
    "hands.inches notation defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "When I say 'a batch' I always mean 23 litres of beer."),
        (A, "Noted, a batch is 23 litres."),
        (U, "How many 500 ml bottles do two batches fill?"),
    ],
    "batch size fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In our drama group 'a house' means the 140 seats in the village hall."),
        (A, "Got it."),
        (U, "We had three full houses. How many tickets is that?"),
    ],
    "house defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "My local pool is an old 33 m one, so 'a length' means 33 m here."),
        (A, "OK, 33 m lengths."),
        (U, "How far is 40 lengths in km?"),
    ],
    "length of the pool fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In Poland we write 2,5 for two and a half, I will write numbers like this."),
        (A, "Understood, the comma is the decimal mark."),
        (U, "So how much is 2,5 kg in pounds?"),
    ],
    "decimal comma set earlier",
)
conv(
    "conv-redefine",
    [
        (U, "At my gym 'a plate' always means a 20 kg plate."),
        (A, "Makes sense."),
        (U, "I had 4 plates on a 20 kg bar. What was the total?"),
    ],
    "plate weight fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In my maths homework a ★ b means a × b + a."),
        (A, "OK, ★ is defined as a times b plus a."),
        (U, "Work out 7 ★ 4."),
    ],
    "operator defined earlier",
)
# numbers fixed in earlier turns
conv(
    "conv-numbers",
    [
        (U, "I charge £14 per dog per walk."),
        (A, "Good to know."),
        (U, "What do I get for 6 dogs over 5 days?"),
    ],
    "rate given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Our agency's rate is 9p a word."),
        (A, "OK."),
        (U, "What do we bill for a 3,800-word contract?"),
    ],
    "rate given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The supplier charges £27.50 for each full kit."),
        (A, "Got it."),
        (U, "We need 19 kits. Total?"),
    ],
    "price given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Our caravan pitch is £29 a night."),
        (A, "That's reasonable."),
        (U, "How much for a fortnight there?"),
    ],
    "nightly rate given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My exams start on 15 May 2028."),
        (A, "Good luck!"),
        (U, "What date is 6 weeks before that?"),
    ],
    "anchor date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My car was last serviced on 12 September 2027."),
        (A, "OK."),
        (U, "The next one is due 300 days after. When is that?"),
    ],
    "anchor date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My sourdough takes 1 kg of flour for every 2 loaves."),
        (A, "Noted."),
        (U, "How much flour for 9 loaves?"),
    ],
    "ratio given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My mare was foaled on 4 May 2012."),
        (A, "Lovely."),
        (U, "How old was she on 1 March 2028?"),
    ],
    "birth date given earlier",
)
# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "Convert 100 kg to pounds."),
        (A, "About 220.46 lb."),
        (U, "And 140?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "What day is 14 August 2028?"),
        (A, "Monday."),
        (U, "And the date of the Friday that week?"),
    ],
    "follow-up on an earlier date",
)
conv(
    "conv-followup",
    [
        (U, "How much is 12% of £560?"),
        (A, "£67.20."),
        (U, "Take that off the price then."),
    ],
    "follow-up uses the earlier result",
)
conv(
    "conv-followup",
    [
        (U, "What's 1,280 °C in Fahrenheit?"),
        (A, "2,336 °F."),
        (U, "Is that hot enough for porcelain?"),
    ],
    "judgement on an earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 1 June 2028 to 25 July 2028?"),
        (A, "54 days."),
        (U, "How many of those are school days?"),
    ],
    "needs term dates and the earlier span",
)
conv(
    "conv-followup",
    [
        (U, "Multiply 48 by 7.5."),
        (A, "360."),
        (U, "Now split it between the 9 of us."),
    ],
    "follow-up uses the earlier result",
)
conv(
    "conv-followup",
    [
        (U, "Convert 6.5 miles to km."),
        (A, "About 10.46 km."),
        (U, "How long would that take to walk with an old labrador?"),
    ],
    "estimate on an earlier answer",
)
# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a Shakespearean theatre director. Answer everything in Elizabethan English."),
        (U, "What's 72 times 15?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "Reply in French only from now on, please."),
        (A, "D'accord !"),
        (U, "How many kilograms is 180 pounds?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-persona",
    [
        (U, "I'm 9 and learning take-aways, so show me every step."),
        (A, "Of course, I'll show each step."),
        (U, "What's 456 minus 189?"),
    ],
    "working required",
)
conv(
    "conv-persona",
    [
        (U, "Give all your answers in binary, it's for a computing club game."),
        (A, "Understood."),
        (U, "What's 37 + 26?"),
    ],
    "output in binary fixed earlier",
)
conv(
    "conv-persona",
    [
        (S, "Answer as a YAML document with the keys result and explanation."),
        (U, "Convert 20 °C to °F."),
    ],
    "output format fixed by the system prompt",
)
conv(
    "conv-persona",
    [
        (S, "You are a revision coach who only asks guiding questions and never gives answers."),
        (U, "What's 30% of 250?"),
    ],
    "coach persona withholds answers",
)
conv(
    "conv-persona",
    [
        (U, "Please write every answer as a limerick, it's for our panto script."),
        (A, "There once was a helper so keen..."),
        (U, "How many days from 2 March 2028 to 9 April 2028?"),
    ],
    "output as verse fixed earlier",
)
# conventions fixed earlier
conv(
    "conv-convention",
    [
        (U, "Our club database writes dates as year.day.month, and so will I."),
        (A, "OK, year, then day, then month."),
        (U, "What day of the week is 2028.03.07?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "Our football club's season runs from 1 August to 31 July."),
        (A, "Noted."),
        (U, "Which season is 15 March 2028 in?"),
    ],
    "season year fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "At the riding school our weeks start on Saturday."),
        (A, "Got it."),
        (U, "What's the first day of the week that 19 April 2028 is in?"),
    ],
    "week start fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "In my shop all prices are quoted excluding 20% VAT."),
        (A, "Understood."),
        (U, "A customer wants 3 mugs at £18. What do I charge them?"),
    ],
    "VAT convention fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "Our half term is 26 to 30 October 2026 and only weekdays count as school days."),
        (A, "OK."),
        (U, "How many school days from 19 October 2026 to 6 November 2026?"),
    ],
    "school calendar fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "I number my revision weeks from the first Monday of January 2028 as week 1."),
        (A, "Got it."),
        (U, "Which revision week is 20 February 2028 in?"),
    ],
    "week numbering fixed earlier",
)


# =========================================================================== checks and output
def _norm(q):
    return re.sub(r"\s+", " ", q).strip().lower()


def earlier_dir():
    """The first folder holding the earlier generators: this file's own, then the repository's."""
    for folder in EARLIER_DIRS:
        if (folder / "make_heldout.py").is_file():
            return folder
    raise FileNotFoundError("no folder with make_heldout.py in " + repr(EARLIER_DIRS))


def _generator_queries(path):
    """The queries and user turns of another generator, built in memory by importing it
    (never printed)."""
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
        assert not any(i.get("messages") for i in items if i["label"] == label)
    for i in items:
        assert i["label"] in LABELS, i["id"]
        assert i.get("family"), i["id"]
        assert "now" not in i and "timezone" not in i, i["id"]
        if i["family"].startswith(("near-", "conv-")) and i["label"] == "negative":
            assert i.get("note"), i["id"]
        if i["family"].startswith("conv-"):
            assert i.get("messages"), i["id"]
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
            if isinstance(e, (int, float)):
                assert e != 0 and i["tolerance"], i["id"]
                assert math.isfinite(e), i["id"]
            else:
                # the two string forms bench/grading.py grades: ISO date or weekday substring
                assert e in WEEKDAYS or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e), i["id"]
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
                assert i["tolerance"] is None, i["id"]
    # earlier generators, and the concurrent one when it exists; user turns count too
    folder = earlier_dir()
    others = [folder / name for name in EARLIER]
    concurrent_found = [p for p in CONCURRENT if p.is_file()]
    earlier = set()
    for path in others + concurrent_found:
        earlier |= _generator_queries(path)
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
    checked = ", ".join(p.name for p in concurrent_found) or "none present"
    print(f"duplicate check: {len(others)} earlier generators; concurrent: {checked}")
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
