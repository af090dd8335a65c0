"""Generate heldout-2027-05-21.jsonl: a hundred-and-sixty-ninth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_169.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-168, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (terminating, at most 3 decimals; whole items
rounded up with whole_up or down with math.floor when the text says so), unit values from the
exact definitions above (inch, pound, knot, psi, carat, hectare, GiB) with EXACT tolerance for
terminating answers and unit_r for rounded ones, and datetime answers with datetime, calendar
and zoneinfo (utc_minutes for flights between zones, working_day_after, nth_weekday, age,
clock_span; weekdays stated in the text come from sayw and are checked).

Provenance
----------
Read: this file (set-up, helpers, checks and output code), grading.py and
earlier_registers.txt, with cat/head/shuf and grep of single topic words in
earlier_registers.txt to pick 25 register names that are new and far from earlier ones. Nothing
under /work/main, /work/shared or /work/.library was opened.
Wrote: the four sections by hand in scratch files under /tmp, spliced into the marked places
with a small python script; every expected value is an expression in code, not a typed result.
Items the duplicate check flagged (its output lists only my own ids) were reworded without
looking at earlier text; a leap-day result and a few ambiguities (a leapling's age on 28
February, a weekend that may cross a clock change in New Zealand) were rewritten.
Checked: /work/main/.venv/bin/python make_heldout_169.py (with --show to see my own expected
values), ruff check and ruff format with --config /work/main/pyproject.toml (ruff's unsafe fix
only added parentheses around implicitly joined strings), a line-length check (at most 99
columns), and the generator again.
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
OUT = HERE / "heldout-2027-05-21.jsonl"
PREFIX = "ho169-"
# earlier generators: sets 1-168 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 169))
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


MATATU = "matatu_conductor_on_the_thika_road"
MORSE = "retired_telegraphist_teaching_morse_to_cadets"
INSECT = "edible_insect_farmer_in_khon_kaen"
DHOL = "dhol_player_booked_for_a_mela"
BUNAD = "bunad_embroiderer_in_telemark"
SOUK = "spice_souk_trader_in_marrakech"
GREENLAND = "schoolteacher_posted_to_a_greenland_settlement"
JEEPNEY = "jeepney_driver_in_manila"
EMERALD = "emerald_mine_shift_boss_in_muzo"
EAGLE = "kazakh_eagle_hunter_at_a_festival"
THANGKA = "thangka_painter_in_dharamsala"
PITCAIRN = "pitcairn_islander_waiting_for_the_supply_ship"
MEALS = "meals_on_wheels_volunteer_driver"
WHIPPET = "retired_miner_racing_whippets"
CARROM = "carrom_board_league_in_chennai"
YAK = "yak_herder_in_ladakh"
BEDOUIN = "bedouin_jeep_guide_in_wadi_rum"
GOVERNESS = "governess_on_a_kimberley_cattle_station"
NUN = "novice_nun_baking_altar_breads"
KAVA = "kava_bar_owner_in_port_vila"
FALKLANDS = "vet_on_the_falkland_islands"
ZUMBA = "zumba_instructor_at_a_village_hall"
PAPYRUS = "papyrus_shop_owner_in_giza"
EUPHONIUM = "euphonium_player_in_a_colliery_band"
BASQUE = "basque_stone_lifter_in_training"

assert math.isqrt(9409) ** 2 == 9409
calc(P, "what's 17.5% of 2,348", pct("17.5") * 2348)
calc(P, "1847 x 23", 1847 * 23)
calc(P, "(48.6 - 12.95) / 2.5", (dec("48.6") - dec("12.95")) / dec("2.5"))
calc(P, "square root of 9409", math.isqrt(9409))
calc(P, "£1,250 plus 20% VAT comes to how much", 1250 * (1 + pct(20)))
calc(P, "3/8 + 7/20 as a decimal", F(3, 8) + F(7, 20))
calc(P, "2 to the power of 17?", 2**17)
calc(P, "how much is 0.45 times 86", dec("0.45") * 86)
calc(P, "mean of 72, 85, 91, 64 and 88", F(72 + 85 + 91 + 64 + 88, 5))
calc(P, "98,765 divided by 125 =", F(98765, 125))
calc(P, "whats 15 percent off $64.80", dec("64.80") * (1 - pct(15)))
calc(P, "seven hundred and twelve minus two hundred and ninety-eight", 712 - 298)
calc(P, "9.75 * 4.2 - 3.15", dec("9.75") * dec("4.2") - dec("3.15"))
calc(P, "33 is what percent of 440", F(33, 440) * 100)

calc(
    MATATU,
    "conductor here. fare is KSh 80 from town to Githurai and KSh 120 all the way to Thika, "
    "students pay half the Thika fare. this run I had 9 to Githurai, 5 adults to Thika and 3 "
    "students to Thika, plus 2 babies on laps who ride free. how much cash should I hand the "
    "owner for the run",
    9 * 80 + 5 * 120 + 3 * F(120, 2),
)
calc(
    MATATU,
    "owner's daily target is KSh 3,500. diesel came to 2,850 and the stage fee was 200. I "
    "collected 7,420 in total. whatever is left after target, diesel and stage fee the driver "
    "and I split evenly, so what's my share",
    F(7420 - 3500 - 2850 - 200, 2),
)
calc(
    MORSE,
    "timing question for the cadets. the standard word PARIS is 50 dot-lengths long and at 12 "
    "words per minute you send 12 of those a minute. how many milliseconds is one dot",
    F(60 * 1000, 12 * 50),
)
calc(
    MORSE,
    "Morse club subs: cadets pay £4.50 a session. 14 cadets signed up for 6 sessions but 3 of "
    "them each missed 2 sessions and don't pay for missed ones. hall hire is £22 per session. "
    "what's our surplus after the hall is paid",
    (14 * 6 - 3 * 2) * dec("4.50") - 6 * 22,
)
calc(
    INSECT,
    "cricket farm, Khon Kaen. 40 crates, each gives 3.2 kg of fresh crickets. drying takes off "
    "70% of the weight and dried crickets sell at 850 baht a kilo. what's the batch worth in baht",
    40 * dec("3.2") * (1 - pct(70)) * 850,
)
calc(
    DHOL,
    "booked to play dhol at the mela. rate is £180 for the first 2 hours then £55 for each extra "
    "half hour. they kept me on for 4 and a half hours altogether and there was a £15 parking "
    "charge they've agreed to cover on top. what should the invoice say",
    180 + 55 * ((F(9, 2) - 2) / F(1, 2)) + 15,
)
calc(
    BUNAD,
    "silver for a bunad: 18 buttons at 145 kr each and 2 brooches at 1,290 kr each, then 25% "
    "MVA on the lot. total in kroner?",
    (18 * 145 + 2 * 1290) * (1 + pct(25)),
)
calc(
    SOUK,
    "I buy saffron at 32 dirhams a gram and sell it in little 0.1 g twists for 4.5 dirhams each. "
    "if I sell 250 grams that way what's my profit",
    250 * (dec("4.5") / dec("0.1") - 32),
)
calc(
    SOUK,
    "tourist haggled a tagine pot down from 600 dirhams by a third, then said she'd take three "
    "if I knocked another 10% off that haggled price for each. what does she pay for the three",
    3 * (600 - F(600, 3)) * (1 - pct(10)),
)
calc(
    GREENLAND,
    "the school house heating tank holds 1,200 litres and the gauge reads 35%. we burn 18.5 "
    "litres a day. how many full days until it's empty (whole days only)",
    math.floor(1200 * pct(35) / dec("18.5")),
)
calc(
    JEEPNEY,
    "jeepney fare is 13 pesos for the first 4 km then 1.80 per km after that. a student rides "
    "11 km and gets 20% off. how much do they pay",
    (13 + (11 - 4) * dec("1.80")) * (1 - pct(20)),
)
calc(
    JEEPNEY,
    "boundary to the operator is 1,500 pesos, diesel was 1,850, gross take 4,730 over a 16 hour "
    "day. what did I net per hour",
    F(4730 - 1500 - 1850, 16),
)
calc(
    EMERALD,
    "shift pulled 2,450 carats of rough. 12% of it is gem quality and the cutters get a 35% "
    "yield from gem rough. how many carats of cut stone should we expect",
    2450 * pct(12) * pct(35),
)
calc(
    EAGLE,
    "my eagle eats 450 g of meat a day except for 2 fast days each week. how many kilos of meat "
    "do I need for 8 weeks",
    F(450 * (7 - 2) * 8, 1000),
)
calc(
    THANGKA,
    "thangka painting is 60 by 85 cm and the brocade border adds 12 cm on every side. what's "
    "the area of the whole mounted piece in square centimetres",
    (60 + 2 * 12) * (85 + 2 * 12),
)
calc(
    PITCAIRN,
    "freight on the supply ship is NZ$1.85 a kilo plus NZ$40 handling per consignment. I've got "
    "3 consignments coming, 48 kg, 112 kg and 27 kg. total freight?",
    dec("1.85") * (48 + 112 + 27) + 3 * 40,
)
calc(
    MEALS,
    "meals on wheels mileage claim at 45p a mile: monday 23.4 miles, wednesday 31.8, friday "
    "27.4, plus £3.20 parking. what do I claim",
    dec("0.45") * (dec("23.4") + dec("31.8") + dec("27.4")) + dec("3.20"),
)
calc(
    MEALS,
    "we delivered 38 meals at £4.95 each. the clients pay 60% and the council pays the rest. "
    "how much does the council owe",
    38 * dec("4.95") * (1 - pct(60)),
)
calc(
    WHIPPET,
    "whippet racing Sunday: £3 entry per dog per race, I ran 4 dogs in 5 races. prize is £25 "
    "for a win and £10 for second. we got 2 wins and 3 seconds. am I up or down and by how much",
    2 * 25 + 3 * 10 - 3 * 4 * 5,
)
calc(
    CARROM,
    "carrom league has 16 teams and every team plays every other team home and away. how many "
    "matches is that in the season",
    16 * 15,
)
calc(
    YAK,
    "40 of my 64 yaks are milking, each gives 1.2 litres a day. it takes 14 litres of milk for "
    "1 kg of butter. how much butter in kg over 35 days",
    F(40 * dec("1.2") * 35, 14),
)
calc(
    BEDOUIN,
    "jeep tour at Wadi Rum: each jeep seats 6 guests, guests pay JD 35 each, and every jeep we "
    "run costs JD 60 fuel plus JD 40 for the driver. 21 guests booked and we only run as many "
    "jeeps as we need. what's the profit in JD",
    21 * 35 - math.ceil(F(21, 6)) * (60 + 40),
)
calc(
    GOVERNESS,
    "the station pays me $1,150 a fortnight plus an extra $85 a week for taking the third kid. "
    "what's that over a 12 week term",
    F(12, 2) * 1150 + 12 * 85,
)
calc(
    NUN,
    "one baked sheet gives 45 small altar breads. a parish wants 1,200 for the week. how many "
    "sheets do we bake (whole sheets, round up)",
    whole_up(F(1200, 45)),
)
calc(
    NUN,
    "an order for the convent bakery: 6 boxes of 500 small hosts at £7.40 a box and 4 packs of "
    "priest's hosts at £3.10 a pack, with 10% off because it's over £50. total?",
    (6 * dec("7.40") + 4 * dec("3.10")) * (1 - pct(10)),
)
calc(
    KAVA,
    "kava shells are 150 vatu, 100 vatu at happy hour. sold 86 at happy hour and 214 at full "
    "price. takings in vatu",
    86 * 100 + 214 * 150,
)
calc(
    FALKLANDS,
    "wormer dose is 2.5 ml per 10 kg bodyweight. the ewe weighs 58 kg. how many ml",
    dec("2.5") * F(58, 10),
)
calc(
    ZUMBA,
    "village hall is £28 an hour and my zumba class runs an hour and a quarter. 19 people paid "
    "£6 each tonight. profit after the hall?",
    19 * 6 - 28 * F(5, 4),
)
calc(
    PAPYRUS,
    "customer took 7 small papyrus sheets at 120 EGP and 2 big ones at 380 EGP and wants to pay "
    "in dollars. I'm using 50 EGP to the dollar. how many dollars",
    F(7 * 120 + 2 * 380, 50),
)
calc(
    EUPHONIUM,
    "band coach to the contest costs £640 and lunch is £12.50 a head. 25 players going. the "
    "club covers half the total and the players split the rest equally. what does each player pay",
    (640 + 25 * dec("12.50")) / 2 / 25,
)
calc(
    BASQUE,
    "the training stone is 212 kg. I lifted it 9 times in the first minute and 7 times in the "
    "second. total kg lifted?",
    (9 + 7) * 212,
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

KPH = KMH  # km/h in m/s
HECTARE = F(10000)  # m^2
CARAT = dec("0.2")  # g
GB = 10**9  # bytes

unit_r(P, "convert 26.2 miles to km", dec("26.2") * MI / 1000)
unit_r(P, "11 st 6 lb in kg please", (11 * STONE + 6 * LB))
unit_r(P, "72 fahrenheit in celsius", f_to_c(72))
unit(P, "5 ft 10 and a half in cm", (5 * FT + dec("10.5") * IN) * 100, EXACT)
unit_r(P, "2.3 bar to psi", dec("2.3") * BAR / PSI)
unit_r(P, "110 kmh in mph", 110 * KPH / MPH)
unit_r(P, "how many square feet is a 38 square metre flat", 38 / SQFT)
unit_r(P, "12 hectares in acres", 12 * HECTARE / ACRE)
unit_r(P, "450 grams in ounces?", F(450, 1000) / OZ)
unit_r(P, "4.7 GB (decimal gigabytes) is how many GiB", dec("4.7") * GB / GIB)
unit(P, "15 °C in kelvin", 15 + dec("273.15"), EXACT)
unit(P, "convert 330 yards to metres", 330 * YD, EXACT)
unit(P, "23 knots in km/h", 23 * KNOT / KPH, EXACT)
unit_r(P, "1 cubic metre = how many cubic feet", 1 / CUFT)

unit_r(
    MATATU,
    "the Thika superhighway stretch we do is 42 km. a mzungu passenger asked me in miles, what "
    "do I tell him",
    42 * 1000 / MI,
)
unit_r(
    MATATU,
    "our speed governor is set at 80 km/h. what is that in mph",
    80 * KPH / MPH,
)
unit(
    MORSE,
    "the cadets' signal lamp is visible at 12 nautical miles on a clear night. how far is that "
    "in km",
    12 * dec("1.852"),
    EXACT,
)
unit_r(
    MORSE,
    "old dipole plan says each leg is 66 feet. give it to me in metres for the cadets",
    66 * FT,
)
unit(
    INSECT,
    "the mealworm trays need 27 °C but the new thermostat from the US only shows fahrenheit. "
    "what do I set it to",
    c_to_f(27),
    EXACT,
)
unit_r(DHOL, "my dhol with its strap weighs 7.5 kg, what's that in pounds", dec("7.5") / LB)
unit_r(
    BUNAD,
    "the pattern calls for 3.5 m of wool fabric but the shop in Minnesota sells by the yard. how "
    "many yards is 3.5 m, to two decimals",
    dec("3.5") / YD,
)
unit_r(
    SOUK,
    "American customer wants 250 g of ras el hanout, she asks how many ounces that is",
    F(250, 1000) / OZ,
)
unit_r(SOUK, "a 25 kg sack of cumin, how many lb is that", 25 / LB)
unit(
    GREENLAND,
    "it's -22 °F outside the school this morning according to the American kid's app. what's "
    "that in celsius",
    f_to_c(-22),
    EXACT,
)
unit(
    GREENLAND,
    "forecast gusts of 35 metres per second at the settlement. convert to km/h please",
    35 / KPH,
    EXACT,
)
unit_r(
    JEEPNEY,
    "tyre sidewall on the jeepney says 45 psi max. how many bar is that",
    45 * PSI / BAR,
)
unit(
    EMERALD,
    "a 4.6 carat emerald weighs how many grams",
    dec("4.6") * CARAT,
    EXACT,
)
unit_r(
    EAGLE,
    "golden eagle wingspan 2.2 metres, in inches",
    dec("2.2") / IN,
)
unit_r(
    THANGKA,
    "the canvas is 24 by 33 inches. area in square cm?",
    24 * 33 * IN * IN * 10000,
)
unit(
    PITCAIRN,
    "longboat makes about 9 knots out to the ship. what's that in km/h",
    9 * KNOT / KPH,
    EXACT,
)
unit(
    MEALS,
    "frozen meals have to be kept at -18 °C or below. what's -18 °C in fahrenheit",
    c_to_f(-18),
    EXACT,
)
unit_r(MEALS, "my delivery round is 37 miles, how many km", 37 * MI / 1000)
unit_r(
    WHIPPET,
    "my young dog ran the 150 yard straight in 8.6 seconds. what speed is that in mph",
    150 * YD / dec("8.6") / MPH,
)
unit(
    CARROM,
    "the carrom board playing surface is 29 inches square. in cm that's",
    29 * IN * 100,
    EXACT,
)
unit_r(YAK, "summer pasture is at 4,800 m. how high in feet", 4800 / FT)
unit_r(
    BEDOUIN,
    "we drop the jeep tyres to 15 psi for the sand. a guest asks what that is in kPa",
    15 * PSI / 1000,
)
unit_r(
    GOVERNESS,
    "the station runs 850 hectares. my uncle back home asks in acres",
    850 * HECTARE / ACRE,
)
unit(
    GOVERNESS,
    "3.2 inches of rain overnight at the homestead. how many mm is that",
    dec("3.2") * IN * 1000,
    EXACT,
)
unit(
    NUN,
    "the old convent oven dial is in fahrenheit and the bread wants 356. celsius?",
    f_to_c(356),
    EXACT,
)
unit_r(
    KAVA,
    "importer quotes for 2,000 lb of dried kava root. how many kilos is that",
    2000 * LB,
)
unit_r(
    FALKLANDS,
    "gusting 45 knots over the camp. in mph?",
    45 * KNOT / MPH,
)
unit_r(
    ZUMBA,
    "hall floor is 12 m by 9 m, what's that in square feet",
    12 * 9 / SQFT,
)
unit_r(PAPYRUS, "this papyrus scroll is 2.5 m long, how long in feet", dec("2.5") / FT)
unit(
    EUPHONIUM,
    "the euphonium bell is 11 inches across. in centimetres",
    11 * IN * 100,
    EXACT,
)
unit_r(BASQUE, "the competition stone is 212 kg. how much is that in stone", 212 / STONE)


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


date_item(P, "what day of the week is 14 October 2031", weekday(D(2031, 10, 14)))
date_item(
    P,
    "how many days between 4 March 2028 and 21 November 2028",
    days(D(2028, 3, 4), D(2028, 11, 21)),
)
date_item(P, "date 90 days after 15 December 2029?", D(2029, 12, 15) + TD(days=90))
date_item(
    P, "how many weeks from 6 January 2030 to 31 March 2030", weeks(D(2030, 1, 6), D(2030, 3, 31))
)
date_item(
    P,
    "someone born on 29 February 2004, how old are they on 1 March 2033",
    age(D(2004, 2, 29), D(2033, 3, 1)),
)
date_item(P, "third thursday of november 2030 is which date", nth_weekday(2030, 11, THU, 3))
date_item(P, "minutes from 22:35 to 06:10 the next morning", clock_span("22:35", "06:10", 60))
date_item(
    P,
    "flight leaves London at 21:30 on 2 March 2029 and lands in New York at 00:45 local time on "
    "3 March 2029. how long is the flight in minutes",
    utc_minutes("2029-03-02T21:30", "Europe/London", "2029-03-03T00:45", "America/New_York"),
)
date_item(P, "what weekday was July 4, 1976", weekday(D(1976, 7, 4)))
date_item(
    P,
    f"10 working days after {sayw(D(2026, 12, 18))}, counting Monday to Friday only and "
    "ignoring bank holidays?",
    working_day_after(D(2026, 12, 18), 10),
)
date_item(P, "number of days from 1 Jan 2028 to 1 Jan 2029", days(D(2028, 1, 1), D(2029, 1, 1)))
date_item(P, "what's the date 1000 days after 1 June 2027", D(2027, 6, 1) + TD(days=1000))
date_item(P, "number of days in February 2300", calendar.monthrange(2300, 2)[1])
date_item(
    P,
    "hours from 09:00 on 30 April 2027 to 17:00 on 3 May 2027",
    F(int((DT(2027, 5, 3, 17) - DT(2027, 4, 30, 9)).total_seconds()), 3600),
)

_m_start, _m_end = D(2027, 6, 7), D(2027, 7, 31)
date_item(
    MATATU,
    f"I started on the Thika route on {sayw(_m_start)} and I work every day except Sundays. "
    f"counting the first day and {say(_m_end)}, how many days will I have worked by then",
    sum(1 for k in range(days(_m_start, _m_end) + 1) if (_m_start + TD(days=k)).weekday() != SUN),
)
date_item(
    MATATU,
    "left the stage at 05:40, the jam at Roysambu was terrible, reached Thika 07:25. how many "
    "minutes was the trip",
    clock_span("05:40", "07:25", 60),
)
_contest = D(2027, 9, 18)
date_item(
    MORSE,
    f"the cadets' radio contest starts at 18:00 on {sayw(_contest)} and ends at 21:00 the next "
    "day. how many hours is that",
    F(int((DT(2027, 9, 19, 21) - DT(2027, 9, 18, 18)).total_seconds()), 3600),
)
date_item(
    MORSE,
    "the first long-distance telegraph message, what hath God wrought, went out on 24 May 1844. "
    "what day of the week was that",
    weekday(D(1844, 5, 24)),
)
date_item(
    INSECT,
    "cricket eggs laid on 3 March 2028 hatch after 14 days, and we harvest 42 days after "
    "hatching. harvest date?",
    D(2028, 3, 3) + TD(days=14 + 42),
)
_mela = D(2027, 8, 15)
date_item(
    DHOL,
    f"the mela is on {sayw(_mela)}. we rehearse every Wednesday starting 2 June 2027 right up to "
    "the mela. how many rehearsals is that",
    sum(
        1
        for k in range(days(D(2027, 6, 2), _mela) + 1)
        if (D(2027, 6, 2) + TD(days=k)).weekday() == WED
    ),
)
date_item(
    BUNAD,
    "the embroidery needs 160 hours and I can do 4 hours every day, no days off. to be finished "
    "by the end of 8 May 2028 for the confirmation, what's the latest date I can start (the "
    "start day counts as a working day)",
    D(2028, 5, 8) - TD(days=160 // 4 - 1),
)
date_item(
    SOUK,
    "container of spices left Casablanca on 11 November 2027 and sea freight takes 23 days. "
    "what date does it land",
    D(2027, 11, 11) + TD(days=23),
)
date_item(
    SOUK,
    "Moroccan independence day falls on 18 November. what weekday is it in 2027",
    weekday(D(2027, 11, 18)),
)
date_item(
    GREENLAND,
    "my teaching contract at the settlement runs from 15 August 2027 to 30 June 2028. how many "
    "days is that counting both the first and last day",
    days(D(2027, 8, 15), D(2028, 6, 30)) + 1,
)
date_item(
    JEEPNEY,
    "LTFRB says my franchise papers are due 120 days after 18 October 2027. which date is that",
    D(2027, 10, 18) + TD(days=120),
)
date_item(
    JEEPNEY,
    "night route, I drive from 22:00 to 06:30. how many hours at the wheel",
    clock_span("22:00", "06:30", 3600),
)
_rot = D(2028, 1, 3)
date_item(
    EMERALD,
    f"rotation is 14 days on, 7 off. my first on-day was {sayw(_rot)}. on what date does my "
    "fourth on-block start",
    _rot + TD(days=3 * 21),
)
date_item(
    EAGLE,
    "the eagle festival opens on the first Saturday of October 2027. what's the date",
    nth_weekday(2027, 10, SAT, 1),
)
date_item(
    THANGKA,
    "began this thangka on 12 February 2028 and finished 4 June 2028. how many days did it take, "
    "counting both the start and finish days",
    days(D(2028, 2, 12), D(2028, 6, 4)) + 1,
)
_ship = D(2027, 7, 6)
date_item(
    PITCAIRN,
    f"the supply ship calls every 13 weeks. it last called on {sayw(_ship)}. what's the date of "
    "the third call after that one",
    _ship + TD(weeks=3 * 13),
)
_meals = D(2028, 1, 6)
date_item(
    MEALS,
    f"I do the meals round every other Thursday starting {sayw(_meals)}. what's the date of my "
    "8th round",
    _meals + TD(weeks=2 * 7),
)
date_item(
    MEALS,
    "one of my clients was born 17 March 1928. what day of the week is her 100th birthday",
    weekday(D(2028, 3, 17)),
)
date_item(
    WHIPPET,
    "pup was whelped on 22 November 2026 and the club lets them race once they're 450 days old. "
    "first date she can race?",
    D(2026, 11, 22) + TD(days=450),
)
date_item(
    CARROM,
    "the carrom tournament runs 26 December 2027 through 4 January 2028 inclusive. how many days",
    days(D(2027, 12, 26), D(2028, 1, 4)) + 1,
)
date_item(
    YAK,
    "we take the herd up on 27 August 2027 and the pass closes on 15 October 2027. how many weeks "
    "is that",
    weeks(D(2027, 8, 27), D(2027, 10, 15)),
)
date_item(
    BEDOUIN,
    "stargazing tour goes from 23:15 until 02:05. how many minutes long",
    clock_span("23:15", "02:05", 60),
)
_term_end, _term_back = D(2027, 12, 3), D(2028, 1, 31)
_break_days = [_term_end + TD(days=k) for k in range(1, days(_term_end, _term_back))]
date_item(
    GOVERNESS,
    f"wet season break: school of the air finishes {sayw(_term_end)} and starts again "
    f"{sayw(_term_back)}. how many Monday-to-Friday days are there in between, not counting "
    "either of those two days (holidays count as ordinary weekdays)",
    sum(1 for d in _break_days if d.weekday() < SAT),
)
date_item(
    NUN,
    "I entered the convent on 2 February 2019. counting that day as day 1, what date is my "
    "3,000th day",
    D(2019, 2, 2) + TD(days=3000 - 1),
)
date_item(
    KAVA,
    "flight from Port Vila leaves 15:10 on 1 September 2027 and gets to Brisbane 16:45 local the "
    "same day. flight time in minutes",
    utc_minutes("2027-09-01T15:10", "Pacific/Efate", "2027-09-01T16:45", "Australia/Brisbane"),
)
date_item(
    FALKLANDS,
    "rams went in with the ewes on 20 April 2028 and gestation is 147 days. when does lambing "
    "start",
    D(2028, 4, 20) + TD(days=147),
)
_zumba = D(2028, 1, 4)
date_item(
    ZUMBA,
    f"10-class zumba block on Tuesdays starting {sayw(_zumba)}, but no class on 15 February 2028 "
    "(half term). date of the last class",
    [d for d in (_zumba + TD(weeks=k) for k in range(12)) if d != D(2028, 2, 15)][9],
)
date_item(
    ZUMBA,
    "I was born 9 August 1990. how old will I be on 1 January 2028",
    age(D(1990, 8, 9), D(2028, 1, 1)),
)
date_item(
    PAPYRUS,
    "tour group left Heathrow at 01:20 London time on 14 January 2028 and landed in Cairo at "
    "07:55 Cairo time that morning. how many minutes in the air",
    utc_minutes("2028-01-14T01:20", "Europe/London", "2028-01-14T07:55", "Africa/Cairo"),
)
date_item(
    EUPHONIUM,
    "our band was formed on 1 May 1889. the contest is on 9 September 2028. how many full years "
    "old is the band on contest day",
    age(D(1889, 5, 1), D(2028, 9, 9)),
)
date_item(
    BASQUE,
    "the stone-lifting final is on the last Sunday of July 2028. what date is that",
    nth_weekday(2028, 7, SUN, -1),
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
                    "For this puzzle, a # b means a squared minus b, and a @ b means double the "
                    "larger of the two."
                ),
            ),
            (A, "Understood: a # b = a² − b and a @ b = 2 × max(a, b)."),
            (U, "so (3 # 4) @ 5 is?"),
        ],
        "# and @ were defined earlier in the chat; a calculator would not know them",
    ),
    (
        "conv-base-seven",
        [
            (
                U,
                (
                    "my daughter's maths club sheet is all in base seven tonight, can you check "
                    "her answers with me"
                ),
            ),
            (A, "Of course. Send them over and I'll work them in base 7."),
            (U, "she got 46 + 35 = 114, is that right"),
        ],
        "the sum is in base 7 as set up earlier, not decimal",
    ),
    (
        "conv-clock-modulus",
        [
            (U, "We're doing clock arithmetic, mod 12, with 12 written instead of 0."),
            (A, "Got it, results wrap around at 12."),
            (U, "9 + 7 + 11 = ?"),
        ],
        "modular arithmetic set by the earlier turn",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel the year has ten months of 36 days each, then five festival days "
                    "that belong to no month."
                ),
            ),
            (A, "Nice, that gives a 365-day year. What would you like to work out?"),
            (U, "how many days from the 3rd of the second month to the 20th of the seventh month"),
        ],
        "invented calendar defined earlier",
    ),
    (
        "conv-fictional-currency",
        [
            (U, "In our tabletop campaign 10 copper make a silver and 12 silver make a gold."),
            (A, "Noted: 1 gold = 12 silver = 120 copper."),
            (U, "the sword is 3 gold and I've got 25 silver and 140 copper, how short am I"),
        ],
        "game currency defined in the conversation",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "Worldbuilding: a league in my setting is 3 marches, and a march is 40 strides."),
            (A, "So a league is 120 strides."),
            (U, "how many strides is 2 leagues and 2 marches"),
        ],
        "invented units given earlier; 'league' here is not the real league",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "I'm reviewing a colleague's python 3 code, help me read a few lines."),
            (A, "Sure, go ahead."),
            (U, "what does -17 // 5 evaluate to there"),
        ],
        "Python floor division gives -4, not the arithmetic -3.4",
    ),
    (
        "conv-javascript-coercion",
        [
            (U, "I'm debugging some javascript in the browser console"),
            (A, "Happy to help. What are you seeing?"),
            (U, "what does '5' + 3 - 1 give"),
        ],
        "JavaScript string coercion gives 52, a calculator gives 7",
    ),
    (
        "conv-rent-split",
        [
            (
                U,
                (
                    "House bills: I pay 40%, Sam pays 35% and Priya the rest, except Priya covers "
                    "the broadband on her own."
                ),
            ),
            (A, "Got it, I'll split bills that way."),
            (U, "this quarter is £1,640 including £40 broadband, who owes what"),
        ],
        "the split rule was told earlier; the last turn alone is incomplete",
    ),
    (
        "conv-excel-rounding",
        [
            (U, "In Excel, =ROUND(2.5,0) shows 3."),
            (A, "Yes, Excel rounds halves away from zero."),
            (U, "and =ROUND(-2.5,0)?"),
        ],
        "needs Excel's rounding semantics from context",
    ),
    (
        "conv-roman-numerals-reply",
        [
            (U, "From now on answer me only in Roman numerals, it's for a quiz night theme."),
            (A, "Understood. Ask away."),
            (U, "12 times 12"),
        ],
        "the answer must be formatted as Roman numerals per the earlier instruction",
    ),
    (
        "conv-dice-house-rules",
        [
            (
                U,
                (
                    "our house rules: doubles score triple, and if either die shows a 1 the whole "
                    "roll scores nothing"
                ),
            ),
            (A, "Okay, I'll score rolls that way."),
            (U, "I rolled 4 and 4, then 1 and 6, then 5 and 3. total?"),
        ],
        "scoring depends on house rules given earlier",
    ),
    (
        "conv-nine-day-week",
        [
            (U, "The colony on my game's moon uses a nine-day week: Firstday through Ninthday."),
            (A, "Got it, a nine-day cycle."),
            (U, "what day is it 20 days after Thirdday"),
        ],
        "invented week length set earlier",
    ),
    (
        "conv-binary-input",
        [
            (U, "Every number I type in this chat is binary."),
            (A, "Okay, I'll read them as base 2."),
            (U, "1011 x 110"),
        ],
        "operands are binary by the earlier instruction",
    ),
    (
        "conv-translate-next",
        [
            (U, "Translate whatever I send next into French, don't answer it."),
            (A, "D'accord, envoyez le texte."),
            (U, "what is 15% of 80"),
        ],
        "a translation request, not a sum to evaluate",
    ),
    (
        "conv-worksheet-rewrite",
        [
            (
                U,
                (
                    "I'm making a worksheet and need each problem rewritten so a seven-year-old "
                    "would enjoy it, with animals."
                ),
            ),
            (A, "Lovely idea, send the first one."),
            (U, "a train travels 120 km in 2 hours, what is its speed"),
        ],
        "the user wants the problem rewritten, not solved",
    ),
    (
        "conv-postgres-integer-division",
        [
            (U, "We're on Postgres and the qty column is an integer."),
            (A, "Okay, so integer arithmetic applies."),
            (U, "so what does qty / 4 give me when qty is 10"),
        ],
        "SQL integer division gives 2, not 2.5",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "In cricket scoring we write overs like 14.3, meaning 14 overs and 3 balls."),
            (A, "Yes, with six balls per over."),
            (U, "what's 14.3 + 6.4"),
        ],
        "overs notation: the answer is 21.1 overs, not 20.7",
    ),
    (
        "conv-timesheet-notation",
        [
            (U, "Our timesheet app writes 7.45 to mean 7 hours 45 minutes."),
            (A, "Okay, hours.minutes rather than decimal hours."),
            (U, "add up 7.45 + 8.30 + 6.50 for me"),
        ],
        "hours.minutes notation explained earlier",
    ),
    (
        "conv-shoe-size",
        [
            (U, "I'm a women's US 8 in most trainers."),
            (A, "Thanks, that helps with sizing."),
            (U, "what would that be in UK and EU sizes"),
        ],
        "shoe size systems are brand-dependent conventions, not unit conversions",
    ),
    (
        "conv-game-damage-formula",
        [
            (U, "In the game I'm modding, damage = attack² / (attack + defence), rounded down."),
            (A, "Got it."),
            (U, "attack 40 against defence 10?"),
        ],
        "formula defined earlier in the chat",
    ),
    (
        "conv-previous-answer",
        [
            (U, "what's the VAT rate on children's car seats in the UK"),
            (A, "Children's car seats are charged at the reduced 5% rate."),
            (U, "so add that to £89.99"),
        ],
        "depends on the rate stated in the earlier answer",
    ),
    (
        "conv-riddle-setup",
        [
            (U, "I'm going to give you trick riddles, the obvious answer is always wrong."),
            (A, "Bring them on."),
            (U, "if 1=5, 2=25, 3=125, 4=625, then 5=?"),
        ],
        "a trick riddle (the expected answer is 1), not arithmetic",
    ),
    (
        "conv-french-republican",
        [
            (U, "Let's use the French Republican calendar for my history essay."),
            (A, "Sure. It starts with year I in 1792."),
            (U, "which Gregorian date is 9 Thermidor year II"),
        ],
        "needs knowledge of the French Republican calendar",
    ),
    (
        "conv-chemistry-atoms",
        [
            (U, "We're balancing equations in chem homework."),
            (A, "Okay, send me the equation."),
            (U, "how many oxygen atoms in 3 Ca(NO3)2"),
        ],
        "needs reading a chemical formula",
    ),
    (
        "conv-caesar-cipher",
        [
            (U, "We're doing a Caesar cipher with a shift of 3 for the escape room clue."),
            (A, "Shift of three, got it."),
            (U, "decode 'Wkuhh sdwkv, 12 grruv'"),
        ],
        "decoding text with the cipher set earlier",
    ),
    (
        "conv-recipe-scale",
        [
            (
                U,
                (
                    "My nan's scone recipe: 450 g self-raising flour, 100 g butter, 2 eggs, "
                    "250 ml milk, serves 8."
                ),
            ),
            (A, "That sounds like a classic. What would you like to do with it?"),
            (U, "scale it for 20"),
        ],
        "the recipe is only in the earlier turn, and scaling eggs needs judgement",
    ),
    (
        "conv-club-subs",
        [
            (
                U,
                (
                    "Club subs rule: adults £40, under-18s half price, over-65s free, and a "
                    "family never pays more than £90."
                ),
            ),
            (A, "Got it."),
            (U, "two adults, three kids and grandad who's 70, what do we pay"),
        ],
        "the fee rules come from the earlier turn",
    ),
    (
        "conv-tennis-score",
        [
            (U, "Watching tennis with my dad who doesn't know the scoring."),
            (A, "Happy to explain as you go."),
            (U, "it's 40-30 to the server and she loses the next two points, what's the score"),
        ],
        "tennis scoring (deuce, advantage) rather than arithmetic",
    ),
    (
        "conv-golf-stableford",
        [
            (U, "We're playing Stableford today with full handicap."),
            (A, "Okay, net score per hole against par."),
            (U, "par 4, stroke index 3, my handicap's 18 and I took 6. points?"),
        ],
        "Stableford scoring rules and the earlier context",
    ),
    (
        "conv-mars-sol",
        [
            (U, "for my sci-fi story, a day on the colony is one Martian sol"),
            (A, "A sol is about 24 hours 39 minutes 35 seconds."),
            (U, "so how many of their days is 1000 earth days"),
        ],
        "uses a length of day given by the assistant and a story context",
    ),
    (
        "conv-music-bars",
        [
            (U, "The piece is in 6/8 with the dotted crotchet at 60."),
            (A, "So one bar lasts two seconds."),
            (U, "how many bars fit in 3 minutes"),
        ],
        "bar length depends on the time signature and tempo from earlier",
    ),
    (
        "conv-hex-colours",
        [
            (U, "Working on CSS colours."),
            (A, "Sure, what do you need?"),
            (U, "#FF8800 minus #112233, channel by channel"),
        ],
        "hex colour channels, not a single arithmetic sum",
    ),
    (
        "conv-limerick-numbers",
        [
            (U, "write me a limerick about a cat who can count"),
            (A, "There once was a cat who could count / to a truly remarkable amount..."),
            (U, "now one about 7 times 8"),
        ],
        "a creative writing request in context",
    ),
    (
        "conv-ordinal-birthday",
        [
            (U, "My grandma was born the same day the Queen was crowned."),
            (A, "That would be 2 June 1953, the coronation of Elizabeth II."),
            (U, "how old is she on her birthday in 2029 then, and what should we plan"),
        ],
        "needs the date supplied by the model and wants party advice",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone-number",
        "who's likely calling from 0161 496 0732, is that a Manchester code",
        "an identifier, needs knowledge of dialling codes",
    ),
    ("near-phone-number", "which country is +358", "dialling code lookup"),
    (
        "near-phone-number",
        "is 0800 number free to call from a mobile in the UK",
        "telecoms pricing fact",
    ),
    ("near-isbn", "whose novel is ISBN 978-0-14-118776-1", "identifier lookup"),
    ("near-isbn", "why do ISBNs sometimes end in an X", "explanation of a check digit"),
    (
        "near-version",
        "is python 3.10 newer than 3.9 or older",
        "version ordering, not decimal comparison",
    ),
    (
        "near-version",
        "what changed between node 18.19 and 20.11 that might break my build",
        "release knowledge",
    ),
    (
        "near-version",
        "iOS 17.4.1 vs 17.5 — worth updating an old iPhone 11?",
        "opinion on versions",
    ),
    (
        "near-score",
        (
            "we won the first leg 2-1 away and lost 1-0 at home, do away goals still "
            "count in the Champions League"
        ),
        "rules knowledge about football scores",
    ),
    ("near-score", "what does a 6-0 6-0 scoreline get called in tennis", "sports slang"),
    (
        "near-score",
        "is 147 the highest possible break in snooker and why",
        "sports rules explanation",
    ),
    ("near-score", "what does a 3-5-2 formation look like", "football tactics, not a sum"),
    ("near-range", "is a child aged 5-11 in key stage 1 or 2", "school system knowledge"),
    (
        "near-range",
        "what does 'ages 3-5' on a toy box actually mean for a 2 year old",
        "advice about a range label",
    ),
    ("near-range", "my resting heart rate is 48-52, is that too low", "health interpretation"),
    (
        "near-part-number",
        "what's the difference between a 6205-2RS and a 6205-ZZ bearing",
        "part numbers, needs engineering knowledge",
    ),
    (
        "near-part-number",
        "will a CR2032 battery fit where a CR2025 goes",
        "battery codes, needs product knowledge",
    ),
    ("near-part-number", "what does M8x1.25 mean on a bolt", "thread notation explanation"),
    ("near-part-number", "what's the 225/45 R17 on my tyre telling me", "tyre code explanation"),
    (
        "near-opinion",
        "is 37.5 hours a week normal for full time in the UK",
        "labour-market knowledge and judgement",
    ),
    ("near-opinion", "is a 4.9% fixed mortgage rate good at the moment", "opinion, time-bound"),
    (
        "near-opinion",
        "would you rather have £1 million now or a penny doubled every day for a month, and why",
        "discussion of a classic puzzle, not one sum",
    ),
    ("near-opinion", "is 3.4 a good GPA for getting into a US grad school", "admissions view"),
    (
        "near-opinion",
        "should I set the heating to 19 or 21 degrees for a baby's room",
        "advice, not a conversion",
    ),
    (
        "near-explain",
        "why does 0.1 + 0.2 come out as 0.30000000000000004 in javascript",
        "explanation of floating point",
    ),
    ("near-explain", "explain why 1/3 never ends as a decimal", "mathematical explanation"),
    (
        "near-explain",
        "how does compound interest actually work, explain it like I'm 12",
        "explanation, not a computation",
    ),
    ("near-explain", "why is anything to the power of 0 equal to 1", "explanation"),
    ("near-explain", "prove the square root of 2 is irrational", "a proof"),
    ("near-explain", "is 1 a prime number? why not", "definition and reasoning"),
    (
        "near-explain",
        "what's the difference between 3/4 and 6/8 time in music",
        "music theory, not fractions",
    ),
    ("near-explain", "what does 16:9 mean on a TV", "aspect ratio explanation"),
    (
        "near-explain",
        "f/2.8 vs f/4, which lets in more light and by how many stops",
        "photography knowledge",
    ),
    (
        "near-fact",
        "how far is it from London to Edinburgh by road",
        "geographic fact, not a conversion",
    ),
    ("near-fact", "population of Lagos in 2020", "fact lookup"),
    ("near-fact", "how many calories in a medium banana", "nutrition fact"),
    ("near-fact", "why did the Berlin Wall come down when it did", "history fact"),
    ("near-fact", "when is Diwali in 2028", "holiday date needs lunar calendar knowledge"),
    ("near-fact", "what date is Easter Sunday in 2031", "movable feast, needs the model"),
    ("near-fact", "when do the clocks go back in Australia", "daylight saving knowledge"),
    (
        "near-fact",
        "does pasta take longer to cook at altitude, say in La Paz",
        "physics and cooking knowledge, no unit conversion",
    ),
    (
        "near-fact",
        "does a newborn have more bones than my granddad, and why do they fuse",
        "anatomy fact",
    ),
    (
        "near-fact",
        "what's the molar mass of aspirin and how do you work it out",
        "needs the chemical formula",
    ),
    ("near-fact", "what are the Scottish income tax bands for 2028/29", "tax fact, time-bound"),
    ("near-fact", "how long does a UK passport renewal usually take", "process fact"),
    ("near-fact", "what chinese zodiac animal is 1988", "cultural knowledge"),
    ("near-identifier", "what does error 0x80070005 mean in windows update", "error code lookup"),
    ("near-identifier", "what's HTTP 418", "status code meaning"),
    ("near-identifier", "what does 10-4 mean on CB radio", "radio code slang"),
    (
        "near-identifier",
        "what does Romans 8:28 mean in context",
        "a Bible verse reference, not a time",
    ),
    ("near-identifier", "summarise psalm 23 for a funeral reading", "scripture reference"),
    ("near-identifier", "what's at junction 15 of the M25", "road junction lookup"),
    ("near-identifier", "what happened in 1066", "history, a year as identifier"),
    ("near-identifier", "what does the 20-20-20 rule for eyes mean", "health guideline"),
    (
        "near-identifier",
        "which flight is BA117 and what terminal does it leave from",
        "flight number lookup",
    ),
    ("near-identifier", "what does 4/20 mean", "cultural reference"),
    (
        "near-estimate",
        "roughly how many golf balls would fit in a school bus",
        "Fermi estimate, no single exact answer",
    ),
    ("near-estimate", "about how many piano tuners are there in Chicago", "Fermi estimate"),
    (
        "near-estimate",
        "ballpark, how much should I budget for a week in Lisbon",
        "estimate needing local knowledge",
    ),
    ("near-size", "is a UK 12 dress the same as a US 8", "clothing size conventions"),
    ("near-size", "what frame size road bike for a rider 5 ft 4 with short legs", "bike fitting"),
    (
        "near-odds",
        "what are my odds of winning the EuroMillions jackpot with one line",
        "needs the lottery's rules",
    ),
    (
        "near-odds",
        "is it worth doubling down on 11 against a dealer 10 in blackjack",
        "strategy judgement",
    ),
    (
        "near-medical",
        "my blood pressure was 145/95 this morning, should I worry",
        "medical interpretation",
    ),
    ("near-medical", "is 38.2 a fever for a toddler", "medical judgement"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "cooking": [
        "my mushroom risotto always ends up gluey, what am I doing wrong",
        "what can I cook with leftover roast lamb that isn't shepherd's pie",
        "ideas for a vegan main course that'll impress my in-laws",
        "why did my bread come out dense and flat",
        "I defrosted mince in the fridge but plans changed, can it go back in the freezer",
        "give me a simple dal recipe for a weeknight",
        "what's a good substitute for buttermilk in pancakes",
        "how do I get sea bass skin properly crisp without the fillet curling",
        "what herbs go well with roasted carrots",
        "best way to keep coriander fresh longer",
    ],
    "writing": [
        "write a short toast for my brother's wedding, funny but not embarrassing",
        "help me word a polite email chasing an unpaid invoice",
        "can you make this sentence less clunky: 'the meeting that was held was attended by many'",
        "write a haiku about the first frost on allotments",
        "draft a resignation letter that keeps things friendly",
        "give me three opening lines for a ghost story set in a motorway service station",
        "rewrite my cover letter intro to sound more confident",
        "write a thank-you note to my child's teacher at the end of the school year",
        "suggest a title for a memoir about growing up above a chip shop",
        "how do I write dialogue for a character who lies a lot",
    ],
    "coding": [
        "how do I reverse a linked list in C",
        "in Go, what's the difference between a goroutine and an OS thread",
        "why is my React component rendering twice",
        "explain git rebase vs merge in plain english",
        "how do I read a CSV file with pandas and skip the first two rows",
        "what does 'undefined is not a function' usually mean",
        "write a bash one-liner to find the biggest files in a folder",
        "best way to structure a small Flask app",
        "how do I centre a div both ways",
        "what's a race condition, with a simple example",
    ],
    "health": [
        "easing back into five-a-side football after a torn calf, how should I go about it",
        "my brain starts replaying work conversations at 2am, how do I get back to sleep",
        "what are the early signs of dehydration in older people",
        "felt woozy for hours after donating plasma, is that normal",
        "how do I help my teenager who's anxious about exams",
        "stretches for a stiff lower back from sitting all day",
        "what foods are good sources of iron for vegetarians",
        "how can I tell if a dog bite on my hand needs a doctor to look at it",
        "how to cope with jet lag after a long flight east",
        "what should go in a first aid kit for a week canoeing in Sweden",
    ],
    "travel": [
        "what should I see in Kyoto if I only have one full day",
        "is it better to take the train or fly from Madrid to Barcelona",
        "what do I need to know before driving in Iceland in winter",
        "recommend a quiet Greek island that isn't overrun with tourists",
        "is it rude to leave a tip in a Tokyo izakaya",
        "how do I avoid getting scammed by taxis in Marrakech",
        "packing list for a week of camping in the Lake District",
        "good day trips from Edinburgh without a car",
        "what's the best way to see the northern lights in Norway",
        "tips for travelling with a toddler on a long-haul flight",
    ],
    "home-and-garden": [
        "the leaves on my chilli plants have gone pale and speckled underneath, what is it",
        "how do I get rid of black mould in a bathroom ceiling",
        "when should I prune a hydrangea",
        "what plants are safe to have around cats",
        "how do I unblock a kitchen sink without chemicals",
        "tips for making a small living room feel bigger",
        "something eats holes in my dahlias overnight, how do I find out what",
        "best way to paint over wallpaper or should I strip it",
        "what's the easiest vegetable for a first-time grower",
        "how to bleed a radiator",
    ],
    "relationships": [
        "how do I tell a friend I can't afford her hen weekend",
        "my flatmate never cleans up, how do I raise it without a row",
        "how do I support a friend whose dad just died",
        "ideas for a cheap but thoughtful anniversary",
        "how do I set boundaries with a parent who drops in unannounced",
        "what should I say in a first message on a dating app",
        "how do I apologise to my sister after a big argument",
        "how can I make friends after moving to a new city",
        "my partner wants a dog and I don't, how do we decide",
        "how to handle a coworker who takes credit for my work",
    ],
    "learning": [
        "what's the best way to learn Spanish verbs",
        "why do leaves change colour in autumn, what's happening chemically",
        "what were the main causes of the Thirty Years' War",
        "how do mRNA vaccines differ from the older kinds",
        "what's the difference between a hurricane, a typhoon and a cyclone",
        "summarise The Mill on the Floss without spoiling the ending",
        "how does a private member's bill get through parliament",
        "why are sunsets redder after a big volcanic eruption",
        "when do I use fewer and when do I use less",
        "explain how the stock market works to a beginner",
    ],
    "work-and-money": [
        "how do I bring up a pay rise when my manager keeps cancelling our one-to-ones",
        "what should I put in a personal statement for a nursing course",
        "is it better to pay off my overdraft or start saving",
        "how do I prepare for a panel interview",
        "what's the difference between an ISA and a pension",
        "tips for running a productive team meeting",
        "how do I explain a career gap on my CV",
        "should I go freelance or stay employed, what should I weigh up",
        "how do I negotiate a lower rent with my landlord",
        "what questions should I ask at the end of a job interview",
    ],
    "fun-and-misc": [
        "suggest a theme for a 40th birthday party",
        "what board games are good for six players",
        "recommend some podcasts about unsolved mysteries",
        "give me a pub quiz round about rivers",
        "what's a good name for a grey rescue cat",
        "ideas for a rainy-day activity with two kids under 6",
        "recommend a fantasy series for someone who loved Earthsea",
        "what's the story behind the Loch Ness monster",
        "tell me a joke about penguins",
        "help me plan a treasure hunt for a seven-year-old's party",
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
    # no register (family name) of this set is a family name of sets 19 to 168
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 168: {reused}"
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
