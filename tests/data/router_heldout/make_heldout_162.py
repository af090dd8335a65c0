"""Generate heldout-2027-05-14.jsonl: a hundred-and-sixty-second held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_162.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-161, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
Fraction and Decimal arithmetic for the calculator (whole_up/floor/ceil where whole items or
part-hours are asked for), exact unit constants (international inch, pound, mile, acre, knot,
standard gravity) for the units with unit(..., EXACT) for terminating answers and unit_r for
rounded ones, and datetime/zoneinfo for the dates (utc_minutes for flights between zones,
working_day_after for working days, age() for ages, clock_span across midnight); weekdays
written next to dates are generated with sayw().

Provenance
----------
Read: this file (cat of the whole generator with its set-up, helpers, checks and output code),
grading.py (cat), and earlier_registers.txt (its first 30 lines with head, then only grep -c
counts of candidate words, grep -x of my 25 chosen names against it, and three grep -E runs
that printed 28 earlier register names matching some of my words). Nothing under /work/main
or /work/shared was read; no earlier set's questions were printed, grepped or viewed.
Wrote: the four sections by hand in scratch files under /tmp, spliced them in with a short
python script, then reworded the 19 items the duplicate check flagged (by id only) and
wrapped long strings; every expected value is an expression in the code, none typed in.
Checked: /work/main/.venv/bin/python make_heldout_162.py until it passed; ruff check (with
--fix --unsafe-fixes for four implicit string concatenations, which it wrapped in
parentheses) and ruff format with --config /work/main/pyproject.toml; a scan for lines over
99 columns; a print of this set's own positives with their expected values to review them;
then the generator again.
Slips: at the start I printed the first 5 lines of /work/.library/search/README.md (the
description of a search tool), which is outside the three files the brief allows; it has
nothing to do with the router or earlier sets. Nothing else.
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
OUT = HERE / "heldout-2027-05-14.jsonl"
PREFIX = "ho162-"
# earlier generators: sets 1-161 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 162))
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


YODEL = "yodelling_teacher_in_an_alpine_village"
LEECH = "medicinal_leech_breeder_supplying_hospitals"
FRESCO = "fresco_restorer_on_chapel_scaffolding"
ESCAL = "escalator_engineer_on_a_metro_night_shutdown"
OUTRIG = "outrigger_canoe_club_captain_in_hawaii"
SMOKE = "smokejumper_at_a_backcountry_fire_base"
STORM = "storm_chaser_tour_driver_on_the_plains"
PERMA = "permafrost_researcher_on_svalbard"
FIREB = "fire_breather_at_a_street_festival"
EMBALM = "embalmer_at_a_family_undertakers"
PAN = "steel_band_pannist_in_trinidad"
ABSIN = "absinthe_distiller_in_the_val_de_travers"
HAMMOCK = "hammock_weaver_in_yucatan"
LUGE = "luge_athlete_at_a_winter_training_camp"
GYRO = "autogyro_pilot_on_a_cross_country_hop"
SPEAR = "spearfisher_off_a_mediterranean_island"
HERBAL = "herbalist_blending_tinctures"
GAUCHO = "gaucho_droving_cattle_on_the_pampas"
INDIGO = "indigo_dyer_in_a_village_cooperative"
ANTLER = "antler_button_carver_in_lapland"
CHAUF = "chauffeur_for_a_wedding_car_firm"
MASCOT = "mascot_performer_at_a_ballpark"
BUOY = "buoy_tender_deckhand_on_a_coastal_ship"
DIALECT = "dialect_coach_preparing_an_actor"
SANDB = "sandboarding_guide_in_namibia"

calc(P, "whats 17.5% of £2,340", pct("17.5") * 2340)
calc(P, "1234 times 5678 please", 1234 * 5678)
calc(P, "(3/8 + 5/16) x 64 =", (F(3, 8) + F(5, 16)) * 64)
calc(P, "square root of 2025 plus seven cubed", math.isqrt(2025) + 7**3)
calc(P, "How much is 86.40 once 15 percent is knocked off?", dec("86.40") * (1 - pct(15)))
calc(P, "7,455 divided by 35", F(7455, 35))
calc(P, "two to the twentieth minus one thousand", 2**20 - 1000)
calc(P, "mean of 14, 22, 31, 9 and 47", F(14 + 22 + 31 + 9 + 47, 5))
calc(P, "(17 - 4.25) / 0.125", (17 - dec("4.25")) / dec("0.125"))
calc(P, "45% of 1,280 minus 12% of 950", pct(45) * 1280 - pct(12) * 950)
calc(P, "what is 0.0625 times 3,208", dec("0.0625") * 3208)
calc(P, "98765 - 45678 + 1234 ?", 98765 - 45678 + 1234)
calc(P, "split a $1,047.60 bill six ways, how much each", dec("1047.60") / 6)
calc(P, "8000 * 1.05^3", 8000 * dec("1.05") ** 3)

calc(
    YODEL,
    "I teach yodelling in the village hall. This term I have 14 pupils at CHF 22.50 per lesson "
    "and there are 9 lessons; the hall costs CHF 310 for the whole term. What do I clear after "
    "the hall is paid?",
    14 * dec("22.50") * 9 - 310,
)
calc(
    YODEL,
    "when we yodel at the rock face across the valley the echo comes back 2.4 seconds later. "
    "taking sound as 343 m/s, how many metres away is the rock face",
    343 * dec("2.4") / 2,
)
calc(
    LEECH,
    "Hospital order: 250 medicinal leeches at €9.40 each, less a 12% volume discount, and the "
    "bill is split equally between 4 wards. What does each ward pay?",
    250 * dec("9.40") * (1 - pct(12)) / 4,
)
calc(
    LEECH,
    "leech sales january to june: 1,230 leeches in the first quarter and 1,475 in the second, "
    "all at 9.60 each. average takings per month over those six calendar months",
    (1230 + 1475) * dec("9.60") / 6,
)
calc(
    FRESCO,
    "The fresco panel is 4.2 m wide and 3.5 m tall. Working from the scaffold we consolidate "
    "0.35 square metres of plaster per working day. How many working days for the whole panel?",
    dec("4.2") * dec("3.5") / dec("0.35"),
)
calc(
    ESCAL,
    "escalator truss rises 9.6 m at an incline of exactly 30 degrees, step band runs at 0.5 m/s. "
    "ignoring the flat landings, how many seconds does a rider spend on the incline",
    dec("9.6") * 2 / dec("0.5"),
)
calc(
    OUTRIG,
    "crew weights for the six-seat canoe: 72, 68.5, 81, 77.5, 64 and 90 kg. The hull itself is "
    "180 kg and the ama is 14 kg. What's the average crew weight?",
    F(72 + dec("68.5") + 81 + dec("77.5") + 64 + 90, 6),
)
calc(
    SMOKE,
    "jump ship payload limit is 1,100 kg. 240 kg of cargo boxes are already on. each jumper with "
    "gear averages 78 kg body + 52 kg kit. how many jumpers can we load without going over",
    (1100 - 240) // (78 + 52),
)
calc(
    STORM,
    "Tour numbers: 9 guests paid $3,450 each. Van fuel came to $1,180 and motels were 11 nights "
    "x 4 rooms x $96. What's left over?",
    9 * 3450 - 1180 - 11 * 4 * 96,
)
calc(
    STORM,
    "the cell is moving at 56 km/h straight at the town, which is 21 km away. how many minutes "
    "till it arrives",
    F(21, 56) * 60,
)
calc(
    PERMA,
    "active layer depths at five probes on the transect: 62, 71, 58, 66 and 80 cm. mean depth?",
    F(62 + 71 + 58 + 66 + 80, 5),
)
calc(
    FIREB,
    "Each breath of fire uses 12 ml of fuel. I do 4 shows a day, 15 breaths per show, for all 5 "
    "days of the festival. Fuel only comes in 1 litre bottles at €7.80. How much do I spend on "
    "fuel if I buy just enough whole bottles?",
    whole_up(F(12 * 15 * 4 * 5, 1000)) * dec("7.80"),
)
calc(
    EMBALM,
    "I want 8,000 ml of arterial solution at 2% formaldehyde. The concentrate is 25% "
    "formaldehyde. How many ml of concentrate go in?",
    8000 * pct(2) / pct(25),
)
calc(
    PAN,
    "Tuning bill for the band: 11 tenor pans at TT$450 each and 4 double seconds at TT$620 "
    "each. They pay 30% up front. How much is the deposit?",
    (11 * 450 + 4 * 620) * pct(30),
)
calc(
    PAN,
    "we placed and the prize is TT$250,000. 40% goes to the panyard, the rest is shared "
    "equally among 125 players — what does each player get",
    250000 * (1 - pct(40)) / 125,
)
calc(
    ABSIN,
    "400 litres of wash at 12% abv, assume all the alcohol is recovered, I bottle at 60% abv in "
    "70 cl bottles. How many full bottles do I get?",
    math.floor(400 * pct(12) / pct(60) / dec("0.70")),
)
calc(
    HAMMOCK,
    "one hammock takes 1,400 m of cotton thread. thread comes in 350 m cones at 28 pesos a cone. "
    "order is for 6 hammocks, what does the thread cost",
    F(1400 * 6, 350) * 28,
)
calc(
    LUGE,
    "my four run times were 47.812, 47.905, 48.011 and 47.764 seconds, whats the combined time",
    dec("47.812") + dec("47.905") + dec("48.011") + dec("47.764"),
)
calc(
    GYRO,
    "Gyro burns 17 litres an hour. Tank holds 75 litres. Flight was 2 h 45 min block to block. "
    "How many litres should be left in the tank?",
    75 - 17 * (2 + F(45, 60)),
)
calc(
    SPEAR,
    "three dentex this morning, 2.4 kg, 3.15 kg and 1.85 kg. the restaurant pays €18.50 a kilo "
    "and the boat fuel cost me €22. what did I make",
    (dec("2.4") + dec("3.15") + dec("1.85")) * dec("18.50") - 22,
)
calc(
    HERBAL,
    "Making a 1:5 tincture (1 g dried herb to 5 ml menstruum) from 240 g of dried herb. The "
    "menstruum should be 40% alcohol and I'm diluting 96% alcohol with water. How many ml of "
    "the 96% do I need?",
    240 * 5 * pct(40) / pct(96),
)
calc(
    GAUCHO,
    "Paid 2,400 pesos a head, but only for cattle delivered. 650 head left the estancia and we "
    "lost 2% on the drive. What's the payment?",
    (650 - 650 * pct(2)) * 2400,
)
calc(
    GAUCHO,
    "drive is 270 km, herd makes 18 km a day, plus we always take 2 rest days. how many days "
    "in total",
    F(270, 18) + 2,
)
calc(
    INDIGO,
    "dyeing 2.4 kg of cotton; deep shade wants indigo at 4% of the fibre weight and the vat "
    "recipe is indigo : fructose : lime = 1 : 2 : 3 by weight. total grams of the three "
    "ingredients together?",
    2400 * pct(4) * 6,
)
calc(
    ANTLER,
    "One reindeer antler gives me 14 buttons. I have 25 antlers and lose 8% of the buttons to "
    "cracks while drilling. The rest sell at €3.50 each. Total takings?",
    (25 * 14) * (1 - pct(8)) * dec("3.50"),
)
calc(
    CHAUF,
    "wedding car hire is £395 for the first 3 hours, then £85 for each extra hour or part "
    "of an hour. booked from 10:30 to 16:15. total charge",
    395 + 85 * math.ceil((F(16 * 60 + 15 - (10 * 60 + 30), 60)) - 3),
)
calc(
    CHAUF,
    "The Rolls does 14.2 litres per 100 km. The route for Saturday's wedding is 186 km and "
    "petrol is £1.50 a litre. Fuel cost?",
    dec("14.2") * F(186, 100) * dec("1.50"),
)
calc(
    MASCOT,
    "Mascot gig pays $42 a game and $15 extra for every game that goes to extra innings. I "
    "worked 75 games and 9 of them went to extras. Season total?",
    75 * 42 + 9 * 15,
)
calc(
    BUOY,
    "Each mooring uses 3 shackles at 4.2 kg and 45 m of chain at 22.6 kg per metre. Total "
    "weight of chain and shackles for 4 moorings, in kg?",
    4 * (3 * dec("4.2") + 45 * dec("22.6")),
)
calc(
    DIALECT,
    "actor's script has 42 pages in the accent, we get through 3.5 pages a session and I charge "
    "£75 a session. what's the total",
    F(42, 1) / dec("3.5") * 75,
)
calc(
    SANDB,
    "14 guests on the dune tour at N$650 each, 10% group discount, and I keep 15% of what "
    "they actually pay. How much is my cut?",
    14 * 650 * (1 - pct(10)) * pct(15),
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

unit_r(P, "72 kg in lbs", 72 / LB)
unit(P, "im 5 foot 11, whats that in centimetres", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "350F in celsius", f_to_c(350))
unit_r(P, "a marathon is 26.2 miles, km to 2 decimals?", dec("26.2") * MI / 1000)
unit_r(P, "what's 110 km/h in miles an hour", 110 * KMH / MPH)
unit_r(P, "a 3.5 acre field is how many m²", dec("3.5") * ACRE)
unit_r(P, "twelve stone four in kilos", (12 * STONE + 4 * LB))
unit_r(P, "32 psi is how many kPa", 32 * PSI / 1000)
unit_r(P, "8,848 metres in feet", 8848 / FT)
unit(P, "convert 25 knots to km/h", 25 * KNOT / KMH, EXACT)
unit(P, "-40 celsius in fahrenheit", c_to_f(-40), EXACT)
unit(P, "4.7 GiB in MiB", dec("4.7") * GIB / MIB, EXACT)
unit_r(P, "convert 340 g to oz", F(340, 1000) / OZ)
unit_r(P, "1,500 sq ft in square metres", 1500 * SQFT)

unit_r(
    YODEL,
    "The practice hut above the village sits at 2,350 m. What's that in feet for my American "
    "students?",
    2350 / FT,
)
unit_r(
    LEECH,
    "the courier's cool box logger reads 46 °F, leeches should be kept at 5 to 10 °C - what is "
    "46 F in celsius",
    f_to_c(46),
)
unit_r(
    FRESCO,
    "the vault crown is 38 feet above the chapel floor according to the old survey. how many "
    "metres is that, to 2 decimal places",
    38 * FT,
)
unit_r(
    FRESCO,
    "Old estimate says 22 square yards of painted plaster. Convert to square metres please.",
    22 * SQYD,
)
unit_r(
    ESCAL,
    "step band speed is 0.5 m/s, the US manual quotes feet per minute. what's 0.5 m/s in ft/min",
    F(1, 2) * 60 / FT,
)
unit_r(
    OUTRIG,
    "We held 6.5 knots across the channel. What is that in mph?",
    dec("6.5") * KNOT / MPH,
)
unit(
    SMOKE,
    "spotter called the exit at 1,500 feet above ground level, how many metres is that",
    1500 * FT,
    EXACT,
)
unit_r(
    SMOKE,
    "pack-out bag with the chute and tools weighs 110 lb. in kg?",
    110 * LB,
)
unit(
    STORM,
    "hailstone measured 4.5 inches across! what's that in cm",
    dec("4.5") * IN * 100,
    EXACT,
)
unit(
    PERMA,
    "Borehole thermistor at 10 m reads -18 °C. My colleague in Alaska wants Fahrenheit.",
    c_to_f(-18),
    EXACT,
)
unit_r(
    PERMA,
    "the borehole goes down 65 metres, how deep is that in feet",
    65 / FT,
)
unit_r(
    FIREB,
    "the fireball reaches about 2.5 m from my mouth, festival safety form asks for the "
    "distance in feet",
    dec("2.5") / FT,
)
unit_r(
    EMBALM,
    "Deceased weighs 13 st 3 lb. What's that in kilograms, for the table rating?",
    13 * STONE + 3 * LB,
)
unit(
    PAN,
    "the oil drum for the new tenor pan is 22.5 inches across, how many centimetres",
    dec("22.5") * IN * 100,
    EXACT,
)
unit_r(
    ABSIN,
    "Export shipment: 48 cases at 9 kg each. The US importer wants the total weight in pounds.",
    48 * 9 / LB,
)
unit_r(
    HAMMOCK,
    "a big matrimonial hammock uses 3.2 km of thread. how many yards is that",
    3200 / YD,
)
unit_r(
    LUGE,
    "The track is 1,344 m from start handle to finish and my run took 52.3 s. What was my "
    "average speed in mph, to 2 decimal places?",
    1344 / dec("52.3") / MPH,
)
unit_r(
    GYRO,
    "Cruising at 70 knots indicated. Convert to mph.",
    70 * KNOT / MPH,
)
unit(
    GYRO,
    "Cleared to climb to 2,000 ft for the crossing; my French passenger asks how many metres",
    2000 * FT,
    EXACT,
)
unit_r(
    SPEAR,
    "bottom was at 22 metres on the last drop. what's that in feet",
    22 / FT,
)
unit(
    SPEAR,
    "Water temp on my computer says 19 °C, what's that in Fahrenheit?",
    c_to_f(19),
    EXACT,
)
unit_r(
    HERBAL,
    "supplier sells dried chamomile by the pound - how many grams is 2 lb",
    2 * LB * 1000,
)
unit_r(
    GAUCHO,
    "The herd covers 18 km a day on the drive. How many miles is that?",
    18000 / MI,
)
unit(
    INDIGO,
    "The vat should sit at 65 °C when I add the lime — what's that in °F?",
    c_to_f(65),
    EXACT,
)
unit(
    ANTLER,
    "it was -31 °F in the workshop yard this morning. celsius?",
    f_to_c(-31),
    EXACT,
)
unit_r(
    CHAUF,
    "tyre placard says 2.4 bar front; my gauge only reads psi. what should it show",
    dec("2.4") * BAR / PSI,
)
unit_r(
    MASCOT,
    "radar gun clocked the closer at 90 mph, how fast is that in km/h",
    90 * MPH / KMH,
)
unit(
    BUOY,
    "Chart says 15 fathoms at the buoy position. How many metres is that? (1 fathom = 6 ft)",
    15 * 6 * FT,
    EXACT,
)
unit_r(
    BUOY,
    "crane on the buoy deck is rated 3,500 kgf, what is that in kilonewtons",
    3500 * KGF / 1000,
)
unit(
    DIALECT,
    "The casting sheet lists my actor as 6 ft 2 in. What is that in cm?",
    (6 * FT + 2 * IN) * 100,
    EXACT,
)
unit(
    SANDB,
    "sand surface on the dune hit 60 °C at midday, what's that in fahrenheit",
    c_to_f(60),
    EXACT,
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


date_item(
    P, "14 July 1789, the Bastille day itself - which weekday was it", weekday(D(1789, 7, 14))
)
date_item(
    P,
    "how many days separate 5 March 2031 and 17 November 2031",
    days(D(2031, 3, 5), D(2031, 11, 17)),
)
date_item(P, "90 days after 15 December 2027 is what date", D(2027, 12, 15) + TD(days=90))
date_item(P, "number of days from 1 Feb 2028 to 1 Mar 2028", days(D(2028, 2, 1), D(2028, 3, 1)))
date_item(P, "25 December 2029 (christmas day) is which day of the week", weekday(D(2029, 12, 25)))
date_item(P, "born 17 August 1991, how old on 16 August 2030", age(D(1991, 8, 17), D(2030, 8, 16)))
date_item(P, "date 1000 days after 1 January 2030", D(2030, 1, 1) + TD(days=1000))
date_item(P, "weeks between 6 Jan 2031 and 31 Mar 2031", weeks(D(2031, 1, 6), D(2031, 3, 31)))
date_item(P, "what's the date six weeks before 10 April 2028", D(2028, 4, 10) - TD(weeks=6))
date_item(P, "minutes from 9:40pm to 6:15am", clock_span("21:40", "06:15", 60))
date_item(P, "1 January 2100 falls on which weekday", weekday(D(2100, 1, 1)))
date_item(P, "what weekday is July 4, 2032", weekday(D(2032, 7, 4)))
date_item(
    P,
    "how many weekdays (mon-fri) are there in March 2029",
    sum(1 for d in range(1, 32) if D(2029, 3, d).weekday() < SAT),
)
date_item(P, "date of the last Friday in October 2030", nth_weekday(2030, 10, FRI, -1))

date_item(
    YODEL,
    f"Term starts {sayw(D(2026, 9, 8))} with one lesson a week on the same weekday, 12 lessons "
    "in all. What's the date of the last lesson?",
    D(2026, 9, 8) + TD(weeks=11),
)
date_item(
    LEECH,
    "A fed leech can go 150 days before it needs feeding again. Last feed was 19 October 2027. "
    "What's the latest date for the next feed?",
    D(2027, 10, 19) + TD(days=150),
)
date_item(
    FRESCO,
    "the contract runs from 4 May 2026 to 25 September 2026, both days included. how many days "
    "is that",
    days(D(2026, 5, 4), D(2026, 9, 25)) + 1,
)
date_item(
    ESCAL,
    "we have possession of the station from 23:50 to 05:10. how many minutes is that for the "
    "step chain swap",
    clock_span("23:50", "05:10", 60),
)
date_item(
    ESCAL,
    f"Replacement handrail ordered on {sayw(D(2027, 6, 3))}. Supplier quotes 15 working days "
    "(Mon-Fri, not counting the order day, no holidays in between). When does it arrive?",
    working_day_after(D(2027, 6, 3), 15),
)
date_item(
    OUTRIG,
    "Flying Honolulu to LA for the regatta: depart Honolulu 22:15 on 10 June 2027, land Los "
    "Angeles 06:05 local time on 11 June 2027. How many minutes is the flight?",
    utc_minutes("2027-06-10T22:15", "Pacific/Honolulu", "2027-06-11T06:05", "America/Los_Angeles"),
)
date_item(
    OUTRIG,
    f"race day is {sayw(D(2027, 10, 10))}, training block starts 13 weeks before on the same "
    "weekday. what date do we start",
    D(2027, 10, 10) - TD(weeks=13),
)
date_item(
    SMOKE,
    f"Rotation is 14 days on, 7 days off, repeating. My first day on was {sayw(D(2027, 6, 7))}. "
    "On what date does my third 14-day stint begin?",
    D(2027, 6, 7) + TD(days=42),
)
date_item(STORM, "what day of the week was 3 May 1999", weekday(D(1999, 5, 3)))
date_item(
    PERMA,
    "counting both ends, how many days from 14 November 2027 to 29 January 2028",
    days(D(2027, 11, 14), D(2028, 1, 29)) + 1,
)
date_item(
    FIREB,
    f"The festival runs from {sayw(D(2027, 7, 30))} to {sayw(D(2027, 8, 9))} inclusive. I do "
    "one show every day except Mondays. How many shows is that?",
    sum(
        1
        for k in range(days(D(2027, 7, 30), D(2027, 8, 9)) + 1)
        if (D(2027, 7, 30) + TD(days=k)).weekday() != MON
    ),
)
date_item(FIREB, "31 October 2031 is what day of the week", weekday(D(2031, 10, 31)))
date_item(
    EMBALM,
    "Death was on 27 December 2027 and the family want the funeral no later than 10 days after "
    "the death. What's the latest date?",
    D(2027, 12, 27) + TD(days=10),
)
date_item(
    EMBALM,
    "born 3 March 1938, died 2 March 2027. age at death for the register",
    age(D(1938, 3, 3), D(2027, 3, 2)),
)
date_item(
    PAN,
    "Panyard rehearsals every night from 2 December 2027 through 26 February 2028, first and "
    "last nights included. How many nights?",
    days(D(2027, 12, 2), D(2028, 2, 26)) + 1,
)
date_item(
    ABSIN,
    "the wormwood maceration ends 21 days after it starts. it started on 19 February 2028. what "
    "date does it end",
    D(2028, 2, 19) + TD(days=21),
)
date_item(
    HAMMOCK,
    "A hammock takes me 17 days working every day. If 26 January 2027 is day 1, what date is "
    "day 17?",
    D(2027, 1, 26) + TD(days=16),
)
date_item(
    LUGE,
    f"training camp runs from {sayw(D(2027, 11, 7))} to {sayw(D(2027, 12, 19))}. how many weeks "
    "is that",
    weeks(D(2027, 11, 7), D(2027, 12, 19)),
)
date_item(
    GYRO,
    "On 3 July 2027 I took off from Gloucestershire at 09:20 local and landed at Le Touquet at "
    "12:05 local. How many minutes was I airborne?",
    utc_minutes("2027-07-03T09:20", "Europe/London", "2027-07-03T12:05", "Europe/Paris"),
)
date_item(
    SPEAR,
    "Ferragosto is 15 August. What day of the week is it in 2027?",
    weekday(D(2027, 8, 15)),
)
date_item(
    HERBAL,
    f"Tincture went into the jar on {sayw(D(2027, 12, 22))} and needs six weeks. What date does "
    "it come out?",
    D(2027, 12, 22) + TD(weeks=6),
)
date_item(
    GAUCHO,
    f"we leave the estancia on {sayw(D(2027, 9, 28))} and the drive takes 17 days counting "
    "departure day as day 1. arrival date",
    D(2027, 9, 28) + TD(days=16),
)
date_item(
    INDIGO,
    "The fermentation vat needs 9 days to come alive. Set up on 25 February 2027. What date "
    "will it be ready?",
    D(2027, 2, 25) + TD(days=9),
)
date_item(
    ANTLER,
    "midnight sun up here lasts from 27 May to 17 July 2028, both days counted. how many days",
    days(D(2028, 5, 27), D(2028, 7, 17)) + 1,
)
date_item(
    CHAUF,
    f"The wedding is {sayw(D(2027, 6, 12))}. Balance is due 100 days before the wedding. On "
    "what date?",
    D(2027, 6, 12) - TD(days=100),
)
date_item(
    MASCOT,
    "doubleheader. in costume from first pitch at 1:05 pm until game two ended at 9:47 pm, how "
    "many minutes is that",
    clock_span("13:05", "21:47", 60),
)
date_item(MASCOT, "opening day is March 31, 2028. what day of the week", weekday(D(2028, 3, 31)))
date_item(
    BUOY,
    "Buoy inspections every 45 days, first one on 20 November 2027. Date of the fourth "
    "inspection, counting that first one?",
    D(2027, 11, 20) + TD(days=3 * 45),
)
date_item(
    DIALECT,
    "Shooting starts 11 January 2028. I want eight weeks of coaching finishing the day before. "
    "What date should coaching start?",
    D(2028, 1, 11) - TD(weeks=8),
)
date_item(
    SANDB,
    "flight leaves Windhoek 20:40 on 2 April 2028 and gets into Frankfurt at 06:55 on 3 April "
    "2028, both local times. how many minutes in the air",
    utc_minutes("2028-04-02T20:40", "Africa/Windhoek", "2028-04-03T06:55", "Europe/Berlin"),
)
date_item(
    SANDB,
    "Namibia's Independence Day is 21 March. What weekday does it fall on in 2030?",
    weekday(D(2030, 3, 21)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


CONVS = [
    (
        "conv-redefined-operator",
        [
            (U, "For this game, a + b means twice whichever of a and b is larger."),
            (A, "Got it: in this game a + b = 2 x max(a, b)."),
            (U, "ok so what's 7 + 12"),
        ],
        "+ was redefined earlier as twice the maximum; a calculator would just add",
    ),
    (
        "conv-redefined-operator",
        [
            (U, "my puzzle book uses x * y to mean x squared minus y"),
            (A, "Understood, so x * y = x^2 - y. Send me the ones you're stuck on."),
            (U, "9 * 4 ="),
        ],
        "* means x squared minus y in this puzzle; plain multiplication would be wrong",
    ),
    (
        "conv-redefined-operator",
        [
            (S, "In this worksheet the symbol # stands for the average of the two numbers."),
            (U, "What is 15 # 40?"),
        ],
        "# is defined by the system turn as the mean; no tool knows that",
    ),
    (
        "conv-other-base",
        [
            (S, "All numbers in this chat are hexadecimal unless marked otherwise."),
            (U, "quick one: 10 times 10"),
        ],
        "numbers are hexadecimal by the system turn, so the answer is 0x100 not 100",
    ),
    (
        "conv-other-base",
        [
            (U, "Doing binary for digital electronics homework, everything's base 2."),
            (A, "Sure, happy to help with binary arithmetic."),
            (U, "101 + 11"),
        ],
        "the user said everything is binary; decimal addition would give 112 instead of 1000",
    ),
    (
        "conv-other-base",
        [
            (U, "My son is learning octal in his coding club, can you check his sums?"),
            (A, "Of course, send them over and I'll check them in octal."),
            (U, "he wrote 17 + 5 = 24. right?"),
        ],
        "the sum is in octal (17 + 5 = 24 is right in base 8); needs the earlier context",
    ),
    (
        "conv-modulus",
        [
            (U, "worksheet on clock arithmetic, everything is mod 12"),
            (A, "Right, so answers wrap around after 12."),
            (U, "what is 9 + 7"),
        ],
        "arithmetic is modulo 12 by the earlier turn; answer 4, not 16",
    ),
    (
        "conv-modulus",
        [
            (S, "You are a tutor for modular arithmetic. Work modulo 7 throughout."),
            (U, "what's 5 × 6 + 4"),
        ],
        "the system turn sets arithmetic modulo 7",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel the year has 10 months of 36 days each, then 5 festival days "
                    "at the end of the year."
                ),
            ),
            (A, "Nice, a 365-day year with a festival week tacked on. What do you need?"),
            (U, "how many days from the 3rd of the 2nd month to the 1st of the 5th month"),
        ],
        "a fictional calendar of 36-day months; a real-date tool cannot answer",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In our campaign world a week has five days: Moonday, Ashday, Reedday, "
                    "Frostday and Hearthday, in that order."
                ),
            ),
            (A, "Noted, a five-day week."),
            (U, "if the siege starts on a Frostday, what day is it 12 days later"),
        ],
        "a fictional five-day week; the weekday arithmetic is the user's own",
    ),
    (
        "conv-fictional-calendar",
        [
            (S, "The colony runs on Mars sols: 1 sol is 24 hours 39 minutes 35 seconds."),
            (U, "Supply ship arrives in 40 sols. How many Earth days is that?"),
        ],
        "a sol length given only in the system turn; context dependent",
    ),
    (
        "conv-fictional-unit",
        [
            (
                U,
                "In our tabletop game one league is 3 hexes and each hex is 6 miles of travel.",
            ),
            (A, "OK, so one league = 18 miles in your game."),
            (U, "how far is 4 leagues in km then"),
        ],
        "the league is defined by the game (not the historical league)",
    ),
    (
        "conv-fictional-unit",
        [
            (
                U,
                (
                    "At work we measure everything in Daves. A Dave is the length of Dave's "
                    "desk, 1.6 m."
                ),
            ),
            (A, "Ha, a very local unit. What are we measuring?"),
            (U, "how many Daves is the corridor, it's 8 m"),
        ],
        "a made-up office unit defined earlier in the chat",
    ),
    (
        "conv-fictional-unit",
        [
            (S, "In the game's economy: 1 gold crown = 12 silver stags = 144 copper pennies."),
            (U, "I've got 3 crowns and 5 stags, how many pennies is that in total?"),
        ],
        "a fictional currency defined in the system turn",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "For this bakery order a dozen means a baker's dozen, 13."),
            (A, "Understood, I'll count a dozen as 13."),
            (U, "so how many rolls in 7 dozen"),
        ],
        "dozen redefined as 13 earlier; a calculator would use 12",
    ),
    (
        "conv-code-semantics",
        [
            (U, "I'm stuck on some legacy Python 2 code."),
            (A, "Sure, paste the part that's misbehaving."),
            (U, "what does 7/2 give"),
        ],
        "in Python 2 integer division gives 3; language semantics, not arithmetic",
    ),
    (
        "conv-code-semantics",
        [
            (U, "Debugging some JavaScript in the browser console."),
            (A, "OK, what are you seeing?"),
            (U, "'5' + 3 - 1 = ?"),
        ],
        "JavaScript string coercion makes this 52, not 7",
    ),
    (
        "conv-code-semantics",
        [
            (U, "these are both uint8_t in my C firmware"),
            (A, "Got it, unsigned 8-bit values, so they wrap at 256."),
            (U, "200 + 100 = ?"),
        ],
        "unsigned 8-bit wraparound gives 44; the type was set earlier",
    ),
    (
        "conv-code-semantics",
        [
            (U, "Spreadsheet question, Excel on Windows."),
            (A, "Go ahead."),
            (U, "what date is the serial number 45000 plus 30"),
        ],
        "Excel date serials (with the 1900 leap-year quirk) are application knowledge",
    ),
    (
        "conv-code-semantics",
        [
            (U, "Running this in PostgreSQL, both columns are integer."),
            (A, "OK, integer columns. What's the query?"),
            (U, "SELECT 7 / 2 * 2; what comes back"),
        ],
        "SQL integer division truncates (result 6); needs the column types from context",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "Dinner bill was £180. Sam didn't drink so he only pays for his food, which "
                    "was £40. The rest is split between the other three of us."
                ),
            ),
            (A, "Got it: Sam pays £40 and the other three share the remaining £140."),
            (U, "so how much do I owe"),
        ],
        "the split rules were told earlier; the last turn alone has no numbers",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "We split rent by bedroom size: mine is 14 m², Ana's is 10 m² and Ben's "
                    "is 12 m²."
                ),
            ),
            (A, "Makes sense, proportional to floor area."),
            (U, "rent is 1,800 a month, what's my share"),
        ],
        "the proportional split was set earlier in the conversation",
    ),
    (
        "conv-split-told-earlier",
        [
            (S, "The user's tip policy: 12% on the food subtotal only, never on drinks or tax."),
            (U, "food 64.50, drinks 23, tax 7.20. tip?"),
        ],
        "the tip rule is in the system turn; a calculator would not know what to include",
    ),
    (
        "conv-model-facts",
        [
            (U, "Planning a trip to Paris with my kids in the spring."),
            (A, "Lovely! Anything in particular you'd like help with?"),
            (U, "how tall is the tower in feet"),
        ],
        "needs the Eiffel Tower's height (a fact) and the reference from the earlier turn",
    ),
    (
        "conv-model-facts",
        [
            (U, "We're reading about the Titanic in class."),
            (A, "A great topic. What would you like to know?"),
            (U, "how many days did the voyage last before it sank"),
        ],
        "historical facts about the voyage, not a date calculation the user supplied",
    ),
    (
        "conv-model-facts",
        [
            (U, "I'm on 170 in a game of 501 darts."),
            (A, "That's the biggest checkout there is."),
            (U, "what do I need to hit"),
        ],
        "darts checkout knowledge (T20 T20 bull), not arithmetic",
    ),
    (
        "conv-model-facts",
        [
            (U, "Chess: I'm rated 1500 and tomorrow I play someone rated 1700."),
            (A, "That's a 200-point gap. Good luck!"),
            (U, "what's my expected score"),
        ],
        "needs the Elo expected-score formula, which the user never gave",
    ),
    (
        "conv-model-facts",
        [
            (U, "My golf handicap index is 14.2 and the course slope rating is 131."),
            (A, "OK. What's the course rating and par?"),
            (U, "72.1 and 72. course handicap?"),
        ],
        "World Handicap System formula knowledge from the earlier turns",
    ),
    (
        "conv-format-instruction",
        [
            (S, "Reply only in Roman numerals, no Arabic digits."),
            (U, "what is 12 times 12"),
        ],
        "the system turn demands Roman numerals (CXLIV); a calculator answer breaks it",
    ),
    (
        "conv-format-instruction",
        [
            (U, "Can you answer everything in words for my dyslexic daughter, no digits at all?"),
            (A, "Of course, I'll write all numbers out in words."),
            (U, "what's 48 divided by 6"),
        ],
        "the answer must be written in words as asked earlier",
    ),
    (
        "conv-explain-earlier",
        [
            (U, "what's 15% of 84"),
            (A, "15% of 84 is 12.6."),
            (U, "and why is that the same as 84% of 15?"),
        ],
        "asks for an explanation of the earlier answer, not a new calculation",
    ),
    (
        "conv-explain-earlier",
        [
            (U, "The poll went from 40% to 50%."),
            (A, "That's a rise of 10 percentage points."),
            (U, "so is it a 10% increase or a 25% increase"),
        ],
        "percentage points versus percent change needs an explanation",
    ),
    (
        "conv-music",
        [
            (U, "Our song is in 7/8 and the drummer counts 140 bpm."),
            (A, "Is that 140 quarter notes or 140 eighth notes per minute?"),
            (U, "eighths. so how long is one bar in seconds"),
        ],
        "the meter and the beat unit come from the earlier turns",
    ),
    (
        "conv-recipe-context",
        [
            (U, "My gran's recipe says 2 mugs of flour, and her mug holds 300 ml."),
            (A, "Thanks, that helps. Flour varies by how it's packed, though."),
            (U, "how many grams is that roughly"),
        ],
        "a volume-to-weight estimate for flour needs judgement and the earlier mug size",
    ),
    (
        "conv-grading-rule",
        [
            (
                U,
                (
                    "My teacher drops the lowest of five tests and the final counts double in the "
                    "average."
                ),
            ),
            (A, "OK, so four tests plus the final counted twice."),
            (U, "tests were 71, 64, 88, 90, 55 and the final 80. my grade?"),
        ],
        "the grading rule lives in the earlier turns",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-identifier",
        "whose number is 0161 496 0000, is that a manchester line",
        "phone number, not arithmetic",
    ),
    ("near-identifier", "what book is ISBN 978-0-14-143951-8", "ISBN lookup needs knowledge"),
    (
        "near-identifier",
        "is 4111 1111 1111 1111 a real card number?",
        "a test card number; explanation",
    ),
    ("near-identifier", "my api returned a 418, is that a joke status code", "status code"),
    ("near-identifier", "what's the +354 country code for", "dialling code lookup"),
    ("near-identifier", "which bank uses sort code 20-00-00", "sort code is an identifier"),
    ("near-identifier", "UN 1203 on a tanker placard, what's in it", "hazmat identifier"),
    ("near-identifier", "what is E621 on an ingredients list", "food additive code"),
    ("near-identifier", "what area is zip 90210", "postal code is an identifier"),
    (
        "near-identifier",
        "flight BA117, what time does it usually leave",
        "a flight number and schedule",
    ),
    (
        "near-version",
        "is python 3.10 newer than 3.9? my linter says 3.10 < 3.9",
        "version ordering, not decimals",
    ),
    (
        "near-version",
        "upgrading from node 18.19.1 to 20.11.0, anything that breaks",
        "versions need model knowledge",
    ),
    ("near-version", "why is 2.10.1 after 2.9.7 in semver", "explanation of version numbering"),
    ("near-version", "ubuntu 22.04 vs 24.04 for a home server", "release numbers; opinion"),
    ("near-version", "what changed in HTTP/2 compared to 1.1", "protocol versions; explanation"),
    ("near-score", "arsenal won 3-1 on saturday, who scored", "a score; needs facts"),
    ("near-score", "is 7/10 decent for the driving theory hazard perception", "a score; opinion"),
    ("near-score", "I got 1450 on the SAT, which colleges are realistic", "score; advice"),
    ("near-score", "what does a 750 credit score get me", "credit score meaning"),
    ("near-score", "is 140/90 blood pressure high", "a reading, not a fraction"),
    (
        "near-score",
        "optician said I'm 6/9 in my left eye, what does that mean",
        "notation, not a division",
    ),
    ("near-score", "we lost 24-27, was that a close game in rugby terms", "sports score; opinion"),
    (
        "near-range",
        "is 9-15 months normal for a baby to start walking",
        "an age range; developmental advice",
    ),
    (
        "near-range",
        "should I choose the 18-55 or the 55-200 lens for portraits",
        "lens focal ranges; advice",
    ),
    (
        "near-range",
        "the job says 45-55k, what should I ask for",
        "salary range; negotiation advice",
    ),
    ("near-range", "2-4 servings per pack - is that per person?", "reading a label range"),
    (
        "near-range",
        "ages 8-12 on the lego box, ok for a clever 6 year old?",
        "age range on packaging; advice",
    ),
    ("near-part-number", "what bearing is a 6205-2RS", "part number lookup"),
    ("near-part-number", "is an RJ45 the same as cat6", "connector naming"),
    ("near-part-number", "difference between an 18650 and a 21700 battery", "cell sizes"),
    ("near-part-number", "what does 225/45 R17 94W on my tyre mean", "tyre code, not arithmetic"),
    ("near-part-number", "can I use a 5W-30 instead of 0W-20", "oil grades; advice"),
    ("near-part-number", "M8 x 1.25 bolt - what does the 1.25 mean", "thread designation"),
    ("near-opinion", "is 1.5% a good savings rate or should I move my money", "financial opinion"),
    ("near-opinion", "is 37.8 a fever for a 3 year old", "medical judgement"),
    (
        "near-opinion",
        "is a 2:1 degree good enough for a grad scheme",
        "a grade classification; advice",
    ),
    ("near-opinion", "is £12 an hour fair for babysitting two kids", "opinion on a rate"),
    (
        "near-opinion",
        "which is better value, 4 for £5 or 3 for £4, for something I might not finish",
        "value judgement with a twist",
    ),
    (
        "near-opinion",
        "would you take a 4% mortgage fixed or a tracker at base plus 0.75",
        "financial advice",
    ),
    ("near-opinion", "is 10,000 steps a day really necessary", "health claim; explanation"),
    (
        "near-explanation",
        "why does 0.1 + 0.2 not equal 0.3 in javascript",
        "floating point explanation",
    ),
    (
        "near-explanation",
        "my maths teacher says 0.999 recurring is exactly 1, how is that not cheating",
        "proof/explanation",
    ),
    ("near-explanation", "prove that the square root of 2 is irrational", "proof"),
    ("near-explanation", "why is dividing by zero undefined", "conceptual explanation"),
    (
        "near-explanation",
        "who decided a circle has 360 degrees and why not 100",
        "history/explanation",
    ),
    ("near-explanation", "what's the 80/20 rule", "concept, not a ratio"),
    ("near-explanation", "what is the 4% rule for retirement", "financial concept"),
    ("near-explanation", "how do I do compound interest in excel", "how-to"),
    ("near-explanation", "is zero even or odd, my kid's teacher said neither", "explanation"),
    ("near-explanation", "why is a baker's dozen 13", "history of a number"),
    ("near-explanation", "what's special about 1729", "number trivia (Ramanujan)"),
    (
        "near-explanation",
        "how does SPF 50 compare to SPF 25, twice as good?",
        "sunscreen explanation",
    ),
    ("near-facts", "how far away is the moon in km", "needs the fact, not a conversion"),
    ("near-facts", "boiling point of water on top of Everest in celsius", "physical fact"),
    ("near-facts", "how many people went to Woodstock in 1969", "historical fact"),
    (
        "near-facts",
        "when did they start knocking down the Berlin wall and who actually started it",
        "historical fact",
    ),
    ("near-facts", "who was the 16th president of the united states", "ordinal fact"),
    (
        "near-facts",
        "what's the speed limit for a van towing a trailer on a UK motorway",
        "legal fact",
    ),
    ("near-facts", "how much is a first class stamp in the UK", "price fact that changes"),
    ("near-facts", "what's the exchange rate dollars to pounds", "live data the tools lack"),
    ("near-facts", "how many bones in an adult human hand", "anatomy fact"),
    (
        "near-facts",
        "what's the population of Lagos per square km",
        "needs population and area facts",
    ),
    ("near-convention", "UK dress size 12 in US sizes", "size conventions vary by brand"),
    ("near-convention", "size 10.5 US men's shoe in EU", "shoe size charts differ by maker"),
    ("near-convention", "what size football for an under 9s team", "sporting convention"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "ordinary-writing": [
        "write a short toast for my sister's 40th, she loves wild swimming and bad puns",
        "can you make this email sound less passive aggressive: 'as per my last email'",
        "give me three opening lines for a ghost story set in a launderette",
        "rewrite my CV summary so it doesn't sound like a robot wrote it",
        "a limerick about a cat who hates Mondays",
        "help me write a condolence card for a colleague whose dad died",
        "draft a polite complaint to my landlord about the boiler",
        "write a haiku about a bus shelter in the rain",
        "what's a good title for a blog post about learning to knit at 60",
        "turn these notes into a paragraph: met client, liked design, wants blue, deadline friday",
    ],
    "ordinary-cooking": [
        "what can I make with leftover rice, two eggs and some frozen peas",
        "why did my sourdough come out flat and dense",
        "how do I stop mashed potato going gluey",
        "is it safe to refreeze chicken that thawed in the fridge",
        "vegetarian main for christmas that isn't a nut roast",
        "can I swap bicarb for baking powder in banana bread",
        "ideas for a packed lunch for a fussy 7 year old",
        "how do you get crispy skin on salmon",
        "what wine goes with mushroom risotto",
        "my curry is too spicy, how do I rescue it",
    ],
    "ordinary-travel": [
        "best way to spend two days in Lisbon without a car",
        "what should I pack for a week walking in the Scottish highlands in May",
        "is it worth getting a rail pass for Japan",
        "tips for flying with a toddler on a long-haul flight",
        "quiet beaches in Crete away from the crowds",
        "what do I need to know before driving in Italy",
        "good rainy day things to do in Edinburgh",
        "how do I avoid jet lag going west to east",
        "is Iceland worth visiting in winter",
        "what's the etiquette for tipping in Japan",
    ],
    "ordinary-coding": [
        "how do I reverse a list in python without using reverse()",
        "explain what a closure is in javascript with a simple example",
        "my git branch is behind main, how do I update it without a merge commit",
        "what's the difference between a process and a thread",
        "write a bash one-liner to find files bigger than 100MB",
        "why does my React component re-render twice in development",
        "how do I center a div vertically and horizontally",
        "what is dependency injection in plain english",
        "SQL: how to find duplicate emails in a users table",
        "should I learn Rust or Go first",
    ],
    "ordinary-health": [
        "how can I get back into running after a knee injury",
        "what are good stretches for a stiff lower back from sitting all day",
        "tips for falling asleep when your mind won't switch off",
        "is it normal to feel dizzy after giving blood",
        "how do I support a friend with depression without overstepping",
        "how do I tell if I'm burnt out or just fed up with my job",
        "is oat milk healthier than cow's milk",
        "how do I start meditating if I'm really fidgety",
        "my toddler won't eat vegetables, any tricks",
        "what helps with hay fever besides antihistamines",
    ],
    "ordinary-home": [
        "how do I get rid of black mould on the bathroom ceiling",
        "my radiator is cold at the top, what does that mean",
        "best houseplants for a dark north-facing room",
        "how to remove a red wine stain from a wool carpet",
        "is it worth getting a heat pump for an old stone cottage",
        "how do I fix a dripping kitchen tap",
        "ideas for a small garden that needs almost no maintenance",
        "how do I stop my dog barking at the postman",
        "what's the best way to declutter a kid's bedroom",
        "should I paint or wallpaper a hallway",
    ],
    "ordinary-learning": [
        "explain photosynthesis like I'm ten",
        "what caused the first world war, short version",
        "how does an mRNA vaccine actually teach your body anything",
        "why can we get a freezing winter if the climate is warming",
        "summarise the plot of Middlemarch without spoilers for the ending",
        "how does a bill become law in the UK",
        "what is inflation and why does it happen",
        "why are sunsets red when the midday sky is blue",
        "how do noise cancelling headphones work",
        "what's the difference between a virus and a bacterium",
    ],
    "ordinary-language": [
        "how do you say 'could I have the bill please' in Portuguese",
        "what's the difference between 'affect' and 'effect'",
        "translate 'I'm running late, sorry' into German",
        "is it 'fewer' or 'less' items",
        "what does 'schadenfreude' really mean",
        "tips for learning Japanese kanji without burning out",
        "how formal should I be writing to a French landlord",
        "what's the origin of the phrase 'break a leg'",
        "is 'alright' a proper word",
        "when do you use the subjunctive in Spanish",
    ],
    "ordinary-work": [
        "how do I ask my manager for a raise without sounding demanding",
        "tips for running a meeting that doesn't overrun",
        "how do I say no to extra work politely",
        "what should I put in a 30-60-90 day plan for a new job",
        "how do I give feedback to a colleague who keeps interrupting",
        "is it ok to leave a job after six months",
        "what questions should I ask at the end of an interview",
        "how do I deal with imposter syndrome in a new role",
        "ideas for a team away day that isn't cringe",
        "how do I write a good out-of-office message",
    ],
    "ordinary-fun": [
        "recommend a board game for four adults who hate long rules",
        "give me a pub quiz round about 90s pop music",
        "what should I name my new tortoise",
        "fun things to do with kids on a wet bank holiday",
        "books like The Night Circus",
        "ideas for a murder mystery party theme",
        "what film should I watch if I loved Paddington 2",
        "a riddle for my nephew's birthday treasure hunt",
        "good podcasts about weird history",
        "what's a fun hobby to pick up in winter",
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
    # no register (family name) of this set is a family name of sets 19 to 161
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 161: {reused}"
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
