"""Generate heldout-2027-05-22.jsonl: a hundred-and-seventieth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_170.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-169, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values with Fraction/Decimal (whole-item answers rounded up with whole_up or down
with math.floor, as each question says), unit conversions from the exact definitions above
(unit(..., EXACT) for terminating answers, unit_r for rounded ones), and dates with datetime
and zoneinfo (utc_minutes for clock times in two zones, working_day_after/_counting for
Monday-to-Friday counts, sayw to state weekdays next to dates). Every date question names its
year; no answer depends on the current date.

Provenance
----------
Read: this file (set-up, helpers, checks, output code), grading.py and earlier_registers.txt,
    with cat/sed; earlier_registers.txt also with grep for candidate register words, to pick
    25 names far from the earlier ones. Nothing under /work/main, /work/shared or
    /work/.library was opened; the venv python and ruff were only run.
Wrote: the four sections by hand: 25 register constants, then per tool 14 plain questions and
    31 register questions (6 registers with two items for each tool), each expected value an
    expression in code; 35 conversations, 65 near-negatives and 100 ordinary requests, each
    conversation and near-negative with a note. When the duplicate check listed my own ids
    (37 items, then one more), I reworded those items without looking up the earlier text.
Checked: ran this generator until it passed (also with --show to review my own expected
    values), ruff check and ruff format with /work/main/pyproject.toml, a line-length check,
    and the generator again.
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
OUT = HERE / "heldout-2027-05-22.jsonl"
PREFIX = "ho170-"
# earlier generators: sets 1-169 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 170))
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


GEYSER = "geyser_boardwalk_ranger_in_yellowstone"
RICE = "rice_terrace_farmer_in_banaue"
CHAI = "chai_seller_at_the_kumbh_mela"
SHAKU = "shakuhachi_flute_maker_cutting_bamboo"
CENOTE = "cenote_snorkel_guide_near_tulum"
ICON = "byzantine_icon_painter_in_thessaloniki"
NILE = "egyptology_student_on_a_nile_cruise"
KATHAK = "kathak_dance_teacher_in_leicester"
FIREMAN = "steam_gala_footplate_fireman"
GURNER = "gurning_contest_entrant_at_the_crab_fair"
LOAN = "graduate_paying_off_a_student_loan"
BRAAI = "braai_host_at_a_rugby_party_in_pretoria"
STOLLEN = "stollen_baker_at_a_dresden_christmas_market"
ASTRO = "astrologer_casting_birth_charts"
FIRE = "fire_eater_rehearsing_for_a_street_festival"
BAIJIU = "baijiu_distillery_clerk_in_sichuan"
BORSCHT = "borscht_supper_volunteer_at_a_church_hall"
BANHMI = "banh_mi_cart_owner_in_saigon"
TRIBUNAL = "employment_tribunal_claimant_preparing_a_bundle"
MOWER = "lawnmower_racing_pit_crew"
INSOMNIAC = "insomniac_translator_working_to_us_deadlines"
PACHINKO = "pachinko_parlour_floor_attendant"
TOKAMAK = "tokamak_fusion_lab_shift_physicist"
DERVISH = "whirling_dervish_ceremony_musician_in_konya"
CHEMO = "chemotherapy_day_unit_volunteer_driver"

# plain one-line questions
calc(P, "what's 3,847 × 29", 3847 * 29)
calc(P, "17.5% of £2,360", pct("17.5") * 2360)
calc(P, "(48.6 − 13.25) / 2.5", (dec("48.6") - dec("13.25")) / dec("2.5"))
_r = math.isqrt(7056)
assert _r * _r == 7056
calc(P, "7,056 is a perfect square — of which number", _r)
calc(P, "two to the seventeenth power minus five thousand", 2**17 - 5000)
calc(P, "how much is seven eighths of 1,360", F(7, 8) * 1360)
calc(P, "sixty-four thousand divided by one hundred and twenty-five", F(64000, 125))
calc(P, "$1,249.60 plus 15% sales tax, what's the total?", dec("1249.60") * (1 + pct(15)))
calc(P, "12.5 cubed", dec("12.5") ** 3)
calc(P, "mean of 83, 91, 77, 68 and 95", F(83 + 91 + 77 + 68 + 95, 5))
calc(
    P,
    "orders went from 1,280 to 1,504 — what's that as a percentage increase",
    F(1504 - 1280, 1280) * 100,
)
calc(
    P,
    "£84 jacket, 35% off and then a further 10% off the sale price at the till. what do I pay",
    84 * (1 - pct(35)) * (1 - pct(10)),
)
calc(P, "which number is 40% more than 3,615", 3615 * (1 + pct(40)))
calc(P, "47 times 23 minus 19 times 31 =", 47 * 23 - 19 * 31)

# registers
calc(
    GEYSER,
    "boardwalk tally for the day: the shuttles dropped 146, 213 and 97 visitors at the upper "
    "geyser basin, 38 of them kids on a school trip who don't pay, everyone else paid the $35 "
    "entry. how many dollars came in",
    (146 + 213 + 97 - 38) * 35,
)
calc(
    GEYSER,
    "intervals between eruptions on my shift were 94, 88, 101, 79 and 93 minutes. average "
    "interval?",
    F(94 + 88 + 101 + 79 + 93, 5),
)
calc(
    RICE,
    "we got 1,840 kg of palay off our terraces. the miller keeps 12% as his fee and what's "
    "left is split equally between the 4 families who worked the paddies. kg per family?",
    1840 * (1 - pct(12)) / 4,
)
calc(
    RICE,
    "irrigation fee is 1,250 pesos per hectare per season, our paddies add up to 0.64 "
    "hectares and we plant two seasons. what's the year's fee",
    1250 * dec("0.64") * 2,
)
_full = F(42000 - 2000, 120)
assert _full.denominator != 1
calc(
    CHAI,
    "chai at ₹15 a kulhad. on the big bathing day I brewed 42 litres, lost about 2 litres "
    "boiling over, and each kulhad takes 120 ml. I only sell full kulhads and sold every one "
    "I could fill — how many rupees did I take",
    math.floor(_full) * 15,
)
calc(
    SHAKU,
    "bought 20 bamboo culms at ¥1,200 each, 35% of them cracked while drying. every good one "
    "becomes a flute that sells for ¥48,000. takings from the flutes minus what all 20 culms "
    "cost me?",
    20 * (1 - pct(35)) * 48000 - 20 * 1200,
)
calc(
    CENOTE,
    "group of 12 snorkellers. cenote entry is 350 pesos a head, gear hire 120 a head (3 of "
    "them brought their own mask and fins), and my guide fee of 2,400 pesos gets split "
    "evenly across all 12. what does one person who hires gear pay in total",
    350 + 120 + F(2400, 12),
)
calc(
    ICON,
    "gold leaf comes in books of 25 leaves at €68 a book. the halo and background of this "
    "icon need 137 leaves. I can only buy whole books — what do I spend",
    whole_up(F(137, 25)) * 68,
)
calc(
    NILE,
    "the cruise is £1,890 per person for the 7 nights, solo travellers pay a 45% single "
    "supplement on top of that. I'm going alone and I've already paid a £350 deposit. how "
    "much do I still owe",
    dec("1890") * (1 + pct(45)) - 350,
)
calc(
    KATHAK,
    "saturday kathak class: 18 children at £7.50 each, except 4 of them are siblings who get "
    "a third off. hall hire is £42. what's my profit for the session",
    14 * dec("7.50") + 4 * dec("7.50") * F(2, 3) - 42,
)
calc(
    FIREMAN,
    "gala day we run 6 round trips of 9.5 miles each and the engine's been averaging 36 kg "
    "of coal a mile. tender starts the day with 3,000 kg. how many kg are left at the end if "
    "we don't top up",
    3000 - 6 * dec("9.5") * 36,
)
calc(
    GURNER,
    "five judges gave me 7.5, 8, 6.5, 9 and 8.5 for my gurn. they throw out the highest and "
    "the lowest and average the other three. what's my score",
    F(dec("7.5") + 8 + dec("8.5"), 3),
)
calc(
    LOAN,
    "I earn £34,600 a year and repay 9% of whatever I earn above £27,295. how much goes on "
    "the loan a year",
    pct(9) * (34600 - 27295),
)
calc(
    LOAN,
    "start of the year my balance was £41,270. they added 4.3% interest on that starting "
    "balance and I paid back £1,950 over the year. balance at the end of the year?",
    41270 * (1 + pct("4.3")) - 1950,
)
_coils = whole_up(26 * dec("0.35") / dec("1.5"))
calc(
    BRAAI,
    "braai for 26 for the final, I allow 350 g of boerewors each. it comes in 1.5 kg coils "
    "at R189 a coil and I can only buy whole coils. cost of the wors?",
    _coils * 189,
)
calc(
    STOLLEN,
    "each stollen takes 375 g of raisins, we bake 64 a day for all 33 market days. raisins "
    "come in 12.5 kg sacks — how many sacks do I order (whole sacks)",
    whole_up(F(375 * 64 * 33, 1000) / dec("12.5")),
)
calc(
    ASTRO,
    "charts €95, transit readings €60. in March I did 14 charts and 23 readings and the "
    "booking site takes an 18% cut of everything. what do I keep",
    (14 * 95 + 23 * 60) * (1 - pct(18)),
)
calc(
    FIRE,
    "each torch dip soaks up about 15 ml of paraffin, 9 dips a show, 4 shows a day over the "
    "three festival days. paraffin is €7.80 for a 1-litre bottle and I have to buy whole "
    "bottles. fuel bill?",
    whole_up(F(15 * 9 * 4 * 3, 1000)) * dec("7.80"),
)
calc(
    FIRE,
    "hat after the three shows had €312.40, €187.65 and €255.95 in it. my fire-spinning "
    "partner takes 40% — my share?",
    (dec("312.40") + dec("187.65") + dec("255.95")) * (1 - pct(40)),
)
calc(
    BAIJIU,
    "2,400 kg of sorghum at 0.45 litres of baijiu per kg, bottled in 500 ml bottles sold at "
    "¥68 each. revenue if every bottle sells?",
    2400 * dec("0.45") / dec("0.5") * 68,
)
calc(
    BORSCHT,
    "borscht supper: 85 tickets sold at $18, the 12 volunteers eat free. beets, sour cream "
    "and bread came to $412.37 and we give the hall a $150 donation. what's left for the "
    "roof fund",
    85 * 18 - dec("412.37") - 150,
)
calc(
    BANHMI,
    "sell 180 bánh mì a day at 25,000 đồng, ingredients run 11,500 a roll, and the pitch "
    "costs 600,000 a week. open 6 days a week. weekly profit in đồng?",
    180 * 6 * (25000 - 11500) - 600000,
)
_rolls = F(3 * 2500, 35)
assert _rolls.denominator != 1
calc(
    BANHMI,
    "pâté comes in 2.5 kg tubs and each roll gets 35 g. how many full rolls can I make out "
    "of 3 tubs",
    math.floor(_rolls),
)
calc(
    TRIBUNAL,
    "schedule of loss: 11.5 days' accrued holiday at a daily rate of £132.80, plus one week's "
    "notice pay of £664. total?",
    dec("11.5") * dec("132.80") + 664,
)
calc(
    MOWER,
    "our ride-on did laps of 48.6, 47.9, 49.3 and 47.2 seconds in qualifying. total time for "
    "the four laps in seconds",
    dec("48.6") + dec("47.9") + dec("49.3") + dec("47.2"),
)
calc(
    INSOMNIAC,
    "agency pays $0.12 a source word, rush jobs get a 25% premium. this week: 3,450 words at "
    "the normal rate and 1,820 rush. what do I invoice",
    dec("0.12") * 3450 + dec("0.12") * (1 + pct(25)) * 1820,
)
calc(
    PACHINKO,
    "regular put ¥10,000 into balls at ¥4 a ball, left with 1,840 balls, and the prize "
    "counter values each ball at ¥3.57. how many yen is he down",
    10000 - 1840 * dec("3.57"),
)
calc(
    PACHINKO,
    "floor has 12 rows of 40 machines and 36 are switched off for maintenance. what "
    "percentage of the machines are running",
    F(12 * 40 - 36, 12 * 40) * 100,
)
calc(
    TOKAMAK,
    "heating is 2.4 MW for 6.5 seconds a shot and we got 38 shots off in the campaign. "
    "total heating energy in megajoules?",
    dec("2.4") * dec("6.5") * 38,
)
calc(
    DERVISH,
    "ney players get 1,750 lira per sema ceremony. I played 23 of them and the 9 of us "
    "musicians split a 12,600 lira bonus equally. my total?",
    23 * 1750 + F(12600, 9),
)
calc(
    CHEMO,
    "volunteer mileage claim: 23.4 miles per round trip to the day unit, 17 trips, 45p a "
    "mile, plus £6.50 parking on 9 of the trips. what do I claim in pounds",
    dec("23.4") * 17 * pct(45) + dec("6.50") * 9,
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

ML = F(1, 10**6)  # m^3
CUIN = IN * IN * IN  # m^3

# plain one-line questions
unit_r(P, "18.6 miles is how many km", dec("18.6") * MI / 1000)
unit(P, "how tall is 5 foot 9 in centimetres", (5 * FT + 9 * IN) * 100, EXACT)
unit_r(P, "350 degrees fahrenheit in celsius?", f_to_c(350))
unit_r(P, "73.5 kg in pounds", dec("73.5") / LB)
unit_r(P, "what's 11 st 4 lb in kilos", 11 * STONE + 4 * LB)
unit_r(P, "42 m² in square feet", 42 / SQFT)
unit_r(P, "37.5 acres in hectares", dec("37.5") * ACRE / 10000)
unit_r(P, "tyre wall says 36 psi, what's that in kPa", 36 * PSI / 1000)
unit(P, "how many MiB is 2.75 GiB", dec("2.75") * GIB / MIB, EXACT)
unit_r(P, "autobahn sign says 130 km/h, in mph?", 130 * KMH / MPH)
unit(P, "-23 °C expressed in °F", c_to_f(-23), EXACT)
unit(P, "1,000 yards is how many metres", 1000 * YD, EXACT)
unit(P, "a ferry doing 22 knots, km/h?", 22 * KNOT / KMH, EXACT)
unit(P, "number of seconds in a fortnight", 14 * 24 * 3600, EXACT)

# registers
unit_r(
    GEYSER,
    "thermometer in the runoff channel read 199 °F. what's that in celsius for the European group",
    f_to_c(199),
)
unit_r(GEYSER, "the boardwalk loop is 1.3 miles. how many metres is that", dec("1.3") * MI)
unit_r(
    RICE,
    "the highest terraces sit at about 1,500 m above sea level — what's that in feet",
    1500 / FT,
)
unit_r(
    CHAI,
    "the mela grounds were said to cover 4,000 hectares. in acres?",
    4000 * 10000 / ACRE,
)
unit_r(
    SHAKU,
    "standard 1.8 flute comes out at 54.5 cm long. how many inches",
    dec("54.5") / 100 / IN,
)
unit_r(
    CENOTE,
    "the deepest part we free-dive to is 27 metres; the Americans keep asking in feet",
    27 / FT,
)
unit(
    CENOTE,
    "water in the cenote sits at 25 °C all year. in fahrenheit?",
    c_to_f(25),
    EXACT,
)
unit_r(
    ICON,
    "the lime-wood panel is 40 cm by 30 cm. area in square inches?",
    F(40 * 30, 10000) / (IN * IN),
)
unit_r(
    NILE,
    "our boat makes about 14 km/h going upstream to Aswan. what's that in knots",
    14 * KMH / KNOT,
)
unit_r(
    KATHAK,
    "a pair of my heavy ghungroo weighs 2.2 kg. in pounds",
    dec("2.2") / LB,
)
unit_r(
    FIREMAN,
    "boiler's blowing off at 180 psi. what's that in bar for the German visitors",
    180 * PSI / BAR,
)
unit_r(
    FIREMAN,
    "line speed limit on the heritage railway is 25 mph. convert to km/h",
    25 * MPH / KMH,
)
unit(
    GURNER,
    "the greasy pole at the fair is 30 feet high. how many metres",
    30 * FT,
    EXACT,
)
unit_r(
    LOAN,
    "flat I'm looking at in Toronto is 650 sq ft, how many square metres is that",
    650 * SQFT,
)
unit(
    BRAAI,
    "I want the grid at 230 °C — my American mate wants it in fahrenheit",
    c_to_f(230),
    EXACT,
)
unit_r(
    STOLLEN,
    "the recipe wants 500 g of butter per batch. how many ounces (avoirdupois)",
    F(500, 1000) / OZ,
)
unit_r(
    ASTRO,
    "client says she was born weighing 7 lb 6 oz. in grams?",
    (7 * LB + 6 * OZ) * 1000,
)
unit(
    FIRE,
    "a paraffin flame runs at roughly 1,100 °C. in °F",
    c_to_f(1100),
    EXACT,
)
unit_r(
    BAIJIU,
    "the fermentation pit measures 3.5 m by 2 m by 2.2 m deep. volume in cubic feet?",
    dec("3.5") * 2 * dec("2.2") / CUFT,
)
unit_r(
    BORSCHT,
    "our recipe for 50 needs 6 kg of beets but the store here in Winnipeg prices by the pound. "
    "how many pounds",
    6 / LB,
)
unit_r(BANHMI, "cart tyres want 35 psi. kPa?", 35 * PSI / 1000)
unit(
    TRIBUNAL,
    "the PDF bundle is 47,185,920 bytes. how many MiB is that",
    F(47185920, MIB),
    EXACT,
)
unit_r(MOWER, "our mower topped out at 52 mph on the straight. km/h?", 52 * MPH / KMH)
unit_r(
    MOWER,
    "engine is 15.5 cubic inches. how many cc",
    dec("15.5") * CUIN / ML,
)
unit_r(
    INSOMNIAC,
    "client wants the page width in inches, A4 is 210 mm wide",
    F(210, 1000) / IN,
)
unit_r(
    PACHINKO,
    "a pachinko ball weighs 5.5 g. a full box of 2,500 balls weighs how many pounds",
    2500 * dec("5.5") / 1000 / LB,
)
unit(
    TOKAMAK,
    "the magnets are cooled to 4.2 K. what is that in degrees fahrenheit",
    c_to_f(dec("4.2") - dec("273.15")),
    EXACT,
)
unit(
    TOKAMAK,
    "core plasma at 150 million °C — what is that in kelvin exactly",
    150 * 10**6 + dec("273.15"),
    EXACT,
)
unit(
    DERVISH,
    "the semazen turns at 40 revolutions per minute. how many degrees per second is that",
    F(40 * 360, 60),
    EXACT,
)
unit_r(CHEMO, "she weighs 9 st 2 lb. in kg for the chemo dose form", 9 * STONE + 2 * LB)
unit_r(
    CHEMO,
    "the day unit is 38 km from her house. miles?",
    38 * 1000 / MI,
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
date_item(P, "the Bastille fell on 14 July 1789 — which weekday was that", weekday(D(1789, 7, 14)))
date_item(
    P,
    "how many days is it from 7 March 2031 to 23 November 2031",
    days(D(2031, 3, 7), D(2031, 11, 23)),
)
date_item(P, "what's the date 100 days after 12 October 2029", D(2029, 10, 12) + TD(days=100))
_w0 = D(2030, 1, 6)
_w1 = _w0 + TD(weeks=28)
date_item(P, f"how many weeks is it from {say(_w0)} to {say(_w1)}", weeks(_w0, _w1))
date_item(P, "what day of the week is 25 December 2034", weekday(D(2034, 12, 25)))
date_item(
    P, "how many days from 1 February 2032 to 1 March 2032", days(D(2032, 2, 1), D(2032, 3, 1))
)
date_item(P, "what date was it 90 days before 15 May 2028", D(2028, 5, 15) - TD(days=90))
date_item(
    P,
    "how old is someone born on 29 February 2004 on 1 March 2030",
    age(D(2004, 2, 29), D(2030, 3, 1)),
)
date_item(P, "date of the third Thursday in November 2031", nth_weekday(2031, 11, THU, 3))
date_item(
    P,
    "how many minutes from 9:40 pm to 6:15 am the following morning",
    clock_span("21:40", "06:15", 60),
)
date_item(
    P,
    "is February 2100 28 or 29 days long",
    calendar.monthrange(2100, 2)[1],
)
date_item(P, "what weekday is July 4, 2076", weekday(D(2076, 7, 4)))
_a, _b = D(2030, 9, 2), D(2030, 9, 27)
assert _a.weekday() == MON and _b.weekday() == FRI
date_item(
    P,
    f"working days (Mon–Fri) from {sayw(_a)} to {sayw(_b)}, both included?",
    sum(1 for k in range(days(_a, _b) + 1) if (_a + TD(days=k)).weekday() < SAT),
)
date_item(P, "date 6 weeks after 28 December 2029", D(2029, 12, 28) + TD(weeks=6))

# registers
date_item(
    GEYSER,
    "the road into the geyser basin shuts for the winter on 2 November 2031 and reopens on "
    "17 April 2032. how many days from the closing date to the reopening date",
    days(D(2031, 11, 2), D(2032, 4, 17)),
)
_g = D(2031, 5, 12)
date_item(
    GEYSER,
    f"my seasonal ranger contract starts {sayw(_g)} and runs 130 days, counting the first day "
    "as day 1. what date is my last day",
    _g + TD(days=129),
)
date_item(
    RICE,
    "we transplanted the seedlings on 20 January 2030 and this variety is ready 120 days "
    "after transplanting. what's the harvest date",
    D(2030, 1, 20) + TD(days=120),
)
date_item(
    CHAI,
    "the mela runs from 14 January 2037 to 26 February 2037. if I sell chai every single day "
    "of it, first and last included, how many days is that",
    days(D(2037, 1, 14), D(2037, 2, 26)) + 1,
)
date_item(
    SHAKU,
    "cut the madake culms on 3 December 2029, they need 150 days of drying before I can "
    "start on them. earliest date to start carving",
    D(2029, 12, 3) + TD(days=150),
)
date_item(
    CENOTE,
    "my flight home leaves Cancún at 15:10 local time and lands in Toronto at 19:45 local "
    "time, both on 10 March 2030. how many minutes from take-off to landing",
    utc_minutes("2030-03-10T15:10", "America/Cancun", "2030-03-10T19:45", "America/Toronto"),
)
_c = D(2030, 3, 5)
date_item(
    ICON,
    f"I accepted the commission on {sayw(_c)}. contract says delivery 40 working days later "
    "(Monday to Friday, the day I accepted not counted, no holidays). delivery date?",
    working_day_after(_c, 40),
)
date_item(
    NILE,
    "I get back from the cruise on 29 March 2031 and my dissertation is due on 16 May 2031. "
    "how many days are there in between, not counting either of those two days",
    days(D(2031, 3, 29), D(2031, 5, 16)) - 1,
)
_k0, _k1 = D(2031, 9, 13), D(2031, 12, 13)
assert _k0.weekday() == SAT and _k1.weekday() == SAT
date_item(
    KATHAK,
    f"autumn term has a class every Saturday from {sayw(_k0)} to {sayw(_k1)}, both included, "
    "no half-term break. how many classes is that",
    weeks(_k0, _k1) + 1,
)
date_item(
    FIREMAN,
    "our steam gala is always the second Saturday in August. what's the date of it in 2031",
    nth_weekday(2031, 8, SAT, 2),
)
date_item(
    GURNER,
    "I was born 22nd September 1961. how old will I be at the crab fair on 20 September 2031",
    age(D(1961, 9, 22), D(2031, 9, 20)),
)
_pay = D(2027, 4, 28)
for _ in range(11):
    _pay = D(_pay.year + _pay.month // 12, _pay.month % 12 + 1, 28)
date_item(
    LOAN,
    "repayments go out on the 28th of every month, the first one on 28 April 2027. what day "
    "of the week does the 12th repayment go out",
    weekday(_pay),
)
_ko = DT(2031, 11, 2, 9, 0, tzinfo=ZoneInfo("Pacific/Auckland"))
date_item(
    BRAAI,
    f"the final kicks off at 9:00 am Auckland time on {sayw(_ko.date())}. for the braai in "
    "Pretoria — what day of the week is it there at kick-off",
    weekday(_ko.astimezone(ZoneInfo("Africa/Johannesburg")).date()),
)
_s0 = D(2031, 11, 26)
date_item(
    STOLLEN,
    f"the Striezelmarkt opens on {sayw(_s0)} and closes on 24 December 2031. how many market "
    "days is that, counting both",
    days(_s0, D(2031, 12, 24)) + 1,
)
_born = DT(1990, 1, 1, 3, 15, tzinfo=ZoneInfo("Asia/Tokyo"))
date_item(
    ASTRO,
    "chart for a client born at 03:15 in Tokyo on 1 January 1990 — what was the calendar date "
    "in London at the moment she was born",
    _born.astimezone(ZoneInfo("Europe/London")).date(),
)
date_item(
    ASTRO,
    "how many days old is someone born on 5 June 1988 on 1 January 2030",
    days(D(1988, 6, 5), D(2030, 1, 1)),
)
date_item(
    FIRE,
    "rehearsing every day from 1 May 2031 up to and including the day before the festival "
    "opens on 22 May 2031. how many rehearsal days",
    days(D(2031, 5, 1), D(2031, 5, 22)),
)
date_item(
    BAIJIU,
    "jar was sealed on 18 March 2029 for 1,000 days of cellar ageing. what date does it come out",
    D(2029, 3, 18) + TD(days=1000),
)
date_item(
    BORSCHT,
    "the supper is on the last Friday of January 2032, what date is that",
    nth_weekday(2032, 1, FRI, -1),
)
date_item(
    BANHMI,
    "closing the cart for Tết from 2 February 2030 to 8 February 2030, shut on both of those "
    "days. I reopen the day after — what weekday is that",
    weekday(D(2030, 2, 9)),
)
date_item(
    BANHMI,
    "street-vending permit issued 15 August 2029, valid for 730 days counting the issue day "
    "as day 1. what's the last date it's valid",
    D(2029, 8, 15) + TD(days=729),
)
_h = D(2030, 12, 9)
date_item(
    TRIBUNAL,
    f"my hearing is listed for {sayw(_h)} and the bundle has to reach the respondent 21 days "
    "before the hearing. latest date to get it there?",
    _h - TD(days=21),
)
date_item(
    TRIBUNAL,
    "I started on 3 September 2018 and was dismissed on 14 March 2030. how many complete "
    "years of service is that",
    age(D(2018, 9, 3), D(2030, 3, 14)),
)
date_item(
    MOWER,
    "the twelve-hour race ran from 20:00 to 08:00 and we had three pit stops of 4, 6 and 5 "
    "minutes. how many minutes was our mower out on the track",
    clock_span("20:00", "08:00", 60) - (4 + 6 + 5),
)
date_item(
    INSOMNIAC,
    "the deadline is 9:00 am New York time on Friday 14 March 2031. I'm in Lisbon and it's "
    "23:30 on Thursday 13 March 2031 here. how many minutes have I got left",
    utc_minutes("2031-03-13T23:30", "Europe/Lisbon", "2031-03-14T09:00", "America/New_York"),
)
_job = DT(2031, 11, 2, 17, 20, tzinfo=ZoneInfo("Europe/Lisbon")) + TD(hours=36)
date_item(
    INSOMNIAC,
    f"job landed at 17:20 Lisbon time on {sayw(D(2031, 11, 2))} with a 36-hour turnaround. "
    "what's the date in Los Angeles when it's due",
    _job.astimezone(ZoneInfo("America/Los_Angeles")).date(),
)
_p = D(2031, 1, 31)
assert _p.weekday() == FRI
date_item(
    PACHINKO,
    f"new machines arrive on the 7th working day (Mon–Fri) after {sayw(_p)}, not counting "
    "that Friday. what date",
    working_day_after(_p, 7),
)
_t = D(2031, 1, 6)
date_item(
    TOKAMAK,
    f"campaign is 45 shot days, Monday to Friday only, the first being {sayw(_t)} (that's day "
    "1). date of the last shot day?",
    working_day_counting(_t, 45),
)
date_item(
    DERVISH,
    "Şeb-i Arus is on 17 December every year. what day of the week is it in 2032",
    weekday(D(2032, 12, 17)),
)
_ch = D(2031, 1, 7)
date_item(
    CHEMO,
    f"her cycles are every 21 days, the first on {sayw(_ch)}. date of the sixth cycle?",
    _ch + TD(days=5 * 21),
)
date_item(
    CHEMO,
    "dropped her at the unit at 10:40 and picked her up at 15:05. how many minutes was she in",
    clock_span("10:40", "15:05", 60),
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
            (U, "for this puzzle, a ◇ b means a squared minus b"),
            (A, "Got it: a ◇ b = a² − b."),
            (U, "ok so 7 ◇ 3 ◇ 2, going left to right"),
        ],
        "◇ is defined only earlier in the chat; a calculator cannot evaluate it",
    ),
    (
        "conv-base-six",
        [
            (U, "my homework is all in base 6, please keep everything in base 6"),
            (A, "Sure, I'll read and write every number in base 6."),
            (U, "what's 25 + 14 then"),
        ],
        "the sum is meant in base 6 (a decimal tool would give 39)",
    ),
    (
        "conv-mod-seven",
        [
            (S, "You are tutoring modular arithmetic. Every answer is reduced modulo 7."),
            (U, "6 × 5 + 4"),
        ],
        "the system turn asks for the result mod 7, not the plain value",
    ),
    (
        "conv-novel-calendar",
        [
            (
                U,
                (
                    "in my novel a year is 8 months of 45 days: Thaw, Sowing, Bloom, Highsun, "
                    "Harvest, Ember, Frost, Deepwinter"
                ),
            ),
            (A, "A tidy 360-day year. Happy to keep the calendar straight for you."),
            (U, "the siege starts 12 Bloom and ends 30 Ember, how many days is that"),
        ],
        "fictional calendar defined only in the conversation",
    ),
    (
        "conv-game-currency",
        [
            (U, "in our homebrew campaign 1 crown = 12 marks and 1 mark = 20 bits"),
            (A, "Noted: crown → 12 marks → 240 bits."),
            (U, "the sword costs 3 crowns 7 marks, how many bits is that"),
        ],
        "invented currency units known only from the earlier turn",
    ),
    (
        "conv-python2-division",
        [
            (U, "I'm maintaining an old Python 2.7 script"),
            (A, "OK, I'll keep Python 2 semantics in mind."),
            (U, "what does 7 / 2 evaluate to"),
        ],
        "Python 2 integer division gives 3, not the arithmetic 3.5",
    ),
    (
        "conv-javascript-coercion",
        [
            (U, "quick JavaScript question about type coercion"),
            (A, "Go ahead."),
            (U, "what do I get for '5' - 2 and for '5' + 2"),
        ],
        "JavaScript string/number coercion, not arithmetic",
    ),
    (
        "conv-spreadsheet-cells",
        [
            (U, "in my sheet A1 is 40, B1 is 15% and C1 is =A1*(1-B1)"),
            (A, "So C1 shows 34."),
            (U, "and what would =C1*A1/ROUND(B1*100,0) show"),
        ],
        "cell values come from the earlier turns; needs the model to track them",
    ),
    (
        "conv-split-the-bill",
        [
            (U, "dinner was £96 for four of us but Priya only had a starter for £12"),
            (A, "One fair way: Priya pays £12 and the other three split the rest."),
            (U, "ok so what do I owe"),
        ],
        "the amounts and the split rule are in earlier turns",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "let's keep answers in roman numerals for my kid's worksheet"),
            (A, "Sure — I'll answer in Roman numerals."),
            (U, "XIV plus XXIX"),
        ],
        "answer wanted as a Roman numeral, which the tools don't produce",
    ),
    (
        "conv-binary-answers",
        [
            (S, "The user is learning binary. Read and write all numbers in base 2."),
            (U, "1101 + 1011 = ?"),
        ],
        "binary arithmetic set by the system turn",
    ),
    (
        "conv-stardate",
        [
            (U, "I'm writing Star Trek fan fiction set around stardate 47000"),
            (A, "That's roughly TNG's seventh season."),
            (U, "how long after stardate 47457.1 is 47988.0"),
        ],
        "stardates have no fixed conversion; needs the model's franchise knowledge",
    ),
    (
        "conv-wizard-money",
        [
            (U, "using Harry Potter money for a party game"),
            (A, "Galleons, Sickles and Knuts — fun."),
            (U, "how many knuts is 2 galleons and 3 sickles"),
        ],
        "the exchange rates are fiction the model knows, not a unit table",
    ),
    (
        "conv-fiscal-quarter",
        [
            (U, "our company's financial year starts on 1 July"),
            (A, "Then Q1 is July to September."),
            (U, "which quarter is 15 February 2030 in"),
        ],
        "the quarter depends on the fiscal year stated earlier",
    ),
    (
        "conv-company-week-numbers",
        [
            (U, "at work week 1 is the week containing the first Wednesday of April"),
            (A, "Understood — a custom week numbering."),
            (U, "what week number is 3 June 2031 in our system"),
        ],
        "custom week-numbering rule from the conversation",
    ),
    (
        "conv-recipe-scaling",
        [
            (
                U,
                (
                    "my nan's scone recipe: 225g self-raising flour, 55g butter, 25g sugar, "
                    "150ml milk, makes 8"
                ),
            ),
            (A, "Lovely classic scones."),
            (U, "scale it for 20 please"),
        ],
        "the recipe is in the earlier turn; a whole list has to be rewritten",
    ),
    (
        "conv-transpose",
        [
            (U, "the song's in D and I'm taking it up three semitones"),
            (A, "That puts it in F."),
            (U, "so what's the B minor chord now"),
        ],
        "music theory transposition, not arithmetic",
    ),
    (
        "conv-tennis-score",
        [
            (U, "watching the final, it's 30-40 on her serve"),
            (A, "Break point for the returner."),
            (U, "she wins the next two points, what's the score then"),
        ],
        "tennis scoring (deuce, advantage), not addition",
    ),
    (
        "conv-bowling-frames",
        [
            (U, "tenpin: frame 1 strike, frame 2 is 7 then 3, frame 3 is 4 then 2"),
            (A, "Strike then a spare — good start."),
            (U, "what's my total after three frames"),
        ],
        "bowling bonus scoring rules are needed",
    ),
    (
        "conv-which-one",
        [
            (U, "options: plan A £14.99 a month for 30GB, plan B £19 a month for 100GB"),
            (A, "Plan B is cheaper per gigabyte."),
            (U, "what would the second one cost me over the two-year contract"),
        ],
        "'the second one' only resolves from the earlier turn",
    ),
    (
        "conv-earlier-answer",
        [
            (U, "how many legs do 3 spiders and 2 ants have"),
            (A, "36."),
            (U, "wait, why 36? walk me through it"),
        ],
        "asks for an explanation of an earlier answer",
    ),
    (
        "conv-number-in-french",
        [
            (U, "je pratique mon français"),
            (A, "Très bien ! On continue en français."),
            (U, "comment on écrit 97 en toutes lettres"),
        ],
        "spelling a number in French words is language, not arithmetic",
    ),
    (
        "conv-hebrew-calendar",
        [
            (U, "planning my son's bar mitzvah"),
            (A, "Mazel tov! How can I help?"),
            (U, "he was born 11 August 2019, what's his Hebrew birthday"),
        ],
        "Hebrew calendar conversion is beyond a date tool",
    ),
    (
        "conv-chinese-zodiac",
        [
            (U, "doing a lunar new year display for school"),
            (A, "Great, the zodiac animals are always popular."),
            (U, "what animal is someone born 20 January 1993"),
        ],
        "depends on the lunar new year date and zodiac lore",
    ),
    (
        "conv-mars-sols",
        [
            (U, "writing a story set on Mars, they count time in sols"),
            (A, "A sol is about 24 h 39.6 min."),
            (U, "so how many sols old is a colonist who has lived 10,000 earth days"),
        ],
        "relies on the sol length told earlier; model work",
    ),
    (
        "conv-invented-tax",
        [
            (
                U,
                (
                    "in my economics game the tax is 0% up to 10,000, 25% from 10,000 to "
                    "40,000 and 50% above"
                ),
            ),
            (A, "A three-band progressive tax."),
            (U, "tax on 55,000"),
        ],
        "tax bands exist only in the conversation",
    ),
    (
        "conv-given-exchange-rate",
        [
            (U, "the bureau gave me 1 pound = 1.17 euros, no commission"),
            (A, "That's a decent rate."),
            (U, "how much would I get back for the 85 euros I didn't spend"),
        ],
        "uses a rate only stated earlier; currency is not a unit tool job",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "cricket scoring: overs are written like 12.4, meaning 12 overs and 4 balls"),
            (A, "Right, six balls per over."),
            (U, "add 12.4 overs and 8.5 overs"),
        ],
        "overs notation is base 6 in the decimal part, told earlier",
    ),
    (
        "conv-c-overflow",
        [
            (U, "in C, with int8_t variables"),
            (A, "Those range from -128 to 127."),
            (U, "what's 100 + 100 stored back in one"),
        ],
        "fixed-width overflow in C, not arithmetic",
    ),
    (
        "conv-sql-null",
        [
            (U, "in PostgreSQL"),
            (A, "Sure, what's the query?"),
            (U, "SELECT 5 + NULL * 2 — what comes back"),
        ],
        "SQL NULL semantics",
    ),
    (
        "conv-excel-serial-date",
        [
            (U, "Excel on Windows, default 1900 date system"),
            (A, "OK."),
            (U, "what date is serial number 47000"),
        ],
        "spreadsheet serial dates (with Excel's 1900 quirk) need the model",
    ),
    (
        "conv-golf-stableford",
        [
            (U, "playing stableford off 18, so one shot a hole"),
            (A, "Got it, net par earns 2 points."),
            (U, "par 4, I took 6 — how many points"),
        ],
        "stableford scoring rules, not arithmetic",
    ),
    (
        "conv-book-fact",
        [
            (U, "just finished Middlemarch"),
            (A, "A wonderful novel — George Eliot at her best."),
            (U, "how old was she when it came out"),
        ],
        "needs facts about the author and the book",
    ),
    (
        "conv-percentage-points",
        [
            (U, "the party polled 32% in May and 40% in June"),
            (A, "A notable rise."),
            (U, "is that an 8% rise or a 25% rise? which should the headline say"),
        ],
        "wording judgement about percentage points versus percent",
    ),
    (
        "conv-shoe-size",
        [
            (U, "buying trainers from a US site"),
            (A, "Sizes differ a bit by brand."),
            (U, "I'm a UK 7 in women's, what do I order"),
        ],
        "shoe sizes follow brand charts, not an exact conversion",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone-number",
        "is 0113 496 0871 a Leeds landline or a mobile",
        "phone number identifier",
    ),
    ("near-phone-number", "who uses the area code 907", "area code needs facts"),
    ("near-isbn", "whose novel is ISBN 978-0-00-744803-8", "ISBN lookup needs knowledge"),
    (
        "near-isbn",
        "is 0-306-40615-2 a valid ISBN-10 and how does the check digit work",
        "explain check digits",
    ),
    ("near-version", "which is newer, Ubuntu 22.10 or 22.04", "version ordering, not decimals"),
    ("near-version", "what's new in Java 21 compared with Java 17", "release notes knowledge"),
    ("near-score", "Leeds 3-2 Sheffield Wednesday, who scored the winner", "match score, facts"),
    ("near-score", "is 147 the highest possible break in snooker", "sports rules"),
    ("near-range", "what's on pages 212-230 of The Hobbit", "page range needs the book"),
    ("near-range", "is 18-24 a good age range for a uni society survey", "opinion about a range"),
    ("near-part-number", "what is a 6205-2RS bearing used for", "part number"),
    (
        "near-part-number",
        "difference between an M6 and M8 bolt for hanging a mirror",
        "advice about sizes",
    ),
    (
        "near-tyre-code",
        "what do the numbers on a 205/55 R16 91V tyre mean",
        "tyre code explanation",
    ),
    (
        "near-blood-pressure",
        "my blood pressure was 145/95 at the pharmacy, is that bad",
        "medical advice",
    ),
    (
        "near-fever",
        "my 2 year old is 38.3 under the arm, should I give calpol",
        "medical judgement",
    ),
    ("near-degree", "is a 2:1 enough for a masters at Edinburgh", "degree classification advice"),
    ("near-gpa", "is a 3.6 GPA good enough for law school", "opinion"),
    ("near-interesting-number", "why is 1729 called the taxicab number", "maths history"),
    ("near-float", "why does 0.1 + 0.2 print 0.30000000000000004 in JavaScript", "explanation"),
    ("near-prime-one", "why isn't 1 counted as a prime number", "explanation"),
    ("near-pi", "explain what pi is to a seven year old", "explanation"),
    ("near-emc2", "what does E = mc² actually mean", "physics explanation"),
    ("near-rule-of-72", "how does the rule of 72 work and is it accurate", "explanation"),
    ("near-population", "roughly how many people live in Kinshasa these days", "facts"),
    ("near-population", "which is bigger by population, Ohio or the Netherlands", "facts"),
    ("near-distance", "how far is Leeds from York by road", "needs map data"),
    ("near-distance", "how long is the flight from Dublin to Boston usually", "facts"),
    ("near-currency", "convert 50 euros to yen", "needs a live exchange rate"),
    ("near-currency", "what was the pound worth in dollars in 1985", "historical facts"),
    (
        "near-sunset",
        "what time is sunset in Reykjavik on 21 June 2031",
        "astronomical data, not arithmetic",
    ),
    ("near-holiday-date", "when is Diwali in 2031", "lunisolar holiday date"),
    ("near-holiday-date", "what date does Ramadan start in 2032", "depends on moon sighting"),
    ("near-history-date", "when was the Battle of Bosworth", "historical fact"),
    ("near-history-date", "what day of the week did Kennedy die on", "needs a historical date"),
    ("near-bible-ref", "what does Romans 8:28 say and what's the context", "scripture reference"),
    ("near-bible-ref", "what's the meaning of the number 40 in the Bible", "symbolism"),
    ("near-music-time", "is 6/8 the same as 3/4", "music theory"),
    ("near-music-time", "how many beats per minute is a typical waltz", "music knowledge"),
    ("near-code", "why would an API return HTTP 418 as a joke", "status code meaning"),
    ("near-code", "is 192.168.0.1 always my router", "networking advice"),
    (
        "near-code",
        "chmod 640 or 644 for a config file with a password in it",
        "permissions explanation",
    ),
    ("near-oil", "what does 5W-30 mean on engine oil", "oil grade explanation"),
    (
        "near-sizing",
        "I'm a 34C in M&S, what size in a French brand",
        "clothing sizes vary by brand",
    ),
    ("near-sizing", "is a 15.6 inch laptop too big for a small backpack", "opinion"),
    ("near-screen", "is 1440p worth it over 1080p on a 24 inch monitor", "opinion"),
    ("near-scale", "what does 1:76 scale mean for model railways, vs HO", "modelling knowledge"),
    ("near-nutrition", "how much protein is in 100 g of chickpeas", "nutrition facts"),
    ("near-nutrition", "is 2,000 a day the right intake for a 60 year old man", "health advice"),
    ("near-cooking", "how long do I roast a 2 kg chicken at 190 fan", "cooking advice"),
    ("near-cooking", "what temperature should pork be cooked to", "food safety facts"),
    ("near-fitness", "is a 26 minute 5k good for a 45 year old woman", "opinion"),
    ("near-fitness", "what's a 5/3/1 program", "training explanation"),
    (
        "near-money-advice",
        "should I overpay my 4.5% mortgage or put money in a 5% ISA",
        "financial advice",
    ),
    ("near-money-advice", "is a 401(k) match of 50% up to 6% any good", "opinion about numbers"),
    ("near-tax-rules", "do I round my self assessment figures up or down", "tax rules"),
    ("near-words-for-cheque", "write £1,384.50 in words for a cheque", "writing, not arithmetic"),
    ("near-spelling", "how do you say 2031 in German", "language"),
    ("near-film", "what's the significance of 42 in Hitchhiker's Guide", "culture"),
    ("near-film", "is 2001: A Space Odyssey worth watching", "opinion"),
    ("near-formation", "why do teams play 4-3-3 instead of 4-4-2", "sports tactics"),
    ("near-guitar-tab", "what chord is x32010", "guitar notation"),
    ("near-timetable", "is the 07:42 from Reading to Paddington usually late", "live rail info"),
    ("near-vision", "is 20/20 the best eyesight you can have", "explanation"),
    ("near-backup", "what's the 3-2-1 backup rule", "IT explanation"),
    (
        "near-puzzle-opinion",
        "which is harder, a 1000 piece jigsaw or a 500 piece 3D one",
        "opinion",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "ordinary-writing": [
        (
            "write a short retirement speech for a school caretaker called Derek who loved "
            "his leaf blower"
        ),
        "help me word a polite note to my neighbour about their cockerel crowing at 4am",
        "draft a cover letter for a part-time job in a bike repair shop",
        "can you make this sentence sound less passive aggressive: as per my last email",
        "give me three opening lines for a ghost story set in a laundrette",
        "write a limerick about a goat who ate a parking ticket",
        "rewrite my dating profile so it doesn't sound like a CV",
        "thank-you card message for a midwife who delivered our twins",
        "summarise the plot of Jane Eyre in five sentences for a year 9 class",
        "a eulogy opening for my grandad who kept racing pigeons, warm but not soppy",
    ],
    "ordinary-cooking": [
        "what can I make with leftover risotto besides arancini",
        "my rye sourdough is gummy in the middle even after an hour in the oven, why",
        "vegetarian main for a christmas dinner that isn't a nut roast",
        "how do I stop aubergine soaking up all the oil",
        "ideas for a packed lunch for a kid who won't eat sandwiches",
        "can I swap bicarbonate of soda for baking powder in a banana loaf",
        "can I freeze cooked rice safely",
        "give me a simple dal recipe using red lentils",
        "what wine goes with a mushroom stroganoff",
        "my custard split, can I rescue it",
    ],
    "ordinary-coding": [
        "reverse a singly linked list of Box nodes in Rust, iteratively",
        "explain what a closure is in JavaScript with an example",
        "why is my git rebase saying 'could not apply' and how do I continue",
        "write a bash one-liner to find files larger than 100MB in my home folder",
        "process vs thread, explain it with a restaurant kitchen analogy",
        "how do I debounce a search box in React",
        "my Python virtualenv can't find pip, what did I break",
        "suggest a database schema for a small library lending app",
        "what does the borrow checker complain about when I return a reference to a local",
        "how do I write a unit test that mocks the current time in Go",
    ],
    "ordinary-travel": [
        "Lisbon or Porto for a long weekend with a toddler in a pushchair",
        "what should I pack for a week of hiking in the Dolomites in September",
        "tips for taking a cat on a long car journey",
        "is it rude to not tip in a restaurant in Tokyo",
        "how do I get from Naples to the Amalfi coast without a car",
        "things to do in Edinburgh on a rainy day with teenagers",
        "do I need a visa to visit Morocco on a British passport",
        "best way to avoid jet lag flying east",
        "is the Nightjet couchette from Vienna to Venice bearable with a bad back",
        "what's a good first road trip route in Scotland",
    ],
    "ordinary-health": [
        "how can I get better at falling asleep when my mind races",
        "stretches for lower back pain from sitting at a desk",
        "is it normal for a toddler to refuse vegetables for weeks",
        "how do I start running again after a knee injury",
        "what are signs of burnout and what can I do about it",
        "how do I talk to my dad about his drinking",
        "does an espresso before breakfast upset your stomach lining",
        "ways to cope with hay fever without getting drowsy",
        "how do I support a friend after a miscarriage",
        "what's the best way to learn to meditate as a total sceptic",
    ],
    "ordinary-home": [
        "how do I get mould off silicone round the bath",
        "my radiator's cold at the top, what do I do",
        "ideas to make a north-facing living room feel brighter",
        "how do I fix a dripping mixer tap",
        "is it worth getting a heat pump in an old terraced house",
        "what plants are safe for a house with cats",
        "how do I get candle wax out of carpet",
        "tips for decluttering a garage without losing the will to live",
        "why does my washing machine smell and how do I clean it",
        "how do I hang a heavy mirror on a plasterboard wall",
    ],
    "ordinary-learning": [
        "explain photosynthesis using a bakery as the metaphor",
        "what caused the fall of the Western Roman Empire",
        "how does an mRNA vaccine teach the body to spot a virus, simply",
        "why can we still get a freezing winter if the climate is warming",
        "explain the offside rule to my nan who only watches snooker",
        "why does the daytime sky on Mars look butterscotch",
        "what was the Hanseatic League",
        "what does the House of Lords actually do to a bill",
        "why don't antibiotics do anything for a cold",
        "explain supply and demand with a simple example",
    ],
    "ordinary-relationships": [
        "my best mate forgot my 30th and posted holiday pics instead, do I say anything",
        "how do I tell my flatmate they need to clean up more",
        "ideas for a first date that isn't dinner or drinks",
        "how do I handle a coworker who keeps taking credit for my work",
        "my teenage son barely talks to me, any advice",
        "how to say no to being a bridesmaid without ruining the friendship",
        "what's a good way to make friends after moving to a new city at 40",
        "my in-laws visit too often, how do I raise it with my partner",
        "how do I apologise properly after losing my temper",
        "gift ideas for a dad who says he wants nothing",
    ],
    "ordinary-creative": [
        "give me ideas for a fantasy kingdom whose economy runs on bees",
        "names for a hedgehog rescue charity's newsletter",
        "a tagline for a family-run ice cream van",
        "plot twist ideas for a murder mystery party set on a canal boat",
        "describe an autumn forest in the style of a nature documentary narrator",
        "help me come up with a band name for a folk-punk trio",
        "suggest a theme for my daughter's 7th birthday that isn't unicorns",
        "write a haiku about a broken umbrella",
        "brainstorm names for a cat café in Bristol",
        "an idea for a short film that takes place in a lift",
    ],
    "ordinary-work": [
        "how do I ask for a pay rise without sounding entitled",
        "tips for chairing a meeting that always overruns",
        "how should I prepare for a competency-based interview",
        "what should I put in a handover document before parental leave",
        "how do I give feedback to someone more senior than me",
        "is it worth doing an MBA in my mid thirties",
        "how do I say I'm overloaded without looking weak",
        "what's a good structure for a five-minute lightning talk",
        "how do I switch careers from teaching into UX",
        "ways to stay motivated working from home alone",
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
    # no register (family name) of this set is a family name of sets 19 to 169
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 169: {reused}"
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
