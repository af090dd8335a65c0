"""Generate heldout-2027-05-13.jsonl: a hundred-and-sixty-first held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_161.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-160, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values with Fraction and Decimal (whole_up where whole packs or loads are bought),
units from the exact definitions above (inch, pound, acre, psi, knot, standard gravity, GiB),
EXACT only where the answer terminates in at most three decimals and unit_r otherwise, and
dates with datetime and calendar (nth_weekday, working_day_after, age, clock_span, day and
weekday counts), the two flights between Seoul and London through utc_minutes with zoneinfo.
Weekdays written next to dates come from sayw, so they are right by construction.

Provenance
----------
Read: this file (printed in full with cat), grading.py (printed with cat) and
earlier_registers.txt (its first lines with head, then grep -c and grep -E for candidate
keywords, to pick 25 register names that are new and far from the listed ones). Nothing under
/work/main or /work/shared was opened; its python and ruff were only run.
Wrote: the four sections by hand (str_replace edits and small string-replace scripts), each
expected value as a code expression; the 25 registers are named constants (SNOW ... YOYO).
Checked: ran the generator until it passed; the first full run reported 11 of my ids as
repeating an earlier query (10 plain positives and the conv-modulus user turn), which were
reworded without looking at any earlier text; ran it with --show to check my own expected
values; ruff check (applied its ISC004 parenthesising fix), ruff format, a 99-column check,
then the generator again.
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
OUT = HERE / "heldout-2027-05-13.jsonl"
PREFIX = "ho161-"
# earlier generators: sets 1-160 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 161))
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


SNOW = "snowplough_driver_on_a_mountain_pass"
ASTRO = "astronaut_trainee_at_the_centrifuge"
HURR = "hurricane_shelter_volunteer_on_the_gulf_coast"
DOG = "sniffer_dog_handler_at_a_border_post"
SAND = "sandcastle_competition_sculptor"
JET = "jet_lagged_sales_director_between_continents"
KIMONO = "kimono_rental_shop_in_kyoto"
DIPLO = "junior_diplomat_at_an_embassy_in_lima"
ROPE = "tightrope_walker_rigging_a_gorge_crossing"
CAB = "cabaret_singer_doing_two_shows_a_night"
DIV = "couple_dividing_things_after_a_divorce"
WRECK = "shipwreck_diver_logging_decompression_stops"
BREAK = "roadside_breakdown_patrol_mechanic"
PATA = "trekker_resupplying_in_patagonia"
PROMPT = "opera_prompter_in_the_box"
HOTDOG = "hot_dog_cart_at_a_ballpark"
SPEED = "speed_dating_night_host"
CARD = "cardiac_rehab_patient_walking_laps"
ESC = "escapologist_rehearsing_a_water_tank_act"
WARD = "traffic_warden_on_a_seaside_beat"
GRAVEL = "gravel_bike_racer_planning_a_bikepacking_route"
BOTTLE = "ship_in_a_bottle_modeller"
CROP = "crop_duster_pilot_in_the_delta"
CHAP = "hospital_chaplain_on_call"
YOYO = "competitive_yo_yo_player"

# plain one-liners
calc(P, "what's 17.5% of 2,340", pct("17.5") * 2340)
calc(P, "1234 x 56 =", 1234 * 56)
calc(P, "(48 + 17) * 3 - 12 / 4", (48 + 17) * 3 - F(12, 4))
_root = math.isqrt(7056)
assert _root * _root == 7056
calc(P, "whats the square root of 7,056", _root)
calc(P, "three eighths plus a quarter, as a decimal", F(3, 8) + F(1, 4))
calc(P, "2^17 = ?", 2**17)
calc(
    P,
    "if I put £1,250 up by 8% and then knock 8% off the new figure, what have I got",
    1250 * (1 + pct(8)) * (1 - pct(8)),
)
calc(P, "nine thousand eight hundred and seventy-six divided by twelve", F(9876, 12))
calc(P, "What is 15 percent off $84.60?", dec("84.60") * (1 - pct(15)))
calc(P, "mean of 12, 19, 23, 31 and 40", F(12 + 19 + 23 + 31 + 40, 5))
calc(P, "seven thousand two hundred minus nineteen hundred and forty-five", 7200 - 1945)
calc(P, "0.125 * 3.2", dec("0.125") * dec("3.2"))
calc(P, "45 is what percent of 360", F(45, 360) * 100)
calc(P, "remainder when 2024 is divided by 37", 2024 % 37)

# registers
calc(
    SNOW,
    "The gritter on my pass route holds 6.5 tonnes of rock salt and we spread at 20 grams per "
    "square metre. The road is 8 m wide including the passing bays. How many km of road does "
    "one full load cover?",
    F(6500 * 1000, 20) / 8 / 1000,
)
calc(
    SNOW,
    "plough rate is £38.40 an hour up to 10pm and double that after 10pm. my shift ran 6pm to "
    "4am with no unpaid break, what's the gross for the shift",
    4 * dec("38.40") + 6 * 2 * dec("38.40"),
)
calc(
    ASTRO,
    "Centrifuge day: 9 runs, each with a 90 second spin-up, 4 min 15 s at peak and a 90 second "
    "spin-down. The 20 minute briefings between runs don't count. Total seconds spinning?",
    9 * (90 + 4 * 60 + 15 + 90),
)
calc(
    HURR,
    "Shelter in the high school gym has 212 cots and 38 are already taken. Families of four need "
    "four cots together. How many more complete families of four can we fit in",
    (212 - 38) // 4,
)
calc(
    DOG,
    "my springer can screen 14 vehicles an hour. a shift is 7.5 hours with two 15-minute rest "
    "breaks where she doesn't search, and 120 cars were queuing at the start. how many vehicles "
    "can she screen in the shift",
    (dec("7.5") - 2 * F(15, 60)) * 14,
)
calc(
    SAND,
    "our sand mix is 8 parts sand to 1 part water by volume and the sculpture needs 2.7 cubic "
    "metres of mix in total. how many cubic metres of that is water",
    dec("2.7") * F(1, 8 + 1),
)
calc(
    JET,
    "Per diem on the Tokyo leg is ¥7,500 a day for 6 days and finance converts at 187.5 yen to "
    "the pound. How much is that in pounds?",
    F(7500 * 6) / dec("187.5"),
)
calc(
    KIMONO,
    "Group of 7 booking the standard kimono plan at ¥4,400 each. Groups of 6 or more get 10% off "
    "the plan, and 3 of them want the ¥550 hair set, which isn't discounted. Total bill in yen?",
    4400 * 7 * (1 - pct(10)) + 3 * 550,
)
calc(
    KIMONO,
    "customer brought the furisode back 2 hours late. late fee is ¥1,100 per hour started plus "
    "10% consumption tax on the fee, what does she owe",
    2 * 1100 * (1 + pct(10)),
)
calc(
    DIPLO,
    "Daily allowance in Lima is US$284. I was there 11 nights on the allowance but meals were "
    "provided so the rate is cut by 15%. What do I claim in total?",
    284 * 11 * (1 - pct(15)),
)
calc(
    ROPE,
    "the gorge line is 220 m long. I walk at 0.4 metres per second and I'll stop three times for "
    "45 seconds each to sit on the line. total crossing time in seconds?",
    F(220) / dec("0.4") + 3 * 45,
)
calc(
    CAB,
    "Two shows a night for five nights at £180 a show. My agent takes 15% off the top and I split "
    "what's left 60/40 with my pianist, me taking the 60. What's my cut?",
    180 * 2 * 5 * (1 - pct(15)) * pct(60),
)
calc(
    DIV,
    "House sold for £412,000. There's £187,500 left on the mortgage, the estate agent takes 1.2% "
    "of the sale price and the solicitor £1,800. I get 55% of what remains. What's my share?",
    (412000 - 187500 - 412000 * pct("1.2") - 1800) * pct(55),
)
calc(
    DIV,
    "we agreed to split the furniture 50/50 by value. it all comes to £3,480 and the pieces I'm "
    "keeping add up to £2,100, so how much do I pay her to even it out",
    2100 - F(3480, 2),
)
calc(
    WRECK,
    "12 litre cylinder filled to 200 bar. I breathe 20 litres a minute at the surface and the "
    "wreck is at 30 m, which is 4 bar absolute, and I turn with 50 bar left in reserve. How many "
    "minutes of gas do I have at depth?",
    F((200 - 50) * 12, 20 * 4),
)
calc(
    WRECK,
    "descending at 18 m a minute to the wreck at 42 m, ascending at 9 m a minute, plus a 3 minute "
    "safety stop on the way up. how many minutes going down and coming up, stop included",
    F(42, 18) + F(42, 9) + 3,
)
calc(
    BREAK,
    "Non-member call-out is £95 plus £1.85 a mile for the tow. Towed him 27 miles to the garage "
    "and VAT at 20% goes on the whole lot. Total on the invoice?",
    (95 + dec("1.85") * 27) * (1 + pct(20)),
)
calc(
    PATA,
    "Food runs me about 18,500 Argentine pesos a day and the trek is 9 days. On top of that 3 of "
    "the nights are in refugios at 15,000 pesos a night. I've got 120,000 pesos in cash, how many "
    "more pesos do I need?",
    18500 * 9 + 3 * 15000 - 120000,
)
calc(
    PROMPT,
    "My prompt copy of the score has 400 pages: act one is 138 pages, act two 151 and act three "
    "the rest. We've done act one and the first 40 pages of act two. What percentage of the score "
    "is still to go?",
    F(400 - 138 - 40, 400) * 100,
)
calc(
    HOTDOG,
    "franks come 8 to a pack and buns 12 to a bag. I'm prepping for 150 hot dogs for the "
    "doubleheader, how many packs of franks do I have to buy (whole packs only)",
    whole_up(F(150, 8)),
)
calc(
    HOTDOG,
    "Sold 186 dogs at $6.50 and 74 sodas at $2.75 during the game, and the cart rental for the "
    "day is $120. What did I clear after paying the rental?",
    186 * dec("6.50") + 74 * dec("2.75") - 120,
)
calc(
    SPEED,
    "24 women and 24 men, and everyone meets everyone from the other group once. each date is 4 "
    "minutes plus a 1 minute changeover per round. how many minutes do all the rounds take",
    24 * (4 + 1),
)
calc(
    SPEED,
    "Tickets are £22 and we sold 48. The bar charges us £5 a head plus £150 for the room. "
    "What's our profit?",
    48 * 22 - 48 * 5 - 150,
)
calc(
    CARD,
    "one lap of the corridor on the cardiac ward is 85 m. I did 14 laps in the morning and 9 "
    "after lunch, how far is that in km",
    F((14 + 9) * 85, 1000),
)
calc(
    ESC,
    "I can hold my breath for 2 minutes 40 seconds. Each padlock takes me 38 seconds, there are "
    "3 of them, and climbing out takes 25 seconds. How many seconds have I got spare?",
    2 * 60 + 40 - 3 * 38 - 25,
)
calc(
    WARD,
    "penalty charge is £70, halved if paid in 14 days. of the 37 tickets I wrote in August, 22 "
    "were paid at the discount and the rest in full. total collected",
    22 * F(70, 2) + (37 - 22) * 70,
)
calc(
    GRAVEL,
    "route is 612 km over 8 days. if I ride 95 km on each of the first three days, how far a day "
    "do I need on the remaining days, split evenly",
    F(612 - 3 * 95, 8 - 3),
)
calc(
    BOTTLE,
    "Building a 1:350 model of a clipper whose mainmast stood 42 m above the deck. "
    "How tall is the model mast in millimetres?",
    F(42 * 1000, 350),
)
calc(
    CROP,
    "Two fields to spray, 640 acres and 415 acres, at 3.2 litres an acre. The hopper takes 1,100 "
    "litres. How many hopper loads is that, rounded up to whole loads?",
    whole_up((640 + 415) * dec("3.2") / 1100),
)
calc(
    CHAP,
    "on-call chaplains get £42 per call-out plus 45p a mile. I had 9 call-outs and drove 236 "
    "miles, what's my claim",
    9 * 42 + 236 * dec("0.45"),
)
_judges = sorted([87, 91, 78, 95, 88, 90, 85, 93])[1:-1]
calc(
    YOYO,
    "eight judges scored my freestyle 87, 91, 78, 95, 88, 90, 85 and 93. they drop the highest "
    "and the lowest and average the other six. what's my score",
    F(sum(_judges), len(_judges)),
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

# plain one-liners
unit_r(P, "72 kg in pounds", 72 / LB)
unit(P, "I'm 5 foot 11 - what's that in centimetres", (5 * 12 + 11) * IN * 100, EXACT)
unit_r(P, "350 F in celsius?", f_to_c(350))
unit_r(P, "26.2 mi = ? km", dec("26.2") * MI / 1000)
unit_r(P, "12 stone 4 pounds, how many kilos", (12 * 14 + 4) * LB)
unit(P, "how many MiB in 3.5 GiB", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "100 km/h to mph", 100 * KMH / MPH)
unit_r(P, "32 psi in kPa", 32 * PSI / 1000)
unit_r(P, "two acres is how many square metres", 2 * ACRE)
unit_r(P, "45 m² in square feet", 45 / SQFT)
unit(P, "minus 40 celsius in kelvin", F(-40) + dec("273.15"), EXACT)
unit(P, "15 knots in km/h", 15 * KNOT / KMH, EXACT)
unit(P, "how many yards in half a mile", MI / 2 / YD, EXACT)
unit_r(P, "2.5 kilograms expressed in ounces (avoirdupois)", dec("2.5") / OZ)

# registers
unit(
    SNOW,
    "Summit marker shows 38 inches of fresh snow since the last run. What's that in cm?",
    38 * IN * 100,
    EXACT,
)
unit_r(SNOW, "gusts of 70 mph forecast on the col, what's that in km/h", 70 * MPH / KMH)
unit_r(
    ASTRO,
    "Peak on my centrifuge profile is 7.5 g - in m/s² using standard gravity?",
    dec("7.5") * G0,
)
unit_r(HURR, "advisory says sustained winds of 130 knots. what's that in mph", 130 * KNOT / MPH)
unit_r(DOG, "vet card says Bess weighs 68 lb, how many kilos is that", 68 * LB)
unit_r(
    SAND,
    "The rules cap entries at 14 feet tall. How many metres is that?",
    14 * FT,
)
unit_r(
    JET,
    "my Seoul hotel room is listed as 28 square metres, what's that in square feet",
    28 / SQFT,
)
unit_r(
    KIMONO,
    "a bolt of kimono silk is about 12.5 m long - how many yards is that for my US supplier",
    dec("12.5") / YD,
)
unit_r(
    DIPLO,
    "Lima is at about 154 m and Cusco at 3,399 m. How many feet higher is Cusco?",
    (3399 - 154) / FT,
)
unit_r(ROPE, "drop under the line is 180 m, what's that in feet for the American crew", 180 / FT)
unit_r(
    ROPE,
    "Load cell reads 2.8 kN on the main line. What's that in kilograms-force?",
    2800 / KGF,
)
unit_r(CAB, "The club's stage is 6 m by 4 m. How many square feet is that?", 6 * 4 / SQFT)
unit_r(
    DIV,
    "the oak dresser she's letting me have is 210 cm long. how many inches is that",
    dec("2.10") / IN,
)
unit_r(WRECK, "the wreck lies at 42 m, what's that in feet", 42 / FT)
unit(WRECK, "Bottom temperature was 11 °C. What's that in Fahrenheit?", c_to_f(11), EXACT)
unit_r(
    BREAK,
    "placard on the door pillar says 2.4 bar for the fronts. what's that in psi",
    dec("2.4") * BAR / PSI,
)
unit_r(
    PATA,
    "Forecast for the Torres del Paine circuit is gusts of 110 km/h. How many knots is that?",
    110 * KMH / KNOT,
)
unit_r(PROMPT, "the prompt box opening is 1.1 m wide, how many inches", dec("1.1") / IN)
unit_r(HOTDOG, "quarter-pound franks: how many grams is each one", LB / 4 * 1000)
unit_r(HOTDOG, "The griddle is set to 400 °F. What's that in Celsius?", f_to_c(400))
unit_r(
    SPEED,
    "Venue says the function room is 1,800 sq ft. What is that in square metres?",
    1800 * SQFT,
)
unit_r(
    CARD,
    "the physio set the treadmill to 3.2 mph, what's that in km/h",
    dec("3.2") * MPH / KMH,
)
unit(
    ESC,
    "My tank is 1.2 m by 0.9 m and filled to 2.1 m deep. How many litres of water is that?",
    dec("1.2") * dec("0.9") * dec("2.1") * 1000,
    EXACT,
)
unit_r(
    WARD,
    "the seafront is a 20 mph zone. what is that in km/h for the french tourists",
    20 * MPH / KMH,
)
unit_r(GRAVEL, "612 km route, how many miles?", 612 * 1000 / MI)
unit_r(GRAVEL, "Total climbing on the route is 9,400 m. In feet?", 9400 / FT)
unit(
    BOTTLE,
    "The finished hull is 9.5 inches long. How many millimetres is that?",
    dec("9.5") * IN * 1000,
    EXACT,
)
unit_r(
    CROP,
    "label rate is 3.2 litres per acre. what's that in litres per hectare",
    dec("3.2") / ACRE * 10000,
)
unit_r(CROP, "I fly the spray runs at 140 mph. How many km/h is that?", 140 * MPH / KMH)
unit(
    CHAP,
    "the walk from the chapel to the far ward block is about 650 yards. how many metres is that",
    650 * YD,
    EXACT,
)
unit(YOYO, "My string is cut to 43 inches. What's that in cm?", 43 * IN * 100, EXACT)


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


def weekdays_between(a, b):
    """Monday-to-Friday days from a to b, both included."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() < SAT)


def count_weekdays(a, b, wds):
    """Days from a to b, both included, whose weekday is in wds."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() in wds)


def minutes(a, b):
    return F(int((b - a).total_seconds()), 60)


# plain one-liners
date_item(
    P, "the storming of the Bastille, 14 July 1789, was on which weekday", weekday(D(1789, 7, 14))
)
date_item(
    P, "no. of days from 3 March 2031 to 19 November 2031", days(D(2031, 3, 3), D(2031, 11, 19))
)
date_item(P, "90 days after 15 December 2029 is what date", D(2029, 12, 15) + TD(days=90))
_a = D(2030, 9, 2)
_b = _a + TD(weeks=14)
date_item(P, f"how many weeks from {sayw(_a)} to {sayw(_b)}", weeks(_a, _b))
date_item(P, "What day does 25 December 2033 fall on?", weekday(D(2033, 12, 25)))
date_item(
    P,
    "someone born on 29 February 2004, how old are they on 1 June 2040",
    age(D(2004, 2, 29), D(2040, 6, 1)),
)
date_item(P, "minutes from 22:45 to 01:20", clock_span("22:45", "01:20", 60))
date_item(
    P,
    "how many weekdays (Mon to Fri) are there in August 2032",
    weekdays_between(D(2032, 8, 1), D(2032, 8, 31)),
)
date_item(P, "what's the date 1000 days after 1 January 2030", D(2030, 1, 1) + TD(days=1000))
date_item(P, "1 January 2100 - which day of the week", weekday(D(2100, 1, 1)))
date_item(P, "date of the third thursday of november 2031", nth_weekday(2031, 11, THU, 3))
date_item(P, "how many minutes is it from 09:15 to 17:40", clock_span("09:15", "17:40", 60))
date_item(P, "how many days does February 2032 have", calendar.monthrange(2032, 2)[1])
date_item(P, "What date is 6 weeks after March 28, 2030?", D(2030, 3, 28) + TD(weeks=6))

# registers
date_item(
    SNOW,
    "The pass was shut on 18 December 2029 and reopened on the morning of 4 April 2030. How many "
    "days was it closed, counting 18 December but not the reopening day?",
    days(D(2029, 12, 18), D(2030, 4, 4)),
)
date_item(
    SNOW,
    "ploughing shift is 21:30 to 06:15, how many hours is that",
    clock_span("21:30", "06:15", 3600),
)
date_item(
    ASTRO,
    "My flight slot is 45 days after my centrifuge qualification on 19 January 2032. What date "
    "is that?",
    D(2032, 1, 19) + TD(days=45),
)
date_item(
    ASTRO,
    "the isolation sim runs from 14:05 on 2 October 2032 to 09:50 on 19 October 2032, all in the "
    "same building. how many hours is that in total",
    minutes(DT(2032, 10, 2, 14, 5), DT(2032, 10, 19, 9, 50)) / 60,
)
date_item(
    HURR,
    "Atlantic hurricane season runs 1 June to 30 November. How many days is that, counting both "
    "ends?",
    days(D(2031, 6, 1), D(2031, 11, 30)) + 1,
)
date_item(
    DOG,
    "Bess's detection certificate is valid for 500 days after the day it was issued, 7 August "
    "2030. On what date does it run out?",
    D(2030, 8, 7) + TD(days=500),
)
date_item(
    SAND,
    "the sand sculpture festival is on the second Saturday of August 2031, what's the date",
    nth_weekday(2031, 8, SAT, 2),
)
date_item(
    JET,
    "Left Incheon at 10:20 local time on 3 March 2030 and landed at Heathrow at 14:55 local the "
    "same day. How long was the flight in minutes?",
    utc_minutes("2030-03-03T10:20", "Asia/Seoul", "2030-03-03T14:55", "Europe/London"),
)
_dep = D(2031, 3, 29)
assert _dep.weekday() == SAT
date_item(
    JET,
    f"my flight back out leaves London at 21:00 UK time on {sayw(_dep)} and lands in Seoul at "
    "17:20 Seoul time the next day. how many minutes in the air",
    utc_minutes("2031-03-29T21:00", "Europe/London", "2031-03-30T17:20", "Asia/Seoul"),
)
date_item(
    KIMONO,
    "customer picks up on 29 April 2031 and keeps the kimono for 4 days counting the pick-up day. "
    "what date is it due back (the last of the 4 days)",
    D(2031, 4, 29) + TD(days=3),
)
date_item(
    DIPLO,
    "My posting started on 14/09/2029 and runs 1,095 days, counting the first day as day 1. What "
    "is the last day?",
    D(2029, 9, 14) + TD(days=1095 - 1),
)
_rig = D(2031, 8, 27)
date_item(
    ROPE,
    f"we start rigging on {sayw(_rig)} and the walk is 5 working days after that (rigging day "
    "not counted, weekends off). what date is the walk",
    working_day_after(_rig, 5),
)
date_item(
    CAB,
    "Residency is every Thursday and Saturday from 1 May 2031 to 30 June 2031 inclusive, two "
    "shows each night. How many shows is that?",
    2 * count_weekdays(D(2031, 5, 1), D(2031, 6, 30), {THU, SAT}),
)
date_item(
    DIV,
    "conditional order was pronounced on 17 February 2031 and we can apply for the final order 6 "
    "weeks and 1 day after that. what's the first date we can apply",
    D(2031, 2, 17) + TD(weeks=6, days=1),
)
date_item(
    WRECK,
    "Night dive: in the water at 23:40, surfaced at 01:05. Dive time in minutes?",
    clock_span("23:40", "01:05", 60),
)
_surf = DT(2032, 6, 3, 15, 20)
_fly = DT(2032, 6, 4, 8, 55)
date_item(
    WRECK,
    "surfaced at 15:20 and my rule is 18 hours before flying. the flight out is at 08:55 the "
    "following morning, so how many minutes short of the 18 hours is that",
    minutes(_fly, _surf + TD(hours=18)),
)
date_item(
    BREAK,
    "Job opened at 23:50 on 31 December 2030 and was closed at 02:35 on 1 January 2031. How many "
    "minutes was I on it?",
    minutes(DT(2030, 12, 31, 23, 50), DT(2031, 1, 1, 2, 35)),
)
_trek = D(2031, 11, 10)
date_item(
    PATA,
    f"I start the O circuit on {sayw(_trek)} and it takes 9 days counting the start day. What "
    "date do I finish?",
    _trek + TD(days=9 - 1),
)
date_item(
    PROMPT,
    "Rehearsals are every weekday (Mon-Fri) from 6 January 2031 to 14 February 2031, both days "
    "included. How many rehearsal days is that?",
    weekdays_between(D(2031, 1, 6), D(2031, 2, 14)),
)
date_item(
    HOTDOG,
    "Season runs from opening day March 26, 2032 through September 27, 2032, both days included. "
    "How many days is that?",
    days(D(2032, 3, 26), D(2032, 9, 27)) + 1,
)
date_item(HOTDOG, "what day of the week is July 4, 2032", weekday(D(2032, 7, 4)))
date_item(
    SPEED,
    "we run on the first Friday of every month, what's the date of the October 2031 one",
    nth_weekday(2031, 10, FRI, 1),
)
date_item(
    SPEED,
    "Doors at 7.45pm and the venue throws us out at 12.20am. How many minutes is that?",
    clock_span("19:45", "00:20", 60),
)
_rehab = D(2031, 3, 4)
date_item(
    CARD,
    f"My rehab programme starts {sayw(_rehab)}. What date is exactly 12 weeks later?",
    _rehab + TD(weeks=12),
)
date_item(
    ESC,
    "I was born on 29 February 1992. How old am I on 1 March 2031?",
    age(D(1992, 2, 29), D(2031, 3, 1)),
)
date_item(
    WARD,
    "the ticket has to be paid no later than 28 days after the date of issue, 9 January 2031. "
    "what's the last date to pay",
    D(2031, 1, 9) + TD(days=28),
)
date_item(
    GRAVEL,
    "Race starts at 06:00 on 14 June 2031 and the time limit is 100 hours. On what date is the "
    "cut-off?",
    (DT(2031, 6, 14, 6, 0) + TD(hours=100)).date(),
)
date_item(
    BOTTLE,
    "started the Cutty Sark model on 3 November 2030 and finished it on 22 February 2031, how "
    "many days is that counting both the first and the last day",
    days(D(2030, 11, 3), D(2031, 2, 22)) + 1,
)
date_item(
    CROP,
    "Sprays have to be 21 days apart. The first went on 29 May 2031. What date is the fourth "
    "spray?",
    D(2031, 5, 29) + TD(days=3 * 21),
)
_oncall = D(2031, 1, 5)
date_item(
    CHAP,
    f"I'm on call every third day, the first one is {sayw(_oncall)}. What weekday is my tenth "
    "on-call day?",
    weekday(_oncall + TD(days=9 * 3)),
)
date_item(
    YOYO,
    "regional final is 22 March 2031 and the worlds start 7 August 2031. how many days between "
    "them",
    days(D(2031, 3, 22), D(2031, 8, 7)),
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
            (U, "For this puzzle, a ⊕ b means twice a minus b. Nothing to do with XOR."),
            (A, "Got it: a ⊕ b = 2a − b."),
            (U, "so what's 9 ⊕ 4 ⊕ 3, working left to right"),
        ],
        "⊕ was redefined earlier in the chat; read alone the last line looks like XOR",
    ),
    (
        "conv-base-seven",
        [
            (
                U,
                (
                    "practising base 7 sums for my number theory module. every number I "
                    "send is base 7 and I want the answers in base 7 too"
                ),
            ),
            (A, "Sure, send them over."),
            (U, "45 + 36"),
        ],
        "the earlier turn puts both numbers and the answer in base 7",
    ),
    (
        "conv-modulus",
        [
            (
                S,
                (
                    "You are a tutor for a modular arithmetic course. Unless told otherwise, all "
                    "arithmetic is modulo 11."
                ),
            ),
            (U, "what do 7 times 8 and 9 times 5 come to"),
        ],
        "the system turn makes this multiplication modulo 11",
    ),
    (
        "conv-clock-face",
        [
            (U, "I'm teaching my son to read an analogue clock, just the hour hand, no am or pm"),
            (A, "Lovely, happy to help with that."),
            (U, "so 9 plus 8 is what on the clock"),
        ],
        "clock-face arithmetic wraps at 12, which only the earlier turn says",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my fantasy novel a year has ten months of 36 days and a week has "
                    "six days, Firstday to Sixthday. The 1st of Ashmonth, year 1, is a "
                    "Firstday."
                ),
            ),
            (A, "A tidy calendar, with every month starting on Firstday."),
            (U, "what day of the week is the 20th of Ashmonth then"),
        ],
        "a fictional calendar set up in the conversation; a real-calendar tool cannot answer",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "In my tabletop game 1 glim = 7 drabs and 1 drab = 12 pips."),
            (A, "Noted: a glim is 84 pips."),
            (U, "how many pips in three and a half glims"),
        ],
        "invented units defined earlier in the chat",
    ),
    (
        "conv-python-floor",
        [
            (
                S,
                (
                    "You are a Python 3 tutor. Treat every expression the user sends as "
                    "Python and explain what the interpreter prints."
                ),
            ),
            (U, "-7 // 2"),
        ],
        "Python floor division (gives -4) with an explanation, not ordinary division",
    ),
    (
        "conv-javascript-plus",
        [
            (U, "quick javascript question for my bootcamp"),
            (A, "Go ahead."),
            (U, "what is '5' + 3 and why"),
        ],
        "JavaScript string concatenation semantics, set up as JS by the earlier turn",
    ),
    (
        "conv-c-overflow",
        [
            (U, "I'm writing C on a platform where int is 32 bits"),
            (A, "Okay, what are you seeing?"),
            (U, "what happens with 2147483647 + 1"),
        ],
        "signed overflow in C is undefined behaviour; needs an explanation",
    ),
    (
        "conv-excel-round",
        [
            (U, "working in an Excel sheet for the accounts"),
            (A, "Sure, what formula?"),
            (U, "=ROUND(-2.5,0) gives what and why not -2"),
        ],
        "Excel's rounding rule for halves, asked in a spreadsheet context",
    ),
    (
        "conv-bill-split",
        [
            (
                U,
                (
                    "Dinner for four came to £184. Priya only had a starter so she's "
                    "paying £20 flat and the other three of us split the rest evenly, and "
                    "I'm also covering the £12 service charge on top."
                ),
            ),
            (A, "Got it, happy to work it out."),
            (U, "so what do I pay"),
        ],
        "the numbers and the split are only in the earlier turn",
    ),
    (
        "conv-apollo",
        [
            (U, "reading a book about Apollo 11 with my daughter"),
            (A, "A great story. What would you like to know?"),
            (U, "how many days from launch to splashdown"),
        ],
        "needs the mission's dates, which only the model knows",
    ),
    (
        "conv-recipe-scale",
        [
            (U, "pancake recipe: 250 g flour, 2 eggs, 300 ml milk, makes 8"),
            (A, "That's a classic batter."),
            (U, "how much of everything for 20"),
        ],
        "scaling a recipe given earlier, including whole eggs",
    ),
    (
        "conv-pre-decimal",
        [
            (
                S,
                (
                    "Role-play: you are a grocer in 1950s London. Money is pounds, shillings and "
                    "pence, 12d to the shilling and 20s to the pound. Stay in character."
                ),
            ),
            (U, "I'll take the lot at £3 7s 6d, less the 19s 8d you owe me. What's that come to?"),
        ],
        "pre-decimal currency inside an in-character role-play",
    ),
    (
        "conv-hex",
        [
            (U, "every number I give you in this chat is hexadecimal"),
            (A, "Understood, I'll read them as hex."),
            (U, "19 + 27"),
        ],
        "the numbers are hex because of the earlier turn",
    ),
    (
        "conv-music-meter",
        [
            (U, "the piece is in 7/8 and I count quavers as the beat"),
            (A, "So seven counts a bar."),
            (U, "how many beats in 12 bars plus the 3-beat pickup"),
        ],
        "the metre and counting unit come from the earlier turn",
    ),
    (
        "conv-knitting",
        [
            (
                U,
                (
                    "pattern: rows 1 to 6 are rib, then rows 7 to 14 are repeated 9 times, then 4 "
                    "rows to finish"
                ),
            ),
            (A, "Sounds like a nice scarf."),
            (U, "how many rows altogether"),
        ],
        "row structure is only in the earlier turn; reading the pattern is model work",
    ),
    (
        "conv-darts-house-rules",
        [
            (U, "our pub plays a house rule where doubles count triple and trebles count double"),
            (A, "Fun twist."),
            (U, "I hit double 16, treble 5 and a single 20, what did I score"),
        ],
        "house scoring rules redefined in the conversation",
    ),
    (
        "conv-shire-reckoning",
        [
            (U, "I'm using Tolkien's Shire Reckoning for a campaign"),
            (A, "Hobbit calendar, nice."),
            (U, "how many days from 1 Lithe to Overlithe"),
        ],
        "a fictional calendar whose structure only the model knows",
    ),
    (
        "conv-hijri",
        [
            (U, "I go by the Islamic calendar for fasting"),
            (A, "Of course, how can I help?"),
            (U, "what Gregorian date is 1 Ramadan 1460"),
        ],
        "a lunar calendar that depends on sighting; needs the model's knowledge and caveats",
    ),
    (
        "conv-sprint-length",
        [
            (
                U,
                (
                    "at my company a sprint is 3 weeks and a planning increment is 5 "
                    "sprints, and we get the last sprint of each increment off for "
                    "innovation"
                ),
            ),
            (A, "Okay."),
            (U, "how many working days of delivery in an increment"),
        ],
        "company definitions from the earlier turn",
    ),
    (
        "conv-list-reference",
        [
            (U, "four quotes for the boiler: A £3,490, B £4,120, C £2,890, D £4,550"),
            (A, "Quite a spread."),
            (U, "what's the gap between the second cheapest and the dearest"),
        ],
        "the figures are only in the earlier turn",
    ),
    (
        "conv-quiz-answer",
        [
            (U, "quiz me on times tables, hard ones"),
            (A, "What is 13 × 17?"),
            (U, "221"),
        ],
        "the user is answering a quiz question; the model should mark it",
    ),
    (
        "conv-proofreading",
        [
            (U, "proofread each sentence I send, just return the corrected version"),
            (A, "Send them over."),
            (U, "the train leave at 14:30 on 3 march and arrive at 17.15"),
        ],
        "a proofreading task, not a time calculation",
    ),
    (
        "conv-translation",
        [
            (U, "translate into Spanish and write numbers as words"),
            (A, "Vale."),
            (U, "two hundred and fifty grams of sugar and 3 eggs"),
        ],
        "a translation task set up earlier",
    ),
    (
        "conv-factorial-code",
        [
            (U, "def f(n): return n * f(n - 2) if n > 2 else n"),
            (A, "That's a double factorial, with f(2) = 2 and f(1) = 1."),
            (U, "what does f(9) give"),
        ],
        "depends on the code pasted earlier",
    ),
    (
        "conv-stardate",
        [
            (U, "Star Trek The Next Generation stardates"),
            (A, "They're famously inconsistent, but there are fan conventions."),
            (U, "what stardate would 14 March 2364 be"),
        ],
        "fictional date system; no exact answer, needs the model",
    ),
    (
        "conv-game-currency",
        [
            (U, "in my game 100 copper = 1 silver and 100 silver = 1 gold"),
            (A, "Got it."),
            (U, "I have 3 gold 45 silver and the sword costs 2 gold 70 silver 50 copper, change?"),
        ],
        "game currency defined earlier",
    ),
    (
        "conv-oven-offset",
        [
            (U, "my oven runs 15 degrees hotter than the dial says"),
            (A, "That's common with older ovens."),
            (U, "recipe says 180C fan, what do I set it to"),
        ],
        "the calibration offset comes from the earlier turn",
    ),
    (
        "conv-timezone-family",
        [
            (U, "I'm in Auckland and my sister lives in Lisbon"),
            (A, "That's nearly as far apart as you can get."),
            (U, "if I ring her at 8am my time, what time is it for her"),
        ],
        "cities only in the earlier turn and no date given, so the offset depends on the season",
    ),
    (
        "conv-hiking-legs",
        [
            (U, "for our walking group a 'leg' is 7.5 km and a 'day' is 4 legs"),
            (A, "Nice system."),
            (U, "how many km in a 3 day weekend then"),
        ],
        "the group's own units are defined earlier",
    ),
    (
        "conv-roman-mile",
        [
            (U, "we're talking about Roman measures for my classics essay"),
            (A, "Happy to help with ancient units."),
            (U, "how many feet in a mile"),
        ],
        "a Roman mile is a thousand paces, not the statute mile",
    ),
    (
        "conv-stableford",
        [
            (U, "playing stableford off a handicap of 18 on a par 72 course"),
            (A, "Good luck out there."),
            (U, "I took 5 on a par 4, stroke index 3, how many points"),
        ],
        "golf scoring rules and the handicap from the earlier turn",
    ),
    (
        "conv-sequence-rule",
        [
            (U, "my kid's homework: 2, 6, 12, 20, 30"),
            (A, "Each gap grows by 2."),
            (U, "what are the next two and how do I explain the rule to a ten-year-old"),
        ],
        "needs the earlier sequence and an explanation for a child",
    ),
    (
        "conv-grief",
        [
            (U, "my mum died when she was 58. I was 23."),
            (A, "I'm so sorry. That's very young to lose a parent."),
            (U, "I turn 58 in May. how do people deal with reaching that age"),
        ],
        "an emotional conversation, not an age calculation",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0800 246 1357 a free number to call from a mobile", "phone-number facts"),
    ("near-phone", "whose number is 020 7946 0018, keeps ringing me", "identifying a caller"),
    (
        "near-isbn",
        "what book has ISBN 978-0-14-143951-8",
        "an ISBN is an identifier; needs knowledge",
    ),
    ("near-isbn", "where do I find the ISBN for a kindle ebook", "where an identifier lives"),
    ("near-version", "is python 3.13 worth upgrading to from 3.11", "software versions, opinion"),
    ("near-version", "what changed between node 18 and 20", "release notes knowledge"),
    ("near-version", "ios 17.4.1 vs 17.5 battery life", "version comparison, not arithmetic"),
    ("near-score", "who won 4-2 in the 1966 world cup final", "a scoreline, sports history"),
    ("near-score", "was 6-0 6-0 6-0 ever a grand slam final score", "tennis history"),
    ("near-score", "what does 15-love mean in tennis", "explaining scoring"),
    ("near-range", "is 60-100 bpm a normal resting heart rate for a 70 year old", "medical range"),
    ("near-range", "ideal humidity for a bedroom 40-60% right?", "recommendation, not maths"),
    ("near-range", "kids aged 3-5 how much sleep", "health guidance"),
    ("near-part", "what is bearing 6205-2RS used for", "a part number"),
    ("near-part", "can I swap a CR2032 for a CR2025", "battery part numbers"),
    ("near-part", "difference between M8 and M10 bolts for a wall bracket", "hardware advice"),
    ("near-part", "do I need metric or AF sockets for a 1972 MGB", "tool sizes, practical advice"),
    ("near-opinion", "is 7 really a lucky number", "opinion and culture"),
    ("near-opinion", "is 3.2 a good GPA for grad school", "judgement about a number"),
    ("near-opinion", "is £45k a good salary in Manchester", "judgement about a salary"),
    ("near-opinion", "is 1200 a decent chess rating for an adult beginner", "chess judgement"),
    ("near-opinion", "is 30 too old to start ballet", "opinion about an age"),
    ("near-explain", "why does 0.1 + 0.2 not equal 0.3 in floating point", "explanation"),
    ("near-explain", "why is a marathon 26.2 miles", "history of a distance"),
    ("near-explain", "why is 1 not a prime number", "mathematical explanation"),
    ("near-explain", "explain why 0.999 recurring equals 1", "proof and explanation"),
    ("near-explain", "why are there 360 degrees in a circle", "history"),
    ("near-explain", "why do we have 24 hours in a day and not 10", "history"),
    ("near-explain", "how does compound interest actually work, in plain words", "explanation"),
    ("near-fact", "how tall is Kilimanjaro in feet", "needs the mountain's height"),
    ("near-fact", "how many bones does an adult human have", "anatomy fact"),
    ("near-fact", "population of Lagos roughly", "a fact"),
    ("near-fact", "how far is Mars from the sun on average, in km", "astronomy fact"),
    ("near-fact", "boiling point of water at the top of Everest", "physics and geography"),
    ("near-fact", "how many time zones does Russia have", "geography fact"),
    ("near-fact", "what was the exchange rate of pounds to dollars in 1985", "historical data"),
    ("near-fact", "how much does a blue whale weigh", "animal fact"),
    ("near-fact", "speed limit on the german autobahn", "law and facts"),
    ("near-fact", "how many calories in a banana", "nutrition fact"),
    ("near-holiday", "what date is Diwali in 2031", "a lunisolar festival date"),
    ("near-holiday", "when is chinese new year 2032", "lunisolar calendar knowledge"),
    ("near-holiday", "is 26 december a bank holiday in scotland", "public holiday rules"),
    ("near-holiday", "when do the clocks change in Sydney", "a rule the model knows"),
    ("near-history", "what year did the Berlin Wall come down", "history"),
    (
        "near-history",
        "how long did the hundred years war actually last",
        "history; the name misleads",
    ),
    ("near-history", "how old was Mozart when he died", "biography"),
    ("near-code", "what does HTTP 418 mean", "a status code"),
    ("near-code", "error P0420 on my Golf, what is it", "a fault code"),
    ("near-code", "what does 10-4 mean on a CB radio", "radio code"),
    ("near-code", "chmod 755 vs 644 which for a web folder", "permissions advice"),
    ("near-ratio", "what does 16:9 mean on a telly", "aspect ratio explanation"),
    ("near-ratio", "is 1:1 or 2:1 better for a sourdough starter feed", "baking advice"),
    ("near-ratio", "what's the 50/30/20 budget rule", "explaining a rule"),
    ("near-ratio", "what does 20/20 vision actually mean", "explaining notation"),
    ("near-grade", "what's a 2:1 degree in the UK", "education system"),
    ("near-grade", "is a 7 in GCSE maths equal to an A", "grade equivalence"),
    ("near-random", "pick a number between 1 and 50 for the raffle", "a random choice"),
    ("near-random", "roll a d20 for my rogue's stealth check", "a dice roll"),
    ("near-estimate", "roughly how many golf balls fit in a school bus", "a Fermi estimate"),
    ("near-estimate", "how much should I budget a day for food in Tokyo", "travel advice"),
    ("near-estimate", "how long does it take to walk 10k for an unfit person", "an estimate"),
    ("near-price", "how much is a 1933 penny worth", "coin valuation"),
    ("near-price", "what's bitcoin going to be worth in 2030", "speculation"),
    ("near-words", "write 1,250,000 in words for a cheque", "writing style for a cheque"),
    ("near-words", "what's 47 in Welsh", "translation"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        (
            "help me write a short speech for my brother's wedding, he's a firefighter and loves "
            "fishing"
        ),
        "rewrite this so it sounds less angry: you never reply to my emails on time",
        "give me five subject lines for a newsletter about a village fete",
        "can you write a haiku about a late train",
        "draft a polite letter asking my landlord to fix the boiler",
        "make my cover letter opening more punchy, I'm applying to be a zookeeper",
        "write a limerick about a cat who hates mondays",
        "summarise the plot of Jane Eyre in three sentences",
        "I need a toast for my gran's 90th, something warm and a bit funny",
        "give me a catchy name for a dog grooming van",
    ],
    "cooking": [
        "what can I make with leeks, potatoes and a bit of stilton",
        "how do I stop my risotto going gluey",
        "is it safe to refreeze chicken that's been defrosted in the fridge",
        "best way to get crispy roast potatoes",
        "vegan substitute for eggs in brownies",
        "my bread is dense and heavy, what am I doing wrong",
        "how long does homemade pesto keep",
        "ideas for a packed lunch for a fussy seven year old",
        "what's the difference between baking soda and baking powder",
        "how do you temper chocolate without a thermometer",
    ],
    "travel": [
        "is Lisbon or Porto better for a first trip to Portugal",
        "what should I pack for a week in Iceland in October",
        "do I need a visa to visit Vietnam with a british passport",
        "tips for surviving a long haul flight with a toddler",
        "what's worth seeing in Kraków in two days",
        "is it rude not to tip in New York restaurants",
        "how do I get from Narita airport to Shinjuku",
        "best time of year to see the northern lights in Norway",
        "is travel insurance worth it for a weekend in Paris",
        "what are the must-try foods in Oaxaca",
    ],
    "coding": [
        "how do I reverse a linked list in python",
        "what's the difference between let and var in javascript",
        "explain git rebase vs merge like I'm five",
        "why does my docker container exit immediately",
        "write a regex that matches uk postcodes",
        "how do I centre a div horizontally and vertically",
        "what is dependency injection and why would I use it",
        "my SQL query with a LEFT JOIN is returning duplicates, why",
        "how do I read a csv file in rust",
        "what is a race condition, with an example",
    ],
    "health": [
        "how can I sleep better when I work night shifts",
        "is it normal for a new tattoo to peel",
        "what are the early signs of burnout",
        "gentle stretches for lower back pain",
        "how do I know if my child has a cold or flu",
        "what helps with hay fever apart from antihistamines",
        "is it ok to run with a mild cold",
        "how do I start meditating if I can't sit still",
        "what should be in a basic first aid kit for hiking",
        "tips for cutting down on caffeine without headaches",
    ],
    "language": [
        "what's the difference between affect and effect",
        "how do you say 'where is the train station' in Italian",
        "is it 'fewer' or 'less' people",
        "what does 'schadenfreude' mean",
        "when do I use a semicolon",
        "explain the subjunctive in spanish simply",
        "what's the origin of the word 'quarantine'",
        "is 'irregardless' a real word",
        "how do I pronounce 'Worcestershire'",
        "what's the plural of 'octopus'",
    ],
    "advice": [
        "how do I tell my flatmate he needs to clean up after himself",
        "should I take a job with more money but a longer commute",
        "how do I ask for a pay rise without sounding pushy",
        "my friend forgot my birthday, should I say something",
        "how do I get my teenager off their phone at dinner",
        "tips for a first date when you're really nervous",
        "how do I say no to extra work without looking lazy",
        "what do I say to a friend whose dog just died",
        "how do I make friends after moving to a new city",
        "is it worth getting a dog if I work from home three days a week",
    ],
    "knowledge": [
        "who painted the girl with a pearl earring",
        "why did the Roman Empire fall",
        "what causes the northern lights",
        "how do vaccines train the immune system",
        "who was Ada Lovelace",
        "what's the difference between a virus and bacteria",
        "why is the sky blue",
        "how do bees make honey",
        "what started the first world war",
        "how does a refrigerator keep things cold",
    ],
    "creative": [
        "give me a plot idea for a short mystery set on a ferry",
        "invent a board game for four players using only a deck of cards",
        "describe a sunset over a desert in the style of Hemingway",
        "come up with a superhero whose power is mildly inconvenient",
        "write the opening line of a ghost story set in a launderette",
        "suggest a theme for my daughter's eighth birthday party",
        "name ideas for a fantasy tavern",
        "write a short bedtime story about a sleepy otter",
        "brainstorm ideas for a science fair project on plants",
        "give me a riddle whose answer is 'shadow'",
    ],
    "tech-help": [
        "my laptop fan is really loud, what can I do",
        "how do I back up my iphone photos to a pc",
        "wifi keeps dropping in one room, any fixes",
        "is it safe to use public wifi for online banking",
        "how do I set up two-factor authentication on gmail",
        "my printer says offline but it's switched on",
        "what's the difference between an SSD and a hard drive",
        "how do I stop spam calls on android",
        "should I turn my computer off at night or leave it on",
        "how do I free up storage on my phone",
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
    # no register (family name) of this set is a family name of sets 19 to 160
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 160: {reused}"
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
