"""Generate heldout-2027-05-16.jsonl: a hundred-and-sixty-fourth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_164.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-163, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (whole-item counts rounded down where the text
says so), units through the exact definitions above (EXACT for terminating answers, unit_r for
rounded ones), dates with datetime (day spans, weekdays, nth weekdays, working days, ages, clock
spans across midnight) and zoneinfo (utc_minutes for flights between zones, one of them
crossing a clock change).

Provenance
----------
Read: this file, grading.py and earlier_registers.txt (cat, sed, head); earlier_registers.txt
was also searched with grep -c / grep -E for candidate words, to pick 25 new register names far
from the old ones. No earlier set's questions were read, printed or searched.
Wrote: the four sections by hand (stories, wording and the code computing each answer), drafted
in scratch files and spliced into the marked places. The 30 items the duplicate check flagged
were reworded by id only; three rounded unit items that failed the two-decimal check, and one
line too long for 99 columns, got other figures or wording.
Checked: ran the generator until it passed; listed this set's own positives with their expected
values to review wording against answers (two reworded calculator items had stale values, fixed);
ruff check (five ISC004 fixes: parenthesised string concatenations), ruff format, a 99-column
line check, and the generator again.
Slips: I ran grep on /work/main/pyproject.toml for its line-length setting (it printed one line,
line-length = 100), which reads a file under /work/main beyond using it as ruff's --config.
Scratch files were kept in /tmp/s164 (outside this directory) while writing; deleted.
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
OUT = HERE / "heldout-2027-05-16.jsonl"
PREFIX = "ho164-"
# earlier generators: sets 1-163 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 164))
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


# registers: 25 people in situations, each used by all three tools
FOG = "fog_net_technician_in_the_atacama"
TEA = "tea_taster_at_the_mombasa_auction"
OPAL = "opal_noodler_in_coober_pedy"
ROSE = "rose_oil_distiller_in_kazanlak"
SHERRY = "sherry_bodega_capataz_in_jerez"
LEX = "lexicographer_updating_a_dictionary"
CUPPING = "coffee_cupping_judge_at_a_national_final"
DRAGONFLY = "dragonfly_recorder_on_a_fenland_drain"
LICHEN = "lichen_surveyor_among_old_headstones"
KORA = "kora_player_at_a_gambian_naming_ceremony"
FAROE = "faroese_knitwear_cooperative_member"
TRISTAN = "tristan_da_cunha_island_storekeeper"
GOBI = "gobi_ger_camp_host"
BHUTAN = "bhutanese_homestay_host_in_paro"
QUINOA = "quinoa_cooperative_treasurer_in_the_andes"
ORANGUTAN = "orangutan_rescue_vet_in_borneo"
AMAZON = "amazon_floating_clinic_nurse"
HURRICANE = "hurricane_hunter_flight_meteorologist"
AUCTIONEER = "livestock_auctioneer_at_a_hill_market"
RETURNING = "returning_officer_at_a_by_election_count"
HANSARD = "hansard_reporter_in_the_press_gallery"
SPEEDRUN = "speedrunner_timing_splits"
KERNING = "type_designer_kerning_a_font"
DOULA = "doula_on_call_for_a_home_birth"
ELEVATOR = "elevator_inspector_in_a_high_rise"


def floor_whole(x):
    """The largest whole number of items that x covers (rounded down, and not already whole)."""
    x = F(x)
    assert x.denominator != 1, x
    return math.floor(x)


assert math.isqrt(7056) ** 2 == 7056

calc(P, "what's 17.5% of £2,340", pct("17.5") * 2340)
calc(P, "3847 x 29 - 1,206", 3847 * 29 - 1206)
calc(P, "4,096 divided by 64, plus 7 squared", F(4096, 64) + 7**2)
calc(P, "(125 - 38.75) / 2.5", (125 - dec("38.75")) / dec("2.5"))
calc(P, "seven hundred and twenty times thirteen", 720 * 13)
calc(P, "square root of 7056 then halve it", F(math.isqrt(7056), 2))
calc(P, "3/8 + 5/8 × 2/5 as a decimal", F(3, 8) + F(5, 8) * F(2, 5))
calc(
    P,
    "I get $23.40 an hour and did 37.5 hours, what's that before tax",
    dec("23.40") * dec("37.5"),
)
calc(P, "2^13 - 1000", 2**13 - 1000)
calc(P, "20% off 89.99 comes to", dec("89.99") * (1 - pct(20)))
calc(P, "average of 72, 85, 91, 64 and 88", F(72 + 85 + 91 + 64 + 88, 5))
calc(P, "increase 2,450 by 12 percent", 2450 * (1 + pct(12)))
calc(P, "what percentage of 52 is 39", F(39, 52) * 100)
calc(P, "1,234,567 minus 987,654", 1234567 - 987654)

calc(
    FOG,
    "Fourteen fog nets on the ridge, each 4 m by 10 m of raschel mesh. On a good camanchaca "
    "night they catch about 6.5 litres per square metre, but three of the nets are torn and "
    "down for repair. How many litres do the working nets give on a good night?",
    (14 - 3) * 4 * 10 * dec("6.5"),
)
calc(
    TEA,
    "lot 4471, 40 chests of BP1 at 50 kg net each, knocked down at 312 US cents a kilo. "
    "broker's commission is 0.75% on top. total the buyer pays, in dollars?",
    40 * 50 * dec("3.12") * (1 + pct("0.75")),
)
calc(
    OPAL,
    "parcel of 23 stones, 41.4 carats altogether. buyer says A$185 a carat but wants 12% off "
    "the lot for the two with cracks. what's he actually offering",
    dec("41.4") * 185 * (1 - pct(12)),
)
calc(
    ROSE,
    "Rule of thumb here is 3,500 kg of Damask petals for one kilo of oil. The pickers have "
    "brought 8,750 kg of petals to the still this season. How many grams of oil should we expect?",
    F(8750, 3500) * 1000,
)
calc(
    SHERRY,
    "the bottom scale of the solera is 120 butts of 500 litres, each filled to five-sixths. "
    "we draw a quarter of every butt at each saca - how many litres come out per saca?",
    120 * 500 * F(5, 6) / 4,
)
calc(
    SHERRY,
    "blending 450 litres of fino at 15.5% abv with 50 litres of grape spirit at 96% abv, "
    "ignoring contraction what's the abv of the blend in percent",
    (450 * dec("15.5") + 50 * 96) / (450 + 50),
)
calc(
    LEX,
    "Our dictionary has 318,000 headwords. This update revises 2.4% of them and adds 1,150 "
    "brand-new entries. How many entries are touched in total, revised plus new?",
    318000 * pct("2.4") + 1150,
)
calc(
    CUPPING,
    "sample 7, scores from the five judges: 86.25, 87.5, 85.75, 88, 86.5. drop the highest "
    "and the lowest and average what's left",
    (dec("86.25") + dec("87.5") + dec("86.5")) / 3,
)
calc(
    DRAGONFLY,
    "Along 800 m of the drain I counted 47 common darters, 19 ruddy darters, 6 emperors and "
    "2 hairy dragonflies. What's that per 100 metres of bank?",
    F(47 + 19 + 6 + 2) / 8,
)
calc(
    LICHEN,
    "The biggest Rhizocarpon thallus on the 1843 headstone is 61.2 mm across. If it grows "
    "0.48 mm a year in diameter, how many years of growth is that?",
    dec("61.2") / dec("0.48"),
)
calc(
    KORA,
    "Six naming ceremonies this month and each family paid us 2,500 dalasi plus a 1,000 "
    "dalasi gift. The drummer takes 15% off the top and the rest is split equally four ways. "
    "What's each share in dalasi?",
    6 * (2500 + 1000) * (1 - pct(15)) / 4,
)
calc(
    FAROE,
    "Each jumper uses 650 g of yarn and we have 47.3 kg of undyed wool in the loft. How many "
    "complete jumpers can we knit from it (round down)?",
    floor_whole(dec("47.3") * 1000 / 650),
)
calc(
    TRISTAN,
    "The ship landed 340 sacks of flour at 25 kg each. The bakery and households get through "
    "42.5 kg a day between them. How many days will the flour last?",
    340 * 25 / dec("42.5"),
)
calc(
    GOBI,
    "23 tourists booked for three nights at $65 per guest per night, and groups over 20 get "
    "10% off. the gers sleep 4 each. what's the total bill in dollars",
    23 * 65 * 3 * (1 - pct(10)),
)
calc(
    GOBI,
    "milking 14 mares six times a day, roughly 0.35 litres a milking, and 80% of it goes into "
    "the airag churn. litres a day into the churn =",
    14 * 6 * dec("0.35") * dec("0.8"),
)
calc(
    BHUTAN,
    "Couple staying 5 nights with their 9-year-old. The SDF is US$100 per adult per night and "
    "the child pays half that; the homestay itself is Nu 1,800 a night for the room. What's the "
    "SDF total in dollars?",
    (2 * 100 + 50) * 5,
)
calc(
    QUINOA,
    "The co-op sold 18,400 kg of royal quinoa at Bs 14.75 per kilo. 8% goes into the community "
    "fund and the rest is split equally among the 23 families. What does each family get, in "
    "bolivianos?",
    18400 * dec("14.75") * (1 - pct(8)) / 23,
)
calc(
    QUINOA,
    "yields went from 1,150 kg a hectare to 1,380 kg a hectare after the terraces were "
    "repaired, what percentage increase is that",
    F(1380 - 1150, 1150) * 100,
)
calc(
    ORANGUTAN,
    "juvenile weighs 8.4 kg, antibiotic dose is 12.5 mg/kg twice a day for 7 days. total mg "
    "for the whole course?",
    dec("8.4") * dec("12.5") * 2 * 7,
)
calc(
    AMAZON,
    "The launch carries 2,400 litres of diesel and burns 40 litres an hour at cruising speed. "
    "We always keep 15% of the tank in reserve. How many hours of cruising can we plan for?",
    2400 * (1 - pct(15)) / 40,
)
calc(
    HURRICANE,
    "Alpha pattern on this mission: four legs of 105 nm each, plus 210 nm transit out and "
    "210 nm back. At 240 knots ground speed, how many hours is that?",
    F(4 * 105 + 210 + 210, 240),
)
calc(
    AUCTIONEER,
    "Pen of 36 lambs averaging 42.5 kg, sold at 265p a kilo. Commission is 4%. What does the "
    "vendor take home, in pounds?",
    36 * dec("42.5") * dec("2.65") * (1 - pct(4)),
)
calc(
    RETURNING,
    "40,135 ballot papers verified against an electorate of 62,500 - turnout as a percentage?",
    F(40135, 62500) * 100,
)
calc(
    HANSARD,
    "Backbench debate of 95 minutes. Two front-bench speeches of 10 minutes each and 15 minutes "
    "for the minister to wind up; the rest is shared equally by 16 backbenchers. How many "
    "minutes does each backbencher get?",
    F(95 - 2 * 10 - 15, 16),
)
calc(
    HANSARD,
    "debate ran 3 hours 20 minutes and the speakers averaged 145 words a minute. how many words "
    "is that to report",
    (3 * 60 + 20) * 145,
)
calc(
    SPEEDRUN,
    "splits 1:42.318, 3:05.907, 2:58.440 and 4:11.025 - total in seconds?",
    (60 + dec("42.318")) + (180 + dec("5.907")) + (120 + dec("58.440")) + (240 + dec("11.025")),
)
calc(
    SPEEDRUN,
    "WR is 1:24:07.5 and my PB is 1:26:51.25, how many seconds behind am I",
    (3600 + 26 * 60 + dec("51.25")) - (3600 + 24 * 60 + dec("7.5")),
)
calc(
    KERNING,
    "Kerning pair was -35 units in the 1000 upm master; the new master is 2048 upm. What's the "
    "scaled kern value before rounding to whole units?",
    F(-35 * 2048, 1000),
)
calc(
    DOULA,
    "My birth package is £1,150. She's paid a 30% deposit and the rest is split into two equal "
    "instalments. How much is each instalment?",
    1150 * (1 - pct(30)) / 2,
)
calc(
    ELEVATOR,
    "Rated load on the car is 1,600 kg and we assume 75 kg a person. How many persons can the "
    "capacity plate say (round down)?",
    floor_whole(F(1600, 75)),
)
calc(
    ELEVATOR,
    "load test at 125% of the 1,600 kg rated load using 25 kg test weights - how many weights "
    "do I need on the car",
    1600 * (1 + pct(25)) / 25,
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

CARAT = F(1, 5)  # g (metric carat)
NMI = 1852  # m (nautical mile)
PT = IN / 72  # m (PostScript point)

unit_r(P, "ran 26.2 miles on sunday, how many km is that", dec("26.2") * MI / 1000)
unit_r(P, "convert 72°F to Celsius", f_to_c(72))
unit(P, "my passport form wants cm, I'm 5 ft 9 in", (5 * 12 + 9) * IN * 100, EXACT)
unit_r(P, "weighed in at 11 st 4 lb, what's that in kilos", 11 * STONE + 4 * LB)
unit_r(P, "flat is listed as 45 m², how many sq ft", 45 / SQFT)
unit_r(P, "tyre placard says 32 psi, the garage pump only does kPa", 32 * PSI / 1000)
unit_r(P, "speed limit sign says 100 km/h - mph?", 100 * KMH / MPH)
unit_r(P, "25 acres is how many hectares", dec("25") * ACRE / 10000)
unit_r(P, "oven says 350 F, what's that in C", f_to_c(350))
unit(P, "how many MiB are in 3.5 GiB", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "1500 metres swim, how many yards is that", 1500 / YD)
unit_r(P, "8 oz in grams", 8 * OZ * 1000)
unit(P, "-40 celsius in fahrenheit, is it really the same number", c_to_f(-40), EXACT)
unit_r(P, "Everest is 8,849 m, how many feet is that", 8849 / FT)

unit_r(
    FOG,
    "One net is 4 m by 10 m of mesh. What's that in square feet for the American donor's report?",
    4 * 10 / SQFT,
)
unit(
    FOG,
    "anemometer on the ridge averaged 7.5 m/s overnight, in km/h please",
    dec("7.5") / KMH,
    EXACT,
)
unit_r(TEA, "A chest is 54 kg net. How many pounds is that for the London buyer?", 54 / LB)
unit(
    OPAL,
    "weighed the parcel at 41.4 carats, how many grams is that (metric carats)",
    dec("41.4") * CARAT,
    EXACT,
)
unit_r(ROSE, "the still's boiler gauge reads 1.2 bar - what's that in psi", dec("1.2") * BAR / PSI)
unit_r(
    SHERRY,
    "How many cubic feet is a 500 litre butt?",
    F(500, 1000) / CUFT,
)
unit(
    LEX,
    "The entry says a furlong is 220 yards. Exactly how many metres is that?",
    220 * YD,
    EXACT,
)
unit_r(
    LEX,
    "checking the sense of 'league' as 3 statute miles: what's that in kilometres",
    3 * MI / 1000,
)
unit(CUPPING, "brew water at 93 °C, in Fahrenheit?", c_to_f(93), EXACT)
unit_r(
    DRAGONFLY,
    "Emperor dragonflies have been clocked at 10 m/s. What's that in mph?",
    10 / MPH,
)
unit_r(LICHEN, "thallus is 61.2 mm across, in inches", dec("61.2") / 1000 / IN)
unit_r(
    KORA,
    "My checked allowance is 23 kg and the kora in its hard case weighs 14 lb 6 oz. How many kg "
    "does that leave for everything else?",
    23 - (14 * LB + 6 * OZ),
)
unit_r(FAROE, "a skein weighs 100 g - in ounces?", F(100, 1000) / OZ)
unit(
    TRISTAN,
    "the supply ship cruises at 11 knots, what is that in km/h",
    11 * KNOT / KMH,
    EXACT,
)
unit_r(
    TRISTAN,
    "Cape Town is 2,810 km from the settlement. How many nautical miles is that?",
    F(2810 * 1000, NMI),
)
unit(
    GOBI,
    "It got down to -31 °C in the night. What's that in Fahrenheit for the American guests?",
    c_to_f(-31),
    EXACT,
)
unit_r(BHUTAN, "Paro airport sits at 2,235 m, in feet?", 2235 / FT)
unit_r(QUINOA, "our plot is 2.75 hectares, how many acres", dec("2.75") * 10000 / ACRE)
unit_r(
    ORANGUTAN,
    "The juvenile weighs 8.4 kg. In pounds for the US sponsors' newsletter?",
    dec("8.4") / LB,
)
unit_r(AMAZON, "the clinic boat is 28 m long - how many feet is that", 28 / FT)
unit(HURRICANE, "we're level at 10,000 ft, in metres", 10000 * FT, EXACT)
unit_r(
    HURRICANE,
    "SFMR shows surface winds of 115 knots. Convert to mph for the public advisory.",
    115 * KNOT / MPH,
)
unit_r(
    AUCTIONEER,
    "The field behind the mart is 12 acres. What is that in hectares?",
    12 * ACRE / 10000,
)
unit_r(
    RETURNING,
    "The count is in a sports hall 34 m by 18 m. What's the floor area in square feet?",
    34 * 18 / SQFT,
)
unit_r(
    HANSARD,
    "the Member said the bypass would be 4.3 miles long - km?",
    dec("4.3") * MI / 1000,
)
unit(
    SPEEDRUN,
    "my save file is 2,457,600 bytes, how many KiB is that",
    F(2457600, KIB),
    EXACT,
)
unit_r(
    KERNING,
    "12 pt type with 1 pt = 1/72 inch: how many millimetres is that?",
    12 * PT * 1000,
)
unit_r(
    DOULA,
    "Baby arrived at 7 lb 15 oz. What's that in kg for the midwife's notes?",
    7 * LB + 15 * OZ,
)
unit(DOULA, "birth pool water at about 37 °C, what's that in F", c_to_f(37), EXACT)
unit_r(
    ELEVATOR,
    "Rated speed of the car is 2.5 m/s. In feet per minute?",
    dec("2.5") * 60 / FT,
)
unit_r(ELEVATOR, "pit depth is 1,400 mm, how many inches", F(1400, 1000) / IN)


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


def working_day_before(end, n):
    """The n-th Monday-to-Friday day before end (end itself not counted)."""
    d = end
    while n:
        d -= TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def weekdays_inclusive(a, b):
    """Monday-to-Friday days from a to b, both counted."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() < SAT)


def next_weekday_if_weekend(d):
    while d.weekday() >= SAT:
        d += TD(days=1)
    return d


date_item(
    P, "storming of the bastille, 14 July 1789 - what weekday was it", weekday(D(1789, 7, 14))
)
date_item(
    P,
    "count the days from 3 March 2031 until 19 November 2031, not counting the start day",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "what's the date 100 days after 15 January 2030", D(2030, 1, 15) + TD(days=100))
date_item(
    P,
    "how old is someone born 12 August 1987 on 11 August 2030",
    age(D(1987, 8, 12), D(2030, 8, 11)),
)
_w0 = D(2031, 1, 6)
_w1 = _w0 + TD(weeks=25)
date_item(P, f"how many weeks from {sayw(_w0)} to {sayw(_w1)}", weeks(_w0, _w1))
date_item(P, "90 days before December 25, 2029?", D(2029, 12, 25) - TD(days=90))
date_item(P, "how many days are there in February 2100", calendar.monthrange(2100, 2)[1])
date_item(P, "what weekday is 4/15/2032", weekday(D(2032, 4, 15)))
date_item(P, "minutes from 22:45 to 06:10", clock_span("22:45", "06:10", 60))
_a, _b = D(2031, 6, 2), D(2031, 6, 27)
date_item(
    P,
    f"how many weekdays (Mon-Fri) are there from {sayw(_a)} to {sayw(_b)}, both included",
    weekdays_inclusive(_a, _b),
)
date_item(
    P,
    "flight leaves Heathrow 21:30 on 10 March 2031 and lands at JFK 01:40 on 11 March 2031, "
    "local times. how long is it in the air, in minutes",
    utc_minutes("2031-03-10T21:30", "Europe/London", "2031-03-11T01:40", "America/New_York"),
)
date_item(P, "6 weeks after 28 November 2030 is what date", D(2030, 11, 28) + TD(weeks=6))
date_item(P, "10,000 days after 1 January 2000 is which date", D(2000, 1, 1) + TD(days=10000))
date_item(P, "date of the last Friday in October 2031", nth_weekday(2031, 10, FRI, -1))

_fog = D(2031, 3, 3)
date_item(
    FOG,
    f"We strung the new mesh on {sayw(_fog)} and it's rated for 540 days of exposure. On what "
    "date does it reach 540 days?",
    _fog + TD(days=540),
)
_sale = D(2031, 6, 16)
assert (_sale + TD(days=12)).weekday() >= SAT  # the weekend rule is exercised
date_item(
    TEA,
    f"sale held {sayw(_sale)}. prompt day is 12 calendar days after the sale, or the Monday "
    "after if that falls on a weekend. prompt date?",
    next_weekday_if_weekend(_sale + TD(days=12)),
)
date_item(
    OPAL,
    "my permit started on 12 October 2030 and runs out 1,000 days after that start date. what "
    "date does it run out",
    D(2030, 10, 12) + TD(days=1000),
)
date_item(
    ROSE,
    "Picking starts at first light on 20 May 2031 and runs for 25 days counting that first day. "
    "What weekday is the last day of picking?",
    weekday(D(2031, 5, 20) + TD(days=24)),
)
date_item(
    ROSE,
    "The rose festival parade in Kazanlak is on the first Sunday of June. What date is that in "
    "2031?",
    nth_weekday(2031, 6, SUN, 1),
)
date_item(
    SHERRY,
    "this butt went into the solera on 15 November 2027. how many days had it been ageing by "
    "1 March 2031",
    days(D(2027, 11, 15), D(2031, 3, 1)),
)
date_item(
    LEX,
    "Our quarterly online update goes live on the second Thursday of March 2031. What's the date?",
    nth_weekday(2031, 3, THU, 2),
)
date_item(
    CUPPING,
    "Roasted on 2 February 2031 (the green was harvested 12 December 2030) and we rest samples "
    "21 days before cupping. Cupping date?",
    D(2031, 2, 2) + TD(days=21),
)
_final = D(2031, 10, 11)
date_item(
    CUPPING,
    f"judges have to be certified at least 90 days before the final on {sayw(_final)}. what's "
    "the latest date to get certified",
    _final - TD(days=90),
)
date_item(
    DRAGONFLY,
    "first emperor of the season on 28 May 2031, last one on 4 September 2031. how many days is "
    "that, counting both",
    days(D(2031, 5, 28), D(2031, 9, 4)) + 1,
)
date_item(
    LICHEN,
    "The headstone says died 17 March 1843. What day of the week was that?",
    weekday(D(1843, 3, 17)),
)
_born = D(2031, 4, 5)
date_item(
    KORA,
    f"Baby born {sayw(_born)}. The naming ceremony is on the eighth day, counting the day of "
    "birth as day one. What date is it?",
    _born + TD(days=7),
)
date_item(
    KORA,
    "Flight leaves Banjul 23:55 on 29 March 2031 and lands in Brussels 07:45 on 30 March 2031, "
    "both local times. How many minutes in the air?",
    utc_minutes("2031-03-29T23:55", "Africa/Banjul", "2031-03-30T07:45", "Europe/Brussels"),
)
date_item(
    FAROE,
    "Ólavsøka is on 29 July. Our order has to ship 45 days before 29 July 2031 - what's the ship "
    "date?",
    D(2031, 7, 29) - TD(days=45),
)
date_item(
    TRISTAN,
    "The ship called on 2 September 2031 and the next call is 21 October 2031. How many days "
    "between calls?",
    days(D(2031, 9, 2), D(2031, 10, 21)),
)
date_item(
    GOBI,
    "guests check in on 4 July 2031 for 9 nights. what date do they check out",
    D(2031, 7, 4) + TD(days=9),
)
_arrive = D(2031, 10, 23)
date_item(
    BHUTAN,
    f"Guests arrive on {sayw(_arrive)} and stay 6 nights. What day of the week do they leave?",
    weekday(_arrive + TD(days=6)),
)
date_item(
    QUINOA,
    "We sowed on 18 September 2030 and this variety takes 150 days to harvest. Harvest date?",
    D(2030, 9, 18) + TD(days=150),
)
date_item(
    ORANGUTAN,
    "She came into care on 9 November 2029 and was released back to the forest on 1 May 2031. "
    "How many days was she in care?",
    days(D(2029, 11, 9), D(2031, 5, 1)),
)
date_item(
    ORANGUTAN,
    "our vet puts the infant's birth at about 14 June 2026. how old is she in whole years on "
    "1 May 2031",
    age(D(2026, 6, 14), D(2031, 5, 1)),
)
_visit = D(2031, 3, 7)
date_item(
    AMAZON,
    f"The clinic boat reaches each village every 17 days. First visit was {sayw(_visit)}. What's "
    "the date of the sixth visit?",
    _visit + TD(days=17 * 5),
)
date_item(
    HURRICANE,
    "wheels up from Keesler in Biloxi (Central time) at 05:30 on 14 September 2031, wheels down "
    "at St. Croix at 16:50 local, Atlantic time. how many minutes was the flight",
    utc_minutes("2031-09-14T05:30", "America/Chicago", "2031-09-14T16:50", "America/St_Thomas"),
)
date_item(
    AUCTIONEER,
    "The store lamb sale is always the fourth Wednesday in August. What date is it in 2031?",
    nth_weekday(2031, 8, WED, 4),
)
_poll = D(2031, 5, 1)
date_item(
    RETURNING,
    f"Polling day is {sayw(_poll)}. Nominations close on the 19th working day before polling "
    "day (Monday to Friday only, ignore bank holidays). What date do nominations close?",
    working_day_before(_poll, 19),
)
date_item(
    RETURNING,
    "poll closed at 22:00 and we declared at 03:20. minutes from close of poll to declaration?",
    clock_span("22:00", "03:20", 60),
)
date_item(
    HANSARD,
    "The House sat from 14:37 until it rose at 01:12 the following morning. How many minutes "
    "is that?",
    clock_span("14:37", "01:12", 60),
)
date_item(
    SPEEDRUN,
    "the game came out on 21 November 2025, how many days old was it on 1 March 2031",
    days(D(2025, 11, 21), D(2031, 3, 1)),
)
date_item(
    KERNING,
    "The font licence starts 1 February 2031 and ends 1,095 days after that. What's the end date?",
    D(2031, 2, 1) + TD(days=1095),
)
date_item(
    DOULA,
    "LMP was 19 August 2030. Due date by Naegele's rule, i.e. 280 days after the first day of "
    "the LMP?",
    D(2030, 8, 19) + TD(days=280),
)
date_item(
    DOULA,
    "her last period started 19 September 2030 and I go on call at exactly 37 weeks, 259 days "
    "after that. what date do I go on call",
    D(2030, 9, 19) + TD(days=259),
)
_exam = D(2031, 1, 14)
date_item(
    ELEVATOR,
    f"Last thorough examination was on {sayw(_exam)}; they're due every 182 days. Next due date?",
    _exam + TD(days=182),
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
            (U, "For this puzzle, a ⊕ b means a×b + a. Got it?"),
            (A, "Got it: a ⊕ b = a×b + a."),
            (U, "so what's 6 ⊕ 7 ⊕ 2, working left to right"),
        ],
        "⊕ was redefined earlier in the chat; a calculator does not know the definition",
    ),
    (
        "conv-base-seven",
        [
            (U, "helping my daughter with base-7 homework, every number below is in base 7"),
            (A, "Sure, send the sums over and I'll work them in base 7."),
            (U, "45 + 36 = ?"),
        ],
        "the numbers are base 7, so decimal addition gives the wrong answer",
    ),
    (
        "conv-clock-modulus",
        [
            (S, "You are a tutor for modular arithmetic. All answers are reduced mod 12."),
            (U, "9 + 7 + 11"),
        ],
        "the system turn sets arithmetic mod 12",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel the year has ten months of 36 days each, named Firstmoon through "
                    "Tenthmoon."
                ),
            ),
            (A, "Lovely, a 360-day year. What do you need worked out?"),
            (U, "how many days from the 3rd of Firstmoon to the 20th of Thirdmoon"),
        ],
        "a fictional calendar defined earlier; the date tool only knows the Gregorian one",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in our tabletop game 1 zorb = 7 glims and 1 glim = 4 pips"),
            (A, "Noted: zorb, glim, pip."),
            (U, "how many pips in 12 zorbs and 3 glims"),
        ],
        "made-up units defined earlier in the conversation",
    ),
    (
        "conv-python-floor-division",
        [
            (S, "You explain what Python 3 expressions evaluate to."),
            (U, "what does 7 // -2 give"),
        ],
        "Python floor division rounds towards minus infinity; the meaning is language-specific",
    ),
    (
        "conv-javascript-float",
        [
            (U, "quick JavaScript question: what's typeof null?"),
            (A, "It's 'object' - a long-standing quirk of the language."),
            (U, "and 0.1 + 0.2 ?"),
        ],
        "asks what JavaScript prints (floating-point artefact), not the exact sum",
    ),
    (
        "conv-unequal-split",
        [
            (
                U,
                (
                    "Four of us rented a cottage and agreed Sam pays a double share because he "
                    "had the big room."
                ),
            ),
            (A, "Makes sense, so Sam counts as two shares and there are five shares in all."),
            (U, "total came to £1,240, what does each person pay"),
        ],
        "the split agreed earlier changes the answer; the last turn alone reads as an even split",
    ),
    (
        "conv-history-fact",
        [
            (U, "I'm reading about the Battle of Hastings."),
            (A, "Great topic! What would you like to know?"),
            (U, "how many years before Magna Carta was that"),
        ],
        "needs historical dates only the model knows",
    ),
    (
        "conv-excel-serial",
        [
            (U, "I pasted dates out of Excel and they came out as plain numbers."),
            (A, "Those are Excel date serial numbers; I can convert them."),
            (U, "so what is 46000 as a date"),
        ],
        "needs knowledge of Excel's 1900 date system and its leap-year quirk",
    ),
    (
        "conv-music-interval",
        [
            (U, "Music theory: we're counting in semitones on a piano keyboard."),
            (A, "Sure - twelve semitones to the octave."),
            (U, "what's C plus 7"),
        ],
        "the answer is a note name, from music theory set up earlier",
    ),
    (
        "conv-golf-par",
        [
            (U, "Par at my club is 71."),
            (A, "Noted, par 71."),
            (U, "I was 5 over on the front nine and 3 under on the back, so what did I shoot"),
        ],
        "needs the par stated earlier and golf scoring conventions",
    ),
    (
        "conv-hex",
        [
            (S, "All numbers in this conversation are hexadecimal."),
            (U, "10 + 26"),
        ],
        "the numbers are hexadecimal per the system turn",
    ),
    (
        "conv-game-day-length",
        [
            (U, "In my game world a day lasts 30 hours."),
            (A, "Cool, long days! Anything to work out?"),
            (U, "how many hours are 3 days and 5 hours"),
        ],
        "a fictional day length set earlier",
    ),
    (
        "conv-c-xor",
        [
            (S, "You are helping someone debug C code."),
            (U, "what's 5 ^ 3"),
        ],
        "in C, ^ is bitwise XOR, not a power",
    ),
    (
        "conv-scottish-tax",
        [
            (U, "I'm employed in Scotland on the standard tax code."),
            (A, "OK - Scottish income tax bands apply. What's your salary?"),
            (U, "£50,000, how much income tax is that"),
        ],
        "needs current Scottish tax bands, which only the model knows",
    ),
    (
        "conv-shire-reckoning",
        [
            (U, "Let's use the Shire Reckoning from Tolkien's appendices."),
            (A, "Right - twelve 30-day months plus the Yule and Lithe days."),
            (U, "how many days from 1 Afteryule to 1 Rethe"),
        ],
        "a fictional calendar with extra days outside the months",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "These are cricket overs, so 12.4 means 12 overs and 4 balls."),
            (A, "Right, six balls to an over."),
            (U, "12.4 + 7.3"),
        ],
        "overs notation is base 6 after the point",
    ),
    (
        "conv-timesheet-notation",
        [
            (U, "Our timesheets write 3.45 to mean 3 hours 45 minutes."),
            (A, "Understood, hours.minutes."),
            (U, "so add 3.45, 2.30 and 1.50"),
        ],
        "hours.minutes notation set earlier; decimal addition is wrong",
    ),
    (
        "conv-fiscal-weeks",
        [
            (
                U,
                (
                    "Our retail year starts on the Sunday nearest the end of January and weeks "
                    "are numbered from 1."
                ),
            ),
            (A, "A 4-5-4 style retail calendar then. Which year?"),
            (U, "FY2031. what date is week 14, day 3"),
        ],
        "a company-specific retail calendar defined earlier",
    ),
    (
        "conv-hijri-calendar",
        [
            (U, "I keep the Hijri calendar for fasting."),
            (A, "OK, happy to help with Hijri dates."),
            (U, "how many days will Ramadan 1453 have"),
        ],
        "depends on the lunar calendar and moon sighting, which needs the model",
    ),
    (
        "conv-binary",
        [
            (U, "everything I type next is in binary"),
            (A, "Got it, binary it is."),
            (U, "1011 + 110 + 1"),
        ],
        "the numbers are binary",
    ),
    (
        "conv-field-mod-seven",
        [
            (S, "We are doing arithmetic in the field of integers modulo 7."),
            (U, "what's 3 divided by 5"),
        ],
        "division means multiplying by a modular inverse",
    ),
    (
        "conv-custom-average-operator",
        [
            (U, "Let x @ y be the average of x and y."),
            (A, "Okay, x @ y = (x + y) / 2."),
            (U, "10 @ 20 @ 60, left to right"),
        ],
        "@ was defined earlier in the chat",
    ),
    (
        "conv-board-game-currency",
        [
            (
                U,
                (
                    "In our board game 1 crown was 12 shillings, but we house-ruled it to 15 "
                    "shillings."
                ),
            ),
            (A, "Got it, 15 shillings to the crown."),
            (U, "how many shillings is 7 crowns and 9 shillings"),
        ],
        "a house-ruled fictional currency",
    ),
    (
        "conv-percentage-points",
        [
            (U, "Our mortgage rate went from 5% to 7%."),
            (A, "That's quite a jump."),
            (U, "so what's the increase?"),
        ],
        "ambiguous between percentage points and percent; needs explanation",
    ),
    (
        "conv-orwell",
        [
            (U, "In Nineteen Eighty-Four, the Party insists on a famous sum."),
            (A, "Yes, it's central to Winston's breaking in Room 101."),
            (U, "so in the book what is 2 + 2"),
        ],
        "asks about the novel (five), not arithmetic",
    ),
    (
        "conv-molar-mass",
        [
            (U, "chemistry homework on sodium chloride"),
            (A, "Sure, what's the question?"),
            (U, "how many grams is 2.5 moles"),
        ],
        "needs the molar mass of NaCl, a fact a calculator lacks",
    ),
    (
        "conv-postgres-integer-division",
        [
            (U, "In Postgres both columns are integer type."),
            (A, "OK, integer arithmetic then."),
            (U, "what's 7/2 then"),
        ],
        "integer division truncates in SQL",
    ),
    (
        "conv-dnd-modifier",
        [
            (U, "Playing D&D 5e, my Strength score is 16."),
            (A, "That's a +3 modifier."),
            (
                U,
                (
                    "I rolled a 14 on the d20 for an athletics check, proficiency +2, "
                    "what's my total"
                ),
            ),
        ],
        "needs game rules and the modifier from earlier",
    ),
    (
        "conv-hen-do-split",
        [
            (
                U,
                (
                    "For the hen do we said the bride and her sister don't pay for the spa, "
                    "everyone else splits it."
                ),
            ),
            (A, "Lovely - so the cost is shared by everyone except those two."),
            (U, "there are 9 of us and the spa was £630, how much each"),
        ],
        "the exclusions agreed earlier change the split",
    ),
    (
        "conv-odd-time-signature",
        [
            (U, "The song's in 7/8 and the tempo is 140 bpm counted in eighth notes."),
            (A, "So each bar is seven beats at 140 per minute."),
            (U, "how long is 32 bars in seconds"),
        ],
        "the tempo convention and metre come from the earlier turns",
    ),
    (
        "conv-planet-year",
        [
            (U, "Worldbuilding: my planet orbits its star in 412 local days of 26 hours each."),
            (A, "Nice, a long, slow year."),
            (U, "how many hours in one of their years"),
        ],
        "a fictional planet's day and year",
    ),
    (
        "conv-year-day-month",
        [
            (U, "Heads up, my spreadsheet writes dates as year-day-month."),
            (A, "Got it, I'll read them that way."),
            (U, "how many days from 2031-03-04 to 2031-10-04"),
        ],
        "the dates are year-day-month, so the ISO reading is wrong",
    ),
    (
        "conv-rugby-scoring",
        [
            (U, "Talking rugby union scoring."),
            (A, "Sure - tries, conversions, penalties and drop goals."),
            (U, "3 tries, 2 conversions and 4 penalties - what's the total"),
        ],
        "needs the point values of rugby union scores",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone",
        "is 07700 900123 a real UK mobile number or one of the fake ones",
        "phone number",
    ),
    ("near-phone", "whose number is 0118 999 881 999 119 725 3", "phone number joke"),
    ("near-isbn", "what book is ISBN 978-0-14-103614-4", "identifier lookup"),
    ("near-isbn", "is 0-306-40615-2 a valid ISBN-10 and what does the check digit do", "explain"),
    ("near-version", "is python 3.10 newer than 3.9? my linter thinks otherwise", "versions"),
    ("near-version", "what changed between node 18.19.0 and 20.11.1", "release notes"),
    ("near-version", "should I upgrade from Ubuntu 22.04 to 24.04 on a server", "opinion"),
    ("near-score", "who won the 2018 World Cup final 4-2", "sports fact"),
    ("near-score", "is 1450 a good SAT score for engineering programs", "opinion"),
    ("near-score", "what does a 6.5 band in IELTS mean for a UK visa", "explanation"),
    ("near-score", "is a credit score of 720 good enough for a mortgage", "opinion"),
    ("near-range", "what's a normal range for fasting blood glucose, is 5.8 bad", "medical"),
    ("near-range", "my blood pressure is 142/91, is that high", "medical reading"),
    ("near-range", "is 37.8 a fever in a toddler", "medical advice"),
    ("near-range", "what does a 3-5 day delivery estimate usually mean in practice", "opinion"),
    ("near-part", "will a 6205-2RS bearing fit where a 6205ZZ was", "part numbers"),
    ("near-part", "difference between an M8 and an M10 bolt for a wall bracket", "advice"),
    ("near-part", "is 5W-30 oil okay in a car that says 5W-40", "advice"),
    (
        "near-part",
        "what's the difference between a 13A and a 3A fuse and which for a lamp",
        "advice",
    ),
    ("near-code", "my API returned HTTP 418, is that a real error or a joke", "status code"),
    ("near-code", "error 0x80070005 when updating windows, how do I fix it", "error code"),
    ("near-code", "what does chmod 755 actually allow", "permissions"),
    ("near-code", "what's port 5432 normally used for", "port number fact"),
    ("near-reference", "what does 1 Corinthians 13:4-7 say", "scripture reference"),
    ("near-reference", "what's in article 50 of the treaty on european union", "legal reference"),
    ("near-reference", "what is a section 21 notice and how long does it give a tenant", "law"),
    ("near-reference", "explain chapter 11 vs chapter 7 bankruptcy", "law"),
    ("near-reference", "what's on page 394 of the first Harry Potter book", "book content"),
    ("near-explain", "why is 0.999 recurring equal to 1", "explanation"),
    ("near-explain", "why are there 60 minutes in an hour and not 100", "history"),
    ("near-explain", "what does p < 0.05 actually mean", "statistics concept"),
    ("near-explain", "why does 0! equal 1", "explanation"),
    ("near-explain", "explain the 80/20 rule with an example from retail", "explanation"),
    (
        "near-explain",
        "what's the 4% rule for retirement and is it still sensible",
        "finance opinion",
    ),
    ("near-explain", "how does compound interest differ from simple interest", "explanation"),
    ("near-explain", "why is pi irrational, in plain words", "explanation"),
    ("near-fact", "how tall is Kilimanjaro's Uhuru Peak in feet", "needs the mountain's height"),
    ("near-fact", "how old was Mozart when he wrote his first symphony", "biography fact"),
    ("near-fact", "what's the boiling point of ethanol in fahrenheit", "chemistry fact"),
    ("near-fact", "how far is it from Lima to Cusco by road, in km", "geography fact"),
    ("near-fact", "how many days did the Apollo 11 mission last", "history fact"),
    (
        "near-fact",
        "which year did the Berlin Wall go up, and how long did it stand",
        "history fact",
    ),
    ("near-fact", "how long does light from the sun take to reach Mars", "astronomy fact"),
    ("near-fact", "what's the population density of Bangladesh per km²", "statistic"),
    ("near-fact", "how many grams of protein in 100 g of lentils", "nutrition fact"),
    ("near-fact", "how much is 100 dollars from 1970 worth in today's money", "needs CPI data"),
    ("near-fact", "what's the exchange rate euro to yen at the moment", "live data"),
    ("near-fact", "what's the speed of sound at 11,000 m altitude", "physics data"),
    ("near-fact", "how many moles are in 10 g of water", "needs molar mass"),
    ("near-sizes", "UK shoe size 9 in EU sizing for Birkenstocks", "brand size chart"),
    ("near-sizes", "I'm a UK dress size 12, what's that in US and Italian", "size charts vary"),
    ("near-sizes", "what size bike frame for someone 5 ft 7", "advice"),
    ("near-sizes", "is a 65 inch TV too big for a 3.5 m viewing distance", "opinion"),
    ("near-meaning", "what does 10-20 mean on a trucker's CB radio", "slang"),
    ("near-meaning", "what does 24/7/365 imply in a service contract", "contract meaning"),
    ("near-meaning", "why do people say 'catch-22'", "idiom"),
    ("near-meaning", "what does a 2:1 degree mean to a US employer", "education systems"),
    ("near-meaning", "what's a 9/80 work schedule", "explanation"),
    ("near-meaning", "what do the numbers in 18-8 stainless steel mean", "materials"),
    ("near-opinion", "is 3 eggs a day too many", "health opinion"),
    ("near-opinion", "is 120k a good salary in Zurich", "opinion with local facts"),
    ("near-opinion", "is 10,000 steps a day actually necessary", "opinion"),
    ("near-opinion", "is 16:9 or 21:9 better for gaming", "opinion"),
    ("near-opinion", "should I pay off a 4.2% mortgage early or invest", "advice"),
    ("near-opinion", "is 1234 as a pin really that much worse than 7391", "security opinion"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short toast for my brother's wedding, he's a marine biologist and hates speeches",
        "rewrite this sentence to sound less passive-aggressive: as per my last email",
        "draft a polite note to a neighbour about their wind chimes at night",
        "give me three opening lines for a ghost story set in a 24-hour launderette in Leeds",
        "can you make my cover letter for a museum archivist job sound less stiff",
        "write a limerick about a cat who steals socks",
        "help me write a eulogy for my grandad who kept pigeons",
        "summarise the plot of Middlemarch in five sentences",
        "write a product description for hand-thrown porcelain mugs",
        "suggest a title for my memoir about growing up above a chip shop",
    ],
    "cooking": [
        "what can I make with leftover saffron risotto and some peas",
        "how do I stop my sourdough from spreading flat",
        "vegan substitute for egg wash on pastry",
        "why does my caramel keep crystallising",
        "ideas for a picnic that survives a hot car",
        "how do you make proper Yorkshire puddings rise",
        "what goes well with roasted fennel",
        "is it safe to refreeze defrosted prawns",
        "how do I season a carbon steel wok",
        "easy dinner for a toddler who only eats beige food",
    ],
    "coding": [
        "explain python decorators like I'm new to it",
        "why does my React component render twice in dev mode",
        "how do I undo a git rebase I just did",
        "explain process vs thread using a restaurant kitchen analogy",
        "write a bash one-liner to find the largest files in a directory",
        "how do I centre a div vertically with flexbox",
        "review this SQL: SELECT * FROM orders WHERE status = NULL",
        "what's a good way to structure a small Flask app",
        "why is my docker image 2GB and how do I shrink it",
        "explain what a race condition is with a real-world example",
    ],
    "advice": [
        "how do I tell my flatmate they need to pay their share of the bills",
        "tips for a first week at a new job",
        "my dog is scared of fireworks, what helps",
        "how should I prepare for a panel interview",
        "what's a polite way to decline a wedding invitation",
        "how do I get my teenager to talk to me more",
        "ways to stay motivated learning the violin as an adult",
        "I keep procrastinating on my thesis, any strategies",
        "how do I ask for a pay rise at a small family firm without sounding greedy",
        "what should I pack for a week of hiking in the Lake District",
    ],
    "trivia": [
        "who painted the Arnolfini Portrait",
        "why is the sky blue but sunsets red",
        "what's the origin of the word 'sabotage'",
        "who invented the cat's eye road reflector",
        "why do onions make you cry",
        "what language is spoken in Andorra",
        "what's the difference between a crocodile and an alligator",
        "who was the first woman to win a Nobel Prize",
        "why do cats purr even when they are injured",
        "what's the story behind the Eurovision nul points",
    ],
    "travel": [
        "what should I see in Porto if I only have a day",
        "is the Glacier Express worth it",
        "how do I get from Narita to Shibuya with luggage",
        "best time of year to visit Petra",
        "do I need a visa for Vietnam on a British passport",
        "quiet beaches in Crete for families",
        "is leaving a tip at a ryokan in Japan rude",
        "is it worth renting a car in Iceland in winter",
        "what's a good route for a week cycling in the Netherlands",
        "how do night trains in Europe work, do I book a couchette",
    ],
    "health": [
        "what are the early signs of burnout in a junior doctor",
        "how can I improve my sleep without medication",
        "stretches for lower back pain from sitting all day",
        "is it normal to feel dizzy the evening after giving plasma",
        "what's the difference between a cold and flu",
        "how do I start running if I'm very unfit",
        "what helps with hay fever at night besides antihistamines and nasal spray",
        "should I see a doctor about a mole that itches",
        "how do I support a friend with depression",
        "what's a balanced breakfast for someone with type 2 diabetes",
    ],
    "language": [
        "give me a trick to remember 'affect' vs 'effect' in a sentence about weather",
        "translate 'where is the nearest pharmacy' into Portuguese",
        "how do you pronounce 'Worcestershire'",
        "when do I use ser vs estar in Spanish",
        "my boss wrote 'less people attended', is that wrong or just informal",
        "what does 'hygge' mean exactly",
        "teach me five useful phrases in Welsh",
        "is 'octopi' actually wrong or just pedantry",
        "explain the German case system simply",
        "what's a nicer word for 'busy'",
    ],
    "creative": [
        "give me a prompt for a watercolour painting",
        "invent a board game about bees",
        "name ideas for a bookshop that also sells plants",
        "describe a city built inside a giant tree",
        "write a riddle whose answer is 'shadow'",
        "make up a bedtime story about a lighthouse that's afraid of the dark",
        "come up with a band name for a folk-punk trio",
        "design a tarot card for the internet",
        "ideas for a themed birthday party for a seven year old who loves volcanoes",
        "write a haiku about a traffic cone",
    ],
    "tech-support": [
        "my laptop fan is always loud, what can I do",
        "how do I stop my phone's photos filling up my storage",
        "wifi keeps dropping on one laptop only",
        "how do I set up two-factor authentication on my email",
        "printer says offline but it's switched on",
        "how do I move my WhatsApp chats to a new phone",
        "is it safe to use public wifi for banking",
        "my bluetooth headphones only play in one ear",
        "how do I make my old desktop run faster",
        "what's the best way to back up family photos",
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
    # no register (family name) of this set is a family name of sets 19 to 163
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 163: {reused}"
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
