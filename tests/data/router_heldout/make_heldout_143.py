"""Generate heldout-2027-04-25.jsonl: a hundred-and-forty-third held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_143.py   (from /work/sealed143; writes the JSONL
next to this file and runs every check: counts, duplicates against sets 1-142, registers,
stated weekdays, gradability and a byte-for-byte regeneration digest).

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest from 25 new registers, each used by all three tools) and 200 negatives (35 conversations,
65 near-positive single turns, 100 ordinary).

Provenance
----------
Read: /work/main/bench/grading.py; /work/sealed143/earlier_registers.txt; and of the copied
previous generator only the permitted ranges (33-288 set-up and helpers, 482-542 units header
and unit_r, 738-822 datetime header and helpers, 1078-1085 negatives header and conv,
1657-1880 weekday check, checks and output), each with sed -n A,Bp.
Wrote: all four query sections anew in scratch files, spliced in by line number (bottom range
first) by a small script that asserted the boundary lines without printing the old text; a
zspan helper (elapsed hours between zoned wall-clock times, via UTC) and a workday helper;
then this docstring. Every answer is computed in code (Fraction/Decimal, datetime, zoneinfo).
Checked: the generator's own checks; an extra scan of all query and turn text for units with
several readings; ruff check and ruff format with the project config; lines kept to 99 columns.
Fixes: 15 items repeated earlier queries or user turns and were reworded; four register names
were already used and were renamed; zspan first subtracted two datetimes sharing a tzinfo
(wall-clock difference, 12 h instead of 11 h across the March clock change) and now goes via UTC.
Slips: after the old query text had been replaced, the whole file was scanned twice with awk for
lines over 99 columns (printing only long lines, all new) and grepped once for three lines of
the new zspan helper; none of this showed any of the previous set's text.
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
OUT = HERE / "heldout-2027-04-25.jsonl"
PREFIX = "ho143-"
# earlier generators: sets 1-142 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 143))
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


calc(P, "What's 7,384 divided by 16?", F(7384, 16))
calc(P, "Compute 12.5% of 3,416.", pct("12.5") * 3416)
calc(P, "subtract 2,987.45 from 10,000", 10000 - dec("2987.45"))
calc(P, "How much is 0.375 multiplied by 248?", dec("0.375") * 248)
calc(P, "Square root of 1,522,756?", 1234)
assert 1234 * 1234 == 1522756
calc(P, "What is nineteen cubed?", 19**3)
calc(P, "(438 + 1,267) / 5 = ?", F(438 + 1267, 5))
calc(P, "What is 3/8 plus 1/4, written as a decimal?", F(3, 8) + F(1, 4))
calc(P, "Calculate 2 to the power of 17.", 2**17)
calc(P, "nine hundred and six times fourteen", 906 * 14)
calc(P, "What's 65 percent of 1,240?", pct(65) * 1240)
calc(P, "1,000,000 divided by 128", F(10**6, 128))
calc(P, "What is 17.6 minus (4.85 x 2)?", dec("17.6") - dec("4.85") * 2)
calc(P, "Add up 1,249, 3,806, 577 and 12,090.", 1249 + 3806 + 577 + 12090)

FAM = "bell_foundry_tuning_clerk"
calc(
    FAM,
    "Bell metal for the tenor is 78 parts copper to 22 parts tin by weight. For a 640 kg pour, "
    "how many kg of tin do I weigh out?",
    F(640 * 22, 100),
)
calc(
    FAM,
    "we quoted the parish £18,450 for recasting plus £2,380 for the new headstock, then knocked "
    "7.5% off the whole lot. whats the final figure in pounds",
    (18450 + 2380) * (1 - pct("7.5")),
)
FAM = "glacier_hut_warden_rota"
calc(
    FAM,
    "Hut fees: 23 alpine-club members at CHF 28 a night and 9 non-members at CHF 42 a night, "
    "everyone staying two nights. Total takings in francs?",
    (23 * 28 + 9 * 42) * 2,
)
calc(
    FAM,
    "The supply helicopter costs CHF 1,860 and the twelve huts in our section split it "
    "equally. What is each hut's share?",
    F(1860, 12),
)
FAM = "harpsichord_restorer_invoices"
calc(
    FAM,
    "Restringing took 3 coils of brass wire at €44.50 each and 2 coils of iron wire at €33.25 "
    "each. Add 21% VAT to the total: what does the invoice come to in euros?",
    (3 * dec("44.50") + 2 * dec("33.25")) * (1 + pct(21)),
)
calc(
    FAM,
    "Plectra quills come in packs of 24. The double-manual needs 112 jacks quilled and I've got "
    "four packs. How many quills am I short?",
    112 - 4 * 24,
)
FAM = "oyster_farm_lease_ledger"
calc(
    FAM,
    "Sold 14,400 oysters to the wholesaler at 38p each. How much is that in pounds?",
    14400 * dec("0.38"),
)
calc(
    FAM,
    "We laid 25,000 seed oysters in the bags and lost 18 per cent over winter. How many are "
    "left alive?",
    25000 * (1 - pct(18)),
)
FAM = "canal_lock_keeper_tally"
calc(
    FAM,
    "Passes sold at the lock office over the season: 214 day passes at £9.50 and 37 weekly "
    "passes at £41. What did we take altogether?",
    214 * dec("9.50") + 37 * 41,
)
calc(
    FAM,
    "The pound between locks 7 and 8 is 412 m long and averages 9.5 m wide. What's its water "
    "surface in square metres?",
    412 * dec("9.5"),
)
FAM = "falconry_centre_feed_log"
calc(
    FAM,
    "All 17 birds get 2 day-old chicks a day, and the 4 eagles among them get 3 more each on "
    "top. How many chicks do I thaw per day?",
    17 * 2 + 4 * 3,
)
calc(
    FAM,
    "A box of 120 chicks costs £27.60. What's that per chick, in pence?",
    dec("27.60") * 100 / 120,
)
calc(
    "stained_glass_workshop_quotes",
    "Each lancet panel is 0.45 m by 1.8 m, and the antique glass is £310 per square metre. What "
    "does the glass for six panels cost?",
    dec("0.45") * dec("1.8") * 310 * 6,
)
calc(
    "curling_rink_ice_technician",
    "pebbling uses 38 litres of water per sheet, we have 6 sheets, pebble twice before each "
    "draw and there are 3 draws. how many litres is that in total?",
    38 * 6 * 2 * 3,
)
calc(
    "sheep_shearing_contractor_tally",
    "Shore 1,136 ewes at £1.85 a head and 42 rams at £3.20 a head for the Pritchard farm. "
    "What's the total bill?",
    1136 * dec("1.85") + 42 * dec("3.20"),
)
calc(
    "tapestry_conservator_studio",
    "Conservation estimate: 146 hours at £58 an hour plus £1,275 of materials, then VAT at 20% "
    "on the lot. What's the total?",
    (146 * 58 + 1275) * (1 + pct(20)),
)
calc(
    "rural_mobile_library_driver",
    "The library van makes 23 stops a day, four days a week, and averages 17 loans per stop. "
    "How many loans is that a week?",
    23 * 4 * 17,
)
calc(
    "winter_ice_road_haulage_desk",
    "Gross limit on the winter road is 28,500 kg. My tractor and trailer weigh 16,780 kg "
    "empty. What is the largest whole number of 620 kg pallets I can load and stay under "
    "the limit?",
    (28500 - 16780) // 620,
)
assert (28500 - 16780) % 620 != 0
calc(
    "sourdough_microbakery_orders",
    "Each loaf is 860 g of dough made only of flour, water at 70% of the flour weight and salt "
    "at 2% of the flour weight. How many grams of flour go in one loaf?",
    F(860) / (1 + pct(70) + pct(2)),
)
calc(
    "model_railway_club_secretary",
    "Subs are £36 for adults and half that for juniors. 41 adults and 13 juniors have paid so "
    "far. How much have I banked in subs?",
    41 * 36 + 13 * 18,
)
calc(
    "wetland_bird_ringing_station",
    "Rings are £17.40 per string of 100 and we pay per ring used. We fitted 2,350 rings over "
    "the autumn. What did they cost us?",
    2350 * dec("17.40") / 100,
)
calc(
    "clock_tower_winder_notes",
    "Going train takes 58 turns of the crank, striking train 94 and chiming train 121. I wind "
    "twice a week. How many turns over 13 weeks?",
    (58 + 94 + 121) * 2 * 13,
)
calc(
    "ferry_purser_cash_desk",
    "On the 07:40 sailing we carried 312 foot passengers at €14.50, 87 cars at €62 and 9 "
    "motorbikes at €31. What's the fare total?",
    312 * dec("14.50") + 87 * 62 + 9 * 31,
)
calc(
    "tattoo_parlour_deposit_book",
    "The sleeve session is quoted at £680 and the client paid the 25% deposit when booking. "
    "How much do they owe on the day?",
    680 * (1 - pct(25)),
)
calc(
    "vineyard_harvest_crew_boss",
    "Pickers earn €0.22 a kilo and the crew of 14 brought in 9,800 kg. Split equally, what "
    "does each picker get?",
    dec("0.22") * 9800 / 14,
)
calc(
    "observatory_night_assistant",
    "The camera writes 32 MB per frame. We're taking 45 frames on each of 7 targets. How many "
    "MB in total?",
    32 * 45 * 7,
)
calc(
    "balloon_flight_dawn_launches",
    "Tickets are £189 a head. We flew 17 flights full with 12 passengers and 5 flights with 9. "
    "Total ticket revenue?",
    (17 * 12 + 5 * 9) * 189,
)
calc(
    "thatcher_roof_estimate",
    "Water reed goes on at 9 bundles per square metre. The roof is 186 m² and I add 5% for "
    "waste. How many whole bundles do I order, rounding up?",
    whole_up(9 * 186 * (1 + pct(5))),
)
calc(
    "hospice_volunteer_coordinator",
    "27 volunteers each did three 4-hour shifts and 11 each did five 2-hour shifts. How many "
    "volunteer hours is that?",
    27 * 3 * 4 + 11 * 5 * 2,
)
calc(
    "esports_team_manager_travel",
    "Hotel is $164 per room per night. Five players take two twin rooms plus one single, and "
    "the coach and analyst get a single each. Four nights: what's the room bill?",
    (3 + 2) * 164 * 4,
)
calc(
    "church_organ_tuning_circuit",
    "Invoice for the week: three organs at $275 each, two at $340 each, and 186 miles of "
    "travel at $0.67 a mile. Total?",
    3 * 275 + 2 * 340 + 186 * dec("0.67"),
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

unit_r(P, "37.5 miles expressed in kilometres?", dec("37.5") * MI / 1000)
unit_r(P, "what is 68 kg in pounds", 68 / LB)
unit_r(P, "How many feet are there in 2,450 metres?", 2450 / FT)
unit(P, "104.9 degrees Fahrenheit in Celsius, please.", f_to_c(dec("104.9")), EXACT)
unit_r(P, "How many square feet is 42 square metres?", 42 / SQFT)
unit(P, "3.2 GiB is how many MiB?", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "Convert 110 km/h to miles per hour.", 110 * KMH / MPH)
unit_r(P, "How many acres are in 12 hectares?", 12 * 10000 / ACRE)
unit(P, "Height of 6 ft 1.5 in: how many cm?", (6 * 12 + dec("1.5")) * IN * 100, EXACT)
unit_r(P, "Convert 2.5 bar to psi.", dec("2.5") * BAR / PSI)
unit_r(P, "How many ounces (weight, avoirdupois) is 750 grams?", dec("0.75") / OZ)
unit_r(P, "13 st 9 lb to kg", STONE * 13 + 9 * LB)
unit(P, "How many seconds make up 3.85 hours?", dec("3.85") * 3600, EXACT)
unit_r(P, "Convert 450 cubic feet to cubic metres.", 450 * CUFT)

unit_r(
    "bell_foundry_tuning_clerk",
    "The finished tenor weighs 1,085 kg. What's that in pounds for the American bell guild?",
    1085 / LB,
)
unit_r(
    "glacier_hut_warden_rota",
    "Our hut sits at 3,236 metres. What is that in feet? The American party keeps asking.",
    3236 / FT,
)
unit(
    "harpsichord_restorer_invoices",
    "The workshop thermometer says 68 °F. What is that in degrees Celsius?",
    f_to_c(68),
    EXACT,
)
unit_r(
    "oyster_farm_lease_ledger",
    "The foreshore lease covers 3.4 hectares. How many acres is that?",
    dec("3.4") * 10000 / ACRE,
)
unit_r(
    "canal_lock_keeper_tally",
    "A narrowboat of 72 feet just fits the chamber. How long is that in metres?",
    72 * FT,
)
unit_r(
    "falconry_centre_feed_log",
    "The GPS tag logged our peregrine's stoop at 240 mph. Convert that to km/h.",
    240 * MPH / KMH,
)
FAM = "stained_glass_workshop_quotes"
unit(
    FAM,
    "The cartoon needs 37 feet 6 inches of lead came. How many metres is that?",
    (37 * 12 + 6) * IN,
    EXACT,
)
unit_r(FAM, "tack fuse schedule says 1250 F. whats that in celsius", f_to_c(1250))
FAM = "curling_rink_ice_technician"
unit(FAM, "The ice surface target is 23 °F. What's that in °C?", f_to_c(23), EXACT)
unit_r(
    FAM,
    "A sheet of curling ice is 150 feet long and 15 feet 7 inches wide. What's the area in "
    "square metres?",
    150 * (15 * 12 + 7) * IN * FT,
)
unit_r(
    "sheep_shearing_contractor_tally",
    "The best fleece of the day weighed 9 lb 6 oz. How many kilograms is that?",
    9 * LB + 6 * OZ,
)
unit_r(
    "tapestry_conservator_studio",
    "The tapestry measures 14 ft by 9 ft 3 in. What is its area in square metres?",
    14 * FT * (9 * 12 + 3) * IN,
)
unit_r(
    "rural_mobile_library_driver",
    "My weekly route is 143 miles. How many kilometres do I put on the van?",
    143 * MI / 1000,
)
FAM = "winter_ice_road_haulage_desk"
unit(
    FAM,
    "The ice has to be 42 inches thick before loaded B-trains can run. How many centimetres "
    "is that?",
    42 * IN * 100,
    EXACT,
)
unit_r(FAM, "speed limit on the ice is 25 km/h. what is that in miles per hour", 25 * KMH / MPH)
unit_r(
    "sourdough_microbakery_orders",
    "The recipe wants the dough proofed at 78 degrees F. What's that in Celsius?",
    f_to_c(78),
)
unit_r(
    "model_railway_club_secretary",
    "The new baseboard is 16 ft by 4 ft 6 in. What's its area in square metres?",
    16 * FT * (4 * 12 + 6) * IN,
)
unit_r(
    "wetland_bird_ringing_station",
    "A Bewick's swan weighed 5.6 kg at ringing. Express that in pounds.",
    dec("5.6") / LB,
)
unit_r(
    "clock_tower_winder_notes",
    "The pendulum bob is stamped 3 st 2 lb. What does it weigh in kilograms?",
    3 * STONE + 2 * LB,
)
unit(
    "ferry_purser_cash_desk",
    "The crossing is 23 nautical miles (1 nautical mile = 1,852 m). How many kilometres is that?",
    23 * NMI / 1000,
    EXACT,
)
unit_r(
    "tattoo_parlour_deposit_book",
    "Our autoclave gauge reads 2.1 bar. What is that in psi?",
    dec("2.1") * BAR / PSI,
)
unit_r(
    "vineyard_harvest_crew_boss",
    "The Chardonnay block is 18.5 acres. How many hectares?",
    dec("18.5") * ACRE / 10000,
)
FAM = "observatory_night_assistant"
unit_r(FAM, "The dome is 22 feet across. What's that in metres?", 22 * FT)
unit(
    FAM,
    "One night of raw frames came to 47.5 GiB. How many MiB is that?",
    dec("47.5") * GIB / MIB,
    EXACT,
)
FAM = "balloon_flight_dawn_launches"
unit(
    FAM,
    "Pilot's log: levelled off at 3,500 ft over the vale. Give that height in metres.",
    3500 * FT,
    EXACT,
)
unit(
    FAM,
    "Winds at altitude were 14 knots (1 knot = 1.852 km/h). Give that in km/h.",
    14 * KNOT / KMH,
    EXACT,
)
FAM = "thatcher_roof_estimate"
unit_r(FAM, "The roof slope is 1,870 square feet. In square metres?", 1870 * SQFT)
unit_r(FAM, "Each reed bundle weighs about 11 lb. Convert 11 lb to kilograms.", 11 * LB)
unit(
    "hospice_volunteer_coordinator",
    "The night nurse wrote 101.3 °F on the chart. What is that in Celsius?",
    f_to_c(dec("101.3")),
    EXACT,
)
unit_r(
    "esports_team_manager_travel",
    "The flight to the qualifier is 2,460 km. How many miles is that?",
    2460 * 1000 / MI,
)
unit_r(
    "church_organ_tuning_circuit",
    "The longest pedal pipe speaks at 32 feet nominal length. How many metres is 32 feet?",
    32 * FT,
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


def zspan(a, za, b, zb):
    """Hours elapsed between two local wall-clock times in named zones."""
    # via UTC: subtracting two datetimes that share a tzinfo ignores a clock change
    ta = a.replace(tzinfo=ZoneInfo(za)).astimezone(dt.UTC)
    tb = b.replace(tzinfo=ZoneInfo(zb)).astimezone(dt.UTC)
    return F(int((tb - ta).total_seconds()), 3600)


def workday(start, n):
    """Working day n (Monday to Friday) counting start as day 1."""
    d, k = start, 1
    assert d.weekday() < SAT
    while k < n:
        d += TD(days=1)
        if d.weekday() < SAT:
            k += 1
    return d


date_item(P, "What day of the week is 19 November 2027?", weekday(D(2027, 11, 19)))
date_item(
    P,
    "How many days are there from 3 March 2027 to 28 August 2027?",
    days(D(2027, 3, 3), D(2027, 8, 28)),
)
date_item(P, "What date is 100 days after 14 June 2028?", D(2028, 6, 14) + TD(days=100))
date_item(P, "which date is 9 weeks before 2 February 2029", D(2029, 2, 2) - TD(weeks=9))
date_item(
    P,
    "How many weeks are there from 6 January 2028 to 30 March 2028?",
    weeks(D(2028, 1, 6), D(2028, 3, 30)),
)
date_item(P, "What weekday was 17 October 1989?", weekday(D(1989, 10, 17)))
date_item(
    P,
    "Someone born on 23 September 1961 - how old are they on 1 May 2028?",
    age(D(1961, 9, 23), D(2028, 5, 1)),
)
date_item(P, "Date 45 days before 10 January 2028?", D(2028, 1, 10) - TD(days=45))
date_item(
    P, "What's the date of the third Thursday in November 2028?", nth_weekday(2028, 11, THU, 3)
)
date_item(
    P,
    "How many days after 31 December 2027 is 1 March 2028?",
    days(D(2027, 12, 31), D(2028, 3, 1)),
)
date_item(
    P,
    "How many minutes are there from 21:45 to 06:10 the next morning?",
    clock_span("21:45", "06:10", 60),
)
date_item(
    P,
    "What is the date of the last Friday of February 2029?",
    nth_weekday(2029, 2, FRI, -1),
)
date_item(P, "What is the date 1,000 days after 1 January 2028?", D(2028, 1, 1) + TD(days=1000))
date_item(P, "What day of the week will 1 January 2031 fall on?", weekday(D(2031, 1, 1)))

d0 = D(2027, 6, 10)
date_item(
    "bell_foundry_tuning_clerk",
    f"We cast the treble on {sayw(d0)} and it needs 21 days to cool, be tuned and be "
    "fitted with clappers. What date can it leave the foundry?",
    d0 + TD(days=21),
)
date_item(
    "glacier_hut_warden_rota",
    "Guests can stay from the night of 19 June 2027 to the morning of 18 September 2027. "
    "How many nights is the hut open?",
    days(D(2027, 6, 19), D(2027, 9, 18)),
)
date_item(
    "harpsichord_restorer_invoices",
    "The Kirckman came in on 8 March 2027 and I promised an 11-week turnaround. What date is "
    "it due back to the owner?",
    D(2027, 3, 8) + TD(weeks=11),
)
date_item(
    "oyster_farm_lease_ledger",
    "Our first harvest off the new lease was 1 October 2019. What date was 2,000 days after that?",
    D(2019, 10, 1) + TD(days=2000),
)
date_item(
    "canal_lock_keeper_tally",
    "Stoppage for new lock gates runs 8 November 2027 to 17 December 2027 inclusive. How many "
    "days is the canal shut?",
    days(D(2027, 11, 8), D(2027, 12, 17)) + 1,
)
date_item(
    "falconry_centre_feed_log",
    "our eagle owl hatched on 14 april 2009. how old was she on 2 march 2027, in whole years",
    age(D(2009, 4, 14), D(2027, 3, 2)),
)
date_item(
    "stained_glass_workshop_quotes",
    "The cathedral wants the window fitted 150 days after our site visit on 2 February 2028. "
    "What date is that?",
    D(2028, 2, 2) + TD(days=150),
)
date_item(
    "curling_rink_ice_technician",
    "The bonspiel final is on 22 January 2028. What day of the week is that?",
    weekday(D(2028, 1, 22)),
)
date_item(
    "sheep_shearing_contractor_tally",
    "We started the shearing run on 17 May 2027 and finished the last farm 64 days later. "
    "What was the finishing date?",
    D(2027, 5, 17) + TD(days=64),
)
date_item(
    "tapestry_conservator_studio",
    "The museum loan runs from 1 September 2027 to 29 February 2028, both days included. How "
    "many days is the tapestry away?",
    days(D(2027, 9, 1), D(2028, 2, 29)) + 1,
)
d0 = D(2027, 9, 7)
date_item(
    "rural_mobile_library_driver",
    f"Books issued on {sayw(d0)} are due back three weeks later. What's the due date?",
    d0 + TD(weeks=3),
)
date_item(
    "winter_ice_road_haulage_desk",
    "The ice road opened on 28 January 2028 and its last open day was 31 March 2028. How many "
    "days was it open, counting both ends?",
    days(D(2028, 1, 28), D(2028, 3, 31)) + 1,
)
date_item(
    "sourdough_microbakery_orders",
    "I feed the levain at 22:30 and the first loaves go in the oven at 07:15. How many hours "
    "is that?",
    clock_span("22:30", "07:15", 3600),
)
FAM = "model_railway_club_secretary"
date_item(
    FAM,
    "The club exhibition is always the second Saturday of March. What date is that in 2028?",
    nth_weekday(2028, 3, SAT, 2),
)
d0 = D(2028, 3, 11)
date_item(
    FAM,
    (
        f"Exhibitor forms must be in six weeks before the show on {sayw(d0)}. What's the closing "
        "date?"
    ),
    d0 - TD(weeks=6),
)
date_item(
    "wetland_bird_ringing_station",
    "A red knot we ringed on 9 September 2021 was retrapped on 27 April 2027. How many days "
    "apart were the two catches?",
    days(D(2021, 9, 9), D(2027, 4, 27)),
)
date_item(
    "clock_tower_winder_notes",
    "In London I set the tower clock at 20:00 on Saturday 27 March 2027 and came back at "
    "08:00 on Sunday 28 March 2027, London time both. How many hours had really passed?",
    zspan(DT(2027, 3, 27, 20), "Europe/London", DT(2027, 3, 28, 8), "Europe/London"),
)
FAM = "ferry_purser_cash_desk"
date_item(
    FAM,
    "The overnight boat leaves Rosslare at 21:00 on 30 October 2027 and docks in Cherbourg at "
    "15:30 on 31 October 2027, local times at each port. How many hours is the crossing?",
    zspan(DT(2027, 10, 30, 21), "Europe/Dublin", DT(2027, 10, 31, 15, 30), "Europe/Paris"),
)
date_item(
    FAM,
    "Our last sailing of the season is on 24 December 2027. Which day of the week is that?",
    weekday(D(2027, 12, 24)),
)
FAM = "tattoo_parlour_deposit_book"
date_item(
    FAM,
    "Healing check is six weeks after the session on 13 August 2027. What date do I pencil in?",
    D(2027, 8, 13) + TD(weeks=6),
)
date_item(
    FAM,
    "A walk-in was born on 30 April 2009 and we only tattoo 18+. On what date do they turn 18?",
    D(2027, 4, 30),
)
assert age(D(2009, 4, 30), D(2027, 4, 30)) == 18 and age(D(2009, 4, 30), D(2027, 4, 29)) == 17
FAM = "vineyard_harvest_crew_boss"
date_item(
    FAM,
    "Harvest began on 9 September 2027 and the wine gets bottled 230 days after that. Bottling "
    "date?",
    D(2027, 9, 9) + TD(days=230),
)
date_item(
    FAM,
    "how many days from budburst on 4 April 2027 to the first pick on 9 September 2027",
    days(D(2027, 4, 4), D(2027, 9, 9)),
)
date_item(
    "observatory_night_assistant",
    "During our run on La Palma on 14 August 2027, how many hours ahead of La Palma's clocks "
    "are Sydney's?",
    zspan(DT(2027, 8, 14, 12), "Australia/Sydney", DT(2027, 8, 14, 12), "Atlantic/Canary"),
)
date_item(
    "balloon_flight_dawn_launches",
    "Lifted off at 06:10, landed in a barley field at 07:52. How many minutes were we airborne?",
    clock_span("06:10", "07:52", 60),
)
d0 = D(2028, 4, 3)
date_item(
    "thatcher_roof_estimate",
    f"If day 1 of the job is {sayw(d0)} and we work Monday to Friday only, with no holidays, "
    "what date is working day 26?",
    workday(d0, 26),
)
FAM = "hospice_volunteer_coordinator"
date_item(
    FAM,
    "A volunteer's background check is dated 18 November 2024 and has to be renewed 1,095 "
    "days after that. What's the renewal date?",
    D(2024, 11, 18) + TD(days=1095),
)
date_item(
    FAM,
    "How many days are there between 6 February 2028 and our volunteer awards night on 19 "
    "June 2028?",
    days(D(2028, 2, 6), D(2028, 6, 19)),
)
FAM = "esports_team_manager_travel"
date_item(
    FAM,
    "We fly out of Los Angeles at 23:50 on 2 November 2027 and land in Seoul at 05:20 on 4 "
    "November 2027, local times. How long is the flight in hours?",
    zspan(DT(2027, 11, 2, 23, 50), "America/Los_Angeles", DT(2027, 11, 4, 5, 20), "Asia/Seoul"),
)
date_item(
    FAM,
    "Roster registration closes 45 days before the LAN final on 14 March 2028. What's the "
    "deadline date?",
    D(2028, 3, 14) - TD(days=45),
)
date_item(
    "church_organ_tuning_circuit",
    "St Aldhelm's organ was last tuned on 11 October 2026 and goes on a 180-day cycle. When is "
    "the next tuning due?",
    D(2026, 10, 11) + TD(days=180),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


FAM = "conv-invented_world_clockwork"
conv(
    FAM,
    [
        (
            U,
            (
                "For my novel: on the moon Tessary a day lasts 30 hours and a week is 5 of "
                "those days."
            ),
        ),
        (A, "Understood: 30-hour days, 5-day weeks on Tessary."),
        (U, "How many hours are in two weeks?"),
    ],
    "the earlier turn redefines the day and the week; a calendar tool would answer 336",
)
conv(
    FAM,
    [
        (
            U,
            (
                "In my campaign setting the weekdays are Ashday, Ironday, Saltday, Moonday and "
                "Emberday, in that order, then it repeats."
            ),
        ),
        (A, "Nice five-day cycle. Happy to help keep track."),
        (U, "If the festival is on an Ironday, what weekday is it 12 days later?"),
    ],
    "weekday arithmetic over an invented five-day week defined earlier",
)
conv(
    FAM,
    [
        (U, "Our game's clock runs fast: one real minute is one in-game hour."),
        (A, "So an in-game day passes in 24 real minutes."),
        (U, "How long is 90 minutes, then?"),
    ],
    "ambiguous between real and in-game minutes as set up by the first turn",
)
conv(
    FAM,
    [
        (
            U,
            (
                "Let's say that on the station, shifts are called 'bells' and there are 8 bells "
                "to a watch."
            ),
        ),
        (A, "Sure, 8 bells to a watch."),
        (U, "and how many bells in 3.5 watches?"),
    ],
    "the unit 'bell' only has the meaning the user gave it earlier",
)
conv(
    FAM,
    [
        (
            U,
            (
                "The school year I'm planning starts on Monday 4 September 2028 and we number "
                "weeks from there, skipping the two half-term weeks (weeks 8 and 17 in calendar "
                "terms)."
            ),
        ),
        (A, "OK, teaching weeks are numbered from 4 September, skipping those two."),
        (U, "What date is the Monday of teaching week 20?"),
    ],
    "teaching-week numbering with skips defined in the conversation",
)
FAM = "conv-swapped_meanings_midthread"
conv(
    FAM,
    [
        (U, "Heads up: in this chat, whenever I write x I mean 'to the power of', not times."),
        (A, "Noted: x means exponent here."),
        (U, "What's 3 x 4?"),
    ],
    "x redefined as exponentiation, so the answer differs from 12",
)
conv(
    FAM,
    [
        (
            U,
            (
                "All the prices I paste today are in thousands of rand, because that's how our "
                "tender sheet is laid out."
            ),
        ),
        (A, "Got it, figures are in thousands."),
        (U, "So is 2,450 for the roof too much for a school hall?"),
    ],
    "an opinion on a price whose scale is set earlier",
)
conv(
    FAM,
    [
        (U, "I'm using 'k' to mean 1,024 in this discussion, like old memory sizes."),
        (A, "Fine, k = 1,024."),
        (U, "How many is 48k users?"),
    ],
    "k was redefined as 1,024 for memory but now applied to users, which needs judgement",
)
conv(
    FAM,
    [
        (U, "Mind that in our recipe notes 'T' means a pinch, not a spoonful."),
        (A, "OK, T = pinch."),
        (U, "Is 6T of salt going to ruin the bread?"),
    ],
    "an opinion using a house abbreviation defined earlier",
)
conv(
    FAM,
    [
        (U, "Our scoring: a birdie is worth 3, a par 1, a bogey 0 and a double bogey −1."),
        (A, "Stableford-ish. Got it."),
        (U, "I had 4 birdies, 9 pars, 3 bogeys and 2 doubles. Is that good for a 14 handicap?"),
    ],
    "house scoring plus a judgement about a handicap",
)
FAM = "conv-pointer_to_earlier_list"
conv(
    FAM,
    [
        (
            U,
            (
                "Shortlist for the van: a Transit at £14,900, a Vivaro at £12,750 and a "
                "Sprinter at £17,300."
            ),
        ),
        (A, "Those are three decent options at different price points."),
        (U, "Take 12% off the middle one, would it still be a good buy?"),
    ],
    "'the middle one' is ambiguous (middle listed or middle price) and it asks for an opinion",
)
conv(
    FAM,
    [
        (U, "Our choir's three concerts: Ely on 14 May, Wells on 11 June, Lincoln on 2 July."),
        (A, "A busy early summer!"),
        (U, "How long between the second and the one we were nervous about?"),
    ],
    "refers to a concert not identified in the conversation",
)
conv(
    FAM,
    [
        (
            U,
            (
                "Here are the quotes for resurfacing: Quote A £6,400, Quote B £5,950 plus skip "
                "hire, Quote C £7,100 all in."
            ),
        ),
        (A, "B looks cheapest, but skip hire could change that."),
        (U, "Which one would you pick if skip hire is around £300?"),
    ],
    "a choice among quotes given earlier, asking for a recommendation",
)
conv(
    FAM,
    [
        (U, "Leg times for my relay team: 58.2, 61.7, 59.9 and 63.4 seconds."),
        (A, "Total 243.2 seconds."),
        (U, "Who should we swap out for the final?"),
    ],
    "asks for a judgement on runners defined only by earlier numbers",
)
conv(
    FAM,
    [
        (
            U,
            (
                "Flights: the 06:05 is £89, the 11:40 is £124, and the 19:15 is £71 but lands "
                "after the last train."
            ),
        ),
        (A, "The 19:15 is cheapest but the onward travel is the catch."),
        (U, "What would the taxi have to cost for the cheap one to stop being worth it?"),
    ],
    "depends on which flight is the comparison and on travel preferences",
)
FAM = "conv-correction_of_premise"
conv(
    FAM,
    [
        (U, "Days between 3 March 2027 and 19 April 2027, please?"),
        (A, "47 days."),
        (
            U,
            (
                "Sorry, I meant the other way round for the return leg, does that change "
                "anything about the visa?"
            ),
        ),
    ],
    "follow-up asks about visa rules, which need facts not given",
)
conv(
    FAM,
    [
        (U, "What is 15% of £2,300?"),
        (A, "£345."),
        (
            U,
            (
                "Hmm, my landlord says it should be worked out on the monthly figure instead. "
                "Who's right?"
            ),
        ),
    ],
    "asks who is right about a rent rule, which needs the agreement and judgement",
)
conv(
    FAM,
    [
        (U, "Convert 72 kg to stone and pounds."),
        (A, "About 11 stone 5 lb."),
        (U, "Is that heavy for a jockey though?"),
    ],
    "opinion about a converted weight in context",
)
conv(
    FAM,
    [
        (U, "Add 18 and 27 and 44."),
        (A, "89."),
        (
            U,
            (
                "No wait, those were the ages. What's a fair way to split the inheritance "
                "between them?"
            ),
        ),
    ],
    "reframes earlier numbers as ages and asks for a fairness judgement",
)
conv(
    FAM,
    [
        (U, "What's 480 divided by 6?"),
        (A, "80."),
        (
            U,
            (
                "Right, and if the six are my staff but two work half-time, how should I share "
                "the £480 bonus?"
            ),
        ),
    ],
    "asks for a fair allocation policy, not a single exact figure",
)
FAM = "conv-tone_and_format_requests"
conv(
    FAM,
    [
        (
            U,
            (
                "I need to tell my students that the exam is on 12 June 2028, 63 days after the "
                "Easter break ends."
            ),
        ),
        (A, "Would you like help wording the announcement?"),
        (U, "Yes, and make the 63 days sound less scary."),
    ],
    "a writing request about figures from earlier",
)
conv(
    FAM,
    [
        (U, "The invoice total came to €4,816.50."),
        (A, "Noted."),
        (U, "Write that in words the way a cheque would need it, in French please."),
    ],
    "a writing and translation task on an earlier number",
)
conv(
    FAM,
    [
        (U, "Our raffle raised £1,317 and 41 prizes were donated."),
        (A, "That's a great result!"),
        (U, "Can you turn those two numbers into a thank-you post for the village Facebook page?"),
    ],
    "a writing task using earlier figures",
)
conv(
    FAM,
    [
        (U, "The bridge is 386 m long and opened in 1932."),
        (A, "An interesting structure."),
        (U, "Give me a catchy one-liner using both numbers for the tour leaflet."),
    ],
    "creative writing with stated numbers",
)
conv(
    FAM,
    [
        (U, "I ran 5 km in 27:40 last Saturday."),
        (A, "Nice run!"),
        (
            U,
            (
                "Put that in a motivating sentence for my training diary, and don't just repeat "
                "the pace."
            ),
        ),
    ],
    "a writing task about a stated time",
)
FAM = "conv-context_sets_missing_fact"
conv(
    FAM,
    [
        (U, "My cousin is flying in from Lagos for the wedding."),
        (A, "How exciting!"),
        (U, "If she lands at 6 in the morning our time, what time did she take off?"),
    ],
    "needs the flight duration and departure, which are not given",
)
conv(
    FAM,
    [
        (U, "We're repainting the hall, two coats."),
        (A, "Sounds like a good project."),
        (U, "How many litres will I need for it?"),
    ],
    "the hall's size and the paint's coverage are never given",
)
conv(
    FAM,
    [
        (U, "I'm paid fortnightly and my last payday was a Friday."),
        (A, "OK."),
        (U, "So what date is my next one?"),
    ],
    "the date of the last payday is never given",
)
conv(
    FAM,
    [
        (U, "We're driving to my in-laws in the new hybrid."),
        (A, "Safe travels!"),
        (U, "How much will the fuel cost us for the round trip?"),
    ],
    "distance, consumption and price are all missing",
)
conv(
    FAM,
    [
        (U, "The grandkids are coming for the half-term week."),
        (A, "Lovely!"),
        (U, "How many days until they arrive?"),
    ],
    "no date given for the half-term, and no reference date",
)
FAM = "conv-hypothetical_followups"
conv(
    FAM,
    [
        (U, "Our bakery sells about 400 croissants on a Saturday at £1.90 each."),
        (A, "That's around £760 on a Saturday."),
        (U, "If we put the price up to £2.20, how many fewer would we sell?"),
    ],
    "asks for a demand estimate that needs judgement",
)
conv(
    FAM,
    [
        (U, "The kids' reading target is 20 minutes a day."),
        (A, "A good habit."),
        (U, "Would doubling it actually make a difference to their grades?"),
    ],
    "an opinion on a number from earlier",
)
conv(
    FAM,
    [
        (U, "My commute is 38 km each way."),
        (A, "That's a fair distance."),
        (U, "Would an e-bike be realistic for that, or am I kidding myself?"),
    ],
    "advice on feasibility using an earlier distance",
)
conv(
    FAM,
    [
        (U, "I've saved £9,200 for a deposit."),
        (A, "That's a solid start."),
        (U, "Is it enough, do you think, and what should I do next?"),
    ],
    "financial advice needing context not given",
)
conv(
    FAM,
    [
        (U, "The orchard gave us 1,150 kg of apples this autumn."),
        (A, "What a harvest!"),
        (U, "Should we press them for juice or sell them at the gate?"),
    ],
    "a business judgement about an earlier figure",
)

FAM = "near-digits_that_are_labels"
neg(
    FAM,
    "My locker code is 4417 and my mate's is 2238. What's our combined locker code?",
    "codes are labels, not quantities to add",
)
neg(
    FAM,
    "Flight BA 2490 and flight BA 1745: how far apart are they?",
    "flight numbers are identifiers",
)
neg(
    FAM,
    "Is part 6204-2RS bigger than part 6203-2RS?",
    "bearing part numbers encode series; needs knowledge",
)
neg(
    FAM,
    "The score was 3-1 at half-time and ended 4-4. What was the second-half score?",
    "scores, not a subtraction of hyphenated numbers; needs reading",
)
neg(
    FAM,
    "If I upgrade from version 3.9 to 3.12, is that a downgrade since 3.12 < 3.9?",
    "version numbers are not decimals",
)
neg(
    FAM,
    "Room 2.14 is next to 2.15 — how many rooms between 2.14 and 3.02?",
    "room codes encode floor and number",
)
neg(FAM, "What's the area code in +44 1632 960183?", "a phone number to read, not arithmetic")
neg(
    FAM,
    "My bib number is 1089 and my time was 3:41:07. Can you find my result on the race site?",
    "a lookup the model cannot do; identifiers",
)
neg(
    FAM,
    "ISBN 978-0-14-044913-6: is the check digit right?",
    "check-digit validation with a specific rule; needs reasoning about ISBNs",
)
neg(
    FAM,
    "Our postcode is SW1A 1AA and theirs is SW1A 2AA. Are we 1 apart?",
    "postcodes are not numbers",
)
neg(FAM, "Bus 38 then bus 73, what's the total journey?", "route numbers, missing facts")
neg(FAM, "Gate B22 to gate B47, how long to walk?", "gate labels; needs the airport layout")
FAM = "near-notation_made_up_here"
neg(
    FAM,
    "Let a ⊕ b mean a + b + ab. What is 3 ⊕ 4, and is ⊕ associative?",
    "a redefined operator and a proof question",
)
neg(
    FAM,
    "In my puzzle, every letter is a digit: SEND + MORE = MONEY. What digit is M?",
    "a cryptarithm, needs search and reasoning",
)
neg(
    FAM,
    "Using base 7, what does 66 + 1 look like, and why?",
    "explanation asked alongside a base change",
)
neg(
    FAM,
    "If 2 ★ 5 = 12 and 3 ★ 4 = 15, what is 6 ★ 2?",
    "pattern guessing over an undefined operator",
)
neg(
    FAM,
    "Treat % as 'per thousand' in my spreadsheet notes: is 35% of the budget a lot?",
    "redefined symbol and an opinion",
)
neg(
    FAM,
    "In clock arithmetic, is 9 + 5 = 2 'true', and how would you explain that to a 10-year-old?",
    "an explanation request",
)
neg(
    FAM,
    (
        "If ÷ meant 'subtract' in the riddle, what would 12 ÷ 4 ÷ 2 equal, and is that the "
        "riddle's trick?"
    ),
    "a riddle with redefined notation",
)
neg(
    FAM,
    "The card game scores aces as 1 or 11. What's the best value of ace, ace, 9?",
    "game rule reasoning on choices",
)
FAM = "near-write_the_code_please"
neg(
    FAM,
    "Write a Python function that returns how many days are between two dates.",
    "a coding request",
)
neg(
    FAM,
    "Give me an Excel formula that adds 20% VAT to the price in B2.",
    "a formula to write, not a number",
)
neg(
    FAM,
    "How do I convert Fahrenheit to Celsius in JavaScript? Need a one-liner.",
    "code to write",
)
neg(FAM, "SQL query to sum the amount column for orders placed in March 2027?", "code to write")
neg(FAM, "Write a bash loop that prints the date of every Monday in 2028.", "code to write")
neg(FAM, "What's the regex for a UK price like £1,299.99?", "a pattern to write")
neg(
    FAM,
    (
        "Can you write a spreadsheet formula to split a bill of any size between N people, "
        "rounding to the penny?"
    ),
    "a formula to write",
)
neg(FAM, "Rust snippet: parse '12.5 km' into metres as an f64?", "code to write")
neg(FAM, "Write unit tests for a function that adds 7 days to a date.", "tests to write")
FAM = "near-ballpark_only"
neg(
    FAM,
    "Roughly how many bricks are in a typical semi-detached house?",
    "an estimate needing world knowledge",
)
neg(FAM, "About how many litres of water does a bath take, ballpark?", "an estimate")
neg(FAM, "How many steps is 10 km for a tall person, roughly?", "depends on stride; an estimate")
neg(
    FAM,
    "Ballpark: how long would it take to read 50 novels?",
    "an estimate with unknown reading speed",
)
neg(FAM, "Estimate the number of piano tuners in Glasgow.", "a Fermi estimate")
neg(FAM, "How many kilometres does a postman walk in a working life, roughly?", "an estimate")
neg(
    FAM,
    "Roughly what would 300 m² of solar panels generate in a sunny day?",
    "an estimate needing assumptions",
)
neg(FAM, "Give me a rough figure for how many words are in a 280-page paperback.", "an estimate")
neg(
    FAM,
    "Approximately how many hours of daylight will Tromsø have on 21 December 2027?",
    "needs astronomical knowledge; near zero at polar night, a factual lookup",
)
FAM = "near-facts_not_supplied"
neg(FAM, "How much is 250 euros in Swiss francs?", "needs a live exchange rate")
neg(FAM, "What's the VAT on a £640 bike in Norway?", "needs a country's rate, not given")
neg(FAM, "How many days are left on my passport before I need to renew it?", "no dates given")
neg(FAM, "What time is sunrise in Reykjavík on 1 March 2028?", "needs astronomical data")
neg(
    FAM,
    "How old was the Queen when she was crowned?",
    "needs historical facts; ambiguous which queen",
)
neg(FAM, "What's my take-home pay on £41,000?", "needs tax rules and jurisdiction")
neg(FAM, "How many kilometres is it from Porto to Seville by road?", "needs map data")
neg(FAM, "When does my council tax bill arrive?", "needs local facts")
neg(FAM, "How much does 1 kg of saffron cost?", "needs market price")
FAM = "near-what_the_figure_signifies"
neg(
    FAM,
    "The GP letter says my vitamin D is 41 nmol/L. Should I be taking supplements?",
    "asks what a number means",
)
neg(FAM, "The tyre says 205/55 R16 91V. What does each part mean?", "explain a code")
neg(FAM, "Why is A4 paper 210 by 297 mm?", "an explanation")
neg(
    FAM,
    "My router shows 2.4 GHz and 5 GHz. Which should the printer use?",
    "advice about stated figures",
)
neg(FAM, "The paint tin says 12 m² per litre. Is that per coat?", "interpret a label")
neg(
    FAM,
    "What does an APR of 29.9% actually mean for a £500 balance?",
    "an explanation about a rate",
)
neg(
    FAM,
    "A coffee grinder says 'grind size 14'. Is that fine or coarse?",
    "interpreting a setting",
)
neg(FAM, "Why does my scale say 71.4 kg in the morning and 72.6 kg at night?", "an explanation")
neg(FAM, "My electricity bill shows 0.2847 per kWh. Is that a good rate?", "an opinion on a rate")
FAM = "near-judgement_on_measurements"
neg(FAM, "Is 38.1 °C a fever for a toddler?", "medical judgement")
neg(FAM, "Is 95 km/h too fast for a country lane in the rain?", "an opinion")
neg(FAM, "Is a 1.9 m ceiling too low for a loft bedroom?", "an opinion")
neg(FAM, "Would 4 hours be enough to see the Louvre properly?", "an opinion")
neg(FAM, "Is 22 kg too heavy for a cabin bag?", "needs airline rules; judgement")
neg(FAM, "Is 6.5 bar normal pressure for a boiler?", "technical judgement")
neg(FAM, "My son's 1.42 m at age ten — is he tall?", "a judgement about a measurement")
neg(FAM, "Is 14 minutes per km a decent walking pace for a 70-year-old?", "an opinion")
neg(FAM, "Should a 3-year-old sleep 13 hours a night?", "advice")

FAM = "money_choices_advice"
neg(FAM, "Should I overpay my mortgage or put £200 a month into a pension?")
neg(FAM, "Is it worth paying £95 for a railcard if I only travel a few times?")
neg(FAM, "My phone contract is £38; is a SIM-only deal smarter?")
neg(FAM, "What's a sensible emergency fund for a freelancer?")
neg(FAM, "Is buying a second-hand car at 120,000 km a bad idea?")
neg(FAM, "Lease or buy an electric van for a small plumbing business?")
neg(FAM, "How should a couple split bills when one earns twice the other?")
neg(FAM, "Is gold a good hedge, or is that a myth?")
neg(FAM, "What should I ask before signing a gym contract with a long minimum term?")
neg(FAM, "Should our club charge late fees for subs, and how much is fair?")
FAM = "maths_ideas_explained"
neg(FAM, "Why does dividing by a fraction flip it?")
neg(FAM, "Explain compound interest to a teenager using pocket money.")
neg(FAM, "What is the difference between mean and median, with an everyday example?")
neg(FAM, "My nephew insists 0.999 recurring is smaller than 1. How do I convince him?")
neg(FAM, "How do percentages and percentage points differ?")
neg(FAM, "Why does my calculator show an error for 7 divided by zero instead of infinity?")
neg(FAM, "What is a prime number and why do they matter for encryption?")
neg(FAM, "Explain why a leap year is skipped in 2100.")
neg(FAM, "How do I teach long division so it actually sticks?")
neg(FAM, "What does standard deviation tell you about exam marks?")
FAM = "calendar_lore_questions"
neg(FAM, "Why do we have seven days in a week?")
neg(FAM, "Where do the names of the months come from?")
neg(FAM, "Why did Britain skip eleven days in 1752?")
neg(FAM, "How does the Chinese lunar new year date get decided?")
neg(FAM, "Why does the ISO week sometimes give 53 weeks?")
neg(FAM, "What's the story behind Friday the 13th being unlucky?")
neg(FAM, "Why does Ramadan move through the seasons?")
neg(FAM, "How did sailors keep track of time at sea before accurate clocks?")
neg(FAM, "Why are time zones not straight lines?")
neg(FAM, "Why does the Orthodox Christmas fall in January?")
FAM = "drafting_with_numbers"
neg(FAM, "Draft an email telling tenants the rent goes up by 4% from 1 July 2027.")
neg(FAM, "Write a short speech for our 25th anniversary dinner.")
neg(FAM, "Help me write a polite reminder for an invoice 30 days overdue.")
neg(FAM, "Write a product description for a 750 g cast-iron skillet.")
neg(FAM, "Compose a haiku about the 07:12 train always being late.")
neg(FAM, "Write a notice for the allotment gate: water restrictions start on 1 August 2027.")
neg(FAM, "Draft a job ad for a 3-day-a-week bookkeeper.")
neg(FAM, "Make a funny birthday card message for someone turning 40.")
neg(FAM, "Write a fundraising update: we've raised £3,420 of our £5,000 goal.")
neg(FAM, "Summarise in two sentences why our bus fares rose 9%.")
FAM = "hobby_gear_recommendations"
neg(FAM, "Which telescope would you recommend for a beginner with a small balcony?")
neg(FAM, "Best beginner sewing machine for under £250?")
neg(FAM, "What tent should I buy for wild camping in the Cairngorms?")
neg(FAM, "Which watercolour paper weight is good for practice?")
neg(FAM, "What's a good first bike for commuting 12 km on mixed roads?")
neg(FAM, "Recommend a metronome app for a drummer.")
neg(FAM, "Which wood is best for a first spoon-carving project?")
neg(FAM, "What camera lens should I use for birds at a feeder?")
neg(FAM, "Is a 40 L or 55 L rucksack better for a week of hut-to-hut hiking?")
neg(FAM, "Which chess opening should a 1200-rated player learn first?")
FAM = "everyday_health_and_sport"
neg(FAM, "How can I build up to running a half marathon?")
neg(FAM, "Is it bad to drink coffee after 4 pm?")
neg(FAM, "How many rest days a week should a beginner lifter take?")
neg(FAM, "What should I eat before a 2-hour bike ride?")
neg(FAM, "Why do my knees hurt after hill walking?")
neg(FAM, "Is 10,000 steps a day a real target or marketing?")
neg(FAM, "How do I stop getting a stitch when swimming?")
neg(FAM, "What stretches help after a long-haul flight?")
neg(FAM, "Is cold-water swimming safe at 12 °C?")
neg(FAM, "How long should I wait to swim after eating?")
FAM = "general_knowledge_lookups"
neg(FAM, "Who were the engineers behind the Forth Bridge, and why a cantilever design?")
neg(FAM, "How tall is Mount Kilimanjaro?")
neg(FAM, "What year did the Channel Tunnel open?")
neg(FAM, "How deep is Loch Ness at its deepest?")
neg(FAM, "Which planet's day lasts longer than its trip round the Sun?")
neg(FAM, "How fast does a cheetah run?")
neg(FAM, "What is the population of Reykjavík?")
neg(FAM, "When was the metric system introduced in France?")
neg(FAM, "How many bones does a cat's front paw have?")
neg(FAM, "At what temperature does water boil on the summit of Aconcagua?")
FAM = "language_and_wording"
neg(FAM, "How do you say 'quarter past seven' in German?")
neg(FAM, "Supermarket sign: should it read 'ten items or fewer' or 'ten items or less'?")
neg(FAM, "What's the Spanish for 'the bill, please, split three ways'?")
neg(FAM, "Should I write 'twenty-one' or '21' in a formal letter?")
neg(FAM, "What does 'fortnight' mean to Americans?")
neg(FAM, "How do the French say numbers like 97?")
neg(FAM, "Is 'a dozen' always 12, or do bakers count differently?")
neg(FAM, "Why do we say 'o'clock'?")
neg(FAM, "How do I write a date in Japanese style?")
neg(FAM, "Translate 'the meeting is moved to Thursday' into Italian.")
FAM = "trip_and_event_planning"
neg(FAM, "Plan a 3-day itinerary for Kraków on a budget.")
neg(FAM, "What should I pack for a week in Iceland in late October?")
neg(FAM, "How early should I get to Heathrow for an 8 am flight?")
neg(FAM, "Ideas for a 60th birthday party in a village hall?")
neg(FAM, "Best time of day to visit the Alhambra to avoid crowds?")
neg(FAM, "How do I organise a quiz night for 80 people?")
neg(FAM, "Is the Flåm railway worth it if we only have one day in Bergen?")
neg(FAM, "What's a good route for a 5-day cycling tour of the Loire?")
neg(FAM, "How should I run a raffle so it's legal in England?")
neg(FAM, "Suggest activities for a rainy bank holiday with three kids.")
FAM = "work_and_study_help"
neg(FAM, "How do I estimate a software project's timeline without padding too much?")
neg(FAM, "What's a good way to revise for a statistics exam in 3 weeks?")
neg(FAM, "How should I price my first freelance illustration job?")
neg(FAM, "Give me feedback on this pitch: we save cafés 15% on waste.")
neg(FAM, "How do I ask for a raise after 2 strong quarters?")
neg(FAM, "What should go in a one-page business plan?")
neg(FAM, "How can I make my spreadsheets easier for colleagues to read?")
neg(FAM, "Tips for presenting budget figures to a board without losing them?")
neg(FAM, "How do I manage a team across London and Singapore?")
neg(FAM, "What's a fair deadline for a 20-page report from an intern?")


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
    # no register (family name) of this set is a family name of sets 19 to 142
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 142: {reused}"
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
