r"""Generate heldout-2027-01-07.jsonl: a thirty-fifth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_34.py, by `sed -n`: lines 1-313
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 520-580 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 779-843 (its date helpers, date_item() and weeks()),
1049-1058 (its section header, neg() and conv()) and 1808-2032 (its stated-weekday check, its
checks and main()), plus one `grep -n "^def \|^[A-Z_]* = \|^# ===="` of it (def lines, top-level
constant names such as P, ORDINARY, NEAR and CONVS with their line numbers, section headers) and
one `wc -l` of it (2032 lines), run together in one command. None of its query blocks was opened.
Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/, server/,
bench/ (apart from grading.py) or tests/ (apart from that one generator), and not README.md. The
only other uses of /work/main were running /work/main/.venv/bin/ruff from /work/main (on this file
and on scratch files under /tmp/h35/t/, see below), and `test -d
/work/main/tests/data/router_heldout/__pycache__` after the runs of this generator (it printed that
no such directory exists: no bytecode was written there). /work/sealed22 to /work/sealed34 were not
looked at. The earlier generators (sets 1-34) are only imported, in memory, by this file's main()
for the duplicate and register checks; no other script imported them. Their queries were never
printed. No JSONL file was opened (not even this set's own output: only this generator's summary,
its failure messages and its --show listing of ids and expected values were read), no git command
was run, no network was used, and neither the router nor the bench nor the tests were run. One
query was put to the search tool's stored documentation corpus (how ruff formats implicitly
concatenated strings); its answer said nothing about this project.

What was run: the `cat`, `wc -l`, `grep -n`, `sed -n` and `test -d` above; one command of `date`,
`ls /tmp | grep -c h35` (0), `ls -d /work/sealed35` (absent), `mkdir -p` of /tmp/h35/blocks and
/work/sealed35, `ls -la /work/sealed35` and `python3 --version`; a small `python3` script
(/tmp/h35/copy.py, written by a `cat` heredoc) that read set 34 into memory and copied, by line
slicing restricted (asserted) to the allowed ranges, its lines 178-313 (from its `from __future__`
line, found by the script, to P = "plain"), 520-579, 779-842, 1049-1056 and 1808-2032 into blocks
under /tmp/h35/blocks/, substituting this set's OUT, PREFIX, EARLIER_DIR test (make_heldout_34.py),
EARLIER (sets 1-34, `range(2, 35)`), REGISTER_CHECK (sets 19-34, adding make_heldout_34.py) and
"sets 19 to 33" -> "sets 19 to 34" in one comment and one message string of main() (it printed the
start line and how often each substitution applied: once each, twice for the last); `cat` heredocs
that wrote this set's own blocks (calculator, unit, date and negative query blocks, an assembly
script /tmp/h35/assemble.py that builds this file by concatenating the blocks and prints its line
count, a helper /tmp/h35/run.sh that runs assemble.py, the three ruff commands below and this
generator, and this docstring, which replaced a one-line placeholder written by `printf`); two
checks while writing (a `python3 -c` printing the weekdays of eight dates, three of them stated in
queries, and one day count; a `python3` heredoc printing three conversion figures); edits of own
blocks by a stdin `python3` script (a count assert), `sed -i` (a plain unit one-liner whose result
had four decimals) and `python3` scripts replace_registers.py, reword1.py, rewrap.py (run three
times, the second after a `sed -i` fix of its width test), a stdin requoting script and
fit_isc004.py (run twice, after a `sed -i` change of one string it wrote): the changes are listed in
the disclosures; after every assembly, from /work/main as the working directory, `.venv/bin/ruff
format --no-cache -q`, `.venv/bin/ruff check --fix --unsafe-fixes --no-cache -q` and `.venv/bin/ruff
format --no-cache -q` on this file; `python3 -c` checks of line lengths and of strings wrapped in
parentheses in this file and in the blocks, `sed -n`, `awk`, `grep` and `cat -A` views of such own
lines and of the blocks; ruff trials on scratch files under /tmp/h35/t/ (x.py, two made-up
statements, a dict of lists and a list of tuples; y.py, a copy of this file's own ORDINARY block,
made by a stdin `python3` script after a malformed first copy by `sed` and `echo`; z.py, a copy of
the assembled file), with `ruff format`, `ruff check --output-format concise` (it reported rule
ISC004 on eight own strings), `ruff --version` (0.17.6), `cp` and `diff`; `ruff check --no-cache` of
this file without --fix; a `python3` script (/tmp/h35/astcmp.py) that compared the syntax trees of
the copied blocks with this file (all 102 copied top-level statements found unchanged); this
generator itself, from /tmp as the working directory (output cut by `tail` or `head`, or written to
/tmp/h35/out.txt and read with `head` and `tail`; once with --show, filtered by `grep` and laid out
by `column`); `sha256sum` of the JSONL; stdin `python3` scripts that edited and rewrapped this
docstring (and an `awk` and a `sed -n` check of it); runs of this file with --digest; `ls -la
/work/sealed35`; and `rm -rf /tmp/h35` with `ls /tmp | grep -c h35` afterwards. Writes:
/work/sealed35/ was created for this file and its JSONL; temporary blocks, scripts and scratch files
under /tmp/h35/ were deleted afterwards. Nothing was written into /work/main.

Changes to set 34's main() and checks: only the substitutions listed above (file names, sets 1-34
for the duplicate check, sets 19-34 for the register check). ruff format may rewrap copied
statements (layout only; astcmp.py confirmed the syntax trees are unchanged). All of set 34's
checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for
positives, the answers' consistency (calculator and exact unit answers are numbers with at most
three decimals, every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use by at least two and by all three tools, no repeat of an
earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks()
(asserts whole weeks), unit_r() with close_enough_at_2dp() (asserts a rounded unit result stays
within 1e-3 at two decimals), whole_up() (asserts rounding up is really tested) and
SQFT/SQYD/CUFT. Added, newly written: asserts on every computed figure stated in an assistant
turn, asserts on the numbers of ordinary (25 registers, four each), near-positive and
conversation negatives and on their family prefixes, an assert that the ordinary negatives use
exactly the positive registers, and one on the number of items in those registers.

Disclosures: the kinds of item follow set 34's docstring and the brief on purpose (plain
one-liners of common operations; near-positive and conversation categories as the brief and set
34's docstring list them), and the helpers, unit factors and checks are set 34's, copied (P =
"plain" is copied too, as the last line of the first block). Set 34's docstring (within lines
1-313) names its registers, the names it found taken, its provenance, set 33's line ranges and the
generic kinds of its reworded items and of those it quotes from set 33's docstring, which were
therefore seen; some plain one-liners, near-positives and conversations here are of those same
generic kinds, newly worded. The `grep -n` printed no docstring or query line; it showed the line
numbers of set 34's ORDINARY, NEAR and CONVS blocks (not read). At the edges of the allowed
ranges: line 313 is P = "plain", 520, 779 and 1049 are section headers, 579 is the last line of
unit_r() and 580 is blank, 842 is the last line of weeks() and 843 is blank, 1056 is the last line
of conv() and 1057-1058 are blank, 1808 is the comment above the stated-weekday pattern and 2032
is the call of main(). No query text of any earlier set was seen. Every query here was newly
written from imagination of each trade. Registers of sets 1 to 18 are known here only indirectly,
so an overlap in TOPIC cannot be ruled out; an exact repeat of any earlier query or user turn is
ruled out by main(), and main() asserts that no register is a family name of sets 19 to 34 (the
near-.../conv-... families are not registers and may coincide with earlier family names).
Register check: main()'s register assertion failed once. The first run that reached it reported 3
of the 25 first-chosen registers as family names of sets 19 to 34 (bagpipe_maker, sea_salt_works,
snail_farm); they were replaced by horn_comb_maker, bobbin_lace_maker and tortoise_sanctuary, all
their positives and ordinary negatives being dropped and new ones written for the new trades
(replace_registers.py). The next run passed the register check. (Some near-positives and
conversations still mention pipes, salt or snails; those are not registers.)
Own items reworded after main()'s duplicate check reported them by id (9 items, one round,
reword1.py; reworded without the earlier queries being looked at and without knowing which turn of
a conversation had matched): one plain calculator one-liner (a percentage; new figures), two plain
unit one-liners (a feet-and-inches length and a grams-to-ounces mass; new figures), and six
conversations: one explanation (both user turns reworded, and the assistant turn changed with its
new figure, whose assert was updated), two follow-up (both user turns of each reworded, and one
assistant turn rephrased with the same date), two language (every turn reworded) and one number
(every turn reworded, with a new figure). The next run passed. Other own edits while writing,
before or apart from those checks: a plain unit one-liner got a new distance because its first
result needed four decimals (the EXACT assert failed, before any duplicate check); a count assert
of the negatives block was corrected; rewrap.py refilled implicitly concatenated own strings whose
lines exceeded 100 characters (text unchanged, asserted), and a requoting script turned eight
single-quoted own strings written by replace_registers.py into double-quoted ones (text
unchanged); fit_isc004.py then shortened eight own strings (five ordinary negatives, one code
near-positive and two system turns of persona conversations) to fit one line each, because ruff
check's ISC004 fix would otherwise wrap them in parentheses and push lines past 100 characters;
after that edit the duplicate and register checks passed again.

Registers (families), 25, new: accordion_repairer, bobbin_lace_maker, chain_ferry, chair_caner,
change_ringing_band, cricket_bat_maker, decoy_carver, enameller, gliding_club, globe_maker,
horn_comb_maker, leadlight_glazier, oyster_hatchery, parchment_maker, pedicab_operator,
perry_maker, punt_hire, slate_quarry, tapestry_conservator, terrazzo_layer, theatrical_wigmaker,
tortoise_sanctuary, tower_clock_restorer, truffle_orchard, well_digger. None is in set 34's list;
none is among the names found taken above or in set 34's docstring. Every register is used by all
three tools (asserted); eighteen registers have a fourth positive (a second calculator word
problem: chain_ferry, oyster_hatchery, perry_maker, slate_quarry, terrazzo_layer,
theatrical_wigmaker; a second unit word problem: bobbin_lace_maker, cricket_bat_maker,
gliding_club, globe_maker, truffle_orchard, well_digger; a second date word problem:
change_ringing_band, parchment_maker, punt_hire, tapestry_conservator, tortoise_sanctuary,
tower_clock_restorer). Positives are one-liners (family "plain") or word problems of one to three
sentences in UK and US usage with £, $ and €, some chatty, terse or lower-case. No positive
conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private dates or records, world facts, estimates, judgements, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, Easter, working days, contested units, all-numeric dates of unstated order, the current
date, an explanation, or a persona / format / language / unit / convention / number fixed in an
earlier turn, a follow-up or correction of an earlier turn, or an explanation after an earlier
turn.

Left out entirely (their grading is contested), as in set 34: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Week counts are asserted to be whole weeks; no day count is inclusive (each
is the difference of the two dates, and queries are worded as a difference), and clock spans run
from one stated time to the next occurrence of the other (three cross midnight). Quantities
bought or filled whole are rounded up (asserted to be fractional before rounding). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 34):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and square yards from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL = 10^-3 m^3; 1 ha = 10^4 m^2; 1 t = 1000 kg
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_35.py   (writes the JSONL next to this file, checks that it
regenerates byte for byte, and prints its sha256 and counts per label and family; add --show to
list every positive's expected value, or --digest to print only the sha256 of the output)
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
OUT = HERE / "heldout-2027-01-07.jsonl"
PREFIX = "ho35-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_34.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 35))
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


# plain one-liners
calc(P, "4,317 × 286 = ?", 4317 * 286)
calc(P, "what is 17.5% of 2,368", pct("17.5") * 2368)
calc(P, "square root of 7569", 87)
calc(P, "(938 − 47.25) ÷ 25", (938 - dec("47.25")) / 25)
calc(P, "Mean of 41, 58, 63, 77 and 96?", F(41 + 58 + 63 + 77 + 96, 5))
calc(P, "3/8 of 1,144", F(3, 8) * 1144)
calc(P, "2.6 cubed", dec("2.6") ** 3)
calc(P, "increase 1,250 by 12 percent", 1250 * (1 + pct(12)))
calc(P, "6,003 minus 4,878.65", 6003 - dec("4878.65"))
calc(P, "0.045 x 7320", dec("0.045") * 7320)
calc(P, "Reduce 86 by 35%.", 86 * (1 - pct(35)))
calc(P, "11 squared plus 13 squared", 11**2 + 13**2)
calc(P, "What percent of 460 is 69?", F(69, 460) * 100)
calc(P, "divide 10,388 by 28", F(10388, 28))

# word problems, by register
calc(
    "tower_clock_restorer",
    "Regilding the four dials on the church clock: gold leaf is £38.50 a book and I need 14 books, "
    "plus £265 for the scaffold tower. What's the total?",
    dec("38.50") * 14 + 265,
)
calc(
    "leadlight_glazier",
    "quote for a leadlight door panel - 0.45 m² of glass at $320 per square metre plus $96 for "
    "came and solder, then 8% sales tax on top. total?",
    (dec("0.45") * 320 + 96) * (1 + pct(8)),
)
calc(
    "oyster_hatchery",
    "We shipped 184,000 seed oysters to the Brittany grower at €0.035 each. What did that bring "
    "in?",
    184000 * dec("0.035"),
)
calc(
    "oyster_hatchery",
    "2.4 million larvae set on the cultch and 38% survived to seed size. How many seed is that?",
    2400000 * pct(38),
)
calc(
    "truffle_orchard",
    "The dogs found 3.6 kg of black truffles this winter. The restaurant pays €820 a kilo and the "
    "dog handler takes 15% of the sale. What do we keep?",
    dec("3.6") * 820 * (1 - pct(15)),
)
calc(
    "horn_comb_maker",
    "A cattle horn costs me £4.60 and I get three combs out of it at £18 each. Gross "
    "margin per horn, not counting my time?",
    3 * 18 - dec("4.60"),
)
calc(
    "chair_caner",
    "I charge $2.75 a hole for hand caning. Each dining chair seat has 112 holes and there are six "
    "chairs — what's the bill?",
    dec("2.75") * 112 * 6,
)
calc(
    "accordion_repairer",
    "retuning a piano accordion, 123 reeds at £1.60 a reed plus £145 for patching the bellows. how "
    "much altogether",
    123 * dec("1.60") + 145,
)
calc(
    "bobbin_lace_maker",
    "My torchon edging takes 1.5 hours per 10 cm and I charge €24 an hour. What do I "
    "quote for 60 cm?",
    F(60, 10) * dec("1.5") * 24,
)
calc(
    "parchment_maker",
    "A calfskin costs me €48 and gives three folio sheets of vellum that sell for €55 each. After "
    "€22 of lime and labour, what's the profit per skin?",
    3 * 55 - 48 - 22,
)
calc(
    "globe_maker",
    "twelve printed gores per globe at $4.35 a gore, and I'm making 36 globes for the library "
    "order. spend on gores?",
    12 * dec("4.35") * 36,
)
calc(
    "tapestry_conservator",
    "The museum gave us £18,400 for cleaning and relining the Flemish tapestry and we've used "
    "62.5% of it so far. How much remains?",
    18400 * (1 - pct("62.5")),
)
calc(
    "gliding_club",
    "Winch launches are £9.50 each and soaring is charged at 45p a minute. I had 3 launches and "
    "134 minutes in the air. What do I owe the club?",
    3 * dec("9.50") + 134 * dec("0.45"),
)
calc(
    "terrazzo_layer",
    "Marble chip for the terrazzo runs $0.68 a pound and the job needs 2,350 pounds of it. Cost of "
    "the chip?",
    dec("0.68") * 2350,
)
calc(
    "terrazzo_layer",
    "The lobby layout needs 186 metres of brass divider strip and it's sold in 2.4 m lengths. How "
    "many lengths do I have to order?",
    whole_up(F(186) / dec("2.4")),
)
calc(
    "change_ringing_band",
    "Eight of us ringers are going on the tower outing. The coach is £612 split evenly and lunch "
    "is £14.25 each. What does each ringer pay?",
    F(612, 8) + dec("14.25"),
)
calc(
    "decoy_carver",
    "sold 17 mallard decoys at $185 and 9 teal at $140 at the show. gross takings?",
    17 * 185 + 9 * 140,
)
calc(
    "perry_maker",
    "We milled 5,200 kg of perry pears and the press gives 62% of that weight as juice. How many "
    "kilos of juice should we get?",
    5200 * pct(62),
)
calc(
    "perry_maker",
    "Pub chain wants 1,450 bottles at £6.80 wholesale, less a 12.5% trade discount. What will they "
    "pay?",
    1450 * dec("6.80") * (1 - pct("12.5")),
)
calc(
    "tortoise_sanctuary",
    "Greens for our 38 tortoises cost about £2.15 per tortoise a week. What's the "
    "weekly food bill?",
    38 * dec("2.15"),
)
calc(
    "cricket_bat_maker",
    "English willow clefts are £58 apiece and about one in five grades as G1+. If I buy 140 "
    "clefts, what does each G1+ cleft effectively cost me?",
    F(140 * 58, 140 // 5),
)
calc(
    "chain_ferry",
    "Saturday on the chain ferry: 412 cars at £5.20 and 1,035 foot passengers at 80p. Total "
    "takings?",
    412 * dec("5.20") + 1035 * dec("0.80"),
)
calc(
    "chain_ferry",
    "Our ferry chain is 430 m long and we renew 15% of the links every spring — how many metres of "
    "chain is that?",
    430 * pct(15),
)
calc(
    "pedicab_operator",
    "I charge $1.25 a block per passenger. Took three passengers 14 blocks and each one tipped me "
    "$10. What did I make on that ride?",
    dec("1.25") * 3 * 14 + 3 * 10,
)
calc(
    "well_digger",
    "Drilling is $42 a foot and we hit water at 186 feet. Steel casing adds $9.50 a foot for the "
    "same depth. Customer's bill?",
    186 * (42 + dec("9.50")),
)
calc(
    "slate_quarry",
    "A pallet takes 480 roofing slates and the merchant's order is 7,920 slates. How many pallets "
    "do we need to load?",
    whole_up(F(7920, 480)),
)
calc(
    "slate_quarry",
    "Each block out of the quarry is about 2.7 tonnes and 64% ends up as waste in splitting. What "
    "weight of finished slate do 15 blocks give?",
    15 * dec("2.7") * (1 - pct(64)),
)
calc(
    "theatrical_wigmaker",
    "A hand-knotted lace front takes me 38 hours at €27 an hour, plus €340 of European hair. What "
    "should the wig cost the production?",
    38 * 27 + 340,
)
calc(
    "theatrical_wigmaker",
    "the musical needs 14 wigs and the wig budget is £9,450. how much per wig is that",
    F(9450, 14),
)
calc(
    "enameller",
    "Cloisonné pendants: silver wire £3.20, enamel £1.85 and 40p of kiln firing per piece. Batch "
    "of 60 — materials and firing total?",
    (dec("3.20") + dec("1.85") + dec("0.40")) * 60,
)
calc(
    "punt_hire",
    "Self-hire punts are £32 an hour and the chauffeured tour is £120. Seven groups self-hired for "
    "2.5 hours each and 11 groups took the tour. What did we take?",
    7 * dec("2.5") * 32 + 11 * 120,
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


# plain one-liners
unit_r(P, "convert 73 kg to stone", 73 / STONE)
unit(P, "5 ft 11 in to cm", 71 * IN * 100, EXACT)
unit(P, "-18 °C in Fahrenheit", c_to_f(-18), EXACT)
unit_r(P, "97 mph in km/h?", 97 * MPH / KMH)
unit_r(P, "14 acres to hectares", 14 * ACRE / 10**4)
unit(P, "How many MiB in 350 GiB?", 350 * GIB / MIB, EXACT)
unit_r(P, "32 psi to kPa", 32 * PSI / 1000)
unit_r(P, "1.8 bar in psi", dec("1.8") * BAR / PSI)
unit(P, "4.5 miles in metres", dec("4.5") * MI, EXACT)
unit_r(P, "425 grams in ounces?", F(425, 1000) / OZ)
unit_r(P, "150 square feet to square metres", 150 * SQFT)
unit(P, "98.6 F to C", f_to_c(dec("98.6")), EXACT)
unit_r(P, "6 cubic feet in litres", 6 * CUFT * 1000)
unit(P, "2,500 yards in kilometres", 2500 * YD / 1000, EXACT)

# word problems, by register
unit_r(
    "tower_clock_restorer",
    "The pendulum bob on the turret clock weighs 68 lb. What's that in kilos?",
    68 * LB,
)
unit_r(
    "leadlight_glazier",
    "Customer's window opening is 34 by 22 inches — what's the area in square centimetres?",
    34 * 22 * IN * IN * 10**4,
)
unit(
    "oyster_hatchery",
    "Algae culture room has to sit at 22 °C but the new American controller only reads Fahrenheit. "
    "What number do I set?",
    c_to_f(22),
    EXACT,
)
unit_r(
    "truffle_orchard",
    "Our truffière is 6.5 hectares. How many acres is that for the US investor?",
    dec("6.5") * 10**4 / ACRE,
)
unit_r(
    "truffle_orchard",
    "got a Périgord black of 340 grams this morning!! what's that in ounces",
    F(340, 1000) / OZ,
)
unit(
    "horn_comb_maker",
    "The horn gets heated to about 140 °C before it goes in the press — what's that in °F?",
    c_to_f(140),
    EXACT,
)
unit(
    "chair_caner",
    "A hank of binder cane is 500 feet long. How many metres do I get from one hank?",
    500 * FT,
    EXACT,
)
unit_r(
    "accordion_repairer",
    "My leak test holds the bellows at 0.15 psi. What's that in pascals?",
    dec("0.15") * PSI,
)
unit(
    "bobbin_lace_maker",
    "The pricking for the stole is 18 inches long. How many centimetres is that?",
    18 * IN * 100,
    EXACT,
)
unit(
    "bobbin_lace_maker",
    "a reel of linen lace thread holds 1,100 yards. how many metres?",
    1100 * YD,
    EXACT,
)
unit_r(
    "parchment_maker",
    "My stretching frame is 4 ft by 3 ft 6 in. What's the area in square centimetres?",
    4 * FT * F(7, 2) * FT * 10**4,
)
unit(
    "globe_maker",
    "The library's floor globe is 36 inches in diameter. What's that in cm?",
    36 * IN * 100,
    EXACT,
)
unit(
    "globe_maker",
    "The high-res scan of the antique gores came out at 2,560 MiB. How many GiB is that?",
    2560 * MIB / GIB,
    EXACT,
)
unit(
    "tapestry_conservator",
    "The gallery has to hold 19 °C and the lender in Boston works in Fahrenheit. What figure do I "
    "put in the loan agreement?",
    c_to_f(19),
    EXACT,
)
unit(
    "gliding_club",
    "Cloud base forecast is 4,500 ft. How many metres is that?",
    4500 * FT,
    EXACT,
)
unit_r(
    "gliding_club",
    "Best glide on the two-seater is 90 km/h; what's that in mph for the American visitor?",
    90 * KMH / MPH,
)
unit_r(
    "terrazzo_layer",
    "foyer floor is 540 sq ft, how many square metres of terrazzo is that",
    540 * SQFT,
)
unit_r(
    "change_ringing_band",
    "Our tenor bell weighs 1,150 kg. What's that in pounds for the visiting American ringers?",
    1150 / LB,
)
unit_r(
    "decoy_carver",
    "I'm roughing out a basswood block 14 in × 6 in × 5 in. What's its volume in cubic "
    "centimetres?",
    14 * 6 * 5 * IN**3 * 10**6,
)
unit_r(
    "perry_maker",
    "The recipe from Oregon says ferment at 57 °F. What's that in Celsius?",
    f_to_c(57),
)
unit(
    "tortoise_sanctuary",
    "The basking lamp has to keep the hot spot at 95 °F. What's that in Celsius?",
    f_to_c(95),
    EXACT,
)
unit_r(
    "cricket_bat_maker",
    "Customer wants his bat to pick up at 2 lb 9 oz. What's that in grams?",
    (2 * 16 + 9) * OZ * 1000,
)
unit_r(
    "cricket_bat_maker",
    "The blade I'm pressing measures 10.8 cm across — how many inches is that?",
    dec("10.8") / 100 / IN,
)
unit_r(
    "chain_ferry",
    "Our crossing is 0.4 miles bank to bank. How many metres?",
    dec("0.4") * MI,
)
unit_r(
    "pedicab_operator",
    "clocked 38 miles pedalling over the weekend shift. km?",
    38 * MI / 1000,
)
unit_r(
    "well_digger",
    "The pressure switch on the new borehole pump cuts out at 50 psi. What's that in bar?",
    50 * PSI / BAR,
)
unit_r(
    "well_digger",
    "Water table on the survey sits at 62 metres down. How deep is that in feet?",
    62 / FT,
)
unit_r(
    "slate_quarry",
    "Haul road limit is 15 mph. My drivers from Spain want it in km/h.",
    15 * MPH / KMH,
)
unit(
    "theatrical_wigmaker",
    "Our leading lady's head measures 22.5 inches round. What's that in centimetres?",
    dec("22.5") * IN * 100,
    EXACT,
)
unit(
    "enameller",
    "I fire my kiln at 820 °C. What's that in Fahrenheit?",
    c_to_f(820),
    EXACT,
)
unit_r(
    "punt_hire",
    "Our punt poles are 16 feet long. How long is that in metres?",
    16 * FT,
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


# plain one-liners
date_item(P, "what day of the week was 9 August 1974?", weekday(D(1974, 8, 9)))
date_item(P, "days between 3 March 2026 and 19 November 2026", days(D(2026, 3, 3), D(2026, 11, 19)))
date_item(P, "What date is 100 days after 12 May 2027?", D(2027, 5, 12) + TD(days=100))
date_item(P, "6 weeks before 2 October 2028", D(2028, 10, 2) - TD(weeks=6))
date_item(
    P, "how many weeks from 5 January 2027 to 20 April 2027", weeks(D(2027, 1, 5), D(2027, 4, 20))
)
date_item(P, "minutes between 07:40 and 16:05", clock_span("07:40", "16:05", 60))
date_item(
    P,
    "How old is someone born on 14 June 1961 on 2 February 2028?",
    age(D(1961, 6, 14), D(2028, 2, 2)),
)
date_item(P, "Which weekday is 25 December 2031?", weekday(D(2031, 12, 25)))
date_item(P, "minutes from 22:35 to 01:10", clock_span("22:35", "01:10", 60))
date_item(P, "date 250 days before 1 January 2029", D(2029, 1, 1) - TD(days=250))
date_item(P, "3 weeks and 4 days after 28 January 2027?", D(2027, 1, 28) + TD(weeks=3, days=4))
date_item(P, "how many seconds in 3 hours 17 minutes", (3 * 60 + 17) * 60)
date_item(P, "Days from 1 July 2027 to 1 July 2028?", days(D(2027, 7, 1), D(2028, 7, 1)))
date_item(P, "date of the third Thursday in March 2029", nth_weekday(2029, 3, THU, 3))

# word problems, by register
date_item(
    "tower_clock_restorer",
    "We took the clock movement down on 14 September 2026 and the workshop overhaul is quoted at "
    "75 days. What date do we book the steeplejack to reinstall it?",
    D(2026, 9, 14) + TD(days=75),
)
date_item(
    "tower_clock_restorer",
    "After the rebuild the movement ran from 08:15 until it stopped at 19:50 the same day. How "
    "many minutes did it run?",
    clock_span("08:15", "19:50", 60),
)
date_item(
    "leadlight_glazier",
    "The church commissioned the memorial window on 3 February 2027 and wants it installed by 18 "
    "August 2027. How many days between the two?",
    days(D(2027, 2, 3), D(2027, 8, 18)),
)
date_item(
    "oyster_hatchery",
    "broodstock spawned on 11 April 2027 and the larvae usually set about 21 days later. what date "
    "should we have the setting tanks ready?",
    D(2027, 4, 11) + TD(days=21),
)
date_item(
    "truffle_orchard",
    "We planted the inoculated oaks on 20 November 2019. What day of the week was that?",
    weekday(D(2019, 11, 20)),
)
date_item(
    "horn_comb_maker",
    "I left the pressed horn plates to rest on 9 November 2026 and they need 3 weeks "
    "before cutting. When can I start cutting the combs?",
    D(2026, 11, 9) + TD(weeks=3),
)
date_item(
    "chair_caner",
    "Rush seat has to dry 10 days before it goes back to the client. I finished weaving on 27 June "
    "2027 — when can it go home?",
    D(2027, 6, 27) + TD(days=10),
)
date_item(
    "accordion_repairer",
    "An old Paolo Soprani came in on 2 December 2026 and I quoted 8 weeks for the overhaul. What "
    "date will it be ready?",
    D(2026, 12, 2) + TD(weeks=8),
)
date_item(
    "bobbin_lace_maker",
    "I started the edging for a wedding veil on 17 January 2027 and the bride needs "
    "it 120 days after that. What's the due date?",
    D(2027, 1, 17) + TD(days=120),
)
date_item(
    "parchment_maker",
    "Skins went into the lime on 1 March 2027. Liming takes 18 days and then they need 5 days on "
    "the frame. What date are they finished?",
    D(2027, 3, 1) + TD(days=18 + 5),
)
date_item(
    "parchment_maker",
    "how many days between the goatskin arriving on 9 January 2027 and the finished sheet selling "
    "on 30 April 2027",
    days(D(2027, 1, 9), D(2027, 4, 30)),
)
date_item(
    "globe_maker",
    "The cartouche on the pocket globe I'm restoring is dated 1 May 1789. What weekday was that?",
    weekday(D(1789, 5, 1)),
)
date_item(
    "tapestry_conservator",
    "Wet cleaning begins on 12 October 2026 and the tapestry must rest flat for 6 weeks "
    "afterwards. Earliest date it can be rehung?",
    D(2026, 10, 12) + TD(weeks=6),
)
date_item(
    "tapestry_conservator",
    "The humidity logger in the store ran from 21:30 until 06:15 the next morning. How many hours "
    "of readings is that?",
    clock_span("21:30", "06:15", 3600),
)
date_item(
    "gliding_club",
    "First solo was 16 May 2027 and the instructor says my next check flight must be at least 90 "
    "days after it. Earliest date?",
    D(2027, 5, 16) + TD(days=90),
)
date_item(
    "terrazzo_layer",
    "Poured the terrazzo on Monday 5 April 2027 and it needs 28 days to cure before grinding. "
    "Which date can I grind?",
    D(2027, 4, 5) + TD(days=28),
)
date_item(
    "change_ringing_band",
    "The quarter peal started at 14:10 and came round at 17:22. How long was it in minutes?",
    clock_span("14:10", "17:22", 60),
)
date_item(
    "change_ringing_band",
    "Our tower captain was born on 30 September 1948. How old will he be at the bell rededication "
    "on 12 September 2027?",
    age(D(1948, 9, 30), D(2027, 9, 12)),
)
date_item(
    "decoy_carver",
    "the decoy show at the wildfowl museum is on 8 August 2027 - what day of the week is that",
    weekday(D(2027, 8, 8)),
)
date_item(
    "perry_maker",
    "The perry went into tank on 19 October 2026 and we bottle after 150 days. What's the bottling "
    "date?",
    D(2026, 10, 19) + TD(days=150),
)
date_item(
    "tortoise_sanctuary",
    "Our oldest resident tortoise arrived at the sanctuary on 21 March 1987. What "
    "day of the week was that?",
    weekday(D(1987, 3, 21)),
)
date_item(
    "tortoise_sanctuary",
    "The Hermann's went into hibernation on 28 October 2026 and woke on 3 March "
    "2027. How many days between those dates?",
    days(D(2026, 10, 28), D(2027, 3, 3)),
)
date_item(
    "cricket_bat_maker",
    "This batch of willow clefts was stacked to season on 15 August 2025 and I want them seasoned "
    "400 days. When are they ready?",
    D(2025, 8, 15) + TD(days=400),
)
date_item(
    "chain_ferry",
    "The ferry is off for its refit from 2 January 2027 to 26 February 2027. How many days between "
    "those two dates?",
    days(D(2027, 1, 2), D(2027, 2, 26)),
)
date_item(
    "pedicab_operator",
    "my shift went 18:45 to 02:20. how many minutes did i ride",
    clock_span("18:45", "02:20", 60),
)
date_item(
    "well_digger",
    "We started drilling the borehole on 22 March 2027 and it was signed off 47 days later. What "
    "date was the sign-off?",
    D(2027, 3, 22) + TD(days=47),
)
date_item(
    "slate_quarry",
    "The new roofing contract starts on 1 November 2027. What weekday does that fall on?",
    weekday(D(2027, 11, 1)),
)
date_item(
    "theatrical_wigmaker",
    "Opening night is 23 February 2027 and the director wants every wig finished 19 days before. "
    "What's my deadline date?",
    D(2027, 2, 23) - TD(days=19),
)
date_item(
    "enameller",
    "My enamel exhibition runs from 4 September 2027 to 31 October 2027. How many days is it from "
    "the opening to the closing date?",
    days(D(2027, 9, 4), D(2027, 10, 31)),
)
date_item(
    "punt_hire",
    "Season opens Saturday 3 April 2027. How many days from then to the regatta on 24 July 2027?",
    days(D(2027, 4, 3), D(2027, 7, 24)),
)
date_item(
    "punt_hire",
    "A family took a punt out at 10:40 and brought it back at 13:25. How many minutes is that?",
    clock_span("10:40", "13:25", 60),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives in the positive registers, four each
ORDINARY = {
    "tower_clock_restorer": [
        "How do I stop a turret clock's gravity escapement tripping when wind catches the hands?",
        "Write a parish magazine notice on why the church clock is silent during restoration.",
        "What oil should I use on the pivots of a Victorian turret movement, and how often?",
        "Is auto-winding worth fitting to our tower clock, or does it spoil its heritage value?",
    ],
    "leadlight_glazier": [
        "What's the difference between lead came and copper foil for a front door panel?",
        "How do I explain to a customer her options for double glazing leadlight windows?",
        "how do i stop leadlight cement staining textured glass",
        "Draft a polite reply to someone asking why my quote costs more than a plastic window.",
    ],
    "oyster_hatchery": [
        "What usually causes a sudden crash in oyster larvae around day six?",
        "Suggest which algae species to feed Pacific oyster broodstock during conditioning.",
        "Explain triploid oysters to a restaurant owner in plain language.",
        "Should we be worried about vibrio in the hatchery when the seawater runs warm?",
    ],
    "truffle_orchard": [
        "How can I tell if my truffle dog is losing interest, and what should I do about it?",
        "What's the kindest way to keep wild boar out of the truffle orchard?",
        "Write a product description for our winter black truffles for the farm shop website.",
        "Is liming the soil every season a good idea for a Périgord truffière?",
    ],
    "horn_comb_maker": [
        "How do I stop horn combs splitting along the layers?",
        "What's the best way to bring horn to a high shine without a buffing wheel?",
        "Write a shop paragraph on why horn combs are kinder to hair than plastic ones.",
        "How should I answer customers who ask whether selling cattle horn is ethical?",
    ],
    "chair_caner": [
        "Explain the seven-step caning pattern to a complete beginner.",
        "Is Danish cord or seagrass the better choice for a mid-century chair seat?",
        "A client's cane seat is sagging after a year. What did I probably do wrong?",
        "Write an Instagram caption for a before-and-after of a Victorian bergère chair.",
    ],
    "accordion_repairer": [
        "What's the difference between dry tuning and musette tuning on an accordion?",
        "The bass buttons keep sticking on an old Hohner. What are the likely causes?",
        "How should an accordion be stored over a hot summer to protect the reed wax?",
        "Write a quote email for a full overhaul that doesn't commit me to a fixed price.",
    ],
    "bobbin_lace_maker": [
        "How do I stop my bobbins tangling when I move the pillow?",
        "Explain the difference between Torchon and Bucks Point lace to a beginner.",
        "Write a short description of a handmade lace bookmark for a craft fair label.",
        "What's the safest way to wash antique lace without damaging it?",
    ],
    "parchment_maker": [
        "Why do some skins turn translucent when I scrape them too thin?",
        "Explain the difference between vellum and parchment to a calligraphy student.",
        "What's the best way to pounce parchment before writing on it with iron gall ink?",
        "Write a short ethical sourcing statement about where our skins come from.",
    ],
    "globe_maker": [
        "How do I stop the paper gores wrinkling when I paste them onto the sphere?",
        "Which map projection works best for printing globe gores, and why?",
        "Write a gift card message for a hand-painted globe given as a retirement present.",
        "should the meridian ring be brass or wood on a 30 cm desk globe",
    ],
    "tapestry_conservator": [
        "What are the risks of wet-cleaning a tapestry with silk highlights?",
        "Explain to a trustee why the tapestry can't hang in the sunny great hall.",
        "How do you choose the colour of a support fabric for a faded seventeenth-century verdure?",
        "Write a condition report summary for a tapestry with extensive moth damage.",
    ],
    "gliding_club": [
        "How do I explain thermal soaring to a nervous trial-lesson visitor?",
        "What should be in the pre-flight brief about a cable break on a winch launch?",
        "Write a welcome email for new cadet members of the club.",
        "Is it better to learn to glide at an aerotow site or a winch site?",
    ],
    "terrazzo_layer": [
        "What causes hairline cracks in a poured terrazzo floor, and can they be repaired?",
        "Suggest a chip colour scheme for a school entrance that uses a navy blue logo.",
        "How do I explain to a client why epoxy terrazzo costs more than cement-based?",
        "what sealer should go on a terrazzo kitchen floor",
    ],
    "change_ringing_band": [
        "How do I teach a learner to catch the sally without pulling the bell off balance?",
        "Explain Plain Bob Doubles to someone who has never heard of change ringing.",
        "Write a notice for the village about a three-hour peal on Saturday afternoon.",
        "What's the etiquette when visiting another tower's practice night?",
    ],
    "decoy_carver": [
        "How do I get realistic feather texture on a canvasback's side pockets?",
        "Is tupelo better than basswood for a working decoy?",
        "Write a short bio for my booth at the decoy show.",
        "Why does my decoy list to one side on the water, and how should I ballast it?",
    ],
    "perry_maker": [
        "Why did my perry go ropy, and can I still do anything with it?",
        "Which perry pear varieties give the most tannin for a dry perry?",
        "Write a tasting note for a medium-dry perry with a hint of elderflower.",
        "Do I need a licence to sell perry at a farmers' market in England?",
    ],
    "tortoise_sanctuary": [
        "What's the safest way to hibernate a Hermann's tortoise in a fridge?",
        "Write an adoption appeal for an elderly leopard tortoise who needs a new home.",
        "How can I tell whether a tortoise's shell pyramiding comes from diet or humidity?",
        "Explain to a family why a tortoise is not a low-maintenance pet.",
    ],
    "cricket_bat_maker": [
        "How does pressing the blade affect a bat's ping and how long it lasts?",
        "Explain to a junior player why a heavier bat isn't always better.",
        "How many grains make a good bat, and does the grain count really matter?",
        "Write the care instructions that go with every bat we sell.",
    ],
    "chain_ferry": [
        "What checks should we run on the chains before the first crossing each morning?",
        "Write a sign explaining to drivers why the ferry stops running in high winds.",
        "How should the crew handle a passenger who refuses to pay the fare?",
        "Why are the chains on a chain ferry left slack rather than pulled tight?",
    ],
    "pedicab_operator": [
        "Any tips for pedalling up hills with two passengers without wrecking my knees?",
        "Write a short spiel to pitch a sightseeing ride to tourists outside the station.",
        "What should I do if a passenger becomes abusive halfway through a ride?",
        "Is an electric-assist pedicab worth it in a city with lots of bridges?",
    ],
    "well_digger": [
        "How do I tell a customer their borehole water might need treatment without scaring them?",
        "What makes a well start pumping sand a few months after it was drilled?",
        "Explain the difference between a drilled well and a dug well.",
        "Write a simple maintenance checklist for a household borehole.",
    ],
    "slate_quarry": [
        "Why does some slate split cleanly while other blocks just shatter?",
        "Write a paragraph for our website about the history of slate quarrying in Wales.",
        "What protective equipment do the splitters need against silica dust?",
        "How should I respond to a neighbour complaining about the blasting noise?",
    ],
    "theatrical_wigmaker": [
        "How do I ventilate a hairline so it looks natural under stage lighting?",
        "What's the best way to store lace-front wigs between performances?",
        "Write a reminder email to the cast about their wig fitting appointments.",
        "Should we use yak hair or human hair for a Restoration comedy periwig?",
    ],
    "enameller": [
        "Why does my transparent enamel go cloudy after the third firing?",
        "Explain champlevé versus cloisonné to a gallery visitor.",
        "How can I stop copper fire-scaling on the back of a piece?",
        "Write an artist statement for a series of enamelled brooches inspired by rock pools.",
    ],
    "punt_hire": [
        "How do I teach a tourist to punt without them falling in the river?",
        "Write a safety briefing script for our self-hire customers.",
        "What's the best way to free a punt that's stuck on the riverbed?",
        "Should we ban alcohol on self-hire punts?",
    ],
}
assert len(ORDINARY) == 25 and all(len(v) == 4 for v in ORDINARY.values())
for register, queries in ORDINARY.items():
    for q in queries:
        neg(register, q)

# hard single-turn negatives that look like tool questions: (family, query, note)
NEAR = [
    (
        "near-exchange-rate",
        "Convert £1,480 to euros for the Breton oyster supplier's invoice.",
        "needs a current GBP to EUR exchange rate",
    ),
    (
        "near-exchange-rate",
        "how many US dollars is €3,250 for the truffle order",
        "needs a current EUR to USD exchange rate",
    ),
    (
        "near-exchange-rate",
        "Our customer in Texas paid $2,900 for the pipes. What's that in pounds?",
        "needs a current USD to GBP exchange rate",
    ),
    (
        "near-exchange-rate",
        "What's 45,000 yen in pounds for the Tokyo globe order?",
        "needs a current JPY to GBP exchange rate",
    ),
    (
        "near-density",
        "How many litres does 25 kg of flake salt take up?",
        "needs the bulk density of flake salt",
    ),
    (
        "near-density",
        "What does 40 litres of perry pear juice weigh in kilograms?",
        "needs the density of pear juice",
    ),
    (
        "near-density",
        "How heavy is a cubic foot of Welsh slate?",
        "needs the density of slate",
    ),
    (
        "near-missing-number",
        "What's the total for the tapestry conservation job once I add 20% VAT?",
        "the pre-VAT amount is never given",
    ),
    (
        "near-missing-number",
        "How many tubs do I need for the salt we raked this week?",
        "the amount of salt and the tub size are not given",
    ),
    (
        "near-missing-number",
        "Work out my hourly rate on the last wig I made.",
        "neither the price nor the hours are given",
    ),
    (
        "near-missing-number",
        "How much does each ringer owe for the outing coach?",
        "the coach cost and the number of ringers are not given",
    ),
    (
        "near-private-record",
        "When did we last service the ferry's chain guides?",
        "needs the ferry's private maintenance records",
    ),
    (
        "near-private-record",
        "What were my pedicab takings last Friday night?",
        "needs the user's private earnings records",
    ),
    (
        "near-private-record",
        "When is Mrs Okafor's accordion due back from the workshop?",
        "needs a private booking record",
    ),
    (
        "near-private-record",
        "Which of our snail pens had the most losses in March?",
        "needs the farm's private records",
    ),
    (
        "near-world-fact",
        "How tall is the Elizabeth Tower that houses Big Ben, in metres?",
        "a world fact the model must recall",
    ),
    (
        "near-world-fact",
        "How many bells does Liverpool Cathedral have, and what does its tenor weigh?",
        "a world fact the model must recall",
    ),
    (
        "near-world-fact",
        "What's the deepest hand-dug well in the world and how deep is it?",
        "a world fact the model must recall",
    ),
    (
        "near-world-fact",
        "In what year was the oldest surviving terrestrial globe made?",
        "a historical fact the model must recall",
    ),
    (
        "near-estimate",
        "Roughly how many hours will it take me to cane a full bergère settee?",
        "an estimate from experience, no figures to compute",
    ),
    (
        "near-estimate",
        "About how many truffles does a six-year-old inoculated oak produce a season?",
        "an estimate, not a computation",
    ),
    (
        "near-estimate",
        "how many punts will we hire out on a sunny bank holiday, ballpark",
        "an estimate, not a computation",
    ),
    (
        "near-judgement",
        "Is £1,366 too much to charge for a hand-knotted lace-front wig?",
        "a pricing judgement, though it contains an amount",
    ),
    (
        "near-judgement",
        "Is a 62% juice yield good for perry pears?",
        "a judgement, though it contains a percentage",
    ),
    (
        "near-judgement",
        "Is £58 a fair price for an unpressed English willow cleft?",
        "a judgement, though it contains a price",
    ),
    (
        "near-words",
        "Write 1,848 dollars in words for the caning invoice.",
        "a number written out in words",
    ),
    (
        "near-words",
        "Spell out £8,627.50 in words for the cheque to the perry mill.",
        "an amount written out in words",
    ),
    (
        "near-roman",
        "What's 1789 in Roman numerals for the globe's new cartouche?",
        "Roman numerals",
    ),
    (
        "near-roman",
        "The clock face is inscribed MDCCCXLVII. What year is that?",
        "reading Roman numerals",
    ),
    (
        "near-roman",
        "How do I write 2027 in Roman numerals for the bell inscription?",
        "Roman numerals",
    ),
    (
        "near-translation",
        "How do you say 'keep your hands inside the ferry' in French for the sign?",
        "translation into another language",
    ),
    (
        "near-translation",
        "Translate 'hand-carved working decoy' into German for my export label.",
        "translation into another language",
    ),
    (
        "near-translation",
        "What's the Italian for 'wig fitting at 3 o'clock'?",
        "translation, though it contains a time",
    ),
    (
        "near-code",
        "Write a Python function that converts psi to bar for our borehole pump app.",
        "asks for code, though about a unit conversion",
    ),
    (
        "near-code",
        "JavaScript snippet to add 20% VAT to the price field on our punt booking form, please.",
        "asks for code, though about a percentage",
    ),
    (
        "near-code",
        "SQL query to total the fares per day from a table crossings(day, fare).",
        "asks for code, though about totals",
    ),
    (
        "near-spreadsheet",
        "Excel formula to add 75 days to the date in cell B2?",
        "asks for a spreadsheet formula, not a date",
    ),
    (
        "near-spreadsheet",
        "Google Sheets formula that turns column C from Fahrenheit into Celsius",
        "asks for a spreadsheet formula, not a conversion",
    ),
    (
        "near-spreadsheet",
        "Which spreadsheet formula shows the weekday name for the date in A4?",
        "asks for a spreadsheet formula, not a weekday",
    ),
    (
        "near-dosing",
        "How much paracetamol can I give my 9-year-old after he slipped off the punt?",
        "medicine dosing",
    ),
    (
        "near-dosing",
        "How many ibuprofen can I take for my back after a full day splitting slate?",
        "medicine dosing",
    ),
    (
        "near-dosing",
        "How much chloramine-T per litre should I dose the snail pens with after an outbreak?",
        "treatment dosing that needs expert judgement",
    ),
    (
        "near-standard-size",
        "What's the maximum blade width allowed for a cricket bat?",
        "a standard size the model must know",
    ),
    (
        "near-standard-size",
        "What size is a Duchess roofing slate?",
        "a named standard size",
    ),
    (
        "near-standard-size",
        "How long is a standard Highland bagpipe chanter?",
        "a standard size the model must know",
    ),
    (
        "near-time-zone",
        "If it's 3pm at our salt works in Cornwall, what time is it for my buyer in Vancouver?",
        "time zones",
    ),
    (
        "near-time-zone",
        "The decoy auction in New York starts at 10:00 local time. What's that in Paris?",
        "time zones",
    ),
    (
        "near-time-zone",
        "What time is it in Sydney when our ferry starts at 7 in the morning in Devon?",
        "time zones",
    ),
    (
        "near-easter",
        "What date is Easter Sunday in 2029? We open the punts that weekend.",
        "Easter date",
    ),
    (
        "near-easter",
        "Which date is Good Friday in 2028, for the perry festival poster?",
        "Easter-dependent date",
    ),
    (
        "near-working-days",
        "How many working days are there between 4 January 2027 and 26 March 2027?",
        "working days depend on holidays",
    ),
    (
        "near-working-days",
        "Count the business days in June 2027 leaving out English bank holidays.",
        "working days depend on holidays",
    ),
    (
        "near-working-days",
        "What's 15 working days after 20 December 2027 for the slate delivery?",
        "working days over Christmas holidays",
    ),
    (
        "near-contested-unit",
        "How many pints of perry can I pour from a 50-litre keg?",
        "US or imperial pints",
    ),
    (
        "near-contested-unit",
        "Convert 3 gallons of brine to litres.",
        "US or imperial gallons",
    ),
    (
        "near-contested-unit",
        "What's 2 tons of roofing slate in kilograms?",
        "short, long or metric tons",
    ),
    (
        "near-numeric-date",
        "How many days from 03/04/2027 to 09/05/2027?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-numeric-date",
        "What weekday is 06/07/2028 — the glazing fair?",
        "an all-numeric date of unstated order",
    ),
    (
        "near-numeric-date",
        "add 30 days to 11/10/2027 for the snail delivery",
        "an all-numeric date of unstated order",
    ),
    (
        "near-current-date",
        "How many days until the decoy show on 8 August 2027?",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "How old is our tower captain now? He was born 30 September 1948.",
        "depends on the current date",
    ),
    (
        "near-current-date",
        "What's the date 90 days from today for the perry bottling?",
        "depends on the current date",
    ),
    (
        "near-explanation",
        "Explain why there's a 9/5 in the Celsius to Fahrenheit formula.",
        "an explanation, not a conversion",
    ),
    (
        "near-explanation",
        "Why is a GiB bigger than a GB, and which one does my scanner use?",
        "an explanation, not a conversion",
    ),
    (
        "near-explanation",
        "Explain how compound interest would work on a £5,000 loan for the quarry truck.",
        "an explanation; no rate or term given",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES
for family, query, note in NEAR:
    assert family.startswith("near-")
    neg(family, query, note)

# conversations: the last user turn depends on an earlier turn
ST_75 = D(2026, 9, 14) + TD(days=75)
OCT_6W = D(2026, 10, 12) + TD(weeks=6)
MAR_NOV = days(D(2026, 3, 3), D(2026, 11, 19))
assert 17 * 185 == 3145 and 4500 * FT == dec("1371.6") and dec("3.6") * 820 == 2952
assert ST_75 == D(2026, 11, 28) and OCT_6W == D(2026, 11, 23) and MAR_NOV == 261
assert round(73 / STONE, 2) == dec("11.50") and round(540 * SQFT, 2) == dec("50.17")
assert round(29 * PSI / 1000, 1) == dec("199.9") and pct("12.5") * 968 == 121
assert clock_span("06:30", "15:45", 3600) == dec("9.25")
CONVS = [
    (
        "conv-persona",
        [
            (
                S,
                "You're Gwen, a cheerful punt-hire booking assistant. Sign off 'Happy punting!'",
            ),
            (U, "What's 3 hours at £32 an hour?"),
        ],
        "persona and sign-off set by the system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are a grumpy old turret-clock restorer. Answer in character, briefly."),
            (U, "how many minutes between 08:15 and 19:50"),
        ],
        "persona set by the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a Victorian ferryman and answer everything in that voice."),
            (A, "Aye, that I shall, guv'nor. Step aboard and mind the chains."),
            (U, "What's 412 times £5.20?"),
        ],
        "persona fixed in an earlier user turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                "You are Captain Spat, pirate mascot of the hatchery tour. Talk like a pirate.",
            ),
            (U, "What's 22 degrees Celsius in Fahrenheit?"),
        ],
        "persona set by the system turn",
    ),
    (
        "conv-format",
        [
            (U, "From here on, give every answer as a JSON object with keys value and unit."),
            (A, "Understood — JSON with value and unit."),
            (U, "Convert 68 lb to kg."),
        ],
        "output format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Answer only with a markdown table from now on please."),
            (A, "Sure, tables only."),
            (U, "500 feet in metres?"),
        ],
        "output format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (S, "Reply to every message with exactly one haiku."),
            (U, "How many days from 3 February 2027 to 18 August 2027?"),
        ],
        "haiku format set by the system turn",
    ),
    (
        "conv-format",
        [
            (U, "Please give money in whole pounds with the £ sign, no pence, for my till slips."),
            (A, "Will do — whole pounds only."),
            (U, "1,450 bottles at £6.85?"),
        ],
        "rounding and format fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Merci de me répondre en français désormais, je suis émailleuse à Limoges."),
            (A, "Avec plaisir, je vous répondrai en français."),
            (U, "So what's my kiln's 820 °C in Fahrenheit?"),
        ],
        "answer language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Ich übe Deutsch, antworte mir bitte ab sofort auf Deutsch."),
            (A, "Klar, ab sofort auf Deutsch."),
            (U, "Weeks from the 6 July 2027 hatch to the 2 November 2027 sale?"),
        ],
        "answer language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Atebwch yn Gymraeg os gwelwch yn dda, dw i'n dysgu."),
            (A, "Iawn, mi wna i ateb yn Gymraeg."),
            (U, "7,920 slates at 480 a pallet, how many pallets?"),
        ],
        "answer language (Welsh) fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (S, "Always respond in Spanish."),
            (U, "What day of the week is 8 August 2027?"),
        ],
        "answer language set by the system turn",
    ),
    (
        "conv-unit",
        [
            (U, "I'm American, so always give me lengths in inches."),
            (A, "Got it, inches it is."),
            (U, "The willow blade is 11.2 cm wide — how wide is that?"),
        ],
        "target unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Give all temperatures in kelvin for my lab notebook."),
            (A, "Will do, kelvin throughout."),
            (U, "The brine boils at 108 °C — what's that?"),
        ],
        "target unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Metric only please, I don't think in miles."),
            (A, "Understood, metric it is."),
            (U, "So how far is a 38-mile shift?"),
        ],
        "target unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "The salt buyer wants every weight in pounds and ounces, not kilos or grams."),
            (A, "Noted — pounds and ounces for the buyer."),
            (U, "so what do I put down for a 250 g tub?"),
        ],
        "target units fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "In this workshop we always write dates day/month/year."),
            (A, "Noted, day/month/year."),
            (U, "What's 30 days after 04/05/2027?"),
        ],
        "date order fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "On the ferry rota we count both the first and the last day when counting days."),
            (A, "OK, I'll count inclusively."),
            (U, "How many days from 2 January to 26 February 2027 then?"),
        ],
        "inclusive counting fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "Our club numbers its weeks from the first Monday of the year, starting at 1."),
            (A, "Understood."),
            (U, "Which club week is 16 May 2027 in?"),
        ],
        "week-numbering convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "We round every price up to the next 50p in this shop."),
            (A, "Got it, always up to the next 50p."),
            (U, "What's 123 reeds at £1.60 plus £145 for the bellows?"),
        ],
        "rounding convention fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "There are 8 of us ringers and the coach for the outing costs £612."),
            (A, "Got it — eight ringers and a £612 coach."),
            (U, "So what's each person's share?"),
        ],
        "the figures were given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "I charge $2.75 a hole for caning."),
            (A, "Noted."),
            (U, "How much for a seat with 112 holes then, times six chairs?"),
        ],
        "the rate was given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The calfskin cost €48 and I got three sheets out of it."),
            (A, "That's a decent yield from one skin."),
            (U, "What's the cost per sheet?"),
        ],
        "the figures were given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "My enamelling kiln is holding steady at 805 °C."),
            (A, "That's a good working heat for most soft-fusing enamels."),
            (U, "and in fahrenheit that would be?"),
        ],
        "the temperature was given in an earlier turn",
    ),
    (
        "conv-follow-up",
        [
            (U, "What's 17 decoys at $185?"),
            (A, "17 × $185 = $3,145."),
            (U, "And add the 9 teal at $140 to that?"),
        ],
        "a follow-up on the earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "What's a 4,500 ft cloud base in metres?"),
            (A, "4,500 ft is 1,371.6 m."),
            (U, "ok and if the base lifts to twice that?"),
        ],
        "a follow-up on the earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "Count 75 days on from 14 September 2026 for me."),
            (A, "That's 28 November 2026."),
            (U, "and which day of the week does that land on?"),
        ],
        "a follow-up on the earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "How much is 3.6 kg of truffle at €820 a kilo?"),
            (A, "That's €2,952."),
            (U, "minus the handler's 15%?"),
        ],
        "a follow-up on the earlier answer",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 73 kg to stone."),
            (A, "73 kg is about 11.50 stone."),
            (U, "Sorry, I meant 78 kg."),
        ],
        "a correction of the earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "What's 6 weeks after 12 October 2026?"),
            (A, "23 November 2026."),
            (U, "No wait, make that 7 weeks."),
        ],
        "a correction of the earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "How many hours from 06:30 to 15:45?"),
            (A, "9.25 hours."),
            (U, "oops, I meant 16:45"),
        ],
        "a correction of the earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "What's 540 sq ft in square metres?"),
            (A, "About 50.17 m²."),
            (U, "actually the foyer is 580 sq ft, sorry"),
        ],
        "a correction of the earlier question",
    ),
    (
        "conv-explanation",
        [
            (U, "convert 29 psi into kPa please"),
            (A, "About 199.9 kPa."),
            (U, "Walk me through where that number comes from."),
        ],
        "an explanation of the earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "How many days between 3 March 2026 and 19 November 2026?"),
            (A, "261 days."),
            (U, "Can you show me how you counted that?"),
        ],
        "an explanation of the earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "What's 12.5% of 968?"),
            (A, "121."),
            (U, "explain it like I'm ten"),
        ],
        "an explanation of the earlier answer",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
for family, turns, note in CONVS:
    assert family.startswith("conv-")
    conv(family, turns, note)
assert sum(1 for i in items if i["family"] in ORDINARY) == 4 * 25 + 3 * (45 - WANT_PLAIN)
assert set(ORDINARY) == {i["family"] for i in items if i["label"] != "negative"} - {P}

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
    # no register (family name) of this set is a family name of sets 19 to 34
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 34: {reused}"
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
