"""Generate heldout-2027-05-07.jsonl: a hundred-and-fifty-fifth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_155.py (from /work/sealed155). It writes the JSONL
next to itself and checks counts, plain items, duplicates against sets 1-154, registers against
sets 19-154, stated weekdays, contested units, gradability and a byte-for-byte regeneration.

The set: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool; the rest
spread over 25 new registers, each used by all three tools) and 200 negatives (100 ordinary, 65
"near-" look-alikes, 35 conversations whose earlier turns change the last question). Answers are
computed in code: Fraction/Decimal with whole cents for money, exact unit constants, datetime for
dates and zoneinfo (both ends taken to UTC) for spans and dates across time zones.

Provenance
----------
Read: /work/main/bench/grading.py; earlier_registers.txt; only the permitted line ranges of the
copied generator (set-up and helpers, units header and unit_r, datetime header and helpers,
negatives header and conv, weekday check, checks and output), plus single boundary lines inside
those ranges to confirm the splice points. No other range, no earlier set, no git, no web.
Wrote: all four query sections afresh in scratch files, spliced in by line number (bottom range
first) without viewing the old text; the helpers money, span_minutes, date_there and
working_days_after are new. This docstring was written last, over lines 1-31 unseen.
Checked: the generator's own checks; a separate scan of the written JSONL (positives and
negatives) for contested units and month/year lengths; family names against
earlier_registers.txt (eight first-choice names collided and were renamed); ruff check and
format (one over-long line split). Fixes: two unit answers failed the rounding/exactness
asserts and were changed; 30 items (29, then one more)
repeated earlier queries or user turns and were reworded.
Slips: none beyond the rules; a temporary backup copy of the original generator was kept in a
scratch folder, never opened, and deleted at the end.
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
OUT = HERE / "heldout-2027-05-07.jsonl"
PREFIX = "ho155-"
# earlier generators: sets 1-154 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 155))
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
    "make_heldout_142.py",
    "make_heldout_143.py",
    "make_heldout_144.py",
    "make_heldout_145.py",
    "make_heldout_146.py",
    "make_heldout_147.py",
    "make_heldout_148.py",
    "make_heldout_149.py",
    "make_heldout_150.py",
    "make_heldout_151.py",
    "make_heldout_152.py",
    "make_heldout_153.py",
    "make_heldout_154.py",
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


def money(x):
    """A sum of money in whole cents (pence)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


# ---- plain one-line sums
calc(P, "17.5% of 3,240 comes to what?", pct("17.5") * 3240)
calc(P, "748 x 36", 748 * 36)
calc(P, "what's 9,375 divided by 125", F(9375, 125))
calc(P, "Square 6.5 for me.", dec("6.5") ** 2)
calc(P, "Find the square root of 7056 for me.", 84)
calc(P, "(318 + 247) * 4 - 199 = ?", (318 + 247) * 4 - 199)
calc(P, "Add 14.86, 7.09 and 103.5.", dec("14.86") + dec("7.09") + dec("103.5"))
calc(P, "What's three eighths of 1,496?", F(3, 8) * 1496)
calc(P, "Put 12.5% on top of 640.", 640 * (1 + pct("12.5")))
calc(P, "what is 85,000 minus 37,684", 85000 - 37684)
calc(P, "Forty-two times nineteen?", 42 * 19)
calc(P, "57 out of 380: as a percentage that is what?", F(57, 380) * 100)
calc(P, "1,234 / 8 = ?", F(1234, 8))
calc(P, "what is 0.45 times 0.6", dec("0.45") * dec("0.6"))
assert math.isqrt(7056) ** 2 == 7056

# ---- registers
G = "glassblower_hot_shop_gas_ledger"
calc(
    G,
    "Our glory hole burns 3.2 cubic metres of gas an hour and gas is 0.94 a cubic metre. "
    "We ran it for 7.5 hours on Saturday. What did that cost us?",
    money(dec("3.2") * dec("0.94") * dec("7.5")),
)
NB = "narrowboat_hire_base_bookings"
calc(
    NB,
    "Party of 5 taking two boats for the week. Each boat is £1,180 plus a £45 fuel deposit. "
    "If they split everything equally, what does each person pay?",
    money(F(2 * 1180 + 2 * 45, 5)),
)
calc(
    NB,
    "lock keeper charges: 14 passages at £3.75 and the long tunnel at £12.40, how much altogether",
    money(14 * dec("3.75") + dec("12.40")),
)
FA = "falconry_display_team_weights"
calc(
    FA,
    "The Harris hawk's flying weight is 680 g and we're bringing it down 2.5% for the display "
    "season. New target weight in grams?",
    680 * (1 - pct("2.5")),
)
PT = "piano_tuner_fortnight_invoice"
calc(
    PT,
    "Fortnight's work: 14 tunings at £85, 3 of them needed a pitch raise at £30 extra, and I "
    "drove 212 miles claimed at 45p a mile. Total invoice?",
    money(14 * 85 + 3 * 30 + 212 * dec("0.45")),
)
OY = "oyster_farm_grading_shed"
calc(
    OY,
    "We graded 4,800 oysters. 38% went grade one at 85p each and the rest sold at 55p each. "
    "How much did the lot fetch in pounds?",
    money(4800 * pct(38) * dec("0.85") + 4800 * (1 - pct(38)) * dec("0.55")),
)
BR = "bell_tower_peal_band_captain"
calc(
    BR,
    "Our peal of 5,040 changes took 3 hours 12 minutes. On average how many changes a minute "
    "is that?",
    F(5040, 3 * 60 + 12),
)
MW = "mile_eighteen_drinks_table_crew"
calc(
    MW,
    "We started with 96 cases of 24 bottles. 1,950 runners came through and we handed out "
    "3 bottles for every 5 runners. How many bottles are left?",
    96 * 24 - F(3, 5) * 1950,
)
calc(
    MW,
    "volunteer t-shirts are 4.85 each, we need 38 of them plus 11.50 delivery... total?",
    money(38 * dec("4.85") + dec("11.50")),
)
TA = "tattoo_parlour_booking_book"
calc(
    TA,
    "Client's sleeve is quoted at £120 an hour for 7.5 hours and she has already paid a £150 "
    "deposit. What's the balance on the day?",
    money(120 * dec("7.5") - 150),
)
BB = "hand_bookbindery_leather_orders"
calc(
    BB,
    "Goatskin is £18.60 per square foot. Forty books need 0.75 sq ft each, and I add 12% for "
    "waste on top of that. What will the leather cost?",
    money(40 * dec("0.75") * (1 + pct(12)) * dec("18.60")),
)
FK = "foot_passenger_ferry_kiosk"
calc(
    FK,
    "Singles are 6.40 adult and 3.20 child. A family of 2 adults and 3 kids want returns, "
    "which are double the single fare. What do I charge them?",
    money(2 * (2 * dec("6.40") + 3 * dec("3.20"))),
)
calc(
    FK,
    "Till float started at £150; I took £1,284.60 in cash fares and paid out £36.25 in "
    "refunds. What should be in the drawer?",
    money(150 + dec("1284.60") - dec("36.25")),
)
CC = "cheese_cave_affineur_stock"
calc(
    CC,
    "A 10 kg wheel loses 14% of its weight while it ages and sells at £24.50 a kilo. What's "
    "the aged wheel worth?",
    money(10 * (1 - pct(14)) * dec("24.50")),
)
HB = "balloon_flight_propane_crew"
calc(
    HB,
    "We burned through 4 of our 40 kg propane cylinders on the flight. The refill is £1.35 per "
    "kilo. Cost of refilling those four?",
    money(4 * 40 * dec("1.35")),
)
ST = "herding_dog_trial_entries_clerk"
calc(
    ST,
    "Entry fee is £14 a run and we took 37 runs. The prize fund is 60% of the entry money. "
    "How big is the prize fund?",
    money(37 * 14 * pct(60)),
)
VM = "vintage_motorcycle_rebuild_shop"
calc(
    VM,
    "Rebore £145, new piston £89.50, gasket set £23.75, and VAT at 20% goes on all of it. "
    "What's the total bill?",
    money((145 + dec("89.50") + dec("23.75")) * (1 + pct(20))),
)
TM = "telescope_mirror_grinding_circle"
calc(
    TM,
    "The four of us are splitting a Pyrex blank at £165, grits at £42.80 and pitch at £18.40 "
    "equally. What's each share?",
    money(F(165 + dec("42.80") + dec("18.40"), 4)),
)
calc(
    TM,
    "a 200 mm mirror with a 1,200 mm focal length is f/what? just the number please",
    F(1200, 200),
)
RS = "rooftop_solar_panel_fitter"
calc(
    RS,
    "Fourteen panels at 435 watts each. What's the array size in kilowatts?",
    F(14 * 435, 1000),
)
calc(
    RS,
    "Quote for the install is £6,890 and we knock 5% off for customers who pay upfront. What "
    "do they pay?",
    money(6890 * (1 - pct(5))),
)
SW = "seaweed_harvesters_cooperative"
calc(
    SW,
    "340 kg of wet kelp dries down to 15% of its weight. Dried sells at 22 a kilo. What's the "
    "batch worth dried?",
    340 * pct(15) * 22,
)
YO = "youth_orchestra_tour_manager"
calc(
    YO,
    "Coach hire £2,880 and the hotel is £39 per player per night for 2 nights, with 48 players. "
    "Cost per player if we share it all equally?",
    money(F(2880 + 48 * 2 * 39, 48)),
)
CS = "flue_sweeping_rounds_daybook"
calc(
    CS,
    "Nine sweeps at £65, four of them also had a bird guard fitted at £38 each, and three "
    "sweeps got 10% off the sweep price for pensioners. What did I take?",
    money(9 * 65 + 4 * 38 - 3 * 65 * pct(10)),
)
DG = "groomer_van_on_a_housing_estate"
calc(
    DG,
    "Did 5 small dogs at £48 and 3 large at £62. The franchise takes 18% of grooming money "
    "(not tips). I also got £40 in tips. How much do I keep?",
    money((5 * 48 + 3 * 62) * (1 - pct(18)) + 40),
)
calc(
    DG,
    "shampoo is 5 litres for 28.00 and each dog uses 125 ml, so what's the shampoo cost per dog",
    money(28 * F(125, 5000)),
)
RB = "rowing_club_boatman_accounts"
calc(
    RB,
    "A new eight costs £38,400. The club puts down 35% and pays the rest in 12 equal "
    "instalments. How much is each instalment?",
    money(38400 * (1 - pct(35)) / 12),
)
CL = "school_chess_league_organiser"
calc(
    CL,
    "Twelve schools, every school plays every other school twice (home and away), four boards "
    "per match. How many board games is that over the season?",
    12 * 11 * 4,
)
MP = "mushroom_farm_packhouse"
calc(
    MP,
    "Picked 412 kg of chestnut mushrooms. How many 250 g punnets does that fill?",
    F(412000, 250),
)
SG = "leaded_light_window_conservator"
calc(
    SG,
    "Lead came is £4.35 a metre and the window needs 62.4 metres of it. Cost?",
    money(dec("4.35") * dec("62.4")),
)
CI = "curling_club_ice_technician"
calc(
    CI,
    "A sheet is 45.7 m by 4.75 m. How many square metres is one sheet?",
    dec("45.7") * dec("4.75"),
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


HA = F(10000)  # m^2
NMI = F(1852)  # m
KWH = F(3600000)  # J

# ---- plain one-line conversions
unit_r(P, "Convert 73.4 kg into pounds.", dec("73.4") / LB)
unit_r(P, "How many kilometres are in 43 miles?", 43 * MI / 1000)
unit(P, "104 °F is how many degrees C?", f_to_c(104), EXACT)
unit(P, "6 ft 1 in expressed in centimetres?", (6 * FT + 1 * IN) * 100, EXACT)
unit_r(P, "how many ounces is 340 grams", F(340, 1000) / OZ)
unit_r(P, "Turn 27 square metres into square feet.", 27 / SQFT)
unit_r(P, "3.5 hectares in acres", dec("3.5") * HA / ACRE)
unit_r(P, "What's 120 km/h in mph?", 120 * KMH / MPH)
unit(P, "A 3.75 GiB disk image is how many MiB?", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "how many litres is 2 cubic feet", 2 * CUFT * 1000)
unit_r(P, "35 psi in kilopascals?", 35 * PSI / 1000)
unit_r(P, "Convert 15 stone to kilograms.", 15 * STONE)
unit(P, "-10 °C in Fahrenheit", c_to_f(-10), EXACT)
unit(P, "How many metres are there in 600 yards?", 600 * YD, EXACT)

# ---- registers
unit_r(
    G,
    "The annealer's controller is stuck showing Fahrenheit and reads 900. What is that in "
    "degrees Celsius?",
    f_to_c(900),
)
unit_r(
    NB,
    "Our boat is 57 feet long. How long is that in metres? The lock takes 22 m.",
    57 * FT,
)
unit_r(
    FA,
    "The peregrine weighed in at 1 lb 9 oz this morning. What's that in grams?",
    (LB + 9 * OZ) * 1000,
)
unit(
    PT,
    "The upright stands 58 inches tall. Customer wants to know the height in centimetres "
    "for the alcove.",
    58 * IN * 100,
    EXACT,
)
unit_r(
    OY,
    "A bag of oysters weighs 12 kg; the buyer in Maine wants it in pounds.",
    12 / LB,
)
unit_r(
    OY,
    "the rack is 2.4 m long, how many feet is that",
    dec("2.4") / FT,
)
unit_r(
    BR,
    "Our tenor bell weighs 1,150 kilograms. How many pounds is it?",
    1150 / LB,
)
unit_r(
    MW,
    "Our water station is at mile 18. What distance is that in kilometres?",
    18 * MI / 1000,
)
unit_r(
    TA,
    "The back piece stencil is 9 in by 4 in. What's its area in square centimetres?",
    9 * IN * 4 * IN * 10000,
)
unit(
    BB,
    "Board width is 11.75 inches. Give it to me in millimetres for the guillotine.",
    dec("11.75") * IN * 1000,
    EXACT,
)
unit_r(
    BB,
    "Finished text block weighs 7.5 lb. In kilos?",
    dec("7.5") * LB,
)
unit(
    FK,
    "The crossing is 14 nautical miles (1,852 m each). How many kilometres is that?",
    14 * NMI / 1000,
    EXACT,
)
unit_r(
    CC,
    "The cave sits at 54 degrees Fahrenheit. What is that in Celsius?",
    f_to_c(54),
)
unit(
    HB,
    "Variometer says we're climbing at 700 feet per minute. What's that in metres per second?",
    700 * FT / 60,
    EXACT,
)
unit_r(
    HB,
    "Envelope volume is 90,000 cubic feet. How many cubic metres?",
    90000 * CUFT,
)
unit(
    ST,
    "The outrun is 400 yards. How many metres is it?",
    400 * YD,
    EXACT,
)
unit_r(
    VM,
    "Manual says 28 psi for the front tyre. What is that in bar?",
    28 * PSI / BAR,
)
unit(
    TM,
    "It's an 8 inch mirror. Diameter in millimetres?",
    8 * IN * 1000,
    EXACT,
)
unit(
    RS,
    "Over the whole of 2026 the array generated 4,380 kWh. How many megajoules is that?",
    4380 * KWH / 10**6,
    EXACT,
)
unit_r(
    SW,
    "Our dried bales are 55 lb each. Whats that in kg",
    55 * LB,
)
unit_r(
    SW,
    "The foreshore lease covers 6.2 hectares. How many acres?",
    dec("6.2") * HA / ACRE,
)
unit_r(
    YO,
    "The cello in its flight case weighs 31 lb. What is that in kilograms?",
    31 * LB,
)
unit(
    CS,
    "The flue liner is 6 inches across. What's that in millimetres?",
    6 * IN * 1000,
    EXACT,
)
unit_r(
    DG,
    "The Newfoundland weighs 9 stone 4 pounds. Kilograms?",
    9 * STONE + 4 * LB,
)
unit_r(
    RB,
    "A 2,000 metre race is how many yards?",
    2000 / YD,
)
unit_r(
    RB,
    "Cox says we were doing 9 knots (nautical miles an hour) on the final stretch. km/h?",
    9 * NMI / 1000,
)
unit_r(
    CL,
    "The tournament boards are 50 cm square. What's the side length in inches?",
    F(50, 100) / IN,
)
unit_r(
    MP,
    "The grow room is 18 ft by 40 ft. What's its floor area in square metres?",
    18 * 40 * SQFT,
)
unit_r(
    SG,
    "The panel is 30 by 24 inches. What's its area in square centimetres?",
    30 * 24 * IN * IN * 10000,
)
unit_r(
    SG,
    "Kiln manual says fuse at 1,470 °F. Celsius please.",
    f_to_c(1470),
)
unit_r(
    CI,
    "The ice surface is at 20 degrees F. What is that in °C?",
    f_to_c(20),
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


def span_minutes(start, start_zone, end, end_zone):
    """Minutes between two local clock readings in named zones (both taken to UTC first)."""
    a = start.replace(tzinfo=ZoneInfo(start_zone))
    b = end.replace(tzinfo=ZoneInfo(end_zone))
    return F(int((b - a).total_seconds()), 60)


def date_there(moment, zone, other_zone):
    """The calendar date in other_zone at a local moment in zone."""
    return moment.replace(tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo(other_zone)).date()


def working_days_after(start, n):
    """The date n Monday-to-Friday days after start (no holidays)."""
    d, k = start, 0
    while k < n:
        d += TD(days=1)
        if d.weekday() < 5:
            k += 1
    return d


assert working_days_after(D(2030, 3, 1), 1) == D(2030, 3, 4)
assert span_minutes(DT(2027, 7, 1, 12), "Europe/London", DT(2027, 7, 1, 13), "Europe/Paris") == 0

# ---- plain one-line date questions
date_item(P, "What day of the week was 19 August 1994?", weekday(D(1994, 8, 19)))
date_item(
    P,
    "How many days are there between 3 March 2027 and 29 November 2027?",
    days(D(2027, 3, 3), D(2027, 11, 29)),
)
date_item(P, "What date is 100 days after 14 February 2028?", D(2028, 2, 14) + TD(days=100))
date_item(P, "what date was 45 days before 1 January 2027", D(2027, 1, 1) - TD(days=45))
date_item(P, "which weekday does 25 December 2031 fall on", weekday(D(2031, 12, 25)))
date_item(
    P,
    "How many weeks is it from 5 April 2027 to 20 September 2027?",
    weeks(D(2027, 4, 5), D(2027, 9, 20)),
)
date_item(
    P,
    "Someone born on 30 September 1961: how old are they on 15 June 2027?",
    age(D(1961, 9, 30), D(2027, 6, 15)),
)
date_item(P, "What's the date 3 weeks after July 28, 2027?", D(2027, 7, 28) + TD(weeks=3))
date_item(
    P, "Count the days from 1 January 2028 up to 1 March 2028.", days(D(2028, 1, 1), D(2028, 3, 1))
)
date_item(P, "What weekday is 1 March 2030?", weekday(D(2030, 3, 1)))
date_item(P, "Date 365 days after 10 October 2027?", D(2027, 10, 10) + TD(days=365))
date_item(
    P,
    "How many hours are there between 08:00 on 1 May 2027 and 20:00 on 3 May 2027?",
    F(int((DT(2027, 5, 3, 20) - DT(2027, 5, 1, 8)).total_seconds()), 3600),
)
date_item(
    P, "What is the date of the last Friday in November 2027?", nth_weekday(2027, 11, FRI, -1)
)
date_item(
    P,
    "How many days old is a baby born on 11 December 2026 on 2 April 2027?",
    days(D(2026, 12, 11), D(2027, 4, 2)),
)

# ---- registers
date_item(
    G,
    f"Started a slow anneal at 6 pm on {sayw(D(2027, 3, 5))} and the schedule runs 62 hours. "
    "What date does it come out?",
    (DT(2027, 3, 5, 18) + TD(hours=62)).date(),
)
date_item(
    NB,
    f"The Hendersons take the boat out on {sayw(D(2027, 4, 10))} for 11 nights. What date do "
    "they bring it back?",
    D(2027, 4, 10) + TD(days=11),
)
date_item(
    FA,
    "Our peregrine's clutch was complete on 14 April 2027 and incubation is 31 days. Expected "
    "hatch date?",
    D(2027, 4, 14) + TD(days=31),
)
date_item(
    FA,
    "We fly at the county show on the third Sunday of July 2027. What's the date?",
    nth_weekday(2027, 7, SUN, 3),
)
date_item(
    PT,
    f"The school's concert grand was last tuned on {sayw(D(2027, 2, 9))} and they want it done "
    "every 26 weeks. When's the next one due?",
    D(2027, 2, 9) + TD(weeks=26),
)
date_item(
    OY,
    "A harvest closure starts on 28 June 2027 and lasts 21 days, the first day included. The "
    "beds reopen the day after it ends. Which date do they reopen?",
    D(2027, 6, 28) + TD(days=21),
)
date_item(
    BR,
    "The ringing course is on the third Saturday in June 2027. What date is that?",
    nth_weekday(2027, 6, SAT, 3),
)
date_item(
    MW,
    f"Marathon day is {sayw(D(2027, 10, 24))}. The volunteer briefing is 17 days before. What "
    "date is the briefing?",
    D(2027, 10, 24) - TD(days=17),
)
date_item(
    TA,
    "No swimming for 4 weeks after a session. Her session was 3 July 2027. What's the first "
    "date she can swim again?",
    D(2027, 7, 3) + TD(weeks=4),
)
GUEST_OUT = DT(2027, 11, 6, 22, 30)
GUEST_IN = DT(2027, 11, 7, 18, 5)
date_item(
    TA,
    f"Our guest artist flies out of Los Angeles at 22:30 local time on {sayw(D(2027, 11, 6))} "
    f"and lands in Frankfurt at 18:05 local time on {sayw(D(2027, 11, 7))}. How many minutes "
    "is she travelling? (Los Angeles clocks go back that night.)",
    span_minutes(GUEST_OUT, "America/Los_Angeles", GUEST_IN, "Europe/Berlin"),
)
date_item(
    BB,
    f"Forty theses accepted on {sayw(D(2027, 9, 6))}; we promise delivery 15 working days "
    "later, counting Monday to Friday only and no holidays. Delivery date?",
    working_days_after(D(2027, 9, 6), 15),
)
SAIL = DT(2027, 7, 13, 22, 45)
ARRIVE = DT(2027, 7, 15, 7, 45)
date_item(
    FK,
    f"Ferry leaves Portsmouth at 22:45 on {sayw(D(2027, 7, 13))} and docks in Bilbao at 07:45 "
    f"Bilbao time on {sayw(D(2027, 7, 15))}. How many hours is the crossing?",
    span_minutes(SAIL, "Europe/London", ARRIVE, "Europe/Madrid") / 60,
)
date_item(
    CC,
    "Tomme made on 2 February 2027 needs 180 days in the cave. What date is it ready?",
    D(2027, 2, 2) + TD(days=180),
)
date_item(
    CC,
    f"I turn the wheels every 4 days, first turn on {sayw(D(2027, 5, 3))}. What day of the "
    "week is the 20th turn?",
    weekday(D(2027, 5, 3) + TD(days=19 * 4)),
)
date_item(
    HB,
    "My pilot medical was issued on 19 March 2027 and is good for 52 weeks. Date it runs out?",
    D(2027, 3, 19) + TD(weeks=52),
)
date_item(
    ST,
    "The open trial is on the second Saturday of August 2027. Date?",
    nth_weekday(2027, 8, SAT, 2),
)
date_item(
    ST,
    "how many days between the spring trial on 17 April 2027 and the national on 9 September 2027",
    days(D(2027, 4, 17), D(2027, 9, 9)),
)
date_item(
    VM,
    "The Norton was first registered on 14 June 1952. How old is it, in whole years, on 20 June "
    "2027?",
    age(D(1952, 6, 14), D(2027, 6, 20)),
)
date_item(
    TM,
    "We grind every 9 days. Session one was 4 January 2027. What date is session ten?",
    D(2027, 1, 4) + TD(days=9 * 9),
)
date_item(
    RS,
    f"Scaffold goes up on {sayw(D(2027, 5, 10))} and is hired for 23 days, counting that first "
    "day. What is the last day of hire?",
    D(2027, 5, 10) + TD(days=22),
)
date_item(
    SW,
    "Our cutting permit runs 90 days with 1 March 2027 counted as day 1. Last valid date?",
    D(2027, 3, 1) + TD(days=89),
)
LHR_OUT = DT(2028, 3, 25, 9, 0)
HND_IN = DT(2028, 3, 26, 8, 15)
date_item(
    YO,
    f"We fly from London at 09:00 on {sayw(D(2028, 3, 25))} and land in Tokyo at 08:15 Tokyo "
    f"time on {sayw(D(2028, 3, 26))}. How long is the flight in minutes?",
    span_minutes(LHR_OUT, "Europe/London", HND_IN, "Asia/Tokyo"),
)
TOUR_OPENS = sayus(D(2027, 7, 22))
date_item(
    YO,
    f"Tour opens {TOUR_OPENS}; how many days until the final concert on August 6, 2027?",
    days(D(2027, 7, 22), D(2027, 8, 6)),
)
date_item(
    CS,
    f"Sweep certificate issued {sayw(D(2027, 11, 4))}, valid for 52 weeks. Expiry date?",
    D(2027, 11, 4) + TD(weeks=52),
)
date_item(
    DG,
    f"Bella comes every 6 weeks. First visit was {sayw(D(2027, 1, 13))}. What's the date of "
    "the 4th visit after that one?",
    D(2027, 1, 13) + TD(weeks=24),
)
date_item(
    RB,
    f"Head race is on {sayw(D(2027, 3, 6))}; entries close 23 days before. What date do they "
    "close?",
    D(2027, 3, 6) - TD(days=23),
)
date_item(
    CL,
    f"League rounds are 11 days apart. Round 1 is {sayw(D(2027, 9, 7))}. Date of round 8?",
    D(2027, 9, 7) + TD(days=7 * 11),
)
AKL_START = DT(2027, 10, 2, 10, 0)
date_item(
    CL,
    "Our online match against a school in Toronto starts at 10:00 Auckland time on 2 October "
    "2027. What date is it in Toronto when the first move is made?",
    date_there(AKL_START, "Pacific/Auckland", "America/Toronto"),
)
date_item(
    MP,
    "Spawned the blocks on 1 March 2027. Spawn run 16 days, casing 10 days, then 7 more days "
    "to first flush. Date of first flush?",
    D(2027, 3, 1) + TD(days=16 + 10 + 7),
)
date_item(
    SG,
    f"Fusing kiln went on at 19:30 on {sayw(D(2027, 12, 2))} and the cycle lasted 38 hours 45 "
    "minutes. What date did it finish?",
    (DT(2027, 12, 2, 19, 30) + TD(hours=38, minutes=45)).date(),
)
WPG_DRAW = DT(2027, 11, 4, 19, 30)
date_item(
    CI,
    "Our draw in Winnipeg starts at 19:30 Winnipeg time on 4 November 2027 and our twin club "
    "in Aberdeen is streaming it. What date is it in Aberdeen when the first stone is thrown?",
    date_there(WPG_DRAW, "America/Winnipeg", "Europe/London"),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: opinions, explanations, missing facts, code, estimates, meanings
O = "opinion_on_prices_and_pay"
neg(O, "Is £2.80 too much to charge for a slice of homemade cake at a village fete?")
neg(O, "Would you take a 4% pay rise now or a £1,500 bonus in December? Which feels smarter?")
neg(O, "Do you think 38 hours a week is a reasonable load for a newly qualified vet?")
neg(O, "Is a 12-minute walk to the station close enough to justify paying more rent?")
neg(O, "My landlord wants to raise the rent from 950 to 1,050. Should I push back or accept it?")
neg(O, "Is it rude to split a restaurant bill of 186 evenly when I only had a salad?")
neg(O, "My friend rated my first sourdough 6.5 out of 10. Should I be pleased or worried?")
neg(O, "Is spending 400 on a second-hand road bike a sensible first step into cycling?")
neg(O, "Should I tip 15% or 20% at a diner where the service was slow but friendly?")
neg(O, "would you pay 85 for concert tickets if you only like three of the band's songs")

O = "explain_the_figures_why"
neg(O, "Why does water boil at around 70 °C near the top of Everest?")
neg(O, "Why do we have leap years, and why was 1900 not one?")
neg(O, "Why does a 15 W LED give about the same light as an old 100 W bulb?")
neg(O, "Why do so many prices end in .99?")
neg(O, "Explain why money at 5% compound interest roughly doubles in 14 periods.")
neg(O, "Why is the kilogram no longer defined by a metal cylinder kept near Paris?")
neg(O, "Why does my 5 GHz wifi reach fewer rooms than the 2.4 GHz one?")
neg(O, "Why is A4 paper 210 by 297 mm instead of a round number?")
neg(O, "Why does minus 5 with a strong wind feel colder than minus 10 on a still day?")
neg(O, "Why do we split the day into 24 hours rather than 10?")

O = "facts_nobody_supplied"
neg(O, "How much will my council tax be after the April increase?")
neg(O, "What's my take-home pay going to be if I get the promotion?")
neg(O, "How many days will my parcel take to reach my sister?")
neg(O, "How many litres of paint do I need for the hallway?")
neg(O, "What will the euro exchange rate be when I land in Lisbon?")
neg(O, "How much value does my neighbour's loft conversion add to my house?")
neg(O, "How many miles is it from my office to the new client's site?")
neg(O, "What time does the last bus back from the stadium leave on match days?")
neg(O, "When will my renewed passport arrive if I post the form on Friday?")
neg(O, "how much weight will i lose if i cycle to work every day")

O = "identifier_that_is_not_a_sum"
neg(O, "My flight number is BA 2490. Does the 2490 tell you anything about the route?")
neg(O, "What does 205/55 R16 on my tyre wall mean?")
neg(O, "The part number on my dishwasher pump is 00165261. Which models does it fit?")
neg(O, "Our office extensions run 4410 to 4480. Why do phone systems use four digits?")
neg(O, "Is iOS 17.4.1 newer than 17.10?")
neg(O, "The final score was 3-1 after extra time. Was that a comfortable win?")
neg(O, "What is the 978 at the start of a book's ISBN for?")
neg(O, "My sort code is 20-45-77. Which bank branch is that?")
neg(O, "Why is my router's address 192.168.1.254 rather than ending in .1?")
neg(O, "The bus route is 38A. What does the A usually mean?")

O = "code_with_numbers_in_it"
neg(O, "Write a Python function counting Monday-to-Friday days between two dates, minus holidays.")
neg(O, "Give me an Excel formula that adds 20% VAT to column B and rounds to pennies.")
neg(O, "Write a JavaScript snippet that converts kilometres to miles with two decimals.")
neg(O, "How do I work out 15% of a column in a SQL query?")
neg(O, "Give me a bash one-liner that totals the line counts of every .csv file under a folder.")
neg(O, "Show me a regex that validates UK postcodes such as SW1A 1AA and M1 1AE.")
neg(O, "Write a Rust function that formats 1234567.891 as 1,234,567.89.")
neg(O, "In pandas, how do I resample daily sales into weekly totals?")
neg(O, "Write a C function that checks whether a year is a leap year.")
neg(O, "Give me a Google Sheets formula for the weekday name of the date in A2.")

O = "ballpark_guesses"
neg(O, "Roughly how many piano tuners would a city of 2 million keep busy?")
neg(O, "About how many golf balls would fill a school bus?")
neg(O, "Ballpark: how many coffees are sold in London before 9 am?")
neg(O, "Roughly how many people are in the air over Europe at any one moment?")
neg(O, "Estimate how many grains of rice are in a 1 kg bag.")
neg(O, "How many words does a typical novelist write in a day?")
neg(O, "Guess how many bricks there are in an ordinary three-bed semi.")
neg(O, "About how many steps does a postman walk on a normal round?")
neg(O, "How long would it take to count to a million out loud, roughly?")
neg(O, "approximately how many leaves are on a mature oak")

O = "what_my_reading_means"
neg(O, "My watch says my resting heart rate is 48. Should that worry me?")
neg(O, "My credit score came back as 720. Good or bad?")
neg(O, "The energy certificate rates my flat 68, band D. What would push it to C?")
neg(O, "My car's oil life indicator says 15%. How urgent is that?")
neg(O, "My daughter is 8 and her reading age is 9.5. What does that actually mean?")
neg(O, "The UV index is 7 tomorrow. Do I need sunscreen for a half-hour walk?")
neg(O, "Our radon reading is 210 Bq/m³. Should I be worried?")
neg(O, "The pollen count says 95. What is that number actually measuring?")
neg(O, "My cholesterol is 5.8 mmol/L. What should I ask my GP?")
neg(O, "The blood pressure machine said 142 over 91. Is that something to act on?")

O = "calendar_history_questions"
neg(O, "What made Britain jump from 2 September straight to 14 September in 1752?")
neg(O, "Why is 14 July a national holiday in France, and what happened that day in 1789?")
neg(O, "Why did the Roman year originally begin in March?")
neg(O, "Before mechanical clocks, how did monks know when to get up for the night prayers?")
neg(O, "Why does the Russian Orthodox church celebrate Christmas on 7 January?")
neg(O, "Who decided the prime meridian should run through Greenwich?")
neg(O, "Why is 1 April associated with pranks?")
neg(O, "Why do some countries write the day first in dates and others the month?")
neg(O, "What was the Y2K bug and why did two-digit years cause trouble?")
neg(O, "Why was the metre first defined from the size of the Earth?")

O = "plans_built_around_numbers"
neg(O, "Plan a 5-day walking route in the Lake District at about 15 km a day.")
neg(O, "Suggest a weekly meal plan for a family of four on about £90.")
neg(O, "Make me a plan to go from running 5 km to 10 km over eight weeks.")
neg(O, "How should I spread 25 days of annual leave to get the most long weekends?")
neg(O, "Help me budget a 60th birthday party for 40 guests.")
neg(O, "I'm moving flat in three weeks. What should I do each week?")
neg(O, "Draft a revision timetable for six GCSE subjects over the Easter holidays.")
neg(O, "Give me a day-by-day plan for potty training a toddler over a week.")
neg(O, "Outline how to save 3,000 for a deposit on a modest salary.")
neg(O, "In what order should I paint four rooms so I always have a bedroom to sleep in?")

O = "wording_numbers_and_dates"
neg(O, "Write a short poem about the number 7.")
neg(O, "How do I write 1,250,000 in words on a formal invoice?")
neg(O, "Translate 'twenty-three minutes past nine' into Spanish.")
neg(O, "Supermarket sign: should it say '10 items or fewer' or '10 items or less'?")
neg(O, "Should I write 5pm or 5 p.m. in a formal letter?")
neg(O, "Give me a catchy slogan for a two-for-one pizza night on Tuesdays.")
neg(O, "Why do clock faces often show IIII instead of IV?")
neg(O, "Rewrite 'the meeting has been moved forward by 2 days' so nobody can misread it.")
neg(O, "How do you say 0.5 out loud in French?")
neg(O, "make up a pun about kilograms for a bakery chalkboard")

# ---- near-negatives: look like a sum, a conversion or a date, but need a fact or judgement
N = "near-money_with_an_unstated_rate"
neg(N, "Split our dinner bill of 164 fairly: two of us had wine, two didn't.", "fairness")
neg(N, "How much VAT is charged on a child's car seat costing 120?", "rate rules")
neg(N, "My salary is 42,000. How much income tax will I pay?", "tax bands")
neg(N, "What's 250 dollars in euros?", "live exchange rate")
neg(N, "Convert 80,000 yen to pounds.", "live exchange rate")
neg(N, "I earn 14.20 an hour. What's my overtime rate?", "employer policy unknown")
neg(N, "How much stamp duty is there on a £385,000 house?", "tax rules and buyer status")
neg(N, "What interest will 5,000 earn in my savings account?", "rate and term unknown")

N = "near-conversion_needing_a_density_or_size"
neg(N, "How many kilograms is a pallet of bricks?", "pallet size unknown")
neg(N, "How heavy is 1 litre of honey in grams?", "density is an outside fact")
neg(N, "How many metres of fabric for curtains on a 2 m wide window?", "design judgement")
neg(N, "Turn 300 g of flour into a volume measure for my friend in Ohio.", "density, vague unit")
neg(N, "How many 50-litre bags of compost fill my raised bed?", "bed size missing")
neg(N, "30 knots is what force on the Beaufort scale?", "classification lookup")
neg(N, "How many steps would I take walking 5 km?", "stride length unknown")
neg(N, "How many watts does my fridge use?", "appliance unknown")

N = "near-date_question_needing_a_fact"
neg(N, "How many days until the first full moon after 3 March 2027?", "astronomy fact")
neg(N, "How long is the wait for a hip replacement in Leeds?", "outside fact")
neg(N, "On what weekday did the Titanic sink?", "historical date needed")
neg(N, "How many days were the Apollo 13 crew in space?", "historical fact")
neg(N, "My passport was issued in 2019; when does it expire?", "issue date and rules")
neg(N, "If I post a letter second class on Thursday, what day will it arrive?", "postal fact")
neg(N, "How many working days until my notice period ends?", "start and length missing")
neg(N, "What dates is the October half-term for schools in Bristol?", "local authority fact")

N = "near-code_or_label_looking_like_arithmetic"
neg(N, "What is 0800 123 456?", "a phone number")
neg(N, "Is 2-1-1 a good formation for five-a-side?", "a formation")
neg(N, "My locker code is 14-28-7. Which way do I turn first?", "a combination")
neg(N, "What does 4-3-3 mean when a pundit talks about a team's shape?", "a formation")
neg(N, "My extension lead says 13A 3120W. What does the 3120 tell me?", "a rating label")
neg(N, "Which is later, version 2.10 or 2.9?", "version ordering")
neg(N, "What does 24/7/365 really promise in a support contract?", "a slogan")
neg(N, "I'm a UK size 12. What's that in Italian sizing?", "a size chart")
neg(N, "Is the 2019-03 on my boiler's plate its date of manufacture?", "a label")

N = "near-statistics_needing_judgement"
neg(N, "A test is 99% accurate and I tested positive. How worried should I be?", "base rate")
neg(N, "A survey says 62% prefer tea. Is a sample of 50 enough to trust it?", "judgement")
neg(N, "Is 3.2% inflation high by historical standards?", "outside facts")
neg(N, "A 40% chance of rain: does it rain for 40% of the day?", "explanation")
neg(N, "We won 7 of 10; are we better than a side that won 70 of 100?", "inference")
neg(N, "Is a 15% guaranteed return on savings a red flag?", "judgement")
neg(N, "Does a 2% annual fee on my pension really matter?", "judgement")
neg(N, "I got 68% on the exam. What grade is that?", "boundaries unknown")

N = "near-clock_questions_needing_judgement"
neg(N, "What's a good time to ring my brother in Sydney from Dublin?", "preference")
neg(N, "Flying east across the date line, do I lose a day or gain one?", "explanation")
neg(N, "How bad will the jet lag be going from Boston to Delhi?", "judgement")
neg(N, "Which time zone should our distributed team standardise meetings on?", "opinion")
neg(N, "Do they put the clocks forward in Phoenix in March like most of the US?", "outside fact")
neg(N, "Why does India use a half-hour offset?", "explanation")
neg(N, "How early should I get to the airport for a long-haul flight?", "advice")
neg(N, "Is 6:30 am too early to phone a B&B about a booking?", "etiquette")

N = "near-recipe_scaling_by_feel"
neg(N, "If I double a cake recipe, do I double the baking time too?", "baking judgement")
neg(N, "Halving a bread recipe: do I halve the yeast exactly?", "baking judgement")
neg(N, "Should I drop the oven to 160 for a fan oven if the recipe says 180?", "rule of thumb")
neg(N, "Recipe says 2 eggs for 4 people; I have 7 guests. 3 eggs or 4?", "judgement")
neg(N, "How long does a 2.4 kg chicken need to roast?", "guideline varies")
neg(N, "How much rice per person for a party of 30?", "portion judgement")
neg(N, "Will 500 g of pasta be enough for six hungry teenagers?", "judgement")
neg(N, "How long should a 1.5 kg brisket rest?", "cooking advice")

N = "near-body_numbers_needing_advice"
neg(N, "I run 5 km in 28 minutes. Is that good at 45?", "judgement")
neg(N, "What heart rate zone should I train in at 52?", "estimate formulas differ")
neg(N, "How many steps a day do I actually need?", "health advice")
neg(N, "I weigh 82 kg. How much protein should I eat a day?", "guideline varies")
neg(N, "My BMI is 27.4. Am I overweight in a way that matters?", "health judgement")
neg(N, "Is a 60 kg bench press good for a beginner?", "judgement")
neg(N, "How many litres of water should a 70 kg hiker drink on a 30 °C day?", "health advice")
neg(N, "Is a sub-2-hour half marathon realistic after ten weeks of training?", "judgement")

# ---- conversations: an earlier turn changes what the last question means
C = "conv-house_unit_redefined"
conv(
    C,
    [
        (U, "On my shift rota a 'block' means 4 working days followed by 3 off."),
        (A, "Got it: one block is 7 calendar days, 4 on and 3 off."),
        (U, "So how many working days are in 9 blocks?"),
    ],
    "block redefined earlier",
)
conv(
    C,
    [
        (U, "Our sailing club rounds a fathom to exactly 2 metres to keep things simple."),
        (A, "Understood, I'll treat one fathom as 2 m."),
        (U, "Then how long is 35 fathoms of anchor rope?"),
    ],
    "non-standard fathom set earlier",
)
conv(
    C,
    [
        (U, "In this board game a 'point' is 3 tokens and a 'star' is 5 points."),
        (A, "Okay, so a star is worth 15 tokens."),
        (U, "How many tokens do 4 stars and 2 points make?"),
    ],
    "game units defined earlier",
)
conv(
    C,
    [
        (U, "At our bakery a batch means 36 rolls, not a dozen."),
        (A, "Noted: one batch is 36 rolls."),
        (U, "An order came in for 7 batches less 10 rolls. How many rolls is that?"),
    ],
    "batch size set earlier",
)
conv(
    C,
    [
        (U, "In our tabletop game every hex on the map is 5 feet."),
        (A, "Right, each hex is 5 ft."),
        (U, "The dragon is 14 away. What's that in metres?"),
    ],
    "'14 away' means hexes",
)
conv(
    C,
    [
        (U, "When I say a kiln 'day' I mean one 10-hour firing shift."),
        (A, "Understood, a kiln day is 10 hours."),
        (U, "How many hours is 6 days then?"),
    ],
    "day redefined",
)

C = "conv-which_one_was_meant"
conv(
    C,
    [
        (U, "Two roof quotes: Hallam's at 8,400 and Brook & Sons at 7,950 plus scaffolding."),
        (A, "Brook & Sons looks cheaper until the scaffolding is added."),
        (U, "How much more is the second one once that's added?"),
    ],
    "scaffolding cost never given",
)
conv(
    C,
    [
        (U, "My daughter's school trip is 420 and my son's is 365."),
        (A, "That's 785 for both."),
        (U, "If the school covers a third of his, what do I owe in total?"),
    ],
    "'his' refers to the son",
)
conv(
    C,
    [
        (U, "The Lisbon flight departs at 06:40 and the Porto one at 09:15."),
        (A, "Both are morning departures."),
        (U, "If I need to be there two hours before the later one, when should I arrive?"),
    ],
    "'later one' from the earlier turn",
)
conv(
    C,
    [
        (U, "I've got three bags of compost: 40 litres, 60 litres and 75 litres."),
        (A, "That's 175 litres altogether."),
        (U, "Use the two biggest for the raised bed. How much is that?"),
    ],
    "bags listed earlier",
)
conv(
    C,
    [
        (U, "My nan was born on 2 May 1941 and my grandad on 19 November 1938."),
        (A, "So your grandad is the older of the two."),
        (U, "How old was he on the day she was born?"),
    ],
    "'he' and 'she' from the earlier turn",
)
conv(
    C,
    [
        (U, "The lentil stew recipe serves 6 and uses 450 g of lentils."),
        (A, "That's 75 g of lentils per serving."),
        (U, "Scale it for 8, please."),
    ],
    "recipe from the earlier turn",
)

C = "conv-premise_changed_afterwards"
conv(
    C,
    [
        (U, "Work out 15% of 240 for me."),
        (A, "15% of 240 is 36."),
        (U, "Sorry, the jacket is 240 with 15% off the ticket price. What do I actually pay?"),
    ],
    "discount on the earlier price",
)
conv(
    C,
    [
        (U, "How many days from 3 June to 17 June 2027?"),
        (A, "14 days."),
        (U, "Counting both the first and the last day instead?"),
    ],
    "recount of the earlier span",
)
conv(
    C,
    [
        (U, "Convert 60 miles to km."),
        (A, "60 miles is about 96.56 km."),
        (U, "No wait, nautical ones."),
    ],
    "unit corrected afterwards",
)
conv(
    C,
    [
        (U, "Split 180 between the three of us."),
        (A, "That's 60 each."),
        (U, "Actually Tom pays a double share because he brought his partner. Redo it."),
    ],
    "re-split of the earlier sum",
)
conv(
    C,
    [
        (U, "My train leaves at 14:50 and the journey takes 2 h 35."),
        (A, "You'd arrive at 17:25."),
        (U, "It's running 25 minutes late now, so?"),
    ],
    "delay applied to the earlier times",
)
conv(
    C,
    [
        (U, "What's 20% VAT on 350?"),
        (A, "That's 70, so 420 in total."),
        (U, "And if the 350 already included it?"),
    ],
    "inclusive price reading",
)

C = "conv-so_is_that_ok"
conv(
    C,
    [
        (U, "Our electricity bill went from 96 to 141 a month."),
        (A, "That's a rise of about 46.9%."),
        (U, "Is that normal for winter, or should I complain?"),
    ],
    "opinion on the earlier figures",
)
conv(
    C,
    [
        (U, "I ran 10 km in 52:30."),
        (A, "That's an average of 5:15 per kilometre."),
        (U, "Good enough for the club's intermediate group?"),
    ],
    "judgement",
)
conv(
    C,
    [
        (U, "The quote for our kitchen refit is 14,200."),
        (A, "That covers units, worktops and fitting, I assume."),
        (U, "Is that a fair price for a small galley kitchen?"),
    ],
    "judgement",
)
conv(
    C,
    [
        (U, "My son scored 34 out of 40 in his mock."),
        (A, "That's 85%."),
        (U, "Should I still get him a tutor?"),
    ],
    "advice",
)
conv(
    C,
    [
        (U, "Our fuel costs went up 18% over the quarter."),
        (A, "That's a big jump for a delivery business."),
        (U, "What could a small courier firm realistically do about it?"),
    ],
    "advice",
)
conv(
    C,
    [
        (U, "Convert 32 °C to Fahrenheit."),
        (A, "32 °C is 89.6 °F."),
        (U, "Too hot to walk the dog at midday?"),
    ],
    "advice",
)

C = "conv-notation_agreed_earlier"
conv(
    C,
    [
        (U, "Every number I give you next is in hexadecimal."),
        (A, "Understood, I'll read them as hex."),
        (U, "What is 3F plus 1C?"),
    ],
    "base set earlier",
)
conv(
    C,
    [
        (U, "In my notes the comma is the decimal separator, like in Germany."),
        (A, "Got it, 1,5 means one and a half."),
        (U, "What's 12,5 times 4?"),
    ],
    "decimal comma",
)
conv(
    C,
    [
        (U, "Heads up: I write dates the European way, day before month."),
        (A, "Noted, day/month/year."),
        (U, "How many days are there from 03/04/2027 to 05/06/2027 then?"),
    ],
    "date order set earlier",
)
conv(
    C,
    [
        (U, "In our cricket scoring, 4.3 overs means 4 overs and 3 balls, six balls an over."),
        (A, "Right, so 4.3 overs is 27 balls."),
        (U, "How many balls is 17.4 overs?"),
    ],
    "overs notation",
)
conv(
    C,
    [
        (U, "In this spreadsheet the ^ symbol means bitwise XOR, not a power."),
        (A, "Understood, ^ is XOR here."),
        (U, "So what is 6 ^ 3?"),
    ],
    "operator redefined",
)

C = "conv-corrected_midway"
conv(
    C,
    [
        (U, "I need 24 tiles for the splashback, going by my measurements in metres."),
        (A, "24 tiles it is, then."),
        (U, "Oops, I measured in feet, not metres. How many now?"),
    ],
    "tile size and area unknown",
)
conv(
    C,
    [
        (U, "Our team is 8 people and the away-day budget is 600."),
        (A, "That's 75 per head."),
        (U, "Two dropped out, the budget stays, and the venue charges a flat 120. Per head?"),
    ],
    "numbers from the earlier turn",
)
conv(
    C,
    [
        (U, f"The party is on {sayw(D(2027, 6, 12))}."),
        (A, "Lovely, a Saturday party."),
        (U, "Sorry, it's the Sunday after. How many days do I have from 1 May?"),
    ],
    "date from the earlier turn",
)
conv(
    C,
    [
        (U, "I'm paid 2,300 a month after tax."),
        (A, "Okay, that's your net monthly pay."),
        (U, "My rent is 40% of that. Is that too much?"),
    ],
    "opinion",
)
conv(
    C,
    [
        (U, "Convert 5 ft 8 to cm."),
        (A, "5 ft 8 in is 172.72 cm."),
        (U, "That was in shoes, which add 3 cm. Is my real height tall for a woman in Italy?"),
    ],
    "opinion and outside fact",
)
conv(
    C,
    [
        (U, "The flight is 7 h 20 min."),
        (A, "Okay, 7 hours 20 minutes."),
        (U, "That's the return leg; the outbound is 50 minutes shorter. Total for both?"),
    ],
    "durations from the earlier turn",
)

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
    # no register (family name) of this set is a family name of sets 19 to 154
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 154: {reused}"
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
