"""Generate heldout-2027-05-23.jsonl: a hundred-and-seventy-first held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_171.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-170, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
Fraction and Decimal arithmetic for sums, money and whole-item rounding (whole_up, whole_down);
exact unit factors (inch, pound, knot, psi, bar, kgf) for conversions, EXACT when the answer
terminates in at most 3 decimals and rounded otherwise; datetime, calendar and zoneinfo for
spans, weekdays, working days, ages, nth weekdays and flights between zones (via utc_minutes).

Provenance
----------
Read: this file, grading.py and earlier_registers.txt, with cat/head and grep (grep only to
check that candidate register names and their key words were absent from or rare in
earlier_registers.txt). Nothing under /work/main, /work/shared or /work/.library was opened.
Wrote: the four sections by hand, drafted in scratch files under /tmp and spliced into the
marked places, with the 25 register constants and four small helpers (whole_down,
working_day_counting_mon_sat, count_weekdays, nth_show_day). Items the generator reported (by
id only) as repeating earlier sets were reworded without looking for the earlier text, and
unit_r inputs that failed the two-decimal check were changed.
Checked: ran this generator until it passed; ruff check and ruff format with
--config /work/main/pyproject.toml, plus a short script listing lines over 99 characters; a
temporary copy of this file under /tmp that printed this set's own expected values to look
them over (deleted); the generator again after formatting and after this docstring.
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
OUT = HERE / "heldout-2027-05-23.jsonl"
PREFIX = "ho171-"
# earlier generators: sets 1-170 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 171))
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


SHEAR = "sheep_shearer_on_a_high_country_station"
TYPE = "hot_metal_typesetter_at_a_village_weekly"
PORTAGE = "canoe_portage_outfitter_in_the_boundary_waters"
SAMPAN = "sampan_ferry_woman_in_aberdeen_harbour"
BIGTOP = "big_top_tent_master_on_a_winter_tour"
TOTEM = "totem_pole_carver_with_an_apprentice"
WALTZER = "waltzer_ride_operator_on_a_seaside_pier"
BACKGAMMON = "backgammon_cafe_owner_in_piraeus"
TORNADO = "tornado_shelter_installer_in_oklahoma"
PARACHUTE = "parachute_rigger_repacking_reserve_canopies"
PASHMINA = "pashmina_weaver_selling_online_from_srinagar"
SHRIMP = "shrimp_fisher_on_horseback_in_oostduinkerke"
SUYA = "suya_grill_owner_in_abuja"
WATER = "water_sommelier_at_a_hotel_bar"
LUAU = "luau_caterer_on_kauai"
SHOESHINE = "shoe_shine_stand_at_grand_central"
DHOBI = "dhobi_ghat_laundry_contractor"
SERI = "sericulture_extension_officer_in_karnataka"
VERMI = "vermicompost_bin_seller_at_weekend_markets"
TERMITE = "termite_inspector_on_a_pre_purchase_job"
HARMONIUM = "harmonium_repairer_in_amritsar"
SITAR = "sitar_student_practising_ragas"
MINSHUKU = "minshuku_innkeeper_on_the_kumano_kodo"
ROPEBRIDGE = "rope_bridge_rebuilders_in_the_andes"
SUBMERSIBLE = "submersible_pilot_planning_a_trench_dive"


def whole_down(x):
    """The largest whole number of items that fit in x (only complete ones count)."""
    x = F(x)
    assert x.denominator != 1, x  # otherwise rounding down is not being tested
    return math.floor(x)


assert whole_down(F(9, 4)) == 2

# plain one-line questions
calc(P, "whats 17.5% of £2,384", pct("17.5") * 2384)
calc(P, "3847 x 29 =", 3847 * 29)
calc(P, "(418 - 59) / 8", F(418 - 59, 8))
calc(P, "how much is seven eighths of 1,936", F(7, 8) * 1936)
calc(P, "1.0375 times 4,800 please", dec("1.0375") * 4800)
calc(P, "what number squared gives 7,396", math.isqrt(7396))
calc(P, "nine hundred and sixty-four divided by sixteen", F(964, 16))
calc(P, "2^17 minus 3^9", 2**17 - 3**9)
calc(P, "£64.80 with 35% off, what do i actually pay", dec("64.80") * (1 - pct(35)))
calc(P, "mean of 71, 84, 66, 93 and 78?", F(71 + 84 + 66 + 93 + 78, 5))
calc(P, "12.5 percent of 3,216 then add 480", pct("12.5") * 3216 + 480)
calc(P, "0.45 * 0.72", dec("0.45") * dec("0.72"))
calc(
    P,
    "add these up for me 1,249.50 + 387.25 + 86.40 + 2,011",
    dec("1249.50") + dec("387.25") + dec("86.40") + 2011,
)
calc(
    P,
    "receipt says £93.60 including 20% VAT. what was the price before VAT",
    dec("93.60") / (1 + pct(20)),
)

# registers
_tally = [212, 238, 195, 241, 187]
calc(
    SHEAR,
    "shearing tally for the week on the station: mon 212, tue 238, wed 195, thu 241, fri 187. "
    "gang rate is $3.40 a sheep, the cook's $310 comes off the top and the four of us split "
    "whats left evenly. how much does each shearer get",
    (sum(_tally) * dec("3.40") - 310) / 4,
)
calc(
    SHEAR,
    "if i take 2 min 45 sec a sheep, how many sheep do i get fully done in a 2 hour run",
    whole_down(F(2 * 3600, 2 * 60 + 45)),
)
calc(
    TYPE,
    "setting the parish notices in 11 pt on 13 pt leading. the column is 21 inches deep and "
    "there are 72 points to the inch. how many complete lines fit down the column",
    whole_down(F(21 * 72, 13)),
)
calc(
    TYPE,
    "classifieds are 38p a word with a 15 word minimum, and a box round the ad is £2.50 extra. "
    "mrs hale's ad is 27 words and boxed, mr dunn's is 11 words with no box. what do the two "
    "come to together",
    27 * dec("0.38") + dec("2.50") + 15 * dec("0.38"),
)
calc(
    PORTAGE,
    "Quote for a party of 5 going out for 6 days: 2 canoes at $44/day each, 5 paddle + life "
    "jacket sets at $7/day each, food packs at $36 per person per day. Groups of 5 or more get "
    "10% off the whole thing. What's the total?",
    (2 * 44 + 5 * 7 + 5 * 36) * 6 * (1 - pct(10)),
)
calc(
    SAMPAN,
    "HK$12 a head for adults, kids half that. I did 38 crossings and each one averaged 4 adults "
    "and 2 kids. Diesel came to HK$260 for the day. How much did I clear",
    38 * (4 * 12 + 2 * 6) - 260,
)
calc(
    BIGTOP,
    "seating round the ring: 22 rows, front row has 48 seats and every row going back has 4 "
    "more than the row in front of it. total number of seats",
    sum(48 + 4 * k for k in range(22)),
)
calc(
    BIGTOP,
    "the wall of the tent is a closed loop 189 m round. one stake every 1.5 m all the way round, "
    "plus 2 extra stakes at each of the 6 guy points. how many stakes do the crew need",
    F(189, dec("1.5")) + 2 * 6,
)
calc(
    TOTEM,
    "Commission price for the pole is $12,500. Costs: the cedar log was $2,640, my apprentice "
    "did 86 hours at $19.50/hr, paints and oils $212. What's my profit as a percentage of the "
    "price?",
    (12500 - (2640 + 86 * dec("19.50") + 212)) * 100 / 12500,
)
calc(
    WALTZER,
    "saturday on the waltzer: 96 rides, 10 cars that seat 4, cars were 80% full on average, "
    "£3.50 a head. out of that comes the £140 pitch fee and 62 litres of diesel for the "
    "genny at £1.48 a litre. what did we net",
    96 * 10 * 4 * pct(80) * dec("3.50") - 140 - 62 * dec("1.48"),
)
calc(
    BACKGAMMON,
    "tavli tournament at the café: 24 players pay €15 entry, the house keeps 20% and the rest "
    "is split 50/30/20 between first, second and third. what does second place win in euros",
    24 * 15 * (1 - pct(20)) * pct(30),
)
calc(
    TORNADO,
    "in-ground shelter with an 8 ft by 6 ft floor, FEMA guidance we follow is at least 5 square "
    "feet per person. whats the max number of people it can be rated for",
    whole_down(F(8 * 6, 5)),
)
calc(
    PARACHUTE,
    "In April I did 23 reserve repacks at $85 each, and 9 of those also had the $40 AAD check. "
    "I set 15% aside for tax. What do I keep?",
    (23 * 85 + 9 * 40) * (1 - pct(15)),
)
calc(
    PASHMINA,
    "one shawl uses 180 g of yarn at ₹9,400 per kg and 31 hours of weaving at ₹160 an hour. "
    "i list at cost plus 40%, and the marketplace takes 5% of the list price. how much of the "
    "list price do i get after their cut",
    (dec("0.180") * 9400 + 31 * 160) * (1 + pct(40)) * (1 - pct(5)),
)
calc(
    SHRIMP,
    "three outings with the horse, about 11 kg of grey shrimp each time. after cooking and "
    "peeling only a fifth of the weight is left, and peeled sells at €48 a kilo. what's that "
    "worth",
    3 * 11 * F(1, 5) * 48,
)
calc(
    SUYA,
    "customer wants 18 sticks of suya at ₦500 and 3 plates of onions and yaji at ₦350. orders "
    "over ₦8,000 get 10% off. how much do i charge",
    (18 * 500 + 3 * 350) * (1 - pct(10)),
)
calc(
    SUYA,
    "a kilo of beef gives me 14 sticks, I sell about 230 sticks a night and beef is ₦7,800/kg. "
    "how many whole kilos should I buy so I don't run short",
    whole_up(F(230, 14)),
)
calc(
    WATER,
    "bottle of the norwegian glacier water costs us €6.40, we price water at 3.5 times cost and "
    "then add 10% VAT. what goes on the water menu",
    dec("6.40") * dec("3.5") * (1 + pct(10)),
)
calc(
    LUAU,
    "Luau for 140 guests, we plan 3/4 lb of cooked kalua pork per guest and a pig yields 40% "
    "of its live weight as cooked meat. How heavy a pig do I need, in lb?",
    140 * F(3, 4) / pct(40),
)
calc(
    SHOESHINE,
    "$7 a shine and every 10th for a regular is free. Wednesday I did 64 shines, 5 were free "
    "ones, and tips averaged $2.25 across all 64. What did I take in total?",
    (64 - 5) * 7 + 64 * dec("2.25"),
)
calc(
    DHOBI,
    "hotel contract rates: sheets ₹9 each, pillow covers ₹4, towels ₹6. this week was 1,240 "
    "sheets, 2,310 pillow covers and 985 towels, and they cut 2% for one late delivery. what's "
    "the bill",
    (1240 * 9 + 2310 * 4 + 985 * 6) * (1 - pct(2)),
)
calc(
    DHOBI,
    "14 washermen at ₹620 a day each wash 4,000 pieces a day between them. labour cost per "
    "piece in rupees?",
    F(14 * 620, 4000),
)
calc(
    SERI,
    "farmer brought 63 kg of cocoons, sold at ₹540/kg, and the reeling ratio at that filature "
    "is 7.5 kg of cocoons per kg of raw silk. how many kg of raw silk will they get",
    F(63) / dec("7.5"),
)
calc(
    VERMI,
    "starter pack = bin $65 + 1 lb of red wigglers at $38/lb + $12 bedding. sold 17 starter "
    "packs and 9 extra pounds of worms on saturday, stall fee was $45. net takings",
    17 * (65 + 38 + 12) + 9 * 38 - 45,
)
calc(
    TERMITE,
    "Inspection fee is $295 plus 18 cents a square foot for everything over 2,000 sq ft. House "
    "is 2,650 sq ft and the detached garage (480 sq ft) counts too. What do I quote?",
    295 + (2650 + 480 - 2000) * dec("0.18"),
)
calc(
    HARMONIUM,
    "repair bill: 37 reeds retuned at ₹45 each, new bellows cloth ₹1,200, two days labour at "
    "₹900 a day, then 18% GST on the lot. total?",
    (37 * 45 + 1200 + 2 * 900) * (1 + pct(18)),
)
calc(
    SITAR,
    "guruji says 150 hours of riyaz before the next level. I've done 2 h 40 min every day for "
    "45 days. how many more hours to go",
    150 - F(45 * (2 * 60 + 40), 60),
)
calc(
    MINSHUKU,
    "¥9,800 per person per night with dinner and breakfast, children under 12 pay 70% of that, "
    "and bathing tax is ¥150 per adult per night. 2 adults and 2 kids (7 and 10) for 3 nights, "
    "total in yen",
    3 * (2 * 9800 + 2 * 9800 * pct(70) + 2 * 150),
)
calc(
    ROPEBRIDGE,
    "the bridge has 6 main cables each 28 m long. every cable is 3 ropes braided together and "
    "each rope needs 1.6 times its own length of grass cord. how many metres of cord in total",
    6 * 3 * 28 * dec("1.6"),
)
calc(
    SUBMERSIBLE,
    "Descent at 0.6 m/s to 5,400 m, 3 hours on the bottom, ascent at 0.75 m/s. Total dive "
    "time in hours?",
    F(5400, dec("0.6")) / 3600 + 3 + F(5400, dec("0.75")) / 3600,
)
calc(
    SUBMERSIBLE,
    "battery pack is 120 kWh and we keep a 25% reserve. thrusters pull 8.7 kW while cruising "
    "and life support plus lights another 1.3 kW the whole time. how many hours of cruising "
    "is that",
    120 * (1 - pct(25)) / (dec("8.7") + dec("1.3")),
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

LITRE = F(1, 1000)  # m^3

# plain one-line questions
unit(P, "convert 5 ft 11 in to cm", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "I weigh 68.4 kg, how many lb is that", dec("68.4") / LB)
unit_r(P, "oven says 350 F, what's that in celsius", f_to_c(350))
unit_r(P, "48.5 miles to km", dec("48.5") * MI / 1000)
unit_r(P, "1,250 sq ft is how many square metres", 1250 * SQFT)
unit_r(P, "our field is 12.5 acres, hectares please", dec("12.5") * ACRE / 10000)
unit_r(P, "tyre placard says 36 psi, what's that in bar", 36 * PSI / BAR)
unit_r(P, "what is 65 mph in km/h", 65 * MPH / KMH)
unit_r(P, "how many ounces is 750 g", F(750, 1000) / OZ)
unit(P, "a 4.7 GiB iso is how many MiB", dec("4.7") * GIB / MIB, EXACT)
unit(P, "freezer sits at -18°C, what is that in fahrenheit", c_to_f(-18), EXACT)
unit(P, "25 knots in km per hour", 25 * KNOT / KMH, EXACT)
unit_r(P, "6 foot 2 in metres", 6 * FT + 2 * IN)
unit_r(P, "one 400 m lap of the track is how many yards", 400 / YD)

# registers
unit_r(
    SHEAR,
    "we pressed 23 bales of fleece at 185 kg a bale. the buyer quotes in pounds, so what's the "
    "total weight in lb",
    23 * 185 / LB,
)
unit_r(
    TYPE,
    "the new layout wants columns 14 picas wide, a pica being 1/6 of an inch. how wide is that "
    "in mm",
    14 * IN / 6 * 1000,
)
unit_r(
    PORTAGE,
    "the portage into the next lake is marked 186 rods on the map and a rod is 16.5 feet. how "
    "long is that in metres",
    186 * dec("16.5") * FT,
)
unit_r(
    PORTAGE,
    "canoe is 42 lb, food pack 58 lb, gear pack 47 lb. total load in kg for the carry?",
    (42 + 58 + 47) * LB,
)
unit(
    SAMPAN,
    "my engine pushes the sampan at 6.5 knots flat out, a tourist asked what that is in km/h",
    dec("6.5") * KNOT / KMH,
    EXACT,
)
unit_r(
    BIGTOP,
    "new canvas for the big top is 2,900 m², the insurance form only takes square feet. how "
    "many sq ft",
    2900 / SQFT,
)
unit_r(
    TOTEM,
    "the pole stands 36 ft. the museum wants the height in metres for the label",
    36 * FT,
)
unit_r(
    WALTZER,
    "the manufacturer says stop the ride above 38 mph wind but our anemometer reads km/h. "
    "cut-off in km/h?",
    38 * MPH / KMH,
)
unit_r(
    BACKGAMMON,
    "the olive wood boards are 50 cm long closed. customer in Ohio wants it in inches",
    F(50, 100) / IN,
)
unit(
    TORNADO,
    "the door on our shelters is tested to 250 mph winds. what's that in metres per second",
    250 * MPH,
    EXACT,
)
unit_r(
    TORNADO,
    "slab for a garage shelter is 12 ft by 9 ft and 8 inches thick. how many cubic metres of "
    "concrete",
    12 * FT * 9 * FT * 8 * IN,
)
unit_r(
    PARACHUTE,
    "reserve canopy is a 190 sq ft, the European customer wants the size in square metres",
    190 * SQFT,
)
unit(
    PARACHUTE,
    "exit altitude was 13,500 ft. in metres please",
    13500 * FT,
    EXACT,
)
unit(
    PASHMINA,
    "buyer in Texas asks for the length in inches. the shawl is 228.6 cm long",
    dec("228.6") / 100 / IN,
    EXACT,
)
unit_r(
    SHRIMP,
    "the horses work in water up to 1.2 m deep, what's that in feet",
    dec("1.2") / FT,
)
unit_r(
    SHRIMP,
    "we drag the nets at 6 km/h. in mph?",
    6 * KMH / MPH,
)
unit(
    SUYA,
    "my grill runs at 260°C and the visitor's recipe is all in Fahrenheit. what temperature is "
    "that",
    c_to_f(260),
    EXACT,
)
unit(
    WATER,
    "we serve the mineral waters at 12 °C. an american guest asked for it in fahrenheit",
    c_to_f(12),
    EXACT,
)
unit_r(
    LUAU,
    "the rocks in the imu get to about 1,100 F. what is that in celsius",
    f_to_c(1100),
)
unit_r(
    LUAU,
    "we're roasting an 85 kg pig, how many pounds is that",
    85 / LB,
)
unit_r(
    SHOESHINE,
    "customer's foot measures 28.5 cm heel to toe, how many inches is that",
    dec("28.5") / 100 / IN,
)
unit_r(
    DHOBI,
    "48 drying lines at the ghat, each 30 metres long. the hotel's american manager wants the "
    "total length of line in feet",
    48 * 30 / FT,
)
unit_r(
    SERI,
    "rearing house floor is 12 m by 7.5 m. the scheme form asks for the area in square feet",
    12 * dec("7.5") / SQFT,
)
unit_r(
    VERMI,
    "the big bin holds 100 litres. a customer wants to know how many cubic feet",
    100 * LITRE / CUFT,
)
unit(
    TERMITE,
    "crawl space clearance is 18 inches, convert to cm for the report",
    18 * IN * 100,
    EXACT,
)
unit_r(
    HARMONIUM,
    "the double-reed harmonium weighs 9.5 kg, the courier website wants pounds",
    dec("9.5") / LB,
)
unit_r(
    SITAR,
    "main playing string is 0.30 mm, my american teacher talks in thou (thousandths of an "
    "inch). how many thou is that",
    dec("0.30") / 1000 / IN * 1000,
)
unit_r(
    MINSHUKU,
    "The walk from Takijiri-oji to Chikatsuyu is about 23.3 km. An American guest asked how far "
    "that is in miles",
    dec("23.3") * 1000 / MI,
)
unit_r(
    ROPEBRIDGE,
    "the river is 60 m below the bridge deck. how far is that in feet",
    60 / FT,
)
unit_r(
    ROPEBRIDGE,
    "each main cable has to hold 1,500 kgf. what is that in kN",
    1500 * KGF / 1000,
)
unit_r(
    SUBMERSIBLE,
    "hull sees roughly 400 bar at the working depth. what's that in psi",
    400 * BAR / PSI,
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


def working_day_counting_mon_sat(start, n):
    """The n-th Monday-to-Saturday day counting start itself as the first."""
    assert start.weekday() != SUN
    d = start
    n -= 1
    while n:
        d += TD(days=1)
        if d.weekday() != SUN:
            n -= 1
    return d


def count_weekdays(a, b, wds):
    """How many days from a to b, both included, fall on one of the weekdays wds."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() in wds)


def nth_show_day(start, n, closed):
    """The n-th day from start (start counted) that is not on the closed weekday."""
    d = start
    assert d.weekday() != closed
    n -= 1
    while n:
        d += TD(days=1)
        if d.weekday() != closed:
            n -= 1
    return d


# plain one-line questions
date_item(P, "the bastille fell on 14 July 1789, which weekday was that", weekday(D(1789, 7, 14)))
date_item(
    P,
    "how many days between March 3, 2031 and November 19, 2031?",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "what date is 100 days after 28 January 2032", D(2032, 1, 28) + TD(days=100))
date_item(
    P,
    "someone born 11 August 1987, how old are they on 3 June 2034",
    age(D(1987, 8, 11), D(2034, 6, 3)),
)
date_item(P, "which day of the week is 1 january 2040", weekday(D(2040, 1, 1)))
date_item(
    P,
    "how many weekdays (mon to fri) are there from 1 September 2031 to 30 September 2031, "
    "counting both",
    count_weekdays(D(2031, 9, 1), D(2031, 9, 30), range(5)),
)
date_item(P, "what's 90 days before 15 March 2030", D(2030, 3, 15) - TD(days=90))
date_item(
    P,
    f"how many whole weeks between {sayw(D(2031, 1, 13))} and {sayw(D(2031, 7, 7))}",
    weeks(D(2031, 1, 13), D(2031, 7, 7)),
)
date_item(
    P,
    "clocked in 21:55, clocked out 06:20 the next morning. minutes worked?",
    clock_span("21:55", "06:20", 60),
)
date_item(P, "1000 days after 2030-05-04 is what date", D(2030, 5, 4) + TD(days=1000))
date_item(
    P,
    "number of days from 2 Dec 2027 to 2 Mar 2028?",
    days(D(2027, 12, 2), D(2028, 3, 2)),
)
date_item(P, "2nd tuesday of february 2034, what date", nth_weekday(2034, 2, TUE, 2))
date_item(P, "last friday of february 2034 falls on which date", nth_weekday(2034, 2, FRI, -1))
date_item(P, "ISO week number of 24 December 2030?", D(2030, 12, 24).isocalendar()[1])

# registers
_run = D(2031, 11, 3)
date_item(
    SHEAR,
    f"our run on the station starts {sayw(_run)} and it's 17 shearing days, monday to friday "
    "only, counting the first day. what date is the last day of shearing",
    working_day_counting(_run, 17),
)
_first = D(2030, 9, 5)
date_item(
    TYPE,
    f"the paper goes to press every Thursday. the new editor's first issue is {say(_first)}. "
    "what date is her 50th issue, counting that first one",
    _first + TD(weeks=49),
)
date_item(
    PORTAGE,
    "party went in on June 18, 2032 and came out on July 2, 2032. we bill by the night, how "
    "many nights is that",
    days(D(2032, 6, 18), D(2032, 7, 2)),
)
date_item(
    SAMPAN,
    "my boat licence has to be renewed every 730 days. it was last renewed 9 September 2029, "
    "what date is the next renewal",
    D(2029, 9, 9) + TD(days=730),
)
date_item(
    SAMPAN,
    "the kaito runs from 06:30 to 23:15, how many hours is that as a decimal",
    clock_span("06:30", "23:15", 3600),
)
_open = D(2031, 12, 5)
date_item(
    BIGTOP,
    f"we open in Leeds on {sayw(_open)} and do 23 shows, one a day, but never on a Monday. "
    "what's the date of the last show",
    nth_show_day(_open, 23, MON),
)
date_item(
    TOTEM,
    "started carving 9 March 2031, the pole raising is 21 September 2031. how many days is "
    "that counting both the first day and the raising day",
    days(D(2031, 3, 9), D(2031, 9, 21)) + 1,
)
date_item(
    TOTEM,
    "the cedar was felled on 17 October 2030 and I want it to season for 400 days. earliest "
    "date I can start carving?",
    D(2030, 10, 17) + TD(days=400),
)
_s, _e = D(2032, 5, 22), D(2032, 9, 12)
date_item(
    WALTZER,
    f"pier season runs {sayw(_s)} to {sayw(_e)}. how many saturdays is that, including the "
    "first one",
    count_weekdays(_s, _e, (SAT,)),
)
_t = D(2031, 1, 14)
date_item(
    BACKGAMMON,
    f"first tavli night is {sayw(_t)} and we hold one every other Tuesday after that. date "
    "of the 12th one?",
    _t + TD(days=14 * 11),
)
date_item(
    BACKGAMMON,
    "what weekday is 25 March 2030? the café will be packed for the parade",
    weekday(D(2030, 3, 25)),
)
date_item(
    TORNADO,
    "shelter was installed April 27, 2031 and needs an inspection every 540 days. what's the "
    "date of the second inspection",
    D(2031, 4, 27) + TD(days=2 * 540),
)
date_item(
    PARACHUTE,
    "reserve was packed on 14 November 2031 and the cycle is 180 days. what date is 180 days "
    "after the pack date",
    D(2031, 11, 14) + TD(days=180),
)
_loom = D(2031, 8, 11)
date_item(
    PASHMINA,
    f"weaving starts {sayw(_loom)}. I weave monday to saturday, never sunday, and this shawl "
    "takes 26 working days counting the first. which date do I finish",
    working_day_counting_mon_sat(_loom, 26),
)
date_item(
    PASHMINA,
    "parcel left Srinagar on 19 November 2031 and reached Toronto on 11 December 2031. how "
    "many days in transit",
    days(D(2031, 11, 19), D(2031, 12, 11)),
)
date_item(
    SHRIMP,
    "the season for tourists watching us runs 1 July 2032 to 15 September 2032. how many days "
    "is that with both ends counted",
    days(D(2032, 7, 1), D(2032, 9, 15)) + 1,
)
date_item(
    SUYA,
    "opened my spot on 3 February 2028. by 1 March 2028 how many days had it been, not "
    "counting the opening day",
    days(D(2028, 2, 3), D(2028, 3, 1)),
)
date_item(
    WATER,
    "a bottle opened at 19:20 on 30 June 2031 is good for 60 hours. on what date does it "
    "have to be poured out",
    (DT(2031, 6, 30, 19, 20) + TD(hours=60)).date(),
)
date_item(
    LUAU,
    "I fly LAX to Lihue on 3 March 2032, leaving 08:15 Los Angeles time and landing 11:05 "
    "Hawaii time. How many minutes in the air?",
    utc_minutes("2032-03-03T08:15", "America/Los_Angeles", "2032-03-03T11:05", "Pacific/Honolulu"),
)
date_item(
    SHOESHINE,
    "one of my regulars gets a shine every weekday in March 2032 except fridays. how many "
    "shines is that",
    count_weekdays(D(2032, 3, 1), D(2032, 3, 31), (MON, TUE, WED, THU)),
)
date_item(
    DHOBI,
    "hospital laundry contract runs 1 June 2031 to 31 May 2032 inclusive and they pay per "
    "day. how many days do I bill",
    days(D(2031, 6, 1), D(2032, 5, 31)) + 1,
)
date_item(
    SERI,
    "worms hatched on 14 August 2031. the batch is harvested 29 days after hatching. what date",
    D(2031, 8, 14) + TD(days=29),
)
date_item(
    SERI,
    "field visits are on the 2nd Wednesday of each month. what date is the one in October 2031",
    nth_weekday(2031, 10, WED, 2),
)
date_item(
    VERMI,
    "set up a new worm bin on 5 May 2031. the worms roughly double every 90 days, when is "
    "270 days after setup",
    D(2031, 5, 5) + TD(days=270),
)
date_item(
    TERMITE,
    "treatment warranty ends 1,095 days after the treatment date of 23 January 2032. what "
    "date does it end",
    D(2032, 1, 23) + TD(days=1095),
)
date_item(
    HARMONIUM,
    "a customer's harmonium has a maker's stamp dated 6 April 1931. how old is it in whole "
    "years on 10 January 2032",
    age(D(1931, 4, 6), D(2032, 1, 10)),
)
date_item(
    SITAR,
    "first sitar lesson was 2 October 2029 and i have one every 10 days. date of my 25th lesson?",
    D(2029, 10, 2) + TD(days=10 * 24),
)
_arr = D(2031, 10, 30)
date_item(
    MINSHUKU,
    f"guests arrive {sayw(_arr)} and stay 4 nights. check-out date?",
    _arr + TD(days=4),
)
date_item(
    MINSHUKU,
    "our german guests fly Frankfurt 13:40 on 24 March 2032 and land in Osaka at 09:05 local "
    "time on 25 March 2032. how long is the flight in minutes",
    utc_minutes("2032-03-24T13:40", "Europe/Berlin", "2032-03-25T09:05", "Asia/Tokyo"),
)
date_item(
    ROPEBRIDGE,
    "the community starts rebuilding the bridge on the second Sunday of June. in 2032 what "
    "date is that",
    nth_weekday(2032, 6, SUN, 2),
)
date_item(
    SUBMERSIBLE,
    "dive began 22:35 on 14 May 2031 and we surfaced at 09:50 the following morning. how many "
    "hours was the dive",
    clock_span("22:35", "09:50", 3600),
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
            (U, "for this puzzle, a ★ b means a squared minus b, and a ◆ b means a + b + a*b"),
            (A, "Got it: a ★ b = a² − b and a ◆ b = a + b + ab. Go ahead."),
            (U, "so what's (3 ★ 4) ◆ 2"),
        ],
        "the operators are defined earlier in the conversation, not by ordinary arithmetic",
    ),
    (
        "conv-base-seven",
        [
            (
                U,
                "I'm practising base 7 arithmetic for a maths club, every number I give is base 7",
            ),
            (A, "Understood, I'll read and answer everything in base 7."),
            (U, "what's 46 + 35"),
        ],
        "the numbers are in base 7 by an earlier agreement; a decimal sum would be wrong",
    ),
    (
        "conv-modulus-clock",
        [
            (S, "You are a tutor for modular arithmetic. Work modulo 11 unless told otherwise."),
            (U, "ok next one"),
            (A, "Sure, send it."),
            (U, "8 times 9 plus 5"),
        ],
        "the system turn fixes arithmetic modulo 11",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "in my novel the year has 8 months of 45 days: Thaw, Sowing, Bloom, Highsun, "
                    "Reaping, Ember, Frost, Longnight"
                ),
            ),
            (A, "Nice structure: a 360-day year of eight 45-day months."),
            (U, "how many days from 12 Bloom to 30 Ember"),
        ],
        "a fictional calendar told earlier; the real calendar cannot answer",
    ),
    (
        "conv-fictional-currency",
        [
            (U, "for my tabletop game: 1 crown = 12 marks, 1 mark = 8 pennies"),
            (A, "Noted: crowns, marks (12 per crown) and pennies (8 per mark)."),
            (
                U,
                "sword costs 2 crowns 5 marks, I have 30 marks 40 pennies. how short am I",
            ),
        ],
        "invented currency with rates defined earlier",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "worldbuilding: my dwarves measure in hands and spans, 1 span = 9 hands"),
            (A, "Okay, span = 9 hands. Want any other units?"),
            (U, "how many hands is 4 spans and 5 hands"),
        ],
        "a made-up unit defined earlier in the chat",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "python quiz for the new starters, tell me exactly what the REPL shows for each"),
            (A, "Sure, paste them."),
            (U, "print(-23 // 4, -23 % 4)"),
        ],
        "Python floor division and modulo semantics, not plain division",
    ),
    (
        "conv-javascript-coercion",
        [
            (U, "we're doing JS quirks for a quiz night"),
            (A, "Fun! Fire away."),
            (U, "'5' - 2 + '2'"),
        ],
        "JavaScript type coercion; the result is a string, not arithmetic",
    ),
    (
        "conv-c-integer-division",
        [
            (U, "all these are C expressions with int variables, int a = 7, b = 2"),
            (A, "OK, integer arithmetic with a = 7 and b = 2."),
            (U, "a / b * b + a % b"),
        ],
        "C integer semantics with variables set earlier",
    ),
    (
        "conv-sql-null",
        [
            (U, "postgres question. the column discount is NULL for this row"),
            (A, "Alright, discount is NULL on that row."),
            (U, "so what does price - discount give me when price is 40"),
        ],
        "SQL NULL propagation, explained by the model",
    ),
    (
        "conv-excel-rounding",
        [
            (U, "I'm in Excel and comparing to what python does"),
            (A, "Okay, I can walk through both."),
            (U, "what does =ROUND(2.5,0) give and is it the same as round(2.5)"),
        ],
        "software-specific rounding behaviour needs an explanation",
    ),
    (
        "conv-rent-split",
        [
            (
                U,
                (
                    "me and Jo agreed: rent split 60/40 by income, I'm the 60, but bills split "
                    "evenly, and I already paid the internet"
                ),
            ),
            (A, "Got it: rent 60/40 with you on 60%, bills 50/50, and internet paid by you."),
            (U, "rent is £1,240, bills £180 including £35 internet. what does Jo owe me"),
        ],
        "the split and who paid what were told earlier",
    ),
    (
        "conv-mileage-bands",
        [
            (
                U,
                (
                    "my employer pays mileage at 52p a mile for the first 8,000 miles in a tax "
                    "year and 21p after that"
                ),
            ),
            (A, "Thanks, two bands: 52p up to 8,000 and 21p above."),
            (U, "I've done 9,350 this tax year, what should the claim be"),
        ],
        "the employer's banded rates come from an earlier turn",
    ),
    (
        "conv-earlier-list",
        [
            (U, "list the prices of the four hotels we looked at"),
            (
                A,
                "Harbour View £142, Old Mill £118, Station Inn £96, The Grange £165 per night.",
            ),
            (U, "add the second and the fourth for two nights each"),
        ],
        "refers to items from the assistant's earlier answer",
    ),
    (
        "conv-book-facts",
        [
            (U, "we were talking about Middlemarch earlier"),
            (A, "Yes, George Eliot's novel, published in instalments in the early 1870s."),
            (U, "how many years after it came out did she die"),
        ],
        "needs literary facts the model holds",
    ),
    (
        "conv-translate-numbers",
        [
            (U, "translate whatever I send into German, don't answer it"),
            (A, "Okay, I'll only translate."),
            (U, "twenty-five plus seventeen is forty-two"),
        ],
        "a translation request; computing would be wrong",
    ),
    (
        "conv-hints-only",
        [
            (S, "You help a 7-year-old with homework. Never give the answer, only a hint."),
            (U, "what is 8 times 7"),
        ],
        "the system turn forbids giving the answer",
    ),
    (
        "conv-formal-rewrite",
        [
            (U, "rewrite my sentences so they sound more formal for a report"),
            (A, "Happy to. Send them over."),
            (U, "we spent 4k over budget which is like 12% more than planned"),
        ],
        "a rewriting request that happens to contain numbers",
    ),
    (
        "conv-music-intervals",
        [
            (U, "music theory: I get confused adding intervals"),
            (A, "Intervals overlap by one note, so they don't add like ordinary numbers."),
            (U, "so a third plus a fifth is what"),
        ],
        "interval arithmetic (a third plus a fifth is a seventh), not 8",
    ),
    (
        "conv-hexadecimal",
        [
            (U, "from here on all my numbers are hex, reply in hex"),
            (A, "Okay, hexadecimal in and out."),
            (U, "7F + 2C"),
        ],
        "hexadecimal by earlier agreement",
    ),
    (
        "conv-caesar-cipher",
        [
            (U, "we're doing a Caesar shift of 3 for the escape-game clues"),
            (A, "Got it, each letter moves three places."),
            (U, "decode qlqhwb wkuhh"),
        ],
        "a cipher set up earlier; nothing to compute",
    ),
    (
        "conv-planet-day",
        [
            (U, "on my sci-fi planet a day is 30 hours and a week is 6 days"),
            (A, "Nice: 30-hour days, 6-day weeks."),
            (U, "how many hours in 3 weeks there"),
        ],
        "fictional day and week lengths told earlier",
    ),
    (
        "conv-shift-rota",
        [
            (
                U,
                (
                    "my rota is 4 days on, 4 off, and my first day on in the cycle was the 2nd of "
                    "the month"
                ),
            ),
            (A, "So days 2-5 on, 6-9 off, 10-13 on, and so on."),
            (U, "am I working on the 23rd"),
        ],
        "depends on a personal rota and an unstated month told earlier",
    ),
    (
        "conv-recipe-scale",
        [
            (U, "here's my gran's scone recipe: 450 g flour, 100 g butter, 2 eggs, 250 ml milk"),
            (A, "Lovely. That makes about 12 scones."),
            (U, "scale it for 30 scones"),
        ],
        "the recipe quantities are in an earlier turn",
    ),
    (
        "conv-darts-checkout",
        [
            (U, "playing 501, double out"),
            (A, "Classic. What are you on?"),
            (U, "I'm on 97, what should I throw"),
        ],
        "darts checkout strategy, not arithmetic",
    ),
    (
        "conv-bowling-score",
        [
            (U, "ten pin: frame 1 I got 7 and 3, frame 2 a strike, frame 3 was 4 and 2"),
            (A, "A spare, a strike, then an open frame."),
            (U, "what's my running score after frame 3"),
        ],
        "bowling scoring rules applied to frames told earlier",
    ),
    (
        "conv-stableford",
        [
            (U, "we play stableford with full handicap, I get a shot on holes with SI 1 to 14"),
            (A, "So you get one stroke on those holes."),
            (U, "par 4, SI 6, I took 5. how many points"),
        ],
        "golf scoring rules and a handicap set earlier",
    ),
    (
        "conv-elo-k-factor",
        [
            (U, "our chess club uses Elo with K = 24"),
            (A, "Okay, K-factor 24."),
            (U, "I'm 1650 and beat someone at 1800, what do I gain roughly"),
        ],
        "the club's rating rule and an expected-score estimate need the model",
    ),
    (
        "conv-poker-outs",
        [
            (U, "holding two hearts, the flop has two more hearts, one card to come on the river"),
            (A, "So you're drawing to a flush."),
            (U, "what are my odds"),
        ],
        "poker reasoning depends on the hand described earlier",
    ),
    (
        "conv-dnd-encumbrance",
        [
            (U, "house rule in our campaign: you can carry 15 times your Strength in pounds"),
            (A, "Noted, carrying capacity = 15 × STR."),
            (U, "my ranger has 13 strength, can she carry the 180 lb of loot"),
        ],
        "a house rule from earlier and a judgement",
    ),
    (
        "conv-french-republican",
        [
            (U, "I'm reading about the French revolutionary calendar"),
            (A, "It renamed the months and split each into three ten-day décades."),
            (U, "what would 1 Vendémiaire of year 240 be in our calendar"),
        ],
        "conversion from a historical calendar needs the model",
    ),
    (
        "conv-knitting-pattern",
        [
            (U, "I cast on 96 stitches and the pattern says decrease 6 stitches every 4th round"),
            (A, "Okay, you'll lose 6 stitches on rounds 4, 8, 12..."),
            (U, "so how many on the needles after round 18"),
        ],
        "the pattern and starting count are in earlier turns",
    ),
    (
        "conv-ships-bells",
        [
            (U, "explain ships' bells, we're doing a maritime museum tour"),
            (A, "Bells mark half hours within each four-hour watch, one to eight."),
            (U, "what time is 5 bells in the afternoon watch"),
        ],
        "needs the watch system the model explains",
    ),
    (
        "conv-the-flight-mentioned",
        [
            (U, "my sister's flight is the one I mentioned, lands at 14:20"),
            (A, "Okay, 14:20 arrival."),
            (U, "how long have I got to get there"),
        ],
        "depends on the user's current time and journey, unknown to a tool",
    ),
    (
        "conv-percentage-points",
        [
            (U, "the poll had the party on 32% last month and 36% now"),
            (A, "That's a rise in their share."),
            (U, "is that a 4% rise or a 12.5% rise, which should I write in the article"),
        ],
        "asks for an explanation of percentage points versus percent, not a sum",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone-number",
        "got a missed call from 0113 496 0582, where in the UK is that",
        "a phone number",
    ),
    ("near-isbn", "what book has ISBN 978-0-14-044913-6", "an identifier lookup"),
    ("near-version", "what changed between node 18.17 and 18.19", "software versions"),
    ("near-score", "arsenal beat spurs 3-1 in that game, who scored", "a match score"),
    ("near-blood-pressure", "is 128 over 84 a good blood pressure at 52", "medical judgement"),
    ("near-bearing", "what's a 6205-2RS bearing used for", "a part number"),
    ("near-aspect-ratio", "what does 21:9 mean on a monitor", "explanation of a ratio"),
    ("near-mortgage-rate", "is 5.4% a decent fixed rate for a mortgage", "opinion about a rate"),
    ("near-float", "why doesn't 0.1 + 0.2 equal 0.3 in most programming languages", "explanation"),
    ("near-eiffel-height", "how tall is the eiffel tower in feet", "needs a fact"),
    ("near-history-date", "what happened on 9 November 1989", "a historical fact"),
    ("near-zip-code", "which neighbourhood is zip code 60614", "an identifier"),
    ("near-flight-number", "which terminal does BA117 go from at heathrow", "needs facts"),
    ("near-gpu", "is an RTX 4070 better than a 3080 for 1440p gaming", "product comparison"),
    (
        "near-song",
        "was the english version of 99 luftballons as big a hit as the german one",
        "a song title",
    ),
    ("near-address", "who lived at 221B Baker Street", "fiction, not a number"),
    ("near-banana-energy", "how much energy is in a medium banana", "nutrition fact"),
    ("near-asia-share", "what share of the world's people live in asia", "needs population facts"),
    (
        "near-road-distance",
        "driving bristol to inverness, how far is it and where should we stop",
        "needs geography",
    ),
    ("near-divide-zero", "explain why you can't divide by zero", "an explanation"),
    ("near-proof", "can you show me why there are infinitely many primes, simply", "a proof"),
    ("near-sample-size", "is a sample of 30 people enough for a survey", "statistics judgement"),
    ("near-pi-day", "why is 14 March called pi day", "explanation about a date"),
    ("near-catch-22", "what is catch-22 actually about", "a book title"),
    ("near-route-66", "best stops along route 66", "a road name"),
    ("near-http-404", "what does a 404 error mean", "a status code"),
    ("near-401k", "should I put more into my 401k or pay off my car loan", "financial advice"),
    ("near-formation", "4-4-2 or 4-3-3 for an under 11s team", "football tactics"),
    ("near-vision", "is 20/40 vision bad", "medical explanation"),
    ("near-pareto", "where does the 80/20 rule come from", "explanation"),
    ("near-10-k", "what's in a company's 10-K filing", "finance explanation"),
    ("near-wd-40", "what is WD-40 actually made of", "a product name"),
    ("near-ten-four", "why do truckers say 10-4", "radio slang"),
    (
        "near-backup-rule",
        "does the 3-2-1 backup rule still make sense if everything is in the cloud",
        "an IT rule of thumb",
    ),
    (
        "near-fermi",
        "ballpark how many golf balls would fill a double decker bus",
        "a Fermi estimate",
    ),
    ("near-tv-size", "55 or 65 inch tv if the sofa is about 3 m away", "buying advice"),
    ("near-pinch", "how much is a pinch of salt in grams roughly", "a vague kitchen measure"),
    (
        "near-mozart-age",
        "how old was schubert when he wrote the unfinished symphony",
        "a biographical fact",
    ),
    ("near-jfk-weekday", "what day of the week was JFK shot", "needs the historical date"),
    ("near-lottery", "are 1 2 3 4 5 6 as likely to come up as any other numbers", "explanation"),
    ("near-bpm", "what bpm is a typical house track", "music knowledge"),
    ("near-snooker", "how do you make a 147 in snooker", "sport rules"),
    ("near-coordinates", "what's at 51.5007, -0.1246", "coordinates lookup"),
    (
        "near-caffeine",
        "is there more caffeine in a flat white or a can of red bull",
        "nutrition fact",
    ),
    ("near-sun-light", "how long does sunlight take to reach mars", "needs astronomy facts"),
    ("near-shoe-size", "what's a UK 9 in EU shoe sizes", "brand sizing charts vary"),
    ("near-bible", "what is psalm 23:4 about and who wrote it", "a verse reference"),
    ("near-degree-class", "is 68% a 2:1 at a UK university", "grading conventions"),
    ("near-bitcoin", "why is the bitcoin supply capped at 21 million", "explanation"),
    ("near-resolution", "is 1440p worth it over 1080p on a 24 inch screen", "opinion"),
    ("near-phone-age", "is 11 too young for a smartphone", "parenting opinion"),
    ("near-french-number", "how do you say 1999 in french", "a translation"),
    ("near-cheque-words", "how do I write £2,450.75 in words on a cheque", "writing, not maths"),
    ("near-look-and-say", "what comes next: 1, 11, 21, 1211, 111221", "a puzzle sequence"),
    ("near-ip-address", "why is 192.168.1.1 the address of my router", "networking explanation"),
    ("near-hex-colour", "what colour is #2E8B57", "a colour code"),
    ("near-tyre-code", "what does 205/55 R16 91V mean on a tyre", "a tyre code"),
    ("near-bus-route", "does the number 73 bus go down oxford street", "needs local facts"),
    ("near-ibuprofen", "can I take 400mg ibuprofen with paracetamol", "medical advice"),
    ("near-pe-ratio", "is a P/E of 35 too high for a tech stock", "investment opinion"),
    ("near-risk-reward", "is 1:2 risk reward good enough for swing trading", "trading opinion"),
    ("near-speed-limit", "what's the speed limit for a van on a UK dual carriageway", "a rule"),
    ("near-passport-date", "my passport says 12/05/2030, is that May or December", "conventions"),
    ("near-half-nine", "does halb neun in german mean 9:30 like half nine in english", "language"),
    ("near-universe-age", "how do we know the universe is 13.8 billion years old", "science"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short toast for my brother's wedding, he's a firefighter and loves bad puns",
        (
            "can you make this email sound less passive aggressive: per my last message, the "
            "quarterly stock count sheet is still missing"
        ),
        "give me an opening line for a ghost story set in a disused lido",
        "help me write a cover letter for a junior gardener job at a botanic garden",
        "rewrite this for a 10 year old: tectonic plates move because of convection in the mantle",
        "write a haiku about waiting for a night bus in sleet",
        "draft a polite note asking my neighbour to stop his leylandii blocking our kitchen light",
        "summarise the plot of wide sargasso sea in a paragraph, no spoilers past the middle",
        "I need a catchy name for a mobile dog grooming van that only does sighthounds",
        "write a limerick about a tortoise who escapes every summer",
    ],
    "coding": [
        (
            "how do I turn a Vec<String> into a comma separated String in rust without a "
            "trailing comma"
        ),
        "why does my asyncio program hang when I call input() inside a coroutine",
        "why is my react component rendering twice in development",
        "explain git rebase vs merge to someone who has only ever used the github website",
        "bash: find every .log file over a week old under /var/app and gzip them",
        "how do I read a csv with pandas and skip bad lines",
        "what does 'borrowed value does not live long enough' mean",
        "best way to structure a flask app with blueprints",
        "css grid: how do I make the last row items stretch to fill the space",
        "show me a closure in javascript that counts how many times a button was clicked",
    ],
    "cooking": [
        "my rye loaf came out gummy in the middle even though the crust was dark, what went wrong",
        "what can I make with leftover rice and a couple of eggs",
        "how do I stop pasta sticking together",
        "I left cooked lentils out overnight on the hob, are they still okay",
        "what's a good vegetarian substitute for fish sauce",
        "how do you get crispy roast potatoes",
        "why does my custard go lumpy",
        "ideas for a picnic that travels well",
        "my carbon steel wok has gone patchy and rusty, how do I rescue it",
        "what would go with a wild garlic and pea risotto, wine wise",
    ],
    "travel": [
        "what should I pack for a week of hiking in the scottish highlands in autumn",
        "braga or coimbra for a quiet weekend in northern portugal",
        "tips for beating jet lag flying east",
        "what are some quiet beaches in crete",
        "do I need a visa to visit japan as a british citizen",
        "getting from salerno to ravello by public transport, is it doable with a pushchair",
        "what's worth seeing in ljubljana in a day",
        "is it rude to tip in south korea",
        "best way to see the northern lights in norway",
        "what should I know before driving in iceland",
    ],
    "health": [
        "how can I get better sleep when I work night shifts",
        "what stretches help with lower back pain from sitting",
        "felt faint and shaky an hour after donating plasma, is that usual",
        "how do I start running if I'm really unfit",
        "I dread sunday evenings and feel flat at work, could this be burnout or just a rut",
        "does cracking your knuckles cause arthritis",
        "how can I stop grinding my teeth at night",
        "why do I get a headache after drinking red wine",
        "tips to drink more water during the day",
        "what's the difference between a cold and the flu",
    ],
    "advice": [
        "how do I tell my flatmate his drum practice at midnight is a problem without a row",
        "my best mate didn't come to my graduation and hasn't said why, do I bring it up",
        "how do I ask my boss for a raise",
        "tips for making friends after moving to a new city",
        "how do I politely decline a wedding invitation from a cousin I barely know",
        "how can I be less nervous before presentations",
        "should I learn spanish or italian first",
        "my manager keeps presenting my analysis as hers in leadership meetings, what do I do",
        "what's a good way to start journaling",
        "how do I say no to extra work without sounding lazy",
    ],
    "knowledge": [
        "why do sunsets look redder after a volcanic eruption",
        "how do mrna vaccines differ from the older kind",
        "was the western roman empire's fall mainly economic or military",
        "how do swarming honeybees pick a new home",
        "why do some cats knead blankets",
        "why can a cold winter happen even with global warming",
        "why do so few backbench bills in westminster ever become law",
        "what did gutenberg's press change for ordinary people",
        "why do we have leap seconds",
        "how do octopuses change colour",
    ],
    "creative": [
        "give me five ideas for a fantasy villain who isn't evil",
        "invent a board game that can be played with a deck of cards and some coins",
        "describe a market on a floating city",
        "come up with a riddle whose answer is 'a shadow'",
        "suggest a theme for a 40th birthday party that isn't cheesy",
        "write the first paragraph of a detective story set on a ferry",
        "give me a name and backstory for a tavern keeper in a D&D game",
        "my year 5 class needs a science fair project about moss, any ideas",
        "invent a cocktail inspired by autumn",
        "a short bedtime story about a hedgehog who is afraid of the dark",
    ],
    "language": [
        "is it 'compared to' or 'compared with' in a formal report",
        "is it 'fewer' or 'less' for people",
        "what does 'sonder' mean",
        "how would I ask 'is this seat taken' in polish on a train",
        "why does spanish use the subjunctive after 'ojalá'",
        "what's the origin of the phrase 'bite the bullet'",
        "is 'alright' acceptable in a university essay or should it be 'all right'",
        "how do locals pronounce 'loughborough'",
        "what's a good synonym for 'important' in an essay",
        "explain the difference between 'ser' and 'estar'",
    ],
    "home": [
        "how do I get mould off a bathroom ceiling",
        "why is my radiator cold at the top",
        "best plants for a shady north-facing garden",
        "how do I stop condensation on my windows in winter",
        "what's the easiest way to unblock a sink without chemicals",
        "spilled turmeric curry on a cream wool rug, how do I get it out",
        "should I paint or wallpaper a small hallway",
        "how do I keep slugs off my hostas",
        "why does my washing machine smell",
        "tips for decluttering a kid's bedroom",
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
    # no register (family name) of this set is a family name of sets 19 to 170
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 170: {reused}"
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
