"""Generate heldout-2026-12-24.jsonl: a twenty-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full: how answers are graded) and parts of
/work/main/tests/data/router_heldout/make_heldout_20.py: lines 1-265 (its docstring, configuration
and helpers, which showed its first two plain calculator queries), lines 529-545 (its unit helper,
which showed its first four plain unit queries), lines 744-800 (its date helpers), lines 1700-1864
(its last two conversations and main()), and a grep of its `def`, constant and assert lines (which
showed its exact conversion factors and their asserts). The rest of make_heldout_20.py was NOT
read, and /work/main/bench/router.py was NOT opened (only `wc -l` was run on it, on grading.py and
on make_heldout_20.py). Nothing else under /work/main was opened: nothing under router/, tools/,
docs/, server/ or tests/ apart from that one generator; the earlier generators are only imported,
in memory, by main() for the duplicate and register checks, and their queries are never printed.
/work/main/tests/data/router_heldout/ was listed, names only (which also showed the names of its
JSONL files), and checked for __pycache__. No JSONL file was opened (not even this set's own
output), no git command was run, no network was used, and neither the router nor the bench nor
the tests were run.

What was run: `date -u` (often); small `python3` scripts (stdin) that copied set 20's module header
and helpers (imports, add, msgs_of, num, dec, pct, terminates, decimals, whole_up) and its main()
into this file by string slicing, with this set's constants, a portable EARLIER_DIR and a register
check against sets 19 and 20 substituted; `sed -i` a few times to reword queries that main()
rejected (one contested unit word; two plain unit one-liners and three negatives that the duplicate
check reported by id, reworded without the earlier queries being looked at); this generator itself,
from /tmp as the working directory; and ruff format / ruff check (--line-length 100, --no-cache)
from /work/main/.venv on this file alone. Writes: /work/sealed21/ was created for this file and its
JSONL. Temporary files /tmp/h21_*.txt (helpers, body, more, pos, neg, conv, doc, out) held blocks
of this file while it was assembled and were deleted afterwards. Nothing was written into
/work/main.

Disclosures: the set was built in stages (a smaller complete version first, then extended), with
the counts asserted at each stage; the final counts are set 20's. The kinds of item follow set 20's
docstring on purpose (plain one-liners of the same operations; near-positive and conversation
family names of the same style), and the date helpers (weekday, age, days, nth_weekday, clock_span)
and unit factors were rewritten after reading set 20's. The queries of set 20 seen (six plain one-
liners and two conversations) were not copied; every query here was newly written. The duplicate
check in main() reported five clashes (see above); all were reworded. Registers of sets 1 to 18 are
known here only indirectly, so an overlap in TOPIC cannot be ruled out; an exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of set 19 or set 20.

Registers (families), 25, new: allotment, home_brewing, cycling_club, wedding, removals,
swimming_pool, school_trip, car_boot, dental, plumber, tea_room, canoe_club, cinema, print_shop,
zoo, marathon, window_fitter, farm_shop, caravan_park, library, lighthouse, pet_sitting,
bike_repair, recording_studio, landscape_gardener. Every register is used by at least two of the
three tools (asserted). Positives are one-liners (family "plain") or word problems of one to three
sentences in UK and US usage with £, $ and €, some chatty, terse, lower-case or with small typos.
No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, 65 hard single-turn "near-..." with a
"note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn, and a
"note"). Every negative needs the language model: a density or exchange rate, missing numbers,
private or looked-up dates, world facts, estimates, methods, judgements, words / Roman numerals /
another language, code or spreadsheet formulas, dosing, rules, standard sizes, fairness, or a
persona / format / convention fixed in an earlier turn.

Left out entirely (their grading is contested), as in set 20: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nominal sizes in positives, leap-day results, all-numeric dates (none in a
positive; asserted), time zones and daylight saving, Easter, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). Counts rounded up
(flyer packs, patio slabs) are rounded only because the story says whole items are bought
(asserted: the unrounded value is never whole). No calculator, date or exact unit result is a
repeating decimal (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 20):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_21.py   (writes the JSONL next to this file and prints counts per label
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
OUT = HERE / "heldout-2026-12-24.jsonl"
PREFIX = "ho21-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_20.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 21))
REGISTER_CHECK = ("make_heldout_19.py", "make_heldout_20.py")
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
calc("plain", "What is 7,318 + 4,896?", 7318 + 4896)
calc("plain", "take 1,947 away from 12,305", 12305 - 1947)
calc("plain", "Multiply 468 by 37.", 468 * 37)
calc("plain", "What's 15,561 divided by 21?", F(15561, 21))
calc("plain", "what is 18% of 3,450", pct(18) * 3450)
calc("plain", "square root of 7,569", math.isqrt(7569))
assert math.isqrt(7569) ** 2 == 7569

# word problems
calc(
    "allotment",
    "Bought 6 bags of compost at £4.85 each and 3 packets of seed potatoes at £2.40 for the "
    "allotment. What did that come to?",
    6 * dec("4.85") + 3 * dec("2.40"),
)
calc(
    "home_brewing",
    "My homebrew kit makes 23 L and I bottle it in 500 mL bottles. How many full bottles is that?",
    F(23000, 500),
)
calc(
    "cycling_club",
    "cycling club sportive: 84 riders paid $35 entry each and we spent $1,160 on marshals and "
    "food. whats left?",
    84 * 35 - 1160,
)
calc(
    "wedding",
    "The wedding venue quotes £68 a head for 112 guests, plus a £950 room fee. Total please?",
    68 * 112 + 950,
)
calc(
    "removals",
    "Removals firm charges £95 an hour for a van and two lads, and the job took 6.5 hours. Whats "
    "the bill before VAT?",
    95 * dec("6.5"),
)
calc(
    "swimming_pool",
    "Our lifeguards did 14, 18, 11, 17 and 20 hours last week. What's the average per lifeguard?",
    F(14 + 18 + 11 + 17 + 20, 5),
)
calc(
    "school_trip",
    "School trip to the science museum: coach is $1,284 and there are 48 kids going. How much per "
    "child to cover the coach?",
    F(1284, 48),
)
calc(
    "car_boot",
    "took £213.50 at the car boot sale, pitch cost £12 and i spent £7.25 on bacon rolls. profit?",
    dec("213.50") - 12 - dec("7.25"),
)
calc(
    "dental",
    "A filling costs €85 and the practice gives 15% off for members. What does a member pay?",
    85 * (1 - pct(15)),
)
calc(
    "plumber",
    "Plumber's quote is £640 plus VAT at 20%. What's the total I'll pay?",
    640 * (1 + pct(20)),
)
calc(
    "tea_room",
    "Our tea room sold 37 cream teas at £8.75 and 22 pots of tea at £3.20 on Saturday. Takings?",
    37 * dec("8.75") + 22 * dec("3.20"),
)
calc(
    "canoe_club",
    "Canoe club hired a minibus for $342 and 9 of us are splitting it evenly. Each pays?",
    F(342, 9),
)
calc(
    "cinema",
    "The cinema sold 286 tickets at $11.50 on the opening night. What were ticket sales?",
    286 * dec("11.50"),
)
calc(
    "print_shop",
    "We need 1,150 flyers printed and they only come in packs of 250. How many packs do I have to "
    "buy?",
    whole_up(F(1150, 250)),
)
calc(
    "zoo",
    "Each of our 3 giraffes eats 34 kg of browse a day. How much do they get through in 28 days?",
    3 * 34 * 28,
)
calc(
    "marathon",
    "marathon training: ran 12.4, 18.6, 9.8 and 32 km this week, what's the total?",
    dec("12.4") + dec("18.6") + dec("9.8") + 32,
)
calc(
    "window_fitter",
    "The window fitter sells on 7.5% commission. He sold $48,600 of windows in March, so what's his "
    "commision?",
    pct("7.5") * 48600,
)
calc(
    "farm_shop",
    "Farm shop: 4.2 kg of beef mince at £9.50/kg and a dozen eggs for £3.60. How much altogether?",
    dec("4.2") * dec("9.50") + dec("3.60"),
)
calc(
    "caravan_park",
    "A pitch at the caravan park is £27 a night. We're there 11 nights and there's a one-off £15 "
    "booking fee - total?",
    27 * 11 + 15,
)
calc(
    "library",
    "The library fine is 25p a day per book. I've got 3 books that are 17 days overdue - how much "
    "do I owe in pounds?",
    3 * 17 * dec("0.25"),
)
calc(
    "lighthouse",
    "The lighthouse museum had 1,845 visitors in July and 2,310 in August. How many more in August?",
    2310 - 1845,
)
calc(
    "pet_sitting",
    "I charge $22 per dog walk and did 5 walks a day for 12 days for one client. What do I invoice?",
    22 * 5 * 12,
)
calc(
    "bike_repair",
    "Bike shop service is $65 labour plus parts of $18.40 and $7.95, then a 10% tip. Total with "
    "tip?",
    (65 + dec("18.40") + dec("7.95")) * (1 + pct(10)),
)
calc(
    "recording_studio",
    "Studio time is €45 an hour. The band booked 3 days of 8 hours. What's the fee?",
    45 * 3 * 8,
)
calc(
    "landscape_gardener",
    "Landscaper is laying a patio of 14 m by 6.5 m with slabs that cover 0.36 m2 each, bought "
    "whole. How many slabs?",
    whole_up(14 * dec("6.5") / dec("0.36")),
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
unit("plain", "Convert 43 miles to km", 43 * MI / 1000)
unit("plain", "how many kg is 212 lb", 212 * LB)
unit("plain", "Convert 95 °F to Celsius", f_to_c(95), EXACT)
unit("plain", "6 ft 1 in in centimetres?", (6 * FT + IN) * 100, EXACT)
unit("plain", "What is 3.5 GiB in MiB?", dec("3.5") * GIB / MIB, EXACT)
unit("plain", "convert 2.4 bar to psi", dec("2.4") * BAR / PSI)

# word problems
unit(
    "allotment",
    "My allotment plot is 30 yards long. How long is that in metres?",
    30 * YD,
    EXACT,
)
unit(
    "home_brewing",
    "The yeast wants 68 °F for fermenting my ale - what's that in Celsius?",
    f_to_c(68),
    EXACT,
)
unit(
    "cycling_club",
    "club ride averaged 17.5 mph, what is that in km/h?",
    dec("17.5") * MPH / KMH,
)
unit(
    "wedding",
    "The marquee is 40 ft by 60 ft. What's the floor area in square metres?",
    40 * FT * 60 * FT,
)
unit(
    "removals",
    "The removals van's payload is 1,200 kg. How many pounds is that, for my American client?",
    1200 / LB,
)
unit(
    "swimming_pool",
    "Our pool water is kept at 28 °C. What's that in Fahrenheit for the US visitors?",
    c_to_f(28),
    EXACT,
)
unit(
    "marathon",
    "I weighed 12 st 6 lb before marathon training started. What's that in kg?",
    (12 * 14 + 6) * LB,
)
unit(
    "zoo",
    "Our baby elephant weighs 265 lb. How much is that in kilograms?",
    265 * LB,
)
unit(
    "bike_repair",
    "Tyre says 65 psi max - what is that in bar?",
    65 * PSI / BAR,
)
unit(
    "recording_studio",
    "A session's raw audio is 6,144 MiB. How many GiB is that?",
    F(6144 * MIB, GIB),
    EXACT,
)
unit(
    "landscape_gardener",
    "The lawn I'm turfing is half an acre. How many square metres?",
    ACRE / 2,
)
unit(
    "lighthouse",
    "The lighthouse tower is 127 ft tall. How tall in metres?",
    127 * FT,
)
unit(
    "window_fitter",
    "The opening measures 47 inches wide. what is that in mm?",
    47 * IN * 1000,
    EXACT,
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
date_item("plain", "What day of the week was 14 March 2031?", weekday(D(2031, 3, 14)))
date_item(
    "plain", "days between 3 May 2029 and 19 November 2029", days(D(2029, 5, 3), D(2029, 11, 19))
)
date_item("plain", "What date is 90 days after 11 October 2028?", D(2028, 10, 11) + TD(90))
date_item("plain", "How many days are there in February 2036?", calendar.monthrange(2036, 2)[1])
date_item("plain", "which day of the year is 21 August 2030", D(2030, 8, 21).timetuple().tm_yday)
date_item("plain", "Minutes from 08:35 to 13:10?", clock_span("08:35", "13:10", 60))

# word problems
date_item(
    "allotment",
    "I sowed my broad beans on 2 November 2029 and the packet says they're ready 26 weeks later. "
    "What date is that?",
    D(2029, 11, 2) + TD(weeks=26),
)
date_item(
    "home_brewing",
    "Bottled the stout on 18 January 2030 and it needs 3 weeks to condition. Ready on what date?",
    D(2030, 1, 18) + TD(weeks=3),
)
date_item(
    "wedding",
    "Our wedding is on 12 September 2031 - what day of the week does that fall on?",
    weekday(D(2031, 9, 12)),
)
date_item(
    "removals",
    "we exchange contracts on 6 March 2030 and move on 27 April 2030, how many days between?",
    days(D(2030, 3, 6), D(2030, 4, 27)),
)
date_item(
    "school_trip",
    "The school trip is on the second Thursday of June 2030. Which date is that?",
    nth_weekday(2030, 6, THU, 2),
)
date_item(
    "car_boot",
    "The car boot sale runs on the last Sunday of May 2029. What's the date?",
    nth_weekday(2029, 5, SUN, -1),
)
date_item(
    "dental",
    "My daughter was born on 23 July 2021. How old will she be at her check-up on 4 June 2030?",
    age(D(2021, 7, 23), D(2030, 6, 4)),
)
date_item(
    "plumber",
    "Plumber arrived at 9:40 and left at 14:25. How many minutes was he on the job?",
    clock_span("09:40", "14:25", 60),
)
date_item(
    "tea_room",
    "What weekday is 1 April 2032, the day our tea room reopens?",
    weekday(D(2032, 4, 1)),
)
date_item(
    "canoe_club",
    "Canoe club's regatta is on 19 July 2031. How many days after 1 January 2031 is that?",
    days(D(2031, 1, 1), D(2031, 7, 19)),
)
date_item(
    "cinema",
    "The film opens 15 February 2030 and runs for 45 days. What's the date 45 days after opening?",
    D(2030, 2, 15) + TD(45),
)
date_item(
    "print_shop",
    "How many days does October 2030 have? Need it for the print shop's rota.",
    calendar.monthrange(2030, 10)[1],
)
date_item(
    "caravan_park",
    "We arrive at the caravan park on 28 August 2030 and leave on 9 September 2030. How many "
    "nights is that?",
    days(D(2030, 8, 28), D(2030, 9, 9)),
)
date_item(
    "library",
    "Library book was issued on 21 November 2029 with a 28-day loan. What date is it due back?",
    D(2029, 11, 21) + TD(28),
)
date_item(
    "pet_sitting",
    "i'm pet sitting from 16 december 2030 until 3 january 2031, how many days apart are those?",
    days(D(2030, 12, 16), D(2031, 1, 3)),
)
date_item(
    "farm_shop",
    "The farm shop's Christmas order deadline is 10 December 2030. What day of the week is that?",
    weekday(D(2030, 12, 10)),
)
date_item(
    "zoo",
    "Our tiger was born on 30 May 2019. How old is she on 1 March 2031?",
    age(D(2019, 5, 30), D(2031, 3, 1)),
)
date_item(
    "swimming_pool",
    "the pool's night shift starts 22:15 and finishes 06:45. how many minutes is that?",
    clock_span("22:15", "06:45", 60),
)
date_item(
    "cycling_club",
    "Cycling club's sportive is the first Sunday in September 2031. What date?",
    nth_weekday(2031, 9, SUN, 1),
)
date_item(
    "marathon",
    "The marathon is on 26 April 2032 and my plan is 16 weeks long. What date do I start?",
    D(2032, 4, 26) - TD(weeks=16),
)
date_item(
    "recording_studio",
    "we start mixing on 8 March 2030 and have 40 days till mastering. what date is mastering?",
    D(2030, 3, 8) + TD(40),
)
date_item(
    "window_fitter",
    "Windows ordered on 13 January 2031 take 6 weeks to make. What date will they be ready?",
    D(2031, 1, 13) + TD(weeks=6),
)
date_item(
    "landscape_gardener",
    "Is 2032 a leap year - how many days does it have? Planning the landscaping contract.",
    366 if calendar.isleap(2032) else 365,
)


# =========================================================================== more positives
calc("plain", "What's 9,034 minus 6,758?", 9034 - 6758)
calc("plain", "23.6 times 4.5", dec("23.6") * dec("4.5"))
calc("plain", "what is 2 to the power 13", 2**13)
calc("plain", "Add 1,288, 3,907 and 645.", 1288 + 3907 + 645)
calc("plain", "Compute 37.5% of 1,920", pct("37.5") * 1920)
calc("plain", "cube of 17?", 17**3)
calc("plain", "What is 6,804 / 36", F(6804, 36))
calc("plain", "(48 + 27) x 16 =", (48 + 27) * 16)
calc(
    "wedding",
    "Photographer wants a 30% deposit on her $2,850 package. How much is the deposit?",
    pct(30) * 2850,
)
calc(
    "marathon",
    "Raised £1,375 for charity in my marathon and work is matching half of it. New total?",
    1375 + F(1375, 2),
)
calc(
    "zoo",
    "zoo membership is £145 for a family, or £23.50 per adult visit. we're 2 adults going 4 times, "
    "hows much cheaper is membership?",
    2 * 4 * dec("23.50") - 145,
)
calc(
    "recording_studio",
    "The engineer gets 12.5% of the $3,600 album budget. What's his cut?",
    pct("12.5") * 3600,
)
calc(
    "swimming_pool",
    "Swim lessons are $14 each, 10-lesson block gets 20% off. What does the block cost?",
    14 * 10 * (1 - pct(20)),
)
calc(
    "home_brewing",
    "Malt is £2.35 a kilo and my recipe needs 5.4 kg. What's the malt bill?",
    dec("2.35") * dec("5.4"),
)
unit("plain", "Convert 18 stone to kg", 18 * STONE)
unit("plain", "What's 250 km in miles?", 250 * 1000 / MI)
unit("plain", "-10 °C in °F", c_to_f(-10), EXACT)
unit("plain", "how many hectares is 2.5 acres", dec("2.5") * ACRE / 10**4)
unit("plain", "convert 9 inches to centimetres", 9 * IN * 100, EXACT)
unit("plain", "How many metres in 440 yards?", 440 * YD, EXACT)
unit("plain", "Convert 110 km/h into miles per hour.", 110 * KMH / MPH)
unit("plain", "What is 45 psi in kPa?", 45 * PSI / 1000)
unit(
    "school_trip",
    "The climbing centre on our school trip says kids must be under 16 stone. What's that in kg?",
    16 * STONE,
)
unit(
    "dental",
    "The practice's X-ray image archive is 24 GiB. How many MiB is that?",
    24 * GIB / MIB,
    EXACT,
)
unit(
    "farm_shop",
    "Our cold store is kept at 37.4 °F. What is that in Celsius?",
    f_to_c(dec("37.4")),
    EXACT,
)
unit(
    "caravan_park",
    "The caravan park's speed limit is 5 mph - whats that in km/h?",
    5 * MPH / KMH,
)
unit(
    "lighthouse",
    "The lamp's beam reaches 18 miles out to sea. How many km?",
    18 * MI / 1000,
)
unit(
    "bike_repair",
    "A customer's e-bike weighs 58 lb. What's that in kilograms?",
    58 * LB,
)
date_item("plain", "What day was 29 June 2033?", weekday(D(2033, 6, 29)))
date_item("plain", "How many days in 2030?", 366 if calendar.isleap(2030) else 365)
date_item("plain", "Date 10 weeks after 4 February 2031?", D(2031, 2, 4) + TD(weeks=10))
date_item("plain", "third Wednesday of November 2030 - what date?", nth_weekday(2030, 11, WED, 3))
date_item(
    "plain",
    "How old is someone born on 9 December 1987 on 1 November 2031?",
    age(D(1987, 12, 9), D(2031, 11, 1)),
)
date_item(
    "plain",
    "Days from 1 January 2032 to 1 January 2033?",
    days(D(2032, 1, 1), D(2033, 1, 1)),
)
date_item("plain", "What date is 200 days before 5 May 2030?", D(2030, 5, 5) - TD(200))
date_item("plain", "Hours between 07:00 and 19:30?", clock_span("07:00", "19:30", 3600))
date_item(
    "lighthouse",
    "I volunteer at the lighthouse every second Saturday of the month. What date is it in August "
    "2031?",
    nth_weekday(2031, 8, SAT, 2),
)
date_item(
    "bike_repair",
    "Bike booked in 3 October 2030 and the parts take 12 days. What date will it be ready?",
    D(2030, 10, 3) + TD(12),
)
date_item(
    "plumber",
    "Boiler was fitted on 15 November 2029 with a warranty of 520 weeks. When does it end?",
    D(2029, 11, 15) + TD(weeks=520),
)
date_item(
    "dental",
    "what day of the week is 2 January 2031? thats my next dentist appt",
    weekday(D(2031, 1, 2)),
)
date_item(
    "tea_room",
    "Afternoon tea sitting runs from 14:30 to 16:45. How many minutes is that?",
    clock_span("14:30", "16:45", 60),
)
date_item(
    "print_shop",
    "Which day of the year is 30 September 2031? The print shop numbers its jobs by it.",
    D(2031, 9, 30).timetuple().tm_yday,
)
date_item(
    "car_boot",
    "First car boot of the season is 5 April 2031 and the last is 25 October 2031. How many days "
    "apart?",
    days(D(2031, 4, 5), D(2031, 10, 25)),
)
date_item(
    "school_trip",
    "Trip deposits are due 8 weeks before the trip on 14 May 2031. Which date is that?",
    D(2031, 5, 14) - TD(weeks=8),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives in this set's registers
neg("allotment", "What should I plant on my allotment in March to get an early crop?")
neg("home_brewing", "Why does my homebrew IPA taste like cardboard after a month in the bottle?")
neg("cycling_club", "Write a friendly email inviting new riders to our Sunday cycling club ride.")
neg("wedding", "Can you help me write a short, funny best man's speech about my brother?")
neg("removals", "What's the best way to pack wine glasses for a house move?")
neg("swimming_pool", "How do I explain to kids why they shouldn't run by the pool, nicely?")
neg("school_trip", "Draft a letter to parents about the Year 6 trip to a castle.")
neg("car_boot", "Which things usually sell best at a car boot sale?")
neg("dental", "Is it normal for my gums to bleed a bit when I floss?")
neg("plumber", "My boiler pressure keeps dropping, what could be causing it?")
neg("tea_room", "Suggest five cosy names for a tea room in a Cotswold village.")
neg("canoe_club", "How do I do a J-stroke properly in an open canoe?")
neg("cinema", "Recommend some films like Paddington for a family evening.")
neg("print_shop", "What's the difference between matt and silk paper for leaflets?")
neg("zoo", "Why do flamingos stand on one leg?")

# hard single-turn negatives
neg(
    "near-density",
    "How many kilograms does 20 litres of my homebrew wort weigh?",
    "needs the wort's density, which is not given",
)
neg(
    "near-currency",
    "Convert the £640 plumber's bill into euros.",
    "needs a live exchange rate",
)
neg(
    "near-missing-numbers",
    "Work out how much each of us owes for the canoe club minibus.",
    "the cost and the number of people are never given",
)
neg(
    "near-private-event",
    "How many days until my allotment inspection?",
    "the inspection date is never given",
)
neg(
    "near-lookup-date",
    "What date is the London Marathon in 2031?",
    "a date set by the organisers that must be looked up",
)
neg(
    "near-words",
    "Write 4,385 out in words for the cheque to the removals firm.",
    "answer is words, not a number",
)
neg(
    "near-roman",
    "Give the year 2031 in Roman numerals for our wedding invitation.",
    "answer is Roman numerals",
)
neg(
    "near-method",
    "Explain how to work out VAT backwards from a price that already includes it.",
    "asks for a method, not a value",
)
neg(
    "near-check-working",
    "I said 15% off £85 is £72.25 and my boss says I'm wrong - who's right and why did they slip?",
    "judging someone's working and explaining the slip needs the model",
)
neg(
    "near-identifier",
    "What does 700x28c mean on my bike tyre?",
    "a tyre size label, not arithmetic",
)
neg(
    "near-code",
    "Write a Python function that converts psi to bar.",
    "asks for code",
)
neg(
    "near-dosing",
    "How much paracetamol can I give my 9-year-old after her tooth came out?",
    "medical dosing is not for the tools",
)

# conversations
conv(
    "conv-redefined",
    [
        (U, "In our zoo feeding log, 'a ration' means 3.5 kg of fish."),
        (A, "Understood."),
        (U, "How many rations do the penguins get a week if they have two a day?"),
    ],
    "the unit is defined earlier and the answer must be given in its terms with the log's context",
)
conv(
    "conv-follow-up",
    [
        (U, "The cinema's Saturday takings were £3,289."),
        (A, "That's a good night."),
        (U, "Is that good for a town of 20,000 people?"),
    ],
    "a judgement about an earlier number",
)
conv(
    "conv-persona",
    [
        (S, "You are a pirate. Answer every question in pirate speak, with no digits."),
        (U, "What's 12 times 8?"),
    ],
    "the system prompt fixes a persona and forbids digits",
)


# more units word problems
unit("school_trip", "The school coach can't go over 50 mph. What's that in km/h?", 50 * MPH / KMH)
unit(
    "car_boot",
    "bought an old cast iron pan at the car boot, says 7 lb on the bottom. how many kg?",
    7 * LB,
)
unit(
    "dental",
    "The autoclave runs at 134 °C. What's that in Fahrenheit?",
    c_to_f(134),
    EXACT,
)
unit(
    "plumber",
    "Cold mains pressure measured 3.2 bar. What's that in psi?",
    dec("3.2") * BAR / PSI,
)
unit(
    "tea_room",
    "Our tea urn holds 20 L - how many 250 mL mugs of hot water is that?",
    F(20 * 1000, 250),
    EXACT,
)
unit(
    "canoe_club",
    "The river trip is 14 miles. How far is that in kilometres?",
    14 * MI / 1000,
)
unit(
    "cinema",
    "The cinema screen is 52 ft wide. What is that in metres?",
    52 * FT,
)
unit(
    "print_shop",
    "The print file for the banner is 1.75 GiB - how many MiB?",
    dec("1.75") * GIB / MIB,
    EXACT,
)
unit(
    "farm_shop",
    "A customer wants 3 lb 8 oz of new potatoes. What's that in kilos?",
    (3 * LB + 8 * OZ),
)
unit(
    "caravan_park",
    "The caravan's awning is 16 ft long - how many cm?",
    16 * FT * 100,
    EXACT,
)
unit(
    "library",
    "The library's scanned archive is 512 KiB per page and 900 pages. What's that in MiB?",
    F(512 * KIB * 900, MIB),
    EXACT,
)
unit(
    "pet_sitting",
    "The labrador I'm minding weighs 5 st 3 lb. What's that in kilograms?",
    (5 * 14 + 3) * LB,
)

# more ordinary negatives
neg("marathon", "How should I fuel during a marathon so I don't hit the wall?")
neg("window_fitter", "Are triple-glazed windows worth it in a mild climate?")
neg("farm_shop", "Write an Instagram caption for our farm shop's new cheese counter.")
neg("caravan_park", "What are good rainy-day things to do near a caravan park in Cornwall?")
neg("library", "Recommend a gripping mystery novel for a reading group of retirees.")
neg("lighthouse", "Tell me the history of the Eddystone lighthouse in a few paragraphs.")
neg("pet_sitting", "My client's cat won't eat while they're away, should I be worried?")
neg("bike_repair", "Why does my chain keep slipping when I change gear?")
neg("recording_studio", "How can I make my vocals sound less muddy in the mix?")
neg("landscape_gardener", "Which hedging plants grow well in heavy clay and partial shade?")
neg("allotment", "Is it worth joining the allotment waiting list if I only have weekends free?")
neg("wedding", "Give me some ideas for a rainy-day backup plan for an outdoor wedding.")
neg("cinema", "Summarise the plot of Casablanca without spoilers.")
neg("removals", "Should I tip the removals men, and is that usual in the UK?")
neg("swimming_pool", "What qualifications do I need to become a pool lifeguard?")

# more hard single-turn negatives
neg(
    "near-density",
    "How many litres is a 25 kg sack of the farm shop's porridge oats?",
    "needs the oats' bulk density",
)
neg(
    "near-currency",
    "What is $1,284 in pounds for the school trip budget?",
    "needs a live exchange rate",
)
neg(
    "near-lookup-date",
    "When is Chinese New Year in 2033?",
    "a lunisolar date that must be looked up",
)
neg(
    "near-world-fact",
    "How tall is the Bell Rock lighthouse in metres?",
    "a world fact to look up, not a conversion",
)
neg(
    "near-estimate",
    "Roughly how many cups of tea does a busy tea room serve on a bank holiday?",
    "an estimate needing world knowledge",
)
neg(
    "near-bundled",
    "What's 20% VAT on £640, and should I pay the plumber in cash to avoid it?",
    "the exact part is bundled with a request for advice",
)
neg(
    "near-judgement",
    "Is £27 a night a fair price for a caravan pitch with hook-up?",
    "a judgement about a number",
)
neg(
    "near-language",
    "Write 'twelve pounds fifty' in French for the tea room menu.",
    "translation, not arithmetic",
)
neg(
    "near-spreadsheet",
    "Give me a spreadsheet formula that adds 28 days to the issue date in column B.",
    "asks for a formula",
)
neg(
    "near-identifier",
    "What does a 4-6-2 wheel arrangement mean on a steam engine at the museum?",
    "notation that looks like arithmetic",
)
neg(
    "near-fair-split",
    "Three of us share a canoe but one only paddled half the trip - how should we fairly split $342?",
    "the split needs a fairness judgement",
)
neg(
    "near-rules",
    "In a swimming gala, is a false start an automatic disqualification?",
    "rules knowledge",
)
neg(
    "near-standard-size",
    "What size is a standard UK house brick in millimetres?",
    "a standard size to look up",
)

# more conversations
conv(
    "conv-numbers-earlier",
    [
        (U, "We've got 9 kids in the canoe group and 3 leaders."),
        (A, "Nice group size."),
        (U, "Is that ratio safe on moving water?"),
    ],
    "a safety judgement about numbers given earlier",
)
conv(
    "conv-format",
    [
        (S, "Reply only with a haiku."),
        (U, "How many minutes are there between 9:40 and 14:25?"),
    ],
    "the output must be a haiku, fixed by the system prompt",
)
conv(
    "conv-convention",
    [
        (U, "At our library a 'loan period' is three weeks, but school holidays don't count."),
        (A, "OK, noted."),
        (U, "If I borrow on 20 July 2030, when is it due?"),
    ],
    "the holiday dates are never given, and the rule is set earlier",
)
conv(
    "conv-follow-up",
    [
        (U, "What's a good pace for a first marathon?"),
        (A, "Many first-timers aim for about 6 minutes per km."),
        (U, "Would that be too fast for someone who's 55?"),
    ],
    "a follow-up asking for judgement on an earlier answer",
)
conv(
    "conv-redefined",
    [
        (U, "In my brewing notes, 'a batch' is whatever fits in the big fermenter."),
        (A, "Got it."),
        (U, "So how many bottles is a batch?"),
    ],
    "the fermenter's size is never given",
)
conv(
    "conv-roman",
    [
        (S, "Always answer with Roman numerals only."),
        (U, "How many guests if it's 112 plus 8 more?"),
    ],
    "the answer must be in Roman numerals",
)
conv(
    "conv-hint",
    [
        (U, "I'm teaching my son percentages with our bike shop bills."),
        (A, "Great idea."),
        (U, "Give him a hint, not the answer: what's 10% of $91.35?"),
    ],
    "asks for a hint instead of the answer",
)


# =========================================================================== more negatives
for _fam, _q in [
    ("allotment", "How do I stop slugs eating my lettuces without using pellets?"),
    ("allotment", "Write a short poem about digging potatoes on a frosty morning."),
    ("allotment", "What's the difference between first and second early potatoes?"),
    ("home_brewing", "Can you explain what dry hopping does to the flavour of a pale ale?"),
    ("home_brewing", "Give me a name and label blurb for a smoky winter porter."),
    ("home_brewing", "Is it safe to reuse yeast from a previous batch?"),
    ("cycling_club", "What's the etiquette for calling out potholes on a group ride?"),
    ("cycling_club", "Suggest a route theme for a club ride in the Peak District in autumn."),
    ("cycling_club", "How do I get better at climbing hills on a road bike?"),
    ("wedding", "What's a polite way to say 'no children' on wedding invitations?"),
    ("wedding", "Suggest a first-dance song that isn't too cheesy."),
    ("wedding", "Write a thank-you note to my aunt who made our wedding cake."),
    ("removals", "Make me a checklist of who to tell when I move house in the UK."),
    ("removals", "How do I keep my cat calm on moving day?"),
    ("removals", "Write a job advert for a removals porter, upbeat but honest."),
    ("swimming_pool", "How do you treat cloudy pool water?"),
    ("swimming_pool", "What are the signs that a swimmer is in trouble but not shouting?"),
    ("swimming_pool", "Write a fun poster line for adult beginner swim lessons."),
    ("school_trip", "What should go in a risk assessment for a farm visit with seven-year-olds?"),
    ("school_trip", "Give me ten quiz questions about the Romans for the coach journey."),
    ("school_trip", "How do I handle a child who gets travel sick on the coach?"),
    ("car_boot", "How do I price old vinyl records for a car boot sale?"),
    ("car_boot", "Is it rude to haggle at a car boot sale?"),
    ("car_boot", "What's the history of car boot sales in Britain?"),
    ("dental", "How can I help my son stop being scared of the dentist?"),
    ("dental", "Write a friendly text reminding patients to book their six-monthly check-up."),
    ("dental", "Are electric toothbrushes really better than manual ones?"),
    ("plumber", "Why does my kitchen tap make a banging noise when I turn it off?"),
    ("plumber", "Write a polite complaint to a plumber who left a leak behind."),
    ("plumber", "My upstairs radiators are cold at the top - talk me through bleeding them."),
    ("tea_room", "What's the proper order for eating an afternoon tea?"),
    ("tea_room", "Should jam or cream go on a scone first? Make the case for both."),
    ("tea_room", "Write a menu description for a lavender shortbread."),
    ("canoe_club", "What should I pack for a two-day canoe camping trip?"),
    ("canoe_club", "How do I get back into a canoe after capsizing in deep water?"),
    ("canoe_club", "Give me a catchy slogan for our canoe club's open day."),
    ("cinema", "Why do cinemas still show adverts before trailers?"),
    ("cinema", "What makes Hitchcock's Vertigo so highly rated?"),
    ("cinema", "Write a short review of a film you think is overrated."),
    ("print_shop", "What does CMYK mean and why does my logo look different in print?"),
    ("print_shop", "How should I design a business card so it doesn't look cluttered?"),
    ("print_shop", "What's bleed in printing and why do I need it?"),
    ("zoo", "How do zoos help with conservation of endangered species?"),
    ("zoo", "Write a sign explaining why visitors shouldn't feed the goats."),
    ("zoo", "Why do red pandas sleep so much?"),
    ("marathon", "How do I stop my nipples chafing on long runs?"),
    ("marathon", "Write a motivational message for my friend the night before her marathon."),
    ("marathon", "Should I run the day after my marathon or rest completely?"),
    ("window_fitter", "How do I stop condensation on the inside of my new windows?"),
    ("window_fitter", "Write a short customer testimonial request email for a window fitter."),
    ("window_fitter", "What's the difference between uPVC and aluminium frames?"),
    ("farm_shop", "What could a small farm shop do to attract younger customers?"),
    ("farm_shop", "Explain the difference between free-range and organic eggs."),
    ("caravan_park", "Write a welcome note for guests arriving at our caravan park."),
    ("caravan_park", "Any tips for getting a touring caravan level when the pitch slopes badly?"),
    ("library", "How can a small library get teenagers through the door?"),
    ("library", "Explain how the Dewey Decimal system is organised."),
    ("library", "Suggest a theme for a children's summer reading challenge."),
    ("lighthouse", "What did a lighthouse keeper's daily routine look like in 1900?"),
    ("lighthouse", "Write a short ghost story set in an abandoned lighthouse."),
    ("pet_sitting", "What should be in a pet-sitting contract?"),
    ("pet_sitting", "How do I introduce myself to a nervous rescue dog?"),
    ("bike_repair", "How do I fix a puncture at the roadside without tyre levers?"),
    ("bike_repair", "What's the difference between disc and rim brakes?"),
    ("recording_studio", "How should I prepare my band for our first studio session?"),
    ("recording_studio", "What's the difference between mixing and mastering?"),
    ("landscape_gardener", "What plants would suit a small north-facing courtyard garden?"),
    ("landscape_gardener", "Write a short description of my landscaping business for a website."),
    ("landscape_gardener", "How do I stop moss taking over my lawn?"),
    ("lighthouse", "Why were lighthouses painted with stripes?"),
]:
    neg(_fam, _q)

for _fam, _q, _note in [
    ("near-density", "How many litres does 3 kg of honey take up?", "needs honey's density"),
    ("near-density", "What does 500 mL of olive oil weigh in grams?", "needs the oil's density"),
    (
        "near-density",
        "How many kg of gravel for a path 10 m by 1 m, 5 cm deep?",
        "needs the gravel's bulk density",
    ),
    ("near-currency", "How many dollars is €85?", "needs a live exchange rate"),
    ("near-currency", "Change £213.50 into yen.", "needs a live exchange rate"),
    (
        "near-missing-numbers",
        "What's my profit from the car boot sale after the pitch fee?",
        "the takings and the fee are never given",
    ),
    (
        "near-missing-numbers",
        "Work out the VAT on the window fitter's invoice.",
        "the invoice amount is never given",
    ),
    (
        "near-missing-numbers",
        "How many slabs do I need for my patio?",
        "the patio and slab sizes are never given",
    ),
    (
        "near-private-event",
        "What day of the week is my sister's wedding anniversary next time round?",
        "the wedding date is never given",
    ),
    (
        "near-private-event",
        "How old will my dog be when I retire?",
        "neither date is given",
    ),
    (
        "near-lookup-date",
        "What date is the Tour de France's first stage in 2032?",
        "set by the organisers; must be looked up",
    ),
    (
        "near-lookup-date",
        "When is the next total solar eclipse visible from Cornwall?",
        "an astronomical date to look up",
    ),
    (
        "near-lookup-date",
        "What's the date of Diwali in 2031?",
        "a lunisolar date to look up",
    ),
    (
        "near-world-fact",
        "How long is the River Thames in miles?",
        "a world fact, not a conversion",
    ),
    (
        "near-world-fact",
        "What's the average weight of an adult male giraffe in kg?",
        "a world fact",
    ),
    (
        "near-estimate",
        "About how many hours does it take to fit ten windows?",
        "an estimate needing trade knowledge",
    ),
    (
        "near-estimate",
        "How many people usually come to a village car boot sale?",
        "an estimate",
    ),
    (
        "near-method",
        "How do I calculate my marathon pace per mile from a target finish time?",
        "asks for a method",
    ),
    (
        "near-method",
        "What's the formula for converting Fahrenheit to Celsius, and why does it work?",
        "asks for a formula and an explanation",
    ),
    (
        "near-words",
        "Spell out £1,375.00 in words for the charity cheque.",
        "answer is words",
    ),
    (
        "near-roman",
        "How would the year 1887 look in Roman numerals on the lighthouse plaque?",
        "answer is Roman numerals",
    ),
    (
        "near-language",
        "How do you say 'forty-five euros an hour' in German?",
        "translation",
    ),
    (
        "near-dosing",
        "How many ml of wormer should I give a 4 kg cat I'm pet sitting?",
        "veterinary dosing is not for the tools",
    ),
    (
        "near-rules",
        "In a canoe slalom, how many seconds penalty for touching a gate?",
        "rules knowledge",
    ),
    (
        "near-bundled",
        "Convert 65 psi to bar and tell me if that's too high for gravel riding.",
        "an exact part bundled with advice",
    ),
    (
        "near-bundled",
        "Total £640 plus 20% VAT, and is that a reasonable price for a new radiator?",
        "an exact part bundled with a judgement",
    ),
    (
        "near-judgement",
        "Is a 7.5% commission generous for a window salesman?",
        "a judgement about a number",
    ),
    (
        "near-judgement",
        "Is 68 °F too warm for fermenting a lager?",
        "brewing knowledge, not a conversion",
    ),
    (
        "near-identifier",
        "What does 3/4 mean on a plumbing fitting?",
        "a nominal pipe size, not a fraction to compute",
    ),
    (
        "near-identifier",
        "What does ISO 200 mean on the film at the cinema museum's camera?",
        "an identifier",
    ),
    (
        "near-identifier",
        "Which is heavier in print, 350gsm or 170gsm card, and what is gsm?",
        "a paper-weight label needing explanation",
    ),
    (
        "near-code",
        "Write a SQL query that lists library books overdue by more than 28 days.",
        "asks for code",
    ),
    (
        "near-code",
        "Write JavaScript that works out a caravan booking total from nights and rate.",
        "asks for code",
    ),
    (
        "near-spreadsheet",
        "What Excel formula gives the weekday name for a date in cell A2?",
        "asks for a formula",
    ),
    (
        "near-standard-size",
        "How big is an Olympic swimming pool in litres, roughly?",
        "a standard size to look up and an estimate",
    ),
    (
        "near-standard-size",
        "How wide and tall is a sheet of A3, in inches, for our poster frames?",
        "a standard size to look up",
    ),
    (
        "near-fair-split",
        "Four of us hired a studio, but one only played on two songs. How do we split €1,080 fairly?",
        "needs a fairness judgement",
    ),
    (
        "near-check-working",
        "My kid says 26 weeks after 2 November is 2 May. Check her reasoning and explain any mistake.",
        "explaining a mistake needs the model, and the year is missing",
    ),
    (
        "near-riddle",
        (
            "A bike shop sells a bike for $100, buys it back for $80 and sells it for $120. "
            "Explain the trick in this puzzle."
        ),
        "a riddle needing explanation",
    ),
    (
        "near-base",
        "What is 1011 0110 in binary as hex, and why do engineers prefer hex?",
        "a base question bundled with an explanation",
    ),
]:
    neg(_fam, _q, _note)


# =========================================================================== more conversations
for _fam, _turns, _note in [
    (
        "conv-numbers-earlier",
        [
            (U, "Our allotment is 250 square metres and half is under fruit cages."),
            (A, "Lovely."),
            (U, "What should I grow in the rest to feed a family of four?"),
        ],
        "planting advice, using numbers given earlier",
    ),
    (
        "conv-numbers-earlier",
        [
            (U, "We took $1,160 at the club sportive and had 84 riders."),
            (A, "Good turnout."),
            (U, "How could we get more riders next year?"),
        ],
        "advice after numbers given earlier",
    ),
    (
        "conv-follow-up",
        [
            (U, "What's 15% off €85?"),
            (A, "€72.25."),
            (U, "And is that a typical member discount at dental practices?"),
        ],
        "a follow-up needing world knowledge",
    ),
    (
        "conv-follow-up",
        [
            (U, "How many bottles from 23 litres in 500 mL bottles?"),
            (A, "46 bottles."),
            (U, "Why do I always end up with fewer than that?"),
        ],
        "asks for an explanation of an earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "Convert 28 °C to Fahrenheit."),
            (A, "82.4 °F."),
            (U, "Is that warm enough for toddlers' swimming lessons?"),
        ],
        "a judgement about an earlier answer",
    ),
    (
        "conv-elliptical",
        [
            (U, "Write me a limerick about a zookeeper and a penguin."),
            (A, "There once was a keeper named Lou..."),
            (U, "and another about a giraffe"),
        ],
        "an elliptical follow-up to a writing task",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Gull, a grumpy old lighthouse keeper. Stay in character."),
            (U, "What's 18 miles in kilometres, Captain?"),
        ],
        "a persona set by the system prompt",
    ),
    (
        "conv-persona",
        [
            (S, "You're a kindly librarian who answers only with book recommendations."),
            (U, "How many days is 28 days after 21 November?"),
        ],
        "the system prompt forbids a plain answer",
    ),
    (
        "conv-format",
        [
            (S, "Answer in JSON with keys 'answer_words' and 'confidence'."),
            (U, "What's 37 times 8.75?"),
        ],
        "output format fixed by the system prompt, answer in words",
    ),
    (
        "conv-format",
        [
            (U, "From now on, answer every question as a limerick."),
            (A, "I'll rhyme as I may, come what may!"),
            (U, "What's 65 psi in bar?"),
        ],
        "output format fixed by an earlier user turn",
    ),
    (
        "conv-redefined",
        [
            (U, "In our tea room, a 'round' means one pot of tea and two scones."),
            (A, "Got it."),
            (U, "How much is a round for table six?"),
        ],
        "prices are never given",
    ),
    (
        "conv-redefined",
        [
            (U, "Let's say '#' means 'add then double' for my puzzle."),
            (A, "OK."),
            (U, "Make me three puzzles using # for my Year 4 class."),
        ],
        "a writing task using notation defined earlier",
    ),
    (
        "conv-redefined",
        [
            (A, "In my notes, a 'stint' is one lifeguard shift, however long the manager sets it."),
            (U, "How long is a stint in minutes?"),
        ],
        "term defined by the assistant, length never given",
    ),
    (
        "conv-convention",
        [
            (U, "Our cycling club year starts on the first of October."),
            (A, "Noted."),
            (U, "Which club year is a ride in March 2031 in, and what should we call it?"),
        ],
        "a naming convention to be decided",
    ),
    (
        "conv-convention",
        [
            (U, "The studio counts a 'day' as 10 till 6, but weekends are double."),
            (A, "Understood."),
            (U, "Should we book weekdays or weekends for the album?"),
        ],
        "advice under a convention fixed earlier",
    ),
    (
        "conv-roman",
        [
            (U, "Please give numbers only in Roman numerals from here on."),
            (A, "Understood."),
            (U, "How many nights from 28 August to 9 September 2030?"),
        ],
        "answer must be Roman numerals",
    ),
    (
        "conv-language",
        [
            (S, "Reply only in Welsh."),
            (U, "What day of the week is 12 September 2031?"),
        ],
        "answer must be in Welsh",
    ),
    (
        "conv-hint",
        [
            (U, "I'm revising percentages with my farm shop receipts."),
            (A, "Good plan."),
            (U, "Don't tell me the answer, just how to start: 20% off £3.60?"),
        ],
        "asks for a hint, not the answer",
    ),
    (
        "conv-code",
        [
            (U, "I run a pet-sitting business."),
            (A, "Sounds fun!"),
            (U, "Can you write me a Python script that bills clients per walk?"),
        ],
        "asks for code",
    ),
    (
        "conv-split-redone",
        [
            (U, "Nine of us split the $342 minibus."),
            (A, "That's $38 each."),
            (U, "One person cancelled late - should they still pay their share?"),
        ],
        "a fairness judgement after an earlier split",
    ),
    (
        "conv-numbers-earlier",
        [
            (U, "The removals quote was £617.50 before VAT."),
            (A, "Okay."),
            (U, "Write a polite email asking them to knock a bit off."),
        ],
        "a writing task about an earlier number",
    ),
    (
        "conv-follow-up",
        [
            (U, "What's 6 ft 1 in in cm?"),
            (A, "185.42 cm."),
            (U, "Would that be tall enough to be a lifeguard in the US?"),
        ],
        "rules knowledge about an earlier answer",
    ),
    (
        "conv-elliptical",
        [
            (U, "Give me a tagline for a bike repair shop."),
            (A, "'We fix it, you ride it.'"),
            (U, "shorter and funnier pls"),
        ],
        "an elliptical follow-up to a writing task",
    ),
    (
        "conv-base",
        [
            (S, "All numbers in this chat are in base 6."),
            (U, "What is 25 plus 14?"),
        ],
        "numbers in another base fixed by the system prompt",
    ),
    (
        "conv-private",
        [
            (U, "My wedding is three weeks after my sister's."),
            (A, "How exciting!"),
            (U, "What date is my wedding, then?"),
        ],
        "the sister's date is never given",
    ),
]:
    conv(_fam, _turns, _note)


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
    # no register (family name) of this set is a family name of set 19 or set 20
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by set 19 or 20: {reused}"
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
