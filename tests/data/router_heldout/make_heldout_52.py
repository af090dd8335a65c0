r"""Generate heldout-2027-01-24.jsonl: a fifty-second held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_51.py, by `sed -n`: lines 1-370
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 606-666 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 758-842 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1059-1066 (its negatives
section header, neg() and conv()) and 1667-1891 (its stated-weekday check, its checks and main()),
plus one `wc -l` of it (1891 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section
headers with their line numbers), run together with the `cat`. None of its query blocks was opened.
Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/, server/,
bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges), not
README.md and not pyproject.toml (ruff's line length of 100 was taken from the brief). The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-51) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l` and `grep -n` above in one command; the view of lines 1-370 alone;
the views of 606-666, 758-842, 1059-1066 and 1667-1891 together, with `echo` separators. Then, in
one command, `mkdir -p` of /tmp/h52/blocks, /tmp/h52/own and /work/sealed52, `sed -n` copies of the
same five allowed ranges into block files under /tmp/h52/blocks/ and one run of a small Python
script (/tmp/h52/subst.py, written by a `cat` heredoc in the same command) that cuts the first copy
at the line that is exactly `from __future__ import annotations` (asserted to be the only such
line, so not the words inside set 51's docstring) and keeps it to P = "plain", substitutes this
set's OUT, PREFIX, EARLIER_DIR test (make_heldout_51.py), EARLIER (sets 1-51, `range(2, 52)`) and
REGISTER_CHECK (sets 19-51, adding make_heldout_51.py), and "sets 19 to 50" -> "sets 19 to 51" in
one comment and one message string of main() (each substitution asserted to apply once, the last
twice; it printed "ok" for each and deleted the raw copies), followed by `ls` and a `grep -n` of
the blocks for "50", "51", "52" and "19 to" (it printed only configuration lines, three unit-factor
assert lines of the units block and the two substituted lines of main()). Then `cat` heredocs wrote
this set's own blocks under /tmp/h52/own/ (a_calc.py: registers, _root() and calculator items;
b_units.py: unit constants and unit items; c_dates.py: date items; d_negs.py: ordinary negatives;
e_near.py: near-positive negatives; f_convs.py: conversations and this set's own structural
asserts), an assembly script /tmp/h52/assemble.py (it builds this file from a docstring file, or a
one-line placeholder, and the blocks in order, and prints its line count) and a helper
/tmp/h52/run.sh (it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff
format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, then this generator from
/tmp, passing on any arguments, writing its output to /tmp/h52/out.txt, of which it prints the exit
codes and the `tail -6`), and run.sh was run (in the same command as the heredocs of e_near.py's
last assert, f_convs.py, assemble.py and run.sh). Edits of own blocks were made by the scripts
/tmp/h52/reword1.py to reword3.py (exact, asserted-once replacements, written by `cat` heredocs;
the changes are listed below), each followed by run.sh in the same command (reword1.py's command
also ran a `grep -n` of the own blocks for the six replaced constant names, which printed nothing;
reword3.py's also ran a `/work/main/.venv/bin/python -c` line-length check of this file). Then
run.sh with --show once, with a `head -3` (cut to 250 columns) of out.txt and its listing of ids,
expected values and tolerances filtered by `grep` and `awk` and laid out by `column -t`. This
docstring was written last over the placeholder (its source text, /tmp/h52/doc/doc_src.txt, written
by a `cat` heredoc, filled to 99 columns by /tmp/h52/doc/make_doc.py, which uses textwrap, keeps
the lines marked as preformatted and asserts that the words are unchanged; its first version failed
its own line-length assert, because it left a paragraph that ends in preformatted lines unfilled,
so a `sed -i` swapped that assert for a print of the long lines, which named that paragraph's first
line, and make_doc.py was rewritten by a `cat` heredoc to fill the plain lines of such a paragraph,
with the assert restored), followed by run.sh, the line-length check, a `head -3` of this file, two
runs of this file with --digest (one with PYTHONHASHSEED=7) and `sha256sum` of the JSONL, with a
`sed -n` of out.txt from its summary line on, all run again after each of two last docstring edits
(short inline Python replacements in doc_src.txt), which added this account of make_doc.py and
corrected the count of US-style dates; finally `ls -la /work/sealed52` and `rm -rf /tmp/h52`.
Writes: /work/sealed52/ was created for this file and its JSONL; temporary blocks, scripts and
output under /tmp/h52/ were deleted afterwards. Nothing was written into /work/main. Every python
run above used /work/main/.venv/bin/python.

Changes to set 51's main() and checks: only the substitutions listed above (file names, sets 1-51
for the duplicate check, sets 19-51 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 51's as printed; ruff format may have changed layout only. All
of set 51's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp(), whole_up() (not used by this set's items), say(), sayw() and sayus() (every
weekday stated next to a date in a query or turn is computed, not typed; sayus() writes the US
order, which the stated-weekday pattern does not read, so those weekdays are computed too), and
SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, LITRE, HA and KPA (with an assert), the
register constants and the REGISTERS tuple (sorted, asserted distinct), _root() (an exact integer
k-th root, asserted), the ORDINARY, NEAR and CONVS tables, the _NOON date (stated in a
near-positive with its computed weekday, asserted a Friday because the query names Fridays), the
_MOVE_IN date (stated in a user turn with its computed weekday, asserted a Saturday) and the
_CREW_TOTAL sum (stated in an assistant turn, computed and asserted), and this set's own asserts:
the ORDINARY negatives are keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS
35; the positive registers are exactly the REGISTERS; 193 items lie in the registers (25 x 3
positives, 18 second positives, 100 negatives), 31 word problems per tool; every negative outside
the registers is a near-... or conv-... family. No money() helper is used in this set.

Disclosures: the kinds of item and the counts follow set 51's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 51's, copied (P = "plain" is copied too, as the
last line of the first block). Set 51's docstring (within lines 1-370) names its 25 registers, the
five register names its own check rejected, its provenance, its reworded kinds of items and the
generic kinds of its items, which were therefore seen; none of those names or topics is used here
as a register, and some plain one-liners, near-positives and conversations here are of those same
generic kinds, newly worded. The `grep -n` printed no docstring, query or constant line: only def
lines and section headers with their line numbers (it showed, for instance, a "registers (set 51)"
header at line 373 and a `_root` def at line 408, which were not opened). At the edges of the
allowed ranges: line 370 is P = "plain", 606, 758 and 1059 are section headers, 666 is a blank line
after unit_r(), 842 is the assert after sayus(), 1066 is the last line of conv(), 1667 is the
comment above the stated-weekday pattern and 1891 is the call of main(). No query text of any
earlier set was seen. Every query here was newly written from imagination of each trade or
situation. Registers of sets 1 to 18 are not known here, so an overlap in TOPIC with those cannot
be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 51 (the near-.../conv-... families are not
registers and may coincide with earlier family names). Like set 51, this set has no algebra or
calculus question (symbolic math with one right answer is a tool question, so none is labelled
negative; the only proof asked for is a written proof). One near-positive writes 6 ÷ 2(1+2), whose
reading is contested (implied multiplication), so it is a negative for that reason and not as
symbolic math. Some near-positives depend on the current date (days to a birthday, a date 60 days
on, an age from a birth year, weeks of pregnancy from a due date); one concerns Easter and one a
renewal "a month after" the 31st; they are negatives, with no "now" field. A few negatives ask what
a short piece of code returns or why (code semantics, as the brief lists them). Two conversations
define a one-off operator, one defines a function g(n) with a single value asked for, and two
define letters; they are negatives because the notation is set up in an earlier turn.

Register check: the first run passed ruff; main()'s register assertion then failed, naming six of
the first choice of registers as family names of sets 19 to 51: court_stenographer_transcripts,
mobile_dog_grooming_van, planetarium_show_operator, roller_derby_league_treasurer,
sign_language_interpreter_agency and tattoo_studio_bookings (so those six names, and that such
topics were used before, became known; nothing else about earlier sets). reword1.py replaced them
with six new topics, hovercraft_rescue_unit_volunteer, sheep_shearing_gang_contractor,
hospital_radio_volunteer_dj, fossil_hunting_guided_walks, falconry_pest_control_contractor and
glacier_research_camp_cook, rewriting all their items (one calculator, one unit and one date item
each, the second calculator positives two of them carried, and four ordinary negatives each) rather
than renaming them. The next run passed the register check.

Other failed checks and edits: main()'s duplicate check then reported 19 items by id; they were
reworded by reword2.py without the earlier queries being looked at: one plain calculator one-liner
(a product; new figures), three plain unit one-liners (hours to seconds, Fahrenheit to Celsius,
km/h to mph; new figures and wording), eight near-positives (a month from the 31st, a mountain's
height, a calorie fact, a town's population, a flight number, a percentage of a missing figure, a
written proof, a number in a title) and seven conversations (a correction, date order, an
explanation, a follow-up, output format, an invented calendar, a target unit; every user turn of
each newly worded, and the assistant turns that echoed them). The next run passed every check.
reword3.py then made two date word problems unambiguous (a training start "exactly 18 weeks before
race day" rather than the first day of an 18-week plan; an "expiry date" 1,000 days after packing
rather than a "last good date"); every later run passed every check.

Registers (families), 25, new: alpine_hut_warden, antarctic_station_logistics_clerk,
balloon_festival_crew_chief, cave_diving_expedition_planner, community_seed_library_desk,
cryogenic_biobank_technician, drone_survey_mapping_contractor, esports_tournament_admin,
falconry_pest_control_contractor, fossil_hunting_guided_walks, glacier_research_camp_cook,
hospital_radio_volunteer_dj, hovercraft_rescue_unit_volunteer, kombucha_taproom_ledger,
long_haul_trucker_logbook, marathon_pacer_group_leader, mosaic_pool_tiling_crew,
natural_history_taxidermy_conservator, podcast_audio_editor_invoices,
rooftop_apiary_corporate_hives, school_robotics_team_mentor, sheep_shearing_gang_contractor,
subtitle_translator_freelance, vintage_typewriter_repairer, wildfire_lookout_volunteer. Every
register is used by all three tools (asserted); eighteen registers have a further positive (a
second calculator word problem: esports_tournament_admin, kombucha_taproom_ledger,
long_haul_trucker_logbook, alpine_hut_warden, falconry_pest_control_contractor,
glacier_research_camp_cook; a second unit word problem: antarctic_station_logistics_clerk,
cave_diving_expedition_planner, drone_survey_mapping_contractor, alpine_hut_warden,
rooftop_apiary_corporate_hives, long_haul_trucker_logbook; a second date word problem:
esports_tournament_admin, cryogenic_biobank_technician, cave_diving_expedition_planner,
podcast_audio_editor_invoices, alpine_hut_warden, natural_history_taxidermy_conservator). Positives
are one-liners (family "plain") or word problems of one to three sentences, in UK and US usage with
£, $, €, CHF or NOK, some chatty, terse, lower-case, unpunctuated or in a learner's English, a few
with numbers in words or abbreviations, questions at the start or the end, four dates in three
positives written US-style (month before day; one with a computed weekday). No positive
conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a current
interest rate or missing loan terms, a contested unit (pint, mpg, cup, ton), today's date or an age
without a stated date, Easter, a lunisolar festival, working days, month arithmetic from the 31st,
an all-numeric date of unstated order, time zones, identifiers that look like numbers (a fault
code, a flight, an ISBN, a road number, software versions, phone numbers, a postcode), code
semantics, world, science or nutrition facts, tax rules, a traffic rule, dosing, a size chart,
estimates, lottery odds, missing figures, a translation, a writing task, numbers in titles,
opinions, contested or ambiguous questions, a random choice, a written proof, the history of
numerals, advice next to a date; or, in conversations, an operator, function or letters defined
earlier, a decimal comma, a unit defined earlier, a number base (input or output), Roman numerals,
a persona, answer language, verse form, output format, rounding, target unit, target currency or
date order fixed earlier, an invented calendar, a week numbering, a correction, summary, rewrite,
follow-up, explanation or recall of earlier turns, figures or a date spread over turns, a judgement
about earlier figures, or date wording. The ordinary negatives ask for advice, explanations,
judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 51: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as "N days after", "N days later", "N weeks after", "N days before",
"exactly N weeks before", "how many days between", "how many days apart", "how many weeks", or as
the Nth weekly, four-weekly, fortnightly, three-weekly or ten-daily occurrence counted from a
stated first date), ages are in whole years from a stated birth date to a stated date, and clock
spans run from one stated time to the next occurrence of the other (one crosses midnight, saying
"the next morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 51):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, kPa); 1 L = 1 dm^3;
    t(degF) = t(degC) * 9/5 + 32; 1 h = 3600 s; 1 ha = 10^4 m^2; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_52.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-24.jsonl"
PREFIX = "ho52-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_51.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 52))
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


# =========================================================================== registers (set 52)
AST = "antarctic_station_logistics_clerk"
ESP = "esports_tournament_admin"
HOV = "hovercraft_rescue_unit_volunteer"
BAL = "balloon_festival_crew_chief"
KOM = "kombucha_taproom_ledger"
BIO = "cryogenic_biobank_technician"
FIR = "wildfire_lookout_volunteer"
CAV = "cave_diving_expedition_planner"
SHR = "sheep_shearing_gang_contractor"
DRN = "drone_survey_mapping_contractor"
ROB = "school_robotics_team_mentor"
POD = "podcast_audio_editor_invoices"
HRD = "hospital_radio_volunteer_dj"
TYP = "vintage_typewriter_repairer"
TRK = "long_haul_trucker_logbook"
POOL = "mosaic_pool_tiling_crew"
HUT = "alpine_hut_warden"
SEED = "community_seed_library_desk"
PACE = "marathon_pacer_group_leader"
FOS = "fossil_hunting_guided_walks"
FAL = "falconry_pest_control_contractor"
SUB = "subtitle_translator_freelance"
API = "rooftop_apiary_corporate_hives"
TAX = "natural_history_taxidermy_conservator"
GLC = "glacier_research_camp_cook"
REGISTERS = tuple(
    sorted(
        (AST, ESP, HOV, BAL, KOM, BIO, FIR, CAV, SHR, DRN, ROB, POD, HRD)
        + (TYP, TRK, POOL, HUT, SEED, PACE, FOS, FAL, SUB, API, TAX, GLC)
    )
)
assert len(REGISTERS) == 25 == len(set(REGISTERS))


def _root(n, k=2):
    """The exact integer k-th root of n (asserted exact)."""
    r = round(n ** (1 / k))
    assert r**k == n, n
    return r


assert _root(7056) == 84 and _root(91125, 3) == 45

# calculator: word problems, one per register
calc(
    AST,
    "Resupply manifest for the ice runway: 18 drums of fuel at 205 kg each and 3 pallets of "
    "food at 412.5 kg each. Total mass in kg?",
    18 * 205 + 3 * dec("412.5"),
)
calc(
    ESP,
    "prize pool is $48,000. 1st gets 45%, 2nd 25%, and 3rd and 4th split whatever is left "
    "evenly. how much does the 3rd place team walk away with",
    48000 * (1 - pct(45) - pct(25)) / 2,
)
calc(
    HOV,
    "fuel log, 4 callouts: 38.5 L, 41 L, 29.75 L, 52.25 L. average per callout?",
    (dec("38.5") + 41 + dec("29.75") + dec("52.25")) / 4,
)
calc(
    BAL,
    "Each flight burns through 4 propane cylinders and a refill runs $27.40 a cylinder. We flew "
    "13 flights at the fiesta. What did the refills cost us?",
    4 * 13 * dec("27.40"),
)
calc(
    KOM,
    "Out of a 240-bottle batch we sold three eighths at the Saturday market for £4.20 a bottle. "
    "How much money came in?",
    240 * F(3, 8) * dec("4.20"),
)
calc(
    BIO,
    "A rack holds 13 boxes and each box holds 81 vials. How many vial positions are there across "
    "6 racks?",
    13 * 81 * 6,
)
calc(
    FIR,
    "Over the season I logged 1,284 hours in the tower across 107 shifts. What's my average "
    "shift length in hours?",
    F(1284, 107),
)
calc(
    CAV,
    "7 divers, 3 tanks each per day, 2 days of sump diving. Fills are €9.75 a tank - total fill "
    "bill?",
    7 * 3 * 2 * dec("9.75"),
)
calc(
    SHR,
    "gang did 1,860 ewes over the 3 days at $3.85 a head and the contractor keeps 30%. what's "
    "left for the gang?",
    1860 * dec("3.85") * (1 - pct(30)),
)
calc(
    DRN,
    "Survey quote: three fields of 14.6 ha, 22.35 ha and 9.8 ha at £38 per hectare. What's the "
    "fee?",
    (dec("14.6") + dec("22.35") + dec("9.8")) * 38,
)
calc(
    ROB,
    "team budget check - 6 servos @ $18.95, 2 microcontrollers @ $34.50 and a chassis for $49. "
    "what's the total",
    6 * dec("18.95") + 2 * dec("34.50") + 49,
)
calc(
    POD,
    "I edited 14 episodes averaging 52 minutes each and charge £1.25 per finished minute. What "
    "do I invoice the network?",
    14 * 52 * dec("1.25"),
)
calc(
    HRD,
    "Great news for the station!! We raised £2,340 at the fun run and £1,185.50 at the quiz "
    "night, but £412 goes on the music licence. How much do we bank?",
    2340 + dec("1185.50") - 412,
)
calc(
    TYP,
    "Ribbons are £6.40 each or £28 for a pack of five. I need 17, buying as many five-packs as I "
    "can and singles for the rest. How much?",
    3 * 28 + 2 * dec("6.40"),
)
calc(
    TRK,
    "drove 612 mi mon 587 tue 644 wed. paid 62 cents a mile. what do i get for the 3 days",
    (612 + 587 + 644) * dec("0.62"),
)
calc(
    POOL,
    "For the plunge pool we need 42 mosaic sheets at £11.50 each plus 6 bags of grout at £8.75. "
    "Materials total?",
    42 * dec("11.50") + 6 * dec("8.75"),
)
calc(
    HUT,
    "The hut sleeps 36 and half board is CHF 78 per person per night. If we're full for 4 nights, "
    "what's the takings?",
    36 * 78 * 4,
)
calc(
    SEED,
    "We started spring with 1,450 seed packets and gave out 38% of them at the swap. How many "
    "packets are left on the shelves?",
    1450 * (1 - pct(38)),
)
calc(
    PACE,
    "23 runners in my group each paid £18 for pacer bibs and the club is refunding 15% of it. "
    "How much is refunded altogether?",
    23 * 18 * pct(15),
)
calc(
    FOS,
    "Sunday's walk had 23 adults at £12 and 17 children at £6.50, less a £25 group discount. "
    "What did we take?",
    23 * 12 + 17 * dec("6.50") - 25,
)
calc(
    FAL,
    "Contract value: 3 Harris hawk flights a week for 26 weeks at £95 per flight, less a 10% "
    "multi-site discount. Please confirm the figure.",
    3 * 26 * 95 * (1 - pct(10)),
)
calc(
    SUB,
    "How much I must invoice for 96 minutes of film if my rate is 7.50 euro per minute and the "
    "agency keeps 12 percent?",
    96 * dec("7.50") * (1 - pct(12)),
)
calc(
    API,
    "Eleven hives on the office roof gave 23.4 kg of honey each and the canteen buys it at £14 a "
    "kilo. What's the honey worth?",
    11 * dec("23.4") * 14,
)
calc(
    TAX,
    "Conservation estimate: 27 bird mounts at £65 each and 4 mammal mounts at £310 each, plus VAT "
    "at 20%. Grand total?",
    (27 * 65 + 4 * 310) * (1 + pct(20)),
)
calc(
    GLC,
    "Feeding 11 researchers 3 meals a day for 24 days at roughly NOK 42.50 a meal per person. "
    "What's the food budget?",
    11 * 3 * 24 * dec("42.50"),
)
# calculator: second word problems
calc(
    ESP,
    "Sponsor pays 4 cents per peak viewer per match. Peak was 18,500 viewers every match for 12 "
    "matches. Payout?",
    18500 * dec("0.04") * 12,
)
calc(
    KOM,
    "Bought 60 SCOBY starter kits at £3.15 and sell them at £7.99. Profit if every one sells?",
    60 * (dec("7.99") - dec("3.15")),
)
calc(
    TRK,
    "tolls on the run: 7 at $4.75 and 3 at $12.20. what's that come to",
    7 * dec("4.75") + 3 * dec("12.20"),
)
calc(
    HUT,
    "32 walkers are splitting a CHF 1,944 helicopter supply drop equally. What does each owe?",
    F(1944, 32),
)
calc(
    FAL,
    "Feed order: 2,400 day-old chicks at £0.18 each and 40 kg of quail at £7.25 per kg. Total?",
    2400 * dec("0.18") + 40 * dec("7.25"),
)
calc(
    GLC,
    "96 eggs left in the crate and 14 of us. If everyone has 3 at breakfast how many eggs remain?",
    96 - 14 * 3,
)
# calculator: plain one-liners
calc(P, "what's 17.5% of 3,240", 3240 * pct("17.5"))
calc(P, "4,317 x 68 = ?", 4317 * 68)
calc(P, "square root of 7,056?", _root(7056))
calc(P, "(418 + 96) / 4", F(418 + 96, 4))
calc(P, "9 to the power of 5", 9**5)
calc(P, "What is two thousand and forty-eight divided by sixty-four?", F(2048, 64))
calc(P, "Calculate 3.75 x 0.48", dec("3.75") * dec("0.48"))
calc(P, "86.40 with 15% off?", dec("86.40") * (1 - pct(15)))
calc(P, "add up 19.99, 4.25 and 131.6", dec("19.99") + dec("4.25") + dec("131.6"))
calc(P, "what do you get if you take 2,719 away from 10,000", 10000 - 2719)
calc(P, "cube root of 91125", _root(91125, 3))
calc(P, "12 factorial divided by 10 factorial =", math.factorial(12) // math.factorial(10))
calc(P, "percentage increase going from 80 to 118?", F(118 - 80, 80) * 100)
calc(P, "-48 + 7*6 - 3", -48 + 7 * 6 - 3)


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
LITRE = F(1, 1000)  # m^3
HA = F(10**4)  # m^2
KPA = F(1000)  # Pa
assert 60 * LITRE / CUFT > 2 and HA / ACRE > 2

# units: word problems, one per register
unit_r(AST, "Gusts at the station hit 95 km/h overnight - what's that in mph?", 95 * KMH / MPH)
unit(
    ESP,
    "the new stage monitors are 27 inch (diagonal). how many cm is that",
    27 * IN / CM,
    EXACT,
)
unit_r(
    HOV,
    "search area on the mudflats is 2.4 square kilometres. in acres?",
    dec("2.4") * KM * KM / ACRE,
)
unit(
    BAL,
    "Pilot radioed that the envelope is at 4,200 feet. How high is that in meters?",
    4200 * FT,
    EXACT,
)
unit_r(KOM, "Our fermenting vessel holds 60 litres. What is that in cubic feet?", 60 * LITRE / CUFT)
unit(BIO, "The ultra-low freezer sits at -80 °C. What's that in Fahrenheit?", c_to_f(-80), EXACT)
unit_r(
    FIR,
    "Latest perimeter estimate is 1,350 acres burned. Convert that to hectares please.",
    1350 * ACRE / HA,
)
unit_r(CAV, "My tank gauge reads 3000 psi; what's that in bar?", 3000 * PSI / BAR)
unit_r(SHR, "pen in the woolshed is 12 ft by 16 ft, how many square metres", 12 * 16 * SQFT)
unit_r(DRN, "Drone cruising at 38 mph - convert to metres per second", 38 * MPH)
unit(ROB, "the arm has 18.5 inches of reach, what's that in mm?", dec("18.5") * IN / MM, EXACT)
unit(
    POD,
    "Raw session file is 2.75 GiB. How many MiB is that?",
    dec("2.75") * GIB / MIB,
    EXACT,
)
unit(HRD, "Our aerial mast is 45 feet tall - what's that in metres?", 45 * FT, EXACT)
unit(
    TYP,
    "The platen on this Underwood measures 13 inches. In centimetres?",
    13 * IN / CM,
    EXACT,
)
unit_r(TRK, "trailer's 53 ft long how many metres is that", 53 * FT)
unit_r(POOL, "The pool floor is 10 m by 4 m. What's that area in square feet?", 40 / SQFT)
unit_r(HUT, "The hut stands at 2,850 m. How many feet is that?", 2850 / FT)
unit_r(SEED, "I weighed out 250 g of runner bean seed. How many ounces is that?", 250 * G / OZ)
unit_r(
    PACE,
    "I'm pacing 5 minutes per kilometre. What's that in minutes per mile?",
    5 * MI / KM,
)
unit(FOS, "This ammonite is 9.5 inches across. How many cm?", dec("9.5") * IN / CM, EXACT)
unit_r(FAL, "A peregrine was clocked stooping at 180 mph. What's that in km/h?", 180 * MPH / KMH)
unit_r(
    SUB,
    "The archive says the film print is 2400 metres of reel. How many feet is it?",
    2400 / FT,
)
unit_r(
    API,
    "Roof space for the hives is 9 metres by 11 metres. How many square yards?",
    99 / SQYD,
)
unit(
    TAX,
    "The brown bear mount stands 7 ft 2 in. Height in centimetres?",
    (7 * FT + 2 * IN) / CM,
    EXACT,
)
unit(GLC, "thermometer by the mess tent says 5 °F, what is that in celsius", f_to_c(5), EXACT)
# units: second word problems
unit(AST, "Outside it's reading -58 °F. What's that in Celsius?", f_to_c(-58), EXACT)
unit(CAV, "The surveyed passage is 1,150 feet long. How many metres?", 1150 * FT, EXACT)
unit(DRN, "The altitude cap is 400 ft - in metres?", 400 * FT, EXACT)
unit_r(
    HUT, "Our rainwater tank holds 5,000 litres. What's that in cubic feet?", 5000 * LITRE / CUFT
)
unit_r(API, "A full honey super weighs about 27 lb. How many kilograms is that?", 27 * LB)
unit_r(TRK, "gross load 42,000 lb whats that in kg", 42000 * LB)
# units: plain one-liners
unit(P, "72 inches in feet", F(72, 12), EXACT)
unit_r(P, "convert 15 km to miles", 15 * KM / MI)
unit(P, "seconds in three and a quarter hours?", dec("3.25") * 3600, EXACT)
unit(P, "convert 104.9 degrees F into C", f_to_c(dec("104.9")), EXACT)
unit_r(P, "180 cm in inches?", 180 * CM / IN)
unit_r(P, "25 psi in kPa", 25 * PSI / KPA)
unit(P, "10 stone in pounds", 10 * STONE / LB, EXACT)
unit(P, "1 GiB in bytes", GIB, EXACT)
unit_r(P, "500 sq ft to m2", 500 * SQFT)
unit_r(P, "What is 5 acres in square metres?", 5 * ACRE)
unit_r(P, "what is 135 kph in miles per hour", 135 * KMH / MPH)
unit_r(P, "12 ounces to grams", 12 * OZ / G)
unit(P, "how many mm in 3 ft?", 3 * FT / MM, EXACT)
unit_r(P, "2.5 bar to psi", dec("2.5") * BAR / PSI)


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


# dates: word problems, one per register
_LAST_FLIGHT = D(2027, 2, 22)
date_item(
    AST,
    f"The last supply flight leaves on {sayw(_LAST_FLIGHT)} and the first flight back lands 245 "
    "days after that. What date does it land?",
    _LAST_FLIGHT + TD(days=245),
)
_OPENER = D(2027, 3, 6)
date_item(
    ESP,
    f"season opener is {sayus(_OPENER)}, grand final is August 21, 2027. how many days apart are "
    "they",
    days(_OPENER, D(2027, 8, 21)),
)
_EXERCISE1 = D(2027, 1, 9)
date_item(
    HOV,
    f"training exercise every four weeks, first one {say(_EXERCISE1)}. counting that as no. 1, "
    "date of the 10th?",
    _EXERCISE1 + TD(weeks=4 * 9),
)
date_item(
    BAL, "what day of the week is September 14, 2030? that's launch day", weekday(D(2030, 9, 14))
)
date_item(
    KOM,
    "Brewed on 3 May 2027 and the second ferment needs 19 days. When do we bottle?",
    D(2027, 5, 3) + TD(days=19),
)
date_item(
    BIO,
    "Aliquots frozen on 11 November 2026 have to be re-tested 180 days later. Which date is the "
    "re-test?",
    D(2026, 11, 11) + TD(days=180),
)
date_item(
    FIR,
    "My first lookout shift was 15 June 2027 and my last was 28 September 2027. How many days "
    "between them?",
    days(D(2027, 6, 15), D(2027, 9, 28)),
)
date_item(
    CAV,
    "The expedition starts 2 July 2028 and the access permit must be filed 40 days before that. "
    "What's the filing date?",
    D(2028, 7, 2) - TD(days=40),
)
date_item(
    SHR,
    "run starts 14 October 2027 and the last shed is booked 38 days later. what date's that",
    D(2027, 10, 14) + TD(days=38),
)
date_item(
    DRN,
    "Mapping contract runs for 26 weeks starting 4 January 2027. On what date does it end?",
    D(2027, 1, 4) + TD(weeks=26),
)
_KICKOFF = D(2028, 1, 8)
date_item(
    ROB,
    f"Build season kicks off {sayw(_KICKOFF)} and the regional is 6 weeks after kickoff. Date of "
    "the regional?",
    _KICKOFF + TD(weeks=6),
)
_EP1 = D(2026, 10, 5)
date_item(
    POD,
    f"Episode 1 went out on {say(_EP1)} and we publish every fortnight. Counting from episode 1, "
    "what date does episode 20 go out?",
    _EP1 + TD(weeks=2 * 19),
)
date_item(
    HRD,
    "We first went on air on 5 April 1991 - anyone know what day of the week that was?",
    weekday(D(1991, 4, 5)),
)
date_item(
    TYP,
    "The serial number dates this Remington to 19 October 1934. What day of the week was that?",
    weekday(D(1934, 10, 19)),
)
date_item(
    TRK,
    "left the depot 27 december 2026, the run is 9 days. what date am i back",
    D(2026, 12, 27) + TD(days=9),
)
date_item(
    POOL,
    "Tiling starts on 7 April 2027 and the job finishes 23 days later. Finish date?",
    D(2027, 4, 7) + TD(days=23),
)
date_item(
    HUT,
    "The hut opens on 18 June 2027 and shuts on 20 September 2027. How many days apart is that?",
    days(D(2027, 6, 18), D(2027, 9, 20)),
)
date_item(
    SEED,
    "These seeds were packed on 2 March 2025 and expire 1,000 days after packing. What's the "
    "expiry date?",
    D(2025, 3, 2) + TD(days=1000),
)
_RACE = D(2027, 4, 25)
date_item(
    PACE,
    f"Race day is {sayw(_RACE)} and training starts exactly 18 weeks before race day. What date "
    "is that?",
    _RACE - TD(weeks=18),
)
_WALK1 = D(2027, 3, 13)
date_item(
    FOS,
    f"Walks run every fortnight from {say(_WALK1)}, which is walk 1. What date is walk 7?",
    _WALK1 + TD(weeks=2 * 6),
)
date_item(
    FAL,
    "Our Harris hawk hatched on 6 May 2022. How old is she in whole years on 1 February 2027?",
    age(D(2022, 5, 6), D(2027, 2, 1)),
)
date_item(
    SUB,
    "Client say deadline is 31 days after 28 January 2027. Which date is it please?",
    D(2027, 1, 28) + TD(days=31),
)
date_item(
    API,
    "The queen was marked on 14 May 2025. How many days is it from then to 1 September 2026?",
    days(D(2025, 5, 14), D(2026, 9, 1)),
)
date_item(
    TAX,
    "The collector was born 21 July 1863 and died 2 January 1931. How old was he, in whole years?",
    age(D(1863, 7, 21), D(1931, 1, 2)),
)
date_item(
    GLC,
    "Helicopter drops us on 2 July 2027 and picks us up on 27 August 2027. How many weeks on "
    "the ice is that?",
    weeks(D(2027, 7, 2), D(2027, 8, 27)),
)
# dates: second word problems
date_item(
    ESP,
    "The balance patch has to drop 45 days before the world finals on 10 November 2027. Drop date?",
    D(2027, 11, 10) - TD(days=45),
)
_TOPUP1 = D(2027, 1, 4)
date_item(
    BIO,
    f"LN2 top-ups happen every 10 days, the first on {sayw(_TOPUP1)}. Counting that one as the "
    "first, when is the 15th top-up?",
    _TOPUP1 + TD(days=10 * 14),
)
date_item(
    CAV,
    "How many days are there between 21 March 2027 and 21 March 2028?",
    days(D(2027, 3, 21), D(2028, 3, 21)),
)
date_item(
    POD, "which weekday is 1 January 2031? planning the new year episode", weekday(D(2031, 1, 1))
)
date_item(
    HUT,
    "Lights out is 22:15 and the generator goes back on at 05:30 the next morning. How many hours "
    "is it off?",
    clock_span("22:15", "05:30", 3600),
)
_CLOSE = D(2027, 6, 7)
date_item(
    TAX,
    f"The gallery closes for conservation on {sayw(_CLOSE)} for 9 weeks. What date does it reopen?",
    _CLOSE + TD(weeks=9),
)
# dates: plain one-liners
date_item(P, "what day of the week was 4 July 1976", weekday(D(1976, 7, 4)))
date_item(P, "days between 1 January 2027 and 1 January 2030", days(D(2027, 1, 1), D(2030, 1, 1)))
date_item(P, "100 days after 5 March 2027?", D(2027, 3, 5) + TD(days=100))
date_item(P, "date 10,000 days after 1 January 2000", D(2000, 1, 1) + TD(days=10000))
date_item(P, "which weekday is 25 December 2035", weekday(D(2035, 12, 25)))
date_item(
    P, "how many weeks from 3 March 2027 to 26 May 2027", weeks(D(2027, 3, 3), D(2027, 5, 26))
)
date_item(P, "What date is 90 days before 1 October 2027?", D(2027, 10, 1) - TD(days=90))
date_item(
    P,
    "age on 30 June 2027 of someone born 12 February 1988",
    age(D(1988, 2, 12), D(2027, 6, 30)),
)
date_item(P, "first Monday in September 2029?", nth_weekday(2029, 9, MON, 1))
date_item(P, "how many hours from 09:45 to 17:15", clock_span("09:45", "17:15", 3600))
date_item(P, "last Friday of November 2028", nth_weekday(2028, 11, FRI, -1))
date_item(
    P,
    "How many days apart are 14 February 2027 and 11 November 2027?",
    days(D(2027, 2, 14), D(2027, 11, 11)),
)
date_item(P, "Feb 3, 2029 plus 500 days = ?", D(2029, 2, 3) + TD(days=500))
date_item(P, "what was the date 3 weeks before 2 Jan 2028", D(2028, 1, 2) - TD(weeks=3))


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, needing judgement, facts, rules or writing
ORDINARY = {
    AST: (
        "What's the best way to keep fresh vegetables from freezing on the C-130 unload?",
        "Draft a polite radio message asking the next station to hold our 2 spare generators.",
        "Why do winter-over crews get so much psychological screening?",
        "Is it true the station post office still franks mail by hand?",
    ),
    ESP: (
        "should we seed the bracket by last season's results or by a qualifier? pros and cons",
        "write a hype announcement for the grand final, keep it under 50 words",
        "how do anti-cheat kernel drivers actually work",
        "what's a fair ruling if a player disconnects at 14-14 in overtime?",
    ),
    HOV: (
        "Why can a hovercraft cross soft mud where a boat can't?",
        "Write a short press release about last night's mudflat rescue.",
        "what should someone do if they get stuck in sinking mud",
        "Do hovercraft pilots need a boat licence as well?",
    ),
    BAL: (
        "what wind conditions make you scrub a morning launch?",
        "Write a cheerful safety briefing for passengers before the basket lifts off.",
        "Why do balloons fly at dawn rather than midday?",
        "how do you tell a landowner nicely that we need to land in their field",
    ),
    KOM: (
        "Why does my kombucha taste like vinegar after 14 days?",
        "Suggest 5 names for a ginger and turmeric kombucha on tap.",
        "Is the alcohol content of kombucha a problem for a taproom licence?",
        "What causes a SCOBY to grow mould instead of a new layer?",
    ),
    BIO: (
        "What are the main risks of storing samples in the vapour phase versus liquid nitrogen?",
        "Write an SOP intro paragraph on freezer alarm response.",
        "How long can DNA really survive at -80, realistically?",
        "Should consent forms be scanned before samples are accessioned? Explain.",
    ),
    FIR: (
        "How do you tell a dust devil from a real smoke column at 20 miles?",
        "what should i pack for a 10 day stint in a fire lookout",
        "Write a short log entry reporting a lightning strike with no visible smoke.",
        "Why are the old Osborne fire finders still used?",
    ),
    CAV: (
        "What are the arguments for a rule of thirds versus quarters on gas planning in caves?",
        "Write a trip plan summary for the dive club newsletter.",
        "Why do cave divers run a continuous guideline?",
        "is sidemount really safer than backmount for restrictions",
    ),
    SHR: (
        "how do you stop a ewe kicking halfway through the blow",
        "Write a job ad for a rousie for the spring run.",
        "Is blade shearing making a comeback, and why?",
        "fairest way to split the tally bonus across the gang?",
    ),
    DRN: (
        "Do I need a permit to fly a survey drone over a farm near an airfield?",
        "What overlap percentage is good for photogrammetry of a quarry, and why?",
        "Write a cover email for a topographic survey quote.",
        "Why does RTK give better accuracy than plain GPS?",
    ),
    ROB: (
        "how do i keep 14 year olds motivated when the robot keeps failing inspection",
        "Explain PID control to a student who has only done algebra.",
        "Write a thank-you note to our sponsor, the local machine shop.",
        "Is it better to build a swerve drive or a tank drive for a rookie team?",
    ),
    POD: (
        "How loud should a podcast master be in LUFS and why do platforms differ?",
        "Write a polite chaser for an invoice that's 30 days overdue.",
        "What's the difference between a noise gate and an expander?",
        "Should I charge per episode or per hour of raw audio? Discuss.",
    ),
    HRD: (
        "What songs cheer people up on a children's ward?",
        "Write a 10-second jingle for our hospital radio station.",
        "Do we need a licence to play music on the wards?",
        "How do I interview a nervous patient on air?",
    ),
    TYP: (
        "Why does my Olympia SM3 skip spaces on the letter e?",
        "What solvent is safe for cleaning old typewriter slugs?",
        "Write an eBay listing for a restored 1950s portable typewriter.",
        "Were Hermes 3000s really better made than Smith-Coronas?",
    ),
    TRK: (
        "what's the best way to stay awake on a night run without energy drinks",
        "explain the 14 hour rule like im new",
        "write a text to dispatch saying im stuck at the shipper 3 hrs",
        "is it worth going owner operator or stay company driver",
    ),
    POOL: (
        "Which grout should we use for glass mosaic below the waterline?",
        "How do we stop tiles popping off after the pool is refilled?",
        "Write a quote cover letter for a mosaic dolphin design on a pool floor.",
        "Why do pool tiles need a movement joint?",
    ),
    HUT: (
        "How should the warden handle a party arriving after dark without a booking?",
        "Write a sign asking guests to take their rubbish back down the valley.",
        "What are signs of altitude sickness I should watch for in guests?",
        "Why are hut slippers compulsory in the Alps?",
    ),
    SEED: (
        "How do we stop cross-pollination when saving squash seed?",
        "Write a short welcome paragraph for the seed library leaflet.",
        "Is it legal to share seeds of a registered variety?",
        "Which vegetables are easiest for beginners to save seed from?",
    ),
    PACE: (
        "How do I pace a group evenly on a hilly course?",
        "Write a pep talk for runners at mile 20.",
        "Should pacers run even splits or negative splits?",
        "What do I do if a runner in my group collapses?",
    ),
    FOS: (
        "Is it legal to take fossils off the beach at Charmouth?",
        "how can you tell a real belemnite from a stick of rock",
        "Write a safety talk for a fossil walk under crumbling cliffs.",
        "Why are ammonites coiled?",
    ),
    FAL: (
        "Is flying hawks at a landfill actually effective against gulls long term?",
        "Write the opening of a risk assessment for flying a hawk in a shopping centre.",
        "Why do falconers weigh their birds every day?",
        "Do I need a licence to keep a Harris hawk in England?",
    ),
    SUB: (
        "How to translate jokes in subtitles when pun not work in Spanish?",
        "Write please an email to ask the client for the script before deadline.",
        "What is standard reading speed for subtitles for children?",
        "Why subtitles are limited to two lines?",
    ),
    API: (
        "Is it ethical for companies to keep bees on rooftops for PR?",
        "What flowers should we plant near the office to help the bees?",
        "Write a short notice telling staff the hives will be inspected on Thursday.",
        "Why do bees swarm and how do we stop it on a roof?",
    ),
    TAX: (
        "What's the safest pest treatment for a Victorian bird case with moth damage?",
        "Write a label for a mounted great auk replica.",
        "Were arsenic soaps really used on old mounts, and what precautions do we take?",
        "Should museums display trophy heads at all?",
    ),
    GLC: (
        "What high-calorie meals keep well at a glacier camp?",
        "why does pasta take longer to cook up high",
        "Write a fun menu card for our last night on the ice.",
        "how do I keep bread from freezing solid in the mess tent",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


# near-positives: look like tool questions but need the language model
_NOON = D(2027, 3, 19)
NEAR = (
    ("near-exchange", "How many yen would 250 Swiss francs get me at the airport?", "live rate"),
    ("near-exchange", "convert 1,200 NOK to EUR", "exchange rate"),
    ("near-live", "what's the spot price of silver per ounce right now", "live price"),
    ("near-live", "How much is a litre of diesel in Perth at the moment?", "live price"),
    ("near-rate", "What's the current Bank of England base rate?", "current figure"),
    ("near-rate", "What APR would a 6,000 car loan be at my credit union?", "missing data"),
    ("near-contested", "how many pints in 3 litres", "UK or US pint"),
    ("near-contested", "Convert 40 mpg to litres per 100 km", "UK or US gallon"),
    ("near-contested", "2 cups of flour in grams?", "cup size and density"),
    ("near-contested", "How many kilos is a ton of gravel?", "short, long or metric ton"),
    ("near-today", "How many days until my birthday on 9 June?", "needs today's date"),
    ("near-today", "What's the date 60 days from now?", "needs today's date"),
    ("near-today", "How old is someone born in 1971?", "no reference date"),
    ("near-today", "How many weeks pregnant am I if my due date is 30 August?", "needs today"),
    ("near-calendar", "When is Easter Sunday in 2033?", "computus left to the model"),
    ("near-calendar", "When does Diwali fall in 2029?", "lunisolar festival"),
    ("near-calendar", "how many working days are there in May 2027 in Scotland", "bank holidays"),
    (
        "near-calendar",
        "if the contract renews a month after 31 August 2027, which date is that?",
        "month arithmetic",
    ),
    ("near-calendar", "what day is 03/04/2027", "all-numeric date of unknown order"),
    ("near-zone", "If it's 9am in Denver, what time is it in Kathmandu?", "time zones"),
    ("near-zone", "Our call is 16:00 in Sydney, when is that in Lisbon in July?", "time zones"),
    ("near-ident", "What does error code 0x80070057 mean?", "identifier"),
    ("near-ident", "is LX 1377 normally late into Zurich", "flight number"),
    ("near-ident", "What is ISBN 978-0-14-044913-6?", "ISBN lookup"),
    ("near-ident", "Where does the A4232 go?", "road number"),
    ("near-ident", "what changed between python 3.11 and 3.12", "software versions"),
    ("near-ident", "whose number is 0161 496 0000", "phone number"),
    ("near-ident", "Is SW1A 2AA a residential postcode?", "postcode"),
    ("near-ident", "What is the 1-800-273-8255 line?", "phone number"),
    ("near-code", "What does [x*2 for x in range(3)][-1] evaluate to, and why?", "code semantics"),
    ("near-code", "In JavaScript, why is 0.1 + 0.2 !== 0.3?", "code semantics"),
    ("near-code", "What does `echo $((7 / 2))` print in bash and why?", "code semantics"),
    ("near-code", "Why does '10' + 5 give '105' in JS?", "code semantics"),
    ("near-fact", "how high is Aconcagua, in feet?", "fact, not conversion"),
    ("near-fact", "What is the boiling point of water at the top of Everest?", "science fact"),
    ("near-fact", "calories in a medium baked potato with the skin on?", "nutrition fact"),
    ("near-fact", "How many people live in Tromsø these days?", "world fact"),
    ("near-fact", "How far is the Moon from Earth in km?", "fact"),
    ("near-fact", "How many bones are in the human hand?", "fact"),
    ("near-tax", "How much income tax do I pay on £38,000 in Scotland?", "tax rules"),
    ("near-tax", "What's the VAT rate on children's car seats?", "tax rules"),
    (
        "near-rule",
        "What's the speed limit for a van towing a trailer on a UK dual carriageway?",
        "law",
    ),
    ("near-dose", "How much paracetamol can I give a 14 kg toddler?", "dosing"),
    ("near-size", "I'm a UK 9 shoe, what's that in EU?", "size chart"),
    ("near-estimate", "How many golf balls fit in a school bus?", "estimate"),
    ("near-estimate", "roughly how long to walk 12 km with a 20 kg pack in hills", "estimate"),
    ("near-estimate", "How much paint for a 4 by 5 metre bedroom?", "estimate, missing figures"),
    ("near-odds", "What are my chances of winning the EuroMillions jackpot?", "lottery odds"),
    ("near-missing", "what would 12.5% of my pension pot be", "missing figure"),
    ("near-missing", "How much change do I get if I pay with a twenty?", "missing price"),
    ("near-missing", "How long will my 3 km/h drone battery last?", "malformed, missing data"),
    ("near-translate", "How do you say 'three hundred and twelve' in Welsh?", "translation"),
    ("near-write", "Write a limerick about dividing 100 by 7.", "writing task"),
    ("near-title", "Who wrote 2001: A Space Odyssey?", "number in a title"),
    ("near-title", "Is Fahrenheit 451 still worth reading at school?", "number in a title"),
    ("near-title", "What happens in Apollo 13?", "number in a title"),
    ("near-opinion", "Is 42 really the answer to life, the universe and everything?", "opinion"),
    ("near-opinion", "Which is the nicer number, 7 or 8?", "opinion"),
    ("near-ambig", "what's 6 ÷ 2(1+2)", "contested notation"),
    ("near-ambig", "How long is a piece of string?", "ambiguous"),
    ("near-ambig", "convert 100 degrees", "no units given"),
    ("near-random", "Pick a random number between 1 and 49 for me", "random choice"),
    (
        "near-proof",
        "Give a proof that there is no largest prime number, in plain English.",
        "written proof",
    ),
    ("near-history", "Why do we use base 10 and where did zero come from?", "history"),
    (
        "near-weekday",
        f"Was {sayw(_NOON)} a good day for a wedding, or do Fridays cost more?",
        "advice next to a date",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)
assert weekday(_NOON) == "Friday"


# conversations: notation, figures or framing set up in earlier turns
_MOVE_IN = D(2027, 5, 8)
assert weekday(_MOVE_IN) == "Saturday"
_CREW_TOTAL = 14 + 9 + 22
assert _CREW_TOTAL == 45
CONVS = (
    (
        "conv-operator",
        [
            (U, "Let a ⊕ b mean a squared minus b, just for this chat."),
            (A, "Understood: a ⊕ b = a² − b."),
            (U, "so what's 7 ⊕ 5"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-operator",
        [
            (U, "New rule: x ~ y is the larger of x and y, times 3."),
            (A, "Got it."),
            (U, "12 ~ 19?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [
            (U, "Define g(n) = 2n + 11 for the rest of this conversation."),
            (A, "Okay, g(n) = 2n + 11."),
            (U, "Now give me g(40)."),
        ],
        "function defined earlier",
    ),
    (
        "conv-letters",
        [
            (U, "Let p = 14 and q = 6."),
            (A, "Noted."),
            (U, "What is p times q plus p?"),
        ],
        "letters defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I write decimals with a comma, like 3,5 for three and a half."),
            (A, "Understood, I'll read commas as decimal points."),
            (U, "Then 2,4 + 1,35 is?"),
        ],
        "decimal comma set earlier",
    ),
    (
        "conv-base",
        [
            (U, "Everything I type from now on is in base 8."),
            (A, "Okay, I'll read your numbers as octal."),
            (U, "What's 17 + 6?"),
        ],
        "number base set earlier",
    ),
    (
        "conv-roman",
        [
            (S, "Answer every number in Roman numerals."),
            (U, "What's 48 plus 75?"),
        ],
        "Roman numerals required",
    ),
    (
        "conv-language",
        [
            (U, "Please answer only in German from now on."),
            (A, "In Ordnung."),
            (U, "How many centimetres are in 3 feet?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are a grumpy pirate. Stay in character and never give a bare number."),
            (U, "how much is 35 times 12"),
        ],
        "persona and format set earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer my next question as a rhyming couplet."),
            (A, "I'll rhyme it, you'll see, as neat as can be."),
            (U, "What is 250 divided by 8?"),
        ],
        "verse form set earlier",
    ),
    (
        "conv-format",
        [
            (
                U,
                "From here on reply with a YAML block having fields amount and unit, nothing else.",
            ),
            (A, "Will do."),
            (U, "7 miles to km"),
        ],
        "output format set earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round everything to the nearest hundred for me please."),
            (A, "Sure."),
            (U, "What's 1,437 multiplied by 3?"),
        ],
        "rounding set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "For my horse-racing blog, express every distance in furlongs."),
            (A, "Understood."),
            (U, "and 4.4 km is how far?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-unit-defined",
        [
            (U, "In our shop a 'crate' is 18 kilos."),
            (A, "Got it, one crate = 18 kg."),
            (U, "How many crates is 270 kg?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-currency",
        [
            (U, "Give all prices in Australian dollars please."),
            (A, "Okay."),
            (U, "What's 40% off a 120 dollar jacket?"),
        ],
        "target currency set earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "Heads up: I write dates the US way, month first."),
            (A, "Understood."),
            (U, "so which day of the week is 6/11/2031?"),
        ],
        "date order set earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "On the planet in my game a year is 9 months of 40 days."),
            (A, "A 360-day year, got it."),
            (U, "How many days are 2 of those years plus 5 months?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "We number weeks from the first Sunday of the school year, 5 September 2027."),
            (A, "Okay, week 1 begins 5 September 2027."),
            (U, "What date does week 9 start?"),
        ],
        "local week numbering",
    ),
    (
        "conv-correction",
        [
            (U, "what is 83 times 27"),
            (A, "83 × 27 = 2241."),
            (U, "typo, should have been 38 not 83, do it again"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Milk was 1.45, bread 2.10 and eggs 3.20."),
            (A, "That's three items."),
            (U, "Summarise what I bought in one sentence."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-spread",
        [
            (U, "First leg was 38 km."),
            (A, "Okay."),
            (U, "Second leg 57 km."),
            (A, "Noted."),
            (U, "total?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-spread",
        [
            (U, f"We move into the flat on {sayw(_MOVE_IN)}."),
            (A, "Congratulations on the move."),
            (U, "And the lease is 52 weeks from then. When does it end?"),
        ],
        "date in an earlier turn",
    ),
    (
        "conv-spread",
        [
            (U, "Crew counts by shift are 14, 9 and 22."),
            (A, f"That makes {_CREW_TOTAL} people across the three shifts."),
            (U, "And if each needs two meals, how many meals?"),
        ],
        "total stated in an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "The builder quoted 18,500 for the kitchen and 6,200 for the bathroom."),
            (A, "That's 24,700 in total."),
            (U, "Does that sound reasonable for a 1930s semi?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-explain",
        [
            (U, "2 to the 16th?"),
            (A, "65536."),
            (U, "why does that number keep showing up in old video games?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, "What is 27 °C in Fahrenheit?"),
            (A, "27 °C is 80.6 °F."),
            (U, "would that be too warm to leave a rabbit hutch in full sun?"),
        ],
        "follow-up needing judgement",
    ),
    (
        "conv-recall",
        [
            (U, "Remember this number: 8,341."),
            (A, "Remembered."),
            (U, "What number did I ask you to remember, backwards?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-rewrite",
        [
            (U, "Draft: The total of 45 and 67 is 112."),
            (A, "Looks fine."),
            (U, "Rewrite that sentence more formally."),
        ],
        "rewrite of earlier text",
    ),
    (
        "conv-date-wording",
        [
            (U, "The wedding is 14 August 2027."),
            (A, "Lovely."),
            (U, "How would I write that date on a formal invitation?"),
        ],
        "date wording",
    ),
    (
        "conv-unit-defined",
        [
            (U, "Let a 'step' be 0.7 metres."),
            (A, "Noted."),
            (U, "How many steps is a 2.1 km walk?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-letters",
        [
            (U, "A = 3, B = 8, C = 12."),
            (A, "Okay."),
            (U, "what's A*B - C"),
        ],
        "letters defined earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are a kindly primary teacher. Explain steps, don't just give answers."),
            (U, "What's 72 divided by 9?"),
        ],
        "persona that asks for an explanation",
    ),
    (
        "conv-spread",
        [
            (U, "Rent is 950 a month."),
            (A, "Okay."),
            (U, "Bills are another 210."),
            (A, "Noted."),
            (U, "What's my yearly housing cost then?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-base",
        [
            (U, "Reply in binary only."),
            (A, "101."),
            (U, "What's 13 + 9?"),
        ],
        "output base set earlier",
    ),
    (
        "conv-correction",
        [
            (U, "How many days between 3 May 2027 and 20 May 2027?"),
            (A, "17 days."),
            (U, "No, I meant June for the second date."),
        ],
        "correction of an earlier turn",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural asserts
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    assert sum(1 for i in items if i["label"] == _lab and i["family"] != P) == 31, _lab
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
    # no register (family name) of this set is a family name of sets 19 to 51
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 51: {reused}"
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
