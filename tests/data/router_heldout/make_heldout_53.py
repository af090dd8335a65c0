r"""Generate heldout-2027-01-25.jsonl: a fifty-third held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_52.py, by `sed -n`: lines 1-379
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 624-684 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 792-876 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1081-1088 (its negatives
section header, neg() and conv()) and 1684-1908 (its stated-weekday check, its checks and main()),
plus one `wc -l` of it (1908 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section
headers with their line numbers), run together with the `cat`. None of its query blocks was opened.
Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/, server/,
bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges), not
README.md and not pyproject.toml (ruff's line length of 100 was taken from the brief). The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-52) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l` and `grep -n` above in one command; the view of lines 1-379 alone;
the views of 624-684, 792-876, 1081-1088 and 1684-1908 together, with `echo` separators. Then, in
one command, `mkdir -p` of /tmp/h53/blocks and /work/sealed53, `sed -n` copies of the same five
allowed ranges into block files under /tmp/h53/blocks/ and one run of a small Python script
(/tmp/h53/subst.py, written by a `cat` heredoc in the same command) that cuts the first copy at the
line that is exactly `from __future__ import annotations` (asserted to be the only such line, so
not the words inside set 52's docstring) and keeps it to P = "plain", substitutes this set's OUT,
PREFIX, EARLIER_DIR test (make_heldout_52.py), EARLIER (sets 1-52, `range(2, 53)`) and
REGISTER_CHECK (sets 19-52, adding make_heldout_52.py), and "sets 19 to 51" -> "sets 19 to 52" in
one comment and one message string of main() (each substitution asserted to apply once, the last
twice; it printed "ok" for each and deleted the raw copies), followed by `ls` and a `grep -n` of
the blocks for "51", "52", "53" and "19 to" (it printed only configuration lines, one helper assert
line, three unit-factor lines of the units block and the two substituted lines of main()). Then
`cat` heredocs wrote this set's own blocks under /tmp/h53/own/ (a_calc.py: registers and calculator
items; b_units.py: unit constants and unit items; c_dates.py: date items; d_negs.py: ordinary
negatives; e_near.py: near-positive negatives; f_convs.py: conversations and this set's own
structural asserts), an assembly script /tmp/h53/assemble.py (it builds this file from a docstring
file, or a one-line placeholder, and the blocks in order, and prints its line count) and a helper
/tmp/h53/run.sh (it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff
format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, then this generator from
/tmp, passing on any arguments, writing its output to /tmp/h53/out.txt, of which it prints the exit
codes and the `tail -6`), and run.sh was run. Edits of own blocks were made by the scripts
/tmp/h53/fix1.py, fix2.py and reword1.py to reword4.py (exact, asserted-once replacements, written
by `cat` heredocs; the changes are listed below), each followed by run.sh in the same command
(reword1.py's result was checked by a `grep -n` of b_units.py for one placeholder line,
reword2.py's by a `grep -rn` of the own blocks for the replaced constant names). One helper,
/tmp/h53/probe.py, executed this file in memory with unit_r()'s two-decimal assert turned into a
print (and main() not called), to list at once every own unit item that failed that assert; it
printed two of this set's own unit queries, and was run once more after reword3.py (printing
nothing). Then run.sh with --show once, with a `grep -n` of out.txt for its summary lines and its
listing of ids, expected values and tolerances laid out by `awk` and `column -t`. This docstring
was written last over the placeholder (its source text, /tmp/h53/doc/doc_src.txt, written by a
`cat` heredoc, filled to 99 columns by /tmp/h53/doc/make_doc.py, which uses textwrap, keeps the
lines marked as preformatted and asserts that the words are unchanged), followed by run.sh, a `head
-3` of this file, two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` of
the JSONL and a `sed -n` of out.txt's three summary lines, all run again after one last docstring
edit (a short inline Python script, /tmp/h53/doc/edit1.py, correcting two details of this account);
finally `ls -la /work/sealed53` and `rm -rf /tmp/h53`. Writes: /work/sealed53/ was created for this
file and its JSONL; temporary blocks, scripts and output under /tmp/h53/ were deleted afterwards.
Nothing was written into /work/main. Every python run above used /work/main/.venv/bin/python.

Changes to set 52's main() and checks: only the substitutions listed above (file names, sets 1-52
for the duplicate check, sets 19-52 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 52's as printed; ruff format may have changed layout only. All
of set 52's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp(), whole_up() (not used by this set's items), say(), sayw() and sayus() (every
weekday stated next to a date in a query or turn is computed, not typed; sayus() writes the US
order, which the stated-weekday pattern does not read, so that weekday is computed too), and
SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, LITRE, HA and KPA (with an assert), the
register constants and the REGISTERS tuple (sorted, asserted distinct), the ORDINARY, NEAR and
CONVS tables, the dates _HIRE (asserted a Saturday), _VAN (asserted a Tuesday) and _JOB (asserted a
Monday), each stated in a positive with its computed weekday, _WED (stated US-style with its
computed weekday), _VISA (stated in a near-positive with its computed weekday), _TERM (stated in a
user turn with its computed weekday, asserted a Monday because the turn treats it as the start of a
school week) and _KILN (stated in a user turn without a weekday), an assert that the forge course's
coal comes to whole bags, and this set's own asserts: the ORDINARY negatives are keyed by exactly
the REGISTERS, four each; NEAR has 65 entries and CONVS 35, each with distinct families; the
positive registers are exactly the REGISTERS; 193 items lie in the registers (25 x 3 positives, 18
second positives, 100 negatives), 31 register word problems per tool; every negative outside the
registers is a near-... or conv-... family. No money() helper is used in this set, and _root() (set
52's, not read) is not used.

Disclosures: the kinds of item and the counts follow set 52's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 52's, copied (P = "plain" is copied too, as the
last line of the first block). Set 52's docstring (within lines 1-379) names its 25 registers, the
six register names its own check rejected, its provenance, its reworded kinds of items and the
generic kinds of its items, which were therefore seen; none of those names or topics is used here
as a register, and some plain one-liners, near-positives and conversations here are of those same
generic kinds, newly worded. The `grep -n` printed no docstring, query or constant line: only def
lines and section headers with their line numbers (it showed, for instance, a "registers (set 52)"
header at line 382 and a `_root` def at line 417, which were not opened). At the edges of the
allowed ranges: line 379 is P = "plain", 624, 792 and 1081 are section headers, 684 is a blank line
after unit_r(), 876 is the assert after sayus(), 1088 is the last line of conv(), 1684-1691 hold
the comment and the compiled pattern of the stated-weekday check and 1908 is the call of main(). No
query text of any earlier set was seen. Every query here was newly written from imagination of each
trade or situation. Registers of sets 1 to 18 are not known here, so an overlap in TOPIC with those
cannot be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and
main() asserts that no register is a family name of sets 19 to 52 (the near-.../conv-... families
are not registers and may coincide with earlier family names). Like set 52, this set has no algebra
or calculus question (symbolic math with one right answer is a tool question, so none is labelled
negative; the only proof asked for is a written proof). One conversation defines a function h(x)
with a single value asked for, two define one-off operators and two define letters; they are
negatives because the notation is set up in an earlier turn. Some near-positives depend on the
current date (days to a date, an age from a birth year, weeks of pregnancy from a due date); one
asks for "one month after" the 31st, one for the weekday of a historical battle (its date is a
fact, and it was recorded in the Julian calendar); they are negatives, with no "now" field. A few
negatives ask what a short piece of code returns or why (code semantics, as the brief lists them).
One near-positive, "half of 8 plus 8", is a negative for its contested reading, not as symbolic
math.

Register check: the first complete run (after fix1.py and fix2.py) passed ruff; main()'s register
assertion then failed, naming two of the first choice of registers as family names of sets 19 to
52: canal_narrowboat_hire_desk and stained_glass_restoration_studio (so those two names, and that
such topics were used before, became known; nothing else about earlier sets). reword1.py replaced
them with two new topics, hot_spring_bathhouse_front_desk and bespoke_saddle_maker_workshop,
rewriting all their items (one calculator, one unit and one date item each, the second unit
positive of the first and the second date positive of the second, and four ordinary negatives each)
rather than renaming them; its unit replacement left one placeholder assignment, which reword2.py
removed together with the then unused SQIN constant. The next run passed the register check.

Other failed checks and edits: fix1.py wrapped seven two-line ordinary negatives in parentheses
(ruff's ISC004) and swapped a plain km-to-miles one-liner's figure (5 to 8 km) after
close_enough_at_2dp() failed on it; fix2.py reworded two unit items that failed the same assert (a
bridge clearance now asked in centimetres, an exact answer; a bow's weight now given in ounces and
asked in grams). main()'s duplicate check then reported 24 items by id; they were reworded by
reword3.py without the earlier queries being looked at: two plain calculator one-liners (a
percentage of, an increase by a percentage; new figures), two plain date one-liners (weekdays of
two other dates), two plain unit one-liners (mph to km/h, psi to bar; new figures), one ordinary
negative (a social media post), eleven near-positives (an age from a birth year, a contested
reading, an estimate, a mountain's height, lottery odds, a missing price, a central bank rate, a
number in an album title, a towing speed limit, a Bible reference, software versions) and six
conversations (an operator, a decimal comma, a unit defined earlier, a persona, answer language,
numbers in words; every user turn of each newly worded). The next run still reported two of those
conversations (persona and answer language), and reword4.py reworded both user turns of each again;
every later run passed every check.

Registers (families), 25, new: alpaca_fleece_mill_intake, bell_foundry_order_clerk,
bespoke_saddle_maker_workshop, blacksmith_forge_course_tutor, bookmobile_route_librarian,
chess_club_tournament_director, cider_orchard_press_day, circus_rigging_safety_officer,
clock_tower_winding_volunteer, dry_stone_waller_estimates, harp_string_maker_orders,
hot_spring_bathhouse_front_desk, ice_sculpture_studio_quotes, island_ferry_purser_notes,
model_railway_exhibition_steward, mushroom_foraging_course_host, organ_pipe_voicer_workshop,
oyster_farm_tide_ledger, peatland_rewetting_survey_team, puppet_theatre_touring_manager,
sourdough_microbakery_ledger, thatched_roof_reed_merchant, theatre_wig_maker_commissions,
violin_bow_rehair_bench, wedding_calligrapher_invoices. Every register is used by all three tools
(asserted); eighteen registers have a further positive (a second calculator word problem:
bell_foundry_order_clerk, oyster_farm_tide_ledger, chess_club_tournament_director,
sourdough_microbakery_ledger, puppet_theatre_touring_manager, cider_orchard_press_day; a second
unit word problem: hot_spring_bathhouse_front_desk, circus_rigging_safety_officer,
peatland_rewetting_survey_team, bookmobile_route_librarian, island_ferry_purser_notes,
alpaca_fleece_mill_intake; a second date word problem: oyster_farm_tide_ledger,
bespoke_saddle_maker_workshop, chess_club_tournament_director, thatched_roof_reed_merchant,
blacksmith_forge_course_tutor, puppet_theatre_touring_manager). Positives are one-liners (family
"plain") or word problems of one to three sentences, in UK and US usage with £, $, € or ¥, some
chatty, terse, lower-case, unpunctuated or in shorthand, a few with numbers in words or
abbreviations, questions at the start or the end, one date in one positive written US-style (month
before day, with a computed weekday). No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a current
central bank rate or missing loan terms, a contested unit (pint, mpg, cup, ton), today's date or an
age without a stated date, a lunisolar festival, working days, month arithmetic from the 31st, an
all-numeric date of unstated order, time zones and seasonal clock changes, identifiers that look
like numbers (a fault code, a flight, an ISBN, a road number, software versions, a phone number, a
postcode, an IP address, a serial number, a Bible reference, a football formation), code semantics,
world, science, sports or nutrition facts, tax rules, a traffic rule, dosing, size charts,
estimates, lottery odds, missing figures, a translation, a writing task, numbers in titles,
opinions, a contested reading, a random choice, a written proof, the history of numerals, a riddle,
letters in a word, advice next to a date; or, in conversations, an operator, function or letters
defined earlier, a decimal comma, a unit defined earlier, a number base (input or output), Roman
numerals, a persona, answer language, verse form, output format, rounding, target unit, target
currency or date order fixed earlier, date wording, an invented calendar, a week numbering, a
correction, summary, rewrite, follow-up, explanation or recall of earlier turns, figures or a date
spread over turns, or a judgement about earlier figures. The ordinary negatives ask for advice,
explanations, judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 52: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as "N days after", "N days later", "N weeks after", "N weeks before",
"N days before", "how many days between", "how many days apart", "how many days from ... to ...",
"how many weeks", or as the sixth fortnightly visit counted from a stated first visit), ages are in
whole years from a stated birth date to a stated date, and clock spans run from one stated time to
the next occurrence of the other (three cross midnight, saying "the next morning"). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 52):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (cm, km, g, kPa); 1 L = 1 dm^3;
    t(degF) = t(degC) * 9/5 + 32; 1 h = 3600 s; 1 ha = 10^4 m^2; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_53.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-25.jsonl"
PREFIX = "ho53-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_52.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 53))
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


# =========================================================================== registers (set 53)
BELL = "bell_foundry_order_clerk"
BATH = "hot_spring_bathhouse_front_desk"
ORGAN = "organ_pipe_voicer_workshop"
ICE = "ice_sculpture_studio_quotes"
WIG = "theatre_wig_maker_commissions"
OYSTER = "oyster_farm_tide_ledger"
SADDLE = "bespoke_saddle_maker_workshop"
RIG = "circus_rigging_safety_officer"
PEAT = "peatland_rewetting_survey_team"
HARP = "harp_string_maker_orders"
CLOCK = "clock_tower_winding_volunteer"
FUNGI = "mushroom_foraging_course_host"
CHESS = "chess_club_tournament_director"
BOOKVAN = "bookmobile_route_librarian"
BOW = "violin_bow_rehair_bench"
DOUGH = "sourdough_microbakery_ledger"
WALL = "dry_stone_waller_estimates"
RAIL = "model_railway_exhibition_steward"
FERRY = "island_ferry_purser_notes"
REED = "thatched_roof_reed_merchant"
INK = "wedding_calligrapher_invoices"
FLEECE = "alpaca_fleece_mill_intake"
FORGE = "blacksmith_forge_course_tutor"
PUPPET = "puppet_theatre_touring_manager"
CIDER = "cider_orchard_press_day"
REGISTERS = tuple(
    sorted(
        (
            BELL,
            BATH,
            ORGAN,
            ICE,
            WIG,
            OYSTER,
            SADDLE,
            RIG,
            PEAT,
            HARP,
            CLOCK,
            FUNGI,
            CHESS,
            BOOKVAN,
            BOW,
            DOUGH,
            WALL,
            RAIL,
            FERRY,
            REED,
            INK,
            FLEECE,
            FORGE,
            PUPPET,
            CIDER,
        )
    )
)
assert len(REGISTERS) == len(set(REGISTERS)) == 25

# ---- plain calculator one-liners (14)
calc(P, "what's 17.5% of 3,160?", pct("17.5") * 3160)
calc(P, "4096 divided by 0.32", F(4096) / dec("0.32"))
calc(P, "(48 + 152) * 3.75 = ?", (48 + 152) * dec("3.75"))
calc(P, "square root of 7,056", 84)
assert 84 * 84 == 7056
calc(P, "seven hundred and twenty times thirty-five", 720 * 35)
calc(P, "2^15 minus 1000", 2**15 - 1000)
calc(P, "How much is 19 x 23 x 0.5?", 19 * 23 * dec("0.5"))
calc(P, "1,238.40 ÷ 16", dec("1238.40") / 16)
calc(P, "what is 3/8 as a decimal", F(3, 8))
calc(P, "Increase 1,368 by 12.5 per cent, please.", 1368 * (1 + pct("12.5")))
calc(P, "calc 98765 - 43210 + 1234", 98765 - 43210 + 1234)
calc(P, "whats 6 cubed plus 4 squared", 6**3 + 4**2)
calc(P, "Mean of 14, 27, 33 and 46?", F(14 + 27 + 33 + 46, 4))
calc(P, "reduce 2450 by eight percent pls", 2450 * (1 - pct(8)))

# ---- register calculator word problems (25 + 6)
calc(
    BELL,
    "Customer's new bell comes out at 340 kg, bronze quoted at £18.25 a kilo plus a £1,150 "
    "tuning fee. What's the total on the order?",
    340 * dec("18.25") + 1150,
)
calc(
    BELL,
    "Tin is 22% of our bell metal by weight — how many kg of tin go into a 1,450 kg pour?",
    pct(22) * 1450,
)
calc(
    BATH,
    "Sunday at the baths: 348 adults at ¥1,200 and 97 children at ¥600. What were the takings "
    "in yen?",
    348 * 1200 + 97 * 600,
)
calc(
    ORGAN,
    "61 pipes per rank, and 7 reed ranks need new tongues at $42.50 a pipe. cost of the tongues?",
    7 * 61 * dec("42.50"),
)
calc(
    ICE,
    "Quote check: a swan takes 3 ice blocks at $65 each plus 4.5 hours of carving at $80 an hour. "
    "The client wants 14 swans — total?",
    14 * (3 * 65 + dec("4.5") * 80),
)
calc(
    WIG,
    "panto order: 12 wigs at £1,275 each and the theatre pays 30% upfront. upfront amount?",
    12 * 1275 * pct(30),
)
calc(
    OYSTER,
    "We bagged 18,400 oysters this tide; 6% were culled and the rest sold at €0.85 each. "
    "What did they bring in?",
    18400 * (1 - pct(6)) * dec("0.85"),
)
calc(
    OYSTER,
    "Seed costs £0.045 per spat and we laid out 260,000 of them. Cost of the seed?",
    dec("0.045") * 260000,
)
calc(
    SADDLE,
    "Saddle order: the tree is £420, the hides £385, plus 38 hours of work at £32.50 an hour. "
    "Price before VAT?",
    420 + 385 + 38 * dec("32.50"),
)
calc(
    RIG,
    "Our rule: minimum breaking load = working load x 5. An aerial point has a working load of "
    "1,840 kg, so what minimum breaking load in kg do I need on the shackle?",
    1840 * 5,
)
calc(
    PEAT,
    "We blocked 37 drains with 14 peat dams in each, and every dam used 2.5 cubic metres of peat. "
    "How many cubic metres in total?",
    37 * 14 * dec("2.5"),
)
calc(
    HARP,
    "Pedal harp set = 33 gut strings at $18.40 each and 14 nylon ones at $9.75. set price?",
    33 * dec("18.40") + 14 * dec("9.75"),
)
calc(
    CLOCK,
    "The clock weight drops 1.35 metres a day and has 9.45 metres of cable. "
    "How many days does one winding last?",
    dec("9.45") / dec("1.35"),
)
calc(
    FUNGI,
    "24 people booked the foraging day at £65 each; the venue keeps 20% and I pay the "
    "mycologist £140 out of what's left. What do I end up with?",
    24 * 65 * (1 - pct(20)) - 140,
)
calc(
    CHESS,
    "Single round robin, 14 players, each plays every other player once. How many games is that "
    "altogether?",
    F(14 * 13, 2),
)
calc(
    CHESS,
    "64 entries at €30 each and the prize fund is 70% of entry money — prize fund?",
    64 * 30 * pct(70),
)
calc(
    BOOKVAN,
    "Our van makes 38 stops a fortnight and lends about 27.5 books per stop. How many books over "
    "13 fortnights at that rate?",
    38 * dec("27.5") * 13,
)
calc(
    BOW,
    "Rehairs are $85 each. Did 9 Monday, 13 Tuesday, 11 Wednesday. The shop takes 22% commission "
    "— what do I take home?",
    (9 + 13 + 11) * 85 * (1 - pct(22)),
)
calc(DOUGH, "1,250 g flour at 78% hydration, how many grams of water do i add", 1250 * pct(78))
calc(
    DOUGH,
    "Market day: 186 loaves at £4.60 and 94 at £5.20, minus £55 stall rent. Net takings?",
    186 * dec("4.60") + 94 * dec("5.20") - 55,
)
calc(
    WALL,
    "Estimate for a 42 m field wall: £95 per metre run for the walling plus £12 per metre for "
    "the coping. Total?",
    42 * (95 + 12),
)
calc(
    RAIL,
    "Show takings — 1,140 adult tickets at £9, 380 child at £4.50 and 96 family tickets at £24. "
    "What did the gate take?",
    1140 * 9 + 380 * dec("4.50") + 96 * 24,
)
calc(
    FERRY,
    "Return trip for a car and two adults: car is £48.20 each way and each adult is £18.75 each "
    "way. What's the total fare?",
    2 * dec("48.20") + 2 * 2 * dec("18.75"),
)
calc(
    REED,
    "Roof needs 1,150 bundles of water reed at £4.80 a bundle, plus VAT at 20%. How much?",
    1150 * dec("4.80") * (1 + pct(20)),
)
calc(
    INK,
    "Invoice: 140 place cards at $3.25, 86 envelopes addressed at $4.50, then a 15% rush fee on "
    "the whole lot. What's the final amount?",
    (140 * dec("3.25") + 86 * dec("4.50")) * (1 + pct(15)),
)
calc(
    FLEECE,
    "46.5 kg of raw fleece came in, scouring loses 18% of the weight, and we charge $14 per kg of "
    "clean fibre. what's the bill",
    dec("46.5") * (1 - pct(18)) * 14,
)
calc(
    FORGE,
    "Eight students, five days, each burns 6.25 kg of coal a day. Coal comes in 25 kg bags at "
    "£17.60. What does the coal cost?",
    8 * 5 * dec("6.25") / 25 * dec("17.60"),
)
assert (8 * 5 * dec("6.25") / 25).denominator == 1  # whole bags
calc(
    PUPPET,
    "The tour is 2,380 km and the van uses 9.5 litres per 100 km. At €1.60 a litre, how much "
    "for diesel?",
    2380 * dec("9.5") / 100 * dec("1.60"),
)
calc(PUPPET, "per diem for 7 performers at €42 a day for 19 days, total?", 7 * 42 * 19)
calc(
    CIDER,
    "We pressed 3,600 kg of apples and get 0.65 litres of juice per kilo. How many 5-litre "
    "bag-in-boxes does that fill?",
    3600 * dec("0.65") / 5,
)
calc(
    CIDER,
    "Sold 312 bottles at £3.75 and 48 bag-in-boxes at £21.50 at the press day, how much altogether?",
    312 * dec("3.75") + 48 * dec("21.50"),
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
KM = 1000  # m
G = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
HA = 10**4  # m^2
KPA = 1000  # Pa
assert KM / MI * 5 == F(5000) / dec("1609.344") and HA / ACRE > 2

# ---- plain unit one-liners (14)
unit_r(P, "8 km in miles?", 8 * KM / MI)
unit_r(P, "convert 100 °F to °C", f_to_c(100))
unit(P, "how many feet are in 2 miles", 2 * MI / FT, EXACT)
unit_r(P, "12 stone in kg", 12 * STONE)
unit_r(P, "3.2 kg to lbs", dec("3.2") / LB)
unit_r(P, "180cm in inches?", 180 * CM / IN)
unit_r(P, "What is 43 mph in km/h?", 43 * MPH / KMH)
unit_r(P, "2.5 acres to square metres", dec("2.5") * ACRE)
unit_r(P, "How many ounces make one kilogram?", 1 / OZ)
unit(P, "4 GiB in MiB", 4 * GIB / MIB, EXACT)
unit_r(P, "36 psi to bar please", 36 * PSI / BAR)
unit(P, "3 h 20 min = how many seconds", 3 * 3600 + 20 * 60, EXACT)
unit_r(P, "minus 5 fahrenheit in celsius", f_to_c(-5))
unit_r(P, "Convert 750 square feet into square metres.", 750 * SQFT)

# ---- register unit word problems (25 + 6)
unit_r(
    BELL, "The tenor bell is listed at 1,250 lb in the old ledger. What's that in kg?", 1250 * LB
)
unit(BATH, "The outdoor pool is kept at 41 °C. What is that in Fahrenheit?", c_to_f(41), EXACT)
unit_r(BATH, "the big bath holds 12 cubic metres of water, how many cubic feet is that", 12 / CUFT)
unit_r(ORGAN, "The bottom C pipe is 2.4 metres tall. How many inches?", dec("2.4") / IN)
unit(ICE, "Our storage freezer runs at -18 °C; what's that in Fahrenheit?", c_to_f(-18), EXACT)
unit(WIG, "Client wants 18 inches of hair length. How many centimetres?", 18 * IN / CM, EXACT)
unit(OYSTER, "Water temp in the bay read 59 °F — convert to Celsius?", f_to_c(59), EXACT)
unit(SADDLE, "Customer rides a 17.5 inch seat. In centimetres?", dec("17.5") * IN / CM, EXACT)
unit_r(RIG, "Rig height is 11 m. In feet?", 11 / FT)
unit_r(RIG, "The net tensioner is set to 45 psi, what's that in kPa?", 45 * PSI / KPA)
unit_r(PEAT, "Site covers 340 hectares. How many acres is that?", 340 * HA / ACRE)
unit_r(PEAT, "water table sits 18 cm below the surface — how many inches?", 18 * CM / IN)
unit_r(HARP, "The concert grand harp weighs 81 lb; how heavy is that in kilos?", 81 * LB)
unit_r(CLOCK, "The driving weight is 3 stone 4 lb. What's that in kilograms?", 3 * STONE + 4 * LB)
unit_r(FUNGI, "The foraging walk is 7.5 miles. How far in km?", dec("7.5") * MI / KM)
unit(CHESS, "1 hour 45 minutes on the clock = how many seconds?", 3600 + 45 * 60, EXACT)
unit_r(BOOKVAN, "Our route is 142 km round — what is that in miles?", 142 * KM / MI)
unit(BOOKVAN, "Catalogue export is 1.5 GiB. How many MiB is that?", dec("1.5") * GIB / MIB, EXACT)
unit_r(BOW, "Old scale says the bow is 2.1 oz. How many grams?", dec("2.1") * OZ / G)
unit(DOUGH, "Oven at 250 degrees C — what is it in Fahrenheit?", c_to_f(250), EXACT)
unit(WALL, "The boundary wall is 130 yards long. How many metres?", 130 * YD, EXACT)
unit_r(RAIL, "A layout of 14 ft by 6 ft — area in square metres?", 14 * 6 * SQFT)
unit_r(FERRY, "The ferry cruises at 26 km/h — what's that in mph?", 26 * KMH / MPH)
unit_r(FERRY, "Ramp hydraulics run at 2.5 bar. Convert to psi.", dec("2.5") * BAR / PSI)
unit_r(REED, "Roof area is 1,200 sq ft, how many m2?", 1200 * SQFT)
unit(INK, "Envelope is 9 inches wide, how many cm is that?", 9 * IN / CM, EXACT)
unit_r(FLEECE, "A bale of fleece weighs 88 lb. In kg?", 88 * LB)
unit_r(FLEECE, "the fleece store holds 2 cubic metres, how many cubic feet?", 2 / CUFT)
unit(FORGE, "Forge welding heat is about 2,300 °F. What's that in °C?", f_to_c(2300), EXACT)
unit_r(PUPPET, "Van payload is 3,500 kg — how many pounds?", 3500 / LB)
unit_r(CIDER, "the tank holds 1,000 litres. what is that in cubic feet", 1000 * LITRE / CUFT)


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


# ---- plain date one-liners (14)
date_item(P, "Which weekday was 17 February 1911?", weekday(D(1911, 2, 17)))
date_item(
    P,
    "How many days between 3 March 2031 and 19 November 2031?",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "date 100 days after 12 January 2029", D(2029, 1, 12) + TD(days=100))
date_item(P, "What date is 250 days before 1 October 2030?", D(2030, 10, 1) - TD(days=250))
date_item(P, "what weekday is 26 December 2037", weekday(D(2037, 12, 26)))
date_item(
    P,
    "How many weeks from 6 April 2028 to 21 September 2028?",
    weeks(D(2028, 4, 6), D(2028, 9, 21)),
)
date_item(P, "Born 9 August 1961 — how old on 2 August 2030?", age(D(1961, 8, 9), D(2030, 8, 2)))
date_item(P, "1000 days after 5 May 2027?", D(2027, 5, 5) + TD(days=1000))
date_item(P, "What's the date 6 weeks after 30 December 2030?", D(2030, 12, 30) + TD(weeks=6))
date_item(P, "minutes from 09:40 to 17:15?", clock_span("09:40", "17:15", 60))
date_item(P, "Third Thursday of November 2029 is which date?", nth_weekday(2029, 11, THU, 3))
date_item(P, "how many days from 1 Jan 2032 to 31 Dec 2032", days(D(2032, 1, 1), D(2032, 12, 31)))
date_item(
    P, "How many hours from 22:30 to 06:15 the next morning?", clock_span("22:30", "06:15", 3600)
)
date_item(P, "last Friday in October 2031 - what date?", nth_weekday(2031, 10, FRI, -1))

# ---- register date word problems (25 + 6)
date_item(
    BELL,
    "The bell was poured on 3 June 2030 and has to cool for 21 days before tuning. "
    "What date can tuning start?",
    D(2030, 6, 3) + TD(days=21),
)
_HIRE = D(2029, 8, 18)
assert _HIRE.weekday() == SAT
date_item(
    BATH,
    f"We close for cleaning on {sayw(_HIRE)} and reopen 12 days later. Reopening date?",
    _HIRE + TD(days=12),
)
date_item(
    ORGAN,
    "Voicing began on 7 January 2031 and took 86 days. On what date did it finish?",
    D(2031, 1, 7) + TD(days=86),
)
date_item(
    ICE,
    "What day of the week does 14 February 2030 fall on? Need it for the festival.",
    weekday(D(2030, 2, 14)),
)
date_item(
    WIG,
    "Opening night is 26 November 2029 and the wigs are due 38 days before. Deadline?",
    D(2029, 11, 26) - TD(days=38),
)
date_item(
    OYSTER, "seeded 20 April 2029, harvest 540 days later — date?", D(2029, 4, 20) + TD(days=540)
)
date_item(
    OYSTER,
    "Depuration ran from 06:50 to 01:20 the next morning. How many hours?",
    clock_span("06:50", "01:20", 3600),
)
date_item(
    SADDLE,
    "Fitting was on 19 March 2030 and the saddle was delivered 73 days later. "
    "What date was delivery?",
    D(2030, 3, 19) + TD(days=73),
)
date_item(
    SADDLE,
    "stitching from 07:30 till 16:50, how many minutes is that",
    clock_span("07:30", "16:50", 60),
)
date_item(
    RIG,
    "Rig was last inspected 4 March 2030 and must be re-inspected 45 days later. "
    "Which date is that?",
    D(2030, 3, 4) + TD(days=45),
)
date_item(
    PEAT,
    "The follow-up survey is 26 weeks after 17 October 2029. What date?",
    D(2029, 10, 17) + TD(weeks=26),
)
date_item(
    HARP,
    "Harpist was born on 2 February 1994. How old is she on 1 February 2031?",
    age(D(1994, 2, 2), D(2031, 2, 1)),
)
date_item(
    CLOCK,
    "clock stopped at 14:20 and we got it going at 09:05 the next morning, how many "
    "hours was it stopped?",
    clock_span("14:20", "09:05", 3600),
)
date_item(
    FUNGI,
    "Course is on the second Sunday of October 2030 — which date is that?",
    nth_weekday(2030, 10, SUN, 2),
)
date_item(
    CHESS,
    "Round starts 18:30 and the last game finished at 23:45. How many minutes?",
    clock_span("18:30", "23:45", 60),
)
date_item(
    CHESS,
    "The winter congress opens on 4 January 2031. What day of the week is that?",
    weekday(D(2031, 1, 4)),
)
_VAN = D(2030, 9, 3)
assert _VAN.weekday() == TUE
date_item(
    BOOKVAN,
    f"The van calls every 14 days and the first visit is {sayw(_VAN)}. "
    "What date is the sixth visit?",
    _VAN + TD(days=5 * 14),
)
date_item(
    BOW,
    "Bow dropped off 11 March 2030, ready 5 weeks after that. Pickup date?",
    D(2030, 3, 11) + TD(weeks=5),
)
date_item(
    DOUGH,
    "Started the starter on 27 December 2029. What date is 200 days after that?",
    D(2029, 12, 27) + TD(days=200),
)
_JOB = D(2030, 4, 8)
assert _JOB.weekday() == MON
date_item(
    WALL,
    f"Job starts {sayw(_JOB)} and finishes 33 days later. What weekday does it finish on?",
    weekday(_JOB + TD(days=33)),
)
date_item(RAIL, "Exhibition is on 9 November 2030 - what day of the week?", weekday(D(2030, 11, 9)))
date_item(
    FERRY,
    "Summer timetable runs from 14 May 2030 to 30 September 2030. How many days "
    "apart are those dates?",
    days(D(2030, 5, 14), D(2030, 9, 30)),
)
date_item(
    REED,
    "Reed cut on 15 February 2030 is laid 300 days later. What date is that?",
    D(2030, 2, 15) + TD(days=300),
)
date_item(
    REED,
    "How many weeks between 5 January 2030 and 25 May 2030?",
    weeks(D(2030, 1, 5), D(2030, 5, 25)),
)
_WED = D(2031, 6, 14)
date_item(
    INK,
    f"Wedding is {sayus(_WED)}. Invitations go out 8 weeks before — what date?",
    _WED - TD(weeks=8),
)
date_item(
    FLEECE,
    "Shearing day 22 May 2030, yarn back from the mill 130 days later. When?",
    D(2030, 5, 22) + TD(days=130),
)
date_item(
    FORGE,
    "Student born 30 September 2008 — how old on 15 July 2030?",
    age(D(2008, 9, 30), D(2030, 7, 15)),
)
date_item(
    FORGE,
    "Next course is the first Saturday of March 2031. What date is that?",
    nth_weekday(2031, 3, SAT, 1),
)
date_item(
    PUPPET,
    "Tour opens 3 April 2030 and closes 19 August 2030: how many days between?",
    days(D(2030, 4, 3), D(2030, 8, 19)),
)
date_item(
    PUPPET,
    "Get-in at 08:45, show down at 22:10. How many minutes is that?",
    clock_span("08:45", "22:10", 60),
)
date_item(
    CIDER,
    "We pressed on 12 October 2030 and the cider is ready 150 days after. Date?",
    D(2030, 10, 12) + TD(days=150),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    BELL: [
        (
            "A parish wants its new bell inscribed. Can you suggest a short inscription that isn't "
            "too churchy?"
        ),
        "Why do some old bells sound flat next to new ones, or is that a myth?",
        "How should I reply to a customer who's annoyed that their handbell order is late?",
        "Is bronze still the best metal for a tower bell, or do steel bells have a case?",
    ],
    BATH: [
        "Why are guests asked to wash before they get into the bath?",
        "Do mineral hot springs actually help with eczema?",
        "Write a polite sign asking guests not to dip their towels in the water.",
        "What's the history of public bathhouses in Japan?",
    ],
    ORGAN: [
        "Explain in plain words what voicing a flue pipe actually changes in the sound.",
        "Is a mixture stop worth restoring on a small village organ?",
        "What was the organ builder Arp Schnitger known for?",
        (
            "Our apprentice keeps nicking the languids too deep. How do I coach him without knocking "
            "his confidence?"
        ),
    ],
    ICE: [
        "Why does clear ice carve so much better than cloudy ice?",
        (
            "Client wants a vodka luge shaped like their company logo. Any tactful way to talk them "
            "out of it?"
        ),
        "Draft a short Instagram caption for a timelapse of our ice swan melting.",
        "Which is more dramatic for a winter gala, an ice chandelier or an ice throne?",
    ],
    WIG: [
        "Human hair or yak hair for a character wig that has to survive a long run?",
        "How did 18th-century wigmakers powder wigs, and what was the powder made of?",
        "An actor says the lace front itches under the lights. What are some gentle fixes?",
        "Write a polite email chasing a theatre that still hasn't returned our wig blocks.",
    ],
    OYSTER: [
        "Are oysters really only safe in months with an R in them?",
        "What makes summer oysters go milky and soft?",
        "Suggest a name for our new oyster shack that nods to the tides.",
        "Should a small farm go for triploid seed or stick with diploids? Pros and cons please.",
    ],
    SADDLE: [
        "Does a treeless saddle really suit a horse with high withers?",
        "Why is vegetable-tanned leather preferred for saddle flaps?",
        "A rider says her saddle tips forward. What might be wrong?",
        "Write a short thank-you card for a customer who recommended us to her yard.",
    ],
    RIG: [
        (
            "Conceptually, what's the difference between a shackle's working load limit and its "
            "breaking strength?"
        ),
        (
            "An aerialist wants to skip the pre-show rig check because they're running late. How do "
            "I handle that?"
        ),
        "Steel wire or synthetic rope for a static trapeze? Opinions welcome.",
        "Write an intro paragraph for our checklist for new riggers: encouraging but firm.",
    ],
    PEAT: [
        "Why does rewetting a drained bog cut its carbon emissions?",
        "Which sphagnum mosses should we look for first on a recovering blanket bog?",
        "A landowner thinks blocking the drains will flood his fields. How would you reassure him?",
        "Is it worth switching from dipwells to drones for monitoring the water table?",
    ],
    HARP: [
        "Why are the C strings red and the F strings black on a pedal harp?",
        (
            "A harpist says her new gut strings keep snapping in a dry concert hall. What could be "
            "going on?"
        ),
        "Write a short product description for our handmade gut string sets.",
        "Who invented the double-action pedal harp?",
    ],
    CLOCK: [
        "Why do tower clocks tend to lose time in cold weather?",
        "The parish council wants to automate the winding. Write a case for keeping it hand-wound.",
        "What is a gravity escapement and why does the Great Clock at Westminster use one?",
        "Is it safe for a volunteer to oil the going train, or should we call a clockmaker?",
    ],
    FUNGI: [
        "White gills, a ring on the stem and a bag at the base: is that a field mushroom?",
        "What's the law on picking wild mushrooms in the New Forest?",
        "Write a safety disclaimer for a beginners' foraging walk.",
        "Are chanterelles better dried or frozen?",
    ],
    CHESS: [
        "Which tie-break is fairer in a Swiss, Buchholz or Sonneborn-Berger?",
        "A player's phone rang mid-game. What do the FIDE Laws say should happen?",
        "Suggest a name for a rapidplay tournament held in a brewery.",
        "Who won the 1972 World Chess Championship match in Reykjavik?",
    ],
    BOOKVAN: [
        "Recommend three large-print novels for a reader who loved Cranford.",
        "How do I politely tell a borrower the van can't stop outside her gate any more?",
        "What's the history of mobile libraries in Britain?",
        "Is it worth adding a public wifi hotspot to a bookmobile?",
    ],
    BOW: [
        "Why is Mongolian horsehair preferred for rehairing bows?",
        "Is pernambuco really better than carbon fibre for a student bow?",
        "A customer's bow has a crack near the head. Is it worth repairing?",
        "Explain to a parent, kindly, why a rehair can cost more than a cheap bow.",
    ],
    DOUGH: [
        "My starter smells of nail varnish. Is it dead?",
        "Write a short Instagram post launching our caraway rye loaf, no hashtags.",
        "Can I legally sell bread baked in my home kitchen in Scotland?",
        "Why does an overnight cold retard make the crust blister?",
    ],
    WALL: [
        "What's the difference between a Cotswold wall and a Galloway dyke?",
        "A client wants cement in the hearting of a dry stone wall. How do I talk them out of it?",
        "Are through stones really needed on a wall under a metre high?",
        "Write a short blurb for a dry stone walling taster day.",
    ],
    RAIL: [
        "OO or N gauge for a beginner with a small spare room?",
        (
            "A child keeps reaching over the barrier at a layout. How should a steward handle it "
            "kindly?"
        ),
        "Why does OO run on track that's too narrow for its scale?",
        "Suggest a theme for the exhibition poster, something nostalgic but not twee.",
    ],
    FERRY: [
        "Will the afternoon sailing to Brodick be cancelled if the wind picks up?",
        "What should I say over the tannoy when the crossing is held up by fog?",
        "Do dogs have to stay in the car on the CalMac ferries?",
        "Write a short, warm announcement welcoming foot passengers aboard.",
    ],
    REED: [
        "Is Norfolk reed really better than imported reed for a new thatch?",
        "Why does the life of a water-reed thatch vary so much from roof to roof?",
        "A buyer is worried about the fire risk of a thatched cottage. What can I honestly say?",
        "Why do some thatchers put straw animals on the ridge?",
    ],
    INK: [
        "Copperplate or modern brush lettering for a rustic barn wedding?",
        "How do I address an envelope to a married couple who kept their own surnames?",
        "Write a gentle reminder to a bride whose final invoice is overdue.",
        "Which ink won't feather on handmade cotton rag paper?",
    ],
    FLEECE: [
        "What's the difference between huacaya and suri fleece?",
        "A farmer brought in fleece full of hay. How do I tell them it isn't worth processing?",
        "Is alpaca fibre really hypoallergenic?",
        "Suggest names for a yarn range from a Devon alpaca herd.",
    ],
    FORGE: [
        "Why does steel go straw-coloured and then blue when you temper it?",
        "A student wants to forge a knife from an old railway spike. Is that decent steel?",
        "Write the opening of a safety briefing for a one-day forging course.",
        "Coke or coal for a beginner's forge, which would you recommend?",
    ],
    PUPPET: [
        "Is Punch and Judy still appropriate at children's festivals? Give both sides.",
        "How do Czech marionette controls differ from the English style?",
        "A venue cancelled on two days' notice. Draft a firm but polite reply.",
        "What's a good warm-up game for a puppet show audience of five-year-olds?",
    ],
    CIDER: [
        "Dabinett or Kingston Black for a single-variety cider?",
        "Why does cider sometimes go ropy, and can it be saved?",
        "Write a cheerful invitation for our community apple pressing day.",
        "Can you sell cider at the farm gate without a licence in England?",
    ],
}
assert tuple(sorted(ORDINARY)) == REGISTERS and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

_VISA = D(2030, 8, 14)
NEAR = [
    ("near-fx", "How many yen would I get for 250 euros at the moment?", "live exchange rate"),
    (
        "near-live-price",
        "What does a gram of Spanish saffron cost in Madrid these days?",
        "live price",
    ),
    (
        "near-loan",
        "What would the monthly repayment be on a £240,000 mortgage?",
        "missing rate and term",
    ),
    ("near-pint", "How many millilitres are in 3 pints of milk?", "contested pint (US or UK)"),
    ("near-cup", "200 g of plain flour is how many cups?", "cup size and density contested"),
    ("near-today", "How many days is it until 5 November?", "depends on the current date"),
    (
        "near-age",
        "If I was born in the spring of 1983, how old am I?",
        "depends on the current date",
    ),
    ("near-lunisolar", "On what date does Chinese New Year fall in 2034?", "lunisolar calendar"),
    (
        "near-working-days",
        "How many working days are there between 3 March and 28 April 2031?",
        "public holidays depend on the country",
    ),
    ("near-month-end", "What date is one month after 31 January 2030?", "month arithmetic"),
    (
        "near-numeric-date",
        "How many days from 03/04/2030 to 05/06/2030?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-timezone",
        "If it's 9am in Denver, what time is it in Adelaide?",
        "time zones and seasonal clock changes",
    ),
    ("near-fault-code", "Our boiler is showing F28, what does that mean?", "a fault code"),
    ("near-flight", "Is BA 2490 running on time?", "a flight number, live status"),
    ("near-isbn", "Which book has the ISBN 978-0-14-118776-1?", "an ISBN"),
    (
        "near-road",
        "Is the M6 Toll worth paying for between Coleshill and Cannock?",
        "a road number, opinion",
    ),
    ("near-version", "Which is newer, Node 18.20 or Node 18.9?", "software versions, not decimals"),
    ("near-phone", "Whose helpline is 0800 1111?", "a phone number"),
    ("near-postcode", "Which building has the postcode SW1A 2AA?", "a postcode"),
    (
        "near-code-float",
        "What does print(0.1 + 0.2 == 0.3) print in Python, and why?",
        "code semantics",
    ),
    ("near-code-js", "In JavaScript, what do you get from [] + {} and why?", "code semantics"),
    (
        "near-code-int",
        "In C, what is 7 / 2 when both are ints, and what about -7 / 2?",
        "code semantics",
    ),
    ("near-height", "How high is Snowdon, in feet?", "a fact, then a conversion"),
    ("near-population", "Roughly how many people live in Reykjavik?", "a world fact"),
    (
        "near-science",
        "At what temperature does water boil on the summit of Everest?",
        "a science fact",
    ),
    ("near-tax", "How much income tax would I pay on £38,500 in Scotland?", "tax rules"),
    (
        "near-traffic",
        "How fast may a car towing a caravan go on a French autoroute?",
        "a traffic rule",
    ),
    ("near-dosing", "How much ibuprofen can I give a 4-year-old who weighs 16 kg?", "dosing"),
    ("near-size", "I'm a UK size 8 shoe, what's that in US women's sizes?", "a size chart"),
    (
        "near-estimate",
        "Roughly how many ping-pong balls would fill a family hatchback?",
        "an estimate",
    ),
    (
        "near-lottery",
        "What are my odds of hitting the Irish Lotto jackpot with one line?",
        "depends on the game's rules",
    ),
    ("near-missing", "Knock 18% off the sale price, what do I pay?", "missing figure"),
    ("near-missing-2", "Split the bill three ways, how much each?", "missing figure"),
    ("near-translate", "How do you say three hundred and twelve in Welsh?", "translation"),
    ("near-writing", "Write a limerick about a man who tried to divide by zero.", "writing"),
    ("near-title", "Who wrote Fahrenheit 451?", "a number in a title"),
    (
        "near-title-2",
        "Is 2001: A Space Odyssey worth watching on a laptop?",
        "a number in a title, opinion",
    ),
    ("near-title-3", "What is Adele's album '30' mostly about?", "a number in a title"),
    ("near-opinion", "Should I overpay a 4% loan or invest at 6%?", "opinion, advice"),
    ("near-ambiguous", "what is half of 8 plus 8", "ambiguous reading"),
    (
        "near-random",
        "Pick a random number between 1 and 50 for our raffle draw.",
        "a random choice",
    ),
    (
        "near-proof",
        "Prove there are infinitely many primes, in words a teenager can follow.",
        "a written proof",
    ),
    ("near-numerals", "Why don't Roman numerals have a zero?", "history of numerals"),
    (
        "near-advice-date",
        f"My visa expires on {sayw(_VISA)}. Should I apply for the extension now or wait?",
        "advice next to a date",
    ),
    ("near-lunisolar-2", "When is Diwali in 2032?", "lunisolar festival"),
    ("near-mpg", "My car does 48 mpg. What's that in litres per 100 km?", "contested mpg"),
    ("near-ton", "How many kilograms is 3 tons?", "contested ton"),
    ("near-gmt", "What time is noon GMT in New York on 10 July?", "seasonal clock change"),
    ("near-rate", "What's the European Central Bank deposit rate at the moment?", "current rate"),
    ("near-stock", "What's a single Nvidia share trading at?", "live price"),
    ("near-weather", "Will it be above 20 °C in Lisbon on Saturday?", "forecast"),
    ("near-letters", "How many letter r's are in the word strawberry?", "text, not arithmetic"),
    ("near-score", "What was the final score of the 1966 World Cup final?", "a sports fact"),
    ("near-recipe", "How long should I roast a 2.3 kg chicken?", "cooking advice"),
    ("near-nutrition", "How much protein is in 150 g of cooked chickpeas?", "nutrition fact"),
    (
        "near-history-date",
        "What day of the week was the Battle of Hastings fought on?",
        "needs the date and the Julian calendar",
    ),
    ("near-ip", "Is 192.168.1.300 a valid IP address?", "an identifier"),
    ("near-rule", "How many points is a drop goal worth in rugby league?", "a sports rule"),
    ("near-bedding", "How big is a king-size duvet in centimetres?", "sizes differ by country"),
    (
        "near-riddle",
        "A plane crashes on the border of France and Spain. Where do they bury the survivors?",
        "a riddle",
    ),
    (
        "near-serial",
        "If my fridge's serial number starts 21K, what year was it made?",
        "an identifier",
    ),
    ("near-verse", "Quote Psalm 23:4 for me.", "a Bible reference, not a ratio or time"),
    (
        "near-formation",
        "Is 4-3-3 or 4-4-2 better for a Sunday league side?",
        "a formation, not arithmetic",
    ),
    (
        "near-chance",
        "What are the chances it rains on my wedding day in August in Cork?",
        "an estimate",
    ),
    (
        "near-pregnancy",
        "If my due date is 12 March, how many weeks pregnant am I?",
        "depends on the current date",
    ),
]
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

_TERM = D(2031, 9, 1)
assert _TERM.weekday() == MON  # the turn calls it the first Monday of the school year
_KILN = D(2030, 6, 2)
CONVS = [
    (
        "conv-operator",
        [
            (U, "In this chat, a ⊕ b stands for a times b, plus a."),
            (A, "Got it."),
            (U, "Then what's 7 ⊕ 6?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-operator-2",
        [
            (U, "Here a ⊗ b is the larger of a and b, squared."),
            (A, "Understood."),
            (U, "3 ⊗ 8 then?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [(U, "Let h(x) = 3x - 7 for the rest of this conversation."), (A, "Okay."), (U, "h(12)?")],
        "function defined earlier",
    ),
    (
        "conv-letters",
        [(U, "Let p be 14 and q be 9."), (A, "Noted."), (U, "What's p times q plus q?")],
        "letters defined earlier",
    ),
    (
        "conv-letters-2",
        [
            (U, "x is the number of chairs, 26, and y is the number of tables, 7."),
            (A, "Okay."),
            (U, "Using x and y, how many chairs per table is that?"),
        ],
        "letters defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (
                U,
                "Heads up: I use a comma as the decimal separator, so 7,25 is seven and a quarter.",
            ),
            (A, "Understood."),
            (U, "Now add 4,6 and 0,85."),
        ],
        "decimal comma",
    ),
    (
        "conv-unit-defined",
        [
            (U, "On our site a 'bay' is 2.4 m of scaffold."),
            (A, "Okay."),
            (U, "How many metres do 13 bays make?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-base-out",
        [(U, "Answer everything in binary from now on."), (A, "Sure."), (U, "What is 13 + 9?")],
        "number base for the output",
    ),
    (
        "conv-base-in",
        [
            (U, "All the numbers I give you are hexadecimal."),
            (A, "Understood."),
            (U, "What is 1F plus 2A?"),
        ],
        "number base for the input",
    ),
    (
        "conv-roman",
        [
            (U, "Please reply only in Roman numerals."),
            (A, "Understood."),
            (U, "How much is 48 times 3?"),
        ],
        "Roman numerals",
    ),
    (
        "conv-persona",
        [
            (U, "You're a pirate for this chat. Stay in character."),
            (A, "Arr, aye!"),
            (U, "How far is 3 miles in metres?"),
        ],
        "persona",
    ),
    (
        "conv-persona-2",
        [
            (U, "Play a grumpy Victorian schoolmistress marking my sums, please."),
            (A, "Sit up straight, child."),
            (U, "156 shared between 12 pupils is?"),
        ],
        "persona",
    ),
    (
        "conv-language",
        [
            (U, "Ab jetzt bitte alle Antworten auf Niederländisch, nicht auf Englisch."),
            (A, "Goed."),
            (U, "what is 35 percent of 460 then"),
        ],
        "answer language",
    ),
    (
        "conv-verse",
        [
            (U, "Answer every question as a haiku."),
            (A, "Words in five, seven, five."),
            (U, "What is 9 times 7?"),
        ],
        "verse form",
    ),
    (
        "conv-format",
        [
            (U, "Give me answers as fractions, never decimals."),
            (A, "Okay."),
            (U, "What's 0.375 plus 1.25?"),
        ],
        "output format",
    ),
    (
        "conv-words",
        [
            (U, "From here on, spell every number in words, no digits at all."),
            (A, "Certainly."),
            (U, "What's 375 times 8?"),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [
            (U, "Round everything to the nearest hundred."),
            (A, "Will do."),
            (U, "What's 4,871 times 3?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "For the rest of this chat give distances in furlongs."),
            (A, "Okay."),
            (U, "How far is 5 km?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-target-unit-2",
        [(U, "Give all body weights in stone and pounds."), (A, "Will do."), (U, "What's 70 kg?")],
        "target unit fixed earlier",
    ),
    (
        "conv-currency",
        [
            (U, "I always want prices in Swiss francs."),
            (A, "Noted."),
            (U, "Add £45 and £30 for me."),
        ],
        "target currency fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "My dates are day.month.year, like 05.06.2030."),
            (A, "Understood."),
            (U, "What's 10 days after 03.07.2030?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "When you give dates, write them like 'the fourth of May'."),
            (A, "Understood."),
            (U, "What's 30 days after 9 March 2031?"),
        ],
        "date wording fixed earlier",
    ),
    (
        "conv-calendar",
        [
            (U, "On our fantasy world a year has 10 months of 36 days."),
            (A, "Okay."),
            (U, "How many days are there in 3 of our years?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, f"Our school counts week 1 as starting {sayw(_TERM)}."),
            (A, "Noted."),
            (U, "What date does week 12 start?"),
        ],
        "week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "Total this: 3 reams at £6.40."),
            (A, "That's £19.20."),
            (U, "Sorry, I meant 5 reams — redo it."),
        ],
        "correction of earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "We spent €120 on Monday and €85 on Tuesday."),
            (A, "Noted."),
            (U, "Summarise what I've told you so far."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-spread",
        [
            (U, "The hall holds 180."),
            (A, "Okay."),
            (U, "We've sold 124 tickets."),
            (A, "Noted."),
            (U, "How many are left?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-spread-money",
        [
            (U, "Rent is €840 a month."),
            (A, "Okay."),
            (U, "Split between me and two flatmates, what's my share?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-spread-date",
        [
            (U, f"The kiln was loaded on {say(_KILN)}."),
            (A, "Noted."),
            (U, "Firing takes 9 days. When does it finish?"),
        ],
        "date spread over turns",
    ),
    (
        "conv-judgement",
        [(U, "I paid £14 for 300 g of coffee beans."), (A, "Okay."), (U, "Was that a good deal?")],
        "judgement about earlier figures",
    ),
    (
        "conv-judgement-2",
        [
            (U, "Our bakery sold 40 loaves on Monday and 52 on Tuesday."),
            (A, "Nice."),
            (U, "Is that kind of growth sustainable?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-explain",
        [
            (U, "What's 12 × 15?"),
            (A, "180."),
            (U, "Explain how you got that, step by step, for my nine-year-old."),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "How many seconds are there in 2 hours?"),
            (A, "7,200."),
            (U, "And in the same number of days?"),
        ],
        "follow-up on an earlier turn",
    ),
    (
        "conv-recall",
        [(U, "My locker code is 4471."), (A, "Okay."), (U, "What did I say my locker code was?")],
        "recall of an earlier turn",
    ),
    (
        "conv-rewrite",
        [
            (U, "Write: 'Pay £35 by the 4th.'"),
            (A, "Pay £35 by the 4th."),
            (U, "Now make that sound friendlier."),
        ],
        "rewrite of an earlier turn",
    ),
]
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# ---- this set's own structural asserts
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 25 * 3 + 18 + 100, len(_in_regs)
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    assert sum(1 for i in items if i["label"] == _lab and i["family"] in REGISTERS) == 31, _lab
assert all(
    i["family"] in REGISTERS or i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative"
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
    # no register (family name) of this set is a family name of sets 19 to 52
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 52: {reused}"
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
