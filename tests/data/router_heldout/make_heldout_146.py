"""Generate heldout-2027-04-28.jsonl: a hundred-and-forty-sixth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_146.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-145, registers, weekdays and digest.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Every expected value is computed here:
Fractions/Decimals for money and quantities, exact unit definitions, datetime for dates and
zoneinfo (via UTC) for the spans and dates that cross time zones or clock changes.

Provenance
----------
Read: bench/grading.py; earlier_registers.txt; of the copied previous generator only the
permitted ranges 27-285, 513-573, 722-806, 1033-1040 and 1671-1894 (with sed -n), plus single
lines at those range ends to locate the splice points. The previous set's queries and
docstring were never read.
Wrote: all calculator, units, datetime and negative sections anew in scratch files, spliced in
by line number (bottom range first), a small utc_of helper, and this docstring.
Checked: the generator's own checks (first runs flagged one reused register name and 25
queries or user turns repeating earlier sets; these were renamed or reworded until it passed),
a grep of this set's own output for contested units, and ruff check/format with the project's
config, lines at most 99 columns.
Slips: none. A byte copy of the untouched generator was kept in a scratch directory as a
safety backup, never viewed, and deleted at the end.
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
OUT = HERE / "heldout-2027-04-28.jsonl"
PREFIX = "ho146-"
# earlier generators: sets 1-145 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 146))
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

# ---- plain one-line arithmetic
calc(P, "what is 17.5% of 3,840", pct("17.5") * 3840)
calc(P, "784 / 0.32", 784 / dec("0.32"))
calc(P, "(46 + 38) * 12.5 - 19", (46 + 38) * dec("12.5") - 19)
calc(P, "23.7 times 48?", dec("23.7") * 48)
calc(P, "What's 2 to the power 17?", 2**17)
calc(P, "whats the square root of 6241", 79)
assert 79 * 79 == 6241
calc(P, "9,875 minus 3,968.45", 9875 - dec("3968.45"))
calc(P, "3/4 + 5/8 + 1/2 as a decimal", F(3, 4) + F(5, 8) + F(1, 2))
calc(P, "Add 6% of 1,250 onto 1,250.", 1250 + pct(6) * 1250)
calc(P, "fifteen cubed", 15**3)
calc(P, "Average of 84, 91, 77, 68 and 95?", F(84 + 91 + 77 + 68 + 95, 5))
calc(P, "divide 10,000 by 64", F(10000, 64))
calc(P, "0.45 x 0.8 x 120 = ?", dec("0.45") * dec("0.8") * 120)
calc(P, "increase 480 by 35 percent", 480 * (1 + pct(35)))

# ---- registers
calc(
    "beekeeper_swarm_log",
    (
        "Market stall figures: sold 38 jars of heather honey at £7.50 and 22 jars of "
        "clover at £6.25. What did the stall take altogether?"
    ),
    38 * dec("7.50") + 22 * dec("6.25"),
)
calc(
    "beekeeper_swarm_log",
    (
        "each of my 17 hives needs 1.8 kg of fondant to get through winter and fondant comes in "
        "2.5 kg blocks. how many blocks do i have to buy?"
    ),
    whole_up(17 * dec("1.8") / dec("2.5")),
)
calc(
    "harpsichord_tuner_rounds",
    (
        "I charge $95 per instrument for a tuning plus $0.65 a mile travel. The music college "
        "had 3 harpsichords done and it's a 46 mile round trip. Invoice total?"
    ),
    3 * 95 + dec("0.65") * 46,
)
calc(
    "ferry_purser_ledger",
    (
        "Purser's tally for the 14:10 sailing: 64 cars at €38.40, 9 vans at €61 and 212 foot "
        "passengers at €12.80. Total fares taken?"
    ),
    64 * dec("38.40") + 9 * 61 + 212 * dec("12.80"),
)
bar_gross = dec("1838.70")
bar_vat = bar_gross - bar_gross / (1 + pct("13.5"))
assert bar_vat.denominator == 10
calc(
    "ferry_purser_ledger",
    "Bar takings were €1,838.70 including VAT at 13.5%. How much of that is the VAT?",
    bar_vat,
)
calc(
    "glassblower_studio_batch",
    (
        "Costing a batch in the hot shop: 42 kg of batch glass at £3.85 per kg, plus gas at "
        "£0.11 a minute for 7.5 hours of furnace time. What's the batch cost?"
    ),
    42 * dec("3.85") + dec("0.11") * dec("7.5") * 60,
)
calc(
    "canal_lock_keeper_diary",
    (
        "Lock chamber is 5.6 m wide and 21.3 m long with a 2.4 m rise - how many cubic metres "
        "of water go down the cut every time I empty it?"
    ),
    dec("5.6") * dec("21.3") * dec("2.4"),
)
calc(
    "falconry_mews_weights",
    (
        "My Harris hawk flies best at 640 g and she weighed in at 672 g this morning. By what "
        "percentage is she over her flying weight?"
    ),
    F(672 - 640, 640) * 100,
)
calc(
    "bell_ringer_tower_peals",
    (
        "A full extent on seven bells is 5040 changes. If the band rings at 2.1 seconds a "
        "change, how many minutes does the peal take?"
    ),
    5040 * dec("2.1") / 60,
)
calc(
    "bell_ringer_tower_peals",
    (
        "Tower subs: 23 adult members at £18 and 7 juniors who pay half that, minus the £96 "
        "insurance premium. What's left in the tower fund?"
    ),
    23 * 18 + 7 * F(18, 2) - 96,
)
oysters = 18400
to_rest = oysters * pct(23)
assert to_rest.denominator == 1
calc(
    "oyster_trestle_grader",
    (
        "We graded 18,400 oysters off the trestles. 23% go to restaurants at 95p each and the "
        "rest to the wholesaler at 62p each. Total revenue in pounds?"
    ),
    to_rest * dec("0.95") + (oysters - to_rest) * dec("0.62"),
)
calc(
    "tattoo_parlour_booking",
    (
        "the sleeve took 4 sessions of 3.5 hours at £110 an hour and the £150 deposit comes off "
        "the end. what does the client still owe?"
    ),
    4 * dec("3.5") * 110 - 150,
)
calc(
    "tattoo_parlour_booking",
    (
        "Client tipped 15% on a $640 back piece; the tip is split 70/30 between the artist and "
        "the apprentice. How much does the apprentice get?"
    ),
    640 * pct(15) * pct(30),
)
calc(
    "ice_rink_resurfacer",
    (
        "I flood the ice after each of the 11 public sessions a day, 14 minutes a flood, six "
        "days a week. How many hours a week am I on the machine?"
    ),
    F(11 * 14 * 6, 60),
)
calc(
    "leadlight_glazier_quotes",
    (
        "Quote for a front door: 3 leaded panels, each 0.45 m by 0.8 m, at £420 per square "
        "metre, plus £65 fitting per panel. Total quote?"
    ),
    3 * (dec("0.45") * dec("0.8") * 420 + 65),
)
kept = 1240 * (1 - pct("7.5"))
assert kept.denominator == 1
calc(
    "orchid_nursery_grower",
    (
        "We pot on 1,240 phalaenopsis keikis a season and lose 7.5% of them. If every survivor "
        "sells at $14.80, what's the season's revenue?"
    ),
    kept * dec("14.80"),
)
calc(
    "orchid_nursery_grower",
    "feed is 1.25 ml per litre and the tank holds 38 litres - how many ml of feed go in?",
    dec("1.25") * 38,
)
calc(
    "thatcher_reed_order",
    (
        "Pricing a re-thatch: the roof is 17.5 squares, I allow 140 bundles of water reed per "
        "square and reed is £4.60 a bundle. What's the reed bill?"
    ),
    dec("17.5") * 140 * dec("4.60"),
)
calc(
    "sheepdog_trial_judge",
    (
        "Judging card, 100 points to start. Points lost: outrun 3, lift 2, fetch 6, drive 9, "
        "shed 4, pen 0. What's the run's score?"
    ),
    100 - (3 + 2 + 6 + 9 + 4 + 0),
)
calc(
    "sheepdog_trial_judge",
    (
        "Fifty-seven handlers entered at £22 each and 12% of entry fees goes to the national "
        "association. How much do we send them?"
    ),
    57 * 22 * pct(12),
)
parts = 48 + 12
calc(
    "typewriter_repair_bench",
    (
        "Repair ticket: platen recover $48, new ribbon $12, clean and adjust $85 labour. Sales "
        "tax of 8.25% applies to the parts only. Ticket total?"
    ),
    parts * (1 + pct("8.25")) + 85,
)
calc(
    "marathon_pacer_notes",
    "pacing the 10k bus with a 52:30 target, how many seconds per km is that",
    F(52 * 60 + 30, 10),
)
calc(
    "antique_clock_dealer",
    (
        "Bought a longcase clock at auction: £2,400 hammer, 25% buyer's premium, and 20% VAT "
        "charged on the premium only. What did it cost me all in?"
    ),
    2400 + 2400 * pct(25) * (1 + pct(20)),
)
calc(
    "puppet_theatre_touring",
    (
        "Marionette tour: 14 shows, average house of 86 at a £9.50 ticket, the venue keeps 35% "
        "of the box office. What's the company's share?"
    ),
    14 * 86 * dec("9.50") * (1 - pct(35)),
)
calc(
    "saddle_maker_workshop",
    (
        "A custom saddle uses 26.5 sq ft of hide at $11.40 a square foot plus 18 hours of bench "
        "work at $45 an hour. Cost of materials and labour?"
    ),
    dec("26.5") * dec("11.40") + 18 * 45,
)
washed_g = dec("2.6") * (1 - pct(18)) * 1000
calc(
    "alpaca_fleece_spinner",
    (
        "Raw fleece weighed 2.6 kg and lost 18% in skirting and washing. I spin 110 metres per "
        "50 g of clean fibre. How many metres of yarn will I get?"
    ),
    washed_g / 50 * 110,
)
calc(
    "lifeguard_rota_captain",
    (
        "Pool open 06:30 to 21:00 with two guards on deck the whole time, paid €13.20 an hour "
        "each. What's the daily guard wage bill?"
    ),
    dec("14.5") * 2 * dec("13.20"),
)
calc(
    "organ_builder_pipes",
    (
        "A rank of 61 pipes, average 0.85 kg of pipe metal each, plus 20% for waste, metal at "
        "£38 per kg. What does the metal for the rank cost?"
    ),
    61 * dec("0.85") * (1 + pct(20)) * 38,
)
calc(
    "bonsai_nursery_keeper",
    (
        "Bought 48 juniper pre-bonsai at $22.50 each, sold three quarters of them at $65 and "
        "the rest at $40. What was my profit?"
    ),
    36 * 65 + 12 * 40 - 48 * dec("22.50"),
)
calc(
    "kite_festival_steward",
    (
        "The field is 180 m by 95 m and 40% of it is the kite zone. If every flyer needs 30 "
        "square metres, how many flyers can we fit at most?"
    ),
    180 * 95 * pct(40) / 30,
)
calc(
    "meteorite_hunter_field_notes",
    (
        "Fragments from the strewn field weigh 14.6 g, 8.25 g, 31.4 g and 6.05 g. A dealer "
        "offers $2.40 per gram for the lot. What's the offer?"
    ),
    (dec("14.6") + dec("8.25") + dec("31.4") + dec("6.05")) * dec("2.40"),
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


# ---- plain one-line conversions
unit_r(P, "convert 73.5 kg into pounds", dec("73.5") / LB)
unit_r(P, "How many feet is 1500 metres?", 1500 / FT)
unit(P, "what is 104 F in C", f_to_c(104), EXACT)
unit_r(P, "5 miles in kilometres", 5 * MI / 1000)
unit_r(P, "38 psi in bar", 38 * PSI / BAR)
unit_r(P, "12 stone 3 lb in kg", (12 * STONE + 3 * LB))
unit(P, "how many MiB in 7.25 GiB", dec("7.25") * GIB / MIB, EXACT)
unit_r(P, "130 km/h to mph", 130 * KMH / MPH)
unit_r(P, "how many sq ft is 62 square metres", 62 / SQFT)
unit(P, "convert minus 35 celsius into fahrenheit please", c_to_f(-35), EXACT)
unit(P, "5 ft 7 in in centimetres", (5 * FT + 7 * IN) * 100, EXACT)
unit(P, "Convert 2.75 litres to millilitres.", dec("2.75") * 1000, EXACT)
unit_r(P, "how many acres is 3 hectares", 3 * 10000 / ACRE)
unit_r(P, "750 grams in ounces", F(750, 1000) / OZ)

# ---- registers
unit_r(
    "beekeeper_swarm_log",
    "The hive scale reads 58.4 lb this evening - what's that in kilograms?",
    dec("58.4") * LB,
)
unit(
    "harpsichord_tuner_rounds",
    "The double-manual's case is 7 ft 4 in long. How long is that in centimetres?",
    (7 * FT + 4 * IN) * 100,
    EXACT,
)
unit(
    "ferry_purser_ledger",
    "The crossing is 22 nautical miles (1852 m each). How many kilometres is that?",
    22 * dec("1.852"),
    EXACT,
)
unit(
    "ferry_purser_ledger",
    "we're making 17 knots, one knot being 1852 m per hour - convert to km/h",
    17 * dec("1.852"),
    EXACT,
)
unit_r(
    "glassblower_studio_batch",
    "Furnace is idling at 2,150 °F. What is that in degrees Celsius?",
    f_to_c(2150),
)
unit_r(
    "canal_lock_keeper_diary",
    "Narrowboat coming up is 57 ft long; how many metres is that?",
    57 * FT,
)
unit_r(
    "falconry_mews_weights",
    "My tiercel weighs 1 lb 6 oz on the old spring scale. Convert that to grams please.",
    (LB + 6 * OZ) * 1000,
)
unit_r(
    "bell_ringer_tower_peals",
    "Our tenor bell weighs 1,230 kg - how many pounds is that?",
    1230 / LB,
)
unit_r(
    "bell_ringer_tower_peals",
    "The tower is 36.5 metres to the top of the parapet. In feet?",
    dec("36.5") / FT,
)
unit_r(
    "oyster_trestle_grader",
    "Probe in the bay says 54 degrees Fahrenheit, what's that in celsius",
    f_to_c(54),
)
unit_r(
    "tattoo_parlour_booking",
    "Stencil is 9 inches by 14 inches. What's its area in square centimetres?",
    9 * 14 * IN * IN * 10000,
)
unit_r(
    "tattoo_parlour_booking",
    "client wants the piece 18 cm wide, how many inches is that",
    F(18, 100) / IN,
)
unit_r(
    "ice_rink_resurfacer",
    "The rink sheet is 200 ft by 85 ft. What's the ice area in square metres?",
    200 * 85 * SQFT,
)
unit_r(
    "leadlight_glazier_quotes",
    "A sheet of cathedral glass is 1.2 m by 0.9 m. How many square feet is that?",
    dec("1.2") * dec("0.9") / SQFT,
)
unit_r(
    "orchid_nursery_grower",
    "Night temperature in the cattleya house is set to 65°F - in Celsius?",
    f_to_c(65),
)
unit(
    "orchid_nursery_grower",
    "The standard orchid pot here is 4.5 inches across. Convert to cm.",
    dec("4.5") * IN * 100,
    EXACT,
)
unit_r(
    "thatcher_reed_order",
    "The roof area comes to 1,750 square feet. How many square metres is that?",
    1750 * SQFT,
)
unit(
    "sheepdog_trial_judge",
    "Judging notes: the outrun here measures 450 yards. Convert to metres.",
    450 * YD,
    EXACT,
)
unit_r(
    "sheepdog_trial_judge",
    "trial field is 12 acres, convert to hectares",
    12 * ACRE / 10000,
)
unit(
    "typewriter_repair_bench",
    "The platen roller measures 1.625 inches in diameter. What is that in millimetres?",
    dec("1.625") * IN * 1000,
    EXACT,
)
unit_r(
    "marathon_pacer_notes",
    "I'm holding 8:00 per mile pace. What's that in minutes per kilometre?",
    8 * 1000 / MI,
)
unit(
    "antique_clock_dealer",
    "The seconds pendulum on this regulator is 39.1 inches. How many centimetres?",
    dec("39.1") * IN * 100,
    EXACT,
)
unit_r(
    "puppet_theatre_touring",
    "The proscenium opening of the touring stage is 14 ft wide. In metres?",
    14 * FT,
)
unit_r(
    "puppet_theatre_touring",
    "the van's payload limit is 1,850 lb. convert to kilograms",
    1850 * LB,
)
unit(
    "saddle_maker_workshop",
    "Customer asked for a 17.5 inch seat; what's that in centimetres?",
    dec("17.5") * IN * 100,
    EXACT,
)
unit(
    "alpaca_fleece_spinner",
    "Each skein is 220 yards of yarn. Convert that to metres.",
    220 * YD,
    EXACT,
)
unit(
    "lifeguard_rota_captain",
    "The old pool is 25 yards long; how many metres is a length?",
    25 * YD,
    EXACT,
)
unit_r(
    "organ_builder_pipes",
    "The longest pipe in the pedal rank is 16 feet. How long is it in metres?",
    16 * FT,
)
unit(
    "bonsai_nursery_keeper",
    "this training pot is 14 inches wide - how many cm",
    14 * IN * 100,
    EXACT,
)
unit_r(
    "kite_festival_steward",
    "Anemometer on the flying field shows 18 mph. What's that in km/h?",
    18 * MPH / KMH,
)
unit_r(
    "meteorite_hunter_field_notes",
    "Picked up a chondrite that weighs 2.3 ounces. How many grams?",
    dec("2.3") * OZ * 1000,
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


def utc_of(naive, zone):
    """A local wall-clock time in a named zone, as an aware UTC datetime."""
    return naive.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


# ---- plain one-line calendar questions
date_item(P, "What day of the week is 17 October 2029?", weekday(D(2029, 10, 17)))
date_item(
    P,
    "how many days between 3 January 2028 and 19 August 2028",
    days(D(2028, 1, 3), D(2028, 8, 19)),
)
date_item(P, "what date is 100 days after 15 June 2027", D(2027, 6, 15) + TD(days=100))
date_item(P, "Date six weeks before 2 February 2028?", D(2028, 2, 2) - TD(weeks=6))
date_item(
    P, "How many weeks from 5 March 2029 to 28 May 2029?", weeks(D(2029, 3, 5), D(2029, 5, 28))
)
date_item(P, "When is the third Thursday of November 2028?", nth_weekday(2028, 11, THU, 3))
date_item(P, "last monday of may 2029 - what date", nth_weekday(2029, 5, MON, -1))
date_item(
    P,
    "How old is someone born 12 August 1990 on 1 August 2028?",
    age(D(1990, 8, 12), D(2028, 8, 1)),
)
date_item(P, "Which day of the week did 3 March 1999 fall on?", weekday(D(1999, 3, 3)))
mar27, mar28 = D(2027, 3, 1), D(2028, 3, 1)
date_item(P, "number of days from 1 March 2027 to 1 March 2028", days(mar27, mar28))
date_item(P, "What is the date 250 days after 1 October 2027?", D(2027, 10, 1) + TD(days=250))
date_item(P, "hours between 06:50 and 15:20?", clock_span("06:50", "15:20", 3600))
date_item(P, "Which date falls 1000 days after 1 January 2028?", D(2028, 1, 1) + TD(days=1000))
date_item(
    P, "days from 9 November 2027 to 25 December 2027?", days(D(2027, 11, 9), D(2027, 12, 25))
)

# ---- registers
date_item(
    "beekeeper_swarm_log",
    "Hived a swarm on 22 May 2027 and I'll open it up 19 days later. What date is that?",
    D(2027, 5, 22) + TD(days=19),
)
date_item(
    "harpsichord_tuner_rounds",
    (
        "I tune the college harpsichord every 6 weeks. The last tuning was on 3 September 2027; "
        "what's the date of the third tuning after that one?"
    ),
    D(2027, 9, 3) + TD(weeks=18),
)
ferry_dep = DT(2027, 10, 30, 20, 45)
ferry_arr = DT(2027, 11, 1, 7, 45)
ferry_h = F(
    int((utc_of(ferry_arr, "Europe/Madrid") - utc_of(ferry_dep, "Europe/London")).total_seconds()),
    3600,
)
assert ferry_h == 35  # the clocks in both ports go back on 31 October 2027
date_item(
    "ferry_purser_ledger",
    (
        f"We sail from Portsmouth at 20:45 local time on {sayw(ferry_dep.date())} and tie up in "
        f"Bilbao at 07:45 local time on {sayw(ferry_arr.date())}. How many hours is the crossing?"
    ),
    ferry_h,
)
date_item(
    "ferry_purser_ledger",
    (
        "A 90-day saver ticket bought on 14 December 2027 counts the purchase day as day 1. "
        "What is the last day it's valid?"
    ),
    D(2027, 12, 14) + TD(days=89),
)
date_item(
    "glassblower_studio_batch",
    (
        "Goblets went into the annealer at 16:40 and came out at 07:10 the next morning. "
        "How many hours was that?"
    ),
    clock_span("16:40", "07:10", 3600),
)
stop_a, stop_b = D(2028, 1, 3), D(2028, 2, 11)
date_item(
    "canal_lock_keeper_diary",
    (
        f"Winter stoppage on the flight runs from {sayw(stop_a)} to {sayw(stop_b)}, both days "
        "included. How many days is the lock closed?"
    ),
    days(stop_a, stop_b) + 1,
)
date_item(
    "falconry_mews_weights",
    (
        "She went down to moult on 14 April 2027 and I'll take her up again 112 days later. "
        "Which date?"
    ),
    D(2027, 4, 14) + TD(days=112),
)
date_item(
    "bell_ringer_tower_peals",
    "What day of the week is the peal attempt on 12 November 2027?",
    weekday(D(2027, 11, 12)),
)
date_item(
    "bell_ringer_tower_peals",
    "The quarter peal is booked for the second Sunday of December 2027. What's the date?",
    nth_weekday(2027, 12, SUN, 2),
)
date_item(
    "oyster_trestle_grader",
    "seed went out on the trestles on 9 June 2027, we reckon 540 days to market size. date?",
    D(2027, 6, 9) + TD(days=540),
)
date_item(
    "tattoo_parlour_booking",
    (
        "Touch-ups are booked no earlier than 6 weeks after the session. Session was "
        "27 August 2027 - earliest touch-up date?"
    ),
    D(2027, 8, 27) + TD(weeks=6),
)
date_item(
    "tattoo_parlour_booking",
    "Client's ID says born 3 March 2010. How old will she be on 1 March 2028?",
    age(D(2010, 3, 3), D(2028, 3, 1)),
)
rink_a, rink_b = D(2027, 10, 1), D(2028, 3, 26)
date_item(
    "ice_rink_resurfacer",
    (
        f"Public skating opens {sayw(rink_a)} and the season closes {sayw(rink_b)}. How many "
        "days is that, counting both?"
    ),
    days(rink_a, rink_b) + 1,
)
date_item(
    "leadlight_glazier_quotes",
    "The quote I sent on 18 November 2027 expires 45 days after that date. When does it expire?",
    D(2027, 11, 18) + TD(days=45),
)
date_item(
    "orchid_nursery_grower",
    "Dendrobium spike showed on 2 February 2028; flowers usually open 10 weeks later. Date?",
    D(2028, 2, 2) + TD(weeks=10),
)
date_item(
    "orchid_nursery_grower",
    "What weekday is 29 February 2028, the day of the orchid society show?",
    weekday(D(2028, 2, 29)),
)
thatch_start = D(2027, 9, 6)
assert thatch_start.weekday() == MON
left, d = 37, thatch_start
while True:
    if d.weekday() < SAT:
        left -= 1
        if left == 0:
            break
    d += TD(days=1)
date_item(
    "thatcher_reed_order",
    (
        f"Started stripping the roof on {sayw(thatch_start)} and the job took 37 working days, "
        "Monday to Friday only, counting the first day as day one. On what date did we finish?"
    ),
    d,
)
date_item(
    "sheepdog_trial_judge",
    "Entries close 16 July 2027 and the trials start 21 August 2027. How many days in between?",
    days(D(2027, 7, 16), D(2027, 8, 21)),
)
date_item(
    "sheepdog_trial_judge",
    "what day of the week is the final, 4 September 2027",
    weekday(D(2027, 9, 4)),
)
date_item(
    "typewriter_repair_bench",
    (
        "The serial number dates this Olympia to 14 March 1958. How many days from then to "
        "14 March 2028?"
    ),
    days(D(1958, 3, 14), D(2028, 3, 14)),
)
race = D(2028, 4, 23)
date_item(
    "marathon_pacer_notes",
    f"Race day is {sayw(race)}. I start training exactly 16 weeks before that. Start date?",
    race - TD(weeks=16),
)
date_item(
    "antique_clock_dealer",
    (
        "Wound the eight-day movement at 9am on 5 December 2027; it runs 192 hours on a "
        "winding. On what date does it stop?"
    ),
    (DT(2027, 12, 5, 9) + TD(hours=192)).date(),
)
tour_a = D(2027, 8, 2)
date_item(
    "puppet_theatre_touring",
    (
        "The tour opens 2 August 2027: eleven venues, four nights each, back to back with no "
        "gaps. What is the date of the last night?"
    ),
    tour_a + TD(days=11 * 4 - 1),
)
syd_dep = DT(2028, 4, 3, 11, 30)
la_arr = (utc_of(syd_dep, "Australia/Sydney") + TD(hours=14)).astimezone(
    ZoneInfo("America/Los_Angeles")
)
date_item(
    "puppet_theatre_touring",
    (
        "Company flies out of Sydney at 11:30 local time on 3 April 2028, a 14 hour flight "
        "to Los Angeles. What's the local date when we land?"
    ),
    la_arr.date(),
)
date_item(
    "saddle_maker_workshop",
    "Order placed 7 September 2027, the waiting list is 26 weeks. Delivery date?",
    D(2027, 9, 7) + TD(weeks=26),
)
date_item(
    "alpaca_fleece_spinner",
    "Our female was mated on 3 June 2027; count 345 days for the cria. What's the due date?",
    D(2027, 6, 3) + TD(days=345),
)
date_item(
    "lifeguard_rota_captain",
    "Outdoor lido season is 27 May 2028 to 10 September 2028 inclusive - how many days?",
    days(D(2028, 5, 27), D(2028, 9, 10)) + 1,
)
tokyo_call = DT(2028, 3, 13, 9, 0)
chi = utc_of(tokyo_call, "Asia/Tokyo").astimezone(ZoneInfo("America/Chicago"))
assert chi.date() == D(2028, 3, 12)
date_item(
    "organ_builder_pipes",
    (
        "Video call with the Tokyo concert hall at 09:00 Tokyo time on 13 March 2028. What "
        "date is that for me in Chicago?"
    ),
    chi.date(),
)
date_item(
    "bonsai_nursery_keeper",
    "Wired the juniper on 20 July 2027 and the wire comes off 95 days later. Which date?",
    D(2027, 7, 20) + TD(days=95),
)
date_item(
    "kite_festival_steward",
    "The kite festival is always the first Saturday of August. What date is it in 2028?",
    nth_weekday(2028, 8, SAT, 1),
)
date_item(
    "meteorite_hunter_field_notes",
    (
        "Sent the sample to the lab on 11 February 2028 and they quote 75 days. What date "
        "should results come?"
    ),
    D(2028, 2, 11) + TD(days=75),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- conversations: an earlier turn changes what the last question means
conv(
    "conv-fair-share",
    [
        (U, "I'm splitting a £180 cabin booking with friends."),
        (A, "Happy to help. How many of you are going?"),
        (U, "five, but one of us only stays two of the four nights - what's fair?"),
    ],
    "fairness is a judgement, several defensible splits",
)
conv(
    "conv-round-or-kitty",
    [
        (U, "In our group 'a round' means everyone buys one drink for the whole table."),
        (A, "Got it, the usual pub round."),
        (U, "If there are 6 of us and drinks are £4.50, is a kitty fairer than rounds?"),
    ],
    "opinion on a custom defined earlier",
)
conv(
    "conv-catering-x",
    [
        (U, "Let's say x is the number of guests at the party."),
        (A, "OK, x = number of guests."),
        (U, "catering is £38 per x plus £200 flat - good price for a village hall do?"),
    ],
    "asks for a price judgement, x never given",
)
conv(
    "conv-stopwatch-drift",
    [
        (U, "My club stopwatch gains 2 seconds every hour."),
        (A, "That's a fairly small drift for a cheap stopwatch."),
        (U, "So how far off were the results from Saturday's race?"),
    ],
    "race times and running time never given",
)
conv(
    "conv-caret-redefined",
    [
        (U, "For this chat, treat ^ as 'rounded up to the next multiple of'."),
        (A, "Understood: a ^ b means a rounded up to a multiple of b."),
        (U, "what's 47 ^ 5?"),
    ],
    "notation redefined earlier; not a power",
)
conv(
    "conv-dozenal-class",
    [
        (U, "We're counting in base twelve in my maths club this afternoon."),
        (A, "Fun, dozenal! Digits go up to eleven before you carry."),
        (U, "so what is 10 + 10?"),
    ],
    "the base set earlier changes the sum",
)
conv(
    "conv-perth-sunset",
    [
        (U, "I'm in Perth, the Australian one, not the Scottish one."),
        (A, "Noted, Western Australia."),
        (U, "What's the best spot on the coast here to watch the sunset?"),
    ],
    "local recommendation",
)
conv(
    "conv-loaf-value",
    [
        (U, "At the bakery a sourdough loaf is £3.20 and a baguette is £2.10."),
        (A, "Okay, noted both prices."),
        (U, "which one is better value per gram?"),
    ],
    "weights never given",
)
conv(
    "conv-francs-haircut",
    [
        (U, "I'm quoting everything in Swiss francs, I live in Zurich."),
        (A, "Understood, CHF it is."),
        (U, "Is 45 a reasonable price for a men's haircut there?"),
    ],
    "price opinion in a place set earlier",
)
conv(
    "conv-curling-stone",
    [
        (U, "When I say 'a stone' I mean a curling stone, roughly 19 kg each."),
        (A, "Got it, curling stones rather than the weight unit."),
        (U, "how many stones can the van take with a 600 kg payload?"),
    ],
    "'stone' redefined earlier as an object of rough weight",
)
conv(
    "conv-park-mile",
    [
        (U, "Our fun run calls one lap of the park 'a mile', but a lap is really 1.4 km."),
        (A, "So the club mile is 1.4 km."),
        (U, "so how many km is the 3 mile race?"),
    ],
    "'mile' redefined earlier",
)
conv(
    "conv-day-first-dates",
    [
        (U, "I write my dates day-first, British style."),
        (A, "OK, day/month."),
        (U, "number of days between 07/03 and 21/05 then?"),
    ],
    "the date order is set by the earlier turn",
)
conv(
    "conv-financial-quarter",
    [
        (U, "Our financial year starts on 1 July."),
        (A, "Okay, so Q1 is July to September."),
        (U, "which quarter is October in, then?"),
    ],
    "quarter depends on the fiscal year stated earlier",
)
conv(
    "conv-five-day-week",
    [
        (U, "For leave purposes, a week here means five working days."),
        (A, "Understood, working weeks."),
        (U, "then how many weeks is 40 days of leave?"),
    ],
    "'week' redefined earlier",
)
conv(
    "conv-spoon-measure",
    [
        (U, "In this family recipe, 'a spoon' means our 15 ml measuring spoon."),
        (A, "Got it, 15 ml per spoon."),
        (U, "how many spoons make 120 ml of oil?"),
    ],
    "the spoon's size is only known from the earlier turn",
)
conv(
    "conv-vat-inclusive",
    [
        (U, "Every price I mention already has 20% VAT in it."),
        (A, "Understood, VAT-inclusive prices."),
        (U, "The hedge trimmer is £186 - what is it before tax?"),
    ],
    "the rate and inclusion come from the earlier turn",
)
conv(
    "conv-slow-hall-clock",
    [
        (U, "The clock in the hall is the one that's 10 minutes slow."),
        (A, "Noted, the hall clock runs 10 minutes behind."),
        (U, "it shows 7:50 - have I missed the 8 o'clock bus?"),
    ],
    "judgement relying on earlier context and unknown bus punctuality",
)
conv(
    "conv-ohio-frost",
    [
        (U, "Any temperature I mention is Fahrenheit, I'm in Ohio."),
        (A, "Got it, Fahrenheit."),
        (U, "Is 30 degrees cold enough for the outdoor pipes to freeze overnight?"),
    ],
    "practical judgement",
)
conv(
    "conv-german-grades",
    [
        (U, "My son's school uses grades where 1 is the best and 6 the worst."),
        (A, "Like the German system, then."),
        (U, "He averaged 2.3 this term - should I be pleased?"),
    ],
    "opinion about a grade scale set earlier",
)
conv(
    "conv-big-tank",
    [
        (U, "When I say 'the big tank' I mean the 2,000 litre one in the barn."),
        (A, "Understood."),
        (U, "how long to fill the big tank at 12 litres a minute?"),
    ],
    "the tank's size is only in the earlier turn",
)
conv(
    "conv-watch-singapore",
    [
        (U, "My watch is still on Singapore time but I've landed in Dubai."),
        (A, "Okay, you haven't changed it yet."),
        (U, "it says 18:00, so what time is it here?"),
    ],
    "'here' and the watch's zone come from the earlier turn",
)
conv(
    "conv-long-billion",
    [
        (U, "Let's use the old British billion in this chat, a million million."),
        (A, "Right, the long scale."),
        (U, "so how many zeros does 3 billion have?"),
    ],
    "long-scale billion set earlier",
)
conv(
    "conv-darts-checkout",
    [
        (U, "We're playing 501, double out."),
        (A, "Classic rules."),
        (U, "I'm on 170 - what should I throw?"),
    ],
    "darts strategy advice",
)
conv(
    "conv-bakers-dozen",
    [
        (U, "In my shop every dozen I sell is a baker's dozen, thirteen."),
        (A, "So 13 per dozen."),
        (U, "so 7 dozen bridge rolls is how many rolls?"),
    ],
    "'dozen' redefined earlier",
)
conv(
    "conv-speedo-high",
    [
        (U, "My speedometer reads about 5% high."),
        (A, "So your true speed is a bit lower than shown."),
        (U, "it says 105 - how fast am I really going?"),
    ],
    "'5% high' is ambiguous and only stated earlier",
)
conv(
    "conv-julian-letter",
    [
        (U, "The dates in this old letter are Julian calendar dates."),
        (A, "OK, Old Style dating."),
        (U, "what weekday was 4 October 1582 then?"),
    ],
    "calendar system changed by the earlier turn",
)
conv(
    "conv-end-of-day-sydney",
    [
        (U, "For our team, 'end of day' means 17:00 Sydney time."),
        (A, "Noted."),
        (U, "I'm in London - when is end of day for me on Friday?"),
    ],
    "which Friday is unknown, so the offset is unknown",
)
conv(
    "conv-per-100g",
    [
        (U, "The deli labels here are per 100 g, not per kg."),
        (A, "OK, prices per 100 g."),
        (U, "the cheddar is 1.85 and the brie 2.40, how much for 600 g of each?"),
    ],
    "the price basis comes from the earlier turn",
)
conv(
    "conv-game-turns",
    [
        (U, "In this campaign one 'turn' is 20 minutes of real time."),
        (A, "Got it."),
        (U, "We played 9 turns, how long was that?"),
    ],
    "'turn' defined earlier",
)
conv(
    "conv-bmi-judgement",
    [
        (U, "I'm 5 ft 11 and 82 kg."),
        (A, "Thanks. What would you like to know?"),
        (U, "is my BMI in the healthy range?"),
    ],
    "health judgement using earlier figures",
)
conv(
    "conv-fortnightly-pay",
    [
        (U, "I'm paid every other Friday and the first payday is 7 January 2028."),
        (A, "Okay, fortnightly from then."),
        (U, "does that mean some months I get three paydays?"),
    ],
    "an explanation, needs the earlier schedule",
)
conv(
    "conv-knot-badge",
    [
        (U, "Talking about our scout troop's knots badge."),
        (A, "Sure, what about it?"),
        (U, "how many do they need out of 12 to pass?"),
    ],
    "badge rules are a fact not given",
)
conv(
    "conv-fridge-reads-low",
    [
        (U, "Our office fridge thermometer reads 2 degrees Celsius low."),
        (A, "So the real temperature is 2 degrees higher."),
        (U, "It shows 3. Is the milk still safe?"),
    ],
    "food safety judgement",
)
conv(
    "conv-yeast-packets",
    [
        (U, "This is an American bread recipe that says 'one packet of yeast'."),
        (A, "US yeast packets are usually 7 g."),
        (U, "How many do I need for 28 g?"),
    ],
    "the packet size is only in the earlier turn",
)
conv(
    "conv-the-usual-order",
    [
        (U, "When I say 'the usual' I mean two flat whites and a croissant."),
        (A, "Noted, that's your usual."),
        (U, "flat whites are £3.40 and croissants £2.90, what does the usual cost?"),
    ],
    "the order's make-up is only in the earlier turn",
)

# ---- near-negatives: numbers that look like sums, but need the language model
for q in (
    "Who uses the area code in 0161-496-0732?",
    "Part number 4410-220-75 keeps showing up on the invoice. What sort of part is that?",
    "The final score was 3-1 after extra time. Was that a fair result, in your view?",
    "Should I upgrade from Python 3.11 to 3.12 straight away or wait?",
    "Flight BA 2490 to Pisa - which terminal does it normally leave from?",
    "What does the 5:2 diet actually involve?",
    "My bike has a 50/34 chainset and an 11-32 cassette; is that good for hills?",
    "What's the book with ISBN 978-0-7432-7356-5?",
    "The tyre wall says 225/45 R17 91W, what do all those numbers mean?",
    "What does 1:43 on a model car box mean?",
    "We were 145/6 at lunch in a 50-over game - is that a good position?",
    "Is 7/10 on the pain scale bad enough to go to A&E?",
):
    neg("near-identifier", q, "an identifier, score or ratio rather than a sum")
for q in (
    "How much will my electricity bill be next quarter at 28p per kWh?",
    "If I leave at 7:40, will I make the 9 o'clock meeting in Leeds?",
    "How many boxes of tiles should I order for the kitchen splashback?",
    "What will my take-home pay be on a salary of £41,000?",
    "How long will it take to clear my credit card paying £150 each time?",
    "how many litres of paint do I need for the living room walls",
    "What will the euro exchange rate be when I travel in August?",
    "What hourly rate do I need to clear £50,000 after expenses?",
    "What time does the 17:20 from Euston actually get into Crewe?",
    "My parcel was posted on Tuesday, when will it arrive?",
    "How far can my car get on what's left in the tank?",
    "What's the postage for a 2.4 kg box to Canada?",
):
    neg("near-missing-fact", q, "a fact the question needs is missing or external")
for q in (
    "Roughly how many window cleaners work in Glasgow?",
    "Ballpark, how many bricks go into a three-bed semi?",
    "About how many golf balls would fit in a school bus?",
    "Roughly how many hours of video get uploaded to the internet each day?",
    "Estimate how many litres of water a city of 500,000 people uses daily.",
    "Give me a rough figure for a wedding with 80 guests in Ireland.",
    "approximately how many steps is a 10 km walk for someone 1.6 m tall?",
    "Roughly what does a kilometre of motorway cost to build?",
    "About how many words are in a 300 page novel?",
    "How many leaves are on a mature oak tree, roughly?",
):
    neg("near-estimate", q, "an estimate, no exact answer")
for q in (
    "In my puzzle book 2 ★ 3 = 13 and 4 ★ 1 = 17. What is 5 ★ 2?",
    "If 3 + 3 = 18 and 4 + 4 = 32 in this riddle, what does 5 + 5 equal?",
    "Our golf society scores strokes minus handicap, squared. Is that a sensible system?",
    "In our board game a 6 counts as 0 and doubles count triple - what's the best strategy?",
    "If a week had ten days, what would be good names for the three extra ones?",
    "My notes use a//b for 'divide and round to the nearest even'. Is that Python's //?",
    "Decode this message, each number is a letter: 8-5-12-12-15",
    "My teacher writes 3.5 as 3,5 and 1,000 as 1.000 - which countries do that?",
    "In our poker variant aces are both 1 and 14 at once; how does that change straights?",
    "What comes next in 2, 3, 5, 9, 17, and what's the rule?",
):
    neg("near-notation", q, "redefined notation or a pattern puzzle")
for q in (
    "My blood pressure came out at 142/91 - is that high?",
    "My credit score is 712, is that any good?",
    "Resting heart rate of 48 at age 35 - normal or a worry?",
    "The forecast says 40% chance of rain - does it rain for 40% of the day?",
    "MOT advisory says 2.1 mm tread left on the fronts. Replace them now?",
    "A pH of 8.2 in my pond, is that OK for koi?",
    "Sunscreen says SPF 30 - can I stay out 30 times longer?",
    "What does a 1 in 100 flood actually mean for a house by the river?",
    "My router shows 300 Mbps but speed tests give 40 - why?",
    "The wine label says 13.5% vol - is that strong for a red?",
    "Is an IQ of 115 meaningfully different from 110?",
):
    neg("near-meaning", q, "asks what a stated number means")
for q in (
    "Write a Rust function that converts miles to kilometres.",
    "Spreadsheet formula for working days between the dates in A1 and B1, please.",
    "How would I add a 15% service charge inside a Django template?",
    "Write a Python script that prints the date 90 days after a date the user types in.",
    "Code a JavaScript countdown timer to 1 January 2029.",
    "Write a C function converting Celsius to Fahrenheit using integers only.",
    "Google Sheets formula to split any bill between 4 people, rounded up to the penny?",
    "Write a unit test for a function that adds 20% VAT to a price.",
    "How do I get the weekday name of a date in Excel?",
    "Write a shell command showing how many days until my passport expires on 2029-05-14.",
):
    neg("near-code", q, "asks for code, not a number")

# ---- ordinary negatives
for q in (
    "Should I pay off my 4.9% car loan early or put the £6,000 into an index fund?",
    "Is a 0% balance transfer with a 3% fee worth it for me, generally speaking?",
    "Explain how compound interest differs from simple interest, with a small example.",
    "What's a sensible emergency fund for a freelancer earning about $4,000 a month?",
    "My landlord wants to put the rent up 8% - how do I negotiate that down?",
    "Why are petrol prices shown with a 9 in the tenths of a penny?",
    "Is it better to take a pension lump sum or a bigger regular payment?",
    "What does APR include that the headline interest rate doesn't?",
    "How should three flatmates split bills fairly when one is away half the time?",
    "Draft a polite email chasing a €1,250 invoice that's 30 days overdue.",
):
    neg("money-advice", q)
for q in (
    "Why does water boil at a lower temperature up a mountain?",
    "Why does a kilogram of feathers feel harder to carry than a kilogram of steel?",
    "How do leap seconds work and why are they being scrapped?",
    "Why is the speed of light given in metres per second?",
    "Why do the Celsius and Fahrenheit scales cross at minus 40?",
    "How does a GPS receiver work out where it is from satellite timing?",
    "Who decided an hour has sixty minutes, and why sixty?",
    "Explain what a kilowatt-hour is to a ten year old.",
    "Why does a full moon rising over the sea look so huge?",
    "How do pressure cookers cook food faster?",
):
    neg("science-explain", q)
for q in (
    "Why did Britain skip eleven days in September 1752?",
    "What happened on 14 July 1789 and why is it still celebrated?",
    "Why do Orthodox churches celebrate Christmas on a different date?",
    "Who decided the week should have seven days?",
    "Tell me about the history of the metric system in France.",
    "How did 6 April end up as the start of the British tax year?",
    "What was the Y2K bug and did it actually cause problems?",
    "How did February end up with only 28 days in most years?",
    "How did sailors find longitude before accurate clocks?",
    "Summarise the causes of the 1929 stock market crash in a paragraph.",
):
    neg("history-of-dates", q)
for q in (
    "Write a Python function returning the number of working days between two dates.",
    "How do I print 1234567.891 as 1,234,567.89 in JavaScript?",
    "Write an Excel formula that adds 20% VAT to the value in B2.",
    "What's the difference between float and Decimal in Python for money?",
    "Write a SQL query that totals sales per calendar month from an orders table.",
    "Why does 0.1 + 0.2 not equal 0.3 in most programming languages?",
    "Give me a bash one-liner to convert every .png in a folder to .jpg.",
    "How should I store time zones in a Postgres database?",
    "Write a regular expression that validates a UK vehicle registration plate.",
    "In pandas, how do I resample hourly readings to daily averages?",
):
    neg("programming-help", q)
for q in (
    "Is a 12% tip enough in a New York restaurant, or is that rude?",
    "For a beginner woodworker, is a table saw or a track saw the better buy?",
    "Is 3 hours of homework a night too much for a 14-year-old?",
    "Is an e-bike worth it for an 8 km commute?",
    "Which is more impressive, a sub-3 marathon or a 20 minute 5k?",
    "Should the UK switch its road signs to kilometres?",
    "Is a four-day working week a good idea for a small bakery?",
    "What's the nicest time of year to visit Lisbon?",
    "Would you rather have £500 now or £600 next spring?",
    "Are electric cars really cheaper to run over their lifetime?",
):
    neg("opinion-numbers", q)
for q in (
    "How much protein should a 70 kg rower eat a day?",
    "What are good warm-up exercises before a 10k race?",
    "How many hours of sleep do teenagers really need?",
    "Is it safe to run a half marathon 3 weeks after a full one?",
    "What's the best way to taper before a marathon?",
    "Explain what VO2 max means and how to improve it.",
    "How do I increase weekly mileage without getting injured?",
    "Is drinking 3 litres of water a day too much?",
    "Suggest a 20 minute bodyweight workout for a hotel room.",
    "Why do my legs ache more two days after a hard session than the day after?",
):
    neg("fitness-advice", q)
for q in (
    "What should I pack for a week of hiking in the Dolomites in September?",
    "How do I beat jet lag flying from London to Singapore?",
    "When the card machine abroad asks, should I pay in euros or pounds?",
    "Give me a 3 day itinerary for Kyoto.",
    "Do you tip taxi drivers in Tokyo, or is that considered rude?",
    "For 2 weeks around Scotland, is a hire car or the train better?",
    "Recommend some quiet beaches near Valencia.",
    "How early should I get to the airport for a domestic flight in the US?",
    "What documents does a British citizen need to drive in Canada?",
    "Write a packing checklist for camping with two toddlers.",
):
    neg("travel-planning", q)
for q in (
    "What's a good beginner sourdough schedule if I work 9 to 5?",
    "How do I stop my tomatoes splitting?",
    "Which wood glue is best for outdoor furniture?",
    "How do I choose sandpaper grits for refinishing a table?",
    "Tips for photographing the night sky with a phone?",
    "What's a good chord progression for a sad song in D minor?",
    "How do you wind a mechanical watch properly?",
    "Why does my bread come out so dense?",
    "Suggest some names for a knitting club.",
    "How do I keep a sourdough starter alive while I'm away for two weeks?",
):
    neg("home-and-hobby", q)
for q in (
    "Write a limerick about filling in a tax return.",
    "Rewrite this to sound friendlier: 'Your payment of $45 is late.'",
    "Translate 'the train leaves at quarter past six' into Spanish.",
    "Write a short speech for my parents' 40th wedding anniversary.",
    "Summarise the plot of Around the World in Eighty Days.",
    "Give me a catchy slogan for a bakery selling 99p doughnuts.",
    "Proofread: 'Their are 3 reason's we missed the deadline on the 5th.'",
    "Write a haiku about the first frost of November.",
    "Explain 'fewer' versus 'less' with examples using numbers.",
    "Draft a notice telling residents the water will be off on Thursday morning.",
):
    neg("writing-tasks", q)
for q in (
    "How should I price freelance illustration work as a beginner?",
    "What are the pros and cons of a long mortgage term versus a short one?",
    "Help me plan a fair weekly rota for 5 staff covering 7 days.",
    "What's a reasonable hourly rate for a piano teacher in Manchester?",
    "How do I ask for a 10% raise without sounding greedy?",
    "Explain how a tax code like 1257L on my payslip works.",
    "What should go into a quote for a bathroom renovation?",
    "Why do shops price things at £4.99 instead of £5?",
    "How can I work out my carbon footprint roughly?",
    "What are good interview questions for hiring a bookkeeper?",
):
    neg("work-questions", q)

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
    # no register (family name) of this set is a family name of sets 19 to 145
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 145: {reused}"
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
