"""Generate heldout-2027-05-11.jsonl: a hundred-and-fifty-ninth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_159.py  (from /work/sealed159; add --show to list
the positives' expected values). It writes the JSONL next to itself and checks the counts, the
duplicates against sets 1-158, the registers against sets 19-158, the stated weekdays, the
gradability of every expected value and that the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest spread over 25 new registers, each used by all three tools), and 200 negatives (100
ordinary, 65 near-negatives, 35 conversations). Money is exact in Fraction/Decimal and whole
cents; dates come from datetime; the two time-zone offsets, the air-freight span and the logger
running across the night the UK clocks go back are computed with zoneinfo via universal time.

Provenance
----------
Read: /work/main/bench/grading.py; /work/sealed159/earlier_registers.txt (and grepped it for
candidate register names); of this file only lines 32-303, 531-591, 774-858, 1111-1118 and
1640-1863 of the copied generator, each with sed -n A,Bp, plus single lines 303, 531, 590, 591,
774, 858, 1111, 1118 and 1640 with sed to confirm the splice points. The previous set's
docstring and query sections were never viewed.
Wrote: all four query sections anew (registers, positives with exact answers computed in code,
negatives and conversations), in scratch files spliced in by line number, bottom range first;
then this docstring, last, in place of the old lines 1-31.
Checked: the generator's own checks (first run: fourteen queries repeated earlier sets, and
were reworded), a scan of this set's own JSONL for contested unit words and for family names in
earlier_registers.txt, ruff check and ruff format with /work/main/pyproject.toml (one UP017 fix,
four over-long lines shortened), then a final re-run.
Slips: after the splice, small scripts loaded the whole file to replace my own strings and to
list line numbers over 99 columns (while the old docstring was still in it; nothing of it was
printed), and a few of my own new lines were printed to shorten them. No other *.jsonl,
generator, sealed directory or git was read.
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
OUT = HERE / "heldout-2027-05-11.jsonl"
PREFIX = "ho159-"
# earlier generators: sets 1-158 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 159))
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

# the twenty-five registers of this set (each used by all three tools)
ROL = "orchestral_librarian_parts_desk"
RBT = "braille_transcription_bureau"
RPB = "perfume_blending_bench"
RCO = "crematorium_office_admin"
RAU = "audiologist_fitting_clinic"
RPO = "parish_organist_rota"
RLB = "lace_bobbin_turner"
RSC = "school_crossing_patrol_warden"
RVR = "vending_route_restocker"
RCB = "ceilidh_band_fixer"
RTG = "tide_gauge_field_tech"
RSL = "sail_loft_repair_bench"
RTF = "tyre_fitting_bay"
RFL = "fire_lookout_summer_post"
REF = "escargot_farm_packing_shed"
RMD = "meteorite_fair_dealer"
RST = "stenotype_court_reporter"
RTP = "typewriter_platen_restorer"
RDL = "darts_league_fixtures_sec"
RGP = "grand_piano_stairlift_movers"
RHC = "hurling_club_lotto_treasurer"
RDB = "double_bass_bow_rehairer"
RRR = "reptile_rescue_intake"
RSM = "sheet_music_engraving_desk"
RDP = "dome_projector_night_shift"

calc(
    ROL,
    "Orchestra library hire: the publisher charges £38.50 per part and we need 14 string parts, "
    "9 wind parts and 6 brass parts, plus one flat courier charge of £45. What's the total in "
    "pounds?",
    dec("38.50") * (14 + 9 + 6) + 45,
)
calc(
    ROL,
    "photocopying the bowing marks into 212 pages at 7.5p a page - how much is that in pounds",
    212 * dec("0.075"),
)
calc(
    RBT,
    "Our braille bureau bills $2.35 for each braille page plus a one-off $40 set-up fee. A "
    "chemistry textbook chapter comes to 186 braille pages. What do we invoice, in dollars?",
    dec("2.35") * 186 + 40,
)
calc(
    RBT,
    "A 1,260-page novel is shared equally between five transcribers and each of them gets through "
    "42 pages per working day. How many working days does each transcriber need?",
    F(1260, 5) / 42,
)
calc(
    RPB,
    "I'm blending a 50 ml eau de parfum at 18% concentrate, and bergamot is 40% of that "
    "concentrate. how many ml of bergamot go in?",
    50 * pct(18) * pct(40),
)
calc(
    RPB,
    "Each bottle nets €52 before VAT. Add 21% VAT and tell me the takings for 35 bottles, "
    "in euros.",
    dec("52") * (1 + pct(21)) * 35,
)
calc(
    RCO,
    "Crematorium office: a family's bill is the cremation fee of £1,045, the medical referee fee "
    "of £85.50 and a 20-minute chapel extension charged at £2.40 a minute. Total please.",
    1045 + dec("85.50") + 20 * dec("2.40"),
)
calc(
    RCO,
    "The garden of remembrance wall has eighteen rows of 44 plaque spaces, and 127 spaces are "
    "already reserved. How many spaces remain free?",
    18 * 44 - 127,
)
calc(
    RAU,
    "A pair of hearing aids lists at $4,380. Insurance pays 65% and the patient spreads the rest "
    "over 12 equal instalments. How many dollars is each instalment?",
    4380 * (1 - pct(65)) / 12,
)
calc(
    RAU,
    "we do 7 fittings a day, 45 minutes each, and the fitting clinic runs 4 days a week. how many "
    "hours of fitting is that per week",
    F(7 * 45 * 4, 60),
)
calc(
    RPO,
    "Parish organist here. The fee is £85 a wedding and £70 a funeral; over the summer I played "
    "six weddings and eleven funerals. What am I owed in total?",
    85 * 6 + 70 * 11,
)
calc(
    RPO,
    "Four hymns, five verses each, and every verse takes 48 seconds at the vicar's tempo. How "
    "many minutes of hymn singing is that?",
    F(4 * 5 * 48, 60),
)
calc(
    RLB,
    "A set of 24 turned bobbins at £6.75 each, and the lace guild gets 15% off. What do they pay?",
    24 * dec("6.75") * (1 - pct(15)),
)
calc(
    RSC,
    "Lollipop lady pay: £11.44 an hour, two sessions a day of 1.25 hours each, five days. Work "
    "out my weekly pay.",
    dec("11.44") * 2 * dec("1.25") * 5,
)
calc(
    RVR,
    "The snack machine only sells bars at $1.75 each and the coin box held $1,043.00 when I "
    "emptied it on my route. How many bars were sold?",
    dec("1043") / dec("1.75"),
)
calc(
    RCB,
    "Ceilidh booking pays the band £900. The caller takes 20% and the other four musicians split "
    "what's left evenly - how much does each musician get?",
    900 * (1 - pct(20)) / 4,
)
calc(
    RTG,
    "Tide gauge check readings were 4.12 m, 3.87 m, 4.55 m and 4.06 m. What's their mean, in "
    "metres?",
    (dec("4.12") + dec("3.87") + dec("4.55") + dec("4.06")) / 4,
)
calc(
    RSL,
    "sail loft quote: restitching 3.6 m of seam at £14 a metre plus two new batten pockets at "
    "£22.50 each. total in pounds?",
    dec("3.6") * 14 + 2 * dec("22.50"),
)
calc(
    RTF,
    "Four tyres at £89.99 apiece, fitting and balancing £12.50 per tyre, and the customer has a "
    "£20 voucher. What's the final bill?",
    4 * dec("89.99") + 4 * dec("12.50") - 20,
)
calc(
    RFL,
    "From the lookout I logged 14 smoke reports in July, 23 in August and 9 in September. What "
    "percentage of all those reports came in August?",
    F(23 * 100, 14 + 23 + 9),
)
calc(
    REF,
    "We graded 3,600 snails, pack them twelve to a jar and sell each jar for €8.40. What's the "
    "revenue if every jar sells?",
    F(3600, 12) * dec("8.40"),
)
calc(
    RMD,
    "A 12.8 g slice of pallasite at $45 a gram, and I'm giving 10% off at the show. What's my "
    "asking price in dollars?",
    dec("12.8") * 45 * (1 - pct(10)),
)
calc(
    RST,
    "Court transcript is 148 pages: original at $4.25 a page plus two copies at $1.10 a page "
    "each. What's the whole order in dollars?",
    148 * (dec("4.25") + 2 * dec("1.10")),
)
calc(
    RTP,
    "new platen rubber 18.60, labour 1.5 hrs at 42 an hour, return postage 9.75 - whats the "
    "total for the typewriter job",
    dec("18.60") + dec("1.5") * 42 + dec("9.75"),
)
calc(
    RDL,
    "Ten teams in the darts league and each team plays every other team twice, once home and "
    "once away. How many fixtures is that in total?",
    10 * 9,
)
calc(
    RGP,
    "Piano removal: £280 base charge, £35 for each flight of stairs, three flights, then 20% VAT "
    "on the lot. What's the price including VAT?",
    (280 + 35 * 3) * (1 + pct(20)),
)
calc(
    RHC,
    "Club lotto sold 640 lines at €2 a line. Nobody won, so 40% goes to the rollover and the rest "
    "to club funds. How much goes to club funds?",
    640 * 2 * (1 - pct(40)),
)
calc(
    RDB,
    "One hank of bass bow hair costs €36 and does three bows. I've got seventeen bows to rehair "
    "and can only buy whole hanks. What do I spend on hair?",
    whole_up(F(17, 3)) * 36,
)
calc(
    RRR,
    "The rescue has 9 tortoises eating 0.35 kg of greens each per day. How many kg of greens do "
    "we need for 12 days?",
    9 * dec("0.35") * 12,
)
calc(
    RSM,
    "Engraving a 64-page full score at £12.50 a page, plus part extraction charged at 30% of the "
    "score fee. Total fee in pounds?",
    64 * dec("12.50") * (1 + pct(30)),
)
calc(
    RDP,
    "dome show takings: 112 adults at £9.50 and 74 children at £6. total?",
    112 * dec("9.50") + 74 * 6,
)

calc(P, "What is 17.5% of 3,264?", pct("17.5") * 3264)
calc(P, "What's 3,608 divided by 16?", F(3608, 16))
calc(P, "Compute 48 × 37 − 596.", 48 * 37 - 596)
calc(P, "what is 0.125 times 5,832", dec("0.125") * 5832)
calc(P, "Seven cubed plus nine squared?", 7**3 + 9**2)
calc(P, "Calculate (845 + 367) / 12.", F(845 + 367, 12))
calc(P, "Work out 3 to the power 9.", 3**9)
calc(P, "Find the square root of 11,449.", math.isqrt(11449))
calc(P, "Raise 2,375 by 12%.", 2375 * (1 + pct(12)))
calc(P, "How much is 64.8 divided by 0.36?", dec("64.8") / dec("0.36"))
calc(P, "Take 35% of 60% of 8,500.", pct(35) * pct(60) * 8500)
calc(P, "Add 4.375, 12.06 and 0.809.", dec("4.375") + dec("12.06") + dec("0.809"))
calc(P, "9,999 minus 4,567 plus 123 equals what?", 9999 - 4567 + 123)
calc(P, "What's five sixteenths of 4,096?", F(5, 16) * 4096)
assert math.isqrt(11449) ** 2 == 11449

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


CUIN = IN * IN * IN  # m^3
KNOT = F(1852, 3600)  # m/s
HECTARE = F(10**4)  # m^2

unit(
    RLB,
    "The bobbin blanks I turn are 4.5 inches long. How long is that in centimetres?",
    dec("4.5") * IN * 100,
    EXACT,
)
unit_r(
    RLB,
    "my lace pillow weighs 3 lb 6 oz on the kitchen scales - what's that in grams?",
    (3 * LB + 6 * OZ) * 1000,
)
unit_r(
    RSC,
    "The sign outside our school says 20 mph. What is that limit in km/h?",
    20 * MPH / KMH,
)
unit_r(
    RSC,
    "My crossing patrol stick is 1.8 metres tall, how many feet is that?",
    dec("1.8") / FT,
)
unit(
    RVR,
    "The chilled vending machines must hold 4 °C inside. Give me that in degrees Fahrenheit.",
    c_to_f(4),
    EXACT,
)
unit_r(
    RVR,
    "The route van's payload limit is 650 kg; how many pounds is that?",
    650 / LB,
)
unit_r(
    RCB,
    "The village hall floor is 60 ft by 35 ft. How many square metres of dance floor is that?",
    60 * 35 * SQFT,
)
unit_r(
    RCB,
    "drove 74 miles each way to the ceilidh, how many kilometres is one way",
    74 * MI / 1000,
)
unit_r(
    RTG,
    "The old tide board reads 14.7 feet at the moment. Convert 14.7 feet to metres.",
    dec("14.7") * FT,
)
unit(
    RTG,
    "Wind at the gauge station was gusting 28 knots. What's that in km/h?",
    28 * KNOT / KMH,
    EXACT,
)
unit_r(
    RSL,
    "A mainsail of 420 square feet - what's the area in square metres?",
    420 * SQFT,
)
unit(
    RSL,
    "The spool of sail twine says 1,200 yards. How many metres is that?",
    1200 * YD,
    EXACT,
)
unit_r(
    RTF,
    "Customer's door sticker says 32 psi front. What's 32 psi in kilopascals?",
    32 * PSI / 1000,
)
unit_r(
    RFL,
    "The lookout tower cab sits 82 feet above the ground. How high is that in metres?",
    82 * FT,
)
unit_r(
    REF,
    "Each crate of live snails weighs 18 kg; the export form wants pounds. Convert please.",
    18 / LB,
)
unit_r(
    RMD,
    "The main mass of the iron meteorite weighs 2.75 lb. What is that in grams?",
    dec("2.75") * LB * 1000,
)
unit_r(
    RST,
    "my steno writer weighs 3.2 kg with the tripod, how many pounds is that",
    dec("3.2") / LB,
)
unit(
    RTP,
    "The platen on this Olympia measures 1.625 inches across. What is that in millimetres?",
    dec("1.625") * IN * 1000,
    EXACT,
)
unit(
    RDL,
    "The oche is 7 ft 9.25 in from the face of the board. Express that distance in centimetres.",
    (7 * FT + dec("9.25") * IN) * 100,
    EXACT,
)
unit_r(
    RGP,
    "The grand piano we're carrying upstairs weighs 480 kg. How heavy is that in stone?",
    480 / STONE,
)
unit_r(
    RHC,
    "Our hurling pitch is 145 m long. How many yards is that?",
    145 / YD,
)
unit(
    RDB,
    "Bass bow hair is cut to 28 inches. What length is that in cm?",
    28 * IN * 100,
    EXACT,
)
unit_r(
    RRR,
    "The basking spot in the vivarium reads 88 °F. What's that in Celsius?",
    f_to_c(88),
)
unit(
    RSM,
    "The engraved score pages are 12 inches tall; how many millimetres is that?",
    12 * IN * 1000,
    EXACT,
)
unit(
    RDP,
    "The dome's projectors use 42 kWh over a night of shows. How many megajoules is that?",
    42 * 3600 * 1000 / F(10**6),
    EXACT,
)
unit(
    RPB,
    "A batch of 240 bottles at 100 ml each: how many litres of finished perfume is that?",
    F(240 * 100, 1000),
    EXACT,
)
unit_r(
    RCO,
    "An urn with a capacity of 3.2 litres - what's the capacity in cubic inches?",
    dec("3.2") / 1000 / CUIN,
)
unit_r(
    RAU,
    "A parcel of ear moulds weighs 0.45 oz. How many grams is that?",
    dec("0.45") * OZ * 1000,
)
unit_r(
    RPO,
    "The longest pipe on our organ is the 16 foot bourdon. How long is 16 feet in metres?",
    16 * FT,
)
unit(
    ROL,
    "The music stands extend to 42 inches. In centimetres?",
    42 * IN * 100,
    EXACT,
)
unit_r(
    RBT,
    "Braille paper sheets are 11 by 11.5 inches. What is one sheet's area in square centimetres?",
    11 * dec("11.5") * IN * IN * 10**4,
)

unit_r(P, "Convert 50 km to miles.", 50 * 1000 / MI)
unit_r(P, "How many pounds is 72 kg?", 72 / LB)
unit_r(P, "What is 103 °F in Celsius?", f_to_c(103))
unit_r(P, "convert 3.5 metres to feet", dec("3.5") / FT)
unit_r(P, "How many hectares are 25 acres?", 25 * ACRE / HECTARE)
unit(P, "5 feet 7 inches in centimetres?", (5 * FT + 7 * IN) * 100, EXACT)
unit(P, "How many millilitres are in 3.85 litres?", dec("3.85") * 1000, EXACT)
unit_r(P, "Convert 130 km/h to mph.", 130 * KMH / MPH)
unit(P, "What is 2.5 GiB in MiB?", dec("2.5") * GIB / MIB, EXACT)
unit_r(P, "How many square feet are in 30 square metres?", 30 / SQFT)
unit_r(P, "Convert 11 stone 4 pounds to kilograms.", 11 * STONE + 4 * LB)
unit_r(P, "What is 1 bar in psi?", BAR / PSI)
unit_r(P, "Convert 750 grams to ounces.", F(750, 1000) / OZ)
unit(P, "How many kilojoules is 3 kWh?", 3 * 3600, EXACT)

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


UTC = dt.UTC


def at(zone, y, mo, d, h, mi):
    """A local wall-clock time in a named zone, as an aware datetime in UTC."""
    local = DT(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    back = local.astimezone(UTC).astimezone(ZoneInfo(zone))
    assert back.replace(tzinfo=None) == local.replace(tzinfo=None), (zone, local)  # exists
    return local.astimezone(UTC)


def offset_hours(zone, day):
    """A zone's offset from universal time at noon local on day, in hours."""
    local = DT(day.year, day.month, day.day, 12, 0, tzinfo=ZoneInfo(zone))
    return F(int(local.utcoffset().total_seconds()), 3600)


def working_days_after(start, n):
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def count_weekday(a, b, wd):
    """How many days from a to b, both counted, fall on weekday wd."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() == wd)


# tyre_fitting_bay
d = D(2027, 10, 18)
date_item(
    RTF,
    f"Winter tyres went on the customer's van on {say(d)} and we tell everyone to come back "
    "for a torque check six weeks after fitting. What date is the check due?",
    d + TD(weeks=6),
)
a, b = D(2027, 11, 1), D(2028, 3, 31)
date_item(
    RTF,
    f"tyre hotel storage runs from {say(a)} to {say(b)}, counting both the first and last day. "
    "how many days of storage is that?",
    days(a, b) + 1,
)
# fire_lookout_summer_post
a, b = D(2027, 6, 14), D(2027, 9, 20)
assert a.weekday() == MON and b.weekday() == MON
date_item(
    RFL,
    f"The lookout post is staffed from {sayw(a)} to {sayw(b)}. How many days are there between "
    "those two dates?",
    days(a, b),
)
d = D(2027, 8, 3)
date_item(
    RFL,
    f"Lightning struck the ridge on {say(d)}. Holdover fires can smoulder for 12 days, so we "
    "keep watching until 12 days after the strike. Which date is that?",
    d + TD(days=12),
)
# escargot_farm_packing_shed
d = D(2027, 11, 25)
date_item(
    REF,
    f"The breeding snails go into the hibernation boxes on {say(d)} and come out 120 days later. "
    "On what date do they come out?",
    d + TD(days=120),
)
d = D(2028, 2, 14)
date_item(
    REF,
    f"Our big restaurant order ships on {say(d)}. What day of the week is that?",
    weekday(d),
)
# meteorite_fair_dealer
a, b = D(2027, 3, 17), D(2027, 10, 9)
date_item(
    RMD,
    f"The stone was seen to fall on {say(a)} and the mineral fair where I'll show it opens on "
    f"{say(b)}. How many days apart are those dates?",
    days(a, b),
)
d = D(2027, 5, 22)
date_item(
    RMD,
    f"The online meteorite auction is run from New York and I bid from Tokyo. On {sayw(d)}, how "
    "many hours ahead of New York is Tokyo?",
    offset_hours("Asia/Tokyo", d) - offset_hours("America/New_York", d),
)
assert offset_hours("Asia/Tokyo", d) - offset_hours("America/New_York", d) == 13
# stenotype_court_reporter
d = D(2027, 9, 8)
date_item(
    RST,
    f"Transcript for the hearing held on {say(d)} is due 30 calendar days after the hearing. "
    "What's the due date?",
    d + TD(days=30),
)
date_item(
    RST,
    "Deposition went on the record at 09:40 and came off at 16:15 with no breaks. How many "
    "minutes was that on the record?",
    clock_span("09:40", "16:15", 60),
)
# typewriter_platen_restorer
d = D(2027, 4, 5)
assert d.weekday() == MON
date_item(
    RTP,
    f"An Olivetti came in on {sayus(d)} and I promise returns 10 working days later, working "
    "days being Monday to Friday with no holidays in between. What date do I promise?",
    working_days_after(d, 10),
)
born, on = D(1961, 6, 12), D(2027, 5, 30)
date_item(
    RTP,
    f"The serial number dates this Lettera 22 to {say(born)}. How old, in whole years, is the "
    f"machine on {say(on)}?",
    age(born, on),
)
# orchestral_librarian_parts_desk
d = D(2027, 11, 20)
date_item(
    ROL,
    f"Parts must reach the players 21 days before the concert on {sayw(d)}. What's the latest "
    "date I can send them out?",
    d - TD(days=21),
)
# braille_transcription_bureau
d = D(2028, 1, 4)
date_item(
    RBT,
    f"We're planning an open day on {say(d)}, Louis Braille's birthday. Which weekday is it?",
    weekday(d),
)
# perfume_blending_bench
d = D(2027, 5, 2)
date_item(
    RPB,
    f"put the tincture to macerate on {say(d)}, it needs 6 weeks. what date will it be ready",
    d + TD(weeks=6),
)
# crematorium_office_admin
d = D(2027, 3, 11)
date_item(
    RCO,
    f"The service is on {sayw(d)} and the ashes are ready for collection 14 days afterwards. "
    "What date can the family collect them?",
    d + TD(days=14),
)
# audiologist_fitting_clinic
d = D(2027, 7, 19)
date_item(
    RAU,
    f"A patient was fitted on {say(d)} and the no-quibble return window ends 45 days after the "
    "fitting date. What date does it end?",
    d + TD(days=45),
)
# parish_organist_rota
a, b = D(2027, 9, 1), D(2027, 12, 15)
date_item(
    RPO,
    f"Choir practice is every Thursday. How many Thursdays are there from {say(a)} to {say(b)}, "
    "both dates included?",
    count_weekday(a, b, THU),
)
# lace_bobbin_turner
date_item(
    RLB,
    "The lacemakers' fair is always on the third Saturday of September. What date is it in 2027?",
    nth_weekday(2027, 9, SAT, 3),
)
# school_crossing_patrol_warden
a, b = D(2027, 9, 6), D(2027, 10, 25)
assert a.weekday() == MON and b.weekday() == MON
date_item(
    RSC,
    f"Term starts {sayw(a)} and half term begins {sayw(b)}. How many weeks is that?",
    weeks(a, b),
)
# vending_route_restocker
date_item(
    RVR,
    "My van leaves the depot at 05:50 and gets back at 14:20. How many hours is the route?",
    clock_span("05:50", "14:20", 3600),
)
# ceilidh_band_fixer
d = D(2028, 1, 25)
date_item(
    RCB,
    f"Burns Night ceilidh on {say(d)} - what day of the week does it fall on?",
    weekday(d),
)
# tide_gauge_field_tech: the logger runs across the night the clocks go back in Portsmouth
sun = nth_weekday(2027, 10, SUN, -1)
sat = sun - TD(days=1)
span = at("Europe/London", sun.year, sun.month, sun.day, 6, 0) - at(
    "Europe/London", sat.year, sat.month, sat.day, 22, 0
)
date_item(
    RTG,
    f"A tide logger in Portsmouth was started at 22:00 local time on {sayw(sat)} and stopped at "
    f"06:00 local time on {sayw(sun)}, the night the UK clocks go back. How many hours did it "
    "actually log for?",
    F(int(span.total_seconds()), 3600),
)
assert span == TD(hours=9)
# sail_loft_repair_bench
d = D(2027, 3, 27)
date_item(
    RSL,
    f"A genoa came in for repair on {say(d)} and the loft quotes five weeks. What's the "
    "completion date?",
    d + TD(weeks=5),
)
# darts_league_fixtures_sec
d = D(2027, 9, 8)
date_item(
    RDL,
    f"The season has 18 rounds, one a week on Wednesdays, starting {sayw(d)}. On what date is "
    "round 18?",
    d + TD(weeks=17),
)
# grand_piano_stairlift_movers: air freight, both clock times local
dep = at("Europe/Berlin", 2027, 4, 2, 13, 10)
arr = at("America/Chicago", 2027, 4, 2, 15, 25)
date_item(
    RGP,
    "The piano went air freight from Frankfurt at 13:10 Frankfurt time on 2 April 2027 and "
    "landed in Chicago at 15:25 Chicago time the same day. How many minutes was it in the air?",
    F(int((arr - dep).total_seconds()), 60),
)
assert arr - dep == TD(hours=9, minutes=15)
# hurling_club_lotto_treasurer
a, b = D(2028, 1, 2), D(2028, 3, 26)
date_item(
    RHC,
    f"The lotto is drawn every Sunday. How many draws are there from {sayw(a)} to {sayw(b)} "
    "inclusive?",
    count_weekday(a, b, SUN),
)
# double_bass_bow_rehairer
d = D(2027, 6, 10)
date_item(
    RDB,
    f"I tell orchestral bassists to rehair every 180 days. Last rehair was {say(d)}; when's the "
    "next one due?",
    d + TD(days=180),
)
# reptile_rescue_intake
a, b = D(2027, 1, 11), D(2027, 5, 4)
date_item(
    RRR,
    f"A bearded dragon came into the rescue on {say(a)} and was adopted on {say(b)}. How many "
    "days did it stay with us?",
    days(a, b),
)
# sheet_music_engraving_desk
d = D(2027, 11, 8)
date_item(
    RSM,
    f"I engrave in Melbourne for a composer in Los Angeles. On {sayw(d)}, how many hours is "
    "Melbourne ahead of Los Angeles?",
    offset_hours("Australia/Melbourne", d) - offset_hours("America/Los_Angeles", d),
)
assert offset_hours("Australia/Melbourne", d) - offset_hours("America/Los_Angeles", d) == 19
# dome_projector_night_shift
date_item(
    RDP,
    "Projector shift runs 19:30 to 02:15. How long is that in hours?",
    clock_span("19:30", "02:15", 3600),
)

# plain
date_item(P, "What day of the week was 3 March 1999?", weekday(D(1999, 3, 3)))
date_item(P, "What date is 100 days after 1 January 2027?", D(2027, 1, 1) + TD(days=100))
date_item(
    P,
    "How many days are there between 15 June 2026 and 4 February 2027?",
    days(D(2026, 6, 15), D(2027, 2, 4)),
)
date_item(P, "What weekday is 25 December 2029?", weekday(D(2029, 12, 25)))
date_item(P, "what's the date 9 weeks after 11 August 2027", D(2027, 8, 11) + TD(weeks=9))
date_item(
    P,
    "How many days lie between 19 May 2028 and 2 March 2029?",
    days(D(2028, 5, 19), D(2029, 3, 2)),
)
date_item(
    P,
    "Born on 22 October 1988, how old is someone on 1 October 2027?",
    age(D(1988, 10, 22), D(2027, 10, 1)),
)
date_item(P, "What date is 250 days before 31 December 2027?", D(2027, 12, 31) - TD(days=250))
date_item(
    P,
    "How many weeks are there between 3 January 2028 and 27 March 2028?",
    weeks(D(2028, 1, 3), D(2028, 3, 27)),
)
date_item(
    P, "What's the date of the fourth Thursday of November 2028?", nth_weekday(2028, 11, THU, 4)
)
date_item(P, "How many hours is it from 07:45 to 19:15?", clock_span("07:45", "19:15", 3600))
date_item(P, "Give the date of the last Friday in June 2028.", nth_weekday(2028, 6, FRI, -1))
date_item(
    P,
    f"What is the date 36 hours after 10:00 on {sayw(D(2027, 1, 29))}?",
    (DT(2027, 1, 29, 10, 0) + TD(hours=36)).date(),
)
date_item(
    P,
    "What number day of the year is 19 September 2027?",
    D(2027, 9, 19).timetuple().tm_yday,
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: explanations, advice, opinions, writing
N = "muse-lace-and-bobbin-lore"
neg(N, "Why were old lace bobbins often decorated with beads at the end, the 'spangle'?")
neg(N, "Which wood turns best for bobbins, boxwood or fruitwood, and why?")
neg(N, "Explain the difference between Torchon and Bucks Point lace for a beginner.")
neg(N, "Write a short caption for a photo of my 24 new bobbins laid out on a lace pillow.")
neg(N, "Is it worth learning to turn bobbins on a pole lathe rather than an electric one?")
N = "muse-braille-history-why"
neg(N, "Why does braille use six dots in a cell rather than eight?")
neg(N, "How did Louis Braille adapt Barbier's night writing system?")
neg(N, "What's the difference between grade 1 and grade 2 braille?")
neg(N, "Should a transcriber keep page numbers from the print original in a braille edition?")
neg(N, "Suggest a polite reply to a school asking us to rush a 186-page braille order.")
N = "muse-perfume-note-advice"
neg(N, "What does 'dry down' mean when people describe a fragrance?")
neg(N, "Which base notes pair well with bergamot for an autumn scent?")
neg(N, "Why do some perfumes smell different on different people's skin?")
neg(N, "Give me three names for a fig and cedar eau de parfum.")
neg(N, "Is it better to age a perfume blend in glass or in aluminium?")
N = "muse-grief-office-wording"
neg(N, "Help me word a gentle letter reminding a family their loved one's ashes are ready.")
neg(N, "What should I say on the phone to someone who has just lost their husband?")
neg(N, "Explain what a medical referee does in the cremation process in England.")
neg(N, "Suggest some wording for a memorial plaque for a keen gardener.")
neg(N, "Why do crematoria offer a garden of remembrance at all?")
N = "muse-hearing-care-advice"
neg(N, "Why do hearing aids whistle sometimes, and how can a patient stop it?")
neg(N, "What are the pros and cons of receiver-in-canal versus behind-the-ear aids?")
neg(N, "How should I explain tinnitus to a worried 70-year-old patient?")
neg(N, "Write a reminder text for patients to bring their old hearing aids to the fitting.")
neg(N, "Is it normal for new hearing aid users to find their own voice odd at first?")
N = "muse-hymn-choice-opinions"
neg(N, "Which hymns work well for a summer wedding in a small village church?")
neg(N, "Why is 'Abide with Me' so often chosen for funerals?")
neg(N, "How do I politely tell a couple their chosen pop song won't work on a pipe organ?")
neg(N, "What's a good voluntary to play while the bride is signing the register?")
neg(N, "Explain what a bourdon stop sounds like compared with a principal.")
N = "muse-crossing-safety-tips"
neg(N, "What's the safest way to step out into the road with a crossing patrol sign?")
neg(N, "How do I deal with drivers who don't stop for the lollipop sign?")
neg(N, "Write a friendly notice for parents about waiting at the school crossing.")
neg(N, "Why do some councils want to scrap school crossing patrols?")
neg(N, "What should a crossing patrol wear in fog to be seen?")
N = "muse-vending-business-ideas"
neg(N, "Which snacks sell best from machines in hospitals, in your opinion?")
neg(N, "Is a cashless card reader worth fitting to an old snack machine?")
neg(N, "How should I approach a gym about putting a vending machine in their lobby?")
neg(N, "Why do coin mechanisms jam more often in cold weather?")
neg(N, "Write a short sign apologising that the machine is out of order.")
N = "muse-ceilidh-dance-calls"
neg(N, "How do you call the Strip the Willow so beginners don't get lost?")
neg(N, "What's a good easy first dance for a ceilidh full of non-dancers?")
neg(N, "Explain what a 'set' means in Scottish country dancing.")
neg(N, "Should a ceilidh band take a break after an hour or play straight through?")
neg(N, "Write a short bio for our four-piece ceilidh band for a festival programme.")
N = "muse-tide-science-whys"
neg(N, "Why are there two high tides a day in most places?")
neg(N, "What causes a storm surge to push the tide higher than predicted?")
neg(N, "Explain what chart datum is and why tide gauges use it.")
neg(N, "Why does Southampton get a double high water?")
neg(N, "How do radar tide gauges work compared with old float wells?")
N = "muse-sailcloth-choices"
neg(N, "Is Dacron or laminate better for a cruising mainsail, and why?")
neg(N, "How can I tell if my genoa is too stretched to be worth repairing?")
neg(N, "Explain what a leech line does on a sail.")
neg(N, "Why do sailmakers use triple stitching on high-load seams?")
neg(N, "What should I tell a customer who wants their twenty-year-old sail recut?")
N = "muse-tyre-care-explainers"
neg(N, "Why do winter tyres grip better in the cold than summer tyres?")
neg(N, "Explain what the speed rating letter on a tyre sidewall means.")
neg(N, "Is it safe to fit two new tyres on the rear and leave the old ones on the front?")
neg(N, "How should I explain to a customer why their tyre can't be repaired in the shoulder?")
neg(N, "What's the point of nitrogen in tyres, honestly?")
N = "muse-wildfire-watch-stories"
neg(N, "What was life like for fire lookouts in the 1930s?")
neg(N, "How do lookouts use an Osborne fire finder to pinpoint smoke?")
neg(N, "Write a short diary entry from a lookout who spots smoke at dawn.")
neg(N, "Why do lightning fires sometimes smoulder for days before showing?")
neg(N, "What books should I bring for a summer alone in a lookout tower?")
N = "muse-snail-farming-basics"
neg(N, "What's the difference between Helix aspersa maxima and petit gris?")
neg(N, "Why do snails need a hibernation period to breed well?")
neg(N, "How do French restaurants usually prefer their escargots delivered?")
neg(N, "Is snail farming a realistic side business on a small plot?")
neg(N, "Write a label blurb for our jars of escargots in garlic butter.")
N = "muse-meteorite-authenticity"
neg(N, "How can I tell a real iron meteorite from a lump of slag?")
neg(N, "Why do pallasites have those green olivine crystals?")
neg(N, "What are Widmanstätten patterns and why do they only form in space?")
neg(N, "Is it ethical to sell meteorites from a fall on private land?")
neg(N, "What paperwork should come with a meteorite sold at a fair?")
N = "muse-court-reporting-careers"
neg(N, "How long does it usually take to learn stenotype to a professional speed?")
neg(N, "Is court reporting going to be replaced by speech recognition?")
neg(N, "Explain what a 'read-back' is in a deposition.")
neg(N, "What's the best way to practise theory drills without getting bored?")
neg(N, "Write a short cover letter for a freelance court reporting agency.")
N = "muse-typewriter-collecting"
neg(N, "Why is the Olivetti Lettera 22 so loved by writers?")
neg(N, "How do I clean old platen rubber without cracking it?")
neg(N, "Is it worth restoring a typewriter with a seized carriage?")
neg(N, "What's the difference between pica and elite type?")
neg(N, "Suggest a name for my typewriter repair shop.")
N = "muse-darts-technique"
neg(N, "How should I grip a 22-gram dart to stop it dipping?")
neg(N, "Why do pros aim for the treble 19 when the treble 20 is blocked?")
neg(N, "What's a good routine for practising doubles?")
neg(N, "Write a welcome message for new teams joining our pub darts league.")
neg(N, "Is it better to stand side-on or square to the board?")
N = "muse-hurling-club-life"
neg(N, "How do we get more young people to volunteer at a hurling club?")
neg(N, "Explain the difference between a point and a goal in hurling to an American visitor.")
neg(N, "Write a notice for the club lotto reminding people the jackpot rolled over.")
neg(N, "Why is the sliotar so hard to control in wet weather?")
neg(N, "What's a fair way to pick which teams get the main pitch on Sundays?")
N = "muse-reptile-care-questions"
neg(N, "Why is my rescue bearded dragon refusing greens?")
neg(N, "What signs show a tortoise is ready to come out of hibernation?")
neg(N, "How do I tell whether a corn snake is stressed after intake?")
neg(N, "Write an adoption listing for a shy leopard gecko.")
neg(N, "Is UVB lighting really necessary for a crested gecko?")

# ---- near-negatives: look like the positives but need the language model
N = "near-part-numbers-and-codes"
neg(N, "What does the tyre code 205/55 R16 91V tell me about the tyre?", "tyre size code")
neg(N, "Is an M8-1.25 bolt the same as an M8x1.25?", "thread designation, not arithmetic")
neg(N, "My organ stop is labelled 8' and another 4' - what do those mean?", "footage marks")
neg(N, "The hearing aid battery says 312 - what size is that?", "battery size code")
neg(N, "What does 'Op. 64 No. 2' mean on the front of a score?", "opus number")
N = "near-missing-price-facts"
neg(N, "How much will 14 new tyres cost me for the fleet?", "no price given")
neg(N, "What would a 40-page braille menu cost to produce?", "no rate given")
neg(N, "How much should I charge for rehairing a double bass bow?", "missing rate, opinion")
neg(N, "What's the hire fee for the Mahler 5 parts?", "needs the publisher's price")
neg(N, "How many snails fit in one jar?", "depends on snail size and jar")
N = "near-fairness-of-figures"
neg(N, "Is £38.50 per part a reasonable hire fee for orchestral parts?", "opinion on a price")
neg(N, "Is $45 a gram too much for a pallasite slice?", "opinion on a price")
neg(N, "Is £11.44 an hour fair pay for a school crossing patrol?", "opinion on a wage")
neg(N, "Would 20% be a fair cut for the ceilidh caller?", "opinion on a split")
neg(N, "Is a 45-day return window generous for hearing aids?", "opinion on a policy")
N = "near-rough-estimates"
neg(N, "Roughly how many words are in a 400-page novel?", "estimate")
neg(N, "About how many people come to a typical village ceilidh?", "estimate")
neg(N, "Ballpark, how many meteorites hit the Earth each day?", "estimate")
neg(N, "How many smoke reports does a busy lookout usually log in August?", "estimate")
neg(N, "Roughly how long does a full set of orchestral parts take to engrave?", "estimate")
N = "near-code-to-write"
neg(N, "Write a Python function that converts psi to kilopascals.", "code to write")
neg(N, "Give me a spreadsheet formula to add 21% VAT to a net price in cell B2.", "formula")
neg(N, "Write a SQL query listing tortoises whose intake date is over 90 days old.", "code")
neg(N, "Can you write JavaScript to count Thursdays between two dates?", "code to write")
neg(N, "Write a bash one-liner that renames score_1.pdf to score_001.pdf.", "code to write")
N = "near-redefined-notation"
neg(
    N,
    "In our darts league a 'leg' is worth 2 points and a 'set' is 3 legs plus a bonus. Does "
    "that scoring reward consistency fairly?",
    "defined scoring, opinion",
)
neg(
    N,
    "In lace patterns '2x' means a cross then a twist, not multiply by two. How should I read "
    "'2x, 3x, 2x' on a ground?",
    "redefined notation",
)
neg(N, "Our rota writes '3/4' for the third Sunday of April - is that confusing?", "notation")
neg(N, "In change ringing, what does '5040' mean for a peal?", "term, not arithmetic")
neg(N, "What does 6/8 mean on a jig the ceilidh band plays?", "time signature")
N = "near-meaning-of-a-number"
neg(N, "A steno speed of 225 wpm - what does that certify me for?", "meaning of a number")
neg(N, "The gauge shows -0.4 m - does a negative tide reading mean something is wrong?", "meaning")
neg(N, "What does an audiogram threshold of 40 dB tell me about a patient?", "meaning")
neg(N, "Why does the lotto say odds of 1 in 4,000 - how is that worked out?", "explanation")
neg(N, "My vivarium shows 88 °F - is that too hot for a leopard gecko?", "judgement")
N = "near-scores-and-versions"
neg(N, "The hurling final ended 2-14 to 1-17. Who won?", "GAA score notation")
neg(N, "Is library version 0.10.2 older or newer than 0.9.8?", "version numbers, not decimals")
neg(N, "The darts score was 501 to 180 remaining - who's ahead?", "darts scoring context")
neg(N, "A checkout of 170 - what's the usual route?", "darts checkout")
neg(N, "Firmware 2.10.4 or 2.9.12 - which is the later hearing aid update?", "version order")
N = "near-date-judgement-calls"
neg(N, "Is 21 days enough notice to send parts to an amateur orchestra?", "judgement")
neg(N, "When is the best time of year to move a grand piano?", "opinion")
neg(N, "Should tortoises be woken from hibernation early if it's a warm spring?", "advice")
neg(N, "How far ahead should we book a ceilidh band for a December party?", "advice")
neg(N, "Is a five-week turnaround for a genoa repair slow for a sail loft?", "opinion")
N = "near-unit-explanations"
neg(N, "Why is a nautical mile 1852 metres and not a round number of feet?", "explanation")
neg(N, "Why do tyre pressures get quoted in psi in the UK but bar in Europe?", "explanation")
neg(N, "Why do British people still weigh themselves in stone?", "history")
neg(N, "Explain why an electricity bill counts kilowatt-hours, not kilowatts.", "explanation")
neg(N, "Why do people talk about GiB and GB as if they were different?", "explanation")
N = "near-phone-and-reference-numbers"
neg(N, "Is 0800 123 4567 a free number to call from a mobile?", "phone number")
neg(N, "Our case reference is 2027/0415 - is that the right format for the court?", "reference")
neg(N, "What does ISBN 978-0-14-044913-6 point to?", "identifier lookup")
neg(N, "Is the postcode SO14 3ZH near the Southampton tide gauge?", "postcode, needs facts")
neg(N, "The meteorite is catalogued as NWA 7325 - what makes that one famous?", "catalogue name")
N = "near-timezone-judgement"
neg(
    N,
    "What's a considerate hour to phone a composer in Los Angeles from Melbourne?",
    "judgement",
)
neg(N, "Why does Australia change its clocks in the opposite direction to Europe?", "explanation")
neg(N, "Should an online auction list its closing time in the bidder's zone?", "opinion")
neg(N, "How do court reporters handle remote depositions across several time zones?", "advice")
neg(N, "Is jet lag worse flying Frankfurt to Chicago or the other way?", "opinion")
N = "near-word-problems-with-gaps"
neg(N, "If each transcriber is faster than the last, how long will the novel take?", "missing")
neg(N, "The van does the route in about eight hours - how many machines can it restock?", "gap")
neg(N, "How many hymns can I fit in a service?", "depends on unstated facts")
neg(N, "How much greens does a tortoise eat in a summer?", "estimate, missing facts")
neg(N, "How many bobbins do I need for a lace collar?", "depends on the pattern")

# ---- conversations: an earlier turn changes what the last question means
N = "conv-earlier-rate-changes"
conv(
    N,
    [
        (U, "Our braille rate was $2.35 a page, but the board voted on a new rate."),
        (A, "Understood - what is the new rate?"),
        (U, "I haven't been told yet. So what will the 186-page order cost at the new rate?"),
    ],
    "rate unknown from context",
)
conv(
    N,
    [
        (U, "Fitting is £12.50 a tyre for cars."),
        (A, "Noted."),
        (U, "And vans are a bit more. What's the fitting for four van tyres?"),
    ],
    "van rate never given",
)
conv(
    N,
    [
        (U, "The hire fee for the parts is £38.50 each."),
        (A, "Okay, £38.50 per part."),
        (U, "Actually they said it goes up for the premium edition. Is it worth paying for?"),
    ],
    "opinion after a change",
)
conv(
    N,
    [
        (U, "Our organist fee is £85 a wedding."),
        (A, "Got it."),
        (U, "The diocese is reviewing fees. Should I ask for more before or after the review?"),
    ],
    "advice",
)
conv(
    N,
    [
        (U, "The crossing patrol pay is £11.44 an hour."),
        (A, "Right, £11.44 an hour."),
        (U, "With the rise they announced, what's my weekly pay then?"),
    ],
    "rise not stated",
)
N = "conv-refers-back-to-list"
conv(
    N,
    [
        (U, "I have three bows to rehair: a French bow, a German bow, and a cello bow."),
        (A, "Sounds like a busy bench."),
        (U, "Which of those takes the most hair, and why?"),
    ],
    "refers back, explanation",
)
conv(
    N,
    [
        (U, "Menu for the night: Strip the Willow, Gay Gordons, Dashing White Sergeant."),
        (A, "A classic set."),
        (U, "Which would you put last?"),
    ],
    "opinion on the list",
)
conv(
    N,
    [
        (
            U,
            "Stones for the fair: a chondrite, a pallasite slice, and an iron with fusion crust.",
        ),
        (A, "Nice selection."),
        (U, "Which one should be the centrepiece of the table?"),
    ],
    "opinion",
)
conv(
    N,
    [
        (U, "Intake today was a corn snake, a leopard gecko and two red-eared sliders."),
        (A, "That's four animals."),
        (U, "Which of them is hardest to rehome?"),
    ],
    "opinion",
)
conv(
    N,
    [
        (U, "Hymns picked: 'Lord of all Hopefulness', 'Jerusalem', 'Be Thou My Vision'."),
        (A, "Lovely choices."),
        (U, "Is the second one too much for a funeral?"),
    ],
    "reference to list, judgement",
)
N = "conv-house-rules-redefine"
conv(
    N,
    [
        (U, "In our league a 'round' is three legs and a 'night' is four rounds."),
        (A, "Okay, I'll use those definitions."),
        (U, "If a team wins 7 legs, how many rounds is that worth under the tie-break rule?"),
    ],
    "tie-break rule unstated",
)
conv(
    N,
    [
        (U, "At our rescue, 'a week' of food means six feed days, we fast on Sundays."),
        (A, "Noted: six feed days in a week."),
        (U, "So is a week's worth of greens enough for a tortoise that just came in starving?"),
    ],
    "judgement under house rule",
)
conv(
    N,
    [
        (U, "In our engraving shop a 'page' is a system of four staves, not a sheet."),
        (A, "Understood."),
        (U, "The client says 64 pages. Did they mean our pages or sheets?"),
    ],
    "meaning of a stated number",
)
conv(
    N,
    [
        (U, "Our club lotto calls each set of four numbers a 'line'."),
        (A, "Okay."),
        (U, "Someone bought a 'line and a half' - what do you think they meant?"),
    ],
    "interpretation",
)
conv(
    N,
    [
        (U, "In lace pattern notes here, 'pr' means pair of bobbins and 'T' means twist."),
        (A, "Got it."),
        (U, "What does '2pr T T' on the pricking ask me to do?"),
    ],
    "redefined notation",
)
N = "conv-choose-between-options"
conv(
    N,
    [
        (U, "Two quotes for the piano move: £462 with a stairlift, or £390 with six lifters."),
        (A, "Both include VAT?"),
        (U, "Yes. Which one would you go with for a Steinway on a narrow stair?"),
    ],
    "choice",
)
conv(
    N,
    [
        (U, "I can send the parts by courier for £45 or by post for £12."),
        (A, "The courier is quicker."),
        (U, "Which makes more sense for a concert three weeks out?"),
    ],
    "judgement",
)
conv(
    N,
    [
        (U, "The platen can be recovered for 18.60 or replaced with a new-old-stock one for 55."),
        (A, "Recovering is cheaper."),
        (U, "Which would a collector prefer?"),
    ],
    "opinion",
)
conv(
    N,
    [
        (U, "For the tide logger I can sample every 1 minute or every 6 minutes."),
        (A, "One-minute gives more detail."),
        (U, "Which is better for seeing seiches in the harbour?"),
    ],
    "explanation, choice",
)
conv(
    N,
    [
        (U, "Perfume at 18% or 22% concentrate - both in 50 ml bottles."),
        (A, "The 22% will be stronger."),
        (U, "Which would you market as the 'intense' version and what would you call it?"),
    ],
    "opinion, naming",
)
N = "conv-corrected-figures"
conv(
    N,
    [
        (U, "We sold 640 lotto lines at €2."),
        (A, "That's €1,280 in sales."),
        (U, "Wait, some of those were free lines. So what did we actually take?"),
    ],
    "number of free lines unknown",
)
conv(
    N,
    [
        (U, "The tortoises eat 0.35 kg each a day."),
        (A, "Okay."),
        (U, "Sorry, the small ones eat less. How much for all nine now?"),
    ],
    "small ones' amount unknown",
)
conv(
    N,
    [
        (U, "Fair discount is 10% on the slice."),
        (A, "So $518.40 on a $576 slice."),
        (U, "Hmm, for repeat customers it's different. What do I charge my regular from Tucson?"),
    ],
    "repeat discount unknown",
)
conv(
    N,
    [
        (U, "The transcript was 148 pages."),
        (A, "Noted, 148 pages."),
        (U, "Actually the index wasn't counted. What's the bill once it's added?"),
    ],
    "index length unknown",
)
conv(
    N,
    [
        (U, "The hall is 60 ft by 35 ft."),
        (A, "That's a decent dance floor."),
        (U, "Minus the stage, though. How many couples can dance comfortably?"),
    ],
    "stage size unknown, estimate",
)
N = "conv-story-context"
conv(
    N,
    [
        (U, "I'm writing a story about a fire lookout who counts days by notches on a beam."),
        (A, "That's an evocative detail."),
        (U, "She has 98 notches. How should she feel when she carves the last one?"),
    ],
    "creative writing",
)
conv(
    N,
    [
        (
            U,
            "My novel's court reporter types at 300 words a minute in a trial that lasts forever.",
        ),
        (A, "Sounds dramatic."),
        (U, "Is 300 believable, or will readers roll their eyes?"),
    ],
    "plausibility judgement",
)
conv(
    N,
    [
        (U, "In my play a typewriter repairer hides a message in the serial numbers."),
        (A, "Nice device."),
        (U, "What number would make a clever clue for the year 1961?"),
    ],
    "creative",
)
conv(
    N,
    [
        (U, "A character in my story runs a snail farm in Burgundy."),
        (A, "Lovely setting."),
        (U, "How many snails would she plausibly have, and what would keep her awake at night?"),
    ],
    "estimate, creative",
)
conv(
    N,
    [
        (U, "I'm writing a children's book where a crossing patrol lady has a magic lollipop."),
        (A, "Fun premise!"),
        (U, "What should happen when she holds it up at 3:15 on the last day of term?"),
    ],
    "creative",
)
N = "conv-drafting-help"
conv(
    N,
    [
        (U, "I need to email the composer that the proofs are late by four days."),
        (A, "Would you like a formal or friendly tone?"),
        (U, "Friendly. Can you draft it?"),
    ],
    "drafting",
)
conv(
    N,
    [
        (U, "The vending contract renewal is worth $1,043 a fortnight to us."),
        (A, "That's a solid account."),
        (U, "Write me three bullet points to persuade them to renew."),
    ],
    "drafting",
)
conv(
    N,
    [
        (U, "A patient paid $127.75 an instalment for twelve instalments."),
        (A, "That adds up to $1,533."),
        (U, "She wants to cancel after the fourth. How do I explain our policy kindly?"),
    ],
    "drafting, policy unknown",
)
conv(
    N,
    [
        (U, "Our sail loft quoted £95.40 for the batten pockets and seam."),
        (A, "Reasonable for that work."),
        (U, "The customer thinks it's steep. Help me reply."),
    ],
    "drafting",
)
conv(
    N,
    [
        (U, "The dome took £1,508 on Saturday night."),
        (A, "A good night."),
        (
            U,
            "Draft a thank-you post for the volunteers that mentions it without sounding smug.",
        ),
    ],
    "drafting",
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
    # no register (family name) of this set is a family name of sets 19 to 158
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 158: {reused}"
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
