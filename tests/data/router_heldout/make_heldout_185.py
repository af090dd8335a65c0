"""Generate heldout-2027-06-06.jsonl: a hundred-and-eighty-fifth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_185.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-184, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (floor or whole_up where the text asks for whole
items, at most 3 decimals); units from the exact definitions set up below (inch, pound, psi,
knot, ...), unit(..., EXACT) for terminating answers and unit_r for rounded ones; datetime
answers with datetime (day spans, inclusive counts where the text says so, nth weekdays,
working days Monday to Friday, ages, ISO weeks, clock spans across midnight) and zoneinfo via
utc_minutes for flights between zones; weekdays stated next to dates are generated with
sayw(). Negatives carry a note saying why they need the model.

Provenance
----------
Read: this file (cat), grading.py (cat), earlier_registers.txt (head -30, then grep -c and
grep | head for candidate topic words, and grep -x for the 25 chosen names). Nothing under
/work/main, /work/shared or /work/.library was opened; the earlier generators were only
imported in memory by this script's own duplicate check.
Wrote: the four sections by hand (queries and stories written fresh, values as code), drafted
in scratch text files and spliced in with a small script; 78 items that the duplicate check
flagged by id were reworded without looking at earlier text; long lines re-split for ruff.
Checked: ran this script until it passed, printed my own positives with their expected values
to check each by reasoning, ruff check and ruff format with /work/main/pyproject.toml, a
99-column line check, then ran the script again.
Slips: once ran the system python3 as a no-op (`python3 -c pass`) by mistake; nothing else
beyond the rules.
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
OUT = HERE / "heldout-2027-06-06.jsonl"
PREFIX = "ho185-"
# earlier generators: sets 1-184 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 185))
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


SQUID = "squid_jigging_deckhand_off_hakodate"
HORNET = "asian_hornet_nest_tracker_in_jersey"
CHRYS = "chrysanthemum_exhibitor_before_a_november_show"
GRAMO = "gramophone_record_dealer_at_a_collectors_fair"
VULTURE = "vulture_feeding_station_volunteer_in_the_pyrenees"
STORK = "stork_nest_platform_builder_in_alsace"
MANGA = "manga_cafe_night_clerk_in_osaka"
GRANITA = "granita_cart_in_a_sicilian_piazza"
GEODUCK = "geoduck_clam_digger_in_puget_sound"
RHINO = "rhino_anti_poaching_ranger_in_namibia"
SLOTH = "sloth_rescue_volunteer_in_costa_rica"
JOEY = "kangaroo_joey_carer_in_rural_victoria"
CLAY = "claymation_stop_motion_animator"
SLUICE = "sluice_keeper_on_a_dutch_polder"
SUBLET = "student_subletting_a_room_in_berlin"
IMMIG = "immigration_lawyer_counting_residence_days"
LENGTHSMAN = "parish_lengthsman_clearing_roadside_drains"
COMET = "comet_hunter_with_a_backyard_observatory"
OUD = "oud_maker_in_a_cairo_workshop"
BILTONG = "biltong_maker_drying_meat_in_a_garage"
PREPPER = "doomsday_prepper_stocking_a_cellar"
PAPER = "handmade_papermaker_selling_deckle_edge_sheets"
WAX = "sealing_wax_stationery_shop"
DRUMMER = "metal_band_drummer_on_a_european_tour"
SKOOLIE = "skoolie_family_living_in_a_converted_school_bus"

# plain one-liners
calc(P, "17.5% of £3,216 comes to what", pct("17.5") * 3216)
calc(P, "1,234 x 56 - 789", 1234 * 56 - 789)
calc(P, "(48 + 37) * 12 / 8 =", F(48 + 37) * 12 / 8)
calc(P, "three hundred and sixty divided by sixteen", F(360, 16))
assert math.isqrt(7056) ** 2 == 7056
calc(P, "whats the square root of 7,056 then", math.isqrt(7056))
calc(P, "£249.60 less 15%, what do I actually pay", dec("249.60") * (1 - pct(15)))
calc(P, "2 to the power of 20, minus 1", 2**20 - 1)
calc(P, "7/8 as a decimal pls", F(7, 8))
calc(P, "increase 1,850 by 12 per cent", 1850 * (1 + pct(12)))
calc(P, "my five quiz scores were 14, 19, 23, 8 and 31, mean?", F(14 + 19 + 23 + 8 + 31, 5))
calc(P, "ninety-seven squared minus three cubed", 97**2 - 3**3)
calc(P, "the price incl. 20% VAT is £1,494. what was it before VAT", F(1494) / (1 + pct(20)))
calc(P, "15 factorial divided by 13 factorial, quick", math.factorial(15) // math.factorial(13))
calc(P, "what is 45 percent of three quarters of 960?", pct(45) * F(3, 4) * 960)

# registers
calc(
    SQUID,
    "crew split question. we landed 1,840 kg of squid over four nights off Hakodate. the co-op "
    "pays ¥620 a kilo and keeps 8% of that as a landing fee, and whatever's left is shared "
    "equally between the 8 of us on board. how many yen is one share",
    F(1840 * 620) * (1 - pct(8)) / 8,
)
calc(
    HORNET,
    "Timing an Asian hornet off the bait station: she was gone 3 min 30 s in total. Assume about "
    "40 s of that is spent at the nest unloading and that she flies at a steady 5 m/s both ways. "
    "How far away is the nest, in metres?",
    F(210 - 40) / 2 * 5,
)
calc(
    CHRYS,
    "36 plants, each grown on to exactly 3 blooms. the class at the show wants vases of 5 blooms "
    "each (the pots cost me £4.50 apiece, not that it matters). how many complete vases can I "
    "stage",
    math.floor(F(36 * 3, 5)),
)
calc(
    CHRYS,
    "feed plan for the mums: 1 g of feed per litre of water, every plant gets 0.6 litres twice a "
    "week, 36 plants, for 14 weeks. total grams of feed?",
    1 * dec("0.6") * 2 * 36 * 14,
)
calc(
    GRAMO,
    "Bought a job lot of 240 78s for £300 at Saturday's fair. 35 turned out to be cracked and "
    "went straight in the skip; I sold every one of the others at £2.80. What's my profit?",
    (240 - 35) * dec("2.80") - 300,
)
calc(
    VULTURE,
    "Two carcasses came in for the griffons, 45 kg and 38 kg. Roughly 65% of a carcass is "
    "edible and a griffon takes about 1.2 kg at one sitting. How many birds can get a full feed "
    "(round down to whole birds)?",
    math.floor(F(45 + 38) * pct(65) / dec("1.2")),
)
calc(
    STORK,
    "quote for 5 stork platforms. each one needs 6 oak posts at €38.50, 14 m of steel at €12.20 a "
    "metre and €260 of labour. the region then gives a 10% grant off the whole total. what do we "
    "invoice after the grant",
    (6 * dec("38.50") + 14 * dec("12.20") + 260) * 5 * (1 - pct(10)),
)
calc(
    MANGA,
    "Night pack is ¥1,800 and covers 8 hours. After that it's ¥150 for each 15 minutes or part "
    "of 15 minutes. A guest stayed 10 hours 40 minutes. What's the total in yen?",
    1800 + 150 * math.ceil(F(2 * 60 + 40, 15)),
)
calc(
    MANGA,
    "hourly plan = ¥480 for the first hour then ¥110 per 10 min after that. the 9-hour night "
    "pack is a flat ¥2,100. guest stays 5 h 20 min - how much more would the hourly plan cost "
    "him than the pack",
    480 + 110 * F(4 * 60 + 20, 10) - 2100,
)
calc(
    GRANITA,
    "sold 214 granitas at €3.50 each, 87 of them with a brioche for €1.50 extra. pitch fee is "
    "€45 for the day. takings after the fee?",
    214 * dec("3.50") + 87 * dec("1.50") - 45,
)
calc(
    GEODUCK,
    "Our lease quota is 1,200 lb. We dug 412, 388 and 256 lb on three tides. The buyer pays "
    "$9.75/lb. What's the rest of the quota worth at that price?",
    (1200 - 412 - 388 - 256) * dec("9.75"),
)
calc(
    GEODUCK,
    "380 lb of whole geoduck, shucked meat comes out at 45% of whole weight and the processor "
    "pays $22 a pound for meat. how many dollars",
    380 * pct(45) * 22,
)
calc(
    RHINO,
    "Drawing rations: 6 rangers on a 21-day patrol, 0.8 kg of maize meal per ranger per day, "
    "plus 10% spare on top. Meal comes in 12.5 kg bags. How many whole bags do I sign out?",
    whole_up(6 * 21 * dec("0.8") * (1 + pct(10)) / dec("12.5")),
)
calc(
    SLOTH,
    "orphaned baby sloth weighed 400 g at intake and 1,085 g at the latest weigh-in. percentage "
    "increase?",
    F(1085 - 400, 400) * 100,
)
calc(
    JOEY,
    "joey is on 5 feeds a day of 45 mL each. one tin of formula makes up 2.4 litres. how many "
    "complete feeds do I get out of a tin",
    math.floor(F(2400, 45)),
)
calc(
    CLAY,
    "Shooting on twos (each pose held for 2 frames) at 12 frames per second, and the finished "
    "film runs 3 min 40 s. How many separate poses do I have to sculpt and shoot?",
    F(3 * 60 + 40) * 12 / 2,
)
calc(
    SLUICE,
    "The pumping station shifts 40 cubic metres a minute. The polder is 360 hectares and 40 mm "
    "of rain fell evenly over it. Ignoring evaporation and seepage, how many hours of pumping to "
    "get it all out?",
    F(360 * 10000) * F(40, 1000) / 40 / 60,
)
calc(
    SUBLET,
    "main tenant pays €1,380 warm rent for the whole flat and we split it by floor area. my room "
    "is 14 m² of the 60 m². internet is €45 a month split equally between the 3 of us. what's my "
    "monthly total",
    F(1380 * 14, 60) + F(45, 3),
)
calc(
    SUBLET,
    "We each put in half of the €1,050 Kaution. The landlord kept €206.40 for damage that was "
    "entirely my fault, so it all comes out of my half. How much do I get back?",
    F(1050, 2) - dec("206.40"),
)
calc(
    IMMIG,
    "the qualifying period allows 450 days outside the UK in total. client's trips: 23, 41, 17 "
    "and 64 days. how many days of the allowance are left",
    450 - (23 + 41 + 17 + 64),
)
calc(
    LENGTHSMAN,
    "64 gullies on my length, 12 minutes each to rod and clear, parish pays £14.40 an hour. "
    "what's my bill",
    F(64 * 12, 60) * dec("14.40"),
)
calc(
    COMET,
    "I sweep 40 fields a night at 3 minutes per field, plus 25 minutes of setting up. I had 11 "
    "clear nights in the run. How many hours at the eyepiece, not counting setup?",
    F(40 * 3 * 11, 60),
)
calc(
    OUD,
    "each rib blank is 62 cm long and I cut them end to end from planks 2.5 m long (offcuts "
    "are wasted, no joining). the bowl needs 21 ribs. how many planks do I need",
    whole_up(F(21, math.floor(F(250, 62)))),
)
calc(
    BILTONG,
    "Bought 6.5 kg of silverside at R149.90/kg. It loses 55% of its weight drying, and dried "
    "biltong sells at R520/kg. Profit in rand?",
    dec("6.5") * (1 - pct(55)) * 520 - dec("6.5") * dec("149.90"),
)
calc(
    PREPPER,
    "4 of us, 2.5 litres of drinking water each per day, planning for 45 days, stored in 20 "
    "litre jerrycans. how many jerrycans (whole ones)",
    whole_up(4 * dec("2.5") * 45 / 20),
)
calc(
    PREPPER,
    "22.5 kg of rice in the cellar, 4 people each eating 180 g a day. how many full days does it "
    "last",
    math.floor(dec("22.5") * 1000 / (4 * 180)),
)
calc(
    PAPER,
    "A vat session gives 150 sheets, 8% are rejects, and the good sheets go out in packs of 25 "
    "at £18 a pack. What's the income from the full packs?",
    math.floor(150 * (1 - pct(8)) / 25) * 18,
)
calc(
    WAX,
    "sealing wax sticks are £3.60 each, offer is buy 3 get a 4th free. customer takes 11 sticks. "
    "what does she pay",
    (11 - 11 // 4) * dec("3.60"),
)
calc(
    DRUMMER,
    "song's at 220 bpm and the double kick plays straight sixteenth notes for 48 bars of 4/4. "
    "how many kick hits is that",
    48 * 16,
)
calc(
    DRUMMER,
    "Merch maths: we paid €9 each for 140 shirts, have sold 96 at €25, and the venue takes 20% of "
    "gross sales. Profit on shirts so far, counting the cost of all 140?",
    96 * 25 * (1 - pct(20)) - 140 * 9,
)
calc(
    SKOOLIE,
    "6 panels at 320 W each, 5.5 peak sun hours a day, overall system efficiency 80%. how many "
    "watt-hours a day do we actually get",
    6 * 320 * dec("5.5") * pct(80),
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
unit(P, "how many metres a second is 72 kph", 72 * KMH, EXACT)
unit(P, "how many feet in 1.5 miles", dec("1.5") * MI / FT, EXACT)
unit(P, "5 ft 11 in in cm?", (5 * FT + 11 * IN) * 100, EXACT)
unit(P, "98.6 F to celsius", f_to_c(dec("98.6")), EXACT)
unit_r(P, "I weigh 12st 4lb, what's that in kilos", 12 * STONE + 4 * LB)
unit_r(P, "how many square metres in a quarter of an acre", ACRE / 4)
unit_r(P, "tyre says 32 psi. kilopascals?", 32 * PSI / 1000)
unit_r(P, "sixty miles an hour in kilometres per hour", 60 * MPH / KMH)
unit(P, "2.5 GiB = ? MiB", dec("2.5") * GIB / MIB, EXACT)
unit(P, "400 yds to m", 400 * YD, EXACT)
unit(P, "minus forty celsius in kelvin", F(-40) + dec("273.15"), EXACT)
unit(P, "a boat doing 20 knots is going how many km per hour", 20 * KNOT / KMH, EXACT)
unit_r(P, "one cubic foot is how many litres", CUFT * 1000)
unit_r(P, "180cm in inches", F(180, 100) / IN)

# registers
unit(
    SQUID,
    "the jigging lines go down 120 fathoms. a fathom being 6 feet, how many metres is that",
    120 * 6 * FT,
    EXACT,
)
unit(SQUID, "sea surface reads 59 °F on the plotter, what's that in °C", f_to_c(59), EXACT)
unit_r(
    HORNET,
    "Nest located 38 feet up a holm oak. The report form wants the height in metres.",
    38 * FT,
)
unit_r(HORNET, "hornets cruise at about 25 km/h - what's that in metres per second", 25 * KMH)
unit(
    CHRYS,
    "my best incurved bloom measures 9 inches across, how many cm is that",
    9 * IN * 100,
    EXACT,
)
unit(
    GRAMO,
    "a 78 spins at 78 rpm. how many degrees per second is that",
    F(78 * 360, 60),
    EXACT,
)
unit_r(
    VULTURE,
    "our feeding station sits at 1,450 m above sea level; the British birders keep asking for it "
    "in feet. how many feet?",
    1450 / FT,
)
unit_r(
    STORK,
    "An old nest we took down off the church roof weighed about 500 kg. What's that in pounds?",
    500 / LB,
)
unit_r(
    STORK,
    "one of our ringed storks flew 10,000 km to Chad for the winter. how far is that in miles",
    10000 * 1000 / MI,
)
unit(
    MANGA,
    "sign says 300 Mbit/s wifi, customer wants to know how many megabytes per second that is",
    F(300, 8),
    EXACT,
)
unit(GRANITA, "freezer holds at -18 °C, what's that in fahrenheit", c_to_f(-18), EXACT)
unit_r(GEODUCK, "biggest geoduck of the day was 3.4 lb. in grams?", dec("3.4") * LB * 1000)
unit_r(RHINO, "Our 24 km boundary patrol: how many miles is that?", 24 * 1000 / MI)
unit_r(
    RHINO,
    "adult white rhino bull, estimated 2,300 kg. donor in Texas wants it in lb",
    2300 / LB,
)
unit(
    SLOTH,
    "a three-toed sloth tops out around 0.24 km/h. how many metres per minute is that",
    dec("0.24") * 1000 / 60,
    EXACT,
)
unit_r(
    JOEY,
    "joey weighs 1,850 g; the vet's growth chart is in pounds. how many lb?",
    F(1850, 1000) / LB,
)
unit(CLAY, "25 ft reel of armature wire, how many metres", 25 * FT, EXACT)
unit_r(
    SLUICE,
    "Water level in the polder is 4.6 m below NAP. An American visitor wants that in feet.",
    dec("4.6") / FT,
)
unit_r(SUBLET, "room is 14 m², how many square feet is that", 14 / SQFT)
unit(
    IMMIG,
    "form needs height in centimetres, client says she's 5 foot 4. what do I put",
    (5 * FT + 4 * IN) * 100,
    EXACT,
)
unit_r(
    LENGTHSMAN,
    "my length of lane is 7.2 km. the council wants it in miles",
    dec("7.2") * 1000 / MI,
)
unit(COMET, "16-inch mirror, what's the aperture in mm", 16 * IN * 1000, EXACT)
unit_r(
    COMET,
    "the comet's doing about 42 km/s relative to the Sun near perihelion. what's that in mph?",
    42 * 1000 / MPH,
)
unit_r(OUD, "scale length is 61 cm; an American customer wants it in inches", F(61, 100) / IN)
unit_r(
    BILTONG,
    "customer wants 1.75 lb of biltong, how many grams do I weigh out",
    dec("1.75") * LB * 1000,
)
unit_r(PREPPER, "25 lb sack of rice in kilograms", 25 * LB)
unit(
    PAPER,
    "A full sheet from my mould is 22 by 30 inches. What's its area in square centimetres?",
    22 * 30 * IN * IN * 10000,
    EXACT,
)
unit(WAX, "our wax melts at 70 °C - what's that in °F for the US listing", c_to_f(70), EXACT)
unit_r(DRUMMER, "riser is 8 ft wide, what's that in metres for the venue spec", 8 * FT)
unit(
    SKOOLIE,
    "Our bus is 35 ft long and the campsite limit is in metres. How long is it in metres?",
    35 * FT,
    EXACT,
)
unit_r(SKOOLIE, "rear tyres run at 110 psi. in bar?", 110 * PSI / BAR)


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
date_item(P, "my grandad was born 17 June 1931, which weekday was that", weekday(D(1931, 6, 17)))
date_item(
    P,
    "how many days from March 3, 2027 to November 19, 2027",
    days(D(2027, 3, 3), D(2027, 11, 19)),
)
date_item(P, "date 90 days after 15 January 2028", D(2028, 1, 15) + TD(days=90))
date_item(P, "what day of the week is 25 December 2031?", weekday(D(2031, 12, 25)))
date_item(
    P,
    "how many weeks from 1 September 2026 to 8 December 2026",
    weeks(D(2026, 9, 1), D(2026, 12, 8)),
)
date_item(P, "1,000 days after 1 January 2000 is what date", D(2000, 1, 1) + TD(days=1000))
date_item(P, "number of days in Feb 2100?", calendar.monthrange(2100, 2)[1])
date_item(P, "minutes between 22:40 and 06:15 the next morning", clock_span("22:40", "06:15", 60))
date_item(P, "third thursday of march 2029?", nth_weekday(2029, 3, THU, 3))
date_item(
    P,
    "hours from 09:30 on 2 May 2027 to 17:00 on 4 May 2027",
    F(int((DT(2027, 5, 4, 17, 0) - DT(2027, 5, 2, 9, 30)).total_seconds()), 3600),
)
date_item(P, "Last Friday of October 2030 - what date?", nth_weekday(2030, 10, FRI, -1))
date_item(P, "what number day of the year is 1 October 2027", D(2027, 10, 1).timetuple().tm_yday)
date_item(P, "how many days from 1 Jan 2024 to 1 Jan 2025", days(D(2024, 1, 1), D(2025, 1, 1)))
date_item(P, "31 December 2029 falls in which ISO week number", D(2029, 12, 31).isocalendar()[1])

# registers
date_item(
    SQUID,
    "we sailed from Hakodate at 17:30 on 12 August 2027 and tied up again at 05:45 on 14 August "
    "2027. how many hours at sea is that",
    F(int((DT(2027, 8, 14, 5, 45) - DT(2027, 8, 12, 17, 30)).total_seconds()), 3600),
)
_h1, _h2 = D(2025, 4, 22), D(2025, 11, 3)
date_item(
    HORNET,
    f"First primary nest of the season was found on {sayw(_h1)} and the last nest was destroyed "
    f"on {say(_h2)}. How many days is that, counting both of those days?",
    days(_h1, _h2) + 1,
)
_show = D(2027, 11, 6)
date_item(
    CHRYS,
    f"the show is on {sayw(_show)}. this variety takes 8 weeks from securing the bud to full "
    "bloom. what date do I need to secure the buds",
    _show - TD(weeks=8),
)
date_item(
    CHRYS, "what's the date of the first Saturday in November 2028", nth_weekday(2028, 11, SAT, 1)
)
date_item(
    GRAMO,
    "the ledger says this one was pressed on 14 March 1929. what day of the week was that",
    weekday(D(1929, 3, 14)),
)
_v = D(2026, 1, 3)
date_item(
    VULTURE,
    f"We put food out every 9 days, starting {sayw(_v)}. What date is the 12th feed?",
    _v + TD(days=9 * 11),
)
date_item(
    STORK,
    "the pair came back on 17 February 2027, first egg was laid 31 days later, and incubation "
    "is 33 days from that egg. expected hatch date?",
    D(2027, 2, 17) + TD(days=31 + 33),
)
date_item(
    MANGA,
    "guest checked into booth 14 at 21:35 and out at 07:05. how many minutes was he in",
    clock_span("21:35", "07:05", 60),
)
date_item(
    GRANITA,
    "My cart licence starts on 1 April 2027. Counting 1 April as day 1, what date is day 200?",
    D(2027, 4, 1) + TD(days=199),
)
date_item(
    GEODUCK,
    "the live geoduck ship with us: flight leaves Seattle 01:20 on 10 March 2027 and lands in "
    "Hong Kong at 06:45 on 11 March 2027 local time. how many minutes in the air",
    utc_minutes("2027-03-10T01:20", "America/Los_Angeles", "2027-03-11T06:45", "Asia/Hong_Kong"),
)
date_item(
    GEODUCK,
    "the tract opens 1 October 2027 and closes 31 March 2028. how many days is it open, counting "
    "both the opening and closing day?",
    days(D(2027, 10, 1), D(2028, 3, 31)) + 1,
)
date_item(
    RHINO,
    "I work 21 days on, 7 off. My first stint on started 2 February 2027. What date does my "
    "third stint on begin?",
    D(2027, 2, 2) + TD(days=2 * 28),
)
date_item(
    RHINO,
    "calf was born in the sanctuary on 11 September 2019. how old is she on 10 September 2031, "
    "in whole years",
    age(D(2019, 9, 11), D(2031, 9, 10)),
)
_s = D(2027, 8, 5)
date_item(
    SLOTH,
    f"she came in on {sayw(_s)} and the plan is soft release 150 days after that. what date is "
    "release",
    _s + TD(days=150),
)
date_item(
    JOEY,
    "flying a joey over to a carer in Perth: Virgin flight leaves Melbourne 09:15 on 2 April "
    "2028 and lands Perth 11:40 local. How long is the flight in minutes?",
    utc_minutes("2028-04-02T09:15", "Australia/Melbourne", "2028-04-02T11:40", "Australia/Perth"),
)
_c = D(2027, 9, 6)
date_item(
    CLAY,
    f"We average 4 seconds of finished footage per working day (Mon-Fri, no holidays) and need "
    f"220 seconds. Shooting starts {sayw(_c)}, counting that as the first day. What date do we "
    "wrap?",
    working_day_counting(_c, 220 // 4),
)
date_item(
    SLUICE,
    "winter water level regime runs from 1 October 2027 up to and including 14 April 2028. how "
    "many days is that",
    days(D(2027, 10, 1), D(2028, 4, 14)) + 1,
)
date_item(
    SUBLET,
    "Zwischenmiete: I move in on 15 June 2027 and out on the morning of 14 September 2027. How "
    "many nights is that?",
    days(D(2027, 6, 15), D(2027, 9, 14)),
)
date_item(
    SUBLET,
    "moved in 15 June 2027, I get 14 days to register at the Bürgeramt counting the day after "
    "moving in as day 1. what's the last day",
    D(2027, 6, 15) + TD(days=14),
)
date_item(
    IMMIG,
    "ILR granted on 9 December 2024. Client can apply for naturalisation 365 days after that. "
    "Earliest date?",
    D(2024, 12, 9) + TD(days=365),
)
date_item(
    IMMIG,
    "client left the UK on 28 December 2025 and came back on 6 January 2026. only whole days "
    "away count, so not the departure or the return day. how many days absent",
    days(D(2025, 12, 28), D(2026, 1, 6)) - 1,
)
_l = D(2028, 1, 13)
date_item(
    LENGTHSMAN,
    f"I do the drains every 6 weeks. Last done {sayw(_l)}. What's the date of the third visit "
    "after that one?",
    _l + TD(weeks=18),
)
date_item(
    COMET,
    "if perihelion is 1,000 days after the discovery night of 17 October 2026, what date is it",
    D(2026, 10, 17) + TD(days=1000),
)
date_item(
    COMET, "observed from 21:50 until 03:35, how many minutes", clock_span("21:50", "03:35", 60)
)
_o = D(2027, 1, 18)
date_item(
    OUD,
    f"7 coats of lacquer, each needs 5 days to cure before the next goes on. First coat goes on "
    f"{sayw(_o)}. What date is the last coat cured?",
    _o + TD(days=7 * 5),
)
_b = D(2027, 3, 5)
date_item(
    BILTONG,
    f"hung the batch at 19:00 on {sayw(_b)}, it needs 96 hours in the box. what day of the week "
    "is it ready",
    weekday((DT(2027, 3, 5, 19, 0) + TD(hours=96)).date()),
)
date_item(
    PREPPER,
    "tins are best before 2031-08-14 and I rotate them out 90 days before that. what date",
    D(2031, 8, 14) - TD(days=90),
)
_p = D(2027, 12, 29)
date_item(
    PAPER,
    f"the post goes into the press on {sayw(_p)} and needs 3 weeks of pressing and drying. "
    "ready on what date",
    _p + TD(weeks=3),
)
_w = D(2027, 4, 9)
date_item(
    WAX,
    f"wedding order of 120 sealed invitations placed {sayw(_w)}. we need 14 working days, "
    "Monday to Friday, not counting the order day and ignoring bank holidays. dispatch date?",
    working_day_after(_w, 14),
)
date_item(
    DRUMMER,
    "We fly Helsinki 07:10 to Lisbon, landing 09:40 local, on 6 May 2027. How many minutes in "
    "the air?",
    utc_minutes("2027-05-06T07:10", "Europe/Helsinki", "2027-05-06T09:40", "Europe/Lisbon"),
)
date_item(
    SKOOLIE,
    "pulling into the campground on 27 February 2028 and leaving 3 March 2028. how many nights "
    "do we pay for",
    days(D(2028, 2, 27), D(2028, 3, 3)),
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
            (U, "For this puzzle, a # b means a squared minus b. Got it?"),
            (A, "Got it: a # b = a² − b."),
            (U, "so what's 7 # 12"),
        ],
        "# was defined earlier in the chat as a^2 - b; the last turn alone means nothing",
    ),
    (
        "conv-base-seven",
        [
            (S, "You are a maths tutor. Every number in this session is written in base 7."),
            (U, "what's 26 + 35"),
        ],
        "the system turn puts all numerals in base 7, so the sum is not the decimal one",
    ),
    (
        "conv-modulus",
        [
            (U, "we're doing arithmetic mod 11 for my number theory sheet"),
            (A, "Sure, I'll reduce everything mod 11."),
            (U, "ok 8 x 9 then"),
        ],
        "the product is wanted mod 11, as set earlier",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my fantasy setting the year has 8 months of 45 days each: Thaw, "
                    "Bloom, Sun, "
                    "Harvest, Rime, Frost, Dark, Wane."
                ),
            ),
            (A, "Lovely. So a 360-day year, 45 days to a month."),
            (U, "how many days from 10 Bloom to 3 Rime"),
        ],
        "a fictional calendar defined earlier; no real calendar applies",
    ),
    (
        "conv-fictional-currency",
        [
            (U, "in the campaign I'm running, 1 crown = 12 marks and 1 mark = 8 pennies"),
            (A, "Noted: 96 pennies to the crown."),
            (U, "the longsword is 3 crowns 5 marks, how many pennies is that"),
        ],
        "made-up currency units told in the conversation",
    ),
    (
        "conv-javascript",
        [
            (U, "quick javascript question, what does the console print for this"),
            (A, "Sure, paste the expression."),
            (U, '"5" + 3 - 1'),
        ],
        "JavaScript string concatenation and coercion: the answer is 52, not 7",
    ),
    (
        "conv-python-floor-division",
        [
            (S, "You answer questions about Python 3 behaviour, showing the REPL output."),
            (U, "-7 // 2 and -7 % 2"),
        ],
        "Python floor division and modulo semantics for negatives",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "Dinner on Friday: I paid the £96 food bill, Priya paid £38 for the "
                    "wine and Tom "
                    "paid nothing. We're splitting everything equally three ways."
                ),
            ),
            (A, "Okay, noted who paid what."),
            (U, "so who owes who, and how much"),
        ],
        "the amounts and the split were given earlier; settling up needs reasoning",
    ),
    (
        "conv-population-follow-up",
        [
            (U, "roughly how many people live in Norway"),
            (A, "About 5.5 million."),
            (U, "and if that doubled by 2100, would it be crowded compared with the UK"),
        ],
        "depends on an earlier factual answer and on comparison knowledge",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "talking cricket scorebooks here"),
            (A, "Go on."),
            (U, "how many balls is 7.4 overs"),
        ],
        "7.4 overs means 7 overs and 4 balls (46 balls), not 7.4 x 6",
    ),
    (
        "conv-shire-calendar",
        [
            (U, "I'm writing fan fiction set in the Shire and using Shire Reckoning."),
            (A, "Great, twelve months of thirty days plus the special days."),
            (U, "how many days from 1 Afteryule to 1 Astron"),
        ],
        "Tolkien's fictional calendar with Lithe and Yule days needs the model",
    ),
    (
        "conv-rota-week",
        [
            (
                U,
                (
                    "At our hospital the rota week runs Wednesday to Tuesday and rota "
                    "week 1 began on "
                    "6 January 2027."
                ),
            ),
            (A, "Understood."),
            (U, "which rota week is 3 March 2027 in"),
        ],
        "a local week-numbering convention defined earlier",
    ),
    (
        "conv-recipe-scaling",
        [
            (U, "my pancake recipe serves 4: 300 g flour, 2 eggs, 450 ml milk, pinch of salt"),
            (A, "Sounds good."),
            (U, "scale it for 10 people please, and what do I do about half eggs"),
        ],
        "needs the earlier recipe and cooking judgement about eggs",
    ),
    (
        "conv-knitting-decreases",
        [
            (U, "hat pattern: cast on 96, then decrease 8 stitches every 4th round"),
            (A, "Okay."),
            (U, "how many stitches after round 20"),
        ],
        "depends on the pattern given earlier and on which rounds count as 4th rounds",
    ),
    (
        "conv-worldbuilding-units",
        [
            (U, "in my world a league is exactly 4.2 km and a span is 23 cm"),
            (A, "Got it."),
            (U, "how many spans in half a league"),
        ],
        "fictional units defined in the conversation",
    ),
    (
        "conv-excel-rounding",
        [
            (U, "in Excel, A1 holds 2.5 and A2 has =ROUND(A1,0)"),
            (A, "Okay."),
            (U, "and what does =A2*3 show"),
        ],
        "spreadsheet semantics (Excel rounds halves away from zero) and cells set earlier",
    ),
    (
        "conv-eight-bit-overflow",
        [
            (S, "Answer as a C programmer. Assume int8_t arithmetic, wrapping on overflow."),
            (U, "127 + 1"),
        ],
        "8-bit signed overflow wraps to -128 under the stated assumption",
    ),
    (
        "conv-hex-log",
        [
            (U, "all the values in this error log are hexadecimal btw"),
            (A, "Understood, I'll read them as hex."),
            (U, "so 40 - 1F"),
        ],
        "the numbers are hex, as told earlier",
    ),
    (
        "conv-golf-handicap",
        [
            (U, "my handicap index is 14.2 and the course I'm playing has a slope of 128"),
            (A, "Nice course."),
            (U, "what's my course handicap then"),
        ],
        "needs the World Handicap System formula and the values given earlier",
    ),
    (
        "conv-overtime-policy",
        [
            (
                S,
                (
                    "Company policy: hours over 37.5 a week are paid at 1.5x, Sunday "
                    "hours at 2x, and "
                    "the two premiums do not stack."
                ),
            ),
            (U, "I did 41 hours at £16 an hour including 6 on Sunday. what's my gross pay"),
        ],
        "applying a stated pay policy with an interpretation question about stacking",
    ),
    (
        "conv-family-slang",
        [
            (U, "in our house 'a bazillion' means exactly 1000, the kids decided"),
            (A, "Ha, love it."),
            (U, "what's three bazillion plus 12"),
        ],
        "a family's private number word defined earlier",
    ),
    (
        "conv-date-order-told",
        [
            (U, "all the dates in my spreadsheet are day/month/year"),
            (A, "Okay, DD/MM/YYYY."),
            (U, "how many days from 03/04/2027 to 05/06/2027"),
        ],
        "the date order was only given in the earlier turn",
    ),
    (
        "conv-marks-list",
        [
            (U, "my mock exam marks were 62, 71, 58 and 90"),
            (A, "Solid spread."),
            (U, "what's the average if I drop the worst one"),
        ],
        "the marks are in an earlier turn",
    ),
    (
        "conv-elo",
        [
            (U, "my rating is 1540 and I just beat someone rated 1710"),
            (A, "Great win!"),
            (U, "how many points do I gain with K=20"),
        ],
        "needs the Elo formula and the ratings given earlier",
    ),
    (
        "conv-dnd-damage",
        [
            (
                U,
                (
                    "rogue's sneak attack: rolled 4d6 and got 3, 5, 2 and 6, plus +4 dex, but the "
                    "fire elemental target resists piercing"
                ),
            ),
            (A, "Resistance halves the damage, rounding down."),
            (U, "so how much does it take"),
        ],
        "game rules (resistance, rounding) and rolls stated earlier",
    ),
    (
        "conv-flight-context",
        [
            (U, "my flight to Tokyo leaves Heathrow at 11:05 on the 3rd"),
            (A, "Exciting trip!"),
            (U, "it's 14 hours, what time will it be in Tokyo when I land"),
        ],
        "departure time and place are in an earlier turn and the month is never given",
    ),
    (
        "conv-scifi-week",
        [
            (
                S,
                (
                    "We are designing a sci-fi world where a day lasts 30 hours and a week "
                    "has 5 days."
                ),
            ),
            (U, "how many hours are there in 3 of our weeks, then"),
        ],
        "the day and week lengths are fictional, set by the system turn",
    ),
    (
        "conv-corrected-age",
        [
            (U, "my son was born 8 weeks early, on 2 February 2027"),
            (A, "Congratulations, and I hope you're both doing well."),
            (U, "what's his corrected age on 1 June 2027"),
        ],
        "corrected age for prematurity is a clinical convention explained by the model",
    ),
    (
        "conv-made-up-tax",
        [
            (
                S,
                (
                    "For this exercise use these invented tax bands: 0% up to 10,000, 15% from "
                    "10,000 to 40,000, 30% above 40,000."
                ),
            ),
            (U, "using those, how much tax does someone on 55,000 pay"),
        ],
        "invented tax bands given in the system turn",
    ),
    (
        "conv-tennis",
        [
            (U, "we're keeping score in a tennis game, I'm serving"),
            (A, "Okay."),
            (U, "it's 40-15 and I win the next point, what's the score now"),
        ],
        "tennis scoring: winning at 40-15 wins the game",
    ),
    (
        "conv-letter-values",
        [
            (U, "let's play a word game where A=1, B=2 and so on up to Z=26"),
            (A, "Fun, go ahead."),
            (U, "what's DOG + CAT"),
        ],
        "letter values were defined earlier",
    ),
    (
        "conv-music-key",
        [
            (U, "we're jamming in E flat major"),
            (A, "Nice key for horns."),
            (U, "what's the chord a fifth up from the root"),
        ],
        "music theory relative to a key set earlier",
    ),
    (
        "conv-mars-sols",
        [
            (
                S,
                (
                    "You help a rover team. Times are Mars local mean solar time; a sol is "
                    "24h 39m 35s."
                ),
            ),
            (U, "wake-up is 06:00 on sol 100, how many Earth hours until 06:00 on sol 103"),
        ],
        "Martian sol length given by the system turn; Earth calendars do not apply",
    ),
    (
        "conv-previous-assistant-total",
        [
            (U, "add up my shopping: bread 1.45, cheese 3.20, apples 2.10"),
            (A, "That comes to £6.75."),
            (U, "now take off the member discount we talked about last time"),
        ],
        "refers to a discount never stated here; the model must ask",
    ),
    (
        "conv-roman-merchant",
        [
            (
                S,
                (
                    "Role-play a Roman merchant in 50 AD who prices everything in sestertii and "
                    "writes numbers in Roman numerals."
                ),
            ),
            (U, "how much for 3 amphorae of your wine at XVII each"),
        ],
        "role-play: the answer must be given in character and in Roman numerals",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0161 496 0723 a Manchester number", "a phone number, not arithmetic"),
    ("near-phone", "who do I call on 999 vs 111 for a dog bite", "emergency numbers, advice"),
    ("near-phone", "what country code is +355", "dialling code lookup, a fact"),
    (
        "near-isbn",
        "is ISBN 978-0-14-044913-6 the Penguin translation of Crime and Punishment",
        "book identifier; needs knowledge",
    ),
    ("near-isbn", "why do ISBNs start with 978 or 979", "explanation of an identifier scheme"),
    ("near-version", "is python 3.9 newer than 3.11", "version ordering is not decimal ordering"),
    (
        "near-version",
        "should I move our tiny express app from node 18 to node 22 or wait",
        "version advice",
    ),
    (
        "near-version",
        "anything important in iOS 17.5 vs 17.4 for an iPhone 12's battery",
        "release notes knowledge",
    ),
    ("near-score", "Arsenal won 3-1 at Villa, was that a surprise", "a score and an opinion"),
    (
        "near-score",
        "we lost 21-24 in the final minute, how do I cheer up the under-12s",
        "a score, then coaching advice",
    ),
    ("near-score", "is 1450 on the SAT good enough for a state flagship", "test score judgement"),
    ("near-score", "what's a 7.5 in IELTS roughly equivalent to in CEFR", "band mapping"),
    (
        "near-range",
        "read pages 45-60 of the reader and tell me the main argument",
        "a page range, not a subtraction",
    ),
    ("near-range", "kids aged 5-7, what board games work", "an age range, recommendation"),
    (
        "near-range",
        "is 18-22 °C the right range for a nursery bedroom",
        "a temperature range, health advice",
    ),
    (
        "near-part-number",
        "what bearing is a 6205-2RS and what's it used in",
        "a part number, not a sum",
    ),
    ("near-part-number", "will a CR2032 replace a CR2025 in my car key", "battery compatibility"),
    ("near-part-number", "M6 x 1.0 bolt, what spanner size", "thread designation knowledge"),
    (
        "near-part-number",
        "my 2014 Fiesta manual says 5W-30, can I top up with the 10W-40 in the garage",
        "oil grades look like ranges but need explanation",
    ),
    (
        "near-code",
        "what does chmod 755 do to a script in my home folder, is it safe",
        "permission bits explanation",
    ),
    (
        "near-code",
        "my router's admin page is 192.168.1.254, can people reach that from outside",
        "networking knowledge",
    ),
    (
        "near-code",
        "the API I'm calling returned HTTP 418, is that a joke",
        "a status code, not a number question",
    ),
    (
        "near-code",
        "error 0x80070005 when updating windows, how to fix",
        "error code troubleshooting",
    ),
    (
        "near-code",
        "why does 0.1 + 0.2 print 0.30000000000000004 in JS",
        "floating point explanation",
    ),
    (
        "near-reference",
        "what does John 3:16 say in the King James wording",
        "a Bible reference, not a ratio or time",
    ),
    ("near-reference", "explain Psalm 23:4 in plain words", "a verse reference"),
    ("near-reference", "what's the story behind Catch-22", "a book title with a number"),
    ("near-reference", "what went wrong on Apollo 13", "history"),
    ("near-reference", "why is it called WD-40", "product name history"),
    ("near-reference", "what was decided at the G20 in Rio", "current affairs knowledge"),
    ("near-opinion", "is 35 too old to start learning the cello", "opinion about an age"),
    ("near-opinion", "is £28k a decent salary for a junior designer in Leeds", "salary judgement"),
    (
        "near-opinion",
        "is a 4.6 star rating from 12 reviews better than 4.8 from 3",
        "reasoning about reliability of ratings",
    ),
    ("near-opinion", "is 7 a lucky number in China or is that 8", "cultural knowledge"),
    ("near-opinion", "what's a sensible amount to tip a tour guide in Lisbon", "custom, advice"),
    ("near-opinion", "is a 3:2 or 16:9 aspect ratio better for landscape photos", "taste"),
    ("near-opinion", "my BMI is 27, should I be worried", "health advice"),
    ("near-explain", "why is dividing by zero undefined and not infinity", "maths explanation"),
    (
        "near-explain",
        "my son insists 0.999 recurring is less than 1, how do I convince him",
        "a proof, not a calculation",
    ),
    (
        "near-explain",
        "explain the Monty Hall 1/3 vs 2/3 thing like I'm 12",
        "probability explanation",
    ),
    (
        "near-explain",
        "my psychology paper reports p < 0.05, does that mean it's 95% likely true",
        "statistics explanation",
    ),
    ("near-explain", "what's the difference between 4G and 5G", "technology explanation"),
    ("near-explain", "what does a 3/4 time signature feel like to dance to", "music"),
    ("near-explain", "why do we have 60 minutes in an hour and not 100", "history of timekeeping"),
    ("near-explain", "why is a leap year skipped in 2100", "explanation of the Gregorian rule"),
    (
        "near-explain",
        "optician says I'm 20/20 in one eye and 20/40 in the other, what does that mean",
        "an eyesight convention",
    ),
    ("near-facts", "how tall is Mount Kenya in feet", "needs the mountain's height, a fact"),
    (
        "near-facts",
        "is it Saturn or Jupiter that has more moons these days",
        "astronomy facts that change",
    ),
    ("near-facts", "how long is the Camino Francés in km", "a route length fact"),
    (
        "near-facts",
        "in which year did the Berlin Wall fall, and who was West German chancellor",
        "history fact",
    ),
    (
        "near-facts",
        "how many days was Leningrad under siege in the Second World War",
        "historical dates needed",
    ),
    ("near-facts", "what time is sunset in Oslo on 21 June 2027", "astronomy, not a calendar sum"),
    (
        "near-facts",
        "at what temperature does water boil at Everest base camp",
        "physics and altitude knowledge",
    ),
    ("near-facts", "what's the exchange rate for euros to yen", "live data the tools lack"),
    ("near-facts", "how much does a London bus weigh", "fact lookup"),
    (
        "near-facts",
        "are there really stretches of German autobahn with no speed limit",
        "legal knowledge",
    ),
    (
        "near-sizes",
        "what's a UK size 9 shoe in EU, for Birkenstocks",
        "brand-specific sizing, not a conversion",
    ),
    ("near-sizes", "I'm a 34B in M&S, what would I be in a US brand", "sizing conventions vary"),
    ("near-sizes", "convert my 2:1 degree to an American GPA", "no fixed conversion exists"),
    (
        "near-dates",
        "what actually happened at the Pentagon on 9/11",
        "a historical event, not a date sum",
    ),
    ("near-dates", "why is 1066 such a big deal", "history"),
    ("near-dates", "what's special about 24/7 customer service", "an expression, not a fraction"),
    (
        "near-dates",
        "where did the American month-first date habit come from",
        "history of a convention",
    ),
    ("near-numbers", "truckers on CB say 10-4, where does that come from", "radio code"),
    ("near-numbers", "explain a 4-4-2 formation vs 4-3-3", "football tactics"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a limerick about a goat who eats a parking ticket",
        "help me write a leaving card message for a colleague of 20 years who hated cake",
        "draft a polite email asking my landlord to fix a dripping shower",
        "give me three opening lines for a ghost story set on a night bus",
        "rewrite this to sound less passive aggressive: as per my last email",
        "write a short wedding toast for my sister who met her husband at a climbing wall",
        "make this cover letter sound more confident, I'll paste it",
        "a bedtime story about a hedgehog who is scared of autumn leaves",
        "suggest a title for my blog post about learning Welsh at 60",
        "write a complaint to a train company about a cancelled service, firm but calm",
    ],
    "cooking": [
        "what can I make with a tub of leftover mushroom risotto and two eggs",
        "why did my bread come out dense and gummy",
        "is it safe to reheat rice twice",
        "vegetarian main for six where one guest can't stand aubergine or mushrooms",
        "how do I stop my pastry shrinking in the tin",
        "out of buttermilk for my cheese scones, what can I use instead",
        "packed lunch ideas for an 8 year old who only eats beige food",
        "how do I get crispy skin on salmon without it sticking",
        "which wine should I open with a lamb and apricot tagine",
        "my crème anglaise has gone grainy, can I save it",
    ],
    "travel": [
        "is Porto or Lisbon better for a first trip with a toddler",
        "what should I pack for a week walking in the Dolomites in September",
        "how do I get some sleep on the overnight ferry to Santander without a cabin",
        "should I leave a tip at a ryokan in Kyoto",
        "what's the best way to get from Naples to the Amalfi coast without a car",
        "rainy day in Edinburgh with two grumpy teenagers, ideas",
        "do I need a visa for ten days in Marrakech on a British passport",
        "flying Heathrow to Singapore, best way to beat the jet lag",
        "which Greek island is quiet in early June",
        "is the Glacier Express worth the money",
    ],
    "coding": [
        "why does my python list comprehension return None values",
        "explain git rebase vs merge in simple terms",
        "css: how do I put a login box dead centre of the page, both ways",
        "write a bash one-liner to find the ten largest files in a folder",
        "process vs thread, explain it with a bakery that has several ovens",
        "my React component re-renders forever, what usually causes that",
        "how should I structure a small Flask app with a database",
        "explain what a race condition is with an example",
        "convert this for loop into a list comprehension: for x in xs: if x > 0: out.append(x*2)",
        "what's a good name for a function that strips accents from a string",
    ],
    "health": [
        "what helps with shin splints when running",
        "felt faint after donating plasma, is that normal",
        "how can I sleep better when working night shifts",
        "gentle stretches for a stiff lower back after gardening",
        "my gran barely drinks water, which signs of dehydration should I watch for",
        "how do I get my toddler to brush her teeth without a fight",
        "is oat milk or semi-skimmed better for a teenager's bones",
        "what goes in a first aid kit for a week's hut-to-hut hike",
        "how do I support a friend going through chemotherapy",
        "why do my knees click going upstairs",
    ],
    "relationships": [
        "how do I tell my flatmate they never clean without starting a row",
        "my oldest friend forgot my 40th, do I bring it up",
        "how to set boundaries with a parent who drops by unannounced",
        "cheap anniversary ideas for a couple who both work weekends",
        "how do I make friends after moving to a new city in my thirties",
        "my 15 year old only grunts at me, how do I get him talking",
        "how do I say no to being a bridesmaid kindly",
        "what to say to someone whose dog just died",
        "how do I apologise to a coworker I snapped at",
        "would it be weird to invite my ex-husband to my second wedding",
    ],
    "history-culture": [
        "why did the Roman empire end up with an eastern and a western half",
        "were the Luddites really anti-technology",
        "explain the causes of the First World War in a paragraph",
        "what's the origin of Halloween costumes",
        "why is the Mona Lisa so famous",
        "what did a medieval peasant eat in winter",
        "give me the gist of Middlemarch but don't tell me how Dorothea ends up",
        "why do the British drive on the left",
        "what was the Silk Road actually like for traders",
        "who was Hypatia",
    ],
    "science": [
        "why is the sky blue at midday but orange at sunset",
        "how does an mRNA vaccine teach the body anything",
        "explain black holes to a ten year old",
        "does my cat purr only when she's happy",
        "how does an air source heat pump get heat out of freezing air",
        "why does ice float when most solids sink in their own liquid",
        "why are the northern lights mostly green",
        "how do bees know where the flowers are",
        "what is CRISPR in plain English",
        "what in onions makes my eyes stream and how do chefs avoid it",
    ],
    "language": [
        "affect or effect in 'the weather will ___ our plans'",
        "how do I ask for the nearest chemist in Brazilian Portuguese",
        "my editor changed 'different than' to 'different from', who is right",
        "what does 'sobremesa' mean in Spanish",
        "how do you say Worcestershire, asking for a friend from Ohio",
        "give me five ways to say 'I'm tired' in French slang",
        "show me three sentences where a semicolon is the right choice",
        "what does 'hygge' actually mean",
        "my boss keeps saying irregardless, is it actually wrong",
        "explain the German cases simply",
    ],
    "practical": [
        "how do I get red wine out of a wool carpet",
        "my boiler pressure keeps dropping, what could it be",
        "radiator is cold at the top, how do I bleed it",
        "what's the best way to store winter jumpers so moths don't get them",
        "bathroom sink drains really slowly, how do I clear it without bleach or drain cleaner",
        "tips for selling old furniture online",
        "water streams down my bedroom windows every morning, how do I stop it",
        "what houseplants survive a dark north-facing room",
        "how do I prepare my lawn for winter",
        "how do I negotiate a lower broadband price",
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
    # no register (family name) of this set is a family name of sets 19 to 184
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 184: {reused}"
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
