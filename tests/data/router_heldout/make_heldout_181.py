"""Generate heldout-2027-06-02.jsonl: a hundred-and-eighty-first held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_181.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-180, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (whole_up for whole items, terminating with at
most 3 decimals), units from the exact definitions below (unit(..., EXACT) for terminating
answers, unit_r for rounded ones), dates with datetime (days, weeks, ages, nth weekdays,
working days, clock spans) and zoneinfo via utc_minutes for times in two zones, including a
clock change crossed; weekdays written next to dates come from sayw/sayus.

Provenance
----------
Read: this file (cat), grading.py (cat) and earlier_registers.txt (head, plus grep -c/grep -x
    for candidate register words and names to keep mine new). Nothing under /work/main,
    /work/shared or /work/.library; no earlier generator or .jsonl was opened.
Wrote: the four sections by hand in scratch files inside /work/sealed181, spliced in at the
    markers with a small script; register names chosen after checking the word lists above.
    When the duplicate check listed my item ids, I printed only my own items' text for those
    ids and reworded them (twice), without looking for the earlier text.
Checked: /work/main/.venv/bin/python make_heldout_181.py until it passed; a local listing of
    my own positives with their expected values to review them; ruff check and ruff format
    with --config /work/main/pyproject.toml; a line-length check (at most 99 columns); then
    the generator again. Scratch files deleted.
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
OUT = HERE / "heldout-2027-06-02.jsonl"
PREFIX = "ho181-"
# earlier generators: sets 1-180 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 181))
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


# ---- the 25 registers of this set (each used by all three tools)
TOLL = "tollbooth_attendant_on_a_suspension_bridge"
GOAT = "goat_yoga_host_on_a_smallholding"
RADAR = "weather_radar_technician_on_a_hilltop"
SOBA = "soba_noodle_maker_in_nagano"
SAMOSA = "samosa_stall_at_a_county_cricket_ground"
ZIP = "zipper_repair_kiosk_in_a_shopping_centre"
CUFF = "cufflink_engraver_for_a_wedding_party"
HORSE = "horse_whisperer_starting_a_young_cob"
SHERIFF = "sheriffs_deputy_serving_civil_papers"
KOTO = "koto_teacher_preparing_a_recital"
BANJO = "banjo_player_on_a_bluegrass_festival_tour"
MOSS = "moss_garden_keeper_at_a_kyoto_temple"
FERN = "fern_collector_restoring_a_victorian_fernery"
WORM = "wormery_composting_evangelist"
SWIFT = "swift_nest_box_installer_on_a_church_tower"
LIGHT = "lighthouse_keeper_on_a_relief_rotation"
CAST = "castaway_reality_show_contestant"
PROSP = "prospector_staking_claims_in_the_yukon"
GEODE = "geode_cracking_stall_at_a_rock_show"
FENG = "feng_shui_consultant_rearranging_an_office"
ORRERY = "orrery_builder_cutting_brass_gears"
WHERRY = "norfolk_wherry_sailing_skipper"
BEEF = "beefeater_guiding_tower_tours"
BOOTH = "passport_photo_booth_repairer"
SUMI = "sumi_ink_painting_student"

# ---- plain one-line questions
calc(P, "what's 4,817 × 36", 4817 * 36)
calc(P, "1,250 minus 17.5% of 1,250", 1250 - pct("17.5") * 1250)
calc(P, "average of 73, 118, 96 and 141", F(73 + 118 + 96 + 141, 4))
calc(P, "what is 2 to the power of 17?", 2**17)
assert 91 * 91 == 8281
calc(P, "what's the square root of 8,281, checking my working", 91)
calc(P, "£3,460 split evenly 8 ways, how much each", F(3460, 8))
calc(P, "15 percent of 2,390", pct(15) * 2390)
calc(P, "seven hundred and twenty-four times nineteen", 724 * 19)
calc(P, "0.375 * 248 + 19.6 =", dec("0.375") * 248 + dec("19.6"))
calc(P, "what is 3/8 of 1,304", F(3, 8) * 1304)
calc(P, "9.6% of $18,450?", pct("9.6") * 18450)
calc(
    P,
    "if I earn $23.40 an hour and work 37.5 hours what's my gross pay",
    dec("23.40") * dec("37.5"),
)
calc(P, "98,765 − 43,219.85", 98765 - dec("43219.85"))
calc(
    P,
    "increase 640 by 35% and then decrease the result by 35%, what do you end up with",
    640 * (1 + pct(35)) * (1 - pct(35)),
)

# ---- registers
calc(
    TOLL,
    "end of shift on the bridge booth: 1,284 cars at £2.70, 163 vans at £5.40 and 41 HGVs at "
    "£9.80. the 212 motorbikes cross free. how much toll did I take",
    1284 * dec("2.70") + 163 * dec("5.40") + 41 * dec("9.80"),
)
calc(
    TOLL,
    "a car season ticket for the bridge is £34 a month. a commuter who goes over and back every "
    "working day, 21 working days in the month, would otherwise pay £2.70 per crossing. how much "
    "does the season ticket save them that month",
    2 * 21 * dec("2.70") - 34,
)
calc(
    GOAT,
    "goat yoga saturday: 12 booked at £18 a head, 3 cancelled late and I refund late "
    "cancellations half. the vet charges £65 for the goats' check that week. what's left for me "
    "after the refunds and the vet",
    12 * 18 - 3 * F(18, 2) - 65,
)
calc(
    RADAR,
    "there are 6,720 bolts on the radome and I check 540 of them per visit, never the same bolt "
    "twice. how many visits until every bolt has been checked (whole visits)",
    whole_up(F(6720, 540)),
)
calc(
    RADAR,
    "the transmitter draws an average 4.2 kW around the clock. at 28.5p per kWh, what does it "
    "cost to run per day, in pounds?",
    dec("4.2") * 24 * dec("0.285"),
)
calc(
    SOBA,
    "hachiwari soba is 80% buckwheat flour and 20% wheat flour, and I add water at 47% of the "
    "total flour weight. for 2.35 kg of flour how many grams of water",
    dec("2350") * pct(47),
)
calc(
    SOBA,
    "zaru soba ¥1,100, tempura soba ¥1,650, and both prices include the 10% consumption tax. "
    "on saturday I sold 86 zaru and 54 tempura. how many yen of the takings is tax",
    F(86 * 1100 + 54 * 1650, 11),
)
calc(
    SAMOSA,
    "four-day county game. samosas are £2.20 each; I sold 412 on day one, 538 on day two and 605 "
    "on day three. on day four I did 3 for £5 and sold 297, all in threes. total takings for the "
    "match?",
    (412 + 538 + 605) * dec("2.20") + F(297, 3) * 5,
)
calc(
    SAMOSA,
    "1 kg of spiced potato filling makes 28 samosas. how many kilos of filling do I need to "
    "make for 650 samosas, rounded up to whole kilos",
    whole_up(F(650, 28)),
)
calc(
    ZIP,
    "zip kiosk week: 37 jacket zips fitted at £14 each (each zip costs me £3.80) and 22 jeans "
    "zips at £8 (cost £1.10 each). rent is £290 a week. what's my profit for the week",
    37 * (14 - dec("3.80")) + 22 * (8 - dec("1.10")) - 290,
)
calc(
    CUFF,
    "wedding order: a pair of cufflinks each for the groom, the best man, 8 ushers and both "
    "fathers. each link gets 12 engraved letters and there are two links to a pair. engraving "
    "is 35p a letter and the blanks are £22 a pair. total for the order?",
    (1 + 1 + 8 + 2) * (22 + 2 * 12 * dec("0.35")),
)
calc(
    HORSE,
    "owner has booked a block of 12 groundwork sessions for her cob at £45 a session, with 10% "
    "off the session fees for booking the block. I charge 45p a mile travel and it's 38 miles "
    "each way per visit. what's the whole bill",
    12 * 45 * (1 - pct(10)) + 12 * 2 * 38 * dec("0.45"),
)
calc(
    SHERIFF,
    "quarterly expense claim: 1,284 miles driven at 67 cents a mile, plus a $35 fee for each of "
    "the 112 papers I served (the 19 failed attempts don't count). total claim?",
    1284 * dec("0.67") + 35 * 112,
)
calc(
    SHERIFF,
    "fee schedule is $40 per service attempt plus a flat $25 mileage charge per address. I made "
    "3 attempts at each of 14 addresses and 2 attempts at each of 9 others. total fees",
    (3 * 14 + 2 * 9) * 40 + (14 + 9) * 25,
)
calc(
    KOTO,
    "the hall for our koto recital costs ¥88,000, split evenly between my 16 students, and each "
    "student also pays ¥3,500 towards the programme and flowers. how much does each pay in all",
    F(88000, 16) + 3500,
)
calc(
    BANJO,
    "the festival paid our four-piece $2,400. the agent takes 15% off the top, then $180 for van "
    "gas comes out, and the rest is split equally. what does each of us get",
    (2400 * (1 - pct(15)) - 180) / 4,
)
calc(
    MOSS,
    "the temple moss garden is 1,850 square metres and 64% of it is moss. we replant 3.5% of the "
    "moss area every autumn. how many square metres is that",
    1850 * pct(64) * pct("3.5"),
)
calc(
    FERN,
    "fernery restoration materials: 340 tufa blocks at £6.75 and 28 mist nozzles at £3.20, plus "
    "20% VAT on the lot. what's the total",
    (340 * dec("6.75") + 28 * dec("3.20")) * (1 + pct(20)),
)
calc(
    WORM,
    "if compost worms eat half their body weight in scraps every day, how many grams of scraps "
    "will 1.8 kg of worms get through in a week",
    dec("1800") / 2 * 7,
)
calc(
    SWIFT,
    "swift boxes for the church tower: three of its four faces take 6 boxes each and the north "
    "face takes half as many. the boxes are £27.50 each, the diocese pays 40% and the parish "
    "raises the rest. how much does the parish need to raise",
    (3 * 6 + F(6, 2)) * dec("27.50") * (1 - pct(40)),
)
calc(
    LIGHT,
    "the generator on the rock burns 3.6 litres of diesel an hour and runs 14 hours a night. a "
    "stint is 28 nights and diesel is £1.47 a litre. fuel cost for one stint?",
    dec("3.6") * 14 * 28 * dec("1.47"),
)
calc(
    CAST,
    "the prize pot is £50,000 and the rule is you get 2% of the pot for every FULL week you "
    "last on the island. I lasted 38 of the 50 days. what do I walk away with",
    50000 * pct(2) * (38 // 7),
)
calc(
    CAST,
    "our tribe got 1,200 g of rice to last 4 people 10 days. one of us was evacuated at the end "
    "of day 4 and the rest kept eating the same ration per person per day. how many grams were "
    "left at the end of day 10",
    1200 - F(1200, 4 * 10) * (4 * 4 + 3 * 6),
)
calc(
    PROSP,
    "I panned 15 g of placer gold this season. it assays at 88% pure and the buyer pays "
    "C$112.50 per gram of pure gold. how much is the cheque",
    15 * pct(88) * dec("112.50"),
)
calc(
    GEODE,
    "geodes are £8 each or 5 for £35. what's the cheapest a family can pay for 13 of them",
    min(a * 35 + (13 - 5 * a) * 8 for a in range(3)),
)
calc(
    FENG,
    "I bill HK$1,800 an hour. the site visit took 3 hours 15 minutes, and report writing is "
    "charged at 40% of the site-visit fee on top. total invoice in HK$",
    1800 * (3 + F(15, 60)) * (1 + pct(40)),
)
calc(
    ORRERY,
    "a 12-tooth pinion drives a 73-tooth wheel, and on that wheel's arbor a 20-tooth pinion "
    "drives a 60-tooth wheel. how many turns of the first pinion make one turn of the last wheel",
    F(73, 12) * F(60, 20),
)
calc(
    WHERRY,
    "wherry charter: 11 passengers at £42 each, children half price, and 4 of the 11 are "
    "children. we give 5% off for groups. what do they pay",
    (7 * 42 + 4 * F(42, 2)) * (1 - pct(5)),
)
calc(
    BEEF,
    "tour group of 38: 9 children at £17.90, 6 concessions at £28.60 and the rest adults at "
    "£35.80. what did the group pay altogether",
    (38 - 9 - 6) * dec("35.80") + 9 * dec("17.90") + 6 * dec("28.60"),
)
calc(
    BOOTH,
    "the passport photo booth did 1,137 sessions in march at £8 a go. the shop takes 22% "
    "commission, I keep the rest, but paper and ink cost me £1.15 a session. what's my net",
    1137 * 8 * (1 - pct(22)) - 1137 * dec("1.15"),
)
calc(
    SUMI,
    "art shop bill: ink stick ¥4,200, brush ¥2,750, inkstone ¥6,600 and 100 sheets of paper "
    "¥1,980. students get 10% off everything except paper. what do I pay",
    (4200 + 2750 + 6600) * (1 - pct(10)) + 1980,
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
LITRE = F(1, 1000)  # m^3
HPA = F(100)  # Pa

# ---- plain one-line questions
unit_r(P, "how many km is 43.5 miles", dec("43.5") * MI / 1000)
unit_r(P, "how many grams is 14 oz", 14 * OZ * 1000)
unit_r(P, "what is 81.5 °F in Celsius", f_to_c(dec("81.5")))
unit(P, "-17.5 C to F", c_to_f(dec("-17.5")), EXACT)
unit(P, "6 ft 2½ in in centimetres", (6 * FT + dec("2.5") * IN) * 100, EXACT)
unit(P, "how many metres is 250 yards", 250 * YD, EXACT)
unit_r(
    P,
    "old bathroom scales say 13 stone 9 and a half pounds, what's that in kg",
    13 * STONE + dec("9.5") * LB,
)
unit_r(P, "what's 57 mph in km/h", 57 * MPH / KMH)
unit_r(P, "how many sq ft is a 37.5 m² flat", dec("37.5") / SQFT)
unit_r(P, "the glebe field is 3.65 acres, how many square metres", dec("3.65") * ACRE)
unit_r(P, "tyre placard says 2.3 bar, what is that in psi", dec("2.3") * BAR / PSI)
unit(P, "how many MiB is 6.25 GiB", dec("6.25") * GIB / MIB, EXACT)
unit(P, "ferry cruises at 23.5 knots, km/h?", dec("23.5") * KNOT / KMH, EXACT)
unit_r(P, "5,895 metres in feet", 5895 / FT)

# ---- registers
unit_r(
    TOLL,
    "the main span of our bridge is 1,410 metres. a tourist in the queue wants it in feet, "
    "what do I tell him",
    1410 / FT,
)
unit_r(
    GOAT,
    "weighed myself holding the smallest pygmy goat and took off my own weight: she's 58 lb. "
    "what's that in kg",
    58 * LB,
)
unit(
    RADAR,
    "the hilltop is 2,940 ft above sea level and the radar tower adds another 65 m. how high is "
    "the top of the tower above sea level, in metres",
    2940 * FT + 65,
    EXACT,
)
unit_r(RADAR, "station barometer says 915 hPa, what's that in psi", 915 * HPA / PSI)
unit_r(
    SOBA,
    "my noodle rolling board is 90 cm by 60 cm, an american customer asked how many square feet "
    "that is",
    F(90, 100) * F(60, 100) / SQFT,
)
unit(
    SAMOSA,
    "the square leg boundary is 65 yards from the middle of the pitch. how many metres is that",
    65 * YD,
    EXACT,
)
unit(
    ZIP,
    "customer wants a 28 inch open-ended zip, I stock them in cm. 28 in = ? cm",
    28 * IN * 100,
    EXACT,
)
unit(
    CUFF,
    "the cufflink blanks are five eighths of an inch across. how many mm",
    F(5, 8) * IN * 1000,
    EXACT,
)
unit_r(
    CUFF,
    "each silver link weighs 0.35 oz and the wedding order is 24 links. total silver in grams?",
    24 * dec("0.35") * OZ * 1000,
)
unit(
    HORSE,
    "the cob measures 14.2 hh at the withers. what's that in centimetres",
    (14 * 4 + 2) * IN * 100,
    EXACT,
)
unit_r(
    SHERIFF,
    "the summons address is 23 miles out along the county road. in km?",
    23 * MI / 1000,
)
unit_r(
    KOTO,
    "a standard koto is about 182 cm long. my student in ohio wants it in inches",
    F(182, 100) / IN,
)
unit_r(
    BANJO,
    "drive from Galax VA to Owensboro KY is 512 miles, how many kilometres is that",
    512 * MI / 1000,
)
unit_r(
    MOSS,
    "a visitor asked how big the moss garden is in square feet. it's 1,850 m²",
    1850 / SQFT,
)
unit_r(FERN, "the fernery thermometer read 54 °F at dawn, what is that in °C", f_to_c(54))
unit_r(
    FERN,
    "the misting system's tank holds 2,400 litres. how many cubic feet of water is that",
    2400 * LITRE / CUFT,
)
unit_r(
    WORM,
    "my wormery bin is 24 inches by 16 inches and 18 inches deep. volume in litres?",
    24 * 16 * 18 * IN**3 / LITRE,
)
unit(
    SWIFT,
    "the louvres on the tower are 58 feet up and the cherry picker only reaches 16 metres. "
    "how many centimetres short does it fall",
    (58 * FT - 16) * 100,
    EXACT,
)
unit(
    LIGHT,
    "the light's range is 22 nautical miles, how many km is that",
    22 * 1852 / F(1000),
    EXACT,
)
unit_r(LIGHT, "wind on the gallery gusting 54 knots. what's that in mph", 54 * KNOT / MPH)
unit_r(
    CAST,
    "caught a fish on day 12, 71 cm nose to tail. the US edit wants it in inches",
    F(71, 100) / IN,
)
unit_r(
    PROSP,
    "my claim is 1,500 feet by 1,000 feet. how many hectares is that",
    1500 * FT * 1000 * FT / 10000,
)
unit_r(PROSP, "how many troy ounces is 250 grams of gold", F(250, 1000) / TROY_OZ)
unit_r(
    GEODE,
    "the big amethyst geode on the stall weighs 47 lb. in kilograms please",
    47 * LB,
)
unit(
    FENG,
    "the new desk is 160 cm wide and the alcove is 5 ft 4 in. how many cm to spare",
    (5 * FT + 4 * IN) * 100 - 160,
    EXACT,
)
unit(
    ORRERY,
    "brass sheet is 1/8 inch thick - what's that in millimetres",
    F(1, 8) * IN * 1000,
    EXACT,
)
unit(
    WHERRY,
    "the wherry's mast is 40 feet and the bridge clearance is 6.9 m. by how many metres does the "
    "mast have to come down to get under",
    40 * FT - dec("6.9"),
    EXACT,
)
unit_r(WHERRY, "the old trading wherry carried about 1,400 sq ft of sail. in m²?", 1400 * SQFT)
unit_r(BEEF, "the White Tower is 27 metres high, an american guest asked for feet", 27 / FT)
unit_r(
    BOOTH,
    "a passport photo is 35 mm by 45 mm. what area is that in square inches",
    F(35, 1000) * F(45, 1000) / (IN * IN),
)
unit_r(
    SUMI,
    "a roll of painting paper is 34.5 cm wide and 20 m long. how many square feet is that",
    dec("0.345") * 20 / SQFT,
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


# ---- plain one-line questions
date_item(P, "what day of the week is 17 August 2031", weekday(D(2031, 8, 17)))
date_item(
    P,
    "count the days between 17 March 2027 and 2 November 2027",
    days(D(2027, 3, 17), D(2027, 11, 2)),
)
date_item(P, "what date is 100 days after 14 October 2029?", D(2029, 10, 14) + TD(days=100))
_w0 = D(2028, 1, 2)
_w1 = _w0 + TD(weeks=47)
date_item(P, f"how many weeks is it from {say(_w0)} to {say(_w1)}", weeks(_w0, _w1))
date_item(P, "what weekday was 9 November 1989", weekday(D(1989, 11, 9)))
date_item(P, "which date falls 115 days before 1 March 2031", D(2031, 3, 1) - TD(days=115))
date_item(
    P,
    "someone born 11 June 1987, how old are they on 10 June 2031",
    age(D(1987, 6, 11), D(2031, 6, 10)),
)
date_item(P, "how many days does February 2300 have", calendar.monthrange(2300, 2)[1])
date_item(P, "6 weeks after 23 December 2027?", D(2027, 12, 23) + TD(weeks=6))
_sep = [D(2027, 9, k) for k in range(1, 31)]
date_item(
    P,
    "how many working days (Mon to Fri) are there from 1 September 2027 to 30 September 2027 "
    "inclusive",
    sum(1 for d in _sep if d.weekday() < SAT),
)
date_item(
    P, "what day of the week is Christmas Day (25 December) in 2032", weekday(D(2032, 12, 25))
)
date_item(
    P, "what's the date of the fourth Wednesday of October 2031", nth_weekday(2031, 10, WED, 4)
)
date_item(P, "what's 500 days after 12/07/2028 (that's day/month)", D(2028, 7, 12) + TD(days=500))
date_item(
    P,
    "overnight coach leaves London at 22:30 on 27 March 2027 and gets into Paris at 07:15 local "
    "time on 28 March 2027. how many minutes is the journey",
    utc_minutes("2027-03-27T22:30", "Europe/London", "2027-03-28T07:15", "Europe/Paris"),
)

# ---- registers
_t0 = D(2027, 9, 2)
date_item(
    TOLL,
    f"booth rota is 4 days on, 4 days off. the first shift of my first cycle was {sayw(_t0)}. "
    "what date is the first shift of my 10th cycle",
    _t0 + TD(days=9 * 8),
)
date_item(
    GOAT,
    "the nannies went in with the billy on 9 October 2027. if they kid exactly 150 days later, "
    "what date do I clear the diary for",
    D(2027, 10, 9) + TD(days=150),
)
_r0 = D(2027, 3, 16)
date_item(
    RADAR,
    f"the radar gets a service every 45 days. the last one was {sayw(_r0)}; what date is the 4th "
    "service after that",
    _r0 + TD(days=4 * 45),
)
date_item(
    RADAR,
    "radar went down at 22:40 and came back at 06:15 the next morning. how many minutes of "
    "outage do I log",
    clock_span("22:40", "06:15", 60),
)
date_item(
    SOBA,
    "the shop is closed on the third Tuesday of each month. which date is that in November 2027",
    nth_weekday(2027, 11, TUE, 3),
)
_m0 = D(2027, 5, 20)
date_item(
    SAMOSA,
    f"the first home match starts {sayw(_m0)} and I have to order the printed paper bags 6 weeks "
    "before that. order-by date?",
    _m0 - TD(weeks=6),
)
_z0 = D(2027, 8, 13)
date_item(
    ZIP,
    f"customer dropped her coat in on {sayw(_z0)} and I promised it back in 3 working days "
    "(Mon-Fri, not counting the drop-off day). what date is it ready",
    working_day_after(_z0, 3),
)
_c0 = D(2027, 9, 18)
date_item(
    CUFF,
    f"wedding is {sayw(_c0)}. the engraving has to be finished 21 days before that, and the "
    "couple want to sign off a proof 10 days before the engraving deadline. what's the proof date",
    _c0 - TD(days=21 + 10),
)
date_item(
    HORSE,
    "the cob was foaled on 27 April 2024. how old is he in whole years on 1 March 2028",
    age(D(2024, 4, 27), D(2028, 3, 1)),
)
_s0 = D(2027, 3, 5)
date_item(
    SHERIFF,
    f"papers served {sayus(_s0)}. defendant gets 21 calendar days to answer, counting the day "
    "after service as day 1. what's the last day to answer",
    _s0 + TD(days=21),
)
date_item(
    SHERIFF,
    "served the eviction notice on 11/30/2027 (month/day/year), hearing is set 45 days later. "
    "what day of the week is the hearing",
    weekday(D(2027, 11, 30) + TD(days=45)),
)
_k0, _k1 = D(2027, 9, 6), D(2027, 11, 7)
date_item(
    KOTO,
    f"recital is {sayw(_k1)}. my student practises 40 minutes every day from {sayw(_k0)} up to "
    "and including the day before the recital. how many minutes of practice is that in total",
    days(_k0, _k1) * 40,
)
date_item(
    KOTO,
    "flying Tokyo Haneda to Honolulu for a recital: we take off at 21:40 Tokyo time on "
    "3 October 2027 and land at 09:55 Honolulu time on 3 October 2027. how many minutes in "
    "the air",
    utc_minutes("2027-10-03T21:40", "Asia/Tokyo", "2027-10-03T09:55", "Pacific/Honolulu"),
)
_b0 = D(2027, 8, 12)
_b1 = _b0 + TD(days=3)
assert _b1.weekday() == SUN
date_item(
    BANJO,
    f"the first festival runs from {sayw(_b0)} through the Sunday. the next one starts 19 days "
    "after the first one ends. what date does it start",
    _b1 + TD(days=19),
)
date_item(
    BANJO,
    "band flies Nashville to London for a festival: leaves 17:45 Nashville time on March 20, "
    "2027, lands 07:10 London time on March 21, 2027. how long is the flight in minutes",
    utc_minutes("2027-03-20T17:45", "America/Chicago", "2027-03-21T07:10", "Europe/London"),
)
_mo = D(2027, 9, 11)
date_item(
    MOSS,
    f"visits to the moss garden are by return postcard, which must reach the temple at least "
    f"7 days before the visit. we want to go on {sayw(_mo)}. latest date the card can arrive?",
    _mo - TD(days=7),
)
date_item(
    FERN,
    "I sowed the hart's-tongue spores on 19 January 2028 and the first green showed 38 days "
    "later. which date was that",
    D(2028, 1, 19) + TD(days=38),
)
date_item(
    WORM,
    "I harvest castings every 75 days. the first harvest was on 2 February 2027. when's the "
    "5th harvest",
    D(2027, 2, 2) + TD(days=4 * 75),
)
_sw = D(2028, 2, 14)
date_item(
    SWIFT,
    f"faculty permission to put boxes on the tower was issued {sayw(_sw)} and is valid for 60 "
    "days, counting the issue date as day 1. what's the last valid day",
    _sw + TD(days=59),
)
_l0 = D(2027, 1, 6)
date_item(
    LIGHT,
    f"relief rota is 28 days on the rock, 28 days ashore. my first stint began {sayw(_l0)}. "
    "what date does my 4th stint begin",
    _l0 + TD(days=3 * 56),
)
date_item(
    LIGHT,
    "relief boat left the quay at 21:50 and we tied up at the rock at 01:35. how many minutes "
    "was the crossing",
    clock_span("21:50", "01:35", 60),
)
_ca = D(2027, 6, 21)
date_item(
    CAST,
    f"filming started {sayw(_ca)}, which was day 1. I was voted off on day 38. what was the date",
    _ca + TD(days=37),
)
date_item(
    PROSP,
    "staked my claim on 14 June 2027, and it has to be recorded at the mining recorder's office "
    "no later than 30 days after staking. what's the deadline date",
    D(2027, 6, 14) + TD(days=30),
)
date_item(
    GEODE,
    "the rock show is always on the second Saturday of March. what date is it in 2029",
    nth_weekday(2029, 3, SAT, 2),
)
_fe = D(2027, 12, 2)
date_item(
    FENG,
    f"contract signed {sayw(_fe)} and the office move is 45 days after signing. which day of the "
    "week does the move fall on",
    weekday(_fe + TD(days=45)),
)
date_item(
    ORRERY,
    "Mars takes 687 days to go round. if I set the Mars arm to its starting mark on 1 January "
    "2027 and advance it one day at a time, what date does it get back to the mark",
    D(2027, 1, 1) + TD(days=687),
)
date_item(
    WHERRY,
    "cast off from Wroxham at 10:20 and moored at Ludham at 14:05 the same day. how many hours "
    "is that as a decimal",
    clock_span("10:20", "14:05", 3600),
)
date_item(
    BEEF,
    "on duty at the Tower from 09:30 until 17:40 with one 45 minute break. how many minutes "
    "did I actually work",
    clock_span("09:30", "17:40", 60) - 45,
)
date_item(
    BEEF,
    "warder born 12 March 1968 - how old is he on 1 October 2027",
    age(D(1968, 3, 12), D(2027, 10, 1)),
)
date_item(
    BOOTH,
    "call-out to the booth at the airport: left the depot at 23:10, back at 03:25. how many "
    "minutes was the job door to door",
    clock_span("23:10", "03:25", 60),
)
_su0 = D(2027, 10, 5)
_su1 = D(2027, 12, 14)
assert _su0.weekday() == TUE and _su1.weekday() == TUE
date_item(
    SUMI,
    f"sumi-e class is every Tuesday from {sayw(_su0)} to {sayw(_su1)} inclusive. how many "
    "classes is that",
    weeks(_su0, _su1) + 1,
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
            (U, "for this puzzle book, a ◇ b means a squared minus b. got it?"),
            (A, "Got it: a ◇ b = a² − b. Send me the first one."),
            (U, "ok so what's 6 ◇ 11"),
        ],
        "◇ was defined earlier in the chat; a calculator cannot know the rule",
    ),
    (
        "conv-octal",
        [
            (U, "my lad's year 9 maths sheet is all base-8 numbers"),
            (A, "Understood, I'll read all the numbers as octal."),
            (U, "so 17 + 26 on his sheet is what"),
        ],
        "the numbers are octal (answer 44 in base 8), not decimal",
    ),
    (
        "conv-binary",
        [
            (
                U,
                (
                    "for the next few sums I'm writing in binary, it's for a digital "
                    "electronics module"
                ),
            ),
            (A, "Sure, binary it is."),
            (U, "1101 + 1011 then"),
        ],
        "binary addition set up in an earlier turn",
    ),
    (
        "conv-hexadecimal",
        [
            (S, "All numbers in this conversation are hexadecimal unless marked otherwise."),
            (U, "FF minus 1A"),
        ],
        "hex subtraction; the system turn sets the base",
    ),
    (
        "conv-modulus",
        [
            (S, "You are a tutor for a number theory course. All arithmetic here is modulo 7."),
            (U, "what's 5 × 6"),
        ],
        "arithmetic modulo 7 gives 2, not 30",
    ),
    (
        "conv-clock-face",
        [
            (U, "thinking about an ordinary 12 hour clock face, no am or pm"),
            (A, "Okay, clock arithmetic with 12 positions."),
            (U, "9 plus 5"),
        ],
        "clock arithmetic: the answer is 2 o'clock",
    ),
    (
        "conv-shire-calendar",
        [
            (
                U,
                (
                    "doing some Tolkien fan fiction and using the Shire Reckoning for the "
                    "hobbits' dates"
                ),
            ),
            (A, "Nice. In the Shire Reckoning every month has 30 days, with extra days outside."),
            (U, "how many days from 2 Afteryule to 2 Rethe then"),
        ],
        "a fictional calendar only the model knows",
    ),
    (
        "conv-eight-day-week",
        [
            (
                U,
                (
                    "in my fantasy world the week has 8 days: Ansday, Brisday, Corday, "
                    "Dunday, Elday, Forday, Gaunday, Herday"
                ),
            ),
            (A, "Got it, an eight-day week starting on Ansday."),
            (U, "the feast is on a Brisday. what day is it 20 days after the feast"),
        ],
        "an invented eight-day week defined earlier",
    ),
    (
        "conv-invented-distance",
        [
            (U, "in my tabletop setting 1 league is 4 rods and 1 rod is 9 paces"),
            (A, "Noted: 1 league = 4 rods = 36 paces."),
            (U, "how many paces is 7 leagues then"),
        ],
        "invented units whose sizes are only in the conversation",
    ),
    (
        "conv-invented-currency",
        [
            (U, "the game's money: 1 crown = 12 shields, 1 shield = 20 pennies"),
            (A, "So a crown is 240 pennies."),
            (U, "a sword costs 3 crowns 7 shields, how many pennies is that"),
        ],
        "fictional currency explained earlier",
    ),
    (
        "conv-javascript-plus",
        [
            (U, "chasing a bug in a node.js script at work"),
            (A, "Of course, paste what you've got."),
            (U, "so what does '7' + 4 come out as"),
        ],
        "JavaScript string concatenation gives '74'",
    ),
    (
        "conv-c-integer-division",
        [
            (U, "this is C and both variables are ints"),
            (A, "OK, integer semantics then."),
            (U, "7 / 2 = ?"),
        ],
        "C integer division truncates to 3",
    ),
    (
        "conv-python-round",
        [
            (U, "got a Python 3.11 question about rounding money"),
            (A, "Go ahead."),
            (U, "what does round(0.125, 2) return"),
        ],
        "Python's round-half-to-even on binary floats, not school rounding",
    ),
    (
        "conv-python-power",
        [
            (U, "I'm in a python repl"),
            (A, "Sure, what are you evaluating?"),
            (U, "-3 ** 2"),
        ],
        "Python precedence makes this -9",
    ),
    (
        "conv-bitwise-xor",
        [
            (U, "we're talking bitwise operators in C for the next bit"),
            (A, "Okay, bitwise ops."),
            (U, "12 ^ 10"),
        ],
        "^ is XOR here (6), not a power",
    ),
    (
        "conv-sql-null",
        [
            (U, "writing a postgres view for the sales team"),
            (A, "Happy to help with the SQL."),
            (U, "what does NULL + 40 evaluate to in it"),
        ],
        "SQL null semantics",
    ),
    (
        "conv-rent-split",
        [
            (U, "me and my partner split the rent 60/40, I'm the 60"),
            (A, "Got it, you pay 60% and your partner 40%."),
            (U, "landlord's putting it up to £1,450, what's my bit now"),
        ],
        "the split was only told in an earlier turn",
    ),
    (
        "conv-dinner-bill",
        [
            (U, "dinner for five, but Tom only had a starter so he's paying a flat £12"),
            (A, "Okay, Tom pays £12 and the other four share the rest."),
            (U, "bill came to £187 with service, how much for each of the rest of us"),
        ],
        "the sharing rule was set earlier in the chat",
    ),
    (
        "conv-quiz-scores",
        [
            (U, "my pub quiz scores this season were 14, 17, 11 and 19"),
            (A, "Nice run. What would you like to know?"),
            (U, "what's my average"),
        ],
        "the numbers are only in the earlier turn",
    ),
    (
        "conv-recipe-scale",
        [
            (U, "pancake recipe for 4: 300 g flour, 2 eggs, 250 ml milk"),
            (A, "Sounds good. Want it scaled?"),
            (U, "yes scale it for 7"),
        ],
        "the recipe is in an earlier turn and the eggs need a judgement call",
    ),
    (
        "conv-timesheet-hmm",
        [
            (U, "my timesheet uses h.mm, so 7.45 means 7 hours 45 minutes"),
            (A, "Understood, hours and minutes."),
            (U, "add 7.45, 8.30 and 6.50"),
        ],
        "hours.minutes notation defined earlier; decimal addition would be wrong",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "cricket overs, 6 balls an over, written like 12.4"),
            (A, "Right, 12.4 means 12 overs and 4 balls."),
            (U, "12.4 + 8.3"),
        ],
        "overs notation: 21.1 overs, not 20.7",
    ),
    (
        "conv-semitones",
        [
            (U, "music theory: I'll give a note and a number of semitones to go up"),
            (A, "Sounds good."),
            (U, "C plus 7?"),
        ],
        "musical intervals, not arithmetic",
    ),
    (
        "conv-drop-d",
        [
            (U, "my guitar's tuned to drop D"),
            (A, "So the low string is D instead of E."),
            (U, "what note is the 5th fret on the low string"),
        ],
        "guitar tuning knowledge",
    ),
    (
        "conv-roleplay-date",
        [
            (S, "Role-play: the story is set in Bath, and the in-story date is 3 March 1815."),
            (U, "what's the date a fortnight from now in the story, and what's on in Bath"),
        ],
        "a story date given by the system turn plus period knowledge",
    ),
    (
        "conv-book-character-age",
        [
            (U, "in the books Harry Potter was born on 31 July 1980"),
            (A, "Yes, that's his canonical birthday."),
            (U, "how old was he at the Battle of Hogwarts"),
        ],
        "needs the date of a fictional battle",
    ),
    (
        "conv-reign-length",
        [
            (U, "reading about Queen Victoria"),
            (A, "She had one of the longest reigns in British history."),
            (U, "how many days exactly did it last"),
        ],
        "needs the historical start and end dates",
    ),
    (
        "conv-phobos",
        [
            (U, "tell me about the moons of Mars"),
            (A, "Mars has two small moons, Phobos and Deimos."),
            (U, "how many times does the inner one go round in one Earth day"),
        ],
        "needs Phobos's orbital period",
    ),
    (
        "conv-sales-tax",
        [
            (U, "I'm in Ontario for a few days"),
            (A, "Nice, anything I can help with?"),
            (U, "how much tax will they add to an $80 jacket here"),
        ],
        "needs the local sales tax rate",
    ),
    (
        "conv-dice",
        [
            (U, "running my first D&D session tonight"),
            (A, "Exciting! Ask away."),
            (U, "2d6+3, what's the range and the average"),
        ],
        "dice notation explained by the model",
    ),
    (
        "conv-french-numbers",
        [
            (U, "learning French numbers, the 70s to 90s are confusing me"),
            (A, "They are tricky: French counts them as 60+10, 4×20 and so on."),
            (U, "how do you say 71 and 99"),
        ],
        "language, not arithmetic",
    ),
    (
        "conv-decimal-clock",
        [
            (U, "imagine the French Revolutionary decimal clock, 10 hours in a day"),
            (A, "Right: 10 hours, each of 100 minutes."),
            (U, "what's 7 hours after 6 o'clock"),
        ],
        "a historical 10-hour clock wraps at 10",
    ),
    (
        "conv-laptop-value",
        [
            (U, "laptop A is £899 with 16 GB RAM, laptop B is £749 with 8 GB"),
            (A, "Both are mid-range. What will you use it for?"),
            (U, "photo editing. which is better value"),
        ],
        "an opinion about value",
    ),
    (
        "conv-poll-points",
        [
            (U, "the party was on 34% in the poll last time and 38% now"),
            (A, "That's a noticeable rise."),
            (U, "so how big is the increase"),
        ],
        "percentage points versus percent needs explaining",
    ),
    (
        "conv-sequence-rule",
        [
            (U, "each term of my puzzle is the sum of the previous two: 2, 5, 7, 12, ..."),
            (A, "A Fibonacci-style sequence starting 2, 5."),
            (U, "which number comes 11th"),
        ],
        "the rule and starting terms are in the earlier turn",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone", "is 0161 496 0731 a Manchester number?", "a phone number, not a sum"),
    ("near-phone", "which country has the +353 dialling code", "a fact about a dialling code"),
    ("near-isbn", "what book has ISBN 978-0-14-303943-3", "an identifier lookup"),
    ("near-isbn", "what does the X at the end of an old 10-digit ISBN mean", "explanation"),
    ("near-version", "is Python 3.12 noticeably faster than 3.10 for Django apps", "versions"),
    ("near-version", "should I update my iPhone from iOS 17.5 to 18.1 or wait", "advice"),
    ("near-version", "difference between USB 3.2 Gen 2 and USB4?", "version names"),
    ("near-score", "after 6-4 3-6 7-6(5) in a club match, what does the (5) mean", "a score line"),
    ("near-score", "in darts, what's the best way to check out on 121", "darts strategy"),
    ("near-score", "is a 1450 SAT good enough for a state flagship university", "opinion"),
    ("near-score", "what does a 3-5-2 formation mean in football", "a formation, not a sum"),
    ("near-range", "box says ages 3-5, would it suit a bright two year old", "advice on a range"),
    ("near-range", "my ferritin came back at 18 ng/mL, should I be worried", "medical advice"),
    ("near-range", "what's meant by a 9-to-5 mentality", "an idiom"),
    ("near-part-number", "what is a 6204-2RS bearing and what does it fit", "a part number"),
    ("near-part-number", "what's fuse F34 for on a 2014 VW Golf", "a part code lookup"),
    ("near-part-number", "what would you use an M8x1.25 bolt for", "a thread designation"),
    ("near-opinion", "is £38,000 a decent salary for a junior developer in Leeds", "opinion"),
    ("near-opinion", "why is 7 thought of as a lucky number", "culture"),
    ("near-opinion", "why is 13 considered unlucky in so many places", "culture"),
    ("near-opinion", "is a blood pressure of 120/80 fine for a 60 year old", "medical judgement"),
    ("near-opinion", "is a 4% withdrawal rate still safe in retirement", "financial opinion"),
    ("near-opinion", "do you really need 10,000 steps a day", "health opinion"),
    (
        "near-explain",
        "why does JavaScript say 0.1 + 0.2 is 0.30000000000000004, is it a bug",
        "explanation",
    ),
    (
        "near-explain",
        "my daughter asked why dividing by zero isn't allowed, how do I explain it simply",
        "explanation",
    ),
    ("near-explain", "why did mathematicians decide 1 isn't prime", "explanation"),
    ("near-explain", "which Excel formula do I use for compound interest", "how-to"),
    ("near-explain", "what does the 50/30/20 budgeting rule mean", "explanation"),
    ("near-explain", "how does the Monty Hall 2/3 thing actually work", "explanation"),
    ("near-explain", "why is the average Gregorian year 365.2425 days", "explanation"),
    ("near-explain", "what's the trick for checking whether a number is divisible by 9", "method"),
    ("near-explain", "is pi actually infinite or just very long", "explanation"),
    (
        "near-facts",
        "how tall is the Burj Khalifa in feet, including the spire",
        "needs the height as a fact",
    ),
    ("near-facts", "how far is Lisbon from Madrid by road in km", "needs a road distance"),
    ("near-facts", "roughly how many people live in Lagos these days", "population fact"),
    ("near-facts", "what temperature does water boil at on top of Mont Blanc", "physics estimate"),
    ("near-facts", "the Hundred Years' War wasn't 100 years, so how long was it", "history"),
    ("near-facts", "what year did the first iPhone go on sale", "history"),
    ("near-facts", "how many days did the Apollo 11 mission take", "needs mission dates"),
    ("near-facts", "what's the euro to yen exchange rate at the moment", "live data"),
    ("near-facts", "how many bones in an adult human body", "anatomy fact"),
    ("near-facts", "is there a speed limit on German autobahns", "law"),
    ("near-facts", "how many players in a rugby union team", "sports rules"),
    (
        "near-facts",
        "what are the chances of winning the EuroMillions jackpot with one line",
        "needs game rules",
    ),
    ("near-facts", "how old was Mozart when he died, and what of", "needs his dates"),
    ("near-facts", "what day of the week was the Battle of Waterloo fought", "needs the date"),
    ("near-facts", "when does the 2027-28 Premier League season start", "future fixture fact"),
    ("near-code", "my API call returned HTTP 418, what does that mean", "a status code"),
    ("near-code", "what does error 0x80070005 mean on Windows", "an error code"),
    ("near-code", "what does 5W-30 mean on a bottle of engine oil", "a grade name"),
    ("near-code", "tyre sidewall says 205/55 R16 91V, what do all the bits mean", "a tyre code"),
    ("near-code", "what does a 2x4 actually measure", "a trade size, a fact"),
    (
        "near-code",
        "optician said I have 20/20 vision, what does that actually mean",
        "an eye test notation",
    ),
    ("near-code", "what does 10-10-10 mean on a bag of fertiliser", "an NPK label"),
    ("near-code", "what does a food hygiene rating of 3 mean in the UK", "a rating scheme"),
    ("near-code", "explain the 3-2-1 backup rule for family photos", "a rule of thumb"),
    ("near-code", "what does 'APR 24.9% representative' mean on a credit card ad", "finance"),
    ("near-sizes", "what's a UK size 12 dress in US sizes", "sizes vary by brand"),
    (
        "near-sizes",
        "how many grams is one US cup of plain flour",
        "depends on the flour and packing",
    ),
    ("near-sizes", "EU 42 shoes are what in UK size", "shoe sizes vary by maker"),
    ("near-sizes", "how much does a litre of honey weigh", "needs a density"),
    ("near-opinion", "is a BMI of 27 bad if I lift weights", "health judgement"),
    ("near-opinion", "my phone shows 80% battery health, worth replacing?", "advice"),
    ("near-facts", "which is bigger, a googol or the number of atoms in the universe", "fact"),
    ("near-explain", "what's a good way to estimate 17 × 23 in my head", "a method"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "help me write a short resignation letter, I want to leave on good terms",
        "can you make this sentence less clunky: 'the meeting that was scheduled has been moved'",
        "write a best man's toast opening that isn't cringe",
        "three catchy subject lines for our village allotment society's open-day newsletter",
        "rewrite my LinkedIn headline so it sounds less desperate",
        "draft a polite email chasing an unpaid invoice for the second time",
        "write a limerick about a tortoise who is late for everything",
        "how do I end a cover letter without sounding generic",
        "turn these bullet points into a paragraph for a grant application",
    ],
    "cooking": [
        "leftover jasmine rice, two eggs and half a bag of frozen peas, dinner ideas?",
        "why does my sourdough come out dense in the middle",
        (
            "I defrosted chicken thighs in the fridge but didn't use them, can they go back "
            "in the freezer"
        ),
        "what's a good vegetarian main for a Sunday lunch",
        "how do I stop my pasta sauce splitting when I add cream",
        "best way to cook a duck breast so the skin goes crispy",
        "what herbs go with lamb besides rosemary",
        "how do you make a roux that doesn't go lumpy",
        "can I use Greek yoghurt instead of sour cream in a cake",
        "ideas for a packed lunch a fussy eight year old will actually eat",
    ],
    "travel": [
        "what's unmissable in Porto on a rainy weekend",
        "is it worth getting a rail pass for a trip around Switzerland",
        "tips for a long haul flight with a toddler",
        "what should I pack for a walking holiday in the Lake District in autumn",
        "is Kyoto or Osaka the better base for day trips",
        "how do I avoid looking like a tourist in Paris",
        "do you tip taxi drivers and waiters in Japan or is that rude",
        "recommend a scenic road trip loop around the Isle of Skye",
    ],
    "coding": [
        "why does my useEffect fire twice when I run the app locally in React 18",
        "explain the difference between a list and a tuple in Python",
        "how do I undo the last git commit but keep my changes",
        "bash one-liner to list the ten largest files under my home directory",
        "explain a race condition using two people withdrawing from one bank account",
        "how should I structure a Flask app that's getting too big for one file",
        "why would a SQL query be fast in dev and slow in production",
        "what does 'async' actually do in JavaScript",
        "regex for a UK postcode that also accepts lowercase and no space",
    ],
    "health": [
        "stretches for a stiff lower back after a five hour drive",
        "how do I get back into running after a torn meniscus",
        "is it normal to feel dizzy when I stand up quickly",
        "how do nurses on rotating night shifts manage their sleep",
        "how can I tell whether I've got flu or just a heavy cold",
        "how do I know if I'm drinking enough water",
        "what helps hay fever if antihistamines make me drowsy",
    ],
    "relationships": [
        "how do I tell my oldest friend I can't afford her hen do in Ibiza",
        "my flatmate leaves dirty pans for days, how do I raise it without a row",
        "what's a thoughtful gift for a colleague who's retiring",
        "how do I support a friend whose dog just died",
        "my teenager won't talk to me at dinner, any ideas",
        "how to say no to extra work without sounding lazy",
    ],
    "learning": [
        "explain photosynthesis to a ten year old who loves football",
        "what caused the fall of the Roman Republic, short version please",
        "in plain words, how does an mRNA jab get my cells to make antibodies",
        (
            "my uncle says a cold winter disproves climate change, how do I explain weather "
            "vs climate"
        ),
        "summarise the plot of Middlemarch without spoilers",
        "why is the sky blue at noon but orange at sunset",
        "explain to a sixth former why prices keep creeping up and who wins from it",
        "my kid asked why the sea comes in twice a day at Whitby, help me answer",
        "what's the difference between an alligator and a crocodile",
    ],
    "creative": [
        "give me a name for a cosy café that sells books",
        "ideas for a fancy dress costume I can make from cardboard",
        "write a two line horror story set in a supermarket",
        "suggest a theme for a 40th birthday party that isn't 80s",
        "make up a bedtime story about a hedgehog who wants to fly",
        "ideas for a garden mural on a brick wall",
        "give me a Dungeons and Dragons villain with a sympathetic backstory",
    ],
    "work": [
        "how do I prepare for a competency based interview",
        "what should go in a one-page project proposal",
        "how do I run a retrospective that people actually engage with",
        "what should I ask the panel at the end of a nursing job interview",
        "how do I give feedback to my manager's manager without it backfiring",
        "tips for presenting to a board for the first time",
        "how do I negotiate a pay rise when the company says money's tight",
    ],
    "home": [
        "how do I get black mould off a bathroom ceiling",
        "what's the best way to bleed a radiator",
        "my fridge is making a clicking noise, should I worry",
        "how do I stop condensation on the inside of windows",
        "what plants are safe to keep if you have cats",
        "how do I fix a squeaky floorboard under carpet",
        "would a heat pump work in a damp 1850s stone cottage with solid walls",
        "how do you get candle wax out of a carpet",
    ],
    "tech-help": [
        "my laptop fan is constantly loud, what can I do",
        "moving from android to an iphone, how do I bring my WhatsApp history across",
        "should I use a password manager and which one",
        "why does my wifi drop every evening",
        "how do I stop my phone spying on my location",
        "is an SSD worth putting in a 2015 laptop in place of its hard drive",
    ],
    "pets-and-garden": [
        "how do I get my rescue greyhound to stop stealing food",
        "why are the leaves on my tomato plants going yellow",
        "is it cruel to keep a single guinea pig",
        "when should I prune a buddleia",
        "how do I encourage hedgehogs into my garden",
        "my cat keeps scratching the sofa, what works",
        "best shrubs for a shady north facing border",
    ],
    "fun": [
        "tell me a fun fact about octopuses",
        "what's a good board game for six adults who don't like long rules",
        "recommend a podcast for a long drive, something funny",
        "who would win in a fight, a gorilla or a grizzly bear",
        "give me a riddle for a kids' treasure hunt",
        "films for a family night if we all loved Paddington 2",
        "suggest a book like The Martian but set on Earth",
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
    # no register (family name) of this set is a family name of sets 19 to 180
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 180: {reused}"
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
