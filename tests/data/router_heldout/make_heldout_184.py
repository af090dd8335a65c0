"""Generate heldout-2027-06-05.jsonl: a hundred-and-eighty-fourth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_184.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-183, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions from Decimal literals (whole items rounded up or down as
the question says, by whole_up/whole_down); units from the exact definitions of the inch, pound,
acre, knot, troy ounce and so on, EXACT where the result terminates in at most 3 decimals and
rounded (ROUNDED tolerance) otherwise; dates, weekdays, ages, working days and day counts with
datetime, and flights between zones with zoneinfo via utc_minutes. Weekdays written next to
dates come from sayw, never typed by hand.

Provenance
----------
Read: this generator (cat of the whole file), grading.py (cat) and earlier_registers.txt (head
and tail, then grep for keywords of candidate register names, printing only the matching
register names). Nothing under /work/main, /work/shared or /work/.library was opened.
Wrote: the four sections by hand in scratch files inside this directory, spliced in with a
small script; 25 registers chosen after grepping earlier_registers.txt so that none is reused
and each sits away from the listed names; the 14 plain questions per tool, 31 register
questions per tool (six registers with two items for each tool, a different six per tool),
35 conversations, 65 near-negatives and 100 ordinary requests. Items the duplicate check
flagged (reported by id only) were reworded without looking at earlier text.
Checked: ran this generator until every check passed (--show to review my expected values),
ruff check --fix --unsafe-fixes (only implicit-concatenation parentheses) and ruff format with
--config /work/main/pyproject.toml, hand-wrapped strings to keep lines within 99 columns, ruff
check again, then the generator again.
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
OUT = HERE / "heldout-2027-06-05.jsonl"
PREFIX = "ho184-"
# earlier generators: sets 1-183 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 184))
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


PALUDIER = "paludier_raking_salt_at_guerande"
ASHCLOUD = "backpacker_grounded_by_a_volcanic_ash_cloud"
FATBERG = "fatberg_removal_crew_under_the_city"
RAVEN = "ravenmaster_feeding_the_tower_ravens"
RANGOLI = "rangoli_artist_before_a_temple_festival"
NOH = "noh_mask_carver_in_kyoto"
TATAMI = "tatami_maker_in_a_kanazawa_workshop"
SHINK = "shinkansen_commuter_between_nagoya_and_tokyo"
FALAJ = "falaj_water_share_keeper_in_oman"
WELLY = "welly_wanging_contest_organiser"
BODGER = "chair_leg_bodger_in_a_beech_wood"
TYPEF = "typefounder_casting_metal_sorts"
SCRIV = "scrivener_notary_in_the_city_of_london"
BULLION = "bullion_vault_clerk_weighing_gold_bars"
SPIDER = "arachnologist_sorting_spider_specimens"
CHIME = "wind_chime_maker_tuning_aluminium_tubes"
ANTS = "ant_keeper_with_a_glass_formicarium"
POODLE = "poodle_groomer_preparing_for_a_breed_show"
MARBLES = "marbles_team_at_tinsley_green"
TOAD = "toad_patrol_volunteer_on_a_migration_night"
BILLIARDS = "bar_billiards_league_captain"
CABER = "caber_tosser_at_a_highland_games"
WAKA = "waka_ama_paddler_in_rotorua"
LIME = "lime_plasterer_restoring_a_cob_cottage"
KUMQUAT = "kumquat_orchard_owner_in_guangxi"


def whole_down(x):
    """The number of complete items that fit (a part item does not count)."""
    x = F(x)
    assert x.denominator != 1, x  # otherwise rounding down is not being tested
    return math.floor(x)


def exact_sqrt(x):
    """The square root of a Fraction that is a perfect square of a rational."""
    x = F(x)
    n, d = math.isqrt(x.numerator), math.isqrt(x.denominator)
    assert F(n, d) ** 2 == x, x
    return F(n, d)


# plain one-line questions
calc(P, "17.5 percent of £2,340 is how much", pct("17.5") * 2340)
calc(P, "3,847 times 29 please", 3847 * 29)
calc(P, "(14.6 - 3.85) * 12", (dec("14.6") - dec("3.85")) * 12)
calc(P, "7056 is a perfect square, of which whole number", exact_sqrt(7056))
calc(P, "how much is 2 to the power of 19", 2**19)
calc(P, "1,048,576 divided by 256", F(1048576, 256))
calc(P, "what is seven eighths of 1,360", F(7, 8) * 1360)
calc(P, "add up 48.75, 112.40, 9.99 and 230", dec("48.75") + dec("112.40") + dec("9.99") + 230)
calc(
    P,
    "5000 plus 2%, then another 2% on top of the new total, what do i end up with",
    5000 * (1 + pct(2)) ** 2,
)
calc(P, "add 0.375 to half of 3¼", F(13, 4) / 2 + dec("0.375"))
calc(P, "$84.60 with 15 percent off", dec("84.60") * (1 - pct(15)))
calc(P, "-48 divided by -0.16", F(-48) / dec("-0.16"))
calc(
    P,
    "my five test marks were 73, 88, 91, 64 and 79, what's the mean",
    F(73 + 88 + 91 + 64 + 79, 5),
)
calc(P, "12 factorial divided by 10 factorial", F(math.factorial(12), math.factorial(10)))

# registers
fleur, gros = dec("46.8"), 1215
calc(
    PALUDIER,
    "Over the week I raked 46.8 kg of fleur de sel and 1,215 kg of gros sel off my oeillets. "
    "The co-op pays €9.40 a kilo for the fleur de sel and €0.62 a kilo for the gros sel, then "
    "keeps 5% commission on the lot. How much do I actually get, in euros?",
    (fleur * dec("9.40") + gros * dec("0.62")) * (1 - pct(5)),
)
calc(
    PALUDIER,
    "46.8kg fleur de sel going into 125g bags, how many full bags",
    whole_down(fleur * 1000 / 125),
)
calc(
    ASHCLOUD,
    "Ash cloud kept me in Reykjavik for 5 nights at a hostel charging 6,900 ISK a night. The "
    "airline refunds accommodation up to 25,000 ISK in total, and refunds 60% of meal costs. I "
    "spent 3,150 ISK a day on food for those 5 days. How much am I out of pocket in ISK?",
    (5 * 6900 - 25000) + 5 * 3150 * (1 - pct(60)),
)
calc(
    FATBERG,
    "we cleared 38.5 tonnes of fatberg over 11 night shifts with 7 of us on every shift. what's "
    "that per person per shift in tonnes",
    dec("38.5") / (11 * 7),
)
calc(
    FATBERG,
    "Jetting rig hire is £1,180 a night plus £95 an hour of tanker time. Over 6 nights we used "
    "4.5 hours of tanker each night. The water company pays 40% of the total and we pay the "
    "rest. What's our share?",
    (6 * 1180 + 6 * dec("4.5") * 95) * (1 - pct(40)),
)
calc(
    RAVEN,
    "there are 9 birds at the tower, each gets 170 g of meat a day plus a boiled egg every "
    "other day. how many kg of meat do i order for 28 days",
    F(9 * 170 * 28, 1000),
)
calc(
    RANGOLI,
    "The rangoli will be 2.4 m by 1.8 m and I use about 350 g of coloured powder per square "
    "metre. The powder comes in 500 g packets. How many packets must I buy (round up)?",
    whole_up(dec("2.4") * dec("1.8") * 350 / 500),
)
calc(
    NOH,
    "One hinoki block costs ¥38,000 and gives me two masks. Pigments and gofun come to ¥4,200 "
    "per mask. The gallery sells each mask for ¥240,000 and keeps 35%. What's my profit per "
    "mask in yen?",
    240000 * (1 - pct(35)) - (F(38000, 2) + 4200),
)
calc(
    TATAMI,
    "refitting a 10-mat room: new igusa covers ¥12,800 a mat on all 10, new cores ¥21,500 a mat "
    "but only 4 mats need them, labour ¥3,000 a mat for all 10, then 10% consumption tax on "
    "everything. total?",
    (10 * 12800 + 4 * 21500 + 10 * 3000) * (1 + pct(10)),
)
calc(
    SHINK,
    "quarterly commuter pass nagoya-tokyo is ¥512,000. a single ticket is ¥11,300 and I'd need "
    "2 a day, 4 days a week, for 13 weeks. how much does the pass save me",
    11300 * 2 * 4 * 13 - 512000,
)
calc(
    FALAJ,
    "Our falaj runs on a 10-day rotation split into half-hour shares (athar). I hold 9 shares. "
    "What percentage of the water is mine?",
    F(9, 2) / (10 * 24) * 100,
)
calc(
    WELLY,
    "my three throws were 38.6 m, 41.25 m and 36.9 m and your score is your best two added "
    "together. what's my score",
    dec("41.25") + dec("38.6"),
)
calc(
    BODGER,
    "I turn one chair leg in 4.5 minutes on the pole lathe, but every hour I stop for 12 "
    "minutes to sharpen. In a 7 hour day how many complete legs do I get?",
    whole_down(7 * (60 - 12) / dec("4.5")),
)
calc(
    TYPEF,
    "casting a font of 4,200 sorts: metal works out at £0.085 a sort and matrix hire is £120 "
    "flat. the printer pays £1,150 for the font. what's my margin",
    1150 - (4200 * dec("0.085") + 120),
)
calc(
    SCRIV,
    "Quote for a client: notarising 7 documents at £95 each, and 4 of them also need an "
    "apostille, which is £45 per document paid to the government plus my £30 handling fee per "
    "apostille. VAT at 20% goes on my fees only, not the government fee. Total quote?",
    (7 * 95 + 4 * 30) * (1 + pct(20)) + 4 * 45,
)
calc(
    SCRIV,
    "translation at 14p a word for a 3,850 word deed plus a 25% urgency surcharge, how much in "
    "pounds",
    3850 * dec("0.14") * (1 + pct(25)),
)
calc(
    BULLION,
    "we hold 1,260 bars averaging 12.44 kg each at 99.5% fineness. how many kg of fine gold is "
    "that in total",
    1260 * dec("12.44") * dec("0.995"),
)
calc(
    BULLION,
    "Storage is charged at 0.12% of value per year, billed in four equal quarterly instalments. "
    "A client's metal is valued at $2,750,000. What's one quarterly bill?",
    2750000 * pct("0.12") / 4,
)
calc(
    SPIDER,
    "23 pitfall traps left out for 14 nights caught 1,127 spiders between them. average per "
    "trap per night?",
    F(1127, 23 * 14),
)
chime_ratio = F(440) / dec("687.5")
calc(
    CHIME,
    "For my chime tubes the pitch goes as one over the length squared. A 600 mm tube rings at "
    "440 Hz, so what length in mm will ring at 687.5 Hz?",
    600 * exact_sqrt(chime_ratio),
)
calc(
    ANTS,
    "I feed 0.4 g of honey water per 100 workers per day. The colony has 340 workers. How many "
    "grams for 3 weeks?",
    dec("0.4") * F(340, 100) * 21,
)
calc(
    POODLE,
    "a show clip takes 3 h 15 min per poodle, I charge £48 an hour for clipping plus a flat £22 "
    "for the bath and dry. three poodles booked, what's the total",
    3 * (F(13, 4) * 48 + 22),
)
calc(
    MARBLES,
    "Entry is £15 per team of six plus £2.50 per player for insurance. 14 teams have entered. "
    "What are the total takings?",
    14 * (15 + 6 * dec("2.50")),
)
calc(
    TOAD,
    "over three nights we helped 212, 187 and 63 toads across the lane and counted 38 "
    "squashed ones. what percentage of all the toads we counted, live and squashed, were "
    "squashed",
    F(38, 212 + 187 + 63 + 38) * 100,
)
calc(
    BILLIARDS,
    "first leg we scored 3,460 over 4 frames, second leg 3,040 over 4 frames. what's our "
    "average per frame across both legs",
    F(3460 + 3040, 8),
)
calc(
    BILLIARDS,
    "Nine players each pay £6.50 subs per home match, we have 11 home matches, and table hire "
    "of £12 per home match comes out of the subs. What's left over for the end-of-season do?",
    9 * dec("6.50") * 11 - 12 * 11,
)
calc(
    CABER,
    "prize money is split 50/30/20 between first, second and third. the caber pot is £1,800 "
    "and I came second, the stone put pot is £1,200 and I won it. my total winnings?",
    1800 * pct(30) + 1200 * pct(50),
)
calc(
    WAKA,
    "Club fee is NZ$340 per paddler, regatta entry is NZ$480 for the crew of six, and hiring "
    "the waka is NZ$150 a day for 3 days. Split evenly between the six of us, what does each "
    "person pay?",
    F(6 * 340 + 480 + 3 * 150, 6),
)
calc(
    LIME,
    "mixing 1 part lime putty to 2.5 parts sharp sand by volume and I need 0.84 cubic metres of "
    "plaster all up. how much lime putty in cubic metres",
    dec("0.84") / (1 + dec("2.5")),
)
calc(
    KUMQUAT,
    "Picked 2,340 kg of kumquats, 8% were split and got thrown out, and the rest go into 2.5 kg "
    "boxes. How many full boxes?",
    whole_down(2340 * (1 - pct(8)) / dec("2.5")),
)
calc(
    KUMQUAT,
    "wholesaler pays ¥14.50 a box for the first 500 boxes and ¥16 a box for every box after "
    "that. what do i get for 861 boxes",
    500 * dec("14.50") + (861 - 500) * 16,
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

TROY_OZ = dec("31.1034768") / 1000  # kg
HECTARE = F(10000)  # m^2
LITRE = F(1, 1000)  # m^3

# plain one-line questions
unit_r(P, "I weigh 72 kilos, what's that in lbs", 72 / LB)
unit_r(P, "26.2 miles to kilometres please", dec("26.2") * MI / 1000)
unit(P, "98.6°F converted to celsius", f_to_c(dec("98.6")), EXACT)
unit(P, "5ft 11in in cm", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "convert 3.5 acres to square metres", dec("3.5") * ACRE)
unit_r(P, "tyre pressure says 32 psi, what's that in kilopascals", 32 * PSI / 1000)
unit_r(P, "100 kilometres per hour expressed in miles per hour", 100 * KMH / MPH)
unit_r(P, "12st 4lb in kilos", 12 * STONE + 4 * LB)
unit_r(P, "250 grams of butter in ounces", F(250, 1000) / OZ)
unit(P, "-17.5 °C in Fahrenheit", c_to_f(dec("-17.5")), EXACT)
unit_r(P, "floor area 45 m², what's that in sq ft", 45 / SQFT)
unit(P, "2.5 gibibytes is how many mebibytes", dec("2.5") * GIB / MIB, EXACT)
unit(P, "a boat doing 20 knots, how many km/h is that", 20 * KNOT / KMH, EXACT)
unit_r(P, "how many yards in 400 metres", 400 / YD)

# registers
unit_r(
    PALUDIER, "the salt pans cover 2.6 hectares, what's that in acres", dec("2.6") * HECTARE / ACRE
)
unit_r(
    ASHCLOUD,
    "bus from Reykjavik to Akureyri is 388 km, how far is that in miles",
    388 * 1000 / MI,
)
unit_r(
    FATBERG,
    "We pulled about 130 cubic metres of fat and wet wipes out of the sewer. For the American "
    "film crew, how many cubic feet is that?",
    130 / CUFT,
)
unit_r(RAVEN, "a big male raven is about 1.3 kg, how many ounces is that", dec("1.3") / OZ)
unit_r(
    RANGOLI,
    "the courtyard space for the design is 12 ft by 9 ft, what's the area in square metres",
    12 * 9 * SQFT,
)
unit_r(
    NOH,
    "the finished mask stands 21 cm tall, what's that in inches",
    F(21, 100) / IN,
)
unit_r(
    NOH,
    "My hinoki block weighs 3.6 kg. How many ounces is that?",
    dec("3.6") / OZ,
)
unit_r(
    TATAMI,
    "a Kyoto-size mat is 191 cm by 95.5 cm, how many square feet is one mat",
    dec("1.91") * dec("0.955") / SQFT,
)
unit_r(SHINK, "nozomi top speed 285 km/h, what's that in mph", 285 * KMH / MPH)
unit_r(
    FALAJ,
    "The falaj channel is carrying 42 litres a second at the moment. How many cubic feet per "
    "minute is that?",
    42 * LITRE * 60 / CUFT,
)
unit_r(WELLY, "winning welly throw was 52.3 metres, how many feet", dec("52.3") / FT)
unit(BODGER, "billets are cut 18 inches long, in cm", 18 * IN * 100, EXACT)
unit_r(
    TYPEF,
    "a full case of 12 point type weighs 28 lb, how many kg is that",
    28 * LB,
)
unit_r(
    TYPEF,
    "type-high is 0.918 of an inch, what is that in millimetres",
    dec("0.918") * IN * 1000,
)
unit_r(
    SCRIV,
    "the old conveyance describes the plot as three quarters of an acre. what is that in "
    "square metres",
    F(3, 4) * ACRE,
)
unit_r(
    BULLION,
    "A good delivery bar is nominally 400 troy ounces. How many kilograms is that?",
    400 * TROY_OZ,
)
unit(
    SPIDER,
    "the tarantula's leg span is 7.5 inches, what's that in cm",
    dec("7.5") * IN * 100,
    EXACT,
)
unit(
    CHIME,
    "longest tube is 23 and 5/8 inches, how many mm",
    F(189, 8) * IN * 1000,
    EXACT,
)
unit(
    CHIME,
    "The aluminium tube has an outside diameter of 1.25 in. What is that in millimetres?",
    dec("1.25") * IN * 1000,
    EXACT,
)
unit(
    ANTS,
    "the nest should sit between 24 and 27 °C, what's the top end in fahrenheit",
    c_to_f(27),
    EXACT,
)
unit(POODLE, "standard poodle is 23 inches at the shoulder, in cm", 23 * IN * 100, EXACT)
unit(MARBLES, "the ring is 6 feet across, how many cm is that", 6 * FT * 100, EXACT)
unit_r(
    TOAD,
    "road thermometer says 46 F, toads move above about 5 C, what's 46 F in celsius",
    f_to_c(46),
)
unit(
    BILLIARDS,
    "the bar billiards table is 7 ft 6 in long, how long in cm",
    (7 * FT + 6 * IN) * 100,
    EXACT,
)
unit_r(
    CABER,
    "Our caber is 19 ft 6 in long. What's that in metres?",
    19 * FT + 6 * IN,
)
unit_r(CABER, "caber weighs 175 lb, in kg?", 175 * LB)
unit_r(WAKA, "the sprint is 500 metres, how many feet", 500 / FT)
unit_r(WAKA, "GPS said 7.2 knots at the finish, what's that in km/h", dec("7.2") * KNOT / KMH)
unit_r(
    LIME,
    "the cob walls to be replastered come to 42 square yards, what's that in square metres",
    42 * SQYD,
)
unit_r(LIME, "a tub of lime putty is 25 kg, how many pounds is that", 25 / LB)
unit_r(
    KUMQUAT,
    "the truck carries 8,000 kg of fruit, a buyer in the States wants it in pounds",
    8000 / LB,
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


def count_weekdays(start, end, wds):
    """How many days from start to end, both included, fall on the given weekdays."""
    return sum(1 for k in range(days(start, end) + 1) if (start + TD(days=k)).weekday() in wds)


def working_day_after_skipping(start, n, holidays):
    """The n-th Monday-to-Friday day after start that is not one of the holidays."""
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT and d not in holidays:
            n -= 1
    return d


# plain one-line questions
date_item(P, "what day of the week is 29 February 2036", weekday(D(2036, 2, 29)))
date_item(
    P,
    "count the days from 3rd March 2027 to 19th November 2027",
    days(D(2027, 3, 3), D(2027, 11, 19)),
)
date_item(P, "what date is 100 days after 25 December 2030", D(2030, 12, 25) + TD(days=100))
date_item(
    P,
    "how old is someone born on 30 June 1988 on 29 June 2031",
    age(D(1988, 6, 30), D(2031, 6, 29)),
)
date_item(P, "which weekday is 25 December 2029", weekday(D(2029, 12, 25)))
date_item(P, "date 6 weeks after 19 January 2032", D(2032, 1, 19) + TD(weeks=6))
wk_a = D(2031, 2, 2)
wk_b = wk_a + TD(days=70)
date_item(P, f"how many weeks from {sayw(wk_a)} to {sayw(wk_b)}", weeks(wk_a, wk_b))
date_item(P, "number of days in february 2100", calendar.monthrange(2100, 2)[1])
date_item(P, "what's the date of the 3rd thursday in november 2028", nth_weekday(2028, 11, THU, 3))
date_item(P, "minutes from 22:47 to 06:15 the next morning", clock_span("22:47", "06:15", 60))
date_item(P, "what date was 90 days before 1 March 2033", D(2033, 3, 1) - TD(days=90))
date_item(P, "what weekday is 07/04/2030 (month/day/year)", weekday(D(2030, 7, 4)))
date_item(
    P,
    "how many days from 15 August 2028 to 15 August 2029 if you count both the first and the "
    "last day",
    days(D(2028, 8, 15), D(2029, 8, 15)) + 1,
)
date_item(P, "date of the last friday of october 2034", nth_weekday(2034, 10, FRI, -1))

# registers
date_item(
    PALUDIER,
    "raking season runs 15 June 2029 to 15 September 2029, how many days is that counting both "
    "ends",
    days(D(2029, 6, 15), D(2029, 9, 15)) + 1,
)
grounded = D(2031, 4, 13)
date_item(
    ASHCLOUD,
    f"Flights stopped on {sayw(grounded)} and the first seat the airline can give me is 12 days "
    "after that. What day of the week will I fly?",
    weekday(grounded + TD(days=12)),
)
date_item(
    ASHCLOUD,
    "rebooked flight leaves Keflavik at 23:40 on 25 April 2031 Iceland time and lands in "
    "Toronto at 01:05 on 26 April 2031 Toronto time. how long is the flight in minutes",
    utc_minutes("2031-04-25T23:40", "Atlantic/Reykjavik", "2031-04-26T01:05", "America/Toronto"),
)
dig = D(2031, 11, 3)
date_item(
    FATBERG,
    f"We start cutting the fatberg on {sayw(dig)} and the job is priced at 38 working days, "
    "Monday to Friday, with the first day counting as day 1. On what date is day 38?",
    working_day_counting(dig, 38),
)
date_item(
    RAVEN,
    "new chick hatched 19 April 2028, ravens fledge at around 42 days, taking exactly 42 days "
    "what date is that",
    D(2028, 4, 19) + TD(days=42),
)
date_item(
    RAVEN,
    "I took up the post on 2 October 2017. Counting that day as day 1, on what date is my "
    "4,000th day?",
    D(2017, 10, 2) + TD(days=3999),
)
date_item(
    RANGOLI,
    "the temple festival is on 12 November 2031 and I start grinding colours 17 days before. "
    "what date do I start",
    D(2031, 11, 12) - TD(days=17),
)
date_item(
    NOH,
    "lacquer finished 20 December 2029, mask has to rest 45 days before it's painted, what's "
    "the first date I can paint",
    D(2029, 12, 20) + TD(days=45),
)
order = D(2033, 1, 27)
date_item(
    TATAMI,
    f"order came in on {sayw(order)} and we promise delivery in 15 working days (Mon-Fri), not "
    "counting the day the order came in. delivery date?",
    working_day_after(order, 15),
)
pass_start = D(2031, 10, 1)
date_item(
    SHINK,
    f"my commuter pass starts {sayw(pass_start)} and is valid for 91 days including the start "
    "day. what's the last day I can use it",
    pass_start + TD(days=90),
)
date_item(
    SHINK,
    "Nozomi leaves Nagoya at 07:12 and gets into Tokyo at 08:52. How many minutes is that?",
    clock_span("07:12", "08:52", 60),
)
date_item(
    FALAJ,
    "My water turn comes round every 10 days. I had a turn on 28 February 2032 (it's a leap "
    "year). On what date is my fifth turn after that one?",
    D(2032, 2, 28) + TD(days=50),
)
share_day = D(2031, 1, 16)
date_item(
    FALAJ,
    f"my share starts at 22:45 on {sayw(share_day)} and runs for 7.5 hours. what weekday does "
    "it finish on",
    weekday(DT.combine(share_day, dt.time(22, 45)) + TD(hours=7.5)),
)
date_item(
    WELLY,
    "we hold the welly wanging on the second Saturday of July. what's the date in 2030",
    nth_weekday(2030, 7, SAT, 2),
)
felled = D(2031, 5, 9)
date_item(
    BODGER,
    "cut the beech green on 9 May 2031 and the legs season for 10 weeks before I assemble. "
    "which day of the week does that land on",
    weekday(felled + TD(weeks=10)),
)
date_item(
    TYPEF,
    "The foundry was set up on 4 March 1891. How many years old is it on 4 March 2031?",
    age(D(1891, 3, 4), D(2031, 3, 4)),
)
lodged = D(2032, 12, 20)
date_item(
    SCRIV,
    f"Apostille application lodged {sayw(lodged)}. They promise 5 working days, Monday to "
    "Friday, not counting the day it was lodged, and 27 and 28 December 2032 are bank holidays. "
    "What date should it be back?",
    working_day_after_skipping(lodged, 5, {D(2032, 12, 27), D(2032, 12, 28)}),
)
audit = D(2030, 9, 30)
date_item(
    BULLION,
    f"the previous stock audit was {sayw(audit)}, audits are every 13 weeks. what's the date of "
    "the second audit after that one",
    audit + TD(weeks=26),
)
date_item(
    SPIDER,
    "specimens collected 17 August 2029 went into ethanol that day and stayed 219 days. on what "
    "date did they come out",
    D(2029, 8, 17) + TD(days=219),
)
date_item(
    CHIME,
    "the craft fair is on the 2nd and 4th Sundays. date of the 4th Sunday of May 2031?",
    nth_weekday(2031, 5, SUN, 4),
)
date_item(
    ANTS,
    "Caught my queen after a nuptial flight on 26 July 2030. First workers usually appear 8 "
    "weeks later. What date is 8 weeks after that?",
    D(2030, 7, 26) + TD(weeks=8),
)
date_item(
    POODLE,
    "puppy born 11 September 2029, show is 23 March 2030, how many days old is she on show day",
    days(D(2029, 9, 11), D(2030, 3, 23)),
)
first_wed = nth_weekday(2030, 1, WED, 1)
champs = D(2030, 4, 19)
date_item(
    MARBLES,
    f"we practise every Wednesday from {sayw(first_wed)} up to the championship on "
    f"{sayw(champs)}. how many practice sessions is that",
    count_weekdays(first_wed, champs, {WED}),
)
date_item(
    MARBLES,
    f"Grandad was born on 3 May 1942. How old will he be at the championship on {sayw(champs)}?",
    age(D(1942, 5, 3), champs),
)
date_item(
    TOAD,
    "patrols run every evening from 24 February 2031 to 21 March 2031 inclusive, how many "
    "patrol nights",
    days(D(2031, 2, 24), D(2031, 3, 21)) + 1,
)
date_item(
    TOAD,
    "I'm down for every Tuesday and Saturday in March 2032. How many nights is that?",
    count_weekdays(D(2032, 3, 1), D(2032, 3, 31), {TUE, SAT}),
)
fixture1 = D(2031, 9, 4)
date_item(
    BILLIARDS,
    f"league nights are every other Thursday starting {sayw(fixture1)}. what's the date of the "
    "10th league night",
    fixture1 + TD(weeks=2 * 9),
)
date_item(
    CABER,
    "Our games are always the first Saturday of September. What's the date in 2032?",
    nth_weekday(2032, 9, SAT, 1),
)
date_item(
    WAKA,
    "flying Auckland to Honolulu for the race: leave Auckland 21:30 on 2 October 2031 local, "
    "land Honolulu 08:45 on 2 October 2031 local. how many minutes in the air",
    utc_minutes("2031-10-02T21:30", "Pacific/Auckland", "2031-10-02T08:45", "Pacific/Honolulu"),
)
date_item(
    LIME,
    "First coat goes on 14 April 2031. Each of the three coats needs 3 weeks to carbonate before "
    "the next one, and the last coat needs 3 weeks too before limewash. Earliest limewash date?",
    D(2031, 4, 14) + TD(weeks=9),
)
date_item(
    KUMQUAT,
    "Lunar New Year falls on 11 February 2032 and the harvest has to be finished 10 days "
    "before. By what date?",
    D(2032, 2, 11) - TD(days=10),
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
            (U, "puzzle rule for tonight: a ★ b is a squared minus b"),
            (A, "Got it: a ★ b = a² − b."),
            (U, "then 6 ★ 11 equals what"),
        ],
        "★ was defined earlier in the chat; no calculator knows it",
    ),
    (
        "conv-octal",
        [
            (
                U,
                (
                    "all the numbers in my next questions are octal, it's for a computer "
                    "architecture module"
                ),
            ),
            (A, "Understood, I'll read all numbers as octal."),
            (U, "so 57 + 26 is?"),
        ],
        "the numbers are octal per the earlier turn; a decimal sum is wrong",
    ),
    (
        "conv-modulus",
        [
            (
                S,
                (
                    "You are a tutor for a number theory course. All arithmetic in this session "
                    "is modulo 11 unless the student says otherwise."
                ),
            ),
            (U, "what is 7 times 9"),
        ],
        "the system turn makes the arithmetic mod 11",
    ),
    (
        "conv-fantasy-calendar",
        [
            (
                U,
                (
                    "In my fantasy setting the year has 8 months of 45 days: Thaw, Sprout, Bloom, "
                    "Blaze, Ember, Fall, Frost and Deep."
                ),
            ),
            (A, "Nice, so a 360-day year."),
            (U, "how many days from 12 Bloom to 3 Frost"),
        ],
        "a fictional calendar defined earlier; no real calendar applies",
    ),
    (
        "conv-board-game-coins",
        [
            (U, "in the board game we're designing 1 gold = 9 silver and 1 silver = 14 copper"),
            (A, "Noted, so 1 gold is 126 copper."),
            (U, "how many copper is 2 gold and 5 silver"),
        ],
        "invented currency units from the earlier turn",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "debugging a pagination helper in python"),
            (A, "Sure, paste what's confusing you."),
            (U, "what does -17 // 5 evaluate to"),
        ],
        "Python floor division rounds toward minus infinity (-4), not plain division",
    ),
    (
        "conv-js-coercion",
        [
            (U, "reading some legacy javascript from 2011"),
            (A, "Go ahead."),
            (U, "so what does '7' - 2 + '3' come out as"),
        ],
        "JavaScript coercion gives the string '53'; a calculator would give 8",
    ),
    (
        "conv-flat-split",
        [
            (
                U,
                (
                    "Priya has the big room so she pays 40% of bills, and Sam and I split the "
                    "rest evenly"
                ),
            ),
            (A, "So Priya 40%, you and Sam 30% each."),
            (U, "gas bill came to £213, how much do i owe"),
        ],
        "the share was agreed earlier in the conversation",
    ),
    (
        "conv-scone-recipe",
        [
            (
                U,
                (
                    "gran's scone recipe: 450 g self-raising flour, 100 g butter, 2 eggs, 200 ml "
                    "milk, makes 12"
                ),
            ),
            (A, "A classic ratio."),
            (U, "how much flour for 30 scones"),
        ],
        "the quantities come from the recipe given earlier",
    ),
    (
        "conv-refers-to-estimate",
        [
            (U, "what's a sensible monthly food budget for two people in Leeds"),
            (A, "Roughly £350 to £450 a month, depending on habits."),
            (U, "and what's 15% of that"),
        ],
        "'that' is the assistant's estimate, a range",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "watching the T20, they're 97 for 3 after 12.4 overs"),
            (A, "Solid platform."),
            (U, "so run rate is 97 divided by 12.4?"),
        ],
        "12.4 overs is 12 overs and 4 balls, not 12.4; needs cricket knowledge",
    ),
    (
        "conv-uint8-wrap",
        [
            (U, "C on an 8-bit microcontroller, x is a uint8_t holding 250"),
            (A, "OK."),
            (U, "what's x after x = x + 10"),
        ],
        "unsigned 8-bit wraparound gives 4",
    ),
    (
        "conv-hex-dump",
        [
            (U, "reading a hex dump, every value below is hexadecimal"),
            (A, "Understood."),
            (U, "add 3F and C4"),
        ],
        "hexadecimal operands set by context",
    ),
    (
        "conv-five-day-week",
        [
            (
                U,
                (
                    "in my comic a week has five days, Ash, Birch, Cedar, Dogwood and Elm, and "
                    "day 1 of the year is an Ash"
                ),
            ),
            (A, "Fun setup."),
            (U, "what day of the week is day 58"),
        ],
        "an invented five-day week",
    ),
    (
        "conv-ethiopian-dates",
        [
            (U, "I'll be giving you dates in the Ethiopian calendar for my family tree"),
            (A, "Sure, go ahead."),
            (U, "how many days from 10 Meskerem to 4 Hidar"),
        ],
        "Ethiopian calendar month names; the date tool uses the Gregorian calendar",
    ),
    (
        "conv-quiz-league-points",
        [
            (
                U,
                (
                    "our quiz league gives 5 for a win, 2 for a draw and 1 bonus point for a loss "
                    "where you scored over 60"
                ),
            ),
            (A, "Got it."),
            (U, "we won 6, drew 3, lost 4 and two of the losses were over 60, total?"),
        ],
        "league scoring rules told earlier",
    ),
    (
        "conv-tenpin",
        [
            (U, "ten-pin: frame 1 a strike, frame 2 a 7 then a spare, frame 3 a 9 then a miss"),
            (A, "Nice start."),
            (U, "what's my score after three frames"),
        ],
        "ten-pin bonus scoring rules",
    ),
    (
        "conv-kiosk-rate",
        [
            (U, "the airport kiosk gives 1.09 dollars per euro minus a flat 4 euro fee"),
            (A, "That's a fairly poor rate."),
            (U, "so what would I get for 350 euros"),
        ],
        "the rate and fee were stated earlier; not a live conversion",
    ),
    (
        "conv-mars-sols",
        [
            (
                U,
                (
                    "sci-fi story: the colony keeps Mars time, a sol is 24 h 39 min and they "
                    "count sols from landing"
                ),
            ),
            (A, "Sounds good."),
            (U, "how many earth days is sol 500"),
        ],
        "story-specific time unit",
    ),
    (
        "conv-compound-metre",
        [
            (U, "the piece is in 6/8 at dotted crotchet = 72"),
            (A, "A lilting tempo."),
            (U, "how long do 48 bars last in seconds"),
        ],
        "needs reading of metre and tempo marking",
    ),
    (
        "conv-stableford",
        [
            (U, "I play off 14 and hole 7 is stroke index 5"),
            (A, "So you get a shot there."),
            (U, "took 6 on the par 4, how many stableford points"),
        ],
        "golf handicap and Stableford rules",
    ),
    (
        "conv-dnd-crit",
        [
            (S, "You are a rules helper for D&D 5th edition."),
            (U, "my rogue crits with a shortsword, 1d6+4, and it's a sneak attack for 3d6"),
            (A, "Nice hit."),
            (U, "how many dice do I roll in total"),
        ],
        "5e critical hits double the dice",
    ),
    (
        "conv-sql-null",
        [
            (U, "in postgres the bonus column is NULL for new starters"),
            (A, "Right, NULL means unknown."),
            (U, "so what does salary + bonus give for them"),
        ],
        "SQL NULL propagation",
    ),
    (
        "conv-excel-serial",
        [
            (U, "Excel on Windows, 1900 date system, a cell shows 45000 formatted as a number"),
            (A, "That's a date serial."),
            (U, "what date is that"),
        ],
        "Excel serial date convention",
    ),
    (
        "conv-novel-ages",
        [
            (
                U,
                (
                    "in chapter 2 Mira is eleven years older than her brother, who was born the "
                    "year the dam broke"
                ),
            ),
            (A, "Noted for continuity."),
            (U, "the dam broke in 1987, so how old is Mira at the 2010 reunion"),
        ],
        "facts from the story told earlier; birthdays unknown",
    ),
    (
        "conv-campaign-leagues",
        [
            (U, "in our campaign a league is 3 miles and a march is 8 leagues"),
            (A, "So a march is 24 miles."),
            (U, "how many miles in 2.5 marches"),
        ],
        "invented unit from the campaign",
    ),
    (
        "conv-grade-boundaries",
        [
            (U, "our school's boundaries: 70+ is a 7, 60 to 69 is a 6, 50 to 59 is a 5"),
            (A, "Thanks."),
            (U, "I got 131 out of 200, what grade is that"),
        ],
        "grade boundaries told earlier",
    ),
    (
        "conv-sim-tax",
        [
            (U, "in the economics sim income tax is 10% up to 20k credits and 35% above that"),
            (A, "A two-band system."),
            (U, "how much tax on 47,500"),
        ],
        "tax bands of a simulation",
    ),
    (
        "conv-knitting-gauge",
        [
            (U, "my gauge swatch is 22 stitches and 30 rows to 10 cm"),
            (A, "A standard DK gauge."),
            (U, "how many stitches do i cast on for 56 cm"),
        ],
        "gauge given earlier",
    ),
    (
        "conv-python-caret",
        [
            (U, "quick one about python operators"),
            (A, "Sure."),
            (U, "what does 6 ^ 3 give me in the REPL"),
        ],
        "in Python ^ is XOR (5), not a power",
    ),
    (
        "conv-hijri-birthday",
        [
            (U, "my grandmother only knows her birthday in the Islamic calendar"),
            (A, "What date does she give?"),
            (U, "12 Rabi al-Awwal 1365, what's that in our calendar"),
        ],
        "Hijri conversion depends on moon sighting; needs the model",
    ),
    (
        "conv-elo",
        [
            (U, "I'm rated 1450 and just beat someone rated 1610, FIDE rated, K factor 40"),
            (A, "Great result."),
            (U, "how many points do i gain"),
        ],
        "Elo expectancy rules",
    ),
    (
        "conv-guest-count",
        [
            (U, "guests: 38 confirmed plus we assume half of the 14 maybes turn up"),
            (A, "So about 45."),
            (U, "how many tables of 8 then"),
        ],
        "the guest count was worked out earlier",
    ),
    (
        "conv-visa-entry",
        [
            (U, "my visa was issued on 3 March and I entered nine days later"),
            (A, "OK."),
            (U, "what's 90 days after that"),
        ],
        "'that' is the entry date from earlier; the year is unknown",
    ),
    (
        "conv-percentage-points",
        [
            (U, "the party's approval went from 38% to 45%"),
            (A, "A notable jump."),
            (U, "is that a 7% rise"),
        ],
        "points versus relative change; needs an explanation",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone-number",
        "is 07700 900461 a real mobile number or one of the ones they use on TV",
        "Ofcom drama number ranges",
    ),
    ("near-phone-number", "what country is +261 34 12 345 67", "dialling codes are facts"),
    ("near-phone-number", "does 0300 cost more than 01 from a mobile", "UK call charge rules"),
    ("near-isbn", "which book is ISBN 978-0-14-044913-6", "an identifier, not arithmetic"),
    ("near-isbn", "is 0-306-40615-2 a 10 digit isbn or an issn", "format explanation"),
    ("near-version", "is version 2.10 newer than 2.9", "version ordering, not decimal comparison"),
    ("near-version", "python 3.12 or 3.11 for django 5.0", "compatibility facts"),
    ("near-version", "node 18.19.1 vs 20.11.0 which is LTS", "release facts"),
    ("near-version", "ios 17.4.1 what changed", "release notes"),
    (
        "near-part-number",
        "bore and outside diameter of a 6205-2RS bearing?",
        "bearing designation facts",
    ),
    (
        "near-part-number",
        "my car manual says 5W-30, what do the 5 and the 30 stand for",
        "viscosity grade explanation",
    ),
    (
        "near-part-number",
        "tyre 205/55 R16 91V what does each number mean",
        "tyre code explanation",
    ),
    ("near-part-number", "is a 2x4 really 2 inches by 4 inches", "nominal timber sizes"),
    ("near-part-number", "what is an M8 bolt, the 8 is what", "thread designation"),
    ("near-part-number", "AA vs AAA vs 18650 which is biggest", "battery sizes are facts"),
    ("near-score", "what was the score in the 2005 champions league final", "sports fact"),
    (
        "near-score",
        "the rugby finished 24-24, who goes through on tries scored rule",
        "competition rules",
    ),
    ("near-score", "love 40 in tennis what does love mean", "explanation of scoring terms"),
    (
        "near-score",
        "is a 147 the highest possible break in snooker",
        "a free ball can take it past 147",
    ),
    ("near-score", "what does a 6-4 6-7 7-6 scoreline mean", "tennis set scores"),
    ("near-range", "18-25 degrees, is that a good nursery temperature for a baby", "guidance"),
    ("near-range", "my blood pressure is 142/91 is that high", "medical interpretation"),
    ("near-range", "is a resting heart rate of 48 bad for a 45 year old", "health interpretation"),
    ("near-range", "credit score 710 out of 999 on experian, good or bad", "bureau bands"),
    ("near-range", "is 37.8 a fever in an adult", "medical threshold opinion"),
    (
        "near-explain",
        "my js test fails because 0.1 + 0.2 gives 0.30000000000000004, why",
        "explanation of floating point",
    ),
    ("near-explain", "is 1 divided by 0 infinity or undefined, explain", "conceptual"),
    ("near-explain", "why isn't 1 a prime number", "conceptual"),
    (
        "near-explain",
        "where does the rule of 72 for doubling money come from and when does it break down",
        "approximation explained",
    ),
    (
        "near-explain",
        "does a 1 in 100 year flood mean it happens once a century",
        "probability explanation",
    ),
    ("near-explain", "why does the average year have 365.2425 days", "calendar history"),
    ("near-explain", "pareto 80/20 principle, is it a real law or just a saying", "concept"),
    ("near-explain", "what does the 3-2-1 backup rule mean", "concept"),
    (
        "near-explain",
        "the corner shop sign says open 24/7, does that usually include christmas day",
        "idiom",
    ),
    ("near-explain", "what does APR 29.9% representative actually mean", "finance terminology"),
    ("near-explain", "is 0.999 recurring really equal to 1? convince me", "proof explanation"),
    ("near-opinion", "is £1.5 million a fair price for a two bed flat in zurich", "opinion"),
    ("near-opinion", "401k or roth ira first if i'm 29", "advice"),
    (
        "near-opinion",
        "should i round 2.5 up or down on an expenses claim",
        "convention and context",
    ),
    ("near-opinion", "is 1080p enough on a 43 inch tv from 2 metres", "viewing opinion"),
    ("near-opinion", "how much should i tip on a $86 dinner in tokyo", "custom: no tipping"),
    ("near-opinion", "is 10,000 steps a day actually based on science", "health history"),
    ("near-facts", "population of lagos", "fact"),
    ("near-facts", "in which year was the berlin wall opened and what set it off", "fact"),
    ("near-facts", "how many players on a rugby league side", "fact"),
    ("near-facts", "legal drink drive limit in scotland in mg per 100 ml of breath", "law"),
    ("near-facts", "speed limit for a van on a single carriageway in england", "law"),
    ("near-facts", "A4 paper size in mm", "standard size lookup"),
    ("near-facts", "how many points is a touchdown plus the extra kick", "sports rules"),
    ("near-facts", "how high is the summit of kilimanjaro", "fact"),
    ("near-facts", "half life of caffeine in adults", "physiology"),
    ("near-facts", "how long do tomato seeds take to germinate at 20 c", "horticulture"),
    (
        "near-facts",
        "what time does the sun set in cape town in late june",
        "astronomy/location facts",
    ),
    ("near-facts", "paracetamol dose for a 20 kg child", "medical guidance, needs care"),
    ("near-code", "got an HTTP 418 back from an API, is that a joke status", "protocol trivia"),
    ("near-code", "error 0x80070005 on windows update", "error code meaning"),
    ("near-code", "exit code 137 in docker", "signal meaning"),
    ("near-code", "chmod 755 vs 644 what's the difference", "permissions explanation"),
    ("near-trivia", "what's the significance of 42", "cultural reference"),
    (
        "near-trivia",
        (
            "my kid asked which is heavier, a kilogram of feathers or a kilogram of lead, "
            "what's the trick"
        ),
        "riddle",
    ),
    ("near-trivia", "what does 4'33\" by cage actually sound like", "music"),
    ("near-trivia", "why is room 101 scary in 1984", "literature"),
    ("near-trivia", "what's 221B famous for", "address as identifier"),
    ("near-trivia", "who was number 23 for the bulls", "sports trivia"),
    ("near-trivia", "what is the 1:76 scale used for", "model railway scale"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "ordinary-writing": [
        "write a short thank-you card for the neighbour who fed our cat and watered the tomatoes",
        "make 'per my last email' sound friendlier in a reply to a client",
        "draft a two-line bio for a pottery teacher's website",
        "help me write a resignation letter that stays on good terms",
        "give me three subject lines for a newsletter about autumn bulbs",
        "rewrite this toast so it's funnier but still kind to the groom",
        "a limerick about a spaniel who is scared of the hoover",
        "give me a five-sentence summary of middlemarch without spoiling the ending",
        "I need a polite message asking my landlord about a damp patch",
        "product description for hand-poured beeswax candles sold at a farmers market",
    ],
    "ordinary-coding": [
        "how do I reverse a singly linked list in rust using Option<Box<Node>>",
        "explain javascript closures using a click counter example",
        "why does my docker container exit straight away",
        "write a bash one-liner to find the 10 largest files in a folder",
        "when should my team use rebase instead of merge on feature branches",
        "how do i center a div vertically with flexbox",
        (
            "convert this python for loop into a list comprehension: for x in xs: if x > 0: "
            "out.append(x*2)"
        ),
        "what does the borrow checker complain about when I hold a reference across a push",
        "how should i split a small flask app into blueprints for auth and admin",
        "regex to match a UK postcode",
    ],
    "ordinary-cooking": [
        "what can I make with leeks, potatoes and some leftover cheddar",
        "my risotto keeps turning to glue by the time it gets to the table, what am i doing wrong",
        "prawns defrosted in the fridge overnight, can i refreeze them raw",
        "vegetarian alternative to fish sauce in a green curry",
        (
            "my sourdough loaf spread out flat and was dense inside though the starter "
            "seemed lively, why"
        ),
        "packed lunch ideas for a seven year old who won't eat sandwiches or anything green",
        "what's the trick to roast potatoes that stay crispy after resting",
        "which red or white goes with a mushroom and paprika stroganoff",
        "how do you temper chocolate at home without a thermometer",
        "quick weeknight dinner using tinned chickpeas",
    ],
    "ordinary-travel": [
        "what should i pack for a week walking in the lake district in april",
        "is it worth getting a rail pass for two weeks in italy",
        "things to do in porto when it rains",
        "how do i get from narita airport into shinjuku cheaply",
        "tips for sleeping on a long overnight bus",
        "which greek island is still quiet in early june but has a few tavernas open",
        "do I need a visa for vietnam with a british passport",
        "what's a good three day itinerary for edinburgh with kids",
        "how early should i get to the airport for a domestic flight in the US",
        "suggest a scenic drive in the scottish highlands for a day",
    ],
    "ordinary-advice": [
        "my flatmate leaves pans soaking for days, how do i raise it without starting a row",
        "how do I ask for a pay rise after a year in the job",
        "tips for a first date that isn't just drinks",
        "how can i get better at remembering names",
        "what red flags should i look for when viewing a rental flat above a takeaway",
        "my teenager won't get off their phone at night, ideas",
        "how do i turn down extra projects from my manager without sounding lazy",
        "ways to make friends after moving to a new city in your thirties",
        "how to prepare for a panel interview for a charity job",
        "should i tell my friend her boyfriend is rude to waiters",
    ],
    "ordinary-explain": [
        "how do mRNA vaccines teach the immune system, in plain words",
        "why is the sky blue at noon but orange at sunset, simple version please",
        "what actually happens during a solar eclipse",
        "how does a heat pump work in simple terms",
        (
            "my uncle says a cold winter disproves warming, how do I explain weather vs "
            "climate to him"
        ),
        "explain inflation like i'm twelve",
        "how do noise cancelling earbuds cancel the engine rumble on a plane",
        "why do cats knock things off tables",
        "what is quantum entanglement, roughly",
        "how did the romans make concrete that lasted so long",
    ],
    "ordinary-language": [
        "how do i ask 'where is the nearest pharmacy' in european portuguese",
        "I always mix up affect and effect, give me a trick to remember which is which",
        "how do you say 'cheers' in czech",
        "is it 'fewer' or 'less' for hours",
        (
            "schadenfreude: any english word or phrase that really captures it, or do we "
            "just borrow it"
        ),
        (
            "correct my french: je suis allé à la plage avec mes amis hier et nous avons "
            "mangé des glace"
        ),
        "what's the origin of the phrase 'mind your p's and q's'",
        "give me some japanese phrases for ordering in a restaurant",
        "is it octopi, octopuses or octopodes",
        "help me understand when to use the subjunctive in spanish",
    ],
    "ordinary-creative": [
        "give me a name for a cosy second-hand bookshop by the sea",
        "ideas for a fancy dress costume on a tiny budget",
        "write the opening paragraph of a ghost story set in a launderette",
        "theme ideas for my sister's 40th that aren't cheesy and work in a village hall",
        "plot ideas for a short film with only two actors and one room",
        "invent a board game that can be played with a deck of cards and dice",
        "come up with a band name for a folk trio of retired teachers",
        "write a haiku about frost on a car windscreen at dawn",
        "ideas for decorating a small balcony",
        "describe a fictional city built on the back of a giant turtle",
    ],
    "ordinary-health": [
        "gentle stretches for lower back pain after sitting all day",
        "how can i sleep during the day after a run of night shifts on a ward",
        "what are good sources of iron for a vegetarian",
        "i get lightheaded for a few seconds when i stand up from the sofa, should i worry",
        "how do I start running if I've never exercised",
        "tips for managing hay fever without feeling drowsy",
        "how can I tell if it's a heavy cold or actual flu",
        "how can I cut down on sugar without feeling miserable",
        "exercises to help with a frozen shoulder",
        "how do I support a friend who's grieving",
    ],
    "ordinary-tech": [
        "my laptop fan is loud all the time, what can i check",
        "moving from an iphone to a pixel, how do I bring my whatsapp chats across",
        "wifi is fine downstairs but crawls in the loft bedroom, what can i try",
        "what's a sensible way to back up twenty years of family photos",
        "how do I turn off autocorrect on an android keyboard",
        "printer says offline but it's connected, help",
        "how to set up two-factor authentication on my email",
        "should i get an ssd or more ram for an old laptop",
        "how do I stop spam calls on my landline",
        "my bluetooth headphones keep disconnecting from my laptop",
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
    # no register (family name) of this set is a family name of sets 19 to 183
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 183: {reused}"
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
