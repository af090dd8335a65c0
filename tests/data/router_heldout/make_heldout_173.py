"""Generate heldout-2027-05-25.jsonl: a hundred-and-seventy-third held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_173.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-172, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values with Fraction/Decimal (whole items rounded up with whole_up or down with
floor, as each question says), units from the exact definitions above (EXACT where the answer
terminates in at most 3 decimals, unit_r otherwise), dates with datetime (weekdays stated in the
text come from sayw, spans across zones and a clock change via utc_minutes and zoneinfo, working
days via working_day_after).

Provenance
----------
Read: this file, grading.py and earlier_registers.txt in /work/sealed173, with cat/sed; I
grepped earlier_registers.txt for keywords of candidate register names to keep all 25 new and
away from earlier ones. Nothing under /work/main, /work/shared or /work/.library was opened.
Wrote: the four sections by hand (stories, numbers and negatives invented for this set), first
as scratch files in a subdirectory here, then spliced in at the markers; every expected value is
an expression in code, never a typed result. Items the duplicate check flagged were reworded
using only their ids and my own text.
Checked: ran the generator until all its checks passed, printed my own expected values with
--show and reread my own datetime queries for ambiguity, ran ruff check (with --fix
--unsafe-fixes, which only parenthesised implicit string concatenations) and ruff format with
--config /work/main/pyproject.toml, checked no line exceeds 99 characters, and ran the
generator again.
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
OUT = HERE / "heldout-2027-05-25.jsonl"
PREFIX = "ho173-"
# earlier generators: sets 1-172 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 173))
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
    "make_heldout_167.py",
    "make_heldout_168.py",
    "make_heldout_169.py",
    "make_heldout_170.py",
    "make_heldout_171.py",
    "make_heldout_172.py",
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


DEMINER = "deminer_clearing_a_minefield_in_angola"
CANE = "sugar_cane_cutter_in_the_burdekin"
BEARGUARD = "polar_bear_guard_with_a_geology_party"
PHLEB = "phlebotomist_on_the_early_ward_round"
MOSQUE = "mosque_treasurer_after_friday_prayers"
KIBBUTZ = "kibbutz_member_on_the_dining_hall_rota"
DURIAN = "durian_grower_in_pahang"
BUSHPILOT = "bush_pilot_flying_freight_to_remote_strips"
NIGHTWATCH = "nightwatchman_patrolling_an_empty_office_tower"
POTTY = "dad_potty_training_a_three_year_old"
CROSSING = "level_crossing_keeper_on_a_branch_line"
TSUNAMI = "tsunami_warning_centre_duty_scientist"
RESERVIST = "army_reservist_on_a_training_weekend"
DIABETIC = "newly_diagnosed_diabetic_counting_carbs"
STROKE = "stroke_survivor_easing_back_into_work"
ANTENATAL = "expectant_mother_after_an_antenatal_class"
GER = "herding_family_in_a_ger_near_ulaanbaatar"
SOUP = "soup_kitchen_coordinator_on_a_winter_night"
GAMESHOW = "game_show_contestant_practising_the_final_round"
BUDGIE = "budgie_exhibitor_at_a_cage_bird_show"
QUINTET = "wind_quintet_bassoonist_on_tour"
CUBESAT = "cubesat_student_team_before_launch"
CLAIMS = "small_claims_litigant_drafting_a_schedule"
BUSLANE = "driver_appealing_a_bus_lane_fine"
SNAKE = "snake_rescuer_called_out_to_a_garden"

# plain one-liners
calc(P, "17.5 percent of 2,480 is what", pct("17.5") * 2480)
calc(P, "1,234 x 56", 1234 * 56)
calc(P, "(845 - 97) / 4", F(845 - 97, 4))
assert math.isqrt(7056) ** 2 == 7056
calc(P, "what's the square root of 7,056, quick", math.isqrt(7056))
calc(P, "2 to the power 13, minus 1", 2**13 - 1)
calc(P, "£64.80 split three ways, how much each", dec("64.80") / 3)
calc(P, "seven eighths minus three twentieths, as a decimal", F(7, 8) - F(3, 20))
calc(P, "seventeen squared plus twelve cubed", 17**2 + 12**3)
calc(P, "how much is $249.50 with 12% knocked off", dec("249.50") * (1 - pct(12)))
calc(P, "mean of 71, 84, 66, 90 and 79", F(71 + 84 + 66 + 90 + 79, 5))
calc(P, "4.2 million divided by 350 =", dec("4.2") * 10**6 / 350)
calc(P, "lowest common multiple of 12, 18 and 30", math.lcm(12, 18, 30))
calc(P, "18! / 16!", math.factorial(18) // math.factorial(16))
calc(P, "increase 1,840 by 15 percent", 1840 * (1 + pct(15)))

# registers
calc(
    DEMINER,
    "Our section is six deminers. On this ground each deminer clears 18 m² per working day. "
    "The suspected hazardous area is 4,300 m² and the village is 1.2 km down the track. "
    "How many working days to clear it? Whole days, round up.",
    whole_up(F(4300, 6 * 18)),
)
calc(
    DEMINER,
    "invoice to the donor for the quarter: 37 anti-personnel mines and 4 items of UXO destroyed "
    "across 9 clearance lanes. they pay $85 per item destroyed plus a flat $1,250 per lane. "
    "total?",
    (37 + 4) * 85 + 9 * 1250,
)
calc(
    CANE,
    "cut 7.2 t monday, 6.85 tuesday, 8.1 wednesday, rained off thursday, 7.65 friday. rate is "
    "$11.40 a tonne, what did i make for the week",
    (dec("7.2") + dec("6.85") + dec("8.1") + dec("7.65")) * dec("11.40"),
)
calc(
    CANE,
    "Our gang of five cutters got a $2,130 end of season bonus. The ganger takes a double share "
    "and the other four of us take single shares. How much does each of the four get?",
    F(2130, 2 + 4),
)
calc(
    BEARGUARD,
    "Geology party of 8 including me and the other guard, 21 days in the field. Food at 0.85 kg "
    "per person per day, plus 15% spare in case the helicopter can't get in. How many kg of "
    "food do we fly in?",
    8 * 21 * dec("0.85") * (1 + pct(15)),
)
calc(
    PHLEB,
    "46 patients on my early round. each bleed takes me 4 minutes and walking from one bed to "
    "the next takes 90 seconds (so 45 walks). how many minutes is the whole round",
    46 * 4 + 45 * F(90, 60),
)
calc(
    MOSQUE,
    "Counting the Friday collection: 37 twenty-pound notes, 64 tens, 118 fivers and £246.35 "
    "in coins. What's the total?",
    37 * 20 + 64 * 10 + 118 * 5 + dec("246.35"),
)
calc(
    MOSQUE,
    "£3,480 of the quarter's donations were gift aided and HMRC adds 25p for every £1 gift "
    "aided. what do those donations come to once the claim is paid",
    3480 + 3480 * dec("0.25"),
)
calc(
    KIBBUTZ,
    "the dining hall needs 14 people per shift, three shifts a day, six days a week (Shabbat is "
    "covered separately). 126 of us are on the rota and it's split evenly. how many shifts "
    "each per week?",
    F(14 * 3 * 6, 126),
)
calc(
    DURIAN,
    "Sold at the collection point: 136 kg Musang King at RM58/kg and 210 kg D24 at RM22/kg. "
    "Middleman keeps 8%. How much do I take home in ringgit?",
    (136 * 58 + 210 * 22) * (1 - pct(8)),
)
calc(
    BUSHPILOT,
    "Caravan's useful load for this leg is 1,360 kg with fuel already counted. Two passengers "
    "at 88 kg and 95 kg, each with a 23 kg bag, plus 14 boxes of groceries for the co-op store "
    "at 32.5 kg each. How many kg of freight can I still put on?",
    1360 - 88 - 95 - 2 * 23 - 14 * dec("32.5"),
)
calc(
    NIGHTWATCH,
    "I'm on £13.85 an hour, shifts are 7pm to 7am four nights a week, and there's an extra "
    "£1.20 an hour for the hours between midnight and 6am. weekly gross?",
    4 * (12 * dec("13.85") + 6 * dec("1.20")),
)
calc(
    POTTY,
    "sticker chart: one sticker for a wee in the potty, three for a poo. every 10 stickers she "
    "picks a small toy. she's managed 23 wees and 6 poos so far — how many toys has she earned "
    "(whole toys only, the leftover stickers carry over)",
    (23 + 6 * 3) // 10,
)
calc(
    CROSSING,
    "Barriers come down 2 min 40 s before each train, the train takes 20 s to clear the "
    "crossing, and they go back up 40 s after it has cleared. 24 trains a day, 12 each way. "
    "How many minutes "
    "a day is the road shut?",
    F(24 * (160 + 20 + 40), 60),
)
assert math.isqrt(10 * 4000) ** 2 == 10 * 4000
calc(
    TSUNAMI,
    "back-of-envelope for the bulletin: shallow water wave speed = sqrt(g x depth). use "
    "g = 10 m/s² and a mean depth of 4,000 m. how many minutes for the wave to cover the "
    "720 km to the coast?",
    F(720_000, math.isqrt(10 * 4000)) / 60,
)
calc(
    RESERVIST,
    "Training weekend pay is £98.40 a day. I did the Saturday and Sunday plus three drill "
    "nights, which count as a quarter of a day each. The £550 bounty comes separately later. "
    "What am I owed for the days?",
    (2 + 3 * F(1, 4)) * dec("98.40"),
)
calc(
    DIABETIC,
    "my ratio is 1 unit per 12 g carbohydrate. lunch is two slices of bread at 15 g carb each, "
    "an apple at 18 g and a yoghurt at 9 g. how many units do i take",
    F(2 * 15 + 18 + 9, 12),
)
calc(
    STROKE,
    "Phased return: week one at 40% of my normal 37.5 hours, week two at 60%, week three at "
    "80%. How many hours in total across those three weeks?",
    dec("37.5") * (pct(40) + pct(60) + pct(80)),
)
calc(
    ANTENATAL,
    "working out my maternity pay: first six weeks at 90% of my average weekly earnings of "
    "£612, then 33 weeks at the flat £184.03 a week. what's the total over the 39 weeks",
    6 * pct(90) * 612 + 33 * dec("184.03"),
)
calc(
    GER,
    "For the census the soum counts livestock in sheep units: sheep 1, goat 0.9, horse 7, "
    "camel 5. We have 140 sheep, 62 goats, 18 horses and 9 camels. Total sheep units?",
    140 + 62 * dec("0.9") + 18 * 7 + 9 * 5,
)
calc(
    SOUP,
    "the recipe makes 2.5 litres which is 10 bowls. we're expecting 150 people tonight and I "
    "want 10% extra on top of that. how many litres should we make",
    150 * (1 + pct(10)) / 10 * dec("2.5"),
)
calc(
    SOUP,
    "We've had £340 from St Anne's, £1,125 from the supermarket raffle and 46 people gave £15 "
    "each online. A meal costs us £2.35 to serve. How many whole meals does that cover?",
    math.floor((340 + 1125 + 46 * 15) / dec("2.35")),
)
calc(
    GAMESHOW,
    "In the final you start on £5,000; a right answer doubles the pot and a wrong one halves "
    "it. If I go right, right, wrong, right, wrong, right, what's the pot at the end?",
    5000 * F(2) * 2 / 2 * 2 / 2 * 2,
)
calc(
    GAMESHOW,
    "practising the numbers round, I got (100 + 6) × 3 × (75 − 50) ÷ 25 — what does that "
    "actually come to",
    F((100 + 6) * 3 * (75 - 50), 25),
)
calc(
    BUDGIE,
    "entries for the show: 23 birds at 60p each, my club subs of £12, and 40 closed rings at 38p "
    "each. total to send the secretary?",
    23 * dec("0.60") + 12 + 40 * dec("0.38"),
)
calc(
    QUINTET,
    "Promoter pays the quintet £9,600 for the tour. The agent takes 15% off the top, then the "
    "£1,180 van hire comes out, and the rest is split equally between the five of us. My share?",
    (9600 * (1 - pct(15)) - 1180) / 5,
)
calc(
    CUBESAT,
    "the panels give 7.2 W in sunlight. one orbit is 96 minutes, 36 of them in eclipse. what's "
    "the orbit-average power in watts",
    dec("7.2") * (96 - 36) / 96,
)
calc(
    CLAIMS,
    "Schedule of loss: £1,450 for the botched job, £89.99 for the replacement part, plus simple "
    "interest at 8% a year on the £1,450 for 146 days (365-day year). What's the total claim?",
    1450 + dec("89.99") + 1450 * pct(8) * F(146, 365),
)
calc(
    CLAIMS,
    "three missed deliveries at £42.50 each + the £318 refund they never paid + my mileage, 64 "
    "miles at 45p. sum please",
    3 * dec("42.50") + 318 + 64 * dec("0.45"),
)
calc(
    BUSLANE,
    "The PCN was £70, halved if paid inside 14 days, which I did. The appeal's now been upheld "
    "and they're refunding what I paid plus £8.50 towards my costs. How much am I getting back?",
    F(70, 2) + dec("8.50"),
)
calc(
    SNAKE,
    "callout fee is £45 plus 60p a mile for the round trip. the garden was 23 miles away. then "
    "20% VAT on the lot — what's the bill?",
    (45 + 2 * 23 * dec("0.60")) * (1 + pct(20)),
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

unit_r(P, "72kg how many lbs is that", 72 / LB)
unit_r(P, "how many km is 5 miles", 5 * MI / 1000)
unit(P, "98.6°F in celsius", f_to_c(dec("98.6")), EXACT)
unit_r(P, "350 F to C", f_to_c(350))
unit(P, "6 ft 2 in to cm", (6 * FT + 2 * IN) * 100, EXACT)
unit_r(P, "flat is advertised at 45 m², what's that in sq ft", 45 / SQFT)
unit_r(P, "two and a half acres = ? m²", F(5, 2) * ACRE)
unit_r(P, "motorway limit there is 120 km/h, what's that in mph", 120 * KMH / MPH)
unit_r(P, "tyre says 32 psi but the garage gauge is in kPa — convert", 32 * PSI / 1000)
unit(P, "3.5 gibibytes expressed in mebibytes", F(7, 2) * GIB / MIB, EXACT)
unit_r(P, "750g in oz", dec("0.750") / OZ)
unit_r(P, "26.2 mi expressed in km", dec("26.2") * MI / 1000)
unit(P, "15 knots is how many km/h", 15 * KNOT / KMH, EXACT)
unit(P, "-40 celsius in kelvin", dec("-40") + dec("273.15"), EXACT)

unit_r(
    DEMINER,
    "the old US manual gives the fragment hazard distance for this mine as 100 m. the visiting "
    "instructor wants it in feet",
    100 / FT,
)
unit_r(CANE, "our block is 38 hectares. what's that in acres", 38 * 10_000 / ACRE)
unit(
    BEARGUARD,
    "The American guidebook says stay at least 300 yards from a polar bear. How many metres is "
    "that?",
    300 * YD,
    EXACT,
)
unit(
    PHLEB,
    "tourniquet goes 4 inches above the puncture site — how many cm is that",
    4 * IN * 100,
    EXACT,
)
unit_r(
    MOSQUE,
    "New carpet for the prayer hall, which is 28 m by 19 m. The supplier quotes per square yard "
    "— how many square yards do we need to cover it exactly?",
    28 * 19 / SQYD,
)
unit_r(
    KIBBUTZ,
    "the American volunteer's challah recipe says bake at 375°F — what's that in °C for the "
    "dining hall oven",
    f_to_c(375),
)
unit_r(
    DURIAN,
    "buyer from Singapore wants the load weight in pounds. the lorry has 2,350 kg of fruit on",
    2350 / LB,
)
unit(
    BUSHPILOT,
    "The strip at the mine camp is 2,400 ft long. What's that in metres?",
    2400 * FT,
    EXACT,
)
unit_r(
    BUSHPILOT,
    "caravan cruises at 160 knots, passengers always ask in mph. what is it",
    160 * KNOT / MPH,
)
unit_r(
    NIGHTWATCH,
    "Each patrol I climb the stairs 14 floors, 3.8 m a floor, and I do 6 patrols a night. How "
    "many feet have I climbed by the end of the night?",
    14 * dec("3.8") * 6 / FT,
)
unit_r(
    POTTY,
    "the potty seat says max 20 kg. she's 2 st 9 lb at the last weigh-in — what's that in kg",
    (2 * STONE + 9 * LB),
)
unit_r(
    CROSSING,
    "Line speed over my crossing is 40 mph. What's that in km/h for the new rail staff from "
    "Germany?",
    40 * MPH / KMH,
)
unit(
    TSUNAMI,
    "wave's travelling at 200 m/s in the open ocean, what's that in km/h",
    200 / KMH,
    EXACT,
)
unit(
    TSUNAMI,
    "An old chart gives the trench floor near the source as 2,150 fathoms (a fathom being 6 "
    "feet). How many metres deep is that?",
    2150 * 6 * FT,
    EXACT,
)
unit_r(
    RESERVIST,
    "the tab was 8 miles with a 25 kg bergen and 4.5 kg of rifle. how far was that in km",
    8 * MI / 1000,
)
unit_r(DIABETIC, "the nurse weighed me at 14 st 3 lb. what's that in kilos", 14 * STONE + 3 * LB)
unit_r(
    DIABETIC,
    "Walked 7.5 km after dinner in 1 hour 15 minutes to help my sugars. What was my average "
    "speed in mph?",
    dec("7.5") * 1000 / (F(5, 4) * 3600) / MPH,
)
unit_r(STROKE, "it's 11 miles to the office, what's that in km", 11 * MI / 1000)
unit_r(
    ANTENATAL,
    "my sister's baby was 8 lb 3 oz when she was born, what's that in grams",
    (8 * LB + 3 * OZ) * 1000,
)
unit(
    GER,
    "It went down to minus 38 °C at the winter camp. What is that in Fahrenheit for my cousin "
    "in Chicago?",
    c_to_f(-38),
    EXACT,
)
unit_r(GER, "85 km from our camp to Ulaanbaatar, how many miles", 85 * 1000 / MI)
unit(
    SOUP,
    "The donated oven only shows Fahrenheit and the crumble recipe says 180 °C. What do I set "
    "it to?",
    c_to_f(180),
    EXACT,
)
unit(GAMESHOW, "quickfire round practice: 100 yards in metres", 100 * YD, EXACT)
unit_r(
    BUDGIE,
    "the show cage has to be at least 80 cm long according to the schedule, how many inches is "
    "that",
    dec("0.80") / IN,
)
unit_r(
    QUINTET,
    "Bassoon in its flight case weighs 9.5 kg. The airline's cabin limit is in pounds — what is "
    "9.5 kg in lb?",
    dec("9.5") / LB,
)
unit_r(CUBESAT, "our 3U cubesat masses 3.9 kg, what's that in pounds", dec("3.9") / LB)
unit_r(
    CUBESAT,
    "Three deployable solar panels, each 30 cm by 10 cm. What's the total panel area in square "
    "inches?",
    3 * dec("0.30") * dec("0.10") / (IN * IN),
)
unit_r(
    CLAIMS,
    "the fence panel run they flattened was 42 feet long — I need it in metres for the schedule",
    42 * FT,
)
unit_r(BUSLANE, "camera logged me at 48 km/h. what's that in mph", 48 * KMH / MPH)
unit(
    SNAKE,
    "The carpet python I picked up was 9 ft 4 in from nose to tail. How long in cm?",
    (9 * FT + 4 * IN) * 100,
    EXACT,
)
unit(SNAKE, "basking spot for the corn snake should be 32 °C, what's that in F", c_to_f(32), EXACT)


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
    P, "storming of the Bastille, 14 July 1789 — what weekday was that", weekday(D(1789, 7, 14))
)
date_item(
    P,
    "number of days from 3 March 2031 until 19 November 2031",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "what's the date 100 days after 15 January 2029", D(2029, 1, 15) + TD(days=100))
date_item(P, "90 days before 1 March 2028?", D(2028, 3, 1) - TD(days=90))
date_item(P, "what day does 25 December 2034 fall on", weekday(D(2034, 12, 25)))
date_item(
    P, "how many weeks from 6 January 2030 to 7 April 2030", weeks(D(2030, 1, 6), D(2030, 4, 7))
)
date_item(
    P,
    "someone born 11 October 1987, how old are they on 10 October 2027",
    age(D(1987, 10, 11), D(2027, 10, 10)),
)
date_item(P, "date of the third Thursday in November 2030", nth_weekday(2030, 11, THU, 3))
_sep = [D(2030, 9, 2) + TD(days=k) for k in range(days(D(2030, 9, 2), D(2030, 9, 27)) + 1)]
date_item(
    P,
    "how many weekdays (Mon-Fri) are there from 2 September 2030 to 27 September 2030, both "
    "included",
    sum(1 for d in _sep if d.weekday() < SAT),
)
date_item(
    P,
    "how many minutes is it from 22:35 until 06:10 next morning",
    clock_span("22:35", "06:10", 60),
)
date_item(P, "1 January 2100 — which day of the week", weekday(D(2100, 1, 1)))
date_item(P, "which date is the final Friday in October 2031", nth_weekday(2031, 10, FRI, -1))
date_item(
    P,
    "9 August 2032 is day number what of the year, counting 1 January as day 1",
    D(2032, 8, 9).timetuple().tm_yday,
)
date_item(P, "days from March 3, 2029 to July 4, 2029", days(D(2029, 3, 3), D(2029, 7, 4)))

date_item(
    DEMINER,
    "I fly into Luena on 9 October 2028 for a 42-day rotation, arrival day counting as day 1. "
    "What's the date of my last day on site?",
    D(2028, 10, 9) + TD(days=42 - 1),
)
_crush = D(2030, 6, 11)
date_item(
    CANE,
    f"crushing started {sayw(_crush)} and the mill is planning on exactly 22 weeks. what date "
    "is 22 weeks after the start",
    _crush + TD(weeks=22),
)
date_item(
    BEARGUARD,
    "I'm guarding the geologists from 28 June 2029 to 16 August 2029, both days included. How "
    "many days of duty is that?",
    days(D(2029, 6, 28), D(2029, 8, 16)) + 1,
)
date_item(
    PHLEB,
    "started the round at 05:50, last bottle labelled at 08:17. how many minutes was that",
    clock_span("05:50", "08:17", 60),
)
_inr = D(2030, 1, 3)
date_item(
    PHLEB,
    f"Warfarin patient has her INR checked every 28 days. First check was {sayw(_inr)}. What "
    "date is the fifth check?",
    _inr + TD(days=4 * 28),
)
date_item(
    MOSQUE,
    "how many Fridays are there in the whole of 2031, for the jumu'ah rota",
    sum(1 for k in range(365) if (D(2031, 1, 1) + TD(days=k)).weekday() == FRI),
)
_dishes = D(2030, 5, 5)
date_item(
    KIBBUTZ,
    f"I'm on dishes every 9th day, first turn {sayw(_dishes)}. which day of the week is my "
    "10th turn?",
    weekday(_dishes + TD(days=9 * 9)),
)
date_item(
    DURIAN,
    "The Musang King trees flowered on 12 March 2029. If the fruit drops exactly 98 days after "
    "flowering, what date does it drop?",
    D(2029, 3, 12) + TD(days=98),
)
date_item(
    BUSHPILOT,
    "wheels up Whitehorse 07:20 local on 14 July 2030, landed Inuvik 10:35 local the same day. "
    "how many minutes in the air",
    utc_minutes("2030-07-14T07:20", "America/Whitehorse", "2030-07-14T10:35", "America/Inuvik"),
)
_fwd = nth_weekday(2031, 3, SUN, -1)
_watch = (
    utc_minutes(f"{_fwd - TD(days=1)}T19:00", "Europe/London", f"{_fwd}T07:00", "Europe/London")
    / 60
)
date_item(
    NIGHTWATCH,
    f"My shift in London starts at 19:00 on {sayw(_fwd - TD(days=1))} and ends at 07:00 the "
    "next morning, and the clocks go forward overnight. How many hours am I actually on?",
    _watch,
)
_potty = D(2030, 5, 6)
date_item(
    POTTY,
    f"we started potty training on {sayw(_potty)}. the book says give it 21 days, counting the "
    "first day as day 1. which date is day 21",
    _potty + TD(days=20),
)
date_item(
    CROSSING,
    "the box is staffed 06:15 to 22:40, how many minutes is that",
    clock_span("06:15", "22:40", 60),
)
_poss_a, _poss_b = D(2030, 12, 14), D(2031, 1, 5)
date_item(
    CROSSING,
    f"Engineering possession runs from {sayw(_poss_a)} to {sayw(_poss_b)} inclusive. How many "
    "days is the branch shut?",
    days(_poss_a, _poss_b) + 1,
)
date_item(
    TSUNAMI,
    "Quake at 02:14 on 9 March 2031 Japan time; the first wave reached Hilo at 15:05 Hawaii "
    "time on 8 March 2031. How many minutes did it take to cross?",
    utc_minutes("2031-03-09T02:14", "Asia/Tokyo", "2031-03-08T15:05", "Pacific/Honolulu"),
)
_camp = D(2030, 9, 7)
date_item(
    RESERVIST,
    f"annual camp starts {sayw(_camp)} and lasts 15 days including the first and last. what's "
    "the last day",
    _camp + TD(days=14),
)
_rx = D(2030, 10, 3)
date_item(
    DIABETIC,
    f"handed my new prescription in on {sayw(_rx)}. pharmacy says 7 working days (Mon-Fri, no "
    "bank holidays in the way), not counting the day I handed it in. which date will it be ready",
    working_day_after(_rx, 7),
)
date_item(
    STROKE,
    "I had the stroke on 19 November 2029. The consultant said no driving for six weeks. What "
    "date is exactly six weeks after the stroke?",
    D(2029, 11, 19) + TD(weeks=6),
)
_back = D(2030, 6, 3)
_mwf = [d for d in (_back + TD(days=k) for k in range(60)) if d.weekday() in (MON, WED, FRI)]
date_item(
    STROKE,
    f"phased return starts {sayw(_back)}, working Mondays, Wednesdays and Fridays only. what "
    "date is my 10th day back (the first day counts as day 1)",
    _mwf[9],
)
_lmp = D(2029, 8, 17)
date_item(
    ANTENATAL,
    "First day of my last period was 17 August 2029 and the midwife says due date is 280 days "
    "after that. What date is that?",
    _lmp + TD(days=280),
)
date_item(
    ANTENATAL,
    "LMP 17 August 2029, how many completed weeks pregnant will i be on 4 March 2030",
    days(_lmp, D(2030, 3, 4)) // 7,
)
date_item(
    GER,
    "we move to the winter camp on 15/10/2029 and leave for spring pasture on 20/04/2030. how "
    "many nights at the winter camp",
    days(D(2029, 10, 15), D(2030, 4, 20)),
)
_open_a, _open_b = D(2030, 10, 1), D(2030, 12, 19)
date_item(
    SOUP,
    f"We open every Tuesday and Thursday evening from {sayw(_open_a)} to {sayw(_open_b)} "
    "inclusive. How many evenings is that?",
    sum(
        1
        for k in range(days(_open_a, _open_b) + 1)
        if (_open_a + TD(days=k)).weekday() in (TUE, THU)
    ),
)
date_item(
    GAMESHOW, "tiebreak practice: what day of the week was 20 July 1969", weekday(D(1969, 7, 20))
)
date_item(
    BUDGIE,
    "eggs hatch 18 days after they're laid. the hen laid her first egg on 27 February 2030. "
    "hatch date for that one?",
    D(2030, 2, 27) + TD(days=18),
)
date_item(
    QUINTET,
    "We leave Vienna at 13:55 on 20 October 2030 and land in Tokyo at 09:10 local on 21 "
    "October. How long is the flight in minutes?",
    utc_minutes("2030-10-20T13:55", "Europe/Vienna", "2030-10-21T09:10", "Asia/Tokyo"),
)
_tour = D(2030, 11, 3)
date_item(
    QUINTET,
    f"23 concerts, the first on {sayw(_tour)}, then one every other day. date of the last one?",
    _tour + TD(days=2 * 22),
)
date_item(
    CUBESAT,
    "launch was set for 28 February 2031 and it's slipped by 45 days. new launch date?",
    D(2031, 2, 28) + TD(days=45),
)
date_item(
    CLAIMS,
    "My letter before claim is dated 07/03/2031 (DD/MM/YYYY) and gives them 30 days from the "
    "date of the letter to pay. What date is the deadline?",
    D(2031, 3, 7) + TD(days=30),
)
_pcn = D(2031, 1, 26)
date_item(
    BUSLANE,
    "PCN dated 26 January 2031, I've got 28 days from that date to pay or challenge. what date "
    "is exactly 28 days after the PCN date",
    _pcn + TD(days=28),
)
date_item(
    BUSLANE,
    "The tribunal appeal has to be in by the 56th day after the notice date of 26 January 2031. "
    "What day of the week is that?",
    weekday(_pcn + TD(days=56)),
)
date_item(
    SNAKE,
    "the hatchling corn snake came out of its egg on 29 July 2030. how many days old is it on "
    "13 September 2030",
    days(D(2030, 7, 29), D(2030, 9, 13)),
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
            (S, "For this puzzle set, a ⊕ b is defined as a×b + a + b."),
            (U, "ok so what's 7 ⊕ 5"),
        ],
        "⊕ was defined in the system turn; a calculator cannot know that meaning",
    ),
    (
        "conv-redefined-operator",
        [
            (U, "in my maths club worksheet, a # b means the larger of the two numbers, squared"),
            (A, "Got it: a # b = max(a, b)²."),
            (U, "so 6 # 9 minus 4 # 3?"),
        ],
        "# was redefined earlier in the conversation",
    ),
    (
        "conv-other-base",
        [
            (U, "for my homework everything is in base 7, answers too"),
            (A, "Sure, I'll read and write all numbers in base 7."),
            (U, "52 + 34"),
        ],
        "the numbers are base 7, so the decimal answer would be wrong",
    ),
    (
        "conv-other-base",
        [
            (S, "Every number in this chat is hexadecimal unless marked otherwise."),
            (U, "what is 19 + 27"),
        ],
        "the digits are hexadecimal per the system turn",
    ),
    (
        "conv-modulus",
        [
            (U, "we're practising arithmetic modulo 11 in class"),
            (A, "Okay, I'll reduce every answer mod 11."),
            (U, "8 × 9 + 5"),
        ],
        "the answer must be reduced mod 11, as agreed earlier",
    ),
    (
        "conv-fictional-time",
        [
            (
                S,
                (
                    "The user is writing a novel set on the colony world Tessaly, where a day has "
                    "20 hours of 50 minutes each."
                ),
            ),
            (U, "if the night watch starts at 17:30 and lasts 6 hours, when does it end"),
        ],
        "the clock wraps at 20 hours on the fictional world",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "in my tabletop world the year has 10 months named after the gods and every "
                    "month is exactly 30 days"
                ),
            ),
            (A, "Noted — a 300-day year, 10 months of 30 days."),
            (U, "how many days from the 12th of Vareth to the 3rd of the following month"),
        ],
        "a fictional calendar defined earlier; a real calendar tool cannot count it",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                S,
                (
                    "The user is writing a historical novel and all dates use the French "
                    "Republican calendar."
                ),
            ),
            (U, "how many days from 10 Brumaire to 25 Frimaire"),
        ],
        "the dates are in the French Republican calendar, which the model must know",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in our game, 1 glint = 12 shards and 1 crown = 20 glints"),
            (A, "Got it."),
            (U, "how many shards is 3 crowns and 5 glints"),
        ],
        "the units are invented and defined earlier in the chat",
    ),
    (
        "conv-fictional-unit",
        [
            (
                S,
                (
                    "Homebrew setting: a league is 4 km, and a 'day's march' is 6 leagues for "
                    "infantry."
                ),
            ),
            (U, "convert 7 days' march to kilometres"),
        ],
        "the league and day's march are defined by the setting, not real units",
    ),
    (
        "conv-fictional-currency",
        [
            (
                U,
                (
                    "my novel's money: 1 gold = 8 silver, 1 silver = 15 copper, and a gold is "
                    "worth "
                    "about 40 real dollars"
                ),
            ),
            (A, "Okay, I'll keep those rates in mind."),
            (U, "how many dollars is 300 copper then"),
        ],
        "the currency is fictional and defined in an earlier turn",
    ),
    (
        "conv-code-semantics",
        [
            (U, "I'm debugging some JavaScript"),
            (A, "Happy to help — what's happening?"),
            (U, "what does '5' + 3 - 2 give"),
        ],
        "JavaScript string concatenation and coercion, not arithmetic",
    ),
    (
        "conv-code-semantics",
        [
            (U, "quick Python 3 question"),
            (A, "Go ahead."),
            (U, "-7 // 2 and -7 % 2?"),
        ],
        "Python floor-division and modulo semantics with negatives",
    ),
    (
        "conv-code-semantics",
        [
            (U, "assume 8-bit unsigned integers like on my microcontroller"),
            (A, "OK, values wrap around at 256."),
            (U, "200 + 100"),
        ],
        "unsigned 8-bit overflow wraps, agreed earlier",
    ),
    (
        "conv-code-semantics",
        [
            (U, "this is plain C, both operands are ints"),
            (A, "Understood."),
            (U, "7 / 2 * 2"),
        ],
        "C integer division truncates, so the answer differs from real arithmetic",
    ),
    (
        "conv-code-semantics",
        [
            (U, "I'm using the old java.util.Calendar API"),
            (A, "Okay — note months there are zero-based."),
            (U, "so what date does new GregorianCalendar(2030, 1, 30) end up as"),
        ],
        "Java's zero-based months and lenient rollover, programming knowledge",
    ),
    (
        "conv-spreadsheet",
        [
            (U, "this is for a Google Sheets formula"),
            (A, "Sure, paste it."),
            (U, "what does =ROUND(-2.5, 0) return"),
        ],
        "spreadsheet rounding rules are a software question",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "dinner was £84 and I paid it, Sam paid the £36 taxi, and we're splitting "
                    "everything evenly with Jo"
                ),
            ),
            (A, "So the total is £120, which is £40 each."),
            (U, "so who owes who what"),
        ],
        "settling debts depends on the payments described earlier",
    ),
    (
        "conv-split-told-earlier",
        [
            (U, "we split rent by room size: mine is 14 m², Priya's 10 and Tom's 8"),
            (A, "Got it, proportional to floor area."),
            (U, "rent's £1,920 — what's my bit?"),
        ],
        "the split rule was given in an earlier turn",
    ),
    (
        "conv-earlier-answer",
        [
            (U, "roughly how many people live in Iceland"),
            (A, "Roughly 390,000."),
            (U, "divide that by the number of sheep there"),
        ],
        "refers to an earlier answer and needs a fact the model knows",
    ),
    (
        "conv-model-facts",
        [
            (U, "I'm rereading Around the World in Eighty Days"),
            (A, "A classic! Where are you up to?"),
            (U, "how many days did Fogg think he'd taken when he got back, and why was he wrong"),
        ],
        "a question about the plot of a novel",
    ),
    (
        "conv-model-facts",
        [
            (U, "we're following the Tour de France on TV this summer"),
            (A, "Great, anything you want to know?"),
            (U, "how long is the longest stage usually"),
        ],
        "needs knowledge about the race, not arithmetic",
    ),
    (
        "conv-translation",
        [
            (U, "translate each line into French for my worksheet"),
            (A, "Send them over."),
            (U, "What is 12 plus 7?"),
        ],
        "the task set earlier is translation, not answering the sum",
    ),
    (
        "conv-creative-task",
        [
            (U, "write me a limerick for every sum I send, don't just answer it"),
            (A, "Ready when you are!"),
            (U, "13 x 13"),
        ],
        "the user asked for a limerick about each sum",
    ),
    (
        "conv-proofread",
        [
            (U, "can you check the spelling in my son's maths sentences"),
            (A, "Of course, send them."),
            (U, "Fourty-five divided by nine is five."),
        ],
        "a spelling check of a sentence, not a calculation",
    ),
    (
        "conv-letter-code",
        [
            (U, "in this puzzle letters stand for digits: A is 3, B is 7, C is 2"),
            (A, "Got it."),
            (U, "what's AB × C"),
        ],
        "AB is a two-digit number defined by the earlier letter code",
    ),
    (
        "conv-game-rules",
        [
            (U, "Scrabble scoring question"),
            (A, "Sure, what was played?"),
            (U, "QUIZ on a triple word with the Z on a double letter, what does it score"),
        ],
        "needs Scrabble letter values, which the model knows",
    ),
    (
        "conv-game-rules",
        [
            (U, "ten-pin bowling scoring confuses me"),
            (A, "Happy to walk through it."),
            (
                U,
                (
                    "strike, then a spare with 7 on the first ball, then 9 and 0. score after "
                    "three frames?"
                ),
            ),
        ],
        "needs ten-pin bowling scoring rules",
    ),
    (
        "conv-game-state",
        [
            (U, "playing 501 darts, I'm on 137"),
            (A, "Nice, what's your plan?"),
            (U, "what's the best checkout from here"),
        ],
        "a darts strategy question depending on the earlier score",
    ),
    (
        "conv-mars-time",
        [
            (
                S,
                (
                    "The user works in a Mars analogue habitat that keeps Mars local time in sols "
                    "of 24 h 39 m 35 s."
                ),
            ),
            (U, "if the EVA starts at 09:00 and lasts 16 hours, what's the local time at the end"),
        ],
        "Mars sol timekeeping set earlier; a normal clock tool would be wrong",
    ),
    (
        "conv-dosing",
        [
            (U, "my son is 4 and weighs 16 kg, the bottle is children's paracetamol suspension"),
            (A, "Okay — can you tell me the strength printed on the bottle?"),
            (U, "120 mg per 5 ml. how much do I give him"),
        ],
        "medicine dosing needs label rules and care, not arithmetic",
    ),
    (
        "conv-legal-context",
        [
            (U, "I rent a flat in Scotland on a private residential tenancy"),
            (A, "Okay, what would you like to know?"),
            (U, "how many days' notice do I have to give to leave"),
        ],
        "a legal fact about Scottish tenancies",
    ),
    (
        "conv-judgement",
        [
            (U, "two mortgage offers: 4.19% with a £999 fee or 4.49% with no fee, £180k loan"),
            (A, "I can help compare those."),
            (U, "which one would you go for and why"),
        ],
        "asks for a recommendation and reasoning",
    ),
    (
        "conv-shorthand",
        [
            (U, "in my baking notes 'k' means a kilo bag of flour, not a thousand"),
            (A, "Noted."),
            (U, "so is 3k enough for six loaves?"),
        ],
        "depends on the user's shorthand and on bread recipe knowledge",
    ),
    (
        "conv-roman-context",
        [
            (U, "I'm checking the dates carved on some gravestones"),
            (A, "Sure, read them out."),
            (
                U,
                (
                    "MDCCCXLIX — and does it look like a mason's mistake if the next stone says "
                    "MDCCCIL"
                ),
            ),
        ],
        "asks whether a Roman numeral is irregular, a judgement about carving practice",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone",
        "is 07700 900461 a real UK mobile or one of the reserved drama numbers",
        "phone number ranges, not arithmetic",
    ),
    ("near-phone", "which country has the dialling code +260", "a fact about dialling codes"),
    (
        "near-phone",
        "why do American phone numbers never start with 1 after the area code",
        "numbering plan rules",
    ),
    ("near-isbn", "who published ISBN 978-0-14-143951-8", "an identifier lookup"),
    (
        "near-isbn",
        "why do a few ISBN-10s have an X as the last character",
        "explanation of a numbering scheme",
    ),
    (
        "near-version",
        "does Python 3.9 still get security patches or is it end of life",
        "software support facts",
    ),
    (
        "near-version",
        "why does my file manager sort v1.10 before v1.9",
        "explanation about version sorting",
    ),
    ("near-version", "what broke between Django 4.2 and 5.0", "release notes knowledge"),
    ("near-score", "what does 40-15 mean in tennis", "a scoring convention"),
    ("near-score", "is a 6-4 6-4 win comfortable or close", "an opinion about a score"),
    ("near-score", "in cricket what does 245/6 mean", "cricket score notation"),
    (
        "near-range",
        "what does 'ages 8-12' on a board game box actually guarantee",
        "explanation of a label",
    ),
    ("near-range", "what's in John 3:16", "a scripture reference, not a ratio"),
    ("near-range", "what does 1:1 mean on a bus timetable", "needs interpretation"),
    ("near-part", "6205-2RS bearing — where would you normally find one", "a part number"),
    ("near-part", "can I put a CR2025 in something that takes a CR2032", "battery part numbers"),
    ("near-part", "M8 or M10 bolts for mounting a bike rack on brick", "a DIY judgement"),
    (
        "near-part",
        "what is a 13A fuse for and can I put it in a lamp plug",
        "electrical safety advice",
    ),
    ("near-opinion", "is 7% a good interest rate on a savings account", "an opinion on a rate"),
    ("near-opinion", "is a resting heart rate of 52 normal for a 40 year old", "health judgement"),
    ("near-opinion", "is 1,500 words too long for a cover letter", "writing advice"),
    ("near-opinion", "is 42 too old to start learning the cello", "an opinion question"),
    ("near-opinion", "is 18°C warm enough for a baby's bedroom", "advice about a temperature"),
    (
        "near-opinion",
        "penny doubled daily or a million quid up front — which would you pick and why",
        "asks for reasoning about a thought experiment",
    ),
    ("near-explain", "why is 0.1 + 0.2 not 0.3 in JavaScript", "floating point explanation"),
    ("near-explain", "explain why you can't divide by zero to a ten year old", "an explanation"),
    ("near-explain", "why does 1/7 repeat with six digits", "a number theory explanation"),
    (
        "near-explain",
        "what's the difference between 10% off and 10% cashback",
        "a conceptual explanation",
    ),
    (
        "near-explain",
        "why is a leap year every 4 years except some centuries",
        "history of the calendar",
    ),
    (
        "near-explain",
        "how does compound interest actually work, no formulas please",
        "an explanation",
    ),
    ("near-fact", "how tall is the Eiffel Tower", "a fact the calculator lacks"),
    ("near-fact", "why does a newborn have more bones than an adult", "a fact"),
    ("near-fact", "what was the pound to dollar rate in 1985", "a historical exchange rate"),
    ("near-fact", "how far is London to Edinburgh by road", "a geographic fact"),
    (
        "near-fact",
        "at what temperature does water boil on the summit of Everest",
        "a physical fact",
    ),
    ("near-fact", "how many calories in a slice of pepperoni pizza", "nutrition fact"),
    ("near-fact", "what's the speed limit on a German autobahn", "a legal fact"),
    ("near-fact", "how many people were at the 1966 World Cup final", "a historical fact"),
    (
        "near-code",
        "chmod 755 vs 644 — what's the practical difference",
        "a Unix permissions question",
    ),
    ("near-code", "is HTTP 418 a real status code or a joke", "a status code"),
    ("near-code", "what's Windows error 0x80070005", "an error code"),
    ("near-code", "what does 0x1F mean in a C header", "programming notation"),
    ("near-code", "what is port 5432 usually used for", "a port number convention"),
    (
        "near-date-history",
        "what actually happened at the Berlin Wall on the night of 9 November 1989",
        "a historical event",
    ),
    ("near-date-history", "why is 11 November at 11 o'clock significant", "history"),
    ("near-date-history", "what year did the first Harry Potter book come out", "a fact"),
    (
        "near-date-history",
        "why do Americans write the month first in dates",
        "a cultural explanation",
    ),
    (
        "near-size",
        "I wear a UK 9 in trainers, what size would I order on a German site",
        "shoe sizing tables vary by brand",
    ),
    ("near-size", "I'm a 34B in UK bra sizes, what's that in French sizing", "sizing conventions"),
    ("near-size", "is a 29 inch wheel too big for someone 5 ft 4", "a fit judgement"),
    ("near-recipe", "can I use 2 eggs instead of 3 in a brownie recipe", "baking advice"),
    ("near-recipe", "how long to rest a 2 kg beef joint", "cooking advice"),
    (
        "near-recipe",
        "my bread recipe says 500 g flour 350 g water, is that too wet for a beginner",
        "baking judgement",
    ),
    ("near-stats", "is a p-value of 0.049 really meaningful", "a statistics interpretation"),
    (
        "near-stats",
        "what does a 95% confidence interval actually mean",
        "a statistics explanation",
    ),
    ("near-stats", "my blood test says ferritin 14, should I worry", "medical interpretation"),
    ("near-identifier", "what's flight BA117", "a flight number lookup"),
    ("near-identifier", "whose address is postcode SW1A 1AA", "a postcode fact"),
    ("near-identifier", "which bank is sort code 20-00-00", "a bank code lookup"),
    (
        "near-identifier",
        "what does the number on a tyre like 205/55 R16 91V mean",
        "tyre code explanation",
    ),
    (
        "near-identifier",
        "what does the little e printed next to 500 g on a packet mean",
        "a labelling convention",
    ),
    (
        "near-riddle",
        "I'm thinking of a number between 1 and 100, you guess and I'll say higher or lower",
        "a game",
    ),
    (
        "near-riddle",
        "if a plane crashes on the border of France and Spain, where do they bury the survivors",
        "a trick riddle",
    ),
    (
        "near-riddle",
        "a bat and a ball cost £1.10 — why do most people get this wrong",
        "asks about a cognitive bias",
    ),
    (
        "near-money",
        "should I overpay a 4.5% mortgage or put the money in an index fund",
        "financial advice",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "can you tighten up this paragraph for a grant application about a community orchard",
        "write a two-line thank you for the neighbour who fed our cat while we were away",
        "three creepy opening lines for a story set in a 24-hour launderette please",
        "how do I politely decline a wedding invite from a colleague I barely know",
        "rewrite 'per my last email' so it sounds less passive aggressive",
        "help me write a eulogy for my grandad who loved pigeons and bad jokes",
        "make this out-of-office message sound friendlier",
        "suggest a title for a short story about a lighthouse keeper's daughter who hates the sea",
    ],
    "coding": [
        "why does my React useEffect run twice in development",
        "how do I undo the last git commit but keep the changes",
        "explain what a Python generator is with a tiny example",
        "my SQL query with GROUP BY is returning duplicates, what am I doing wrong",
        "what's the difference between an abstract class and an interface in Java",
        "how do I centre a div vertically in CSS",
        "write a bash one-liner to rename all .jpeg files to .jpg in a folder",
        "what's a race condition, in plain English",
        "how should I structure a small Flask app with a few blueprints",
    ],
    "cooking": [
        "leftover rice, two eggs, frozen peas and half an onion — dinner ideas?",
        "my mushroom risotto always ends up like wallpaper paste, what am I doing wrong",
        "what's a good vegetarian main for a Christmas dinner",
        "why does my sourdough come out flat",
        "bicarb vs baking powder, can I swap one for the other in scones",
        "ideas for a packed lunch my fussy eight year old might actually eat",
        "how do I make crispy roast potatoes",
    ],
    "health": [
        "what helps with shin splints when you're new to running",
        "I get lightheaded every time I stand up from the sofa, should I see someone",
        "tips for getting back to sleep after waking at 3am",
        "what stretches help with a stiff neck from working at a laptop",
        "how can I tell if a cut is getting infected",
        "what should I pack in a hospital bag for a planned knee operation",
    ],
    "travel": [
        "what's worth seeing in Porto if we only have a weekend",
        "Madrid to Barcelona: high-speed train or a cheap flight, which is less hassle",
        "what should I know before driving in Iceland in winter",
        "suggest a walking route around the Lake District for beginners",
        "do I need a visa to visit Japan as a British tourist",
        "what's the etiquette for tipping in Canada",
        "how do I avoid jet lag flying to Sydney",
    ],
    "relationships": [
        "my best friend forgot my birthday, how do I bring it up without making it weird",
        "how do I support a partner who's just lost their job",
        "my teenager won't talk to me at dinner, any advice",
        "how do I tell my flatmate their music is too loud",
        "what's a thoughtful gift for a friend going through IVF",
        "how can I make friends after moving to a new city in my thirties",
    ],
    "learning": [
        "explain photosynthesis like I'm twelve",
        "what's the best way to memorise vocabulary for a Spanish exam",
        "summarise the causes of the First World War",
        "how would you explain weather versus climate to a sceptical uncle",
        "how does an mRNA vaccine teach the body to fight a virus",
        "explain football's offside rule using the salt and pepper pots",
        "why is the sky blue but sunsets are orange",
        "what is the difference between a virus and a bacterium",
    ],
    "tech-help": [
        "my laptop fan is really loud all the time, what can I do",
        "how do I stop my phone photos filling up my storage",
        "the wifi keeps dropping upstairs, should I get a mesh system",
        "walk me through turning on 2FA for a Gmail account",
        "what's the safest way to give my elderly mum remote help on her computer",
        "printer says it's offline but it's on, help",
    ],
    "creative": [
        "haiku about waiting at a bus shelter in sideways rain",
        "invent a name and backstory for a retired dragon who runs a tea shop",
        "give me a bedtime story about a hedgehog who's afraid of the dark",
        "describe a sunset over a car park in the style of a nature documentary",
        "suggest a theme for a fortieth birthday party that isn't just 'the eighties'",
        "write a silly poem for my sister who just passed her driving test",
        "come up with five names for a knitting club podcast",
    ],
    "career": [
        "how do I answer 'what's your biggest weakness' without sounding fake",
        "should I mention a gap in my CV from caring for a parent",
        "how do I ask for a pay rise when the company's doing badly",
        "what skills do I need to move from teaching into instructional design",
        "how do I write a LinkedIn summary that doesn't sound like a robot",
        "tips for my first week managing people who used to be my peers",
    ],
    "home-garden": [
        "tomato leaves curling upwards in the greenhouse, is it the heat",
        "black mould keeps coming back on the ceiling above the shower, is there a permanent fix",
        "what flowers attract bees to a shady garden",
        "is it worth insulating a loft myself",
        "kitchen mixer tap drips from the spout even when it's fully off, how do I fix it",
        "what's the best way to get red wine out of a carpet",
        "which houseplants are safe to have around cats",
    ],
    "pets": [
        "how do I get my rescue dog to stop pulling on the lead",
        "why does my cat bring me dead mice",
        "what should I feed a pet rabbit besides pellets",
        "is it cruel to keep one guinea pig on its own",
        "bringing a kitten home next week and our old cat is grumpy — how do we introduce them",
    ],
    "opinion-culture": [
        "what's a good novel to read after finishing The Remains of the Day",
        "recommend some albums for someone who likes Radiohead and Bon Iver",
        "is it worth watching The Wire in full",
        "what board games work well for two players",
        "which Studio Ghibli film should I show my kids first",
        "what are some good podcasts about history",
    ],
    "misc": [
        "what's the difference between a solicitor and a barrister",
        "I buy nice journals and stop writing after a week, how do I make the habit stick",
        "what's a polite way to ask guests to take their shoes off",
        "give me ideas for a rainy Sunday with two toddlers",
        "how do I get over a fear of speaking in meetings",
        "what does it mean when someone says 'let's circle back'",
        "how do I make a simple budget if I've never done one before",
        "what are the pros and cons of an electric car for someone without a driveway",
        "what is it in onions that makes your eyes sting",
        "explain what a sommelier actually does",
        "how can I be more patient with my elderly dad",
        "what's the etiquette for a Quaker meeting if I've never been",
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
    # no register (family name) of this set is a family name of sets 19 to 172
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 172: {reused}"
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
