"""Generate heldout-2027-04-29.jsonl: a hundred-and-forty-seventh held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_147.py (from /work/sealed147). It writes the JSONL
next to itself and checks counts, plain items per tool, duplicates against sets 1-146, registers
against sets 19-146, weekdays written next to dates, gradability and a byte-for-byte regeneration
digest.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest spread over 25 new registers, each used by all three tools) and 200 negatives (100 ordinary,
65 near-positives, 35 conversations whose earlier turns change what the last question means).
Answers are computed in code: Fraction/Decimal for money, exact unit factors, datetime for dates
and zoneinfo (through UTC) for spans between named places, including one night when the clocks
change.

Provenance
----------
Read: bench/grading.py, earlier_registers.txt (grepped for candidate register names), and in this
file only the permitted ranges (set-up and helpers, units header and unit_r, datetime header and
helpers, negatives header and conv, weekday check, checks and output). The previous set's query
sections and docstring were never displayed.
Wrote: all four query sections from scratch in scratch files, spliced in by line number (bottom
range first) with a small script; then fixed duplicates reported against earlier sets by
rewording, added one missing units item, and shortened lines over 99 columns.
Checked: this generator's own checks (plus a check of mine that no contested unit word or length in
months or years appears anywhere), ruff check and ruff format with the project config.
Slips: before splicing, an unread copy of the original file was kept in /tmp as a backup and then
deleted unread; after splicing, four over-long lines of my own text were printed by line number.
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
OUT = HERE / "heldout-2027-04-29.jsonl"
PREFIX = "ho147-"
# earlier generators: sets 1-146 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 147))
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


# plain one-line arithmetic
calc(P, "What is 17% of 2,340?", pct(17) * 2340)
calc(P, "847 × 23", 847 * 23)
calc(P, "whats 1.25 times 64.8", dec("1.25") * dec("64.8"))
calc(P, "9,876 shared equally into 12 - how much is each share?", F(9876, 12))
calc(P, "How much is three eighths of 1,000?", F(3, 8) * 1000)
calc(P, "2^12 minus 999 = ?", 2**12 - 999)
calc(P, "What is 15.6 squared?", dec("15.6") ** 2)
calc(P, "whats the square root of 7225 exactly", 85)
calc(P, "What's 4,500 increased by 7.5%?", 4500 * (1 + pct("7.5")))
calc(P, "Compute (48 + 72) / 16 × 3.", F(48 + 72, 16) * 3)
calc(P, "seven hundred and twelve minus three hundred and ninety-eight", 712 - 398)
calc(P, "What is 0.045 multiplied by 2,000?", dec("0.045") * 2000)
calc(P, "mean of 14, 27, 33 and 46", F(14 + 27 + 33 + 46, 4))
calc(P, "Take 18% off 1,250 - what's left?", 1250 * (1 - pct(18)))
assert (9876 % 12, 85**2) == (0, 7225)

# registers (each also has units and datetime items below)
calc(
    "clavichord_voicing_workshop",
    "Invoice for revoicing a clavichord: 51 new tangents at €3.40 each plus 2.5 hours of "
    "labour at €48 an hour. What's the total in euros?",
    51 * dec("3.40") + dec("2.5") * 48,
)
calc(
    "glacier_field_camp_cook",
    "cooking for 9 people at the glacier camp for 16 days, 3 meals each a day, and every meal "
    "pack costs NZ$14.50. what does the food come to?",
    9 * 16 * 3 * dec("14.50"),
)
calc(
    "glacier_field_camp_cook",
    "The stove burns 0.35 kg of white gas a day. How many kilograms do I fly in for 16 days?",
    dec("0.35") * 16,
)
calc(
    "marionette_repair_bench",
    "Restringing a marionette: nine strings of 1.15 m each, plus 0.4 m spare in total. How many "
    "metres of line do I cut?",
    9 * dec("1.15") + dec("0.4"),
)
calc(
    "rye_starter_market_stall",
    "Saturday at the market I sold 38 rye loaves at £4.20 and 22 jars of starter at £6.50, and "
    "the pitch cost me £35. What did I clear?",
    38 * dec("4.20") + 22 * dec("6.50") - 35,
)
calc(
    "rye_starter_market_stall",
    "Dough at 78% hydration on 1,600 g of rye flour - how many grams of water is that?",
    pct(78) * 1600,
)
calc(
    "ultramarathon_aid_station",
    "Aid station prep: 250 runners, two gel sachets each, and gels come in boxes of 24. How "
    "many boxes do we need to order so nobody goes short?",
    whole_up(F(250 * 2, 24)),
)
calc(
    "ultramarathon_aid_station",
    "a runner reached our station at 42 km after 5 hours 15 minutes. whats her average pace in "
    "minutes per km?",
    F(5 * 60 + 15, 42),
)
calc(
    "leaded_light_glazier",
    "Lead came is £2.85 a metre and this window takes 12 metres. Add VAT at 20% - what's the "
    "cost of the lead?",
    12 * dec("2.85") * (1 + pct(20)),
)
calc(
    "hovercraft_ticket_kiosk",
    "Two adult returns at £28.90 and three child returns at £14.50, with our 10% family "
    "discount off the lot. How much do I ring up?",
    (2 * dec("28.90") + 3 * dec("14.50")) * (1 - pct(10)),
)
calc(
    "hawk_weathering_yard",
    "My Harris hawk's flying weight is 680 g and she weighed in at 714 g. By what percentage is "
    "she over her flying weight?",
    F(714 - 680, 680) * 100,
)
calc(
    "grape_picking_gang_boss",
    "Pickers get €0.18 a kilo. My gang of 12 brought in 4,850 kg between them and we split "
    "evenly. What does each picker get?",
    4850 * dec("0.18") / 12,
)
calc(
    "sign_language_theatre_interpreter",
    "Two of us interpret a 2 hr 45 min show, each paid £42 an hour plus £30 travel each. "
    "What's the combined fee for both interpreters?",
    2 * (dec("2.75") * 42 + 30),
)
calc(
    "narrow_gauge_signal_box",
    "High season: 14 trains a day each way past my box, for 93 days. How many train movements "
    "is that in total?",
    14 * 2 * 93,
)
calc(
    "liveaboard_dive_boat_crew",
    "12 guests paid $1,890 each for the trip. The crew tip pool is 8% of fares, split equally "
    "between 7 crew. What's each crew member's share?",
    12 * 1890 * pct(8) / 7,
)
calc(
    "liveaboard_dive_boat_crew",
    "Nitrox fills: 9 divers, 3 dives a day, 6 diving days, $12 a fill. Total nitrox charge?",
    9 * 3 * 6 * 12,
)
calc(
    "seed_library_volunteer",
    "We packed 1,350 seed packets. 28% went at the spring swap and another 415 were posted out. "
    "How many packets are left in the tins?",
    1350 - pct(28) * 1350 - 415,
)
calc(
    "ferret_show_judge",
    "show accounts: 46 single entries at £3.50, 9 pair entries at £5, and the rosettes cost "
    "£61.25. whats the surplus",
    46 * dec("3.50") + 9 * 5 - dec("61.25"),
)
calc(
    "dried_flower_wreath_maker",
    "Twenty wreath orders, 35 stems of statice in each, and the wholesaler sells bunches of 18 "
    "stems. How many bunches must I buy?",
    whole_up(F(20 * 35, 18)),
)
calc(
    "observatory_night_docent",
    "Stargazing night takings: 84 adults at $12 and 57 children at $7.50. Total?",
    84 * 12 + 57 * dec("7.50"),
)
calc(
    "observatory_night_docent",
    "The refractor has a focal length of 2,350 mm; with a 25 mm eyepiece what magnification do "
    "visitors get?",
    F(2350, 25),
)
calc(
    "goat_cheese_smallholding",
    "Eight milkers giving 2.4 litres each a day, and it takes 8 litres of milk for 1 kg of "
    "chèvre. How many kilos of cheese is that per day?",
    8 * dec("2.4") / 8,
)
calc(
    "correspondence_chess_league",
    "140 entrants at £18 each; the prize fund is 65% of entry money and first place takes 40% "
    "of the fund. How much is first prize?",
    140 * 18 * pct(65) * pct(40),
)
calc(
    "correspondence_chess_league",
    "Eight games: five wins, two draws, one loss. Win = 1, draw = half. What percentage of the "
    "available points did I score?",
    F(5 + F(2, 2), 8) * 100,
)
calc(
    "henna_artist_festival_stall",
    "Festival weekend: 63 hand designs at £8 and 17 full arms at £15. The organisers take 12% "
    "of takings. What do I keep?",
    (63 * 8 + 17 * 15) * (1 - pct(12)),
)
calc(
    "turret_clock_apprentice",
    "Going train: great wheel of 96 teeth drives an 8-leaf pinion, and the second wheel of 90 "
    "drives a 9-leaf pinion. What is the overall ratio?",
    F(96, 8) * F(90, 9),
)
calc(
    "ski_patrol_first_aid_hut",
    "we got through 234 blister plasters in 52 days of season. average per day?",
    F(234, 52),
)
calc(
    "raku_firing_collective",
    "The raku shed costs £420 a quarter in rent and the gas bill came to £186.60. Split six "
    "ways, what does each member pay for the quarter?",
    (420 + dec("186.60")) / 6,
)
calc(
    "roman_villa_finds_tray",
    "We sieved 46 buckets of spoil and recovered 391 tesserae. Average tesserae per bucket?",
    F(391, 46),
)
calc(
    "cargo_bike_courier_rota",
    "Riders get £4.10 a drop plus 35p per km. Monday I did 27 drops and 64 km - what am I owed?",
    27 * dec("4.10") + 64 * dec("0.35"),
)
calc(
    "handbell_ringing_team",
    "Re-clappering our 40 handbells is £23.50 a bell, with 15% off for doing the whole set. "
    "What's the bill?",
    40 * dec("23.50") * (1 - pct(15)),
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

# plain one-line conversions
unit_r(P, "Convert 72 kilometres to miles.", 72000 / MI)
unit_r(P, "How many feet are in 250 metres?", 250 / FT)
unit_r(P, "88 °F in Celsius?", f_to_c(88))
unit_r(P, "what is 5.5 pounds in grams", dec("5.5") * LB * 1000)
unit_r(P, "Convert 3 acres to square metres.", 3 * ACRE)
unit(P, "How many litres is 2.75 cubic metres?", dec("2.75") * 1000, EXACT)
unit_r(P, "what is 12 st 4 lb in kilos", (12 * 14 + 4) * LB)
unit_r(P, "What's 100 km/h in mph?", 100 * KMH / MPH)
unit_r(P, "Convert 45 psi to bar.", 45 * PSI / BAR)
unit(P, "Three and a half hours is how many seconds?", dec("3.5") * 3600, EXACT)
unit(P, "six foot two in centimetres?", (6 * 12 + 2) * IN * 100, EXACT)
unit(P, "How many bytes are in 3 GiB?", 3 * GIB, EXACT)
unit(P, "minus 12 °C is what in fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "what is 640 acres in hectares", 640 * ACRE / 10000)

# registers
unit_r(
    "clavichord_voicing_workshop",
    "The clavichord case measures 1,480 mm long. What is that in inches?",
    dec("1.480") / IN,
)
unit_r(
    "glacier_field_camp_cook",
    "Our camp sits at 3,650 m. What's the elevation in feet for the American glaciologists?",
    3650 / FT,
)
unit(
    "marionette_repair_bench",
    "The control bar on this old marionette is 14 inches wide - convert to centimetres please",
    14 * IN * 100,
    EXACT,
)
unit(
    "rye_starter_market_stall",
    "My oven bakes the rye at 250 °C. What is that in degrees Fahrenheit for a US customer's "
    "recipe card?",
    c_to_f(250),
    EXACT,
)
unit_r(
    "ultramarathon_aid_station",
    "The race is a hundred miles. How many kilometres is that?",
    100 * MI / 1000,
)
unit_r(
    "ultramarathon_aid_station",
    "Total climb on the course is 6,200 metres - how many feet?",
    6200 / FT,
)
unit_r(
    "leaded_light_glazier",
    "A leaded panel 36 inches by 24 inches: what's its area in square centimetres?",
    36 * 24 * (IN * 100) ** 2,
)
unit_r(
    "hovercraft_ticket_kiosk",
    "Passengers ask how far the crossing is. It's 4.2 nautical miles; what's that in kilometres?",
    dec("4.2") * NMI / 1000,
)
unit_r(
    "hawk_weathering_yard",
    "Her flying weight is 680 grams. What is that in ounces (weight)?",
    F(680, 1000) / OZ,
)
unit_r(
    "grape_picking_gang_boss",
    "The trailer takes 3.5 tonnes of grapes. how many pounds is that",
    3500 / LB,
)
unit_r(
    "grape_picking_gang_boss",
    "The estate's vineyard is 27 acres. Convert that to hectares.",
    27 * ACRE / 10000,
)
unit_r(
    "sign_language_theatre_interpreter",
    "The stage is 9.5 m wide and the touring lighting rig is specced in feet. Width in feet?",
    dec("9.5") / FT,
)
unit(
    "narrow_gauge_signal_box",
    "Our railway's track gauge is 2 ft exactly. What is that in millimetres?",
    2 * FT * 1000,
    EXACT,
)
unit_r(
    "liveaboard_dive_boat_crew",
    "The tanks are filled to 3,000 psi. What's that in bar?",
    3000 * PSI / BAR,
)
unit_r(
    "liveaboard_dive_boat_crew",
    "Briefing says the wreck lies at 30 metres. In feet?",
    30 / FT,
)
unit_r(
    "seed_library_volunteer",
    "The bulk sack of runner bean seed is 11 lb. What's that in kilograms?",
    11 * LB,
)
unit_r(
    "ferret_show_judge",
    "Best in show was a hob weighing 1.9 kg. How much is that in pounds?",
    dec("1.9") / LB,
)
unit(
    "dried_flower_wreath_maker",
    "The wire wreath ring is 16 inches across. What's that in centimetres?",
    16 * IN * 100,
    EXACT,
)
unit(
    "observatory_night_docent",
    "Our reflector has an 8 inch aperture - what is the aperture in millimetres?",
    8 * IN * 1000,
    EXACT,
)
unit_r(
    "observatory_night_docent",
    "The observatory dome is 6 metres across. How wide is it in feet?",
    6 / FT,
)
unit(
    "goat_cheese_smallholding",
    "The cheeses ripen at 12 °C. What temperature is that in Fahrenheit?",
    c_to_f(12),
    EXACT,
)
unit_r(
    "goat_cheese_smallholding",
    "Our biggest nanny weighs 65 kg. What's that in stone?",
    65 / STONE,
)
unit(
    "correspondence_chess_league",
    "League rules give 40 days of thinking time for every 10 moves. Convert 40 days to hours.",
    40 * 24,
    EXACT,
)
unit_r(
    "henna_artist_festival_stall",
    "I mixed 500 g of henna paste for the weekend. how many ounces (weight) is that?",
    F(1, 2) / OZ,
)
unit_r(
    "turret_clock_apprentice",
    "The seconds pendulum is 39.14 inches long. Give the length in centimetres.",
    dec("39.14") * IN * 100,
)
unit(
    "ski_patrol_first_aid_hut",
    "Top station thermometer reads 5 °F. Convert to Celsius.",
    f_to_c(5),
    EXACT,
)
unit(
    "raku_firing_collective",
    "We pull the pots at about 1,000 °C. What's 1,000 °C in Fahrenheit?",
    c_to_f(1000),
    EXACT,
)
unit_r(
    "raku_firing_collective",
    "The raku kiln chamber holds 2.5 cubic feet. How many litres is that?",
    dec("2.5") * CUFT * 1000,
)
unit_r(
    "roman_villa_finds_tray",
    "Trench 3 is 12 m by 4.5 m. What's its area in square feet?",
    12 * dec("4.5") / SQFT,
)
unit_r(
    "cargo_bike_courier_rota",
    "The cargo bike's load limit is 100 kg. What is that in stone?",
    100 / STONE,
)
unit_r(
    "handbell_ringing_team",
    "Our biggest bell, the C3, weighs 4.5 kg. How many pounds is that?",
    dec("4.5") / LB,
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


def zoned(y, mo, d, h, mi, zone):
    return DT(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def zspan_minutes(a, b):
    """Minutes between two zoned datetimes, through UTC."""
    utc = ZoneInfo("Etc/UTC")
    return int((b.astimezone(utc) - a.astimezone(utc)).total_seconds()) // 60


def offset_hours(when, zone):
    return F(int(when.replace(tzinfo=ZoneInfo(zone)).utcoffset().total_seconds()), 3600)


# plain one-line calendar questions
date_item(
    P, "Valentine's Day 2031 (14 February) is on which day of the week?", weekday(D(2031, 2, 14))
)
date_item(
    P,
    "Number of days from 3 March 2029 up to 19 November 2029?",
    days(D(2029, 3, 3), D(2029, 11, 19)),
)
date_item(
    P,
    "Count forward 100 days from 12 January 2028: which date do I land on?",
    D(2028, 1, 12) + TD(days=100),
)
date_item(P, "what's the date 6 weeks before 5 June 2030", D(2030, 6, 5) - TD(weeks=6))
date_item(
    P,
    "How many weeks is it from 2 April 2029 to 24 September 2029?",
    weeks(D(2029, 4, 2), D(2029, 9, 24)),
)
date_item(
    P,
    "How old will someone born on 29 August 1961 be on 1 March 2030?",
    age(D(1961, 8, 29), D(2030, 3, 1)),
)
date_item(P, "The US bicentennial, 4 July 1976, was which weekday?", weekday(D(1976, 7, 4)))
date_item(P, "Which date is the third Thursday of November 2028?", nth_weekday(2028, 11, THU, 3))
date_item(P, "How many minutes from 22:35 to 06:10?", clock_span("22:35", "06:10", 60))
date_item(P, "250 days on from 9 September 2027 is what date?", D(2027, 9, 9) + TD(days=250))
date_item(P, "new year's day 2040 - what weekday?", weekday(D(2040, 1, 1)))
date_item(
    P,
    "How many days from 30 October 2029 to Christmas Day 2029?",
    days(D(2029, 10, 30), D(2029, 12, 25)),
)
date_item(P, "What is the date of the last Monday in May 2031?", nth_weekday(2031, 5, MON, -1))
date_item(
    P,
    "Count the days from 1 March 2030 to 31 August 2030, both ends included.",
    days(D(2030, 3, 1), D(2030, 8, 31)) + 1,
)

# registers
d = D(2027, 8, 3)
date_item(
    "clavichord_voicing_workshop",
    f"I finished revoicing the clavichord on {sayw(d)}. The leather needs 45 days to settle "
    "before the final regulation. What date is that?",
    d + TD(days=45),
)
date_item(
    "glacier_field_camp_cook",
    "The helicopter drops us on the glacier on 12 January 2028 and collects us 23 days after "
    "that. Which date is pick-up?",
    D(2028, 1, 12) + TD(days=23),
)
a = zoned(2028, 1, 12, 14, 40, "Pacific/Auckland")
b = zoned(2028, 1, 12, 22, 5, "Pacific/Auckland")
date_item(
    "glacier_field_camp_cook",
    "Stew on at 14:40, and the last person eats at 22:05 the same evening. How many minutes "
    "has the pot been going?",
    zspan_minutes(a, b),
)
date_item(
    "marionette_repair_bench",
    "The puppet festival runs from 18 June 2029 to 9 July 2029 inclusive. How many days of "
    "shows is that?",
    days(D(2029, 6, 18), D(2029, 7, 9)) + 1,
)
d = D(2027, 9, 20)
date_item(
    "rye_starter_market_stall",
    f"I started a fresh rye culture on {say(d)} and it's ready to sell 14 days later. What "
    "day of the week will that be?",
    weekday(d + TD(days=14)),
)
a = zoned(2027, 9, 3, 9, 55, "Australia/Sydney")
b = zoned(2027, 9, 3, 6, 20, "America/Los_Angeles")
date_item(
    "ultramarathon_aid_station",
    "Flying out to crew the race: we leave Sydney at 09:55 on 3 September 2027 local time and "
    "land in Los Angeles at 06:20 local time the same date. How many minutes in the air?",
    zspan_minutes(a, b),
)
d = D(2028, 2, 17)
date_item(
    "leaded_light_glazier",
    f"My quote for the chapel window is dated {sayw(d)} and holds for 30 days after that. "
    "On what date does it lapse?",
    d + TD(days=30),
)
date_item(
    "hovercraft_ticket_kiosk",
    "A season pass bought on 3 April 2028 comes up for renewal 26 weeks later. Renewal date?",
    D(2028, 4, 3) + TD(weeks=26),
)
date_item(
    "hovercraft_ticket_kiosk",
    "the last sailing of the summer timetable is 30 September 2028. what day of the week is that",
    weekday(D(2028, 9, 30)),
)
date_item(
    "hawk_weathering_yard",
    "Her moult began on 22 April 2029 and usually takes 110 days. When should it be done?",
    D(2029, 4, 22) + TD(days=110),
)
d = D(2028, 9, 11)
date_item(
    "grape_picking_gang_boss",
    f"Picking started {sayw(d)} and the last bin came in on 6 October 2028. How many days did "
    "the harvest run, counting both the first and last day?",
    days(d, D(2028, 10, 6)) + 1,
)
date_item(
    "grape_picking_gang_boss",
    "Contract says pickers are paid 21 days after the final day of harvest, 6 October 2028. "
    "Pay date?",
    D(2028, 10, 6) + TD(days=21),
)
when = DT(2029, 3, 14, 19, 30)
date_item(
    "sign_language_theatre_interpreter",
    "Our signed performance in London on 14 March 2029 at 19:30 is streamed live to a deaf "
    "club in Toronto. How many hours behind London is Toronto on that date?",
    offset_hours(when, "Europe/London") - offset_hours(when, "America/Toronto"),
)
date_item(
    "narrow_gauge_signal_box",
    "Last steam day of the season is 29 October 2028 and we reopen on 7 April 2029. How many "
    "days after the last steam day do we reopen?",
    days(D(2028, 10, 29), D(2029, 4, 7)),
)
a = zoned(2028, 7, 16, 23, 50, "Indian/Maldives")
b = zoned(2028, 7, 17, 6, 30, "Europe/Berlin")
date_item(
    "liveaboard_dive_boat_crew",
    "Guests fly out of Malé at 23:50 local time on 16 July 2028 and land in Frankfurt at 06:30 "
    "local time on 17 July 2028. How long is the flight in minutes?",
    zspan_minutes(a, b),
)
date_item(
    "seed_library_volunteer",
    "Seed collected on 2 October 2027 - what date is 1,000 days after that, when we re-test "
    "germination?",
    D(2027, 10, 2) + TD(days=1000),
)
date_item(
    "ferret_show_judge",
    "The kits were born on 19 May 2028 and can be shown at 12 weeks old. What's the first date "
    "they can be entered?",
    D(2028, 5, 19) + TD(weeks=12),
)
d = D(2029, 8, 6)
date_item(
    "dried_flower_wreath_maker",
    f"Hung the lavender to dry on {sayus(d)}; it needs 3 weeks. What date do I take it down?",
    d + TD(weeks=3),
)
date_item(
    "observatory_night_docent",
    "We held a public viewing on 8 January 2028 and the next one is 17 March 2028. How many "
    "days apart are they?",
    days(D(2028, 1, 8), D(2028, 3, 17)),
)
date_item(
    "goat_cheese_smallholding",
    "Goats carry for 150 days. Pepper was served on 4 October 2027 - what's her due date?",
    D(2027, 10, 4) + TD(days=150),
)
date_item(
    "correspondence_chess_league",
    "My opponent's move reached me on 11 November 2027 and I must reply no later than 10 days "
    "after receipt. What is my reply deadline?",
    D(2027, 11, 11) + TD(days=10),
)
d = D(2028, 8, 24)
date_item(
    "henna_artist_festival_stall",
    f"The festival runs from {sayw(d)} to Sunday 27 August 2028. How many days am I on the "
    "stall if I work every day?",
    days(d, D(2028, 8, 27)) + 1,
)
date_item(
    "henna_artist_festival_stall",
    "Booking deposit is due 45 days before 24 August 2028. Which date is that?",
    D(2028, 8, 24) - TD(days=45),
)
date_item(
    "turret_clock_apprentice",
    "The church clock stopped at 03:17 and we had it going again at 11:52. How many minutes "
    "was it stopped?",
    clock_span("03:17", "11:52", 60),
)
s = DT(2028, 3, 25, 22, 0, tzinfo=ZoneInfo("Europe/Zurich"))
e = DT(2028, 3, 26, 7, 0, tzinfo=ZoneInfo("Europe/Zurich"))
date_item(
    "ski_patrol_first_aid_hut",
    f"Night shift in the Zermatt first aid hut from 22:00 on {sayw(s.date())} until 07:00 on "
    f"{sayw(e.date())}. How many hours is that shift?",
    F(zspan_minutes(s, e), 60),
)
date_item(
    "ski_patrol_first_aid_hut",
    "The lifts open on 2 December 2028 and close on 15 April 2029. How many days is the season, "
    "including opening and closing day?",
    days(D(2028, 12, 2), D(2029, 4, 15)) + 1,
)
date_item(
    "raku_firing_collective",
    "We lit the kiln at 08:45 and it was cool enough to unpack at 02:10. How many minutes?",
    clock_span("08:45", "02:10", 60),
)
date_item(
    "raku_firing_collective",
    "Members' glaze night is every 9 days, starting 5 January 2029. What's the date of the "
    "fifth one?",
    D(2029, 1, 5) + TD(days=4 * 9),
)
d = D(2029, 7, 2)
date_item(
    "roman_villa_finds_tray",
    f"The dig starts {sayw(d)} and runs six weeks, finishing on the Friday of week six. What "
    "date is the last day?",
    d + TD(days=5 * 7 + 4),
)
date_item(
    "cargo_bike_courier_rota",
    "Invoice sent 27 June 2028, payable 30 days later. When is payment due?",
    D(2028, 6, 27) + TD(days=30),
)
date_item(
    "handbell_ringing_team",
    "Our carol concert is on the second Sunday of December 2028. What date is it?",
    nth_weekday(2028, 12, SUN, 2),
)
assert weekday(D(2028, 8, 27)) == "Sunday" and weekday(D(2029, 7, 2)) == "Monday"
assert weekday(D(2028, 3, 25)) == "Saturday" and weekday(D(2028, 9, 11)) == "Monday"
assert zspan_minutes(s, e) == 8 * 60  # clocks went forward that night


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


def neg_all(family, queries, note=None):
    for q in queries:
        neg(family, q, note)


# ordinary negatives: numbers, units and dates that need the language model
neg_all(
    "identifier-looks-like-sums",
    [
        "Someone rang from 0161 496 0732 - is that a Manchester landline or a mobile?",
        "What does the part number 3-45-2210/B tell me about the bearing inside?",
        (
            "Router firmware says 2.4.11 - does that come before or after 2.4.9 in their release "
            "order, and should I update?"
        ),
        "The relay result sheet reads 3-1-2 for our team. What does the middle figure stand for?",
        "Is flight BA 2490 normally a long-haul service?",
    ],
)
neg_all(
    "opinion-on-figures",
    [
        (
            "Is it worth paying £1,200 for a secondhand harpsichord kit, or should I save for a "
            "finished instrument?"
        ),
        "I have savings earning 3% and a car loan at 4.9%. Which would you tackle first and why?",
        "For a total beginner, would you start with a 12 kg or a 16 kg kettlebell?",
        "Is 7:30 in the morning too early to start a children's birthday party?",
        "Do you think 45 minutes is long enough for the speeches at a wedding?",
    ],
)
neg_all(
    "why-explanations",
    [
        "Why is a nautical mile 1,852 metres and not a round thousand?",
        "Explain why 0.1 + 0.2 doesn't come out as exactly 0.3 in floating point.",
        "Why does February only have 28 days in most years?",
        (
            "In plain words, no numbers please: how does compound interest differ from simple "
            "interest?"
        ),
        "Why do the clocks change twice a year in Europe?",
    ],
)
neg_all(
    "facts-not-given",
    [
        "How much will my electricity bill be for March?",
        "My passport's somewhere in a drawer - how many days before it runs out?",
        "What will the yen exchange rate be when I land in Tokyo?",
        "How long will the drive from my house to the coast take on Saturday?",
        "How much do I still owe on my credit card?",
    ],
)
neg_all(
    "write-me-code",
    [
        "Write me a Python function turning Celsius into Fahrenheit, rounded to one decimal.",
        (
            "Write SQL that totals invoice amounts per calendar month from invoices(amount, "
            "issued_on)."
        ),
        "Give me an Excel formula that counts the weekdays between the dates in A1 and B1.",
        "In JavaScript, how do I add 30 days to a Date object without mutating it?",
        "bash one-liner to add up the third column of a comma separated file?",
    ],
)
neg_all(
    "private-notation",
    [
        "In my puzzle book a ⊕ b means a times b plus a. Is ⊕ commutative? Explain.",
        "Say #n means n with its digits reversed. Is #(#n) always equal to n?",
        (
            "At our bakery a 'dozen' is thirteen, but on invoices it's twelve. Which should the "
            "menu board use?"
        ),
        (
            "In my notation x^y means y copies of x written side by side, so 3^4 = 3333. Does "
            "that notation have a standard name?"
        ),
        (
            "Our team writes durations like 1.30 to mean one hour thirty minutes. Is that a good "
            "convention for a shared timesheet?"
        ),
    ],
)
neg_all(
    "what-does-this-number-mean",
    [
        "The pharmacy machine gave me 135/85 for blood pressure. Should I worry?",
        "The tyre sidewall says 205/55 R16 91V. What is the 91?",
        "What does a 1:50 scale on an architect's drawing actually mean?",
        "My chain checker drops in at the 0.75 mark. Do I need a new chain?",
        "What does the 'E' in front of 500 g on a food packet mean?",
    ],
)
neg_all(
    "fermi-estimates",
    [
        "Roughly how many piano tuners would a city the size of Chicago support?",
        "Ballpark: how many jelly beans would fit in a 2 litre jar?",
        "About how long would it take to walk the length of Wales?",
        "Estimate how many words are in a typical crime novel.",
        (
            "How many trees would have to be planted to offset one return flight London to New "
            "York, roughly?"
        ),
    ],
)
neg_all(
    "rules-and-rights",
    [
        "My landlord wants a six-week deposit on £950 rent. Is that allowed in England?",
        "Can I claim tax relief on a £240 professional body subscription?",
        "Should a school report round 2.5 up or down, and is there an official rule?",
        "My toddler is at 38.2 °C. Is that a fever, and when should I call the doctor?",
        "What's considered a polite tip in a Tokyo restaurant?",
    ],
)
neg_all(
    "history-of-measures",
    [
        "When was the metre first defined, and by whom?",
        "Who came up with the Celsius scale, and was it originally upside down?",
        "What made Britain drop eleven days from its calendar in September 1752?",
        "What is 20 July 1969 remembered for?",
        "Which country was the first to adopt a decimal currency?",
    ],
)
neg_all(
    "creative-writing-with-numbers",
    [
        "Write a short poem about the number seven.",
        "Draft a polite reminder email to a client whose £480 invoice is 14 days overdue.",
        "Suggest a catchy name for a bakery that sells 12 kinds of bread.",
        "Write a birthday card message for my grandad, who turns 90 on Sunday.",
        "Compose a limerick about a kettle that boils at 100 degrees.",
    ],
)
neg_all(
    "data-judgement",
    [
        "Is a sample of 40 people enough for my village survey?",
        "My A/B test converted at 2.1% versus 2.4%. Is that a real difference?",
        "Is a 5k in 27 minutes a good time for a 45-year-old woman?",
        "Our café sales dropped 8% in February. What might explain it?",
        "Is 3 goals in 10 matches a decent record for a centre back?",
    ],
)
neg_all(
    "language-questions",
    [
        "How do you say 'twenty-five kilometres' in German?",
        "What's the French word for a fortnight?",
        "Is it 'a historic' or 'an historic' 100th anniversary?",
        "Write 1,204 out in words the way it should appear on a cheque.",
        "Translate 'the train leaves at half past seven' into Spanish.",
    ],
)
neg_all(
    "kitchen-judgement",
    [
        "Can I swap 200 g of wheat flour for 200 g of spelt in this loaf without other changes?",
        "How long should a 2 kg beef roast rest before carving?",
        "Why didn't my bread rise after 3 hours in a cold kitchen?",
        "What wine goes with an aged manchego?",
        "Is it safe to eat cooked rice that has been left out for 5 hours?",
    ],
)
neg_all(
    "sports-scores-and-rules",
    [
        "In cricket, what does a score of 145/3 mean?",
        "How did the marathon end up at 42.195 km rather than a round 42?",
        "How does the tiebreak work when a tennis set reaches 6-6?",
        "Is a 4-4-2 formation outdated in modern football?",
        "What's a respectable golf handicap for someone who plays twice a week?",
    ],
)
neg_all(
    "science-concepts",
    [
        "Why does my tea water boil at a lower temperature up a mountain?",
        "What's the difference between mass and weight, in simple terms?",
        "How did astronomers first work out the distance to the Sun?",
        "Why is absolute zero -273.15 °C and not a round number?",
        "What does a soil pH of 4.5 mean for growing blueberries?",
    ],
)
neg_all(
    "computer-specs",
    [
        "My laptop has 16 GB of RAM. Is that enough for 4K video editing?",
        "Why does my new 2 TB drive show up as less in Windows?",
        "What does Windows error code 0x80070005 mean?",
        "Is it safe to open port 8080 on my home router?",
        "What is the address 192.168.1.254 usually used for on a home network?",
    ],
)
neg_all(
    "health-numbers",
    [
        "Is 10,000 steps a day actually necessary for good health?",
        "How much water should I drink on a 30 °C day?",
        "Is a resting heart rate of 52 normal for a runner?",
        "What's a healthy weight range for a man who is 1.75 m tall?",
        "To train for a half marathon, should my midweek runs be 5 km or 10 km?",
    ],
)
neg_all(
    "when-is-best",
    [
        "Is six weeks enough notice for wedding invitations?",
        "Which week in 2029 is best for seeing the northern lights in Iceland?",
        "Which day of the week is usually cheapest to fly from Manchester?",
        "When should I plant garlic in Yorkshire?",
        "Should I book my car's MOT early or wait until the due date?",
    ],
)
neg_all(
    "money-concepts",
    [
        "What's the difference between APR and AER?",
        "Explain what a 60/40 portfolio is.",
        "Why do bond prices fall when interest rates rise?",
        "Is a 2.9% fixed mortgage rate a good deal at the moment?",
        "What does 'net 30' mean on a supplier's invoice?",
    ],
)

# near-negatives: the registers' settings, but a fact is missing or judgement is needed
neg_all(
    "near-missing-price",
    [
        "How much will a full set of new clavichord tangents cost me?",
        "What's the hovercraft family ticket with the discount?",
        "What does one raku firing cost us in gas at current prices?",
        "The picking rate went up this season - what does each of my gang earn a day now?",
        "How much VAT goes on the lead came for the chapel job?",
    ],
    "the price or quantity is not given",
)
neg_all(
    "near-missing-date",
    [
        "How many days until the ferret show?",
        "When is my goat due if she was served the weekend of the county show?",
        "How long has the turret clock been running since the restoration?",
        "On what date does my window quote expire?",
        "When's the next public viewing night at the observatory?",
    ],
    "the date it hinges on is not stated",
)
neg_all(
    "near-estimate",
    [
        "Roughly how many gels will 250 runners get through at an aid station on a hot day?",
        "How much milk should a good dairy goat give per day?",
        "How long does a raku firing usually take from cold?",
        "How many stems of statice do most florists put in a door wreath?",
        "What should a female Harris hawk weigh?",
    ],
    "an estimate or typical value, not a computation",
)
neg_all(
    "near-identifier",
    [
        "On the signal box diagram, lever 23 is marked 14A. What does the 14A refer to?",
        "We ring the handbells in the order 1-3-5-2-4-6. Is that a recognised method?",
        "My correspondence rating is 1850 - is that on the ECF or the FIDE scale?",
        "The code HX-2290 is printed on my hovercraft ticket. Is that the departure time?",
        "Our handbell chart lists a bell as 5C20. What does that code mean?",
    ],
    "an identifier that looks like arithmetic",
)
neg_all(
    "near-reading-a-label",
    [
        "The raku kiln controller shows 'Err 04 at 1012'. What's gone wrong?",
        "My henna cone is labelled BAQ 2.5 - what does that mean?",
        "The wreath wire is sold as 22 gauge. How thick is that?",
        "A cylinder marked 232 bar DIN - will it work with my yoke regulator?",
        "The pendulum bob is stamped 'L 39.14'. Is that inches or something else?",
    ],
    "asks what a stated number or label means",
)
neg_all(
    "near-is-it-fair",
    [
        "Is £4.10 a drop fair pay for cargo bike couriers in a big city?",
        "Should I charge €48 or €55 an hour for clavichord voicing?",
        "Is 680 g too heavy to fly my hawk on a windy day?",
        "Is 3,650 m high enough that we should worry about altitude sickness at camp?",
        "Is a 12% organiser's cut normal for festival traders?",
    ],
    "an opinion about a figure",
)
neg_all(
    "near-write-code",
    [
        "Write a spreadsheet formula that works out picker pay at €0.18 a kilo from column B.",
        "Write a Python script that converts every depth in our dive log from metres to feet.",
        "Write a function that tells me the weekday a chess reply deadline falls on.",
        "Build me a spreadsheet formula for the hovercraft 10% family discount.",
        "Write a regex that matches 24-hour times like 09:55 and 23:50.",
    ],
    "asks for code, not a value",
)
neg_all(
    "near-currency-rate",
    [
        "What's NZ$6,264 in euros?",
        "Convert $1,890 to pounds for our UK guests.",
        "How much is €293.40 in Swiss francs?",
        "What is my £133.10 worth in US dollars?",
        "How many rand is 4,850 euros?",
    ],
    "needs a live exchange rate",
)
neg_all(
    "near-missing-count",
    [
        "How long is the craft fair if it runs over the bank holiday weekend and a bit?",
        "How many trains pass the signal box on an ordinary day?",
        "How many seed packets do we have left after the swap?",
        "How many bunches do I need for all the wreath orders?",
        "What's each crew member's share of the tips this trip?",
    ],
    "the numbers needed are not given",
)
neg_all(
    "near-zone-unknown",
    [
        "What time will our signed show be for viewers abroad?",
        "How many hours behind us is the customer who emailed?",
        "When does my flight land, local time?",
        "What time is it where my sister lives?",
        "Will the stream start before or after dinner for my friends overseas?",
    ],
    "the place or time is not given",
)
neg_all(
    "near-science-why",
    [
        "How long does a valley glacier take to move a kilometre?",
        "Why does a raku pot crackle as it cools?",
        "How deep can I dive on 32% nitrox?",
        "Why is a seconds pendulum close to a metre long?",
        "Why do goats give less milk in winter?",
    ],
    "explanation or a judgement-dependent limit",
)
neg_all(
    "near-history",
    [
        "When did the first hovercraft passenger service start?",
        "How old is the oldest surviving clavichord?",
        "When were the first narrow gauge railways built in Wales?",
        "How old is correspondence chess as an organised game?",
        "When did Roman mosaic floors first appear in Britain?",
    ],
    "a historical fact, not a calculation",
)
neg_all(
    "near-plan-advice",
    [
        "How many gels should I carry between aid stations 12 km apart?",
        "How early should I arrive at the ferret show to set up?",
        "How much henna paste should I mix for a two-day festival?",
        "How many days should a goat cheese age before I sell it?",
        "Should we book the kiln shed for 9 days or 10 for the glaze course?",
    ],
    "planning advice with no single exact answer",
)

# conversations: an earlier turn changes what the last question means
conv(
    "conv-rule-stated-first",
    [
        (U, "I'm scaling a rye recipe written for 4 loaves up to 10 loaves."),
        (A, "Happy to help - what are the quantities?"),
        (U, "Start with 300 g of flour. What do I use?"),
    ],
    "the scaling comes from the first turn",
)
conv(
    "conv-rule-stated-first",
    [
        (U, "From here on, when I say a box I mean a box of 24 gel sachets."),
        (A, "Understood."),
        (U, "How many sachets in 7 boxes?"),
    ],
    "box size defined earlier",
)
conv(
    "conv-rule-stated-first",
    [
        (U, "In our league a win is worth 3 points and a draw 1."),
        (A, "OK."),
        (U, "We had 5 wins and 4 draws. What's our total?"),
    ],
    "points system set earlier",
)
conv(
    "conv-rule-stated-first",
    [
        (U, "Every price I give you is before the 15% service charge."),
        (A, "Noted."),
        (U, "Dinner came to £84. What do I actually pay?"),
    ],
    "service charge stated earlier",
)
conv(
    "conv-rule-stated-first",
    [
        (U, "I'm in Lisbon and my colleague is in Chicago."),
        (A, "Got it."),
        (U, "If I ring at 17:00 my time on 10 March 2028, what time is it for her?"),
    ],
    "places given only earlier",
)
conv(
    "conv-earlier-referent",
    [
        (U, "The village hall seats 180."),
        (A, "Noted."),
        (U, "If we sell 72% of it, how many seats is that?"),
    ],
    "'it' refers to the earlier capacity",
)
conv(
    "conv-earlier-referent",
    [
        (U, "My daughter was born on 12 May 2019."),
        (A, "Lovely."),
        (U, "How old will she be on her first day at secondary school, 2 September 2030?"),
    ],
    "birth date only in the first turn",
)
conv(
    "conv-earlier-referent",
    [
        (U, "Our flight leaves at 14:20."),
        (A, "OK."),
        (U, "If the gate closes 35 minutes before, when must we be there?"),
    ],
    "departure time from the first turn",
)
conv(
    "conv-earlier-referent",
    [
        (U, "The builder quoted €12,400 before VAT at 21%."),
        (A, "Right."),
        (U, "And with it?"),
    ],
    "elliptical follow-up",
)
conv(
    "conv-earlier-referent",
    [
        (U, "Shop A sells the kettle for £45, shop B for £39 plus £4.99 delivery."),
        (A, "OK."),
        (U, "Which works out cheaper?"),
    ],
    "prices are in the first turn",
)
conv(
    "conv-user-corrects",
    [
        (U, "What's 15% of 380?"),
        (A, "57."),
        (U, "Sorry, I meant 15% of what's left after the £40 discount."),
    ],
    "a correction to the earlier question",
)
conv(
    "conv-user-corrects",
    [
        (U, "Convert 25 miles to km."),
        (A, "About 40.23 km."),
        (U, "No wait, they were nautical ones. Redo it."),
    ],
    "redo with a changed unit",
)
conv(
    "conv-user-corrects",
    [
        (U, "How many days from 3 March to 18 April 2029?"),
        (A, "46 days."),
        (U, "Counting both ends, I mean."),
    ],
    "changes the counting of the earlier question",
)
conv(
    "conv-user-corrects",
    [
        (U, "Split £240 between four of us."),
        (A, "£60 each."),
        (U, "Actually Tom dropped out and Sam is paying for two. What's one share now?"),
    ],
    "re-splitting the earlier bill",
)
conv(
    "conv-user-corrects",
    [
        (U, "Add 90 days to 1 February 2028."),
        (A, "That's 1 May 2028."),
        (U, "Make that working days instead, skipping weekends."),
    ],
    "redoes the earlier question another way",
)
conv(
    "conv-units-set-earlier",
    [
        (U, "I'm a nurse in the US; the weights on our charts are in pounds."),
        (A, "OK."),
        (U, "This patient is 82. The dose sheet wants kilograms - what do I write?"),
    ],
    "the unit of 82 comes from the first turn",
)
conv(
    "conv-units-set-earlier",
    [
        (U, "Everything I measure in this flat is in centimetres."),
        (A, "Understood."),
        (U, "The shelf is 94 by 30. What's the area in square feet?"),
    ],
    "unit of the dimensions set earlier",
)
conv(
    "conv-units-set-earlier",
    [
        (U, "The fridge sensor reports in Fahrenheit."),
        (A, "Noted."),
        (U, "It just read 41. Is that cold enough by UK food guidance?"),
    ],
    "unit set earlier, plus a judgement",
)
conv(
    "conv-units-set-earlier",
    [
        (U, "My hire car's speedometer only shows km/h even though I'm driving in England."),
        (A, "That can be confusing."),
        (U, "It says 48 in a 30 zone. Am I over the limit?"),
    ],
    "units mixed across turns",
)
conv(
    "conv-units-set-earlier",
    [
        (U, "I'll give pony heights in hands, where a hand is 4 inches."),
        (A, "Sure."),
        (U, "She's 13.2. How tall is that in cm?"),
    ],
    "hands notation (13.2 = 13 hands 2 inches) from context",
)
conv(
    "conv-dates-anchored",
    [
        (U, "My contract started on 6 January 2028."),
        (A, "OK."),
        (U, "When does my 13-week probation end?"),
    ],
    "the start date is in the first turn",
)
conv(
    "conv-dates-anchored",
    [
        (U, "We count school weeks from the start of term, which was 4 September 2028."),
        (A, "Got it."),
        (U, "What's the date of the Monday of week 9?"),
    ],
    "term start set earlier",
)
conv(
    "conv-dates-anchored",
    [
        (U, "I live in Auckland."),
        (A, "Kia ora!"),
        (U, "The webinar is 9 am New York time on 14 March 2028. What time is that for me?"),
    ],
    "the user's place is in the first turn",
)
conv(
    "conv-dates-anchored",
    [
        (U, "Ignore weekends for everything I ask you."),
        (A, "OK, weekdays only."),
        (U, "How many days from 5 June to 30 June 2028?"),
    ],
    "counting rule set earlier",
)
conv(
    "conv-dates-anchored",
    [
        (U, "Our club's financial year begins on 6 April."),
        (A, "Like the UK tax year."),
        (U, "So which of our quarters does 19 November 2028 fall in?"),
    ],
    "quarter boundaries from the first turn",
)
conv(
    "conv-redefined-rules",
    [
        (U, "Game time: double every number I type before you use it."),
        (A, "Ready."),
        (U, "What's 7 + 5?"),
    ],
    "a rule from the first turn changes the sum",
)
conv(
    "conv-redefined-rules",
    [
        (U, "In our family code, 'x' means plus and '+' means times."),
        (A, "Fun."),
        (U, "What's 6 x 3 + 2?"),
    ],
    "operators redefined earlier",
)
conv(
    "conv-redefined-rules",
    [
        (U, "For this project plan, a week means five working days."),
        (A, "OK."),
        (U, "How many days are 9 weeks?"),
    ],
    "week redefined earlier",
)
conv(
    "conv-redefined-rules",
    [
        (U, "In my fantasy novel a day on the planet lasts 30 hours."),
        (A, "Interesting world."),
        (U, "How many hours are in 4 days there?"),
    ],
    "day redefined earlier",
)
conv(
    "conv-redefined-rules",
    [
        (U, "Octal mode please: read every numeral I send you in base eight."),
        (A, "Octal it is."),
        (U, "Right, then what is 17 plus 25 in that system?"),
    ],
    "number base set earlier",
)
conv(
    "conv-advice-on-context",
    [
        (U, "I take home £2,850 a month."),
        (A, "OK."),
        (U, "Can I afford £950 rent?"),
    ],
    "affordability advice",
)
conv(
    "conv-advice-on-context",
    [
        (U, "I'm training for a half marathon and my 10 km time is 58 minutes."),
        (A, "Nice."),
        (U, "What finish time should I aim for?"),
    ],
    "a prediction that depends on the first turn",
)
conv(
    "conv-advice-on-context",
    [
        (U, "I run a tiny bakery and each rye loaf costs me £1.35 to make."),
        (A, "Got it."),
        (U, "What should I charge?"),
    ],
    "pricing advice",
)
conv(
    "conv-advice-on-context",
    [
        (U, "My son is 11 and weighs 36 kg."),
        (A, "OK."),
        (U, "How much of the 250 mg per 5 ml suspension can he have?"),
    ],
    "medical dosing advice",
)
conv(
    "conv-advice-on-context",
    [
        (U, "My wreath orders doubled after the craft fair."),
        (A, "Congratulations!"),
        (U, "So how many bunches do I need now?"),
    ],
    "the original figures are never given",
)

# no contested unit words, lengths in months or years, anywhere in this set
_NO = re.compile(
    r"\b(pints?|gallons?|quarts?|cups?|fl\.? ?oz|fluid ounces?|tablespoons?|teaspoons?|tbsp|tsp"
    r"|tons?|barrels?|mpg|calories?|kcal|horsepower|hp|kB|cwt|hundredweights?|light-?years?"
    r"|kilobytes?|parsecs?)\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)\s+(months?|years?)\b",
    re.IGNORECASE,
)
for _i in items:
    for _t in [_i["query"]] + [m["content"] for m in _i.get("messages") or []]:
        assert not _NO.search(_t), _i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 146
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 146: {reused}"
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
