"""Generate heldout-2026-12-18.jsonl: a fifteenth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_13.py, the latter ONLY for its record format, its label/tolerance/family
conventions, its exact conversion factors with their sources, its date helpers, the rules of its
docstring (what positives may and may not ask, what is left out as contested), how its main()
asserts counts and checks for duplicates against earlier generators, and its list of registers
(so that this set could pick different ones; that list also names set 12's registers). Nothing
under router/, tools/, docs/, server/ or tests/ (other than that one generator) was opened; the
folder tests/data/router_heldout/ was listed only to count the earlier generators, and the
[tool.ruff] section of pyproject.toml was grepped for the line length (it says nothing about
routing). make_heldout_14.py, written at the same time by another author, was not opened. No
JSONL file was opened, no git history was looked at, no network was used, and neither the
router nor the bench was ever run on this set. Every query here is newly written by the author
(none copied from make_heldout_13.py, none built from its templates); `main()` asserts that
every query is unique and that none equals (case-insensitively, whitespace-normalised) a query
or user turn of make_heldout.py, make_heldout_2.py ... make_heldout_13.py, whose items are built
in memory by importing those generators from the first folder (this file's own, then
/work/main/tests/data/router_heldout/) that holds make_heldout.py (their queries are never
printed, their JSONL files never read; on a clash only the ids of THIS set's items are
reported). One disclosure: reading set 13's record format and helpers meant also seeing
some of its negative and conversation items (its layout of negatives by family, its conv()
helper and a few of their queries); none of them was reused or adapted here.

Registers (families) chosen for this set, deliberately different from set 12's and set 13's:
  all three tools: plain and direct one-liners (15 of each tool's 45 positives), sailing and
    marinas (mooring fees, knots, nautical miles on a chart, passage lengths), club cycling and
    bike shops (café kitty, bottles bought in whole boxes, ride distance, sportive dates),
    freelancers' invoicing (hours plus a setup fee, VAT with its rate stated, payment terms worded
    "N days after", file-size limits in KiB), household bills (an electricity bill with its unit
    rate and standing charge stated), knitting and yarn crafts (balls of yarn, yards per skein,
    ounces of mohair, project length), aquarium keeping (water changes, heater setting, quarantine
    periods), maker spaces and 3D printing (filament cost, nozzle temperature), scuba diving (trip
    costs, depth, a refresher due date), hotel and B&B front desks (per-person share of a room,
    distance for a guest, nights between check-in and check-out), payroll and HR (overtime with its
    multiplier stated, shift minutes, pay days, length of service), genealogy and family history
    (heights and weights on old records, ages at stated events), contracts and notices (deadlines N
    days after a stated date), personal investing (before and after percentage changes, bond
    dates), barbecue and smoking meat (meat cost, target temperatures, joint weights), home
    decorating (tins and rolls rounded up, board lengths, fitters' start dates), new parents (nappy
    packs rounded up, birth weight in pounds and ounces, bath temperature, a baby's age in weeks),
    choirs and amateur concerts (ticket income, attendance averages, rehearsal calendars), ski
    holidays (lift passes, summit height, season length counting both days), home coffee roasting
    (roast loss, price per kg, roast temperature, resting dates), a parent relaying a child's
    homework (change from a note, a weighted mark with weights stated, km/h to m/s, kelvin, days in
    a year), messages in non-native English, workplace chat messages (offsite budgets, cable
    lengths, sprint dates, working days), hobby forum posts with a backstory, motorcycling (fuel
    cost, speedometer reading), and a home weather station (rain totals, rain in inches, days of
    data).
  No positive conversations this time.

Negatives (label "negative", 200): 100 ordinary ones (explanations, advice, writing tasks, code,
world facts, live information, small talk with numbers in it, how-tos for this set's registers,
translation, opinions, riddles and plans); 65 hard single-turn negatives (families "near-...", each
with a "note"): conversions needing a density or an exchange rate, calculations with a number
missing, dates hanging on a private event never given, dates that must be looked up (moon phases,
festivals set by other calendars, sporting fixtures), world facts, estimates, requests for a method
or formula, checking someone's working, output as words or Roman numerals or another script,
medicine doses, rules knowledge (diving limits, tax deadlines, employment law, sports scoring),
exact questions bundled with a part that needs the model, judgements about a number, fair splits
needing interpretation, standard sizes to look up, and code or spreadsheet formulas; and 35
conversations (families "conv-...", field "messages"; "query" repeats the last user turn; each with
a "note"): notation redefined earlier (operators given a new meaning, base 8, "mile" meaning
nautical mile, a decimal comma, a B&B's own "week", a knitting group's ball size), numbers fixed in
earlier turns (day rates, tank volume, ticket prices, start dates), follow-ups on an earlier
answer, personas and output formats (pirate speak, Spanish only, column working for a child, Roman
numerals, JSON, words only, a hint-only tutor), and conventions fixed earlier (month/day order, a
financial year, a Sunday-first week, a six-day business week, the long-scale billion, a dot as the
thousands separator). No negative here is negative only because of a contested unit reading or an
unstated "today" (those are policy questions, not routing ones); every negative needs the language
model.

Left out entirely (their grading is contested), as in set 13: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, short/long tons, barrels, mpg, calories,
horsepower, kB vs KiB (only the binary KiB/MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nominal sizes in positives, leap-day birthdays, all-numeric
dates whose day and month are both <= 12 (unless the format is stated; asserted), time zones
and daylight saving in positives, Easter and other movable feasts, and anything depending on
the current date (no "now" or "timezone" field is set; no positive needs a "today"; asserted).
Also left out: running paces, "within N days" deadlines (deadlines are worded "N days after"),
"how many weeks" between dates that are not a whole number of weeks apart (asserted), and
"counting both ends" spans unless the query says so.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results, 1e-3 for
unit results a tool may round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English
name, everything else as a number (the grader reads the LAST number of the answer). No positive
asks for a result in a unit written with a power, as a clock time, as a mixed unit or as a
fraction "a/b"; no calculator, date or exact unit result is a repeating decimal (asserted). A
positive is a question whose tool answer IS the whole answer; counts that must be whole (tins,
rolls, packs) are rounded up because the query says they are bought whole.

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (the same sources as set 13):
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
    t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s, 1 h = 60 min, 1 d = 24 h; 1 kWh = 3.6 MJ;
    1 L = 1000 mL; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime; any other rule is stated in
    the query itself.

Run:  .venv/bin/python make_heldout_15.py   (writes the JSONL next to this file and prints
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
OUT = HERE / "heldout-2026-12-18.jsonl"
PREFIX = "ho15-"
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
)
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
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


def whole_up(x):
    """The smallest whole number of items covering x (bought whole)."""
    x = F(x)
    assert x.denominator != 1, x  # otherwise rounding up is not being tested
    return math.ceil(x)


assert num(F(21, 7)) == 3 and num(dec("0.7") * 3) == 2.1 and pct("12.5") == F(1, 8)
assert terminates(F(3, 40)) and not terminates(F(1, 3)) and whole_up(F(7, 2)) == 4

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain and direct (15)
calc("plain", "What is 7,318 + 2,964?", 7318 + 2964)
calc("plain", "What's 15,002 minus 8,657?", 15002 - 8657)
calc("plain", "What is 64 times 125?", 64 * 125)
calc("plain", "Divide 7,452 by 18", F(7452, 18))
calc("plain", "What is 22% of 3,150?", pct(22) * 3150)
calc("plain", "What's 3 to the power of 7?", 3**7)
assert math.isqrt(2916) ** 2 == 2916
calc("plain", "What is the square root of 2,916?", math.isqrt(2916))
calc("plain", "Calculate 0.35 × 1,840", dec("0.35") * 1840)
calc("plain", "What is 2.25 × 36.4?", dec("2.25") * dec("36.4"))
calc("plain", "What's (315 − 87) ÷ 12?", F(315 - 87, 12))
calc("plain", "What is 12.5% of 968?", pct("12.5") * 968)
calc(
    "plain",
    "What is 8 factorial divided by 6 factorial?",
    F(math.factorial(8), math.factorial(6)),
)
calc("plain", "How much is 1,000 / 0.08?", 1000 / dec("0.08"))
calc("plain", "what is 14 squared plus 9 squared", 14**2 + 9**2)
calc("plain", "What is 103.7 − 48.95 + 12.4?", dec("103.7") - dec("48.95") + dec("12.4"))

# sailing and marinas
calc(
    "sailing",
    "Mooring at the marina is £2.85 per metre per night. Our boat is 11 m and we're staying "
    "5 nights. What's the mooring bill?",
    dec("2.85") * 11 * 5,
)
# club cycling
calc(
    "cycling",
    "On the club ride 18 of us chipped in £3.50 each for the café stop and the club added £20. "
    "How much was in the kitty?",
    18 * dec("3.50") + 20,
)
calc(
    "cycling",
    "For the club's charity ride we need 130 water bottles, and they only come in boxes of 24. "
    "How many boxes do we have to buy?",
    whole_up(F(130, 24)),
)
# freelancers' invoicing
calc(
    "freelance",
    "I invoiced 37.5 hours at £48 an hour plus a one-off £120 setup fee. What's the invoice "
    "total before VAT?",
    dec("37.5") * 48 + 120,
)
calc(
    "freelance",
    "Net invoice is £2,350 and VAT at 20% goes on top. What's the gross amount?",
    2350 * (1 + pct(20)),
)
# household bills
calc(
    "household-bills",
    "Electricity last quarter: 1,142 kWh at 24.5p per kWh plus a standing charge of 53p a day "
    "for 91 days. What's the bill in pounds?",
    1142 * dec("0.245") + dec("0.53") * 91,
)
# knitting and yarn crafts
calc(
    "knitting",
    "Each ball of yarn is £6.40 and the cardigan pattern needs 11 balls. I've got a £10 "
    "voucher. How much do I pay?",
    dec("6.40") * 11 - 10,
)
# aquarium keeping
calc(
    "aquarium",
    "I've got 3 tanks of 180, 240 and 96 litres and I change 25% of the water in each every "
    "week. How many litres do I change in total each week?",
    pct(25) * (180 + 240 + 96),
)
# maker spaces and 3D printing
calc(
    "maker-space",
    "A 1 kg spool of filament costs £22 and the print uses 340 g of it. How much does the "
    "filament for the print cost?",
    22 * F(340, 1000),
)
# scuba diving
calc(
    "scuba",
    "Dive trip: 6 boat dives at €55 each, plus €30 a day equipment hire for 3 days. What's "
    "the total in euros?",
    6 * 55 + 30 * 3,
)
# hotel and B&B front desks
calc(
    "hotel-desk",
    "A family room is £189 a night for 3 nights, shared equally by 4 adults. What is each "
    "person's share?",
    F(189 * 3, 4),
)
# payroll and HR
calc(
    "payroll",
    "She worked 37.5 normal hours at £14.20 an hour and 6 overtime hours at time and a half "
    "(1.5 times the hourly rate). What's her gross pay for the week?",
    dec("37.5") * dec("14.20") + 6 * dec("1.5") * dec("14.20"),
)
# personal investing
calc(
    "investing",
    "After a 12% rise my portfolio is worth £13,440. What was it worth before the rise?",
    13440 / (1 + pct(12)),
)
calc(
    "investing",
    "I bought 240 shares at £3.15 and sold them all at £3.62. What's my profit, ignoring fees?",
    240 * (dec("3.62") - dec("3.15")),
)
# barbecue and smoking meat
calc(
    "barbecue",
    "Brisket is £13.80 per kg and I need 4.5 kg, plus £9 of wood chips. What's the total?",
    dec("13.80") * dec("4.5") + 9,
)
# home decorating
calc(
    "home-decorating",
    "A tin of paint covers 13 square metres. My walls are 92 square metres and need two "
    "coats. How many tins do I have to buy?",
    whole_up(F(92 * 2, 13)),
)
# new parents
calc(
    "new-parents",
    "The baby goes through 7 nappies a day and they come in packs of 44. How many packs do I "
    "need to buy for 4 weeks?",
    whole_up(F(7 * 7 * 4, 44)),
)
# choirs and amateur concerts
calc(
    "choir",
    "Five rehearsals had 32, 27, 35, 29 and 31 singers. What was the average attendance?",
    F(32 + 27 + 35 + 29 + 31, 5),
)
calc(
    "choir",
    "Our concert sold 146 tickets at £12 and 38 under-16 tickets at £8, and the raffle made "
    "£217.50. What was the total income?",
    146 * 12 + 38 * 8 + dec("217.50"),
)
# ski holidays
calc(
    "skiing",
    "Lift passes are €62 a day for adults and €41 for children. How much for 2 adults and "
    "3 kids for 6 days?",
    (2 * 62 + 3 * 41) * 6,
)
# home coffee roasting
calc(
    "coffee-roasting",
    "Roasting loses 15% of the weight of the green beans. If I roast 12 kg of green beans, "
    "how many kg of roasted coffee do I end up with?",
    12 * (1 - pct(15)),
)
calc(
    "coffee-roasting",
    "I sell my roast in 250 g bags for £8.50. What's that per kilogram?",
    dec("8.50") * F(1000, 250),
)
# a parent relaying a child's homework
calc(
    "homework",
    "My son's homework: pencils are 35p each. Tom buys 12 and pays with a £5 note. How much "
    "change does he get, in pounds?",
    5 - 12 * dec("0.35"),
)
calc(
    "homework",
    "Helping with homework: a test counts 30%, a project 50% and a presentation 20%. Sam got "
    "64, 81 and 75. What's her overall mark?",
    pct(30) * 64 + pct(50) * 81 + pct(20) * 75,
)
# non-native English
calc("non-native", "Please, how much is 15 percent from 2400 euro?", pct(15) * 2400)
calc(
    "non-native",
    "We are 6 friends and the apartment is costing 1290 euro for all the week, how much must "
    "pay each one?",
    F(1290, 6),
)
# workplace chat
calc(
    "work-chat",
    "quick q - 14 people on the offsite, £35 lunch budget each plus £150 for the room hire, "
    "what total do I need approved?",
    14 * 35 + 150,
)
# hobby forum posts
calc(
    "forum-post",
    "Long-time lurker, first post. Bought a tired old van for £6,750, spent £1,180 on repairs "
    "and just sold it for £9,400. What was my profit on it?",
    9400 - 6750 - 1180,
)
# motorcycling
calc(
    "motorcycling",
    "Petrol is 146.9p a litre and my bike's tank takes 17 litres. How much in pounds to fill "
    "it from empty?",
    dec("1.469") * 17,
)
# home weather station
calc(
    "weather-station",
    "My rain gauge recorded 4.2, 0, 11.6, 7.8, 2.4, 0 and 9.5 mm over the week. What's the "
    "weekly total in mm?",
    sum(dec(x) for x in ("4.2", "0", "11.6", "7.8", "2.4", "0", "9.5")),
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
KNOT = NMI / 3600  # m/s

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert STONE == dec("6.35029318") and ACRE == dec("4046.8564224")
assert abs(PSI - dec("6894.757")) < dec("0.001") and abs(BAR / PSI - dec("14.5038")) < dec("1e-4")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def k_to_c(k):
    return F(k) - dec("273.15")


def c_to_k(c):
    return F(c) + dec("273.15")


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and c_to_k(k_to_c(250)) == 250

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# plain and direct (15)
unit("plain", "Convert 42.2 km to miles", dec("42.2") * 1000 / MI)
unit("plain", "How many pounds is 68 kg?", 68 / LB)
unit("plain", "What is 25 °C in Fahrenheit?", c_to_f(25), EXACT)
unit("plain", "Convert 5 °F to Celsius", f_to_c(5), EXACT)
unit("plain", "How many inches is 190 cm?", F(190, 100) / IN)
unit("plain", "How many yards are 1,200 metres?", 1200 / YD)
unit("plain", "Convert 3 pounds to grams", 3 * LB * 1000, EXACT)
unit("plain", "How many metres is 8,000 feet?", 8000 * FT, EXACT)
unit("plain", "Convert 110 km/h to mph", 110 * KMH / MPH)
unit("plain", "How many litres is 3,750 millilitres?", F(3750, 1000), EXACT)
unit("plain", "What is 0 °C in kelvin?", c_to_k(0), EXACT)
unit("plain", "How many KiB are there in 5 MiB?", F(5 * MIB, KIB), EXACT)
unit("plain", "Convert 2.5 MJ to kWh", dec("2.5") * MJ / KWH)
unit("plain", "How many acres is 12 hectares?", 12 * HECTARE / ACRE)
unit("plain", "Convert 2.2 bar to psi", dec("2.2") * BAR / PSI)

# sailing and marinas
unit("sailing", "We're making 6.5 knots. What's that in km/h?", dec("6.5") * KNOT / KMH, EXACT)
unit(
    "sailing",
    "The chart puts the passage at 38 nautical miles. How many kilometres is that?",
    38 * NMI / 1000,
    EXACT,
)
# club cycling
unit(
    "cycling",
    "My bike computer says I rode 64 miles on the sportive. How far is that in km?",
    64 * MI / 1000,
)
# freelancers' invoicing
unit(
    "freelance",
    "The client wants every image under 800 KiB. How many bytes is that?",
    800 * KIB,
    EXACT,
)
# knitting and yarn crafts
unit(
    "knitting",
    "The yarn label says 220 yards per skein. How many metres is that?",
    220 * YD,
    EXACT,
)
unit(
    "knitting",
    "The pattern calls for 3.5 oz of mohair. How many grams is that?",
    dec("3.5") * OZ * 1000,
)
# aquarium keeping
unit("aquarium", "My tank heater is set to 78 °F. What is that in Celsius?", f_to_c(78))
# maker spaces and 3D printing
unit("maker-space", "I print PETG with the hot end at 235 °C. In °F?", c_to_f(235), EXACT)
# scuba diving
unit(
    "scuba",
    "The dive computer logged a max depth of 98 ft. How many metres is that?",
    98 * FT,
    EXACT,
)
# hotel and B&B front desks
unit(
    "hotel-desk",
    "An American guest asked how far the station is. It's 1.8 km, so how many miles is that?",
    dec("1.8") * 1000 / MI,
)
# payroll and HR
unit("payroll", "How many minutes are in a shift of 7.75 hours?", dec("7.75") * 60, EXACT)
# genealogy and family history
unit(
    "genealogy",
    "Great-grandad's army record says he was 5 ft 9 in tall. What's that in centimetres?",
    (5 * FT + 9 * IN) * 100,
    EXACT,
)
unit(
    "genealogy",
    "His 1916 enlistment form gives his weight as 9 stone 11 lb. How many kilograms is that?",
    9 * STONE + 11 * LB,
)
# barbecue and smoking meat
unit(
    "barbecue",
    "Recipe says pull the pork shoulder at 203 °F. What's that in Celsius?",
    f_to_c(203),
    EXACT,
)
# home decorating
unit(
    "home-decorating",
    "Skirting board comes in 2.4 m lengths. How many feet is that?",
    dec("2.4") / FT,
)
# new parents
unit(
    "new-parents",
    "Our baby weighed 7 lb 6 oz at birth. What's that in grams?",
    (7 * LB + 6 * OZ) * 1000,
)
unit(
    "new-parents",
    "The midwife said bath water should be about 37 °C. What's that in Fahrenheit?",
    c_to_f(37),
    EXACT,
)
# ski holidays
unit("skiing", "The summit station is at 3,842 m. How high is that in feet?", 3842 / FT)
# home coffee roasting
unit(
    "coffee-roasting",
    "First crack usually comes at around 196 °C. What's that in Fahrenheit?",
    c_to_f(196),
    EXACT,
)
unit("coffee-roasting", "How many grams are in a 12 oz bag of coffee beans?", 12 * OZ * 1000)
# a parent relaying a child's homework
unit(
    "homework",
    "For my daughter's physics homework: convert 72 km/h into metres per second.",
    72 * KMH,
    EXACT,
)
unit("homework", "Science homework asks to convert 350 K to degrees Celsius.", k_to_c(350), EXACT)
# non-native English
unit(
    "non-native", "How much kilometers is 15 miles? I am not understand the miles.", 15 * MI / 1000
)
unit("non-native", "In England my doctor say I am 11 stone. How many kilo it is?", 11 * STONE)
# workplace chat
unit(
    "work-chat",
    "vendor quoted the cable run as 150 ft, what's that in metres?",
    150 * FT,
    EXACT,
)
unit("work-chat", "the export file is 3.5 GiB, how many MiB is that", dec("3.5") * GIB / MIB, EXACT)
# hobby forum posts
unit(
    "forum-post",
    "Restoring an old Land Rover and the handbook gives the front tyre pressure as 28 psi. "
    "What is that in bar?",
    28 * PSI / BAR,
)
# motorcycling
unit(
    "motorcycling",
    "My old bike's speedo only shows mph and I was doing 70. What's that in km/h?",
    70 * MPH / KMH,
)
# home weather station
unit(
    "weather-station",
    "My weather station logged 1.35 inches of rain in the storm. How many mm is that?",
    dec("1.35") * IN * 1000,
    EXACT,
)
unit("weather-station", "The peak gust was 52 mph. What is that in knots?", 52 * MPH / KNOT)

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
assert nth_weekday(2028, 11, FRI, -1) == D(2028, 11, 24)
assert clock_span("22:30", "01:00", 60) == 150 and inclusive(D(2027, 1, 1), D(2027, 12, 31)) == 365
assert weekdays_between(D(2027, 3, 1), D(2027, 3, 14)) == 10


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
date_item("plain", "What day of the week is 14 February 2029?", weekday(D(2029, 2, 14)))
date_item(
    "plain",
    "How many days are there from 3 January 2028 to 30 June 2028?",
    days(D(2028, 1, 3), D(2028, 6, 30)),
)
date_item("plain", "What date is 150 days after 12 April 2027?", D(2027, 4, 12) + TD(150))
date_item("plain", "What date was 90 days before 1 March 2028?", D(2028, 3, 1) - TD(90))
date_item("plain", "What weekday does 25 December 2026 fall on?", weekday(D(2026, 12, 25)))
date_item(
    "plain",
    "How many weeks are there between 4 January 2027 and 22 March 2027?",
    whole_weeks(D(2027, 1, 4), D(2027, 3, 22)),
)
date_item(
    "plain",
    "How old is a person born on 17 August 1989 on 3 March 2030?",
    age(D(1989, 8, 17), D(2030, 3, 3)),
)
date_item("plain", "What is the date 6 weeks after 19 October 2027?", D(2027, 10, 19) + TD(weeks=6))
date_item("plain", "How many days does February 2032 have?", calendar.monthrange(2032, 2)[1])
date_item(
    "plain", "What's the date of the last Friday in November 2028?", nth_weekday(2028, 11, FRI, -1)
)
date_item(
    "plain", "How many minutes are there between 09:40 and 13:05?", clock_span("09:40", "13:05", 60)
)
date_item("plain", "What date is 1,000 days after 1 January 2027?", D(2027, 1, 1) + TD(1000))
date_item(
    "plain",
    "How many days are there from 15 May 2027 to 15 May 2028?",
    days(D(2027, 5, 15), D(2028, 5, 15)),
)
date_item("plain", "What day of the week will 4 July 2031 be?", weekday(D(2031, 7, 4)))
date_item(
    "plain",
    "What day number of the year is 30 September 2027?",
    D(2027, 9, 30).timetuple().tm_yday,
)

# sailing and marinas
date_item(
    "sailing",
    "We set sail on 2 May 2027 and the passage plan allows 23 days. What date do we arrive, "
    "23 days after leaving?",
    D(2027, 5, 2) + TD(23),
)
date_item(
    "sailing",
    "The boat comes out of the water on 11 October 2027 and goes back in on 28 March 2028. "
    "How many days is that?",
    days(D(2027, 10, 11), D(2028, 3, 28)),
)
# club cycling
date_item(
    "cycling",
    "The club sportive is on 17 September 2028. What day of the week is that?",
    weekday(D(2028, 9, 17)),
)
# freelancers' invoicing
date_item(
    "freelance",
    "My invoice is dated 14 November 2027 and payment is due 30 days after the invoice date. "
    "What's the due date?",
    D(2027, 11, 14) + TD(30),
)
date_item(
    "freelance",
    "I went freelance on 1 August 2025. How many days had I been freelancing by 1 August 2027?",
    days(D(2025, 8, 1), D(2027, 8, 1)),
)
# knitting and yarn crafts
date_item(
    "knitting",
    "I cast on my jumper on 3 November 2027 and cast off on 19 January 2028. How many days "
    "did it take?",
    days(D(2027, 11, 3), D(2028, 1, 19)),
)
# aquarium keeping
date_item(
    "aquarium",
    "New fish went into the quarantine tank on 8 June 2027. They can join the main tank 28 days "
    "after that. What date is that?",
    D(2027, 6, 8) + TD(28),
)
# scuba diving
date_item(
    "scuba",
    "My rescue diver card was issued on 15 July 2025 and the refresher is due 730 days after "
    "that. What date is it due?",
    D(2025, 7, 15) + TD(730),
)
# hotel and B&B front desks
date_item(
    "hotel-desk",
    "A guest checks in on 27 December 2027 and checks out on 4 January 2028. How many nights "
    "is that?",
    days(D(2027, 12, 27), D(2028, 1, 4)),
)
date_item(
    "hotel-desk",
    "Booking for 12 nights arriving on 20 August 2028. What's the check-out date?",
    D(2028, 8, 20) + TD(12),
)
# payroll and HR
FIRST_PAY = stated(D(2028, 1, 7), "Friday")
date_item(
    "payroll",
    "Pay day is every 14 days, the first one being Friday 7 January 2028. What is the date of "
    "the 5th pay day?",
    FIRST_PAY + TD(14 * 4),
)
date_item(
    "payroll",
    "How many days are there between her start date, 3 April 2023, and her leaving date, "
    "28 February 2028?",
    days(D(2023, 4, 3), D(2028, 2, 28)),
)
# genealogy and family history
date_item(
    "genealogy",
    "Grandma was born on 12 June 1931 and married on 4 September 1954. How old was she on her "
    "wedding day?",
    age(D(1931, 6, 12), D(1954, 9, 4)),
)
date_item(
    "genealogy",
    "My great-great-grandfather was born on 30 May 1879 and died on 19 November 1942. What age "
    "was he when he died?",
    age(D(1879, 5, 30), D(1942, 11, 19)),
)
# contracts and notices
date_item(
    "contracts",
    "The lease was signed on 9 March 2027 and the break clause can be used 180 days after "
    "signing. What date is that?",
    D(2027, 3, 9) + TD(180),
)
date_item(
    "contracts",
    "Notice was served on 22 October 2027 and the reply deadline is 21 days after service. "
    "What's the deadline?",
    D(2027, 10, 22) + TD(21),
)
# personal investing
date_item(
    "investing",
    "I bought the bond on 15 March 2027 and it matures on 15 September 2029. How many days is "
    "that?",
    days(D(2027, 3, 15), D(2029, 9, 15)),
)
# home decorating
date_item(
    "home-decorating",
    "The kitchen fitters start on 14 February 2028 and reckon 19 days. What date is 19 days "
    "after they start?",
    D(2028, 2, 14) + TD(19),
)
# new parents
date_item(
    "new-parents",
    "Our son was born on 9 May 2026. How many weeks old is he on 15 August 2026?",
    whole_weeks(D(2026, 5, 9), D(2026, 8, 15)),
)
date_item(
    "new-parents",
    "The health visitor review is 6 weeks after the birth, and she was born on 28 January 2028. "
    "What date is the review?",
    D(2028, 1, 28) + TD(weeks=6),
)
# choirs and amateur concerts
date_item(
    "choir",
    "Rehearsals began on 8 September 2027 and the concert is 12 weeks after that. What date is "
    "the concert?",
    D(2027, 9, 8) + TD(weeks=12),
)
# ski holidays
date_item(
    "skiing",
    "The resort opens on 2 December 2028 and closes on 21 April 2029. How many days is it open, "
    "counting both the opening and closing days?",
    inclusive(D(2028, 12, 2), D(2029, 4, 21)),
)
# home coffee roasting
date_item(
    "coffee-roasting",
    "I roasted a batch on 5 March 2028 and it's best after resting 14 days. What date is 14 "
    "days after the roast?",
    D(2028, 3, 5) + TD(14),
)
# a parent relaying a child's homework
date_item(
    "homework",
    "My kid's homework question: how many days are there from 1 January 2028 to 1 January 2029?",
    days(D(2028, 1, 1), D(2029, 1, 1)),
)
# non-native English
date_item(
    "non-native",
    "Which date is it 90 days after 3 June 2027? It is for my visa papers.",
    D(2027, 6, 3) + TD(90),
)
date_item(
    "non-native",
    "Which day of week is the 16 of March 2028? I need it for my appointment.",
    weekday(D(2028, 3, 16)),
)
# workplace chat
SPRINT_1 = stated(D(2028, 1, 10), "Monday")
date_item(
    "work-chat",
    "sprints are 2 weeks each, back to back, and sprint 1 starts mon 10 jan 2028 - when does "
    "sprint 4 start?",
    SPRINT_1 + TD(weeks=2 * 3),
)
date_item(
    "work-chat",
    "How many working days (Mon-Fri) are there from 4 September 2028 to 29 September 2028 "
    "inclusive? No bank holidays in that stretch.",
    weekdays_between(D(2028, 9, 4), D(2028, 9, 29)),
)
# hobby forum posts
date_item(
    "forum-post",
    "Bit of nostalgia: bought my first MX-5 on 18 April 2019 and sold it on 2 November 2027. "
    "Out of curiosity, how many days did I own it?",
    days(D(2019, 4, 18), D(2027, 11, 2)),
)
# home weather station
date_item(
    "weather-station",
    "My station has a reading for every day from 1 March 2026 to 28 February 2027 inclusive. "
    "How many days of data is that?",
    inclusive(D(2026, 3, 1), D(2027, 2, 28)),
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why does a sailing boat heel over more when the wind picks up?", None),
        ("How does a rear derailleur actually move the chain between sprockets?", None),
        ("Explain why freelancers in the UK have to make payments on account.", None),
        ("What makes some knitting yarns pill much more than others?", None),
        ("Why does a brand-new aquarium need to cycle before fish go in?", None),
        ("How does fused filament 3D printing build up an object?", None),
        ("Why do divers make a safety stop on the way back up?", None),
        ("What is the point of the standing charge on an energy bill?", None),
        ("How do index funds differ from actively managed funds?", None),
        ("Why does cooking brisket low and slow make it tender?", None),
        ("What's the difference between a soprano and a mezzo-soprano?", None),
        ("Why does a dark roast taste so different from a light roast of the same bean?", None),
    ],
    "advice": [
        ("How do I tell a long-standing client politely that my day rate is going up?", None),
        ("My toddler refuses to sleep in her own bed. Any tips?", None),
        (
            "What warning signs should I check for when buying a used road bike from a stranger?",
            None,
        ),
        ("Is it worth getting a smart meter fitted?", None),
        ("I'm nervous about my first open-water dive. How do I stay calm down there?", None),
        ("How can I stop the seams of my wallpaper from lifting?", None),
        ("What's a good way to encourage shy singers to join our community choir?", None),
        ("Should I paint the ceiling or the walls first?", None),
        ("How do I stay motivated to finish a big knitting project?", None),
        ("What should I think about before sailing my boat across the Channel?", None),
    ],
    "writing": [
        ("Write a short welcome note for guests checking into our B&B.", None),
        ("Draft a polite reminder to a client whose invoice is two weeks overdue.", None),
        ("Write a limerick about a cyclist who always gets punctures.", None),
        ("Can you write a toast for my grandparents' diamond wedding anniversary?", None),
        ("Write a product description for a single-origin Ethiopian coffee.", None),
        ("Help me write an out-of-office message for the Christmas break.", None),
        ("Write a haiku about the first ski lift of the morning.", None),
        ("Compose a short verse for my daughter's first birthday card.", None),
        ("Write a two-sentence programme bio for Mark, a tenor in our choir.", None),
        ("Write a forum post asking for help finding a rattle in my motorbike engine.", None),
    ],
    "code": [
        ("Write a Python function that counts the vowels in a string.", None),
        ("How do I reverse an array in JavaScript without changing the original?", None),
        ("Explain what a Python decorator is, with a small example.", None),
        ("Write a SQL query that finds the five customers with the highest order totals.", None),
        ("Why does my bash script say 'permission denied' when I try to run it?", None),
        ("How do I read a CSV with pandas and skip the first two rows?", None),
        ("What's the difference between merging and rebasing a branch?", None),
        ("Write a regular expression for a UK car registration in the current format.", None),
        ("How do I make a CSS grid of three equal columns that stacks on phones?", None),
        (
            (
                "Turn this into a list comprehension: out = []; for x in data: if x > 0: "
                "out.append(x * 2)"
            ),
            None,
        ),
    ],
    "facts": [
        ("Who invented the pneumatic bicycle tyre?", None),
        ("What is the capital of Slovenia?", None),
        ("When was Handel's Messiah first performed?", None),
        ("Which country grows the most coffee?", None),
        ("Who was the first person to sail single-handed around the world?", None),
        ("Which language has the most native speakers?", None),
        ("What river does the Forth Bridge cross?", None),
        ("Who painted The Hay Wain?", None),
        ("Which is the highest peak in the Dolomites?", None),
        ("What is a coral reef actually made of?", None),
    ],
    "live": [
        ("What's the sailing forecast for the Solent this weekend?", None),
        ("Are there any delays on the M6 at the moment?", None),
        ("What is the Bank of England base rate at the moment?", None),
        ("Who won this year's Tour de France?", None),
        ("Which bike shops near me have a medium gravel bike in stock?", None),
        ("What's the latest on the rail strikes?", None),
        ("How much snow is there in Chamonix at the moment?", None),
        ("How is the FTSE 100 doing this afternoon?", None),
    ],
    "smalltalk": [
        ("Just did my first 100 km ride!! Legs are jelly", None),
        ("Finished 3 pairs of socks this month, feeling very smug", None),
        ("The new puppy has chewed 2 of my slippers already", None),
        ("42 sleeps until our holiday, can't wait", None),
        ("Morning! Three hours of sleep with the baby again", None),
        ("Our choir has 60 members now, we started with 12", None),
        ("Got down to 30 m on my dive, what a feeling", None),
        ("Work's been mad, 5 meetings back to back", None),
        ("Ha, my 3D printer just made a bowl of spaghetti again", None),
        ("Thanks so much, you've saved me about 2 hours", None),
    ],
    "howto": [
        ("How do I bleed hydraulic disc brakes?", None),
        ("How do I pick up a dropped stitch a few rows down?", None),
        ("How do I clean algae off the front glass of a fish tank?", None),
        ("How do I level the bed on a 3D printer?", None),
        ("How do I register as self-employed with HMRC?", None),
        ("How do I hang lining paper?", None),
        ("How do I swaddle a newborn safely?", None),
        ("How do I put a reef in the mainsail?", None),
        ("How do I wax cross-country skis?", None),
        ("How do I descale an espresso machine?", None),
    ],
    "translate": [
        ("Translate 'the invoice is attached' into German.", None),
        ("How do you say 'where is the ski hire shop?' in French?", None),
        ("What's the Spanish for 'low tide'?", None),
        ("Translate 'congratulations on your new baby' into Polish.", None),
        ("What does 'a cappella' mean literally?", None),
        ("How do you say 'two coffees, please' in Portuguese?", None),
        ("Translate 'your room is ready' into Japanese.", None),
        ("What does 'bon voyage' mean?", None),
    ],
    "opinion": [
        ("Is gravel biking just a fad?", None),
        ("Croatia or Greece for a first flotilla sailing holiday?", None),
        ("Are standing desks worth the money?", None),
        ("Which Bach cantata suits an amateur choir best?", None),
        ("Is merino really better than acrylic for baby clothes?", None),
        ("Should a beginner learn to ski or to snowboard?", None),
    ],
    "riddle": [
        ("What has a neck and two arms but no head or hands?", None),
        ("I speak without a mouth and hear without ears. What am I?", None),
        ("What has one eye but cannot see?", None),
        ("The more of them you take, the more you leave behind. What are they?", None),
    ],
    "plan": [
        ("Plan a three-day beginner's cycling route along the Loire.", None),
        ("Give me a week of toddler-friendly dinner ideas.", None),
    ],
    # ---------------------------------------------------------------- hard, near-positive
    "near-density": [
        ("How many grams does 2 litres of honey weigh?", "needs the density of honey"),
        ("Convert 500 ml of olive oil to grams", "needs the density of olive oil"),
        ("How many kg is 40 litres of diesel?", "needs the density of diesel"),
    ],
    "near-exchange": [
        ("How much is £250 in euros?", "needs a live exchange rate"),
        ("Convert 1,200 US dollars to pounds", "needs a live exchange rate"),
        ("How many Swiss francs is €450?", "needs a live exchange rate"),
    ],
    "near-missing": [
        ("What's 15% of my salary?", "the salary is never given"),
        ("How much will each of us pay for the villa?", "no price and no head count"),
        ("How many tins of paint do I need for the living room?", "no room size or coverage"),
        ("What's the total if I add the delivery charge?", "no amounts given"),
        ("How much will mooring cost for our trip?", "no rate, length or nights given"),
    ],
    "near-private-date": [
        ("What day of the week was I born on?", "the birth date is never given"),
        ("What date is 100 days after my son's christening?", "the christening date is unknown"),
        ("How old was my grandad when he emigrated?", "no dates given"),
        ("When is my diving refresher due?", "the certification date is unknown"),
    ],
    "near-lookup-date": [
        ("What date is the first full moon after 1 March 2028?", "astronomical look-up"),
        ("What day of the week is the 2028 London Marathon?", "fixture date must be looked up"),
        ("What date does Chinese New Year fall on in 2031?", "lunisolar calendar look-up"),
        ("What date is Diwali in 2028?", "lunisolar calendar look-up"),
    ],
    "near-fact": [
        ("How far is it from Dover to Calais in nautical miles?", "distance must be known"),
        ("How high is Mont Blanc in feet?", "height must be known (and is surveyed anew)"),
        ("How deep is the Mariana Trench in metres?", "depth must be known"),
        ("How long is the Thames in kilometres?", "length must be known"),
        (
            "What's the boiling point of water at the top of Everest in Fahrenheit?",
            "physics and a world fact, not a conversion of a given number",
        ),
    ],
    "near-estimate": [
        ("Roughly how many beans are in a 1 kg bag of coffee?", "estimate"),
        ("About how many stitches go into a knitted jumper?", "estimate"),
        ("How many kWh does a home 3D printer use in a year?", "estimate with no usage given"),
    ],
    "near-method": [
        ("What's the formula for turning Fahrenheit into Celsius?", "asks for the method"),
        ("How do I work out a percentage increase by hand?", "asks for the method"),
        ("Explain how compound interest is calculated.", "asks for an explanation"),
        (
            "What's the method for working out how many rolls of wallpaper a room needs?",
            "asks for the method",
        ),
    ],
    "near-check": [
        (
            "I worked out 17% of 340 as 57.8. Is that right, and how would you check it?",
            "checking working and explaining",
        ),
        ("My son says 3/4 of 120 is 80. Can you explain his mistake?", "explaining an error"),
        (
            (
                "I counted 45 days after 20 January 2028 as 5 March 2028. Did I count it right, "
                "and how should I count such things?"
            ),
            "checking and teaching a counting method",
        ),
        ("Check my VAT maths: £1,200 net plus 20% is £1,400, yes?", "correcting someone"),
    ],
    "near-words": [
        ("Write 2,750 in words for a cheque.", "output in words"),
        ("What is 1987 in Roman numerals?", "output as Roman numerals"),
        ("Give me 48 × 25 written out in French words.", "output in French words"),
        ("How do you write 3,406 in Chinese characters?", "output in another script"),
    ],
    "near-dosing": [
        ("My baby weighs 6.2 kg. How much infant paracetamol can I give her?", "medical dosing"),
        ("How many mg of ibuprofen per kg is right for a 30 kg child?", "medical dosing"),
        ("My dog is 18 kg, how much paracetamol can he have?", "veterinary safety question"),
    ],
    "near-rules": [
        ("How many points is a try worth in rugby league?", "sports rules knowledge"),
        ("What's the maximum depth for an Open Water diver?", "diving training rules"),
        (
            "How many hours a week can a 16-year-old work during term time in England?",
            "employment law",
        ),
        (
            "How many days after the tax year ends do I have to file an online self-assessment?",
            "tax rules must be known",
        ),
    ],
    "near-mixed": [
        ("What's 18% of $640, and is that a normal tip in the US?", "needs a judgement too"),
        (
            (
                "Convert 25 knots to km/h and tell me whether a beginner should take a dinghy "
                "out in it."
            ),
            "needs safety advice too",
        ),
        (
            "What weekday is 14 July 2028, and what's a nice greeting for Bastille Day in French?",
            "needs a translation too",
        ),
        (
            (
                "How many days are there between 2 March 2028 and 30 April 2028, and what flowers "
                "bloom in that window?"
            ),
            "needs gardening knowledge too",
        ),
        (
            (
                "Work out 12 × £65 for the choir robes and draft an email asking the treasurer "
                "to approve it."
            ),
            "needs a drafted email too",
        ),
    ],
    "near-judgement": [
        ("My electricity bill went up 18%. Is that normal?", "judgement"),
        ("Is 4.5% a good interest rate for a savings account?", "judgement, needs market info"),
        ("My baby gained 150 g in a week, is that enough?", "health judgement"),
        ("I'm 5 ft 10 and 82 kg, is that a healthy weight?", "health judgement"),
    ],
    "near-split": [
        (
            (
                "Three of us shared a cottage but one arrived a day late. How should we split the "
                "£900 fairly?"
            ),
            "fairness needs interpretation",
        ),
        (
            (
                "Four of us ordered different things and one didn't drink. What's a fair way to "
                "split the £180 bill?"
            ),
            "fairness needs interpretation",
        ),
        (
            "My flatmate and I earn £32k and £48k. How should we split the £1,400 rent fairly?",
            "fairness needs interpretation",
        ),
    ],
    "near-code": [
        ("Write an Excel formula that adds 30 days to the date in A2.", "spreadsheet formula"),
        ("What's the Google Sheets formula for percentage change from B2 to C2?", "formula"),
        ("Write a Python function that converts miles to kilometres.", "code"),
        ("Write a JavaScript function that returns the weekday name of a date.", "code"),
    ],
    "near-size": [
        ("What is a UK size 9 shoe in EU sizing?", "size charts must be looked up"),
        ("How wide is a standard UK single bed in cm?", "standard size must be known"),
        ("What's a UK dress size 12 in US sizes?", "size charts must be looked up"),
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
        (U, "Puzzle time: in this game a ^ b means 'take the larger of a and b'."),
        (A, "OK, ^ picks the larger number."),
        (U, "What is 7 ^ 3?"),
    ],
    "^ redefined as max",
)
conv(
    "conv-redefine",
    [
        (U, "New rule for our puzzle: a x b means 2a + b, not multiplication."),
        (A, "Understood, a x b = 2a + b."),
        (U, "So what's 4 x 5?"),
    ],
    "x redefined",
)
conv(
    "conv-redefine",
    [
        (U, "All the numbers in this exercise are written in base 8."),
        (A, "Got it, octal."),
        (U, "What's 17 + 25?"),
    ],
    "numbers are octal",
)
conv(
    "conv-redefine",
    [
        (U, "In our sailing club, 'a mile' always means a nautical mile."),
        (A, "Noted: mile = nautical mile here."),
        (U, "How many km is 12 miles?"),
    ],
    "mile redefined as nautical mile",
)
conv(
    "conv-redefine",
    [
        (U, "Ich schreibe Zahlen auf Deutsch, also 3,5 heißt drei Komma fünf."),
        (A, "Alles klar, Komma als Dezimaltrennzeichen."),
        (U, "What's 3,5 × 8?"),
    ],
    "decimal comma set earlier",
)
conv(
    "conv-redefine",
    [
        (U, "At our B&B a 'week' is 6 nights because we close on Sundays."),
        (A, "Thanks, a week is 6 nights for you."),
        (U, "How much is a week at £85 a night?"),
    ],
    "week redefined as 6 nights",
)
conv(
    "conv-redefine",
    [
        (U, "In my knitting notes 'a ball' always means a 50 g ball."),
        (A, "OK."),
        (U, "How many grams is 7 and a half balls?"),
    ],
    "ball size fixed earlier",
)
# numbers fixed in earlier turns
conv(
    "conv-numbers",
    [
        (U, "My day rate for consulting is £420."),
        (A, "Good to know."),
        (U, "What do I bill for 13 days?"),
    ],
    "rate given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My aquarium holds 180 litres."),
        (A, "Nice size."),
        (U, "How much is a 30% water change?"),
    ],
    "tank volume given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The paint covers 12 square metres per litre and my walls are 46 square metres."),
        (A, "OK, what would you like to know?"),
        (U, "How many litres for two coats?"),
    ],
    "coverage and area given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Our daughter weighed 3.4 kg at birth."),
        (A, "Congratulations!"),
        (U, "She's gained 20% since. What does she weigh?"),
    ],
    "birth weight given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "Concert tickets are £14 full price and £9 concession."),
        (A, "Got it."),
        (U, "We sold 88 full and 23 concession. Total?"),
    ],
    "prices given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "My ISA was worth £22,000 on 1 January."),
        (A, "OK."),
        (U, "It's up 6.5% since then, so what's it worth?"),
    ],
    "starting value given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "The coast-to-coast ride starts on 14 May 2028."),
        (A, "Sounds like a great trip."),
        (U, "What date is the rest day, 9 days after the start?"),
    ],
    "start date given earlier",
)
conv(
    "conv-numbers",
    [
        (U, "I got my dive computer on 3 August 2026."),
        (A, "Nice!"),
        (U, "The battery needs changing 500 days after that. When is that?"),
    ],
    "purchase date given earlier",
)
# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "What's 15% of 280?"),
        (A, "42."),
        (U, "And 20%?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "Convert 30 km to miles."),
        (A, "About 18.64 miles."),
        (U, "What about 50?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-followup",
    [
        (U, "What weekday is 9 June 2028?"),
        (A, "Friday."),
        (U, "And the same date a year later?"),
    ],
    "follow-up refers to the earlier date",
)
conv(
    "conv-followup",
    [
        (U, "Split £360 between 4 of us."),
        (A, "That's £90 each."),
        (U, "Actually Sam has dropped out, redo it."),
    ],
    "follow-up changes an earlier number",
)
conv(
    "conv-followup",
    [
        (U, "What's 64 °F in Celsius?"),
        (A, "About 17.8 °C."),
        (U, "Is that warm enough to swim without a wetsuit?"),
    ],
    "judgement on an earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "Add 18 days to 3 March 2028."),
        (A, "21 March 2028."),
        (U, "Same again from there."),
    ],
    "follow-up repeats an earlier step",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 1 May 2028 to 20 June 2028?"),
        (A, "50 days."),
        (U, "How many of those are weekend days?"),
    ],
    "follow-up on an earlier span",
)
# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a pirate. Answer everything in pirate speak."),
        (U, "What's 46 × 12?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "From here on, reply only in Spanish please."),
        (A, "¡Por supuesto!"),
        (U, "How many feet are in 100 metres?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-persona",
    [
        (U, "I'm helping my 8-year-old, so show the column method working every time."),
        (A, "Will do."),
        (U, "What's 347 + 285?"),
    ],
    "working required",
)
conv(
    "conv-persona",
    [
        (U, "Give every answer as a Roman numeral, please."),
        (A, "Understood."),
        (U, "What's 1,200 + 744?"),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona",
    [
        (U, "Answer in JSON with the keys 'value' and 'unit', nothing else."),
        (A, '{"value": null, "unit": null}'),
        (U, "Convert 7 miles to km please."),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona",
    [
        (U, "Please answer only in words, no digits. I'm testing a screen reader."),
        (A, "Understood, words only."),
        (U, "What's 19 × 21?"),
    ],
    "output in words fixed earlier",
)
conv(
    "conv-persona",
    [
        (S, "You are a maths tutor who never gives the final answer, only hints."),
        (U, "What's 15% of 90?"),
    ],
    "tutor persona withholds answers",
)
# conventions fixed earlier
conv(
    "conv-convention",
    [
        (U, "All dates I give you are American style, month/day/year."),
        (A, "OK, month first."),
        (U, "What weekday is 04/07/2028?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "Our financial year starts on 6 April."),
        (A, "Noted."),
        (U, "Which quarter is 20 July 2028 in?"),
    ],
    "financial year fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "In our office weeks start on Sunday and week 1 is the one with 1 January in it."),
        (A, "OK."),
        (U, "What week number is 3 January 2028?"),
    ],
    "week numbering fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "Our shop is open Monday to Saturday, so 'business days' here means those six."),
        (A, "Got it."),
        (U, "How many business days are there from 1 May 2028 to 31 May 2028?"),
    ],
    "six-day business week fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "For this chat a billion means a million million, the old British way."),
        (A, "Long scale, understood."),
        (U, "What's 3 billion divided by 1,000?"),
    ],
    "long-scale billion",
)
conv(
    "conv-convention",
    [
        (U, "I write thousands with a dot, so 1.500 means fifteen hundred."),
        (A, "Understood."),
        (U, "What's 2.400 + 1.750?"),
    ],
    "dot as thousands separator",
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


def _generator_queries(folder, filename):
    """The queries of an earlier generator, built in memory by importing it (never printed)."""
    spec = importlib.util.spec_from_file_location(filename[:-3], folder / filename)
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
    assert ordinary == 100, ordinary
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
    # user turns of my own conversations count too
    folder = earlier_dir()
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(folder, name)
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
                print(i["id"], repr(i["expected"]), i["tolerance"], "|", i["query"][:70])


if __name__ == "__main__":
    main()
