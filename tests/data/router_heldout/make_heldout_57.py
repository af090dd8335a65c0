r"""Generate heldout-2027-01-29.jsonl: a fifty-seventh held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_56.py, by `sed -n` with comma
ranges: lines 1-393 (its docstring, imports, configuration, helpers, calc() and the line P =
"plain"), 662-722 (its units section header, unit factors and asserts, f_to_c/c_to_f,
EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 877-961 (its datetime
section header, date helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts),
1169-1176 (its negatives section header, neg() and conv()) and 1896-2120 (its stated-weekday check,
its checks and main()). The ranges and the line count (2120) were given by the brief; a `wc -l` of
that file was nevertheless run once, in the same command as the `cat` of grading.py and a `mkdir
-p` of /tmp/h57 and /work/sealed57 (it printed 2120 and nothing else). None of its query blocks
(394-661, 723-876, 962-1168, 1177-1895) was opened. Nothing else under /work/main was opened or
listed: nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/
(apart from that one generator's allowed ranges), not README.md and not pyproject.toml (ruff's line
length of 100 was taken from the brief). The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor any other
/work/sealed* directory was listed or opened, and /work/sealed57 itself was not listed. The earlier
generators (sets 1-56) are only imported, in memory, by this file's main() for the duplicate and
register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` of its family
counts and its --show listing of ids, expected values and tolerances were read), no git command was
run, no network and no search tool was used, and neither the router nor the bench nor the tests
were run.

What was run: the `cat` of grading.py with the `wc -l` above; then `sed -n 1,393p` alone; `sed -n`
of 662,722, 877,961 and 1169,1176 together with `echo` separators (from /tmp/h57); `sed -n
1896,2120p` alone. Then, in one command, `mkdir -p` of /tmp/h57/blocks and /tmp/h57/own, `sed -n`
copies of the same five allowed ranges into raw files under /tmp/h57/blocks/ and one run of
/tmp/h57/subst.py (written by a `cat` heredoc) that cuts the first copy at the line that is exactly
`from __future__ import annotations` (asserted to be the only such whole line, so not the words
inside set 56's docstring), substitutes this set's OUT, PREFIX, EARLIER_DIR test
(make_heldout_56.py), EARLIER (sets 1-56, `range(2, 57)`) and REGISTER_CHECK (sets 19-56, adding
make_heldout_56.py), and "sets 19 to 55" -> "sets 19 to 56" in one comment and one message string
of main() (each substitution asserted to apply once, the last twice; it printed "ok" for each and
deleted the raw copies), followed by `ls` of the blocks and a `grep -n` of them for "55", "56",
"57" and "19 to" (it printed only configuration lines, two unit-factor lines, four lines of main()
containing sha256, and the two substituted lines of main()). Then `cat` heredocs wrote this set's
own blocks under /tmp/h57/own/: a_calc.py (registers and calculator items), b_units.py (unit
constants and unit items), c_dates.py (date items; in the same command a one-line Python `-c`
printed that two week spans are whole weeks and the weekday number of the narrowboat pick-up date),
d_negs.py (ordinary negatives), e_near.py (near-positive negatives; in the same command a one-line
Python `-c` printed the weekday number of the wedding date) and f_convs.py (conversations and this
set's own structural asserts), then, in the command that wrote f_convs.py, an assembly script
/tmp/h57/assemble.py (it builds this file from /tmp/h57/doc.txt, or a one-line placeholder, and the
blocks in order, and prints its line count) and a helper /tmp/h57/run.sh (it runs assemble.py, then
from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
check --no-cache` on this file, writing the latter's output to /tmp/h57/ruff.txt and printing its
`tail -3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h57/out.txt, and prints the exit codes and the `tail -6` of it), and run.sh was run. Edits
after failed checks (listed below) were made by two Python scripts on standard input and by
/tmp/h57/fix_regs.py and /tmp/h57/reword1.py (written by `cat` heredocs), all exact, asserted-once
replacements in the own blocks (fix_regs.py also renamed five register constants by whole-word
regular expressions), each followed by run.sh. Also run: one `grep -n` of the own blocks for the
five rejected registers' constants (cut to 60 columns) before fix_regs.py, and one `grep -n` of the
own blocks for words of the rejected trades after it (it printed nothing). ruff format printed
nothing and ruff check passed on every run. Then run.sh with --show once (its output discarded), a
`sed -n 1,3p` of out.txt for its summary lines, a `grep -c` of the listed ids and a listing of the
ids, expected values and tolerances (a `grep` of out.txt laid out by `awk` and `column -t`). This
docstring was written last over the placeholder: its source text, /tmp/h57/doc/doc_src.txt, written
by a `cat` heredoc, was filled to 99 columns by /tmp/h57/doc/make_doc.py (written by a `cat`
heredoc; it uses textwrap, keeps the lines marked as preformatted and asserts that the words are
unchanged and that every register value of a_calc.py is named) into /tmp/h57/doc.txt, after the
source had been edited by /tmp/h57/doc/edit1.py (exact, asserted-once replacements, written by a
`cat` heredoc: it added the missing cider_press_orchard_barn to the list of registers, reworded the
sentence about ruff, and replaced one clause with itself, a no-op); a second such edit,
/tmp/h57/doc/edit2.py, added this account of edit1.py and edit2.py, and the docstring was filled
again; then run.sh, a `head -3` of this file, two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` of the JSONL and a `sed -n` of out.txt's three summary lines;
finally `rm -rf /tmp/h57`. Writes: /work/sealed57/ was created for this file and its JSONL;
temporary blocks, scripts and output under /tmp/h57/ were deleted afterwards. Nothing was written
into /work/main. Every python run above used /work/main/.venv/bin/python.

Changes to set 56's main() and checks: only the substitutions listed above (file names, sets 1-56
for the duplicate check, sets 19-56 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 56's as printed; ruff format may have changed layout only. All
of set 56's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (used by two date items), unit_r() with
close_enough_at_2dp(), whole_up() (not used by this set's items), say() (used through sayw() and
directly in one conversation turn), sayw(), sayus() (not used here), and SQFT/SQYD/CUFT. Added,
newly written: MM, CM, KM, G, CUM, SQM and HA (with an assert on CUFT and SQFT), the register
constants and the REGISTERS tuple (sorted by value, asserted 25 and distinct), the ORDINARY, NEAR
and CONVS tables, dates stated with their computed weekday by sayw() in one positive (_PICKUP,
asserted a Saturday) and in one near-positive, an assert that the square-root one-liner's radicand
is a perfect square, and this set's own asserts: the ORDINARY negatives are keyed by exactly the
REGISTERS, four each; NEAR has 65 entries and CONVS 35, each with distinct families; the positive
registers are exactly the REGISTERS; 193 items lie in the registers (25 x 3 positives, 18 second
positives, 100 negatives), 31 register word problems per tool; every negative outside the registers
is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 56's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 56's, copied (P = "plain" is copied too, as the
last line of the first block). Set 56's docstring (within lines 1-393) names its 25 registers, one
rejected register name, its provenance, its reworded kinds of items and the generic kinds of its
items, which were therefore seen; none of those registers' names or trades is used here as a
register, and many plain one-liners, near-positives and conversations here are of those same
generic kinds (for instance an operator, a decimal comma, a persona, a fault code, a contested
reading, implied multiplication, a weekday of a historical event, a number in a title), newly
worded. At the edges of the allowed ranges: line 393 is P = "plain", 662, 877 and 1169 are section
headers, 722 is a blank line after unit_r(), 961 is the assert after sayus(), 1176 is the last line
of conv(), 1896-1902 hold the comment and the compiled pattern of the stated-weekday check and 2120
is the call of main(). No query text of any earlier set was seen. Every query here was newly
written from imagination of each trade or situation. Registers of sets 1 to 18 are not known here,
so an overlap in TOPIC with those cannot be ruled out; nor can an overlap in topic with sets 19 to
56 under other family names. An exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 56 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question (symbolic math with one right answer is a tool question, so
none is labelled negative; the only proof asked for is a written proof of a known theorem).
Conversations that define an operator, a function, letters, a name for a number, swapped signs,
clock arithmetic, a unit, an input or output base, shorthand for thousands and millions or modular
arithmetic are negatives because the notation is set up in an earlier turn; one conversation
spreads its figures over three user turns. Some near-positives depend on the current date (days
until Valentine's Day, an age from a birth month); one asks for "one month after" the 31st, one for
business days between stated dates, one uses all-numeric dates of unstated order, one asks the
weekday of a historical event (its date is a fact), one asks when the clocks go forward; they are
negatives, with no "now" field. Two negatives ask what a short piece of code returns or why (code
semantics). One near-positive is a negative for its contested reading (implied multiplication), not
as symbolic math. Near-positives ask for conversions in gallons, cups, tons, mpg, horsepower, fluid
ounces and nautical miles, and for cat years (left out of positives as contested).

Register check (failed once): the third complete run (after two unit fixes below) reached the
register assertion, which rejected five register names, which are therefore known to be family
names of some sets among 19 to 56 (which sets is not known): organ_pipe_voicer_workshop,
stained_glass_leadlight_studio, piano_tuner_round_diary, chimney_sweep_booking_book and
circus_aerial_rigging_crew. fix_regs.py replaced each with another trade (not a renaming of the
same trade): sailmaker_loft_canvas_orders, knife_grinder_mobile_sharpening,
velodrome_track_cycling_coach, coracle_maker_river_workshop and stonemason_headstone_letter_cutter,
rewording their positives and newly writing their four ordinary negatives each. Calculator word
problems keep their figures and arithmetic in the new trades' stories (sailmaker, velodrome,
coracle and the coracle's second problem), except knife grinder and stonemason, whose figures and
arithmetic are new; unit word problems keep their figures for the sailmaker (16 ft) and coracle (6
inches), while the knife grinder (now inches to cm, exact), the velodrome (now kg to stone) and the
stonemason (now 28 inches to cm, exact, instead of 28 ft to metres) are new; date word problems
keep their dates and arithmetic (including the velodrome's second one). The next run passed the
register check, and so did every later run.

Other failed checks and edits: the first run failed unit_r()'s two-decimal assertion on a
glassblowing unit problem (3.5 lb to kg), changed by a Python script on standard input to 6 lb; the
next run failed the same assertion on a cider-orchard unit problem (7.5 acres to hectares), changed
by a second such script to 12 acres. After the register fix, main()'s duplicate check reported 16
items by id; they were reworded by reword1.py without the earlier queries being looked at: one
plain calculator one-liner (a mean; new figures), four plain unit one-liners (kg to pounds, feet
and inches to cm, square metres to square feet, km/h to mph; new figures), seven near-positives
(all-numeric dates with new dates, A4 paper replaced by A5, lottery odds, a Python float comparison
replaced by a string-encoding length, a raffle pick, the Shard's height replaced by a bridge span,
the Titanic's weekday replaced by the first FA Cup final's) and four conversations (day-first
dates, answer in French, hexadecimal output, recall of a number; all their user turns newly
worded). The next run passed every check, and so did every later run.

Registers (families), 25, new: bell_ringing_tower_captain_log, cheese_cave_affinage_cellar,
cider_press_orchard_barn, coracle_maker_river_workshop, cricket_bat_willow_pod_maker,
dry_stone_waller_field_gang, escape_room_game_master_desk, farrier_shoeing_round_book,
fireworks_display_firing_crew, glassblower_hot_shop_bench, hot_air_balloon_pilot_ops,
ice_rink_resurfacing_rota, knife_grinder_mobile_sharpening, letterpress_jobbing_printer,
locksmith_emergency_callout_van, model_railway_club_exhibition, narrowboat_hire_base_desk,
oyster_farm_tidal_trestles, puppet_theatre_touring_van, saddlery_leather_tack_workshop,
sailmaker_loft_canvas_orders, stonemason_headstone_letter_cutter, thatcher_water_reed_yard,
velodrome_track_cycling_coach, violin_luthier_repair_bench. Every register is used by all three
tools (asserted); eighteen registers have a further positive (a second calculator word problem:
letterpress_jobbing_printer, escape_room_game_master_desk, oyster_farm_tidal_trestles,
cider_press_orchard_barn, fireworks_display_firing_crew, coracle_maker_river_workshop; a second
unit word problem: hot_air_balloon_pilot_ops, glassblower_hot_shop_bench,
oyster_farm_tidal_trestles, cider_press_orchard_barn, fireworks_display_firing_crew,
ice_rink_resurfacing_rota; a second date word problem: velodrome_track_cycling_coach,
oyster_farm_tidal_trestles, hot_air_balloon_pilot_ops, cider_press_orchard_barn,
fireworks_display_firing_crew, ice_rink_resurfacing_rota). Positives are one-liners (family
"plain") or word problems of one to three sentences, in UK and US usage with £, $ or €, some
chatty, terse, lower-case or in shorthand, a few with numbers in words, questions at the start or
the end. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower,
calories, nautical miles, fluid ounce, cat years), today's date or an age without a stated date,
lunar and lunisolar festivals, working days, month arithmetic from the 31st, an all-numeric date of
unstated order, time zones, daylight saving, identifiers that look like numbers (a flight, an ISBN,
a phone number, a postcode, an IP address, software versions, a road number, a formation, chess
notation, a serial number, a fault code, a colour code, a nominal size, a paper size), code
semantics, world, science or sports facts, nutrition, tax rules, traffic rules, speed enforcement,
dosing, a size chart, an oven convention, an estimate, lottery odds, missing prevalence, a
translation, a writing task, a number in a title, an opinion, a contested reading, a random choice,
a written proof, an explanation, the history of numerals, a riddle, letters in a word, a forecast,
a historical price, an opinion about a stated date, the weekday of a historical event; or, in
conversations, an operator, function, letters or a name defined earlier, swapped signs, clock
arithmetic, a decimal comma, a unit defined earlier, a number base (input or output), Roman
numerals, a persona, answer language, verse form, output format, rounding, precision, target unit,
a fixed currency rate or date order fixed earlier, date wording, fraction form, an invented
calendar, a week numbering, a correction, summary, rewrite, follow-up explanation or recall of
earlier turns, figures spread over turns, a result from an earlier turn, a judgement about earlier
figures, advice about a date given earlier, modular arithmetic or shorthand defined earlier. The
ordinary negatives ask for advice, explanations, judgements, rules, facts or writing in each
register's setting.

Left out of positives entirely (their grading is contested), as in set 56: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as N days or weeks after, later or before a stated date, a stated
start plus a duration in nights, "days between", "how many days from ... to ...", "how many weeks
from ... to ...", "every N weeks" counted from a stated first date, the second Sunday or last
Friday of a stated month and year), ages are in whole years from a stated birth, planting,
founding, casting or thatching date to a stated date, and clock spans run from one stated time to
the next occurrence of the other (three cross midnight, each saying "next morning"). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime /
math.isqrt. Exact conversion factors (sources as in set 56):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 h = 3600 s; 1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_57.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-29.jsonl"
PREFIX = "ho57-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_56.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 57))
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


# =========================================================================== registers
SAILS = "sailmaker_loft_canvas_orders"
KNIVES = "knife_grinder_mobile_sharpening"
TRACK = "velodrome_track_cycling_coach"
THATCH = "thatcher_water_reed_yard"
FARRIER = "farrier_shoeing_round_book"
WALLER = "dry_stone_waller_field_gang"
BOAT = "narrowboat_hire_base_desk"
HOTSHOP = "glassblower_hot_shop_bench"
PRESS = "letterpress_jobbing_printer"
ESCAPE = "escape_room_game_master_desk"
PUPPET = "puppet_theatre_touring_van"
OYSTER = "oyster_farm_tidal_trestles"
BATS = "cricket_bat_willow_pod_maker"
LUTHIER = "violin_luthier_repair_bench"
BALLOON = "hot_air_balloon_pilot_ops"
CIDER = "cider_press_orchard_barn"
RINK = "ice_rink_resurfacing_rota"
CORACLE = "coracle_maker_river_workshop"
RAILWAY = "model_railway_club_exhibition"
MASON = "stonemason_headstone_letter_cutter"
LOCKS = "locksmith_emergency_callout_van"
SADDLE = "saddlery_leather_tack_workshop"
BELLS = "bell_ringing_tower_captain_log"
FIREWORKS = "fireworks_display_firing_crew"
CHEESE = "cheese_cave_affinage_cellar"
REGISTERS = tuple(
    sorted(
        (
            SAILS,
            KNIVES,
            TRACK,
            THATCH,
            FARRIER,
            WALLER,
            BOAT,
            HOTSHOP,
            PRESS,
            ESCAPE,
            PUPPET,
            OYSTER,
            BATS,
            LUTHIER,
            BALLOON,
            CIDER,
            RINK,
            CORACLE,
            RAILWAY,
            MASON,
            LOCKS,
            SADDLE,
            BELLS,
            FIREWORKS,
            CHEESE,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# plain one-liners
calc(P, "what's 17.5% of 2,384?", pct("17.5") * 2384)
_ROOT = 7921
assert math.isqrt(_ROOT) ** 2 == _ROOT
calc(P, f"square root of {_ROOT:,}", math.isqrt(_ROOT))
calc(P, "(46.8 - 19.35) * 12", (dec("46.8") - dec("19.35")) * 12)
calc(P, "2^13 minus 777", 2**13 - 777)
calc(P, "Divide 9,471 by 0.25.", F(9471) / dec("0.25"))
calc(P, "work out three eighths of 1,736", F(3, 8) * 1736)
calc(P, "What is 64.5 times 38?", dec("64.5") * 38)
calc(P, "1,046 + 3,877 + 509 - 2,212 =", 1046 + 3877 + 509 - 2212)
calc(P, "seven hundred and twenty divided by sixteen", F(720, 16))
calc(P, "calc 0.065 x 4400", dec("0.065") * 4400)
calc(P, "What number is 240% of 85?", pct(240) * 85)
calc(P, "increase 1,250 by 8.4 percent", 1250 * (1 + pct("8.4")))
calc(P, "average of 17, 26, 38, 44 and 55 please", F(17 + 26 + 38 + 44 + 55, 5))
calc(P, "(12.6 + 7.9) / 4.1", (dec("12.6") + dec("7.9")) / dec("4.1"))

# register word problems
calc(
    SAILS,
    "Restitching 61 panels on a tired mainsail at £14.75 a panel, plus £320 to collect and "
    "deliver. What's the total before VAT?",
    61 * dec("14.75") + 320,
)
calc(
    KNIVES,
    "sharpened 48 chef's knives at £6.50 and 12 serrated ones at £8 at the market, diesel for the "
    "van was £37. what did i clear",
    48 * dec("6.5") + 12 * 8 - 37,
)
calc(
    TRACK,
    "I coach 5 track sessions a day at $140 each, four days a week, and the velodrome keeps 12%. "
    "What do I clear in a week?",
    5 * 140 * 4 * (1 - pct(12)),
)
calc(
    THATCH,
    "Roof needs 2,350 bundles of water reed and there are 1,480 in the yard. The rest come at "
    "£3.85 a bundle delivered - how much to order the shortfall?",
    (2350 - 1480) * dec("3.85"),
)
calc(
    FARRIER,
    "full sets £95, trims £38. did 14 full sets and 23 trims on the round, steel and nails came to "
    "£210. whats my profit",
    14 * 95 + 23 * 38 - 210,
)
calc(
    WALLER,
    "146 metres of wall at £68 a metre, take off £1,100 for hauling the stone, then split four ways "
    "between the gang. How much each?",
    F(146 * 68 - 1100, 4),
)
calc(
    BOAT,
    "Nine boats out for 7 nights at £165 a night, but three of those bookings had 15% off for "
    "booking early. What's the total hire income?",
    9 * 7 * 165 - 3 * 7 * 165 * pct(15),
)
calc(
    HOTSHOP,
    "Our glory hole and furnace pull 42 kWh an hour between them, 10 hours a day, 6 days. At 27.5p "
    "a kWh what's the week's electric in pounds?",
    42 * 10 * 6 * dec("0.275"),
)
calc(
    PRESS,
    "180 wedding invitations, two colours so two passes each, and the Heidelberg windmill does 450 "
    "impressions an hour. How many hours on press?",
    F(180 * 2, 450),
)
calc(
    ESCAPE,
    "we've got 6 rooms, each booked 5 times a day, $34 a player, average 4.5 players a booking. "
    "gross per day?",
    6 * 5 * 34 * dec("4.5"),
)
calc(
    PUPPET,
    "23 shows on the spring tour, average 140 tickets at £9.50, and venues keep 35% of the box "
    "office. What's the company's share?",
    23 * 140 * dec("9.5") * (1 - pct(35)),
)
calc(
    OYSTER,
    "38 trestles, 9 bags on each, 120 oysters a bag, and we lose about 5% over winter. "
    "How many oysters should survive?",
    38 * 9 * 120 * (1 - pct(5)),
)
calc(
    BATS,
    "Bought 240 clefts of willow at £46 each and 20% got rejected at grading. "
    "What did each usable cleft really cost?",
    F(240 * 46) / (240 * (1 - pct(20))),
)
calc(
    LUTHIER,
    "Youth orchestra invoice: 8 bow rehairs at £65, 3 new bridges at £120 and 11 soundpost "
    "adjustments at £35, less their 10% discount. Total?",
    (8 * 65 + 3 * 120 + 11 * 35) * (1 - pct(10)),
)
calc(
    BALLOON,
    "Basket takes 16 passengers at £229 a head. We schedule 3 flights a week for 28 weeks and "
    "weather scrubs a quarter of them. Season revenue?",
    3 * 28 * F(3, 4) * 16 * 229,
)
calc(
    CIDER,
    "pressed 3,600 kg of apples, juice yield 65% by weight, call a kilo of juice a litre. how many "
    "750 ml bottles will that fill?",
    3600 * pct(65) / dec("0.75"),
)
calc(
    RINK,
    "Each flood uses 450 litres, 11 floods a day, 7 days, and water is 0.3p a litre. "
    "Weekly water bill in pounds?",
    450 * 11 * 7 * dec("0.003"),
)
calc(
    CORACLE,
    "Coracle-building course is $185 a place, 6 places a day for 4 days but two cancelled, and "
    "the ash laths cost $96. What's the net?",
    (6 * 4 - 2) * 185 - 96,
)
calc(
    RAILWAY,
    "Show gate: 1,850 adults at £8 and 420 children at £4. Hall hire was £2,600 and insurance £385. "
    "What's the surplus?",
    1850 * 8 + 420 * 4 - 2600 - 385,
)
calc(
    MASON,
    "Letter cutting is £4.50 a letter and the inscription runs to 136 letters, plus £280 to "
    "prepare and polish the stone. What's the quote?",
    136 * dec("4.5") + 280,
)
calc(
    LOCKS,
    "Lockout job: $95 call-out, $68 an hour for 2.75 hours, parts $43.50, and the 25% after-hours "
    "surcharge goes on the labour only. What do I bill?",
    95 + 68 * dec("2.75") * F(5, 4) + dec("43.5"),
)
calc(
    SADDLE,
    "Each bridle takes 3.2 m of strap at £11.40 a metre plus £27 in buckles and keepers. "
    "Cost of materials for 15 bridles?",
    (dec("3.2") * dec("11.4") + 27) * 15,
)
calc(
    BELLS,
    "a full peal of Grandsire Triples is 5,040 changes. if the band rings 28 changes a minute, "
    "how many minutes is that?",
    F(5040, 28),
)
calc(
    FIREWORKS,
    "Display costs: 1,400 shells at £6.25, 36 cakes at £84, and 7 crew at £150 each. "
    "We quote cost plus 30%. What's the quote?",
    (1400 * dec("6.25") + 36 * 84 + 7 * 150) * dec("1.3"),
)
calc(
    CHEESE,
    "Wheels go down at 24 kg and lose 18% in the cave. At £32 a kilo, "
    "what do 45 matured wheels fetch?",
    24 * (1 - pct(18)) * 45 * 32,
)
# second calculator word problems
calc(
    PRESS,
    "500 sheets of cotton stock, each cut into 4 cards, and we expect 6% of the cards spoiled. "
    "How many good cards?",
    500 * 4 * (1 - pct(6)),
)
calc(
    ESCAPE,
    "how much is my weekly pay: 32 hours at $18.50 plus a $2 bonus for every group that escapes, "
    "and 41 got out",
    32 * dec("18.5") + 2 * 41,
)
calc(
    OYSTER,
    "Sold 2,400 dozen to restaurants at €7.20 a dozen and 15,600 singles at the market for €0.85 "
    "each. The wholesaler takes 9% of the restaurant sales only. What's left?",
    2400 * dec("7.2") * (1 - pct(9)) + 15600 * dec("0.85"),
)
calc(
    CIDER,
    "Farm shop sold 1,240 bottles at £4.80 and 310 bag-in-boxes at £26. Stall fees at the shows "
    "were £640. Net takings?",
    1240 * dec("4.8") + 310 * 26 - 640,
)
calc(
    FIREWORKS,
    "Each cue needs 1.8 m of firing wire and we've 64 cues. Three 50 m reels on the truck - "
    "how many metres left over?",
    3 * 50 - 64 * dec("1.8"),
)
calc(
    CORACLE,
    "Four coracles each need 2.4 metres of tarred canvas at £58.75 a metre and a paddle at £39. "
    "What's the materials total?",
    4 * (dec("2.4") * dec("58.75") + 39),
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
G = F(1, 1000)  # kg
CUM = F(1)  # m^3
SQM = F(1)  # m^2
HA = F(10**4)  # m^2
assert CUFT == dec("0.028316846592") and SQFT == dec("0.09290304")

# plain one-liners
unit_r(P, "73.5 kg into lb", dec("73.5") / LB)
unit_r(P, "37.5 miles in km?", dec("37.5") * MI / KM)
unit(P, "17.4 °C in Fahrenheit", c_to_f(dec("17.4")), EXACT)
unit(P, "what is -7.6 °F in celsius", f_to_c(dec("-7.6")), EXACT)
unit(P, "what's 4 ft 10 in in cm", (4 * FT + 10 * IN) / CM, EXACT)
unit_r(P, "11 stone 4 lb in kg", (11 * STONE + 4 * LB))
unit(P, "How many MiB are in 2.75 GiB?", dec("2.75") * GIB / MIB, EXACT)
unit_r(P, "48 psi to bar", 48 * PSI / BAR)
unit_r(P, "47 square metres to square feet", 47 * SQM / SQFT)
unit_r(P, "Convert 3.6 hectares to acres.", dec("3.6") * HA / ACRE)
unit_r(P, "850 mm in inches", 850 * MM / IN)
unit_r(P, "135 km/h in mph", 135 * KMH / MPH)
unit_r(P, "19 oz to grams", 19 * OZ / G)
unit_r(P, "6,200 yards is how many kilometres", 6200 * YD / KM)

# register word problems
unit_r(
    SAILS,
    "The boom on this sloop is 16 ft long. How long is that in metres for the sail plan?",
    16 * FT,
)
unit(
    KNIVES,
    "butcher's cleaver has an 8.5 inch blade. what's that in cm",
    dec("8.5") * IN / CM,
    EXACT,
)
unit_r(
    TRACK,
    "The gearing chart wants rider weight in stone and she's 64 kg. What's that in stone?",
    64 / STONE,
)
unit_r(
    THATCH,
    "Cottage ridge runs 38 ft end to end and the block ridge pattern is priced per metre. "
    "How many metres is the ridge?",
    38 * FT,
)
unit(
    FARRIER,
    "pony's front hoof measures 4.75 inches across. in mm please",
    dec("4.75") * IN / MM,
    EXACT,
)
unit_r(
    WALLER,
    "The farmer says the gap is about 60 square yards of wall face. What's that in square metres?",
    60 * SQYD,
)
unit_r(
    BOAT,
    "Canal speed limit is 4 mph. Hirers from abroad keep asking - what is it in km/h?",
    4 * MPH / KMH,
)
unit_r(
    HOTSHOP,
    "Annealer holds at 960 °F overnight. What's that in Celsius for the visiting artist?",
    f_to_c(960),
)
unit_r(
    PRESS,
    "Type-high is 0.918 inch. How many millimetres is that?",
    dec("0.918") * IN / MM,
)
unit_r(
    ESCAPE,
    "new room upstairs is 14 ft by 11 ft. what is that in square metres for the fire risk form",
    14 * 11 * SQFT,
)
unit_r(
    PUPPET,
    "Van's payload is 1,150 kg and the set plus crates is listed in pounds. "
    "What's the payload in lb?",
    1150 / LB,
)
unit(
    OYSTER,
    "Water at the trestles was 11.5 °C on the spring tides. What's that in °F?",
    c_to_f(dec("11.5")),
    EXACT,
)
unit_r(
    BATS,
    "Customer wants a 2 lb 9 oz bat. What does that weigh in grams?",
    (2 * LB + 9 * OZ) / G,
)
unit_r(
    LUTHIER,
    "Vibrating string length on this viola is 328 mm; the old label is in inches. "
    "How many inches is 328 mm?",
    328 * MM / IN,
)
unit_r(
    BALLOON,
    "Envelope is 105,000 cubic feet. What's that in cubic metres for the insurer?",
    105000 * CUFT / CUM,
)
unit_r(
    CIDER,
    "keg regulator's set to 2.2 bar, the new line gauge reads psi. what should it show",
    dec("2.2") * BAR / PSI,
)
unit(
    RINK,
    "We keep the ice at 1.25 inches thick. How many centimetres is that?",
    dec("1.25") * IN / CM,
    EXACT,
)
unit(
    CORACLE,
    "The seat board is 6 inches wide. What's that in millimetres for the drawing?",
    6 * IN / MM,
    EXACT,
)
unit_r(
    RAILWAY,
    "The exhibition hall is advertised as 2,400 sq ft. How many square metres of floor is that?",
    2400 * SQFT,
)
unit(
    MASON,
    "Family wants a headstone 28 inches tall. How many centimetres is that?",
    28 * IN / CM,
    EXACT,
)
unit_r(
    LOCKS,
    "The callout's 18 miles out of town. How far is that in kilometres?",
    18 * MI / KM,
)
unit(
    SADDLE,
    "Horse's girth measured 48 inches; the pattern is metric. How many cm?",
    48 * IN / CM,
    EXACT,
)
unit_r(
    BELLS,
    "Our tenor weighs 1,230 kg according to the foundry. How much is that in pounds?",
    1230 / LB,
)
unit(
    FIREWORKS,
    "Minimum spectator distance on the plan is 150 yards. What is that in metres?",
    150 * YD,
    EXACT,
)
unit_r(
    CHEESE,
    "The cave runs at 54 °F. What's that in Celsius?",
    f_to_c(54),
)
# second unit word problems
unit(
    BALLOON,
    "Vario shows 700 ft per minute climb. Convert that to metres per second.",
    700 * FT / 60,
    EXACT,
)
unit_r(
    HOTSHOP,
    "a gather for the big vase is about 6 lb of glass, how many kilos is that",
    6 * LB,
)
unit_r(
    OYSTER,
    "Work boat cruises at 14 km/h out to the lease. What's that in mph?",
    14 * KMH / MPH,
)
unit_r(
    CIDER,
    "The orchard is 12 acres. How many hectares is that for the grant form?",
    12 * ACRE / HA,
)
unit(
    FIREWORKS,
    "We're firing 4 inch shells. What's that calibre in mm?",
    4 * IN / MM,
    EXACT,
)
unit_r(
    RINK,
    "Pad is 200 ft by 85 ft. How many square metres of ice is that?",
    200 * 85 * SQFT,
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


# plain one-liners
date_item(P, "What day of the week is 23 August 2041?", weekday(D(2041, 8, 23)))
date_item(P, "days between 3 March 2029 and 17 October 2029", days(D(2029, 3, 3), D(2029, 10, 17)))
date_item(P, "what date is 250 days after 12 January 2031", D(2031, 1, 12) + TD(days=250))
date_item(P, "Which date is 9 weeks before 6 June 2032?", D(2032, 6, 6) - TD(weeks=9))
_W0 = D(2034, 2, 2)
date_item(P, "how many weeks from 2 February 2034 to 11 May 2034", weeks(_W0, D(2034, 5, 11)))
date_item(P, "which weekday is July 4, 2036?", weekday(D(2036, 7, 4)))
date_item(P, "add 1000 days to 15 September 2027", D(2027, 9, 15) + TD(days=1000))
date_item(P, "What's the date of the second Sunday of May 2033?", nth_weekday(2033, 5, SUN, 2))
date_item(P, "How many days from 30 Nov 2030 to 1 Mar 2031?", days(D(2030, 11, 30), D(2031, 3, 1)))
date_item(P, "date of the last Friday in October 2035", nth_weekday(2035, 10, FRI, -1))
date_item(P, "how many hours between 06:40 and 22:10", clock_span("06:40", "22:10", 3600))
date_item(P, "Minutes from 23:35 to 02:05 the next morning?", clock_span("23:35", "02:05", 60))
date_item(
    P,
    "someone born 29 August 1987 - how old are they on 1 June 2040?",
    age(D(1987, 8, 29), D(2040, 6, 1)),
)
date_item(P, "45 days before 10 March 2029 is what date", D(2029, 3, 10) - TD(days=45))

# register word problems
date_item(
    SAILS,
    "The genoa repair starts 14 April 2031 and we've allowed 38 days. "
    "What date should it be ready (38 days after the start)?",
    D(2031, 4, 14) + TD(days=38),
)
date_item(
    KNIVES,
    "The hotel kitchen contract started on 9 September 2028 and comes up for renewal "
    "26 weeks later. Which date is that?",
    D(2028, 9, 9) + TD(weeks=26),
)
date_item(
    TRACK,
    "I run a track accreditation course every 13 weeks, the first on 7 January 2030. "
    "What's the date of the fourth course?",
    D(2030, 1, 7) + TD(weeks=13 * 3),
)
date_item(
    THATCH,
    "Owner says the roof was last thatched on 20 June 1998. How old is the thatch, in whole years, "
    "on 1 October 2031?",
    age(D(1998, 6, 20), D(2031, 10, 1)),
)
date_item(
    FARRIER,
    "shod her on 3 March 2029, she goes every 6 weeks. date of the third reshoe after that?",
    D(2029, 3, 3) + TD(weeks=18),
)
date_item(
    WALLER,
    "We started the boundary wall on 16 May 2030 and finished on 22 August 2030. "
    "How many days between those dates?",
    days(D(2030, 5, 16), D(2030, 8, 22)),
)
_PICKUP = D(2030, 5, 25)
assert _PICKUP.weekday() == SAT
date_item(
    BOAT,
    f"Family picking up on {sayw(_PICKUP)} for 11 nights - what date do they bring the boat back?",
    _PICKUP + TD(days=11),
)
date_item(
    HOTSHOP,
    "Open studio night is 31 October 2029. What day of the week does that fall on?",
    weekday(D(2029, 10, 31)),
)
date_item(
    PRESS,
    "Wedding's on 12 September 2031 and the invitations need to go out 10 weeks before. "
    "What date is that?",
    D(2031, 9, 12) - TD(weeks=10),
)
date_item(
    ESCAPE,
    "late session: first group in at 19:45, last group out at 00:20 next morning. "
    "how many minutes is that",
    clock_span("19:45", "00:20", 60),
)
date_item(
    PUPPET,
    "The spring tour runs from 2 February 2032 to 19 April 2032. How many days is that?",
    days(D(2032, 2, 2), D(2032, 4, 19)),
)
date_item(
    OYSTER,
    "Spat went on the trestles on 1 August 2028. If they reach market size 540 days later, "
    "what date is that?",
    D(2028, 8, 1) + TD(days=540),
)
date_item(
    BATS,
    "That willow was planted on 12 March 2014 and felled on 5 November 2031. "
    "How old was it in whole years?",
    age(D(2014, 3, 12), D(2031, 11, 5)),
)
date_item(
    LUTHIER,
    "Cello came in for a neck reset on 4 December 2029 and I promised it 75 days later. "
    "Which date did I promise?",
    D(2029, 12, 4) + TD(days=75),
)
date_item(
    BALLOON,
    "Morning flight window is 05:50 to 08:35. How many hours is that?",
    clock_span("05:50", "08:35", 3600),
)
date_item(
    CIDER,
    "racked the dry cider on 30 October 2030, bottling 21 weeks after. what date do we bottle",
    D(2030, 10, 30) + TD(weeks=21),
)
date_item(
    RINK,
    "Season opens 27 September 2031 and the ice comes out 12 April 2032. "
    "How many days from opening to closing?",
    days(D(2031, 9, 27), D(2032, 4, 12)),
)
date_item(
    CORACLE,
    "What day of the week is 5 November 2030? Want to know if the river race is on a weekend.",
    weekday(D(2030, 11, 5)),
)
date_item(
    RAILWAY,
    "Club was founded on 17 February 1962. How old is it in whole years at the show on "
    "9 March 2030?",
    age(D(1962, 2, 17), D(2030, 3, 9)),
)
date_item(
    MASON,
    "We finish one panel of the war memorial every 3 weeks, the first on 8 January 2031. "
    "When's the sixth panel done?",
    D(2031, 1, 8) + TD(weeks=3 * 5),
)
date_item(
    LOCKS,
    "call came in at 21:50, I was done at 01:15 next morning. how many minutes do I bill",
    clock_span("21:50", "01:15", 60),
)
date_item(
    SADDLE,
    "Made-to-measure saddle ordered 11 November 2030 with a 16 week lead time. Due date?",
    D(2030, 11, 11) + TD(weeks=16),
)
date_item(
    BELLS,
    "The treble was cast on 1 May 1748. How old is it in whole years on 12 June 2032?",
    age(D(1748, 5, 1), D(2032, 6, 12)),
)
date_item(
    FIREWORKS,
    "New Year's Eve display is 31 December 2030 and the council wants notice 28 days before. "
    "What's the last date to send it?",
    D(2030, 12, 31) - TD(days=28),
)
date_item(
    CHEESE,
    "This batch was made on 18 March 2030 and gets 200 days in the cave. "
    "What date does it come out?",
    D(2030, 3, 18) + TD(days=200),
)
# second date word problems
date_item(
    TRACK,
    "League finals night is booked for 6 March 2031 - which day of the week is that?",
    weekday(D(2031, 3, 6)),
)
date_item(
    OYSTER,
    "how many days from 14 October 2029 to 2 February 2030? closure dates for the harvest area",
    days(D(2029, 10, 14), D(2030, 2, 2)),
)
date_item(
    BALLOON,
    "Gift voucher bought on 20 December 2030, valid for 300 days after purchase. "
    "What's the expiry date?",
    D(2030, 12, 20) + TD(days=300),
)
date_item(
    CIDER,
    "Wassail is on 17 January 2032. How many weeks from 6 September 2031 to then?",
    weeks(D(2031, 9, 6), D(2032, 1, 17)),
)
date_item(
    FIREWORKS,
    "Festival runs four nights starting 2 November 2029. What date is the last night "
    "(3 days after the first)?",
    D(2029, 11, 2) + TD(days=3),
)
date_item(
    RINK,
    "Zamboni engine service every 5 weeks, first one 4 October 2031. Date of the fourth service?",
    D(2031, 10, 4) + TD(weeks=15),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    SAILS: (
        "How do I stop a new Dacron mainsail stretching out of shape in its first season?",
        "What's the real difference between a cross-cut and a tri-radial sail?",
        "Write a short note for our loft's website about storing sails over winter.",
        "is it worth repairing an old laminate genoa or should the owner just buy new",
    ),
    KNIVES: (
        "What angle should I sharpen a Japanese gyuto at compared with a German chef's knife?",
        "how do i tell a customer their cheap knife won't hold an edge however i sharpen it",
        "Write a flyer blurb for a mobile knife sharpening van visiting farmers' markets.",
        "Is a belt grinder or whetstones better for restaurant knives?",
    ),
    TRACK: (
        "How do I teach a nervous new rider to hold their line on the banking?",
        "What's the difference between a keirin and a match sprint?",
        "Write a safety notice about fixed-gear bikes for the velodrome noticeboard.",
        "should juniors start on the track or on the road first",
    ),
    THATCH: (
        "Why do Norfolk reed roofs last longer than long straw ones?",
        "write a short note explaining to a homeowner why their ridge needs redoing before the coat",
        "What causes moss to build up on the north slope of a thatched roof and what can be done?",
        "is it bad practice to use netting over a fresh ridge or does it really stop the birds",
    ),
    FARRIER: (
        "What are the early signs of laminitis I should warn owners about?",
        "Hot shoeing vs cold shoeing - which is better for a nervous youngster?",
        "help me word a message to a client whose horse keeps pulling shoes in the mud",
        "Why do some horses need a wedge pad and others do fine barefoot?",
    ),
    WALLER: (
        "What's a through stone for and how often should I put them in?",
        "how do you handle a batter frame on a slope without the courses creeping",
        "Write a short description of our walling service for the village newsletter.",
        "Is limestone or gritstone easier for a beginner to learn walling on?",
    ),
    BOAT: (
        "What should we tell first-time hirers about going through a staircase lock?",
        "Write a friendly welcome note to leave on the galley table for new hirers.",
        "why does a narrowboat steer backwards so badly and how do i explain it to guests",
        "Is it sensible to let hirers moor overnight on a river section after heavy rain?",
    ),
    HOTSHOP: (
        "Why does my glass keep cracking in the annealer even though the schedule is right?",
        "What's the difference between soda-lime and borosilicate for a beginner's class?",
        "write an instagram caption for a blue and amber paperweight we just finished",
        "how should i set up a safe route between the glory hole and the bench for a new assistant",
    ),
    PRESS: (
        "How do I stop my wood type from getting a crushed look on thick cotton paper?",
        "what's the history of the em dash in hand-set type",
        "Write the colophon text for a limited run of forty poetry pamphlets.",
        "Is a deep impression really bad for letterpress or is that just purist snobbery?",
    ),
    ESCAPE: (
        "How do we stop players from forcing props that aren't meant to move?",
        "give me a spooky intro script for a Victorian séance themed room",
        "What makes a puzzle feel fair rather than frustrating to most groups?",
        "should game masters give hints on request or only when teams are stuck for a while",
    ),
    PUPPET: (
        "How do I stop the rod puppets' joints squeaking under stage lights?",
        "Write a two-line blurb for our touring show about a fox who runs a lighthouse.",
        "What's the etiquette for crediting a puppet maker versus a puppeteer in a programme?",
        "should a small touring company do village halls or only arts centres",
    ),
    OYSTER: (
        "Why do Pacific oysters grow faster than natives and is that a problem for the estuary?",
        "explain what a norovirus closure means for our harvesting in plain words",
        "Write a short label for our oysters that tells customers how to store them.",
        "How often should the bags be flipped on the trestles in summer?",
    ),
    BATS: (
        "Why is English willow preferred over Kashmir willow for top-end bats?",
        "how should a customer knock in a new bat, explain it simply",
        "Write a product description for a hand-made junior bat with a big edge.",
        "Is it better to leave a bat unfinished or put a cover on the face?",
    ),
    LUTHIER: (
        "Why would a soundpost crack appear near the treble f-hole?",
        "What's the honest way to tell a parent their child's violin is a cheap factory one?",
        "write a care card for students about humidity and their instrument",
        "Is hide glue really better than modern glues for seams and why?",
    ),
    BALLOON: (
        "What weather signs make you scrub a morning flight even if the forecast looks fine?",
        "Write a short safety briefing for passengers before climbing into the basket.",
        "how do you handle a landowner who's angry that we landed in his field",
        "Why do balloon pilots prefer flying just after dawn?",
    ),
    CIDER: (
        "What's the difference between a bittersweet and a sharp apple for cider?",
        "why did my cider go ropy and is it ruined",
        "Write a tasting note for a medium-dry farmhouse cider aged in old rum casks.",
        "Should we pasteurise our bottled cider or keep it raw for the farm shop?",
    ),
    RINK: (
        "Why does the ice go soft near the boards after a public skate?",
        "What should a new resurfacing driver know about edging before a hockey game?",
        "write a notice telling skaters the rink will close early for a figure skating gala",
        "Is it better to flood with hot water or cold water, and why?",
    ),
    CORACLE: (
        "Which wood is best for coracle laths, willow or ash?",
        "how do you teach someone to paddle a coracle without spinning in circles",
        "Write a short museum label explaining the history of Welsh coracles.",
        "Is pitch and tar still worth using or is modern paint better for a coracle hull?",
    ),
    RAILWAY: (
        "How do we stop visitors' children touching the layout without putting them off?",
        "Write the welcome paragraph for our exhibition programme.",
        "What causes locos to stall on points and how do I fix it?",
        "is DCC worth it for a small club layout or should we stay on DC",
    ),
    MASON: (
        "How do I stop the serifs chipping when I cut letters in slate?",
        "What's the difference between V-cut and flat-bottomed lettering?",
        "write a gentle reply to a family asking why their headstone can't go up until the ground settles",
        "Is Welsh slate or Portland stone better for a headstone in a windy hillside churchyard?",
    ),
    LOCKS: (
        "How can I tell if a customer at a lockout actually lives at the address?",
        "What's the difference between a euro cylinder with anti-snap and a standard one?",
        "write a calm reply to a review saying my call-out charge was a rip-off",
        "Is it ethical to open a car for someone who says they lost the keys but has no papers?",
    ),
    SADDLE: (
        "Why does a saddle that fitted in spring start rubbing in autumn?",
        "How do I explain to a rider that the tree in their saddle is broken?",
        "write a short listing for a second-hand dressage saddle in good condition",
        "Is vegetable tanned leather really better for tack than chrome tanned?",
    ),
    BELLS: (
        "How do I teach a learner to handle a bell safely on the backstroke?",
        "Write a notice for the church door about practice night being moved.",
        "why do bells go out of tune over the centuries",
        "Is it fair to ask the same band to ring for every wedding in the summer?",
    ),
    FIREWORKS: (
        "What's the safest way to deal with a misfired shell after the show?",
        "Write a short neighbour letter warning about our display on the village green.",
        "how do we keep the firing site dry if it rains all afternoon",
        "Why do blue stars look so weak compared with red and green ones?",
    ),
    CHEESE: (
        "What's causing a slip skin on my washed-rind cheeses?",
        "Write a short description of our cave-aged cheddar for a deli chalkboard.",
        "should I brush the mould on the tommes every day or leave them alone",
        "Why does cheese aged in a natural cave taste different from one in a cold room?",
    ),
}
assert tuple(sorted(ORDINARY)) == REGISTERS
for _fam in REGISTERS:
    assert len(ORDINARY[_fam]) == 4, _fam
    for _q in ORDINARY[_fam]:
        neg(_fam, _q)


_MAR13 = D(2032, 3, 13)
NEAR = (
    ("near-fx-rate", "how much is 2,300 Swiss francs in yen at the moment?", "live exchange rate"),
    ("near-gold-price", "What would 40 grams of gold sell for now?", "live price"),
    (
        "near-ecb-rate",
        "What's the ECB deposit rate currently, and what would €50k earn at it over a year?",
        "current central bank rate",
    ),
    (
        "near-van-loan",
        "What would my monthly payments be on an £18,000 van loan?",
        "loan terms missing (rate, length)",
    ),
    ("near-gallons-oil", "300 litres of heating oil is how many gallons?", "US or imperial gallon"),
    (
        "near-flour-cups",
        "how many grams is 2 cups of plain flour",
        "cup size and density contested",
    ),
    ("near-truck-ton", "a 7 ton truck - how many kg can it carry", "short, long or metric ton"),
    ("near-mpg-litres", "Car does 48 mpg. What's that in litres per 100 km?", "US or UK mpg"),
    ("near-hp-kw", "150 hp in kW?", "mechanical or metric horsepower"),
    ("near-bagel-kcal", "how many calories are in a 200 g bagel", "nutrition fact"),
    (
        "near-nautical",
        "The ferry crossing is 340 nautical miles - how far is that in km?",
        "nautical miles left out of positives as contested",
    ),
    ("near-valentine", "how many days till Valentine's Day?", "depends on the current date"),
    ("near-age-month", "I was born in March 1990. How old am I?", "depends on the current date"),
    ("near-eid-2031", "What date is Eid al-Fitr in 2031?", "lunar calendar, moon sighting"),
    (
        "near-lunar-new-year",
        "When is Chinese New Year in 2034 and which animal is it?",
        "lunisolar calendar",
    ),
    (
        "near-business-days",
        "How many business days are there between 3 June 2030 and 1 July 2030?",
        "working days depend on holidays",
    ),
    (
        "near-month-after-31",
        "what's one month after 31 January 2031",
        "month arithmetic from the 31st is contested",
    ),
    (
        "near-slash-dates",
        "How many days from 07/08/2032 to 09/10/2032?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-sydney-denver",
        "If it's 9am in Sydney, what time is it in Denver?",
        "time zones and daylight saving",
    ),
    ("near-flight-status", "is flight BA 287 running on time?", "flight number, live status"),
    (
        "near-isbn-edition",
        "Which edition of the Odyssey is ISBN 978-0-14-026886-7?",
        "identifier that looks like a number",
    ),
    (
        "near-phone-owner",
        "Whose number is 0161 496 0321? They've rung me three times.",
        "phone number",
    ),
    ("near-postcode-area", "what part of Edinburgh is EH3 9QJ", "postcode"),
    ("near-ip-owner", "Who owns the IP address 203.0.113.45?", "IP address"),
    (
        "near-python-versions",
        "Is Python 3.13 noticeably faster than 3.11 for web apps?",
        "software versions",
    ),
    ("near-road-a303", "Is the A303 by Stonehenge open overnight?", "road number"),
    ("near-hockey-formation", "what does a 1-2-2 forecheck mean in ice hockey", "formation"),
    (
        "near-chess-qh5",
        "Is 1. e4 e5 2. Qh5 a decent opening or just a beginner trap?",
        "chess notation, opinion",
    ),
    (
        "near-boiler-serial",
        "My boiler's serial is 47-583-21. What year was it made?",
        "serial number",
    ),
    ("near-fridge-code", "fridge display says E-12, what does that mean", "fault code"),
    ("near-hex-colour", "What's the name of the colour #3B7A57?", "colour code"),
    ("near-two-by-four", "How wide is a 2x4 actually?", "nominal size"),
    (
        "near-float-python",
        "What does len('héllo'.encode()) return in Python 3, and why?",
        "code semantics",
    ),
    ("near-js-plus", "in JavaScript what does [] + {} give you", "code semantics"),
    ("near-shard-height", "How long is the Humber Bridge's main span in feet?", "world fact"),
    ("near-ethanol-boil", "boiling point of ethanol at sea level?", "science fact"),
    ("near-muller-goals", "How many goals did Gerd Müller score in 1972?", "sports fact"),
    (
        "near-stamp-duty",
        "How much stamp duty would I pay on a £410,000 house?",
        "tax rules, buyer status unknown",
    ),
    (
        "near-towing-limit",
        "What's the speed limit for a van towing a trailer on a single carriageway in the UK?",
        "traffic rule",
    ),
    ("near-child-ibuprofen", "how much ibuprofen can a 30 kg child have", "dosing"),
    ("near-shoe-size", "I'm a UK 9 shoe. What's that in EU sizes?", "size chart"),
    ("near-gas-mark", "gas mark 6 in celsius?", "oven convention"),
    ("near-golf-bus", "Roughly how many golf balls fit in a double-decker bus?", "estimate"),
    (
        "near-euro-odds",
        "If I buy one EuroMillions line a week, what are my chances of the top prize?",
        "lottery rules",
    ),
    (
        "near-test-positive",
        "A test is 99% accurate and I tested positive. What's the chance I actually have it?",
        "missing prevalence",
    ),
    (
        "near-welsh-number",
        "How do you say three hundred and forty-two in Welsh?",
        "translation",
    ),
    ("near-limerick", "write a limerick about 17 sheep on a hill", "writing task"),
    ("near-catch22", "What's Catch-22 actually about?", "number in a title"),
    ("near-violin-age", "Is 37 too old to start learning the violin?", "opinion"),
    (
        "near-implied-mult",
        "Settle an argument: is 12 ÷ 3(1+3) equal to 1 or 16?",
        "contested reading (implied multiplication)",
    ),
    (
        "near-raffle-pick",
        "choose a winning ticket number from 1 to 240 for the tombola, any will do",
        "random choice",
    ),
    (
        "near-primes-proof",
        "Prove in your own words that there are infinitely many primes.",
        "written proof",
    ),
    ("near-divide-zero", "why can't you divide by zero?", "explanation"),
    ("near-zero-origin", "Who first used a symbol for zero and why?", "history of numerals"),
    ("near-keys-riddle", "What has keys but can't open any locks?", "riddle"),
    ("near-letters-e", "how many e's are in Tennessee?", "letters in a word"),
    ("near-bristol-rain", "Will it rain in Bristol on Saturday?", "forecast"),
    ("near-milk-1975", "What did a pint of milk cost in 1975?", "historical price"),
    (
        "near-wedding-date",
        f"Is {sayw(_MAR13)} a good date for a wedding?",
        "opinion about a stated date",
    ),
    (
        "near-titanic-day",
        "Which day of the week was the first FA Cup final played on?",
        "the date is a fact",
    ),
    ("near-cat-years", "my cat is 9, how old is that in human years?", "contested conversion"),
    (
        "near-clocks-forward",
        "When do the clocks go forward in the UK in 2033?",
        "daylight saving rule",
    ),
    ("near-a4-inches", "How big is an A5 sheet in inches, roughly?", "paper size is a fact"),
    ("near-fl-oz", "how many ml in 12 fl oz", "US or imperial fluid ounce"),
    (
        "near-speed-camera",
        "Will a speed camera flash me at 35 in a 30 zone?",
        "enforcement rule, not a calculation",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES, len(NEAR)
assert len({n[0] for n in NEAR}) == len(NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


_JUN2 = D(2030, 6, 2)
CONVS = (
    (
        "conv-operator-star",
        [
            (U, "For this puzzle, a ★ b means twice a plus b."),
            (A, "Got it: a ★ b = 2a + b."),
            (U, "so what's 7 ★ 13"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-function-pegs",
        [
            (U, "Let p(n) be the number of tent pegs for n marquees: 3n squared plus 4."),
            (A, "Understood, p(n) = 3n² + 4."),
            (U, "What's p(6)?"),
        ],
        "function defined in an earlier turn",
    ),
    (
        "conv-letters-values",
        [
            (U, "k is the number of kegs, 14, and m is the crates, 9."),
            (A, "Noted: k = 14, m = 9."),
            (U, "what's k times m plus 3"),
        ],
        "letters defined earlier",
    ),
    (
        "conv-name-crate",
        [
            (U, "In our shop a 'flat' always means 25 seedlings."),
            (A, "Okay, one flat = 25 seedlings."),
            (U, "How many seedlings in 6 flats and 11 loose ones?"),
        ],
        "a name for a number defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Game rule for the kids: + means subtract and - means add."),
            (A, "Okay, I'll swap them."),
            (U, "40 + 15 - 6 = ?"),
        ],
        "swapped signs",
    ),
    (
        "conv-clock-dial",
        [
            (U, "We're doing clock sums on a 12-hour dial, no am or pm."),
            (A, "Sure, results wrap around at 12."),
            (U, "9 + 7?"),
        ],
        "clock arithmetic",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm German, so I write decimals with a comma."),
            (A, "No problem, I'll read commas as decimal points."),
            (U, "Was ist 3,5 mal 2,4?"),
        ],
        "decimal comma",
    ),
    (
        "conv-bay-unit",
        [
            (U, "In our warehouse one bay is 3.6 metres of racking."),
            (A, "Got it, one bay = 3.6 m."),
            (U, "how long are 7 bays in feet"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-octal-input",
        [
            (U, "All the numbers I give you from now on are octal."),
            (A, "Understood, I'll read them as base 8."),
            (U, "Add 17 and 25."),
        ],
        "number base of the input",
    ),
    (
        "conv-hex-output",
        [
            (U, "For this whole chat give results in hex, I'm debugging a register dump."),
            (A, "Will do."),
            (U, "what's 200 plus 55 in that case"),
        ],
        "number base of the output",
    ),
    (
        "conv-roman-output",
        [
            (U, "Answer in Roman numerals only, it's for a quiz sheet."),
            (A, "Sure thing."),
            (U, "48 times 3"),
        ],
        "Roman numerals",
    ),
    (
        "conv-pirate",
        [
            (U, "You're Captain Bones the pirate. Stay in character for everything."),
            (A, "Arr, aye aye!"),
            (U, "Captain, what's 15% of 80 doubloons?"),
        ],
        "persona",
    ),
    (
        "conv-french-only",
        [
            (U, "From here on answer me in French only, I'm practising for my trip to Lyon."),
            (A, "D'accord, je répondrai en français."),
            (U, "how much is 125 split five ways"),
        ],
        "answer language",
    ),
    (
        "conv-haiku",
        [
            (U, "Every answer today has to be a haiku."),
            (A, "Seventeen syllables / I will count them as I go / ready when you are"),
            (U, "How many days between 1 May 2030 and 9 June 2030?"),
        ],
        "verse form",
    ),
    (
        "conv-json-format",
        [
            (U, 'Reply as JSON with a single key "result", nothing else.'),
            (A, '{"result": "ok"}'),
            (U, "convert 12 km to miles"),
        ],
        "output format",
    ),
    (
        "conv-round-tens",
        [
            (U, "Round everything you tell me to the nearest ten."),
            (A, "Okay, nearest ten."),
            (U, "347 times 6?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give me answers to five significant figures please."),
            (A, "Will do."),
            (U, "square root of 20"),
        ],
        "precision fixed earlier",
    ),
    (
        "conv-yards-only",
        [
            (U, "I think in yards, so give all lengths in yards."),
            (A, "Sure, yards it is."),
            (U, "How long is the 400 m track?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "Our co-op uses a fixed internal rate: 1 pound = 1.17 euros."),
            (A, "Noted."),
            (U, "So what's £240 in euros?"),
        ],
        "target currency and rate fixed earlier",
    ),
    (
        "conv-day-first",
        [
            (U, "Heads up, my dates are always day/month/year, UK style."),
            (A, "Understood, day/month/year."),
            (U, "how many days is it from 4/7/2031 to 9/8/2031 then"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-words",
        [
            (U, "Write dates out in words, like 'the fifth of March'."),
            (A, "Sure."),
            (U, f"What's 30 days after {say(_JUN2)}?"),
        ],
        "date wording",
    ),
    (
        "conv-mixed-fraction",
        [
            (U, "Give answers as mixed fractions, not decimals."),
            (A, "Okay."),
            (U, "7 divided by 4"),
        ],
        "fraction form",
    ),
    (
        "conv-ten-day-week",
        [
            (U, "In my fantasy world a week has 10 days, starting with Firstday."),
            (A, "Sounds fun, ten-day weeks."),
            (U, "Which day of their week is day 47 of the year?"),
        ],
        "invented calendar",
    ),
    (
        "conv-sunday-weeks",
        [
            (U, "Our weeks start on Sunday and week 1 is the one with 1 January in it."),
            (A, "Understood."),
            (U, "What week number is 20 March 2031?"),
        ],
        "week numbering",
    ),
    (
        "conv-correction-85",
        [
            (U, "What's 85 times 12?"),
            (A, "85 × 12 = 1020."),
            (U, "sorry, I meant 58 not 85, redo it"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Hedge is 42 m, I charge £9 a metre, plus £60 for waste removal."),
            (A, "That's £378 plus £60, so £438."),
            (U, "Can you summarise what we've worked out so far?"),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-recall-second",
        [
            (U, "Raffle stubs drawn so far at the fete: 14, 37, 52 and 8."),
            (A, "Noted those four."),
            (U, "which was the second stub number I told you?"),
        ],
        "recall of earlier turns",
    ),
    (
        "conv-spread-invoices",
        [
            (U, "I've got three invoices to add up. First one is £240."),
            (A, "Okay, what are the others?"),
            (U, "Second is £385."),
            (A, "And the third?"),
            (U, "£72.50 - total please"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-double-result",
        [
            (U, "What's 19 times 23?"),
            (A, "437."),
            (U, "now double that"),
        ],
        "result from an earlier turn",
    ),
    (
        "conv-judge-quote",
        [
            (U, "Quote is 3 days labour at £220 and £640 materials for a small patio."),
            (A, "That comes to £1,300."),
            (U, "does that sound reasonable to you?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-notice-date",
        [
            (U, "My tenancy ends on 30 September 2031."),
            (A, "Okay."),
            (U, "Is giving notice in early August enough?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-mod-seven",
        [
            (U, "Let's work modulo 7 for the rest of this."),
            (A, "Okay, everything mod 7."),
            (U, "5 times 6?"),
        ],
        "modular arithmetic",
    ),
    (
        "conv-shorthand-km",
        [
            (U, "When I say 'k' I mean thousand and 'm' million, in money."),
            (A, "Got it."),
            (U, "3.5m minus 750k?"),
        ],
        "shorthand defined earlier",
    ),
    (
        "conv-rewrite-simple",
        [
            (U, "How do I work out 15% off a £64 price?"),
            (A, "Multiply £64 by 0.85 to get £54.40."),
            (U, "Rewrite that so my 9-year-old gets it."),
        ],
        "rewrite of an earlier answer",
    ),
    (
        "conv-why-multiply",
        [
            (U, "How many tiles for a 3 m by 2 m wall with 0.1 m tiles?"),
            (A, "3 × 2 = 6 m², each tile 0.01 m², so 600 tiles."),
            (U, "why did you multiply the lengths first?"),
        ],
        "follow-up explanation",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES, len(CONVS)
assert len({c[0] for c in CONVS}) == len(CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural checks
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _wp = sum(1 for i in items if i["label"] == _label and i["family"] in REGISTERS)
    assert _wp == 31, (_label, _wp)
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")), _i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 56
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 56: {reused}"
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
