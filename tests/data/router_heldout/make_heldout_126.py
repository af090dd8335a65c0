r"""Generate heldout-2027-04-08.jsonl: a hundred-and-twenty-sixth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-08 by a helper session working only in /work/sealed126 (scratch files
in /work/sealed126/scratch, deleted at the end). The starting point was a 2574-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-08.jsonl, PREFIX "ho126-", earlier generators 1-125, register check against
sets 19 to 125); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full, to see how numbers (last number, relative tolerance),
  dates and weekday strings are graded;
- /work/sealed126/earlier_registers.txt (2637 earlier family names): its first hundred lines,
  its names without an underscore (the negative families), and greps for the key words of every
  candidate name, so that no family of this set repeats one or sits close to one (hits such as
  supper_club_host, tabletop_rpg_campaign_host, beach_clean_volunteer_group, henna_artist_bookings
  and cold_water_swimming_club led to other choices); a final in-memory check confirmed that none
  of this set's 52 family names is in that file;
- of the copied script, only lines 1-369 (old docstring to line 130, then set-up, helpers and the
  calculator set-up up to P = "plain"), 795-855 (units set-up to unit_r), 1180-1264 (datetime
  set-up to the sayus assertion), 1636-1643 (negatives set-up, neg and conv) and 2351-2574
  (weekday check, checks and output); the boundary lines 369, 795, 855, 1180, 1264, 1636, 1643,
  2351 and 2574 were printed once more to pin them, and lines 1-369 were searched (through sed,
  limited to that range) for the end of the old docstring;
- nothing of /work/main/pyproject.toml: it was only handed to ruff as its configuration.
The previous set's question sections were never viewed: the original was copied byte for byte
into the scratch folder, sed extracted only the readable ranges 131-369, 795-855, 1180-1264,
1636-1643 and 2351-2574 from that copy, and a splicing script joined a new docstring, those
ranges and four new sections written from scratch in scratch files, so lines 370-794, 856-1179,
1265-1635 and 1644-2350 were dropped by line number; a later check confirmed each kept range
appears verbatim in this script. No git history, web or code search, router, tools, tests, other
generators or other files under /work/main were read (python --version was run, and a one-line
zoneinfo query printed the offsets of thirteen zones on the dates used before any was written
into the script; the script imports the earlier generators itself, in memory, for its duplicate
and register checks, and prints none of their text), and no JSONL was read: expected values and
conversations were reviewed from an in-memory listing of this script's items (imported as a
module), and everything else from this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers, all festivals, celebrations and
  family occasions (a Burns Night haggis host, an Oktoberfest trip from Ohio, a Thanksgiving
  turkey roaster, an aurora chaser in Tromsø, a Songkran traveller, a golden wedding party, a
  Swedish midsummer eve party, an iftar host, a family lighting Hanukkah candles, a samba school
  in Rio, a chili cook-off entrant, a spelling bee parent, a snow-day sledging parent, a Lunar
  New Year reunion dinner, a seder host, a Day of the Dead altar maker, a St Patrick's Day parade
  steward, a Hogmanay first-footer, a baby shower organiser, a line-dancing regular, an anime
  convention first-timer, a housewarming host, a quinceañera planner, a new citizen's family and
  a Holi trip to Jaipur), each register used by all three tools, six of them (Burns Night,
  Oktoberfest, Thanksgiving, aurora, Songkran, golden wedding) with two items per tool. Phrasing
  varies: questions, statements, imperatives, receipts, tallies, diary lines, briefings,
  lowercase texting, symbols (², √, !, ÷, ×, −, ^, →, °C, °F, m², km/h, mph) and written-out
  units; pounds, euros, US dollars, kronor, kroner, baht, reais, Hong Kong dollars, pesos, yen
  and rupees; written dates with and without computed weekdays, clock times, and offsets
  (-07:00, -04:00, +00:00, +01:00, +02:00, +05:30, +07:00, +09:00).
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals and thousands kept as strings and read with
  dec() or numeral()): Fraction and Decimal for money and quantities (money() asserts whole
  pence, cents or satang, whole_up() for whole packs and boxes), exact unit definitions for
  conversions (from the set-up: inch, foot, yard, mile, avoirdupois pound and ounce, acre, square
  feet, psi, MiB and GiB, km/h and mph, Celsius/Fahrenheit; added here: centimetre, kilometre,
  hectare, gram, the international nautical mile, kWh and MJ, kPa), graded exactly when the
  result has at most three decimals and at 0.1% otherwise (unit_auto choosing, unit_r asserting
  that an answer rounded to two decimals still passes), and date arithmetic for weekdays, spans,
  inclusive day counts, nights, whole weeks, ages, nth and last weekdays, day of the year, counts
  of chosen weekdays (count_days), clock intervals, and flights whose offsets come from the IANA
  rules (zoneinfo, loaded through importlib so the set-up is unchanged): each offset a positive
  states is interpolated from the zone's rule at that local time and also asserted to equal the
  offset expected for that place and season (summer time included: Ohio -04:00 and Munich +02:00
  in September, Los Angeles -07:00 in July, London +01:00 on 11 April 2028 and +00:00 in January
  and on 9 March 2028 before the clocks change, Tromsø +01:00 in January; Bangkok, Delhi and
  Tokyo have no summer time). Weekdays written next to dates come from the computed date (sayw).
  No contested unit words (ton, gallon, cup, pint, barrel, stone, calorie, a month as a length)
  appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (Assyria and Songhai, sinkholes and
  sandstorms, OCaml and Prolog, shoegaze and jazz fusion verdicts, pangolins and platypuses,
  wedding vows and author bios, carpool and group-gift tact, the Ship of Theseus and promises,
  false friends and idiom translation, kneading and caramelising), 65 near-negatives shaped like
  positives but needing the model (numbers inside titles; HTTP, fault, E-number, appliance, tyre,
  ISBN and IP identifiers; ballpark guesses with nothing given; why a rule of arithmetic or
  geometry holds; what a stated reading means; whether something is worth the money; numeric
  facts nobody stated; notation and made-up operators to interpret; riddles and sequence puzzles;
  dates and durations from history that are not given), and 35 conversations whose last turn asks
  for writing after a sum, for advice while the figures are still missing, for a verdict on a
  result, for the method, reason or history behind an answer, about works whose titles contain
  numbers, or for plans after a time or distance was worked out; none ends in a plain exact
  question, and the figures in the assistant turns are computed in code too. Symbolic algebra was
  kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 125, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration),
the comparison with earlier_registers.txt above, and a check with ast that no function assigns a
local that shadows a module-level name or builtin (none) and that no module-level name is bound
twice (only the set-up's sys.dont_write_bytecode attribute was reported, a false hit). Before the
first run a review of the draft changed one conversation's ferry (a Santander crossing is far
longer than the time given; it is now Portsmouth to Cherbourg) and one turkey item that typed a
count as a word next to its figure. The first run passed every check up to the duplicate check,
which flagged 14 items matching earlier sets word for word: two plain calculator questions (a
square root and a division of a million), two plain datetime questions (the weekday of a date
and a clock interval), two plain unit conversions (miles to kilometres, acres to hectares), two
opening turns of method conversations (a percentage and a Celsius conversion), the opening turn of
a conversation about a novel, two history-date near-negatives (the Titanic's weekday, Mozart's
age), a facts-not-given near-negative (the Burj Khalifa's height), a sequence riddle and a
why-arithmetic question about 0.999 recurring. All were reworded or given new figures, and the
next run passed every check; a review of the listing then had the ferry's assistant turn give
the arrival by both UK and French clocks. Ruff check then reported 24 ISC004 implicit
concatenations in the negatives' tuples and conversations, fixed with ruff's own parenthesising
fix (--fix --unsafe-fixes, which only adds parentheses); after ruff format nine lines were 100 to
102 characters long (ruff allows 100) and were rewrapped by hand; one of them, a wedding-vow
request, was joined again by ruff format, so it was shortened in wording. Ruff check and ruff
format are clean, no line exceeds 99 characters, and the script was re-run with all checks
passing. The scratch folder (the unread copy of the original, the extracted ranges, the section
drafts and the review scripts) was then deleted.

Run: /work/main/.venv/bin/python make_heldout_126.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-08.jsonl"
PREFIX = "ho126-"
# earlier generators: sets 1-125 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 126))
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


def money(x):
    """An amount of money, asserted to be a whole number of pence, cents or satang."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def cash(x):
    """A whole-cent amount written with two decimals and thousands separators."""
    x = money(x)
    return format(Decimal(x.numerator) / Decimal(x.denominator), ",.2f")


def numeral(s):
    """A figure as written in a question (thousands separators allowed) as a Fraction."""
    return dec(s.replace(",", ""))


assert cash(dec("1597.5")) == "1,597.50" and cash(3) == "3.00" and numeral("3,860") == 3860


def _calc_plain():
    share, whole = "47.5", "3,860"
    calc(P, f"What is {share}% of {whole}?", pct(share) * numeral(whole))
    top, bottom = "7,384", 16
    calc(P, f"Divide {top} by {bottom}.", numeral(top) / bottom)
    big, small = 23, 17
    calc(P, f"{big}² − {small}² = ?", big**2 - small**2)
    cube = "42,875"
    root = round(float(numeral(cube)) ** (1 / 3))
    assert root**3 == numeral(cube)
    calc(P, f"cube root of {cube} please", root)
    calc(P, "Give 3/5 + 7/20 as a decimal.", F(3, 5) + F(7, 20))
    power, minus = 13, 1000
    calc(P, f"Calculate 2^{power} − {minus}.", 2**power - minus)
    marks = (14, 29, 33, 41, 58)
    listed = ", ".join(str(m) for m in marks[:-1]) + f" and {marks[-1]}"
    calc(P, f"Mean of {listed}?", F(sum(marks), len(marks)))
    hi, lo = 6, 4
    calc(P, f"What does {hi}! ÷ {lo}! come to?", F(math.factorial(hi), math.factorial(lo)))
    rise, after = 15, 276
    calc(
        P,
        f"After a {rise}% rise something costs {after}. What did it cost before the rise?",
        F(after) / (1 + pct(rise)),
    )
    a, b, c = 128, 37, 14
    calc(P, f"Work out ({a} − {b}) × {c}.", (a - b) * c)
    square = "6,889"
    side = math.isqrt(int(numeral(square)))
    assert side * side == numeral(square)
    calc(P, f"√{square} = ?", side)
    x, y = "0.35", "0.8"
    calc(P, f"{x} × {y}", dec(x) * dec(y))
    old, new = 640, 752
    calc(P, f"Percentage change going from {old} to {new}?", F(new - old, old) * 100)
    millions, parts = "3,000,000", 64
    calc(P, f"What's {millions} divided by {parts}?", numeral(millions) / parts)


_calc_plain()

BURNS = "burns_night_haggis_host"
OKTO = "oktoberfest_trip_from_ohio"
TURKEY = "thanksgiving_turkey_roaster"
AURORA = "aurora_chaser_in_tromso"
SONGKRAN = "songkran_water_festival_traveller"
GOLDEN = "golden_wedding_anniversary_party"
MIDSUMMER = "midsummer_eve_party_in_sweden"
IFTAR = "iftar_dinner_host"
HANUKKAH = "hanukkah_candle_lighting_family"
SAMBA = "samba_school_parade_in_rio"
CHILI = "chili_cook_off_entrant"
SPELLING = "spelling_bee_coach_parent"
SLEDGING = "sledging_snow_day_parent"
LUNAR = "lunar_new_year_reunion_dinner"
SEDER = "passover_seder_host"
OFRENDA = "day_of_the_dead_altar_maker"
PADDY = "st_patricks_day_parade_steward"
HOGMANAY = "hogmanay_first_footer"
SHOWER = "baby_shower_organiser"
LINE_DANCE = "line_dancing_class_regular"
ANIME = "anime_convention_first_timer"
HOUSEWARMING = "housewarming_party_host"
QUINCE = "quinceanera_planner"
CITIZEN = "new_citizen_ceremony_family"
HOLI = "holi_colour_festival_in_jaipur"


def _calc_registers():
    guests, grams, per_kilo = 14, 150, "11.40"
    calc(
        BURNS,
        f"Burns supper for {guests}: the butcher sells haggis at £{per_kilo} a kilo and I'm "
        f"allowing {grams} g a head. What will the haggis cost me?",
        money(guests * F(grams, 1000) * dec(per_kilo)),
    )
    band, hall, tickets = "450", "96.50", 25
    calc(
        BURNS,
        f"Ceilidh band £{band}, hall hire £{hall}, split evenly across {tickets} tickets. "
        "What does each ticket have to cover?",
        money((dec(band) + dec(hall)) / tickets),
    )
    mass, people, rounds, chicken = "15.80", 6, 3, "21.50"
    calc(
        OKTO,
        f"ok so a Maß is €{mass}, there's {people} of us doing {rounds} rounds each, plus a half "
        f"chicken each at €{chicken}. how much for the whole table??",
        money(dec(mass) * people * rounds + dec(chicken) * people),
    )
    euros, rate = 260, "1.085"
    calc(
        OKTO,
        f"Statement check: the bank converted €{euros} at {rate} dollars per euro. "
        "How many dollars should the statement show?",
        money(euros * dec(rate)),
    )
    bird_lb, per_lb, sides, homes = 14, "2.39", "38.50", 4
    calc(
        TURKEY,
        f"The {bird_lb} lb turkey was ${per_lb} a pound and the sides came to ${sides}. "
        f"{homes} households are sharing the cost equally - what's each share?",
        money((bird_lb * dec(per_lb) + dec(sides)) / homes),
    )
    salt_parts, water_parts, water_kg = 1, 16, "7.2"
    calc(
        TURKEY,
        f"Brine is {salt_parts} part salt to {water_parts} parts water by weight and I have "
        f"{water_kg} kg of water in the cooler box. How many grams of salt go in?",
        dec(water_kg) * 1000 * salt_parts / water_parts,
    )
    tour, suit, chasers, deposit = "1,590", 250, 3, 15
    calc(
        AURORA,
        f"Northern lights bus tour: NOK {tour} per person plus NOK {suit} each for thermal "
        f"suit hire, {chasers} of us. They want a {deposit}% deposit. How much is the deposit?",
        money((numeral(tour) + suit) * chasers * pct(deposit)),
    )
    nights, seen = 8, 3
    calc(
        AURORA,
        f"Trip diary: out hunting on {nights} nights, aurora seen on {seen} of them. "
        "What percentage of nights was that?",
        F(seen, nights) * 100,
    )
    per_night, stay, vat = 780, 6, 7
    calc(
        SONGKRAN,
        f"Guesthouse in Chiang Mai is {per_night} baht a night for {stay} nights, plus {vat}% "
        "VAT on top. Total in baht?",
        money(per_night * stay * (1 + pct(vat))),
    )
    pounds, baht_rate, spent = 250, "43.6", "7,850"
    calc(
        SONGKRAN,
        f"Changed £{pounds} at {baht_rate} baht to the pound and I've spent {spent} baht so far. "
        "How many baht are left?",
        pounds * dec(baht_rate) - numeral(spent),
    )
    cake, per_head, diners, venue = "185", "23.75", 46, "320"
    calc(
        GOLDEN,
        f"Costs for Mum and Dad's golden wedding do: cake £{cake}, buffet £{per_head} a head "
        f"for {diners} guests, venue £{venue}. Grand total?",
        money(dec(cake) + dec(per_head) * diners + dec(venue)),
    )
    gift, siblings = 630, 6
    calc(
        GOLDEN,
        f"The {siblings} of us are chipping in for a £{gift} gift, but Auntie Jean insists on "
        "paying a double share on top of ours. What is one single share?",
        money(F(gift, siblings + 2)),
    )
    box_price, box_g, need_kg = "49.90", 500, "3.5"
    boxes = dec(need_kg) * 1000 / box_g
    assert boxes.denominator == 1
    calc(
        MIDSUMMER,
        f"Jordgubbar for midsommar: SEK {box_price} per {box_g} g box and we need {need_kg} kg. "
        "What will the strawberries cost?",
        money(boxes * dec(box_price)),
    )
    family, each, evenings, per_pack = 5, 3, 30, 40
    calc(
        IFTAR,
        f"We open the fast with {each} dates each, {family} of us, for {evenings} evenings. "
        f"Dates come in packs of {per_pack}. How many packs should I buy?",
        whole_up(F(family * each * evenings, per_pack)),
    )
    first, nights_lit = 1, 8
    candles = sum(first + k + 1 for k in range(nights_lit))  # the night's candles + shamash
    calc(
        HANUKKAH,
        f"We light {first} candle on the first night and one more on each night after, plus "
        f"the shamash every night, for {nights_lit} nights. How many candles do we need?",
        candles,
    )
    dancers, costume, covered = 120, "1,450", 35
    calc(
        SAMBA,
        f"Our ala has {dancers} dancers, each costume is R$ {costume} and the escola covers "
        f"{covered}% of it. How much do the dancers pay between them?",
        money(dancers * numeral(costume) * (1 - pct(covered))),
    )
    scores = ("8.5", "9", "7.5", "9.5", "8")
    kept = sorted(dec(s) for s in scores)[1:-1]
    calc(
        CHILI,
        f"Judges' scores for my chili: {', '.join(scores)}. The rules drop the highest and "
        "the lowest and average what's left. My score?",
        sum(kept) / len(kept),
    )
    word_list, known, sessions = "1,150", 310, 12
    calc(
        SPELLING,
        f"The study list has {word_list} words, she can already spell {known}, and there are "
        f"{sessions} practice days left. How many new words per day?",
        (numeral(word_list) - known) / sessions,
    )
    kids, choc, adults, coffee = 7, "3.20", 2, "2.85"
    calc(
        SLEDGING,
        f"After sledging: {kids} hot chocolates at £{choc} and {adults} coffees at £{coffee}. "
        "What's the café bill?",
        money(kids * dec(choc) + adults * dec(coffee)),
    )
    young, small_packet, elders, big_packet = 8, 288, 2, 888
    calc(
        LUNAR,
        f"Lai see for the reunion dinner: {young} nieces and nephews get HK${small_packet} each "
        f"and the {elders} grandparents get HK${big_packet} each. Total to withdraw?",
        young * small_packet + elders * big_packet,
    )
    seder_guests, sheets, seders, box = 17, 3, 2, 14
    calc(
        SEDER,
        f"{seder_guests} at the table for both seders ({seders} nights), allowing {sheets} "
        f"sheets of matzah per person per night, and a box holds {box} sheets. Boxes needed?",
        whole_up(F(seder_guests * sheets * seders, box)),
    )
    bunches, bunch_price, off = 24, 65, 10
    calc(
        OFRENDA,
        f"Cempasúchil for the ofrenda: {bunches} bunches at MX${bunch_price} each, with {off}% "
        "off for buying twenty or more. What do I pay?",
        money(bunches * bunch_price * (1 - pct(off))),
    )
    printed, unit_cost, sold, sale_price = "2,400", "0.37", "1,860", 2
    calc(
        PADDY,
        f"Parade programmes: {printed} printed at €{unit_cost} each, {sold} sold at "
        f"€{sale_price}. Profit?",
        money(numeral(sold) * sale_price - numeral(printed) * dec(unit_cost)),
    )
    houses, pieces, per_pack_sb, pack_price = 10, 4, 12, "2.75"
    calc(
        HOGMANAY,
        f"First-footing round: {houses} houses, {pieces} pieces of shortbread for each, packs "
        f"of {per_pack_sb} at £{pack_price}. Cost if I only buy whole packs?",
        money(whole_up(F(houses * pieces, per_pack_sb)) * dec(pack_price)),
    )
    balloons, balloon_price, shower_cake, friends = 60, "0.35", "42", 5
    calc(
        SHOWER,
        f"Shower kitty: {balloons} balloons at £{balloon_price}, cake £{shower_cake}, split "
        f"between {friends} of us. Each?",
        money((balloons * dec(balloon_price) + dec(shower_cake)) / friends),
    )
    block_price, block_size, drop_in, attended = "48", 10, "5.50", 9
    calc(
        LINE_DANCE,
        f"I bought a block of {block_size} classes for £{block_price} but only went to "
        f"{attended}. Drop-in is £{drop_in}. How much did the block save me, if anything?",
        money(attended * dec(drop_in) - dec(block_price)),
    )
    day_pass, con_days, weekend = "3,800", 3, "9,900"
    calc(
        ANIME,
        f"Day pass ¥{day_pass}, I'm going all {con_days} days, or a weekend pass for "
        f"¥{weekend}. How many yen does the weekend pass save?",
        numeral(day_pass) * con_days - numeral(weekend),
    )
    crisps, crisp_price, fizz, fizz_price, pizza = 4, "1.85", 3, "7.49", "32.60"
    calc(
        HOUSEWARMING,
        f"receipt tally: {crisps} bags of crisps @ £{crisp_price}, {fizz} bottles of fizz @ "
        f"£{fizz_price}, pizza delivery £{pizza}. total?",
        money(crisps * dec(crisp_price) + fizz * dec(fizz_price) + dec(pizza)),
    )
    damas, dress, chambelanes, suit_hire = 7, 85, 7, 120
    calc(
        QUINCE,
        f"Court outfits: {damas} damas at ${dress} each and {chambelanes} chambelanes at "
        f"${suit_hire} each. What's the outfit budget?",
        damas * dress + chambelanes * suit_hire,
    )
    application, ceremony, test_fee, applicants = "1,630", 130, 50, 2
    calc(
        CITIZEN,
        f"Paperwork costs per person: application £{application}, ceremony £{ceremony}, "
        f"test £{test_fee}. There are {applicants} of us. Total?",
        (numeral(application) + ceremony + test_fee) * applicants,
    )
    packets, gulal, squirters, pichkari = 25, 60, 4, 349
    calc(
        HOLI,
        f"Holi shopping: {packets} packets of gulal at ₹{gulal} and {squirters} pichkaris at "
        f"₹{pichkari} for the kids. How many rupees?",
        packets * gulal + squirters * pichkari,
    )


_calc_registers()

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
HECTARE = F(10**4)  # m^2
GRAM = F(1, 1000)  # kg
NMI = F(1852)  # m, the international nautical mile
KWH = F(3600000)  # J
MJ = F(10**6)  # J
KPA = F(1000)  # Pa

assert 100 * HECTARE / ACRE > 247 and KWH / MJ == dec("3.6")


def unit_auto(family, query, value):
    """Exact when the result has at most three decimals, else graded at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _units_plain():
    miles = 73
    unit_auto(P, f"Convert {miles} miles into kilometres.", miles * MI / KM)
    feet = 250
    unit_auto(P, f"How many metres is {feet} feet?", feet * FT)
    fever = "37.4"
    unit_auto(P, f"{fever} °C in Fahrenheit?", c_to_f(dec(fever)))
    tall_ft, tall_in = 6, 3
    unit_auto(
        P, f"{tall_ft} ft {tall_in} in — what's that in cm?", (tall_ft * FT + tall_in * IN) / CM
    )
    kilos = "12.5"
    unit_auto(P, f"Change {kilos} kg into pounds.", dec(kilos) / LB)
    floor = 450
    unit_auto(P, f"{floor} square metres expressed in square feet", floor / SQFT)
    acres = 40
    unit_auto(P, f"A {acres}-acre farm is how many hectares?", acres * ACRE / HECTARE)
    kmh = 90
    unit_auto(P, f"{kmh} km/h is how many mph?", kmh * KMH / MPH)
    gib = 3
    unit_auto(P, f"{gib} GiB = ? MiB", gib * GIB / MIB)
    tyre = 32
    unit_auto(P, f"Convert a pressure of {tyre} psi to kPa.", tyre * PSI / KPA)
    sea = "1,500"
    unit_auto(P, f"{sea} nautical miles in kilometres", numeral(sea) * NMI / KM)
    frost = -18
    unit_auto(P, f"What is {frost} °F on the Celsius scale?", f_to_c(frost))
    ounces = 8
    unit_auto(P, f"Grams in {ounces} oz (avoirdupois)?", ounces * OZ / GRAM)
    energy = 45
    unit_auto(P, f"Express {energy} kWh in megajoules.", energy * KWH / MJ)


_units_plain()


def _units_registers():
    haggis_lb = 3
    unit_auto(
        BURNS,
        f"The recipe card says a {haggis_lb} lb haggis. My scales only do metric - how many kg?",
        haggis_lb * LB,
    )
    piped = 40
    unit_auto(
        BURNS,
        f"The piper leads the haggis about {piped} yards round the hall. How far is that in "
        "metres?",
        piped * YD,
    )
    munich_c = 17
    unit_auto(
        OKTO,
        f"Forecast for Munich says {munich_c} °C. What's that in Fahrenheit for the folks back "
        "in Dayton?",
        c_to_f(munich_c),
    )
    flight_mi = "4,300"
    unit_auto(
        OKTO,
        f"Columbus to Munich is roughly {flight_mi} miles as the plane flies. In kilometres?",
        numeral(flight_mi) * MI / KM,
    )
    turkey_lb = 16
    unit_auto(
        TURKEY,
        f"Cousin in Leeds asks how big our bird is. It's {turkey_lb} lb - what's that in kilos?",
        turkey_lb * LB,
    )
    oven_f = 325
    unit_auto(
        TURKEY,
        f"US recipe: roast at {oven_f} °F. Setting for my Celsius oven?",
        f_to_c(oven_f),
    )
    cold_c = -22
    unit_auto(
        AURORA,
        f"It hit {cold_c} °C out on the fjord last night. Tell my dad in Texas in Fahrenheit.",
        c_to_f(cold_c),
    )
    drive_km = 74
    unit_auto(
        AURORA,
        f"The guide drove us {drive_km} km inland to get clear skies. Miles?",
        drive_km * KM / MI,
    )
    hot_c = 34
    unit_auto(
        SONGKRAN,
        f"Bangkok will be {hot_c} °C for the water fights. Fahrenheit please.",
        c_to_f(hot_c),
    )
    train_km = 685
    unit_auto(
        SONGKRAN,
        f"The sleeper train to Chiang Mai covers about {train_km} km. How many miles is that?",
        train_km * KM / MI,
    )
    cake_cm = 30
    unit_auto(
        GOLDEN,
        f"The bottom tier of the anniversary cake is {cake_cm} cm across. In inches?",
        cake_cm * CM / IN,
    )
    floor_l, floor_w = 24, 16
    unit_auto(
        GOLDEN,
        f"The hire firm's dance floor is {floor_l} ft by {floor_w} ft. How many square metres?",
        floor_l * floor_w * SQFT,
    )
    pole_m = "6.5"
    unit_auto(
        MIDSUMMER,
        f"Our midsommarstång stands {pole_m} m tall. How tall in feet?",
        dec(pole_m) / FT,
    )
    lentils_kg = "2.4"
    unit_auto(
        IFTAR,
        f"The shorba recipe serves the whole street with {lentils_kg} kg of lentils. What is "
        "that in pounds?",
        dec(lentils_kg) / LB,
    )
    oil_c = 180
    unit_auto(
        HANUKKAH,
        f"Latkes fry best at about {oil_c} °C. My thermometer reads Fahrenheit - what number?",
        c_to_f(oil_c),
    )
    avenue_m = 700
    unit_auto(
        SAMBA,
        f"The parade avenue is about {avenue_m} m long. How many yards is that?",
        avenue_m / YD,
    )
    beef_lb = 5
    unit_auto(
        CHILI,
        f"Cook-off rules cap meat at {beef_lb} lb per pot. How many grams is that?",
        beef_lb * LB / GRAM,
    )
    hall_ft = 95
    unit_auto(
        SPELLING,
        f"From the stage to the back row of the school hall is {hall_ft} ft. In metres?",
        hall_ft * FT,
    )
    sled_kmh = 25
    unit_auto(
        SLEDGING,
        f"Dad's app clocked the toboggan at {sled_kmh} km/h. What's that in mph?",
        sled_kmh * KMH / MPH,
    )
    flour_kg = "1.5"
    unit_auto(
        LUNAR,
        f"Grandma's jiaozi dough uses {flour_kg} kg of flour. How many ounces is that?",
        dec(flour_kg) / OZ,
    )
    brisket_lb = "4.5"
    unit_auto(
        SEDER,
        f"My mother's brisket recipe calls for a {brisket_lb} lb brisket. Kilograms?",
        dec(brisket_lb) * LB,
    )
    altar_m = "1.2"
    unit_auto(
        OFRENDA,
        f"The ofrenda table is {altar_m} m tall. Inches, for the US cousins?",
        dec(altar_m) / IN,
    )
    route_km = "2.6"
    unit_auto(
        PADDY,
        f"Stewards' briefing: the route is {route_km} km. Give it in feet for the US band.",
        dec(route_km) * KM / FT,
    )
    night_c = -3
    unit_auto(
        HOGMANAY,
        f"{night_c} °C at the bells on Princes Street. Convert to °F.",
        c_to_f(night_c),
    )
    baby_kg = "3.4"
    unit_auto(
        SHOWER,
        f"The scan estimate says {baby_kg} kg at birth. Nana wants it in pounds.",
        dec(baby_kg) / LB,
    )
    hall_l, hall_w = 40, 25
    unit_auto(
        LINE_DANCE,
        f"The village hall floor is {hall_l} ft by {hall_w} ft. Area in square metres?",
        hall_l * hall_w * SQFT,
    )
    expo_m2 = "12,000"
    unit_auto(
        ANIME,
        f"The con's exhibit hall is {expo_m2} m². What is that in square feet?",
        numeral(expo_m2) / SQFT,
    )
    flat_m2 = 68
    unit_auto(
        HOUSEWARMING,
        f"New flat is {flat_m2} square metres - what's that in square feet?",
        flat_m2 / SQFT,
    )
    train_yd = "2.5"
    unit_auto(
        QUINCE,
        f"The dress pattern needs {train_yd} yards of tulle for the train. Metres?",
        dec(train_yd) * YD,
    )
    walk_mi = "4.5"
    unit_auto(
        CITIZEN,
        f"Grandpa walked {walk_mi} miles to the town hall for the ceremony. In km?",
        dec(walk_mi) * MI / KM,
    )
    powder_kg = "3.5"
    unit_auto(
        HOLI,
        f"We bought {powder_kg} kg of coloured powder in total. How many pounds?",
        dec(powder_kg) / LB,
    )


_units_registers()

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


def offset_of(zone, when, expected):
    """The offset of an IANA zone at a local wall-clock time, written +hh:mm; it must equal
    the offset expected for that place and season."""
    mins = int(when.replace(tzinfo=ZoneInfo(zone)).utcoffset().total_seconds()) // 60
    sign = "+" if mins >= 0 else "-"
    text = f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    assert text == expected, (zone, when, text)
    return text


def span_minutes(dep, dep_zone, arr, arr_zone):
    """Minutes between two local wall-clock times in two zones."""
    a = dep.replace(tzinfo=ZoneInfo(dep_zone))
    b = arr.replace(tzinfo=ZoneInfo(arr_zone))
    return int((b - a).total_seconds()) // 60


def count_days(first, last, wanted):
    """How many dates from first to last, both included, fall on one of the wanted weekdays."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(k)).weekday() in wanted)


def hhmm(t):
    return t.strftime("%H:%M")


assert count_days(D(2030, 3, 4), D(2030, 3, 10), {SAT, SUN}) == 2
assert span_minutes(DT(2030, 1, 1, 12), "Europe/London", DT(2030, 1, 1, 13), "Europe/Paris") == 0


def _dates_plain():
    valentine = D(2029, 2, 14)
    date_item(
        P, f"Valentine's Day 2029 ({say(valentine)}) lands on which weekday?", weekday(valentine)
    )
    start, end = D(2028, 3, 3), D(2028, 11, 19)
    date_item(P, f"How many days are there from {say(start)} to {say(end)}?", days(start, end))
    base, ahead = D(2027, 7, 15), 100
    date_item(P, f"Which date is {ahead} days after {say(base)}?", base + TD(ahead))
    date_item(P, "Date of the third Wednesday in October 2028?", nth_weekday(2028, 10, WED, 3))
    w1, w2 = D(2028, 1, 6), D(2028, 3, 30)
    date_item(P, f"How many weeks lie between {say(w1)} and {say(w2)}?", weeks(w1, w2))
    born, on = D(1991, 9, 22), D(2028, 5, 1)
    date_item(P, f"Born {say(born)}: how old on {say(on)}?", age(born, on))
    end_date, back = D(2027, 12, 4), 9
    date_item(
        P, f"What is the date {back} weeks before {say(end_date)}?", end_date - TD(weeks=back)
    )
    late, early = "21:50", "06:05"
    date_item(
        P, f"Minutes from {late} until {early} the following morning?", clock_span(late, early, 60)
    )
    date_item(P, "last Friday of June 2029 - what date?", nth_weekday(2029, 6, FRI, -1))
    doy = D(2028, 8, 9)
    date_item(
        P,
        f"Counting 1 January as day 1, which day of the year is {say(doy)}?",
        days(D(doy.year, 1, 1), doy) + 1,
    )
    c1, c2 = D(2028, 4, 10), D(2028, 6, 2)
    date_item(P, f"{say(c1)} to {say(c2)}, both days counted: how many days?", days(c1, c2) + 1)
    halloween = D(2030, 10, 31)
    date_item(P, f"{say(halloween)} is which weekday?", weekday(halloween))
    launch, thousand = D(2026, 5, 12), 1000
    date_item(P, f"Give the date {thousand:,} days on from {say(launch)}.", launch + TD(thousand))
    date_item(
        P,
        "How many Saturdays are there in September 2029?",
        count_days(D(2029, 9, 1), D(2029, 9, 30), {SAT}),
    )


_dates_plain()


def _dates_registers():
    burns_night = D(2028, 1, 25)
    date_item(
        BURNS,
        f"Burns Night is always 25 January. Which day of the week is it in {burns_night.year}?",
        weekday(burns_night),
    )
    on_sale = D(2027, 11, 3)
    date_item(
        BURNS,
        f"Tickets for the supper went on sale on {say(on_sale)}. How many days before the "
        f"supper on {say(burns_night)} was that?",
        days(on_sale, burns_night),
    )
    leave, land = DT(2027, 9, 17, 17, 55), DT(2027, 9, 18, 10, 40)
    cmh = offset_of("America/New_York", leave, "-04:00")
    muc = offset_of("Europe/Berlin", land, "+02:00")
    date_item(
        OKTO,
        f"Our flights: leave Columbus {hhmm(leave)} ({cmh}) on {say(leave)}, one stop, land in "
        f"Munich {hhmm(land)} ({muc}) on {say(land)}. Total travel time in minutes?",
        span_minutes(leave, "America/New_York", land, "Europe/Berlin"),
    )
    wiesn_from, wiesn_to = D(2027, 9, 18), D(2027, 10, 3)
    date_item(
        OKTO,
        f"If the Wiesn runs from {sayw(wiesn_from)} to {sayw(wiesn_to)}, how many days is that "
        "counting both ends?",
        days(wiesn_from, wiesn_to) + 1,
    )
    date_item(
        TURKEY,
        "Thanksgiving falls on the fourth Thursday of November. Which date is that in 2027?",
        nth_weekday(2027, 11, THU, 4),
    )
    feast = nth_weekday(2027, 11, THU, 4)
    bird, per_day_lb = 20, 4
    thaw = F(bird, per_day_lb)
    assert thaw.denominator == 1
    date_item(
        TURKEY,
        f"Fridge thawing takes a day for every {per_day_lb} lb. Ours is {bird} lb and has to be "
        f"thawed by the morning of {sayw(feast)}. On which date's morning does it go in?",
        feast - TD(int(thaw)),
    )
    gatwick, tos = DT(2028, 1, 20, 8, 35), DT(2028, 1, 20, 13, 20)
    lgw = offset_of("Europe/London", gatwick, "+00:00")
    tro = offset_of("Europe/Oslo", tos, "+01:00")
    date_item(
        AURORA,
        f"Gatwick dep {hhmm(gatwick)} ({lgw}), Tromsø arr {hhmm(tos)} ({tro}), both on "
        f"{say(gatwick)}. How long is the flight in minutes?",
        span_minutes(gatwick, "Europe/London", tos, "Europe/Oslo"),
    )
    dark_from, dark_to = D(2027, 11, 27), D(2028, 1, 15)
    date_item(
        AURORA,
        f"Suppose the sun stays below the horizon from {say(dark_from)} to {say(dark_to)}. "
        "How many days is that with both dates included?",
        days(dark_from, dark_to) + 1,
    )
    lhr, bkk = DT(2028, 4, 11, 21, 30), DT(2028, 4, 12, 16, 5)
    lhr_off = offset_of("Europe/London", lhr, "+01:00")
    bkk_off = offset_of("Asia/Bangkok", bkk, "+07:00")
    date_item(
        SONGKRAN,
        f"Heathrow {hhmm(lhr)} ({lhr_off}) on {say(lhr)}, arriving Suvarnabhumi {hhmm(bkk)} "
        f"({bkk_off}) on {say(bkk)}. How many minutes in the air?",
        span_minutes(lhr, "Europe/London", bkk, "Asia/Bangkok"),
    )
    arrive, depart = D(2028, 4, 9), D(2028, 4, 24)
    date_item(
        SONGKRAN,
        f"Check in {say(arrive)}, check out {say(depart)}. How many nights have I booked?",
        days(arrive, depart),
    )
    wedding = D(1980, 6, 14)
    golden = D(wedding.year + 50, wedding.month, wedding.day)
    date_item(
        GOLDEN,
        f"Mum and Dad married on {sayw(wedding)}. What weekday is their 50th anniversary?",
        weekday(golden),
    )
    grandad, party = D(1953, 2, 3), D(2030, 6, 15)
    date_item(
        GOLDEN,
        f"Grandad was born {say(grandad)}. How old will he be at the party on {say(party)}?",
        age(grandad, party),
    )
    eve = next(D(2028, 6, d) for d in range(19, 26) if D(2028, 6, d).weekday() == FRI)
    date_item(
        MIDSUMMER,
        "Midsummer Eve in Sweden is the Friday that falls between 19 and 25 June. "
        "What date is it in 2028?",
        eve,
    )
    first_fast, fasts = D(2028, 1, 27), 30
    date_item(
        IFTAR,
        f"If our first fast is on {say(first_fast)} and we keep {fasts} fasts in a row, on "
        "what date is the last one?",
        first_fast + TD(fasts - 1),
    )
    first_candle, lights = D(2028, 12, 12), 8
    date_item(
        HANUKKAH,
        f"We light the first candle on the evening of {say(first_candle)}. Which date is the "
        f"evening of the {lights}th and final night?",
        first_candle + TD(lights - 1),
    )
    gates, step_off = "22:00", "02:40"
    date_item(
        SAMBA,
        f"The Sambódromo gates open at {gates} and our escola steps off at {step_off}. How many "
        "minutes of waiting is that?",
        clock_span(gates, step_off, 60),
    )
    date_item(
        CHILI,
        "The county cook-off is on the second Saturday of October 2027. What's the date?",
        nth_weekday(2027, 10, SAT, 2),
    )
    drills, bee = D(2028, 1, 2), D(2028, 3, 11)
    date_item(
        SPELLING,
        f"We started word drills on {say(drills)} and the regional bee is on {say(bee)}. How "
        "many days of practice is that, not counting bee day?",
        days(drills, bee),
    )
    shut, reopen = D(2028, 1, 17), D(2028, 2, 4)
    date_item(
        SLEDGING,
        f"School was shut by snow every weekday (Monday to Friday) from {say(shut)} to "
        f"{say(reopen)} inclusive. How many school days were lost?",
        count_days(shut, reopen, {MON, TUE, WED, THU, FRI}),
    )
    new_year = D(2028, 1, 26)
    date_item(
        LUNAR,
        f"The reunion dinner is on the eve of Lunar New Year, which is {say(new_year)}. What "
        "weekday is the new year itself?",
        weekday(new_year),
    )
    seder, lead = D(2028, 4, 10), 18
    date_item(
        SEDER,
        f"The butcher needs orders {lead} days ahead. For a seder on {say(seder)}, what's the "
        "last date to order?",
        seder - TD(lead),
    )
    up, down = D(2027, 10, 28), D(2027, 11, 3)
    date_item(
        OFRENDA,
        f"The ofrenda goes up on {say(up)} and comes down on {say(down)}. How many nights does "
        "it stand?",
        days(up, down),
    )
    paddy = D(2028, 3, 17)
    date_item(PADDY, f"Which weekday is the parade, {say(paddy)}?", weekday(paddy))
    start_party, bells = "18:30", "00:00"
    date_item(
        HOGMANAY,
        f"Party starts at {start_party} on Hogmanay. How many minutes until the bells at "
        f"midnight ({bells})?",
        clock_span(start_party, bells, 60),
    )
    lmp, term, before = D(2027, 9, 5), 280, 6
    date_item(
        SHOWER,
        f"The due date is {term} days after {say(lmp)}, and the shower is {before} weeks before "
        "the due date. What date is the shower?",
        lmp + TD(term) - TD(weeks=before),
    )
    term_start, term_end = D(2028, 9, 7), D(2028, 12, 14)
    date_item(
        LINE_DANCE,
        f"Class is every Thursday from {say(term_start)} to {say(term_end)}, both included. How "
        "many classes is that?",
        count_days(term_start, term_end, {THU}),
    )
    lax, hnd = DT(2027, 7, 28, 11, 5), DT(2027, 7, 29, 15, 10)
    lax_off = offset_of("America/Los_Angeles", lax, "-07:00")
    hnd_off = offset_of("Asia/Tokyo", hnd, "+09:00")
    date_item(
        ANIME,
        f"LAX {hhmm(lax)} ({lax_off}) {say(lax)} → Haneda {hhmm(hnd)} ({hnd_off}) {say(hnd)}. "
        "Flight time in minutes?",
        span_minutes(lax, "America/Los_Angeles", hnd, "Asia/Tokyo"),
    )
    keys, later = D(2028, 3, 3), 5
    date_item(
        HOUSEWARMING,
        f"Got the keys on {say(keys)}; the party is {later} weeks after that. Date?",
        keys + TD(weeks=later),
    )
    quince_born = D(2013, 5, 9)
    fifteenth = D(quince_born.year + 15, quince_born.month, quince_born.day)
    date_item(
        QUINCE,
        f"My daughter was born on {say(quince_born)}. On which weekday is her fifteenth birthday?",
        weekday(fifteenth),
    )
    applied, decision = D(2027, 6, 14), 127
    date_item(
        CITIZEN,
        f"Application sent {say(applied)}; the decision letter came {decision} days later. "
        "What date was that?",
        applied + TD(decision),
    )
    man, delhi = DT(2028, 3, 9, 20, 40), DT(2028, 3, 10, 10, 40)
    man_off = offset_of("Europe/London", man, "+00:00")
    del_off = offset_of("Asia/Kolkata", delhi, "+05:30")
    date_item(
        HOLI,
        f"Manchester {hhmm(man)} ({man_off}) on {say(man)} to Delhi, landing {hhmm(delhi)} "
        f"({del_off}) on {say(delhi)}. How long is the flight in minutes?",
        span_minutes(man, "Europe/London", delhi, "Asia/Kolkata"),
    )


_dates_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "wonder-assyria-and-songhai-whys": (
        "Why did the Neo-Assyrian Empire collapse so quickly after Ashurbanipal died?",
        "What makes the library at Nineveh so important to modern historians?",
        "How did the Songhai Empire keep control of the trade routes across the Sahara?",
        "Why is Askia Muhammad remembered as a reformer rather than just a conqueror?",
        (
            "Were Assyrian mass deportations meant to integrate conquered peoples or just punish "
            "them?"
        ),
        "How did a Moroccan army with firearms bring down Songhai at Tondibi?",
        "What part did the scholars of Timbuktu play under Songhai rule?",
        "Why are Assyrian palace reliefs so obsessed with royal lion hunts?",
        "Compare how Assyria and Songhai governed provinces far from the capital.",
        "How much of what we know about Sonni Ali is history and how much is legend?",
    ),
    "wonder-sinkhole-and-sandstorm-science": (
        "Why do sinkholes seem to open up without warning in places like Florida?",
        "How does rainwater dissolve limestone into a karst landscape?",
        "What makes a haboob different from an ordinary dust storm?",
        "Can dust blown from the Sahara really fertilise the Amazon rainforest?",
        "Why does Saharan dust sometimes turn European skies orange?",
        "Are there warning signs in a house before a sinkhole opens beneath it?",
        "How do some sand dunes make that low booming or singing sound?",
        "Why are some flooded sinkholes such an intense shade of blue?",
        "What causes static electricity and even lightning inside a dust storm?",
        "How do geologists find hidden caves before the ground above them gives way?",
    ),
    "wonder-ocaml-and-prolog-critique": (
        "Is OCaml's type inference worth the learning curve for a small web backend?",
        "Why do people say Prolog is a poor fit for general-purpose programming?",
        "In plain terms, how do OCaml's functors differ from Haskell's type classes?",
        (
            "My Prolog ancestor/2 rule calls itself before parent/2 and loops forever on some "
            "queries. Why, and how should I reorder it?"
        ),
        "Should a two-person team pick OCaml or F# for writing a compiler?",
        ("What does the cut operator in Prolog actually do, and why do people call it dangerous?"),
        "Is dune pleasant to use compared with the older OCaml build tools?",
        "Why does OCaml make me write +. for floats instead of just +?",
        (
            "Is Prolog still worth using for timetabling problems, or should I reach for a "
            "constraint solver library?"
        ),
        "Why does OCaml need 'let rec' instead of allowing recursion by default?",
    ),
    "wonder-shoegaze-and-jazz-fusion-verdicts": (
        "Is My Bloody Valentine's Loveless really as groundbreaking as critics say?",
        "Which jazz fusion album should a prog rock fan start with?",
        "Has shoegaze aged better than Britpop?",
        "Was Miles Davis's electric period a betrayal of jazz or the thing that saved it?",
        "Why do some listeners find Weather Report boring?",
        "Recommend a few newer bands that carry on the shoegaze sound.",
        "Is Slowdive's comeback record better than their early albums?",
        "What makes the Mahavishnu Orchestra so divisive among jazz fans?",
        "Is it fair to call shoegaze lazy because the vocals are buried in the mix?",
        "Which makes the better night out, a fusion gig or a shoegaze gig, and why?",
    ),
    "wonder-pangolin-and-platypus-habits": (
        "Why do pangolins roll up into a ball when threatened?",
        "How does a platypus find food underwater with its eyes shut?",
        "Are pangolins more closely related to cats or to anteaters?",
        "Why does the platypus lay eggs if it's a mammal?",
        (
            "Why are pangolin scales so prized by traffickers, and is there any medical basis "
            "for it?"
        ),
        "Do platypuses really glow under ultraviolet light, and why might they?",
        "How dangerous is the venomous spur of a male platypus?",
        "Why do pangolins so often die in captivity?",
        "Why has the platypus got no stomach?",
        "What would happen to ant and termite numbers if pangolins disappeared?",
    ),
    "wonder-wedding-vows-and-author-bios": (
        "Help me write wedding vows that are funny but will still make my partner cry.",
        "Write a short third-person bio for a retired nurse who writes cosy mysteries.",
        "How long should personal wedding vows be?",
        "Make my bio less dull: I'm a civil engineer who writes poems about bridges.",
        "Suggest a closing line for our vows that mentions our dog, Biscuit.",
        "Should the author bio in my debut novel mention my day job?",
        "Make this vow sound less like a contract: I promise to share chores fairly.",
        "Draft a two-sentence bio for a conference speaker who studies wild bees.",
        "Is it tacky to read my vows off my phone?",
        "Give me three openings for wedding vows that avoid the usual clichés.",
    ),
    "wonder-carpool-and-group-gift-tact": (
        ("How do I tell a school-run carpool parent they're always late without starting a feud?"),
        (
            "A colleague never chips in for group gifts but always signs the card. Should I say "
            "something?"
        ),
        "What's a polite way to leave a carpool rota that isn't working for me?",
        (
            "A friend wants everyone to chip in for a gift I can't afford. How do I bow out "
            "gracefully?"
        ),
        "Is it rude to ask the carpool driver to turn the music down?",
        "Who should organise the group present when the boss is retiring?",
        "How should I handle a carpool where another child is unkind to mine?",
        "Should contributions to a group gift be kept anonymous?",
        "How do I remind people to pay me back for a group gift without sounding petty?",
        "Is it okay to quit a carpool because I don't trust someone's driving?",
    ),
    "wonder-theseus-ship-and-promise-puzzles": (
        "If every plank of a ship is gradually replaced, is it still the same ship?",
        "Does the Ship of Theseus puzzle tell us anything about personal identity?",
        "Is a promise made to someone who has since died still binding?",
        "If I promised to keep a secret and keeping it now hurts someone, should I break it?",
        "Is a band still the same band once none of the original members are left?",
        "Are promises extracted under pressure morally binding?",
        "If most of my cells have been replaced, am I the same person I was as a child?",
        "Is it justified to break a small promise in order to keep a bigger one?",
        (
            "What does Hobbes's twist, rebuilding a second ship from the old planks, add to the "
            "Theseus puzzle?"
        ),
        "Can a promise you make to yourself count as a real promise?",
    ),
    "wonder-false-friends-and-idiom-translation": (
        "Why doesn't the Spanish word embarazada mean embarrassed?",
        "How would you put 'it's raining cats and dogs' into natural French?",
        "What's a German idiom with no good English equivalent?",
        "Why do French speakers mix up 'actually' with their word actuellement?",
        "Is 'eventually' a false friend for Italian speakers?",
        "How should I say 'break a leg' to a Japanese friend before her recital?",
        "What does the Dutch saying 'nu komt de aap uit de mouw' mean?",
        "Why do weather idioms vary so much from one language to another?",
        "Is 'sensible' a false friend in Spanish?",
        "How do translators decide whether to keep an idiom literal or swap in a local one?",
    ),
    "wonder-kneading-and-caramelising-technique": (
        "Why does kneading bread dough develop gluten?",
        "How can I tell by hand when dough has been kneaded enough?",
        "Why do onions take so long to caramelise properly?",
        "Is it cheating to add sugar when caramelising onions?",
        "What's the difference between caramelisation and the Maillard reaction?",
        "Why did my caramel seize and turn grainy?",
        "Wet or dry method for caramel: which is more forgiving for a beginner?",
        "Does no-knead bread really work, and why?",
        "Why does a pinch of baking soda speed up caramelising onions?",
        "Can over-kneaded dough be rescued?",
    ),
}


def _ordinary_negatives():
    for family, questions in ORDINARY.items():
        assert len(questions) == 10, family
        for q in questions:
            neg(family, q)


_ordinary_negatives()


NEAR = {
    "near-numbered-titles": (
        "numbers sit inside titles; the question is about the work",
        (
            "What actually happens at the end of Catch-22?",
            "Why is the film 12 Angry Men still shown to law students?",
            "Is the war film 1917 worth watching on a small laptop screen?",
            "What's the story behind the premiere of Beethoven's 9th symphony?",
            "Summarise the plot of Fahrenheit 451 in a few sentences.",
            "Were the children in Enid Blyton's Famous Five books based on real kids?",
            "Is the 2001 remake of Ocean's 11 better than the 1960 original?",
        ),
    ),
    "near-codes-and-identifiers": (
        "identifiers that look like numbers; they need to be looked up or explained",
        (
            "What does HTTP status 429 mean, and how should my app react to it?",
            "My car's diagnostic reader shows P0420. What is it telling me?",
            "What is E621 on a crisp packet, and is it harmful?",
            "My dishwasher keeps flashing E24. What usually causes that?",
            "What does the tyre marking 225/45 R17 94W tell me?",
            "Which book has the ISBN 978-0-14-143951-8?",
            "Is 10.0.0.138 a public or a private IP address, and why?",
        ),
    ),
    "near-ballpark-without-data": (
        "a guess with no figures given; needs reasoning and assumptions",
        (
            "Roughly how many people tune pianos for a living in Chicago?",
            "About how many grains of rice are in a big supermarket bag?",
            "How many tennis balls would it take to fill a school sports hall, roughly?",
            "Ballpark: how many words does an average person say in a day?",
            "Roughly how many pet dogs live in London?",
            "About how many leaves does a mature oak tree carry in summer?",
            "Guess how many times a human heart beats over a lifetime.",
        ),
    ),
    "near-why-the-rule-holds": (
        "why an arithmetic or geometry rule is true; an explanation, not a value",
        (
            "Why does dividing by a fraction mean flipping it and multiplying?",
            "Why is any non-zero number to the power zero equal to one?",
            "Why does adding up the digits tell you if a number divides by 9?",
            "Why is division by zero left undefined instead of being called infinity?",
            "Why does pi turn up in the area of a circle?",
            "Why do a triangle's angles add to 180 degrees on paper but not on a globe?",
            "How can 0.999... with nines forever be the same number as 1? It feels wrong.",
        ),
    ),
    "near-what-the-reading-means": (
        "a stated reading whose meaning or implications are asked about",
        (
            "My home blood pressure monitor said 142/91. Should I be worried?",
            "The forecast says a 30% chance of rain. Does that mean rain for 30% of the day?",
            "My phone's battery health is down to 83%. Is it time to replace it?",
            "The UV index is 8 this afternoon. What precautions should I take?",
            "My credit score came back as 710. Is that considered good?",
            "Our energy certificate says band D, 61 points. What does that tell a buyer?",
            "The air quality index reads 155 near the school. Is outdoor play safe?",
        ),
    ),
    "near-is-it-worth-it": (
        "a value judgement about a price or a spec, not a sum",
        (
            "Is a £40 a month gym membership worth it if I only go twice a week?",
            "Is $25 for an airport lounge worth it on a three-hour layover?",
            "Is 4K worth paying extra for on a 40-inch TV watched from across the room?",
            "Is it worth paying 18% more for organic apples?",
            "Is a 120 Hz phone screen worth the hit to battery life?",
            "Is €300 on a language course worth it before a fortnight's holiday?",
        ),
    ),
    "near-facts-nobody-stated": (
        "a numeric fact the question does not give; the tools cannot know it",
        (
            "What's the height of the Shard in London, in feet?",
            "How many moons has Neptune got?",
            "What is the melting point of tungsten?",
            "How far is Mars from the Sun on average, in miles?",
            "How many bones are in an adult cat's skeleton?",
            "What was the population of Lagos at the most recent census?",
        ),
    ),
    "near-notation-to-interpret": (
        "notation or a made-up operator whose meaning has to be interpreted",
        (
            "My notes say 3 ⊗ 4 = 12 and 5 ⊗ 2 = 7. What rule could ⊗ be following?",
            "My number theory lecturer writes a|b. Does that mean divides, or something else?",
            "What does n!! mean, and how is it different from (n!)!?",
            "In my physics notes ⟨x⟩ keeps appearing. What does the angle-bracket mean?",
            "If someone writes 2^3^2, which way should it be read, and why that convention?",
            "A spreadsheet cell shows 1.2E+05. What is the E doing there?",
        ),
    ),
    "near-riddles-and-sequences": (
        "riddles and pattern puzzles that need lateral thinking",
        (
            "What comes next in the sequence 1, 4, 9, 61, 52, 63?",
            "A man pushes his car to a hotel and tells the owner he's bankrupt. Why?",
            "What has 13 hearts but no other organs?",
            "If a rooster lays an egg on a sloping roof, which way does the egg roll?",
            "I'm taken from a mine and shut up in a wooden case that I never leave. What am I?",
            "Two fathers and two sons catch three fish and each gets one. How?",
        ),
    ),
    "near-dates-from-history": (
        "date or duration questions whose dates are not given; history knowledge needed",
        (
            "On which weekday did the Titanic strike the iceberg?",
            "How many days did the Battle of Stalingrad go on for?",
            "How old was Schubert at his death?",
            "For how many years did Queen Victoria reign?",
            "On what date did people first walk on the Moon?",
            "How long did the Apollo 13 mission last from launch to splashdown?",
        ),
    ),
}


def _near_negatives():
    for family, (note, questions) in NEAR.items():
        for q in questions:
            neg(family, q, note)


_near_negatives()


def _conversations_writing():
    fam = "conv-write-it-up-after-the-sum"
    note = "the sum is done; the last turn asks for writing"
    small, small_gift, big, big_gift = 11, 8, 4, "12.50"
    total = money(small * small_gift + big * dec(big_gift))
    conv(
        fam,
        [
            (
                U,
                (
                    f"Collecting for Priya's leaving present: {small} people gave "
                    f"£{small_gift} and {big} gave £{big_gift}. What's the total?"
                ),
            ),
            (A, f"That comes to £{cash(total)}."),
            (U, "Lovely. Can you write a short, warm message for the card to go with it?"),
        ],
        note,
    )
    sat, sun = "214.60", "187.35"
    conv(
        fam,
        [
            (U, f"The bake sale took £{sat} on Saturday and £{sun} on Sunday. Total?"),
            (A, f"£{cash(dec(sat) + dec(sun))} altogether."),
            (U, "Write a cheerful thank-you for the school newsletter that mentions that amount."),
        ],
        note,
    )
    runs = ("5.2", "7.8", "12")
    conv(
        fam,
        [
            (U, f"I ran {runs[0]} km, then {runs[1]} km, then {runs[2]} km this week. Total?"),
            (A, f"{num(sum(dec(r) for r in runs))} km in total."),
            (U, "Write me a cheesy motivational post about it for the running club chat."),
        ],
        note,
    )
    diners, bill = 9, 243
    conv(
        fam,
        [
            (U, f"There are {diners} of us and the bill was €{bill}. What does each person owe?"),
            (A, f"€{num(F(bill, diners))} each."),
            (
                U,
                (
                    "Draft a friendly group-chat message asking everyone to send me their share "
                    "by Friday, without nagging."
                ),
            ),
        ],
        note,
    )
    raised, sales = "1,380", 6
    conv(
        fam,
        [
            (
                U,
                (
                    f"The garden club raised £{raised} for the hospice over {sales} plant sales. "
                    "Average per sale?"
                ),
            ),
            (A, f"£{num(numeral(raised) / sales)} per sale on average."),
            (U, "Turn that into a two-line rhyme for the noticeboard."),
        ],
        note,
    )
    books, pages = 14, 312
    conv(
        fam,
        [
            (U, f"Our book club read {books} books averaging {pages} pages. Pages altogether?"),
            (A, f"{books * pages:,} pages."),
            (
                U,
                "Write a funny award citation for Margaret, who read every single one of them.",
            ),
        ],
        note,
    )


def _conversations_missing_figures():
    fam = "conv-advice-before-the-figures"
    note = "advice asked for while the figures are still missing"
    conv(
        fam,
        [
            (U, "Should I overpay my mortgage or pay more into my pension?"),
            (
                A,
                (
                    "It depends on your mortgage rate, your tax band and whether your employer "
                    "matches contributions. Can you share those?"
                ),
            ),
            (U, "I'd rather not go into numbers. How do people usually think about this?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Is it cheaper to drive to work or take the train?"),
            (A, "I'd need the distance, fuel and parking costs, and the season ticket price."),
            (U, "I don't have any of that yet. What should I weigh apart from cost?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How much should we budget for our wedding?"),
            (A, "Roughly how many guests are you thinking of, and what sort of venue?"),
            (U, "We haven't decided anything yet. Where do couples usually overspend?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Can I afford to drop to part-time hours?"),
            (A, "Tell me your take-home pay now, what it would become, and your monthly bills."),
            (U, "Before I dig out bank statements, what questions should I ask myself first?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Would a heat pump make sense for our house?"),
            (
                A,
                (
                    "That depends a lot on insulation, radiator sizes and what you pay for "
                    "heating now. Do you know any of those?"
                ),
            ),
            (U, "No idea about the insulation. How would I even find out?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How long could my savings last if I took a career break?"),
            (A, "Happy to work it out: how much have you saved and what do you spend a month?"),
            (
                U,
                (
                    "Honestly the money worries me less than the gap on my CV. How do I "
                    "explain it to employers afterwards?"
                ),
            ),
        ],
        note,
    )


def _conversations_verdicts():
    fam = "conv-is-that-result-good"
    note = "a result has been worked out; the last turn asks for a verdict on it"
    monthly, term, upfront = 34, 36, 120
    conv(
        fam,
        [
            (
                U,
                (
                    f"Phone deal: £{monthly} a month for {term} months plus £{upfront} "
                    "upfront. Total?"
                ),
            ),
            (A, f"£{monthly * term + upfront:,} over the whole contract."),
            (
                U,
                "Is that sensible compared with buying the handset outright and going SIM-only?",
            ),
        ],
        note,
    )
    saving, months = 175, 24
    conv(
        fam,
        [
            (U, f"If I put aside £{saving} a month, how much after {months} months?"),
            (A, f"£{saving * months:,}."),
            (U, "Is that a realistic emergency fund for someone renting on their own?"),
        ],
        note,
    )
    before, after = (58, 40), (54, 10)
    gain = (before[0] * 60 + before[1]) - (after[0] * 60 + after[1])
    conv(
        fam,
        [
            (
                U,
                (
                    f"My 10k time went from {before[0]}:{before[1]:02d} to "
                    f"{after[0]}:{after[1]:02d}. How many seconds faster is that?"
                ),
            ),
            (A, f"{gain} seconds faster."),
            (U, "Is that decent progress for a beginner in their forties over one season?"),
        ],
        note,
    )
    quote, area = "6,840", 38
    conv(
        fam,
        [
            (U, f"Quote for fitted oak flooring is £{quote} for {area} m². Per square metre?"),
            (A, f"£{num(numeral(quote) / area)} per square metre."),
            (U, "Does that sound fair, or am I being taken for a ride?"),
        ],
        note,
    )
    old_use, new_use = "3,120", "2,650"
    drop = (numeral(old_use) - numeral(new_use)) / numeral(old_use) * 100
    conv(
        fam,
        [
            (
                U,
                (
                    f"Our electricity use went from {old_use} kWh to {new_use} kWh a year. "
                    "Percentage drop?"
                ),
            ),
            (A, f"About {float(drop):.1f}%."),
            (
                U,
                (
                    "Is that a good result for new bulbs and a new fridge, or should we have "
                    "saved more?"
                ),
            ),
        ],
        note,
    )
    read, goal = 23, 30
    conv(
        fam,
        [
            (U, f"I read {read} books against a goal of {goal}. What percentage is that?"),
            (A, f"About {float(F(read, goal) * 100):.1f}% of your goal."),
            (U, "Should I feel bad about missing it, or are reading goals a bit silly anyway?"),
        ],
        note,
    )


def _conversations_methods():
    fam = "conv-how-and-why-behind-it"
    note = "after an answer, the last turn asks for the method, reason or history behind it"
    share, base = 15, 260
    conv(
        fam,
        [
            (U, f"Quick one: {share}% of {base}?"),
            (A, f"{num(pct(share) * base)}."),
            (U, "How do you do percentages like that in your head so quickly?"),
        ],
        note,
    )
    spring, summer = D(2029, 3, 1), D(2029, 6, 30)
    conv(
        fam,
        [
            (U, f"How many days from {say(spring)} to {say(summer)}?"),
            (A, f"{days(spring, summer)} days."),
            (U, "Why do the months have such uneven lengths in the first place?"),
        ],
        note,
    )
    x, y = 48, 25
    conv(
        fam,
        [
            (U, f"{x} times {y}?"),
            (A, f"{x * y:,}."),
            (U, "Is there a trick for multiplying by 25, and why does it work?"),
        ],
        note,
    )
    warm = 35
    conv(
        fam,
        [
            (U, f"Convert {warm} °C to Fahrenheit, please."),
            (A, f"{num(c_to_f(warm))} °F."),
            (U, "Why did the United States keep Fahrenheit when most countries switched?"),
        ],
        note,
    )
    sq = 144
    conv(
        fam,
        [
            (U, f"Square root of {sq}?"),
            (A, f"{math.isqrt(sq)}."),
            (U, "How did people work out square roots before there were calculators?"),
        ],
        note,
    )
    hours = "3.75"
    conv(
        fam,
        [
            (U, f"How many minutes is {hours} hours?"),
            (A, f"{num(dec(hours) * 60)} minutes."),
            (U, "Why do we still split an hour into 60 minutes rather than 100?"),
        ],
        note,
    )


def _conversations_titles():
    fam = "conv-works-with-numbers-in-the-title"
    note = "talk about books, films and music whose titles contain numbers"
    conv(
        fam,
        [
            (U, "Which is the better novel, Nineteen Eighty-Four or Brave New World?"),
            (
                A,
                (
                    "They warn about different things: one about surveillance and fear, the other "
                    "about comfort and distraction. Which worries you more?"
                ),
            ),
            (U, "Comfort, probably. How does Fahrenheit 451 fit alongside those two?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I finally watched 2001: A Space Odyssey."),
            (A, "What did you make of it?"),
            (U, "The ending lost me. What is the star child supposed to mean?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Recommend me something like The 39 Steps."),
            (
                A,
                "Try Rogue Male by Geoffrey Household, or Eric Ambler's The Mask of Dimitrios.",
            ),
            (U, "Thanks. Is Hitchcock's 1935 film of The 39 Steps better than the book?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Our choir is singing Psalm 23 at a funeral next month."),
            (A, "A lovely choice. Which setting are you using?"),
            (U, "Howard Goodall's. Why is Psalm 23 chosen so often for funerals?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Halfway through One Hundred Years of Solitude at last."),
            (A, "How are you finding it so far?"),
            (U, "I keep mixing up all the Aurelianos. Any tips for keeping them straight?"),
        ],
        note,
    )


def _conversations_plans():
    fam = "conv-plans-once-timed"
    note = "a time or distance was worked out; the last turn asks for plans or suggestions"
    land, onward = "01:40", "09:15"
    gap = clock_span(land, onward, 60)
    conv(
        fam,
        [
            (U, f"My layover in Doha runs from {land} to {onward}. How long is that?"),
            (A, f"{gap // 60} hours {gap % 60} minutes."),
            (U, "Is that enough to leave the airport and see something, or should I stay put?"),
        ],
        note,
    )
    distance, speed = 465, 93
    conv(
        fam,
        [
            (U, f"Paris to Lyon is about {distance} km and we average {speed} km/h. How long?"),
            (A, f"About {num(F(distance, speed))} hours of driving."),
            (U, "Where's a nice place to stop for lunch halfway with two kids?"),
        ],
        note,
    )
    walk_km, pace = 6, "4.8"
    walk_min = F(walk_km) / dec(pace) * 60
    conv(
        fam,
        [
            (U, f"If I walk {walk_km} km at {pace} km/h, how long will it take?"),
            (A, f"{num(walk_min)} minutes, so an hour and a quarter."),
            (U, "What should I pack for a walk like that in the Lake District in March?"),
        ],
        note,
    )
    revise_from, exam = D(2028, 5, 3), D(2028, 6, 14)
    conv(
        fam,
        [
            (
                U,
                (
                    f"If I start revising on {say(revise_from)}, how long until my exam on "
                    f"{say(exam)}?"
                ),
            ),
            (A, f"{days(revise_from, exam)} days, exactly {weeks(revise_from, exam)} weeks."),
            (
                U,
                (
                    "How would you structure those weeks across the three topics I'm weakest in: "
                    "organic chemistry, statistics and essay writing?"
                ),
            ),
        ],
        note,
    )
    bake, arrive = 75, DT(2028, 6, 24, 16, 0)
    oven = arrive - TD(minutes=bake)
    conv(
        fam,
        [
            (
                U,
                (
                    f"The cake needs {bake} minutes in the oven and guests arrive at "
                    f"{hhmm(arrive)}. When must it go in?"
                ),
            ),
            (A, f"By {hhmm(oven)} at the latest."),
            (U, "What else can I get done for the party while it bakes?"),
        ],
        note,
    )
    sail, cross_h, cross_m = DT(2028, 7, 8, 7, 30), 3, 15
    docked = sail + TD(hours=cross_h, minutes=cross_m)
    conv(
        fam,
        [
            (
                U,
                (
                    f"The Cherbourg ferry leaves Portsmouth at {hhmm(sail)} and the crossing "
                    f"takes {cross_h} h {cross_m} min. When do we dock, by UK time?"
                ),
            ),
            (A, f"{hhmm(docked)} UK time, {hhmm(docked + TD(hours=1))} on French clocks."),
            (U, "What's worth doing in Cherbourg for an afternoon with young children?"),
        ],
        note,
    )


_conversations_writing()
_conversations_missing_figures()
_conversations_verdicts()
_conversations_methods()
_conversations_titles()
_conversations_plans()


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
    # no register (family name) of this set is a family name of sets 19 to 125
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 125: {reused}"
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
