"""Generate heldout-2027-06-08.jsonl: a hundred-and-eighty-seventh held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_187.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-186, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (percentages, discounts, splits, whole items
rounded up with whole_up), units from the exact definitions above (unit(..., EXACT) for
terminating answers, unit_r for rounded ones), dates with datetime (day spans, weekdays,
n-th weekdays, working days, ages, clock spans across midnight) and zoneinfo (flights between
zones through utc_minutes).

Provenance
----------
Read: this file (its set-up, helpers, checks and output code), grading.py and
earlier_registers.txt, each with cat/head/sed; earlier_registers.txt was also grepped for
candidate words to keep the 25 new register names clear of earlier ones. Nothing under
/work/main, /work/shared or /work/.library was opened; earlier generators were only imported in
memory by this file's own duplicate check, which printed nothing but my own item ids.
Wrote: the four sections by hand in scratch files in this directory, spliced in at the
WRITE HERE markers with a small python script; every answer is computed in code. Reworded the
items the duplicate check flagged (by id), changed two unit questions whose rounded answers
missed the 2-decimal tolerance (psi, acres), and changed one money sum so its answer comes out
in whole cents.
Checked: ran this generator until it passed; ruff check (after wrapping implicit string
concatenations) and ruff format with /work/main/pyproject.toml; looked at my own positives'
expected values printed from an in-memory import of this file; ran the generator again.
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
OUT = HERE / "heldout-2027-06-08.jsonl"
PREFIX = "ho187-"
# earlier generators: sets 1-186 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 187))
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
    "make_heldout_183.py",
    "make_heldout_184.py",
    "make_heldout_185.py",
    "make_heldout_186.py",
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


JAMON = "jamon_curer_in_the_sierra_de_aracena"
FUGU = "fugu_chef_trainee_in_shimonoseki"
BANDY = "bandy_club_treasurer_in_uppsala"
HAWALA = "hawala_broker_squaring_accounts_in_mogadishu"
QUIPU = "quipu_replica_weaver_for_a_cusco_museum"
MORTUARY = "mortuary_technician_on_the_night_rota"
LINEWORKER = "overhead_lineworker_after_an_ice_storm"
ZITHER = "zither_teacher_in_a_bavarian_village"
BALALAIKA = "balalaika_orchestra_tour_manager"
SLALOM = "canoe_slalom_gate_judge"
WHELK = "whelk_potter_off_the_norfolk_coast"
FETA = "feta_dairy_shepherd_in_epirus"
FISH_SAUCE = "fish_sauce_fermenter_on_phu_quoc"
PUPUSA = "pupusa_stand_owner_in_san_salvador"
CYCLOTRON = "cyclotron_isotope_production_chemist"
TIN_MINE = "tin_mine_heritage_guide_in_cornwall"
KYUDO = "kyudo_archer_preparing_for_a_grading"
SNOW = "snow_survey_hydrologist_on_snowshoes"
SONAR = "sonar_operator_on_a_fisheries_research_ship"
KIRIGAMI = "kirigami_pop_up_card_designer"
EPIGRAPHY = "epigraphist_recording_roman_inscriptions"
CANTOR = "cantor_at_a_small_reform_synagogue"
IKAT = "ikat_weaver_in_a_bukhara_workshop"
KVASS = "kvass_street_vendor_in_riga"
MARSHRUTKA = "marshrutka_driver_between_tbilisi_and_batumi"

calc(P, "17.5% of 2,340 is what", pct("17.5") * 2340)
calc(P, "4,317 × 86", 4317 * 86)
calc(P, "(48 + 27) / 6 =", F(48 + 27, 6))
assert math.isqrt(11881) ** 2 == 11881
calc(P, "square root of 11,881", math.isqrt(11881))
calc(P, "3 to the 9th power", 3**9)
calc(P, "19.99 x 12", dec("19.99") * 12)
calc(P, "how much is two thousand four hundred divided by thirty-two", F(2400, 32))
calc(P, "seven eighths written as a decimal?", F(7, 8))
calc(P, "-45 + 3*18 - 7", -45 + 3 * 18 - 7)
calc(P, "1.5 cubed?", dec("1.5") ** 3)
calc(P, "mean of 14, 22, 9, 31 and 19", F(14 + 22 + 9 + 31 + 19, 5))
calc(P, "increase 640 by 15 percent", 640 * (1 + pct(15)))
calc(P, "12.6 ÷ 0.35", dec("12.6") / dec("0.35"))
calc(P, "£1,250 less 20%, then add £75 back on", 1250 * (1 - pct(20)) + 75)

calc(
    JAMON,
    "We reckon one day in salt per kilo of fresh leg. This batch is 42 legs averaging 11.5 kg "
    "each, and they lose 32% of their weight by the end of the cure. What's the total cured "
    "weight of the batch in kg?",
    42 * dec("11.5") * (1 - pct(32)),
)
calc(
    JAMON,
    "customer wants a cured leg of 7.8 kg at €38.50 a kilo, and he's a regular so 10% off the "
    "lot. what do I charge him",
    dec("7.8") * dec("38.50") * (1 - pct(10)),
)
calc(
    FUGU,
    "The course is ¥14,800 a head for a party of six. The restaurant adds a 10% service charge "
    "and then 10% consumption tax on the total including service. What does the table pay, in "
    "yen?",
    14800 * 6 * F(11, 10) * F(11, 10),
)
calc(
    FUGU,
    "one tiger fugu gives me 46 slices of tessa. the booking is 18 plates of 23 slices each. "
    "how many fish do I need to fillet",
    F(18 * 23, 46),
)
calc(
    BANDY,
    "Bandy club budget: 18 senior players pay 2 400 kr each for the season, the kommun gives "
    "us a 15,000 kr grant, and ice hire is 1,350 kr per session for 26 sessions. How much is "
    "left over after the ice?",
    18 * 2400 + 15000 - 1350 * 26,
)
calc(
    HAWALA,
    "Sender hands over $2,400. Our commission is 2.5%, taken out of that amount, and the rest "
    "is paid out in Somali shillings at 571 to the dollar. How many shillings does the family "
    "in Baidoa receive?",
    2400 * (1 - pct("2.5")) * 571,
)
calc(
    HAWALA,
    "three cousins pooled $620, $1,140.50 and $390 to send home together. 2% fee on the "
    "total. how much goes out after the fee",
    (620 + dec("1140.50") + 390) * (1 - pct(2)),
)
calc(
    QUIPU,
    "The replica has 48 pendant cords hanging off the main cord. Each pendant is 62 cm long "
    "and I add 15% extra for the knots. How many metres of cotton cord do the pendants take "
    "altogether?",
    48 * dec("0.62") * (1 + pct(15)),
)
calc(
    MORTUARY,
    "cold store is four banks of 9 trays plus 4 bariatric spaces, 19 occupied at handover. "
    "what percentage occupancy is that",
    F(19, 4 * 9 + 4) * 100,
)
calc(
    LINEWORKER,
    "Storm invoice for the co-op: 14 poles replaced at $3,860 each, 2.3 km of conductor "
    "restrung at $18.75 per metre, and 37 hours of overtime at $92.40 an hour. Total?",
    14 * 3860 + 2300 * dec("18.75") + 37 * dec("92.40"),
)
calc(
    LINEWORKER,
    "4,800 customers lost power. by the end of day one we'd restored 65% of them, and on day "
    "two we got back 80% of whoever was still out. how many are still without power",
    4800 * (1 - pct(65)) * (1 - pct(80)),
)
calc(
    ZITHER,
    "I charge €32 for a 45-minute lesson. Eleven pupils have one lesson each per week, but "
    "three of them are siblings and get 15% off. What do I take in a week?",
    8 * 32 + 3 * 32 * (1 - pct(15)),
)
calc(
    BALALAIKA,
    "Per diem is €45 a day for each of the 27 people on the tour, for 12 days, except that "
    "on 3 of those days meals are provided and the per diem is halved. Total per diem budget "
    "in euros?",
    27 * (9 * 45 + 3 * F(45, 2)),
)
calc(
    SLALOM,
    "K1 run: raw time 94.37 seconds, touched gates 4 and 11 (2 seconds penalty each), missed "
    "gate 17 (50 seconds). Final time with penalties, in seconds?",
    dec("94.37") + 2 * 2 + 50,
)
calc(
    WHELK,
    "Working 320 pots, averaging 1.8 kg of whelks a pot. The merchant pays £0.95 a kilo and "
    "bait costs me 12p per pot each haul. What's my take per haul after bait?",
    320 * dec("1.8") * dec("0.95") - 320 * dec("0.12"),
)
calc(
    FETA,
    "Of my 240 ewes, 180 are in milk, giving 1.1 litres a day each. We get a kilo of feta for "
    "every 4.5 litres of milk. How many kilos of feta a day?",
    180 * dec("1.1") / dec("4.5"),
)
calc(
    FISH_SAUCE,
    "we layer anchovy and salt 3 to 1 by weight. the vat takes 12,000 kg of the mix in total. "
    "how many kg of that is anchovy",
    F(3, 4) * 12000,
)
calc(
    PUPUSA,
    "Saturday I sold 340 pupusas de queso at $0.75 and 215 revueltas at $0.85. The masa cost "
    "me $96 and the cheese $142. What was my profit?",
    340 * dec("0.75") + 215 * dec("0.85") - 96 - 142,
)
calc(
    CYCLOTRON,
    "End of synthesis we had 18,000 MBq of FDG. Taking the F-18 half-life as 110 minutes, how "
    "many MBq are left 220 minutes later?",
    18000 * F(1, 2) ** 2,
)
calc(
    CYCLOTRON,
    "target yield is 2.4 GBq per microamp-hour. we ran 45 µA for an hour and a half. expected "
    "GBq at end of bombardment",
    dec("2.4") * 45 * dec("1.5"),
)
calc(
    TIN_MINE,
    "Underground tours take at most 14 visitors each and 97 are booked in for the day. How "
    "many tours do I need to run?",
    whole_up(F(97, 14)),
)
calc(
    KYUDO,
    "At the shinsa I shot 4 arrows in each of 5 rounds and hit the mato with 13. What's my "
    "hit rate as a percentage?",
    F(13, 4 * 5) * 100,
)
calc(
    SNOW,
    "Core at stake 6: snow depth 142 cm, measured density 0.31. Snow water equivalent in cm?",
    142 * dec("0.31"),
)
calc(
    SONAR,
    "The echo off the school comes back after 0.84 s. Taking sound speed in seawater as "
    "1,500 m/s, how deep is it in metres, bearing in mind the ping goes down and back?",
    dec("0.84") * 1500 / 2,
)
calc(
    SONAR,
    "haul came up 3,450 kg; 12% was bycatch and went back over the side, the rest was herring "
    "and sprat 60:40. how many kg of herring",
    3450 * (1 - pct(12)) * F(60, 100),
)
calc(
    KIRIGAMI,
    "Print run of 2,500 pop-up cards. One A3 sheet gives 6 cards and the printer wants 4% "
    "extra for spoilage. How many whole sheets should I order?",
    whole_up(2500 * (1 + pct(4)) / 6),
)
calc(
    EPIGRAPHY,
    "The slab is 1.35 m wide by 0.84 m high and we photograph it in tiles 15 cm wide by 12 cm "
    "high, no overlap. How many tiles cover it?",
    F(135, 15) * F(84, 12),
)
calc(
    CANTOR,
    "The congregation pays me $180 per service and $95 per rehearsal. Over the autumn holy "
    "days I did 9 services and 11 rehearsals, and 8% of it goes to the cantors' association. "
    "What do I keep?",
    (9 * 180 + 11 * 95) * (1 - pct(8)),
)
calc(
    IKAT,
    "warp is 1,680 threads, tied in bundles of 12 for the resist, and each bundle takes me "
    "4.5 minutes to bind. how many hours of binding is that",
    F(1680, 12) * dec("4.5") / 60,
)
calc(
    KVASS,
    "The tank held 200 litres of kvass at opening. I sold 214 small glasses of 0.5 l at €1.80 "
    "and 87 large of 1 l at €3.20. How many litres are left in the tank?",
    200 - 214 * dec("0.5") - 87,
)
calc(
    MARSHRUTKA,
    "Tbilisi–Batumi fare is 20 lari. Three runs: 18 seats full, 18 full again, then 11 on the "
    "last one. Fuel is 146 lari per run. What did I clear after fuel?",
    (18 + 18 + 11) * 20 - 3 * 146,
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

unit_r(P, "72 kilos is how many pounds", 72 / LB)
unit_r(P, "5 miles is how many kilometres then", 5 * MI / 1000)
unit_r(P, "oven says 350 F, what is that in C", f_to_c(350))
unit_r(P, "he's 6 ft 2 in, what's that in metres?", 6 * FT + 2 * IN)
unit_r(P, "100 km/h expressed in mph please", 100 * KMH / MPH)
unit_r(P, "two and a half acres in square metres", dec("2.5") * ACRE)
unit_r(P, "tyre wants 45 psi, how many bar is that", 45 * PSI / BAR)
unit(P, "seconds in three and a half hours?", dec("3.5") * 3600, EXACT)
unit(P, "the VM has 4 GiB of RAM, how many MiB do I type into the box", 4 * GIB / MIB, EXACT)
unit_r(P, "15 st 4 lb in kg", 15 * STONE + 4 * LB)
unit(P, "boat doing 20 knots - km/h?", 20 * KNOT / KMH, EXACT)
unit_r(P, "minus 10 fahrenheit in celsius", f_to_c(-10))
unit_r(P, "750 sq ft to m²", 750 * SQFT)
unit_r(P, "how many yards is a 1500 metre race", 1500 / YD)

unit_r(
    JAMON,
    "The importer in Chicago wants the leg weights in pounds. This one is 8.2 kg, what's that "
    "in lb?",
    dec("8.2") / LB,
)
unit(
    JAMON,
    "our drying room sits at 28 °C and the American buyer asked what that is in Fahrenheit",
    c_to_f(28),
    EXACT,
)
unit_r(FUGU, "the fish measured 42 cm nose to tail, how long is that in inches", dec("0.42") / IN)
unit_r(
    BANDY,
    "Our bandy pitch is 110 m by 60 m. What's that area in acres?",
    110 * 60 / ACRE,
)
unit_r(
    HAWALA,
    "The courier charges per kilo and the envelope of paperwork weighs 3 lb 6 oz. How many kg "
    "is that?",
    3 * LB + 6 * OZ,
)
unit(QUIPU, "display case is 48 inches wide, in centimetres?", 48 * IN * 100, EXACT)
unit(
    MORTUARY,
    "fridges run at 4 °C. the visiting pathologist from Texas wants that in °F",
    c_to_f(4),
    EXACT,
)
unit_r(
    MORTUARY,
    "Transfer form gives his weight as 15 st 9 lb; our register is in kilograms. What do I write?",
    15 * STONE + 9 * LB,
)
unit(
    LINEWORKER,
    "span between poles 12 and 13 is 340 ft and the as-built drawing wants metres",
    340 * FT,
    EXACT,
)
unit_r(LINEWORKER, "gusts hit 68 mph up on the ridge line. km/h?", 68 * MPH / KMH)
unit_r(
    ZITHER,
    "Posting a concert zither in a case 64 cm × 38 cm × 12 cm. The shipper quotes by the cubic "
    "foot, so what's the case volume in cubic feet?",
    F(64 * 38 * 12, 10**6) / CUFT,
)
unit_r(
    BALALAIKA,
    "Vienna to Budapest by coach is 243 km. Our American soloist wants it in miles.",
    243000 / MI,
)
unit_r(
    SLALOM,
    "The dam release for the course is 12 cubic metres per second. What's that in cubic feet "
    "per second?",
    12 / CUFT,
)
unit_r(
    WHELK,
    "pots are down in 14 fathoms, six feet to the fathom. how deep is that in metres",
    14 * 6 * FT,
)
unit_r(FETA, "The new cheese vat holds 1,200 litres. What is that in cubic feet?", F(6, 5) / CUFT)
unit_r(
    FISH_SAUCE, "our wooden fermenting vats are 2.4 m tall, how many feet is that", dec("2.4") / FT
)
unit_r(PUPUSA, "A sack of masa harina from the US is 50 lb. How many kilos?", 50 * LB)
unit_r(
    CYCLOTRON,
    "Dose calibrator reads 5.5 GBq and the US paperwork wants millicuries (1 Ci = 37 GBq). "
    "How many mCi?",
    dec("5.5") * 1000 / 37,
)
unit_r(CYCLOTRON, "the lead shielding is 5 cm thick, how much is that in inches", dec("0.05") / IN)
unit(TIN_MINE, "The engine shaft goes down 1,120 feet. How deep in metres?", 1120 * FT, EXACT)
unit_r(KYUDO, "the kinteki target is 28 metres from the shooting line; in yards?", 28 / YD)
unit(SNOW, "snow depth at the pillow site 58 inches, cm please", 58 * IN * 100, EXACT)
unit_r(SNOW, "thermometer at the snow course read -14 °F. What's that in Celsius?", f_to_c(-14))
unit_r(SONAR, "the school is sitting at 310 m. in feet?", 310 / FT)
unit(SONAR, "we're steaming at 10.5 knots, what's that in km/h", dec("10.5") * KNOT / KMH, EXACT)
unit(
    KIRIGAMI,
    "the card folds to 5 by 7 inches; how many millimetres is the 7-inch side",
    7 * IN * 1000,
    EXACT,
)
unit(
    EPIGRAPHY,
    "Taking a Roman foot as 0.296 m, how many metres long is a statue base recorded as 12 Roman "
    "feet?",
    12 * dec("0.296"),
    EXACT,
)
unit_r(
    CANTOR,
    "Our sanctuary is 2,400 sq ft and the architect in Haifa needs it in square metres.",
    2400 * SQFT,
)
unit_r(IKAT, "The buyer ordered 8 yards of the ikat. How many metres do I cut?", 8 * YD)
unit_r(KVASS, "keg fridge thermometer says 38 °F, what is that in Celsius", f_to_c(38))
unit_r(MARSHRUTKA, "Tbilisi to Batumi is 373 km by road. How many miles?", 373000 / MI)


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


def working_day_before(start, n):
    """The n-th Monday-to-Friday day before start (start itself not counted)."""
    d = start
    while n:
        d -= TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def count_weekdays(first, last, wanted):
    """How many days from first to last, both included, fall on one of the wanted weekdays."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() in wanted)


assert working_day_before(D(2030, 3, 4), 1) == D(2030, 3, 1)
assert count_weekdays(D(2030, 3, 4), D(2030, 3, 10), {MON, SUN}) == 2

date_item(P, "14 July 1789 fell on which day of the week", weekday(D(1789, 7, 14)))
date_item(
    P, "days between 3 March 2031 and 19 November 2031?", days(D(2031, 3, 3), D(2031, 11, 19))
)
date_item(P, "date one hundred days on from 15 January 2029", D(2029, 1, 15) + TD(days=100))
date_item(P, "which day of the week is Christmas Day 2034?", weekday(D(2034, 12, 25)))
_feb28 = D(2028, 2, 1)
date_item(P, "number of days between 1 Feb 2028 and 1 Mar 2028", days(_feb28, D(2028, 3, 1)))
date_item(P, "date 6 weeks before 2 April 2030", D(2030, 4, 2) - TD(weeks=6))
date_item(
    P,
    "someone born on 29 February 2004, how old are they on 15 June 2031",
    age(D(2004, 2, 29), D(2031, 6, 15)),
)
date_item(
    P, "how many minutes from 9:40 pm to 6:15 the next morning", clock_span("21:40", "06:15", 60)
)
date_item(
    P,
    "what's the date 90 days after 10/12/2030? (day/month/year)",
    D(2030, 12, 10) + TD(days=90),
)
date_item(
    P, "how many weeks from 5 May 2032 to 22 September 2032", weeks(D(2032, 5, 5), D(2032, 9, 22))
)
date_item(P, "what weekday is March 1, 2100", weekday(D(2100, 3, 1)))
date_item(
    P,
    f"how many working days (Mon-Fri, no holidays) from {sayw(D(2031, 1, 6))} to "
    f"{sayw(D(2031, 1, 31))}, both included",
    count_weekdays(D(2031, 1, 6), D(2031, 1, 31), {MON, TUE, WED, THU, FRI}),
)
date_item(P, "3rd thursday of october 2029", nth_weekday(2029, 10, THU, 3))
date_item(P, "last friday in february 2033?", nth_weekday(2033, 2, FRI, -1))

_salted = D(2028, 1, 12)
date_item(
    JAMON,
    "Legs went into salt on 12 January 2028. One day per kilo and this leg is 13 kg, so it "
    "comes out 13 days after going in, and it goes to the drying room exactly six weeks after "
    "coming out of the salt. What date does it go to the drying room?",
    _salted + TD(days=13) + TD(weeks=6),
)
date_item(
    JAMON,
    "a leg was hung in the bodega on 3 May 2027 and the maestro wants it left 900 days. what "
    "date is it ready",
    D(2027, 5, 3) + TD(days=900),
)
date_item(
    FUGU,
    "The prefectural licensing exam is on the second Wednesday of November 2028. What's the date?",
    nth_weekday(2028, 11, WED, 2),
)
date_item(
    BANDY,
    "Our season runs from 31 October 2026 to 7 March 2027. How many days is that, counting "
    "both the first and the last day?",
    days(D(2026, 10, 31), D(2027, 3, 7)) + 1,
)
date_item(
    HAWALA,
    "My flight leaves Mogadishu at 14:20 local time on 9 March 2027 and lands in Dubai at "
    "19:05 Dubai time the same day. How long is the flight in minutes?",
    utc_minutes("2027-03-09T14:20", "Africa/Mogadishu", "2027-03-09T19:05", "Asia/Dubai"),
)
date_item(
    HAWALA,
    "settlement with the Dubai partner is due 45 days after 17 December 2027. which date is that",
    D(2027, 12, 17) + TD(days=45),
)
date_item(
    QUIPU,
    "The khipu exhibition opens on 18 May 2028 and runs for 75 days, with opening day counted "
    "as day one. What's the last day?",
    D(2028, 5, 18) + TD(days=75 - 1),
)
date_item(
    MORTUARY,
    "I'm on 22:30 till 07:15. How many hours is the shift?",
    clock_span("22:30", "07:15", 3600),
)
_inquest_from = D(2027, 11, 8)
date_item(
    MORTUARY,
    f"The inquest opens 21 working days after {sayw(_inquest_from)}, not counting that "
    "Monday, Monday to Friday only and ignoring bank holidays. What date?",
    working_day_after(_inquest_from, 21),
)
date_item(
    LINEWORKER,
    "The ice storm knocked the feeder out at 16:40 on 28 February 2027 and we got it back at "
    "11:05 on 2 March 2027. How many minutes was it down?",
    F(int((DT(2027, 3, 2, 11, 5) - DT(2027, 2, 28, 16, 40)).total_seconds()), 60),
)
date_item(
    LINEWORKER,
    "crew starts a 16-day rotation on 20 December 2027, first day counted as day 1. what's "
    "the last day",
    D(2027, 12, 20) + TD(days=16 - 1),
)
date_item(
    ZITHER,
    "My pupil was born on 17 September 2016. How old is she on 1 September 2027?",
    age(D(2016, 9, 17), D(2027, 9, 1)),
)
date_item(
    BALALAIKA,
    "We fly out of Helsinki at 23:50 Helsinki time on 30 October 2027 and land at Narita at "
    "19:10 Tokyo time on 31 October. How long is the flight, in minutes?",
    utc_minutes("2027-10-30T23:50", "Europe/Helsinki", "2027-10-31T19:10", "Asia/Tokyo"),
)
date_item(
    SLALOM, "The final is on 17 June 2029, what day of the week is that?", weekday(D(2029, 6, 17))
)
date_item(
    WHELK,
    "Set the pots on 23 November 2027. First haul is three days after setting and then every "
    "three days after that. What date is the tenth haul?",
    D(2027, 11, 23) + TD(days=3 * 10),
)
date_item(
    FETA,
    "made a batch of feta on 14 December 2027, it's ready on the 60th day after making. date?",
    D(2027, 12, 14) + TD(days=60),
)
date_item(
    FISH_SAUCE,
    "The anchovies went into the vat on 5 August 2026 and we draw the first-press sauce 400 "
    "days later. On what date?",
    D(2026, 8, 5) + TD(days=400),
)
date_item(
    PUPUSA,
    "Día Nacional de la Pupusa is the second Sunday of November. What's the date in 2028?",
    nth_weekday(2028, 11, SUN, 2),
)
date_item(
    CYCLOTRON,
    "Batch came off synthesis at 05:50 and the patient was scanned at 09:20. How many minutes "
    "between?",
    clock_span("05:50", "09:20", 60),
)
_shutdown = D(2027, 7, 26)
date_item(
    CYCLOTRON,
    f"Annual maintenance shutdown starts {sayw(_shutdown)} and lasts 19 days including that "
    "day. We restart the day after it ends. Restart date?",
    _shutdown + TD(days=19),
)
date_item(
    TIN_MINE,
    "South Crofty closed on 6 March 1998. What day of the week was that?",
    weekday(D(1998, 3, 6)),
)
date_item(
    KYUDO,
    "Started kyudo on 8 September 2027 and my grading is on 23 March 2029. How many days "
    "apart are those two dates?",
    days(D(2027, 9, 8), D(2029, 3, 23)),
)
_first_survey = D(2027, 1, 5)
date_item(
    SNOW,
    f"We survey every 14 days starting {sayw(_first_survey)}. What's the date of the 7th "
    "survey, counting that first one?",
    _first_survey + TD(days=14 * (7 - 1)),
)
date_item(
    SONAR,
    "Cruise left Bergen at 08:00 on 2 February 2027 and we docked back there at 18:30 on 19 "
    "February 2027. How many hours at sea?",
    F(int((DT(2027, 2, 19, 18, 30) - DT(2027, 2, 2, 8, 0)).total_seconds()), 3600),
)
date_item(
    SONAR,
    "the logging software chokes on 29 February 2028. what day of the week is that",
    weekday(D(2028, 2, 29)),
)
_launch = D(2027, 11, 15)
date_item(
    KIRIGAMI,
    f"The shop launch is {sayw(_launch)}. Files have to be at the printer 25 working days "
    "before that (Mon–Fri, not counting the launch day itself, no holidays). What date?",
    working_day_before(_launch, 25),
)
date_item(
    EPIGRAPHY,
    "Field season runs 14 June 2027 to 29 August 2027 inclusive. How many days on site?",
    days(D(2027, 6, 14), D(2027, 8, 29)) + 1,
)
_reh_first, _reh_last = D(2027, 8, 3), D(2027, 9, 9)
date_item(
    CANTOR,
    f"Choir rehearsals are every Tuesday and Thursday from {sayw(_reh_first)} to "
    f"{sayw(_reh_last)} inclusive. How many rehearsals is that?",
    count_weekdays(_reh_first, _reh_last, {TUE, THU}),
)
date_item(
    IKAT,
    "Order placed 11 January 2028. Weaving takes 45 days and shipping another 12 days after "
    "that. When does it arrive?",
    D(2028, 1, 11) + TD(days=45 + 12),
)
date_item(
    KVASS,
    "the stall trades every day from 1 May to 30 September 2027 inclusive except Mondays. how "
    "many trading days",
    count_weekdays(D(2027, 5, 1), D(2027, 9, 30), {TUE, WED, THU, FRI, SAT, SUN}),
)
date_item(
    MARSHRUTKA,
    "Left Tbilisi at 07:40, got into Batumi at 13:25 same day. How many minutes on the road?",
    clock_span("07:40", "13:25", 60),
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
            (U, "For this puzzle, a ◆ b means a times b, plus a, minus b."),
            (A, "Got it: a ◆ b = ab + a − b. Go ahead."),
            (U, "so 7 ◆ 3?"),
        ],
        "the ◆ operator was defined earlier in the conversation; only the model has that",
    ),
    (
        "conv-redefined-operator",
        [
            (
                U,
                (
                    "new rule for the kids' maths game: the # sign means take the bigger of the "
                    "two numbers and square it"
                ),
            ),
            (A, "Fun! So 2 # 5 would be 25."),
            (U, "and 9 # 4"),
        ],
        "# is a house rule from an earlier turn, not a standard operation",
    ),
    (
        "conv-base",
        [
            (U, "We're doing everything in octal for this worksheet."),
            (A, "Understood, all numbers in base 8."),
            (U, "what's 17 + 5"),
        ],
        "in octal the sum is 24; a decimal calculator would say 22",
    ),
    (
        "conv-base",
        [
            (
                S,
                (
                    "You tutor a digital electronics class. Every number the student writes is "
                    "binary unless marked otherwise."
                ),
            ),
            (U, "what is 101 times 11"),
        ],
        "the system turn makes these binary numerals",
    ),
    (
        "conv-base",
        [
            (U, "hex question coming up, all values are hexadecimal"),
            (A, "Ready when you are."),
            (U, "A7 minus 3C?"),
        ],
        "hexadecimal subtraction set up by the earlier turn",
    ),
    (
        "conv-modulus",
        [
            (U, "Quick check on clock arithmetic, we're working mod 12."),
            (A, "Sure, I'll reduce every result mod 12."),
            (U, "9 + 7 = ?"),
        ],
        "the answer mod 12 is 4, not 16",
    ),
    (
        "conv-modulus",
        [
            (U, "This problem set is all in the integers mod 7."),
            (A, "OK, arithmetic in Z/7Z."),
            (U, "so what is 3 divided by 5 in there"),
        ],
        "division means multiplying by an inverse mod 7",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel the year has ten months of 36 days, and the week has six days, "
                    "Firstday through Sixthday."
                ),
            ),
            (A, "Noted: a 360-day year and a six-day week."),
            (U, "if day 1 of month 1 is a Firstday, what weekday is day 20 of month 3"),
        ],
        "an invented calendar defined earlier in the conversation",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "Worldbuilding: on Ardeth one day lasts 31 hours and a year is 280 of "
                    "those days."
                ),
            ),
            (A, "A long-day world, nice."),
            (U, "how many days is 1,000 hours"),
        ],
        "Ardeth days are 31 hours long, a fact only in the earlier turn",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "In my game's economy 1 glim = 7 shards and 1 shard = 12 pips."),
            (A, "Got it."),
            (U, "how many pips are 3 glims"),
        ],
        "invented currency units defined earlier",
    ),
    (
        "conv-fictional-unit",
        [
            (
                U,
                (
                    "For our homebrew campaign a league is exactly 5 km and a day's march is "
                    "six leagues."
                ),
            ),
            (A, "Nice round numbers."),
            (U, "how far in km is a four-day march"),
        ],
        "the campaign's league is not the real league",
    ),
    (
        "conv-programming",
        [
            (U, "I'm stuck maintaining some old Python 2 code."),
            (A, "Happy to help with Python 2."),
            (U, "what does 7 / 2 give"),
        ],
        "Python 2 integer division gives 3",
    ),
    (
        "conv-programming",
        [
            (U, "javascript question"),
            (A, "Go ahead."),
            (U, "what is '5' + 3"),
        ],
        "JavaScript concatenates to the string '53'",
    ),
    (
        "conv-programming",
        [
            (U, "Embedded C, both variables are uint8_t."),
            (A, "OK, 8-bit unsigned, so values wrap at 256."),
            (U, "so if I add 200 + 100 into one of them, what ends up stored?"),
        ],
        "unsigned 8-bit overflow wraps to 44",
    ),
    (
        "conv-programming",
        [
            (U, "in a bash script with $(( )) arithmetic"),
            (A, "Bash arithmetic is integer-only."),
            (U, "so what does echo $(( 7 / 2 * 2 )) print"),
        ],
        "integer division makes it 6, not 7",
    ),
    (
        "conv-programming",
        [
            (U, "Working in Excel, Windows, default 1900 date system."),
            (A, "Sure, what do you need?"),
            (U, "which date shows if a cell holds the serial 45000 formatted as a date"),
        ],
        "Excel serial-date semantics, including its 1900 leap-year quirk",
    ),
    (
        "conv-split",
        [
            (U, "Dinner bill came to £184. Tom had the £32 steak and is paying for that himself."),
            (A, "OK, so £152 gets shared."),
            (U, "split the rest four ways"),
        ],
        "the amount to split is only in the earlier turns",
    ),
    (
        "conv-split",
        [
            (
                U,
                (
                    "Rent is 1,850. I have the big room so I pay 40% and the other two split "
                    "what's left equally."
                ),
            ),
            (A, "That sounds fair."),
            (U, "so what do they each pay"),
        ],
        "the rent and the split were told earlier",
    ),
    (
        "conv-earlier-data",
        [
            (
                S,
                (
                    "You are a spreadsheet assistant. The user's sheet: Q1 sales 12,400; Q2 "
                    "15,100; Q3 9,800; Q4 not yet entered."
                ),
            ),
            (U, "what's the total for the first half"),
        ],
        "the figures are only in the system turn",
    ),
    (
        "conv-earlier-data",
        [
            (U, "My pond pH readings over five days: 7.2, 6.8, 7.9, 8.1, 7.4"),
            (A, "Thanks, noted the five readings."),
            (U, "and the average of those?"),
        ],
        "the numbers are only in an earlier turn",
    ),
    (
        "conv-model-facts",
        [
            (U, "I've been reading about the Battle of Hastings."),
            (A, "A turning point in English history."),
            (U, "how many years before 2027 was it"),
        ],
        "needs the year of the battle, which only the model knows",
    ),
    (
        "conv-model-facts",
        [
            (U, "How tall is Everest?"),
            (A, "About 8,849 metres, by the 2020 survey."),
            (U, "what's that in feet"),
        ],
        "the quantity to convert is only in the assistant turn",
    ),
    (
        "conv-model-facts",
        [
            (U, "I'm reading about the French Republican calendar."),
            (A, "It was used from 1793 to 1805, with months like Brumaire and Thermidor."),
            (U, "so what's 9 Thermidor year II in our calendar"),
        ],
        "needs knowledge of the Republican calendar",
    ),
    (
        "conv-game-rules",
        [
            (U, "Let's play 24: use all four numbers once with + − × ÷ to make 24."),
            (A, "I'm in. Give me the numbers."),
            (U, "3 3 8 8"),
        ],
        "a puzzle to solve, not a sum to evaluate",
    ),
    (
        "conv-game-rules",
        [
            (U, "Countdown numbers round, the target is 952."),
            (A, "Pick your six numbers!"),
            (U, "25 50 75 100 3 6"),
        ],
        "a search for an expression, set up by the earlier turn",
    ),
    (
        "conv-game-rules",
        [
            (U, "Playing darts, 501, double out."),
            (A, "Good luck!"),
            (U, "I'm on 141, what's the checkout"),
        ],
        "needs darts checkout knowledge",
    ),
    (
        "conv-game-rules",
        [
            (U, "Stableford, par 4, stroke index 7, and I play off 18."),
            (A, "So you get a shot on this hole."),
            (U, "took a 6, how many points"),
        ],
        "needs the stableford scoring rules",
    ),
    (
        "conv-tax-rules",
        [
            (
                U,
                (
                    "Pretend VAT is 17%, but food is zero-rated and alcohol is charged at the "
                    "full rate."
                ),
            ),
            (A, "Sure, I'll use those rules."),
            (U, "bread 3.20, wine 12, cheese 5.50 — how much VAT is in that"),
        ],
        "the model has to classify each item under the stated rules",
    ),
    (
        "conv-logic",
        [
            (U, "Treat + as logical OR, and the only values are 0 and 1."),
            (A, "Boolean algebra it is."),
            (U, "1 + 1"),
        ],
        "Boolean OR gives 1",
    ),
    (
        "conv-matrix",
        [
            (U, "Let A be the 2×2 matrix [[1, 2], [3, 4]]."),
            (A, "OK, A is defined."),
            (U, "so what's A squared, A times A"),
        ],
        "A is defined only in an earlier turn",
    ),
    (
        "conv-hypothetical-physics",
        [
            (U, "Imagine a planet where gravity is exactly twice Earth's."),
            (A, "Interesting premise."),
            (U, "how long does a dropped ball take to fall 20 m"),
        ],
        "physics under a premise from an earlier turn",
    ),
    (
        "conv-music",
        [
            (U, "Our early-music group tunes A to 432 Hz and plays in just intonation."),
            (A, "Got it."),
            (U, "what's the frequency of the perfect fifth above A"),
        ],
        "needs music theory with the tuning given earlier",
    ),
    (
        "conv-roman",
        [
            (U, "Roman numerals only from here on, answers too."),
            (A, "Understood: Roman numerals."),
            (U, "XIV times III"),
        ],
        "the answer has to be given in Roman numerals",
    ),
    (
        "conv-week-numbering",
        [
            (
                U,
                (
                    "At work the fiscal year starts 1 July, week 1 is the week containing 1 July, "
                    "and weeks run Sunday to Saturday."
                ),
            ),
            (A, "Noted, I'll use your company's week numbering."),
            (U, "what week number is 15 October 2027"),
        ],
        "company week numbering told earlier, not ISO weeks",
    ),
    (
        "conv-relative-date",
        [
            (U, "I started this job the day my daughter was born."),
            (A, "What a day that must have been!"),
            (U, "she turned seven on Sunday, so how long have I been here"),
        ],
        "no dates given; the model answers from the story",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0800 015 3322 free to call from a mobile", "a phone number, not a sum"),
    ("near-phone", "whose number is +44 20 7946 0018", "a phone number lookup"),
    (
        "near-isbn",
        "which book is ISBN 978-0-14-044913-6, I found it on a receipt",
        "an ISBN is an identifier",
    ),
    ("near-isbn", "how does the check digit on an old 10-digit ISBN work", "an explanation"),
    ("near-version", "is Python 3.10 newer than Python 3.9", "version numbers are not decimals"),
    ("near-version", "should we move our app from Node 18 to Node 22", "advice about versions"),
    (
        "near-version",
        "biggest breaking changes going from Django 4.2 to 5.0?",
        "release knowledge",
    ),
    ("near-score", "we won 3-1 away, is that a big deal against the league leaders", "a score"),
    (
        "near-score",
        "the paper says she won 6-4 3-6 7-6, how did that match go",
        "a score to explain",
    ),
    ("near-score", "what does 245/7 mean in a cricket score", "cricket notation, not a division"),
    ("near-range", "job ad says salary 28-34k, what should I ask for", "advice about a range"),
    (
        "near-range",
        "the label says store at 2-8 °C, can it sit out on the counter for an hour",
        "a storage range and safety advice",
    ),
    (
        "near-part",
        "where can I get a 6205-2RS bearing for a washing machine drum",
        "a part number",
    ),
    ("near-part", "is a 74HC595 the same as a 74HCT595", "chip part numbers"),
    ("near-postcode", "what part of London is SW1A 2AA", "a postcode"),
    ("near-flight-number", "does BA 117 usually leave on time", "a flight number"),
    ("near-standard", "what does ISO 27001 certification involve", "a standard's number"),
    (
        "near-float",
        "my JS console shows 0.1 + 0.2 as 0.30000000000000004, is my laptop broken",
        "an explanation of floating point",
    ),
    (
        "near-explain",
        "my nine year old asked why you can't divide by zero, how do I explain it",
        "a conceptual explanation",
    ),
    ("near-explain", "why is a negative times a negative positive", "a conceptual explanation"),
    (
        "near-explain",
        "why does compound interest grow faster than simple interest",
        "a conceptual explanation",
    ),
    ("near-opinion", "is 4.9% a good fixed mortgage rate", "a judgement about a number"),
    (
        "near-opinion",
        "is £32,000 a decent salary for a junior developer in Leeds",
        "a judgement about a salary",
    ),
    ("near-opinion", "is 7 hours of sleep a night enough", "health opinion"),
    ("near-facts", "how many calories are in a large banana", "nutrition facts"),
    ("near-facts", "is Lagos bigger than Cairo by population", "a fact, not a calculation"),
    ("near-facts", "the Shard in London is how many feet tall", "needs the Shard's height first"),
    ("near-facts", "what's the exchange rate from pounds to euros", "live market data"),
    ("near-facts", "how much is 0.25 bitcoin worth in dollars", "live price"),
    ("near-facts", "how old was Mozart at his death and what did he die of", "needs his dates"),
    ("near-facts", "what year was Magna Carta sealed", "a historical fact"),
    ("near-facts", "how many miles from the Earth to the Moon on average", "an astronomical fact"),
    (
        "near-facts",
        "why can't climbers make a decent cup of tea on the summit of Everest",
        "physics and geography knowledge",
    ),
    ("near-proof", "can you walk me through why root 2 can't be written as a fraction", "a proof"),
    (
        "near-concept",
        "what's the difference between mean and median, and when should I use which",
        "an explanation",
    ),
    ("near-stats", "is a p-value of 0.049 actually significant", "statistical judgement"),
    ("near-sequence", "what comes next: 2, 6, 12, 20, 30", "pattern spotting"),
    ("near-history-date", "what happened in Berlin on 9 November 1989", "history"),
    ("near-calendar-history", "why did Britain skip eleven days in 1752", "history"),
    ("near-calendar-concept", "why does February only have 28 days", "history of the calendar"),
    (
        "near-ratio",
        "the TV box says 16:9, what does that actually mean",
        "an aspect ratio to explain",
    ),
    ("near-ratio", "is 1:15 coffee to water good for pour-over", "a brewing opinion"),
    ("near-medical", "is 38.2 a fever for a two year old", "medical judgement"),
    ("near-medical", "my blood pressure is 135/85, is that high", "a reading, not a fraction"),
    ("near-medical", "is 5.8 mmol/L cholesterol something to worry about", "medical judgement"),
    ("near-medical", "my BMI is 27.4 is that bad", "health interpretation"),
    (
        "near-grade",
        "I averaged 68% in my final year, is that a 2:1 in the UK",
        "grading conventions",
    ),
    ("near-grade", "what is a grade 7 at GCSE in the old letter grades", "grading conventions"),
    ("near-size", "is a UK size 9 shoe the same as a US 10", "sizing conventions vary"),
    ("near-size", "I'm 34-28-36, what dress size am I in the UK", "sizing advice"),
    ("near-tech", "is 1TB enough storage for a photography laptop", "advice"),
    ("near-tech", "1080p or 1440p for a 27 inch monitor", "advice"),
    ("near-tech", "what is 192.168.0.1", "an IP address"),
    ("near-tech", "what colour is #FF5733", "a colour code"),
    ("near-tech", "what does HTTP 429 mean", "a status code"),
    ("near-bible", "what is John 3:16 about, someone held up a sign with it", "a verse reference"),
    ("near-bingo", "what's the bingo call for 88", "bingo lore"),
    ("near-lottery", "which numbers come up most in the EuroMillions", "lottery history"),
    ("near-address", "who lived at 10 Downing Street in 1945", "history"),
    ("near-chess", "what's the best reply to 1. e4 e5 2. Nf3", "chess moves, not numbers"),
    (
        "near-percent-explain",
        "if prices rise 10% and then fall 10%, why aren't they back where they started",
        "an explanation",
    ),
    ("near-mental-math", "how do I work out a 15% tip in my head quickly", "a method to explain"),
    (
        "near-law",
        "how many days do I have to return something bought online in the UK",
        "consumer law",
    ),
    (
        "near-speed-limit",
        "what's the speed limit for a car towing a caravan on a UK dual carriageway",
        "traffic law",
    ),
    ("near-record", "what's the men's marathon world record", "a sports fact"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        (
            "write a short toast for my brother's second wedding, he's marrying his old school "
            "sweetheart"
        ),
        "help me word an email asking my landlord to fix the boiler without sounding annoyed",
        (
            "make this less clunky: 'the meeting which was held on monday was attended by most of "
            "the people who had been invited to it'"
        ),
        "draft a resignation letter for a part-time barista job, polite but short",
        "write a limerick about a goat that eats a parking ticket",
        "three possible first lines for a ghost story that takes place in a 24-hour launderette",
        "rewrite my dating profile so it stops sounding like a CV",
        "Middlemarch plot in five sentences for my book club who didn't finish it",
        "I need a eulogy for my grandad, who kept racing pigeons and loved snooker",
        "write a product description for hand-rolled beeswax candles",
    ],
    "cooking": [
        "I've got cold rice, two eggs, frozen peas and half a leek, what's dinner",
        "why did my loaf come out dense and gummy in the middle",
        "my risotto always ends up like wallpaper paste, what am I doing wrong",
        "veggie main for eight that isn't mushroom-based, one guest can't stand them",
        "is it safe to refreeze chicken that was defrosted in the fridge",
        "how do I get Yorkshire puddings to rise properly",
        "what's a good stand-in for buttermilk in pancakes",
        "packed lunch ideas for a fussy eight-year-old who won't eat sandwiches",
        "why should you rest a steak after cooking it",
        "what wine goes with a spicy Thai green curry",
    ],
    "travel": [
        "is the Japan Rail Pass worth it for a fortnight mostly around Kansai",
        "what should I pack for a week's walking in the Scottish Highlands in October",
        "best area to stay in Lisbon for a first visit without a car",
        "how do I get from Naples to Positano without driving",
        "things to do in Reykjavik when it's pouring with rain",
        "is Marrakech OK for a woman travelling on her own",
        "what are the rules for taking prescription medication into the UAE",
        "tips for surviving a long-haul flight in economy with a toddler",
        "do I need to book the Sagrada Familia in advance or can I just turn up",
        "recommend a quiet Greek island for a honeymoon, not Santorini",
    ],
    "coding": [
        "when would I pick a tuple over a list in Python, beyond immutability",
        "why does my React component render twice in development mode",
        "SQL query to find customers who ordered in January but not in February",
        "I committed to the wrong branch, how do I undo it but keep my edits",
        "what is dependency injection, in plain English",
        "how do I fix TypeError: 'NoneType' object is not subscriptable",
        "Postgres or MongoDB for a small booking app?",
        "bash one-liner to list the ten biggest files under a directory",
        "how do async and await actually work in JavaScript",
        "regex that matches a UK postcode",
    ],
    "health": [
        "stretches for a stiff lower back after eight hours in a rubbish office chair",
        "how do I ease back into running after my knee injury, physio signed me off",
        "I go lightheaded every time I stand up from the sofa, should I worry",
        "tips for falling asleep when my mind won't switch off",
        "how can I tell a cold from flu",
        "how do I support a friend who's just been diagnosed with cancer",
        "exercises I can do sitting at my desk",
        "does coffee before breakfast actually hurt your stomach",
        "how do I know if I'm burnt out or just tired",
        "hay fever is wrecking me and antihistamines make me drowsy, other options?",
    ],
    "home-garden": [
        "black mould keeps coming back on the bathroom ceiling of our rented flat, what works",
        "when should I prune a mophead hydrangea",
        "what plants will cope with a north-facing balcony",
        "my tomato leaves are curling up, what's wrong",
        "the top of my radiator is cold and the bottom hot, what do I do",
        "best way to clean limescale off a glass shower screen",
        "should I paint or wallpaper a narrow hallway",
        "slugs shredded my hostas, how do I stop them without anything that harms hedgehogs",
        "how do I fix a dripping mixer tap in the kitchen",
        "ideas for a wildlife-friendly corner in a tiny back garden",
    ],
    "life": [
        "my best friend of fifteen years forgot my birthday, do I bring it up or let it go",
        "how do I tell my flatmate they need to pull their weight with the cleaning",
        "gift ideas for a dad who insists he wants nothing",
        "just moved to Bristol at 34 knowing nobody, how do adults make friends",
        "my teenage son has stopped talking to me, any advice",
        "what do I write in a sympathy card for a colleague I barely know",
        "how do I politely decline a wedding invitation",
        "should I tell my manager I'm looking for another job",
        "how can I stop comparing myself to people on Instagram",
        "how do I prepare for a pay rise conversation",
    ],
    "knowledge": [
        "why is the sky blue at midday yet orange at sunset",
        "who was Ada Lovelace and why is she famous",
        "how does an mRNA vaccine teach your immune system anything",
        "main reasons historians give for the Western Roman Empire collapsing",
        "we're going rockpooling in Pembrokeshire, why do the tide times shift later each day",
        "my uncle says one snowy April disproves global warming, how do I answer him kindly",
        "why does my cat purr when she's at the vet and clearly stressed",
        "walk me through the stages a bill goes through in Westminster",
        "quantum entanglement in simple terms please",
        "why did the Titanic sink so quickly",
    ],
    "language": [
        "I always mix up affect and effect, is there a trick",
        "translate 'could we have a table by the window' into Italian",
        "my editor changed 'different than' to 'different from', who's right",
        "what does the word 'sonder' mean",
        "how do I say 'nice to meet you' in Korean",
        "where does the phrase 'cat got your tongue' come from",
        "help me practise ordering tapas in Spanish",
        "which French phrases trigger the subjunctive, il faut que and what else",
        "my teenager says 'irregardless' is in the dictionary, is she right",
        "explain ser versus estar",
    ],
    "creative": [
        "name for a pub quiz team made up of librarians",
        "ideas for a murder mystery party set on a cruise ship",
        "invent a board game that only needs a deck of cards and some coins",
        "birthday party theme for a ten-year-old obsessed with volcanoes",
        "write me a riddle for a treasure hunt where the answer is 'shadow'",
        "my sourdough starter needs a pun name, give me ten",
        "costume idea using only cardboard boxes",
        "a clean joke about accountants for my mum's retirement card",
        "plot twist ideas for my detective novel set in a ski resort",
        "describe a sunset on a planet with two suns",
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
    # no register (family name) of this set is a family name of sets 19 to 186
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 186: {reused}"
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
