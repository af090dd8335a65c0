"""Generate heldout-2027-05-28.jsonl: a hundred-and-seventy-sixth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_176.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-175, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
Fraction and Decimal arithmetic for sums (whole items rounded up with whole_up or down with
math.floor where the text says so), exact unit constants (international inch, pound, nautical
mile, standard gravity) with unit(..., EXACT) for terminating answers and unit_r for rounded
ones, and datetime/zoneinfo for dates, weekdays, ages, working days, spans across midnight and
flights between zones (utc_minutes). Stated weekdays are generated with sayw, never typed.

Provenance
----------
Read: this file (cat, in full, before writing), grading.py (cat, in full), and
earlier_registers.txt (its first 50 lines with head, then grep -c and grep | head -5 on
candidate words, and grep -x on my 25 chosen names, to pick names unlike the earlier ones).
Nothing under /work/main, /work/shared or /work/.library was opened; ruff got its config by path.
Wrote: the four sections by hand in this file (the negatives first in a scratch file in this
directory, spliced in and then deleted); every expected value is an expression in code. After
the first run the duplicate check listed about 60 of my ids; I printed only my own items for
those ids (importing this file in memory) and reworded them, then three more on a second run.
A few positives were reworded after review to remove ambiguity (ticket vs throw, whole seats
with joins allowed, back-to-back flare pairs).
Checked: ran this generator until it passed, ruff check and ruff format with
--config /work/main/pyproject.toml (lines at most 99 columns), then the generator again.
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
OUT = HERE / "heldout-2027-05-28.jsonl"
PREFIX = "ho176-"
# earlier generators: sets 1-175 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 176))
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


TOE = "toe_wrestling_referee_at_a_pub_championship"
WINKS = "tiddlywinks_pair_at_a_national_congress"
MUMMERS = "mummers_play_troupe_touring_village_pubs"
RUSHCART = "rushcart_puller_at_a_pennine_wakes"
QUID = "quidditch_team_captain_entering_a_tournament"
IRONING = "extreme_ironing_enthusiast_on_a_sea_stack"
PUDDING = "black_pudding_throwing_contest_organiser"
BATHTUB = "bathtub_regatta_crew_in_a_fishing_harbour"
FOGHORN = "foghorn_restorer_at_a_lighthouse_museum"
HOURGLASS = "hourglass_maker_calibrating_sand_timers"
ASTROLABE = "astrolabe_replica_maker_for_a_museum_shop"
CLOUD = "cloud_seeding_pilot_over_the_sierra"
BELL = "diving_bell_tender_on_a_salvage_barge"
WINCH = "search_and_rescue_helicopter_winchman"
SPACECAMP = "space_camp_counsellor_in_alabama"
POLLEN = "palynologist_counting_pollen_in_lake_cores"
RAGBONE = "rag_and_bone_man_with_a_horse_and_cart"
OSSUARY = "ossuary_guide_in_a_bone_chapel"
BEETLE = "taxonomist_describing_a_new_beetle"
HERALD = "heraldic_artist_painting_a_grant_of_arms"
RATTAN = "rattan_cane_chair_reweaver"
SOFER = "torah_scribe_repairing_a_scroll"
PYRO = "pyrography_artist_burning_wooden_spoons"
COCHLEAR = "cochlear_implant_user_after_switch_on"
COBOL = "cobol_programmer_called_out_of_retirement"

# --- plain one-liners
calc(P, "what's 17.5% of £3,480", pct("17.5") * 3480)
calc(P, "4,096 x 375", 4096 * 375)
calc(P, "(48 + 72) / 16 * 2.5", F(48 + 72, 16) * dec("2.5"))
assert math.isqrt(7056) ** 2 == 7056
calc(P, "square root of seven thousand and fifty-six", math.isqrt(7056))
calc(P, "2^13 - 3^7 =", 2**13 - 3**7)
calc(P, "seven hundred and eighty-four divided by sixteen", F(784, 16))
calc(
    P,
    "£12,450 less an 8% discount, then 20% VAT added on top. total?",
    12450 * (1 - pct(8)) * (1 + pct(20)),
)
calc(P, "7/8 minus 1/4 as a decimal", F(7, 8) - F(1, 4))
calc(
    P,
    "my five quiz marks were 82, 91, 77, 68 and 95, what's the average",
    F(82 + 91 + 77 + 68 + 95, 5),
)
calc(P, "19² − 17², quick", 19**2 - 17**2)
calc(P, "1.2 million divided by 480", F(1_200_000, 480))
calc(P, "how much is a 15% tip on a $86.40 bill", pct(15) * dec("86.40"))
calc(P, "1.5 to the power 3 = ?", dec("1.5") ** 3)
calc(P, "twelve factorial over ten factorial", F(math.factorial(12), math.factorial(10)))

# --- registers
# a straight knockout of n entrants always has n - 1 bouts, byes or not
calc(
    TOE,
    "reffing the toe wrestling at the pub on saturday. 36 entrants, straight knockout with byes "
    "where needed, every bout is best of three rounds. if every single bout goes the full three "
    "rounds, how many rounds do i referee altogether",
    (36 - 1) * 3,
)
_entries = 36 * dec("7.50")
calc(
    TOE,
    "toe wrestling champs money: 36 entries at £7.50 each, the card machine keeps 2.5% of all "
    "the entry money, the trophy was £65 and the committee gave me (the ref) £40 in vouchers. "
    "what's left for the air ambulance?",
    _entries * (1 - pct("2.5")) - 65 - 40,
)
calc(
    WINKS,
    "our pair's points at the tiddlywinks congress, game by game: 5, 4½, 2, 6, 3½, 1, 5 and 4. "
    "what's our mean per game",
    (5 + dec("4.5") + 2 + 6 + dec("3.5") + 1 + 5 + 4) / 8,
)
calc(
    MUMMERS,
    "boxing day takings for the mummers: £187.40 in the Plough, £96.15 at the Red Lion and "
    "£212.85 at the Crown. take off £45 for the minibus and split what's left four ways (St "
    "George, the Turkish Knight, the Doctor and Beelzebub). how much each?",
    (dec("187.40") + dec("96.15") + dec("212.85") - 45) / 4,
)
calc(
    RUSHCART,
    "rushes are £14.50 a bolt and we need 40 bolts to dress the cart, and the brewery wants £260 "
    "for the ale. there are 24 of us pulling. shared equally, what's each puller's bit?",
    (dec("14.50") * 40 + 260) / 24,
)
calc(
    QUID,
    "tournament entry is $35 a player and we're taking a squad of 21. the club covers 40% of the "
    "total and the players split the rest evenly - what does each player pay?",
    35 * 21 * (1 - pct(40)) / 21,
)
calc(
    IRONING,
    "plan for ironing on top of the sea stack: it's 137 m tall. we climb at 0.5 m a minute on "
    "average, iron a shirt for 25 minutes at the top, then abseil at 2.5 m a minute. total "
    "minutes on the stack?",
    137 / dec("0.5") + 25 + 137 / dec("2.5"),
)
calc(
    PUDDING,
    "black pudding throwing takings: a ticket is three throws for £2.50 and we sold 380 "
    "tickets. costs were £185 for the black puddings, £60 insurance, and 30 dozen yorkshire "
    "puddings for the plinth at £2.40 a dozen. profit?",
    380 * dec("2.50") - 185 - 60 - 30 * dec("2.40"),
)
calc(
    BATHTUB,
    "our tub raised £2,365 in sponsorship for the regatta. the lifeboat gets 60% and the "
    "remainder is split equally between the 5 tub crews for repairs. how much per crew",
    2365 * (1 - pct(60)) / 5,
)
calc(
    BATHTUB,
    "max safe load in our bathtub is 320 kg. the tub itself is 62 kg and there's three of us "
    "averaging 81.5 kg. how many kg of margin is left for the bilge pump and the flags?",
    320 - 62 - 3 * dec("81.5"),
)
assert F(1200, 145).denominator != 1
calc(
    FOGHORN,
    "the restored air receiver gives us 1,200 litres of usable air and each blast of the "
    "foghorn uses 145 litres. how many complete blasts do we get before the compressor has to "
    "cut back in?",
    math.floor(F(1200, 145)),
)
calc(
    HOURGLASS,
    "a 3-minute egg timer runs 2.4 g of sand every 10 seconds, and I weigh out 4% extra for the "
    "grains that cling to the glass. how many grams of sand per timer?",
    F(180, 10) * dec("2.4") * (1 + pct(4)),
)
calc(
    ASTROLABE,
    "brass plate is £38.60 per kg, each replica astrolabe uses 0.45 kg and the laser engraving "
    "is £12.75 a piece. the shop puts 50% on top of cost - what's the shelf price?",
    (dec("38.60") * dec("0.45") + dec("12.75")) * (1 + pct(50)),
)
_pairs = F(135) * pct(70) / dec("4.5")
assert _pairs.denominator == 1
calc(
    CLOUD,
    "a seeding flare burns for 4.5 minutes and we light them in pairs, one on each wing, the "
    "next pair going as soon as the last burns out. the sortie is 2 h 15 min and we're seeding "
    "for 70% of it. how many flares do we get through?",
    2 * _pairs,
)
calc(
    BELL,
    "bringing the bell up from 42 m: ascent rate 10 m a minute, plus stops at 12, 9, 6 and 3 m "
    "of 4, 7, 12 and 21 minutes. total minutes to the surface?",
    F(42, 10) + 4 + 7 + 12 + 21,
)
calc(
    WINCH,
    "the winch cable is 90 m and we never use the last 10% of it. hovering 65 m above the "
    "casualty, how many metres of usable cable do i have in hand",
    90 * (1 - pct(10)) - 65,
)
calc(
    SPACECAMP,
    "142 campers arriving sunday, bunk rooms sleep 6 and we need 2 more rooms for counsellors. "
    "how many rooms do we book? (a part-full room still counts as a room)",
    whole_up(F(142, 6)) + 2,
)
calc(
    SPACECAMP,
    "model rocket lab: our motor gives an average thrust of 4.8 N for 1.6 s. total impulse in "
    "newton-seconds?",
    dec("4.8") * dec("1.6"),
)
calc(
    POLLEN,
    "counted 312 pine grains against 80 Lycopodium marker spores; 18,600 markers went into the "
    "2 cm³ sample. pine concentration in grains per cm³?",
    F(312, 80) * 18600 / 2,
)
calc(
    RAGBONE,
    "scrap copper's paying £5.85 a kilo and brass £3.90. I've 14.2 kg of copper and 9.5 kg of "
    "brass on the cart, and £12 comes off for the mare's hay. what do I clear",
    dec("5.85") * dec("14.2") + dec("3.90") * dec("9.5") - 12,
)
calc(
    RAGBONE,
    "bought a mangle for £15 and a brass fender for £10, sold them on for £42 and £27.50. what's "
    "my profit as a percentage of what I paid?",
    (42 + dec("27.50") - 25) / 25 * 100,
)
calc(
    OSSUARY,
    "tickets for the bone chapel are 200 CZK adults and 140 CZK students. a school party of 23 "
    "adults and 17 students gets 10% off the whole lot. total in CZK?",
    (23 * 200 + 17 * 140) * (1 - pct(10)),
)
calc(
    BEETLE,
    "the holotype is 5.46 mm long and the seven paratypes average 5.3 mm. mean body length "
    "across all eight specimens?",
    (dec("5.46") + 7 * dec("5.3")) / 8,
)
calc(
    HERALD,
    "vellum for the grant of arms is £84, I need 36 leaves of gold at £2.15 each, and VAT at 20% "
    "goes on the lot. total?",
    (84 + 36 * dec("2.15")) * (1 + pct(20)),
)
calc(
    HERALD,
    "I draw the shield at width to height 5:6. if it's 22.5 cm wide how tall should it be, in cm",
    dec("22.5") * F(6, 5),
)
assert F(4 * 250, 178).denominator != 1
calc(
    RATTAN,
    "a hank of chair cane is 250 m and one seat takes 178 m. I've four hanks and joining "
    "lengths is fine, so how many whole seats can I weave?",
    math.floor(F(4 * 250, 178)),
)
calc(
    SOFER,
    "a Torah scroll has 304,805 letters. writing 1,100 letters a day, how many writing days to "
    "finish one? round up to whole days",
    whole_up(F(304805, 1100)),
)
calc(
    PYRO,
    "each spoon costs me £1.35 as a blank and takes 12 minutes of burning, and I count my time "
    "at £18 an hour. they sell at £9.50. at the fair I sold 46 and the pitch cost £40. total "
    "profit after paying myself?",
    46 * (dec("9.50") - dec("1.35") - F(12, 60) * 18) - 40,
)
calc(
    COCHLEAR,
    "my sound processor takes 3 zinc-air cells at once and a set lasts 2.5 days. a box of 60 "
    "cells is £21. what do batteries cost me per week",
    F(3, 1) / dec("2.5") * 7 * F(21, 60),
)
calc(
    COBOL,
    "the bank's offering $145 an hour, 37.5 hours a week, for 11 weeks, and 22% is withheld. "
    "what actually lands in my account?",
    145 * dec("37.5") * 11 * (1 - pct(22)),
)
calc(
    COBOL,
    "the nightly batch is 1.8 million records and the old box chews through 2,400 records a "
    "second. how many minutes does the run take",
    F(1_800_000, 2400) / 60,
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
unit(P, "convert 72 km/h to m/s", 72 * KMH, EXACT)
unit_r(P, "how many feet is 2.5 km", dec("2.5") * 1000 / FT)
unit(P, "I'm 5'11\", what's that in centimetres", (5 * FT + 11 * IN) * 100, EXACT)
unit(P, "98.6 F in celsius?", f_to_c(dec("98.6")), EXACT)
unit(P, "-12 °C to fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "weighed myself: eleven stone four. kg?", 11 * STONE + 4 * LB)
unit(P, "3.2 GiB in MiB", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "one square mile is how many hectares", MI * MI / 10000)
unit(P, "a 30-knot ferry does how many km per hour", 30 * KNOT / KMH, EXACT)
unit_r(P, "sixty-five miles an hour in kilometres an hour", 65 * MPH / KMH)
unit_r(P, "recipe says 450g of flour and my scales only do oz. how many ounces", dec("0.45") / OZ)
unit_r(P, "tyre placard says 32 psi; my new pump shows kPa, what do i set it to", 32 * PSI / 1000)
unit_r(P, "listing says 1,500 sq ft, how many m² is the flat", 1500 * SQFT)
unit_r(P, "500 newtons in kilograms-force", 500 / KGF)

# --- registers
unit(
    TOE,
    "the rules say the toe-board has to be 20 inches long. the pub's home-made one measures "
    "52 cm. how many cm too long is it?",
    52 - 20 * IN * 100,
    EXACT,
)
unit(WINKS, "a full-size winks mat is 6 ft long - in centimetres?", 6 * FT * 100, EXACT)
unit_r(MUMMERS, "the hobby horse's head weighs 9 lb 6 oz. what's that in kg", 9 * LB + 6 * OZ)
unit(
    RUSHCART,
    "the rushes are stacked 13 ft 6 in high on the cart - how many cm is that?",
    (13 * FT + 6 * IN) * 100,
    EXACT,
)
unit_r(QUID, "our pitch is 60 yards by 36 yards. area in square metres?", 60 * 36 * SQYD)
unit_r(
    IRONING,
    "iron is 1.6 kg and the board 7.5 kg. how many pounds am i hauling up the stack",
    (dec("1.6") + dec("7.5")) / LB,
)
unit_r(IRONING, "the Old Man of Hoy is 449 ft. in metres please", 449 * FT)
unit(
    PUDDING,
    "the yorkshire puddings sit on a plinth 20 ft up. what is that in metres",
    20 * FT,
    EXACT,
)
unit(
    BATHTUB,
    "regatta course is 1.5 nautical miles round the harbour, how many km",
    dec("1.5") * 1852 / 1000,
    EXACT,
)
unit_r(FOGHORN, "compressor gauge reads 110 psi. what's that in bar", 110 * PSI / BAR)
unit_r(HOURGLASS, "an old half-hour glass holds 7 oz of sand. grams?", 7 * OZ * 1000)
unit(
    ASTROLABE,
    "the rete on the big replica is 6 inches across. how many mm",
    6 * IN * 1000,
    EXACT,
)
unit(CLOUD, "we release the flares at 18,500 ft. metres?", 18500 * FT, EXACT)
unit_r(CLOUD, "the King Air cruises at 165 knots, what's that in mph", 165 * KNOT / MPH)
unit(BELL, "the wreck sits at 140 ft, convert to metres", 140 * FT, EXACT)
unit_r(
    BELL,
    "gas panel shows 4.2 bar over ambient and the diver's manual is in psi. how many psi",
    dec("4.2") * BAR / PSI,
)
unit_r(WINCH, "our rescue winch is rated to 272 kg. in pounds?", 272 / LB)
unit_r(WINCH, "the cable pays out at 0.75 m/s. feet per minute?", dec("0.75") / FT * 60)
unit_r(
    SPACECAMP,
    "the Saturn V lying in the rocket center hall is 363 feet long - how many metres",
    363 * FT,
)
unit_r(POLLEN, "the lake covers 86 acres: hectares?", 86 * ACRE / 10000)
unit_r(POLLEN, "water depth at the coring site is 14.5 m - in feet", dec("14.5") / FT)
# 15.2 hands is 15 hands and 2 inches, a hand being 4 inches
unit(
    RAGBONE,
    "the mare stands 15.2 hands. what's her height in cm",
    (15 * 4 + 2) * IN * 100,
    EXACT,
)
unit_r(OSSUARY, "the great chandelier hangs 4.3 m above the floor. in feet?", dec("4.3") / FT)
unit_r(BEETLE, "collected at 2,350 m above sea level; what's that in feet", 2350 / FT)
unit(HERALD, "the Letters Patent are 30 inches wide - in cm", 30 * IN * 100, EXACT)
unit_r(
    RATTAN,
    "seat frame is 16 in by 15.5 in. seat area in square centimetres?",
    16 * dec("15.5") * IN * IN * 10000,
)
unit(
    RATTAN,
    "binding cane comes in 1,000 ft coils. how many metres in a coil",
    1000 * FT,
    EXACT,
)
unit_r(SOFER, "the parchment panels are 60 cm tall, how many inches is that", F(60, 100) / IN)
unit_r(PYRO, "my pen tip runs at 750 °F. what's that in °C?", f_to_c(750))
unit_r(
    COCHLEAR,
    "I walk 6.5 km a day doing listening practice with audiobooks. how many miles?",
    dec("6.5") * 1000 / MI,
)
unit(
    COBOL,
    "the VSAM cluster is 3.75 GiB and the old capacity sheet is all in MiB. how many MiB",
    dec("3.75") * GIB / MIB,
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


# --- plain one-liners
date_item(P, "what day of the week is 14 July 2031", weekday(D(2031, 7, 14)))
date_item(
    P,
    "how many days between 3 March 2027 and 19 November 2027",
    days(D(2027, 3, 3), D(2027, 11, 19)),
)
date_item(P, "what's the date 90 days after 15 October 2027?", D(2027, 10, 15) + TD(days=90))
date_item(P, "what weekday was 1 January 2000", weekday(D(2000, 1, 1)))
date_item(
    P,
    "someone born on 29 February 2004, how old are they on 28 February 2029?",
    age(D(2004, 2, 29), D(2029, 2, 28)),
)
date_item(P, "6 weeks after 24 December 2027 is what date", D(2027, 12, 24) + TD(weeks=6))
_mon_a = nth_weekday(2028, 1, MON, 1)
_mon_b = _mon_a + TD(weeks=25)
date_item(P, f"how many weeks from {sayw(_mon_a)} to {sayw(_mon_b)}", weeks(_mon_a, _mon_b))
date_item(P, "what date is the 200th day of 2029", D(2029, 1, 1) + TD(days=199))
date_item(P, "hours from 22:45 to 06:15 the next morning", clock_span("22:45", "06:15", 3600))
_fridays = sum(1 for d in range(1, 32) if D(2030, 3, d).weekday() == FRI)
date_item(P, "how many Fridays are there in March 2030", _fridays)
date_item(P, "which date is the 3rd thursday of nov 2028", nth_weekday(2028, 11, THU, 3))
date_item(P, "how many days in February of the year 2100", calendar.monthrange(2100, 2)[1])
date_item(P, "what's the date 45 days before July 4, 2029", D(2029, 7, 4) - TD(days=45))
date_item(P, "minutes from 9:40 am to 4:05 pm?", clock_span("09:40", "16:05", 60))

# --- registers
date_item(
    TOE,
    "the toe wrestling championship is always the second Saturday of July. what date is that "
    "in 2027?",
    nth_weekday(2027, 7, SAT, 2),
)
_congress = D(2028, 3, 4)
date_item(
    WINKS,
    f"entries for the winks congress close 21 days before it starts on {sayw(_congress)}. "
    "last day to enter?",
    _congress - TD(days=21),
)
date_item(
    WINKS,
    "the singles final started at 23:10 and the last wink was potted at 00:55. how many minutes "
    "did it run",
    clock_span("23:10", "00:55", 60),
)
_jan6 = D(2031, 1, 6)
_plough = _jan6 + TD(days=(MON - _jan6.weekday() - 1) % 7 + 1)
assert _plough.weekday() == MON and _jan6 < _plough <= _jan6 + TD(days=7)
date_item(
    MUMMERS,
    "we always perform on Plough Monday, which for us is the first Monday after 6 January. "
    "what date is that in 2031?",
    _plough,
)
date_item(
    MUMMERS,
    "the troupe's done the play every Boxing Day (26 December) since 1978. what day of the week "
    "is Boxing Day 2032?",
    weekday(D(2032, 12, 26)),
)
date_item(
    RUSHCART,
    "the rushcart goes out on the last Saturday of August. which date is that in 2029",
    nth_weekday(2029, 8, SAT, -1),
)
_tournament = D(2028, 11, 11)
date_item(
    QUID,
    f"the tournament is {sayw(_tournament)} and team registration closes 45 days before. "
    "what's the deadline?",
    _tournament - TD(days=45),
)
date_item(
    QUID,
    "flying to the european games: out of Boston at 18:35 on 8 November 2028, landing in "
    "Frankfurt at 08:05 local on 9 November. how many minutes gate to gate?",
    utc_minutes("2028-11-08T18:35", "America/New_York", "2028-11-09T08:05", "Europe/Berlin"),
)
date_item(
    IRONING,
    "started ironing on the summit at 23:35 for the midsummer stunt and packed the board away "
    "at 01:10. minutes spent ironing?",
    clock_span("23:35", "01:10", 60),
)
date_item(
    PUDDING,
    "the black pudding championships fall on the second Sunday in September. date in 2030?",
    nth_weekday(2030, 9, SUN, 2),
)
_regatta = D(2028, 8, 19)
date_item(
    BATHTUB,
    f"regatta's on {sayw(_regatta)} and the harbourmaster wants every tub inspected no later "
    "than 10 days before. last inspection date?",
    _regatta - TD(days=10),
)
date_item(
    FOGHORN,
    "the horn was silenced on 1 June 1987 and sounded again for the museum opening on 1 June "
    "2027. how many days was it silent?",
    days(D(1987, 6, 1), D(2027, 6, 1)),
)
_order = D(2027, 10, 4)
date_item(
    HOURGLASS,
    f"an order for 120 sand timers came in on {sayw(_order)}. I make 9 a working day (Mon-Fri), "
    "starting the next working day. on what date do I finish the last one?",
    working_day_after(_order, whole_up(F(120, 9))),
)
_ast = D(2027, 9, 6)
date_item(
    ASTROLABE,
    f"the astrolabe exhibition opens 14 weeks after {sayw(_ast)}. what date is that",
    _ast + TD(weeks=14),
)
date_item(
    CLOUD,
    "seeding season runs 1 November 2027 to 15 April 2028, both days included. how many days "
    "is that?",
    days(D(2027, 11, 1), D(2028, 4, 15)) + 1,
)
date_item(
    BELL,
    "the divers went into saturation at 07:00 on 3 October 2027 and came out at 16:30 on 24 "
    "October 2027. total hours in the chamber?",
    F(int((DT(2027, 10, 24, 16, 30) - DT(2027, 10, 3, 7, 0)).total_seconds()), 3600),
)
_rota = D(2027, 11, 1)
date_item(
    WINCH,
    f"my rota is four days on then four off, and my first day on is {sayw(_rota)}. what date "
    "does my 10th stretch of days on begin?",
    _rota + TD(days=9 * 8),
)
date_item(
    SPACECAMP,
    "a camper's parents fly home from Huntsville at 06:10 on 12 July 2027 and land at Heathrow "
    "at 07:25 local on 13 July. how many minutes is the whole trip?",
    utc_minutes("2027-07-12T06:10", "America/Chicago", "2027-07-13T07:25", "Europe/London"),
)
_coring = D(2027, 2, 16)
date_item(
    POLLEN,
    f"coring starts {sayw(_coring)} and we need 18 working days on the ice (Mon-Fri only), "
    "counting the first day. which date is the last one?",
    working_day_counting(_coring, 18),
)
_round1 = nth_weekday(2028, 1, THU, 1)
date_item(
    RAGBONE,
    f"I do the round every other Thursday, the first one being {sayw(_round1)}. date of the "
    "10th round?",
    _round1 + TD(weeks=2 * 9),
)
date_item(
    OSSUARY,
    "the chapel shuts for restoration on 1 December 2027 and reopens on 31 March 2028. how many "
    "days is it closed (the reopening day doesn't count)?",
    days(D(2027, 12, 1), D(2028, 3, 31)),
)
date_item(
    OSSUARY,
    "a tour group leaves Tokyo Narita at 11:20 on 14 July 2027 and lands in Prague at 18:50 "
    "the same day, local time. total journey in minutes?",
    utc_minutes("2027-07-14T11:20", "Asia/Tokyo", "2027-07-14T18:50", "Europe/Prague"),
)
date_item(
    BEETLE,
    "the holotype was collected on 23 May 1998 and I'm describing it on 12 March 2028. how many "
    "days has it sat in the drawer",
    days(D(1998, 5, 23), D(2028, 3, 12)),
)
date_item(
    HERALD,
    "the grant is to be dated Michaelmas, 29 September 2027. what day of the week is that?",
    weekday(D(2027, 9, 29)),
)
_chair = D(2027, 11, 15)
date_item(
    RATTAN,
    f"the chair came in on {sayw(_chair)} and I quote 15 working days, not counting the day it "
    "arrives. when will it be ready",
    working_day_after(_chair, 15),
)
_sof_a = nth_weekday(2027, 8, SUN, 1)
_sof_b = _sof_a + TD(weeks=33)
date_item(
    SOFER,
    f"I started repairing the scroll on {sayw(_sof_a)} and the rededication is {sayw(_sof_b)}. "
    "how many weeks is that?",
    weeks(_sof_a, _sof_b),
)


def _nth_non_saturday(start, n):
    """The n-th day from start (counted as the first) that is not a Saturday."""
    d = start
    while True:
        if d.weekday() != SAT:
            n -= 1
            if n == 0:
                return d
        d += TD(days=1)


_write = nth_weekday(2028, 1, SUN, 1)
date_item(
    SOFER,
    f"I write Sunday to Friday, never on a Saturday. starting {sayw(_write)} and needing 100 "
    "writing days, what date is my last writing day?",
    _nth_non_saturday(_write, 100),
)
_mkt_a, _mkt_b = D(2027, 11, 20), D(2027, 12, 19)
_mkt_days = sum(
    1 for k in range(days(_mkt_a, _mkt_b) + 1) if (_mkt_a + TD(days=k)).weekday() >= SAT
)
date_item(
    PYRO,
    f"the christmas craft market runs every Saturday and Sunday from {sayw(_mkt_a)} to "
    f"{sayw(_mkt_b)} inclusive. how many market days is that",
    _mkt_days,
)
_switch_on = D(2027, 3, 3)
date_item(
    COCHLEAR,
    f"my implant was switched on {sayw(_switch_on)}. what date is 100 days after that?",
    _switch_on + TD(days=100),
)
date_item(
    COCHLEAR,
    "I was born 17 August 1961 and the implant was switched on 3 March 2027. how old was I at "
    "switch-on?",
    age(D(1961, 8, 17), _switch_on),
)
date_item(
    COBOL,
    "the legacy file stores dates as YYDDD julian. what calendar date is 28061 (the century is "
    "20xx)?",
    D(2028, 1, 1) + TD(days=61 - 1),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


CONVS = [
    (
        "conv-operator",
        [
            (U, "for this puzzle book, a ★ b means a squared minus b. keep that in mind"),
            (A, "Got it: a ★ b = a² − b."),
            (U, "so what's 6 ★ 11"),
        ],
        "★ was defined earlier in the chat as a² − b; no calculator knows that operator.",
    ),
    (
        "conv-operator",
        [
            (
                S,
                (
                    "You are helping with a logic class. In this session the symbol ⊗ means the "
                    "larger operand minus the smaller one."
                ),
            ),
            (U, "9 ⊗ 23 = ?"),
        ],
        "⊗ is defined only by the system turn; the bare expression means nothing to a tool.",
    ),
    (
        "conv-operator",
        [
            (U, "my kid's worksheet says a ∆ b = (a + b) / 2 then rounds down"),
            (A, "So ∆ is the floor of the average of a and b."),
            (U, "what does 7 ∆ 10 come to"),
        ],
        "The ∆ operator (floored mean) comes from the earlier turn, not from arithmetic.",
    ),
    (
        "conv-base",
        [
            (U, "computer science homework - everything below is octal unless i say otherwise"),
            (A, "Sure, I'll read your numbers as octal."),
            (U, "what's 17 + 25"),
        ],
        "In octal 17 + 25 is 44, not 42; the base was set earlier in the conversation.",
    ),
    (
        "conv-base",
        [
            (U, "let's stay in binary for the next few questions"),
            (A, "OK, binary it is."),
            (U, "1011 times 11"),
        ],
        "Binary was agreed earlier; a calculator would multiply 1011 by 11 as decimals.",
    ),
    (
        "conv-base",
        [
            (S, "The user is debugging memory addresses; every number they give is hexadecimal."),
            (U, "how far apart are 7FF0 and 8010"),
        ],
        "Hex addresses set by the system turn; the difference must be given in hex context.",
    ),
    (
        "conv-base",
        [
            (U, "I'm a dozenalist. use base twelve, with X for ten and E for eleven"),
            (A, "Happy to - I'll answer in base twelve."),
            (U, "7 × 8 then"),
        ],
        "The answer must be written in base twelve (48), as set up earlier.",
    ),
    (
        "conv-modulus",
        [
            (U, "year 10 maths: we're on modular arithmetic, modulus 7, for this whole worksheet"),
            (A, "Right, I'll reduce every result mod 7."),
            (U, "ok first one: 5 × 6 + 4"),
        ],
        "Mod 7 was set in an earlier turn, so the expected answer is 6, not 34.",
    ),
    (
        "conv-modulus",
        [
            (U, "picture a 12-hour clock face for these questions, no am/pm"),
            (A, "Understood - clock arithmetic on 12."),
            (U, "10 + 5"),
        ],
        "Clock arithmetic (mod 12) agreed earlier; the plain sum would be wrong.",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "in my fantasy novel the year has 13 months of 28 days plus one festival "
                    "day at the end, and the week is 7 days starting on Firstday"
                ),
            ),
            (A, "Nice and regular - every month starts on the same weekday."),
            (U, "if the 1st of month one is a Firstday, what day is the 1st of month eight?"),
        ],
        "A fictional calendar from the conversation; no real-calendar tool applies.",
    ),
    (
        "conv-fictional-calendar",
        [
            (U, "i'm writing hobbit fan fiction and dating everything in Shire Reckoning"),
            (A, "Lovely - Afteryule, Solmath, Rethe and the rest."),
            (U, "how many days from 1 Afteryule to 1 Forelithe?"),
        ],
        "Needs the Shire calendar's month lengths and special days, which only the model knows.",
    ),
    (
        "conv-fictional-calendar",
        [
            (S, "You are the clock assistant for a Mars rover team. 'Day' always means a sol."),
            (U, "how many hours is 3 days?"),
        ],
        "Days here are sols (about 24 h 39 min), per the system turn, not Earth days.",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in my tabletop game 1 crown = 8 shillings and 1 shilling = 15 pence"),
            (A, "Noted - so a crown is 120 pence."),
            (U, "so 3 crowns and 5 shillings is how many pence"),
        ],
        "Game currency defined in the chat; a unit converter has no such units.",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in our campaign a league is 2.5 km and the party walks 5 km an hour"),
            (A, "OK, I'll use those."),
            (U, "how long to walk 14 leagues"),
        ],
        "The league and walking speed come from the campaign setup, not standard units.",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "the recipe I'm following is Australian, where a cup is 250 ml"),
            (A, "Right, metric cups of 250 ml."),
            (U, "how many ml is two and a half of them"),
        ],
        "Which cup is meant was settled earlier; the last turn alone is ambiguous.",
    ),
    (
        "conv-programming",
        [
            (U, "python 3 question about floor division with negatives"),
            (A, "Go ahead."),
            (U, "-9 // 4"),
        ],
        "Python floor division gives -3 here; a calculator reading // would not.",
    ),
    (
        "conv-programming",
        [
            (U, "we're in javascript here, plain node"),
            (A, "OK, JavaScript semantics."),
            (U, "what's '10' + 5 - 3"),
        ],
        "JavaScript string concatenation then coercion gives 102; needs language knowledge.",
    ),
    (
        "conv-programming",
        [
            (S, "Answer as a C compiler would evaluate expressions whose operands are all int."),
            (U, "9 / 4 * 4"),
        ],
        "Integer division in C gives 8, not 9; semantics set by the system turn.",
    ),
    (
        "conv-programming",
        [
            (U, "in C what does the ^ operator do"),
            (A, "It's bitwise exclusive OR."),
            (U, "so 12 ^ 10 is?"),
        ],
        "^ is XOR in this context (6), not exponentiation.",
    ),
    (
        "conv-programming",
        [
            (U, "in my spreadsheet A1 holds 3 and A2 holds 4"),
            (A, "OK."),
            (U, "what does =A1^2+A2^2 give"),
        ],
        "The cell values were given in an earlier turn.",
    ),
    (
        "conv-split",
        [
            (
                U,
                (
                    "dinner for 5 of us: I'm covering my sister's share as her birthday "
                    "present and everyone else pays their own equal share"
                ),
            ),
            (A, "Understood - you pay two shares."),
            (U, "the bill came to £185, how much is mine"),
        ],
        "The split rule (two shares for the user) was set earlier.",
    ),
    (
        "conv-split",
        [
            (
                U,
                (
                    "flat rent goes by room size. Ana's room is twice the size of mine, and "
                    "Ben's is the same as mine"
                ),
            ),
            (A, "So the shares are 2:1:1."),
            (U, "rent's £2,000 a month. what does Ana pay?"),
        ],
        "Shares come from the earlier turn; the last question alone has no answer.",
    ),
    (
        "conv-split",
        [
            (U, "pub quiz scoring: 3 points per right answer, minus 1 per wrong, 0 for a pass"),
            (A, "Got it."),
            (U, "we had 14 right, 5 wrong and 1 pass. score?"),
        ],
        "The scoring scheme was told earlier in the chat.",
    ),
    (
        "conv-knowledge",
        [
            (U, "i'm reading about the apollo 11 mission for a school project"),
            (A, "Great topic - launch, landing and splashdown all in July 1969."),
            (U, "how many days after the launch did they splash down"),
        ],
        "Needs the historical launch and splashdown dates, which only the model knows.",
    ),
    (
        "conv-knowledge",
        [
            (U, "my gran was born the year the titanic sank"),
            (A, "That would make her a 1912 baby."),
            (U, "how old would she have been on 1 June 2030"),
        ],
        "The birth year comes from a historical fact in the conversation.",
    ),
    (
        "conv-knowledge",
        [
            (U, "we're talking about K2 for my climbing club newsletter"),
            (A, "The second-highest mountain on Earth."),
            (U, "give me its height in feet"),
        ],
        "Needs K2's height, a fact the model supplies, before any conversion.",
    ),
    (
        "conv-knowledge",
        [
            (U, "my FIDE rating is 1650 and my opponent is 1820"),
            (A, "A decent gap."),
            (U, "what's my expected score?"),
        ],
        "Needs the Elo expected-score formula and the ratings from the earlier turn.",
    ),
    (
        "conv-reference",
        [
            (U, "name three prime numbers between 30 and 50"),
            (A, "31, 37 and 41."),
            (U, "multiply the first and the last"),
        ],
        "The numbers to multiply are in the assistant's earlier answer.",
    ),
    (
        "conv-reference",
        [
            (U, "what's the speed of sound in air at 20 °C?"),
            (A, "About 343 metres per second."),
            (U, "ok and how far does it go in 4.5 seconds"),
        ],
        "Refers back to the earlier answer; the last turn has no speed in it.",
    ),
    (
        "conv-reference",
        [
            (U, "my car does 6.2 litres per 100 km on the motorway"),
            (A, "That's quite economical."),
            (U, "how much fuel for 340 km then"),
        ],
        "The consumption figure was given in an earlier turn.",
    ),
    (
        "conv-format",
        [
            (U, "answer everything in roman numerals from here on please"),
            (A, "Understood."),
            (U, "what's 48 + 76"),
        ],
        "The answer must be in Roman numerals (CXXIV), as asked earlier.",
    ),
    (
        "conv-format",
        [
            (S, "The user is learning French. Always answer in French, with numbers in words."),
            (U, "combien font 15 fois 6 ?"),
        ],
        "Needs a French answer with the number spelled out.",
    ),
    (
        "conv-rota",
        [
            (U, "in our rota the week starts on a Wednesday and we number the days 1 to 7"),
            (A, "So Wednesday is day 1."),
            (U, "what number is Sunday?"),
        ],
        "The day numbering was defined in the conversation.",
    ),
    (
        "conv-timezone",
        [
            (U, "I live in Wellington and my brother is in Porto"),
            (A, "Almost exactly opposite sides of the world."),
            (U, "if I video call him at 7:30 am my time, what time is it there?"),
        ],
        "The places were given earlier and no date is given, so the offset is unclear.",
    ),
    (
        "conv-fictional-time",
        [
            (U, "let's use Next Generation stardates for my fan film script"),
            (A, "Sure - the five-digit ones like 41153.7."),
            (U, "how many stardates make a year?"),
        ],
        "Stardate conventions are fiction the model knows; no tool applies.",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-identifier", "what area is the 0161 dialling code", "A phone prefix: a place."),
    ("near-identifier", "whose number is 0800 1111 in the uk", "A helpline number to identify."),
    (
        "near-identifier",
        "which book has ISBN 978-0-241-95391-4",
        "An ISBN to look up, not a number to compute.",
    ),
    (
        "near-identifier",
        "is 4111 1111 1111 1111 a real card number or a test one",
        "Card number convention: needs explanation.",
    ),
    (
        "near-identifier",
        "what's a 6203-ZZ bearing and will a 6203-2RS fit instead",
        "A part number to explain.",
    ),
    (
        "near-identifier",
        "what does M10 x 1.5 stamped on a bolt head mean",
        "A thread specification.",
    ),
    (
        "near-identifier",
        "what does 225/45 R17 94W XL on my tyre mean",
        "Tyre code: the slash is not a division.",
    ),
    ("near-identifier", "what is UN 1203 on a tanker placard", "A hazard code to look up."),
    ("near-identifier", "what's E471 on a food label", "A food additive code."),
    ("near-identifier", "what does IP67 mean on a watch", "An ingress rating to explain."),
    ("near-identifier", "is a 10-10-10 fertiliser ok for tomatoes", "NPK ratio and advice."),
    (
        "near-identifier",
        "what's the difference between 5W-30 and 10W-40 oil",
        "Oil grades, not subtraction.",
    ),
    ("near-identifier", "is W1A 1AA a real postcode", "Postcode knowledge."),
    ("near-identifier", "what condition is ICD-10 code J45", "A medical code to look up."),
    (
        "near-identifier",
        "what is RAL 7016 and does it suit a red brick house",
        "Colour code plus taste.",
    ),
    (
        "near-version",
        "is node 18.20 still getting security updates",
        "Version support status is knowledge.",
    ),
    (
        "near-version",
        "why does python 3.10 sort before 3.9 in my folder list",
        "Version strings vs numbers: explanation.",
    ),
    ("near-version", "what changed between iOS 17.4 and 17.5", "Release notes, not subtraction."),
    (
        "near-version",
        "under semver is 2.10.0 newer than 2.9.3, and why",
        "Version ordering explained, not decimals compared.",
    ),
    (
        "near-version",
        "should I upgrade postgres 14.11 to 16.2 or wait",
        "Upgrade advice about versions.",
    ),
    (
        "near-score",
        "what does 7-5 2-6 7-6(4) mean in a tennis scoreline",
        "Set scores and a tiebreak to explain.",
    ),
    (
        "near-score",
        "it was 2-2 after extra time and 4-3 on pens, who goes through",
        "Score notation and rules.",
    ),
    ("near-score", "what's a 147 in snooker", "A score with a meaning, not a number to compute."),
    ("near-score", "is 280 a good score in ten-pin bowling", "Judgement about a score."),
    ("near-score", "what does 15-40 mean in tennis", "Tennis scoring, not subtraction."),
    (
        "near-range",
        "the parcel says 3-5 working days, could it turn up on a saturday",
        "Interpreting a courier's range.",
    ),
    ("near-range", "what does ages 8-12 on a lego box really mean", "A range to interpret."),
    ("near-range", "my fridge dial goes 1-7, which end is coldest", "Appliance convention."),
    (
        "near-range",
        "is a 20-25 minute walk to school too far for a 6 year old",
        "Opinion about a range.",
    ),
    (
        "near-range",
        "I'm a UK 10-12 in dresses, what's that in US sizing",
        "Clothing sizes vary by brand; no exact conversion.",
    ),
    (
        "near-explain",
        "why does 0.1 + 0.7 give 0.7999999999999999 in python",
        "Floating-point explanation.",
    ),
    (
        "near-explain",
        "how can 0.999... with the nines going on forever be exactly 1, that feels wrong",
        "A proof, not a sum.",
    ),
    ("near-explain", "why isn't 1 counted as a prime", "Mathematical convention to explain."),
    (
        "near-explain",
        "why do we divide by n-1 for a sample variance",
        "Statistics explanation.",
    ),
    ("near-explain", "what does 1e-9 mean on my calculator screen", "Notation explained."),
    (
        "near-explain",
        "why is a kilobyte sometimes 1024 bytes and sometimes 1000",
        "History of conventions.",
    ),
    ("near-explain", "who decided an hour has 60 minutes and why not 100", "History question."),
    ("near-explain", "how does a leap second actually get added", "Timekeeping explanation."),
    ("near-explain", "why does february only get 28 days", "Calendar history."),
    ("near-explain", "what does p < 0.05 actually tell me", "Statistics interpretation."),
    (
        "near-opinion",
        "is £32,000 a decent salary for a single person in Leeds",
        "Opinion about a number.",
    ),
    (
        "near-opinion",
        "my blood pressure was 135/85, should i be worried at 50",
        "Medical reading, not a fraction.",
    ),
    (
        "near-opinion",
        "I got 68% for my dissertation, is that a first",
        "UK degree classification knowledge.",
    ),
    ("near-opinion", "is 7 hours of sleep enough for a teenager", "Health advice."),
    ("near-opinion", "is 12% APR on a used car loan a rip-off", "Financial judgement."),
    ("near-opinion", "is it daft to retire at 52 with a small pension", "Life advice."),
    ("near-opinion", "is 4.2 seconds 0-60 fast for a family car", "Judgement about a figure."),
    ("near-facts", "roughly how many people live in Kinshasa", "A fact, not a computation."),
    (
        "near-facts",
        "how far is the moon from the earth in km",
        "Looks like a unit question but needs an astronomical fact.",
    ),
    (
        "near-facts",
        "how tall is the Shard in feet",
        "Needs the building's height first.",
    ),
    ("near-facts", "how many bones are in an adult human body", "A fact."),
    (
        "near-facts",
        "what's the motorway speed limit in France in mph",
        "Needs the legal limit as a fact.",
    ),
    ("near-facts", "what year was the Channel Tunnel opened", "History."),
    (
        "near-facts",
        "how old was Buddy Holly when his plane came down",
        "Needs his birth and death dates.",
    ),
    ("near-facts", "how many yen is a euro at the moment", "Live exchange rate."),
    ("near-facts", "how many days did the siege of Leningrad last", "Historical dates needed."),
    (
        "near-facts",
        "how many minutes does light from the sun take to reach Mars",
        "Needs the distance as a fact.",
    ),
    ("near-facts", "what temperature does water boil at on top of Everest", "Physics fact."),
    ("near-code", "what does print(0.1*3 == 0.3) output in python and why", "Language semantics."),
    ("near-code", "what does chmod 640 on a config file do", "Permission digits, not a number."),
    ("near-code", "what's HTTP 451 and when is it used", "A status code with a story."),
    ("near-code", "turn this cron into plain english: 0 9 * * 1-5", "Cron syntax, not sums."),
    ("near-code", "which addresses does 192.168.0.0/24 cover", "CIDR notation to explain."),
    ("near-code", "what does O(n log n) mean in plain terms", "Complexity notation explained."),
    (
        "near-calendar-lore",
        "what chinese zodiac animal goes with 1988",
        "Needs zodiac lore, not date arithmetic.",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short toast for my brother's wedding, he's a tree surgeon and terrible at darts",
        "help me word a polite email declining a second interview",
        "can you tighten this opening line: 'It was raining, and the rain was wet.'",
        "give me five titles for a zine about urban foxes",
        "write a limerick about a lighthouse keeper who hates seagulls",
        "rewrite my out-of-office so it sounds less grumpy",
        "draft a complaint to a landlord about black mould in the bathroom",
        "suggest a closing line for a eulogy for a grandfather who loved pigeons",
        "how do i make a villain's motivation believable in a short story",
        "write a cover letter paragraph for a job at a seed bank",
    ],
    "cooking": [
        "what can i make with leeks, a tin of chickpeas and some feta",
        "my rye sourdough came out dense and gummy in the middle, what went wrong",
        "can I refreeze cooked mussels that thawed in the fridge",
        "vegan substitute for egg wash on pastry?",
        "how do I stop a mushroom risotto going gluey for a dinner party",
        "ideas for a packed lunch for a kid who hates sandwiches",
        "when would I use bicarb instead of baking powder in a scone recipe",
        "how do you keep cut basil from going black",
    ],
    "travel": [
        "best way to get from Palermo to Cefalù without a car",
        "what to pack for five days on the Cape Wrath Trail in late September",
        "is it rude not to tip in Japan",
        "things to do in Ghent on a rainy afternoon",
        "do I need a visa for a stopover in Istanbul on a UK passport",
        "tips for sleeping on the overnight ferry from Aberdeen to Lerwick",
        "which side of the train has the best views from Oslo to Bergen",
        "how do I avoid getting ill from street food in Bangkok",
    ],
    "coding": [
        "how do I reverse a singly linked list in rust without fighting the borrow checker",
        "explain git rebase vs merge like I'm a new starter",
        "why does my react component re-render twice in dev mode",
        "write a bash one-liner to find files over 100MB",
        "explain processes vs threads vs async tasks using a restaurant kitchen analogy",
        "how should I split a growing flask app into blueprints for auth, admin and api",
        "my docker container can't resolve DNS, where do I start",
        "how do I write a regex that matches a UK postcode",
        "review this function name: getDataAndAlsoSaveItMaybe",
        "what's a good way to learn SQL joins",
    ],
    "health": [
        "how can I get better at getting up early without feeling rubbish",
        "stretches for a stiff neck from sitting at a laptop",
        "I've been snapping at everyone and can't sleep, could this be burnout?",
        "is it normal for new running shoes to give me shin pain",
        "how do I support a friend who's just been diagnosed with diabetes",
        "what helps with hay fever apart from tablets",
    ],
    "home": [
        "the top of my upstairs radiator is cold but the bottom's hot, what do i do",
        "what's the best way to get candle wax out of a carpet",
        "should I use matt or silk paint in a hallway",
        "how to stop condensation on bedroom windows in winter",
        "my washing machine smells damp, how do i fix it",
        "tips for decluttering a loft without losing my mind",
        "my kitchen mixer tap drips from the spout even when off, is it the cartridge",
        "is it worth putting a water butt in a tiny garden",
    ],
    "relationships": [
        "how do I tell my flatmate their music is too loud without it getting awkward",
        "my oldest friend forgot my 40th, do I bring it up or let it go",
        "ideas for a first date that isn't just drinks",
        "how do i handle a colleague who keeps taking credit for my work",
        "what's a kind way to turn down a wedding invitation",
        "how can I help my teenager talk to me more",
    ],
    "learning": [
        "how do I start learning the cello as an adult",
        "explain the causes of the first world war simply",
        "what's the best way to memorise vocab for a language exam",
        "recommend some books about the history of maps",
        "how does photosynthesis work, for a 10 year old",
        "explain the difference between weather and climate to a sceptical uncle",
        "summarise the plot of Silas Marner in a paragraph",
        "how do mRNA vaccines teach the body to recognise a virus",
    ],
    "work": [
        "I've been doing my manager's job for months, how do I ask to be paid for it",
        "give me an agenda for a one-hour team retrospective",
        "how do I say no to extra projects when I'm already swamped",
        "write three interview questions for a junior data analyst",
        "how should I prepare for a performance review",
        "what should go in a handover document before parental leave",
        "tips for running a meeting with people in four countries",
        "how do I tell a senior partner their slides are confusing without offending",
    ],
    "science": [
        "why are sunsets more orange for a while after a big volcano erupts",
        "why are there two high tides a day and not one",
        "why does my cat knead my dressing gown and dribble",
        "what is dark matter, in simple words",
        "how do noise-cancelling earbuds cope with sudden noises like a door slam",
        "why does ice float when most frozen solids sink in their own liquid",
        "my gp won't give me antibiotics for a chesty cold, why not",
        "how do bees find their way home",
    ],
    "creative": [
        "give me a name for a fat ginger cat who steals socks",
        "ideas for a 7th birthday party with a dinosaur theme",
        "suggest a band name for a folk group of retired dentists",
        "describe a hailstorm hitting a tin-roofed allotment shed in three sentences",
        "help me come up with a theme for a village scarecrow trail",
        "write a riddle whose answer is 'a shadow'",
    ],
    "tech-help": [
        "my laptop fan is constantly loud, what can I check",
        "how do I move my signal messages from an old android to an iphone",
        "is it worth buying a mesh wifi system for a small flat",
        "how do I stop spam texts",
        "what's the safest way to store passwords for my parents",
        "my printer says offline but it's plugged in",
    ],
    "pets-garden": [
        "why is my dog suddenly scared of the kitchen floor",
        "how do I introduce a new cat to my old one",
        "what can I grow under a big sycamore where nothing seems to survive",
        "why are my tomato leaves curling up",
        "is it ok to feed hedgehogs cat food",
        "how often should I repot a cheese plant",
        "how do I get my rabbit to stop chewing cables",
        "what flowers attract butterflies in a small balcony garden",
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
    # no register (family name) of this set is a family name of sets 19 to 175
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 175: {reused}"
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
