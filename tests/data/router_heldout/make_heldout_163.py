"""Generate heldout-2027-05-15.jsonl: a hundred-and-sixty-third held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_163.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-162, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (whole_up for round-up counts, floor where the
text asks for complete rounds), unit conversions from the exact definitions above (EXACT for
terminating answers, unit_r for rounded ones), dates with datetime (weeks, ages, nth weekdays,
working days, clock spans across midnight) and zoneinfo via utc_minutes for spans between
zones or across a clock change; weekdays stated next to dates come from sayw().

Provenance
----------
Read: this file, grading.py and earlier_registers.txt (cat; head and grep -c/grep for keywords
to pick register names that are new and far from earlier ones). Nothing under /work/main,
/work/shared or /work/.library was opened, and no earlier set's questions were viewed.
Wrote: the four sections by hand in scratch files, spliced in with a short python script;
the 28 items the duplicate check flagged by id were reworded without looking at the earlier
text (an off-by-one also reworded one unflagged neighbour, which is harmless); one rounded
units item whose 2-decimal answer missed the tolerance was changed to an exact answer in
metres.
Checked: /work/main/.venv/bin/python make_heldout_163.py (also with --show to eyeball my own
expected values), ruff check (--fix --unsafe-fixes only to parenthesise implicit string
concatenations) and ruff format with --config /work/main/pyproject.toml, over-99-column
strings split by a script, then the generator again.
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
OUT = HERE / "heldout-2027-05-15.jsonl"
PREFIX = "ho163-"
# earlier generators: sets 1-162 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 163))
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


SEWER = "sewer_flusher_on_the_night_shift"
DOWSER = "water_dowser_siting_a_farm_borehole"
MOOSE = "moose_hunting_outfitter_in_newfoundland"
MULE = "mule_packer_on_a_canyon_trail"
ZEPP = "zeppelin_sightseeing_passenger_over_lake_constance"
SPELEO = "speleologist_surveying_a_flooded_sump"
LOCUST = "locust_control_officer_in_the_sahel"
DOLPHIN = "dolphin_watch_skipper_in_cardigan_bay"
PONY = "pony_club_camp_organiser"
GRAVE = "gravedigger_at_a_village_churchyard"
JUROR = "juror_on_a_long_fraud_trial"
PAROLE = "parole_officer_with_a_full_caseload"
TRIPLETS = "triplets_parent_on_night_feeds"
FDO = "mission_control_flight_dynamics_officer"
WINGSUIT = "wingsuit_pilot_planning_a_mountain_exit"
EOD = "bomb_disposal_technician_on_a_building_site"
ENTO = "forensic_entomologist_at_a_crime_scene"
ANAES = "anaesthetist_on_a_paediatric_list"
POSTMASTER = "village_sub_postmaster_balancing_the_till"
FIREINV = "fire_investigator_at_a_warehouse_blaze"
IVF = "ivf_patient_tracking_a_treatment_cycle"
TRANSSIB = "trans_siberian_rail_traveller_crossing_time_zones"
NASCAR = "nascar_pit_crew_tire_changer"
HAJJ = "hajj_pilgrimage_group_organiser"
NOMAD = "digital_nomad_invoicing_from_chiang_mai"

# plain one-line questions
calc(P, "what's 17.5% of £2,348", 2348 * pct("17.5"))
calc(P, "7 × 48.25 + 13.6 =", 7 * dec("48.25") + dec("13.6"))
calc(P, "(3,450 − 1,275) ÷ 25", F(3450 - 1275, 25))
calc(P, "eight hundred and four divided by sixteen", F(804, 16))
calc(P, "what whole number squared gives 7056", 84)
assert 84 * 84 == 7056
calc(P, "2 to the power 17, minus 1", 2**17 - 1)
calc(P, "3/8 + 9/20 as a decimal", F(3, 8) + F(9, 20))
calc(P, "increase 64.80 by 12.5%", dec("64.80") * (1 + pct("12.5")))
calc(P, "1,000,000 / 640", F(1000000, 640))
calc(P, "how much is 14 lots of 2.35 take away 4.9", 14 * dec("2.35") - dec("4.9"))
calc(P, "mean of 81, 67, 94, 73 and 90", F(81 + 67 + 94 + 73 + 90, 5))
calc(P, "-23 * -4.5 - 100", F(-23) * dec("-4.5") - 100)
calc(P, "57 comps out of 380 tickets, what percentage is that", F(57, 380) * 100)
calc(
    P,
    "a receipt says £89.60 including 12% tax, what was the price before tax",
    dec("89.60") / (1 + pct(12)),
)

# registers
calc(
    SEWER,
    "we jetted three stretches of main on the night shift: 186.5 m, 242 m and 97.25 m. "
    "the council pays £3.40 a metre, so what do we bill them",
    (dec("186.5") + 242 + dec("97.25")) * dec("3.40"),
)
calc(
    DOWSER,
    "I charge the farmer a £150 call-out fee for dowsing. the drillers then charge £62 per "
    "metre drilled; they hit water at 47 m but went on 8 m further to sit the pump. what's "
    "the farmer's total bill for my fee plus the drilling",
    150 + 62 * (47 + 8),
)
calc(
    MOOSE,
    "6 hunters booked at $4,850 each and each already paid a 15% deposit. I pay my 2 guides "
    "$320 a day each for a 7 day hunt. once the guides are paid out of the balance still due "
    "from the hunters, how much of that balance is left",
    6 * 4850 * (1 - pct(15)) - 2 * 320 * 7,
)
calc(
    MULE,
    "each mule can carry at most 68 kg and the trail crew's supplies weigh 1,130 kg in all. "
    "how many mules do I need to bring, whole mules",
    whole_up(F(1130, 68)),
)
calc(
    ZEPP,
    "the zeppelin flight is €745 per person, there are two of us, 10% off for booking early, "
    "and then a €35 shuttle transfer each on top (not discounted). total?",
    2 * 745 * (1 - pct(10)) + 2 * 35,
)
calc(
    SPELEO,
    (
        "survey legs through the sump came out at 12.4, 8.75, "
        "15.1 and 6.35 metres. average leg length"
    ),
    (dec("12.4") + dec("8.75") + dec("15.1") + dec("6.35")) / 4,
)
calc(
    LOCUST,
    "each spray sortie treats 1,450 ha. the hopper band infestation covers 9,800 ha and "
    "we've flown 3 sorties so far. how many more sorties, counting whole sorties, to "
    "finish it",
    whole_up(F(9800 - 3 * 1450, 1450)),
)
calc(
    LOCUST,
    "ULV dose is 1.25 L per hectare and we have 2,360 ha to treat. product comes in 200 L "
    "drums, how many drums do we need to open",
    whole_up(dec("1.25") * 2360 / 200),
)
calc(
    DOLPHIN,
    "boat trip tickets are £28 adults, £16 kids. the first sailing had 19 adults and 11 "
    "kids, and the card machine company takes 5% of everything. what do I actually keep",
    (19 * 28 + 11 * 16) * (1 - pct(5)),
)
calc(
    PONY,
    "pony camp: 23 riders at £285 each, 5 of them get a £40 sibling discount. hay, "
    "instructors and field hire came to £3,912. what's the profit",
    23 * 285 - 5 * 40 - 3912,
)
calc(
    GRAVE,
    "a single grave is dug 2.3 m long, 1 m wide and 1.8 m deep. cubic metres of spoil?",
    dec("2.3") * 1 * dec("1.8"),
)
calc(
    JUROR,
    "jury service pays £64.95 a day for the first 10 days and £129.91 a day from day 11 "
    "on. the fraud trial sat for 37 days. what's the total I should get",
    10 * dec("64.95") + 27 * dec("129.91"),
)
calc(
    PAROLE,
    "I'm carrying 47 cases at the moment but the team of 6 is meant to share 258 cases "
    "evenly against a guideline of 35 each. if we did share evenly, how many cases over "
    "the guideline would each officer be",
    F(258, 6) - 35,
)
calc(
    TRIPLETS,
    "three babies, each takes 120 ml a feed. one tin of formula makes 4.5 litres. how many "
    "complete rounds of feeds (all three babies fed) do I get out of a tin",
    math.floor(F(4500, 3 * 120)),
)
calc(
    FDO,
    "delta-v budget for the mission is 1,850 m/s. burns so far used 612.4, 288.75 and "
    "45.3 m/s. how much delta-v remains",
    1850 - dec("612.4") - dec("288.75") - dec("45.3"),
)
calc(
    WINGSUIT,
    "suit gives roughly a 2.6:1 glide. exit at 2,950 m, pull at 850 m. how far forward do "
    "I travel in metres, ignoring wind",
    dec("2.6") * (2950 - 850),
)
calc(
    EOD,
    "cordon radius is 400 m around the device. taking pi as 3.14, how many square metres "
    "is inside the cordon",
    dec("3.14") * 400 * 400,
)
calc(
    ENTO,
    "the larvae need about 2,530 accumulated degree hours above a 10 °C base to reach this "
    "stage and the scene has averaged 21 °C. how many hours is that",
    F(2530, 21 - 10),
)
calc(
    ANAES,
    "child is 18.4 kg, paracetamol at 15 mg/kg, how many mg",
    dec("18.4") * 15,
)
calc(
    ANAES,
    "propofol 2.5 mg/kg for a 22 kg kid and the syringe is 10 mg per mL, so how many mL "
    "do I draw up",
    dec("2.5") * 22 / 10,
)
calc(
    POSTMASTER,
    "end of day: £2,340 in notes, £186.45 in coins, £912.30 in cheques. the system expects "
    "£3,450. how much am I short",
    3450 - (2340 + dec("186.45") + dec("912.30")),
)
calc(
    POSTMASTER,
    "sold 340 first class stamps at £1.65 and 212 second class at 85p. stamp takings?",
    340 * dec("1.65") + 212 * dec("0.85"),
)
calc(
    FIREINV,
    "the unit held 14,500 kg of timber pallets at 17.5 MJ/kg on a 2,500 m² floor. fire "
    "load density in MJ per square metre",
    14500 * dec("17.5") / 2500,
)
calc(
    IVF,
    "clinic quote: £3,950 treatment, £1,240 drugs, £650 for ICSI. they take 12% off the "
    "treatment fee only. what's the total",
    3950 * (1 - pct(12)) + 1240 + 650,
)
calc(
    TRANSSIB,
    "the sleeper ticket cost 78,400 roubles and I paid on a card at 98 roubles to the "
    "euro, no fees. how many euros",
    F(78400, 98),
)
calc(
    NASCAR,
    "tires run $562 apiece, we use 4 sets of 4 per race... no wait, 2 sets of 4 per race, "
    "over 36 races. season tire spend?",
    562 * 4 * 2 * 36,
)
calc(
    NASCAR,
    "our five stops went 11.8, 12.4, 10.9, 13.1 and 11.3 sec, what's the average",
    (dec("11.8") + dec("12.4") + dec("10.9") + dec("13.1") + dec("11.3")) / 5,
)
calc(
    HAJJ,
    "42 pilgrims on the package at SAR 18,500 each and the agency's commission is 7.5% of "
    "the package price. total commission in riyals",
    42 * 18500 * pct("7.5"),
)
calc(
    HAJJ,
    "287 pilgrims to move from the hotel to Arafat and each coach seats 49. how many "
    "coaches must we book",
    whole_up(F(287, 49)),
)
calc(
    NOMAD,
    "invoiced my client for 42.5 hours at $68 an hour and the transfer service keeps "
    "0.62%. how much lands in my account",
    dec("42.5") * 68 * (1 - pct("0.62")),
)
calc(
    NOMAD,
    "coworking in Nimman: 350 baht a day or a 4,500 baht monthly pass. I worked there 16 "
    "days. how many baht would the pass have saved me",
    16 * 350 - 4500,
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
unit(P, "speed limit of 72 km/h expressed in metres per second", 72 * KMH, EXACT)
unit(P, "im 5'11, whats that in centimetres", (5 * 12 + 11) * IN * 100, EXACT)
unit_r(P, "convert 350°F to celsius", f_to_c(350))
unit_r(P, "how many kilos is 11 stone 4 lb", 11 * STONE + 4 * LB)
unit_r(P, "a 26.2 mile race is how many km", dec("26.2") * MI / 1000)
unit_r(P, "12.5 acres is how many hectares", dec("12.5") * ACRE / 10000)
unit_r(P, "bike tyre says max 30 psi, what is that in kilopascals", 30 * PSI / 1000)
unit(P, "how many MiB make up one and a half GiB", dec("1.5") * GIB / MIB, EXACT)
unit(P, "seconds in 3.75 hours", dec("3.75") * 3600, EXACT)
unit_r(P, "180lbs in kg", 180 * LB)
unit(P, "40 knots to km/h", 40 * KNOT / KMH, EXACT)
unit(P, "−12 °C in Fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "office is 45 sq m, what's that in sq ft", 45 / SQFT)
unit(P, "600 yards = ? metres", 600 * YD, EXACT)

# registers
unit(
    SEWER,
    "the jetting pump moves 8 litres a second. how many cubic metres is that per hour",
    F(8, 1000) * 3600,
    EXACT,
)
unit(
    DOWSER,
    "the old well log says the borehole is 180 feet deep. in metres please",
    180 * FT,
    EXACT,
)
unit_r(
    MOOSE,
    "the bull dressed out at 640 lb. what's that in kilograms for the Canadian client paperwork",
    640 * LB,
)
unit(MOOSE, "client's shot was 275 yards, how many metres", 275 * YD, EXACT)
unit_r(
    MULE,
    "each pannier is loaded to 34 kg, what is that in pounds",
    34 / LB,
)
unit_r(
    ZEPP,
    "the pilot said we're cruising at 70 km/h. what's that in mph",
    70 * KMH / MPH,
)
unit_r(ZEPP, "we're flying at about 300 m above the lake, how many feet is that", 300 / FT)
unit_r(
    SPELEO,
    "the sump bottoms out 9 m down and my buddy's gauge only reads feet. 9 m in feet",
    9 / FT,
)
unit(SPELEO, "water in the sump measured 6 °C. in °F?", c_to_f(6), EXACT)
unit_r(
    LOCUST,
    "the swarm is reported at 85 km² — the donor wants square miles",
    85 * 10**6 / (MI * MI),
)
unit(
    DOLPHIN,
    "my boat cruises at 18 knots, how fast is that in km/h",
    18 * KNOT / KMH,
    EXACT,
)
unit(
    DOLPHIN,
    "pod of bottlenose spotted 2.5 nautical miles off the harbour. how many km is that",
    dec("2.5") * 1852 / 1000,
    EXACT,
)
unit(
    PONY,
    "a pony measuring 13.2 hh — hands are 4 inches and the .2 means 2 more inches, not "
    "a decimal. height in cm?",
    (13 * 4 + 2) * IN * 100,
    EXACT,
)
unit_r(GRAVE, "coffin's 6 ft 6 in long, what's that in metres", (6 * 12 + 6) * IN)
unit_r(JUROR, "the evidence bundle weighed 23 lb when I lifted it. kilograms?", 23 * LB)
unit(
    PAROLE,
    "licence condition: exclusion zone of 1.5 miles radius around the victim's address. "
    "what's the radius in metres",
    dec("1.5") * MI,
    EXACT,
)
unit_r(
    TRIPLETS,
    "the triplets weighed 4 lb 6 oz, 3 lb 15 oz and 4 lb 1 oz at birth. combined weight in kg",
    (4 * 16 + 6 + 3 * 16 + 15 + 4 * 16 + 1) * OZ,
)
unit_r(
    FDO,
    "orbital velocity is 7.66 km/s, what's that in miles per hour for the press release",
    dec("7.66") * 1000 / MPH,
)
unit_r(FDO, "apogee of 412 km, in nautical miles", F(412000, 1852))
unit(
    WINGSUIT,
    "exit point is 9,680 ft on the altimeter, what height is that in metres",
    9680 * FT,
    EXACT,
)
unit_r(WINGSUIT, "top horizontal speed was 180 km/h, in mph?", 180 * KMH / MPH)
unit_r(
    EOD,
    "the item's stencilled as a 500 lb general purpose bomb. kilograms?",
    500 * LB,
)
unit(
    ENTO,
    "the data logger at the scene reads 27 °C, our American colleague wants it in °F",
    c_to_f(27),
    EXACT,
)
unit_r(ANAES, "mum says he weighs 44 lb, what's that in kilos", 44 * LB)
unit_r(
    POSTMASTER,
    "customer's parcel is 2.4 kg and the US form asks for pounds. what do I put",
    dec("2.4") / LB,
)
unit(
    FIREINV,
    "flashover temps in the racking reached about 1,100 °C. what's that in Fahrenheit",
    c_to_f(1100),
    EXACT,
)
unit(
    IVF,
    "embryos are stored in liquid nitrogen at −196 °C. what's that in °F",
    c_to_f(-196),
    EXACT,
)
unit_r(
    TRANSSIB,
    "Moscow to Vladivostok by rail is 9,289 km. how many miles is that",
    9289 * 1000 / MI,
)
unit_r(
    NASCAR,
    "left rear cold pressure set at 22 psi. in kPa for the Mexican engineer",
    22 * PSI / 1000,
)
unit_r(HAJJ, "baggage allowance is 23 kg per pilgrim. in pounds", 23 / LB)
unit_r(
    NOMAD,
    "the condo in Chiang Mai is listed as 65 square metres, how many sq ft",
    65 / SQFT,
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
    P, "the Bastille fell on 14 July 1789, which day of the week was that", weekday(D(1789, 7, 14))
)
date_item(
    P, "how many days from 3 March 2031 to 19 November 2031", days(D(2031, 3, 3), D(2031, 11, 19))
)
date_item(P, "what's the date 90 days after December 12, 2029", D(2029, 12, 12) + TD(days=90))
date_item(P, "what day does 25 Dec 2034 land on", weekday(D(2034, 12, 25)))
date_item(
    P,
    "how many weeks between Tuesday 1 January 2030 and 16 April 2030",
    weeks(D(2030, 1, 1), D(2030, 4, 16)),
)
date_item(P, "6 weeks before 9 Oct 2028 is what date", D(2028, 10, 9) - TD(weeks=6))
date_item(
    P,
    "born 1 July 1975, how old on 30 June 2040",
    age(D(1975, 7, 1), D(2040, 6, 30)),
)
date_item(P, "date of the first Monday in September 2032", nth_weekday(2032, 9, MON, 1))
date_item(P, "hours from 22:45 to 06:15", clock_span("22:45", "06:15", 3600))
date_item(P, "number of days in Feb of the year 2100?", calendar.monthrange(2100, 2)[1])
date_item(P, "date of the final Friday in November 2030", nth_weekday(2030, 11, FRI, -1))
date_item(P, "minutes between 09:37 and 17:02", clock_span("09:37", "17:02", 60))
date_item(P, "1 October 2028 is day number what of the year", D(2028, 10, 1).timetuple().tm_yday)
date_item(
    P,
    "how many weekdays (Mon-Fri) from 4 Feb 2030 to 1 Mar 2030, both days included",
    sum(
        1
        for k in range(days(D(2030, 2, 4), D(2030, 3, 1)) + 1)
        if (D(2030, 2, 4) + TD(days=k)).weekday() < SAT
    ),
)

# registers
date_item(
    SEWER,
    (
        "rota has me on 22:00 to 06:30 with a 45 minute unpaid "
        "break. how many paid hours is one shift"
    ),
    clock_span("22:00", "06:30", 3600) - F(45, 60),
)
_drill = D(2027, 9, 6)
date_item(
    DOWSER,
    f"drill rig is booked from {sayw(_drill)} and the driller says 12 working days "
    "(Mon to Fri), counting that first day as day 1. what date is the last day",
    working_day_counting(_drill, 12),
)
date_item(
    MOOSE,
    "moose season in our zone opens 15 September 2029 — what day of the week is opening day",
    weekday(D(2029, 9, 15)),
)
date_item(
    MULE,
    "our 7-night pack trip down the canyon sets off June 28, 2030. what date do we ride out",
    D(2030, 6, 28) + TD(days=7),
)
date_item(
    ZEPP,
    "booked the zeppelin on 2 February 2028 for a flight on 17 July 2028. how many days "
    "ahead did I book",
    days(D(2028, 2, 2), D(2028, 7, 17)),
)
date_item(
    SPELEO,
    "we went underground at 07:50 and came out at 01:20 the following morning. hours underground?",
    clock_span("07:50", "01:20", 3600),
)
date_item(
    LOCUST,
    "hopper bands hatched around 3 March 2027 and fledge about 38 days after hatching. "
    "what date should we expect fledging",
    D(2027, 3, 3) + TD(days=38),
)
date_item(
    DOLPHIN,
    "trips run every day from 1 April to 30 September 2029, both dates included. how many "
    "sailing days is that",
    days(D(2029, 4, 1), D(2029, 9, 30)) + 1,
)
date_item(
    PONY,
    "entries close 21 days before camp starts on 7 August 2028. what's the closing date",
    D(2028, 8, 7) - TD(days=21),
)
date_item(
    GRAVE,
    "headstone I'm setting reads born 19 April 1931, died 8 January 2019. how old was she "
    "when she died",
    age(D(1931, 4, 19), D(2019, 1, 8)),
)
_trial = D(2028, 1, 10)
date_item(
    JUROR,
    f"the trial opened {sayw(_trial)}. the judge said to expect 45 court days, Monday to "
    "Friday, no breaks, with the opening day as day one. which date should be the 45th",
    working_day_counting(_trial, 45),
)
date_item(
    PAROLE,
    "released on licence 22 February 2029, licence expires 14 August 2031. how many days "
    "on licence, counting both the release date and the expiry date",
    days(D(2029, 2, 22), D(2031, 8, 14)) + 1,
)
_first_appt = D(2029, 1, 4)
date_item(
    PAROLE,
    f"supervision appointments are every 14 days starting {sayw(_first_appt)}. what's the "
    "date of the 10th appointment",
    _first_appt + TD(days=14 * 9),
)
date_item(
    TRIPLETS,
    "they came at 32 weeks on 9 November 2028. what was the 40 week due date",
    D(2028, 11, 9) + TD(weeks=8),
)
date_item(
    TRIPLETS,
    "last feed started 23:30 and the next round is due at 04:15. how many minutes apart",
    clock_span("23:30", "04:15", 60),
)
date_item(
    FDO,
    "launch was 19:35 on 4 November 2030 Houston time and docking is planned for 02:14 on "
    "6 November 2030 Moscow time. elapsed minutes launch to docking?",
    utc_minutes("2030-11-04 19:35", "America/Chicago", "2030-11-06 02:14", "Europe/Moscow"),
)
date_item(
    FDO,
    "launch was set for 28 February 2032 and has slipped by 9 days. new launch date",
    D(2032, 2, 28) + TD(days=9),
)
date_item(
    WINGSUIT,
    "the mountain permit runs 20 June 2029 to 15 August 2029 inclusive, how many days of "
    "jumping does that give me",
    days(D(2029, 6, 20), D(2029, 8, 15)) + 1,
)
date_item(
    EOD,
    "digger found the device at 14:20, controlled explosion finally happened at 03:05 the "
    "next morning. how many hours on site from find to detonation",
    clock_span("14:20", "03:05", 3600),
)
_seen = DT(2029, 6, 2, 23, 40)
date_item(
    ENTO,
    "victim last seen 23:40 on 2 June 2029 and the first eggs look to have been laid about "
    "41 hours after that. on what date were the eggs laid",
    (_seen + TD(hours=41)).date(),
)
date_item(
    ANAES,
    "six cases on my list, 50 minutes each with a 15 minute turnaround between consecutive "
    "cases. from knife-to-skin on the first to the end of the last, how many minutes",
    6 * 50 + 5 * 15,
)
date_item(
    POSTMASTER,
    "pension day is the last Thursday of the month. which date is it in March 2030",
    nth_weekday(2030, 3, THU, -1),
)
date_item(
    FIREINV,
    "first call came in at 00:50 and the stop message was 05:20 that same morning in Leeds. "
    "it was the night the UK clocks went forward an hour. how many minutes did the "
    "incident actually last",
    utc_minutes("2031-03-30 00:50", "Europe/London", "2031-03-30 05:20", "Europe/London"),
)
_collection = D(2030, 5, 13)
date_item(
    IVF,
    f"egg collection is {sayw(_collection)}, day-5 transfer, and the blood test is 9 days "
    "after the transfer. date of the test",
    _collection + TD(days=5 + 9),
)
date_item(
    IVF,
    "the clinic dates the pregnancy from a last period starting 11 January 2030 and counts "
    "280 days for the due date. what's the due date",
    D(2030, 1, 11) + TD(days=280),
)
date_item(
    TRANSSIB,
    "the train leaves Moscow at 23:45 on 5 July 2029 Moscow time and gets into Irkutsk at "
    "07:54 on 9 July 2029 local time. how many minutes am I actually on board",
    utc_minutes("2029-07-05 23:45", "Europe/Moscow", "2029-07-09 07:54", "Asia/Irkutsk"),
)
date_item(
    TRANSSIB,
    "from Ulan-Ude (same clock as Irkutsk) at 14:05 on 13 July 2029 to Vladivostok at 06:40 "
    "local on 16 July 2029. travel time in minutes?",
    utc_minutes("2029-07-13 14:05", "Asia/Irkutsk", "2029-07-16 06:40", "Asia/Vladivostok"),
)
date_item(
    NASCAR,
    "season opener is 16 February 2031 and there are 36 races, one every week with no off "
    "weeks. date of the last race",
    D(2031, 2, 16) + TD(weeks=35),
)
date_item(
    HAJJ,
    "return flight leaves Jeddah 03:40 Saudi time on 2 July 2030 and lands in Manchester at "
    "08:25 UK time the same day. how long in the air, in minutes",
    utc_minutes("2030-07-02 03:40", "Asia/Riyadh", "2030-07-02 08:25", "Europe/London"),
)
date_item(
    HAJJ,
    "group flies out 4 June 2030 and back 25 June 2030. how many nights away",
    days(D(2030, 6, 4), D(2030, 6, 25)),
)
date_item(
    NOMAD,
    "visa exemption is 60 days with the arrival day counted as day 1. I landed 18 November "
    "2029. what's my last legal day in Thailand",
    D(2029, 11, 18) + TD(days=59),
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
                    "for my son's maths puzzle sheet, a ★ b means (a + "
                    "b) times the smaller of the two"
                ),
            ),
            (A, "Got it: a ★ b = (a + b) × min(a, b). So 2 ★ 5 would be 7 × 2 = 14."),
            (U, "ok so what's 9 ★ 4"),
        ],
        "the star operator is defined only in the earlier turn",
    ),
    (
        "conv-base-seven",
        [
            (U, "I'm checking my kid's homework, all of it is in base 7 this week"),
            (A, "Sure, send the sums over and I'll work them in base 7."),
            (U, "46 + 35"),
        ],
        "the sum is in base 7, so decimal arithmetic gives the wrong answer",
    ),
    (
        "conv-hex-addresses",
        [
            (U, "we're reading a memory dump, every number I give you is hexadecimal"),
            (A, "Understood, I'll treat all values as hex."),
            (U, "what's 7F0 minus 1A8"),
        ],
        "hex operands set earlier; 7F0 is not a decimal number",
    ),
    (
        "conv-modular-clock",
        [
            (U, "doing modular arithmetic revision, everything is mod 11 from here on"),
            (A, "OK, I'll reduce every answer mod 11."),
            (U, "8 × 7 + 6 then"),
        ],
        "answer must be reduced mod 11 as agreed earlier",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "my fantasy novel uses a calendar of 8 months with 45 days each, no leap "
                    "days, and the week is 9 days long"
                ),
            ),
            (A, "Nice, a 360-day year with 9-day weeks. What do you need worked out?"),
            (U, "how many days from the 12th of the 3rd month to the 4th of the 6th month"),
        ],
        "months follow the invented calendar, not the Gregorian one",
    ),
    (
        "conv-fictional-currency",
        [
            (
                U,
                "in my tabletop campaign 1 sovereign = 14 marks and 1 mark = 9 pennies",
            ),
            (A, "Got it: 1 sovereign = 126 pennies."),
            (U, "how many pennies is 3 sovereigns and 5 marks"),
        ],
        "invented coinage defined earlier",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "quick python question, I'm using python 3.12"),
            (A, "Go ahead."),
            (U, "what does -17 // 5 give"),
        ],
        "Python floor division rounds towards minus infinity; needs language semantics",
    ),
    (
        "conv-javascript-coercion",
        [
            (U, "debugging some old javascript in a browser console"),
            (A, "Sure, what's it doing?"),
            (U, "what's '5' + 3 - 2"),
        ],
        "JavaScript string coercion makes this 51, not 6",
    ),
    (
        "conv-c-integer-division",
        [
            (U, "in C, with all variables declared as int:"),
            (A, "OK, integer arithmetic with truncation then."),
            (U, "so 7 / 2 * 2 + 7 % 3 equals?"),
        ],
        "C integer division and modulo semantics change the result",
    ),
    (
        "conv-eight-bit-overflow",
        [
            (U, "these are signed 8-bit two's complement registers on the microcontroller"),
            (A, "Right, range -128 to 127 with wraparound."),
            (U, "what do I get for 100 + 50"),
        ],
        "wraparound in 8-bit signed arithmetic gives -106",
    ),
    (
        "conv-agreed-split",
        [
            (
                U,
                (
                    "me and my flatmate agreed I pay 60% of the bills because I have the bigger "
                    "room and the ensuite"
                ),
            ),
            (A, "Makes sense. I can help you split bills that way."),
            (U, "the broadband was £42, what's my bit"),
        ],
        "the 60% share comes from the earlier turn",
    ),
    (
        "conv-excel-serial-date",
        [
            (U, "I've got a column in Excel on Windows showing raw numbers instead of dates"),
            (A, "Those are date serial numbers. Tell me one and I'll translate it."),
            (U, "what date is 46000"),
        ],
        "Excel serial numbers (with the 1900 leap bug) need the model",
    ),
    (
        "conv-tennis-scoring",
        [
            (U, "explaining tennis scoring to my nan"),
            (A, "Happy to help. Points go love, 15, 30, 40, then game."),
            (U, "and after 40-30 the receiver wins the next point, what's the score"),
        ],
        "tennis scoring (deuce), not arithmetic",
    ),
    (
        "conv-music-intervals",
        [
            (U, "working on harmony exercises for grade 5 theory"),
            (A, "Great, interval questions?"),
            (U, "a major third plus a minor third is what"),
        ],
        "music intervals, a perfect fifth, not a sum of numbers",
    ),
    (
        "conv-semver",
        [
            (U, "our package.json pins lodash with a caret"),
            (A, "So ^ allows minor and patch updates within the same major version."),
            (U, "so ^4.17.2 will accept 4.18 but what about 4.9"),
        ],
        "semantic version ranges, not decimal comparison",
    ),
    (
        "conv-uk-tax",
        [
            (U, "I'm employed in England and it's the 2025/26 tax year"),
            (A, "OK, standard personal allowance and English bands then."),
            (U, "how much income tax on £58,000"),
        ],
        "needs the tax bands, which only the model knows",
    ),
    (
        "conv-julian-calendar",
        [
            (U, "reading about the Russian revolution, dates in the old style Julian calendar"),
            (A, "Yes, Russia used the Julian calendar until February 1918."),
            (U, "so what was 25 October 1917 in our calendar"),
        ],
        "Julian to Gregorian conversion and its history need the model",
    ),
    (
        "conv-four-day-week",
        [
            (
                U,
                (
                    "our office only works Monday to Thursday, and we close for the whole of "
                    "the first week of August"
                ),
            ),
            (A, "Got it, 4-day weeks and a shutdown in early August."),
            (U, "how many working days in August 2030 then"),
        ],
        "working-day rules told earlier; 'first week' is also open to interpretation",
    ),
    (
        "conv-recipe-cup",
        [
            (
                U,
                (
                    "my grandma's recipe says 'a cup' but she meant her old teacup, which I "
                    "measured at 180 ml"
                ),
            ),
            (A, "Good idea to measure it. So her cup is 180 ml."),
            (U, "the recipe says 2 and a half cups of milk, how much is that"),
        ],
        "the cup is the grandmother's teacup defined earlier",
    ),
    (
        "conv-golf-stableford",
        [
            (U, "we play stableford at my club, full handicap allowance"),
            (A, "Sure, points relative to net par per hole."),
            (U, "I'm off 18, par 4 stroke index 3, I took a 6. how many points"),
        ],
        "stableford rules and handicap strokes need the model",
    ),
    (
        "conv-cricket-dls",
        [
            (U, "rain stopped our one-day match, the second innings was cut short"),
            (A, "Then the target is usually reset with Duckworth-Lewis-Stern."),
            (U, "they were 120 for 3 after 25 overs chasing 260, who wins"),
        ],
        "DLS tables are not arithmetic a calculator can do",
    ),
    (
        "conv-chess-elo",
        [
            (U, "I'm rated 1640 FIDE and still a junior, under 18"),
            (A, "Juniors under 2300 use K = 40 in FIDE's system."),
            (U, "I beat a 1820, how many points do I gain"),
        ],
        "Elo expected-score formula and K factor come from the model",
    ),
    (
        "conv-game-damage",
        [
            (
                U,
                (
                    "in the board game we're designing, damage is attack minus armour but "
                    "never below 1, and crits double it after armour"
                ),
            ),
            (A, "So crit damage = 2 × max(attack − armour, 1)."),
            (U, "attack 7 against armour 9 on a crit"),
        ],
        "the damage rule is defined earlier in the conversation",
    ),
    (
        "conv-mars-sol",
        [
            (U, "for the sci-fi script, the crew keep Mars time, in sols"),
            (A, "A sol is about 24 hours 39 minutes 35 seconds."),
            (U, "so how long is 30 days on the base"),
        ],
        "whether days mean sols is a story question for the model",
    ),
    (
        "conv-knitting-repeat",
        [
            (U, "my cable pattern repeats every 12 rows and I've just finished row 8 of it"),
            (A, "OK, so you're partway through a repeat."),
            (U, "I need to work 50 more rows, which row of the pattern do I end on"),
        ],
        "needs the pattern position from earlier and modular reasoning",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "I'm writing copyright dates for film credits in roman numerals"),
            (A, "Sure, give me the years."),
            (U, "MCMXCIX plus 27"),
        ],
        "answer expected in roman numerals",
    ),
    (
        "conv-spreadsheet-rounding",
        [
            (U, "my python script and my Excel sheet disagree on rounding"),
            (
                A,
                (
                    "Python's round() uses banker's rounding; Excel's "
                    "ROUND rounds half away from zero."
                ),
            ),
            (U, "so what does python give for round(2.5) and round(3.5)"),
        ],
        "language rounding semantics, not arithmetic",
    ),
    (
        "conv-poker-odds",
        [
            (U, "Texas hold'em, I've got four hearts after the flop"),
            (A, "That's a flush draw with nine outs."),
            (U, "rough chance I hit by the river"),
        ],
        "poker odds need card reasoning and the rule of four",
    ),
    (
        "conv-dog-years",
        [
            (U, "my vet said to use the new epigenetic formula for dog age, not times seven"),
            (A, "That's the one based on 16 × ln(age) + 31."),
            (U, "so my labrador is 4, how old is that"),
        ],
        "the dog-age formula is from the conversation and approximate",
    ),
    (
        "conv-fantasy-distance",
        [
            (
                U,
                (
                    "in my game world a league is 3 miles but a 'march' is however far an army "
                    "walks in a day, about 7 leagues on roads"
                ),
            ),
            (A, "Understood: 1 march ≈ 7 leagues ≈ 21 miles on roads."),
            (U, "the capital is 4 marches off over hills, how far in miles"),
        ],
        "invented units, and hills change the march length",
    ),
    (
        "conv-shared-taxi",
        [
            (
                U,
                (
                    "three of us shared a taxi: I got out first at about a third of the way, "
                    "Jo at two thirds, and Sam went to the end"
                ),
            ),
            (A, "A fair split would weight by distance travelled."),
            (U, "fare was £36, what should I pay"),
        ],
        "'fair' split of a shared ride is a judgement told in the conversation",
    ),
    (
        "conv-binary-ip",
        [
            (U, "setting up subnets on our office network"),
            (A, "Sure, what's the address block?"),
            (U, "how many usable hosts in a /27"),
        ],
        "subnetting knowledge rather than a plain calculation",
    ),
    (
        "conv-relative-dates-story",
        [
            (
                U,
                "in my detective story the murder happens on the third Sunday of Advent in 1936",
            ),
            (A, "That needs the date of Advent Sunday in 1936."),
            (U, "so what date is the murder"),
        ],
        "depends on the liturgical calendar, which the model must supply",
    ),
    (
        "conv-grade-boundaries",
        [
            (U, "my daughter got 68% in her GCSE maths paper, higher tier"),
            (A, "Grade boundaries change each year and by exam board."),
            (U, "what grade is that"),
        ],
        "grade boundaries are facts, not arithmetic",
    ),
    (
        "conv-octal-permissions",
        [
            (U, "chmod question on our linux box"),
            (A, "Sure, numeric or symbolic modes?"),
            (U, "if I take execute away from the group on a 755 file, what's the new mode"),
        ],
        "Unix permission bits, not subtraction",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0161 496 0734 a Manchester number", "phone number, not arithmetic"),
    (
        "near-phone",
        "my bank called from 0345 730 0145, is that legit",
        "phone number, needs knowledge",
    ),
    ("near-phone", "what country code is +375", "country calling code lookup"),
    (
        "near-isbn",
        "what book is ISBN 978-0-14-044913-6, found it on a scrap of paper in a library book",
        "an ISBN identifies a book",
    ),
    ("near-isbn", "why do some ISBNs end in an X", "explanation about check digits"),
    (
        "near-version",
        "is python 3.10 newer than 3.9 or is that a trick",
        "version ordering, not decimals",
    ),
    (
        "near-version",
        "what breaks when moving a project from Django 4.2 LTS to 5.0",
        "release notes knowledge",
    ),
    (
        "near-version",
        "should I upgrade from node 18 to 22 for a small express app",
        "advice about versions",
    ),
    (
        "near-score",
        "the match ended 2-1 after extra time, does that count as a win in the league table",
        "sports rules",
    ),
    (
        "near-score",
        "we lost 3-0 away and won 4-1 at home, do we go through on aggregate",
        "tie rules and away goals",
    ),
    ("near-score", "what does 6-4 6-7 7-6 mean in a tennis result", "reading a tennis score"),
    (
        "near-range",
        "the ad says ages 18-25 only, does that include someone who's 25 and a half",
        "reading a range's intent",
    ),
    (
        "near-range",
        "is a resting heart rate of 48-52 too low for a 60 year old runner",
        "medical opinion about a range",
    ),
    (
        "near-range",
        "the forecast says 10-15mm of rain, is that a lot for a garden party",
        "judgement about a forecast",
    ),
    ("near-part", "what's a compatible replacement for Bosch part 00644573", "part number lookup"),
    ("near-part", "my boiler shows fault code F22, what does it mean", "fault code meaning"),
    ("near-part", "is an M8x1.25 bolt the same as a 5/16 UNF", "thread standards knowledge"),
    ("near-part", "which bulb is H7 and will it fit a 2014 Ford Focus", "part knowledge"),
    ("near-opinion", "is 4.2% a good mortgage rate to fix at", "opinion on a rate"),
    (
        "near-opinion",
        "is £32k a decent salary for a junior developer in Bristol",
        "opinion about pay",
    ),
    (
        "near-opinion",
        "2.5% pay rise when inflation is 3.4%, should I ask for more",
        "advice about numbers",
    ),
    (
        "near-opinion",
        "is 1:100 a sensible scale for a floor plan drawing",
        "judgement about a scale",
    ),
    (
        "near-explain",
        "why is 0.1 + 0.2 not exactly 0.3 in most programming languages",
        "explanation",
    ),
    ("near-explain", "explain why dividing by zero is undefined to a ten year old", "explanation"),
    (
        "near-explain",
        "why does a year have 365.2425 days on average",
        "explanation of the calendar",
    ),
    ("near-explain", "why do we use 24 hours in a day and 60 minutes in an hour", "history"),
    ("near-explain", "what does 3σ mean in a quality control report", "statistical meaning"),
    ("near-explain", "how does compound interest actually work, in plain english", "explanation"),
    ("near-fact", "how far is it from Edinburgh to Inverness by road", "geography facts"),
    ("near-fact", "how many people live in Lagos", "population fact"),
    ("near-fact", "how tall is the Burj Khalifa in feet", "needs the height, a fact"),
    (
        "near-fact",
        "what's the boiling point of water at the top of Ben Nevis",
        "needs altitude and physics",
    ),
    ("near-fact", "how many bones does a cat have", "biology fact"),
    ("near-fact", "how long did the Hundred Years' War actually last", "history fact"),
    (
        "near-fact",
        "how many days did it take Magellan's expedition to cross the Pacific",
        "history fact",
    ),
    ("near-fact", "what's the speed of sound at 11,000 m cruising altitude", "physics facts"),
    ("near-live", "how much is £500 in Thai baht at the moment", "live exchange rate"),
    ("near-live", "what's the price of gold per ounce", "live market data"),
    ("near-live", "when does the next train from Leeds to York leave", "timetable data"),
    (
        "near-holiday",
        "which date does Diwali fall on in 2031 for a Gujarati family",
        "a festival date only the model knows",
    ),
    ("near-holiday", "when is Chinese New Year 2033", "lunar calendar fact"),
    ("near-holiday", "which day is Thanksgiving in Canada in 2030", "holiday rule knowledge"),
    ("near-code", "what does 0x1F mean in this C code: flags & 0x1F", "code explanation"),
    ("near-code", "why does my regex [0-9]{3}-[0-9]{4} match 1234-56789", "regex explanation"),
    ("near-code", "what does the 644 in chmod 644 do", "permissions explanation"),
    (
        "near-code",
        "what's the difference between int32 and int64 in numpy",
        "programming explanation",
    ),
    ("near-date-text", "what happened on 4 August 1914", "history, not a date calculation"),
    ("near-date-text", "what's the significance of 11/11 at 11 o'clock", "history of armistice"),
    ("near-date-text", "who was born on 29 February and famous", "trivia"),
    (
        "near-date-text",
        "is 1 April 2030 a good day to launch a product or will people think it's a joke",
        "opinion",
    ),
    ("near-units-opinion", "is 21 °C too warm for a baby's bedroom", "health advice"),
    ("near-units-opinion", "should I run 5 km or 10 km for my first race", "advice"),
    ("near-units-opinion", "is a 65 litre rucksack too big for a three day hike", "advice"),
    ("near-units-opinion", "is 110 km/h safe on a motorway in heavy rain", "safety advice"),
    (
        "near-stats",
        "what's a good sample size for a customer survey of 2,000 people",
        "statistics judgement",
    ),
    ("near-stats", "is a p-value of 0.06 significant", "statistics interpretation"),
    ("near-stats", "my blood pressure is 138/88, is that high", "medical interpretation"),
    (
        "near-money",
        "should I pay off my 19.9% credit card or my 6% car loan first",
        "financial advice",
    ),
    (
        "near-money",
        "is it worth paying £120 a year for a railcard if I travel twice a month",
        "needs fares knowledge and judgement",
    ),
    ("near-money", "what's the 50/30/20 budgeting rule", "explanation"),
    ("near-sizes", "I'm a UK 9 in trainers, what's that in Nike US sizes", "brand sizing charts"),
    ("near-sizes", "what size bike frame for someone 5'9\" with long legs", "fitting advice"),
    ("near-sizes", "is a 55 inch TV too big for a 3.5 m wide living room", "judgement"),
    ("near-puzzle", "what comes next: 2, 3, 5, 9, 17", "pattern reasoning"),
    (
        "near-puzzle",
        (
            "if 3 cats catch 3 mice in 3 minutes, how long do 100 cats take to "
            "catch 100 mice, and why do people get it wrong"
        ),
        "riddle with explanation",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short toast for my brother's wedding, he's a marine biologist and she's a chef",
        "draft an email asking my landlord to fix a dripping shower before my parents visit",
        "give me a limerick about a cat who steals socks",
        (
            "rewrite this to sound less passive aggressive: as per "
            "my last email, the files are attached"
        ),
        "help me write a resignation letter that stays friendly, I'm leaving a bakery job",
        "a short poem for my grandad's 90th birthday card, he loves fishing and crosswords",
        "write a product description for handmade beeswax candles smelling of fig",
        (
            "make this cover letter opening less cheesy: I have "
            "always been passionate about logistics"
        ),
        "can you write a bedtime story about a hedgehog who is scared of the dark",
        "suggest five titles for a blog post about learning to sail in my forties",
    ],
    "coding": [
        "how do I reverse a linked list in rust without unsafe",
        "explain the difference between let and const in javascript",
        "write a bash one-liner to find files larger than 500MB in my home folder",
        "why does my react component re-render every time I type in an input",
        "how do I read a csv with pandas when the separator is a semicolon",
        "what's a good way to structure a flask app with blueprints",
        "write a SQL query to find customers who ordered in 2023 but not 2024",
        "how do I undo my last git commit but keep the changes",
        "explain what a mutex is using a kitchen analogy",
        (
            "convert this python list comprehension into a normal "
            "for loop: [x*x for x in nums if x > 0]"
        ),
    ],
    "cooking": [
        "what can I make with leftover risotto",
        "how do I stop my pancakes sticking to a stainless steel pan",
        "vegetarian main course ideas for a dinner party of six, one guest is vegan",
        "why did my sourdough come out dense and gummy",
        "is it safe to reheat rice the next day",
        "give me a spice rub for pulled pork that isn't too sweet",
        "how do I make a béarnaise sauce that doesn't split",
        "what's a good substitute for buttermilk in scones",
        "how long should a roast leg of lamb rest before carving and why",
    ],
    "travel": [
        "what should I see in Porto with two days and sore knees",
        "is it worth getting a rail pass for a week in Switzerland",
        "tips for a long-haul flight with a toddler",
        "best time of year to visit the Faroe Islands for hiking",
        "we're going to a ryokan in Hakone, do we leave a tip for the room attendant",
        "pack list for a week of wild camping in the Cairngorms",
        "how do I get from Marrakech to the Atlas mountains without a tour",
        "which is nicer for a first trip, Lisbon or Seville",
    ],
    "health": [
        "I rotate between earlies and nights at a warehouse, how do I get decent sleep",
        "what stretches help with lower back pain from sitting all day",
        "felt woozy and pale for an hour after donating plasma, should I be worried",
        "how do I know if a cut needs stitches",
        "I drink six espressos a day, how do I taper off without the withdrawal headaches",
        "what are the quiet early signs of burnout in a teacher that people miss",
        "how do I ease back into running after a torn meniscus was repaired",
    ],
    "advice": [
        "how do I tell my friend I can't afford her hen weekend",
        "my neighbour's tree overhangs my garden, what are my options",
        "how do I ask for a pay rise without sounding greedy",
        "ideas for a cheap but memorable first date",
        "my teenager won't talk to me after school, how do I get her to open up",
        "how do I deal with a coworker who takes credit for my work",
        "what should I look for when viewing a rental flat",
        "how do I say no to extra work without annoying my manager",
        "I keep procrastinating on my dissertation, any practical tricks",
    ],
    "explain": [
        "how does an mRNA vaccine teach the body to spot a virus it has never met",
        "explain quantum entanglement like I'm fifteen",
        "why is the sky red at sunset",
        "what actually happens when a bank goes bust",
        "how does a heat pump work in winter",
        (
            "my uncle says a cold spring disproves climate change, how "
            "do I explain weather vs climate to him"
        ),
        "why do cats purr",
        "how do noise cancelling earbuds manage to cancel a droning train but not voices",
        "why does inflation happen and who actually benefits from it",
        "explain the offside rule in football",
    ],
    "history-culture": [
        "who were the Luddites and were they right",
        "summarise the first half of Middlemarch for a book club that hasn't finished it",
        "why did the Roman Empire split in two",
        "what's the story behind the Bayeux Tapestry",
        "what exactly did Ada Lovelace write about Babbage's engine that was so ahead of its time",
        "what are the main differences between baroque and classical music",
        "recommend some novels like The Remains of the Day",
        "what's the origin of the phrase 'cat got your tongue'",
    ],
    "language": [
        "in my report should it be 'the delays affected morale' or 'effected morale'",
        "how do I say 'could you recommend a good restaurant' in Italian",
        "is it 'fewer people' or 'less people'",
        "translate 'the meeting has been postponed until further notice' into German",
        "what does 'sobremesa' mean",
        "give me some ways to say thank you in Welsh",
        "why is it 'cuando llegues' and not 'cuando llegas' in Spanish",
    ],
    "home-garden": [
        "how do I get rid of black mould on my bathroom ceiling",
        "what vegetables can I plant in a shady north facing bed",
        "why are the leaves on my lemon tree turning yellow",
        "how do I bleed a radiator",
        "best way to clean a cast iron skillet that's gone rusty",
        "how do I stop my cat scratching the sofa",
        "what plants are safe for a house with a rabbit",
    ],
    "work-study": [
        "how should I prepare for a competency based interview",
        "give me a revision plan for A-level chemistry",
        "how do I write a good abstract for a conference paper",
        "what's the best way to take notes in lectures",
        "how do I run a retrospective that isn't boring",
        "tips for presenting to senior management when I'm nervous",
    ],
    "fun": [
        "suggest a theme for a 30th birthday party that isn't tacky",
        "give me ten pub quiz questions about 90s pop music",
        "invent a new board game using only a deck of cards and coins",
        "what are some good podcasts about space exploration",
        "give me a riddle for a kids' treasure hunt that leads to the fridge",
        "name ideas for a grey kitten with one white paw",
        "which Studio Ghibli film should I watch first",
        "what's a fun team building activity for twelve remote workers",
        "plan a scavenger hunt for a rainy afternoon in a natural history museum",
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
    # no register (family name) of this set is a family name of sets 19 to 162
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 162: {reused}"
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
