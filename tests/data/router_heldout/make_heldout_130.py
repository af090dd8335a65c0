r"""Generate heldout-2027-04-12.jsonl: a hundred-and-thirtieth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-12 by a helper session working only in /work/sealed130 (scratch files
in /work/sealed130/scratch, deleted at the end). The starting point was a 2063-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-12.jsonl, PREFIX "ho130-", earlier generators 1-129, register check against
sets 19 to 129); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; other text as a whitespace-free substring);
- /work/sealed130/earlier_registers.txt (2777 earlier family names): its first 100 lines and a
  line count, then grep runs that printed, for about a hundred candidate keywords, how many
  earlier names contain the keyword and the first few such names (so that this set's names are
  new combinations), and exact-match checks showing that four first-draft register names
  (a community fridge rota, a glassblowing studio, a second-hand bookshop till, a model railway
  exhibition) were taken, and that a fifth candidate (a late kebab shop counter) was too; all
  five were replaced, and a final check found none of this set's 55 family names (25 registers,
  30 negative families) in the file;
- of the copied script, only lines 1-353, 655-715, 956-1040, 1336-1343 and 1840-2063, printed
  with sed; lines 1-353 only (through sed) were searched for the end of the old docstring and
  the __future__ import, and single boundary lines inside those ranges (110-112, 353, 655, 715,
  956, 1040, 1336, 1343, 1840) were printed again from a byte-for-byte scratch copy;
- nothing of /work/main/pyproject.toml: it was only handed to ruff as its configuration.
One slip: while checking the Python version and the zone database, the same command ran
`ls /work/main/tests/data/router_heldout | wc -l`, which printed only the number of entries in
that folder (258); no file name or content there was seen.
The previous set's question sections were never viewed: a splicing script joined this
docstring, the kept ranges by line number from the scratch copy, and four new sections written
from scratch, so lines 1-110 (the old docstring), 354-654, 716-955, 1041-1335 and 1344-1839 were
dropped unread; a check script confirmed that each kept range appears verbatim in this script.
No git history, web or code search (the search tools were not used), router, tests, other
generators or other files under /work/main were read (one probe printed the Python version,
the zone search path and a London summer offset); the script imports the earlier
generators itself, in memory, for its duplicate and register checks, and prints none of their
text; no JSONL was read: expected values were reviewed from this script's --show listing (ids
and values only) and everything else from this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday working and home
  life (a nail salon appointment book, a gospel choir coach trip, a snow-plough winter
  contract, a bike repair pop-up at a station, a night warden in halls of residence, a flat
  share's bills group chat, a hospital discharge lounge, a phone repair kiosk, a jam and
  chutney market stall, a class trip to the science museum, a first-home mortgage spreadsheet,
  a ballroom couple's competition weekend, a garage homebrew club, a grandparents' school-run
  rota, a late-night falafel van, a mobile hairdresser's round, a long-haul lorry driver's
  tachograph, a student midwife's placement diary, volunteers at a parkland 10k, a city cycle
  hire docking crew, a launderette's service-wash counter, the tropical fish corner of a pet
  shop, a Dungeons & Dragons campaign table, a learner counting down to the driving test and a
  gap-year pair interrailing), each register used by all three tools, six of them (bike
  pop-up, halls warden, flat share, falafel van, lorry driver, interrailing pair) with two
  items per tool. Phrasing varies: questions, imperatives, shop and cash-up notes, invoices,
  a letter to parents, group-chat texting in lowercase, a warden's log, expense claims,
  worksheet and spreadsheet wording; symbols (×, ÷, −, %, °C, °F, m², m³, @) and written-out
  units; pounds, euros and US dollars; written dates with computed weekdays (sayw) and
  without, clock times, and journeys between named cities.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals kept as strings and read with dec()):
  Fraction arithmetic for money and quantities (money() asserts whole pence and cents; the
  cheapest tetra purchase is a minimum over pack counts), exact unit definitions for
  conversions (from the set-up: inch, foot, yard, mile, avoirdupois pound and ounce, acre,
  square and cubic feet, psi, bar, MiB and GiB, km/h and mph, Celsius/Fahrenheit; added here:
  centimetre, kilometre, gram, litre, hectare), graded exactly when the result has at most
  three decimals and at 0.1% otherwise (unit_any choosing, unit_r asserting that an answer
  rounded to two decimals still passes), and date arithmetic for weekdays, spans, inclusive day
  counts, nights, whole weeks, ages, nth and last weekdays, day of the year, counts of a chosen
  weekday (weekday_count), fortnightly and five-weekly series, clock intervals, and journeys
  whose offsets come from the IANA rules (zoneinfo, loaded through importlib so the set-up is
  unchanged; on_weekday() asserts each weekday the text relies on, and asserts near the
  helpers pin the summer offsets used: Sydney ten hours and London one hour ahead in July,
  Lisbon one and Madrid two in July, London one and Rome two in May, Berlin two and Istanbul
  three in July). No offsets are written in the questions; no contested unit words (ton,
  gallon, cup, pint, barrel, stone, calorie, a month as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (deep-sea creatures, Silk Road history,
  programming-language trade-offs, bossa nova and Brazilian music, houseplant triage, toasts,
  eulogies and cards, neighbour and landlord etiquette, free will and mind puzzles, slang and
  idiom origins, sleep and jet lag), 65 near-negatives in 13 families of five shaped like
  positives but needing the model (live rates and prices, appliance and status codes, titles
  with numbers, estimates with no figures, why an arithmetic rule holds, numeric facts nobody
  stated, whether a stated price is worth it, what a stated reading means, historical dates
  not given, code to write, journey times with the figures missing, kitchen judgement with
  numbers, rules and jargon of games), and 35 conversations in seven families of five whose
  last turn asks for writing after a sum, for advice while the deciding facts are missing, for
  a verdict on whether a result is fair, for the reason behind a method, for a plan after a
  figure was worked out, for the history behind a unit, or for a translation; none ends in a
  plain exact question, and the figures in assistant turns are computed in code. Symbolic
  algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 129, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the comparison with
earlier_registers.txt above, and an ast check that the kept ranges are verbatim, that no set-up
name is bound again and that no module-level name of the new sections equals a local name of the
set-up's functions. The first runs failed in turn: a plain cube (1.15 cubed) had more than three
decimals and became 2.5 cubed; a conversation's compound-interest figure was not whole pence and
is now written rounded; the calculator count was 44 because the hairdresser's calculator item had
been left out; a bike pop-up question said "today" and now names the day. The duplicate check
then flagged 22 items matching earlier sets word for word (three plain calculator, three plain
datetime and seven plain unit questions, three unstated numeric facts, and one each of an idiom
origin, a unit-history conversation's first turn, a Fermi estimate, a historical age, a
divisibility why and a code request); all were reworded or given new figures, and three of them
(two plain unit questions and a plain percentage) needed a second rewording. A review of the
--show listing made two datetime questions unambiguous (a training plan now starts "exactly 12
weeks before" race day; a fortnightly campaign counts the sessions that "fall in 2027"). Ruff
check flagged 21 implicitly concatenated strings inside tuples and lists (now parenthesised) and
one range() with a needless start; after the first ruff format six lines were still over 99
columns (long strings and one generator expression) and were split by hand. Ruff check and ruff
format are clean, no line exceeds 99 characters, and the final run passed every check.

Run: /work/main/.venv/bin/python make_heldout_130.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-12.jsonl"
PREFIX = "ho130-"
# earlier generators: sets 1-129 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 130))
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


def money(x):
    """A sum of money that must come out in whole cents (or pence)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


R_NAIL = "nail_salon_appointment_book"
R_CHOIR = "gospel_choir_coach_trip"
R_PLOUGH = "snow_plough_winter_contract"
R_BIKE = "station_bike_repair_pop_up"
R_HALLS = "halls_of_residence_night_warden"
R_FLAT = "flat_share_bills_group_chat"
R_DISCHARGE = "hospital_discharge_lounge"
R_PHONE = "phone_repair_kiosk"
R_JAM = "market_jam_and_chutney_stall"
R_MUSEUM = "class_trip_to_the_science_museum"
R_MORTGAGE = "first_home_mortgage_spreadsheet"
R_BALLROOM = "ballroom_couple_competition_weekend"
R_BREW = "garage_homebrew_club"
R_NANA = "grandparent_school_run_rota"
R_FALAFEL = "late_night_falafel_van"
R_HAIR = "mobile_hairdresser_round"
R_LORRY = "long_haul_lorry_driver_tachograph"
R_MIDWIFE = "student_midwife_placement_diary"
R_RACE = "parkland_10k_race_volunteers"
R_DOCKS = "city_cycle_hire_docking_crew"
R_WASH = "launderette_service_wash_counter"
R_FISH = "tropical_fish_corner_of_a_pet_shop"
R_DND = "dungeons_and_dragons_campaign_table"
R_LEARNER = "driving_test_countdown_learner"
R_INTERRAIL = "interrailing_gap_year_pair"

# --- plain one-liners (14)
calc(P, "What's 17.5% of 2,488?", pct("17.5") * 2488)
calc(P, "847 × 36 − 1,209 = ?", 847 * 36 - 1209)
calc(P, "Divide 9,360 by 48.", F(9360, 48))
calc(P, "what's three eighths of 1,256", F(3, 8) * 1256)
calc(
    P,
    "Add up 12.75, 8.40, 19.95 and 3.05 for me.",
    dec("12.75") + dec("8.40") + dec("19.95") + dec("3.05"),
)
calc(P, "Work out 2.5 cubed.", dec("2.5") ** 3)
calc(P, "Mean of 83, 91, 77, 68 and 96?", F(83 + 91 + 77 + 68 + 96, 5))
calc(P, "Increase 1,250 by 8 percent.", 1250 * (1 + pct(8)))
calc(P, "2,047 minus 389 plus 1,118 comes to how much?", 2047 - 389 + 1118)
ROOT_OF = 7921
assert math.isqrt(ROOT_OF) ** 2 == ROOT_OF
calc(P, f"Give me the square root of {ROOT_OF:,}.", math.isqrt(ROOT_OF))
calc(P, "66 is what percentage of 240?", F(66, 240) * 100)
calc(P, "(42 + 18) × (13 − 5) ÷ 16", F((42 + 18) * (13 - 5), 16))
calc(P, "Share 1,000 in the ratio 3 : 5. How big is the larger share?", F(1000 * 5, 3 + 5))
calc(P, "A coat is £64 after 20% off. What was it before the discount?", F(64) / (1 - pct(20)))

# --- registers (31)
gel, pedi, art = "32", "38", "6.50"
calc(
    R_NAIL,
    f"Booking for Thurs: gel manicure £{gel}, pedicure £{pedi}, and nail art at £{art} a hand"
    f" on both hands. She has a loyalty card (10% off the lot). What do I charge her?",
    money((dec(gel) + dec(pedi) + 2 * dec(art)) * (1 - pct(10))),
)

coach, driver_night, singers = 1860, 100, 40
calc(
    R_CHOIR,
    f"Choir notice: the coach to the gospel weekend is £{coach:,} and the driver's overnight"
    f" room is another £{driver_night}. If the {singers} singers going share it equally, how"
    " much does each of us pay?",
    money(F(coach + driver_night, singers)),
)

retainer, per_call, calls = 1200, 85, 14
calc(
    R_PLOUGH,
    f"Invoice for the council gritting/ploughing season: retainer £{retainer:,}, plus £{per_call}"
    f" per call-out, and we went out {calls} times. Add VAT at 20% on everything. Invoice total?",
    money((retainer + per_call * calls) * (1 + pct(20))),
)

tube, labour, rear_only, both = "7.50", 12, 6, 3
calc(
    R_BIKE,
    f"Pop-up stand at the station. Punctures on Saturday: {rear_only} people needed just the back"
    f" wheel done and {both} needed both wheels. Each wheel = one new inner tube (£{tube}) plus"
    f" £{labour} labour. How much should we have taken?",
    money((rear_only + 2 * both) * (dec(tube) + labour)),
)

float_, drawer, card = "50", "417.35", "268.90"
calc(
    R_BIKE,
    f"cashing up the bike stall: started with a £{float_} float, the cash tin now has"
    f" £{drawer} in it and the card reader says £{card}. what were total sales?",
    money(dec(drawer) - dec(float_) + dec(card)),
)

key_fee, keys_lost, fobs, fob_price = 25, 17, 3, "12.40"
calc(
    R_HALLS,
    f"Warden's log, end of term: {keys_lost} room keys reported lost at £{key_fee} each, plus"
    f" {fobs} replacement entry fobs at £{fob_price}. Total to bill to student accounts?",
    money(key_fee * keys_lost + fobs * dec(fob_price)),
)

residents, out_in_time = 400, 382
calc(
    R_HALLS,
    f"Fire drill at 2am: {residents} residents on the list, {out_in_time} were at the assembly"
    " point before roll call closed. What percentage weren't?",
    F(residents - out_in_time, residents) * 100,
)

elec, gas, bb, water = "184.32", "96.50", "36.00", "48.18"
calc(
    R_FLAT,
    f"ok bills this quarter: electric {elec}, gas {gas}, broadband {bb}, water {water}. four of"
    " us so what's everyone's share??",
    money((dec(elec) + dec(gas) + dec(bb) + dec(water)) / 4),
)

rent, rooms = 1950, (14, 11, 10)
calc(
    R_FLAT,
    f"Proposal for the group: split the £{rent:,} rent by bedroom floor area. The rooms are"
    f" {rooms[0]}, {rooms[1]} and {rooms[2]} m². What would the biggest room pay?",
    money(F(rent * rooms[0], sum(rooms))),
)

waits = (35, 50, 20, 65, 40, 30)
calc(
    R_DISCHARGE,
    "Discharge lounge audit, patients waiting for transport this morning, in minutes: "
    + ", ".join(str(w) for w in waits)
    + ". What's the average wait?",
    F(sum(waits), len(waits)),
)

screen, battery, combo_off, combos = 79, 39, 15, 6
calc(
    R_PHONE,
    f"Kiosk prices: screen £{screen}, battery £{battery}, and if they have both done we knock"
    f" £{combo_off} off. Saturday we did {combos} of those combo jobs. How much did they"
    " bring in?",
    money((screen + battery - combo_off) * combos),
)

jam_p, chut_p, jam_n, chut_n, pitch = "4.25", "3.80", 37, 26, 22
calc(
    R_JAM,
    f"Market day: {jam_n} jars of jam at £{jam_p} and {chut_n} jars of chutney at £{chut_p}."
    f" Take off the £{pitch} pitch fee. What did we clear?",
    money(jam_n * dec(jam_p) + chut_n * dec(chut_p) - pitch),
)

coach_hire, pupils, workshop = 448, 32, "3.50"
calc(
    R_MUSEUM,
    f"Dear parents, the coach costs £{coach_hire} and the museum workshop is £{workshop} per"
    f" child. Split across the {pupils} children in the class (helpers go free), what is the"
    " cost per child?",
    money(F(coach_hire, pupils) + dec(workshop)),
)

price, dep_pct, solicitor, survey, arrangement = 285000, 10, 1450, 600, 999
calc(
    R_MORTGAGE,
    f"Spreadsheet row 'cash needed on day one': {dep_pct}% deposit on a £{price:,} house, plus"
    f" solicitor £{solicitor:,}, survey £{survey} and mortgage arrangement fee £{arrangement}."
    " What goes in that cell?",
    money(price * pct(dep_pct) + solicitor + survey + arrangement),
)

entry, dances, hotel, nights, fuel = 14, 5, 89, 2, "46.80"
calc(
    R_BALLROOM,
    f"Weekend comp costs: entry is £{entry} per dance and we're down for {dances} dances, hotel"
    f" £{hotel} a night for {nights} nights, petrol £{fuel}. We go halves. My half?",
    money(F(entry * dances + hotel * nights + dec(fuel), 2)),
)

malt, hops_n, hops_p, yeast, bottles = "18.60", 3, "4.15", "3.95", 50
calc(
    R_BREW,
    f"Brew club maths: sack of malt £{malt}, {hops_n} packs of hops at £{hops_p}, yeast"
    f" £{yeast}. The batch fills {bottles} bottles. Cost per bottle?",
    money((dec(malt) + hops_n * dec(hops_p) + dec(yeast)) / bottles),
)

nana_days, term_weeks, round_trip, rate_p = 3, 13, "8.4", 45
calc(
    R_NANA,
    f"Nana does the school run {nana_days} days a week: two round trips a day, each"
    f" {round_trip} miles. We pay her {rate_p}p a mile. What do we owe her for a {term_weeks}-week"
    " term?",
    money(nana_days * term_weeks * 2 * dec(round_trip) * F(rate_p, 100)),
)

wrap, box, pot = "6.50", "8.00", "2.20"
n_wrap, n_box, n_pot = 143, 62, 38
calc(
    R_FALAFEL,
    f"Fri night on the van: {n_wrap} wraps @ £{wrap}, {n_box} boxes @ £{box}, {n_pot} hummus"
    f" pots @ £{pot}. Till total should be?",
    money(n_wrap * dec(wrap) + n_box * dec(box) + n_pot * dec(pot)),
)

cut, travel, far_clients, clients, colour_extra, colours = 28, 3, 4, 11, 45, 2
calc(
    R_HAIR,
    f"Round on Tuesday: {clients} cut-and-blow-dries at £{cut}. {far_clients} of them live over"
    f" 5 miles out so they pay a £{travel} travel charge, and {colours} also had colour at"
    f" £{colour_extra} extra. What should the day have made?",
    money(clients * cut + far_clients * travel + colours * colour_extra),
)

card_takings, fee_pct = 1240, "1.75"
calc(
    R_FALAFEL,
    f"The card machine company takes {fee_pct}% and we took £{card_takings:,} on cards this"
    " week. How much is their cut?",
    money(card_takings * pct(fee_pct)),
)

night_allow, nights_out, meal_allow, days_out = "48.50", 9, "15.75", 11
calc(
    R_LORRY,
    f"Expenses claim: overnight allowance €{night_allow} × {nights_out} nights and meal"
    f" allowance €{meal_allow} × {days_out} days. Total claim in euros?",
    money(nights_out * dec(night_allow) + days_out * dec(meal_allow)),
)

litres, per_litre = 612, "1.65"
calc(
    R_LORRY,
    f"Filled up at the truck stop near Lyon: {litres} litres of diesel at €{per_litre} a litre."
    " What's the bill?",
    money(litres * dec(per_litre)),
)

shift_len, shifts, long_len, long_days = "12.5", 17, 13, 3
calc(
    R_MIDWIFE,
    f"Placement hours so far: {shifts} shifts of {shift_len} hours and {long_days} long days of"
    f" {long_len} hours. What's my running total of hours?",
    dec(shift_len) * shifts + long_len * long_days,
)

fee_race, runners, free_places = 22, 487, 35
calc(
    R_RACE,
    f"Race entries closed at {runners} runners. {free_places} of those had free charity places;"
    f" everyone else paid £{fee_race}. Entry income?",
    money((runners - free_places) * fee_race),
)

vans, trips, per_trip = 6, 9, 14
calc(
    R_DOCKS,
    f"Rebalancing shift report: {vans} vans, each did {trips} runs, moving {per_trip} bikes a"
    " run on average. Bikes moved in total?",
    vans * trips * per_trip,
)

service, loads, dry_p, dry_per, dry_min = "9.50", 3, 20, 4, 44
calc(
    R_WASH,
    f"Service wash is £{service} per load, and the dryers are {dry_p}p per {dry_per} minutes."
    f" Customer has {loads} loads, each dried for {dry_min} minutes. What's her bill?",
    money(loads * dec(service) + loads * F(dry_min, dry_per) * F(dry_p, 100)),
)

pack_n, pack_p, single_p, wanted = 10, 18, "2.10", 26
tetra = dec(single_p)
calc(
    R_FISH,
    f"Neon tetras are £{single_p} each or £{pack_p} for a bag of {pack_n}. Customer wants"
    f" {wanted} (and doesn't want extras). Cheapest price for exactly {wanted}?",
    money(min(k * pack_p + (wanted - k * pack_n) * tetra for k in range(wanted // pack_n + 1))),
)

battle_map, minis, mini_p, players = "35.00", 6, "4.50", 4
calc(
    R_DND,
    f"DM here. I bought a battle map (${battle_map}) and {minis} minis at ${mini_p} each for"
    f" the campaign. If the {players} players chip in equally to cover it, how much each?",
    money((dec(battle_map) + minis * dec(mini_p)) / players),
)

lesson, block_n, block_p, need, test_fee = 38, 10, 350, 22, 62
calc(
    R_LEARNER,
    f"Lessons are £{lesson} each or £{block_p} for a block of {block_n}. I reckon I need {need}"
    f" more lessons, and the test itself is £{test_fee}. Cheapest total if I buy as many blocks"
    " as I can use and pay singly for the rest?",
    money((need // block_n) * block_p + (need % block_n) * lesson + test_fee),
)

pass_p, resv, hostel_nights, hostel_avg = 368, ("10", "13", "26.50"), 19, 31
calc(
    R_INTERRAIL,
    f"Budget for both of us: passes €{pass_p} each, seat reservations €{resv[0]}, €{resv[1]}"
    f" and €{resv[2]} each, and {hostel_nights} hostel nights averaging €{hostel_avg} a head."
    " Total for two?",
    money(2 * (pass_p + sum(dec(r) for r in resv) + hostel_nights * hostel_avg)),
)

pounds_changed, rate = 400, "1.1625"
calc(
    R_INTERRAIL,
    f"We changed £{pounds_changed} into euros at {rate} euros to the pound. How many euros did"
    " we get?",
    money(pounds_changed * dec(rate)),
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
GRAM = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
HECTARE = F(10000)  # m^2


def unit_any(family, query, value):
    """Exact when the result has at most three decimals, else rounded (and 2 dp must pass)."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# --- plain one-liners (14)
unit_any(P, "My son measures 53 inches. How many centimetres is that?", 53 * IN / CM)
unit_any(P, "A half marathon is 13.1 miles. How many km is that?", dec("13.1") * MI / KM)
unit_any(P, "101.3 °F in Celsius?", f_to_c(dec("101.3")))
unit_any(P, "5 ft 10 in in metres", 5 * FT + 10 * IN)
unit_any(P, "How many square feet is 37 square metres?", 37 / SQFT)
unit_any(P, "3.5 kg to pounds", dec("3.5") / LB)
unit_any(P, "Convert 2 GiB to MiB.", 2 * GIB / MIB)
unit_any(P, "How fast in mph is 125 km/h?", 125 * KMH / MPH)
unit_any(P, "How many ounces are there in 1.75 kilograms?", dec("1.75") / OZ)
unit_any(P, "minus 18 degrees C in Fahrenheit?", c_to_f(-18))
unit_any(P, "How many hectares is 40 acres?", 40 * ACRE / HECTARE)
unit_any(P, "30 psi expressed in bar", 30 * PSI / BAR)
unit_any(P, "How many miles is 8,000 metres?", 8000 / MI)
unit_any(P, "Cubic metres to cubic feet: 2 m³ is how many ft³?", 2 / CUFT)

# --- registers (31)
unit_any(
    R_NAIL,
    "The salon floor is 18 ft by 12 ft and the flooring firm quotes per square metre. How many"
    " square metres is it?",
    18 * FT * 12 * FT,
)
unit_any(
    R_CHOIR,
    "Our coach driver says the coach is limited to 100 km/h on the motorway. What's that in"
    " miles per hour?",
    100 * KMH / MPH,
)
unit_any(
    R_PLOUGH,
    "Old spec sheet says spread grit at 1 ounce per square yard. The new spreader is set in"
    " grams per square metre — what number do I dial in?",
    (OZ / GRAM) / SQYD,
)
unit_any(
    R_BIKE,
    "Customer's tyre sidewall says inflate to 65 psi but our track pump only shows bar. What"
    " bar reading is that?",
    65 * PSI / BAR,
)
unit_any(
    R_BIKE,
    "New chain measured 57 inches before I cut it. What's that in cm?",
    57 * IN / CM,
)
unit_any(
    R_HALLS,
    "The old thermostat on corridor C reads 61 °F. Complaint form wants it in °C — what do I"
    " write?",
    f_to_c(61),
)
unit_any(
    R_HALLS,
    "One flat's Wi-Fi usage report says 37,120 MiB for the week. How many GiB is that?",
    37120 * MIB / GIB,
)
unit_any(
    R_FLAT,
    "the worktop we want is 2.6 m long — how many feet is that? landlord only thinks in feet",
    dec("2.6") / FT,
)
unit_any(
    R_FLAT,
    "Sofa listing says 84 inches wide. In centimetres please, so I can check the hallway",
    84 * IN / CM,
)
unit_any(
    R_DISCHARGE,
    "Transport form needs the patient's weight in kilograms; the ward note says 154 lb. What"
    " is it in kg?",
    154 * LB,
)
unit_any(
    R_PHONE,
    "Customer asking how big a 6.1-inch screen is in centimetres (diagonal). What do I tell her?",
    dec("6.1") * IN / CM,
)
unit_any(
    R_JAM,
    "Gran's marmalade recipe starts with 6 lb of Seville oranges. How many kilograms is that?",
    6 * LB,
)
unit_any(
    R_MUSEUM,
    "Worksheet question for Year 6: the Saturn V rocket stood 363 feet tall. How tall is that"
    " in metres?",
    363 * FT,
)
unit_any(
    R_MORTGAGE,
    "Listing says the flat is 710 sq ft. How many square metres is that, so I can compare price"
    " per m²?",
    710 * SQFT,
)
unit_any(
    R_BALLROOM,
    "The ballroom floor at the venue is 30 m × 20 m. How many square feet of floor is that?",
    30 * 20 / SQFT,
)
unit_any(
    R_BREW,
    "American recipe wants a mash temperature of 152 °F. My controller is in Celsius; what do I"
    " set?",
    f_to_c(152),
)
unit_any(
    R_NANA,
    "The school is 3.7 miles from our house. How far is that in kilometres?",
    dec("3.7") * MI / KM,
)
unit_any(
    R_FALAFEL,
    "Cash and carry sells dried chickpeas in 25 kg sacks. How many pounds is one sack?",
    25 / LB,
)
unit_any(
    R_FALAFEL,
    "Frying guide from the US supplier says oil at 350 °F. What's that on a Celsius dial?",
    f_to_c(350),
)
unit_any(
    R_HAIR,
    "Client wants 15 cm taken off but thinks in inches. How many inches is 15 cm?",
    15 * CM / IN,
)
unit_any(
    R_LORRY,
    "Low bridge sign says 4.1 m. My cab sticker is in feet. What's 4.1 m in feet?",
    dec("4.1") / FT,
)
unit_any(
    R_LORRY,
    "Our trucks are limited to 56 mph. What is that in km/h for the continental paperwork?",
    56 * MPH / KMH,
)
unit_any(
    R_MIDWIFE,
    "Baby born weighing 7 lb 11 oz. Notes need grams — how many?",
    (7 * LB + 11 * OZ) / GRAM,
)
unit_any(
    R_RACE,
    "If a runner holds 5 minutes per kilometre, how many minutes per mile is that pace?",
    5 * MI / KM,
)
unit_any(
    R_DOCKS,
    "The e-bikes cut out assistance at 25 km/h. What's that in mph for the US visitors' leaflet?",
    25 * KMH / MPH,
)
unit_any(
    R_WASH,
    "Delicates programme washes at 40 °C. Customer's label is American and wants °F. What is"
    " 40 °C in °F?",
    c_to_f(40),
)
unit_any(
    R_FISH,
    "Tank is 48 × 15 × 18 inches inside. How many litres does it hold when full to the brim?",
    48 * 15 * 18 * IN**3 / LITRE,
)
unit_any(
    R_DND,
    "the spell has a range of 60 feet. we're playing on a metric grid, how many metres is that",
    60 * FT,
)
unit_any(
    R_LEARNER,
    "Highway Code says stopping distance at 70 mph is 96 m. How many feet is 96 m?",
    96 / FT,
)
unit_any(
    R_INTERRAIL,
    "The Bernina line tops out at 2,253 m above sea level. How high is that in feet?",
    2253 / FT,
)
unit_any(
    R_INTERRAIL,
    "Screen in the carriage says 300 km/h!! what's that in mph",
    300 * KMH / MPH,
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


ZONES = importlib.import_module("zoneinfo")  # the IANA rules, for real offsets on the day


def local_arrival(start, zone_from, minutes, zone_to):
    """Local time at zone_to after travelling `minutes` from a local start at zone_from."""
    t0 = start.replace(tzinfo=ZONES.ZoneInfo(zone_from))
    return (t0 + TD(minutes=minutes)).astimezone(ZONES.ZoneInfo(zone_to))


def elapsed_minutes(start, zone_from, end, zone_to):
    """Minutes between two local clock readings in two zones."""
    t0 = start.replace(tzinfo=ZONES.ZoneInfo(zone_from))
    t1 = end.replace(tzinfo=ZONES.ZoneInfo(zone_to))
    return F(int((t1 - t0).total_seconds()), 60)


def hours_ahead(on, zone_a, zone_b):
    """How many hours zone_a's clocks are ahead of zone_b's at midday on a date."""
    noon = DT.combine(on, dt.time(12))
    a = noon.replace(tzinfo=ZONES.ZoneInfo(zone_a)).utcoffset()
    b = noon.replace(tzinfo=ZONES.ZoneInfo(zone_b)).utcoffset()
    return F(int((a - b).total_seconds()), 3600)


def weekday_count(first, last, wd):
    """How many dates from first to last (both included) fall on weekday wd."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() == wd)


def on_weekday(d, wd):
    assert d.weekday() == wd, (d, weekday(d))
    return d


# sanity of the zone rules used: summer time on the dates asked
assert hours_ahead(D(2027, 7, 15), "Australia/Sydney", "Europe/London") == 9
assert hours_ahead(D(2027, 7, 3), "Europe/Madrid", "Europe/Lisbon") == 1
assert hours_ahead(D(2027, 5, 14), "Europe/Rome", "Europe/London") == 1
assert hours_ahead(D(2027, 7, 20), "Europe/Istanbul", "Europe/Berlin") == 1

# --- plain one-liners (14)
date_item(P, "What day of the week is 3 September 2027?", weekday(D(2027, 9, 3)))
date_item(
    P,
    "How many days are there from 14 February 2028 to 1 June 2028?",
    days(D(2028, 2, 14), D(2028, 6, 1)),
)
date_item(P, "What date is 100 days after 20 April 2027?", D(2027, 4, 20) + TD(days=100))
date_item(P, "Add six weeks to 29 December 2027. What's the date?", D(2027, 12, 29) + TD(weeks=6))
date_item(
    P,
    "A shift runs from 21:35 until 06:20. How many minutes long is it?",
    clock_span("21:35", "06:20", 60),
)
leap_2040 = D(2040, 2, 29)
date_item(P, "Leap day 2040: which weekday does 29 February 2040 fall on?", weekday(leap_2040))
w_from = on_weekday(D(2028, 3, 5), SUN)
w_to = w_from + TD(weeks=8)
date_item(P, f"How many weeks is it from {sayw(w_from)} to {sayw(w_to)}?", weeks(w_from, w_to))
date_item(
    P, "Give me the date of the 3rd Thursday in November 2031.", nth_weekday(2031, 11, THU, 3)
)
date_item(
    P,
    "9 August 2027 is which day of the year (1 January = day 1)?",
    D(2027, 8, 9).timetuple().tm_yday,
)
date_item(
    P,
    "On 15 July 2027, how many hours ahead of London is Sydney?",
    hours_ahead(D(2027, 7, 15), "Australia/Sydney", "Europe/London"),
)
date_item(
    P,
    "Someone born on 23 May 1989: how old are they on 12 April 2031?",
    age(D(1989, 5, 23), D(2031, 4, 12)),
)
date_item(P, "What was the date 90 days before 1 March 2029?", D(2029, 3, 1) - TD(days=90))
date_item(
    P,
    "How many Mondays are in October 2027?",
    weekday_count(D(2027, 10, 1), D(2027, 10, 31), MON),
)
date_item(P, "last friday of february 2029 - what date?", nth_weekday(2029, 2, FRI, -1))

# --- registers (31)
infill = on_weekday(D(2027, 4, 10), SAT)
date_item(
    R_NAIL,
    f"She had her gel infill on {sayw(infill)} and comes back every 3 weeks. What date is her"
    " third appointment after that one?",
    infill + TD(weeks=9),
)

first_rehearsal = nth_weekday(2027, 4, TUE, 1)
festival = on_weekday(D(2027, 6, 19), SAT)
date_item(
    R_CHOIR,
    f"We rehearse every Tuesday, starting {sayw(first_rehearsal)}, and the gospel festival is"
    f" on {sayw(festival)}. How many Tuesday rehearsals do we get before the festival?",
    weekday_count(first_rehearsal, festival, TUE),
)

standby_from, standby_to = D(2027, 11, 15), D(2028, 3, 15)
date_item(
    R_PLOUGH,
    f"The standby period on the plough contract runs from {say(standby_from)} to"
    f" {say(standby_to)}, both days included. How many days is that?",
    days(standby_from, standby_to) + 1,
)

pop_up_start = nth_weekday(2027, 4, SAT, 1)
date_item(
    R_BIKE,
    f"The repair pop-up runs every other Saturday, first one {sayw(pop_up_start)}. What's the"
    " date of the 8th session?",
    pop_up_start + TD(weeks=2 * 7),
)
left_bike = on_weekday(D(2027, 4, 14), WED)
date_item(
    R_BIKE,
    f"Bike was dropped off on {sayw(left_bike)} and the owner collected it 11 days later. Which"
    " day of the week was that?",
    weekday(left_bike + TD(days=11)),
)

date_item(
    R_HALLS,
    "Night warden shifts are 22:00 to 07:30. I did 4 of them. How many hours is that in total?",
    4 * clock_span("22:00", "07:30", 3600),
)
move_in = on_weekday(D(2027, 9, 26), SUN)
move_out = on_weekday(D(2027, 12, 10), FRI)
date_item(
    R_HALLS,
    f"A resident arrived {sayw(move_in)} and checked out on the morning of {sayw(move_out)}."
    " How many nights did they stay?",
    days(move_in, move_out),
)

lease_from, lease_to = D(2027, 9, 1), D(2028, 8, 31)
date_item(
    R_FLAT,
    f"new tenancy runs {say(lease_from)} to {say(lease_to)} inclusive - how many days of rent"
    " is that if we pay daily lol",
    days(lease_from, lease_to) + 1,
)
bins_last = on_weekday(D(2027, 4, 8), THU)
bins_june = next(
    bins_last + TD(weeks=2 * k) for k in range(1, 20) if (bins_last + TD(weeks=2 * k)).month == 6
)
date_item(
    R_FLAT,
    f"recycling goes out every second Thursday, the last one was {sayw(bins_last)}. what date"
    " is the first recycling collection in June 2027?",
    bins_june,
)

date_item(
    R_DISCHARGE,
    "Patient came down to the discharge lounge at 10:50 and the ambulance crew collected her at"
    " 15:25. How many minutes did she wait?",
    clock_span("10:50", "15:25", 60),
)

repaired = D(2027, 1, 27)
date_item(
    R_PHONE,
    f"Our repair warranty ends 90 days after the repair date. The screen was fixed on"
    f" {say(repaired)}. What date does the warranty end?",
    repaired + TD(days=90),
)

date_item(
    R_JAM,
    "The farmers' market is on the first Saturday of each month. What's the date of the"
    " September 2027 one?",
    nth_weekday(2027, 9, SAT, 1),
)

trip_day = on_weekday(D(2027, 6, 17), THU)
date_item(
    R_MUSEUM,
    f"The museum trip is on {sayw(trip_day)}. Consent slips have to be back 3 weeks before."
    " What date should I put on the letter as the deadline?",
    trip_day - TD(weeks=3),
)

offer_issued = D(2027, 5, 5)
date_item(
    R_MORTGAGE,
    f"The mortgage offer was issued on {say(offer_issued)} and is valid for 180 days from then."
    " On what date does it expire?",
    offer_issued + TD(days=180),
)

date_item(
    R_BALLROOM,
    "Heats start at 09:30 and the finals are at 19:15. How many minutes is that?",
    clock_span("09:30", "19:15", 60),
)

bottled = on_weekday(D(2027, 5, 1), SAT)
date_item(
    R_BREW,
    f"Bottled the stout on {sayw(bottled)}. It needs 17 days to condition. What day of the week"
    " will it be ready?",
    weekday(bottled + TD(days=17)),
)

term_from = on_weekday(D(2027, 4, 19), MON)
term_to = on_weekday(D(2027, 7, 16), FRI)
bank_hols = (on_weekday(D(2027, 5, 3), MON), on_weekday(D(2027, 5, 31), MON))
assert all(term_from <= b <= term_to for b in bank_hols)
date_item(
    R_NANA,
    f"Nana has the Monday school runs. Summer term is {sayw(term_from)} to {sayw(term_to)}, and"
    f" there's no school on the bank holidays, {sayw(bank_hols[0])} and {sayw(bank_hols[1])}."
    " How many Mondays will she be doing it?",
    weekday_count(term_from, term_to, MON) - len(bank_hols),
)

date_item(
    R_FALAFEL,
    "The van trades 18:30 till 03:00, five nights a week. How many hours a week is that?",
    5 * clock_span("18:30", "03:00", 3600),
)
permit_day1 = on_weekday(D(2027, 4, 23), FRI)
date_item(
    R_FALAFEL,
    f"Street trading permit is good for 45 days, and {sayw(permit_day1)} counts as day 1. What"
    " date is day 45?",
    permit_day1 + TD(days=44),
)

patel_first = on_weekday(D(2027, 4, 6), TUE)
date_item(
    R_HAIR,
    f"Mrs Patel has a cut every 5 weeks, starting {sayw(patel_first)}. How many appointments"
    " will she have in 2027, counting that first one?",
    sum(1 for k in range(60) if (patel_first + TD(weeks=5 * k)).year == 2027),
)

date_item(
    R_LORRY,
    "Tacho check: I drove 04:50 to 09:20, took my break, then drove 10:05 to 14:35. How many"
    " hours of driving is that?",
    clock_span("04:50", "09:20", 3600) + clock_span("10:05", "14:35", 3600),
)
dover_dep = DT(2027, 5, 14, 22, 15)
assert dover_dep.date().weekday() == FRI
milan_arr = local_arrival(dover_dep, "Europe/London", 37 * 60, "Europe/Rome")
date_item(
    R_LORRY,
    f"Leaving Dover at 22:15 local time on {sayw(dover_dep.date())}; ferry plus driving to"
    " Milan is 37 hours door to door. What will the date be in Milan when I arrive?",
    milan_arr.date(),
)

lmp = D(2027, 8, 2)
date_item(
    R_MIDWIFE,
    f"Booking appointment: first day of her last period was {say(lmp)}. Estimated due date is"
    " 280 days after that. What date is it?",
    lmp + TD(days=280),
)

race_day = on_weekday(D(2027, 9, 26), SUN)
date_item(
    R_RACE,
    f"The 10k is on {sayw(race_day)} and the beginners' plan kicks off exactly 12 weeks before"
    " race day. What date do they start?",
    race_day - TD(weeks=12),
)

date_item(
    R_DOCKS,
    "Bike undocked at 08:47 and returned at 11:12. How many minutes was it out?",
    clock_span("08:47", "11:12", 60),
)

dropped = on_weekday(D(2027, 4, 22), THU)
date_item(
    R_WASH,
    f"Customer dropped her duvet off at 16:00 on {sayw(dropped)}; it's ready 48 hours after"
    " drop-off. What day of the week can she collect it?",
    weekday(dropped + TD(hours=48)),
)

fish_in = on_weekday(D(2027, 5, 12), WED)
date_item(
    R_FISH,
    f"New shipment of discus arrived {sayw(fish_in)}. They stay in quarantine for 4 weeks."
    " What date can they go on the shop floor?",
    fish_in + TD(weeks=4),
)

dnd_first = on_weekday(D(2027, 4, 9), FRI)
date_item(
    R_DND,
    f"our campaign meets every other Friday starting {sayw(dnd_first)}. how many of our sessions"
    " fall in 2027, counting the first one?",
    sum(1 for k in range(60) if (dnd_first + TD(weeks=2 * k)).year == 2027),
)

first_lesson = D(2027, 4, 13)
test_day = on_weekday(D(2027, 9, 7), TUE)
date_item(
    R_LEARNER,
    f"First driving lesson was {say(first_lesson)} and my test is {sayw(test_day)}. How many"
    " days apart are they?",
    days(first_lesson, test_day),
)

lisbon_dep = DT(2027, 7, 3, 7, 0)
madrid_arr = DT(2027, 7, 3, 17, 10)
date_item(
    R_INTERRAIL,
    "Train leaves Lisbon at 07:00 on 3 July 2027 and gets into Madrid at 17:10 Madrid time."
    " How many minutes are we actually on it?",
    elapsed_minutes(lisbon_dep, "Europe/Lisbon", madrid_arr, "Europe/Madrid"),
)
berlin_dep = DT(2027, 7, 19, 20, 0)
assert berlin_dep.date().weekday() == MON
istanbul_arr = local_arrival(berlin_dep, "Europe/Berlin", 27 * 60 + 30, "Europe/Istanbul")
assert istanbul_arr.date() != (berlin_dep + TD(minutes=27 * 60 + 30)).date()
date_item(
    R_INTERRAIL,
    f"Our trains from Berlin leave at 20:00 on {sayw(berlin_dep.date())} and the whole trip to"
    " Istanbul takes 27 hours 30 minutes. What's the date in Istanbul when we get there?",
    istanbul_arr.date(),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


def two_dp(x):
    """A whole-cent amount written with two decimals, e.g. 1,234.50."""
    x = money(x)
    return f"{float(x):,.2f}"


# --- ordinary negatives (100): ten topics of ten
for _q in (
    "How do anglerfish manage to find a mate in complete darkness?",
    "Why don't the animals living at the bottom of the Mariana Trench get crushed?",
    "What are some of the weirdest things submersibles have filmed around hydrothermal vents?",
    "Is the giant squid actually a threat to people, or is that just old sailors' yarns?",
    "How do biologists work out the age of a Greenland shark?",
    "Why are so many deep-sea animals red or black rather than transparent?",
    "What does a gulper eel eat, and how often does it manage a meal down there?",
    "Could life under the ice of Europa resemble the tube worms around black smokers?",
    "Explain 'marine snow' in a way a ten-year-old would get.",
    "Why is deep-sea bioluminescence nearly always blue-green instead of red?",
):
    neg("ask-ocean-trench-creatures", _q)

for _q in (
    "What was life like inside a caravanserai for a merchant crossing Persia?",
    "Why did Samarkand get so rich under the Timurids?",
    "How did Buddhism make its way along the Silk Road into China?",
    "Did Marco Polo really reach China, or did he embroider most of it?",
    "Which goods actually travelled from Rome to Han China, and what came back the other way?",
    "Why did the overland routes between Europe and East Asia fade after the 1400s?",
    "Who were the Sogdian merchants and why do historians keep mentioning them?",
    "How did the Black Death move along the trade routes out of Central Asia?",
    "Tell me about the Dunhuang library cave and why its manuscripts matter.",
    "How did the Mongol relay-station system, the yam, keep messages moving?",
):
    neg("ask-silk-road-and-caravanserai-history", _q)

for _q in (
    "Is Haskell worth learning if all I ever build is web backends?",
    "Kotlin Multiplatform or Swift if I want one app on both iPhone and Android?",
    "People moan that Go's error handling is verbose. Do they have a point?",
    "Tiny startup, two devs: write the backend in Rust or just stick with Python?",
    "What are the genuine downsides of TypeScript on a small solo side project?",
    "Is learning COBOL still a sensible career move in 2027?",
    "Why did Lisp never go mainstream when so many clever people rave about it?",
    "Write a short Python function that returns the most common word in a text file.",
    "Explain how async/await in JavaScript differs from using threads in Java.",
    "How would you lay out a database schema for a lending library with holds and late fees?",
):
    neg("ask-programming-language-tradeoffs", _q)

for _q in (
    "Where should a newcomer start with João Gilberto's records?",
    "Rhythmically, what separates bossa nova from samba?",
    "Why is Tropicália talked about as a political movement and not just a musical style?",
    "Recommend some 1970s Brazilian albums that aren't the usual famous ones.",
    "Who was Elis Regina and why do Brazilians revere her so much?",
    "Honestly, is 'The Girl from Ipanema' overrated?",
    "How did Stan Getz end up making records with Brazilian musicians?",
    "What makes Clube da Esquina such a landmark album?",
    "Put together a rainy-Sunday-morning playlist with a Brazilian feel.",
    "What is choro, and how do the instruments in a choro group fit together?",
):
    neg("ask-bossa-nova-and-brazilian-music", _q)

for _q in (
    "My monstera's leaves are yellowing from the edges inwards. What am I doing wrong?",
    "Why has my fiddle-leaf fig started dropping leaves since I moved it to the hallway?",
    "Is a peace lily safe to keep in a flat with a cat?",
    "Tiny black flies keep rising out of my plant pots. How do I get rid of them?",
    "My snake plant is splitting its plastic pot. Should I repot it, and into what?",
    "My succulents are getting tall, leggy and pale. What's going on?",
    "Crispy brown tips on my spider plant: is it water, light or something else?",
    "How can I tell if my orchid's roots are rotting?",
    "Can I bring a potted lemon tree indoors for winter without it sulking and dropping fruit?",
    "What's a good plant for a dim, north-facing bathroom with no direct sun?",
):
    neg("ask-houseplant-triage", _q)

for _q in (
    "Write a short, funny toast for my sister's fortieth birthday dinner.",
    "Help me write a eulogy for my grandad, a quiet carpenter who loved fishing.",
    "What should I write in a card for a colleague whose old dog just died?",
    "Draft a leaving speech for our school caretaker, who's retiring after decades with us.",
    "I need a two-line message for a new-baby card that isn't cheesy.",
    "Write a limerick about my dad, who never stops talking about his allotment leeks.",
    "How should I open a best woman speech when I'm terrified of public speaking?",
    "Write a thank-you note for the neighbours who fed our cats while we were away.",
    "Give me three heartfelt ideas for an anniversary card to my wife.",
    "Compose a short farewell poem for a teammate who's moving to Canada.",
):
    neg("ask-toasts-eulogies-and-cards", _q)

for _q in (
    "How do I politely ask the upstairs neighbour to stop clomping about in heels at midnight?",
    "My landlord wants to show the flat to buyers every Saturday morning. Is that reasonable?",
    "Next door's tree hangs over our garden. Can I cut the branches back, and should I ask?",
    "Is it rude to ask a neighbour not to park permanently outside our house?",
    "How should I deal with a neighbour whose dog barks all day while they're at work?",
    "My flatmate never buys toilet roll. How do I raise it without starting a row?",
    "I caused a small leak in the rented flat. Tell the landlord or quietly fix it myself?",
    "What's the etiquette when parcels for someone else keep getting left with me?",
    "New neighbours throw loud parties every weekend. Leave a note or go and knock?",
    "Can I ask the landlord for money off the rent when the heating has been broken for weeks?",
):
    neg("ask-neighbour-and-landlord-etiquette", _q)

for _q in (
    "If the universe is deterministic, can anyone really be blamed for anything?",
    "What is the Mary's room thought experiment supposed to show?",
    "If a teleporter scans you, builds a copy and destroys the original, has it killed you?",
    "Could a good enough chatbot ever be conscious? Give me the best case on both sides.",
    "What did Hume mean when he said reason is the slave of the passions?",
    "Explain Searle's Chinese Room and the strongest reply to it.",
    "If brain scans can predict my choice seconds before I make it, do I have free will?",
    "What's the difference between compatibilism and libertarian free will?",
    "If my neurons were swapped for chips one at a time, at what point would I stop being me?",
    "Is it rational to fear death if you'll never experience being dead?",
):
    neg("ask-free-will-and-mind-puzzles", _q)

for _q in (
    "Where does the expression 'the whole nine yards' come from?",
    "Why do British people say 'Bob's your uncle'?",
    "What is the actual origin of the word 'OK'?",
    "How did the hot dog get its name?",
    "Where did the slang 'spill the tea' come from?",
    "Why do theatre people say 'break a leg' instead of 'good luck'?",
    "Is there a real story behind telling kids to 'mind your Ps and Qs'?",
    "Why do Australians call flip-flops 'thongs'?",
    "Where does 'cost an arm and a leg' come from?",
    "How did 'cool' end up meaning good?",
):
    neg("ask-slang-and-idiom-origins", _q)

for _q in (
    "What's the best way to beat jet lag after flying east?",
    "Why do teenagers seem to need to sleep until noon?",
    "Is a nap after lunch every day bad for you?",
    "Why do I keep waking at 3am and then can't get back to sleep?",
    "Does melatonin actually work, and is it OK to take it most nights?",
    "How long before bed should I put my phone away?",
    "Can you really not catch up on lost sleep at the weekend?",
    "Why do I feel groggy after eight hours' sleep but fine after six?",
    "What's a sensible bedtime routine for a toddler who fights sleep every night?",
    "Do night-shift workers' body clocks ever fully adjust?",
):
    neg("ask-sleep-jet-lag-and-body-clock", _q)

# --- near-negatives (65): shaped like a tool question, but the model is needed
NEAR = (
    (
        "near-live-rates-and-prices",
        "live market data nobody stated",
        (
            "What's the euro to Swiss franc rate at the moment?",
            "Where is Brent crude trading this morning?",
            "How much does a first-class stamp cost in the UK these days?",
            "What's the going price for a litre of diesel in Spain at the moment?",
            "How is Apple's share price doing so far this session?",
        ),
    ),
    (
        "near-appliance-fault-codes",
        "an error or fault code needing product knowledge",
        (
            "My Bosch dishwasher is showing E15. What does that mean?",
            "Worcester combi boiler flashing EA 227 - what should I check first?",
            "What does error code 5B00 on a Canon printer mean, and can I fix it myself?",
            "Samsung washing machine stopped mid-cycle with 4C on the display. Help?",
            "Why would a web server answer with HTTP status 418?",
        ),
    ),
    (
        "near-films-and-books-with-numbers",
        "a work whose title contains a number",
        (
            "What actually happens at the end of 2001: A Space Odyssey?",
            "Is Catch-22 worth reading, and what's the joke behind the title?",
            "Why is 12 Angry Men still taught in film classes?",
            "What is Fahrenheit 451 really about?",
            "Should I watch 28 Days Later before 28 Weeks Later?",
        ),
    ),
    (
        "near-fermi-guesses-no-data",
        "an estimate with no figures given",
        (
            "If you filled a London double-decker with golf balls, roughly how many would fit?",
            "How many piano tuners do you reckon make a living in Manchester?",
            "About how many words does an average person say in a day?",
            "Ballpark, how many leaves are on a fully grown oak tree in summer?",
            "Estimate how many people are up in the air on planes at any given moment.",
        ),
    ),
    (
        "near-why-maths-rules-hold",
        "why an arithmetic rule holds",
        (
            "Why does dividing by a fraction turn into multiplying by its reciprocal?",
            "Why should any number to the power of zero come out as one?",
            "Give me an intuitive reason division by zero is left undefined.",
            "Explain why the digit-sum trick works for checking divisibility by 9.",
            "Without just quoting a rule, why does minus times minus give plus?",
        ),
    ),
    (
        "near-facts-with-numbers-unstated",
        "a numeric fact the question does not state",
        (
            "How tall is the Burj Khalifa in metres?",
            "Adults supposedly have fewer bones than babies. How many does a grown-up have?",
            "What's the speed of sound at sea level, in km/h?",
            "What's the maximum depth of Lake Baikal, and is it the deepest lake anywhere?",
            "Roughly what temperature does water boil at up on the summit of Everest, and why?",
        ),
    ),
    (
        "near-is-it-worth-it",
        "a value judgement about a stated price",
        (
            "Is £1,200 a fair price for a used 2019 Brompton?",
            (
                "Worth paying £9 a month more for faster broadband if I work from home two days a"
                " week?"
            ),
            "Would you pay a £35 supplement for the wine pairing at a Michelin-starred place?",
            "Is a £250 railcard-style season discount worth it if I take the train twice a week?",
            "Is a 4.2% five-year fixed mortgage a good deal right now?",
        ),
    ),
    (
        "near-what-does-my-reading-mean",
        "interpreting a stated reading",
        (
            "My blood pressure came out at 142 over 91. Should I be worried?",
            "Soil test kit says pH 5.5 - is that OK for tomatoes?",
            "Tyre warning light is on but the gauge says 31 psi on every tyre. What's going on?",
            "Air quality app shows PM2.5 at 48. Is it sensible to go for a run?",
            "My watch says my resting heart rate is 48. Is that too low?",
        ),
    ),
    (
        "near-history-dates-not-given",
        "a historical date the question does not give",
        (
            "What day of the week did the Titanic go down?",
            "How many days did the Battle of Stalingrad last?",
            "How long after the first moon landing did the last Apollo crew fly?",
            "Mozart died young - how old exactly was he, and what killed him?",
            "On what weekday was Shakespeare baptised?",
        ),
    ),
    (
        "near-write-me-code-for-it",
        "code to write rather than a value to compute",
        (
            "Write me a small Python function, with a docstring, turning Fahrenheit into Celsius.",
            "Give me an Excel formula that adds 20% VAT to the price in column B.",
            "Write a JavaScript snippet that shows how many days are left until a given date.",
            "What SQL would total order amounts per calendar month?",
            "Write a bash one-liner listing every .jpg in a folder with its size in megabytes.",
        ),
    ),
    (
        "near-underspecified-trip-times",
        "a journey time with the figures missing",
        (
            "How long does it take to drive from Edinburgh to London?",
            "If I leave at eight, what time will I get to the airport?",
            "How long will it take me to walk to the station?",
            "How many days do I need to see Japan properly?",
            "What time should I set off to make the concert on time?",
        ),
    ),
    (
        "near-cooking-judgement-with-numbers",
        "kitchen judgement, though numbers appear",
        (
            (
                "My bread is 500 g flour to 350 ml water and the dough is really sticky. What do I"
                " do?"
            ),
            "Can I roast a chicken at 160 °C instead of 200 °C if I just leave it in longer?",
            "The cake recipe wants 2 eggs and I've only got 1. Will it still work?",
            "If I halve a cake recipe, do I halve the baking time as well?",
            "My jam got to 104 °C but it still won't set. Why not?",
        ),
    ),
    (
        "near-game-and-sport-rules",
        "rules or jargon of a game, with numbers in it",
        (
            "How does scoring work in a tennis tiebreak?",
            "Why do darts players sometimes switch from treble 20 to treble 19?",
            "What does a 3-4-3 formation mean in football?",
            "How does Duckworth-Lewis-Stern decide a rain-shortened cricket match?",
            "Why is a strike in the tenth frame worth extra in ten-pin bowling?",
        ),
    ),
)
for _fam, _note, _qs in NEAR:
    for _q in _qs:
        neg(_fam, _q, _note)

# --- conversations (35): seven families of five; figures in assistant turns computed here
_bill, _diners = 186, 6
conv(
    "conv-sum-then-draft-a-message",
    [
        (U, f"Dinner bill came to £{_bill} for the {_diners} of us. How much is each person?"),
        (A, f"£{two_dp(F(_bill, _diners))} each."),
        (
            U,
            (
                "Great. Write a friendly message to the group chat asking everyone to send"
                " me their share by Friday."
            ),
        ),
    ],
    "asks for writing after a sum",
)
_gift, _colleagues = "145.00", 29
conv(
    "conv-sum-then-draft-a-message",
    [
        (
            U,
            (
                f"The leaving present cost £{_gift} and {_colleagues} people chipped in."
                " What's that per person?"
            ),
        ),
        (A, f"£{two_dp(dec(_gift) / _colleagues)} per person."),
        (U, "Can you write the card message from all of us? She's going to teach in Kenya."),
    ],
    "asks for writing after a sum",
)
_hours, _rate = "6.5", 14
conv(
    "conv-sum-then-draft-a-message",
    [
        (U, f"I babysat {_hours} hours at £{_rate} an hour. What do they owe me?"),
        (A, f"£{two_dp(dec(_hours) * _rate)}."),
        (
            U,
            (
                "They've forgotten to pay for two weeks. Help me word a polite reminder text that"
                " doesn't sound awkward."
            ),
        ),
    ],
    "asks for writing after a sum",
)
_deposit, _deduction = 1200, "185.50"
conv(
    "conv-sum-then-draft-a-message",
    [
        (
            U,
            (
                f"Deposit was £{_deposit:,} and the agent is keeping £{_deduction} for 'cleaning'."
                " How much do I get back?"
            ),
        ),
        (A, f"£{two_dp(_deposit - dec(_deduction))}."),
        (U, "The flat was spotless when I left. Draft an email disputing the cleaning charge."),
    ],
    "asks for writing after a sum",
)
_tickets, _price = 4, "38.50"
conv(
    "conv-sum-then-draft-a-message",
    [
        (U, f"{_tickets} concert tickets at £{_price} each - total?"),
        (A, f"£{two_dp(_tickets * dec(_price))}."),
        (
            U,
            (
                "The gig got cancelled. Write me a complaint to the ticket site asking for a"
                " refund of the booking fees as well."
            ),
        ),
    ],
    "asks for writing after a sum",
)

_pay, _rent_now = 2350, 1150
conv(
    "conv-sum-then-advice-missing-facts",
    [
        (
            U,
            (
                f"Take-home is £{_pay:,} a month and rent is £{_rent_now:,}. What share of my pay"
                " goes on rent?"
            ),
        ),
        (A, f"About {float(F(_rent_now, _pay) * 100):.1f}% of your take-home pay."),
        (U, "Should I move further out to somewhere cheaper?"),
    ],
    "asks for advice while the deciding facts are missing",
)
_car_a, _car_b = 12500, 15900
conv(
    "conv-sum-then-advice-missing-facts",
    [
        (U, f"One car is £{_car_a:,}, the other £{_car_b:,}. What's the difference?"),
        (A, f"£{_car_b - _car_a:,}."),
        (U, "Which one should I buy?"),
    ],
    "asks for advice while the deciding facts are missing",
)
_saved, _goal = 6400, 20000
conv(
    "conv-sum-then-advice-missing-facts",
    [
        (U, f"I've saved £{_saved:,} towards a £{_goal:,} deposit. How much more do I need?"),
        (A, f"£{_goal - _saved:,} more."),
        (U, "Is it better to keep saving in cash or put it in the stock market?"),
    ],
    "asks for advice while the deciding facts are missing",
)
_old_bill, _new_bill = "64.00", "81.60"
conv(
    "conv-sum-then-advice-missing-facts",
    [
        (
            U,
            (
                f"My energy direct debit went from £{_old_bill} to £{_new_bill}. What's the"
                " percentage rise?"
            ),
        ),
        (A, f"{float((dec(_new_bill) / dec(_old_bill) - 1) * 100):g}%."),
        (U, "Should I switch supplier or fix my tariff?"),
    ],
    "asks for advice while the deciding facts are missing",
)
_kids, _per_kid = 3, 85
conv(
    "conv-sum-then-advice-missing-facts",
    [
        (U, f"School trip is £{_per_kid} per child and I've got {_kids} kids going. Total?"),
        (A, f"£{_kids * _per_kid}."),
        (U, "Money's tight. Do I let all three go, or is it fairer to skip this one?"),
    ],
    "asks for advice while the deciding facts are missing",
)

_total_taxi, _riders = "48.60", 4
conv(
    "conv-sum-then-is-that-fair",
    [
        (U, f"Taxi from the airport was £{_total_taxi} for {_riders} of us. Even split?"),
        (A, f"£{two_dp(dec(_total_taxi) / _riders)} each."),
        (U, "But I got dropped off first, way before the others. Is it fair I pay the same?"),
    ],
    "asks for a verdict on a result",
)
_salad, _steak = "11.50", "32.00"
conv(
    "conv-sum-then-is-that-fair",
    [
        (U, f"I had a £{_salad} salad, my friend had a £{_steak} steak. How much more was hers?"),
        (A, f"£{two_dp(dec(_steak) - dec(_salad))} more."),
        (U, "She wants to split it fifty-fifty like always. Am I petty for minding?"),
    ],
    "asks for a verdict on a result",
)
_big_room, _small_room, _rent2 = 16, 9, 1500
conv(
    "conv-sum-then-is-that-fair",
    [
        (
            U,
            (
                f"Rent £{_rent2:,}; split by room size, {_big_room} m² and {_small_room} m²."
                " What does the big room pay?"
            ),
        ),
        (A, f"£{two_dp(F(_rent2 * _big_room, _big_room + _small_room))}."),
        (
            U,
            (
                "The small room has the better view and the en-suite. Is area even a fair way to"
                " split it?"
            ),
        ),
    ],
    "asks for a verdict on a result",
)
_chores_a, _chores_b = 11, 4
conv(
    "conv-sum-then-is-that-fair",
    [
        (
            U,
            (
                f"I did {_chores_a} of the chores on the rota and my partner did {_chores_b}. What"
                " share did I do?"
            ),
        ),
        (A, f"{float(F(_chores_a, _chores_a + _chores_b) * 100):.1f}% of them."),
        (U, "He says his job is more tiring so it evens out. Does it?"),
    ],
    "asks for a verdict on a result",
)
_pot, _winners = 360, 3
conv(
    "conv-sum-then-is-that-fair",
    [
        (U, f"Office sweepstake pot is £{_pot} and {_winners} people tied. Each gets?"),
        (A, f"£{_pot // _winners} each."),
        (U, "One of them only joined the day before. Should she really get a full share?"),
    ],
    "asks for a verdict on a result",
)

_princ, _r, _yrs = 1000, 5, 3
_compound = _princ * (1 + pct(_r)) ** _yrs
conv(
    "conv-method-then-why-it-works",
    [
        (U, f"£{_princ:,} at {_r}% compound interest, after {_yrs} years?"),
        (A, f"About £{float(_compound):,.2f}."),
        (U, "Why does compound interest pull ahead of simple interest as time goes on?"),
    ],
    "asks for the reason behind a method",
)
_nums = (14, 18, 21, 47)
conv(
    "conv-method-then-why-it-works",
    [
        (U, "Mean and median of " + ", ".join(str(n_) for n_ in _nums) + "?"),
        (
            A,
            (
                f"Mean {float(F(sum(_nums), len(_nums))):g}, median"
                f" {float(F(_nums[1] + _nums[2], 2)):g}."
            ),
        ),
        (U, "House price reports always use the median. Why is that better than the mean?"),
    ],
    "asks for the reason behind a method",
)
_list_price, _off1, _off2 = 200, 20, 10
conv(
    "conv-method-then-why-it-works",
    [
        (U, f"£{_list_price} item, {_off1}% off then another {_off2}% off at the till. Price?"),
        (A, f"£{two_dp(_list_price * (1 - pct(_off1)) * (1 - pct(_off2)))}."),
        (U, "Why isn't that the same as 30% off? Explain it like I'm bad at maths."),
    ],
    "asks for the reason behind a method",
)
_base_f = 100
conv(
    "conv-method-then-why-it-works",
    [
        (U, f"What's {_base_f} °F in Celsius?"),
        (A, f"About {float(f_to_c(_base_f)):.1f} °C."),
        (U, "Why does the formula subtract 32 before multiplying? Where does that come from?"),
    ],
    "asks for the reason behind a method",
)
_up, _down = 50, 50
conv(
    "conv-method-then-why-it-works",
    [
        (
            U,
            (
                f"A share goes up {_up}% and then down {_down}%. Where does it end up, relative to"
                " where it started?"
            ),
        ),
        (A, f"At {float((1 + pct(_up)) * (1 - pct(_down)) * 100):g}% of the starting value."),
        (U, "That feels wrong. Why doesn't it get back to where it began?"),
    ],
    "asks for the reason behind a method",
)

_marathon_min = 4 * 60
_km = dec("42.195")
_pace = F(_marathon_min) / _km
conv(
    "conv-figure-then-make-a-plan",
    [
        (U, "What pace per km do I need for a 4-hour marathon?"),
        (A, f"About {int(_pace)}:{round((_pace - int(_pace)) * 60):02d} per km."),
        (U, "OK, make me a 16-week training plan to get there from running 20 km a week."),
    ],
    "asks for a plan after a figure was worked out",
)
_budget, _days_trip = 1800, 12
conv(
    "conv-figure-then-make-a-plan",
    [
        (U, f"£{_budget:,} for a {_days_trip}-day trip. Per day?"),
        (A, f"£{two_dp(F(_budget, _days_trip))} a day."),
        (U, "Plan me a two-week route around Vietnam that fits that kind of daily budget."),
    ],
    "asks for a plan after a figure was worked out",
)
_wedding, _guests = 14000, 80
conv(
    "conv-figure-then-make-a-plan",
    [
        (U, f"Wedding budget £{_wedding:,}, {_guests} guests. Per head?"),
        (A, f"£{two_dp(F(_wedding, _guests))} per guest."),
        (U, "Help me decide where to cut costs so we can invite ten more people."),
    ],
    "asks for a plan after a figure was worked out",
)
_words, _chapter_n = 80000, 25
conv(
    "conv-figure-then-make-a-plan",
    [
        (U, f"Novel target {_words:,} words across {_chapter_n} chapters. Words per chapter?"),
        (A, f"{_words // _chapter_n:,} words per chapter."),
        (U, "Now outline a cosy mystery set in a seaside bakery with that many chapters."),
    ],
    "asks for a plan after a figure was worked out",
)
_revision_hours, _weeks_left = 120, 8
conv(
    "conv-figure-then-make-a-plan",
    [
        (U, f"I want {_revision_hours} hours of revision over {_weeks_left} weeks. Per week?"),
        (A, f"{_revision_hours // _weeks_left} hours a week."),
        (U, "Make me a weekly timetable for chemistry, maths and history around a Saturday job."),
    ],
    "asks for a plan after a figure was worked out",
)

conv(
    "conv-unit-then-its-history",
    [
        (U, "How many kilograms is 11 stone?"),
        (A, f"About {float(11 * STONE):.1f} kg."),
        (U, "Why do British people still weigh themselves in stones?"),
    ],
    "asks for the history behind a unit",
)
conv(
    "conv-unit-then-its-history",
    [
        (U, "20 knots in km/h?"),
        (A, f"{float(20 * 1852 / 1000):g} km/h."),
        (U, "Where does the word 'knot' for speed come from? Something to do with rope?"),
    ],
    "asks for the history behind a unit",
)
conv(
    "conv-unit-then-its-history",
    [
        (U, "How many feet is a 400 m running track lap?"),
        (A, f"About {float(400 / FT):,.0f} feet."),
        (
            U,
            (
                "Why did athletics switch from the mile to metric distances, but the mile race"
                " survived?"
            ),
        ),
    ],
    "asks for the history behind a unit",
)
conv(
    "conv-unit-then-its-history",
    [
        (
            U,
            (
                "A 3.5-inch floppy disk held 1.44 'MB' - how many KiB is that if 1 MB meant 1000"
                " KiB?"
            ),
        ),
        (A, f"{int(dec('1.44') * 1000)} KiB."),
        (U, "Why was the floppy 'megabyte' such a weird mixture of 1000 and 1024?"),
    ],
    "asks for the history behind a unit",
)
conv(
    "conv-unit-then-its-history",
    [
        (U, "2 hectares of meadow - roughly how many acres is that?"),
        (A, f"About {float(2 * HECTARE / ACRE):.2f} acres."),
        (U, "What was an acre originally supposed to be, before anyone defined it in metres?"),
    ],
    "asks for the history behind a unit",
)

_items_fix = ("220.00", "85.50")
conv(
    "conv-sum-then-translate",
    [
        (
            U,
            (
                f"Plumber charged €{_items_fix[0]} for the boiler and €{_items_fix[1]} call-out."
                " Total?"
            ),
        ),
        (A, f"€{two_dp(sum(dec(x_) for x_ in _items_fix))}."),
        (
            U,
            (
                "Write a short note to my Spanish landlord, in Spanish, asking him to reimburse"
                " that."
            ),
        ),
    ],
    "asks for a translation after a sum",
)
_nights_b, _per_night_b = 5, 96
conv(
    "conv-sum-then-translate",
    [
        (U, f"{_nights_b} nights at €{_per_night_b}. Total?"),
        (A, f"€{_nights_b * _per_night_b}."),
        (
            U,
            (
                "Please write an email in Italian to the B&B confirming the booking and asking"
                " about parking."
            ),
        ),
    ],
    "asks for a translation after a sum",
)
_lessons_de, _per_lesson = 8, 45
conv(
    "conv-sum-then-translate",
    [
        (U, f"{_lessons_de} piano lessons at €{_per_lesson}. What do I owe the teacher?"),
        (A, f"€{_lessons_de * _per_lesson}."),
        (
            U,
            (
                "How do I say 'here is the money for the lessons, thank you for your patience' in"
                " German, politely?"
            ),
        ),
    ],
    "asks for a translation after a sum",
)
_yen_meal, _yen_people = 12600, 3
conv(
    "conv-sum-then-translate",
    [
        (U, f"Restaurant bill ¥{_yen_meal:,} for {_yen_people}. Each?"),
        (A, f"¥{_yen_meal // _yen_people:,} each."),
        (U, "How do I ask the waiter in Japanese if we can pay separately?"),
    ],
    "asks for a translation after a sum",
)
_fr_rent, _fr_charges = 780, 65
conv(
    "conv-sum-then-translate",
    [
        (U, f"Rent €{_fr_rent} plus €{_fr_charges} charges. Monthly total?"),
        (A, f"€{_fr_rent + _fr_charges}."),
        (
            U,
            (
                "Translate 'I will pay by bank transfer on the first of each month' into French"
                " for the tenancy form."
            ),
        ),
    ],
    "asks for a translation after a sum",
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
    # no register (family name) of this set is a family name of sets 19 to 129
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 129: {reused}"
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
