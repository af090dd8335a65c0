"""Generate heldout-2027-04-27.jsonl: a hundred-and-forty-fifth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_145.py  (from /work/sealed145; writes the JSONL next
to this file and runs every check: counts, duplicates against sets 1-144, registers against sets
19-144, stated weekdays, expected values gradable, regeneration digest).

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest spread over 25 new registers, each used by all three tools), and 200 negatives (100 ordinary,
65 near-positive single turns, 35 conversations where an earlier turn changes the last question).

Provenance
- Read: /work/main/bench/grading.py; earlier_registers.txt; of this file only lines 32-289,
  520-580, 765-849, 1100-1107 and 1801-2024 of the copied previous generator (with sed -n).
- Wrote: all four query sections anew (calculator, units, datetime, negatives) in scratch files,
  spliced in by line number, bottom range first, without viewing the old text; then this
  docstring, replacing the previous one without viewing it. Answers are computed in code
  (Fraction/Decimal, datetime, zoneinfo through UTC for the two clock-change spans).
- Checked: this script's checks (first run found one 2-decimal rounding miss and 25, then 3,
  queries equal to earlier sets' queries or user turns; all reworded), a scan of the scratch text
  for contested units and relative-date words, ruff check and ruff format.
- Slips: corrections after the splice were exact-string substitutions over this file's text
  (matching only strings I had written; nothing of the old text was printed), and the splice
  script asserted the prefixes of the boundary lines, all inside the permitted ranges.
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
OUT = HERE / "heldout-2027-04-27.jsonl"
PREFIX = "ho145-"
# earlier generators: sets 1-144 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 145))
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

BELL = "change_ringing_tower_captain"
HARP = "harpsichord_tuner_on_rounds"
CANAL = "canal_lock_keeper_summer_shift"
RINK = "ice_rink_resurfacing_driver"
MUSH = "oyster_mushroom_grow_room"
BIND = "hand_bookbindery_apprentice"
GLASS = "cathedral_stained_glass_restorer"
FALC = "falconry_display_team_handler"
PUPPET = "touring_puppet_theatre_manager"
RADIO = "radio_telescope_control_room_shift"
ORGAN = "pipe_organ_builder_workshop"
BALLOON = "hot_air_balloon_pilot_logbook"
KILN = "wood_fired_kiln_potter"
SAIL = "racing_yacht_sail_loft"
HATCH = "oyster_hatchery_technician"
ANTARC = "antarctic_station_cook"
FERRY = "night_ferry_purser"
TYPEW = "typewriter_restoration_bench"
SEEDB = "seed_bank_curator"
TUG = "tugboat_deckhand_roster"
TAXID = "natural_history_taxidermist"
PERRY = "perry_pear_orchard_bottling"
ROPE = "rope_access_window_cleaner"
MODEL = "model_railway_club_treasurer"
HUT = "via_ferrata_hut_keeper"

calc(
    BELL,
    "The wedding paid the tower £312 for the bells. 25% goes to the bell restoration fund and "
    "the rest is shared equally between the 8 ringers. How much does each ringer get?",
    F(312) * (1 - pct(25)) / 8,
)
calc(
    BELL,
    "a full peal is 5040 changes. at practice we rang 1344 changes on monday and 2016 on "
    "thursday, how many more changes would we need to reach a full peal's worth",
    5040 - 1344 - 2016,
)
calc(
    HARP,
    "Tuning round invoice: £68 per harpsichord, £45 per spinet, plus 45p a mile. On Tuesday "
    "I tuned three harpsichords and two spinets and drove 84 miles. Total to invoice?",
    3 * 68 + 2 * 45 + dec("0.45") * 84,
)
calc(
    CANAL,
    "Lock keeper's tally: 17 boats went up and 23 came down at the weekend, one full lock of "
    "240,000 litres per boat. How many litres went through the lock altogether?",
    (17 + 23) * 240000,
)
calc(
    CANAL,
    "Visitor moorings: first 2 nights free, then £8.50 per night. A narrowboat stayed 9 nights. "
    "What does it owe?",
    (9 - 2) * dec("8.50"),
)
calc(
    RINK,
    "Public skate prices are £9.80 adult, £7.25 child and £3 skate hire per person. Two adults "
    "and three children, everyone hiring skates - what's the total?",
    2 * dec("9.80") + 3 * dec("7.25") + 5 * 3,
)
calc(
    MUSH,
    "each grow bag gives 0.85 kg of oyster mushrooms per flush. we have 240 bags and take 3 "
    "flushes from each. total kg harvested?",
    dec("0.85") * 240 * 3,
)
calc(
    MUSH,
    "Restaurant invoice: 40 kg of oyster mushrooms at £11.40/kg, less a 5% trade discount. "
    "What's the invoice total?",
    40 * dec("11.40") * (1 - pct(5)),
)
calc(
    BIND,
    "Binding order: 14 journals, each sewn from 12 signatures, and every signature is 16 pages. "
    "How many pages is that across the whole order?",
    14 * 12 * 16,
)
calc(
    GLASS,
    "Releading the east window: 46 panels, each needs 3.2 metres of lead came at £2.35 a metre. "
    "Cost of the came?",
    46 * dec("3.2") * dec("2.35"),
)
calc(
    GLASS,
    "The diocesan grant covers 60 per cent of the £18,450 restoration quote and the parish has "
    "raised £5,200 so far. How much is left to find?",
    F(18450) * (1 - pct(60)) - 5200,
)
calc(
    FALC,
    "Our display fee is £395 for the first hour then £140 for each extra half hour. The village "
    "fete wants us for two and a half hours. What do we charge?",
    395 + 3 * 140,
)
calc(
    PUPPET,
    "Nine venues on the puppet tour, an average house of 142 at £8 a ticket, and the venues "
    "keep 30% of the box office. what's our share?",
    9 * 142 * 8 * (1 - pct(30)),
)
calc(
    PUPPET,
    "Van hire is £64 per day plus 18p per mile. We had it 11 days and drove 1,340 miles. "
    "What's the van bill?",
    11 * 64 + dec("0.18") * 1340,
)
calc(
    RADIO,
    "Telescope time comes in 15-minute blocks and our proposal was awarded 37 blocks. How many "
    "hours of observing is that?",
    F(37 * 15, 60),
)
calc(
    ORGAN,
    "The new organ has three manual divisions of 12, 14 and 9 stops at 61 pipes per stop, and "
    "a pedal division of 7 stops at 32 pipes each. Total number of pipes?",
    (12 + 14 + 9) * 61 + 7 * 32,
)
calc(
    ORGAN,
    "Our pipe metal is 70% tin. If we cast 84 kg of it, how many kg of tin went in?",
    84 * pct(70),
)
calc(
    BALLOON,
    "Balloon flights are £189 a seat. A group of 8 gets 15% off the lot. What do they pay in total?",
    189 * 8 * (1 - pct(15)),
)
calc(
    KILN,
    "The anagama burns 2.4 cubic metres of ash logs each firing, logs cost £85 per cubic metre, "
    "and we fire it 7 times a season. Fuel spend for the season?",
    dec("2.4") * 85 * 7,
)
calc(
    SAIL,
    "Quote for a new jib: 38.5 square metres of cloth at £14.20 per square metre, plus £260 "
    "labour, then VAT at 20% on the lot. Total?",
    (dec("38.5") * dec("14.20") + 260) * (1 + pct(20)),
)
calc(
    HATCH,
    "We sold 1.2 million oyster spat at £18 per thousand. What did that bring in?",
    F(1200000, 1000) * 18,
)
calc(
    ANTARC,
    "Winter stores: 28 people on station, 3 eggs each per week, for 26 weeks. How many eggs "
    "do I need to order?",
    28 * 3 * 26,
)
calc(
    FERRY,
    "Purser's sums: 120 two-berth cabins at €96 and 94 four-berth cabins at €148. If every "
    "cabin sells, what are the cabin takings?",
    120 * 96 + 94 * 148,
)
calc(
    TYPEW,
    "I buy typewriter ribbons at $4.35 each in packs of a dozen and sell them at $7.99 each. "
    "Profit on one pack?",
    12 * (dec("7.99") - dec("4.35")),
)
calc(
    SEEDB,
    "Germination test: 400 seeds sown, 362 came up. What's the germination percentage?",
    F(362, 400) * 100,
)
calc(
    TUG,
    "Harbour tug is £1,150 an hour billed by the quarter hour. The job ran 2 hours 45 minutes. "
    "What's the bill?",
    dec("2.75") * 1150,
)
calc(
    TAXID,
    "I charge £42 per inch of fish length for a skin mount plus £35 for the oak base. Customer's "
    "pike is 27 inches. total price?",
    42 * 27 + 35,
)
calc(
    PERRY,
    "We filled 1,800 bottles of perry, packed 12 to a case, and sold every case at £54. "
    "What were the takings?",
    F(1800, 12) * 54,
)
calc(
    ROPE,
    "Rope access quote: four technicians at £310 per day each for three and a half days, plus "
    "£420 kit hire. What's the total?",
    4 * 310 * dec("3.5") + 420,
)
calc(
    MODEL,
    "Club accounts: 35 full members paid £24 subs, 12 juniors paid half that, the exhibition "
    "made £1,385 and hall hire cost £960. What's the net figure?",
    35 * 24 + 12 * 12 + 1385 - 960,
)
calc(
    HUT,
    "Half board at the hut is €58 per person per night. Six climbers for 2 nights, with a 10% "
    "Alpine club discount. What do they owe?",
    58 * 6 * 2 * (1 - pct(10)),
)

calc(P, "17.5 percent of 2,480, whats that", 2480 * pct("17.5"))
calc(P, "divide 648 by sixteen", F(648, 16))
calc(P, "(23 + 19) x 7.5 =", 42 * dec("7.5"))
assert 42 * 42 == 1764
calc(P, "square root of 1764 please", 42)
calc(P, "3 raised to the 7th power =", 3**7)
calc(P, "1,250 minus 387.65", 1250 - dec("387.65"))
calc(P, "whats 0.125 times 968", dec("0.125") * 968)
calc(P, "fourteen times thirty-six", 14 * 36)
calc(P, "what's the mean of 12, 19, 23 & 30", F(12 + 19 + 23 + 30, 4))
calc(P, "How much is a 15% tip on a bill of 86.40?", dec("86.40") * pct(15))
calc(P, "9876 - 4321 + 1234", 9876 - 4321 + 1234)
calc(P, "2.5 squared times 8", dec("2.5") ** 2 * 8)
calc(P, "Work out seven eighths of 1,440.", F(7, 8) * 1440)
calc(P, "45 × 1.08", 45 * dec("1.08"))


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


KNOT_KMH = F(1852, 1000)  # one knot in km/h (international nautical mile)

unit_r(BELL, "Our tenor bell weighs 1,150 kg. What is that in pounds?", 1150 / LB)
unit_r(
    HARP,
    "the longest bass string on this harpsichord measures 1620 mm, how many inches is that",
    F(1620, 1000) / IN,
)
unit_r(CANAL, "The lock chamber is 72 feet long. How long is that in metres?", 72 * FT)
unit(
    RINK,
    "Ice plant is holding the slab at 23 °F. What's that in Celsius?",
    f_to_c(23),
    EXACT,
)
unit(
    MUSH,
    "We keep the fruiting room at 18 degrees C - what is that in Fahrenheit?",
    c_to_f(18),
    EXACT,
)
unit(
    BIND,
    "Convert the book board height of 9.5 inches to centimetres.",
    dec("9.5") * IN * 100,
    EXACT,
)
unit_r(
    GLASS,
    "One panel is 610 mm by 455 mm. What is its area in square feet?",
    dec("0.610") * dec("0.455") / SQFT,
)
unit_r(
    FALC,
    "Our Harris hawk weighs 1 lb 9 oz at flying weight. How many grams is that?",
    (LB + 9 * OZ) * 1000,
)
unit_r(
    PUPPET,
    "The tour van is limited to 56 mph; what's that in km/h?",
    56 * MPH / KMH,
)
unit_r(RADIO, "The dish is 76 metres across. Give me that in feet.", 76 / FT)
unit_r(ORGAN, "Our biggest pedal pipe is 32 feet long - convert to metres", 32 * FT)
unit_r(
    BALLOON,
    "The envelope holds 2,800 cubic metres of air. How many cubic feet is that?",
    2800 / CUFT,
)
unit(KILN, "Cone 10 finished at 1300 °C. In Fahrenheit?", c_to_f(1300), EXACT)
unit(
    KILN,
    "My kiln shelves are 16 inches square. What is one side in centimetres?",
    16 * IN * 100,
    EXACT,
)
unit_r(SAIL, "The mainsail luff is 42 ft. How many metres?", 42 * FT)
unit(
    HATCH,
    "Broodstock tank water is at 22 °C. what's that in fahrenheit?",
    c_to_f(22),
    EXACT,
)
unit(
    HATCH,
    "The algae tank holds 4.5 cubic metres. How many litres is that?",
    dec("4.5") * 1000,
    EXACT,
)
unit_r(
    ANTARC,
    "Wind chill outside the galley hit -38 °F. What is that in Celsius?",
    f_to_c(-38),
)
unit(
    FERRY,
    "We cruise at 21 knots. What's that in kilometres per hour?",
    21 * KNOT_KMH,
    EXACT,
)
unit_r(
    FERRY,
    "The vehicle deck clearance is 4.2 m. Convert that to feet for the lorry drivers.",
    dec("4.2") / FT,
)
unit(
    TYPEW,
    "The platen on this Imperial is 11 inches wide. How many millimetres?",
    11 * IN * 1000,
    EXACT,
)
unit(
    SEEDB,
    "The vault is held at -18 °C. What is that in degrees Fahrenheit?",
    c_to_f(-18),
    EXACT,
)
unit_r(SEEDB, "A donor sent a 1.5 lb bag of seed. How many grams?", dec("1.5") * LB * 1000)
unit(
    TUG,
    "The tow to the breakers' yard is 48 nautical miles. How far is that in km?",
    48 * F(1852, 1000),
    EXACT,
)
unit(
    TAXID,
    "The pike measured 27 inches nose to tail; what is that in centimetres?",
    27 * IN * 100,
    EXACT,
)
unit_r(TAXID, "The red deer head weighed 14 lb on the scale. In kilograms?", 14 * LB)
unit(
    PERRY,
    "The juice is fermenting at 68 °F. What's that in Celsius?",
    f_to_c(68),
    EXACT,
)
unit_r(ROPE, "Our working rope is 60 m long; how many feet is that?", 60 / FT)
unit(
    ROPE,
    "the office block is 145 feet to the parapet. convert that to metres",
    145 * FT,
    EXACT,
)
unit_r(
    MODEL,
    "Our layout baseboard is 16 ft by 8 ft. What's its area in square metres?",
    16 * 8 * SQFT,
)
unit_r(HUT, "The hut sits at 2,750 m above sea level. How high is that in feet?", 2750 / FT)

unit_r(P, "convert 37 km to miles", 37000 / MI)
unit_r(P, "How many ounces are in 2.5 kg?", F(2500, 1000) / OZ)
unit_r(P, "350 F in C", f_to_c(350))
unit(P, "what is 5 foot 7 inches in cm", 67 * IN * 100, EXACT)
unit_r(P, "11 stone 9 lb in kg", (11 * 14 + 9) * LB)
unit_r(P, "What is 30 acres in hectares?", 30 * ACRE / 10000)
unit_r(P, "75 psi to bar", 75 * PSI / BAR)
unit_r(P, "100 km/h in mph?", 100 * KMH / MPH)
unit(P, "How many MiB are in 2.5 GiB?", dec("2.5") * GIB / MIB, EXACT)
unit_r(P, "1500 square feet to square metres", 1500 * SQFT)
unit(P, "750 millilitres in litres", F(750, 1000), EXACT)
unit(P, "30 m/s in km/h", 30 / KMH, EXACT)
unit_r(P, "how many yards is 400 metres", 400 / YD)
unit_r(P, "Convert 18 cm to inches.", F(18, 100) / IN)


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


def zone_hours(start, start_zone, end, end_zone):
    """Elapsed hours between two local wall-clock times, each in its own zone (via UTC)."""
    a = start.replace(tzinfo=ZoneInfo(start_zone)).astimezone(dt.UTC)
    b = end.replace(tzinfo=ZoneInfo(end_zone)).astimezone(dt.UTC)
    return F(int((b - a).total_seconds()), 3600)


date_item(
    BELL,
    "We've been asked to ring for a wedding on 14 August 2027. What day of the week is that?",
    weekday(D(2027, 8, 14)),
)
date_item(
    HARP,
    "I tuned the chapel harpsichord on 3 May 2027 and it wants retuning 45 days later. "
    "Which date should I book?",
    D(2027, 5, 3) + TD(days=45),
)
date_item(
    HARP,
    "Tuning session booked from 13:45 to 17:15. How many hours is that?",
    clock_span("13:45", "17:15", 3600),
)
date_item(
    CANAL,
    "Winter stoppage closes the flight from 8 November 2027 to 17 December 2027, both days "
    "included. How many days is it shut?",
    days(D(2027, 11, 8), D(2027, 12, 17)) + 1,
)
_rink_open = D(2027, 10, 2)
date_item(
    RINK,
    f"The rink season opens on {sayw(_rink_open)}. What date is 26 weeks after opening day?",
    _rink_open + TD(weeks=26),
)
date_item(
    RINK,
    "my resurfacing shift runs 22:30 to 06:15 overnight, how many hours is that",
    clock_span("22:30", "06:15", 3600),
)
date_item(
    MUSH,
    "Bags were spawned on 19 July 2027 and the first flush comes 24 days after spawning. "
    "On what date?",
    D(2027, 7, 19) + TD(days=24),
)
date_item(
    BIND,
    "A rebinding job came in on 12 April 2027 with a six-week turnaround. When is it due back?",
    D(2027, 4, 12) + TD(weeks=6),
)
date_item(
    BIND,
    "I started my apprenticeship at the bindery on 6 September 2027. How many days is it from "
    "then to 1 March 2028?",
    days(D(2027, 9, 6), D(2028, 3, 1)),
)
date_item(
    GLASS,
    "The rose window came out on 2 June 2027 and goes back in on 20 October 2027. How many "
    "weeks is that?",
    weeks(D(2027, 6, 2), D(2027, 10, 20)),
)
date_item(
    FALC,
    "Our peregrine chick hatched on 17 May 2027. How many days old is she on 1 September 2027?",
    days(D(2027, 5, 17), D(2027, 9, 1)),
)
date_item(
    FALC,
    "What day of the week is the county show on 23 July 2027?",
    weekday(D(2027, 7, 23)),
)
date_item(
    PUPPET,
    "The tour opens on 28 September 2027 and the final performance is 75 days after the "
    "opening night. What date is the final show?",
    D(2027, 9, 28) + TD(days=75),
)
_radio_a = DT(2027, 10, 30, 20, 0)
_radio_b = DT(2027, 10, 31, 8, 0)
assert ZoneInfo("Europe/Amsterdam").utcoffset(_radio_a) != ZoneInfo("Europe/Amsterdam").utcoffset(
    _radio_b
)
date_item(
    RADIO,
    "Our run at Dwingeloo starts at 20:00 on 30 October 2027 and ends at 08:00 on 31 October "
    "2027, Netherlands local time both, and the clocks go back that night. How many hours of "
    "observing is that?",
    zone_hours(_radio_a, "Europe/Amsterdam", _radio_b, "Europe/Amsterdam"),
)
date_item(
    RADIO,
    "We got the allocation email on 3 November 2027 and the run is on 22 February 2028. "
    "How many days apart are those?",
    days(D(2027, 11, 3), D(2028, 2, 22)),
)
date_item(
    ORGAN,
    "The church organ was opened on 14 September 1873. How old is it, in whole years, on "
    "14 September 2027?",
    age(D(1873, 9, 14), D(2027, 9, 14)),
)
date_item(
    BALLOON,
    "A sunrise flight is booked for 21 June 2028. Which day of the week is that?",
    weekday(D(2028, 6, 21)),
)
date_item(
    BALLOON,
    "Gift voucher bought on 4 August 2027 expires 400 days after purchase. What's the expiry date?",
    D(2027, 8, 4) + TD(days=400),
)
_kiln_start = DT(2027, 11, 12, 5, 30)
date_item(
    KILN,
    f"I light the kiln at 05:30 on {sayw(_kiln_start.date())} and the firing lasts 38 hours. "
    "On what date does it finish?",
    (_kiln_start + TD(hours=38)).date(),
)
date_item(
    SAIL,
    "Customer ordered a new spinnaker on 20 February 2028 and we promised it 25 days later. "
    "Delivery date?",
    D(2028, 2, 20) + TD(days=25),
)
date_item(
    HATCH,
    "Spawning was on 11 June 2027 and the larvae are ready to set 18 days later. which date is "
    "that",
    D(2027, 6, 11) + TD(days=18),
)
date_item(
    ANTARC,
    "The last plane out leaves on 24 February 2027 and the first one back lands on 29 October "
    "2027. How many days between the two?",
    days(D(2027, 2, 24), D(2027, 10, 29)),
)
_ferry_dep = DT(2027, 3, 27, 23, 0)
_ferry_arr = DT(2027, 3, 28, 8, 0)
date_item(
    FERRY,
    "The night boat leaves Harwich at 23:00 UK time on 27 March 2027 and docks at Hook of "
    "Holland at 08:00 Dutch time on 28 March 2027. Both countries put their clocks forward "
    "that night. How many hours is the crossing?",
    zone_hours(_ferry_dep, "Europe/London", _ferry_arr, "Europe/Amsterdam"),
)
date_item(
    TYPEW,
    "An Olympia came in for a service on 1 April 2027 and was collected on 15 June 2027. How "
    "many days was it on the bench?",
    days(D(2027, 4, 1), D(2027, 6, 15)),
)
date_item(
    SEEDB,
    "These accessions went into the vault on 30 November 2027 and the viability re-test is due "
    "1,000 days later. Which date is that?",
    D(2027, 11, 30) + TD(days=1000),
)
_tug_dep = DT(2027, 4, 2, 14, 0)
_tug_arr = DT(2027, 4, 16, 10, 0)
date_item(
    TUG,
    "We left Rotterdam towing a dredger at 14:00 local time on 2 April 2027 and reached New York "
    "at 10:00 local time on 16 April 2027. How many hours was the tow?",
    zone_hours(_tug_dep, "Europe/Amsterdam", _tug_arr, "America/New_York"),
)
date_item(
    TAXID,
    "The fox went into the freezer on 5 January 2028 and the mount is promised 90 days after "
    "that. What date?",
    D(2028, 1, 5) + TD(days=90),
)
date_item(
    PERRY,
    "Pears were pressed on 2 October 2027 and we bottle 152 days after pressing. Bottling date?",
    D(2027, 10, 2) + TD(days=152),
)
_rope_last = D(2027, 9, 7)
date_item(
    ROPE,
    f"Anchor points get inspected every 13 weeks. The last inspection was {sayw(_rope_last)}. "
    "When is the next one due?",
    _rope_last + TD(weeks=13),
)
date_item(
    MODEL,
    "Our exhibition is on 11 March 2028 and the hall must be paid for 60 days before that. "
    "What's the payment deadline?",
    D(2028, 3, 11) - TD(days=60),
)
date_item(
    HUT,
    "The hut opens on 18 June 2028 and closes on 20 September 2028, open on both of those "
    "days. How many days is it open?",
    days(D(2028, 6, 18), D(2028, 9, 20)) + 1,
)

date_item(P, "what day of the week is 9 November 2027", weekday(D(2027, 11, 9)))
date_item(
    P, "How many days between 3 March 2027 and 19 August 2027?", days(D(2027, 3, 3), D(2027, 8, 19))
)
date_item(P, "What's the date 100 days after 15 May 2028?", D(2028, 5, 15) + TD(days=100))
date_item(P, "What date is six weeks before 2 December 2027?", D(2027, 12, 2) - TD(weeks=6))
date_item(P, "Which weekday is July 4, 2028?", weekday(D(2028, 7, 4)))
date_item(P, "days from 1 jan 2028 to 1 jan 2029", days(D(2028, 1, 1), D(2029, 1, 1)))
date_item(
    P,
    "Someone born on 22 October 1991 - how old are they on 1 October 2027?",
    age(D(1991, 10, 22), D(2027, 10, 1)),
)
date_item(P, "When is 250 days after 10 February 2027?", D(2027, 2, 10) + TD(days=250))
date_item(
    P, "How many weeks from 4 April 2027 to 27 June 2027?", weeks(D(2027, 4, 4), D(2027, 6, 27))
)
date_item(P, "date 90 days before 30 june 2028", D(2028, 6, 30) - TD(days=90))
date_item(
    P, "What's the date of the third Thursday of November 2027?", nth_weekday(2027, 11, THU, 3)
)
date_item(P, "The last Monday in May 2028 is which date?", nth_weekday(2028, 5, MON, -1))
date_item(P, "How many hours is it from 07:20 to 15:50?", clock_span("07:20", "15:50", 3600))
date_item(P, "1 January 2001 fell on which day of the week?", weekday(D(2001, 1, 1)))


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives
for q in (
    (
        "Is it rude to split a restaurant bill by exactly what each person ate when one friend "
        "earns far less than the rest of us?"
    ),
    "Should I pay off my 4.9% car loan early or put £6,000 into an index fund instead?",
    "would you rather run a 10k in drizzle at 6 °C or in 28 °C sunshine, and why",
    "Is 38 too old to start learning the cello seriously?",
    "Honestly, is a 30% off sale ever as good as it sounds, or is it mostly marketing?",
):
    neg("opinion_on_everyday_money_and_hobbies", q)
for q in (
    "Why does a 12-hour clock go from 11:59 to 12:00 pm rather than to 0:00?",
    "Explain in plain words why compound interest grows faster than simple interest.",
    "How is a leap second different from a leap day?",
    "why do European recipes weigh flour in grams instead of measuring it by volume",
    "What is the difference between a kilowatt and a kilowatt-hour on my electricity bill?",
):
    neg("explain_the_idea_behind_the_numbers", q)
for q in (
    "How much will my council tax be in 2028?",
    "What will the euro to pound exchange rate be on 1 August 2027?",
    "How long does it take to drive from my house to the nearest airport?",
    "What's the price of a litre of diesel near Leeds at the moment?",
    "How many people live on my street?",
):
    neg("facts_the_model_cannot_know", q)
for q in (
    "My order number is 4471-2208-19, can you tell me where the parcel has got to?",
    "Is 0161 496 0732 a Manchester landline or a mobile?",
    "What does the part number 6204-2RS tell me about a bearing?",
    "The final was 3-1 after extra time - who scored for the away side?",
    "What changed in the f-string parser between Python 3.11 and 3.12?",
):
    neg("identifiers_that_merely_look_numeric", q)
for q in (
    "Write me a Python function counting the Monday-to-Friday days between two given dates.",
    "Give me an Excel formula that adds 20% VAT to column B and rounds to 2 decimal places.",
    "How do I turn a Unix timestamp into a readable date in JavaScript?",
    "write a bash one-liner that sums the third column of a CSV file",
    "SQL query to list every order over £500 placed in March 2027, please",
):
    neg("code_requests_about_sums_and_dates", q)
for q in (
    "Roughly how many piano tuners work in Glasgow?",
    "About how long would it take to walk across Australia?",
    "Ballpark: how many golf balls would fit in a school bus?",
    "Estimate how much water a family of four uses in a day.",
    "guess how many words are in an average novel",
):
    neg("fermi_style_guesses", q)
for q in (
    "My blood test says ferritin 18 ug/L - is that low?",
    "The tyre sidewall reads 205/55 R16 91V; what does the 91 mean?",
    "My credit score is 712. Is that any good?",
    "The label in my jacket says 40R. What size is that?",
    "My washing label shows a 40 in a tub with two lines underneath. What cycle is that?",
):
    neg("what_does_this_printed_number_mean", q)
for q in (
    "Let a # b mean the larger of a and b minus the smaller. Is # commutative? Explain.",
    "In this puzzle 2 + 2 = 8 and 3 + 3 = 18. What rule would tell me 4 + 4?",
    "In my card game 'x' means divide and '÷' means multiply, so what does 8 x 2 ÷ 3 give?",
    "In base 6, what does the numeral 45 stand for, and how would I explain it to a pupil?",
    "If we agree that 1 + 1 = 10, what number system are we using and why?",
):
    neg("redefined_symbols_and_bases", q)
for q in (
    "I have 3 weeks until my exam and 9 chapters left - how should I plan my revision?",
    "My toddler sleeps 11 hours at night; is a 2 hour nap too long?",
    "I walk about 6,000 steps a day. What would be a sensible target to work up to?",
    "Our team of 7 has a £350 social budget. Suggest a few outings.",
    "I'm 1.82 m and 94 kg - what sort of exercise should I start with?",
):
    neg("advice_with_figures_attached", q)
for q in (
    "What made Britain drop the Julian calendar for the Gregorian one in 1752?",
    "Who came up with the metric system, and when?",
    "How come an hour is split into 60 minutes rather than 100?",
    "What happened to the eleven days that went missing in September 1752?",
    "Why is a marathon 42.195 km long?",
):
    neg("history_of_measures_and_calendars", q)
for q in (
    "Write a limerick about getting a 7% pay rise.",
    (
        "Draft a polite email reminding a tenant that the £1,250 rent due on 1 May 2027 hasn't "
        "arrived."
    ),
    "Give me a catchy title for a talk on the history of the kilogram.",
    "Compose a haiku about waiting 40 minutes for a bus.",
    "Suggest a name for a bakery that opens at 6 am every morning.",
):
    neg("creative_writing_with_numbers_in", q)
for q in (
    "What is a fortnight, and do Americans use the word?",
    "Explain what APR means on a credit card offer.",
    "What is a sidereal day?",
    "whats the difference between net and gross salary",
    "Define 'median' for a child in primary school.",
):
    neg("definitions_of_number_words", q)
for q in (
    "Is it really cheaper to book flights on a Tuesday?",
    "What time of day is best for watering tomatoes in a heatwave?",
    "How early should I get to Heathrow for a 09:15 long-haul flight?",
    "Which part of the winter is best for seeing the northern lights in Iceland?",
    "At what age is it best to start piano lessons?",
):
    neg("timing_judgement_calls", q)
for q in (
    "For timing bread proving, is a kitchen timer or a phone app more reliable?",
    "Recommend a good book on the history of timekeeping.",
    "Which spreadsheet apps handle dates before 1900 properly?",
    "What's a good budgeting app for a couple with a joint account?",
    "Is a 50 mm or an 85 mm lens better for portraits?",
):
    neg("recommendations_with_specs", q)
for q in (
    "What was the population of Lisbon in 1755?",
    "What height is the spire of Salisbury Cathedral?",
    "What's the fastest marathon ever run?",
    "When is the next solar eclipse visible from Spain?",
    "What's the boiling point of water on top of Mont Blanc?",
):
    neg("looked_up_facts_with_numbers", q)
for q in (
    "How would I say 'twenty to nine' in Dutch?",
    "Translate 'the invoice is due on the 15th' into Spanish.",
    "Why do the French say quatre-vingt-dix for 90?",
    "In formal writing, is it '10 mins' or '10 min'?",
    "How would 1,000,000.50 be written with Indian digit grouping?",
):
    neg("language_of_numbers_and_times", q)
for q in (
    "My spreadsheet shows ##### instead of the date. How do I fix that?",
    "Excel keeps turning the part number 3-12 into 12-Mar; how do I stop it?",
    "Why does my oven thermometer read 20 degrees lower than the dial?",
    "My watch gains 4 seconds a day. Is that normal for a mechanical movement?",
    "Why do my bathroom scales give different weights on carpet and on tiles?",
):
    neg("troubleshooting_gadgets_and_sheets", q)
for q in (
    "A poll has one party on 52% with a margin of error of 3 points. Is that a clear lead?",
    "My A/B test got 1,204 versus 1,187 conversions. Is the difference significant?",
    "Is a 1 in 10,000 risk of a side effect worth worrying about?",
    "My resting heart rate has gone from 58 to 66 in a few weeks. Should I worry?",
    "What does a p-value of 0.04 actually tell me?",
):
    neg("reading_statistics_sensibly", q)
for q in (
    "In chess, is it ever right to give up a rook for a knight?",
    "What's a good first guess strategy in Wordle?",
    "Sudoku question: how do I spot an X-wing?",
    "In darts, what's the usual way to check out from 121?",
    "Can you explain the Monty Hall problem without any maths?",
):
    neg("games_and_puzzle_strategy", q)
for q in (
    "Summarise the rules for taking liquids through airport security in hand luggage.",
    "What should I pack for a 5-day hike in the Lake District in October?",
    "Help me write a birthday message for my gran, who's turning 90.",
    "What's the etiquette for tipping taxi drivers in Japan?",
    "Tell me something interesting about the number 1729.",
):
    neg("miscellaneous_chat_with_numbers", q)

# ---- near-negatives: they look like the positives but need the language model
NEAR = (
    (
        "near-rate-not-given",
        "no exchange rate, tax table or price is stated",
        (
            "How much is 2,000 euros in pounds?",
            "I'm paid £14.20 an hour for a 37.5-hour week; what's my take-home pay after tax?",
            "Convert 250 US dollars to yen.",
            "My bill was £96 for 410 kWh. What will it be after the next price cap change?",
            "How many litres of emulsion do I need for a wall 4 m by 3 m?",
            "How far will 40 litres of diesel take my van?",
            "what does it cost to run a 2 kW heater for 5 hours",
        ),
    ),
    (
        "near-numbers-that-are-labels",
        "the digits are identifiers, not quantities",
        (
            "Who picks up if I dial 0300 123 1110?",
            "Is flight BA 2490 running on time?",
            "Is ISBN 978-0-14-044913-6 a Penguin Classics edition?",
            "The tennis score went 6-3, 4-6, 7-5. Who won, the player listed first?",
            "Is version 2.10 of a package newer than version 2.9?",
            "My hotel room is 12/3. Which floor would that be on?",
            "Does the 47A bus follow the same route as the 47?",
        ),
    ),
    (
        "near-dates-needing-knowledge",
        "the date depends on a religious, national or lunar rule not stated",
        (
            "What date is Canadian Thanksgiving in 2027?",
            "How many days are left until Diwali 2027?",
            "On what date does Chinese New Year fall in 2028?",
            "When does Ramadan begin in 2028?",
            "How many working days does Northern Ireland have in July 2027?",
            "What date is Mother's Day in the UK in 2028?",
            "What date is US Thanksgiving in 2028, and why is it always a Thursday?",
        ),
    ),
    (
        "near-units-missing-a-quantity",
        "the conversion needs a fact the question leaves out",
        (
            "How many steps will I take walking 7 km?",
            "How much does a 2 m by 1 m sheet of plywood weigh?",
            "How long does a 2 kW kettle take to boil 1.5 litres?",
            "How many kilojoules are in a banana?",
            "What does 20 °C feel like at 80% humidity?",
            "How many A4 sheets make a stack 1 metre high?",
            "How many bricks do I need for a garden wall 6 m long and 1.2 m high?",
            "How long will a 20,000 mAh power bank keep my phone going?",
        ),
    ),
    (
        "near-explain-the-arithmetic",
        "asks why or how, not for a result",
        (
            "Why is 15% of 80 the same as 80% of 15?",
            "Show me a trick for working out 17 × 24 in my head.",
            "Why does 0.1 + 0.2 not come out as exactly 0.3 in Python?",
            "Is 1 a prime number? Explain why or why not.",
            "Why won't my teacher let me divide by zero - what goes wrong?",
            "Why does a negative times a negative make a positive?",
        ),
    ),
    (
        "near-code-with-sums-inside",
        "asks for code, not a number",
        (
            "Write a function that adds a 15% tip to a bill and rounds up to the nearest pound.",
            "Why does adding timedelta(days=1) in Python ignore the clocks changing?",
            "Give me a regex that matches dates like 2027-04-27.",
            "What's the LibreOffice Calc formula for the number of days between two dates?",
            "Write a Python script that converts a column of Fahrenheit readings to Celsius.",
        ),
    ),
    (
        "near-opinion-on-a-figure",
        "asks for a judgement about a stated figure",
        (
            "Is £1,450 a month reasonable rent for a two-bed flat in Bristol?",
            "Is 3 hours 50 minutes a good marathon time for a 45-year-old woman?",
            "Is 68 kg heavy for a man who is 1.70 m tall?",
            "Is it worth paying £40 extra for a train that's 25 minutes faster?",
            "Is 21 °C too warm for a newborn's nursery at night?",
            "Is 7.5% a good rate for a two-year fixed savings bond?",
            "Is a 12% tip enough in a New York restaurant?",
        ),
    ),
    (
        "near-meaning-of-a-code",
        "asks what a printed number or code means",
        (
            "My payslip shows tax code 1257L. What does that mean?",
            "What does '2/10 net 30' mean on a supplier invoice?",
            "My yoghurt says 'best before end 06/28'. Which date is that?",
            "My run splits say 5:42 /km but the watch shows 10.5 km/h average; why do they differ?",
            "The recipe says gas mark 4 but my oven is a fan oven. What should I set it to?",
        ),
    ),
    (
        "near-clock-needs-the-present",
        "needs the current time or the asker's place",
        (
            "What time is it in Tokyo right now?",
            "When do the clocks change in Chile in 2028?",
            "Does Arizona change its clocks in summer?",
            "If I ring Sydney at 9 am my time, will they be awake?",
        ),
    ),
    (
        "near-ambiguous-or-relative-dates",
        "the date order or the starting day is unknown",
        (
            "How many days from 05/06/2028 to 06/05/2028?",
            "What date is 'the 12th of next month'?",
            "Legally, when does someone born on 29 February 2000 turn 18 in the UK?",
            "How many more sleeps are there till our Bonfire Night party?",
        ),
    ),
    (
        "near-estimate-dressed-as-sum",
        "asks for an estimate, not an exact figure",
        (
            "Roughly how long would it take to count to a million out loud?",
            "About how many litres of air does a person breathe in a day?",
            "Give or take, how many hairs are on a human head?",
            "Approximately how much does a fully grown oak tree weigh in tonnes?",
            "How long would a garden snail take to cover 1 km?",
        ),
    ),
)
for fam, note, qs in NEAR:
    for q in qs:
        neg(fam, q, note)

# ---- conversations: an earlier turn changes what the last question means
CONVS = (
    (
        "conv-hexadecimal-agreed-earlier",
        [
            (U, "For the rest of this chat every number I type is hexadecimal, ok?"),
            (A, "Understood - I'll read all your numbers as base 16."),
            (U, "what's 1F plus 2A"),
        ],
        "numbers were declared hexadecimal earlier",
    ),
    (
        "conv-prices-in-thousands",
        [
            (U, "All the figures in my budget sheet are in thousands of pounds."),
            (A, "Got it, I'll treat them as thousands."),
            (U, "So if marketing is 12 and staffing is 340, what's the real total in pounds?"),
        ],
        "the unit was set by the first turn",
    ),
    (
        "conv-four-day-working-week",
        [
            (U, "At our firm the working week is Monday to Thursday only."),
            (A, "Thanks, I'll count Monday-Thursday as working days."),
            (U, "How many working days are there from 5 April 2027 to 30 April 2027 then?"),
        ],
        "working days were redefined earlier",
    ),
    (
        "conv-speaker-in-perth",
        [
            (U, "I live in Perth, Western Australia, by the way."),
            (A, "Noted."),
            (U, "When it's 9 am here on 12 July 2027, what time is it in London?"),
        ],
        "'here' is fixed by an earlier turn",
    ),
    (
        "conv-m-means-minutes",
        [
            (U, "In my training notes 'm' always means minutes, never metres."),
            (A, "Okay, m = minutes in your notes."),
            (U, "The log says 45m easy then 20m tempo. How long was the session?"),
        ],
        "an abbreviation was redefined",
    ),
    (
        "conv-why-did-you-say-twelve",
        [
            (U, "How many eggs for 3 batches of the flapjack-and-custard traybake?"),
            (A, "That would be 12 eggs."),
            (U, "Why did you say 12? The recipe only uses 3 per batch."),
        ],
        "asks about the assistant's earlier reasoning",
    ),
    (
        "conv-scale-the-stated-recipe",
        [
            (U, "My pancake batter for 4 people: 300 g flour, 2 eggs and 450 ml milk."),
            (A, "That sounds like a classic batter."),
            (U, "What would it be for 6 people?"),
        ],
        "the recipe is only in the earlier turn and has several quantities",
    ),
    (
        "conv-percent-of-that",
        [
            (U, "My take-home pay is £2,400 a month after deductions."),
            (A, "Okay."),
            (U, "And what's 30% of that for the rent?"),
        ],
        "'that' refers to an earlier figure",
    ),
    (
        "conv-fiscal-year-from-july",
        [
            (U, "Our company's fiscal year begins every 1 July."),
            (A, "Understood, fiscal Q1 is July to September."),
            (U, "Which quarter is 15 February 2028 in for us?"),
        ],
        "quarters were redefined by the fiscal year",
    ),
    (
        "conv-julian-calendar-please",
        [
            (U, "For these genealogy questions use the Julian calendar, not the Gregorian."),
            (A, "Sure, I'll work in the Julian calendar."),
            (U, "What weekday was 4 October 1582?"),
        ],
        "a different calendar was chosen earlier",
    ),
    (
        "conv-banking-year-of-360",
        [
            (U, "Assume a 360-day banking year for the next question."),
            (A, "Okay, 360-day year convention."),
            (U, "Simple interest on £10,000 at 5% for 90 days?"),
        ],
        "the day-count convention was set earlier",
    ),
    (
        "conv-watch-runs-fast",
        [
            (U, "Heads up, my watch runs 10 minutes fast."),
            (A, "Good to know."),
            (U, "It says 14:25 and my train is at 14:30. How long have I actually got?"),
        ],
        "the clock reading is skewed by an earlier turn",
    ),
    (
        "conv-european-date-order-reply",
        [
            (U, "How many days is it between 03/04/2028 and 10/04/2028?"),
            (A, "Do you mean March or April for those dates?"),
            (U, "Day first, like we write them in Spain."),
        ],
        "the last turn answers a clarifying question",
    ),
    (
        "conv-only-weekends-count",
        [
            (U, "I only volunteer at the café on Saturdays and Sundays."),
            (A, "Okay."),
            (U, "So how many shifts is that across August 2027 if I do one a day?"),
        ],
        "the counting rule was set earlier",
    ),
    (
        "conv-score-not-a-sum",
        [
            (U, "The darts match ended 7-4 to us."),
            (A, "Congratulations!"),
            (U, "How many legs did they win then, and was it close?"),
        ],
        "the numbers are a score described earlier",
    ),
    (
        "conv-rounding-rule-stated",
        [
            (U, "At our market stall we always round prices to the nearest 5p, halves going down."),
            (A, "Understood."),
            (U, "What do we charge for something that works out at £3.475?"),
        ],
        "a house rounding rule was given earlier",
    ),
    (
        "conv-wrong-year-correction",
        [
            (U, "How many days from 1 February to 1 March?"),
            (A, "That's 28 days."),
            (U, "Sorry, I meant in 2028 - does that change it?"),
        ],
        "the last turn only makes sense with the first",
    ),
    (
        "conv-unit-picked-earlier",
        [
            (U, "Please give every answer in this chat in kilometres."),
            (A, "Will do."),
            (U, "How far is 26.2 miles?"),
        ],
        "answer format was set earlier; also a follow-up on preference",
    ),
    (
        "conv-ticket-price-changed",
        [
            (U, "Tickets are £12 each, and we sold 85."),
            (A, "That's £1,020 in ticket sales."),
            (U, "Actually a third of them were concessions at half price. Redo it."),
        ],
        "the last turn amends earlier figures",
    ),
    (
        "conv-which-of-the-two-options",
        [
            (U, "Option A: £30 a month with 10 GB data. Option B: £24 a month with 4 GB."),
            (A, "Those are the two plans, noted."),
            (U, "Which one would you pick if I mostly stream podcasts?"),
        ],
        "opinion that depends on earlier options",
    ),
    (
        "conv-shift-pattern-given",
        [
            (U, "I work four nights on, four nights off, starting on 1 June 2027."),
            (A, "So 1-4 June on, 5-8 June off, and so on."),
            (U, "Am I working on the night of 20 June 2027?"),
        ],
        "the rota is only in earlier turns",
    ),
    (
        "conv-days-meant-as-school-days",
        [
            (U, "When I say days in this chat I mean school days, Monday to Friday, no holidays."),
            (A, "Okay, school days only."),
            (U, "What date is 15 days after 6 September 2027?"),
        ],
        "'days' was redefined as school days",
    ),
    (
        "conv-stone-and-pounds-person",
        [
            (U, "My dad is 13 stone 2 and my mum is a bit lighter."),
            (A, "Okay."),
            (U, "Will the two of them be under the 180 kg limit on the tandem?"),
        ],
        "one weight is missing and only described earlier",
    ),
    (
        "conv-my-birthday-stated",
        [
            (U, "My birthday is 30 November, I was born in 1994."),
            (A, "Thanks for sharing!"),
            (U, "How old will I be at the wedding on 18 November 2027?"),
        ],
        "the birth date is only in an earlier turn",
    ),
    (
        "conv-code-review-followup",
        [
            (U, "def vat(p): return p * 1.2"),
            (A, "That adds 20% VAT to a price."),
            (U, "Why does it give 120.00000000000001 for some inputs?"),
        ],
        "explanation of earlier code",
    ),
    (
        "conv-custom-operator",
        [
            (U, "Define a ★ b as a squared minus b."),
            (A, "Okay: a ★ b = a² − b."),
            (U, "Then what is 6 ★ 11?"),
        ],
        "the operator was defined earlier",
    ),
    (
        "conv-team-size-from-earlier",
        [
            (U, "There are 9 of us on the walking holiday."),
            (A, "Sounds fun!"),
            (U, "If the cottage is £1,710 for the week, how much each?"),
        ],
        "the headcount is in an earlier turn",
    ),
    (
        "conv-timezone-of-meeting",
        [
            (U, "Our standup is at 10:00 Berlin time."),
            (A, "Noted."),
            (U, "What time is that for my colleague in Toronto on 3 November 2027?"),
        ],
        "the reference time and zone were given earlier",
    ),
    (
        "conv-discount-already-applied",
        [
            (U, "The £80 coat was already reduced by 25% in the sale."),
            (A, "So the sale price is £60."),
            (U, "What was the original price of the £45 boots, if they had the same cut?"),
        ],
        "'the same cut' refers to an earlier turn",
    ),
    (
        "conv-imperial-preferred",
        [
            (U, "I'm a builder in Ohio, I think in feet and inches."),
            (A, "Understood."),
            (U, "The plans say the doorway is 2.1 m - what's that in my units?"),
        ],
        "target unit only implied by an earlier turn",
    ),
    (
        "conv-counting-inclusive-or-not",
        [
            (U, "When I ask how many days something runs, count the first and last day both."),
            (A, "Okay, inclusive counting."),
            (U, "The festival is 8 to 14 August 2027. How many days does it run?"),
        ],
        "counting rule was set earlier",
    ),
    (
        "conv-pages-per-day-plan",
        [
            (U, "I'm reading a 640-page novel."),
            (A, "Enjoy it!"),
            (U, "How many pages a day to finish by my holiday ending on 25 July 2027?"),
        ],
        "the start date is missing and the book size is earlier",
    ),
    (
        "conv-which-plan-is-cheaper-now",
        [
            (U, "Gym A is £35 a month, gym B is £300 a year paid up front."),
            (A, "Gym B works out cheaper over a full year."),
            (U, "What if I'm moving away after the summer?"),
        ],
        "follow-up that depends on earlier options",
    ),
    (
        "conv-assistant-answer-checked",
        [
            (U, "quick one: 15 percent of 260 for the tip?"),
            (A, "15% of 260 is 39."),
            (U, "My friend says it's 36 - who's right and how do I check it myself?"),
        ],
        "asks to adjudicate and explain an earlier answer",
    ),
    (
        "conv-unit-of-the-list",
        [
            (U, "Here are my parcel weights in pounds: 3, 7.5, 12."),
            (A, "Okay, three parcels."),
            (U, "Add them up and tell me if the total is under the 10 kg courier limit."),
        ],
        "the values and their unit are only in an earlier turn",
    ),
)
for fam, turns, note in CONVS:
    conv(fam, turns, note)


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
    # no register (family name) of this set is a family name of sets 19 to 144
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 144: {reused}"
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
