"""Generate heldout-2027-04-23.jsonl: a hundred-and-forty-first held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_141.py  (from /work/sealed141; writes the JSONL
next to this file and runs every check: counts, duplicates against sets 1-140, registers,
stated weekdays, regeneration digest).

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool,
the rest in 25 new registers, each used by all three tools) and 200 negatives (35
conversations, 65 near-negatives, 100 ordinary). Answers are computed in code: Fraction and
Decimal for money, exact unit constants, datetime and zoneinfo for dates and time zones.

Provenance
----------
Read: bench/grading.py; earlier_registers.txt; lines 32-284, 516-576, 755-839, 1099-1106
and 1872-2095 of the copied generator, each with sed -n (plus cat -A on a few boundary lines
inside those ranges to place the splice).
Wrote: the four query sections, new, in scratch files spliced in by line number (bottom
range first, old text never viewed); a zoneinfo import; this docstring.
Checked: the generator's own checks, re-run after each change; earlier-set clashes it found
(24 queries or user turns) were reworded until none remained; ruff check and ruff format
with the project config; no line over 99 columns.
Slips: before splicing, a byte copy of the original generator was kept in a scratch folder
as a backup; it was never opened and was deleted. After the splice, line lengths past line
31 were listed with awk (numbers only) and the long lines, all new text, printed to shorten.
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
OUT = HERE / "heldout-2027-04-23.jsonl"
PREFIX = "ho141-"
# earlier generators: sets 1-140 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 141))
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
calc(P, "What's seventeen and a half percent of 2,480?", pct("17.5") * 2480)
calc(P, "compute 3,875 divided by 25", F(3875, 25))
calc(P, "whats 48 times 365", 48 * 365)
calc(P, "Work out (1,250 - 387) x 4.", (1250 - 387) * 4)
calc(P, "Add up 19.99, 7.45 and 112.30 for me.", dec("19.99") + dec("7.45") + dec("112.30"))
calc(P, "What is two raised to the thirteenth power?", 2**13)
calc(P, "How much is 6,400 after a 12.5 percent reduction?", 6400 * (1 - pct("12.5")))
calc(P, "Find the square root of 7,056 for me.", 84)
calc(P, "Multiply 0.375 by 88.", dec("0.375") * 88)
calc(P, "What's 1,000 divided by sixteen?", F(1000, 16))
calc(P, "What number is 15% more than 340?", 340 * (1 + pct(15)))
calc(P, "Evaluate 729 / 27 + 14 * 3", F(729, 27) + 14 * 3)
calc(P, "What is the mean of 82, 91, 77 and 86?", F(82 + 91 + 77 + 86, 4))
calc(
    P,
    "what is one thousand two hundred minus four hundred and thirty-seven",
    1200 - 437,
)
assert sum(1 for i in items if i["family"] == P) == WANT_PLAIN

# registers (each also used by the units and datetime sections)
R_VIOLIN = "violin_varnish_drying_room"
R_ZAMBONI = "zamboni_night_shift_at_curling_club"
R_TIDE = "tide_gauge_maintenance_boat"
R_BLADE = "wind_turbine_blade_repair_tech"
R_BSL = "bsl_interpreter_freelance_diary"
R_MUSH = "mushroom_grow_room_technician"
R_PILOT = "harbour_pilot_boarding_roster"
R_ESCAPE = "escape_room_puzzle_builder"
R_MARBLE = "paper_marbling_workshop"
R_FUNI = "funicular_railway_operator"
R_BOB = "bobsleigh_track_ice_crew"
R_TEA = "tea_estate_plucking_supervisor"
R_SNOW = "snowmaking_crew_ski_resort"
R_STENO = "court_stenographer_freelance"
R_SWEEP = "chimney_sweep_round"
R_FOLEY = "foley_artist_sound_stage"
R_GLACIER = "glacier_cave_guide"
R_ALIGN = "orthodontic_lab_aligner_tech"
R_SHEEPDOG = "sheepdog_trial_course_steward"
R_PYRO = "stage_pyrotechnics_crew"
R_SONDE = "radiosonde_upper_air_observer"
R_MOSAIC = "mosaic_tile_restorer_villa"
R_FOIL = "wedding_invitation_foil_press"
R_COFFEE = "coffee_roastery_green_bean_buyer"
R_COX = "rowing_eight_coxswain"

calc(
    R_VIOLIN,
    "Every violin in the drying room gets 9 coats of oil varnish at 1.8 ml a coat. "
    "For a batch of 14 instruments, how many ml of varnish is that altogether?",
    9 * dec("1.8") * 14,
)
calc(
    R_VIOLIN,
    "varnish resin is €38.60 a jar, 250 g per jar, and they only sell whole jars. "
    "i need 1.1 kg for the season - what do i spend?",
    whole_up(F(1100, 250)) * dec("38.60"),
)
calc(
    R_ZAMBONI,
    "The curling club pays me £14.85 an hour plus a flat £22 supplement for each night shift. "
    "I did six shifts of 7.5 hours. What's my gross pay?",
    dec("14.85") * 6 * dec("7.5") + 22 * 6,
)
calc(
    R_TIDE,
    "Our tide gauge logs one reading every 6 minutes, round the clock. How many readings "
    "does it store over a 9-day deployment?",
    F(60, 6) * 24 * 9,
)
calc(
    R_BLADE,
    "Leading-edge job: 3 turbines, 3 blades on each, every blade needs 2.4 m of erosion "
    "tape at €41.50 per metre. Tape cost before VAT?",
    3 * 3 * dec("2.4") * dec("41.50"),
)
calc(
    R_BSL,
    "I charge £38 an hour with a two-hour minimum, plus 45p a mile. The booking only lasted "
    "1 hour 20 minutes and the round trip was 34 miles. What do I invoice?",
    38 * 2 + dec("0.45") * 34,
)
calc(
    R_BSL,
    "Two of us interpreted a conference and are splitting the £1,140 fee 7:5 by hours worked. "
    "How much is the larger share?",
    F(1140 * 7, 12),
)
calc(
    R_MUSH,
    "Grow room B: 48 shelves, 6 substrate bags per shelf, and each bag gave 1.35 kg in the "
    "first flush. Total kg picked?",
    48 * 6 * dec("1.35"),
)
calc(
    R_PILOT,
    "Pilotage here is £0.32 per unit of gross tonnage plus a £185 boarding fee. The vessel "
    "is 24,600 GT. What's the pilotage bill?",
    dec("0.32") * 24600 + 185,
)
calc(
    R_ESCAPE,
    "I run 5 escape rooms, 11 sessions a week each, £96 per session. If every slot sells, "
    "what are the weekly takings?",
    5 * 11 * 96,
)
calc(
    R_MARBLE,
    "The carrageenan size is 14 g per 2 litres of water. How many grams do I whisk into "
    "a 7.5 litre marbling tray?",
    F(14, 2) * dec("7.5"),
)
calc(
    R_FUNI,
    "Each funicular car carries 64 passengers and we run 22 trips an hour for 8.5 hours. "
    "Maximum passengers in a day?",
    64 * 22 * dec("8.5"),
)
calc(
    R_BOB,
    "four-man heat times were 51.83, 52.07, 51.96 and 52.14 s. what's the combined time "
    "in seconds?",
    dec("51.83") + dec("52.07") + dec("51.96") + dec("52.14"),
)
calc(
    R_TEA,
    "Pluckers get a base of 312 rupees a day plus 6.40 rupees per kilo of green leaf over "
    "the 20 kg standard. Meena brought in 31.5 kg. What does she earn for the day?",
    312 + (dec("31.5") - 20) * dec("6.40"),
)
calc(
    R_TEA,
    "It takes 4.5 kg of green leaf to make 1 kg of made tea. The factory weighed in "
    "12,870 kg of leaf. How many kilos of made tea should that give?",
    F(12870) / dec("4.5"),
)
calc(
    R_SNOW,
    "Each snow gun runs 14 hours a night using 5.5 cubic metres of water an hour. With 23 guns "
    "running for 3 nights, how many cubic metres of water is that?",
    14 * dec("5.5") * 23 * 3,
)
calc(
    R_STENO,
    "Transcript rates: $4.25 a page for the original, $1.10 a page per copy. The hearing "
    "ran to 286 pages and the firm wants the original plus 3 copies. Total charge?",
    286 * (dec("4.25") + 3 * dec("1.10")),
)
calc(
    R_STENO,
    "Expedited turnaround adds 40% to my $4.25 per-page original rate. What's the "
    "expedited rate per page?",
    dec("4.25") * (1 + pct(40)),
)
calc(
    R_SWEEP,
    "I sweep 7 chimneys a day at £65 each, 4 days a week, and 18% of the takings go on the "
    "van and fuel. What's left from a week's work?",
    7 * 65 * 4 * (1 - pct(18)),
)
calc(
    R_FOLEY,
    "Foley budget: three artists at £310 a day each for 4 days, plus the stage at £650 "
    "a day for those 4 days. Total?",
    3 * 310 * 4 + 650 * 4,
)
calc(
    R_GLACIER,
    "Ice cave tour, 12 guests at 89 euros each, and the guide keeps 35% of the takings. "
    "What's the guide's cut?",
    12 * 89 * pct(35),
)
calc(
    R_ALIGN,
    "An aligner case is 38 upper plus 38 lower trays and the resin works out at 2.15 per tray "
    "printed. Resin cost for the whole case?",
    (38 + 38) * dec("2.15"),
)
calc(
    R_SHEEPDOG,
    "She starts on 100 and the judge took off 7 on the outrun, 4.5 on the lift, 12 on the "
    "fetch and 3 on the drive. What's her score?",
    100 - 7 - dec("4.5") - 12 - 3,
)
calc(
    R_PYRO,
    "The cue list has 14 cues; each fires 6 mines at £7.35 and 3 comets at £4.80. What do "
    "the shells cost in total?",
    14 * (6 * dec("7.35") + 3 * dec("4.80")),
)
calc(
    R_SONDE,
    "Each radiosonde is $215 and each balloon $68.50. Two launches a day for 28 days - "
    "what do the consumables cost?",
    (215 + dec("68.50")) * 2 * 28,
)
calc(
    R_MOSAIC,
    "The lost section of the floor is 46 tesserae by 35 tesserae and we recovered 318 of the "
    "originals. How many new tesserae have to be cut?",
    46 * 35 - 318,
)
calc(
    R_FOIL,
    "Gold foil is £27.40 a roll and one roll does 160 sides. The order is 420 invitations "
    "foiled on both sides, whole rolls only. What's the foil cost?",
    whole_up(F(420 * 2, 160)) * dec("27.40"),
)
calc(
    R_FOIL,
    "Quote please: 150 invitations at £3.80, 150 RSVP cards at £1.65 and a £95 plate set-up, "
    "then 10% off the lot.",
    (150 * dec("3.80") + 150 * dec("1.65") + 95) * (1 - pct(10)),
)
calc(
    R_COFFEE,
    "Green beans lose 16% of their weight in the roast. How many kg of roasted coffee "
    "comes out of a 60 kg sack?",
    60 * (1 - pct(16)),
)
calc(
    R_COFFEE,
    "Bought 19 sacks of washed Ethiopian at $5.85 per kilo, 60 kg per sack. What's the invoice?",
    19 * 60 * dec("5.85"),
)
calc(
    R_COX,
    "The eight rowers plus me as cox split the £1,341 regatta entry and minibus cost equally. "
    "How much does each of us pay?",
    F(1341, 9),
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


# plain one-line questions
unit(P, "73 in to cm, please", 73 * IN * 100, EXACT)
unit_r(P, "A marathon is 26.2 miles; how many kilometres is that?", dec("26.2") * MI / 1000)
unit(P, "98.6 degrees Fahrenheit in Celsius please", f_to_c(dec("98.6")), EXACT)
unit_r(P, "convert 150 pounds to kilograms", 150 * LB)
unit(P, "How many square feet are there in 2.5 acres?", dec("2.5") * ACRE / SQFT, EXACT)
unit(P, "what is 3.5 GiB in MiB", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "Convert 120 km/h to miles per hour.", 120 * KMH / MPH)
unit(P, "How many metres is 1,500 yards?", 1500 * YD, EXACT)
unit_r(P, "Express 32 psi in kilopascals.", 32 * PSI / 1000)
unit_r(P, "What is 11 stone 4 pounds in kilograms?", 11 * STONE + 4 * LB)
unit(P, "How many millilitres are in 2.35 litres?", dec("2.35") * 1000, EXACT)
unit(P, "Convert minus 12 degrees Celsius to Fahrenheit.", c_to_f(-12), EXACT)
unit(P, "how many seconds in 3.75 hours", dec("3.75") * 3600, EXACT)
unit_r(P, "500 grams in ounces?", F(500, 1000) / OZ)
assert sum(1 for i in items if i["family"] == P and i["label"] == "positive:units") == WANT_PLAIN

unit(
    R_VIOLIN,
    "The UV cabinet holds the ground coat at 86 °F while it dries. What is that in Celsius?",
    f_to_c(86),
    EXACT,
)
unit(
    R_ZAMBONI,
    "Curling sheets want the ice 1.25 inches thick. How many millimetres is that?",
    dec("1.25") * IN * 1000,
    EXACT,
)
unit_r(
    R_ZAMBONI,
    "brine in the floor pipes is reading 16 F - what's that in degrees celsius",
    f_to_c(16),
)
unit_r(
    R_TIDE,
    "The benchmark on the harbour wall is 14.6 feet above chart datum. In metres?",
    dec("14.6") * FT,
)
unit_r(
    R_BLADE,
    "The blade I'm roping down is 262 feet long. How long is that in metres?",
    262 * FT,
)
unit_r(
    R_BLADE,
    "Hub height is 105 m. Convert that to feet for the US client's report.",
    F(105) / FT,
)
unit_r(
    R_BSL,
    "I drove 68 miles to the tribunal and the expenses form wants kilometres. How many km?",
    68 * MI / 1000,
)
unit_r(
    R_MUSH,
    "The spawn-run room has to sit at 64 degrees Fahrenheit. What's the setpoint in Celsius?",
    f_to_c(64),
)
unit_r(
    R_PILOT,
    "Ship's draught is 11.4 metres. What is that in feet?",
    dec("11.4") / FT,
)
unit(
    R_ESCAPE,
    "The puzzle-reveal video file is 2.75 GiB. How many MiB is that?",
    dec("2.75") * GIB / MIB,
    EXACT,
)
unit_r(
    R_MARBLE,
    "An old recipe calls for half an ounce (by weight) of alum powder. How many grams?",
    OZ / 2 * 1000,
)
unit(
    R_FUNI,
    "The funicular track is 1,130 yards long. What is that in metres?",
    1130 * YD,
    EXACT,
)
unit_r(
    R_BOB,
    "Top speed on the timing sheet was 143.6 km/h. Convert that to mph.",
    dec("143.6") * KMH / MPH,
)
unit_r(
    R_BOB,
    "Sled plus four crew weighed in at 630 kg. What's that in pounds?",
    630 / LB,
)
unit(
    R_TEA,
    "The upper estate sits at 6,200 feet. How many metres above sea level is that?",
    6200 * FT,
    EXACT,
)
unit_r(
    R_SNOW,
    "The guns only make good snow with the wet-bulb under 27 °F. What is 27 °F in Celsius?",
    f_to_c(27),
)
unit_r(
    R_SNOW,
    "Pressure in the snowmaking main is 580 psi. Convert to bar.",
    580 * PSI / BAR,
)
unit_r(
    R_STENO,
    "The court audio file is 850 MiB. How many GiB is that?",
    F(850) * MIB / GIB,
)
unit(
    R_SWEEP,
    "the flue liner is 9 inches across, how many cm is that",
    9 * IN * 100,
    EXACT,
)
unit_r(
    R_FOLEY,
    "Each sandbag on the foley stage weighs 25 lb. What is that in kilograms?",
    25 * LB,
)
unit_r(
    R_GLACIER,
    "The ice roof above the cave mouth is 42 metres thick. How many feet is that?",
    F(42) / FT,
)
unit(
    R_ALIGN,
    "The aligner sheet is 0.03 inch thick. How many millimetres is that?",
    dec("0.03") * IN * 1000,
    EXACT,
)
unit(
    R_SHEEPDOG,
    "The outrun is set at 450 yards. What's that in metres for the course map?",
    450 * YD,
    EXACT,
)
unit(
    R_PYRO,
    "The fallout zone radius is 210 feet. How many metres is that?",
    210 * FT,
    EXACT,
)
unit_r(
    R_SONDE,
    "The balloon burst at 31,400 m. What altitude is that in feet?",
    F(31400) / FT,
)
unit_r(
    R_SONDE,
    "Surface pressure at launch was 1013.2 hPa. What is that in psi?",
    dec("1013.2") * 100 / PSI,
)
unit_r(
    R_MOSAIC,
    "The damaged panel measures 3.2 m by 2.5 m. What's its area in square feet?",
    dec("3.2") * dec("2.5") / SQFT,
)
unit(
    R_FOIL,
    "The brass foiling die is 4.25 inches wide. Give me that in millimetres.",
    dec("4.25") * IN * 1000,
    EXACT,
)
unit_r(
    R_COFFEE,
    "A sack of green coffee is 60 kg. How many pounds is that?",
    60 / LB,
)
unit_r(
    R_COX,
    "The regatta course is 2,000 metres. How many yards is that?",
    F(2000) / YD,
)
unit_r(
    R_COX,
    "I weigh 8 stone 12 lb for the cox weigh-in. What is that in kilograms?",
    8 * STONE + 12 * LB,
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


def zspan_hours(start, start_zone, end, end_zone):
    """Hours between two local wall-clock times in named zones (real offsets on the date)."""
    a = start.replace(tzinfo=ZoneInfo(start_zone))
    b = end.replace(tzinfo=ZoneInfo(end_zone))
    return F(int((b - a).total_seconds()), 3600)


def work_days_on(first, n):
    """The n-th Monday-to-Friday day counting from first (a weekday) as day 1."""
    assert first.weekday() < SAT, first
    d, k = first, 0
    while True:
        if d.weekday() < SAT:
            k += 1
            if k == n:
                return d
        d += TD(days=1)


# plain one-line questions
date_item(P, "Which date falls 90 days after 14 March 2027?", D(2027, 3, 14) + TD(days=90))
date_item(
    P,
    "How many days are there between 3 January 2028 and 19 August 2028?",
    days(D(2028, 1, 3), D(2028, 8, 19)),
)
date_item(P, "what day of the week was 9 october 1991", weekday(D(1991, 10, 9)))
date_item(P, "Which weekday will July 4, 2031 fall on?", weekday(D(2031, 7, 4)))
_a, _b = D(2027, 4, 5), D(2027, 7, 26)
date_item(P, f"How many weeks are there from {sayw(_a)} to {sayw(_b)}?", weeks(_a, _b))
date_item(
    P,
    "Someone born on 17 September 1988: how old are they on 2 March 2027?",
    age(D(1988, 9, 17), D(2027, 3, 2)),
)
date_item(P, "What's the date six weeks before 1 December 2029?", D(2029, 12, 1) - TD(weeks=6))
date_item(
    P,
    "how many days from 30 november 2026 to 1 march 2027",
    days(D(2026, 11, 30), D(2027, 3, 1)),
)
date_item(
    P,
    "How many minutes are there from 21:50 to 06:15 the next morning?",
    clock_span("21:50", "06:15", 60),
)
date_item(P, "Give me the date 250 days after 1 January 2030.", D(2030, 1, 1) + TD(days=250))
date_item(P, "What day of the week is 29 February 2032?", weekday(D(2032, 2, 29)))
date_item(
    P,
    "How many hours are there between 08:30 on 4 May 2027 and 17:00 on 6 May 2027?",
    F(int((DT(2027, 5, 6, 17, 0) - DT(2027, 5, 4, 8, 30)).total_seconds()), 3600),
)
date_item(P, "What date is the third Thursday of September 2028?", nth_weekday(2028, 9, THU, 3))
date_item(
    P,
    "Counting from 11 October 2027, how many days until 25 December 2027?",
    days(D(2027, 10, 11), D(2027, 12, 25)),
)
assert sum(1 for i in items if i["family"] == P and i["label"] == "positive:datetime") == 14

_c = D(2027, 3, 2)
date_item(
    R_VIOLIN,
    f"First coat of varnish goes on {sayw(_c)}. Each coat needs 5 days in the cabinet before "
    "the next one, and there are 6 coats. On what date is the last coat cured?",
    _c + TD(days=6 * 5),
)
_c = D(2027, 10, 7)
date_item(
    R_ZAMBONI,
    f"League nights are every Thursday, the first being {sayw(_c)}. What is the date of "
    "the 10th league night?",
    _c + TD(weeks=9),
)
date_item(
    R_TIDE,
    "The gauge was serviced on 18 May 2027 and needs servicing every 120 days. When is "
    "the next service due?",
    D(2027, 5, 18) + TD(days=120),
)
date_item(
    R_TIDE,
    "We deployed the pressure logger at 14:20 on 3 June 2027 and recovered it at 09:50 on "
    "11 June 2027. How many hours was it in the water?",
    F(int((DT(2027, 6, 11, 9, 50) - DT(2027, 6, 3, 14, 20)).total_seconds()), 3600),
)
_c = D(2027, 9, 13)
date_item(
    R_BLADE,
    f"The weather window opens {sayw(_c)} and the blade repair needs 9 working days, "
    "Monday to Friday only. Counting the first day as day 1, on which date is the last "
    "working day?",
    work_days_on(_c, 9),
)
date_item(
    R_BSL,
    "A deaf client booked me for a session 45 days after 8 November 2027. What day of the "
    "week is that?",
    weekday(D(2027, 11, 8) + TD(days=45)),
)
date_item(
    R_MUSH,
    "Bags were cased on 2 August 2027. First flush is picked 19 days later and the second "
    "flush 12 days after that. What date is the second flush?",
    D(2027, 8, 2) + TD(days=19 + 12),
)
# the ship sails the night both the Netherlands and the UK put their clocks back
date_item(
    R_PILOT,
    "Ship drops the Rotterdam pilot at 22:00 local time on Saturday night, 30 October 2027, "
    "and picks up the Felixstowe pilot at 06:30 local time the next morning. How many hours "
    "is the crossing?",
    zspan_hours(
        DT(2027, 10, 30, 22, 0), "Europe/Amsterdam", DT(2027, 10, 31, 6, 30), "Europe/London"
    ),
)
_c = D(2028, 1, 5)
date_item(
    R_PILOT,
    f"My roster is 4 days on, 3 days off, with the first on-day {sayw(_c)}. On what date "
    "does my 6th block of on-days start?",
    _c + TD(days=5 * 7),
)
_c = D(2027, 12, 4)
date_item(
    R_ESCAPE,
    f"The new room opens to the public on {sayw(_c)} and the build takes 38 days. What is "
    "the latest date we can start building?",
    _c - TD(days=38),
)
_c = D(2028, 1, 8)
date_item(
    R_MARBLE,
    f"Our marbling classes run every other Saturday starting {sayw(_c)}. What date is the "
    "seventh class?",
    _c + TD(weeks=2 * 6),
)
date_item(
    R_FUNI,
    "The inspection shutdown runs from 10 January 2028 to 4 February 2028, both days "
    "included. How many days is the line closed?",
    days(D(2028, 1, 10), D(2028, 2, 4)) + 1,
)
date_item(
    R_FUNI,
    "Last car up leaves at 23:10 and the first car next morning is at 06:45. How many "
    "minutes is the line without service?",
    clock_span("23:10", "06:45", 60),
)
date_item(
    R_BOB,
    "We start freezing the track on 1 November 2027 and homologation is set for 24 days "
    "later. Which weekday is the homologation?",
    weekday(D(2027, 11, 1) + TD(days=24)),
)
date_item(
    R_TEA,
    "first flush plucking began on 14 March 2027 and we go round the sections on a 7 day "
    "round. what date does the 12th round start",
    D(2027, 3, 14) + TD(days=7 * 11),
)
_c = D(2027, 11, 27)
date_item(
    R_SNOW,
    f"We start snowmaking on 15 October 2027 and opening day is {sayw(_c)}. How many days?",
    days(D(2027, 10, 15), _c),
)
date_item(
    R_STENO,
    "The transcript is due 30 calendar days after the hearing on 21 June 2027. What's the "
    "due date?",
    D(2027, 6, 21) + TD(days=30),
)
date_item(
    R_SWEEP,
    "Mrs Okafor's chimney was last swept on 12 September 2026 and I rebook every 52 weeks. "
    "What date is her next sweep?",
    D(2026, 9, 12) + TD(weeks=52),
)
date_item(
    R_SWEEP,
    "I only do sweeps on Tuesdays and Fridays. How many working days is that in March 2027?",
    sum(1 for k in range(1, 32) if D(2027, 3, k).weekday() in (TUE, FRI)),
)
_c = D(2027, 6, 16)
date_item(
    R_FOLEY,
    f"The spotting session is {sayw(_c)} and the foley mix is due 6 weeks later. What "
    "date is that?",
    _c + TD(weeks=6),
)
_dep = DT(2028, 3, 12, 20, 45, tzinfo=ZoneInfo("America/New_York"))
_arr = (_dep + TD(hours=5, minutes=40)).astimezone(ZoneInfo("Atlantic/Reykjavik"))
date_item(
    R_GLACIER,
    "My tour group leaves New York at 20:45 local time on 12 March 2028 on a 5 hour 40 "
    "minute flight to Reykjavik. What is the date in Reykjavik when they land?",
    _arr.date(),
)
date_item(
    R_GLACIER,
    "Ice cave season runs from 1 November 2027 to 31 March 2028 inclusive. How many days "
    "is the season?",
    days(D(2027, 11, 1), D(2028, 3, 31)) + 1,
)
_c = D(2028, 1, 3)
date_item(
    R_ALIGN,
    f"Patient starts tray 1 on {sayw(_c)} and changes to a new tray every 10 days. There "
    "are 38 trays. On what date does she start the last one?",
    _c + TD(days=10 * 37),
)
date_item(
    R_SHEEPDOG,
    "The open trial is always held on the second Saturday of August. What's the date in 2027?",
    nth_weekday(2027, 8, SAT, 2),
)
_c = D(2027, 11, 5)
date_item(
    R_PYRO,
    f"The display licence application has to be in 28 days before the show on {sayw(_c)}. "
    "What's the deadline?",
    _c - TD(days=28),
)
_nye = DT(2027, 12, 31, 21, 0)
date_item(
    R_PYRO,
    "We're syncing to the Sydney fireworks at 21:00 on 31 December 2027. How many hours "
    "ahead of London is Sydney on that date?",
    F(
        int(
            (
                _nye.replace(tzinfo=ZoneInfo("Australia/Sydney")).utcoffset()
                - _nye.replace(tzinfo=ZoneInfo("Europe/London")).utcoffset()
            ).total_seconds()
        ),
        3600,
    ),
)
_first, _last = DT(2027, 5, 1, 11, 15), DT(2027, 5, 31, 23, 15)
date_item(
    R_SONDE,
    "We launch a sonde every 12 hours, the first at 11:15 on 1 May 2027 and the last at "
    "23:15 on 31 May 2027. How many launches is that, counting both?",
    int((_last - _first).total_seconds()) // (12 * 3600) + 1,
)
_c = D(2027, 6, 17)
date_item(
    R_MOSAIC,
    f"The lime bedding mortar was laid on {sayw(_c)} and needs 28 days to cure before "
    "grouting. On what date can we grout?",
    _c + TD(days=28),
)
_c = D(2027, 9, 18)
date_item(
    R_FOIL,
    f"The wedding is {sayus(_c)}, and the invitations should go out 8 weeks before. "
    "What date do they need to be posted?",
    _c - TD(weeks=8),
)
date_item(
    R_COFFEE,
    "green coffee that arrived on 9 February 2028 is good for 270 days. last date to roast it?",
    D(2028, 2, 9) + TD(days=270),
)
_c = D(2028, 3, 11)
date_item(
    R_COX,
    f"The head race is {sayw(_c)} and the coach wants our training block to start exactly "
    "10 weeks before race day. On what date does it start?",
    _c - TD(weeks=10),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- conversations: an earlier turn changes what the last question means (35)
conv(
    "conv-follow-up-opinion",
    [
        (U, "I quoted a client £2,150 to re-lead a church window, about 40 hours of work."),
        (A, "That works out at roughly £54 an hour before materials."),
        (U, "Do you think that's fair or am I underselling myself?"),
    ],
    "asks for a judgement about the quote stated earlier, not a calculation",
)
conv(
    "conv-follow-up-opinion",
    [
        (U, "My half-marathon splits were 5:02, 5:10, 5:21 per km and then it fell apart."),
        (A, "Sounds like the pace crept up through the middle kilometres."),
        (U, "What should I change in training so the second half doesn't collapse?"),
    ],
    "training advice about the splits given earlier",
)
conv(
    "conv-follow-up-opinion",
    [
        (U, "We're choosing between a 14 m² shed for £3,900 or a 10 m² one for £2,600."),
        (A, "The bigger one costs a little less per square metre."),
        (U, "Which would you go for if it's mostly for bikes and a workbench?"),
    ],
    "a preference between the two sheds described earlier",
)
conv(
    "conv-follow-up-opinion",
    [
        (U, "Our band charges 650 for a three-hour wedding set."),
        (A, "That's a fairly common range for a four-piece in the UK."),
        (U, "How should I word it when a couple asks for a discount?"),
    ],
    "a wording request grounded in the earlier price",
)
conv(
    "conv-follow-up-opinion",
    [
        (U, "I've got 3,000 saved and the boiler is 19 years old."),
        (A, "Boilers of that age are often near the end of their life."),
        (U, "Should I replace it now or wait until it actually breaks?"),
    ],
    "a household decision; numbers are background only",
)
conv(
    "conv-redefined-term",
    [
        (
            U,
            "In our darts league a 'leg' starts from 301, not 501, and you finish on a double.",
        ),
        (A, "Got it, 301 double-out."),
        (U, "So what's the best checkout route from 97?"),
    ],
    "a darts checkout strategy under the rules given, not arithmetic",
)
conv(
    "conv-redefined-term",
    [
        (U, "For this puzzle, the symbol # means 'reverse the digits then add 1'."),
        (A, "Understood, so 12# would be 22."),
        (U, "What's 47# then, and is there a number that maps to itself?"),
    ],
    "uses an operator defined earlier in the conversation",
)
conv(
    "conv-redefined-term",
    [
        (U, "In my game design doc, one 'tick' is 250 ms and a 'turn' is 6 ticks."),
        (A, "So a turn lasts one and a half seconds."),
        (U, "Does a turn that long feel sluggish for a real-time strategy game?"),
    ],
    "game-feel opinion about the earlier definitions",
)
conv(
    "conv-redefined-term",
    [
        (U, "At our bakery a 'tray' means 24 rolls but a 'rack' means 9 trays."),
        (A, "Noted: a rack is 216 rolls."),
        (U, "Can you suggest clearer names so new staff stop mixing them up?"),
    ],
    "a naming request about terms defined earlier",
)
conv(
    "conv-redefined-term",
    [
        (
            U,
            "In my story the moon Ardel orbits every 19 days and the sun sets twice a day.",
        ),
        (A, "Interesting setting."),
        (U, "How would farmers there keep track of the seasons?"),
    ],
    "worldbuilding speculation built on the earlier premise",
)
conv(
    "conv-reference-back",
    [
        (U, "The part number on the pump is 4410-220-B."),
        (A, "That looks like a manufacturer's catalogue number."),
        (U, "Where would I usually find a replacement seal kit for it?"),
    ],
    "refers back to a part number; needs knowledge, not arithmetic",
)
conv(
    "conv-reference-back",
    [
        (U, "My flight code is BA 2491 and the gate says 23B."),
        (A, "Okay."),
        (U, "What does the letter after the gate number usually mean?"),
    ],
    "meaning of a gate code mentioned earlier",
)
conv(
    "conv-reference-back",
    [
        (U, "The error on the printer says E-0453 and then it reboots."),
        (A, "That's usually a hardware fault code."),
        (U, "Any idea what I should try before calling an engineer?"),
    ],
    "troubleshooting an error code from the earlier turn",
)
conv(
    "conv-reference-back",
    [
        (U, "Here are my scores out of 20 for the quiz rounds: 14, 17, 9, 16."),
        (A, "The third round stands out as the weak one."),
        (U, "What kind of questions tend to trip people up in picture rounds?"),
    ],
    "asks for quiz tips after a score list; nothing to compute",
)
conv(
    "conv-reference-back",
    [
        (U, "The recipe says bake at 180 for 25 minutes but my oven is a fan oven."),
        (A, "Fan ovens usually run hotter than conventional ones."),
        (U, "So should I lower it, shorten the time, or both?"),
    ],
    "baking judgement that depends on the earlier context",
)
conv(
    "conv-change-of-task",
    [
        (U, "What's 15% of 86?"),
        (A, "12.9."),
        (U, "Great, now write me a short limerick about tipping a waiter."),
    ],
    "the last turn switches to creative writing",
)
conv(
    "conv-change-of-task",
    [
        (U, "How many metres are in 3.4 km again?"),
        (A, "3,400 metres."),
        (U, "Thanks. Explain to my nephew why 'kilo' means a thousand."),
    ],
    "asks for an explanation after a finished conversion",
)
conv(
    "conv-change-of-task",
    [
        (U, "What date is 17 days after 2 May 2027?"),
        (A, "19 May 2027."),
        (U, "Good. Draft a polite email telling the landlord we'll move out then."),
    ],
    "drafting an email; the date is already settled",
)
conv(
    "conv-change-of-task",
    [
        (U, "I need 7 x 36 for the order sheet."),
        (A, "252."),
        (U, "Now turn the whole order into a neat table in markdown with the columns I use."),
    ],
    "formatting task that depends on columns the model must ask about",
)
conv(
    "conv-change-of-task",
    [
        (U, "My rent went from 980 to 1,045."),
        (A, "That's an increase of 65."),
        (U, "Help me write a reply to the agent questioning the rise."),
    ],
    "letter writing about the earlier figures",
)
conv(
    "conv-elliptical",
    [
        (U, "Is it normal for a cat to sleep 16 hours a day?"),
        (A, "Yes, many adult cats sleep 12 to 16 hours."),
        (U, "And for a dog?"),
    ],
    "elliptical follow-up to a factual animal question",
)
conv(
    "conv-elliptical",
    [
        (U, "What's a sensible age for a child to walk to school alone?"),
        (A, "It varies, but many parents start around 9 or 10 for short routes."),
        (U, "What about 7?"),
    ],
    "the bare number is an age in a parenting question",
)
conv(
    "conv-elliptical",
    [
        (U, "Is 21 degrees a good temperature to keep a bedroom at?"),
        (A, "Many people sleep better a bit cooler, around 16 to 19 °C."),
        (U, "And a nursery?"),
    ],
    "follow-up needing advice, not a conversion",
)
conv(
    "conv-elliptical",
    [
        (U, "For a 20 amp circuit in an American house, which copper gauge do electricians run?"),
        (A, "Typically 12 AWG copper for a 20 amp breaker."),
        (U, "And for 30 then?"),
    ],
    "the bare number means a 30 amp circuit; electrical knowledge",
)
conv(
    "conv-elliptical",
    [
        (U, "How long should a 4 kg turkey rest after roasting?"),
        (A, "About 30 to 45 minutes, loosely covered."),
        (U, "And a 2 kg chicken?"),
    ],
    "cooking guidance follow-up",
)
conv(
    "conv-notation-set-earlier",
    [
        (U, "In my spreadsheet, dates are written day.month and amounts are in hundreds of yen."),
        (A, "Okay, so 3.4 is the third of April and 12 means 1,200 yen."),
        (U, "Is that a sensible way to store them, or will it cause problems later?"),
    ],
    "asks about data design, referring to the earlier notation",
)
conv(
    "conv-notation-set-earlier",
    [
        (U, "We label trail difficulty 1 to 5, where 5 is easiest, which confuses visitors."),
        (A, "That is the reverse of most grading systems."),
        (U, "Is a 2 on our scale suitable for a family with a toddler?"),
    ],
    "the number 2 has a meaning set earlier; needs judgement",
)
conv(
    "conv-notation-set-earlier",
    [
        (U, "On our team board, 'x' means blocked and a number means days left on the task."),
        (A, "Makes sense."),
        (U, "If Ravi's card says 3x, what is he probably trying to tell us?"),
    ],
    "interpretation of notation described earlier",
)
conv(
    "conv-notation-set-earlier",
    [
        (U, "My knitting chart uses 'k2tog' and 'p3' and numbers in brackets are repeats."),
        (A, "Standard notation, yes."),
        (U, "What does (k2, p1) x 4 actually look like on the needles?"),
    ],
    "a knitting explanation using notation from the earlier turn",
)
conv(
    "conv-notation-set-earlier",
    [
        (U, "Our choir marks voices as S1, S2, A1, A2 and so on."),
        (A, "Divided sopranos and altos."),
        (U, "Should a light mezzo sit in S2 or A1?"),
    ],
    "voice part advice",
)
conv(
    "conv-estimate-in-context",
    [
        (U, "I'm walking the Cotswold Way with a heavy pack and I'm not very fit."),
        (A, "It's a hilly route, so take that into account."),
        (U, "Roughly how many days should I allow for it?"),
    ],
    "an estimate depending on fitness and route knowledge",
)
conv(
    "conv-estimate-in-context",
    [
        (U, "We're hosting about 60 people at a garden party, mostly adults, some kids."),
        (A, "Sounds lovely."),
        (U, "How much food should I roughly plan for?"),
    ],
    "catering estimate, no exact answer",
)
conv(
    "conv-estimate-in-context",
    [
        (U, "I've got a 1930s semi with solid walls and single glazing in the back rooms."),
        (A, "Those houses can be draughty."),
        (U, "Ballpark, what might a heat pump install cost for it?"),
    ],
    "a price estimate needing outside knowledge",
)
conv(
    "conv-estimate-in-context",
    [
        (U, "My teenager swims three evenings a week and cycles to school."),
        (A, "That's an active routine."),
        (U, "How much protein does someone like that need daily, roughly?"),
    ],
    "nutrition estimate about the person described earlier",
)
conv(
    "conv-estimate-in-context",
    [
        (U, "The removal firm said a 3-bed house is usually a full day."),
        (A, "That's typical for a local move."),
        (U, "Would that change much if there are lots of books and a piano?"),
    ],
    "judgement about moving time",
)

# ---- near-negatives: they look like tool questions but need the language model (65)
NI = "near-identifier-looks-like-sum"
neg(
    NI,
    "My extension is 4-1-7-0; can you tell me which department that usually is?",
    "a phone extension, not a subtraction",
)
neg(
    NI,
    "What does the 2024-11 in a firmware name like fw-2024-11-rc3 normally mean?",
    "a version label that looks like a date or subtraction",
)
neg(NI, "Is part 6205-2RS the same bearing as 6205 ZZ?", "part numbers, not arithmetic")
neg(
    NI,
    "The match finished 3-1 after extra time. Was that a fair result on the chances?",
    "a football score, not a subtraction",
)
neg(NI, "Upgrading from Python 3.11 to 3.13 - what breaks?", "version numbers")
neg(NI, "Road sign says A38(M) 2/3 - what does the slash bit mean?", "a road sign label")
neg(
    NI,
    "My seat is row 14/15 on the ticket, which one do I sit in?",
    "a ticket label that looks like a fraction",
)
neg(
    NI,
    "What's the difference between a 10/100 and a 10/100/1000 network port?",
    "network speed labels, not division",
)
neg(
    NI,
    "Our house number is 12 1/2 - how do I write that on a form that only takes digits?",
    "an address that looks like a mixed number",
)
neg(
    NI,
    "Is 5-4-3-2-1 a good drill for calming panic attacks?",
    "a grounding technique named with numbers",
)
neg(
    NI,
    "The tyre says 205/55 R16 91V. What does each number mean?",
    "a tyre size code, not a division",
)
neg(NI, "Why is the 4-4-2 formation falling out of fashion?", "a football formation")

NR = "near-redefined-notation"
neg(
    NR,
    "If + means multiply and x means add, what is 3 + 4 x 2, and which reading did you use?",
    "redefined operators with an ambiguous order, needs reasoning",
)
neg(
    NR,
    "In my notes, 'k' means a thousand steps, not metres. Is 12k a good daily goal?",
    "asks for advice; k is redefined",
)
neg(
    NR,
    "Pretend a week has 5 days. How would that change how we'd plan school holidays?",
    "hypothetical reasoning",
)
neg(
    NR,
    "In clock arithmetic mod 12, why does 9 + 5 land on 2 - explain it simply?",
    "asks for an explanation",
)
neg(
    NR,
    "My grandad wrote '2/6' next to a price in an old ledger. What does that mean?",
    "old shilling notation; needs knowledge",
)
neg(
    NR,
    "In music, what does 6/8 mean and how is it different from 3/4?",
    "time signatures, not fractions",
)
neg(
    NR,
    "On a ski map what does 1:25,000 tell me, and is it detailed enough for off-piste?",
    "a map scale; needs judgement",
)
neg(
    NR,
    "In climbing grades, is 6a+ harder than 5c and by how much really?",
    "grades look like numbers; needs knowledge",
)

NM = "near-meaning-of-number"
neg(
    NM,
    "My blood pressure read 142 over 91 this morning. Should I be worried?",
    "a medical reading; needs advice",
)
neg(NM, "My credit score is 712 - is that good in the UK?", "interpretation of a score")
neg(
    NM,
    "The energy label on the fridge says 178 kWh/annum. Is that efficient for its size?",
    "interpreting a figure, no conversion asked",
)
neg(NM, "What does an IQ of 115 actually tell you about someone?", "meaning of a number")
neg(NM, "My bike chain checker shows 0.75. Do I need a new chain?", "interpreting a wear reading")
neg(
    NM,
    "The pool test strip says pH 7.8 and chlorine 1. What should I add?",
    "water chemistry advice",
)
neg(
    NM,
    "An espresso shot pulled in 19 seconds - what's going wrong?",
    "diagnosis of a process, not arithmetic",
)
neg(
    NM,
    "The vet says my dog's body condition is 7 out of 9. What does that mean for feeding?",
    "interpretation and advice",
)
neg(
    NM,
    "My resting heart rate dropped from 68 to 58 beats a minute. Is that a good sign?",
    "interpretation of a change",
)
neg(NM, "The lens says f/1.8 50mm. Is that good for portraits?", "a lens label")

NE = "near-estimate"
neg(
    NE,
    "Roughly how many people could stand in a town square 40 m by 60 m for a concert?",
    "a crowd-density estimate with no stated density",
)
neg(
    NE,
    "How long would it take to learn enough Italian to order in restaurants?",
    "an open estimate",
)
neg(NE, "About how many bricks are in a typical two-storey terraced house?", "a Fermi estimate")
neg(NE, "Fermi question: how many people repair accordions in Scotland?", "a Fermi estimate")
neg(
    NE,
    "What would a sensible budget be for a week in Lisbon for two, eating out?",
    "a cost estimate needing outside knowledge",
)
neg(
    NE,
    "How many hours of practice before I can play a Chopin nocturne decently?",
    "an open estimate",
)
neg(
    NE,
    "Roughly how many litres of paint for the outside of a detached house?",
    "missing dimensions; needs an estimate",
)
neg(NE, "How far could a fit person walk in one day on flat ground?", "open estimate")
neg(
    NE,
    "Ballpark, how much does it cost to run a dishwasher for a week?",
    "missing tariff and usage",
)
neg(NE, "How many words is a typical 300-page novel?", "an estimate")

NF = "near-missing-facts"
neg(
    NF,
    "How much would 500 euros be in pounds at the rate on the day I travel?",
    "needs a live exchange rate that is not given",
)
neg(NF, "What time does the last train from Leeds to York leave on a Sunday?", "needs a timetable")
neg(NF, "How much tax will I pay on a salary of 46,000?", "country and year missing")
neg(
    NF,
    "When is my library book due if I took it out last Thursday?",
    "loan period and dates missing",
)
neg(NF, "How much is a second-class stamp now?", "needs a current price")
neg(
    NF,
    "What's the height of the tallest building in Nairobi in feet?",
    "needs a fact before any conversion",
)
neg(
    NF,
    "My passport's nearly out of date - how many days have I got left on it?",
    "the expiry date is not given",
)
neg(NF, "What will my pension be worth when I'm 67?", "almost everything is missing")
neg(NF, "How long does the ferry from Oban to Mull take?", "needs a timetable")
neg(NF, "How much would it cost to post a 2 kg parcel to Canada?", "needs a price list")

NC = "near-code-with-numbers"
neg(NC, "Write a Python function that rounds a price to the nearest 5 cents.", "asks for code")
neg(
    NC,
    "Give me an Excel formula that counts the weekdays between two dates in A1 and B1.",
    "asks for a formula, not a count",
)
neg(NC, "How do I convert Celsius to Fahrenheit in a SQL query?", "asks for code")
neg(NC, "Write a bash one-liner that adds up the third column of a CSV.", "asks for code")
neg(
    NC,
    "My JS test expects 0.1 + 0.2 to be 0.3 and it fails; explain and suggest a fix.",
    "an explanation of floating point",
)
neg(NC, "Write a regex that accepts UK postcodes like EH1 2NG and rejects junk.", "asks for code")
neg(
    NC,
    "How do I make a Google Sheets cell show 1.5 as 1:30 for hours and minutes?",
    "spreadsheet formatting help",
)
neg(NC, "Why does my C loop for (i = 0; i < 10; i += 0.5) never stop?", "debugging code")

NO = "near-opinion-with-numbers"
neg(NO, "Is 38 too old to start a degree in architecture?", "an opinion")
neg(
    NO,
    "Is £12 a reasonable price for an alcohol-free cocktail in a hotel bar?",
    "an opinion about a price",
)
neg(
    NO,
    "Would you rather have 10% off or a free delivery on a £60 order, and why?",
    "asks for a preference and reasons",
)
neg(NO, "Is a 45-minute commute each way worth it for a 9% pay rise?", "a judgement")
neg(NO, "Are 4 cats in a two-bedroom flat too many?", "an opinion")
neg(NO, "Is 7 hours of sleep enough for a teenager?", "advice")
neg(
    NO,
    "Should I accept 3.9% on a fixed-rate saver or keep the money flexible?",
    "financial judgement",
)

# ---- ordinary negatives (100)
for q in (
    "Which is the better beginner camera, a Fujifilm X-T30 or a Sony a6400?",
    "I'm 50 and type with two fingers - best way to learn touch typing?",
    "Are mechanical keyboards actually better for programming?",
    "What's a good first telescope for a child who loves the planets?",
    "Which houseplants survive in a dark north-facing room?",
):
    add("negative", "recommend-gear-and-things", q)
for q in (
    "Why do bubbles in a glass of sparkling water rise in little chains?",
    "Explain why ice floats when most solids sink in their own liquid.",
    "How do noise-cancelling earbuds manage to cancel the drone on a plane?",
    "Why is the sky red at sunset but blue at noon?",
    "What makes a bridge resonate, and why did soldiers break step on bridges?",
):
    add("negative", "explain-how-things-work", q)
for q in (
    "Write a short toast for my sister's engagement party, warm but not soppy.",
    "Draft a complaint to the council about overflowing bins on our street.",
    "Write a haiku about a foggy harbour at dawn.",
    "Compose a polite message declining a colleague's leaving-do invitation.",
    "Write the opening paragraph of a cosy mystery set in a village bakery.",
):
    add("negative", "write-a-text-for-me", q)
for q in (
    "Write a Python script that renames every photo in a folder by the date it was taken.",
    "How do I reverse a linked list in Rust without cloning?",
    "Write a SQL query listing customers who ordered nothing in 2026.",
    "Explain the difference between a process and a thread.",
    "Show me how to debounce a button press in Arduino code.",
):
    add("negative", "programming-help", q)
for q in (
    "What led to the slow decline of the Hanseatic League's trading power?",
    "What caused the collapse of the Bronze Age civilisations around the Mediterranean?",
    "In what ways did the 1956 Suez affair change Britain's view of itself?",
    "How did medieval guilds control the quality of goods?",
    "Why did so many Scots emigrate during the Highland Clearances?",
):
    add("negative", "history-explanations", q)
for q in (
    "I've a spare lump sum: overpay my Plan 2 student loan, or put it in an index fund?",
    "Is it worth switching banks just for a sign-up bonus?",
    "How do I talk to my partner about splitting household costs fairly?",
    "Is it a good idea to lend money to a close friend?",
    "What should I look for in a good financial adviser?",
):
    add("negative", "money-judgement-calls", q)
for q in (
    "How can I stop waking up at 4am and not getting back to sleep?",
    "What stretches help with tight hamstrings from sitting all day?",
    "Is it bad to drink coffee on an empty stomach?",
    "How do I get back into running after a knee injury?",
    "What are the early signs of burnout?",
):
    add("negative", "everyday-health-questions", q)
for q in (
    "Is the Glacier Express worth it, or is a regular train just as scenic?",
    "What's the nicest part of Porto to stay in for a first visit?",
    "Should we do Iceland's ring road in summer or winter?",
    "Tips for a twelve-hour flight with a wriggly toddler and no extra seat?",
    "What should I pack for a walking holiday in the Dolomites?",
):
    add("negative", "travel-advice", q)
for q in (
    "Can you give me a trick for remembering when to use affect versus effect?",
    "What's the Venetian origin of the word quarantine?",
    "Do British editors prefer 'different from' or 'different to'?",
    "Why do we say 'head over heels' when that's the normal way up?",
    "What's a nicer word than 'utilise' in a report?",
):
    add("negative", "language-and-usage", q)
for q in (
    "Why does my sourdough come out dense in the middle?",
    "How do I stop a risotto going gluey?",
    "What's the trick to a crisp pork crackling?",
    "Why do my scones spread instead of rising?",
    "Can I freeze fresh pasta, and how should I cook it from frozen?",
):
    add("negative", "kitchen-technique", q)
for q in (
    "How do I ask for a pay rise without sounding entitled?",
    "What should I say in an exit interview?",
    "How do I handle a colleague who keeps taking credit for my work?",
    "Is it okay to apply for an internal job after only a short time in my role?",
    "How do I write a CV after a long career break to care for family?",
):
    add("negative", "work-and-career", q)
for q in (
    "Why do cricket teams sometimes declare before they're all out?",
    "What's the point of a false nine in football?",
    "How do tennis players decide whether to serve and volley?",
    "Why do cyclists ride in an echelon in crosswinds?",
    "What makes a good hooker in rugby union?",
):
    add("negative", "sport-tactics", q)
for q in (
    "Summarise the main arguments for and against a four-day working week.",
    "Rewrite this sentence so it sounds less passive-aggressive: 'As per my last email.'",
    "Turn my rambling notes about the allotment AGM into three bullet points.",
    "Explain the plot of Middlemarch in a paragraph.",
    "Make this job advert sound friendlier without losing the detail.",
):
    add("negative", "summarise-and-rewrite", q)
for q in (
    "Who designed the Forth Bridge?",
    "What language is spoken in Andorra?",
    "Which composer wrote The Lark Ascending?",
    "What is the capital of Bhutan?",
    "Which artist painted both Flatford Mill and The Hay Wain?",
):
    add("negative", "general-knowledge-facts", q)
for q in (
    "Suggest a name for a cafe that also repairs bicycles.",
    "Give me five names for a grey rescue greyhound.",
    "Suggest a team name for a pub quiz of retired teachers.",
    "What should I call my newsletter about urban foraging?",
    "Name ideas for a narrowboat that's painted green and gold?",
):
    add("negative", "naming-ideas", q)
for q in (
    "Why does a minor key sound sad to most listeners?",
    "What's the difference between impressionism and post-impressionism?",
    "How should a beginner practise sight-reading?",
    "What makes a good harmony line in a folk song?",
    "Why is Bach's music considered so mathematical?",
):
    add("negative", "music-and-art", q)
for q in (
    "Why does my rabbit thump her back foot at night?",
    "How do I introduce a new cat to my older cat?",
    "Is it safe to give dogs peanut butter?",
    "How can I tell if my tortoise is ready to hibernate?",
    "Why do chickens stop laying in winter?",
):
    add("negative", "pets-and-animals", q)
for q in (
    "Should I use a plasterer or try skimming the walls myself?",
    "What's the best way to fix a squeaky floorboard under carpet?",
    "Is it worth insulating under suspended timber floors?",
    "How do I tell if damp on a wall is condensation or a leak?",
    "Can I paint over wallpaper, or will it bubble?",
):
    add("negative", "home-and-diy", q)
for q in (
    "Is it ever right to break a promise?",
    "Do we have a duty to future generations?",
    "What's the difference between justice and fairness?",
    "Is lying by omission as bad as lying outright?",
    "Can an artificial intelligence be creative?",
):
    add("negative", "ethics-and-ideas", q)
for q in (
    "My laptop fan runs constantly even when idle. What could be wrong?",
    "Why does my Wi-Fi drop every evening around the same time?",
    "How do I free up space on an iPhone without deleting photos?",
    "My printer says it's offline but it's plugged in. What now?",
    "Why does my Bluetooth headset sound muffled on calls only?",
):
    add("negative", "tech-troubleshooting", q)


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
    # no register (family name) of this set is a family name of sets 19 to 140
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 140: {reused}"
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
