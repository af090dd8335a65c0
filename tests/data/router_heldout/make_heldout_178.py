"""Generate heldout-2027-05-30.jsonl: a hundred-and-seventy-eighth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_178.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-177, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code: the
calculator ones with Fraction and Decimal (whole items rounded up by whole_up where the text
says so), units from the exact definitions in this file (inch 0.0254 m, pound 0.45359237 kg,
nautical mile 1852 m, g0 9.80665 m/s^2, binary prefixes), with EXACT tolerance for terminating
answers and ROUNDED otherwise, and dates with datetime, calendar and zoneinfo (utc_minutes
for clock times in named zones, including the Sydney clock changes of April and October 2027;
stated weekdays come from sayw, so they are right by construction).

Provenance
----------
Read: this file (cat), grading.py (cat) and earlier_registers.txt (head -30, then grep -c and
grep | head -5 for keywords of candidate register names, to pick names and situations not yet
used). Nothing under /work/main, /work/shared or /work/.library was opened or listed.
Wrote: the four sections by hand: register constants and calc/unit/unit_r/date_item calls with
every value written as an expression; the negatives as CONVS, NEAR and ORDINARY lists drafted in
scratch files in this directory, spliced in by a small script and then deleted. Items the
duplicate check flagged (by id only) were reworded without looking at earlier text.
Checked: ran the generator until it passed (once with --show), printed this set's own positive
queries and expected values from the JSONL to proofread them, ruff check and ruff format with
/work/main/pyproject.toml (ISC004 fixed by parenthesising strings), a character-width check for
lines over 99 columns, and the generator again; ruff's .ruff_cache here was deleted.
Slips: once ran the system python3 (`python3 --version`, output discarded) before a venv python
command; nothing else was read or printed beyond the rules.
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
OUT = HERE / "heldout-2027-05-30.jsonl"
PREFIX = "ho178-"
# earlier generators: sets 1-177 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 178))
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


DUB = "film_dubbing_director_syncing_a_spanish_track"
FOSSIL = "palaeontologist_jacketing_a_femur_in_the_badlands"
PEARL = "black_pearl_farmer_in_a_tahiti_lagoon"
SHEA = "shea_butter_cooperative_in_northern_ghana"
LEMUR = "lemur_researcher_in_a_madagascar_rainforest"
ARGAN = "argan_oil_press_near_essaouira"
PSALTER = "manuscript_illuminator_gilding_a_psalter"
DISH = "radio_astronomer_booking_time_on_a_dish"
CLOVE = "spice_farm_guide_on_zanzibar"
CRAB = "king_crab_fisher_off_finnmark"
HYMN = "hymn_book_editor_for_a_welsh_chapel"
HARMONICA = "glass_harmonica_player_touring_chamber_halls"
AZULEJO = "azulejo_tile_restorer_in_lisbon"
PORTWINE = "port_wine_lodge_guide_in_gaia"
MATE = "yerba_mate_grower_in_misiones"
SHYRDAK = "shyrdak_felt_rug_maker_in_kyrgyzstan"
MOTO = "moto_taxi_rider_in_kigali"
LETTERER = "comic_letterer_on_a_monthly_deadline"
BONES = "bonesetter_keeping_a_village_clinic_diary"
OILER = "oiler_in_the_engine_room_of_a_bulk_carrier"
PORTER = "inca_trail_porter_team_leader"
ICESWIM = "ice_swimmer_training_for_a_kilometre_race"
BOGOAK = "bog_oak_furniture_maker_in_the_fens"
OBSCURA = "camera_obscura_operator_on_a_seaside_pier"
GUT = "gut_string_maker_for_baroque_lutes"

# ---- plain one-liners
calc(P, "what's 17.5 percent of £2,364", pct("17.5") * 2364)
calc(P, "4,817 x 39", 4817 * 39)
calc(P, "(48 + 27) * 3.2 - 19", (48 + 27) * dec("3.2") - 19)
assert math.isqrt(9409) ** 2 == 9409
calc(P, "sqrt of 9,409 please", math.isqrt(9409))
calc(P, "how much is three eighths of 1000", F(3, 8) * 1000)
calc(P, "nine hundred and thirty-one divided by twenty-five", F(931, 25))
calc(P, "2^17 minus 99,999", 2**17 - 99999)
calc(P, "mean of 17, 22, 29, 34, 41 and 49", F(17 + 22 + 29 + 34 + 41 + 49, 6))
calc(P, "jacket is $84 with 15% off, what do i actually pay", 84 * (1 - pct(15)))
calc(P, "0.125 times 0.64", dec("0.125") * dec("0.64"))
calc(P, "nineteen squared plus twenty-three squared", 19**2 + 23**2)
calc(
    P,
    "If I earn 31,500 a year and get a 4% raise, what's my new salary?",
    31500 * (1 + pct(4)),
)
calc(P, "9.75 + 14.6 + 3.05 + 22.9 =", dec("9.75") + dec("14.6") + dec("3.05") + dec("22.9"))
calc(P, "63 is what percent of 84", F(63, 84) * 100)

# ---- registers
calc(
    DUB,
    "Budgeting the Spanish dub: 412 lines to record, my actors average 38 lines an hour, and "
    "the studio bills €95 for every hour booked, whole hours only so round up. The mix "
    "afterwards is a separate €600 flat fee. Total for studio hours plus mix, in euros?",
    whole_up(F(412, 38)) * 95 + 600,
)
calc(
    DUB,
    "the feature runs 1 h 47 min at 24 fps. the PAL master plays the same frames at 25 fps so "
    "it runs faster - how many minutes long is the PAL version",
    (60 + 47) * F(24, 25),
)
calc(
    FOSSIL,
    "Jacketing a hadrosaur femur (about 1.1 m long). Burlap: 3 layers of 14 strips each, sold in "
    "packs of 20 at $6.40 a pack, whole packs only. Plaster: 4 bags at $18.75 a bag. What do "
    "burlap and plaster come to in dollars?",
    whole_up(F(3 * 14, 20)) * dec("6.40") + 4 * dec("18.75"),
)
calc(
    PEARL,
    "grade A black pearls fetch 85 USD each, grade B sell for 40% less than an A and grade C "
    "for 70% less than an A. this harvest: 120 A, 210 B, 95 C. what is the lot worth in USD",
    120 * 85 + 210 * 85 * (1 - pct(40)) + 95 * 85 * (1 - pct(70)),
)
calc(
    PEARL,
    "We seeded 2,500 oysters on the lines in 2025. 64% survived to harvest and 35% of the "
    "survivors gave a saleable pearl. The lagoon is 28 m deep at the farm, if that matters. How "
    "many saleable pearls?",
    2500 * pct(64) * pct(35),
)
calc(
    MOTO,
    "On Saturday I did 23 rides averaging 6.4 km at 350 RWF per km. "
    "Fuel cost 14,200 RWF and the bike rental is 4,000 RWF a day. What was my profit in RWF "
    "for Saturday?",
    23 * dec("6.4") * 350 - 14200 - 4000,
)
calc(
    ICESWIM,
    "1 km race, I hold 2 min 5 s per 100 m. how many seconds will the whole kilometre take",
    10 * (2 * 60 + 5),
)
calc(
    SHEA,
    "Our women's group sold 1,240 kg of shea butter at 18 cedis a kilo. The co-op keeps 12% "
    "towards the grinding mill and the rest is shared equally by the 40 women. How many cedis "
    "does each woman get?",
    1240 * 18 * (1 - pct(12)) / 40,
)
calc(
    LEMUR,
    "focal follows on the sifaka group: 7 animals, each followed for 45 minutes a day, for 18 "
    "days. total hours of observation",
    F(7 * 45 * 18, 60),
)
calc(
    ARGAN,
    "It takes 32 kg of dried argan fruit to press one litre of oil. We have 1,000 kg of fruit "
    "in the store and the oil sells at 420 dirhams a litre. If we press all of it and sell "
    "every drop, how many dirhams is that?",
    F(1000, 32) * 420,
)
calc(
    PSALTER,
    "gold leaf comes in books of 25 leaves. the psalter has 150 psalms, each opening with an "
    "initial that takes 0.4 of a leaf, plus 12 full-page miniatures at 3.5 leaves each. how "
    "many books of leaf must i buy (whole books)",
    whole_up((150 * dec("0.4") + 12 * dec("3.5")) / 25),
)
calc(
    DISH,
    "I've been given 36 hours on the 64 m dish, split into 8 blocks, and every block loses 24 "
    "minutes to pointing and flux calibration. How many hours of actual on-source time is that?",
    36 - F(8 * 24, 60),
)
calc(
    DISH,
    "the correlator writes a 16 MB dump every 2 seconds. for a 6.5 hour track how many GB is "
    "that, taking 1 GB = 1000 MB",
    dec("6.5") * 3600 / 2 * 16 / 1000,
)
calc(
    CLOVE,
    "Spice tour group: 14 adults at $15 each and 3 kids at half price. The farm owner takes 20% "
    "of everything. What do I keep, in dollars?",
    (14 * 15 + 3 * F(15, 2)) * (1 - pct(20)),
)
calc(
    CRAB,
    "sold 1,260 kg of red king crab at 195 kroner a kilo. the boat keeps 45%, the rest is split "
    "into 5 shares: the skipper takes 2 shares and each of the 3 deckhands gets 1. how much "
    "does one deckhand get in NOK",
    1260 * 195 * (1 - pct(45)) / 5,
)
calc(
    CRAB,
    "Crab quota 3,400 kg. Four trips so far landed 612 kg, 587.5 kg, 701 kg and 655 kg. How "
    "many kg of quota are left?",
    3400 - (612 + dec("587.5") + 701 + 655),
)
calc(
    HYMN,
    "new chapel hymnal: 420 hymns at 2 pages each, plus 36 pages of indexes and preface. the "
    "printer works in 16-page sections. how many sections per book, rounding up",
    whole_up(F(420 * 2 + 36, 16)),
)
calc(
    HARMONICA,
    "Concert fee €1,800. My agent takes 15% off the top, then I pay €212.40 travel out of what's "
    "left, and the remainder is split 3:1 between me and my page-turner. What's my share?",
    (1800 * (1 - pct(15)) - dec("212.40")) * F(3, 4),
)
calc(
    AZULEJO,
    "restoring an azulejo panel 14 tiles wide and 9 high. 23 tiles are broken; each "
    "replacement takes 2.5 hours of my time at €38 an hour plus €6.50 of glaze per tile. what's "
    "the bill in euros",
    23 * (dec("2.5") * 38 + dec("6.50")),
)
calc(
    PORTWINE,
    "Tasting for 28 visitors at €18 a head, groups over 25 get 10% off that. 11 of them also "
    "add the €2.50 chocolate pairing, which isn't discounted. Total in euros?",
    28 * 18 * (1 - pct(10)) + 11 * dec("2.50"),
)
calc(
    MATE,
    "we picked 8.6 tonnes of green leaf and it loses 62% of its weight in the drying shed. how "
    "many kilos of dried yerba is left",
    dec("8.6") * 1000 * (1 - pct(62)),
)
calc(
    SHYRDAK,
    "Shyrdak rug 2.4 m by 1.6 m. It's a two-colour inlay so I need felt for twice the rug's "
    "area. Felt is 1,150 som a square metre, and thread and labour add 3,500 som. Total cost "
    "in som?",
    2 * dec("2.4") * dec("1.6") * 1150 + 3500,
)
calc(
    MOTO,
    "petrol is 1,589 RWF a litre, my moto does 42 km to the litre and i rode 1,176 km over the "
    "fortnight. what did fuel cost me",
    F(1176, 42) * 1589,
)
calc(
    LETTERER,
    "lettering a 22 page issue at $28 a page plus $150 for the cover, and the platform skims 5% "
    "of the total. what do i actually receive",
    (22 * 28 + 150) * (1 - pct(5)),
)
calc(
    BONES,
    "Clinic diary for the week: 17 new patients at 2,000 shillings and 6 follow-ups at 1,200. "
    "I give 15% of it to the herbalist who makes the poultices. What's left for me?",
    (17 * 2000 + 6 * 1200) * (1 - pct(15)),
)
calc(
    OILER,
    "main engine burns 38.5 tonnes of fuel a day at sea. it's 11.5 days to Qingdao, then 2 days "
    "at anchor where only the generators run at 2.4 tonnes a day. total fuel in tonnes",
    dec("38.5") * dec("11.5") + 2 * dec("2.4"),
)
calc(
    PORTER,
    "Group gear weighs 388 kg and each porter may carry at most 20 kg. Porters are paid 65 soles "
    "a day and the trek is 4 days. Total porter wages in soles, hiring only whole porters?",
    whole_up(F(388, 20)) * 65 * 4,
)
calc(
    ICESWIM,
    "training plan: 250 m in the first session and each session after that is 50 m longer. "
    "how many metres in total over 12 sessions",
    sum(250 + 50 * k for k in range(12)),
)
calc(
    BOGOAK,
    "quote for a bog oak dining table: timber £1,450, finishing oil £86.40, 62 hours of work at "
    "£32 an hour, and VAT at 20% on the lot. total?",
    (1450 + dec("86.40") + 62 * 32) * (1 + pct(20)),
)
calc(
    OBSCURA,
    "Weekend takings at the camera obscura: 138 adults at £4.50 and 61 children at £2.75. The "
    "pier trust takes 30%. What's mine?",
    (138 * dec("4.50") + 61 * dec("2.75")) * (1 - pct(30)),
)
calc(
    GUT,
    "a treble string is twisted from 3 guts and a bass string from 12. one lute set is 11 "
    "trebles and 8 basses, and each sheep gives 4 usable guts. how many sheep for 6 sets, whole "
    "sheep",
    whole_up(F(6 * (11 * 3 + 8 * 12), 4)),
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

# ---- plain one-liners
unit(P, "73 inches in centimetres?", 73 * IN * 100, EXACT)
unit_r(P, "a 13.1 mile half marathon is how many km", dec("13.1") * MI / 1000)
unit(P, "my thermometer says 101.3 F, what's that in celsius", f_to_c(dec("101.3")), EXACT)
unit_r(P, "180 lb in kg", 180 * LB)
unit(
    P,
    "my son is 6 foot 2 and a half, how tall in centimetres",
    (6 * 12 + dec("2.5")) * IN * 100,
    EXACT,
)
unit_r(P, "flat is listed at 63 m², how many sq ft is that", 63 / SQFT)
unit_r(P, "the sign says 55 mph, what's that in kph", 55 * MPH / KMH)
unit(P, "3.75 GiB expressed in MiB", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "35 psi to kPa", 35 * PSI / 1000)
unit(P, "minus forty celsius in fahrenheit", c_to_f(-40), EXACT)
unit_r(P, "12 stone 6 lb in kilos", 12 * STONE + 6 * LB)
unit_r(P, "7.5 ha in acres", dec("7.5") * 10000 / ACRE)
unit(P, "boat doing 17 knots, km/h?", 17 * KNOT / KMH, EXACT)
unit_r(P, "350 g block of butter in ounces", F(350, 1000) / OZ)

# ---- registers
unit(
    DUB,
    "the archive print is 35mm running at 90 feet a minute. a 22-minute reel is how many metres "
    "of film",
    22 * 90 * FT,
    EXACT,
)
unit_r(
    FOSSIL,
    "The jacketed femur came in at 640 lb on the spring scale. Our winch is rated in kilos - "
    "what's that in kg?",
    640 * LB,
)
unit_r(
    FOSSIL,
    "it's 3.7 miles of two-track from the quarry to the paved road, how many km is that",
    dec("3.7") * MI / 1000,
)
unit(
    PEARL,
    "the farm's buoys sit over 15 fathoms of water. a fathom being 6 feet, how deep is that in "
    "metres",
    15 * 6 * FT,
    EXACT,
)
unit(
    PEARL,
    "Japanese buyer wants sizes in mm. This pearl measures 0.45 inch across - in millimetres?",
    dec("0.45") * IN * 1000,
    EXACT,
)
unit_r(
    SHEA,
    "we sell shea butter at 18 cedis a kilo but the American buyer quotes per pound. what's "
    "our price in cedis per lb",
    18 * LB,
)
unit_r(
    LEMUR,
    "adult female sifaka weighed 2.35 kg at capture. what's that in ounces for the US "
    "collaborators",
    dec("2.35") / OZ,
)
unit(
    ARGAN,
    "Cold-pressed means the paste stays below 40 °C. What's that limit in Fahrenheit?",
    c_to_f(40),
    EXACT,
)
unit(
    PSALTER,
    "vellum skin trimmed to 14 by 20 inches. area in square centimetres?",
    14 * 20 * IN * IN * 10000,
    EXACT,
)
unit(
    DISH,
    "receiver front end is cooled to 15 kelvin, what's that in celsius",
    15 - dec("273.15"),
    EXACT,
)
unit_r(
    DISH,
    "the track produced 187.2 GB (decimal gigabytes, 10^9 bytes). how many GiB is that",
    dec("187.2") * 10**9 / GIB,
)
unit_r(
    CLOVE,
    "Clove drying yard is 40 m by 25 m. How many square feet is that?",
    40 * 25 / SQFT,
)
unit(
    CRAB,
    "each pot string is 1.5 nautical miles long, in km please",
    dec("1.5") * 1852 / 1000,
    EXACT,
)
unit(
    HYMN,
    "page trim is 5.5 x 8.5 inches. what's the page width (the 5.5) in mm",
    dec("5.5") * IN * 1000,
    EXACT,
)
unit_r(
    HARMONICA,
    "the flight case for the glass harmonica weighs 38 kg and the airline quotes limits in "
    "pounds. 38 kg in lb?",
    38 / LB,
)
unit_r(
    AZULEJO,
    "The panel covers 2.1 square metres. Client in Boston wants it in square feet.",
    dec("2.1") / SQFT,
)
unit_r(
    PORTWINE,
    "a pipe of port holds 550 litres. how many cubic feet is that",
    F(550, 1000) / CUFT,
)
unit_r(MATE, "the new plot in Misiones is 12 hectares, how many acres", 12 * 10000 / ACRE)
unit_r(
    SHYRDAK,
    "customer in Ohio asked for the rug's length in feet. it's 240 cm long",
    F(240, 100) / FT,
)
unit_r(MOTO, "city speed limit is 40 km/h, what's that in mph", 40 * KMH / MPH)
unit(
    LETTERER,
    "balloon font is set at 9 pt. with 1 pt = 1/72 inch, how many millimetres is that",
    9 * IN / 72 * 1000,
    EXACT,
)
unit(BONES, "patient is 5 ft 4 in, height in cm for the diary", (5 * 12 + 4) * IN * 100, EXACT)
unit_r(OILER, "cylinder bore is 600 mm, in inches?", F(600, 1000) / IN)
unit_r(
    OILER,
    "lube oil pressure on the gauge reads 4.2 bar; the old manual only gives psi. what's 4.2 "
    "bar in psi",
    dec("4.2") * BAR / PSI,
)
unit_r(
    PORTER,
    "Dead Woman's Pass is 4,215 m. An American client asked how high that is in feet.",
    4215 / FT,
)
unit_r(PORTER, "porter load limit is 20 kg. in pounds?", 20 / LB)
unit(
    ICESWIM,
    "thermometer in the lake says 37.4°F. what's the water in °C",
    f_to_c(dec("37.4")),
    EXACT,
)
unit(
    ICESWIM,
    "I swim 2:05 per 100 m. At that speed, what's my pace per 100 yards, in seconds?",
    125 * YD,
    EXACT,
)
unit(
    BOGOAK,
    "the bog oak board is 9 ft 6 in long. length in cm",
    (9 * 12 + 6) * IN * 100,
    EXACT,
)
unit(OBSCURA, "The pier is 1,650 ft long. How long is that in metres?", 1650 * FT, EXACT)
unit_r(
    GUT,
    "top string gauge 0.42 mm - how many thousandths of an inch (thou) is that",
    dec("0.42") / 1000 / IN * 1000,
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


# ---- plain one-liners
date_item(P, "day of the week for 9 October 1888?", weekday(D(1888, 10, 9)))
date_item(
    P, "number of days from 7 March 2027 to 23 November 2027", days(D(2027, 3, 7), D(2027, 11, 23))
)
date_item(P, "What date is 90 days after 15 December 2027?", D(2027, 12, 15) + TD(days=90))
date_item(
    P,
    "someone born 11 August 1961, how old are they on 10 August 2030",
    age(D(1961, 8, 11), D(2030, 8, 10)),
)
date_item(P, "christmas day 2031 (25 December) lands on which weekday", weekday(D(2031, 12, 25)))
_w0 = D(2028, 1, 6)
_w1 = _w0 + TD(weeks=21)
date_item(P, f"how many weeks from {say(_w0)} to {say(_w1)}", weeks(_w0, _w1))
date_item(P, "date 1000 days after 1 January 2026", D(2026, 1, 1) + TD(days=1000))
date_item(P, "how many minutes from 9:40 pm to 6:15 am", clock_span("21:40", "06:15", 60))
date_item(P, "2028-06-30 minus 45 days", D(2028, 6, 30) - TD(days=45))
date_item(P, "which day of the week is 2029-02-28", weekday(D(2029, 2, 28)))
date_item(
    P,
    "how many days does February 2100 have, given 2100 isn't divisible by 400",
    calendar.monthrange(2100, 2)[1],
)
date_item(
    P,
    "third Thursday of November 2029 falls on what date, it's our quiz night",
    nth_weekday(2029, 11, THU, 3),
)
date_item(
    P, "how many days from July 4, 2027 to October 31, 2027", days(D(2027, 7, 4), D(2027, 10, 31))
)
date_item(P, "what date is day 200 of 2028", D(2028, 1, 1) + TD(days=199))

# ---- registers
_rec = D(2027, 9, 6)
date_item(
    DUB,
    f"We start recording the Spanish dub on {sayw(_rec)} and need 17 recording days, Monday to "
    "Friday only, counting that first day as day 1. What date is the last recording day?",
    working_day_counting(_rec, 17),
)
_rel = D(2028, 3, 3)
date_item(
    DUB,
    f"spanish theatrical release is {sayw(_rel)} and the distributor wants the dub delivered 45 "
    "days before release. delivery date?",
    _rel - TD(days=45),
)
date_item(
    FOSSIL,
    "field season runs 14 June 2028 to 22 August 2028, counting both the first and the last "
    "day. how many days in the field",
    days(D(2028, 6, 14), D(2028, 8, 22)) + 1,
)
date_item(
    PEARL,
    "We grafted the oysters on 03/10/2027 (day/month/year) and harvest is 540 days after "
    "grafting. What date is harvest?",
    D(2027, 10, 3) + TD(days=540),
)
_mkt = D(2028, 5, 12)
date_item(
    SHEA,
    f"the shea market comes round every 6 days. the first one i'm counting is {sayw(_mkt)}. "
    "what's the date of the 10th market, counting that one as the 1st",
    _mkt + TD(days=6 * 9),
)
date_item(
    LEMUR,
    "Infant sifaka born 17 October 2027, weaned at 150 days old. Which date is that?",
    D(2027, 10, 17) + TD(days=150),
)
date_item(LEMUR, "what weekday is 26 June 2028 (independence day here)", weekday(D(2028, 6, 26)))
date_item(
    ARGAN,
    "we start the harvest on the first Monday of June 2028. what date is that",
    nth_weekday(2028, 6, MON, 1),
)
_gild = D(2028, 1, 3)
date_item(
    PSALTER,
    f"I gild one folio per working day (Mon-Fri), doing the first folio on {sayw(_gild)}. 48 "
    "folios in all. On what date do I finish the last one?",
    working_day_counting(_gild, 48),
)
date_item(
    DISH,
    "my run starts 21:50 on 3 April 2027 and ends 06:20 on 4 April 2027, both Sydney time, and "
    "Sydney clocks go back an hour that night. how many minutes of observing do i get",
    utc_minutes("2027-04-03T21:50", "Australia/Sydney", "2027-04-04T06:20", "Australia/Sydney"),
)
date_item(
    DISH,
    "My block starts 22:00 on 2 October 2027 Perth time; my Sydney co-observer's block starts "
    "08:30 on 3 October 2027 Sydney time (their clocks go forward early that morning). How many "
    "minutes between the two starts?",
    utc_minutes("2027-10-02T22:00", "Australia/Perth", "2027-10-03T08:30", "Australia/Sydney"),
)
date_item(
    CLOVE, "what day of the week is 9 November 2027, big group booked", weekday(D(2027, 11, 9))
)
date_item(
    CRAB,
    "season opens 1 September 2027 and closes 15 December 2027, both days included. how many "
    "fishing days",
    days(D(2027, 9, 1), D(2027, 12, 15)) + 1,
)
date_item(
    CRAB,
    "In Hammerfest the sun sets on 21 November 2027 and is next seen on 21 January 2028. How "
    "many days are there in between, not counting either of those two days?",
    days(D(2027, 11, 21), D(2028, 1, 21)) - 1,
)
date_item(
    HYMN,
    "the chapel was founded on 26 March 1859. what weekday does its 175th anniversary fall on",
    weekday(D(1859 + 175, 3, 26)),
)
date_item(
    HARMONICA,
    "Flight leaves Vienna 18:25 and lands in London 19:55 on 14 March 2028, both local times. "
    "How many minutes is the flight, departure to arrival?",
    utc_minutes("2028-03-14T18:25", "Europe/Vienna", "2028-03-14T19:55", "Europe/London"),
)
date_item(
    HARMONICA,
    "prague concert is 12 May 2028 and chicago is 3 June 2028, how many days apart",
    days(D(2028, 5, 12), D(2028, 6, 3)),
)
date_item(
    AZULEJO,
    "This panel is dated 17 May 1755, and the great earthquake hit Lisbon on 1 November 1755. "
    "How many days between the two?",
    days(D(1755, 5, 17), D(1755, 11, 1)),
)
_shut = D(2027, 8, 2)
date_item(
    PORTWINE,
    f"the lodge closes for 3 weeks of maintenance, first closed day {sayw(_shut)}, and reopens "
    "the day after the 3 weeks are up. reopening date?",
    _shut + TD(weeks=3),
)
date_item(
    MATE,
    "harvested 2028-04-20 and aged for 270 days in the sheds. release date?",
    D(2028, 4, 20) + TD(days=270),
)
date_item(
    SHYRDAK,
    "Order came in on 18 March 2028 and a shyrdak takes me 6 weeks. What date will it be ready?",
    D(2028, 3, 18) + TD(weeks=6),
)
date_item(
    MOTO,
    "my moto licence was issued 30 January 2025 and it expires on day 1,095, counting the issue "
    "date as day 0. what date is that",
    D(2025, 1, 30) + TD(days=1095),
)
_dl = D(2028, 1, 7)
date_item(
    LETTERER,
    f"pages are due every other Friday, first deadline {sayw(_dl)}. date of the 8th deadline",
    _dl + TD(weeks=2 * 7),
)
_cast = D(2028, 3, 2)
date_item(
    BONES,
    f"Cast went on {sayw(_cast)} and comes off after 6 weeks. Which date?",
    _cast + TD(weeks=6),
)
date_item(
    OILER,
    "we left Santos at 14:30 local on 3 March 2028 and tied up in Qingdao at 08:00 local on 2 "
    "April 2028. how many hours was that passage",
    utc_minutes("2028-03-03T14:30", "America/Sao_Paulo", "2028-04-02T08:00", "Asia/Shanghai") / 60,
)
date_item(
    OILER,
    "I'm on the 12-to-4, two 4-hour watches every day. How many watch hours do I stand in "
    "March 2028?",
    calendar.monthrange(2028, 3)[1] * 2 * 4,
)
date_item(
    PORTER, "trail permit is for 14 May 2028, what day of the week is it", weekday(D(2028, 5, 14))
)
date_item(
    ICESWIM,
    "born Dec 3rd 1979 - how old am I on race day, January 24, 2027?",
    age(D(1979, 12, 3), D(2027, 1, 24)),
)
date_item(
    BOGOAK,
    "table ordered Nov 14, 2027 and promised 100 days later. what date is that",
    D(2027, 11, 14) + TD(days=100),
)
date_item(
    OBSCURA,
    "We're open 1 April to 31 October 2028 inclusive but closed every Monday. How many open "
    "days is that?",
    sum(
        1
        for k in range(days(D(2028, 4, 1), D(2028, 10, 31)) + 1)
        if (D(2028, 4, 1) + TD(days=k)).weekday() != MON
    ),
)
date_item(
    GUT,
    "strings twisted on 25 January 2028 have to cure for 40 days. what date are they ready",
    D(2028, 1, 25) + TD(days=40),
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
            (U, "For this puzzle a # b means a squared minus b. Got it?"),
            (A, "Got it: a # b = a² − b."),
            (U, "ok so what's 9 # 4 then"),
        ],
        "# was defined in an earlier turn as a^2 - b; no tool knows that operator",
    ),
    (
        "conv-redefined-operator",
        [
            (S, "In this chat the user's + sign joins the digits of two numbers side by side."),
            (U, "what's 12 + 7"),
        ],
        "the system turn redefines + as digit concatenation (127), not addition",
    ),
    (
        "conv-redefined-operator",
        [
            (U, "we're playing a maths game where x means 'multiply then reverse the digits'"),
            (A, "Fun - so 4 x 8 would be 32 reversed, 23."),
            (U, "right. 13 x 6?"),
        ],
        "x redefined as multiply-then-reverse; the plain product is wrong",
    ),
    (
        "conv-base",
        [
            (U, "let's do everything in base 8 from here on"),
            (A, "Sure, octal it is - give me the numbers."),
            (U, "17 + 25 = ?"),
        ],
        "base 8 set earlier: the octal sum is 44, not 42",
    ),
    (
        "conv-base",
        [
            (
                U,
                (
                    "I'm picking through a firmware hex dump, treat every number I type as "
                    "hexadecimal."
                ),
            ),
            (A, "Understood, I'll treat them as hex."),
            (U, "ok, 48 + 39"),
        ],
        "hexadecimal told earlier: 0x48 + 0x39 = 0x81",
    ),
    (
        "conv-modulus",
        [
            (U, "We're doing arithmetic modulo 12, like on a clock face."),
            (A, "OK, all results reduced mod 12."),
            (U, "9 + 7 is what"),
        ],
        "mod 12 set earlier: the answer is 4",
    ),
    (
        "conv-modulus",
        [
            (S, "You tutor an undergraduate algebra module; every calculation is done in Z/7Z."),
            (U, "what's 6 times 4 here"),
        ],
        "system turn puts the arithmetic in Z/7: 24 mod 7 = 3",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel's world every month has exactly 30 days, same month names as "
                    "ours, "
                    "no leap years."
                ),
            ),
            (A, "Nice and tidy - twelve 30-day months, 360 days a year."),
            (U, "how many days from 3 March to 20 August then"),
        ],
        "a fictional 30-day-month calendar told earlier; the real calendar gives another count",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "I'm dating events in Tolkien's Shire Reckoning for a fan map, and I'll "
                    "call its "
                    "months by ours: Afteryule is January, Solmath February and so on."
                ),
            ),
            (A, "Happy to help - I'll map the Shire months onto ours in order."),
            (U, "how many days from 1 June to 1 August then"),
        ],
        "Shire Reckoning has 30-day months and Lithe days mid-year, which only the model knows",
    ),
    (
        "conv-fictional-unit",
        [
            (
                U,
                "Homebrew setting: 1 gold crown = 12 silver stags and 1 stag = 20 copper pennies.",
            ),
            (A, "Noted: 1 crown = 240 pennies."),
            (U, "convert 7 crowns to pennies please"),
        ],
        "fictional currency defined in an earlier turn",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "In our tabletop campaign a 'march' is 4 leagues and a league is 3 miles."),
            (A, "So one march is 12 miles."),
            (U, "how many km is 2.5 marches"),
        ],
        "the march is a made-up unit defined earlier; only the conversation gives its size",
    ),
    (
        "conv-language-semantics",
        [
            (U, "Quick C question, all the variables here are int."),
            (A, "Sure, go ahead."),
            (U, "what's -7 / 2"),
        ],
        "integer division in C truncates toward zero: -3, not -3.5",
    ),
    (
        "conv-language-semantics",
        [
            (U, "node REPL question - what does this give me?"),
            (A, "Paste the expression and I'll walk through it."),
            (U, "'7' + 4 - 2"),
        ],
        "JavaScript coercion: '7' + 4 is '74', minus 2 gives 72",
    ),
    (
        "conv-language-semantics",
        [
            (U, "I'm in Python 3 using floor division"),
            (A, "Right, the // operator."),
            (U, "so -17 // 5"),
        ],
        "Python floor division rounds toward minus infinity: -4",
    ),
    (
        "conv-integer-overflow",
        [
            (
                U,
                (
                    "We're working with 8-bit signed integers (two's complement) on a "
                    "microcontroller."
                ),
            ),
            (A, "OK, range -128 to 127, wrapping on overflow."),
            (U, "100 + 50 = ?"),
        ],
        "the 8-bit sum wraps to -106",
    ),
    (
        "conv-split-rule",
        [
            (
                U,
                (
                    "Dinner for four came to £184.50. I only had a £7 starter and two glasses of "
                    "wine at £6.25, and we agreed I pay just for what I had."
                ),
            ),
            (A, "So you owe £19.50 and the rest is for the other three."),
            (U, "and each of the other three pays how much if they split the rest evenly?"),
        ],
        "the split was set out in earlier turns; the last question alone has no numbers",
    ),
    (
        "conv-split-rule",
        [
            (U, "Our house splits bills by room size: I pay 40% and the other two pay 30% each."),
            (A, "Got it."),
            (U, "electric bill is £213, what's mine"),
        ],
        "the user's share was defined earlier (40%), not an even three-way split",
    ),
    (
        "conv-model-facts",
        [
            (U, "I've been reading about the Apollo 11 mission."),
            (A, "It's an amazing story - what would you like to know?"),
            (U, "how many hours was it from launch to splashdown"),
        ],
        "needs the mission's launch and splashdown times, which only the model knows",
    ),
    (
        "conv-model-facts",
        [
            (U, "My great-grandad was born on the day the Titanic sank."),
            (A, "What a date to be born on."),
            (U, "how old would he be on 1 January 2030"),
        ],
        "needs the date the Titanic sank",
    ),
    (
        "conv-julian-calendar",
        [
            (
                U,
                (
                    "I'm reading about Russia before 1918 and every date in my book is Old Style, "
                    "the Julian calendar."
                ),
            ),
            (A, "Right - Russia switched to the Gregorian calendar in 1918."),
            (U, "what weekday was 25 October 1917"),
        ],
        "a Julian date: the Gregorian weekday of 25 October 1917 is the wrong answer",
    ),
    (
        "conv-fiscal-calendar",
        [
            (
                U,
                (
                    "At my employer the fiscal year kicks off on the 1st of July, with Q1 "
                    "covering Jul-Sep."
                ),
            ),
            (A, "OK, so the quarters run Jul-Sep, Oct-Dec, Jan-Mar and Apr-Jun."),
            (U, "so what date does Q3 of FY2028 finish on?"),
        ],
        "fiscal quarters were defined earlier and which year FY2028 means needs discussion",
    ),
    (
        "conv-league-rules",
        [
            (
                U,
                (
                    "In our five-a-side league a win is 2 points, a draw 1, and a loss by 3 "
                    "goals or "
                    "fewer gets a bonus point."
                ),
            ),
            (A, "Got the scoring."),
            (U, "we've won 9, drawn 4 and lost 5 (3 of them by 2 goals). points?"),
        ],
        "league scoring rules given earlier, not the usual 3 for a win",
    ),
    (
        "conv-music-meter",
        [
            (U, "This piece is in 6/8 with the dotted crotchet at 80."),
            (A, "So two dotted-crotchet beats per bar at 80 a minute."),
            (U, "how long are 32 bars in seconds"),
        ],
        "metre and tempo come from the earlier turn",
    ),
    (
        "conv-fantasy-ageing",
        [
            (
                U,
                (
                    "In my setting elves age one year for every ten human years once they pass "
                    "twenty."
                ),
            ),
            (A, "Interesting - so they mature normally, then slow right down."),
            (U, "how old does a 350-year-old elf look then"),
        ],
        "a fictional ageing rule from the earlier turn",
    ),
    (
        "conv-moon-gravity",
        [
            (U, "For this whole problem set, assume we're on the Moon."),
            (A, "Okay, lunar surface it is."),
            (U, "what does a 90 kg astronaut weigh in newtons"),
        ],
        "needs lunar surface gravity, which the model must supply",
    ),
    (
        "conv-wizard-money",
        [
            (U, "Talking Harry Potter money for my kid's party game."),
            (A, "Galleons, Sickles and Knuts - what do you need?"),
            (U, "how many Knuts in 3 Galleons"),
        ],
        "a fictional currency whose rates only the model knows",
    ),
    (
        "conv-dice-odds",
        [
            (U, "D&D 5e: my rogue has +7 to hit and advantage on this attack."),
            (A, "Nice setup. What's the target?"),
            (U, "chance to hit AC 15?"),
        ],
        "needs 5e rules on advantage, natural 1s and 20s",
    ),
    (
        "conv-business-days",
        [
            (
                U,
                (
                    "Under our contract, 'days' means business days in Ontario, excluding "
                    "provincial statutory holidays."
                ),
            ),
            (A, "Understood."),
            (U, "what's 10 days after 20 December 2027"),
        ],
        "needs the contract's definition and Ontario's holiday list",
    ),
    (
        "conv-knitting-pattern",
        [
            (U, "The decrease row says *k5, k2tog* repeat to end."),
            (A, "So every 7 stitches become 6."),
            (U, "84 stitches before that row, how many after?"),
        ],
        "the pattern from the earlier turn decides the answer",
    ),
    (
        "conv-planet-age",
        [
            (U, "let's talk about Jupiter's orbit round the sun"),
            (A, "Jupiter takes a long time to go round - what would you like to know?"),
            (U, "how old would I be if I'm 30 on earth"),
        ],
        "needs Jupiter's orbital period",
    ),
    (
        "conv-percentage-points",
        [
            (U, "Support for the measure went from 40% in the first poll to 46% in the second."),
            (A, "That's a notable shift."),
            (U, "what's the increase?"),
        ],
        "ambiguous between 6 points and 15 percent; the model should explain both",
    ),
    (
        "conv-sport-variables",
        [
            (
                U,
                (
                    "let x be the number of players on a rugby union side and y the number on a "
                    "netball team"
                ),
            ),
            (A, "Okay, x and y set."),
            (U, "x times y?"),
        ],
        "needs team sizes the model knows",
    ),
    (
        "conv-sql-null",
        [
            (U, "Question about standard SQL semantics."),
            (A, "Sure."),
            (U, "5 + NULL = ?"),
        ],
        "in SQL any arithmetic with NULL gives NULL",
    ),
    (
        "conv-excel-serial",
        [
            (U, "In Excel on Windows dates are stored as serial numbers."),
            (A, "Yes, counting from the 1900 date system."),
            (U, "what's 45000 + 30"),
        ],
        "the user means an Excel serial date, which the model must interpret",
    ),
    (
        "conv-golf-stableford",
        [
            (U, "We play Stableford and my handicap gets me one stroke on this par 4."),
            (A, "Right, so net par there is a 5 gross."),
            (U, "I took 5, how many points"),
        ],
        "Stableford scoring and the stroke allowance from earlier",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)


NEAR = [
    (
        "near-phone",
        "someone keeps ringing from 0113 496 0881, is that a leeds number",
        "phone number: needs numbering-plan knowledge",
    ),
    (
        "near-phone",
        "which country has the +373 dialling code",
        "dialling code is an identifier, a fact lookup",
    ),
    (
        "near-phone",
        "is 555-0142 a real phone number or one of the made-up film ones",
        "phone number convention, not arithmetic",
    ),
    (
        "near-isbn",
        "which book is ISBN 978-0-14-118776-1",
        "ISBN identifies a book; needs knowledge",
    ),
    (
        "near-isbn",
        "why does an isbn-10 sometimes end in X instead of a digit",
        "explanation of a check-digit scheme",
    ),
    (
        "near-version",
        "is python 3.12.4 newer than 3.9.18",
        "version numbers compare field by field, not as decimals",
    ),
    (
        "near-version",
        "should I upgrade node from 18.19.1 to 20.11.0 or wait for 22",
        "advice about software versions",
    ),
    (
        "near-version",
        "anything important fixed in iOS 17.4.1 compared with 17.4",
        "release notes, not subtraction",
    ),
    (
        "near-score",
        "we lost the first leg 0-2 and won the second 3-1, do we go through",
        "aggregate and tie-break rules of the competition",
    ),
    (
        "near-score",
        "the tennis final went 6-4 3-6 7-6(5), was that close by tour standards",
        "tennis scores read as a judgement, not sums",
    ),
    (
        "near-score",
        "england made 287/6 in 50 overs, is that a good total at lord's",
        "cricket score opinion",
    ),
    (
        "near-range",
        "is a resting heart rate of 48-52 normal for a distance runner",
        "range read as a medical judgement",
    ),
    (
        "near-range",
        "my TSH came back 4.3 and the lab range is 0.4-4.0, should I worry",
        "medical interpretation of a lab range",
    ),
    ("near-range", "the job ad says 42-48k, is it ok to ask for 50k", "salary negotiation advice"),
    (
        "near-part-number",
        "what are the dimensions of a 6205-2RS bearing",
        "part number: needs a catalogue",
    ),
    (
        "near-part-number",
        "what size drill for an M8 x 1.25 tap",
        "tap-drill tables, not multiplication",
    ),
    (
        "near-part-number",
        "can I use a CR2025 battery instead of a CR2032",
        "battery codes: a compatibility question",
    ),
    ("near-error-code", "what does windows error 0x80070005 mean", "error code lookup"),
    ("near-error-code", "HTTP 429 vs 503, what's the difference", "status codes need explanation"),
    (
        "near-error-code",
        "my combi boiler is showing F28, what does that mean",
        "appliance fault code",
    ),
    ("near-opinion", "is 2,400 rent on a 5,000 monthly take-home too much", "budgeting opinion"),
    (
        "near-opinion",
        "is a 720 credit score good enough for a mortgage in the US",
        "credit score judgement",
    ),
    (
        "near-opinion",
        "is 3:45 a decent marathon time for a first-timer aged 45",
        "running time as a judgement, not a clock",
    ),
    (
        "near-opinion",
        "is £45k a good salary for a junior developer in Leeds",
        "salary opinion needing market knowledge",
    ),
    (
        "near-explain",
        "why does my python loop print 0.30000000000000004 when I add 0.1 and 0.2",
        "explanation of floating point",
    ),
    (
        "near-explain",
        "my daughter asked why 1 isn't prime, how do I explain it to a 10 year old",
        "mathematical explanation",
    ),
    (
        "near-explain",
        "why is zero factorial equal to 1",
        "mathematical explanation, not evaluation",
    ),
    (
        "near-explain",
        "where does the expression baker's dozen (13) come from",
        "history of a number word",
    ),
    (
        "near-explain",
        "what's the point of the 50/30/20 budgeting rule",
        "budgeting rule to explain",
    ),
    (
        "near-explain",
        "is the 3-2-1 backup rule overkill for a home photographer",
        "backup practice, not a subtraction",
    ),
    ("near-facts", "how tall is mount kilimanjaro in feet", "needs the height of the mountain"),
    ("near-facts", "how many km from lisbon to porto by road", "needs a road distance"),
    ("near-facts", "for how many days was leningrad besieged in ww2", "needs the siege's dates"),
    ("near-facts", "what year was the peace of westphalia signed", "historical fact"),
    (
        "near-facts",
        "minutes for sunlight to reach mars at its average distance?",
        "needs the sun-mars distance",
    ),
    (
        "near-facts",
        "roughly how many people per square km live in lagos",
        "needs population and area",
    ),
    ("near-facts", "how many bones are there in an adult human hand", "anatomy fact"),
    ("near-facts", "how many players does a water polo team have in the pool", "sports rule"),
    ("near-live-data", "100 usd to eur at the current rate", "needs a live exchange rate"),
    ("near-live-data", "what's gold per gram in dubai at the moment", "needs a live price"),
    (
        "near-live-data",
        "how much is a litre of diesel in france these days",
        "needs current prices",
    ),
    (
        "near-sizes",
        "uk shoe size 9 is what in eu for nike trainers",
        "brand size charts, not a formula",
    ),
    (
        "near-sizes",
        "women's dress size 12 uk in us sizes at zara",
        "clothing size charts vary by brand",
    ),
    ("near-sizes", "what frame size road bike for someone 5'9 with long legs", "fitting advice"),
    (
        "near-verse",
        "quote john 3:16 and tell me why it's so famous",
        "a Bible reference, not a time or a ratio",
    ),
    ("near-verse", "psalm 23:4 in the king james version", "scripture lookup"),
    (
        "near-ratio-idiom",
        "is 20/20 vision actually perfect eyesight",
        "optometry notation, not a division",
    ),
    ("near-ratio-idiom", "what does 24/7 support really mean in an SLA", "contract wording"),
    ("near-ratio-idiom", "is 5/4 time hard to dance to", "time signature, music question"),
    ("near-formation", "does a 4-3-3 work without proper wingers", "football tactics"),
    (
        "near-formation",
        "3-5-2 or 4-4-2 for a sunday league side with slow centre backs",
        "tactics opinion",
    ),
    ("near-code", "chmod 755 vs 644, what do they mean", "permission bits need explanation"),
    ("near-code", "in git what does HEAD~3 point at", "git notation, not subtraction"),
    (
        "near-code",
        "why does excel turn 1/2 into 2-Jan when i type it",
        "spreadsheet behaviour explanation",
    ),
    (
        "near-medical",
        "is 140/90 blood pressure high for a 60 year old",
        "medical reading, not a fraction",
    ),
    (
        "near-medical",
        "took 2 x 500mg paracetamol at 8, can I have ibuprofen at 10",
        "medication advice",
    ),
    (
        "near-astronomy",
        "what date is the first full moon after 3 March 2028",
        "needs lunar ephemeris",
    ),
    (
        "near-astronomy",
        "what time does the sun set in edinburgh on 21 June 2028",
        "needs sunset times",
    ),
    ("near-physics", "speed of sound at 20 degrees in km/h", "needs the physics of air"),
    ("near-physics", "what's the boiling point of water at 3,000 m altitude", "physics knowledge"),
    (
        "near-physics",
        "how many times stronger is a magnitude 7.1 earthquake than a 6.2",
        "needs seismology formula and nuance",
    ),
    (
        "near-tax",
        "how much income tax would I pay on a £48,000 salary if I move from Newcastle to Glasgow",
        "needs current tax bands",
    ),
    (
        "near-tax",
        "stamp duty on a £425,000 house in england as a first-time buyer",
        "needs current thresholds",
    ),
    (
        "near-radio",
        "truckers say 10-4 and 10-20 on the CB, what do those mean",
        "radio code, not a subtraction",
    ),
    (
        "near-date-name",
        "why do americans celebrate pi day in march",
        "explanation about a date's name",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)


ORDINARY = {
    "writing": [
        (
            "can you tighten this opening line: 'It was a night that nobody in the village would "
            "ever forget, not even the dog'"
        ),
        "write a short thank-you note to my neighbour who fed our cat while we were in Crete",
        "give me three titles for a blog post about learning to sail in my fifties",
        (
            "rewrite this so it sounds less passive-aggressive: 'as per my last email, the "
            "invoice is still outstanding'"
        ),
        "help me write a toast for my sister's wedding, she's a vet and he's a firefighter",
        "draft a polite complaint to a landlord about a damp patch spreading in the bathroom",
        "what's a good way to end a eulogy for my grandmother who loved crosswords and gardening",
        "suggest a tagline for a mobile bike repair van",
        (
            "turn these bullet points into a friendly paragraph for a school newsletter: bake "
            "sale moved, bring tins, volunteers needed"
        ),
        "write a limerick about a heron that steals goldfish from a pond",
    ],
    "cooking": [
        "what can I make with leftover roast lamb, a tin of chickpeas and some spinach",
        "how do I stop my shortbread spreading in the oven",
        "is it safe to refreeze prawns that thawed in the fridge",
        "what's the difference between bicarbonate of soda and baking powder in a sponge",
        "give me a vegetarian main that will impress my in-laws who love mushrooms",
        "why did my hollandaise split and can I rescue it",
        "what spices go into a proper Ethiopian berbere blend",
        "ideas for a packed lunch for a 7 year old who hates sandwiches",
        "how do I get crackling to actually crackle on pork belly",
        "what wine would go with a smoked haddock risotto",
    ],
    "travel": [
        "what should I see in Porto if I only have a day and a half",
        "is it worth taking the sleeper train from London to Inverness",
        "tips for a 13-hour flight to Singapore with an 18-month-old",
        "what are the etiquette rules for visiting temples in Kyoto",
        "which Greek island is quietest in late September for a walking holiday",
        "does a British passport holder need an e-visa for three weeks in Vietnam",
        "packing list for a week of hut-to-hut hiking in the Alps",
        "what's the best way to get around Mexico City without a car",
        "recommend a scenic route for a road trip through Northumberland",
        "is Tbilisi a good city break destination in winter",
    ],
    "coding": [
        "how do I reverse a linked list in Rust without fighting the borrow checker",
        "in plain english, how is a thread different from a process on linux",
        "why is my React component re-rendering every time I type",
        "explain what a race condition is with a simple example",
        "I've got a 2,000-line single-file Flask app, how do I split it up with blueprints",
        "what does 'idempotent' mean for a REST API",
        "regex to match a UK postcode, and explain how it works",
        "best way to learn SQL joins if I keep confusing left and inner",
        (
            "my docker container exits with code 0 straight after starting a node script, what am "
            "I missing"
        ),
        "should I use a monorepo for three small services",
    ],
    "health": [
        "what are good stretches for a stiff lower back after driving",
        "how can I get back into running after a calf strain",
        "I get a head rush and see spots when I stand up from the sofa, should I worry",
        "tips for sleeping better when working night shifts",
        "how can I tell whether my sneezing is a cold or hay fever in April",
        "how do I know if my child's cough needs a doctor",
        "gentle exercises for someone recovering from a knee replacement",
        "what helps with jet lag when flying east",
        "does having espresso before breakfast actually damage your stomach",
        "how to support a friend who's just been diagnosed with diabetes",
    ],
    "history": [
        "why did the Byzantine Empire last so long after Rome fell",
        "what was daily life like for a Victorian coal miner",
        "who were the Hanseatic League and why did they matter",
        "explain the causes of the Irish potato famine",
        "what was the significance of the Silk Road for spreading ideas",
        "how did medieval castles get their water",
        "why did the Aztec empire fall so quickly",
        "what was the Kindertransport",
        "tell me about the women codebreakers at Bletchley Park",
        "how did the printing press change the Reformation",
    ],
    "advice": [
        "how do I tell my manager I'm burning out without sounding weak",
        "my flatmate never washes up, how do I bring it up",
        "should I take a job with better pay but a longer commute",
        "how can I make friends after moving to a new city at 35",
        "what should I ask at the end of a job interview",
        "my teenager won't talk to me after school, any ideas",
        "how do I politely decline being a bridesmaid",
        "tips for a first meeting with a new therapist",
        "how do I stop procrastinating on my dissertation",
        "how to handle a colleague who takes credit for my work",
    ],
    "gardening": [
        "the top leaves on my greenhouse tomatoes are curling inwards, what's going on",
        "what can I plant in a north-facing shady border",
        "how do I get rid of bindweed without chemicals",
        "when should I prune a wisteria",
        "is it too late to plant garlic in my area",
        "what's eating holes in my hostas",
        "how do I start a compost heap in a small garden",
        "best climbing plants for a fence that gets afternoon sun",
        "how do I stop my lawn going yellow in summer",
        "can I grow blueberries in pots",
    ],
    "science-and-language": [
        "why does the sky look blue at noon but orange and red at sunset over the sea",
        "how does an mRNA vaccine teach my immune system without containing the virus",
        (
            "my uncle says a cold winter disproves climate change, how do I explain weather "
            "versus climate"
        ),
        "explain how tides work in simple terms",
        "do cats purr only when they're happy or also when they're hurt",
        "trick for remembering affect vs effect in formal writing",
        "when do I use 'whom' instead of 'who'",
        "how do I say 'where is the nearest pharmacy' in Brazilian Portuguese",
        "what's the origin of the phrase 'mind your Ps and Qs'",
        "is 'different than' acceptable in British English or only American",
    ],
    "everyday": [
        "how do I get a red wine stain out of a wool carpet",
        "what's a good gift for a retiring colleague who loves birdwatching",
        "my washing machine smells musty, how do I clean it",
        "ideas for a rainy Saturday with two bored kids",
        "how do I choose a good mattress",
        "what should I look for when buying a second-hand bike",
        "how do I make my houseplants survive the winter",
        "suggest a board game for six adults who don't like long rules",
        "how do I reset a forgotten router password",
        "what's the best way to learn to touch type",
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
    # no register (family name) of this set is a family name of sets 19 to 177
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 177: {reused}"
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
