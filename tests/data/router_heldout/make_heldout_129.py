r"""Generate heldout-2027-04-11.jsonl: a hundred-and-twenty-ninth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-11 by a helper session working only in /work/sealed129 (scratch files
in /work/sealed129/scratch, deleted at the end). The starting point was a 2614-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-11.jsonl, PREFIX "ho129-", earlier generators 1-128, register check against
sets 19 to 128); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; other text as a whitespace-free substring);
- /work/sealed129/earlier_registers.txt (2742 earlier family names): its first 100 lines and a
  line count; otherwise it was only used in memory, by scratch scripts that printed which of my
  candidate names it contains (three first-draft water-themed names were, and were replaced) and
  finally confirmed that none of this set's 55 family names (registers and negative topics) is
  in it;
- of the copied script, only lines 1-369, 698-758, 1067-1151, 1513-1520 and 2391-2614, printed
  with sed; lines 1-369 only (through sed) were searched for the end of the old docstring and the
  __future__ import. One slip: a sed meant to show the boundary also printed lines 1065-1066 of
  the old units section (a closing argument line of a conversion and a parenthesis, no question
  text);
- nothing of /work/main/pyproject.toml: it was only handed to ruff as its configuration.
The previous set's question sections were never viewed: the original was copied byte for byte
into the scratch folder and a splicing script joined a new docstring, the kept ranges by line
number and four new sections written from scratch, so lines 1-127 (the old docstring),
370-697, 759-1066, 1152-1512 and 1521-2390 were dropped unread; a check script confirmed that
each kept range appears verbatim in this script. No git history, web or code search (the search
tools were not used), router, tests, other generators or other files under /work/main were read
(python --version was run, and a one-off check printed the weekdays of eight dates); the script
imports the earlier generators itself, in memory, for its duplicate and register checks, and
prints none of their text; no JSONL was read: expected values were reviewed from this script's
--show listing (ids and values only) and everything else from this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers, all life on and by the water (a
  river ferry ticket booth, a rowing regatta timekeeper, a fly-fishing ghillie's diary, an
  oyster farm's tidal beds, a water-mill restoration trust, a paddle steamer purser, a dragon
  boat crew captain, a swimming gala results table, a reservoir sailing club bosun, a wild
  swimming meetup host, a coastguard station volunteer, a tidal-island causeway café, a seaweed
  foraging course leader, a lifeboat station fundraiser, a marina berth allocation desk, a sea
  kayak expedition planner, a pier amusement arcade manager, a beach hut owners' association, a
  harbour fish auction clerk, a floating sauna on a fjord, a river clean-up crew, a salt-marsh
  birdwatching hide, a weir-pool angling syndicate, a volunteer lock-keeper on a lock flight and
  a riverboat jazz cruise promoter), each register used by all three tools, six of them (ferry
  booth, regatta, oyster farm, paddle steamer, causeway café, marina desk) with two items per
  tool. Phrasing varies: questions, imperatives, cash-up notes, invoices, team chat, tallies,
  notices, lowercase texting, symbols (×, ÷, −, !, %, →, °C, °F, m²) and written-out units;
  pounds, euros, Hong Kong and US dollars and Norwegian kroner; written dates with and without
  computed weekdays (sayw, sayus), clock times, and offsets (+00:00, +02:00, -04:00, -05:00,
  +08:00, +09:00).
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals kept as strings and read with dec()):
  Fraction arithmetic for money and quantities (whole_cents() asserts whole pence, cents and
  øre), exact unit definitions for conversions (from the set-up: inch, foot, yard, mile,
  avoirdupois pound and ounce, acre, square and cubic feet, psi, bar, MiB and GiB, km/h and mph,
  Celsius/Fahrenheit; added here: centimetre, kilometre, gram, litre, hectare, nautical mile,
  knot, square metre), graded exactly when the result has at most three decimals and at 0.1%
  otherwise (unit_auto choosing, unit_r asserting that an answer rounded to two decimals still
  passes), and date arithmetic for weekdays, spans, inclusive day counts, nights, whole weeks,
  ages, nth and last weekdays, day of the year, counts of a chosen weekday (count_days_of),
  clock intervals, and journeys and broadcasts whose offsets come from the IANA rules (zoneinfo,
  loaded through importlib so the set-up is unchanged): fixed_offset() reads each stated offset
  from the zone's rule at that local time and asserts it equals the offset written in the
  question (Reykjavik +00:00 and Singapore +08:00 in May, Oslo +02:00 and New York -04:00 in
  July, Chicago/New Orleans -05:00 and Tokyo +09:00 in October). No contested unit words (ton,
  gallon, cup, pint, barrel, stone, calorie, a month as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (glaciers and volcanoes, Hanseatic and
  guild history, Zig/Elixir and other language opinions, hard bop listening, octopus and corvid
  minds, retirement speeches, shared-driveway etiquette, personal identity puzzles, nautical
  etymology, fermentation fixes), 65 near-negatives in 13 families of five shaped like
  positives but needing the model (error, boiler and library codes; titles with numbers;
  estimates with no figures; why a rule of arithmetic holds; numeric facts nobody stated;
  notation to interpret; what a stated reading means; whether a price is worth it; software
  versions; historical dates not given; riddles and sequence puzzles; sports jargon with
  numbers; baking troubleshooting), and 35 conversations in seven families of five whose last
  turn asks for writing after a sum, for advice while figures are missing, for a verdict on a
  result, for the reason behind a method, for plans after a figure was worked out, for the
  history behind a unit, or about works whose titles are numbers; none ends in a plain exact
  question, and the figures in assistant turns are computed in code. Symbolic algebra was kept
  out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 128, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the comparison with
earlier_registers.txt above, and an ast check that the kept ranges are verbatim and no set-up name
is bound again. The first runs failed unit_r's two-decimal assertion for four conversions (acres to
hectares, psi to bar, a ferry crossing in nautical miles, a regatta course in miles), and a scratch
probe that logged instead of asserting found two more (a fish in lb and oz, a causeway length); a
seventh (hectares to acres) was changed pre-emptively with the first fix; all got new figures, and
the one conversation reusing such a figure (the causeway length) was kept in step. The duplicate
check then flagged fifteen items matching earlier sets word for word (four plain unit questions,
eleven negatives: three arithmetic whys, three unstated facts, and one each of notation, riddle,
sports, version and a unit-history conversation turn); all were reworded, and two plain unit
questions needed a second rewording. The ast check flagged module-level loop names (q, and
generator names t, p, c, k) that helper locals of the set-up also use; they were renamed. Three
strings were shortened to keep lines under 100 characters, and a review of the --show listing
dropped a "Roughly" from a plain conversion graded at 0.1%. Ruff check and ruff format are clean,
no line exceeds 99 characters, and the final run passed every check.

Run: /work/main/.venv/bin/python make_heldout_129.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's id, expected value and tolerance, or --digest to print only the
sha256 of the output)
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
OUT = HERE / "heldout-2027-04-11.jsonl"
PREFIX = "ho129-"
# earlier generators: sets 1-128 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 129))
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


def whole_cents(x):
    """A money amount that must come out in whole cents (pence, øre and the like)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


# ---- plain calculator questions
mul_a, mul_b = 4817, 263
calc(P, f"What is {mul_a:,} × {mul_b}?", mul_a * mul_b)
div_a, div_b = 90125, 35
assert div_a % div_b == 0
calc(P, f"Work out {div_a:,} ÷ {div_b}.", F(div_a, div_b))
pc_rate, pc_base = "17.5", 3280
calc(P, f"what's {pc_rate}% of {pc_base:,}", pct(pc_rate) * pc_base)
sq_of = 7056
assert math.isqrt(sq_of) ** 2 == sq_of
calc(P, f"Give me the square root of {sq_of:,}.", math.isqrt(sq_of))
ex_a, ex_b, ex_c, ex_d = 318, 47, 12, 905
calc(P, f"({ex_a} − {ex_b}) × {ex_c} + {ex_d} = ?", (ex_a - ex_b) * ex_c + ex_d)
pow_exp = 19
calc(P, f"What does 2 raised to the {pow_exp}th power come to?", 2**pow_exp)
fa_hi, fa_lo = 9, 6
calc(
    P,
    f"Evaluate {fa_hi}! ÷ {fa_lo}!",
    F(math.factorial(fa_hi), math.factorial(fa_lo)),
)
up_base, up_rate = 1240, 35
calc(P, f"Increase {up_base:,} by {up_rate} per cent.", up_base * (1 + pct(up_rate)))
avg_vals = (84, 91, 77, 68, 95)
calc(
    P,
    "Mean of " + ", ".join(str(v) for v in avg_vals[:-1]) + f" and {avg_vals[-1]}?",
    F(sum(avg_vals), len(avg_vals)),
)
fr_n, fr_d, fr_of = 3, 8, 5600
calc(P, f"How much is {fr_n}/{fr_d} of {fr_of:,}?", F(fr_n, fr_d) * fr_of)
dm_a, dm_b = "0.125", 6432
calc(P, f"Multiply {dm_a} by {dm_b:,}.", dec(dm_a) * dm_b)
sub_from, sub_take = 120000, 48903
calc(P, f"Take {sub_take:,} away from {sub_from:,}.", sub_from - sub_take)
sqs_a, sqs_b = 15, 28
calc(P, f"What is {sqs_a} squared plus {sqs_b} squared?", sqs_a**2 + sqs_b**2)
less_base, less_rate = 7350, "12.4"
calc(
    P,
    f"What's left of {less_base:,} after knocking {less_rate} percent off it?",
    less_base * (1 - pct(less_rate)),
)

# ---- registers
FERRY = "river_ferry_ticket_booth"
REGATTA = "rowing_regatta_timekeeper"
GHILLIE = "fly_fishing_ghillie_diary"
OYSTER = "oyster_farm_tidal_beds"
MILL = "water_mill_restoration_trust"
STEAMER = "paddle_steamer_purser"
DRAGON = "dragon_boat_crew_captain"
GALA = "swimming_gala_results_table"
BOSUN = "reservoir_sailing_club_bosun"
WILDSWIM = "wild_swimming_meetup_host"
COASTGUARD = "coastguard_station_volunteer"
CAUSEWAY = "tidal_island_causeway_cafe"
SEAWEED = "seaweed_foraging_course_leader"
LIFEBOAT = "lifeboat_station_fundraiser"
MARINA = "marina_berth_allocation_desk"
SEAKAYAK = "sea_kayak_expedition_planner"
ARCADE = "pier_amusement_arcade_manager"
BEACHHUT = "beach_hut_owners_association"
FISHAUCTION = "harbour_fish_auction_clerk"
FJORDSAUNA = "floating_sauna_on_a_fjord"
CLEANUP = "river_cleanup_volunteer_crew"
MARSHHIDE = "salt_marsh_birdwatching_hide"
WEIRPOOL = "weir_pool_angling_syndicate"
LOCKIE = "lock_flight_volunteer_lockie"
JAZZBOAT = "riverboat_jazz_cruise_promoter"

fy_ad, fy_ad_p, fy_ch, fy_ch_p, fy_bk, fy_bk_p = 37, "3.40", 22, "1.70", 9, "0.90"
calc(
    FERRY,
    f"Cashing up the ferry booth: {fy_ad} adult singles at £{fy_ad_p}, {fy_ch} child singles "
    f"at £{fy_ch_p} and {fy_bk} bike supplements at {int(dec(fy_bk_p) * 100)}p. What should "
    "the drawer hold in pounds, float aside?",
    whole_cents(fy_ad * dec(fy_ad_p) + fy_ch * dec(fy_ch_p) + fy_bk * dec(fy_bk_p)),
)
fy_book, fy_book_n = "52.00", 20
calc(
    FERRY,
    f"A passenger asks how much the {fy_book_n}-crossing carnet (£{fy_book}) saves compared "
    f"with buying {fy_book_n} singles at £{fy_ad_p} each. Answer in pounds.",
    whole_cents(fy_book_n * dec(fy_ad_p) - dec(fy_book)),
)
rg_min, rg_sec, rg_dist = 6, "42.8", 2000
calc(
    REGATTA,
    f"Timekeeper's sheet: the men's eight did {rg_dist:,} m in {rg_min} min {rg_sec} s. "
    "What was their average split in seconds per 500 m?",
    (rg_min * 60 + dec(rg_sec)) * 500 / rg_dist,
)
rg_heats = ("412.6", "409.9", "415.3", "411.2")
calc(
    REGATTA,
    "Four heat times for the single sculls, in seconds: "
    + ", ".join(rg_heats)
    + ". I need the mean for the programme.",
    sum(dec(heat) for heat in rg_heats) / len(rg_heats),
)
gh_rods, gh_rate, gh_days, gh_off = 3, 85, 5, 10
calc(
    GHILLIE,
    f"Diary note: {gh_rods} rods on the beat at £{gh_rate} per rod per day for {gh_days} days, "
    f"less {gh_off}% for returning guests. Total to invoice (£)?",
    whole_cents(gh_rods * gh_rate * gh_days * (1 - pct(gh_off))),
)
oy_bags, oy_per, oy_loss = 46, 150, 4
calc(
    OYSTER,
    f"We laid {oy_bags} bags of {oy_per} spat each on the trestles and expect {oy_loss}% "
    "winter losses. How many oysters should make it through?",
    oy_bags * oy_per * (1 - pct(oy_loss)),
)
oy_doz, oy_each, oy_deliv = 18, "1.15", "12.50"
calc(
    OYSTER,
    f"Order from the bistro: {oy_doz} dozen rock oysters at €{oy_each} apiece, plus "
    f"€{oy_deliv} delivery. What's the invoice total in euros?",
    whole_cents(oy_doz * 12 * dec(oy_each) + dec(oy_deliv)),
)
ml_raised, ml_target = 14720, 32000
calc(
    MILL,
    f"The mill trust has £{ml_raised:,} pledged toward the £{ml_target:,} new waterwheel. "
    "What percentage of the target is that?",
    F(ml_raised, ml_target) * 100,
)
st_tea, st_tea_p, st_scone, st_scone_p, st_ale, st_ale_p = 64, "2.10", 41, "3.25", 28, "4.60"
calc(
    STEAMER,
    f"Purser's bar return for the afternoon sailing: {st_tea} teas @ £{st_tea_p}, {st_scone} "
    f"scones @ £{st_scone_p}, {st_ale} bottled ales @ £{st_ale_p}. Total takings?",
    whole_cents(st_tea * dec(st_tea_p) + st_scone * dec(st_scone_p) + st_ale * dec(st_ale_p)),
)
st_pax, st_fare, st_conc, st_conc_fare = 212, "18.50", 37, "14.00"
calc(
    STEAMER,
    f"Sunday excursion: {st_pax} aboard. Full fare is £{st_fare} but {st_conc} of them paid the "
    f"£{st_conc_fare} concession. What did fares bring in?",
    whole_cents((st_pax - st_conc) * dec(st_fare) + st_conc * dec(st_conc_fare)),
)
db_crew, db_entry, db_shirt, db_sub = 20, 385, 120, 2000
calc(
    DRAGON,
    f"Team chat: {db_crew} paddlers each owe HK${db_entry} race entry + HK${db_shirt} for shirts, "
    f"and the club chips in HK${db_sub:,} overall. How much do we still need to collect in total?",
    db_crew * (db_entry + db_shirt) - db_sub,
)
gl_pts, gl_counts = (7, 5, 4), (9, 6, 11)
calc(
    GALA,
    f"Scoring is {gl_pts[0]} points for a win, {gl_pts[1]} for second and {gl_pts[2]} for "
    f"third. The Otters had {gl_counts[0]} wins, {gl_counts[1]} seconds and {gl_counts[2]} "
    "thirds. Their points total?",
    sum(pts * cnt for pts, cnt in zip(gl_pts, gl_counts, strict=True)),
)
bs_full, bs_full_p, bs_jun, bs_jun_p, bs_fam, bs_fam_p = 38, 245, 19, 60, 12, 390
calc(
    BOSUN,
    f"For the AGM: {bs_full} full members at £{bs_full_p}, {bs_jun} juniors at £{bs_jun_p} and "
    f"{bs_fam} family memberships at £{bs_fam_p}. What's the subscription income?",
    bs_full * bs_full_p + bs_jun * bs_jun_p + bs_fam * bs_fam_p,
)
ws_hire, ws_towel, ws_people = 96, "3.50", 16
calc(
    WILDSWIM,
    f"sauna hire after the dip is €{ws_hire} + €{ws_towel} a towel each, {ws_people} of us. "
    "split evenly, what does everyone pay?",
    whole_cents((ws_hire + ws_people * dec(ws_towel)) / ws_people),
)
cg_calls, cg_avg, cg_train, cg_train_h = 23, "2.6", 9, "3.5"
calc(
    COASTGUARD,
    f"Log for my volunteer record: {cg_calls} callouts averaging {cg_avg} hours each, plus "
    f"{cg_train} training nights of {cg_train_h} hours. Total hours?",
    cg_calls * dec(cg_avg) + cg_train * dec(cg_train_h),
)
cw_sand, cw_sand_p, cw_chow, cw_chow_p, cw_off = 24, "7.80", 20, "6.45", 5
calc(
    CAUSEWAY,
    f"Coach party before the tide comes in: {cw_sand} crab sandwiches at £{cw_sand_p} and "
    f"{cw_chow} chowders at £{cw_chow_p}, with {cw_off}% group discount. What's the bill?",
    whole_cents((cw_sand * dec(cw_sand_p) + cw_chow * dec(cw_chow_p)) * (1 - pct(cw_off))),
)
cw_take, cw_days = "1284.60", 6
calc(
    CAUSEWAY,
    f"The causeway was open on only {cw_days} days and the café took "
    f"£{Decimal(cw_take):,} in all. Average per open day?",
    whole_cents(dec(cw_take) / cw_days),
)
sw_places, sw_full, sw_early, sw_early_p = 12, 45, 3, 36
calc(
    SEAWEED,
    f"Foraging course: {sw_places} places, {sw_early} of them sold at the £{sw_early_p} "
    f"early-bird price and the rest at £{sw_full}. Course income?",
    (sw_places - sw_early) * sw_full + sw_early * sw_early_p,
)
lb_ducks, lb_price, lb_prizes, lb_print = 1850, 2, 425, "68.40"
calc(
    LIFEBOAT,
    f"Duck race result: {lb_ducks:,} ducks sold at £{lb_price} each; prizes cost £{lb_prizes} "
    f"and printing £{lb_print}. How much did we raise for the station, net?",
    whole_cents(lb_ducks * lb_price - lb_prizes - dec(lb_print)),
)
mb_rate, mb_len, mb_nights = "3.20", "12.5", 6
calc(
    MARINA,
    f"Visitor berths are €{mb_rate} per metre per night. Quote for a {mb_len} m yacht staying "
    f"{mb_nights} nights, please.",
    whole_cents(dec(mb_rate) * dec(mb_len) * mb_nights),
)
mb_annual, mb_boat, mb_disc = 410, "9.4", 8
calc(
    MARINA,
    f"Annual berth fee is €{mb_annual} per metre. Owner of a {mb_boat} m boat pays early and "
    f"gets {mb_disc}% off: what is the fee in euros?",
    whole_cents(mb_annual * dec(mb_boat) * (1 - pct(mb_disc))),
)
sk_day, sk_days, sk_short = "27.5", 9, 14
calc(
    SEAKAYAK,
    f"Route plan: {sk_days} full days of {sk_day} km each and one short day of {sk_short} km. "
    "Total km paddled?",
    dec(sk_day) * sk_days + sk_short,
)
ar_coins = 18460
calc(
    ARCADE,
    f"The 2p pushers gave up {ar_coins:,} two-pence coins at the weekend count. Value in pounds?",
    whole_cents(ar_coins * F(2, 100)),
)
bh_rent, bh_huts = 43660, 74
calc(
    BEACHHUT,
    f"Treasurer: the council ground rent is £{bh_rent:,} for all {bh_huts} huts, shared "
    "equally. What does each owner pay?",
    whole_cents(F(bh_rent, bh_huts)),
)
fa_boxes, fa_kg, fa_price = 36, "11.2", "6.85"
calc(
    FISHAUCTION,
    f"Lot 14: {fa_boxes} boxes of hake at {fa_kg} kg a box, knocked down at £{fa_price}/kg. "
    "Buyer's bill before commission?",
    whole_cents(fa_boxes * dec(fa_kg) * dec(fa_price)),
)
fs_priv, fs_priv_p, fs_drop, fs_drop_p = 7, 1450, 33, 260
calc(
    FJORDSAUNA,
    f"Bookings for Saturday: {fs_priv} private sessions at NOK {fs_priv_p:,} and {fs_drop} "
    f"drop-in tickets at NOK {fs_drop_p}. What's the day's total in kroner?",
    fs_priv * fs_priv_p + fs_drop * fs_drop_p,
)
cu_kg, cu_plastic = 318, 41
calc(
    CLEANUP,
    f"Our haul weighed {cu_kg} kg and {cu_plastic}% of it was plastic. "
    "How many kilos of plastic is that?",
    cu_kg * pct(cu_plastic),
)
mh_counts = (1240, 385, 97, 42)
calc(
    MARSHHIDE,
    f"Hide log, high-tide roost: dunlin {mh_counts[0]:,}, redshank {mh_counts[1]}, curlew "
    f"{mh_counts[2]}, avocet {mh_counts[3]}. Combined wader count?",
    sum(mh_counts),
)
wp_rods, wp_lease, wp_bailiff = 14, 5950, 840
calc(
    WEIRPOOL,
    f"The syndicate's {wp_rods} rods split the £{wp_lease:,} lease and the £{wp_bailiff} "
    "bailiff fee equally. Cost per rod?",
    whole_cents(F(wp_lease + wp_bailiff, wp_rods)),
)
lk_locks, lk_mins = 16, "11.5"
calc(
    LOCKIE,
    f"Working a boat up the flight takes about {lk_mins} minutes per lock and there are "
    f"{lk_locks} locks. How many minutes should I tell the skipper?",
    lk_locks * dec(lk_mins),
)
jz_tix, jz_price, jz_band, jz_boat = 140, 65, 3200, 4750
calc(
    JAZZBOAT,
    f"Jazz cruise numbers: {jz_tix} tickets at ${jz_price}, band fee ${jz_band:,}, boat "
    f"charter ${jz_boat:,}. What's the profit?",
    jz_tix * jz_price - jz_band - jz_boat,
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


CM = F(1, 100)  # m
KM = F(1000)  # m
GRAM = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
HECTARE = F(10000)  # m^2
NAUT_MI = F(1852)  # m
KNOT = NAUT_MI / 3600  # m/s
SQM = F(1)  # m^2

assert KNOT * 3600 / KM == dec("1.852") and HECTARE / ACRE > 2


def unit_auto(family, query, value):
    """Graded exactly when the result needs at most three decimals, else at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# ---- plain unit questions
pu_mi = 47
unit_auto(P, f"Convert {pu_mi} miles to kilometres for my cycling log.", pu_mi * MI / KM)
pu_kg = "63.5"
unit_auto(P, f"How many pounds is {pu_kg} kg?", dec(pu_kg) / LB)
pu_c = 18
unit_auto(P, f"{pu_c} °C in Fahrenheit?", c_to_f(pu_c))
pu_ft, pu_in = 5, 9
unit_auto(
    P,
    f"What is {pu_ft} feet {pu_in} inches in centimetres?",
    (pu_ft * FT + pu_in * IN) / CM,
)
pu_m2 = 37
unit_auto(P, f"A listing says {pu_m2} m². How many square feet is that?", pu_m2 * SQM / SQFT)
pu_ac = "35"
unit_auto(P, f"Express {pu_ac} acres in hectares.", dec(pu_ac) * ACRE / HECTARE)
pu_g = 450
unit_auto(P, f"{pu_g} grams = how many ounces?", pu_g * GRAM / OZ)
pu_kmh = 115
unit_auto(P, f"What is {pu_kmh} km/h in mph?", pu_kmh * KMH / MPH)
pu_gib = "3.75"
unit_auto(P, f"My partition is {pu_gib} GiB; express it in MiB.", dec(pu_gib) * GIB / MIB)
pu_psi = 58
unit_auto(P, f"{pu_psi} psi expressed in bar?", pu_psi * PSI / BAR)
pu_yd = 1250
unit_auto(P, f"How many metres is {pu_yd:,} yards?", pu_yd * YD)
pu_f = "101.3"
unit_auto(P, f"Change {pu_f} °F into Celsius.", f_to_c(dec(pu_f)))
pu_nm = 15
unit_auto(P, f"{pu_nm} nautical miles in kilometres, please.", pu_nm * NAUT_MI / KM)
pu_cuft = 2
unit_auto(P, f"How many litres does {pu_cuft} cubic feet hold?", pu_cuft * CUFT / LITRE)

# ---- registers
uf_nm = "2.3"
unit_auto(
    FERRY,
    f"A tourist at the booth asks how long the crossing is. The chart says {uf_nm} nautical "
    "miles; what's that in kilometres?",
    dec(uf_nm) * NAUT_MI / KM,
)
uf_kg = 2400
unit_auto(
    FERRY,
    f"Sign on the ramp: vehicle deck limit {uf_kg:,} kg. An American driver wants it in pounds.",
    uf_kg / LB,
)
ur_m = 8000
unit_auto(
    REGATTA,
    f"For the visiting US crew's notes: how many miles is our {ur_m:,} m head-race course?",
    ur_m / MI,
)
ur_cox = 55
unit_auto(
    REGATTA,
    f"Minimum coxswain weight is {ur_cox} kg. What's that in lb for the weigh-in sheet?",
    ur_cox / LB,
)
ug_lb, ug_oz = 9, 2
unit_auto(
    GHILLIE,
    f"The sea trout went {ug_lb} lb {ug_oz} oz on the spring balance. "
    "Put it in kilograms for the catch return.",
    (ug_lb * LB + ug_oz * OZ),
)
uo_ha = "6.4"
unit_auto(
    OYSTER,
    f"Our trestle beds cover {uo_ha} hectares of foreshore. How many acres is that?",
    dec(uo_ha) * HECTARE / ACRE,
)
uo_c = "13.5"
unit_auto(
    OYSTER,
    f"Seawater over the beds read {uo_c} °C at low tide; in °F?",
    c_to_f(dec(uo_c)),
)
um_ft = 14
unit_auto(
    MILL,
    f"The old plans give the wheel as {um_ft} ft across. Diameter in metres?",
    um_ft * FT,
)
us_kn = 11
unit_auto(
    STEAMER,
    f"Passenger question for the purser: the steamer cruises at {us_kn} knots. How fast is "
    "that in km/h?",
    us_kn * KNOT / KMH,
)
us_psi = 180
unit_auto(
    STEAMER,
    f"The boiler's working pressure is stamped {us_psi} psi. Convert to bar.",
    us_psi * PSI / BAR,
)
ud_m = 500
unit_auto(DRAGON, f"Race distance {ud_m} m → yards?", ud_m / YD)
ug_yd = 25
unit_auto(
    GALA,
    f"Old school pool is {ug_yd} yards long. What is one length in metres?",
    ug_yd * YD,
)
ub_kn = 28
unit_auto(
    BOSUN,
    f"Racing cancelled: gusts of {ub_kn} knots. Someone on the club page wants that in mph.",
    ub_kn * KNOT / MPH,
)
uw_c = 9
unit_auto(WILDSWIM, f"lake was {uw_c} °C this morning, what is that in fahrenheit", c_to_f(uw_c))
uc_nm = 4
unit_auto(
    COASTGUARD,
    f"Visibility reported as {uc_nm} nautical miles. How many statute miles?",
    uc_nm * NAUT_MI / MI,
)
ucw_mi = "1.9"
unit_auto(
    CAUSEWAY,
    f"The causeway is {ucw_mi} miles end to end. How many km should the walkers' sign say?",
    dec(ucw_mi) * MI / KM,
)
ucw_lb = "2.2"
unit_auto(
    CAUSEWAY,
    f"Grandma's scone recipe calls for {ucw_lb} lb of flour. How many grams is that?",
    dec(ucw_lb) * LB / GRAM,
)
usw_g = 850
unit_auto(
    SEAWEED,
    f"We dried {usw_g} g of dulse on the course. What's that in ounces?",
    usw_g * GRAM / OZ,
)
ul_kn = 25
unit_auto(
    LIFEBOAT,
    f"For the open-day board: our lifeboat's top speed is {ul_kn} knots. In km/h?",
    ul_kn * KNOT / KMH,
)
umb_ft = 38
unit_auto(
    MARINA,
    f"Booking form says length overall {umb_ft} ft. We allocate by metres: what is it?",
    umb_ft * FT,
)
umb_m = "1.7"
unit_auto(
    MARINA,
    f"A skipper gives her draught as {umb_m} m; the pontoon chart is in feet. Convert it.",
    dec(umb_m) / FT,
)
usk_km = "27.5"
unit_auto(
    SEAKAYAK,
    f"A typical day on the expedition is {usk_km} km. In miles?",
    dec(usk_km) * KM / MI,
)
ua_ft = 2140
unit_auto(
    ARCADE,
    f"Our pier is {ua_ft:,} feet long. How many metres is that for the new leaflet?",
    ua_ft * FT,
)
ubh_w, ubh_d = "2.4", 3
unit_auto(
    BEACHHUT,
    f"Hut plots measure {ubh_w} m by {ubh_d} m. Floor area in square feet?",
    dec(ubh_w) * ubh_d * SQM / SQFT,
)
ufa_lb = 23
unit_auto(
    FISHAUCTION,
    f"A {ufa_lb} lb halibut came in on the day boat. What is that in kilograms?",
    ufa_lb * LB,
)
ufs_c = 85
unit_auto(
    FJORDSAUNA,
    f"The sauna sits at {ufs_c} °C. A guest from Texas asks for it in Fahrenheit.",
    c_to_f(ufs_c),
)
ucu_mi = "3.6"
unit_auto(
    CLEANUP,
    f"The stretch of river we cleared runs {ucu_mi} miles. How many kilometres?",
    dec(ucu_mi) * MI / KM,
)
umh_yd = 450
unit_auto(
    MARSHHIDE,
    f"The hide is {umh_yd} yards from the car park. Distance in metres?",
    umh_yd * YD,
)
uwp_lb, uwp_oz = 31, 4
unit_auto(
    WEIRPOOL,
    f"Syndicate record carp: {uwp_lb} lb {uwp_oz} oz. What's that in kg?",
    uwp_lb * LB + uwp_oz * OZ,
)
ulk_ft, ulk_in = 7, 3
unit_auto(
    LOCKIE,
    f"Lock 9 has a rise of {ulk_ft} ft {ulk_in} in. Convert to metres.",
    ulk_ft * FT + ulk_in * IN,
)
ujz_sqft = 1200
unit_auto(
    JAZZBOAT,
    f"The boat's dance deck is {ujz_sqft:,} sq ft. How many square metres is that?",
    ujz_sqft * SQFT / SQM,
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


ZoneInfo = importlib.import_module("zoneinfo").ZoneInfo


def fixed_offset(zone, local, stated):
    """The offset a question states for a zone at a local time, checked against IANA rules."""
    off = local.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    h, m = divmod(int(off.total_seconds()) // 60, 60)
    sign = "+" if off >= TD(0) else "-"
    if sign == "-":
        h, m = divmod(-int(off.total_seconds()) // 60, 60)
    assert f"{sign}{h:02d}:{m:02d}" == stated, (zone, local, off, stated)
    return dt.timezone(off)


def count_days_of(wd, first, last):
    """How many dates from first to last inclusive fall on weekday wd."""
    return sum(
        1 for step in range(days(first, last) + 1) if (first + TD(days=step)).weekday() == wd
    )


# ---- plain date questions
pd_wd = D(2034, 8, 19)
date_item(P, f"What day of the week is {say(pd_wd)}?", weekday(pd_wd))
pd_a, pd_b = D(2029, 3, 3), D(2029, 11, 28)
date_item(P, f"Count the days from {say(pd_a)} to {say(pd_b)}.", days(pd_a, pd_b))
pd_start, pd_add = D(2030, 6, 12), 150
date_item(P, f"Which date is {pd_add} days after {say(pd_start)}?", pd_start + TD(days=pd_add))
pd_end, pd_wk = D(2031, 2, 4), 9
date_item(
    P,
    f"What date falls {pd_wk} weeks before {say(pd_end)}?",
    pd_end - TD(weeks=pd_wk),
)
pd_born, pd_on = D(1987, 10, 23), D(2032, 5, 15)
date_item(
    P,
    f"Someone born on {say(pd_born)}: how old are they, in whole years, on {say(pd_on)}?",
    age(pd_born, pd_on),
)
date_item(
    P,
    "Give the date of the third Thursday in November 2030.",
    nth_weekday(2030, 11, THU, 3),
)
pd_t0, pd_t1 = "21:40", "06:15"
date_item(
    P,
    f"How many minutes are there from {pd_t0} until {pd_t1} the following morning?",
    clock_span(pd_t0, pd_t1, 60),
)
pd_doy = D(2031, 9, 17)
date_item(
    P,
    f"{say(pd_doy)} is which day of the year (1 January = day 1)?",
    pd_doy.timetuple().tm_yday,
)
date_item(
    P,
    "How many Saturdays are in March 2033?",
    count_days_of(SAT, D(2033, 3, 1), D(2033, 3, 31)),
)
date_item(P, "On what date does the last Monday of May 2034 fall?", nth_weekday(2034, 5, MON, -1))
pd_k0, pd_k = D(2030, 1, 1), 1000
date_item(P, f"What is the date {pd_k:,} days after {say(pd_k0)}?", pd_k0 + TD(days=pd_k))
pd_w0, pd_w1 = D(2031, 1, 6), D(2031, 3, 31)
date_item(
    P,
    f"How many whole weeks separate {sayw(pd_w0)} and {sayw(pd_w1)}?",
    weeks(pd_w0, pd_w1),
)
pd_leap = D(2032, 2, 29)
date_item(P, f"Which weekday is {say(pd_leap)}?", weekday(pd_leap))
pd_after = D(2032, 9, 30)
date_item(
    P,
    f"How many days of 2032 come after {say(pd_after)}?",
    days(pd_after, D(2032, 12, 31)),
)

# ---- registers
date_item(
    FERRY,
    "The winter timetable starts on the first Sunday of November 2030. Which date is that?",
    nth_weekday(2030, 11, SUN, 1),
)
df_a, df_b = D(2031, 1, 13), D(2031, 2, 24)
date_item(
    FERRY,
    f"Notice for the booth window: ferry off for refit {say(df_a)} to {say(df_b)}, both days "
    "included. How many days with no crossings?",
    days(df_a, df_b) + 1,
)
dr_day = nth_weekday(2031, 7, SAT, 2)
date_item(
    REGATTA,
    "Our regatta is always on the second Saturday of July. What's the date in 2031?",
    dr_day,
)
dr_close = 45
date_item(
    REGATTA,
    f"Entries close {dr_close} days before the regatta on {sayw(dr_day)}. Closing date?",
    dr_day - TD(days=dr_close),
)
dg_a, dg_b = D(2030, 2, 25), D(2030, 10, 15)
date_item(
    GHILLIE,
    f"The salmon season on our beat runs {say(dg_a)} to {say(dg_b)} inclusive. How many "
    "fishing days is that?",
    days(dg_a, dg_b) + 1,
)
do_seed, do_grow = D(2029, 4, 14), 900
date_item(
    OYSTER,
    f"Spat went out on {say(do_seed)}; we expect to harvest {do_grow} days later. On what date?",
    do_seed + TD(days=do_grow),
)
do_in, do_hours = DT(2031, 3, 10, 9, 0), 42
date_item(
    OYSTER,
    f"The batch goes into the depuration tanks at 09:00 on {sayw(do_in.date())} and needs "
    f"{do_hours} hours. On which weekday does it come out?",
    weekday((do_in + TD(hours=do_hours)).date()),
)
dmill_a, dmill_b = D(2031, 4, 6), D(2031, 9, 28)
date_item(
    MILL,
    f"The mill opens every Sunday from {sayw(dmill_a)} to {sayw(dmill_b)}. How many open days "
    "is that?",
    count_days_of(SUN, dmill_a, dmill_b),
)
ds_first, ds_wk = D(2030, 5, 24), 13
date_item(
    STEAMER,
    f"The season's first sailing is {sayw(ds_first)} and the last is {ds_wk} weeks later. "
    "Date of the last sailing?",
    ds_first + TD(weeks=ds_wk),
)
ds_t0, ds_t1 = "10:15", "16:50"
date_item(
    STEAMER,
    f"Round trip leaves the pier at {ds_t0} and is back at {ds_t1}. How many minutes aboard?",
    clock_span(ds_t0, ds_t1, 60),
)
ddb_start, ddb_wk = D(2031, 3, 3), 10
date_item(
    DRAGON,
    f"Training block: {ddb_wk} weeks starting {sayw(ddb_start)}. The block's final day "
    "(the Sunday) is which date?",
    ddb_start + TD(weeks=ddb_wk) - TD(days=1),
)
dgl_trial, dgl_wk = D(2030, 9, 14), 6
date_item(
    GALA,
    f"County trials are on {say(dgl_trial)} and the gala is {dgl_wk} weeks after. Gala date?",
    dgl_trial + TD(weeks=dgl_wk),
)
db_found, db_on = D(1952, 5, 17), D(2032, 8, 1)
date_item(
    BOSUN,
    f"The club was founded on {say(db_found)}. How old is it, in whole years, at the "
    f"regatta on {say(db_on)}?",
    age(db_found, db_on),
)
dw_sol = D(2030, 12, 21)
date_item(
    WILDSWIM,
    f"solstice dip is on {say(dw_sol)}, what day of the week is that",
    weekday(dw_sol),
)
dc_first, dc_every, dc_nth = D(2031, 1, 3), 9, 12
date_item(
    COASTGUARD,
    f"I'm on the duty rota every {dc_every} days, first shift {say(dc_first)}. "
    f"When is my {dc_nth}th shift?",
    dc_first + TD(days=dc_every * (dc_nth - 1)),
)
dcw_open, dcw_close = "11:20", "15:05"
date_item(
    CAUSEWAY,
    f"Safe crossing window is {dcw_open} to {dcw_close}. How many minutes can the café stay "
    "open for day visitors?",
    clock_span(dcw_open, dcw_close, 60),
)
dcw_day = D(2031, 6, 19)
date_item(
    CAUSEWAY,
    f"Big spring tide booked for {say(dcw_day)} — what weekday is that?",
    weekday(dcw_day),
)
dsw_a = D(2031, 5, 17)
date_item(
    SEAWEED,
    f"Course dates: first session {sayw(dsw_a)}, then fortnightly. Date of the fourth session?",
    dsw_a + TD(weeks=2 * 3),
)
dl_day = nth_weekday(2030, 8, SAT, -1)
date_item(
    LIFEBOAT,
    "Lifeboat day is the last Saturday in August. What's the 2030 date?",
    dl_day,
)
dmb_in, dmb_out = D(2030, 6, 27), D(2030, 9, 8)
date_item(
    MARINA,
    f"Summer visitor: arrives {say(dmb_in)}, leaves {say(dmb_out)}. How many nights to charge?",
    days(dmb_in, dmb_out),
)
dmb_renew, dmb_notice = D(2031, 4, 1), 28
date_item(
    MARINA,
    f"Berth contracts renew on {say(dmb_renew)} and notice must be given {dmb_notice} days "
    "before. Last date for notice?",
    dmb_renew - TD(days=dmb_notice),
)
dsk_a, dsk_b = D(2031, 6, 2), D(2031, 7, 19)
date_item(
    SEAKAYAK,
    f"Launch {say(dsk_a)}, finish {say(dsk_b)}. How many nights camping?",
    days(dsk_a, dsk_b),
)
da_day = D(2032, 7, 4)
date_item(
    ARCADE,
    f"The arcade's centenary is on {say(da_day)}. Which day of the week?",
    weekday(da_day),
)
dbh_agm = nth_weekday(2031, 10, WED, 2)
date_item(
    BEACHHUT,
    "Our AGM is held on the second Wednesday of October. Date for 2031?",
    dbh_agm,
)
dfa_close = DT(2031, 5, 9, 23, 30)
dfa_rvk = fixed_offset("Atlantic/Reykjavik", dfa_close, "+00:00")
dfa_sg = fixed_offset("Asia/Singapore", dfa_close, "+08:00")
date_item(
    FISHAUCTION,
    f"The online fish auction closes at 23:30 Reykjavik time (+00:00) on {sayw(dfa_close)}. "
    "What's the date in Singapore (+08:00) at that moment?",
    dfa_close.replace(tzinfo=dfa_rvk).astimezone(dfa_sg).date(),
)
dfs_dep = DT(2031, 7, 18, 18, 40)
dfs_arr = DT(2031, 7, 18, 20, 55)
dfs_osl = fixed_offset("Europe/Oslo", dfs_dep, "+02:00")
dfs_nyc = fixed_offset("America/New_York", dfs_arr, "-04:00")
date_item(
    FJORDSAUNA,
    f"Heading home from the fjord: leave Oslo 18:40 (+02:00) on {sayw(dfs_dep.date())}, land "
    "in Newark 20:55 (-04:00) the same day. Flight time in minutes?",
    F(
        int((dfs_arr.replace(tzinfo=dfs_nyc) - dfs_dep.replace(tzinfo=dfs_osl)).total_seconds()),
        60,
    ),
)
dcu_a, dcu_b = D(2031, 4, 5), D(2031, 10, 25)
date_item(
    CLEANUP,
    f"We clean up every Saturday from {sayw(dcu_a)} through {sayw(dcu_b)}. How many sessions?",
    count_days_of(SAT, dcu_a, dcu_b),
)
dmh_a = D(2030, 10, 2)
date_item(
    MARSHHIDE,
    f"The first pink-footed geese arrived on {say(dmh_a)}. Day of the year?",
    dmh_a.timetuple().tm_yday,
)
dwp_open, dwp_close = D(2031, 6, 16), D(2032, 3, 14)
date_item(
    WEIRPOOL,
    f"Coarse season on the weir pool: {say(dwp_open)} to {say(dwp_close)} inclusive. "
    "How many days can we fish?",
    days(dwp_open, dwp_close) + 1,
)
dlk_a, dlk_b = D(2031, 3, 29), D(2031, 10, 31)
date_item(
    LOCKIE,
    f"Volunteer lockie shifts run Fridays only, {say(dlk_a)} to {say(dlk_b)}. How many Fridays?",
    count_days_of(FRI, dlk_a, dlk_b),
)
djz_local = DT(2031, 10, 11, 20, 0)
djz_nola = fixed_offset("America/Chicago", djz_local, "-05:00")
djz_tyo = fixed_offset("Asia/Tokyo", djz_local, "+09:00")
date_item(
    JAZZBOAT,
    f"We livestream the set from the riverboat at 8 pm New Orleans time (-05:00) on "
    f"{sayus(djz_local.date())}. For fans in Tokyo (+09:00): what date is it there when we "
    "start?",
    djz_local.replace(tzinfo=djz_nola).astimezone(djz_tyo).date(),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: ten topics, ten each
ORDINARY = {
    "glacier-and-volcano-whys": (
        "Why do glaciers look blue in the middle but white at the edges?",
        "How does a glacier actually move downhill if it's solid ice?",
        "What makes some volcanoes explode while others just ooze lava?",
        "Why is Iceland so volcanically active compared with Norway next door?",
        "Explain what a lahar is and why it's so dangerous to towns below a volcano.",
        "Can melting ice sheets really make volcanoes erupt more often?",
        "What's the difference between a caldera and an ordinary crater?",
        "Why do glacial lakes sometimes burst their banks all at once?",
        "How did scientists work out that ice ages come in cycles?",
        "Why is volcanic ash bad for jet engines when it's just dust?",
    ),
    "hanseatic-guilds-and-merchant-history": (
        "What was the Hanseatic League and why did it eventually fade away?",
        "How did medieval craft guilds decide who was allowed to become a master?",
        "Why were Venetian merchants so powerful in the Mediterranean trade?",
        "What role did the Fuggers play in European banking?",
        "Describe how a letter of credit worked for a merchant in the 1300s.",
        "Why did the spice trade make Lisbon rich so quickly?",
        "How did guild rules affect the quality of goods in medieval towns?",
        "What was life like for an apprentice in a London livery company?",
        "Why did the Dutch East India Company issue shares to the public?",
        "How did trade fairs in Champagne work before banking spread north?",
    ),
    "zig-and-elixir-language-takes": (
        "Is Zig ready for production work, or is it still too young?",
        "What do people like about Elixir's approach to concurrency?",
        "Should a small team pick Go or Elixir for a chat backend, in your opinion?",
        "Why do some developers find Rust's borrow checker frustrating at first?",
        "What's the point of comptime in Zig, explained for a C programmer?",
        "How do supervisors in the BEAM make systems fault tolerant?",
        "Is learning OCaml still worthwhile for a working programmer?",
        "What are the trade-offs of garbage collection versus manual memory management?",
        "Why did Elm's community shrink after its early hype?",
        "Recommend a gentle path into functional programming for a Python dev.",
    ),
    "hard-bop-listening-guide": (
        "Which hard bop albums would you give someone who only knows Kind of Blue?",
        "What makes Art Blakey's drumming so recognisable?",
        "Is Lee Morgan's The Sidewinder overrated or a genuine classic?",
        "Explain what separates hard bop from cool jazz.",
        "Who were the most important pianists on Blue Note in the late fifties?",
        "Why did so many hard bop players die young?",
        "Recommend a live jazz recording with a great crowd atmosphere.",
        "How did gospel and blues feed into the hard bop sound?",
        "Is Horace Silver a good starting point for a new jazz listener?",
        "What should I listen for in a Clifford Brown trumpet solo?",
    ),
    "octopus-and-corvid-minds": (
        "How smart are octopuses really, compared with dogs?",
        "Do crows genuinely recognise individual human faces?",
        "Why do octopuses have most of their neurons in their arms?",
        "Can ravens plan for the future the way people do?",
        "What experiments showed that New Caledonian crows make tools?",
        "Do octopuses dream when they change colour in their sleep?",
        "Why are corvids so clever when their brains are so small?",
        "Is it cruel to keep an octopus in a home aquarium?",
        "Do magpies really recognise themselves in a mirror?",
        "How do cuttlefish manage camouflage if they're colour-blind?",
    ),
    "retirement-speech-drafting": (
        "Write a short, warm speech for my colleague Dev who's retiring after decades in IT.",
        "Help me open a retirement toast without using a cliché.",
        "Draft a funny but kind farewell card message for our office manager.",
        "Suggest three anecdotes-style prompts I can fill in for a retirement speech.",
        "How long should a retirement speech be so people don't get restless?",
        "Rewrite this line to sound less stiff: 'We thank you for your years of service.'",
        "Give me a closing line for a speech to a retiring school caretaker.",
        "What should I avoid saying in a speech for a boss who's retiring early?",
        "Write a limerick for a retiring lighthouse enthusiast named Morag.",
        "Make a heartfelt toast for my dad's retirement from the fire service.",
    ),
    "shared-driveway-etiquette": (
        "My neighbour keeps parking across our shared driveway. How do I raise it nicely?",
        "Is it rude to put a note on a neighbour's windscreen?",
        "How do I ask the people next door to trim a hedge that blocks the drive?",
        "Should I tell my landlord or talk to the neighbour first about bins on the drive?",
        "What's a polite way to say no when neighbours want to borrow my ladder again?",
        "How do I handle a neighbour who sweeps their leaves onto our side?",
        "Our neighbours' guests block the drive every weekend. Any tactful wording?",
        "Is it okay to ask a neighbour to move their car when I'm not in a hurry?",
        "How can I apologise after losing my temper over a parking dispute?",
        "Should we split the cost of resurfacing a shared drive, and how do I bring it up?",
    ),
    "personal-identity-puzzles": (
        "If every plank of a ship is replaced, is it still the same ship?",
        "Would a perfect teleporter copy be you, or someone new?",
        "What did John Locke think made someone the same person over time?",
        "Is memory enough to make me the same person I was as a child?",
        "What's Parfit's view on why personal identity might not matter?",
        "If my brain were split between two bodies, which one would be me?",
        "Can a person with total amnesia be held responsible for past crimes?",
        "What is the bundle theory of the self, in plain words?",
        "Does Buddhism say there is no self, and what does that mean?",
        "Are we the same person when we're dreaming?",
    ),
    "sea-words-etymology": (
        "Where does the word 'starboard' come from?",
        "Why is a ship's kitchen called a galley?",
        "What's the origin of the phrase 'three sheets to the wind'?",
        "Is 'posh' really from 'port out, starboard home'?",
        "Where does the word 'mayday' come from?",
        "Why are sailors' ropes called lines or sheets rather than ropes?",
        "What's the story behind the phrase 'the devil to pay'?",
        "Where did 'scuttlebutt' get its meaning of gossip?",
        "Why do we say 'by and large', and was it originally nautical?",
        "What does 'bitter end' originally refer to on a ship?",
    ),
    "fermentation-fixes": (
        "My sauerkraut has a white film on top. Is it ruined?",
        "Why is my kombucha not getting fizzy in the second ferment?",
        "What causes kimchi to go soft and mushy?",
        "My sourdough starter smells like nail varnish. What's going on?",
        "Why did my homemade yoghurt turn out runny?",
        "Is it safe to ferment garlic in honey, given botulism worries?",
        "How do I stop my pickles from going hollow?",
        "Why does my kefir separate into curds and whey?",
        "What's the difference between wild fermentation and using a culture?",
        "How can I tell kahm yeast from mould on a ferment?",
    ),
}
for fam, qs in ORDINARY.items():
    assert len(qs) == 10, fam
    for oq in qs:
        neg(fam, oq)

# ---- near-negatives: shaped like positives, but need the model
NEAR = {
    "near-identifier-lookups": (
        "identifiers that merely look like numbers",
        (
            "What does the error code 0x80070057 mean on Windows?",
            "My boiler display shows F28 — what's wrong with it?",
            "Which book is at ISBN 978-0-14-044913-6?",
            "What is Dewey number 641.5 used for in libraries?",
            "What does HTTP status 418 signify and why does it exist?",
        ),
    ),
    "near-titles-with-numbers": (
        "works whose titles contain numbers",
        (
            "Is Fahrenheit 451 worth reading before the film?",
            "What is the plot of the film 12 Angry Men?",
            "Why is Catch-22 called that?",
            "Who wrote One Hundred Years of Solitude, and what's it about?",
            "Is 2001: A Space Odyssey slow on purpose?",
        ),
    ),
    "near-guesses-with-no-figures": (
        "order-of-magnitude estimates with no figures given",
        (
            "Roughly how many piano tuners work in Paris?",
            "About how many grains of sand fit in a bucket?",
            "Estimate how many ferries cross the English Channel in a year.",
            "How many words does a typical person speak in a day?",
            "Ballpark: how many tennis balls would fill a double-decker bus?",
        ),
    ),
    "near-why-arithmetic-works": (
        "explanations of why a rule of arithmetic or geometry holds",
        (
            "Why, conceptually, does dividing something by a half end up doubling it?",
            "Why do mathematicians define zero factorial as one rather than zero?",
            "Explain why the angles of a triangle add up to 180 degrees.",
            "Why is zero divided by zero called indeterminate rather than just undefined?",
            "Why does the digit-sum trick tell you if a number is divisible by 9?",
        ),
    ),
    "near-facts-not-stated": (
        "numeric facts the question does not supply",
        (
            "I read the Burj Khalifa beats two Eiffel Towers stacked. How tall is it really?",
            "Has Reykjavik got more people than Cardiff, and roughly how many live there?",
            "How deep is Lake Baikal at its deepest?",
            "How long is the Danube?",
            "At Everest base camp, what temperature does water boil at for tea?",
        ),
    ),
    "near-notation-meanings": (
        "notation and symbols to interpret",
        (
            "In tabletop games, what does 3d6+2 mean?",
            "What does a 6/8 time signature tell a drummer?",
            "My optician wrote 6/9 on my card for the left eye. What does that mean?",
            "What does the ∴ symbol mean in a proof?",
            "In knitting patterns, what does k2tog mean?",
        ),
    ),
    "near-reading-interpretation": (
        "what a stated reading means, not a calculation",
        (
            "My blood pressure came out at 138/88. Should I be worried?",
            "The barometer dropped to 985 hPa — what weather should I expect?",
            "My credit score is 640; is that considered good?",
            "The air quality index says 160 today. Is it safe to run outside?",
            "My car's tyre light came on but the pressures read 31 and 32. Why?",
        ),
    ),
    "near-worth-the-money": (
        "value judgements about prices",
        (
            "Is a £40 annual pass to a botanic garden good value?",
            "Would you pay $1,200 for a mid-range road bike as a beginner?",
            "Is it worth spending extra on a 4K projector for a small room?",
            "Are €15 cocktails in Amsterdam normal or a rip-off?",
            "Is a £9 sourdough loaf ever justified?",
        ),
    ),
    "near-version-numbers": (
        "software and model versions rather than quantities",
        (
            "What would break if I moved a Django 3.2 project straight to Django 5.0?",
            "Is iOS 17 still getting security updates?",
            "Should I upgrade from PostgreSQL 13 to 16?",
            "What's new in HTML5 compared with XHTML 1.0?",
            "Is Windows 10 safe to keep using on an old laptop?",
        ),
    ),
    "near-history-dates-unstated": (
        "historical dates the question does not give",
        (
            "When was the Suez Canal opened?",
            "In what year did the Berlin Wall go up?",
            "When did women first vote in New Zealand?",
            "What year did the Titanic sink, and why was it so deadly?",
            "When was the printing press invented in Europe?",
        ),
    ),
    "near-riddles-and-sequences": (
        "riddles and sequence puzzles with a catch",
        (
            "What comes next: O, T, T, F, F, S, S, E, ...?",
            "A man pushes his car to a hotel and is told he's bankrupt. Why?",
            "What has a neck but no head, and two arms but no hands?",
            "Next in the sequence: 1, 11, 21, 1211, 111221, ...?",
            "Tall when young, short when old, I glow on the harbour wall at night. What am I?",
        ),
    ),
    "near-sports-numbers-jargon": (
        "sports jargon containing numbers",
        (
            "Why did back-three systems like 3-4-3 come back into fashion in English football?",
            "In cricket, what is a 'five-for'?",
            "What's a 7-10 split in bowling and why is it so hard?",
            "What does 'par 5' mean for a golf hole?",
            "Why do rugby sevens matches feel so different from fifteens?",
        ),
    ),
    "near-baking-ratio-troubleshooting": (
        "recipe troubleshooting that mentions numbers",
        (
            "I used 200 g butter instead of 150 g in shortbread and it spread. Why?",
            "My bread at 75% hydration is too sticky to shape. What should I change?",
            "Why did my cake sink after baking at 160 °C fan?",
            "Can I swap 1 egg for a flax egg in brownies without ruining them?",
            "My 3-ingredient pancakes fall apart. Any fixes?",
        ),
    ),
}
for fam, (note, qs) in NEAR.items():
    assert len(qs) == 5, fam
    for nq in qs:
        neg(fam, nq, note)

# ---- conversations whose last turn needs the model
cv_fare, cv_n = "18.50", 37
cv_sum = whole_cents(dec(cv_fare) * cv_n)
cv_flight = (
    int((dfs_arr.replace(tzinfo=dfs_nyc) - dfs_dep.replace(tzinfo=dfs_osl)).total_seconds()) // 60
)
cv_km = dec("27.5") * KM / MI
cv_days = days(D(2031, 6, 2), D(2031, 7, 19))
cv_split = whole_cents(F(5950 + 840, 14))
cv_c = c_to_f(85)
CONVS = {
    "conv-write-after-sum": (
        "after a computed total, the user asks for writing",
        (
            (
                (U, f"What's {cv_n} tickets at £{cv_fare}?"),
                (A, f"That comes to £{float(cv_sum):.2f}."),
                (U, "Great. Write a cheerful thank-you post for the people who came."),
            ),
            (
                (U, "Add up 1,240 + 385 + 97 + 42 for me."),
                (A, f"The total is {1240 + 385 + 97 + 42:,}."),
                (U, "Now turn that count into a short poem about the marsh at dusk."),
            ),
            (
                (U, "How much is 14 rods sharing £6,790?"),
                (A, f"Each rod pays £{int(cv_split)}."),
                (U, "Draft a polite email asking the members to pay by the end of the month."),
            ),
            (
                (U, "Our duck race sold 1,850 ducks at £2. What's that?"),
                (A, f"£{1850 * 2:,}."),
                (U, "Write a press release headline and two sentences for the local paper."),
            ),
            (
                (U, "What's 212 minus 37?"),
                (A, f"{212 - 37}."),
                (U, "Write a limerick about the passengers who paid full fare."),
            ),
        ),
    ),
    "conv-advice-missing-figures": (
        "advice sought while the needed figures are missing",
        (
            (
                (U, "I want to work out if buying a kayak beats renting."),
                (A, "Happy to help. How often do you paddle, and what do rentals cost?"),
                (U, "Not sure yet. What else should I think about apart from price?"),
            ),
            (
                (U, "Should I fix my boat's engine or replace it?"),
                (A, "It depends on the repair quote and the engine's age. Do you have those?"),
                (U, "No quote yet. What questions should I ask the mechanic?"),
            ),
            (
                (U, "I'm deciding between two marinas."),
                (A, "What are the berth fees and distances from home?"),
                (U, "I don't have the fees. What matters most besides cost?"),
            ),
            (
                (U, "Can you help me budget for a sailing holiday?"),
                (A, "Sure — where, for how long, and how many people?"),
                (U, "Still undecided. What hidden costs do people forget?"),
            ),
            (
                (U, "Is my allotment rent fair?"),
                (A, "What do you pay, and what do nearby sites charge?"),
                (U, "I haven't checked. How would I even find comparable sites?"),
            ),
        ),
    ),
    "conv-verdict-on-result": (
        "a judgement on a computed result",
        (
            (
                (U, "Convert 27.5 km to miles."),
                (A, f"About {float(cv_km):.2f} miles."),
                (U, "Is that a sensible daily distance for a beginner sea kayaker?"),
            ),
            (
                (U, "85 °C in Fahrenheit?"),
                (A, f"{int(cv_c)} °F."),
                (U, "Is that too hot for someone with a heart condition to sit in?"),
            ),
            (
                (U, "How many nights from 2 June to 19 July 2031?"),
                (A, f"{cv_days} nights."),
                (U, "Is that too long to be away from a toddler?"),
            ),
            (
                (U, "What's 5% of £316.20?"),
                (A, f"£{float(whole_cents(dec('316.20') * pct(5))):.2f}."),
                (U, "Is a discount that small even worth advertising?"),
            ),
            (
                (U, "What's 23 callouts at 2.6 hours?"),
                (A, f"{float(23 * dec('2.6')):.1f} hours."),
                (U, "Does that seem like a lot for a volunteer to carry on top of a job?"),
            ),
        ),
    ),
    "conv-why-method": (
        "the reason behind a method just used",
        (
            (
                (U, "Convert 13.5 °C to Fahrenheit."),
                (A, f"{float(c_to_f(dec('13.5'))):.1f} °F."),
                (U, "Why do you multiply by nine-fifths and then add 32?"),
            ),
            (
                (U, "Average split for 402.8 s over 2,000 m?"),
                (A, f"{float(dec('402.8') / 4):.1f} s per 500 m."),
                (U, "Why do rowers use a 500 m split rather than speed in km/h?"),
            ),
            (
                (U, "What's 9! ÷ 6!?"),
                (A, f"{math.factorial(9) // math.factorial(6)}."),
                (U, "Why can you cancel the factorials like that instead of computing both?"),
            ),
            (
                (U, "Compound 3% a year on £1,000 for two years."),
                (A, f"£{float(whole_cents(1000 * dec('1.03') ** 2)):.2f}."),
                (U, "Why isn't it just 6% of the starting amount?"),
            ),
            (
                (U, "Add 10% then take 10% off £200."),
                (A, f"£{int(200 * dec('1.1') * dec('0.9'))}."),
                (U, "Why doesn't it come back to £200?"),
            ),
        ),
    ),
    "conv-plans-after-computation": (
        "plans and suggestions after a figure was worked out",
        (
            (
                (U, "How far is 1.9 miles in km?"),
                (A, f"About {float(dec('1.9') * MI / KM):.2f} km."),
                (U, "What should we pack for walking the causeway with kids?"),
            ),
            (
                (U, "How many minutes from 11:20 to 15:05?"),
                (A, f"{int(clock_span('11:20', '15:05', 60))} minutes."),
                (U, "What can we see on the island in that time?"),
            ),
            (
                (U, "Which weekday is 21 December 2030?"),
                (A, f"{weekday(D(2030, 12, 21))}."),
                (U, "Suggest a warming post-swim breakfast menu for the group."),
            ),
            (
                (U, "How many days is 16 June 2031 to 14 March 2032?"),
                (A, f"{days(D(2031, 6, 16), D(2032, 3, 14)) + 1} days, counting both."),
                (U, "How should we pace bait and tackle spending over the season?"),
            ),
            (
                (U, "Flight Oslo to Newark takes how long with those times?"),
                (A, f"{cv_flight // 60} hours {cv_flight % 60} minutes."),
                (U, "Any tips for beating jet lag heading west?"),
            ),
        ),
    ),
    "conv-unit-history": (
        "the history behind a unit",
        (
            (
                (U, "How many km in a nautical mile?"),
                (A, f"{float(NAUT_MI / KM)} km."),
                (U, "Why was the nautical mile tied to latitude in the first place?"),
            ),
            (
                (U, "11 knots in km/h?"),
                (A, f"{float(11 * KNOT / KMH):.3f} km/h."),
                (U, "Where does the word knot come from for speed at sea?"),
            ),
            (
                (U, "The steamer boiler plate says 180 psi. Bar, please?"),
                (A, f"About {float(180 * PSI / BAR):.1f} bar."),
                (U, "Is the bar as a unit named after a person, or where is the name from?"),
            ),
            (
                (U, "7 lb 6 oz in kg?"),
                (A, f"About {float(7 * LB + 6 * OZ):.2f} kg."),
                (U, "Why are there sixteen ounces in a pound and not ten?"),
            ),
            (
                (U, "How many acres is 0.6 hectares?"),
                (A, f"About {float(dec('0.6') * HECTARE / ACRE):.2f} acres."),
                (U, "How did the acre originally get defined by ploughing?"),
            ),
        ),
    ),
    "conv-numbered-works": (
        "works whose titles are or contain numbers",
        (
            (
                (U, "What's 1984 minus 1949?"),
                (A, f"{1984 - 1949}."),
                (U, "Why did Orwell pick 1984 as the title of his novel?"),
            ),
            (
                (U, "Multiply 4 by 33."),
                (A, f"{4 * 33}."),
                (U, "Is John Cage's 4′33″ really music, in your view?"),
            ),
            (
                (U, "What's 9 plus 1?"),
                (A, f"{9 + 1}."),
                (U, "Which of Beethoven's nine symphonies should I hear first?"),
            ),
            (
                (U, "Add 20,000 and 0."),
                (A, f"{20000:,}."),
                (U, "Is Twenty Thousand Leagues Under the Seas still fun to read?"),
            ),
            (
                (U, "What's 7 times 1?"),
                (A, f"{7 * 1}."),
                (U, "Why is The Seventh Seal considered such an important film?"),
            ),
        ),
    ),
}
for fam, (note, convos) in CONVS.items():
    assert len(convos) == 5, fam
    for turns in convos:
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
    # no register (family name) of this set is a family name of sets 19 to 128
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 128: {reused}"
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
