"""Generate heldout-2027-04-24.jsonl: a hundred-and-forty-second held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_142.py   (from this directory; writes the JSONL next
to this file and runs every check below)

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per tool,
the rest spread over 25 new registers, each used by all three tools) and 200 negatives (100
ordinary, 65 "near-" negatives that look like tool questions, 35 conversations in which an earlier
turn changes what the last question means).

Provenance
----------
Read: bench/grading.py; earlier_registers.txt (searched by script for my family names, not
printed beyond its first lines); and of the copied generator only the permitted ranges 28-282,
520-580, 766-850, 1128-1135 and 1856-2079, each with sed -n (some also piped through cat -n to
find the joins). The previous set's docstring and query sections were never viewed.
Wrote: four new query sections (calculator, units, datetime, negatives) in scratch files, spliced
in by one Python script replacing lines 1136-1855, 851-1127, 580-765 and 283-519 (bottom first,
asserting only that the neighbouring header lines were where expected); then this docstring over
lines 1-27. Added small helpers (elapsed, local_in and working_day_end with zoneinfo for clock
changes; NMI, TIB) and a set-wide scan for units with several readings and month/year spans.
Checked: the generator's own checks (counts, plain counts, 25 registers, weekdays stated, tool
spread, duplicates against sets 1-141, registers against sets 19-141, regeneration digest);
three family names that clashed with earlier_registers.txt were renamed before the first run;
about thirty queries that repeated earlier held-out text, one psi value that failed the
two-decimal check and one negative that tripped the month/year scan were rewritten; ruff check
and ruff format with the project config; lines kept to 99 columns.
Slips: after formatting I printed a few lines of my own new content by their new line numbers
(to shorten over-long strings); no earlier query text was printed. Nothing else beyond the rules.
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
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True  # importing the earlier generators must leave no __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2027-04-24.jsonl"
PREFIX = "ho142-"
# earlier generators: sets 1-141 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 142))
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
    "make_heldout_103.py",
    "make_heldout_104.py",
    "make_heldout_105.py",
    "make_heldout_106.py",
    "make_heldout_107.py",
    "make_heldout_108.py",
    "make_heldout_109.py",
    "make_heldout_110.py",
    "make_heldout_111.py",
    "make_heldout_112.py",
    "make_heldout_113.py",
    "make_heldout_114.py",
    "make_heldout_115.py",
    "make_heldout_116.py",
    "make_heldout_117.py",
    "make_heldout_118.py",
    "make_heldout_119.py",
    "make_heldout_120.py",
    "make_heldout_121.py",
    "make_heldout_122.py",
    "make_heldout_123.py",
    "make_heldout_124.py",
    "make_heldout_125.py",
    "make_heldout_126.py",
    "make_heldout_127.py",
    "make_heldout_128.py",
    "make_heldout_129.py",
    "make_heldout_130.py",
    "make_heldout_131.py",
    "make_heldout_132.py",
    "make_heldout_133.py",
    "make_heldout_134.py",
    "make_heldout_135.py",
    "make_heldout_136.py",
    "make_heldout_137.py",
    "make_heldout_138.py",
    "make_heldout_139.py",
    "make_heldout_140.py",
    "make_heldout_141.py",
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

# plain one-line questions
calc(P, "What is 18% of 4,365?", pct(18) * 4365)
calc(P, "347 × 28 = ?", 347 * 28)
calc(P, "Divide 7,452 by 36.", F(7452, 36))
calc(P, "whats 12.5 squared", dec("12.5") ** 2)
calc(P, "Compute (845 − 217) ÷ 4.", F(845 - 217, 4))
calc(P, "three eighths of 1,736 — what is it?", F(3, 8) * 1736)
calc(P, "9.6 times 7.25", dec("9.6") * dec("7.25"))
calc(P, "What's the square root of 9,409?", 97 if 97 * 97 == 9409 else 0)
calc(P, "Add 1,284.75, 396.40 and 2,019.85.", dec("1284.75") + dec("396.40") + dec("2019.85"))
calc(P, "What is 2 to the power 13?", 2**13)
calc(P, "Take 17.5 percent off 64,000.", 64000 * (1 - pct("17.5")))
calc(P, "4836 divided by 0.12", 4836 / dec("0.12"))
calc(P, "What is 15 percent more than 2,260?", 2260 * (1 + pct(15)))
calc(P, "Multiply 0.375 by 2,048.", dec("0.375") * 2048)

# registers: two calculator items each for the first six
calc(
    "bell_foundry_tuning_shop",
    "We're casting a tenor bell from 612 kg of bronze, 78% copper and the rest tin. "
    "How many kilograms of tin go into it?",
    612 * (1 - pct(78)),
)
calc(
    "bell_foundry_tuning_shop",
    "bronze ingot is £9.40 a kilo plus one flat £85 delivery charge. whats the bill for 740 kg",
    740 * dec("9.40") + 85,
)
calc(
    "oyster_farm_lease_holder",
    "Sold 3,600 oysters to the restaurant at 85p each, less a 12% wholesale discount. "
    "What's the invoice total in pounds?",
    3600 * dec("0.85") * (1 - pct(12)),
)
calc(
    "oyster_farm_lease_holder",
    "The foreshore lease covers 6.4 hectares at £1,275 per hectare per annum. "
    "Work out the annual rent.",
    dec("6.4") * 1275,
)
calc(
    "stained_glass_restorer_bench",
    "Lead came is £4.35 a metre and the chancel window needs 28 metres of it. "
    "With VAT at 20% on top, what do I pay?",
    28 * dec("4.35") * (1 + pct(20)),
)
calc(
    "stained_glass_restorer_bench",
    "The new panel is 46 cm by 72 cm and the antique glass is priced at £0.065 per square "
    "centimetre. How much will the glass cost?",
    46 * 72 * dec("0.065"),
)
calc(
    "narrowboat_holiday_hire_office",
    "A week's hire is £1,480 with a 10% early-booking discount on the hire only, "
    "plus a £150 fuel deposit. What's the total to pay?",
    1480 * (1 - pct(10)) + 150,
)
calc(
    "narrowboat_holiday_hire_office",
    "If each lock takes 12.5 minutes, how many hours does a flight of twenty-one locks take?",
    21 * dec("12.5") / 60,
)
calc(
    "hospice_volunteer_rota_lead",
    "Fourteen volunteers each give 3.5 hours a week for 52 weeks. "
    "How many volunteer hours is that in total?",
    14 * dec("3.5") * 52,
)
calc(
    "hospice_volunteer_rota_lead",
    "Mileage is reimbursed at 45p per mile and Jan's claim is for 312 miles. "
    "How much do we pay her, in pounds?",
    312 * dec("0.45"),
)
calc(
    "rally_car_co_driver_notes",
    "Stage 4 is 18.24 km and we averaged 96 km/h on it. How many minutes did the stage take?",
    dec("18.24") / 96 * 60,
)
calc(
    "rally_car_co_driver_notes",
    "Tyres are £212 each, we need a dozen and the club discount is 7.5%. Total cost?",
    12 * 212 * (1 - pct("7.5")),
)

# registers: one calculator item each
calc(
    "taxidermy_studio_ledger",
    "A fox mount is £385 and a pheasant £140. The order is two foxes and five pheasants "
    "and we take a 30% deposit. How much is the deposit?",
    (2 * 385 + 5 * 140) * pct(30),
)
calc(
    "seed_library_coordinator",
    "We packed 2,750 seeds into envelopes of 25 each, and 18 envelopes got spoiled in the damp. "
    "How many good envelopes are left?",
    F(2750, 25) - 18,
)
calc(
    "harp_string_maker",
    "A full set is 47 gut strings at an average of £6.80 each, plus £24 postage. "
    "What does the set cost?",
    47 * dec("6.80") + 24,
)
calc(
    "ice_rink_zamboni_driver",
    "each resurface uses 340 litres of water and I do 9 resurfaces a day. "
    "how many litres over a 6 day week",
    340 * 9 * 6,
)
calc(
    "mushroom_forager_club",
    "Nine of us found 4.23 kg of chanterelles and split them evenly. How many grams each?",
    dec("4.23") * 1000 / 9,
)
calc(
    "parish_bell_tower_captain",
    "At 2.1 seconds per change, how many minutes does a peal of 5,040 changes take?",
    5040 * dec("2.1") / 60,
)
calc(
    "dry_stone_waller_crew",
    "We charge £68 per metre of wall. The job is 43.5 metres and the farmer gets 5% off "
    "for paying cash. What's the price?",
    dec("43.5") * 68 * (1 - pct(5)),
)
calc(
    "wedding_cake_sugar_artist",
    "Three tiers serving 24, 48 and 80 guests, priced at £4.75 a portion — total for the cake?",
    (24 + 48 + 80) * dec("4.75"),
)
calc(
    "tide_gauge_technician",
    "High water read 5.82 m on the staff, low water 0.47 m. What was the tidal range in metres?",
    dec("5.82") - dec("0.47"),
)
calc(
    "falconry_centre_keeper",
    "Each hawk gets 65 g of quail a day. Seven hawks for 30 days: how many kilograms of quail?",
    F(65 * 7 * 30, 1000),
)
calc(
    "typewriter_platen_workshop",
    "Recovering a platen costs £38 a machine plus £2.60 return postage each. "
    "Seventeen machines in this batch — what's the total?",
    17 * (38 + dec("2.60")),
)
calc(
    "community_radio_scheduler",
    "The show slot is 55 minutes with four ad breaks of 2 min 15 s each. "
    "How many minutes of actual programme is left?",
    55 - 4 * F(9, 4),
)
calc(
    "lacrosse_club_kit_manager",
    "We need 20 sticks at $89.90 each and sales tax is 8%. What's the total in dollars?",
    20 * dec("89.90") * (1 + pct(8)),
)
calc(
    "greenhouse_orchid_grower",
    "The feed is 1.25 ml per litre of water and my tank holds 36 litres. How many ml of feed?",
    dec("1.25") * 36,
)
calc(
    "sheepdog_trials_entries_clerk",
    "Entries were 64 open dogs at £18 and 12 novice dogs at £11. What did we take in entry fees?",
    64 * 18 + 12 * 11,
)
calc(
    "bookbinding_apprentice",
    "A signature is 16 pages; the book block is 384 pages. How many signatures do I sew?",
    F(384, 16),
)
calc(
    "fossil_dig_volunteer",
    "We sieved 60 buckets of spoil and 15% held bone fragments. How many buckets was that?",
    60 * pct(15),
)
calc(
    "ferry_purser_office",
    "Foot passengers pay £7.80 and cars £46.50. The 14:10 sailing carried 212 foot passengers "
    "and 58 cars — what was the fare revenue?",
    212 * dec("7.80") + 58 * dec("46.50"),
)
calc(
    "archery_range_officer",
    "my six arrows scored 10, 9, 9, 8, 7 and 5. whats the average per arrow",
    F(10 + 9 + 9 + 8 + 7 + 5, 6),
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


NMI = 1852  # m, the international nautical mile
TIB = 1024 * GIB

# plain one-line questions
unit_r(P, "How many km are 31.5 miles?", dec("31.5") * MI / 1000)
unit(P, "Convert 98.6 °F to Celsius.", f_to_c(dec("98.6")), EXACT)
unit_r(P, "how many pounds is 85 kg", 85 / LB)
unit_r(P, "13 stone 9 lb in kilograms?", (13 * 14 + 9) * LB)
unit_r(P, "Convert 35 acres to hectares.", 35 * ACRE / 10000)
unit_r(P, "How many feet is 2,500 metres?", 2500 / FT)
unit_r(P, "what is 38 psi expressed in bar", 38 * PSI / BAR)
unit_r(P, "Convert 110 km/h to mph.", 110 * KMH / MPH)
unit(P, "How many mebibytes are in 3.5 GiB?", dec("3.5") * GIB / MIB, EXACT)
unit(P, "How many centimetres is 6 ft 3½ in?", dec("75.5") * IN * 100, EXACT)
unit_r(P, "Convert 450 grams to ounces.", F(450, 1000) / OZ)
unit_r(P, "How many square feet are in 65.5 square metres?", dec("65.5") / SQFT)
unit(P, "Convert 180 °C to Fahrenheit.", c_to_f(180), EXACT)
unit_r(P, "How many litres are in 2 cubic feet?", 2 * CUFT * 1000)

# registers: two units items each for the first six
unit_r(
    "bell_foundry_tuning_shop",
    "An old ledger gives the tenor bell's weight as 1,340 lb. What is that in kilograms?",
    1340 * LB,
)
unit(
    "bell_foundry_tuning_shop",
    "The clapper swing measured 14 inches. How many millimetres is that?",
    14 * IN * 1000,
    EXACT,
)
unit(
    "oyster_farm_lease_holder",
    "The trestles stand 3 feet 6 inches off the mud; give that in centimetres.",
    42 * IN * 100,
    EXACT,
)
unit_r(
    "oyster_farm_lease_holder",
    "Water temp on the probe this morning was 54 °F — what's that in Celsius?",
    f_to_c(54),
)
unit(
    "stained_glass_restorer_bench",
    "The lancet opening is 19 inches wide. Convert to centimetres please.",
    19 * IN * 100,
    EXACT,
)
unit_r(
    "stained_glass_restorer_bench",
    "My kiln schedule says tack fuse at 1,250 °F. What temperature is that in °C?",
    f_to_c(1250),
)
unit_r(
    "narrowboat_holiday_hire_office",
    "The boat is 57 feet long. What's that in metres?",
    57 * FT,
)
unit_r(
    "narrowboat_holiday_hire_office",
    "The speed limit on the cut is 4 mph. Convert that to km/h for our European customers.",
    4 * MPH / KMH,
)
unit_r(
    "hospice_volunteer_rota_lead",
    "The drive out to the patient's house is 18.5 miles. How many kilometres is that?",
    dec("18.5") * MI / 1000,
)
unit(
    "hospice_volunteer_rota_lead",
    "The kitchen fridge log reads 41 °F; what is that in degrees Celsius?",
    f_to_c(41),
    EXACT,
)
unit(
    "rally_car_co_driver_notes",
    "Pace note says 350 yards to the hairpin. How many metres?",
    350 * YD,
    EXACT,
)
unit_r(
    "rally_car_co_driver_notes",
    "Turbo boost is set to 1.6 bar. What is that in psi?",
    dec("1.6") * BAR / PSI,
)

# registers: one units item each
unit_r(
    "taxidermy_studio_ledger",
    "The red deer head weighs 18 lb 6 oz. Give it in kilograms.",
    (18 * 16 + 6) * OZ,
)
unit_r(
    "seed_library_coordinator",
    "A packet of runner bean seed weighs 3.5 ounces. How many grams is that?",
    dec("3.5") * OZ * 1000,
)
unit_r(
    "harp_string_maker",
    "The C string is tensioned to 28 pounds-force. What is that in newtons?",
    28 * LB * G0,
)
unit(
    "ice_rink_zamboni_driver",
    "Ice should be kept at 1.25 inches thick; how many mm is that",
    dec("1.25") * IN * 1000,
    EXACT,
)
unit_r(
    "mushroom_forager_club",
    "The biggest cep of the season was 1 lb 9 oz. How many grams?",
    25 * OZ * 1000,
)
unit_r(
    "parish_bell_tower_captain",
    "Our tower is 112 ft to the top of the parapet. Convert that to metres.",
    112 * FT,
)
unit(
    "dry_stone_waller_crew",
    "The wall is to be 4 ft 6 in high. What is that in centimetres?",
    54 * IN * 100,
    EXACT,
)
unit(
    "wedding_cake_sugar_artist",
    "The bottom tier is a 12-inch round. What's its diameter in cm?",
    12 * IN * 100,
    EXACT,
)
unit(
    "tide_gauge_technician",
    "The datum plate sits 17.5 ft below the benchmark. Express that in metres.",
    dec("17.5") * FT,
    EXACT,
)
unit_r(
    "falconry_centre_keeper",
    "The Harris hawk's flying weight is 1 lb 7 oz. What's that in grams?",
    23 * OZ * 1000,
)
unit(
    "typewriter_platen_workshop",
    "This Imperial has an 11 inch carriage. How wide is that in millimetres?",
    11 * IN * 1000,
    EXACT,
)
unit(
    "community_radio_scheduler",
    "The archive drive holds 2 TiB. How many GiB is that?",
    2 * TIB / GIB,
    EXACT,
)
unit(
    "lacrosse_club_kit_manager",
    "The field is 110 yards long. How many metres is that?",
    110 * YD,
    EXACT,
)
unit_r(
    "greenhouse_orchid_grower",
    "The Phalaenopsis need nights above 60 °F. What's that in Celsius?",
    f_to_c(60),
)
unit(
    "sheepdog_trials_entries_clerk",
    "The outrun on the top field is 450 yards. Convert it to metres.",
    450 * YD,
    EXACT,
)
unit_r(
    "bookbinding_apprentice",
    "the cover board is 9.5 by 6.25 inches. what is its area in square centimetres",
    dec("9.5") * dec("6.25") * (IN * 100) ** 2,
)
unit(
    "fossil_dig_volunteer",
    "The ammonite is 7.5 inches across. How many cm is that?",
    dec("7.5") * IN * 100,
    EXACT,
)
unit(
    "ferry_purser_office",
    "The crossing is 22 nautical miles (1,852 m each). How many kilometres?",
    22 * F(NMI, 1000),
    EXACT,
)
unit_r(
    "archery_range_officer",
    "The longest target is set at 70 metres. How many yards is that?",
    70 / YD,
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

UTC_Z = ZoneInfo("UTC")
LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")
NEW_YORK = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
AUCKLAND = ZoneInfo("Pacific/Auckland")


def elapsed(a, za, b, zb, unit_s):
    """Real time between two local clock readings, in units of unit_s seconds."""
    ua = a.replace(tzinfo=za).astimezone(UTC_Z)
    ub = b.replace(tzinfo=zb).astimezone(UTC_Z)
    return F(int((ub - ua).total_seconds()), unit_s)


def local_in(a, za, zb):
    """The local datetime in zone zb at the moment clocks in za read a."""
    return a.replace(tzinfo=za).astimezone(zb)


def working_day_end(start, n):
    """The nth working day (Monday to Friday) counting start as the first."""
    d, k = start, 0
    while True:
        if d.weekday() < SAT:
            k += 1
            if k == n:
                return d
        d += TD(days=1)


# plain one-line questions
date_item(P, "Which day of the week does 17 September 2027 fall on?", weekday(D(2027, 9, 17)))
date_item(
    P,
    "How many days are there between 14 February 2027 and 1 June 2027?",
    days(D(2027, 2, 14), D(2027, 6, 1)),
)
date_item(P, "What date is 90 days after 5 March 2027?", D(2027, 3, 5) + TD(days=90))
date_item(P, "what's the date 6 weeks before 20 December 2027", D(2027, 12, 20) - TD(weeks=6))
date_item(P, "What weekday was 19 August 1953?", weekday(D(1953, 8, 19)))
date_item(
    P,
    "How many weeks are there from 4 January 2027 to 29 March 2027?",
    weeks(D(2027, 1, 4), D(2027, 3, 29)),
)
date_item(P, "What date is 1,000 days after 13 March 2027?", D(2027, 3, 13) + TD(days=1000))
date_item(
    P,
    "How old is someone born on 12 October 1990 on 24 April 2027?",
    age(D(1990, 10, 12), D(2027, 4, 24)),
)
date_item(
    P, "Give the date of the third Wednesday in November 2027.", nth_weekday(2027, 11, WED, 3)
)
date_item(
    P, "how many days from 30 nov 2027 to 25 dec 2027", days(D(2027, 11, 30), D(2027, 12, 25))
)
date_item(P, "What date falls 17 days before 2 March 2028?", D(2028, 3, 2) - TD(days=17))
date_item(P, "How many hours are there from 08:45 to 17:15?", clock_span("08:45", "17:15", 3600))
date_item(P, "What weekday will 1 February 2031 fall on?", weekday(D(2031, 2, 1)))
date_item(P, "What is the date of the last Friday of August 2027?", nth_weekday(2027, 8, FRI, -1))

# registers: two datetime items each for the first six
d = D(2027, 5, 11)
date_item(
    "bell_foundry_tuning_shop",
    f"Casting is booked for {sayw(d)} and the mould has to cool for 45 days after that. "
    "On what date can we break it open?",
    d + TD(days=45),
)
date_item(
    "bell_foundry_tuning_shop",
    "The tenor was last recast on 9 November 1908. How many full years old will that casting "
    "be on 9 November 2027?",
    age(D(1908, 11, 9), D(2027, 11, 9)),
)
d = D(2027, 6, 7)
date_item(
    "oyster_farm_lease_holder",
    f"Spat went out on {sayw(d)} and we harvest 40 weeks later. What's the harvest date?",
    d + TD(weeks=40),
)
date_item(
    "oyster_farm_lease_holder",
    "The closed season runs from 1 May 2027 to 31 August 2027, both days included. "
    "How many days is that?",
    days(D(2027, 5, 1), D(2027, 8, 31)) + 1,
)
d = D(2027, 3, 4)
date_item(
    "stained_glass_restorer_bench",
    f"We took the east window out on {sayw(d)} and the contract gives us 150 days to "
    "reinstall it. By what date must it be back in?",
    d + TD(days=150),
)
date_item(
    "stained_glass_restorer_bench",
    "The rededication service is on 29 October 2027. What day of the week is that?",
    weekday(D(2027, 10, 29)),
)
d = D(2027, 7, 16)
date_item(
    "narrowboat_holiday_hire_office",
    f"Customer picks the boat up on {sayus(d)}, for eleven nights. "
    "What date do they bring it back?",
    d + TD(days=11),
)
date_item(
    "narrowboat_holiday_hire_office",
    "Our season opens 27 March 2027 and closes 30 October 2027. How many days apart are they?",
    days(D(2027, 3, 27), D(2027, 10, 30)),
)
d = D(2027, 5, 3)
date_item(
    "hospice_volunteer_rota_lead",
    f"The rota runs in three-week cycles, the first starting {sayw(d)}. "
    "On what date does the sixth cycle start?",
    d + TD(weeks=3 * 5),
)
date_item(
    "hospice_volunteer_rota_lead",
    "Maureen, our longest-serving volunteer, was born on 2 February 1951. "
    "How old is she on 24 April 2027?",
    age(D(1951, 2, 2), D(2027, 4, 24)),
)
d = D(2027, 9, 8)
date_item(
    "rally_car_co_driver_notes",
    f"Recce is on {sayw(d)} and the rally starts 9 days after the recce. "
    "What day of the week does the rally start?",
    weekday(d + TD(days=9)),
)
date_item(
    "rally_car_co_driver_notes",
    "Service crew in Wales worked from 22:00 on Saturday 27 March 2027 to 07:00 on Sunday "
    "28 March 2027, local time, and the clocks went forward that night. "
    "How many hours did they actually work?",
    elapsed(DT(2027, 3, 27, 22), LONDON, DT(2027, 3, 28, 7), LONDON, 3600),
)

# registers: one datetime item each
date_item(
    "taxidermy_studio_ledger",
    "The client dropped the specimen off on 22 March 2027 and we quote 16 weeks. "
    "What date will it be ready?",
    D(2027, 3, 22) + TD(weeks=16),
)
date_item(
    "seed_library_coordinator",
    "The seed swap is always the second Saturday of March. What date is it in 2028?",
    nth_weekday(2028, 3, SAT, 2),
)
d = D(2027, 6, 1)
date_item(
    "harp_string_maker",
    f"Order placed {sayw(d)}; lead time is 38 days. What date should it be dispatched?",
    d + TD(days=38),
)
date_item(
    "ice_rink_zamboni_driver",
    "I start resurfacing at 21:50 and the late session starts at 00:20. How many minutes is that?",
    clock_span("21:50", "00:20", 60),
)
date_item(
    "mushroom_forager_club",
    "Our forays are on 2 October 2027 and 23 October 2027. How many weeks apart are they?",
    weeks(D(2027, 10, 2), D(2027, 10, 23)),
)
date_item(
    "parish_bell_tower_captain",
    "Practice night is Thursdays. What's the date of the first Thursday in December 2027?",
    nth_weekday(2027, 12, THU, 1),
)
d = D(2027, 4, 12)
date_item(
    "dry_stone_waller_crew",
    f"The job starts {sayw(d)} and takes 19 working days, Monday to Friday, with no holidays "
    "in between. What date is the last working day?",
    working_day_end(d, 19),
)
d = D(2027, 9, 11)
date_item(
    "wedding_cake_sugar_artist",
    f"The wedding is {sayw(d)} and I start baking 10 days before. What date do I start?",
    d - TD(days=10),
)
date_item(
    "tide_gauge_technician",
    "The gauge is calibrated every 180 days and the last calibration was 15 January 2027. "
    "When is the next one due?",
    D(2027, 1, 15) + TD(days=180),
)
date_item(
    "falconry_centre_keeper",
    "Our peregrine hatched on 14 May 2021. How old is she in whole years on 1 May 2027?",
    age(D(2021, 5, 14), D(2027, 5, 1)),
)
date_item(
    "typewriter_platen_workshop",
    "A customer's Olympia came in on 6 January 2027 and went home on 3 March 2027. "
    "How many days was it in the shop?",
    days(D(2027, 1, 6), D(2027, 3, 3)),
)
date_item(
    "community_radio_scheduler",
    "We go live to our partner station in Sydney at 19:00 London time on Friday 26 March 2027. "
    "What day of the week is it in Sydney then?",
    weekday(local_in(DT(2027, 3, 26, 19), LONDON, SYDNEY).date()),
)
d = D(2027, 9, 4)
date_item(
    "lacrosse_club_kit_manager",
    f"The kit order deadline is 45 days before our season opener on {sayus(d)}. "
    "What's the deadline date?",
    d - TD(days=45),
)
date_item(
    "greenhouse_orchid_grower",
    "A flower spike appeared on 9 February 2027 and the first bloom opened 73 days later. "
    "What date did it open?",
    D(2027, 2, 9) + TD(days=73),
)
date_item(
    "sheepdog_trials_entries_clerk",
    "The trial is on the last Saturday of July 2027 and entries close 21 days before it. "
    "What's the closing date for entries?",
    nth_weekday(2027, 7, SAT, -1) - TD(days=21),
)
d = D(2027, 10, 6)
date_item(
    "bookbinding_apprentice",
    f"The binding course meets every week from {sayw(d)} for 10 sessions. "
    "What's the date of the final session?",
    d + TD(weeks=9),
)
date_item(
    "fossil_dig_volunteer",
    "Dig season runs from 14 June 2027 to 9 August 2027. How many weeks is that?",
    weeks(D(2027, 6, 14), D(2027, 8, 9)),
)
date_item(
    "archery_range_officer",
    "Our club championship is the second Sunday of June 2027. What's the date?",
    nth_weekday(2027, 6, SUN, 2),
)
date_item(
    "ferry_purser_office",
    "A passenger connects to a flight leaving London at 11:05 on Saturday 27 March 2027 that "
    "lands in New York at 13:50 local time the same day. How many minutes is the flight?",
    elapsed(DT(2027, 3, 27, 11, 5), LONDON, DT(2027, 3, 27, 13, 50), NEW_YORK, 60),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: explanations, opinions, missing facts, identifiers, code, meanings,
# estimates, advice, notation and history
ORDINARY = {
    "explain-why-of-measures": [
        "Why does compound interest pull ahead of simple interest over long periods?",
        "Explain why the Celsius and Fahrenheit scales meet at minus forty.",
        "Why do leap years skip century years unless they divide by 400?",
        "How does a slide rule actually multiply two numbers?",
        "Why is the nautical mile tied to a minute of latitude?",
        "What makes the metric system easier to teach than imperial units?",
        "Why do some countries write the day before the month in dates?",
        "How did sailors keep track of time at sea before satellite navigation?",
        "Why did the hour end up divided into sixty minutes and not a hundred?",
        "Explain what a time zone offset is, simply enough for a child of ten.",
    ],
    "spending-opinion-asks": [
        "Is it worth paying £40 extra for a kettle that boils 20 seconds faster?",
        "Should I leave a 15% tip on a takeaway order, or is that excessive?",
        "Is a 4.5% fixed mortgage rate a good one to lock in?",
        "Would you rather be paid £30,000 plus a bonus or £33,000 flat?",
        "Is 2,000 steps after dinner enough exercise to make a difference?",
        "Do you think 31 °C is too hot for a garden party?",
        "Is £12 a reasonable price for a paperback novel?",
        "What's a nicer tenth anniversary gift, something tin or something aluminium?",
        "Is it rude to split a restaurant bill evenly when one person only had soup?",
        "Would 25 km be too far for a first charity walk?",
    ],
    "facts-not-given-asks": [
        "How much will my gas and electricity bill come to in the next quarter?",
        "What will the euro to pound exchange rate be in June?",
        "How long will it take me to drive to my sister's house?",
        "What time does the post office on our high street close on Saturdays?",
        "How many people will turn up to the village fete?",
        "What will the weather be like in Lisbon on 14 August 2027?",
        "How much does my neighbour's car weigh?",
        "What did the FTSE 100 close at on the last trading day of 2026?",
        "When's my next dental check-up booked for?",
        "How much does a second-class stamp cost these days?",
    ],
    "codes-and-labels-asks": [
        "My flight is BA 2490 — which terminal does it leave from?",
        "Is the postcode SW1A 2AA a residential street?",
        "What does error code 0x80070005 mean in Windows Update?",
        "Is ISBN 978-0-14-044913-6 a hardback or a paperback?",
        "Which part of the country uses the dialling code 0161?",
        "Python 3.12 or 3.11: which should I install for a new project?",
        "The match finished 3-1 — was that a fair result on the balance of play?",
        "What is a 6205-2RS bearing typically used for?",
        "Is room 4-12 on the fourth floor or the twelfth?",
        "My boarding pass says zone 3 — when do I board?",
    ],
    "code-writing-asks": [
        "Write a Python function that turns a Kelvin reading into Fahrenheit, with type hints.",
        "Write a SQL query that sums invoice totals by calendar month.",
        "How do I format a date as DD/MM/YYYY in JavaScript?",
        "Give me a bash one-liner counting lines in every .tsv file under a folder, recursively.",
        "Write a regex that matches current-style UK car number plates.",
        "In Excel, how do I count the working days between two dates?",
        "Write a Rust function that returns the weekday of a given date.",
        "How do I round a column to two decimal places in pandas?",
        "Write a unit test for a function that adds VAT at 20%.",
        "Show me how to parse 2027-04-24T10:00:00+01:00 in Go.",
    ],
    "what-does-this-number-mean": [
        "What does a blood pressure reading of 135/85 mean?",
        "My credit score is 720 — is that good?",
        "The tyre wall says 205/55 R16 91V. What do those numbers mean?",
        "What do the 10W-40 markings on my motorbike oil mean?",
        "My chainset is 50/34 — is that what people call a compact?",
        "My energy certificate says band C, 72. What does that tell me?",
        "What does a one-in-a-hundred chance of flooding actually mean for my house?",
        "What does a 15 certificate on a film mean for a teenager?",
        "The sheets say 300 thread count — is that good?",
        "What does f/2.8 mean on a camera lens?",
    ],
    "back-of-envelope-asks": [
        "Roughly how many bicycle mechanics work in Amsterdam?",
        "Ballpark, how many grains of rice are in a 1 kg bag?",
        "Estimate how many people are on the London Underground at 8am on a weekday.",
        "Guess how many ping-pong balls it would take to fill our garden shed.",
        "Ballpark: what does a wedding in Yorkshire cost?",
        "Approximately how long would it take to walk around the equator?",
        "Give me a rough guess of how many words are in an average novel.",
        "Roughly how many trees would offset a return flight to New York?",
        "About how many hours a day does a newborn sleep?",
        "Roughly how much paint would a 3 m by 4 m box room need?",
    ],
    "planning-advice-asks": [
        "What should I pack for a 5-day hiking trip in the Lake District?",
        "Help me plan a three-course dinner for 8 guests on a £60 budget.",
        "What's a good way to save £2,000 for a summer holiday?",
        "How should I split the chores fairly between 3 flatmates?",
        "Suggest a training plan to run 10 km in under 50 minutes.",
        "Recommend a good beginner telescope for under £300.",
        "What's the best order to visit Rome, Florence and Venice in 10 days?",
        "How do I ask my manager for a 5% pay rise?",
        "Give me tips for sleeping properly around 12-hour night shifts.",
        "What's a sensible weekly grocery budget for 2 adults?",
    ],
    "notation-puzzlement-asks": [
        "In clock arithmetic 9 + 5 = 2 — why is that counted as correct?",
        "Why do programmers say 0.1 + 0.2 isn't exactly 0.3?",
        "In binary, why does 10 + 10 come out as 100?",
        "My son says 1 + 1 = 11 because you put the ones side by side. How do I explain it?",
        "Why is zero factorial defined to be 1?",
        "In music, why does a fifth plus a fourth make an octave and not a ninth?",
        "Why is 144 called a gross?",
        "Why does the clock on our town hall show IIII where I'd expect IV?",
        "What's the meaning of 2 + 2 = 5 in Orwell's Nineteen Eighty-Four?",
        "Why do some calculators show infinity for 1/0 while others show an error?",
    ],
    "history-of-numbers-asks": [
        "Who came up with the metre, and why was it based on the size of the Earth?",
        "When did Britain go decimal, and how did shillings and pence work?",
        "Why did the Gregorian calendar reform drop ten days in 1582?",
        "Tell me about the history of the 24-hour clock.",
        "What happened in Berlin on 9 November 1989?",
        "Why is 13 considered unlucky in so many places?",
        "What's the story behind prices ending in 99p?",
        "Summarise the causes of the 2008 financial crisis.",
        "Who first ran a mile in under 4 minutes, and how?",
        "Why does the British tax year begin on 6 April rather than 1 January?",
    ],
}
for fam, qs in ORDINARY.items():
    for q in qs:
        neg(fam, q)

# near-negatives: they look like the calculator, converter or calendar questions above
NEAR = {
    "near-missing-input": (
        "a number the exact answer needs is not given (a live rate, a date, a speed)",
        [
            "Convert 250 euros to dollars.",
            "How much is an 18% tip on my bill?",
            "How many days until my birthday in October?",
            "What's 20% off the jacket I saw in the window?",
            "How long would 450 km take in my car?",
            "Convert my height of five foot something into centimetres.",
            "Which day of the week was I born on? It was in the spring.",
            "How much VAT is included in a €96 restaurant bill in Ireland?",
            "How many litres of diesel will my van use for 600 km?",
            "What time is it in Tokyo when the match kicks off?",
        ],
    ),
    "near-identifier-numbers": (
        "the numbers are versions, scores, phone numbers, order or seat codes, not quantities",
        [
            "Is release 4.10 of our app newer than 4.9?",
            "The score was 2-1 after extra time, so who had to take penalties?",
            "Is 07700 900123 a mobile number or a landline?",
            "Will part 12-40-A fit the 12-40-B bracket?",
            "Order #4417-22 — when will it arrive?",
            "The recipe card says v2.5; what usually changes from v2.4?",
            "My ticket says 14/3. Is that row 14 seat 3, or the other way round?",
            "In semantic versioning, is 1.2.10 later than 1.2.9?",
            "We drew 24-24 in the rugby; how is a draw handled in the league table?",
            "Bus 73 or bus 390: which gets to King's Cross quicker?",
        ],
    ),
    "near-judgement-on-figures": (
        "a number with a unit or price, but the question asks for a judgement",
        [
            "Is 18 °C a comfortable bedroom temperature for sleeping?",
            "Is £1,450 a fair rent for a one-bed flat in Leeds?",
            "Should I think of my 5 km pace in miles or keep it metric?",
            "Is 120 km/h too fast for a wet motorway?",
            "Is 7.5% APR on a car loan a decent deal?",
            "Would a 3 kg laptop be too heavy to carry every day?",
            "Is 14 days enough notice to leave a part-time job?",
            "Does 22 April 2028 sound like a good date for a spring wedding?",
            "Is £80 a head excessive for an office Christmas party?",
            "Is 2,500 kJ a sensible lunch for an office worker?",
        ],
    ),
    "near-how-to-explain": (
        "asks how or why a conversion or sum works, not for its value",
        [
            "Explain how to turn miles into kilometres in my head.",
            "Does 1 kg weigh less on the Moon, or is it still 1 kg?",
            "Why isn't 100 km/h the same as 100 mph?",
            "How can I work out 15% of a number without a calculator?",
            "What's the trick for counting days between two dates by hand?",
            "Why is water's freezing point 32 °F — where does the 32 come from?",
            "Why does my new 2 TB drive show up smaller in Windows?",
            "How do lenders get an APR from a flat rate of 9%?",
            "What's the difference between a kW and a kWh on my 3.6 kW heater?",
            "Why does a leap day make 1 March fall on a different weekday?",
        ],
    ),
    "near-rough-estimates": (
        "an estimate with numbers and units, no exact answer",
        [
            "Roughly how many litres of water does a 10-minute shower use?",
            "About how many km will an e-bike go on one full battery?",
            "How many bricks do I need for a 6 m garden wall?",
            "What's a typical weight in kg for a 12-week-old Labrador?",
            "Estimate the cost of heating a three-bedroom house through December.",
            "How many kJ would I burn cycling 20 km?",
            "How long does driving 300 miles take, counting stops?",
            "How many people can stand comfortably in a 200 m² hall?",
            "About how many steps is 5 km for someone 1.7 m tall?",
            "How long does concrete take to cure at 10 °C?",
        ],
    ),
    "near-convention-meaning": (
        "asks what a date, time or pay convention means",
        [
            "Is 9/11 in my diary the 9th of November or the 11th of September?",
            "What does 'a fortnight on Tuesday' mean — is it the Tuesday after next?",
            "Does '3 weeks from Friday' start counting on the Friday or the Saturday?",
            "When a recipe says 'a moderate oven', what temperature does it mean?",
            "Is midnight on 1 May the start of that day or the end of it?",
            "My payslip says 37.5 h @ 1.5x — what does the 1.5x mean?",
            "Why does my receipt round half a penny up sometimes and down other times?",
            "What US size is a UK women's size 12?",
            "On a supplier invoice, what do the words 'net 30' oblige me to do?",
            "What's the difference between bi-weekly and semi-monthly pay?",
        ],
    ),
    "near-code-with-figures": (
        "asks for code, even though the figures look like a sum or conversion",
        [
            "Write a Python function that adds 90 days to a date.",
            "Write JavaScript that converts 72 °F to Celsius and prints it.",
            "Give me an Excel formula for 17.5% VAT on cell B2.",
            "Write SQL to find orders placed more than 30 days before 1 March 2027.",
            "Write a Python script that splits a £240 bill between any number of people.",
        ],
    ),
}
for fam, (note, qs) in NEAR.items():
    for q in qs:
        neg(fam, q, note)

# conversations: an earlier turn changes what the last question means
conv(
    "conv-house-rule-double",
    [
        (U, "In our family card game a 'double' means you add ten, not multiply by two."),
        (A, "Got it — in your game a double adds ten."),
        (U, "So what's double 7?"),
    ],
    "'double' redefined by the first turn",
)
conv(
    "conv-mod-seven-class",
    [
        (U, "We're doing arithmetic mod 7 in class this week."),
        (A, "Sure, happy to help with mod 7."),
        (U, "what's 5 + 4 then"),
    ],
    "the sum is meant modulo 7",
)
conv(
    "conv-poem-shorten",
    [
        (U, "Write me a short poem about the tide coming in."),
        (A, "The tide comes creeping up the sand, / it fills the pools on either hand..."),
        (U, "Now make it 4 lines shorter."),
    ],
    "editing a poem",
)
conv(
    "conv-bakers-dozen-means",
    [
        (U, "When I say a dozen at the bakery I mean a baker's dozen, thirteen."),
        (A, "Understood, a dozen is 13 for you."),
        (U, "How many rolls is 6 dozen?"),
    ],
    "'dozen' redefined as 13",
)
conv(
    "conv-which-perth",
    [
        (U, "I'm flying out of Perth on Friday."),
        (A, "Perth in Scotland or Perth in Western Australia?"),
        (U, "The Australian one. What time is it there when it's noon in London?"),
    ],
    "the place is fixed by the earlier turn, and the date is not given",
)
conv(
    "conv-translate-again",
    [
        (U, "Translate 'the bill is forty euros' into French."),
        (A, "L'addition est de quarante euros."),
        (U, "And into Spanish?"),
    ],
    "translation",
)
conv(
    "conv-octal-exercise",
    [
        (U, "For this worksheet every number I write is in base 8."),
        (A, "OK, octal it is."),
        (U, "what's 17 + 6 in that case?"),
    ],
    "numbers are octal by the first turn",
)
conv(
    "conv-budget-cut",
    [
        (U, "My monthly budget: rent 900, food 300, travel 120."),
        (A, "That comes to 1,320 in total."),
        (U, "Which of these should I cut first?"),
    ],
    "advice about a budget",
)
conv(
    "conv-novel-character-age",
    [
        (U, "In my novel, Captain Ayla is 34 in chapter one."),
        (A, "Noted — 34 at the start."),
        (U, "How old should she be in the epilogue if it's a generation later?"),
    ],
    "creative judgement, 'a generation' is not a fixed span",
)
conv(
    "conv-butter-swap",
    [
        (U, "I've got a recipe for 4 that uses 200 g of butter."),
        (A, "Great — what would you like to change?"),
        (U, "Can I use olive oil instead, and how much?"),
    ],
    "cooking substitution advice",
)
conv(
    "conv-curve-fairness",
    [
        (U, "Our teacher scales the marks so the top score becomes 100."),
        (A, "That's a common way of curving."),
        (U, "Is that fair to the rest of the class?"),
    ],
    "opinion",
)
conv(
    "conv-cricket-score-meaning",
    [
        (U, "We were 145 for 3 at lunch."),
        (A, "A solid start to the innings."),
        (U, "What does the 3 mean exactly?"),
    ],
    "meaning of a cricket score",
)
conv(
    "conv-refactor-area",
    [
        (U, "Here's my function: def area(r): return 3.14*r*r"),
        (A, "That computes the area of a circle of radius r."),
        (U, "Make it more accurate and add a docstring."),
    ],
    "code editing",
)
conv(
    "conv-why-multiply",
    [
        (U, "Earlier you told me 15% of 80 is 12."),
        (A, "Yes, 15% of 80 is 12."),
        (U, "Why did you multiply by 0.15 rather than divide?"),
    ],
    "explanation of a method",
)
conv(
    "conv-farm-bag-unit",
    [
        (U, "On our farm a 'bag' always means 25 kg of feed."),
        (A, "Got it, one bag is 25 kg."),
        (U, "How many kilos in 14 bags then?"),
    ],
    "'bag' defined only in the earlier turn",
)
conv(
    "conv-day-first-dates",
    [
        (U, "Just so you know, I write all my dates day-first, British style."),
        (A, "Noted."),
        (U, "How many days from 03/04 to 05/06?"),
    ],
    "date order set by the earlier turn, and no year given",
)
conv(
    "conv-phone-plan-pick",
    [
        (U, "Plan A is £30 a month with 10 GB of data, plan B is £25 with 6 GB."),
        (A, "Plan A costs £5 more for 4 GB extra."),
        (U, "Which is better for me?"),
    ],
    "personal recommendation",
)
conv(
    "conv-landlord-email",
    [
        (U, "Draft an email to my landlord saying the rent will be 5 days late."),
        (A, "Dear Mr Hughes, I'm writing to let you know..."),
        (U, "Make it sound less apologetic."),
    ],
    "rewriting text",
)
conv(
    "conv-legs-times-players",
    [
        (U, "Think of the number of players on one football team."),
        (A, "That's 11 per side."),
        (U, "Now multiply it by the number of legs on a spider."),
    ],
    "needs a fact from general knowledge and the earlier turn",
)
conv(
    "conv-shift-day-numbering",
    [
        (U, "In our shift pattern 'day 1' is a Wednesday."),
        (A, "Right, day 1 is Wednesday."),
        (U, "So which weekday is day 10?"),
    ],
    "day numbering defined by the earlier turn",
)
conv(
    "conv-pretend-pi",
    [
        (U, "For this puzzle let's pretend pi is exactly 3."),
        (A, "OK, pi is 3 for now."),
        (U, "Then what's the area of a circle of radius 5?"),
    ],
    "pi redefined",
)
conv(
    "conv-which-loan-first",
    [
        (U, "I've two loans, one at 6% and one at 9%."),
        (A, "Paying the 9% one first usually saves more."),
        (U, "How much would I save by clearing that one first?"),
    ],
    "balances and terms not given",
)
conv(
    "conv-french-ninety-seven",
    [
        (U, "How would a Parisian say 97 out loud?"),
        (A, "Quatre-vingt-dix-sept."),
        (U, "Why is it built like that?"),
    ],
    "explanation of language",
)
conv(
    "conv-sub-45-track",
    [
        (U, "My 10 km times this week were 52, 49 and 47 minutes."),
        (A, "Nice progression!"),
        (U, "Am I on track for a sub-45 by spring?"),
    ],
    "judgement and prediction",
)
conv(
    "conv-tables-not-chairs",
    [
        (U, "We have 40 chairs. Actually no, scratch that, it's 40 tables."),
        (A, "So 40 tables."),
        (U, "Then how many chairs do we need if each seats six?"),
    ],
    "the count is corrected in the earlier turn",
)
conv(
    "conv-lisbon-denver-meeting",
    [
        (U, "Our team is split between Lisbon and Denver."),
        (A, "That's usually a 7-hour gap."),
        (U, "When's a fair time for a weekly call?"),
    ],
    "scheduling opinion",
)
conv(
    "conv-six-seven-joke",
    [
        (U, "Tell me a maths joke."),
        (A, "Why was six afraid of seven? Because seven ate nine."),
        (U, "Explain why that's funny."),
    ],
    "explaining a joke",
)
conv(
    "conv-cryptarithm-hint",
    [
        (U, "In this puzzle each letter is a digit and SEND + MORE = MONEY."),
        (A, "The classic cryptarithm."),
        (U, "What digit is M, and why?"),
    ],
    "reasoning about a puzzle",
)
conv(
    "conv-scottish-self-employed",
    [
        (U, "I'm self-employed and live in Scotland."),
        (A, "OK, Scottish income tax bands apply then."),
        (U, "What income tax do I pay on 45,000?"),
    ],
    "tax bands are outside facts",
)
conv(
    "conv-vegan-basket",
    [
        (U, "Shopping list: apples 2.40, bread 1.35, cheese 3.80."),
        (A, "Got it, three items."),
        (U, "Take off whatever isn't vegan and total the rest."),
    ],
    "needs a judgement about which items are vegan",
)
conv(
    "conv-sailor-miles",
    [
        (U, "When I say a mile I mean a nautical mile, I'm a sailor."),
        (A, "Understood."),
        (U, "So how many km is 12 miles?"),
    ],
    "'mile' redefined as nautical",
)
conv(
    "conv-nine-day-week",
    [
        (U, "In my fantasy world a week has 9 days, starting with Firstday."),
        (A, "Interesting! What are the other days called?"),
        (U, "Doesn't matter. What day is 40 days after a Firstday?"),
    ],
    "invented calendar",
)
conv(
    "conv-darts-checkout",
    [
        (U, "I'm on 170 in darts."),
        (A, "That's the biggest checkout there is."),
        (U, "What should I throw?"),
    ],
    "game strategy",
)
conv(
    "conv-hints-only",
    [
        (U, "Don't give me answers, just hints, I'm revising."),
        (A, "Sure, I'll only give hints."),
        (U, "What's 3/4 + 2/3?"),
    ],
    "the user asked for hints rather than the value",
)
conv(
    "conv-word-problem-harder",
    [
        (U, "Rewrite '5 apples cost £2' as a word problem for kids."),
        (A, "Mia buys 5 apples for £2. How much does one apple cost?"),
        (U, "Now make the numbers harder."),
    ],
    "creative rewriting",
)

# none of this set's text uses units with several readings or a month/year as a span
_SEVERAL = re.compile(
    r"\b(tons?|gallons?|pints?|quarts?|cups?|fl\.? ?oz|fluid ounces?|barrels?|hundredweights?"
    r"|cwt|calories?|kcal|tablespoons?|teaspoons?|tbsp|tsp|mpg|horsepower|hp|kB"
    r"|light-?years?|parsecs?)\b",
    re.IGNORECASE,
)
_SPAN = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a hundred)"
    r"[\s-]+(months?|years?)\b",
    re.IGNORECASE,
)
for _i in items:
    for _t in [_i["query"]] + [m["content"] for m in _i.get("messages") or []]:
        assert not _SEVERAL.search(_t) and not _SPAN.search(_t), _i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 141
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 141: {reused}"
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
