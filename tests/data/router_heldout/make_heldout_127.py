r"""Generate heldout-2027-04-09.jsonl: a hundred-and-twenty-seventh held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-09 by a helper session working only in /work/sealed127 (scratch files
in /work/sealed127/scratch, deleted at the end). The starting point was a 2381-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-09.jsonl, PREFIX "ho127-", earlier generators 1-126, register check against
sets 19 to 126); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full, to see how numbers (last number, relative tolerance),
  dates and weekday strings are graded;
- /work/sealed127/earlier_registers.txt (2672 earlier family names): its first 20,000
  characters, its names without an underscore (the negative families), a search for names
  starting "near" or "conv" (one hit, a register), and greps for the key words of every candidate
  name, so that no family of this set repeats one or sits close to one (hits such as
  tattoo_parlour, escape_room_game_master, mushroom_foraging_course_host, truffle_dog_trainer and
  kite_festival_organiser ruled out earlier ideas); a final in-memory check confirmed that none of
  this set's 56 family names is in that file;
- of the copied script, only lines 1-364 (old docstring to line 124, then set-up, helpers and
  the calculator set-up up to P = "plain"), 682-742 (units set-up to unit_r), 995-1079 (datetime
  set-up to the sayus assertion), 1382-1389 (negatives set-up, neg and conv) and 2158-2381
  (weekday check, checks and output); its line count was taken with wc, lines 1-364 were searched
  (through sed, limited to that range) for the end of the old docstring and the imports, and the
  boundary lines 364, 742, 1079 and 1389 were printed once more to pin them;
- nothing of /work/main/pyproject.toml: it was only handed to ruff as its configuration.
The previous set's question sections were never viewed: the original was copied byte for byte
into the scratch folder, sed extracted only the readable ranges 125-364, 682-742, 995-1079,
1382-1389 and 2158-2381, and a splicing script joined a new docstring, those ranges and four new
sections written from scratch in scratch files, so lines 1-124 (the old docstring), 365-681,
743-994, 1080-1381 and 1390-2157 were dropped by line number; a later check confirmed each kept
range appears verbatim in this script. No git history, web or code search, router, tools, tests,
other generators or other files under /work/main were read (python --version was run, and a
one-off zoneinfo query printed the offsets of eighteen zone-and-date pairs before any offset was
written into the script; the script imports the earlier generators itself, in memory, for its
duplicate and register checks, and prints none of their text), and no JSONL was read: expected
values and conversations were reviewed from an in-memory listing of this script's items
(imported as a module), and everything else from this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers, all cooks, food stalls and food
  trips (an agave distillery visitor in Jalisco, a crepe van at rugby matches, a waffle cart in a
  ski village, a toffee-apple funfair stall, a tempeh home fermenter, a paella-pan party caterer,
  a laksa hawker in Penang, a barbecue pitmaster competition team, a sloe-gin hedgerow forager, a
  grandmother making pierogi, a poutine shack in Quebec, a pavlova for a Perth Christmas, a
  baklava bakery in Gaziantep, a tamale-making party, a jollof cook-off in Lagos, a biryani handi
  caterer, a tapas crawl in Seville, a mezze platter caterer, a crumpet griddle bakery, a hummus
  bar owner, a fika bakery in Stockholm, a fondue evening in Zermatt, a raclette chalet party, a
  mochitsuki rice-pounding family and a patisserie apprentice in Lyon), each register used by all
  three tools, six of them (paella, barbecue, pavlova, tapas, crumpet, fondue) with two items per
  tool. Phrasing varies: questions, statements, imperatives, till checks, order slips, invoices,
  notices, contract terms, timetables, lowercase texting, symbols (×, ÷, −, √, !, ^, %, →, °C,
  °F, m², km/h, mph) and written-out units; pounds, euros, US, Canadian and Australian dollars,
  pesos, ringgit, lira, naira, rupees, kronor, francs and yen; written dates with and without
  computed weekdays, clock times, and offsets (-08:00, -07:00, -06:00, +00:00, +01:00, +08:00,
  +09:00).
- Every expected value is computed in code from the figures the question states (held in variables
  and interpolated into the text, decimals and thousands kept as strings and read with dec() or
  int()): Fraction and Decimal for money and quantities (money() asserts whole cents, pence,
  centavos, sen, kuruş or rappen, whole_up() for whole sacks, bags, cartons, batches, griddle loads
  and apples sold), exact unit definitions for conversions (from the set-up: inch, foot, yard,
  mile, avoirdupois pound and ounce, acre, square and cubic feet, psi, bar, MiB and GiB, km/h and
  mph, Celsius/Fahrenheit; added here: millimetre, centimetre, kilometre, the international
  nautical mile, hectare, litre, square and cubic inch, kPa and metres per second), graded exactly
  when the result has at most three decimals and at 0.1% otherwise (unit_auto choosing, unit_r
  asserting that an answer rounded to two decimals still passes), and date arithmetic for weekdays,
  spans, inclusive day counts, nights, whole weeks, ages, nth and last weekdays, day of the year,
  counts of chosen weekdays (count_days), clock intervals, hours across two days, and flights and
  calls whose offsets come from the IANA rules (zoneinfo, loaded through importlib so the set-up is
  unchanged): each offset a positive states is read from the zone's rule at that local time and
  also asserted to equal the offset expected for that place and season (Mexico City -06:00 all year
  since 2022, Los Angeles -07:00 in October before the clocks change and -08:00 in December, London
  +00:00 in November, December and February, Lagos +01:00, Penang +08:00, Perth +08:00 with no
  summer time, Tokyo +09:00). Weekdays written next to dates come from the computed date (sayw). No
  contested unit words (ton, gallon, cup, pint, barrel, stone, calorie, a month as a length) appear
  in positives.
- 200 negatives: 100 ordinary ones in ten new topics (Carthage and Benin, auroras and rip
  currents, Clojure and Dart, bluegrass and krautrock verdicts, cuttlefish and wombats,
  obituaries and menu blurbs, roommate chores and RSVP tact, the veil of ignorance and free will,
  homophones and diacritics, tempering and emulsifying), 65 near-negatives shaped like positives
  but needing the model (numbers inside titles; SQLSTATE, boiler, E-number, port and dishwasher
  codes; ballpark guesses with nothing given; why a rule of arithmetic or geometry holds; what a
  stated reading means; whether something is worth the money; numeric facts nobody stated;
  made-up operators and notation to interpret; riddles and sequence puzzles; dates and spans
  from history that are not given; version and model numbers; recipe troubleshooting; sports
  jargon with numbers), and 35 conversations whose last turn asks for writing after a sum, for
  advice while the figures are still missing, for a verdict on a result, for the method or reason
  behind an answer, about works whose titles contain numbers, for plans after a time or distance
  was worked out, or for the history behind a unit; none ends in a plain exact question, and the
  figures in the assistant turns are computed in code too. Symbolic algebra was kept out of the
  negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 126, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration),
the comparison with earlier_registers.txt above, and a check with ast that no set-up name is bound
again and that no function's locals shadow a builtin or one of this script's module-level names.
The first run stopped at money() inside a conversation: a stall's profit per bowl did not come out
in whole sen, so the profit figure in that conversation was changed. The second run passed every
check up to the duplicate check, which flagged four plain items matching earlier sets word for word
(a square root and a "what percent" question, a miles-to-kilometres and a psi-to-kPa conversion);
all four were reworded, three also with new figures, and the third run passed every check. Ruff
check then reported 31 ISC004 implicit concatenations in the negatives' tuples and conversations,
fixed with ruff's own parenthesising fix (--fix --unsafe-fixes, which only adds parentheses); after
ruff format eight lines were 100 or 101 characters long (ruff allows 100) and were rewrapped or
shortened by hand (one assertion was split in two). The ast check then flagged the negatives'
module-level loop names q and note, which repeated parameter names of set-up functions (harmless,
but renamed); a grep found three unit constants (gram, kWh, MJ) that no item used, and they were
removed; and a review of the in-memory listing gave one assistant turn a thousands separator. Ruff
check and ruff format are clean, no line exceeds 99 characters, and the script was re-run with all
checks passing. The scratch folder (the unread copy of the original, the extracted ranges, the
section drafts and the splicing script) was then deleted.

Run: /work/main/.venv/bin/python make_heldout_127.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-09.jsonl"
PREFIX = "ho127-"
# earlier generators: sets 1-126 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 127))
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


# the 25 registers of this set: cooks, stalls and food trips, each used by all three tools
R_AGAVE = "agave_distillery_visitor_in_jalisco"
R_CREPE = "crepe_van_at_rugby_matches"
R_WAFFLE = "waffle_cart_in_a_ski_village"
R_TOFFEE = "toffee_apple_funfair_stall"
R_TEMPEH = "tempeh_home_fermenter"
R_PAELLA = "paella_pan_party_caterer"
R_LAKSA = "laksa_hawker_in_penang"
R_BBQ = "bbq_pitmaster_competition_team"
R_SLOE = "sloe_gin_hedgerow_forager"
R_PIEROGI = "pierogi_making_grandmother"
R_POUTINE = "poutine_shack_in_quebec"
R_PAVLOVA = "pavlova_for_a_perth_christmas"
R_BAKLAVA = "baklava_bakery_in_gaziantep"
R_TAMALE = "tamale_making_party"
R_JOLLOF = "jollof_cook_off_in_lagos"
R_BIRYANI = "biryani_handi_caterer"
R_TAPAS = "tapas_crawl_in_seville"
R_MEZZE = "mezze_platter_caterer"
R_CRUMPET = "crumpet_griddle_bakery"
R_HUMMUS = "hummus_bar_owner"
R_FIKA = "fika_bakery_in_stockholm"
R_FONDUE = "fondue_evening_in_zermatt"
R_RACLETTE = "raclette_chalet_party"
R_MOCHI = "mochitsuki_rice_pounding_family"
R_PATISSERIE = "patisserie_apprentice_in_lyon"


def money(x):
    """A sum of money: it must come out in whole cents (pence, centimes, sen, kuruş...)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34") * 3) == dec("37.02")

# ---------------------------------------------------------------- calculator: plain questions
x1, x2 = 7384, 29
calc(P, f"Work out {x1:,} × {x2}.", x1 * x2)
x1, x2 = 18, 2365
calc(P, f"what's {x1}% of {x2:,}", pct(x1) * x2)
x1, x2, x3 = "48.6", "13.95", "1.5"
calc(P, f"Evaluate ({x1} − {x2}) ÷ {x3}", (dec(x1) - dec(x2)) / dec(x3))
x1, x2 = 3, 11
calc(P, f"What is {x1} raised to the power {x2}?", x1**x2)
x1 = 5329
assert math.isqrt(x1) ** 2 == x1
calc(P, f"Find √{x1:,} exactly.", math.isqrt(x1))
x1, x2, x3 = "0.875", "2.45", "19.7"
calc(P, f"Add up {x1}, {x2} and {x3} for me.", dec(x1) + dec(x2) + dec(x3))
x1 = 17
calc(P, f"What is one less than 2^{x1}?", 2**x1 - 1)
vals = (34, 41, 58, 27, 65)
calc(P, f"Mean of {', '.join(map(str, vals[:-1]))} and {vals[-1]} — what is it?", F(sum(vals), 5))
x1, x2 = "6.5", 1840
calc(P, f"Knock {x1}% off {x2:,}. What's left?", x2 * (1 - pct(x1)))
x1, x2 = 11, 9
calc(P, f"Calculate {x1}! / {x2}!", math.factorial(x1) // math.factorial(x2))
x1, x2 = 78, 416
calc(P, f"What percentage of {x2} is {x1}?", F(x1, x2) * 100)
x1 = 23
calc(P, f"Cube {x1}, please.", x1**3)
x1, x2 = 10000, 37
assert x1 % x2 != 0
calc(P, f"When {x1:,} is divided by {x2}, what is the remainder?", x1 % x2)
x1, x2 = "0.125", "64.8"
calc(P, f"Multiply {x1} by {x2}.", dec(x1) * dec(x2))

# ---------------------------------------------------------------- calculator: registers
x1, x2, x3, x4, x5 = 7, 1150, 2, 480, 16
calc(
    R_AGAVE,
    f"Booking the tahona tour for our group: {x1} adults at {x2:,} pesos each and {x3} "
    f"under-18s at {x4} pesos (they skip the tasting). The distillery adds {x5}% IVA on top. "
    "What's the total in pesos?",
    money((x1 * x2 + x3 * x4) * (1 + pct(x5))),
)
x1, x2, x3, x4, x5, x6 = 64, "3.20", 47, "4.75", 29, "6.40"
calc(
    R_CREPE,
    f"crepe van takings from the home game: {x1} sugar-and-lemon at £{x2}, {x3} "
    f"nutella-banana at £{x4}, {x5} ham-and-cheese galettes at £{x6}. total for the day?",
    money(x1 * dec(x2) + x3 * dec(x4) + x5 * dec(x6)),
)
x1, x2, x3 = 375, 12, 90
calc(
    R_WAFFLE,
    f"My waffle batter uses {x1} g of flour for {x2} waffles. The ski school wants {x3} "
    "waffles for race day. How many grams of flour do I need?",
    F(x1 * x3, x2),
)
x1, x2, x3, x4 = 85, 38, 22, "2.50"
calc(
    R_TOFFEE,
    f"Pitch fee at the funfair is £{x1}. Each toffee apple costs me {x2}p in sugar and sticks "
    f"plus {x3}p for the apple, and I sell them at £{x4}. How many do I have to sell before "
    "the pitch fee is covered?",
    whole_up(F(x1) / (dec(x4) - F(x2 + x3, 100))),
)
x1, x2, x3, x4 = 50, 36, 25, 12
calc(
    R_TEMPEH,
    f"My tempeh incubator draws {x1} W and each batch runs for {x2} hours. Electricity is "
    f"{x3}p per kWh. What do {x4} batches cost me in pounds?",
    money(F(x1, 1000) * x2 * F(x3, 100) * x4),
)
x1, x2, x3, x4 = 140, "14.50", 180, 5
calc(
    R_PAELLA,
    f"Quote for the Garcia wedding: {x1} guests at €{x2} a head for paella, plus €{x3} for "
    f"the fire-pit set-up. They paid a {x4}% deposit on that total. What balance is still "
    "owed?",
    money((x1 * dec(x2) + x3) * (1 - pct(x4))),
)
x1, x2, x3 = 90, 140, 5
calc(
    R_PAELLA,
    f"Bomba rice: I allow {x1} g per guest, there are {x2} guests, and the rice comes in "
    f"{x3} kg sacks. How many sacks should I order?",
    whole_up(F(x1 * x2, x3 * 1000)),
)
x1, x2, x3, x4, x5 = 212, "9.50", "3.85", "1,260", 7
calc(
    R_LAKSA,
    f"Hawker maths: sold {x1} bowls of assam laksa at RM {x2}; ingredients run RM {x3} a "
    f"bowl; the stall rent is RM {x4} a week and I open all {x5} days, so I count a "
    "seventh of it per day. What was the day's profit?",
    money(x1 * (dec(x2) - dec(x3)) - F(int(x4.replace(",", "")), x5)),
)
x1, x2, x3, x4, x5 = 375, 3, "96.40", 62, 4
calc(
    R_BBQ,
    f"Team kitty for the cook-off: entry fee ${x1}, {x2} packer briskets at ${x3} each and "
    f"${x4} of hickory splits, shared equally by the {x5} of us. What does each of us put in?",
    money((x1 + x2 * dec(x3) + x4) / x5),
)
vals = ("34.2", "31.8", "35.4", "29.6", "33.0")
calc(
    R_BBQ,
    f"Brisket scores from our five judges: {', '.join(vals)}. The rules drop the lowest "
    "score and average the other four. Our brisket average?",
    (sum(dec(v) for v in vals) - min(dec(v) for v in vals)) / 4,
)
x1, x2, x3 = 450, 225, "2.7"
calc(
    R_SLOE,
    f"The recipe is {x1} g of sloes to {x2} g of sugar. I picked {x3} kg of sloes off the "
    "hedges. How many grams of sugar go in?",
    dec(x3) * 1000 / x1 * x2,
)
x1, x2, x3, x4 = 48, 6, 17, 30
calc(
    R_PIEROGI,
    f"Babcia's dough makes {x1} pierogi a batch. For Wigilia she wants {x2} per guest for "
    f"{x3} guests plus {x4} extra to freeze. How many batches must she make?",
    whole_up(F(x2 * x3 + x4, x1)),
)
x1, x2, x3, x4, x5, x6, x7 = 2, "14.25", 3, "10.50", 8, "2.50", "14.975"
calc(
    R_POUTINE,
    f"Till check at the shack: {x1} large poutines at ${x2}, {x3} regular at ${x4}, {x5} "
    f"sodas at ${x6}, and Quebec sales tax (GST plus QST) of {x7}% on the lot. Total?",
    money((x1 * dec(x2) + x3 * dec(x4) + x5 * dec(x6)) * (1 + pct(x7))),
)
x1, x2, x3 = 9, 3, 12
calc(
    R_PAVLOVA,
    f"Each pavlova takes {x1} egg whites and I'm making {x2} for Christmas lunch. Eggs come "
    f"in cartons of {x3}. How many cartons?",
    whole_up(F(x1 * x2, x3)),
)
x1, x2, x3, x4, x5, x6, x7 = 14, "2.90", 20, "1.15", 3, "4.60", 5
calc(
    R_PAVLOVA,
    f"Fruit and cream for the pavs: {x1} mangoes at ${x2}, {x3} passionfruit at ${x4} and "
    f"{x5} tubs of cream at ${x6}. Split evenly between the {x7} households, what does each "
    "owe?",
    money((x1 * dec(x2) + x3 * dec(x4) + x5 * dec(x6)) / x7),
)
x1, x2, x3, x4 = "3.5", "1,240", "2.25", 860
calc(
    R_BAKLAVA,
    f"Order slip: {x1} kg pistachio baklava at ₺{x2} per kg and {x3} kg walnut baklava at "
    f"₺{x4} per kg. Amount to charge?",
    money(dec(x1) * int(x2.replace(",", "")) + dec(x3) * x4),
)
x1, x2, x3 = 28, 15, 2
calc(
    R_TAMALE,
    f"One kilo of masa makes about {x1} tamales. We're making {x2} dozen and the masa comes "
    f"in {x3} kg bags. How many bags do we buy?",
    whole_up(F(x2 * 12, x1 * x3)),
)
x1, x2, x3 = 315, "7,500", 40
calc(
    R_JOLLOF,
    f"Cook-off ticket sales: {x1} tickets at ₦{x2}. The prize pot is {x3}% of ticket money. "
    "How big is the prize pot in naira?",
    x1 * int(x2.replace(",", "")) * pct(x3),
)
x1, x2, x3, x4 = 25, 100, 340, 680
calc(
    R_BIRYANI,
    f"Rule of thumb in our kitchen: {x1} kg of biryani feeds {x2} guests. The wedding has "
    f"{x3} guests and we charge ₹{x4} per kg. What's the biryani bill?",
    F(x1 * x3, x2) * x4,
)
x1, x2, x3, x4, x5, x6, x7, x8, x9 = 6, "2.20", 4, "2.80", 6, "3.50", 2, 11, 4
calc(
    R_TAPAS,
    f"Bar tab in Triana: {x1} cañas at €{x2}, {x3} tintos de verano at €{x4}, {x5} tapas at "
    f"€{x6} and {x7} raciones at €{x8}. We're splitting it {x9} ways. Each?",
    money((x1 * dec(x2) + x3 * dec(x4) + x5 * dec(x6) + x7 * x8) / x9),
)
vals = ("23.45", "31.10", "18.75", "27.90")
calc(
    R_TAPAS,
    f"Spend per bar on our crawl: €{vals[0]}, €{vals[1]}, €{vals[2]}, €{vals[3]}. "
    "What was the average per bar?",
    money(sum(dec(v) for v in vals) / len(vals)),
)
x1, x2, x3, x4, x5 = 12, 250, "9.60", 150, "12.40"
calc(
    R_MEZZE,
    f"Costing the order: {x1} platters, each with {x2} g of hummus (£{x3}/kg) and {x4} g of "
    f"labneh (£{x5}/kg). Total ingredient cost for those two?",
    money(x1 * (F(x2, 1000) * dec(x3) + F(x4, 1000) * dec(x5))),
)
x1, x2 = 36, 450
calc(
    R_CRUMPET,
    f"The griddle takes {x1} rings a load and the café wants {x2} crumpets. How many loads "
    "do we run?",
    whole_up(F(x2, x1)),
)
x1, x2, x3, x4 = 96, "1.35", "12.5", "7.50"
calc(
    R_CRUMPET,
    f"Invoice for the farm shop: {x1} packs of crumpets at £{x2}, less {x3}% trade discount, "
    f"then £{x4} delivery on top. Invoice total?",
    money(x1 * dec(x2) * (1 - pct(x3)) + dec(x4)),
)
x1, x2, x3, x4 = "1.8", 7, "2.4", 500
calc(
    R_HUMMUS,
    f"Each batch needs {x1} kg of cooked chickpeas, and I'm doing {x2} batches. Dried "
    f"chickpeas gain weight by a factor of {x3} once soaked and boiled. Dried ones come in "
    f"{x4} g bags — how many bags do I open?",
    whole_up(dec(x1) * x2 / dec(x3) * 1000 / x4),
)
x1, x2, x3, x4 = 24, 38, 18, 42
calc(
    R_FIKA,
    f"Office fika order: {x1} kanelbullar at {x2} kr and {x3} kardemummabullar at {x4} kr. "
    "What do I ring up?",
    x1 * x2 + x3 * x4,
)
x1, x2, x3, x4 = 200, 7, "32.80", "36.50"
calc(
    R_FONDUE,
    f"Moitié-moitié for {x2}: {x1} g of cheese per person, half Gruyère at CHF {x3}/kg and "
    f"half Vacherin Fribourgeois at CHF {x4}/kg. What does the cheese cost?",
    money(F(x1 * x2, 2000) * (dec(x3) + dec(x4))),
)
x1, x2, x3, x4 = 5, 465, 120, 6
calc(
    R_FONDUE,
    f"Chalet bill: {x1} nights at CHF {x2} a night plus a CHF {x3} cleaning fee, divided "
    f"among {x4} friends. Each person's share?",
    money(F(x1 * x2 + x3, x4)),
)
x1, x2, x3, x4 = 25, "0.25", "29.60", 11
calc(
    R_RACLETTE,
    f"Raclette night for {x4}: grill hire CHF {x1}, and {x2} kg of cheese per head at CHF "
    f"{x3}/kg. Total?",
    money(x1 + dec(x2) * x4 * dec(x3)),
)
x1, x2, x3 = "1.5", 5, 890
calc(
    R_MOCHI,
    f"For the mochitsuki we pound {x1} kg of mochigome per round in the usu, {x2} rounds, and "
    f"the rice cost ¥{x3} a kilo. Rice bill in yen?",
    dec(x1) * x2 * x3,
)
x1, x2, x3, x4 = 32, 12, 15, 20
calc(
    R_PATISSERIE,
    f"Chef says one batch of shells gives {x1} macarons. The window needs {x3} boxes of {x2} "
    f"plus {x4} spares for the counter. How many batches do I pipe?",
    whole_up(F(x2 * x3 + x4, x1)),
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


MM = F(1, 1000)  # m
CM = F(1, 100)  # m
KM = F(1000)  # m
NMI = F(1852)  # m, the international nautical mile
HECTARE = F(10**4)  # m^2
LITRE = F(1, 1000)  # m^3
SQIN = IN * IN  # m^2
CUIN = IN * IN * IN  # m^3
KPA = F(1000)  # Pa
MS = F(1)  # m/s

assert CUIN * 10**6 == dec("16.387064") and SQIN * 10**4 == dec("6.4516")
assert abs(LITRE / CUFT - dec("0.0353147")) < dec("1e-7")


def unit_auto(family, query, value):
    """Exact when the answer has at most three decimals, else 0.1% (rounding to 2 dp passes)."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# ---------------------------------------------------------------- units: plain questions
x1 = 73
unit_auto(P, f"Convert {x1} miles into km, please.", x1 * MI / KM)
x1 = 31
unit_auto(P, f"Express {x1} degrees Celsius in Fahrenheit.", c_to_f(x1))
x1 = 42
unit_auto(P, f"how many square feet is {x1} square metres", x1 / SQFT)
x1 = "2.3"
unit_auto(P, f"{x1} GiB is how many MiB?", dec(x1) * GIB / MIB)
x1 = "1.75"
unit_auto(P, f"What is {x1} inches in millimetres?", dec(x1) * IN / MM)
x1 = "2.6"
unit_auto(P, f"A parcel weighs {x1} kg. What's that in ounces?", dec(x1) / OZ)
x1 = 110
unit_auto(P, f"{x1} km/h → mph", x1 * KMH / MPH)
x1 = 5280
unit_auto(P, f"Convert {x1:,} yards into metres.", x1 * YD)
x1 = 37
unit_auto(P, f"How many hectares make up {x1} acres?", x1 * ACRE / HECTARE)
x1 = 33
unit_auto(P, f"What's {x1} psi expressed in kilopascals?", x1 * PSI / KPA)
x1 = "3.5"
unit_auto(P, f"Give me {x1} nautical miles in km.", dec(x1) * NMI / KM)
x1 = -12
unit_auto(P, f"Change {x1} °F to Celsius.", f_to_c(x1))
x1 = "3.2"
unit_auto(P, f"A ceiling {x1} m high is how many feet?", dec(x1) / FT)
x1 = "8.5"
unit_auto(P, f"Turn {x1} kilograms into pounds.", dec(x1) / LB)

# ---------------------------------------------------------------- units: registers
x1 = 52
unit_auto(
    R_AGAVE,
    f"The guide said this estate grows blue agave on {x1} hectares. My dad back in Texas "
    "thinks in acres — how many acres is that?",
    x1 * HECTARE / ACRE,
)
x1, x2 = 3, "2.5"
unit_auto(
    R_CREPE,
    f"The club has given the crepe van a pitch {x1} m by {x2} m. Our insurance form asks for "
    "the area in square feet. What do I put?",
    x1 * dec(x2) / SQFT,
)
x1 = 5
unit_auto(
    R_WAFFLE,
    f"The chairlift past my waffle cart runs at {x1} metres per second. What is that in km/h?",
    x1 * MS / KMH,
)
x1 = 150
unit_auto(
    R_TOFFEE,
    f"Toffee coating has to reach hard crack, {x1} °C, but my sugar thermometer only shows "
    "Fahrenheit. What reading am I waiting for?",
    c_to_f(x1),
)
x1 = 31
unit_auto(
    R_TEMPEH,
    f"Tempeh likes about {x1} °C while it incubates. My proofing box is set in °F — what "
    "number do I dial in?",
    c_to_f(x1),
)
x1 = 90
unit_auto(
    R_PAELLA,
    f"Client asked how big our largest paellera is. It's {x1} cm across — in inches?",
    x1 * CM / IN,
)
x1 = 212
unit_auto(
    R_PAELLA,
    f"Mileage claim: the catering van covered {x1} km to the finca and back. Form wants miles.",
    x1 * KM / MI,
)
x1 = "1,450"
unit_auto(
    R_LAKSA,
    f"Our hawker centre floor is {x1} m². A visiting food writer asked for square feet.",
    int(x1.replace(",", "")) / SQFT,
)
x1 = "16.4"
unit_auto(
    R_BBQ,
    f"Packer brisket came in at {x1} lb before trimming. Log it in kilograms for the "
    "European judges' sheet.",
    dec(x1) * LB,
)
x1 = 225
unit_auto(
    R_BBQ,
    f"We run the offset smoker at {x1} °F. What is that in Celsius?",
    f_to_c(x1),
)
x1 = "0.6"
unit_auto(
    R_SLOE,
    f"The blackthorn hedge along the bridleway is about {x1} of a mile long. How many metres "
    "of hedge is that?",
    dec(x1) * MI,
)
x1 = 8
unit_auto(
    R_PIEROGI,
    f"Babcia cuts her pierogi circles with a glass {x1} cm across. My American cousin wants "
    "the size in inches.",
    x1 * CM / IN,
)
x1 = 253
unit_auto(
    R_POUTINE,
    f"It's {x1} km from our shack in Montréal to the Québec City festival. Miles?",
    x1 * KM / MI,
)
x1 = 250
unit_auto(
    R_PAVLOVA,
    f"This pavlova recipe from an American site says bake at {x1} °F. What's that in °C?",
    f_to_c(x1),
)
x1 = 270
unit_auto(
    R_PAVLOVA,
    f"Boxing Day drive from Perth down to Margaret River is {x1} km — how far in miles?",
    x1 * KM / MI,
)
x1, x2 = 45, 32
unit_auto(
    R_BAKLAVA,
    f"A customer in Chicago wants our tray size in square inches. The tray is {x1} cm by {x2} cm.",
    x1 * x2 * CM * CM / SQIN,
)
x1 = 15
unit_auto(
    R_TAMALE,
    f"The corn husks arrived in a {x1} lb bale. How many kilograms is that?",
    x1 * LB,
)
x1 = 120
unit_auto(
    R_JOLLOF,
    f"The party pot for the cook-off holds {x1} litres. In cubic feet, please.",
    x1 * LITRE / CUFT,
)
x1 = "5,200"
unit_auto(
    R_BIRYANI,
    f"Banquet hall listing says {x1} sq ft. How many square metres do we have for the "
    "serving counters?",
    int(x1.replace(",", "")) * SQFT,
)
x1 = "7.8"
unit_auto(
    R_TAPAS,
    f"My watch says we walked {x1} km between tapas bars. What's that in miles?",
    dec(x1) * KM / MI,
)
x1 = 41
unit_auto(
    R_TAPAS,
    f"It was {x1} °C in Seville at 7 pm. In Fahrenheit for the folks at home?",
    c_to_f(x1),
)
x1 = "6.5"
unit_auto(
    R_MEZZE,
    f"The hired van has {x1} cubic metres of load space. Express it in cubic feet.",
    dec(x1) / CUFT,
)
x1 = 9
unit_auto(
    R_CRUMPET,
    f"New crumpet rings are {x1} cm in diameter. What is that in inches?",
    x1 * CM / IN,
)
x1 = 200
unit_auto(
    R_CRUMPET,
    f"Griddle plate should sit at {x1} °C. The old manual only has Fahrenheit marks. Which mark?",
    c_to_f(x1),
)
x1 = 18
unit_auto(
    R_HUMMUS,
    f"Tahini arrives in {x1} kg tubs. Our US supplier quotes per pound — how many pounds is "
    "one tub?",
    x1 / LB,
)
x1 = 650
unit_auto(
    R_FIKA,
    f"From the office to the konditori is {x1} m. My British colleague asked how many yards.",
    x1 / YD,
)
x1 = "1,620"
unit_auto(
    R_FONDUE,
    f"Zermatt village sits at about {x1} m. Converting for our US guests: how many feet?",
    int(x1.replace(",", "")) / FT,
)
x1 = "2.5"
unit_auto(
    R_FONDUE,
    f"Our caquelon holds {x1} litres. How many cubic inches is that?",
    dec(x1) * LITRE / CUIN,
)
x1 = "2.7"
unit_auto(
    R_RACLETTE,
    f"Half a wheel of raclette cheese, {x1} kg. In pounds, for my Canadian friend?",
    dec(x1) / LB,
)
x1 = "0.8"
unit_auto(
    R_MOCHI,
    f"The rice steamer's valve lifts at {x1} bar. My dad's gauge reads psi. What psi?",
    dec(x1) * BAR / PSI,
)
x1 = 118
unit_auto(
    R_PATISSERIE,
    f"Italian meringue: sugar syrup to {x1} °C. The thermometer at home is Fahrenheit only.",
    c_to_f(x1),
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

ZONES = importlib.import_module("zoneinfo")


def utc_offset(zone, local):
    """The offset (like -06:00) that IANA rules give a zone at a local wall-clock time."""
    off = local.replace(tzinfo=ZONES.ZoneInfo(zone)).utcoffset()
    mins = int(off.total_seconds()) // 60
    sign = "-" if mins < 0 else "+"
    return f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"


def checked_offset(zone, local, expected):
    """The offset stated in a question: it must be the real one for that place and season."""
    got = utc_offset(zone, local)
    assert got == expected, (zone, local, got, expected)
    return got


def as_utc(local, offset):
    """A local wall-clock time with a stated offset like +05:30, as a naive UTC datetime."""
    sign = -1 if offset[0] == "-" else 1
    hours, mins = (int(p) for p in offset[1:].split(":"))
    return local - sign * TD(hours=hours, minutes=mins)


def wall_clock(zone_from, local, zone_to):
    """The wall-clock time in zone_to at the moment a local time in zone_from shows."""
    aware = local.replace(tzinfo=ZONES.ZoneInfo(zone_from)).astimezone(ZONES.ZoneInfo(zone_to))
    return aware.replace(tzinfo=None)


def count_days(first, last, wd):
    """How many dates from first to last (both included) fall on weekday wd."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() == wd)


def hhmm(t):
    return t.strftime("%H:%M")


assert as_utc(DT(2030, 1, 1, 5, 30), "+05:30") == DT(2030, 1, 1, 0, 0)
assert as_utc(DT(2030, 1, 1, 20, 0), "-06:00") == DT(2030, 1, 2, 2, 0)
assert count_days(D(2030, 3, 4), D(2030, 3, 17), MON) == 2
assert hhmm(DT(2030, 1, 1, 7, 5)) == "07:05"

# ---------------------------------------------------------------- datetime: plain questions
d1 = D(2028, 11, 23)
date_item(P, f"Which weekday is {say(d1)}?", weekday(d1))
d1, d2 = D(2027, 3, 3), D(2027, 10, 19)
date_item(P, f"How many days are there between {say(d1)} and {say(d2)}?", days(d1, d2))
d1, n1 = D(2028, 1, 14), 250
date_item(P, f"What date is {n1} days after {say(d1)}?", d1 + TD(days=n1))
t1, t2 = "07:40", "19:05"
date_item(P, f"how many minutes from {t1} to {t2}", clock_span(t1, t2, 60))
d1, n1 = D(2027, 9, 2), 13
date_item(P, f"Give the date {n1} weeks before {say(d1)}.", d1 - TD(weeks=n1))
d1, d2 = D(1961, 6, 30), D(2028, 3, 1)
date_item(P, f"Someone born on {say(d1)} — how old are they on {say(d2)}?", age(d1, d2))
d1 = D(2027, 10, 9)
date_item(P, f"{say(d1)} is day number what of its year?", d1.timetuple().tm_yday)
date_item(P, "When is the third Thursday of May 2028?", nth_weekday(2028, 5, THU, 3))
date_item(P, "Date of the final Friday in February 2029?", nth_weekday(2029, 2, FRI, -1))
date_item(
    P,
    "How many Tuesdays are there in October 2027?",
    count_days(D(2027, 10, 1), D(2027, 10, 31), TUE),
)
d1 = D(2030, 1, 1)
date_item(P, f"{say(d1)}: what day of the week?", weekday(d1))
d1, d2 = D(2027, 5, 5), D(2028, 5, 5)
date_item(P, f"Count the days from {say(d1)} to {say(d2)}, both included.", days(d1, d2) + 1)
d1, d2 = D(2027, 4, 6), D(2027, 12, 21)
date_item(P, f"How many whole weeks from {say(d1)} to {say(d2)}?", weeks(d1, d2))
d1, n1 = D(2028, 9, 11), 100
date_item(
    P,
    f"A course begins on {say(d1)} and lasts {n1} days, the first day included. On what date "
    "is its last day?",
    d1 + TD(days=n1 - 1),
)

# ---------------------------------------------------------------- datetime: registers
z1, z2 = "America/Mexico_City", "America/Los_Angeles"
t1, t2 = DT(2027, 10, 14, 7, 50), DT(2027, 10, 14, 9, 35)
o1 = checked_offset(z1, t1, "-06:00")  # Mexico has kept standard time all year since 2022
o2 = checked_offset(z2, t2, "-07:00")  # Pacific summer time until 7 November 2027
date_item(
    R_AGAVE,
    f"Flying home from the tequila trip: leave Guadalajara at {hhmm(t1)} ({o1}) on {say(t1)} "
    f"and land in Los Angeles at {hhmm(t2)} ({o2}) the same day. How many minutes in the "
    "air?",
    F(int((as_utc(t2, o2) - as_utc(t1, o1)).total_seconds()), 60),
)
d1, n1 = nth_weekday(2027, 9, SAT, 1), 8
assert d1.weekday() == SAT
date_item(
    R_CREPE,
    f"Rugby club fixtures: home games every other Saturday starting {sayw(d1)}, no breaks. "
    f"What date is home game number {n1}, when the crepe van next needs booking?",
    d1 + TD(weeks=2 * (n1 - 1)),
)
d1, d2 = D(2027, 11, 27), D(2028, 4, 17)
date_item(
    R_WAFFLE,
    f"Lifts open {sayw(d1)} and close {sayw(d2)}. If the waffle cart trades every day of the "
    "season, first and last days included, how many trading days is that?",
    days(d1, d2) + 1,
)
d1, n1 = D(2027, 10, 28), 11
date_item(
    R_TOFFEE,
    f"The fair pulls onto the common on {say(d1)} and runs {n1} days counting that first day. "
    "What's the final day I can sell toffee apples?",
    d1 + TD(days=n1 - 1),
)
t1, t2 = DT(2027, 5, 11, 21, 30), DT(2027, 5, 13, 8, 0)
date_item(
    R_TEMPEH,
    f"Inoculated the soybeans at {hhmm(t1)} on {sayw(t1)} and the tempeh came out of the "
    f"incubator at {hhmm(t2)} on {sayw(t2)}. How many hours did it ferment?",
    F(int((t2 - t1).total_seconds()), 3600),
)
d1, n1 = D(2027, 9, 18), 45
date_item(
    R_PAELLA,
    f"Contract terms: the final payment is due {n1} days before the event. The wedding is on "
    f"{sayw(d1)}. Payment due date?",
    d1 - TD(days=n1),
)
d1, d2 = D(2027, 6, 5), D(2027, 9, 25)
date_item(
    R_PAELLA,
    f"We've got a paella booking every Saturday from {say(d1)} to {say(d2)}, both included. "
    "How many Saturday bookings is that?",
    count_days(d1, d2, SAT),
)
z1, z2 = "Asia/Kuala_Lumpur", "Europe/London"
t1, t2 = DT(2028, 2, 2, 14, 55), DT(2028, 2, 3, 6, 5)
o1 = checked_offset(z1, t1, "+08:00")  # Malaysia keeps +08:00 all year
o2 = checked_offset(z2, t2, "+00:00")  # London winter time in February
date_item(
    R_LAKSA,
    f"Going home after the hawker season: depart Penang {hhmm(t1)} ({o1}) on {say(t1)}, "
    f"arrive London Heathrow {hhmm(t2)} ({o2}) on {say(t2)}, one change. Total journey time "
    "in minutes?",
    F(int((as_utc(t2, o2) - as_utc(t1, o1)).total_seconds()), 60),
)
t1, t2 = "23:15", "11:40"
date_item(
    R_BBQ,
    f"Brisket went on the smoker at {t1} and came off at {t2} the next morning. How many "
    "minutes did it cook?",
    clock_span(t1, t2, 60),
)
d1 = D(2028, 7, 14)
date_item(R_BBQ, f"The state cook-off is on {say(d1)}. What day of the week is that?", weekday(d1))
d1, n1 = D(2027, 10, 19), 12
date_item(
    R_SLOE,
    f"Bottled the sloe gin on {say(d1)}. It wants {n1} weeks of steeping and a shake now and "
    "then. On what date is it ready to strain?",
    d1 + TD(weeks=n1),
)
d1 = D(2027, 12, 24)
date_item(
    R_PIEROGI,
    f"Babcia wants to know which day of the week Wigilia falls on: {say(d1)}.",
    weekday(d1),
)
d1, d2 = D(2028, 8, 16), D(2028, 8, 21)
date_item(
    R_POUTINE,
    f"Motel near the poutine festival: check in {sayw(d1)}, check out {sayw(d2)}. How many "
    "nights are we paying for?",
    days(d1, d2),
)
z1, z2 = "Australia/Perth", "America/Los_Angeles"
t1 = DT(2027, 12, 25, 13, 0)
o1 = checked_offset(z1, t1, "+08:00")  # Western Australia has no summer time
t2 = wall_clock(z1, t1, z2)
o2 = checked_offset(z2, t2, "-08:00")  # Pacific winter time
assert as_utc(t2, o2) == as_utc(t1, o1)
date_item(
    R_PAVLOVA,
    f"We'll video-call my brother in Los Angeles ({o2}) when the pavlova comes out at "
    f"{hhmm(t1)} on {say(t1)} in Perth ({o1}). What date will it be for him?",
    t2.date(),
)
d1, d2 = D(2027, 12, 19), D(2028, 1, 8)
date_item(
    R_PAVLOVA,
    f"We land in Perth on {say(d1)} and fly home on {say(d2)}. How many days is that from "
    "landing to the flight home?",
    days(d1, d2),
)
d1, n1 = D(2028, 2, 26), 4
date_item(
    R_BAKLAVA,
    f"Notice on the door: closed for the holiday for {n1} days starting {sayw(d1)} (that day "
    "counts). We reopen on the day after. Reopening date?",
    d1 + TD(days=n1),
)
d1, d2 = D(1946, 12, 12), D(2027, 12, 18)
date_item(
    R_TAMALE,
    f"Abuela was born on {say(d1)}. How old will she be at the tamalada on {say(d2)}?",
    age(d1, d2),
)
z1, z2 = "Africa/Lagos", "Europe/London"
t1, n1, n2 = DT(2027, 11, 5, 23, 25), 6, 40
o1 = checked_offset(z1, t1, "+01:00")  # Nigeria keeps +01:00 all year
t2 = wall_clock(z1, t1 + TD(hours=n1, minutes=n2), z2)
o2 = checked_offset(z2, t2, "+00:00")  # London back on winter time by November
assert as_utc(t2, o2) == as_utc(t1, o1) + TD(hours=n1, minutes=n2)
date_item(
    R_JOLLOF,
    f"After the cook-off I fly Lagos to London: wheels up {hhmm(t1)} Lagos time ({o1}) on "
    f"{say(t1)}, flight time {n1} h {n2} min. On what date do I land, London time ({o2})?",
    t2.date(),
)
d1, n1 = D(2028, 2, 6), 2
date_item(
    R_BIRYANI,
    f"The wedding is {say(d1)} and the mehndi night is {n1} days before it. Which weekday is "
    "the mehndi, so I can plan the second handi?",
    weekday(d1 - TD(days=n1)),
)
d1, d2 = D(2027, 9, 24), D(2027, 10, 2)
date_item(
    R_TAPAS,
    f"Seville hotel: arriving {say(d1)}, leaving {say(d2)}. Nights booked?",
    days(d1, d2),
)
d1 = D(2027, 10, 12)
date_item(
    R_TAPAS,
    f"Our last night in Spain is {say(d1)}, the national holiday. What weekday is it?",
    weekday(d1),
)
d1, n1 = D(2027, 5, 12), 6
date_item(
    R_MEZZE,
    f"Contract signed {sayw(d1)}; the launch party we're catering is exactly {n1} weeks "
    "later. Date of the party?",
    d1 + TD(weeks=n1),
)
t1, t2 = "05:10", "06:25"
date_item(
    R_CRUMPET,
    f"Batter went in the prover at {t1} and came out at {t2}. Minutes of proving?",
    clock_span(t1, t2, 60),
)
d1, n1, n2 = D(2028, 1, 3), 10, 20
date_item(
    R_CRUMPET,
    f"Standing order: the deli gets crumpets every {n1} days, first drop on {say(d1)}. What's "
    f"the date of drop number {n2}?",
    d1 + TD(days=n1 * (n2 - 1)),
)
t1, t2 = "19:45", "07:15"
date_item(
    R_HUMMUS,
    f"Chickpeas went into soak at {t1} and I drained them at {t2} the next day. Soaking time "
    "in hours?",
    clock_span(t1, t2, 3600),
)
d1 = D(2027, 10, 4)
date_item(
    R_FIKA,
    f"Kanelbullens dag is {say(d1)}. What weekday is that? Need it for the staff rota.",
    weekday(d1),
)
t1, t2 = "08:52", "16:37"
date_item(
    R_FONDUE,
    f"Our Glacier Express timetable: dep. Zermatt {t1}, arr. St. Moritz {t2}. How many "
    "minutes on the train?",
    clock_span(t1, t2, 60),
)
d1, n1 = D(2028, 1, 22), 9
date_item(
    R_FONDUE,
    f"Chalet booked from {sayw(d1)} for {n1} nights. What's the check-out date?",
    d1 + TD(days=n1),
)
d1, d2 = D(2027, 7, 3), D(2027, 12, 15)
date_item(
    R_RACLETTE,
    f"The wheel was made at the alpage on {say(d1)} and we cut it on {say(d2)}. How many "
    "days did it age?",
    days(d1, d2),
)
z1, z2 = "Asia/Tokyo", "Europe/London"
t1 = DT(2028, 1, 1, 0, 0)
o1 = checked_offset(z1, t1, "+09:00")  # Japan has no summer time
t2 = wall_clock(z1, t1, z2)
o2 = checked_offset(z2, t2, "+00:00")  # London winter time
assert as_utc(t2, o2) == as_utc(t1, o1)
date_item(
    R_MOCHI,
    f"We start pounding the mochi at {hhmm(t1)} on {say(t1)} in Tokyo ({o1}). My sister in "
    f"London ({o2}) wants to watch live — what date is it there at that moment?",
    t2.date(),
)
date_item(
    R_PATISSERIE,
    "My CAP pâtissier practical is on the third Wednesday of June 2027. What's the date?",
    nth_weekday(2027, 6, WED, 3),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- negatives: ordinary
ORDINARY = {
    "muse-carthage-and-benin-kingdom-whys": (
        "Why did Rome feel it had to destroy Carthage completely rather than just defeat it?",
        "How did the Kingdom of Benin organise its bronze-casting guilds?",
        "What made Hannibal's crossing of the Alps such a gamble?",
        "Why were the Benin Bronzes taken in 1897, and why are museums returning them now?",
        "How did Carthage make its money before the Punic Wars?",
        "Was the Oba of Benin more of a religious figure or a political ruler?",
        "Why do so few Carthaginian texts survive compared with Roman ones?",
        "How did trade with the Portuguese change the Benin kingdom?",
        "What do historians think really happened to the Carthaginian survivors after 146 BC?",
        "Why are the walls of Benin City sometimes compared to the Great Wall of China?",
    ),
    "muse-aurora-and-rip-tide-science": (
        "Why are most auroras green, and what makes the rarer red ones?",
        "How does a rip current form, and why shouldn't you swim straight back to shore?",
        "Why do auroras happen near the poles and not at the equator?",
        "What's the difference between a rip current and an undertow?",
        "Can you actually hear the northern lights, or is that a myth?",
        "Why are some beaches notorious for rips while others nearby are calm?",
        "What does a solar storm do to GPS and power grids?",
        "How do lifeguards spot a rip from the tower when swimmers can't?",
        "Why does the southern aurora get less attention than the northern one?",
        "Is there a link between the moon's phase and how strong rip currents are?",
    ),
    "muse-clojure-and-dart-critique": (
        "Is Clojure's lack of static types a real problem on large teams?",
        "What do people like about Dart beyond the fact that Flutter uses it?",
        (
            "Can you review this Clojure: (defn avg [xs] (/ (reduce + xs) (count xs))) — "
            "what happens with an empty list?"
        ),
        "Why do Lisp programmers say code is data, and does it matter in Clojure day to day?",
        "Is Dart's null safety better designed than Kotlin's?",
        "Should a small startup pick Clojure for its backend, or is hiring too hard?",
        "What's the idiomatic way to handle errors in Clojure — exceptions or returning maps?",
        "Why does Dart have both 'final' and 'const', and when do I use which?",
        "Does the JVM start-up time still make Clojure awkward for command-line tools?",
        "Critique my Dart habit of making every class field 'late' to silence the compiler.",
    ),
    "muse-bluegrass-and-krautrock-verdicts": (
        "Is Bill Monroe or Earl Scruggs more important to the sound of bluegrass?",
        "Which Can album should a newcomer start with, and why?",
        "Does modern 'newgrass' betray the tradition or keep it alive?",
        "Why do people call Neu!'s drumming 'motorik', and is it really that influential?",
        "Is Kraftwerk more krautrock or more electronic pop in your view?",
        "What makes a great bluegrass banjo break, as opposed to a merely fast one?",
        "Has krautrock aged better than British prog from the same years?",
        "Is the O Brother, Where Art Thou? soundtrack a good introduction to bluegrass?",
        "Which is the more adventurous record, Faust IV or Tago Mago?",
        "Why does bluegrass sound so lonesome even when it's upbeat?",
    ),
    "muse-cuttlefish-and-wombat-habits": (
        "How do cuttlefish change colour so fast when they're thought to be colour-blind?",
        "Why do wombats produce cube-shaped droppings?",
        "Do cuttlefish really hypnotise their prey with those rippling stripes?",
        "Why do wombats dig such long burrows, and do other animals use them?",
        "Is it true that cuttlefish can pass a version of the marshmallow test?",
        "Why is a wombat's pouch backwards compared with a kangaroo's?",
        "How smart are cuttlefish compared with octopuses?",
        "Why do wombats charge at people sometimes — is it aggression or fear?",
        "What do cuttlefish use their cuttlebone for while they're alive?",
        (
            "How do wombats survive bushfires, and is the story about them sheltering other "
            "animals true?"
        ),
    ),
    "muse-obituary-and-menu-blurb-drafting": (
        (
            "Help me write a short obituary for my grandfather, a retired ferry captain who loved "
            "crosswords."
        ),
        "Write a menu blurb for a slow-cooked lamb shoulder that doesn't sound pretentious.",
        (
            "Can you make this obituary sentence less stiff: 'He is survived by his wife and "
            "children and was a member of the Rotary Club'?"
        ),
        "Give me three punchy names for a brunch dish of chilli eggs on sourdough.",
        "How do I mention in an obituary that someone died by suicide, gently and honestly?",
        "Rewrite our café's vegan section intro so it's welcoming to meat-eaters too.",
        "Draft a newspaper death notice for a beloved village postmistress.",
        "Write a two-line description for a rhubarb and custard tart for a chalkboard.",
        "What should an obituary for a musician include beyond the dates?",
        "Our menu says 'pan-seared jus-kissed medley' — please make it sound like food again.",
    ),
    "muse-roommate-chores-and-rsvp-tact": (
        "My roommate never takes the bins out. How do I raise it without a fight?",
        "How do I politely chase RSVPs for my party without sounding desperate?",
        "Is it rude to say no plus-ones at a small dinner party?",
        "My flatmate's partner basically lives with us now but pays nothing. What do I say?",
        "Someone RSVP'd yes and didn't show up to my birthday dinner. Should I mention it?",
        "How do we set up a chore rota that the messiest person will actually follow?",
        "How do I decline a wedding invitation from a colleague I barely know?",
        "My roommate eats my leftovers and says it's fine because 'food is communal'. Is it?",
        "A friend keeps replying 'maybe' to every invitation. How should I handle that?",
        "Is it fair to ask the roommate with the biggest room to do more of the cleaning?",
    ),
    "muse-veil-of-ignorance-and-free-will-puzzles": (
        "Explain Rawls's veil of ignorance in plain words and say whether it convinces you.",
        "If every choice I make is caused by prior events, can I still be blamed for anything?",
        "Would people behind the veil of ignorance really choose to protect the worst-off?",
        "What is compatibilism, and is it a cop-out?",
        "Does the Libet experiment show that free will is an illusion?",
        "Could the veil of ignorance be used to decide how to treat animals?",
        "If a brain tumour changes someone's behaviour, are they responsible for what they do?",
        "Is Nozick's criticism of Rawls fair?",
        "Why do philosophers care whether we could have done otherwise?",
        "Would a society designed behind the veil of ignorance allow inheritance?",
    ),
    "muse-homophone-and-diacritic-quirks": (
        "Why does English have so many homophones like 'pair', 'pear' and 'pare'?",
        "Should I keep the accent in 'café' and 'résumé' when writing English?",
        "Why does Spanish put an upside-down question mark at the start of a question?",
        "What is the little hook under the c in 'façade' called, and why is it there?",
        "Why do 'through', 'though' and 'tough' all rhyme with different things?",
        "Is it 'naïve' or 'naive' in modern English, and does the dots' meaning matter?",
        "How do Vietnamese speakers keep track of all those tone marks when texting?",
        "Why do some people write 'coöperate' with two dots?",
        "Which homophones cause the most trouble for people learning English?",
        "Why did German keep the umlaut when many languages dropped their accents?",
    ),
    "muse-tempering-and-emulsifying-technique": (
        "Why does chocolate need tempering, and what goes wrong if I skip it?",
        "My mayonnaise split — what actually happened and how do I rescue it?",
        "What's the seeding method for tempering chocolate, and why does it work?",
        "Why does mustard help a vinaigrette stay mixed?",
        "How do I temper eggs into a hot custard without scrambling them?",
        "Why did my hollandaise turn greasy and grainy?",
        "Is marble really better than a steel bench for tempering chocolate?",
        "What's the difference between an emulsion and a suspension in cooking?",
        "Why does my beurre blanc break when I reheat it?",
        "Can I make aioli in a blender, or does it go bitter?",
    ),
}
for neg_family, neg_queries in ORDINARY.items():
    assert len(neg_queries) == 10, neg_family
    for neg_query in neg_queries:
        neg(neg_family, neg_query)

# ---------------------------------------------------------------- negatives: near-positives
NEAR = {
    "near-numbered-titles-in-food-and-film": (
        "number inside a title",
        (
            "Is '101 Dalmatians' from 1961 fine for a four-year-old, or too scary?",
            "Is '24 Hour Party People' a good film for someone who doesn't know Manchester?",
            "Why is Beethoven's Symphony No. 9 nicknamed the 'Choral'?",
            "What's the story of the song '99 Luftballons', and is the English version as good?",
            "Should I read 'Fahrenheit 451' or 'Brave New World' first?",
        ),
    ),
    "near-codes-that-look-like-numbers": (
        "identifier, not a quantity",
        (
            "Postgres threw SQLSTATE 23505 on insert. What does that mean and how do I fix it?",
            "My combi boiler is flashing fault F28. What's usually wrong?",
            "What is E471 on a packet of supermarket crumpets, and is it vegan?",
            "What is TCP port 5432 normally used for?",
            "My dishwasher shows code E24 and there's water left in the bottom. Any ideas?",
        ),
    ),
    "near-fermi-guesses-with-nothing-given": (
        "ballpark estimate with no figures given",
        (
            "Roughly how many tacos are eaten in Mexico City on a typical day?",
            "About how many waffles does a busy ski resort sell in a season? Just a guess.",
            "How many piano tuners do you reckon work in Lyon?",
            "Ballpark: how many grains of rice are in a big family paella?",
            "Roughly how many cups of coffee are drunk in Stockholm each morning?",
        ),
    ),
    "near-why-does-the-rule-hold": (
        "asks why an arithmetic or geometry rule is true",
        (
            "Why does dividing by a fraction turn into multiplying by its flip?",
            "Why is anything to the power zero equal to one, and not zero?",
            "Why do a triangle's angles always add up to a straight line?",
            "Why does the digit-sum trick tell you if a number divides by 9?",
            "Why is a negative times a negative a positive? Please give an intuition, not a rule.",
        ),
    ),
    "near-what-does-my-reading-mean": (
        "interpreting a stated reading",
        (
            "My blood pressure at the pharmacy was 142 over 91. Should I be worried?",
            "The forecast for Seville says UV index 9. What should I actually do differently?",
            "My sourdough starter doubled in 4 hours at 26 °C. Does that mean it's ready?",
            "My tyre says 205/55 R16 91V. What do all those parts mean?",
            "The meat probe reads 63 °C in the thickest part of the pork. Is that safe to eat?",
        ),
    ),
    "near-is-it-worth-the-money": (
        "value judgement, not arithmetic",
        (
            "Is a £1,200 espresso machine worth it if I drink two flat whites a day?",
            "Is it worth paying €40 more for the paella course that includes the market tour?",
            "Should I pay CHF 18 for the Gornergrat train or just hike up?",
            "Is a $95 brisket class worth it when there are free videos online?",
            "Is it worth buying a ₺9,000 copper baklava tray or does steel do the same job?",
        ),
    ),
    "near-facts-nobody-stated": (
        "numeric fact the question does not give",
        (
            "How tall is the Matterhorn in feet?",
            "How many kilometres long is the Camino Francés?",
            "What temperature does sugar reach at the soft-ball stage, in Fahrenheit?",
            "How far is Penang from Kuala Lumpur by road, in miles?",
            "How much does a wheel of Parmigiano Reggiano weigh in pounds?",
        ),
    ),
    "near-made-up-operators": (
        "notation defined or used in a non-standard way",
        (
            (
                "In my puzzle book, a ◇ b means 'square the first, then subtract the second'. Is "
                "◇ commutative, and why or why not?"
            ),
            (
                "If ⊞ means 'add, then reverse the digits', what's a neat example where it gives "
                "back the same number?"
            ),
            (
                "Some people write 5!! — does that mean the double factorial or the factorial of "
                "120?"
            ),
            "What does the notation ⌈x⌉ mean and when would a baker use it?",
            (
                "On an old French recipe card, '1 c. à s.' is written next to the sugar. What "
                "does that abbreviation stand for?"
            ),
        ),
    ),
    "near-riddles-and-sequences": (
        "riddle or pattern puzzle needing reasoning",
        (
            "What comes next: 1, 11, 21, 1211, 111221, …? And why?",
            (
                "A baker has a 3-minute and a 5-minute sand timer. How can she time exactly "
                "7 minutes?"
            ),
            (
                "Three friends split a tapas bill and a euro seems to go missing in the change. "
                "Explain the classic trick."
            ),
            "What has a crust, a crumb, and rises every morning without an alarm?",
            (
                "I think of a number, double it, add 8, halve it and take away the number. Why is "
                "the result always 4?"
            ),
        ),
    ),
    "near-dates-from-history-not-given": (
        "date or span from history, not stated",
        (
            "What day of the week did the Berlin Wall fall?",
            "How old was Escoffier when he opened the Savoy kitchen?",
            "How many days did the Siege of Leningrad last?",
            "On which date did the first Tour de France start?",
            (
                "How many years were there between Magna Carta and the American Declaration of "
                "Independence?"
            ),
        ),
    ),
    "near-version-and-model-numbers": (
        "version or model number, not a quantity",
        (
            "Is Python 3.12 noticeably faster than 3.11 for a Django app?",
            "What changed between HTTP/2 and HTTP/3, in simple terms?",
            "Is a Thermomix TM6 much better than the TM5 for making choux pastry?",
            "Should I move our team from Node 18 to Node 22 yet?",
            "Is the Pixel 7a camera good enough for food photography on Instagram?",
        ),
    ),
    "near-recipe-troubleshooting": (
        "kitchen judgement, not a conversion",
        (
            (
                "I baked at 180 °C for 25 minutes and the cake is still wet in the middle. "
                "What went wrong?"
            ),
            "Can I swap 200 g of butter for oil in banana bread, and what changes?",
            "My bread recipe says 70% hydration. What does that mean for how the dough feels?",
            "Is three days at room temperature enough to ferment kimchi?",
            "My crumpets have no holes on top even at 200 °C. What am I doing wrong?",
        ),
    ),
    "near-scores-and-sports-jargon": (
        "sports jargon with numbers, not a sum",
        (
            "In cricket commentary, what does 'figures of 5 for 23' mean?",
            "Why does tennis go 15, 30, 40 instead of 45?",
            "What does 'going 3-for-4' mean in baseball?",
            "What was tactically special about the old 2-3-5 football formation?",
            "In darts, why is a score of 180 called a 'ton-eighty'?",
        ),
    ),
}
for neg_family, (near_note, neg_queries) in NEAR.items():
    assert len(neg_queries) == 5, neg_family
    for neg_query in neg_queries:
        neg(neg_family, neg_query, near_note)


# ---------------------------------------------------------------- negatives: conversations
def fmt_money(x):
    """Two decimals, thousands separated, from an exact sum in whole cents."""
    x = money(x)
    return f"{x.numerator * 100 // x.denominator / 100:,.2f}"


def fmt_1dp(x):
    return f"{float(F(x)):,.1f}"


def fmt_2dp(x):
    return f"{float(F(x)):,.2f}"


assert fmt_money(dec("1234.5")) == "1,234.50" and fmt_1dp(F(1, 3)) == "0.3"

C1 = "conv-sum-then-write-it-up"
x1, x2 = "127.80", 6
conv(
    C1,
    [
        (U, f"Six of us at the tapas bar and the bill came to €{x1}. Even split, what's each?"),
        (A, f"€{x1} ÷ {x2} = €{fmt_money(dec(x1) / x2)} each."),
        (
            U,
            (
                "Perfect. Now write a cheeky group-chat message asking everyone to send me their "
                "share before Friday, with a Seville in-joke if you can."
            ),
        ),
    ],
    "writing after a computed share",
)
x1, x2 = 148, "2.50"
conv(
    C1,
    [
        (U, f"Sold {x1} toffee apples at £{x2} each at the fair. What did we take?"),
        (A, f"{x1} × £{x2} = £{fmt_money(x1 * dec(x2))}."),
        (
            U,
            (
                "Lovely. Write a warm thank-you post for the fair's Facebook page saying all of "
                "it goes to the children's hospice."
            ),
        ),
    ],
    "writing after a computed total",
)
x1, x2, x3 = 85, 16, 240
conv(
    C1,
    [
        (U, f"Paella for {x1} guests at €{x2} a head plus €{x3} travel. Quote total?"),
        (A, f"{x1} × €{x2} = €{x1 * x2:,}, plus €{x3} travel: €{x1 * x2 + x3:,} in total."),
        (
            U,
            (
                "Draft a friendly email to the couple with that quote, explaining that we need a "
                "deposit to hold the date and that the price includes the fire pit."
            ),
        ),
    ],
    "writing a quote email after a sum",
)
x1, x2, x3, x4 = 64, 75, 30, "1.20"
conv(
    C1,
    [
        (U, f"Church bake sale: {x1} crumpets at {x2}p and {x3} teacakes at £{x4}. Total?"),
        (
            A,
            (
                f"Crumpets £{fmt_money(F(x1 * x2, 100))} plus teacakes "
                f"£{fmt_money(x3 * dec(x4))} makes £{fmt_money(F(x1 * x2, 100) + x3 * dec(x4))}."
            ),
        ),
        (
            U,
            (
                "Write a short, cheerful notice for the parish newsletter announcing that total "
                "and thanking the volunteer bakers by first name: Maureen, Dev and Alice."
            ),
        ),
    ],
    "newsletter notice after a computed total",
)
d1, d2 = D(2028, 3, 1), D(2028, 6, 14)
conv(
    C1,
    [
        (U, f"How many days from {say(d1)} to {say(d2)}? That's my apprentice's exam date."),
        (A, f"It's {days(d1, d2)} days from {say(d1)} to {say(d2)}."),
        (
            U,
            (
                "Turn that into an encouraging note I can pin above her bench, something that "
                "makes the countdown feel exciting rather than scary."
            ),
        ),
    ],
    "motivational writing after a date span",
)

C2 = "conv-advice-before-the-figures"
conv(
    C2,
    [
        (U, "I'm thinking of buying a second-hand crepe van to work rugby match days."),
        (
            A,
            (
                "Happy to help you think it through. Do you know the asking price and roughly "
                "what a match day might bring in?"
            ),
        ),
        (
            U,
            (
                "No idea on either yet. What should I inspect on the van itself before we even "
                "talk money?"
            ),
        ),
    ],
    "advice while the figures are missing",
)
conv(
    C2,
    [
        (U, "My sister asked if I'd cater her wedding myself instead of hiring someone."),
        (A, "That's a big job. How many guests, and is there a budget in mind?"),
        (
            U,
            (
                "She hasn't settled either. What should I ask her before I agree to anything, so "
                "we stay friends afterwards?"
            ),
        ),
    ],
    "advice while the figures are missing",
)
conv(
    C2,
    [
        (U, "We want to open a little hummus bar near the university."),
        (A, "Sounds great. Have you looked at rents or seat counts yet?"),
        (
            U,
            (
                "Not a single unit viewed so far. What makes a location good for a place like "
                "this, beyond footfall?"
            ),
        ),
    ],
    "advice while the figures are missing",
)
conv(
    C2,
    [
        (U, "My babcia wants to sell her pierogi at the Saturday farmers' market."),
        (A, "Lovely idea. What would she charge, and how many could she make each week?"),
        (
            U,
            (
                "She won't decide. How do small home producers usually set a price without "
                "underselling themselves or scaring customers off?"
            ),
        ),
    ],
    "advice while the figures are missing",
)
conv(
    C2,
    [
        (U, "I've got an interview for a pâtisserie apprenticeship in Lyon."),
        (A, "Congratulations! Do you know the pay and hours they're offering?"),
        (
            U,
            (
                "Not yet, they'll tell me at the interview. What should I ask the chef so I can "
                "judge whether it's a good place to learn?"
            ),
        ),
    ],
    "advice while the figures are missing",
)

C3 = "conv-verdict-on-the-figure"
x1, x2 = "16.4", 55
conv(
    C3,
    [
        (
            U,
            (
                f"My brisket was {x1} lb raw. If about {x2}% survives trimming and the cook, how "
                "much cooked meat is that?"
            ),
        ),
        (A, f"{x2}% of {x1} lb is about {fmt_2dp(dec(x1) * pct(x2))} lb of cooked brisket."),
        (U, "Is that a decent yield for competition brisket, or am I trimming too hard?"),
    ],
    "verdict on a computed result",
)
x1, x2 = "1,017.60", 212
conv(
    C3,
    [
        (U, f"The laksa stall made RM {x1} profit on {x2} bowls. What's that per bowl?"),
        (
            A,
            f"RM {x1} ÷ {x2} = RM {fmt_money(dec(x1.replace(',', '')) / x2)} profit per bowl.",
        ),
        (U, "Is that a healthy margin for a hawker, or should I put my prices up?"),
    ],
    "verdict on a computed result",
)
x1, x2 = 1350, "2.7"
conv(
    C3,
    [
        (U, f"I used {x1:,} g of sugar with {x2} kg of sloes. What's the sloe-to-sugar ratio?"),
        (A, f"{num(dec(x2) * 1000):,} g to {x1:,} g is {num(dec(x2) * 1000 / x1)} to 1."),
        (U, "Will that turn out too sweet for friends who like their sloe gin on the dry side?"),
    ],
    "verdict on a computed ratio",
)
x1, x2 = "77.40", 5
conv(
    C3,
    [
        (U, f"Pavlova fruit and cream came to ${x1} for {x2} households. Each share?"),
        (A, f"${x1} ÷ {x2} = ${fmt_money(dec(x1) / x2)} per household."),
        (U, "My aunt is hosting us all. Would it be rude to ask her household to chip in too?"),
    ],
    "etiquette verdict after a computed share",
)
x1 = "7.8"
conv(
    C3,
    [
        (U, f"We walked {x1} km around Seville between tapas bars. Miles?"),
        (A, f"{x1} km is about {fmt_2dp(dec(x1) * KM / MI)} miles."),
        (U, "Be honest: is that enough walking to cancel out a whole night of tapas?"),
    ],
    "verdict on a converted distance",
)

C4 = "conv-explain-how-it-was-done"
x1, x2 = 17, 340
conv(
    C4,
    [
        (U, f"Quick: the market trader offers {x1}% off a {x2} kr order of buns. How much off?"),
        (A, f"{x1}% of {x2} kr is {fmt_1dp(pct(x1) * x2)} kr."),
        (U, "How could I work that out in my head at the stall, without a phone?"),
    ],
    "asks for a mental method",
)
x1 = 225
conv(
    C4,
    [
        (U, f"The smoker manual says {x1} °F. Celsius, roughly?"),
        (A, f"{x1} °F is about {fmt_1dp(f_to_c(x1))} °C."),
        (U, "Why do you take away 32 before multiplying rather than after? It never sticks."),
    ],
    "asks why a conversion method works",
)
d1, d2 = D(2027, 9, 24), D(2027, 10, 2)
conv(
    C4,
    [
        (U, f"Hotel in Seville from {say(d1)} to {say(d2)} — how many nights is that?"),
        (A, f"That's {days(d1, d2)} nights."),
        (U, "Why do hotels count nights instead of days, and why do I always get it wrong?"),
    ],
    "asks why a counting convention exists",
)
x1, x2 = 450, 36
conv(
    C4,
    [
        (U, f"{x1} crumpets, {x2} rings on the griddle. How many loads?"),
        (A, f"{x1} ÷ {x2} = {fmt_1dp(F(x1, x2))}, so {whole_up(F(x1, x2))} loads."),
        (
            U,
            (
                "Explain to my teenage helper why we round up here but round down when we count "
                "how many full boxes we can fill."
            ),
        ),
    ],
    "asks for the reasoning behind rounding",
)
t1, t2 = DT(2027, 5, 11, 21, 30), DT(2027, 5, 13, 8, 0)
conv(
    C4,
    [
        (U, f"Tempeh in at {hhmm(t1)} on {sayw(t1)}, out at {hhmm(t2)} on {sayw(t2)}. Hours?"),
        (A, f"That's {fmt_1dp(F(int((t2 - t1).total_seconds()), 3600))} hours."),
        (U, "What's a reliable way to count time across midnight without off-by-one slips?"),
    ],
    "asks for a general method",
)

C5 = "conv-numbered-works-chat"
conv(
    C5,
    [
        (U, "Our café book club picked a novel with a number in the title."),
        (A, "Nice — which one?"),
        (
            U,
            (
                "'One Hundred Years of Solitude'. Everyone says the family tree is confusing. Any "
                "tips for keeping the Buendías straight?"
            ),
        ),
    ],
    "title contains a number",
)
conv(
    C5,
    [
        (U, "For the kitchen's end-of-season party we've got '9 to 5' and '22' on the list."),
        (A, "Good singalong picks. Want more in the same spirit?"),
        (U, "Yes, what other songs with numbers in the title would suit a tired kitchen crew?"),
    ],
    "titles contain numbers",
)
conv(
    C5,
    [
        (U, "My daughter is studying 'Nineteen Eighty-Four' for her exams."),
        (A, "A classic. Is there something in particular she's stuck on?"),
        (U, "She asked me if the ending is hopeful in any way. Is it, or is it just bleak?"),
    ],
    "title contains a number",
)
conv(
    C5,
    [
        (U, "We showed '12 Angry Men' to the catering students as a lesson in teamwork."),
        (A, "Interesting choice — it's great on how one voice can shift a group."),
        (U, "What's the best discussion question to ask them afterwards?"),
    ],
    "title contains a number",
)
conv(
    C5,
    [
        (U, "Thinking of watching 'The Hundred-Foot Journey' with my chef friends."),
        (A, "It's a gentle film about rival restaurants in a French village."),
        (U, "How realistic is its picture of life in a Michelin-starred kitchen?"),
    ],
    "title contains a number",
)

C6 = "conv-plans-after-the-timing"
t1, t2 = "08:52", "16:37"
x1 = clock_span(t1, t2, 60)
conv(
    C6,
    [
        (U, f"Glacier Express leaves Zermatt {t1} and gets to St. Moritz {t2}. How long?"),
        (A, f"{x1 // 60} hours {x1 % 60} minutes."),
        (U, "What should we bring to eat on board, and which side of the train has the views?"),
    ],
    "plans after a computed duration",
)
x1, x2 = 270, 100
conv(
    C6,
    [
        (U, f"Perth to Margaret River is {x1} km. At {x2} km/h average, how long is the drive?"),
        (
            A,
            (
                f"{x1} ÷ {x2} = {fmt_1dp(F(x1, x2))} hours, which is {x1 * 60 // x2 // 60} h "
                f"{x1 * 60 // x2 % 60} min."
            ),
        ),
        (U, "Where are good places to stop on the way with two kids under six?"),
    ],
    "plans after a computed duration",
)
z1, z2 = "Asia/Kuala_Lumpur", "Europe/London"
t1, t2 = DT(2028, 2, 2, 14, 55), DT(2028, 2, 3, 6, 5)
o1 = checked_offset(z1, t1, "+08:00")
o2 = checked_offset(z2, t2, "+00:00")
x1 = int((as_utc(t2, o2) - as_utc(t1, o1)).total_seconds()) // 60
conv(
    C6,
    [
        (
            U,
            (
                f"Penang {hhmm(t1)} ({o1}) on {say(t1)} to Heathrow {hhmm(t2)} ({o2}) the next "
                "morning. How long door to door, roughly?"
            ),
        ),
        (A, f"About {x1 // 60} hours {x1 % 60} minutes, including the change."),
        (
            U,
            "I start a café shift two days after landing. How do I beat the jet lag in time?",
        ),
    ],
    "plans after a computed duration",
)
z1, z2 = "Asia/Tokyo", "Europe/London"
t1 = DT(2028, 1, 1, 0, 0)
t2 = wall_clock(z1, t1, z2)
conv(
    C6,
    [
        (U, f"We pound mochi at midnight on {say(t1)} in Tokyo. What time is that in London?"),
        (A, f"{hhmm(t2)} on {say(t2)} in London."),
        (
            U,
            (
                "What's a fun way for my sister's family in London to join in at that hour, "
                "with small children?"
            ),
        ),
    ],
    "plans after a time-zone answer",
)
x1 = 253
conv(
    C6,
    [
        (U, f"Montréal to Québec City is {x1} km. In miles?"),
        (A, f"About {round(float(x1 * KM / MI))} miles."),
        (U, "Which stops along the way are worth it for someone obsessed with poutine?"),
    ],
    "plans after a computed distance",
)

C7 = "conv-history-behind-the-unit"
x1 = 150
conv(
    C7,
    [
        (U, f"The toffee recipe says {x1} °C. My thermometer is Fahrenheit. What do I aim for?"),
        (A, f"{x1} °C is {num(c_to_f(x1))} °F."),
        (U, "Why does the US still use Fahrenheit when nearly everyone else switched?"),
    ],
    "history behind a unit",
)
x1 = 650
conv(
    C7,
    [
        (U, f"The konditori is {x1} m from our office. Yards, for my British colleague?"),
        (A, f"About {fmt_1dp(x1 / YD)} yards."),
        (U, "Where does the yard come from? Is the story about a king's arm true?"),
    ],
    "history behind a unit",
)
t1, t2 = "22:00", "06:00"
conv(
    C7,
    [
        (U, f"The night bakers work {t1} to {t2}. How many hours is that shift?"),
        (A, f"{num(clock_span(t1, t2, 3600))} hours."),
        (U, "Why do we divide the day into 24 hours instead of 10 or 100?"),
    ],
    "history behind a unit of time",
)
x1 = "2.3"
conv(
    C7,
    [
        (U, f"The recipe video is {x1} GiB. How many MiB is that?"),
        (A, f"{x1} GiB × 1,024 = {num(dec(x1) * GIB / MIB):,} MiB."),
        (U, "Why do both GB and GiB exist, and who decided the difference?"),
    ],
    "history behind a unit",
)
x1 = 52
conv(
    C7,
    [
        (U, f"The agave estate covers {x1} hectares. How many acres is that?"),
        (A, f"About {fmt_1dp(x1 * HECTARE / ACRE)} acres."),
        (U, "Why is an acre such an odd size? Where did it come from?"),
    ],
    "history behind a unit",
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
    # no register (family name) of this set is a family name of sets 19 to 126
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 126: {reused}"
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
