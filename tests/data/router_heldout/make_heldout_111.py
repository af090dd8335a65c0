r"""Generate heldout-2027-03-24.jsonl: a hundred-and-eleventh held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed111. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho111-", earlier generators 1-110, register check against sets 19 to 110).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed111/earlier_registers.txt (2118 earlier family names), grepped for candidate
  registers so that none of this set's family names repeats one;
- of the copied script: the docstring, set-up and helpers (lines 1-298), the units header and
  unit_r (555-615), the datetime header and helpers up to the first `assert sayus` (771-855),
  the negatives header with neg/conv (1096-1103), and the weekday check, checks and output at
  the end (1694-1917).
The previous set's query sections were never viewed: their boundary lines were asserted and
they were replaced by line number, from the bottom range up, with four new sections written
from scratch in scratch files (since deleted). No git history, web or code search, router,
tools, tests, other sealed directories or other generators were read (the script imports
earlier generators itself, in memory, for its duplicate and register checks). No JSONL was
read; this script's own items were listed in memory to read each positive's expected value
beside its text, and to see which of its own texts the duplicate check flagged.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a hurling sliotar stitcher, a
  cormorant fishing boatman, a mandolin builder's bench, a dhow boatyard shipwright, a jai alai
  fronton crew, a sumo stable chanko cook, an abalone free diver, a ukulele orchestra
  librarian, a correspondence chess player, a hula hālau teacher, a theremin kit builder, an
  icewine night harvest, an aufguss sauna master, a tuk-tuk tour driver, a jiaozi dumpling
  stall, a pysanky egg painter, a mezcal palenque distiller, a sherpa expedition sirdar, a
  didgeridoo maker, a steelpan tuner, a flamenco tablao dancer, a tinsmith's workshop, a
  bouzouki taverna player, a glass eel (elver) fisher and a fado house guitarist), each register
  used by all three tools, the first six with two items per tool. Phrasing varies: statements,
  questions, imperatives, lowercase, numbers in words, British and American forms, extra
  context sentences.
- Every expected value is computed in code from the figures the question states: Fraction and
  Decimal for money and quantities (exact, terminating, at most three decimals for the
  calculator, with whole_up where a count is rounded up), exact unit definitions (inch, foot,
  yard, mile, fathom, nautical mile, avoirdupois pound and ounce, pound-force, acre, litre,
  psi, bar, GiB/MiB, km/h and mph, Celsius/Fahrenheit/kelvin) for conversions, graded exactly
  when the result terminates in at most three decimals and at 0.1% otherwise, and
  datetime/date arithmetic for dates, weekdays, ages, spans, inclusive day counts, whole weeks,
  nth and last weekdays, clock intervals and schedules. Weekdays written next to dates come
  from the computed date.
- 200 negatives: 100 ordinary ones in ten topics (everyday questions, personal advice,
  writing, programming, history, language, science, cooking, house and garden, travel and the
  outdoors), 65 near-negatives shaped like positives but needing the model (identifiers,
  missing facts, non-arithmetic notation, code to write, meanings of stated numbers,
  estimates, judgements, facts to look up), and 35 conversations in which an earlier turn
  changes what the last question means (redefined operators, number bases, decimal commas,
  house or reread units, retail, fiscal and school calendars and rotas, identifiers, missing
  facts, tasks, judgements, game scoring); none ends in a plain exact question that the
  earlier turns leave unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 110, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration), a
grep of every family name against earlier_registers.txt before use, and a read-through of
every positive's expected value beside its text. unit_r's two-decimal check rejected three figures
in the first runs (a psi, a kilogram and a metre value were changed, text and code together);
the duplicate check then flagged 42 queries or user turns matching earlier sets word for word
(all reworded, figures unchanged), then two more (reworded), and the next run passed. Ruff
check and format were run from /work/main; two conversation turns over 99 columns were
shortened, and the script was re-run.

Run: /work/main/.venv/bin/python make_heldout_111.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-24.jsonl"
PREFIX = "ho111-"
# earlier generators: sets 1-110 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 111))
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

# plain one-line questions
calc(P, "multiply 4,386 by 27 please", 4386 * 27)
calc(P, "17.5% of 2,640?", pct("17.5") * 2640)
calc(P, "Calculate 98,765 minus 43,219 plus 1,008.", 98765 - 43219 + 1008)
calc(P, "What is seven eighths of 1,352?", F(7, 8) * 1352)
calc(P, "divide 91,512 by 24", F(91512, 24))
calc(P, "What is 1.5 cubed?", dec("1.5") ** 3)
calc(P, "what's the exact square root of 7,056?", math.isqrt(7056))
assert math.isqrt(7056) ** 2 == 7056
calc(P, "What's 12% more than 4,850?", 4850 * (1 + pct(12)))
calc(P, "Work out 0.125 × 6,408.", dec("0.125") * 6408)
calc(P, "2 raised to the 17th power = ?", 2**17)
calc(P, "Add up 48.25, 19.6 and 103.15.", dec("48.25") + dec("19.6") + dec("103.15"))
calc(P, "Reduce 3,600 by 35 percent.", 3600 * (1 - pct(35)))
calc(P, "What is the mean of 87, 92, 78, 95 and 103?", F(87 + 92 + 78 + 95 + 103, 5))
calc(P, "How much is 625 divided by 0.04?", 625 / dec("0.04"))

# registers (the first six have two items per tool)
R1 = "hurling_sliotar_stitcher"
calc(
    R1,
    (
        "I hand-stitch sliotars at home for the club shop. Each one pays me €4.35 and I "
        "finished 148 this fortnight, less a €22.50 charge for the waxed thread. What do I "
        "take home?"
    ),
    dec("4.35") * 148 - dec("22.50"),
)
calc(
    R1,
    (
        "club ordered 36 sliotars at €11.90 each and we knock 15% off any order over 30 "
        "balls, whats the invoice total"
    ),
    36 * dec("11.90") * (1 - pct(15)),
)
R2 = "cormorant_fishing_boatman"
calc(
    R2,
    (
        "Our ukai boat takes 9 passengers a night at ¥3,400 each, and we sailed full on 23 "
        "nights of the season. Total ticket takings in yen?"
    ),
    9 * 3400 * 23,
)
calc(
    R2,
    (
        "Pine for the fire basket at the bow costs ¥1,250 a night. Over 23 nights, plus the "
        "¥6,800 river licence, what do I spend in yen?"
    ),
    1250 * 23 + 6800,
)
R3 = "mandolin_builder_bench"
calc(
    R3,
    (
        "Carved spruce tops run $38.40 each and flamed maple back sets $64.75. I'm building "
        "six mandolins; what do the tops and backs come to together?"
    ),
    (dec("38.40") + dec("64.75")) * 6,
)
calc(
    R3,
    (
        "Sold an F-style mandolin through a dealer for $2,850 and he keeps 22 percent "
        "commission. How much comes back to me?"
    ),
    2850 * (1 - pct(22)),
)
R4 = "dhow_boatyard_shipwright"
calc(
    R4,
    (
        "The hull needs 1,240 teak planks and we allow 7% extra for waste and splits. How "
        "many planks do we order, rounded up to a whole plank?"
    ),
    whole_up(1240 * (1 + pct(7))),
)
calc(
    R4,
    (
        "Four carpenters at 185 dirhams a day each and one master builder at 420 dirhams a "
        "day, all for 26 working days. Total wage bill in dirhams?"
    ),
    (4 * 185 + 420) * 26,
)
R5 = "jai_alai_fronton_crew"
calc(
    R5,
    (
        "Tonight's quiniela pool at the fronton was $12,480; the house keeps 18.5% and the "
        "rest goes back to the bettors. How much is paid out?"
    ),
    12480 * (1 - pct("18.5")),
)
calc(
    R5,
    (
        "sold 412 general admission tickets at $7.50 and 96 reserved seats at $14.25 for the "
        "jai alai night, what's the gate"
    ),
    412 * dec("7.50") + 96 * dec("14.25"),
)
R6 = "sumo_stable_chanko_cook"
calc(
    R6,
    (
        "Each rikishi in our stable eats 0.85 kg of chicken in the lunchtime chanko. With 14 "
        "wrestlers and 6 training days, how many kilograms of chicken do I buy?"
    ),
    dec("0.85") * 14 * 6,
)
calc(
    R6,
    (
        "Rice is priced at ¥4,980 per 10 kg and the stable gets through 135 kg a week. At the "
        "same rate per kilogram, what does a week of rice cost in yen?"
    ),
    F(4980, 10) * 135,
)
calc(
    "abalone_free_diver",
    (
        "I took my limit of 10 abalone on each of 17 diving days and sold every one to the "
        "restaurant at A$32.50 apiece. What did I gross?"
    ),
    10 * 17 * dec("32.50"),
)
calc(
    "ukulele_orchestra_librarian",
    (
        "Twenty-eight players each need a copy of the new 14-page arrangement, and the copy "
        "shop charges 6p a page. What's the bill in pounds?"
    ),
    F(28 * 14 * 6, 100),
)
calc(
    "correspondence_chess_player",
    (
        "The correspondence championship has 64 entrants paying a $45 fee each, and 70% of "
        "the fees go into the prize fund. How big is the prize fund?"
    ),
    64 * 45 * pct(70),
)
calc(
    "hula_halau_teacher",
    (
        "Monthly tuition at my hālau is $85 a dancer. I have 23 dancers, and 4 of them get a "
        "25% sibling discount. What's the total monthly tuition?"
    ),
    19 * 85 + 4 * 85 * (1 - pct(25)),
)
calc(
    "theremin_kit_builder",
    (
        "Parts list for the theremin kit: PCB £18.40, two oscillator boards at £6.95 each, "
        "pitch antenna rod £12.30 and the case £24. Total?"
    ),
    dec("18.40") + 2 * dec("6.95") + dec("12.30") + 24,
)
calc(
    "icewine_night_harvest",
    (
        "We picked 2,840 kg of frozen Vidal grapes overnight and the press gives 155 litres "
        "of juice per tonne of grapes. How many litres of juice is that?"
    ),
    F(2840, 1000) * 155,
)
calc(
    "aufguss_sauna_master",
    (
        "I run 5 aufguss rounds a night, 6 nights a week. The spa pays €28 a round plus a "
        "flat €40 a week for travel. What is my weekly pay?"
    ),
    5 * 6 * 28 + 40,
)
calc(
    "tuk_tuk_tour_driver",
    (
        "my temple tour is 1,200 baht a go, I did 11 tours and fuel came to 1,870 baht in "
        "total. what did i clear"
    ),
    1200 * 11 - 1870,
)
calc(
    "jiaozi_dumpling_stall",
    (
        "A plate of jiaozi is ¥18 and a half plate ¥10. On Saturday the stall sold 346 full "
        "plates and 58 half plates. What were the takings?"
    ),
    346 * 18 + 58 * 10,
)
calc(
    "pysanky_egg_painter",
    (
        "I sell my pysanky at $24 an egg; the craft fair takes a 12% cut of sales and I sold "
        "37 eggs. How much do I keep?"
    ),
    24 * 37 * (1 - pct(12)),
)
calc(
    "mezcal_palenque_distiller",
    (
        "We roasted 8,400 kg of agave piñas, and it takes 11.2 kg of piña to make one litre "
        "of mezcal. How many litres should we get?"
    ),
    8400 / dec("11.2"),
)
calc(
    "sherpa_expedition_sirdar",
    (
        "Expedition gear weighs 1,550 kg and no porter may carry more than 28 kg. What is "
        "the fewest porters I can hire?"
    ),
    whole_up(F(1550, 28)),
)
calc(
    "didgeridoo_maker",
    (
        "Termite-hollowed eucalyptus logs cost A$45 each and I need three logs for every "
        "didgeridoo that turns out playable. What do the logs cost for 14 finished "
        "instruments?"
    ),
    3 * 14 * 45,
)
calc(
    "steelpan_tuner",
    (
        "Retuning is $65 a pan. A steel orchestra is bringing 23 pans, and bands with 20 or "
        "more pans get 10% off. What do I bill them?"
    ),
    65 * 23 * (1 - pct(10)),
)
calc(
    "flamenco_tablao_dancer",
    (
        "The tablao pays €95 a show; I danced three shows a night on fourteen nights and my "
        "agent takes 15%. What do I end up with?"
    ),
    95 * 3 * 14 * (1 - pct(15)),
)
calc(
    "tinsmith_workshop",
    (
        "Tinplate sheets are £3.85 each and every lantern uses one and a half sheets. "
        "What does the tinplate cost for 48 lanterns?"
    ),
    48 * F(3, 2) * dec("3.85"),
)
calc(
    "bouzouki_taverna_player",
    (
        "The taverna pays our trio €360 a night and the tips jar held €147; we split both "
        "equally three ways. What's my share for the night?"
    ),
    F(360 + 147, 3),
)
calc(
    "elver_glass_eel_fisher",
    (
        "Glass eels fetched $1,850 a pound at the dealer this season and I landed 6.4 "
        "pounds of them. What was my catch worth?"
    ),
    1850 * dec("6.4"),
)
calc(
    "fado_house_guitarist",
    (
        "The casa de fados pays its guitarist 8% of the night's covers. Forty-two diners had "
        "the €38 set menu; what's my cut?"
    ),
    42 * 38 * pct(8),
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
FATHOM = 6 * FT  # m
LITRE = F(1, 1000)  # m^3
LBF = LB * G0  # N
KM = F(1000)

# plain one-line questions
unit_r(P, "Convert 37 statute miles into kilometres, please.", 37 * MI / KM)
unit_r(P, "how many lb is 83 kilos", 83 / LB)
unit(P, "68 degrees fahrenheit is how many degrees celsius", f_to_c(68), EXACT)
unit(P, "5 feet 11 inches in centimetres?", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "Convert 2.5 acres to square metres.", dec("2.5") * ACRE)
unit_r(P, "A 45 square metre flat is how many square feet?", 45 / SQFT)
unit_r(P, "What is 120 km/h in miles per hour?", 120 * KMH / MPH)
unit_r(P, "convert 45 psi to bar", 45 * PSI / BAR)
unit(P, "How many cubic centimetres are in 3.2 litres?", dec("3.2") * 1000, EXACT)
unit_r(P, "What is 1,500 metres in yards?", 1500 / YD)
unit_r(P, "Convert 250 grams to avoirdupois ounces.", F(250, 1000) / OZ)
unit_r(P, "How many nautical miles is 100 km?", 100 * KM / NMI)
unit(P, "What is 300 kelvin in degrees Fahrenheit?", c_to_f(300 - dec("273.15")), EXACT)
unit(P, "How many mebibytes are 3.5 GiB?", dec("3.5") * GIB / MIB, EXACT)

# registers
unit_r(
    R1,
    "A regulation sliotar weighs 110 grams. What's that in avoirdupois ounces?",
    F(110, 1000) / OZ,
)
unit(
    R1,
    "the leather strip for the rim is 9.5 inches long, how many cm is that",
    dec("9.5") * IN * 100,
    EXACT,
)
unit_r(R2, "Our wooden fishing boat is 13 metres long. How long is that in feet?", 13 / FT)
unit(
    R2,
    (
        "The Nagara runs at 5.4 km/h past the landing stage on a calm night. Give that in "
        "metres per second."
    ),
    dec("5.4") * KMH,
    EXACT,
)
unit(
    R3,
    "The scale length on this A-model is 13 7/8 inches. What is that in millimetres?",
    (13 + F(7, 8)) * IN * 1000,
    EXACT,
)
unit_r(
    R3,
    (
        "Each of the eight strings is tuned to 26 pounds-force of tension. What is the "
        "total pull on the neck in newtons?"
    ),
    8 * 26 * LBF,
)
unit_r(R4, "The mainmast of the dhow stands 58 feet. Convert that to metres.", 58 * FT)
unit_r(
    R4,
    "The hold takes 42 cubic metres of cargo — how many cubic feet is that?",
    42 / CUFT,
)
unit_r(
    R5,
    "A pelota came off the cesta at 180 mph in the semi-final. What's that in km/h?",
    180 * MPH / KMH,
)
unit_r(R5, "The fronton's front wall to back line is 176 feet. How many metres?", 176 * FT)
unit_r(R6, "Our heaviest wrestler weighs 187 kg. Convert to pounds.", 187 / LB)
unit_r(R6, "The big chanko nabe is 60 cm across; how many inches is that?", F(60, 100) / IN)
unit_r(
    "abalone_free_diver",
    "I free-dived to 14 fathoms on the outer reef. How many metres deep is that?",
    14 * FATHOM,
)
unit(
    "ukulele_orchestra_librarian",
    "A tenor ukulele has a 17 inch scale. Give it in centimetres.",
    17 * IN * 100,
    EXACT,
)
unit_r(
    "correspondence_chess_player",
    (
        "my parcel of old scoresheets and postcards weighs 1.6 kg, what is that in "
        "avoirdupois pounds"
    ),
    dec("1.6") / LB,
)
unit(
    "hula_halau_teacher",
    "Each pāʻū skirt takes 5 yards of printed fabric. How many metres is that?",
    5 * YD,
    EXACT,
)
unit_r(
    "theremin_kit_builder",
    "The pitch antenna rod is 42 cm long. What's that in inches?",
    F(42, 100) / IN,
)
unit(
    "icewine_night_harvest",
    "Ice wine grapes have to be picked at -8 °C or colder. What is -8 °C in Fahrenheit?",
    c_to_f(-8),
    EXACT,
)
unit(
    "aufguss_sauna_master",
    "The finnish sauna sits at 92 degrees Celsius. Convert to Fahrenheit please.",
    c_to_f(92),
    EXACT,
)
unit_r(
    "tuk_tuk_tour_driver",
    "My tuk-tuk tops out at 70 km/h. How fast is that in mph?",
    70 * KMH / MPH,
)
unit_r(
    "jiaozi_dumpling_stall",
    "I buy flour in 25 kg sacks. How many pounds is one sack?",
    25 / LB,
)
unit_r(
    "pysanky_egg_painter",
    "The beeswax in my kistka melts at about 145 °F. What is 145 °F in Celsius?",
    f_to_c(145),
)
unit_r(
    "mezcal_palenque_distiller",
    "Our copper alembic holds 350 litres. How many cubic feet is that?",
    350 * LITRE / CUFT,
)
unit_r(
    "sherpa_expedition_sirdar",
    "Everest base camp on the south side is listed at 5,364 metres. Convert to feet.",
    5364 / FT,
)
unit_r(
    "didgeridoo_maker",
    "This didgeridoo measures 1.45 m from mouthpiece to bell. How many feet is that?",
    dec("1.45") / FT,
)
unit(
    "steelpan_tuner",
    "The tenor pan's skirt is 22.5 inches across. What's that in centimetres?",
    dec("22.5") * IN * 100,
    EXACT,
)
unit_r(
    "flamenco_tablao_dancer",
    "The tablao stage is 4.5 m by 3.2 m. What is its area in square feet?",
    dec("4.5") * dec("3.2") / SQFT,
)
unit_r(
    "tinsmith_workshop",
    "This tinplate is 0.28 mm thick. How many thousandths of an inch is that?",
    dec("0.28") / 1000 / (IN / 1000),
)
unit_r(
    "bouzouki_taverna_player",
    "My bouzouki in its hard case weighs 4.2 kg — what's that in pounds?",
    dec("4.2") / LB,
)
unit(
    "elver_glass_eel_fisher",
    "River water at the fyke net was 9 °C on the night run. What is that in °F?",
    c_to_f(9),
    EXACT,
)
unit_r(
    "fado_house_guitarist",
    "A Portuguese guitar from Lisbon has a 44.5 cm scale. In inches?",
    dec("44.5") / 100 / IN,
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

# plain one-line questions
date_item(P, "On which weekday did 14 July 1789 fall?", weekday(D(1789, 7, 14)))
date_item(
    P,
    "How many days are there from 3 March 2027 to 19 November 2027?",
    days(D(2027, 3, 3), D(2027, 11, 19)),
)
date_item(P, "What date is 100 days after 12 January 2028?", D(2028, 1, 12) + TD(days=100))
date_item(P, "what weekday is christmas day 2031 (25 december 2031)", weekday(D(2031, 12, 25)))
date_item(P, "What's the date 45 days before 1 June 2029?", D(2029, 6, 1) - TD(days=45))
date_item(
    P,
    "How many weeks are there from Jan 4, 2027 to Mar 29, 2027?",
    weeks(D(2027, 1, 4), D(2027, 3, 29)),
)
date_item(P, "What date falls 9 weeks after 17 August 2026?", D(2026, 8, 17) + TD(weeks=9))
date_item(P, "How many days from 2026-10-05 to 2027-02-14?", days(D(2026, 10, 5), D(2027, 2, 14)))
date_item(
    P,
    "How old is someone born on 30 September 1988 on 15 June 2031?",
    age(D(1988, 9, 30), D(2031, 6, 15)),
)
date_item(P, "What is the date 500 days after 1 April 2027?", D(2027, 4, 1) + TD(days=500))
date_item(P, "1 January 2040 lands on which day of the week?", weekday(D(2040, 1, 1)))
date_item(
    P,
    "How many hours are there between 21:45 and 06:15 the following morning?",
    clock_span("21:45", "06:15", 3600),
)
date_item(P, "What was the date 1000 days before 20 May 2030?", D(2030, 5, 20) - TD(days=1000))
date_item(P, "When is the third Thursday of October 2028?", nth_weekday(2028, 10, THU, 3))

# registers
_s = D(2027, 2, 1)
date_item(
    R1,
    (
        f"I can stitch 9 sliotars a day and I work every day. Starting on {sayw(_s)} (that "
        "day counts as the first), on what date do I finish an order of 200?"
    ),
    _s + TD(days=whole_up(F(200, 9)) - 1),
)
date_item(
    R1,
    "How many days from 1 March 2026 to the county final on 19 July 2026?",
    days(D(2026, 3, 1), D(2026, 7, 19)),
)
date_item(
    R2,
    (
        "The ukai season on our river runs from 11 May to 15 October 2027 with boats out "
        "every night. Counting both the first and last nights, how many nights is that?"
    ),
    days(D(2027, 5, 11), D(2027, 10, 15)) + 1,
)
date_item(R2, "What weekday is opening night, 11 May 2027?", weekday(D(2027, 5, 11)))
_s = D(2026, 8, 3)
date_item(
    R3,
    (
        f"Six coats of varnish, each needing 10 days to cure before the next goes on. The "
        f"first coat goes on {sayw(_s)}. On what date is the sixth coat fully cured (10 "
        "days after it goes on)?"
    ),
    _s + TD(days=60),
)
date_item(
    R3,
    "A customer ordered on 14 September 2026 and I quoted 22 weeks. What's the delivery date?",
    D(2026, 9, 14) + TD(weeks=22),
)
date_item(
    R4,
    (
        "We laid the keel on 2 November 2025 and launched her on 27 April 2027. How many "
        "days between the two?"
    ),
    days(D(2025, 11, 2), D(2027, 4, 27)),
)
date_item(
    R4,
    "Launch is set for the second Saturday of March 2027. What date is that?",
    nth_weekday(2027, 3, SAT, 2),
)
_s = nth_weekday(2027, 11, FRI, 1)
date_item(
    R5,
    (
        f"The fronton season opens {sayw(_s)} and runs for 18 weeks. What is the date of "
        "the closing night, exactly 18 weeks after the opener?"
    ),
    _s + TD(weeks=18),
)
date_item(
    R5,
    "First game is called at 19:10 and the last one ended at 23:35. How many minutes is that?",
    clock_span("19:10", "23:35", 60),
)
date_item(
    R6,
    "The tournament starts on the second Sunday of November 2027 — which date is that?",
    nth_weekday(2027, 11, SUN, 2),
)
_s = nth_weekday(2027, 11, SUN, 2)
date_item(
    R6,
    (
        f"The basho lasts 15 days starting {sayw(_s)}, the opening day counting as day one. "
        "On what date is the final day?"
    ),
    _s + TD(days=14),
)
date_item(
    "abalone_free_diver",
    (
        "The abalone season opens 1 April 2027 and closes 30 November 2027. How many days "
        "is it open, counting both ends?"
    ),
    days(D(2027, 4, 1), D(2027, 11, 30)) + 1,
)
_s = nth_weekday(2027, 9, TUE, 1)
date_item(
    "ukulele_orchestra_librarian",
    (
        f"Rehearsals are every Tuesday starting {sayw(_s)}, with no breaks. What is the date "
        "of the 12th rehearsal?"
    ),
    _s + TD(weeks=11),
)
date_item(
    "correspondence_chess_player",
    (
        "My opponent's move reached me on 3 March 2027 and I must reply no later than 50 "
        "days after that. What's the last date I can send my move?"
    ),
    D(2027, 3, 3) + TD(days=50),
)
_s = D(2027, 1, 9)
date_item(
    "hula_halau_teacher",
    f"Our hōʻike is 16 weeks after the first class on {sayw(_s)}. What date is the hōʻike?",
    _s + TD(weeks=16),
)
date_item(
    "theremin_kit_builder",
    "ordered the kit on 28 December 2026 and the seller says 37 days shipping. arrival date?",
    D(2026, 12, 28) + TD(days=37),
)
date_item(
    "icewine_night_harvest",
    "Picking started at 02:30 and the last bin came in at 07:10. How many minutes was that?",
    clock_span("02:30", "07:10", 60),
)
date_item(
    "aufguss_sauna_master",
    (
        "My aufguss certificate was issued on 12 June 2024 and must be renewed 1,200 days "
        "later. On what date is renewal due?"
    ),
    D(2024, 6, 12) + TD(days=1200),
)
date_item(
    "tuk_tuk_tour_driver",
    "What day of the week is 13 April 2027, the first day of Songkran?",
    weekday(D(2027, 4, 13)),
)
date_item(
    "jiaozi_dumpling_stall",
    (
        "The stall shuts for 15 days starting 26 January 2028, that day included. On what "
        "date do we reopen, the day after the last closed day?"
    ),
    D(2028, 1, 26) + TD(days=15),
)
_s = D(2027, 2, 20)
date_item(
    "pysanky_egg_painter",
    (
        f"I paint one egg every two days, the first on {sayw(_s)}. On what date do I paint "
        "the twelfth egg?"
    ),
    _s + TD(days=2 * 11),
)
date_item(
    "mezcal_palenque_distiller",
    (
        "These espadín agaves were planted on 15 June 2019 and harvested on 2 March 2027. "
        "How many days were they in the ground?"
    ),
    days(D(2019, 6, 15), D(2027, 3, 2)),
)
date_item(
    "sherpa_expedition_sirdar",
    "I was born 29 May 1981. How old will I be on 10 May 2027 when we leave base camp?",
    age(D(1981, 5, 29), D(2027, 5, 10)),
)
_a, _b = nth_weekday(2027, 9, MON, 1), nth_weekday(2027, 12, MON, 3)
date_item(
    "didgeridoo_maker",
    (f"How many weeks are there from {sayw(_a)} to {sayw(_b)}? I finish one didgeridoo a week."),
    weeks(_a, _b),
)
_s = D(2028, 2, 26)
date_item(
    "steelpan_tuner",
    (
        f"Panorama finals are on {sayw(_s)} and I start tuning the band's pans 38 days "
        "before. What date do I start?"
    ),
    _s - TD(days=38),
)
date_item(
    "flamenco_tablao_dancer",
    "The last show runs from 22:30 to 00:15. How many minutes is that?",
    clock_span("22:30", "00:15", 60),
)
date_item(
    "tinsmith_workshop",
    "Our Christmas market stall opens on the last Friday of November 2027. What date?",
    nth_weekday(2027, 11, FRI, -1),
)
_a, _b = D(2027, 6, 1), D(2027, 9, 30)
date_item(
    "bouzouki_taverna_player",
    (
        "Our summer contract runs from 1 June 2027 to 30 September 2027, both included, and "
        "we play every night except Mondays. How many nights do we play?"
    ),
    sum(1 for k in range(days(_a, _b) + 1) if (_a + TD(days=k)).weekday() != MON),
)
date_item(
    "elver_glass_eel_fisher",
    (
        "The elver season runs 22 March to 7 June 2027. How many days is that, counting the "
        "opening and closing days?"
    ),
    days(D(2027, 3, 22), D(2027, 6, 7)) + 1,
)
date_item(
    "fado_house_guitarist",
    "I was born on 3 October 1969. What day of the week was that?",
    weekday(D(1969, 10, 3)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: ten topics, ten each
for _q in (
    "My old tabby kneads my duvet every night before settling. Why do cats do that?",
    "What makes a sourdough starter go flat after a week in the fridge?",
    "Is it rude to leave a group chat without saying anything?",
    "why does my phone battery drain faster in the cold",
    "How do noise-cancelling headphones actually work?",
    "What's the difference between a credit union and a bank?",
    "Why do some people sneeze when they look at the sun?",
    "How do I get candle wax out of a wool rug?",
    "What should I pack for a first overnight hike in autumn?",
    "Why do onions make you cry and is there a trick to stop it?",
):
    neg("everyday_questions", _q)
for _q in (
    "My best friend forgot my birthday again. Should I say something or let it go?",
    "How do I tell my manager I'm burnt out without sounding like I'm quitting?",
    "I get nervous before job interviews; any tips to calm down?",
    "should i move back in with my parents to save money or keep renting",
    "How can I be a better listener when my partner vents about work?",
    "My teenager barely talks to me at dinner. How do I open up a conversation?",
    "What's a kind way to decline a wedding invitation from an old colleague?",
    "I keep procrastinating on my thesis. How do I break the cycle?",
    "How do I make friends in a new city when I work from home?",
    "Is it worth learning to drive in my thirties if I live in a big city?",
):
    neg("personal_advice", _q)
for _q in (
    "Write a short poem about a lighthouse in a storm.",
    "Can you help me write a thank-you note to my child's swimming coach?",
    "Give me three opening lines for a mystery novel set on a night train.",
    "rewrite this to sound friendlier: Your invoice is overdue. Pay now.",
    "Draft a polite complaint email about a delayed sofa delivery.",
    "Suggest a title for a blog post about learning the cello as an adult.",
    "Write a limerick about a forgetful wizard.",
    "How can I make my cover letter sound less generic?",
    "Give me a spoiler-light summary of Moby-Dick for a book club invite.",
    "Write a toast for my sister's engagement party, warm but short.",
):
    neg("writing_help", _q)
for _q in (
    "When would I pick a tuple over a list in Python for storing sensor readings?",
    "I committed to the wrong branch in git; how do I move that commit to a new branch?",
    "Explain a race condition using two bank tellers updating one account.",
    "why does my react component render twice in development",
    "What is dependency injection and when is it worth using?",
    "How do I read a CSV file in Rust?",
    "What does the SQL keyword HAVING do compared with WHERE?",
    "Explain recursion to someone who has never programmed.",
    "Should I use PostgreSQL or SQLite for a small personal project?",
    "What is the difference between TCP and UDP?",
):
    neg("programming_help", _q)
for _q in (
    "What pushed Diocletian to divide the Roman Empire into tetrarchies?",
    "How did farming practices on the Great Plains feed into the Dust Bowl?",
    "Who were the Hanseatic League and why did they matter?",
    "How did the printing press change Europe?",
    "what was daily life like for a medieval peasant",
    "Which goods besides silk travelled the Silk Road, and why did they matter?",
    "What led to the fall of the Berlin Wall?",
    "How did the Meiji Restoration change Japan?",
    "What was the significance of the Magna Carta?",
    "Why did the Inca Empire collapse so quickly?",
):
    neg("history_questions", _q)
for _q in (
    "Give me a memory trick for affect versus effect as a verb.",
    "Is it true the word quarantine is linked to Venice? Tell me the story.",
    "How do you say 'nice to meet you' in Korean?",
    "Do Americans and Brits differ on 'different to', 'from' and 'than'?",
    "what does the french expression 'l'esprit de l'escalier' mean",
    "Why does English spelling have so many silent letters?",
    "Is a semicolon ever right before 'however' in the middle of a sentence?",
    "What are some tips for learning Mandarin tones?",
    "Explain the subjunctive mood in Spanish with examples.",
    "What's the origin of the phrase 'bite the bullet'?",
):
    neg("language_questions", _q)
for _q in (
    "Why is the sky blue but sunsets are orange?",
    "How do mRNA vaccines teach cells to recognise a spike protein?",
    "What is dark matter and how do we know it exists?",
    "Why do we have leap years?",
    "how do bees communicate where flowers are",
    "Why are the northern lights mostly green with red at the top?",
    "Why does ice float on water?",
    "How do tectonic plates move?",
    "Why don't antibiotics work on a virus but do on bacteria?",
    "Why do stars twinkle but planets usually don't?",
):
    neg("science_questions", _q)
for _q in (
    "How do I keep homemade pasta from sticking together?",
    "Out of buttermilk for Sunday pancakes; what works as a swap and why?",
    "Why did my risotto turn out gluey?",
    "Give me a vegetarian dinner idea using chickpeas and spinach.",
    "how do i know when a steak is medium rare without a thermometer",
    "What's the best way to store fresh herbs?",
    "Why does bread go stale faster in the fridge?",
    "My gravy roux keeps going lumpy when I add the stock; what am I doing wrong?",
    "What wine goes well with mushroom stroganoff?",
    "Is it safe to refreeze chicken that has thawed in the fridge?",
):
    neg("cooking_questions", _q)
for _q in (
    "Black mould keeps appearing on my bedroom window frames each winter; how do I stop it?",
    "When is the best time to prune roses?",
    "What's the easiest way to fix a dripping tap?",
    "Why are the leaves on my tomato plants turning yellow?",
    "how do i get rid of fruit flies in the kitchen",
    "Should I paint or wallpaper a small hallway?",
    "What plants grow well on a north-facing balcony?",
    "The top of one radiator stays cold while the bottom is hot; what does that mean?",
    "What's the best way to compost in a small garden?",
    "How can I make my flat feel less cluttered?",
):
    neg("house_and_garden", _q)
for _q in (
    "What should I see on a first trip to Lisbon?",
    "Is it better to take the train or fly between Madrid and Barcelona?",
    "How do I avoid jet lag on a long flight east?",
    "What's a good beginner-friendly hike in the Scottish Highlands?",
    "what are the rules for tipping in japan",
    "How do I plan a road trip through the Norwegian fjords?",
    "What should I know before camping in bear country?",
    "How do I keep a two-year-old entertained on a twelve-hour flight?",
    "Which Greek island is best for a quiet holiday?",
    "How do I stay safe swimming in the sea with rip currents?",
):
    neg("travel_and_outdoors", _q)

# near-negatives: shaped like positives, but need the model
_near = [
    (
        "near-identifier",
        "What is 0161 496 0734 minus 0161 496 0000? It's our office switchboard and an extension.",
        "phone numbers: subtraction is meaningless, the user wants routing help",
    ),
    (
        "near-identifier",
        "Is part number 4471-220-09 compatible with model 4471-220-08?",
        "part numbers",
    ),
    ("near-identifier", "Our match ended 3-1. Who had the better game, statistically?", "a score"),
    (
        "near-identifier",
        "Should I upgrade from Python 3.11 to 3.13 or wait for 3.14?",
        "version numbers, not arithmetic",
    ),
    ("near-identifier", "What does flight BA 2490 usually arrive at, gate-wise?", "flight number"),
    (
        "near-identifier",
        "Is ISBN 978-0-14-044913-6 the Penguin Classics translation or a different one?",
        "an ISBN to look up",
    ),
    (
        "near-identifier",
        "my postcode is SW1A 2AA — which council handles my bins?",
        "a postcode, needs a lookup",
    ),
    (
        "near-identifier",
        "Route 66 and the I-40: which is the nicer drive between Flagstaff and Kingman?",
        "road numbers and a judgement",
    ),
    (
        "near-missing",
        "How much will my electricity bill be this winter?",
        "usage and tariff are not stated",
    ),
    (
        "near-missing",
        "What's 20% off the price of the jacket I was looking at?",
        "the price is never given",
    ),
    (
        "near-missing",
        "How many kilometres is it from my house to the nearest beach?",
        "locations unknown",
    ),
    (
        "near-missing",
        "How long until my passport expires?",
        "the expiry date and current date are not stated",
    ),
    (
        "near-missing",
        "What's the exchange rate going to be when I fly to Tokyo in spring?",
        "a forecast, not a computation",
    ),
    (
        "near-missing",
        "How much do I owe in tax on my side income from selling pottery?",
        "jurisdiction and income are missing",
    ),
    (
        "near-missing",
        "How many sleeps until my nephew's birthday party?",
        "neither date is given",
    ),
    (
        "near-missing",
        "Put my husband's height into centimetres for the form.",
        "the height is not stated",
    ),
    (
        "near-notation",
        "Why does a jig in 6/8 swing differently from a waltz in 3/4?",
        "time signatures, not fractions",
    ),
    (
        "near-notation",
        "My optician wrote 6/9 on my card. Is that worse than 6/6?",
        "a visual acuity notation",
    ),
    (
        "near-notation",
        "In knitting patterns, what does k2tog, p1 mean?",
        "pattern notation",
    ),
    (
        "near-notation",
        "What is a 5-3-2 formation in football and when do teams use it?",
        "formation, not a subtraction",
    ),
    (
        "near-notation",
        "Explain what 1d20+5 means in Dungeons & Dragons.",
        "dice notation; asks for an explanation",
    ),
    (
        "near-notation",
        "What's the difference between 4:3 and 16:9 for a projector screen?",
        "aspect ratios, a comparison",
    ),
    (
        "near-notation",
        "What do the symbols in 3. Bb5 a6 4. Ba4 Nf6 mean in a chess book?",
        "chess moves",
    ),
    (
        "near-notation",
        "What does 24/7 support usually include for a web host?",
        "an idiom with a slash",
    ),
    (
        "near-code",
        "Write a Python function that adds 17.5% VAT to a list of prices.",
        "code to write",
    ),
    (
        "near-code",
        "Give me a SQL query that counts orders placed between 1 March and 31 March 2027.",
        "code to write, dates inside",
    ),
    (
        "near-code",
        "How do I convert Celsius to Fahrenheit in JavaScript?",
        "code, not a conversion",
    ),
    (
        "near-code",
        "Write an Excel formula that works out days between two dates in A1 and B1.",
        "a spreadsheet formula",
    ),
    (
        "near-code",
        "In Go, how do I add 90 days to a time.Time value?",
        "how-to programming",
    ),
    (
        "near-code",
        "Write a bash one-liner to sum the numbers in the third column of data.txt.",
        "code to write",
    ),
    (
        "near-code",
        "Why does 1.1 * 3 show 3.3000000000000003 in JavaScript?",
        "an explanation of floating point",
    ),
    (
        "near-code",
        "what does 7 // 2 return in python vs 7 / 2 and why",
        "language semantics, an explanation",
    ),
    (
        "near-meaning",
        "My blood pressure reads 142 over 91. Is that something to worry about?",
        "medical interpretation",
    ),
    (
        "near-meaning",
        "The tyre sidewall says 205/55 R16 91V. What does each part mean?",
        "a tyre code to explain",
    ),
    (
        "near-meaning",
        "My credit score is 712. Is that good enough for a mortgage?",
        "a judgement on a stated number",
    ),
    (
        "near-meaning",
        "The forecast says 40% chance of rain. Should I still hold the picnic?",
        "a decision",
    ),
    (
        "near-meaning",
        "My resting heart rate is 48 bpm. Is that unusual for a runner?",
        "interpretation",
    ),
    (
        "near-meaning",
        "A wine label says 13.5% vol. What does that tell me about the taste?",
        "interpretation",
    ),
    (
        "near-meaning",
        "The SPF on my sunscreen is 50. Does that mean I can stay out 50 times longer?",
        "an explanation of a number's meaning",
    ),
    (
        "near-meaning",
        "My router shows 2.4 GHz and 5 GHz networks. Which one should my laptop use?",
        "advice",
    ),
    (
        "near-estimate",
        "Back-of-envelope: about how many dentists practise in Bristol?",
        "a Fermi estimate",
    ),
    (
        "near-estimate",
        "About how many grains of sand are on a typical beach?",
        "an estimate",
    ),
    (
        "near-estimate",
        "How long does it take to walk across London, more or less?",
        "an estimate, the route is open",
    ),
    (
        "near-estimate",
        "How many people could fit in a football stadium if they all stood on the pitch?",
        "an estimate",
    ),
    (
        "near-estimate",
        "What will a loaf of bread cost in 2040?",
        "a forecast",
    ),
    (
        "near-estimate",
        "Roughly how much paint do I need for a bedroom?",
        "dimensions missing, an estimate",
    ),
    (
        "near-estimate",
        "How many hours would it take to read every Dickens novel?",
        "reading speed and lengths are not given",
    ),
    (
        "near-estimate",
        "how much does a blue whale's heart weigh, approximately",
        "a fact to recall, not a computation",
    ),
    (
        "near-judgement",
        "Is £1,200 a month too much to spend on rent on a £32,000 salary?",
        "a judgement",
    ),
    (
        "near-judgement",
        "Would you rather have $1 million now or a penny doubled every day for 30 days? Why?",
        "an argued preference",
    ),
    (
        "near-judgement",
        "Is 25 minutes a day enough practice to get good at the violin?",
        "a judgement",
    ),
    (
        "near-judgement",
        "Is running 5 km in 31 minutes slow for a 45-year-old?",
        "a judgement",
    ),
    (
        "near-judgement",
        "Should I pay off a 6.9% car loan early or invest the money?",
        "financial advice",
    ),
    (
        "near-judgement",
        "Is 3 hours of screen time a day bad for an eight-year-old?",
        "an opinion",
    ),
    (
        "near-judgement",
        "Is 18 degrees Celsius too cold for a baby's nursery at night?",
        "a judgement, not a conversion",
    ),
    (
        "near-judgement",
        "Which is the better deal overall, 0% finance over 24 payments or 10% off for cash?",
        "the price is missing and it is a judgement",
    ),
    (
        "near-lookup",
        "What time does the sun set in Tromsø on 14 May 2027?",
        "an astronomical lookup",
    ),
    (
        "near-lookup",
        "How many public holidays does Spain have in 2028?",
        "a fact to look up",
    ),
    (
        "near-lookup",
        "On what date will Lakshmi Puja for Diwali be held in 2032?",
        "a lunisolar calendar lookup",
    ),
    (
        "near-lookup",
        "What was the euro to dollar rate on 3 January 2022?",
        "a historical rate to look up",
    ),
    (
        "near-lookup",
        "How tall is the Burj Khalifa in feet?",
        "the height must be recalled first",
    ),
    (
        "near-lookup",
        "How far is the Moon from Earth in miles?",
        "a fact, and it varies",
    ),
    (
        "near-lookup",
        "What is the population density of Malta per square mile?",
        "figures must be looked up",
    ),
    (
        "near-lookup",
        "How many hours did the Vostok 1 flight last?",
        "a historical fact",
    ),
    (
        "near-lookup",
        "What was the inflation rate in Japan in 1974?",
        "a historical figure",
    ),
]
assert len(_near) == WANT_NEAR_NEGATIVES, len(_near)
for _fam, _q, _note in _near:
    neg(_fam, _q, _note)


# conversations: an earlier turn changes what the last question means
_convs = [
    (
        "conv-redefine",
        [
            (U, "For this puzzle, a ⊛ b means a times b, plus a."),
            (A, "Understood: a ⊛ b = a·b + a."),
            (U, "ok so what is 6 ⊛ 4"),
        ],
        "operator defined earlier in the conversation",
    ),
    (
        "conv-redefine",
        [
            (U, "In my kid's maths game, 'zap' a number means double it and take away 3."),
            (A, "Fun. So zap 5 would be 7."),
            (U, "What do you get if you zap 11 twice?"),
        ],
        "made-up operation from the earlier turn",
    ),
    (
        "conv-redefine",
        [
            (U, "Let's say that in this chat the caret ^ means XOR, like in C."),
            (A, "Sure, I'll read ^ as bitwise exclusive or."),
            (U, "What's 12 ^ 10?"),
        ],
        "^ redefined as XOR, not a power",
    ),
    (
        "conv-redefine",
        [
            (U, "In our board game, % means 'percent of the pot', and the pot is 340 chips."),
            (A, "Okay, so 10% would be 34 chips."),
            (U, "and 35%?"),
        ],
        "the quantity is defined earlier; last turn alone is incomplete",
    ),
    (
        "conv-base",
        [
            (U, "We're working in hexadecimal for this whole exercise."),
            (A, "Got it, all values are base 16."),
            (U, "What's 3F plus 2A, then?"),
        ],
        "number base set earlier",
    ),
    (
        "conv-base",
        [
            (U, "Every number I give you from now on is in base 8."),
            (A, "Okay, octal it is."),
            (U, "what is 17 times 3"),
        ],
        "octal numbers; the last turn reads as decimal on its own",
    ),
    (
        "conv-base",
        [
            (U, "I'm practising binary. Only answer in binary please."),
            (A, "Sure, I'll answer in binary."),
            (U, "go on then: 1011 + 110"),
        ],
        "binary operands and binary answer format",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm in Germany, so I write 1.250 for one thousand two hundred and fifty."),
            (A, "Noted, dots separate thousands and commas mark decimals."),
            (U, "What is 1.250 times 3?"),
        ],
        "the dot is a thousands separator here",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Heads up: in my notes commas are decimal points, like 2,75 means 2.75."),
            (A, "Okay."),
            (U, "Add 4,5 and 3,25 for me."),
        ],
        "decimal commas defined earlier",
    ),
    (
        "conv-house-unit",
        [
            (U, "At our bakery a 'tray' is 24 rolls and a 'rack' holds 9 trays."),
            (A, "Got it: tray = 24 rolls, rack = 9 trays."),
            (U, "How many rolls on 3 racks and 2 trays?"),
        ],
        "house units defined earlier",
    ),
    (
        "conv-house-unit",
        [
            (U, "On my allotment a 'bed' is 1.2 m by 4 m."),
            (A, "So each bed is 4.8 square metres."),
            (U, "What's 7 beds in square feet?"),
        ],
        "house unit defined earlier",
    ),
    (
        "conv-house-unit",
        [
            (U, "In our climbing gym one 'lap' of the auto-belay wall is 14 metres of climbing."),
            (A, "Okay."),
            (U, "I did 23 laps — how many feet is that?"),
        ],
        "lap length comes from an earlier turn",
    ),
    (
        "conv-reread-unit",
        [
            (U, "When I say pounds in this chat I mean pounds sterling, not weight."),
            (A, "Understood, pounds means money."),
            (U, "Convert 40 pounds to kilograms."),
        ],
        "the request no longer makes sense; needs clarification",
    ),
    (
        "conv-reread-unit",
        [
            (U, "My recipe book is Australian, so 'a tablespoon' in it means 20 ml."),
            (A, "Right, Australian tablespoons are 20 ml rather than 15."),
            (U, "So how many ml is 3 tablespoons of oil?"),
        ],
        "unit redefined earlier",
    ),
    (
        "conv-reread-unit",
        [
            (U, "We're talking about nautical miles in this thread, I sail."),
            (A, "Okay, miles will mean nautical miles."),
            (U, "Our passage tomorrow is 26 miles, how many km is that?"),
        ],
        "mile reread as nautical mile",
    ),
    (
        "conv-calendar",
        [
            (
                U,
                "We use a 4-4-5 retail calendar; each year starts on February's first Sunday.",
            ),
            (A, "Got it, quarters of 4, 4 and 5 weeks."),
            (U, "What date does period 3 start in 2027?"),
        ],
        "a house calendar defined earlier",
    ),
    (
        "conv-calendar",
        [
            (U, "Our financial year runs from 1 April to 31 March."),
            (A, "Understood."),
            (U, "Which quarter is November 2027 in?"),
        ],
        "fiscal quarter depends on the earlier rule",
    ),
    (
        "conv-calendar",
        [
            (U, "At our school week 1 is the week starting on the first Monday of September."),
            (A, "Okay, I'll number weeks that way."),
            (U, "What date is the Monday of week 14 in the 2027 autumn term?"),
        ],
        "school week numbering defined earlier",
    ),
    (
        "conv-calendar",
        [
            (U, "I only count working days, Monday to Friday, and we close on 24-26 December."),
            (A, "Noted."),
            (U, "How many days between 20 December 2027 and 31 December 2027?"),
        ],
        "counting rule set earlier; holiday list is partial",
    ),
    (
        "conv-calendar",
        [
            (U, "My shifts are four on, four off, and my first day on was 2 March 2027."),
            (A, "Got it."),
            (U, "Am I working on 1 May 2027?"),
        ],
        "a rota from earlier; the answer is yes or no with reasoning",
    ),
    (
        "conv-identifier",
        [
            (U, "The guest Wi-Fi password is the year followed by the room number."),
            (A, "Okay."),
            (U, "Year is 2027 and I'm in room 314, so what's 2027 and 314?"),
        ],
        "concatenation, not addition",
    ),
    (
        "conv-identifier",
        [
            (U, "To get to the studio I take the number 38 bus and then the 73."),
            (A, "Okay, two buses."),
            (U, "so 38 plus 73, how long does that take me"),
        ],
        "bus route numbers; the journey time is unknown",
    ),
    (
        "conv-identifier",
        [
            (U, "I have two parcels, tracking numbers 7741 and 7759."),
            (A, "Would you like help tracking them?"),
            (U, "What's the difference between them?"),
        ],
        "difference between parcels, not a subtraction",
    ),
    (
        "conv-missing",
        [
            (U, "I'm saving for a new bike."),
            (A, "Nice! How much does it cost?"),
            (U, "Not sure yet. How many weeks until I can afford it at £15 a week?"),
        ],
        "price unknown",
    ),
    (
        "conv-missing",
        [
            (U, "My flight lands at 14:20 local time."),
            (A, "Okay. Where are you flying from?"),
            (U, "What time will that be back home?"),
        ],
        "home time zone never stated",
    ),
    (
        "conv-missing",
        [
            (U, "I'm splitting the cabin with some friends."),
            (A, "How many of you and how much is it?"),
            (U, "It's $1,380. So what does each of us pay?"),
        ],
        "number of people still missing",
    ),
    (
        "conv-task",
        [
            (U, "Can you write me a Python function that returns the weekday of a date?"),
            (A, "Sure, here's one using datetime.date.weekday()."),
            (U, "Now make it return the weekday for 12 March 2027 in French."),
        ],
        "a code change requested",
    ),
    (
        "conv-task",
        [
            (U, "I'm writing a children's maths worksheet."),
            (A, "Happy to help. What age?"),
            (U, "Eight. Give me 5 questions like 48 + 27."),
        ],
        "generate questions, not compute",
    ),
    (
        "conv-task",
        [
            (U, "Here's my spreadsheet column: 12, 18, 9, 31, 22."),
            (A, "What would you like to do with it?"),
            (U, "Write the formula that would sum it in Google Sheets if it's in B2 to B6."),
        ],
        "formula to write",
    ),
    (
        "conv-task",
        [
            (U, "Translate my invoice into Spanish: 'Total due: €1,480 by 30 June 2027.'"),
            (A, "'Total a pagar: 1.480 € antes del 30 de junio de 2027.'"),
            (U, "and into Italian?"),
        ],
        "translation continues",
    ),
    (
        "conv-judgement",
        [
            (U, "I earn $58,000 a year before tax."),
            (A, "Okay."),
            (U, "Is 40% of that on rent sensible?"),
        ],
        "a judgement",
    ),
    (
        "conv-judgement",
        [
            (U, "My marathon time last spring was 4:12:30."),
            (A, "Well done!"),
            (U, "Could I realistically get under 3:45 by October?"),
        ],
        "a judgement about training",
    ),
    (
        "conv-judgement",
        [
            (
                U,
                "Two roof quotes: £8,400, or £9,950 with a 15 year guarantee.",
            ),
            (A, "The second is £1,550 more."),
            (U, "Which should I go for?"),
        ],
        "a decision",
    ),
    (
        "conv-score",
        [
            (U, "In darts we play 501 down."),
            (A, "Yes, you start at 501 and subtract each throw."),
            (U, "I've got 170 left. What's the checkout?"),
        ],
        "darts checkout knowledge, not subtraction",
    ),
    (
        "conv-score",
        [
            (U, "We're keeping score in bowling, tenpin."),
            (A, "Okay, tell me the frames."),
            (U, "Strike, then 7 and 2. What's the total after two frames?"),
        ],
        "bowling scoring rules from context",
    ),
]
assert len(_convs) == WANT_CONVERSATION_NEGATIVES, len(_convs)
for _fam, _turns, _note in _convs:
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
    # no register (family name) of this set is a family name of sets 19 to 110
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 110: {reused}"
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
