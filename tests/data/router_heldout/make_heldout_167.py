"""Generate heldout-2027-05-19.jsonl: a hundred-and-sixty-seventh held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_167.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-166, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (whole items rounded with whole_up or floor,
checked to terminate with at most 3 decimals); units from exact definitions (inch, pound,
nautical mile, acre, g0, psi) with unit(..., EXACT) for terminating answers and unit_r for
rounded ones; dates with datetime (days, weeks, ages, nth weekdays, working days, clock spans
across midnight) and zoneinfo via utc_minutes for flights between zones, including clock
changes in force. Weekdays stated next to dates are generated with sayw and checked.

Provenance
----------
Read: this file (cat), grading.py (cat), and earlier_registers.txt (head, and grep for
candidate register words to make sure the 25 names are new). Nothing under /work/main,
/work/shared or /work/.library was opened; earlier sets were touched only by this script's
in-memory duplicate and register checks, which print only ho167- item ids.
Wrote: the four sections by hand in scratch files outside this directory, spliced them into
the markers with a small python script, then reworded the items the duplicate check flagged
(35 ids in the first run, 1 in the second) without looking up the earlier text; shortened a
few strings for the 99-column limit.
Checked: ran this script until it passed, printed my own expected values with --show and
rechecked them by hand, ruff check and ruff format with /work/main/pyproject.toml, then ran
the script again.
Slips: none.
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
OUT = HERE / "heldout-2027-05-19.jsonl"
PREFIX = "ho167-"
# earlier generators: sets 1-166 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 167))
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
    "make_heldout_155.py",
    "make_heldout_156.py",
    "make_heldout_157.py",
    "make_heldout_158.py",
    "make_heldout_159.py",
    "make_heldout_160.py",
    "make_heldout_161.py",
    "make_heldout_162.py",
    "make_heldout_163.py",
    "make_heldout_164.py",
    "make_heldout_165.py",
    "make_heldout_166.py",
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


MARROW = "giant_marrow_grower_at_a_harvest_show"
QUIZ = "pub_quiz_host_at_a_village_inn"
NULLARBOR = "cyclist_crossing_the_nullarbor"
BADGER = "badger_sett_survey_volunteer"
VAULT = "pole_vaulter_flying_to_an_indoor_meet"
DARJ = "darjeeling_tea_estate_assistant_manager"
WATCH = "watchmaker_regulating_a_pocket_watch"
COMIC = "stand_up_comedian_doing_open_mic_nights"
BOWYER = "bowyer_making_yew_longbows"
CLINKER = "boatbuilder_restoring_a_clinker_dinghy"
FELUCCA = "felucca_captain_at_aswan"
RAMADAN = "family_keeping_ramadan_in_bradford"
GIRAFFE = "giraffe_keeper_at_a_safari_park"
ICEHORSE = "icelandic_horse_trek_leader"
CASHEW = "cashew_processor_in_goa"
EMU = "emu_farmer_on_the_darling_downs"
WX = "amateur_weather_station_keeper"
BIN = "bin_lorry_crew_on_a_rural_collection"
POST = "postwoman_on_a_shetland_round"
DODGEM = "dodgem_operator_at_a_travelling_fair"
MONK = "monk_keeping_the_monastery_accounts"
WWOOF = "wwoofer_on_a_kiwifruit_orchard"
MAJORETTE = "majorette_troupe_coach"
KOYA = "temple_lodging_guest_on_mount_koya"
HERMIT = "island_hermit_ordering_supplies_by_boat"

# plain one-line questions
calc(P, "what's 4,738 × 26", 4738 * 26)
calc(P, "17.5% of £2,340", pct("17.5") * 2340)
calc(P, "(3/8 + 5/16) * 48", (F(3, 8) + F(5, 16)) * 48)
assert math.isqrt(7056) ** 2 == 7056
calc(P, "what whole number squared gives 7,056", math.isqrt(7056))
calc(P, "seven hundred and twelve divided by sixteen", F(712, 16))
calc(P, "2^19 - 3^11 = ?", 2**19 - 3**11)
calc(P, "how much is $86.40 with 12.5% knocked off", dec("86.40") * (1 - pct("12.5")))
calc(P, "mean of 14, 27, 33, 41 and 58", F(14 + 27 + 33 + 41 + 58, 5))
calc(P, "19! / 17!", math.factorial(19) // math.factorial(17))
calc(P, "3 and 3/4 times 2 and 2/5", F(15, 4) * F(12, 5))
calc(P, "45 is 18% of what number", 45 / pct(18))
calc(P, "percentage increase going from 1,280 to 1,472", (F(1472) - 1280) / 1280 * 100)
calc(P, "0.0375 x 64000", dec("0.0375") * 64000)
calc(P, "-47 + 19 × 3 − 8 ÷ 4", -47 + 19 * 3 - F(8, 4))

# registers
calc(
    MARROW,
    "my marrow weighed in at 38.6 kg at last autumn's show and this one is 12.5% heavier. the "
    "show pays £4 for every kilo over 30 kg, so how much prize money would it earn?",
    (dec("38.6") * (1 + pct("12.5")) - 30) * 4,
)
calc(
    QUIZ,
    "checking my own quiz answer before I print the sheets: a train leaves with 312 passengers, "
    "at the first stop a quarter of them get off and 48 get on, at the second stop a third of "
    "everyone on board gets off. how many are still on the train",
    (F(312) * F(3, 4) + 48) * F(2, 3),
)
calc(
    QUIZ,
    "rollover jackpot started at £25 and £1 per team gets added every week nobody wins. 17 "
    "teams the first week, 21 the second, no winner either time. what does the jackpot stand at",
    25 + 17 + 21,
)
calc(
    NULLARBOR,
    "Eyre Highway stretch is 1,197 km in total. I've already knocked off 141 km and I've got 13 "
    "days left, one of which is a rest day. average km per riding day for the rest of it?",
    F(1197 - 141, 12),
)
calc(
    BADGER,
    "last spring we logged 20 active entrances at the sett, this spring it's 31 (plus 4 disused "
    "ones we didn't count). percentage increase in active entrances",
    (F(31) - 20) / 20 * 100,
)
calc(
    VAULT,
    "season bests so far 5.41, 5.48, 5.36, 5.52 and 5.55 m. coach wants my average with the "
    "worst one thrown out",
    (dec("5.41") + dec("5.48") + dec("5.52") + dec("5.55")) / 4,
)
calc(
    VAULT,
    "my approach is 18 strides and covers 37.8 m from my mark to the box; I'm on a 4.90 m pole. "
    "what's my average stride length in metres",
    dec("37.8") / 18,
)
calc(
    DARJ,
    "42 pluckers each brought in 23.5 kg of green leaf this morning. it takes 4 kg of green leaf "
    "to make 1 kg of finished tea. how many kg of made tea is that",
    42 * dec("23.5") / 4,
)
calc(
    DARJ,
    "pluckers get ₹232 a day plus ₹6 for every kg over the 24 kg daily target (nothing is "
    "docked for coming in under). one woman brought 31.5 kg on monday and 22 kg on tuesday, "
    "what does she earn for the two days",
    232 * 2 + 6 * (dec("31.5") - 24),
)
calc(
    WATCH,
    "customer's pocket watch was set 9 seconds slow and it gains 14 seconds a day. how many "
    "seconds fast will it be after 21 days",
    -9 + 14 * 21,
)
calc(
    COMIC,
    "door split: venue keeps the first £150 for the room and I get 70% of whatever's left. 86 "
    "tickets sold at £12. my take?",
    (86 * 12 - 150) * pct(70),
)
calc(
    COMIC,
    "festival run recap. 25 shows in a 42 seat room, on average 78% full, tickets £11 each, "
    "I keep 60% after the venue cut. what did I make",
    25 * 42 * pct(78) * 11 * pct(60),
)
_staves = whole_up(F(14) / (1 - F(1, 4)))
calc(
    BOWYER,
    "yew staves are €180 each and roughly one in four turns out unusable (knots, checks). if I "
    "want 14 finished bows, how much should I budget, buying whole staves and rounding up",
    _staves * 180,
)
calc(
    CLINKER,
    "dinghy has 7 strakes a side, each one 4.3 m long, and I add 15% for waste and scarf "
    "joints. how many metres of planking do I order",
    2 * 7 * dec("4.3") * (1 + pct(15)),
)
calc(
    FELUCCA,
    "sunset sail, five passengers at 250 Egyptian pounds a head. the boat owner takes 40%, then "
    "my deckhand gets 15% of what's left. what do I keep",
    5 * 250 * (1 - pct(40)) * (1 - pct(15)),
)
calc(
    RAMADAN,
    "working out zakat at 2.5%: savings £18,640, gold valued at £3,200, and we owe £1,400 "
    "which comes off first. how much do we give",
    (18640 + 3200 - 1400) * pct("2.5"),
)
calc(
    GIRAFFE,
    "each adult giraffe gets 34 kg of browse a day and we have five adults plus a calf on a "
    "fifth of an adult ration. kilos of browse needed for a full 7 day week?",
    (5 + F(1, 5)) * 34 * 7,
)
calc(
    ICEHORSE,
    "twelve riders at ISK 38,500 each for the day ride, groups of 10 or more get 15% off, and "
    "the total gets split evenly between the 3 guides. each guide's share",
    12 * 38500 * (1 - pct(15)) / 3,
)
calc(
    CASHEW,
    "raw cashew nut gives about 22.5% kernel by weight. we've got 1,800 kg of raw nut and "
    "kernels sell for ₹780 a kilo, what's the lot worth in rupees",
    1800 * pct("22.5") * 780,
)
calc(
    EMU,
    "each bird renders about 5.6 litres of oil and we're processing 60 birds. how many 250 ml "
    "bottles can we fill",
    60 * dec("5.6") * 1000 / 250,
)
calc(
    WX,
    "rain gauge for the week: 4.2, 0, 11.6, 7.8, 0.4, 2.3 and 15.1 mm. what percentage of the "
    "72 mm monthly average is that",
    (dec("4.2") + dec("11.6") + dec("7.8") + dec("0.4") + dec("2.3") + dec("15.1")) / 72 * 100,
)
calc(
    WX,
    "using the quick rule dew point ≈ T − (100 − RH)/5, what's the dew point at 18.4 °C and "
    "67% relative humidity",
    dec("18.4") - F(100 - 67, 5),
)
_bins_left = math.floor((11520 - 347 * dec("18.4")) / dec("18.4"))
assert (11520 - 347 * dec("18.4")) / dec("18.4") != _bins_left
calc(
    BIN,
    "lorry payload is 11,520 kg, average bin on this round is 18.4 kg and we've tipped 347 "
    "bins so far. how many more whole bins before we hit payload",
    _bins_left,
)
calc(
    POST,
    "the van does 7.5 litres per 100 km, the round is 112 km and I drive it five days a week. "
    "diesel is £1.46 a litre — fuel cost for the week?",
    112 * 5 * dec("7.5") / 100 * dec("1.46"),
)
_dodgem_best = min(10 * b + 3 * (23 - 4 * b) for b in range(6))
calc(
    DODGEM,
    "rides are £3 a token or 4 tokens for £10. a family wants 23 rides exactly, cheapest it "
    "can cost them?",
    _dodgem_best,
)
calc(
    MONK,
    "guest house ledger: 14 retreatants stayed 5 nights at a suggested donation of £42 a "
    "night, three of them gave half that. total received",
    11 * 5 * 42 + 3 * 5 * 21,
)
calc(
    WWOOF,
    "host pays NZ$23.15 an hour for any picking beyond the 4 hours a day that covers my board. "
    "I've picked 6 hours a day for 9 days, what am I owed",
    (6 - 4) * 9 * dec("23.15"),
)
calc(
    MAJORETTE,
    "26 girls need new uniforms at $64.50 each. we get 10% off as a team, then the club covers "
    "40% and parents pay the rest. how much per girl do parents pay",
    dec("64.50") * (1 - pct(10)) * (1 - pct(40)),
)
calc(
    KOYA,
    "shukubo is ¥14,800 per person per night with dinner and breakfast. 3 of us, 2 nights, "
    "10% service charge on the lodging only, plus ¥1,000 each for the morning fire ritual. "
    "total in yen",
    14800 * 3 * 2 * (1 + pct(10)) + 1000 * 3,
)
calc(
    HERMIT,
    "supply boat comes every 3 weeks. I burn about 2.3 bags of coal a week and want enough for "
    "the gap plus a week spare, bags are £11.40. cost if I order whole bags rounded up",
    whole_up(dec("2.3") * 4) * dec("11.40"),
)
calc(
    HERMIT,
    "4 solar panels at 370 W each, about 2.8 peak sun hours a day in november and I lose 20% "
    "in the batteries. usable watt-hours per day?",
    4 * 370 * dec("2.8") * (1 - pct(20)),
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


KNOT = F(1852, 3600)  # m/s (nautical mile = 1852 m)
KGF = G0  # N

# plain one-line questions
unit_r(P, "42.195 km to miles", dec("42.195") * 1000 / MI)
unit(P, "6 ft 2 in is how many cm for the form", (6 * FT + 2 * IN) * 100, EXACT)
unit(P, "chest freezer is set at -22 °C, fahrenheit?", c_to_f(-22), EXACT)
unit_r(P, "how many pounds is 63.5 kg", dec("63.5") / LB)
unit_r(P, "28 psi to bar", 28 * PSI / BAR)
unit_r(P, "110 km/h motorway limit, how much is that in mph", 110 * KMH / MPH)
unit_r(P, "2.75 acres to m²", dec("2.75") * ACRE)
unit_r(P, "oven dial says 375F, what's that in celsius", f_to_c(375))
unit(P, "16 GiB is how many MiB", 16 * GIB / MIB, EXACT)
unit_r(P, "40 m² in sq ft", 40 / SQFT)
unit_r(P, "11 stone 4 lb in kilos", (11 * STONE + 4 * LB))
unit(P, "38 knots is how many km/h", 38 * KNOT / KMH, EXACT)
unit_r(P, "convert 3,200 metres to yards", 3200 / YD)
unit(P, "how many kilojoules in 2.5 kWh", dec("2.5") * 3600, EXACT)

# registers
unit_r(
    MARROW,
    "the judges' card wants the marrow's length in inches and my tape says 1.47 m. inches?",
    dec("1.47") / IN,
)
unit(
    MARROW,
    "onion class says maximum 160 mm across, mine measures 6 and 3/8 inches. what is that in mm",
    F(51, 8) * IN * 1000,
    EXACT,
)
unit_r(
    QUIZ,
    "picture round: the card says the Eiffel Tower is 1,083 feet tall. what is that in metres",
    1083 * FT,
)
unit_r(
    NULLARBOR,
    "bike computer says I averaged 27.5 km/h on the tailwind day. mph?",
    dec("27.5") * KMH / MPH,
)
unit(
    BADGER,
    "trail camera box says detection range 65 feet. how many metres is that",
    65 * FT,
    EXACT,
)
unit(
    BADGER,
    "the main sett is 340 yards from the footpath and the ecologist's buffer is 300 m. what's "
    "340 yards in metres",
    340 * YD,
    EXACT,
)
unit_r(
    VAULT,
    "meet programme lists the bar at 18 ft 6 in. in metres please",
    18 * FT + 6 * IN,
)
unit_r(
    DARJ,
    "an American buyer quotes per 44 lb chest. how many kg is one chest",
    44 * LB,
)
unit(
    WATCH,
    "old material catalogue gives the balance wheel as 0.52 inch diameter, what's that in mm",
    dec("0.52") * IN * 1000,
    EXACT,
)
unit_r(
    COMIC,
    "drove 284 miles between Thursday's gig and Friday's. how many km is that for my expenses",
    284 * MI / 1000,
)
unit_r(
    BOWYER,
    "a customer asks for the draw weight in kilograms-force; the bow pulls 62 lb at 28 inches",
    62 * LB * G0 / KGF,
)
unit(
    CLINKER,
    "the copper rivets are 3/4 inch long, how many millimetres",
    F(3, 4) * IN * 1000,
    EXACT,
)
unit(
    FELUCCA,
    "wind's blowing 14 knots off the desert, what's that in km/h",
    14 * KNOT / KMH,
    EXACT,
)
unit(
    FELUCCA,
    "an American passenger asks how warm the Nile is. it's 24 °C, in fahrenheit?",
    c_to_f(24),
    EXACT,
)
unit_r(
    RAMADAN,
    "aunty's samosa recipe from Karachi says 2.2 lb of minced lamb for 40 samosas. in grams",
    dec("2.2") * LB * 1000,
)
unit_r(
    GIRAFFE,
    "contractor in Ohio wants the new giraffe house door height in feet. it's 6.1 m",
    dec("6.1") / FT,
)
unit_r(
    GIRAFFE,
    "our tallest bull stands 17 ft 9 in. what's that in metres for the info board",
    17 * FT + 9 * IN,
)
unit_r(
    ICEHORSE,
    "the mare weighs 350 kg and the wormer dosing chart is in pounds, so what's she in lb",
    350 / LB,
)
unit_r(
    CASHEW,
    "grade W240 means 240 kernels per pound. how many kernels per kilogram is that",
    240 / LB,
)
unit(
    CASHEW,
    "the roasting drum runs at 180 °C, what's that in °F for the visiting buyer",
    c_to_f(180),
    EXACT,
)
unit_r(
    EMU,
    "emu eggs here average 1.6 lb, buyer in Brisbane wants the weight in grams",
    dec("1.6") * LB * 1000,
)
unit_r(
    WX,
    "gust of 58 mph recorded overnight, what is that in metres per second",
    58 * MPH,
)
unit(
    BIN,
    "lane has a 7'6\" width restriction. what's 7 ft 6 in in metres, our lorry is 2.5 m wide",
    7 * FT + 6 * IN,
    EXACT,
)
unit_r(
    BIN,
    "weak bridge on the round is signed 7.5 tonnes. how many pounds is 7.5 tonnes",
    dec("7.5") * 1000 / LB,
)
unit_r(
    POST,
    "parcel for Baltasound weighs 4 lb 11 oz. what is that in grams",
    (4 * LB + 11 * OZ) * 1000,
)
unit_r(
    DODGEM,
    "dodgem cars top out at 12 km/h, how fast is that in mph",
    12 * KMH / MPH,
)
unit_r(
    MONK,
    "the beeswax for the chapel candles comes in 25 kg blocks. how many pounds in a block",
    25 / LB,
)
unit_r(
    WWOOF,
    "the gold kiwifruit block is 4.6 hectares. in acres?",
    dec("4.6") * 10000 / ACRE,
)
unit_r(
    MAJORETTE,
    "the carnival parade route is 2.4 miles. what's that in kilometres",
    dec("2.4") * MI / 1000,
)
unit_r(
    KOYA,
    "the cable car up to Koyasan climbs 328 metres. in feet?",
    328 / FT,
)
unit_r(
    HERMIT,
    "tide table says high water 4.7 m but my old chart's soundings are in feet, convert please",
    dec("4.7") / FT,
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


def utc_minutes(start, start_zone, end, end_zone):
    """Minutes from one local wall-clock time to another, each in its own zone, via UTC."""
    a = DT.fromisoformat(start).replace(tzinfo=ZoneInfo(start_zone))
    b = DT.fromisoformat(end).replace(tzinfo=ZoneInfo(end_zone))
    utc = ZoneInfo("Etc/UTC")
    span = b.astimezone(utc) - a.astimezone(utc)
    assert span.total_seconds() % 60 == 0
    return F(int(span.total_seconds()) // 60)


def working_day_after(start, n):
    """The n-th Monday-to-Friday day after start (start itself not counted)."""
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def working_day_counting(start, n):
    """The n-th Monday-to-Friday day counting start itself as the first."""
    assert start.weekday() < SAT
    return working_day_after(start, n - 1)


# plain one-line questions
date_item(
    P,
    "the berlin wall fell on 9 November 1989, which day of the week was that",
    weekday(D(1989, 11, 9)),
)
date_item(
    P,
    "how many days separate 7 April 2026 and 23 November 2026",
    days(D(2026, 4, 7), D(2026, 11, 23)),
)
date_item(P, "what's the date 100 days after 20 December 2027", D(2027, 12, 20) + TD(days=100))
date_item(P, "christmas 2031 (25 December) lands on which day", weekday(D(2031, 12, 25)))
date_item(
    P,
    "how many weeks from 6 January 2029 to 31 March 2029",
    weeks(D(2029, 1, 6), D(2029, 3, 31)),
)
date_item(P, "date 90 days before 1 March 2028", D(2028, 3, 1) - TD(days=90))
date_item(
    P,
    "someone born on 29 February 2004, how old are they on 28 February 2030",
    age(D(2004, 2, 29), D(2030, 2, 28)),
)
date_item(P, "minutes from 22:40 to 06:15 the next morning", clock_span("22:40", "06:15", 60))
date_item(P, "6 weeks after January 27, 2030 is what date", D(2030, 1, 27) + TD(weeks=6))
date_item(P, "how many days are there in the year 2100", days(D(2100, 1, 1), D(2101, 1, 1)))
_june_weekdays = sum(1 for k in range(1, 31) if D(2027, 6, k).weekday() < SAT)
date_item(
    P,
    "how many Monday-to-Friday days are there in June 2027, counting the 1st and the 30th",
    _june_weekdays,
)
date_item(P, "date of the third thursday in november 2029", nth_weekday(2029, 11, THU, 3))
date_item(
    P,
    "hours from 9am on 10 October 2026 to 3pm on 14 October 2026",
    F(int((DT(2026, 10, 14, 15) - DT(2026, 10, 10, 9)).total_seconds()), 3600),
)
date_item(P, "what day is 01/01/2040 (DD/MM/YYYY)", weekday(D(2040, 1, 1)))

# registers
_show = D(2027, 9, 11)
date_item(
    MARROW,
    f"sowed the marrow seed on 18 April 2027 and the show is on {sayw(_show)}. how many days "
    "from sowing to show day",
    days(D(2027, 4, 18), _show),
)
date_item(
    QUIZ,
    "tie-breaker I'm setting: what day of the week was 20 July 1969? want to be sure of it",
    weekday(D(1969, 7, 20)),
)
_perth = "2027-10-10T06:00"
date_item(
    NULLARBOR,
    "flying back across after the ride: leaves Perth 06:00 on 10 October 2027 Perth time, "
    "lands Adelaide 11:25 Adelaide time. how many minutes is the flight",
    utc_minutes(_perth, "Australia/Perth", "2027-10-10T11:25", "Australia/Adelaide"),
)
_norseman = D(2027, 9, 5)
date_item(
    NULLARBOR,
    f"I set off from Norseman on {sayw(_norseman)} and plan to ride 13 days in a row, the "
    "first day counting as day 1. what date is day 13",
    _norseman + TD(days=12),
)
_visit1 = D(2027, 3, 8)
assert _visit1.weekday() == MON
date_item(
    BADGER,
    f"first survey visit was {sayw(_visit1)}; the second has to be at least 21 days later. "
    "earliest date for visit two",
    _visit1 + TD(days=21),
)
date_item(
    VAULT,
    "flight to the indoor meet leaves Manchester at 10:35 on 14 February 2027 and lands in "
    "Boston at 13:20 local time. how long is that in minutes",
    utc_minutes("2027-02-14T10:35", "Europe/London", "2027-02-14T13:20", "America/New_York"),
)
date_item(
    DARJ,
    "first flush plucking ran from 12 March 2027 to 24 April 2027. how many days is that, "
    "counting both the first and last day",
    days(D(2027, 3, 12), D(2027, 4, 24)) + 1,
)
_dropped = D(2027, 11, 19)
date_item(
    WATCH,
    f"customer left the watch on {sayw(_dropped)} and I quoted 15 working days (Mon-Fri, not "
    "counting the drop-off day). which date can they collect it",
    working_day_after(_dropped, 15),
)
date_item(
    WATCH,
    "the case is engraved 'presented 1 March 1912'. what weekday was that",
    weekday(D(1912, 3, 1)),
)
date_item(
    COMIC,
    "my set finishes at 23:35 and the last train home is at 00:52. how many minutes have I got",
    clock_span("23:35", "00:52", 60),
)
_cut = D(2025, 12, 2)
date_item(
    BOWYER,
    "this yew stave was cut on 2 December 2025 and I let them season for at least 730 days. "
    "first date I can start working it",
    _cut + TD(days=730),
)
_start, _launch = D(2027, 1, 9), D(2027, 6, 5)
date_item(
    CLINKER,
    f"I started stripping the dinghy on {sayw(_start)} and she's launched on {sayw(_launch)}. "
    "how many weeks is that",
    weeks(_start, _launch),
)
date_item(
    FELUCCA,
    "a passenger's flight leaves Aswan at 09:15 local on 4 March 2027 and lands at London "
    "Heathrow at 13:40 local. flight time in minutes?",
    utc_minutes("2027-03-04T09:15", "Africa/Cairo", "2027-03-04T13:40", "Europe/London"),
)
date_item(
    RAMADAN,
    "if our first fast is on 28 January 2028 and we fast 30 days, what date is Eid (the day "
    "after the last fast)",
    D(2028, 1, 28) + TD(days=30),
)
date_item(
    RAMADAN,
    "iftar at 19:58, suhoor ends at 04:12 the next morning. how many minutes between them",
    clock_span("19:58", "04:12", 60),
)
date_item(
    GIRAFFE,
    "giraffe gestation is about 453 days. mating seen on 30 April 2026, expected calving date?",
    D(2026, 4, 30) + TD(days=453),
)
_trek = D(2027, 7, 8)
date_item(
    ICEHORSE,
    f"the highland trek leaves on {sayw(_trek)} and we sleep 6 nights out on the trail. what "
    "day of the week do we ride back in",
    weekday(_trek + TD(days=6)),
)
date_item(
    ICEHORSE,
    "my flight home leaves Keflavik 16:40 on 15 June 2027 and arrives at JFK 18:35 New York "
    "time. minutes in the air?",
    utc_minutes("2027-06-15T16:40", "Atlantic/Reykjavik", "2027-06-15T18:35", "America/New_York"),
)
date_item(
    CASHEW,
    "container leaves Mormugao on 17 November 2027 and the sailing to Rotterdam takes 38 days. "
    "arrival date",
    D(2027, 11, 17) + TD(days=38),
)
date_item(
    EMU,
    "emu eggs take 52 days. I set them in the incubator on 28 June 2027, when should they hatch",
    D(2027, 6, 28) + TD(days=52),
)
_feb_readings = days(D(2028, 2, 1), D(2028, 3, 1)) * 24 * 6
date_item(
    WX,
    "the logger takes a reading every 10 minutes, from 00:00 on 1 February 2028 up to and "
    "including 23:50 on 29 February 2028. how many readings is that",
    _feb_readings,
)
_bin1 = D(2027, 1, 5)
assert _bin1.weekday() == TUE
date_item(
    BIN,
    f"green bins go every other Tuesday and the first collection is {sayw(_bin1)}. what's "
    "the date of the 10th collection",
    _bin1 + TD(days=14 * 9),
)
_leave1, _leave2 = D(2027, 12, 23), D(2028, 1, 3)
date_item(
    POST,
    f"my leave runs from {sayw(_leave1)} to {sayw(_leave2)}, both days included. how many days "
    "off is that",
    days(_leave1, _leave2) + 1,
)
_posted = D(2027, 12, 20)
_no_post = {D(2027, 12, 27), D(2027, 12, 28)}
_d, _n = _posted, 5
while _n:
    _d += TD(days=1)
    if _d.weekday() < SAT and _d not in _no_post:
        _n -= 1
_arrive_unst = _d
date_item(
    POST,
    f"parcel posted {sayw(_posted)} takes 5 delivery days to Unst, not counting the day it's "
    "posted. no deliveries at weekends or on 27 and 28 December 2027. what date does it arrive",
    _arrive_unst,
)
_fair1, _fair2 = D(2027, 4, 2), D(2027, 4, 11)
_open = sum(1 for k in range(days(_fair1, _fair2) + 1) if (_fair1 + TD(days=k)).weekday() != MON)
date_item(
    DODGEM,
    f"the fair's on the common from {sayw(_fair1)} to {sayw(_fair2)}, shut on Mondays. how "
    "many days are we open",
    _open,
)
date_item(
    MONK,
    "Brother Anselm was born on 2 February 1951 and took his solemn vows on 15 August 1974. "
    "how old was he that day",
    age(D(1951, 2, 2), D(1974, 8, 15)),
)
date_item(
    WWOOF,
    "my visa allows 90 days counting the day I land. I arrived 17 December 2026, what's the "
    "last day I can be in the country",
    D(2026, 12, 17) + TD(days=89),
)
_comp, _first = D(2028, 3, 4), D(2028, 1, 11)
assert _first.weekday() == TUE
_practices = sum(
    1 for k in range(days(_first, _comp)) if (_first + TD(days=k)).weekday() in (TUE, THU)
)
date_item(
    MAJORETTE,
    f"we practise every Tuesday and Thursday starting {sayw(_first)} and the competition is "
    f"{sayw(_comp)}. how many practices do we get in before it",
    _practices,
)
date_item(
    KOYA,
    "flying home from Kansai at 11:05 on 12 November 2027, landing Frankfurt 16:30 local. how "
    "many minutes is the flight",
    utc_minutes("2027-11-12T11:05", "Asia/Tokyo", "2027-11-12T16:30", "Europe/Berlin"),
)
date_item(
    KOYA,
    "checking in at the temple on 28 October 2027 and out on 2 November 2027, how many nights",
    days(D(2027, 10, 28), D(2027, 11, 2)),
)
_boat = D(2027, 11, 3)
date_item(
    HERMIT,
    f"the supply boat came {sayw(_boat)} and runs every 3 weeks. date of the 4th boat after "
    "that one",
    _boat + TD(weeks=12),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


CONVS = [
    (
        "conv-defined-operator",
        [
            (U, "for this puzzle, a ◇ b means a squared minus b, and it groups right to left"),
            (A, "Got it: a ◇ b = a² − b, grouped from the right."),
            (U, "so 3 ◇ 2 ◇ 5"),
        ],
        "the operator and its grouping were defined in an earlier turn",
    ),
    (
        "conv-base-seven",
        [
            (S, "The user is practising arithmetic in base 7. Answer in base 7."),
            (U, "ok first one: 46 + 35"),
        ],
        "the system turn puts the numbers in base 7",
    ),
    (
        "conv-modulus",
        [
            (U, "we're doing arithmetic modulo 11 in my number theory class"),
            (A, "Sure, every result is reduced mod 11."),
            (U, "what's 8 × 9 then"),
        ],
        "the modulus comes from the earlier turn",
    ),
    (
        "conv-fantasy-calendar",
        [
            (
                U,
                (
                    "in my novel's world the year has 8 months of 45 days: Thaw, Seedfall, "
                    "Brightmoor, Highsun, Amberwane, Reaping, Frostfall, Longdark"
                ),
            ),
            (A, "Lovely, that's a 360-day year. Happy to help keep dates consistent."),
            (U, "how many days from 12 Brightmoor to 3 Reaping"),
        ],
        "an invented calendar defined earlier in the chat",
    ),
    (
        "conv-game-currency",
        [
            (U, "in the game I'm designing, 1 crown = 12 marks and 1 mark = 20 pips"),
            (A, "Noted: 1 crown = 240 pips."),
            (U, "a sword costs 3 crowns 7 marks. how many pips is that"),
        ],
        "made-up currency units from an earlier turn",
    ),
    (
        "conv-javascript-float",
        [
            (U, "I'm debugging some JavaScript in the console"),
            (A, "Sure, paste what you're seeing."),
            (U, "what does 0.1 + 0.2 === 0.3 give"),
        ],
        "asks about JavaScript floating-point semantics, not the arithmetic",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "quick one about python 3 integer maths, I'm porting some C"),
            (A, "Go ahead."),
            (U, "what do -17 // 5 and -17 % 5 come out as there"),
        ],
        "Python's floor division and modulo rules for negatives",
    ),
    (
        "conv-rent-split",
        [
            (
                U,
                (
                    "me and my flatmate agreed I pay 60% of the rent because I have the big "
                    "room, but utilities we split down the middle"
                ),
            ),
            (A, "Makes sense — 60/40 on rent, 50/50 on utilities."),
            (U, "rent's £1,450 and utilities came to £236 this month. what do I owe"),
        ],
        "the split was told in an earlier turn",
    ),
    (
        "conv-exchange-rate-given",
        [
            (U, "let's use 1 euro = 1.09 dollars for all the budgeting today"),
            (A, "Okay, I'll use 1.09 USD per EUR."),
            (U, "so the hotel at 245 euros a night for 4 nights is how much"),
        ],
        "relies on a rate fixed earlier in the conversation",
    ),
    (
        "conv-fiscal-quarter",
        [
            (S, "You are an assistant for a charity whose financial year starts on 1 July."),
            (U, "which quarter is 15 February 2027 in for us"),
        ],
        "the financial-year start comes from the system turn",
    ),
    (
        "conv-custom-week-numbers",
        [
            (
                U,
                (
                    "at my company week 1 is the week containing the first Sunday of the year, "
                    "and weeks run Sunday to Saturday"
                ),
            ),
            (A, "Understood, Sunday-start weeks anchored on the first Sunday."),
            (U, "what week number is 10 March 2027 then"),
        ],
        "a house week-numbering rule from an earlier turn",
    ),
    (
        "conv-apollo-duration",
        [
            (U, "I'm doing a school project on Apollo 11"),
            (A, "Great topic! What would you like to know?"),
            (U, "how many days was the whole mission from launch to splashdown"),
        ],
        "needs historical facts about the mission",
    ),
    (
        "conv-knitting-gauge",
        [
            (U, "my swatch came out at 22 stitches and 30 rows to 10 cm"),
            (A, "Thanks, that's a fairly standard DK gauge."),
            (U, "how many do I cast on for a 54 cm hat brim"),
        ],
        "depends on the gauge given before and on knitting judgement (ease, ribbing multiple)",
    ),
    (
        "conv-cribbage-hand",
        [
            (U, "playing cribbage with my grandad"),
            (A, "Fun! Want help counting hands?"),
            (
                U,
                "I've got 5, 5, 10 and jack of hearts, starter is the 5 of hearts. points?",
            ),
        ],
        "scoring needs the rules of cribbage",
    ),
    (
        "conv-bowling-frames",
        [
            (
                U,
                "ten-pin scorecard help: frames were X, 7/, 9-, X, X, 8/, 6-, X, 9/, X 7 2",
            ),
            (A, "I can total that for you."),
            (U, "go on then, what's the final score"),
        ],
        "ten-pin scoring rules for strikes and spares",
    ),
    (
        "conv-transpose-key",
        [
            (U, "my singer wants the song lower"),
            (A, "How much lower, and what key is it in now?"),
            (U, "it's in B flat, take it down a minor third. what's the new key"),
        ],
        "music theory, not arithmetic",
    ),
    (
        "conv-hex-chat",
        [
            (U, "all numbers I give you from now on are hexadecimal"),
            (A, "Okay, I'll read them as hex."),
            (U, "ff + 1c"),
        ],
        "the base was set in an earlier turn",
    ),
    (
        "conv-dog-years-rule",
        [
            (
                U,
                "our vet uses: first dog year = 15 human years, second = 9, every one after = 5",
            ),
            (A, "Okay, I'll use that rule."),
            (U, "so our lab who's 7 is how old in human terms"),
        ],
        "uses a conversion rule supplied earlier",
    ),
    (
        "conv-grading-curve",
        [
            (
                U,
                "I'm curving my class: everyone gets the square root of their raw score times 10",
            ),
            (A, "Classic curve. Send me the scores."),
            (U, "she got 64"),
        ],
        "the scoring formula and the student come from earlier turns",
    ),
    (
        "conv-recipe-scale",
        [
            (U, "this bread recipe makes two loaves and wants 7 g of yeast"),
            (A, "Standard enough. What would you like to change?"),
            (U, "how much for three loaves with a long cold overnight prove"),
        ],
        "scaling plus baking judgement on yeast for a cold prove",
    ),
    (
        "conv-oven-fan",
        [
            (U, "recipe says 200 degrees but my oven is a fan oven"),
            (A, "Fan ovens usually run hotter than the dial."),
            (U, "so what should I set it to"),
        ],
        "cooking advice, the reduction is a convention not a conversion",
    ),
    (
        "conv-dnd-loot",
        [
            (U, "running a D&D 5e game, the party found 3 pp, 47 gp and 130 sp"),
            (A, "Nice haul. Want it split?"),
            (U, "split it between 4 players, in gold"),
        ],
        "needs the game's coin exchange rates",
    ),
    (
        "conv-shire-reckoning",
        [
            (U, "my hobbit fan fic uses Shire Reckoning for every date, bear with me"),
            (A, "Great, the Shire Calendar has 12 months of 30 days plus special days."),
            (U, "Bilbo leaves on 1 Afteryule and comes home on 1 Rethe, how many days away"),
        ],
        "needs knowledge of a fictional calendar",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "scoring our village match, we're on 187 after 31.4 overs"),
            (A, "Good going. What do you need?"),
            (U, "what's our run rate"),
        ],
        "overs notation (31.4 means 31 overs 4 balls) and the score come from context",
    ),
    (
        "conv-stableford",
        [
            (U, "I play off 14 and the 7th is a par 4, stroke index 5"),
            (A, "So you get a shot there."),
            (U, "I took 6 on it, how many stableford points"),
        ],
        "golf scoring rules with handicap strokes",
    ),
    (
        "conv-followup-pronoun",
        [
            (U, "my flight lands in Singapore at 6am local"),
            (A, "Okay, do you need help planning around that?"),
            (U, "and what time will it be for my mum in Toronto then"),
        ],
        "the date and time live only in the earlier turn; the date isn't even given",
    ),
    (
        "conv-roman-chapter",
        [
            (U, "my dissertation numbers chapters with roman numerals and sections like II.3.b"),
            (A, "Okay."),
            (U, "what comes after IX.4.z"),
        ],
        "a house numbering scheme, not arithmetic",
    ),
    (
        "conv-team-rota",
        [
            (U, "our rota: Ana, Ben, Cai, Dee take turns on call, one week each in that order"),
            (A, "Got it, a four-week cycle."),
            (U, "Ana has week 1. who's on call in week 23"),
        ],
        "the rota was defined in an earlier turn",
    ),
    (
        "conv-octal-permissions",
        [
            (U, "working on linux file permissions"),
            (A, "Sure, what do you need?"),
            (U, "what's 755 minus 022"),
        ],
        "in context these are octal permission bits (a umask), not decimal numbers",
    ),
    (
        "conv-excel-dates",
        [
            (U, "I've got a column of Excel serial numbers"),
            (A, "Those count days from Excel's epoch."),
            (U, "what's 46000 as a date"),
        ],
        "needs Excel's 1900 date system, including its leap-year bug",
    ),
    (
        "conv-tax-bands",
        [
            (U, "I'm a basic-rate taxpayer in Scotland"),
            (A, "Scotland has its own income tax bands."),
            (U, "how much tax on a £2,000 bonus"),
        ],
        "needs current Scottish tax bands and personal circumstances",
    ),
    (
        "conv-metronome-swing",
        [
            (U, "the tune is a swing at crotchet = 168"),
            (A, "That's a brisk swing tempo."),
            (U, "how long is each swung quaver then, in milliseconds"),
        ],
        "swing ratios are a stylistic choice, not a fixed arithmetic",
    ),
    (
        "conv-persona-age",
        [
            (S, "You are role-playing Captain Mira Vance, born on Titan in 2281."),
            (U, "captain, how old were you when you first took command"),
        ],
        "answer comes from the role-play, not from any date",
    ),
    (
        "conv-sudoku-cell",
        [
            (U, "row 4 of my sudoku has 3, 7, 1, 9, 5 and 8 filled in"),
            (A, "So 2, 4 and 6 are missing."),
            (U, "column 2 already has a 4 and a 6, and r4c2 is empty. what goes there"),
        ],
        "a puzzle deduction built up over the turns",
    ),
    (
        "conv-weighted-grade",
        [
            (
                U,
                (
                    "my module is 40% coursework and 60% exam, and you need 40 overall and at "
                    "least 35 in the exam to pass"
                ),
            ),
            (A, "Okay, what did you get in the coursework?"),
            (U, "62. what's the lowest exam mark that passes me"),
        ],
        "weights and pass rules come from the earlier turn",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone-number", "is 0161 496 0732 a manchester number", "a phone number, not a sum"),
    (
        "near-isbn",
        "found a paperback on the bus, ISBN 978-0-571-33528-9, any idea what it is",
        "an identifier lookup needing bibliographic knowledge",
    ),
    (
        "near-version",
        "upgrading from node 18 to 22, what breaks",
        "version numbers, the question is about software changes",
    ),
    ("near-score", "the final was 4-2 after extra time, who scored the winner", "a match score"),
    (
        "near-blood-pressure",
        "my blood pressure was 148/96 at the pharmacy, should I worry",
        "a medical reading needing advice",
    ),
    (
        "near-part-number",
        "what size is a 6204-2RS bearing",
        "a part number; needs catalogue knowledge",
    ),
    (
        "near-sunset",
        "what time is sunset in Tromsø on 21 June 2027",
        "astronomy facts (midnight sun), not date arithmetic",
    ),
    (
        "near-rule-of-72",
        "why does the rule of 72 work for doubling money",
        "an explanation about numbers",
    ),
    (
        "near-point-nine-recurring",
        "explain why 0.999 recurring equals 1, my son doesn't believe me",
        "a mathematical explanation",
    ),
    (
        "near-shoe-size",
        "I'm a UK 7 in shoes, what's that in US women's",
        "clothing sizes differ by brand and system, no exact conversion",
    ),
    (
        "near-route-length",
        "how far is it from Lands End to John o Groats by road",
        "geographic fact",
    ),
    (
        "near-exchange-live",
        "how many yen is £500 at the moment",
        "needs a live exchange rate",
    ),
    (
        "near-credit-score",
        "is 742 a good credit score in the US",
        "an opinion about a score",
    ),
    (
        "near-covid-gap",
        "how many weeks should I leave between a flu jab and a covid booster",
        "medical guidance",
    ),
    (
        "near-tv-resolution",
        "what does 2160p actually mean and is it worth it on a 43 inch telly",
        "an explanation plus advice",
    ),
    ("near-sat-score", "is 1380 on the SAT enough for Michigan", "admissions judgement"),
    (
        "near-http-code",
        "difference between a 502 and a 504 error",
        "status codes, not numbers to compute",
    ),
    (
        "near-motor-oil",
        "can I use 5w-40 instead of 5w-30 in a 2016 golf",
        "oil grades look numeric; needs car knowledge",
    ),
    ("near-bible-ref", "what does Psalm 46:10 say", "a verse reference, not a ratio"),
    (
        "near-ratio-advice",
        "best coffee to water ratio for a v60",
        "a taste question, no single exact answer",
    ),
    (
        "near-radio-code",
        "trucker in an old film says 10-4 good buddy, what does that mean",
        "a code, not a subtraction",
    ),
    (
        "near-paper-size",
        "should I print my CV on A4 or letter if I'm applying to a firm in Toronto",
        "advice about paper sizes",
    ),
    (
        "near-budget-rule",
        "is the 50/30/20 budget rule realistic on £24k a year in London",
        "an opinion about a budgeting rule",
    ),
    (
        "near-population",
        "population of Reykjavik compared with Cardiff",
        "facts a calculator doesn't have",
    ),
    (
        "near-historic-year",
        "in what year did the Tay Bridge collapse",
        "a historical fact",
    ),
    (
        "near-flight-duration-typical",
        "how long is a direct flight from Heathrow to Singapore usually",
        "needs schedule knowledge",
    ),
    (
        "near-egg-timing",
        "how many minutes for a soft boiled egg with a runny yolk",
        "cooking advice",
    ),
    (
        "near-arizona-clocks",
        "does Arizona change its clocks in summer",
        "time-zone facts, not a conversion",
    ),
    (
        "near-invoice-terms",
        "what does net 30 EOM mean on an invoice",
        "terminology explanation",
    ),
    ("near-diet-name", "is the 16:8 fasting thing actually healthy", "health opinion"),
    (
        "near-backup-rule",
        "explain the 3-2-1 backup rule like I'm five",
        "an explanation of a named rule",
    ),
    ("near-e-number", "is E211 bad for you", "food additive code, not a number"),
    (
        "near-road-name",
        "what's the quickest way round the M60 at rush hour",
        "a road name and travel advice",
    ),
    (
        "near-degree-class",
        "does a 2:2 stop me getting onto a grad scheme",
        "degree classification and careers advice",
    ),
    (
        "near-steps-origin",
        "where did the 10,000 steps a day figure come from",
        "history of a number",
    ),
    (
        "near-birthday-paradox",
        "why is the birthday paradox so counterintuitive",
        "explanation rather than computation",
    ),
    (
        "near-lucky-number",
        "why is 8 considered lucky in China",
        "cultural knowledge",
    ),
    (
        "near-googol",
        "is a googol bigger than the number of atoms in the universe",
        "needs physical estimates",
    ),
    (
        "near-bitcoin",
        "what's one bitcoin worth in dollars",
        "needs a live price",
    ),
    (
        "near-round-half",
        "should a school report round 2.5 up to 3 or to the even number",
        "a convention and judgement question",
    ),
    (
        "near-film-title",
        "what's 2001: A Space Odyssey actually about",
        "a film title with numbers",
    ),
    (
        "near-zero-even",
        "is zero even or odd and why do people argue about it",
        "a conceptual explanation",
    ),
    (
        "near-postcode",
        "which part of London is SE22",
        "a postcode, not arithmetic",
    ),
    (
        "near-flight-number",
        "BA 283 departs from which terminal",
        "a flight number needing schedule facts",
    ),
    (
        "near-version-compare",
        "is python 3.9 still getting security fixes",
        "version support policy facts",
    ),
    (
        "near-tyre-code",
        "what does 205/55 R16 91V mean on my tyre",
        "a tyre code explained, not a division",
    ),
    (
        "near-probability-opinion",
        "if I've lost 9 coin tosses in a row am I due a win",
        "a misconception to explain (gambler's fallacy)",
    ),
    (
        "near-speed-limit",
        "what's the speed limit on a single carriageway in France",
        "traffic law fact",
    ),
    (
        "near-interest-advice",
        "is 4.2% fixed for five years a good mortgage deal",
        "financial judgement",
    ),
    (
        "near-caffeine",
        "how much caffeine is in a double espresso",
        "a nutrition fact that varies",
    ),
    (
        "near-atomic-mass",
        "what's the molar mass of caffeine",
        "needs chemistry facts before any arithmetic",
    ),
    (
        "near-distance-moon",
        "how far away is the moon right now",
        "needs ephemeris data",
    ),
    (
        "near-tennis-score",
        "why does tennis go 15, 30, 40 instead of 45",
        "history of a scoring system",
    ),
    (
        "near-grid-ref",
        "where is grid reference NY 215 072",
        "a map reference needing geographic knowledge",
    ),
    (
        "near-chmod",
        "what does chmod 640 on my ssh config actually allow",
        "permission digits, not a number",
    ),
    (
        "near-inflation-history",
        "what would £100 in 1970 be worth now",
        "needs historical inflation data",
    ),
    (
        "near-age-limit",
        "how old do you have to be to hire a car in Spain",
        "a rules/policy fact",
    ),
    (
        "near-bmi-opinion",
        "my BMI is 27, is that actually a problem if I lift weights",
        "health judgement",
    ),
    (
        "near-iq",
        "what does an IQ of 115 mean",
        "interpretation of a score",
    ),
    (
        "near-percent-claim",
        "is it true we only use 10% of our brains",
        "a claim to evaluate",
    ),
    (
        "near-time-signature",
        "how do you count a 7/8 bar",
        "a time signature, not a fraction",
    ),
    (
        "near-gear-ratio",
        "should I go 50/34 or 52/36 chainrings for hilly sportives",
        "cycling advice with ratios",
    ),
    (
        "near-date-history",
        "what happened on 14 October 1066",
        "history, not a date calculation",
    ),
    (
        "near-bus-number",
        "does the 38 bus go past the British Museum",
        "a route number needing transit knowledge",
    ),
    (
        "near-unit-opinion",
        "why does the US still use fahrenheit",
        "history/opinion about units",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short toast for my sister's wedding, she's a marine biologist",
        "help me word an email asking my landlord to fix the boiler without sounding rude",
        "give me a limerick about a cat who hates mondays",
        "rewrite this to sound more confident: I was maybe thinking I could possibly lead it",
        "draft a resignation letter, six years at the company and leaving on good terms",
        "write a haiku about fog on the river",
        "can you make my LinkedIn summary less cringe",
        "write a bedtime story about a hedgehog who's scared of the dark",
        "suggest a title for my blog post about learning to swim at 40",
        "write a polite complaint to a train company about a cancelled service",
    ],
    "coding": [
        "how do I reverse a linked list in rust",
        "my react useEffect fires twice on mount but only in development, is that a bug",
        "explain what a mutex is with a simple example",
        "bash one-liner to list everything over 100MB under my home dir, biggest first",
        "what's the difference between git rebase and git merge",
        "how do I read a CSV in pandas and skip the first two rows",
        "my docker container exits immediately, how do I debug it",
        "explain big O notation without maths jargon",
        "convert this python loop to a list comprehension: for x in xs: if x>0: out.append(x*2)",
        "what is dependency injection and do I need it in a small flask app",
    ],
    "cooking": [
        "what can I make with leftover rice, eggs and frozen peas",
        "my risotto always turns gluey instead of creamy, what am I doing wrong",
        "vegetarian main for a dinner party that isn't mushroom risotto",
        "why did my sourdough come out flat",
        "no meat thermometer in this rented kitchen, how do I tell a ribeye is medium rare",
        "good side dishes for a roast lamb",
        "thawed chicken thighs in the fridge then plans changed, can they go back in the freezer",
        "easy pudding for eight people that I can make the day before",
    ],
    "travel": [
        "three days in Lisbon, what shouldn't I miss",
        "is it worth getting a rail pass for two weeks in Japan",
        "what should I pack for a walking holiday in the Lake District in October",
        "getting from Naples airport to Positano with two big suitcases and no car, options?",
        "flying to Perth with a two year old, how do we survive 17 hours",
        "which Greek island is quietest in early June",
        "do I need a visa to visit Vietnam on a British passport",
        "suggest a scenic road trip route in the Scottish Highlands",
    ],
    "health": [
        "how can I get better at falling asleep",
        "desk job is wrecking my lower back, any stretches I can do at lunch",
        "felt woozy for an hour after donating plasma, is that normal",
        "how do I tell the difference between being tired and actually burning out",
        "how do I start running if I've never done it",
        "antihistamines aren't touching my hay fever this year, what else can I try",
    ],
    "language": [
        "proofreading my dissertation and tripping over affect versus effect, any rule of thumb",
        "how do you say 'could I have the bill please' in Italian",
        "is it 'different from' or 'different than'",
        "when do I need the subjunctive after 'espero que' and friends, keep it simple",
        "translate 'the early bird catches the worm' into German",
        "what does 'schadenfreude' mean and is there an English equivalent",
        "when do I use 'who' versus 'whom'",
    ],
    "advice": [
        "my flatmate never does the washing up, how do I bring it up",
        "how do I ask for a pay rise when my boss keeps cancelling our one-to-ones",
        "should I tell my friend her boyfriend is cheating",
        "how to make friends after moving to a new city in your thirties",
        "tips for a first job interview in a restaurant",
        "how do I say no to extra work without seeming lazy",
        "my teenager won't talk to me, what can I do",
        "how should I prepare for a difficult conversation with my manager",
    ],
    "explain": [
        "how do vaccines work",
        "my six year old asked why the sky is blue and I froze, help me explain it",
        "explain inflation to a twelve-year-old",
        "how does a heat pump work",
        "what makes the northern lights mostly green and sometimes red",
        "why do we bother with leap years, couldn't we just let the calendar drift",
        "what is quantitative easing",
        "how do noise-cancelling headphones work",
        "my uncle says a cold winter disproves climate change, how do I explain weather v climate",
        "do cats only purr when they're happy? mine purrs at the vet",
    ],
    "recommendations": [
        "recommend a few novels like 'The Remains of the Day'",
        "good podcasts about history for a long drive",
        "board games for four adults that aren't too long",
        "films for a rainy sunday with grandparents",
        "what houseplants survive in a dark bathroom",
        "a beginner's telescope for looking at planets",
        "albums to get into jazz",
    ],
    "creative": [
        "give me ideas for a 40th birthday party theme",
        "names for a bakery run by two sisters",
        "plot twist ideas for a murder mystery set on a ferry",
        "fun team-building activities for a remote team",
        "ideas for a school science fair project about plants",
        "a riddle for a treasure hunt clue hidden in a fridge",
    ],
    "summaries": [
        "summarise the plot of Middlemarch in a paragraph",
        "what were the main causes of the First World War",
        "give me the gist of stoicism",
        "what's the story of the Odyssey in a few sentences",
        "summarise the arguments for and against a four-day working week",
    ],
    "home": [
        "the top of my bedroom radiator is cold but the bottom is hot, what do I do",
        "get rid of black mould in the bathroom sealant",
        "how to unblock a kitchen sink without chemicals",
        "what's the best way to paint over wallpaper",
        "how do I stop my front door sticking in winter",
        "is it worth insulating my loft myself",
    ],
    "pets": [
        "my dog keeps eating grass, should I be worried",
        "how do I introduce a new kitten to an older cat",
        "what vegetables can rabbits eat",
        "how often should I clean a hamster cage",
    ],
    "misc": [
        "tell me a joke about accountants",
        "what are some good questions to ask on a first date",
        "how do I get red wine out of a carpet",
        "what should I name my sourdough starter",
        "help me plan a surprise for my parents' anniversary",
    ],
}
for fam, qs in ORDINARY.items():
    for q in qs:
        neg(fam, q)


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
    # no register (family name) of this set is a family name of sets 19 to 166
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 166: {reused}"
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
