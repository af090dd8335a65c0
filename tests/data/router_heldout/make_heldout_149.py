"""Generate heldout-2027-05-01.jsonl: a hundred-and-forty-ninth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_149.py (from this directory; it writes the JSONL
next to itself and runs every check below).

335 items: 45 calculator, 45 units and 45 datetime positives (14 of each plain one-liners) and
200 negatives (100 ordinary, 65 near-positive single turns, 35 conversations). The 25 positive
registers are trades and hobbies (organ voicing, lampwork, farriery, lifeboat watch and the like),
each used by all three tools; answers are computed here with Fraction/Decimal, whole cents for
money, datetime for dates and zoneinfo (via UTC) for time zones and clock changes.

Provenance
- Read: bench/grading.py; earlier_registers.txt; of this script only lines 30-291, 495-555,
  744-828, 1080-1087 and 1854-2077 of the copied previous generator (set-up, helpers, section
  headers, checks), each with sed. The previous set's docstring and query sections were not read.
- Wrote: all four query sections (calculator, units, datetime, negatives) new, in scratch files
  spliced in by line number (bottom range first), then this docstring last.
- Checked: this script's own checks (counts, plain items, notes, duplicates against sets 1-148,
  registers against sets 19-148, stated weekdays, gradability, byte-for-byte regeneration); a
  scratch scan of my output for contested units, months or years as lengths, and family names in
  earlier_registers.txt (one negative family name was reused and renamed); a review of every
  positive's expected value; ruff check and ruff format with the project config.
- Fixes on the way: two rounded unit answers failed the two-decimal check (values changed); 31
  then 5 then 1 items repeated earlier queries or user turns (reworded without seeing them).
- Slips: none in reading. Before splicing, a backup copy of the copied generator was made in a
  scratch folder (never opened) and deleted at the end with the other scratch files.
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
OUT = HERE / "heldout-2027-05-01.jsonl"
PREFIX = "ho149-"
# earlier generators: sets 1-148 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 149))
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
calc(P, "What is 17.5% of 3,280?", pct("17.5") * 3280)
calc(P, "how much is 3,465 divided by 1.25", F(3465) / dec("1.25"))
calc(P, "Compute 48 × 27 − 365.", 48 * 27 - 365)
calc(P, "What's seven eighths of 1,352?", F(7, 8) * 1352)
calc(P, "Calculate (14.6 + 9.85) × 4", (dec("14.6") + dec("9.85")) * 4)
calc(P, "what is 2 to the power 13 minus 1000", 2**13 - 1000)
calc(P, "Whats 0.35 times 0.6", dec("0.35") * dec("0.6"))
calc(P, "whats the square root of 3,249", math.isqrt(3249))
calc(P, "Add 1,287.45 and 3,906.7 for me.", dec("1287.45") + dec("3906.7"))
calc(P, "What is 849.50 less 12 percent?", dec("849.50") * (1 - pct(12)))
calc(P, "seventy-two times thirty-five?", 72 * 35)
calc(P, "What's the mean of 64, 71, 58, 90 and 82?", F(64 + 71 + 58 + 90 + 82, 5))
calc(P, "Divide 9,900 by 16.", F(9900, 16))
calc(P, "What is 4.2 per cent of 15,500?", pct("4.2") * 15500)
assert math.isqrt(3249) ** 2 == 3249

# registers: one occupation, hobby or situation each
calc(
    "organ_pipe_voicer_loft",
    "Voicing is billed at £68.50 an hour. I spent 23.5 hours on the Trumpet rank and used "
    "£142.80 of felt and leather. What's the total bill?",
    dec("68.50") * dec("23.5") + dec("142.80"),
)
calc(
    "organ_pipe_voicer_loft",
    "the Principal has 61 pipes and the Mixture is 4 ranks of 61 pipes each. how many pipes "
    "do i have to voice across both stops",
    61 + 4 * 61,
)
calc(
    "luthier_fret_bench",
    "Refret quote: €300 labour plus 22 frets at €2.50 each, then 21% VAT on the lot. "
    "What does the customer pay?",
    (300 + 22 * dec("2.50")) * (1 + pct(21)),
)
calc(
    "luthier_fret_bench",
    "On a 648 mm scale the twelfth fret sits at exactly half the scale length. How many mm "
    "is that from the nut?",
    F(648, 2),
)
calc(
    "lampwork_bead_torch_studio",
    "Each bead set uses 3 glass rods at $2.40 a rod and sells for $36. What's my profit on "
    "14 sets, counting only the glass as cost?",
    14 * (36 - 3 * dec("2.40")),
)
calc(
    "hot_air_balloon_pilot_crew",
    "Basket full: 8 passengers at £195 each. Propane came to £410 and the retrieval "
    "driver £260. How much is left over from the flight?",
    8 * 195 - 410 - 260,
)
calc(
    "hot_air_balloon_pilot_crew",
    "Over the weekend we flew four times with 8, 6, 8 and 7 passengers, everyone paying "
    "$189. Total ticket revenue?",
    (8 + 6 + 8 + 7) * 189,
)
calc(
    "arborist_felling_quote",
    "Quote for the client: fell 3 oaks at £480 each, grind all three stumps at £95 per "
    "stump, £150 for waste removal, then add 20% VAT. Total please.",
    (3 * 480 + 3 * 95 + 150) * (1 + pct(20)),
)
calc(
    "chimney_sweep_round_book",
    "I sweep six chimneys a day at £65 each and work 4 days a week. What are my weekly takings?",
    6 * 65 * 4,
)
calc(
    "chimney_sweep_round_book",
    "If I put my £65 sweep fee up by 8%, what's the new fee?",
    65 * (1 + pct(8)),
)
calc(
    "curling_club_icemaker",
    "We've got 4 sheets; one pebbling pass takes 12.5 minutes per sheet and I do 3 passes "
    "on every sheet. How many minutes is that altogether?",
    4 * dec("12.5") * 3,
)
calc(
    "clockmaker_escapement_bench",
    "The going train has wheels of 80, 75 and 60 teeth driving pinions of 8, 10 and 8 "
    "leaves. What is the overall gear ratio (product of wheel/pinion)?",
    F(80, 8) * F(75, 10) * F(60, 8),
)
calc(
    "clockmaker_escapement_bench",
    "this longcase gains 14 seconds a day. how many seconds will it have gained after 45 "
    "days if nobody adjusts it?",
    14 * 45,
)
calc(
    "dry_stone_waller_contract",
    "The wall is 84 metres long, I charge £135 a metre and the farmer pays a 30% deposit "
    "up front. How much is the deposit?",
    84 * 135 * pct(30),
)
calc(
    "foley_artist_stage",
    "Footsteps session ran 3 hours 20 minutes at £96 an hour. What do I invoice?",
    (3 + F(20, 60)) * 96,
)
calc(
    "bonsai_nursery_repotting",
    "My mix is 2 parts akadama to 1 part pumice to 1 part lava rock. For 18 litres of mix, "
    "how many litres of akadama?",
    F(18 * 2, 4),
)
calc(
    "meadery_batch_log",
    "Honey is £7.80 a kilo, this batch took 27 kg and gave 90 bottles. What's the honey "
    "cost per bottle?",
    dec("7.80") * 27 / 90,
)
calc(
    "narrowboat_hire_skipper",
    "boat hire was £1,240 for the week plus £85 for diesel, split evenly between five of "
    "us. whats each share",
    F(1240 + 85, 5),
)
calc(
    "farrier_shoeing_round",
    "Full set £110, a trim £40. On Thursday I did 7 full sets and 12 trims, what did I earn?",
    7 * 110 + 12 * 40,
)
calc(
    "sign_writer_gilding_jobs",
    "Gold leaf comes in books of 25 leaves at £42.50 a book. The shopfront lettering needs "
    "180 leaves and I can only buy whole books. What will the gold cost?",
    whole_up(F(180, 25)) * dec("42.50"),
)
calc(
    "freediving_coach_pool",
    "Lane hire is £38 an hour; the 2-hour session is shared equally by 8 students. How much "
    "does each student pay?",
    F(38 * 2, 8),
)
calc(
    "henna_bridal_artist_bookings",
    "Bridal package £250 plus nine guests at £18 each. I take a 15% deposit — how much is it?",
    (250 + 9 * 18) * pct(15),
)
calc(
    "marionette_company_tour_van",
    "Fourteen venues at a £650 fee each, and the agent takes 12.5% commission. What does "
    "the company keep?",
    14 * 650 * (1 - pct("12.5")),
)
calc(
    "letterpress_print_studio",
    "120 wedding invitations at £3.40 each plus a £95 plate charge, and I'm giving a 10% "
    "discount off the whole order. Final price?",
    (120 * dec("3.40") + 95) * (1 - pct(10)),
)
calc(
    "hop_garden_picking_crew",
    "Crew of 9 pickers, 7.5 hours each, paid £12.40 an hour. What's the day's wage bill?",
    9 * dec("7.5") * dec("12.40"),
)
calc(
    "ultra_trail_aid_station",
    "Each runner gets 2 gels at our station and we expect 340 runners. Gels come in boxes "
    "of 24 — how many boxes do I order?",
    whole_up(F(340 * 2, 24)),
)
calc(
    "ultra_trail_aid_station",
    "We plan 0.75 litres of water per runner for 340 runners, carried in 20-litre jerrycans. "
    "How many cans must we fill?",
    whole_up(340 * dec("0.75") / 20),
)
calc(
    "wig_maker_theatre_dept",
    "The lace front needs 45,000 hairs knotted and I knot about 1,200 an hour. How many "
    "hours of knotting is that?",
    F(45000, 1200),
)
calc(
    "lifeboat_station_coxswain",
    "Flag day collections came to £1,284.60, £947.35 and £1,118.05 on the three days. "
    "Total raised?",
    dec("1284.60") + dec("947.35") + dec("1118.05"),
)
calc(
    "kombucha_brewery_cellar",
    "85 cases at £26.40 a case, less our 20% wholesale discount. What's the invoice total?",
    85 * dec("26.40") * (1 - pct(20)),
)
calc(
    "saddle_maker_leather_shop",
    "Hide costs £7.20 per square foot and this saddle takes 38 square feet. Leather cost?",
    dec("7.20") * 38,
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


NMI = F(1852)  # m, the international nautical mile
KNOT = NMI / 3600  # m/s
HAND = 4 * IN  # m
CHAIN = 22 * YD  # m
KWH = F(3600000)  # J

# plain one-line conversions
unit_r(P, "Convert 13.1 miles into kilometres please.", dec("13.1") * MI / 1000)
unit(P, "How many centimetres is 6 feet 1 inch?", 73 * IN * 100, EXACT)
unit_r(P, "what is 180 pounds in kilograms", 180 * LB)
unit_r(P, "convert 350 degrees fahrenheit to celsius", f_to_c(350))
unit_r(P, "How many square metres in 3.75 acres?", dec("3.75") * ACRE)
unit(P, "What's 1.8 litres in millilitres?", dec("1.8") * 1000, EXACT)
unit_r(P, "Convert 36 psi into bar.", 36 * PSI / BAR)
unit(P, "How many metres are in 3 nautical miles?", 3 * NMI, EXACT)
unit_r(P, "A speed of 45 mph is how many km/h?", 45 * MPH / KMH)
unit(P, "2.625 GiB is how many MiB?", dec("2.625") * GIB / MIB, EXACT)
unit(P, "Convert 22 degrees Celsius to Fahrenheit", c_to_f(22), EXACT)
unit_r(P, "How many grams are in 12 ounces avoirdupois?", 12 * OZ * 1000)
unit_r(P, "What is 9 stone 11 pounds in kg?", STONE * 9 + 11 * LB)
unit(P, "How many kilowatt-hours is 90 megajoules?", F(90 * 10**6) / KWH, EXACT)

# registers
unit_r(
    "organ_pipe_voicer_loft",
    "The bottom C of a 16-foot stop speaks from a pipe about 16 feet long. What is 16 feet in "
    "metres?",
    16 * FT,
)
unit(
    "luthier_fret_bench",
    "Customer wants a 25.5 inch scale. What's that in millimetres?",
    dec("25.5") * IN * 1000,
    EXACT,
)
unit_r(
    "lampwork_bead_torch_studio",
    "my mandrels are 3/32 of an inch thick, how many millimetres is that",
    F(3, 32) * IN * 1000,
)
unit(
    "hot_air_balloon_pilot_crew",
    "Landing field elevation is 3,000 feet. Give me that in metres.",
    3000 * FT,
    EXACT,
)
unit(
    "hot_air_balloon_pilot_crew",
    "Surface wind 8 knots — convert to km/h please.",
    8 * KNOT / KMH,
    EXACT,
)
unit(
    "arborist_felling_quote",
    "Trunk girth measured at chest height is 94 inches. In centimetres?",
    94 * IN * 100,
    EXACT,
)
unit(
    "chimney_sweep_round_book",
    "The flue liner is 6 inches across; how many millimetres is that?",
    6 * IN * 1000,
    EXACT,
)
unit_r(
    "curling_club_icemaker",
    "I keep the ice surface at 23.5 °F. What is that in degrees Celsius?",
    f_to_c(dec("23.5")),
)
unit(
    "clockmaker_escapement_bench",
    "A seconds pendulum is roughly 39.1 inches long; convert 39.1 in to centimetres.",
    dec("39.1") * IN * 100,
    EXACT,
)
unit_r(
    "dry_stone_waller_contract",
    "The boundary on the old estate map is 12 chains long (a chain being 22 yards). How many "
    "metres is that?",
    12 * CHAIN,
)
unit_r(
    "dry_stone_waller_contract",
    "Farmer says the gap is 84 yards. What's that in metres?",
    84 * YD,
)
unit(
    "foley_artist_stage",
    "The gravel pit on the stage holds 0.2 cubic metres. How many litres is that?",
    dec("0.2") * 1000,
    EXACT,
)
unit(
    "bonsai_nursery_repotting",
    "Training pot is 14 inches wide — in cm?",
    14 * IN * 100,
    EXACT,
)
unit_r(
    "meadery_batch_log",
    "The fermenting room sits at 64 Fahrenheit. Convert that to Celsius.",
    f_to_c(64),
)
unit_r(
    "narrowboat_hire_skipper",
    "Our boat is 57 ft long. How long is that in metres?",
    57 * FT,
)
unit_r(
    "narrowboat_hire_skipper",
    "The canal speed limit is 4 mph. What's that in kilometres per hour?",
    4 * MPH / KMH,
)
unit(
    "farrier_shoeing_round",
    "The mare stands 15 hands 2 inches (a hand is 4 inches). How tall is she in centimetres?",
    (15 * HAND + 2 * IN) * 100,
    EXACT,
)
unit_r(
    "sign_writer_gilding_jobs",
    "The fascia board is 20 feet by 3 feet. What's its area in square metres?",
    20 * 3 * SQFT,
)
unit_r(
    "freediving_coach_pool",
    "She hit 40 metres on her dive, how many feet is that?",
    40 / FT,
)
unit_r(
    "henna_bridal_artist_bookings",
    "I mix 250 g of paste per batch. How many ounces (by weight) is that?",
    F(250, 1000) / OZ,
)
unit_r(
    "marionette_company_tour_van",
    "The van covered 412 km between the last two venues. Convert to miles.",
    412 * 1000 / MI,
)
unit(
    "letterpress_print_studio",
    "A sheet of 20 × 30 inch paper: what's its area in square centimetres?",
    20 * 30 * IN * IN * 10000,
    EXACT,
)
unit_r(
    "hop_garden_picking_crew",
    "The bines climb to 18 feet on the wirework. How many metres?",
    18 * FT,
)
unit_r(
    "ultra_trail_aid_station",
    "It's a 100 km race. How far is that in miles?",
    100 * 1000 / MI,
)
unit_r(
    "ultra_trail_aid_station",
    "Total climb is 6,000 m — what is that in feet?",
    6000 / FT,
)
unit(
    "wig_maker_theatre_dept",
    "The brief asks for hair 18 inches long. How many centimetres?",
    18 * IN * 100,
    EXACT,
)
unit(
    "lifeboat_station_coxswain",
    "Casualty reported 7.5 nautical miles offshore. In kilometres?",
    dec("7.5") * NMI / 1000,
    EXACT,
)
unit(
    "kombucha_brewery_cellar",
    "Fermenters should sit at 25 °C. What's that in °F?",
    c_to_f(25),
    EXACT,
)
unit(
    "kombucha_brewery_cellar",
    "the new tank holds 1,200 litres — how many cubic metres is that?",
    F(1200, 1000),
    EXACT,
)
unit_r(
    "saddle_maker_leather_shop",
    "A finished saddle weighs 8.5 kg. Convert that to pounds.",
    dec("8.5") / LB,
)
unit(
    "saddle_maker_leather_shop",
    "Gullet width is 11 inches; in centimetres that is?",
    11 * IN * 100,
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


def tz_hours(start, start_zone, end, end_zone):
    """Hours between two wall-clock times in named zones, via UTC (clock changes included)."""
    a = start.replace(tzinfo=ZoneInfo(start_zone)).astimezone(dt.UTC)
    b = end.replace(tzinfo=ZoneInfo(end_zone)).astimezone(dt.UTC)
    return F(int((b - a).total_seconds()), 3600)


def tz_offset_hours(when, zone_a, zone_b):
    """How many hours zone_a's clocks are ahead of zone_b's at the instant `when` (UTC)."""
    oa = when.astimezone(ZoneInfo(zone_a)).utcoffset()
    ob = when.astimezone(ZoneInfo(zone_b)).utcoffset()
    return F(int((oa - ob).total_seconds()), 3600)


# plain one-line calendar questions
date_item(P, "Which day of the week will 23 August 2031 be?", weekday(D(2031, 8, 23)))
date_item(P, "What date is 100 days after 3 March 2028?", D(2028, 3, 3) + TD(days=100))
date_item(
    P,
    "How many days are there between 14 February 2029 and 1 July 2029?",
    days(D(2029, 2, 14), D(2029, 7, 1)),
)
date_item(P, "what's the date six weeks before 2 November 2030", D(2030, 11, 2) - TD(weeks=6))
date_item(
    P,
    "How old is someone born on 29 October 1987 on 15 May 2032?",
    age(D(1987, 10, 29), D(2032, 5, 15)),
)
date_item(P, "Tell me the weekday of 11 July 1976.", weekday(D(1976, 7, 11)))
date_item(
    P,
    "How many weeks are there from 7 January 2030 to 29 April 2030?",
    weeks(D(2030, 1, 7), D(2030, 4, 29)),
)
date_item(P, "What date is 250 days after 1 January 2029?", D(2029, 1, 1) + TD(days=250))
date_item(P, "How many hours from 21:45 to 06:15?", clock_span("21:45", "06:15", 3600))
date_item(P, "what date falls 45 days before 10 December 2028", D(2028, 12, 10) - TD(days=45))
date_item(P, "On what weekday does Christmas Day 2034 fall?", weekday(D(2034, 12, 25)))
date_item(
    P,
    "How many days from 30 November 2027 to 15 March 2028?",
    days(D(2027, 11, 30), D(2028, 3, 15)),
)
date_item(P, "Date of the third Monday in January 2033?", nth_weekday(2033, 1, MON, 3))
date_item(
    P, "How many minutes are there between 08:20 and 17:05?", clock_span("08:20", "17:05", 60)
)

# registers
date_item(
    "organ_pipe_voicer_loft",
    "The rededication recital is on the second Sunday of October 2029. What date is that?",
    nth_weekday(2029, 10, SUN, 2),
)
_lu = D(2027, 9, 6)
date_item(
    "luthier_fret_bench",
    f"Bench time is 11 weeks and I start on {sayw(_lu)}. What date is 11 weeks after the start?",
    _lu + TD(weeks=11),
)
date_item(
    "lampwork_bead_torch_studio",
    "order came in 18 June 2028 and custom beads ship 21 days after the order. ship date?",
    D(2028, 6, 18) + TD(days=21),
)
date_item(
    "hot_air_balloon_pilot_crew",
    "We launched at 06:10 and landed at 07:25. How many minutes were we aloft?",
    clock_span("06:10", "07:25", 60),
)
_fi = D(2028, 10, 7)
date_item(
    "hot_air_balloon_pilot_crew",
    f"The balloon fiesta runs nine days in a row starting {sayw(_fi)}. What's the date of "
    "the last day?",
    _fi + TD(days=8),
)
date_item(
    "arborist_felling_quote",
    "Council consent for the felling lapses 8 weeks after 12 May 2029. What date is that?",
    D(2029, 5, 12) + TD(weeks=8),
)
date_item(
    "chimney_sweep_round_book",
    "Last swept 3 October 2027, and I rebook every 180 days. When's the next sweep?",
    D(2027, 10, 3) + TD(days=180),
)
date_item(
    "chimney_sweep_round_book",
    "What day of the week is 1 November 2028? That's my first sweep of the season.",
    weekday(D(2028, 11, 1)),
)
date_item(
    "curling_club_icemaker",
    "Ice goes in on 5 November 2027 and comes out on 18 March 2028. How many days pass "
    "between those dates?",
    days(D(2027, 11, 5), D(2028, 3, 18)),
)
date_item(
    "clockmaker_escapement_bench",
    "Restoration of the turret clock began 2 August 2026 and finished 14 April 2027. How many "
    "days are there between those two dates?",
    days(D(2026, 8, 2), D(2027, 4, 14)),
)
date_item(
    "clockmaker_escapement_bench",
    "The clock stopped at 03:47 and I restarted it at 11:15. How many minutes was it stopped?",
    clock_span("03:47", "11:15", 60),
)
date_item(
    "dry_stone_waller_contract",
    "Job starts 4 April 2028 and I've estimated 38 days of walling, straight through. What's "
    "the finish date if day one is the 4th?",
    D(2028, 4, 4) + TD(days=37),
)
date_item(
    "foley_artist_stage",
    "Final mix is due at 23:00 on 30 March 2028 Los Angeles time. What date will it be in "
    "Sydney at that moment?",
    DT(2028, 3, 30, 23, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    .astimezone(ZoneInfo("Australia/Sydney"))
    .date(),
)
date_item(
    "foley_artist_stage",
    "On 20 March 2028, how many hours ahead of New York are the clocks in London? I'm booking "
    "a remote session.",
    tz_offset_hours(DT(2028, 3, 20, 12, 0, tzinfo=dt.UTC), "Europe/London", "America/New_York"),
)
date_item(
    "bonsai_nursery_repotting",
    "Repotted the juniper on 20 March 2029 and I feed it again 4 weeks after that. Date?",
    D(2029, 3, 20) + TD(weeks=4),
)
date_item(
    "meadery_batch_log",
    "Must went into the fermenter 1 September 2027 and I bottle after 150 days. Bottling date?",
    D(2027, 9, 1) + TD(days=150),
)
date_item(
    "meadery_batch_log",
    "The bottled melomel needs 100 days of ageing from 14 February 2028. When is it ready?",
    D(2028, 2, 14) + TD(days=100),
)
_nb_a, _nb_b = DT(2028, 7, 15, 13, 0), DT(2028, 7, 22, 10, 0)
date_item(
    "narrowboat_hire_skipper",
    f"We pick the boat up at 13:00 on {sayw(_nb_a.date())} and hand it back at 10:00 on "
    f"{sayw(_nb_b.date())}. How many hours of hire is that?",
    F(int((_nb_b - _nb_a).total_seconds()), 3600),
)
_fa = D(2028, 5, 9)
date_item(
    "farrier_shoeing_round",
    f"Shod her on {sayw(_fa)}; she's on a 6-week cycle. What date is she due again?",
    _fa + TD(weeks=6),
)
date_item(
    "sign_writer_gilding_jobs",
    "The shop reopens on 1 June 2029 with its new gilded sign. What day of the week is that?",
    weekday(D(2029, 6, 1)),
)
date_item(
    "freediving_coach_pool",
    "Nationals are on 14 August 2028 and I start the training block exactly 10 weeks before "
    "that. On what date do I start?",
    D(2028, 8, 14) - TD(weeks=10),
)
date_item(
    "henna_bridal_artist_bookings",
    "The wedding is on 12 November 2028 and the mehndi night is two days earlier. Which day "
    "of the week is the mehndi?",
    weekday(D(2028, 11, 12) - TD(days=2)),
)
_mc_dep = DT(2029, 3, 25, 11, 40)
_mc_arr = DT(2029, 3, 25, 14, 55)
date_item(
    "marionette_company_tour_van",
    "The company flies out of Edinburgh at 11:40 local time on 25 March 2029 and lands in "
    "Toronto at 14:55 local time the same day. How many hours is the flight?",
    tz_hours(_mc_dep, "Europe/London", _mc_arr, "America/Toronto"),
)
date_item(
    "letterpress_print_studio",
    "Print run started 19 January 2029 and delivery was promised 24 days later. Delivery date?",
    D(2029, 1, 19) + TD(days=24),
)
date_item(
    "hop_garden_picking_crew",
    "Picking runs from 28 August to 22 September 2028, counting both the first and the last "
    "day. How many days of picking is that?",
    days(D(2028, 8, 28), D(2028, 9, 22)) + 1,
)
_ut = D(2028, 9, 8)
date_item(
    "ultra_trail_aid_station",
    f"Start is 05:30 on {sayw(_ut)} and the final cutoff is 34 hours after the start. On what "
    "date does the cutoff fall?",
    (DT.combine(_ut, dt.time(5, 30)) + TD(hours=34)).date(),
)
date_item(
    "ultra_trail_aid_station",
    "Our station opens at 05:30 and the sweeper passes at 22:45. How many hours are we open?",
    clock_span("05:30", "22:45", 3600),
)
date_item(
    "wig_maker_theatre_dept",
    "Opening night is 3 March 2029 and wigs must be dressed 17 days before. Which date is that?",
    D(2029, 3, 3) - TD(days=17),
)
_lb_a = DT(2029, 10, 27, 22, 0)
_lb_b = DT(2029, 10, 28, 7, 0)
date_item(
    "lifeboat_station_coxswain",
    f"I'm on station watch at our Cornwall boathouse from 22:00 on {sayw(_lb_a.date())} to "
    "07:00 the next morning, local time. How many hours is the watch?",
    tz_hours(_lb_a, "Europe/London", _lb_b, "Europe/London"),
)
date_item(
    "kombucha_brewery_cellar",
    "First ferment started 26 December 2027 and I bottle 9 days after that. Which date?",
    D(2027, 12, 26) + TD(days=9),
)
date_item(
    "saddle_maker_leather_shop",
    "The rider was born 2 February 1994. How old is she on 1 March 2029, when the saddle is "
    "fitted?",
    age(D(1994, 2, 2), D(2029, 3, 1)),
)
assert tz_hours(_lb_a, "Europe/London", _lb_b, "Europe/London") == 10
assert tz_hours(_mc_dep, "Europe/London", _mc_arr, "America/Toronto") == F(33, 4)
assert weeks(D(2030, 1, 7), D(2030, 4, 29)) == 16


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: opinions, explanations, estimates, missing facts, code, writing
for q in (
    "I take home £2,300 a month and rent is £950. Is that too much to spend on housing?",
    "Should I pay off a 6.9% car loan early or put the £4,000 into an index fund instead?",
    "Is $18 an hour a fair rate for a weekend dog walker in a mid-sized city?",
    "We have 12,000 euros saved. Would you renovate the kitchen or keep it as a rainy-day fund?",
    "My landlord wants a 9% rent increase — how should I negotiate it down?",
    "How should we split the tip fairly when half the table drank wine and half didn't?",
):
    neg("money_judgement_calls", q)
for q in (
    "My kid asks why dividing by a fraction turns into multiplying by its reciprocal. Why?",
    "Explain why 0.999 recurring equals 1 in a way a twelve-year-old would get.",
    "What's the difference between a percentage and a percentage point? Give an example.",
    "can you explain compound interest like i'm new to saving",
    "Where does pi r squared for the area of a circle actually come from?",
    "how come a negative times a negative is positive",
    "Why do we need a common denominator before adding fractions?",
    "Explain mean, median and mode with a real-life example of each.",
):
    neg("maths_why_explainers", q)
for q in (
    "Roughly how many harp teachers are there in Scotland?",
    "About how many ping-pong balls would fill a double-decker bus?",
    "Estimate how many litres of water a city of a million people uses per day.",
    "Ballpark figure: how many words does a full-time novelist write over a career?",
    "How long would it take to walk around the equator if you never stopped?",
):
    neg("fermi_ballparks", q)
for q in (
    "How much will my electricity bill be in March?",
    "What will it cost to post my parcel to Norway?",
    "My passport is getting old — how many days have I got before it expires?",
    "What time does my train get into Leeds?",
    "How much do I owe the tax office this quarter?",
    "When is my dentist appointment again?",
):
    neg("facts_nobody_gave", q)
for q in (
    "Write a Python function that converts Fahrenheit to Celsius and rounds to one decimal.",
    "Give me an Excel formula that adds 30 days to the date in cell B2.",
    "Write SQL that sums order totals per customer for March 2028.",
    "How do I format a number as currency with two decimals in JavaScript?",
    "bash one-liner to count lines in every .csv file in a folder?",
    "Can you write a regex that matches UK postcodes?",
    "Write a Rust function returning the number of days between two ISO date strings.",
):
    neg("snippets_to_code_up", q)
for q in (
    "Why did the Berlin Wall fall in 1989?",
    "Who first measured the speed of sound accurately, and how?",
    "Why is the kilogram no longer defined by a metal cylinder near Paris?",
    "Why did Britain switch calendars in 1752, and what happened to the missing days?",
    "Roughly what temperature does water boil at on the summit of Everest, and why?",
    "How did people tell the time at night before mechanical clocks?",
    "How tall is the lighthouse at Bell Rock off Arbroath?",
    "How many people live on the Faroe Islands these days?",
    "How far is Mars from the Sun on average?",
    "How many bones are there in the human hand?",
):
    neg("history_and_science_lookups", q)
for q in (
    "Write a polite email chasing a client for a €1,450 invoice that's 30 days overdue.",
    "Draft a short toast for my parents' 40th wedding anniversary.",
    "Summarise the pros and cons of metric versus imperial units for a school debate.",
    "Write a haiku about the number seven.",
    "Compose a text reminding my flatmates the bins go out on Tuesday.",
    "Give me a catchy slogan for a 20% off spring sale at a garden centre.",
):
    neg("writing_jobs", q)
for q in (
    "What's a good budget laptop under $600 for a first-year student?",
    "For a beginner runner, is a 5K plan or a couch-to-10K plan better?",
    "Recommend a board game for four players that takes about an hour.",
    "What should I cook for 8 people on a £40 budget?",
    "Which week in August is best for visiting Lisbon?",
    "Which paint finish is easiest to keep clean in a kitchen?",
):
    neg("picks_and_recommendations", q)
for q in (
    "Is walking 10,000 steps a day actually necessary?",
    "I've slept about 5 hours a night all week — how worried should I be?",
    "How much water should a 70 kg adult drink a day?",
    "Is it safe to run a half marathon two weeks after a bad cold?",
    "Is 19 degrees a sensible thermostat setting for a baby's room?",
):
    neg("wellbeing_questions", q)
for q in (
    "What does 'a baker's dozen' mean and where does it come from?",
    "Why do the French say quatre-vingts for eighty?",
    "Where does the phrase 'at sixes and sevens' come from?",
    "Should a supermarket sign say 'fewer than 12 items' or 'less than 12 items'?",
    "Why is a 'fortnight' called that?",
):
    neg("number_words_and_idioms", q)
for q in (
    "I have 3 hours before my flight. Is that enough time to see the museum downtown?",
    "Is it worth a 2-hour detour to see the waterfall on our road trip?",
    "How early should I get to Heathrow for an international flight?",
    "Should we hold the team offsite in the first or the second half of June?",
    "Is 8:30 too early to ring a plumber on a Saturday?",
    "Is it cheaper to hire a car or take trains around Switzerland for a week?",
    "What's the best way from Lisbon airport to the city centre at midnight?",
):
    neg("plans_and_tradeoffs", q)
for q in (
    "A man pushes his car to a hotel and tells the owner he's bankrupt. What's going on?",
    "If all bloops are razzies and all razzies are lazzies, must every bloop be a lazzie?",
    "Why do people think a kilogram of steel is heavier than a kilogram of feathers?",
    "I have two coins that make 30 cents and one of them isn't a nickel. What are they?",
):
    neg("riddles_and_logic", q)
for q in (
    "Our survey got 42 replies out of 600 staff — can we trust the results?",
    "A study says coffee cuts the risk by 15%. Does my risk drop by 15 points?",
    "Is a credit score of 690 any good?",
    "The forecast shows a 30% chance of showers for Saturday. What does that really mean?",
    "My blood test shows ferritin at 18. Is that low?",
):
    neg("reading_the_statistics", q)
for q in (
    "Why does the US still use Fahrenheit?",
    "Is it better to bake by weight in grams or by volume?",
    "Why are TV screens sold in inches even in metric countries?",
    "Which feels more intuitive for weather, Celsius or Fahrenheit?",
    "Why does February have only 28 days most of the time?",
    "Why do we have leap seconds, and are they being dropped?",
    "What's the best day of the week to launch an email newsletter?",
    "Is it rude to schedule a meeting at 5pm on a Friday?",
    "Why does ISO week 1 sometimes start in late December?",
):
    neg("units_and_calendar_opinions", q)
for q in (
    "I've been offered $72,000 at a startup or $65,000 at a big firm with a pension. Which?",
    "How can I ask my manager for a 12% pay rise without sounding greedy?",
    "What should I charge per word as a freelance translator?",
    "Is a four-day week realistic for a small bakery with 6 staff?",
):
    neg("career_crossroads", q)
for q in (
    "What size screws should I use to hang a 15 kg mirror on plasterboard?",
    "How often should I descale a kettle in a hard-water area?",
    "My boiler pressure reads 0.6 bar. What should I do?",
    "How do I teach my son long division without confusing him?",
    "What's a good way to learn the times tables up to 12?",
    "Do I need a visa to visit Japan for 10 days on a British passport?",
    "Which side of the plane has the better view when landing in Rio?",
):
    neg("home_school_travel_help", q)

# near-negatives: look like arithmetic, units or dates, but are not asking for a computation
for q, note in (
    ("Is 020 7946 0958 a London landline or a mobile?", "phone number, not a sum"),
    ("The helpline is 1-800-555-0199. Is it toll-free from Canada?", "phone number"),
    ("My extension is 4417-22 — how should I write that on a business card?", "extension"),
    ("Flat 3/17 Harbour Road: does the 3 mean the floor or the flat?", "address, not 3/17"),
    ("Room 2.14 — which floor is that likely to be on?", "room number, not a decimal"),
    ("My order #20270415-0093 hasn't arrived. What should I do?", "order number"),
):
    neg("near-numbers_that_are_labels", q, note)
for q, note in (
    ("The filter part number is 3250-12/4. Does it fit a Bosch dishwasher?", "part number"),
    ("What does each number mean in a bolt spec like M8x1.25x40?", "thread spec"),
    ("My tyres say 205/55 R16 91V. What do those numbers mean?", "tyre code"),
    ("Is 10W-30 oil okay in a car whose manual says 5W-30?", "oil grade, not subtraction"),
    ("What does the date code 2319 on my tyre sidewall mean?", "DOT week-year code"),
    ("A shirt label says 15.5/34. What does that mean?", "collar/sleeve size"),
    ("The bike frame is labelled 54. Will it fit a rider 175 cm tall?", "frame size fit"),
):
    neg("near-codes_on_parts", q, note)
for q, note in (
    ("We lost 21-24 in the last minute. How do I cheer up my under-12s?", "score"),
    ("In cricket, what does 245/7 on the scoreboard mean?", "score, not a division"),
    ("What's the usual checkout route from 170 in darts?", "darts knowledge"),
    ("In tennis, is 40-15 a good spot to be in when serving?", "tennis score"),
    ("Is a batting average of .312 good in baseball?", "judgement on a statistic"),
    ("My handicap went from 18.4 to 16.9 this season. Is that good progress?", "judgement"),
    ("I ran 10 km in 38:20. Is that a good club time for a 45-year-old?", "judgement"),
):
    neg("near-scores_and_stats", q, note)
for q, note in (
    ("Should I upgrade from Python 3.11 to 3.13 for a Django project?", "versions"),
    ("Is version 2.10 of the library newer than 2.9, even though 2.10 looks smaller?", "semver"),
    ("Node 18.20 or 20.11 — which one is the LTS release?", "versions"),
    ("What does 7 // 2 return in Python compared with 7 / 2, and why?", "language semantics"),
    ("Why does 0.1 + 0.7 give 0.7999999999999999 in Python?", "floating point"),
    ("Why does =DATE(2028,2,30) in Excel show 1 March?", "spreadsheet behaviour"),
    ("My router's address is 192.168.1.254 — is that the default gateway?", "IP address"),
):
    neg("near-versions_and_code", q, note)
for q, note in (
    ("If a # b means 2a + b, what is 5 # 3?", "operator defined in the question"),
    ("Let 4 ★ 3 mean the digit 4 written 3 times in a row. What number is 4 ★ 3?", "made-up op"),
    ("Here ^ means bitwise XOR, not a power. What is 6 ^ 3?", "redefined caret"),
    (
        "On this worksheet 17/20 is a mark out of twenty. How would you describe that grade?",
        "grade",
    ),
    ("In '24/7 support', is 24/7 literally 24 divided by 7?", "idiom, not a division"),
    (
        "In my notes, 'x' between two numbers means 'by', like 4x6 timber. What size is that?",
        "dims",
    ),
):
    neg("near-notation_redefined", q, note)
for q, note in (
    ("My payslip tax code is 1257L. What does that mean?", "tax code"),
    ("The bottle says 13.5% vol. Is that a strong wine?", "judgement"),
    ("The recipe says gas mark 4. What should I set my fan oven to?", "approximate table"),
    ("What does 'p.a.' mean in '4.5% p.a.'?", "meaning of notation"),
    ("My car does 0-60 in 8.4 seconds. Is that quick for a family hatchback?", "judgement"),
    ("What's the meaning of the A4 in A4 paper, and why 210 by 297?", "explanation"),
    ("Is 4.79% a good mortgage rate on a 25-year fix?", "judgement"),
    ("Is an $8 tip on a $52 dinner cheap?", "etiquette"),
    ("The quote says £1,450 + VAT. Should I show my prices with or without VAT?", "advice"),
):
    neg("near-what_a_number_means", q, note)
for q, note in (
    ("I drive 14,000 km a year. Roughly what will I spend on fuel?", "no price or economy"),
    ("A 3-bed house costs £320,000. What will it be worth in a decade?", "forecast"),
    ("If I invest $500 a month in shares, how much will I have when I retire?", "no return"),
    ("How long will it take me to learn 2,000 Spanish words?", "estimate"),
    ("We need to paint 85 square metres of wall. How long for one person?", "estimate"),
    ("How much does a litre of honey weigh?", "needs density"),
    ("How many steps is 5 km for an average adult?", "depends on stride"),
    ("How many kWh does a typical fridge freezer use in a day?", "estimate"),
    ("What's the current euro to yen exchange rate?", "live data"),
    ("How much does a litre of petrol cost in Germany at the moment?", "live price"),
    ("My salary is €48,000. How much income tax will I pay in Spain?", "tax rules"),
    ("How many square metres of turf for a lawn about the size of a tennis court?", "estimate"),
):
    neg("near-sums_missing_a_fact", q, note)
for q, note in (
    ("Can you tell me what weekday I was born on?", "birth date not given"),
    ("How many days until the new series comes out?", "date not given"),
    ("Is Friday the 13th actually unlucky?", "superstition"),
    ("My flight is on 12/03. Is that March or December?", "needs convention, context"),
    ("Which day of the week is busiest at airports?", "fact lookup"),
    ("Is 1984 a good book to read before 2001: A Space Odyssey?", "titles, not years"),
    ("Which novel has the ISBN 978-0-09-954008-8?", "lookup"),
    ("Bus 38 or bus 73 — which goes past the British Museum?", "route numbers"),
    ("What does John chapter 3 verse 16 say?", "verse reference"),
    ("Is SW1A 1AA a real postcode?", "postcode"),
    (
        (
            "A £1,200 sofa on 0% finance over 24 instalments, or pay cash with 5% off — which is "
            "smarter?"
        ),
        "judgement",
    ),
):
    neg("near-dates_and_references", q, note)

# conversations: an earlier turn changes what the last question means
conv(
    "conv-invented_calendar",
    [
        (
            U,
            "In my fantasy novel the calendar unit is a 'turn' of 400 days; a week has 8 days.",
        ),
        (A, "Fun setting! What would you like to work out?"),
        (U, "How many weeks are in a turn then?"),
    ],
    "the world's own calendar",
)
conv(
    "conv-reply_game",
    [
        (
            U,
            (
                "Let's play a game: for any sum I give you, reply only with the answer spelt "
                "backwards in words."
            ),
        ),
        (A, "Ready when you are."),
        (U, "What's 12 plus 7?"),
    ],
    "game changes the expected reply",
)
conv(
    "conv-warehouse_units",
    [
        (U, "In our warehouse 'a unit' means one pallet of 40 boxes."),
        (A, "Got it."),
        (U, "How many boxes are in 3.5 units?"),
    ],
    "unit defined earlier",
)
conv(
    "conv-financial_quarters",
    [
        (U, "We're in Australia and our financial year starts on 1 July."),
        (A, "Understood."),
        (U, "Which quarter is September in?"),
    ],
    "quarter depends on the stated year start",
)
conv(
    "conv-translate_only",
    [
        (U, "Translate whatever I type next into French. Don't answer it."),
        (A, "D'accord."),
        (U, "What is 15% of 85 euros?"),
    ],
    "translation task",
)
conv(
    "conv-day_month_order",
    [
        (U, "Heads up, I write dates day first, DD/MM."),
        (A, "Noted."),
        (U, "How many days from 03/04/2029 to 01/05/2029?"),
    ],
    "date order set earlier",
)
conv(
    "conv-pizza_sizes",
    [
        (U, "My local place calls a large 14 inches and a medium 12 inches across."),
        (A, "Okay."),
        (U, "So how much more pizza do I get with a large?"),
    ],
    "sizes given earlier; 'more' needs interpreting",
)
conv(
    "conv-long_scale_billion",
    [
        (U, "I use 'billion' in the old British sense: a million million."),
        (A, "Understood."),
        (U, "So how many zeros in 3 billion?"),
    ],
    "billion redefined",
)
conv(
    "conv-hex_exercise",
    [
        (U, "For this exercise we're counting in hexadecimal."),
        (A, "Sure, hex it is."),
        (U, "What's 19 + 7?"),
    ],
    "base set earlier",
)
conv(
    "conv-riddle_tutor",
    [
        (U, "Pretend you're a pirate tutor who only answers in riddles."),
        (A, "Arr, ask away."),
        (U, "Then tell me what 8 times 7 is, matey."),
    ],
    "persona",
)
conv(
    "conv-fast_watch",
    [
        (U, "Heads up: my kitchen clock runs 7 minutes fast."),
        (A, "Good to know."),
        (U, "It reads 18:40 now. What's the true time?"),
    ],
    "correction given earlier",
)
conv(
    "conv-short_sprint_weeks",
    [
        (U, "Our sprint weeks are only Monday to Thursday."),
        (A, "So four working days a week."),
        (U, "How many sprint days in 3 weeks?"),
    ],
    "week redefined",
)
conv(
    "conv-scoop_measure",
    [
        (U, "For my cookbook a 'scoop' is 60 grams of flour."),
        (A, "Okay."),
        (U, "How many grams is seven and a half scoops?"),
    ],
    "scoop defined earlier",
)
conv(
    "conv-ad_wording",
    [
        (U, "Ignore the maths, I just want to know which sounds friendlier in an ad."),
        (A, "Sure, go on."),
        (U, "'Save 25%' or 'a quarter off'?"),
    ],
    "copywriting opinion",
)
conv(
    "conv-hints_not_answers",
    [
        (U, "I'm quizzing my daughter. Give hints only, never the answer."),
        (A, "Understood, hints only."),
        (U, "What's 156 divided by 13?"),
    ],
    "wants a hint",
)
conv(
    "conv-hex_map_scale",
    [
        (U, "In the board game we're designing, each hex is 3 kilometres across."),
        (A, "Nice."),
        (U, "How far is 11 hexes?"),
    ],
    "scale defined earlier",
)
conv(
    "conv-spreadsheet_epoch",
    [
        (U, "My spreadsheet stores dates as a count of days since 1 January 2000."),
        (A, "Okay."),
        (U, "What date is 10,000?"),
    ],
    "epoch defined earlier",
)
conv(
    "conv-mars_sols",
    [
        (U, "I'm on a Mars analogue mission and we count days in sols."),
        (A, "Understood."),
        (U, "How many hours in 3 days?"),
    ],
    "days means sols",
)
conv(
    "conv-numbered_options",
    [
        (U, "Give me three options for a weekend trip from London."),
        (A, "1. Bath 2. York 3. Whitby"),
        (U, "How far is number 2?"),
    ],
    "refers to an earlier list",
)
conv(
    "conv-voucher_order",
    [
        (U, "The shop applies the 20% discount after the £10 voucher, not before."),
        (A, "Okay."),
        (U, "so what do I pay for the £60 jacket"),
    ],
    "order of discounts given earlier",
)
conv(
    "conv-tickets_variable",
    [
        (U, "Let x be the number of tickets we sold last night: 240."),
        (A, "Okay, x = 240."),
        (U, "What's x times 3.5?"),
    ],
    "variable defined earlier",
)
conv(
    "conv-julian_genealogy",
    [
        (U, "This parish register uses the Julian calendar."),
        (A, "Good to know."),
        (U, "What weekday was 14 March 1700?"),
    ],
    "calendar set earlier",
)
conv(
    "conv-sixty_forty_bills",
    [
        (U, "My partner and I split bills 60/40 because I earn more."),
        (A, "Makes sense."),
        (U, "Electric bill is £85, what's my share?"),
    ],
    "split given earlier",
)
conv(
    "conv-recipe_adjustments",
    [
        (U, "I'm doubling the recipe but halving the salt."),
        (A, "Okay."),
        (U, "It says 10 g of salt. How much do I use?"),
    ],
    "adjustments given earlier",
)
conv(
    "conv-pasted_function",
    [
        (U, "def f(n): return n * 2 + 1"),
        (A, "That returns double n plus one."),
        (U, "What's f(20)?"),
    ],
    "function defined earlier",
)
conv(
    "conv-essay_limits",
    [
        (U, "My essay has to be between 1,500 and 2,000 words."),
        (A, "Okay."),
        (U, "I'm at 1,320. Is that enough?"),
    ],
    "judgement against earlier limits",
)
conv(
    "conv-check_your_work",
    [
        (U, "quick one: 15 percent of 364?"),
        (A, "It's 54.6."),
        (U, "hmm, are you certain? show me the reasoning step by step, I got something else"),
    ],
    "explanation of an earlier answer",
)
conv(
    "conv-supplier_offset",
    [
        (U, "My supplier is always 5 hours ahead of me."),
        (A, "Noted."),
        (U, "If I call at 9:30, what time is it for them?"),
    ],
    "offset given earlier",
)
conv(
    "conv-quiz_penalty",
    [
        (U, "In our quiz each wrong answer costs half a point."),
        (A, "Harsh!"),
        (U, "Sam got 17 right and 3 wrong — what's his score?"),
    ],
    "scoring rule given earlier",
)
conv(
    "conv-nurse_shift_breaks",
    [
        (U, "Our shifts are 12.5 hours including a 30-minute unpaid break."),
        (A, "Understood."),
        (U, "How many paid hours for 3 shifts?"),
    ],
    "break rule given earlier",
)
conv(
    "conv-binary_k",
    [
        (U, "Treat 'k' as 1,024 in this chat, like old memory specs."),
        (A, "Okay."),
        (U, "How many bytes is 64k?"),
    ],
    "k redefined",
)
conv(
    "conv-decimal_comma",
    [
        (U, "Where I live the comma is the decimal separator."),
        (A, "Understood."),
        (U, "What's 3,75 times 8?"),
    ],
    "decimal comma",
)
conv(
    "conv-limerick_number",
    [
        (U, "Write me a limerick about the number I'm about to give you."),
        (A, "Ready!"),
        (U, "365 divided by 5"),
    ],
    "writing task",
)
conv(
    "conv-fiscal_week_saturday",
    [
        (
            U,
            (
                "Our fiscal weeks start on a Saturday and week 1 starts on the first Saturday of "
                "January."
            ),
        ),
        (A, "Got it."),
        (U, "Which fiscal week is 20 January 2029 in?"),
    ],
    "week numbering defined earlier",
)
conv(
    "conv-school_terms",
    [
        (U, "My son's school splits the year into three terms starting in September."),
        (A, "Okay."),
        (U, "Which term is February in?"),
    ],
    "term system set earlier",
)

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
    # no register (family name) of this set is a family name of sets 19 to 148
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 148: {reused}"
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
