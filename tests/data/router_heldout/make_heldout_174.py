"""Generate heldout-2027-05-26.jsonl: a hundred-and-seventy-fourth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_174.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-173, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values with Fraction and Decimal (whole_up for items bought whole), units from the
exact definitions above (inch, pound, knot, psi, bar, acre, GiB) with EXACT tolerance for
terminating answers and unit_r for rounded ones, dates with datetime (age, days, weeks,
nth_weekday, working days, clock_span) and zoneinfo via utc_minutes for times in two zones,
including one passage across a clock change. Weekdays written beside dates come from
sayw/sayus, so they are right by construction and checked again.

Provenance
----------
Read: this file's set-up, helpers, checks and output code, grading.py and
earlier_registers.txt (cat/head, and grep of earlier_registers.txt for candidate register
words so that every register name is new); nothing under /work/main, /work/shared or
/work/.library was opened.
Wrote: the four sections by hand, registers first (25 situations chosen so their key words do
not occur in earlier_registers.txt), then the positives with values computed in code, then the
35 conversations, 65 near-negatives with notes and 100 ordinary requests. The first run's
duplicate check listed 50 of my own ids (and then 2 more); I reworded those items without
looking for the earlier text.
Checked: this generator until it passed (counts, duplicates, registers, weekdays,
gradability, regeneration), --show to read back my own expected values, ruff check (with
its unsafe fix that only parenthesises implicit string concatenations) and ruff format with
/work/main/pyproject.toml, then the generator again.
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
OUT = HERE / "heldout-2027-05-26.jsonl"
PREFIX = "ho174-"
# earlier generators: sets 1-173 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 174))
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


COURT = "courtroom_sketch_artist_at_a_fraud_trial"
RIGMED = "offshore_rig_medic_between_helicopter_runs"
AUCTION = "cruise_ship_art_auctioneer_between_ports"
STARPARTY = "astronomer_hosting_a_dark_sky_star_party"
PELAGIC = "pelagic_seabird_trip_skipper"
HULL = "marina_hull_cleaning_diver"
ANIMATRONICS = "theme_park_animatronics_technician"
BOUNTY = "bounty_hunter_chasing_a_bail_jumper"
JUGGLER = "street_juggler_passing_the_hat"
RATCATCHER = "rat_catcher_working_the_grain_barges"
UNDERSTUDY = "understudy_covering_a_west_end_lead"
DRAG = "drag_queen_booking_a_pub_tour"
JELLYFISH = "jellyfish_bloom_researcher_on_the_strandline"
SEALPUP = "seal_pup_rescue_volunteer_in_december"
UFO = "ufo_sighting_society_secretary"
TOOTHFAIRY = "parent_playing_tooth_fairy"
ACTUARY = "actuary_checking_a_pension_quote"
LIFT = "lift_engineer_on_a_tower_block_callout"
SHANTY = "sea_shanty_singers_on_a_harbour_festival_stage"
FREESOLO = "free_solo_climber_training_on_sea_cliffs"
DAYTRADER = "day_trader_in_a_spare_bedroom"
POOHSTICKS = "poohsticks_championship_organiser"
FIREWATCH = "fire_watch_warden_on_a_hot_works_site"
STOMA = "stoma_nurse_ordering_supplies"
OBITUARY = "newspaper_obituary_writer_on_deadline"

# plain one-liners
calc(P, "what's 17.5% of £2,480", pct("17.5") * 2480)
calc(P, "4,738 x 29", 4738 * 29)
calc(P, "(14.6 + 9.85) / 2.5 =", (dec("14.6") + dec("9.85")) / dec("2.5"))
assert 77 * 77 == 5929
calc(P, "what's the square root of 5929", 77)
calc(P, "2 to the power 17", 2**17)
calc(P, "12,450 divided by 8", F(12450, 8))
calc(P, "take 18% off 65", 65 * (1 - pct(18)))
calc(P, "one thousand two hundred and six times forty-five", 1206 * 45)
calc(P, "7/8 as a decimal please", F(7, 8))
calc(P, "$1,299 with 35% off - sale price?", 1299 * (1 - pct(35)))
calc(P, "add up 4.75, 12.2, 0.05 and 31", dec("4.75") + dec("12.2") + dec("0.05") + 31)
calc(P, "-48 + 17*3 - 9", -48 + 17 * 3 - 9)
calc(P, "mean of 88, 92, 75, 61 and 94", F(88 + 92 + 75 + 61 + 94, 5))
calc(P, "63 is what percent of 180", F(63, 180) * 100)

# registers
calc(
    COURT,
    "The trial is listed for 38 sitting days. I'm on £420 a day from the agency plus £55 for "
    "every drawing the paper actually buys. 23 days done so far and they've bought 17 drawings. "
    "How much have I earned to date?",
    23 * 420 + 17 * 55,
)
calc(
    COURT,
    "pastel sticks only come in boxes of 12 at £18.60 a box and I need 40 sticks for the "
    "jury-box scenes. what do I pay for enough whole boxes",
    whole_up(F(40, 12)) * dec("18.60"),
)
calc(
    RIGMED,
    "helicopter manifest: 14 passengers averaging 92.5 kg each, plus 11 kg of bags per head. "
    "the payload limit for the leg is 1,600 kg. how many kg under the limit are we",
    1600 - 14 * (dec("92.5") + 11),
)
calc(
    AUCTION,
    "hammer price $14,500, buyer's premium 18% on top, then 6.5% sales tax on the hammer plus "
    "premium. what does the buyer actually pay",
    14500 * (1 + pct(18)) * (1 + pct("6.5")),
)
calc(
    AUCTION,
    "My commission is 4% of hammer on the first $50,000 I sell each cruise and 6.5% on "
    "everything above that. This sailing the hammer total was $83,420. What's my commission?",
    pct(4) * 50000 + pct("6.5") * (83420 - 50000),
)
calc(
    STARPARTY,
    "star party numbers: 42 adults at £12.50, 9 kids at half price. the farmer wants £150 for "
    "the field and the hot chocolate costs me £2.40 a head for all 51 of them. what's my profit",
    42 * dec("12.50") + 9 * dec("12.50") / 2 - 150 - dec("2.40") * 51,
)
calc(
    PELAGIC,
    "The boat burns 38 litres of diesel an hour and the trip is 7.5 hours. Diesel is £1.44 a "
    "litre and the 12 birders split fuel evenly - what's each person's share?",
    38 * dec("7.5") * dec("1.44") / 12,
)
calc(
    HULL,
    "I charge £3.20 per foot of boat length with a £60 minimum per boat. The list is a 28 ft, "
    "a 34 ft, a 17 ft and a 41 ft boat. Total for all four?",
    28 * dec("3.20") + 34 * dec("3.20") + max(17 * dec("3.20"), 60) + 41 * dec("3.20"),
)
calc(
    ANIMATRONICS,
    "the animatronic parrot flaps its wings 14 times per show and does 26 shows a day. the wing "
    "servo is rated for 250,000 cycles. how many full days of shows can it run without going "
    "over its rating",
    250000 // (14 * 26),
)
calc(
    BOUNTY,
    "Bond was $85,000 and I get 10% of the bond when I bring him in. Gas so far $312.40, motel "
    "3 nights at $79 a night. What do I clear once he's back in custody?",
    pct(10) * 85000 - dec("312.40") - 3 * 79,
)
calc(
    BOUNTY,
    "fee was $6,200, we take the $1,150 expenses off the top and split what's left 60/40 with "
    "me on the 60. whats my partner's 40 come to",
    (6200 - 1150) * pct(40),
)
calc(
    JUGGLER,
    "counting the hat: 37 one pound coins, 22 fifty pences, 41 twenty pences and 15 two pound "
    "coins. how much is that in pounds",
    37 + 22 * dec("0.50") + 41 * dec("0.20") + 15 * 2,
)
calc(
    JUGGLER,
    "Five days at the festival, pitch fee £18 a day. The hat took £94, £131, £77, £160 and "
    "£112. What was my average per day after the pitch fee?",
    F(94 + 131 + 77 + 160 + 112 - 5 * 18, 5),
)
calc(
    RATCATCHER,
    "bait blocks come in tubs of 150. each station on the barges takes 4 blocks, there are 68 "
    "stations and I refill them on 3 visits. how many tubs do I have to buy, whole tubs only",
    whole_up(F(68 * 4 * 3, 150)),
)
calc(
    UNDERSTUDY,
    "base pay £612 a week plus a £35 supplement every time I go on for the lead. covered 11 "
    "shows in the 4 weeks. gross for those 4 weeks =",
    4 * 612 + 11 * 35,
)
calc(
    DRAG,
    "Twelve pubs at £275 a night, my agent takes 15% of the fees, and I'm counting petrol at "
    "19p a mile for 1,340 miles. What's left for me?",
    12 * 275 * (1 - pct(15)) - dec("0.19") * 1340,
)
calc(
    JELLYFISH,
    "counted 312 moon jellyfish stranded along 1.2 km of tideline. how many is that per 100 m "
    "of beach",
    312 / (dec("1.2") * 1000 / 100),
)
calc(
    SEALPUP,
    "our pup came in at 9.4 kg and went back to sea at 31.6 kg after 74 days in the hospital "
    "pools. average gain per day in grams?",
    (dec("31.6") - dec("9.4")) * 1000 / 74,
)
calc(
    UFO,
    "Subs are £14 a head for our 63 members, except 9 of them pay the £8 concession rate. "
    "Hall hire is £22 a meeting and we meet 10 times. What's the surplus?",
    (63 - 9) * 14 + 9 * 8 - 22 * 10,
)
calc(
    TOOTHFAIRY,
    "house rate is £1 for a front tooth and £2 for a back one, plus a 50p bonus when it falls "
    "out at school. she's lost 8 front and 3 back teeth, 2 of them at school. what has the "
    "tooth fairy paid out in total",
    8 * 1 + 3 * 2 + 2 * dec("0.50"),
)
calc(
    ACTUARY,
    "pension pot £184,000, client takes 25% as a tax-free lump sum and the rest buys an annuity "
    "at a 6.2% annual rate. what's the annual annuity income",
    184000 * (1 - pct(25)) * pct("6.2"),
)
calc(
    ACTUARY,
    "Quote is £412.50 a month. Paying annually gets a 2.5% discount on twelve monthly "
    "payments. What's the annual premium?",
    dec("412.50") * 12 * (1 - pct("2.5")),
)
calc(
    LIFT,
    "car is rated 1,000 kg. I've got 6 people in it averaging 78.5 kg and my toolbox is 37 kg. "
    "how many kg of capacity are left",
    1000 - 6 * dec("78.5") - 37,
)
calc(
    SHANTY,
    "our set is 12 songs averaging 3 min 40 s each with 45 seconds of chat between songs (11 "
    "gaps). how long is the whole set in minutes",
    F(12 * 220 + 11 * 45, 60),
)
calc(
    FREESOLO,
    "The route is nine pitches of 28 m and a last pitch of 16 m. I've soloed it 3 times. "
    "Total metres climbed?",
    (9 * 28 + 16) * 3,
)
calc(
    DAYTRADER,
    "bought 240 shares at $37.85, sold the lot at $41.20, commission $4.95 each way. net P&L",
    240 * (dec("41.20") - dec("37.85")) - 2 * dec("4.95"),
)
calc(
    DAYTRADER,
    "account started the week at $20,000. down 12% monday, up 15% tuesday, down 4% wednesday. "
    "balance after wednesday?",
    20000 * (1 - pct(12)) * (1 + pct(15)) * (1 - pct(4)),
)
calc(
    POOHSTICKS,
    "Sticks sold at £2 each and we sold 318. Prizes were £50, £25 and £10, and whatever's left "
    "is split equally between the lifeboat and the scouts. How much does each charity get?",
    F(318 * 2 - 50 - 25 - 10, 2),
)
calc(
    FIREWATCH,
    "£16.80 an hour, time and a half for anything over 8 hours in a shift. I did 11.5 hours. "
    "what's the shift worth",
    8 * dec("16.80") + (dec("11.5") - 8) * dec("16.80") * dec("1.5"),
)
calc(
    STOMA,
    "patient changes 2 bags a day and they come in boxes of 30. how many boxes for a 91 day "
    "supply, rounding up to whole boxes",
    whole_up(F(2 * 91, 30)),
)
calc(
    OBITUARY,
    "paid notices are £4.80 a line plus £25 for a photo. the family want 23 lines with a photo "
    "in three editions, and the third edition gets 10% off. total bill?",
    (23 * dec("4.80") + 25) * (2 + (1 - pct(10))),
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
unit_r(P, "how many km is 37.5 miles", dec("37.5") * MI / 1000)
unit_r(P, "convert 163 lb to kg", 163 * LB)
unit_r(P, "72°F in celsius", f_to_c(72))
unit(P, "6 ft 2.5 in in cm", dec("74.5") * IN * 100, EXACT)
unit(P, "2.25 GiB in MiB", dec("2.25") * GIB / MIB, EXACT)
unit_r(P, "32.5 psi to bar", dec("32.5") * PSI / BAR)
unit_r(P, "what's 137 km/h in miles per hour", 137 * KMH / MPH)
unit_r(P, "3.4 acres in square metres", dec("3.4") * ACRE)
unit_r(P, "how many ounces is 2.2 kg", dec("2.2") / OZ)
unit(P, "minus 23 celsius in fahrenheit", c_to_f(-23), EXACT)
unit_r(P, "12 stone 4 lb in kilos", (12 * 14 + 4) * LB)
unit_r(P, "350 square feet to square metres", 350 * SQFT)
unit(P, "convert 23.5 knots to km per hour", dec("23.5") * KNOT / KMH, EXACT)
unit(P, "four hundred yards in metres", 400 * YD, EXACT)

# registers
unit_r(COURT, "my sketch pad is A3, 420 mm wide. how many inches is that", F(420, 1000) / IN)
unit_r(
    RIGMED,
    "casualty says he's 15 stone 2. I need kg for the dosing chart, what is it",
    (15 * 14 + 2) * LB,
)
unit_r(
    RIGMED,
    "Helideck wind is 38 knots but the limits card is in metres per second. Convert please.",
    38 * KNOT,
)
unit(
    AUCTION,
    "canvas is 36 x 48 inches. the catalogue wants the longer side in cm",
    48 * IN * 100,
    EXACT,
)
unit(
    STARPARTY,
    "the big dobsonian has a 254 mm mirror - how many inches of aperture is that",
    F(254, 1000) / IN,
    EXACT,
)
unit_r(
    PELAGIC,
    "we cruise out to the shelf edge at 9.5 knots. what's that in mph for the brochure",
    dec("9.5") * KNOT / MPH,
)
unit(
    PELAGIC,
    "The shearwater raft was 14 nautical miles offshore. How far is that in kilometres?",
    14 * KNOT * 3600 / 1000,
    EXACT,
)
unit_r(HULL, "she draws 1.6 m. what's that in feet", dec("1.6") / FT)
unit_r(
    HULL,
    "owner reckons 410 sq ft of hull below the waterline and the antifoul tin gives coverage "
    "per m2. what's 410 sq ft in square metres",
    410 * SQFT,
)
unit_r(
    ANIMATRONICS,
    "the new spec sheet wants torque in pound-feet (lbf ft) and the old motor says 12 N m. "
    "convert it",
    12 / (LB * KGF * FT),
)
unit_r(BOUNTY, "He's got a 340 mile head start. How many km is that?", 340 * MI / 1000)
unit_r(JUGGLER, "my clubs weigh 225 g each. in ounces?", F(225, 1000) / OZ)
unit_r(
    RATCATCHER,
    "the barge hold is 2,300 cubic metres. what's that in cubic feet",
    2300 / CUFT,
)
unit(
    UNDERSTUDY,
    "The costume waist is 28 inches and wardrobe needs it in centimetres.",
    28 * IN * 100,
    EXACT,
)
unit(
    DRAG,
    "heels are six and a half inches tall, how many cm is that",
    dec("6.5") * IN * 100,
    EXACT,
)
unit_r(JELLYFISH, "lion's mane bell measured 70 cm across. inches?", F(70, 100) / IN)
unit_r(SEALPUP, "weighed the pup on the fish scale: 23 lb 6 oz. in kg?", (23 * 16 + 6) * OZ)
unit_r(SEALPUP, "pool water is 54 F, what's that in C", f_to_c(54))
unit(
    UFO,
    "witness reckons it was doing 3,000 mph when it shot off. what's that in km/h",
    3000 * MPH / KMH,
    EXACT,
)
unit(TOOTHFAIRY, "she's 4 ft 2 in now. what's that in cm", 50 * IN * 100, EXACT)
unit_r(
    ACTUARY,
    "the US underwriting form wants height in inches and the client is 1.83 m. convert",
    dec("1.83") / IN,
)
unit_r(
    LIFT,
    "Rated speed on the plate is 1.75 m/s but the old log book uses feet per minute. What's "
    "1.75 m/s in ft/min?",
    dec("1.75") * 60 / FT,
)
unit_r(LIFT, "hydraulic ram pressure reads 850 psi. in bar please", 850 * PSI / BAR)
unit_r(
    SHANTY,
    "the harbour stage is 24 ft by 16 ft. what's the area in square metres",
    24 * 16 * SQFT,
)
unit_r(FREESOLO, "the sea cliff is 85 m top to bottom. how high in feet", 85 / FT)
unit_r(FREESOLO, "chalk bag weighs 7 oz full, what's that in grams", 7 * OZ * 1000)
unit(DAYTRADER, "new monitor is 34 inches on the diagonal. in cm?", 34 * IN * 100, EXACT)
unit_r(
    POOHSTICKS,
    "the bridge deck sits 3.2 metres above the river. what's that in feet for the poster",
    dec("3.2") / FT,
)
unit_r(
    FIREWATCH,
    "the extinguisher gauge shows 15 bar and the permit form asks for psi. what's 15 bar in psi",
    15 * BAR / PSI,
)
unit_r(STOMA, "patient has lost 13 lb since the op. what's that in kg", 13 * LB)
unit(
    OBITUARY,
    "He was six foot four - what's that in centimetres for the piece?",
    76 * IN * 100,
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


# plain one-liners
date_item(P, "what day of the week was 23 October 1987", weekday(D(1987, 10, 23)))
date_item(
    P,
    "how many days are there between 3 March 2031 and 19 November 2031",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "what date is 90 days after 17 December 2029", D(2029, 12, 17) + TD(days=90))
date_item(P, "which day of the week does 25 december 2034 fall on", weekday(D(2034, 12, 25)))
date_item(
    P,
    "someone born on 29 February 1996 - how old are they on 1 March 2033",
    age(D(1996, 2, 29), D(2033, 3, 1)),
)
date_item(P, "minutes from 21:35 to 06:10 the next morning", clock_span("21:35", "06:10", 60))
date_item(
    P,
    "how many weeks from 6 January 2031 to 31 March 2031",
    weeks(D(2031, 1, 6), D(2031, 3, 31)),
)
date_item(P, "1000 days after 1 January 2030 is what date", D(2030, 1, 1) + TD(days=1000))
date_item(P, "date of the last Friday in August 2032", nth_weekday(2032, 8, FRI, -1))
date_item(P, "number of days in February of the year 2300", calendar.monthrange(2300, 2)[1])
date_item(P, "what weekday is July 4, 2036", weekday(D(2036, 7, 4)))
_start = D(2032, 5, 3)
date_item(
    P,
    f"10 working days after {sayw(_start)}, mon-fri only, no bank holidays - which date",
    working_day_after(_start, 10),
)
date_item(P, "how many seconds in 3 hours 25 minutes", 3 * 3600 + 25 * 60)
date_item(
    P,
    "what day number of the year is 1 October 2030",
    D(2030, 10, 1).timetuple().tm_yday,
)

# registers
_trial = D(2026, 11, 9)
assert _trial.weekday() < SAT
date_item(
    COURT,
    f"The fraud trial opened on {sayw(_trial)} and the judge expects 31 sitting days before "
    "the jury goes out. Sitting days are Monday to Friday and I'm ignoring holidays. Counting "
    "the opening day as day 1, what date is sitting day 31?",
    working_day_counting(_trial, 31),
)
date_item(
    RIGMED,
    "I fly out of Aberdeen at 07:40 on 3 March 2027 and land in Houston at 16:55 the same "
    "day, local time at each end. how long is the journey in minutes",
    utc_minutes("2027-03-03T07:40", "Europe/London", "2027-03-03T16:55", "America/Chicago"),
)
_sail, _arrive = D(2027, 10, 30), D(2027, 11, 1)
date_item(
    AUCTION,
    f"we sail from Piraeus at 17:00 on {sayw(_sail)} and tie up in Valletta at 13:00 on "
    f"{sayw(_arrive)}, both in local port time. how many hours is the passage",
    utc_minutes("2027-10-30T17:00", "Europe/Athens", "2027-11-01T13:00", "Europe/Malta") / 60,
)
date_item(
    STARPARTY,
    "we're observing from 22:10 until 03:40. how many hours is that",
    clock_span("22:10", "03:40", 3600),
)
date_item(
    STARPARTY,
    "the field is booked for the night of 12 August 2026 for the Perseids - what day of the "
    "week is that",
    weekday(D(2026, 8, 12)),
)
date_item(
    PELAGIC,
    "we run a trip every Saturday and every Sunday from 1 August 2026 to 27 September 2026, "
    "both dates included. how many trip days is that",
    sum(
        1
        for k in range(days(D(2026, 8, 1), D(2026, 9, 27)) + 1)
        if (D(2026, 8, 1) + TD(days=k)).weekday() in (SAT, SUN)
    ),
)
date_item(
    HULL,
    "I clean her hull every 6 weeks and the first clean was on 4 January 2027. what's the "
    "date of the fifth clean after that first one",
    D(2027, 1, 4) + TD(weeks=6 * 5),
)
date_item(
    ANIMATRONICS,
    "The servo warranty runs 730 days from the install on 18 March 2027. What date is 730 "
    "days after the install?",
    D(2027, 3, 18) + TD(days=730),
)
_missed = D(2027, 3, 1)
date_item(
    BOUNTY,
    f"he missed his court date on {sayus(_missed)} and the bond company gives me 90 days after "
    "that to bring him in. what's the date 90 days after the missed court date",
    _missed + TD(days=90),
)
date_item(
    JUGGLER,
    "the festival runs from 2 August 2027 to 26 August 2027 inclusive and I perform every day "
    "except Sundays. how many days am I performing",
    sum(
        1
        for k in range(days(D(2027, 8, 2), D(2027, 8, 26)) + 1)
        if (D(2027, 8, 2) + TD(days=k)).weekday() != SUN
    ),
)
_bait = D(2027, 10, 21)
date_item(
    RATCATCHER,
    f"bait goes down on {sayw(_bait)} and has to stay down 35 days. what date does it come up",
    _bait + TD(days=35),
)
date_item(
    UNDERSTUDY,
    "the lead is off for six weeks starting 6 January 2028. what date is exactly six weeks "
    "after 6 January 2028",
    D(2028, 1, 6) + TD(weeks=6),
)
_cover_a, _cover_b = D(2028, 2, 7), D(2028, 3, 25)
_shows = 0
for _k in range(days(_cover_a, _cover_b) + 1):
    _wd = (_cover_a + TD(days=_k)).weekday()
    _shows += {SUN: 0, WED: 2, SAT: 2}.get(_wd, 1)
date_item(
    UNDERSTUDY,
    f"I'm covering every show from {sayw(_cover_a)} to {sayw(_cover_b)} inclusive. We do 8 a "
    "week: one show Monday to Saturday plus matinees on Wednesday and Saturday, dark on "
    "Sunday. How many shows is that?",
    _shows,
)
date_item(
    DRAG,
    "one gig every 9 days and the first is on 3 March 2027. what date is the 6th gig",
    D(2027, 3, 3) + TD(days=9 * 5),
)
date_item(
    DRAG,
    "leaving Cardiff at 02:15 after the show and getting into Glasgow at 09:05. minutes on "
    "the road?",
    clock_span("02:15", "09:05", 60),
)
date_item(
    JELLYFISH,
    "I sample the strandline every third day, first sample on 1 June 2028. how many samples "
    "do I take up to and including 31 August 2028",
    days(D(2028, 6, 1), D(2028, 8, 31)) // 3 + 1,
)
date_item(
    SEALPUP,
    "Our pup was admitted on 11 December 2027 and released on 3 March 2028. How many days "
    "between admission and release?",
    days(D(2027, 12, 11), D(2028, 3, 3)),
)
date_item(
    UFO,
    "the sighting was logged at 23:47 on 31 December 2027. what was the date 100 hours later",
    (DT(2027, 12, 31, 23, 47) + TD(hours=100)).date(),
)
date_item(
    TOOTHFAIRY,
    "she was born on 21 April 2024 and lost her first tooth on 9 November 2030. how old was "
    "she, in whole years",
    age(D(2024, 4, 21), D(2030, 11, 9)),
)
date_item(
    TOOTHFAIRY,
    "the tooth went wobbly on 2 September 2031 and finally came out on 27 September 2031. how "
    "many days from wobbly to out",
    days(D(2031, 9, 2), D(2031, 9, 27)),
)
date_item(
    ACTUARY,
    "policy issued 1 July 1987 on a life born 23 September 1961. age last birthday at issue",
    age(D(1961, 9, 23), D(1987, 7, 1)),
)
date_item(
    LIFT,
    "thorough examination is due every 26 weeks and the previous one was on 14 January 2028. "
    "when is the next one due",
    D(2028, 1, 14) + TD(weeks=26),
)
date_item(
    SHANTY,
    "Rehearsals start on 14 February 2028 and the festival is on 10 June 2028. How many days "
    "is that, counting both the first rehearsal day and festival day?",
    days(D(2028, 2, 14), D(2028, 6, 10)) + 1,
)
_solo = D(2028, 1, 2)
date_item(
    FREESOLO,
    f"I'm climbing every fourth day starting {sayw(_solo)}. which day of the week is my 20th "
    "session",
    weekday(_solo + TD(days=4 * 19)),
)
_close, _alarm = D(2028, 3, 3), D(2028, 3, 4)
date_item(
    DAYTRADER,
    f"the market shuts at 16:00 New York time on {sayw(_close)} and my alarm in Sydney goes "
    f"off at 10:15 Sydney time on {sayw(_alarm)}. how many minutes after the close is that",
    utc_minutes("2028-03-03T16:00", "America/New_York", "2028-03-04T10:15", "Australia/Sydney"),
)
_pooh = nth_weekday(2029, 6, SUN, 2)
date_item(
    POOHSTICKS,
    "the championship is always on the second Sunday of June. what date is that in 2029",
    _pooh,
)
date_item(
    POOHSTICKS,
    "entries open on 14 February 2029. how many days from then until the race on the second "
    "Sunday of June 2029",
    days(D(2029, 2, 14), _pooh),
)
date_item(
    FIREWATCH,
    "hot works finished at 16:50 and I have to stay on watch until 00:20. how many minutes is "
    "my watch",
    clock_span("16:50", "00:20", 60),
)
date_item(
    STOMA,
    "the prescription covers 91 days counting 5 April 2028 as the first day. what's the last "
    "day it covers",
    D(2028, 4, 5) + TD(days=90),
)
date_item(
    OBITUARY,
    "born 11 March 1938, died 2 February 2027. what age was she",
    age(D(1938, 3, 11), D(2027, 2, 2)),
)
date_item(
    OBITUARY,
    "They married on 14 June 1958 and he died on 9 January 2027. How many complete years were "
    "they married?",
    age(D(1958, 6, 14), D(2027, 1, 9)),
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
            (
                U,
                (
                    "in the puzzle my niece set, a ★ b means add them, then times by "
                    "whichever is smaller"
                ),
            ),
            (A, "Got it: a ★ b = (a + b) × min(a, b), so 2 ★ 5 = 7 × 2 = 14."),
            (U, "right, so 11 ★ 6"),
        ],
        "★ is defined only in the chat; the answer (102) depends on that definition",
    ),
    (
        "conv-redefined-operator",
        [
            (
                U,
                (
                    "my son's puzzle book says a # b means multiply them and then reverse the "
                    "digits of the answer"
                ),
            ),
            (A, "Understood, so 4 # 8 would be 32 reversed, which is 23."),
            (U, "and 12 # 3?"),
        ],
        "operator invented in an earlier turn (36 reversed is 63)",
    ),
    (
        "conv-other-base",
        [
            (U, "we're doing everything in base 7 for this worksheet, answers in base 7 too"),
            (A, "Sure, I'll work in base 7 and give the answers in base 7."),
            (U, "what's 36 + 25"),
        ],
        "base 7 sum is 64, a decimal calculator would say 61",
    ),
    (
        "conv-other-base",
        [
            (S, "All numbers in this conversation are hexadecimal."),
            (U, "what is 19 + 28"),
        ],
        "hex addition gives 41, decimal gives 47",
    ),
    (
        "conv-other-base",
        [
            (
                U,
                "I'm teaching my class dozenal, base twelve, where X is ten and E is eleven",
            ),
            (A, "Lovely. So 10 in dozenal is twelve, and X + 1 = E."),
            (U, "what do they get for 9 + 5 written in dozenal"),
        ],
        "dozenal notation from the earlier turn; decimal 14 is 12 in base twelve",
    ),
    (
        "conv-modulus",
        [
            (U, "we're working mod 12, like a clock face"),
            (A, "Okay, all arithmetic modulo 12."),
            (U, "then 9 + 7 = ?"),
        ],
        "clock arithmetic: 4, not 16",
    ),
    (
        "conv-modulus",
        [
            (U, "our cipher wheel has 7 positions so every answer is taken mod 7"),
            (A, "Understood - I'll reduce every result modulo 7."),
            (U, "what's 5 times 6"),
        ],
        "30 mod 7 is 2; the modulus comes from the earlier turn",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my campaign world the year has 10 months of 36 days each, no weeks. The "
                    "months go Frostwind, Ashwind, Saltwind, Greenwind and so on."
                ),
            ),
            (A, "Noted: 10 months × 36 days = a 360-day year."),
            (U, "The party leaves on 30 Ashwind and travels 45 days. What date do they arrive?"),
        ],
        "invented calendar; real-calendar date arithmetic would be wrong",
    ),
    (
        "conv-fictional-calendar",
        [
            (U, "I'm writing fan fiction dated with the Shire Reckoning from Tolkien"),
            (A, "Nice - the Shire calendar has twelve 30-day months plus special days."),
            (U, "so what's the date 3 days after 1 Lithe"),
        ],
        "Shire calendar has Midyear's Day and Lithe days between months: model knowledge",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "for my novel I'm using the French Republican calendar, the one with "
                    "Vendémiaire and Thermidor"
                ),
            ),
            (A, "Great choice - twelve months of 30 days plus the complementary days."),
            (U, "what's 40 days after 1 Thermidor"),
        ],
        "republican calendar months and names; not a Gregorian calculation",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in our board game 1 league = 4 hexes and a hex is one day's walk for a dwarf"),
            (A, "Got it, so a league is four days of dwarf walking."),
            (U, "how many days' walk is 7 leagues then"),
        ],
        "game units defined in the chat",
    ),
    (
        "conv-fictional-unit",
        [
            (
                U,
                (
                    "Discworld money question: I want to use the old Ankh-Morpork coins in my "
                    "tabletop game"
                ),
            ),
            (A, "Sure - dollars, pence and farthings, as in the novels."),
            (U, "how many pence is 3 dollars 7 pence"),
        ],
        "fictional currency; the rates are fiction knowledge",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "I'm running D&D 5e and a player wants to pay in copper"),
            (A, "Fair enough - they'll need a lot of copper!"),
            (U, "how many copper is 3 platinum and 7 silver"),
        ],
        "needs the game's coin exchange rates (3,070 cp)",
    ),
    (
        "conv-fictional-time",
        [
            (
                U,
                (
                    "on the space station in my story the day is 20 hours long and each hour "
                    "has 100 minutes"
                ),
            ),
            (A, "Okay, station time: 20 hours of 100 minutes each."),
            (U, "what's 3 hours 40 plus 2 hours 90"),
        ],
        "non-standard clock from the earlier turn (6 hours 30)",
    ),
    (
        "conv-programming",
        [
            (U, "quick javascript question, I'm in the browser console"),
            (A, "Sure, what do you want to check?"),
            (U, "'5' + 3"),
        ],
        "JavaScript concatenates to the string '53'",
    ),
    (
        "conv-programming",
        [
            (U, "python 3, using the built-in round function"),
            (A, "OK, what value?"),
            (U, "round(2.5)"),
        ],
        "Python rounds half to even: 2",
    ),
    (
        "conv-programming",
        [
            (U, "I'm in C and both of these are ints"),
            (A, "Then / is integer division - go ahead."),
            (U, "7 / 2 * 2 = ?"),
        ],
        "integer division in C gives 6, not 7",
    ),
    (
        "conv-programming",
        [
            (U, "I typed a formula into an Excel cell"),
            (A, "Which formula?"),
            (U, "=2^3^2 - what does it show"),
        ],
        "Excel evaluates ^ left to right (64), not as 2^9",
    ),
    (
        "conv-programming",
        [
            (U, "in Excel's default 1900 date system"),
            (A, "Yes, serial numbers count days from 1 January 1900."),
            (U, "what serial number is 1 March 1900"),
        ],
        "Excel's fake 29 Feb 1900 makes it 61; model knowledge of the bug",
    ),
    (
        "conv-split",
        [
            (
                U,
                (
                    "five of us at dinner. Priya didn't drink so she only pays for her food, £22, "
                    "and the other four split the rest evenly"
                ),
            ),
            (A, "Got it - Priya pays £22 and the remainder is split four ways."),
            (U, "bill came to £190, what does each of the four pay"),
        ],
        "split rule told earlier in the chat",
    ),
    (
        "conv-split",
        [
            (
                U,
                (
                    "rent split by room: I have the big room so I pay 40%, the other two share "
                    "the rest equally"
                ),
            ),
            (A, "So 40% for you and 30% each for the other two."),
            (U, "rent went up to £2,150, what's Jamie's bit"),
        ],
        "who Jamie is and the shares come from earlier turns",
    ),
    (
        "conv-model-facts",
        [
            (U, "my daughter was born on the day the first iPhone went on sale in the US"),
            (A, "That would make her birthday the iPhone's launch day in June 2007."),
            (U, "what day of the week was she born"),
        ],
        "needs the launch date from the model's knowledge",
    ),
    (
        "conv-model-facts",
        [
            (U, "we've been talking about the Burj Khalifa for my son's project"),
            (A, "Yes, it's the tallest building in the world."),
            (U, "how many of them stacked up would reach where a jumbo jet cruises"),
        ],
        "heights are facts the model supplies, and it's an estimate",
    ),
    (
        "conv-cricket",
        [
            (U, "doing the scorebook: he bowled 4.5 overs in his first spell"),
            (A, "So 4 overs and 5 balls."),
            (U, "and 3.4 in the second, total?"),
        ],
        "overs are six-ball units: 8.3 overs, not 8.9",
    ),
    (
        "conv-translation",
        [
            (U, "translate the maths questions I send into French for my class"),
            (A, "Sure, send them over."),
            (U, "what is 15 plus 27"),
        ],
        "a translation request, not a sum",
    ),
    (
        "conv-translation",
        [
            (U, "write each number I give you out in German words"),
            (A, "Okay!"),
            (U, "4,583"),
        ],
        "spelling out in German",
    ),
    (
        "conv-riddle",
        [
            (U, "riddle: if 1 = 5, 2 = 25, 3 = 125 and 4 = 625"),
            (A, "Interesting, it looks like powers of five... go on."),
            (U, "then 5 = ?"),
        ],
        "trick riddle whose answer is 1 (since 1 = 5)",
    ),
    (
        "conv-quiz-check",
        [
            (
                U,
                (
                    "I'm testing my son on times tables. just say right or wrong and give a "
                    "hint, never the answer"
                ),
            ),
            (A, "Will do - I'll only mark them and hint."),
            (U, "he says 8 x 7 = 54"),
        ],
        "user wants a verdict and a hint, not the product",
    ),
    (
        "conv-creative",
        [
            (U, "write me a silly limerick about a maths problem"),
            (A, "A student who hated to add / found carrying the ones drove him mad..."),
            (U, "now one about 9 times 7"),
        ],
        "creative writing request",
    ),
    (
        "conv-creative",
        [
            (
                U,
                (
                    "I teach year 4. turn each sum I send into a word problem about pirates, "
                    "don't solve it"
                ),
            ),
            (A, "Aye aye! Send the first sum."),
            (U, "23 + 48"),
        ],
        "asked to write a word problem, explicitly not to solve it",
    ),
    (
        "conv-music",
        [
            (U, "the piece is in 6/8 and the conductor beats dotted crotchets"),
            (A, "So two beats in each bar."),
            (U, "how many beats in 12 bars then"),
        ],
        "compound time: 24 beats; a calculator would read 6/8 × 12",
    ),
    (
        "conv-golf",
        [
            (
                U,
                (
                    "we're playing stableford with full handicap, I get a shot on "
                    "stroke index 1 to 14"
                ),
            ),
            (A, "Okay, one extra stroke on those holes."),
            (U, "par 4, stroke index 9, I took 6. points?"),
        ],
        "needs stableford rules: net 5 on a par 4 scores 1 point",
    ),
    (
        "conv-fiscal",
        [
            (U, "our company's financial year starts on 1 April and quarters count from there"),
            (A, "So Q1 is April to June, Q2 July to September, and so on."),
            (U, "which quarter is 3 May 2028 in"),
        ],
        "fiscal quarter defined by the company (Q1), not the calendar quarter",
    ),
    (
        "conv-week-redefined",
        [
            (U, "at our place a 'week' is four days, we work Monday to Thursday"),
            (A, "Got it, a four-day working week."),
            (U, "how many weeks is 30 working days"),
        ],
        "week redefined as 4 days: 7.5 weeks",
    ),
    (
        "conv-oven",
        [
            (U, "my oven only has gas marks on the dial"),
            (A, "No problem, I can translate temperatures to gas marks."),
            (U, "recipe says 180"),
        ],
        "gas mark equivalents are a cooking convention, approximate",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0800 328 7654 free to call from a mobile", "phone number, needs facts"),
    (
        "near-phone",
        "I keep getting calls from +44 161 496 0732, is it a scam",
        "phone number; advice",
    ),
    ("near-isbn", "which book has ISBN 978-0-14-303943-3", "identifier lookup"),
    (
        "near-isbn",
        "is 9780262033848 the hardback or the paperback edition",
        "ISBN lookup needing knowledge",
    ),
    (
        "near-version",
        "is Django happy on Python 3.13 or should I stay on 3.12",
        "versions and compatibility knowledge",
    ),
    (
        "near-version",
        "should I upgrade from node 18.19 to 20.11 before my deadline",
        "versions; advice",
    ),
    ("near-version", "what changed between iOS 17.4 and 17.4.1", "release notes knowledge"),
    ("near-score", "Liverpool 4-0 Barcelona in 2019, who scored", "football score, facts"),
    (
        "near-score",
        "what does 6-4 3-6 7-6(5) mean in a tennis result",
        "scoreline explanation",
    ),
    ("near-score", "how many 147s has Ronnie O'Sullivan made", "sport rules knowledge"),
    ("near-range", "rate my cover letter out of 10 if I paste it", "opinion on a scale"),
    ("near-range", "is 120/80 a healthy blood pressure", "a reading, not a fraction"),
    ("near-part-number", "what size is a 6203-2RS bearing", "part number lookup"),
    ("near-part-number", "is an LR44 battery the same as an SR44", "part numbers, knowledge"),
    (
        "near-part-number",
        "what's the difference between M8x1.25 and M8x1.0 bolts",
        "thread designations",
    ),
    ("near-postcode", "what area of London is SW1A 1AA", "postcode lookup"),
    ("near-flight", "what time does BA286 usually land", "flight number, schedule data"),
    (
        "near-verse",
        "what does Psalm 23:4 say in the King James",
        "bible reference that looks like a time",
    ),
    (
        "near-ratio",
        "what resolution should a 16:9 YouTube thumbnail be",
        "aspect ratio convention",
    ),
    ("near-ratio", "is 4:3 or 3:2 better for printing holiday photos", "opinion"),
    ("near-time-signature", "how do you count 7/8 time", "music explanation"),
    ("near-idiom", "what does 24/7 actually stand for", "idiom explanation"),
    ("near-history", "what happened in England in 1381", "history knowledge"),
    ("near-history", "why is 1 September 1939 remembered", "history knowledge"),
    ("near-opinion", "is 40 too old to start learning piano", "opinion about a number"),
    ("near-opinion", "is £35k a decent salary in Manchester", "opinion needing context"),
    (
        "near-opinion",
        "is 6 hours of sleep a night enough for a teenager",
        "health opinion",
    ),
    (
        "near-explain",
        "why is 0.1 + 0.2 not equal to 0.3 in JavaScript",
        "floating point explanation",
    ),
    (
        "near-explain",
        "my daughter insists 0.999 recurring is less than 1, how do I convince her",
        "mathematical explanation",
    ),
    ("near-explain", "why can't you divide by zero", "explanation"),
    (
        "near-explain",
        "how do I work out 15% tips in my head quickly",
        "asks for a method, not a number",
    ),
    (
        "near-explain",
        "why does 2 + 2 x 2 give 6 and not 8",
        "asks for the reason (order of operations)",
    ),
    (
        "near-facts",
        "how long does the train from Lisbon to Porto take",
        "timetable facts",
    ),
    ("near-facts", "how many bones are in the human hand", "anatomy fact"),
    (
        "near-facts",
        "why does pasta take longer to cook up in La Paz",
        "physics facts",
    ),
    ("near-facts", "what's the yen to euro rate", "live exchange rate"),
    (
        "near-facts",
        "what does it cost to post a large letter second class in the UK",
        "current price fact",
    ),
    (
        "near-facts",
        "how much taller is the Shard than the Eiffel Tower",
        "needs the height from knowledge",
    ),
    ("near-facts", "how fast is the speed of sound in mph", "physical fact, depends on air"),
    ("near-facts", "how many days were the Apollo 13 crew in space", "history facts"),
    ("near-date-fact", "what day of the week was Shakespeare born", "birth date unknown"),
    (
        "near-date-fact",
        "how old was Einstein when he published special relativity",
        "needs the dates from knowledge",
    ),
    (
        "near-stats",
        "is a p-value of 0.049 really different from 0.051",
        "statistics interpretation",
    ),
    (
        "near-stats",
        "my CI for the mean is 12.1 to 14.7 - can I say there's a 95% chance the mean is in it",
        "interpretation of a confidence interval",
    ),
    (
        "near-probability",
        "in the monty hall problem why is switching 2/3",
        "explanation of a result",
    ),
    (
        "near-probability",
        "are 1 2 3 4 5 6 less likely to win the lottery than random numbers",
        "misconception explanation",
    ),
    ("near-sizing", "what's a UK size 10 dress in US sizes", "sizing varies by brand"),
    (
        "near-sizing",
        "I'm 5'7 and 68 kg, what frame size road bike should I get",
        "fit advice",
    ),
    ("near-health", "is a resting heart rate of 48 normal for a runner", "medical advice"),
    (
        "near-health",
        "how many hours apart should I take 400mg ibuprofen",
        "dosing advice",
    ),
    (
        "near-finance",
        "should I overpay my mortgage or put £200 a month in an ISA",
        "financial advice",
    ),
    ("near-finance", "what's the Bank of England base rate", "current fact"),
    (
        "near-tax",
        "how much income tax on £48,000 in Scotland",
        "needs current tax bands",
    ),
    (
        "near-coding",
        "chmod 750 or 755 for a shared web folder, which is safer",
        "unix permissions advice",
    ),
    (
        "near-coding",
        "should my API return 409 or 422 when a username is taken",
        "status code design choice",
    ),
    (
        "near-coding",
        "why doesn't my regex \\d{3}-\\d{4} match 555-12345",
        "regex debugging",
    ),
    ("near-grades", "what is a 2:1 degree", "degree classification, not a ratio"),
    ("near-grades", "is a 7 in GCSE maths a good grade", "opinion about a grade"),
    ("near-sport", "why do so few Premier League sides play 4-4-2 any more", "football tactics"),
    ("near-sport", "how do you check out on 170 in darts", "darts knowledge"),
    ("near-cooking", "how long to boil a 60g egg for a runny yolk", "cooking advice"),
    ("near-music", "what key has 3 sharps", "music theory"),
    ("near-sequence", "next in the series 1, 2, 6, 42, 1806", "sequence puzzle needing reasoning"),
    ("near-numerology", "what does seeing 444 everywhere mean", "cultural belief"),
    ("near-address", "was 221B Baker Street ever a real address", "address, history knowledge"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "can you tighten this opening line: 'It was a cold night and the wind blew coldly'",
        "write a two-line thank you note to my neighbour who fed my cat",
        "how do I start a eulogy for my grandad who loved fishing",
        "give me a punchier title for a blog post about composting in flats",
        "rewrite this email so it sounds less passive aggressive: 'as per my last email'",
        "what's the difference between a memoir and an autobiography",
        "help me write a resignation letter that keeps the door open",
        "suggest five names for a cafe that also sells bicycles",
        "is it 'fewer' or 'less' with money",
        "make this LinkedIn summary sound less like a robot wrote it",
    ],
    "cooking": [
        "what can I cook with leftover risotto",
        "my bread keeps coming out dense, what am I doing wrong",
        "I thawed cooked prawns in the fridge overnight, can they go back in the freezer",
        "how do you stop aubergine soaking up all the oil",
        "vegan substitute for egg in a lemon drizzle cake",
        "why did my custard go lumpy",
        "which red would stand up to a smoky mushroom and chestnut stroganoff",
        "ideas for a packed lunch that doesn't need a fridge",
        "how do I get crispy skin on salmon",
        "out of baking powder - can I use bicarb and lemon juice in cheese scones instead",
    ],
    "coding": [
        "in rust, how do I reverse a singly linked list without cloning the nodes",
        "when should my team rebase instead of merge for feature branches that live a fortnight",
        "my postgres docker container exits with code 1 right after start, where do I look first",
        "explain python decorators like I'm five",
        "bash one-liner listing the 20 largest files under my home directory with human sizes",
        "why does my useEffect fire twice in React dev mode but only once in production",
        "how do I centre a div vertically",
        "how should I lay out a small Flask app with blueprints, a models file and pytest tests",
        "SQL: how do I find duplicate emails in a users table",
        "what does 'segmentation fault' mean",
    ],
    "travel": [
        "is it worth getting the rail pass for a week in Switzerland",
        "what should I pack for a walking holiday in the Lake District",
        "cheapest way from Naples airport to Positano in May without hiring a car",
        "do I need an e-visa for Vietnam on an Irish passport if I'm staying 40 days",
        "tips for sleeping on an overnight ferry",
        "what's there to do in Ghent on a rainy day",
        "is Marrakech ok for a solo female traveller",
        "how early should I get to Heathrow terminal 5",
        "which side of the plane for views flying into Innsbruck",
        "quiet beaches in Crete away from the resorts",
    ],
    "health": [
        "how do I stop waking up at 4am",
        "what stretches help with a stiff neck from desk work",
        "felt faint two hours after giving plasma, is that worth ringing someone about",
        "how can I tell if a mole needs checking",
        "tips for running in hot weather",
        "what's the difference between a cold and hay fever",
        "how do I get back into exercise after a knee injury",
        "can stress cause mouth ulcers",
        "what should I eat before a morning swim",
        "how do I help a friend who's having panic attacks",
    ],
    "relationships": [
        "how do I tell my flatmate they're too loud without a row",
        "my best mate of twenty years forgot my 40th, do I mention it or let it go",
        "ideas for a low-key first date in winter",
        "how do I say no to being a bridesmaid politely",
        "my teenage son won't talk to me, any advice",
        "how do you make friends after moving to a new city",
        "what do I write in a card for a colleague who lost her dad",
        "how do I handle a boss who takes credit for my work",
        "is it weird to invite my ex to my wedding",
        "how do we split chores fairly when we both work different shifts",
    ],
    "knowledge": [
        "why did Diocletian divide the running of the Roman empire between several emperors",
        "how do bees turn nectar into honey and why does it never go off",
        "why are the northern lights mostly green but sometimes deep red",
        "why do people still argue over whether Bell or Meucci invented the telephone",
        "why is the sea salty but rivers aren't",
        "how does a vaccine train the immune system",
        "what was the Dreyfus affair",
        "can lions purr the way house cats do",
        "why are there two high tides a day when the moon only passes over once",
        "why won't my GP give me antibiotics for a chesty cold",
    ],
    "language": [
        "how do you say 'I'm allergic to nuts' in Japanese",
        "what's the difference between por and para in Spanish",
        "is 'could of' ever correct",
        "translate 'see you at the station' into Italian",
        "what does 'schadenfreude' mean exactly",
        "how do I pronounce Llanelli",
        "when do you use the subjunctive in French",
        "what's a polite way to end an email in German",
        "why is 'colonel' pronounced like 'kernel'",
        "give me some Welsh phrases for a wedding toast",
    ],
    "tech-help": [
        "my laptop fan is really loud all of a sudden",
        "how do I move WhatsApp from an old Android to a new iPhone without losing voice notes",
        "printer says offline but it's on the wifi",
        "how do I stop Outlook opening links in Edge",
        "best way to back up family photos",
        "why does my phone battery drain overnight",
        "how do I set up parental controls on a Nintendo Switch",
        "my wifi keeps dropping in one room, what can I do",
        "how do I get rid of a pop-up that says my iPhone is hacked",
        "which is better for a student, a Chromebook or a cheap Windows laptop",
    ],
    "creative": [
        "write a haiku about a lighthouse in fog",
        "give me a plot twist for a murder mystery set on a canal boat",
        "describe a dragon that's afraid of heights",
        "write a bedtime story about a hedgehog who wants to fly",
        "invent a cocktail named after a thunderstorm",
        "write a short rap about recycling for a school assembly",
        "come up with a villain for a cosy fantasy novel",
        "write the opening line of a noir story set in Aberdeen",
        "give me three ideas for a children's picture book about sharing",
        "write a toast for my parents' ruby wedding",
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
    # no register (family name) of this set is a family name of sets 19 to 173
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 173: {reused}"
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
