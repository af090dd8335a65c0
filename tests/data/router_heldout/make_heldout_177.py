"""Generate heldout-2027-05-29.jsonl: a hundred-and-seventy-seventh held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_177.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-176, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions built from Decimal literals (pct, dec; floor for "how many
whole X can I buy", whole_up for "round up to whole X"), all terminating with at most 3
decimals; units from exact definitions (inch 0.0254 m, pound 0.45359237 kg, knot 1852 m/h,
binary GiB/MiB, psi from standard gravity), exact ones with EXACT and the rest with unit_r
(checked to survive rounding to 2 decimals); datetime answers with datetime (date arithmetic,
weekday, age, nth_weekday, working_day_after / working_day_counting, count_days, clock_span)
and zoneinfo via utc_minutes for flights between zones. Weekdays written next to dates in the
text come from sayw / sayus, so they are computed, not typed.

Provenance
----------
Read: this generator (cat of the whole file), grading.py (cat) and earlier_registers.txt (its
first 50 lines with head, then grep for candidate words and for the 25 chosen names to make
sure none was taken, which printed some earlier register names). Nothing under /work/main,
/work/shared or /work/.library was opened or listed; only /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff were run (ruff with --config /work/main/pyproject.toml, not opened).
Wrote: the four sections by hand in this file: 25 register constants, then calculator, units
and datetime positives (plain first, then registers), every answer an expression in code; then
CONVS, NEAR and ORDINARY with their loops. When the duplicate check named some of my ids (57,
mostly generic ordinary and near-negative wordings and a few plain one-liners) I reworded those
items from my own text only, and once more for one plain item; three unit_r items and the psi
one-liner were changed to values that survive 2-decimal rounding, and a working-days item was
moved off Australian public holidays.
Checked: ran this generator until it passed; a scratch script (deleted) printed my own items'
queries and expected values for review; ruff check (plus --select ISC004 --fix --unsafe-fixes,
which only parenthesised implicit string concatenations), ruff format, a scratch script
(deleted) that split over-long string lines to at most 99 columns, then ruff and the generator
again (same sha256 before and after the reformatting).
Slips: one final run's printed output was captured to a scratch file /tmp/.x (my own file,
deleted at once) instead of inside this directory; ruff's .ruff_cache here was removed.
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
OUT = HERE / "heldout-2027-05-29.jsonl"
PREFIX = "ho177-"
# earlier generators: sets 1-176 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 177))
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


QH = "guest_in_a_quarantine_hotel_in_perth"
SNOW = "passenger_stranded_at_a_snowed_in_airport"
TOLL = "toll_booth_collector_on_an_estuary_bridge"
WX = "breakfast_tv_weather_forecaster"
VET = "locum_vet_on_a_dairy_round"
PRISON = "prison_librarian_running_a_reading_group"
TRI = "age_group_triathlete_tapering_for_a_race"
STEV = "stevedore_lashing_containers_at_night"
AMBER = "amber_jeweller_in_gdansk"
DANCE = "cruise_ship_dance_host"
DINER = "truck_stop_diner_waitress_on_interstate_eighty"
FLAT = "flatmates_splitting_a_shared_house_bill"
COX = "rowing_cox_on_the_tideway"
SUB = "submariner_on_a_long_patrol"
BASE = "base_jumper_planning_a_trip_to_norway"
BEAT = "beatbox_crew_booking_a_battle_tour"
JAV = "javelin_thrower_at_a_county_championship"
NIPPER = "surf_life_saving_nipper_parent_in_bondi"
MAASAI = "maasai_beadwork_cooperative_treasurer"
PUPPET = "puppeteer_in_a_childrens_tv_studio"
OUTBACK = "outback_school_of_the_air_teacher"
NAILS = "nail_technician_in_a_high_street_salon"
FEET = "podiatrist_on_home_visits"
CUSTOMS = "customs_officer_at_a_mountain_border_crossing"
CALYPSO = "calypso_singer_in_a_trinidad_tent"

# --- plain one-liners
calc(P, "3,417 x 58 =", 3417 * 58)
calc(P, "whats 17.5% of £2,860", pct("17.5") * 2860)
calc(P, "(3/8 + 5/16) * 12", (F(3, 8) + F(5, 16)) * 12)
assert math.isqrt(12769) ** 2 == 12769
calc(P, "whats the square root of 12769", math.isqrt(12769))
calc(P, "2^17 - 3^9", 2**17 - 3**9)
calc(P, "seven thousand four hundred and six divided by eight", F(7406, 8))
calc(P, "-48.6 + 19.25 - 7.125", dec("-48.6") + dec("19.25") - dec("7.125"))
calc(P, "if i add a 15% tip to a $64.80 bill whats the total", dec("64.80") * (1 + pct(15)))
calc(P, "average of 83, 91, 77, 68 and 96", F(83 + 91 + 77 + 68 + 96, 5))
calc(
    P,
    "What is 6! divided by (3! × 2!)?",
    F(math.factorial(6), math.factorial(3) * math.factorial(2)),
)
calc(
    P,
    "take 1,250, knock 12% off it, then put 12% back on what's left. where do I end up",
    1250 * (1 - pct(12)) * (1 + pct(12)),
)
calc(P, "5000 × 1.08³", 5000 * dec("1.08") ** 3)
calc(P, "remainder when 9876 is divided by 97", 9876 % 97)
calc(P, "0.375 as a percentage?", dec("0.375") * 100)

# --- registers
calc(
    QH,
    "Hotel quarantine bill came through: A$3,780 for me as the adult and A$325 for each child, "
    "and I've got three kids with me. WA lets you pay it off in 6 equal instalments. How much is "
    "each instalment?",
    F(3780 + 3 * 325, 6),
)
calc(
    QH,
    "room service tab in quarantine: toastie $14.50, pumpkin soup $11, two flat whites at $5.20 "
    "each, and they add a 10% room service surcharge on the lot. what do i owe",
    (dec("14.50") + 11 + 2 * dec("5.20")) * (1 + pct(10)),
)
calc(
    SNOW,
    "Stuck at the airport with the snow. The airline gives us a €12 voucher per meal, three meals "
    "a day, for the four of us, and we've been here two days. Food court has cost us €371.40 in "
    "total. How much have we spent over what the vouchers cover?",
    dec("371.40") - 12 * 3 * 4 * 2,
)
calc(
    TOLL,
    "end of shift cash-up on the bridge: 1,148 cars at £2.70, 206 vans at £4.10 and 37 HGVs at "
    "£8.60. 92 of those cars had the residents' tag, which takes 20% off their toll. what "
    "should the till total be",
    1148 * dec("2.70") - 92 * dec("2.70") * pct(20) + 206 * dec("4.10") + 37 * dec("8.60"),
)
calc(
    WX,
    "need the mean of the week's max temps for the graphic: 14.2, 15.8, 13.1, 12.9, 16.4, 17.0, "
    "15.6",
    (
        dec("14.2")
        + dec("15.8")
        + dec("13.1")
        + dec("12.9")
        + dec("16.4")
        + dec("17.0")
        + dec("15.6")
    )
    / 7,
)
calc(
    VET,
    "Locum invoice for the week on the dairy round: day rate £520 for one day, mileage at 45p a "
    "mile and I covered 187 miles between the farms, plus three emergency calvings at £85 each. "
    "Invoice total?",
    520 + 187 * dec("0.45") + 3 * 85,
)
calc(
    PRISON,
    "the prison library book fund is £1,200 for the year. I've spent £318.45 on large print and "
    "£276.90 on sets for the reading group. if everything left goes on paperbacks at £7.99 each, "
    "how many whole paperbacks can I buy",
    math.floor((1200 - dec("318.45") - dec("276.90")) / dec("7.99")),
)
calc(
    TRI,
    "race plan for my half ironman: swim 2.4 km at 1:55 per 100 m, bike 90 km at 36 km/h, run "
    "21.1 km at 5:00 per km. total time in minutes, leaving out transitions?",
    F(24 * 115, 60) + F(90, 36) * 60 + dec("21.1") * 5,
)
calc(
    STEV,
    "Night lashing gang: 14 rows on deck, 9 stacks a row, every stack needs 4 lashing rods. "
    "There are 380 rods on the quay. How many more rods do we need to get sent down?",
    14 * 9 * 4 - 380,
)
calc(
    STEV,
    "night rate is $41.60 an hour and anything after midnight gets a 35% premium on top. I "
    "clocked 8pm to 6am, no unpaid break. what's the shift worth",
    4 * dec("41.60") + 6 * dec("41.60") * (1 + pct(35)),
)
calc(
    AMBER,
    "Pricing a pendant for the shop in Gdańsk: 18.5 g of Baltic amber at 42 zł a gram, silver "
    "setting 136 zł, and two hours of my work at 90 zł an hour. Then VAT at 23% on top of "
    "everything. Final price in zł?",
    (dec("18.5") * 42 + 136 + 2 * 90) * (1 + pct(23)),
)
calc(
    DANCE,
    "as a dance host on a 16-night cruise I get $25 onboard credit per night, they deduct a "
    "$9.50 per day crew gratuity, and there's a $40 bonus for each formal night; this sailing "
    "has 4 formal nights. what's my net",
    16 * 25 - 16 * dec("9.50") + 4 * 40,
)
calc(
    DINER,
    "Table of five: two patty melts at $11.25, one club at $12.50, two short stacks at $7.75 and "
    "five coffees at $2.40. Sales tax is 8% and they want to leave an 18% tip worked out on the "
    "food before tax. What's the grand total?",
    (2 * dec("11.25") + dec("12.50") + 2 * dec("7.75") + 5 * dec("2.40")) * (1 + pct(8) + pct(18)),
)
calc(
    DINER,
    "made $186 in tips tonight. I tip out 15% to the busboy and 5% to the cook, then split "
    "whatever's left 50/50 with the other waitress. my cut?",
    186 * (1 - pct(15) - pct(5)) / 2,
)
calc(
    FLAT,
    "Electric bill for the quarter is £294.35 split between four of us, but Sam was away for half "
    "the quarter so we agreed he pays half a share. What does one full share come to?",
    dec("294.35") / dec("3.5"),
)
calc(
    FLAT,
    "house bills: broadband £34.99 a month, the streaming one £10.99 a month, cleaner £60 every "
    "fortnight (26 fortnights a year). split 4 ways, what's each person's total for a year",
    (12 * dec("34.99") + 12 * dec("10.99") + 26 * 60) / 4,
)
calc(
    COX,
    "eight rowers plus me coxing. boat hire for the Head is £640, the entry fee is £198 and the "
    "coach's travel is £84. cox pays nothing, club tradition. how much per rower",
    F(640 + 198 + 84, 8),
)
calc(
    SUB,
    "Patrol is 73 days with 128 crew aboard, planning figure 3.6 kg of food per man per day, plus "
    "a 10% reserve on top. How many kg of food do we load?",
    73 * 128 * dec("3.6") * (1 + pct(10)),
)
calc(
    BASE,
    "Kjerag trip split: car hire NOK 4,950 and the cabin NOK 7,260, both shared equally between "
    "the 3 of us, plus my own flight at £286. At 12.5 NOK to the pound, what's my total in "
    "pounds?",
    F(4950 + 7260, 3) / dec("12.5") + 286,
)
calc(
    BEAT,
    "battle tour maths: 6 cities. each venue charges €450 a night plus 12% of the door. we're "
    "expecting 180 people a night at €15 a ticket. after the venues take their cut, what do we "
    "keep over the whole tour",
    6 * (180 * 15 - 450 - 180 * 15 * pct(12)),
)
calc(
    JAV,
    "My series at the county champs went 61.42, foul, 63.08, 59.90, foul, 62.74. What's the "
    "average of my legal throws?",
    (dec("61.42") + dec("63.08") + dec("59.90") + dec("62.74")) / 4,
)
calc(
    NIPPER,
    "Nippers fees: $165 a kid and we have 3. Second kid gets 15% off, third gets 25% off. Each of "
    "them also needs a club rash vest at $55. What's the total we pay?",
    165 + 165 * (1 - pct(15)) + 165 * (1 - pct(25)) + 3 * 55,
)
calc(
    MAASAI,
    "This month the cooperative sold 46 necklaces at KSh 1,800, 112 bracelets at KSh 650 and 19 "
    "wedding collars at KSh 4,200. The coop keeps 20% for beads and transport and the rest is "
    "shared equally by the 25 women. How much does each woman get?",
    (46 * 1800 + 112 * 650 + 19 * 4200) * (1 - pct(20)) / 25,
)
calc(
    MAASAI,
    "a wedding collar takes 2,400 beads and the beads come in packets of 500. how many whole "
    "packets do we have to buy for 19 collars",
    whole_up(F(19 * 2400, 500)),
)
calc(
    PUPPET,
    "each episode is 11 minutes and with the puppets we get about 4.5 usable minutes in the can "
    "per studio day. how many studio days do we book for a 26 episode series, rounding up to "
    "whole days",
    whole_up(F(26 * 11) / dec("4.5")),
)
calc(
    OUTBACK,
    "School of the Air: 9 kids on stations, each gets a mail pack every fortnight at $14.60 "
    "postage, and the term is 10 weeks. Postage for the term?",
    9 * (10 // 2) * dec("14.60"),
)
calc(
    NAILS,
    "client's having a gel set at £32, nail art on 4 nails at £2.50 a nail, and removal of her "
    "old set at £8. she's got 10% off the whole lot with her loyalty card. what do i charge her",
    (32 + 4 * dec("2.50") + 8) * (1 - pct(10)),
)
calc(
    NAILS,
    "A 15 ml bottle of gel polish costs me £13.20 and a full set uses about 0.25 ml. What's the "
    "polish cost per set, in pence?",
    dec("13.20") * 100 / (15 / dec("0.25")),
)
calc(
    FEET,
    "Thursday's home visit round: 11 patients booked at £38, except 3 of them only want a nail "
    "cut at £24 instead. Mileage is 62 miles at 45p. What do I earn for the round?",
    8 * 38 + 3 * 24 + 62 * dec("0.45"),
)
calc(
    CUSTOMS,
    "A traveller has 3 litres of spirits and the allowance is 1 litre. Duty is CHF 15 per litre "
    "over the allowance, plus 8.1% VAT on the value of the excess litres, which are worth CHF 42 "
    "a litre. Total to pay, in francs?",
    2 * 15 + 2 * 42 * pct("8.1"),
)
calc(
    CALYPSO,
    "the tent pays me TT$1,500 a night for 9 nights, and I won TT$25,000 in the semi-final but "
    "the band gets 30% of any prize. my manager takes 15% of whatever I keep. take-home pay?",
    (9 * 1500 + 25000 * (1 - pct(30))) * (1 - pct(15)),
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

# --- plain one-liners
unit_r(P, "convert 83.4 kg to stone", dec("83.4") / STONE)
unit(P, "6 ft 2½ in in cm", (6 * FT + dec("2.5") * IN) * 100, EXACT)
unit_r(P, "how many km is 31.5 miles", dec("31.5") * MI / 1000)
unit_r(P, "350°F in celsius?", f_to_c(350))
unit(P, "7.3 GiB in MiB", dec("7.3") * GIB / MIB, EXACT)
unit_r(P, "65 mph = ? km/h", 65 * MPH / KMH)
unit_r(P, "What is 2.5 acres in square metres?", dec("2.5") * ACRE)
unit_r(P, "45 psi to bar", 45 * PSI / BAR)
unit_r(P, "how many square feet is 48 m²", 48 / SQFT)
unit(P, "minus twelve celsius in fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "convert 1,150 grams to ounces", F(1150, 1000) / OZ)
unit_r(P, "1.5 km in yards", dec("1.5") * 1000 / YD)
unit(P, "27 knots in km/h", 27 * KNOT / KMH, EXACT)
unit_r(P, "a 9 by 12 foot rug is how many square metres", 9 * 12 * SQFT)

# --- registers
unit(
    QH,
    "They let us walk laps of an inner courtyard, 22 m by 14 m. I want to do 5 miles a day. How "
    "many laps of the perimeter is that, rounded up to whole laps?",
    whole_up(5 * MI / (2 * (22 + 14))),
    EXACT,
)
unit_r(
    SNOW,
    "captain just said it's -17 °F outside at the gate. what's that in celsius",
    f_to_c(-17),
)
unit(
    SNOW,
    "They measured 14 inches of snow on the apron overnight. How many centimetres is that?",
    14 * IN * 100,
    EXACT,
)
unit_r(
    TOLL,
    "A French driver at my booth asked how long the bridge is in kilometres. It's 2.9 miles "
    "end to end.",
    dec("2.9") * MI / 1000,
)
unit(
    WX,
    "for the American cut of the forecast I need 31 °C in Fahrenheit",
    c_to_f(31),
    EXACT,
)
unit_r(
    WX,
    "Coastal gusts up to 68 mph, and the science segment wants it in metres per second. What "
    "figure do I give?",
    68 * MPH,
)
unit_r(
    VET,
    "the farmer's old weigh crate says the cow is 1,430 lb and the wormer is dosed at 1 ml per "
    "10 kg of bodyweight. how many ml does she get",
    1430 * LB / 10,
)
unit_r(
    PRISON,
    "The reading room is 24 ft by 15 ft and the carpet tile quote is per square metre. What's "
    "the floor area in m²?",
    24 * 15 * SQFT,
)
unit_r(
    TRI,
    "race info says water temp 64°F. i think in celsius, what is that",
    f_to_c(64),
)
unit_r(
    TRI,
    "The bike leg of the US race I've entered is 56 miles. How far is that in km?",
    56 * MI / 1000,
)
unit(
    STEV,
    "new lad asks how long a forty-foot box is in metres. exactly, please",
    40 * FT,
    EXACT,
)
unit_r(
    AMBER,
    "An American customer wants the weight of the amber necklace in ounces for customs. It "
    "weighs 142 g.",
    F(142, 1000) / OZ,
)
unit_r(
    DANCE,
    "the ballroom dance floor on deck 5 is 18 m by 11 m. passengers keep asking how many square "
    "feet that is",
    18 * 11 / SQFT,
)
unit_r(
    DINER,
    "Canadian trucker at the counter saw the sign 'next services 87 miles' and asked me how many "
    "km that is. what do I tell him",
    87 * MI / 1000,
)
unit(
    FLAT,
    (
        "thermostat's on 19 degrees C and our American housemate says it's freezing. what is 19 "
        "C in F"
    ),
    c_to_f(19),
    EXACT,
)
unit_r(
    COX,
    "our head race course is 6.7 km. how many miles is that for the American in the 3 seat",
    dec("6.7") * 1000 / MI,
)
unit_r(
    COX,
    "Minimum weight for coxes is 55 kg and I weigh 8 st 9 lb. What's that in kg?",
    8 * STONE + 9 * LB,
)
unit(SUB, "at 420 feet depth, how many metres down are we", 420 * FT, EXACT)
unit(
    SUB,
    "Submerged we held 22 knots for six and a half hours. My brother-in-law wants to know how "
    "many kilometres that is. What do I tell him?",
    22 * KNOT * dec("6.5") * 3600 / 1000,
    EXACT,
)
unit_r(
    BASE,
    "Kjerag's exit point is roughly 984 m above Lysefjord. What's that in feet?",
    984 / FT,
)
unit_r(
    BEAT,
    "merch box is 35 lb according to the US supplier, the courier form wants kg",
    35 * LB,
)
unit_r(
    JAV,
    "my PB is 64.37 m. what's that in feet for my US college recruitment profile",
    dec("64.37") / FT,
)
unit_r(
    JAV,
    "The senior men's javelin weighs 800 g. How many ounces is that?",
    F(800, 1000) / OZ,
)
unit_r(
    NIPPER,
    "ocean swim leg for the under 14s is 400 m, the cousins in the States want it in yards",
    400 / YD,
)
unit_r(
    MAASAI,
    "Our glass beads cost KSh 480 per kg, but the American buyer wants every price per pound. "
    "What's KSh 480/kg in KSh per lb?",
    480 * LB,
)
unit(
    PUPPET,
    "the new lead puppet stands 28 inches tall, the designer needs it in cm",
    28 * IN * 100,
    EXACT,
)
unit_r(
    OUTBACK,
    "Our nearest neighbour's station is 240 km down the dirt road. A pen pal in Ohio asked how "
    "far that is in miles.",
    240 * 1000 / MI,
)
unit(
    NAILS,
    "client wants the extensions three eighths of an inch past her fingertip, my forms are "
    "marked in mm. how many mm",
    F(3, 8) * IN * 1000,
    EXACT,
)
unit(
    FEET,
    "Patient's insole measures 10.75 inches heel to toe. What's that in centimetres?",
    dec("10.75") * IN * 100,
    EXACT,
)
unit_r(
    CUSTOMS,
    "the pass summit by our post is at 2,469 m. a truck driver asked what that is in feet",
    2469 / FT,
)
unit_r(
    CALYPSO,
    "The tent's stage is 30 ft by 20 ft and the promoter wants the area in square metres. "
    "What is it?",
    30 * 20 * SQFT,
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


def weekday_before(d, wd):
    """The latest date strictly before d that falls on weekday wd."""
    d -= TD(days=1)
    while d.weekday() != wd:
        d -= TD(days=1)
    return d


def count_days(a, b, keep):
    """How many dates from a to b, both included, satisfy keep."""
    return sum(1 for k in range(days(a, b) + 1) if keep(a + TD(days=k)))


# --- plain one-liners
date_item(P, "what day of the week was 19 October 1871", weekday(D(1871, 10, 19)))
date_item(
    P, "how many days from 8 March 2031 to 27 November 2031", days(D(2031, 3, 8), D(2031, 11, 27))
)
date_item(P, "what date is 90 days after 15 December 2027", D(2027, 12, 15) + TD(days=90))
date_item(P, "25 December 2034 falls on which day of the week?", weekday(D(2034, 12, 25)))
date_item(
    P,
    "someone born on 17 August 1988, how old are they on 16 August 2030",
    age(D(1988, 8, 17), D(2030, 8, 16)),
)
date_item(P, "What's the date 1,000 days after 1 January 2029?", D(2029, 1, 1) + TD(days=1000))
date_item(
    P,
    "how many weekdays (Mon-Fri) from 2 September 2030 to 27 September 2030, both days included",
    count_days(D(2030, 9, 2), D(2030, 9, 27), lambda d: d.weekday() < SAT),
)
date_item(P, "third Thursday in November 2032?", nth_weekday(2032, 11, THU, 3))
date_item(
    P,
    "how many days are left in 2030 after 17 October, not counting 17 October itself",
    days(D(2030, 10, 17), D(2030, 12, 31)),
)
date_item(P, "day of the week for 1 Jan 2040", weekday(D(2040, 1, 1)))
date_item(
    P,
    "9 May 2032 is day number what of the year, counting 1 January as day 1",
    D(2032, 5, 9).timetuple().tm_yday,
)
date_item(P, "2031-07-14 + 6 weeks =", D(2031, 7, 14) + TD(weeks=6))
date_item(P, "date of the last Friday of February 2030", nth_weekday(2030, 2, FRI, -1))
date_item(
    P,
    "a shift from 22:45 to 07:10 the next morning is how many minutes long",
    clock_span("22:45", "07:10", 60),
)

# --- registers
QH_IN = D(2027, 8, 12)
date_item(
    QH,
    f"I checked into hotel quarantine on {sayw(QH_IN)}. It's 14 days, day 1 is the day after "
    "arrival, and you walk out the morning after day 14. What date do I walk out?",
    QH_IN + TD(days=15),
)
date_item(
    QH,
    "my flight left Singapore at 23:55 on 10 August 2027 Singapore time and landed in Perth at "
    "05:20 on 11 August 2027 Perth time. how many minutes was i in the air",
    utc_minutes("2027-08-10T23:55", "Asia/Singapore", "2027-08-11T05:20", "Australia/Perth"),
)
SNOW_DEP = DT(2027, 12, 20, 7, 15)
date_item(
    SNOW,
    f"my flight out of Denver was meant to go at 07:15 on {sayus(SNOW_DEP.date())} and it's "
    "been pushed back 41 hours. what day of the week am I leaving",
    weekday((SNOW_DEP + TD(hours=41)).date()),
)
date_item(
    SNOW,
    "Rebooked: leaves Chicago O'Hare at 5:50 pm on December 23, 2027, lands at Heathrow at "
    "7:35 am on December 24, 2027, London time. How many minutes of flying is that?",
    utc_minutes("2027-12-23T17:50", "America/Chicago", "2027-12-24T07:35", "Europe/London"),
)
TOLL_START = D(2027, 10, 3)
date_item(
    TOLL,
    f"Booth rota is 4 days on, 4 days off. My first on-day was {sayw(TOLL_START)}. On what date "
    "does my 6th block of on-days start?",
    TOLL_START + TD(days=5 * 8),
)
date_item(
    WX,
    "sunrise 05:12, sunset 21:31 on the solstice. how many minutes is the sun up",
    clock_span("05:12", "21:31", 60),
)
VET_SERVED = D(2027, 11, 9)
date_item(
    VET,
    f"cow was served on {say(VET_SERVED)} and we work on a 283 day gestation. when's she due",
    VET_SERVED + TD(days=283),
)
PRISON_FIRST = D(2028, 1, 5)
date_item(
    PRISON,
    f"The reading group meets every other {weekday(PRISON_FIRST)}, first session "
    f"{sayw(PRISON_FIRST)}. What's the date of the 10th session?",
    PRISON_FIRST + TD(days=14 * 9),
)
TRI_RACE = D(2028, 6, 11)
date_item(
    TRI,
    f"race is {sayw(TRI_RACE)} and my taper starts 17 days before race day. what date does the "
    "taper start",
    TRI_RACE - TD(days=17),
)
date_item(
    STEV,
    "ship's all fast at 23:40 and the lashing has to be done by 06:15. how many minutes have we "
    "got",
    clock_span("23:40", "06:15", 60),
)
AMBER_FAIR = D(2028, 3, 19)
date_item(
    AMBER,
    f"The amber fair runs {AMBER_FAIR.day} to 22 March 2028 and I'm bringing the stock in on the "
    "Tuesday before it opens. What date is that?",
    weekday_before(AMBER_FAIR, TUE),
)
DANCE_ON = D(2028, 10, 14)
date_item(
    DANCE,
    f"16-night cruise, we embark {sayw(DANCE_ON)}. what date do we get off",
    DANCE_ON + TD(days=16),
)
DINER_A, DINER_B = D(2028, 6, 5), D(2028, 7, 1)
date_item(
    DINER,
    f"I've worked every day since {sayus(DINER_A)}, except Sundays which I have off. Counting "
    f"{calendar.month_name[DINER_A.month]} {DINER_A.day} and up to and including "
    f"{calendar.month_name[DINER_B.month]} {DINER_B.day}, how many shifts is that?",
    count_days(DINER_A, DINER_B, lambda d: d.weekday() != SUN),
)
date_item(
    FLAT,
    "we paid the deposit on 14 August 2028 and the landlord has 30 days from then to protect it. "
    "what's the deadline date",
    D(2028, 8, 14) + TD(days=30),
)
COX_RACE = D(2029, 3, 25)
date_item(
    COX,
    f"The Head is on {sayw(COX_RACE)}. Coach wants the crew's training block to start exactly "
    "10 weeks before, on the same weekday. Start date?",
    COX_RACE - TD(weeks=10),
)
SUB_SAIL = D(2029, 2, 2)
date_item(
    SUB,
    f"We sailed on {say(SUB_SAIL)} and the patrol is 73 days, counting the day we sailed as day "
    "1. What date is day 73?",
    SUB_SAIL + TD(days=72),
)
date_item(
    SUB,
    "i'll be at sea for my daughter's birthday, 11 March 2029. what day of the week is it",
    weekday(D(2029, 3, 11)),
)
date_item(
    BASE,
    "Edinburgh to Bergen on 14 July 2029, leaves 06:40, lands 09:55 Norwegian time. Flight time "
    "in minutes?",
    utc_minutes("2029-07-14T06:40", "Europe/London", "2029-07-14T09:55", "Europe/Oslo"),
)
BEAT_FIRST = D(2029, 9, 7)
date_item(
    BEAT,
    f"tour opens in Berlin on {sayw(BEAT_FIRST)}, then a new city every 4 days, 6 cities in "
    "all. date of the last show?",
    BEAT_FIRST + TD(days=4 * 5),
)
date_item(
    BEAT,
    "LAX to Tokyo: departs 11:30 on Oct 4, 2029 LA time, lands 15:05 on Oct 5, 2029 Tokyo time. "
    "How long are we in the air, in minutes?",
    utc_minutes("2029-10-04T11:30", "America/Los_Angeles", "2029-10-05T15:05", "Asia/Tokyo"),
)
date_item(
    JAV,
    "I was born on 22 September 2009. How old will I be at the county champs on 26 May 2029?",
    age(D(2009, 9, 22), D(2029, 5, 26)),
)
NIP_A, NIP_B = D(2029, 10, 7), D(2030, 3, 24)
NIP_OFF = (D(2029, 12, 23), D(2029, 12, 30))
assert NIP_A.weekday() == SUN and all(d.weekday() == SUN for d in NIP_OFF)
date_item(
    NIPPER,
    f"nippers is every Sunday from {say(NIP_A)} to {say(NIP_B)} inclusive, except there's no "
    "session on 23 or 30 December. how many sessions is that",
    count_days(NIP_A, NIP_B, lambda d: d.weekday() == SUN and d not in NIP_OFF),
)
date_item(
    MAASAI,
    "Our market is held every 9 days. The last one was on 28 December 2029. What's the date of "
    "the fourth market after that?",
    D(2029, 12, 28) + TD(days=4 * 9),
)
PUP_EP1 = D(2030, 1, 7)
date_item(
    PUPPET,
    f"episode 1 goes out {sayw(PUP_EP1)} and there's a new episode every weekday, Monday to "
    "Friday. what date does episode 26 air",
    working_day_counting(PUP_EP1, 26),
)
OUT_POST = D(2030, 7, 15)
date_item(
    OUTBACK,
    f"I post the term packs on {sayw(OUT_POST)}. Australia Post says allow 12 working days "
    "(Mon-Fri, not counting the day of posting). Which date should they arrive by?",
    working_day_after(OUT_POST, 12),
)
date_item(
    OUTBACK,
    "term runs from 23 April 2030 to 28 June 2030. how many days is that, counting both the "
    "first and the last day",
    days(D(2030, 4, 23), D(2030, 6, 28)) + 1,
)
NAIL_FIRST = D(2030, 2, 2)
date_item(
    NAILS,
    f"Client's first infill is {sayw(NAIL_FIRST)} and she's booked in every 3 weeks after that. "
    "Date of her 5th appointment?",
    NAIL_FIRST + TD(weeks=3 * 4),
)
date_item(
    FEET,
    "diabetic foot check every 13 weeks, last one was on 19 March 2030. when's the next one due",
    D(2030, 3, 19) + TD(weeks=13),
)
date_item(
    CUSTOMS,
    "The lorry came in on 30 January 2030 on a 45-day temporary import permit, day of entry "
    "counting as day 1. What is the last valid day?",
    D(2030, 1, 30) + TD(days=44),
)
date_item(
    CUSTOMS,
    "swiss national day is 1 August; in 2030 what day of the week does it fall on",
    weekday(D(2030, 8, 1)),
)
date_item(
    CALYPSO,
    "started rehearsing for the tent on 2 December 2030 and the final is 28 February 2031. how "
    "many days of rehearsal is that if i count both the first day and the final",
    days(D(2030, 12, 2), D(2031, 2, 28)) + 1,
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
                    "For my puzzle club: define a ★ b as a² − b. Keep that rule for everything "
                    "after."
                ),
            ),
            (A, "Got it: a ★ b = a² − b. So 3 ★ 2 would be 9 − 2 = 7."),
            (U, "nice. so what's (2 ★ 3) ★ 5"),
        ],
        "★ is defined only in the earlier turn; no calculator knows the rule",
    ),
    (
        "conv-base-six",
        [
            (U, "My son's maths homework this week is all done in base 6."),
            (A, "Okay, digits 0 to 5, and each place is worth six times the one to its right."),
            (U, "so what's 45 + 33"),
        ],
        "the sum is in base 6 (122), not the decimal 78 a calculator would give",
    ),
    (
        "conv-mod-seven",
        [
            (
                S,
                (
                    "You tutor a modular arithmetic unit. Every answer is reduced mod 7 unless "
                    "told otherwise."
                ),
            ),
            (U, "5 x 6 = ?"),
        ],
        "the system turn makes it arithmetic mod 7 (answer 2), not 30",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "Chasing an off-by-one in a Python 3 script that pages through API results."),
            (A, "Sure, paste the snippet or tell me what it's doing."),
            (U, "what does -7 // 2 give in there, my page maths goes weird with negatives"),
        ],
        "Python floor division rounds towards minus infinity (-4); needs the language semantics",
    ),
    (
        "conv-javascript-coercion",
        [
            (U, "quick javascript question, typing it into the browser console"),
            (A, "Go ahead."),
            (U, "'5' + 3 - 1"),
        ],
        "JavaScript string concatenation then coercion gives 52, not 7",
    ),
    (
        "conv-c-integer-division",
        [
            (
                S,
                (
                    "The user is learning C. Assume every variable is an int unless they say "
                    "otherwise."
                ),
            ),
            (U, "17 / 5 * 5"),
        ],
        "C integer division truncates: the result is 15, not 17",
    ),
    (
        "conv-cricket-overs",
        [
            (
                U,
                (
                    "Scoring for the village side. Our opener bowled 4.3 overs and first change "
                    "bowled 2.4."
                ),
            ),
            (A, "In overs-and-balls notation that's 4 overs 3 balls and 2 overs 4 balls."),
            (U, "total overs bowled then, add them up"),
        ],
        "overs count balls in sixes: 7.1 overs, not the decimal 6.7",
    ),
    (
        "conv-game-hexes",
        [
            (U, "In my tabletop campaign one league is 3 hexes and one hex is 6 miles of travel."),
            (A, "Noted, so a league is 18 miles of in-world travel."),
            (U, "how many hexes is 7 leagues and 2 hexes"),
        ],
        "leagues and hexes are the user's invented units, defined only in the conversation",
    ),
    (
        "conv-invented-calendar",
        [
            (
                U,
                (
                    "In the world I'm writing, the year has 10 months of 36 days, then 5 festival "
                    "days belonging to no month. Their week is 9 days long."
                ),
            ),
            (A, "That's 365 days in all. Want help naming the months or the days of the week?"),
            (
                U,
                (
                    "not yet. if the year starts on the first day of a week, which day of the "
                    "week is the 3rd of the 6th month"
                ),
            ),
        ],
        "a fictional calendar with 9-day weeks defined earlier; no real calendar applies",
    ),
    (
        "conv-rent-split-agreed",
        [
            (
                U,
                (
                    "Rent is £2,100 for the three of us. We agreed Priya pays 40% because she has "
                    "the ensuite and Jack and I split the rest evenly."
                ),
            ),
            (A, "That sounds fair. Priya's share comes to £840 a month."),
            (U, "and what do i pay"),
        ],
        "the split was agreed earlier; the last turn alone holds no numbers",
    ),
    (
        "conv-tennis-scoring",
        [
            (U, "Explain tennis scoring to me like I'm eight."),
            (A, "Points go love, 15, 30, 40 and then game, and you must win by two points."),
            (U, "so if it's 30-15 and the server wins the next two points what's the score"),
        ],
        "tennis scoring rules, not addition: the server wins the game",
    ),
    (
        "conv-hex-numbers",
        [
            (S, "Every number in this conversation is hexadecimal."),
            (U, "FF + 1A"),
        ],
        "hexadecimal addition set up by the system turn (0x119)",
    ),
    (
        "conv-python-xor",
        [
            (U, "I'm writing a checksum in Python and using the ^ operator everywhere."),
            (A, "In Python ^ is bitwise XOR on integers, not exponentiation."),
            (U, "right so 12 ^ 10 is what"),
        ],
        "^ is XOR here (6), not a power",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "I'm making a poster of the Super Bowls, all numbered in Roman numerals."),
            (A, "Sounds fun. Which ones do you need?"),
            (U, "LVIII plus XII"),
        ],
        "Roman-numeral arithmetic for a poster; the answer is a numeral (LXX)",
    ),
    (
        "conv-history-facts",
        [
            (U, "I'm reading about the Great Fire of London."),
            (A, "It began in a bakery on Pudding Lane in September 1666 and burned for days."),
            (U, "how many years before the fire did Shakespeare die"),
        ],
        "needs the year of Shakespeare's death, a fact only the model has",
    ),
    (
        "conv-excel-serial",
        [
            (U, "Excel is showing 45678 in a cell where a date should be."),
            (A, "That's a date serial number: Excel counts days from its 1900 epoch."),
            (U, "what date is it then"),
        ],
        "needs Excel's 1900 date system, including its phantom leap day",
    ),
    (
        "conv-music-intervals",
        [
            (U, "Music theory homework on stacking intervals."),
            (A, "Happy to help. Which intervals are you putting together?"),
            (U, "a major third plus a minor third equals"),
        ],
        "intervals combine to a perfect fifth; not arithmetic on 3 + 3",
    ),
    (
        "conv-knitting-rib",
        [
            (U, "My hat pattern says cast on 96 and work k2, p2 rib in the round."),
            (A, "96 divides evenly, so that's 24 repeats of k2, p2."),
            (U, "what if i cast on 98 instead, does it still work"),
        ],
        "a knitting judgement about pattern repeats, not a division",
    ),
    (
        "conv-tenpin-scoring",
        [
            (U, "Keeping score by hand at my kid's ten-pin party."),
            (A, "Okay. Strikes and spares carry bonuses from the balls that follow."),
            (U, "frame 1 a strike, frame 2 a 7 and a 2. running total after frame 2"),
        ],
        "ten-pin bonus rules make it 28, not 18",
    ),
    (
        "conv-stableford",
        [
            (U, "Our golf society plays Stableford off full handicap."),
            (A, "Sure: 2 points for a net par, 1 for a net bogey, 3 for a net birdie."),
            (U, "par 4, stroke index 3, I get a shot there and took 5. points?"),
        ],
        "Stableford points after a handicap stroke; golf rules, not subtraction",
    ),
    (
        "conv-rugby-union",
        [
            (U, "watching rugby union with my American friend who's never seen it"),
            (A, "Fun! Ask me anything about how the scoring works."),
            (U, "we got 3 tries, 2 conversions and 4 penalties. what's our score"),
        ],
        "needs the points values of rugby union scores",
    ),
    (
        "conv-sql-null",
        [
            (U, "Postgres question for you."),
            (A, "Sure, what is it?"),
            (U, "SELECT 5 + NULL returns what"),
        ],
        "SQL NULL propagation: the result is NULL, not 5",
    ),
    (
        "conv-ieee-doubles",
        [
            (U, "Assume IEEE 754 double precision, the way JavaScript does numbers."),
            (A, "Go on."),
            (U, "0.1 + 0.2, what does it actually evaluate to"),
        ],
        "floating-point representation (0.30000000000000004), not exact decimal sums",
    ),
    (
        "conv-dnd-coins",
        [
            (
                U,
                (
                    "In my D&D game 1 platinum is 10 gold, 1 gold is 10 silver, 1 silver is 10 "
                    "copper."
                ),
            ),
            (A, "Standard rates, got it."),
            (U, "party has 3 pp, 14 gp and 230 cp. what's that in gold"),
        ],
        "game currency defined earlier in the conversation",
    ),
    (
        "conv-timesheet-hmm",
        [
            (
                U,
                (
                    "Our timesheet app writes hours as h.mm, so 7.45 means seven hours forty-five "
                    "minutes."
                ),
            ),
            (A, "Understood, it's clock notation, not decimal hours."),
            (U, "7.45 + 8.30 + 6.50"),
        ],
        "h.mm clock notation sums to 23.05, not the decimal 22.75",
    ),
    (
        "conv-feet-dot-inches",
        [
            (
                U,
                (
                    "heights on our basketball team sheet are written feet.inches, so 5.11 is "
                    "five foot eleven"
                ),
            ),
            (A, "Got it."),
            (U, "average of 5.11, 6.1 and 5.9"),
        ],
        "feet.inches notation: the average is 5 ft 11 in, not a decimal mean",
    ),
    (
        "conv-catan-odds",
        [
            (U, "Playing Catan. My only settlements are on a 6 and an 8."),
            (A, "Good spots, those are the most likely rolls after 7."),
            (U, "so per roll what's my chance of getting anything"),
        ],
        "probability depends on the numbers named earlier and two-dice rules",
    ),
    (
        "conv-tribonacci",
        [
            (U, "Each term of my sequence is the sum of the previous three. It starts 1, 1, 2."),
            (A, "So it continues 4, 7, 13 and so on."),
            (U, "what's the 10th term"),
        ],
        "the sequence rule is only in the earlier turn",
    ),
    (
        "conv-grade-boundaries",
        [
            (U, "Our grade boundaries: A from 85%, B from 72%, C from 60%."),
            (A, "Noted."),
            (U, "I got 61 out of 80, what grade is that"),
        ],
        "the boundaries come from the conversation; the answer is a letter grade",
    ),
    (
        "conv-bus-wait",
        [
            (
                U,
                (
                    "The 42 leaves the depot at :05 and :35 past every hour and takes 18 minutes "
                    "to reach my stop."
                ),
            ),
            (A, "So it passes your stop at :23 and :53 past the hour."),
            (U, "if i get to the stop at 14:40 how long do i wait"),
        ],
        "needs the timetable from earlier turns",
    ),
    (
        "conv-board-game-tax",
        [
            (
                S,
                (
                    "You are the rules helper for the board game Harbour Lords. Trade tax is 1 "
                    "coin per full 4 goods shipped, minimum 1 coin."
                ),
            ),
            (U, "I ship 15 goods, what's my tax"),
        ],
        "a fictional game's tax rule given in the system turn",
    ),
    (
        "conv-grandmas-glass",
        [
            (
                U,
                (
                    "Gran's recipes measure milk in 'glasses', her old tumbler, which we measured "
                    "at 180 ml."
                ),
            ),
            (A, "Great, that makes conversions easy."),
            (U, "3 and a half glasses of milk in litres then"),
        ],
        "the 'glass' is a household unit defined only in the conversation",
    ),
    (
        "conv-binary-mask",
        [
            (U, "Practising binary for my networking exam."),
            (A, "Fire away."),
            (U, "11010110 AND 11110000"),
        ],
        "bitwise AND of binary strings, not decimal multiplication",
    ),
    (
        "conv-sheets-average",
        [
            (U, "In Google Sheets, A1 is 12, A2 is 7 and A3 is empty."),
            (A, "Okay."),
            (U, "=AVERAGE(A1:A3)"),
        ],
        "spreadsheet semantics: blank cells are skipped, giving 9.5",
    ),
    (
        "conv-semver",
        [
            (U, "Our library uses semantic versioning."),
            (A, "Major.minor.patch, got it."),
            (U, "is 2.10.0 bigger than 2.9.3"),
        ],
        "version ordering, where 2.10 is later than 2.9, unlike decimals",
    ),
]

NEAR = [
    ("near-phone", "whose number is 0800 1111", "a phone number to identify, not a sum"),
    ("near-phone", "is 020 7946 0958 a london number", "a phone number's area, not arithmetic"),
    ("near-phone", "which country has the dialling code +353", "a dialling code to look up"),
    ("near-isbn", "ISBN 978-0-14-118776-1, what book is that", "an ISBN to identify"),
    (
        "near-isbn",
        "is 978-3-16-148410-0 a valid isbn-13",
        "needs the ISBN check-digit rule and an explanation",
    ),
    (
        "near-code",
        "windows update keeps failing with 0x80070005 on my dad's pc, what does that code mean",
        "an error code to explain, not a hex number",
    ),
    ("near-code", "HTTP 418?", "a status code to explain"),
    (
        "near-partno",
        "what's the difference between a 6203 and a 6203-2RS bearing",
        "part numbers, needs product knowledge",
    ),
    ("near-partno", "my car's VIN starts WVW, what make is it", "a VIN prefix to identify"),
    ("near-code", "what is E211 on an ingredients list", "a food additive code"),
    (
        "near-version",
        "what's new in python 3.12 compared with 3.11",
        "version numbers, release notes",
    ),
    ("near-version", "should i move my project from node 18 to node 20", "advice about versions"),
    ("near-version", "is windows 10 22H2 the last feature update", "a version to explain"),
    (
        "near-score",
        "Germany 7-1 Brazil, what happened in that game",
        "a football score to explain",
    ),
    (
        "near-score",
        "is a 2:1 good enough to get onto a masters in the UK",
        "a degree class, advice",
    ),
    (
        "near-score",
        "what's a decent 5k time for a 45 year old woman who just started running",
        "an opinion about a time",
    ),
    ("near-score", "is 1480 a good SAT score for state universities", "an opinion about a score"),
    ("near-score", "is a credit score of 720 good", "a score to judge"),
    ("near-range", "is a resting heart rate of 48-52 too low", "a range, medical judgement"),
    ("near-range", "what's a normal blood pressure range for a 60 year old", "medical facts"),
    (
        "near-range",
        "is 16-20 degrees about right for a baby's bedroom",
        "a temperature range, advice",
    ),
    (
        "near-range",
        "fasting glucose of 5.8 mmol/L, should I be worried",
        "a reading to interpret, not convert",
    ),
    ("near-opinion", "is 40 too old to start learning the cello", "an opinion involving a number"),
    ("near-opinion", "is £32k a good salary in Manchester", "an opinion about a salary"),
    ("near-opinion", "how much should I tip a taxi driver in Japan", "a custom, not a percentage"),
    (
        "near-opinion",
        "is it worth paying 0.4% more to fix my mortgage rate",
        "financial advice, no single answer",
    ),
    (
        "near-opinion",
        "should I overpay a 3.9% car loan or put the money in an index fund",
        "financial advice",
    ),
    (
        "near-explain",
        "why is 0.1 + 0.2 not equal to 0.3 in most programming languages",
        "asks for an explanation, not the sum",
    ),
    (
        "near-explain",
        "my year 9 won't believe 0.999 recurring is exactly 1, how do I convince her",
        "a proof, not a calculation",
    ),
    (
        "near-explain",
        "why does the gregorian calendar average 365.2425 days a year",
        "an explanation of the leap-year rule",
    ),
    (
        "near-explain",
        (
            "why do we split an hour into 60 minutes rather than something decimal, where did "
            "that come from"
        ),
        "history and explanation",
    ),
    (
        "near-explain",
        "difference between simple and compound interest, with an example please",
        "asks for an explanation",
    ),
    (
        "near-explain",
        "walk me through the proof that root 2 is irrational, I lose it at the contradiction step",
        "a proof",
    ),
    (
        "near-explain",
        "Monty Hall problem, why is switching a 2/3 chance",
        "an explanation of a probability puzzle",
    ),
    (
        "near-explain",
        "my 6 year old asked why you can't divide by zero, how do I explain it to her",
        "an explanation",
    ),
    ("near-explain", "explain standard deviation like I'm 12", "an explanation"),
    ("near-fact", "how many bones are there in one human hand, counting the wrist", "a fact"),
    (
        "near-fact",
        "my nephew wants to know how many feet tall the Burj Khalifa is to the tip of the spire",
        "needs the building's height, which a converter lacks",
    ),
    ("near-fact", "how far away is the moon in miles", "an astronomical fact"),
    (
        "near-fact",
        "what year did the Berlin Wall fall, my dad insists it was 1990",
        "a historical date",
    ),
    ("near-fact", "Apollo 11 from launch to splashdown took how many days", "a historical fact"),
    ("near-fact", "what's the speed of sound at 35,000 feet", "physics facts, not a conversion"),
    ("near-fact", "when did the UK go decimal", "a historical date"),
    (
        "near-fact",
        "roughly how many calories does a medium banana have, for my food diary",
        "a nutrition fact",
    ),
    ("near-fact", "how long do you boil a duck egg for a runny yolk", "cooking knowledge"),
    ("near-fact", "population of Lagos?", "a statistic to recall"),
    ("near-fact", "what VAT rate applies to children's clothes in the UK", "a tax fact"),
    (
        "near-fact",
        "speed limit on a UK motorway when you're towing a caravan",
        "a legal fact",
    ),
    ("near-fact", "how many points does 7th place get in F1", "a sports rule"),
    ("near-live", "how many yen is £250", "needs a live exchange rate"),
    ("near-live", "gold price per ounce", "needs live market data"),
    ("near-live", "bitcoin in euros?", "needs a live price"),
    ("near-live", "how much is a first class stamp", "a current price that changes"),
    ("near-wording", "write 2,450.75 in words for a cheque", "wording a number, not computing"),
    ("near-wording", "how do you say 1,984 in French", "a translation"),
    ("near-wording", "what's 1994 in roman numerals", "numeral notation, not arithmetic"),
    ("near-wording", "is a googol 10^100 or 10^1000 and who named it", "trivia about a number"),
    (
        "near-estimate",
        "how long would War and Peace take me at 30 pages a day",
        "needs the book's length, which depends on the edition",
    ),
    ("near-estimate", "how many bricks for a garden wall", "underspecified; needs questions back"),
    (
        "near-estimate",
        "how much paint do I need for a 4x3 m bedroom",
        "needs wall heights, coverage and coats; advice",
    ),
    ("near-fact", "how many hours of sleep does a 3 month old need", "a health fact"),
    ("near-fact", "what age can a child sit in the front seat in the UK", "a legal fact"),
    (
        "near-explain",
        "what's the 50/30/20 rule for budgets and does it make sense on a student loan",
        "explains a rule of thumb",
    ),
    ("near-explain", "what's special about the number 1729", "number trivia"),
    (
        "near-estimate",
        "what are my odds of winning the lottery if I buy 10 tickets",
        "needs the game's rules, which are not given",
    ),
]

ORDINARY = {
    "writing": [
        "can you help me write a short thank-you note to my son's nursery teacher",
        "rewrite this so it sounds less passive-aggressive: 'as per my last email'",
        "give me three opening lines for a ghost story set in a 24-hour launderette in Swindon",
        "write a limerick about a tabby called Biscuit who hates the hoover",
        "Draft a polite email asking my landlord to fix the boiler.",
        "how do i make my CV summary sound less generic",
        "what's a good toast for my sister's wedding, she's marrying her childhood best friend",
        "summarise the plot of Jane Eyre in a paragraph",
        "help me write a product description for handmade beeswax candles",
        "is it 'affect' or 'effect' in 'the weather will ___ our plans'",
    ],
    "cooking": [
        "what can I make with leftover rice, two eggs and some spring onions",
        (
            "my second sourdough loaf is dense and gummy in the middle again, starter is three "
            "weeks old, what am I doing wrong"
        ),
        "a vegetarian main for a dinner party that isn't risotto",
        "how do I stop my homemade pasta from sticking together",
        "can I swap bicarbonate of soda for baking powder in my nan's cheese scone recipe",
        (
            "packed lunch ideas for a seven year old who won't eat anything that touches "
            "anything else"
        ),
        "How do I make a proper Yorkshire pudding rise?",
        "what wine goes with mushroom stroganoff",
        "can you freeze cooked potatoes",
        "give me a simple dal recipe",
    ],
    "travel": [
        "what should I see in Lisbon if I only have a weekend",
        "is it better to take the train or fly from Paris to Barcelona",
        "packing list for a walking holiday in the Lake District",
        "tips for surviving a long-haul flight with a toddler",
        "Which Greek island is quietest in September?",
        "going to Hoi An on a British passport for twelve days, is there an e-visa I need to sort",
        "best way to get around Tokyo as a first-timer",
        "what's the etiquette at a Japanese onsen",
        "recommend a scenic drive in the Scottish Highlands",
        "how do I avoid getting pickpocketed in Rome",
    ],
    "health": [
        "how do I get back into running after a knee injury",
        (
            "I'm a junior doctor and think I'm heading for burnout, which signs should I take "
            "seriously"
        ),
        "my brain replays every awkward thing I've ever said at 2am, how do I get to sleep",
        "felt really lightheaded on the bus home after giving blood, is that normal",
        "how can I stop snacking late at night",
        "my lower back aches after long days at a standing desk, what stretches should I try",
        "How do I support a friend who's just been diagnosed with cancer?",
        "how can I tell whether my husband has flu or is just making a big deal of a cold",
        "gentle exercises for someone recovering from a hip replacement",
        "how do I cut down on caffeine without headaches",
    ],
    "tech": [
        (
            "my five year old Dell sounds like a jet engine as soon as I open Chrome, how do I "
            "quiet it"
        ),
        "how do I set up a VPN on my home router",
        "when should a small team rebase instead of merge in git",
        "explain what Docker containers are to a non-technical manager",
        "the wifi in our flat dies around 8pm most nights, what could cause that",
        "How do I back up my iPhone photos without paying for iCloud?",
        "write a python function that reverses the words in a sentence",
        "what's a good password manager for a family",
        "how do I stop Outlook from opening attachments in the browser",
        "what does a load balancer actually do",
    ],
    "relationships": [
        "how do I tell my flatmate they need to do more washing up without a fight",
        "my oldest friend completely forgot my 35th, do I bring it up or let it go",
        "first date ideas in Leeds that aren't a pub or a restaurant",
        "my 16 year old is barely sleeping before her GCSEs, how do I help without nagging",
        "what do you say to someone whose dog has died",
        "how to set boundaries with a parent who drops in unannounced",
        "My partner and I argue about money. How do we talk about it calmly?",
        "moved to Bristol for work at 34 and know nobody, where do adults actually make friends",
        "how do I apologise to a colleague I snapped at",
        "advice for a long-distance relationship",
    ],
    "learning": [
        "what's the best way to learn Spanish vocabulary",
        "explain photosynthesis to me like a gardener, not a chemist",
        "how did one archduke getting shot turn into a whole world war",
        "how does an mRNA vaccine teach your body to recognise a virus",
        "recommend some books on the history of science",
        (
            "my uncle says a cold winter proves climate change is fake, how do I explain weather "
            "versus climate to him"
        ),
        "walk me through how a bill gets from the Commons to royal assent",
        "Explain the offside rule in football.",
        "what is impressionism in painting",
        "what do bees actually do to nectar to turn it into honey",
    ],
    "home-garden": [
        "lower leaves on my greenhouse tomatoes are going yellow with brown spots, what is it",
        (
            "black mould keeps coming back on the bathroom ceiling of our rented flat, how do we "
            "stop it"
        ),
        "what plants grow well on a shady north-facing balcony",
        "the radiator upstairs is cold at the top and warm at the bottom, how do I bleed it",
        "best way to get red wine out of a cream carpet",
        "when's the right time to prune an old Bramley apple tree that's never been pruned",
        "slugs are shredding my hostas and a hedgehog visits the garden, what can I use on them",
        "Ideas for making a small living room feel bigger?",
        "would an air source heat pump work in a draughty 1850s stone cottage in Cumbria",
        (
            "the kitchen mixer tap drips from the spout even when it's turned off hard, how do I "
            "fix it"
        ),
    ],
    "creative": [
        "name ideas for a café that's also a bike repair shop",
        "help me come up with a plot twist for my detective novel",
        "theme ideas for my husband's 40th, he loves 80s action films and hates a fuss",
        "what should I draw for a 30-day sketch challenge",
        "describe a sunset over the sea in the style of a noir detective",
        "invent a board game for a rainy afternoon with kids",
        "give me some band name ideas for a folk-punk trio",
        "what's a fun costume I can make from cardboard",
        "write a haiku about the first frost",
        "pitch me a sitcom set in a lighthouse",
    ],
    "work": [
        "I've taken on my old manager's duties without the title, how do I ask for a raise",
        "tips for running a meeting that finishes on time",
        "how should I answer 'what's your biggest weakness' in an interview",
        "how do I give feedback to someone senior to me",
        "what should go in a 30-60-90 day plan for a new job",
        "how do I turn down a third project when I'm already at capacity without seeming lazy",
        "Should I mention a career break on my CV?",
        "how can I stay motivated working from home",
        "what are good questions to ask at the end of an interview",
        "how do I hand in my notice gracefully",
    ],
}

for fam, turns, note in CONVS:
    conv(fam, turns, note)
for fam, q, note in NEAR:
    neg(fam, q, note)
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
    # no register (family name) of this set is a family name of sets 19 to 176
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 176: {reused}"
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
