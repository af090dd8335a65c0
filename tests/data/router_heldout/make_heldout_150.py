"""Generate heldout-2027-05-02.jsonl: a hundred-and-fiftieth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_150.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-149, registers against sets 19-149,
stated weekdays, gradability and a byte-for-byte regeneration digest.

Provenance
----------
Read: /work/main/bench/grading.py; earlier_registers.txt (only grep for candidate register
names); of the copied generator only the permitted ranges (set-up and helpers, units header and
unit_r, datetime header and helpers, negatives header and conv, weekday check, checks and output),
each with sed -n; the old query sections were never viewed.
Wrote: four new query sections (45 calculator, 45 units, 45 datetime positives, 14 plain per
tool, 25 new registers each used by all three tools; 200 negatives: 100 ordinary, 65 near-,
35 conversations), drafted in scratch files and spliced in by line number, bottom range first,
after asserting the boundary lines without printing them; small helpers money, add_working_days,
hours_ahead and span_between (zoneinfo, via UTC, for spans across clock changes).
Checked: the generator's own checks (a first run flagged 20 queries or turns that repeated
earlier sets, and one rounded unit answer too coarse at two decimals; all were reworded or
changed); my own scan of this set's JSONL for contested unit words and month/year lengths in
every turn; ruff check and ruff format with the project config; lines at most 99 columns.
Slips: none known; a few of my own new lines were printed back while fixing line lengths.
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
OUT = HERE / "heldout-2027-05-02.jsonl"
PREFIX = "ho150-"
# earlier generators: sets 1-149 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 150))
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


def money(x):
    """A money amount, asserted to come out in whole cents (or pence)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


# plain one-line questions
calc(P, "What is 17.5% of 2,648?", pct("17.5") * 2648)
calc(P, "divide 1,284 by sixteen", F(1284, 16))
calc(P, "what's 3.75 times 48.2", dec("3.75") * dec("48.2"))
calc(P, "Compute (245 + 378) × 12 − 1,009.", (245 + 378) * 12 - 1009)
calc(P, "square root of 7,225 please", math.isqrt(7225))
calc(P, "What is 2 to the power of 13 minus 999?", 2**13 - 999)
calc(P, "how much is 0.35 of 1920", dec("0.35") * 1920)
calc(P, "Calculate 9,876 − 4,329 + 1,207.", 9876 - 4329 + 1207)
calc(P, "What is 86.40 with 15% taken off?", money(dec("86.40") * (1 - pct(15))))
calc(P, "seven hundred and twenty-five times thirty-six", 725 * 36)
calc(P, "What's the mean of 14, 27, 33, 41 and 50?", F(14 + 27 + 33 + 41 + 50, 5))
calc(P, "If 48 is 32% of a number, what's the number?", 48 / pct(32))
calc(P, "6.5 squared plus 4.25 = ?", dec("6.5") ** 2 + dec("4.25"))
calc(P, "Increase 2,350 by 8 percent.", 2350 * (1 + pct(8)))
assert math.isqrt(7225) ** 2 == 7225

# registers
calc(
    "leadlight_window_glazier_tally",
    "Quoting a leadlight panel: 38 pieces of glass at £4.20 each plus 11.5 hours of labour at "
    "£32 an hour. What's the total in pounds?",
    money(38 * dec("4.20") + dec("11.5") * 32),
)
_came = whole_up(dec("27.3") / 2)
calc(
    "leadlight_window_glazier_tally",
    "lead came comes in 2 metre lengths at £3.85 a length and the window needs 27.3 m of it. "
    "buying whole lengths only, what does the came cost me?",
    money(_came * dec("3.85")),
)
calc(
    "merino_wool_shearing_gang",
    "Our gang sheared 1,146 sheep over three days and the contract pays $3.85 a head. Split "
    "evenly among 6 shearers, how much does each of us get?",
    money(1146 * dec("3.85") / 6),
)
calc(
    "harpsichord_quill_revoicer",
    "Revoicing a double-manual harpsichord: 183 plectra at €1.40 each for the delrin, plus my "
    "€95 call-out fee. Total bill?",
    money(183 * dec("1.40") + 95),
)
calc(
    "kayak_coastal_crossing_log",
    "The crossing was 34.2 km and our average was 5.7 km per hour, so how many hours were we "
    "on the water?",
    dec("34.2") / dec("5.7"),
)
calc(
    "mobile_knife_sharpener_van",
    "Sharpened 47 kitchen knives at £6 each and 12 pairs of scissors at £7.50 for the butcher, "
    "then knocked 10% off the lot. What did he pay?",
    money((47 * 6 + 12 * dec("7.50")) * (1 - pct(10))),
)
_belts_packs = F(840, 35) / 6
assert _belts_packs == 4
calc(
    "mobile_knife_sharpener_van",
    "grinding belts are $14.40 for a pack of six and one belt does 35 knives. what do the belts "
    "cost me for 840 knives",
    money(_belts_packs * dec("14.40")),
)
calc(
    "village_cricket_tea_rota",
    "Tea for 22 players, 2 umpires and 2 scorers at £4.75 a head — how much should the tea "
    "ladies collect?",
    money(26 * dec("4.75")),
)
calc(
    "taxidermy_bird_mount_quotes",
    "Barn owl mount: £280 base price plus 20% VAT, less the £50 deposit already paid. How much "
    "is left to pay?",
    money(280 * (1 + pct(20)) - 50),
)
calc(
    "glassblowing_hot_shop_rental",
    "The hot shop rents at $65 an hour and I've booked 3.5 hours on each of four Saturdays. "
    "Total rental?",
    money(65 * dec("3.5") * 4),
)
calc(
    "canal_lock_keeper_volunteer",
    "a flight of 21 locks, each with a rise of 2.35 m. total rise of the flight in metres?",
    21 * dec("2.35"),
)
calc(
    "hawk_flying_demo_booking",
    "We charge £340 for a school hawk display plus 45p a mile travel, and the school is 62 "
    "miles away each way. What's the invoice total in pounds?",
    money(340 + dec("0.45") * 62 * 2),
)
calc(
    "wedding_cake_tier_baker",
    "The three tiers need 1.2 kg, 2.1 kg and 3.4 kg of fondant and fondant is £8.50 per kg. "
    "What does the fondant cost?",
    money((dec("1.2") + dec("2.1") + dec("3.4")) * dec("8.50")),
)
calc(
    "wedding_cake_tier_baker",
    "My sponge recipe uses 450 g of butter and serves 24; the couple want it to serve 150. "
    "How many grams of butter do I need?",
    450 * F(150, 24),
)
calc(
    "snooker_hall_table_recloth",
    "Recovering 7 full-size tables at £415 each and the club pays 40% upfront. How much is "
    "the upfront payment?",
    money(7 * 415 * pct(40)),
)
calc(
    "organ_builder_pipe_workshop",
    "The new organ has five manual ranks of 56 pipes each plus one 30-note pedal rank. How "
    "many pipes is that altogether?",
    5 * 56 + 30,
)
calc(
    "marathon_water_station_lead",
    "2,400 runners, we plan 3 paper beakers per runner at each of our 2 stations, beakers "
    "come in sleeves of 50 — how many sleeves do we order?",
    F(2400 * 3 * 2, 50),
)
calc(
    "vintage_tractor_restorer",
    "Parts for the Fergie: carburettor kit £89.99, magneto rebuild £145.50 and four tyres at "
    "£212.25 each. What's the total?",
    money(dec("89.99") + dec("145.50") + 4 * dec("212.25")),
)
calc(
    "mussel_rope_farm_crew",
    "We lifted 18.6 tonnes off the ropes, 7.5% is lost at grading and the merchant pays "
    "€1,350 a tonne for what's left. How much do we get?",
    money(dec("18.6") * (1 - pct("7.5")) * 1350),
)
calc(
    "mussel_rope_farm_crew",
    "240 droppers, each 8 m long, seeded at 1.25 kg of spat per metre: how many kg of seed "
    "in total?",
    240 * 8 * dec("1.25"),
)
calc(
    "community_radio_night_host",
    "My show runs 3 hours with 4 ad breaks of 2.5 minutes each and a 4-minute news bulletin "
    "every hour. How many minutes are left for me?",
    180 - 4 * dec("2.5") - 3 * 4,
)
calc(
    "bell_foundry_apprentice",
    "bell metal here is 78% copper and 22% tin. for a 340 kg pour how many kilos of tin "
    "do I weigh out?",
    340 * pct(22),
)
calc(
    "mushroom_grow_room_manager",
    "The oyster mushroom room gave us 412 kg this flush and the restaurant pays £7.80 a "
    "kilo. What's that worth?",
    money(412 * dec("7.80")),
)
calc(
    "puppet_theatre_touring_crew",
    "14 shows on the tour, average house of 86 at £9 a ticket, and the venues keep 30% of "
    "the box office. What's our share?",
    money(14 * 86 * 9 * (1 - pct(30))),
)
calc(
    "lido_lifeguard_roster",
    "Lifeguards are paid £12.60 an hour and Saturday needs 4 guards on for 9.5 hours each. "
    "What's the wage bill?",
    money(4 * dec("9.5") * dec("12.60")),
)
calc(
    "lido_lifeguard_roster",
    "Entry is £4.20 for adults and £2.60 for juniors. Sunday we had 318 adults and 245 "
    "juniors, so what were the takings?",
    money(318 * dec("4.20") + 245 * dec("2.60")),
)
calc(
    "parish_magazine_printer",
    "320 copies of a 24 page parish magazine, printed 4 pages to a sheet (2 each side). how "
    "many sheets do I need?",
    320 * F(24, 4),
)
calc(
    "climbing_wall_route_setter",
    "Setting 36 boulder problems at 25 minutes each and 12 rope routes at 55 minutes each — "
    "how many hours of setting is that?",
    F(36 * 25 + 12 * 55, 60),
)
calc(
    "ferry_ticket_office_clerk",
    "Single fare for a car with 2 adults and 3 children: the car is £64, adults £18.50, "
    "children pay half the adult fare. Total?",
    money(64 + 2 * dec("18.50") + 3 * dec("18.50") / 2),
)
calc(
    "ferry_ticket_office_clerk",
    "The 07:40 sailing carried 212 cars and the car deck holds 265. What percentage full was it?",
    F(212, 265) * 100,
)
calc(
    "apiary_queen_breeder",
    "sold 57 mated queens at £38 each but refunded 3 that failed to lay. net takings?",
    money((57 - 3) * 38),
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


NMI = 1852  # m, the international nautical mile (stated in the queries that use it)
G = F(1, 1000)  # kg

# plain one-line questions
unit(P, "Convert 72 km/h to metres per second.", 72 * KMH / 1, EXACT)
unit_r(P, "How many pounds is 50 kg?", 50 / LB)
unit(P, "what is 98.6 fahrenheit in celsius", f_to_c(dec("98.6")), EXACT)
unit_r(P, "Convert 3.5 miles to kilometres.", dec("3.5") * MI / 1000)
unit_r(P, "How many square feet are in 40 square metres?", 40 / SQFT)
unit(P, "2.4 GiB in MiB?", dec("2.4") * GIB / MIB, EXACT)
unit(P, "Express 1,500 millilitres in litres.", F(1500, 1000), EXACT)
unit_r(P, "How many inches is 185 cm?", dec("1.85") / IN)
unit_r(P, "What is 60 psi expressed in bar?", 60 * PSI / BAR)
unit_r(P, "12 stone in kilograms", 12 * STONE)
unit(P, "how many metres make 275 yards", 275 * YD, EXACT)
unit(P, "Convert minus 10 degrees Celsius to Fahrenheit.", c_to_f(-10), EXACT)
unit_r(P, "how many ounces (weight) in 1.25 kg", dec("1.25") / OZ)
unit(P, "3 hours 45 minutes in seconds?", (3 * 60 + 45) * 60, EXACT)

# registers
unit(
    "leadlight_window_glazier_tally",
    "The lead came is sold in 6 foot strips. How long is one strip in centimetres?",
    6 * FT * 100,
    EXACT,
)
unit_r(
    "leadlight_window_glazier_tally",
    "a leadlight panel 24 inches by 36 inches — what's its area in square centimetres?",
    24 * 36 * IN * IN * 10000,
)
unit_r(
    "merino_wool_shearing_gang",
    "Best fleece of the day weighed 5.8 kg. What's that in pounds for the American buyer?",
    dec("5.8") / LB,
)
unit_r(
    "harpsichord_quill_revoicer",
    "The longest bass string on this harpsichord is 1,420 mm. How long is it in inches?",
    dec("1.420") / IN,
)
unit(
    "kayak_coastal_crossing_log",
    "Sunday's leg was 11.5 nautical miles, taking 1 nautical mile as 1852 m. How many "
    "kilometres is that?",
    dec("11.5") * NMI / 1000,
    EXACT,
)
unit(
    "mobile_knife_sharpener_van",
    "customer's chef knife blade is 8.25 inches. how many millimetres?",
    dec("8.25") * IN * 1000,
    EXACT,
)
unit_r(
    "mobile_knife_sharpener_van",
    "This cleaver weighs 7 ounces on my scale. Convert that to grams.",
    7 * OZ / G,
)
unit_r(
    "village_cricket_tea_rota",
    "A cricket pitch is 22 yards between the stumps; what is that in metres?",
    22 * YD,
)
unit_r(
    "taxidermy_bird_mount_quotes",
    "The eagle owl came in at 3 lb 14 oz. How many grams is that?",
    (3 * 16 + 14) * OZ / G,
)
unit(
    "glassblowing_hot_shop_rental",
    "Our furnace idles at 1,150 °C. What's that in degrees Fahrenheit?",
    c_to_f(1150),
    EXACT,
)
unit_r(
    "canal_lock_keeper_volunteer",
    "Narrowboat coming up is 57 ft long. How many metres?",
    57 * FT,
)
unit_r(
    "hawk_flying_demo_booking",
    "Our Harris hawk was clocked at 48 mph in a stoop. Convert to km/h please.",
    48 * MPH / KMH,
)
unit(
    "wedding_cake_tier_baker",
    "The bottom tier tin is a 10 inch round — how many centimetres across?",
    10 * IN * 100,
    EXACT,
)
unit(
    "wedding_cake_tier_baker",
    "the fruit cake bakes at 140 °C, what is that in °F for the american oven",
    c_to_f(140),
    EXACT,
)
unit_r(
    "snooker_hall_table_recloth",
    "The bed of a full-size table is 11 ft 8.5 in long. What's that in metres?",
    (11 * 12 + dec("8.5")) * IN,
)
unit_r(
    "organ_builder_pipe_workshop",
    "Low C of a 32-foot stop speaks from a pipe nominally 32 feet long. Give that in metres.",
    32 * FT,
)
unit_r(
    "marathon_water_station_lead",
    "Our station sits at the 17.5 mile marker. How far is that in kilometres?",
    dec("17.5") * MI / 1000,
)
unit_r(
    "vintage_tractor_restorer",
    "The manual says rear tyres at 18 psi. What's that in kilopascals?",
    18 * PSI / 1000,
)
unit_r(
    "mussel_rope_farm_crew",
    "Sea temperature at the lines this morning was 57 °F — convert to Celsius.",
    f_to_c(57),
)
unit_r(
    "mussel_rope_farm_crew",
    "each dropper hangs 26 ft below the backbone line. how many metres is that?",
    26 * FT,
)
unit_r(
    "community_radio_night_host",
    "The show archive folder is 3,750 MiB. How many GiB is that?",
    3750 * MIB / F(GIB),
)
unit_r(
    "bell_foundry_apprentice",
    "The new tenor bell weighs 1,150 kg. What is its weight in pounds?",
    1150 / LB,
)
unit_r(
    "mushroom_grow_room_manager",
    "The grow room floor is 18 ft by 12 ft. Area in square metres?",
    18 * 12 * SQFT,
)
unit_r(
    "puppet_theatre_touring_crew",
    "The van's set and puppet load is 650 kg. How many stone is that?",
    650 / STONE,
)
unit(
    "lido_lifeguard_roster",
    "Pool water was 24 °C at opening; what's that in Fahrenheit for the board?",
    c_to_f(24),
    EXACT,
)
unit(
    "lido_lifeguard_roster",
    "The old training pool is 25 yards long. How many metres is a length?",
    25 * YD,
    EXACT,
)
unit(
    "parish_magazine_printer",
    "US letter paper is 8.5 inches wide; how wide is it in millimetres?",
    dec("8.5") * IN * 1000,
    EXACT,
)
unit_r(
    "climbing_wall_route_setter",
    "Our lead wall is 14.5 m high. What's the height in feet?",
    dec("14.5") / FT,
)
unit(
    "ferry_ticket_office_clerk",
    "The ship cruises at 18 knots; with 1 knot being 1.852 km/h, what's her speed in km/h?",
    18 * dec("1.852"),
    EXACT,
)
unit_r(
    "ferry_ticket_office_clerk",
    "Height limit on the upper car deck is 2.1 metres. In feet, how much is that?",
    dec("2.1") / FT,
)
unit_r(
    "apiary_queen_breeder",
    "A full brood box plus supers weighed 42 kg at the autumn check; how many lb?",
    42 / LB,
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


def add_working_days(d, n):
    """The date n Monday-to-Friday days after d."""
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def hours_ahead(zone_a, zone_b, when):
    """How many hours zone_b's clocks are ahead of zone_a's at the naive UTC instant `when`."""
    u = when.replace(tzinfo=dt.UTC)
    a = u.astimezone(ZoneInfo(zone_a)).utcoffset()
    b = u.astimezone(ZoneInfo(zone_b)).utcoffset()
    return F(int((b - a).total_seconds()), 3600)


def span_between(start, zone_s, end, zone_e, unit_s):
    """Elapsed time between two local wall-clock times, via UTC, in units of unit_s seconds."""
    a = start.replace(tzinfo=ZoneInfo(zone_s)).astimezone(dt.UTC)
    b = end.replace(tzinfo=ZoneInfo(zone_e)).astimezone(dt.UTC)
    return F(int((b - a).total_seconds()), unit_s)


# plain one-line questions
date_item(P, "What day of the week is 19 August 2027?", weekday(D(2027, 8, 19)))
date_item(
    P,
    "How many days are there from 3 March 2027 to 28 November 2027?",
    days(D(2027, 3, 3), D(2027, 11, 28)),
)
date_item(P, "What date is 100 days after 14 June 2027?", D(2027, 6, 14) + TD(days=100))
date_item(P, "what date is 6 weeks before 2 april 2028", D(2028, 4, 2) - TD(weeks=6))
date_item(
    P,
    "How old is someone born on 11 November 1990 on 1 September 2027?",
    age(D(1990, 11, 11), D(2027, 9, 1)),
)
date_item(
    P, "Christmas Day 2026, 25 December 2026, fell on which weekday?", weekday(D(2026, 12, 25))
)
date_item(P, "Give the date 250 days after 1 January 2028.", D(2028, 1, 1) + TD(days=250))
date_item(
    P,
    "How many weeks are there from 7 July 2027 to 29 December 2027?",
    weeks(D(2027, 7, 7), D(2027, 12, 29)),
)
date_item(P, "When is the third Tuesday of October 2027?", nth_weekday(2027, 10, TUE, 3))
date_item(
    P,
    "how many hours is it from 22:15 until 06:45 the morning after",
    clock_span("22:15", "06:45", 3600),
)
date_item(P, "what's the date of the last Friday in November 2027", nth_weekday(2027, 11, FRI, -1))
date_item(
    P,
    "How many days from 10 February 2028 to 10 March 2028?",
    days(D(2028, 2, 10), D(2028, 3, 10)),
)
date_item(P, "Which date falls 90 days before 1 October 2027?", D(2027, 10, 1) - TD(days=90))
date_item(
    P,
    "On 15 July 2027, how many hours ahead of London is Tokyo?",
    hours_ahead("Europe/London", "Asia/Tokyo", DT(2027, 7, 15, 12)),
)
assert days(D(2028, 2, 10), D(2028, 3, 10)) == 29

# registers
_glass_order = D(2027, 6, 7)
date_item(
    "leadlight_window_glazier_tally",
    f"Ordered the antique glass on {sayw(_glass_order)} and the supplier quotes 18 working "
    "days (Monday to Friday, no holidays). What date should it arrive?",
    add_working_days(_glass_order, 18),
)
date_item(
    "leadlight_window_glazier_tally",
    "Invoice for the church window is dated 30 August 2027 with 45 days to pay. What's the "
    "due date?",
    D(2027, 8, 30) + TD(days=45),
)
date_item(
    "merino_wool_shearing_gang",
    "Shearing at the station starts 14 September 2027 and runs 23 days, counting the first "
    "and last day. What's the last day?",
    D(2027, 9, 14) + TD(days=22),
)
date_item(
    "harpsichord_quill_revoicer",
    "I last tuned the college harpsichord on 4 November 2026 and go back every 13 weeks. "
    "When's the next visit due?",
    D(2026, 11, 4) + TD(weeks=13),
)
date_item(
    "kayak_coastal_crossing_log",
    "Left Dover at 06:30 UK time on 12 August 2027 and landed near Calais at 16:05 French "
    "time the same day. How many minutes was the crossing?",
    span_between(
        DT(2027, 8, 12, 6, 30), "Europe/London", DT(2027, 8, 12, 16, 5), "Europe/Paris", 60
    ),
)
_market = D(2027, 5, 8)
assert _market.weekday() == SAT
date_item(
    "mobile_knife_sharpener_van",
    f"I do the farmers' market every other Saturday starting {sayw(_market)}. What's the "
    "date of my 6th market?",
    _market + TD(weeks=2 * 5),
)
date_item(
    "mobile_knife_sharpener_van",
    "how many days from 3 january 2027 to 19 july 2027, when my van insurance renews?",
    days(D(2027, 1, 3), D(2027, 7, 19)),
)
_season = (D(2027, 5, 1), D(2027, 9, 4))
assert _season[0].weekday() == SAT and _season[1].weekday() == SAT
date_item(
    "village_cricket_tea_rota",
    f"Our season runs from {sayw(_season[0])} to {sayw(_season[1])}. How many Saturdays is "
    "that, counting both ends, for the tea rota?",
    weeks(*_season) + 1,
)
date_item(
    "taxidermy_bird_mount_quotes",
    "A pheasant dropped off on 23 March 2027 takes 16 weeks to mount. When will it be ready?",
    D(2027, 3, 23) + TD(weeks=16),
)
date_item(
    "glassblowing_hot_shop_rental",
    "The annealer went on at 19:30 and the cycle ends at 07:15 the next morning. How many "
    "hours is that?",
    clock_span("19:30", "07:15", 3600),
)
date_item(
    "canal_lock_keeper_volunteer",
    "Winter stoppage on the flight runs from 2 November 2027 to 18 March 2028 inclusive. How "
    "many days is the canal shut?",
    days(D(2027, 11, 2), D(2028, 3, 18)) + 1,
)
date_item(
    "hawk_flying_demo_booking",
    "The county show booked us for 11 August 2027 — what day of the week will that be?",
    weekday(D(2027, 8, 11)),
)
_wedding = D(2027, 9, 18)
date_item(
    "wedding_cake_tier_baker",
    f"Wedding is {sayw(_wedding)} and the fruit cake has to be baked 10 weeks ahead so it "
    "can be fed. Bake date?",
    _wedding - TD(weeks=10),
)
date_item(
    "wedding_cake_tier_baker",
    "I take no orders later than 40 days before the wedding. For a wedding on 23 October "
    "2027, what's the last day they can order?",
    D(2027, 10, 23) - TD(days=40),
)
date_item(
    "snooker_hall_table_recloth",
    "The final is on 24 April 2028 in Sheffield. On that day how many hours behind Sheffield "
    "is Toronto?",
    hours_ahead("America/Toronto", "Europe/London", DT(2028, 4, 24, 12)),
)
date_item(
    "organ_builder_pipe_workshop",
    "Installation began on 6 January 2027 and the opening recital is 250 days after that. "
    "What date is the recital?",
    D(2027, 1, 6) + TD(days=250),
)
date_item(
    "marathon_water_station_lead",
    "The Chicago race is on 10 October 2027 and my parents are watching from Madrid. How "
    "many hours ahead of Chicago is Madrid that day?",
    hours_ahead("America/Chicago", "Europe/Madrid", DT(2027, 10, 10, 13)),
)
date_item(
    "vintage_tractor_restorer",
    "The tractor left the factory on 12 March 1956. How old will it be at the rally on 12 "
    "March 2028?",
    age(D(1956, 3, 12), D(2028, 3, 12)),
)
date_item(
    "mussel_rope_farm_crew",
    "spat settled on the ropes on 20 april 2027, we harvest at 400 days. harvest date?",
    D(2027, 4, 20) + TD(days=400),
)
date_item(
    "mussel_rope_farm_crew",
    "Our buyer in Hong Kong rings at 9 am his time on 14 January 2028. How many hours ahead "
    "of us in Shetland is he?",
    hours_ahead("Europe/London", "Asia/Hong_Kong", DT(2028, 1, 14, 1)),
)
date_item(
    "community_radio_night_host",
    "My late show goes out from 23:00 to 02:30. How many minutes is that on air?",
    clock_span("23:00", "02:30", 60),
)
_clocks_back = nth_weekday(2027, 10, SUN, -1)
assert _clocks_back == D(2027, 10, 31)
LONDON = "Europe/London"
_on_air, _off_air = DT(2027, 10, 30, 23), DT(2027, 10, 31, 4)
date_item(
    "community_radio_night_host",
    "On the night of 30 to 31 October 2027 I'm on air from 23:00 until 04:00 by the studio "
    "clock in Leeds, and the UK clocks go back that night. How many hours am I actually on?",
    span_between(_on_air, LONDON, _off_air, LONDON, 3600),
)
_pour = D(2027, 11, 5)
date_item(
    "bell_foundry_apprentice",
    f"We poured the bell on {sayw(_pour)} and it cools in the pit for 10 days before we dig "
    "it out. What date is that?",
    _pour + TD(days=10),
)
date_item(
    "mushroom_grow_room_manager",
    "Bags inoculated on 9 August 2027, first flush expected 5 weeks later. Which date?",
    D(2027, 8, 9) + TD(weeks=5),
)
date_item(
    "puppet_theatre_touring_crew",
    "The spring tour runs from 14 February 2028 to 9 May 2028 inclusive. How many days on "
    "the road?",
    days(D(2028, 2, 14), D(2028, 5, 9)) + 1,
)
date_item(
    "lido_lifeguard_roster",
    "The lido opens for the season on 29 May 2027. What weekday is opening day?",
    weekday(D(2027, 5, 29)),
)
date_item(
    "parish_magazine_printer",
    "Copy deadline is 17 days before the Advent issue comes out on 1 December 2027. What "
    "date is the deadline?",
    D(2027, 12, 1) - TD(days=17),
)
_reset = D(2027, 5, 19)
date_item(
    "climbing_wall_route_setter",
    f"We reset the bouldering cave every 3 weeks. Last reset was {sayw(_reset)}; when is "
    "the 7th reset after that?",
    _reset + TD(weeks=3 * 7),
)
date_item(
    "ferry_ticket_office_clerk",
    "A passenger wants the 3 March 2028 sailing. Which day of the week is that?",
    weekday(D(2028, 3, 3)),
)
_dep = DT(2028, 3, 25, 22, 45)
_arr = DT(2028, 3, 27, 7, 45)
assert nth_weekday(2028, 3, SUN, -1) == D(2028, 3, 26)  # UK and Spain both change that night
date_item(
    "ferry_ticket_office_clerk",
    f"The Bilbao boat leaves Portsmouth at 22:45 UK time on {sayw(_dep.date())} and docks at "
    f"07:45 Spanish time on {sayw(_arr.date())}. How many hours is the crossing?",
    span_between(_dep, "Europe/London", _arr, "Europe/Madrid", 3600),
)
_graft = D(2027, 6, 6)
date_item(
    "apiary_queen_breeder",
    f"Grafted larvae on {sayw(_graft)}; the queens emerge 12 days after grafting. On what date?",
    _graft + TD(days=12),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: numbers, money, units and dates about, but the model must answer
ORDINARY = {
    "opinion-money": [
        "Is it worth paying £180 a year for a railcard if I only travel twice a season?",
        "Would you rather take a 4% pay rise or an extra 3 days of leave?",
        "Do you think £12 is too much to charge for a children's pottery session?",
        "Is spending 30% of my take-home on rent sensible in a city like Bristol?",
        "Should a beginner cyclist spend £600 or £1,500 on a first road bike?",
        "is it rude to split a restaurant bill exactly when I only had a salad",
        "Do you reckon a 2.5% fee on card payments will put customers off my stall?",
        "Is tipping 20% in a New York diner normal or is 15% fine?",
        "Would a 0% balance transfer card be a good idea for someone paying off £3,000?",
        "Is it better to overpay my mortgage by £200 a month or invest it?",
    ],
    "explain-concept": [
        (
            "In plain words, why does my ISA balance grow faster with compounding than "
            "with simple interest?"
        ),
        "Explain why there are 360 degrees in a circle rather than 100.",
        "What's the difference between a kilowatt and a kilowatt-hour, in plain words?",
        "Why do leap years skip in 2100 but not in 2000?",
        "How does a sundial tell the time and why is it sometimes 16 minutes off?",
        "Can you explain what a p-value of 0.03 actually means?",
        "why does water boil at a lower temperature up a mountain",
        "What is the difference between median and mean income and why do reports use median?",
        "Explain how VAT works for a small business that sells to other businesses.",
        "How do time zones work across the International Date Line?",
        "Why is a nautical mile a different length from a land mile?",
        "What fees does a car loan's APR fold in that the flat headline rate leaves out?",
    ],
    "writing-request": [
        (
            "Write a friendly reminder email to parents that the school trip costs £14.50 "
            "and is due Friday."
        ),
        "Draft a short toast for my grandad's 90th birthday party.",
        "Compose a limerick about a baker who measured everything in grams.",
        "Write a two-line product description for a 750 ml stainless steel water bottle.",
        (
            "Help me word a polite message asking my flatmate for the £42 he owes for "
            "the electricity."
        ),
        "Write a haiku about the clocks going forward in spring.",
        (
            "Can you write a short poem for a retirement card for a postman who walked "
            "the same round since 1992?"
        ),
        "Draft a notice for the village hall saying the price of hire goes up to £22 an hour.",
        "Write an apology to a customer whose order arrived 9 days late.",
        "give me three catchy names for a bakery that sells sourdough by the kilo",
    ],
    "code-request": [
        "Write a Python function that converts a temperature from Celsius to Kelvin.",
        "In JavaScript, how do I show 1234567.891 as 1,234,567.89 for a price label?",
        "Give me an Excel formula that adds 30 working days to the date in cell B2.",
        "Write a SQL query to total sales by month from an orders table.",
        "In Python, how do I get the number of days between two datetime objects?",
        "write a bash one-liner that counts lines in every .csv file in a folder",
        "How do I round to 2 decimal places in C# without banker's rounding?",
        "Show me a regex that matches UK postcodes like SW1A 1AA.",
        "Write a Google Sheets formula to split a bill total in A1 among the names in column B.",
        "How can I parse '2027-05-02T14:30:00+02:00' into a timezone-aware datetime in Go?",
    ],
    "advice-practical": [
        "How should I store 20 kg of flour so it doesn't get weevils?",
        "What's a sensible way to budget for a wedding of about 80 guests?",
        "How far apart should I plant tomato plants in a 3 metre bed?",
        "what's the best way to train for a 10 km run in about 8 weeks",
        "How many hours of sleep does a 14-year-old really need?",
        "Any tips for keeping a sourdough starter alive while I'm away for 12 days?",
        "How do I tell if a 15 amp socket is safe to run a 3 kW heater?",
        "What should I pack for a 5-day hike in the Lake District in late September?",
        "How can I get my electricity usage under 8 kWh a day?",
        "What's the safest way to thaw a 6 kg turkey?",
    ],
    "knowledge-lookup": [
        "When did the UK switch from imperial to metric on road signs, if ever?",
        "Who invented the metre and why was it based on the Earth?",
        "What year did the euro notes and coins first go into circulation?",
        "How tall is the Eiffel Tower including its antennas?",
        "What is the population of Reykjavik?",
        "How long is the Channel Tunnel?",
        "What's the record for the fastest marathon ever run by a woman?",
        "When was the last total solar eclipse visible from Cornwall?",
        "What's the deepest sounding ever recorded in Loch Ness, in metres?",
        "What was the top rate of income tax in Britain in 1975?",
    ],
    "estimate-guess": [
        "Roughly how much would it cost to repaint a three-bed semi inside?",
        "About how many words does an average novel have?",
        "What's a ballpark price for a used 2019 Toyota Yaris?",
        "Roughly how long does it take to learn to touch type at 60 words per minute?",
        "How many people are probably in a full football stadium of average size?",
        "Guess how many jelly beans fit in a 1 litre jar.",
        "About how long would it take to walk across London from east to west?",
        "How much might a plumber charge to fit a new kitchen tap?",
        "Roughly what does a wedding photographer charge for a full day?",
        "How much electricity does a fridge use in a day, roughly?",
    ],
    "recommendation": [
        "Recommend a good book about the history of timekeeping.",
        "Which budgeting app would you suggest for a couple with joint bills?",
        "What's a good beginner's telescope for under £300?",
        "Suggest a 3-day itinerary for Lisbon in early October.",
        "What board games work well for 6 players in about 90 minutes?",
        "Can you suggest a spreadsheet layout for tracking my allotment harvests in kg?",
        "What's a good gift for a long-serving colleague who is leaving, budget £25?",
        "Which running watch is best for tracking pace in km?",
    ],
    "units-discussion": [
        "Why does the US still use Fahrenheit when most of the world uses Celsius?",
        "Is it more accurate to bake with grams or with volume measures?",
        "Which is easier for kids to learn first, metric or imperial?",
        "Why do pilots use feet for altitude even in metric countries?",
        "Should scientific papers ever report speeds in miles per hour?",
        "Why is the kilogram the only SI base unit with a prefix in its name?",
        "Why are screen sizes still given in inches?",
        "Is a stone a useful unit for body weight or just tradition?",
        "Why did armies and railways adopt the 24-hour clock before everyone else?",
        "Why do we have 60 minutes in an hour instead of 100?",
    ],
    "planning-chat": [
        "Help me plan a surprise party for about 30 people on a £400 budget.",
        "What's a realistic weekly meal plan for a family of four on £70?",
        "How should I structure my revision over the 6 weeks before my exams?",
        "Plan a relaxed 2-week road trip around Scotland for a retired couple.",
        "How do I split chores fairly among three flatmates with different hours?",
        "What's the best order to tackle renovating a kitchen, bathroom and loft?",
        "Help me design a 45-minute circuit workout for a small gym class.",
        "Can you suggest a fair way to share petrol costs on a shared school run?",
        "I'm moving house on a Saturday in June — what should I do the week before?",
        "What should a 3-course dinner for 8 people include if two are vegan?",
    ],
}

for fam, qs in ORDINARY.items():
    for q in qs:
        neg(fam, q)

# near-negatives: look like a tool question, but need the model
NEAR = {
    "near-identifier": [
        ("My tracking number is 4410 2278 9031 — where's my parcel?", "a tracking number"),
        ("Is 0161 496 0753 a Manchester phone number?", "a phone number's area"),
        (
            "Windows Update keeps failing with 0x80070005 on my laptop, what does that code mean?",
            "an error code",
        ),
        (
            "The score was 3-1 after extra time; who won the 2027 play-off final?",
            "a result to look up",
        ),
        ("Is part number 6203-2RS the same bearing as 6203-ZZ?", "part numbers, not a sum"),
        ("Should I upgrade from version 3.11 to 3.12 of Python for my project?", "versions"),
        ("What does a 5/8 rating on a climbing guide mean?", "a grade, not a fraction"),
        ("my flight is BA 2490, which terminal does it leave from", "a flight number"),
        ("Which book has the ISBN 978-0-14-044913-6 on its back cover?", "an ISBN, not a sum"),
        ("Is the M25 junction 10 to 11 stretch usually busy on Fridays?", "road junctions"),
        ("What does the 18-55 mean on my camera lens?", "a focal range, not a subtraction"),
        ("Is a 7-2-7 formation any good in five-a-side?", "a formation"),
    ],
    "near-missing-fact": [
        ("How much is 250 euros in US dollars right now?", "needs a live exchange rate"),
        ("Driving Inverness to Penzance in one go, how long would it take us?", "needs a route"),
        ("What will the interest be on my savings by December?", "rate and balance not given"),
        ("How much will my electricity bill be if I run the heater all winter?", "no rates"),
        ("How many days are left until my passport runs out?", "expiry date not stated"),
        ("What would 15% of my salary be for the pension top-up?", "salary not stated"),
        ("How much does 3 kg of lamb cost at Tesco?", "a shop's price"),
        ("What's the flight time from Glasgow to Toronto?", "needs schedules"),
        ("How many stamps do I need for a 450 g parcel to Germany?", "postage rates"),
        ("What would my take-home pay be on £38,000?", "needs tax rules and details"),
        ("How much is a 4 kg bag of rice at the cash and carry?", "a shop price"),
        ("What's the weather going to be on 14 June 2027 in Cardiff?", "a forecast"),
    ],
    "near-notation": [
        (
            "In my puzzle book a ◇ b means 'a written next to b', so what is 12 ◇ 7?",
            "redefined notation",
        ),
        ("If 1 = 5, 2 = 25, 3 = 125, 4 = 625, then 5 = ? (it's a trick question)", "a riddle"),
        ("Why do some languages count in twenties, like quatre-vingts in French?", "explanation"),
        ("Convince my nephew that 0.999 recurring is exactly equal to 1.", "an explanation"),
        (
            "If a 'dozen' in my club means 13, how many is two club dozens plus a dozen?",
            "ambiguous",
        ),
        ("In roman numerals what's wrong with writing 1999 as MIM?", "a notation question"),
        ("Is 2 + 2 = 5 ever true in any mathematical system?", "a discussion"),
        ("In this riddle 8 + 8 = 4 on a clock; what does 10 + 5 equal?", "a riddle's rule"),
    ],
    "near-meaning": [
        ("Is a resting heart rate of 48 bpm healthy for a 50-year-old?", "medical judgement"),
        ("My optician said 20/20 for my left eye; what does that mean?", "a notation's meaning"),
        ("My blood pressure is 135/85 — is that too high?", "a reading, not a division"),
        ("Is 1,200 kWh a quarter high for a two-bed flat?", "a judgement"),
        ("What does a 4.2 rating out of 5 on a hotel site really tell me?", "interpretation"),
        ("My car says 38 °C outside, is that safe for the dog in the back?", "safety judgement"),
        ("Is a credit score of 720 good in the UK?", "depends on agency"),
        ("What does 'pH 5.5' on my shampoo bottle mean?", "an explanation"),
        ("Is a 12% APR on a car loan a good deal?", "a judgement"),
        ("What does the 'E' in E10 petrol stand for?", "a label's meaning"),
    ],
    "near-estimate": [
        ("Roughly how many people can stand in a 50 square metre room?", "an estimate"),
        ("How long will it take me to read a 420 page book?", "reading speed unknown"),
        ("How many bricks do I need for a garden wall 6 m long?", "height and bond missing"),
        ("How much paint for a bedroom 4 m by 3.5 m?", "height, coats, coverage missing"),
        ("Roughly how many kilometres does a postman walk in a day?", "an estimate"),
        (
            "Counting aloud to a million non-stop, about how many days would it take me?",
            "an estimate",
        ),
        ("How many tiles for a bathroom floor of about 5 square metres?", "tile size missing"),
        ("How many sandwiches should I make for 40 people at a wake?", "judgement"),
        ("How long does a 2 kg chicken take to roast?", "a cooking judgement"),
        ("About how long does it take the post to get from Leeds to Lyon?", "an estimate"),
    ],
    "near-code": [
        ("Write a function that returns the number of days between two dates.", "code"),
        ("How do I convert miles to km in an Excel column?", "a spreadsheet how-to"),
        ("Write JavaScript to add 15% VAT to a price input field.", "code"),
        ("What's the Python for 17 percent of 2,300?", "asks for code"),
        ("Write a cron expression that runs at 06:30 every weekday.", "code"),
        ("How do I make pandas convert a column from Fahrenheit to Celsius?", "code"),
    ],
    "near-date-judgement": [
        ("Is Saturday 11 September 2027 a good day for an outdoor wedding?", "opinion"),
        ("Which is better for a launch, 1 March or 8 March 2028?", "opinion"),
        ("Will 30 June 2027 be hot in Seville?", "a forecast"),
        ("Should I book my holiday for the first or second week of August 2027?", "advice"),
        ("Is 17 March 2028 a sensible night for a quiz fundraiser in Dublin?", "opinion"),
        ("Is 9 days enough time to see the best of Japan?", "opinion"),
        ("How many days should I allow to get over jet lag after flying to Sydney?", "advice"),
    ],
}

for fam, pairs in NEAR.items():
    for q, note in pairs:
        neg(fam, q, note)

# conversations: an earlier turn changes what the last question means
CONV = [
    (
        "conv-redefined-op",
        [
            (U, "For this chat, let a ★ b mean the larger of a and b, written twice in a row."),
            (A, "Understood: a ★ b is max(a, b) written twice, e.g. 3 ★ 5 = 55."),
            (U, "right, so what's 41 ★ 19 then"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-opinion-followup",
        [
            (U, "Is 11 too young for a child to walk to school alone in a city?"),
            (A, "Many parents start around 10 or 11, depending on the route and the child."),
            (U, "And what about at 9, on a quiet village lane?"),
        ],
        "follow-up opinion",
    ),
    (
        "conv-fiction-calendar",
        [
            (U, "In my fantasy novel a week has 9 days and a month has 4 weeks."),
            (A, "Nice worldbuilding. So a month there has 36 days."),
            (U, "So how many days in 7 weeks in my world, and does it feel too long to readers?"),
        ],
        "fictional calendar plus opinion",
    ),
    (
        "conv-meaning-score",
        [
            (U, "My daughter got 62 on her reading age test."),
            (A, "That depends on the test's scale. What is the test called?"),
            (U, "It's the one the school uses. Is that above or below average for her age?"),
        ],
        "meaning of a score",
    ),
    (
        "conv-correction",
        [
            (U, "I'm knitting a scarf and need 340 m of yarn."),
            (A, "Got it. How long is each ball?"),
            (U, "Depends on the brand I pick — which brand would you go for, soft but cheap?"),
        ],
        "recommendation",
    ),
    (
        "conv-fiction-money",
        [
            (U, "In our tabletop game, 1 gold crown is 12 silver stags, and a stag is 7 pennies."),
            (A, "So a crown is 84 pennies."),
            (U, "Is that a sensible exchange rate for a low-magic setting, or too fiddly?"),
        ],
        "game design opinion",
    ),
    (
        "conv-ambiguous-it",
        [
            (U, "My landlord wants to raise the rent from £950 to £1,040."),
            (A, "That's an increase of £90, about 9.5%."),
            (U, "Can he do that mid-tenancy in England?"),
        ],
        "legal question",
    ),
    (
        "conv-redefined-units",
        [
            (U, "At our bakery a 'tray' means 24 rolls and a 'rack' means 10 trays."),
            (A, "Noted: a rack is 240 rolls."),
            (U, "ok so how many rolls are 3 racks and 5 trays"),
        ],
        "house units defined earlier",
    ),
    (
        "conv-code-followup",
        [
            (U, "Write me a Python function that adds VAT at 20% to a price."),
            (A, "def add_vat(p): return round(p * 1.2, 2)"),
            (U, "Now make it work for 5% too, chosen by an argument."),
        ],
        "code follow-up",
    ),
    (
        "conv-story-age",
        [
            (U, "I'm writing a story where the hero was born the night the old king died."),
            (A, "A dramatic start. When did the king die in your story?"),
            (U, "In the year of the long frost. How old should she be when the story opens?"),
        ],
        "creative choice",
    ),
    (
        "conv-version-number",
        [
            (U, "We're on release 4.18 of the app and the next is 4.19."),
            (A, "OK, the next minor release."),
            (U, "What comes after 4.19, is it 4.20 or 5.0?"),
        ],
        "version numbering convention",
    ),
    (
        "conv-meaning-reading",
        [
            (U, "My home blood glucose meter says 7.8 after lunch."),
            (A, "Meters usually show mmol/L in the UK. How long after eating was it?"),
            (U, "About two hours after. Should I be worried by that figure?"),
        ],
        "medical judgement",
    ),
    (
        "conv-fiction-planet",
        [
            (U, "On Verdant, the ocean planet in my game, one day lasts 30 hours."),
            (A, "So a day there is 1.25 Earth days."),
            (U, "How might Verdant's colonists split their 30-hour day into work and sleep?"),
        ],
        "worldbuilding",
    ),
    (
        "conv-rules-game",
        [
            (U, "In darts, what's the highest checkout?"),
            (A, "170: treble 20, treble 20, bullseye."),
            (U, "And the lowest number you can't check out in three darts?"),
        ],
        "darts rules",
    ),
    (
        "conv-redefined-week",
        [
            (U, "At my warehouse 'a week' means our 4-day shift pattern, Monday to Thursday."),
            (A, "Understood, a working week of 4 days there."),
            (U, "Then how many shifts do I do in 6 of our weeks, and is that a fair load?"),
        ],
        "house definition plus judgement",
    ),
    (
        "conv-estimate-followup",
        [
            (U, "We're hosting a barbecue for 25 people."),
            (A, "Lovely. Will it be mostly adults?"),
            (U, "Mostly adults, a few kids. How many burgers do you reckon we need?"),
        ],
        "estimate",
    ),
    (
        "conv-phone-number",
        [
            (U, "Someone called me from 0207 946 0321 and hung up."),
            (A, "That's a London number format."),
            (U, "Should I ring it back or could it be a scam?"),
        ],
        "safety advice",
    ),
    (
        "conv-translation",
        [
            (U, "A French recipe says 'cuire 25 minutes à thermostat 6'."),
            (A, "Thermostat 6 is an old French oven setting."),
            (U, "What does that setting correspond to, roughly, on my oven?"),
        ],
        "old oven scale, not exact",
    ),
    (
        "conv-sarcasm",
        [
            (U, "My boss says I can have 'as many days off as there are sundays in a week'."),
            (A, "That would be one day, if taken literally."),
            (U, "Do you think he's joking or being mean?"),
        ],
        "interpretation",
    ),
    (
        "conv-quiz-team",
        [
            (U, "Our quiz team scored 36 in round one and 47 in round two at the Red Lion."),
            (A, "That's 83 so far."),
            (U, "Is 83 after two rounds likely to be enough to win a pub quiz like that?"),
        ],
        "judgement",
    ),
    (
        "conv-poem-numbers",
        [
            (U, "I'm writing a poem with one line per prime number up to 30."),
            (A, "That's 10 lines: 2, 3, 5, 7, 11, 13, 17, 19, 23, 29."),
            (U, "Could you write the line for 13 for me, about bad luck?"),
        ],
        "creative writing",
    ),
    (
        "conv-base-change",
        [
            (U, "For the rest of this chat, read every number I type as octal (base 8), please."),
            (A, "OK, I'll read your numbers as octal."),
            (U, "Good. So 17 times 3 comes to what, written back in octal?"),
        ],
        "octal context changes the question",
    ),
    (
        "conv-unknown-rate",
        [
            (U, "I'm paid a day rate as a freelance sound engineer."),
            (A, "Sure. How can I help?"),
            (U, "How much will I earn for the festival's 4 days?"),
        ],
        "rate never given",
    ),
    (
        "conv-clue-riddle",
        [
            (U, "Here's a riddle: the more of me there is, the less you see."),
            (A, "The answer is darkness."),
            (U, "Nice. Another: what has 13 hearts but no other organs?"),
        ],
        "riddle",
    ),
    (
        "conv-which-one",
        [
            (U, "Quote A is £2,400 with a 5-year guarantee, quote B £2,050 with a 2-year one."),
            (A, "A costs £350 more for 3 extra years of cover."),
            (U, "Which would you choose for a boiler?"),
        ],
        "choice",
    ),
    (
        "conv-schedule-unknown",
        [
            (U, "My bins are collected every other week."),
            (A, "OK, fortnightly collection."),
            (U, "so when will the recycling lorry next come round?"),
        ],
        "no reference date given",
    ),
    (
        "conv-label-meaning",
        [
            (U, "The tyre on my van says 215/65 R16 C."),
            (A, "That's width, aspect ratio and rim size, with C for commercial."),
            (U, "What does the 65 tell me about how the van will ride?"),
        ],
        "explanation",
    ),
    (
        "conv-house-rule-pool",
        [
            (U, "In our pub pool league a black-ball foul counts as minus 3 frames, not a loss."),
            (A, "An unusual house rule, but noted."),
            (U, "So is that rule fairer than the standard one?"),
        ],
        "opinion on a rule",
    ),
    (
        "conv-percentage-context",
        [
            (U, "The survey said 64% of residents support the new cycle lane."),
            (A, "That's a majority of those who answered."),
            (U, "Only 300 people replied out of 12,000 households. Does the 64% mean much?"),
        ],
        "statistics judgement",
    ),
    (
        "conv-recipe-swap",
        [
            (U, "My recipe needs 200 g of caster sugar and I only have honey."),
            (A, "Honey can work, though it adds liquid."),
            (U, "How much honey should I use instead, and what else should I change?"),
        ],
        "cooking judgement",
    ),
    (
        "conv-it-reference",
        [
            (U, "Mount Snowdon is 1,085 m and Ben Nevis is 1,345 m."),
            (A, "Ben Nevis is 260 m taller."),
            (U, "Which one is the harder walk for a family with a 10-year-old?"),
        ],
        "judgement",
    ),
    (
        "conv-fictional-currency",
        [
            (U, "In the sci-fi setting I run, 1 credit buys 3 ration packs."),
            (A, "Got it."),
            (U, "What should a starship pilot earn per jump to feel believable?"),
        ],
        "worldbuilding",
    ),
    (
        "conv-date-vague",
        [
            (U, "My sister's wedding is the second Saturday after her birthday."),
            (A, "When is her birthday?"),
            (U, "I can't remember, it's in the spring. Can you guess the wedding date?"),
        ],
        "missing fact",
    ),
    (
        "conv-meaning-size",
        [
            (U, "The shoe is marked 42 and I'm normally a UK 8."),
            (A, "42 is a European size."),
            (U, "Do brands run big or small in that size, in your experience?"),
        ],
        "sizing judgement",
    ),
    (
        "conv-history-number",
        [
            (U, "The plaque on the bridge says it opened in 1894."),
            (A, "That makes it a Victorian bridge."),
            (U, "Who would have built it, and is it likely to be listed?"),
        ],
        "history question",
    ),
]

for fam, turns, note in CONV:
    conv(fam, turns, note)


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
    # no register (family name) of this set is a family name of sets 19 to 149
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 149: {reused}"
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
