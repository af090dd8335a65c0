r"""Generate heldout-2027-01-08.jsonl: a thirty-sixth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_35.py, by `sed -n`: lines 1-323
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 527-587 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 777-841 (its date helpers, date_item() and weeks()),
1046-1055 (its section header, neg() and conv()) and 1881-2105 (its stated-weekday check, its
checks and main()), plus one `grep -n "^def \|^[A-Z_]* = \|^# ===="` of it (def lines, top-level
constant lines such as P, ORDINARY, NEAR and CONVS with their line numbers, section headers) and
one `wc -l` of it (2105 lines), run together in one command. None of its query blocks was opened.
Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/, server/,
bench/ (apart from grading.py) or tests/ (apart from that one generator), and not README.md. The
only other uses of /work/main were running /work/main/.venv/bin/ruff from /work/main (on this file
only), and one `test -d /work/main/tests/data/router_heldout/__pycache__` after the runs of this
generator (it printed that no such directory exists: no bytecode was written there). The contents
of /work/sealed22 to /work/sealed35 were not looked at (see the disclosures for one `ls /work`).
The earlier generators (sets 1-35) are only imported, in memory, by this file's main() for the
duplicate and register checks; no other script imported them. Their queries were never printed.
No JSONL file was opened (not even this set's own output: only this generator's summary, its
failure messages and its --show listing of ids, expected values and tolerances were read), no git
command was run, no network and no search tool was used, and neither the router nor the bench
nor the tests were run.

What was run: the `cat`, `wc -l`, `grep -n`, `sed -n` and `test -d` above; in the first command also
`ls /work/sealed36` (absent) and `ls /work`; one command of `ls /tmp | grep -c h36` (0), `mkdir -p`
of /tmp/h36/blocks and /work/sealed36, `sed -n` copies of the same allowed ranges of set 35 into
block files under /tmp/h36/blocks/ (lines 1-323, 527-587, 777-841, 1046-1055 and 1881-2105), a `grep
-n "from __future__"` of the first copy (it printed line 187 and a line of set 35's docstring
already read), `wc -l` of the blocks, `python3 --version` (3.11.7) and `date`; a small `python3`
script (/tmp/h36/subst.py, written by a `cat` heredoc) that cut the first copy from its `from
__future__` line (set 35's line 187) to P = "plain" (line 323) and substituted this set's OUT,
PREFIX, EARLIER_DIR test (make_heldout_35.py), EARLIER (sets 1-35, `range(2, 36)`), REGISTER_CHECK
(sets 19-35, adding make_heldout_35.py) and "sets 19 to 34" -> "sets 19 to 35" in one comment and
one message string of main() (it printed how often each substitution applied: once each, twice for
the last), after which the first copy (with set 35's docstring) was deleted by `rm`; a `grep -n` of
the substituted blocks for those numbers; `cat` heredocs that wrote this set's own blocks
(calculator, unit, date, ordinary, near-positive and conversation blocks, an assembly script
/tmp/h36/assemble.py that builds this file by concatenating the blocks and prints its line count, a
helper /tmp/h36/run.sh that runs assemble.py, the three ruff commands below, `ruff format --check`
and this generator, and this docstring, which replaced a one-line placeholder written by `printf`);
`grep -c` counts of the calls in the own blocks; two checks while writing (a `python3 -c` printing
the dates 33 and 34 weeks after 4 March 2027 and one day count, and a `python3 -c` printing the
weekdays of eight dates, one date 23 days before another and one day count); a `python3 -c` that
executed the list part of the near-positive block (a syntax check); edits of own blocks by stdin
`python3` scripts and by the scripts replace_registers.py, replace_lime.py, reword1.py and rewrap.py
(the changes are listed in the disclosures); edits of this docstring by stdin `python3` scripts and
by refill_doc.py (rewrapping; text unchanged, asserted), with `awk` and `sed -n` checks of it; after
every assembly, from /work/main as the working directory, `.venv/bin/ruff format --no-cache -q`,
`.venv/bin/ruff check --fix --unsafe-fixes --no-cache -q`, `.venv/bin/ruff format --no-cache -q` and
`.venv/bin/ruff format --check --no-cache` on this file; `ruff check --no-cache` of this file
without --fix (all checks passed) and `ruff --version` (0.17.6); `awk` checks of line lengths in
this file, `sed -n` views of this file's own lines (five that were longer than 100 characters,
conversation strings wrapped in parentheses by ruff check's fix, and two stretches of the
conversation block around them), `grep` and `sed -n` views of own blocks, `head`, `tail`, `grep -c`
and `cat -A` views of the ends of the copied blocks; a `python3` script (/tmp/h36/astcmp.py) that
compared the syntax trees of the copied blocks with this file; this generator itself, from /tmp as
the working directory (output written to /tmp/h36/out.txt and read with `tail`, `head`, `sed -n`,
`grep -c` and `grep`; once with --show, filtered by `grep` and `awk` and laid out by `column`); runs
of this file with --digest; `sha256sum` of the JSONL; `ls -la /work/sealed36`; and `rm -rf /tmp/h36`
with `ls /tmp | grep -c h36` afterwards. Writes: /work/sealed36/ was created for this file and its
JSONL; temporary blocks, scripts and output under /tmp/h36/ were deleted afterwards. Nothing was
written into /work/main.

Changes to set 35's main() and checks: only the substitutions listed above (file names, sets 1-35
for the duplicate check, sets 19-35 for the register check). ruff format may rewrap copied
statements (layout only; astcmp.py confirmed the syntax trees are unchanged). All of set 35's
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

Disclosures: the kinds of item follow set 35's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 35's docstring
list them), and the helpers, unit factors and checks are set 35's, copied (P = "plain" is copied
too, as the last line of the first block). Set 35's docstring (within lines 1-323) names its
registers, the names it found taken (bagpipe_maker, sea_salt_works, snail_farm), its provenance, set
34's line ranges and the generic kinds of its reworded items, which were therefore seen; some plain
one-liners, near-positives and conversations here are of those same generic kinds, newly worded. The
`grep -n` printed no docstring or query line; it showed the line numbers of set 35's ORDINARY, NEAR
and CONVS blocks (not read) and, in full, one top-level constant line between NEAR and CONVS (line
1550: a day count between two dates in 2026, no query text); neither that constant nor its dates are
used here. The first command's `ls /work` printed the names of the directories there (main, sealed22
to sealed35, shared); none of them other than main was listed or opened. At the edges of the allowed
ranges: line 323 is P = "plain", 527, 777 and 1046 are section headers, 586 is the last line of
unit_r() and 587 is blank, 840 is the last line of weeks() and 841 is blank, 1053 is the last line
of conv() and 1054-1055 are blank, 1881 is the comment above the stated-weekday pattern and 2105 is
the call of main(). No query text of any earlier set was seen. Every query here was newly written
from imagination of each trade. Registers of sets 1 to 18 are known here only indirectly, so an
overlap in TOPIC cannot be ruled out; an exact repeat of any earlier query or user turn is ruled out
by main(), and main() asserts that no register is a family name of sets 19 to 35 (the
near-.../conv-... families are not registers and may coincide with earlier family names).
Register check: main()'s register assertion failed twice. The first run (every check before it had
passed) reported 6 of the 25 first-chosen registers as family names of sets 19 to 35 (besom_maker,
charcoal_burner, coracle_builder, ice_sculptor, meadery, taxidermy_studio); they were replaced by
oak_swill_maker, lime_burner, currach_builder, butter_sculptor, kombucha_brewery and mealworm_farm,
all their positives and ordinary negatives being dropped and new ones written for the new trades
(replace_registers.py, which asserted how many items it dropped). The next run reported lime_burner;
it was replaced by pine_tar_burner in the same way (replace_lime.py). The run after that passed the
register check. (Some near-positives and conversations still mention coracles, mead, ice, charcoal
kilns or a freezer; those are not registers.)
Own items reworded after main()'s duplicate check reported them by id (12 items, one round,
reword1.py; reworded without the earlier queries being looked at and without knowing which turn of a
conversation had matched): one plain calculator one-liner (a square root; new figure), one plain
date one-liner (a weekday; same date, new wording), two plain unit one-liners (a feet-and-inches
length and a bar-to-psi pressure; new figures), one ordinary negative (a craft question of
gold_leaf_gilder; new wording), six near-positives (a density, an Easter date, two world facts with
new subjects, an all-numeric date and a working-day count; new wording) and one language
conversation (both user turns reworded; the assistant turn unchanged). The next run passed; after
it, the note of one reworded world fact was updated to its new subject by a stdin `python3` script.
Other own edits while writing, before any run: one calculator word problem of sundial_maker and one
date word problem of sundial_maker were reworded (an ambiguous phrase; a sentence shape too close to
a plain one-liner); f-strings in assistant turns were replaced by the same figures written out,
because Python 3.11's Fraction has no format specifications (each figure stays asserted above
CONVS), and one assert on two more assistant figures was added. After the duplicate check passed:
rewrap.py refilled the implicitly concatenated strings of the conversation block so that no line
exceeds 100 characters once ruff has wrapped them (text unchanged, asserted by comparing syntax
trees), and the asserts that the ordinary negatives use exactly the positive registers were added;
the duplicate and register checks passed again.

Registers (families), 25, new: alpaca_trekking, balloon_flight_crew, butter_sculptor,
clay_pigeon_ground, curling_rink, currach_builder, escape_room_operator, fireworks_crew,
fly_tying_supplier, gold_leaf_gilder, harpsichord_builder, kelp_harvester, kombucha_brewery,
lavender_distillery, letterpress_studio, mealworm_farm, narrowboat_signwriter, oak_swill_maker,
pine_tar_burner, rope_walk, saffron_grower, shiitake_log_farm, sundial_maker, watercress_beds,
whisky_cask_cooper. None is in set 35's list; none is among the names found taken above or in
set 35's docstring. Every register is used by all three tools (asserted); eighteen registers
have a fourth positive (a second calculator word problem: balloon_flight_crew, curling_rink,
escape_room_operator, kombucha_brewery, lavender_distillery, whisky_cask_cooper; a second unit
word problem: butter_sculptor, currach_builder, harpsichord_builder, kelp_harvester, rope_walk,
shiitake_log_farm; a second date word problem: alpaca_trekking, fireworks_crew,
letterpress_studio, mealworm_farm, saffron_grower, sundial_maker). Positives are one-liners
(family "plain") or word problems of one to three sentences in UK and US usage with £, $ and €,
some chatty, terse or lower-case. No positive conversations. No dosing in positives.

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

Left out entirely (their grading is contested), as in set 35: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Week counts are asserted to be whole weeks; no day count is inclusive (each
is the difference of the two dates, and queries are worded as a difference), and clock spans run
from one stated time to the next occurrence of the other (two cross midnight). Quantities
bought or filled whole are rounded up (asserted to be fractional before rounding). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 35):
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

Run:  python3 make_heldout_36.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2027-01-08.jsonl"
PREFIX = "ho36-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_35.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 36))
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
calc(P, "What is 7.5% of 3,864?", pct("7.5") * 3864)
calc(P, "417 × 38", 417 * 38)
calc(P, "9315 / 27.6", F(9315) / dec("27.6"))
calc(P, "sqrt(5476)", 74)
calc(P, "(184.25 + 96.75) * 12", (dec("184.25") + dec("96.75")) * 12)
calc(P, "What's 4.5 cubed?", dec("4.5") ** 3)
calc(
    P, "add up 12.85, 7.40, 19.99 and 3.06", dec("12.85") + dec("7.40") + dec("19.99") + dec("3.06")
)
calc(P, "63 is what percent of 840?", F(63, 840) * 100)
calc(P, "Increase 1,240 by 17.5%", 1240 * (1 + pct("17.5")))
calc(P, "Take 12.5% off 86.40", dec("86.40") * (1 - pct("12.5")))
calc(P, "5/8 of 1352", F(5, 8) * 1352)
calc(P, "12,006 minus 4,879.35", 12006 - dec("4879.35"))
calc(
    P,
    "Mean of 14.2, 17.8, 11.5 and 20.1?",
    (dec("14.2") + dec("17.8") + dec("11.5") + dec("20.1")) / 4,
)
calc(P, "2500 * 1.04^2", 2500 * dec("1.04") ** 2)

# word problems, one to three sentences, in the registers
calc(
    "clay_pigeon_ground",
    "A lesson is £65 for the instructor plus 50 clays at 32p a clay. Six people each book their "
    "own lesson - what's the total for the group?",
    6 * (65 + 50 * dec("0.32")),
)
calc(
    "fly_tying_supplier",
    "ordering 15 genetic hackle capes at $48 each, the wholesaler gives me 12% trade discount. "
    "what's the bill",
    15 * 48 * (1 - pct(12)),
)
calc(
    "watercress_beds",
    "The beds gave 1,845 kg of cress this season; we sold 86% of it at £4.20 a kilo. What was "
    "the revenue?",
    1845 * pct(86) * dec("4.20"),
)
calc(
    "alpaca_trekking",
    "Treks are £55 per adult and £35 per child. Two adults and three kids with our 10% family "
    "discount - what do they pay altogether?",
    (2 * 55 + 3 * 35) * (1 - pct(10)),
)
calc(
    "balloon_flight_crew",
    "We fly 16 passengers at £229 a head. If all 23 flights were full, how much did the "
    "tickets bring in?",
    16 * 229 * 23,
)
calc(
    "balloon_flight_crew",
    "Propane is 68p a litre and each flight burns 140 litres. Fuel cost for 23 flights?",
    dec("0.68") * 140 * 23,
)
calc(
    "fireworks_crew",
    "The finale fires 175 shells at €12.40 each and the crew fee is €950 on top. How much is "
    "that in total?",
    175 * dec("12.40") + 950,
)
calc(
    "harpsichord_builder",
    "Delrin plectra come 50 to a pack for £17.50. What does one plectrum cost?",
    dec("17.50") / 50,
)
calc(
    "gold_leaf_gilder",
    "Gold leaf comes in books of 25 leaves and I need 340 leaves for the lettering on the dome. "
    "Books are only sold whole, so how many books do I order?",
    whole_up(F(340, 25)),
)
calc(
    "narrowboat_signwriter",
    "I charge £6.50 per letter. The boat's name is 11 letters and goes on both sides, and the "
    "home mooring (9 letters) goes on the stern once. What's the price?",
    (2 * 11 + 9) * dec("6.50"),
)
calc(
    "kelp_harvester",
    "We hung 2,400 kg of wet kelp to dry and it lost 82% of its weight. How many kilos of dry "
    "kelp are left?",
    2400 * (1 - pct(82)),
)
calc(
    "lavender_distillery",
    "A still run takes 250 kg of flowers and gives 1.6 litres of oil. How many millilitres of "
    "oil is that per kilo of flowers?",
    dec("1.6") * 1000 / 250,
)
calc(
    "lavender_distillery",
    "we bottle our 1.6 L of oil into 10 ml bottles and sell each at €38. revenue if every "
    "bottle sells?",
    dec("1.6") * 1000 / 10 * 38,
)
calc(
    "saffron_grower",
    "It takes 150 crocus flowers to make one gram of dried saffron. We picked 41,250 flowers. "
    "How many grams should we get?",
    F(41250, 150),
)
calc(
    "letterpress_studio",
    "Wedding invitations are £180 for setup and plates plus £2.35 per printed card. For 120 "
    "cards, what does that work out to per card?",
    (180 + 120 * dec("2.35")) / 120,
)
calc(
    "whisky_cask_cooper",
    "I bill $140 for a re-char and $95 for a new head. Did 18 re-chars and 7 heads for the "
    "distillery. Total invoice?",
    18 * 140 + 7 * 95,
)
calc(
    "whisky_cask_cooper",
    "Oak staves are €7.80 each and a hogshead takes 28 staves. What do the staves cost for six "
    "hogsheads?",
    6 * 28 * dec("7.80"),
)
calc(
    "curling_rink",
    "Ice is £210 per sheet per session. The bonspiel books 4 sheets for 6 sessions and the 16 "
    "teams split it evenly. How much per team?",
    F(210 * 4 * 6, 16),
)
calc(
    "curling_rink",
    "48 members pay £95 league fees and 15% of the fees goes to the national association - how "
    "much do we send them?",
    48 * 95 * pct(15),
)
calc(
    "shiitake_log_farm",
    "Each inoculated log gives 1.8 kg per flush and we get 3 flushes a season from 420 logs. How "
    "many kg is that per season?",
    dec("1.8") * 3 * 420,
)
calc(
    "rope_walk",
    "Three-strand manila is £4.85 a metre. A customer wants three 24 m lengths and one 36 m "
    "length. What do I charge?",
    (3 * 24 + 36) * dec("4.85"),
)
calc(
    "sundial_maker",
    "A slate blank costs £38 and engraving is £2.20 a numeral, with 12 numerals on each dial. "
    "What do 15 dials cost?",
    15 * (38 + 12 * dec("2.20")),
)
calc(
    "escape_room_operator",
    "$32 per player, party of 7, plus 8% sales tax. What's the total?",
    7 * 32 * (1 + pct(8)),
)
calc(
    "escape_room_operator",
    "Out of 240 games played in the Pharaoh room, 90 teams got out before the clock ran down. "
    "What's the escape rate in percent?",
    F(90, 240) * 100,
)
calc(
    "currach_builder",
    "Tarred canvas for a three-man currach is €14.60 a metre and I need 19 metres, plus €212 "
    "for the ash frame timber. What do the materials come to?",
    19 * dec("14.60") + 212,
)
calc(
    "oak_swill_maker",
    "I sell a swill basket for £145 and the oak and hazel for each one cost me £18.40. What's "
    "my profit on 9 baskets?",
    9 * (145 - dec("18.40")),
)
calc(
    "butter_sculptor",
    "butter's £7.20 a kilo and the life-size cow for the county show takes 272 kg. what does the "
    "butter cost",
    272 * dec("7.20"),
)
calc(
    "kombucha_brewery",
    "A grocery chain orders 2,880 cans at $3.75 a can. What's the invoice total?",
    2880 * dec("3.75"),
)
calc(
    "kombucha_brewery",
    "We jarred 45 SCOBY starters and sold 80% of them at £6 each. How much did they take?",
    45 * pct(80) * 6,
)
calc(
    "mealworm_farm",
    "Live mealworms go out in 500 g tubs at £9.50 a tub. A pet shop wants 14 kg. How much do I "
    "charge?",
    F(14000, 500) * dec("9.50"),
)
calc(
    "pine_tar_burner",
    "A kiln load of 3.5 tonnes of resinous pine stumps gives tar weighing 12% of the wood. How "
    "many kg of tar is that?",
    dec("3.5") * 1000 * pct(12),
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
unit(P, "Convert 68 °F to Celsius", f_to_c(68), EXACT)
unit_r(P, "42 km in miles", 42000 / MI)
unit(P, "6 ft 2 in in cm?", (6 * 12 + 2) * IN * 100, EXACT)
unit_r(P, "how many kg is 3.5 stone", dec("3.5") * STONE)
unit_r(P, "14 lb to kilograms", 14 * LB)
unit_r(P, "250 g in ounces?", F(250, 1000) / OZ)
unit_r(P, "30 acres in hectares", 30 * ACRE / 10**4)
unit(P, "1.5 GiB in MiB", dec("1.5") * GIB / MIB, EXACT)
unit_r(P, "2.7 bar is how many psi", dec("2.7") * BAR / PSI)
unit(P, "-15 °C to °F", c_to_f(-15), EXACT)
unit_r(P, "90 km/h in mph", 90 * KMH / MPH)
unit_r(P, "350 sq ft in square metres", 350 * SQFT)
unit(P, "How many KiB are in 7.25 MiB?", dec("7.25") * MIB / KIB, EXACT)
unit_r(P, "2 cubic metres to cubic feet", 2 / CUFT)

# word problems
unit_r(
    "clay_pigeon_ground",
    "The new trap throws clays at 65 mph - what's that in km/h?",
    65 * MPH / KMH,
)
unit(
    "fly_tying_supplier",
    "a spool of tippet is 50 yards, how many metres is that",
    50 * YD,
    EXACT,
)
unit_r(
    "watercress_beds",
    "Borehole water feeding the beds comes out at 52 °F. Celsius please.",
    f_to_c(52),
)
unit_r(
    "alpaca_trekking",
    "Our long trek is 7.5 miles. How far is that in kilometres for the European visitors?",
    dec("7.5") * MI / 1000,
)
unit_r(
    "balloon_flight_crew",
    "The envelope is 105,000 cubic feet. What is its volume in cubic metres?",
    105000 * CUFT,
)
unit_r(
    "fireworks_crew",
    "The safety cordon has to be 25 metres from the mortar racks. How many feet is that?",
    25 / FT,
)
unit(
    "harpsichord_builder",
    "The keyboard is 34.25 inches wide. Give me that in millimetres.",
    dec("34.25") * IN * 1000,
    EXACT,
)
unit_r(
    "harpsichord_builder",
    "The soundboard is 7 square feet. How many square metres?",
    7 * SQFT,
)
unit_r(
    "gold_leaf_gilder",
    "Loose leaf is 80 mm square - how many inches along each side?",
    F(80, 1000) / IN,
)
unit_r(
    "narrowboat_signwriter",
    "cabin side panel is 18 ft 6 in long, what is that in metres",
    (18 * 12 + 6) * IN,
)
unit_r(
    "kelp_harvester",
    "The drying shed's hoist is rated for 1,200 lb. What is that in kilograms?",
    1200 * LB,
)
unit_r(
    "kelp_harvester",
    "We tow the kelp lines at 9 mph. What's that in km/h?",
    9 * MPH / KMH,
)
unit_r(
    "lavender_distillery",
    "Our steam still runs at 1.2 bar. What's that in psi?",
    dec("1.2") * BAR / PSI,
)
unit_r(
    "saffron_grower",
    "The crocus field is 0.75 acres. How many square metres is that?",
    dec("0.75") * ACRE,
)
unit_r(
    "letterpress_studio",
    "Our press sheets are 11 x 17 inches. What's the area of one sheet in square centimetres?",
    11 * 17 * IN**2 * 10**4,
)
unit_r(
    "whisky_cask_cooper",
    "A bundle of oak staves weighs 110 lb. Convert to kilos.",
    110 * LB,
)
unit(
    "curling_rink",
    "We keep the ice surface at 23°F. What is that in degrees Celsius?",
    f_to_c(23),
    EXACT,
)
unit(
    "shiitake_log_farm",
    "Logs are cut to 3 ft 4 in. What is that in cm?",
    40 * IN * 100,
    EXACT,
)
unit_r(
    "shiitake_log_farm",
    "Our soaking tank holds 2.5 cubic metres of water. How many cubic feet is that?",
    dec("2.5") / CUFT,
)
unit(
    "rope_walk",
    "Our rope walk is 320 yards long. How long is it in metres?",
    320 * YD,
    EXACT,
)
unit_r(
    "rope_walk",
    "A finished coil weighs 56 lb, how many kilograms?",
    56 * LB,
)
unit(
    "sundial_maker",
    "The gnomon stands 9 inches tall. In mm?",
    9 * IN * 1000,
    EXACT,
)
unit_r(
    "escape_room_operator",
    "The new room is 14 ft by 12 ft. What's the floor area in square metres?",
    14 * 12 * SQFT,
)
unit_r(
    "currach_builder",
    "The currach is 19 feet long - what's that in metres?",
    19 * FT,
)
unit(
    "currach_builder",
    "The oars are 9 ft 3 in. How many centimetres is that?",
    (9 * 12 + 3) * IN * 100,
    EXACT,
)
unit(
    "oak_swill_maker",
    "My boiling trough for the oak is 5 ft long; how many metres?",
    5 * FT,
    EXACT,
)
unit(
    "butter_sculptor",
    "The cooler for the display has to hold 41 °F. What's that in Celsius?",
    f_to_c(41),
    EXACT,
)
unit_r(
    "butter_sculptor",
    "The glass display case is 6 ft by 4 ft. Floor area in square metres?",
    6 * 4 * SQFT,
)
unit(
    "kombucha_brewery",
    "brew room thermostat says 77°F, what's that in celsius",
    f_to_c(77),
    EXACT,
)
unit(
    "mealworm_farm",
    "The breeding room is kept at 27 °C. In Fahrenheit?",
    c_to_f(27),
    EXACT,
)
unit_r(
    "pine_tar_burner",
    "The floor of the tar kiln gets to 750 °F. What's that in Celsius?",
    f_to_c(750),
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
date_item(P, "14 March 2029 falls on which weekday?", weekday(D(2029, 3, 14)))
date_item(P, "What's the date 90 days after 3 November 2027?", D(2027, 11, 3) + TD(days=90))
date_item(
    P,
    "How many days are there between 17 May 2026 and 2 February 2027?",
    days(D(2026, 5, 17), D(2027, 2, 2)),
)
date_item(P, "6 weeks before 9 April 2028 is what date?", D(2028, 4, 9) - TD(weeks=6))
date_item(P, "what weekday was 1 July 1867", weekday(D(1867, 7, 1)))
date_item(P, "How many weeks from 5 Jan 2027 to 30 Mar 2027?", weeks(D(2027, 1, 5), D(2027, 3, 30)))
date_item(P, "Hours between 07:40 and 19:10?", clock_span("07:40", "19:10", 3600))
date_item(P, "minutes from 22:35 to 01:20", clock_span("22:35", "01:20", 60))
date_item(
    P,
    "Someone born on 23 August 1991 - how old are they on 1 June 2030?",
    age(D(1991, 8, 23), D(2030, 6, 1)),
)
date_item(P, "30 June 2028 plus 200 days", D(2028, 6, 30) + TD(days=200))
date_item(P, "Which date is 45 days before 12 January 2029?", D(2029, 1, 12) - TD(days=45))
date_item(P, "Day of the week for 25 December 2031?", weekday(D(2031, 12, 25)))
date_item(P, "days from 1 Jan 2030 to 31 Dec 2030", days(D(2030, 1, 1), D(2030, 12, 31)))
date_item(P, "What is the date 1000 days after 15 September 2025?", D(2025, 9, 15) + TD(days=1000))

# word problems
date_item(
    "clay_pigeon_ground",
    "Our open sporting shoot is on 18 September 2027 - which day of the week is that?",
    weekday(D(2027, 9, 18)),
)
date_item(
    "fly_tying_supplier",
    "order went in on 28 January 2027 and the supplier says delivery 35 days after that. what "
    "date should it arrive",
    D(2027, 1, 28) + TD(days=35),
)
date_item(
    "watercress_beds",
    "First cut was on 4 March 2027 and the last one on 28 October 2027. How many weeks apart "
    "were they?",
    weeks(D(2027, 3, 4), D(2027, 10, 28)),
)
date_item(
    "alpaca_trekking",
    "Our female Juniper was mated on 2 August 2026 and we reckon on 345 days of gestation. "
    "What's her due date?",
    D(2026, 8, 2) + TD(days=345),
)
date_item(
    "alpaca_trekking",
    "Our oldest trekking alpaca was born on 30 April 2019. How old will he be on 15 March 2031?",
    age(D(2019, 4, 30), D(2031, 3, 15)),
)
date_item(
    "balloon_flight_crew",
    "We lifted off at 05:50 and landed at 07:15. How many minutes were we airborne?",
    clock_span("05:50", "07:15", 60),
)
date_item(
    "fireworks_crew",
    "What day of the week does 5 November 2027 fall on?",
    weekday(D(2027, 11, 5)),
)
date_item(
    "fireworks_crew",
    "The council wants the display permit filed 28 days before the show on 31 December 2027. "
    "What's the filing deadline?",
    D(2027, 12, 31) - TD(days=28),
)
date_item(
    "harpsichord_builder",
    "Started the case on 11 January 2027 and delivered the instrument on 19 August 2027. How "
    "many days did the build take?",
    days(D(2027, 1, 11), D(2027, 8, 19)),
)
date_item(
    "gold_leaf_gilder",
    "I laid the oil size at 21:30 and it was tacky enough to gild at 09:45 the next morning. "
    "How many hours of open time was that?",
    clock_span("21:30", "09:45", 3600),
)
date_item(
    "narrowboat_signwriter",
    "The boat goes back in the water on 3 May 2027 and the enamel wants 3 weeks to cure. What "
    "date do I need to finish painting by?",
    D(2027, 5, 3) - TD(weeks=3),
)
date_item(
    "kelp_harvester",
    "the harvesting licence starts on 15 March 2027. what day of the week is that",
    weekday(D(2027, 3, 15)),
)
date_item(
    "lavender_distillery",
    "Distilling starts on 7 July 2027 and the last run is 26 days after that. What date is the "
    "last run?",
    D(2027, 7, 7) + TD(days=26),
)
date_item(
    "saffron_grower",
    "Corms went in on 22 August 2026 and the first flowers opened on 19 October 2026. How many "
    "days between the two?",
    days(D(2026, 8, 22), D(2026, 10, 19)),
)
date_item(
    "saffron_grower",
    "Picking should finish on 1 November 2027. Is that a weekday or the weekend - what day is it?",
    weekday(D(2027, 11, 1)),
)
date_item(
    "letterpress_studio",
    "Invitations should go out 8 weeks before a wedding on 24 July 2027. Which date is that?",
    D(2027, 7, 24) - TD(weeks=8),
)
date_item(
    "letterpress_studio",
    "The Heidelberg ran the menus from 13:40 until 18:05. How many minutes of press time?",
    clock_span("13:40", "18:05", 60),
)
date_item(
    "whisky_cask_cooper",
    "How many days from 6 December 2026, when the casks were charred, to 1 March 2027, when "
    "they were collected?",
    days(D(2026, 12, 6), D(2027, 3, 1)),
)
date_item(
    "curling_rink",
    "The winter league's first round is on 4 October 2027 and the final round is 15 weeks after "
    "it. What's the date of the final round?",
    D(2027, 10, 4) + TD(weeks=15),
)
date_item(
    "shiitake_log_farm",
    "logs inoculated on 20 April 2027 need 40 weeks to colonise. when will they be ready?",
    D(2027, 4, 20) + TD(weeks=40),
)
date_item(
    "rope_walk",
    "Our rope walk opened on 2 June 1789. How many full years old will it be on 1 June 2029?",
    age(D(1789, 6, 2), D(2029, 6, 1)),
)
date_item(
    "sundial_maker",
    "We're installing the garden dial on 21 June 2027 - what weekday is that?",
    weekday(D(2027, 6, 21)),
)
date_item(
    "sundial_maker",
    "The equinox dial gets set up on 21 March 2027 and re-checked on 23 September 2027. How "
    "many days apart are those two visits?",
    days(D(2027, 3, 21), D(2027, 9, 23)),
)
date_item(
    "escape_room_operator",
    "Got a corporate booking for 19 February 2027 - what day of the week is it?",
    weekday(D(2027, 2, 19)),
)
date_item(
    "currach_builder",
    "We laid the keel on 8 February 2027 and launched on 30 May 2027. How many days did the "
    "build take?",
    days(D(2027, 2, 8), D(2027, 5, 30)),
)
date_item(
    "oak_swill_maker",
    "The oak for the spelks was felled on 19 January 2027 and I'll boil it 6 weeks after that. "
    "What's the date?",
    D(2027, 1, 19) + TD(weeks=6),
)
date_item(
    "butter_sculptor",
    "The state fair opens on 26 August 2027. Which day of the week is that?",
    weekday(D(2027, 8, 26)),
)
date_item(
    "kombucha_brewery",
    "First ferment went in on 28 February 2027 and gets bottled 11 days later. Bottling date?",
    D(2027, 2, 28) + TD(days=11),
)
date_item(
    "mealworm_farm",
    "Beetles went into the breeding trays on 6 January 2027 and we harvested larvae on 31 March "
    "2027. How many weeks was that?",
    weeks(D(2027, 1, 6), D(2027, 3, 31)),
)
date_item(
    "mealworm_farm",
    "What day of the week was our first harvest, 14 May 2027?",
    weekday(D(2027, 5, 14)),
)
date_item(
    "pine_tar_burner",
    "I lit the tar kiln at 05:30 and the last tar ran out at 23:00. How many hours was that?",
    clock_span("05:30", "23:00", 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "currach_builder": [
        "What's the difference between an Aran currach and a Kerry naomhóg?",
        "Should I use canvas or a modern fabric on a currach for sea rowing?",
        "Write a short invitation to our currach launch and blessing.",
        "how do i steam the ash gunwales without splitting them",
    ],
    "oak_swill_maker": [
        "How long should I boil oak poles before riving the spelks?",
        "Write a label explaining what a Cumbrian swill basket was used for.",
        "Why is coppiced oak better than timber from a big tree for swills?",
        "What should I charge for a two-day swill-making course? I'd like your opinion.",
    ],
    "pine_tar_burner": [
        "What is pine tar used for on wooden boats and rigging?",
        "Write a label for our pine tar soap.",
        "How do I keep the tar kiln smouldering instead of bursting into flame?",
        "Is Stockholm tar the same thing as pine tar?",
    ],
    "butter_sculptor": [
        "How do I keep a butter sculpture from cracking as it warms?",
        "Write a press release about our butter cow at the state fair.",
        "What tools work best for fine detail in cold butter?",
        "What happens to the butter after the fair - any ideas for reusing it?",
    ],
    "kombucha_brewery": [
        "Why does my kombucha taste like vinegar?",
        "Write a product description for a ginger and turmeric kombucha.",
        "Is it normal for a SCOBY to sink to the bottom?",
        "How do we explain the trace alcohol in kombucha to customers?",
    ],
    "mealworm_farm": [
        "Why are my mealworms pupating so slowly in winter?",
        "Write a leaflet for reptile owners about feeding gut-loaded mealworms.",
        "What bedding is best, wheat bran or oat flakes?",
        "How do I keep grain mites out of the breeding trays?",
    ],
    "clay_pigeon_ground": [
        "How should I explain gun safety rules to a corporate group who have never shot before?",
        "What's the difference between sporting, skeet and trap disciplines?",
        "Write a polite email asking neighbours for feedback on noise from our Sunday shoots.",
        "What kind of ear defenders are best for a beginner who wears glasses?",
    ],
    "fly_tying_supplier": [
        "Which dry fly patterns should I stock for chalk streams in early summer?",
        "Write a product description for a starter fly-tying kit aimed at teenagers.",
        "Is CDC or deer hair better for a floating sedge pattern?",
        "How do I photograph tiny flies so the hackle fibres look sharp?",
    ],
    "watercress_beds": [
        "What causes yellowing leaves in watercress grown in spring-fed beds?",
        "Write a short history panel for our farm shop about watercress growing.",
        "How do I keep water snails out of the beds without harming the stream?",
        "Suggest a summer soup recipe that shows off peppery watercress.",
    ],
    "alpaca_trekking": [
        "How do I tell if an alpaca is stressed during a trek?",
        "Write safety instructions for families before they lead an alpaca.",
        "Can alpacas and sheep share a field safely?",
        "What should I include in a booking confirmation email for an alpaca walk?",
    ],
    "balloon_flight_crew": [
        "How should the chase crew approach a farmer whose field we've just landed in?",
        "Write a pre-flight briefing for passengers about the landing position.",
        "Why do balloon flights only go at dawn or in the evening?",
        "What should I pack in a chase vehicle kit?",
    ],
    "fireworks_crew": [
        "What should be in a risk assessment for a village bonfire display?",
        "Write a short notice to local dog and horse owners about our display.",
        "What's the difference between a cake, a mine and a shell?",
        "How do we brief volunteer marshals who have never worked a display?",
    ],
    "harpsichord_builder": [
        "Is boxwood or bone better for natural keys on a Flemish-style harpsichord?",
        "Why do harpsichords go out of tune so quickly in centrally heated rooms?",
        "Write a letter to a music college offering a loan instrument for their baroque course.",
        "What finishes were used on 18th-century French harpsichord cases?",
    ],
    "gold_leaf_gilder": [
        "When would a gilder choose water gilding over oil gilding on a picture frame?",
        "why is my loose leaf tearing when I lift it with the gilder's tip",
        "Write a quote cover letter for regilding a church altar frame.",
        "Should I use red or yellow bole under gold on a mirror frame?",
    ],
    "narrowboat_signwriter": [
        "Which colours go well with Buckingham green for roses and castles?",
        "How do I stop my mahl stick slipping on a curved cabin side?",
        "Write a short bio for my signwriting stall at a canal festival.",
        "Is one-shot enamel or coach paint better for lettering on a steel boat?",
    ],
    "kelp_harvester": [
        "How do I harvest kelp so it can regrow?",
        "Write a label blurb for dried kelp flakes sold as a seasoning.",
        "What's the difference between sugar kelp and oarweed for cooking?",
        "Which permissions might I need to harvest seaweed commercially in Scotland?",
    ],
    "lavender_distillery": [
        "Why does our lavender oil smell harsh straight out of the still?",
        "Write a product description for lavender hydrosol as a linen spray.",
        "Which lavender varieties are best for oil rather than dried bunches?",
        "How should we talk to visitors about the difference between lavandin and true lavender?",
    ],
    "saffron_grower": [
        "How do I dry saffron threads without a dehydrator?",
        "Can saffron crocus grow well in heavy clay soil?",
        "Write a short story for our website about growing saffron in Essex.",
        "How can customers tell real saffron from fake?",
    ],
    "letterpress_studio": [
        "How do I get a deep impression without damaging the type?",
        "Write a friendly reply to a bride who wants foil and letterpress on the same card.",
        "Which cotton papers work best for heavy letterpress impression?",
        "What causes a slur at the edge of my printed lines?",
    ],
    "whisky_cask_cooper": [
        "What's the difference between a hogshead and a butt for maturing whisky?",
        "Why do distilleries prefer ex-bourbon casks?",
        "Write a job advert for an apprentice cooper.",
        "How do I fix a leaking stave without dismantling the cask?",
    ],
    "curling_rink": [
        "How do we explain sweeping technique to a beginners' session?",
        "Write a welcome email for new members of our curling club.",
        "What causes frost on the pebble and how do we prevent it?",
        "Is it worth buying new stones or refurbishing the old granite ones?",
    ],
    "shiitake_log_farm": [
        "Which tree species make the best shiitake logs?",
        "How do I know when a log is ready to be shocked into fruiting?",
        "Write a short post about our shiitake for the farmers' market newsletter.",
        "What's this white mould on my oak logs and should I worry?",
    ],
    "rope_walk": [
        "What's the difference between hawser-laid and cable-laid rope?",
        "Write a tour guide script for the rope walk's spinning demonstration.",
        "Is hemp or manila better for bell ropes?",
        "How should we store natural-fibre rope to stop it rotting?",
    ],
    "sundial_maker": [
        "Why does a sundial disagree with my watch at some times of year?",
        "Suggest a Latin motto for a memorial sundial.",
        "Is slate or bronze better for a garden sundial in a frosty spot?",
        "Write a short explanation for customers of how to set up a horizontal dial.",
    ],
    "escape_room_operator": [
        "Give me a storyline idea for a Victorian-themed escape room.",
        "How do we handle a group that's getting frustrated halfway through the game?",
        "Write a polite response to a one-star review saying the puzzles were unfair.",
        "What's a good hint system for teams who don't want too much help?",
    ],
}
assert len(ORDINARY) == 25 and all(len(v) == 4 for v in ORDINARY.values())
for _fam, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_fam, _q)
_POSITIVE_REGISTERS = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert set(ORDINARY) == _POSITIVE_REGISTERS, sorted(set(ORDINARY) ^ _POSITIVE_REGISTERS)
# 31 word problems per tool and four ordinary negatives per register
assert sum(1 for i in items if i["family"] in _POSITIVE_REGISTERS) == 3 * 31 + 4 * 25


NEAR = [
    # exchange rates
    ("near-currency", "How much is £240 in euros?", "needs a current exchange rate"),
    ("near-currency", "convert $1,350 to pounds sterling", "needs a current exchange rate"),
    (
        "near-currency",
        "My supplier in Japan wants ¥86,000 for the chisels. What's that in dollars?",
        "needs a current exchange rate",
    ),
    (
        "near-currency",
        "A Swiss buyer offered CHF 2,400 for the harpsichord. Is that more or less than €2,500?",
        "needs an exchange rate and a comparison",
    ),
    # densities
    (
        "near-density",
        "What's the weight in kg of a 20 litre bucket of heather honey?",
        "needs the density of honey",
    ),
    (
        "near-density",
        "What does a cubic metre of green oak weigh in kg?",
        "needs the density of green oak",
    ),
    (
        "near-density",
        "How many litres is 5 kg of lavender oil?",
        "needs the density of lavender oil",
    ),
    ("near-density", "convert 3 litres of linseed oil to kg", "needs the density of linseed oil"),
    # missing numbers
    (
        "near-missing",
        "What's 20% off the price of the big coracle?",
        "the price is not given",
    ),
    (
        "near-missing",
        "How many bags of charcoal will my kiln give this time?",
        "no quantities given",
    ),
    (
        "near-missing",
        "If I raise my rates by 8%, what will the gilding job cost?",
        "the current rate and job size are not given",
    ),
    (
        "near-missing",
        "Split the bill for our curling team evenly - how much each?",
        "neither the bill nor the team size is given",
    ),
    (
        "near-missing",
        "How long until the mead is ready if I bottle it after the usual time?",
        "no start date or usual time given",
    ),
    # private records
    (
        "near-private",
        "What day of the week was my first balloon flight?",
        "the date is private to the user",
    ),
    (
        "near-private",
        "How many days since I last serviced the propane burners?",
        "needs the user's records and the current date",
    ),
    (
        "near-private",
        "How old is my oldest alpaca now?",
        "needs the user's records and the current date",
    ),
    (
        "near-private",
        "What did I charge the Hendersons per letter last spring?",
        "needs the user's past invoices",
    ),
    # world facts
    (
        "near-fact",
        "Give me the height of Snowdon in feet.",
        "needs the height of Snowdon",
    ),
    (
        "near-fact",
        "What was the date of the first manned hot-air balloon flight?",
        "a historical fact",
    ),
    (
        "near-fact",
        "How many miles long is the Leeds and Liverpool Canal, end to end?",
        "needs the length of the canal",
    ),
    (
        "near-fact",
        "What's the melting point of gold in Fahrenheit?",
        "needs the melting point of gold",
    ),
    # estimates
    (
        "near-estimate",
        "Roughly how many hours does it take to tie a dozen size 16 dry flies?",
        "an estimate from experience",
    ),
    (
        "near-estimate",
        "About how much ice would I need for a life-size horse sculpture?",
        "an estimate without dimensions",
    ),
    (
        "near-estimate",
        "ballpark, how many visitors could a small alpaca farm take in a summer weekend?",
        "an estimate",
    ),
    # judgements
    (
        "near-judgement",
        "Is £95 a fair price for a 90-minute escape room for four people?",
        "a judgement about pricing",
    ),
    (
        "near-judgement",
        "Would charging 15% more for weekend treks put families off?",
        "a judgement about customers",
    ),
    (
        "near-judgement",
        "Is 12 weeks long enough to season birch for besoms?",
        "a judgement about craft practice",
    ),
    # numbers in words
    (
        "near-words",
        "Write 4,318.50 in words for the cheque to the cooperage.",
        "number to words",
    ),
    (
        "near-words",
        "How do you spell out 1,875 pounds on an invoice?",
        "number to words",
    ),
    (
        "near-words",
        "what is two thousand and nineteen plus seventy-three, answer in words please",
        "answer wanted in words",
    ),
    # Roman numerals
    (
        "near-roman",
        "Write 2027 in Roman numerals for the date on the sundial.",
        "Roman numerals",
    ),
    (
        "near-roman",
        "What year is MDCCLXXXIX carved above the rope walk door?",
        "reading Roman numerals",
    ),
    # other languages
    (
        "near-language",
        "¿Cuántos kilos son 150 libras?",
        "a conversion asked in Spanish, wanting a Spanish answer",
    ),
    (
        "near-language",
        "Wie viel sind 18 Prozent von 450 Euro?",
        "a percentage asked in German",
    ),
    (
        "near-language",
        "Quel jour de la semaine tombe le 14 juillet 2027 ?",
        "a weekday asked in French",
    ),
    # code
    (
        "near-code",
        "Write a Python function that converts Fahrenheit to Celsius for my ice freezer logger.",
        "code",
    ),
    (
        "near-code",
        "Give me a JavaScript snippet that adds 28 days to a date for the permit reminder.",
        "code",
    ),
    (
        "near-code",
        "How do I compute the number of days between two dates in SQL?",
        "code",
    ),
    # spreadsheets
    (
        "near-spreadsheet",
        "What Excel formula adds 20% VAT to the price in cell B2?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "Google Sheets formula to convert a weight in column C from pounds to kilos?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "In Excel, how do I show the weekday name for the booking date in A2?",
        "a spreadsheet formula",
    ),
    # dosing
    (
        "near-dosing",
        "How much ivermectin should I give a 65 kg alpaca?",
        "veterinary dosing",
    ),
    (
        "near-dosing",
        "What dose of ibuprofen can I take for a burn from the kiln?",
        "medical dosing",
    ),
    # standard sizes
    (
        "near-standard-size",
        "What is A3 paper in inches?",
        "needs the standard size of A3",
    ),
    (
        "near-standard-size",
        "How many square metres is an Olympic curling sheet?",
        "needs the standard sheet dimensions",
    ),
    # time zones
    (
        "near-timezone",
        "If our live stream of the display starts at 8pm in London, what time is that in New York?",
        "time zones",
    ),
    (
        "near-timezone",
        "My saffron buyer in Dubai wants a call at 10 am his time. When is that in Madrid?",
        "time zones",
    ),
    (
        "near-timezone",
        "What time is it in Sydney when it's 7:30 in the morning in Edinburgh?",
        "time zones",
    ),
    # Easter
    (
        "near-easter",
        "Which date does Easter Sunday fall on in 2029?",
        "Easter",
    ),
    (
        "near-easter",
        "How many days from Easter 2028 to our summer open day on 24 June 2028?",
        "needs the date of Easter",
    ),
    # working days
    (
        "near-working-days",
        "Count the working days from 4 January 2027 to 26 March 2027 for our order book.",
        "working days depend on holidays",
    ),
    (
        "near-working-days",
        "The kiln order ships in 12 business days from 15 December 2027. When does it arrive?",
        "business days across Christmas",
    ),
    (
        "near-working-days",
        "Count the weekdays excluding bank holidays in May 2028.",
        "working days depend on holidays",
    ),
    # contested units
    (
        "near-contested-unit",
        "How many gallons is a 40 litre fermenter?",
        "US or imperial gallons",
    ),
    (
        "near-contested-unit",
        "Convert 3 tons of cordwood to kilograms.",
        "short, long or metric tons",
    ),
    (
        "near-contested-unit",
        "How many pints of mead from a 23 litre batch?",
        "US or imperial pints",
    ),
    # all-numeric dates of unstated order
    (
        "near-numeric-date",
        "Which weekday is 03/04/2027?",
        "day and month order not stated",
    ),
    (
        "near-numeric-date",
        "How many days from 06/07/2027 to 09/10/2027?",
        "day and month order not stated",
    ),
    (
        "near-numeric-date",
        "Add 30 days to 11/12/2027.",
        "day and month order not stated",
    ),
    # the current date
    (
        "near-current-date",
        "How many days until our fireworks display on 5 November?",
        "needs the current date",
    ),
    (
        "near-current-date",
        "What's the date 10 weeks from today?",
        "needs the current date",
    ),
    (
        "near-current-date",
        "how old is someone born on 2 March 1990",
        "needs the current date",
    ),
    # explanations
    (
        "near-explanation",
        "Why is 0 °C equal to 32 °F? Explain the two scales.",
        "an explanation",
    ),
    (
        "near-explanation",
        "Explain how compound interest works on a loan for a new still.",
        "an explanation",
    ),
    (
        "near-explanation",
        "Why is a gibibyte bigger than a gigabyte?",
        "an explanation",
    ),
]
assert len(NEAR) == 65 and all(f.startswith("near-") for f, _q, _n in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# figures stated in assistant turns, computed and asserted
CASE_OF_12 = 12 * dec("14.90")
assert CASE_OF_12 == dec("178.80")
ICE_KG = 3 * 100 + 5 * 100
assert ICE_KG == 800
TREK_KM = dec("7.5") * MI / 1000
assert round(TREK_KM, 2) == dec("12.07")
PERMIT_DAY = D(2027, 12, 31) - TD(days=28)
assert PERMIT_DAY == D(2027, 12, 3) and weekday(PERMIT_DAY) == "Friday"
CORACLE_START = D(2027, 6, 12) - TD(days=23)
assert CORACLE_START == D(2027, 5, 20) and weekday(CORACLE_START) == "Thursday"
SIGN_PRICE = (2 * 11 + 9) * dec("6.50")
assert SIGN_PRICE == dec("201.50")
KILN_HOURS = clock_span("18:30", "06:15", 3600)
assert KILN_HOURS == dec("11.75")
STAVES = 6 * 28 * dec("7.80")
assert STAVES == dec("1310.40")
CURE_DAYS = days(D(2027, 3, 1), D(2027, 8, 14))
assert CURE_DAYS == 166
HONEY_G_PER_L = dec("9.6") * 1000 / 30
assert HONEY_G_PER_L == 320
SHELL_TOTAL = 175 * dec("12.40") + 950
assert SHELL_TOTAL == 3120
ROOM_M2 = 14 * 12 * SQFT
assert round(ROOM_M2, 2) == dec("15.61")
BEDS_REVENUE = 1845 * pct(86) * dec("4.20")
assert BEDS_REVENUE == dec("6664.14")
assert f_to_c(68) == 20 and dec("1.5") * GIB / MIB == 1536

CONVS = [
    # persona fixed in a system turn
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Bertie, the grumpy old cooper at our distillery visitor "
                    "centre. Stay in character, speak in broad Scots and never give a bare "
                    "number."
                ),
            ),
            (U, "How much do six hogsheads' worth of staves cost at €7.80 a stave, 28 a cask?"),
        ],
        "persona and style fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Pip, a cheerful alpaca who answers questions for children "
                    "visiting the farm. Keep every answer under two sentences and make it "
                    "playful."
                ),
            ),
            (U, "How many days until I can come back if I visit again in 3 weeks?"),
        ],
        "child-friendly persona; the question is also vague",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are the narrator of our haunted-lighthouse escape room. Answer "
                    "players only in riddles and never reveal a code directly."
                ),
            ),
            (U, "what is 1234 plus 4321"),
        ],
        "the persona forbids a direct numeric answer",
    ),
    (
        "conv-persona",
        [
            (S, "Act as a Victorian signwriter's apprentice writing in period English."),
            (U, "Good morrow. I need the cost of 31 letters at £6.50 each."),
            (A, "Why, sir, one-and-thirty letters at £6.50 apiece maketh £201.50."),
            (U, "And if the master allows ten percent off, what then?"),
        ],
        "persona, and a follow-up on the earlier figure",
    ),
    # format fixed earlier
    (
        "conv-format",
        [
            (
                U,
                (
                    "For everything I ask today, reply only with a markdown table with "
                    "columns Item, Working, Result."
                ),
            ),
            (A, "Understood - I'll answer in that table format."),
            (U, "Convert 52 °F to Celsius."),
        ],
        "output format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Give every answer as JSON with keys value and unit, nothing else."),
            (A, '{"value": "ok", "unit": null}'),
            (U, "How many feet is 25 metres?"),
        ],
        "JSON format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (S, "Reply in exactly three bullet points, each under ten words."),
            (U, "what weekday is 5 November 2027"),
        ],
        "bullet format fixed by the system turn",
    ),
    (
        "conv-format",
        [
            (
                U,
                (
                    "I'm writing invoices - always show money to two decimals with the "
                    "currency symbol and the word 'inclusive' afterwards."
                ),
            ),
            (A, "Got it, e.g. £12.00 inclusive."),
            (U, "Six lessons at £81 each?"),
        ],
        "money format fixed in an earlier turn",
    ),
    # language fixed earlier
    (
        "conv-language",
        [
            (U, "Ab sofort bitte alle Antworten auf Deutsch, auch wenn ich Englisch schreibe."),
            (A, "Natürlich, ich antworte ab jetzt auf Deutsch."),
            (U, "What is 15% of the 2,180 euro quote?"),
        ],
        "answer language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "My customers are mostly from Lyon, so please answer in French from now on."),
            (A, "D'accord, je répondrai en français."),
            (U, "How many kilometres is the 7.5 mile trek?"),
        ],
        "answer language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (S, "Always answer in Welsh, then give an English translation underneath."),
            (U, "How long is 11:05 to 14:50 in minutes?"),
        ],
        "bilingual answer fixed by the system turn",
    ),
    (
        "conv-language",
        [
            (U, "responde en español por favor"),
            (A, "¡Claro! Responderé en español."),
            (U, "What date is 40 weeks after 20 April 2027?"),
        ],
        "answer language fixed in an earlier turn",
    ),
    # unit fixed earlier
    (
        "conv-unit",
        [
            (U, "Whenever I give you a weight, answer in stones and pounds, not kilos."),
            (A, "Will do - stones and pounds it is."),
            (U, "The ice for both pieces weighs 800 kg. What's that?"),
        ],
        "answer unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "I only think in metric, so convert anything imperial you mention."),
            (A, "Understood, I'll keep to metric."),
            (U, "The soaking tank is 4 by 3 by 2 - how much water does it hold?"),
        ],
        "the dimensions' unit is unstated; metric fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "We quote temperatures in Fahrenheit here because our freezers are American."),
            (A, "OK, I'll use Fahrenheit."),
            (U, "If the room is 4 degrees warmer than the freezer, what is it?"),
        ],
        "unit fixed earlier and the freezer temperature is missing",
    ),
    (
        "conv-unit",
        [
            (U, "Give data sizes in decimal gigabytes please, like the drive box says."),
            (A, "Sure, I'll use decimal GB."),
            (U, "The photo archive is 2.75 GiB. How big is that?"),
        ],
        "the decimal/binary convention is chosen in an earlier turn",
    ),
    # convention fixed earlier
    (
        "conv-convention",
        [
            (U, "In this chat, dates are day/month like in the UK."),
            (A, "Noted - day first."),
            (U, "What day of the week is 9/3/2028?"),
        ],
        "date order fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "For our trekking log we count both the first and the last day of a trip."),
            (A, "Understood, I'll count inclusively."),
            (U, "How many days is 2 August to 16 August 2027?"),
        ],
        "inclusive counting fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "Our financial year starts on 6 April. Keep that in mind."),
            (A, "Will do."),
            (U, "Which quarter of the year is 14 September 2027 in?"),
        ],
        "quarter depends on the financial year set earlier",
    ),
    (
        "conv-convention",
        [
            (U, "When I say a week I mean our five-day working week in the cooperage."),
            (A, "Got it - five-day weeks."),
            (U, "How many days is 7 weeks of work?"),
        ],
        "meaning of 'week' fixed in an earlier turn",
    ),
    # number fixed earlier
    (
        "conv-number",
        [
            (U, "Our honey ratio is 320 g per litre of must."),
            (A, "Noted: 320 g of honey per litre."),
            (U, "So how much honey for the 45 litre batch?"),
        ],
        "the ratio comes from an earlier turn",
    ),
    (
        "conv-number",
        [
            (
                U,
                (
                    "The fireworks shells cost €12.40 each and we have 175 of them plus "
                    "the €950 fee."
                ),
            ),
            (A, "That comes to €3,120 in total."),
            (U, "Add 21% VAT to that."),
        ],
        "the base figure comes from an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The new escape room measures 14 ft by 12 ft."),
            (A, "That's about 15.61 square metres."),
            (U, "Flooring is £28 a square metre, what will it cost?"),
        ],
        "the area comes from an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "We sold 86% of the 1,845 kg cress crop at £4.20 a kilo."),
            (A, "Revenue: £6,664.14."),
            (U, "And what if we'd sold all of it?"),
        ],
        "builds on figures from an earlier turn",
    ),
    # follow-ups
    (
        "conv-followup",
        [
            (U, "When must I start a coracle due on 12 June 2027 if it takes 23 days?"),
            (A, "Start by Thursday, 20 May 2027."),
            (U, "And if I also need 4 extra days for the tar to dry?"),
        ],
        "follow-up on the earlier date",
    ),
    (
        "conv-followup",
        [
            (U, "What's the permit deadline, 28 days before 31 December 2027?"),
            (A, "It's Friday, 3 December 2027."),
            (U, "Is that before or after the council's Christmas closing?"),
        ],
        "follow-up needing outside knowledge",
    ),
    (
        "conv-followup",
        [
            (U, "Cost of staves for six hogsheads at 28 staves each and €7.80 a stave?"),
            (A, "€1,310.40."),
            (U, "what about for the same again next month"),
        ],
        "follow-up referring back to the earlier calculation",
    ),
    (
        "conv-followup",
        [
            (U, "Hours between lighting the kiln at 18:30 and sealing it at 06:15?"),
            (A, "11.75 hours."),
            (U, "Is that normal for a ring kiln?"),
        ],
        "follow-up asking for a judgement",
    ),
    # corrections
    (
        "conv-correction",
        [
            (U, "How much ice do a swan of 3 blocks and a luge of 5 blocks need, 100 kg a block?"),
            (A, "800 kg."),
            (U, "Sorry, I meant the luge is 4 blocks, not 5."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "The long trek is 7.5 miles - how many km?"),
            (A, "About 12.07 km."),
            (U, "oops, it's 7.5 there and back, I need one way"),
        ],
        "correction of an earlier figure",
    ),
    (
        "conv-correction",
        [
            (U, "12 wholesale bottles of mead at €14.90 - total?"),
            (A, "€178.80."),
            (U, "No wait, that's the retail price; wholesale is 35% less."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many days from 1 March to 14 August 2027 for the cask to cure?"),
            (A, "166 days."),
            (U, "Actually the cask went in on 1 April, redo it."),
        ],
        "correction of an earlier date",
    ),
    # explanations after an earlier turn
    (
        "conv-explanation",
        [
            (U, "What's 68 °F in Celsius?"),
            (A, "20 °C."),
            (U, "Can you show me the working so I can do it on paper next time?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "How many MiB is 1.5 GiB?"),
            (A, "1536 MiB."),
            (U, "Why not 1500?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "What's 31 letters at £6.50?"),
            (A, "£201.50."),
            (U, "How did you get that - walk me through it step by step."),
        ],
        "explanation of an earlier answer",
    ),
]
assert len(CONVS) == 35 and all(f.startswith("conv-") for f, _t, _n in CONVS)
for _fam, _turns, _note in CONVS:
    assert _turns[-1][0] == U
    conv(_fam, _turns, _note)


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
    # no register (family name) of this set is a family name of sets 19 to 35
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 35: {reused}"
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
