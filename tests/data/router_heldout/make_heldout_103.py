r"""Generate heldout-2027-03-16.jsonl: a hundred-and-third held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed103. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho103-", earlier generators 1-102, register check against sets 19 to 102).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed103/earlier_registers.txt (1850 earlier family names), grepped for each candidate
  register so that none of this set's names repeats one, and most steer clear of earlier themes;
- of this script: the docstring, set-up and helpers (lines 1-610 of the copy), the units header
  and unit_r, the datetime header and helpers up to the first `assert sayus`, the negatives
  header with neg/conv, and the weekday check, checks and output at the end.
The previous set's query sections were never viewed: they were replaced by line number (from the
bottom range up, after asserting each boundary line) with four new sections written from
scratch. No JSONL file, git history, web or code search, router, tools, tests, other sealed
directories or other generators were read (the script imports earlier generators itself, in
memory, for its duplicate and register checks).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a cargo-bike courier collective,
  a hospital radiopharmacy, a subantarctic weather observer, a tide-mill miller, a banker mason,
  a swimming-gala timekeeper and so on), each register used by all three tools with one or two
  items per tool. Phrasing varies: statements, imperatives, lowercase, numbers in words, British
  and American date forms, extra context.
- Every expected value is computed in code: Fraction/Decimal for money and quantities (exact,
  terminating, at most three decimals for the calculator), exact unit definitions (inch, pound,
  nautical mile, curie, standard gravity) for conversions, graded exactly when the result
  terminates and at 0.1% when it must be rounded (only where two decimals stay within 0.1%),
  and datetime/date arithmetic for dates, weekdays, ages, spans and clock intervals. Weekdays
  written next to dates come from the computed date.
- 200 negatives: 100 ordinary ones (explanations, opinions, writing, code, facts, advice,
  estimates, meanings, history), 65 near-negatives shaped like positives but needing the model
  (identifiers, missing facts, redefined notation, estimates, code, prose, judgements, lookups),
  and 35 conversations in which an earlier turn changes what the last question means; none ends
  in a plain exact question that the earlier turns leave unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 102, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration). The
first run found eleven queries matching earlier sets word for word; they were rephrased. Ruff
check and format were run from /work/main, lines kept to 99 columns, and the script re-run.

Run: /work/main/.venv/bin/python make_heldout_103.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's expected value, or --digest to print only the sha256 of the output)
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

sys.dont_write_bytecode = True  # importing the earlier generators must leave no __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2027-03-16.jsonl"
PREFIX = "ho103-"
# earlier generators: sets 1-102 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 103))
REGISTER_CHECK = (
    "make_heldout_19.py",
    "make_heldout_20.py",
    "make_heldout_21.py",
    "make_heldout_22.py",
    "make_heldout_23.py",
    "make_heldout_24.py",
    "make_heldout_25.py",
    "make_heldout_26.py",
    "make_heldout_27.py",
    "make_heldout_28.py",
    "make_heldout_29.py",
    "make_heldout_30.py",
    "make_heldout_31.py",
    "make_heldout_32.py",
    "make_heldout_33.py",
    "make_heldout_34.py",
    "make_heldout_35.py",
    "make_heldout_36.py",
    "make_heldout_37.py",
    "make_heldout_38.py",
    "make_heldout_39.py",
    "make_heldout_40.py",
    "make_heldout_41.py",
    "make_heldout_42.py",
    "make_heldout_43.py",
    "make_heldout_44.py",
    "make_heldout_45.py",
    "make_heldout_46.py",
    "make_heldout_47.py",
    "make_heldout_48.py",
    "make_heldout_49.py",
    "make_heldout_50.py",
    "make_heldout_51.py",
    "make_heldout_52.py",
    "make_heldout_53.py",
    "make_heldout_54.py",
    "make_heldout_55.py",
    "make_heldout_56.py",
    "make_heldout_57.py",
    "make_heldout_58.py",
    "make_heldout_59.py",
    "make_heldout_60.py",
    "make_heldout_61.py",
    "make_heldout_62.py",
    "make_heldout_63.py",
    "make_heldout_64.py",
    "make_heldout_65.py",
    "make_heldout_66.py",
    "make_heldout_67.py",
    "make_heldout_68.py",
    "make_heldout_69.py",
    "make_heldout_70.py",
    "make_heldout_71.py",
    "make_heldout_72.py",
    "make_heldout_73.py",
    "make_heldout_74.py",
    "make_heldout_75.py",
    "make_heldout_76.py",
    "make_heldout_77.py",
    "make_heldout_78.py",
    "make_heldout_79.py",
    "make_heldout_80.py",
    "make_heldout_81.py",
    "make_heldout_82.py",
    "make_heldout_83.py",
    "make_heldout_84.py",
    "make_heldout_85.py",
    "make_heldout_86.py",
    "make_heldout_87.py",
    "make_heldout_88.py",
    "make_heldout_89.py",
    "make_heldout_90.py",
    "make_heldout_91.py",
    "make_heldout_92.py",
    "make_heldout_93.py",
    "make_heldout_94.py",
    "make_heldout_95.py",
    "make_heldout_96.py",
    "make_heldout_97.py",
    "make_heldout_98.py",
    "make_heldout_99.py",
    "make_heldout_100.py",
    "make_heldout_101.py",
    "make_heldout_102.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {
    "positive:calculator": 45,
    "positive:units": 45,
    "positive:datetime": 45,
    "negative": 200,
}
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


P = "plain"


# the 25 registers of this set, each used by all three tools
AUDIO = "audiology_clinic_hearing_tests"
CARGO = "cargo_bike_courier_collective"
CANOE = "canoe_polo_club_kit_officer"
ARBOR = "arborist_crown_reduction_survey"
MILL = "tidal_mill_heritage_miller"
PISTE = "piste_basher_night_shift"
DARK = "darkroom_film_lab_technician"
GLACIER = "glacier_mass_balance_stake_survey"
VOLCANO = "volcano_observatory_gas_sampling"
MAPLE = "sugarbush_maple_tapping_crew"
RADIO = "hospital_radiopharmacy_dispensary"
PIPES = "pipe_band_drum_corps_secretary"
LOOM = "tapestry_weaving_loom_commission"
LONGLINE = "deep_sea_longline_skipper"
MASON = "cathedral_works_banker_mason"
GALA = "swimming_gala_timekeeper"
ALP = "alpine_dairy_summer_pasture"
ISLAND = "subantarctic_island_weather_observer"
SOUND = "field_sound_recordist_nature"
FERRATA = "via_ferrata_guide_bookings"
CAPTION = "live_tv_captioning_desk"
MAPS = "antiquarian_map_dealer"
CAST = "museum_dinosaur_cast_mountmaker"
CIDER = "community_orchard_cider_pressing"
POSTBUS = "highland_postbus_driver"

# plain one-line questions
calc(P, "17.5 percent of 2480 comes to what", pct("17.5") * 2480)
calc(P, "1,237 × 48", 1237 * 48)
calc(P, "Divide 9,876 by 12.", F(9876, 12))
calc(P, "(345 + 678) * 4 - 1,090 = ?", (345 + 678) * 4 - 1090)
calc(P, "whats 3/8 of 1944", F(3, 8) * 1944)
calc(P, "What's the square root of seven thousand and fifty-six?", 84)
calc(P, "raise 2 to the 17th power please", 2**17)
calc(P, "How much is 12.75 times 16.4?", dec("12.75") * dec("16.4"))
calc(P, "subtract 4,389.27 from 10,000", 10000 - dec("4389.27"))
calc(P, "0.125 * 0.36", dec("0.125") * dec("0.36"))
calc(P, "What percentage of 760 is 171?", F(171, 760) * 100)
calc(
    P,
    "add up 48.30, 19.95, 7.25 and 102.60",
    dec("48.30") + dec("19.95") + dec("7.25") + dec("102.60"),
)
calc(P, "eighteen thousand four hundred divided by thirty-two", F(18400, 32))
calc(P, "If I put 35% on top of 640, what do I get?", 640 * (1 + pct(35)))
assert 7056 == 84 * 84

# registers
calc(
    AUDIO,
    "Our audiology clinic bills £87.40 per diagnostic hearing assessment and we did 213 of "
    "them in March. What's the total billed?",
    dec("87.40") * 213,
)
calc(
    CARGO,
    "Courier co-op maths: the month's takings are £7,843.20, we set aside 15% for bike "
    "maintenance and split the rest equally between 6 riders. How much does each rider get?",
    dec("7843.20") * (1 - pct(15)) / 6,
)
calc(
    CARGO,
    "each cargo bike drop pays 4.35 plus 0.60 per km ridden. i did 38 drops and 212 km in "
    "total, what did i earn",
    38 * dec("4.35") + 212 * dec("0.60"),
)
calc(
    CANOE,
    "As kit officer I'm ordering 9 canoe polo helmets at £62.50 and 11 buoyancy aids at £48. "
    "The supplier knocks 12% off any order over £1,000. What will we actually pay?",
    (9 * dec("62.50") + 11 * 48) * (1 - pct(12)),
)
assert 9 * dec("62.50") + 11 * 48 > 1000
calc(
    ARBOR,
    "Pricing a crown reduction: two climbers at £28/hour for 6.5 hours each, chipper hire "
    "£145, green waste tip fee £62, then add VAT at 20%. Total quote please.",
    (2 * 28 * dec("6.5") + 145 + 62) * (1 + pct(20)),
)
calc(
    ARBOR,
    "Tree survey of 340 trees: 15 per cent are category A, 45 per cent category B and the "
    "remainder category C. How many trees are category C?",
    340 * (1 - pct(15) - pct(45)),
)
calc(
    MILL,
    "Saturday's grind at the tide mill gave 417 kg of wholemeal. We bag it in 1.5 kg bags "
    "that sell for £3.20 each; if every bag sells, what do we take?",
    F(417) / dec("1.5") * dec("3.20"),
)
assert (F(417) / dec("1.5")).denominator == 1
calc(
    PISTE,
    "The snowcat burns 23.5 litres of diesel an hour and my grooming shift is 7 hours 40 "
    "minutes. Diesel is €1.62 a litre. What does the shift's fuel cost in euros?",
    dec("23.5") * (7 + F(40, 60)) * dec("1.62"),
)
calc(
    DARK,
    "Developer is mixed 1+31 (one part stock to thirty-one parts water). How many ml of stock "
    "go into 2,400 ml of working solution?",
    F(2400, 32),
)
calc(
    DARK,
    "lab order: develop 7 rolls at £9.50 a roll and scan 36 frames per roll at 45p a frame. "
    "whats the bill in pounds",
    7 * dec("9.50") + 7 * 36 * dec("0.45"),
)
calc(
    GLACIER,
    "Stake 7 showed 412 cm of exposed pole in May and 583 cm in September. Multiply the "
    "difference by 0.9 to get water equivalent — what is it in cm?",
    (583 - 412) * dec("0.9"),
)
calc(
    VOLCANO,
    "SO2 flux for five days: 1,240, 1,385, 1,110, 1,460 and 1,305 tonnes per day. "
    "What's the mean daily flux?",
    F(1240 + 1385 + 1110 + 1460 + 1305, 5),
)
calc(
    MAPLE,
    "Rule of 86: litres of sap needed per litre of syrup = 86 divided by the sap's sugar "
    "percentage. Our sap is running at 2.5% sugar. How many litres of sap for 150 litres of "
    "syrup?",
    F(86) / dec("2.5") * 150,
)
calc(
    MAPLE,
    "We tapped 1,850 maples, averaging 1.4 taps per tree, and spouts cost $0.85 apiece. "
    "What's the spout bill in dollars?",
    1850 * dec("1.4") * dec("0.85"),
)
calc(
    RADIO,
    "A Tc-99m dose measured 800 MBq at 08:00. With a half-life of exactly 6 hours, what is "
    "its activity in MBq at 20:00 the same day?",
    F(800, 4),
)
calc(
    RADIO,
    "Each kit costs £212 and gives 14 patient doses. We need 350 doses a month — what's the "
    "monthly spend on kits?",
    F(350, 14) * 212,
)
calc(
    PIPES,
    "Pipe band trip: the coach is £1,380 and the entry fee £95, split evenly among 25 of us, "
    "and everyone also pays £11.50 for their own lunch. What does each member owe in total?",
    F(1380 + 95, 25) + dec("11.50"),
)
calc(
    LOOM,
    "A tapestry commission of 1.8 m by 2.4 m, charged at £1,150 per square metre plus a £380 "
    "design fee. What's the quote?",
    dec("1.8") * dec("2.4") * 1150 + 380,
)
calc(
    LOOM,
    "Warp sett is 8 ends per cm and the piece is 185 cm wide; I add 4 extra ends for the "
    "selvedges. How many warp ends altogether?",
    8 * 185 + 4,
)
calc(
    LONGLINE,
    "Settling up the trip: catch sold for $84,600, fuel and bait of $21,350 come off the top, "
    "the boat takes 45% of what's left and the 5 crew split the remainder equally. "
    "What's one crew share?",
    (84600 - 21350) * (1 - pct(45)) / 5,
)
calc(
    MASON,
    "The replacement pinnacle block is 0.6 m x 0.45 m x 1.2 m and the limestone weighs "
    "2,300 kg per cubic metre. How heavy is the block in kg?",
    dec("0.6") * dec("0.45") * dec("1.2") * 2300,
)
calc(
    GALA,
    "Lane 4, 100 m freestyle: the 50 m split was 31.08 s and the final time 1:04.56. What was "
    "the second 50 in seconds?",
    60 + dec("4.56") - dec("31.08"),
)
calc(
    ALP,
    "Up on the summer pasture we milk 42 cows averaging 16.5 litres a day each, and 10 litres "
    "of milk makes 1 kg of cheese. How many kg of cheese per day?",
    42 * dec("16.5") / 10,
)
calc(
    ISLAND,
    "Rain gauge totals for the week in mm: 12.4, nil, 3.8, 27.1, 9.6, 0.2, 15.9. Weekly total?",
    dec("12.4") + dec("3.8") + dec("27.1") + dec("9.6") + dec("0.2") + dec("15.9"),
)
calc(
    SOUND,
    "Recording at 96 kHz, 24-bit, two channels, uncompressed: how many megabytes per minute, "
    "taking 1 MB as 1,000,000 bytes?",
    F(96000 * 3 * 2 * 60, 10**6),
)
calc(
    FERRATA,
    "Group of 8 on the via ferrata: guide fee €320 flat for the group, kit hire €18 per "
    "person, lift ticket €24.50 per person. Split equally, what does each person pay?",
    F(320, 8) + 18 + dec("24.50"),
)
calc(
    CAPTION,
    "Our live captioner averages 210 words per minute at 98.5% accuracy. Over a 40-minute "
    "segment, how many words come out wrong?",
    210 * 40 * (1 - pct("98.5")),
)
calc(
    MAPS,
    "Bought an 18th-century county map for £640 and spent £185 framing it. It sold at auction "
    "for £1,450, less 17.5% seller's commission. What's my profit?",
    1450 * (1 - pct("17.5")) - 640 - 185,
)
calc(
    CAST,
    "Each vertebra cast takes 340 g of resin and the tail has 38 vertebrae. Resin comes in "
    "5 kg drums only. How many drums do we have to buy?",
    whole_up(F(340 * 38, 5000)),
)
calc(
    CIDER,
    "Pressing day shares: juice is shared in proportion to apples brought. Jo brought 84 kg "
    "of the 1,260 kg pressed and we got 546 litres of juice. How many litres is Jo's share?",
    F(546 * 84, 1260),
)
calc(
    POSTBUS,
    "Fares on the postbus run: 11 adults at £3.40, 6 concession pass holders who ride free, "
    "and 4 children at half the adult fare. What did I take?",
    11 * dec("3.40") + 4 * dec("3.40") / 2,
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


SQFT = FT * FT  # m^2
SQYD = YD * YD  # m^2
CUFT = FT * FT * FT  # m^3


def close_enough_at_2dp(x):
    """An answer rounded to two decimals still falls within the ROUNDED tolerance."""
    x = F(x)
    r = F(round(x * 100)) / 100
    return abs(r - x) <= abs(x) * F(1, 1000)


def unit_r(family, query, value):
    assert close_enough_at_2dp(value), query
    unit(family, query, value, ROUNDED)


NMI = F(1852)  # m
KNOT = NMI / 3600  # m/s
LBF = LB * G0  # N
CURIE = F(37 * 10**9)  # Bq

# plain one-line questions
unit_r(P, "convert 72 kilometres to miles", 72000 / MI)
unit_r(P, "how many feet is 250 metres", 250 / FT)
unit_r(P, "25 lb in kg?", 25 * LB)
unit(P, "What is 98.6 °F in Celsius?", f_to_c(dec("98.6")), EXACT)
unit_r(P, "Convert 30 acres to hectares.", 30 * ACRE / 10000)
unit_r(P, "how many square feet in 85 square metres", 85 / SQFT)
unit_r(P, "How many yards is a 1,500 m race?", 1500 / YD)
unit_r(P, "Convert sixty miles per hour into km/h.", 60 * MPH / KMH)
unit_r(P, "32 psi to kilopascals", 32 * PSI / 1000)
unit(P, "How many seconds are there in 3.75 hours?", dec("3.75") * 3600, EXACT)
unit(P, "how many MiB make up 4 GiB", 4 * GIB / MIB, EXACT)
unit(P, "twelve inches in centimetres", 12 * IN * 100, EXACT)
unit(P, "what's 750 millilitres in litres", F(750, 1000), EXACT)
unit_r(P, "convert 200 newtons to pounds-force", 200 / LBF)

# registers
unit_r(
    AUDIO,
    "The new sound booth is 2.4 m by 2.1 m inside. The manufacturer's form wants the floor "
    "area in square feet - what is it?",
    dec("2.4") * dec("2.1") / SQFT,
)
unit_r(
    CARGO,
    "Rode 212 km of deliveries on the cargo bike over the week, how many miles is that?",
    212000 / MI,
)
unit_r(
    CARGO,
    "bike plus full load weighs 95 kg, what is that in pounds",
    95 / LB,
)
unit_r(
    CANOE,
    "Our canoe polo pitch is 35 m by 23 m. What is its area in square yards?",
    35 * 23 / SQYD,
)
unit_r(
    ARBOR,
    "The client wants the height of the oak in feet; we measured it at 27 metres.",
    27 / FT,
)
unit_r(
    MILL,
    "The lower millstone is 1.37 metres across. What's that in inches?",
    dec("1.37") / IN,
)
unit_r(
    PISTE,
    "the piste basher tops out at 22 km/h, what's that in mph",
    22 * KMH / MPH,
)
unit(
    DARK,
    "The developing tank thermometer reads in Fahrenheit. What's 20 °C in °F?",
    c_to_f(20),
    EXACT,
)
unit(
    DARK,
    "Colour chemistry runs at 38 degrees Celsius; convert that to Fahrenheit for the old "
    "dial on the processor.",
    c_to_f(38),
    EXACT,
)
unit_r(
    GLACIER,
    "We drilled the ablation stake in to 12 metres. How many feet is that?",
    12 / FT,
)
unit(
    GLACIER,
    "Snow pit density came out at 380 kg per cubic metre. Express it in grams per cubic "
    "centimetre.",
    F(380 * 1000, 10**6),  # g per 1,000,000 cm^3
    EXACT,
)
unit_r(
    VOLCANO,
    "The plume rose to 3,400 metres above the vent. Convert to feet for the aviation notice.",
    3400 / FT,
)
unit_r(
    MAPLE,
    "The sugarbush covers 85 acres. How many hectares is that?",
    85 * ACRE / 10000,
)
unit(
    RADIO,
    "Prescription is 20 mCi of the tracer. How many MBq is that?",
    20 * CURIE / 1000 / 10**6,
    EXACT,
)
unit_r(
    RADIO,
    "The tungsten syringe shield weighs 1.8 kg. In ounces (avoirdupois), please.",
    dec("1.8") / OZ,
)
unit_r(
    PIPES,
    "The street parade route is 3.2 miles long; what is that in kilometres?",
    dec("3.2") * MI / 1000,
)
unit(
    LOOM,
    "The client's wall space is 72 inches wide. How many centimetres?",
    72 * IN * 100,
    EXACT,
)
unit(
    LONGLINE,
    "We set 28 nautical miles of mainline. How many kilometres is that?",
    28 * NMI / 1000,
    EXACT,
)
unit(
    LONGLINE,
    "steaming home at 9 knots, whats that in km/h",
    9 * KNOT / KMH,
    EXACT,
)
unit_r(
    MASON,
    "The dressed block weighs 745 kg; the crane hire firm wants it in pounds.",
    745 / LB,
)
unit(
    GALA,
    "It's a 25-yard pool, so the 500-yard freestyle is how many metres?",
    500 * YD,
    EXACT,
)
unit_r(
    ALP,
    "Our summer hut sits at 2,150 m. What's the altitude in feet?",
    2150 / FT,
)
unit(
    ISLAND,
    "Peak gust logged at 94 knots. Convert to kilometres per hour.",
    94 * KNOT / KMH,
    EXACT,
)
unit_r(
    ISLAND,
    "Mean wind over the hour was 63 knots — what is that in metres per second?",
    63 * KNOT,
)
unit_r(
    SOUND,
    "I had the mic 3 metres from the nest. How far is that in feet?",
    3 / FT,
)
unit_r(
    FERRATA,
    "The ferrata climbs 640 m of vertical height. How many feet of ascent is that?",
    640 / FT,
)
unit(
    CAPTION,
    "The caption file is 2.3 MiB. How many KiB is that?",
    dec("2.3") * MIB / KIB,
    EXACT,
)
unit_r(
    MAPS,
    "The map sheet is 19 by 24.75 inches. What is its area in square centimetres?",
    19 * dec("24.75") * IN * IN * 10000,
)
unit_r(
    CAST,
    "The femur cast is 1.53 m long - give it in feet for the American loan paperwork.",
    dec("1.53") / FT,
)
unit_r(
    CIDER,
    "We pressed 1,260 kg of apples this season; how many pounds is that?",
    1260 / LB,
)
unit_r(
    POSTBUS,
    "The full postbus round is 47 miles. Convert to km.",
    47 * MI / 1000,
)


# =========================================================================== datetime
D = dt.date
DT = dt.datetime
TD = dt.timedelta
WEEKDAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
]
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


def weeks(a, b):
    n = days(a, b)
    assert n % 7 == 0, (a, b)  # whole weeks only
    return n // 7


def say(d):
    """A date written out, e.g. 4 March 2030."""
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def sayw(d):
    """A date written out with its computed weekday, e.g. Monday 4 March 2030."""
    return f"{weekday(d)} {say(d)}"


assert say(D(2030, 3, 4)) == "4 March 2030" and sayw(D(2030, 3, 4)) == "Monday 4 March 2030"


def sayus(d):
    """A date written the American way with its computed weekday, e.g. Monday, March 4, 2030."""
    return f"{weekday(d)}, {calendar.month_name[d.month]} {d.day}, {d.year}"


assert sayus(D(2030, 3, 4)) == "Monday, March 4, 2030"


# plain one-line questions
date_item(P, "What date is 90 days after 14 March 2027?", D(2027, 3, 14) + TD(days=90))
date_item(
    P,
    "count the days from 3 Jan 2027 to 19 Aug 2027",
    days(D(2027, 1, 3), D(2027, 8, 19)),
)
date_item(P, "what day of the week was 25 December 1989", weekday(D(1989, 12, 25)))
date_item(P, "Which day of the week is July 4, 2031?", weekday(D(2031, 7, 4)))
date_item(P, "date 200 days before 1 October 2028?", D(2028, 10, 1) - TD(days=200))
_w0, _w1 = D(2027, 5, 6), D(2027, 12, 2)
date_item(P, f"How many weeks are there from {say(_w0)} to {say(_w1)}?", weeks(_w0, _w1))
date_item(
    P,
    "How old is someone born on 17 August 1984 as of 1 March 2027?",
    age(D(1984, 8, 17), D(2027, 3, 1)),
)
date_item(P, "how many hours from 09:15 to 17:45", clock_span("09:15", "17:45", 3600))
date_item(P, "What's the date six weeks after 29 November 2027?", D(2027, 11, 29) + TD(weeks=6))
date_item(P, "what date is 1000 days after 1 January 2027", D(2027, 1, 1) + TD(days=1000))
date_item(P, "Days from 15 June 2026 to 15 June 2027?", days(D(2026, 6, 15), D(2027, 6, 15)))
date_item(P, "What weekday is 29 February 2028?", weekday(D(2028, 2, 29)))
date_item(
    P, "how many minutes between 22:40 and 06:10 next morning", clock_span("22:40", "06:10", 60)
)
date_item(
    P, "The third Thursday in November 2027 falls on which date?", nth_weekday(2027, 11, THU, 3)
)

# registers
_fit = D(2027, 3, 8)
date_item(
    AUDIO,
    f"Hearing aids fitted on {sayw(_fit)} come with a 45-day trial. Counting 45 days on from "
    "the fitting date, on what date does the trial end?",
    _fit + TD(days=45),
)
date_item(
    AUDIO,
    "Patient DOB 22 September 1951, appointment on 15 March 2027. How old will they be at the "
    "appointment?",
    age(D(1951, 9, 22), D(2027, 3, 15)),
)
date_item(
    CARGO,
    "Our council delivery contract ran from 1 February 2027 to 30 June 2027. How many days is "
    "that, counting both the first and last day?",
    days(D(2027, 2, 1), D(2027, 6, 30)) + 1,
)
date_item(
    CANOE,
    "the regional canoe polo tournament is always the second sunday of july. what date is it "
    "in 2027?",
    nth_weekday(2027, 7, SUN, 2),
)
date_item(
    ARBOR,
    "We gave the council six weeks' notice of works to a protected tree on 17 May 2027. What "
    "date does the six weeks run out?",
    D(2027, 5, 17) + TD(weeks=6),
)
date_item(
    MILL,
    "The tide mill first ground corn on 11 June 1823. How many whole years old is the mill on "
    "11 June 2027?",
    age(D(1823, 6, 11), D(2027, 6, 11)),
)
_s0, _s1 = D(2027, 12, 11), D(2028, 4, 17)
date_item(
    PISTE,
    f"Grooming season runs from {sayw(_s0)} to {sayw(_s1)}. How many nights is that if we "
    "groom every night from the first date to the last, both included?",
    days(_s0, _s1) + 1,
)
date_item(
    DARK,
    "Film went into the processor at 16:50 and the prints were ready at 09:20 the next "
    "morning. How many hours was that?",
    clock_span("16:50", "09:20", 3600),
)
date_item(
    DARK,
    "what day of the week is 4 November 2027? customer wants collection then and we're shut "
    "on wednesdays",
    weekday(D(2027, 11, 4)),
)
date_item(
    GLACIER,
    "First stake reading was on 14 May 2027 and the second is due 122 days later. What date "
    "is the second reading?",
    D(2027, 5, 14) + TD(days=122),
)
date_item(
    VOLCANO,
    "The seismic swarm began on 3 February 2027 at 14:00 and lasted exactly 100 hours. On "
    "what date did it end?",
    (DT(2027, 2, 3, 14) + TD(hours=100)).date(),
)
date_item(
    MAPLE,
    "First taps went in on 24 February 2027 and the last boil was 31 March 2027. How many "
    "days from tapping to the last boil?",
    days(D(2027, 2, 24), D(2027, 3, 31)),
)
date_item(
    RADIO,
    "The generator was delivered on 5 April 2027 and expires 14 days after delivery. What's "
    "the expiry date?",
    D(2027, 4, 5) + TD(days=14),
)
_p0, _p1 = D(2027, 5, 22), D(2027, 8, 14)
date_item(
    PIPES,
    f"Band practice starts {sayw(_p0)} and the championships are {sayw(_p1)}. How many weeks "
    "is that?",
    weeks(_p0, _p1),
)
date_item(
    LOOM,
    "Contract says delivery 230 days after the deposit is paid; the deposit went in on "
    "1 September 2027. Delivery date?",
    D(2027, 9, 1) + TD(days=230),
)
date_item(
    LONGLINE,
    "Cleared port on 9 October 2027 at 05:30 and were at sea 11 days 19 hours. What date did "
    "we land?",
    (DT(2027, 10, 9, 5, 30) + TD(days=11, hours=19)).date(),
)
date_item(
    LONGLINE,
    "trip went from March 2, 2027 to April 16, 2027, how many days is that",
    days(D(2027, 3, 2), D(2027, 4, 16)),
)
date_item(
    MASON,
    "The new pinnacle is to be blessed on 21 March 2028. What day of the week is that?",
    weekday(D(2028, 3, 21)),
)
date_item(
    GALA,
    "The county gala is on 2 October 2027 and entries close three weeks before it. What date "
    "do entries close?",
    D(2027, 10, 2) - TD(weeks=3),
)
date_item(
    GALA,
    "Session runs 18:45 to 21:15. How many hours of timekeeping is that?",
    clock_span("18:45", "21:15", 3600),
)
date_item(
    ALP,
    "The herd goes up to the alp on 12 June 2027 and comes down on 18 September 2027. How "
    "many days between those two dates?",
    days(D(2027, 6, 12), D(2027, 9, 18)),
)
date_item(
    ISLAND,
    "The supply ship comes every 56 days; the previous call was 19 November 2027. When is "
    "the next one due?",
    D(2027, 11, 19) + TD(days=56),
)
date_item(
    ISLAND,
    "For the climate log: what day-of-year number is 1 March 2028? (1 January = day 1)",
    D(2028, 3, 1).timetuple().tm_yday,
)
date_item(
    SOUND,
    "Dawn chorus session: recorder on at 04:35, off at 07:05. How many minutes of audio?",
    clock_span("04:35", "07:05", 60),
)
date_item(
    FERRATA,
    "Group booked for the first Saturday in August 2027 - what's the date?",
    nth_weekday(2027, 8, SAT, 1),
)
date_item(
    FERRATA,
    "Booking taken on 3 June 2027 for a climb on 7 August 2027. How many days ahead was that?",
    days(D(2027, 6, 3), D(2027, 8, 7)),
)
_c0 = D(2027, 1, 4)
date_item(
    CAPTION,
    f"The captioning contract started {sayus(_c0)} and renews every 13 weeks. What is the "
    "date of the second renewal?",
    _c0 + TD(weeks=26),
)
date_item(
    MAPS,
    "The survey's title cartouche is dated 17 May 1792 (Gregorian calendar). What day of the "
    "week was that?",
    weekday(D(1792, 5, 17)),
)
date_item(
    CAST,
    "The gallery opens on 30 April 2028 and the cast needs 9 weeks to cure and mount. What's "
    "the latest date we can start?",
    D(2028, 4, 30) - TD(weeks=9),
)
date_item(
    CIDER,
    "Pressing day is the last Saturday of October. What date is that in 2027?",
    nth_weekday(2027, 10, SAT, -1),
)
date_item(
    POSTBUS,
    "The new timetable starts on 28 March 2027. How many days after 1 January 2027 is that?",
    days(D(2027, 1, 1), D(2027, 3, 28)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: they mention numbers, units, dates or money, but want prose, judgement,
# writing, code or facts that no calculator, converter or calendar supplies
ORDINARY = {
    "ask-explanation": [
        "Why does a hearing test go up in 5 dB steps rather than 1 dB steps?",
        (
            "Explain in simple terms why a half-life of 6 hours doesn't mean the drug is gone in "
            "12 hours."
        ),
        "why do sailors measure speed in knots instead of km/h",
        "What's the reason film developers quote dilutions like 1+31 instead of percentages?",
        "Can you explain how compound interest differs from simple interest, with an example?",
        "Why is a nautical mile 1,852 metres and not a round 1,000?",
        "How does the rule of 86 for maple syrup actually work - where does 86 come from?",
        "How come 1900 wasn't a leap year but 2000 was?",
        "What does a 20% VAT rate mean for a business that's VAT-registered vs one that isn't?",
        "explain what 96 kHz / 24-bit means for a field recording and whether it's worth it",
        (
            "Why are ski slopes graded by colour, and what gradients do the colours stand for in "
            "different countries?"
        ),
        "How do glaciologists turn stake readings into a mass balance for the whole glacier?",
    ],
    "ask-opinion": [
        (
            "Is it worth paying £1,150 per square metre for a handwoven tapestry, or is that a "
            "rip-off?"
        ),
        "Should our courier co-op split takings equally or by hours ridden? Pros and cons please.",
        (
            "Which is the better move for a 30-year-old: paying off a 4.5% mortgage early or "
            "putting £300 a month into an index fund?"
        ),
        "is 38 degrees too hot for a bath for a toddler?",
        "Would you rather have a 25 m pool or a 50 m pool for a small swimming club, and why?",
        "What's a fair tip on a €82.50 guided climb in the Dolomites?",
        "do you think 17.5% auction commission is reasonable for a map that sold for £1,450?",
        "Is a 12% bulk discount a good deal or should I push for 15%?",
        "Which is nicer for a wedding in late September, a Saturday or a Friday?",
        "Is 210 words per minute realistic for a human live captioner over a full hour?",
    ],
    "ask-writing": [
        (
            "Write a polite email to a client explaining that their tapestry will be delivered on "
            "19 April 2028 instead of in March."
        ),
        "Draft a short notice for the pool noticeboard saying gala entries close on 11 September.",
        "Write a haiku about a snowcat grooming at 3 am.",
        "Compose a limerick about a postbus driver on a 47-mile round.",
        (
            "Can you write a two-paragraph bio for a banker mason who has worked 22 years on the "
            "cathedral?"
        ),
        "write me a cheery message to the band reminding everyone the coach leaves at 06:15 sharp",
        (
            "Draft a product description for a 1.5 kg bag of stoneground wholemeal flour from a "
            "tide mill."
        ),
        "Write a risk assessment paragraph for drilling ablation stakes 12 m into a glacier.",
        (
            "Turn these numbers into a friendly end-of-season summary for members: 1,260 kg of "
            "apples, 546 litres of juice, 41 volunteers."
        ),
        "Give me a catchy slogan for a cargo bike courier that does 212 km a week.",
    ],
    "ask-code": [
        "Write me a tiny Python function turning knots into km per hour, with a docstring.",
        "How would I compute the number of days between two dates in Excel?",
        "Give me a SQL query that sums invoice totals per month from a table called invoices.",
        "write a bash one-liner to add up the numbers in column 3 of a csv",
        "In JavaScript, how do I format 1234.5 as £1,234.50?",
        "Write a regex that matches UK postcodes.",
        (
            "Show me a Python snippet that rounds 2.675 to two decimals correctly and explain the "
            "gotcha."
        ),
        "How do I make a Google Sheets formula that adds 20% VAT to every price in column B?",
        "Write a small Rust function returning the weekday for a given date.",
        "What's the pandas way to resample daily rainfall readings into weekly totals?",
    ],
    "ask-facts": [
        "What's the average annual rainfall on South Georgia?",
        "How tall is the tallest tree in Britain?",
        "What is the current price of diesel in Austria?",
        "When was the first via ferrata built in the Dolomites?",
        "How many vertebrae does a Diplodocus tail have?",
        "What's the world record for the 100 m freestyle, short course?",
        "What's the half-life of molybdenum-99?",
        "How much does an average piste basher cost new?",
        "How many sheep are there in Scotland?",
        "Who invented the metric system and in what year was it adopted in France?",
        "What is the density of Portland limestone?",
        "When did the UK stop using pre-decimal currency?",
    ],
    "ask-advice": [
        "My hearing test shows a 40 dB loss at 4 kHz in one ear. Should I be worried?",
        "I earn £2,300 a month after tax. How should I budget for rent, food and saving?",
        "We're a pipe band of 25 - what's the best way to raise £3,000 for new uniforms?",
        "How long should I wait before tapping a maple that's only 20 cm in diameter?",
        "I've got 8 people booked on a via ferrata and one has vertigo - what should I do?",
        "what's a sensible emergency fund for a self-employed courier on about £1,100 a month?",
        "How many hours of sleep does a night-shift worker on 7h40 shifts need?",
        "Tips for keeping a darkroom at 20 °C in summer without air conditioning?",
        "Our cider pressing made a £240 loss. How could we break even in future?",
        "My 74-year-old dad refuses to wear his hearing aids. How do I talk to him about it?",
    ],
    "ask-estimate": [
        "Roughly how many apples are in 1,260 kg?",
        "about how long would it take to walk 47 miles?",
        "How many people could fit in a 35 m by 23 m hall standing?",
        "Ballpark, how much does it cost to run a small tide mill museum for a year?",
        "Guess how many words a captioner types in a career.",
        "How many photos would fit on a 64 GB card, roughly?",
        "Estimate how much snow a snowcat moves in one night.",
        "Roughly what would a 3-day via ferrata trip for two cost, all in?",
        "How many litres of sap does an average maple give in a season?",
        "ballpark how much would a replacement 745 kg limestone pinnacle cost to carve",
    ],
    "ask-meaning": [
        "What does 'MBq' stand for on a radiopharmacy label?",
        "What does 1+31 mean on a bottle of film developer?",
        "In swimming results, what does 'DQ 4.4' next to a time mean?",
        "What does the 'A' in category A tree mean in a BS5837 survey?",
        "what is a 'sett' in weaving",
        "What does 'SO2 flux' mean in a volcano bulletin?",
        "What does 'WPM' mean for a stenographer vs a typist?",
        "On an old map, what does 'scale of miles 69 to a degree' refer to?",
        "What does 'ISO 400' on a film box mean?",
        "what does 'pax' mean on a booking sheet",
        "What's meant by 'water equivalent' in snow measurements?",
        "What does a 'banker' mean in stonemasonry?",
        "What's the difference between a 'fare stage' and a 'zone' on a bus route?",
        "What does 'DOB' stand for on a patient form?",
        "In a crew share agreement, what does 'off the top' mean?",
        "What does the abbreviation 'Tc-99m' refer to?",
    ],
    "ask-history": [
        "Why did Britain switch from the Julian to the Gregorian calendar in 1752?",
        "How did millers price flour before decimalisation in 1971?",
        "When did swimming switch from yards to metres for international records?",
        "What's the story behind the 24-hour clock being used by the military?",
        "Why does the nautical mile relate to minutes of latitude?",
        "How did medieval masons measure stone without standard units?",
        "Why is the imperial pound exactly 0.45359237 kg - who decided that?",
        "what did surveyors use before GPS to map a county in the 1790s",
        "When were hearing aids first made small enough to go behind the ear?",
        "How was sea-level altitude measured on Alpine passes in the 1800s?",
    ],
}
for _fam, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_fam, _q)

# near-negatives: shaped like the positives, but an identifier, a missing fact, redefined
# notation, an estimate or a request for prose means no tool gives the answer
NEAR = [
    (
        "near-identifier",
        "Is 0800 555 0199 a real freephone number or one of the ones kept for TV dramas?",
        "a phone number, not a quantity",
    ),
    (
        "near-identifier",
        "Part number 4410-75 on the snowcat track link - is that the same as 4410-57?",
        "part numbers compared as identifiers",
    ),
    (
        "near-identifier",
        "The final score was 3-2 in the canoe polo, what's that as a fraction?",
        "a match score, not a ratio",
    ),
    (
        "near-identifier",
        "Is firmware 2.10 newer than 2.9 for the audiometer?",
        "version ordering, not decimals",
    ),
    (
        "near-identifier",
        "Flight BA 1476 boards at gate 23 - which Heathrow terminal is that?",
        "flight and gate numbers are labels",
    ),
    (
        "near-identifier",
        "Our postbus is route 917. Is that route longer than route 91?",
        "route numbers say nothing about length",
    ),
    (
        "near-identifier",
        "Is 4719 a secure door PIN for the clinic, or too easy to guess?",
        "security judgement about a PIN",
    ),
    (
        "near-identifier",
        "The map is catalogued as 1792/17/5 - what date is that?",
        "a catalogue reference, not a date",
    ),
    (
        "near-identifier",
        "Sensor ID 27-10-11 on stake 7: what day of the week is that?",
        "a sensor ID that looks like a date",
    ),
    (
        "near-identifier",
        "Which publisher is the 0-14 in ISBN 978-0-14-044913-6?",
        "hyphenated ISBN groups are not subtraction",
    ),
    (
        "near-missing",
        "How much will the cathedral pay me for the pinnacle block?",
        "price not stated",
    ),
    (
        "near-missing",
        "What's my share of the longline catch this trip?",
        "catch value and share rules not given",
    ),
    (
        "near-missing",
        "How many days until our pressing day?",
        "no date given for either end",
    ),
    (
        "near-missing",
        "Convert the plume height to feet.",
        "height not given",
    ),
    (
        "near-missing",
        "What's 15% off the helmet price?",
        "helmet price not given",
    ),
    (
        "near-missing",
        "How old was the patient when they first came to the clinic?",
        "no dates given",
    ),
    (
        "near-missing",
        "How many litres of syrup will the sugarbush make this spring?",
        "a forecast from unknown sap volumes",
    ),
    (
        "near-missing",
        "when does my grooming shift end if it's 7 hours 40?",
        "start time missing",
    ),
    (
        "near-missing",
        "What is the exchange rate from euros to pounds on 14 March 2027?",
        "a market rate, not computable",
    ),
    (
        "near-missing",
        "How many days of sunshine did the island get in March 2027?",
        "an observation, not a calculation",
    ),
    (
        "near-notation",
        "In our club 1 'lap' means 1.5 lengths of a 25 m pool. What's a fair name for 4 laps?",
        "asks for a name, not a distance",
    ),
    (
        "near-notation",
        "If # means 'double then add 1', what do you think ## is supposed to mean in this puzzle?",
        "interpreting an invented notation",
    ),
    (
        "near-notation",
        "Let's say a 'mill' is 0.001 of a pound. Is that a good idea for pricing flour?",
        "opinion on a redefined unit",
    ),
    (
        "near-notation",
        (
            "In my notes 3^2 means third row second column. What's in 3^2 of a 4x4 grid numbered "
            "1 to 16 left to right? Which convention is more common for such notes?"
        ),
        "notation convention and a question of usage",
    ),
    (
        "near-notation",
        "In band music 4/4 means four beats to a bar. Is 6/8 then the same as 3/4?",
        "time signatures are not fractions to reduce",
    ),
    (
        "near-estimate",
        "About how many kilometres will I ride on the cargo bike in a year?",
        "an estimate with no data",
    ),
    (
        "near-estimate",
        "Roughly how much will the resin for a full Diplodocus cast cost?",
        "unknown quantities",
    ),
    (
        "near-estimate",
        "How long does it take to drive 47 miles on single-track Highland roads?",
        "depends on roads and traffic",
    ),
    (
        "near-estimate",
        "How many weeks should a pipe band practise before a major championship?",
        "advice, not arithmetic",
    ),
    (
        "near-estimate",
        "Approximately how many cows can graze 85 acres of alpine pasture?",
        "a stocking-rate judgement",
    ),
    (
        "near-meaning",
        "The audiogram says 55 dB HL at 2 kHz. Is that mild or moderate loss?",
        "clinical classification",
    ),
    (
        "near-meaning",
        "Our stake reading went from 412 cm to 583 cm. Is that a lot of melt for one summer?",
        "interpretation of a measurement",
    ),
    (
        "near-meaning",
        "SO2 flux jumped from 1,100 to 1,460 tonnes/day. Should we raise the alert level?",
        "a hazard judgement",
    ),
    (
        "near-meaning",
        "A 94-knot gust - what category of storm does that make it?",
        "depends on which scale",
    ),
    (
        "near-meaning",
        "My split was 31.08 and the final 1:04.56. Did I go out too fast?",
        "coaching opinion",
    ),
    (
        "near-meaning",
        "The sap is at 2.5% sugar. Is that good for early March?",
        "judgement on a reading",
    ),
    (
        "near-meaning",
        "Activity is 200 MBq at injection. Is that a normal dose for a bone scan?",
        "clinical reference values",
    ),
    (
        "near-meaning",
        "Our pitch is 35 by 23 metres. Is that regulation size for canoe polo?",
        "a rule-book fact",
    ),
    (
        "near-code",
        "Write Python that works out 17.5% of 2,480.",
        "asks for code rather than the number",
    ),
    (
        "near-code",
        "Give me an Excel formula to convert 72 km into miles.",
        "asks for a formula",
    ),
    (
        "near-code",
        "How do I get the weekday of 25 December 1989 in Python's datetime module?",
        "asks how, in code",
    ),
    (
        "near-code",
        "Write a function that adds 90 days to a date, e.g. 14 March 2027.",
        "asks for a function",
    ),
    (
        "near-code",
        "What's the SQL to count rows where the fee is over 1000 and apply 12% off?",
        "asks for a query",
    ),
    (
        "near-prose",
        (
            "Explain step by step, for a 10-year-old, how to work out 3/8 of 1,944 without a "
            "calculator."
        ),
        "wants a method explained",
    ),
    (
        "near-prose",
        (
            "Describe how you'd convert 98.6 °F to Celsius, and why body temperature is often "
            "quoted that way."
        ),
        "explanation and history",
    ),
    (
        "near-prose",
        "Show me three different mental maths tricks for 1,237 × 48.",
        "teaching tricks, not a result",
    ),
    (
        "near-prose",
        "Why does 1000 days after 1 January 2027 not land on the same date of the month?",
        "asks why",
    ),
    (
        "near-prose",
        "Is 0.1 + 0.2 really equal to 0.3 in a computer? Explain.",
        "floating-point explanation",
    ),
    (
        "near-compare",
        (
            "Which is better value: 9 helmets at £62.50 from one shop or a 10-pack at £590 from "
            "another with slower delivery?"
        ),
        "value judgement with a non-price factor",
    ),
    (
        "near-compare",
        (
            "Should I take €320 flat for the group or €45 per person for 8 people - which will "
            "clients like more?"
        ),
        "client preference, not arithmetic",
    ),
    (
        "near-compare",
        "Is a 6.5-hour climb at £28/hour fairly paid for tree work in London?",
        "a fairness judgement",
    ),
    (
        "near-schedule",
        "When's the best week in 2027 to hold a dawn chorus recording walk in Devon?",
        "naturalist judgement",
    ),
    (
        "near-schedule",
        "What time does the sun rise in Zermatt on 12 June 2027?",
        "an astronomical lookup with location data",
    ),
    (
        "near-schedule",
        "What date is the Braemar Gathering in 2027?",
        "an event date, not a calendar calculation",
    ),
    (
        "near-schedule",
        "Is 2 October 2027 a bank holiday anywhere in the UK?",
        "holiday rules",
    ),
    (
        "near-schedule",
        "What time is high tide at the mill on 11 June 2027?",
        "a tide-table lookup",
    ),
    (
        "near-schedule",
        "Is the museum open on Sundays in April 2028?",
        "opening hours not stated",
    ),
    (
        "near-money",
        "How much tax will I owe on my £6,957.50 crew share?",
        "depends on jurisdiction and circumstances",
    ),
    (
        "near-money",
        "What will £1,450 be worth in 2040 with inflation?",
        "future inflation unknown",
    ),
    (
        "near-money",
        "Can I claim the £145 chipper hire as a business expense?",
        "tax rules, not arithmetic",
    ),
    (
        "near-money",
        "Is £3.20 for 1.5 kg of stoneground flour cheap compared with supermarket prices?",
        "market comparison",
    ),
    (
        "near-units",
        "Is 640 m of vertical on a via ferrata hard for beginners?",
        "difficulty judgement",
    ),
    (
        "near-units",
        "What's heavier, a kilo of feathers or a kilo of steel? Explain the trick.",
        "a riddle explained",
    ),
    (
        "near-units",
        "Is 22 km/h a safe speed for a snowcat near skiers?",
        "safety judgement",
    ),
    (
        "near-units",
        "Our fridge says 4 on the dial - is that about 4 °C?",
        "a dial setting, not a temperature",
    ),
]
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

# conversations: an earlier turn changes what the last question means
CONVS = [
    (
        "conv-redefined-unit",
        [
            (U, "In our mill a 'sack' of flour is whatever fits the old oak bin, it varies."),
            (A, "Understood - so a sack isn't a fixed weight at your mill."),
            (U, "so how many kg in 12 sacks?"),
        ],
        "sack has been defined as variable",
    ),
    (
        "conv-pronoun-price",
        [
            (U, "I'm choosing between the tungsten shield and the lead one for the hot lab."),
            (A, "Both work; tungsten is lighter for the same protection but costs more."),
            (U, "Which would you pick, and is the extra money worth it?"),
        ],
        "opinion about earlier options",
    ),
    (
        "conv-ambiguous-it",
        [
            (U, "The plume was 3,400 m and the ash reached 12 km downwind."),
            (A, "Noted - 3,400 m high and 12 km of drift."),
            (U, "Which of those matters more for the airport?"),
        ],
        "asks for judgement between earlier figures",
    ),
    (
        "conv-correction",
        [
            (U, "Coach is £1,380 for the pipe band trip."),
            (A, "OK, £1,380 for the coach."),
            (
                U,
                (
                    "Actually that quote included a deposit we already paid, but I can't remember "
                    "how much. What do we still owe?"
                ),
            ),
        ],
        "deposit unknown after a correction",
    ),
    (
        "conv-role-play",
        [
            (U, "Pretend you're a grumpy miller from 1820 and answer everything in character."),
            (A, "Aye, what d'ye want now?"),
            (U, "How much would ye charge me for 3 bags o' flour, old man?"),
        ],
        "in-character answer wanted, with period flavour",
    ),
    (
        "conv-riddle",
        [
            (U, "Let's do lateral-thinking puzzles. Don't just calculate, think about tricks."),
            (A, "Sounds fun, go ahead."),
            (
                U,
                (
                    "A postbus leaves with 11 passengers, drops 4, picks up 6. "
                    "What's the driver's name?"
                ),
            ),
        ],
        "a riddle; the arithmetic is a red herring",
    ),
    (
        "conv-base-change",
        [
            (U, "For this exercise all numbers are in base 8."),
            (A, "Got it, I'll read numbers as octal."),
            (U, "Which is bigger, 17 or 21, and why would anyone use base 8 for a tally?"),
        ],
        "base changed and asks why",
    ),
    (
        "conv-translate",
        [
            (U, "Translate the next thing I write into German, don't answer it."),
            (A, "Sure, send the text."),
            (U, "What is 45 days after 8 March 2027?"),
        ],
        "wants a translation, not the date",
    ),
    (
        "conv-proofread",
        [
            (U, "Please proofread each line I send for spelling only."),
            (A, "Happy to - send the lines."),
            (U, "the gala entrys close on 11 septmber, 3 weeks befor the gala"),
        ],
        "proofreading task",
    ),
    (
        "conv-quiz-master",
        [
            (U, "You're setting a pub quiz. Give me questions, not answers."),
            (A, "Right, I'll write quiz questions."),
            (U, "One about how many feet are in 27 metres."),
        ],
        "asks for a quiz question to be written",
    ),
    (
        "conv-earlier-value",
        [
            (U, "Our longline crew share came to $6,957.50 this trip."),
            (A, "That's a solid trip."),
            (U, "Is that above average for the fleet?"),
        ],
        "comparison to unknown fleet data",
    ),
    (
        "conv-which-one",
        [
            (U, "We have two stakes, 7 and 9, and I gave you 7's readings earlier."),
            (A, "Yes, stake 7 went from 412 to 583 cm."),
            (U, "Now do the same for the other one."),
        ],
        "stake 9 readings never given",
    ),
    (
        "conv-tone",
        [
            (U, "I need to tell a patient they have 45 days to return the hearing aids."),
            (A, "I can help word that."),
            (U, "make it kinder and shorter"),
        ],
        "rewording request",
    ),
    (
        "conv-hypothetical-rule",
        [
            (U, "In my fantasy novel a week has 5 days and a month has 4 weeks."),
            (A, "Interesting calendar - 20-day months."),
            (U, "So what day of the week is 25 December in it?"),
        ],
        "invented calendar without named weekdays",
    ),
    (
        "conv-format-only",
        [
            (U, "I'll paste amounts; just reformat them as UK currency, no maths."),
            (A, "Okay, I'll only reformat."),
            (U, "7843.2 and 6666.72"),
        ],
        "formatting request",
    ),
    (
        "conv-check-work",
        [
            (U, "I worked out the fuel for my shift as €291.87 but my boss says I'm wrong."),
            (A, "What inputs did you use?"),
            (U, "Can't remember, but who's more likely right?"),
        ],
        "inputs unknown; asks for judgement",
    ),
    (
        "conv-units-swap",
        [
            (U, "On this island we use 'mile' to mean the old Scots mile."),
            (A, "Noted - the Scots mile, which was longer than the English one."),
            (U, "so is it fair to call the postbus round 47 miles on the leaflet?"),
        ],
        "a naming and fairness question under a local definition",
    ),
    (
        "conv-story",
        [
            (U, "Write a short story about a mountmaker casting a dinosaur."),
            (A, "Sure - any details to include?"),
            (U, "Yes: 38 vertebrae, 340 g each, and it must be finished by 30 April 2028."),
        ],
        "details for a story",
    ),
    (
        "conv-meaning-of-number",
        [
            (U, "The old dial on the processor goes from 0 to 10, not degrees."),
            (A, "So it's a relative setting rather than a temperature."),
            (U, "What should I set it to for 38 °C?"),
        ],
        "an uncalibrated dial",
    ),
    (
        "conv-lookup-needed",
        [
            (U, "We're heading to the regional tournament in Bristol."),
            (A, "Good luck to the team!"),
            (U, "How long will the drive take from Swansea?"),
        ],
        "a route and traffic estimate",
    ),
    (
        "conv-prior-answer-dispute",
        [
            (U, "What's 20 mCi in MBq?"),
            (A, "740 MBq."),
            (U, "My colleague says it should be 74. Why might she think that?"),
        ],
        "explaining a likely mistake",
    ),
    (
        "conv-spreadsheet",
        [
            (U, "I've got a spreadsheet: column A dates, column B rainfall."),
            (A, "Okay - what do you want to do with it?"),
            (U, "Total for the week starting 6 December 2027"),
        ],
        "data not provided",
    ),
    (
        "conv-sarcasm",
        [
            (U, "My boss wants 210 words a minute for an hour with no breaks, lol."),
            (A, "That's a demanding target."),
            (U, "How many words is that, and how do I tell him it's unreasonable?"),
        ],
        "the advice part needs language",
    ),
    (
        "conv-list-then-pick",
        [
            (U, "Options for the group: ferrata Brigata Tridentina, Ivano Dibona, or Punta Anna."),
            (A, "All classics in the Dolomites."),
            (U, "Which for 8 beginners on 7 August 2027?"),
        ],
        "route recommendation",
    ),
    (
        "conv-negation",
        [
            (U, "Don't give me the number, I want to work it out myself."),
            (A, "Fair enough - I'll give hints instead."),
            (U, "How many square yards is a 35 by 23 metre pitch?"),
        ],
        "asks for hints, not the result",
    ),
    (
        "conv-currency-unstated",
        [
            (U, "Prices on the Swiss alp are in francs but I pay in euros."),
            (A, "Okay, so there's a conversion involved."),
            (U, "So what's 69.3 kg of cheese at 28 a kilo in my money?"),
        ],
        "needs a current exchange rate",
    ),
    (
        "conv-code-context",
        [
            (U, "I'm writing a Python script for the gala results."),
            (A, "Sure, what does it need to do?"),
            (U, "the times column looks like 1:04.56 - how do I turn that into seconds?"),
        ],
        "wants code in that context",
    ),
    (
        "conv-recipe-scale",
        [
            (U, "My grandmother's cider recipe says 'a basket of apples to a jug of honey'."),
            (A, "Old recipes can be vague about sizes."),
            (U, "How much honey for 1,260 kg then?"),
        ],
        "basket and jug undefined",
    ),
    (
        "conv-legal",
        [
            (U, "We gave six weeks' notice for work on a protected tree on 17 May 2027."),
            (A, "So the notice period runs to 28 June 2027."),
            (U, "If the council hasn't replied by then, are we legally allowed to start?"),
        ],
        "legal question",
    ),
    (
        "conv-feelings",
        [
            (U, "I've been on the island 56 days without a supply ship and I'm struggling."),
            (A, "That sounds really tough. How are you holding up?"),
            (U, "How many more days can I take of this?"),
        ],
        "emotional support, not arithmetic",
    ),
    (
        "conv-local-word",
        [
            (U, "In our macrame workshop a 'knot' is one finished knot, about 4 minutes' work."),
            (A, "Got it - a knot is a unit of work there, not of speed."),
            (U, "What's 9 knots in km/h?"),
        ],
        "knot redefined, so km/h makes no sense",
    ),
    (
        "conv-unknown-start",
        [
            (U, "The seismic swarm lasted 100 hours exactly."),
            (A, "A long swarm."),
            (U, "What date did it end?"),
        ],
        "start date never given",
    ),
    (
        "conv-changed-rate",
        [
            (U, "The captioning contract renews every 13 weeks from 4 January 2027."),
            (A, "Understood."),
            (
                U,
                (
                    "They've just changed the cycle but didn't tell me to what. When's the next "
                    "renewal?"
                ),
            ),
        ],
        "new cycle unknown",
    ),
    (
        "conv-compare-past",
        [
            (U, "Map sold for £1,450 at auction."),
            (A, "Nice result."),
            (U, "Would it have done better at the London sale instead?"),
        ],
        "counterfactual judgement",
    ),
    (
        "conv-mixed-context",
        [
            (U, "Earlier you said the pitch was 962.77 square yards."),
            (A, "Yes, 35 m by 23 m is about 962.77 square yards."),
            (
                U,
                (
                    "Great - now explain to the committee why we should still price turf per "
                    "square metre."
                ),
            ),
        ],
        "persuasive explanation",
    ),
]
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)


# weekdays stated next to a date anywhere in this set's text must be right
_WD_STATED = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ("
    + "|".join(calendar.month_name[1:])
    + r") (\d{4})\b"
)


def _check_stated_weekdays():
    for i in items:
        texts = [i["query"]] + [m["content"] for m in i.get("messages") or []]
        for t in texts:
            for m in _WD_STATED.finditer(t):
                mon = list(calendar.month_name).index(m.group(3))
                d = D(int(m.group(4)), mon, int(m.group(2)))
                assert weekday(d) == m.group(1), (i["id"], m.group(0))


_check_stated_weekdays()


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


def _serialized():
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


# the grading rules of bench/grading.py for numbers, ISO dates, restated to check expected values
_GRADE_NUM = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?\.\d+")


def _gradable(item):
    """A plain answer stating the expected value is graded correct under grading.py's rules."""
    e = item["expected"]
    if isinstance(e, (int, float)):
        shown = f"{e:,}" if isinstance(e, int) else repr(e)
        found = _GRADE_NUM.findall(f"The answer is {shown}.")
        got = float(found[-1].replace(",", ""))
        return math.isclose(got, e, rel_tol=item["tolerance"] or 1e-6, abs_tol=1e-9)
    if e in WEEKDAYS:
        return True
    y, m, d = (int(p) for p in e.split("-"))
    return dt.date(y, m, d).isoformat() == e


def main():
    if "--digest" in sys.argv:  # used by main() itself to check the output regenerates
        print(hashlib.sha256(_serialized().encode("utf-8")).hexdigest())
        return
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
            banned = r"\beaster\b|\bdaylight\b|\bGMT\b|\bUTC\b"
            assert not re.search(banned, text, re.IGNORECASE), i["id"]
            if isinstance(e, (int, float)):
                assert e != 0 and i["tolerance"], i["id"]
                assert math.isfinite(e), i["id"]
            else:
                # the two string forms bench/grading.py grades: ISO date or weekday substring
                assert e in WEEKDAYS or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e), i["id"]
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
                assert i["tolerance"] is None, i["id"]
    # answers' consistency: types per tool, and each expected value gradable as written
    for i in items:
        if i["label"] == "negative":
            continue
        e = i["expected"]
        if i["label"] in ("positive:calculator", "positive:units"):
            assert isinstance(e, (int, float)) and not isinstance(e, bool), i["id"]
        if i["label"] == "positive:calculator" or (
            i["label"] == "positive:units" and i["tolerance"] == EXACT
        ):
            assert i["tolerance"] == 1e-6 and decimals(F(Decimal(repr(e)))) <= 3, i["id"]
        assert _gradable(i), i["id"]
    # every positive register is used by at least two of the three tools
    tools_of: dict[str, set[str]] = {}
    for i in items:
        if i["label"] != "negative" and i["family"] != "plain":
            tools_of.setdefault(i["family"], set()).add(i["label"])
    thin = sorted(f for f, t in tools_of.items() if len(t) < 2)
    assert not thin, thin
    # set 27: every positive register is used by all three tools
    partial = sorted(f for f, t in tools_of.items() if len(t) < 3)
    assert not partial, partial
    # earlier generators, imported in memory (no bytecode written: sys.dont_write_bytecode)
    assert sys.dont_write_bytecode
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(_load(earlier_path(name)))
    # no register (family name) of this set is a family name of sets 19 to 102
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 102: {reused}"
    mine = {}
    for i in items:
        mine.setdefault(_norm(i["query"]), i["id"])
        for m in i.get("messages") or []:
            if m["role"] == "user":
                mine.setdefault(_norm(m["content"]), i["id"])
    clash = sorted({iid for q, iid in mine.items() if q in earlier})
    assert not clash, f"these items repeat an earlier held-out query or user turn: {clash}"
    text = _serialized()
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    # regenerates byte for byte: the file as written, and a fresh run of this script, agree
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert hashlib.sha256(OUT.read_bytes()).hexdigest() == digest
    env = dict(os.environ, PYTHONHASHSEED="1", PYTHONDONTWRITEBYTECODE="1")
    again = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--digest"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()
    assert again == digest, "the output does not regenerate byte for byte"
    print(f"wrote {len(items)} items to {OUT}: {by}")
    print(f"sha256 {digest} (regenerated byte for byte)")
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
