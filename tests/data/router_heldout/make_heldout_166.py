"""Generate heldout-2027-05-18.jsonl: a hundred-and-sixty-sixth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_166.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-165, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions built from Decimal literals (whole items rounded up with
whole_up or down with math.floor where the text says so); units from the exact definitions
above (inch, pound, acre, psi, knot, ...), unit(..., EXACT) for terminating answers and unit_r
for rounded ones; dates with datetime (timedelta spans, weekday(), age(), working_day_after,
nth_weekday, clock_span), and flight or on-call times across zones or a clock change with
zoneinfo via utc_minutes. Weekdays written next to dates come from sayw().

Provenance
----------
Read: this file (cat, before writing), grading.py (cat) and earlier_registers.txt (part of it
  printed once with cat, then grep -c / grep | head for candidate words, and an exact-name
  check of the 25 chosen names against it). Nothing under /work/main, /work/shared or
  /work/.library was opened; no earlier generator or .jsonl was viewed.
Wrote: the four sections by hand in scratch files outside this directory (register constants,
  then calculator, units, datetime and the negatives), spliced into the markers with a short
  Python script; then reworded the items the duplicate check named (looking up only my own
  text by id) until it passed, changed two unit values that failed or sat on the edge of the
  2-decimal rounding check, and made wording of day counts explicit ("is how many days after").
Checked: /work/main/.venv/bin/python make_heldout_166.py (repeatedly, plus --show to look over
  my expected values), /work/main/.venv/bin/ruff check and ruff format with
  --config /work/main/pyproject.toml, a character count for lines over 99 columns, and a final
  run of the generator.
Slips: I also used the system python3 (standard library only) for scratch text substitutions
  and a one-off weekday printout; grepping earlier_registers.txt printed a few earlier register
  names per candidate word. Nothing else.
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
OUT = HERE / "heldout-2027-05-18.jsonl"
PREFIX = "ho166-"
# earlier generators: sets 1-165 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 166))
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


SARI = "sari_draper_dressing_a_bridal_party"
LEVEE = "sandbag_volunteer_on_a_river_levee"
AMISH = "amish_barn_raising_foreman"
ABBEY = "trappist_abbey_brewhouse_brother"
GUARD = "bodyguard_for_a_visiting_diplomat"
DSN = "deep_space_antenna_operator_at_a_tracking_station"
SHAWARMA = "shawarma_takeaway_owner_on_a_late_licence"
CINNAMON = "cinnamon_peeler_in_sri_lanka"
GLIDER = "hang_glider_pilot_on_a_ridge_soaring_day"
MAYPOLE = "maypole_dance_teacher_at_a_village_school"
MAGGOT = "maggot_breeder_supplying_tackle_shops"
TULIP = "tulip_bulb_grower_in_the_bollenstreek"
KPOP = "kpop_fan_queueing_for_a_stadium_show"
TRIVIA = "trivia_app_question_writer"
GEOLOGY = "geology_student_mapping_in_the_pyrenees"
ARGO = "oceanographer_deploying_argo_floats"
CACTUS = "cactus_collector_overwintering_a_collection"
GUIDE = "guide_runner_for_a_blind_marathoner"
AUCTION = "first_time_bidder_at_a_property_auction"
BAIL = "bail_bondsman_at_a_county_courthouse"
BOLLY = "bollywood_backing_dancer_on_a_film_shoot"
FIRE = "retained_firefighter_in_a_market_town"
SKATE = "figure_skating_parent_at_a_competition"
PAGEANT = "beauty_pageant_coach_on_the_circuit"
SABRE = "sabre_fencer_travelling_to_a_world_cup"

# plain one-line questions
calc(P, "17.5% of £2,340 comes to what", pct("17.5") * 2340)
calc(P, "1847 x 23 minus 619", 1847 * 23 - 619)
calc(P, "three eighths of 1,256 =", F(3, 8) * 1256)
assert math.isqrt(7396) ** 2 == 7396
calc(P, "square root of 7396 please", math.isqrt(7396))
calc(P, "(14.6 + 9.85) × 4.2", (dec("14.6") + dec("9.85")) * dec("4.2"))
calc(P, "£86.40 between six of us, how much each?", dec("86.40") / 6)
calc(P, "2^19", 2**19)
calc(P, "seven hundred and twelve multiplied by thirty-eight, what do I get", 712 * 38)
calc(P, "take 12% off 1,450", 1450 * (1 - pct(12)))
calc(P, "increase 384 by 37.5 percent", 384 * (1 + pct("37.5")))
calc(P, "15 percent tip on a $63.80 check, just the tip", dec("63.80") * pct(15))
calc(P, "mean of 72, 85, 91, 66 and 78", F(72 + 85 + 91 + 66 + 78, 5))
calc(P, "1,000,000 ÷ 64", F(1000000, 64))
calc(P, "went from 250 to 315, what's the % increase", (F(315) - 250) / 250 * 100)

# registers
calc(
    SARI,
    "dressing the bride's side on saturday. 9 bridesmaids, each sari takes 5.5 m of silk at "
    "₹1,240 a metre, and blouse stitching is ₹350 per blouse on top. what's the total in rupees",
    9 * (dec("5.5") * 1240 + 350),
)
calc(
    SARI,
    "the family paid ₹48,000 for the draping. my two assistants get 15% each off the top and my "
    "sister and I split what's left equally - how much is my share",
    F(48000) * (1 - 2 * pct(15)) / 2,
)
_bags = 14 * 38 * dec("3.5")
calc(
    LEVEE,
    "14 of us on the levee filling sandbags, each person does about 38 bags an hour and we kept "
    "going for 3 and a half hours. the flatbed carries 600 bags a trip. how many trips to shift "
    "every bag we filled? (a part load still needs a trip)",
    whole_up(_bags / 600),
)
calc(
    AMISH,
    "Timber bill for the barn raising: 212 boards at $7.85, 64 posts at $23.40 and 18 kegs of "
    "nails at $41 a keg. The mill knocks 5% off for cash. What do we owe?",
    (212 * dec("7.85") + 64 * dec("23.40") + 18 * 41) * (1 - pct(5)),
)
calc(
    ABBEY,
    "4,200 litres of tripel conditioning in the abbey cellar. we lose about 3% to sediment and "
    "bottle the rest in 33 cl bottles. how many full bottles do we get",
    math.floor(4200 * (1 - pct(3)) / dec("0.33")),
)
calc(
    GUARD,
    "Quote for the protection detail: six officers at $68/hour, 14-hour days, three days, plus "
    "a flat $2,250 for the armoured car. Total?",
    6 * 68 * 14 * 3 + 2250,
)
calc(
    DSN,
    "the dish slews in azimuth at 0.4 degrees per second. it's parked at 37.5 degrees and the "
    "next spacecraft rises at 251.3 degrees, and the mount only turns clockwise. how many seconds "
    "to slew round",
    (dec("251.3") - dec("37.5")) / dec("0.4"),
)
calc(
    SHAWARMA,
    "friday till 3am: 184 wraps at £7.50, 96 plates at £11.95 and 140 portions of chips at "
    "£3.20. the card "
    "machine skims 1.75% of everything. what's left after the fee",
    (184 * dec("7.50") + 96 * dec("11.95") + 140 * dec("3.20")) * (1 - pct("1.75")),
)
calc(
    SHAWARMA,
    "an 18 kg lamb cone costs me £142. after trimming 12% goes in the bin and each wrap gets 95 g "
    "of meat. how many full wraps come off one cone",
    math.floor(18000 * (1 - pct(12)) / 95),
)
calc(
    CINNAMON,
    "the estate pays 320 rupees a kilo for dried quills. dried quills weigh 22% of the fresh "
    "bark. I stripped 85 kg of fresh bark this week, what will I be paid",
    85 * pct(22) * 320,
)
calc(
    GLIDER,
    "my wing does 12.5:1 in still air and I'm 430 m above the landing field. how many km can I "
    "glide, no wind",
    430 * dec("12.5") / 1000,
)
calc(
    MAYPOLE,
    "Maypole for 24 children: each ribbon is one and a half times the pole's 4.2 m height plus "
    "60 cm for tying on. How many metres of ribbon altogether?",
    24 * (dec("1.5") * dec("4.2") + dec("0.6")),
)
calc(
    MAGGOT,
    "tackle shop standing order is 45 litres of reds a week at £3.40 a litre, 10% trade discount, "
    "then £12 delivery on top. weekly invoice?",
    45 * dec("3.40") * (1 - pct(10)) + 12,
)
calc(
    MAGGOT,
    "240 bluebottles in the breeding cage, each lays roughly 500 eggs and 70% hatch. how many "
    "maggots is that",
    240 * 500 * pct(70),
)
calc(
    TULIP,
    "1.8 hectares planted at 750,000 bulbs a hectare. after lifting 6% are rejects and the rest "
    "go out in nets of 25. how many nets",
    F(18, 10) * 750000 * (1 - pct(6)) / 25,
)
calc(
    TULIP,
    "export invoice: 120,000 bulbs at €0.085 each, 4% volume discount, plus €640 for the "
    "phytosanitary certificate. invoice total",
    120000 * dec("0.085") * (1 - pct(4)) + 640,
)
calc(
    KPOP,
    "ok damage report: lightstick £42, the album in all 3 versions at £19.99 each, merch bundle "
    "£55, ticket £148.50 + £12.75 booking fee. how much did this concert cost me",
    42 + 3 * dec("19.99") + 55 + dec("148.50") + dec("12.75"),
)
calc(
    TRIVIA,
    "I submitted 1,200 quiz questions at $2.75 each but the editor rejected 18% and I'm only "
    "paid for the accepted ones. what do I earn",
    1200 * (1 - pct(18)) * dec("2.75"),
)
calc(
    GEOLOGY,
    "on my 1:25,000 field sheet the limestone band measures 7.4 cm across. true width in metres?",
    dec("7.4") * 25000 / 100,
)
calc(
    ARGO,
    "budget is $350,000. we're buying 14 floats at $22,500 each and shipping is $1,380 per "
    "float. how much is left over",
    350000 - 14 * (22500 + 1380),
)
calc(
    CACTUS,
    "greenhouse heater is 2.2 kW, runs 9.5 hours a night for 118 nights over winter, electricity "
    "is 28p per kWh. cost in pounds",
    dec("2.2") * dec("9.5") * 118 * dec("0.28"),
)
calc(
    GUIDE,
    "we're aiming for 5:40 per km over the full 42.195 km. total running time in minutes?",
    F(5 * 60 + 40, 60) * dec("42.195"),
)
calc(
    AUCTION,
    "hammer came down at £186,000. buyer's premium is 2.4% plus VAT at 20% on the premium, and "
    "there's a £1,200 admin fee. what do I owe altogether",
    186000 + 186000 * pct("2.4") * (1 + pct(20)) + 1200,
)
calc(
    AUCTION,
    "Lot 14 guide £240,000. If I win at that, 10% deposit goes down on the day and the mortgage "
    "covers 75% of the price - how much more cash do I need to find at completion?",
    240000 * (1 - pct(10) - pct(75)),
)
calc(
    BAIL,
    "judge set bail at $85,000. premium is 10% and the co-signer has to put up collateral worth "
    "1.5 times the premium. how much collateral",
    85000 * pct(10) * dec("1.5"),
)
calc(
    BAIL,
    "wrote 37 bonds this quarter averaging $12,400 bail, 10% premium on each, and I keep 65% "
    "after the surety company takes theirs. my take?",
    37 * 12400 * pct(10) * pct(65),
)
calc(
    BOLLY,
    "27 dancers for 4 shooting days at ₹3,800 a day each, the agency keeps 10% of the fee, and "
    "then adds ₹650 per dancer per day for food. total paid out to the dancers",
    27 * 4 * (3800 * (1 - pct(10)) + 650),
)
calc(
    FIRE,
    "retained pay: £3,120 retainer plus £14.86 an hour, and I did 47 hours of shouts. total?",
    3120 + dec("14.86") * 47,
)
calc(
    SKATE,
    "Component scores were 8.25, 7.75, 8.5, 9 and 8. Drop the highest and lowest, average the "
    "other three, then times by the 1.6 factor. What does she get?",
    (dec("8.25") + dec("8.5") + 8) / 3 * dec("1.6"),
)
calc(
    PAGEANT,
    "gown £1,350 but 20% off, alterations £185, hair and makeup £95 a day for 3 days. her mum and "
    "I are going halves, what's my half",
    (1350 * (1 - pct(20)) + 185 + 95 * 3) / 2,
)
calc(
    SABRE,
    "flights are €412 each for five fencers plus the coach, 3 hotel rooms at €96 a room a night "
    "for 4 nights. the federation pays back 60%, what's left for us to pay",
    (6 * 412 + 3 * 96 * 4) * (1 - pct(60)),
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
unit_r(P, "how many pounds is 72.6 kg", dec("72.6") / LB)
unit(P, "my passport form wants cm, I'm 5 ft 11 in", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "oven dial on the old cooker says 350 °F - celsius please", f_to_c(350))
unit_r(P, "13 st 4 lb in kilos", (13 * STONE + 4 * LB))
unit_r(P, "46 m² in square feet", 46 / SQFT)
unit_r(P, "what's 110 km/h in miles per hour", 110 * KMH / MPH)
unit(P, "a 3.5 GiB disk image, how big is that in MiB", dec("3.5") * GIB / MIB, EXACT)
unit(P, "2.75 miles = how many metres", dec("2.75") * MI, EXACT)
unit_r(P, "36 psi in bar", 36 * PSI / BAR)
unit_r(P, "six and a half acres in hectares", dec("6.5") * ACRE / 10000)
unit(P, "a steady 20 knots is how many km/h", 20 * KNOT / KMH, EXACT)
unit(P, "-18 C in fahrenheit", c_to_f(-18), EXACT)
unit_r(P, "a marathon is 26.2 miles, how many kilometres is that", dec("26.2") * MI / 1000)
unit_r(P, "9 oz to grams", 9 * OZ * 1000)

# registers
unit_r(
    SARI,
    "the aunties keep saying a proper sari is six yards long. how many metres is that",
    6 * YD,
)
unit(
    LEVEE,
    "river gauge reads 2.3 m above normal and the levee crest is 9 feet above normal level. how "
    "many centimetres of freeboard have we got left",
    (9 * FT - dec("2.3")) * 100,
    EXACT,
)
unit_r(
    LEVEE,
    "the fire service pump behind the levee moves 1,500 litres a minute. what's that in cubic "
    "feet per hour",
    F(1500, 1000) * 60 / CUFT,
)
unit_r(
    AMISH,
    "The new barn is 40 ft by 72 ft. What's the floor area in square metres?",
    40 * 72 * SQFT,
)
unit_r(
    ABBEY,
    "Brother Anselm's handwritten recipe says pitch the yeast at 64°F. What is that in Celsius?",
    f_to_c(64),
)
unit_r(
    GUARD,
    "motorcade rules say no more than 45 mph on the parkway, what's that in km/h for the French "
    "drivers",
    45 * MPH / KMH,
)
unit_r(
    DSN,
    "our big dish is 70 metres across. visitors always ask in feet - how many",
    70 / FT,
)
unit_r(
    SHAWARMA,
    "uncle's garlic sauce recipe says 2 lb 6 oz of the base. how many grams do I weigh out",
    (2 * LB + 6 * OZ) * 1000,
)
unit_r(
    CINNAMON,
    "a bale of quills weighs 45 kg and the buyer in New Jersey wants it in pounds",
    45 / LB,
)
unit_r(
    CINNAMON,
    "the lorry takes the bark 14.5 miles from the estate to the processing centre in Galle, how "
    "many km is that",
    dec("14.5") * MI / 1000,
)
unit(
    GLIDER,
    "vario says I'm climbing at 450 feet per minute in this thermal. what's that in metres per "
    "second",
    450 * FT / 60,
    EXACT,
)
unit(
    GLIDER,
    "forecast cloudbase is 5,800 ft - in metres?",
    5800 * FT,
    EXACT,
)
unit_r(
    MAYPOLE,
    "the school maypole is 16 feet tall, what's that in metres for the risk assessment form",
    16 * FT,
)
unit_r(
    MAGGOT,
    "bait fridge is set to 39 °F to stop them turning. what's that in °C",
    f_to_c(39),
)
unit_r(
    TULIP,
    "our top grade bulbs are 12 cm round the middle. the American importer wants the "
    "circumference in inches",
    F(12, 100) / IN,
)
unit(
    KPOP,
    "the queue goes 850 yards round the stadium already!! how many metres is that",
    850 * YD,
    EXACT,
)
unit_r(
    TRIVIA,
    "writing a question about a 1,454 ft skyscraper and the answer has to be in metres. convert "
    "1,454 feet",
    1454 * FT,
)
unit_r(
    GEOLOGY,
    "the col on our transect is at 2,408 m. my American supervisor wants it in feet",
    2408 / FT,
)
unit_r(
    ARGO,
    "the float is drifting at 0.35 knots at parking depth. what is that in cm per second",
    dec("0.35") * KNOT * 100,
)
unit_r(
    ARGO,
    "CTD housing is rated to 2,900 psi. what's that in bar",
    2900 * PSI / BAR,
)
unit(
    CACTUS,
    "Melocactus minimum is 50 degrees F in winter, what's that in C",
    f_to_c(50),
    EXACT,
)
unit_r(
    CACTUS,
    "lean-to greenhouse is 8 ft by 12 ft. floor area in m²?",
    8 * 12 * SQFT,
)
unit_r(
    GUIDE,
    "she wants to hold 8:30 per mile. what is that in minutes per kilometre",
    F(17, 2) / (MI / 1000),
)
unit_r(
    GUIDE,
    "the tether between us is 50 cm. how long is it in inches",
    F(50, 100) / IN,
)
unit_r(
    AUCTION,
    "the particulars say the plot is 0.35 acres - how many square metres is that",
    dec("0.35") * ACRE,
)
unit_r(
    BAIL,
    "the warrant describes him as 6'2\", 210 lbs. I need his weight in kg for the Canadian form",
    210 * LB,
)
unit_r(
    BOLLY,
    "the dance floor on set is 2,400 sq ft. how many square metres is that",
    2400 * SQFT,
)
unit_r(
    FIRE,
    "we run the hose reel at 7 bar. the American manual quotes psi, so what's 7 bar in psi",
    7 * BAR / PSI,
)
unit_r(
    SKATE,
    "rink manager says the ice is kept at 22°F. in celsius?",
    f_to_c(22),
)
unit(
    PAGEANT,
    "the form wants height in cm and she's 5 foot 7. what do I put",
    (5 * FT + 7 * IN) * 100,
    EXACT,
)
unit_r(
    SABRE,
    "a piste is 14 m long. how many feet",
    14 / FT,
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
    "for my French history essay, 14 July 1789 fell on which day of the week",
    weekday(D(1789, 7, 14)),
)
date_item(
    P,
    "19 November 2031 is how many days after 3 March 2031",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "what date is 150 days after 12 October 2029?", D(2029, 10, 12) + TD(days=150))
date_item(P, "25 December 2034 falls on which day", weekday(D(2034, 12, 25)))
date_item(
    P,
    "how many weeks is it from 7 January 2030 to 30 December 2030",
    weeks(D(2030, 1, 7), D(2030, 12, 30)),
)
_d = D(2030, 12, 6)
date_item(
    P,
    f"10 working days after {sayw(_d)}, not counting that day and ignoring holidays - what date",
    working_day_after(_d, 10),
)
date_item(
    P,
    "is february 2100 28 or 29 days long? just give the number of days",
    calendar.monthrange(2100, 2)[1],
)
date_item(
    P,
    "January 1, 2029 is how many days after July 4, 2028",
    days(D(2028, 7, 4), D(2029, 1, 1)),
)
date_item(P, "minutes from 22:45 to 06:10 the following morning", clock_span("22:45", "06:10", 60))
date_item(P, "1000 days after 1 jan 2030 is what date", D(2030, 1, 1) + TD(days=1000))
date_item(P, "2031-08-31 plus 6 weeks", D(2031, 8, 31) + TD(weeks=6))
date_item(P, "which weekday is 1 January 2040", weekday(D(2040, 1, 1)))
date_item(
    P,
    "how many Sundays are there in March 2032",
    sum(1 for k in range(1, 32) if D(2032, 3, k).weekday() == SUN),
)
date_item(P, "date of the last Friday in November 2031", nth_weekday(2031, 11, FRI, -1))

# registers
_wed = D(2032, 2, 14)
date_item(
    SARI,
    f"the wedding is {sayw(_wed)}. the mehndi is 4 days before the wedding and I want the "
    "draping trial 9 days before the mehndi. what date is the trial",
    _wed - TD(days=4 + 9),
)
date_item(
    LEVEE,
    "our sandbagging shift starts at 16:40 and the river is forecast to crest at 07:10 the next "
    "morning. how many hours is that from the start of the shift",
    clock_span("16:40", "07:10", 3600),
)
date_item(
    AMISH,
    "The bishop says raising day can't be a Sunday. The date set is 23 June 2029 - which day of "
    "the week is that?",
    weekday(D(2029, 6, 23)),
)
_brew = D(2030, 9, 17)
date_item(
    ABBEY,
    "we brewed the tripel on 17 September 2030, bottled it 18 days later, and it needs 9 weeks "
    "of bottle conditioning after bottling before it goes to the gatehouse shop. first day it "
    "can be sold?",
    _brew + TD(days=18) + TD(weeks=9),
)
date_item(
    GUARD,
    "principal departs Washington Dulles 18:20 local on 3 November 2030 and lands at Paris CDG "
    "08:05 local on 4 November 2030. how many hours in the air",
    utc_minutes("2030-11-03T18:20", "America/New_York", "2030-11-04T08:05", "Europe/Paris") / 60,
)
_detail = D(2030, 9, 9)
date_item(
    GUARD,
    f"the protection detail starts {sayw(_detail)} and runs 17 days, counting the first day as "
    "day 1. what is the last day",
    _detail + TD(days=16),
)
date_item(
    DSN,
    "tracking pass starts 23:50 and loss of signal is 04:35. how many minutes is the pass",
    clock_span("23:50", "04:35", 60),
)
date_item(
    DSN,
    "the probe launched on 20 August 1977. 20 August 2031 is how many days after launch",
    days(D(1977, 8, 20), D(2031, 8, 20)),
)
date_item(
    SHAWARMA,
    "we open at 17:00 and the late licence lets us trade till 03:30. open six nights a week, "
    "closed mondays. how many hours a week is that",
    6 * clock_span("17:00", "03:30", 3600),
)
_peel = D(2031, 5, 15)
date_item(
    CINNAMON,
    "peeling season starts on 15 May 2031 and runs for 140 days, the first day counted as day 1. "
    "on what date does it end",
    _peel + TD(days=139),
)
date_item(
    GLIDER,
    "the ridge soaring comp opens on 21 August 2032 - what day of the week is that",
    weekday(D(2032, 8, 21)),
)
date_item(
    MAYPOLE,
    "maypole practice is every Tuesday and Thursday from 1 March 2033 to 30 April 2033, both "
    "dates included. how many practices is that",
    sum(
        1
        for k in range(days(D(2033, 3, 1), D(2033, 4, 30)) + 1)
        if (D(2033, 3, 1) + TD(days=k)).weekday() in (TUE, THU)
    ),
)
date_item(
    MAGGOT,
    "at 20 °C they pupate 8 days after hatching. this batch hatched on 27 February 2031, what "
    "date will they pupate",
    D(2031, 2, 27) + TD(days=8),
)
date_item(
    TULIP,
    "Planted the forcing trial on 18 October 2030, bloom is expected 165 days after planting. "
    "What date is that?",
    D(2030, 10, 18) + TD(days=165),
)
date_item(
    KPOP,
    "flying London Heathrow 21:05 on 10 October 2030, landing Incheon 17:15 local time on 11 "
    "October. flight time in minutes?",
    utc_minutes("2030-10-10T21:05", "Europe/London", "2030-10-11T17:15", "Asia/Seoul"),
)
_show = D(2030, 10, 12)
date_item(
    KPOP,
    f"general sale opens 45 days before the show on {sayw(_show)}. what date is general sale",
    _show - TD(days=45),
)
date_item(
    TRIVIA,
    "fact-checking a question: what day of the week was 20 July 1969",
    weekday(D(1969, 7, 20)),
)
date_item(
    GEOLOGY,
    "field season runs 2 June to 28 August 2031 inclusive. how many days in the field",
    days(D(2031, 6, 2), D(2031, 8, 28)) + 1,
)
date_item(
    ARGO,
    "the float surfaces every 10 days. first surfacing was 4 January 2031, what date is the "
    "20th surfacing",
    D(2031, 1, 4) + TD(days=10 * 19),
)
date_item(
    CACTUS,
    "stopped watering the collection on 15 October 2030 and they get 150 days completely dry. "
    "date I start watering again?",
    D(2030, 10, 15) + TD(days=150),
)
_race = D(2031, 4, 6)
date_item(
    GUIDE,
    f"marathon is {sayw(_race)} and our training plan starts exactly 16 weeks before race day. "
    "start date?",
    _race - TD(weeks=16),
)
_hammer = D(2031, 6, 12)
date_item(
    AUCTION,
    f"auction is {sayw(_hammer)}. completion is 20 working days after that (auction day not "
    "counted, ignore bank holidays). what's the completion date",
    working_day_after(_hammer, 20),
)
date_item(
    BAIL,
    "arraigned on 18 November 2030, preliminary hearing set for 90 days after that. what date",
    D(2030, 11, 18) + TD(days=90),
)
date_item(
    BOLLY,
    "wrap at 2:30am, then my flight leaves Mumbai 04:10 on 15 January 2031 and lands London "
    "08:55 local the same day. how many minutes is the flight",
    utc_minutes("2031-01-15T04:10", "Asia/Kolkata", "2031-01-15T08:55", "Europe/London"),
)
_fri = D(2031, 3, 28)
date_item(
    FIRE,
    f"I'm on call from 18:00 {sayw(_fri)} to 07:00 on Monday 31 March 2031, UK time. the "
    "clocks go forward that weekend. how many hours on call actually elapse",
    utc_minutes("2031-03-28T18:00", "Europe/London", "2031-03-31T07:00", "Europe/London") / 60,
)
date_item(
    FIRE,
    "joined the retained service on 4 March 2019. how many days after that is 4 March 2031",
    days(D(2019, 3, 4), D(2031, 3, 4)),
)
date_item(
    SKATE,
    "she was born 23 December 2016 and junior eligibility is her age on 1 July 2031. how old is "
    "she on that date",
    age(D(2016, 12, 23), D(2031, 7, 1)),
)
date_item(
    SKATE,
    "practice ice is booked 05:15 to 06:40 Monday to Friday. total minutes a week on the ice",
    5 * clock_span("05:15", "06:40", 60),
)
_final = D(2031, 7, 19)
date_item(
    PAGEANT,
    f"state final is {sayw(_final)} and registration closes exactly 6 weeks before. last day to "
    "register?",
    _final - TD(weeks=6),
)
date_item(
    SABRE,
    "leaving Frankfurt 23:30 on 27 March 2032, landing Seoul 18:45 local on 28 March. how long "
    "is the flight in minutes",
    utc_minutes("2032-03-27T23:30", "Europe/Berlin", "2032-03-28T18:45", "Asia/Seoul"),
)
date_item(
    SABRE,
    "the grand prix starts 14 November 2031, which day of the week do I fly out if I leave the "
    "day before",
    weekday(D(2031, 11, 13)),
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
            (U, "for this puzzle, a ★ b means a squared minus b. got it?"),
            (A, "Got it: a ★ b = a² − b."),
            (U, "ok so what's 6 ★ 11"),
        ],
        "the star operator was defined earlier as a squared minus b",
    ),
    (
        "conv-other-base",
        [
            (S, "You are helping a student with octal (base 8) homework. All numbers are octal."),
            (U, "add 57 and 26 for me"),
        ],
        "the numbers are octal per the system turn, so a decimal sum would be wrong",
    ),
    (
        "conv-modulus",
        [
            (U, "we're doing arithmetic modulo 13 in class"),
            (A, "Sure - every result is reduced to a remainder between 0 and 12."),
            (U, "so what is 9 times 11"),
        ],
        "the product must be reduced mod 13 as set up earlier",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "in my novel the year has 8 months of 45 days each: Frost, Thaw, Seed, "
                    "Bloom, Sun, Reap, Ember, Dusk"
                ),
            ),
            (A, "Lovely - 360 days in the year, 45 per month."),
            (U, "how many days from 12 Seed to 3 Ember"),
        ],
        "an invented calendar defined earlier in the chat",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "my tabletop game's money: 1 crown = 16 marks, 1 mark = 12 pennies"),
            (A, "Noted: a crown is 192 pennies."),
            (U, "the sword costs 3 crowns 5 marks, how many pennies"),
        ],
        "made-up currency units defined earlier",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "quick python question coming"),
            (A, "Go ahead."),
            (U, "-17 // 5"),
        ],
        "Python floor division semantics (gives -4), not ordinary division",
    ),
    (
        "conv-js-semantics",
        [
            (S, "You answer questions about JavaScript behaviour."),
            (U, "what does '5' + 3 - 2 evaluate to"),
        ],
        "JavaScript string coercion, not arithmetic",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "rent for the flat is split by room size, I have the big room so I pay 38% "
                    "and the other two share the rest equally"
                ),
            ),
            (A, "Understood."),
            (U, "rent went up to £2,150. what does Priya pay now"),
        ],
        "the split was agreed earlier in the conversation",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "let's do all the sums in roman numerals, answer in roman numerals too"),
            (A, "Happy to."),
            (U, "XLVII plus LXXIV"),
        ],
        "answer must be given in Roman numerals as agreed",
    ),
    (
        "conv-excel-precedence",
        [
            (U, "I'm typing formulas into Excel"),
            (A, "OK, what formula?"),
            (U, "what will =-3^2 show"),
        ],
        "Excel gives unary minus higher precedence than ^, so 9 not -9",
    ),
    (
        "conv-c-xor",
        [
            (S, "The user is writing C code. Answer in terms of C semantics."),
            (U, "and 12 ^ 10 gives what"),
        ],
        "in C ^ is bitwise XOR, not a power",
    ),
    (
        "conv-mars-sols",
        [
            (U, "for my Mars colony story, one sol is 24 hours 39 minutes 35 seconds"),
            (A, "That matches the real Martian solar day."),
            (U, "so how many earth hours is 40 sols"),
        ],
        "the sol length was given earlier and the question depends on it",
    ),
    (
        "conv-pretend-rate",
        [
            (U, "for this worksheet pretend 1 euro is worth exactly 0.8 pounds"),
            (A, "OK, using €1 = £0.80."),
            (U, "how much is €365 then"),
        ],
        "uses an exchange rate fixed earlier in the chat",
    ),
    (
        "conv-matrix",
        [
            (U, "let M = [[2, 1], [0, 3]]"),
            (A, "Got it."),
            (U, "what's the determinant of M times 5"),
        ],
        "M is defined earlier; also ambiguous whether det(5M) or 5*det(M)",
    ),
    (
        "conv-sets",
        [
            (U, "A = {1, 3, 5, 7, 9} and B = {3, 6, 9}"),
            (A, "Noted both sets."),
            (U, "how many elements in A union B"),
        ],
        "sets defined in an earlier turn",
    ),
    (
        "conv-wizard-money",
        [
            (U, "in harry potter how do galleons sickles and knuts work"),
            (A, "17 Sickles make a Galleon and 29 Knuts make a Sickle."),
            (U, "so 2 galleons and 4 sickles is how many knuts"),
        ],
        "fictional currency explained in the earlier turn",
    ),
    (
        "conv-previous-total",
        [
            (U, "my basket came to $412.60 before tax"),
            (A, "Okay, $412.60 pre-tax."),
            (U, "what's the total with the sales tax for where I live, I'm in Chicago"),
        ],
        "needs the earlier basket and knowledge of Chicago's combined sales tax",
    ),
    (
        "conv-old-rugby-scoring",
        [
            (U, "we're scoring the game with old rules: a try is worth 4 and a drop goal is 3"),
            (A, "OK, pre-1992 scoring."),
            (U, "5 tries, 3 conversions and 2 drop goals then"),
        ],
        "scoring rules set earlier; conversions not stated and need knowledge",
    ),
    (
        "conv-perth-time",
        [
            (U, "I'm based in Perth, Australia, my sister is in Edinburgh"),
            (A, "Noted."),
            (U, "if I call her at 7pm my time on 10 June 2031, what time is it for her"),
        ],
        "time zones come from the earlier turn, not the question",
    ),
    (
        "conv-rows-of-seats",
        [
            (U, "the village hall seats 240 when it's set out theatre style"),
            (A, "Good to know."),
            (U, "if each row takes 18 how many rows will that be, and will it look odd"),
        ],
        "depends on a number given earlier and asks for a judgement",
    ),
    (
        "conv-sql-null",
        [
            (S, "You are a SQL tutor."),
            (U, "what does SELECT NULL + 5 return"),
        ],
        "SQL NULL propagation, not arithmetic",
    ),
    (
        "conv-apollo-birthday",
        [
            (U, "my uncle was born the day of the first moon landing"),
            (A, "What a date to be born!"),
            (U, "how old was he when he got married on 3 June 1995"),
        ],
        "needs the moon landing date, which only the model knows",
    ),
    (
        "conv-fiscal-week",
        [
            (
                U,
                (
                    "at work our weeks run Wednesday to Tuesday and week 1 starts on the first "
                    "Wednesday of February"
                ),
            ),
            (A, "Got it, a custom week numbering."),
            (U, "what week number is 20 May 2031"),
        ],
        "custom week numbering defined earlier",
    ),
    (
        "conv-league-length",
        [
            (U, "in my fantasy world a league is exactly 4.2 km"),
            (A, "Noted - 1 league = 4.2 km."),
            (U, "the two castles are 63 km apart. how many leagues"),
        ],
        "a fictional length defined earlier",
    ),
    (
        "conv-recipe-scaling",
        [
            (U, "my nan's scone recipe makes 12 and uses 350 g flour, 85 g butter and 2 eggs"),
            (A, "Sounds like a classic."),
            (U, "I need 30 scones, how much of each"),
        ],
        "depends on the recipe given earlier and on rounding eggs sensibly",
    ),
    (
        "conv-binary",
        [
            (U, "from here on all my numbers are base 2"),
            (A, "OK, I'll read your numbers as binary."),
            (U, "1011 multiplied by 110 then"),
        ],
        "numbers are binary per the earlier turn",
    ),
    (
        "conv-game-damage",
        [
            (U, "in the game, damage = attack × 2 minus defence, but never below 1"),
            (A, "Understood."),
            (U, "my attack is 14 and the troll's defence is 35, how much damage"),
        ],
        "game formula defined earlier, with a floor of 1",
    ),
    (
        "conv-shire-calendar",
        [
            (U, "I'm writing fan fiction set in the Shire"),
            (A, "Great - do you want to use Shire Reckoning?"),
            (U, "yes. what day of the week is 1 Lithe in that calendar"),
        ],
        "Tolkien's Shire Reckoning calendar, not the Gregorian one",
    ),
    (
        "conv-music-bars",
        [
            (U, "the piece is in 7/8 and the tempo is 168 quavers a minute"),
            (A, "A lively 7/8."),
            (U, "how long do 96 bars take"),
        ],
        "time signature and tempo were given earlier",
    ),
    (
        "conv-hex-colour",
        [
            (U, "working in hex for css colours"),
            (A, "Sure."),
            (U, "what's 9F + 2A"),
        ],
        "hexadecimal addition set up by the earlier turn",
    ),
    (
        "conv-hijri-date",
        [
            (U, "we were talking about the Islamic calendar for planning Eid"),
            (A, "Yes - Hijri months begin with the new crescent moon."),
            (U, "what Gregorian date is 1 Shawwal 1454"),
        ],
        "Hijri dates depend on moon sighting conventions the model must explain",
    ),
    (
        "conv-handicap",
        [
            (U, "our club plays golf off 90% of course handicap for fourballs"),
            (A, "OK, 90% allowance."),
            (U, "my course handicap is 23, what do I get"),
        ],
        "allowance set earlier, and rounding follows golf rules the model knows",
    ),
    (
        "conv-percentage-of-salary",
        [
            (U, "my salary is £41,000 and my pension scheme is salary sacrifice"),
            (A, "Salary sacrifice reduces your taxable pay."),
            (U, "if I put in 8% what's my take-home roughly"),
        ],
        "needs the salary from earlier and UK tax and NI knowledge",
    ),
    (
        "conv-dice-average",
        [
            (U, "character creation: roll 4d6 and drop the lowest"),
            (A, "Classic method."),
            (U, "what's the expected score"),
        ],
        "a probability question framed by the earlier turn",
    ),
    (
        "conv-clock-in-story",
        [
            (U, "on the planet in my story a day is 30 hours and each hour is 50 minutes"),
            (A, "An unusual clock - 1,500 minutes a day."),
            (U, "how many minutes from 7:20 to 22:45"),
        ],
        "an invented clock defined earlier",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone-number",
        "is 0161 496 0873 a Manchester number or a mobile",
        "a phone number, asks about its area code",
    ),
    (
        "near-phone-number",
        "someone keeps calling me from +44 7700 900461, who could that be",
        "a phone number, not a sum",
    ),
    (
        "near-isbn",
        "who published ISBN 978-0-14-143951-8 and is it the abridged edition",
        "an ISBN is an identifier to look up",
    ),
    (
        "near-version",
        "is node 18.19.1 still supported or should I move to 22",
        "version numbers and support policy",
    ),
    (
        "near-version",
        "what changed between python 3.11 and 3.13 that I'd actually notice",
        "version numbers, needs an explanation",
    ),
    (
        "near-score",
        "we lost 2-3 after being 2-0 up at half time, what usually goes wrong there",
        "a football score, asks for analysis",
    ),
    (
        "near-score",
        "is 147 really the highest possible break in snooker",
        "a sports score with a rules question (free balls)",
    ),
    (
        "near-range",
        "my blood pressure was 138/88 at the pharmacy, should I worry",
        "a reading, asks for medical context",
    ),
    (
        "near-range",
        "what does a resting heart rate of 48 to 52 say about fitness",
        "a range, asks for interpretation",
    ),
    (
        "near-part-number",
        "what is a 6204-2RS bearing and what fits it",
        "a part number, needs knowledge",
    ),
    (
        "near-part-number",
        "can I swap a CR2032 for a CR2025 in my car key",
        "battery part numbers, needs knowledge",
    ),
    (
        "near-http-code",
        "why would an API return 429 instead of 503",
        "status codes, needs an explanation",
    ),
    (
        "near-history-year",
        "why does 1066 matter so much in English history",
        "a year used as a topic",
    ),
    (
        "near-float",
        "explain why 0.1 + 0.2 prints 0.30000000000000004 in my console",
        "an explanation of floating point, not a sum",
    ),
    (
        "near-culture-number",
        "why is 4 considered unlucky in china and japan",
        "cultural meaning of a number",
    ),
    (
        "near-fact",
        "how far is it by road from Lyon to Turin",
        "needs geography facts a calculator lacks",
    ),
    ("near-fact", "what's the population of Greater Tokyo these days", "a fact lookup"),
    ("near-fact", "how many moons does Saturn have now", "a changing fact, not a calculation"),
    ("near-fact", "atomic mass of tungsten?", "a chemistry fact"),
    (
        "near-fact",
        "in which year did they start knocking down the Berlin Wall, and who gave the order",
        "a history fact",
    ),
    (
        "near-fact",
        "how tall is the Burj Khalifa to the tip, in feet, and is it still the tallest",
        "a fact, though it mentions a unit",
    ),
    (
        "near-fact",
        "at what temperature does water boil at the summit of Kilimanjaro",
        "needs physics and altitude data, not a conversion",
    ),
    ("near-fact", "how long did the siege of Leningrad last", "a history fact about a duration"),
    (
        "near-sizes",
        "I'm a UK 9 in Nike, what would I be in Birkenstock",
        "shoe size charts differ by brand",
    ),
    ("near-sizes", "is a 34B the same as a 75B", "bra size systems need explanation"),
    (
        "near-opinion-number",
        "my credit score is 742, is that good enough for a mortgage",
        "asks for a judgement about a score",
    ),
    (
        "near-opinion-number",
        "is 6.9% APR a decent rate on a used car right now",
        "asks for an opinion about a rate",
    ),
    (
        "near-opinion-number",
        "I ran 5k in 24:30 at 45, is that good for my age",
        "asks for a judgement about a time",
    ),
    (
        "near-opinion-number",
        "is 1440p worth it on a 27 inch monitor over 1080p",
        "resolutions, asks for an opinion",
    ),
    (
        "near-opinion-number",
        "what's a fair hourly rate for a freelance illustrator in 2031",
        "asks for market knowledge",
    ),
    (
        "near-health-number",
        "is 38.1 a fever for a toddler and when do I call a doctor",
        "a temperature reading needing medical advice",
    ),
    (
        "near-health-number",
        "how much protein should I eat a day if I weigh 80 kg and lift",
        "advice, not a conversion",
    ),
    (
        "near-health-number",
        "how many hours of sleep does a 4 year old need",
        "guidance, not arithmetic",
    ),
    ("near-codes", "my car is throwing code P0420, what does that mean", "a diagnostic code"),
    ("near-codes", "what does error 0x80070005 mean on windows update", "an error code"),
    (
        "near-codes",
        "is CVE-2021-44228 still something I should patch for",
        "a vulnerability identifier",
    ),
    (
        "near-identifier",
        "whose bank is sort code 20-00-00, barclays or natwest",
        "a sort code, not a subtraction",
    ),
    ("near-identifier", "what building has the postcode SW1A 2AA", "a postcode"),
    (
        "near-identifier",
        "my Fender serial is MX19123456, roughly when was it made",
        "a serial number decoding question",
    ),
    ("near-identifier", "what does the 10W-40 on an oil bottle mean", "an oil grade, not a ratio"),
    (
        "near-identifier",
        "flight LH 1234 - does it usually leave from terminal 1 or 2",
        "a flight number, needs live or schedule info",
    ),
    (
        "near-identifier",
        "what's route 66 and can you still drive it end to end",
        "a road name containing a number",
    ),
    (
        "near-rules",
        "in cricket what does 4/32 off 10 mean for a bowler",
        "bowling figures, needs an explanation",
    ),
    (
        "near-rules",
        "what does a 4-3-3 formation look like and who uses it",
        "a formation, not a sum",
    ),
    ("near-rules", "what's the 50/30/20 rule for budgeting", "a rule of thumb to explain"),
    (
        "near-rules",
        "is the 3-2-1 backup rule overkill for a freelancer with one laptop",
        "a rule of thumb to explain",
    ),
    (
        "near-rules",
        "optician said I'm 6/9 in one eye, how does that compare to 20/20",
        "a notation to explain",
    ),
    ("near-rules", "what does the 4 in 4x4 stand for", "a vehicle term"),
    (
        "near-math-explain",
        "why can't you divide by zero, explain it to a 10 year old",
        "asks for an explanation",
    ),
    (
        "near-math-explain",
        "prove that the square root of 3 is irrational",
        "a proof, not a calculation",
    ),
    (
        "near-math-explain",
        "what's the difference between mean and median and when to use which",
        "a concept explanation",
    ),
    (
        "near-math-explain",
        "what's the time complexity of merge sort and why",
        "computer science explanation",
    ),
    (
        "near-math-explain",
        "is a p-value of 0.06 significant or not",
        "asks for statistical judgement",
    ),
    (
        "near-estimate",
        "roughly how many piano tuners are there in Chicago",
        "a Fermi estimate needing assumptions",
    ),
    (
        "near-estimate",
        "how many golf balls would fit in a school bus",
        "an estimate with assumptions",
    ),
    ("near-live-data", "what's the euro to yen rate at the moment", "live data"),
    ("near-live-data", "how much is a litre of petrol in France at the moment", "live prices"),
    (
        "near-time-fact",
        "what time does the sun set in Reykjavik on 21 June",
        "needs astronomical data",
    ),
    (
        "near-time-fact",
        "when does Ramadan start in 2032",
        "depends on moon sighting and religious authority",
    ),
    ("near-time-fact", "what time is the kick-off for the cup final", "needs schedule knowledge"),
    (
        "near-grades",
        "what grade is 68% in a UK degree and is it close to a first",
        "grade boundaries need explanation",
    ),
    (
        "near-grades",
        "I got 31 on the ACT, which colleges does that make realistic",
        "a score, asks for advice",
    ),
    ("near-number-meaning", "why is 42 the answer to everything", "a cultural reference"),
    ("near-number-meaning", "what's the story behind the 27 club", "a cultural reference"),
    (
        "near-recipe",
        "how long do I roast a 2.3 kg chicken at 190 fan",
        "cooking advice, not an exact sum",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short speech for my grandad's retirement from the fire brigade, funny but kind",
        "help me word a polite email asking my landlord to fix the boiler again",
        "can you tighten this cover letter opening: I am writing to apply for the role of",
        "a limerick about a cat who hates Mondays please",
        "write the blurb for a cosy mystery set in a Cornish lifeboat station",
        "give me three subject lines for a newsletter about our allotment open day",
        "rewrite this so it sounds less passive aggressive: as per my last email",
        "draft a thank you card for a nurse who looked after my mum",
        "turn these notes into a LinkedIn post about leaving teaching for UX",
        "write a bedtime story about a hedgehog who is scared of the dark",
    ],
    "cooking": [
        "what can I make with chickpeas, spinach, half a lemon and some feta",
        "my rye loaf came out dense and gummy in the middle, was it underproofed",
        "chicken thighs thawed in the fridge overnight, can they go back in the freezer raw",
        "vegan substitute for egg in a carrot cake",
        "my mushroom risotto always goes gluey by the time it gets to the table",
        "ideas for a packed lunch that isn't a sandwich for a fussy 8 year old",
        "recipe is American and says baking soda, is that our bicarb or baking powder",
        "give me a week of cheap dinners for two with minimal washing up",
        "how do I make proper crispy roast potatoes",
        "which wine goes with a mushroom stroganoff",
    ],
    "travel": [
        "first time in Portugal with my mum who walks slowly, Lisbon or Porto",
        "what should I pack for a week walking in the Lake District in October",
        "any tips for surviving a long haul flight with a toddler",
        "do I need a visa to visit Japan on a British passport",
        "what's worth seeing in Ghent if I only have an afternoon",
        "how do I avoid getting scammed by taxis in Bangkok",
        "is the night train from Vienna to Venice worth it",
        "suggest a 5 day road trip route around the Scottish borders",
        "what are the rules on taking medication into Dubai",
        "best way to get from Naples to the Amalfi coast without a car",
    ],
    "coding": [
        "why does my React component re-render every time I type",
        "explain the difference between git merge and git rebase",
        "how do I read a CSV in pandas and skip the first three rows",
        "my docker container exits straight away, how do I debug it",
        "write a bash one-liner that renames all .jpeg files to .jpg",
        "my Flask app is one 2000 line file, how would you split it into blueprints",
        "how do I centre a div vertically and horizontally",
        "explain async/await in Python like I know JavaScript promises",
        "regex to match a UK postcode roughly",
        "why is my SQL query slow when I add ORDER BY",
    ],
    "health": [
        "I do three nights then three days off at the depot, how do I sort my sleep out",
        "how do I tell the difference between being tired and heading for burnout",
        "is it normal for my knee to click when I squat",
        "lower back seizes up after long drives, any stretches I can do at a services",
        "how do I know if my child's rash needs a doctor",
        "antihistamines make me drowsy, what else helps with tree pollen hay fever",
        "is it bad to drink coffee on an empty stomach",
        "how do I start running again after an injury",
        "tips for cutting down on sugar without being miserable",
        "how would I know if this is flu or just a bad cold, I have a wedding on saturday",
    ],
    "relationships": [
        "my best friend forgot my birthday, should I say something",
        "how do I tell my parents I'm dropping out of uni",
        "ideas for a low key anniversary when money is tight",
        "how do I handle a flatmate who never cleans",
        "my teenager won't talk to me, any advice",
        "how do I say no to being a bridesmaid without ruining a friendship",
        "what should I write in a sympathy card for a colleague",
        "how to make friends after moving to a new city in your 30s",
        "my partner snores, how do we fix this without separate rooms",
        "how do I apologise properly after an argument",
    ],
    "learning": [
        "explain how vaccines train the immune system",
        "what caused the fall of the Roman Republic",
        "how does a heat pump actually work",
        "give me the plot of Middlemarch in a paragraph, no spoilers past book four",
        "my nephew says one cold winter proves climate change is fake, how do I answer him",
        "explain inflation to me like I'm 12",
        "why is the sky blue but sunsets are red",
        "what did the Treaty of Versailles actually change",
        "why do noise cancelling headphones block the engine drone but not people talking",
        "why don't antibiotics work on viruses when they work on bacteria",
    ],
    "work": [
        "how should I prepare for a panel interview for a project manager job",
        "help me ask for a pay rise without sounding greedy",
        "what do I say in a resignation letter if I'm leaving on bad terms",
        "how do I give feedback to someone older than me",
        "our Monday stand-up keeps turning into an hour, how do I rein it in politely",
        "what should be in a one page business plan for a dog walking business",
        "how do I explain a two year gap on my CV",
        "is it worth doing an MBA part time",
        "how do I stop checking work email on holiday",
        "write me an out of office message that sounds human",
    ],
    "home-garden": [
        "how do I get rid of black mould in the bathroom for good",
        "my tomato leaves are curling, what's wrong",
        "what can I plant in a shady north facing border",
        "best way to clean a cast iron pan that's gone rusty",
        "the top of the upstairs radiator stays cold, do I bleed it or is it something else",
        "my sourdough starter smells like nail varnish, is it dead",
        "how do I stop slugs eating my hostas without pellets",
        "ideas to make a small rented flat feel bigger",
        "should I prune my apple tree in winter or summer",
        "mixer tap in the kitchen drips from the spout even when off, washer or cartridge",
    ],
    "fun": [
        "give me ten quiz questions about 90s pop music",
        "board game for four adults, one is colourblind and none of us will read a rulebook",
        "what should I name my new tabby kitten",
        "suggest a fancy dress costume I can make in one evening",
        "what's a good first book to get a teenager into fantasy",
        "pitch me a sitcom set in a motorway service station",
        "ideas for a treasure hunt in the garden for six year olds",
        "recommend some podcasts like No Such Thing As A Fish",
        "make up a cocktail for a sci-fi themed party",
        "what are some fun things to do in Manchester on a rainy day",
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
    # no register (family name) of this set is a family name of sets 19 to 165
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 165: {reused}"
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
