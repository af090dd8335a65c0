"""Generate heldout-2027-05-17.jsonl: a hundred-and-sixty-fifth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_165.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-164, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (whole_up for items bought whole, floor division
for complete groups), unit values from the exact definitions below (EXACT when the result
terminates within 3 decimals, ROUNDED via unit_r otherwise), dates with datetime (days, weeks,
age, nth_weekday, working_day_after, clock_span) and zoneinfo (utc_minutes for the two flights,
one of which crosses the European spring clock change). Weekdays written next to dates come
from sayw, so they are right by construction and checked again.

Provenance
----------
Read: make_heldout_165.py and grading.py in full with cat; earlier_registers.txt with head and
wc, then grep -c / grep -i | head -4 / grep -x on candidate words and my 25 final names to make
sure the names are new and far from earlier ones. Nothing under /work/main, /work/shared or
/work/.library was opened; the earlier generators were only imported in memory by this script's
own checks.
Wrote: the four sections by hand, first into scratch files in this directory that were spliced
over the WRITE HERE markers with a short python script and then deleted; every expected value
is an expression in the code, not a typed result. Items reported by the duplicate check (their
ids only) were reworded until the check passed; a few strings were also reworded to keep lines
at 99 columns, and four positives were adjusted for a single clean answer (an "about" removed,
yen and franc amounts made to come out even, an ISO week moved off the year boundary).
Checked: ran the generator until it passed, ruff check and ruff format with
--config /work/main/pyproject.toml (applying ruff's fix that parenthesises implicit string
concatenation), a character-count check for lines over 99 columns, and printed my own
positives with their expected values from the new JSONL to review them; then ran the generator
again.
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
OUT = HERE / "heldout-2027-05-17.jsonl"
PREFIX = "ho165-"
# earlier generators: sets 1-164 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 165))
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


GRIT = "gritter_driver_on_a_moorland_route"
TRANS = "kidney_transplant_coordinator_on_call"
HANAMI = "hanami_picnic_organiser_in_ueno_park"
CHEESE = "cheese_rolling_hill_steward"
WIFE = "wife_carrying_race_entrant_in_finland"
LAMP = "gas_lamplighter_on_a_heritage_street"
KOSHER = "kosher_caterer_for_a_bar_mitzvah"
NEWT = "great_crested_newt_surveyor"
WORM = "worm_charming_contest_entrant"
WELL = "well_dressing_petal_team"
ICE = "icebreaker_navigator_in_the_gulf_of_bothnia"
DOG = "search_dog_handler_in_training"
SQUARE = "square_dance_caller"
SWORD = "sword_swallower_on_a_variety_bill"
PUNCH = "punch_and_judy_professor_at_the_seaside"
SLOT = "slot_car_racing_club_lap_counter"
MARIACHI = "mariachi_trumpeter_booking_gigs"
HALAL = "halal_butcher_before_eid"
NEO = "neonatal_unit_night_nurse"
TIPSTER = "racing_tipster_writing_a_column"
CATTLE = "cattle_drive_trail_boss_in_montana"
TARANT = "tarantula_breeder_shipping_slings"
TOAST = "wedding_toastmaster_with_a_running_order"
TOBOG = "toboggan_run_marshal"
ALPHORN = "alphorn_maker_in_appenzell"

# plain one-line questions
calc(P, "1,284 x 37 =", 1284 * 37)
calc(P, "what's 17.5 percent of £2,340 then", pct("17.5") * 2340)
calc(P, "2 3/4 times 1 3/5, as a decimal please", F(11, 4) * F(8, 5))
assert 84**2 == 7056
calc(P, "7056 is a perfect square, what's its root", 84)
calc(P, "twelve thousand divided by sixty-four", F(12000, 64))
calc(P, "(4.5 + 2.75) * 3.2 - 1.05", (dec("4.5") + dec("2.75")) * dec("3.2") - dec("1.05"))
calc(P, "2^13 minus 1000", 2**13 - 1000)
calc(
    P,
    "receipt says £86.40 including VAT at 20%. what was the price before VAT?",
    dec("86.40") / (1 + pct(20)),
)
calc(P, "percentage increase going from 640 to 712", F(712 - 640, 640) * 100)
calc(P, "9.6 / 0.032", dec("9.6") / dec("0.032"))
calc(P, "what is 45 percent of three quarters of 960", pct(45) * F(3, 4) * 960)
assert 27**3 == 19683
calc(P, "cube root of 19683?", 27)
calc(
    P,
    "£15,000 in savings at 4% a year, compounded annually - what's the balance at the end of "
    "the third year",
    15000 * (1 + pct(4)) ** 3,
)
calc(P, "mean of 18, 23, 27, 31 and 36", F(18 + 23 + 27 + 31 + 36, 5))

# registers
calc(
    GRIT,
    "the moor top loop is 38.4 km and the carriageway is 7.5 m wide. spreader's set to 20 g of "
    "salt per square metre. how many tonnes of salt does one full pass of the loop use?",
    dec("38.4") * 1000 * dec("7.5") * 20 / 10**6,
)
calc(
    TRANS,
    "recipient's creatinine was 612 before the transplant and 153 on day five. what's the "
    "percentage fall",
    F(612 - 153, 612) * 100,
)
calc(
    HANAMI,
    "hanami in ueno for 16 of us: a bento each at ¥1,350, two big blue tarps at ¥2,200 each and "
    "4 bottles of sake at ¥1,900. split evenly, how many yen does each person owe",
    F(16 * 1350 + 2 * 2200 + 4 * 1900, 16),
)
calc(
    CHEESE,
    "five races down the hill: 23 runners in the first, then 19, 21, 24 and 25. the first aid "
    "tent saw 7 of them altogether. what percentage of runners got patched up",
    F(7, 23 + 19 + 21 + 24 + 25) * 100,
)
calc(
    WIFE,
    "winner gets his wife's weight in beer. she's 49 kg and a bottle of beer weighs 0.7 kg full. "
    "how many bottles is that",
    49 / dec("0.7"),
)
calc(
    LAMP,
    "each of my 47 gas lamps burns 0.11 cubic metres of gas an hour and they're lit 14 hours a "
    "night. total cubic metres per night for the street?",
    dec("0.11") * 14 * 47,
)
calc(
    KOSHER,
    "bar mitzvah for 180 guests, meat menu at $62 a head, plus 18% service charge, and they've "
    "already paid a $500 deposit. what's the balance due",
    180 * 62 * (1 + pct(18)) - 500,
)
calc(
    KOSHER,
    "chopped liver recipe uses 2.4 kg of chicken livers to serve 30. how many kg for 180 guests",
    dec("2.4") * F(180, 30),
)
calc(
    NEWT,
    "bottle trap counts for the four visits were 11, 17, 9 and 14 adult great crested newts (32 "
    "traps each time). what's the mean count per visit",
    F(11 + 17 + 9 + 14, 4),
)
calc(
    NEWT,
    "need a double line of newt fencing round a 412 m boundary. fencing comes in 25 m rolls, how "
    "many rolls do i have to buy (whole rolls)",
    whole_up(F(2 * 412, 25)),
)
calc(
    WORM,
    "we charmed 187 worms out of our 3m by 3m plot in the half hour. the record is 567. how many "
    "more worms would we have needed to beat it",
    567 + 1 - 187,
)
calc(
    WELL,
    "dressing board is 2.4 by 1.5 metres and we reckon 4,800 petals per square metre. 9 of us "
    "can each press about 320 petals an hour. how many hours to petal the whole board",
    dec("2.4") * dec("1.5") * 4800 / (9 * 320),
)
calc(
    ICE,
    "next leg is 126 nautical miles at an average of 4.5 knots through the pack ice, burning 2.8 "
    "tonnes of fuel per hour. fuel for the leg in tonnes?",
    F(126) / dec("4.5") * dec("2.8"),
)
calc(
    DOG,
    "training log: 5 days a week for 8 weeks, two blind searches a day, and she found the "
    "hidden runner 71 times. success rate as a percentage",
    F(71, 5 * 8 * 2) * 100,
)
calc(
    SQUARE,
    "fee is $275 a dance plus 58 cents a mile for the round trip, and the hall is 143 miles each "
    "way. what do I invoice",
    275 + dec("0.58") * 2 * 143,
)
calc(
    SQUARE,
    "137 dancers turned up and a square needs 8. how many complete squares can I set up",
    137 // 8,
)
calc(
    SWORD,
    "£180 a show, agent takes 15%, and whatever's left I split 50/50 with my assistant. 14 shows "
    "in the run. what's my share for the whole run",
    180 * (1 - pct(15)) / 2 * 14,
)
calc(
    PUNCH,
    "bottle collections from the three shows on the sands: £23.40, £31.15 and £18.95. take "
    "off the £12 pitch fee, what did I clear",
    dec("23.40") + dec("31.15") + dec("18.95") - 12,
)
calc(
    SLOT,
    "lane 3 measures 17.35 m per lap and the car did 143 laps in the 8 minute heat. distance in "
    "metres",
    dec("17.35") * 143,
)
calc(
    MARIACHI,
    "quinceañera booking: 4 hours at $650 an hour plus $120 travel, shared equally by the 8 of us "
    "in the band. what's each player's cut",
    F(4 * 650 + 120, 8),
)
calc(
    HALAL,
    "a 21.6 kg lamb carcass yields 68% saleable meat after boning. kg of meat?",
    dec("21.6") * pct(68),
)
calc(
    HALAL,
    "eid orders so far: 37 customers want 2.5 kg of mince each at £9.80/kg and 22 want 4 kg of "
    "diced lamb each at £13.50/kg. total value of the orders",
    37 * dec("2.5") * dec("9.80") + 22 * 4 * dec("13.50"),
)
calc(
    NEO,
    "baby is 1,240 g, on 150 ml/kg/day of milk split into 8 feeds. how many ml per feed",
    dec("1.240") * 150 / 8,
)
calc(
    NEO,
    "gentamicin 5 mg/kg, baby weighs 0.95 kg, what's the dose in mg",
    5 * dec("0.95"),
)
calc(
    TIPSTER,
    "£10 each way at 12/1, place terms a fifth the odds, and it finished second. total returned "
    "to me including stake",
    10 + 10 * F(12, 5),
)
calc(
    TIPSTER,
    "season's naps: 200 selections at £1 level stakes returned £231.40 all in. ROI as a percent?",
    (dec("231.40") - 200) / 200 * 100,
)
calc(
    CATTLE,
    "18 days on the trail, 9 hands at $180 a day each and the cook at $210 a day. total wage bill",
    18 * (9 * 180 + 210),
)
calc(
    TARANT,
    "sold 35 slings at $18 each, the platform takes 6%, I ship 5 to a box at $9.50 a box, and "
    "each sling cost me $4.20 to raise. profit?",
    35 * 18 * (1 - pct(6)) - F(35, 5) * dec("9.50") - 35 * dec("4.20"),
)
calc(
    TOAST,
    "124 guests each get one flute for the toast and the top table of 10 get a second. 6 flutes "
    "to a bottle. how many bottles do I tell the bar to open (whole bottles)",
    whole_up(F(124 + 10, 6)),
)
calc(
    TOBOG,
    "school group of 24 kids, 12-ride ticket is 14 CHF each, groups over 20 get 15% off, and the "
    "4 teachers split the bill equally. how much does each teacher pay",
    24 * 14 * (1 - pct(15)) / 4,
)
calc(
    ALPHORN,
    "11 horns on the order book at CHF 4,850 each, with a 30% deposit on every one. total "
    "deposits?",
    11 * 4850 * pct(30),
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
unit(P, "6 ft 2 in in cm", 74 * IN * 100, EXACT)
unit(P, "98.6 fahrenheit to celsius", f_to_c(dec("98.6")), EXACT)
unit_r(P, "marathon distance 26.2 mi in km", dec("26.2") * MI / 1000)
unit_r(P, "weigh 11st 4lb, what's that in kilograms", 11 * STONE + 4 * LB)
unit_r(P, "500 sq ft = ? m²", 500 * SQFT)
unit_r(P, "what's 35 psi in kPa", 35 * PSI / 1000)
unit_r(P, "speed limit sign says 120 km/h, what's that in mph", 120 * KMH / MPH)
unit(P, "2.5 GiB expressed in mebibytes", dec("2.5") * GIB / MIB, EXACT)
unit_r(P, "how many ounces is 750 grams", F(750, 1000) / OZ)
unit(P, "minus eighteen degrees celsius in fahrenheit", c_to_f(-18), EXACT)
unit_r(P, "forty acres = how many hectares", 40 * ACRE / 10000)
unit_r(P, "250 cubic feet in cubic metres", 250 * CUFT)
unit(P, "20 knots in km/h", 20 * KNOT / KMH, EXACT)
unit(P, "how many yards in five miles", 5 * MI / YD, EXACT)

# registers
unit(
    GRIT,
    "the old wagon's road sensor reads fahrenheit and it's showing 26.6. what's that in celsius",
    f_to_c(dec("26.6")),
    EXACT,
)
unit(
    TRANS,
    "the jet with the retrieval team has 310 nautical miles to go. how many km is that",
    310 * 1852 / F(1000),
    EXACT,
)
unit(
    TRANS,
    "kidney is travelling on ice at 4 °C, the US surgeon wants it in fahrenheit",
    c_to_f(4),
    EXACT,
)
unit_r(
    HANAMI,
    "our picnic sheet under the cherry trees is 3.6 m by 2.7 m. area in square feet?",
    dec("3.6") * dec("2.7") / SQFT,
)
unit_r(
    CHEESE,
    "the double gloucester we send down the hill weighs 8 lb. in kg please",
    8 * LB,
)
unit_r(
    CHEESE,
    "someone clocked the cheese at 70 mph near the bottom. what's that in km/h",
    70 * MPH / KMH,
)
unit_r(
    WIFE,
    "the rules say the wife must weigh at least 49 kg. mine is 7 st 12 lb, what is she in kg",
    7 * STONE + 12 * LB,
)
unit_r(
    LAMP,
    "the gas board says the lamps run at 20 mbar supply pressure. convert to psi",
    F(20, 1000) * BAR / PSI,
)
unit_r(
    KOSHER,
    "brisket arrived as a 14 lb piece. how many kilograms",
    14 * LB,
)
unit_r(
    NEWT,
    "the breeding pond is roughly 35 m by 22 m. what's that in square feet",
    35 * 22 / SQFT,
)
unit_r(
    WORM,
    "the charming plot is 3 metres by 3 metres. how many square yards is that",
    9 / SQYD,
)
unit_r(
    WELL,
    "the big board is 8 ft by 6 ft. area in m²?",
    48 * SQFT,
)
unit(
    ICE,
    "making 3 knots through the ice, how many km/h",
    3 * KNOT / KMH,
    EXACT,
)
unit_r(
    ICE,
    "fast ice measured 70 cm thick off the harbour. the american observer wants inches",
    F(70, 100) / IN,
)
unit_r(
    DOG,
    "GPS collar says she covered 14.6 km on the moor search. miles?",
    dec("14.6") * 1000 / MI,
)
unit_r(
    SQUARE,
    "the grange hall floor is 60 ft by 40 ft, how many square metres of dancing space",
    60 * 40 * SQFT,
)
unit(
    SWORD,
    "the longest blade in the act is 22 inches. how long in centimetres",
    22 * IN * 100,
    EXACT,
)
unit(
    PUNCH,
    "my booth stands 7 ft tall. how many cm is that for the pier's forms",
    7 * FT * 100,
    EXACT,
)
unit_r(
    SLOT,
    "1:32 scale car timed at 9.5 m/s down the straight. scaled up 32 times, what would that be "
    "in mph",
    dec("9.5") * 32 / MPH,
)
unit_r(
    MARIACHI,
    "the gig in guadalajara is a 540 km drive, how many miles",
    540 * 1000 / MI,
)
unit_r(
    MARIACHI,
    "airline wants the trumpet case weight in kg, it's 28 lb",
    28 * LB,
)
unit_r(
    HALAL,
    "supplier invoiced a 48 lb lamb carcass, how many kilos",
    48 * LB,
)
unit_r(
    NEO,
    "baby was born weighing 3 lb 2 oz. grams?",
    (3 * 16 + 2) * OZ * 1000,
)
unit(
    NEO,
    "incubator air is set to 36.8 °C, what's that in °F",
    c_to_f(dec("36.8")),
    EXACT,
)
unit(
    TIPSTER,
    "the race is over 1 mile 2 furlongs. how many metres",
    (MI + 2 * 220 * YD),
    EXACT,
)
unit_r(
    CATTLE,
    "steers are averaging 1,250 lb apiece. in kg?",
    1250 * LB,
)
unit_r(
    CATTLE,
    "whole drive is 300 miles to the railhead. km?",
    300 * MI / 1000,
)
unit_r(
    TARANT,
    "care sheet says keep the enclosure at 78 °F. celsius?",
    f_to_c(78),
)
unit_r(
    TOAST,
    "the marquee is 40 ft by 80 ft. what's the floor area in square metres",
    40 * 80 * SQFT,
)
unit_r(
    TOBOG,
    "the run drops 380 m from top to bottom. how many feet",
    F(380) / FT,
)
unit_r(
    ALPHORN,
    "this alphorn measures 3.47 m end to end. length in feet?",
    dec("3.47") / FT,
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
    P, "storming of the bastille, 14 July 1789 - which weekday was it", weekday(D(1789, 7, 14))
)
SPAN_A, SPAN_B = D(2031, 3, 3), D(2031, 11, 19)
date_item(P, "how many days from 3 march 2031 to 19 nov 2031", days(SPAN_A, SPAN_B))
date_item(P, "what's the date 90 days after 17 December 2029", D(2029, 12, 17) + TD(days=90))
date_item(P, "25 December 2033 - what day of the week is that", weekday(D(2033, 12, 25)))
date_item(
    P,
    "how old will someone born on 1 March 1994 be on 28 February 2031",
    age(D(1994, 3, 1), D(2031, 2, 28)),
)
date_item(
    P,
    f"how many weeks from {sayw(D(2030, 1, 6))} to {sayw(D(2030, 4, 21))}",
    weeks(D(2030, 1, 6), D(2030, 4, 21)),
)
date_item(P, "what date was 250 days before 1 October 2032", D(2032, 10, 1) - TD(days=250))
date_item(P, "minutes from 22:40 to 06:25 the next morning", clock_span("22:40", "06:25", 60))
date_item(P, "ISO week number of 14 November 2030", D(2030, 11, 14).isocalendar()[1])
date_item(P, "day of the year number for 5 August 2032", D(2032, 8, 5).timetuple().tm_yday)
date_item(P, "March 9, 2031 plus 6 weeks = ?", D(2031, 3, 9) + TD(weeks=6))
FRIDAYS_2032 = sum(1 for k in range(366) if (D(2032, 1, 1) + TD(days=k)).weekday() == FRI)
assert D(2032, 12, 31) == D(2032, 1, 1) + TD(days=365)
date_item(P, "how many fridays are there in 2032", FRIDAYS_2032)
WEEKDAYS_OCT_2030 = sum(1 for d in range(1, 32) if D(2030, 10, d).weekday() < SAT)
date_item(P, "number of weekdays (mon-fri) in october 2030", WEEKDAYS_OCT_2030)
date_item(P, "date of the last sunday in october 2031", nth_weekday(2031, 10, SUN, -1))

# registers
date_item(
    GRIT,
    "our gritting season runs from 1 November 2030 to 31 March 2031, both days included. how "
    "many days is that",
    days(D(2030, 11, 1), D(2031, 3, 31)) + 1,
)
BELFAST_DEP = D(2033, 3, 26)
date_item(
    TRANS,
    f"retrieval flight left Belfast at 23:50 local on {sayw(BELFAST_DEP)} and landed in Madrid "
    "at 04:10 Madrid time on the 27th. how many minutes in the air",
    utc_minutes("2033-03-26T23:50", "Europe/London", "2033-03-27T04:10", "Europe/Madrid"),
)
date_item(
    TRANS,
    "kidney was cross-clamped at 21:40 and reperfused at 09:05 the following morning. cold "
    "ischaemic time in minutes?",
    clock_span("21:40", "09:05", 60),
)
date_item(
    HANAMI,
    "the Tokyo forecast has first bloom on 24 March 2031 and full bloom 8 days after that. which "
    "weekday is full bloom",
    weekday(D(2031, 3, 24) + TD(days=8)),
)
CHEESE_DAY = D(2031, 5, 26)
assert CHEESE_DAY.weekday() == MON
date_item(
    CHEESE,
    f"race day is the bank holiday, {sayw(CHEESE_DAY)}. steward sign-up shuts 3 weeks before "
    "that. what's the closing date",
    CHEESE_DAY - TD(weeks=3),
)
date_item(
    WIFE,
    "if the championships are held on the first saturday of july 2031, what date is that",
    nth_weekday(2031, 7, SAT, 1),
)
date_item(
    LAMP,
    "I light the lamps at 16:20 and go round putting them out at 07:45 the next morning. how "
    "many minutes are they burning",
    clock_span("16:20", "07:45", 60),
)
BAR_BORN = D(2018, 8, 14)
BAR_13 = D(2031, 8, 14)
assert BAR_13.weekday() != SUN
BAR_PARTY = BAR_13 + TD(days=(SUN - BAR_13.weekday()) % 7)
date_item(
    KOSHER,
    f"the boy was born {say(BAR_BORN)} and the party is on the first Sunday after his 13th "
    "birthday. what date is the party",
    BAR_PARTY,
)
date_item(
    KOSHER,
    f"caterer wants final numbers 17 days before the party on {sayw(BAR_PARTY)}. what day of the "
    "week is the deadline",
    weekday(BAR_PARTY - TD(days=17)),
)
date_item(
    NEWT,
    "first survey visit is on 15 April 2031 and each one after is exactly 9 days after the one "
    "before. date of the fourth visit?",
    D(2031, 4, 15) + TD(days=27),
)
date_item(
    WORM,
    "if the worm charming championships fall on the last saturday of june 2031, what's the date",
    nth_weekday(2031, 6, SAT, -1),
)
PETAL_START = D(2031, 6, 18)
date_item(
    WELL,
    f"boards have to soak in the pond for six days before petalling starts on {sayw(PETAL_START)}."
    " what date do they go in",
    PETAL_START - TD(days=6),
)
date_item(
    ICE,
    "icebreaking contract covers 1 January 2032 to 15 May 2032 inclusive. how many days",
    days(D(2032, 1, 1), D(2032, 5, 15)) + 1,
)
OULU, LULEA = "Europe/Helsinki", "Europe/Stockholm"
date_item(
    ICE,
    "we sail from Oulu at 06:30 Finnish time on 14 February 2032 and tie up in Luleå at 20:15 "
    "Swedish time the same day. hours at sea?",
    utc_minutes("2032-02-14T06:30", OULU, "2032-02-14T20:15", LULEA) / 60,
)
date_item(
    DOG,
    "my search dog was born on 11 September 2028. how old is she in completed years on 4 March "
    "2032",
    age(D(2028, 9, 11), D(2032, 3, 4)),
)
date_item(
    SQUARE,
    "I call at the 2nd and 4th friday dances. date of the 4th friday in january 2032?",
    nth_weekday(2032, 1, FRI, 4),
)
SWORD_OPEN = D(2032, 3, 2)
assert SWORD_OPEN.weekday() != MON
SWORD_SHOWS = [
    SWORD_OPEN + TD(days=k) for k in range(40) if (SWORD_OPEN + TD(days=k)).weekday() != MON
]
date_item(
    SWORD,
    f"the variety run opens on {sayw(SWORD_OPEN)}, one show a night, dark on mondays. what date "
    "is the 17th show",
    SWORD_SHOWS[16],
)
PIER_A, PIER_B = D(2031, 5, 24), D(2031, 9, 7)
assert PIER_A.weekday() == SAT and PIER_B.weekday() == SUN
date_item(
    PUNCH,
    f"pier season is weekends only, from {sayw(PIER_A)} to {sayw(PIER_B)}, both ends included. "
    "how many show days (saturdays plus sundays) is that",
    sum(1 for k in range(days(PIER_A, PIER_B) + 1) if (PIER_A + TD(days=k)).weekday() >= SAT),
)
SLOT_FIRST = D(2032, 1, 8)
assert SLOT_FIRST.weekday() == THU
date_item(
    SLOT,
    f"race nights are every other thursday from {sayw(SLOT_FIRST)}. when's the 10th race night",
    SLOT_FIRST + TD(weeks=2 * 9),
)
date_item(
    MARIACHI,
    "the quinceañera is on 12/06/2032 (DD/MM/YYYY, it's a Mexican family). "
    "what day of the week is that",
    weekday(D(2032, 6, 12)),
)
date_item(
    MARIACHI,
    "we play from 9:30 PM until 1:15 AM. how many hours is that",
    clock_span("21:30", "01:15", 3600),
)
EID = D(2032, 3, 22)
date_item(
    HALAL,
    f"the mosque expects eid on {sayw(EID)} and we stop taking lamb orders 10 days before. what's "
    "the cut-off date",
    EID - TD(days=10),
)
NEO_BORN = D(2032, 1, 9)
date_item(
    NEO,
    f"she was born at 27 weeks and 3 days gestation on {say(NEO_BORN)}. on what date does she "
    "reach 40 weeks corrected",
    NEO_BORN + TD(weeks=40) - TD(weeks=27, days=3),
)
date_item(
    NEO,
    "my night shifts run 19:30 to 08:00, how many hours per shift",
    clock_span("19:30", "08:00", 3600),
)
COL_A, COL_B = D(2031, 10, 2), D(2032, 3, 11)
assert COL_A.weekday() == THU and COL_B.weekday() == THU
date_item(
    TIPSTER,
    f"the ante-post column goes out every Thursday from {sayw(COL_A)} to {sayw(COL_B)} "
    "inclusive. how many columns is that",
    weeks(COL_A, COL_B) + 1,
)
date_item(
    CATTLE,
    "we move out the morning of 28 April 2032 and make 14 miles a day, every day, 392 miles in "
    "all. on the evening of what date do we reach the railhead",
    D(2032, 4, 28) + TD(days=392 // 14 - 1),
)
date_item(
    CATTLE,
    "flying home from Billings at 06:05 local on 2 November 2031, landing in Atlanta at 11:47 "
    "local. how many minutes is the trip",
    utc_minutes("2031-11-02T06:05", "America/Denver", "2031-11-02T11:47", "America/New_York"),
)
date_item(
    TARANT,
    "she last moulted on 30 December 2031 and moults every 23 days like clockwork. date of the "
    "third moult after that one",
    D(2031, 12, 30) + TD(days=3 * 23),
)
WEDDING = D(2032, 7, 17)
date_item(
    TOAST,
    f"my invoice is due 28 days before the wedding on {sayw(WEDDING)}. due date?",
    WEDDING - TD(days=28),
)
TOBOG_OPEN = nth_weekday(2031, 12, SAT, 1)
date_item(
    TOBOG,
    "the run opens on the first saturday of december 2031 and closes after 14 March 2032. how "
    "many days is it open, first and last day included",
    days(TOBOG_OPEN, D(2032, 3, 14)) + 1,
)
ORDER_IN = D(2031, 11, 3)
assert ORDER_IN.weekday() == MON
date_item(
    ALPHORN,
    f"order came in on {sayw(ORDER_IN)}. delivery is promised 25 working days later (mon-fri, "
    "not counting the order day). which date",
    working_day_after(ORDER_IN, 25),
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
            (U, "for this puzzle book, a ◆ b means a squared minus b. got it?"),
            (A, "Got it: a ◆ b = a² − b."),
            (U, "ok so what's 6 ◆ 11"),
        ],
        "◆ was defined earlier in the chat; only the model can apply that definition",
    ),
    (
        "conv-redefined-operator",
        [
            (U, "in my kid's worksheet the star means 'add the numbers then double it'"),
            (A, "Understood, so a ★ b = 2(a + b)."),
            (U, "what's 9 ★ 14 then"),
        ],
        "the star operator is the worksheet's own, told in an earlier turn",
    ),
    (
        "conv-other-base",
        [
            (S, "You are helping with base-7 arithmetic homework. All numbers are in base 7."),
            (U, "so 56 + 25, show me the carrying"),
        ],
        "the system turn puts every number in base 7, so the digits do not mean what they seem",
    ),
    (
        "conv-other-base",
        [
            (U, "I'm doing a binary exercise, every number I type from now on is binary"),
            (A, "Okay, I'll read your numbers as binary."),
            (U, "1011 times 110"),
        ],
        "the operands are binary by an earlier agreement; a decimal calculator would be wrong",
    ),
    (
        "conv-other-base",
        [
            (U, "we're reading a hex dump together"),
            (A, "Sure, paste the bytes and I'll help."),
            (U, "what's 7F plus 1A"),
        ],
        "hexadecimal operands from the conversation context",
    ),
    (
        "conv-modulus",
        [
            (U, "teaching my class clock arithmetic, mod 12"),
            (A, "Great topic. In mod 12, numbers wrap around after 11."),
            (U, "so 9 + 8 is what"),
        ],
        "the sum is meant modulo 12, set earlier in the chat",
    ),
    (
        "conv-modulus",
        [
            (S, "All arithmetic in this session is in the integers modulo 7."),
            (U, "what is 5 times 6"),
        ],
        "the system turn makes the product modular",
    ),
    (
        "conv-fictional-calendar",
        [
            (U, "in my novel the year has 13 months of 28 days, plus one festival day at the end"),
            (A, "Nice, that's 365 days with a tidy 13 × 28 structure."),
            (U, "which day of the year is the 5th of the 9th month"),
        ],
        "a fictional calendar defined earlier; a real date tool does not apply",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "my fantasy setting has a six-day week: Moonday, Emberday, Tideday, Stoneday, "
                    "Windday, Restday"
                ),
            ),
            (A, "Lovely names. Six days, Moonday first."),
            (U, "what day is it 20 days after a Moonday"),
        ],
        "the week in the setting has six invented days",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in my tabletop game, 1 glim is 7 shards and 1 shard is 12 pips"),
            (A, "Noted: 1 glim = 7 shards = 84 pips."),
            (U, "how many pips in 3 glims and 2 shards"),
        ],
        "game units defined only in the chat",
    ),
    (
        "conv-fictional-unit",
        [
            (
                S,
                (
                    "You are the quartermaster in a space opera. 1 parsec-ration feeds one crew "
                    "member for one jump."
                ),
            ),
            (U, "we have 40 crew and 3 jumps ahead, how many rations do I load"),
        ],
        "a fictional ration unit and story logic from the system turn",
    ),
    (
        "conv-programming",
        [
            (U, "quick javascript question"),
            (A, "Sure, go ahead."),
            (U, "what does 0.1 + 0.2 give"),
        ],
        "asks what JavaScript prints (floating-point result), not the exact sum",
    ),
    (
        "conv-programming",
        [
            (U, "I'm writing python 3"),
            (A, "Okay, what do you need?"),
            (U, "what's -7 // 2"),
        ],
        "Python floor division semantics for negatives; the model has to explain",
    ),
    (
        "conv-programming",
        [
            (U, "embedded C, the variable is a uint8_t"),
            (A, "Right, so it holds 0 to 255."),
            (U, "what do I get for 200 + 100"),
        ],
        "8-bit unsigned wrap-around, from the earlier turn",
    ),
    (
        "conv-programming",
        [
            (U, "in bash, if I write: echo 3 + 4"),
            (A, "What would you like to know about it?"),
            (U, "what's the output of 3 + 4 there"),
        ],
        "the shell prints the text, it does not add; needs the model",
    ),
    (
        "conv-programming",
        [
            (U, "SQL question, postgres"),
            (A, "Go for it."),
            (U, "what is NULL + 5"),
        ],
        "SQL NULL semantics",
    ),
    (
        "conv-programming",
        [
            (U, "excel rounds 2.5 up to 3 with ROUND"),
            (A, "Yes, ROUND(2.5, 0) gives 3 in Excel."),
            (U, "and what does python's round(2.5) give"),
        ],
        "banker's rounding in Python, a language fact",
    ),
    (
        "conv-spreadsheet-serial",
        [
            (U, "my spreadsheet shows dates as plain numbers for some reason"),
            (A, "That's probably the date serial number; change the cell format."),
            (U, "what date is 45000 then"),
        ],
        "Excel's date serial convention is model knowledge",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "dinner with Sam, Priya and Tom. we agreed Sam pays a double share because he "
                    "brought his two kids"
                ),
            ),
            (A, "Okay, so Sam counts as two shares."),
            (U, "bill came to £240, what does everyone pay"),
        ],
        "the split depends on the arrangement told in the earlier turn",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "rent is split by room size, and mine's the small one, roughly half the "
                    "size of each of the other two"
                ),
            ),
            (A, "So three rooms with weights 0.5, 1 and 1."),
            (U, "rent's going up to 1,850, what's my bit"),
        ],
        "weights come from the earlier turns",
    ),
    (
        "conv-facts-only-model",
        [
            (U, "reading about the moon landing"),
            (A, "Apollo 11 - a great read."),
            (U, "how many days after Sputnik was that"),
        ],
        "needs both historical dates, which only the model knows",
    ),
    (
        "conv-facts-only-model",
        [
            (U, "my grandad was born the year England won the world cup"),
            (A, "That was 1966."),
            (U, "how old would he be in 2031"),
        ],
        "ambiguous age without a birthday, and builds on the model's recalled fact",
    ),
    (
        "conv-facts-only-model",
        [
            (U, "we're going to see the Eiffel Tower"),
            (A, "Great choice!"),
            (U, "how many of me stacked up is it, I'm 1.8 m"),
        ],
        "needs the tower's height, a fact the model supplies",
    ),
    (
        "conv-percentage-points",
        [
            (U, "when I say 'up 2' about rates I mean percentage points, not percent"),
            (A, "Understood."),
            (U, "base rate is 3.5, up 2, what's the new rate"),
        ],
        "the meaning of 'up 2' was fixed earlier",
    ),
    (
        "conv-story-today",
        [
            (U, "in my story, 'today' is the day the ship docks at Valparaíso, 12 March"),
            (A, "Got it, the docking day is 12 March in the story."),
            (U, "what's three days from today"),
        ],
        "'today' refers to the story, not the real date",
    ),
    (
        "conv-decimal-time",
        [
            (U, "use french revolutionary decimal time: 10 hours a day, 100 minutes an hour"),
            (A, "Okay, decimal time it is."),
            (U, "what's 18:00 in that"),
        ],
        "conversion into a historical time system set in the conversation",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "answer me only in roman numerals please"),
            (A, "Certainly. I will reply in Roman numerals."),
            (U, "what's 14 times 3"),
        ],
        "the required answer form is roman numerals, set earlier",
    ),
    (
        "conv-translation",
        [
            (U, "translate whatever I type into German, don't answer it"),
            (A, "Verstanden, I'll translate."),
            (U, "twenty-one plus four"),
        ],
        "the task is translation, not arithmetic",
    ),
    (
        "conv-music",
        [
            (U, "guitar theory help"),
            (A, "Sure, what do you need?"),
            (U, "what's a fifth above D"),
        ],
        "a musical interval, not arithmetic",
    ),
    (
        "conv-tennis",
        [
            (U, "explaining tennis scoring to my daughter"),
            (A, "Happy to help: 15, 30, 40, game."),
            (U, "it's 40-40 and the server wins the point, what's the score"),
        ],
        "tennis scoring rules",
    ),
    (
        "conv-julian-calendar",
        [
            (U, "the russian church still keeps the julian calendar"),
            (A, "Yes, for its feast days."),
            (U, "so their 25 December is which date on ours"),
        ],
        "needs calendar knowledge and the context of which calendar",
    ),
    (
        "conv-tax-jurisdiction",
        [
            (U, "I live in Scotland"),
            (A, "Okay, that affects income tax bands."),
            (U, "how much income tax on £45,000"),
        ],
        "tax bands are facts that change by jurisdiction and year",
    ),
    (
        "conv-check-earlier-answer",
        [
            (U, "what's 15% of 85"),
            (A, "15% of 85 is 12.75."),
            (
                U,
                (
                    "hmm and if I'd meant the other way round, 85% of 15, would it be the same, "
                    "and why"
                ),
            ),
        ],
        "asks for an explanation of why percentages commute",
    ),
    (
        "conv-rota-pattern",
        [
            (U, "my shift pattern is 4 on 4 off, it started on the 1st of the month"),
            (A, "So days 1-4 on, 5-8 off, and so on."),
            (U, "am I working on the 19th"),
        ],
        "depends on the rota told earlier and on which month",
    ),
    (
        "conv-chess-elo",
        [
            (U, "our club uses K = 20 for elo"),
            (A, "Okay, K-factor 20."),
            (U, "I'm 1700 and beat an 1850, how much do I gain"),
        ],
        "needs the Elo expected-score formula and the earlier K-factor",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone-number", "is 0161 496 0000 a manchester number", "phone number, not a sum"),
    ("near-phone-number", "what country uses the dialling code +351", "a fact about a code"),
    ("near-phone-number", "my number is 07700 900 123, is that a mobile", "identifier"),
    ("near-isbn", "what book has the isbn 978-0-571-33465-3", "ISBN lookup"),
    (
        "near-isbn",
        "is 0-306-40615-2 a valid ISBN-10 and what does the last digit do",
        "explanation of a check digit",
    ),
    ("near-version", "is python 3.10 newer than 3.9", "version ordering, not decimals"),
    ("near-version", "what changed between node 18 and node 20", "release notes"),
    ("near-version", "should I upgrade from ubuntu 22.04 to 24.04", "advice about versions"),
    ("near-version", "what's new in iOS 17.2", "release facts"),
    (
        "near-score",
        "the match ended 3-1, is that a comfortable win in hockey",
        "opinion about a score",
    ),
    ("near-score", "what does 15-love mean", "tennis term"),
    (
        "near-score",
        "we lost 2-1 on aggregate after winning the first leg 1-0, how is that possible",
        "explains aggregate scoring",
    ),
    (
        "near-range",
        "the ticket says ages 5-11, can my 12 year old use it",
        "interpreting a range policy",
    ),
    ("near-range", "pages 45-67 for homework, is that a lot for a 10 year old", "opinion"),
    ("near-part-number", "difference between a 6203 and a 6203-2RS bearing", "part numbers"),
    ("near-part-number", "will an M6 bolt fit an M8 hole", "explanation about thread sizes"),
    ("near-part-number", "what does 205/55 R16 91V on my tyre mean", "tyre code"),
    ("near-part-number", "is a CR2032 the same as a CR2025", "battery model numbers"),
    ("near-opinion-number", "is 7% a good interest rate for a car loan", "opinion"),
    ("near-opinion-number", "is 37.9 a fever for a 6 month old", "medical judgement"),
    ("near-opinion-number", "my blood pressure is 142/91, should I worry", "medical judgement"),
    ("near-opinion-number", "is £32,000 a decent salary in Leeds", "opinion"),
    ("near-opinion-number", "is 8 hours of screen time a day too much for a teenager", "opinion"),
    (
        "near-opinion-number",
        "a 1 in 3 chance or 30%, which sounds better to patients",
        "about framing, not arithmetic",
    ),
    ("near-explain-number", "why is 0.1 + 0.2 not exactly 0.3 in computers", "explanation"),
    ("near-explain-number", "why is anything to the power 0 equal to 1", "explanation"),
    ("near-explain-number", "explain why dividing by zero is undefined", "explanation"),
    ("near-explain-number", "is 0 even or odd, and why", "explanation"),
    (
        "near-explain-number",
        "why do americans write the month before the day",
        "history of date formats",
    ),
    ("near-explain-number", "how does compound interest actually work", "explanation"),
    ("near-explain-number", "what's the difference between 1080p and 4K", "explains resolutions"),
    ("near-facts", "how far is London from Edinburgh by road", "needs geography"),
    ("near-facts", "what's the population of Lagos", "fact"),
    ("near-facts", "how many moons does Jupiter have", "fact"),
    ("near-facts", "what's the boiling point of water at the top of Everest", "fact"),
    ("near-facts", "how many players are on a rugby union team", "fact"),
    ("near-facts", "what's the half-life of carbon-14", "fact"),
    ("near-facts", "what's 100 dollars in euros at the moment", "needs a live exchange rate"),
    (
        "near-facts",
        "what time does the sun set in Oslo on midsummer's day",
        "needs astronomy facts",
    ),
    ("near-facts", "how long does it take to fly from Heathrow to Singapore", "fact"),
    ("near-facts", "what's the speed limit on a UK motorway in km/h", "needs the legal limit"),
    (
        "near-facts",
        "what's the height of Mont Blanc in feet these days, I heard it keeps changing",
        "needs the height",
    ),
    ("near-facts", "why did the Berlin Wall fall when it did and not earlier", "history"),
    ("near-facts", "what's the significance of 1066", "history"),
    ("near-code", "what does chmod 755 do", "Unix permissions"),
    ("near-code", "what does HTTP error 418 mean, is it a joke", "status code"),
    ("near-code", "what does 'net 30' mean on an invoice", "business term"),
    ("near-code", "trucker said 10-4 on the CB, what's he mean", "radio code"),
    ("near-code", "my router is at 192.168.1.254, how do I log into it", "IP address"),
    ("near-code", "what's the postcode SW1A 1AA famous for", "postcode"),
    ("near-code", "what does 24/7 stand for", "phrase"),
    ("near-code", "what's a 4-4-2 formation", "football formation"),
    ("near-code", "explain the 3-2-1 backup rule", "IT practice"),
    ("near-code", "what does 20/20 vision mean", "eye test notation"),
    ("near-sizes", "what's a UK size 9 shoe in EU sizes", "size charts vary by brand"),
    ("near-sizes", "is A4 bigger than US letter", "paper standards"),
    ("near-sizes", "what size TV for a 3 metre viewing distance", "advice"),
    ("near-sizes", "what's a 750 credit score mean in the US", "credit scoring"),
    ("near-pattern", "what comes next: 2, 3, 5, 7, 11", "pattern recognition"),
    (
        "near-pattern",
        "are the lottery numbers 1 2 3 4 5 6 less likely to come up",
        "probability explanation",
    ),
    ("near-pattern", "why is 17 considered unlucky in Italy", "culture"),
    ("near-words", "how do you say 7,500 in French words", "translation"),
    ("near-words", "write 1,000,000 as a cheque amount in words", "writing"),
    ("near-words", "how do you pronounce 1e6", "language"),
    (
        "near-words",
        "is it 'twelve hundred' or 'one thousand two hundred' in formal writing",
        "style",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "ord-writing": [
        "write a short thank-you note to my child's swimming teacher",
        "help me word an email asking my landlord to fix the boiler",
        "give me three opening lines for a ghost story set on a ferry",
        "rewrite this to sound less angry: you never answer my messages",
        "draft a toast for my sister's 40th",
        "write a haiku about a wet Tuesday",
        "make my CV summary sound more confident",
        "suggest a title for a blog post about learning the cello as an adult",
        "write a limerick about a tortoise who wants to run a marathon",
        "help me write a resignation letter that keeps things friendly",
        "write a product description for handmade beeswax candles",
        "give me a two-sentence horror story",
    ],
    "ord-cooking": [
        "how do I stop my pancakes going rubbery",
        "what can I make with leeks, potatoes and some old cheddar",
        "is it safe to refreeze defrosted chicken",
        "why did my bread come out dense",
        "ideas for a vegetarian barbecue",
        "how do you make a proper béchamel",
        "red or white with a wild mushroom risotto",
        "how do I know when an avocado is ripe",
        "easy packed lunch ideas for a fussy eater",
        "can I swap bicarbonate of soda for baking powder in scones",
        "how do I season a cast iron pan",
    ],
    "ord-travel": [
        "what should I pack for a week in Iceland in autumn",
        "is Porto or Lisbon better for a first trip to Portugal",
        "things to do in Kyoto when it's raining",
        "12 hour flight with a two year old, how do we survive",
        "do I need a visa to visit Vietnam with a UK passport",
        "is the Glacier Express worth the money or should we just take normal trains",
        "best way to get around Mexico City",
        "do you tip taxi drivers in Japan",
        "recommend a quiet beach in Crete",
        "how do I deal with jet lag after flying east",
    ],
    "ord-tech": [
        "how do I reset my router",
        "why is my laptop fan so loud",
        "explain what a VPN actually does",
        "how do I undo my last git commit",
        "what's the difference between RAM and storage",
        "my phone battery drains fast, what can I check",
        "how do I make a bootable USB stick",
        "write a python function that reverses a string",
        "what's a good password manager",
        "how do I stop Windows updates restarting my PC",
        "explain recursion like I'm ten",
        "what does an API do",
    ],
    "ord-health": [
        "how can I fall asleep faster",
        "what stretches help lower back pain",
        "felt faint after my blood donation this morning, is that usual",
        "couch to 5k tips for someone who gets out of breath on the stairs",
        "what are the signs of dehydration",
        "how do I help my teenager with exam stress",
        "are eggs bad for cholesterol",
        "what helps with hay fever besides tablets",
        "how do I cope with a colleague who talks over me",
    ],
    "ord-home-garden": [
        "how do I get rid of black mould in the bathroom",
        "when should I prune my apple tree",
        "why are my tomato leaves turning yellow",
        "one radiator is cold at the top and warm at the bottom, what do I do",
        "best plants for a shady balcony",
        "how do I unblock a sink without chemicals",
        "how do I stop slugs eating my hostas",
        "tips for painting a ceiling without streaks",
        "what's the best way to clean a cast iron fireplace",
    ],
    "ord-knowledge": [
        "why are sunsets red but the midday sky blue",
        "what did Ada Lovelace actually contribute to computing",
        "explain how vaccines work",
        "what caused the fall of the Roman Empire",
        "how do bees turn nectar into honey",
        "explain to a sceptical uncle why one cold winter doesn't disprove climate change",
        "summarise the plot of Middlemarch",
        "why does my cat purr even when she's at the vet",
        "walk me through how a bill gets through parliament in the UK",
        "what is quantum entanglement in simple words",
        "who painted The Night Watch",
        "why do we have leap years",
    ],
    "ord-language": [
        "I always mix up affect and effect, give me a trick to remember",
        "translate 'where is the train station' into Polish",
        "is 'less people' actually wrong or just pedantry",
        "is there an English equivalent of schadenfreude",
        "how do you say 'good luck' in Welsh",
        "correct my grammar: me and him went to the shop",
        "what's a word for someone who loves books",
        "explain the subjunctive in Spanish",
    ],
    "ord-advice": [
        "how do I ask for a pay rise",
        "my best mate forgot my 30th entirely, do I bring it up or let it go",
        "gift ideas for a dad who likes fishing",
        "how do I get my toddler to eat vegetables",
        "tips for a first job interview",
        "how do I politely leave a group chat",
        "should I learn piano or guitar first",
        "moved to Glasgow for work and know nobody, how do adults make friends",
        "what should I name my new rescue greyhound",
        "how do I tell my neighbour their dog barks all day",
        "loved The Remains of the Day, what should I read next",
        "ideas for a rainy-day activity with two kids under six",
        "how can I get better at public speaking",
        "what board games are good for four adults",
        "help me plan a surprise party without my partner finding out",
        "what questions should I ask when viewing a flat",
        "how do I start journaling and actually keep it up",
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
    # no register (family name) of this set is a family name of sets 19 to 164
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 164: {reused}"
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
