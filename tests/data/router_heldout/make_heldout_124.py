r"""Generate heldout-2027-04-06.jsonl: a hundred-and-twenty-fourth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-06 by a helper session working only in /work/sealed124 (scratch files
there too). The starting point was a copy of the previous set's generator (2587 lines) whose
set-up, helpers and checks had already been adapted for this set (OUT heldout-2027-04-06.jsonl,
PREFIX "ho124-", earlier generators 1-123, register check against sets 19 to 123); only its two
title lines, this provenance and its four question sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), dates and
  other strings are graded;
- /work/sealed124/earlier_registers.txt (2567 earlier family names), grepped for the key words of
  every candidate name so that no family of this set repeats one or sits close to one (hits such
  as piano_removal_crew, erasmus_student_in_madrid, choir_tour_organiser, organ_tuner and
  escape_room_owner_bookings led to other choices, among them dropping a crematorium organist and
  a piano mover), and at the end compared with all 51 family names of this set (no match);
- of the copied script, only lines 1-358 (old docstring to line 121, then set-up, helpers and the
  calculator set-up up to P = "plain"), 732-792 (units set-up to unit_r), 1114-1198 (datetime
  set-up to the sayus assertion), 1565-1572 (negatives set-up, neg and conv) and 2364-2587
  (weekday check, checks and output); a few single lines inside those ranges were printed again
  to pin the boundaries.
The previous set's question sections were never viewed: a splicing script asserted the boundary
lines (121 the end of the old docstring, 358 `P = "plain"`, 732, 1114 and 1565 the section rules,
791 the end of unit_r, 1198 the sayus assertion, 1572 the end of conv, 2364 the weekday-check
comment) and kept only the read ranges 122-358, 732-792, 1114-1198, 1565-1572 and 2364-2587, so
lines 359-731, 793-1113, 1199-1564 and 1573-2363 were dropped by line number, and four new
sections, written from scratch in scratch files, were spliced in. An unread byte copy of the
original was kept until the end, used only by the splicing script and by a check that each kept
range appears verbatim in the new script (all did); all scratch files were then deleted. No git
history, web or code search, router, tools, tests, other files under /work/main (beyond
grading.py; the project's pyproject.toml was only handed to ruff as its configuration, never
opened) or other generators were read (the script imports earlier generators itself, in memory,
for its duplicate and register checks, and prints none of their text), and no JSONL was read:
expected values and conversations were reviewed from an in-memory listing of this script's items
(imported as a module), and everything else from this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a night-shift radiographer, a
  retired teacher learning Welsh, a birder on a county big year, a youth orchestra bassoonist, a
  teenager saving for a first moped, a freelance cartographer redrawing trail maps, a doctoral
  student moving to Tartu, a harpist for hire, a village lift-share coordinator, a crested gecko
  breeder, a tuba player juggling gigs, a couple restoring a trullo in Puglia, a pub door
  supervisor, a translator moving to Montreal, a college boat club cox, a house and dog sitter, a
  sister donating a kidney, a weekend barista at a station kiosk, a Christmas wreath maker, a
  child with a first hamster, a dominoes league at a social club, a Montessori nursery key
  worker, a wheelchair user booking a rail holiday, a vet student on a lambing placement and two
  friends walking Hadrian's Wall), each register used by all three tools, the first six with two
  items per tool. Phrasing varies: questions, statements, imperatives, logs, quotes, invoices,
  budgets, lowercase texting, symbols (×, ÷, −, ², ³, →, °C, °F, km/h, m/s) and written-out
  units; pounds, pence, euros and Canadian dollars; written dates with and without computed
  weekdays, clock times, working days, and offsets (+01:00, +03:00, +09:00, -04:00, -08:00).
- Every expected value is computed in code from the figures the question states (held in variables
  and interpolated into the text, decimals and thousands kept as strings and read with dec() or
  numeral(), small counts written as words through NUMBER_WORDS): Fraction and Decimal for money
  and quantities (money() asserts whole pence or cents, whole_up() for "how many weeks until" and
  staffing counts), exact unit definitions for conversions (from the set-up: inch, foot, yard,
  mile, avoirdupois pound and ounce, acre, square and cubic feet, psi, bar, MiB and GiB, km/h and
  mph, Celsius/Fahrenheit; added here: centimetre, millimetre, kilometre, square kilometre, litre,
  hectare, gram, the international nautical mile and the knot, kWh and MJ), graded exactly when the
  result has at most two decimals and at 0.1% otherwise (unit_auto choosing, unit_r asserting that
  an answer rounded to two decimals still passes), and date arithmetic for weekdays, spans,
  inclusive day counts, whole weeks, ages, nth and last weekdays, counts of chosen weekdays
  (count_days), working days (add_workdays), clock intervals across midnight, and journeys and a
  video call whose offsets come from the IANA rules (zoneinfo, loaded through importlib so the
  set-up is unchanged): each offset a positive states is interpolated from the zone's rule at that
  local time and also asserted to equal the offset expected for that place and season (summer time
  included: London +01:00 in late August and September, Tallinn +03:00 in August, Montreal -04:00
  in September by the America/Toronto rule, Vancouver -08:00 at the end of February); Japan has no
  summer time. Weekdays written next to dates come from the computed date (sayw), and the Thursday
  the fortnightly fixtures rely on was asserted. No contested unit words (ton, gallon, cup, pint,
  barrel, stone, calorie, a month as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (the Hanse and the Mali Empire, fjords and
  monsoons, COBOL, Elm and Scala critique, baroque and Britpop verdicts, badgers and magpies,
  toasts and out-of-office replies, dinner-party and borrowing tact, promise and lifeboat
  dilemmas, grammar and punctuation quarrels, braising and pickling), 65 near-negatives shaped
  like positives but needing the model (numbers inside titles; appliance, tyre, additive, IP,
  HTTP, SIC, dialling, listing and dangerous-goods codes; ballpark guesses with nothing given;
  why a rule of arithmetic or geometry holds; what a stated reading means; whether something is
  worth the money; numeric facts nobody stated; made-up operators and notation conventions to
  interpret; house rules, sequences and riddles), and 35 conversations whose last turn asks for
  writing after a sum, for advice while the figures are still missing, for a verdict on a result,
  for the method or history behind an answer, about works whose titles contain numbers, or for
  plans after a time or distance was worked out; none ends in a plain exact question, and the
  figures in the assistant turns are computed in code too. Symbolic algebra was kept out of the
  negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 123, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration),
the comparison with earlier_registers.txt above, and a check with ast that no function assigns a
local that shadows a module-level name or builtin (none) and that no module-level name is bound
twice (only `sys`, whose attribute the kept set-up assigns). The first run stopped at a plain
units question, 32 psi in bar, whose answer rounded to two decimals would have missed the 0.1%
tolerance; it now asks for 110 psi. The next run passed every check up to the duplicate check,
which flagged 8 items matching earlier sets word for word: a plain percentage increase, a plain
clock interval, a plain GiB-to-MiB question, two why-arithmetic near-negatives (casting out
nines, 1 as a prime), a ballpark near-negative (words spoken a day) and the first user turns of
two method conversations (a Celsius conversion, seconds in a day). All were reworded or given
new figures; the GiB question clashed once more and was rewritten again, and the next run passed.
A review of the listing then changed the nursery's under-two ratio to one adult to three. Ruff
check reported 31 ISC004 implicit concatenations in the negatives' tuples and conversations,
fixed with ruff's own parenthesising fix (the digest was unchanged). After ruff format,
seventeen lines were longer than 99 characters: thirteen string pieces were fixed by moving their
last word into the next piece (text unchanged), one call by moving an nth_weekday result into a
local, and four items were shortened in wording (a mortgage reply and the last user turns of the
heist-film and Keswick walk conversations, which ruff format would otherwise rejoin to 100
characters, and the ladder-notation near-negative after a moved word left its piece too long);
a second word was moved in the Montreal Olympics piece. Ruff check and ruff format are clean, no
line exceeds 99 characters, and the script was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_124.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-06.jsonl"
PREFIX = "ho124-"
# earlier generators: sets 1-123 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 124))
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

NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)


def numeral(s):
    """A figure as written in a question (thousands commas allowed) as an exact Fraction."""
    return dec(s.replace(",", ""))


def money(x):
    """An amount of money: whole pence or cents only."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def cash(x):
    """Money with two decimals and thousands commas, e.g. 1,398.60."""
    x = money(x)
    return f"{Decimal(x.numerator * 100 // x.denominator) / 100:,.2f}"


def figure_of(x):
    """A terminating value with no trailing zeros, e.g. 2.375 or 84."""
    x = F(x)
    k = decimals(x)
    return f"{Decimal(x.numerator * 10**k // x.denominator).scaleb(-k):f}"


assert numeral("1,234.56") == dec("1234.56") and cash(dec("1398.6")) == "1,398.60"
assert figure_of(dec("2.375")) == "2.375" and figure_of(84) == "84" and NUMBER_WORDS[8] == "eight"

# the twenty-five registers of this set, each used by all three tools (the first six twice)
RADIOGRAPHER = "night_shift_radiographer"
WELSH = "retired_teacher_learning_welsh"
BIRDER = "birder_on_a_county_big_year"
BASSOON = "youth_orchestra_bassoonist"
MOPED = "teen_saving_for_a_first_moped"
CARTOGRAPHER = "freelance_trail_map_cartographer"
TARTU = "doctoral_student_relocating_to_tartu"
HARPIST = "harpist_for_hire"
LIFT_SHARE = "village_lift_share_coordinator"
GECKO = "crested_gecko_breeder"
TUBA = "tuba_player_juggling_gigs"
TRULLO = "couple_restoring_a_trullo_in_puglia"
DOOR = "pub_door_supervisor"
MONTREAL = "translator_moving_to_montreal"
COX = "college_boat_club_cox"
SITTER = "house_and_dog_sitter"
KIDNEY = "sister_donating_a_kidney"
BARISTA = "weekend_barista_at_a_station_kiosk"
WREATH = "christmas_wreath_maker"
HAMSTER = "kid_with_a_first_hamster"
DOMINOES = "dominoes_league_at_a_social_club"
MONTESSORI = "montessori_nursery_key_worker"
RAIL_ACCESS = "wheelchair_user_booking_a_rail_holiday"
LAMBING = "vet_student_on_lambing_placement"
HADRIAN = "pair_of_friends_walking_hadrians_wall"


def _calc_plain():
    a, b, c = 348, 27, "1,905"
    calc(P, f"Work out {a} × {b} − {c}.", a * b - numeral(c))
    calc(P, "subtract 7/8 from 3 1/4 and give me the answer as a decimal", 3 + F(1, 4) - F(7, 8))
    sq = 7396
    root = math.isqrt(sq)
    assert root * root == sq
    calc(P, f"whats the square root of {sq}", root)
    amount = "1,234.56"
    calc(P, f"Split {amount} evenly five ways. How much is each share?", numeral(amount) / 5)
    base = "2.5"
    calc(P, f"What does {base} cubed come to?", dec(base) ** 3)
    marks = (81, 94, 67, 102, 76)
    listed = ", ".join(str(m) for m in marks[:-1]) + f" and {marks[-1]}"
    calc(P, f"Mean of {listed}?", F(sum(marks), len(marks)))
    start, rise = 760, "12.5"
    calc(P, f"Increase {start} by {rise} per cent, please.", start * (1 + pct(rise)))
    share, whole = 35, "1,480"
    calc(P, f"{share} per cent of {whole}: how much is that?", pct(share) * numeral(whole))
    top, minus, over = 19, "4.75", "0.25"
    calc(P, f"({top} − {minus}) ÷ {over} = ?", (top - dec(minus)) / dec(over))
    power, less = 13, 1000
    calc(P, f"Compute 2 to the power {power}, minus {less}.", 2**power - less)
    small, big = "0.125", "5,512"
    calc(P, f"Find the product of {small} and {big}.", dec(small) * numeral(big))
    off, price = 15, "86.40"
    calc(P, f"Take {off}% off {price}. What's left?", dec(price) * (1 - pct(off)))
    recip = "0.016"
    calc(P, f"What's the reciprocal of {recip}?", 1 / dec(recip))
    parts = ("18.35", "7.2", "104", "0.65")
    calc(
        P,
        f"Add up {parts[0]}, {parts[1]}, {parts[2]} and {parts[3]}, then halve the total.",
        sum(dec(p) for p in parts) / 2,
    )


def _calc_registers():
    films, film_min, heads, head_min = 9, "2.5", 4, 11
    calc(
        RADIOGRAPHER,
        f"Night log, resus and CT: {NUMBER_WORDS[films]} portable chest films at {film_min} "
        f"minutes of kit time each, plus {NUMBER_WORDS[heads]} CT heads at {head_min} minutes "
        "each. Total minutes of kit time?",
        films * dec(film_min) + heads * head_min,
    )
    rate, uplift, shift_h = "21.40", 30, "11.5"
    calc(
        RADIOGRAPHER,
        f"My base rate is £{rate} an hour and nights carry a {uplift}% unsocial-hours uplift. "
        f"What do I gross for one {shift_h}-hour night?",
        money(dec(rate) * (1 + pct(uplift)) * dec(shift_h)),
    )
    fee, sessions, missed = 156, 30, 4
    calc(
        WELSH,
        f"Evening Welsh course: £{fee} for {sessions} sessions. I missed {NUMBER_WORDS[missed]} "
        "because of a bad chest. What did each session I actually went to cost me?",
        money(F(fee, sessions - missed)),
    )
    first, first_days, then, then_days, forget = 16, 6, 20, 8, 8
    calc(
        WELSH,
        f"Geiriau newydd! The app gave me {first} new words a day for {NUMBER_WORDS[first_days]}"
        f" days, then {then} a day for {NUMBER_WORDS[then_days]} days. If I forget one word in "
        f"every {NUMBER_WORDS[forget]}, how many have stuck?",
        (first * first_days + then * then_days) * (1 - F(1, forget)),
    )
    seen, target = 187, 250
    calc(
        BIRDER,
        f"County big year update: {seen} species so far against my target of {target}. "
        "What percentage of the target is that?",
        F(seen * 100, target),
    )
    trips, trip_miles, pence = 24, "64.5", 18
    calc(
        BIRDER,
        f"Twitching costs: {trips} trips averaging {trip_miles} miles round trip, at roughly "
        f"{pence}p a mile. What have I spent on driving, in pounds?",
        money(trips * dec(trip_miles) * F(pence, 100)),
    )
    buy, own, tool, reeds = "17.50", "3.20", 64, 20
    calc(
        BASSOON,
        f"Buying finished bassoon reeds costs £{buy} each. Making my own, cane and wire come to "
        f"£{own} a reed, plus a one-off £{tool} for a shaper tip. Over {reeds} reeds, how much "
        "do I save by making them?",
        money(reeds * dec(buy) - (reeds * dec(own) + tool)),
    )
    goal, paid, gran, sale = "1,380", "417.25", 260, "88.40"
    calc(
        BASSOON,
        f"Tour fund: I need £{goal}. I've paid in £{paid}, Grandma gave £{gran}, and three bake "
        f"sales made £{sale} each. How much more do I need to find?",
        money(numeral(goal) - dec(paid) - gran - 3 * dec(sale)),
    )
    moped, saved, weekly = "1,849", 612, "38.50"
    calc(
        MOPED,
        f"the moped i want is £{moped}. i've got £{saved} saved and i put all £{weekly} from my "
        "paper round away every week. how many weeks till i can buy it?",
        whole_up((numeral(moped) - saved) / dec(weekly)),
    )
    quote, deposit, instalments, admin = 486, 15, 10, 24
    calc(
        MOPED,
        f"Insurance quote is £{quote}. Or I can pay a {deposit}% deposit and then "
        f"{NUMBER_WORDS[instalments]} equal instalments covering the rest plus a £{admin} admin "
        "fee. How much is each instalment?",
        money((quote * (1 - pct(deposit)) + admin) / instalments),
    )
    tiles, per_tile, commission = 36, 42, "7.5"
    calc(
        CARTOGRAPHER,
        f"Invoice for the trail map job: {tiles} tiles at £{per_tile} per tile, less the "
        f"agency's {commission}% commission. What's my net?",
        money(tiles * per_tile * (1 - pct(commission))),
    )
    sheets, draft_h, check_h, hourly = 14, "6.25", "1.75", 38
    calc(
        CARTOGRAPHER,
        f"Quote for redrawing {sheets} sheets: each takes {draft_h} hours to draft and {check_h} "
        f"hours to check, billed at £{hourly} an hour. Total quote?",
        money(sheets * (dec(draft_h) + dec(check_h)) * hourly),
    )
    stipend, rent, bills, home = "1,650", 480, "72.50", 12
    calc(
        TARTU,
        f"Doctoral stipend in Tartu: €{stipend} a month. Rent is €{rent}, utilities €{bills}, "
        f"and I put aside {home}% of the stipend for flights home. What's left each month?",
        money(numeral(stipend) * (1 - pct(home)) - rent - dec(bills)),
    )
    harp_fee, per_mile, harp_miles = 380, 45, 46
    calc(
        HARPIST,
        f"Quote for the Saturday wedding: £{harp_fee} to play the ceremony and drinks reception, "
        f"plus travel at {per_mile}p a mile for {harp_miles} miles each way. Total?",
        money(harp_fee + 2 * harp_miles * F(per_mile, 100)),
    )
    each_way, run_p = 40, "14.5"
    calc(
        LIFT_SHARE,
        f"Lift share maths: I drive {each_way} miles each way, five days, and the car costs about "
        f"{run_p}p a mile to run. Four of us split it equally, me included. Each person's share "
        "in pounds?",
        money(each_way * 2 * 5 * dec(run_p) / 100 / 4),
    )
    morphs, morph_p, harlequins, harl_p, outlay = 7, 65, 3, 90, "212.40"
    calc(
        GECKO,
        f"Crested gecko season: sold {NUMBER_WORDS[morphs]} hatchlings at £{morph_p} and "
        f"{NUMBER_WORDS[harlequins]} harlequins at £{harl_p}. Incubator, crickets and tubs cost "
        f"£{outlay}. Profit?",
        money(morphs * morph_p + harlequins * harl_p - dec(outlay)),
    )
    band_fee, function_fee, tax = 75, 120, 20
    calc(
        TUBA,
        f"Three brass band concerts at £{band_fee} each and one function band gig at "
        f"£{function_fee}; I set aside {tax}% for tax. What can I actually spend?",
        money((3 * band_fee + function_fee) * (1 - pct(tax))),
    )
    roof, iva, down = "38,400", 10, 30
    calc(
        TRULLO,
        f"The builder's quote for re-roofing the trullo is €{roof} plus IVA at {iva}%. We pay "
        f"{down}% of the total as a deposit. How big is the deposit?",
        money(numeral(roof) * (1 + pct(iva)) * pct(down)),
    )
    friday, saturday, door_rate = "8.5", "9.25", "14.20"
    calc(
        DOOR,
        f"Weekend on the door: {friday} hours Friday, {saturday} hours Saturday, at "
        f"£{door_rate} an hour. Gross pay?",
        money((dec(friday) + dec(saturday)) * dec(door_rate)),
    )
    words, per_word, rush = "4,350", "0.18", 25
    calc(
        MONTREAL,
        f"Translation quote, French to English: {words} words at CAD {per_word} per word, with a "
        f"{rush}% rush surcharge. Total?",
        money(numeral(words) * dec(per_word) * (1 + pct(rush))),
    )
    subs = 240
    calc(
        COX,
        f"Boat club subs are £{subs} per rower; there are eight rowers, and I pay half as cox. "
        "What does the whole crew pay?",
        money(8 * subs + F(subs, 2)),
    )
    night_rate, extra_dog, nights = 32, 12, 9
    calc(
        SITTER,
        f"My house-sitting rate is £{night_rate} a night including one dog, plus £{extra_dog} a "
        f"night for each extra dog. Three dogs, {NUMBER_WORDS[nights]} nights: what's the bill?",
        money(nights * (night_rate + 2 * extra_dog)),
    )
    visits, return_miles, mile_p, parking = 6, 58, 45, "7.80"
    calc(
        KIDNEY,
        f"Donor expenses claim: {NUMBER_WORDS[visits]} trips to the transplant centre, each "
        f"{return_miles} miles return at {mile_p}p a mile, plus £{parking} parking per trip. "
        "Total to claim?",
        money(visits * (return_miles * F(mile_p, 100) + dec(parking))),
    )
    coins, notes = "46.80", 35
    calc(
        BARISTA,
        f"Tips jar at the station kiosk: £{coins} in coins and £{notes} in notes, split equally "
        "between the four of us on the Saturday rota. How much each?",
        money((dec(coins) + notes) / 4),
    )
    ribbon_m, ribbon_p, cones, cone_p, moss, sell, batch = "1.6", "0.85", 12, 9, "4.50", 28, 25
    calc(
        WREATH,
        f"Costing a door wreath: {ribbon_m} m of velvet ribbon at £{ribbon_p} a metre, {cones} "
        f"pine cones at {cone_p}p each, and a moss base at £{moss}. I sell them at £{sell}. "
        f"Profit on {batch} wreaths?",
        money(
            batch * (sell - (dec(ribbon_m) * dec(ribbon_p) + cones * F(cone_p, 100) + dec(moss)))
        ),
    )
    cage, bags, bag_price, have, pocket = "64.99", 3, "7.49", 20, 6
    calc(
        HAMSTER,
        f"I want the big cage for Biscuit. It's £{cage} and I need {NUMBER_WORDS[bags]} bags of "
        f"bedding at £{bag_price} each. I've saved £{have} and get £{pocket} pocket money a week."
        " How many weeks until I can buy it all?",
        whole_up((dec(cage) + bags * dec(bag_price) - have) / pocket),
    )
    teams = 14
    calc(
        DOMINOES,
        f"Our dominoes league has {teams} teams and each plays every other team twice, home and "
        "away. How many matches in the season?",
        teams * (teams - 1),
    )
    under_ratio, over_ratio, under, over = 3, 8, 11, 26
    calc(
        MONTESSORI,
        f"Ratios at our nursery: one adult to every {NUMBER_WORDS[under_ratio]} children under "
        f"two, one to every {NUMBER_WORDS[over_ratio]} for the over-twos. On Monday we have "
        f"{under} under-twos and {over} over-twos. Minimum number of adults?",
        whole_up(F(under, under_ratio)) + whole_up(F(over, over_ratio)),
    )
    out_fare, back_fare = "87.60", "54.90"
    calc(
        RAIL_ACCESS,
        "With my Disabled Persons Railcard a third comes off both my fare and my companion's. "
        f"Singles are £{out_fare} out and £{back_fare} back per person. What do the two of us pay"
        " altogether?",
        money(2 * (dec(out_fare) + dec(back_fare)) * F(2, 3)),
    )
    ewes, twins, triplets, empty = 500, 38, 4, 3
    twin_ewes = ewes * pct(twins)
    triplet_ewes = ewes * pct(triplets)
    single_ewes = ewes - twin_ewes - triplet_ewes - ewes * pct(empty)
    calc(
        LAMBING,
        f"Scanning results for {ewes} ewes: {twins}% carrying twins, {triplets}% triplets, "
        f"{empty}% empty and the rest singles. How many lambs should we expect?",
        single_ewes + 2 * twin_ewes + 3 * triplet_ewes,
    )
    bnb_nights, room, bag_day, walk_days = 4, 92, 11, 5
    calc(
        HADRIAN,
        f"Hadrian's Wall budget per person: {NUMBER_WORDS[bnb_nights]} nights in B&Bs at "
        f"£{room} per room, which the two of us share, plus baggage transfer at £{bag_day} per "
        f"bag per day for {NUMBER_WORDS[walk_days]} walking days, one bag each. What does each "
        "of us pay?",
        money(F(bnb_nights * room, 2) + bag_day * walk_days),
    )


_calc_plain()
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


# exact definitions added for this set (metres, kilograms, seconds, joules, pascals)
CM = F(1, 100)
MM = F(1, 1000)
KM = 1000
KM2 = KM * KM  # m^2
LITRE = F(1, 1000)  # m^3
HECTARE = 10**4  # m^2
GRAM = F(1, 1000)  # kg
NAUTICAL_MILE = 1852  # m
KNOT = F(NAUTICAL_MILE, 3600)  # m/s
KWH = 3600 * 1000  # J
MEGAJOULE = 10**6  # J

assert 100 * IN == dec("2.54") and HECTARE / ACRE > dec("2.471") and KNOT * 3600 == 1852


def unit_auto(family, query, value):
    """Graded exactly when the result needs at most two decimals, else at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 2:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _units_plain():
    height_cm = 172
    unit_auto(P, f"Convert {height_cm} cm to inches.", height_cm * CM / IN)
    road = 42
    unit_auto(P, f"What is {road} miles in kilometres?", road * MI / KM)
    body = 68
    unit_auto(P, f"{body} kg in pounds please", body / LB)
    feet, inches = 5, 11
    unit_auto(P, f"Express {feet} ft {inches} in in centimetres.", (feet * FT + inches * IN) / CM)
    cold = -13
    unit_auto(P, f"−{-cold} °F is how many degrees Celsius?", f_to_c(cold))
    plot = "2.5"
    unit_auto(P, f"How many square metres are there in {plot} acres?", dec(plot) * ACRE)
    grams = 450
    unit_auto(P, f"{grams} g → ounces", grams * GRAM / OZ)
    tyre = 110
    unit_auto(P, f"Road bike tyre at {tyre} psi: change that into bar.", tyre * PSI / BAR)
    motorway = 120
    unit_auto(P, f"{motorway} km/h expressed in miles per hour", motorway * KMH / MPH)
    gib = "5.75"
    unit_auto(P, f"A {gib} GiB disk image: how many MiB is that?", dec(gib) * GIB / MIB)
    floor = "1,500"
    unit_auto(
        P, f"A flat of {floor} square feet: what is that in square metres?", numeral(floor) * SQFT
    )
    box = 2
    unit_auto(P, f"litres in {box} cubic feet?", box * CUFT / LITRE)
    speed = 25
    unit_auto(P, f"{speed} knots in km/h", speed * KNOT / KMH)
    energy = "18.5"
    unit_auto(P, f"What's {energy} kWh in megajoules?", dec(energy) * KWH / MEGAJOULE)


def _units_registers():
    patient_lb = 176
    unit_auto(
        RADIOGRAPHER,
        f"Patient weight came through on the referral as {patient_lb} lb, but the CT contrast "
        "protocol wants kilograms. What do I enter?",
        patient_lb * LB,
    )
    tall_ft, tall_in = 5, 4
    unit_auto(
        RADIOGRAPHER,
        f"Height on the form says {tall_ft} ft {tall_in} in. In centimetres for the dose sheet?",
        (tall_ft * FT + tall_in * IN) / CM,
    )
    walk = "9.5"
    unit_auto(
        WELSH,
        f"Our Saturday walk is {walk} miles from Rhyd Ddu round to Beddgelert. How far is that in "
        "km?",
        dec(walk) * MI / KM,
    )
    summit = "1,085"
    unit_auto(
        WELSH,
        f"Yr Wyddfa is {summit} m high. My old walking guide only gives feet: what's the height "
        "in feet?",
        numeral(summit) / FT,
    )
    gust = 48
    unit_auto(
        BIRDER,
        f"The storm blew at {gust} mph along the coast when the shearwaters came past. Convert "
        "to km/h for the county report.",
        gust * MPH / KMH,
    )
    reservoir = 210
    unit_auto(
        BIRDER,
        f"The reservoir I patch is {reservoir} hectares. How many acres is that?",
        reservoir * HECTARE / ACRE,
    )
    tube = "2.54"
    unit_auto(
        BASSOON,
        f"Unfolded, the bassoon's bore is about {tube} m long. What's that in feet?",
        dec(tube) / FT,
    )
    case = "4.2"
    unit_auto(
        BASSOON,
        f"My bassoon in its case weighs {case} kg. The airline's cabin form wants pounds.",
        dec(case) / LB,
    )
    limit = 28
    unit_auto(
        MOPED,
        f"mopeds are limited to {limit} mph. what is that in km/h",
        limit * MPH / KMH,
    )
    pressure = "2.1"
    unit_auto(
        MOPED,
        f"Rear tyre should be {pressure} bar but the garage air line shows psi. What number do I "
        "set?",
        dec(pressure) * BAR / PSI,
    )
    scale, line_cm = "25,000", "7.4"
    unit_auto(
        CARTOGRAPHER,
        f"At 1:{scale}, a path measuring {line_cm} cm on the sheet is how many kilometres on the"
        " ground?",
        dec(line_cm) * CM * numeral(scale) / KM,
    )
    forest = "3.2"
    unit_auto(
        CARTOGRAPHER,
        f"The forest block on the new sheet covers {forest} km². The landowner asks in acres.",
        dec(forest) * KM2 / ACRE,
    )
    drive = 186
    unit_auto(
        TARTU,
        f"Tartu to Tallinn by road is {drive} km. My parents want it in miles.",
        drive * KM / MI,
    )
    harp_kg = 36
    unit_auto(
        HARPIST,
        f"My pedal harp weighs {harp_kg} kg; the van hire form asks for pounds.",
        harp_kg / LB,
    )
    commute = 38
    unit_auto(
        LIFT_SHARE,
        f"The commute is {commute} miles each way. How many kilometres is one round trip?",
        2 * commute * MI / KM,
    )
    viv = (45, 45, 60)
    unit_auto(
        GECKO,
        f"The new vivarium is {viv[0]} × {viv[1]} × {viv[2]} cm inside. How many litres is that?",
        viv[0] * viv[1] * viv[2] * CM**3 / LITRE,
    )
    bell = 19
    unit_auto(
        TUBA,
        f"My tuba's bell is {bell} inches across; the gig bag maker wants centimetres.",
        bell * IN / CM,
    )
    terrace = 42
    unit_auto(
        TRULLO,
        f"The terrace is {terrace} m² and the tiles we like are priced per square foot. How "
        "many square feet do we need to cover?",
        terrace / SQFT,
    )
    steps, stride = "19,500", "0.75"
    unit_auto(
        DOOR,
        f"My watch says {steps} steps on the door last night, at about {stride} m a step. How "
        "many miles is that?",
        numeral(steps) * dec(stride) / MI,
    )
    frost = -22
    unit_auto(
        MONTREAL,
        f"Forecast for my first week in Montreal is −{-frost} °C. My mum wants Fahrenheit.",
        c_to_f(frost),
    )
    boat_speed = "4.6"
    unit_auto(
        COX,
        f"Our eight averaged {boat_speed} m/s on the piece. What's that in knots?",
        dec(boat_speed) / KNOT,
    )
    lab = 32
    unit_auto(
        SITTER,
        f"The labrador I'm minding weighs {lab} kg, and the worming tablets are dosed by the "
        "pound. His weight in pounds?",
        lab / LB,
    )
    hospital = 112
    unit_auto(
        KIDNEY,
        f"The transplant centre is {hospital} km from my sister's house. In miles?",
        hospital * KM / MI,
    )
    steam = 65
    unit_auto(
        BARISTA,
        f"We steam milk to {steam} °C. The new American jug thermometer is in °F: what reading "
        "is that?",
        c_to_f(steam),
    )
    ring = 14
    unit_auto(
        WREATH,
        f"Customer wants a {ring} inch wreath. What is that in cm for my wire frames?",
        ring * IN / CM,
    )
    wheel = 28
    unit_auto(
        HAMSTER,
        f"The hamster wheel has to be at least {wheel} cm across. The shop lists wheels in "
        "inches. How many inches is that?",
        wheel * CM / IN,
    )
    hall_l, hall_w = 60, 35
    unit_auto(
        DOMINOES,
        f"The club hall is {hall_l} ft by {hall_w} ft. Floor area in square metres?",
        hall_l * hall_w * SQFT,
    )
    sand = "0.4"
    unit_auto(
        MONTESSORI,
        f"The sandpit takes {sand} m³ of play sand. The supplier sells by the cubic foot: how "
        "many cubic feet?",
        dec(sand) / CUFT,
    )
    chair = 27
    unit_auto(
        RAIL_ACCESS,
        f"My wheelchair is {chair} inches wide. The hotel lists door widths in cm. Width in cm?",
        chair * IN / CM,
    )
    lamb = "4.9"
    unit_auto(
        LAMBING,
        f"Tup lamb born at {lamb} kg. The farmer still thinks in pounds: how many pounds is it?",
        dec(lamb) / LB,
    )
    wall = 84
    unit_auto(
        HADRIAN,
        f"The Wall path is about {wall} miles end to end. What's that in km?",
        wall * MI / KM,
    )


_units_plain()
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


# IANA zone rules, loaded here so that the set-up's imports stay as they were
ZONEINFO = importlib.import_module("zoneinfo")


def count_days(first, last, wd):
    """How many of one weekday fall from first to last, both included."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() == wd)


def add_workdays(start, n_work):
    """The date n_work working days (Monday to Friday) after start."""
    d = start
    while n_work:
        d += TD(days=1)
        if d.weekday() < SAT:
            n_work -= 1
    return d


def zoned(zone, when):
    return when.replace(tzinfo=ZONEINFO.ZoneInfo(zone))


def offset_text(zone, when):
    """The zone's UTC offset at that local time, written +HH:MM or -HH:MM."""
    minutes = int(zoned(zone, when).utcoffset().total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def hhmm(when):
    return f"{when.hour:02d}:{when.minute:02d}"


assert count_days(D(2030, 3, 4), D(2030, 3, 18), MON) == 3
assert add_workdays(D(2030, 3, 8), 1) == D(2030, 3, 11)
assert offset_text("Europe/London", DT(2030, 7, 1, 12)) == "+01:00"
assert offset_text("America/Vancouver", DT(2030, 1, 1, 12)) == "-08:00"


def _dates_plain():
    quiz = D(2028, 11, 17)
    date_item(P, f"What day of the week does {say(quiz)} fall on?", weekday(quiz))
    spring, summer = D(2029, 3, 3), D(2029, 8, 21)
    date_item(
        P, f"How many days are there from {say(spring)} to {say(summer)}?", days(spring, summer)
    )
    jan = D(2030, 1, 12)
    date_item(P, f"What's the date 100 days after {say(jan)}?", jan + TD(days=100))
    june = D(2028, 6, 2)
    date_item(P, f"Give the date six weeks before {say(june)}.", june - TD(weeks=6))
    born, asked = D(1994, 8, 29), D(2031, 5, 15)
    date_item(
        P, f"Someone born on {say(born)}: how old are they on {say(asked)}?", age(born, asked)
    )
    third_thursday = nth_weekday(2029, 10, THU, 3)
    date_item(P, "Which date is the third Thursday in October 2029?", third_thursday)
    date_item(P, "When is the final Friday of May 2030?", nth_weekday(2030, 5, FRI, -1))
    date_item(
        P,
        "How many minutes pass between 22:50 and 05:35 the next morning?",
        clock_span("22:50", "05:35", 60),
    )
    first = D(2028, 4, 4)
    later = first + TD(weeks=25)
    date_item(P, f"How many weeks is it from {sayw(first)} to {sayw(later)}?", weeks(first, later))
    date_item(
        P,
        "How many Wednesdays are there in July 2029?",
        count_days(D(2029, 7, 1), D(2029, 7, 31), WED),
    )
    autumn = D(2027, 10, 19)
    date_item(P, f"What date falls 250 days after {say(autumn)}?", autumn + TD(days=250))
    sept = D(2029, 9, 9)
    date_item(
        P,
        f"Counting 1 January as day 1, what day number of the year is {say(sept)}?",
        days(D(sept.year, 1, 1), sept) + 1,
    )
    bicentennial = D(1976, 7, 4)
    date_item(P, f"On which day of the week did {say(bicentennial)} fall?", weekday(bicentennial))
    tokyo_call = DT(2030, 3, 1, 16, 0)
    assert offset_text("Asia/Tokyo", tokyo_call) == "+09:00"
    vancouver = zoned("Asia/Tokyo", tokyo_call).astimezone(ZONEINFO.ZoneInfo("America/Vancouver"))
    assert vancouver.utcoffset() == TD(hours=-8)
    date_item(
        P,
        f"A video call starts at {hhmm(tokyo_call)} in Tokyo "
        f"({offset_text('Asia/Tokyo', tokyo_call)}) on {say(tokyo_call.date())}. What is the "
        f"date in Vancouver ({offset_text('America/Vancouver', vancouver.replace(tzinfo=None))})"
        " at that moment?",
        vancouver.date(),
    )


def _dates_registers():
    block_one = D(2029, 12, 3)
    on_nights, off_nights = 4, 4
    date_item(
        RADIOGRAPHER,
        f"Rota is {NUMBER_WORDS[on_nights]} nights on, {NUMBER_WORDS[off_nights]} off, "
        f"repeating, and my first block starts {sayw(block_one)}. On what date does my third "
        "block of nights begin?",
        block_one + TD(days=2 * (on_nights + off_nights)),
    )
    date_item(
        RADIOGRAPHER,
        "How long is a 19:45 to 08:15 night shift, in hours?",
        clock_span("19:45", "08:15", 3600),
    )
    eisteddfod = D(2030, 8, 3)
    date_item(
        WELSH,
        f"The Eisteddfod starts on {say(eisteddfod)} and the closing date for competition "
        "entries is 42 days before that. What's the closing date?",
        eisteddfod - TD(days=42),
    )
    class_one = nth_weekday(2029, 9, TUE, 2)
    class_last = nth_weekday(2029, 12, TUE, 2)
    date_item(
        WELSH,
        f"My Welsh class meets every Tuesday from {sayw(class_one)} to {sayw(class_last)}, both "
        "included. How many classes is that?",
        count_days(class_one, class_last, TUE),
    )
    first_swift, last_swift = D(2029, 4, 23), D(2029, 8, 11)
    date_item(
        BIRDER,
        f"First swift of the year on {say(first_swift)}, last one seen {say(last_swift)}. How "
        "many days between the two?",
        days(first_swift, last_swift),
    )
    big_start, check = D(2029, 1, 1), D(2029, 7, 15)
    date_item(
        BIRDER,
        f"My big year started {say(big_start)}. Counting both that day and {say(check)}, how "
        "many days have I been at it?",
        days(big_start, check) + 1,
    )
    concert = D(2030, 7, 27)
    date_item(
        BASSOON,
        f"The youth orchestra's summer concert is on {say(concert)}. Which day of the week?",
        weekday(concert),
    )
    practice_from, practice_to, practice_min = D(2030, 3, 1), D(2030, 4, 30), 35
    date_item(
        BASSOON,
        f"If I practise {practice_min} minutes every day from {say(practice_from)} to "
        f"{say(practice_to)} inclusive, how many minutes is that altogether?",
        (days(practice_from, practice_to) + 1) * practice_min,
    )
    moped_born, counting_from = D(2013, 3, 14), D(2028, 9, 1)
    sixteenth = D(moped_born.year + 16, moped_born.month, moped_born.day)
    date_item(
        MOPED,
        f"I was born on {say(moped_born)}. Counting from {say(counting_from)}, how many days "
        "until my 16th birthday?",
        days(counting_from, sixteenth),
    )
    date_item(
        MOPED,
        f"what day of the week is {say(sixteenth)}? thats my sixteenth and the day i can ride",
        weekday(sixteenth),
    )
    signed, working = D(2030, 3, 4), 30
    date_item(
        CARTOGRAPHER,
        f"Contract signed {sayw(signed)}; delivery is due {working} working days later, Monday "
        "to Friday, with no holidays counted. Delivery date?",
        add_workdays(signed, working),
    )
    field_from, field_to = D(2029, 5, 16), D(2029, 6, 3)
    date_item(
        CARTOGRAPHER,
        f"Fieldwork runs from {say(field_from)} to {say(field_to)}, both days included. How many"
        " days in the field?",
        days(field_from, field_to) + 1,
    )
    leave = DT(2029, 8, 28, 6, 40)
    land = DT(2029, 8, 28, 11, 35)
    assert offset_text("Europe/London", leave) == "+01:00"
    assert offset_text("Europe/Tallinn", land) == "+03:00"
    air = zoned("Europe/Tallinn", land) - zoned("Europe/London", leave)
    date_item(
        TARTU,
        f"My flight leaves Stansted at {hhmm(leave)} ({offset_text('Europe/London', leave)}) on "
        f"{sayw(leave.date())} and lands in Tallinn at {hhmm(land)} "
        f"({offset_text('Europe/Tallinn', land)}). How long am I in the air, in minutes?",
        F(int(air.total_seconds()), 60),
    )
    wedding = D(2030, 6, 15)
    date_item(
        HARPIST,
        f"The wedding is on {sayw(wedding)} and my final invoice is due eight weeks before. What "
        "date is that?",
        wedding - TD(weeks=8),
    )
    share_from, share_to = D(2029, 9, 3), D(2029, 12, 14)
    date_item(
        LIFT_SHARE,
        f"How many Fridays are there from {sayw(share_from)} to {sayw(share_to)} inclusive? "
        "That's my turn to drive.",
        count_days(share_from, share_to, FRI),
    )
    laid, incubation = D(2029, 6, 12), 68
    date_item(
        GECKO,
        f"Eggs laid {say(laid)}; at my incubator temperature they take about {incubation} days. "
        "When should they hatch?",
        laid + TD(days=incubation),
    )
    carols = D(2029, 12, 14)
    date_item(
        TUBA,
        f"Our Christmas concert is on {say(carols)}. What day of the week is that?",
        weekday(carols),
    )
    permit, start_by = D(2030, 3, 5), 90
    date_item(
        TRULLO,
        f"Our building permit was granted on {say(permit)} and the works have to start no later "
        f"than {start_by} days after that. Last possible start date?",
        permit + TD(days=start_by),
    )
    date_item(
        DOOR,
        "How many hours am I on the door if I start at 21:30 and finish at 04:00?",
        clock_span("21:30", "04:00", 3600),
    )
    depart = DT(2029, 9, 18, 19, 10)
    arrive = DT(2029, 9, 19, 7, 5)
    assert offset_text("America/Toronto", depart) == "-04:00"
    assert offset_text("Europe/London", arrive) == "+01:00"
    flight = zoned("Europe/London", arrive) - zoned("America/Toronto", depart)
    date_item(
        MONTREAL,
        f"Flight from Montreal leaves {hhmm(depart)} ({offset_text('America/Toronto', depart)}) "
        f"on {sayw(depart.date())} and reaches Heathrow at {hhmm(arrive)} "
        f"({offset_text('Europe/London', arrive)}) the next morning. Flight time in minutes?",
        F(int(flight.total_seconds()), 60),
    )
    winter_start = D(2029, 11, 4)
    head_race = winter_start + TD(weeks=17)
    date_item(
        COX,
        f"Winter training started {sayw(winter_start)} and the head race is {sayw(head_race)}. "
        "How many weeks of training is that?",
        weeks(winter_start, head_race),
    )
    sit_from, sit_to = D(2030, 2, 22), D(2030, 3, 9)
    date_item(
        SITTER,
        f"I'm house-sitting from {sayw(sit_from)} to {sayw(sit_to)}. How many nights?",
        days(sit_from, sit_to),
    )
    surgery = D(2030, 1, 22)
    date_item(
        KIDNEY,
        f"The operation is booked for {say(surgery)} and my pre-op assessment has to be six "
        "weeks earlier. Which date?",
        surgery - TD(weeks=6),
    )
    date_item(
        BARISTA,
        "Kiosk shift runs 05:45 to 14:15. How many hours is that?",
        clock_span("05:45", "14:15", 3600),
    )
    date_item(
        WREATH,
        "The wreath-making workshop is on the first Saturday in December 2029. What date?",
        nth_weekday(2029, 12, SAT, 1),
    )
    pet_born, weighed = D(2029, 2, 2), D(2029, 6, 17)
    date_item(
        HAMSTER,
        f"Biscuit was born on {say(pet_born)}. How many days old is she on {say(weighed)}?",
        days(pet_born, weighed),
    )
    opener = D(2029, 9, 6)
    assert opener.weekday() == THU
    date_item(
        DOMINOES,
        f"Fixtures are every other Thursday starting {sayw(opener)}. Date of the ninth fixture?",
        opener + TD(weeks=2 * 8),
    )
    child_born, moves_up = D(2026, 9, 24), D(2029, 9, 1)
    date_item(
        MONTESSORI,
        f"A child born {say(child_born)}: how many full years old on {say(moves_up)}?",
        age(child_born, moves_up),
    )
    trip = D(2030, 5, 20)
    date_item(
        RAIL_ACCESS,
        f"Our rail trip starts {sayw(trip)}. Advance tickets and assistance open 12 weeks "
        "before that. What date?",
        trip - TD(weeks=12),
    )
    tups_in, gestation = D(2029, 11, 5), 147
    date_item(
        LAMBING,
        f"The tups went in with the ewes on {say(tups_in)}. With a {gestation}-day gestation, "
        "when are the first lambs due?",
        tups_in + TD(days=gestation),
    )
    wallsend, walking_days = D(2030, 5, 12), 7
    date_item(
        HADRIAN,
        f"We set off from Wallsend on {sayw(wallsend)} and take {NUMBER_WORDS[walking_days]} "
        "days to reach Bowness. Which day of the week is our last day of walking?",
        weekday(wallsend + TD(days=walking_days - 1)),
    )


_dates_plain()
_dates_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "tell-hanseatic-and-mali-empire-whys": (
        "Why did the Hanseatic League fade away in the sixteenth and seventeenth centuries?",
        "How did Mansa Musa's pilgrimage to Mecca change the way Europeans pictured West Africa?",
        "What made Lübeck so central to Baltic trade in the Middle Ages?",
        "Why did Timbuktu become a seat of scholarship and not just a market town?",
        "Was the Hanse more like a trading company, an alliance of cities, or something else?",
        "How did salt and gold shape the economy of the Mali Empire?",
        "Why did the German merchants at the Bergen Kontor live under such strict rules?",
        "What brought down the Songhai Empire after the Moroccan invasion?",
        "How far can we trust Ibn Battuta's account when reconstructing daily life in Mali?",
        "In what ways did the Hanseatic towns pave the way for the Dutch trading empire?",
    ),
    "tell-fjord-and-monsoon-wonders": (
        "How did glaciers carve Norway's fjords so much deeper than the sea just outside them?",
        "Why does the Indian monsoon seem to arrive in a rush rather than building up slowly?",
        "What explains the eerie calm people describe just before a big thunderstorm?",
        "Why is the deep water in some fjords almost without oxygen?",
        "Explain why the monsoon sometimes fails and what El Niño has to do with it.",
        "How do some sand dunes boom or sing, and why only certain ones?",
        "Why is the Atacama so dry when it sits right beside the Pacific Ocean?",
        "What is a föhn wind and why does it feel so warm coming down off the mountains?",
        "Walking over rolling ground, how would a geologist tell a drumlin from a moraine?",
        "Why do some hailstones have onion-like layers when you cut them open?",
    ),
    "tell-cobol-elm-and-scala-critique": (
        "Is learning COBOL still a smart career move, or is that a story recruiters tell?",
        "What does Elm's promise of no runtime exceptions actually cost you day to day?",
        "Is `implicit val ec = ExecutionContext.global` at the top of a Scala service a smell?",
        (
            "Why do people complain about Scala compile times, and how can a build be laid out to "
            "ease them?"
        ),
        "How would you explain the Elm Architecture to someone who has only written React?",
        (
            "I've got a COBOL paragraph with PERFORM VARYING nested three deep. How would you "
            "restructure it so it reads better?"
        ),
        "For a new backend service with a team of four, Scala 3 or Kotlin, and why?",
        "Why doesn't Elm have type classes, and is leaving them out a deliberate trade-off?",
        "Critique this name for a Scala case class: `DataManagerHelperImpl`.",
        "What's a sensible way to get automated tests around a legacy COBOL batch job?",
    ),
    "tell-baroque-and-britpop-verdicts": (
        "Has Vivaldi's Four Seasons been played so often that it's ruined, or does it hold up?",
        "Parklife or (What's the Story) Morning Glory? Which is the better album, and why?",
        "Why does Bach's keyboard music seem to suit the harpsichord better than the piano?",
        "Did Britpop actually say anything about Britain, or was it mostly clever marketing?",
        "Suggest a way into Handel's operas for someone who only knows Messiah.",
        "Was Pulp's Different Class the real high point of that whole scene?",
        "What makes a baroque continuo part rewarding to play rather than just filler?",
        "Is playing on period instruments more authentic, or is that question unanswerable?",
        "Honestly, did Suede deserve more credit than they ended up getting?",
        "Which piece by Purcell would you choose for a funeral, and why that one?",
    ),
    "tell-badger-and-magpie-habits": (
        "Why do badgers drag fresh bedding into their setts?",
        "Do magpies really steal shiny things, or is that just folklore?",
        "Why do magpies sometimes gather in big noisy groups, as if holding a meeting?",
        "How do badger families manage to keep using the same sett for generations?",
        "What is a badger looking for when it digs up a lawn overnight?",
        "Can magpies recognise themselves in a mirror, and what would that tell us?",
        "Why are badgers so seldom seen in daylight?",
        "How does a magpie's alarm rattle differ from its other calls?",
        "Do badgers hibernate in winter, or do they just slow down?",
        "Why is seeing a single magpie supposed to be bad luck?",
    ),
    "tell-toast-wording-and-out-of-office-replies": (
        "Write a short, warm toast for my parents' ruby wedding anniversary.",
        "Draft a witty out-of-office reply for my fortnight in Crete.",
        "Help me word a toast for a colleague who has just become a British citizen.",
        "Give me an out-of-office for parental leave that doesn't overshare.",
        "Write a two-line toast for a friend who has just finished chemotherapy.",
        "Suggest a polite out-of-office that sends anything urgent to my deputy, Priya.",
        "Compose a toast for a housewarming where the hosts did all the renovation themselves.",
        "I need an out-of-office for a sabbatical: professional, with a bit of personality.",
        "Write a toast to reopen our village hall after its refurbishment.",
        "Write a brief, respectful out-of-office for while I'm away for a funeral.",
    ),
    "tell-dinner-party-and-borrowing-tact": (
        (
            "A guest at my dinner parties keeps bringing up politics. How do I steer away from it "
            "without being rude?"
        ),
        "A friend borrowed my camping stove ages ago and hasn't given it back. How do I ask?",
        "Is it rude to ask dinner guests to take their shoes off?",
        "How do I tell a friend I'd rather not lend them money again?",
        "Someone brought a dish to my dinner party that nobody touched. Should I say anything?",
        "How can I politely turn down a neighbour who keeps asking to borrow my car?",
        "What's the etiquette when a guest turns up with an uninvited plus-one?",
        "My sister gave my book back with coffee stains on it. Should I mention it?",
        "How do I gracefully end a dinner party when the guests won't take the hint?",
        "Should I tell the host I'm vegetarian if they didn't ask beforehand?",
    ),
    "tell-promise-and-lifeboat-puzzles": (
        "Is it ever right to break a promise made to a dying person?",
        "In the lifeboat dilemma, does it matter who gets to choose who goes overboard?",
        "If a time traveller could prevent a disaster by lying, should they?",
        "Is it fairer to share a windfall equally or according to need?",
        "Should a doctor tell a patient a hard truth the patient asked not to hear?",
        "If everyone else cheats on a test, is the one honest student being foolish?",
        "Is there a real moral difference between failing to help and actively harming?",
        "Is it acceptable to keep a found wallet if the owner truly can't be traced?",
        "Would it be wrong to plagiarise a speech if nobody could ever find out?",
        "Is loyalty to friends ever more important than honesty?",
    ),
    "tell-grammar-and-punctuation-quarrels": (
        "Is it acceptable to split an infinitive in formal writing?",
        "Should I use the Oxford comma on a wedding invitation?",
        (
            "Why do British and American writers place full stops differently around quotation "
            "marks?"
        ),
        "Is 'data' singular or plural in modern usage?",
        "When should I reach for a semicolon instead of a dash?",
        "Is it wrong to start a sentence with 'And'?",
        "What's the difference between 'fewer' and 'less', and does it really matter?",
        "Should 'internet' still be written with a capital letter?",
        "Is singular 'they' acceptable in a formal report?",
        "Why do some style guides ban the exclamation mark almost entirely?",
    ),
    "tell-braising-and-pickling-technique": (
        "Why does my braised beef come out dry even though it sits in liquid for hours?",
        "Should I brown meat before braising, and what does it actually add?",
        "Why do my pickled cucumbers go soft after a week in the jar?",
        "Is it safe to reuse pickling brine for a second batch?",
        "What's the real difference between a braise and a stew?",
        "Why do recipes tell you to pour the pickling vinegar on hot rather than cold?",
        "How do I stop a braise from tasting flat at the end?",
        "Why do some pickle recipes add grape leaves or alum?",
        "Which cuts of lamb are best for a long, slow braise, and why?",
        "Can I quick-pickle red onions without sugar and still get a good result?",
    ),
}

NEAR = {
    "near-numbered-titles": (
        (
            "What is 'Slaughterhouse-Five' really about, beyond the bombing of Dresden?",
            "a novel's title carries a number; the question is about its meaning",
        ),
        (
            "Why is the film 'Apollo 13' praised for getting the 1970 mission right?",
            "a film title and a year; asks for a judgement on historical accuracy",
        ),
        (
            "Summarise 'The Thirty-Nine Steps' in three sentences without giving away the ending.",
            "a number in a title and a sentence count; asks for a summary",
        ),
        (
            (
                "Is Beethoven's Fifth the best way into his symphonies, or would you start with "
                "the Sixth?"
            ),
            "ordinal numbers naming symphonies; asks for a recommendation",
        ),
        (
            (
                "Which of the habits in Covey's 'The 7 Habits of Highly Effective People' gets "
                "the most criticism?"
            ),
            "a number in a book title; asks about critical reception",
        ),
        (
            "What's the story behind Adele calling her album '25'?",
            "an album named by a number; asks for background",
        ),
        (
            "Is 'Brooklyn Nine-Nine' worth starting from season 1, or can I jump in anywhere?",
            "a number in a TV title and a season number; asks for advice",
        ),
        (
            "Why is Shostakovich's Symphony No. 7 so closely tied to the siege of Leningrad?",
            "a numbered symphony; asks for history",
        ),
    ),
    "near-codes-and-labels": (
        (
            "My washing machine is flashing E21. What does that usually mean?",
            "an appliance fault code, not a quantity",
        ),
        (
            "On a tyre marked 205/55 R16 91V, what does the 91V part tell me?",
            "a tyre size and load/speed code to interpret",
        ),
        (
            "What is additive E471, and should vegans avoid it?",
            "a food additive number; asks for facts and advice",
        ),
        (
            "The case for my phone is IP54-rated. What does that protect against?",
            "an ingress-protection rating to explain",
        ),
        (
            "What does HTTP 429 mean, and how should my script back off when it gets one?",
            "an HTTP status code; asks for meaning and design advice",
        ),
        (
            "What sort of business would be registered under SIC code 56101?",
            "an industry classification code to look up",
        ),
        (
            "Which part of the country uses the 01865 dialling code?",
            "a phone area code, an identifier rather than a number",
        ),
        (
            "What does the star in 'Grade II* listed' mean for a building I'm thinking of buying?",
            "a listing grade to explain, with advice",
        ),
        (
            "A lorry in front of me has a UN 1263 placard. What's it carrying?",
            "a dangerous-goods identifier to look up",
        ),
    ),
    "near-rough-guesses": (
        (
            "Roughly how many dog walkers are out in Hyde Park on a Sunday morning?",
            "an estimate with no figures given",
        ),
        (
            "Ballpark figure: how many words does a chatty adult say between waking and bedtime?",
            "an estimate needing outside knowledge",
        ),
        (
            "About how many golf balls end up in water hazards across the UK every year?",
            "a Fermi estimate with no figures given",
        ),
        (
            "Roughly how many grains of rice are in a 1 kg bag of basmati?",
            "needs a grain mass nobody stated; an estimate",
        ),
        (
            "Give me a sensible estimate of how many piano teachers work in Leeds.",
            "a Fermi estimate",
        ),
        (
            (
                "How many people do you reckon are in the air over Europe at any one moment on a "
                "summer afternoon?"
            ),
            "an estimate needing outside knowledge",
        ),
        (
            "At a guess, how many coffees does a busy station kiosk sell on a weekday?",
            "an estimate with nothing given",
        ),
    ),
    "near-why-the-rule": (
        (
            "My nan checks her sums by casting out nines. Why does that trick catch mistakes?",
            "asks why a rule of arithmetic works",
        ),
        (
            "Where does the half come from in the formula for the area of a triangle?",
            "asks for the reasoning behind a formula",
        ),
        (
            "Why can't a negative number have a square root among the real numbers?",
            "asks for an explanation, not a value",
        ),
        (
            "Why does 'flip the second fraction and multiply' work when dividing fractions?",
            "asks why a rule holds",
        ),
        (
            "Mathematicians once counted 1 as a prime. Why did they stop?",
            "asks about a mathematical convention",
        ),
        (
            "Why do a triangle's angles add up to 180 degrees on paper but not on a globe?",
            "asks for a geometric explanation",
        ),
        (
            (
                "Why does the trick of multiplying a two-digit number by 11 by putting the digit "
                "sum in the middle work?"
            ),
            "asks why a mental-arithmetic trick works",
        ),
    ),
    "near-what-a-reading-means": (
        (
            (
                "My toddler's ear thermometer says 38.4 °C. Should I be worried or just keep an "
                "eye on her?"
            ),
            "a reading to interpret, with advice",
        ),
        (
            "My blood pressure at the pharmacy came out at 146/93. What does that mean for me?",
            "a reading to interpret",
        ),
        (
            (
                "The coolant gauge on my car creeps just above the middle on long hills. Is that "
                "normal?"
            ),
            "a gauge reading to interpret",
        ),
        (
            "My air quality app says PM2.5 is 62 this morning. Should I skip my run?",
            "a reading and a decision",
        ),
        (
            "My Experian score is 881 out of 999. Is that good enough for a mortgage?",
            "a score to interpret, with advice",
        ),
        (
            "My HbA1c came back at 44 mmol/mol. What does that suggest?",
            "a lab result to interpret",
        ),
        (
            "Speed test shows 38 Mbps down but I pay for 150. What's likely going on?",
            "figures to diagnose, not to compute",
        ),
    ),
    "near-is-it-worth-it": (
        (
            "Is a £1,299 carbon road bike worth it for someone just starting out?",
            "a price and a value judgement",
        ),
        (
            "Would you pay £85 extra for a seat with more legroom on a 9-hour flight?",
            "figures, but the question is an opinion",
        ),
        (
            "Is a £240 annual fee on a travel credit card worth it if I only fly twice a year?",
            "asks for a judgement about value",
        ),
        (
            "Are £30 secateurs really better than the £8 ones from the supermarket?",
            "prices, but asks for a product judgement",
        ),
        (
            "Would a £9,500 heat pump ever pay off in a draughty Victorian terrace?",
            "a price, but the answer depends on things not stated",
        ),
        (
            (
                "Is it worth paying £60 a month for a personal trainer once a week, or should I "
                "just use videos?"
            ),
            "figures, but asks for an opinion",
        ),
    ),
    "near-facts-not-given": (
        (
            "How tall is the Gateway Arch in St. Louis, in metres?",
            "a fact nobody stated, before any conversion",
        ),
        (
            "How far is it from Tartu to Riga by road?",
            "a distance nobody stated",
        ),
        (
            "How many bones are there in a cat's tail?",
            "a biological fact",
        ),
        (
            "At what temperature does water boil in Cusco, given how high it is?",
            "needs the altitude and physics, neither stated",
        ),
        (
            "Roughly what does the heart of an adult blue whale weigh?",
            "a fact nobody stated",
        ),
        (
            "How many steps are there up to the top of Brunelleschi's dome in Florence?",
            "a count nobody stated",
        ),
        (
            (
                "In which year did Montreal host the Summer Olympics, and how long did the city "
                "take to pay off the debt?"
            ),
            "historical facts",
        ),
        (
            "How long did it take the Romans to build Hadrian's Wall?",
            "a historical duration nobody stated",
        ),
    ),
    "near-invented-notation": (
        (
            (
                "In my puzzle book, a ◇ b means a squared minus b. Is ◇ commutative? Show me why "
                "with an example."
            ),
            "a made-up operator; asks about its properties",
        ),
        (
            (
                "If n!! meant 'take the factorial twice' instead of the double factorial, how "
                "would that change how fast it grows?"
            ),
            "a redefinition of notation to reason about",
        ),
        (
            (
                "My teacher writes 2^^3 for tetration. What does that notation mean, and how is "
                "it different from 2^3?"
            ),
            "asks for the meaning of notation",
        ),
        (
            (
                "In our game, '5 ↑ 3' means start at 5 and climb 3 rungs of a ladder that doubles "
                "at each rung. Is it just exponentiation in disguise, and what would you call it?"
            ),
            "a house notation to interpret",
        ),
        (
            (
                "If ⊗ is defined as 'the larger of the two numbers', which properties of ordinary "
                "addition does it share?"
            ),
            "a defined operator; asks about algebraic properties",
        ),
        (
            (
                "Our club writes 'x%%' to mean a percentage of a percentage. Is that a clear "
                "convention, or will members misread it?"
            ),
            "a notation convention to judge",
        ),
        (
            (
                "If I use a new digit Ɛ for eleven when counting in base twelve, how should I "
                "explain the notation to my kids?"
            ),
            "a notation to explain to children",
        ),
    ),
    "near-house-rules-and-riddles": (
        (
            (
                "In our Monopoly, fines go into Free Parking and landing exactly on GO pays "
                "double. Does that make games longer, and is it fairer?"
            ),
            "house rules to reason about",
        ),
        (
            "What comes next in 1, 11, 21, 1211, 111221, and why?",
            "a look-and-say sequence; the rule has to be recognised",
        ),
        (
            "O, T, T, F, F, S, S, E: what's the next letter, and what's the pattern?",
            "a letter sequence puzzle",
        ),
        (
            "I have keys but open no locks, and space but no room. What am I?",
            "a riddle",
        ),
        (
            (
                "Our pub quiz gives half a point for near misses. Is that fair on teams who "
                "answer fewer questions but get them exactly right?"
            ),
            "a scoring rule to judge",
        ),
        (
            (
                "In our card game an ace counts as 1 or 14 depending on the trick. How would you "
                "explain that rule to a new player?"
            ),
            "a house rule to explain",
        ),
    ),
}


def _ordinary_negatives():
    for fam, questions in ORDINARY.items():
        assert len(questions) == 10, fam
        for q in questions:
            neg(fam, q)


def _near_negatives():
    for fam, pairs in NEAR.items():
        for q, why in pairs:
            neg(fam, q, why)


def _write_it_up_conversations():
    fam = "conv-write-it-up"
    cottage, households = 1245, 3
    conv(
        fam,
        [
            (U, f"The cottage is £{cottage:,} for the week, split between three households."),
            (A, f"That's £{cash(F(cottage, households))} per household."),
            (U, "Lovely. Can you draft a cheerful message asking everyone to pay by Friday?"),
        ],
        "the sum is done; asks for a message",
    )
    lengths, pool = 64, 25
    conv(
        fam,
        [
            (U, f"I swam {lengths} lengths of a {pool} m pool for charity. How far is that?"),
            (A, f"{lengths * pool:,} m, or {figure_of(F(lengths * pool, 1000))} km."),
            (U, "Write a thank-you post for my sponsors that mentions it."),
        ],
        "the distance is known; asks for a post",
    )
    hours, hourly = 12, 45
    conv(
        fam,
        [
            (U, f"I did {hours} hours of design work at £{hourly} an hour. What do I invoice?"),
            (A, f"£{hours * hourly:,}."),
            (U, "The client is a month late paying. Write a polite but firm chaser email."),
        ],
        "after a sum, asks for an email",
    )
    bake, raffle = "312.60", "87.40"
    conv(
        fam,
        [
            (U, f"The bake sale made £{bake} and the raffle £{raffle}. Total?"),
            (A, f"£{cash(dec(bake) + dec(raffle))} altogether."),
            (U, "Great! Write a short notice for the school newsletter announcing it."),
        ],
        "after a sum, asks for a notice",
    )
    givers, each = 32, "7.50"
    conv(
        fam,
        [
            (U, f"{givers} colleagues put in £{each} each for Maureen's leaving gift. How much?"),
            (A, f"£{cash(givers * dec(each))}."),
            (U, "What should we write in the card alongside the voucher?"),
        ],
        "after a sum, asks for card wording",
    )
    run_km, run_min = 5, "27.5"
    pace = dec(run_min) / run_km
    conv(
        fam,
        [
            (U, f"I ran {run_km} km in 27:30. What pace per km is that?"),
            (A, f"{int(pace)}:{int((pace - int(pace)) * 60):02d} per km."),
            (U, "Write me an Instagram caption for it that doesn't sound braggy."),
        ],
        "after a pace, asks for a caption",
    )
    garden, panel = 22, "1.83"
    panels = whole_up(garden / dec(panel))
    conv(
        fam,
        [
            (U, f"The garden is {garden} m long and fence panels are {panel} m. How many panels?"),
            (A, f"{panels} panels: {garden} ÷ {panel} is just over {panels - 1}, so round up."),
            (
                U,
                (
                    "Write a note to next door saying we're replacing the shared fence and asking "
                    "if they'd go halves."
                ),
            ),
        ],
        "after a count, asks for a note",
    )


def _missing_figures_conversations():
    fam = "conv-figures-still-missing"
    conv(
        fam,
        [
            (U, "I'm thinking about overpaying my mortgage."),
            (
                A,
                "Happy to help. What's the balance and rate, and how much would you overpay?",
            ),
            (
                U,
                (
                    "I don't know the rate yet. What should I weigh up before choosing between "
                    "overpaying and investing?"
                ),
            ),
        ],
        "no figures yet; asks what to weigh up",
    )
    conv(
        fam,
        [
            (U, "How much paint will my living room need?"),
            (A, "I'd need the wall measurements, the number of coats and the paint's coverage."),
            (U, "I haven't measured yet. Apart from size, what affects how much I'll use?"),
        ],
        "figures missing; asks about factors",
    )
    conv(
        fam,
        [
            (U, "Can you help me budget for a year travelling round South America?"),
            (A, "Sure. Which countries, what style of travel and roughly how long in each?"),
            (U, "Before I get quotes, which costs do people usually forget about?"),
        ],
        "no figures; asks for advice",
    )
    conv(
        fam,
        [
            (U, "Is my electricity bill too high?"),
            (A, "Tell me your usage in kWh and your unit rate and standing charge."),
            (U, "I can't find the bill. What are the usual reasons a bill jumps in winter?"),
        ],
        "figures missing; asks for reasons",
    )
    conv(
        fam,
        [
            (U, "We're planning a wedding for about 80 guests."),
            (A, "Congratulations! Do you have quotes yet for the venue and catering?"),
            (U, "No quotes yet. In what order should we book the suppliers?"),
        ],
        "no figures; asks for planning advice",
    )
    conv(
        fam,
        [
            (U, "I want to work out what to charge for maths tutoring."),
            (A, "What hourly rate were you thinking of, and how many hours a week?"),
            (U, "I haven't even decided on online or in person. What should set the rate?"),
        ],
        "figures not chosen; asks what matters",
    )
    conv(
        fam,
        [
            (U, "How long will my drive up to Inverness take?"),
            (A, "Where are you setting off from, and which route are you taking?"),
            (
                U,
                (
                    "Not sure of the route yet. What should I think about for a Highland drive in "
                    "winter?"
                ),
            ),
        ],
        "route unknown; asks for driving advice",
    )


def _verdict_conversations():
    fam = "conv-verdict-on-result"
    fuel, dist = "41.2", 620
    per100 = dec(fuel) / dist * 100
    conv(
        fam,
        [
            (U, f"My car used {fuel} litres to cover {dist} km. What's that per 100 km?"),
            (A, f"About {float(per100):.2f} litres per 100 km."),
            (U, "Is that decent for a 2015 diesel estate?"),
        ],
        "the figure is computed; asks for a verdict",
    )
    old_pay, new_pay = 38500, 42000
    rise = F(new_pay - old_pay, old_pay) * 100
    conv(
        fam,
        [
            (U, f"I'm on £{old_pay:,} and I've been offered £{new_pay:,}. What rise is that?"),
            (A, f"About {float(rise):.1f}%."),
            (U, "Is that worth moving cities for?"),
        ],
        "after a percentage, asks for an opinion",
    )
    kwh, unit_p = "2,850", "24.5"
    conv(
        fam,
        [
            (U, f"If my EV uses {kwh} kWh a year at {unit_p}p per kWh, what does it cost?"),
            (A, f"£{cash(numeral(kwh) * dec(unit_p) / 100)} a year."),
            (U, "Does that sound reasonable compared with running a small petrol hatchback?"),
        ],
        "after a sum, asks for a comparison judgement",
    )
    steps, fortnight = 9800, 14
    conv(
        fam,
        [
            (U, f"I averaged {steps:,} steps a day over {fortnight} days. Total?"),
            (A, f"{steps * fortnight:,} steps."),
            (U, "Is that enough exercise for someone in their sixties?"),
        ],
        "after a product, asks for health advice",
    )
    was, now = 265000, 289000
    growth = F(now - was, was) * 100
    conv(
        fam,
        [
            (U, f"Our house was valued at £{was:,} and now £{now:,}. Percentage rise?"),
            (A, f"About {float(growth):.1f}%."),
            (U, "Should we remortgage now or wait a bit?"),
        ],
        "after a percentage, asks for advice",
    )
    small_in, small_p, big_in, big_p = 12, 11, 16, 17
    small_rate = small_p * 100 / (math.pi * (small_in / 2) ** 2)
    big_rate = big_p * 100 / (math.pi * (big_in / 2) ** 2)
    conv(
        fam,
        [
            (
                U,
                (
                    f"A {small_in}-inch pizza is £{small_p} and a {big_in}-inch one £{big_p}. "
                    "Which is cheaper per square inch?"
                ),
            ),
            (
                A,
                (
                    f"The {big_in}-inch: about {big_rate:.1f}p per square inch against "
                    f"{small_rate:.1f}p for the {small_in}-inch."
                ),
            ),
            (U, "So what would you order for four hungry teenagers?"),
        ],
        "after a comparison, asks for a recommendation",
    )
    gym, per_class, visits = 34, "3.50", 8
    conv(
        fam,
        [
            (
                U,
                (
                    f"Gym membership is £{gym} a month, or classes are £{per_class} each. I go "
                    f"{visits} times a month. Which is cheaper?"
                ),
            ),
            (A, f"Pay-as-you-go: £{cash(visits * dec(per_class))} against £{gym}."),
            (U, "Would you still join the gym for the extras like the pool and sauna?"),
        ],
        "after a comparison, asks for an opinion",
    )


def _method_conversations():
    fam = "conv-method-and-why"
    net, vat = 150, 20
    conv(
        fam,
        [
            (U, f"What's {vat}% VAT on £{net}?"),
            (A, f"£{net * vat // 100}, making £{net + net * vat // 100} in total."),
            (
                U,
                (
                    "Going back from a VAT-inclusive price, why do you divide by 1.2 instead of "
                    "taking 20% off?"
                ),
            ),
        ],
        "the sum is done; asks why the method works",
    )
    warm = 35
    conv(
        fam,
        [
            (U, f"What's {warm} °C in Fahrenheit? It's the forecast for Seville."),
            (A, f"{figure_of(c_to_f(warm))} °F."),
            (U, "Where do the 9/5 and the 32 in that formula actually come from?"),
        ],
        "after a conversion, asks for the history of a formula",
    )
    feb = D(2028, 2, 1)
    conv(
        fam,
        [
            (U, "How many days from 1 February 2028 to 1 March 2028?"),
            (A, f"{days(feb, D(2028, 3, 1))}, because 2028 is a leap year."),
            (U, "Why do we have leap years at all, and why won't 2100 be one?"),
        ],
        "after a day count, asks about the calendar's reasoning",
    )
    principal, rate_pc, span = 2000, 3, 3
    grown = principal * (1 + pct(rate_pc)) ** span
    conv(
        fam,
        [
            (U, f"£{principal:,} at {rate_pc}% compound interest for three years comes to what?"),
            (A, f"About £{float(grown):,.2f}."),
            (U, "Can you explain intuitively why compounding pulls ahead of simple interest?"),
        ],
        "after a calculation, asks for intuition",
    )
    ten = 10
    conv(
        fam,
        [
            (U, f"{ten} miles in kilometres?"),
            (A, f"About {float(ten * MI / KM):.2f} km."),
            (U, "Why did Britain keep miles on its road signs when so much else went metric?"),
        ],
        "after a conversion, asks for history",
    )
    scores = (4, 8, 15)
    conv(
        fam,
        [
            (U, f"Average of {scores[0]}, {scores[1]} and {scores[2]}?"),
            (A, f"{figure_of(F(sum(scores), len(scores)))}."),
            (U, "When is the median a better summary than the mean?"),
        ],
        "after a mean, asks about statistics",
    )
    conv(
        fam,
        [
            (U, "Quick one: how many seconds in 24 hours, for my son's homework?"),
            (A, f"{24 * 60 * 60:,}."),
            (U, "Why is the day split into 24 hours and not 10 or 20?"),
        ],
        "after a product, asks for history",
    )


def _numbered_works_conversations():
    fam = "conv-numbered-works"
    conv(
        fam,
        [
            (U, "Recommend a heist film for tonight."),
            (A, "How about Ocean's Eleven? Slick, funny and very rewatchable."),
            (
                U,
                "Is Ocean's Twelve worth watching next, or should I skip straight to Thirteen?",
            ),
        ],
        "numbers in film titles; asks for a recommendation",
    )
    conv(
        fam,
        [
            (U, "I'm reading 2001: A Space Odyssey."),
            (A, "Great choice. Clarke wrote it alongside Kubrick's film."),
            (U, "Does the book explain the ending better than the film does?"),
        ],
        "a year as a title; asks for comparison",
    )
    conv(
        fam,
        [
            (U, "Our orchestra is playing Beethoven's 7th in the spring."),
            (A, "Lovely. The Allegretto is one of the most famous movements he wrote."),
            (U, "Why has the second movement become so popular on its own?"),
        ],
        "a numbered symphony; asks for an explanation",
    )
    conv(
        fam,
        [
            (U, "I just finished The 100-Year-Old Man Who Climbed Out of the Window."),
            (A, "Jonas Jonasson's debut. Did you enjoy it?"),
            (U, "Loved it. What should I read next if I liked its humour?"),
        ],
        "a number in a title; asks for a recommendation",
    )


def _plans_conversations():
    fam = "conv-plans-after-the-sum"
    train_in, ferry = "14:10", "19:30"
    gap = clock_span(train_in, ferry, 60)
    conv(
        fam,
        [
            (
                U,
                (
                    f"Our train gets into Tallinn at {train_in} and the ferry leaves at {ferry}. "
                    "How long have we got?"
                ),
            ),
            (A, f"{gap // 60} hours {gap % 60} minutes."),
            (U, "What's worth seeing in the old town in that time?"),
        ],
        "after a time gap, asks for sightseeing ideas",
    )
    leg, speed = "8.5", "2.5"
    walk_h = dec(leg) / dec(speed)
    conv(
        fam,
        [
            (
                U,
                f"Keswick to Buttermere is about {leg} miles; we walk at {speed} mph. How long?",
            ),
            (
                A,
                (
                    f"{figure_of(walk_h)} hours, about {int(walk_h)} hours "
                    f"{int((walk_h - int(walk_h)) * 60)} minutes of walking."
                ),
            ),
            (U, "Where's a good place to stop for lunch along the way?"),
        ],
        "after a duration, asks for a recommendation",
    )
    holiday_nights, towns = 6, 3
    conv(
        fam,
        [
            (U, f"We have {holiday_nights} nights in Puglia and want {towns} bases. Nights each?"),
            (A, f"{holiday_nights // towns} nights in each."),
            (U, "Which three towns would you pick for a first visit, and in what order?"),
        ],
        "after a division, asks for travel advice",
    )


_ordinary_negatives()
_near_negatives()
_write_it_up_conversations()
_missing_figures_conversations()
_verdict_conversations()
_method_conversations()
_numbered_works_conversations()
_plans_conversations()

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
    # no register (family name) of this set is a family name of sets 19 to 123
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 123: {reused}"
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
