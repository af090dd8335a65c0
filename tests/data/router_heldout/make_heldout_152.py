"""Generate heldout-2027-05-04.jsonl: a hundred-and-fifty-second held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_152.py   (from /work/sealed152; writes the JSONL
next to this file and runs every check; --show lists the positives' expected values)

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest in 25 new registers, each used by all three tools: a queen rearer, a harp
regulator, a night ferry purser, a curling icemaker, a thesis bindery and so on), and 200
negatives (100 ordinary, 65 near-positives, 35 conversations). Answers are computed here:
Fractions and Decimals for money, the unit constants above for conversions, datetime and
zoneinfo for dates, working days, ages and time-zone differences (one shift crosses the night
the London clocks go back).

Provenance
----------
Read: /work/main/bench/grading.py; earlier_registers.txt; of the copied generator only lines
28-292, 523-583, 712-796, 1048-1055 and 1614-1837 (set-up, helpers, checks), with sed -n.
Wrote: the four query sections, new, in scratch files, spliced in by line number (bottom range
first) by a small Python script without viewing the old text; then this docstring, last.
Checked: the generator's own checks (counts, duplicates against sets 1-151, registers against
sets 19-151, stated weekdays, regeneration digest); a grep of the output JSONL for unit words
with several readings; ruff check and ruff format with the project config; lines of at most 99
columns. The duplicate check flagged 30 queries (plain ones, common negatives) as
repeats of earlier sets, then 2 of the rewordings; all were reworded again. Ruff's ISC004
fixes were applied.
Slips: `wc -l` on the copied generator before splicing (line count only); after splicing, a
grep -n for the section header lines, an awk/Python scan of line lengths over the whole file,
and printing eight over-long lines of my own new text to shorten them. No old query text was
printed or read.
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
OUT = HERE / "heldout-2027-05-04.jsonl"
PREFIX = "ho152-"
# earlier generators: sets 1-151 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 152))
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
calc(P, "17.5% of 2,488 comes to what?", pct("17.5") * 2488)
calc(P, "what's 3,456 divided by 12", F(3456, 12))
calc(P, "Compute 48.6 × 2.5", dec("48.6") * dec("2.5"))
calc(P, "How much is seven eighths of 1,240?", F(7, 8) * 1240)
calc(P, "What is 1,999 + 2,847 − 1,306?", 1999 + 2847 - 1306)
calc(P, "square root of 7,396 please", math.isqrt(7396))
calc(P, "What is 15 squared minus 9 cubed?", 15**2 - 9**3)
calc(P, "What's 12.5 percent of 3,608?", pct("12.5") * 3608)
calc(P, "Multiply 0.125 by 968.", dec("0.125") * 968)
calc(P, "If I add 6.4% to 1,250, what do I get?", 1250 * (1 + pct("6.4")))
calc(P, "Raise 3 to the 9th power.", 3**9)
calc(P, "Divide 1,000 by 16.", F(1000, 16))
calc(P, "What's the mean of 14, 19, 23 and 32?", F(14 + 19 + 23 + 32, 4))
calc(P, "how much is 345 times 27", 345 * 27)

# registers
calc(
    "top_bar_hive_queen_rearer",
    "Sold 38 jars of heather honey at £6.75 each and 22 jars of clear at £5.20 at the "
    "county show. What did the stall take in total?",
    38 * dec("6.75") + 22 * dec("5.20"),
)
calc(
    "top_bar_hive_queen_rearer",
    "I run 14 top-bar hives and each gave 23.5 kg of comb this season, but I fed back "
    "4.2 kg per hive in spring. What's my net honey in kg across all of them?",
    14 * (dec("23.5") - dec("4.2")),
)
calc(
    "concert_harp_regulator",
    "Full restring on a 47-string pedal harp: 35 gut strings at $18.40 each and the other "
    "12 wire strings at $26.75 each. Materials total?",
    35 * dec("18.40") + 12 * dec("26.75"),
)
calc(
    "ro_ro_ferry_purser_night",
    "On the 23:40 sailing we carried 212 foot passengers at €14.50, 86 cars at €62 and "
    "9 motorbikes at €31. What did that sailing take altogether?",
    212 * dec("14.50") + 86 * 62 + 9 * 31,
)
calc(
    "ro_ro_ferry_purser_night",
    "purser here - bar float started at €350, took €1,284.60 cash over the night, paid out "
    "€96.25 to a supplier. what should be in the till",
    350 + dec("1284.60") - dec("96.25"),
)
calc(
    "glass_paperweight_lampworker",
    "Torch-bench hire is £42 an hour plus a £15 gas surcharge per session. I booked three "
    "sessions of 2.5 hours each. How much do I owe?",
    3 * (42 * dec("2.5") + 15),
)
calc(
    "hill_sheepdog_trial_entries",
    "entry fees: 27 handlers in the open at £18 and 19 in the novice at £12, less £45 for "
    "the judges expenses. how much goes to the club",
    27 * 18 + 19 * 12 - 45,
)
calc(
    "truffle_dog_hunt_syndicate",
    "Twelve of us in the truffle syndicate split the £186.60 hire of the minibus evenly. "
    "What does each person pay?",
    dec("186.60") / 12,
)
calc(
    "church_window_leadlight_restorer",
    "The leaded panel is 0.85 m by 1.24 m and restoration is quoted at £1,150 per square "
    "metre. What's the price for that panel?",
    dec("0.85") * dec("1.24") * 1150,
)
calc(
    "curling_sheet_icemaker",
    "I pebble each sheet 9 times a day Monday to Friday and 13 times a day on Saturday and "
    "Sunday. How many pebblings per sheet in one full week?",
    5 * 9 + 2 * 13,
)
calc(
    "songbird_mount_taxidermist",
    "A robin mount is £145 and a kingfisher £320. The customer wants two robins and one "
    "kingfisher with 10% off the whole order. What's the price?",
    (2 * 145 + 320) * (1 - pct(10)),
)
calc(
    "cathedral_organ_reed_voicer",
    "There are 2,316 pipes to go through and I manage about 48 pipes an hour. How many hours "
    "is that?",
    F(2316, 48),
)
calc(
    "lightweight_coxless_pair_coach",
    "The pair covered 2,000 m in 6 minutes 12 seconds. What was their average split per "
    "500 m, in seconds?",
    F(6 * 60 + 12, 4),
)
calc(
    "lightweight_coxless_pair_coach",
    "Erg times for four of my lightweights were 418.4, 422.1, 425.6 and 419.9 seconds. "
    "Average in seconds?",
    (dec("418.4") + dec("422.1") + dec("425.6") + dec("419.9")) / 4,
)
calc(
    "hawk_moult_mews_diary",
    "Her flying weight is 640 g and she weighed in at 672 g this morning. By what percentage "
    "is she over her flying weight?",
    F(672 - 640, 640) * 100,
)
calc(
    "riesling_picking_gang_boss",
    "Pickers get €0.32 a kilo. Marta picked 412 kg, Jonas 387 kg and Ade 455 kg. What's the "
    "wage bill for the three?",
    (412 + 387 + 455) * dec("0.32"),
)
calc(
    "riesling_picking_gang_boss",
    "We took 8.4 tonnes off the Riesling block and the press gives 620 litres of juice per "
    "tonne. How many litres of juice is that?",
    dec("8.4") * 620,
)
calc(
    "marionette_string_touring_company",
    "Seventeen shows on the tour, averaging 143 tickets a show at £9.50. What's the box "
    "office total?",
    17 * 143 * dec("9.50"),
)
calc(
    "wrought_iron_gate_smith",
    "Order: 36 gate hinges at £23.40 and 120 hand-forged nails at 85p each, then 20% VAT "
    "on top. What's the invoice total?",
    (36 * dec("23.40") + 120 * dec("0.85")) * (1 + pct(20)),
)
calc(
    "cave_diving_line_surveyor",
    "Line survey legs on the dive were 12.4 m, 8.75 m, 15.1 m, 6.35 m and 21.9 m. Add them up for "
    "me, metres of passage surveyed.",
    dec("12.4") + dec("8.75") + dec("15.1") + dec("6.35") + dec("21.9"),
)
calc(
    "thesis_hardback_bindery",
    "Each quarter-leather binding uses 0.18 square metres of goatskin and I've 2.7 square "
    "metres in stock. How many bindings will that cover?",
    dec("2.7") / dec("0.18"),
)
calc(
    "thesis_hardback_bindery",
    "Quote for 40 theses: binding £38.50 each, gold spine lettering £6 each extra, and the "
    "university gets 7.5% off the lot. Total?",
    40 * (dec("38.50") + 6) * (1 - pct("7.5")),
)
calc(
    "ho_scale_exhibition_layout",
    "At 1:87 a real 26.1 m coach comes out how long on the layout, in millimetres?",
    dec("26.1") * 1000 / 87,
)
calc(
    "allotment_plot_rent_collector",
    "Plot rents: 31 full plots at £64 and 18 half plots at £35, plus a £7.50 water charge on "
    "every plot. How much do I need to collect in total?",
    31 * 64 + 18 * 35 + (31 + 18) * dec("7.50"),
)
calc(
    "suri_alpaca_fleece_grower",
    "Shearing gave 46 fleeces averaging 2.35 kg each and the mill charges £11.20 per kg to "
    "process. What's the processing bill?",
    46 * dec("2.35") * dec("11.20"),
)
calc(
    "puzzle_room_game_master",
    "Party of five booked at £24 a head and they've a £25 birthday voucher. If they split "
    "what's left equally, how much each?",
    F(5 * 24 - 25, 5),
)
calc(
    "puzzle_room_game_master",
    "Of the 40 teams that played the vault room in March, 14 escaped. What's the escape rate "
    "as a percentage?",
    F(14, 40) * 100,
)
calc(
    "racing_dinghy_sail_loft",
    "A new mainsail takes 27.5 m² of cloth at £14.80 per m² plus £210 labour. What do I charge?",
    dec("27.5") * dec("14.80") + 210,
)
calc(
    "power_kite_field_steward",
    "fourteen rows of traders with nine pitches each, pitches £35, but eleven pitches are "
    "kept free for charities. pitch income?",
    (14 * 9 - 11) * 35,
)
calc(
    "narrowboat_lock_keeper_volunteer",
    "The flight has 21 locks and each one takes a boat about 12 minutes. How many hours for "
    "one boat to work up the whole flight?",
    F(21 * 12, 60),
)
calc(
    "tiered_fruitcake_decorator",
    "Three tiers: the 12-inch serves 56, the 9-inch 32 and the 6-inch 14. At £4.25 a "
    "portion, what does the whole cake cost?",
    (56 + 32 + 14) * dec("4.25"),
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


NMI = F(1852)  # m, the international nautical mile
KNOT = NMI / 3600  # m/s
KWH = F(3600000)  # J

# plain one-line questions
unit_r(P, "Convert 85 kg to pounds.", 85 / LB)
unit(P, "How many metres is 275 feet?", 275 * FT, EXACT)
unit(P, "What is 37 °C in Fahrenheit?", c_to_f(37), EXACT)
unit_r(P, "3.5 miles in km?", dec("3.5") * MI / 1000)
unit_r(P, "Our flat is 63 square metres; how many square feet is that?", 63 / SQFT)
unit_r(P, "Convert 120 km/h into mph.", 120 * KMH / MPH)
unit_r(P, "how many ounces is 500 grams", F(500, 1000) / OZ)
unit_r(P, "what's 12 stone in kilograms", 12 * STONE)
unit_r(P, "Convert 2 acres to square metres.", 2 * ACRE)
unit_r(P, "2.6 bar in psi?", dec("2.6") * BAR / PSI)
unit_r(P, "How many inches are in 1.8 metres?", dec("1.8") / IN)
unit(P, "Convert 6 GiB to MiB.", 6 * GIB / MIB, EXACT)
unit(P, "What is 450 litres in cubic metres?", F(450, 1000), EXACT)
unit(P, "Convert 15 kilowatt-hours to megajoules.", 15 * KWH / 10**6, EXACT)

# registers
unit_r(
    "top_bar_hive_queen_rearer",
    "The hive scale reads 96 lb with the roof off. What's that in kilograms?",
    96 * LB,
)
unit(
    "concert_harp_regulator",
    "The maker lists this bass wire at 0.045 inches across. What is that in millimetres?",
    dec("0.045") * IN * 1000,
    EXACT,
)
unit(
    "ro_ro_ferry_purser_night",
    "Passengers keep asking: our crossing is 22 nautical miles (international, 1,852 m "
    "each). How many kilometres is that?",
    22 * NMI / 1000,
    EXACT,
)
unit_r(
    "glass_paperweight_lampworker",
    "My kiln garage runs at 960 °F for the paperweights. What is that in Celsius?",
    f_to_c(960),
)
unit_r(
    "glass_paperweight_lampworker",
    "a box of clear rod weighs 11 lb - how many kilos is that",
    11 * LB,
)
unit(
    "hill_sheepdog_trial_entries",
    "The outrun on this year's course is set at 400 yards. How far is that in metres?",
    400 * YD,
    EXACT,
)
unit_r(
    "truffle_dog_hunt_syndicate",
    "Bella found a truffle weighing 1 lb 5 oz. How many grams is that?",
    (16 + 5) * OZ * 1000,
)
unit_r(
    "church_window_leadlight_restorer",
    "The east window opening is 14 ft by 6 ft 6 in. What's its area in square metres?",
    14 * FT * (6 * FT + 6 * IN),
)
unit_r(
    "curling_sheet_icemaker",
    "The brine is held at 22 °F under the sheets. Give me that in degrees Celsius.",
    f_to_c(22),
)
unit_r(
    "curling_sheet_icemaker",
    "One sheet is 150 ft by 16 ft 5 in. What is the area of a sheet in square metres?",
    150 * FT * (16 * FT + 5 * IN),
)
unit_r(
    "songbird_mount_taxidermist",
    "The robin on my scale came to 0.62 ounces. In grams?",
    dec("0.62") * OZ * 1000,
)
unit_r(
    "cathedral_organ_reed_voicer",
    "Bottom C of the 32 foot Bombarde has a speaking length of 32 ft. How many metres is that?",
    32 * FT,
)
unit(
    "lightweight_coxless_pair_coach",
    "GPS says the boat held 5.2 metres per second. What is that in km/h?",
    dec("5.2") / KMH,
    EXACT,
)
unit_r(
    "lightweight_coxless_pair_coach",
    "My stroke weighs 11 st 2 lb at the moment. What's that in kg?",
    11 * STONE + 2 * LB,
)
unit_r(
    "hawk_moult_mews_diary",
    "A peregrine was clocked stooping at 180 mph. What is that in km/h?",
    180 * MPH / KMH,
)
unit_r(
    "riesling_picking_gang_boss",
    "The top block is 6.5 acres. How many hectares is that?",
    dec("6.5") * ACRE / 10**4,
)
unit_r(
    "marionette_string_touring_company",
    "The van's load space is 11.3 cubic metres. How many cubic feet is that?",
    dec("11.3") / CUFT,
)
unit(
    "wrought_iron_gate_smith",
    "Forge is welding at 1,260 °C. Fahrenheit please.",
    c_to_f(1260),
    EXACT,
)
unit(
    "wrought_iron_gate_smith",
    "Bar stock for the gate uprights is 3/4 inch square. How many millimetres per side?",
    F(3, 4) * IN * 1000,
    EXACT,
)
unit(
    "cave_diving_line_surveyor",
    "The sump bottoms out at 145 ft on my gauge. Convert that to metres.",
    145 * FT,
    EXACT,
)
unit_r(
    "thesis_hardback_bindery",
    "What's the area of a 12 by 9 inch binder's board in square centimetres?",
    12 * 9 * IN * IN * 10**4,
)
unit_r(
    "ho_scale_exhibition_layout",
    "The exhibition layout is 42 feet end to end. How many metres?",
    42 * FT,
)
unit_r(
    "allotment_plot_rent_collector",
    "Plot 17 measures 30 yards by 9 yards. What's that in square metres?",
    30 * 9 * SQYD,
)
unit_r(
    "suri_alpaca_fleece_grower",
    "The whole herd's clip came to 287 lb. How many kilograms?",
    287 * LB,
)
unit_r(
    "puzzle_room_game_master",
    "The new room is 18 ft by 14 ft. Floor area in square metres?",
    18 * 14 * SQFT,
)
unit(
    "puzzle_room_game_master",
    "The camera footage for one room is 2.5 GiB per week. How many MiB is that?",
    dec("2.5") * GIB / MIB,
    EXACT,
)
unit_r(
    "racing_dinghy_sail_loft",
    "Luff length on the drawing is 38 ft 6 in. Convert to metres.",
    38 * FT + 6 * IN,
)
unit(
    "power_kite_field_steward",
    "Anemometer reads 18 knots. What's that in km/h?",
    18 * KNOT / KMH,
    EXACT,
)
unit_r(
    "narrowboat_lock_keeper_volunteer",
    "The lock chamber is 72 ft long. How many metres is that?",
    72 * FT,
)
unit_r(
    "tiered_fruitcake_decorator",
    "Old recipe says bake the bottom tier at 290 °F. What's that in Celsius?",
    f_to_c(290),
)
unit_r(
    "tiered_fruitcake_decorator",
    "The fruit mix for the 12-inch tier is 2 lb 4 oz. How many grams is that?",
    (2 * 16 + 4) * OZ * 1000,
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


def add_workdays(start, n, closed=()):
    """The n-th Monday-to-Friday day after start, skipping the closed dates."""
    d, k = start, 0
    while k < n:
        d += TD(days=1)
        if d.weekday() < 5 and d not in closed:
            k += 1
    return d


def zoned_hours(a, tz_a, b, tz_b):
    """Hours from wall time a in tz_a to wall time b in tz_b, both taken to UTC first."""
    ua = a.replace(tzinfo=ZoneInfo(tz_a)).astimezone(ZoneInfo("UTC"))
    ub = b.replace(tzinfo=ZoneInfo(tz_b)).astimezone(ZoneInfo("UTC"))
    return F(int((ub - ua).total_seconds()), 3600)


def ahead_hours(when, tz_ref, tz_other):
    """How many hours tz_other's clocks are ahead of tz_ref's at the instant `when` (tz_ref)."""
    t = when.replace(tzinfo=ZoneInfo(tz_ref))
    off_ref = t.utcoffset()
    off_other = t.astimezone(ZoneInfo(tz_other)).utcoffset()
    return F(int((off_other - off_ref).total_seconds()), 3600)


assert add_workdays(D(2030, 3, 1), 1) == D(2030, 3, 4)
assert zoned_hours(DT(2030, 1, 1, 12), "Europe/London", DT(2030, 1, 1, 13), "Europe/Paris") == 0

# plain one-line questions
date_item(P, "What day of the week is 25 December 2029?", weekday(D(2029, 12, 25)))
date_item(P, "What date is 90 days after 15 March 2027?", D(2027, 3, 15) + TD(days=90))
date_item(
    P,
    "How many days are there between 1 January 2027 and 1 August 2027?",
    days(D(2027, 1, 1), D(2027, 8, 1)),
)
date_item(P, "what's 45 days before 10 march 2028", D(2028, 3, 10) - TD(days=45))
date_item(
    P,
    "How many weeks is it from 3 May 2027 to 26 July 2027?",
    weeks(D(2027, 5, 3), D(2027, 7, 26)),
)
date_item(P, "Which date is the third Wednesday of November 2027?", nth_weekday(2027, 11, WED, 3))
date_item(
    P,
    "How old is someone born on 30 November 1988 on 15 November 2027?",
    age(D(1988, 11, 30), D(2027, 11, 15)),
)
date_item(
    P,
    "How many hours ahead of Los Angeles is Tokyo at noon Los Angeles time on 20 March 2027?",
    ahead_hours(DT(2027, 3, 20, 12), "America/Los_Angeles", "Asia/Tokyo"),
)
date_item(P, "how many minutes is it from 08:35 to 17:10", clock_span("08:35", "17:10", 60))
date_item(P, "What date falls 1,000 days after 1 June 2026?", D(2026, 6, 1) + TD(days=1000))
date_item(P, "On which weekday did 19 July 1969 fall?", weekday(D(1969, 7, 19)))
date_item(P, "Give me the date 26 weeks after 2 January 2028.", D(2028, 1, 2) + TD(weeks=26))
date_item(
    P,
    "How many days from 12 October 2027 to 31 December 2027, counting both ends?",
    days(D(2027, 10, 12), D(2027, 12, 31)) + 1,
)
date_item(P, "What is the date of the final Monday in May 2028?", nth_weekday(2028, 5, MON, -1))

# registers
date_item(
    "top_bar_hive_queen_rearer",
    "The queen cells were capped on 3 June 2027 and a virgin queen emerges 8 days after "
    "capping. On what date should she emerge?",
    D(2027, 6, 3) + TD(days=8),
)
_harp_in = D(2027, 9, 14)
date_item(
    "concert_harp_regulator",
    f"The harp came in on {sayw(_harp_in)} and I quoted 23 working days (Monday to Friday), "
    "counting from the day after. What date do I promise it back?",
    add_workdays(_harp_in, 23),
)
date_item(
    "ro_ro_ferry_purser_night",
    "We sail from Portsmouth at 22:45 UK time on Saturday 28 August 2027 and dock in Bilbao "
    "at 07:45 Spanish time on Monday 30 August 2027. How many hours is the crossing?",
    zoned_hours(DT(2027, 8, 28, 22, 45), "Europe/London", DT(2027, 8, 30, 7, 45), "Europe/Madrid"),
)
date_item(
    "ro_ro_ferry_purser_night",
    "A crew pass is valid for 220 days starting 1 March 2027, with 1 March as day one. What "
    "is the last day it's valid?",
    D(2027, 3, 1) + TD(days=219),
)
_anneal = DT(2027, 11, 5, 17, 30)
date_item(
    "glass_paperweight_lampworker",
    f"The annealing program starts at 17:30 on {sayw(_anneal.date())} and runs for 62 hours. "
    "On what date does it finish?",
    (_anneal + TD(hours=62)).date(),
)
_trial = D(2027, 9, 18)
date_item(
    "hill_sheepdog_trial_entries",
    f"Entries close 21 days before the trial on {sayw(_trial)}. What's the closing date?",
    _trial - TD(days=21),
)
date_item(
    "truffle_dog_hunt_syndicate",
    "We let the dogs out at 21:40 for the night hunt and called them in at 03:15. How many "
    "minutes were they working?",
    clock_span("21:40", "03:15", 60),
)
date_item(
    "church_window_leadlight_restorer",
    "The window was dedicated on 6 April 1874. How many full years old is it on 6 April 2027?",
    age(D(1874, 4, 6), D(2027, 4, 6)),
)
date_item(
    "curling_sheet_icemaker",
    "We start flooding the sheets on 2 August 2027 and the first league draw is on "
    "18 September 2027. How many days between the two?",
    days(D(2027, 8, 2), D(2027, 9, 18)),
)
date_item(
    "curling_sheet_icemaker",
    "I'm on the ice plant overnight in London from 22:00 on Saturday 30 October 2027 until "
    "06:00 on Sunday 31 October 2027 (the clocks go back that night). How many hours is "
    "my shift?",
    zoned_hours(DT(2027, 10, 30, 22), "Europe/London", DT(2027, 10, 31, 6), "Europe/London"),
)
date_item(
    "songbird_mount_taxidermist",
    "A goldfinch went into the freeze dryer on 19 January 2027 and needs 14 weeks. When "
    "does it come out?",
    D(2027, 1, 19) + TD(weeks=14),
)
date_item(
    "cathedral_organ_reed_voicer",
    "The reeds were last regulated on 17 March 2026 and the contract says every 39 weeks. "
    "When is the next visit due?",
    D(2026, 3, 17) + TD(weeks=39),
)
date_item(
    "lightweight_coxless_pair_coach",
    "The training block is 16 weeks and finishes on the regatta day, 10 July 2027. What "
    "date is 16 weeks before the regatta?",
    D(2027, 7, 10) - TD(weeks=16),
)
date_item(
    "hawk_moult_mews_diary",
    "She was put down to moult on 1 May 2027 and it usually takes her 110 days. What date "
    "should she be flying again?",
    D(2027, 5, 1) + TD(days=110),
)
date_item(
    "hawk_moult_mews_diary",
    "the eyass hatched 24 May 2027. how many days old is she on 30 June 2027",
    days(D(2027, 5, 24), D(2027, 6, 30)),
)
date_item(
    "riesling_picking_gang_boss",
    "Flowering was on 12 June 2027 and we reckon on picking 100 days after flowering. "
    "Which date is that?",
    D(2027, 6, 12) + TD(days=100),
)
date_item(
    "marionette_string_touring_company",
    "Video call with the Melbourne company: how many hours ahead of London is Melbourne at "
    "noon London time on 4 October 2027?",
    ahead_hours(DT(2027, 10, 4, 12), "Europe/London", "Australia/Melbourne"),
)
_gates = D(2027, 2, 8)
date_item(
    "wrought_iron_gate_smith",
    f"The order for the park gates came in on {sayw(_gates)} and we promised them 11 weeks "
    "later. What date is that?",
    _gates + TD(weeks=11),
)
_dive = D(2027, 7, 17)
date_item(
    "cave_diving_line_surveyor",
    f"The team went in at 09:20 on {sayw(_dive)} and the last diver surfaced at 02:50 the "
    "next morning. How many hours was that?",
    clock_span("09:20", "02:50", 3600),
)
_drop = D(2027, 5, 24)
date_item(
    "thesis_hardback_bindery",
    f"Thesis dropped off on {sayw(_drop)}. Binding takes 12 working days, Monday to Friday, "
    f"counting from the next day, and we're shut on {sayw(D(2027, 5, 31))}. When is it "
    "ready?",
    add_workdays(_drop, 12, closed={D(2027, 5, 31)}),
)
date_item(
    "ho_scale_exhibition_layout",
    "The show runs from 16 October 2027 to 24 October 2027 inclusive. How many days is the "
    "layout on display?",
    days(D(2027, 10, 16), D(2027, 10, 24)) + 1,
)
date_item(
    "allotment_plot_rent_collector",
    "Rents fall due on 29 September 2027. What day of the week is that?",
    weekday(D(2027, 9, 29)),
)
date_item(
    "suri_alpaca_fleece_grower",
    "Our herdsire was born on 11 July 2021. How old is he in completed years on 4 March 2027?",
    age(D(2021, 7, 11), D(2027, 3, 4)),
)
date_item(
    "suri_alpaca_fleece_grower",
    "Counting 345 days of gestation from a mating on 2 August 2027, what is the due date?",
    D(2027, 8, 2) + TD(days=345),
)
date_item(
    "puzzle_room_game_master",
    "Our sister room is in New York and we're in Berlin. How many hours ahead of New York "
    "is Berlin at 18:00 Berlin time on 5 November 2027?",
    ahead_hours(DT(2027, 11, 5, 18), "Europe/Berlin", "America/New_York") * -1,
)
_sail_in = D(2027, 1, 11)
date_item(
    "racing_dinghy_sail_loft",
    f"Order taken on {sayw(_sail_in)} with six weeks to make the sails. Delivery date?",
    _sail_in + TD(weeks=6),
)
date_item(
    "power_kite_field_steward",
    "The festival is on the first Sunday of August 2027. What date is that?",
    nth_weekday(2027, 8, SUN, 1),
)
_kites = nth_weekday(2027, 8, SUN, 1)
date_item(
    "power_kite_field_steward",
    f"Stewards' briefing is 10 days before the festival on {say(_kites)}. What date is the "
    "briefing?",
    _kites - TD(days=10),
)
date_item(
    "narrowboat_lock_keeper_volunteer",
    "The winter stoppage runs from 3 January 2028 to 25 February 2028, both days included. "
    "How many days is the flight closed?",
    days(D(2028, 1, 3), D(2028, 2, 25)) + 1,
)
_wedding = D(2027, 10, 16)
date_item(
    "tiered_fruitcake_decorator",
    f"The fruitcake needs 8 weeks to mature before the wedding on {sayw(_wedding)}. What "
    "date must I bake it by?",
    _wedding - TD(weeks=8),
)
date_item(
    "tiered_fruitcake_decorator",
    "The couple marry at 15:00 in Sydney on 20 November 2027 and her parents watch from "
    "Toronto. How many hours ahead of Toronto is Sydney at that moment?",
    ahead_hours(DT(2027, 11, 20, 15), "Australia/Sydney", "America/Toronto") * -1,
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: opinions, explanations, writing, code, missing facts, estimates
ORDINARY = {
    "advice_household_money": [
        "Is it better to overpay my mortgage by £200 a month or put that into an index fund?",
        "Should I take the 4.1% fixed savings deal or keep my money in easy access?",
        (
            "My landlord wants to raise the rent from £950 to £1,050. "
            "Is that fair for a two-bed in "
            "Leeds?"
        ),
        "Is £28 an hour a fair rate to ask for as a freelance copy editor just starting out?",
        "What's a sensible emergency fund for a household that spends about £2,300 a month?",
        "Would you clear a 19.9% credit card before a 6% car loan, and why?",
        "How much should I tip a walking-tour guide in Lisbon?",
        "Is a used 2019 hatchback with 60,000 miles on the clock a smart buy?",
        "Should a small bakery show VAT-inclusive prices on its chalkboard or list them ex-VAT?",
        "Is it worth paying an extra £40 for the extended warranty on a £350 washing machine?",
    ],
    "explain_how_it_works": [
        "Why does money on compound interest pull away from simple interest over time?",
        "Explain what a p-value of 0.03 actually tells me.",
        "What's the difference between APR and AER on a loan advert?",
        "Why do we have leap seconds, and is it true they're being dropped?",
        "How does a sourdough starter make bread rise without packet yeast?",
        "Explain in plain words why the square root of 2 can't be written as a fraction.",
        "What does it mean when the news says bond yields have gone up?",
        "How do tide tables predict the time of high water at a harbour?",
        "What causes jet lag, and why does flying east feel worse?",
        "Why do thermometers in hospitals sometimes read differently from the ones at home?",
    ],
    "writing_for_me": [
        "Write a short thank-you note to my allotment neighbour for watering my beans.",
        "Draft a polite email asking a client to settle invoice 2231, which is 30 days overdue.",
        "Give me a limerick about a cat who learned long division.",
        "Make this sound more formal: we'll get the stuff over to you by Friday.",
        "Write a two-line toast for my aunt and uncle's ruby wedding party in the village hall.",
        "Summarise the plot of Middlemarch in three sentences.",
        "Suggest five names for a bakery that specialises in rye bread.",
        "Compose a haiku about a delayed train at quarter past six in the morning.",
        "Write a product description for a hand-thrown stoneware mug with a blue glaze.",
        "Help me word a notice telling residents the lift will be out of service for repairs.",
    ],
    "code_please": [
        "Write a Python function that returns the number of working days between two dates.",
        "How do I sum a column in Excel only where the next column says 'paid'?",
        "Give me a SQL query for the top 5 customers by total order value.",
        "Give me a bash one-liner that prints the line count of each .tsv file under ./exports.",
        "In JavaScript, how do I format 1234.5 as a euro currency string?",
        "Write a regex for Dutch postcodes like 1012 AB.",
        "How do I turn the string '2027-03-04' into a LocalDate in Java?",
        "Write a Rust function that checks whether a number is prime.",
        "What's wrong with this Python loop: for i in range(10): total =+ i",
        "How can I get pandas to round 2.675 to 2.68 instead of 2.67?",
    ],
    "needs_outside_facts": [
        "How much does a first-class stamp cost in the UK at the moment?",
        "What's the going euro to yen exchange rate?",
        "How much more is my electricity bill than my neighbour's?",
        "What was the population of Reykjavik at the last census?",
        "How tall is the tallest building in Nairobi?",
        "What base rate is the Bank of England setting these days?",
        "What would a return train ticket from York to Edinburgh cost?",
        "What's the average salary for a paramedic in Ontario?",
        "How many athletes took part in the first modern Olympic Games?",
        "At what temperature would my camping stove boil water on the summit of Mont Blanc?",
    ],
    "history_and_origins": [
        "Who were the engineers behind the Forth Bridge, and why cantilevers?",
        "Why did Britain switch to decimal currency in 1971?",
        "What problem with the Julian calendar did the Gregorian calendar fix?",
        "When were postcodes first introduced in the UK?",
        "Who first proved that there are infinitely many primes?",
        "What happened to the French republican calendar?",
        "Why is a marathon 26.2 miles long?",
        "How did engineers use slide rules to multiply before pocket calculators?",
        "How did the Romans do sums with their counting boards?",
        "How did sailors measure a ship's speed before satellite navigation?",
    ],
    "rough_guesses": [
        "Roughly how many chimney sweeps work in Greater Manchester?",
        "About how long would it take to walk across Wales from north to south?",
        "How many tennis balls would fill a double-decker bus, roughly?",
        "Ballpark, what would it cost to rewire a three-bed semi?",
        "How long does it take most people to learn to touch type?",
        "Roughly how many words are there in an average novel?",
        "How many trees would I need to plant to offset one long-haul flight?",
        "What's a realistic time to budget for painting a 4 by 5 metre bedroom?",
        "How many visitors might a village fete expect on a sunny Saturday?",
        "About how many steps does a postal worker walk in a shift?",
    ],
    "what_would_you_pick": [
        "Which is a better first telescope for a ten-year-old, a refractor or a Dobsonian?",
        "Recommend a good book on the history of mathematics.",
        "What board games work well for six players?",
        "Which laptop would you pick for video editing under £1,200?",
        "Suggest a three-day itinerary for Porto.",
        "What's a good beginner plan to run 5 km without stopping?",
        "Which houseplants cope with a north-facing window?",
        "For headshots in a small studio, would you go 85 mm or 105 mm?",
        "What should I pack for a hut-to-hut week in the Dolomites in late September?",
        "Which knot is best for tying a dinghy to a mooring ring?",
    ],
    "words_and_phrases": [
        "What does 'pay net 30' mean on an invoice?",
        "Where does the phrase 'a baker's dozen' come from?",
        "Translate 'the meeting moved to half past four' into German.",
        "What does 'twenty-twenty hindsight' mean?",
        "Should the supermarket sign say '10 items or fewer' or '10 items or less'?",
        "What does 'at sixes and sevens' mean?",
        "How do you say the number 1999 in French?",
        "Why do Americans write the month before the day?",
        "What does the little 'e' printed next to 500 g on a packet mean?",
        "What's the origin of the word 'calculate'?",
    ],
    "health_and_home": [
        "Is it safe to reheat rice that was cooked two days ago?",
        "How often should I descale a coffee machine when we live in Cambridge with hard water?",
        "What's the best way to get candle wax out of a carpet?",
        "Is static stretching before a 10 km race actually harmful?",
        "Why does my bread come out dense when I use wholemeal flour?",
        "How can I tell if a hard-boiled egg is still good after a week in the fridge?",
        "Is 19 °C warm enough for a baby's bedroom at night?",
        "Would a heat pump or a combi boiler suit a draughty Victorian terrace better?",
        "Why do my tomato leaves curl up in hot weather?",
        "How do I stop condensation on bedroom windows in winter?",
    ],
}
for _family, _queries in ORDINARY.items():
    for _q in _queries:
        neg(_family, _q)

# near-negatives: they look like calculator, unit or calendar questions but are not
NEAR = [
    (
        "near-identifier",
        "My order number is 4471-2209. Which warehouse did it ship from?",
        "an order number, not a subtraction",
    ),
    ("near-identifier", "Is 0161 496 0832 a Manchester number?", "a phone number"),
    ("near-identifier", "The part on my boiler says 87161-4250. What is it?", "a part number"),
    (
        "near-identifier",
        "We lost 3-1 on Saturday. Was that a fair result after the red card?",
        "a match score, and an opinion",
    ),
    (
        "near-identifier",
        "Should I move this project from Python 3.11 to 3.13?",
        "versions, not decimals",
    ),
    ("near-identifier", "What changed between iOS 17.4 and 17.5?", "versions, not decimals"),
    (
        "near-identifier",
        "The dishwasher is flashing E-404-2. What does that mean?",
        "an error code",
    ),
    ("near-identifier", "What is the 2-1-1 line used for in the US?", "a service number"),
    ("near-identifier", "Is a 6-0, 6-0 win in tennis really called a double bagel?", "set scores"),
    (
        "near-identifier",
        "Is ISBN 978-0-14-044926-6 the Penguin Classics translation?",
        "an ISBN with hyphens",
    ),
    (
        "near-identifier",
        "The van tyre reads 215/65 R16C 109/107T. What do the parts of that code tell me?",
        "a tyre size code",
    ),
    (
        "near-identifier",
        "My seat is 14/22 on the ticket. Is that row 14 or block 14?",
        "a seat reference, not a fraction",
    ),
    (
        "near-notation",
        "If a ∆ b means 'subtract, then double', what is 9 ∆ 4 in my notation?",
        "a redefined operator",
    ),
    (
        "near-notation",
        "In clock arithmetic, why does 9 + 5 come out as 2?",
        "modular notation, explanation",
    ),
    (
        "near-notation",
        (
            "On the price list, 'x VAT' is written after each price. Does the x mean "
            "times or excluding?"
        ),
        "notation meaning",
    ),
    (
        "near-notation",
        (
            "An old recipe card says 'three-four eggs'. Is that three quarters of an "
            "egg or three to four?"
        ),
        "a range written like a fraction",
    ),
    (
        "near-notation",
        (
            "In our board game a 'double' is the die added to itself minus one. What's "
            "a double six in that game?"
        ),
        "rules redefine 'double'",
    ),
    (
        "near-notation",
        "On a cricket scorecard, what does the 6 in 245/6 mean?",
        "runs for wickets, not division",
    ),
    ("near-notation", "In music, is 6/8 time the same as 3/4?", "time signatures, not fractions"),
    (
        "near-notation",
        (
            "My teacher wrote 2^3^2. Should it be read as (2^3)^2 or 2^(3^2), and "
            "which convention is standard?"
        ),
        "a convention question",
    ),
    (
        "near-notation",
        "If I define a ⊗ b = a + b + ab, is there an identity element?",
        "abstract reasoning about a defined operation",
    ),
    ("near-notation", "In knitting patterns, what does 'k2, p2' mean?", "pattern abbreviations"),
    (
        "near-meaning",
        "My blood pressure reading was 142/91. Should I worry?",
        "medical meaning of a reading",
    ),
    (
        "near-meaning",
        "A jar says 'best before 04 27'. Is that the fourth of something or April 2027?",
        "reading a printed code",
    ),
    (
        "near-meaning",
        (
            "Experian put my credit score at 712 out of 999. Is that decent for a mortgage "
            "application?"
        ),
        "what a score means",
    ),
    (
        "near-meaning",
        "The router shows a 5 GHz and a 2.4 GHz network. Which should my laptop use?",
        "advice about frequencies",
    ),
    (
        "near-meaning",
        "The tyre sidewall says 65 psi max, 45 min. What should I run for gravel?",
        "advice within a stated range",
    ),
    (
        "near-meaning",
        "Our survey got a 23% response rate. Can we trust the results?",
        "judging a stated percentage",
    ),
    (
        "near-meaning",
        "My daughter is 8 and her reading age came back as 9.5. Is that good?",
        "meaning of a score",
    ),
    (
        "near-meaning",
        "A 1-in-100 flood has happened twice in a decade here. How is that possible?",
        "explaining a probability statement",
    ),
    (
        "near-meaning",
        (
            "The forecast says 40% chance of rain at 3 pm. Does that mean it'll rain "
            "for 40% of the afternoon?"
        ),
        "explaining a forecast number",
    ),
    ("near-meaning", "What does an EPC rating of 68 say about my house?", "meaning of a rating"),
    (
        "near-estimate",
        "If I save £150 a week, roughly when could I afford a house deposit in Bristol?",
        "missing prices, an estimate",
    ),
    (
        "near-estimate",
        "How many litres of paint would a three-bed house exterior need, roughly?",
        "an estimate with unknown areas",
    ),
    (
        "near-estimate",
        "About how long does 2,000 km of driving across Spain take with sensible stops?",
        "an estimate",
    ),
    ("near-estimate", "Guess how many jelly beans fit in a 2-litre jar.", "a guess"),
    (
        "near-estimate",
        "What does running a fridge for 3 kWh a day cost me per quarter on current tariffs?",
        "unknown tariff",
    ),
    (
        "near-estimate",
        "Roughly how many bricks go into a 10 m garden wall?",
        "height and bond missing",
    ),
    ("near-estimate", "How many hours of practice before I can play Für Elise?", "an estimate"),
    (
        "near-estimate",
        "Is 10,000 steps a day actually a meaningful target?",
        "an opinion about a number",
    ),
    ("near-opinion", "Is 18% a reasonable tip for average service in Boston?", "an opinion"),
    ("near-opinion", "Is £4.50 too much for a slice of cake at a village café?", "an opinion"),
    ("near-opinion", "Is a 2.5% pay rise worth accepting, or should I push for more?", "advice"),
    ("near-opinion", "Is 72 kg a healthy weight for me?", "height missing; advice"),
    (
        "near-opinion",
        "Is a 3.9% mortgage rate a good deal at the moment?",
        "an opinion needing current facts",
    ),
    ("near-opinion", "Would 25 minutes be too long for a best man's speech?", "an opinion"),
    ("near-opinion", "Should I price my handmade candles at £12 or £15?", "advice"),
    ("near-opinion", "Is 6 hours of sleep enough for a teenager?", "advice"),
    (
        "near-code",
        "Write a function that converts 72 °F to Celsius and prints the result.",
        "asks for code",
    ),
    (
        "near-code",
        'In Excel, =DATEDIF(A1,B1,"d") gives me 45. How do I count only weekdays instead?',
        "spreadsheet help",
    ),
    (
        "near-code",
        "Why does JavaScript say 0.1 * 3 is 0.30000000000000004?",
        "explaining floating point",
    ),
    (
        "near-code",
        "Write a Python script that adds 15% VAT to every price in a CSV file.",
        "asks for code",
    ),
    (
        "near-code",
        "What's the PostgreSQL version of DATEADD(day, 30, '2027-01-31')?",
        "SQL syntax",
    ),
    ("near-code", "In Python, why does round(2.5) give 2?", "explaining banker's rounding"),
    (
        "near-code",
        "Write a unit test checking that my Calculator class returns 56 for 7 * 8.",
        "asks for code",
    ),
    (
        "near-code",
        "Which Google Sheets formula gives the number of days between two dates?",
        "spreadsheet help",
    ),
    (
        "near-missing",
        "How much will my council tax be if I move to a band D house?",
        "council unknown",
    ),
    ("near-missing", "What's 15% off the price of the jacket I tried on?", "price not given"),
    (
        "near-missing",
        "How many days have I got left before my Irish passport runs out?",
        "expiry date not given",
    ),
    (
        "near-missing",
        "If the train is 20 minutes late, what time do I get into Glasgow?",
        "timetable not given",
    ),
    ("near-missing", "What's my BMI?", "height and weight not given"),
    ("near-missing", "How many kilometres did I run on Tuesday?", "not given"),
    (
        "near-missing",
        "How much interest will my ISA have earned by the end of the tax year?",
        "balance and rate not given",
    ),
    ("near-missing", "How far is it from my office to the airport in miles?", "places not given"),
    ("near-missing", "How old is the oak tree on our village green?", "not given"),
]
for _family, _q, _note in NEAR:
    neg(_family, _q, _note)


# conversations: an earlier turn changes what the last question means
CONVS = [
    (
        "conv-redefined",
        [
            (U, "For this bit-twiddling exercise, read ^ as bitwise XOR, the way C does."),
            (A, "Got it, ^ is XOR from here on."),
            (U, "Right, so what does 6 ^ 3 give?"),
        ],
        "^ redefined as XOR; a calculator would take a power",
    ),
    (
        "conv-redefined",
        [
            (U, "We're doing everything in binary in this worksheet."),
            (A, "Okay, binary throughout."),
            (U, "Then what's 101 + 11?"),
        ],
        "the numerals are binary",
    ),
    (
        "conv-redefined",
        [
            (U, "In our lab notebook a 'k' always means 1,024 of something, never 1,000."),
            (A, "Noted, k = 1,024 in your notebook."),
            (U, "So how many samples is 3k in the notebook?"),
        ],
        "house convention redefines k",
    ),
    (
        "conv-redefined",
        [
            (U, "On our club scoring sheet, 'percent' means points per thousand, not per 100."),
            (A, "Understood, per thousand on that sheet."),
            (U, "A 25 percent on the sheet is how many points then?"),
        ],
        "'percent' redefined by the club",
    ),
    (
        "conv-redefined",
        [
            (U, "Let's define a new operation: a @ b is a written next to b, so 2 @ 5 is 25."),
            (A, "Concatenation, got it."),
            (U, "What's 12 @ 34 @ 5?"),
        ],
        "a made-up operator defined earlier",
    ),
    (
        "conv-redefined",
        [
            (U, "I'm reading numbers off a church foundation stone, all in Roman numerals."),
            (A, "Go ahead and tell me what it says."),
            (
                U,
                (
                    "It reads MDCCCXCII, and the restoration plaque says C later. "
                    "Which year was the "
                    "restoration?"
                ),
            ),
        ],
        "Roman numerals to read first",
    ),
    (
        "conv-music",
        [
            (U, "I'm writing a waltz and getting muddled over time signatures."),
            (A, "Happy to help. What's muddling you?"),
            (U, "Is 6/8 the same as 3/4, then?"),
        ],
        "time signatures, not fractions to compare",
    ),
    (
        "conv-music",
        [
            (U, "My guitar teacher talks about the 1-4-5 progression."),
            (A, "A very common one in blues and rock."),
            (U, "What's 1-4-5 in the key of G?"),
        ],
        "chord degrees, not subtraction",
    ),
    (
        "conv-scores",
        [
            (U, "We lost the first leg 2-1 and drew the second leg 1-1."),
            (A, "Sorry to hear it. Tight tie."),
            (U, "So who goes through, and what was the aggregate?"),
        ],
        "scores and competition rules",
    ),
    (
        "conv-scores",
        [
            (U, "Playing darts with my brother, and I'm sitting on 121 to finish."),
            (A, "A classic checkout number."),
            (U, "What's the best way to take it out from there?"),
        ],
        "darts strategy",
    ),
    (
        "conv-scores",
        [
            (U, "I shot 78 on a par-72 course yesterday, off a 15 handicap."),
            (A, "A solid round."),
            (U, "Was that a good day for someone at my level?"),
        ],
        "an opinion about a stated score",
    ),
    (
        "conv-scores",
        [
            (U, "Our chess club uses Elo ratings and I'm on 1450."),
            (A, "Nice, a decent club rating."),
            (U, "If I beat someone on 1600, roughly how much do I go up?"),
        ],
        "K-factor unknown; an estimate",
    ),
    (
        "conv-versions",
        [
            (U, "Our app is on 2.9 and the next release is numbered 2.10."),
            (A, "Okay, 2.10 comes next."),
            (U, "Is 2.10 bigger than 2.9?"),
        ],
        "version ordering, not decimals",
    ),
    (
        "conv-versions",
        [
            (U, "My friend's mobile is 07700 900 123 and her office line is 07700 900 456."),
            (A, "Noted both numbers."),
            (U, "What's the difference between the two?"),
        ],
        "phone numbers; the difference is not arithmetic",
    ),
    (
        "conv-versions",
        [
            (U, "Our reading this week is John 3:16 and next week Psalm 23."),
            (A, "Two well-loved passages."),
            (U, "What is 3:16 about?"),
        ],
        "a verse reference, not a ratio",
    ),
    (
        "conv-opinion",
        [
            (U, "The garage quoted £1,240 for the clutch and the timing belt."),
            (A, "That's parts and labour together?"),
            (U, "Yes. Is it worth spending that on a car worth about £1,800?"),
        ],
        "an opinion about a stated cost",
    ),
    (
        "conv-opinion",
        [
            (U, "Her maths mock came back at 34 out of 50."),
            (A, "That works out to 68%."),
            (U, "Is that likely to be a pass at GCSE, do you think?"),
        ],
        "an opinion; grade boundaries vary",
    ),
    (
        "conv-opinion",
        [
            (U, "I've got £5,000 to split between a 4.5% saver and a 12% loan."),
            (A, "Happy to think it through with you."),
            (U, "What split makes most sense for me?"),
        ],
        "advice",
    ),
    (
        "conv-opinion",
        [
            (U, "I'm buying a rug in Marrakech and he wants 1,800 dirhams."),
            (A, "Sounds like a lovely piece."),
            (U, "Is that a fair price, and how far should I haggle him down?"),
        ],
        "an opinion; local prices",
    ),
    (
        "conv-opinion",
        [
            (U, "I'm doubling a bread recipe that uses 7 g of dried yeast."),
            (A, "Doubled, that would be 14 g."),
            (U, "Would you actually use that much, or doesn't yeast scale like that?"),
        ],
        "baking judgement",
    ),
    (
        "conv-explain",
        [
            (U, "My son asked me what 15% of 84 is and I told him 12.6."),
            (A, "That's right, 12.6."),
            (U, "Can you explain how to get there so I can show him step by step?"),
        ],
        "an explanation, not a sum",
    ),
    (
        "conv-explain",
        [
            (U, "Somebody on a forum said 1 + 2 + 3 + 4 + ... adds up to -1/12."),
            (A, "That's a well-known claim."),
            (U, "Is it actually true?"),
        ],
        "an explanation of a famous claim",
    ),
    (
        "conv-explain",
        [
            (U, "In this tabletop game, 2d6 means roll two six-sided dice and add them."),
            (A, "Right, standard dice notation."),
            (U, "Why is 7 the most common result on 2d6?"),
        ],
        "an explanation",
    ),
    (
        "conv-explain",
        [
            (U, "Our coach wants to switch from a 4-4-2 to a 4-3-3."),
            (A, "Both are common shapes."),
            (U, "What's the real difference on the pitch?"),
        ],
        "formations, not subtraction",
    ),
    (
        "conv-writing",
        [
            (U, "The total for redecorating the three rooms came to £3,450."),
            (A, "Noted, £3,450."),
            (U, "Put that in a friendly message to my landlord asking him to go halves."),
        ],
        "a writing task",
    ),
    (
        "conv-writing",
        [
            (U, "I'm a teacher making word problems for Year 4."),
            (A, "Sounds fun. What topic?"),
            (U, "Write me one whose answer is 48, using apples and baskets."),
        ],
        "a writing task",
    ),
    (
        "conv-writing",
        [
            (U, "I'm writing a haiku for the school competition."),
            (A, "Five, seven, five syllables."),
            (U, "Does 'fire' count as one syllable or two?"),
        ],
        "a language question",
    ),
    (
        "conv-writing",
        [
            (U, "I'm helping my grandmother read a French receipt."),
            (A, "Sure, what does it say?"),
            (U, "It says quatre-vingt-dix-sept euros. How do I say that in English words?"),
        ],
        "a translation",
    ),
    (
        "conv-code",
        [
            (U, "I need to add 20% VAT to a column of prices."),
            (A, "Sure, where are the prices stored?"),
            (U, "In a CSV. Write me the Python for it."),
        ],
        "asks for code",
    ),
    (
        "conv-code",
        [
            (U, "My spreadsheet has start dates in column A and end dates in column B."),
            (A, "Okay, what do you want to work out?"),
            (U, "How many days is each one? I need the formula, not the answers."),
        ],
        "asks for a formula",
    ),
    (
        "conv-missing",
        [
            (U, "The vet said 2.5 mg per kg for the dog's painkiller."),
            (A, "Okay, dosed by weight."),
            (U, "He's a big lad. How much should he get?"),
        ],
        "the dog's weight is missing; medical",
    ),
    (
        "conv-missing",
        [
            (U, "I'm in a book club and chapter 12 starts on page 214."),
            (A, "Alright."),
            (U, "If I read 20 pages a night, will I finish before the meeting?"),
        ],
        "book length and meeting date missing",
    ),
    (
        "conv-missing",
        [
            (U, "I live at 221 Baker Street and work at number 17 on the same road."),
            (A, "Okay."),
            (U, "How far apart are they?"),
        ],
        "house numbers, not a subtraction",
    ),
    (
        "conv-missing",
        [
            (U, "The form came from our American office."),
            (A, "Got it."),
            (U, "It just says 03/04 at the top. Which date is that, and in which year?"),
        ],
        "the year is missing",
    ),
    (
        "conv-missing",
        [
            (U, "I'm a UK size 8 in women's shoes."),
            (A, "Okay."),
            (U, "What would that be in EU and US sizes?"),
        ],
        "brand size charts differ",
    ),
]
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)


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
    # no register (family name) of this set is a family name of sets 19 to 151
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 151: {reused}"
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
