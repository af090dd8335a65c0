"""Generate heldout-2027-05-12.jsonl: a hundred-and-sixtieth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_160.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-159, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
Fractions and Decimals for money and quantities, datetime and zoneinfo for dates and for spans
between zones (converted through UTC, with the clock changes they cross).

Provenance
----------
Read: bench/grading.py (whole); earlier_registers.txt; of the copied generator only the allowed
ranges (set-up and helpers, the units header and unit_r, the datetime header and helpers, the
negatives header and conv, the weekday check, checks and output), each with sed -n A,Bp. The
previous set's docstring and query sections were never viewed. Besides that, only the
expected values and ids of this set's own output, and the line numbers and text of four
over-long lines of this set's own new queries.
Wrote: all four query sections anew in scratch files, spliced in by line number (bottom range
first) with a small script that asserted the boundary lines' headers without printing the old
text; then this docstring, last.
Checked: the generator's own checks (its first runs failed on one banned unit word in a
positive and on queries repeating earlier sets, which were reworded until it passed); a scan of
all text, negatives included, for the contested units; ruff check and ruff format with the
project config; lines at most 99 columns.
Slips: none beyond the above.
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
OUT = HERE / "heldout-2027-05-12.jsonl"
PREFIX = "ho160-"
# earlier generators: sets 1-159 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 160))
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


# plain one-line arithmetic
calc(P, "What is 17.5% of 6,320?", pct("17.5") * 6320)
calc(P, "427 x 38 = ?", 427 * 38)
calc(P, "(1,730 - 467) / 8", F(1730 - 467, 8))
calc(P, "what's three eighths of 1,912", F(3, 8) * 1912)
calc(P, "whats the square root of 9,409", 97)
calc(P, "9.6 times 14.25", dec("9.6") * dec("14.25"))
calc(P, "Work out 3 raised to the 9th power.", 3**9)
calc(P, "Subtract 4,873.65 from 10,000.", 10000 - dec("4873.65"))
calc(P, "What's 64,512 divided by 126?", F(64512, 126))
calc(P, "take 15% off 348", 348 * (1 - pct(15)))
calc(P, "How much is 1,845 increased by 8 percent?", 1845 * (1 + pct(8)))
calc(P, "Add up 48.75, 112.4 and 39.85.", dec("48.75") + dec("112.4") + dec("39.85"))
calc(P, "0.125 multiplied by 3368", dec("0.125") * 3368)
calc(P, "Compute seven cubed minus five cubed.", 7**3 - 5**3)

# samphire_forager_on_the_saltings
SAMPHIRE = "samphire_forager_on_the_saltings"
calc(
    SAMPHIRE,
    "Picked 3.6 kg of samphire off the saltings this morning. Two restaurants take it at "
    "£14.50 a kilo between them. What do I take in total, in pounds sterling?",
    dec("3.6") * dec("14.50"),
)

# tapestry_conservator_relining_a_hanging
TAPESTRY = "tapestry_conservator_relining_a_hanging"
calc(
    TAPESTRY,
    "The relining linen for the hanging is €38.40 per metre. I need 6.75 metres, and the "
    "supplier adds a flat €25 delivery charge. What is the total in euros?",
    dec("38.40") * dec("6.75") + 25,
)

# bell_foundry_clapper_fitter
BELL = "bell_foundry_clapper_fitter"
calc(
    BELL,
    "we're fitting 8 new clappers at £312.75 each and the parish gets 12% off the whole "
    "order. what's the bill after the discount",
    8 * dec("312.75") * (1 - pct(12)),
)

# glacier_walk_guide_in_iceland
GLACIER = "glacier_walk_guide_in_iceland"
calc(
    GLACIER,
    "The glacier walk is 18,900 ISK per person. I had a group of eleven and my commission "
    "is 15% of the ticket money. How many krónur do I earn?",
    18900 * 11 * pct(15),
)

# velodrome_keirin_coach
VELO = "velodrome_keirin_coach"
calc(
    VELO,
    "My keirin rider's flying 200 m times were 10.42, 10.37, 10.51 and 10.30 seconds. "
    "Mean time in seconds?",
    (dec("10.42") + dec("10.37") + dec("10.51") + dec("10.30")) / 4,
)
calc(
    VELO,
    "Gear check: a 54-tooth chainring driving a 15-tooth sprocket. What's the gear ratio "
    "(chainring teeth divided by sprocket teeth)?",
    F(54, 15),
)

# organ_builder_tuning_reeds
ORGAN = "organ_builder_tuning_reeds"
calc(
    ORGAN,
    "Revoicing the trumpet rank: 47 reeds at two and a quarter hours each, charged at £42 "
    "an hour. What does the labour come to?",
    47 * F(9, 4) * 42,
)

# marionette_string_rigger
MARIONETTE = "marionette_string_rigger"
calc(
    MARIONETTE,
    "Each marionette gets nine control strings of 1.35 m. We are re-stringing fourteen "
    "puppets for the tour. How many metres of line is that altogether?",
    9 * dec("1.35") * 14,
)

# seed_bank_viability_tester
SEEDBANK = "seed_bank_viability_tester"
calc(
    SEEDBANK,
    "Germination test on the Primula accession: 250 seeds sown, 214 germinated. What "
    "percentage germinated?",
    F(214, 250) * 100,
)

# heritage_tram_conductor
TRAM = "heritage_tram_conductor"
calc(
    TRAM,
    "Sunday takings on the heritage tram: 37 adult fares at £4.20, 22 child fares at "
    "£2.10 and 9 concessions at £3.15. Total takings?",
    37 * dec("4.20") + 22 * dec("2.10") + 9 * dec("3.15"),
)

# quilting_retreat_host_in_devon
QUILT = "quilting_retreat_host_in_devon"
calc(
    QUILT,
    "Quilting retreat is £485 a head and 13 quilters have booked. The farmhouse charges me "
    "£3,900 for the four nights. How much is left over?",
    485 * 13 - 3900,
)

# whale_watching_skipper_in_tadoussac
WHALE = "whale_watching_skipper_in_tadoussac"
calc(
    WHALE,
    "Afternoon zodiac run: 42 passengers at $68 each, and the fuel bill was $612.40. What's "
    "the take after fuel?",
    42 * 68 - dec("612.40"),
)

# harbour_pilot_launch_coxswain
PILOT = "harbour_pilot_launch_coxswain"
calc(
    PILOT,
    "The pilot launch took 186.4 litres of diesel at €1.75 a litre. What was the fuel cost "
    "in euros?",
    dec("186.4") * dec("1.75"),
)
calc(
    PILOT,
    "I cox the launch for three ship boardings a shift at a £610 fee each. Over 17 shifts, "
    "how much in boarding fees is that?",
    3 * 610 * 17,
)

# snow_groomer_piste_basher_driver
GROOMER = "snow_groomer_piste_basher_driver"
calc(
    GROOMER,
    "Night shift in the piste basher: groomed 14 runs averaging 2.35 km each. total km?",
    14 * dec("2.35"),
)

# typewriter_platen_recoverer
PLATEN = "typewriter_platen_recoverer"
calc(
    PLATEN,
    "Recovering a platen for a customer: rubber tube $27.80, an hour and a half of labour at "
    "$46/hour, return shipping $14.35. What's the customer's total?",
    dec("27.80") + dec("1.5") * 46 + dec("14.35"),
)
calc(
    PLATEN,
    "Customer paid a 40% deposit on a $285 Olympia restoration. how much balance is owed?",
    285 * (1 - pct(40)),
)

# pipe_band_drum_sergeant
PIPEBAND = "pipe_band_drum_sergeant"
calc(
    PIPEBAND,
    "As drum sergeant I bought 6 snare heads at £58.90 and 4 tenor heads at £41.25. The five "
    "drummers split it evenly. What does each drummer owe?",
    (6 * dec("58.90") + 4 * dec("41.25")) / 5,
)
calc(
    PIPEBAND,
    "Each of our twelve pipers needs a chanter reed at £16.40 and three drone reeds at "
    "£7.25 apiece. What's the band's total reed bill?",
    12 * (dec("16.40") + 3 * dec("7.25")),
)

# fountain_pen_nib_grinder
NIB = "fountain_pen_nib_grinder"
calc(
    NIB,
    "I grind nibs at $35 each and did 23 at the pen show. The show's payment terminal keeps "
    "8% of the takings. What do I actually receive?",
    35 * 23 * (1 - pct(8)),
)

# cave_diving_gas_blender
GASBLEND = "cave_diving_gas_blender"
calc(
    GASBLEND,
    "Blending trimix for a twinset: 1,450 litres of helium at £0.032 per litre and 620 litres "
    "of oxygen at £0.006 per litre. What's the gas cost?",
    1450 * dec("0.032") + 620 * dec("0.006"),
)

# rink_ice_resurfacing_operator
RINK = "rink_ice_resurfacing_operator"
calc(
    RINK,
    "The rink's ice plant runs 18.5 hours a day drawing 42 kW, electricity is €0.23 per kWh. "
    "What does a day of running cost?",
    dec("18.5") * 42 * dec("0.23"),
)

# circus_rigging_flyer_catcher
CIRCUS = "circus_rigging_flyer_catcher"
calc(
    CIRCUS,
    "Our catch trapeze sees a peak load of 3.2 kN. The rigging rule is a 7:1 safety factor. "
    "What minimum breaking strength do we need, in kN?",
    dec("3.2") * 7,
)

# chess_arbiter_at_a_rapidplay
ARBITER = "chess_arbiter_at_a_rapidplay"
calc(
    ARBITER,
    "Rapidplay entries: 64 adults at £18 and 37 juniors at £9. The prize fund is 55% of "
    "entry fees. How big is the prize fund?",
    (64 * 18 + 37 * 9) * pct(55),
)
calc(
    ARBITER,
    "an all-play-all section of fourteen players, everyone plays everyone once. how many games "
    "is that in total?",
    14 * 13 // 2,
)

# vinyl_pressing_plant_scheduler
VINYL = "vinyl_pressing_plant_scheduler"
calc(
    VINYL,
    "Quote for a band: 500 records at $3.85 each to press, $640 for lacquers and plates, and "
    "$1.10 per jacket. What is the cost per record?",
    (500 * dec("3.85") + 640 + 500 * dec("1.10")) / 500,
)

# kombucha_brewery_fermentation_log
KOMBUCHA = "kombucha_brewery_fermentation_log"
calc(
    KOMBUCHA,
    "Sold 1,248 bottles of ginger kombucha to the wholesaler at £2.35 a bottle. Invoice total?",
    1248 * dec("2.35"),
)
calc(
    KOMBUCHA,
    "We dose 85 g of sugar per litre of sweet tea. For a 380 litre batch, how many grams of "
    "sugar go in?",
    85 * 380,
)

# hedgelaying_competition_steward
HEDGE = "hedgelaying_competition_steward"
calc(
    HEDGE,
    "Four judges scored the Midland-style hedge 28, 26.5, 27 and 29.5. What's the average score?",
    (28 + dec("26.5") + 27 + dec("29.5")) / 4,
)

# fresnel_lens_restorer_in_paris
FRESNEL = "fresnel_lens_restorer_in_paris"
calc(
    FRESNEL,
    "Regilding the lens frame: 14 brass panels at €265 each, plus TVA at 20%. Total with tax?",
    14 * 265 * (1 + pct(20)),
)

# wheelwright_cartwheel_tyre_fitter
WHEEL = "wheelwright_cartwheel_tyre_fitter"
calc(
    WHEEL,
    "Oak felloes are £46.50 each. A cartwheel takes seven and I'm building a pair of wheels. "
    "Cost of the felloes?",
    dec("46.50") * 7 * 2,
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

# plain one-line conversions
unit_r(P, "Convert 72 kg to pounds.", 72 / LB)
unit_r(P, "How many miles is 42.195 km?", dec("42195") / MI)
unit(P, "what is 101.3 °F in Celsius", f_to_c(dec("101.3")), EXACT)
unit(P, "My height is 5 foot 7 inches; in centimetres that is?", 67 * IN * 100, EXACT)
unit_r(P, "convert 3.75 acres into square metres", dec("3.75") * ACRE)
unit_r(P, "How many kilometres per hour is 70 mph?", 70 * MPH / KMH)
unit_r(P, "Tyre says 38 psi. How many bar?", 38 * PSI / BAR)
unit(P, "How many GiB is 6,442,450,944 bytes?", F(6442450944, GIB), EXACT)
unit_r(P, "Convert 13 stone 9 lb to kilograms.", 13 * STONE + 9 * LB)
unit_r(P, "Convert 350 square feet to square metres.", 350 * SQFT)
unit_r(P, "what's 163 cm in inches", dec("1.63") / IN)
unit_r(P, "1,500 metres in yards?", 1500 / YD)
unit_r(P, "What is 12 ounces (weight) in grams?", 12 * OZ * 1000)
unit_r(P, "Convert 250 kPa to psi.", 250000 / PSI)

# samphire_forager_on_the_saltings
unit_r(
    SAMPHIRE,
    "One of my old customers still orders in imperial. I've got 3.6 kg of samphire for him: "
    "how many pounds (lb) is that?",
    dec("3.6") / LB,
)

# tapestry_conservator_relining_a_hanging
unit(
    TAPESTRY,
    "The 1890s condition report gives the hanging's width as 14 feet 6 inches. What is that "
    "in centimetres?",
    (14 * 12 + 6) * IN * 100,
    EXACT,
)

# bell_foundry_clapper_fitter
unit_r(
    BELL,
    "The tenor bell weighs 1,250 kg; the ringers' old board lists weights in stone. How many "
    "stone is 1,250 kg?",
    1250 / STONE,
)

# glacier_walk_guide_in_iceland
unit_r(
    GLACIER,
    "An American guest asked how far the glacier tongue is from the car park: it is 3.2 miles "
    "by their map. Convert that to kilometres.",
    dec("3.2") * MI / 1000,
)
unit(
    GLACIER,
    "Their GPS says we descended 1,150 feet on the way down the ice. how many metres?",
    1150 * FT,
    EXACT,
)

# velodrome_keirin_coach
unit_r(
    VELO,
    "A flying 200 m in 10.4 seconds: what's the average speed in km/h?",
    F(200) / dec("10.4") / KMH,
)
unit_r(
    VELO,
    "Our velodrome track is 250 m a lap. How many laps make one mile?",
    MI / 250,
)

# organ_builder_tuning_reeds
unit_r(
    ORGAN,
    "The Pedal Open Wood's bottom C pipe is 16 feet speaking length. Express it in metres.",
    16 * FT,
)

# marionette_string_rigger
unit_r(
    MARIONETTE,
    "The visiting company's rigger works in inches: what's 1.35 metres of control string in "
    "inches?",
    dec("1.35") / IN,
)

# seed_bank_viability_tester
unit(
    SEEDBANK,
    "The long-term store is held at minus 20 degrees Celsius. What's that in degrees Fahrenheit?",
    c_to_f(-20),
    EXACT,
)

# heritage_tram_conductor
unit_r(
    TRAM,
    "The 1920s car's speed limit on the street section is 25 mph. Convert to km/h please.",
    25 * MPH / KMH,
)

# quilting_retreat_host_in_devon
unit_r(
    QUILT,
    "A king quilt top measures 90 inches by 108 inches. What's its area in square metres?",
    90 * IN * 108 * IN,
)

# whale_watching_skipper_in_tadoussac
unit(
    WHALE,
    "The zodiac cruises at 22 knots (nautical miles per hour, 1 nmi = 1852 m). What is that "
    "in km/h?",
    22 * KNOT / KMH,
    EXACT,
)

# harbour_pilot_launch_coxswain
unit_r(
    PILOT,
    "Inbound container ship is drawing 11.6 m. What's her draught in feet?",
    dec("11.6") / FT,
)
unit_r(
    PILOT,
    "Wind at the pilot station is gusting 35 knots (1 knot = 1852 m per hour). Convert that "
    "to metres per second.",
    35 * KNOT,
)

# snow_groomer_piste_basher_driver
unit_r(
    GROOMER,
    "snow depth at the top station is 185 cm, how many inches is that",
    dec("1.85") / IN,
)
unit_r(
    GROOMER,
    "The piste basher has an operating weight of 11,800 kg. What's that in pounds?",
    11800 / LB,
)

# typewriter_platen_recoverer
unit(
    PLATEN,
    "The platen core measures 1.625 inches across. Convert to millimetres.",
    dec("1.625") * IN * 1000,
    EXACT,
)

# pipe_band_drum_sergeant
unit(
    PIPEBAND,
    "Our bass drum is 28 inches in diameter. How many cm is that?",
    28 * IN * 100,
    EXACT,
)

# fountain_pen_nib_grinder
unit(
    NIB,
    "The vintage pen is 5.6 inches long when capped. What is that in millimetres?",
    dec("5.6") * IN * 1000,
    EXACT,
)

# cave_diving_gas_blender
unit_r(
    GASBLEND,
    "The twinset is filled to 232 bar. What's that in psi?",
    232 * BAR / PSI,
)
unit_r(
    GASBLEND,
    "Planned maximum depth on this blend is 45 metres. In feet?",
    45 / FT,
)

# rink_ice_resurfacing_operator
unit_r(
    RINK,
    "The hockey ice is kept at 22 °F. What's that in Celsius?",
    f_to_c(22),
)

# circus_rigging_flyer_catcher
unit_r(
    CIRCUS,
    "The load cell reads 3.2 kN on the catch. Convert that to kilograms-force (kgf, "
    "1 kgf = 9.80665 N).",
    3200 / KGF,
)

# chess_arbiter_at_a_rapidplay
unit_r(
    ARBITER,
    "The playing hall is 24 m by 15 m. The venue asks for its floor area in square feet: "
    "what is it?",
    24 * 15 / SQFT,
)

# vinyl_pressing_plant_scheduler
unit_r(
    VINYL,
    "Customer wants the 180 g heavyweight pressing's weight in ounces. How many oz?",
    dec("0.180") / OZ,
)

# kombucha_brewery_fermentation_log
unit(
    KOMBUCHA,
    "Fermentation room sits at 26 degrees C. Give me that in Fahrenheit.",
    c_to_f(26),
    EXACT,
)
unit_r(
    KOMBUCHA,
    "Our fermenter holds 380 litres. How many cubic feet is that?",
    dec("0.380") / CUFT,
)

# hedgelaying_competition_steward
unit(
    HEDGE,
    "The competition field has 220 yards of hedge marked out in plots. How many metres is that?",
    220 * YD,
    EXACT,
)

# fresnel_lens_restorer_in_paris
unit_r(
    FRESNEL,
    "The first-order lens stands 2.59 m tall; the US museum wants it in feet. How many feet?",
    dec("2.59") / FT,
)

# wheelwright_cartwheel_tyre_fitter
unit(
    WHEEL,
    "The cart wheel is 4 ft 8 in across. What's the diameter in centimetres?",
    (4 * 12 + 8) * IN * 100,
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


# plain one-line calendar questions
date_item(P, "What day of the week was 26 April 1986?", weekday(D(1986, 4, 26)))
date_item(
    P,
    "How many days are there between 3 March 2027 and 19 December 2027?",
    days(D(2027, 3, 3), D(2027, 12, 19)),
)
date_item(P, "What date is 250 days after 1 February 2028?", D(2028, 2, 1) + TD(days=250))
date_item(P, "what date is six weeks before 4 June 2027", D(2027, 6, 4) - TD(weeks=6))
date_item(P, "On what day of the week does 26 December 2034 fall?", weekday(D(2034, 12, 26)))
date_item(
    P,
    "How old is someone born on 30 June 1994 on 1 June 2027?",
    age(D(1994, 6, 30), D(2027, 6, 1)),
)
date_item(
    P,
    "How many weeks are there from 5 January 2027 to 28 September 2027?",
    weeks(D(2027, 1, 5), D(2027, 9, 28)),
)
date_item(P, "When is the fourth Thursday of November 2029?", nth_weekday(2029, 11, THU, 4))
date_item(P, "What date is 1,000 days after 15 August 2026?", D(2026, 8, 15) + TD(days=1000))
date_item(P, "How many hours from 08:40 to 17:10?", clock_span("08:40", "17:10", 3600))
date_item(P, "Which date was 90 days before 12 March 2028?", D(2028, 3, 12) - TD(days=90))
date_item(P, "day of the week for 1 January 2040?", weekday(D(2040, 1, 1)))
date_item(P, "How many minutes from 22:50 to 03:15?", clock_span("22:50", "03:15", 60))
date_item(P, "Last Monday of May 2028: what's the date?", nth_weekday(2028, 5, MON, -1))

# samphire_forager_on_the_saltings
SAMPHIRE_OPEN = D(2027, 6, 21)
date_item(
    SAMPHIRE,
    f"The estate lets me pick samphire from {sayw(SAMPHIRE_OPEN)}. What date is ten weeks "
    "after that?",
    SAMPHIRE_OPEN + TD(weeks=10),
)

# tapestry_conservator_relining_a_hanging
date_item(
    TAPESTRY,
    "The hanging arrived in the studio on 14 March 2027 and the lender wants it back 180 days "
    "after arrival. Which date is that?",
    D(2027, 3, 14) + TD(days=180),
)

# bell_foundry_clapper_fitter
date_item(
    BELL,
    "We cast the treble on 9 September 2027 and it has to sit in the pit for 16 days before "
    "the mould is broken out. On what date do we break it out?",
    D(2027, 9, 9) + TD(days=16),
)

# glacier_walk_guide_in_iceland
date_item(
    GLACIER,
    "My group left Toronto at 20:05 local time on 1 April 2027 and landed at Keflavík at "
    "07:40 Iceland time on 2 April 2027. How long was the flight, in minutes?",
    utc_minutes("2027-04-01T20:05", "America/Toronto", "2027-04-02T07:40", "Atlantic/Reykjavik"),
)
date_item(
    GLACIER,
    "A private glacier walk is booked for 23 July 2027. what day of the week is that?",
    weekday(D(2027, 7, 23)),
)

# velodrome_keirin_coach
VELO_LEAGUE = D(2027, 5, 4)
date_item(
    VELO,
    f"Track league starts {sayw(VELO_LEAGUE)} and races every Tuesday after that with no "
    "breaks. What's the date of the 9th race night?",
    VELO_LEAGUE + TD(weeks=8),
)
date_item(
    VELO,
    "One of my juniors was born on 14 February 2009. How old is she on 31 December 2027?",
    age(D(2009, 2, 14), D(2027, 12, 31)),
)

# organ_builder_tuning_reeds
date_item(
    ORGAN,
    "We started re-leathering the reservoir on 12 January 2027 and finished on 23 April "
    "2027. How many days from start to finish?",
    days(D(2027, 1, 12), D(2027, 4, 23)),
)

# marionette_string_rigger
date_item(
    MARIONETTE,
    "Our marionette show is booked in Prague for 17 October 2027. Which day of the week is that?",
    weekday(D(2027, 10, 17)),
)

# seed_bank_viability_tester
date_item(
    SEEDBANK,
    "Seeds went into the germination cabinet on 28 November 2027 (that's day 0). The final "
    "count is on day 21. What's the date of the final count?",
    D(2027, 11, 28) + TD(days=21),
)

# heritage_tram_conductor
date_item(
    TRAM,
    "Car 14 entered service on 11 August 1927. How old is it, in whole years, on 1 May 2028?",
    age(D(1927, 8, 11), D(2028, 5, 1)),
)

# quilting_retreat_host_in_devon
date_item(
    QUILT,
    "Bookings for the autumn retreat close six weeks before it starts on 7 October 2027. "
    "What's the closing date?",
    D(2027, 10, 7) - TD(weeks=6),
)

# whale_watching_skipper_in_tadoussac
date_item(
    WHALE,
    "My deckhand flew from Vancouver at 23:50 Vancouver time on 13 August 2027 and landed "
    "in Quebec City at 07:42 local time on 14 August 2027. How many minutes was she in the "
    "air?",
    utc_minutes("2027-08-13T23:50", "America/Vancouver", "2027-08-14T07:42", "America/Toronto"),
)

# harbour_pilot_launch_coxswain
date_item(
    PILOT,
    "High water at the bar is 04:52 and the next high water is 17:17. How many minutes "
    "between them?",
    clock_span("04:52", "17:17", 60),
)
date_item(
    PILOT,
    "A ferry left Rotterdam at 13:20 Dutch time on 27 March 2027 and arrived at Harwich at "
    "06:05 UK time on 28 March 2027. How long was the crossing in minutes?",
    utc_minutes("2027-03-27T13:20", "Europe/Amsterdam", "2027-03-28T06:05", "Europe/London"),
)

# snow_groomer_piste_basher_driver
date_item(
    GROOMER,
    "my grooming shift runs from 21:30 to 05:45 the next morning. how many hours is that?",
    clock_span("21:30", "05:45", 3600),
)

# typewriter_platen_recoverer
PLATEN_IN = D(2027, 3, 3)
date_item(
    PLATEN,
    f"An Olympia came in on {sayw(PLATEN_IN)}. My turnaround is 25 working days (Monday to "
    "Friday, ignore public holidays), counting from the next working day. What date will it "
    "be ready?",
    working_day_after(PLATEN_IN, 25),
)
date_item(
    PLATEN,
    "The restoration warranty ends 120 days after the collection date of 15 November 2027. "
    "What date does it end on?",
    D(2027, 11, 15) + TD(days=120),
)

# pipe_band_drum_sergeant
PB_FIRST = D(2027, 6, 2)
PB_COMP = D(2027, 8, 14)
PB_PRACTICES = len([d for d in (PB_FIRST + TD(weeks=k) for k in range(20)) if d < PB_COMP])
date_item(
    PIPEBAND,
    f"We practise every Wednesday from {sayw(PB_FIRST)} up to the contest on {sayw(PB_COMP)}. "
    "How many Wednesday practices is that, counting the first one?",
    PB_PRACTICES,
)

# fountain_pen_nib_grinder
date_item(
    NIB,
    "Posted the reground nibs on 22 November 2027 and the courier quotes 9 days. Expected "
    "delivery date?",
    D(2027, 11, 22) + TD(days=9),
)

# cave_diving_gas_blender
date_item(
    GASBLEND,
    "My trimix blender certificate was issued on 18 May 2025 and expires 730 days after "
    "issue. On which date does it expire?",
    D(2025, 5, 18) + TD(days=730),
)

# rink_ice_resurfacing_operator
RINK_OPEN, RINK_CLOSE = D(2027, 9, 4), D(2028, 3, 19)
date_item(
    RINK,
    "The ice is in from 4 September 2027 to 19 March 2028, both days included. How many days "
    "of ice is that?",
    days(RINK_OPEN, RINK_CLOSE) + 1,
)

# circus_rigging_flyer_catcher
date_item(
    CIRCUS,
    "The flying rig was certified on 29 December 2027 and needs re-inspection 90 days later. "
    "What date is the inspection due?",
    D(2027, 12, 29) + TD(days=90),
)

# chess_arbiter_at_a_rapidplay
date_item(
    ARBITER,
    "The rapidplay is always on the third Saturday of November. What is the date in 2027?",
    nth_weekday(2027, 11, SAT, 3),
)
date_item(
    ARBITER,
    "Play starts at 09:30 and the hall must be empty by 18:10. How many minutes is that?",
    clock_span("09:30", "18:10", 60),
)

# vinyl_pressing_plant_scheduler
VINYL_OK = D(2027, 5, 10)
date_item(
    VINYL,
    f"Lacquers were approved on {sayw(VINYL_OK)} and test pressings take 8 weeks from "
    "approval. What date are the tests due?",
    VINYL_OK + TD(weeks=8),
)

# kombucha_brewery_fermentation_log
date_item(
    KOMBUCHA,
    "Batch 212 started primary fermentation on 2 June 2027: 9 days primary, then 3 days "
    "secondary, then bottling. Bottling date?",
    D(2027, 6, 2) + TD(days=9 + 3),
)
KOMBUCHA_START = D(2027, 11, 6)
date_item(
    KOMBUCHA,
    f"The continuous-brew vessel was set up on {sayw(KOMBUCHA_START)}. What day of the week "
    "will it be 100 days after that?",
    weekday(KOMBUCHA_START + TD(days=100)),
)

# hedgelaying_competition_steward
date_item(
    HEDGE,
    "Farmers can't cut hedges from 1 March to 31 August inclusive. How many days does that "
    "closed period last in 2027?",
    days(D(2027, 3, 1), D(2027, 8, 31)) + 1,
)

# fresnel_lens_restorer_in_paris
date_item(
    FRESNEL,
    "The lens crate left Paris at 22:15 Paris time on 30 October 2027 and reached Halifax, "
    "Nova Scotia, at 09:40 Halifax time on 1 November 2027. How many minutes was it in "
    "transit?",
    utc_minutes("2027-10-30T22:15", "Europe/Paris", "2027-11-01T09:40", "America/Halifax"),
)

# wheelwright_cartwheel_tyre_fitter
WHEEL_START = D(2027, 4, 5)
date_item(
    WHEEL,
    f"I start the wheel on {sayw(WHEEL_START)} and work 8 hours a day, Monday to Friday; "
    "the wheel needs 96 hours. Counting that Monday as day one, on what date do I finish?",
    working_day_counting(WHEEL_START, 96 // 8),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# conversations: an earlier turn changes what the last question means
CONVS = [
    (
        "conv-redefined-at-sign",
        [
            (U, "For this chat, a @ b means the average of a and b, nothing else."),
            (A, "Understood: a @ b is (a + b) / 2."),
            (U, "so what's 14 @ 20 @ 8, working left to right?"),
        ],
        "@ is defined only in the earlier turn",
    ),
    (
        "conv-kilo-means-1024",
        [
            (U, "Throughout this conversation 'k' means 1024, like old memory chips."),
            (A, "Noted, k = 1024 here."),
            (U, "How many bytes is 5k then?"),
        ],
        "k redefined earlier; alone it reads as 5000",
    ),
    (
        "conv-handful-unit",
        [
            (U, "In my grandmother's porridge notes a 'handful' is exactly 40 g."),
            (A, "Got it, one handful = 40 g."),
            (U, "How many handfuls are 200 g of oats?"),
        ],
        "a made-up unit defined in an earlier turn",
    ),
    (
        "conv-sprint-length",
        [
            (U, "Our team's sprints are nine working days each, not two weeks."),
            (A, "OK, a sprint is nine working days."),
            (U, "How many sprints fit in 45 working days?"),
        ],
        "sprint length comes from the earlier turn",
    ),
    (
        "conv-tabletop-coins",
        [
            (U, "In the tabletop game I run, 1 gold piece is worth 12 silver."),
            (A, "Fine, 1 gp = 12 sp."),
            (U, "How much is 3 gold and 5 silver, in silver?"),
        ],
        "fictional currency defined earlier",
    ),
    (
        "conv-hexadecimal-context",
        [
            (U, "We're doing all the sums below in hexadecimal, no decimal."),
            (A, "Sure, hex it is."),
            (U, "What's 1A plus 2F?"),
        ],
        "the base is set by the earlier turn",
    ),
    (
        "conv-day-month-order",
        [
            (U, "I'm in Wellington, so all my dates are day first."),
            (A, "Understood, day/month order."),
            (U, "How many days is it from 3/4 to 5/6?"),
        ],
        "the day/month order comes only from the earlier turn",
    ),
    (
        "conv-ground-floor-zero",
        [
            (U, "In our building the street level is floor 0, European style."),
            (A, "OK, ground floor is 0."),
            (U, "I live on 3. What floor is that for my American cousin?"),
        ],
        "a floor-numbering convention, not arithmetic",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "Quick game: I'll ask sums and you answer in Roman numerals only."),
            (A, "Agreed."),
            (U, "what's XIV plus XXIX"),
        ],
        "numerals and answer form set by the earlier turn",
    ),
    (
        "conv-french-number-words",
        [
            (U, "Every number I send, reply with how it's written in French words."),
            (A, "D'accord !"),
            (U, "97"),
        ],
        "a translation task set up earlier",
    ),
    (
        "conv-unpublished-rate",
        [
            (U, "My building society compounds daily at a rate they won't publish."),
            (A, "That makes projections hard."),
            (U, "So what will my £500 become after 400 days?"),
        ],
        "the rate is missing",
    ),
    (
        "conv-pirate-treasure",
        [
            (U, "Talk like a pirate for the rest of this chat, matey."),
            (A, "Arr, that I will!"),
            (U, "How many days until the treasure hunt, then?"),
        ],
        "the hunt's date is never given",
    ),
    (
        "conv-flour-split-bag",
        [
            (U, "The delivery had 3 bags of flour at 1.5 kg each and one arrived split."),
            (A, "Sorry to hear that."),
            (U, "Was that the supplier's fault or the courier's?"),
        ],
        "an opinion about blame",
    ),
    (
        "conv-ambiguous-three-oclock",
        [
            (U, "The call is 'at 3'. My colleague in Tokyo set it, I'm in Leeds."),
            (A, "It could mean 3 in either city."),
            (U, "Which one is more likely meant?"),
        ],
        "a judgement about someone's intent",
    ),
    (
        "conv-usual-order",
        [
            (U, "When I say 'the usual' I mean my oat latte and an almond croissant."),
            (A, "Noted."),
            (U, "How much is the usual times four?"),
        ],
        "no prices were given",
    ),
    (
        "conv-train-connection",
        [
            (U, "First train 08:12 to 09:47, then 10:05 to 11:38."),
            (A, "That's an 18-minute change."),
            (U, "Is that enough if the first train is often a quarter of an hour late?"),
        ],
        "a judgement about risk",
    ),
    (
        "conv-seven-ate-nine",
        [
            (U, "My daughter asked: why was 6 afraid of 7?"),
            (A, "Because 7 8 9!"),
            (U, "Why is that funny though?"),
        ],
        "explaining a joke",
    ),
    (
        "conv-famous-birthdays-quiz",
        [
            (U, "Quiz time: I give a date, you name a famous scientist born on it."),
            (A, "Ready!"),
            (U, "14 March 1879?"),
        ],
        "a general-knowledge quiz, not a date calculation",
    ),
    (
        "conv-mystery-novel-1890",
        [
            (U, "I'm plotting a murder mystery set in London in 1890."),
            (A, "A great era for fog and gaslight."),
            (U, "What weekday does the murder on 13 March fall on?"),
        ],
        "the year comes from the earlier turn",
    ),
    (
        "conv-q8h-dosing",
        [
            (U, "On our ward 'q8h' on a chart means every eight hours."),
            (A, "Yes, that's the usual meaning."),
            (U, "First dose went in at 06:00. When is the third?"),
        ],
        "interval comes from the earlier turn",
    ),
    (
        "conv-25-hour-day",
        [
            (U, "In my sci-fi story the colony planet's day lasts 25 hours."),
            (A, "Interesting world-building."),
            (U, "How many hours in a week there?"),
        ],
        "a fictional day length",
    ),
    (
        "conv-part-numbers",
        [
            (U, "These are catalogue part numbers: 2400-15 and 2400-30."),
            (A, "Okay."),
            (U, "what is the difference between those two, then?"),
        ],
        "difference means product difference, not subtraction",
    ),
    (
        "conv-exam-pass-mark",
        [
            (U, "I got 42 on paper one and 38 on paper two. Each paper has its own pass mark."),
            (A, "Do you know the pass marks?"),
            (U, "No, but did I pass overall?"),
        ],
        "pass marks are unknown",
    ),
    (
        "conv-watch-runs-fast",
        [
            (U, "My watch runs about four minutes fast, I think, maybe five."),
            (A, "Good to know."),
            (U, "It says 10:20, will I make the 10:45 bus if the walk is 20 minutes?"),
        ],
        "an uncertain offset and a judgement",
    ),
    (
        "conv-shop-rounds-to-5p",
        [
            (U, "Our school tuck shop rounds every item to the nearest 5p before adding."),
            (A, "So each price is rounded first."),
            (U, "What do £1.37 and £2.47 come to?"),
        ],
        "a house rounding rule changes the sum",
    ),
    (
        "conv-league-in-my-game",
        [
            (U, "In my board game a 'league' is exactly 4 km, whatever the dictionary says."),
            (A, "Okay, 1 league = 4 km in your game."),
            (U, "How far is 7 leagues?"),
        ],
        "a unit redefined in an earlier turn",
    ),
    (
        "conv-jersey-numbers",
        [
            (U, "We're talking about the players by shirt number: 9 is our striker."),
            (A, "Right."),
            (U, "Should 9 start ahead of 11 on Saturday?"),
        ],
        "numbers are players; an opinion",
    ),
    (
        "conv-fiscal-calendar",
        [
            (U, "Our company's financial quarters start on the first Monday of February."),
            (A, "An unusual calendar."),
            (U, "When does Q3 start?"),
        ],
        "no year given and quarter lengths undefined",
    ),
    (
        "conv-cricket-score",
        [
            (U, "We're at 187/4 after 32 overs."),
            (A, "A decent platform."),
            (U, "What's a realistic final total?"),
        ],
        "an estimate; 187/4 is a score, not a division",
    ),
    (
        "conv-version-numbers",
        [
            (U, "Our app is on 4.12 and the library needs at least 4.9."),
            (A, "Version numbers compare part by part."),
            (U, "So is 4.12 less than 4.9?"),
        ],
        "versions, not decimals",
    ),
    (
        "conv-star-rating-scale",
        [
            (U, "Our review site rates on a scale where 1 is best and 5 is worst."),
            (A, "An inverted scale, noted."),
            (U, "Is a 4.2 average good?"),
        ],
        "meaning of a rating under a stated convention",
    ),
    (
        "conv-knitting-pattern-repeat",
        [
            (U, "In this lace chart a 'repeat' is 14 stitches plus 3 edge stitches once."),
            (A, "Okay."),
            (U, "How many stitches do I cast on for 6 repeats?"),
        ],
        "a pattern convention given only earlier",
    ),
    (
        "conv-recipe-serves",
        [
            (U, "This stew recipe is for 4 people, but my family eats like 6."),
            (A, "Sounds like hungry eaters."),
            (U, "Should I double it or is one and a half times enough?"),
        ],
        "a judgement about appetite",
    ),
    (
        "conv-octal-permissions",
        [
            (U, "These are Unix file permissions, written in octal."),
            (A, "Sure."),
            (U, "What does 754 minus 106 give?"),
        ],
        "octal permission digits, not a decimal subtraction",
    ),
    (
        "conv-bus-route-numbers",
        [
            (U, "I'm asking about Dublin bus routes, not arithmetic."),
            (A, "Go ahead."),
            (U, "Is the 46A quicker than the 145 into town?"),
        ],
        "route identifiers and local knowledge",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# near-negatives: they look like tool questions but need the language model
NEAR = [
    (
        "near-phone-number",
        "Write 07700 900461 in international format for a UK mobile.",
        "formatting a phone number",
    ),
    (
        "near-version",
        "Is Python 3.10 newer than 3.9, and why do some scripts sort them wrong?",
        "version numbers",
    ),
    (
        "near-part-number",
        "The box says part no. 12-40-3. Is that the same part as 12-4-03?",
        "identifiers",
    ),
    ("near-estimate", "Roughly how many litres of water does a typical bath use?", "an estimate"),
    (
        "near-why-unit",
        "Why is a nautical mile 1852 metres rather than a round 2000?",
        "explanation",
    ),
    (
        "near-code",
        "Write a Python class that stores a distance and prints it in both km and miles.",
        "code",
    ),
    ("near-tyre-size", "What does the 18 mean in the tyre size 225/45 R18?", "meaning of a code"),
    (
        "near-missing-birthday",
        "How many sleeps till my birthday party? Mum says ask you.",
        "the date is missing",
    ),
    ("near-missing-weight", "Convert my weight to stone please.", "the weight is missing"),
    (
        "near-xor-notation",
        "In our spreadsheet ^ is XOR. What's 6 ^ 3 under that rule?",
        "redefined notation",
    ),
    ("near-opinion-warming", "Is 1.5 °C of warming a lot, honestly?", "opinion"),
    ("near-blood-pressure", "My reading was 142 over 91. Should I worry?", "medical advice"),
    (
        "near-estimate",
        "Estimate how long it would take to walk the length of Wales.",
        "an estimate",
    ),
    (
        "near-loan-opinion",
        "Should I take a car loan at 4.9% APR or use my savings?",
        "financial opinion",
    ),
    (
        "near-float",
        "My JS test fails because 0.1 * 3 is not 0.3. Why, and how should I compare?",
        "explanation of floating point",
    ),
    (
        "near-isbn",
        "Is ISBN 978-0-14-044913-6 a Penguin Classics edition, and which translation?",
        "a lookup",
    ),
    ("near-scale-drawing", "Explain what 1:50 means on an architect's floor plan.", "explanation"),
    (
        "near-height-opinion",
        "Is 5 ft 11 tall for a man in the Netherlands?",
        "opinion and outside facts",
    ),
    ("near-code", "Write a regex that matches dates written like 2027-05-12.", "code"),
    (
        "near-oven-fan",
        "My recipe says 180 fan. What does 'fan' mean, and do I lower it?",
        "explanation",
    ),
    (
        "near-version",
        "Going from 2.9.12 to 2.10.1, is that a major upgrade?",
        "semantic versioning",
    ),
    (
        "near-lottery",
        "Last week's numbers were 4 11 23 31 38 45. Are they less likely now?",
        "probability explanation",
    ),
    (
        "near-sunset-fact",
        "At what time will the sun set over Tromsø harbour on 21 June 2027?",
        "astronomical fact, not calendar arithmetic",
    ),
    ("near-jet-lag", "The flight to Tokyo is 11 hours. Will I be badly jet-lagged?", "opinion"),
    (
        "near-meter-reading",
        "My gas meter shows 04512.37. Which digits does the supplier want?",
        "meaning of a reading",
    ),
    ("near-earthquake", "What does a magnitude 4.2 earthquake feel like indoors?", "explanation"),
    ("near-baby-room", "Is 68 °F a comfortable bedroom temperature for a baby?", "advice"),
    ("near-code", "Give me a spreadsheet formula that adds 20% VAT to column B.", "code"),
    ("near-why-unit", "Why is zero on the Fahrenheit scale where it is?", "explanation"),
    (
        "near-invoice-format",
        "Does an invoice number like INV-2027-0512-88 look professional?",
        "opinion",
    ),
    (
        "near-budget-opinion",
        "Rent 950, food 300, savings 50 a week. Am I saving enough?",
        "opinion",
    ),
    (
        "near-cooking-advice",
        "How long should a 2 kg beef joint rest after roasting?",
        "cooking advice",
    ),
    (
        "near-historic-rate",
        "What was the pound-to-dollar exchange rate on 3 March 2019?",
        "a historical data lookup",
    ),
    ("near-inflation-guess", "What will €1,000 be worth in real terms in 2035?", "forecast"),
    ("near-scooter-speed", "Is 20 km/h too fast for an e-scooter on a shared path?", "opinion"),
    ("near-teaching", "How do I explain the area of a circle to a ten-year-old?", "explanation"),
    (
        "near-boiler-model",
        "My boiler is a 24/30 CDi. What does the 24 refer to?",
        "meaning of a model number",
    ),
    (
        "near-rate-opinion",
        "What's a fair hourly rate for a freelance bookkeeper in Leeds?",
        "estimate",
    ),
    ("near-code", "Write a SQL query that returns orders placed between two dates.", "code"),
    (
        "near-riddle",
        "Kilo of feathers or kilo of steel: why does that riddle fool people?",
        "explanation",
    ),
    ("near-mnemonic", "Give me a way to remember that a mile is about 1.6 km.", "mnemonic"),
    (
        "near-test-score",
        "I got 47/60 on the theory test. Is that a pass?",
        "the pass mark is missing",
    ),
    (
        "near-traffic",
        "If I leave Sheffield at 5, will I beat the traffic into Manchester?",
        "unknowable",
    ),
    (
        "near-steps-estimate",
        "About how many steps is a 5 km walk?",
        "depends on stride, an estimate",
    ),
    (
        "near-shoe-size",
        "I'm a UK size 10. What am I in US sizes, and does it vary by brand?",
        "sizing conventions vary",
    ),
    ("near-estimate", "Guess how many jelly beans fill a 2 litre jar.", "an estimate"),
    ("near-golf-handicap", "Is a +3 golfer better than a 3 handicap?", "meaning of notation"),
    (
        "near-weather",
        "What's the chance of rain in Bergen on 14 August 2027?",
        "forecast unavailable",
    ),
    (
        "near-ip-address",
        "What is 192.168.1.254 used for on my home network?",
        "an identifier, not arithmetic",
    ),
    (
        "near-history-date",
        "Why was the broadcast of 20 July 1969 such a big deal for my grandparents?",
        "history",
    ),
    (
        "near-email-draft",
        "Draft a polite email chasing invoice 4471 for £1,260, 14 days late.",
        "writing",
    ),
    (
        "near-baggage",
        "Would a 35 kg suitcase be too heavy to check in on most airlines?",
        "outside facts",
    ),
    (
        "near-baking-weights",
        "For baking, is weighing in grams really better than volume? Why?",
        "explanation",
    ),
    ("near-speed-sign", "Speed sign in Ireland says 80. Is that km/h or mph?", "a regional fact"),
    (
        "near-reading-age",
        "My son's reading age is 9.5. What does that actually mean?",
        "meaning of a number",
    ),
    (
        "near-week-start",
        "Why do some calendars start the week on Sunday and others Monday?",
        "explanation",
    ),
    (
        "near-word-problem",
        "Make up a word problem about sharing £24 between three friends.",
        "writing",
    ),
    (
        "near-year-words",
        "Do Brits say 'twenty twenty-seven' or 'two thousand and twenty-seven'?",
        "language usage",
    ),
    (
        "near-kw-vs-kwh",
        "What's the difference between kW and kWh on my electricity bill?",
        "explanation",
    ),
    ("near-translate", "Translate 'fifteen kilos of apples, please' into Italian.", "translation"),
    (
        "near-find-mistake",
        "Where did I go wrong: 15% of 80 = 15/80 = 0.1875?",
        "explaining an error",
    ),
    (
        "near-gb-vs-gib",
        "Is 1 GB 1000 MB or 1024 MB, and why do drive makers disagree?",
        "explanation of conventions",
    ),
    (
        "near-dress-size",
        "Is a UK 12 the same as an EU 40 in every shop?",
        "sizing conventions vary",
    ),
    (
        "near-marathon-goal",
        "Is a 3:30 marathon realistic for me after one season of running?",
        "opinion about a time",
    ),
    ("near-postcode", "Is SW1A 1AA a real postcode, and whose is it?", "an identifier"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

# ordinary negatives
ORDINARY = {
    "everyday-writing": [
        "Write a two-line thank-you note to the neighbour who fed our cat.",
        "Help me word a resignation letter that stays friendly.",
        "Suggest a catchy name for a mobile bike repair van.",
        "Rewrite this sentence to sound less bossy: 'Clean the kitchen now.'",
        "Write a short toast for my parents' ruby wedding party.",
        "Give me three subject lines for a newsletter about spring planting.",
        "Can you make my LinkedIn headline sound less stiff? I'm a quantity surveyor.",
        "Draft a limerick about a forgetful lighthouse cat.",
        "Write a product description for hand-thrown stoneware mugs.",
        "Turn these notes into a paragraph: rain delayed match, crowd stayed, late winner.",
    ],
    "everyday-explain": [
        "Why do shallots sting my eyes less than big white onions?",
        "How do earbuds cancel the drone of a train carriage?",
        (
            "My uncle says a cold week disproves climate change; "
            "how do I explain weather versus climate?"
        ),
        "Explain compound interest like I'm new to saving.",
        "Why is the sky red at sunset?",
        "How does a heat pump get heat out of cold air?",
        "What causes the tides?",
        "Why does my old tabby purr even when she is at the vet?",
        "Explain the offside rule in football simply.",
        "How does a flu jab teach the immune system anything if the virus changes?",
        "What is actually living in a rye sourdough starter?",
        "Why do ponds freeze from the top down rather than the bottom up?",
    ],
    "everyday-advice": [
        "How can I get my toddler to sleep past 5am?",
        "What should I pack for a week's hiking in the Lake District?",
        "Any tips for a first job interview at a vet practice?",
        "How do I stop my houseplants getting fungus gnats?",
        "Is it worth learning to touch type as an adult?",
        "How do I politely decline my cousin's hen weekend without causing drama?",
        "What's a good routine for practising piano scales?",
        "How should I prepare for a long-haul flight with a baby?",
        "What's the best way to store fresh basil?",
        "How can I make my small balcony feel bigger?",
        "Should I repaint the hallway grey or keep it white?",
        "How do I get a stubborn wine stain out of a rug?",
    ],
    "everyday-knowledge": [
        "Which painter did the cloud studies at Hampstead Heath?",
        "Do people in Andorra mostly speak Catalan, Spanish or French?",
        "Which bridges in Budapest are nicest to walk across at night?",
        "Who wrote the novel Middlemarch?",
        "Why is a unicorn on the Scottish royal arms?",
        "Which planet has the Great Red Spot?",
        "What does a sommelier do?",
        "Who invented the telephone, and is that contested?",
        "Is Mount Kenya harder to climb than Kilimanjaro?",
        "Which composer wrote The Four Seasons?",
        "Where did the game of chess originate?",
        "What is the main ingredient in hummus?",
    ],
    "everyday-code": [
        "Write a bash one-liner to rename all .jpeg files to .jpg.",
        "How do I reverse a list in Python without changing the original?",
        "When should I reach for let rather than const in a JavaScript loop?",
        "Explain a race condition using two people booking the last seat on a coach.",
        "Write a CSS rule that centres a div horizontally and vertically.",
        "Why is my git merge showing conflict markers?",
        "Write a Rust function that counts vowels in a &str, ignoring case.",
        "What does 'null pointer exception' mean in Java?",
        "How do I read a CSV file with pandas and skip the first row?",
        "Refactor this: if x == True: return True else: return False",
    ],
    "everyday-creative": [
        "Give me a plot idea for a cosy mystery set in a canal-side bookshop.",
        "Invent a name and backstory for a dragon who hates gold.",
        "Write a haiku about the first frost on allotments.",
        "Suggest a theme for a ten-year-old's birthday party that isn't dinosaurs.",
        "Describe a market in Marrakesh using all five senses.",
        "Write the opening line of a ghost story set on a night bus.",
        "Come up with a silly superhero whose power is folding fitted sheets.",
        "Give me five prompts for a sketchbook challenge.",
    ],
    "everyday-language": [
        "Is it 'the rain affected the fete' or 'effected'?",
        "How do you say 'where is the station' in Portuguese?",
        "Do British editors object to 'different to'?",
        "What does the Welsh word 'hiraeth' mean?",
        "Correct the grammar: 'Me and him goes to the shops.'",
        "What is a synonym for 'resilient' that sounds less corporate?",
        "Where does the phrase 'mind your Ps and Qs' come from?",
        "How do locals pronounce Loughborough and Bicester?",
        "Translate 'good luck with the exam' into German.",
        "What's the plural of 'octopus'?",
    ],
    "everyday-health": [
        "My grandad barely drinks water; what signs of dehydration should I watch for?",
        "Is it okay to run with a mild cold?",
        "What stretches help a stiff lower back after desk work?",
        "How can I tell if a mole should be checked by a doctor?",
        "What foods are high in iron for a vegetarian?",
        "I keep waking around half three and can't drop off again. Ideas?",
        "How do I look after a blister from new walking boots?",
        "What's the difference between a cold and hay fever?",
    ],
    "everyday-travel": [
        "What should I see in Porto if I only have one day?",
        "Is it rude not to tip in Japanese restaurants?",
        "Which Scottish island is best for puffins?",
        "What's a good first trip for someone who's never camped?",
        "How do I get around Lisbon without a car?",
        "Are the Cinque Terre trails suitable for kids?",
        "Is the Bernina line worth it compared with the Glacier Express for a family?",
        "What should I know before driving in Iceland in winter?",
        "What are some quiet beaches in Cornwall?",
        "Is Kraków worth visiting in winter?",
    ],
    "everyday-food": [
        "What can I make with leftover rice and two eggs?",
        "How do I stop pancakes sticking to the pan?",
        "Suggest a vegan starter for a dinner party.",
        "Why did my bread come out dense?",
        "What wine goes with mushroom risotto?",
        "How do I make crispy roast potatoes?",
        "What's a good packed lunch for a fussy seven-year-old?",
        "Give me ideas for using up overripe bananas besides banana bread.",
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
    # no register (family name) of this set is a family name of sets 19 to 159
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 159: {reused}"
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
