"""Generate heldout-2027-05-27.jsonl: a hundred-and-seventy-fifth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_175.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-174, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (terminating, at most 3 decimals; whole items
rounded up with whole_up or down with math.floor, as each question says), unit values from the
exact definitions above (inch, pound, knot, g0; fathom = 6 ft, lbf = lb x g0; EXACT only for
terminating answers, unit_r otherwise), and dates with datetime and zoneinfo (days, weeks, ages,
nth weekdays, Monday-to-Friday working days, clock spans across midnight, flights and zone
offsets via UTC, so clock changes crossed are included). Weekdays written next to dates are
generated with sayw(), never typed.

Provenance
----------
Read: this file, grading.py and earlier_registers.txt, with cat in a shell (the register list
printed with its middle truncated by the tool), plus grep of earlier_registers.txt for candidate
words while choosing the 25 register names. Nothing under /work/main, /work/shared or
/work/.library was opened.
Wrote: the four sections by hand in an editor: register constants, then calculator, units and
datetime items with every expected value computed from the story's numbers, then the
conversations, near-negatives and ordinary negatives with notes. Items reported as repeating an
earlier set (by id only) were reworded without looking at the earlier text.
Checked: ran the generator repeatedly (also with --show, printing only this set's ids and
expected values) until it passed; ruff check (its --fix --unsafe-fixes only wrapped implicit
string concatenations in parentheses) and ruff format with /work/main/pyproject.toml; a
character count of line lengths (at most 99); then the generator again.
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
OUT = HERE / "heldout-2027-05-27.jsonl"
PREFIX = "ho175-"
# earlier generators: sets 1-174 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 175))
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


KRILL = "krill_trawler_factory_hand_in_the_southern_ocean"
QURBANI = "qurbani_share_organiser_at_a_mosque"
LEOPARD = "snow_leopard_researcher_in_the_altai"
TUNA = "tuna_auction_buyer_at_toyosu"
GUANO = "seabird_guano_harvester_in_peru"
CELLAR = "pub_stocktaker_counting_the_cellar"
MONSOON = "monsoon_flood_relief_boat_volunteer_in_assam"
IGLOO = "igloo_building_course_leader"
MUERTO = "pan_de_muerto_baker_in_oaxaca"
THROAT = "mongolian_throat_singer_on_a_european_tour"
NURSE = "school_nurse_with_a_medicine_cabinet"
CONCIERGE = "hotel_concierge_booking_theatre_tickets"
KINSHIP = "kinship_carer_grandparent_raising_twins"
SPEECH = "political_speechwriter_timing_a_conference_speech"
QUAKE = "earthquake_retrofit_engineer_in_wellington"
TODDY = "toddy_tapper_in_a_kerala_palm_grove"
KIDDUSH = "synagogue_kiddush_rota_volunteer"
CASSAVA = "cassava_gari_miller_in_benin"
RUG = "persian_rug_dealer_in_isfahan"
FRANK = "frankincense_trader_in_salalah"
HOUSEBOAT = "kashmir_houseboat_host_on_dal_lake"
YAM = "new_yam_festival_caterer_in_enugu"
SKIER = "vasaloppet_skier_training_in_dalarna"
BOND = "municipal_bond_trader_on_a_new_issue"
LOBBY = "lobbyist_preparing_a_committee_briefing"

# --- plain one-liners
calc(P, "what's 7,384 × 26", 7384 * 26)
calc(P, "17.5% of £2,348.40", dec("2348.40") * pct("17.5"))
calc(P, "(48.6 - 13.95) / 0.35 = ?", (dec("48.6") - dec("13.95")) / dec("0.35"))
_ROOT = math.isqrt(19881)
assert _ROOT * _ROOT == 19881
calc(P, "square root of 19,881", _ROOT)
calc(P, "9/8 plus 3/5 in decimal form pls", F(9, 8) + F(3, 5))
calc(P, "2^17 minus 1000", 2**17 - 1000)
calc(P, "What is 63 percent of 4,250?", 4250 * pct(63))
calc(P, "€1,240 shared equally between 16 people is how much each", F(1240, 16))
calc(P, "4.75*3.2 + 18/0.24", dec("4.75") * dec("3.2") + 18 / dec("0.24"))
calc(
    P,
    "a jacket is £141.60 including 20% VAT, what was the price before VAT?",
    dec("141.60") / (1 + pct(20)),
)
calc(P, "increase 845 by 12%", 845 * (1 + pct(12)))
calc(P, "what percent of 368 is 46", F(46, 368) * 100)
calc(P, "nine hundred and twelve times forty-five", 912 * 45)
calc(P, "2.5 cubed", dec("2.5") ** 3)

# --- registers
calc(
    KRILL,
    "factory deck maths: we process 14.5 tonnes of raw krill an hour and the meal yield is 16% "
    "of raw weight. the shift is 12 hours but the line was stopped for 2 h 15 min while they "
    "cleared a blocked cooker. how many tonnes of meal did we make on the shift",
    dec("14.5") * (12 - dec("2.25")) * pct(16),
)
calc(
    KRILL,
    "share system on our boat: the trip grossed $1,280,000, the crew's cut is 38%, divided into "
    "64 shares, and a factory hand like me gets 1.25 shares. there are 71 of us aboard. what's "
    "my take in dollars",
    1280000 * pct(38) / 64 * dec("1.25"),
)
_COWS = whole_up(F(23, 7))
calc(
    QURBANI,
    "Qurbani sign-ups: a cow is 7 shares and we have 23 names down for cow shares, plus 9 "
    "families each wanting one whole sheep. Cows are £1,120 each and sheep £265. We have to buy "
    "whole cows, so any unclaimed shares in the last cow get paid from the masjid fund. What's "
    "the total we send the farm?",
    _COWS * 1120 + 9 * 265,
)
calc(
    LEOPARD,
    "camera trap logistics. 42 traps, each takes a set of 8 AA batteries, and every trap needs 4 "
    "sets over the season in total. add 10% spares on the battery count. batteries come in packs "
    "of 24 - how many packs do I order (whole packs)",
    whole_up(42 * 8 * 4 * (1 + pct(10)) / 24),
)
calc(
    TUNA,
    "won the 240 kg bluefin at ¥11,800 per kilo. the market adds a 2.5% handling fee on the "
    "hammer price and then 8% consumption tax on everything. total in yen?",
    240 * 11800 * (1 + pct("2.5")) * (1 + pct(8)),
)
calc(
    GUANO,
    "our crew is 35 people, each fills on average 22 sacks a day, 50 kg a sack, over 48 working "
    "days this season. the buyer pays S/ 0.85 per kilo. what's the season's gross in soles",
    35 * 22 * 48 * 50 * dec("0.85"),
)
_GLASSES = 50000 * (1 - pct(3)) / 568
assert _GLASSES.denominator != 1
calc(
    CELLAR,
    "how many full 568 ml glasses do you get out of a 50 litre keg if you allow 3% for line "
    "cleaning and fobbing? round down",
    math.floor(_GLASSES),
)
calc(
    CELLAR,
    "gin costs us £19.60 ex VAT for a 70cl bottle, we get 28 singles out of it and sell each at "
    "£4.20 including 20% VAT. what's the gross profit as a percentage of sales ex VAT",
    (28 * dec("4.20") / (1 + pct(20)) - dec("19.60")) / (28 * dec("4.20") / (1 + pct(20))) * 100,
)
calc(
    MONSOON,
    "relief kits for Majuli: every family gets 10 kg rice, 2 kg dal and a litre of mustard oil. "
    "347 families registered at the camp. rice comes in 25 kg bags, how many bags do we need "
    "(whole bags)",
    whole_up(F(347 * 10, 25)),
)
calc(
    IGLOO,
    "igloo course numbers: 11 students working in pairs, the odd one out joins one of the pairs, "
    "and each group builds one igloo. an igloo takes about 60 blocks and I want 15% extra for "
    "breakages. how many blocks should we cut",
    (11 // 2) * 60 * (1 + pct(15)),
)
calc(
    MUERTO,
    "pan de muerto: my recipe for 12 loaves takes 1.2 kg flour, 180 g sugar and 9 eggs. I need "
    "90 loaves for the week before the altars go up. how many eggs do I buy, rounding up to "
    "whole eggs",
    whole_up(F(9 * 90, 12)),
)
calc(
    THROAT,
    "tour money: €2,400 a concert, 17 concerts, the agency takes 15% off the top and the rest is "
    "split equally between the five of us. how much does each musician get",
    2400 * 17 * (1 - pct(15)) / 5,
)
calc(
    NURSE,
    "paracetamol suspension is 120 mg per 5 ml and the dose on the care plan is 15 mg per kg. "
    "the child weighs 22 kg. how many ml do I give",
    F(15 * 22, 120) * 5,
)
calc(
    CONCIERGE,
    "Guest wants 6 stalls seats at £89.50 each. The box office adds a £3.25 booking fee per "
    "ticket and £2.50 per order, and we put our 10% service charge on the ticket prices only, "
    "not the fees. Total to charge to the room?",
    6 * dec("89.50") * (1 + pct(10)) + 6 * dec("3.25") + dec("2.50"),
)
calc(
    KINSHIP,
    "the kinship allowance is £172.40 a week per child and I've got the twins. the council pays "
    "it every fortnight, how much lands in each payment",
    dec("172.40") * 2 * 2,
)
calc(
    KINSHIP,
    "school shoes for both twins: £42 a pair, second pair half price, plus two PE kits at £18.75 "
    "each. I paid with a £100 note and a £20 note. how much change should I get",
    120 - (42 + 21 + 2 * dec("18.75")),
)
calc(
    SPEECH,
    "she speaks at about 135 words a minute. her slot is 32 minutes and I'm leaving 4 minutes "
    "for applause. how many words can the speech be at most",
    (32 - 4) * 135,
)
calc(
    QUAKE,
    "retrofit quote: 14 steel moment frames at NZ$38,500 each and 22 bolted connections at "
    "$1,275 each, then 10% contingency, then GST at 15% on top. total incl GST?",
    (14 * 38500 + 22 * 1275) * (1 + pct(10)) * (1 + pct(15)),
)
calc(
    TODDY,
    "I tap 14 palms. each gives me about 1.8 litres in the morning and 1.2 in the evening. the "
    "society pays ₹62 a litre and I tapped on 26 days in Karkidakam. how much did I earn",
    14 * (dec("1.8") + dec("1.2")) * 26 * 62,
)
calc(
    KIDDUSH,
    "kiddush budget is £4.25 a head and we're expecting 140 after the bar mitzvah. the family is "
    "covering 35% of it. how much does the shul pay",
    140 * dec("4.25") * (1 - pct(35)),
)
calc(
    CASSAVA,
    "I bought 1,850 kg of fresh cassava at 95 CFA per kilo. after peeling, grating, pressing and "
    "roasting I get 28% of the fresh weight as gari, and I sell gari at 480 CFA a kilo. what's "
    "my profit in CFA, not counting labour",
    1850 * pct(28) * 480 - 1850 * 95,
)
calc(
    RUG,
    "A 2.4 m by 1.6 m Isfahan at 500,000 knots per square metre. One weaver ties about 9,600 "
    "knots a day. How many working days to weave it?",
    dec("2.4") * dec("1.6") * 500000 / 9600,
)
calc(
    RUG,
    "asking price was $14,500, the client bargained 12% off and then paid by card with a 3% "
    "surcharge on the discounted price. what did he pay",
    14500 * (1 - pct(12)) * (1 + pct(3)),
)
calc(
    FRANK,
    "bought 380 kg of hojari at 14.5 rials a kilo. after sorting, 22% turned out lower grade "
    "which sells at 6 rials/kg, the rest I sell at 21 rials/kg. profit in rials?",
    380 * pct(22) * 6 + 380 * (1 - pct(22)) * 21 - 380 * dec("14.5"),
)
calc(
    HOUSEBOAT,
    "a family is taking 2 of my 3 rooms at ₹6,500 a night for 5 nights. I give 10% off stays "
    "over 4 nights, then GST of 12% goes on the discounted amount. what's the bill",
    2 * 6500 * 5 * (1 - pct(10)) * (1 + pct(12)),
)
calc(
    YAM,
    "pounded yam for the new yam festival: 260 guests on the list but I always plan for 10% "
    "extra. one tuber feeds 6 people and tubers are ₦3,800 each. what will the tubers cost me, "
    "buying whole tubers",
    whole_up(260 * (1 + pct(10)) / 6) * 3800,
)
calc(
    SKIER,
    "Vasaloppet is 90 km. to finish in 6 h 15 min, what average speed in km/h do I need over "
    "the whole race",
    90 / (6 + F(15, 60)),
)
calc(
    BOND,
    "new issue: $250 million par priced at 98.625 (percent of par), underwriter's spread $6.50 "
    "per $1,000 bond. net proceeds to the city in dollars?",
    250 * 10**6 * dec("98.625") / 100 - 250 * 10**6 / 1000 * dec("6.50"),
)
calc(
    BOND,
    "we hold $5,000,000 face of the 4.125% bonds, coupons paid semi-annually. how much is one "
    "coupon payment",
    5 * 10**6 * pct("4.125") / 2,
)
calc(
    LOBBY,
    "the proposed levy is 0.35% of turnover above £5 million. our client turned over £62.4 "
    "million. what would they pay in pounds",
    (dec("62.4") - 5) * 10**6 * pct("0.35"),
)
calc(
    LOBBY,
    "for the impact note: 2,340 firms affected, average compliance cost £1,850 each in the first "
    "year, then 40% less than that in the second. total cost for the first and second year "
    "combined",
    2340 * 1850 * (1 + (1 - pct(40))),
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

FATHOM = 6 * FT  # m
LBF = LB * G0  # N

# --- plain one-liners
unit_r(P, "convert 73.6 kg to lbs", dec("73.6") / LB)
unit(P, "5 foot 7 and a half inches in cm", (5 * 12 + dec("7.5")) * IN * 100, EXACT)
unit_r(P, "43.5 miles in km?", dec("43.5") * MI / 1000)
unit_r(P, "-12 °F in celsius", f_to_c(-12))
unit(P, "what's 38.6 C in fahrenheit", c_to_f(dec("38.6")), EXACT)
unit_r(P, "2.4 acres in square metres", dec("2.4") * ACRE)
unit(P, "how many MiB in 6.75 GiB", dec("6.75") * GIB / MIB, EXACT)
unit_r(P, "68 mph in km/h", 68 * MPH / KMH)
unit_r(P, "36.5 psi in kPa", dec("36.5") * PSI / 1000)
unit_r(P, "13 st 11 lb in kg", 13 * STONE + 11 * LB)
unit(P, "How many seconds are there in 4 h 38 min?", (4 * 60 + 38) * 60, EXACT)
unit(P, "15 knots to km/h", 15 * KNOT / KMH, EXACT)
unit_r(P, "650 sq ft to m²", 650 * SQFT)
unit_r(P, "how many grams is 13.5 oz of dark chocolate", dec("13.5") * OZ * 1000)

# --- registers
unit(
    KRILL,
    "bridge says we're making 11.5 knots, what's that in km/h",
    dec("11.5") * KNOT / KMH,
    EXACT,
)
unit_r(
    KRILL,
    "the net's fishing at 180 m and the old bosun only thinks in fathoms. how many fathoms?",
    180 / FATHOM,
)
unit_r(
    QURBANI,
    "the cow's hanging weight came back as 212 kg, uncle wants it in pounds",
    212 / LB,
)
unit_r(
    LEOPARD,
    "collar data says the female covered 27.4 km in one night. how far is that in miles",
    dec("27.4") * 1000 / MI,
)
unit_r(LEOPARD, "base camp is at 3,650 m. in feet?", 3650 / FT)
unit_r(TUNA, "biggest fish on the floor was 612 lb, how many kg is that", 612 * LB)
unit(
    TUNA,
    "the super-freezer holds the loins at −60 °C. the US client wants that in °F",
    c_to_f(-60),
    EXACT,
)
unit_r(
    GUANO,
    "we loaded 1,800 sacks of 50 kg onto the barge. how many pounds is that altogether",
    1800 * 50 / LB,
)
unit_r(CELLAR, "cellar thermometer reads 54 °F - what's that in celsius", f_to_c(54))
unit_r(
    MONSOON,
    "the river came up 1.35 m overnight at the ghat. how many feet is that",
    dec("1.35") / FT,
)
unit(
    IGLOO,
    "forecast for the course is -31 °C, what's that in fahrenheit for the American guests",
    c_to_f(-31),
    EXACT,
)
unit_r(
    IGLOO,
    "a snow block is 60 cm × 40 cm × 30 cm and the wind-packed snow is about 300 kg per cubic "
    "metre. what does one block weigh in pounds",
    dec("0.6") * dec("0.4") * dec("0.3") * 300 / LB,
)
unit(
    MUERTO,
    "the new oven only shows fahrenheit. the recipe wants 175 °C, what do I set it to in °F",
    c_to_f(175),
    EXACT,
)
unit_r(
    THROAT,
    "the airline limit for the morin khuur case is 158 cm length+width+height. how much is that "
    "in inches",
    dec("1.58") / IN,
)
unit(NURSE, "thermometer says 101.3 °F, what is that in celsius", f_to_c(dec("101.3")), EXACT)
unit(NURSE, "a Year 5 boy's height on the form is 4 ft 2 in. in cm?", 50 * IN * 100, EXACT)
unit_r(
    CONCIERGE, "The theatre is 0.8 miles from the hotel. How many metres is that?", dec("0.8") * MI
)
unit_r(
    KINSHIP,
    "at the clinic one twin was 3 st 9 lb and the other 3 st 12 lb. what's their combined "
    "weight in kg",
    (3 * 14 + 9 + 3 * 14 + 12) * LB,
)
unit_r(SPEECH, "the stage is 40 ft by 24 ft - how many square metres is that", 40 * 24 * SQFT)
unit_r(
    QUAKE,
    "the bracket's design load is 450 kN and the American supplier quotes in kips (1 kip = 1,000 "
    "lbf). how many kips is that",
    450 * 1000 / (1000 * LBF),
)
unit_r(QUAKE, "floor plate is 1,240 m², the US investor wants it in square feet", 1240 / SQFT)
unit_r(TODDY, "the tallest palm I climb is 72 feet. how tall is that in metres", 72 * FT)
unit_r(
    KIDDUSH,
    "the caterer sells herring by the pound and I need 6.5 kg. how many pounds do I order",
    dec("6.5") / LB,
)
unit_r(CASSAVA, "a US buyer wants 500 lb of gari. how many kg do I bag", 500 * LB)
unit_r(
    RUG,
    "the rug is 3.05 m × 2.44 m. what's the area in square feet",
    dec("3.05") * dec("2.44") / SQFT,
)
unit_r(
    FRANK,
    "the export box measures 60 × 40 × 40 cm. what's its volume in cubic feet",
    dec("0.6") * dec("0.4") * dec("0.4") / CUFT,
)
unit_r(HOUSEBOAT, "Dal Lake sits at 1,583 m. guests ask how high that is in feet", 1583 / FT)
unit_r(YAM, "my biggest pot is 60 cm across. how many inches", dec("0.6") / IN)
unit(
    SKIER,
    "my wax chart is in celsius but the weather app says 14 °F. what's that in °C",
    f_to_c(14),
    EXACT,
)
unit_r(
    BOND,
    "the bond money pays for a 7.8-mile water tunnel. how long is that in km",
    dec("7.8") * MI / 1000,
)
unit(
    LOBBY,
    "the plant produces 1,450 GWh a year. how many petajoules is that",
    1450 * F(36, 10) / 1000,
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


def working_days_before(end, n):
    """The n-th Monday-to-Friday day before end (end itself not counted)."""
    d = end
    while n:
        d -= TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def hours_ahead(zone, of_zone, on):
    """How many hours zone's clock is ahead of of_zone's clock at noon UTC on a date."""
    t = DT.combine(on, dt.time(12)).replace(tzinfo=ZoneInfo("Etc/UTC"))
    a = t.astimezone(ZoneInfo(zone)).utcoffset() - t.astimezone(ZoneInfo(of_zone)).utcoffset()
    return F(int(a.total_seconds()), 3600)


# --- plain one-liners
date_item(P, "what day of the week is 14 March 2031", weekday(D(2031, 3, 14)))
date_item(
    P, "how many days between 3 Jan 2029 and 19 Aug 2029", days(D(2029, 1, 3), D(2029, 8, 19))
)
date_item(P, "what's the date 90 days after 17 November 2030?", D(2030, 11, 17) + TD(days=90))
date_item(P, "6 weeks before 2 April 2032 is what date", D(2032, 4, 2) - TD(weeks=6))
date_item(
    P,
    "someone born on 29 February 2008, how old are they on 1 March 2033",
    age(D(2008, 2, 29), D(2033, 3, 1)),
)
date_item(P, "What weekday was June 9, 1983?", weekday(D(1983, 6, 9)))
date_item(P, "what date is US Thanksgiving in 2029", nth_weekday(2029, 11, THU, 4))
date_item(
    P,
    f"how many weeks from {sayw(D(2030, 1, 5))} to {sayw(D(2030, 3, 30))}",
    weeks(D(2030, 1, 5), D(2030, 3, 30)),
)
date_item(
    P,
    f"15 working days after {sayw(D(2031, 3, 3))} (Mon-Fri only, not counting the 3rd itself, "
    "no holidays)",
    working_day_after(D(2031, 3, 3), 15),
)
date_item(P, "minutes from 21:48 to 05:27 the next morning", clock_span("21:48", "05:27", 60))
date_item(P, "last Friday of October 2028?", nth_weekday(2028, 10, FRI, -1))
date_item(P, "how many days are in February 2100", calendar.monthrange(2100, 2)[1])
date_item(P, "ISO week number of 31 December 2029", D(2029, 12, 31).isocalendar()[1])
date_item(
    P,
    "which day of the year is 1 October 2032 (1 Jan = day 1)",
    D(2032, 10, 1).timetuple().tm_yday,
)

# --- registers
_SAIL = D(2031, 1, 12)
date_item(
    KRILL,
    f"my contract starts {sayw(_SAIL)} when we sail from Punta Arenas and runs for 87 days, "
    "counting the sailing day as day 1. what date is my last day",
    _SAIL + TD(days=86),
)
_EID = D(2031, 6, 13)
date_item(
    QURBANI,
    f"We've been told Eid al-Adha falls on {say(_EID)}. Names have to be in 18 days before "
    "Eid. What day of the week is the deadline?",
    weekday(_EID - TD(days=18)),
)
date_item(
    LEOPARD,
    "the collar battery was fitted on 18 March 2031 and is rated for 400 days. what date is 400 "
    "days after fitting",
    D(2031, 3, 18) + TD(days=400),
)
date_item(
    TUNA,
    "flight from Haneda leaves 22:05 on 3 November 2030 Tokyo time and lands at LAX 15:20 on the "
    "same date, LA time. how long is it in the air, in minutes",
    utc_minutes("2030-11-03T22:05", "Asia/Tokyo", "2030-11-03T15:20", "America/Los_Angeles"),
)
date_item(
    TUNA,
    "the first new-year auction I bid at was 5 January 2025. how many days from that to 5 "
    "January 2031",
    days(D(2025, 1, 5), D(2031, 1, 5)),
)
date_item(
    GUANO,
    f"harvest on the island opens {sayw(D(2031, 4, 7))} and has to finish by "
    f"{sayw(D(2031, 7, 19))}. how many days is that, counting both the first and the last day",
    days(D(2031, 4, 7), D(2031, 7, 19)) + 1,
)
_COUNT1 = D(2031, 1, 7)
date_item(
    CELLAR,
    f"we do the stock count every 4 weeks on a Tuesday, first count {sayw(_COUNT1)}. what's the "
    "date of the 6th count",
    _COUNT1 + TD(weeks=4 * 5),
)
date_item(
    MONSOON,
    f"the relief camp opened {sayw(D(2031, 6, 26))} and closed {sayw(D(2031, 9, 2))}. how many "
    "nights did it run",
    days(D(2031, 6, 26), D(2031, 9, 2)),
)
_COURSE = D(2032, 1, 27)
date_item(
    IGLOO,
    f"5-night course starting {sayw(_COURSE)}, they leave the morning after the fifth night. "
    "what date do they leave",
    _COURSE + TD(days=5),
)
date_item(
    MUERTO,
    "we start baking 10 days before 2 November 2031. what weekday is that",
    weekday(D(2031, 11, 2) - TD(days=10)),
)
date_item(
    MUERTO,
    "my abuela was born on 2 November 1950. how old was she on 1 November 2030",
    age(D(1950, 11, 2), D(2030, 11, 1)),
)
date_item(
    THROAT,
    "we fly out of Ulaanbaatar at 10:40 on 14 April 2031, change in Istanbul, and land in Berlin "
    "at 18:55 local time the same day. total journey time in minutes?",
    utc_minutes("2031-04-14T10:40", "Asia/Ulaanbaatar", "2031-04-14T18:55", "Europe/Berlin"),
)
date_item(
    THROAT,
    f"first concert is {sayw(D(2031, 10, 3))} in Lyon, the last one {sayw(D(2031, 12, 14))} in "
    "Tallinn. how many days from the first to the last",
    days(D(2031, 10, 3), D(2031, 12, 14)),
)
date_item(
    NURSE,
    "the inhaler was opened on 3 September 2030 and has to be thrown away 90 days after "
    "opening. what date is that",
    D(2030, 9, 3) + TD(days=90),
)
date_item(
    CONCIERGE,
    "Guest's flight leaves Sydney at 21:15 on 10 May 2031 and lands at Heathrow at 13:25 on 11 "
    "May 2031, local times. How long is the whole journey in minutes?",
    utc_minutes("2031-05-10T21:15", "Australia/Sydney", "2031-05-11T13:25", "Europe/London"),
)
date_item(
    CONCIERGE,
    "the guest wants matinee tickets for the second Saturday of March 2031 - what date is that",
    nth_weekday(2031, 3, SAT, 2),
)
date_item(
    KINSHIP,
    "the twins were born on 17 August 2019. how old will they be on 1 September 2031",
    age(D(2019, 8, 17), D(2031, 9, 1)),
)
date_item(
    KINSHIP,
    "one twin was born at 23:52 and her brother at 00:07 just after midnight. how many minutes "
    "apart are they",
    clock_span("23:52", "00:07", 60),
)
date_item(
    SPEECH,
    "she's speaking from Washington DC to a Brussels audience on 30 October 2030. how many hours "
    "ahead of Washington is Brussels on that date",
    hours_ahead("Europe/Brussels", "America/New_York", D(2030, 10, 30)),
)
_SPEECH_DAY = D(2031, 10, 1)
date_item(
    SPEECH,
    f"the conference speech is on {sayw(_SPEECH_DAY)} and the final draft has to be with her 9 "
    "working days before that (Monday to Friday). what date is the draft due",
    working_days_before(_SPEECH_DAY, 9),
)
_LODGED = D(2031, 6, 2)
date_item(
    QUAKE,
    f"we lodged the consent application on {sayw(_LODGED)}. the council has 20 working days to "
    "decide, not counting the lodgement day, Monday to Friday only, ignore public holidays. "
    "what's the last day they have",
    working_day_after(_LODGED, 20),
)
date_item(
    TODDY,
    "I climb for the morning tap at 05:50 and for the evening tap at 17:35. how many minutes "
    "between the two",
    clock_span("05:50", "17:35", 60),
)
_SHABBAT1 = D(2031, 1, 4)
date_item(
    KIDDUSH,
    f"I'm on the kiddush rota every third Shabbat, first one {sayw(_SHABBAT1)}. what date is my "
    "8th turn",
    _SHABBAT1 + TD(weeks=3 * 7),
)
_MARKET = D(2031, 3, 5)
date_item(
    CASSAVA,
    f"the big market is every 5 days. if there's one on {sayw(_MARKET)}, what day of the week "
    "is the 9th market after that one",
    weekday(_MARKET + TD(days=5 * 9)),
)
_SHIPPED = D(2031, 2, 8)
date_item(
    RUG,
    f"the rug left Isfahan on {sayw(_SHIPPED)} and the freight takes 47 days to reach Hamburg. "
    "what weekday does it arrive",
    weekday(_SHIPPED + TD(days=47)),
)
date_item(
    FRANK,
    "the khareef tourist season here runs from 21 June to 21 September 2031. how many days is "
    "that, including both dates",
    days(D(2031, 6, 21), D(2031, 9, 21)) + 1,
)
date_item(
    HOUSEBOAT,
    f"guests arrive {sayw(D(2031, 8, 29))} and leave {sayw(D(2031, 9, 3))}. how many nights",
    days(D(2031, 8, 29), D(2031, 9, 3)),
)
_FESTIVAL = D(2031, 8, 16)
date_item(
    YAM,
    f"the festival is on {sayw(_FESTIVAL)} and the deposit is due 3 weeks before. what date is "
    "that",
    _FESTIVAL - TD(weeks=3),
)
date_item(
    SKIER,
    "race day is the first Sunday of March 2032 and my plan starts exactly 16 weeks before race "
    "day. what date does the plan start",
    nth_weekday(2032, 3, SUN, 1) - TD(weeks=16),
)
_TRADE = D(2031, 12, 18)
date_item(
    BOND,
    f"trade date {sayw(_TRADE)}, settlement is 2 business days later (Mon-Fri). what's the "
    "settlement date",
    working_day_after(_TRADE, 2),
)
_OPENS = D(2031, 3, 12)
date_item(
    LOBBY,
    f"the consultation opens on {sayw(_OPENS)} and closes 12 weeks later. what date does it close",
    _OPENS + TD(weeks=12),
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
                    "For this puzzle, a ⊗ b means a squared minus b. "
                    "Keep that rule for the whole chat."
                ),
            ),
            (A, "Got it: a ⊗ b = a² − b. Send me the next one."),
            (U, "so what's 6 ⊗ 11"),
        ],
        "⊗ was defined earlier as a² − b, so the answer is 25; no standard operator applies",
    ),
    (
        "conv-octal",
        [
            (
                S,
                (
                    "You are tutoring a student in octal arithmetic. Every number the student "
                    "writes is in base 8 unless they say otherwise, and answers should be in "
                    "base 8 too."
                ),
            ),
            (U, "what is 17 + 26"),
        ],
        "base 8 per the system prompt: 17 + 26 is 45 in octal, not 43",
    ),
    (
        "conv-clock-arithmetic",
        [
            (
                U,
                (
                    "I'm teaching my son clock arithmetic on a 12-hour face, so everything wraps "
                    "round at 12."
                ),
            ),
            (A, "Nice idea. On a 12-hour clock, 12 acts like 0 and sums wrap past it."),
            (U, "ok so what's 9 + 7 on that"),
        ],
        "mod-12 clock arithmetic set up earlier gives 4, not 16",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel the Aurelian calendar has nine months of 40 days each: "
                    "Firstfrost, Kindling, Thaw and so on."
                ),
            ),
            (A, "Lovely worldbuilding. Forty-day months give a 360-day year in your setting."),
            (U, "If the siege starts on 35 Firstfrost and lasts 17 days, what date does it end?"),
        ],
        "uses the invented 40-day months from the earlier turn; no real calendar applies",
    ),
    (
        "conv-fictional-currency",
        [
            (U, "In our tabletop game 1 crown = 12 marks and 1 mark = 8 pennies."),
            (A, "Noted: crowns, marks and pennies at 1 : 12 : 96."),
            (U, "how many pennies is 3 crowns and 5 marks"),
        ],
        "made-up currency defined in the conversation",
    ),
    (
        "conv-javascript",
        [
            (U, "I've got a JS bug in a basket total, quick question."),
            (A, "Sure, what's happening?"),
            (U, "what does '7' + 4 evaluate to"),
        ],
        "JavaScript string concatenation yields '74', not 11",
    ),
    (
        "conv-split-told-earlier",
        [
            (U, "Me and Priya agreed she pays 40% of every flat bill and I cover the rest."),
            (A, "Makes sense, so you take 60% of each bill."),
            (U, "the electricity bill is £85, what do I owe"),
        ],
        "the user's share (60%) was agreed in an earlier turn",
    ),
    (
        "conv-previous-answer",
        [
            (U, "Roughly how many bones are in an adult human body?"),
            (A, "An adult human skeleton usually has 206 bones."),
            (U, "times that by 4 for my quiz sheet"),
        ],
        "refers to the model's earlier answer, a fact the calculator lacks",
    ),
    (
        "conv-30-360-daycount",
        [
            (
                S,
                (
                    "You assist a bond back office. Day counts use the 30/360 convention "
                    "unless the user says otherwise."
                ),
            ),
            (U, "days between 31 January 2031 and 1 March 2031?"),
        ],
        "30/360 convention from the system prompt gives 31, not the 29 actual days",
    ),
    (
        "conv-hex",
        [
            (U, "All the numbers I send from here on are hex, I'm reading a memory dump."),
            (A, "Understood, I'll treat them as hexadecimal."),
            (U, "3F + 1A"),
        ],
        "hexadecimal context from the earlier turn: 0x59",
    ),
    (
        "conv-spreadsheet-cells",
        [
            (U, "In my sheet A1 is 12, A2 is 30 and B1 has =A1*A2/4."),
            (A, "So B1 currently shows 90."),
            (U, "what does B1 + 10 come to"),
        ],
        "cell values were defined earlier in the conversation",
    ),
    (
        "conv-recipe-earlier",
        [
            (U, "Can you give me a simple shortbread recipe?"),
            (
                A,
                (
                    "Shortbread (makes 16 fingers): 225 g butter, 110 g caster sugar, 335 g plain "
                    "flour. Cream the butter and sugar, work in the flour, press into a tin "
                    "and bake."
                ),
            ),
            (U, "how much flour if I want to make 40"),
        ],
        "scales the assistant's own recipe from the earlier turn",
    ),
    (
        "conv-quiz-answer",
        [
            (U, "Quiz me on times tables, one question at a time, and tell me if I'm right."),
            (A, "First one: what is 13 × 17?"),
            (U, "221?"),
        ],
        "the user is answering the model's quiz and expects marking and the next question",
    ),
    (
        "conv-drop-lowest",
        [
            (
                U,
                "our teacher drops each student's lowest test mark before working out the average",
            ),
            (A, "That's a common policy; only your best marks count."),
            (U, "my marks are 62, 75, 48 and 90, what's my average"),
        ],
        "the drop-the-lowest rule from the earlier turn changes the average",
    ),
    (
        "conv-knitting-pattern",
        [
            (
                U,
                (
                    "My pattern says: cast on 96, then on each decrease round knit 6, k2tog, and "
                    "repeat to the end."
                ),
            ),
            (A, "That's a standard crown decrease, one stitch lost per repeat."),
            (U, "how many stitches are left after the first decrease round"),
        ],
        "needs the knitting pattern semantics from the earlier turn",
    ),
    (
        "conv-time-signature",
        [
            (U, "This piece is in 7/8 and our drummer counts every eighth note as a beat."),
            (A, "So each bar has seven counted beats."),
            (U, "how many beats in 24 bars"),
        ],
        "the metre and counting rule come from the earlier turn",
    ),
    (
        "conv-variable-from-fact",
        [
            (U, "Let n be the number of moons of Mars."),
            (A, "Mars has two moons, Phobos and Deimos, so n = 2."),
            (U, "what's n to the power 10"),
        ],
        "n rests on astronomy knowledge supplied by the model",
    ),
    (
        "conv-matrix",
        [
            (U, "A = [[1, 2], [3, 4]]"),
            (A, "Got it, a 2×2 matrix."),
            (U, "what's A squared"),
        ],
        "matrix product, not squaring the entries",
    ),
    (
        "conv-finite-field",
        [
            (S, "We are doing exercises in the finite field GF(7)."),
            (U, "what's 4 divided by 6 in it"),
        ],
        "division in GF(7) is multiplication by an inverse: the answer is 3",
    ),
    (
        "conv-python2",
        [
            (
                S,
                (
                    "Act as a Python 2.7 interpreter. Reply only with what the interpreter would "
                    "print."
                ),
            ),
            (U, "print 7/2"),
        ],
        "Python 2 integer division prints 3, not 3.5",
    ),
    (
        "conv-made-up-unit",
        [
            (U, "In my hiking game a 'stride' is 40 paces and a 'march' is 25 strides."),
            (A, "Noted: 1 march = 25 strides = 1,000 paces."),
            (U, "how many paces in 3 marches"),
        ],
        "game units invented in the conversation",
    ),
    (
        "conv-mars-sols",
        [
            (U, "For my Mars colony sim I'm counting everything in sols."),
            (A, "Sounds fun. A sol is a Martian solar day."),
            (U, "how many sols is 1000 days"),
        ],
        "needs the length of a sol, which the model knows and the tools do not",
    ),
    (
        "conv-shift-rota",
        [
            (U, f"I work 4 days on, 3 off, starting {sayw(D(2031, 6, 2))}."),
            (A, "So your pattern repeats every week: four working days, then three off."),
            (U, "am I working on the 20th?"),
        ],
        "depends on the rota and month given earlier",
    ),
    (
        "conv-darts",
        [
            (U, "Playing 501 darts. My visits so far: 180, 140, 100."),
            (A, "Great start, that's 420 scored."),
            (U, "what do I need now and what's the best checkout"),
        ],
        "needs the running score and darts checkout knowledge",
    ),
    (
        "conv-club-discount",
        [
            (
                U,
                (
                    "At our club members get 15% off kit and juniors then get a further £2 off "
                    "after that."
                ),
            ),
            (A, "Got it: 15% first, then £2 off for juniors."),
            (U, "so what does a junior member pay for the £40 hoodie"),
        ],
        "discount rule was stated in an earlier turn",
    ),
    (
        "conv-binary",
        [
            (U, "Our Year 8 homework this week is all binary sums."),
            (A, "Great, binary only uses the digits 0 and 1."),
            (U, "1101 + 111 = ?"),
        ],
        "binary context: 10100, not 1212",
    ),
    (
        "conv-timezone-home",
        [
            (U, "I live in Perth, Western Australia, and my sister lives in Leeds."),
            (A, "That's a big time difference to juggle."),
            (U, "if I ring at 7pm my time on the 3rd of July, what time is it for her"),
        ],
        "the two places are only named in the earlier turn",
    ),
    (
        "conv-riddle-guess",
        [
            (U, "Give me a number riddle."),
            (
                A,
                (
                    "I'm a two-digit number. My digits add up to 11, and if you swap them I "
                    "grow by 27. What am I?"
                ),
            ),
            (U, "is it 47?"),
        ],
        "the user is answering the model's riddle",
    ),
    (
        "conv-mug-as-cup",
        [
            (U, "When I say a cup in my recipes I mean my big mug, which holds 350 ml."),
            (A, "Understood, one of your cups is 350 ml."),
            (U, "how many ml is 2.5 cups then"),
        ],
        "the user's own cup size was set earlier: 875 ml",
    ),
    (
        "conv-int8-overflow",
        [
            (U, "Assume C with int8_t variables and two's complement wrap-around."),
            (A, "OK, values run from -128 to 127 and wrap."),
            (U, "what's 100 + 100"),
        ],
        "8-bit wrap-around gives -56",
    ),
    (
        "conv-rugby-score",
        [
            (U, "Rugby union scoring please, not league."),
            (A, "Union: try 5, conversion 2, penalty goal 3, drop goal 3."),
            (U, "3 tries, 2 conversions and 4 penalties, what's the total"),
        ],
        "points per score come from the sport's rules discussed earlier",
    ),
    (
        "conv-cafe-price-list",
        [
            (
                S,
                (
                    "You are the ordering assistant for Bramble Café. Prices: flat white £3.40, "
                    "oat latte £3.80, almond croissant £2.95, soup of the day £5.50."
                ),
            ),
            (U, "how much for two oat lattes and a croissant"),
        ],
        "the prices are only in the system prompt",
    ),
    (
        "conv-exchange-rate-earlier",
        [
            (U, "Let's use 1 euro = 1.17 dollars for all of these, it's what my card charged."),
            (A, "OK, I'll convert at 1.17."),
            (U, "and 240 euros?"),
        ],
        "elliptical follow-up using a rate agreed earlier",
    ),
    (
        "conv-mountain-facts",
        [
            (U, "I'm comparing Everest and K2 for a school project."),
            (A, "Good pair: the two highest mountains on Earth."),
            (U, "what's the difference in height in metres"),
        ],
        "needs the two summit heights, which only the model knows",
    ),
    (
        "conv-molar-mass",
        [
            (U, "We worked out sodium chloride's molar mass as 58.44 g/mol in class."),
            (A, "Right, 22.99 for sodium plus 35.45 for chlorine."),
            (U, "so how many grams is 0.25 mol"),
        ],
        "the substance and molar mass were given in earlier turns",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0161 496 0732 a Manchester landline or a mobile", "phone number format"),
    (
        "near-phone",
        "my aunt's number is +353 87 214 5590, which country is that and is it a mobile",
        "dialling codes, not arithmetic",
    ),
    ("near-phone", "what's the Japanese equivalent of dialling 999", "emergency numbers: a fact"),
    ("near-isbn", "ISBN 978-0-14-143951-8, which book is that", "identifier lookup"),
    ("near-isbn", "why do some older ISBNs end in an X", "explanation of a check digit scheme"),
    (
        "near-version",
        "is Python 3.10 newer than 3.9? my colleague says 3.9 is the higher number",
        "version ordering is not decimal comparison",
    ),
    (
        "near-version",
        "what changed between Postgres 15 and 16 that matters for a small app",
        "release knowledge",
    ),
    ("near-version", "node 18.19.1 or 20.11.0 for a new project in 2027?", "advice on versions"),
    (
        "near-score",
        "Arsenal beat Spurs 5-1, was that their biggest win in the derby",
        "sports history",
    ),
    (
        "near-score",
        "we lost 21-24 at home, do we get a losing bonus point in rugby union",
        "competition rules, not subtraction",
    ),
    ("near-score", "my 10k time is 52:30, is that decent for a woman of 45", "opinion on a time"),
    (
        "near-range",
        "is a resting heart rate of 48-52 normal for a club cyclist",
        "a range needing medical judgement",
    ),
    (
        "near-range",
        "the lego box says 8-12, is it too fiddly for a 6 year old",
        "age range on a box, needs judgement",
    ),
    (
        "near-part-number",
        "part 4420-118-07, which hoover models does this belt fit",
        "part lookup",
    ),
    ("near-part-number", "what does the 91V mean on a 205/55 R16 91V tyre", "tyre code meaning"),
    ("near-part-number", "is a 6203-2RS bearing interchangeable with a 6203-ZZ", "part knowledge"),
    ("near-opinion", "is £45,000 a good salary for living in Bristol", "opinion about a number"),
    ("near-opinion", "is a 3.4 GPA enough to get into a UK masters", "admissions judgement"),
    (
        "near-opinion",
        "how much should I tip a hotel porter in Tokyo",
        "etiquette, not a percentage",
    ),
    (
        "near-explain",
        "why does my spreadsheet show =0.1+0.2-0.3 as 5.55E-17",
        "floating point explanation",
    ),
    ("near-explain", "explain to a 10 year old why you can't divide by zero", "explanation"),
    ("near-explain", "why does 0.999 recurring equal 1", "proof/explanation"),
    ("near-explain", "what is the 80/20 rule and where does it come from", "concept, not a ratio"),
    (
        "near-explain",
        "why is the Gregorian year 365.2425 days on average",
        "history and reasoning behind the leap rule",
    ),
    ("near-facts", "how many steps are there up to the top of the Eiffel Tower", "a fact"),
    ("near-facts", "how far is Edinburgh to Inverness by road in miles", "a distance fact"),
    ("near-facts", "how much protein is in 3 large eggs", "nutrition fact"),
    ("near-facts", "what was the pound to dollar exchange rate in 1990", "historical fact"),
    ("near-facts", "how many players are on a netball team", "sports fact"),
    ("near-facts", "what's the standard VAT rate in Ireland", "tax fact"),
    (
        "near-facts",
        "how many minutes does a radio signal take to reach a rover on Mars",
        "needs the Earth–Mars distance, which the tools lack",
    ),
    ("near-facts", "roughly how many people live in Reykjavik compared with Cardiff", "facts"),
    ("near-code", "what does HTTP status 418 mean", "status code meaning"),
    (
        "near-code",
        "windows update fails with error 0x80070005, what does that mean",
        "error code lookup",
    ),
    ("near-code", "in bash why does echo $((7/2)) print 3 and not 3.5", "language semantics"),
    (
        "near-code",
        "what's the difference between 1E3 and 10^3 in an Excel formula",
        "spreadsheet syntax",
    ),
    ("near-identifier", "is 192.168.1.254 a private IP address", "address ranges, not arithmetic"),
    ("near-identifier", "what does UN 1203 on the back of a tanker mean", "hazard code lookup"),
    ("near-identifier", "which part of Leeds is the LS6 postcode", "postcode lookup"),
    ("near-identifier", "where does flight BA117 fly to", "flight number lookup"),
    ("near-identifier", "what's the format of a German IBAN", "banking identifier format"),
    ("near-sizes", "I'm a UK 7 in shoes, what size Birkenstock should I get", "brand sizing"),
    ("near-sizes", "what's a UK dress size 12 in US sizes", "clothing sizes vary by maker"),
    ("near-sizes", "what US ring size is a 17.3 mm inside diameter", "sizing chart knowledge"),
    ("near-currency", "how much is 250 euros in dollars at the moment", "needs a live rate"),
    (
        "near-currency",
        "is it cheaper to pay in dollars or pounds when the card machine asks",
        "advice",
    ),
    (
        "near-medical",
        "my blood pressure reading was 145/92, should I be worried",
        "medical reading",
    ),
    (
        "near-medical",
        "my 2 year old is 38.4 under the arm, do I need to call 111",
        "medical judgement",
    ),
    (
        "near-medical",
        "can I take ibuprofen and paracetamol together, and how many",
        "medical advice",
    ),
    ("near-sequence", "what's next: 3, 8, 15, 24, 35, ?", "pattern finding"),
    ("near-sequence", "what comes next in 1, 11, 21, 1211, 111221", "look-and-say puzzle"),
    (
        "near-riddle",
        (
            "a bat and ball cost £1.10 and the bat is £1 more than the ball, why do most "
            "people get this wrong"
        ),
        "asks for an explanation of a cognitive trap",
    ),
    ("near-riddle", "which weighs more, a kilo of feathers or a kilo of steel", "riddle"),
    (
        "near-odds",
        "what are the odds of being struck by lightning in your lifetime",
        "statistics fact",
    ),
    (
        "near-odds",
        "is a 1 in 45 million lottery chance worse than being hit by a meteorite",
        "needs risk facts",
    ),
    ("near-history", "what year did Nelson Mandela walk out of prison", "history fact"),
    ("near-history", "how old was Ada Lovelace when she died", "needs his dates"),
    ("near-history", "what day of the week was the first moon landing", "needs the landing date"),
    ("near-history", "how long did the Apollo 11 crew spend on the lunar surface", "history fact"),
    ("near-number-meaning", "what does 'ten four' mean on a CB radio", "slang meaning"),
    ("near-number-meaning", "in bingo what number is 'two little ducks'", "bingo calls"),
    ("near-number-meaning", "why is 13 considered unlucky", "cultural explanation"),
    ("near-number-meaning", "is 1 a prime number, and why not", "definition and reasoning"),
    ("near-finance", "what does a credit score of 720 mean on Experian", "scale interpretation"),
    (
        "near-finance",
        "rate my budget: rent 1,200, food 400, savings 100, take-home 2,500",
        "opinion on a budget",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "can you tighten up this cover letter opening: I am writing to express my interest in",
        "write a short thank-you note to my neighbour who fed the cat while we were away",
        "help me word a polite email asking my landlord to fix the boiler",
        "rewrite this sentence so it sounds less passive aggressive: as per my last email",
        "give me three title ideas for a blog post about learning to sew at fifty",
        "proofread: their going to the park after they finish there homework",
        "draft a toast for my brother's wedding, warm but short, he loves fishing",
        "how do I end a resignation letter on good terms",
        "summarise the plot of The Mill on the Floss in a short paragraph",
        "write a product description for a hand-thrown stoneware mug in a sage glaze",
    ],
    "cooking": [
        "what can I make with half a tin of coconut milk, leftover rice and a sad courgette",
        "why did my sourdough come out dense and gummy in the middle",
        "is it safe to refreeze prawns that thawed overnight in the fridge",
        "give me a vegetarian main for a dinner party that isn't risotto",
        "how do I stop crêpes tearing when I flip them",
        "what can I use instead of buttermilk in soda bread",
        "ideas for a packed lunch for a fussy 7 year old who hates sandwiches",
        "why do my Yorkshire puddings go flat as soon as they come out of the oven",
        "what spices go into a basic garam masala",
    ],
    "coding": [
        "how do I reverse a list in Python without modifying the original",
        "can I use const for an array in JavaScript if I still push to it",
        "my git branch is behind main, should I rebase or merge",
        "write a SQL query to find customers who ordered nothing last quarter",
        "what does a segmentation fault actually mean",
        "how do I centre a div horizontally and vertically with flexbox",
        "why is my React component re-rendering on every keystroke",
        "regex to match a UK postcode, roughly",
        "is a goroutine a thread or something else",
        "how do I read a tab-separated file with headers in Rust using the csv crate",
    ],
    "travel": [
        "what should I pack for a week of hiking in the Dolomites in late September",
        "is the Swiss Travel Pass worth it for five days around Lucerne and Interlaken",
        "best way to get from Lisbon airport to the city centre",
        "things to do in Ghent on a rainy day",
        "do I need a visa for Jordan on an Irish passport",
        "tips for sleeping on a long-haul flight in economy",
        "which Greek island is quietest in June for a family with toddlers",
        "how early should I get to the airport for an international flight from Manchester",
    ],
    "health": [
        "what are some gentle stretches for lower back pain after sitting all day",
        "how can I fall asleep faster without melatonin",
        "why do I feel cold for hours after giving plasma",
        "how can I tell hay fever from a summer cold",
        "ideas to drink more water during the day",
        "how do I get back into swimming after a shoulder injury",
        "what should be in a basic first aid kit for a campervan",
    ],
    "relationships": [
        "my sister forgot my fortieth, do I bring it up or let it go",
        "how do I tell my flatmate they need to clean up more without a row",
        "ideas for a low-key anniversary when money is tight",
        "what do I write in a card for a colleague whose wife has died",
        "my teenager won't talk to me after school, any advice",
        "how do you make friends after moving to a new city in your thirties",
        "what's a kind way to turn down a second date",
    ],
    "explain": [
        "explain how mRNA vaccines differ from the older kind",
        "why are clouds white but rain clouds look grey",
        "what is inflation and why do central banks raise interest rates",
        "how can a heat pump still pull heat out of freezing air",
        "why do some storms get names and who picks them",
        "explain blockchain like I'm a retired librarian",
        "why do geese fly in a V shape",
        "does a microwave really heat food from the inside out",
        "what caused the First World War, in short",
    ],
    "tech-help": [
        "my laptop gets really hot on my knees when I stream, is that damaging it",
        "how do I stop WhatsApp saving photos to my gallery",
        "printer says offline but it's connected to wifi",
        "how do I move my photos from an old iPhone to an Android phone",
        "is it worth upgrading to a mesh wifi system in a three-storey house",
        "my Gmail is full, how do I find the biggest emails",
        "how do I set screen time limits on an Xbox for a ten year old",
        "what's the safest way to store passwords for an elderly parent",
    ],
    "creative": [
        "write a limerick about a heron that raids garden ponds",
        "give me a plot twist for a cosy mystery set in a village bakery",
        "describe a thunderstorm over the sea in three sentences",
        "invent a name and backstory for a dwarf blacksmith in my D&D campaign",
        "write a haiku about waiting for a late bus in fog",
        "ideas for a fancy dress costume using only cardboard",
        "a bedtime story about a hedgehog who is scared of the dark",
        "write opening lines for a noir detective story set in Glasgow",
    ],
    "career": [
        "how do I answer 'what is your biggest weakness' in an interview",
        "is it a bad idea to leave a job after eight months",
        "what should I put in a portfolio for a junior UX role",
        "how do I ask for a pay rise when my manager is also new and stressed",
        "tips for my first week as a new manager",
        "should I do a master's or get work experience first",
        "how do I explain a gap in my CV from caring for a parent",
        "good questions to ask at the end of a second-round interview at a charity",
    ],
    "language": [
        "is it 'compliment' or 'complement' when a wine goes with a dish",
        "how do I ask for tap water politely in Italian",
        "is it 'fewer' or 'less' with people",
        "what does the German word Feierabend mean",
        "translate 'the meeting has been moved' into polite Japanese",
        "why does French take the subjunctive after 'bien que'",
        "what's the origin of the phrase 'raining cats and dogs'",
        "how do you pronounce Loughborough",
    ],
    "home-garden": [
        "how do I get rid of mould on the silicone round a shower tray",
        "which climbing plants cope with a damp shady wall",
        "why are the leaves on my chilli plants yellowing from the bottom up",
        "one radiator stays cold at the top even after bleeding it, what next",
        "best way to get red wine out of a wool carpet",
        "when and how hard should I cut back a buddleia",
        "how do I keep pigeons off my brassicas without netting the whole bed",
        "ideas to make a small rented bedroom feel bigger",
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
    # no register (family name) of this set is a family name of sets 19 to 174
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 174: {reused}"
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
