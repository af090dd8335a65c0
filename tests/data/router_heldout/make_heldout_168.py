"""Generate heldout-2027-05-20.jsonl: a hundred-and-sixty-eighth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_168.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-167, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (whole_up for items bought or carried whole, an
explicit round-up to the penny or round to 3 decimals where the text asks for it), units from
the exact definitions above (EXACT when the result terminates in at most 3 decimals, unit_r
otherwise), dates with datetime (days, age, nth_weekday, working_day_after, clock_span) and
flights or passages between zones with utc_minutes via zoneinfo; weekdays printed next to
dates come from sayw.

Provenance
----------
Read: this generator (its set-up, helpers, checks and output code) with cat; grading.py with
cat; earlier_registers.txt with head and with grep for candidate words, to pick 25 register
names not already used. Nothing under /work/main, /work/shared or /work/.library was opened.
Wrote: the four sections by hand (25 register constants, then calculator, units and datetime
positives, then CONVS, NEAR and ORDINARY), every expected value as a code expression; the
duplicate check flagged 47 of my own item ids (plain positives and generic negatives), which
I reworded without looking for the earlier text; two unit_r items failed the 2-decimal check
and were changed (psi to kPa instead of bar, miles to metres instead of km).
Checked: /work/main/.venv/bin/python make_heldout_168.py (also with --show to review the
expected values), ruff check and ruff format with --config /work/main/pyproject.toml, a line
length scan (at most 99 columns), then the generator again.
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
OUT = HERE / "heldout-2027-05-20.jsonl"
PREFIX = "ho168-"
# earlier generators: sets 1-167 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 168))
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


AST = "amateur_astronomer_timing_a_lunar_occultation"
TITHE = "volunteer_transcribing_a_parish_tithe_map"
DEAF = "deaf_club_social_secretary"
BIBLE = "conservator_rebinding_a_family_bible"
WATCH = "museum_night_watchman_on_his_rounds"
OUD = "oud_player_booked_for_a_wedding_in_amman"
PUFFIN = "warden_counting_puffin_burrows_on_an_island"
SCORER = "village_cricket_scorer_with_a_pencil_scorebook"
TBVET = "farm_vet_doing_a_herd_tb_test"
PENNINE = "retired_teacher_walking_the_pennine_way"
CADET = "merchant_navy_cadet_on_a_first_deep_sea_trip"
GRAIN = "grain_elevator_operator_in_saskatchewan"
AUPAIR = "au_pair_in_lyon_sending_money_home"
LEEK = "prize_leek_grower_at_a_miners_welfare_show"
YPRES = "great_grandson_visiting_war_graves_near_ypres"
MEMORY = "competitor_at_a_memory_championship"
SLEEP = "mum_planning_a_sleepover_for_eight_girls"
CABBIE = "london_cabbie_learner_doing_the_knowledge"
MARA = "wildlife_cameraman_in_a_hide_in_the_masai_mara"
LOURDES = "parish_priest_leading_a_pilgrimage_to_lourdes"
YUKON = "canoeist_paddling_the_yukon_river"
BOXER = "amateur_boxer_making_weight_for_a_bout"
FERRY = "pilot_ferrying_a_light_aircraft_to_iceland"
BOOKIE = "on_course_bookmaker_at_a_point_to_point"
BOTHY = "volunteer_maintaining_a_highland_bothy"

_root = math.isqrt(7056)
assert _root * _root == 7056

calc(P, "what's 17.5% of £2,340?", pct("17.5") * 2340)
calc(P, "1,284 x 37", 1284 * 37)
calc(P, "(48.6 - 12.9) / 1.7 =", (dec("48.6") - dec("12.9")) / dec("1.7"))
calc(P, "what is the square root of 7,056, it should come out whole", _root)
calc(P, "three hundred and forty-two divided by eight", F(342, 8))
calc(P, "2^17 - 1", 2**17 - 1)
calc(P, "How much is $86.40 after a 15 percent discount?", dec("86.40") * (1 - pct(15)))
calc(P, "mean of 14, 19, 23, 31 and 38", F(14 + 19 + 23 + 31 + 38, 5))
calc(P, "remainder when 9,876 is divided by 13", 9876 % 13)
calc(P, "0.125 × 0.8 + 3/8", dec("0.125") * dec("0.8") + F(3, 8))
calc(P, "11/40 as a decimal pls", F(11, 40))
calc(P, "-14 * -6.5 + 23", (-14) * dec("-6.5") + 23)
calc(P, "2000 × 1.05³", 2000 * dec("1.05") ** 3)
calc(P, "What's the percentage increase going from 240 to 318?", (F(318) - 240) / 240 * 100)

calc(
    AST,
    "Scope question. My reflector's focal length is 1,200 mm and I'm using a 25 mm eyepiece "
    "with a 2x Barlow in front of it. What magnification does that give me?",
    F(1200, 25) * 2,
)
calc(
    TITHE,
    "transcribing the tithe apportionment and plot 214 has a rent charge of £3 7s 6d. what's "
    "that in decimal pounds (20 shillings to the pound, 12 pence to the shilling)",
    3 + F(7, 20) + F(6, 240),
)
_coach = F(640, 29)
assert (_coach * 100).denominator != 1
calc(
    DEAF,
    "Booking the coach for the club outing: £640 for the coach, 29 members are paying and the "
    "3 BSL interpreters travel free. How much per paying member, rounded UP to the next penny "
    "so we don't come up short?",
    F(math.ceil(_coach * 100), 100),
)
calc(
    DEAF,
    "social night takings: raffle £312.40, bar £187.60, and we still owe £95 for the hall. "
    "whatever is left gets split equally between our two charities — how much does each get",
    (dec("312.40") + dec("187.60") - 95) / 2,
)
calc(
    BIBLE,
    "The text block of this family bible has 1,184 numbered pages, printed on both sides of "
    "each leaf, and the paper measures 0.065 mm per leaf. How thick is the text block in mm, "
    "leaving the boards out of it?",
    F(1184, 2) * dec("0.065"),
)
calc(
    WATCH,
    "each round of the galleries is 340 m and I do 6 rounds a night. over a 5-night week how "
    "many km is that",
    F(340 * 6 * 5, 1000),
)
calc(
    OUD,
    "Wedding gig in Amman pays 850 JOD. The agent takes 12% off the top and then I split the "
    "rest 60/40 with the darbuka player, 60 to me. How many dinars do I end up with?",
    850 * (1 - pct(12)) * pct(60),
)
calc(
    OUD,
    "the groom's family want to pay the band's $2,400 in dinars. at 1 JOD = 1.41 USD how many "
    "JOD is that, rounded to 3 decimal places (fils)",
    F(round(F(2400) / dec("1.41") * 1000), 1000),
)
calc(
    PUFFIN,
    "We counted 247 occupied burrows across 18 sample plots, each plot 10 m by 10 m. The whole "
    "colony covers 2.7 hectares. At the same density, how many occupied burrows does that "
    "scale up to? (1 ha = 10,000 m²)",
    F(247, 18 * 100) * dec("2.7") * 10000,
)
calc(
    SCORER,
    "they were all out for 210 in 37.3 overs (that's 37 overs and 3 balls, 6-ball overs). "
    "what's the run rate in runs per over",
    F(210) / F(37 * 6 + 3, 6),
)
calc(
    SCORER,
    "Updating the averages in the back of the scorebook. Jim scored 414 runs in 17 innings "
    "but was not out in 5 of them. What's his batting average (runs divided by times out)?",
    F(414, 17 - 5),
)
calc(
    TBVET,
    "TB test on a herd of 186 cattle. I charge £4.20 a head, plus a £95 visit fee for each of "
    "the two visits (injecting and reading), and VAT at 20% on top of the lot. Invoice total?",
    (186 * dec("4.20") + 2 * 95) * (1 + pct(20)),
)
calc(
    PENNINE,
    "pennine way is 268 miles, I've walked 112 of them and have 12 walking days left. how many "
    "miles a day on average to finish",
    F(268 - 112, 12),
)
calc(
    CADET,
    "Second engineer says we burn 62.5 tonnes of heavy fuel oil a day at 14 knots. We've got 9 "
    "days and 6 hours to go at that speed. How many tonnes will we burn?",
    dec("62.5") * (9 + F(6, 24)),
)
calc(
    GRAIN,
    "I've got three bins at 12,500 bushels each and two at 8,750. There's 31,260 bushels in "
    "them now. How many bushels of room is left?",
    3 * 12500 + 2 * 8750 - 31260,
)
calc(
    GRAIN,
    "farmer brought in 4,150 bushels of wheat, dockage is 2% so we pay on the rest at $8.42 a "
    "bushel. what's the cheque for",
    4150 * (1 - pct(2)) * dec("8.42"),
)
calc(
    AUPAIR,
    "I get €320 a month pocket money plus €80 back for my travel pass. I send 55% of that "
    "home, the bank takes a €4.50 fee out of it before converting, and the rate is 27.4 koruna "
    "to the euro. How many koruna does my mum get?",
    ((320 + 80) * pct(55) - dec("4.50")) * dec("27.4"),
)
calc(
    LEEK,
    "show results: entered six classes at £1.50 each and got two firsts, three seconds and a "
    "third. prize money is £15 for a first, £10 for a second and £5 for a third. how much am I "
    "up after the entry fees",
    2 * 15 + 3 * 10 + 5 - 6 * dec("1.50"),
)
calc(
    YPRES,
    "Battlefield tour for the five of us: the coach tour is €68 each, lunch €14.50 each, and "
    "we're buying one wreath at €25 to lay at the Menin Gate. Split evenly, what does each of "
    "us pay?",
    ((68 + dec("14.50")) * 5 + 25) / 5,
)
calc(
    MEMORY,
    "my two speed cards runs at the championship were 41.36 s and 38.9 s. average in seconds?",
    (dec("41.36") + dec("38.9")) / 2,
)
calc(
    SLEEP,
    "Sleepover maths: 8 girls eating 3 slices of pizza each, plus my husband and me at 3 "
    "slices each. The pizzas are cut into 8 slices. How many whole pizzas do I need to order?",
    whole_up(F(8 * 3 + 2 * 3, 8)),
)
calc(
    SLEEP,
    "party bags are £2.35 each. I want one for each of the 8 girls plus 10% extra in case "
    "siblings turn up, rounded up to a whole bag. how much do the bags cost altogether",
    whole_up(8 * (1 + pct(10))) * dec("2.35"),
)
calc(
    CABBIE,
    "There are 320 runs in the Blue Book. I've done 137 and I'm managing 9 new runs a week. "
    "How many more weeks until I've covered them all (whole weeks)?",
    whole_up(F(320 - 137, 9)),
)
calc(
    MARA,
    "shooting a lion hunt at 20 frames per second, 45.7 MB per RAW file. a 12 second burst "
    "fills how many MB",
    20 * 12 * dec("45.7"),
)
calc(
    LOURDES,
    "diocesan pilgrimage, 46 pilgrims. flights are €189 per person and the hotel is €62 per "
    "person per night for 4 nights. the diocese is putting €4,140 towards the total. what "
    "does each pilgrim pay if the rest is shared equally",
    F(46 * (189 + 62 * 4) - 4140, 46),
)
calc(
    YUKON,
    "715 km to Dawson and 11 days to get there. We paddled 48 km a day for the first 3 days. "
    "What daily average do we need over the remaining 8 days?",
    F(715 - 3 * 48, 8),
)
calc(
    BOXER,
    "I'm 67.8 kg and have to make 64 kg for the bout in 19 days. Average loss needed per day "
    "in kg?",
    (dec("67.8") - 64) / 19,
)
calc(
    FERRY,
    "Ferry flight leg planning: the Cessna burns 36 litres an hour and the leg is 3 h 25 min. "
    "I want trip fuel plus 10% contingency on the trip fuel plus a 45-minute reserve at the "
    "same burn. How many litres in total?",
    36 * F(205, 60) * (1 + pct(10)) + 36 * F(45, 60),
)
calc(
    BOOKIE,
    "punter's got £18 on at 11/4 and it's come in. total return including stake",
    18 + 18 * F(11, 4),
)
calc(
    BOOKIE,
    "£10 each way at 9/2, each-way terms a quarter the odds for a place. the horse finished "
    "third so the win half is lost. what do I pay out on the place half, stake included",
    10 + 10 * F(9, 2) / 4,
)
calc(
    BOTHY,
    "Work party hauling in 14 sacks of coal at 25 kg each. Three of us can carry 20 kg each "
    "per trip. How many trips does the group need, counting a trip as all three of us walking "
    "in once?",
    whole_up(F(14 * 25, 3 * 20)),
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

unit_r(P, "marathon is 26.2 miles, what is that in km", dec("26.2") * MI / 1000)
unit_r(P, "old american recipe says bake at 350F, what's that in °C", f_to_c(350))
unit(P, "he says he's 5 ft 11 in, what is that in centimetres", 71 * IN * 100, EXACT)
unit_r(P, "12st 4lb in kg?", (12 * 14 + 4) * LB)
unit_r(P, "45 square metres to square feet", 45 / SQFT)
unit(P, "3.5 GiB expressed in MiB?", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "60 mph is how many km/h", 60 * MPH / KMH)
unit_r(P, "door sticker says the tyres want 32 psi, what's that in kPa", 32 * PSI / 1000)
unit(P, "880 yards in metres", 880 * YD, EXACT)
unit(P, "What is -18 °C in Fahrenheit?", c_to_f(-18), EXACT)
unit_r(P, "twenty-five acres in hectares", 25 * ACRE / 10000)
unit_r(P, "200 grams in ounces", F(200, 1000) / OZ)
unit_r(P, "1.9 m in feet (decimal feet is fine)", dec("1.9") / FT)
unit(P, "18 knots in km/h", 18 * KNOT / KMH, EXACT)

unit(AST, "My Dobsonian has an 8-inch mirror. What's that in millimetres?", 8 * IN * 1000, EXACT)
unit_r(
    AST,
    "the dark sky site I'm driving to for the occultation is 2,390 m above sea level. in feet?",
    2390 / FT,
)
unit_r(
    TITHE,
    "Plot 87 on the tithe map is given as 3 acres 2 roods 17 perches (4 roods to an acre, 40 "
    "perches to a rood). What is that in hectares?",
    (3 + F(2, 4) + F(17, 160)) * ACRE / 10000,
)
unit_r(
    TITHE,
    "boundary along the lane is 14 chains on the old survey, a chain being 22 yards. how many "
    "metres",
    14 * 22 * YD,
)
unit_r(
    DEAF,
    "The hall we use for socials is 14 m by 9.5 m. The insurance form wants the floor area in "
    "square feet — what is it?",
    14 * dec("9.5") / SQFT,
)
unit_r(
    BIBLE,
    "the goatskin for the rebind is sold as 6.5 sq ft. how many square centimetres is that",
    dec("6.5") * SQFT * 10000,
)
unit(
    WATCH,
    "The old gallery thermostat only shows Fahrenheit and it's reading 64.4. What's that in "
    "Celsius?",
    f_to_c(dec("64.4")),
    EXACT,
)
unit_r(
    OUD,
    "my oud in its hard case weighs 7.3 kg — how many pounds is that for the airline's form",
    dec("7.3") / LB,
)
unit_r(
    PUFFIN,
    "crossing from the harbour to the island is 4.8 nautical miles. in km?",
    dec("4.8") * 1852 / 1000,
)
unit(
    SCORER,
    "Boundary rope is set 65 yards from the middle of the square. How many metres is that?",
    65 * YD,
    EXACT,
)
unit_r(TBVET, "weigh band puts the bullock at 1,045 lb, what's that in kg", 1045 * LB)
unit(
    PENNINE,
    "Cross Fell, the highest point on the Pennine Way, is 2,930 ft. How many metres?",
    2930 * FT,
    EXACT,
)
unit(
    CADET,
    "We're making 14.5 knots. How many kilometres do we cover in one 4-hour watch?",
    dec("14.5") * KNOT * 4 * 3600 / 1000,
    EXACT,
)
unit_r(
    CADET,
    "Loaded draught is 11.2 m and the pilot card wants it in feet. What do I write?",
    dec("11.2") / FT,
)
unit_r(
    GRAIN,
    "Truck just dumped 1,150 bushels of wheat, figuring 60 lb to the bushel. How many metric "
    "tonnes is that?",
    1150 * 60 * LB / 1000,
)
unit(GRAIN, "temperature cable in bin 4 reads 28 °C, convert to °F", c_to_f(28), EXACT)
unit_r(AUPAIR, "the flat in Lyon is 62 m². my dad wants to know in square feet", 62 / SQFT)
unit(
    LEEK,
    "my best pot leek is 6.25 inches to the button, in cm please",
    dec("6.25") * IN * 100,
    EXACT,
)
unit_r(
    YPRES,
    "It's 1.3 miles from where the coach drops us to Tyne Cot. How far is that in metres?",
    dec("1.3") * MI,
)
unit_r(MEMORY, "the playing cards for the event are 63 mm wide, how many inches", F(63, 1000) / IN)
unit_r(
    SLEEP,
    "the lounge floor is 4.2 m by 3.6 m, how many square feet of floor for the sleeping bags",
    dec("4.2") * dec("3.6") / SQFT,
)
unit_r(
    CABBIE,
    "The Knowledge covers six miles around Charing Cross. What's six miles in km?",
    6 * MI / 1000,
)
unit_r(MARA, "my long lens is 600 mm. in inches?", F(600, 1000) / IN)
unit_r(
    MARA,
    "The guide clocked the cheetah at 104 km/h. What's that in miles per hour?",
    104 * KMH / MPH,
)
unit(
    LOURDES,
    "forecast for lourdes says 26 degrees C, what is that in F for the americans in the group",
    c_to_f(26),
    EXACT,
)
unit_r(YUKON, "our canoe is 17 ft 4 in. length in metres", (17 * 12 + 4) * IN)
unit_r(YUKON, "The current on this stretch is 9 km/h. What's that in knots?", 9 * KMH / KNOT)
unit_r(BOXER, "the welterweight limit on the card is 147 lb, what's that in kg", 147 * LB)
unit(
    FERRY,
    "Planning to cruise at 8,500 ft over the North Atlantic. What's that in metres?",
    8500 * FT,
    EXACT,
)
unit_r(
    BOOKIE,
    "the race is 3 miles 2 furlongs. a furlong is 220 yards. how many km",
    (3 * 1760 + 2 * 220) * YD / 1000,
)
unit_r(BOTHY, "Bothy's at 610 metres. In feet?", 610 / FT)


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
    P, "storming of the Bastille, 14 July 1789 — which weekday was that", weekday(D(1789, 7, 14))
)
date_item(
    P,
    "Count the days from 6 March 2031 to 21 November 2031, please.",
    days(D(2031, 3, 6), D(2031, 11, 21)),
)
date_item(P, "what's the date 100 days after 28 December 2029", D(2029, 12, 28) + TD(days=100))
date_item(P, "1 jan 2040 falls on what day", weekday(D(2040, 1, 1)))
date_item(
    P,
    "How many weeks is it from 6 January 2034 to 14 April 2034?",
    weeks(D(2034, 1, 6), D(2034, 4, 14)),
)
date_item(
    P, "born 29 February 2004 — how old on 28 February 2029", age(D(2004, 2, 29), D(2029, 2, 28))
)
date_item(
    P, "going backwards 90 days from 1 March 2030 lands on which date", D(2030, 3, 1) - TD(days=90)
)
date_item(P, "how many days in february 2100", calendar.monthrange(2100, 2)[1])
date_item(P, "Days from March 15, 2032 to July 4, 2032?", days(D(2032, 3, 15), D(2032, 7, 4)))
date_item(P, "date of the third thursday in november 2033", nth_weekday(2033, 11, THU, 3))
date_item(P, "Last Friday of October 2031?", nth_weekday(2031, 10, FRI, -1))
_wd_start = D(2031, 9, 12)
date_item(
    P,
    f"10 working days after {sayw(_wd_start)}, Monday to Friday only, no holidays in the way, "
    "not counting the 12th itself",
    working_day_after(_wd_start, 10),
)
date_item(
    P,
    "21:40 until 06:15 the following morning, how many minutes is that",
    clock_span("21:40", "06:15", 60),
)
date_item(P, "what day of the week is Christmas Day (25 December) 2036", weekday(D(2036, 12, 25)))

date_item(
    AST,
    "The Aldebaran occultation is predicted for 02:47:13 local time at my site. I'm starting "
    "the video at 23:58:30 the evening before. How many seconds of recording until the "
    "predicted disappearance?",
    clock_span("23:58:30", "02:47:13", 1),
)
date_item(
    TITHE,
    "The Tithe Commutation Act got royal assent on 13 August 1836. What day of the week was that?",
    weekday(D(1836, 8, 13)),
)
date_item(
    DEAF,
    "club AGM is always the second Tuesday in March. what date is it in 2028",
    nth_weekday(2028, 3, TUE, 2),
)
date_item(
    BIBLE,
    "Front flyleaf says Hannah was born 17 October 1861 and died 2 March 1939. How old was she "
    "when she died?",
    age(D(1861, 10, 17), D(1939, 3, 2)),
)
date_item(
    WATCH,
    "my shift runs 19:45 to 07:15. how many hours is that",
    clock_span("19:45", "07:15", 3600),
)
_nights = D(2027, 6, 3)
date_item(
    WATCH,
    f"I work 4 nights on, 4 off. My first night is {sayw(_nights)}. What date does my third "
    "block of nights start?",
    _nights + TD(days=2 * 8),
)
date_item(
    OUD,
    "Flying home after the wedding: the Royal Jordanian flight leaves Amman at 02:10 on 12 "
    "August 2027 and lands at Heathrow at 06:05 London time the same day. How long is the "
    "flight in minutes?",
    utc_minutes("2027-08-12T02:10", "Asia/Amman", "2027-08-12T06:05", "Europe/London"),
)
date_item(
    PUFFIN,
    "survey season on the island runs from 15 April 2028 to 31 July 2028, both days included. "
    "how many days is that",
    days(D(2028, 4, 15), D(2028, 7, 31)) + 1,
)
_burrows = D(2028, 5, 6)
date_item(
    PUFFIN,
    f"We check the study burrows every 9 days, first check on {sayw(_burrows)}. What's the "
    "date of the 5th check?",
    _burrows + TD(days=4 * 9),
)
date_item(
    SCORER,
    "the club's 150th anniversary fixture is on 17 August 2030. what day of the week will that be",
    weekday(D(2030, 8, 17)),
)
_inject = DT(2027, 9, 14, 10, 30)
date_item(
    TBVET,
    f"Injected the herd at 10:30 on {sayw(_inject.date())}. The test is read 72 hours later — "
    "what date do I go back?",
    (_inject + TD(hours=72)).date(),
)
date_item(
    TBVET,
    "the follow-up test has to be done no more than 60 days after 19 November 2027. what's the "
    "last date it can be done",
    D(2027, 11, 19) + TD(days=60),
)
_edale = D(2027, 5, 1)
date_item(
    PENNINE,
    f"Setting off from Edale on {sayw(_edale)}. I'm planning 19 walking days and 2 rest days. "
    "Counting the first day as day 1, what date do I finish at Kirk Yetholm?",
    _edale + TD(days=19 + 2 - 1),
)
date_item(
    PENNINE,
    "day 7: walked from 07:40 to 17:25 with a 45 minute lunch stop. how many minutes of actual "
    "walking",
    clock_span("07:40", "17:25", 60) - 45,
)
date_item(
    CADET,
    "We sailed from Southampton at 18:00 local on 3 October 2027 and we're due alongside in "
    "Singapore at 06:00 local on 28 October 2027. How many hours is the passage?",
    utc_minutes("2027-10-03T18:00", "Europe/London", "2027-10-28T06:00", "Asia/Singapore") / 60,
)
_harvest = D(2027, 8, 16)
date_item(
    GRAIN,
    f"harvest intake started {sayw(_harvest)} and the elevator takes grain for 75 days "
    "counting the first day as day 1. what date is the last intake day",
    _harvest + TD(days=74),
)
date_item(
    AUPAIR,
    "My au pair contract runs 1 September 2027 to 30 June 2028, first and last days included. "
    "How many days is that?",
    days(D(2027, 9, 1), D(2028, 6, 30)) + 1,
)
date_item(
    LEEK,
    "the leek show is on the first Saturday of September 2027 and I lift the leeks 3 days "
    "before. which date do I lift them",
    nth_weekday(2027, 9, SAT, 1) - TD(days=3),
)
date_item(
    YPRES,
    "Great-grandad was born on 9 March 1896 and killed on 31 July 1917, the first day of "
    "Passchendaele. How old was he?",
    age(D(1896, 3, 9), D(1917, 7, 31)),
)
date_item(
    MEMORY,
    "practising for the historic dates discipline: what day of the week was 9 November 1989",
    weekday(D(1989, 11, 9)),
)
date_item(
    SLEEP,
    "the sleepover runs from 18:30 on the Friday to 10:00 on the Saturday. how many hours is that",
    clock_span("18:30", "10:00", 3600),
)
date_item(
    CABBIE,
    "I started the Knowledge on 4 February 2026 and passed my final appearance on 23 September "
    "2029. How many days did it take?",
    days(D(2026, 2, 4), D(2029, 9, 23)),
)
date_item(
    MARA,
    "Flight home from Nairobi leaves at 23:55 on 9 September 2027 and lands at Heathrow at "
    "05:50 London time on 10 September. How many minutes in the air?",
    utc_minutes("2027-09-09T23:55", "Africa/Nairobi", "2027-09-10T05:50", "Europe/London"),
)
_pilgrims = D(2027, 8, 10)
date_item(
    LOURDES,
    f"The pilgrimage leaves on {sayw(_pilgrims)} and we stay 6 nights. What date do we come home?",
    _pilgrims + TD(days=6),
)
date_item(
    LOURDES,
    "the feast of Our Lady of Lourdes is 11 February. what day of the week is it in 2028",
    weekday(D(2028, 2, 11)),
)
date_item(
    YUKON,
    "The race started at 12:00 on 23 June 2027 in Whitehorse and we got to Dawson City at "
    "15:40 on 26 June, same time zone. Total elapsed time in minutes?",
    F(int((DT(2027, 6, 26, 15, 40) - DT(2027, 6, 23, 12, 0)).total_seconds()), 60),
)
_fight = DT(2027, 10, 16, 19, 0)
date_item(
    BOXER,
    f"Fight night is {sayw(_fight.date())}, first bell at 19:00. The weigh-in is 30 hours "
    "before the first bell. What date is the weigh-in?",
    (_fight - TD(hours=30)).date(),
)
date_item(
    FERRY,
    "Wick to Reykjavik: off blocks 09:20 Wick time on 14 June 2027, on blocks 12:05 Reykjavik "
    "time the same day. How many minutes block to block?",
    utc_minutes("2027-06-14T09:20", "Europe/London", "2027-06-14T12:05", "Atlantic/Reykjavik"),
)
_wichita = D(2027, 6, 7)
date_item(
    FERRY,
    f"The aircraft left Wichita on {sayw(_wichita)}. The contract says it must be handed over "
    "at Prestwick no later than 10 working days after departure (Monday to Friday, departure "
    "day not counted, no holidays). Last handover date?",
    working_day_after(_wichita, 10),
)
date_item(
    BOOKIE,
    "the point-to-point is on the last Sunday of February 2028. date?",
    nth_weekday(2028, 2, SUN, -1),
)
_bothy = D(2027, 4, 3)
date_item(
    BOTHY,
    f"Work parties are every 6 weeks, the first one on {sayw(_bothy)}. When is the 4th?",
    _bothy + TD(weeks=3 * 6),
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
            (U, "let's invent an operation: a # b means a times b, minus a, minus b"),
            (A, "Got it: a # b = ab − a − b. For example 3 # 4 = 12 − 3 − 4 = 5."),
            (U, "ok so what's 9 # 7"),
        ],
        "# was defined earlier in the chat as ab - a - b; a calculator does not know it",
    ),
    (
        "conv-redefined-operator",
        [
            (S, "In this worksheet the symbol ⊗ means 'add the two numbers, then double'."),
            (U, "I'm stuck on question 4"),
            (A, "Question 4 is 6 ⊗ 5. Want to try it first?"),
            (U, "just tell me 6 ⊗ 5"),
        ],
        "⊗ is defined by the system turn; only the model can apply it",
    ),
    (
        "conv-other-base",
        [
            (U, "computing homework, every number on this sheet is in octal"),
            (A, "Sure, send them over and I'll work in base 8."),
            (U, "what's 57 + 26"),
        ],
        "operands are octal per the earlier turn; a decimal sum would be wrong",
    ),
    (
        "conv-other-base",
        [
            (U, "I'm reading a hex dump from the firmware, everything's hexadecimal"),
            (A, "Okay, paste the values you want to work with."),
            (U, "1F plus 2A?"),
        ],
        "hexadecimal operands set by context; needs the model to read them",
    ),
    (
        "conv-modulus",
        [
            (S, "You are a number theory tutor. Unless told otherwise, all answers are mod 11."),
            (U, "what's 8 × 7"),
        ],
        "the system turn makes the answer a residue mod 11, not the plain product",
    ),
    (
        "conv-modulus",
        [
            (U, "we're doing clock arithmetic on a 12-hour clock face"),
            (A, "Right, so everything wraps around after 12."),
            (U, "9 + 8 then"),
        ],
        "clock (mod 12) arithmetic established earlier in the chat",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my fantasy novel the year has 10 months of 36 days each, plus 5 "
                    "festival days at year end that belong to no month."
                ),
            ),
            (A, "Nice: that gives a 365-day year. What do you want to work out?"),
            (U, "how many days from the 3rd of the 4th month to the 20th of the 9th month"),
        ],
        "fictional calendar with 36-day months defined earlier",
    ),
    (
        "conv-fictional-calendar",
        [
            (U, "in our campaign world the week has five days: Ald, Bren, Cor, Dun and Eth"),
            (A, "Noted, a five-day week. What do you need?"),
            (U, "if it's Cor now, what day is it 12 days later"),
        ],
        "invented five-day week; a real calendar tool would answer with real weekdays",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "In the game I'm designing, 1 stride = 5 paces and 1 league = 400 strides."),
            (A, "Got it, I'll keep those definitions."),
            (U, "how many paces is 3.5 leagues"),
        ],
        "the league is redefined in the game, not the real league",
    ),
    (
        "conv-fictional-unit",
        [
            (
                U,
                (
                    "For my sci-fi story the station runs on its own clock: a day is 20 hours and "
                    "each hour is 50 minutes."
                ),
            ),
            (A, "Interesting: so a station day is 1,000 station minutes."),
            (U, "how many minutes in 3 days then"),
        ],
        "station day and hour defined in the chat differ from real ones",
    ),
    (
        "conv-language-semantics",
        [
            (U, "quick python question, debugging some index maths"),
            (A, "Go ahead, what's the expression?"),
            (U, "what does -7 // 2 evaluate to"),
        ],
        "Python floor division semantics (-4), not ordinary division",
    ),
    (
        "conv-language-semantics",
        [
            (U, "I'm learning JavaScript and type coercion confuses me"),
            (A, "It trips everyone up. What expression are you looking at?"),
            (U, "what does '5' + 3 give"),
        ],
        "JavaScript string concatenation gives '53'; arithmetic would be wrong",
    ),
    (
        "conv-language-semantics",
        [
            (U, "working in Excel on the quarterly figures"),
            (A, "Sure, what formula are you using?"),
            (U, "=ROUND(-2.5,0) returns what"),
        ],
        "Excel's rounding rule (half away from zero) is the question, not arithmetic",
    ),
    (
        "conv-split-told-earlier",
        [
            (U, "me and my flatmate agreed I pay 60% of the bills since I've got the bigger room"),
            (A, "That sounds fair."),
            (U, "electric came in at £148, what's mine"),
        ],
        "the 60% share was given in an earlier turn",
    ),
    (
        "conv-split-told-earlier",
        [
            (U, "my module is weighted 40% coursework and 60% exam"),
            (A, "Okay. Have you got your marks back?"),
            (U, "yeah 72 and 58, so what's my overall"),
        ],
        "weights and which mark is which come from the earlier turn",
    ),
    (
        "conv-earlier-answer",
        [
            (U, "can you total my shopping: bread 1.45, milk 1.20, eggs 2.35"),
            (A, "That comes to £5.00."),
            (U, "oh and cheese at 3.80, new total?"),
        ],
        "'new total' refers to the earlier list",
    ),
    (
        "conv-earlier-answer",
        [
            (U, "my recipe: 250 g flour, 2 eggs, 300 ml milk, makes 8 pancakes"),
            (A, "Classic batter. How can I help?"),
            (U, "I need 20 pancakes, how much flour"),
        ],
        "scaling needs the recipe given earlier",
    ),
    (
        "conv-facts",
        [
            (U, "I'm reading about the Great Fire of London for my son's project"),
            (A, "Happy to help. It started in a bakery on Pudding Lane."),
            (U, "how many days did it burn for"),
        ],
        "historical fact only the model knows",
    ),
    (
        "conv-facts",
        [
            (U, "I'm reading Russian sources from before the revolution, so dates are Old Style"),
            (A, "Right, the Julian calendar was used in Russia until early 1918."),
            (U, "what's 25 October 1917 in our calendar then"),
        ],
        "Julian to Gregorian conversion in a historical context",
    ),
    (
        "conv-facts",
        [
            (U, "I'm self-employed in Scotland, first year of trading"),
            (A, "Congratulations! What would you like to know?"),
            (U, "how much income tax on £38,000 profit"),
        ],
        "needs current Scottish tax bands and allowances",
    ),
    (
        "conv-house-rules",
        [
            (
                S,
                (
                    "You are the assistant for Pennyworth Outdoor. Members get 12% off full-price "
                    "items only; sale items get no extra discount."
                ),
            ),
            (U, "I'm a member, how much will the £40 jumper in the sale cost me"),
        ],
        "store policy in the system turn means no discount applies",
    ),
    (
        "conv-house-rules",
        [
            (
                S,
                (
                    "You are the rules assistant for a tabletop game. Damage against armoured "
                    "targets is halved, rounding down."
                ),
            ),
            (U, "my sword hits the armoured knight for 13, how much damage does it do"),
        ],
        "game rule from the system turn",
    ),
    (
        "conv-house-rules",
        [
            (
                U,
                (
                    "we decided the first dog year is 15 human years, the second is 9, and each "
                    "one after that is 5"
                ),
            ),
            (A, "Okay, that's the vets' rule of thumb."),
            (U, "so Biscuit at 7 is how old in human years"),
        ],
        "a custom conversion rule agreed earlier",
    ),
    (
        "conv-roman",
        [
            (U, "all the numbers in my next few messages are Roman numerals, it's for a quiz"),
            (A, "Understood, I'll read them as Roman numerals."),
            (U, "XLIV plus XIX"),
        ],
        "Roman numeral notation set by the earlier turn; answer expected in kind",
    ),
    (
        "conv-music",
        [
            (U, "thinking in semitones for my theory homework"),
            (A, "Sure, intervals are easy that way."),
            (U, "what's 7 up from A"),
        ],
        "musical interval: the answer is a note name (E)",
    ),
    (
        "conv-games",
        [
            (U, "we're playing D&D and I've just hit the troll"),
            (A, "Nice! Roll for damage."),
            (U, "roll 2d8+3 for me"),
        ],
        "asks for a dice roll, not a computation",
    ),
    (
        "conv-games",
        [
            (U, "darts, I'm left on 121"),
            (A, "That's a tricky one, it's a three-dart finish."),
            (U, "what's the best way to check out"),
        ],
        "darts checkout knowledge",
    ),
    (
        "conv-games",
        [
            (U, "club bridge last night: we bid 4 hearts, not vulnerable"),
            (A, "How did it go?"),
            (U, "made 11 tricks. what's our score"),
        ],
        "bridge scoring rules",
    ),
    (
        "conv-games",
        [
            (U, "I'm rated 1650 and about to play a lad rated 1820 in the county league"),
            (A, "Good luck, that's a decent gap."),
            (U, "so going by Elo, what score should I expect out of 1"),
        ],
        "needs the Elo expectation formula",
    ),
    (
        "conv-games",
        [
            (U, "my handicap index is 14.2 and today's course has a slope of 128"),
            (A, "What's the course rating and par?"),
            (U, "rating 71.3, par 72. what's my course handicap"),
        ],
        "needs the WHS course handicap formula",
    ),
    (
        "conv-translation",
        [
            (U, "translate to Spanish: I need 3 tickets for the 8pm show"),
            (A, "Necesito 3 entradas para la función de las 8 de la noche."),
            (U, "and 'it costs 45 euros each'"),
        ],
        "a translation request continuing the chat",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Captain Salt, a pirate who answers in pirate speak and reckons money "
                    "in pieces of eight."
                ),
            ),
            (U, "how many pieces of eight for 3 doubloons, captain"),
        ],
        "historical coinage in a role-play persona",
    ),
    (
        "conv-ancient-units",
        [
            (U, "reading Genesis with my Sunday school class"),
            (A, "Lovely. Which passage?"),
            (U, "the ark was 300 cubits long, how long is that in metres"),
        ],
        "the cubit varied; needs a hedged model answer",
    ),
    (
        "conv-cooking",
        [
            (U, "I've just moved and the new oven is a fan oven"),
            (A, "Fan ovens cook a bit hotter, so recipes usually need adjusting."),
            (U, "recipe says 200 conventional, what should I set"),
        ],
        "cooking rule of thumb, context from the earlier turn",
    ),
    (
        "conv-crossword",
        [
            (U, "crossword help please"),
            (A, "Sure, what's the clue and how many letters?"),
            (U, "'half a dozen in Roman numerals', 2 letters"),
        ],
        "crossword clue answered in letters",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0161 496 0734 a manchester landline", "phone number, area code knowledge"),
    ("near-phone", "which country is +354", "dialling code lookup"),
    ("near-phone", "are 0800 numbers free to call from a mobile in the uk", "tariff facts"),
    ("near-isbn", "978-0-14-118776-1 which book is that", "ISBN lookup"),
    ("near-isbn", "how do I check whether 0-306-40615-2 is a valid ISBN-10", "method explanation"),
    ("near-version", "is python 3.9 or 3.12 newer", "version ordering, not decimals"),
    (
        "near-version",
        "upgrading our lambda from node 18 to node 20, what breaking changes should I watch for",
        "release notes",
    ),
    ("near-version", "is macOS 14.4.1 safe to install on a 2019 macbook", "opinion and facts"),
    ("near-score", "liverpool 4-0 barcelona in 2019, how did they pull it off", "sports story"),
    ("near-score", "why is it called 15-love in tennis and not 1-0", "scoring explanation"),
    ("near-score", "is 147 the highest break possible in snooker", "rules knowledge"),
    ("near-range", "clothes labelled 12-18 months, what height is that", "size range lookup"),
    ("near-range", "reps of 8-12, is that for muscle growth or strength", "fitness advice"),
    ("near-range", "delivery says 3-5 working days, is that usually accurate", "opinion"),
    ("near-part", "6205-2RS bearing dimensions", "part number lookup"),
    ("near-part", "what does M8 x 1.25 mean on a bolt", "thread designation"),
    ("near-part", "what can I use instead of a CR2032 battery", "part compatibility"),
    ("near-code", "windows update fails with 0x80070005, what do I do", "error code"),
    ("near-code", "what is http status 418", "status code meaning"),
    ("near-code", "what does chmod 755 actually do", "permissions explanation"),
    ("near-opinion", "is £32k a decent salary in bristol", "opinion about a number"),
    ("near-opinion", "is 37.9 a fever for a toddler", "medical judgement"),
    ("near-opinion", "my bmi is 26.4, should I be worried", "health advice"),
    ("near-opinion", "is 1-2-3-4 really that bad as a PIN", "security opinion"),
    ("near-opinion", "is a 3.4 GPA enough for a masters in the uk", "admissions advice"),
    ("near-explain", "why does 0.1 + 0.2 give 0.30000000000000004 in javascript", "explanation"),
    (
        "near-explain",
        "my year 9 class refuse to believe 0.999 recurring is 1, how do I convince them",
        "proof explanation",
    ),
    ("near-explain", "why can't you divide a number by zero", "concept explanation"),
    ("near-explain", "explain the monty hall problem, I still don't get it", "explanation"),
    ("near-explain", "why is 2100 not a leap year when it's divisible by 4", "calendar rule"),
    (
        "near-fact",
        "roughly how long is the drive from edinburgh to inverness up the A9",
        "geography fact",
    ),
    ("near-fact", "roughly how many people live in lagos", "population fact"),
    (
        "near-fact",
        "do babies really have more bones than adults, how many does each have",
        "biology fact",
    ),
    ("near-fact", "boiling point of water at the summit of everest", "physics plus facts"),
    ("near-fact", "how tall is the shard in metres", "fact lookup"),
    (
        "near-fact",
        "which year did they start knocking the berlin wall down and why then",
        "history fact",
    ),
    ("near-fact", "how many players in a rugby union side", "sports fact"),
    ("near-fact", "how long does sunlight take to reach earth", "astronomy fact"),
    ("near-fact", "speed limit for a car towing a caravan on a uk single carriageway", "law"),
    ("near-fact", "how much is a first class stamp now", "current price"),
    ("near-finance", "what's the euro to pound rate at the moment", "live data"),
    (
        "near-finance",
        "does the 4% withdrawal rule still hold up for someone retiring in the uk",
        "finance concept",
    ),
    ("near-finance", "explain 50/30/20 budgeting", "budgeting concept"),
    ("near-finance", "how much is the uk personal allowance", "tax fact"),
    ("near-sequence", "next number: 1, 1, 2, 3, 5, 8", "pattern recognition"),
    ("near-sequence", "what comes next in 2, 3, 5, 7, 11", "pattern recognition"),
    ("near-sizing", "uk 9 shoe in us mens", "sizing tables vary by brand"),
    ("near-sizing", "what's a uk dress size 12 in italian sizing", "sizing table"),
    ("near-sizing", "205/55 R16 what do the numbers on my tyre mean", "tyre code explanation"),
    ("near-date-fact", "what date is mothering sunday in 2029", "holiday date not stated"),
    ("near-date-fact", "when is chinese new year in 2031", "lunisolar holiday fact"),
    ("near-date-fact", "what weekday was the moon landing", "needs the date of the event"),
    ("near-date-fact", "when does ramadan start in 2030", "religious calendar fact"),
    ("near-unit-fact", "how heavy is a blue whale in tonnes", "fact, not a conversion"),
    ("near-unit-fact", "how big is a premier league pitch in metres", "fact lookup"),
    ("near-unit-fact", "how many grams of sugar in a can of coke", "nutrition fact"),
    ("near-unit-fact", "how tall was goliath in cubits", "fact from a text"),
    ("near-time", "what time is sunset in penzance on midsummer's day", "astronomical fact"),
    ("near-time", "how long to roast a 5 kg turkey", "cooking knowledge"),
    ("near-time", "how long does it take to walk 10 km", "estimate, depends on pace"),
    ("near-identifier", "flight BA283 leaves from which terminal at heathrow", "flight lookup"),
    ("near-identifier", "whose address is SW1A 2AA", "postcode lookup"),
    ("near-identifier", "where does the number 38 bus go in london", "route lookup"),
    ("near-identifier", "what does ISO 9001 certification mean for a supplier", "standard"),
    ("near-identifier", "what does john 3:16 say", "scripture reference"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short thank-you note to my neighbour for feeding the cat",
        (
            "help me word an email chasing my letting agent about the boiler that's been "
            "broken since the 3rd"
        ),
        "rewrite this so it sounds less angry: you never reply to my messages",
        "give me three opening lines for a ghost story set on a cross-channel car ferry at night",
        "draft a leaving speech for a colleague who's retiring after decades at the library",
        "how do I write a cover letter for a job I'm slightly underqualified for",
        "make this paragraph more concise for my dissertation abstract",
        "write a limerick about a grumpy seagull",
        "what's a polite way to decline my cousin's wedding abroad without sounding stingy",
        "help me write a eulogy for my grandad who loved fishing",
        "suggest a title for a blog about restoring old bicycles",
        "proofread: their going to the park tomorow with there dog",
    ],
    "cooking": [
        "what can I make with leftover basmati, two eggs, half a leek and some frozen peas",
        "my mushroom risotto always ends up like porridge, what am I doing wrong",
        "give me a vegetarian alternative to shepherd's pie",
        "my rye sourdough came out flat as a frisbee, was it overproofed",
        "can I swap bicarbonate of soda for baking powder in my nan's scone recipe",
        "ideas for a packed lunch for a fussy eight-year-old",
        "how do you make a proper yorkshire pudding rise",
        "what herbs go well with lamb",
        (
            "I defrosted chicken thighs and then plans changed, can they go back in the "
            "freezer once cooked"
        ),
        "suggest a three-course menu for a dinner party with one vegan guest",
    ],
    "travel": [
        "what should I see in porto with two days",
        "tips for sleeping on an overnight train",
        "is it worth hiring a car on the isle of skye",
        "what do I need to know before driving in france",
        "best way to get from the airport to the city centre in lisbon",
        "packing list for a week of hiking in the lake district",
        "will a waiter in osaka be offended if I leave a tip on the table",
        "is kraków or budapest better for a winter city break",
        "how do I avoid jet lag flying to australia",
        "recommend a quiet beach in cornwall for families",
    ],
    "health": [
        "how can I get back into running after an injury",
        "what are the signs of burnout",
        "good stretches for a stiff lower back",
        "how do I help my teenager sleep better",
        "how can I tell if my husband has actual flu or just a bad cold",
        "I drink six coffees a day, how do I cut back without the withdrawal headaches",
        "is it normal to feel dizzy when standing up quickly",
        "any meditation tips for someone with adhd who can't sit still for two minutes",
    ],
    "coding": [
        "show me how to reverse a singly linked list in python without recursion",
        "explain what a closure is in javascript",
        "why is my git rebase showing conflicts on every commit",
        "write a bash script that renames all .jpeg files to .jpg",
        (
            "in plain words, why would I use a thread pool instead of separate processes for "
            "image resizing"
        ),
        (
            "my login card won't sit in the middle of the page, how do I centre it vertically "
            "with flexbox"
        ),
        "write a sql query to find duplicate email addresses in a users table",
        "what does the borrow checker complain about in rust when I do this",
        "how do I mock a datetime in pytest",
        "explain big-o notation like I'm new to programming",
        "how should I structure a small flask app",
        "convert this for loop into a list comprehension",
    ],
    "relationships": [
        "how do I tell my friend I can't be her bridesmaid",
        "my partner and I keep arguing about chores, any advice",
        "moved to leeds for work and know nobody, how do people in their 30s make friends",
        "what should I say to a friend whose dog just died",
        "how do I set boundaries with my mum without upsetting her",
        "tips for a first date that isn't awkward",
        "a colleague keeps presenting my spreadsheets in meetings as his own, how do I handle it",
        "my brother hasn't spoken to me in ages, how do I reach out",
    ],
    "learning": [
        "explain photosynthesis simply",
        "what caused the first world war",
        "walk me through what happens to a private member's bill in the house of lords",
        "what is the difference between weather and climate",
        "explain supply and demand with an example",
        "how do mrna vaccines get the body to make antibodies, explain it for a twelve year old",
        "what's the best way to learn italian vocabulary",
        "summarise the plot of great expectations",
        "what is a metaphor versus a simile",
        "how do tides work",
    ],
    "home-garden": [
        "when is the right time to prune an overgrown bramley that hasn't been touched for ages",
        "how do I get rid of black mould on a bathroom ceiling",
        "what plants will survive in a north-facing window",
        "the top of my upstairs radiator is cold, do I need to bleed it and how",
        "my greenhouse tomato leaves are curling upwards and going purple underneath, why",
        "best way to clean a cast iron pan",
        "slugs have shredded my hostas again, what works that won't hurt the hedgehogs",
        "ideas for brightening a dark hallway",
        "how do I fix a dripping tap",
        "what can I plant now for colour in the autumn",
    ],
    "trivia-history": [
        "why is ada lovelace called the first programmer if the analytical engine was never built",
        "why did the romans leave britain",
        "who actually stitched the bayeux tapestry and where was it made",
        "who invented the telephone, really",
        "what happened at the battle of culloden",
        "why is the sky blue at noon but orange at sunset, explain for a curious seven year old",
        "how were the pyramids built",
        "is it true the word quarantine comes from venice and forty days",
        "who were the suffragettes",
        "my cat purrs when she's at the vet and clearly terrified, why",
    ],
    "creative": [
        "ideas for a 40th birthday party theme for someone obsessed with 80s synth-pop",
        "write a short poem about the sea at night",
        "suggest names for a black and white rescue cat",
        "help me plan a treasure hunt for a six-year-old's party",
        "ideas for a handmade christmas present for my dad",
        "describe a medieval market for my novel",
        "come up with a riddle whose answer is 'shadow'",
        "what should my dnd character's backstory be, she's a halfling bard",
        "suggest a colour scheme for a cosy reading nook",
        "write a bedtime story about a brave hedgehog",
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
    # no register (family name) of this set is a family name of sets 19 to 167
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 167: {reused}"
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
