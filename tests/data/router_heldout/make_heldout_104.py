r"""Generate heldout-2027-03-17.jsonl: a hundred-and-fourth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed104. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho104-", earlier generators 1-103, register check against sets 19 to 103).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed104/earlier_registers.txt (1884 earlier family names), grepped for each candidate
  register so that none of this set's names repeats one;
- of this script: the docstring, set-up and helpers (lines 1-270 of the copy), the units header
  and unit_r (513-573), the datetime header and helpers up to the first `assert sayus`
  (767-851), the negatives header with neg/conv (1067-1074), and the weekday check, checks and
  output at the end (1923-2146).
The previous set's query sections were never viewed: their boundary lines were asserted and they
were replaced by line number, from the bottom range up, with four new sections written from
scratch in scratch files (since deleted). No JSONL file, git history, web or code search, router,
tools, tests, other sealed directories or other generators were read (the script imports earlier
generators itself, in memory, for its duplicate and register checks).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (an ice-road trucking dispatcher,
  a mushroom spawn lab, a glacier hut warden, a tea-estate plucking muster, a cordwainer, a
  heritage tram shed, a mine rescue brigade, a livestock auction ringman, an omakase counter and
  so on), each register used by all three tools, six of them with two items per tool. Phrasing
  varies: statements, imperatives, lowercase, numbers in words, British and American forms,
  extra context.
- Every expected value is computed in code: Fraction/Decimal for money and quantities (exact,
  terminating, at most three decimals for the calculator), exact unit definitions (inch, foot,
  pound, acre, troy ounce, nautical mile, standard atmosphere, standard gravity) for
  conversions, graded exactly when the result terminates in at most three decimals and at 0.1%
  otherwise (only where two decimals stay within 0.1%), and datetime/date arithmetic for dates,
  weekdays, ages, spans and clock intervals. Weekdays written next to dates come from the
  computed date.
- 200 negatives: 100 ordinary ones (explanations, opinions, writing, code, facts, advice,
  estimates, meanings, history, how-to), 65 near-negatives shaped like positives but needing
  the model (identifiers, missing facts, redefined notation, estimates, code, meanings of stated
  numbers, judgements, lookups), and 35 conversations in which an earlier turn changes what the
  last question means (redefined notation, requested format or language, identifiers, facts
  left missing, tasks); none ends in a plain exact question that the earlier turns leave
  unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 103, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration). The
first run failed one rounding check (an acres-to-hectares answer not within 0.1% at two
decimals; the area was changed), the next found twenty queries or user turns matching earlier
sets word for word (rephrased, one twice). Ruff check and format were run from /work/main (five
ISC004 concatenations parenthesised), lines kept to 99 columns, and the script re-run.

Run: /work/main/.venv/bin/python make_heldout_104.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's expected value, or --digest to print only the sha256 of the output)
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

sys.dont_write_bytecode = True  # importing the earlier generators must leave no __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2027-03-17.jsonl"
PREFIX = "ho104-"
# earlier generators: sets 1-103 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 104))
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


IRT = "ice_road_trucker_dispatch"
TEA = "tea_estate_plucking_muster"
PIANO = "piano_removal_crew"
NBUS = "night_bus_driver_roster"
RING = "livestock_auction_ringman"
SUSHI = "sushi_omakase_counter"

calc(
    IRT,
    "dispatch log: truck 7 hauls 38.5 tonnes of diesel per run up to the mine camp. how many "
    "tonnes has it moved after 14 runs?",
    dec("38.5") * 14,
)
calc(
    IRT,
    "Our ice road drivers are paid $1.85 a kilometre, both directions, plus a flat $240 hazard "
    "bonus per trip. The camp is 568 km one way. What does one round trip pay?",
    dec("1.85") * 568 * 2 + 240,
)
calc(
    "mushroom_spawn_lab",
    "We fill grain bags with 2.5 kg of hydrated rye each and add spawn at 11% of that weight. "
    "How many kilograms of spawn do 240 bags need?",
    dec("2.5") * pct(11) * 240,
)
calc(
    "glacier_hut_warden",
    "Hut tariff is EUR 18 a night for alpine club members and EUR 31 for non-members. Last night "
    "we had 23 members and 17 non-members. What did I take in euros?",
    23 * 18 + 17 * 31,
)
calc(
    "sled_dog_distance_kennel",
    "feeding 42 dogs on 1.35 kg of kibble each per day during the long training block, how many "
    "kg do I need for 9 days",
    42 * dec("1.35") * 9,
)
calc(
    TEA,
    "Pluckers get 6.40 rupees a kilo of green leaf up to the 20 kg daily norm and 9.10 rupees for "
    "each kilo over it. Lakshmi weighed in 27.5 kg at the muster. Her pay for the day in rupees?",
    20 * dec("6.40") + (dec("27.5") - 20) * dec("9.10"),
)
calc(
    TEA,
    "the factory works on 4.5 kg of green leaf for every 1 kg of made tea. This morning's muster "
    "brought in 3,870 kg of green leaf - how many kg of made tea will that give?",
    F(3870) / dec("4.5"),
)
calc(
    "cordwainer_bespoke_shoes",
    "Costing a pair of bespoke oxfords: 3.2 square feet of calf at £14.50 a square foot, £38 for "
    "adjusting the lasts, and 52 hours of making at £27.50 an hour. What's the total?",
    dec("3.2") * dec("14.50") + 38 + 52 * dec("27.50"),
)
calc(
    "hydroponic_lettuce_towers",
    "Each of our 36 towers has 7 tiers of 8 pockets, one head per pocket. We lose exactly 1 head "
    "in every 32 to tipburn. How many sellable heads does a full harvest give?",
    36 * 7 * 8 - F(36 * 7 * 8, 32),
)
calc(
    "heritage_tram_restoration_shed",
    "Re-varnishing the teak on car 23: 14 panels, 6 coats each, and every coat on a panel takes "
    "0.085 litres of varnish. How many litres altogether?",
    14 * 6 * dec("0.085"),
)
calc(
    "pearl_grading_house",
    "A graded strand of 47 akoya pearls at $62.75 a pearl, less our 12% trade discount. What's "
    "the net price of the strand?",
    47 * dec("62.75") * (1 - pct(12)),
)
calc(
    "vineyard_frost_watch_rota",
    "Frost night: we light 18 candles per row across 44 rows and each candle costs 4.35 euros. "
    "What does one night of burning cost?",
    18 * 44 * dec("4.35"),
)
calc(
    "stamp_auction_lot_describer",
    "Hammer price on lot 212 was £1,240. Buyer's premium is 22% of the hammer, and VAT at 20% is "
    "charged on the premium only. What does the buyer pay in total?",
    1240 + 1240 * pct(22) * (1 + pct(20)),
)
calc(
    "court_interpreter_booking_desk",
    "Invoice check: the Spanish interpreter worked 3 hrs 40 min at $96 an hour, billed by the "
    "minute, plus mileage of 58 miles at $0.67. What should the invoice total be?",
    F(220, 60) * 96 + 58 * dec("0.67"),
)
calc(
    PIANO,
    "Quote for a baby grand up four flights of stairs: base charge £180, plus £45 per flight, "
    "then a 15% Saturday surcharge on the whole lot. How much do I quote?",
    (180 + 4 * 45) * (1 + pct(15)),
)
calc(
    PIANO,
    "Four of us split the £414 from that job. The foreman takes one and a half shares and the "
    "other three take one share each. How much is the foreman's cut?",
    F(414) / dec("4.5") * dec("1.5"),
)
calc(
    "paddy_field_irrigation_rota",
    "the canal gate gives our block 0.42 cubic metres of water per second and our turn on the "
    "rota is 2 hours 15 minutes. how many cubic metres do we get in one turn?",
    dec("0.42") * (2 * 3600 + 15 * 60),
)
calc(
    "rally_co_driver_pace_notes",
    "Road book says the liaison section is 31.05 km and the time allowed is 23 minutes. What "
    "average speed in km/h do we need to hold to arrive exactly on time?",
    dec("31.05") / 23 * 60,
)
calc(
    NBUS,
    "Night rate is £17.40 an hour, with a 25% enhancement for hours between midnight and 6am. "
    "Last shift I did 4 hours before midnight and 6 after it. What's my gross for the shift?",
    4 * dec("17.40") + 6 * dec("17.40") * (1 + pct(25)),
)
calc(
    NBUS,
    "depot fuel card shows 312 litres of diesel at £1.455 a litre for the night fleet top-up. "
    "total in pounds?",
    312 * dec("1.455"),
)
calc(
    "mine_rescue_brigade_station",
    "Brigade allowance is £23.75 for each practice plus £6.20 per hour underground. Last quarter "
    "I did six practices and 17.5 hours underground in total. What am I owed?",
    6 * dec("23.75") + dec("17.5") * dec("6.20"),
)
calc(
    "goldsmith_ring_sizing_bench",
    "Sizing an 18ct ring up two sizes adds 0.75 g of gold. Gold is £61.84 per gram and my labour "
    "is £45. What do I charge the customer?",
    dec("0.75") * dec("61.84") + 45,
)
calc(
    "radio_telescope_night_queue",
    "Tonight's queue has 14 observations of 38 minutes each, with a 6-minute slew between each "
    "consecutive pair. How many minutes does the whole queue take?",
    14 * 38 + 13 * 6,
)
calc(
    RING,
    "Pen of 14 store heifers averaging 486 kg sold at 268.5p a kilo. What's the pen worth in "
    "pounds?",
    14 * 486 * dec("2.685"),
)
calc(
    RING,
    "Mart commission is 3.5% of the sale plus a levy of £2.75 a head. A lot of 12 bullocks made "
    "£8,460. What are the vendor's total deductions?",
    8460 * pct("3.5") + 12 * dec("2.75"),
)
calc(
    "hospice_night_nursing_team",
    "Night sits cost the charity £21.60 an hour. This quarter we did nine sits of 10 hours and "
    "four sits of 8 hours. What did they cost?",
    (9 * 10 + 4 * 8) * dec("21.60"),
)
calc(
    "container_port_reefer_yard",
    "Reefer plug-in is charged at $38 per container per day. 26 reefers stayed 3 days and 9 "
    "stayed 5 days. What's the total plug-in charge?",
    (26 * 3 + 9 * 5) * 38,
)
calc(
    "dog_agility_trial_judge",
    "I set the standard course time as the course length divided by 3.75 metres per second. "
    "Tonight's jumping course measured 171 m. What's the SCT in seconds?",
    F(171) / dec("3.75"),
)
calc(
    SUSHI,
    "Otoro costs me 14,800 yen a kilo. I cut 35 g per piece and serve two pieces to each of 12 "
    "guests. What's the fish cost for the evening in yen?",
    dec("0.035") * 2 * 12 * 14800,
)
calc(
    SUSHI,
    "Omakase is 33,000 yen per head. We add 10% consumption tax and a 5% service charge, both "
    "worked out on the base price. Table of three - what's the bill?",
    33000 * (1 + pct(10) + pct(5)) * 3,
)
calc(
    "antique_map_framing_gallery",
    "Framing a county map of 23 by 17 inches: I charge moulding on the full perimeter plus 4 "
    "inches for the mitres, at £9.80 per foot of moulding. What's the moulding cost?",
    F(2 * (23 + 17) + 4, 12) * dec("9.80"),
)

calc(P, "work out 17.5 per cent of 2,360 for me", 2360 * pct("17.5"))
calc(P, "847 * 36", 847 * 36)
calc(P, "12.6 divided by 0.35", dec("12.6") / dec("0.35"))
calc(P, "(3,450 - 1,287) / 7", F(3450 - 1287, 7))
calc(P, "What is 7 to the 5th power?", 7**5)
calc(P, "square root of 7225?", 85)
calc(P, "1/8 + 3/5, as a decimal please", F(1, 8) + F(3, 5))
calc(P, "Increase 640 by 35%.", 640 * (1 + pct(35)))
calc(P, "whats 15% off 89.90", dec("89.90") * (1 - pct(15)))
calc(P, "nine hundred and four times twenty-seven", 904 * 27)
calc(P, "4.5 squared =", dec("4.5") ** 2)
calc(P, "Work out the mean of 14, 22, 37 and 51.", F(14 + 22 + 37 + 51, 4))
calc(P, "what percentage of 92 is 69?", F(69, 92) * 100)
calc(P, "divide 72,000 by 64", F(72000, 64))

assert 7225 == 85**2


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


NMI = F(1852)  # m
FURLONG = 660 * FT
TROY_OZ = dec("31.1034768") / 1000  # kg
ATM = F(101325)  # Pa
LBF = LB * G0  # N

unit(
    IRT,
    "Loaded B-trains need at least 42 inches of ice on the road. What's 42 inches in centimetres?",
    42 * IN * 100,
    EXACT,
)
unit_r(
    IRT,
    "speed limit on the ice road is 25 km/h, whats that in miles per hour for the US drivers",
    25 * KMH / MPH,
)
unit_r(
    "mushroom_spawn_lab",
    "The incubation room is held at 75 °F. What is that in degrees Celsius?",
    f_to_c(75),
)
unit_r(
    "glacier_hut_warden",
    "Our hut sits at 3,257 metres above sea level. Convert that to feet.",
    F(3257) / FT,
)
unit_r(
    "sled_dog_distance_kennel",
    "The qualifier race is 300 miles long. How far is that in kilometres?",
    300 * MI / 1000,
)
unit_r(
    TEA,
    "Withering troughs are loaded at 28 kg of leaf per square metre. What is that in pounds per "
    "square foot?",
    28 / LB * SQFT,
)
unit_r(
    TEA,
    "the estate covers 1,240 hectares. how many acres is that?",
    F(1240 * 10000) / ACRE,
)
unit_r(
    "cordwainer_bespoke_shoes",
    "Client's right foot measures 27.3 cm heel to toe. What is that in inches?",
    dec("0.273") / IN,
)
unit_r(
    "hydroponic_lettuce_towers",
    "The grow room is 14 m by 9 m. What's its floor area in square feet?",
    F(14 * 9) / SQFT,
)
unit(
    "heritage_tram_restoration_shed",
    "The track gauge is 4 ft 8½ in. Give me that in millimetres.",
    (4 * 12 + F(17, 2)) * IN * 1000,
    EXACT,
)
unit(
    "pearl_grading_house",
    "A princess-length strand is 18 inches. How many centimetres is that?",
    18 * IN * 100,
    EXACT,
)
unit(
    "vineyard_frost_watch_rota",
    "The frost alarm on the vines is set to trip at 1.5 °C. What is that in Fahrenheit?",
    c_to_f(dec("1.5")),
    EXACT,
)
unit_r(
    "stamp_auction_lot_describer",
    "The collection in its album weighs 3.2 kg. What's that in pounds for the US catalogue?",
    dec("3.2") / LB,
)
unit_r(
    "court_interpreter_booking_desk",
    "The witness said she was doing 110 km/h. For the jury, what's that in miles per hour?",
    110 * KMH / MPH,
)
unit_r(
    PIANO,
    "This concert grand weighs 480 kg with its lid on. How many pounds is that?",
    F(480) / LB,
)
unit(
    PIANO,
    "the stairwell is 36 inches wide at its narrowest point. convert to cm",
    36 * IN * 100,
    EXACT,
)
unit_r(
    "paddy_field_irrigation_rota",
    "Our paddy is 12.5 acres. How many hectares is that?",
    dec("12.5") * ACRE / 10000,
)
unit_r(
    "rally_co_driver_pace_notes",
    "Pace note reads 150 metres to the hairpin. What is 150 metres in yards?",
    F(150) / YD,
)
unit_r(
    NBUS,
    "The low bridge on the diversion is signed 14 ft 6 in. What is that height in metres?",
    (14 * 12 + 6) * IN,
)
unit_r(
    NBUS,
    "Tyre pressure spec for the double-deckers is 9 bar. What's that in psi?",
    9 * BAR / PSI,
)
unit(
    "mine_rescue_brigade_station",
    "The downcast shaft is 2,150 feet deep. How many metres is that?",
    2150 * FT,
    EXACT,
)
unit_r(
    "goldsmith_ring_sizing_bench",
    "The ring weighs 0.22 troy ounces on my scale. Convert that to grams.",
    dec("0.22") * TROY_OZ * 1000,
)
unit_r(
    "radio_telescope_night_queue",
    "Our dish is 25 metres across. What's the diameter in feet?",
    F(25) / FT,
)
unit_r(
    RING,
    "The Charolais bull weighed in at 1,150 kg. What's that in pounds?",
    F(1150) / LB,
)
unit(
    RING,
    "The sale ring is 40 feet across; how many metres is that?",
    40 * FT,
    EXACT,
)
unit(
    "hospice_night_nursing_team",
    "Patient's temperature is 38.6 °C. Family want it in Fahrenheit - what is it?",
    c_to_f(dec("38.6")),
    EXACT,
)
unit(
    "container_port_reefer_yard",
    "Reefer set point is -18 °C. What is that in degrees Fahrenheit?",
    c_to_f(-18),
    EXACT,
)
unit(
    "dog_agility_trial_judge",
    "The weave poles are spaced 24 inches apart, centre to centre. What's that in centimetres?",
    24 * IN * 100,
    EXACT,
)
unit_r(
    SUSHI,
    "the whole yellowtail weighs 3.6 kg. what's that in ounces (avoirdupois)?",
    dec("3.6") / OZ,
)
unit_r(
    SUSHI,
    "Our hinoki counter is 8.4 metres long. How long is it in feet?",
    dec("8.4") / FT,
)
unit_r(
    "antique_map_framing_gallery",
    "The map sheet is 58 cm by 44 cm. What is its area in square inches?",
    dec("0.58") * dec("0.44") / (IN * IN),
)

unit_r(P, "convert 86 km into miles", 86000 / MI)
unit(P, "How many metres are there in 3 furlongs?", 3 * FURLONG, EXACT)
unit(P, "5 nautical miles in km?", 5 * NMI / 1000, EXACT)
unit_r(P, "2.75 acres in square metres", dec("2.75") * ACRE)
unit_r(P, "850 kPa to psi", 850 * 1000 / PSI)
unit_r(P, "What is 60 mph in metres per second?", 60 * MPH)
unit(P, "how many seconds are in 4.25 hours", dec("4.25") * 3600, EXACT)
unit(P, "Convert 12 kWh to megajoules.", F(12 * 3600 * 1000, 10**6), EXACT)
unit(P, "98.6 F in C?", f_to_c(dec("98.6")), EXACT)
unit(P, "4.2 GiB in MiB", dec("4.2") * GIB / MIB, EXACT)
unit_r(P, "how many square feet is 50 square metres", 50 / SQFT)
unit(P, "8 inches = how many millimetres", 8 * IN * 1000, EXACT)
unit_r(P, "Convert 1,000 newtons to pounds-force.", 1000 / LBF)
unit(P, "4 standard atmospheres in kilopascals?", 4 * ATM / 1000, EXACT)


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


_open = D(2028, 1, 19)
date_item(
    IRT,
    f"The winter road opened on {say(_open)} and runs for 61 days of operation, counting the "
    "opening day as day 1. What date is the last day of operation?",
    _open + TD(days=60),
)
date_item(
    IRT,
    "Truck 12 left the south gate at 21:30 and the dispatcher logged it at the mine at 08:15 "
    "the following morning. How many hours was the run?",
    clock_span("21:30", "08:15", 3600),
)
_plates = D(2027, 9, 14)
date_item(
    "mushroom_spawn_lab",
    f"Agar plates poured on {sayw(_plates)}. Full colonisation takes 18 days. On what day of the "
    "week will they be ready to transfer?",
    weekday(_plates + TD(days=18)),
)
date_item(
    "glacier_hut_warden",
    "The hut opens for the season on 22 June 2029 and closes on 16 September 2029. How many days "
    "are there from the opening date to the closing date?",
    days(D(2029, 6, 22), D(2029, 9, 16)),
)
date_item(
    "sled_dog_distance_kennel",
    "our lead dog Kiki was whelped on 3 April 2024. how old is she, in whole years, on 1 March "
    "2033?",
    age(D(2024, 4, 3), D(2033, 3, 1)),
)
_flush = D(2028, 3, 6)
date_item(
    TEA,
    f"Plucking rounds come every 7 days on this section. The first round was {sayw(_flush)}. "
    "What is the date of the 9th round?",
    _flush + TD(days=7 * 8),
)
date_item(
    TEA,
    "The muster bell goes at 06:40 and the last weighing is at 16:10. How many minutes is that?",
    clock_span("06:40", "16:10", 60),
)
date_item(
    "cordwainer_bespoke_shoes",
    "Took the order and measurements on 11 October 2027 and we quote 14 weeks for a first pair. "
    "What date is the pair due?",
    D(2027, 10, 11) + TD(weeks=14),
)
date_item(
    "hydroponic_lettuce_towers",
    "Butterhead seeded into the towers on 2 August 2028 is cut 45 days after seeding. Which date "
    "is harvest?",
    D(2028, 8, 2) + TD(days=45),
)
date_item(
    "heritage_tram_restoration_shed",
    "Car 23 entered service on 29 July 1931 and was withdrawn on 5 April 1960. How many days is "
    "that from the first date to the second?",
    days(D(1931, 7, 29), D(1960, 4, 5)),
)
date_item(
    "pearl_grading_house",
    "A strand was consigned to us on 14 May 2029 on a 120-day consignment. On what date does the "
    "consignment end, i.e. 120 days after the consignment date?",
    D(2029, 5, 14) + TD(days=120),
)
date_item(
    "vineyard_frost_watch_rota",
    "Budburst was 17 April 2028 and frost watch runs to 10 May 2028. How many nights are on the "
    "rota if I count both of those dates?",
    days(D(2028, 4, 17), D(2028, 5, 10)) + 1,
)
date_item(
    "stamp_auction_lot_describer",
    "describing a cover postmarked 6 May 1840 - what day of the week was that?",
    weekday(D(1840, 5, 6)),
)
_hearing = D(2028, 2, 7)
date_item(
    "court_interpreter_booking_desk",
    f"Hearing is set for {sayus(_hearing)}. Interpreters have to be confirmed 21 days before "
    "the hearing. What's the confirmation deadline?",
    _hearing - TD(days=21),
)
date_item(
    PIANO,
    "Booked the upright move for 3 December 2027. What weekday is that?",
    weekday(D(2027, 12, 3)),
)
date_item(
    PIANO,
    "The van left the yard at 7:45 am and was back at 4:20 pm. How many minutes was it out?",
    clock_span("07:45", "16:20", 60),
)
date_item(
    "paddy_field_irrigation_rota",
    "We transplanted on 25 June 2029 and drain the field 95 days later. What's the drain date?",
    D(2029, 6, 25) + TD(days=95),
)
date_item(
    "rally_co_driver_pace_notes",
    "The rally runs 14 to 17 November 2030. What day of the week is the first day?",
    weekday(D(2030, 11, 14)),
)
_roster = D(2028, 5, 1)
date_item(
    NBUS,
    f"My roster is 5 nights on, 3 nights off, with night 1 on {sayw(_roster)}. What date is "
    "the first night of my second block of five?",
    _roster + TD(days=8),
)
date_item(
    NBUS,
    "I sign on at 22:50 and sign off at 06:35. How many hours is that shift?",
    clock_span("22:50", "06:35", 3600),
)
date_item(
    "mine_rescue_brigade_station",
    "My breathing apparatus ticket was issued on 9 January 2026. What date is 730 days later?",
    D(2026, 1, 9) + TD(days=730),
)
date_item(
    "goldsmith_ring_sizing_bench",
    "Engagement ring commissioned on 1 March 2029 and the client needs it on 21 June 2029. How "
    "many days do I have between those two dates?",
    days(D(2029, 3, 1), D(2029, 6, 21)),
)
_psr = D(2027, 1, 4)
date_item(
    "radio_telescope_night_queue",
    f"We observe this pulsar every 11 days, the 1st observation being on {say(_psr)}. What's "
    "the date of the 10th observation?",
    _psr + TD(days=11 * 9),
)
date_item(
    RING,
    "Cow served on 28 November 2028; gestation here is taken as 283 days. What's her due date?",
    D(2028, 11, 28) + TD(days=283),
)
date_item(
    RING,
    "Store cattle sales are on the second Tuesday of every month. What's the date of the "
    "August 2029 sale?",
    nth_weekday(2029, 8, TUE, 2),
)
date_item(
    "hospice_night_nursing_team",
    "the night sit starts at 19:20 and the day staff take over at 07:05. how many hours is the "
    "sit?",
    clock_span("19:20", "07:05", 3600),
)
_gate = D(2028, 10, 4)
date_item(
    "container_port_reefer_yard",
    f"Box gated in on {sayus(_gate)}. Free time is 5 calendar days starting with the gate-in "
    "day. On what date is the first chargeable day?",
    _gate + TD(days=5),
)
date_item(
    "dog_agility_trial_judge",
    "Entries close 33 days before the trial, which is on 7 April 2030. When do entries close?",
    D(2030, 4, 7) - TD(days=33),
)
date_item(
    SUSHI,
    "I started ageing the bluefin loin on 18 January 2028 and age it for 12 days. What date is "
    "it ready to serve?",
    D(2028, 1, 18) + TD(days=12),
)
date_item(
    SUSHI,
    "We seat the counter at 18:00 and again at 20:45. How many minutes between the two sittings?",
    clock_span("18:00", "20:45", 60),
)
date_item(
    "antique_map_framing_gallery",
    "The estate map is inscribed as surveyed on 1 August 1776. What day of the week was that?",
    weekday(D(1776, 8, 1)),
)

_wa, _wb = D(2032, 1, 5), D(2032, 4, 12)
date_item(P, "what day of the week is 19 august 2031", weekday(D(2031, 8, 19)))
date_item(
    P,
    "How many days are there between 3 March 2027 and 28 October 2027?",
    days(D(2027, 3, 3), D(2027, 10, 28)),
)
date_item(P, "what date is 100 days after 15 July 2029", D(2029, 7, 15) + TD(days=100))
date_item(P, "What was the date 45 days before 2 February 2030?", D(2030, 2, 2) - TD(days=45))
date_item(P, f"How many weeks from {sayw(_wa)} to {sayw(_wb)}?", weeks(_wa, _wb))
date_item(
    P,
    "If I was born on 30 November 1988, how old am I on 15 June 2030?",
    age(D(1988, 11, 30), D(2030, 6, 15)),
)
date_item(P, "What's the date of the last Friday in October 2028?", nth_weekday(2028, 10, FRI, -1))
date_item(P, "Which weekday is 25 December 2033?", weekday(D(2033, 12, 25)))
date_item(P, "add 9 weeks to 20 December 2027", D(2027, 12, 20) + TD(weeks=9))
date_item(P, "Number of days from 1 Jan 2035 to 1 Jan 2036?", days(D(2035, 1, 1), D(2036, 1, 1)))
date_item(P, "Date of the third Wednesday in May 2031?", nth_weekday(2031, 5, WED, 3))
date_item(P, "How many minutes from 11:25 pm to 2:40 am?", clock_span("23:25", "02:40", 60))
date_item(
    P,
    "Count the days from 12 February 2028 to 12 March 2028.",
    days(D(2028, 2, 12), D(2028, 3, 12)),
)
date_item(P, "What date falls 1,000 days after 4 July 2030?", D(2030, 7, 4) + TD(days=1000))


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "explain": [
        "Why does compound interest grow faster than simple interest? Explain it like I'm twelve.",
        "explain why a leap year has 366 days and why century years are usually skipped",
        "What's the difference between a tonne and a short ton, and why do both exist?",
        "Why do recipes from the US measure flour by volume and European ones by weight?",
        "How does a heat pump move more energy than the electricity it uses?",
        "Explain what the Kelvin scale is for and why it has no negative numbers.",
        "what does APR actually include that a headline interest rate leaves out",
        "Why do time zones sometimes differ by half an hour rather than a whole hour?",
        "Can you explain how a Gantt chart shows dependencies between tasks?",
        "Why is the metre defined using the speed of light these days?",
        "how do tides end up roughly 50 minutes later each day",
    ],
    "opinion": [
        "Is it worth paying extra for a fixed-rate energy tariff right now, in your view?",
        "which is nicer to learn on, a 61-key keyboard or an 88-key digital piano?",
        "Do you think a four-day working week would be good for small bakeries?",
        "Would you rather run a half marathon in spring or in autumn, and why?",
        "Is 7 am too early to start a community litter pick on a Sunday?",
        "What's the most underrated unit of measurement, in your opinion?",
        "Should a school trip charge every family the same or means-test the cost?",
        "Are paper diaries better than calendar apps for shift workers?",
        "honestly, is a 10-year-old car with 90,000 miles a sensible first car?",
        "Which makes a better gift for a retiring nurse: a watch or a weekend away?",
    ],
    "writing": [
        "Write a short toast for my parents' 40th wedding anniversary dinner.",
        "Draft a polite email asking a tenant to pay the £85 they still owe for the gas bill.",
        "compose a limerick about a surveyor who always measures twice",
        "Write a 100-word product description for a hand-thrown stoneware mug.",
        "Please write a haiku about the first frost on an allotment.",
        "Rewrite this sentence to sound friendlier: 'Payment is overdue by 14 days.'",
        "Write a short apology to a customer whose order arrived three days late.",
        "Can you draft a notice for the staff room about the new rota starting in March?",
        "write me a two-line slogan for a bike repair van called Spoke & Chain",
        "Give me a short bedtime story about a lighthouse cat who counts the waves.",
        "Draft a LinkedIn post announcing that our team hit 1,000 deliveries.",
    ],
    "code": [
        "Write a Python function that returns the number of weekdays between two dates.",
        "How do I format a number with thousands separators in JavaScript?",
        "write SQL to find the top 5 customers by total spend in an orders table",
        "I need a regular expression to validate UK postcodes, including the GIR 0AA oddity.",
        "In Excel, what formula converts a date in A2 to the name of its weekday?",
        "Write a bash one-liner that sums the second column of a CSV file.",
        "How do I round to two decimal places in Rust without floating-point surprises?",
        "Write a unit test in pytest for a function that converts Celsius to Fahrenheit.",
        "Show me how to parse an ISO 8601 timestamp with a timezone offset in Go.",
        "what's the idiomatic way to compute a percentage change in pandas between rows",
    ],
    "facts": [
        "Who invented the slide rule?",
        "What's the tallest mountain in Africa and how was its height first measured?",
        "When did the UK switch to decimal currency?",
        "Which planet has the longest day?",
        "What language is spoken in the Faroe Islands?",
        "Who was the first woman to win a Nobel Prize?",
        "What's the population of Reykjavik roughly?",
        "which country uses the most time zones including overseas territories",
        "What temperature does water boil at on Everest, and why does that matter for cooking?",
        "How many bones are in the adult human hand?",
    ],
    "advice": [
        "I've got £2,000 saved. Should I overpay my mortgage or keep it as an emergency fund?",
        "My sourdough starter smells like nail polish remover. What am I doing wrong?",
        "How should I prepare for a 12-hour night shift so I don't crash at 4 am?",
        "what's a fair way to split rent when one bedroom is much bigger than the others",
        "I'm starting a pottery class next month - what should I bring to the first session?",
        "How do I ask my manager for a pay rise after two years in the job?",
        "Any tips for keeping a vegetable patch watered while I'm away for two weeks?",
        "What should I check before buying a second-hand electric bike?",
        "My toddler won't sleep past 5 am. Any ideas?",
        "How can I make my commute on the train feel less wasted?",
    ],
    "estimate": [
        "Roughly how many piano tuners work in a city of a million people?",
        "About how long would it take to walk across Wales north to south?",
        "ballpark, how much does it cost to run a dishwasher for a year",
        "How many golf balls would fit in a double-decker bus, very roughly?",
        "What's a rough figure for how many words an average novel has?",
        "Roughly how many trees are there in the world?",
        "About how much does a wedding for 80 guests cost in Scotland these days?",
        "How many times does a human heart beat in a lifetime, approximately?",
        "roughly how much water does a household of four use in a day",
    ],
    "meaning": [
        "What does 'net 30' mean on an invoice?",
        "what's meant by 'ex works' in a shipping quote",
        "What does the 'p' in 1080p stand for?",
        "What does 'BST' mean on a train timetable?",
        "In cricket, what does an economy rate of 4.5 tell you about a bowler?",
        "What does it mean when a recipe says 'scant'?",
        "What does a hallmark of 750 on gold jewellery signify?",
        "What does 'sell by' versus 'use by' mean on food labels?",
        "what does T+2 settlement mean in share trading",
    ],
    "history": [
        "Why did Britain move from the Julian to the Gregorian calendar in 1752?",
        "How did sailors work out longitude before accurate clocks?",
        "Where does the foot as a unit of length come from?",
        "Why are there 60 minutes in an hour instead of 100?",
        "What was the French Republican calendar and why was it abandoned?",
        "How did railway time standardise clocks across Britain?",
        "When were postcodes introduced in the UK and why?",
        "How did the statute mile end up as 5,280 feet rather than a round 5,000?",
        "How did medieval merchants keep accounts before Arabic numerals caught on?",
        "Tell me the story of how the metric system spread after the French Revolution.",
    ],
    "howto": [
        "My upstairs radiator is cold at the top. Walk me through bleeding it.",
        "what's the best way to learn times tables as an adult",
        "How do I read a vernier caliper?",
        "How do I set up a sinking fund for annual bills?",
        "How do I change the time on a 2019 Ford Fiesta dashboard clock?",
        "How do I teach a dog to wait at the kerb?",
        "How do I calibrate a kitchen scale with coins?",
        "What's the easiest way to learn to read an analogue clock with a child?",
        "how do i convert a recipe for a round tin to a square one without it burning",
        "How do I keep a running log of my mileage for tax purposes?",
    ],
}
for _fam, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_fam, _q)

NEAR = [
    # identifiers that look like arithmetic
    (
        "near-identifier",
        "My order number is 4471-2290. Can you tell me if it has shipped?",
        "an order number, not a subtraction; needs a lookup the model cannot do",
    ),
    (
        "near-identifier",
        "Is 0800 1111 a free number to call from a mobile in the UK?",
        "a phone number's tariff, not arithmetic",
    ),
    (
        "near-identifier",
        "We beat them 3-1 on Saturday. Was that our best result of the season?",
        "a match score, not a subtraction or date",
    ),
    (
        "near-identifier",
        "should I upgrade from Python 3.11 to 3.13 for a small Django site",
        "version numbers, advice",
    ),
    (
        "near-identifier",
        "Part 6205-2RS keeps failing on our belt - what bearing is that, and why might it fail?",
        "a bearing part number, not a subtraction",
    ),
    (
        "near-identifier",
        "Is the evening flight EZY 6147 usually delayed?",
        "a flight number; needs data the model does not have",
    ),
    (
        "near-identifier",
        "What does error code 0x80070005 mean on Windows update?",
        "a hex error code, not a number to convert",
    ),
    (
        "near-identifier",
        "Route 12/14 on the climbing wall - is that the blue one or the yellow one?",
        "a route label, not a fraction or date",
    ),
    (
        "near-identifier",
        "My tyres say 205/55 R16 91V. What does each bit mean?",
        "a tyre size code, not a division",
    ),
    (
        "near-identifier",
        "The paint code on my car is 1G3. Which colour is that?",
        "a paint code lookup",
    ),
    (
        "near-identifier",
        "What's the ISBN 978-0-14-044913-6 book?",
        "an ISBN, a lookup, not arithmetic",
    ),
    # missing facts
    (
        "near-missing-fact",
        "How much will my council tax be next April?",
        "depends on a rate the user has not given and the model cannot know",
    ),
    (
        "near-missing-fact",
        "how many days have I got left on my passport?",
        "the expiry date is not given",
    ),
    (
        "near-missing-fact",
        "What will 500 euros be worth in pounds on the day I travel?",
        "a future exchange rate is unknowable",
    ),
    (
        "near-missing-fact",
        "If I leave work at half five, what time will I get home?",
        "journey length not given",
    ),
    (
        "near-missing-fact",
        "How much tax do I pay on a salary of 46,000?",
        "country, year and allowances not given; needs explanation",
    ),
    (
        "near-missing-fact",
        "What weekday does my birthday fall on in 2031?",
        "birthday not given",
    ),
    (
        "near-missing-fact",
        "How much paint do I need for the lounge?",
        "room dimensions not given",
    ),
    (
        "near-missing-fact",
        "How old was my grandad when he emigrated in 1957?",
        "birth date not given",
    ),
    (
        "near-missing-fact",
        "What's 12% of my gross pay?",
        "the pay is not stated",
    ),
    # redefined notation
    (
        "near-notation",
        (
            "In our board game, a 'dozen' means 10. How many counters is three dozen in game "
            "terms, and is that rule confusing for new players?"
        ),
        "redefined word plus a judgement",
    ),
    (
        "near-notation",
        "If a # b means a squared minus b, is # associative? Give a proof or counterexample.",
        "a proof about a made-up operator",
    ),
    (
        "near-notation",
        "In clock arithmetic mod 12, why is 9 + 5 equal to 2? Explain so a ten-year-old gets it.",
        "explanation of modular arithmetic",
    ),
    (
        "near-notation",
        "My spreadsheet shows 1.2E+05 in a cell. Why, and how do I make it show the full number?",
        "spreadsheet display question",
    ),
    (
        "near-notation",
        "In binary, is 10 + 10 = 100 a trick question? Explain what's going on.",
        "explanation of notation",
    ),
    (
        "near-notation",
        "Why does my JS console say 0.1 + 0.2 is 0.30000000000000004?",
        "floating point explanation",
    ),
    (
        "near-notation",
        "In my knitting pattern 'k2tog x 6' - what does that tell me to do?",
        "pattern notation, not multiplication",
    ),
    # estimates
    (
        "near-estimate",
        (
            "How long will it take me to learn enough Spanish to order food if I study 20 minutes "
            "a day?"
        ),
        "an estimate, no exact answer",
    ),
    (
        "near-estimate",
        "Roughly how much will a 3 kW solar array save on my electricity bill in a year in Leeds?",
        "estimate depending on unstated facts",
    ),
    (
        "near-estimate",
        "About how many litres of paint would a 30 m fence need, give or take?",
        "estimate with missing coverage and height",
    ),
    (
        "near-estimate",
        "If house prices keep rising, what will my £240,000 flat be worth in 2035?",
        "speculative projection",
    ),
    (
        "near-estimate",
        "How many minutes should I rest a 2.4 kg roast chicken?",
        "cooking judgement, not arithmetic",
    ),
    (
        "near-estimate",
        "What's a realistic marathon time for someone who runs 10 km in 52 minutes?",
        "a prediction, no single exact answer",
    ),
    (
        "near-estimate",
        "how many hours of sleep does a 15 year old really need",
        "advice and evidence, not a calculation",
    ),
    # code
    (
        "near-code",
        "Write a function that adds 17.5% VAT to a list of prices and rounds half up.",
        "code to write, not a number to give",
    ),
    (
        "near-code",
        "Give me a Python snippet that converts 72 km to miles and prints it nicely.",
        "code request, not the conversion itself",
    ),
    (
        "near-code",
        "Write a cron line that runs a backup at 02:30 on the first Monday of each month.",
        "a cron expression, not a date",
    ),
    (
        "near-code",
        "in Excel, how do I count days between 1 March 2027 and a date in B2 excluding weekends",
        "a spreadsheet formula to write",
    ),
    (
        "near-code",
        "Write a SQL query returning orders placed more than 90 days before 2028-06-30.",
        "SQL to write, not a date",
    ),
    (
        "near-code",
        "Why does my Python script print 2.9999999999999996 when I multiply 0.1 by 30?",
        "a debugging explanation",
    ),
    # meaning of a stated number
    (
        "near-meaning",
        "My blood pressure reading was 142/91. Is that something to worry about?",
        "a medical reading, not a division",
    ),
    (
        "near-meaning",
        "My credit score is 712 out of 999. Is that good?",
        "interpretation of a number",
    ),
    (
        "near-meaning",
        "The weather forecast says 70% chance of rain at 3 pm. Should I move the barbecue?",
        "interpretation and advice",
    ),
    (
        "near-meaning",
        "My energy bill shows a standing charge of 53.35p per day. What is a standing charge?",
        "explanation, not a calculation",
    ),
    (
        "near-meaning",
        "A 5/5 hygiene rating on a takeaway - how strict is that inspection?",
        "meaning of a rating",
    ),
    (
        "near-meaning",
        "The wine label says 13.5% vol. Does that mean it's stronger than most?",
        "interpretation, comparison",
    ),
    (
        "near-meaning",
        "My smart watch says my VO2 max is 44. What does that mean for my fitness?",
        "interpretation of a measurement",
    ),
    (
        "near-meaning",
        "The boiler pressure gauge reads 0.6 bar. Is that too low?",
        "judgement on a reading, not a unit conversion",
    ),
    (
        "near-meaning",
        "My payslip shows tax code 1257L. What does the L at the end mean?",
        "a tax code, not a number to compute with",
    ),
    # judgements and comparisons with numbers
    (
        "near-judgement",
        "Is £1,450 a month a reasonable rent for a two-bed flat in Bristol?",
        "a market judgement",
    ),
    (
        "near-judgement",
        "Is 22 °C too warm for a baby's bedroom at night?",
        "a safety judgement, not a conversion",
    ),
    (
        "near-judgement",
        "Would a 6% pay rise beat inflation over the coming year?",
        "depends on an unknown future rate",
    ),
    (
        "near-judgement",
        "Is 48 hours enough notice to cancel a dentist appointment politely?",
        "etiquette",
    ),
    (
        "near-judgement",
        "Is it safe to drive 300 miles on a space-saver spare tyre?",
        "safety advice",
    ),
    (
        "near-judgement",
        "We got quoted £9,800 for a new boiler. Does that sound steep?",
        "price judgement",
    ),
    (
        "near-judgement",
        "Is 35 too old to start learning the cello seriously?",
        "opinion about an age",
    ),
    # lookups and facts that look like dates or units
    (
        "near-lookup",
        "What day of the week will the 2030 Wimbledon men's final be played?",
        "needs a tournament schedule the model may not know",
    ),
    (
        "near-lookup",
        "How long was the Gemini 7 mission in days?",
        "a historical fact, not a date calculation from stated dates",
    ),
    (
        "near-lookup",
        "What's the legal top speed for a car towing a caravan on a UK motorway?",
        "a legal fact",
    ),
    (
        "near-lookup",
        "How far is it from Inverness to Fort William by road?",
        "a distance lookup, not a conversion",
    ),
    (
        "near-lookup",
        "What date does the tax year end in Australia?",
        "a fact about a calendar",
    ),
    (
        "near-lookup",
        "How heavy is a blue whale's heart in kilograms?",
        "a biological fact",
    ),
    (
        "near-lookup",
        "When does the clocks-forward change happen in Chile in 2029?",
        "a rule lookup that varies by year",
    ),
    (
        "near-lookup",
        "How many steps are there up the Eiffel Tower to the second floor?",
        "a fact, not arithmetic",
    ),
    (
        "near-lookup",
        "What is the current base rate of the Bank of England?",
        "a current fact the model may not know",
    ),
]
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

CONVERSATIONS = [
    (
        "conv-redefined",
        [
            (U, "For this puzzle, a ★ b means (a + b) × (a − b) + 1. Just go with it."),
            (A, "Got it: a ★ b = (a + b)(a − b) + 1."),
            (U, "so what's 9 ★ 4?"),
        ],
        "made-up operator defined earlier",
    ),
    (
        "conv-redefined",
        [
            (U, "In my fantasy novel a week has 9 days and a month is 4 weeks."),
            (A, "Nice worldbuilding. So a month is 36 days there."),
            (U, "How many days until the festival if it's 3 months and 2 weeks away?"),
        ],
        "invented calendar from an earlier turn",
    ),
    (
        "conv-redefined",
        [
            (U, "Our homework today is all in octal (base 8)."),
            (A, "Okay, octal it is. Send the problem."),
            (U, "ok first one: 17 + 25, what do i write?"),
        ],
        "base set earlier changes the meaning of the digits",
    ),
    (
        "conv-redefined",
        [
            (
                U,
                (
                    "At our club a 'lap' is the 400 m outdoor track, but a 'long lap' is the 1.2 "
                    "km trail loop."
                ),
            ),
            (A, "Thanks, I'll keep those straight."),
            (U, "If I did 5 long laps and 3 laps, how far is that, and which is better for hills"),
        ],
        "club jargon plus advice",
    ),
    (
        "conv-redefined",
        [
            (U, "For this game, aces are worth 11, picture cards 10, everything else is zero."),
            (A, "Understood. What's the hand?"),
            (U, "Ace, king, 7, 4, queen. What do I score, and should I stick?"),
        ],
        "game rules from earlier turn plus strategy",
    ),
    # format or style instructions that change the expected answer
    (
        "conv-style",
        [
            (U, "For the rest of this chat, answer only with a Python expression, nothing else."),
            (A, "Understood."),
            (U, "what's 15% of 84?"),
        ],
        "code is wanted, not a number",
    ),
    (
        "conv-style",
        [
            (U, "I'm revising for my maths exam. Please don't give me answers, just hints."),
            (A, "Happy to help with hints only."),
            (U, "How many days between 3 March and 20 April?"),
        ],
        "user asked for hints, not the answer",
    ),
    (
        "conv-style",
        [
            (U, "Answer everything as a rhyming couplet today, please."),
            (A, "I'll rhyme my replies for you today, / in couplets neat, come what may."),
            (U, "How many centimetres are in 6 inches?"),
        ],
        "poetic format requested",
    ),
    (
        "conv-style",
        [
            (
                U,
                (
                    "I teach year 5. Explain each answer step by step the way I'd show it on the "
                    "board."
                ),
            ),
            (A, "Sure, I'll write out the working clearly."),
            (U, "348 divided by 12"),
        ],
        "a worked explanation for teaching",
    ),
    (
        "conv-style",
        [
            (U, "Atebwch yn Gymraeg o hyn ymlaen os gwelwch yn dda - I'm practising my Welsh."),
            (A, "Iawn, dim problem."),
            (U, "Which weekday is 9 March 2030?"),
        ],
        "reply language set earlier",
    ),
    (
        "conv-style",
        [
            (
                U,
                (
                    "I'm writing a quiz. For each question give me the answer and three plausible "
                    "wrong options."
                ),
            ),
            (A, "Sounds fun - send them over."),
            (U, "Question 4: what is 35 miles in kilometres?"),
        ],
        "quiz distractors wanted",
    ),
    (
        "conv-style",
        [
            (U, "Can you check my working rather than redo it? I'll paste what I did."),
            (A, "Of course, paste it in."),
            (U, "I got 7 × 48 = 7 × 50 − 7 × 2 = 336. Is my method OK?"),
        ],
        "checking a method",
    ),
    # earlier turns make numbers identifiers or change their meaning
    (
        "conv-identifier",
        [
            (U, "My locker combination is 4-19-27."),
            (A, "Noted - be careful sharing codes."),
            (U, "What's the sum of those, and is that a weak combination?"),
        ],
        "judgement on a code's strength",
    ),
    (
        "conv-identifier",
        [
            (U, "Our new office is at 221 Maple Road, unit 14."),
            (A, "Sounds like a good spot."),
            (U, "Is 221/14 a sensible way to write that on the parcel label?"),
        ],
        "an address, not a division",
    ),
    (
        "conv-identifier",
        [
            (U, "I'm choosing between firmware 2.4 and 2.10 for my router."),
            (A, "Which router model is it?"),
            (U, "Never mind that - which is newer, 2.4 or 2.10?"),
        ],
        "version ordering, not decimal comparison",
    ),
    (
        "conv-identifier",
        [
            (U, "Our team finished the league on 61 points from 38 games."),
            (A, "A solid mid-table season."),
            (U, "Was that enough to avoid relegation most years?"),
        ],
        "league history judgement",
    ),
    (
        "conv-identifier",
        [
            (U, "The dress I want is a size 12 UK."),
            (A, "Okay."),
            (U, "What's that in US sizing, and do American brands run big?"),
        ],
        "clothing size conventions, not a unit conversion",
    ),
    # missing facts established or left open by the conversation
    (
        "conv-missing",
        [
            (U, "I'm flying to see my sister next month."),
            (A, "Lovely! Where does she live?"),
            (U, "How many hours will the flight take?"),
        ],
        "destination never given",
    ),
    (
        "conv-missing",
        [
            (U, "My rent went up by the same percentage as my friend's."),
            (A, "That's frustrating. Do you know what percentage?"),
            (U, "No, but mine was 950 before. What is it now?"),
        ],
        "percentage unknown",
    ),
    (
        "conv-missing",
        [
            (U, "The recipe is for a 20 cm tin but I've only got the one my mum gave me."),
            (A, "What size is your mum's tin?"),
            (U, "Not sure. How much should I scale the ingredients by?"),
        ],
        "tin size unknown",
    ),
    (
        "conv-missing",
        [
            (U, "My daughter starts school the September after she turns four."),
            (A, "When is her birthday?"),
            (U, "Late summer. What date does she start?"),
        ],
        "birthday and year vague",
    ),
    (
        "conv-missing",
        [
            (U, "We're driving to the coast for the weekend."),
            (A, "Sounds great."),
            (U, "If we leave at 9, when do we arrive?"),
        ],
        "distance and route unknown",
    ),
    (
        "conv-missing",
        [
            (U, "I got paid the same hourly rate as last year plus the usual uplift."),
            (A, "What was last year's rate?"),
            (U, "£13.20. So what's my rate now?"),
        ],
        "the uplift is never stated",
    ),
    # earlier turns turn the last question into an explanation, opinion or task
    (
        "conv-task",
        [
            (U, "I'm writing a children's maths book about a squirrel who saves acorns."),
            (A, "What a sweet idea!"),
            (U, "Give me a page where she has 36 acorns and shares them with 4 friends."),
        ],
        "creative writing task",
    ),
    (
        "conv-task",
        [
            (U, "Here's a spreadsheet: column A is hours, column B is hourly rate."),
            (A, "Okay, what would you like to do with it?"),
            (U, "What formula goes in C2 to get pay with 1.5x for hours above 40?"),
        ],
        "spreadsheet formula to write",
    ),
    (
        "conv-task",
        [
            (U, "I've been asked to explain unit conversions to new apprentices."),
            (A, "Happy to help you plan that."),
            (U, "How would you explain converting 3 feet 4 inches to centimetres?"),
        ],
        "a teaching explanation",
    ),
    (
        "conv-task",
        [
            (U, "I'm building a booking app in TypeScript."),
            (A, "Nice, what's the stack?"),
            (U, "How do I add 30 days to a date without timezone bugs?"),
        ],
        "code, not a date answer",
    ),
    (
        "conv-task",
        [
            (U, "My grandfather always said a mile is 'eight furlongs and a bit of luck'."),
            (A, "Ha, he sounds like a character."),
            (U, "What did he mean by the bit of luck part, do you think?"),
        ],
        "interpreting a saying",
    ),
    (
        "conv-task",
        [
            (U, "We're debating whether to round prices to the nearest 5p at the café."),
            (A, "There are pros and cons either way."),
            (U, "If a flat white is £3.42, what would you charge and why?"),
        ],
        "pricing opinion",
    ),
    (
        "conv-task",
        [
            (U, "My son says 0.999 recurring equals 1. I told him that's nonsense."),
            (A, "It's actually a well-known result."),
            (U, "Then how do I explain it so he doesn't think I was just wrong?"),
        ],
        "explanation and tact",
    ),
    (
        "conv-task",
        [
            (U, "I'm planning a surprise party and want it on a Saturday near her birthday."),
            (A, "When's her birthday?"),
            (U, "The 14th of July. Which Saturday would feel least suspicious?"),
        ],
        "judgement, year unstated",
    ),
    (
        "conv-task",
        [
            (U, "I measured the shed at 2.4 by 1.8 metres."),
            (A, "Okay."),
            (U, "Is that big enough to fit two bikes and a lawnmower?"),
        ],
        "practical judgement",
    ),
    (
        "conv-task",
        [
            (U, "My landlord wants a 6-week deposit and 1 month's rent up front. Rent is £1,100."),
            (A, "That's a common arrangement, though caps can apply."),
            (U, "Is he allowed to ask for that much deposit in England?"),
        ],
        "legal question",
    ),
    (
        "conv-task",
        [
            (U, "Let's play twenty questions. I'm thinking of a number between 1 and 1000."),
            (A, "Is it greater than 500?"),
            (U, "Yes. What's your next question?"),
        ],
        "a game move, not arithmetic",
    ),
    (
        "conv-task",
        [
            (U, "The instructions for my glue say cure time is 24 hours at 20 degrees."),
            (A, "Temperature does affect curing."),
            (U, "My garage is about 8 degrees. How long should I leave it?"),
        ],
        "estimate depending on chemistry",
    ),
]
for _fam, _turns, _note in CONVERSATIONS:
    conv(_fam, _turns, _note)


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
    # no register (family name) of this set is a family name of sets 19 to 103
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 103: {reused}"
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
