r"""Generate heldout-2027-04-10.jsonl: a hundred-and-twenty-eighth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-10 by a helper session working only in /work/sealed128 (scratch files in
/work/sealed128/scratch, deleted at the end). The starting point was a 2402-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-10.jsonl, PREFIX "ho128-", earlier generators 1-127, register check against
sets 19 to 127); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full, to see how numbers (last number, relative tolerance),
  ISO dates and weekday strings are graded;
- /work/sealed128/earlier_registers.txt (2707 earlier family names): its first 100 lines, all
  its names without an underscore (the negative families), a listing of its names with an
  underscore whose middle was cut off by the tool's output limit, a search for names starting
  "near" or "conv" (one hit, a register), a count of its hyphenated names, and greps for some
  165 key words of candidate names (hits such as glassblowing, falconry, puppet theatre, sand
  sculpture, holi, samba and hogmanay families ruled out earlier ideas); a final in-memory
  check confirmed that none of this set's 56 family names is in that file;
- of the copied script, only lines 1-364 (old docstring to line 123, then set-up, helpers and
  the calculator set-up up to P = "plain"), 661-721 (units set-up to unit_r), 974-1058 (datetime
  set-up to the sayus assertion), 1371-1378 (negatives set-up, neg and conv) and 2179-2402
  (weekday check, checks and output), printed with sed; its line count was taken with wc, and
  lines 1-364 only (through sed) were searched for the end of the old docstring and the
  __future__ import;
- nothing of /work/main/pyproject.toml: it was only handed to ruff as its configuration.
The previous set's question sections were never viewed: the original was copied byte for byte
into the scratch folder, sed extracted only the ranges 124-364, 661-721, 974-1058, 1371-1378
and 2179-2402 (stopping at line 2402), and a splicing script joined a new docstring, those ranges
and four new sections written from scratch in scratch files, so lines 1-123 (the old
docstring), 365-660, 722-973, 1059-1370 and 1379-2178 were dropped by line number; a check
script later confirmed that each kept range appears verbatim in this script. No git history, web
or code search (the search tools were not used), router, tests, other generators or other files
under /work/main were read (python --version was run, and a one-off zoneinfo query printed the
offsets of twenty zone-and-date pairs before any offset was written into the script; the script
imports the earlier generators itself, in memory, for its duplicate and register checks, and
prints none of their text), and no JSONL was read: expected values and conversations were
reviewed from an in-memory listing of this script's items (imported as a module), and everything
else from this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers, all festivals and folk customs
  around the year (a lion dance troupe captain, a La Tomatina trip to Buñol, an Up Helly Aa jarl
  squad, a Loy Krathong stall in Chiang Mai, an Obon yagura dance committee, Walpurgis Night in
  the Harz, a Basel Fasnacht clique, a Palio di Siena contrada member, a San Fermín runner in
  Pamplona, a Purim costume-swap organiser, a mooncake gift-box buyer, a Navratri garba night
  organiser, Onam sadya feast volunteers, a calcio storico team manager, a Krampus run in
  Salzburg, a family writing Sinterklaas poems, Santa Lucia procession singers, a Kwanzaa karamu
  host, a Juneteenth cookout organiser, a Mardi Gras krewe captain, a powwow arena director, a
  Nowruz haft-sin family, a Chuseok family trip to Busan, a Tết flower-market seller in Hanoi and
  a wassail-night orchard host), each register used by all three tools, six of them (lion
  dance, La Tomatina, Fasnacht, mooncakes, Mardi Gras, Tết market) with two items per tool.
  Phrasing varies: questions, statements, imperatives, committee memos, invoices, tallies, order
  notes, tracking messages, lowercase texting, symbols (×, ÷, −, √, !, ^, %, →, °C, °F, m², km/h,
  mph, psi) and written-out units; ringgit, euros, pounds, baht, yen, francs, Hong Kong and US
  dollars, rupees, kronor, tomans, won and đồng; written dates with and without computed
  weekdays, clock times, and offsets (-08:00, -07:00, -06:00, +00:00, +01:00, +05:30, +07:00,
  +08:00, +09:00).
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals and thousands kept as strings and read with
  amt(), a thin wrapper of dec()): Fraction and Decimal for money and quantities (cents() asserts
  whole cents, pence, sen, rappen, paise and the like; whole_up() for whole bottles), exact unit
  definitions for conversions (from the set-up: inch, foot, yard, mile, avoirdupois pound and
  ounce, acre, square yards and feet, cubic feet, psi, bar, MiB and GiB, km/h and mph,
  Celsius/Fahrenheit; added here: centimetre, kilometre, gram, square inch, square and cubic
  metre), graded exactly when the result has at most three decimals and at 0.1% otherwise
  (unit_auto choosing, unit_r asserting that an answer rounded to two decimals still passes),
  and date arithmetic for weekdays, spans, nights, whole weeks, ages, nth and last weekdays, day
  of the year, counts of chosen weekdays (count_weekdays), clock intervals, a holiday-observance
  rule, and journeys whose offsets come from the IANA rules (zoneinfo, loaded through importlib
  so the set-up is unchanged): each offset a question states is read from the zone's rule at
  that local time and asserted to equal the offset expected for that place and season (London
  +00:00 in November and +01:00 in August, Bangkok +07:00, Kolkata +05:30, Hong Kong +08:00,
  Vancouver and Los Angeles -07:00 in September, Los Angeles -08:00 and Chicago -06:00 in
  February, Seoul +09:00). The 2029 Fasnacht Monday and Mardi Gras dates are derived in code
  from the spring moveable feast (computus) and asserted. Weekdays written next to dates come
  from the computed date (sayw). No contested unit words (ton, gallon, cup, pint, barrel, stone,
  calorie, a month as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (Minoans and Olmecs, tides and lightning,
  Erlang and Nim, cumbia and bossa nova verdicts, narwhals and capybaras, festival programmes
  and raffle flyers, regifting and tipping tact, the experience machine and the sorites,
  palindromes and portmanteaus, proofing and deglazing), 65 near-negatives shaped like
  positives but needing the model (fault, colour, transponder, Dewey and standard codes; numbers
  inside titles; ballpark guesses with nothing given; why a rule of arithmetic or geometry
  holds; numeric facts nobody stated; notation and symbols to interpret; riddles and sequence
  puzzles; what a stated reading means; whether something is worth the money; version and model
  numbers; sports jargon with numbers; historical dates not given; recipe troubleshooting), and
  35 conversations whose last turn asks for writing after a sum, for advice while the figures
  are still missing, for a verdict on a result, for the reason behind a method, about works
  whose titles are or contain numbers, for plans after a time or distance was worked out, or for
  the history behind a unit; none ends in a plain exact question, and the figures in the
  assistant turns are computed in code too. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 127, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration),
the comparison with earlier_registers.txt above, and an ast check that the kept ranges are
verbatim, that no set-up name is bound again and that no helper's locals shadow a builtin or a
module-level name. The first full run passed every check up to the duplicate check, which
flagged six items matching earlier sets word for word (a plain weekday question, a user turn in
each of two unit-history conversations, a lifetime-estimate question, a lateral-thinking riddle
and a football-formation question); all six were reworded or replaced (the weekday one with a
new date, both user turns of each conversation), and the second run passed every check. A
review of the in-memory listing then reworded a plain day count whose "between" could be read
as exclusive and fixed one verb.
Ruff check reported 32 ISC004 implicit concatenations in the negatives' tuples and
conversations, fixed with ruff's own parenthesising fix (--fix --unsafe-fixes); after ruff
format 27 lines were 100 to 109 characters long (ruff allows 100): a small scratch script split
26 string lines at a space outside any {...} field, one tuple line was shortened by hand, and
three strings that ruff format then joined back to exactly 100 characters were reworded shorter
(one needed two more tries). The ast check then flagged the helper locals k (also the
comprehension name in the set-up's EARLIER) and wanted (also a module-level name in the
calculator section); the locals became step and k4 and the module-level name box_count. Ruff check
and ruff format are clean, no line exceeds 99 characters, and the script was re-run with all
checks passing. The scratch folder (the unread copy of the original, the extracted ranges, the
section drafts and the splicing, rewrapping and ast scripts) was then deleted.

Run: /work/main/.venv/bin/python make_heldout_128.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-10.jsonl"
PREFIX = "ho128-"
# earlier generators: sets 1-127 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 128))
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


def amt(s):
    """A figure as written in a question (thousands commas allowed), as an exact Fraction."""
    return dec(s.replace(",", ""))


def cents(x):
    """A money result that must come out in whole cents (pence, sen, rappen, paise...)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert amt("2,614.50") == F(522900, 200) and cents(amt("0.35") * 3) == dec("1.05")

# ---------------------------------------------------------------- plain one-line questions
a_, b_ = "4,716", "38"
calc(P, f"What is {a_} × {b_}?", amt(a_) * amt(b_))
a_, b_ = "9.45", "0.35"
calc(P, f"Work out {a_} ÷ {b_}.", amt(a_) / amt(b_))
a_, b_, c_, d_ = 17, 29, 6, 100
calc(P, f"({a_} − {b_}) × {c_} + {d_} = ?", (a_ - b_) * c_ + d_)
a_, b_ = "12.5", "3,368"
calc(P, f"what's {a_}% of {b_}", pct(a_) * amt(b_))
a_, b_, c_, d_ = 2, 13, 3, 7
calc(P, f"Compute {a_}^{b_} − {c_}^{d_}.", a_**b_ - c_**d_)
a_ = 7225
assert math.isqrt(a_) ** 2 == a_
calc(P, f"What does √{a_:,} come to?", math.isqrt(a_))
a_ = 250
calc(P, f"Add up every whole number from 1 to {a_} inclusive.", sum(range(1, a_ + 1)))
a_, b_ = 7, 5
calc(P, f"Evaluate {a_}! divided by {b_}!", F(math.factorial(a_), math.factorial(b_)))
a_ = "0.6"
calc(P, f"{a_} × {a_} × {a_} — what's the product?", amt(a_) ** 3)
a_ = "1,064"
calc(P, f"How much is three-eighths of {a_}?", F(3, 8) * amt(a_))
a_, b_ = "1,850", 14
calc(P, f"If {a_} goes up by {b_}%, what does it become?", amt(a_) * (1 + pct(b_)))
vals_ = (48, 53, 61, 72, 91)
calc(
    P,
    "Mean of " + ", ".join(str(v) for v in vals_[:-1]) + f" and {vals_[-1]}, please.",
    F(sum(vals_), len(vals_)),
)
a_, b_ = 57, 76
calc(P, f"{a_} out of {b_} expressed as a percentage is what?", F(a_, b_) * 100)
a_, b_ = "84,000", 32
calc(P, f"Share {a_} equally between {b_} people: how much does each get?", amt(a_) / b_)

# ---------------------------------------------------------------- festival registers
fam = "lion_dance_troupe_captain"
shops, shop_fee, shows, show_fee, bus = 9, "388", 5, "1,280", "760"
calc(
    fam,
    f"Troupe budget for the first day of the new year: {shops} shop blessings at RM {shop_fee} "
    f"each and {shows} corporate shows at RM {show_fee} each, minus RM {bus} for the bus. "
    "What do we clear?",
    cents(shops * amt(shop_fee) + shows * amt(show_fee) - amt(bus)),
)
pot, heads = "2,614.50", 14
calc(
    fam,
    f"ang pao collected over the whole tour came to RM {pot}. split evenly between {heads} of "
    "us (drummers, cymbals, gong and both lions) how much is everyone's share",
    cents(amt(pot) / heads),
)

fam = "la_tomatina_trip_to_bunol"
group, ticket, coach, goggles = 11, "15", "22", "3.50"
calc(
    fam,
    f"Booking for our group of {group} for Buñol: entry €{ticket} each, the coach from Valencia "
    f"€{coach} each and swimming goggles €{goggles} each. Grand total?",
    cents(group * (amt(ticket) + amt(coach) + amt(goggles))),
)
flat, sharers, paella = "1,134", 7, "18.40"
calc(
    fam,
    f"The flat in Valencia was €{flat} split {sharers} ways and I also owe Marta €{paella} for "
    "the paella night. How much do I send in total?",
    cents(amt(flat) / sharers + amt(paella)),
)

fam = "up_helly_aa_jarl_squad"
members, shield, helmet, tunic, fund = 46, "38.50", "64", "27.75", "2,000"
calc(
    fam,
    f"Squad kit costs per member: shield £{shield}, helmet £{helmet}, tunic £{tunic}. There are "
    f"{members} of us and the squad fund puts in £{fund} overall. What remains for members to "
    "cover between them?",
    cents(members * (amt(shield) + amt(helmet) + amt(tunic)) - amt(fund)),
)

fam = "loy_krathong_stall_in_chiang_mai"
small_n, small_p, big_n, big_p, stock = 214, "60", 37, "150", "4,870"
calc(
    fam,
    f"Krathong stall tally: {small_n} small ones sold at {small_p} baht, {big_n} large at "
    f"{big_p} baht. Banana leaf, flowers and candles cost me {stock} baht. Profit for the night?",
    cents(small_n * amt(small_p) + big_n * amt(big_p) - amt(stock)),
)

fam = "obon_yagura_dance_committee"
strings, per_string, lantern, grant = 18, 24, "1,350", "500,000"
calc(
    fam,
    f"Committee memo: the yagura needs {strings} strings of {per_string} chōchin lanterns at "
    f"¥{lantern} a lantern. The town grant is ¥{grant}. How much must the neighbourhood "
    "association add?",
    strings * per_string * amt(lantern) - amt(grant),
)

fam = "walpurgis_night_in_the_harz"
adults, adult_fare, kids, kid_fare, off = 4, "9.50", 3, "6", 10
calc(
    fam,
    f"Cable car up to the Hexentanzplatz: {adults} adult returns at €{adult_fare}, {kids} child "
    f"returns at €{kid_fare}, and the ticket office gives groups {off}% off. What do we pay?",
    cents((adults * amt(adult_fare) + kids * amt(kid_fare)) * (1 - pct(off))),
)

fam = "basel_fasnacht_clique"
piccolos, pic_fee, drums, drum_fee = 23, "85", 9, "142.50"
calc(
    fam,
    f"Invoice from the instrument workshop: {piccolos} piccolos serviced at CHF {pic_fee} each "
    f"and {drums} drums re-headed at CHF {drum_fee} each. Invoice total?",
    cents(piccolos * amt(pic_fee) + drums * amt(drum_fee)),
)
laterne, clique = "6,480", 27
calc(
    fam,
    f"Painting our Laterne cost CHF {laterne}. Sponsors paid five-eighths; the rest is split "
    f"equally among the {clique} active members. What does each member pay?",
    cents(amt(laterne) * (1 - F(5, 8)) / clique),
)

fam = "palio_di_siena_contrada_member"
covers, cover_price, kitchen = 640, "45", "11,260"
calc(
    fam,
    f"Contrada victory dinner in the street: {covers} places sold at €{cover_price}, and the "
    f"kitchen spent €{kitchen}. How big is the surplus?",
    cents(covers * amt(cover_price) - amt(kitchen)),
)

fam = "san_fermin_runner_in_pamplona"
balcony, people, mornings = "85", 4, 3
calc(
    fam,
    f"balcony over Estafeta is €{balcony} per person per morning. {people} of us, "
    f"{mornings} mornings, and I'm paying half the group's bill — how much is my half?",
    cents(amt(balcony) * people * mornings / 2),
)

fam = "purim_costume_swap_organiser"
baskets, basket_cost, raised = 37, "12.40", "612"
calc(
    fam,
    f"From the costume swap we raised ${raised}. Filling {baskets} mishloach manot baskets costs "
    f"${basket_cost} apiece. What's left for the shul's kitchen fund?",
    cents(amt(raised) - baskets * amt(basket_cost)),
)

fam = "mooncake_gift_box_buyer"
boxes, box_price, corp = 65, "398", 8
calc(
    fam,
    f"Office order: {boxes} boxes of mooncakes at HK${box_price} a box, less the bakery's {corp}% "
    "corporate discount. Amount payable?",
    cents(boxes * amt(box_price) * (1 - pct(corp))),
)
single, triple, box_count = "428", "1,099", 12
assert box_count % 3 == 0
calc(
    fam,
    f"Double-yolk lotus paste: one box HK${single}, or three boxes for HK${triple}. If I buy "
    f"{box_count} boxes as threes instead of singly, how much do I save?",
    cents(box_count * amt(single) - box_count // 3 * amt(triple)),
)

fam = "navratri_garba_night_organiser"
passes, pass_price, couples, couple_price, dhol, dj = 312, "250", 88, "400", "18,500", "12,000"
calc(
    fam,
    f"Garba night accounts: {passes} single passes at ₹{pass_price} and {couples} couple passes "
    f"at ₹{couple_price}. Dhol players cost ₹{dhol} and the DJ ₹{dj}. Net takings?",
    cents(
        passes * amt(pass_price) + couples * amt(couple_price) - amt(dhol) - amt(dj),
    ),
)

fam = "onam_sadya_feast_volunteers"
leaves, dishes, per_serving = 240, 26, "1.75"
calc(
    fam,
    f"Sadya for {leaves} banana leaves, {dishes} dishes on every leaf. The caterer bills "
    f"₹{per_serving} per dish served. What's the catering bill?",
    cents(leaves * dishes * amt(per_serving)),
)

fam = "calcio_storico_team_manager"
players, shirt, club_share = 27, "34.80", 40
calc(
    fam,
    f"New match shirts for all {players} players at €{shirt} each; the club covers {club_share}% "
    "and the players pay the rest. How much do the players pay altogether?",
    cents(players * amt(shirt) * (1 - pct(club_share))),
)

fam = "krampus_run_in_salzburg"
runners, suit, bells, sponsor = 12, "1,150", "85", "6,000"
calc(
    fam,
    f"Our pass has {runners} runners. Each fur suit costs €{suit} and each set of bells €{bells}; "
    f"the brewery sponsors €{sponsor} overall. What does each runner still pay?",
    cents((runners * (amt(suit) + amt(bells)) - amt(sponsor)) / runners),
)

fam = "sinterklaas_poem_family"
kids, cap, letters, letter_price = 5, "27.50", 9, "2.35"
calc(
    fam,
    f"pakjesavond budget: {kids} kids with presents up to €{cap} each, and a chocolate letter "
    f"for all {letters} of us at €{letter_price} a letter — total spend?",
    cents(kids * amt(cap) + letters * amt(letter_price)),
)

fam = "santa_lucia_procession_singers"
crowns, candles, candle_price = 32, 7, "19"
calc(
    fam,
    f"We need {crowns} Lucia crowns with {candles} battery candles on each, and the candles are "
    f"{candle_price} kr apiece. Cost of the candles?",
    crowns * candles * amt(candle_price),
)

fam = "kwanzaa_karamu_host"
guests, per_guest, kinara = 58, "7.25", "96"
calc(
    fam,
    f"Karamu planning: {guests} guests, ${per_guest} per guest for the main dishes, plus "
    f"${kinara} for candles, fabric and the kinara table. Budget total?",
    cents(guests * amt(per_guest) + amt(kinara)),
)

fam = "juneteenth_cookout_organiser"
bottles, per_guests, crowd = 3, 8, 180
calc(
    fam,
    f"Red drink rule of thumb: {bottles} bottles of strawberry soda for every {per_guests} "
    "guests. "
    f"With {crowd} guests expected, how many whole bottles should we buy?",
    whole_up(F(crowd * bottles, per_guests)),
)

fam = "mardi_gras_krewe_captain"
riders, dozens, per_dozen = 58, 40, "4.80"
calc(
    fam,
    f"Throws order: {riders} riders, each taking {dozens} dozen strands of beads at "
    f"${per_dozen} a dozen. Total bead bill?",
    cents(riders * dozens * amt(per_dozen)),
)
float_rent, dues = "14,500", "325"
calc(
    fam,
    f"Float rental of ${float_rent} is divided among the {riders} riders, and each also pays "
    f"${dues} in dues. Cost per rider?",
    cents(amt(float_rent) / riders + amt(dues)),
)

fam = "powwow_arena_director"
cats, first, second, third = 14, "1,200", "800", "500"
calc(
    fam,
    f"Contest purse: {cats} dance categories, each paying ${first} for first, ${second} for "
    "second "
    f"and ${third} for third. Total prize money?",
    cats * (amt(first) + amt(second) + amt(third)),
)

fam = "nowruz_haft_sin_family"
samanu, senjed, sumac, fish_n, fish = "240,000", "180,000", "95,000", 2, "60,000"
calc(
    fam,
    f"haft-sin shopping list: samanu {samanu} tomans, senjed {senjed}, sumac {sumac}, and "
    f"{fish_n} goldfish at {fish} each. Sum it up for me",
    amt(samanu) + amt(senjed) + amt(sumac) + fish_n * amt(fish),
)

fam = "chuseok_family_trip_to_busan"
ktx_adults, fare, ktx_kids = 4, "59,800", 2
calc(
    fam,
    f"KTX Seoul–Busan and back: {ktx_adults} adults at ₩{fare} each way, {ktx_kids} children at "
    "half the adult fare. Round-trip total for the family?",
    2 * (ktx_adults * amt(fare) + ktx_kids * amt(fare) / 2),
)

fam = "tet_flower_market_seller_in_hanoi"
bought, cost_each, sold, sell_each = 120, "350,000", 104, "620,000"
calc(
    fam,
    f"Peach blossom branches: bought {bought} at {cost_each} đồng, sold {sold} at {sell_each} "
    "đồng, and the rest went unsold. Profit or loss?",
    sold * amt(sell_each) - bought * amt(cost_each),
)
tree_cost, markup = "1,400,000", 35
calc(
    fam,
    f"I mark kumquat trees up {markup}% on what I paid. A tree that cost me {tree_cost} đồng "
    "sells for how much?",
    amt(tree_cost) * (1 + pct(markup)),
)

fam = "wassail_night_orchard_host"
adult_t, adult_n, child_t, child_n, cider = "14", 86, "6", 41, "3.20"
calc(
    fam,
    f"Wassail tickets: £{adult_t} adults ({adult_n} sold), £{child_t} children ({child_n} sold). "
    f"Mulled cider costs us £{cider} per adult ticket. What's the evening's profit?",
    cents(
        adult_n * amt(adult_t) + child_n * amt(child_t) - adult_n * amt(cider),
    ),
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
SQM = F(1)  # m^2
CUM = F(1)  # m^3
GRAM = F(1, 1000)  # kg
SQIN = IN * IN  # m^2

assert 100 * IN / CM == 254 and KM / MI < 1 and 1000 * GRAM == 1


def signed(x):
    """A number as printed in a question, with a typographic minus sign when negative."""
    return f"−{-x}" if x < 0 else f"{x}"


assert signed(-4) == "−4" and signed(3) == "3"


def unit_auto(family, query, value):
    """Exact when the result needs at most three decimals, else graded at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# ---------------------------------------------------------------- plain one-line questions
ft_, in_ = 7, 4
unit_auto(P, f"How many centimetres are in {ft_} feet {in_} inches?", (ft_ * FT + in_ * IN) / CM)
t_ = "38.5"
unit_auto(P, f"{t_} °C → °F?", c_to_f(amt(t_)))
g_ = 450
unit_auto(P, f"{g_} g expressed in ounces", g_ * GRAM / OZ)
ac_ = "2.5"
unit_auto(P, f"Give {ac_} acres in square metres.", amt(ac_) * ACRE / SQM)
v_ = 90
unit_auto(P, f"What is {v_} km/h in mph?", v_ * KMH / MPH)
gib_ = "3.2"
unit_auto(P, f"{gib_} GiB — how many MiB is that?", amt(gib_) * GIB / MIB)
km_ = 15
unit_auto(P, f"Change {km_} kilometres into miles.", km_ * KM / MI)
lb_ = 186
unit_auto(P, f"Convert {lb_} lb to kilograms.", lb_ * LB)
bar_ = "2.4"
unit_auto(P, f"How many psi is {bar_} bar?", amt(bar_) * BAR / PSI)
m3_ = 2
unit_auto(P, f"{m3_} cubic metres equals how many cubic feet?", m3_ * CUM / CUFT)
tf_ = -15
unit_auto(P, f"What is {signed(tf_)} °F on the Celsius scale?", f_to_c(tf_))
mi_ = "26.2"
unit_auto(P, f"{mi_} mi in km", amt(mi_) * MI / KM)
v_ = 72
unit_auto(P, f"How many metres per second is {v_} km/h?", v_ * KMH)
km_ = 5
unit_auto(P, f"How many yards make {km_} kilometres?", km_ * KM / YD)

# ---------------------------------------------------------------- festival registers
fam = "lion_dance_troupe_captain"
head_in = 28
unit_auto(
    fam,
    f"The lion head frame measures {head_in} inches across and the new storage trunks are listed "
    "in centimetres. What is the head's width in cm?",
    head_in * IN / CM,
)
jong_m = "2.4"
unit_auto(
    fam,
    f"Our tallest jong (the poles the lion jumps across) stands {jong_m} m. The hotel in Las "
    "Vegas "
    "wants the height in feet for their ceiling check. How many feet?",
    amt(jong_m) / FT,
)

fam = "la_tomatina_trip_to_bunol"
tomato_kg = "120,000"
unit_auto(
    fam,
    f"They tipped {tomato_kg} kg of tomatoes into the streets. My cousin in Texas wants it in "
    "pounds — how many?",
    amt(tomato_kg) / LB,
)
coach_kmh = 100
unit_auto(
    fam,
    f"The coach from Valencia cruised at {coach_kmh} km/h the whole way. What's that in mph?",
    coach_kmh * KMH / MPH,
)

fam = "up_helly_aa_jarl_squad"
galley_ft = 30
unit_auto(
    fam,
    f"The replica longship we burn is {galley_ft} feet long. Length in metres for the programme?",
    galley_ft * FT,
)

fam = "loy_krathong_stall_in_chiang_mai"
krathong_cm = 25
unit_auto(
    fam,
    f"a tourist asked how wide my krathongs are in inches. they are {krathong_cm} cm across",
    krathong_cm * CM / IN,
)

fam = "obon_yagura_dance_committee"
circle_m2 = 600
unit_auto(
    fam,
    f"The dance ring around the yagura covers {circle_m2} m². The American sister-city visitors "
    "asked for square feet. What figure do we give them?",
    circle_m2 * SQM / SQFT,
)

fam = "walpurgis_night_in_the_harz"
brocken_c = 3
unit_auto(
    fam,
    f"It was {brocken_c} °C on the Brocken at midnight on Walpurgis Night. In Fahrenheit?",
    c_to_f(brocken_c),
)

fam = "basel_fasnacht_clique"
morge_c = -4
unit_auto(
    fam,
    f"At Morgestraich the thermometer read {signed(morge_c)} °C. Our guests from Boston want °F.",
    c_to_f(morge_c),
)
lantern_m = "4.2"
unit_auto(
    fam,
    f"Our Laterne is {lantern_m} m tall. What's that in feet, so we can compare it with the "
    "14-foot tram wire clearance?",
    amt(lantern_m) / FT,
)

fam = "palio_di_siena_contrada_member"
lap_m, laps = 339, 3
unit_auto(
    fam,
    f"The race is {laps} laps of the Piazza del Campo, measured at {lap_m} m a lap. How many feet "
    "do the horses run in all?",
    laps * lap_m / FT,
)

fam = "san_fermin_runner_in_pamplona"
route_m = 875
unit_auto(
    fam,
    f"The encierro course is {route_m} metres long. How many yards is that?",
    route_m / YD,
)

fam = "purim_costume_swap_organiser"
flour_g = 500
unit_auto(
    fam,
    f"Hamantaschen dough calls for {flour_g} g of flour and my kitchen scale only shows ounces. "
    "How many ounces should it read?",
    flour_g * GRAM / OZ,
)

fam = "mooncake_gift_box_buyer"
cake_g, per_box = 185, 4
unit_auto(
    fam,
    f"Each mooncake weighs {cake_g} g and a box holds {per_box}. How many ounces of mooncake are "
    "in "
    "one box, for the customs form?",
    cake_g * per_box * GRAM / OZ,
)
video_gib = "2.75"
unit_auto(
    fam,
    f"The bakery sent a promo video of {video_gib} GiB and my upload form asks for the size in "
    "MiB. What number do I enter?",
    amt(video_gib) * GIB / MIB,
)

fam = "navratri_garba_night_organiser"
ground_yd2 = "2,400"
unit_auto(
    fam,
    f"The garba ground is listed as {ground_yd2} square yards. The police permit form needs "
    "square metres.",
    amt(ground_yd2) * SQYD / SQM,
)

fam = "onam_sadya_feast_volunteers"
pookalam_ft = 12
unit_auto(
    fam,
    f"The pookalam flower carpet is {pookalam_ft} feet across. How many metres is that?",
    pookalam_ft * FT,
)

fam = "calcio_storico_team_manager"
pitch_l, pitch_w = 80, 40
unit_auto(
    fam,
    f"The sand pitch in Piazza Santa Croce is {pitch_l} m by {pitch_w} m. Area in square feet?",
    pitch_l * pitch_w * SQM / SQFT,
)

fam = "krampus_run_in_salzburg"
suit_kg = 25
unit_auto(
    fam,
    f"With the bells on, one Krampus costume weighs {suit_kg} kg. An American runner asks: how "
    "many pounds is that?",
    suit_kg / LB,
)

fam = "sinterklaas_poem_family"
letter_g = 135
unit_auto(
    fam,
    f"A chocolate letter weighs {letter_g} g. Grandma in Michigan asks how many ounces.",
    letter_g * GRAM / OZ,
)

fam = "santa_lucia_procession_singers"
lucia_c = -7
unit_auto(
    fam,
    f"{signed(lucia_c)} °C outside the church at the dawn procession. Fahrenheit for our "
    "exchange student?",
    c_to_f(lucia_c),
)

fam = "kwanzaa_karamu_host"
mat_l, mat_w = 36, 24
unit_auto(
    fam,
    f"The mkeka mat is {mat_l} by {mat_w} inches. How many square centimetres does it cover?",
    mat_l * mat_w * SQIN / (CM * CM),
)

fam = "juneteenth_cookout_organiser"
smoker_f = 225
unit_auto(
    fam,
    f"The brisket smoker holds at {smoker_f} °F. Our Canadian uncle wants Celsius.",
    f_to_c(smoker_f),
)

fam = "mardi_gras_krewe_captain"
route_mi = 7
unit_auto(
    fam,
    f"Our parade route runs {route_mi} miles. How many kilometres is that?",
    route_mi * MI / KM,
)
tyre_psi = 80
unit_auto(
    fam,
    f"The float's trailer tyres take {tyre_psi} psi but the hire gauge reads bar. Target in bar?",
    tyre_psi * PSI / BAR,
)

fam = "powwow_arena_director"
arena_ft = 150
unit_auto(
    fam,
    f"Arena circle: {arena_ft} feet in diameter. Please give it in metres for the grant form.",
    arena_ft * FT,
)

fam = "nowruz_haft_sin_family"
sabzeh_in = 4
unit_auto(
    fam,
    f"The sabzeh lentil sprouts grew {sabzeh_in} inches tall. How many centimetres is that?",
    sabzeh_in * IN / CM,
)

fam = "chuseok_family_trip_to_busan"
ktx_km = "417.5"
unit_auto(
    fam,
    f"The KTX line from Seoul to Busan is {ktx_km} km. In miles?",
    amt(ktx_km) * KM / MI,
)

fam = "tet_flower_market_seller_in_hanoi"
branch_m = "2.2"
unit_auto(
    fam,
    f"My biggest peach branch is {branch_m} m tall. A foreign customer asks for feet.",
    amt(branch_m) / FT,
)
stall_a, stall_b = 3, 4
unit_auto(
    fam,
    f"The stall pitch is {stall_a} m by {stall_b} m. What's its area in square feet?",
    stall_a * stall_b * SQM / SQFT,
)

fam = "wassail_night_orchard_host"
girth_in = 48
unit_auto(
    fam,
    f"The old wassail tree's trunk girth is {girth_in} inches. What is that in centimetres?",
    girth_in * IN / CM,
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


ZoneInfo = importlib.import_module("zoneinfo").ZoneInfo  # stdlib, loaded here to keep set-up


def count_weekdays(start, end, wanted):
    """How many dates from start to end, both included, fall on one of the weekdays wanted."""
    span = (end - start).days
    assert span > 0
    return sum(1 for step in range(span + 1) if (start + TD(days=step)).weekday() in wanted)


def offset_text(zone, local, expected):
    """The offset of an IANA zone at a local time as +HH:MM, asserted to be the expected one."""
    delta = local.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    mins = int(delta.total_seconds()) // 60
    text = f"{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    assert text == expected, (zone, local, text)
    return text


def hours_between(dep, dep_zone, arr, arr_zone):
    """Elapsed hours between two local clock readings in two zones."""
    a = dep.replace(tzinfo=ZoneInfo(dep_zone))
    b = arr.replace(tzinfo=ZoneInfo(arr_zone))
    return F(int((b - a).total_seconds()), 3600)


def computus(year):
    """Gregorian date of the spring moveable feast (anonymous algorithm), to pin carnival dates."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k4 = c // 4, c % 4
    l7 = (32 + 2 * e + 2 * i - h - k4) % 7
    m = (a + 11 * h + 19 * l7) // 433
    month = (h + l7 - 7 * m + 90) // 25
    return D(year, month, (h + l7 - 7 * m + 33 * month + 19) % 32)


assert computus(2024) == D(2024, 3, 31) and computus(2029) == D(2029, 4, 1)
assert count_weekdays(D(2030, 3, 4), D(2030, 3, 17), {MON}) == 2
assert hours_between(DT(2030, 1, 1, 12), "Europe/London", DT(2030, 1, 1, 21), "Asia/Tokyo") == 0

# ---------------------------------------------------------------- plain one-line questions
d_ = D(1986, 4, 26)
date_item(P, f"Name the weekday that {say(d_)} fell on.", weekday(d_))
d_, e_ = D(2029, 2, 14), D(2029, 8, 3)
date_item(P, f"How many days is it from {say(d_)} to {say(e_)}?", days(d_, e_))
d_, n_ = D(2030, 1, 20), 100
date_item(P, f"Which date is {n_} days after {say(d_)}?", d_ + TD(days=n_))
d_, n_ = D(2028, 10, 15), 6
date_item(P, f"{n_} weeks before {say(d_)} is what date?", d_ - TD(weeks=n_))
d_, e_ = D(2029, 3, 5), D(2029, 5, 21)
date_item(P, f"how many weeks separate {say(d_)} and {say(e_)}", weeks(d_, e_))
d_, e_ = D(1987, 6, 29), D(2031, 6, 1)
date_item(P, f"Someone born on {say(d_)}: how old are they on {say(e_)}?", age(d_, e_))
date_item(P, "Date of the third Thursday in November 2029?", nth_weekday(2029, 11, THU, 3))
date_item(P, "What's the date of the final Monday in May 2030?", nth_weekday(2030, 5, MON, -1))
d_ = D(2028, 9, 17)
date_item(
    P,
    f"Counting 1 January as day 1, what day number of the year is {say(d_)}?",
    days(D(d_.year, 1, 1), d_) + 1,
)
t0_, t1_ = "21:45", "06:15"
date_item(P, f"Hours from {t0_} to {t1_} the following morning?", clock_span(t0_, t1_, 3600))
date_item(
    P,
    "How many Saturdays are there in March 2031?",
    count_weekdays(D(2031, 3, 1), D(2031, 3, 31), {SAT}),
)
d_ = D(2032, 1, 1)
date_item(P, f"{say(d_)} lands on which day of the week?", weekday(d_))
t0_, t1_ = "08:20", "17:05"
date_item(P, f"Minutes between {t0_} and {t1_}?", clock_span(t0_, t1_, 60))
d_, n_ = D(2027, 5, 1), 1000
date_item(P, f"What is the date exactly {n_:,} days after {say(d_)}?", d_ + TD(days=n_))

# ---------------------------------------------------------------- festival registers
fam = "lion_dance_troupe_captain"
cny, nth_day = D(2027, 2, 6), 15
date_item(
    fam,
    f"The first day of the new year is {sayw(cny)} and we perform until Chap Goh Mei, the "
    f"{nth_day}th day. On what date is our last show?",
    cny + TD(days=nth_day - 1),
)
p0, p1 = D(2028, 1, 4), D(2028, 1, 21)
date_item(
    fam,
    f"Practice is every Tuesday and Thursday from {say(p0)} to {say(p1)}, both days included. "
    "How many practice sessions is that?",
    count_weekdays(p0, p1, {TUE, THU}),
)

fam = "la_tomatina_trip_to_bunol"
date_item(
    fam,
    "La Tomatina is held on the last Wednesday of August. What date is it in 2029?",
    nth_weekday(2029, 8, WED, -1),
)
fight = DT.combine(nth_weekday(2029, 8, WED, -1), dt.time(11, 0))
landing = DT.combine(fight.date() - TD(days=2), dt.time(23, 30))
date_item(
    fam,
    f"We land in Valencia at {landing:%H:%M} on {sayw(landing.date())} and the tomato fight "
    f"starts at {fight:%H:%M} on {sayw(fight.date())}. How many hours is that?",
    F(int((fight - landing).total_seconds()), 3600),
)

fam = "up_helly_aa_jarl_squad"
date_item(
    fam,
    "Up Helly Aa falls on the last Tuesday in January. Which date is that in 2030?",
    nth_weekday(2030, 1, TUE, -1),
)

fam = "loy_krathong_stall_in_chiang_mai"
lhr = DT(2028, 11, 1, 21, 30)
cnx = DT(2028, 11, 2, 20, 45)
date_item(
    fam,
    f"My sister leaves London at {lhr:%H:%M} ({offset_text('Europe/London', lhr, '+00:00')}) "
    f"on {sayw(lhr.date())} and, changing in Bangkok, lands in Chiang Mai at {cnx:%H:%M} "
    f"({offset_text('Asia/Bangkok', cnx, '+07:00')}) on {sayw(cnx.date())}. Total journey "
    "in hours?",
    hours_between(lhr, "Europe/London", cnx, "Asia/Bangkok"),
)

fam = "obon_yagura_dance_committee"
first_dance, lead = D(2029, 8, 13), 9
date_item(
    fam,
    f"The yagura has to go up {lead} days before the first dance night on {say(first_dance)}. "
    "What weekday do we start building?",
    weekday(first_dance - TD(days=lead)),
)

fam = "walpurgis_night_in_the_harz"
t0, t1 = "15:10", "19:45"
date_item(
    fam,
    f"Our train leaves Hamburg at {t0} and gets into Thale at {t1} for the Walpurgis party. "
    "How many minutes of travelling?",
    clock_span(t0, t1, 60),
)

fam = "basel_fasnacht_clique"
morge = computus(2029) - TD(days=46) + TD(days=5)  # the Monday after Ash Wednesday
assert morge == D(2029, 2, 19) and morge.weekday() == MON
date_item(
    fam,
    f"Fasnacht runs for exactly 72 hours from Morgestraich at 04:00 on {sayw(morge)}. On what "
    "date does it end?",
    (DT.combine(morge, dt.time(4, 0)) + TD(hours=72)).date(),
)
pr0, pr1 = D(2028, 9, 4), morge - TD(days=7)
date_item(
    fam,
    f"Piccolo practice is every Monday from {sayw(pr0)} up to and including {sayw(pr1)}. How "
    "many practices?",
    count_weekdays(pr0, pr1, {MON}),
)

fam = "palio_di_siena_contrada_member"
in_, out_ = D(2028, 7, 29), D(2028, 8, 17)
date_item(
    fam,
    f"Room in the contrada booked from {sayw(in_)} to {sayw(out_)}. How many nights?",
    days(in_, out_),
)

fam = "san_fermin_runner_in_pamplona"
chupinazo = DT(2028, 7, 6, 12, 0)
pobre = DT(2028, 7, 15, 0, 0)
date_item(
    fam,
    f"San Fermín opens with the chupinazo at noon on {say(chupinazo.date())} and ends with the "
    f"Pobre de Mí at midnight as {say(pobre.date() - TD(days=1))} ends. How many hours of fiesta?",
    F(int((pobre - chupinazo).total_seconds()), 3600),
)

fam = "purim_costume_swap_organiser"
swap, close = D(2029, 2, 25), 17
date_item(
    fam,
    f"The costume swap is on {sayw(swap)} and sign-ups close {close} days before it. Which date?",
    swap - TD(days=close),
)

fam = "mooncake_gift_box_buyer"
gift_day = D(2028, 10, 3)
date_item(
    fam,
    f"The bakery's order deadline is 3 weeks before our gifting day, {sayw(gift_day)}. When is "
    "the deadline?",
    gift_day - TD(weeks=3),
)
hkg = DT(2028, 9, 24, 9, 30)
yvr = DT(2028, 9, 25, 7, 0)
date_item(
    fam,
    f"Courier tracking: picked up in Hong Kong {hkg:%H:%M} on {say(hkg.date())} "
    f"({offset_text('Asia/Hong_Kong', hkg, '+08:00')}), delivered in Vancouver {yvr:%H:%M} on "
    f"{say(yvr.date())} ({offset_text('America/Vancouver', yvr, '-07:00')}). Hours in transit?",
    hours_between(hkg, "Asia/Hong_Kong", yvr, "America/Vancouver"),
)

fam = "navratri_garba_night_organiser"
night1, nights = D(2028, 9, 20), 9
date_item(
    fam,
    f"Our {nights} garba nights begin on {sayw(night1)}, one every evening. Date of the last "
    "night?",
    night1 + TD(days=nights - 1),
)

fam = "onam_sadya_feast_volunteers"
lon = DT(2028, 8, 26, 20, 15)
cok = DT(2028, 8, 27, 11, 15)
date_item(
    fam,
    f"Uncle flies out of London {lon:%H:%M} ({offset_text('Europe/London', lon, '+01:00')}) on "
    f"{say(lon.date())} and lands in Kochi {cok:%H:%M} "
    f"({offset_text('Asia/Kolkata', cok, '+05:30')}) on {say(cok.date())}, just in time for the "
    "sadya. How many hours was he travelling?",
    hours_between(lon, "Europe/London", cok, "Asia/Kolkata"),
)

fam = "calcio_storico_team_manager"
final = D(2029, 6, 24)
date_item(
    fam,
    f"The final is always played on {final.day} June, the feast of San Giovanni. Which weekday is "
    f"that in {final.year}?",
    weekday(final),
)

fam = "krampus_run_in_salzburg"
tr0, run_day = D(2028, 10, 7), D(2028, 12, 5)
date_item(
    fam,
    f"We train every Saturday from {sayw(tr0)} until the run on {sayw(run_day)}. How many "
    "Saturday sessions?",
    count_weekdays(tr0, run_day, {SAT}),
)

fam = "sinterklaas_poem_family"
intocht, pakjes = D(2028, 11, 18), D(2028, 12, 5)
date_item(
    fam,
    f"the kids want to know how many sleeps from the intocht on {sayw(intocht)} until "
    f"pakjesavond on {sayw(pakjes)}",
    days(intocht, pakjes),
)

fam = "santa_lucia_procession_singers"
lucia = D(2029, 12, 13)
date_item(
    fam,
    f"Lucia Day is {lucia.day} December. Which day of the week is it in {lucia.year}?",
    weekday(lucia),
)

fam = "kwanzaa_karamu_host"
meet, karamu = D(2028, 10, 14), D(2028, 12, 31)
date_item(
    fam,
    f"First planning meeting {sayw(meet)}, karamu on {say(karamu)}. How many days apart?",
    days(meet, karamu),
)

fam = "juneteenth_cookout_organiser"
jt = D(2027, 6, 19)
observed = jt - TD(days=1) if jt.weekday() == SAT else jt + TD(days=jt.weekday() == SUN)
assert observed != jt
date_item(
    fam,
    "Juneteenth, 19 June, is a federal holiday: when it falls on a Saturday the Friday before is "
    "observed, and when it falls on a Sunday the Monday after. Which date is observed in "
    f"{jt.year}?",
    observed,
)

fam = "mardi_gras_krewe_captain"
twelfth = D(2029, 1, 6)
fat_tuesday = computus(2029) - TD(days=47)
assert fat_tuesday == D(2029, 2, 13)
date_item(
    fam,
    f"Carnival season opens on Twelfth Night, {say(twelfth)}, and Mardi Gras is "
    f"{sayw(fat_tuesday)}. How many days from one to the other?",
    days(twelfth, fat_tuesday),
)
sea = DT(2029, 2, 9, 7, 5)
msy = DT(2029, 2, 9, 13, 23)
date_item(
    fam,
    f"Flying in for the parades: Seattle {sea:%H:%M} "
    f"({offset_text('America/Los_Angeles', sea, '-08:00')}) "
    f"to New Orleans {msy:%H:%M} ({offset_text('America/Chicago', msy, '-06:00')}) on "
    f"{sayw(sea.date())}. Flight time in hours?",
    hours_between(sea, "America/Los_Angeles", msy, "America/Chicago"),
)

fam = "powwow_arena_director"
date_item(
    fam,
    "Our spring powwow is always on the fourth Saturday of April. What date will it be in 2029?",
    nth_weekday(2029, 4, SAT, 4),
)

fam = "nowruz_haft_sin_family"
day1, nth = D(2028, 3, 20), 13
date_item(
    fam,
    f"Counting {say(day1)} as day 1 of the new year, which date is day {nth}, Sizdah Bedar, when "
    "we take the sabzeh out to a river?",
    day1 + TD(days=nth - 1),
)

fam = "chuseok_family_trip_to_busan"
lax = DT(2029, 9, 19, 23, 50)
pus = DT(2029, 9, 21, 5, 50)
date_item(
    fam,
    f"My brother leaves Los Angeles at {lax:%H:%M} on {sayw(lax.date())} "
    f"({offset_text('America/Los_Angeles', lax, '-07:00')}) and lands in Busan at {pus:%H:%M} on "
    f"{sayw(pus.date())} ({offset_text('Asia/Seoul', pus, '+09:00')}). How long is he "
    "travelling, in hours?",
    hours_between(lax, "America/Los_Angeles", pus, "Asia/Seoul"),
)

fam = "tet_flower_market_seller_in_hanoi"
st0, st1 = D(2029, 1, 29), D(2029, 2, 12)
date_item(
    fam,
    f"My stall is open every day from {sayw(st0)} to {sayw(st1)} inclusive. How many days open?",
    days(st0, st1) + 1,
)
t0, t1 = "23:30", "05:00"
date_item(
    fam,
    f"The flower truck left the Sa Pa growers at {t0} and pulled into Hanoi at {t1} the next "
    "morning. Hours "
    "on the road?",
    clock_span(t0, t1, 3600),
)

fam = "wassail_night_orchard_host"
old_twelvy = D(2030, 1, 17)
date_item(
    fam,
    f"We wassail on Old Twelvy, {old_twelvy.day} January. What weekday is that in "
    f"{old_twelvy.year}?",
    weekday(old_twelvy),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- ordinary negatives
ORDINARY = {
    "mull-minoan-and-olmec-whys": (
        "Why did the Minoan palace culture on Crete fade away so quickly?",
        "What do archaeologists think the colossal Olmec stone heads were meant to show?",
        "Is it still fair to call the Olmec the 'mother culture' of Mesoamerica?",
        "How badly did the Thera eruption damage Minoan sea trade, as far as anyone can tell?",
        "Why has Linear A resisted decipherment when Linear B was cracked?",
        "What might bull-leaping have meant to the Minoans — sport, ritual, or both?",
        "How did the Olmec shift basalt boulders that size with no draft animals or wheels?",
        "Why do we have so little writing from the Olmec heartland on the Gulf coast?",
        "What did Arthur Evans get wrong when he rebuilt parts of Knossos in concrete?",
        "Compare the way the Minoans and the Olmec spread their influence through trade.",
    ),
    "mull-tide-and-lightning-science": (
        "Why do most beaches get two high tides a day instead of one?",
        "Explain spring tides versus neap tides without any maths, please.",
        "What is it about the Bay of Fundy that makes its tides so enormous?",
        "How does a thundercloud separate enough charge to throw a lightning bolt?",
        "Why does thunder roll and rumble rather than arriving as one single bang?",
        "Is there any truth in the saying that lightning never strikes the same place twice?",
        "Ball lightning: do physicists actually agree that it exists?",
        "Why does the Mediterranean hardly have any tide compared with the Atlantic coast?",
        "Why is sheltering under a lone tree such a bad idea in a thunderstorm?",
        "What's the real difference between sheet lightning and forked lightning?",
    ),
    "mull-erlang-and-nim-critique": (
        "What does 'let it crash' mean in Erlang, and why do its fans swear by it?",
        "Would Nim be a sensible pick for a small command-line tool instead of Go?",
        "Critique this Erlang loop: loop(S) -> receive {add, X} -> loop(S + X); stop -> ok end.",
        "Why does Elixir seem to get far more attention than plain Erlang these days?",
        "How do Nim's templates and macros compare with Rust's procedural macros?",
        "My gen_server keeps hitting the call timeout in handle_call. What should I check first?",
        "Explain OTP supervision trees to a developer who has only ever written Java.",
        "Is Nim's style-insensitive identifier rule clever or a footgun?",
        "What are the practical downsides of hot code loading in a production Erlang system?",
        "For someone new to the BEAM, is it better to start with Erlang or with Elixir?",
    ),
    "mull-cumbia-and-bossa-nova-verdicts": (
        "Is Getz/Gilberto overrated, or does it deserve its place on every best-of list?",
        "Which cumbia record would you hand to a friend who only listens to reggaeton?",
        "Did bossa nova lose its soul once it became hotel-lobby music?",
        "What makes Colombian cumbia sound so different from Argentine cumbia villera?",
        "Was João Gilberto's guitar really as revolutionary as the critics claim?",
        "Recommend a Peruvian chicha album for a summer garden party, and say why.",
        "Was Tom Jobim a greater composer than he was a performer?",
        "Why do some music writers look down on cumbia sonidera?",
        "Give me your honest opinion of Elis & Tom as an album.",
        "Bossa nova or cumbia for a relaxed dinner-party playlist — which wins, and why?",
    ),
    "mull-narwhal-and-capybara-habits": (
        "What is the narwhal's tusk actually for?",
        "Why do so many other animals seem perfectly relaxed sitting next to a capybara?",
        "How do narwhals find air holes under thick winter sea ice?",
        "Why do capybaras eat their own droppings?",
        "Do narwhals travel in pods, and how do they talk to each other?",
        "Why do capybaras spend so much of the day in the water?",
        "How much trouble are narwhals in as Arctic sea ice shrinks?",
        "Would a capybara make a good pet, or would keeping one be unkind?",
        "How did narwhal tusks end up being sold as unicorn horns in medieval Europe?",
        "How does a capybara group sort out who is in charge?",
    ),
    "mull-festival-programme-and-raffle-flyer-drafting": (
        "Write a cheerful opening blurb for a village summer festival programme.",
        "Draft a raffle flyer whose top prizes are a food hamper and a hot-air balloon ride.",
        "Make this sign sound friendlier without losing the point: 'No dogs beyond this point.'",
        (
            "Write a short welcome from the head teacher for the front page of our school fête "
            "programme."
        ),
        "Word a polite notice asking stallholders to take all their rubbish home with them.",
        "Suggest five catchy names for a monthly street-food night in a market square.",
        "Write a warm thank-you paragraph for the volunteers, for the back page of the programme.",
        "Draft a notice apologising that the harbour festival is cancelled because of storms.",
        (
            "Rewrite this lost-child announcement so it sounds calm and clear: 'ATTENTION. A "
            "CHILD "
            "IS LOST. IF YOU ARE HIS PARENT COME NOW.'"
        ),
        "Write a funny one-line description for the tug-of-war in our fête programme.",
    ),
    "mull-regifting-and-tipping-tact": (
        "Is it rude to regift a present I was given to a different friend?",
        "What's the etiquette on tipping tour guides in Japan, where tipping isn't really done?",
        "My friend spotted that I regifted the scarf she gave me. How do I smooth this over?",
        "Should I tip a hairdresser who owns the salon?",
        "How do I tell the grandparents we'd rather they didn't buy the kids so many presents?",
        "Is it tacky to ask wedding guests for money towards a honeymoon instead of gifts?",
        "What's a gracious way to turn down an expensive gift from a client?",
        "Should I still tip when the service was slow but the waiter was lovely?",
        "How do I handle a Secret Santa where one colleague always blows past the limit?",
        "Does giving a gift card come across as lazy, or is it genuinely welcome?",
    ),
    "mull-experience-machine-and-sorites-puzzles": (
        (
            "Would you plug into Nozick's experience machine, and what does that say about "
            "happiness?"
        ),
        "What is the strongest response to the sorites paradox about a heap of sand?",
        "Is vagueness a feature of our language or of the world itself?",
        "Does the experience machine really refute hedonism, or is that overstated?",
        "How does supervaluationism try to deal with borderline cases?",
        "If a simulated life felt exactly like a real one, would it matter that it wasn't real?",
        "Explain the paradox of the bald man and why it's so hard to escape.",
        "Is our reluctance to enter the experience machine just status quo bias?",
        "Is epistemicism plausible — that vague words have sharp cut-offs we simply can't know?",
        "Can fuzzy logic genuinely dissolve the heap paradox, or does it just move it?",
    ),
    "mull-palindrome-and-portmanteau-wordplay": (
        "Make up a palindrome about a cat and a taco.",
        "Why is 'brunch' called a portmanteau when 'breakfast' isn't?",
        "Give me three portmanteau names for a dog that's half poodle, half corgi.",
        "Where does the word 'portmanteau' come from, and who first used it for blended words?",
        "Is 'smog' a portmanteau, and who coined it?",
        (
            "Write a short poem in which every line reads the same backwards, or explain why it's "
            "so "
            "hard."
        ),
        "What are some of the best-known palindromic sentences in English?",
        "Invent a portmanteau for the tiredness you feel after coming back from a holiday.",
        "Why do palindromes feel so satisfying to read?",
        "Do other languages have palindromes that work better than English ones?",
    ),
    "mull-proofing-and-deglazing-technique": (
        "Why does bread dough need a second rise after shaping?",
        "What does deglazing actually do to the flavour of a pan sauce?",
        "My dough has over-proofed and collapsed. Can I rescue it?",
        "Should I deglaze with wine or with stock for a mushroom sauce?",
        "How can I tell when brioche is properly proofed and ready for the oven?",
        "Why did my pan sauce taste bitter after I deglazed the pan?",
        "Is a slow overnight proof in the fridge really worth the wait?",
        "What is the poke test for dough, and how reliable is it?",
        "Is it safe to deglaze a non-stick pan?",
        "Why do some recipes tell you to bloom the yeast in warm water first?",
    ),
}
assert len(ORDINARY) == 10 and all(len(v) == 10 for v in ORDINARY.values())
for topic, questions in ORDINARY.items():
    for question in questions:
        neg(topic, question)


# ---------------------------------------------------------------- near-positive negatives
# shaped like tool questions (numbers, units, dates) but needing the language model
NEAR = {
    "near-codes-and-identifiers": (
        (
            "My car's diagnostic reader shows P0420. What does that code usually point to?",
            "an OBD-II fault code, not a number to compute",
        ),
        (
            "Why is Pantone 448 C nicknamed the ugliest colour in the world?",
            "a colour identifier and its story",
        ),
        (
            "What does it mean when an aircraft squawks 7500?",
            "a transponder code's meaning",
        ),
        (
            "What kind of books would I find under Dewey 394.26 in the library?",
            "a classification number, not a decimal to convert",
        ),
        (
            "What is ISO 8601 and why do programmers keep recommending it?",
            "a standard's number in its name",
        ),
    ),
    "near-numbers-in-titles": (
        ("Is the novel of The 39 Steps better than Hitchcock's film?", "a title with a number"),
        ("What is Slaughterhouse-Five really about, beneath the time travel?", "a title"),
        ("Summarise the plot of Ocean's Eleven without spoiling the heist.", "a film title"),
        ("Why is the band called Sum 41?", "a band name with a number"),
        (
            "How faithful is 10 Things I Hate About You to The Taming of the Shrew?",
            "a film title with a number",
        ),
    ),
    "near-fermi-guesses-with-nothing-given": (
        (
            (
                "Ballpark it: how many lion dance troupes might be out performing in Kuala Lumpur "
                "during new year week?"
            ),
            "an estimate from no stated figures",
        ),
        (
            "Roughly how many tomatoes would it take to fill an Olympic swimming pool?",
            "a Fermi estimate with no stated sizes",
        ),
        (
            "Take a guess: how many people are in the air on passenger planes at any one moment?",
            "an estimate, nothing given",
        ),
        (
            "Roughly how many hairs are on a typical golden retriever?",
            "an estimate needing assumptions",
        ),
        (
            "Estimate how many bricks went into a typical three-bedroom semi-detached house.",
            "an estimate needing assumptions",
        ),
    ),
    "near-why-the-arithmetic-works": (
        ("Why does casting out nines catch most adding mistakes?", "why a check works"),
        ("Why is any nonzero number raised to the power 0 equal to 1?", "why a convention holds"),
        (
            "Why exactly can't you divide by zero? I want more than 'it's undefined'.",
            "explanation",
        ),
        (
            (
                "Why do a triangle's angles always add up to 180 degrees, and is that true on a "
                "globe?"
            ),
            "why a geometry rule holds",
        ),
        ("Why is 0.999 recurring equal to 1? It feels wrong to me.", "explanation"),
    ),
    "near-numeric-facts-nobody-stated": (
        ("How high is the Brocken in the Harz mountains?", "a fact the tools don't hold"),
        ("What's the population of Lerwick these days?", "a fact the tools don't hold"),
        ("How many people usually take part in La Tomatina?", "a fact, not a sum"),
        ("How many bulls run in each morning's encierro at San Fermín?", "a fact"),
        ("How far is the Moon from Earth at its closest approach?", "a fact, nothing to convert"),
    ),
    "near-notation-to-interpret": (
        ("My maths teacher wrote 3↑↑3 on the board. What do the double arrows mean?", "notation"),
        ("What does n!! mean, and is it the same thing as (n!)!?", "notation"),
        ("How should I read 17 ≡ 2 (mod 5) out loud, and what does it say?", "notation"),
        ("In a physics book, what do the angle brackets in ⟨x⟩ stand for?", "notation"),
        (
            "The recipe app shows '2×' next to the ingredient list. What does that setting do?",
            "a symbol in an interface",
        ),
    ),
    "near-riddles-and-sequences": (
        ("What comes next in 1, 11, 21, 1211, 111221, and what's the rule?", "a sequence puzzle"),
        (
            (
                "Riddle: the more of me you make walking through the orchard, the more you leave "
                "behind. What am I?"
            ),
            "a lateral-thinking riddle",
        ),
        (
            "Which weighs more, a kilogram of feathers or a kilogram of iron? Explain the trick.",
            "a trick question",
        ),
        ("O, T, T, F, F, S, S, E — which letter comes next, and why?", "a letter-sequence puzzle"),
        (
            (
                "If a plane crashes exactly on the border between two countries, where are the "
                "survivors buried?"
            ),
            "a trick riddle",
        ),
    ),
    "near-what-a-reading-means": (
        ("The pharmacy machine said my blood pressure is 142/91. Should I be worried?", "advice"),
        ("The oil bottle says 5W-30. What do those numbers mean?", "a rating to explain"),
        ("The forecast shows a UV index of 8. What does that mean for a beach day?", "a reading"),
        ("My tyre sidewall says 225/45 R17 94W. Decode it for me.", "a tyre marking"),
        (
            "The baby's thermometer reads 38.2 °C. Is that a fever, and what should we do?",
            "health advice",
        ),
    ),
    "near-is-it-worth-the-money": (
        ("Is a 4.9% APR car loan over five years a good deal?", "a judgement"),
        (
            "Is €85 a morning for a balcony over the bull run worth it, or a tourist trap?",
            "a judgement",
        ),
        (
            "Are the HK$428 premium mooncakes really better than the supermarket ones?",
            "an opinion",
        ),
        ("Is going from 16 GB to 32 GB of RAM worth it for photo editing?", "a judgement"),
        ("Is £30 a reasonable price for a wassail evening with cider and music?", "an opinion"),
    ),
    "near-versions-and-model-numbers": (
        (
            "What changed between Python 3.11 and 3.12 that matters for everyday scripts?",
            "versions",
        ),
        ("Is it worth upgrading from an iPhone 12 to a 15?", "model numbers"),
        ("What's the difference between Wi-Fi 6 and Wi-Fi 6E in practice?", "standards"),
        (
            "Should I move a small project from PostgreSQL 13 to 16, and what could break?",
            "versions",
        ),
        ("Is HTML5 still a meaningful term, or is it all just HTML now?", "a version name"),
    ),
    "near-sports-numbers-jargon": (
        ("How do wing-backs in a 3-5-2 play differently from full-backs in a back four?", "terms"),
        ("What's a nine-dart finish in darts, and why is it such a big deal?", "jargon"),
        ("In cricket, what does it mean when a bowler takes a five-for?", "jargon"),
        ("Why does the score 30–love in tennis use the word 'love'?", "jargon's origin"),
        ("Why do fans throw hats on the ice after a hat-trick?", "a custom"),
    ),
    "near-history-dates-nobody-gave": (
        ("Roughly when did Olmec civilisation begin?", "a historical date not given"),
        ("When was the first Up Helly Aa with a galley burning?", "a historical fact"),
        ("How long did the Hundred Years' War actually last?", "a historical fact"),
        ("When did Juneteenth become a US federal holiday, and why then?", "history"),
        ("In which century was the Palio di Siena first run?", "history"),
    ),
    "near-recipe-troubleshooting": (
        ("My mooncake crusts cracked at 180 °C. What went wrong?", "troubleshooting"),
        ("Why did my 78% hydration dough turn into soup on the bench?", "troubleshooting"),
        ("My meringue wept after 90 minutes at 120 °C. Why?", "troubleshooting"),
        ("My caramel seized at 170 °C. Can I save it?", "troubleshooting"),
        ("My brisket stalled at 165 °F for four hours. Is something wrong?", "troubleshooting"),
    ),
}
assert len(NEAR) == 13 and all(len(v) == 5 for v in NEAR.values())
for topic, pairs in NEAR.items():
    for question, why in pairs:
        neg(topic, question, f"near-positive: {why}")


# ---------------------------------------------------------------- conversation negatives
# the figures in assistant turns are computed here; every last turn needs the language model


def shown(x, places=2):
    """A computed figure as an assistant would write it: thousands commas, fixed decimals."""
    x = F(x)
    if x.denominator == 1 and places == 2:
        return f"{int(x):,}"
    return f"{float(x):,.{places}f}"


assert shown(F(9132)) == "9,132" and shown(dec("153.2")) == "153.20" and shown(F(1, 3), 1) == "0.3"

fam = "conv-write-after-a-total"
kt_small, kt_small_p, kt_big, kt_big_p = 214, 60, 37, 150
conv(
    fam,
    [
        (
            U,
            (
                f"Sold {kt_small} small krathongs at {kt_small_p} baht and {kt_big} big ones at "
                f"{kt_big_p} baht. What did we take?"
            ),
        ),
        (A, f"That's {shown(kt_small * kt_small_p + kt_big * kt_big_p)} baht in takings."),
        (
            U,
            (
                "Brilliant. Write a short, warm Facebook post thanking everyone who bought one "
                "from "
                "our stall, and mention the total."
            ),
        ),
    ],
    "writing a post after a sum",
)
raised_usd, basket_n, basket_usd = "612", 37, "12.40"
conv(
    fam,
    [
        (
            U,
            (
                f"We raised ${raised_usd} and filled {basket_n} Purim baskets at ${basket_usd} "
                "each. "
                "How much is left over?"
            ),
        ),
        (A, f"${shown(amt(raised_usd) - basket_n * amt(basket_usd))} is left over."),
        (
            U,
            (
                "Please draft two friendly sentences for the synagogue newsletter saying the "
                "leftover "
                "goes to the kitchen fund."
            ),
        ),
    ],
    "newsletter wording after a sum",
)
shirt_n, shirt_eur = 27, "34.80"
conv(
    fam,
    [
        (U, f"{shirt_n} match shirts at €{shirt_eur} each, what's the total?"),
        (A, f"€{shown(shirt_n * amt(shirt_eur))} for all {shirt_n} shirts."),
        (
            U,
            (
                "ok now write a message for the team group chat announcing the new shirts and "
                "asking "
                "everyone to pay their share by Friday, keep it fun"
            ),
        ),
    ],
    "group-chat message after a sum",
)
w_adult, w_adult_n, w_child, w_child_n = "14", 86, "6", 41
conv(
    fam,
    [
        (
            U,
            (
                f"Wassail tickets: {w_adult_n} adults at £{w_adult} and {w_child_n} children at "
                f"£{w_child}. Total ticket money?"
            ),
        ),
        (A, f"£{shown(w_adult_n * amt(w_adult) + w_child_n * amt(w_child))} from tickets."),
        (
            U,
            (
                "Turn that into a cheerful thank-you for the village newsletter, under 80 words, "
                "and "
                "say the money goes to replanting the orchard."
            ),
        ),
    ],
    "thank-you note after a sum",
)
k_guests, k_per = 58, "7.25"
conv(
    fam,
    [
        (U, f"Mains for {k_guests} guests at ${k_per} a head comes to how much?"),
        (A, f"${shown(k_guests * amt(k_per))} for the main dishes."),
        (
            U,
            (
                "Write the invitation for our karamu: mention it's a potluck for sides and "
                "desserts "
                "and that we've covered the mains."
            ),
        ),
    ],
    "invitation after a sum",
)

fam = "conv-advice-while-figures-are-missing"
conv(
    fam,
    [
        (U, "I'm thinking of renting a balcony to watch the bull run in Pamplona."),
        (A, "Happy to help you cost it. How many people, which mornings, and what's the price?"),
        (
            U,
            (
                "The group hasn't decided yet. What should I check with the owner before I pay a "
                "deposit?"
            ),
        ),
    ],
    "advice before any figures exist",
)
conv(
    fam,
    [
        (U, "How much would garba passes cost for my whole family?"),
        (A, "Tell me the pass prices and how many of you are going, and I'll add it up."),
        (U, "I don't have the prices yet. What should I ask the organisers when I ring them?"),
    ],
    "questions to ask, figures missing",
)
conv(
    fam,
    [
        (U, "Could you budget our Chuseok trip to Busan?"),
        (A, "Sure — what fares have you found, and how many adults and children are travelling?"),
        (
            U,
            (
                "Haven't looked yet. Is it smarter to travel the day before the holiday or on the "
                "first day itself?"
            ),
        ),
    ],
    "travel advice, no figures",
)
conv(
    fam,
    [
        (U, "We want to build a practice stand for the lion dance. How much timber do we need?"),
        (A, "What height and span do you want, and what size timber are you using?"),
        (
            U,
            (
                "Still waiting on the hall's measurements. What safety points should we be "
                "thinking "
                "about meanwhile?"
            ),
        ),
    ],
    "safety advice while measurements are missing",
)
conv(
    fam,
    [
        (U, "Can you work out what our Fasnacht costumes will cost?"),
        (A, "Give me the items and the prices the workshop quoted and I'll total them."),
        (
            U,
            (
                "They haven't quoted. Is it normal for a clique to reuse costumes from year to "
                "year, "
                "or is that frowned on?"
            ),
        ),
    ],
    "custom question, no quote yet",
)

fam = "conv-verdict-on-a-worked-figure"
mc_boxes, mc_price, mc_off = 65, "398", 8
conv(
    fam,
    [
        (U, f"{mc_boxes} boxes of mooncakes at HK${mc_price} with {mc_off}% off — total?"),
        (A, f"HK${shown(mc_boxes * amt(mc_price) * (1 - pct(mc_off)))} after the discount."),
        (U, "Is that a sensible amount for a staff gift, or does it look extravagant?"),
    ],
    "a verdict on a computed total",
)
kr_n, kr_suit, kr_bells, kr_sponsor = 12, "1,150", "85", "6,000"
conv(
    fam,
    [
        (
            U,
            (
                f"{kr_n} Krampus runners, suits €{kr_suit} and bells €{kr_bells} each, "
                f"€{kr_sponsor} "
                "sponsorship. What does each runner pay?"
            ),
        ),
        (
            A,
            (
                f"€{shown((kr_n * (amt(kr_suit) + amt(kr_bells)) - amt(kr_sponsor)) / kr_n)} per "
                "runner."
            ),
        ),
        (U, "Is that a fair thing to ask volunteers to pay, do you think?"),
    ],
    "fairness of a computed share",
)
fr_rent, fr_riders, fr_dues = "14,500", 58, "325"
conv(
    fam,
    [
        (
            U,
            f"Float rental ${fr_rent} split {fr_riders} ways plus ${fr_dues} dues — per rider?",
        ),
        (A, f"${shown(amt(fr_rent) / fr_riders + amt(fr_dues))} per rider."),
        (U, "Honestly, is that steep for someone in their first year with a krewe?"),
    ],
    "opinion on a computed cost",
)
pb_bought, pb_cost, pb_sold, pb_sell = 120, "350,000", 104, "620,000"
conv(
    fam,
    [
        (
            U,
            (
                f"Bought {pb_bought} peach branches at {pb_cost} đồng and sold {pb_sold} at "
                f"{pb_sell}. "
                "Profit?"
            ),
        ),
        (
            A,
            f"{shown(pb_sold * amt(pb_sell) - pb_bought * amt(pb_cost))} đồng profit.",
        ),
        (U, "Would other Tết market sellers call that a good season, or just average?"),
    ],
    "a judgement about a result",
)
tm_n, tm_each = 11, "40.50"
conv(
    fam,
    [
        (U, f"{tm_n} of us at €{tm_each} each for entry, coach and goggles. Total?"),
        (A, f"€{shown(tm_n * amt(tm_each))} for the group."),
        (U, "Is that good value for a day out compared with other Spanish fiestas?"),
    ],
    "value judgement after a sum",
)

fam = "conv-why-the-method"
soda_b, soda_per, soda_guests = 3, 8, 180
conv(
    fam,
    [
        (
            U,
            (
                f"{soda_b} bottles of soda for every {soda_per} guests, {soda_guests} guests. How "
                "many "
                "bottles?"
            ),
        ),
        (
            A,
            (
                f"{shown(F(soda_guests * soda_b, soda_per), 1)} exactly, so buy "
                f"{whole_up(F(soda_guests * soda_b, soda_per))}."
            ),
        ),
        (
            U,
            (
                "Why round up instead of to the nearest whole number? Explain it so my "
                "ten-year-old "
                "gets it."
            ),
        ),
    ],
    "why a rounding choice",
)
smoke_f = 225
conv(
    fam,
    [
        (U, f"{smoke_f} °F in Celsius?"),
        (A, f"About {shown(f_to_c(smoke_f), 1)} °C."),
        (U, "Why do you take away 32 before multiplying? I always get the order muddled."),
    ],
    "why a formula's order",
)
pr_a, pr_b = D(2028, 1, 4), D(2028, 1, 21)
conv(
    fam,
    [
        (U, f"Tuesday and Thursday practices from {say(pr_a)} to {say(pr_b)} — how many?"),
        (A, f"{count_weekdays(pr_a, pr_b, {TUE, THU})} sessions."),
        (U, "How did you count them? Did you list every date, or is there a quicker trick?"),
    ],
    "explain a counting method",
)
mean_vals = (48, 53, 61, 72, 91)
conv(
    fam,
    [
        (U, "Average of " + ", ".join(str(v) for v in mean_vals) + "?"),
        (A, f"The mean is {num(F(sum(mean_vals), len(mean_vals)))}."),
        (U, "When would the median be a better summary than the mean for data like this?"),
    ],
    "statistics judgement",
)
base_v, rise = "1,850", 14
conv(
    fam,
    [
        (U, f"{base_v} up by {rise}% is?"),
        (A, f"{shown(amt(base_v) * (1 + pct(rise)))}."),
        (
            U,
            f"So why doesn't taking {rise}% off that get me back to {base_v}? Explain the idea.",
        ),
    ],
    "why percentages are not symmetric",
)

fam = "conv-numbered-titles"
conv(
    fam,
    [
        (U, "I've just started Catch-22."),
        (A, "Good choice — it's funny and bleak in equal measure. How are you finding it?"),
        (U, "Why did Heller choose 22 for the title? Was there a different number at first?"),
    ],
    "a title with a number",
)
conv(
    fam,
    [
        (U, "We watched Apollo 13 for film night."),
        (A, "A classic. Did the group enjoy it?"),
        (U, "They did. How accurate is it compared with what really happened on the mission?"),
    ],
    "a film title with a number",
)
conv(
    fam,
    [
        (U, "My book club picked 1Q84."),
        (A, "That's a long one — it came out in three volumes in Japan."),
        (U, "Is it worth pushing on past the first volume if I'm finding it slow?"),
    ],
    "a novel title with a number",
)
conv(
    fam,
    [
        (U, "We're doing Fahrenheit 451 at school."),
        (A, "Great book for discussion. Are you writing an essay on it?"),
        (U, "Yes — give me three essay angles about censorship and screens."),
    ],
    "a title with a number",
)
conv(
    fam,
    [
        (U, "I've been listening to Adele's 25 and 30 back to back."),
        (A, "Two very different moods. What do you think so far?"),
        (U, "Which of the two is the stronger album, in your view, and why?"),
    ],
    "album titles that are numbers",
)

fam = "conv-plans-after-a-worked-time"
vl_land = DT(2029, 8, 27, 23, 30)
vl_fight = DT(2029, 8, 29, 11, 0)
conv(
    fam,
    [
        (
            U,
            (
                f"Landing in Valencia {vl_land:%H:%M} on {sayw(vl_land.date())}, tomato fight "
                f"{vl_fight:%H:%M} on {sayw(vl_fight.date())}. How many hours in between?"
            ),
        ),
        (A, f"{num(F(int((vl_fight - vl_land).total_seconds()), 3600))} hours."),
        (U, "What's the best way to spend that time in Valencia without wearing ourselves out?"),
    ],
    "plans after a computed time",
)
cm_dep = DT(2028, 11, 1, 21, 30)
cm_arr = DT(2028, 11, 2, 20, 45)
conv(
    fam,
    [
        (
            U,
            (
                f"London {cm_dep:%H:%M} ({offset_text('Europe/London', cm_dep, '+00:00')}) on "
                f"{say(cm_dep.date())} to Chiang Mai {cm_arr:%H:%M} "
                f"({offset_text('Asia/Bangkok', cm_arr, '+07:00')}) the next day: how long?"
            ),
        ),
        (A, f"{num(hours_between(cm_dep, 'Europe/London', cm_arr, 'Asia/Bangkok'))} hours."),
        (
            U,
            (
                "How should my sister handle the jet lag so she's fresh for the lantern release "
                "that "
                "evening?"
            ),
        ),
    ],
    "travel advice after a computed time",
)
hz_t0, hz_t1 = "15:10", "19:45"
conv(
    fam,
    [
        (U, f"Train {hz_t0} from Hamburg, arrive Thale {hz_t1}. Minutes?"),
        (A, f"{clock_span(hz_t0, hz_t1, 60)} minutes."),
        (U, "What should we pack for a night up on the Brocken at the end of April?"),
    ],
    "packing advice after a computed time",
)
ktx_len = "417.5"
conv(
    fam,
    [
        (U, f"{ktx_len} km in miles?"),
        (A, f"About {shown(amt(ktx_len) * KM / MI, 1)} miles."),
        (U, "What should a family with small kids see first once they get to Busan?"),
    ],
    "sightseeing after a conversion",
)
hk_dep = DT(2028, 9, 24, 9, 30)
van_arr = DT(2028, 9, 25, 7, 0)
conv(
    fam,
    [
        (
            U,
            (
                f"Courier left Hong Kong {hk_dep:%H:%M} "
                f"({offset_text('Asia/Hong_Kong', hk_dep, '+08:00')}) on {say(hk_dep.date())}, "
                "reached "
                f"Vancouver {van_arr:%H:%M} "
                f"({offset_text('America/Vancouver', van_arr, '-07:00')}) on "
                f"{say(van_arr.date())}. Hours in transit?"
            ),
        ),
        (
            A,
            f"{num(hours_between(hk_dep, 'Asia/Hong_Kong', van_arr, 'America/Vancouver'))} hours.",
        ),
        (U, "Will the mooncakes still be fine after that, and how should my aunt store them?"),
    ],
    "food advice after a computed time",
)

fam = "conv-history-behind-the-unit"
fever_c = "38.5"
conv(
    fam,
    [
        (U, f"the baby is at {fever_c} °C, my american mother-in-law wants fahrenheit"),
        (A, f"{num(c_to_f(amt(fever_c)))} °F."),
        (
            U,
            (
                "She's calmer now, thanks. How did Fahrenheit pick the fixed points of his scale, "
                "and why did the US never drop it?"
            ),
        ),
    ],
    "history of a scale",
)
boat_ft = 30
conv(
    fam,
    [
        (U, f"{boat_ft} feet in metres?"),
        (A, f"{num(boat_ft * FT)} m."),
        (U, "Where did the foot come from as a unit — was it really somebody's foot?"),
    ],
    "origin of a unit",
)
weight_lb = 186
conv(
    fam,
    [
        (U, f"{weight_lb} lb in kilos?"),
        (A, f"About {shown(weight_lb * LB)} kg."),
        (U, "Why on earth is pound abbreviated 'lb'?"),
    ],
    "origin of an abbreviation",
)
gauge_psi = 80
conv(
    fam,
    [
        (U, f"{gauge_psi} psi in bar?"),
        (A, f"About {shown(gauge_psi * PSI / BAR)} bar."),
        (U, "Who came up with the bar as a unit, and why that name?"),
    ],
    "history of a unit",
)
clip_gib = "2.75"
conv(
    fam,
    [
        (U, f"The festival video is {clip_gib} GiB; the upload box wants MiB."),
        (A, f"{num(amt(clip_gib) * GIB / MIB)} MiB."),
        (
            U,
            (
                "Who decided a kilobyte could mean 1,000 or 1,024, and why were the 'bi' prefixes "
                "added so late?"
            ),
        ),
    ],
    "history of two prefixes",
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
    # no register (family name) of this set is a family name of sets 19 to 127
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 127: {reused}"
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
