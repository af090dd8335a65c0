r"""Generate heldout-2027-01-22.jsonl: a fiftieth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_49.py, by `sed -n`: lines 1-363
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 595-655 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 753-829 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1019-1026 (its negatives section
header, neg() and conv()) and 1631-1855 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (1855 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges),
not README.md and not pyproject.toml (ruff's line length of 100 was taken from the brief). The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-49) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l` and `grep -n` above in one command; the view of lines 1-363 alone;
the views of 595-655, 753-829, 1019-1026 and 1631-1855 together, with `echo` separators. Then, in
one command, `mkdir -p` of /tmp/h50/blocks, /tmp/h50/own and /work/sealed50, `sed -n` copies of the
same five allowed ranges into block files under /tmp/h50/blocks/ and one run of a small Python
script (/tmp/h50/subst.py, written by a `cat` heredoc in the same command) that cuts the first copy
at the line that is exactly `from __future__ import annotations` (asserted to be the only such
line, so not the words inside set 49's docstring) and keeps it to P = "plain", substitutes this
set's OUT, PREFIX, EARLIER_DIR test (make_heldout_49.py), EARLIER (sets 1-49, `range(2, 50)`) and
REGISTER_CHECK (sets 19-49, adding make_heldout_49.py), and "sets 19 to 48" -> "sets 19 to 49" in
one comment and one message string of main() (each substitution asserted to apply once, the last
twice; it printed "ok" for each and deleted the raw first copy), followed by `ls`, `head -3` and a
`grep -n` of the blocks for "48", "49", "50" and "19 to" (it printed only configuration lines,
three unit-factor lines of the units block and the two substituted lines of main()). Then, in one
command, `cat` heredocs wrote this set's own blocks under /tmp/h50/own/ (a_calc.py: registers and
calculator items; b_units.py: unit constants and unit items; c_dates.py: date items; d_negs.py:
ordinary negatives, near-positive negatives, conversations and this set's own structural asserts),
an assembly script /tmp/h50/assemble.py (it builds this file from a docstring file, or a one-line
placeholder, and the blocks in order, and prints its line count) and a helper /tmp/h50/run.sh (it
runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache
-q` and `.venv/bin/ruff check --no-cache` on this file, then this generator from /tmp, passing on
any arguments, writing its output to /tmp/h50/out.txt, of which it prints the exit code and the
`tail -6`), and run.sh was run. Edits of own blocks were made by the scripts /tmp/h50/reword1.py to
reword3.py (exact, asserted-once replacements, written by `cat` heredocs; the changes are listed
below), each followed by run.sh in the same command. Then `head -4` (cut to 250 columns) and `grep
-c` of out.txt, and run.sh with --show once, its listing of ids, expected values and tolerances
filtered by `grep` and laid out by `column -t`; then a `/work/main/.venv/bin/python -c` line-length
check of this file (no line over 100 characters). This docstring was written last over the
placeholder (its source text, /tmp/h50/doc/doc_src.txt, written by a `cat` heredoc, filled to 99
columns by /tmp/h50/doc/make_doc.py, which uses textwrap, keeps the lines marked as preformatted
and asserts that the words are unchanged), followed by run.sh, the line-length check, a `head -3`
of this file (cut to 120 columns), a `head -2` of out.txt, two runs of this file with --digest (one
with PYTHONHASHSEED=7) and `sha256sum` of the JSONL; finally `ls -la /work/sealed50` and `rm -rf
/tmp/h50`. Writes: /work/sealed50/ was created for this file and its JSONL; temporary blocks,
scripts and output under /tmp/h50/ were deleted afterwards. Nothing was written into /work/main.
Every python run above used /work/main/.venv/bin/python.

Changes to set 49's main() and checks: only the substitutions listed above (file names, sets 1-49
for the duplicate check, sets 19-49 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 49's as printed; ruff format may have changed layout only. All
of set 49's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp(), whole_up() (not used by this set's items), say() and sayw() (every weekday
stated next to a date in a query or turn is computed, not typed) and SQFT/SQYD/CUFT. Added, newly
written: MM, CM, KM, G, SQM and LITRE (with an assert), the register constants and the REGISTERS
tuple (sorted, asserted distinct), _root() (an integer square root, asserted), the ORDINARY, NEAR
and CONVS tables, the _FOLLOW date (stated in an assistant turn, computed) and _BAGS sum (stated in
an assistant turn, computed and asserted), and this set's own asserts: the ORDINARY negatives are
keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS 35; the positive registers
are exactly the REGISTERS; 193 items lie in the registers (25 x 3 positives, 18 second positives,
100 negatives), 31 word problems per tool; every negative outside the registers is a near-... or
conv-... family; the first night-market date is a Saturday and the date in one conversation is a
Monday. No money() helper is used in this set.

Disclosures: the kinds of item and the counts follow set 49's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 49's, copied (P = "plain" is copied too, as the
last line of the first block). Set 49's docstring (within lines 1-363) names its 25 registers, the
three register names its own check rejected, its provenance, its reworded kinds of items and the
generic kinds of its items, which were therefore seen; none of those names or topics is used here
as a register, and some plain one-liners, near-positives and conversations here are of those same
generic kinds, newly worded. The `grep -n` printed no docstring, query or constant line: only def
lines and section headers with their line numbers (it showed, for instance, a "registers (set 49)"
header at line 365, which was not opened). At the edges of the allowed ranges: line 363 is P =
"plain", 595, 753 and 1019 are section headers, 655 is a blank line after unit_r(), 829 is the
assert after sayw(), 1026 is the last line of conv(), 1631 is the comment above the stated-weekday
pattern and 1855 is the call of main(). No query text of any earlier set was seen. Every query here
was newly written from imagination of each trade or situation. Registers of sets 1 to 18 are not
known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier
query or user turn is ruled out by main(), and main() asserts that no register is a family name of
sets 19 to 49 (the near-.../conv-... families are not registers and may coincide with earlier
family names). Like set 49, this set has no algebra or calculus question (symbolic math with one
right answer is a tool question, so none is labelled negative; the only proof asked for is a
written proof). Some near-positives depend on the current date (today's date, days until Christmas,
an age from a birth year, a weekday three days on, weeks of pregnancy) and one concerns Easter;
they are negatives, with no "now" field. A few negatives ask what a short piece of code returns or
why (code semantics, as the brief lists them). Two conversations define a one-off operator and one
defines a function g(n) with a single value asked for; they are negatives because the notation is
set up in an earlier turn.

Register check: main()'s register assertion failed on the first run (which also failed ruff's
ISC004 rule on one two-part string of an ordinary negative), naming two of the first choice of
registers as family names of sets 19 to 49: sign_language_interpreter_agency and
tattoo_studio_front_desk (so those two names, and that such topics were used before, became known;
nothing else about earlier sets). reword1.py replaced them with two new topics,
sheep_shearing_contract_gang and planetarium_show_operator, rewriting all their items (one
calculator, one unit and one date item each, and four ordinary negatives each) rather than renaming
them, and made the ISC004 string a single line. The next run passed the register check.

Other failed checks and edits: main()'s duplicate check then reported 30 items by id; they were
reworded by reword2.py without the earlier queries being looked at: three plain calculator
one-liners (a fraction as a decimal, a power, a percentage change; new figures), four plain unit
one-liners (feet and inches to centimetres, kilograms to pounds, bar to psi, GiB to MiB; new
figures and wording), one ordinary negative (glacier ice colour), nineteen near-positives (Easter,
a month from the 31st, an all-numeric date, a lunisolar festival, a contested pint, two estimates
or odds, a nutrition fact, a missing figure, two current-date questions, a size chart, a number in
a title, a written proof, an explanation of division by zero) and seven conversations (number base,
explanation, follow-up, output format, answer language, recall, rounding; every user turn of each
newly worded). The next run reported one item, a current-date near-positive, which reword3.py
reworded; the next run passed every check, and every later run passed every check.

Registers (families), 25, new: bouldering_gym_route_setter, city_marathon_race_director,
court_stenographer_transcripts, cruise_ship_shore_excursions, drone_survey_contractor,
esports_team_manager_chat, freelance_subtitle_translator, glacier_research_field_camp,
hot_air_balloon_pilot_log, kombucha_microbrewery, mobile_dog_grooming_van,
mushroom_forager_cooperative, night_market_ramen_stall, offshore_wind_turbine_crew,
planetarium_show_operator, podcast_producer_edit_log, polar_expedition_quartermaster,
powerlifting_meet_table, reef_aquarium_hobbyist_forum, rooftop_solar_installer,
school_bus_dispatch_office, sheep_shearing_contract_gang, ski_resort_lift_control,
surf_beach_lifeguard_tower, vinyl_record_pressing_plant. Every register is used by all three tools
(asserted); eighteen registers have a further positive (a second calculator word problem:
esports_team_manager_chat, night_market_ramen_stall, rooftop_solar_installer,
city_marathon_race_director, kombucha_microbrewery, surf_beach_lifeguard_tower; a second unit word
problem: drone_survey_contractor, glacier_research_field_camp, powerlifting_meet_table,
ski_resort_lift_control, reef_aquarium_hobbyist_forum, hot_air_balloon_pilot_log; a second date
word problem: court_stenographer_transcripts, glacier_research_field_camp,
podcast_producer_edit_log, polar_expedition_quartermaster, mobile_dog_grooming_van,
surf_beach_lifeguard_tower). Positives are one-liners (family "plain") or word problems of one to
three sentences, mostly in UK usage with £ (two in dollars, one in euros), some chatty,
gamer-style, terse, lower-case or unpunctuated, a few with numbers in words or a typo, one with a
distractor figure, questions at the start or the end. No positive conversations. No dosing in
positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a current
interest rate, a contested unit (pint, gallon, mpg, cup, ton), today's date or an age without a
stated date, Easter, working days, time zones, lunisolar festivals, month arithmetic from the 31st,
all-numeric dates of unstated order, identifiers that look like numbers (a fault code, a flight, a
tracking number, an ISBN, a road number, a mission number, software versions, a phone number), code
semantics, explanations, the history of numerals, a written proof, world, science or nutrition
facts, a tax rule, a traffic rule, dosing, a size chart, feeding guidance, a forecast, estimates,
lottery odds, missing figures, a translation, a writing task, a number in a title, an opinion; or,
in conversations, an operator, function or letters defined earlier, a decimal comma, a unit or
value defined earlier, a number base, Roman numerals, a persona, language, verse form, output
format, rounding, target unit, target currency or date order fixed earlier, an invented calendar, a
week numbering, a correction, summary, rewrite, follow-up or recall of earlier turns, figures
spread over turns, a judgement about earlier figures, an explanation of an earlier answer, or date
wording. The ordinary negatives ask for advice, explanations, judgements, rules, facts or writing
in each register's setting.

Left out of positives entirely (their grading is contested), as in set 49: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as "N days after", "N days later", "N weeks after", "N days before",
"how many days between", "how many days apart", or as the Nth weekly or five-weekly occurrence
counted from a stated first date), and clock spans run from one stated time to the next occurrence
of the other (one crosses midnight, saying "the next morning"). Every rounded unit result stays
within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 49):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 L = 1 dm^3;
    t(degF) = t(degC) * 9/5 + 32; 1 h = 3600 s; 1 ha = 10^4 m^2; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_50.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-22.jsonl"
PREFIX = "ho50-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_49.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 50))
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


# =========================================================================== registers (set 50)
WIND = "offshore_wind_turbine_crew"
SHEARING = "sheep_shearing_contract_gang"
ESPORTS = "esports_team_manager_chat"
STENO = "court_stenographer_transcripts"
DRONE = "drone_survey_contractor"
RAMEN = "night_market_ramen_stall"
GLACIER = "glacier_research_field_camp"
PLANETARIUM = "planetarium_show_operator"
LIFTING = "powerlifting_meet_table"
SOLAR = "rooftop_solar_installer"
PODCAST = "podcast_producer_edit_log"
SKI = "ski_resort_lift_control"
FORAGE = "mushroom_forager_cooperative"
SCHOOLBUS = "school_bus_dispatch_office"
REEF = "reef_aquarium_hobbyist_forum"
VINYL = "vinyl_record_pressing_plant"
MARATHON = "city_marathon_race_director"
POLAR = "polar_expedition_quartermaster"
BOULDER = "bouldering_gym_route_setter"
SUBTITLE = "freelance_subtitle_translator"
KOMBUCHA = "kombucha_microbrewery"
GROOMING = "mobile_dog_grooming_van"
BALLOON = "hot_air_balloon_pilot_log"
CRUISE = "cruise_ship_shore_excursions"
LIFEGUARD = "surf_beach_lifeguard_tower"
REGISTERS = tuple(
    sorted(
        (
            WIND,
            SHEARING,
            ESPORTS,
            STENO,
            DRONE,
            RAMEN,
            GLACIER,
            PLANETARIUM,
            LIFTING,
            SOLAR,
            PODCAST,
            SKI,
        )
        + (FORAGE, SCHOOLBUS, REEF, VINYL, MARATHON, POLAR, BOULDER, SUBTITLE, KOMBUCHA)
        + (GROOMING, BALLOON, CRUISE, LIFEGUARD)
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25


def _root(n):
    r = math.isqrt(n)
    assert r * r == n, n
    return r


assert _root(7225) == 85

# calculator: plain one-liners
calc(P, "what is 17.5% of 2,480", pct("17.5") * 2480)
calc(P, "what's 5/8 written as a decimal number", F(5, 8))
calc(P, "1234 x 56", 1234 * 56)
calc(P, "How much is 48,600 divided by 36?", F(48600, 36))
calc(P, "(14.2 + 9.35) * 4 =", (dec("14.2") + dec("9.35")) * 4)
calc(P, "square root of 7225", _root(7225))
calc(P, "3 raised to the 9th power?", 3**9)
calc(P, "Add VAT at 20% to £86.45, what's the gross?", dec("86.45") * F(6, 5))
calc(P, "take 15% off 340 then a further 10% off - what's left", 340 * F(85, 100) * F(9, 10))
calc(P, "nineteen times forty-four", 19 * 44)
calc(P, "What's 0.35 × 0.8?", dec("0.35") * dec("0.8"))
calc(P, "average of 12, 19, 23, 30 and 41 pls", F(12 + 19 + 23 + 30 + 41, 5))
calc(P, "6! divided by 4!", F(math.factorial(6), math.factorial(4)))
calc(P, "By what percent did it rise, 64 up to 88?", (F(88) - 64) / 64 * 100)

# calculator: word problems in the registers
calc(
    WIND,
    "turbine 14 gearbox oil swap - had 3 drums of 208 L, used 517.5 L. how much is left over?",
    3 * 208 - dec("517.5"),
)
calc(
    SHEARING,
    "Gang sheared 1,340 ewes this week at £1.85 a head, and the wool cheque came to £612.50 on "
    "top. Total coming in?",
    1340 * dec("1.85") + dec("612.50"),
)
calc(
    ESPORTS,
    "we won $12,500 at the lan, org keeps 20% and the rest gets split evenly between 5 players. "
    "how much does each player get",
    12500 * F(80, 100) / 5,
)
calc(
    ESPORTS,
    "scrim block was six maps averaging 42.5 minutes each - total minutes played?",
    6 * dec("42.5"),
)
calc(
    STENO,
    "Please calculate the fee for a 184-page transcript at £3.65 per page, with a 15% surcharge "
    "for expedited delivery.",
    184 * dec("3.65") * (1 + pct(15)),
)
calc(DRONE, "Total line length for the survey? 14 flight lines of 1.85 km each.", 14 * dec("1.85"))
calc(RAMEN, "sold 137 bowls last night at 11.50 each whats the takings", 137 * dec("11.50"))
calc(
    RAMEN,
    "pork belly order: 8.4 kg @ 13.75 per kg — how much do i owe the butcher",
    dec("8.4") * dec("13.75"),
)
calc(
    GLACIER,
    "Ablation stake readings this morning: 2.35 m, 1.90 m, 2.80 m and 1.75 m. What is the mean "
    "melt?",
    (dec("2.35") + dec("1.90") + dec("2.80") + dec("1.75")) / 4,
)
calc(
    PLANETARIUM,
    "Friday shows: 4 sessions of 125 seats each, and on average they're 84% full. How many "
    "tickets is that?",
    4 * 125 * pct(84),
)
calc(
    LIFTING,
    "What's the lifter's total? Best squat 182.5 kg, best bench 117.5 kg, best deadlift 230 kg "
    "(the third attempt at 237.5 was red-lighted).",
    dec("182.5") + dec("117.5") + 230,
)
calc(SOLAR, "22 panels at 415 watts each — what's the array size in kilowatts?", F(22 * 415, 1000))
calc(
    SOLAR,
    "Quote breakdown: panels £4,380, inverter £1,150, scaffold £720, labour £1,600. With 5% VAT "
    "added to the lot, what's the final figure?",
    (4380 + 1150 + 720 + 1600) * (1 + pct(5)),
)
calc(
    PODCAST,
    "Raw tape was 94 minutes, I cut 27.5 minutes and added 1.25 minutes of intro and outro music. "
    "Final runtime in minutes?",
    94 - dec("27.5") + dec("1.25"),
)
calc(
    SKI,
    "Six-seater chairlift, a chair leaves the bottom station every 12 seconds. How many seats go "
    "up in one hour?",
    F(3600, 12) * 6,
)
calc(
    FORAGE,
    "The co-op bought 36.5 kg of chanterelles at £18.60 a kilo. What do we owe the "
    "pickers in total?",
    dec("36.5") * dec("18.60"),
)
calc(
    SCHOOLBUS,
    "Route 9 is 23.4 miles one way. The bus does it there and back in the morning and again in "
    "the afternoon, five days a week. Weekly mileage?",
    dec("23.4") * 2 * 2 * 5,
)
calc(
    REEF,
    "mixing saltwater at 36 g of salt per litre for a 425 litre system, how many grams "
    "of salt do I need?",
    36 * 425,
)
calc(
    VINYL,
    "Pressing 1,500 LPs at £4.85 a unit plus £390 for lacquers and plates. Total cost?",
    1500 * dec("4.85") + 390,
)
calc(
    MARATHON,
    "Entry income: 3,250 runners at £42 and 480 charity places at £25. What's the total?",
    3250 * 42 + 480 * 25,
)
calc(
    MARATHON,
    "We need 3,900 finisher medals at £2.35 each; what will they cost?",
    3900 * dec("2.35"),
)
calc(
    POLAR,
    "White gas: 0.45 litres per person per day, 4 people, 38 days on the ice. How many litres do "
    "we pack?",
    dec("0.45") * 4 * 38,
)
calc(
    BOULDER,
    "we're swapping out 18% of our 1,250 holds for the reset, how many holds is that",
    pct(18) * 1250,
)
calc(
    SUBTITLE,
    "Rate is €7.50 per runtime minute, the film runs 112 minutes and the agency takes 10%. What "
    "do I actually recieve?",
    dec("7.50") * 112 * (1 - pct(10)),
)
calc(KOMBUCHA, "480 litres of kombucha into 250 ml bottles — how many bottles?", F(480 * 1000, 250))
calc(
    KOMBUCHA,
    "Sold 1,920 bottles at £2.85 and cost of goods is 41% of sales. Gross profit?",
    1920 * dec("2.85") * (1 - pct(41)),
)
calc(
    GROOMING,
    "Van takings: seven full grooms at £45, four nail trims at £12.50 and £38 in tips. What did "
    "I take?",
    7 * 45 + 4 * dec("12.50") + 38,
)
calc(
    BALLOON,
    "We burned 62% of four 38 kg propane cylinders. How many kilograms of propane is that?",
    pct(62) * 4 * 38,
)
calc(
    CRUISE,
    "62 guests booked the catamaran trip at $89 each. The ship keeps 35%; how much goes to the "
    "local operator?",
    62 * 89 * (1 - pct(35)),
)
calc(
    LIFEGUARD,
    "Rescues: 11 in June, 17 in July, 23 in August. Average per month?",
    F(11 + 17 + 23, 3),
)
calc(
    LIFEGUARD,
    "Six lifeguards on the tower, 9.5-hour shifts at £13.20 an hour. What's the daily wage bill?",
    6 * dec("9.5") * dec("13.20"),
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
SQM = 1  # m^2
LITRE = F(1, 1000)  # m^3
assert 18 * IN / CM == dec("45.72") and 12 * IN / MM == dec("304.8") and LITRE * 1000 == 1

# units: plain one-liners
unit(P, "6 ft 3 in in centimetres", (6 * FT + 3 * IN) / CM, EXACT)
unit_r(P, "how many pounds is 83 kg", 83 / LB)
unit_r(P, "convert 100 km to miles", 100 * KM / MI)
unit_r(P, "350 °F to °C", f_to_c(350))
unit(P, "-5 °C in Fahrenheit", c_to_f(-5), EXACT)
unit_r(P, "How many acres is 2.5 hectares?", dec("2.5") * 10**4 / ACRE)
unit_r(P, "3.1 bar to psi", dec("3.1") * BAR / PSI)
unit_r(P, "65 mph → km/h", 65 * MPH / KMH)
unit_r(P, "twelve stone in kilograms", 12 * STONE)
unit(P, "6.75 GiB as MiB?", dec("6.75") * GIB / MIB, EXACT)
unit_r(P, "500 grams in ounces", 500 * G / OZ)
unit_r(P, "250 sq ft in square metres", 250 * SQFT / SQM)
unit(P, "How many seconds are there in 8 hours?", 8 * 3600, EXACT)
unit_r(P, "3.2 km to yards", dec("3.2") * KM / YD)

# units: word problems in the registers
unit_r(WIND, "Spec sheet says the hub height is 394 ft. Metres?", 394 * FT)
unit_r(
    SHEARING,
    "The shearing trailer is 26 feet long; how many metres is that for the ferry booking?",
    26 * FT,
)
unit(
    ESPORTS,
    "downloaded a 37.5 GiB patch on the bootcamp wifi, how many MiB is that",
    dec("37.5") * GIB / MIB,
    EXACT,
)
unit_r(STENO, "The exhibits box weighs 23 lb. For the courier form I need kilograms.", 23 * LB)
unit(DRONE, "The client caps flying height at 400 ft. What's that in metres?", 400 * FT, EXACT)
unit_r(DRONE, "drone cruises at 38 mph, what's that in km/h", 38 * MPH / KMH)
unit_r(RAMEN, "canopy is 10 ft x 10 ft how many square metres is that", 10 * FT * 10 * FT)
unit(GLACIER, "Surface logger read 14 °F overnight — convert to Celsius.", f_to_c(14), EXACT)
unit(GLACIER, "Each ice core section is 18 inches long. In centimetres?", 18 * IN / CM, EXACT)
unit(PLANETARIUM, "our dome is 60 ft across, what's the diameter in metres?", 60 * FT, EXACT)
unit_r(
    LIFTING,
    "Athlete totalled 530 kg — what is that in pounds for the American commentators?",
    530 / LB,
)
unit_r(LIFTING, "She weighed in at 9 st 6 lb. What is that in kilograms?", 9 * STONE + 6 * LB)
unit_r(SOLAR, "Array footprint is 18 ft by 32 ft; how many square metres?", 18 * 32 * SQFT)
unit(PODCAST, "Export is 2,560 MiB. How many GiB is that?", F(2560 * MIB, GIB), EXACT)
unit(SKI, "Summit snow depth is 71 inches. What's that in centimetres?", 71 * IN / CM, EXACT)
unit(SKI, "Top station overnight low was 5 °F; give it to me in °C.", f_to_c(5), EXACT)
unit_r(FORAGE, "Biggest cep this autumn: 1 lb 11 oz. How many grams?", (LB + 11 * OZ) / G)
unit(SCHOOLBUS, "Our new bus is 40 feet long. How long is that in metres?", 40 * FT, EXACT)
unit_r(
    REEF,
    "Display tank measures 72 x 24 x 24 inches. What's the volume in litres?",
    72 * 24 * 24 * IN**3 / LITRE,
)
unit_r(REEF, "heater is set to 78 °F, what is that in celsius", f_to_c(78))
unit(VINYL, "A 12-inch record is how many millimetres across?", 12 * IN / MM, EXACT)
unit_r(MARATHON, "The 20-mile marker — how far is that in kilometres?", 20 * MI / KM)
unit(POLAR, "Sleeping bag comfort limit is -22 °F. In Celsius?", f_to_c(-22), EXACT)
unit_r(BOULDER, "Our competition wall is 4.5 m tall — how many feet is that?", dec("4.5") / FT)
unit_r(SUBTITLE, "The festival screen is 33 feet wide; in metres?", 33 * FT)
unit_r(KOMBUCHA, "Fermentation room sits at 75 °F. What's that in Celsius?", f_to_c(75))
unit_r(
    GROOMING,
    "The van's water tank holds 120 litres. How many cubic feet is that?",
    120 * LITRE / CUFT,
)
unit_r(BALLOON, "Envelope volume is 105,000 cubic feet. In cubic metres?", 105000 * CUFT)
unit_r(BALLOON, "Surface wind at launch was 9 mph. Convert to km/h.", 9 * MPH / KMH)
unit_r(CRUISE, "Gangway limit is 550 lb — in kilograms?", 550 * LB)
unit_r(LIFEGUARD, "Water temp on the board says 64 °F. Celsius please.", f_to_c(64))


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

# datetime: plain one-liners
date_item(P, "What day of the week was 4 July 1976?", weekday(D(1976, 7, 4)))
date_item(P, "what weekday is 25 December 2031", weekday(D(2031, 12, 25)))
date_item(P, "100 days after 10 March 2029?", D(2029, 3, 10) + TD(days=100))
date_item(P, "days between 1 January 2028 and 15 August 2028", days(D(2028, 1, 1), D(2028, 8, 15)))
date_item(P, "Which date is 90 days before 1 October 2030?", D(2030, 10, 1) - TD(days=90))
date_item(
    P, "How many weeks from 3 May 2027 to 26 July 2027?", weeks(D(2027, 5, 3), D(2027, 7, 26))
)
date_item(P, "third Thursday of November 2028", nth_weekday(2028, 11, THU, 3))
date_item(P, "date of the last Monday in May 2029?", nth_weekday(2029, 5, MON, -1))
date_item(P, "minutes from 21:40 to 06:15 the next morning", clock_span("21:40", "06:15", 60))
date_item(P, "How many minutes from 09:45 to 17:20?", clock_span("09:45", "17:20", 60))
date_item(P, "500 days after 1 January 2027 is what date", D(2027, 1, 1) + TD(days=500))
date_item(
    P,
    "How old is someone born on 12 August 1990 on 1 March 2031?",
    age(D(1990, 8, 12), D(2031, 3, 1)),
)
date_item(P, "2nd Sunday of March 2030?", nth_weekday(2030, 3, SUN, 2))
date_item(P, "what date is six weeks after 19 November 2027", D(2027, 11, 19) + TD(weeks=6))

# datetime: word problems in the registers
_d = D(2028, 3, 6)
date_item(
    WIND,
    f"Crew transfer window opens {sayw(_d)} and we do 14 days offshore. What date "
    "do we come ashore?",
    _d + TD(days=14),
)
_d = D(2029, 6, 18)
date_item(
    SHEARING,
    f"We start at the Glenbrae flock on {say(_d)}. What day of the week will that be?",
    weekday(_d),
)
_d = D(2028, 7, 9)
date_item(
    ESPORTS,
    f"qualifiers start {say(_d)} and the finals are 47 days after that. what date are finals",
    _d + TD(days=47),
)
_d = D(2029, 2, 12)
date_item(
    STENO,
    f"The transcript was ordered on {sayw(_d)} and must be delivered 28 days later. "
    "What's the due date?",
    _d + TD(days=28),
)
date_item(
    STENO,
    "How many days are there between the trial opening on 3 October 2028 and the "
    "verdict on 19 December 2028?",
    days(D(2028, 10, 3), D(2028, 12, 19)),
)
_d = D(2027, 11, 23)
date_item(
    DRONE,
    f"Survey flown {sayw(_d)}; we promised the data 10 days after. Which date is that?",
    _d + TD(days=10),
)
_d = D(2028, 5, 6)
assert _d.weekday() == SAT
date_item(
    RAMEN,
    f"night market is every saturday, first one was {sayw(_d)}. whats the date of the 9th market?",
    _d + TD(weeks=8),
)
date_item(
    GLACIER,
    "Field season opens on 2 June 2030 and the supply plane comes back 73 days "
    "later. On what date?",
    D(2030, 6, 2) + TD(days=73),
)
_a, _b = D(2030, 6, 2), D(2030, 9, 1)
date_item(GLACIER, f"How many weeks are there from {sayw(_a)} to {sayw(_b)}?", weeks(_a, _b))
_d = D(2028, 10, 14)
date_item(
    PLANETARIUM,
    f"Dress rehearsal is 6 weeks after script lock on {say(_d)}. What date is that?",
    _d + TD(weeks=6),
)
date_item(
    LIFTING,
    "Nationals are on 16 March 2030 and qualifying totals must be in 45 days "
    "before. What's the cutoff date?",
    D(2030, 3, 16) - TD(days=45),
)
_d = D(2027, 8, 16)
date_item(
    SOLAR,
    f"Grid application went in on {sayw(_d)}; the network operator has 45 days to reply. Deadline?",
    _d + TD(days=45),
)
_d = D(2028, 1, 12)
date_item(
    PODCAST,
    f"Season three launches {say(_d)} with one episode a week. What date does episode 10 go out?",
    _d + TD(weeks=9),
)
date_item(
    PODCAST,
    "Guest recording is pencilled in for 1 November 2029 — which day of the week is that?",
    weekday(D(2029, 11, 1)),
)
_a, _b = D(2028, 12, 2), D(2029, 4, 1)
date_item(
    SKI,
    f"Lifts open for the season on {sayw(_a)} and close on {sayw(_b)}. How many days "
    "apart are those dates?",
    days(_a, _b),
)
_d = D(2027, 10, 9)
date_item(
    FORAGE,
    f"Drying racks filled {sayw(_d)}, the batch needs 19 days. When will it be ready?",
    _d + TD(days=19),
)
_d = D(2028, 9, 5)
date_item(
    SCHOOLBUS,
    f"Term starts {sayw(_d)}; half-term begins 7 weeks after that. Which date?",
    _d + TD(weeks=7),
)
_d = D(2029, 5, 27)
date_item(
    REEF,
    f"new tang went into quarantine on {say(_d)} for 76 days - what date can it go in the display?",
    _d + TD(days=76),
)
_d = D(2027, 6, 30)
date_item(
    VINYL,
    f"Test pressings ship {say(_d)} and the finished stock lands 9 weeks later. What's the date?",
    _d + TD(weeks=9),
)
_d = D(2029, 10, 7)
date_item(
    MARATHON,
    f"Race day is {sayw(_d)}. Entries close 60 days before — on which date?",
    _d - TD(days=60),
)
_d = D(2027, 11, 17)
date_item(
    POLAR,
    f"We leave Union Glacier on {sayw(_d)} and plan 52 days to the Pole. Arrival date?",
    _d + TD(days=52),
)
date_item(
    POLAR,
    "The resupply drop is on 24 December 2027 — what day of the week is that?",
    weekday(D(2027, 12, 24)),
)
_d = D(2028, 2, 14)
date_item(
    BOULDER,
    f"First reset of the year is {sayw(_d)} and we reset every 5 weeks. What's "
    "the date of the fourth reset?",
    _d + TD(weeks=15),
)
_d = D(2029, 3, 19)
date_item(
    SUBTITLE,
    f"Delivery is due 38 days after picture lock on {say(_d)}. What date is that?",
    _d + TD(days=38),
)
_d = D(2028, 4, 3)
date_item(
    KOMBUCHA,
    f"Started the batch {sayw(_d)}: 12 days primary then 4 days secondary. What "
    "date is it ready to bottle?",
    _d + TD(days=12 + 4),
)
_d = D(2027, 9, 21)
date_item(
    GROOMING,
    f"The poodle is on a 6-week cycle and was last groomed {sayw(_d)}. When's "
    "the next appointment?",
    _d + TD(weeks=6),
)
date_item(
    GROOMING,
    "How many days between 14 January 2028 and 3 May 2028?",
    days(D(2028, 1, 14), D(2028, 5, 3)),
)
_d = D(2029, 8, 11)
date_item(
    BALLOON,
    f"Last flight logged {sayw(_d)}; my medical lapses 200 days later. What date?",
    _d + TD(days=200),
)
_d = D(2028, 6, 18)
date_item(
    CRUISE,
    f"We board on {sayw(_d)} for a 14-night cruise. What date do we disembark?",
    _d + TD(days=14),
)
_d = D(2030, 5, 25)
date_item(
    LIFEGUARD,
    f"First patrol of the summer is {sayw(_d)}; the last patrol is 108 days "
    "after that. Date of the last patrol?",
    _d + TD(days=108),
)
date_item(
    LIFEGUARD,
    "The end-of-season party is on 31 August 2030. What day of the week is that?",
    weekday(D(2030, 8, 31)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: advice, explanations, judgements, facts or writing in each register
ORDINARY = {
    WIND: [
        "Is it safe to climb a nacelle in gusts near 20 m/s, or should we stand down?",
        "What causes leading-edge erosion on turbine blades and how is it usually repaired?",
        "Write a short toolbox talk on working at height offshore for new starters.",
        "which offshore wind farm is the biggest in the world at the moment?",
    ],
    SHEARING: [
        "Why do some sheep breeds not need shearing at all?",
        "How do you stop a damp fleece from spoiling in the bale?",
        "Is it kinder to shear in late spring or early summer?",
        "Write a job advert for a wool handler for the coming season.",
    ],
    ESPORTS: [
        "which agents are meta in the current patch?",
        "how do i tell a player his aim is fine but his comms are toxic without losing him",
        "is 240hz actually noticeable over 144hz for pros or is it placebo",
        "write a hype tweet announcing our new support player",
    ],
    STENO: [
        "What is the difference between a verbatim and a clean-read transcript?",
        "May a court reporter fix a witness's grammar in the official record?",
        "How are inaudible passages normally marked in a court transcript?",
        "What writing speed do court reporters usually need for certification?",
    ],
    DRONE: [
        "Do I need permission to fly a survey drone over farmland near a small airfield?",
        "Which photogrammetry package gives the best stockpile volume results?",
        "Why has my orthomosaic got a wavy seam along one edge?",
        "Write a one-paragraph method statement for a roof inspection flight.",
    ],
    RAMEN: [
        "tonkotsu or shoyu, which is better on a freezing night",
        "how long can broth safely sit out on a market stall",
        "give me a catchy name for a spicy miso special",
        "is it rude to slurp noodles in britain",
    ],
    GLACIER: [
        "What gives old glacier ice its deep blue colour rather than white?",
        "Is the Rhône Glacier retreating faster now than in the 1990s?",
        "What should go in a crevasse rescue kit for a small field team?",
        "Summarise how ice cores record past carbon dioxide levels.",
    ],
    PLANETARIUM: [
        "Why can't we see the spiral arms of Andromeda with the naked eye?",
        "should pluto still count as a planet in our shows?",
        "Write a spooky intro script for a Halloween star show for kids.",
        "Which dome projector gives the deepest blacks?",
    ],
    LIFTING: [
        "Is sumo deadlifting cheating?",
        "How should I taper in the week before my first meet?",
        "What's the current raw squat world record in the 93 kg class?",
        "Explain the three white lights judging rule to a first-time lifter.",
    ],
    SOLAR: [
        "Are solar panels worth it in the north of Scotland?",
        "Which inverter brand has the best reliability record?",
        "Will fitting bird mesh void my panel warranty?",
        "How does a battery decide when to export to the grid?",
    ],
    PODCAST: [
        "SM7B or a USB condenser for a first-time podcaster?",
        "How do I get rid of room echo in post without it sounding robotic?",
        "Write show notes for an episode about repairing old bicycles.",
        "What episode length keeps listeners to the end?",
    ],
    SKI: [
        "Should we shut the upper chair if it's gusty but the forecast says it will drop?",
        "How does the grip on a detachable chairlift actually work?",
        "Which Alpine resort has the longest ski season?",
        "Write a tannoy announcement for a lift delay that won't annoy people.",
    ],
    FORAGE: [
        "White gills, a ring and a cup at the base - is it a death cap?",
        "What are the rules on foraging in the New Forest?",
        "What's the best way to preserve morels?",
        "Write a safety disclaimer for our guided foraging walks.",
    ],
    SCHOOLBUS: [
        "Can a driver refuse to let a child off at a stop that isn't theirs?",
        "What's a fair way to assign seats on an overcrowded route?",
        "Write a note to parents about delays on snow days.",
        "Why are school buses yellow in America?",
    ],
    REEF: [
        "can a clownfish live with a mandarin dragonet?",
        "why is my torch coral bleaching all of a sudden",
        "which protein skimmer is the quietest?",
        "is it ethical to keep wild-caught reef fish?",
    ],
    VINYL: [
        "Does 180g vinyl really sound better than 140g?",
        "What causes non-fill on a pressing and how do plants fix it?",
        "What's the best-selling vinyl album of all time?",
        "Write a blurb for a limited coloured-vinyl reissue.",
    ],
    MARATHON: [
        "How many portable toilets per runner is enough at the start village?",
        "Should we allow headphones on a closed-road course?",
        "Who holds the men's marathon world record?",
        "Write a thank-you email to our race-day volunteers.",
    ],
    POLAR: [
        "What's the best way to stop frostbite on the face when hauling into a headwind?",
        "Who reached the South Pole first, and how did they do it?",
        "Pulk or sledge for a solo crossing - which is better?",
        "Write a packing list for a polar training week in Norway.",
    ],
    BOULDER: [
        "Is a V5 at our gym harder than a V5 at most gyms?",
        "How do I set a good slab problem for beginners?",
        "why do holds get greasy and what's the best way to clean them",
        "Write a funny description for a new pink circuit.",
    ],
    SUBTITLE: [
        "How would you subtitle 'break a leg' in French?",
        "Should swearing be subtitled literally or toned down?",
        "What's the usual maximum number of characters per subtitle line for streaming?",
        "Translate 'we'll always have Paris' into Spanish for a subtitle.",
    ],
    KOMBUCHA: [
        "Is kombucha actually good for gut health?",
        "why is my scoby growing black spots",
        "Does kombucha count as alcoholic for licensing purposes in the UK?",
        "Give me three flavour ideas for a winter kombucha.",
    ],
    GROOMING: [
        "Should I shave a double-coated dog in summer?",
        "How do I calm a nervous terrier on the grooming table?",
        "What's the best shampoo for a dog with itchy skin?",
        "Write an Instagram caption for a before-and-after of a matted spaniel.",
    ],
    BALLOON: [
        "Is it safe to fly a hot air balloon in light fog?",
        "How do balloon pilots steer if there's no rudder?",
        "Who made the first manned hot air balloon flight?",
        "Write a safety briefing for passengers before take-off.",
    ],
    CRUISE: [
        "Is it better to book excursions through the ship or independently?",
        "Which Caribbean port has the best snorkelling straight off the beach?",
        "What happens if a passenger misses the all-aboard time?",
        "Write a cheerful announcement for a tender delay.",
    ],
    LIFEGUARD: [
        "What does a red and yellow flag mean on a beach?",
        "How do you spot a rip current from the tower?",
        "Is learning to surf worth it for a new lifeguard?",
        "Write a sign warning swimmers about jellyfish.",
    ],
}
assert tuple(sorted(ORDINARY)) == REGISTERS and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

# near-positives: look like tool questions but need the language model
NEAR = [
    ("near-ident", "What does error code 0x80070057 mean on Windows Update?", "fault code"),
    ("near-ident", "Is flight BA 2490 usually on time?", "flight number"),
    (
        "near-ident",
        "My tracking number is 1Z 999 AA1 01 2345 6784 - which carrier uses that format?",
        "tracking number",
    ),
    ("near-ident", "which book has ISBN 978-0-14-044913-6", "ISBN"),
    ("near-ident", "Where does Route 66 start and finish?", "road number"),
    ("near-ident", "Who commanded Apollo 13?", "mission number"),
    ("near-ident", "What changed between Python 3.12 and 3.13?", "software versions"),
    ("near-ident", "Is 0800 1111 free to call from a UK mobile?", "phone number"),
    ("near-rate", "Convert 250 euros to US dollars.", "exchange rate"),
    ("near-rate", "how much is one bitcoin in pounds", "live price"),
    ("near-rate", "What's gold trading at per ounce?", "live price, troy ounce"),
    ("near-rate", "What is the Bank of England base rate?", "current rate"),
    ("near-rate", "How many yen would I get for £400 at the airport?", "exchange rate"),
    ("near-contested", "how many pints is 2.5 litres of milk", "US vs imperial pint"),
    ("near-contested", "Convert 2 gallons to litres.", "US vs imperial gallon"),
    ("near-contested", "30 mpg in litres per 100 km?", "contested mpg"),
    ("near-contested", "How many cups is 500 g of flour?", "density and cup size"),
    ("near-contested", "How many tons is 4,000 kg?", "short, long or metric ton"),
    ("near-now", "what's today's date please, I've lost track", "current date"),
    ("near-now", "how many days until christmas", "current date"),
    ("near-now", "How old am I if I was born in 1988?", "current date, birthday unknown"),
    ("near-now", "If I set off in three days' time, what day of the week is that?", "current date"),
    (
        "near-now",
        "How many weeks pregnant am I if my last period started on 2 March?",
        "current date and medical",
    ),
    ("near-calendar", "What's the date of Easter Day in 2033?", "Easter"),
    (
        "near-calendar",
        "How many working days are there between 3 March and 28 March 2028 in Scotland?",
        "working days and holidays",
    ),
    (
        "near-calendar",
        "If it's 9 am in London on 15 October, what time is it in Sydney?",
        "time zones and daylight saving",
    ),
    ("near-calendar", "When does Chinese New Year fall in 2030?", "lunisolar"),
    (
        "near-calendar",
        "If a subscription renews monthly from 31 August 2029, when is the next renewal?",
        "month from the 31st",
    ),
    (
        "near-calendar",
        "How many days from 07/08/2030 to 09/10/2030?",
        "all-numeric dates of unstated order",
    ),
    ("near-calendar", "When is Diwali celebrated in 2031?", "lunisolar"),
    ("near-code", "In Python, what does round(2.5) return, and why?", "code semantics"),
    ("near-code", "What does 0.1 + 0.2 === 0.3 give in JavaScript?", "code semantics"),
    ("near-code", "Why does [] + {} produce a string in JavaScript?", "code semantics"),
    (
        "near-code",
        "In Excel why does =0.1*3=0.3 show FALSE?",
        "code semantics, floating point",
    ),
    ("near-code", "what is 7 // -2 in python and why isn't it -3", "code semantics"),
    ("near-code", "What does 2 ** 3 ** 2 evaluate to in Python, and why?", "code semantics"),
    ("near-fact", "How tall is Kilimanjaro in feet?", "world fact"),
    ("near-fact", "At what temperature does water boil on top of Everest?", "science fact"),
    ("near-fact", "How far away is the Moon in miles?", "science fact"),
    ("near-fact", "What's the population density of Norway?", "world fact"),
    ("near-fact", "What's the speed of sound at 20 °C in mph?", "science fact"),
    ("near-fact", "How many calories are there in a slice of white toast?", "nutrition fact"),
    ("near-opinion", "Is 7% a good return on a savings account?", "opinion"),
    ("near-opinion", "Is £35,000 a decent salary in Manchester?", "opinion"),
    ("near-opinion", "Is 42 too old to start running marathons?", "opinion"),
    ("near-opinion", "What's a fair tip on an $86 dinner in New York?", "custom, opinion"),
    ("near-missing", "If the train leaves at 14:20, when does it get in?", "missing figures"),
    ("near-missing", "how much is 20 percent of my rent", "missing figures"),
    ("near-missing", "How much paint do I need for the bedroom?", "missing figures, estimate"),
    ("near-missing", "split the bill between us, how much each?", "missing figures"),
    ("near-words", "Prove there are infinitely many prime numbers.", "written proof"),
    ("near-words", "Why can't you divide a number by zero? Explain simply.", "explanation"),
    (
        "near-words",
        "Write a limerick about a mathematician who hated fractions.",
        "writing task",
    ),
    ("near-words", "Translate 'twenty-four hours' into German.", "translation"),
    ("near-words", "Why do we count in base 10?", "history of numerals"),
    ("near-title", "Who wrote Slaughterhouse-Five?", "number in a title"),
    ("near-title", "What happens in 2001: A Space Odyssey?", "number in a title"),
    ("near-rule", "How much income tax on a £48,000 salary in England?", "tax rule"),
    (
        "near-rule",
        "What's the speed limit for a van towing a trailer on a single carriageway?",
        "traffic rule",
    ),
    ("near-rule", "How many paracetamol can I take in 24 hours?", "dosing"),
    ("near-rule", "What's a UK size 7 women's shoe in US sizing?", "size chart"),
    ("near-rule", "How much food should a 10 kg dog eat per day?", "feeding guidance"),
    (
        "near-estimate",
        "Roughly how many ping-pong balls would fill a double-decker bus?",
        "estimate",
    ),
    ("near-estimate", "Will it rain in Cardiff on Saturday?", "forecast"),
    (
        "near-estimate",
        "What are my chances of matching all six numbers in the UK Lotto?",
        "lottery odds",
    ),
]
assert len(NEAR) == 65 and all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

# conversations: notation, values or figures set up in earlier turns
_FOLLOW = D(2028, 6, 10) + TD(days=45)
_BAGS = dec("12.4") + dec("9.8")
assert _BAGS == dec("22.2")
CONVS = [
    (
        "conv-operator",
        [
            (U, "For this chat, let a ⊕ b mean a*b + a + b."),
            (A, "Got it."),
            (U, "So what's 4 ⊕ 7 under our rule?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-operator",
        [
            (U, "Say x ~ y means the larger minus the smaller, doubled."),
            (A, "Understood."),
            (U, "Then what is 13 ~ 29?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Ich schreibe 3,5 für dreieinhalb."),
            (A, "Alles klar."),
            (U, "Was kosten 12,5 kg bei 2,40 pro kg? Bitte in meiner Schreibweise."),
        ],
        "decimal comma and language",
    ),
    (
        "conv-base",
        [
            (U, "Treat every figure I type as octal from here on."),
            (A, "OK, octal."),
            (U, "then 23 + 16 = ?"),
        ],
        "number base",
    ),
    (
        "conv-roman",
        [
            (U, "Reply only in Roman numerals please."),
            (A, "Understood."),
            (U, "How much is 48 plus 39?"),
        ],
        "Roman numerals",
    ),
    (
        "conv-unit-defined",
        [
            (U, "In our workshop a 'bay' is 2.4 metres."),
            (A, "OK."),
            (U, "How long are 7 bays in feet?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-value-defined",
        [
            (U, "My shift rate is £14.60 an hour."),
            (A, "Noted."),
            (U, "What do I earn for a 37.5 hour week then?"),
        ],
        "value defined earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Flint, a pirate who answers only in pirate speech."),
            (U, "Arr, how many doubloons be 25 chests of 12?"),
        ],
        "persona",
    ),
    (
        "conv-language",
        [
            (U, "Ab jetzt bitte alle Antworten auf Deutsch."),
            (A, "Natürlich."),
            (U, "How many days lie between 9 April 2029 and 27 June 2029?"),
        ],
        "answer language fixed earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer everything in a haiku from now on."),
            (A, "Numbers fall like rain"),
            (U, "what is 144 divided by 12"),
        ],
        "verse form",
    ),
    (
        "conv-format",
        [
            (U, "Please format each reply as a YAML block with fields amount and unit."),
            (A, "Sure."),
            (U, "How far is 7 miles in km?"),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [
            (U, "From here on round all your results to the nearest 25."),
            (A, "Will do."),
            (U, "what is 23 times 41?"),
        ],
        "rounding fixed earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "I only think in stones and pounds."),
            (A, "Noted."),
            (U, "I weigh 81 kg, so what's that for me?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-currency",
        [
            (U, "Quote all prices to me in Swiss francs."),
            (A, "OK."),
            (U, "How much is a £45 train ticket?"),
        ],
        "target currency",
    ),
    (
        "conv-date-order",
        [
            (U, "I write dates day first, so 04/09 is 4 September."),
            (A, "Understood."),
            (U, "How many days from 04/09/2029 to 11/10/2029?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-calendar",
        [
            (U, "In my novel the year has ten months of 36 days each."),
            (A, "Interesting."),
            (U, "A hero is born on day 30 of month 9. What's the date 20 days later?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-number",
        [
            (U, "At our firm, week 1 is the week containing 1 April."),
            (A, "OK."),
            (U, "Which week number is 20 May 2028 for us?"),
        ],
        "week numbering",
    ),
    (
        "conv-correction",
        [
            (U, "Total of three invoices: £120, £85 and £240?"),
            (A, "That's £445."),
            (U, "Sorry, the second one was actually £58 - redo it."),
        ],
        "correction of an earlier figure",
    ),
    (
        "conv-summary",
        [
            (U, "We need 40 chairs at £12 and 6 tables at £55."),
            (A, "That's £480 plus £330."),
            (U, "Summarise what we've worked out in two sentences."),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-rewrite",
        [
            (U, "Why is 0.999 recurring equal to 1?"),
            (A, "Because 1/3 = 0.333... and 3/3 = 1."),
            (U, "Rewrite your previous answer for a ten-year-old."),
        ],
        "rewrite",
    ),
    (
        "conv-follow-up",
        [
            (U, "Work out 12% of 850."),
            (A, "102."),
            (U, "ok now take that off 850 and halve what's left"),
        ],
        "follow-up on an earlier answer",
    ),
    (
        "conv-recall",
        [
            (U, "Keep note: my bike lock combination is 3092."),
            (A, "Noted."),
            (U, "remind me, what's the bike lock number?"),
        ],
        "recall",
    ),
    (
        "conv-spread",
        [
            (U, "The first bag weighed 12.4 kg."),
            (A, "OK."),
            (U, "The second weighed 9.8 kg."),
            (A, f"So {num(_BAGS)} kg so far."),
            (U, "Now add the third bag, 15.1 kg, to the others."),
        ],
        "figures spread over turns",
    ),
    (
        "conv-judgement",
        [
            (U, "I paid £980 for a used e-bike with 1,200 miles on it."),
            (A, "Noted."),
            (U, "Did I overpay?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-explain",
        [
            (U, "Turn 5/16 into a percentage."),
            (A, "31.25%."),
            (U, "Can you show the working behind that, line by line?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-date-wording",
        [
            (U, "Use phrasing like 'a week on Friday' when you give me dates."),
            (A, "OK."),
            (U, "How would you say 18 days after Monday 2 April 2029 that way?"),
        ],
        "date wording fixed earlier",
    ),
    (
        "conv-letters",
        [(U, "Let A = 12, B = 7 and C = 3."), (A, "Got it."), (U, "What is A times B minus C?")],
        "letters defined earlier",
    ),
    (
        "conv-function",
        [(U, "Define g(n) as n squared plus one."), (A, "Defined."), (U, "g(9)?")],
        "function defined earlier",
    ),
    (
        "conv-language",
        [
            (U, "Écris les nombres seulement en lettres, en français."),
            (A, "D'accord."),
            (U, "Combien font 35 et 47 ?"),
        ],
        "answer language fixed earlier",
    ),
    (
        "conv-spread",
        [
            (U, "Rent is £1,150 a month."),
            (A, "OK."),
            (U, "Bills are £210."),
            (A, "Noted."),
            (U, "Split the two between the three of us."),
        ],
        "figures spread over turns",
    ),
    (
        "conv-currency",
        [
            (U, "I'm budgeting in US dollars."),
            (A, "OK."),
            (U, "The hostel is 28 euros a night for 6 nights; total for me?"),
        ],
        "target currency",
    ),
    (
        "conv-unit-defined",
        [
            (U, "A 'crate' in our warehouse holds 24 jars."),
            (A, "OK."),
            (U, "How many jars in 17 crates plus 5 loose?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-follow-up",
        [
            (U, "What date is 45 days after 10 June 2028?"),
            (A, f"{say(_FOLLOW)}."),
            (U, "And which weekday is that one?"),
        ],
        "follow-up on an earlier answer",
    ),
    (
        "conv-persona",
        [
            (S, "You are a strict maths teacher who never gives answers, only hints."),
            (U, "What is 56 divided by 8?"),
        ],
        "persona",
    ),
    (
        "conv-format",
        [
            (U, "From now on answer in metric, with the imperial figure in brackets."),
            (A, "Understood."),
            (U, "How tall is 6 ft 2 in?"),
        ],
        "output format",
    ),
]
assert len(CONVS) == 35 and all(f.startswith("conv-") for f, _, _ in CONVS)
assert D(2029, 4, 2).weekday() == MON
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own shape
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    assert sum(1 for i in _pos if i["label"] == _label and i["family"] != P) == 31, _label
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
    # no register (family name) of this set is a family name of sets 19 to 49
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 49: {reused}"
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
