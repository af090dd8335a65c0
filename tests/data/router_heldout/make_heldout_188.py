"""Generate heldout-2027-06-09.jsonl: a hundred-and-eighty-eighth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_188.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-187, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions built from Decimal literals (whole_up where whole items
are bought or filled, sorted() where a best-two rule picks values); unit values from the exact
definitions above (inch, foot, yard, mile, pound, ounce, stone, acre, knot, psi, GiB) with EXACT
tolerance for terminating answers of at most 3 decimals and unit_r for rounded ones; datetime
values with datetime (day differences, added days and weeks, nth_weekday, age, clock_span,
counted weekdays and weekend days, a working-day count backwards checked with
working_day_counting) and zoneinfo (utc_minutes for the Mendoza-Santiago coach and the
Helsinki-Calgary flight, an arrival date converted from Europe/London to Europe/Madrid).

Provenance
----------
Read: this file in full (cat) and grading.py (cat); earlier_registers.txt only through its
first 50 lines (head), grep -c / grep -i for candidate keywords, and grep -x to confirm that
each of the 25 register names is new. Nothing under /work/main, /work/shared or
/work/.library was opened, and no earlier set's questions were viewed.
Wrote: the four sections by hand, drafted in scratch files in this directory and spliced in at
the WRITE HERE markers with a small script; registers picked from keywords absent (or rare) in
earlier_registers.txt. When the duplicate check named 81 of my items (then one more), I reworded
them (seeing only my own text, printed by a scratch script importing this generator) until it
passed; one unit_r answer that failed the 2-decimal check became an exact centimetre question.
Checked: ran this generator until every check passed, then ruff check and ruff format with
/work/main/pyproject.toml (plus a 99-column line check), then ran it again; I also read
through my own positives with their computed expected values.
Slips: one command had a typo that started the system python3 with an empty here-document; it
ran no code and read nothing. Nothing else beyond the rules above.
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
OUT = HERE / "heldout-2027-06-09.jsonl"
PREFIX = "ho188-"
# earlier generators: sets 1-187 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 188))
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
    "make_heldout_173.py",
    "make_heldout_174.py",
    "make_heldout_175.py",
    "make_heldout_176.py",
    "make_heldout_177.py",
    "make_heldout_178.py",
    "make_heldout_179.py",
    "make_heldout_180.py",
    "make_heldout_181.py",
    "make_heldout_182.py",
    "make_heldout_183.py",
    "make_heldout_184.py",
    "make_heldout_185.py",
    "make_heldout_186.py",
    "make_heldout_187.py",
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


# --- registers (25, each used by all three tools)
PARG = "pargeter_renewing_a_cottage_gable"
VELL = "vellum_maker_scraping_calfskins"
FERRY = "ferryman_rowing_a_foot_ferry_across_the_estuary"
BISCAY = "sailing_couple_crossing_biscay_to_la_coruna"
TOPO = "toponymist_compiling_a_county_gazetteer"
GLOW = "volunteer_leading_glow_worm_night_walks"
TAND = "tandoor_chef_on_a_wedding_banquet_night"
DULC = "hammered_dulcimer_maker_in_the_ozarks"
DECA = "decathlete_totting_up_a_two_day_score"
WALN = "walnut_grower_shaking_the_orchard_at_harvest"
SKEL = "skeleton_slider_between_world_cup_runs"
BOUL = "boules_club_secretary_in_a_provence_village"
STEP = "horseback_guide_crossing_the_steppe_with_packhorses"
CRAW = "crawfish_boil_host_on_a_louisiana_bayou"
PALM = "palmist_renting_a_booth_at_a_psychic_fair"
TOUR = "company_manager_of_a_touring_play"
ANDE = "coach_driver_on_the_trans_andean_route"
HELI = "heli_ski_guide_planning_drops_in_the_bugaboos"
BALL = "union_rep_counting_a_postal_strike_ballot"
DRUM = "drum_major_leading_a_homecoming_parade"
ZIPL = "zipline_canopy_tour_operator_in_costa_rica"
SKIM = "stone_skimming_championship_organiser"
KIDN = "kidney_transplant_patient_timing_immunosuppressants"
SCOUT = "ice_hockey_talent_scout_flying_helsinki_to_calgary"
GARG = "sculpture_student_carving_a_gargoyle_for_a_degree_show"

# --- plain one-liners
calc(P, "17.5 percent of 2,936 is what", pct("17.5") * 2936)
calc(P, "1,847 x 36", 1847 * 36)
calc(P, "(4.2 + 7.85) * 12 - 3.6", (dec("4.2") + dec("7.85")) * 12 - dec("3.6"))
assert math.isqrt(3249) ** 2 == 3249
calc(P, "sqrt 3249 please", math.isqrt(3249))
calc(P, "what's 2^27 minus 1", 2**27 - 1)
calc(P, "9,375 divided by 125", F(9375, 125))
calc(P, "£84.40 with 15% off, what do I pay", dec("84.40") * (1 - pct(15)))
calc(P, "three eighths of 1,000 please", F(3, 8) * 1000)
calc(P, "twelve cubed minus eleven cubed", 12**3 - 11**3)
calc(P, "whats the mean of 14, 19, 23, 8 and 31", F(14 + 19 + 23 + 8 + 31, 5))
calc(
    P,
    "If 7 kg of apples cost £12.60, what would 11 kg cost at the same price per kilo?",
    dec("12.60") / 7 * 11,
)
calc(
    P,
    "increase 3,250 by 8% and then cut the result by 8%, what do you end up with",
    3250 * (1 + pct(8)) * (1 - pct(8)),
)
calc(
    P,
    "£5,000 earning 4% interest compounded once a year: what's the balance once the third "
    "year's interest has been added?",
    5000 * (1 + pct(4)) ** 3,
)
calc(P, "what is 45% of 60% of 900", pct(45) * pct(60) * 900)

# --- registers
calc(
    TAND,
    "banquet night: 340 guests, 3 pieces of tikka and 2 naans each. naan dough balls come 48 "
    "to a tray - how many whole trays do i need to pull for the naans",
    whole_up(F(340 * 2, 48)),
)
calc(
    TAND,
    "Marinade ratio is 2.4 kg of yoghurt for every 10 kg of chicken. We've got 37.5 kg of "
    "thighs and yoghurt is £3.15 a kilo. What does the yoghurt cost?",
    dec("37.5") * dec("2.4") / 10 * dec("3.15"),
)
_deca = [872, 791, 805, 743, 860, 889, 712, 930, 651]
calc(
    DECA,
    "Day one: 100m 872, long jump 791, shot 805, high jump 743, 400m 860. Day two so far: "
    "hurdles 889, discus 712, pole vault 930, javelin 651. Points total going into the 1500?",
    sum(_deca),
)
calc(
    DECA,
    "javelin series was 58.34 m, 61.07 m and then a foul. what's the mean of my two legal throws",
    (dec("58.34") + dec("61.07")) / 2,
)
calc(
    WALN,
    "we shook 14 trees and averaged 38.5 kg of wet nuts a tree. drying knocks 45% off the "
    "weight and dried walnuts fetch £6.40/kg. what's the crop worth",
    14 * dec("38.5") * (1 - pct(45)) * dec("6.40"),
)
_crates = [47, 52, 39, 61, 44, 55]
calc(
    WALN,
    "Paying pickers £1.20 a crate plus a £15 bonus to anyone who picks more than 50 crates. "
    "Six pickers did 47, 52, 39, 61, 44 and 55 crates. Total wage bill?",
    sum(_crates) * dec("1.20") + 15 * sum(1 for c in _crates if c > 50),
)
calc(
    BALL,
    "strike ballot count: 2,000 members, 1,250 papers back, 873 yes, 361 no and the rest "
    "spoilt. what percentage of the whole membership voted yes",
    F(873, 2000) * 100,
)
calc(
    BALL,
    "For the ballot to count, turnout must be at least 50% of our 2,140 members. 963 papers "
    "are in so far. How many more do we need?",
    F(2140, 2) - 963,
)
calc(
    CRAW,
    "boil for 60 people, figuring 3 lb of crawfish a head. sacks are 35 lb at $94 each and I "
    "can only buy whole sacks. what's the crawfish going to cost me",
    whole_up(F(60 * 3, 35)) * 94,
)
calc(
    CRAW,
    "splitting the boil 8 ways: $564 for the crawfish, $86.50 corn and potatoes, $45.50 "
    "seasoning and propane. how much does each person owe",
    (564 + dec("86.50") + dec("45.50")) / 8,
)
calc(
    PALM,
    "Psychic fair weekend: booth rent is £180 and the organisers also take 12% of my "
    "takings. I did 23 readings at £25 each. How much do I actually keep?",
    23 * 25 * (1 - pct(12)) - 180,
)
calc(
    PALM,
    "9 full readings at £30 and 14 minis at £18, every one paid by card, and the card reader "
    "takes 1.75%. what did the fees come to",
    (9 * 30 + 14 * 18) * pct("1.75"),
)
calc(
    PARG,
    "the gable end is a triangle 6.2 m across the base and 4.5 m up to the apex. lime render "
    "with pargeting is £38 per square metre - price for the gable?",
    dec("6.2") * dec("4.5") / 2 * 38,
)
calc(
    VELL,
    "18 calfskins at £42 each, and the lime soak (8 days) uses 1.5 kg of lime per skin at "
    "84p a kilo. total for the skins plus lime",
    18 * 42 + 18 * dec("1.5") * dec("0.84"),
)
calc(
    FERRY,
    "Saturday takings on the foot ferry: 146 adults at £2.50, 58 children at £1.20 and 31 "
    "bikes at £1 each. The council keeps a fifth. What's my share?",
    (146 * dec("2.50") + 58 * dec("1.20") + 31) * F(4, 5),
)
calc(
    BISCAY,
    "motored 60 hours across biscay burning 2.8 litres an hour, diesel was €1.74 a litre. "
    "split evenly 3 ways, what's each share",
    60 * dec("2.8") * dec("1.74") / 3,
)
calc(
    TOPO,
    "The gazetteer has 4,318 place names at 38 entries a page, plus 24 pages of front matter "
    "and a 6-page index. How many pages in total, counting any part-filled page as a page?",
    whole_up(F(4318, 38)) + 24 + 6,
)
calc(
    GLOW,
    "glow worm walk tickets: adults £8, children £4.50, family ticket (2 adults + 2 kids) "
    "£22. sold 7 family tickets, 19 adult singles and 11 child singles. takings?",
    7 * 22 + 19 * 8 + 11 * dec("4.50"),
)
calc(
    DULC,
    "restringing a 16/15 dulcimer: 32 plain steel strings at $1.35 and 30 wound bass "
    "strings at $3.80, then 10% off the whole order. what's the total",
    (32 * dec("1.35") + 30 * dec("3.80")) * (1 - pct(10)),
)
calc(
    SKEL,
    "my four heat times were 53.87, 54.12, 53.95 and 54.41 seconds - combined time?",
    dec("53.87") + dec("54.12") + dec("53.95") + dec("54.41"),
)
calc(
    BOUL,
    "Club subs: 46 members at €35 each, except the 12 over-70s who pay half. The clubhouse "
    "rent is €1,150. What's left once the rent is paid?",
    (46 - 12) * 35 + 12 * F(35, 2) - 1150,
)
calc(
    STEP,
    "11 riders with 14 kg of kit each, plus 230 kg of food and fuel. a packhorse carries at "
    "most 65 kg. minimum number of packhorses, if loads can be split any way we like",
    whole_up(F(11 * 14 + 230, 65)),
)
calc(
    TOUR,
    "Weekly wages on tour: 8 actors at £612, stage manager £655, 2 technicians at £540 each, "
    "plus a £230 touring allowance for each of those 11 people. What does a 6-week tour cost "
    "in wages and allowances?",
    6 * (8 * 612 + 655 + 2 * 540 + 11 * 230),
)
calc(
    ANDE,
    "42 passengers Mendoza to Santiago at 38,500 pesos each, and the diesel cost 1,120,000 "
    "pesos. what's left after fuel",
    42 * 38500 - 1120000,
)
calc(
    HELI,
    "heli time is $4,200 an hour and we flew 2.75 hours. split between the 11 paying clients "
    "(the guides don't pay). per person?",
    4200 * dec("2.75") / 11,
)
calc(
    DRUM,
    "84 new band uniforms at $137.50 each. the boosters cover 40% and the school pays the "
    "rest. school's share?",
    84 * dec("137.50") * (1 - pct(40)),
)
calc(
    ZIPL,
    "47 riders at $89 each. The park takes $6 per rider, and guides get $22 for every group "
    "of up to 10 riders (we send as few groups as possible). What's left after the park fee "
    "and the guides?",
    47 * 89 - 47 * 6 - whole_up(F(47, 10)) * 22,
)
calc(
    SKIM,
    "scoring is the sum of each skimmer's best two distances. she threw 37.5 m, 41.25 m and "
    "39 m - what's her score",
    sum(sorted([dec("37.5"), dec("41.25"), F(39)])[-2:]),
)
calc(
    KIDN,
    "tacrolimus at 0.075 mg per kg per day, split into two equal doses. I weigh 68 kg. how "
    "many mg in each dose",
    dec("0.075") * 68 / 2,
)
calc(
    SCOUT,
    "Scouting trip budget: 3 flights at C$1,240, 11 hotel nights at C$189 and a C$75 per "
    "diem for 12 days. Total?",
    3 * 1240 + 11 * 189 + 12 * 75,
)
calc(
    GARG,
    "my limestone block is 0.9 m by 0.6 m by 0.75 m and the stone weighs 2,300 kg per cubic "
    "metre. how heavy is the block in kg",
    dec("0.9") * dec("0.6") * dec("0.75") * 2300,
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

# --- plain one-liners
unit_r(P, "my suitcase weighs 23.4 kg, how many lb is that", dec("23.4") / LB)
unit_r(
    P,
    "a half marathon is 13.1 miles, what's that in km for the sign",
    dec("13.1") * MI / 1000,
)
unit_r(P, "2,000 metres in feet", 2000 / FT)
unit_r(P, "350°F to celsius", f_to_c(350))
unit(P, "-12 C in F", c_to_f(-12), EXACT)
unit_r(P, "1.5 acres in square metres", dec("1.5") * ACRE)
unit_r(P, "my tyres say 32 psi, what's that in kPa", 32 * PSI / 1000)
unit_r(P, "70 mph in km/h?", 70 * MPH / KMH)
unit_r(P, "weighed in at 13 st 11 lb, kg?", (13 * 14 + 11) * LB)
unit_r(
    P,
    "how many MB is a 2.6 GiB file, taking 1 MB as 1,000,000 bytes",
    dec("2.6") * GIB / 10**6,
)
unit(P, "my son's 4 ft 7 in now, how many cm is that", (4 * 12 + 7) * IN * 100, EXACT)
unit_r(P, "800 sq ft to square metres", 800 * SQFT)
unit(P, "the boat cruises at 18.5 knots. in km/h?", dec("18.5") * KNOT / KMH, EXACT)
unit_r(P, "How many litres is 2.5 cubic feet?", dec("2.5") * CUFT * 1000)

# --- registers
unit_r(BISCAY, "forecast gusts of 35 knots. in metres per second?", 35 * KNOT)
unit_r(
    BISCAY,
    "We averaged 5.6 knots for 57 hours across the bay. How many kilometres did we cover?",
    dec("5.6") * KNOT * 57 * 3600 / 1000,
)
unit_r(
    PARG,
    "the gable is 22 ft wide at the eaves and 15 ft up to the apex, so a triangle. what's "
    "its area in square metres",
    F(22 * 15, 2) * SQFT,
)
unit(PARG, "old spec wants a 3/4 inch render coat - in mm?", F(3, 4) * IN * 1000, EXACT)
unit(
    HELI,
    "drop at 10,800 ft, pickup at 6,200 ft. how many metres of vertical is that run",
    (10800 - 6200) * FT,
    EXACT,
)
unit_r(HELI, "Snowpack at the study plot is 185 cm. What's that in inches?", 185 / (IN * 100))
unit_r(
    ZIPL,
    "our longest line is 760 metres, how long is that in feet for the american guests",
    760 / FT,
)
unit_r(ZIPL, "top speed on the big line is 62 km/h - what's that in mph", 62 * KMH / MPH)
unit_r(
    VELL,
    "A stretched skin measures 31 by 24 inches. What's the area in square centimetres?",
    31 * 24 * IN * IN * 10**4,
)
unit(VELL, "the old manual says soak at 59°F, what's that in celsius", f_to_c(59), EXACT)
unit(
    DULC,
    "longest treble string has a 37.5 inch speaking length, in cm please",
    dec("37.5") * IN * 100,
    EXACT,
)
unit_r(DULC, "soundboard is 3/16 inch spruce, how many millimetres thick", F(3, 16) * IN * 1000)
unit(TAND, "the tandoor's running at 480°C, what's that in fahrenheit", c_to_f(480), EXACT)
unit_r(
    DECA,
    "ran the 1500m in 4:36.0. what pace is that in seconds per mile",
    F(4 * 60 + 36, 1500) * MI,
)
unit_r(WALN, "we dried 7,350 lb of walnuts, how many kg is that", 7350 * LB)
unit_r(
    BALL,
    "Sack of returned ballot papers weighed 18.6 kg at the post office. What's that in pounds?",
    dec("18.6") / LB,
)
unit_r(
    CRAW,
    "4 lb of seasoning per sack and we're boiling 6 sacks - how many kg of seasoning is that",
    4 * 6 * LB,
)
unit_r(PALM, "my booth is 10 ft by 8 ft, what's that in square metres", 80 * SQFT)
unit_r(TOPO, "the parish boundary walk is 14.3 miles; in kilometres?", dec("14.3") * MI / 1000)
unit_r(GLOW, "the route is 3.2 km long. how many miles is that", dec("3.2") * 1000 / MI)
unit_r(
    SKEL,
    "clocked 134.7 km/h at the bottom of the track, what's that in mph",
    dec("134.7") * KMH / MPH,
)
unit_r(BOUL, "one boule weighs 720 g. in ounces?", F(720, 1000) / OZ)
unit_r(STEP, "we covered 38 km on the day's ride, how many miles is that", 38000 / MI)
unit(
    TOUR,
    "Set truck is 13 ft 6 in tall. What is that in centimetres, for the low bridge signs?",
    (13 * 12 + 6) * IN * 100,
    EXACT,
)
unit_r(ANDE, "the pass summit is at 3,832 m. what's that in feet", 3832 / FT)
unit(DRUM, "the mace is 5 ft 2 in long, in centimetres?", 62 * IN * 100, EXACT)
unit_r(SKIM, "the skim record is 121 yards. what's that in metres", 121 * YD)
unit_r(
    KIDN,
    "the dose goes by weight and the clinic wants kilos: I'm 11 st 9 lb. how many kg is that",
    (11 * 14 + 9) * LB,
)
unit(SCOUT, "prospect is listed at 6'3\", what's that in centimetres", 75 * IN * 100, EXACT)
unit(
    GARG,
    "the spout has to stick out 18 inches from the parapet - how many mm is that",
    18 * IN * 1000,
    EXACT,
)
unit(FERRY, "the crossing is 450 yards bank to bank. in metres?", 450 * YD, EXACT)


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


# --- plain one-liners
date_item(P, "weekday of 23 September 1846?", weekday(D(1846, 9, 23)))
date_item(
    P,
    "count the days from 3 March 2031 to 19 November 2031, not counting the first day",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "What date is 100 days after 28 February 2032?", D(2032, 2, 28) + TD(days=100))
date_item(P, "which day of the week is 25 December 2035", weekday(D(2035, 12, 25)))
_a, _b = D(2032, 1, 5), D(2032, 3, 29)
date_item(P, f"how many weeks from {sayw(_a)} to {sayw(_b)}", weeks(_a, _b))
date_item(P, "what was the date 90 days before 1 June 2029", D(2029, 6, 1) - TD(days=90))
date_item(
    P,
    "someone born 17 August 1968, how old are they on 16 August 2031",
    age(D(1968, 8, 17), D(2031, 8, 16)),
)
_c = D(2031, 12, 19)
date_item(P, f"what's the date 6 weeks after {sayw(_c)}", _c + TD(weeks=6))
date_item(
    P,
    "how many days from 1 January 2036 to 1 March 2036",
    days(D(2036, 1, 1), D(2036, 3, 1)),
)
date_item(
    P, "how many minutes from 21:30 to 05:15 the next morning", clock_span("21:30", "05:15", 60)
)
date_item(
    P,
    "the last Friday of October 2030 falls on which date, I need it for a deadline",
    nth_weekday(2030, 10, FRI, -1),
)
_wd = [D(2026, 3, 1) + TD(days=k) for k in range(1, 27)]
date_item(
    P,
    "how many weekdays (Mon-Fri) from 2 March 2026 to 27 March 2026, both dates included",
    sum(1 for d in _wd if D(2026, 3, 2) <= d <= D(2026, 3, 27) and d.weekday() < SAT),
)
date_item(P, "3rd thursday of november 2034 is what date", nth_weekday(2034, 11, THU, 3))
date_item(P, "2031-07-04 plus 1,000 days = ?", D(2031, 7, 4) + TD(days=1000))

# --- registers
_open = D(2026, 9, 8)
date_item(
    TOUR,
    f"The tour opens on {sayw(_open)} and plays one week at each of 9 venues back to back. "
    "What date does the ninth week start?",
    _open + TD(weeks=8),
)
_last = D(2026, 11, 21)
date_item(
    TOUR,
    f"the closing notice has to go up at least 14 days before the last show on {sayw(_last)}. "
    "latest date we can post it",
    _last - TD(days=14),
)
date_item(
    ANDE,
    "coach leaves Mendoza at 08:00 local on 14 January 2027 and gets into Santiago at 16:30 "
    "local. how many hours is that on the road",
    utc_minutes(
        "2027-01-14T08:00", "America/Argentina/Mendoza", "2027-01-14T16:30", "America/Santiago"
    )
    / 60,
)
date_item(
    ANDE,
    "we run the crossing every day from 1 December 2026 to 15 April 2027 inclusive. how many "
    "departures is that",
    days(D(2026, 12, 1), D(2027, 4, 15)) + 1,
)
date_item(
    SCOUT,
    "Took off from Helsinki at 16:40 on 3 March 2027 and landed in Calgary at 18:05 the same "
    "day, both local times, with a change in Frankfurt. How many minutes from takeoff to "
    "landing?",
    utc_minutes("2027-03-03T16:40", "Europe/Helsinki", "2027-03-03T18:05", "America/Edmonton"),
)
date_item(
    SCOUT,
    "prospect was born 11 November 2009, how old is he on draft day, 25 June 2027",
    age(D(2009, 11, 11), D(2027, 6, 25)),
)
date_item(
    KIDN,
    "my doses are at 08:00 and 20:00. took the evening one late at 23:10, how many minutes "
    "until the 08:00 dose",
    clock_span("23:10", "08:00", 60),
)
date_item(
    KIDN,
    "The transplant on 19 October 2025 counts as day 0 and the clinic review is on day 100. "
    "What date is that?",
    D(2025, 10, 19) + TD(days=100),
)
_f0, _f1 = D(2026, 4, 4), D(2026, 10, 25)
date_item(
    FERRY,
    f"ferry runs on Saturdays and Sundays only, from {sayw(_f0)} to {sayw(_f1)} inclusive. how "
    "many sailing days is that",
    sum(1 for k in range(days(_f0, _f1) + 1) if (_f0 + TD(days=k)).weekday() >= SAT),
)
date_item(
    FERRY,
    "My ferry licence expires on 31 March 2028 and the renewal has to be lodged at least 56 "
    "days before expiry. Latest date to lodge it?",
    D(2028, 3, 31) - TD(days=56),
)
date_item(
    SKIM,
    "championship is always the last Sunday in September. what date is it in 2027",
    nth_weekday(2027, 9, SUN, -1),
)
_champ = D(2027, 9, 26)
date_item(
    SKIM,
    f"entries open 1 May 2027 and close the day before the championship on {sayw(_champ)}. "
    "how many days are entries open, counting the opening and closing days",
    days(D(2027, 5, 1), _champ - TD(days=1)) + 1,
)
_ban = DT(2027, 6, 12, 19, 30)
date_item(
    TAND,
    f"banquet dinner is at 19:30 on {sayw(_ban.date())} and the chicken needs 36 hours in "
    "the marinade. what date do i put it in",
    (_ban - TD(hours=36)).date(),
)
date_item(
    DECA,
    "my trial was on 1 May 2027 and the championships start 31 July 2027. how many days "
    "between them",
    days(D(2027, 5, 1), D(2027, 7, 31)),
)
date_item(
    WALN,
    "we shook the trees on 23 September 2026 and the nuts dry for 21 days. what date are they "
    "ready",
    D(2026, 9, 23) + TD(days=21),
)
_bal = D(2027, 2, 3)
date_item(
    BALL,
    f"Ballot papers go out on {sayw(_bal)} and the ballot closes 16 days later. What day of "
    "the week does it close?",
    weekday(_bal + TD(days=16)),
)
date_item(
    CRAW,
    "boil's on the second Saturday of April 2027, what's the date",
    nth_weekday(2027, 4, SAT, 2),
)
date_item(
    PALM,
    "a client born 30 June 1991 - how old is she on 1 July 2027",
    age(D(1991, 6, 30), D(2027, 7, 1)),
)
_coat = D(2027, 7, 13)
date_item(
    PARG,
    f"second coat went on {sayw(_coat)} and the limewash can go on 28 days after that, not "
    "sooner. earliest date i can limewash",
    _coat + TD(days=28),
)
_lime = D(2027, 1, 4)
date_item(
    VELL,
    f"Skins go into the lime on {sayw(_lime)}, stay in 8 days, then go on the frame for 10 "
    "days. What date do they come off the frame?",
    _lime + TD(days=18),
)
_dep = DT(2027, 6, 1, 6, 0, tzinfo=ZoneInfo("Europe/London"))
assert 320 % 5 == 0
_arr = (_dep + TD(hours=320 // 5)).astimezone(ZoneInfo("Europe/Madrid"))
date_item(
    BISCAY,
    "leaving Falmouth at 06:00 UK time on 1 June 2027 for A Coruña, 320 nautical miles at a "
    "steady 5 knots. what date do we arrive, in Spanish local time",
    _arr.date(),
)
date_item(
    TOPO,
    "the first edition was published 14 March 1887 and the second 2 September 1912. how many "
    "days between the two",
    days(D(1887, 3, 14), D(1912, 9, 2)),
)
_g0, _g1 = D(2027, 6, 4), D(2027, 7, 30)
assert _g0.weekday() == FRI and _g1.weekday() == FRI
date_item(
    GLOW,
    "Walks run every Friday from 4 June to 30 July 2027, both included. How many walks is that?",
    weeks(_g0, _g1) + 1,
)
_build = D(2027, 9, 6)
date_item(
    DULC,
    f"I start a build on {sayw(_build)} and promised it 9 weeks later to the day. what date "
    "is the handover",
    _build + TD(weeks=9),
)
date_item(
    SKEL,
    "season runs 14 November 2026 to 28 February 2027 inclusive, how many days is that",
    days(D(2026, 11, 14), D(2027, 2, 28)) + 1,
)
date_item(BOUL, "AGM is the first Saturday of February 2027 - date?", nth_weekday(2027, 2, SAT, 1))
_ride = D(2027, 7, 12)
date_item(
    STEP,
    "We set off on 12 July 2027: 19 riding days, with a rest day after every 6th riding day. "
    "What's the date of the last riding day?",
    _ride + TD(days=19 - 1 + (19 - 1) // 6),
)
_rota = D(2026, 12, 1)
date_item(
    HELI,
    "lodge rota is 10 days on then 4 off, and my first on-block starts 1 December 2026. what "
    "date does my 4th on-block start",
    _rota + TD(days=3 * 14),
)
date_item(
    DRUM,
    "band camp starts August 2, 2027 and the homecoming parade is October 8, 2027. how many "
    "days apart is that",
    days(D(2027, 8, 2), D(2027, 10, 8)),
)
_ins = D(2027, 3, 15)
date_item(
    ZIPL,
    f"our insurance renews 120 days after {sayus(_ins)}. which date is that",
    _ins + TD(days=120),
)
_show_eve = D(2027, 6, 10)
assert _show_eve.weekday() == THU
_carve = _show_eve
for _ in range(320 // 8 - 1):
    _carve -= TD(days=1)
    while _carve.weekday() >= SAT:
        _carve -= TD(days=1)
assert working_day_counting(_carve, 40) == _show_eve
date_item(
    GARG,
    "Carving needs 320 hours at 8 hours a day, every Monday to Friday (bank holidays "
    "included). I want to finish on Thursday 10 June 2027, working that day too. What's the "
    "latest day I can start?",
    _carve,
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
            (U, "for this puzzle, a # b means a times b, plus a, plus b"),
            (A, "Got it: a # b = ab + a + b."),
            (U, "ok so what's 6 # 7"),
        ],
        "the # operator is defined only in the earlier turn",
    ),
    (
        "conv-octal-homework",
        [
            (S, "The user is doing homework in which every number is written in base 8."),
            (U, "what's 36 + 47"),
        ],
        "the system turn puts the sum in base 8",
    ),
    (
        "conv-clock-modulus",
        [
            (U, "we're doing clock arithmetic mod 12 in maths this week"),
            (A, "Sure, so every result wraps around at 12."),
            (U, "what is 9 + 8 then"),
        ],
        "modular arithmetic set earlier changes the answer",
    ),
    (
        "conv-novel-calendar",
        [
            (
                U,
                (
                    "In my novel the year has ten months of 36 days each, starting with "
                    "Frostmoon, Thawmoon and Seedmoon, and Emberfall is the sixth."
                ),
            ),
            (A, "Lovely. So a year there is 360 days."),
            (U, "how many days from 3 Frostmoon to 20 Emberfall"),
        ],
        "a fictional calendar defined in the chat",
    ),
    (
        "conv-game-currency-unit",
        [
            (U, "in our tabletop game 1 glim is 7 shards and 1 shard is 12 bits"),
            (A, "Noted: 1 glim = 84 bits."),
            (U, "how many bits in three and a half glims"),
        ],
        "made-up units defined earlier",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "quick python question"),
            (A, "Go ahead."),
            (U, "what does -7 // 2 give"),
        ],
        "Python's floor-division semantics, not plain division",
    ),
    (
        "conv-javascript-coercion",
        [
            (S, "You are a JavaScript tutor. Answer as the JS engine would evaluate it."),
            (U, "what does '7' * '6' + '1' give"),
        ],
        "JavaScript type coercion, not arithmetic",
    ),
    (
        "conv-uneven-bill-split",
        [
            (U, "dinner came to £96 and we agreed Tom pays double because he had the steak"),
            (A, "Makes sense. How many of you were there?"),
            (U, "five of us. so what does everyone owe"),
        ],
        "the unequal split was agreed in an earlier turn",
    ),
    (
        "conv-apollo-mission",
        [
            (U, "I'm reading about Apollo 11 for a school project"),
            (A, "Great mission to pick. What would you like to know?"),
            (U, "how many days did the whole mission last, launch to splashdown"),
        ],
        "historical facts the model has to supply",
    ),
    (
        "conv-excel-mod",
        [
            (U, "working in excel on a rota sheet"),
            (A, "Happy to help with formulas."),
            (U, "what does =MOD(-7,3) return"),
        ],
        "Excel's MOD sign convention",
    ),
    (
        "conv-dnd-fireball",
        [
            (U, "5e rules question, my wizard is casting fireball"),
            (A, "Classic. 20-foot radius, Dex save for half."),
            (U, "average damage if I upcast it with a 5th-level slot?"),
        ],
        "needs the game's rules for upcasting",
    ),
    (
        "conv-wizarding-money",
        [
            (U, "we're discussing the money system in the Potter books"),
            (A, "Galleons, Sickles and Knuts, yes."),
            (U, "so how many knuts make up 4 galleons"),
        ],
        "fictional exchange rates only the model knows",
    ),
    (
        "conv-stardate",
        [
            (U, "star trek TNG question"),
            (A, "Sure, ask away."),
            (U, "what stardate would 4 July 2365 be"),
        ],
        "fictional dating system",
    ),
    (
        "conv-golf-course-handicap",
        [
            (U, "my handicap index is 14.2 and the course has slope 128, rating 71.6, par 72"),
            (A, "Thanks, those are the numbers needed."),
            (U, "so what's my course handicap"),
        ],
        "needs the World Handicap System formula and rounding rule",
    ),
    (
        "conv-uk-income-tax",
        [
            (U, "I live in England and my salary is £52,000"),
            (A, "OK. Are you asking about tax or take-home pay?"),
            (U, "how much income tax will I pay in the 2025/26 tax year"),
        ],
        "tax bands are facts the model must know",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "cricket scorebook question"),
            (A, "Go on."),
            (U, "one bowler did 4.3 overs and the other 5.4, how many overs is that in total"),
        ],
        "overs are counted in balls of six, not decimals",
    ),
    (
        "conv-metrical-feet",
        [
            (U, "we're scanning a poem in my lit seminar"),
            (A, "Nice, what metre is it in?"),
            (U, "if the line has five anapestic feet how many syllables is that"),
        ],
        "'feet' here are metrical feet, not lengths",
    ),
    (
        "conv-spreadsheet-cells",
        [
            (U, "A1 is 5, B1 is =A1*3 and C1 is =B1-A1"),
            (A, "Got it."),
            (U, "what's C1 times 2"),
        ],
        "cell values are defined in the earlier turn",
    ),
    (
        "conv-spider-variable",
        [
            (U, "let x be the number of legs on a spider"),
            (A, "OK, x is defined."),
            (U, "what's x squared minus 4"),
        ],
        "x is fixed by a fact and an earlier turn",
    ),
    (
        "conv-us-date-order",
        [
            (U, "heads up, I'm in the US so all my dates are month first"),
            (A, "Thanks, I'll read them month/day/year."),
            (U, "what weekday is 03/04/2027"),
        ],
        "the date order is set only in an earlier turn",
    ),
    (
        "conv-four-day-week",
        [
            (U, "in our team a 'week' means 4 working days because we're off on Fridays"),
            (A, "Understood."),
            (U, "so how many weeks is 18 working days of work"),
        ],
        "'week' is redefined earlier",
    ),
    (
        "conv-eiffel-feet",
        [
            (U, "how high is the Eiffel Tower to the very tip"),
            (A, "About 330 metres, including the antennas at the top."),
            (U, "ok, what's that in feet then"),
        ],
        "the quantity to convert is only in the earlier turns",
    ),
    (
        "conv-agreed-exchange-rate",
        [
            (U, "for this invoice we use the rate agreed with the client: 1 EUR = 0.86 GBP"),
            (A, "Noted, I'll use 0.86 rather than the market rate."),
            (U, "convert 2,450 euros"),
        ],
        "a contract rate set earlier, not a unit conversion",
    ),
    (
        "conv-gas-mark",
        [
            (U, "my old cooker only has gas marks"),
            (A, "No problem, I can translate temperatures for you."),
            (U, "the recipe says 190 C, which mark is that"),
        ],
        "gas marks are a lookup convention, not a formula",
    ),
    (
        "conv-minecraft-days",
        [
            (U, "in minecraft a full day-night cycle is 20 real minutes"),
            (A, "Right, 20 minutes per in-game day."),
            (U, "how many minecraft days in 3 hours"),
        ],
        "game time is defined in the earlier turn",
    ),
    (
        "conv-vet-dog-years",
        [
            (
                U,
                (
                    "our vet's rule: a dog's first year is 15 human years, the second 9, then 5 "
                    "for each year after"
                ),
            ),
            (A, "That's the common rule of thumb for medium dogs."),
            (U, "my dog is 7, so how old is that in human years"),
        ],
        "the conversion rule is given only earlier",
    ),
    (
        "conv-us-pint",
        [
            (U, "I'm in Ohio, following an American recipe"),
            (A, "OK, I'll assume US measures."),
            (U, "how many ounces in a pint"),
        ],
        "US versus imperial measures depend on the earlier turn",
    ),
    (
        "conv-genesis-ages",
        [
            (U, "we're reading Genesis chapter 5 in our study group"),
            (A, "The genealogy from Adam to Noah."),
            (U, "how old was Methuselah when he died"),
        ],
        "a textual fact, not a calculation",
    ),
    (
        "conv-hebrew-calendar",
        [
            (U, "please work in the Hebrew calendar for these questions"),
            (A, "Sure, I'll use Hebrew months."),
            (U, "what's 30 days after 1 Nisan 5787"),
        ],
        "a calendar the tools do not use",
    ),
    (
        "conv-seven-eight-time",
        [
            (U, "the piece we're rehearsing is in 7/8"),
            (A, "Fun time signature."),
            (U, "how many eighth notes in 12 bars"),
        ],
        "7/8 is a time signature, not a fraction",
    ),
    (
        "conv-roman-chapters",
        [
            (U, "the chapters in this old book are numbered in roman numerals"),
            (A, "Common in older editions."),
            (U, "I'm on chapter XIV and there are XXIII, how many after this one"),
        ],
        "roman numerals read in context",
    ),
    (
        "conv-css-colour-mix",
        [
            (U, "mixing colours in css"),
            (A, "Sure, hex or rgb?"),
            (U, "what's halfway between #FF0000 and #0000FF"),
        ],
        "colour interpolation, not arithmetic on the hex strings",
    ),
    (
        "conv-board-game-square",
        [
            (U, "the board has 40 squares in a loop, square 1 is Go"),
            (A, "Like Monopoly, then."),
            (U, "I'm on square 35 and roll 11, where do I land"),
        ],
        "wrap-around board defined earlier",
    ),
    (
        "conv-bank-rate-system",
        [
            (
                S,
                (
                    "You are the assistant for Northwind Bank. The Easy Saver account pays 3.1% "
                    "AER, interest paid annually."
                ),
            ),
            (U, "if I put 2000 in, what will I have after a year"),
        ],
        "the rate comes from the system turn",
    ),
    (
        "conv-nautical-miles",
        [
            (U, "for the passage log we're using nautical miles everywhere"),
            (A, "Understood, nautical miles."),
            (U, "so 43 miles is how many km"),
        ],
        "which mile is meant is set earlier",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone-number", "is 0800 328 1177 a free number to ring from a mobile", "phone number"),
    ("near-phone-number", "whose area code is 0161", "dialling code lookup"),
    ("near-phone-number", "why do US phone numbers in films start with 555", "explanation"),
    (
        "near-isbn",
        "which translation is ISBN 978-0-14-044913-6, the one on my reading list",
        "identifier lookup",
    ),
    ("near-isbn", "who publishes the book with ISBN 0-19-953556-8", "identifier lookup"),
    (
        "near-version",
        "my laptop has python 3.9 and the server 3.10, which one is the newer release",
        "version ordering, not decimals",
    ),
    (
        "near-version",
        "anything that breaks when moving an express app from node 18 to node 20",
        "release knowledge",
    ),
    ("near-version", "should I upgrade from postgres 14.11 to 16.2", "advice"),
    (
        "near-score",
        "the match finished 3-1 after extra time, was that an upset",
        "opinion on a score",
    ),
    (
        "near-score",
        "commentator said 15-love after the first serve, what does that mean",
        "sports convention",
    ),
    ("near-score", "is 6/10 on a pain scale worth seeing a doctor about", "medical judgement"),
    (
        "near-range",
        "summarise pages 12-18 of the report I pasted earlier",
        "text task with a range",
    ),
    ("near-range", "what's the 9-5 job origin story", "history of a phrase"),
    ("near-range", "is 18-24 months too long to breastfeed", "parenting advice"),
    ("near-part-number", "what is a 6203-2RS bearing used for", "part number"),
    (
        "near-part-number",
        "my car key takes a CR2025, will a CR2032 fit instead",
        "battery identifiers",
    ),
    ("near-part-number", "can I use a 10W-40 oil instead of 5W-30", "oil grades"),
    (
        "near-part-number",
        "what's the difference between M8 and M10 bolts for a bike rack",
        "advice",
    ),
    (
        "near-error-code",
        "windows update keeps failing with 0x80070005 on my dad's pc, what is it",
        "error code",
    ),
    ("near-error-code", "http 418 - is that a real status code", "protocol trivia"),
    ("near-error-code", "my boiler is flashing F28, what's wrong", "appliance fault code"),
    (
        "near-explain",
        "my javascript test says 0.1 + 0.2 is 0.30000000000000004, why",
        "explanation",
    ),
    (
        "near-explain",
        "my 9 year old asked why you can't divide by zero, how do I explain it",
        "explanation",
    ),
    ("near-explain", "who decided 1 isn't a prime and why does it matter", "explanation"),
    ("near-explain", "what's the intuition behind e = 2.718...", "explanation"),
    ("near-explain", "give me a bookshop example of the 80/20 rule", "concept"),
    ("near-explain", "in plain words, why does compound interest snowball over decades", "idea"),
    ("near-opinion", "is 7 considered a lucky number in chinese culture", "culture"),
    ("near-opinion", "is a 3.2 GPA good enough for law school", "opinion"),
    ("near-opinion", "how good is a credit score of 650", "judgement"),
    ("near-opinion", "is £32k a decent salary in Manchester", "judgement"),
    ("near-opinion", "my kid scored 118 on an iq test, is that gifted", "interpretation"),
    ("near-opinion", "is 10,000 steps a day actually backed by science", "evidence"),
    ("near-medical", "my blood pressure reads 142/91, should i be worried", "medical"),
    (
        "near-medical",
        "my watch says my resting pulse is 46 and I cycle a lot, is that ok",
        "medical",
    ),
    ("near-medical", "37.8 degrees, is that a fever for a toddler", "medical threshold"),
    ("near-fact", "roughly how many people live in greater Lagos these days", "fact"),
    ("near-fact", "how far away is the moon", "fact"),
    (
        "near-fact",
        "which year did east germans start crossing the berlin wall freely",
        "historical date",
    ),
    ("near-fact", "boiling point of ethanol?", "physical constant lookup"),
    ("near-fact", "how many bones does a newborn have compared with an adult", "fact"),
    ("near-fact", "actual dimensions of a 2x4 in inches", "trade convention"),
    ("near-fact", "what is the latest count of jupiter's moons", "changing fact"),
    ("near-fact", "what's the world record for the men's 100m", "fact"),
    ("near-live-data", "what's the euro to pound rate right now", "live data"),
    ("near-live-data", "price of gold per ounce at the moment", "live data"),
    ("near-live-data", "will it rain in Leeds on saturday", "forecast"),
    ("near-live-data", "is flight BA117 usually on time", "live/statistical data"),
    ("near-identifier", "what landmark is at 51.5007, -0.1246 on a map", "coordinates lookup"),
    ("near-identifier", "which part of london is SW1A", "postcode"),
    ("near-identifier", "is 192.168.0.254 a private ip address", "networking knowledge"),
    ("near-identifier", "what is dewey decimal 641.5 about", "classification lookup"),
    ("near-identifier", "what does the 24/7 in 24/7 support actually promise", "phrase meaning"),
    ("near-identifier", "what's on line 11 of a form 1040", "tax form"),
    ("near-identifier", "A4 or US letter, which is taller", "paper standards knowledge"),
    ("near-estimate", "roughly how many golf balls fit in a double decker bus", "Fermi estimate"),
    ("near-estimate", "how long does it take to walk 10 km for an average person", "estimate"),
    ("near-estimate", "how long should I roast a 2kg chicken", "cooking knowledge"),
    ("near-estimate", "about how much does a return flight London to Tokyo cost", "prices"),
    ("near-language", "how do I write £1,250,000.50 in words on a cheque", "language task"),
    ("near-language", "how do you say 23 in japanese", "translation"),
    (
        "near-language",
        "supplier's invoice says terms net 30 EOM, what does that mean",
        "business term",
    ),
    ("near-sizing", "UK dress size 12 in US sizes?", "sizing conventions vary by brand"),
    ("near-sizing", "what size bike frame for someone 5'9\"", "fitting advice"),
    ("near-sizing", "is a 55x40x20 cm bag ok as cabin luggage on ryanair", "airline policy"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short toast for my sister's 40th, she loves hiking and bad puns",
        "Can you make this email sound less passive-aggressive? 'As per my last email...'",
        "give me five titles for a blog post about learning to sail in your fifties",
        "help me write a resignation letter to a boss I actually like, keeping the door open",
        "rewrite this paragraph so a ten year old could follow it",
        "write a haiku about a delayed train",
        "draft a polite complaint to my landlord about the damp in the bathroom",
        "what's a good opening line for a cover letter for a museum job",
        "turn these bullet points into a short bio for a conference programme",
        "write a limerick about a cat who sulks whenever the hoover comes out",
    ],
    "coding": [
        "reversing a doubly linked list in C and I keep losing the head pointer, help",
        "explain processes vs threads using a restaurant kitchen analogy",
        "my useEffect fires twice on page load in next.js dev mode, is something broken",
        "write a bash one-liner to find the ten biggest files in a folder",
        "explain git rebase vs merge like I'm new to it",
        "pandas: read a semicolon separated csv with a junk header line and european decimals",
        "how would you lay out a flask app with three blueprints and a tiny sqlite db",
        "my SQL query with a LEFT JOIN returns duplicates, what might be wrong",
        "how do python decorators work",
        "regex for Irish Eircodes like D02 X285",
    ],
    "cooking": [
        "what can I make with leftover rice, half a tin of chickpeas and a sad courgette",
        "my rye loaf came out gummy in the middle, what went wrong",
        "best way to keep basil fresh",
        "fresh tagliatelle keeps clumping into a nest when I cook it, tips",
        "ideas for a vegetarian main that feels special for a dinner party",
        "I defrosted lamb mince in the fridge and didn't use it, can it go back in the freezer",
        "my american recipe says baking soda and I only have bicarb, are those the same",
        "how do you make a roux without lumps",
    ],
    "travel": [
        "what should I see in Lisbon with two days",
        "half fare card or travel pass for eight days around the Bernese Oberland",
        "tips for sleeping on a long-haul flight",
        "will a waiter in Osaka be offended if I leave a tip",
        "packing list for a week of hiking in the Lake District in autumn",
        "best way from Naples airport to Positano with two big suitcases and no car",
        "which Dodecanese island is quiet and walkable in early June",
        "what are the rules for taking medication through airport security in the US",
    ],
    "health": [
        "easing back into parkrun after a meniscus tear, how slowly should I go",
        "stretches for a lower back that seizes up after long drives",
        "tips for falling asleep when my mind is racing",
        "why does espresso before breakfast give me heartburn",
        "my hay fever is awful in june, anything besides cetirizine that helps",
        "how do I know if I'm overtraining",
        "what to eat before a 6am open water swim so I don't get cramp",
    ],
    "relationships": [
        "how do I tell a friend I can't afford their hen weekend",
        "my flatmate never does the dishes, how do I bring it up",
        "ideas for a low-key anniversary at home",
        "my colleague's mum died suddenly, what can I say when she's back at work",
        "what do you write in a card for a colleague who is leaving",
        "just moved to Glasgow at 34 knowing nobody, how do people actually make friends",
    ],
    "work": [
        "I took on my old manager's duties without a title change, how do I raise pay",
        "questions to ask at the end of a job interview",
        "how do I turn down a side project from a director without hurting my chances",
        "what makes a good one-to-one meeting with a new manager",
        "should I take a job with a longer commute for more money",
        "ideas for a sprint retro when the team is tired of start-stop-continue",
        "how should I explain a two-year gap on my CV",
    ],
    "learning": [
        "how do mRNA vaccines teach the body without containing the virus",
        "why are sunsets over the sea more orange than at midday",
        "how much did plague really contribute to the decline of late Rome",
        "why does the Bay of Fundy get such enormous tides",
        "my uncle says a cold winter disproves warming, how do I explain weather vs climate",
        "explain inflation to a teenager",
        "why does my cat purr at the vet when she's clearly terrified",
        "how can an air source heat pump pull warmth out of freezing air",
        "what is the plot of Middlemarch in a paragraph",
        "why do noise-cancelling headphones handle engine drone better than voices",
    ],
    "language": [
        "is it 'the cuts will effect change' or 'affect change'",
        "how do I say 'could you bring the bill please' in Italian",
        "supermarket sign says 'ten items or less', should it be fewer",
        "where does the word 'hygge' come from and is there an English equivalent",
        "give me some phrases for ordering coffee in Portuguese",
    ],
    "home-and-garden": [
        "how do I get rid of black mould on a window seal",
        "when do I prune an old bramley that has gone very tall",
        "lower leaves on my greenhouse tomatoes have yellow blotches with brown rings",
        "how to fix a dripping tap",
        "what plants are safe for cats",
        "I left my cast iron skillet soaking overnight and it's rusty, can it be saved",
        "top of my upstairs radiator stays cold but the bottom is hot, what do I do",
    ],
    "pets": [
        "how do I stop my puppy biting ankles",
        "is it normal for a rabbit to eat its own droppings",
        "my cat suddenly stopped using the litter tray, why",
        "what should I ask at a first vet visit for a kitten",
        "my daughter's guinea pig lost its companion, should we get another",
    ],
    "money-advice": [
        "should I pay off my student loan early or invest",
        "what's the difference between a Roth IRA and a traditional IRA",
        "how do index funds work",
        "tips for sticking to a budget when friends keep suggesting meals out",
        "is it a good idea to rent out my spare room",
    ],
    "culture": [
        "recommend a novel like The Remains of the Day",
        "podcasts about medieval history that aren't just two blokes chatting",
        "which Ghibli film to show a five year old who scares easily",
        "explain what made the Beatles so influential",
        "suggest board games for four adults who don't like long rules",
        "what's a good first opera to see",
        "recommend some albums if I like Nick Drake",
    ],
    "parenting": [
        "my two year old spits out anything green, any tricks that worked for people",
        "ideas for a rainy day with a six and eight year old",
        "how do I talk to my teenager about screen time without a fight",
        "what's a good bedtime routine for a three year old",
        "how can I help my kid who is nervous about starting a new school",
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
    # no register (family name) of this set is a family name of sets 19 to 187
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 187: {reused}"
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
