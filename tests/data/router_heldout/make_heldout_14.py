"""Generate heldout-2026-12-17.jsonl: a fourteenth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_13.py, the latter ONLY for its record format, its label/tolerance/family
conventions, its exact conversion factors with their sources, its date helpers, the rules of its
docstring (what positives may and may not ask, what is left out as contested), how its main()
asserts counts and checks for duplicates against earlier generators, and its list of registers
(so that this set could pick different ones). Nothing under router/, tools/, docs/, server/ or
tests/ (other than that one generator) was opened; the folder tests/data/router_heldout/ was
listed only to count the earlier generators; no JSONL file was opened, no git history was looked
at, no network was used, and neither the router nor the bench was ever run on this set.
Disclosures: the [tool.ruff] section of pyproject.toml was grepped for the line length (it says
nothing about routing); the small date/number helpers below (num, dec, pct, terminates, age,
nth_weekday, clock_span, ...) follow the logic of set 13's helpers, and the duplicate check in
main() follows set 13's (import the earlier generators in memory, compare normalised queries and
user turns, report only THIS set's ids on a clash). Every query here is newly written by the
author (none copied from make_heldout_13.py, none built from its templates).

Registers (families) chosen for this set, deliberately different from set 12's (warehouse,
construction, retail tills, farming, home brewing, astronomy, sports statistics, esports, swimming
and rowing, chess, library and publishing, real estate, classroom teachers, nurses' handovers,
wedding planning, moving house, pet sitting, volunteering rotas, lab notebooks, typo chat,
voice transcripts, "Please" requests, question-first, greetings and sign-offs) and from set 13's
(clinic admin, crew rosters, bakery and restaurant, museums, car rental, theatres, running clubs,
dog grooming, trades, school trips, university admin, insurance, tailoring, beekeeping, fishing,
mountaineering, camping, festivals, podcasts, charity shops, community gardens, phone plans,
market baking, youth football, group chats, landlord e-mails, autocorrect slips, terse):
  all three tools: plain and direct one-liners (15 per tool), bike shops and cycling, sailing
    and yacht clubs (knots and nautical miles), hotels and B&Bs (room-nights, check-in and
    check-out, tables for a function), freelancers' invoicing (hours x rate plus a fee, VAT at a
    stated rate, payment terms as "N days after"), gyms and weightlifting, knitting and yarn,
    community choirs, car servicing garages, cricket clubs, golf, scouts and cubs, online craft
    shops (platform fees, sale prices, parcel weights), household energy bills, road trips,
    photography businesses, driving lessons, pottery and kilns, horse stables, home aquariums,
    3D printing and makers, home solar panels, scuba diving, adult evening classes (a weighted
    grade with its weights stated), and four phrasing registers: ALL-CAPS shouting, forum posts
    starting "Re:", thinking aloud ("hmm ok so ..."), and shorthand notes to self
    ("fence panels 14 x ... = ?").
Positives are word problems of many shapes (story sums and differences, a product plus a one-off
fee, per-person shares, percentages of a named amount, averages, a weighted grade, counts rounded
UP with the rounding implied by the story ("how many minibuses"), percentage increases, a price
before a stated percentage discount), conversions phrased many ways, and date questions (offsets
from a stated date, days between stated dates, weekdays, ages on a stated date, deadlines worded
"N days/weeks after", clock spans, nights of a stay, counts "both days included" only when said).

Negatives (label "negative", 200): 100 ordinary ones (explanations, advice, writing, code, world
facts, live information, small talk with numbers in it, how-tos, translation, opinions, riddles,
plans) in this set's registers; 65 hard single-turn negatives (families "near-...", each with a
"note"): conversions needing a density or an exchange rate, calculations with the numbers
missing, dates missing their anchor (a private date never given, a festival or event date to
look up), world facts, estimates, requests for a method or formula, checking someone's working,
output in words / Roman numerals / another language, medical and veterinary dosing, rules
knowledge, mixed requests where one part needs the model, judgements about a number, fair
splits needing interpretation, standard sizes to look up, and code or spreadsheet formulas; and
35 conversations (families "conv-...", field "messages"; "query" repeats the last user turn;
each with a "note"): a knitting circle's own unit, "k" meaning miles, a decimal point used for
thousands, par fixed earlier, a sailing "leg", a kiln cone number, an operator defined earlier,
rates and prices fixed earlier, follow-ups on an earlier answer, personas and output formats,
date order / week numbering / a financial year / a working week fixed earlier, house rules of an
indoor cricket league, a golf society and a raffle, and advice chat. No negative here is
negative only because of a contested unit reading or an unstated "today"; every negative needs
the language model.

Left out entirely (their grading is contested), as set 13 states: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, short/long tons, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nominal sizes in positives, leap-day birthdays, all-numeric dates whose
day and month are both <= 12 in positives (asserted), time zones and daylight saving, Easter and
other movable feasts, anything depending on the current date (no "now" or "timezone" field; no
relative "today/tomorrow/yesterday" words in positives; asserted), running paces, "within N
days" deadlines (worded "N days after" instead), "how many weeks" between dates that are not a
whole number of weeks apart (asserted), and "counting both ends" spans unless the query says so.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results, 1e-3 for
unit results a tool may round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English
name, everything else as a number (the grader reads the LAST number of the answer). No positive
asks for a result in a unit written with a power, as a clock time, as a mixed unit or as a
fraction "a/b"; no calculator, date or exact unit result is a repeating decimal (asserted). A
positive is a question whose tool answer IS the whole answer.

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors:
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 nautical mile = 1852 m exactly; 1 knot = 1 nautical mile per hour (NIST SP 811, Table 8)
    1 acre = 4840 yd^2 (international yard; the US survey acre differs by about 4 parts per
      million, far inside the 1e-3 tolerance)
    1 psi = 1 lbf / in^2 with 1 lbf = 1 lb x 9.806 65 m/s^2 (NIST SP 811 B.8: 6.894 757 E+03 Pa)
    1 bar = 10^5 Pa exactly (NIST SP 811 B.8; SI Brochure, 8th edition (2006), Table 8)
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; T(K) = t(degC) + 273.15;
    t(degF) = t(degC) * 9/5 + 32; 1 h = 3600 s; 1 kWh = 3.6 MJ; 1 L = 1000 mL; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime; ISO 8601 week numbering
    (datetime.date.isocalendar); any other rule is stated in the query itself.

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_14.py   (writes the JSONL next to
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

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2026-12-17.jsonl"
PREFIX = "ho14-"
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 14))
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
    return int(x) if x.denominator == 1 else float(x)


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


def ceil(x):
    return math.ceil(F(x))


assert num(F(21, 7)) == 3 and num(dec("0.7") * 3) == 2.1 and pct("12.5") == F(1, 8)
assert terminates(F(7, 40)) and not terminates(F(1, 3)) and ceil(F(50, 8)) == 7

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain and direct (15)
calc("plain", "What is 7,384 + 2,958?", 7384 + 2958)
calc("plain", "What's 15,020 minus 6,487?", 15020 - 6487)
calc("plain", "What is 48 times 275?", 48 * 275)
calc("plain", "Divide 9,828 by 42", F(9828, 42))
calc("plain", "What is 12.5% of 3,360?", pct("12.5") * 3360)
calc("plain", "What's 3 to the power of 9?", 3**9)
assert math.isqrt(7921) ** 2 == 7921
calc("plain", "What is the square root of 7,921?", math.isqrt(7921))
calc("plain", "Calculate 0.35 × 1,284", dec("0.35") * 1284)
calc("plain", "What's (356 − 89) × 12?", (356 - 89) * 12)
calc("plain", "What's 6.4 + 19.85 + 0.375?", dec("6.4") + dec("19.85") + dec("0.375"))
calc("plain", "What is 8! divided by 6!?", F(math.factorial(8), math.factorial(6)))
calc("plain", "What is 27 squared?", 27**2)
calc("plain", "how much is 4,095 ÷ 0.35", 4095 / dec("0.35"))
calc("plain", "What is 62% of 850?", pct(62) * 850)
calc("plain", "Calculate 1,250 × 1.06 × 1.06", 1250 * dec("1.06") * dec("1.06"))

# bike shops
calc(
    "bike-shop",
    "Customer's bill: a £65 full service, two inner tubes at £7.49 each and a new chain at "
    "£22.99. What does it come to?",
    65 + 2 * dec("7.49") + dec("22.99"),
)
calc(
    "bike-shop",
    "We sold 38 bikes in March and 57 in April. By what percentage did sales go up?",
    F(57 - 38, 38) * 100,
)
# sailing
calc(
    "sailing",
    "Visitor mooring is £14.50 a night and we're staying 9 nights, plus a one-off £25 harbour "
    "dues charge. What's the total?",
    dec("14.50") * 9 + 25,
)
calc(
    "sailing",
    "Six of us are splitting the £2,877 yacht charter evenly. How much does each person pay?",
    F(2877, 6),
)
# hotels and B&Bs
calc(
    "hotel",
    "We've got 86 guests for the anniversary dinner and our round tables seat 10. How many "
    "tables do we need to set out?",
    ceil(F(86, 10)),
)
calc(
    "hotel",
    "Our B&B sold 216 of its 240 available room-nights in June. What was the occupancy as a "
    "percentage?",
    F(216, 240) * 100,
)
# freelancers
calc(
    "freelance",
    "I worked 37.5 hours at £48 an hour, and there's a one-off £60 font licence to add. What's "
    "the invoice total?",
    dec("37.5") * 48 + 60,
)
calc(
    "freelance",
    "My invoice is £2,400 before VAT. With VAT at 20% added, what's the total?",
    2400 * (1 + pct(20)),
)
# gyms
calc(
    "gym",
    "My back squat went from 80 kg to 102 kg over the year. What's that as a percentage increase?",
    F(102 - 80, 80) * 100,
)
calc(
    "gym",
    "I paid 12 monthly instalments of £34.99 for the gym plus a £20 joining fee. How much did I "
    "pay altogether?",
    12 * dec("34.99") + 20,
)
# knitting
calc(
    "knitting",
    "The jumper pattern needs 11 balls of yarn at £6.75 a ball. How much will the yarn cost?",
    11 * dec("6.75"),
)
calc(
    "knitting",
    "My blanket needs 1,450 m of yarn and each ball has 200 m. How many balls do I have to buy?",
    ceil(F(1450, 200)),
)
# choirs
calc(
    "choir",
    "Our choir has 42 members paying £85 a term, and there are 3 terms. How much do we collect "
    "in subs over the three terms?",
    42 * 85 * 3,
)
calc(
    "choir",
    "For the spring concert we sold 164 full-price tickets at £12 and 58 concessions at £8. "
    "What were the ticket takings?",
    164 * 12 + 58 * 8,
)
# garages
calc(
    "garage",
    "Four tyres at £89 each, fitting at £12.50 per tyre, and a £15 disposal charge for the lot. "
    "What's the total?",
    4 * (89 + dec("12.50")) + 15,
)
# cricket
calc(
    "cricket",
    "Our opener has scored 612 runs and been dismissed 16 times this season. What's his "
    "batting average (runs per dismissal)?",
    F(612, 16),
)
# golf
calc(
    "golf",
    "My last five rounds were 88, 92, 85, 90 and 87. What's my average score?",
    F(88 + 92 + 85 + 90 + 87, 5),
)
# scouts
calc(
    "scouts",
    "Summer camp is £145 per scout and 23 are going, but the district gives us a £500 grant. "
    "How much do the families have to pay in total?",
    23 * 145 - 500,
)
calc(
    "scouts",
    "47 cubs are coming on the zoo trip and each minibus takes 16 children. How many minibuses "
    "should I book?",
    ceil(F(47, 16)),
)
# online craft shops
calc(
    "craft-shop",
    "I sold 64 prints at £18 each and the platform takes a 6.5% fee on sales. How much does the "
    "platform take?",
    64 * 18 * pct("6.5"),
)
calc(
    "craft-shop",
    "In my 20%-off sale a mug is £14. What was its price before the sale?",
    14 / (1 - pct(20)),
)
# household bills
calc(
    "household",
    "Electricity for March: 412 kWh at 24.5p per kWh plus a 53p daily standing charge for 31 "
    "days. What's the bill in pounds?",
    (412 * dec("24.5") + 53 * 31) / 100,
)
# photography
calc(
    "photography",
    "The wedding package is £1,850, the couple added an album at £320 and 40 extra prints at "
    "£2.50 each. What's the final price?",
    1850 + 320 + 40 * dec("2.50"),
)
# driving lessons
calc(
    "driving",
    "I had 26 driving lessons at £38 each and the practical test cost £62. How much did "
    "learning to drive cost me?",
    26 * 38 + 62,
)
# pottery
calc(
    "pottery",
    "The studio charges 18p per piece for a kiln firing and I've got 145 pieces. What will it "
    "cost me in pounds?",
    145 * F(18, 100),
)
# evening classes
calc(
    "evening-class",
    "My Spanish evening class grade is 25% oral, 25% listening and 50% written. I got 68, 74 "
    "and 81. What's my final grade?",
    pct(25) * 68 + pct(25) * 74 + pct(50) * 81,
)
# ALL CAPS
calc("shouting", "WHAT IS 18% OF 4,250??", pct(18) * 4250)
# forum posts
calc(
    "forum-post",
    "Re: budgeting help - my take-home pay is £2,340 and rent is £875. How much is left after "
    "rent?",
    2340 - 875,
)
# thinking aloud
calc(
    "thinking-aloud",
    "hmm ok so 3 of us put in £40 each and Jo put in £65, what's the pot altogether",
    3 * 40 + 65,
)
# notes to self
calc("notes-to-self", "fence panels 14 x £32.50 + posts 15 x £11 = ?", 14 * dec("32.50") + 15 * 11)

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
assert abs(PSI - dec("6894.757")) < dec("0.001") and KNOT / KMH == dec("1.852")


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
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# plain and direct (15)
unit("plain", "Convert 43.5 km into miles", dec("43500") / MI)
unit("plain", "How many pounds is 63 kg?", 63 / LB)
unit("plain", "What is 77 °F in Celsius?", f_to_c(77), EXACT)
unit("plain", "Convert −10 °C to Fahrenheit", c_to_f(-10), EXACT)
unit("plain", "How many inches is 190 cm?", F(190, 100) / IN)
unit("plain", "How many yards are 400 metres?", 400 / YD)
unit("plain", "Convert 250 grams to ounces", F(250, 1000) / OZ)
unit("plain", "How many metres is 850 feet?", 850 * FT, EXACT)
unit("plain", "What's 110 km/h in mph?", 110 * KMH / MPH)
unit("plain", "How many litres is 3,750 millilitres?", F(3750, 1000), EXACT)
unit("plain", "Convert 0 °C to kelvin", c_to_k(0), EXACT)
unit("plain", "How many KiB make up 7 MiB?", F(7 * MIB, KIB), EXACT)
unit("plain", "convert 18 MJ to kWh", 18 * MJ / KWH, EXACT)
unit("plain", "How many acres is 12 hectares?", 12 * HECTARE / ACRE)
unit("plain", "What is 2 bar in kPa?", 2 * BAR / 1000, EXACT)

# bike shops
unit(
    "bike-shop",
    "The tyre sidewall says inflate to 65 psi. What's that in bar?",
    65 * PSI / BAR,
)
unit(
    "bike-shop",
    "The customer's old frame is a 21-inch. How many centimetres is that?",
    21 * IN * 100,
    EXACT,
)
# sailing
unit(
    "sailing",
    "We averaged 6.5 knots across the bay. What is that in km/h?",
    dec("6.5") * KNOT / KMH,
    EXACT,
)
unit(
    "sailing",
    "The passage from Poole to Cherbourg is 62 nautical miles. How far is that in kilometres?",
    62 * NMI / 1000,
    EXACT,
)
# hotels
unit(
    "hotel",
    "An American guest asked how warm our pool is. It's 28 °C. What is that in Fahrenheit?",
    c_to_f(28),
    EXACT,
)
# gyms
unit("gym", "I just deadlifted 140 kg. How many pounds is that?", 140 / LB)
unit(
    "gym",
    "I weighed in at 12 stone 9 lb this morning. What's that in kilograms?",
    12 * STONE + 9 * LB,
)
# knitting
unit(
    "knitting",
    "The yarn label says 220 yards per skein. How many metres is that?",
    220 * YD,
    EXACT,
)
unit(
    "knitting",
    "The vintage pattern is for a 36-inch chest. How many cm is that?",
    36 * IN * 100,
    EXACT,
)
# aquariums
unit(
    "aquarium",
    "My discus tank should sit at 84.2 °F. What's that in Celsius?",
    f_to_c(dec("84.2")),
    EXACT,
)
unit(
    "aquarium",
    "The new tank is 48 inches long. How many cm is that?",
    48 * IN * 100,
    EXACT,
)
# garages
unit(
    "garage",
    "The handbook says 2.3 bar for the front tyres but our gauge reads psi. What's 2.3 bar in psi?",
    dec("2.3") * BAR / PSI,
)
unit(
    "garage",
    "The import's odometer shows 48,000 miles. How many kilometres is that?",
    48000 * MI / 1000,
)
# cricket
unit("cricket", "A cricket pitch is 22 yards long. What's that in metres?", 22 * YD, EXACT)
# golf
unit("golf", "The 7th hole plays 410 yards. How long is it in metres?", 410 * YD, EXACT)
# scuba
unit("scuba", "We dived to 30 metres on the wreck. How deep is that in feet?", 30 / FT)
unit(
    "scuba",
    "My cylinder was filled to 232 bar. What is that in psi?",
    232 * BAR / PSI,
)
# pottery
unit(
    "pottery",
    "My stoneware glaze matures at 1,240 °C. What's that in Fahrenheit?",
    c_to_f(1240),
    EXACT,
)
# road trips
unit(
    "road-trip",
    "French motorways are limited to 130 km/h. How many mph is that?",
    130 * KMH / MPH,
)
# solar
unit(
    "solar",
    "Our roof panels generated 3,250 kWh over the past twelve months. How many megajoules is that?",
    3250 * KWH / MJ,
    EXACT,
)
# makers and 3D printing
unit(
    "maker", "My printer's build plate is 235 mm wide. How many inches is that?", dec("0.235") / IN
)
unit(
    "maker",
    "The print bed heats to 60 °C for PLA. What's that in kelvin?",
    c_to_k(60),
    EXACT,
)
# online craft shops
unit(
    "craft-shop",
    "The parcel to my US customer weighs 2.2 kg. How many pounds do I write on the customs form?",
    dec("2.2") / LB,
)
# photography
unit(
    "photography",
    "My photo archive is 750 GiB. How many MiB is that?",
    F(750 * GIB, MIB),
    EXACT,
)
# household
unit(
    "household",
    "The new washing machine uses 0.75 kWh per cycle. How many MJ is that?",
    dec("0.75") * KWH / MJ,
    EXACT,
)
# stables
unit("stables", "The vet's weigh tape says my cob is 1,210 lb. What's that in kg?", 1210 * LB)
# ALL CAPS
unit("shouting", "HOW MANY CM IS 6 FEET??", 6 * FT * 100, EXACT)
# forum posts
unit(
    "forum-post",
    "Re: moving from the States - my thermostat back home was always on 68 °F. What is that in °C?",
    f_to_c(68),
    EXACT,
)
# thinking aloud
unit(
    "thinking-aloud",
    "right so the paddock is... no wait it's exactly 3.2 hectares, how many acres is that then",
    dec("3.2") * HECTARE / ACRE,
)
# notes to self
unit("notes-to-self", "shelf depth 11.75 in -> cm?", dec("11.75") * IN * 100, EXACT)

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
    day = D(2004, 5, 5)
    a = DT.combine(day, dt.time.fromisoformat(start))
    b = DT.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


def moment_span(a, b, unit_s):
    return F(int((b - a).total_seconds()), unit_s)


assert weekday(D(2000, 1, 1)) == "Saturday" and age(D(1990, 6, 30), D(2030, 6, 29)) == 39
assert nth_weekday(2027, 2, FRI, -1) == D(2027, 2, 26) and nth_weekday(2027, 11, TUE, 2) == D(
    2027, 11, 9
)
assert clock_span("23:05", "02:35", 60) == 210 and clock_span("07:40", "19:10", 3600) == F(23, 2)
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
date_item("plain", "What day of the week is 8 August 2029?", weekday(D(2029, 8, 8)))
date_item(
    "plain",
    "How many days are there from 12 February 2027 to 30 June 2027?",
    days(D(2027, 2, 12), D(2027, 6, 30)),
)
date_item("plain", "What date is 150 days after 20 March 2028?", D(2028, 3, 20) + TD(150))
date_item("plain", "What date was 75 days before 1 September 2027?", D(2027, 9, 1) - TD(75))
date_item("plain", "Which weekday was 25 December 2026?", weekday(D(2026, 12, 25)))
date_item(
    "plain",
    "How many weeks are there between 5 January 2029 and 23 March 2029?",
    whole_weeks(D(2029, 1, 5), D(2029, 3, 23)),
)
date_item("plain", "How many hours is it from 07:40 to 19:10?", clock_span("07:40", "19:10", 3600))
date_item(
    "plain",
    "How old will someone born on 3 October 1988 be on 15 April 2032?",
    age(D(1988, 10, 3), D(2032, 4, 15)),
)
date_item(
    "plain", "What date is the second Tuesday of November 2027?", nth_weekday(2027, 11, TUE, 2)
)
date_item("plain", "What date is 8 weeks after 29 October 2027?", D(2027, 10, 29) + TD(weeks=8))
date_item(
    "plain",
    "How many days are there in the month of February 2052?",
    calendar.monthrange(2052, 2)[1],
)
date_item(
    "plain", "What ISO week number does 3 August 2028 fall in?", D(2028, 8, 3).isocalendar()[1]
)
date_item("plain", "What date is 500 days after 7 July 2027?", D(2027, 7, 7) + TD(500))
date_item(
    "plain", "How many minutes are there from 23:05 to 02:35?", clock_span("23:05", "02:35", 60)
)
date_item(
    "plain",
    "How many weekdays, Monday to Friday, are there from 6 September 2027 to 1 October 2027 "
    "inclusive?",
    weekdays_between(D(2027, 9, 6), D(2027, 10, 1)),
)

# bike shops
date_item(
    "bike-shop",
    "A bike bought on 19 May 2027 gets a free check-up 90 days after purchase. What date is that?",
    D(2027, 5, 19) + TD(90),
)
# sailing
date_item(
    "sailing",
    "We set sail on 14 June 2028 and plan to be back 23 days later. What's our return date?",
    D(2028, 6, 14) + TD(23),
)
date_item(
    "sailing",
    "Crew trials are on 1 July 2028 and the regatta is on Saturday 9 September 2028. How many "
    "days are there between the two?",
    days(D(2028, 7, 1), stated(D(2028, 9, 9), "Saturday")),
)
# hotels
date_item(
    "hotel",
    "The Hendersons check in on 27 December 2027 and check out on 4 January 2028. How many "
    "nights is their stay?",
    days(D(2027, 12, 27), D(2028, 1, 4)),
)
date_item(
    "hotel",
    "The booking is for 20 August 2028 and free cancellation ends 14 days before arrival. What "
    "date is 14 days before 20 August 2028?",
    D(2028, 8, 20) - TD(14),
)
# freelancers
date_item(
    "freelance",
    "I sent the invoice on 18 November 2027 and payment is due 30 days after the invoice date. "
    "What's the due date?",
    D(2027, 11, 18) + TD(30),
)
# gyms
date_item(
    "gym",
    "I'm starting a 12-week strength block on Monday 3 January 2028. What date is 12 weeks "
    "after that?",
    stated(D(2028, 1, 3), "Monday") + TD(weeks=12),
)
# knitting
date_item(
    "knitting",
    "I cast on a cardigan on 2 October 2027 and it has to be done by 24 December 2027. How many "
    "days do I have?",
    days(D(2027, 10, 2), D(2027, 12, 24)),
)
# choirs
date_item(
    "choir",
    "Our Christmas concert is on 11 December 2027 and rehearsals start 10 weeks before it. What "
    "date do rehearsals start?",
    D(2027, 12, 11) - TD(weeks=10),
)
date_item(
    "choir",
    "The carol service is on 24 December 2028. What day of the week will that be?",
    weekday(D(2028, 12, 24)),
)
# garages
date_item(
    "garage",
    "The car's last MOT was on 14 March 2027 and we send the reminder 330 days after that. What "
    "date does it go out?",
    D(2027, 3, 14) + TD(330),
)
# cricket
date_item(
    "cricket",
    "Our season opens on Saturday 22 April 2028 and the cup final is on 2 September 2028. How "
    "many days apart are they?",
    days(stated(D(2028, 4, 22), "Saturday"), D(2028, 9, 2)),
)
# golf
date_item(
    "golf",
    "Our club captain was born on 29 July 1961. How old will he be on 1 January 2030?",
    age(D(1961, 7, 29), D(2030, 1, 1)),
)
# scouts
date_item(
    "scouts",
    "Summer camp starts on 31 July 2028 and lasts 9 nights. What date do we come home?",
    D(2028, 7, 31) + TD(9),
)
# online craft shops
date_item(
    "craft-shop",
    "An order came in on 6 December 2027 and made-to-order items ship 12 days after the order. "
    "What's the dispatch date?",
    D(2027, 12, 6) + TD(12),
)
# household
date_item(
    "household",
    "Our fixed energy tariff started on 1 March 2027 and runs for 78 weeks. On what date does "
    "it end?",
    D(2027, 3, 1) + TD(weeks=78),
)
# road trips
date_item(
    "road-trip",
    "We pick the camper van up at 10:00 on 15 August 2027 and drop it off at 16:00 on 22 "
    "August 2027. How many hours is that?",
    moment_span(DT(2027, 8, 15, 10), DT(2027, 8, 22, 16), 3600),
)
# photography
date_item(
    "photography",
    "I've been booked for a wedding on 17 June 2028. What weekday is it?",
    weekday(D(2028, 6, 17)),
)
# driving
date_item(
    "driving",
    "My practical test is on 21 January 2028 and I booked it exactly 100 days before. What date "
    "did I book it?",
    D(2028, 1, 21) - TD(100),
)
# pottery
date_item(
    "pottery",
    "My pots go in for the bisque firing on 5 March 2028 and glazing day is 9 days after that. "
    "Which date is glazing day?",
    D(2028, 3, 5) + TD(9),
)
# stables
date_item(
    "stables",
    "The farrier comes every 7 weeks and last came on 26 April 2027. When is the next visit?",
    D(2027, 4, 26) + TD(weeks=7),
)
# aquariums
date_item(
    "aquarium",
    "I started cycling the new tank on 30 May 2028 and it needs 6 weeks before fish go in. "
    "What date is 6 weeks after that?",
    D(2028, 5, 30) + TD(weeks=6),
)
# makers
date_item(
    "maker",
    "The print started at 21:20 and finished at 09:05 the next morning. How many minutes did "
    "it take?",
    clock_span("21:20", "09:05", 60),
)
# solar
date_item(
    "solar",
    "The panels went up on 12 April 2027 and the inspection is on 1 November 2027. How many "
    "days is that after installation?",
    days(D(2027, 4, 12), D(2027, 11, 1)),
)
# scuba
date_item(
    "scuba",
    "The dive course runs from 8 July 2028 to 22 July 2028. How many days is that, both days "
    "included?",
    inclusive(D(2028, 7, 8), D(2028, 7, 22)),
)
# evening classes
date_item(
    "evening-class",
    "The pottery course is 16 weekly sessions starting Thursday 23 September 2027. What's the "
    "date of the 16th session?",
    stated(D(2027, 9, 23), "Thursday") + TD(weeks=15),
)
# ALL CAPS
date_item("shouting", "WHAT DAY OF THE WEEK IS 1 MAY 2029", weekday(D(2029, 5, 1)))
# forum posts
date_item(
    "forum-post",
    "Re: notice period - I handed in my resignation on 2 February 2028 and my notice is 6 "
    "weeks. What date is 6 weeks after 2 February 2028?",
    D(2028, 2, 2) + TD(weeks=6),
)
# thinking aloud
date_item(
    "thinking-aloud",
    "hmm she was born 14 March 2010, so on 1 September 2027 she'd be how old exactly",
    age(D(2010, 3, 14), D(2027, 9, 1)),
)
# notes to self
date_item(
    "notes-to-self",
    "days 3 apr 2028 -> 19 sep 2028 ?",
    days(D(2028, 4, 3), D(2028, 9, 19)),
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why do road bikes have such narrow tyres compared with mountain bikes?", None),
        ("How can a sailing boat make progress upwind?", None),
        ("Why do hotels take a card at check-in even when the room is prepaid?", None),
        ("Why is creatine so popular with people who lift weights?", None),
        ("Why does a wool jumper felt and shrink in a hot wash?", None),
        ("Why do fish die when they're added to a brand-new aquarium too soon?", None),
        ("Can you explain the lbw rule in cricket in simple terms?", None),
        ("Why do golf balls have dimples?", None),
        ("Why do scuba divers have to come up slowly?", None),
        ("Why does clay crack if a pot dries too quickly?", None),
        ("How do solar panels still make electricity on a cloudy day?", None),
        ("What is the standing charge on an electricity bill and why do I pay it?", None),
    ],
    "advice": [
        ("Our choir's sopranos drift flat in long unaccompanied pieces. Any tips for them?", None),
        ("How do I get my nervous horse to load into a trailer?", None),
        ("What should I check before buying a second-hand road bike?", None),
        ("Clients keep paying my freelance invoices late. How do I handle it politely?", None),
        ("I'm new to the gym and feel self-conscious in the weights area. How do I start?", None),
        ("How can I get more sales in my online craft shop without paying for ads?", None),
        (
            "What should I think about before taking a yacht out single-handed for the first time?",
            None,
        ),
        ("My cubs get restless in long meetings. How do I keep them engaged?", None),
        ("How do I stay calm on the day of my driving test?", None),
        ("How can I make my wedding photography portfolio stand out?", None),
        ("What are sensible ways to cut our household energy use this winter?", None),
    ],
    "writing": [
        ("Write a welcome message for new members of our cycling club's chat group.", None),
        ("Draft a polite reminder to a client whose invoice is two weeks overdue.", None),
        ("Write a haiku about a kiln cooling overnight.", None),
        ("Write a short winter poem for our choir's concert programme.", None),
        ("Write a shop listing for a hand-knitted merino baby blanket.", None),
        ("Write a funny toast for our sailing club's end-of-season dinner.", None),
        ("Draft a reply thanking a guest who left a glowing review of our B&B breakfast.", None),
        ("Write a limerick about a golfer who always ends up in the bunker.", None),
        ("Write a short bio for a freelance wedding photographer's website.", None),
        ("Write a note asking scouts' parents to label every bit of kit before camp.", None),
        ("Write a catchy two-line slogan for a village garage's MOT offer.", None),
    ],
    "code": [
        (
            (
                "Write a Python function that converts my aquarium logger's Celsius readings to "
                "Fahrenheit."
            ),
            None,
        ),
        ("How do I load a CSV of invoices into pandas and total them by client?", None),
        ("Write a SQL query listing hotel rooms that have no bookings in August.", None),
        ("Why does Python say 'can only concatenate str (not \"int\") to str'?", None),
        ("Write a bash loop that renames every .JPG file in a folder to a lowercase .jpg.", None),
        ("How do I build a responsive image grid in CSS for a photography site?", None),
        ("Explain Python decorators with a short example.", None),
        ("What's the git command to undo my last commit but keep the changes?", None),
    ],
    "world-fact": [
        ("Who won the very first Tour de France?", None),
        ("Which country has won the America's Cup the most times?", None),
        ("Which golf course hosts the Masters every year?", None),
        ("Who is the leading run scorer in the history of Test cricket?", None),
        ("Where is the Great Blue Hole that divers visit?", None),
        ("Which composer wrote the oratorio Messiah?", None),
        ("Which English city is nicknamed the Potteries?", None),
        ("Who invented the pneumatic bicycle tyre?", None),
    ],
    "live": [
        ("Is the Severn Bridge open to traffic at the moment?", None),
        ("What's the wind forecast for the Solent this weekend?", None),
        ("What's the latest score in the England Test match?", None),
        ("Is my local recycling centre open this bank holiday?", None),
        ("What are petrol prices like near me at the moment?", None),
        ("Has the Met Office issued any weather warnings for Cornwall?", None),
        ("Who's leading the Open Championship after the latest round?", None),
    ],
    "smalltalk": [
        ("Just rode my first 100 km sportive, legs are jelly", None),
        ("Our choir sang in the cathedral last night, still on cloud nine", None),
        ("Sold 12 mugs at the craft fair, best day yet!", None),
        ("Finally hit a 100 kg bench press!!", None),
        ("Passed my driving test on the 3rd attempt, can't believe it", None),
        ("We had 4 dolphins off the bow on the way into Falmouth", None),
        ("My cubs earned 6 badges between them this term, so proud", None),
        ("3 hours at the wheel and only 2 pots survived lol", None),
        ("Cheers, that's my invoice sorted for the week", None),
    ],
    "howto": [
        ("How do I true a buckled bicycle wheel?", None),
        ("How do I tie a bowline one-handed?", None),
        ("How do I do a Romanian deadlift without hurting my back?", None),
        ("How do I knit a simple cable?", None),
        ("How do I change the oil on a small petrol car?", None),
        ("How do I centre clay on a pottery wheel?", None),
        ("How do I register as self-employed in the UK?", None),
        ("How do I set a custom white balance on a mirrorless camera?", None),
        ("How do I pick out a horse's hooves safely?", None),
        ("How do I equalise my ears on a dive?", None),
    ],
    "translate": [
        ("Translate 'Where can I hire a bike?' into Dutch.", None),
        ("How do you say 'the room isn't ready yet' in Portuguese?", None),
        ("What's the Italian for 'pottery class'?", None),
        ("Translate 'please find my invoice attached' into German.", None),
        ("How do you say 'good luck in your exam' in Polish?", None),
        ("What does 'sotto voce' mean in a choral score?", None),
    ],
    "opinion": [
        ("Is a gravel bike or a road bike better for commuting on country lanes?", None),
        ("For a beginner, is dinghy sailing or windsurfing more fun?", None),
        ("Are heat pumps worth it in an old stone cottage?", None),
        ("Should I learn to drive in a manual or an automatic?", None),
        ("What's a good first camera for wedding photography on a budget?", None),
        ("Is a marketplace or my own website better for selling handmade jewellery?", None),
        ("Can you recommend some good books about the history of cricket?", None),
        ("For a cub camp, is a treasure hunt or a night hike more fun?", None),
    ],
    "riddle": [
        ("Riddle for the scouts' campfire: what has keys but can't open a single lock?", None),
        ("Choir quiz riddle: what can fill a room but takes up no space?", None),
        ("Pottery class riddle: what has to be broken before you can use it?", None),
        ("Sailing club riddle: what has a neck but no head and wears a cap?", None),
    ],
    "plan": [
        ("Plan a four-day cycling tour of the Loire valley.", None),
        ("Make a checklist for getting a yacht ready for the new season.", None),
        ("Draft a six-week beginner strength programme with three sessions a week.", None),
        ("Plan a rainy-day programme for 20 cub scouts.", None),
        ("Give me a running order for a wedding photographer on the big day.", None),
        ("Suggest eight songs for a community choir's summer concert.", None),
    ],
    # ------------------------------------------------------------------- hard near-positives
    "near-density": [
        (
            "How many kilograms does 20 litres of emulsion paint weigh?",
            "needs the density of paint",
        ),
        ("What's 500 g of porridge oats in millilitres?", "needs the bulk density of oats"),
        ("How many litres is a 25 kg bag of building sand?", "needs the density of sand"),
        ("What does 60 litres of seawater weigh in kg?", "needs the density of seawater"),
    ],
    "near-currency": [
        ("How many euros is £1,200 for our cycling holiday?", "needs an exchange rate"),
        (
            "The marina in Split charges €85 a night. What's that in pounds?",
            "needs an exchange rate",
        ),
        ("What's 300 Canadian dollars in US dollars?", "needs an exchange rate"),
        (
            "My client pays me $4,000 per project. How much is that in sterling?",
            "needs an exchange rate",
        ),
    ],
    "near-missing": [
        ("How much will four new tyres cost me fitted?", "no prices are given"),
        (
            "How many tables do we need for the wedding breakfast?",
            "the guest count and table size are missing",
        ),
        ("What's my batting average this season?", "the runs and dismissals are missing"),
        (
            "How many balls of yarn do I need for a jumper in my size?",
            "needs the pattern's yardage and the size",
        ),
        ("What will I earn if I work 30 hours this week?", "the hourly rate is missing"),
    ],
    "near-anchor": [
        ("What date is 12 weeks after I start my new job?", "the start date is never given"),
        (
            "When is my horse's next farrier visit if he's done every 6 weeks?",
            "the last visit date is missing",
        ),
        ("What date is 90 days after Diwali 2028?", "a lunisolar festival date must be looked up"),
        (
            (
                "How many days are there between Henley Royal Regatta 2028 and the start of "
                "Cowes Week 2028?"
            ),
            "both event dates must be looked up",
        ),
        (
            "How old was Ellen MacArthur when she set her round-the-world sailing record?",
            "a birth date and a record date must be looked up",
        ),
    ],
    "near-world-fact": [
        ("How long was the 2024 Tour de France in miles?", "a fact to look up first"),
        ("How high is Ben Nevis in feet?", "a world fact before any conversion"),
        ("How deep is the Mariana Trench in miles?", "a world fact"),
        ("How wide is the English Channel at its narrowest, in km?", "a world fact"),
        ("How many rooms does the Savoy hotel in London have?", "a world fact"),
    ],
    "near-estimate": [
        (
            "About how long would it take me to cycle from London to Brighton?",
            "an estimate depending on fitness and route",
        ),
        ("How much yarn does an adult scarf usually take?", "an estimate"),
        (
            "Roughly how many kWh will a heat pump use over a winter?",
            "an estimate depending on house and climate",
        ),
        (
            "How many edited photos does a wedding photographer usually deliver?",
            "an estimate from industry practice",
        ),
    ],
    "near-method": [
        ("How do I work out a batsman's strike rate?", "asks for a method"),
        ("What's the formula for turning knots into km/h?", "asks for a formula"),
        ("How do I calculate the occupancy rate for my B&B?", "asks for a method"),
        ("How is a golf handicap worked out?", "asks for a method"),
    ],
    "near-check": [
        (
            "My daughter says 0.2 × 0.3 = 0.6. How do I explain why that's wrong?",
            "asks to explain a mistake",
        ),
        (
            "I turn miles into km by multiplying by 1.5. Is that good enough for planning a ride?",
            "judging an approximation",
        ),
        (
            "Is my invoice maths right? 12 hours at £40 is £480, plus 20% VAT makes £560.",
            "checking someone's working and explaining the error",
        ),
        (
            "My gauge is 22 stitches per 10 cm, so for 50 cm I cast on 100. Did I get that right?",
            "checking working with an explanation",
        ),
    ],
    "near-format": [
        ("Write £1,475 in words for a cheque to the sailing club.", "output in words"),
        ("What's 2028 in Roman numerals for the choir's foundation plaque?", "Roman numerals"),
        ("How do you say 365 in German?", "a number in another language"),
        (
            "Write 255 in binary and explain what each bit is worth.",
            "a base change with an explanation",
        ),
    ],
    "near-dosing": [
        ("How much bute can I give my 500 kg horse?", "veterinary dosing"),
        ("How much ibuprofen can I take after a long bike ride?", "medical dosing"),
        (
            "How much Epsom salt should I add to my 120 litre aquarium for a bloated fish?",
            "treatment dosing judgement",
        ),
    ],
    "near-rules": [
        ("How many clubs are you allowed to carry in a golf bag?", "rules knowledge"),
        ("How many overs does each side bowl in a T20 match?", "rules knowledge"),
        ("What's the legal minimum tyre tread depth for a car in the UK?", "regulation knowledge"),
        (
            "How many hours a week can a freelancer work before registering for VAT?",
            "a confused rules question (VAT depends on turnover) needing the model",
        ),
    ],
    "near-mixed": [
        (
            "Convert 30 knots to km/h and tell me whether that's safe for a dinghy.",
            "the safety judgement needs the model",
        ),
        (
            "What's 20% of £650, and should I ask for that as a deposit on a wedding shoot?",
            "the business judgement needs the model",
        ),
        (
            "What weekday is 5 August 2028, and is that a good day for a scout open day?",
            "the judgement part needs the model",
        ),
        (
            "Add up 4 × £18.50 and suggest a name for my new pottery workshop.",
            "the naming part needs the model",
        ),
        (
            "Convert 1,240 °C to Fahrenheit and explain what happens to a glaze at that heat.",
            "the explanation part needs the model",
        ),
    ],
    "near-judgement": [
        ("My resting heart rate is 48. Is that OK for a cyclist?", "a medical judgement"),
        ("Our B&B averages 72% occupancy. Is that good for the Cotswolds?", "a judgement"),
        ("I charge £35 an hour for bookkeeping. Am I undercharging?", "a judgement"),
        ("Is 3.2 bar too high a tyre pressure for a small hatchback?", "a judgement"),
    ],
    "near-split": [
        (
            (
                "Three of us shared a yacht charter but I skippered every day. How should we "
                "split the £2,100?"
            ),
            "what is fair needs interpretation",
        ),
        (
            (
                "Two of the four of us used the cottage hot tub. How do we split the £60 hot tub "
                "fee fairly?"
            ),
            "a fair split needs interpretation",
        ),
        (
            (
                "The choir coach cost £640 but six members drove themselves. What's fair for "
                "everyone else to pay?"
            ),
            "a fair share needs interpretation (and the head count is missing)",
        ),
    ],
    "near-standard": [
        ("What are the dimensions of A3 paper in inches?", "a standard size to look up"),
        ("How long is an Olympic swimming pool in yards?", "a standard length to look up"),
        ("What's a UK size 12 dress in US sizing?", "a sizing standard to look up"),
    ],
    "near-code": [
        ("In Excel, how do I add 30 days to the date in cell C4?", "asks for a formula"),
        ("Write a Python function that returns the weekday of any date.", "asks for code"),
        ("What does =NETWORKDAYS(A2,B2) return in a spreadsheet?", "asks to explain a formula"),
        (
            "Write a Google Sheets formula to turn a column of pounds into kilograms.",
            "asks for a formula",
        ),
    ],
}

for family, entries in NEG.items():
    for query, note in entries:
        if family.startswith("near-"):
            assert note, query
        extra = {"note": note} if note else {}
        add("negative", family, query, **extra)


def conv(family, turns, note):
    msgs = msgs_of(turns)
    add("negative", family, msgs[-1]["content"], messages=msgs, note=note)


def long_date(d):
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# notation redefined in an earlier turn
conv(
    "conv-redefine",
    [
        (
            U,
            "In our knitting circle 'a skein' always means 100 metres of yarn, whatever the brand.",
        ),
        (A, "Got it: one skein is 100 m for your circle."),
        (U, "So how many skeins is 1.5 km of yarn?"),
    ],
    "a circle's own length unit",
)
conv(
    "conv-redefine",
    [
        (U, "Old habit: when I log rides I write 'k' for miles, not kilometres."),
        (A, "Noted, 'k' means miles in your logs."),
        (U, "How far is a 42 k ride in metres?"),
    ],
    "'k' redefined as miles",
)
conv(
    "conv-redefine",
    [
        (U, "I write numbers German style, with a point for thousands: 1.500 is fifteen hundred."),
        (A, "Understood, the point groups thousands."),
        (U, "What's 2.400 divided by 8?"),
    ],
    "a point used as a thousands separator",
)
conv(
    "conv-redefine",
    [
        (U, "When I say 'par' I mean 72, the par of our course."),
        (A, "OK, par is 72 for you."),
        (U, "I went round in 9 over par. What did I shoot?"),
    ],
    "par fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In my sailing log a 'leg' is always 12 nautical miles."),
        (A, "Right, one leg is 12 nm."),
        (U, "How many kilometres did we cover in 5 legs?"),
    ],
    "a log's own distance unit",
)
conv(
    "conv-redefine",
    [
        (U, "Our studio writes kiln temperatures as cones, and cone 6 means 1,222 °C for us."),
        (A, "Thanks, cone 6 is 1,222 °C."),
        (U, "What is cone 6 in Fahrenheit?"),
    ],
    "a cone number defined as a temperature earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Puzzle time: let # in front of a number mean 'multiply it by 3 and then add 1'."),
        (A, "Fun, so #2 would be 7."),
        (U, "What's #7?"),
    ],
    "an operator defined earlier",
)
# numbers or rates fixed in earlier turns
conv(
    "conv-context",
    [
        (U, "The bike shop charges £55 an hour labour, and the parts came to £84."),
        (A, "OK, noted."),
        (U, "What's the bill with 2.5 hours of labour?"),
    ],
    "rates and part costs were given earlier",
)
conv(
    "conv-context",
    [
        (U, "Our double room is £110 a night and breakfast is £12 per person per day."),
        (A, "Got it."),
        (U, "Two people staying 4 nights with breakfast, what's the total?"),
    ],
    "prices were set earlier",
)
conv(
    "conv-context",
    [
        (U, "I invoice at £52 an hour for design work."),
        (A, "Noted."),
        (U, "I did 17 hours for the brewery this month. How much do I bill them?"),
    ],
    "the hourly rate was given earlier",
)
conv(
    "conv-context",
    [
        (U, "For the club tour budget we're using 1 euro = 0.86 pounds."),
        (A, "OK, 0.86 it is."),
        (U, "How many pounds is the €1,450 hotel bill?"),
    ],
    "the exchange rate was fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "My mare gets 3.5 kg of hay a day over winter."),
        (A, "That sounds sensible for winter."),
        (U, "How much hay for 28 days then?"),
    ],
    "the daily amount was given earlier",
)
conv(
    "conv-context",
    [
        (U, "The scout hall holds 60 people for our Christmas show."),
        (A, "Lovely."),
        (U, "148 people want tickets. How many performances should we put on?"),
    ],
    "the capacity was given earlier",
)
conv(
    "conv-context",
    [
        (U, "My electricity unit rate is 26p per kWh."),
        (A, "Thanks."),
        (U, "What does 340 kWh cost me, then?"),
    ],
    "the unit rate was given earlier",
)
# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "How many km is 26.2 miles?"),
        (A, f"About {float(dec('26.2') * MI / 1000):.2f} km."),
        (U, "And how long would that take at an easy jog?"),
    ],
    "an estimate following the earlier answer",
)
_BANK = D(2028, 3, 6) + TD(weeks=10)
conv(
    "conv-followup",
    [
        (U, "What date is 10 weeks after 6 March 2028?"),
        (A, f"{long_date(_BANK)}."),
        (U, "Is that a bank holiday in England?"),
    ],
    "a lookup about the earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What's 18% of £2,350?"),
        (A, f"£{num(pct(18) * 2350)}."),
        (U, "Turn that into a friendly line for a client quote."),
    ],
    "writing based on the earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "Convert 1,260 °C to °F for my kiln log."),
        (A, f"{num(c_to_f(1260)):,} °F."),
        (U, "Which Orton cone is that closest to?"),
    ],
    "a lookup following the earlier answer",
)
_SPAN = days(D(2028, 6, 1), D(2028, 8, 19))
conv(
    "conv-followup",
    [
        (U, "How many days between 1 June 2028 and 19 August 2028?"),
        (A, f"{_SPAN} days."),
        (U, "add a week on to that end date, what weekday do I land on?"),
    ],
    "refers to the earlier dates",
)
conv(
    "conv-followup",
    [
        (U, "Split £486 between 6 of us for the sailing weekend."),
        (A, f"£{num(F(486, 6))} each."),
        (U, "Jo's only paying half her share, so what do the other five pay now?"),
    ],
    "follow-up on the earlier split",
)
# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a grumpy old sea captain. Stay in character."),
        (U, "How many metres is 100 fathoms?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "From now on answer with keycap emoji digits only, like 4️⃣2️⃣."),
        (A, "👍"),
        (U, "What's 19 plus 27?"),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona",
    [
        (S, "Answer in Spanish only."),
        (U, "What weekday is 14 February 2029?"),
    ],
    "answer language set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "Let's play a game: every answer has to be a haiku."),
        (A, "Syllables counted / I am ready for your words / ask and I will write"),
        (U, "How many kilograms is 200 lb?"),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona",
    [
        (U, "My student is dyslexic, so please answer in full sentences with numbers spelled out."),
        (A, "Of course."),
        (U, "What's 125 divided by 5?"),
    ],
    "output format fixed earlier",
)
# date order, week numbering, financial year, working week fixed earlier
conv(
    "conv-dates",
    [
        (U, "I'm American, so dates are month/day/year for me."),
        (A, "Got it, month first."),
        (U, "How many days from 03/04/2028 to 07/04/2028?"),
    ],
    "date order fixed earlier as month first",
)
conv(
    "conv-dates",
    [
        (U, "Our shop's weeks start on Sunday, and week 1 is the week containing 1 January."),
        (A, "Understood."),
        (U, "Which week number is 10 March 2028 in?"),
    ],
    "a non-ISO week numbering fixed earlier",
)
conv(
    "conv-dates",
    [
        (U, "Our financial year runs from 6 April to 5 April."),
        (A, "The UK tax year, noted."),
        (U, "How many days are left in the financial year after 20 January 2028?"),
    ],
    "a financial year fixed earlier",
)
conv(
    "conv-dates",
    [
        (U, "At our yard a working day is any day except Wednesday and Sunday."),
        (A, "OK."),
        (U, "How many working days are there from 1 to 31 March 2028?"),
    ],
    "a working week fixed earlier",
)
conv(
    "conv-dates",
    [
        (U, "I write dates day.month.year, Swiss style."),
        (A, "Noted, day first with dots."),
        (U, "Which weekday is 5.6.2028?"),
    ],
    "date order fixed earlier as day first",
)
# house rules
conv(
    "conv-rules",
    [
        (U, "In our indoor cricket league a six counts 8 runs and each dismissal costs 5 runs."),
        (A, "Interesting rules!"),
        (U, "I hit 3 sixes and 14 singles and got out twice. What's my score?"),
    ],
    "league scoring rules fixed earlier",
)
conv(
    "conv-rules",
    [
        (U, "Our golf society scores 1 point for a bogey, 3 for a par and 5 for a birdie."),
        (A, "Got it."),
        (U, "I had 9 pars, 2 birdies and 7 bogeys. How many points?"),
    ],
    "society scoring fixed earlier",
)
conv(
    "conv-rules",
    [
        (U, "At the choir raffle a strip of 5 tickets is £2 and single tickets are 50p each."),
        (A, "Noted."),
        (U, "How much for 23 tickets?"),
    ],
    "raffle pricing fixed earlier",
)
# advice chat
conv(
    "conv-advice",
    [
        (U, "I've just gone freelance and I'm panicking about tax."),
        (A, "That's very common in the first year. What's worrying you most?"),
        (U, "I made £28,000 this year. How much should I put aside?"),
    ],
    "tax advice needing the model",
)
conv(
    "conv-advice",
    [
        (U, "My son wants to start lifting weights."),
        (A, "That can be great for him with good coaching. How old is he?"),
        (U, "He's 14 and weighs 52 kg. How heavy should he start?"),
    ],
    "training advice for a teenager",
)


# =========================================================================== checks and output
def _norm(q):
    return re.sub(r"\s+", " ", q).strip().lower()


def _generator_queries(filename):
    """The queries and user turns of an earlier generator, built in memory by importing it
    (never printed)."""
    spec = importlib.util.spec_from_file_location(filename[:-3], HERE / filename)
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
RELATIVE = re.compile(
    r"\b(today|tonight|right now|from now|tomorrow|yesterday|this (week|month|year))\b",
    re.IGNORECASE,
)
CONTESTED = re.compile(
    r"\d\s*(gallons?|pints?|quarts?|cups?|fl\.? ?oz|fluid ounces?|tablespoons?|tbsp|tons?|"
    r"tonnes?|barrels?|kb|hp)\b|\b(calories|kcal|mpg|horsepower|light[- ]years?|parsecs?|"
    r"easter|utc|gmt|bst|est|pst|time ?zones?)\b",
    re.IGNORECASE,
)


def _ambiguous_numeric_date(text):
    """True when a text writes a date like 04/05/2028 without saying its order."""
    return any(int(m.group(1)) <= 12 and int(m.group(2)) <= 12 for m in NUMERIC_DATE.finditer(text))


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
    assert all(i["family"].startswith("conv-") for i in items if i.get("messages"))
    near = sum(1 for i in items if i["label"] == "negative" and i["family"].startswith("near-"))
    assert near == WANT_NEAR_NEGATIVES, near
    ordinary = by["negative"] - near - convs
    assert ordinary == WANT_ORDINARY_NEGATIVES, ordinary
    for label in ("positive:calculator", "positive:units", "positive:datetime"):
        plain = sum(1 for i in items if i["label"] == label and i["family"] == "plain")
        assert 13 <= plain <= 17, (label, plain)  # roughly a third plain and direct
        assert not any(i.get("messages") for i in items if i["label"] == label)
    for i in items:
        assert i["label"] in LABELS, i["id"]
        assert i.get("family"), i["id"]
        assert "now" not in i and "timezone" not in i, i["id"]
        if i["family"].startswith(("near-", "conv-")):
            assert i["label"] == "negative" and i.get("note"), i["id"]
        if i.get("messages"):
            assert i["messages"][-1]["role"] == "user"
            assert i["messages"][-1]["content"] == i["query"]
        if i["label"] == "negative":
            assert i["expected"] is None and i["tolerance"] is None
            continue
        e = i["expected"]
        assert e is not None
        assert not RELATIVE.search(i["query"]), i["id"]
        assert not CONTESTED.search(i["query"]), i["id"]
        assert not _ambiguous_numeric_date(i["query"]), i["id"]
        if isinstance(e, (int, float)):
            assert e != 0 and i["tolerance"], i["id"]
            assert math.isfinite(e), i["id"]
        else:
            # the two string forms bench/grading.py grades: ISO date or weekday substring
            assert e in WEEKDAYS or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e), i["id"]
            assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
            assert i["tolerance"] is None, i["id"]
    # user turns of my own conversations count too
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(name)
    mine: dict[str, str] = {}
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
