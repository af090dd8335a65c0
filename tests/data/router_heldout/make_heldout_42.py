r"""Generate heldout-2027-01-14.jsonl: a forty-second held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_41.py, by `sed -n`: lines 1-339
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 576-636 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 828-904 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1122-1129 (its negatives section
header, neg() and conv()) and 1853-2077 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (2077 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges),
and not README.md. The only other use of /work/main was running /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only, always
with --no-cache). Neither /work itself nor any other /work/sealed* directory was listed or opened.
The earlier generators (sets 1-41) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages and its --show listing of
ids, expected values and tolerances were read), no git command was run, no network and no search
tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l`, `grep -n` and `sed -n` above (the views printed the allowed
ranges to the terminal: lines 1-339 alone, 576-636, 828-904 and 1122-1129 together, 1853-2077
alone); then, in one command, `mkdir -p` of /tmp/h42/blocks, /tmp/h42/own and /work/sealed42, `sed
-n` copies of the same five allowed ranges into block files under /tmp/h42/blocks/, `wc -l` of the
blocks, a `grep -n` for the `from __future__` line in the first copy (it printed only that line,
197) and `/work/main/.venv/bin/python --version` (3.11.7); a small Python script
(/tmp/h42/subst.py, written by a `cat` heredoc) that cut the first copy from its `from __future__`
line to P = "plain" (its line 339) and substituted this set's OUT, PREFIX, EARLIER_DIR test
(make_heldout_41.py), EARLIER (sets 1-41, `range(2, 42)`) and REGISTER_CHECK (sets 19-41, adding
make_heldout_41.py), and "sets 19 to 40" -> "sets 19 to 41" in one comment and one message string
of main() (it asserted and printed that each substitution applied once, the last twice), after
which it deleted the first copy (with set 41's docstring); a `grep -n` of the substituted blocks
for those names and numbers, with `head -3` and `tail -3` of the first one; `cat` heredocs that
wrote this set's own blocks under /tmp/h42/own/ (calculator, unit and date items, ordinary and
near-positive negatives, conversations, and this set's own structural asserts), each followed by a
`grep -c` of its calls or an `echo` (the calculator block was first edited by a stdin `python3`
script that replaced an assignment expression inside a call by the constant _TATTOO_HOURS, and a
`sed -i` renamed one constant of the conversation block); an assembly script /tmp/h42/assemble.py
that builds this file by concatenating a docstring block and the blocks and prints its line count;
a helper /tmp/h42/run.sh that runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q`, `.venv/bin/ruff check --no-cache` and `.venv/bin/ruff format
--check --no-cache` on this file, then this generator from /tmp (passing on any arguments), writing
its output to /tmp/h42/out.txt, of which it prints the `tail -5`; edits of own blocks by stdin
`python3` scripts and the script /tmp/h42/reword1.py (the changes are listed below); `grep -E` of
out.txt for the summary lines; this generator with --show, filtered by `grep` for the ids and laid
out by `column -t`; one `/work/main/.venv/bin/python -c` that imported this file in memory (no
bytecode) and printed its REGISTERS and which registers have a second positive of a tool; this
docstring was written last over a one-line placeholder supplied by assemble.py (its source text,
/tmp/h42/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h42/doc/make_doc.py, which uses textwrap and asserts that the words are unchanged), followed
by the same ruff commands and run, a `/work/main/.venv/bin/python -c` check of line lengths in this
file, runs of this file with --digest (one of them with PYTHONHASHSEED=7) and `sha256sum` of the
JSONL; finally `ls -la /work/sealed42` and `rm -rf /tmp/h42`. Writes: /work/sealed42/ was created
for this file and its JSONL; temporary blocks, scripts and output under /tmp/h42/ were deleted
afterwards. Nothing was written into /work/main.

Changes to set 41's main() and checks: only the substitutions listed above (file names, sets 1-41
for the duplicate check, sets 19-41 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 41's as printed; ruff format may have changed layout only. All
of set 41's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(asserts rounding up is really tested), say() and sayw() (a date written out, and with its computed
weekday, so every weekday stated next to a date in a query is computed, not typed) and
SQFT/SQYD/CUFT. Added, newly written: LITRE, HECTARE, SQM, CC, CUIN (with an assert on the cubic
inch), the REGISTERS tuple (asserted sorted and distinct), the ORDINARY, NEAR and CONVS tables,
money() and approx() (figures stated in assistant turns are computed, with asserts), _TATTOO_HOURS
and _JAN_TO_MAR_DAYS (with asserts), and this set's own asserts: the ORDINARY negatives are keyed
by exactly the REGISTERS, four each; the positive registers are exactly the REGISTERS; every
register is used by all three tools; 193 items lie in the registers (25 x 3 positives, 18 second
positives, 100 negatives), 31 word problems per tool; every negative outside the registers is a
near-... or conv-... family, with 65 and 35 of them.

Disclosures: the kinds of item follow set 41's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 41's docstring
list them), and the helpers, unit factors and checks are set 41's, copied (P = "plain" is copied
too, as the last line of the first block). Set 41's docstring (within lines 1-339) names its 25
registers, its provenance and the generic kinds of its reworded items, which were therefore seen;
none of those names is used here as a register, and some plain one-liners, near-positives and
conversations here are of those same generic kinds, newly worded. The `grep -n` printed no
docstring, query or constant line: only def lines and section headers with their line numbers. At
the edges of the allowed ranges: line 339 is P = "plain", 576, 828 and 1122 are section headers,
636 is a blank line after unit_r(), 904 is the assert after sayw(), 1129 is the last line of
conv(), 1853 is the comment above the stated-weekday pattern and 2077 is the call of main(). No
query text of any earlier set was seen. Every query here was newly written from imagination of each
trade or situation. Registers of sets 1 to 18 are not known here, so an overlap in TOPIC cannot be
ruled out; an exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 41 (the near-.../conv-... families are not
registers and may coincide with earlier family names).

Register check: main()'s register assertion failed once, on the first run that reached it: four
first-chosen registers were already family names of sets 19 to 41 and were renamed
(darts_league_captain became pub_darts_team_skipper, food_bank_warehouse became
community_pantry_volunteers, mobile_dog_groomer became doggy_bath_van_groomer, model_railway_club
became loft_layout_railway_modeller, by a stdin `python3` script that also re-sorted REGISTERS);
the next run passed it.

Other failed checks and edits: the first ruff check reported six implicit string concatenations in
collections (ISC004: five ordinary negatives and one system turn); the five negatives were
shortened to single strings and the system turn was wrapped in parentheses by a stdin `python3`
script. The same first run stopped at the contested-units rule on a cricket_club_tea_rota
calculator word problem (a "cup final" tea, where "cup" is a contested unit word), which the same
script reworded as an "end-of-season" tea. Own items reworded after main()'s duplicate check
reported them by id, without the earlier queries being looked at and without knowing which turn of
a conversation had matched, in a first round of 31 items (reword1.py): three plain calculator
one-liners (a percentage of, an increase, a square root; new figures and wording), two plain unit
one-liners (kg to pounds, psi to bar; new figures), one ordinary negative (apiary_honey_extractor,
hive types), four conversations (conv-explain twice, conv-followup, conv-language: both user turns
each, and the computed figure or weekday of the assistant turn where it changed) and twenty-one
near-positives (an exchange rate, a world fact, a missing price, two code requests, two spreadsheet
formulas, a standard size, a time zone, Easter, three contested units, two all-numeric dates, two
current-date questions, an explanation, an ambiguous month length, an opinion and Roman numerals;
new wording, subjects or figures); then a second round of two near-positives from the first round
that still matched (a current-date question and Easter; stdin `python3` script). The next run
passed every check. After the docstring was written, the `python -c` line-length check found three
lines over 100 characters (two calculator word problems and one system turn), which a stdin
`python3` script split into concatenated strings without changing their text (the sha256 of the
output stayed the same); then no line was over 100 characters.

Registers (families), 25, new: allotment_society_shed, amateur_observatory_society,
apiary_honey_extractor, blood_donor_session_admin, bus_depot_scheduler, chimney_sweep_rounds,
community_pantry_volunteers, cricket_club_tea_rota, doggy_bath_van_groomer,
drystone_boundary_waller, ferry_ticket_office, greenhouse_tomato_grower, locksmith_callout_van,
loft_layout_railway_modeller, physio_clinic_admin, pub_darts_team_skipper, sailing_dinghy_school,
scuba_dive_centre, sheep_shearing_gang, tattoo_studio_bookings, tree_surgery_crew,
upholstery_workshop, village_hall_bookings, wedding_cake_decorator, wool_spinning_guild. Every
register is used by all three tools (asserted); eighteen registers have a fourth positive (a second
calculator word problem: apiary_honey_extractor, community_pantry_volunteers,
cricket_club_tea_rota, scuba_dive_centre, sheep_shearing_gang, upholstery_workshop; a second unit
word problem: bus_depot_scheduler, doggy_bath_van_groomer, drystone_boundary_waller,
sailing_dinghy_school, wedding_cake_decorator, wool_spinning_guild; a second date word problem:
amateur_observatory_society, ferry_ticket_office, loft_layout_railway_modeller,
physio_clinic_admin, tattoo_studio_bookings, village_hall_bookings). Positives are one-liners
(family "plain") or word problems of one to three sentences, mostly in UK usage with £, some
chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate or density, missing
numbers, world or historical facts, estimates, judgements, advice, prices or opinions, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, daylight saving, Easter, working or school days, contested units, all-numeric dates of
unstated order, the current date, facts about animals or sport, tax rules, an explanation, an
ambiguous request, writing tasks, or a persona / format / language / unit / rounding / notation /
number base fixed in an earlier turn, a follow-up or correction of an earlier turn, or an
explanation of an earlier answer.

Left out of positives entirely (their grading is contested), as in set 41: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week counts
are asserted to be whole weeks; no day count is inclusive (each is the difference of the two dates,
and queries are worded as "N days after", "days after ... is", or from one date to a later one),
and clock spans run from one stated time to the next occurrence of the other (three cross midnight
and say "the next morning"). Quantities bought whole are rounded up (asserted to be fractional
before rounding). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 41):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet, square yards and cubic
    inches from these (1 in^3 = 16.387 064 cm^3)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL = 10^-3 m^3; 1 cm^3 (cc) = 10^-6 m^3; 1 ha = 10^4 m^2; 1 t = 1000 kg;
    1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_42.py (writes the JSONL next to this file, checks that it regenerates
byte for byte, and prints its sha256 and counts per label and family; add --show to list every
positive's expected value, or --digest to print only the sha256 of the output)
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
OUT = HERE / "heldout-2027-01-14.jsonl"
PREFIX = "ho42-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_41.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 42))
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


# the 25 registers of this set (phrasing families / personas / domains), new in set 42
REGISTERS = (
    "allotment_society_shed",
    "amateur_observatory_society",
    "apiary_honey_extractor",
    "blood_donor_session_admin",
    "bus_depot_scheduler",
    "chimney_sweep_rounds",
    "community_pantry_volunteers",
    "cricket_club_tea_rota",
    "doggy_bath_van_groomer",
    "drystone_boundary_waller",
    "ferry_ticket_office",
    "greenhouse_tomato_grower",
    "locksmith_callout_van",
    "loft_layout_railway_modeller",
    "physio_clinic_admin",
    "pub_darts_team_skipper",
    "sailing_dinghy_school",
    "scuba_dive_centre",
    "sheep_shearing_gang",
    "tattoo_studio_bookings",
    "tree_surgery_crew",
    "upholstery_workshop",
    "village_hall_bookings",
    "wedding_cake_decorator",
    "wool_spinning_guild",
)
assert list(REGISTERS) == sorted(set(REGISTERS)) and len(REGISTERS) == 25

# ----------------------------------------------------------------- calculator: plain one-liners
calc(P, "what's 17.5% of 3,184?", pct("17.5") * 3184)
calc(P, "1,849 divided by 43", F(1849, 43))
calc(P, "(47 + 85) x 12.5 = ?", (47 + 85) * dec("12.5"))
calc(P, "Add 12.5% to 1,288.", 1288 * (1 + pct("12.5")))
calc(P, "57 is what percent of 300?", F(57, 300) * 100)
_ROOT = math.isqrt(9409)
assert _ROOT * _ROOT == 9409
calc(P, "what's the square root of 9,409", _ROOT)
calc(P, "What is 2.5 cubed?", dec("2.5") ** 3)
calc(P, "9876 minus 4789", 9876 - 4789)
calc(P, "mean of 14, 22, 37 and 51", F(14 + 22 + 37 + 51, 4))
calc(P, "Take 15% off £84.", 84 * (1 - pct(15)))
calc(P, "0.35 times 2480", dec("0.35") * 2480)
calc(P, "2 to the power of 13?", 2**13)
calc(P, "£1,237.50 split six ways is how much each?", dec("1237.50") / 6)
calc(P, "an eighth of 3,000 plus a fifth of 450", F(3000, 8) + F(450, 5))

# ----------------------------------------------------------------- calculator: word problems
calc(
    "allotment_society_shed",
    "Seed potatoes at the allotment shed are £1.35 a kilo. I'm buying 6 kg of Charlotte and "
    "4 kg of Maris Piper and paying with a £20 note. How much change should I get?",
    20 - dec("1.35") * (6 + 4),
)
calc(
    "amateur_observatory_society",
    "Astronomy society subs are £28 for adults and £12 for juniors. We've got 64 adult members "
    "and 19 juniors. How much do the subs bring in altogether?",
    64 * 28 + 19 * 12,
)
calc(
    "apiary_honey_extractor",
    "We spun off 187.2 kg of honey and it's all going into 360 g jars. How many jars will "
    "that fill?",
    dec("187.2") * 1000 / 360,
)
calc(
    "apiary_honey_extractor",
    "honey's £7.50 a jar or 3 for £20. someone buys 7 jars: two lots of the 3-for-£20 deal and "
    "one jar at the single price. what do they pay?",
    2 * 20 + dec("7.50"),
)
calc(
    "blood_donor_session_admin",
    "We had 80 donors booked for the session. 15% didn't turn up, and 6 of the ones who did come "
    "were deferred at screening. How many people actually donated?",
    80 * (1 - pct(15)) - 6,
)
calc(
    "bus_depot_scheduler",
    "The depot runs 38 buses, each covering 214 km a day, and they use 0.42 litres of diesel per "
    "km. How many litres of diesel does the whole fleet use in a day?",
    38 * 214 * dec("0.42"),
)
calc(
    "chimney_sweep_rounds",
    "I charge £65 for the first flue and £40 for each extra one, plus £10 to fit a bird guard. "
    "A house with 3 flues, all swept, and one bird guard fitted comes to how much?",
    65 + 2 * 40 + 10,
)
calc(
    "cricket_club_tea_rota",
    "Match tea budget is £3.20 a head. We're feeding 22 players, 2 umpires and 2 scorers. "
    "What's the total budget for the tea?",
    dec("3.20") * (22 + 2 + 2),
)
calc(
    "cricket_club_tea_rota",
    "For the end-of-season tea we baked 9 sponges and cut each one into 12 slices. 26 people had "
    "3 slices each. How many slices were left over?",
    9 * 12 - 26 * 3,
)
calc(
    "pub_darts_team_skipper",
    "Playing a game of 301, my first three darts were treble 20, treble 20 and a single 19. "
    "What score am I left on?",
    301 - (3 * 20 + 3 * 20 + 19),
)
calc(
    "drystone_boundary_waller",
    "I've got 36 metres of wall to rebuild and I manage 2.4 metres a day. At £210 a day, "
    "what will the labour come to?",
    F(36) / dec("2.4") * 210,
)
calc(
    "ferry_ticket_office",
    "Island ferry returns are £18.60 per adult, children go half price, and a car is £47. "
    "Two adults, three kids and the car: what's the total fare?",
    2 * dec("18.60") + 3 * dec("18.60") / 2 + 47,
)
calc(
    "community_pantry_volunteers",
    "We've had 1,260 tins donated and each family parcel gets 18 tins. How many parcels can "
    "we make up?",
    F(1260, 18),
)
calc(
    "community_pantry_volunteers",
    "The supermarket collection raised £1,845 and a local firm is adding 40% on top of that. "
    "What's the total including their top-up?",
    1845 * (1 + pct(40)),
)
calc(
    "greenhouse_tomato_grower",
    "I had 4 rows of 27 tomato plants, each plant gave 3.6 kg, and the wholesaler pays £2.40 "
    "a kilo. What's the crop worth?",
    4 * 27 * dec("3.6") * dec("2.40"),
)
calc(
    "locksmith_callout_van",
    "My call-out fee is £75, plus labour at £18 per quarter of an hour on site. I was on site "
    "for 1 hour 15 minutes and fitted a £34 cylinder. What's the total bill?",
    75 + 5 * 18 + 34,
)
calc(
    "doggy_bath_van_groomer",
    "Small dogs are £38 a groom and large ones £55. On Saturday I did 5 small and 3 large and "
    "spent £21.60 on fuel for the van. What did I clear after fuel?",
    5 * 38 + 3 * 55 - dec("21.60"),
)
calc(
    "loft_layout_railway_modeller",
    "Flexible track is £6.85 a length and points are £18.50 each. We need 38 lengths and "
    "7 points for the new club layout. What's the total cost?",
    38 * dec("6.85") + 7 * dec("18.50"),
)
calc(
    "physio_clinic_admin",
    "A block of 6 physio sessions costs £270 and a single session is £52. How much does a "
    "patient save by buying the block instead of paying for 6 single sessions?",
    6 * 52 - 270,
)
calc(
    "sailing_dinghy_school",
    "The two-day dinghy course is £245 per person, with 10% off for groups of four or more. "
    "A family of five books together. What's their total?",
    5 * 245 * (1 - pct(10)),
)
calc(
    "scuba_dive_centre",
    "Each diver on the boat trip needs 2 air fills at £7.50 each and kit hire at £35. What's "
    "the total for a group of 8 divers?",
    8 * (2 * dec("7.50") + 35),
)
calc(
    "scuba_dive_centre",
    "An air fill is £8.40 and a nitrox fill costs 30% more. What's the price of a nitrox fill?",
    dec("8.40") * (1 + pct(30)),
)
calc(
    "sheep_shearing_gang",
    "We get £2.10 a sheep. The four of us sheared 1,340 sheep between us and we split the "
    "money equally. How much does each of us get?",
    1340 * dec("2.10") / 4,
)
calc(
    "sheep_shearing_gang",
    "Each of our four shearers does 220 sheep a day. How many days will it take the gang to "
    "shear a flock of 2,640?",
    F(2640, 4 * 220),
)
_TATTOO_HOURS = F((16 * 60 + 30) - (11 * 60) - 30, 60)  # 11:00 to 16:30 less 30 min
assert _TATTOO_HOURS == 5
calc(
    "tattoo_studio_bookings",
    "My rate is £120 an hour. A sleeve session ran from 11:00 to 16:30 with a 30-minute "
    "lunch break I don't charge for. What's the charge for the session?",
    _TATTOO_HOURS * 120,
)
calc(
    "tree_surgery_crew",
    "Chipper hire is £165 a day plus £28 delivery. We need it for 3 days, and the client is "
    "covering 60% of the daily hire charges but none of the delivery. How much does the "
    "client pay?",
    3 * 165 * pct(60),
)
calc(
    "upholstery_workshop",
    "Fabric is £32.50 a metre and the wing chair needs 6.5 metres. Labour is £380. What's the "
    "total to re-cover the chair?",
    dec("32.50") * dec("6.5") + 380,
)
calc(
    "upholstery_workshop",
    "Each cushion needs 9 buttons and I'm doing 5 cushions. Buttons only come in packs of 12 "
    "at £3.80 a pack. How much will the buttons cost me?",
    whole_up(F(9 * 5, 12)) * dec("3.80"),
)
calc(
    "village_hall_bookings",
    "Hall hire is £14 an hour, or £18 an hour on Sundays. Someone books 3 hours on the "
    "Saturday and 4 hours on the Sunday, and pays a £50 deposit on top. How much do they pay "
    "altogether?",
    3 * 14 + 4 * 18 + 50,
)
calc(
    "wedding_cake_decorator",
    "The three tiers serve 60, 40 and 24 portions. There are 150 guests and each gets one "
    "portion. How many extra portions do I need from a kitchen cutting cake?",
    150 - (60 + 40 + 24),
)
calc(
    "wool_spinning_guild",
    "A raw fleece weighed 2.4 kg and lost 35% of its weight in washing. How many grams of "
    "clean wool are left?",
    dec("2.4") * 1000 * (1 - pct(35)),
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


LITRE = F(1, 1000)  # m^3
HECTARE = F(10**4)  # m^2
SQM = F(1)  # m^2
CC = F(1, 10**6)  # m^3
CUIN = IN * IN * IN  # m^3
assert CUIN * 10**6 == dec("16.387064")

# ----------------------------------------------------------------- units: plain one-liners
unit_r(P, "convert 83 kg into pounds", 83 / LB)
unit_r(P, "14.2 miles in km?", dec("14.2") * MI / 1000)
unit(P, "What is -4 °F in Celsius?", f_to_c(-4), EXACT)
unit(P, "how many metres in 3.7 km", dec("3.7") * 1000, EXACT)
unit(P, "2.75 GiB in MiB?", dec("2.75") * GIB / MIB, EXACT)
unit_r(P, "12 acres is how many hectares?", 12 * ACRE / HECTARE)
unit_r(P, "What's 65 mph in km/h?", 65 * MPH / KMH)
unit_r(P, "Convert 36 psi to bar.", 36 * PSI / BAR)
unit_r(P, "450 g in ounces", F(450, 1000) / OZ)
unit_r(P, "How many inches is 1.8 m?", dec("1.8") / IN)
unit_r(P, "250 cc to cubic inches", 250 * CC / CUIN)
unit(P, "how many seconds are there in 3.5 hours", dec("3.5") * 3600, EXACT)
unit(P, "39.5 °C in Fahrenheit please", c_to_f(dec("39.5")), EXACT)
unit(P, "Convert 750 mL to litres.", F(750, 1000), EXACT)

# ----------------------------------------------------------------- units: word problems
unit_r(
    "allotment_society_shed",
    "The allotment's big water trough holds 340 litres. How many cubic feet is that?",
    340 * LITRE / CUFT,
)
unit(
    "amateur_observatory_society",
    "Our club telescope has a 16-inch mirror. What's the diameter in centimetres?",
    16 * IN * 100,
    EXACT,
)
unit_r(
    "apiary_honey_extractor",
    "My heaviest honey super weighed 31 lb on the hanging scale. How many kilograms is that?",
    31 * LB,
)
unit_r(
    "blood_donor_session_admin",
    "A donor says she weighs 8 stone 4 lb. What is that in kg for the form?",
    8 * STONE + 4 * LB,
)
unit_r(
    "bus_depot_scheduler",
    "Our double-deckers are 14 ft 4 in tall. What's that in metres?",
    (14 * 12 + 4) * IN,
)
unit_r(
    "bus_depot_scheduler",
    "The speed limit in the depot yard is 8 km/h. What's that in mph?",
    8 * KMH / MPH,
)
unit_r(
    "chimney_sweep_rounds",
    "I need a 7.5 metre flue liner for a job. How long is that in feet?",
    dec("7.5") / FT,
)
unit_r(
    "cricket_club_tea_rota",
    "The pavilion tea room is 7 m by 5.5 m. How many square feet is the floor?",
    7 * dec("5.5") * SQM / SQFT,
)
unit(
    "pub_darts_team_skipper",
    "Our throw line is 7 ft 9¼ in from the face of the board. How many centimetres is that?",
    (7 * 12 + dec("9.25")) * IN * 100,
    EXACT,
)
unit(
    "drystone_boundary_waller",
    "The boundary wall I'm quoting for is 440 yards long. How many metres is that?",
    440 * YD,
    EXACT,
)
unit_r(
    "drystone_boundary_waller",
    "I've ordered a tonne and a half of walling stone. How many pounds is that?",
    dec("1.5") * 1000 / LB,
)
unit(
    "ferry_ticket_office",
    "The car deck limit is 2.3 m and my camper van is 7 ft 6 in high. How high is the van in "
    "metres?",
    (7 * 12 + 6) * IN,
    EXACT,
)
unit_r(
    "community_pantry_volunteers",
    "A pallet of donated pasta came in at 1,150 lb. What's that in kilograms?",
    1150 * LB,
)
unit(
    "greenhouse_tomato_grower",
    "I keep the greenhouse at 16 °C overnight. What's that in °F?",
    c_to_f(16),
    EXACT,
)
unit_r(
    "locksmith_callout_van",
    "The back door is 838 mm wide. What's that in inches?",
    F(838, 1000) / IN,
)
unit_r(
    "doggy_bath_van_groomer",
    "The springer spaniel I'm grooming weighs 34 lb. What's that in kilos?",
    34 * LB,
)
unit(
    "doggy_bath_van_groomer",
    "I run the dog bath water at 38 °C. What's that in Fahrenheit?",
    c_to_f(38),
    EXACT,
)
unit_r(
    "loft_layout_railway_modeller",
    "The club's loft layout is 6.1 m long. How many feet is that?",
    dec("6.1") / FT,
)
unit(
    "physio_clinic_admin",
    "A new patient is 5 ft 11 in tall. What's his height in cm?",
    (5 * 12 + 11) * IN * 100,
    EXACT,
)
unit_r(
    "sailing_dinghy_school",
    "Gusts of 40 km/h are forecast for the afternoon session. What's that in mph?",
    40 * KMH / MPH,
)
unit_r(
    "sailing_dinghy_school",
    "The training dinghy's mast is 6.28 m long. How many feet is that?",
    dec("6.28") / FT,
)
unit_r(
    "scuba_dive_centre",
    "We fill our cylinders to 232 bar. What's that in psi?",
    232 * BAR / PSI,
)
unit_r(
    "sheep_shearing_gang",
    "Our average fleece weighed 2.8 kg. How many pounds is that?",
    dec("2.8") / LB,
)
unit_r(
    "tattoo_studio_bookings",
    "The stencil for the back piece is 14 cm tall. How many inches is that?",
    F(14, 100) / IN,
)
unit_r(
    "tree_surgery_crew",
    "The old oak's girth is 96 inches. What's that in metres?",
    96 * IN,
)
unit(
    "upholstery_workshop",
    "The sofa seat foam is 22 inches deep. What's that in cm?",
    22 * IN * 100,
    EXACT,
)
unit_r(
    "village_hall_bookings",
    "The main hall is 18 m by 9.5 m. What's the floor area in square feet?",
    18 * dec("9.5") * SQM / SQFT,
)
unit(
    "wedding_cake_decorator",
    "The bottom tier is 10 inches across. How many centimetres is that?",
    10 * IN * 100,
    EXACT,
)
unit_r(
    "wedding_cake_decorator",
    "The fruit cake recipe calls for 1 lb 6 oz of butter. How many grams is that?",
    (LB + 6 * OZ) * 1000,
)
unit(
    "wool_spinning_guild",
    "The skein label says 220 yards. How many metres is that?",
    220 * YD,
    EXACT,
)
unit_r(
    "wool_spinning_guild",
    "The skein weighs 3.5 ounces. What's that in grams?",
    dec("3.5") * OZ * 1000,
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


# ----------------------------------------------------------------- dates: plain one-liners
date_item(P, f"What day of the week is {say(D(2029, 8, 3))}?", weekday(D(2029, 8, 3)))
date_item(P, f"what date is 100 days after {say(D(2027, 3, 17))}", D(2027, 3, 17) + TD(100))
date_item(
    P,
    f"How many days is it from {say(D(2027, 1, 5))} to {say(D(2027, 4, 22))}?",
    days(D(2027, 1, 5), D(2027, 4, 22)),
)
date_item(P, f"Which date is 9 weeks before {say(D(2027, 10, 1))}?", D(2027, 10, 1) - TD(weeks=9))
date_item(
    P,
    f"age on {say(D(2027, 3, 2))} of someone born {say(D(1984, 7, 19))}?",
    age(D(1984, 7, 19), D(2027, 3, 2)),
)
date_item(P, "What's the date of the last Friday in October 2027?", nth_weekday(2027, 10, FRI, -1))
date_item(P, "how many hours from 08:15 to 17:45", clock_span("08:15", "17:45", 3600))
date_item(P, f"What weekday is {say(D(2031, 12, 25))}?", weekday(D(2031, 12, 25)))
date_item(
    P,
    f"How many days after {say(D(2028, 3, 1))} is {say(D(2029, 3, 1))}?",
    days(D(2028, 3, 1), D(2029, 3, 1)),
)
date_item(P, f"Give me the date 1,000 days after {say(D(2027, 1, 1))}.", D(2027, 1, 1) + TD(1000))
date_item(P, "Third Monday of June 2027: what date is that?", nth_weekday(2027, 6, MON, 3))
date_item(
    P,
    f"How many weeks are there from {sayw(D(2027, 2, 5))} to {sayw(D(2027, 6, 25))}?",
    weeks(D(2027, 2, 5), D(2027, 6, 25)),
)
date_item(P, "Minutes between 13:07 and 15:52?", clock_span("13:07", "15:52", 60))
date_item(P, f"What was the date 45 days before {say(D(2027, 5, 12))}?", D(2027, 5, 12) - TD(45))

# ----------------------------------------------------------------- dates: word problems
date_item(
    "allotment_society_shed",
    f"Allotment rents are due on {say(D(2027, 4, 1))} and the committee sends reminders 45 days "
    "after the due date. What date do the reminders go out?",
    D(2027, 4, 1) + TD(45),
)
date_item(
    "amateur_observatory_society",
    f"Our first open evening of the season is on {sayw(D(2027, 1, 8))}, then there's one every "
    "14 days after that. What's the date of the sixth open evening?",
    D(2027, 1, 8) + TD(14 * 5),
)
date_item(
    "amateur_observatory_society",
    f"The astronomy society was founded on {say(D(1987, 9, 12))}. How many days is it from then "
    f"to {say(D(2027, 9, 12))}?",
    days(D(1987, 9, 12), D(2027, 9, 12)),
)
date_item(
    "apiary_honey_extractor",
    "A worker bee takes 21 days from egg to emerging. If the queen lays an egg on "
    f"{sayw(D(2027, 4, 17))}, on what date should that bee emerge?",
    D(2027, 4, 17) + TD(21),
)
date_item(
    "blood_donor_session_admin",
    "A donor's minimum gap between whole blood donations is 12 weeks. He last gave on "
    f"{sayw(D(2027, 2, 3))}. What date is 12 weeks after that?",
    D(2027, 2, 3) + TD(weeks=12),
)
date_item(
    "bus_depot_scheduler",
    "A driver signs on at 05:47 and signs off at 14:29. How many minutes long is the shift?",
    clock_span("05:47", "14:29", 60),
)
date_item(
    "chimney_sweep_rounds",
    f"I swept the Hendersons' wood burner flue on {sayw(D(2027, 9, 14))} and I recommend a sweep "
    "every 26 weeks. What date is 26 weeks after that?",
    D(2027, 9, 14) + TD(weeks=26),
)
date_item(
    "cricket_club_tea_rota",
    f"The season opener is on {sayw(D(2027, 4, 24))} and the last league game is on "
    f"{sayw(D(2027, 9, 4))}. How many weeks apart are they?",
    weeks(D(2027, 4, 24), D(2027, 9, 4)),
)
date_item(
    "pub_darts_team_skipper",
    f"League nights run from {sayw(D(2027, 1, 7))} to {sayw(D(2027, 5, 27))}. How many weeks is "
    "it from the first night to the last one?",
    weeks(D(2027, 1, 7), D(2027, 5, 27)),
)
date_item(
    "drystone_boundary_waller",
    f"I started rebuilding the wall on {sayw(D(2027, 3, 8))} and finished on "
    f"{sayw(D(2027, 4, 16))}. How many days after the start was the finish?",
    days(D(2027, 3, 8), D(2027, 4, 16)),
)
date_item(
    "ferry_ticket_office",
    "The overnight ferry leaves at 22:35 and docks at 07:10 the next morning. How many minutes "
    "is the crossing?",
    clock_span("22:35", "07:10", 60),
)
date_item(
    "ferry_ticket_office",
    f"The final sailing of the summer timetable is on {say(D(2027, 10, 30))}. What day of the "
    "week is that?",
    weekday(D(2027, 10, 30)),
)
date_item(
    "community_pantry_volunteers",
    f"A pallet of tinned soup arrived on {sayw(D(2027, 2, 22))} with a best-before date of "
    f"{say(D(2027, 6, 14))}. How many days after it arrived is the best-before date?",
    days(D(2027, 2, 22), D(2027, 6, 14)),
)
date_item(
    "greenhouse_tomato_grower",
    f"I sowed my tomatoes on {sayw(D(2027, 2, 20))} and planted them out 6 weeks after sowing. "
    "The packet says first fruit 70 days after planting out. What date should the first fruit "
    "be ready?",
    D(2027, 2, 20) + TD(weeks=6) + TD(70),
)
date_item(
    "locksmith_callout_van",
    "My overnight on-call runs from 18:30 to 07:15 the next morning. How many hours is that?",
    clock_span("18:30", "07:15", 3600),
)
date_item(
    "doggy_bath_van_groomer",
    f"Biscuit the cockapoo is booked in every 6 weeks. Her last groom was on "
    f"{sayw(D(2027, 3, 2))}. What date is her next one?",
    D(2027, 3, 2) + TD(weeks=6),
)
date_item(
    "loft_layout_railway_modeller",
    f"Our exhibition is on {sayw(D(2027, 11, 13))} and entry forms have to reach the organisers "
    "10 weeks before. What's the deadline date?",
    D(2027, 11, 13) - TD(weeks=10),
)
date_item(
    "loft_layout_railway_modeller",
    f"The railway club was founded on {say(D(1968, 5, 3))}. How many full years will it have "
    f"been going by our open day on {say(D(2027, 6, 12))}?",
    age(D(1968, 5, 3), D(2027, 6, 12)),
)
date_item(
    "physio_clinic_admin",
    f"Mr Okafor had knee surgery on {sayw(D(2027, 5, 10))} and physio starts 3 weeks later. "
    "What date is his first session?",
    D(2027, 5, 10) + TD(weeks=3),
)
date_item(
    "physio_clinic_admin",
    f"A patient's date of birth is {say(D(1958, 12, 30))}. How old will she be on "
    f"{say(D(2027, 12, 15))}?",
    age(D(1958, 12, 30), D(2027, 12, 15)),
)
date_item(
    "sailing_dinghy_school",
    f"Our first dinghy course of the season is on {sayw(D(2027, 4, 10))} and the last one is on "
    f"{sayw(D(2027, 10, 9))}. How many weeks apart are they?",
    weeks(D(2027, 4, 10), D(2027, 10, 9)),
)
date_item(
    "scuba_dive_centre",
    "A diver surfaces from her last dive at 16:40 and her flight leaves at 11:25 the next "
    "morning. How many hours is the gap?",
    clock_span("16:40", "11:25", 3600),
)
date_item(
    "sheep_shearing_gang",
    "The wool board pays 45 days after it receives the fleeces. Ours arrived there on "
    f"{sayw(D(2027, 6, 25))}. What date should the payment come?",
    D(2027, 6, 25) + TD(45),
)
date_item(
    "tattoo_studio_bookings",
    "Clients wait 4 weeks after a session before a touch-up. The session was on "
    f"{sayw(D(2027, 8, 19))}. What's the earliest touch-up date?",
    D(2027, 8, 19) + TD(weeks=4),
)
date_item(
    "tattoo_studio_bookings",
    f"A client was born on {say(D(2009, 11, 2))} and wants to book for {say(D(2027, 10, 28))}. "
    "How old will they be on that day?",
    age(D(2009, 11, 2), D(2027, 10, 28)),
)
date_item(
    "tree_surgery_crew",
    "For work in a conservation area we have to give the council 6 weeks' notice. We notified "
    f"them on {sayw(D(2027, 2, 12))}. What's the date 6 weeks after that?",
    D(2027, 2, 12) + TD(weeks=6),
)
date_item(
    "upholstery_workshop",
    f"A customer dropped off a chaise longue on {sayw(D(2027, 6, 2))} and we quoted 5 weeks. "
    "What date should it be ready?",
    D(2027, 6, 2) + TD(weeks=5),
)
date_item(
    "village_hall_bookings",
    f"The Christmas fair is on {sayw(D(2027, 11, 27))} and stallholder forms are due 8 weeks "
    "before. What date are they due?",
    D(2027, 11, 27) - TD(weeks=8),
)
date_item(
    "village_hall_bookings",
    f"Our village hall opened on {say(D(1923, 7, 14))}. What day of the week was that?",
    weekday(D(1923, 7, 14)),
)
date_item(
    "wedding_cake_decorator",
    f"The wedding is on {sayw(D(2027, 7, 24))} and I bake the fruit cake 10 weeks beforehand. "
    "What date do I bake it?",
    D(2027, 7, 24) - TD(weeks=10),
)
date_item(
    "wool_spinning_guild",
    "Our spinning guild meets on the second Tuesday of every month. What's the date of the "
    "March 2027 meeting?",
    nth_weekday(2027, 3, TUE, 2),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ----------------------------------------------------------------- ordinary negatives (registers)
ORDINARY = {
    "allotment_society_shed": [
        "What's worth planting on a new allotment plot in its first autumn?",
        "Write a friendly notice for the shed door asking people to bring back borrowed tools.",
        "Is a polytunnel worth it on a half-size allotment plot, or more hassle than it's worth?",
        "Why are my runner beans flowering but not setting any pods?",
    ],
    "amateur_observatory_society": [
        "What's a good first telescope for a teenager who wants to see Saturn's rings?",
        "Explain why the Moon looks so much bigger when it's near the horizon.",
        "When is the next total solar eclipse that will be visible from Britain?",
        "Draft a short welcome email for new members of our astronomy society.",
    ],
    "apiary_honey_extractor": [
        "Why do my bees keep building queen cells every spring?",
        "Should oilseed rape honey be extracted separately, or blended with the summer crop?",
        "Write a label blurb for our wildflower honey that mentions the local meadows.",
        "For a beginner in Britain, would you pick a National hive or a WBC, and why?",
    ],
    "blood_donor_session_admin": [
        "Can someone give blood if they've had a tattoo recently?",
        "Why do they do a finger-prick test before you donate?",
        "Write a short thank-you text to send people after their first blood donation.",
        "Which blood groups are most in demand at the moment?",
    ],
    "bus_depot_scheduler": [
        "How do I design a fair rota so every driver gets alternate weekends off?",
        "What are the rules on maximum daily driving time for bus drivers in the UK?",
        "Write a notice for passengers explaining the route 42 diversion while the bridge is shut.",
        "Why do buses on the same route often bunch up and turn up together?",
    ],
    "chimney_sweep_rounds": [
        "Is it bad to burn pine logs in a wood burner?",
        "How often does a chimney need sweeping if we only light the open fire at Christmas?",
        "Write a reminder postcard for customers who are due their annual sweep.",
        "What does a sweep's certificate need to say to keep my home insurer happy?",
    ],
    "cricket_club_tea_rota": [
        "Write a polite email asking families to sign up for the match tea rota.",
        "What's a good vegetarian option for a cricket tea that travels well in a cool box?",
        "Why is the cricket tea such a big tradition in English village cricket?",
        "How would you explain the lbw rule to a nine-year-old who's just joined?",
    ],
    "pub_darts_team_skipper": [
        "What's the best way to check out from 121?",
        "Suggest a punny team name for our pub darts team.",
        "Why are the numbers on a dartboard arranged in that odd order?",
        "How do I stop my darts bouncing out of the board so often?",
    ],
    "drystone_boundary_waller": [
        "What's the difference between a Cotswold dry stone wall and a Yorkshire one?",
        "Do I really need a through-stone every metre, or is that overkill on a low wall?",
        "Write a note for an invoice explaining that the job overran because of frost.",
        "Can a dry stone wall on a parish boundary be protected like a listed structure?",
    ],
    "ferry_ticket_office": [
        "Is the crossing to the island usually rough in February?",
        "Which is the quicker way to get to Dublin, via Holyhead or Fishguard?",
        "Write a polite reply to a customer whose sailing was cancelled because of the weather.",
        "Should we book a cabin for a nine-hour overnight crossing with two toddlers?",
    ],
    "community_pantry_volunteers": [
        "What are the most useful things to donate to a food bank in winter?",
        "Write a social media post thanking our volunteers after the Christmas rush.",
        "How should we deal with a donation of out-of-date baby formula?",
        "Why do most food banks ask for a referral instead of letting anyone walk in?",
    ],
    "greenhouse_tomato_grower": [
        "Why are the bottoms of my tomatoes going black and leathery?",
        "Which tomato variety has the best flavour in an unheated greenhouse?",
        "Should I pinch out the side shoots on a bush tomato?",
        "Write a short sign for the honesty box where I sell tomatoes at the gate.",
    ],
    "locksmith_callout_van": [
        "Is a three-star euro cylinder really worth the extra money over a basic one?",
        "Explain what 'anti-snap' means on a door cylinder.",
        "Write a Google Business description for a 24-hour local locksmith.",
        "Should I charge more for bank holiday call-outs, and how do I word it on my website?",
    ],
    "doggy_bath_van_groomer": [
        "How often should a double-coated dog like a husky be groomed?",
        "Is it OK to shave a golden retriever down for the summer?",
        "Write a friendly text telling a client their dog's slot has moved to the afternoon.",
        "What's a fair cancellation policy for a mobile dog groomer?",
    ],
    "loft_layout_railway_modeller": [
        "Is DCC worth it for a small OO gauge layout?",
        "What's the actual difference between OO and HO gauge?",
        "Write an exhibition guide entry for our branch line layout set in 1950s Cornwall.",
        "How do I stop locos stalling on insulfrog points?",
    ],
    "physio_clinic_admin": [
        "What exercises help with a frozen shoulder?",
        "Is ice or heat better for a pulled hamstring?",
        "Write an appointment reminder text that mentions our 24-hour cancellation policy.",
        "Why would a physio ask about bladder problems when someone comes in with back pain?",
    ],
    "sailing_dinghy_school": [
        "What should beginners wear for dinghy sailing on a chilly April morning?",
        "Explain what being 'in irons' means when you're sailing.",
        "Is a Topper or a Pico the better first boat for a 12-year-old?",
        "Write a safety briefing for the first morning of a kids' sailing course.",
    ],
    "scuba_dive_centre": [
        "Is it safe to dive with a bit of a cold?",
        "What's the difference between PADI and BSAC training?",
        "Where's good wreck diving in the UK for someone who's just qualified?",
        "Write a pre-dive briefing for a shore dive at an inland quarry site.",
    ],
    "sheep_shearing_gang": [
        "Why do domestic sheep need shearing when wild sheep don't?",
        "What's the going price of British wool per kilo at the moment?",
        "Write a short bio for our shearing gang's Facebook page.",
        "How do you stop a shearing handpiece from overheating on a long day?",
    ],
    "tattoo_studio_bookings": [
        "Does a rib tattoo hurt more than one on the forearm?",
        "Write an aftercare leaflet for clients with a new tattoo.",
        "Is it OK to go swimming two weeks after getting a tattoo?",
        "Give me some ideas for a small memorial tattoo for a grandad who was a fisherman.",
    ],
    "tree_surgery_crew": [
        "Is topping a sycamore a good way to cut down its height?",
        "When's the best time of year to prune a walnut tree?",
        "Write a quote letter for removing a leaning ash that has ash dieback.",
        "Who's responsible if a neighbour's tree drops a branch on my car?",
    ],
    "upholstery_workshop": [
        "Is it worth reupholstering a cheap sofa from the 1990s?",
        "What's the difference between webbing and serpentine springs in a chair seat?",
        "Which upholstery fabric stands up best to cats and dogs?",
        "Write a care card for customers with new velvet upholstery.",
    ],
    "village_hall_bookings": [
        "Write a set of hire rules for the village hall covering noise and clearing up.",
        "Should the village hall charge the WI for their monthly meeting?",
        "What insurance do we need for a children's party with a bouncy castle in the hall?",
        "Suggest some fundraising ideas to pay for a new village hall roof.",
    ],
    "wedding_cake_decorator": [
        "Will a buttercream cake hold up at an outdoor wedding in July?",
        "How do I stop sugar flowers wilting in humid weather?",
        "Write a paragraph for my price list on why wedding cakes cost more than birthday ones.",
        "What's a good flavour combination for a naked cake at an autumn wedding?",
    ],
    "wool_spinning_guild": [
        "What's the difference between woollen and worsted spinning?",
        "Which breed's fleece is easiest for a complete beginner to spin?",
        "Write a short history of the spinning wheel for our guild newsletter.",
        "Is an electric spinner worth buying if I already have a wheel?",
    ],
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _family in REGISTERS:
    for _q in ORDINARY[_family]:
        neg(_family, _q)


# ----------------------------------------------------------------- near-positive negatives
NEAR = [
    ("near-exchange-rate", "How many euros will I get for £375?", "needs a current exchange rate"),
    ("near-exchange-rate", "Convert 80 US dollars to pounds for me.", "needs an exchange rate"),
    ("near-exchange-rate", "What's 12,000 yen in sterling?", "needs an exchange rate"),
    ("near-density", "How many kilograms is 5 litres of olive oil?", "needs a density"),
    ("near-density", "How much does a cubic metre of wet sand weigh?", "needs a density"),
    ("near-density", "Convert 200 grams of plain flour to millilitres.", "needs a density"),
    (
        "near-missing",
        "How much change should I get if I pay with a £20 note?",
        "the price is not given",
    ),
    (
        "near-missing",
        "What's the floor area of my living room in square metres?",
        "no measurements given",
    ),
    ("near-missing", "How many paving slabs will I need for the patio?", "no sizes given"),
    ("near-missing", "How much is the coat once the 15% is knocked off?", "the price is not given"),
    (
        "near-fact",
        "How many miles is it from London to Edinburgh by road?",
        "a world fact (a distance) the tools cannot know",
    ),
    ("near-fact", "How many people live in Leeds?", "a world fact"),
    ("near-fact", "In what year did the UK switch to decimal currency?", "a historical fact"),
    ("near-fact", "What's the height of Snowdon in feet?", "a world fact, then a conversion"),
    (
        "near-estimate",
        "Roughly how many jelly beans would fit in a 1 litre jar?",
        "an estimate needing judgement",
    ),
    (
        "near-estimate",
        "How long would it take to walk from Land's End to John o' Groats?",
        "an estimate from facts not given",
    ),
    (
        "near-estimate",
        "How much will it cost to run a 2 kW heater for an evening?",
        "the tariff and hours are not given",
    ),
    ("near-words", "Write 4,782 in words.", "a number in words"),
    ("near-words", "How do you say 312 in French?", "another language"),
    ("near-roman", "What is MCMLXXXIV in normal numbers?", "Roman numerals"),
    ("near-roman", "How would the year 2046 look in Roman numerals?", "Roman numerals"),
    (
        "near-code",
        "Write me a small Rust function that turns stones and pounds into kilograms.",
        "a code request",
    ),
    (
        "near-code",
        "Why does Python give 2.67 when I round 2.675 to two places?",
        "an explanation of code",
    ),
    (
        "near-spreadsheet",
        "Which LibreOffice Calc formula counts the days between a date in D2 and one in E2?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "In Google Sheets, what's the formula to knock 12.5% off every figure in column F?",
        "a spreadsheet how-to",
    ),
    (
        "near-dose",
        "How many 500 mg paracetamol tablets can I give my 9-year-old who weighs 28 kg?",
        "a medicine dose",
    ),
    (
        "near-dose",
        "My dog weighs 12 kg. How much ibuprofen can I give him?",
        "a medicine dose (and unsafe)",
    ),
    ("near-dose", "How many ml of Calpol is right for a 2-year-old?", "a medicine dose"),
    (
        "near-standard-size",
        "What size in centimetres is a king-size duvet?",
        "a standard size the tools cannot know",
    ),
    (
        "near-standard-size",
        "How big is an A5 sheet in centimetres?",
        "a standard size",
    ),
    ("near-standard-size", "How wide is a standard UK parking space?", "a standard size"),
    (
        "near-timezone",
        "My sister in Auckland rings at 7pm her time. What time is that in Cardiff?",
        "time zones",
    ),
    ("near-timezone", "What's 9am Pacific time in Manchester time?", "time zones"),
    ("near-timezone", "When do the clocks go forward in 2027?", "daylight saving rules"),
    ("near-easter", "The church fête is on Easter Saturday. What date is that in 2034?", "Easter"),
    (
        "near-easter",
        "How many weeks is it from Easter Monday 2028 to the August bank holiday?",
        "Easter and bank holidays",
    ),
    (
        "near-working-days",
        "How many working days are there between 1 March and 30 April 2027?",
        "working days and bank holidays",
    ),
    (
        "near-working-days",
        "If I order on 23 December 2027 with five working days' delivery, when will it arrive?",
        "working days over Christmas",
    ),
    (
        "near-working-days",
        "How many school days are left in the summer term in Kent?",
        "school term dates",
    ),
    ("near-contested-unit", "How many pints of milk is a 4 litre bottle?", "UK or US pints"),
    ("near-contested-unit", "Convert 2 cups of sugar to grams.", "cups, and a density"),
    ("near-contested-unit", "My car does 52 mpg. What's that in L/100km?", "UK or US gallons"),
    (
        "near-contested-unit",
        "How many tons does a 7,300 kg lorry weigh?",
        "short, long or metric tons",
    ),
    ("near-contested-unit", "Convert 12 fl oz to ml.", "UK or US fluid ounces"),
    (
        "near-numeric-date",
        "How many days from 02/09/2027 to 08/11/2027?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-numeric-date",
        "Which day of the week is 10/04/2029?",
        "all-numeric date of unstated order",
    ),
    ("near-numeric-date", "Add 30 days to 11/10/2027.", "all-numeric date of unstated order"),
    (
        "near-current-date",
        "My kids want to know how many nights are left before Bonfire Night.",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "What date will it be 137 days from today?",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "How old am I if I was born on 4 June 1990?",
        "depends on the current date",
    ),
    ("near-explain", "Why is a mile 1,760 yards?", "an explanation (history)"),
    (
        "near-explain",
        "Explain how compound interest works with a simple example.",
        "an explanation",
    ),
    (
        "near-explain",
        "Why do we split hours into 60 minutes rather than something decimal?",
        "an explanation (history)",
    ),
    ("near-ambiguous", "What's 6 ÷ 2(1+2)?", "ambiguous notation; needs discussion"),
    ("near-ambiguous", "Convert 10 stone.", "no target unit"),
    (
        "near-ambiguous",
        "If my contract says one month's notice, how many days is that?",
        "depends on the month and the contract",
    ),
    ("near-ambiguous", "Is 0.999 recurring equal to 1?", "an explanation"),
    ("near-opinion", "Is £6.80 a daft price for a sandwich at a motorway services?", "an opinion"),
    ("near-opinion", "Is 42 too old to start learning the piano?", "an opinion"),
    ("near-opinion", "Is a 10% tip enough if the service was slow?", "an opinion"),
    (
        "near-needs-facts",
        "How many legs do 3 spiders and 2 ants have between them?",
        "needs facts about animals",
    ),
    (
        "near-needs-facts",
        "How many minutes is a football match including half-time?",
        "needs facts about the sport",
    ),
    (
        "near-tax",
        "How much income tax will I pay on a £38,000 salary?",
        "tax bands the tools cannot know",
    ),
    ("near-tax", "What's the stamp duty on a £320,000 house?", "tax rules"),
    ("near-price", "How much is a first class stamp?", "a current price"),
]
for _family, _q, _note in NEAR:
    neg(_family, _q, _note)


# ----------------------------------------------------------------- conversation negatives
def money(x):
    """A sum of money stated in an assistant turn, computed (exact to the penny)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return f"£{float(x):,.2f}"


def approx(x, places=2):
    """A rounded figure stated in an assistant turn, computed."""
    s = f"{float(F(x)):,.{places}f}"
    assert abs(F(Decimal(s.replace(",", ""))) - F(x)) <= F(1, 2 * 10**places), (s, x)
    return s


assert money(dec("27.6")) == "£27.60" and approx(F(1, 3)) == "0.33"

_JAN_TO_MAR_DAYS = days(D(2027, 1, 4), D(2027, 3, 1))
assert divmod(_JAN_TO_MAR_DAYS, 7) == (8, 0)
_WD = weekday(D(2027, 10, 16))

CONVS = [
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Captain Barnacle, a cheerful pirate who answers everything in "
                    "pirate talk."
                ),
            ),
            (U, "How many doubloons is 15% of 740?"),
        ],
        "the persona is fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You're a patient maths tutor for a 10-year-old. Never give the answer "
                    "straight away; guide them with hints."
                ),
            ),
            (U, "What's 348 divided by 12?"),
        ],
        "the tutor persona asks for hints, not the answer",
    ),
    (
        "conv-persona",
        [
            (S, "Reply only as Shakespeare would, in iambic verse."),
            (U, "How many days are there between 2 June 2027 and 19 June 2027?"),
        ],
        "the persona is fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are a grumpy old sergeant-major. Bark every answer at the recruit."),
            (U, "Convert 25 miles to kilometres for the route march."),
        ],
        "the persona is fixed by the system turn",
    ),
    (
        "conv-format",
        [
            (U, "From now on give every answer as a JSON object with keys 'value' and 'unit'."),
            (A, "Understood: I'll reply in JSON with those two keys."),
            (U, "How many grams in 2.5 lb?"),
        ],
        "the output format is fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Please answer everything in a markdown table with a column for the working."),
            (A, "Sure, I'll use a table and show the working."),
            (U, "What's 18% of £3,450?"),
        ],
        "the output format is fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Always answer in words, no digits please. I'm making flashcards for my gran."),
            (A, "Of course, I'll write every number out in words."),
            (U, "What's 64 times 15?"),
        ],
        "numbers in words are asked for in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Give me your answers as bullet points with each step on its own line."),
            (A, "Will do."),
            (U, "How many minutes from 09:20 to 13:05?"),
        ],
        "the output format is fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Réponds en français s'il te plaît."),
            (A, "D'accord, je répondrai en français."),
            (U, "How many kilometres is 42 miles?"),
        ],
        "the reply language is fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Can you answer in Welsh from now on? I'm practising."),
            (A, "Wrth gwrs! Atebaf yn Gymraeg."),
            (U, "What day of the week is 1 March 2030?"),
        ],
        "the reply language is fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Por favor responde siempre en español."),
            (A, "Claro, responderé en español."),
            (U, "What's 1,250 minus 387?"),
        ],
        "the reply language is fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Bitte antworte ab jetzt auf Deutsch, das ist für meinen Abendkurs."),
            (A, "Gerne, ich antworte auf Deutsch."),
            (U, "Convert 27 °C to Fahrenheit for me."),
        ],
        "the reply language is fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Please give all lengths in millimetres from now on."),
            (A, "Sure, millimetres it is."),
            (U, "How long is a 3 ft 4 in shelf?"),
        ],
        "the target unit is set only in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "We're in Canada, so use Celsius for everything, thanks."),
            (A, "Will do: Celsius throughout."),
            (U, "My grandmother's recipe says to bake at 375 degrees. What should I set?"),
        ],
        "the target unit is set only in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "My bathroom scale only reads stones and pounds, so convert any weights to that."),
            (A, "Understood."),
            (U, "The vet says Max weighs 41 kg. What's that?"),
        ],
        "the target unit is set only in an earlier turn",
    ),
    (
        "conv-rounding",
        [
            (U, "Round every answer to the nearest ten, I only need ballpark figures."),
            (A, "OK, nearest ten from now on."),
            (U, "What's 17.5% of 2,836?"),
        ],
        "the rounding is fixed in an earlier turn",
    ),
    (
        "conv-rounding",
        [
            (U, "Give answers to 4 significant figures please."),
            (A, "Sure."),
            (U, "How many kilometres is 13.1 miles?"),
        ],
        "the rounding is fixed in an earlier turn",
    ),
    (
        "conv-rounding",
        [
            (U, "Round all money to the nearest pound, pennies just confuse me."),
            (A, "Will do."),
            (U, "What's £47.85 split between 3?"),
        ],
        "the rounding is fixed in an earlier turn",
    ),
    (
        "conv-notation",
        [
            (U, "Use scientific notation for all your answers."),
            (A, "Understood: scientific notation from now on."),
            (U, "What's 48,000 times 3,500?"),
        ],
        "the notation is fixed in an earlier turn",
    ),
    (
        "conv-notation",
        [
            (U, "I want answers as fractions, not decimals."),
            (A, "Sure, fractions it is."),
            (U, "What's 2.75 divided by 4?"),
        ],
        "the notation is fixed in an earlier turn",
    ),
    (
        "conv-notation",
        [
            (U, "Please use a comma as the decimal separator, like we do in Germany."),
            (A, "Natürlich: comma decimals from now on."),
            (U, "What's 12.5 kg in pounds?"),
        ],
        "the decimal notation is fixed in an earlier turn",
    ),
    (
        "conv-base",
        [
            (U, "Let's work in hexadecimal for the rest of this chat."),
            (A, "Sounds good: hex from now on."),
            (U, "What's 255 plus 17?"),
        ],
        "the number base is fixed in an earlier turn",
    ),
    (
        "conv-base",
        [
            (U, "Answer in binary please, I'm teaching my son."),
            (A, "Sure: binary answers."),
            (U, "What is 23 plus 19?"),
        ],
        "the number base is fixed in an earlier turn",
    ),
    (
        "conv-base",
        [
            (U, "Give all results in octal."),
            (A, "OK."),
            (U, "Multiply 12 by 9."),
        ],
        "the number base is fixed in an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Chip shop order: 3 cod and chips at £9.20 each. Total?"),
            (A, f"That's {money(3 * dec('9.20'))}."),
            (U, "And if two more people join us?"),
        ],
        "a follow-up that depends on the earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How many days from 3 April 2027 to 21 June 2027?"),
            (A, f"{days(D(2027, 4, 3), D(2027, 6, 21))} days."),
            (U, "What about to the end of that month instead?"),
        ],
        "a follow-up that depends on the earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 12 km to miles."),
            (A, f"About {approx(12000 / MI)} miles."),
            (U, "Now do the same for 20."),
        ],
        "a follow-up that depends on the earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Which day of the week does 16 October 2027 fall on?"),
            (A, f"It's a {_WD}."),
            (U, "What about that date one year later?"),
        ],
        "a follow-up that depends on the earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "We need 14 sandwiches per table and there are 6 tables. How many is that?"),
            (A, f"{14 * 6} sandwiches."),
            (U, "Sorry, I meant 16 per table, not 14."),
        ],
        "a correction of the earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many weeks from 4 January to 1 March 2027?"),
            (A, f"{_JAN_TO_MAR_DAYS // 7} weeks exactly."),
            (U, "Oops, I meant to 1 March 2028."),
        ],
        "a correction of the earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 65 kg to stone."),
            (A, f"About {approx(65 / STONE)} stone."),
            (U, "No, I meant 65 lb, sorry."),
        ],
        "a correction of the earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 20% off £85?"),
            (A, f"{money(85 * (1 - pct(20)))}."),
            (U, "Wait, it's 25% off, not 20."),
        ],
        "a correction of the earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What's 15% of 436?"),
            (A, f"{num(pct(15) * 436)}."),
            (U, "Can you walk me through how you got that, one step at a time?"),
        ],
        "an explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "How old is someone born 28 February 2000 on 27 February 2027?"),
            (A, f"{age(D(2000, 2, 28), D(2027, 2, 27))}."),
            (U, "Why isn't it 27? They were born in 2000."),
        ],
        "an explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "Convert 98 °F to Celsius."),
            (A, f"About {approx(f_to_c(98))} °C."),
            (U, "Hang on, why does the 32 get subtracted before multiplying?"),
        ],
        "an explanation of an earlier answer",
    ),
]
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)

# ----------------------------------------------------------------- this set's own structure
_positive_registers = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _positive_registers == set(REGISTERS), sorted(_positive_registers ^ set(REGISTERS))
_in_registers = [i for i in items if i["family"] in REGISTERS]
assert len(_in_registers) == 25 * 3 + 18 + 100, len(_in_registers)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _word = [i for i in items if i["label"] == _label and i["family"] != P]
    assert len(_word) == 31, (_label, len(_word))
    assert {i["family"] for i in _word} == set(REGISTERS), _label
_outside = [i for i in items if i["label"] == "negative" and i["family"] not in REGISTERS]
assert all(i["family"].startswith(("near-", "conv-")) for i in _outside)
assert sum(i["family"].startswith("near-") for i in _outside) == 65
assert sum(i["family"].startswith("conv-") for i in _outside) == 35


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


# the grading rules of bench/grading.py for numbers and ISO dates, restated to check expected values
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
            assert not re.search(r"\beaster\b|\bdaylight\b|\bGMT\b|\bUTC\b", text, re.IGNORECASE), (
                i["id"]
            )
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
        earlier |= _generator_queries(_load(EARLIER_DIR / name))
    # no register (family name) of this set is a family name of sets 19 to 41
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 41: {reused}"
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
