"""Generate heldout-2027-05-31.jsonl: a hundred-and-seventy-ninth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_179.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-178, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (percentages with pct, whole items rounded up
with whole_up, a rounded-down share with math.floor), all terminating with at most 3 decimals;
units from the exact definitions above (inch, pound, acre, psi, knot, kgf, ...), unit(...,
EXACT) for terminating answers and unit_r for rounded ones; dates with datetime (days, weeks,
ages, n-th weekdays, Monday-to-Friday working days forwards and backwards, weekday counts),
clock spans across midnight with clock_span, and flights or messages between zones through
zoneinfo with utc_minutes (one crosses the US clock change). Weekdays written into the text
come from sayw/sayus, so they are right by construction and checked again.

Provenance
----------
Read: this file (its set-up, helpers, checks and output code), grading.py and
earlier_registers.txt, with cat/head; I grepped earlier_registers.txt for candidate words to
pick register names that are new and far from the old ones. Nothing else: no router or tool
code, docs, tests, other generators or earlier .jsonl files.
Wrote: the four sections by hand (25 register constants, then calc/unit/unit_r/date_item
calls whose values are expressions, then CONVS, NEAR and ORDINARY with their loops), drafted
in scratch files in this directory and spliced in with the venv python. When the duplicate
check listed my own ids, I reworded those items without looking at any earlier text.
Checked: ran the generator until every check passed, printed my own positives with their
expected values to review them, ran ruff check and ruff format with --config
/work/main/pyproject.toml, wrapped lines to at most 99 columns, and ran the generator again
(same sha256 before and after formatting).
Slips: once I started the system python3 by mistake (a shell line "python3 - <<EOF || venv
python" where python3 ran an empty script and did nothing; I redid the edit with the venv
python). Nothing outside the allowed files was read or printed.
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
OUT = HERE / "heldout-2027-05-31.jsonl"
PREFIX = "ho179-"
# earlier generators: sets 1-178 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 179))
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


SPONGE = "sponge_diver_off_kalymnos"
BIGFOOT = "bigfoot_hunter_camping_in_the_cascades"
CARTOON = "newspaper_cartoonist_on_deadline"
GENEVA = "marathon_swimmer_crossing_lake_geneva"
MONORAIL = "monorail_maintenance_fitter_on_nights"
GOALIE = "goalkeeper_coach_at_a_womens_football_club"
BALLBOY = "ball_boy_at_a_grass_court_tournament"
KIRIBATI = "kiribati_atoll_nurse_ordering_supplies"
POMEGRANATE = "pomegranate_orchard_owner_in_the_anatolian_hills"
KLEZMER = "clarinettist_in_a_klezmer_wedding_band"
STHELENA = "st_helena_coffee_grower_shipping_a_harvest"
HAIL = "hailstorm_roofer_chasing_insurance_jobs"
PENNY = "retired_metallurgist_restoring_a_penny_farthing"
TAXI = "night_taxi_driver_in_dublin"
BINGO = "bingo_caller_at_a_seaside_pier_hall"
AIRGUITAR = "air_guitar_championship_entrant"
KINSHASA = "foreign_correspondent_filing_from_kinshasa"
SHARK = "marine_biologist_tagging_reef_sharks"
CATS = "family_moving_house_with_three_cats"
FLEA = "flea_market_trader_at_saint_ouen"
COUPON = "coupon_clipper_stacking_supermarket_deals"
EXTRA = "film_extra_on_a_period_drama_shoot"
HEDGEFUND = "hedge_fund_analyst_checking_a_trade"
SERMON = "vicar_writing_a_sermon_on_a_saturday_night"
KNOTS = "retired_sailor_teaching_knots_to_scouts"

calc(P, "what's 17.5 per cent of 2,340", pct("17.5") * 2340)
calc(P, "1,284 × 37", 1284 * 37)
calc(P, "(3/8 + 5/16) * 48 = ?", (F(3, 8) + F(5, 16)) * 48)
calc(P, "9.75 divided by 0.125", dec("9.75") / dec("0.125"))
assert math.isqrt(1764) ** 2 == 1764
calc(P, "square root of 1,764?", math.isqrt(1764))
calc(P, "2 to the 13th minus 3 to the 7th", 2**13 - 3**7)
calc(P, "£48.60 split four ways, how much is that each", dec("48.60") / 4)
calc(P, "mean of 84, 91, 77, 68 and 95", F(84 + 91 + 77 + 68 + 95, 5))
calc(
    P,
    "put 1,250 up by 8% and then knock 8% off the result, what do you end up with",
    1250 * (1 + pct(8)) * (1 - pct(8)),
)
calc(P, "812 is 35% of what number?", 812 / pct(35))
calc(P, "-14 + 6 × (-3)² ÷ 2", -14 + F(6 * (-3) ** 2, 2))
calc(P, "how many ways can you choose 3 things out of 7", math.comb(7, 3))
calc(P, "it went from 64 down to 52, what's that as a percentage drop", F(64 - 52, 64) * 100)
calc(P, "0.0375 times sixteen thousand", dec("0.0375") * 16000)

# registers (HAIL, COUPON, HEDGEFUND, POMEGRANATE, BINGO and KIRIBATI get two each)
calc(
    HAIL,
    "hail job in Amarillo: the roof is 32 squares, tear-off and reshingle quoted at $415 a "
    "square, plus $1,150 for rotten decking. the insurer pays everything except the owner's "
    "$2,500 deductible. how much does the insurer pay",
    32 * 415 + 1150 - 2500,
)
calc(
    HAIL,
    "after the storm we've got 156 roofs booked. crew A averages 2.5 roofs a day, crew B 1.75 "
    "and crew C 2. if all three crews work every day, how many whole days until the backlog "
    "is cleared? round up",
    whole_up(F(156) / (dec("2.5") + dec("1.75") + 2)),
)
calc(
    COUPON,
    "at the till: coffee £6.40, nappies £11.99 and 3 bags of pasta at £1.15. my voucher takes "
    "25% off the coffee only, then there's £2 off the whole bill because it's over £15. what "
    "do I actually pay",
    dec("6.40") * (1 - pct(25)) + dec("11.99") + 3 * dec("1.15") - 2,
)
calc(
    COUPON,
    "shampoo is buy one get one half price at $7.80 a bottle. I'm getting 6 bottles and I "
    "have a $1.50 manufacturer coupon for every pair I buy. total at the register?",
    3 * (dec("7.80") + dec("7.80") / 2 - dec("1.50")),
)
_buy = 12500 * dec("43.18")
_sell = 4000 * dec("47.02") + (12500 - 4000) * dec("41.90")
calc(
    HEDGEFUND,
    "Trade check: bought 12,500 shares at 43.18, later sold 4,000 of them at 47.02 and the "
    "remaining shares at 41.90. Commission is 0.05% of the value of every trade, buys and "
    "sells alike. What's the net profit after commission, in dollars?",
    _sell - _buy - pct("0.05") * (_buy + _sell),
)
calc(
    HEDGEFUND,
    "pair trade: long 3,000 shares of one name at $102.40, short 1,800 shares of another at "
    "$98.75. the long goes up 2.5% and the short goes up 4%. combined p&l in dollars?",
    3000 * dec("102.40") * pct("2.5") - 1800 * dec("98.75") * pct(4),
)
_split_kg = 2860 * pct(12)
calc(
    POMEGRANATE,
    "We picked 2,860 kg of pomegranates this season. 12% were split and go for juice at 4.5 "
    "lira a kilo, the rest go to the market at 11.25 lira a kilo. The picking crew cost "
    "9,400 lira. What's left after paying them?",
    _split_kg * dec("4.5") + (2860 - _split_kg) * dec("11.25") - 9400,
)
calc(
    POMEGRANATE,
    "crates take 18 kg each and I've got 2,517 kg of good fruit for the market. how many "
    "crates do I need, rounding up",
    whole_up(F(2517, 18)),
)
calc(
    BINGO,
    "Saturday matinee at the pier: 86 players bought books at £12 and 41 of them also bought "
    "an extra strip for £3.50. 60% of the takings is the prize fund and the rest goes to the "
    "pier trust. how much goes to the trust",
    (86 * 12 + 41 * dec("3.50")) * (1 - pct(60)),
)
calc(
    BINGO,
    "full house pays £250 and three people shouted at once. split it equally, rounded down "
    "to the penny - how much does each winner get",
    F(math.floor(F(250 * 100, 3)), 100),
)
calc(
    KIRIBATI,
    "each patient on the outer island gets 2 tablets twice a day for 10 days. I have 37 "
    "patients and the tablets come in boxes of 28. how many boxes do I order (whole boxes)",
    whole_up(F(37 * 2 * 2 * 10, 28)),
)
calc(
    KIRIBATI,
    "freight on the supply boat is A$3.20 per kg plus a flat A$45 per consignment. I'm "
    "sending four consignments weighing 62.5, 118, 40.25 and 9.75 kg. total freight?",
    (dec("62.5") + 118 + dec("40.25") + dec("9.75")) * dec("3.20") + 4 * 45,
)
calc(
    SPONGE,
    "after a week diving off the caique we brought up 46 large sponges and 83 small ones. "
    "large sell at €14, small at €6.50. the captain takes a third of the takings and the "
    "rest is split evenly between the 4 divers. what does each diver get",
    (46 * 14 + 83 * dec("6.50")) * F(2, 3) / 4,
)
calc(
    BIGFOOT,
    "9 trail cameras, each one gets through 4 AA batteries every 6 days on average. we're out "
    "there 27 days. AAs come in packs of 8 - how many packs should I bring, rounding up?",
    whole_up(F(9 * 4 * 27, 6) / 8),
)
calc(
    CARTOON,
    "I get $185 per daily cartoon and drew 22 of them, plus $420 for each of the 4 Sunday "
    "strips. my agent takes 15% of the lot. what do I take home",
    (22 * 185 + 4 * 420) * (1 - pct(15)),
)
calc(
    GENEVA,
    "the crossing is 69.5 km. I hold 64 strokes a minute and each stroke carries me 1.25 m. "
    "at that steady pace how many minutes will it take",
    F(69500) / (64 * dec("1.25")),
)
calc(
    MONORAIL,
    "the fleet is 14 trains, 4 bogies per train, 6 guide tyres per bogie. tyres are SGD 385 "
    "each and the overnight programme replaces a quarter of them. cost of the programme?",
    14 * 4 * 6 * F(1, 4) * 385,
)
calc(
    BALLBOY,
    "we get £9.20 an hour. I did 6.5 hours on day one, 8.25 on day two and 4 on finals day, "
    "plus a £25 bonus for working finals day. how much altogether",
    dec("9.20") * (dec("6.5") + dec("8.25") + 4) + 25,
)
calc(
    KLEZMER,
    "the wedding paid the band $3,540. take $240 off for the van, then the bandleader gets a "
    "share and a half and the other four of us get one share each. what's one ordinary share",
    F(3540 - 240) / (dec("1.5") + 4),
)
calc(
    STHELENA,
    "We're shipping 1,150 kg of green coffee. 5% gets rejected at grading and isn't sold; the "
    "rest sells at £38 a kilo. Shipping is £2.80/kg on the full 1,150 kg plus £640 in "
    "paperwork. Sales minus shipping costs comes to?",
    1150 * (1 - pct(5)) * 38 - (1150 * dec("2.80") + 640),
)
calc(
    PENNY,
    "parts for the front wheel: solid rubber tyre $148, 60 spokes at $2.35 and 60 nipples at "
    "40 cents. 8% sales tax on the parts, then $165 for the wheelbuilder's labour (no tax). "
    "total bill",
    (148 + 60 * dec("2.35") + 60 * dec("0.40")) * (1 + pct(8)) + 165,
)
calc(
    TAXI,
    "fare was €4.45 flag fall, €1.32 a km for 9.5 km, and a €2 booking fee. she handed me a "
    "fifty, how much change",
    50 - (dec("4.45") + dec("1.32") * dec("9.5") + 2),
)
calc(
    AIRGUITAR,
    "technical marks from the five judges were 5.8, 5.6, 6.0, 5.4 and 5.7. drop the highest "
    "and lowest and average the other three, then add the average of my two charisma marks "
    "(5.7 and 5.5). what's my total",
    F(dec("5.6") + dec("5.8") + dec("5.7"), 3) + (dec("5.7") + dec("5.5")) / 2,
)
calc(
    KINSHASA,
    "invoice for the piece: 1,450 words at $0.42 a word, a fixer at $80 a day for 3 days and "
    "a driver at $65 a day for 2 days. what's the total",
    1450 * dec("0.42") + 3 * 80 + 2 * 65,
)
calc(
    SHARK,
    "first trip we tagged 48 grey reef sharks. second trip we caught 60, and 18 of those "
    "already had tags. what's the Lincoln-Petersen population estimate",
    F(48 * 60, 18),
)
calc(
    CATS,
    "removals quote is £1,380 plus 20% VAT. cattery for 3 cats is £14.50 per cat per night "
    "for 4 nights. we've already paid a £60 deposit towards the removals. what's left to pay "
    "in total",
    1380 * (1 + pct(20)) + 3 * dec("14.50") * 4 - 60,
)
calc(
    FLEA,
    "bought a job lot of 40 enamel signs for €1,150. sold 28 at €65 and 9 at €48, the last 3 "
    "were too rusty and got binned. pitch fee is €85 a day and I stood 6 days. profit?",
    28 * 65 + 9 * 48 - 1150 - 6 * 85,
)
calc(
    EXTRA,
    "day rate is £112 for a 10-hour day, overtime after that at time and a half of the hourly "
    "rate. I did 13.5 hours, plus an £18 costume fitting fee. what am I owed",
    112 + (dec("13.5") - 10) * F(112, 10) * dec("1.5") + 18,
)
calc(
    GOALIE,
    "my keeper faced 80 shots on target over the season and let in 14. what's her save percentage",
    F(80 - 14, 80) * 100,
)
calc(
    SERMON,
    "the collection: 23 envelopes averaging £12.40, £86.35 loose on the plate, and gift aid "
    "adds 25% to the envelope money only. what's the total",
    23 * dec("12.40") * (1 + pct(25)) + dec("86.35"),
)
calc(
    KNOTS,
    "46 scouts each need 2.4 m of cord for practice plus 0.35 m spare. the cord comes on 50 m "
    "reels. how many reels do I buy? round up to whole reels",
    whole_up(46 * (dec("2.4") + dec("0.35")) / 50),
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

unit_r(P, "marathon's 26.2 miles, so how many km is that exactly", dec("26.2") * MI / 1000)
unit_r(P, "thermostat in the airbnb says 72°F, what's that in celsius", f_to_c(72))
unit(P, "my height for the form is 5 ft 11 in, what's that in cm", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "what's 180 lbs in kilos", 180 * LB)
unit_r(P, "35 m² in square feet", 35 / SQFT)
unit_r(P, "bike pump reads bar, I need 30 psi in the tyres. how many bar is that", 30 * PSI / BAR)
unit(P, "1.5 GiB is how many MiB", dec("1.5") * GIB / MIB, EXACT)
unit_r(P, "speed limit sign says 100 km/h, what's that in mph for my US car", 100 * KMH / MPH)
unit_r(P, "12 stone 4 pounds in kg please", 12 * STONE + 4 * LB)
unit_r(P, "three acres in square metres", 3 * ACRE)
unit_r(P, "one lap of the track is 400 metres - how many yards", 400 / YD)
unit(P, "20 knots = ? km/h", 20 * KNOT / KMH, EXACT)
unit_r(
    P, "recipe wants 250 grams of butter, my scale only does ounces - how many", F(250, 1000) / OZ
)
unit(P, "minus ten celsius in fahrenheit", c_to_f(-10), EXACT)

# registers (SHARK, GENEVA, PENNY, MONORAIL, STHELENA and SPONGE get two each)
unit_r(
    SHARK,
    "the female we tagged measured 2.35 m total length. the shared database wants feet, to two "
    "decimal places. what do I enter",
    dec("2.35") / FT,
)
unit(
    SHARK,
    "Skipper says we're making 14 knots towards the outer reef, which is 31 km off. What's our "
    "speed in km/h?",
    14 * KNOT / KMH,
    EXACT,
)
unit_r(
    GENEVA,
    "the water was 64°F at the start at Chillon. what's that in °C",
    f_to_c(64),
)
unit_r(
    GENEVA,
    "my American sponsor wants the crossing distance in statute miles - it's 69.5 km",
    dec("69.5") * 1000 / MI,
)
unit(
    PENNY,
    "the big wheel on the penny farthing is 52 inches across. in centimetres?",
    52 * IN * 100,
    EXACT,
)
unit(
    PENNY,
    "replacement backbone tube needs to match 1 1/8 inch outside diameter, my supplier only "
    "lists mm. what's that in millimetres",
    F(9, 8) * IN * 1000,
    EXACT,
)
unit_r(
    MONORAIL,
    "load tyre spec says 135 psi but our gauge on nights reads in bar, what should it show",
    135 * PSI / BAR,
)
unit_r(
    MONORAIL,
    "the guideway beam span on the drawing is 82 ft, what's that in metres",
    82 * FT,
)
unit_r(
    STHELENA,
    "the roaster in Seattle wants our 1,150 kg lot quoted in pounds",
    1150 / LB,
)
unit_r(
    STHELENA,
    "Our plantation above Jamestown is 14.5 acres. How many hectares is that?",
    dec("14.5") * ACRE / 10000,
)
unit_r(
    SPONGE,
    "the good beds start at 27 metres. how deep is that in feet",
    27 / FT,
)
unit_r(
    SPONGE,
    "tank's filled to 200 bar, the visiting American diver asks what that is in psi",
    200 * BAR / PSI,
)
unit(
    BIGFOOT,
    "the cast we poured this morning measures 17.5 inches heel to toe. how long in cm",
    dec("17.5") * IN * 100,
    EXACT,
)
unit_r(
    CARTOON,
    "the paper wants the panel 280 mm wide and my ruler is imperial. 280 mm is how many inches",
    F(280, 1000) / IN,
)
unit_r(
    BALLBOY,
    "board flashed 128 mph for that serve. what's that in km/h",
    128 * MPH / KMH,
)
unit_r(
    KLEZMER,
    "clarinet case plus stand and music weighs 11 lb 6 oz on the bathroom scale. in kg?",
    11 * LB + 6 * OZ,
)
unit_r(
    TAXI,
    "American couple in the back asked how far the airport run is in miles. it's 16 km",
    16 * 1000 / MI,
)
unit_r(
    AIRGUITAR,
    "the stage at the final is 40 ft by 24 ft. what's that area in square metres",
    40 * 24 * SQFT,
)
unit(
    KINSHASA,
    "It hit 34°C in the press room again. The desk in New York wants it in Fahrenheit.",
    c_to_f(34),
    EXACT,
)
unit_r(
    CATS,
    "airline pet limit is in kg and our biggest cat weighs 17 lb 4 oz. what's that in kg",
    17 * LB + 4 * OZ,
)
unit_r(
    FLEA,
    "an American dealer asks the height of the oak armoire in inches. it's 2.1 m",
    dec("2.1") / IN,
)
unit_r(
    EXTRA,
    "the location for the ballroom scenes is 85 miles from the unit base. in kilometres?",
    85 * MI / 1000,
)
unit_r(
    GOALIE,
    "a full-size goal is 8 yards wide and 8 feet high. what's the area of the goal mouth in m²",
    8 * YD * 8 * FT,
)
unit_r(
    SERMON,
    "the church hall is advertised as 1,850 sq ft. how many square metres is that",
    1850 * SQFT,
)
unit_r(
    KNOTS,
    "the climbing rope is rated at 1,500 kgf breaking strain. what's that in kilonewtons",
    1500 * KGF / 1000,
)
unit(
    HAIL,
    "stones up to 2.75 inches across came down on Tuesday. what's that in mm",
    dec("2.75") * IN * 1000,
    EXACT,
)
unit_r(
    COUPON,
    "the deli counter cheese is priced at £7.50 per lb. what's that per kilo",
    dec("7.50") / LB,
)
unit_r(
    HEDGEFUND,
    "copper's quoted at $4.12 a pound. what's that per metric tonne",
    dec("4.12") / LB * 1000,
)
unit_r(
    POMEGRANATE,
    "the orchard is 38 dönüm, and a dönüm here is 1,000 m². how many acres is that",
    38 * 1000 / ACRE,
)
unit(
    BINGO,
    "the pier is 1,260 feet long. in metres?",
    1260 * FT,
    EXACT,
)
unit_r(
    KIRIBATI,
    "baby girl born on the ward at 3.4 kg, her dad wants it in ounces",
    dec("3.4") / OZ,
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


def weekdays_before(end, n):
    """The n-th Monday-to-Friday day before end (end itself not counted)."""
    d = end
    while n:
        d -= TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def count_weekday(a, b, wds):
    """How many days from a to b, both included, fall on one of the weekdays wds."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() in wds)


date_item(
    P,
    "great-grandad's birth certificate says 17 October 1893, what day of the week was that",
    weekday(D(1893, 10, 17)),
)
date_item(
    P,
    "days from 3 March 2031 up to 19 November 2031?",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(
    P, "add 100 days to 28 January 2032, what date do I land on", D(2032, 1, 28) + TD(days=100)
)
date_item(P, "1 January 2040 falls on which day?", weekday(D(2040, 1, 1)))
_wa = D(2031, 5, 5)
_wb = _wa + TD(weeks=18)
date_item(P, f"how many weeks from {sayw(_wa)} to {sayw(_wb)}", weeks(_wa, _wb))
date_item(P, "date 6 weeks after 22 December 2028?", D(2028, 12, 22) + TD(weeks=6))
date_item(
    P, "how old is someone born 30 June 1987 on 1 March 2033", age(D(1987, 6, 30), D(2033, 3, 1))
)
date_item(P, "what date is 45 days after July 19, 2031", D(2031, 7, 19) + TD(days=45))
date_item(P, "minutes from 22:40 to 06:15?", clock_span("22:40", "06:15", 60))
date_item(P, "how many days will February 2100 have", calendar.monthrange(2100, 2)[1])
date_item(P, "what weekday is christmas day (25 December) 2035", weekday(D(2035, 12, 25)))
date_item(P, "date of the third Wednesday in September 2031", nth_weekday(2031, 9, WED, 3))
date_item(
    P,
    "red-eye leaves Los Angeles 22:30 on 9 March 2030 and lands in New York 06:55 on 10 March "
    "2030, local times. how many minutes in the air",
    utc_minutes("2030-03-09T22:30", "America/Los_Angeles", "2030-03-10T06:55", "America/New_York"),
)
date_item(
    P,
    "flight leaves London at 21:05 on 9 November 2030 and gets into Singapore at 17:20 on 10 "
    "November 2030 local time - how long is that in minutes",
    utc_minutes("2030-11-09T21:05", "Europe/London", "2030-11-10T17:20", "Asia/Singapore"),
)

# registers (KINSHASA, TAXI, CATS, GOALIE, EXTRA and KLEZMER get two each)
date_item(
    KINSHASA,
    "my flight leaves Kinshasa at 23:50 on 14 October 2029 and lands in Paris at 06:35 on 15 "
    "October 2029, both local times. how long is the flight in minutes",
    utc_minutes("2029-10-14T23:50", "Africa/Kinshasa", "2029-10-15T06:35", "Europe/Paris"),
)
date_item(
    KINSHASA,
    "I filed at 21:15 Kinshasa time on 3 March 2030 and the editor in New York opened it at "
    "16:40 New York time that same date. How many minutes did it sit there?",
    utc_minutes("2030-03-03T21:15", "Africa/Kinshasa", "2030-03-03T16:40", "America/New_York"),
)
date_item(
    TAXI,
    "shift starts 19:30 and I knock off at 05:45. how many hours is that, as a decimal",
    clock_span("19:30", "05:45", 3600),
)
date_item(
    TAXI,
    "my taxi licence runs out on 17 February 2031 and the renewal has to be in at least 56 "
    "days before that. what's the latest date I can send it",
    D(2031, 2, 17) - TD(days=56),
)
_complete = D(2031, 3, 28)
date_item(
    CATS,
    f"completion is {sayw(_complete)}. the cats go into the cattery the day before completion "
    "and stay 6 nights; we collect them the morning after the sixth night. what date is "
    "pick-up",
    _complete - TD(days=1) + TD(days=6),
)
date_item(
    CATS,
    "the vet card says the rabies booster was given on 09/11/2029 (DD/MM/YYYY) and the next "
    "one is due no later than 365 days after that. last possible date?",
    D(2029, 11, 9) + TD(days=365),
)
_match1 = D(2031, 9, 7)
date_item(
    GOALIE,
    f"league games are every other Sunday, and match 1 is on {sayw(_match1)}. what date is "
    "match 12 if nothing gets postponed",
    _match1 + TD(weeks=2 * 11),
)
date_item(
    GOALIE,
    "our centre back had her ACL repaired on 11 December 2030. physio says back to full "
    "training after 36 weeks. what date is that",
    D(2030, 12, 11) + TD(weeks=36),
)
date_item(
    EXTRA,
    "call time 05:20, wrapped at 19:05. how many minutes was I on set",
    clock_span("05:20", "19:05", 60),
)
_shoot = D(2031, 10, 6)
date_item(
    EXTRA,
    f"the shoot runs 23 working days, Monday to Friday, starting {sayw(_shoot)} (that's day "
    "1). no bank holidays in the way. what date is the last shoot day",
    working_day_counting(_shoot, 23),
)
_after = D(2032, 6, 15)
_sunday = _after + TD(days=(SUN - _after.weekday()) % 7 or 7)
date_item(
    KLEZMER,
    "the couple want the wedding on the first Sunday after 15 June 2032. what date is that?",
    _sunday,
)
date_item(
    KLEZMER,
    "we started setting up at 4:45 pm and the last set finished at 1:30 am. how many hours "
    "is that in decimal",
    clock_span("16:45", "01:30", 3600),
)
date_item(
    SPONGE,
    "sponge season opened 1 May 2030 and closed 31 October 2030. how many days was that, "
    "counting both the first and the last day",
    days(D(2030, 5, 1), D(2030, 10, 31)) + 1,
)
date_item(
    BIGFOOT,
    "we're camping from 28 July 2031 to 9 August 2031. how many nights is that",
    days(D(2031, 7, 28), D(2031, 8, 9)),
)
_pub = D(2031, 11, 3)
date_item(
    CARTOON,
    "the syndicate wants strips 19 working days (Mon-Fri) before publication, not counting "
    f"the publication day. this one runs {sayw(_pub)}. when's my deadline",
    weekdays_before(_pub, 19),
)
date_item(
    GENEVA,
    "I set off at 05:10 on 22 August 2031 and touched the wall in Geneva at 21:55 that "
    "evening. how long was I swimming in minutes",
    clock_span("05:10", "21:55", 60),
)
date_item(
    MONORAIL,
    "the engineering possession is 00:45 to 04:20. how many minutes do we get on the beam",
    clock_span("00:45", "04:20", 60),
)
_first = D(2032, 6, 21)
date_item(
    BALLBOY,
    f"the tournament starts {sayw(_first)} and runs 13 days including that day. "
    "what date is the final (the last day)",
    _first + TD(days=12),
)
date_item(
    STHELENA,
    "the ship leaves Jamestown on 6 April 2031 with our coffee and takes 17 days to reach "
    "Southampton. what day of the week does it get in",
    weekday(D(2031, 4, 6) + TD(days=17)),
)
date_item(
    PENNY,
    "the maker's patent plate is dated 17 May 1884. which day of the week was that",
    weekday(D(1884, 5, 17)),
)
_final = D(2031, 8, 22)
date_item(
    AIRGUITAR,
    f"the world final in Oulu is on {sayw(_final)} and I want to fly out 9 days before it. "
    "what date do I fly",
    _final - TD(days=9),
)
date_item(
    SHARK,
    "the satellite tag went on 19 September 2030 and sent its last ping on 3 January 2031. "
    "how many days after tagging was the last ping",
    days(D(2030, 9, 19), D(2031, 1, 3)),
)
date_item(
    FLEA,
    "how many Saturdays are there from 1 March 2031 to 31 May 2031, both dates included",
    count_weekday(D(2031, 3, 1), D(2031, 5, 31), {SAT}),
)
date_item(
    HAIL,
    "the storm hit on 14 April 2032. the policy says a claim must be lodged no later than 60 "
    "days after the date of loss. last day to lodge",
    D(2032, 4, 14) + TD(days=60),
)
date_item(
    COUPON,
    "voucher issued 20 November 2030, valid 90 days counting the issue date as day 1. "
    "last day I can use it?",
    D(2030, 11, 20) + TD(days=89),
)
_trade = D(2031, 3, 6)
date_item(
    HEDGEFUND,
    f"trade date {sayus(_trade)}, settlement is T+2 business days and there are no market "
    "holidays that week or the next. settlement date?",
    working_day_after(_trade, 2),
)
date_item(
    POMEGRANATE,
    "we started picking on 18 September 2030 and finished on 6 November 2030. how many "
    "picking days is that, both days included",
    days(D(2030, 9, 18), D(2030, 11, 6)) + 1,
)
date_item(
    BINGO,
    "the pier hall runs bingo every Tuesday and Friday. how many sessions are there in "
    "February 2031",
    count_weekday(D(2031, 2, 1), D(2031, 2, 28), {TUE, FRI}),
)
_call = DT(2031, 5, 5, 9, 0, tzinfo=ZoneInfo("Pacific/Kiritimati"))
date_item(
    KIRIBATI,
    "video call with the hospital in Honolulu is set for 09:00 on 5 May 2031 Kiritimati time. "
    "what's the date in Honolulu at that moment",
    _call.astimezone(ZoneInfo("Pacific/Honolulu")).date(),
)
_xmas34 = D(2034, 12, 25)
_advent = _xmas34 - TD(days=(_xmas34.weekday() - SUN) % 7 or 7) - TD(weeks=3)
date_item(
    SERMON,
    "Advent Sunday is the fourth Sunday before Christmas Day (25 December). what date is it "
    "in 2034?",
    _advent,
)
date_item(
    KNOTS,
    "one of my scouts was born on 11 March 2020. how old will he be on 6 August 2032, the "
    "last day of camp",
    age(D(2020, 3, 11), D(2032, 8, 6)),
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
            (U, "For this puzzle book, a ◆ b means a times b, minus the smaller of the two."),
            (A, "Understood: a ◆ b = a·b − min(a, b). Send me the puzzles."),
            (U, "ok first one, 9 ◆ 4"),
        ],
        "the diamond operator was defined earlier in the chat; a calculator has no such operator",
    ),
    (
        "conv-base-six",
        [
            (S, "The user is doing a worksheet in which every number is written in base 6."),
            (U, "worksheet question 3 is 254 + 135, what goes in the box"),
        ],
        "the numbers are base 6 per the system turn, so decimal arithmetic gives the wrong answer",
    ),
    (
        "conv-modulus-nine",
        [
            (U, "we're doing casting out nines, so all sums are reduced mod 9 from here on"),
            (A, "Sure - I'll give every result modulo 9."),
            (U, "8,417 + 3,906 then"),
        ],
        "results are wanted modulo 9, as agreed earlier; a plain sum would be wrong",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel's world the year has 10 months of 36 days each, plus 5 feast "
                    "days at year's end that belong to no month."
                ),
            ),
            (A, "Nice - a 365-day year with a 5-day intercalary feast. What do you need?"),
            (U, "how many days from the 20th of the 3rd month to the 4th of the 7th month"),
        ],
        "the months are the user's invented 36-day months, not the Gregorian calendar",
    ),
    (
        "conv-fictional-currency",
        [
            (U, "in the game, 1 crown = 16 shillings and 1 shilling = 9 groats"),
            (A, "Got it: 1 crown = 144 groats."),
            (U, "my guy has 3 crowns and 5 shillings, how many groats can he spend at the tavern"),
        ],
        "the currency and its rates exist only in this conversation",
    ),
    (
        "conv-python-floor",
        [
            (U, "I'm reading some old Python 2 code, everything's ints"),
            (A, "OK - in Python 2, / between two ints does floor division."),
            (U, "so what does -17 / 5 give in that code"),
        ],
        (
            "the answer depends on Python 2 integer division semantics (floors to -4), not true "
            "division"
        ),
    ),
    (
        "conv-javascript-string-concat",
        [
            (U, "in my JS form both inputs come in as strings from the text fields"),
            (A, "Right, input values are strings unless you convert them."),
            (U, "so if the user types 12 and 30, what does a + b give"),
        ],
        "in JavaScript two strings concatenate to '1230'; arithmetic would give the wrong answer",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "Holiday costs: I paid the villa £1,860, Priya paid the car hire £420, Dan "
                    "paid nothing yet. We split everything three ways."
                ),
            ),
            (A, "Total £2,280, so £760 each."),
            (U, "right so how much does Dan owe me and how much does he owe Priya"),
        ],
        "needs the split agreed earlier and a settle-up plan, not a one-line calculation",
    ),
    (
        "conv-fact-historical-age",
        [
            (U, "my nan was born the year the Berlin Wall went up"),
            (A, "That was 1961."),
            (U, "ok so how old was she when England won the world cup"),
        ],
        "needs the year of England's World Cup win, a fact only the model knows",
    ),
    (
        "conv-roman-only",
        [
            (S, "Answer only in Roman numerals; the user is practising for a Latin quiz."),
            (U, "XLVII plus LXVIII"),
        ],
        "the system turn requires an answer in Roman numerals",
    ),
    (
        "conv-excel-rounding",
        [
            (U, "in Excel =ROUND(2.5,0) gives 3"),
            (A, "Yes, Excel rounds halves away from zero."),
            (U, "so in python 3 what would round(2.5) and round(3.5) print"),
        ],
        "asks about Python's banker's rounding, a programming-language fact",
    ),
    (
        "conv-chmod-octal",
        [
            (U, "we're talking unix file permissions, chmod"),
            (A, "Sure, the three digits are owner, group and others, each in octal."),
            (U, "what's 755 minus 644 then, in terms of what changes"),
        ],
        "'minus' here means which permission bits differ, not decimal subtraction",
    ),
    (
        "conv-mars-sols",
        [
            (U, "planning a mars habitat sim for my class"),
            (A, "Fun! Happy to help with the timekeeping."),
            (U, "how many sols is 1000 earth days"),
        ],
        "needs the length of a Martian sol, which no unit tool has",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "on the scorecard 12.4 overs means 12 overs and 4 balls"),
            (A, "Yes, the figure after the point counts balls, up to 5."),
            (U, "so add 12.4 and 7.3 for me"),
        ],
        "over notation is base 6 in the balls digit; decimal addition gives a wrong 19.7",
    ),
    (
        "conv-feet-inches-dot",
        [
            (U, "the height column in the team sheet uses 6.1 to mean 6 ft 1 in"),
            (A, "Noted - the number after the point is inches."),
            (U, "what's the difference between 6.1 and 5.11"),
        ],
        "the notation means feet and inches, so 6.1 minus 5.11 is 2 inches, not 0.99",
    ),
    (
        "conv-timesheet-dot-minutes",
        [
            (U, "my timesheet writes 7.30 for seven and a half hours"),
            (A, "So the part after the point is minutes."),
            (U, "so 7.30 + 8.45 + 6.50 comes to"),
        ],
        "hours.minutes notation; decimal addition of the figures would be wrong",
    ),
    (
        "conv-sql-null",
        [
            (U, "debugging a postgres query, one column is NULL on some rows"),
            (A, "NULLs propagate through most expressions in SQL."),
            (U, "so what does 5 + NULL return"),
        ],
        "SQL three-valued logic: a database semantics question, not arithmetic",
    ),
    (
        "conv-music-intervals",
        [
            (U, "music theory homework, stacking intervals"),
            (A, "Go ahead - remember intervals share a note when you stack them."),
            (U, "what's a fifth plus a fifth"),
        ],
        "stacked intervals overlap by one note (a ninth), so it is music theory, not 5 + 5",
    ),
    (
        "conv-school-timetable-days",
        [
            (
                U,
                (
                    "our school runs a 10-day timetable, Day 1 to Day 10, only on school days, "
                    "and Monday 8 September 2031 was Day 1"
                ),
            ),
            (A, "OK, so weekends are skipped and it cycles back after Day 10."),
            (U, "which timetable day is Thursday 25 September 2031 then"),
        ],
        "needs the school's own rotating timetable and knowledge of any closures",
    ),
    (
        "conv-french-numbers",
        [
            (U, "I'm helping my son with French numbers and he has to answer in French"),
            (A, "Bien sûr! Give me the sums."),
            (U, "soixante-dix plus vingt-deux"),
        ],
        "the answer must be written in French words, which the calculator cannot do",
    ),
    (
        "conv-club-fees-told",
        [
            (
                U,
                (
                    "Club rule: full members pay half the green fee, juniors play free, guests "
                    "pay the full £36."
                ),
            ),
            (A, "Got it."),
            (U, "4 members, 2 juniors and 3 guests this morning, what do we take"),
        ],
        "depends on the fee rule given earlier in the conversation",
    ),
    (
        "conv-percentage-points",
        [
            (U, "our mortgage rate went from 4% to 5%"),
            (A, "That's a sizeable jump."),
            (U, "so is that a 1% rise or a 25% rise? my husband and I are arguing"),
        ],
        "needs an explanation of percentage points versus percent change",
    ),
    (
        "conv-excel-serial-date",
        [
            (U, "exported a sheet and the date column turned into numbers like 47123"),
            (A, "Those are Excel serial dates."),
            (U, "how do I get them back to proper dates in the sheet"),
        ],
        "a spreadsheet how-to, not a date computation",
    ),
    (
        "conv-chemistry-balance",
        [
            (U, "balancing equations for my chem test"),
            (A, "Sure, post them one at a time."),
            (U, "C3H8 + O2 -> CO2 + H2O"),
        ],
        "balancing a chemical equation is chemistry, though it looks like a sum",
    ),
    (
        "conv-league-points",
        [
            (U, "in our five-a-side league a win is 3, a draw 1, and a walkover loss is -2"),
            (A, "Understood."),
            (U, "we've got 9 wins, 4 draws, 3 losses and 1 walkover, where does that put us"),
        ],
        "depends on the league's scoring told earlier and on the other teams' standings",
    ),
    (
        "conv-bridge-scoring",
        [
            (U, "duplicate bridge question, we were not vulnerable"),
            (A, "OK, what was the contract?"),
            (U, "4 spades doubled, made 5"),
        ],
        (
            "duplicate bridge scoring tables are knowledge the model has, not arithmetic on the "
            "digits"
        ),
    ),
    (
        "conv-dnd-attack",
        [
            (U, "D&D 5e, my fighter is level 9 with 18 strength"),
            (A, "Nice build. Proficiency at level 9 is +4 and 18 STR gives +4."),
            (U, "so what's my to-hit with a +1 longsword"),
        ],
        "needs the game's rules and the earlier character details",
    ),
    (
        "conv-capo-key",
        [
            (U, "playing guitar with a capo on the 3rd fret"),
            (A, "OK, so everything sounds a minor third higher."),
            (U, "if I play the G shape what key am I in"),
        ],
        "music theory about transposition, not arithmetic",
    ),
    (
        "conv-previous-answer",
        [
            (U, "what's a good tip for a taxi in New York"),
            (A, "Around 15-20% is typical."),
            (U, "ok use the top of that for a $42 fare and round it to something sensible"),
        ],
        "relies on the assistant's earlier advice and a judgement about 'sensible' rounding",
    ),
    (
        "conv-shoe-size",
        [
            (U, "I'm a UK 7 in trainers"),
            (A, "That's usually around EU 40-41 depending on the brand."),
            (U, "and what would I be in women's US"),
        ],
        "shoe sizes vary by brand and sex; no exact conversion exists",
    ),
    (
        "conv-stardate",
        [
            (U, "rewatching TNG, the captain's log said stardate 41153.7"),
            (A, "That's from the very first episode, Encounter at Farpoint."),
            (U, "so what date would that be in our calendar"),
        ],
        "fictional stardates have no fixed mapping to real dates; needs the model's explanation",
    ),
    (
        "conv-knitting-decrease",
        [
            (U, "knitting a hat, I've got 96 stitches on the needles"),
            (A, "Great - time for the crown decreases?"),
            (U, "yes, how should I space them so it doesn't go pointy"),
        ],
        "a knitting technique question that follows from the earlier turn",
    ),
    (
        "conv-gas-mark",
        [
            (U, "our flat has an old oven that only shows gas marks"),
            (A, "Those run from 1/4 up to 9 on most British cookers."),
            (U, "the recipe says 200 fan, which mark do I use"),
        ],
        "gas marks map only approximately to fan temperatures; needs the model's advice",
    ),
    (
        "conv-binary-clock",
        [
            (U, "my son made a binary clock with LEDs, top row hours, bottom row minutes"),
            (A, "Cool project! Read each row as a binary number."),
            (U, "top row is 1011, bottom is 101101, what time's it showing"),
        ],
        "the reading depends on the binary-clock layout described earlier",
    ),
    (
        "conv-ring-size",
        [
            (U, "buying an engagement ring from an American site"),
            (A, "US sizes use numbers, UK ones use letters."),
            (U, "she's an N in the UK, what do I pick"),
        ],
        "ring size tables are a lookup with no exact formula; model knowledge",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-isbn", "is 978-0-14-044913-6 a real book, which one", "identifier lookup"),
    ("near-phone", "who does 0161 496 0723 belong to", "a phone number, not a sum"),
    (
        "near-version",
        "what changed between python 3.12 and 3.13 that I should care about",
        "version numbers; needs release knowledge",
    ),
    ("near-version", "is node 18.20.4 still supported", "a version's support status"),
    (
        "near-version",
        "pip says requires numpy>=1.26,<2.0 - will 1.26.4 work and will 2.0.1?",
        "version range semantics",
    ),
    (
        "near-score",
        "Liverpool came back from 3-0 down in Istanbul - what was the final score on penalties",
        "a match fact, the dashes are a score",
    ),
    (
        "near-score",
        "the umpire said 40-15, who's winning the game and why is it 40 not 45",
        "explaining tennis scoring",
    ),
    (
        "near-score",
        "I got 128/160 on the mock, is that a 7 in GCSE maths",
        "grade boundaries vary by exam board and year",
    ),
    ("near-part-number", "what size is a 6205-2RS bearing", "part number lookup"),
    (
        "near-part-number",
        "is an M10 bolt 10 mm across the head or the thread",
        "fastener knowledge",
    ),
    (
        "near-part-number",
        "will a CR2032 fit where a CR2025 went",
        "battery codes; needs knowledge of the dimensions",
    ),
    (
        "near-error-code",
        "windows update keeps failing with 0x80070005 on my work laptop, what is it",
        "an error code",
    ),
    ("near-error-code", "http 418 - is that a real status code?", "a status code, not a number"),
    (
        "near-ip",
        "is 172.20.10.3 a private address or public",
        "IP addressing knowledge, dotted numbers",
    ),
    ("near-postcode", "what famous building has the postcode SW1A 2AA", "a postcode lookup"),
    (
        "near-flight-number",
        "BA 283 - which terminal does that go from at Heathrow",
        "flight number; needs schedule knowledge",
    ),
    (
        "near-ratio-opinion",
        "16:9 or 21:9 monitor for sim racing, which is better",
        "an opinion, the ratios are not sums",
    ),
    (
        "near-ratio-opinion",
        "why is A4 paper 210 by 297, where does that ratio come from",
        "an explanation of the root-two ratio",
    ),
    (
        "near-health",
        "my blood pressure reading was 138/88, should I be worried",
        "medical interpretation of a reading",
    ),
    ("near-health", "is 37.9 a fever in a toddler", "medical advice about a number"),
    (
        "near-health",
        "how much paracetamol can a 26 kg child have",
        "dosing needs medical knowledge and caveats",
    ),
    (
        "near-health",
        "how many grams of protein should a 70 kg woman eat a day",
        "a dietary guideline, not arithmetic",
    ),
    (
        "near-facts-needed",
        "how high is the summit of Kilimanjaro in feet, roughly",
        "needs the mountain's height, a fact a converter lacks",
    ),
    (
        "near-facts-needed",
        "how far is Porto from Seville by road in km",
        "needs geography knowledge",
    ),
    (
        "near-facts-needed",
        "what's the population of Lagos divided by the population of Ghana",
        "needs two population figures",
    ),
    (
        "near-facts-needed",
        "how many bones does a newborn baby have compared with an adult",
        "anatomy facts",
    ),
    (
        "near-facts-needed",
        "what's the world record for the men's 400 m hurdles",
        "a sports fact",
    ),
    (
        "near-facts-needed",
        "how many points for 2nd place in a Formula 1 race",
        "sporting rules knowledge",
    ),
    (
        "near-facts-needed",
        "at Everest base camp what temperature does water boil at, about",
        "physics and geography knowledge, not a conversion",
    ),
    (
        "near-facts-needed",
        "what was the UK VAT registration threshold in 2019",
        "a historical tax fact",
    ),
    (
        "near-facts-needed",
        "what time does the sun set in Reykjavik on 21 June 2031",
        "needs astronomical data, not calendar arithmetic",
    ),
    (
        "near-zodiac",
        "I was born 3 February 1990, what's my Chinese zodiac animal",
        "depends on the lunar new year date, which the model knows",
    ),
    (
        "near-explain-number",
        "why does 0.1 + 0.2 not equal 0.3 in my code",
        "explaining floating point",
    ),
    (
        "near-explain-number",
        "explain why 0.999 recurring is exactly 1",
        "a mathematical explanation",
    ),
    (
        "near-explain-number",
        "what's so special about 1729",
        "the Hardy-Ramanujan anecdote",
    ),
    (
        "near-explain-number",
        "why is there 60 minutes in an hour and not 100",
        "history of the sexagesimal system",
    ),
    (
        "near-explain-number",
        "what does 1/137 have to do with physics",
        "the fine-structure constant, an explanation",
    ),
    (
        "near-explain-number",
        "is 0 even or odd, my kids are arguing",
        "an explanation rather than a computation",
    ),
    (
        "near-explain-number",
        "what's a googolplex and can you write it out",
        "explaining a number that cannot be written out",
    ),
    (
        "near-opinion-money",
        "is 4.39% fixed for five years a good mortgage deal at the moment",
        "market opinion",
    ),
    (
        "near-opinion-money",
        "should I put £200 a month into an index fund or overpay my mortgage",
        "financial advice",
    ),
    (
        "near-opinion-money",
        "what's the 50/30/20 budget rule and does it work on a low income",
        "explaining a budgeting rule",
    ),
    (
        "near-opinion-money",
        "are lottery numbers 1 2 3 4 5 6 less likely to win",
        "explaining probability, with an opinion",
    ),
    (
        "near-opinion-money",
        "what's a 401(k) and how is it different from an IRA",
        "a financial explanation; the digits are a name",
    ),
    (
        "near-sports-format",
        "what does a 4-3-3 formation mean for the full backs",
        "football tactics",
    ),
    (
        "near-sports-format",
        "what's a 720 on a skateboard",
        "a trick name, not an angle conversion",
    ),
    (
        "near-sports-format",
        "over/under 2.5 goals, how does that bet work",
        "betting explanation",
    ),
    (
        "near-music",
        "what time signature is Take Five in",
        "a music fact",
    ),
    (
        "near-music",
        "my piece has 3 sharps in the key signature, what major key is it",
        "music theory",
    ),
    (
        "near-tech-spec",
        "does 1080p at 60fps look better than 4k at 30fps for gaming",
        "an opinion about video specs",
    ),
    (
        "near-tech-spec",
        "is 16 GB of RAM enough for video editing in 2031",
        "a hardware opinion",
    ),
    (
        "near-tech-spec",
        "what does chmod 600 do to my ssh key",
        "file permission semantics",
    ),
    (
        "near-tech-spec",
        "my router says 5 GHz and 2.4 GHz, which one should my smart plug use",
        "networking advice",
    ),
    (
        "near-date-meaning",
        "what happened on 9/11",
        "a historical event, not a date calculation",
    ),
    (
        "near-date-meaning",
        "why is Pi Day on 3/14 and not 22/7",
        "an explanation of date conventions",
    ),
    (
        "near-date-meaning",
        "why do English kids all learn about 1066",
        "a history question",
    ),
    (
        "near-date-meaning",
        "which came first, the Magna Carta or the Black Death",
        "needs historical dates the model knows",
    ),
    (
        "near-cooking-judgement",
        "how long do I boil an egg for a jammy yolk",
        "cooking judgement, not a time calculation",
    ),
    (
        "near-cooking-judgement",
        "can I cook a 2.4 kg chicken at 160 instead of 190 and just leave it longer",
        "food safety and cooking advice",
    ),
    (
        "near-cooking-judgement",
        "how many jacket potatoes for 14 hungry teenagers",
        "a judgement call on portions",
    ),
    (
        "near-sleep",
        "how many hours of sleep does a 4 month old baby need",
        "a childcare guideline",
    ),
    (
        "near-sequence",
        "what comes next: O, T, T, F, F, S, S, E",
        "a letter-pattern puzzle (initials of number words)",
    ),
    (
        "near-units-approx",
        "roughly how many steps is 5 km for someone who's 5'4\"",
        "depends on stride length, an estimate not a conversion",
    ),
    (
        "near-units-approx",
        "what size is a UK 12 dress in Italian sizing",
        "clothing sizes are brand-dependent tables",
    ),
    (
        "near-units-approx",
        "is a 7 kg washing machine big enough for a family of five",
        "an appliance opinion",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "help me write a toast for my brother's wedding, he's a firefighter and terrible at golf",
        (
            "make this less passive-aggressive for a client: 'as per my last email, the invoice "
            "from March remains unpaid'"
        ),
        "write a limerick about a goat that ate the parish newsletter",
        "can you tighten up my cover letter opening, it's three sentences of waffle",
        "draft a polite note to my neighbour about their wind chimes keeping us awake",
        "give me five titles for a short story about a lighthouse that stops working",
        "write a 100-word bio for a ceramicist who used to be a dentist",
        "turn these bullet points into a friendly newsletter intro for our allotment group",
        "what's a kinder way to say no to being a bridesmaid for the third time",
        "write a thank-you card for the nurses on the night shift of a maternity ward",
    ],
    "cooking": [
        "got a tub of leftover mushroom risotto, what can I do with it that isn't arancini",
        "my rye starter smells of nail varnish after a week in the fridge, can I save it",
        "vegetarian main for a dinner party where one guest hates mushrooms",
        "why did my custard go grainy",
        (
            "I thawed a bag of raw king prawns in the fridge and didn't use them, can they go "
            "back in the freezer"
        ),
        "ideas for a packed lunch for a seven-year-old who only eats beige food",
        "American recipe says baking soda and I've only got baking powder, can I swap them",
        "how do I stop my roast potatoes going soggy",
        "what wine goes with a lamb tagine",
        "suggest a three-course menu for a burns supper that isn't all haggis",
    ],
    "travel": [
        "is Porto or Lisbon better for a long weekend with a toddler",
        "what should I pack for a week of walking in the Dolomites in late September",
        "tips for sleeping on an overnight train in India",
        "is it rude to not tip in a restaurant in Lisbon",
        "what are the best things to do in Hobart when it rains",
        "how do I avoid altitude sickness going to Cusco",
        "recommend a scenic route from Edinburgh to Skye with a couple of good stops",
        "what's the etiquette at a Japanese onsen if you have tattoos",
        "going to Hanoi for a fortnight on an Irish passport, do I need to sort a visa first",
        "what souvenirs are actually worth bringing back from Morocco",
    ],
    "tech-help": [
        "my laptop fan sounds like a jet engine when I open chrome, what can I do",
        "how do I move my WhatsApp chats from android to iphone",
        "explain what a VPN actually does in plain English",
        "why does my wifi drop every evening around eight",
        "should I use git rebase or merge for a small team",
        "how do I stop outlook opening every link in edge",
        "what's the difference between a docker image and a container",
        "my printer says offline but it's plugged in and on",
        "how do I set up two-factor authentication on my bank app",
        "write a bash one-liner that renames all .jpeg files to .jpg in a folder",
    ],
    "coding": [
        "my useEffect fetch fires twice in dev but once in the production build, why",
        (
            "write a python function that checks whether a string is a palindrome ignoring "
            "punctuation"
        ),
        "in kotlin when would I pick a sealed class over an interface",
        "how do I read a csv with pandas when the first three lines are junk",
        "explain async and await like I'm new to javascript",
        "my sql join returns duplicate rows, what am I doing wrong",
        "how do I write a unit test for a function that calls an external api",
        "what does the rust borrow checker complain about when I do this in a loop",
        "refactor this nested if-else into something readable",
        "how should I lay out a small fastapi project with about six routers",
    ],
    "health-wellbeing": [
        "I drive a forklift all day and my lower back is stiff by lunchtime, any stretches",
        "how do I get back to running after a calf strain",
        "tips for coping with jet lag when flying east",
        "how do I tell the difference between burnout and just being tired after a busy quarter",
        "how can I help my teenager who's anxious about exams",
        "is it normal to feel flat after finishing a big project",
        "what's a gentle way to start meditating if I can't sit still",
        "my dad has started drinking every lunchtime since he retired, how do I bring it up",
        (
            "the birch pollen season wrecks me every spring and cetirizine knocks me out, any "
            "other options"
        ),
        "ideas to stay social after moving to a new city alone",
    ],
    "learning": [
        "how does an mRNA vaccine teach the body to recognise a virus",
        (
            "my daughter asked why the sunset over the estuary was purple last night and I had no "
            "idea"
        ),
        "was it the barbarians or the economy that really finished off Western Rome",
        "how do tides work and why are there two a day",
        (
            "my uncle says a cold snap proves climate change isn't real, how do I explain weather "
            "vs climate"
        ),
        "explain photosynthesis for a year 6 science lesson",
        "how does a bill become law in the US",
        "what is quantum entanglement, simply",
        "do cats purr when they're in pain as well as when they're happy",
        "give me the set-up of Middlemarch for a book club without spoiling the last third",
    ],
    "language": [
        "what's the difference between 'ser' and 'estar' in Spanish",
        "how do I say 'I'm allergic to nuts' in Japanese",
        "is it 'fewer' or 'less' in 'less than ten items'",
        "is there a single English word that means the same as schadenfreude",
        "translate 'the meeting has been moved to the afternoon' into German",
        "why is it 'bien qu'il soit' and not 'bien qu'il est' in French",
        "what's the origin of the phrase 'cost an arm and a leg'",
        "correct the grammar in: 'me and him was going to the shops'",
        "my boss writes 'irregardless' in every report, should I correct it",
        "what's a polite way to end an email in Italian",
    ],
    "home-garden": [
        "the top leaves on my greenhouse tomatoes are curling inwards, is it a virus",
        "how do I get rid of black mould in the bathroom ceiling",
        "what plants can survive a north-facing balcony in Manchester",
        "the upstairs radiators are cold at the top, how do I bleed them without making a mess",
        "best way to get candle wax out of a carpet",
        "my wisteria is swallowing the gutter, when and how hard can I cut it back",
        "is laying loft roll over the old insulation a job I can do myself in a weekend",
        (
            "something shreds my hostas every night, how do I stop slugs without pellets "
            "because of the hedgehogs"
        ),
        "what's the best way to clean a cast iron pan that's gone rusty",
        "ideas for a small garden that a dog won't destroy",
    ],
    "creative-fun": [
        "give me a riddle for a treasure hunt where the clue is hidden in the fridge",
        "name ideas for a grey rescue greyhound who is very dramatic",
        "plan a murder mystery party set on a 1920s ocean liner",
        "suggest a theme for a 40th birthday for someone who loves birdwatching",
        "write a short bedtime story about a hedgehog who is scared of the dark",
        "come up with a team name for a pub quiz full of vets",
        "what are some fun non-alcoholic cocktails for a summer party",
        "give me a D&D one-shot idea set in a haunted bakery",
        "ideas for a Halloween costume made from cardboard boxes",
        "make up a silly song about tidying your bedroom for a four-year-old",
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
    # no register (family name) of this set is a family name of sets 19 to 178
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 178: {reused}"
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
