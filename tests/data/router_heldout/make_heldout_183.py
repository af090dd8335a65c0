"""Generate heldout-2027-06-04.jsonl: a hundred-and-eighty-third held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_183.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-182, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (rounding up or down only where the text asks
for whole items), units from the exact definitions below (unit(..., EXACT) for terminating
answers, unit_r for rounded ones), and dates with datetime (weekday, nth_weekday, working days,
clock_span for times across midnight, utc_minutes with zoneinfo for flights between zones);
weekdays written next to dates come from sayw/sayus.

Provenance
----------
Read: this file, grading.py and earlier_registers.txt, with cat/head/wc; earlier_registers.txt
  was also grepped for keywords and each chosen name checked with grep -x to be new.
Wrote: the four sections by hand, drafted in scratch files in this directory and spliced in
  with a small script; items the duplicate check flagged (only their ids were printed) were
  reworded, and unit_r values that failed the 2-decimal check were given other numbers.
Checked: ran the generator until it passed, printed my own items' queries and expected values
  to review them, ruff check and ruff format with /work/main/pyproject.toml, then ran the
  generator again.
Slips: one stray no-op call of the system python3 (`python3 -c 1`) at the start of a shell
  command that wrote a scratch file; nothing else beyond the rules.
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
OUT = HERE / "heldout-2027-06-04.jsonl"
PREFIX = "ho183-"
# earlier generators: sets 1-182 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 183))
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
    "make_heldout_179.py",
    "make_heldout_180.py",
    "make_heldout_181.py",
    "make_heldout_182.py",
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


R_HEARSE = "hearse_driver_for_a_hill_country_undertaker"
R_CROISSANT = "croissant_laminator_on_the_bakery_night_shift"
R_POLL = "pollster_weighting_a_marginal_seat_sample"
R_NURSE = "student_nurse_checking_an_infusion_rate"
R_TEA = "tea_auction_broker_in_mombasa"
R_FALCON = "gull_deterrent_falconer_at_a_fish_quay"
R_DIALYSIS = "dialysis_patient_booking_sessions_on_holiday"
R_BURSAR = "school_bursar_reconciling_trip_payments"
R_CX = "cyclocross_racer_setting_tyre_pressures"
R_USHER = "theatre_usher_working_a_matinee_double"
R_ARCH = "field_archaeologist_sieving_a_roman_ditch"
R_CRUISE = "cruise_ship_photographer_selling_prints"
R_CARGO = "cargo_ship_third_officer_on_a_pacific_crossing"
R_VOICE = "freelance_voiceover_artist_billing_by_the_minute"
R_CAPSULE = "capsule_hotel_night_manager_in_osaka"
R_HURDLES = "athletics_coach_timing_hurdles_sessions"
R_PCR = "lab_technician_running_a_pcr_plate"
R_HIP = "hip_replacement_patient_on_a_walking_plan"
R_VACCINE = "vaccine_cold_chain_logistician_in_malawi"
R_MEDIATOR = "family_mediator_splitting_school_holidays"
R_EXPDOC = "expedition_doctor_acclimatising_a_trekking_group"
R_TELLER = "bank_teller_counting_foreign_notes"
R_OSTRICH = "ostrich_egg_carver_in_the_karoo"
R_JIGSAW = "speed_jigsaw_competitor_at_a_timed_heat"
R_KIMCHI = "kimchi_making_grandmother_in_busan"

# plain one-liners
calc(P, "whats 4,817 × 36", 4817 * 36)
calc(P, "1,284 + 3,977 + 612 =", 1284 + 3977 + 612)
calc(P, "17.5% of £2,964", pct("17.5") * 2964)
calc(P, "(382 + 919) / 4", F(382 + 919, 4))
_sq = math.isqrt(15129)
assert _sq * _sq == 15129
calc(P, "whats the square root of 15,129", _sq)
calc(P, "2 raised to the 23rd power", 2**23)
calc(P, "three hundred and twelve divided by sixteen", F(312, 16))
calc(P, "63.48 minus 17.925", dec("63.48") - dec("17.925"))
calc(
    P,
    "£1,250 knocked down 12% and then 20% VAT added on top, what's the final price?",
    1250 * (1 - pct(12)) * (1 + pct(20)),
)
calc(P, "what's seven eighths of 3,512", F(7, 8) * 3512)
calc(
    P,
    "mean of 14.2, 16.9, 11.3 and 19.6",
    (dec("14.2") + dec("16.9") + dec("11.3") + dec("19.6")) / 4,
)
calc(P, "-48 x -12.5 + 300", F(-48) * dec("-12.5") + 300)
calc(P, "which number is 35% more than 2,480?", 2480 * (1 + pct(35)))
calc(P, "12 cubed minus 9 squared", 12**3 - 9**2)

# registers
calc(
    R_HEARSE,
    "the undertaker pays me £38 an hour plus 45p a mile. tuesday's funeral was 5.5 hours and "
    "112 miles, and I also paid £60 for the bearers' lunch, which the family settle with them "
    "separately. what goes on my invoice",
    38 * dec("5.5") + dec("0.45") * 112,
)
_dough_g = (dec("4.2") + dec("1.35")) * 6 * 1000
assert (_dough_g / 78).denominator != 1
calc(
    R_CROISSANT,
    "each night I laminate six batches, each one 4.2 kg of détrempe plus a 1.35 kg butter "
    "block. shaped croissants are 78 g raw. ignoring offcuts, how many whole croissants is a "
    "night's dough (round down)",
    math.floor(_dough_g / 78),
)
calc(
    R_POLL,
    "1,150 interviewed. 138 refused to say how they'd vote and 92 said don't know. 391 of the "
    "rest said Green. what is Green's share of those who named a party, as a percentage",
    F(391, 1150 - 138 - 92) * 100,
)
calc(
    R_POLL,
    "In the seat, Con went from 41.2% to 36.8% and Lab from 33.5% to 39.9%. Butler swing is "
    "the average of the Con fall and the Lab rise. What's the swing in points?",
    ((dec("41.2") - dec("36.8")) + (dec("39.9") - dec("33.5"))) / 2,
)
calc(
    R_NURSE,
    "Prescription is 1,200 ml of 0.9% saline over 8 hours. The giving set is 20 drops per ml. "
    "How many drops per minute do I set it to?",
    F(1200 * 20, 8 * 60),
)
calc(
    R_TEA,
    "Lot 1143: 40 packages of BP1 at 65 kg each, knocked down at US$3.42 a kilo. Broker's "
    "commission is 0.75% of the lot value. What's my commission in dollars?",
    40 * 65 * dec("3.42") * pct("0.75"),
)
calc(
    R_TEA,
    "bought three lots of PF1 at the sale: 1,600 kg at $3.10, 2,400 kg at $2.86 and 4,000 kg "
    "at $3.30 a kilo. average price per kg over all three",
    (1600 * dec("3.10") + 2400 * dec("2.86") + 4000 * dec("3.30")) / (1600 + 2400 + 4000),
)
calc(
    R_FALCON,
    "The harbour board pays £4,680 for the year. I fly the hawks three days a week but take two "
    "weeks off out of the 52. What does that work out at per flying day?",
    F(4680, 3 * (52 - 2)),
)
calc(
    R_DIALYSIS,
    "haemodialysis abroad is €285 a session. I need 3 sessions a week for a fortnight and my "
    "insurer pays back 80% of it. how much am I out of pocket",
    285 * 3 * 2 * (1 - pct(80)),
)
calc(
    R_BURSAR,
    "Ski trip is £1,145 per pupil, 38 pupils. Nine have paid in full, twenty-one have paid the "
    "£300 deposit plus two £200 instalments, and the other eight only the deposit. How much is "
    "still outstanding in total?",
    38 * 1145 - (9 * 1145 + 21 * (300 + 2 * 200) + 8 * 300),
)
calc(
    R_BURSAR,
    "coach quote is £2,444 for the 52-seater. 47 pupils and 5 staff on board, staff go free and "
    "the pupils split the whole cost equally. how much per pupil",
    F(2444, 47),
)
calc(
    R_CX,
    "season entries: 11 league rounds at £22, 3 national trophy rounds at £27 with a £4 late "
    "fee on two of those, and the club gives me £15 back. total spent on entries",
    11 * 22 + 3 * 27 + 2 * 4 - 15,
)
calc(
    R_USHER,
    "tubs are £3.80 and programmes £5. at the matinee I sold 86 tubs and 41 programmes, at the "
    "evening show 132 tubs and 67 programmes. I get 5% commission on all of it, how much",
    ((86 + 132) * dec("3.80") + (41 + 67) * 5) * pct(5),
)
calc(
    R_ARCH,
    "we're sieving 10% of the ditch fill. the slot is 1.8 m long, 0.9 m wide and 1.15 m deep. "
    "how many litres go through the sieves (1 m³ = 1,000 litres)",
    dec("1.8") * dec("0.9") * dec("1.15") * pct(10) * 1000,
)
calc(
    R_CRUISE,
    "prints are $24.95 each or $199 for a pack of ten. a couple wants 13 photos, what's the "
    "cheapest they can pay in total",
    min(13 * dec("24.95"), 199 + 3 * dec("24.95"), 2 * 199),
)
calc(
    R_CRUISE,
    "My commission is 5% on the first $15,000 of sales on a cruise and 12% on anything above "
    "that. Sold $23,480 on this one. Commission?",
    15000 * pct(5) + (23480 - 15000) * pct(12),
)
calc(
    R_CARGO,
    "5,046 nautical miles to Busan at 14.5 knots, burning 38.5 tonnes of fuel per day at sea. "
    "how many tonnes do we need for the passage",
    F(5046) / dec("14.5") / 24 * dec("38.5"),
)
calc(
    R_VOICE,
    "Rate card: £250 per finished minute up to 10 minutes, £180 a minute beyond that. The "
    "explainer came in at 13 min 30 sec. What do I bill?",
    250 * 10 + 180 * dec("3.5"),
)
calc(
    R_VOICE,
    "audiobook pays $325 per finished hour, the book runs 9 h 48 min and my agent takes 15%. "
    "what do I actually get",
    325 * (9 + F(48, 60)) * (1 - pct(15)),
)
calc(
    R_CAPSULE,
    "120 capsules at ¥4,300 a night, average occupancy 85% over 30 nights. room revenue for "
    "those 30 nights in yen",
    120 * pct(85) * 30 * 4300,
)
calc(
    R_HURDLES,
    "women's 100 m hurdles: 13 m from the start to the first barrier and 8.5 m between each of "
    "the ten hurdles. how long is the run-in from the last hurdle to the line, in metres",
    100 - 13 - 9 * dec("8.5"),
)
calc(
    R_PCR,
    "per reaction: 10 µl of 2x master mix, 0.8 µl of each of the two primers, 0.4 µl probe and "
    "3 µl water. making enough for a 96-well plate plus 10% extra, how many µl in total",
    (10 + 2 * dec("0.8") + dec("0.4") + 3) * 96 * (1 + pct(10)),
)
calc(
    R_HIP,
    "physio wants me to add 10% to my daily walk every week. in week one it's 800 m a day. how "
    "many metres a day in week four",
    800 * (1 + pct(10)) ** 3,
)
calc(
    R_VACCINE,
    "2,380 children, two doses each, add 15% for wastage, vials hold 10 doses. how many whole "
    "vials do we order",
    whole_up(2380 * 2 * (1 + pct(15)) / 10),
)
calc(
    R_MEDIATOR,
    "They've agreed dad pays 60% of extras. This term's extras: school trip £480, new uniform "
    "£136.50, music lessons £214.25. How much does dad owe?",
    (480 + dec("136.50") + dec("214.25")) * pct(60),
)
calc(
    R_EXPDOC,
    "14 trekkers on acetazolamide 125 mg twice a day for 9 days. we only have 250 mg tablets, "
    "which we'll cut in half. how many tablets do I pack",
    F(14 * 2 * 9 * 125, 250),
)
calc(
    R_TELLER,
    "customer is changing €1,850 into sterling at 0.852 and we take a flat £3.50 commission "
    "off the pounds. how much does she walk away with",
    1850 * dec("0.852") - dec("3.50"),
)
calc(
    R_TELLER,
    "End of shift: 37 × £20, 52 × £10 and 18 × £5 notes plus £47.85 in coin. The float was £300 "
    "at the start. What were the takings?",
    37 * 20 + 52 * 10 + 18 * 5 + dec("47.85") - 300,
)
calc(
    R_OSTRICH,
    "blank eggs cost me R85 each and a carved one sells for R1,450. at the Oudtshoorn fair I "
    "sold 23, the stall was R600 and the card machine takes 2.5% of sales. profit on the fair",
    23 * 1450 - 23 * 85 - 600 - 23 * 1450 * pct("2.5"),
)
calc(
    R_JIGSAW,
    "1,000 pieces in 2 h 5 min. how many seconds per piece is that on average",
    F((2 * 60 + 5) * 60, 1000),
)
calc(
    R_KIMCHI,
    "salting is 3.5% of the cabbage weight. 14 cabbages averaging 2.6 kg each. how many grams "
    "of salt",
    14 * dec("2.6") * pct("3.5") * 1000,
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
unit_r(P, "how many lbs is 73.4 kg", dec("73.4") / LB)
unit_r(P, "how many kilometres is 13.7 miles", dec("13.7") * MI / 1000)
unit(P, "my thermometer says 99.5 F, what's that in C", f_to_c(dec("99.5")), EXACT)
unit(P, "my son is 4 ft 7 in, in centimetres please", (4 * 12 + 7) * IN * 100, EXACT)
unit_r(P, "studio flat is 387 sq ft, how many m²", 387 * SQFT)
unit_r(P, "68 mph is how many km/h", 68 * MPH / KMH)
unit(P, "convert 3.5 GiB to MiB", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "how many ounces in 2.2 kg", dec("2.2") / OZ)
unit(P, "-18 c to fahrenheit", c_to_f(-18), EXACT)
unit_r(P, "13 st 11 lb in kilos", (13 * 14 + 11) * LB)
unit_r(P, "85 psi to bar", 85 * PSI / BAR)
unit_r(P, "a 37.5 acre farm, how many hectares", dec("37.5") * ACRE / 10000)
unit(P, "How many metres is 1,350 yards?", 1350 * YD, EXACT)
unit(P, "convert 27 knots to km/h", 27 * KNOT / KMH, EXACT)

# registers
unit_r(
    R_HEARSE,
    "the deck in the new hearse is 2,290 mm long, the coffin maker wants it in feet. to 2 "
    "decimal places",
    dec("2.290") / FT,
)
unit_r(
    R_CROISSANT,
    "butter sheet has to be rolled out to 19 cm square and my rolling guides are marked in "
    "inches. how many inches is 19 cm",
    F(19, 100) / IN,
)
unit_r(
    R_POLL,
    "the canvassers walked 7.4 miles round the ward on saturday. what is that in km",
    dec("7.4") * MI / 1000,
)
unit_r(
    R_NURSE,
    "patient says she's 11 st 6 lb, the drug chart wants kg",
    (11 * 14 + 6) * LB,
)
unit(
    R_NURSE,
    "Obs chart says 38.7 °C but the American textbook's sepsis table is in Fahrenheit. What's "
    "38.7 °C in °F?",
    c_to_f(dec("38.7")),
    EXACT,
)
unit_r(
    R_TEA,
    "a package of CTC tea is 65 kg net; the buyer in Karachi wants the weight in pounds",
    65 / LB,
)
unit_r(
    R_FALCON,
    "my harris hawk's flying weight is 1 lb 9 oz, what's that in grams",
    (16 + 9) * OZ * 1000,
)
unit_r(
    R_FALCON,
    "wind across the quay is gusting 22 knots — in mph please",
    22 * KNOT / MPH,
)
unit_r(
    R_DIALYSIS,
    "my dry weight is 68.5 kg and the unit in Florida works in pounds, what do I tell them",
    dec("68.5") / LB,
)
unit_r(
    R_BURSAR,
    "The field centre is 187 km from school and the minibus firm charges by the mile. How many "
    "miles is it?",
    187 * 1000 / MI,
)
unit_r(
    R_CX,
    "running 1.6 bar in the front tubular for the mud. what's that in psi on my track pump",
    dec("1.6") * BAR / PSI,
)
unit_r(
    R_CX,
    "tyres are 33 mm wide, what is that in inches",
    F(33, 1000) / IN,
)
unit_r(
    R_USHER,
    "the stage is 42 feet across, how many metres is that",
    42 * FT,
)
unit(
    R_ARCH,
    "posthole base is logged at 3 ft 4 in below datum on the 1960s plan. in metres?",
    (3 * 12 + 4) * IN,
    EXACT,
)
unit(
    R_CRUISE,
    "the formal portraits are printed 8 x 10 inches. what's the print area in square centimetres",
    8 * 10 * (IN * 100) ** 2,
    EXACT,
)
unit(
    R_CARGO,
    "making 14.5 knots through the water, what's that in km/h",
    dec("14.5") * KNOT / KMH,
    EXACT,
)
unit_r(
    R_CARGO,
    "the container lashing rods are rated 10,000 kgf. convert that to kN for the cargo "
    "securing manual",
    10000 * KGF / 1000,
)
unit(
    R_VOICE,
    "my raw session file is 734,003,200 bytes. how many MiB is that",
    F(734003200) / MIB,
    EXACT,
)
unit_r(
    R_CAPSULE,
    "inside, a capsule is 2 m long, 1 m wide and 1.1 m high. volume in cubic feet",
    2 * 1 * dec("1.1") / CUFT,
)
unit_r(
    R_HURDLES,
    "she ran the 100 m flat in 12.84 s. average speed in mph",
    100 / dec("12.84") / MPH,
)
unit(
    R_PCR,
    "the ultra-low freezer sits at -80 °C, what's that in Fahrenheit",
    c_to_f(-80),
    EXACT,
)
unit_r(
    R_HIP,
    "walked 2.25 miles round the park with my sticks. how many km",
    dec("2.25") * MI / 1000,
)
unit(
    R_VACCINE,
    "the donated fridge's display reads 41 °F. what's that in celsius",
    f_to_c(41),
    EXACT,
)
unit_r(
    R_VACCINE,
    "loaded cold box weighs 37 lb, the manifest is in kg. how many kg",
    37 * LB,
)
unit_r(
    R_MEDIATOR,
    "The two homes are 38 miles apart and the parents hand over exactly halfway. How far is "
    "that for each of them in kilometres?",
    F(38, 2) * MI / 1000,
)
unit_r(
    R_EXPDOC,
    "base camp is at 17,598 ft, what's that in metres",
    17598 * FT,
)
unit_r(
    R_EXPDOC,
    "oxygen cylinders are filled to 200 bar but the regulator gauge reads psi. 200 bar in psi",
    200 * BAR / PSI,
)
unit_r(
    R_TELLER,
    "a brick of 1,000 notes is 10.9 cm thick. in inches",
    dec("10.9") / 100 / IN,
)
unit_r(
    R_OSTRICH,
    "an ostrich egg weighs about 1.4 kg. how many ounces is that for the american buyers",
    dec("1.4") / OZ,
)
unit_r(
    R_JIGSAW,
    "the finished puzzle is 68 cm by 48 cm. area in square inches",
    F(68 * 48, 10000) / (IN * IN),
)
unit_r(
    R_KIMCHI,
    "my grandson in Texas asks how heavy a 2.6 kg napa cabbage is in pounds",
    dec("2.6") / LB,
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
date_item(P, "what weekday was 11 October 1962", weekday(D(1962, 10, 11)))
date_item(
    P,
    "how many days are there between 7 March 2033 and 22 November 2033",
    days(D(2033, 3, 7), D(2033, 11, 22)),
)
date_item(P, "date 100 days after 27 September 2029?", D(2029, 9, 27) + TD(days=100))
date_item(P, "what weekday is christmas day, 25 december 2034", weekday(D(2034, 12, 25)))
date_item(
    P,
    "how old will someone born on 30 April 1988 be on 1 February 2030",
    age(D(1988, 4, 30), D(2030, 2, 1)),
)
_w0 = D(2030, 1, 6)
assert _w0.weekday() == SUN
date_item(
    P,
    f"how many weeks from {sayw(_w0)} to {sayw(_w0 + TD(weeks=12))}",
    weeks(_w0, _w0 + TD(weeks=12)),
)
date_item(P, "90 days before 15/05/2032, what date is that", D(2032, 5, 15) - TD(days=90))
date_item(
    P, "How many days are there from 1 Feb 2028 to 1 Mar 2028?", days(D(2028, 2, 1), D(2028, 3, 1))
)
date_item(P, "2,000 days after 1 January 2030 is what date", D(2030, 1, 1) + TD(days=2000))
date_item(P, "first monday of september 2031", nth_weekday(2031, 9, MON, 1))
date_item(P, "when's the third Thursday in November 2030", nth_weekday(2030, 11, THU, 3))
date_item(P, "last friday of october 2029?", nth_weekday(2029, 10, FRI, -1))
date_item(
    P,
    "how many minutes is it from 21:17 to 05:49 the following morning",
    clock_span("21:17", "05:49", 60),
)
date_item(P, "what day of the week is 29 February 2040", weekday(D(2040, 2, 29)))

# registers
_reg = D(2027, 9, 6)
assert _reg.weekday() < SAT
date_item(
    R_HEARSE,
    f"death was registered on {sayw(_reg)}. the crematorium's first slot is 12 working days "
    "later (Monday to Friday, not counting the registration day, no bank holidays in between). "
    "what date is that",
    working_day_after(_reg, 12),
)
date_item(
    R_HEARSE,
    "we did the funeral on 9 November 2026 and the family want the first anniversary "
    "marked. what day of the week is 9 November 2027",
    weekday(D(2027, 11, 9)),
)
date_item(
    R_CROISSANT,
    "my shift starts at 22:00 and I clock off at 06:30. how many hours is that",
    clock_span("22:00", "06:30", 3600),
)
_f0, _f1 = D(2027, 6, 4), D(2027, 6, 16)
date_item(
    R_POLL,
    f"fieldwork ran from {sayw(_f0)} to {sayw(_f1)} inclusive. how many days of fieldwork",
    days(_f0, _f1) + 1,
)
_iv = D(2027, 6, 26)
date_item(
    R_NURSE,
    f"IV antibiotics: first dose on {sayw(_iv)}, 14-day course counting that day as day 1. "
    "what date is the last day of the course",
    _iv + TD(days=13),
)
_sale23 = D(2027, 6, 7)
assert _sale23.weekday() == MON
date_item(
    R_TEA,
    f"The Mombasa auction runs every Monday. Sale 23 is on {sayw(_sale23)}, so what date is "
    "sale 31?",
    _sale23 + TD(weeks=31 - 23),
)
date_item(
    R_FALCON,
    "I stop flying her for the moult on 1 June 2027 and she goes back up 16 weeks after that. "
    "which date",
    D(2027, 6, 1) + TD(weeks=16),
)
_away0, _away1 = D(2027, 8, 14), D(2027, 8, 28)
date_item(
    R_DIALYSIS,
    f"My sessions are Monday, Wednesday and Friday. I'm away from {sayw(_away0)} to "
    f"{sayw(_away1)}. How many sessions do I need to book abroad?",
    sum(
        1
        for k in range(days(_away0, _away1) + 1)
        if (_away0 + TD(days=k)).weekday() in (MON, WED, FRI)
    ),
)
_faro = D(2027, 8, 16)
date_item(
    R_DIALYSIS,
    f"the Faro unit needs bloods taken exactly 21 days before my first session on "
    f"{sayw(_faro)}. which date do I book them for",
    _faro - TD(days=21),
)
date_item(
    R_BURSAR,
    "Deposit taken on 15 September 2027, then five instalments at 4-weekly intervals after "
    "that. When is the fifth instalment due?",
    D(2027, 9, 15) + TD(weeks=4 * 5),
)
_nats = nth_weekday(2028, 1, SUN, 2)
date_item(
    R_CX,
    "nationals are on the second Sunday of January 2028. I start my build-up block on "
    "1 November 2027, how many days until the race",
    days(D(2027, 11, 1), _nats),
)
_curtain = DT(2027, 6, 5, 14, 30)
_down = _curtain + TD(hours=2, minutes=40)
date_item(
    R_USHER,
    "matinee curtain up is 14:30 with a running time of 2 h 40 min including the interval. "
    "house opens for the evening show at 19:00. how many minutes between the matinee coming "
    "down and house open",
    F(int((DT(2027, 6, 5, 19, 0) - _down).total_seconds()), 60),
)
_lastday = D(2027, 8, 13)
date_item(
    R_ARCH,
    f"last day on site is {_lastday:%d/%m/%Y} and the archive has to be with the museum 60 days "
    "after that. deadline?",
    _lastday + TD(days=60),
)
_sail = D(2027, 5, 2)
date_item(
    R_CRUISE,
    f"we sail from Fort Lauderdale on {sayus(_sail)}, for 16 nights. what date do we get back",
    _sail + TD(days=16),
)
date_item(
    R_CARGO,
    "left Long Beach at 21:00 local on 3 October 2027 and were all fast in Busan at 06:00 local "
    "on 19 October 2027. how many hours was the passage",
    utc_minutes("2027-10-03T21:00", "America/Los_Angeles", "2027-10-19T06:00", "Asia/Seoul") / 60,
)
date_item(
    R_CARGO,
    "joined the ship on 14 June 2027 on a 180-day contract, joining day counted as day 1. what "
    "is my last day on board",
    D(2027, 6, 14) + TD(days=179),
)
date_item(
    R_VOICE,
    "Invoice dated 28 January 2028, payment terms 45 days. What's the due date?",
    D(2028, 1, 28) + TD(days=45),
)
date_item(
    R_CAPSULE,
    "front desk shift is 21:45 to 07:15. how many hours",
    clock_span("21:45", "07:15", 3600),
)
date_item(
    R_CAPSULE,
    "a guest took the 19:20 from Paris CDG on 9 July 2027 and landed at Kansai at 14:35 local "
    "on 10 July 2027. how many minutes was the flight",
    utc_minutes("2027-07-09T19:20", "Europe/Paris", "2027-07-10T14:35", "Asia/Tokyo"),
)
_blockend = D(2028, 2, 13)
assert _blockend.weekday() == SUN
date_item(
    R_HURDLES,
    f"an 11-week training block, weeks running Monday to Sunday, finishes on {sayw(_blockend)}. "
    "which Monday does it start on",
    _blockend - TD(weeks=11) + TD(days=1),
)
date_item(
    R_PCR,
    "the plate went on at 17:42 and the run finished at 09:18. how many minutes did it take",
    clock_span("17:42", "09:18", 60),
)
_op = D(2027, 9, 22)
date_item(
    R_HIP,
    f"my op is on {sayw(_op)} and it's no driving for six weeks. what date is exactly six weeks "
    "after the op",
    _op + TD(weeks=6),
)
_fu = D(2027, 12, 17)
date_item(
    R_HIP,
    f"op on {say(_op)}, follow-up clinic on {sayw(_fu)}. how many days between them",
    days(_op, _fu),
)
_arr = D(2027, 10, 12)
date_item(
    R_VACCINE,
    f"the shipment arrived in Lilongwe on {sayw(_arr)}. what date is 75 days after arrival",
    _arr + TD(days=75),
)
date_item(
    R_MEDIATOR,
    "summer holiday runs 23 July 2027 to 1 September 2027, both days included. how many days "
    "is that altogether",
    days(D(2027, 7, 23), D(2027, 9, 1)) + 1,
)
_dad = D(2027, 9, 3)
assert _dad.weekday() == FRI
date_item(
    R_MEDIATOR,
    f"Dad has them every other Friday starting {sayw(_dad)} (that's his first). What date is "
    "his eighth Friday?",
    _dad + TD(weeks=2 * 7),
)
date_item(
    R_EXPDOC,
    "the team flew out of Heathrow at 21:35 on 8 October 2027 and landed in Kathmandu at 19:50 "
    "local on 9 October 2027. how many minutes from departure to landing",
    utc_minutes("2027-10-08T21:35", "Europe/London", "2027-10-09T19:50", "Asia/Kathmandu"),
)
_chq = D(2027, 10, 14)
date_item(
    R_TELLER,
    f"cheque paid in on {sayw(_chq)}. funds clear on the third working day after that "
    "(Monday to Friday). which date",
    working_day_after(_chq, 3),
)
_show = nth_weekday(2028, 4, SAT, -1)
date_item(
    R_OSTRICH,
    "the Oudtshoorn show is on the last Saturday of April 2028. how many days is that from "
    "3 January 2028",
    days(D(2028, 1, 3), _show),
)
date_item(
    R_JIGSAW,
    "the night heat started at 23:40 and we put the last piece in at 01:52. how many minutes",
    clock_span("23:40", "01:52", 60),
)
_kim = D(2027, 11, 20)
date_item(
    R_KIMCHI,
    f"made the kimjang batch on {sayw(_kim)} and we open the first jar after 40 days. which "
    "date is that",
    _kim + TD(days=40),
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
            (U, "for this puzzle, a ⊗ b means a squared minus b"),
            (A, "Got it: a ⊗ b = a² − b."),
            (U, "ok so 7 ⊗ 5"),
        ],
        "⊗ was given a private meaning in the first turn",
    ),
    (
        "conv-base-six",
        [
            (U, "my son's worksheet is all in base 6 this week"),
            (A, "Sure, so only the digits 0 to 5. What do you need?"),
            (U, "what's 245 + 133"),
        ],
        "the sum is in base 6, set by the earlier turn",
    ),
    (
        "conv-modulus",
        [
            (S, "You are a tutor for modular arithmetic. Every answer is reduced modulo 11."),
            (U, "7 × 9"),
        ],
        "the system turn makes the product mod 11",
    ),
    (
        "conv-fictional-calendar",
        [
            (U, "in my fantasy setting the year has 8 months of 45 days, named First to Eighth"),
            (A, "Nice, that gives a 360-day year."),
            (U, "what date is 100 days after the 30th of Second"),
        ],
        "an invented calendar defined earlier",
    ),
    (
        "conv-game-currency",
        [
            (U, "in our tabletop campaign 1 crown = 12 marks and 1 mark = 8 pennies"),
            (A, "Noted: crowns, marks and pennies."),
            (U, "how many pennies is 3 crowns 5 marks"),
        ],
        "game currency whose rates only the conversation gives",
    ),
    (
        "conv-python-floor",
        [
            (U, "pretend you're a python 3 REPL and reply with just what it prints"),
            (A, "Go ahead."),
            (U, "-23 // 4"),
        ],
        "Python floor division gives -6, not -5.75",
    ),
    (
        "conv-javascript-coercion",
        [
            (U, "in javascript what does '5' * '4' evaluate to"),
            (A, "20, because both strings are coerced to numbers for *."),
            (U, "and '5' + 4"),
        ],
        "JavaScript concatenates to the string '54'",
    ),
    (
        "conv-agreed-split",
        [
            (
                U,
                (
                    "four of us at dinner. Priya only had a starter so she puts in a fixed £12 "
                    "and the other three split whatever's left"
                ),
            ),
            (A, "Understood, send me the total when it arrives."),
            (U, "bill came to £147 with service, what's my share"),
        ],
        "the split rule is only in the earlier turn",
    ),
    (
        "conv-box-office-facts",
        [
            (U, "how much did Avatar make worldwide"),
            (A, "Roughly $2.9 billion across its original run and re-releases."),
            (U, "and how much more than Titanic is that"),
        ],
        "needs Titanic's gross, a fact only the model has",
    ),
    (
        "conv-roman-only",
        [
            (U, "from now on answer only in roman numerals please, it's for a quiz round"),
            (A, "Understood, numerals only."),
            (U, "what's 37 times 4 then"),
        ],
        "the answer must come back as CXLVIII, a format the earlier turn set",
    ),
    (
        "conv-c-integer-division",
        [
            (U, "this is C code, all the variables are ints"),
            (A, "Okay, integer arithmetic throughout."),
            (U, "what does 17 / 5 * 5 evaluate to"),
        ],
        "C integer division truncates, giving 15",
    ),
    (
        "conv-gas-mark",
        [
            (U, "my nan's recipe cards all use gas marks, I've only got an electric fan oven"),
            (A, "Happy to translate them as we go."),
            (U, "what's mark 7 then"),
        ],
        "gas marks need a lookup table plus a fan-oven adjustment",
    ),
    (
        "conv-shoe-sizes",
        [
            (U, "I'm a UK men's 9 in trainers"),
            (A, "Okay, noted."),
            (U, "what would that be in US women's"),
        ],
        "shoe size charts are conventions, not conversions",
    ),
    (
        "conv-boolean-algebra",
        [
            (U, "we're doing boolean algebra: + is OR and · is AND"),
            (A, "Right, with AND binding tighter than OR."),
            (U, "1 + 1 · 0 + 1"),
        ],
        "+ means OR here, so the answer is 1",
    ),
    (
        "conv-matrices",
        [
            (U, "let A = [[2, 1], [0, 3]] and B = [[1, 4], [2, 0]]"),
            (A, "Stored A and B."),
            (U, "A times B"),
        ],
        "matrices defined in the earlier turn",
    ),
    (
        "conv-spider-variable",
        [
            (U, "let n be the number of legs on a spider"),
            (A, "So n = 8."),
            (U, "what's n × 7 + 3"),
        ],
        "n is bound in the conversation",
    ),
    (
        "conv-dice-advantage",
        [
            (U, "playing D&D, I'm rolling a d20 with advantage"),
            (A, "So you roll two d20s and keep the higher."),
            (U, "chance of getting 15 or better"),
        ],
        "probability under game rules set earlier",
    ),
    (
        "conv-colony-clock",
        [
            (
                S,
                (
                    "You are the habitat computer on the colony world Tessaly, where a day is 30 "
                    "hours and a week is 5 days."
                ),
            ),
            (U, "how many hours in 3 weeks"),
        ],
        "fictional day and week lengths",
    ),
    (
        "conv-hex-colours",
        [
            (U, "picking colours for my site: #3A7BD5 and #00D2FF"),
            (A, "Nice, a blue gradient."),
            (U, "what's halfway between them"),
        ],
        "a colour midpoint, not an arithmetic question",
    ),
    (
        "conv-census-share",
        [
            (U, "what was the population of Scotland at the 2011 census"),
            (A, "5,295,403."),
            (U, "and what percentage of the UK is that"),
        ],
        "needs the UK total, a fact only the model has",
    ),
    (
        "conv-elo",
        [
            (U, "I'm rated 1650 in chess and about to play someone on 1820"),
            (A, "That's a stiff test."),
            (U, "so what's my expected score against her"),
        ],
        "needs the Elo formula",
    ),
    (
        "conv-ship-watches",
        [
            (
                S,
                (
                    "On this ship the watches start at 0000 and last four hours; the first is the "
                    "Middle watch."
                ),
            ),
            (U, "which watch is 1430 in"),
        ],
        "naval watch names",
    ),
    (
        "conv-nan-glass",
        [
            (U, "nan's notebook measures everything in 'glasses' and she says a glass is 220 ml"),
            (A, "Got it, 1 glass = 220 ml."),
            (U, "so three and a half glasses of milk is how much"),
        ],
        "a private unit defined in the earlier turn",
    ),
    (
        "conv-shire-reckoning",
        [
            (U, "using the Shire Reckoning from Tolkien's appendices"),
            (A, "Sure, twelve months of 30 days, with special days between some of them."),
            (U, "how many days from 1 Afterlithe back to 1 Forelithe"),
        ],
        "fictional calendar with Lithedays",
    ),
    (
        "conv-wizard-money",
        [
            (U, "harry potter money question"),
            (A, "Galleons, Sickles and Knuts, go on."),
            (U, "how many knuts in 2 galleons"),
        ],
        "fictional currency rates known only to the model",
    ),
    (
        "conv-french-numbers",
        [
            (U, "we're practising numbers in French"),
            (A, "D'accord !"),
            (U, "quatre-vingt-dix-sept plus trois, answer in French please"),
        ],
        "the answer has to be French words",
    ),
    (
        "conv-bowling",
        [
            (U, "ten-pin: strike in frame 1, then 7 and 2 in frame 2"),
            (A, "Okay, got both frames."),
            (U, "what's my score after frame 2"),
        ],
        "bowling scoring rules",
    ),
    (
        "conv-8-bit-wrap",
        [
            (U, "assume 8-bit unsigned arithmetic that wraps around"),
            (A, "Values 0 to 255, overflow wraps."),
            (U, "250 + 17"),
        ],
        "wrap-around gives 11",
    ),
    (
        "conv-julian-dates",
        [
            (U, "I'm transcribing an English parish register from before 1752, Old Style dates"),
            (A, "Right, Julian calendar dates."),
            (U, "what day of the week was 2 March 1701"),
        ],
        "the date is Julian, not Gregorian",
    ),
    (
        "conv-significant-figures",
        [
            (U, "chemistry homework, answers have to respect significant figures"),
            (A, "Understood."),
            (U, "2.50 × 3.1"),
        ],
        "sig-fig rules make it 7.8",
    ),
    (
        "conv-deposit-interest",
        [
            (U, "my tenancy deposit scheme pays interest at Bank of England base rate"),
            (A, "That depends on the base rate over the period."),
            (U, "so what would £1,400 earn over a year"),
        ],
        "needs the base rate, a fact the calculator lacks",
    ),
    (
        "conv-python-rounding",
        [
            (U, "in excel what does =ROUND(2.5,0) give"),
            (A, "3, because Excel rounds halves away from zero."),
            (U, "and round(2.5) in python"),
        ],
        "Python rounds half to even: 2",
    ),
    (
        "conv-golf-handicap",
        [
            (U, "my handicap index is 18.4 and the white tees have a slope of 131"),
            (A, "Okay."),
            (U, "what's my course handicap"),
        ],
        "needs the WHS formula and the course rating",
    ),
    (
        "conv-recipe-scaling",
        [
            (U, "this shakshuka recipe serves 6 and uses 3 tins of tomatoes and 9 eggs"),
            (A, "Sounds good, want me to adapt it?"),
            (U, "scale it for 4 people"),
        ],
        "rewriting a recipe is a model task",
    ),
    (
        "conv-missing-data",
        [
            (U, "column B has twelve weekly sales figures I'll paste in a sec"),
            (A, "Sure, paste them when ready."),
            (U, "what's the average"),
        ],
        "no data has been given; the model must ask for it",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0113 496 0821 a leeds number", "area codes are facts, not sums"),
    ("near-phone", "which country has the dialling code +359", "country code lookup"),
    (
        "near-phone",
        "had a missed call from 0800 0850 112, should I ring it back",
        "advice about a phone number",
    ),
    (
        "near-isbn",
        "which edition of the great gatsby is ISBN 978-0-7432-7356-5",
        "a book identifier",
    ),
    ("near-isbn", "how does the ISBN-13 check digit work", "explanation of a scheme"),
    ("near-version", "is node 22.4.1 newer than 22.11.0", "semantic versions, not decimals"),
    ("near-version", "upgrading django 4.2 to 5.1, what breaks", "release notes knowledge"),
    (
        "near-version",
        "should I start a new project on python 3.12 or 3.13",
        "an opinion about versions",
    ),
    ("near-score", "arsenal drew 2-2 at chelsea, was that a decent result", "a match score"),
    ("near-score", "in tennis if the umpire says 30-15 who's ahead", "tennis scoring terms"),
    (
        "near-score",
        "my experian credit score is 742 out of 999, is that ok",
        "judging a score needs knowledge",
    ),
    (
        "near-score",
        "got 68 on my dissertation, what classification is that at a uk uni",
        "degree classification bands",
    ),
    (
        "near-range",
        "is 40-60% humidity right for a baby's room",
        "a recommended range, not arithmetic",
    ),
    (
        "near-range",
        "resting heart rate 52-58 for a runner, normal?",
        "medical reference range",
    ),
    (
        "near-range",
        "my ferritin is 18 and the lab range says 30-400, should I be worried",
        "interpreting a lab range",
    ),
    ("near-part", "6203-2RS bearing dimensions", "a part number lookup"),
    ("near-part", "what size spanner fits an M10 bolt head", "thread standard facts"),
    ("near-part", "can I replace a 1N4007 diode with a 1N4001", "component ratings"),
    ("near-part", "why is a 2x4 not actually 2 inches by 4", "nominal timber sizes"),
    ("near-opinion", "is 37 too old to start a phd", "an opinion about an age"),
    ("near-opinion", "is £32k a good salary in bristol", "an opinion about pay"),
    (
        "near-opinion",
        "is 8 hours of screen time a day bad for a 14 year old",
        "advice about a number",
    ),
    ("near-opinion", "are 1 in 5 odds worth a tenner bet", "judgement about odds"),
    (
        "near-explain",
        "why is 0.1 + 0.2 not exactly 0.3 in floating point",
        "explanation, not a sum",
    ),
    ("near-explain", "explain to a ten year old why dividing by zero doesn't work", "explanation"),
    ("near-explain", "is there an intuitive reason 0! is 1 and not 0", "explanation"),
    (
        "near-explain",
        "who decided a circle has 360 degrees, and why that number",
        "history of a convention",
    ),
    (
        "near-explain",
        "how does compound interest work, explain it like I'm 12",
        "explanation of a concept",
    ),
    ("near-explain", "what's the difference between 1e6 and 10^6 in a spreadsheet", "notation"),
    (
        "near-fact",
        "how tall is the spinnaker tower in portsmouth, in feet",
        "needs the building's height",
    ),
    ("near-fact", "how far is york to whitby by road", "needs a road distance"),
    ("near-fact", "what's the boiling point of water on top of ben nevis", "needs physics facts"),
    (
        "near-fact",
        "if iceland's population doubled how many people would live there",
        "needs the population",
    ),
    ("near-fact", "how many bones are in one human hand", "anatomy fact"),
    ("near-fact", "what's the peso to dollar rate", "live exchange rate"),
    ("near-fact", "how long is the channel tunnel in miles", "needs the tunnel's length"),
    (
        "near-fact",
        "how many seconds did usain bolt's 100m world record take",
        "a sports record",
    ),
    (
        "near-id",
        "what does error 0x80070057 mean in windows update",
        "an error code",
    ),
    ("near-id", "HTTP 429, what causes it", "a status code"),
    ("near-id", "postcode EH1 2NG, which bit of edinburgh is that", "a postcode"),
    ("near-id", "flight LH 903, which frankfurt terminal", "a flight number"),
    ("near-id", "VIN starts with WVW, what make is it", "a vehicle identifier"),
    ("near-id", "what does 5W-40 mean on engine oil", "an oil grade"),
    ("near-id", "my tyres say 205/55 R16 91V, what's the 91V", "a tyre code"),
    ("near-id", "what does 1:25,000 mean on an OS map", "a map scale explanation"),
    ("near-id", "John 3:16, what does it say", "a Bible reference"),
    ("near-spec", "can I swap an 18650 3000mAh cell for a 3500mAh one", "battery compatibility"),
    ("near-spec", "is a 65W USB-C charger safe for a phone that shipped with 25W", "charging"),
    (
        "near-spec",
        "my optician says I'm 6/9 in my left eye, what does that mean",
        "an optometry convention",
    ),
    ("near-spec", "blood pressure 138/88, should I see my GP", "a health reading"),
    ("near-spec", "4:3 footage on a 16:9 telly, how will it look", "aspect ratios"),
    ("near-spec", "what does 1/250 mean on my camera dial", "shutter speed notation"),
    ("near-spec", "f/1.8 or f/2.8 for portraits", "photography advice"),
    (
        "near-culture",
        "why is 108 a special number in hinduism",
        "cultural meaning of a number",
    ),
    ("near-culture", "why is the number 4 avoided in chinese buildings", "cultural meaning"),
    ("near-culture", "why do people think 13 is unlucky", "superstition"),
    (
        "near-homework",
        "my kid has to show 3/4 on a number line, how do I explain it to her",
        "teaching, not computing",
    ),
    ("near-homework", "how do I work out VAT in an excel formula", "a spreadsheet how-to"),
    (
        "near-homework",
        "write a python function that turns celsius into fahrenheit",
        "writing code",
    ),
    ("near-homework", "what is pi to 50 decimals actually used for", "explanation"),
    (
        "near-format",
        "2027-06-04 or 04/06/2027, which date format should I use on a CV",
        "style advice about dates",
    ),
    (
        "near-format",
        "best meeting time for a team split between austin and berlin",
        "scheduling judgement",
    ),
    ("near-format", "is a queen mattress bigger than a uk double", "bedding size conventions"),
    ("near-format", "can a 12 year old watch a 12A film alone in the uk", "film rating rules"),
    (
        "near-format",
        "for a 3:30 marathon should I run even splits or negative splits",
        "pacing advice",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "ord-writing": [
        "help me write a leaving card for a colleague who's off to run a sheep farm in wales",
        (
            "tighten this for my grant bid: our project brings rock-pool ecology into inner-city "
            "primary schools through monthly shore visits and classroom tanks"
        ),
        "draft a polite email asking my landlord to sort the boiler, it's been out for a week",
        "a best man speech opener that doesn't mention the stag do at all",
        "three subject lines for a newsletter about our village's new bus shelter",
        (
            "make this sound less passive aggressive: as per my last email, the files are still "
            "missing"
        ),
        "short bio for a potter who makes blue-glazed teapots in a converted chapel",
        "opening paragraph of a cover letter for a junior data analyst job at a water company",
        "help me turn down being a godparent without upsetting my cousin",
        "two-line apology for missing my niece's nativity play",
    ],
    "ord-cooking": [
        "what can I do with a tub of leftover mushroom risotto",
        "why did my choux buns collapse as soon as they came out of the oven",
        "veggie main for a bonfire night party that people can eat standing up",
        "can I refreeze defrosted prawns if I cook them into a curry first",
        "how do I stop my rye sourdough being gummy in the middle",
        "packed lunch ideas for a seven year old who refuses sandwiches",
        "what wine goes with a mushroom and chestnut pie",
        "what can I use instead of buttermilk in irish soda bread",
        "how do I get crispy salmon skin without it welding itself to the pan",
        "simple red lentil dal without a pressure cooker",
    ],
    "ord-code": [
        "why does my react component re-render every time I type in the text box",
        "explain python decorators with a tiny example",
        "git says I'm in detached HEAD, what did I do and how do I get back to main",
        "bash one-liner to list files bigger than 100MB under my home folder",
        "left join vs inner join in sql, show me with two small tables",
        "my docker container exits straight away with code 0, why",
        "read a csv with pandas when the first two rows are junk headers",
        "what's the idiomatic way to handle errors in rust, Result or panic",
        "regex that matches a uk postcode reasonably well",
        "why won't flexbox centre my div vertically",
    ],
    "ord-travel": [
        "things to do in ljubljana when it's pouring with rain",
        "is a japan rail pass worth it for a trip that's mostly tokyo and kyoto",
        "packing list for a walking holiday on skye in october",
        "best way from naples to positano without hiring a car",
        "tips for a long haul flight with a two year old",
        "british passport, three week trip to vietnam, do I need an e-visa",
        "quiet beaches in crete that aren't lined with hotels",
        "etiquette for staying at a ryokan for the first time",
        "how do I avoid altitude sickness arriving in cusco",
        "three-day winter itinerary for edinburgh with teenagers",
    ],
    "ord-health": [
        "how can I sleep better when I'm on rotating night shifts",
        "stretches for a stiff lower back after sitting at a desk all day",
        "what are the early signs of burnout at work",
        "is it normal to feel dizzy a few hours after giving blood",
        "how do I start running when I'm really unfit",
        "what helps hay fever apart from antihistamines",
        "how do I support a friend who's just had a miscarriage",
        "why do I get cramp in my calves at night",
        "ways to drink more water when I hate the taste of it",
        "what should go in a small first aid kit for hill walking",
    ],
    "ord-explain": [
        "explain how an mRNA vaccine teaches the immune system",
        "why does the sky go red at sunset",
        "how do noise cancelling headphones actually cancel noise",
        "what causes inflation, in plain english",
        "how does a bill become law in the uk parliament",
        "how is climate different from weather, my kid asked and I fumbled it",
        "explain blockchain to my grandad who still uses a cheque book",
        "why do cats purr when they're hurt as well as happy",
        "how does a tidal barrage make electricity",
        "explain the offside rule like I've never watched football",
    ],
    "ord-advice": [
        "how do I ask my manager for a pay rise without sounding greedy",
        "my flatmate leaves pans soaking for days, how do I raise it without a row",
        "should I tell my friend I saw her boyfriend on a dating app",
        "how do I make friends after moving to a city where I know nobody",
        "what should I grow on my first allotment plot",
        "good questions to ask at the end of a job interview",
        "how to deal with a neighbour whose dog barks all day",
        "how do I stop procrastinating on my thesis write-up",
        "is it rude to leave a wedding before the speeches",
        "how do I choose between two job offers that are both good",
    ],
    "ord-language": [
        "how do I ask 'where is the nearest pharmacy' in brazilian portuguese",
        "when do I use affect and when effect",
        "polite japanese for 'thank you for your patience' in a work email",
        "is it different from or different than",
        "what does the welsh word hiraeth mean",
        "correct my german: ich habe gestern nach berlin gefahren",
        "where does the phrase 'bite the bullet' come from",
        "how do you pronounce worcestershire",
        "is the plural octopuses or octopi",
        "five spanish phrases for ordering at a tapas bar",
    ],
    "ord-creative": [
        "limerick about a heron nicking fish from a garden pond",
        "short bedtime story about a lighthouse that's scared of the dark",
        "halloween costume ideas using one cardboard box",
        "name ideas for a bakery van that does village rounds",
        "haiku about the first frost on an allotment",
        "plot twist ideas for a murder mystery set on a narrowboat",
        "song lyrics about missing the last train home",
        "a toast for my parents' ruby wedding",
        "describe a thunderstorm over the moors in the style of a gothic novel",
        "fantasy name for a river spirit that guards a ford",
    ],
    "ord-trivia": [
        "who painted the arnolfini portrait and why is there a mirror in it",
        "what's the capital of burkina faso",
        "who wrote the opera peter grimes",
        "why is the dead sea so salty",
        "which planet has the most known moons",
        "which woman won the 1911 nobel prize in chemistry",
        "what's the oldest university still running",
        "where did the croissant really originate",
        "what language do they speak in andorra",
        "who invented cat's eyes on roads",
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
    # no register (family name) of this set is a family name of sets 19 to 182
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 182: {reused}"
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
