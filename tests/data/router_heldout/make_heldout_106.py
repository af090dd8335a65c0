r"""Generate heldout-2027-03-19.jsonl: a hundred-and-sixth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed106. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho106-", earlier generators 1-105, register check against sets 19 to 105).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed106/earlier_registers.txt (1945 earlier family names), grepped for candidate
  registers so that none of this set's names repeats one;
- of this script: the docstring, set-up and helpers (lines 1-280 of the copy), the units header
  and unit_r (512-572), the datetime header and helpers up to the first `assert sayus`
  (765-849), the negatives header with neg/conv (1075-1082), and the weekday check, checks and
  output at the end (1658-1881).
The previous set's query sections were never viewed: their boundary lines were asserted and they
were replaced by line number, from the bottom range up, with four new sections written from
scratch in scratch files (since deleted). No JSONL file, git history, web or code search, router,
tools, tests, other sealed directories or other generators were read (the script imports earlier
generators itself, in memory, for its duplicate and register checks).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a salt-marsh grazing warden, a
  rapidplay chess arbiter, a bell-rope sally maker, a reptile rescue, a morris side's bagman, a
  regatta umpire's launch, a paraglider tow-winch operator, a skate sharpening booth, a school
  crossing warden, a microlight airfield, a gem-faceting lapidary, a harness-racing stable lad,
  a sugar beet clamp, a hovercraft slipway, a turbine gearbox oiler, a bonsai workshop, a fly
  swap club, a signal box volunteer, a sand sculpture judge, a dental implant scheduler, a hearing
  dog puppy socialiser, a fly-tower rigging crew, an orienteering planner, a tea plantation and
  an antique map dealer), each register used by all three tools, six of them with two items per
  tool. Phrasing varies: statements, questions, imperatives, lowercase, numbers in words,
  British and American forms, extra context.
- Every expected value is computed in code: Fraction/Decimal for money and quantities (exact,
  terminating, at most three decimals for the calculator), exact unit definitions (inch, foot,
  yard, mile, pound, stone, acre, nautical mile, knot, metric carat, psi from standard gravity,
  bar, kWh, MiB/GiB) for conversions, graded exactly when the result terminates in at most
  three decimals and at 0.1% otherwise (only where two decimals stay within 0.1%), and
  datetime/date arithmetic for dates, weekdays, ages, spans, nth weekdays, clock intervals and a
  run of performances skipping Sundays. Weekdays written next to dates come from the computed
  date.
- 200 negatives: 100 ordinary ones (explanations, opinions, writing, code, advice, history,
  language, general knowledge, kitchen and DIY), 65 near-negatives shaped like positives but
  needing the model (identifiers, missing facts, redefined notation, code, meanings of stated
  numbers, estimates, judgements, lookups), and 35 conversations in which an earlier turn
  changes what the last question means (redefined operators, units, calendars, bases or week
  numbers, requested format or language, identifiers, missing facts, judgements, tasks); none
  ends in a plain exact question that the earlier turns leave unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 105, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration), and a
read-through of every expected value printed with --show. The first run failed unit_r's
two-decimal check on one conversion (distance changed); the next found 21 queries or user turns
matching earlier sets word for word (rephrased). Ruff check and format were run from
/work/main; over-long string lines were split (list and tuple elements parenthesised), two
that the formatter re-joined past 99 columns were shortened, and the script was re-run.

Run: /work/main/.venv/bin/python make_heldout_106.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-19.jsonl"
PREFIX = "ho106-"
# earlier generators: sets 1-105 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 106))
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

calc(P, "Work out 17.5 per cent of 2,360 for me.", pct("17.5") * 2360)
calc(P, "3847 * 29", 3847 * 29)
calc(P, "what's 9,876 divided by 16", F(9876, 16))
calc(P, "(48.6 + 31.9) x 1.4 = ?", (dec("48.6") + dec("31.9")) * dec("1.4"))
calc(P, "Calculate 2 to the power of 17 minus 4,321.", 2**17 - 4321)
calc(P, "What's the square root of 7,225, please?", 85)
calc(P, "What is 1,250 increased by 36 percent?", 1250 * (1 + pct(36)))
calc(P, "6.5 cubed", dec("6.5") ** 3)
calc(P, "How much is three eighths of 1,912?", F(3, 8) * 1912)
calc(P, "Take 14.5% off 58,200 - what's left?", 58200 * (1 - pct("14.5")))
calc(P, "Compute 703 × 418 − 99,999", 703 * 418 - 99999)
calc(P, "What percentage of 1,308 is 327?", F(327, 1308) * 100)
calc(P, "mean of 82, 91, 77, 68 and 95", F(82 + 91 + 77 + 68 + 95, 5))
calc(P, "3/8 + 1/5 + 9/20 as a decimal please", F(3, 8) + F(1, 5) + F(9, 20))

SM = "salt_marsh_grazing_warden"
calc(
    SM,
    "The marsh grazing licence is £14.80 per cow per week. Mrs Pryce has 23 cows out on the "
    "saltings for 9 weeks. What does she owe altogether?",
    dec("14.80") * 23 * 9,
)
calc(
    SM,
    "we lost seven of our 140 ewes when the spring tide came over the sea wall. what percent of "
    "the flock was that",
    F(7, 140) * 100,
)
CH = "chess_arbiter_rapidplay_desk"
calc(
    CH,
    "Arbiter's sums for the rapidplay: 38 adults paid £18 entry, 21 juniors paid £9.50, and the 4 "
    "titled players got in free. Take off the £310 hall hire and how much is left for prizes?",
    38 * 18 + 21 * dec("9.50") - 310,
)
calc(
    CH,
    "Prize fund of £573.50 splits 50% to first, 30% to second and 20% to "
    "third. Three players tied "
    "for second and share that prize equally. How much does each of the three get?",
    dec("573.50") * pct(30) / 3,
)
calc(
    "bell_rope_sally_maker",
    "Each bell-rope sally takes 1.35 kg of dyed wool. I had 40 kg in the store and have made 27 "
    "sallies since. How many kg of wool are left?",
    40 - 27 * dec("1.35"),
)
calc(
    "reptile_rescue_vivarium_room",
    "Our rescue runs 14 heat mats at 25 watts each, day and night. Electricity is 31p per kWh. "
    "What does that cost in pounds over a 30-day month?",
    14 * dec("0.025") * 24 * 30 * dec("0.31"),
)
calc(
    "morris_side_bagman",
    "Bagman here. The hat took £412.60 over the weekend tour. After £96 for the minibus and "
    "£38.40 for the landlord's pies we split what's left equally between 12 dancers and our "
    "melodeon player. how much each?",
    (dec("412.60") - 96 - dec("38.40")) / 13,
)
RU = "regatta_umpire_launch"
calc(
    RU,
    "The umpire's launch burns 4.6 litres of petrol an hour. Over the three regatta days it ran "
    "for 7.5, 8 and 6.25 hours. At £1.48 a litre, what was the fuel bill?",
    (dec("7.5") + 8 + dec("6.25")) * dec("4.6") * dec("1.48"),
)
calc(
    RU,
    "Winners clocked 6:12.4 on my stopwatch and the runners-up 6:19.15. By how many seconds did "
    "they win?",
    (6 * 60 + dec("19.15")) - (6 * 60 + dec("12.4")),
)
calc(
    "paraglider_tow_winch_operator",
    "A new winch tow line costs £640 and lasts 320 tows. We charge pilots £12.50 a tow. After "
    "allowing for the line, what's left per tow?",
    dec("12.50") - F(640, 320),
)
calc(
    "ice_rink_blade_sharpening_booth",
    "Skate sharpening is £7.50 a pair, or £60 for a ten-pair card. A hockey team brings in 17 "
    "pairs, buys one card and pays for the rest at the single price. What's their total?",
    60 + 7 * dec("7.50"),
)
calc(
    "school_crossing_lollipop_warden",
    "I get £13.20 an hour on the school crossing: an hour and a quarter each morning and one hour "
    "each afternoon, five days a week, 38 weeks in the school year. What's that before tax?",
    dec("13.20") * (dec("1.25") + 1) * 5 * 38,
)
ML = "microlight_airfield_clubhouse"
calc(
    ML,
    "Landing fees: £8 for members, £15 for visitors. In July we logged 143 member landings and 67 "
    "visitor landings. What did landing fees bring in?",
    143 * 8 + 67 * 15,
)
calc(
    ML,
    "The club bought 2,400 litres of mogas at £1.36 a litre and sells it to pilots at £1.62. Once "
    "all 2,400 litres are sold, what's the profit?",
    2400 * (dec("1.62") - dec("1.36")),
)
GL = "gemstone_faceting_lapidary"
calc(
    GL,
    "A 3.84 ct piece of rough garnet came out as a finished gem of 1.44 "
    "ct. What percentage of the "
    "weight did I keep?",
    dec("1.44") / dec("3.84") * 100,
)
calc(
    GL,
    "customer paid a £180 deposit on a £1,140 faceting commission, the balance is due in four "
    "equal monthly instalments - how much is each",
    F(1140 - 180, 4),
)
calc(
    "harness_racing_stable_lad",
    "Our trotter won a $12,400 purse. The owner takes 80%, the trainer "
    "10%, the driver 5%, and the "
    "two grooms split the remaining 5% equally. What is each groom's share in dollars?",
    12400 * pct(5) / 2,
)
calc(
    "sugar_beet_harvest_clamp",
    "We delivered 1,864 tonnes of beet at £41.75 a tonne, but the factory "
    "docks 3% off the payment "
    "for dirt tare. How much should the cheque be?",
    1864 * dec("41.75") * (1 - pct(3)),
)
calc(
    "hovercraft_slipway_engineer",
    "Skirt repair invoice: 36 new fingers at £27.40 each plus six and a half hours of labour at "
    "£48 an hour. Total?",
    36 * dec("27.40") + dec("6.5") * 48,
)
calc(
    "wind_turbine_gearbox_oiler",
    "Each gearbox takes 340 litres of oil. We're doing the oil change on 18 turbines, and the oil "
    "is £6.85 a litre. What's the oil going to cost?",
    340 * 18 * dec("6.85"),
)
calc(
    "bonsai_wiring_workshop",
    "my bonsai wiring workshop: 9 students at £65 each, wire costs me £4.20 per student and the "
    "village hall is £38. whats my profit",
    9 * 65 - 9 * dec("4.20") - 38,
)
calc(
    "fly_tying_fly_swap_club",
    "Hooks come in packets of 25 at £4.60 a packet and I need 340 hooks for the fly swap. Buying "
    "whole packets only, how much will I spend?",
    whole_up(F(340, 25)) * dec("4.60"),
)
calc(
    "signal_box_lever_frame_volunteer",
    "The lever frame restoration appeal has raised £8,460 towards its £23,500 target. What "
    "percentage of the target is that?",
    F(8460, 23500) * 100,
)
calc(
    "sand_sculpture_judge",
    "Five judges scored the sandcastle 8.5, 9, 7.5, 8 and 9.5. Drop the "
    "highest and the lowest and "
    "average the other three. What score does it get?",
    (dec("8.5") + 9 + 8) / 3,
)
calc(
    "dental_implant_surgery_scheduler",
    "Treatment plan: implant £2,150, crown £780, CT scan £145. The patient pays 15% up front and "
    "the rest in 5 equal interest-free monthly payments. How much is each payment?",
    (2150 + 780 + 145) * (1 - pct(15)) / 5,
)
calc(
    "hearing_dog_puppy_socialiser",
    "I claim the puppy's food back at £2.35 a day. This claim covers all 30 days of June plus 11 "
    "days of July, and there's a £17.99 vet bill on top. What do I put on the form?",
    41 * dec("2.35") + dec("17.99"),
)
SR = "stage_rigging_fly_tower_crew"
calc(
    SR,
    "On the fly bar: the pipe weighs 41 kg, the cloth 73 kg, and there are six lanterns at 8.5 kg "
    "each. What total load in kg do we need to balance?",
    41 + 73 + 6 * dec("8.5"),
)
calc(
    SR,
    "Crew call: fourteen stagehands, 7.5 hours each at $19.40 an hour, plus 2 hours of overtime "
    "each at time-and-a-half. What's the total wage bill?",
    14 * (dec("7.5") * dec("19.40") + 2 * dec("19.40") * F(3, 2)),
)
calc(
    "orienteering_event_planner",
    "Entries were 212 seniors at £9 and 87 juniors at £3. The landowner gets 12% of total entry "
    "money. How much do we pay the landowner?",
    (212 * 9 + 87 * 3) * pct(12),
)
calc(
    "tea_plantation_plucking_supervisor",
    "My gang of 14 pluckers averaged 26.5 kg of green leaf each on Tuesday. At 9.5 rupees a kilo, "
    "what was the gang's total pay for the day?",
    14 * dec("26.5") * dec("9.5"),
)
calc(
    "antique_map_dealer",
    "Bought an 18th-century county map at auction: hammer price £340, buyer's premium 25% of the "
    "hammer, and VAT at 20% charged on the premium only. What did it cost me in total?",
    340 + 340 * pct(25) * (1 + pct(20)),
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


NMI = F(1852)  # m
KNOT = NMI / 3600  # m/s
CARAT = F(2, 10)  # g
SQMI = MI * MI  # m^2
CUYD = YD * YD * YD  # m^3

unit_r(P, "Convert 73 miles to kilometres", 73 * MI / 1000)
unit_r(P, "2,450 m in feet?", 2450 / FT)
unit_r(P, "What is 168 pounds in kilograms?", 168 * LB)
unit(P, "Convert 38.6 °C to Fahrenheit.", c_to_f(dec("38.6")), EXACT)
unit_r(P, "14 stone 9 lb in kg?", (14 * 14 + 9) * LB)
unit_r(P, "What's 250 kilometres per hour in miles per hour?", 250 * KMH / MPH)
unit_r(P, "How many square feet are in 46 square metres?", 46 / SQFT)
unit(P, "How many MiB are in 3.2 GiB?", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "Convert 95 psi to bar.", 95 * PSI / BAR)
unit_r(P, "What's 12 acres in hectares?", 12 * ACRE / 10000)
unit(P, "convert 5.5 nautical miles to km", dec("5.5") * NMI / 1000, EXACT)
unit_r(P, "how many inches is 187 cm", dec("1.87") / IN)
unit(P, "2.75 kilowatt-hours in megajoules?", dec("2.75") * dec("3.6"), EXACT)
unit(P, "What is -22 degrees Fahrenheit in Celsius?", f_to_c(-22), EXACT)

unit_r(
    SM,
    "The saltings we graze come to 310 acres on the old estate map. How many hectares is that?",
    310 * ACRE / 10000,
)
unit_r(
    SM,
    "The sea wall crest is marked as 14 feet 6 inches above datum. What is that in metres?",
    (14 * 12 + 6) * IN,
)
unit_r(
    CH,
    "The congress hall measures 82 ft by 46 ft. How many square metres of floor is that?",
    82 * 46 * SQFT,
)
unit(
    CH,
    "Tournament boards have 2.25-inch squares. What's that in millimetres?",
    dec("2.25") * IN * 1000,
    EXACT,
)
unit_r(
    "bell_rope_sally_maker",
    "The tower captain wants 62 feet of rope for the tenor. I order by the metre - how many "
    "metres is 62 feet?",
    62 * FT,
)
unit_r(
    "reptile_rescue_vivarium_room",
    "The python's vivarium should sit at 88 °F at the warm end. What's that in degrees Celsius?",
    f_to_c(88),
)
unit_r(
    "morris_side_bagman",
    "our boxing day tour walks 9 miles between pubs, how many kilometres is that",
    9 * MI / 1000,
)
unit(
    RU,
    "The course is one mile and 550 yards long. Express that in metres.",
    (1760 + 550) * YD,
    EXACT,
)
unit_r(RU, "Wind at the start line was 14 knots. What is that in metres per second?", 14 * KNOT)
unit_r(
    "paraglider_tow_winch_operator",
    "The tow pressure gauge read 2.8 bar during the launch. Convert that to psi for the log.",
    dec("2.8") * BAR / PSI,
)
unit_r(
    "ice_rink_blade_sharpening_booth",
    "Customer asked for a 7/16 inch radius of hollow on her blades. What's that in millimetres?",
    F(7, 16) * IN * 1000,
)
unit(
    "school_crossing_lollipop_warden",
    "The warning sign is 200 yards before my crossing. How far is that in metres?",
    200 * YD,
    EXACT,
)
unit(
    ML,
    "Our grass runway is 1,640 ft long. What is that in metres, please?",
    1640 * FT,
    EXACT,
)
unit_r(ML, "max takeoff weight is 472.5 kg - what's that in pounds?", dec("472.5") / LB)
unit(GL, "Convert 1.44 metric carats to grams.", dec("1.44") * CARAT, EXACT)
unit_r(
    GL,
    "My faceting lap spins at 1,200 rpm. What is that in radians per second?",
    1200 * 2 * F(math.pi) / 60,
)
unit(
    "harness_racing_stable_lad",
    "The track is a five-eighths of a mile oval. How many metres is one lap?",
    F(5, 8) * MI,
    EXACT,
)
unit_r(
    "sugar_beet_harvest_clamp",
    "The clamp by the yard holds 2,300 tonnes of beet. An American buyer asks for it in pounds - "
    "how many pounds is that?",
    2300 * 1000 / LB,
)
unit_r(
    "hovercraft_slipway_engineer",
    "The lift fan gauge reads 0.49 psi cushion pressure. How many pascals is that?",
    dec("0.49") * PSI,
)
unit_r(
    "wind_turbine_gearbox_oiler",
    "Hub height on these turbines is 105 metres. What's that in feet?",
    105 / FT,
)
unit(
    "bonsai_wiring_workshop",
    "The training pot is 14 inches wide. How many centimetres is that?",
    14 * IN * 100,
    EXACT,
)
unit_r(
    "fly_tying_fly_swap_club",
    "The tippet is 0.15 mm in diameter. What is that in thousandths of an inch (thou)?",
    dec("0.00015") / IN * 1000,
)
unit(
    "signal_box_lever_frame_volunteer",
    "The distant signal stands 1,100 yards from the box. How many metres is that?",
    1100 * YD,
    EXACT,
)
unit_r(
    "sand_sculpture_judge",
    "The organisers had 85 cubic yards of sand delivered for the competition. How many cubic "
    "metres is that?",
    85 * CUYD,
)
unit(
    "dental_implant_surgery_scheduler",
    "Our autoclave cycle runs at 134 degrees C. What is that in degrees Fahrenheit?",
    c_to_f(134),
    EXACT,
)
unit_r(
    "hearing_dog_puppy_socialiser",
    "The pup weighed 31 lb at the vet's. What is that in kilograms?",
    31 * LB,
)
unit_r(
    SR,
    "The grid in our fly tower is 68 feet above the stage floor. How many metres is that?",
    68 * FT,
)
unit_r(
    SR,
    "The arbor is loaded with 165 kg. The hoist is rated in pounds - what is 165 kg in lb?",
    165 / LB,
)
unit_r(
    "orienteering_event_planner",
    "The brown course is 7.4 km long. How many miles is that for the American visitors?",
    7400 / MI,
)
unit_r(
    "tea_plantation_plucking_supervisor",
    "The estate covers 1,450 hectares. How many square miles is that?",
    1450 * 10000 / SQMI,
)
unit(
    "antique_map_dealer",
    "The map sheet is 22 inches by 17 inches. What is the longer side in centimetres?",
    22 * IN * 100,
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

date_item(P, f"What day of the week was {say(D(1987, 10, 19))}?", weekday(D(1987, 10, 19)))
date_item(
    P,
    "How many days are there between 3 March 2026 and 17 November 2026?",
    days(D(2026, 3, 3), D(2026, 11, 17)),
)
date_item(P, "What date is 100 days after 14 August 2027?", D(2027, 8, 14) + TD(days=100))
date_item(P, "what's the date six weeks before 2 April 2028", D(2028, 4, 2) - TD(weeks=6))
date_item(
    P,
    "How many weeks is it from 5 January 2027 to 13 April 2027?",
    weeks(D(2027, 1, 5), D(2027, 4, 13)),
)
date_item(P, "When is the third Thursday of September 2029?", nth_weekday(2029, 9, THU, 3))
date_item(P, "Date of the last Monday in May 2031?", nth_weekday(2031, 5, MON, -1))
date_item(
    P,
    "How old is someone born on 23 June 1968 on 1 March 2027?",
    age(D(1968, 6, 23), D(2027, 3, 1)),
)
date_item(
    P, "Hours between 22:15 and 06:45 the following morning?", clock_span("22:15", "06:45", 3600)
)
date_item(
    P,
    "what date is 250 days before December 25, 2030",
    D(2030, 12, 25) - TD(days=250),
)
date_item(P, "How many minutes from 09:40 to 17:05?", clock_span("09:40", "17:05", 60))
date_item(P, "Which weekday is July 4, 2032?", weekday(D(2032, 7, 4)))
date_item(
    P, "Add 1,000 days to 1 January 2027. What date do you get?", D(2027, 1, 1) + TD(days=1000)
)
date_item(
    P,
    "How many days are there from 29 January 2028 to 1 March 2028?",
    days(D(2028, 1, 29), D(2028, 3, 1)),
)

date_item(
    SM,
    "Grazing on the saltings opens on 15 April 2027 and all stock must be off by 31 October 2027. "
    "How many days long is the season, counting both the first and the last day?",
    days(D(2027, 4, 15), D(2027, 10, 31)) + 1,
)
date_item(
    SM,
    "The big spring tide warning is for the third Sunday of March 2027. What date is that?",
    nth_weekday(2027, 3, SUN, 3),
)
CH_DAY = nth_weekday(2027, 6, SAT, 2)
date_item(
    CH,
    f"The rapidplay is on {sayw(CH_DAY)} and the entry deadline is 21 days before it. What date "
    "is the deadline?",
    CH_DAY - TD(days=21),
)
date_item(
    CH,
    "Round one starts at 09:30 and the last round should finish by 18:45. How many minutes is "
    "that in total?",
    clock_span("09:30", "18:45", 60),
)
date_item(
    "bell_rope_sally_maker",
    "The tower's ropes were last replaced on 8 September 2019 and we replace them every 2,500 "
    "days. When are the new ones due?",
    D(2019, 9, 8) + TD(days=2500),
)
date_item(
    "reptile_rescue_vivarium_room",
    "Our tortoise went into hibernation on 12 November 2026 and woke up on 9 March 2027. How many "
    "days was she asleep?",
    days(D(2026, 11, 12), D(2027, 3, 9)),
)
date_item(
    "morris_side_bagman",
    "our day of dance is the second saturday in june 2028 - what's the date?",
    nth_weekday(2028, 6, SAT, 2),
)
RU_START = nth_weekday(2027, 6, WED, -1)
assert weekday(RU_START) == "Wednesday"
date_item(
    RU,
    f"The regatta runs Wednesday to Sunday, starting on {sayw(RU_START)}. What is the date of "
    "finals day on the Sunday?",
    RU_START + TD(days=4),
)
date_item(
    RU,
    f"Entries opened on 1 February 2027 and racing starts on {say(RU_START)}. How many days is "
    "that?",
    days(D(2027, 2, 1), RU_START),
)
date_item(
    "paraglider_tow_winch_operator",
    "My winch operator rating was issued on 17 May 2025 and must be renewed 730 days later. What "
    "date is that?",
    D(2025, 5, 17) + TD(days=730),
)
IR_CLOSE = nth_weekday(2027, 4, SUN, -1)
date_item(
    "ice_rink_blade_sharpening_booth",
    f"The rink shuts for the summer on {sayw(IR_CLOSE)} and reopens exactly 11 weeks later. "
    "What's the reopening date?",
    IR_CLOSE + TD(weeks=11),
)
date_item(
    "school_crossing_lollipop_warden",
    "Autumn term starts on 2 September 2027. What day of the week is that?",
    weekday(D(2027, 9, 2)),
)
date_item(
    ML,
    "My Permit to Fly expires on 22 February 2028 and I want the annual inspection done 45 days "
    "before that. What date should I book?",
    D(2028, 2, 22) - TD(days=45),
)
date_item(
    ML,
    "took off at 15:50 and landed at 17:25, how many minutes was i flying",
    clock_span("15:50", "17:25", 60),
)
date_item(
    GL,
    "I accepted a faceting commission on 4 October 2027 and promised it in ten weeks. What's the "
    "due date?",
    D(2027, 10, 4) + TD(weeks=10),
)
date_item(
    GL,
    "The gem show is held on the last Friday of January 2028. What date is that?",
    nth_weekday(2028, 1, FRI, -1),
)
date_item(
    "harness_racing_stable_lad",
    "Our filly was foaled on 19 April 2025. How old is she in completed years on 1 January 2028?",
    age(D(2025, 4, 19), D(2028, 1, 1)),
)
date_item(
    "sugar_beet_harvest_clamp",
    "The factory shuts 135 days after the beet campaign opens on 20 September 2027. On what date "
    "does it shut?",
    D(2027, 9, 20) + TD(days=135),
)
HV_LAST = nth_weekday(2027, 3, WED, 1)
date_item(
    "hovercraft_slipway_engineer",
    f"Slipway inspections are every 91 days. The last one was on {sayw(HV_LAST)}. When is the "
    "next one due?",
    HV_LAST + TD(days=91),
)
date_item(
    "wind_turbine_gearbox_oiler",
    "Gearbox oil on turbine 7 was changed on 6 June 2026 and is due again 540 days later. What "
    "date is that?",
    D(2026, 6, 6) + TD(days=540),
)
date_item(
    "bonsai_wiring_workshop",
    "I repotted the juniper on 21 March 2027. How many days is it from then until 1 March 2029?",
    days(D(2027, 3, 21), D(2029, 3, 1)),
)
date_item(
    "fly_tying_fly_swap_club",
    "The trout season opens on 15 March 2028. Which day of the week is that?",
    weekday(D(2028, 3, 15)),
)
SB_GALA = nth_weekday(2027, 9, SAT, 2)
date_item(
    "signal_box_lever_frame_volunteer",
    f"Gala weekend starts on {sayw(SB_GALA)}. The signal box rota goes out five weeks before "
    "that. What date does it go out?",
    SB_GALA - TD(weeks=5),
)
date_item(
    "sand_sculpture_judge",
    "Carving started at 07:45 and tools down is at 16:30. How many hours do the teams get?",
    clock_span("07:45", "16:30", 3600),
)
date_item(
    "dental_implant_surgery_scheduler",
    "Extraction done 13 January 2027; the implant goes in 12 weeks later. Which date do I book?",
    D(2027, 1, 13) + TD(weeks=12),
)
date_item(
    "hearing_dog_puppy_socialiser",
    "The puppy was born on 28 December 2026 and comes to me at exactly eight weeks old. What date "
    "does he arrive?",
    D(2026, 12, 28) + TD(weeks=8),
)
date_item(
    SR,
    "Get-in starts at 08:00 and curtain up is 19:30. How many hours between the two?",
    clock_span("08:00", "19:30", 3600),
)
SR_OPEN = nth_weekday(2027, 9, MON, 2)
_shows, _d = [], SR_OPEN
while len(_shows) < 38:
    if _d.weekday() != SUN:
        _shows.append(_d)
    _d += TD(days=1)
date_item(
    SR,
    f"The run is 38 performances, one a night Monday to Saturday with Sundays dark, opening on "
    f"{sayus(SR_OPEN)}. What's the date of the final performance?",
    _shows[-1],
)
date_item(
    "orienteering_event_planner",
    "The event is on 14 November 2027 and the landowner wants our request at least 120 days "
    "beforehand. What's the latest date we can send it?",
    D(2027, 11, 14) - TD(days=120),
)
date_item(
    "tea_plantation_plucking_supervisor",
    "First flush plucking started on 2 March 2027 and the second flush starts on 28 May 2027. "
    "How many days apart are they?",
    days(D(2027, 3, 2), D(2027, 5, 28)),
)
date_item(
    "antique_map_dealer",
    "One map is dated 1 August 1794 and its revised edition 1 August 1894. How many days apart "
    "are those two dates?",
    days(D(1794, 8, 1), D(1894, 8, 1)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "explain_why_how": [
        "Why does a bicycle stay upright more easily when it's moving fast?",
        "Explain how a tidal bore forms on a river like the Severn.",
        "In a couple of sentences, what separates weather from climate?",
        "How does a heat pump pull warmth out of freezing air outside and into a house?",
        "why do onions make you cry when you chop them, and does a sharp knife help",
        "Can you explain what an index fund is to someone who has never invested a penny?",
        "What makes sourdough rise without any shop-bought yeast?",
        "Explain the offside rule in football as if I'd never watched a single match.",
        "How do active noise-cancelling earbuds cancel out the hum of a plane?",
        "What causes the northern lights, and why are they mostly seen near the poles?",
        "Why is the sky a deeper blue straight overhead than down near the horizon?",
        "explain recursion to a twelve year old using an example that isn't factorial",
        "What does a conductor actually do with their hands during an orchestra concert?",
        "How do mRNA vaccines teach the immune system what to look for?",
        "Why does ice float on water when most solids sink in their own melt?",
    ],
    "opinion_take": [
        "Is it worth learning Latin as an adult, or is that a waste of evenings?",
        (
            "Which is the better first pet for a busy family with two school-age "
            "kids: a cat or a rabbit?"
        ),
        "Should I tell my manager I'm quietly job hunting, or keep it to myself?",
        "What do you reckon is the most underrated Beatles album, and why?",
        "Are standing desks genuinely better for your back or is it hype?",
        "Would you rather live in a city with great trams or a village with great walks?",
        "Do paper books help you remember what you read better than an e-reader does?",
        "Is it rude to wear headphones all day in a shared open-plan office?",
        "For a first novel in Spanish, would you pick something modern or a classic?",
        "Do you think fully remote work is bad for people in their first job?",
        "Is it ever okay to regift a present I didn't like to someone in the same family?",
        "What's the loveliest-sounding word in English, in your opinion?",
    ],
    "writing_request": [
        "Write a limerick about a cat who has a grudge against Mondays.",
        "Draft a polite email asking my landlord to fix the dripping kitchen tap this time.",
        "Give me a wedding toast for my sister, warm but not soppy, about two minutes long.",
        "Write a short poem about fog rolling over a harbour at dawn.",
        "Help me write the opening paragraph of a cover letter for a junior librarian post.",
        "Can you write a bedtime story about a hedgehog who's scared of the dark?",
        (
            "Rewrite this to sound more confident: 'I think I might possibly be able to help out "
            "with the project if that's okay.'"
        ),
        "Write a haiku about the first frost on an allotment.",
        "compose a short thank-you note to the neighbours for watering my plants while i was away",
        "Write product copy for a handmade oak chopping board in under 60 words.",
        "Suggest five names for a cafe that also sells secondhand books.",
        "Write a resignation letter that keeps things friendly with my boss of eight years.",
        "Give me an opening line for a ghost story set in a lighthouse.",
        "Write two verses of a song about missing the last bus home.",
    ],
    "programming_help": [
        "Write a Python function that checks whether a string is a palindrome, ignoring spaces.",
        "How do I reverse a singly linked list in Java without using extra lists?",
        "What's the actual difference between let and const in JavaScript?",
        "Write a SQL query that finds customers who have never placed an order.",
        "Explain what a race condition is and show a tiny example of one in Go.",
        "How do I undo my last git commit but keep the changes in my working tree?",
        "write a bash one-liner that lists the ten biggest files under a directory",
        "Why does my React component re-render every time its parent updates?",
        "Show me how to load a CSV with pandas and drop rows that have missing values.",
        "What's a closure in Python? A short example please.",
        "How do I centre a div both horizontally and vertically with CSS grid?",
        "Write a regular expression that matches UK postcodes reasonably well.",
    ],
    "everyday_advice": [
        "How can I get my two-year-old to sleep through the night?",
        "My tomato plants have yellowing leaves at the bottom. What should I do?",
        "Any tips for staying alert on a long night drive?",
        "What should I pack for a week of hiking in the Scottish Highlands in autumn?",
        "How do I politely decline a wedding invitation from an old colleague?",
        "What are good ways to memorise vocabulary when learning a new language?",
        "My sourdough starter smells like nail polish remover. Have I ruined it?",
        "How should I prepare for a job interview at a small local charity?",
        "How can I stop procrastinating on my thesis write-up?",
        "What's the best way to introduce a new kitten to my elderly dog?",
        "Spilled red wine on a cream wool rug at a party - how do I get it out?",
        "Any advice for someone giving their first speech at a wedding reception?",
    ],
    "history_question": [
        "Why did the Roman Empire end up split into East and West?",
        "What was the real significance of Magna Carta at the time it was sealed?",
        "Who was Ada Lovelace and why is she remembered?",
        "What made the Great Fire of London spread so quickly?",
        "Tell me about how the printing press spread across Europe.",
        "What were the main causes of the First World War, briefly?",
        "What goods travelled west along the Silk Road, and what went east?",
        "Who built the Great Wall of China, and what was it for?",
        "What was life like for a child working in a Victorian cotton mill?",
        "Why was the Suez Canal such a big deal in the 19th century?",
    ],
    "language_usage": [
        "When should I write 'affect' and when 'effect'? I always mix them up.",
        "How do you say 'where is the train station' in Portuguese?",
        "Translate 'the early bird catches the worm' into French, keeping it idiomatic.",
        "What does the German word Schadenfreude mean, and is there an English equivalent?",
        "Is it 'different from' or 'different than' in British English?",
        "Where does the phrase 'bite the bullet' come from?",
        "Give me three slightly formal synonyms for 'happy'.",
        "When do you use a semicolon instead of a comma?",
        "What does the word 'sonder' mean and is it a real word?",
        "Is the plural of octopus octopuses, octopi or octopodes?",
    ],
    "general_knowledge": [
        "Who wrote the novel The Remains of the Day?",
        "What is the capital city of Mongolia called?",
        "Which is the largest moon of Saturn, and does it have an atmosphere?",
        "Which English painter gave us The Hay Wain, and where does it hang?",
        "What language do most people speak in Brazil, and why?",
        "What's the tallest mountain in Africa?",
        "Who is credited with discovering penicillin?",
        "What's the name of the river that divides Buda from Pest?",
    ],
    "kitchen_and_diy": [
        "How do I make a béchamel sauce without lumps?",
        "What's the best way to cook a steak medium rare in a frying pan?",
        "How do you prune a climbing rose in late winter?",
        "Give me a simple vegetarian chilli recipe for a weeknight.",
        "How do I fix a punctured inner tube on a bike?",
        "How do you tie a bowline knot?",
        "What's the easiest way to descale a kettle without buying anything special?",
    ],
}
for _fam, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_fam, _q)

NEAR = {
    "near-identifier": (
        "a number that is an identifier, not a quantity",
        [
            "My new mobile number is 07700 900461 - which network is it on?",
            "What does part number 4471-220-B on my dishwasher filter refer to?",
            "The match finished 3-1. Who scored the goals?",
            "Is going from Python 3.9 to 3.12 a big jump for a codebase upgrade?",
            "Is 1984 worth reading before Brave New World, or the other way round?",
            "My flight is BA 2490. Which terminal does it leave from?",
            "What book has the ISBN 978-0-14-118776-1?",
            "Route 66 - how long does it take to drive the whole thing?",
            "What does error code 0x80070005 mean on Windows?",
            "In Orwell, what's inside Room 101?",
        ],
    ),
    "near-missing-fact": (
        "the numbers needed are not given",
        [
            "What's my electricity bill going to be for the next three months?",
            "What's 20% off the sofa I looked at on Saturday?",
            "How many days have I got left before my passport expires?",
            "If I split the bill with my flatmates, how much do I owe?",
            "How long will it take me to drive to my mum's?",
            "What's the pound to yen exchange rate at the moment?",
            "How much are three shares of Apple worth at the moment?",
            "What will the weather be in Lisbon on 12 May 2027?",
            "How many steps did I walk over the past seven days?",
            "Which day is my bin collection day?",
        ],
    ),
    "near-notation": (
        "notation redefined or needing interpretation",
        [
            (
                "In my puzzle book, a ⊕ b means a squared minus b. What is 3 ⊕ 4, and "
                "how did you get it?"
            ),
            "On a clock with 11 hours, 7 + 5 comes out as 1. Following that rule, what's 8 + 9?",
            "In this riddle 'x' means divide and '÷' means multiply. What's 12 x 4 ÷ 2?",
            "Let a ★ b = 2a + 3b. Is the ★ operation commutative? Explain.",
            "In Roman numerals, is IL an acceptable way to write 49 or must it be XLIX?",
            "My spreadsheet shows 4.8E+03 in a cell. What does that notation mean?",
            "What does 6/8 mean on a music score, and how does it feel different from 3/4?",
            "In a knitting pattern, what does 'k2tog, yo' mean?",
        ],
    ),
    "near-code": (
        "asks for code or a formula rather than a value",
        [
            (
                "Write me a Python function that takes two date strings and returns "
                "how many days apart they are."
            ),
            "How would I work out 15% VAT on a price with an Excel formula?",
            "Write a JavaScript snippet that converts Celsius to Fahrenheit.",
            "Give me a SQL query that sums order totals per calendar month.",
            "What does 7 // 2 return in Python, and why is it different from 7 / 2?",
            "Why does my JavaScript console print 0.30000000000000004 for 0.1 + 0.2?",
            "Write a C# class that converts between metres, feet and inches.",
            "Why does =DATE(2027,2,30) in Excel give me 2 March instead of an error?",
        ],
    ),
    "near-meaning": (
        "asks what a stated number means or whether it is good",
        [
            "My blood pressure reading was 142/91. Is that high?",
            "My cholesterol came back at 6.2 mmol/L. Should I be worried?",
            "The tyre says 205/55 R16 91V on the side. What do all those numbers mean?",
            "The wine label says 13.5% vol. Is that strong for a red?",
            "My credit score is 720 - is that good or just average?",
            "What would a magnitude 5.8 earthquake feel like in a city?",
            "Is 87,000 miles a lot for a 2015 Golf?",
            "The flour bag says Type 00. What does the 00 mean?",
            "Our baby is on the 50th percentile for weight at six weeks. What does that mean?",
        ],
    ),
    "near-estimate": (
        "a rough estimate needing world knowledge",
        [
            "Fermi estimate: roughly how many piano tuners make a living in Chicago?",
            "About how long would it take to walk from London to Edinburgh?",
            "Roughly how much paint do I need for a small bedroom?",
            "How many golf balls would fit inside a double-decker bus?",
            "Ballpark, what does a wedding for 80 guests cost in the UK?",
            "How long does it take an average reader to get through War and Peace?",
            "Roughly how many words is a typical PhD thesis?",
            "About how many litres of water does a ten-minute shower use?",
        ],
    ),
    "near-judgement": (
        "a judgement or advice about stated numbers",
        [
            "I earn £34,000 and my rent is £1,150 a month. Can I afford a dog?",
            "Is £450 a fair price for a used 2019 road bike?",
            "We have 18 days of leave left: one long trip to Japan or two shorter trips?",
            "Is 42 too old to start learning the violin?",
            "Is 5 km in 31 minutes a decent time for a beginner runner?",
            "I've been quoted £3,800 for a new combi boiler. Is that too much?",
            "Is seven hours of sleep enough for a fifteen-year-old?",
        ],
    ),
    "near-lookup": (
        "needs a looked-up fact",
        [
            "How far is it from Paris to Rome by train, and how long does it take?",
            "What time does the sun set in Reykjavik on 21 June 2027?",
            "What's the population of Tokyo these days?",
            "How many days of paid annual leave are workers entitled to in France?",
            "What was the UK inflation rate in March 2024?",
        ],
    ),
}
for _fam, (_note, _qs) in NEAR.items():
    for _q in _qs:
        neg(_fam, _q, _note)

conv(
    "conv-redefined-op",
    [
        (U, "For our club scoring, a # b means a times b plus whichever of the two is smaller."),
        (A, "Understood: a # b = a × b + min(a, b)."),
        (U, "So what's 9 # 4?"),
    ],
    "operator defined in an earlier turn",
)
conv(
    "conv-roman-format",
    [
        (U, "Please give every number in your answers as Roman numerals."),
        (A, "Certainly, I'll use Roman numerals."),
        (U, "What's 125 times 6?"),
    ],
    "answer format set earlier",
)
conv(
    "conv-french-reply",
    [
        (U, "Let's practise my French: reply only in French from here on."),
        (A, "D'accord, je vais répondre en français."),
        (U, "How many minutes are there in three and a half hours?"),
    ],
    "reply language set earlier",
)
conv(
    "conv-clock-arithmetic",
    [
        (U, "Let's do sums on a clock face with 12 hours: anything past 12 wraps round."),
        (A, "Got it, arithmetic modulo 12."),
        (U, "Then what do 9 and 7 add up to?"),
    ],
    "modular arithmetic set earlier",
)
conv(
    "conv-missing-price",
    [
        (U, "I want to buy the blue kettle I mentioned to my partner."),
        (A, "Which kettle was that? I don't have its price."),
        (U, "Take 15% off it - what do I pay?"),
    ],
    "price never given",
)
conv(
    "conv-vague-birthday",
    [
        (U, "My daughter's birthday is sometime in spring, I can never remember exactly."),
        (A, "Do you have it written down anywhere?"),
        (U, "How many days until it?"),
    ],
    "date never given",
)
conv(
    "conv-words-only",
    [
        (
            U,
            (
                "Write every answer out in words, no digits at all - it's for my son's "
                "reading practice."
            ),
        ),
        (A, "Of course, I'll spell numbers out."),
        (U, "what is 306 divided by 9"),
    ],
    "format set earlier",
)
conv(
    "conv-bakery-script",
    [
        (U, "I'm writing a Python script for my bakery's order system."),
        (A, "Happy to help. What should it do?"),
        (U, "Make it work out 12.5% VAT on £48.40."),
    ],
    "asks for code in context",
)
conv(
    "conv-excel-formulas",
    [
        (U, "For each thing I ask, give me an Excel formula rather than the result."),
        (A, "Sure, formulas only."),
        (U, "How many days between 3 March 2027 and 19 July 2027?"),
    ],
    "wants a formula, set earlier",
)
conv(
    "conv-house-firkin",
    [
        (U, "At our brewery 'a firkin' is just our name for a 40-litre keg, not the old measure."),
        (A, "Got it, a firkin means 40 litres here."),
        (U, "So how many firkins is 1,000 litres?"),
    ],
    "unit redefined earlier",
)
conv(
    "conv-rent-afford",
    [
        (U, "My take-home pay is £2,140 a month and I have a car loan."),
        (A, "Okay, noted."),
        (U, "Is £900 rent sensible?"),
    ],
    "judgement in context",
)
conv(
    "conv-fantasy-calendar",
    [
        (U, "In my novel's world a year has ten months of 36 days each."),
        (A, "An interesting calendar."),
        (U, "If a hero is born on the 1st of the 3rd month, what date is it 400 days later?"),
    ],
    "invented calendar",
)
conv(
    "conv-python-versions",
    [
        (U, "We're upgrading our service from 2.7 to 3.11."),
        (A, "Python, I assume?"),
        (U, "Yes - what's the difference between them that will bite us?"),
    ],
    "version numbers, not a subtraction",
)
conv(
    "conv-badminton-score",
    [
        (U, "Our badminton final went 21-19, 19-21, 21-17."),
        (A, "Sounds tight!"),
        (U, "Who won, and how close was it really?"),
    ],
    "scores as identifiers",
)
conv(
    "conv-exam-boundary",
    [
        (U, "I got 64 out of 80 and the boundary for an A is 70%."),
        (A, "Okay."),
        (U, "Did I get the A, and how close was it?"),
    ],
    "judgement combining earlier facts",
)
conv(
    "conv-fractions-only",
    [
        (U, "Keep every answer as a simplified fraction, no decimals please."),
        (A, "Sure."),
        (U, "And 0.375 plus 0.5 is what?"),
    ],
    "format set earlier",
)
conv(
    "conv-tokyo-lisbon",
    [
        (U, "I'm in Tokyo and my sister lives in Lisbon."),
        (A, "Okay."),
        (U, "If I ring her at 8 pm my time on 10 January 2027, what time is it for her?"),
    ],
    "needs time zones",
)
conv(
    "conv-butter-swap",
    [
        (
            U,
            (
                "My recipe serves four; I'm scaling it to six and swapping butter for "
                "oil at three-quarters the weight."
            ),
        ),
        (A, "Sounds good."),
        (U, "So how much oil replaces the 200 g of butter?"),
    ],
    "earlier scaling rules change the question",
)
conv(
    "conv-email-extension",
    [
        (U, "My new desk extension is 4417."),
        (A, "Noted."),
        (U, "Can you put it into a neat email signature for me?"),
    ],
    "number is an identifier",
)
conv(
    "conv-number-plate",
    [
        (U, "The car we're looking at has the plate AB12 CDE."),
        (A, "Okay."),
        (U, "What year was it first registered?"),
    ],
    "plate identifier needs knowledge",
)
conv(
    "conv-anniversary-plan",
    [
        (U, "Our tenth anniversary is on 14 February."),
        (A, "Lovely."),
        (U, "What should I plan for it?"),
    ],
    "date mentioned but asks for ideas",
)
conv(
    "conv-show-method",
    [
        (U, "Quick one: 17 × 23?"),
        (A, "391."),
        (U, "Walk me through how you got that, step by step."),
    ],
    "asks for an explanation",
)
conv(
    "conv-tip-correction",
    [
        (U, "Add a 15% tip to £64."),
        (A, "That's £73.60."),
        (U, "Actually the tip only goes on the food, which was £52 of it - redo it."),
    ],
    "correction depends on earlier turns",
)
conv(
    "conv-homework-check",
    [
        (U, "My son wrote 3/4 + 2/3 = 5/7 in his homework."),
        (A, "That's not quite right."),
        (U, "How do I explain to him why it's wrong?"),
    ],
    "explanation of a mistake",
)
conv(
    "conv-cookbook-translation",
    [
        (U, "I'm translating a 1920s American cookbook into Italian."),
        (A, "Sounds fun."),
        (U, "How should I render '1 stick of butter' for Italian readers?"),
    ],
    "translation judgement",
)
conv(
    "conv-road-trip",
    [
        (U, "We're driving from Leeds to Inverness with two small kids."),
        (A, "That's a long drive."),
        (U, "How long will it take us with stops?"),
    ],
    "estimate needing knowledge",
)
conv(
    "conv-custom-week-number",
    [
        (U, "At work our weeks start on Wednesday and week 1 is the week that contains 1 April."),
        (A, "Understood."),
        (U, "Which week number is 20 May 2027 in our system?"),
    ],
    "custom week numbering defined earlier",
)
conv(
    "conv-survey-significance",
    [
        (U, "Our survey got 412 responses and 58% said yes to late opening."),
        (A, "Okay."),
        (U, "Is that enough to say most customers want it?"),
    ],
    "statistical judgement",
)
conv(
    "conv-german-reply",
    [
        (U, "Bitte antworte ab sofort ausschließlich auf Deutsch."),
        (A, "Gerne, ich antworte auf Deutsch."),
        (U, "Work out a quarter of 360 for me."),
    ],
    "reply language set earlier",
)
conv(
    "conv-explain-like-seven",
    [
        (U, "Explain things to me like I'm seven, please."),
        (A, "Okay!"),
        (U, "Why can't you divide 10 by 0?"),
    ],
    "explanation",
)
conv(
    "conv-binary-input",
    [
        (U, "From here on, every number I type is in binary."),
        (A, "Understood."),
        (U, "What's 101 plus 11?"),
    ],
    "number base set earlier",
)
conv(
    "conv-bank-holiday-fair",
    [
        (U, "The village fair runs over the bank holiday weekend."),
        (A, "Which bank holiday?"),
        (U, "What date does it finish?"),
    ],
    "dates never given",
)
conv(
    "conv-spreadsheet-columns",
    [
        (U, "In my sheet, column D has unit prices and column E has quantities."),
        (A, "Okay."),
        (U, "What formula gives the total of D times E for rows 2 to 40?"),
    ],
    "asks for a formula",
)
conv(
    "conv-pub-quiz",
    [
        (U, "I'm writing questions for the pub quiz."),
        (A, "Fun!"),
        (U, "Give me four plausible wrong answers for 'What is 12 squared?'"),
    ],
    "creative task",
)
conv(
    "conv-shed-plan",
    [
        (U, "The plan says the shed is 10 by 8."),
        (A, "Feet or metres?"),
        (U, "It doesn't say - which is more likely for a garden shed in the UK?"),
    ],
    "judgement about missing unit",
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
    # no register (family name) of this set is a family name of sets 19 to 105
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 105: {reused}"
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
