r"""Generate heldout-2027-04-15.jsonl: a hundred-and-thirty-third held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-15 by a helper session working only in /work/sealed133 (scratch files
in /work/sealed133/scratch, deleted at the end). The starting point was a 2461-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-15.jsonl, PREFIX "ho133-", earlier generators 1-132, register check against
sets 19 to 132); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; other text as a whitespace-free substring);
- /work/sealed133/earlier_registers.txt (2882 earlier family names): its first 100 lines and a
  line count, counts of hyphenated names and of names starting near- or conv- (none), 40
  hyphenated (negative-topic) names, counts of names by their first hyphenated word, and grep
  runs that printed, for about 150 candidate keywords, how many earlier names contain the
  keyword and the first few such names, so that this set's names are new combinations rather
  than near-copies (several first choices, among them a lighthouse-and-shipwreck topic, existed
  word for word and were dropped); a final exact-match check found none of this set's 56 family
  names in the list;
- of the copied script, the allowed lines 1-371, 763-823, 1078-1162, 1516-1523 and 2238-2461,
  printed with sed, plus a line count; lines 1-371 only (through sed) were searched for the end
  of the old docstring and the __future__ import.
Slips, both known: (1) one sed call meant to show the joins between kept and dropped lines also
printed three lines just outside the allowed ranges at each of seven joins (760-762, 824-826,
1075-1077, 1163-1165, 1513-1515, 1524-1526 and 2235-2237). Apart from blank lines these showed the
tail of an old calculator call on pence and a tax percentage, two old unit constants (the
centimetre and millimetre), the tail of an old kilogram conversion, a comment and line loading
zoneinfo through importlib, a section heading for ordinary negatives, and the last note of an old
conversation family (a time offset followed by an etiquette question); no question text was
visible, and nothing here was modelled on them beyond the zoneinfo import, which the brief's own
rules on time zones call for anyway. (2) A grep for a new helper name ("as_text") was run over the
scratch byte-for-byte copy of the whole original script, to rule out a name clash; it matched
nothing and printed nothing. No other line of the old question sections was printed or searched: a
splicing script joined this docstring, the kept ranges by line number from that scratch copy, and
four new sections written from scratch, so lines 1-125 (the old docstring) were replaced and
372-762, 824-1077, 1163-1515 and 1524-2237 were dropped. A check script confirmed that each kept
range appears verbatim, and in order, in the formatted script. No git history, web or code search
(the search tools were not used), router, tests (not even a listing), other sealed directories,
other generators, other JSONL files or other files under /work/main were read;
/work/main/pyproject.toml was only handed to ruff as its configuration. One probe printed the
Python version and six zone offsets. The script imports the earlier generators itself, in memory,
for its duplicate and register checks, and prints none of their text (its failure messages name
only this set's item ids). Expected values and wording were reviewed from scratch listings of this
set's own output (ids, expected values, tolerances and texts).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (parents taking
  teenagers to Tokyo, an illustrator with a Denver publisher, grandparents meeting a new baby in
  Auckland, a best man planning a Reykjavik stag, a retired teacher wintering in Tenerife, a
  junior football subs secretary, a wet room for an elderly parent, a first-time fishkeeper, a
  cat rescue adoption day, a sixth-form leavers' ball committee, a garden railway enthusiast, a
  seaside chippy on a bank holiday, a parent at children's swimming lessons, a mobile sauna
  trailer hire, a carer juggling medication times, a man-and-van house move, a vintage tea
  dance organiser, a home projector set-up, a Cape Town conference speaker, snowboarders heading
  to Whistler, a family at a Mumbai wedding, a patio-laying weekend, walking netball for the
  over-sixties, a school lunch hall supervisor and a teenager on the rural bus to college), each
  register used by all three tools, six of them (Tokyo, Denver, Auckland, wet room, man and
  van, Cape Town) with two items per tool. Phrasing varies: questions, imperatives, baskets,
  quotes, tallies, lowercase chat, symbols (×, ÷, −, →, %, °C, °F, m², ₹, ¥, R, C$, NZ$, ISK)
  and written-out units; pounds, pence, euros, yen, rand, rupees, krónur and US, Canadian and
  New Zealand dollars; written dates with computed weekdays (sayw) and without, clock times,
  and journeys between named cities.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text through as_text, cash and gbp, which print exact
  Fractions exactly): Fraction arithmetic for money and quantities (whole_cents() asserts whole
  pence and cents; whole slabs round up with whole_up), exact unit definitions for conversions
  (from the set-up: inch, foot, yard, mile, avoirdupois pound and ounce, acre, square and cubic
  feet, psi, MiB and GiB, km/h and mph, Celsius/Fahrenheit; added here: centimetre, millimetre,
  kilometre, gram, hectare and square inch), graded exactly when the result has at most three
  decimals and at 0.1% otherwise (unit_pick choosing, unit_r asserting that an answer rounded
  to two decimals still passes), and date arithmetic for weekdays, spans, nights, whole weeks,
  an age, nth and last weekdays, day of the year, counts of a weekday (count_weekdays), working
  days (after_working_days, working_days_between), a weekly series skipping half term, clock
  intervals, a span across the clocks going back in the UK on 31 October 2027 (70 real hours
  against 69 on the wall clock), and journeys and time differences whose offsets come from the
  IANA rules (zoneinfo, loaded through importlib so the set-up is unchanged; on_weekday()
  asserts each weekday the text relies on, and asserts near the helpers pin the offsets used:
  London on summer time in July, August and on 30 October 2027 and not on 31 October, 10
  November 2027 or 20 March 2028; Tokyo nine ahead of UTC; Denver six behind in September 2027
  and already on summer time on 16 March 2028; Auckland thirteen ahead in October and November
  2027; Reykjavik on UTC; Cape Town two ahead; Vancouver seven behind on 20 March 2028; Mumbai
  five and a half ahead). No offsets are written in the positives; no contested unit words
  (ton, gallon, cup, pint, barrel, stone, calorie, a month as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (Tudor court and Reformation history;
  beetle and earthworm habits; Go, regex and cron help; film noir and western verdicts;
  earthquake and tsunami science; workplace credit and meeting dilemmas; repotting and
  seed-sowing hunches; polar exploration stories; sibling rifts and old friendships; eulogy and
  retirement speech drafting), 65 near-negatives in 13 families of five shaped like positives
  but needing the model (live rates and fares, fault codes and dashboard symbols, numbers in
  titles and lyrics, estimates with no figures, why a maths trick works, figures nobody gave,
  whether a quoted price is reasonable, what a reading means, when something happened, code
  that would compute something, sums missing their deciding figures, why a calendar or clock
  custom exists, cooking and growing judgement calls with numbers), and 35 conversations in
  seven families of five whose last turn asks for a nudging message after a bill was split, for
  substitution advice after a recipe was scaled, for gift ideas after days were counted, for
  invitation wording after a time difference was worked out, for a judgement after a savings
  total, for negotiation advice after a pay rise percentage, or for stopover and route ideas
  after a driving time; none ends in a plain exact question, and the figures in assistant turns
  are computed in code. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 132, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the comparison with
earlier_registers.txt above, and an ast check that no new module-level name rebinds a set-up or
check name or equals a local name of the kept functions (the first version's display helper was
called "shown", a local name in _gradable, and was renamed as_text). The first full run failed the
unit_r two-decimal assertion on a psi-to-bar conversion (now psi to kPa). The next run's duplicate
check flagged 12 items matching earlier sets word for word (an age question, four plain unit
questions, a unit question on a netball court's length, an estimate, an unstated height, a live
interest rate, a blood-pressure reading and two historical dates); all were reworded or given new
figures, and the run after that passed. Reviewing the listings moved the walking netball dates off
the span a plain question already used, renamed a scone recipe, swapped milk weighed in grams for
grated cheese, and reworded the time-zone conversations' first turns. Ruff check listed 25
implicitly concatenated strings in tuples (ISC004; 26 after a conversation turn was split) and a
timezone.utc alias (UP017, now datetime.UTC); the ISC004 ones were parenthesised with ruff's own
fix, ruff format then joined those that fit on one line, and the parentheses left around 13 single
strings were removed. Five lines were over 99 characters and were reworded or split, and three long
tuple assignments were broken into two. Ruff check and ruff format are clean, no line exceeds 99
characters, and the final run passed every check.

Run: /work/main/.venv/bin/python make_heldout_133.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-15.jsonl"
PREFIX = "ho133-"
# earlier generators: sets 1-132 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 133))
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


def as_text(x, places=None):
    """An exact Fraction written as a decimal with thousands commas, e.g. 1,284.5."""
    x = F(x)
    k = decimals(x) if places is None else places
    assert (x * 10**k).denominator == 1, x
    q = Decimal(x.numerator) / Decimal(x.denominator)
    return f"{q:,.{k}f}"


def whole_cents(x):
    """A money amount that must come out in whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def cash(sym, x):
    """A money amount with its symbol: whole amounts without decimals, else two decimals."""
    x = whole_cents(x)
    return sym + as_text(x, 0 if x.denominator == 1 else 2)


def gbp(x):
    return cash("£", x)


assert (
    as_text(dec("1284.5")) == "1,284.5" and gbp(dec("67.6")) == "£67.60" and gbp(3540) == "£3,540"
)
assert cash("¥", 175200) == "¥175,200"
assert whole_cents(dec("0.85") * dec("280.60")) == dec("238.51")


# ---------------------------------------------------------------- calculator, plain
def _calculator_plain():
    base, rate = dec("386.40"), dec("17.5")
    calc(P, f"What's {as_text(rate)}% of {gbp(base)}?", whole_cents(base * rate / 100))

    parts = [dec("48.75"), dec("112.30"), dec("9.99"), dec("260.04")]
    listed = ", ".join(as_text(p, 2) for p in parts[:-1]) + f" and {as_text(parts[-1], 2)}"
    calc(P, f"add up {listed} for me please", sum(parts))

    gift, people = dec("241.50"), 7
    calc(
        P,
        f"{people} of us are chipping in equally for a leaving present that costs {gbp(gift)}. "
        "How much does each person put in?",
        whole_cents(gift / people),
    )

    calc(P, "1,284 ÷ 16 = ?", F(1284, 16))

    jacket, off = 89, 35
    calc(
        P,
        f"Coat was {gbp(jacket)}, the label now says {off}% off. What do I actually pay?",
        whole_cents(jacket * (1 - F(off, 100))),
    )

    marks = [62, 71, 58, 90, 84]
    calc(
        P,
        "Mean of these five quiz scores: " + ", ".join(str(m) for m in marks) + "?",
        F(sum(marks), len(marks)),
    )

    qty, each = 23, dec("4.65")
    calc(P, f"How much is {qty} lots of {gbp(each)}?", qty * each)

    old, new = 31200, 33540
    calc(
        P,
        f"My salary went up from {gbp(old)} to {gbp(new)}. What percentage rise is that?",
        F(new - old, old) * 100,
    )

    calc(P, "What is three eighths of 2,000?", F(3, 8) * 2000)

    net = dec("1437.50")
    calc(P, f"Add 20% VAT to {gbp(net)} — what's the gross figure?", whole_cents(net * F(6, 5)))

    billed, service = dec("184.80"), 10
    calc(
        P,
        f"A restaurant bill of {gbp(billed)} already includes {service}% service on top of the "
        "food. What did the food come to before service was added?",
        whole_cents(billed / (1 + F(service, 100))),
    )

    calc(P, "0.85 × 0.6", dec("0.85") * dec("0.6"))

    lots = [(14, dec("3.20")), (6, dec("7.85")), (2, dec("19.99"))]
    said = ", ".join(f"{n} at {gbp(p)}" for n, p in lots[:-1])
    calc(
        P,
        f"Order total please: {said} and {lots[-1][0]} at {gbp(lots[-1][1])}.",
        sum(n * p for n, p in lots),
    )

    calc(P, "Work out (4,560 − 1,235) ÷ 7", F(4560 - 1235, 7))


_calculator_plain()


# ---------------------------------------------------------------- calculator, registers
def _calculator_registers():
    fam = "parents_taking_teens_to_tokyo"
    changed, yen_rate, share, teens = 1200, dec("191.35"), 40, 2
    calc(
        fam,
        f"We changed {gbp(changed)} into yen at {as_text(yen_rate)} yen to the pound. {share}% of "
        f"it is spending money for the {teens} teenagers, split evenly. How many yen does each "
        "of them get?",
        changed * yen_rate * F(share, 100) / teens,
    )
    nights, room, tax, guests = 6, 28400, 200, 4
    calc(
        fam,
        f"Tokyo hotel: {nights} nights at ¥{as_text(room)} a night for the family room, plus the "
        f"city's accommodation tax of ¥{tax} per person per night for the {guests} of us. "
        "Total in yen?",
        nights * room + tax * guests * nights,
    )

    fam = "illustrator_with_a_denver_publisher"
    fee, fx, bank = 3250, dec("0.7864"), dec("12.50")
    calc(
        fam,
        f"The Denver publisher paid my cover invoice of ${as_text(fee)}. My bank converted it at "
        f"{as_text(fx)} pounds per dollar and then took a {gbp(bank)} fee. How many pounds landed "
        "in my account?",
        whole_cents(fee * fx - bank),
    )
    spots, spot_fee, pages, page_fee, held = 23, 85, 9, 420, 10
    calc(
        fam,
        f"Contract terms: ${spot_fee} per spot illustration, ${page_fee} per full-page piece, and "
        f"they hold back {held}% of the total until the book comes out. I've delivered {spots} "
        f"spots and {pages} full pages. How many dollars should I be paid now?",
        whole_cents((spots * spot_fee + pages * page_fee) * (1 - F(held, 100))),
    )

    fam = "grandparents_meeting_a_new_baby_in_auckland"
    fare, bag = dec("1486.60"), 95
    calc(
        fam,
        f"Two return tickets to Auckland at {gbp(fare)} each, plus a checked bag for each of us "
        f"at {gbp(bag)} per bag per flight, out and back. What's the total?",
        2 * fare + 2 * 2 * bag,
    )
    rent, ours, nzd = 2340, 40, dec("2.08")
    calc(
        fam,
        f"The holiday house near our son's place is NZ${as_text(rent)} for the stay. We're paying "
        f"{ours}% and they pay the rest. At NZ${as_text(nzd)} to the pound, what's our part in "
        "pounds?",
        whole_cents(rent * F(ours, 100) / nzd),
    )

    fam = "best_man_planning_a_reykjavik_stag"
    cabin, whales, lads = 312000, 15000, 9
    calc(
        fam,
        f"Stag maths: the cabin is ISK {as_text(cabin)} all in and the whale-watching boat is "
        f"ISK {as_text(whales)} a head for all {lads} of us. The groom pays nothing, the other "
        f"{lads - 1} split everything equally. How many krónur each?",
        F(cabin + whales * lads, lads - 1),
    )

    fam = "retired_teacher_wintering_in_tenerife"
    wks, weekly, clean, every, disc = 12, 640, 90, 4, 5
    calc(
        fam,
        f"Winter let in Puerto de la Cruz: {wks} weeks at €{weekly} a week, with a {disc}% "
        f"long-stay discount on the rent, plus a €{clean} clean every {every} weeks "
        "(not discounted). What's the bill in euros?",
        whole_cents(wks * weekly * (1 - F(disc, 100)) + (wks // every) * clean),
    )

    fam = "junior_football_subs_secretary"
    kids, subs, sibs, sib_off, pays = 28, 22, 3, 25, 9
    calc(
        fam,
        f"Under-10s subs: {kids} players at {gbp(subs)} each per monthly payment, but {sibs} of "
        f"them are younger siblings who get {sib_off}% off. We collect {pays} monthly payments "
        "from September to May. What should the season's total be?",
        whole_cents(((kids - sibs) * subs + sibs * subs * (1 - F(sib_off, 100))) * pays),
    )

    fam = "wetroom_conversion_for_an_elderly_parent"
    area, per_m2, tanking, shower = dec("14.6"), 48, 186, 389
    labour_days, day_rate = dec("4.5"), 220
    calc(
        fam,
        f"Wet room quote for Dad's bungalow: tiling {as_text(area)} m² at {gbp(per_m2)} per m², "
        f"tanking kit {gbp(tanking)}, electric shower {gbp(shower)}, labour "
        f"{as_text(labour_days)} days at {gbp(day_rate)} a day, and then 20% VAT on the lot. "
        "Total?",
        whole_cents((area * per_m2 + tanking + shower + labour_days * day_rate) * F(6, 5)),
    )
    job, grant = dec("6245.50"), 60
    calc(
        fam,
        f"The council grant covers {grant}% of the adaptation and we find the rest. The final "
        f"invoice was {gbp(job)}. What's our share?",
        whole_cents(job * (1 - F(grant, 100))),
    )

    fam = "first_time_fishkeeper_cycling_a_tank"
    kit = [
        ("tank", 149),
        ("filter", dec("64.50")),
        ("heater", dec("27.75")),
    ]
    neons, neon, otos, oto, deal = 10, dec("2.45"), 3, dec("4.95"), 15
    listed = ", ".join(f"{what} {gbp(p)}" for what, p in kit)
    calc(
        fam,
        f"Starter setup basket: {listed}, {neons} neon tetras at {gbp(neon)}, {otos} otocinclus "
        f"at {gbp(oto)}. The shop's beginner deal takes {deal}% off everything. What do I pay?",
        whole_cents((sum(p for _, p in kit) + neons * neon + otos * oto) * (1 - F(deal, 100))),
    )

    fam = "cat_rescue_adoption_day"
    single, pair, singles, pairs, tins = 95, 160, 4, 3, dec("212.40")
    calc(
        fam,
        f"Adoption day tally: fee is {gbp(single)} per cat or {gbp(pair)} for a bonded pair. "
        f"We rehomed {singles} single cats and {pairs} pairs, and the donation tins had "
        f"{gbp(tins)}. How much did we raise?",
        singles * single + pairs * pair + tins,
    )

    fam = "sixth_form_leavers_ball_committee"
    venue, dj, booth, subsidy, sold = 4800, 650, 375, 1000, 125
    calc(
        fam,
        f"Leavers' ball budget: venue {gbp(venue)}, DJ {gbp(dj)}, photo booth {gbp(booth)}. "
        f"The school is putting in {gbp(subsidy)}. If we sell {sold} tickets, what price per "
        "ticket exactly breaks even?",
        whole_cents(F(venue + dj + booth - subsidy, sold)),
    )

    fam = "garden_railway_enthusiast_in_a_shed"
    flexi, flexi_p, points, point_p = 18, dec("11.40"), 6, dec("27.50")
    ctrl, voucher = dec("134.99"), 50
    calc(
        fam,
        f"Shopping for the garden line: {flexi} lengths of flexi track at {gbp(flexi_p)}, "
        f"{points} sets of points at {gbp(point_p)} and a controller for {gbp(ctrl)}. I've got "
        f"a {gbp(voucher)} voucher to knock off. What's left to pay?",
        flexi * flexi_p + points * point_p + ctrl - voucher,
    )

    fam = "seaside_chippy_on_a_bank_holiday"
    sales = [(312, "cod and chips", dec("9.80")), (148, "haddock and chips", dec("10.50"))]
    kids, kid_p = 96, dec("5.25")
    calc(
        fam,
        f"Bank holiday Monday on the front: {sales[0][0]} {sales[0][1]} at {gbp(sales[0][2])}, "
        f"{sales[1][0]} {sales[1][1]} at {gbp(sales[1][2])} and {kids} kids' meals at "
        f"{gbp(kid_p)}. What did we take?",
        sum(n * p for n, _, p in sales) + kids * kid_p,
    )

    fam = "parent_at_kids_swimming_lessons"
    lessons, per, second = 12, dec("8.75"), 10
    calc(
        fam,
        f"Swimming term for my two: {lessons} lessons each at {gbp(per)} a lesson, and the "
        f"second child gets {second}% off. What's the term's bill?",
        whole_cents(lessons * per * (2 - F(second, 100))),
    )

    fam = "mobile_sauna_trailer_hire"
    weekend, miles, per_mile = 320, 46, dec("1.35")
    calc(
        fam,
        f"Sauna trailer quote: {gbp(weekend)} for the Friday-to-Sunday hire, plus delivery at "
        f"{gbp(per_mile)} a mile for the {miles} miles out and the same back to collect. Total?",
        weekend + 2 * miles * per_mile,
    )

    fam = "carer_juggling_medication_times"
    visits, minutes, hourly = 14, 45, dec("23.40")
    calc(
        fam,
        f"Mum has {visits} care visits a week, each {minutes} minutes, charged at {gbp(hourly)} "
        "an hour pro rata. What's the weekly cost?",
        whole_cents(visits * F(minutes, 60) * hourly),
    )

    fam = "man_and_van_house_move"
    hourly, hours, fuel, charge = 65, dec("5.5"), 38, 15
    calc(
        fam,
        f"Man and van: {gbp(hourly)} an hour for the van and two lads, it took "
        f"{as_text(hours)} hours, plus {gbp(fuel)} fuel and the {gbp(charge)} clean air zone "
        "charge. What do I owe?",
        hourly * hours + fuel + charge,
    )
    van_total = hourly * hours + fuel + charge
    boxes, tape, mine_pct = dec("36.80"), dec("7.20"), 60
    calc(
        fam,
        f"Me and my ex-flatmate split the move: van {gbp(van_total)}, boxes {gbp(boxes)}, tape "
        f"{gbp(tape)}. I had most of the stuff so I'm paying {mine_pct}% of all of it. How much "
        "is my bit?",
        whole_cents((van_total + boxes + tape) * F(mine_pct, 100)),
    )

    fam = "vintage_tea_dance_organiser"
    tickets, t_p, strips, s_p = 120, dec("6.50"), 340, dec("0.5")
    teas, tea_p, hall, band = 95, dec("1.20"), 140, 250
    calc(
        fam,
        f"Tea dance accounts: {tickets} tickets at {gbp(t_p)}, {strips} raffle strips at 50p, "
        f"{teas} teas at {gbp(tea_p)}. Out: hall {gbp(hall)}, band {gbp(band)}. "
        "What's the profit?",
        tickets * t_p + strips * s_p + teas * tea_p - hall - band,
    )

    fam = "home_projector_and_screen_setup"
    kit = [
        ("projector", 749),
        ("pull-down screen", dec("189.99")),
        ("HDMI cable", dec("14.49")),
        ("ceiling mount", 40),
    ]
    goes = 12
    listed = ", ".join(f"{what} {gbp(p)}" for what, p in kit)
    calc(
        fam,
        f"Home cinema basket: {listed}. Interest-free over {goes} equal payments — how much is "
        "each payment?",
        whole_cents(sum(p for _, p in kit) / goes),
    )

    fam = "cape_town_conference_speaker"
    reg, hotel_n, hotel_p, rides, zar = 4850, 4, 2160, 1315, dec("23.5")
    calc(
        fam,
        f"Expenses from the Cape Town conference: registration R{as_text(reg)}, hotel {hotel_n} "
        f"nights at R{as_text(hotel_p)}, taxis R{as_text(rides)}. Finance reimburse at "
        f"{as_text(zar)} rand to the pound. How many pounds should I claim?",
        whole_cents((reg + hotel_n * hotel_p + rides) / zar),
    )
    usd_fee, withheld, rand_per_usd = 1500, 15, dec("18.4")
    calc(
        fam,
        f"My speaker fee is ${as_text(usd_fee)} less {withheld}% withholding, paid out in rand at "
        f"{as_text(rand_per_usd)} rand per dollar. How many rand do I receive?",
        whole_cents(usd_fee * (1 - F(withheld, 100)) * rand_per_usd),
    )

    fam = "snowboarders_heading_to_whistler"
    lift, ski_days, riders, early = 189, 5, 4, 10
    calc(
        fam,
        f"Lift tickets are C${lift} per person per day. There are {riders} of us riding "
        f"{ski_days} days, and booking online early takes {early}% off. Total in Canadian "
        "dollars?",
        whole_cents(lift * ski_days * riders * (1 - F(early, 100))),
    )

    fam = "mumbai_wedding_guest_family"
    kurtas, k_p, sherwanis, s_p, alter = 3, 2450, 2, 8900, 1350
    calc(
        fam,
        f"Tailor's bill in Mumbai for the wedding outfits: {kurtas} kurtas at ₹{as_text(k_p)}, "
        f"{sherwanis} sherwanis at ₹{as_text(s_p)}, and ₹{as_text(alter)} for alterations. "
        "How many rupees altogether?",
        kurtas * k_p + sherwanis * s_p + alter,
    )

    fam = "patio_slab_laying_weekend"
    rows, per_row, spare, slab = 11, 14, 5, dec("4.85")
    bought = whole_up(rows * per_row * (1 + F(spare, 100)))
    calc(
        fam,
        f"Patio is {rows} rows of {per_row} slabs. I'm adding {spare}% for breakages, rounded up "
        f"to whole slabs, and they're {gbp(slab)} each. What's the slab bill?",
        bought * slab,
    )

    fam = "walking_netball_over_sixties"
    court, hrs, players, fee, block = 42, 2, 16, dec("5.50"), 10
    calc(
        fam,
        f"Walking netball: court hire is {gbp(court)} an hour and we play {hrs} hours a week. "
        f"{players} players pay {gbp(fee)} each per week. Over a {block}-week block, how much "
        "is left over for the kitty?",
        (players * fee - court * hrs) * block,
    )

    fam = "school_lunch_hall_supervisor"
    paid, meal, free, funded = 186, dec("2.70"), 74, dec("2.61")
    calc(
        fam,
        f"Lunch hall numbers for the day: {paid} paid hot dinners at {gbp(meal)} and {free} free "
        f"school meals that the council funds at {gbp(funded)} each. What's the day's income?",
        paid * meal + free * funded,
    )

    fam = "teenager_on_the_rural_bus_to_college"
    weekly, single, trips = dec("18.40"), dec("3.10"), 4
    calc(
        fam,
        f"The weekly bus ticket is {gbp(weekly)}. Single fares are {gbp(single)} each way and "
        f"I go in {trips} days a week. How much more a week would singles cost me?",
        2 * trips * single - weekly,
    )


_calculator_registers()


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


CMETRE = F(1, 100)  # m
MMETRE = F(1, 1000)  # m
KMETRE = F(1000)  # m
GRAM = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
HECTARE = F(10000)  # m^2
SQIN = IN * IN  # m^2

assert (
    FT / CMETRE == dec("30.48") and OZ / GRAM == dec("28.349523125") and SQIN == dec("0.00064516")
)


def unit_pick(family, query, value):
    """Exact grading when the result has at most three decimals, else 0.1% (and 2 dp pass)."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# ---------------------------------------------------------------- units, plain
def _units_plain():
    unit_pick(P, "How many centimetres is 5 foot 9?", (5 * FT + 9 * IN) / CMETRE)
    unit_pick(P, "Convert 17 °C to Fahrenheit please.", c_to_f(17))
    unit_pick(P, "165 lb in kilograms", 165 * LB)
    unit_pick(P, "How far is 37 miles in kilometres?", 37 * MI / KMETRE)
    unit_pick(P, "How many square metres is 2.25 acres?", dec("2.25") * ACRE)
    unit_pick(P, "How many MiB are there in 2.75 GiB?", dec("2.75") * GIB / MIB)
    unit_pick(P, "32 psi → kPa?", 32 * PSI / 1000)
    unit_pick(P, "how many square feet is 18 square metres", 18 / SQFT)
    unit_pick(P, "What is 110 km/h in miles per hour?", 110 * KMH / MPH)
    unit_pick(P, "A 340 g tin of beans — how many ounces is that?", 340 * GRAM / OZ)
    unit_pick(P, "Turn 4 hectares into acres.", 4 * HECTARE / ACRE)
    unit_pick(P, "3.5 cubic metres of topsoil is how many cubic feet?", dec("3.5") / CUFT)
    unit_pick(P, "A 1,500 m race is how many yards?", 1500 / YD)
    unit_pick(P, "My oven goes up to 250 °C — what's that in °F?", c_to_f(250))


_units_plain()


# ---------------------------------------------------------------- units, registers
def _units_registers():
    fam = "parents_taking_teens_to_tokyo"
    unit_pick(
        fam,
        "The airline allows 23 kg per checked case and our luggage scale only shows pounds. "
        "What's the limit in lb?",
        23 / LB,
    )
    unit_pick(
        fam,
        "Mount Fuji's fifth station is at 2,305 metres. How high is that in feet?",
        2305 / FT,
    )

    fam = "illustrator_with_a_denver_publisher"
    unit_pick(
        fam,
        "The publisher's trim size is 8.5 by 11 inches. How wide is the page in millimetres?",
        dec("8.5") * IN / MMETRE,
    )
    unit_pick(
        fam,
        "They want the cover painting on a 24 × 36 inch canvas. What's its area in square "
        "centimetres?",
        24 * 36 * SQIN / (CMETRE * CMETRE),
    )

    fam = "grandparents_meeting_a_new_baby_in_auckland"
    unit_pick(
        fam,
        "Our granddaughter weighed 3.62 kg at birth — what's that in pounds, for Grandad?",
        dec("3.62") / LB,
    )
    unit_pick(
        fam,
        "The open road limit over there is 100 km/h. What's that in mph?",
        100 * KMH / MPH,
    )

    fam = "best_man_planning_a_reykjavik_stag"
    unit_pick(
        fam,
        "The geothermal lagoon is kept around 38 °C. What is that in Fahrenheit?",
        c_to_f(38),
    )

    fam = "retired_teacher_wintering_in_tenerife"
    unit_pick(
        fam,
        "Mount Teide is 3,715 m high. How many feet is that?",
        3715 / FT,
    )

    fam = "junior_football_subs_secretary"
    unit_pick(
        fam,
        "The under-9s pitch is marked out at 55 yards by 37 yards. What's that in square metres?",
        55 * 37 * SQYD,
    )

    fam = "wetroom_conversion_for_an_elderly_parent"
    unit_pick(
        fam,
        "The level-access shower area is 900 mm by 1200 mm. How many square feet is that?",
        900 * MMETRE * 1200 * MMETRE / SQFT,
    )
    unit_pick(
        fam,
        "Plumber wants 1.5 inches of fall across the floor to the drain. How many mm is that?",
        dec("1.5") * IN / MMETRE,
    )

    fam = "first_time_fishkeeper_cycling_a_tank"
    unit_pick(
        fam,
        "Guide says keep the tank at 25 °C but my stick-on thermometer is in °F. What should "
        "it read?",
        c_to_f(25),
    )

    fam = "cat_rescue_adoption_day"
    unit_pick(
        fam,
        "The kitten weighed in at 1 lb 6 oz on the old shop scale. How many grams is that?",
        (LB + 6 * OZ) / GRAM,
    )

    fam = "sixth_form_leavers_ball_committee"
    unit_pick(
        fam,
        "The hired dance floor is 24 ft by 30 ft. What area is that in m²?",
        24 * 30 * SQFT,
    )

    fam = "garden_railway_enthusiast_in_a_shed"
    unit_pick(
        fam,
        "My garden loop uses 64 feet of track in total. What's that in metres?",
        64 * FT,
    )

    fam = "seaside_chippy_on_a_bank_holiday"
    unit_pick(
        fam,
        "The new fryer manual says 180 °C for fish. Our old dial is in Fahrenheit — what "
        "setting is that?",
        c_to_f(180),
    )

    fam = "parent_at_kids_swimming_lessons"
    unit_pick(
        fam,
        "My son swam 16 lengths of the 25 m pool for his badge. How many yards is that?",
        16 * 25 / YD,
    )

    fam = "mobile_sauna_trailer_hire"
    unit_pick(
        fam,
        "The stove gets the cabin to 85 °C. What's that in °F for the American guests?",
        c_to_f(85),
    )

    fam = "carer_juggling_medication_times"
    unit_pick(
        fam,
        "Mum's walking frame is set at 34 inches. How many centimetres is that?",
        34 * IN / CMETRE,
    )

    fam = "man_and_van_house_move"
    unit_pick(
        fam,
        "The van's load space is 3.4 m long, 1.7 m wide and 1.8 m high. How many cubic feet "
        "is that?",
        dec("3.4") * dec("1.7") * dec("1.8") / CUFT,
    )
    unit_pick(
        fam,
        "Our sofa is 7 ft 2 in long. In centimetres?",
        (7 * FT + 2 * IN) / CMETRE,
    )

    fam = "vintage_tea_dance_organiser"
    unit_pick(
        fam,
        "The band's PA speakers are 88 lb each. How heavy is one in kilograms?",
        88 * LB,
    )

    fam = "home_projector_and_screen_setup"
    unit_pick(
        fam,
        "A 120-inch diagonal screen — what's the diagonal in metres?",
        120 * IN,
    )

    fam = "cape_town_conference_speaker"
    unit_pick(
        fam,
        "Table Mountain's summit is 1,085 m. What's that in feet?",
        1085 / FT,
    )
    unit_pick(
        fam,
        "Forecast for the conference week in Cape Town says 28 °C. In Fahrenheit?",
        c_to_f(28),
    )

    fam = "snowboarders_heading_to_whistler"
    unit_pick(
        fam,
        "The resort reported 38 cm of fresh snow overnight. How many inches is that?",
        38 * CMETRE / IN,
    )

    fam = "mumbai_wedding_guest_family"
    unit_pick(
        fam,
        "It's 27 km from Mumbai airport to the wedding venue. How far is that in miles?",
        27 * KMETRE / MI,
    )

    fam = "patio_slab_laying_weekend"
    unit_pick(
        fam,
        "The patio area is 4.2 m by 3.6 m. What's that in square yards?",
        dec("4.2") * dec("3.6") / SQYD,
    )

    fam = "walking_netball_over_sixties"
    unit_pick(
        fam,
        "Our indoor court at the leisure centre is 28.4 m long. How many feet is that?",
        dec("28.4") / FT,
    )

    fam = "school_lunch_hall_supervisor"
    unit_pick(
        fam,
        "The potato supplier delivers 40 lb sacks. How many kilos is one sack?",
        40 * LB,
    )

    fam = "teenager_on_the_rural_bus_to_college"
    unit_pick(
        fam,
        "My bus route into college is 23 miles. How many km is that?",
        23 * MI / KMETRE,
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

# IANA zone rules through importlib, so the set-up's imports stay as they were
zone = importlib.import_module("zoneinfo").ZoneInfo
UTC_ZONE = dt.UTC


def at(place, when):
    """A wall-clock time (ISO text) in an IANA zone, as an aware datetime."""
    return DT.fromisoformat(when).replace(tzinfo=zone(place))


def offset_hours(place, when):
    return F(int(at(place, when).utcoffset().total_seconds()), 3600)


def lands(place_from, when, minutes, place_to):
    """Local arrival time of a journey of so many minutes, in the destination zone."""
    return (at(place_from, when) + TD(minutes=minutes)).astimezone(zone(place_to))


def gap_minutes(place_a, when_a, place_b, when_b):
    """Real minutes elapsed between two wall-clock times in two zones."""
    span = at(place_b, when_b).astimezone(UTC_ZONE) - at(place_a, when_a).astimezone(UTC_ZONE)
    return F(int(span.total_seconds()), 60)


def on_weekday(d, wd):
    """A date the text names together with its weekday."""
    assert d.weekday() == wd, (d, wd)
    return d


def count_weekdays(first, last, wd):
    """How many dates from first to last, both included, fall on weekday wd."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() == wd)


def after_working_days(start, n, skip=()):
    """The n-th weekday (Monday to Friday, not in skip) counting start itself as the first."""
    d, seen = start, 0
    while True:
        if d.weekday() < 5 and d not in skip:
            seen += 1
            if seen == n:
                return d
        d += TD(days=1)


def working_days_between(first, last, skip=()):
    return sum(
        1
        for k in range(days(first, last) + 1)
        if (first + TD(days=k)).weekday() < 5 and first + TD(days=k) not in skip
    )


# the offsets this set relies on, pinned
assert offset_hours("Europe/London", "2027-07-22T12:00") == 1
assert offset_hours("Europe/London", "2027-11-10T12:00") == 0
assert offset_hours("Europe/London", "2028-03-20T12:00") == 0
assert offset_hours("Asia/Tokyo", "2027-08-06T12:00") == 9
assert offset_hours("America/Denver", "2027-09-10T12:00") == -6
assert offset_hours("America/Denver", "2028-03-16T12:00") == -6
assert offset_hours("Pacific/Auckland", "2027-10-03T12:00") == 13
assert offset_hours("Pacific/Auckland", "2027-11-10T12:00") == 13
assert offset_hours("Atlantic/Reykjavik", "2027-08-20T12:00") == 0
assert offset_hours("Africa/Johannesburg", "2027-10-17T12:00") == 2
assert offset_hours("America/Vancouver", "2028-03-20T12:00") == -7
assert offset_hours("Asia/Kolkata", "2027-12-11T12:00") == F(11, 2)
assert offset_hours("Europe/London", "2027-10-30T12:00") == 1
assert offset_hours("Europe/London", "2027-10-31T12:00") == 0
assert count_weekdays(D(2027, 5, 1), D(2027, 5, 31), SAT) == 5
assert after_working_days(D(2027, 6, 4), 2) == D(2027, 6, 7)


# ---------------------------------------------------------------- datetime, plain
def _datetime_plain():
    date_item(P, "What day of the week is 9 September 2027?", weekday(D(2027, 9, 9)))
    date_item(
        P,
        "How many days is it from 3 May 2027 to 19 August 2027?",
        days(D(2027, 5, 3), D(2027, 8, 19)),
    )
    date_item(P, "Which date is 100 days after 1 June 2027?", D(2027, 6, 1) + TD(days=100))
    date_item(
        P,
        "How many whole weeks are there between 6 January 2028 and 30 March 2028?",
        weeks(D(2028, 1, 6), D(2028, 3, 30)),
    )
    date_item(P, "date 6 weeks before 14 November 2027?", D(2027, 11, 14) - TD(weeks=6))
    date_item(P, "What weekday was Christmas Day 1999?", weekday(D(1999, 12, 25)))
    date_item(
        P,
        "How many days are there from 1 February 2028 to 1 March 2028?",
        days(D(2028, 2, 1), D(2028, 3, 1)),
    )
    third = nth_weekday(2027, 10, THU, 3)
    date_item(P, "What's the date of the third Thursday in October 2027?", third)
    date_item(
        P,
        "How many minutes is it from 21:40 to 06:15 the next morning?",
        clock_span("21:40", "06:15", 60),
    )
    date_item(
        P,
        "What number day of the year is 15 August 2027?",
        D(2027, 8, 15).timetuple().tm_yday,
    )
    date_item(
        P,
        "How many Mondays are there in May 2028?",
        count_weekdays(D(2028, 5, 1), D(2028, 5, 31), MON),
    )
    date_item(
        P,
        "My aunt was born on 17 November 1958. How old will she be on 2 March 2028?",
        age(D(1958, 11, 17), D(2028, 3, 2)),
    )
    date_item(P, "What date falls 45 days before 1 March 2028?", D(2028, 3, 1) - TD(days=45))
    date_item(
        P,
        "Last Friday of June 2027 — which date is that?",
        nth_weekday(2027, 6, FRI, -1),
    )


_datetime_plain()


# ---------------------------------------------------------------- datetime, registers
def _datetime_registers():
    fam = "parents_taking_teens_to_tokyo"
    out = on_weekday(D(2027, 7, 22), THU)
    landing = lands("Europe/London", "2027-07-22T19:05", 13 * 60 + 50, "Asia/Tokyo")
    date_item(
        fam,
        f"Our Heathrow flight leaves at 19:05 on {sayw(out)} and takes 13 hours 50 minutes. "
        "What date will it be in Tokyo when we land?",
        landing.date(),
    )
    date_item(
        fam,
        "Coming home, we take off from Haneda at 11:30 on 6 August 2027 and land at Heathrow "
        "at 17:40 the same day, local times. How many minutes are we in the air?",
        gap_minutes("Asia/Tokyo", "2027-08-06T11:30", "Europe/London", "2027-08-06T17:40"),
    )

    fam = "illustrator_with_a_denver_publisher"
    due = on_weekday(D(2027, 9, 10), FRI)
    there = at("America/Denver", "2027-09-10T17:00").astimezone(zone("Europe/London"))
    date_item(
        fam,
        f"Final artwork is due by 5 pm Denver time on {sayw(due)}. I'm in Bristol — what date "
        "is it here at that moment?",
        there.date(),
    )
    behind = offset_hours("Europe/London", "2028-03-16T12:00") - offset_hours(
        "America/Denver", "2028-03-16T12:00"
    )
    date_item(
        fam,
        "For our call on 16 March 2028, how many hours behind London is Denver?",
        behind,
    )

    fam = "grandparents_meeting_a_new_baby_in_auckland"
    leave = on_weekday(D(2027, 10, 2), SAT)
    arrive = lands("Europe/London", "2027-10-02T21:30", 26 * 60 + 35, "Pacific/Auckland")
    date_item(
        fam,
        f"We leave Heathrow at 21:30 on {sayw(leave)} and the whole journey to Auckland, "
        "stopover included, is 26 hours 35 minutes. What's the date in Auckland when we "
        "arrive?",
        arrive.date(),
    )
    ahead = offset_hours("Pacific/Auckland", "2027-11-10T12:00") - offset_hours(
        "Europe/London", "2027-11-10T12:00"
    )
    date_item(
        fam,
        "When we video-call the family back in London on 10 November 2027, how many hours "
        "ahead of them will we be in Auckland?",
        ahead,
    )

    fam = "best_man_planning_a_reykjavik_stag"
    fri = on_weekday(D(2027, 8, 20), FRI)
    date_item(
        fam,
        f"Our flight leaves Manchester at 10:25 on {sayw(fri)} and lands at Keflavík at 12:15 "
        "Iceland time. How many minutes is the flight?",
        gap_minutes("Europe/London", "2027-08-20T10:25", "Atlantic/Reykjavik", "2027-08-20T12:15"),
    )

    fam = "retired_teacher_wintering_in_tenerife"
    date_item(
        fam,
        "I fly out on 6 January 2028 and back on 23 March 2028. How many nights is that in "
        "the apartment?",
        days(D(2028, 1, 6), D(2028, 3, 23)),
    )

    fam = "junior_football_subs_secretary"
    first_sat = on_weekday(D(2027, 9, 11), SAT)
    last_sat = on_weekday(D(2028, 5, 6), SAT)
    date_item(
        fam,
        f"League fixtures are every Saturday from {say(first_sat)} to {say(last_sat)}, both "
        "included. How many Saturdays is that?",
        count_weekdays(first_sat, last_sat, SAT),
    )

    fam = "wetroom_conversion_for_an_elderly_parent"
    start = on_weekday(D(2027, 6, 7), MON)
    date_item(
        fam,
        f"The builder needs 15 working days, Monday to Friday, starting {sayw(start)}. No bank "
        "holidays fall in the way. On what date is the last working day?",
        after_working_days(start, 15),
    )
    date_item(
        fam,
        "The occupational therapist assessed Dad on 29 April 2027 and the grant decision comes "
        "12 weeks after that. What date is that?",
        D(2027, 4, 29) + TD(weeks=12),
    )

    fam = "first_time_fishkeeper_cycling_a_tank"
    begin = on_weekday(D(2027, 5, 15), SAT)
    date_item(
        fam,
        f"I'm starting a fishless cycle on {sayw(begin)} and the guide says give it 42 days. "
        "What date can the first fish go in?",
        begin + TD(days=42),
    )

    fam = "cat_rescue_adoption_day"
    date_item(
        fam,
        "Our adoption days are on the second Saturday of the month. Which date is it in "
        "October 2027?",
        nth_weekday(2027, 10, SAT, 2),
    )

    fam = "sixth_form_leavers_ball_committee"
    launch = D(2028, 2, 1)
    ball = on_weekday(D(2028, 6, 30), FRI)
    date_item(
        fam,
        f"Tickets go on sale on {say(launch)} and the ball is on {sayw(ball)}. How many days "
        "is that from launch to ball night?",
        days(launch, ball),
    )

    fam = "garden_railway_enthusiast_in_a_shed"
    date_item(
        fam,
        "The club's open running day is the last Sunday of August 2027. What date is that?",
        nth_weekday(2027, 8, SUN, -1),
    )

    fam = "seaside_chippy_on_a_bank_holiday"
    date_item(
        fam,
        "The spring bank holiday is the last Monday in May. What's the date of it in 2028?",
        nth_weekday(2028, 5, MON, -1),
    )

    fam = "parent_at_kids_swimming_lessons"
    first = on_weekday(D(2027, 9, 8), WED)
    half_term = on_weekday(D(2027, 10, 27), WED)
    series = [first + TD(weeks=k) for k in range(20)]
    series = [d for d in series if d != half_term][:11]
    date_item(
        fam,
        f"Lessons are on Wednesdays starting {sayw(first)}, 11 lessons in all, with no lesson "
        f"on the half-term Wednesday, {say(half_term)}. What's the date of the last lesson?",
        series[-1],
    )

    fam = "mobile_sauna_trailer_hire"
    pick = on_weekday(D(2027, 10, 29), FRI)
    back = on_weekday(D(2027, 11, 1), MON)
    hired = (
        gap_minutes("Europe/London", "2027-10-29T14:00", "Europe/London", "2027-11-01T11:00") / 60
    )
    assert hired == 70  # the clocks go back on the Sunday, so one hour more than the wall clock
    date_item(
        fam,
        f"A customer in Devon had the sauna trailer from 14:00 on {sayw(pick)} until 11:00 on "
        f"{sayw(back)}. We charge by the actual hour — how many hours was that?",
        hired,
    )

    fam = "carer_juggling_medication_times"
    course = on_weekday(D(2027, 10, 12), TUE)
    last_dose = DT(2027, 10, 12, 6, 0) + TD(hours=8 * 20)
    date_item(
        fam,
        f"Mum's antibiotics are every 8 hours, first dose 06:00 on {sayw(course)}, 21 doses in "
        "total. On what date is the final dose?",
        last_dose.date(),
    )

    fam = "man_and_van_house_move"
    move = on_weekday(D(2027, 8, 28), SAT)
    date_item(
        fam,
        f"We move out on {sayw(move)} and the landlord needs 8 weeks' notice. What's the "
        "latest date I can give notice?",
        move - TD(weeks=8),
    )
    keys = D(2027, 8, 27)
    lease_end = D(2027, 9, 5)
    date_item(
        fam,
        f"We get the new keys on {say(keys)} and the old lease runs to {say(lease_end)}. "
        "Counting both of those days, how many days do we have both places?",
        days(keys, lease_end) + 1,
    )

    fam = "vintage_tea_dance_organiser"
    date_item(
        fam,
        "Tea dances are on the first Tuesday of every month. When is the March 2028 one?",
        nth_weekday(2028, 3, TUE, 1),
    )

    fam = "home_projector_and_screen_setup"
    bought = on_weekday(D(2027, 11, 14), SUN)
    date_item(
        fam,
        f"I bought the projector on {sayw(bought)} with a 730-day warranty counted from that "
        "date. On what date does the 730th day after purchase fall?",
        bought + TD(days=730),
    )

    fam = "cape_town_conference_speaker"
    gap_cpt = offset_hours("Africa/Johannesburg", "2027-11-08T12:00") - offset_hours(
        "Europe/London", "2027-11-08T12:00"
    )
    date_item(
        fam,
        "My follow-up webinar from Cape Town is on 8 November 2027. How many hours ahead of "
        "London is Cape Town then?",
        gap_cpt,
    )
    home = on_weekday(D(2027, 10, 17), SUN)
    landed = lands("Africa/Johannesburg", "2027-10-17T19:45", 11 * 60 + 50, "Europe/London")
    date_item(
        fam,
        f"The overnight flight leaves Cape Town at 19:45 on {sayw(home)} and takes 11 hours 50 "
        "minutes. What date is it in London when I land?",
        landed.date(),
    )

    fam = "snowboarders_heading_to_whistler"
    date_item(
        fam,
        "We land in Vancouver on 20 March 2028. How many hours behind the UK is Vancouver on "
        "that date?",
        offset_hours("Europe/London", "2028-03-20T12:00")
        - offset_hours("America/Vancouver", "2028-03-20T12:00"),
    )

    fam = "mumbai_wedding_guest_family"
    mehndi = on_weekday(D(2027, 12, 11), SAT)
    date_item(
        fam,
        f"The mehndi is on {sayw(mehndi)} and Nani wants to watch from Leicester. How many "
        "hours ahead of the UK is Mumbai on that day?",
        offset_hours("Asia/Kolkata", "2027-12-11T12:00")
        - offset_hours("Europe/London", "2027-12-11T12:00"),
    )

    fam = "patio_slab_laying_weekend"
    laid = on_weekday(D(2027, 6, 19), SAT)
    date_item(
        fam,
        f"I pointed the joints at 10 am on {sayw(laid)} and the mortar bag says keep off for "
        "72 hours. What day of the week can we walk on it again?",
        weekday(laid + TD(hours=72)),
    )

    fam = "walking_netball_over_sixties"
    opens = on_weekday(D(2028, 1, 13), THU)
    closes = on_weekday(D(2028, 4, 13), THU)
    date_item(
        fam,
        f"We play every Thursday from {say(opens)} to {say(closes)} inclusive. How many sessions "
        "is that?",
        count_weekdays(opens, closes, THU),
    )

    fam = "school_lunch_hall_supervisor"
    term_a, term_b = D(2027, 9, 1), D(2027, 12, 17)
    half = {on_weekday(D(2027, 10, 25), MON) + TD(days=k) for k in range(5)}
    date_item(
        fam,
        f"Autumn term runs from {say(term_a)} to {say(term_b)}, with half term off from Monday "
        "25 to Friday 29 October 2027. How many weekdays will the lunch hall be open?",
        working_days_between(term_a, term_b, half),
    )

    fam = "teenager_on_the_rural_bus_to_college"
    date_item(
        fam,
        "The bus leaves our village at 07:12 and gets to the college stop at 08:03. How many "
        "minutes is the ride?",
        clock_span("07:12", "08:03", 60),
    )


_datetime_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- ordinary negatives
ORDINARY_TOPICS = {
    "natter-tudor-court-and-reformation-history": (
        "Why did Henry VIII really break with Rome — was it only about the divorce?",
        "How did Thomas Cromwell go from a Putney brewer's son to running the country?",
        "What happened to the monks and nuns after the monasteries were dissolved?",
        "Do historians think Anne Boleyn was guilty of any of the charges against her?",
        "Why is Mary I remembered as Bloody Mary when her father executed far more people?",
        "How did Elizabeth I get away with never marrying?",
        "What was the Pilgrimage of Grace, and why did it fall apart?",
        "How would an ordinary parish church have changed under Edward VI?",
        "Why is the Field of the Cloth of Gold remembered as such a show-off event?",
        "In plain words, how did Henry VIII's church differ from Luther's ideas?",
    ),
    "natter-beetle-and-earthworm-habits": (
        "Why do ladybirds huddle together in big clumps in the autumn?",
        "How does an earthworm know which way is up when it's burrowing?",
        "Can a stag beetle actually hurt you with those huge jaws?",
        "Why do worms end up all over the pavement after it rains?",
        "Is it true dung beetles steer by the Milky Way?",
        "Does an earthworm feel pain when a blackbird yanks it out of the lawn?",
        "What makes some beetles look so shiny and metallic?",
        "What are vine weevil grubs doing to my pot plants and why won't they go away?",
        "How long does a woodworm beetle spend inside a chair before it comes out?",
        "If you cut a worm in half, do both bits really carry on living?",
    ),
    "natter-go-regex-and-cron-code-help": (
        "Write a Go function that reverses the order of the words in a sentence.",
        "My crontab line 0 2 * * 1-5 doesn't seem to fire on Fridays. What could be wrong?",
        "Give me a regex for UK postcodes and explain each part of it.",
        "How do I make a goroutine exit cleanly when its context gets cancelled?",
        "My regex .* grabs far too much — how do I make it non-greedy?",
        "What's the practical difference between a buffered and an unbuffered channel in Go?",
        "Write a cron entry that runs backup.sh at 23:30 on the last day of each month.",
        "Go keeps saying 'declared and not used' — how do I get past it while I'm debugging?",
        "Regex to match email addresses but reject anything ending in .test?",
        (
            "Is there a race in this Go code: for i := 0; i < 5; i++ { go func() "
            "{ fmt.Println(i) }() }"
        ),
    ),
    "natter-film-noir-and-western-verdicts": (
        "Is Double Indemnity a better film than The Maltese Falcon?",
        "Which spaghetti western should someone start with?",
        "Why do critics call Chinatown neo-noir rather than just noir?",
        "Is Unforgiven the last great western, or is that overselling it?",
        "What makes the shadows and camera angles in The Third Man so memorable?",
        "Would you call No Country for Old Men a western, a noir or neither?",
        "Does High Noon still work for someone watching it for the first time now?",
        "I loved Knives Out — which classic noirs would I enjoy?",
        "Is the femme fatale a tired trope, or does it still work?",
        (
            "Which Morricone score is better, The Good, the Bad and the Ugly or Once Upon a "
            "Time in the West?"
        ),
    ),
    "natter-earthquake-and-tsunami-science": (
        "Why can't we forecast earthquakes the way we forecast the weather?",
        "How does a tsunami cross an entire ocean without running out of energy?",
        "What's the difference between the Richter scale and moment magnitude?",
        "Why does the sea draw back from the beach before a tsunami hits?",
        "Are earthquakes getting more common, or are we just better at noticing them?",
        "How do tall buildings in Tokyo stay standing through big quakes?",
        "Could fracking really set off earthquakes in Lancashire?",
        "What causes aftershocks, and why do they keep going for so long?",
        "Why did the 2004 tsunami do so much damage so far from where the quake was?",
        "Is California really overdue for 'the Big One'?",
    ),
    "natter-workplace-credit-and-meeting-dilemmas": (
        (
            "A colleague pitched my idea as his own in a meeting. How do I raise it without "
            "seeming petty?"
        ),
        "Is it rude to keep my camera off in every team call?",
        "My manager keeps booking meetings over my lunch break. How can I push back?",
        "Should I copy my boss in when a colleague keeps missing deadlines that hold me up?",
        "How do I politely leave a meeting that's overrunning when I've got work waiting?",
        "A new junior keeps talking over me. How do I deal with it kindly?",
        "Is it acceptable to decline a meeting invite that has no agenda?",
        "How do I credit my team in a presentation without it sounding like an awards speech?",
        "A coworker keeps a private list of everyone's mistakes. Should I say something?",
        "What's a tactful way to wrap up a meeting that keeps going round in circles?",
    ),
    "natter-repotting-and-seed-sowing-hunches": (
        "My tomato seedlings are tall, floppy and pale. What am I doing wrong?",
        "When should my chilli seedlings move up into bigger pots?",
        "Do seeds struggle in peat-free compost, or is it fine?",
        "Why did only half my sweet peas come up?",
        "My monstera drooped after repotting — is that shock or too much water?",
        "Is it worth soaking runner bean seeds before I sow them?",
        "Can I reuse the compost from last summer's pots?",
        "How do I harden off seedlings when I'm out at work all day?",
        "Supermarket basil always dies on me. How do I keep it alive?",
        "Should I tease out the roots of a pot-bound plant when I repot it?",
    ),
    "natter-polar-exploration-stories": (
        "Why did Scott's party die when Amundsen's got home safely?",
        "What actually happened to Shackleton's men after the Endurance sank?",
        "How did polar explorers try to avoid scurvy, and why did some still get it?",
        "Who really got to the North Pole first — Peary, Cook, or neither?",
        "What went wrong on Franklin's lost expedition?",
        "What was daily life like in a hut in Antarctica over the winter of 1911?",
        "Was it ruthless or sensible for Amundsen to plan on eating his dogs?",
        "Why is Tom Crean called an unsung hero?",
        "How did Nansen's ship Fram survive being frozen into the Arctic pack?",
        "Why were Edwardian Britons so gripped by Antarctic expeditions?",
    ),
    "natter-sibling-rift-and-old-friend-advice": (
        (
            "My sister and I fell out over Dad's will and haven't spoken since. How do I make the "
            "first move?"
        ),
        "An old school friend only gets in touch when she wants something. Should I let it go?",
        "My brother didn't invite me to his wedding. Do I confront him or let it lie?",
        "How do I get back in touch with a friend I ghosted years ago without it being awkward?",
        "My twin is always comparing our lives. How do I stop it getting under my skin?",
        "Is it okay to skip my cousin's hen do because of an old argument?",
        "How do I tell my best friend her new boyfriend makes me uneasy?",
        "My siblings expect me to host Christmas every time because I'm single. How do I say no?",
        "A uni friend cancels on me at the last minute again and again. Is it worth raising?",
        (
            "My brother and his wife keep giving us parenting advice we didn't ask for. How do we "
            "set boundaries?"
        ),
    ),
    "natter-eulogy-and-retirement-speech-drafting": (
        (
            "Help me write a short eulogy for my grandad, who loved sea fishing and cryptic "
            "crosswords."
        ),
        "Draft a warm, funny retirement speech for our school caretaker.",
        "How do I start a eulogy without breaking down in the first line?",
        "Write a short retirement toast for my boss who is obsessed with spreadsheets.",
        "What should I steer clear of in a eulogy for someone who had a complicated life?",
        "Give me a closing line for my mum's retirement from nursing.",
        "How long should a eulogy be at a small village church funeral?",
        "Suggest a poem to read at the funeral of someone who loved the sea.",
        (
            "Turn these notes into a retirement speech: ran the post room, never once late, "
            "mad about Elvis."
        ),
        "How can I mention Nan's beloved terrier in her eulogy without it seeming silly?",
    ),
}


def _ordinary_negatives():
    for topic, questions in ORDINARY_TOPICS.items():
        assert len(questions) == 10, topic
        for q in questions:
            neg(topic, q)


_ordinary_negatives()


# ---------------------------------------------------------------- near-positive negatives
NEAR_FAMILIES = {
    "near-live-rates-and-fares": (
        "needs a live price or rate",
        (
            "What's the pound to yen rate at the moment — how many yen would £500 get me?",
            "How much is an off-peak return from Leeds to London on the train these days?",
            "What's the best easy-access savings rate I can get at the moment?",
            "What are supermarkets charging for a litre of unleaded at the moment?",
            "How many euros is one bitcoin worth right now?",
        ),
    ),
    "near-fault-codes-and-dashboard-symbols": (
        "needs product or manual knowledge for a code or symbol",
        (
            "My Worcester boiler is showing EA 227. What does that mean?",
            "The dishwasher keeps flashing E24 — what should I check?",
            "What's the orange horseshoe with an exclamation mark in it on my dashboard?",
            "Our washing machine says 4C on the display. Can I sort it myself?",
            "The printer says error 0x61011bed. What's wrong with it?",
        ),
    ),
    "near-numbers-in-titles-and-lyrics": (
        "numbers in a title or lyric, but the question is about culture",
        (
            "Where does the phrase Catch-22 come from, and what does it really mean?",
            "Is 99 Red Balloons a straight translation of 99 Luftballons?",
            "What is The 39 Steps actually about?",
            "Why did Orwell call his novel 1984?",
            "Which song does 7 Rings borrow its tune from?",
        ),
    ),
    "near-back-of-envelope-guesses": (
        "an estimate with no figures given",
        (
            "Roughly how many piano tuners work in Greater Manchester?",
            "About how many tennis balls would fit in the boot of a family hatchback?",
            "How many words does an average person say in a day?",
            "Ballpark, how much water does a family of four in the UK use in a year?",
            "Roughly how many footballs get sold around the world each year?",
        ),
    ),
    "near-why-the-maths-trick-works": (
        "asks why a method works, not for a number",
        (
            "Why does casting out nines catch mistakes in addition?",
            "Why does the trick for multiplying by 11 by adding neighbouring digits work?",
            "Why is a number minus its digits reversed always a multiple of 9?",
            "Why does dividing 72 by the interest rate give roughly the doubling time?",
            "Why does squaring a number ending in 5 by doing n times n+1 then adding 25 work?",
        ),
    ),
    "near-figures-nobody-gave": (
        "the deciding figure is a fact the question does not state",
        (
            "What's the height of Blackpool Tower in feet?",
            "How many miles is it from Bristol to Edinburgh by road?",
            "How much does an adult blue whale weigh in kilograms?",
            "How many litres does a standard bath hold when it's full?",
            "How long is the M25 in kilometres?",
        ),
    ),
    "near-is-this-quote-reasonable": (
        "asks whether a stated price is fair",
        (
            "A garage quoted £640 to replace the clutch on a 2015 Fiesta. Is that fair?",
            "Is £18 an hour reasonable for a cleaner in Bristol?",
            "We've been quoted £2,900 for a new combi boiler fitted. Good deal or too cheap?",
            "A roofer wants £450 to put back three slipped tiles. Is that a rip-off?",
            "Is £95 a month too much for broadband plus TV?",
        ),
    ),
    "near-reading-a-meter-or-result": (
        "asks what a reading means",
        (
            "The pharmacy machine gave me 138 over 88 with a pulse of 96. Is that okay at 50?",
            "The smart meter says we used 14 kWh in a day. Is that a lot for a two-bed flat?",
            "The hot tub test strip shows a pH of 7.9. What should I do?",
            "My tyre reads 26 psi and the door sticker says 32. Safe to drive to a garage?",
            "The carbon monoxide alarm display says 35 ppm. Do we need to get out?",
        ),
    ),
    "near-when-did-it-happen": (
        "a date that has to be known, not worked out",
        (
            "When did the old halfpenny coin stop being legal tender in the UK?",
            "What year did the first Severn Bridge open to traffic?",
            "When was the very first Glastonbury Festival held?",
            "In which year could women first vote in a UK general election?",
            "When did Britain move from the Julian to the Gregorian calendar?",
        ),
    ),
    "near-write-me-a-script-that-computes": (
        "asks for code that would compute something",
        (
            "Write a Python function that adds VAT to a list of prices.",
            "Give me an Excel formula to count the working days between dates in A2 and B2.",
            "Write some JavaScript that turns a Celsius value typed into a form into Fahrenheit.",
            "Write a SQL query that totals each customer's orders for March.",
            "Write a bash one-liner that prints how many days there are until a date I type in.",
        ),
    ),
    "near-underspecified-sums": (
        "a sum whose deciding figures are missing",
        (
            "How much will it cost me to run a fan heater all evening?",
            "How many tins of paint do I need for my living room?",
            "How long will it take me to clear my credit card?",
            "What should I charge for my celebration cakes to make a profit?",
            "If we set off at 8, what time will we get to Cornwall?",
        ),
    ),
    "near-calendar-and-clock-custom-whys": (
        "asks why a calendar or clock custom exists",
        (
            "Why do we bother putting the clocks back in October?",
            "Why does February get only 28 days?",
            "Why is the week seven days long?",
            "Why does the army use the 24-hour clock while most people at home say 7 pm?",
            "Why does the UK tax year start on 6 April?",
        ),
    ),
    "near-cooking-and-growing-judgement-calls": (
        "numbers present, but the question needs judgement",
        (
            "My bread dough has been proving for 3 hours and hasn't risen. Is it ruined?",
            "Is chicken safe if the thickest part reached 68 °C?",
            "I sowed carrots 3 weeks ago and nothing's up. Should I sow again?",
            "Can I get away with 2 eggs instead of 3 in a Victoria sponge?",
            "My jam still hasn't set after 20 minutes of boiling. Keep going or add pectin?",
        ),
    ),
}


def _near_negatives():
    for family, (note, questions) in NEAR_FAMILIES.items():
        assert len(questions) == 5, family
        for q in questions:
            neg(family, q, note)


_near_negatives()


# ---------------------------------------------------------------- conversation negatives
def _conversation_negatives():
    fam = "conv-bill-split-then-polite-nudge"
    note = "bill split worked out; last turn asks for a message"
    splits = (
        ("the birthday curry", dec("246.40"), 8, "Two of them still haven't paid me"),
        ("the cottage in the Peak District", dec("1134.00"), 6, "One person keeps dodging"),
        ("our taxi back from the gig", dec("58.80"), 4, "My brother-in-law hasn't sent his"),
        ("the tickets for the comedy night", dec("171.00"), 5, "Nobody has paid me yet"),
        ("Friday's pizza order", dec("67.20"), 7, "Three of the team still owe me"),
    )
    lasts = (
        "Write me a friendly WhatsApp message to nudge them without sounding stingy.",
        "How do I remind him a third time without it turning into a row?",
        "Can you draft a light-hearted text chasing it that won't offend my sister?",
        "Write a cheerful group message reminding everyone, with my bank details at the end.",
        "Suggest a jokey Slack message to chase them that still gets the point across.",
    )
    for (what, total, n, trouble), last in zip(splits, lasts):
        each = whole_cents(total / n)
        conv(
            fam,
            [
                (
                    U,
                    (
                        f"{what[0].upper()}{what[1:]} came to {gbp(total)} for {n} of us. "
                        "What's each share?"
                    ),
                ),
                (A, f"That's {gbp(each)} each."),
                (U, f"{trouble}. {last}"),
            ],
            note,
        )

    fam = "conv-scaled-recipe-then-swap-advice"
    note = "recipe scaled; last turn asks for substitution advice"
    recipes = (
        ("flapjack", "porridge oats", 250, 12, 30, "I've only got jumbo oats — will they work?"),
        ("scone", "self-raising flour", 350, 8, 20, "Can I use plain flour plus something?"),
        (
            "cheese sauce",
            "grated cheddar",
            200,
            4,
            10,
            "Could I use a vegan cheese without it going grainy?",
        ),
        ("banana bread", "butter", 100, 8, 12, "Would coconut oil be a decent swap?"),
        ("shortbread", "caster sugar", 60, 10, 25, "Is icing sugar okay instead, and why?"),
    )
    for dish, ing, grams, serves, want, last in recipes:
        needed = F(grams * want, serves)
        conv(
            fam,
            [
                (
                    U,
                    (
                        f"My {dish} recipe uses {grams} g of {ing} for {serves}. How much do I "
                        f"need for {want}?"
                    ),
                ),
                (A, f"You'd need {as_text(needed)} g of {ing}."),
                (U, last),
            ],
            note,
        )

    fam = "conv-countdown-then-gift-ideas"
    note = "days counted; last turn asks for ideas"
    events = (
        (
            D(2027, 6, 19),
            "our tenth wedding anniversary",
            "What's traditional for a tenth, and any ideas for someone who hates clutter?",
        ),
        (
            D(2027, 9, 3),
            "Dad's retirement do",
            "What could we give a keen birdwatcher who says he wants nothing?",
        ),
        (
            D(2027, 7, 24),
            "my niece's graduation",
            "Any graduation present ideas under £50 that aren't money?",
        ),
        (
            D(2027, 8, 8),
            "my best friend's baby due date",
            "What do new parents actually find useful that people don't think to buy?",
        ),
        (
            D(2027, 12, 4),
            "Grandma's 90th",
            "What's a thoughtful present for a 90-year-old who's downsized?",
        ),
    )
    start = D(2027, 4, 15)
    for when, what, last in events:
        conv(
            fam,
            [
                (U, f"How many days from {say(start)} until {what} on {say(when)}?"),
                (A, f"{days(start, when)} days."),
                (U, last),
            ],
            note,
        )

    fam = "conv-time-gap-then-invite-wording"
    note = "time difference worked out; last turn asks for wording"
    calls = (
        ("America/Toronto", "Toronto", "2027-06-12T19:00", "my cousins", "a family quiz night"),
        ("Australia/Perth", "Perth", "2027-09-05T09:00", "my old flatmates", "a catch-up"),
        (
            "America/Chicago",
            "Chicago",
            "2027-11-20T18:00",
            "our US suppliers",
            "a project kick-off call",
        ),
        ("Asia/Dubai", "Dubai", "2027-07-03T16:00", "Auntie's family", "a birthday video call"),
        ("America/Halifax", "Halifax", "2028-01-15T20:00", "the pen-pal class", "a video chat"),
    )
    lasts = (
        "Write a fun invite for the quiz that makes the time zone crystal clear.",
        "Draft a relaxed message suggesting it, and offer another slot if that's too early.",
        "Write a short professional email proposing it, mentioning both local times.",
        "Can you write a sweet invite in simple English that Auntie's grandkids can read?",
        "Help me word a letter to the Canadian teacher suggesting the call for her pupils.",
    )
    for (place, city, when, who, why), last in zip(calls, lasts):
        local = at("Europe/London", when).astimezone(zone(place))
        conv(
            fam,
            [
                (
                    U,
                    (
                        f"We're planning {why} with {who} at {when[11:]} London time on "
                        f"{say(D.fromisoformat(when[:10]))}. What time is that in {city}?"
                    ),
                ),
                (A, f"It will be {local:%H:%M} in {city}."),
                (U, last),
            ],
            note,
        )

    fam = "conv-savings-then-reality-check"
    note = "savings total worked out; last turn asks for a judgement"
    plans = (
        (
            45,
            30,
            "a deposit for a car",
            (
                "Is that realistic on £1,600 a month take-home with "
                "£900 rent, and where could I cut back?"
            ),
        ),
        (
            20,
            40,
            "a school ski trip",
            (
                "My daughter wants to chip in from her paper round. "
                "How much should I expect of a 14-year-old?"
            ),
        ),
        (
            60,
            26,
            "a first flat's deposit",
            "Should I keep it in a cash ISA or an easy-access account?",
        ),
        (
            15,
            48,
            "Christmas",
            "Is it better to save like this or just use a credit card and pay it off?",
        ),
        (35, 20, "a festival ticket", "Be honest — is spending it all on one weekend silly?"),
    )
    for weekly, wks, goal, last in plans:
        conv(
            fam,
            [
                (
                    U,
                    (
                        f"If I put away £{weekly} a week for {wks} weeks towards {goal}, how much "
                        "will I have?"
                    ),
                ),
                (A, f"You'd have {gbp(weekly * wks)}."),
                (U, last),
            ],
            note,
        )

    fam = "conv-pay-rise-then-negotiation-tips"
    note = "percentage rise worked out; last turn asks for advice"
    rises = (
        (
            28000,
            29400,
            "Prices went up more than that. How do I ask for more without annoying my manager?",
        ),
        (41500, 42745, "A colleague doing the same job got more. Should I bring that up?"),
        (23750, 24700, "Is it worth asking for extra holiday instead of money next time?"),
        (36000, 37800, "A rival firm offered me more — should I use that as leverage?"),
        (52000, 54340, "How do I turn down a promotion that comes with this rise politely?"),
    )
    for old, new, last in rises:
        rise = F(new - old, old) * 100
        assert terminates(rise) and decimals(rise) <= 1
        conv(
            fam,
            [
                (
                    U,
                    (
                        f"My salary went from {gbp(old)} to {gbp(new)} — what percentage rise "
                        "is that?"
                    ),
                ),
                (A, f"That's a {as_text(rise)}% rise."),
                (U, last),
            ],
            note,
        )

    fam = "conv-journey-length-then-stopover-ideas"
    note = "journey time worked out; last turn asks for recommendations"
    drives = (
        (
            420,
            60,
            "Kent",
            "Edinburgh",
            "Where's a good place to break the journey with two small kids?",
        ),
        (285, 57, "Cardiff", "Newcastle", "Any nice pub lunches near the motorway halfway up?"),
        (
            330,
            55,
            "Brighton",
            "the Lake District",
            "Is it better to do it in one go or stop over somewhere?",
        ),
        (150, 50, "Leeds", "Norfolk", "What's worth seeing on the way with a dog in the car?"),
        (372, 62, "Exeter", "York", "Which route avoids the worst of the Friday traffic?"),
    )
    for miles, speed, here, there, last in drives:
        hours = F(miles, speed)
        conv(
            fam,
            [
                (
                    U,
                    (
                        f"We're driving {miles} miles from {here} to {there} and average about "
                        f"{speed} mph. How long will that take?"
                    ),
                ),
                (A, f"About {as_text(hours)} hours of driving."),
                (U, last),
            ],
            note,
        )


_conversation_negatives()


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
    # no register (family name) of this set is a family name of sets 19 to 132
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 132: {reused}"
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
