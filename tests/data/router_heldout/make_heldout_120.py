r"""Generate heldout-2027-04-02.jsonl: a hundred-and-twentieth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-02 by a helper session working only in /work/sealed120, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT
heldout-2027-04-02.jsonl, PREFIX "ho120-", earlier generators 1-119, register check against sets
19 to 119); only its two title lines, this provenance, the run line and its four question
sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed120/earlier_registers.txt (2427 earlier family names), grepped for the key words
  of every candidate name, so that no family of this set repeats one or sits close to one
  (hits such as pottery_kiln_cooperative, escape_room_game_master, exchange_student_host_family,
  wedding_guest_flying_abroad, hotel_night_auditor, school_trip_organiser,
  cycling_sportive_organiser, wheelchair_basketball_club and expat_family_moving_to_lisbon led
  to other choices);
- of the copied script (2156 lines): the docstring, set-up, helpers and the start of the
  calculator section (lines 1-351), the units set-up (638-698), the datetime set-up (911-995),
  the negatives set-up with neg/conv (1301-1308), and the weekday check, checks and output
  (1933-2156). By a slip, the eight lines just before 1933 (the tail of the previous set's last
  conversation, about reading a novel) were also shown; no topic of this set draws on them.
The previous set's question sections were otherwise never viewed: a splicing script asserted the
boundary lines (351 `P = "plain"`, 638, 911 and 1301 the section rules, 697-698 the end of unit_r
and the blank line after it, 995 the sayus assertion, 1308 the end of conv, 1933 the
weekday-check comment) and kept only the five read ranges, so lines 352-637, 699-910, 996-1300
and 1309-1932 were dropped by line number, and four new sections were written from scratch in
scratch files (an unread byte copy of the original was kept beside them until the end; all were
then deleted). No git history, web or code search, router, tools, tests, other files under
/work/main or other generators were read (the script imports earlier generators itself, in
memory, for its duplicate and register checks). No JSONL was read; expected values were
reviewed from this script's own --show listing (id, expected value, tolerance) and its source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (newlyweds furnishing a first
  flat, a nurse on a contract in Dubai, a first-time skier in Austria, a friend at a destination
  wedding in Bali, a graduate trekking in Peru, a home baker selling macarons, a vet nurse
  covering weekend calls, a grandma minding kids over half term, an accountant seconded to
  Singapore, a bikepacking trip across Scotland, a student flat hunting near campus, an Erasmus
  student in Madrid, a buyer comparing new car finance, a gardener building raised beds, a
  couple road-tripping in Norway, a birdwatcher on a Shetland trip, a sixth former sitting
  A levels, a student building a gaming PC, a DIY novice tiling a splashback, a cornet player in
  a village band, an indoor cyclist on a smart trainer, a year six teacher booking a
  residential, a parquet floor layer, a couple moving into a bungalow and an online seller
  clearing the loft), each register used by all three tools, the first six with two items per
  tool. Phrasing varies: statements, questions, imperatives, lowercase, symbols (×, ÷, −, °C,
  °F, m², ^) and written-out units, pounds, euros, dirhams, rupiah, soles, kroner, US and
  Singapore dollars, ISO and written dates with and without computed weekdays, clock times,
  fixed offsets (+04:00, +01:00, +00:00, +08:00, -05:00, -04:00), extra context sentences.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals kept as strings and read with dec()):
  Fraction and Decimal for money and quantities (money() asserts whole pence or cents, whole_up
  where only whole pairs or boxes count), exact unit definitions for conversions (from the
  set-up: inch, foot, yard, mile, avoirdupois pound and ounce, acre, square and cubic feet, psi,
  bar, GiB/MiB, km/h and mph, Celsius/Fahrenheit; added here: litre, hectare, the international
  nautical mile and the knot), graded exactly when the result terminates in at most three
  decimals and at 0.1% otherwise (unit_r asserting that an answer rounded to two decimals still
  passes), and datetime/date arithmetic for dates, weekdays, ages, spans, inclusive day counts,
  whole weeks, nth and last weekdays, calendar-month steps (add_months), working days
  (workday_after), clock intervals across midnight, and fixed offsets converted with tz-aware
  datetimes (zone(), at(), local_hour(), which asserts the conversion lands on the hour, since
  those items ask for the hour alone). Weekdays written next to dates come from the computed
  date (sayw), and the Monday the half-term prose relies on was asserted. No contested unit
  words (ton, gallon, cup, pint, barrel, stone, calorie, a month as a length) appear in
  positives.
- 200 negatives: 100 ordinary ones in ten new topics (glacier and desert marvels, neighbour and
  coworker awkwardness, retirement speeches and christening verses, Swift, Haskell and Bash
  critique, Bronze Age and Crusade whys, novel and sitcom verdicts, orchard and lawn riddles,
  proverb and place-name stories, amphibian and fish oddities, wearable and social media
  ethics), 65 near-negatives shaped like positives but needing the model (numbers used as
  names, ballpark guesses with no figures given, why a piece of arithmetic works, code that
  does a calculation, what stated figures mean, whether something is worth the money, facts
  nobody stated), and 35 conversations whose last turn asks for writing after a sum, for
  advice while the needed figures are still missing, for a verdict on a result, for the
  reasoning behind an answer, or about titles that contain numbers; none ends in a plain exact
  question. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 119,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), a comparison of all 47 family names of this set with earlier_registers.txt (no
match), and a check with ast that no name bound in the new sections rebinds a set-up constant
or helper (none; the question sections live in functions, so their figures are local). The
first run stopped at unit_r's two-decimal assertion for 32 psi in bar (2.21 is 0.17% off), so
the figure became 87 psi; the second stopped there for a 3.4 km ski run in miles (2.11 is
0.13% off), so it became 4.2 km. The third run passed every check up to the duplicate check,
which flagged 15 items matching earlier sets word for word (plain questions on the square root
of 7,056, the weekday of 9 November 1989, the minutes from 21:40 to 06:15 and 12 hectares in
acres; near-negatives on the trees on Earth, the Eiffel Tower, the Mariana Trench, the Great
Wall, water boiling on Everest and dividing by a fraction; and five conversations through their
first user turn: 15% of 260, the weekday of 1 January 2000, 100 °F in Celsius, 2 to the power
10 and 9 × 7). All were reworded with new figures or subjects (the square root of 9,409 was
itself a repeat, so 12,769; 3 October 1990; 21:52 to 06:37; 7.5 hectares; trees in the Amazon
basin, the Shard, Lake Baikal, the Danube, Kilimanjaro, dividing by a half; 15% of 340,
29 February 2000, 104 °F, 2^20 and nine times eight), computed in code where they are
positives, and the run after that passed. Ruff check was clean; ruff format rewrapped the new
sections, after which two lines were 100 characters long and were shortened (a GiB question
and a conversation turn); ruff check and ruff format were then clean, no line exceeded 99
characters, and the script was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_120.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's expected value, or --digest to print only the sha256 of the output)
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
OUT = HERE / "heldout-2027-04-02.jsonl"
PREFIX = "ho120-"
# earlier generators: sets 1-119 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 120))
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
    """A sum of money, asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


R01 = "newlyweds_furnishing_a_first_flat"
R02 = "nurse_on_a_contract_in_dubai"
R03 = "first_time_skier_in_austria"
R04 = "friend_at_a_destination_wedding_in_bali"
R05 = "graduate_trekking_in_peru"
R06 = "home_baker_selling_macarons"
R07 = "vet_nurse_covering_weekend_calls"
R08 = "grandma_minding_kids_over_half_term"
R09 = "accountant_seconded_to_singapore"
R10 = "bikepacking_trip_across_scotland"
R11 = "student_flat_hunting_near_campus"
R12 = "erasmus_student_in_madrid"
R13 = "buyer_comparing_new_car_finance"
R14 = "gardener_building_raised_beds"
R15 = "couple_road_tripping_in_norway"
R16 = "birdwatcher_on_a_shetland_trip"
R17 = "sixth_former_sitting_a_levels"
R18 = "student_building_a_gaming_pc"
R19 = "diy_novice_tiling_a_splashback"
R20 = "cornet_player_in_a_village_band"
R21 = "indoor_cyclist_on_a_smart_trainer"
R22 = "year_six_teacher_booking_a_residential"
R23 = "parquet_floor_layer"
R24 = "couple_moving_into_a_bungalow"
R25 = "online_seller_clearing_the_loft"


def _calculator_items():
    # plain one-liners
    calc(P, "What is 4,736 × 58?", 4736 * 58)
    calc(P, "Work out 12.5% of 6,840.", pct("12.5") * 6840)
    calc(P, "9,261 ÷ 21 = ?", F(9261, 21))
    assert 113 * 113 == 12769
    calc(P, "Find the square root of 12,769.", 113)
    calc(P, "What's 3.75 + 18.6 − 7.09?", dec("3.75") + dec("18.6") - dec("7.09"))
    calc(P, "Compute 2 to the power of 17.", 2**17)
    calc(P, "what is 7! divided by 5!", F(math.factorial(7), math.factorial(5)))
    calc(P, "Calculate (48 + 27) × 16 − 350.", (48 + 27) * 16 - 350)
    calc(P, "What is 0.35 × 0.48?", dec("0.35") * dec("0.48"))
    calc(P, "Give 1/8 + 3/5 as a decimal.", F(1, 8) + F(3, 5))
    calc(P, "87 is what percentage of 348?", F(87, 348) * 100)
    calc(P, "Increase 2,450 by 18%.", 2450 * (1 + pct(18)))
    calc(P, "Divide 1,000 by 32, please.", F(1000, 32))
    calc(P, "What is 15 cubed minus 12 squared?", 15**3 - 12**2)

    # registers (R01-R06 twice)
    sofa, bed, mattress, side, off = 749, 385, 429, "64.50", 15
    calc(
        R01,
        f"We're furnishing our first flat: a sofa at £{sofa}, a bed frame at £{bed}, a "
        f"mattress at £{mattress} and two bedside tables at £{side} each. The shop takes {off}% "
        "off the whole order for couples on its wedding list. What do we pay?",
        money((sofa + bed + mattress + 2 * dec(side)) * (1 - pct(off))),
    )
    panels, pair = 7, "38.99"
    calc(
        R01,
        f"Our new flat needs {panels} curtain panels but the ready-made ones only come in "
        f"pairs at £{pair} a pair. What's the least we can spend on them?",
        money(whole_up(F(panels, 2)) * dec(pair)),
    )
    salary, share, rate = 21600, 35, "0.215"
    calc(
        R02,
        f"I send home {share}% of my AED {salary:,} monthly nursing salary in Dubai. At 1 AED = "
        f"£{rate}, how many pounds is that each time?",
        money(pct(share) * salary * dec(rate)),
    )
    hourly, shifts, long_h, short_h = 165, 3, "12.5", 8
    calc(
        R02,
        f"Overtime on the ward pays AED {hourly} an hour. I did {shifts} extra shifts of "
        f"{long_h} hours and one of {short_h} hours. What's my overtime pay in dirhams?",
        hourly * (shifts * dec(long_h) + short_h),
    )
    adult, child, hire, ndays = 349, 199, 32, 6
    calc(
        R03,
        f"First ski trip! A {ndays}-day lift pass is €{adult} per adult and €{child} per child, "
        f"and ski hire is €{hire} per person per day. Two adults and two kids for {ndays} days "
        "- total cost?",
        2 * adult + 2 * child + 4 * hire * ndays,
    )
    school, mornings, fee = 285, 5, 15
    calc(
        R03,
        f"Beginner ski school costs €{school} for {mornings} mornings. I'm missing one morning "
        f"and they refund it pro rata minus a €{fee} admin fee. How much do I get back?",
        F(school, mornings) - fee,
    )
    flight, villa, nights, people, idr = 1146, 2450000, 6, 4, 20000
    calc(
        R04,
        f"For my friend's wedding in Bali: flights £{flight:,} return, and a villa at IDR "
        f"{villa:,} a night split four ways for {nights} nights. At IDR {idr:,} to the pound, "
        "what's my total in pounds?",
        money(flight + F(villa * nights, people * idr)),
    )
    base, each, extra, gift = 14, 45, 3, 720
    calc(
        R04,
        f"Gift kitty for the couple: {base} guests put in £{each} each and {extra} put in £60. "
        f"The gift costs £{gift}. How much is left over?",
        base * each + extra * 60 - gift,
    )
    trek, porter, tip, soles = 789, 145, 80, "3.72"
    calc(
        R05,
        f"The Inca Trail trek is US${trek}, an extra porter ${porter} and I'm tipping ${tip}. "
        f"At {soles} soles per dollar, what's that in soles?",
        money((trek + porter + tip) * dec(soles)),
    )
    per_day, total_days, spent, so_far = 95, 16, "1,137.50", 11
    calc(
        R05,
        f"I budgeted {per_day} soles a day for {total_days} days in Peru and have spent "
        f"{spent} soles after {so_far} days. How much can I spend per day for the rest?",
        F(per_day * total_days - dec(spent.replace(",", "")), total_days - so_far),
    )
    batch, cost, box, price = 48, "13.20", 6, "9.50"
    calc(
        R06,
        f"A batch of {batch} macarons costs me £{cost} in ingredients and I sell them in boxes "
        f"of {box} at £{price}. What's my profit per batch if everything sells?",
        money(F(batch, box) * dec(price) - dec(cost)),
    )
    pitch, card, boxes = 35, "1.75", 40
    calc(
        R06,
        f"The market pitch is £{pitch} and the card reader takes {card}% of takings. If I sell "
        f"{boxes} boxes at £{price}, what do I clear after both?",
        money(boxes * dec(price) * (1 - pct(card)) - pitch),
    )
    standby, hours, callout, calls = "18.40", 40, 32, 3
    calc(
        R07,
        f"Weekend on-call at the vets pays £{standby} an hour on standby plus £{callout} for "
        f"each call-out. I was on standby {hours} hours and went in {calls} times. Pay?",
        money(dec(standby) * hours + calls * callout),
    )
    kid, me, senior, pop = "7.25", "10.80", 20, "4.60"
    calc(
        R08,
        f"Half-term cinema with the three grandkids: child tickets £{kid} each, mine £{me} less "
        f"a {senior}% senior discount, and popcorn at £{pop} for each child. What do I spend?",
        money(3 * dec(kid) + dec(me) * (1 - pct(senior)) + 3 * dec(pop)),
    )
    pay, rent, covered = 9800, 4200, 60
    calc(
        R09,
        f"On secondment in Singapore I'm paid S${pay:,} a month. Rent is S${rent:,} and the firm "
        f"covers {covered}% of it. What's left of my pay after my share of the rent?",
        pay - (1 - pct(covered)) * rent,
    )
    camp, camp_n, bnb, food, food_d = 14, 4, 85, 22, 7
    calc(
        R10,
        f"Bikepacking budget for Scotland: {camp_n} campsite nights at £{camp}, two free bothy "
        f"nights, one B&B at £{bnb}, and food at £{food} a day for {food_d} days. Total?",
        camp_n * camp + bnb + food * food_d,
    )
    house, bills, premium = 2275, 310, 60
    calc(
        R11,
        f"Five of us are renting a student house: £{house:,} rent plus £{bills} bills a month. "
        f"The big room pays £{premium} more than each of the other four. What does a small "
        "room pay?",
        F(house + bills - premium, 5),
    )
    grant, room, metro, per = 540, 385, 20, 30
    calc(
        R12,
        f"My Erasmus grant in Madrid is €{grant} a month, my room is €{room} and the metro pass "
        f"€{metro}. If the rest goes on food, how much is that per day over {per} days?",
        F(grant - room - metro, per),
    )
    deposit, n_pay, monthly, balloon = 2500, 36, 289, 7850
    calc(
        R13,
        f"Car finance quote: £{deposit:,} deposit, {n_pay} payments of £{monthly}, then "
        f"£{balloon:,} at the end if I keep the car. What's the total I'd pay?",
        deposit + n_pay * monthly + balloon,
    )
    beds, sleepers, sleeper, screws, soil, soil_p = 4, 6, "11.75", "3.40", "0.4", 62
    calc(
        R14,
        f"I'm building {beds} raised beds. Each takes {sleepers} sleepers at £{sleeper}, a "
        f"£{screws} bag of screws and {soil} cubic metres of topsoil at £{soil_p} per cubic "
        "metre. What's the total cost?",
        money(beds * (sleepers * dec(sleeper) + dec(screws) + dec(soil) * soil_p)),
    )
    ferries, ferry, tolls, site, site_n, nok = 3, 218, 436, 340, 5, "11.25"
    calc(
        R15,
        f"Norway road trip: {ferries} fjord ferries at NOK {ferry}, road tolls of NOK {tolls} "
        f"altogether and a campsite at NOK {site} a night for {site_n} nights. At NOK {nok} to "
        "the euro, what's that in euros?",
        F(ferries * ferry + tolls + site * site_n) / dec(nok),
    )
    boat, kid_off = 55, 40
    calc(
        R16,
        f"The boat trip round the gannet cliffs is £{boat} per adult, and our 12-year-old gets "
        f"{kid_off}% off. Two adults and the child come to how much?",
        2 * boat + boat * (1 - pct(kid_off)),
    )
    cw, cw_max, ex, ex_max, cw_w = 68, 80, 142, 200, 20
    calc(
        R17,
        f"My coursework mark is {cw} out of {cw_max} and my exam mark {ex} out of {ex_max}. "
        f"Coursework counts {cw_w}% and the exam the rest. What's my overall percentage?",
        pct(cw_w) * F(cw, cw_max) * 100 + (1 - pct(cw_w)) * F(ex, ex_max) * 100,
    )
    parts = ("549.99", "229.99", "164.50", "89.99", "74.49", "139")
    calc(
        R18,
        f"PC build: graphics card £{parts[0]}, CPU £{parts[1]}, motherboard £{parts[2]}, RAM "
        f"£{parts[3]}, SSD £{parts[4]} and case with PSU £{parts[5]}. Add it up for me.",
        money(sum(dec(p) for p in parts)),
    )
    area, cover, box_p, grout, glue = "2.6", "0.9", "24.60", "8.75", "17.40"
    calc(
        R19,
        f"My splashback is {area} m² and each box of tiles covers {cover} m² for £{box_p}. "
        f"With grout at £{grout} and adhesive at £{glue}, what do I spend (whole boxes only)?",
        money(whole_up(dec(area) / dec(cover)) * dec(box_p) + dec(grout) + dec(glue)),
    )
    players, subs, wks, hall = 26, 6, 40, 1150
    calc(
        R20,
        f"Our village band has {players} players paying £{subs} a week subs for {wks} weeks of "
        f"rehearsals, and the hall hire is £{hall:,} for the season. What's left after the hall?",
        players * subs * wks - hall,
    )
    trainer, sub_p, subs_n = 699, "17.99", 18
    calc(
        R21,
        f"The smart trainer cost £{trainer} and the riding app is £{sub_p} a month. After "
        f"{subs_n} monthly payments, how much have I spent in total?",
        money(trainer + subs_n * dec(sub_p)),
    )
    centre, coach, pupils = 13250, 670, 58
    calc(
        R22,
        f"The residential centre charges £{centre:,} for our group and the coach is £{coach}. "
        f"Split across {pupils} pupils, what does each pay?",
        money(F(centre + coach, pupils)),
    )
    length, width, waste, sqm = "4.6", "3.5", 10, 55
    calc(
        R23,
        f"Herringbone oak at £{sqm} per square metre for a {length} m by {width} m room, plus "
        f"{waste}% for offcuts. What does the wood cost?",
        money(dec(length) * dec(width) * (1 + pct(waste)) * sqm),
    )
    sold, bought, agent, vat, solicitor, duty = 412000, 298500, "1.2", 20, 1850, 4925
    calc(
        R24,
        f"We sold for £{sold:,} and bought our bungalow for £{bought:,}. The agent charged "
        f"{agent}% of the sale price plus {vat}% VAT on that fee, the solicitor £{solicitor:,} "
        f"and stamp duty was £{duty:,}. How much of the difference is left?",
        money(sold - bought - sold * pct(agent) * (1 + pct(vat)) - solicitor - duty),
    )
    takings, site_fee, per_item, n_items, post = 386, "12.5", "0.30", 14, "61.40"
    calc(
        R25,
        f"Loft clear-out: {n_items} things sold online for £{takings} in all. The site keeps "
        f"{site_fee}% plus £{per_item} per item, and postage cost me £{post}. What did I make?",
        money(takings * (1 - pct(site_fee)) - n_items * dec(per_item) - dec(post)),
    )


_calculator_items()

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
NAUT_MI = F(1852)  # m, the international nautical mile
KNOT = NAUT_MI / 3600  # m/s


def _units_items():
    # plain one-liners
    unit_r(P, "Convert 74 kilograms to pounds.", 74 / LB)
    unit_r(P, "How many feet is 2,750 metres?", 2750 / FT)
    unit_r(P, "68 mph in km/h?", 68 * MPH / KMH)
    unit(P, "What is 37.8 °C in Fahrenheit?", c_to_f(dec("37.8")), EXACT)
    unit_r(P, "How many square metres is 1,850 square feet?", 1850 * SQFT)
    unit(P, "5 feet 9 inches in centimetres", (5 * FT + 9 * IN) * 100, EXACT)
    unit_r(P, "how many ounces are there in 1.2 kg", dec("1.2") / OZ)
    unit_r(P, "Convert 87 psi to bar.", 87 * PSI / BAR)
    unit(P, "what's 6.5 GiB in MiB", dec("6.5") * GIB / MIB, EXACT)
    unit_r(P, "Convert 7.5 hectares into acres.", dec("7.5") * HECTARE / ACRE)
    unit_r(P, "Convert −12 °F to Celsius.", f_to_c(-12))
    unit_r(P, "How many yards are in 400 metres?", 400 / YD)
    unit(P, "Express 3 miles in metres.", 3 * MI, EXACT)
    unit(P, "25 knots is how many km/h?", 25 * KNOT / KMH, EXACT)

    # registers (R01-R06 twice)
    sofa_in = 84
    unit(
        R01,
        f"The sofa we like is {sofa_in} inches wide. How many centimetres is that?",
        sofa_in * IN * 100,
        EXACT,
    )
    rug_a, rug_b = 8, 10
    unit_r(
        R01,
        f"The rug for our first living room is {rug_a} ft by {rug_b} ft. What's its area in "
        "square metres?",
        rug_a * rug_b * SQFT,
    )
    hot = 46
    unit(
        R02,
        f"It hit {hot} °C outside the hospital in Dubai. What's that in °F?",
        c_to_f(hot),
        EXACT,
    )
    bag = 30
    unit_r(
        R02,
        f"My baggage allowance flying out to Dubai is {bag} kg. How many pounds can I pack?",
        bag / LB,
    )
    piste = "4.2"
    unit_r(
        R03,
        f"My first blue run is {piste} km long - how far is that in miles?",
        dec(piste) * 1000 / MI,
    )
    top = 2872
    unit_r(R03, f"The top lift station sits at {top} m. Convert that to feet.", top / FT)
    case_lb = 51
    unit_r(
        R04,
        f"My suitcase for the Bali wedding weighs {case_lb} lb on our scales. In kilograms?",
        case_lb * LB,
    )
    pool = 29
    unit(
        R04,
        f"The villa pool is heated to {pool} °C; what is that in Fahrenheit?",
        c_to_f(pool),
        EXACT,
    )
    pass_m = 4215
    unit_r(
        R05, f"Dead Woman's Pass on the Inca Trail is {pass_m} m high. How many feet?", pass_m / FT
    )
    trail_mi = 26
    unit_r(
        R05,
        f"The whole trek is {trail_mi} miles. What is that in kilometres?",
        trail_mi * MI / 1000,
    )
    almond = "4.5"
    unit_r(
        R06,
        f"An old macaron recipe asks for {almond} oz of ground almonds. How many grams?",
        dec(almond) * OZ * 1000,
    )
    oven = 300
    unit_r(R06, f"The recipe says bake at {oven} °F. What's that in Celsius?", f_to_c(oven))
    dog = 68
    unit_r(
        R07,
        f"A {dog} lb Labrador came in on the weekend call. What is its weight in kg, for the "
        "dose chart?",
        dog * LB,
    )
    paddling = 950
    unit_r(
        R08,
        f"The grandkids' paddling pool holds {paddling} litres. How many cubic feet is that?",
        paddling * LITRE / CUFT,
    )
    sg = 31
    unit(R09, f"Singapore was {sg} °C at 9 pm. In Fahrenheit, please.", c_to_f(sg), EXACT)
    route = 412
    unit_r(R10, f"Our bikepacking route is {route} miles. How many km is that?", route * MI / 1000)
    room_sqft = 145
    unit_r(
        R11,
        f"The listing says the bedroom is {room_sqft} sq ft. What's that in square metres?",
        room_sqft * SQFT,
    )
    toledo = 72
    unit_r(R12, f"Madrid to Toledo is {toledo} km. How far is it in miles?", toledo * 1000 / MI)
    top_speed = 155
    unit_r(
        R13,
        f"The car brochure lists a top speed of {top_speed} mph. In km/h?",
        top_speed * MPH / KMH,
    )
    bl, bw, bd = "2.4", "1.2", "0.3"
    unit(
        R14,
        f"A raised bed is {bl} m long, {bw} m wide and {bd} m deep. How many litres of soil "
        "fill it?",
        dec(bl) * dec(bw) * dec(bd) / LITRE,
        EXACT,
    )
    limit = 80
    unit_r(
        R15, f"Most Norwegian main roads are {limit} km/h. What's that in mph?", limit * KMH / MPH
    )
    ferry_nm = 211
    unit(
        R16,
        f"The overnight ferry to Lerwick covers {ferry_nm} nautical miles. How many kilometres?",
        ferry_nm * NAUT_MI / 1000,
        EXACT,
    )
    v = 90
    unit(R17, f"Physics revision: convert {v} km/h to metres per second.", v * KMH, EXACT)
    ssd = 2
    unit_r(
        R18,
        f"My SSD is sold as {ssd} TB, meaning {ssd} × 10^12 bytes. How many GiB is that?",
        ssd * 10**12 / F(GIB),
    )
    sw, sh = "1.8", "0.6"
    unit_r(
        R19,
        f"The splashback area is {sw} m by {sh} m. What's that in square feet?",
        dec(sw) * dec(sh) / SQFT,
    )
    tube = 137
    unit_r(R20, f"Unwound, a cornet's tubing is {tube} cm. How many inches?", F(tube, 100) / IN)
    ride = "28.6"
    unit_r(
        R21,
        f"I rode {ride} km on the trainer tonight. How many miles is that?",
        dec(ride) * 1000 / MI,
    )
    trip_mi = 94
    unit_r(
        R22, f"The residential centre is {trip_mi} miles from school. In km?", trip_mi * MI / 1000
    )
    floor_m2 = "16.1"
    unit_r(
        R23,
        f"The client's hallway floor is {floor_m2} m². How many square feet?",
        dec(floor_m2) / SQFT,
    )
    plot = "0.18"
    unit_r(
        R24,
        f"The bungalow's plot is {plot} acres. What is that in square metres?",
        dec(plot) * ACRE,
    )
    p_lb, p_oz = 3, 7
    unit_r(
        R25,
        f"A parcel from the loft weighs {p_lb} lb {p_oz} oz. What is that in kilograms?",
        p_lb * LB + p_oz * OZ,
    )


_units_items()

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


def zone(offset):
    """A fixed offset such as '+05:30' or '-04:00' as a tzinfo."""
    sign = -1 if offset[0] == "-" else 1
    h, m = (int(p) for p in offset[1:].split(":"))
    return dt.timezone(sign * TD(hours=h, minutes=m))


def at(day, clock, offset):
    """An aware datetime: a date, a wall-clock time and a fixed offset."""
    return DT.combine(day, dt.time.fromisoformat(clock), tzinfo=zone(offset))


def local_hour(day, clock, offset_from, offset_to):
    """The hour on the clock elsewhere, when the conversion lands on the hour."""
    there = at(day, clock, offset_from).astimezone(zone(offset_to))
    assert there.minute == 0, there
    return there.hour


def add_months(day, n):
    y, m = divmod(day.month - 1 + n, 12)
    return D(day.year + y, m + 1, day.day)


def workday_after(day, n):
    """The nth Monday-to-Friday day after a date (the date itself not counted)."""
    while n:
        day += TD(days=1)
        if day.weekday() < SAT:
            n -= 1
    return day


assert zone("-04:30").utcoffset(None) == -TD(hours=4, minutes=30)
assert add_months(D(2031, 3, 28), 35) == D(2034, 2, 28)
assert workday_after(D(2030, 12, 13), 1) == D(2030, 12, 16)


def _datetime_items():
    # plain one-liners
    reunited = D(1990, 10, 3)
    date_item(P, f"On which weekday did {say(reunited)} fall?", weekday(reunited))
    a, b = D(2029, 2, 12), D(2029, 9, 30)
    date_item(P, f"How many days are there from {say(a)} to {say(b)}?", days(a, b))
    start = D(2031, 5, 17)
    date_item(P, f"What date is 100 days after {start.isoformat()}?", start + TD(days=100))
    xmas = D(2034, 12, 25)
    date_item(P, f"Which weekday will {say(xmas)} fall on?", weekday(xmas))
    a, b = D(2030, 1, 6), D(2030, 3, 31)
    date_item(P, f"How many weeks is it from {say(a)} to {say(b)}?", weeks(a, b))
    end = D(2033, 3, 2)
    date_item(P, f"what's the date 45 days before {say(end)}", end - TD(days=45))
    born, on = D(1992, 8, 14), D(2031, 6, 3)
    date_item(P, f"How old is someone born on {say(born)} on {say(on)}?", age(born, on))
    date_item(P, "When is the third Thursday of October 2030?", nth_weekday(2030, 10, THU, 3))
    date_item(
        P, "How many minutes are there from 21:52 to 06:37?", clock_span("21:52", "06:37", 60)
    )
    date_item(P, "Give the date of the last Monday in May 2032.", nth_weekday(2032, 5, MON, -1))
    date_item(P, "How many minutes between 08:47 and 17:12?", clock_span("08:47", "17:12", 60))
    a, b = D(2030, 1, 1), D(2040, 1, 1)
    date_item(P, f"How many days from {say(a)} to {say(b)}?", days(a, b))
    kick = D(2031, 6, 2)
    date_item(
        P,
        f"A project starts on {sayw(kick)} and lasts 75 days, counting the start as day 1. "
        "What date is its last day?",
        kick + TD(days=74),
    )
    ny = D(2050, 1, 1)
    date_item(P, f"What day of the week is {say(ny)}?", weekday(ny))

    # registers (R01-R06 twice)
    ordered, lead = D(2030, 4, 11), 8
    date_item(
        R01,
        f"We ordered the sofa on {sayw(ordered)} and delivery takes {lead} weeks. On what date "
        "should it arrive?",
        ordered + TD(weeks=lead),
    )
    wed, later = D(2029, 9, 21), 38
    date_item(
        R01,
        f"We got married on {say(wed)} and got the keys to our first flat {later} days later. "
        "What date was that?",
        wed + TD(days=later),
    )
    shift_day = D(2031, 5, 6)
    date_item(
        R02,
        "My shift in Dubai (+04:00) ends at 19:00. What hour is that for my family in London "
        "on +01:00? Just the hour in 24-hour time.",
        local_hour(shift_day, "19:00", "+04:00", "+01:00"),
    )
    c_from, c_to = D(2030, 1, 14), D(2032, 1, 13)
    date_item(
        R02,
        f"My nursing contract runs from {say(c_from)} to {say(c_to)}. How many days is that, "
        "counting both the first and the last day?",
        days(c_from, c_to) + 1,
    )
    pass_from, pass_days = D(2031, 3, 10), 6
    date_item(
        R03,
        f"My {pass_days}-day lift pass starts on {sayw(pass_from)} and covers consecutive days. "
        "What's the last date I can ski on it?",
        pass_from + TD(days=pass_days - 1),
    )
    fly = D(2031, 3, 9)
    dep, arr = at(fly, "06:45", "+00:00"), at(fly, "10:20", "+01:00")
    date_item(
        R03,
        "Our flight leaves Manchester at 06:45 (+00:00) and lands in Innsbruck at 10:20 local "
        "time (+01:00). How many minutes are we in the air?",
        F(int((arr - dep).total_seconds()), 60),
    )
    d1, d2 = D(2030, 8, 4), D(2030, 8, 5)
    dep, arr = at(d1, "21:15", "+01:00"), at(d2, "22:40", "+08:00")
    date_item(
        R04,
        f"For the wedding I leave London at 21:15 (+01:00) on {say(d1)} and land in Denpasar at "
        f"22:40 (+08:00) on {say(d2)}. How long is the journey in minutes?",
        F(int((arr - dep).total_seconds()), 60),
    )
    big_day = D(2030, 9, 14)
    date_item(
        R04, f"The Bali wedding is on {say(big_day)}. What weekday is that?", weekday(big_day)
    )
    trek_start, trek_days = D(2030, 5, 22), 4
    date_item(
        R05,
        f"My {trek_days}-day trek starts on {say(trek_start)}, and we reach Machu Picchu on the "
        "last day. What date is that?",
        trek_start + TD(days=trek_days - 1),
    )
    call_day = D(2030, 6, 2)
    date_item(
        R05,
        "I'm in Lima (-05:00) and want to call my mum in Leeds (+01:00) at 19:00 my time. What "
        "hour will it be for her, in 24-hour time?",
        local_hour(call_day, "19:00", "-05:00", "+01:00"),
    )
    first_market, nth = D(2031, 4, 5), 6
    date_item(
        R06,
        f"The craft market runs every other Saturday from {sayw(first_market)}. What's the "
        f"date of market number {nth}?",
        first_market + TD(weeks=2 * (nth - 1)),
    )
    baked, keep = D(2031, 6, 27), 9
    date_item(
        R06,
        f"Filled macarons keep for {keep} days after baking. I baked on {say(baked)}; what is "
        "the last date I can sell them?",
        baked + TD(days=keep),
    )
    first_on, nth_on = D(2031, 1, 4), 5
    date_item(
        R07,
        f"I'm on call every third weekend, starting {sayw(first_on)}. On what date does my "
        f"number {nth_on} weekend start?",
        first_on + TD(weeks=3 * (nth_on - 1)),
    )
    ht_start, back = D(2031, 2, 15), D(2031, 2, 24)
    assert back.weekday() == MON
    date_item(
        R08,
        f"Half term starts on {sayw(ht_start)} and school is back on {sayw(back)}. How many "
        "days do I have the grandkids before school restarts?",
        days(ht_start, back),
    )
    sg_day = D(2031, 9, 10)
    date_item(
        R09,
        "My 21:00 call in Singapore (+08:00) is with the New York office on -04:00. What hour "
        "is it there? Give the hour in 24-hour time.",
        local_hour(sg_day, "21:00", "+08:00", "-04:00"),
    )
    ride_from, ride_days = D(2031, 6, 17), 11
    date_item(
        R10,
        f"Our {ride_days}-day ride across Scotland begins on {say(ride_from)}, day 1 being the "
        "start. What date do we finish?",
        ride_from + TD(days=ride_days - 1),
    )
    viewing, move_in = D(2030, 7, 12), D(2030, 9, 1)
    date_item(
        R11,
        f"We viewed the student house on {say(viewing)} and the tenancy starts on "
        f"{say(move_in)}. How many days apart are those?",
        days(viewing, move_in),
    )
    sem_a, sem_b = D(2030, 9, 13), D(2030, 12, 20)
    date_item(
        R12,
        f"My Erasmus semester in Madrid runs from {say(sem_a)} to {say(sem_b)}. How many weeks "
        "is that?",
        weeks(sem_a, sem_b),
    )
    first_pay, n_pay = D(2031, 3, 28), 36
    date_item(
        R13,
        f"The first car payment is on {say(first_pay)} and they fall on the 28th of each "
        f"calendar month. When is payment number {n_pay}?",
        add_months(first_pay, n_pay - 1),
    )
    sown, germ, grow = D(2031, 4, 18), 12, 5
    date_item(
        R14,
        f"I sowed the beans on {say(sown)}; they came up {germ} days later and go into the "
        f"raised beds {grow} weeks after that. What's planting-out day?",
        sown + TD(days=germ) + TD(weeks=grow),
    )
    sail = D(2031, 7, 6)
    land = DT.combine(sail, dt.time(20, 0)) + TD(hours=18, minutes=30)
    date_item(
        R15,
        f"The ferry to Norway sails at 20:00 on {say(sail)} and the crossing takes 18 hours "
        "30 minutes (no clock change). On what date do we land?",
        land.date(),
    )
    arrive, leave = D(2031, 5, 28), D(2031, 6, 9)
    date_item(
        R16,
        f"We're on Shetland from {say(arrive)} until {say(leave)}. How many nights is that?",
        days(arrive, leave),
    )
    last_exam, results = D(2031, 6, 19), D(2031, 8, 14)
    date_item(
        R17,
        f"My last A-level exam is on {say(last_exam)} and results day is {say(results)}. How "
        "many weeks do I wait?",
        weeks(last_exam, results),
    )
    ordered_pc, ship = D(2030, 10, 29), 17
    date_item(
        R18,
        f"I ordered the graphics card on {say(ordered_pc)} and it arrives {ship} days later. "
        "What day of the week will it come?",
        weekday(ordered_pc + TD(days=ship)),
    )
    grouted = D(2031, 3, 7)
    ready = DT.combine(grouted, dt.time(15, 30)) + TD(hours=72)
    date_item(
        R19,
        f"I finished grouting the splashback at 15:30 on {sayw(grouted)}. The grout needs 72 "
        "hours before it gets wet. On what date can I use the sink again?",
        ready.date(),
    )
    date_item(
        R20,
        "The brass band contest is on the second Saturday of November 2030. What date is that?",
        nth_weekday(2030, 11, SAT, 2),
    )
    event, plan = D(2031, 9, 7), 12
    date_item(
        R21,
        f"My {plan}-week trainer plan must end on the day of the event, {say(event)}. What date "
        "does the plan start if it begins exactly that many weeks earlier?",
        event - TD(weeks=plan),
    )
    trip, due = D(2031, 6, 23), 10
    date_item(
        R22,
        f"The residential starts on {say(trip)} and the final payment is due {due} weeks "
        "before. What date is the payment due?",
        trip - TD(weeks=due),
    )
    job_h, job_d = "38.5", 7
    date_item(
        R23,
        f"Laying the parquet took {job_h} hours spread evenly over {job_d} days. How many hours "
        "a day is that?",
        dec(job_h) / job_d,
    )
    completion, keys = D(2030, 11, 28), 3
    date_item(
        R24,
        f"Completion on our bungalow is {say(completion)} and we get the keys {keys} days "
        "later. What weekday is key day?",
        weekday(completion + TD(days=keys)),
    )
    paid = D(2030, 12, 12)
    date_item(
        R25,
        f"A buyer paid on {sayw(paid)}. I post on the third working day after payment "
        "(Monday to Friday, no holidays). What date do I post it?",
        workday_after(paid, 3),
    )


_datetime_items()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "ask-glacier-and-desert-marvels": (
        "Why do glaciers look blue instead of white?",
        "How do sand dunes 'sing' in some deserts?",
        "What makes the Atacama so dry compared with other deserts?",
        "Why do icebergs sometimes roll over without warning?",
        "How can anything live inside a glacier's meltwater channels?",
        "What causes the striped patterns you see on some desert rocks?",
        "Why are there stones that seem to slide across Racetrack Playa on their own?",
        "How do glaciers carve out U-shaped valleys?",
        "What is desert varnish and how does it form?",
        "Why does a desert get so cold at night?",
    ),
    "ask-neighbour-and-coworker-awkwardness": (
        "My neighbour's wind chimes keep me up at night. How do I raise it without a feud?",
        "A coworker keeps microwaving fish at lunch. Is it worth saying anything?",
        "How do I tell a colleague they keep talking over me in meetings?",
        "My neighbour parks across our drive now and then. What's a friendly way to bring it up?",
        "A teammate takes credit for my ideas in front of the boss. How should I handle it?",
        "How do I politely decline a neighbour's constant invitations to their parties?",
        "My desk-mate hums all day. Is it petty to ask them to stop?",
        "How can I ask the people upstairs to stop moving furniture at midnight?",
        "A colleague borrowed my charger weeks ago and never returned it. Do I mention it?",
        "How do I handle a neighbour who keeps giving me unsolicited gardening advice?",
    ),
    "ask-retirement-speeches-and-christening-verses": (
        "Write a warm two-minute retirement speech for a school caretaker called Len.",
        "Can you draft a short verse for my nephew's christening card?",
        "Give me a funny opening line for a retirement toast to a strict head of finance.",
        "Write a four-line blessing a godmother could read at a christening.",
        "Help me end my retirement speech on a moving note without getting soppy.",
        "Suggest a gentle poem for a christening that isn't too religious.",
        "Write a limerick for a colleague retiring after a career in the post room.",
        "What are good things to mention in a speech when my dad retires from nursing?",
        "Draft a thank-you message from new parents to guests after a christening.",
        "Write a short, cheeky farewell card message for a retiring IT manager.",
    ),
    "ask-swift-haskell-and-bash-critique": (
        "Is it bad style to force-unwrap optionals in Swift if I'm 'sure' they're set?",
        "Review this Bash line: for f in $(ls *.txt); do cat $f; done - what's wrong with it?",
        "In Haskell, when should I use foldl' instead of foldr?",
        "Why do people say Swift structs are safer than classes for model data?",
        "Critique my Bash script that uses backticks everywhere instead of $(...).",
        "Is it good Haskell to put everything in the IO monad for a small tool?",
        "What's the risk of using 'set -e' in a Bash script with pipelines?",
        "Should I use Swift's async/await or Combine for a simple network call?",
        "Explain why my Haskell code with 'head' on an empty list crashes, and what to use.",
        "Is it acceptable to parse JSON in Bash with grep and sed, or should I use jq?",
    ),
    "ask-bronze-age-and-crusade-whys": (
        "Why did so many Bronze Age civilisations collapse around the same time?",
        "What drove ordinary people to join the Crusades?",
        "Why was tin so valuable in the Bronze Age?",
        "How did the Crusades change trade between Europe and the Middle East?",
        "Why did the Hittites' empire disappear so suddenly?",
        "What were the Knights Templar actually for?",
        "Why did Mycenaean palaces get destroyed?",
        "How did the Crusader states survive as long as they did?",
        "Why is Stonehenge thought to have been built in stages?",
        "What was the Children's Crusade, and how much of it is legend?",
    ),
    "ask-novel-and-sitcom-verdicts": (
        "Is Middlemarch worth reading if I struggle with long Victorian novels?",
        "Which is funnier, Fawlty Towers or Father Ted, and why?",
        "Does The Remains of the Day hold up on a second read?",
        "Is Seinfeld's humour dated now?",
        "Should I read Wolf Hall before watching the TV adaptation?",
        "Why do people love Parks and Recreation more than its first season suggests?",
        "Is Cloud Atlas too confusing to enjoy?",
        "Which sitcom has the best final episode ever?",
        "Are Terry Pratchett's Discworld books good for someone who dislikes fantasy?",
        "Is The Office (UK) better than the US version?",
    ),
    "ask-orchard-and-lawn-riddles": (
        "Why is my apple tree fruiting heavily one year and hardly at all the next?",
        "What are the brown rings appearing on my lawn?",
        "Should I thin the fruit on my young plum tree?",
        "Why is moss taking over the shady part of my lawn?",
        "Why are the pears on my tree splitting before they ripen?",
        "Is it better to leave grass clippings on the lawn or collect them?",
        "What's causing the leaves on my cherry tree to curl up?",
        "Why does my lawn go yellow where the dog pees?",
        "When is the right season to prune an old apple tree?",
        "Why are there little mounds of soil all over my lawn each spring?",
    ),
    "ask-proverb-and-place-name-stories": (
        "Where does the saying 'a bird in the hand is worth two in the bush' come from?",
        "Why do so many English towns end in -by or -thorpe?",
        "What's the story behind 'don't look a gift horse in the mouth'?",
        "Why is Chicago called the Windy City?",
        "Where does 'every cloud has a silver lining' originate?",
        "What does the 'caster' in Lancaster and Doncaster mean?",
        "Where did 'the proof of the pudding is in the eating' come from?",
        "Why are there places called Wick, Wickham and Warwick?",
        "What's the origin of 'rome wasn't built in a day'?",
        "Why is Philadelphia nicknamed the City of Brotherly Love?",
    ),
    "ask-amphibian-and-fish-oddities": (
        "How do wood frogs survive being frozen solid in winter?",
        "Why do salmon die after spawning?",
        "How can an axolotl regrow its limbs?",
        "Why do some fish change sex during their lives?",
        "What's the point of a toad puffing itself up?",
        "How do anglerfish find mates in the deep sea?",
        "Why are poison dart frogs less toxic in captivity?",
        "How do flying fish actually 'fly'?",
        "Why do newts return to the same pond to breed?",
        "How do eels find their way to the Sargasso Sea?",
    ),
    "ask-wearable-and-social-media-ethics": (
        "Is it ethical for an employer to ask staff to wear fitness trackers?",
        "Should parents post photos of their kids on social media?",
        "Is it creepy to share your location with friends all the time?",
        "Do health insurers have any right to data from my smartwatch?",
        "Is it wrong to post a screenshot of someone's private message?",
        "Should schools ban smartwatches in exams?",
        "Is it ethical for influencers to promote products they haven't used?",
        "Is it fair to judge job applicants by their social media history?",
        "Should sleep-tracking apps be allowed to sell anonymised data?",
        "Is it OK to unfollow a friend without telling them?",
    ),
}

NEAR = {
    "near-ids-codes-and-labels": (
        "What was the significance of Apollo 13?",
        "Why is the M25 called the M25?",
        "What's special about Boeing 747 design compared with earlier jets?",
        "Who wrote the song '99 Luftballons' and what is it about?",
        "Explain what HTTP status code 418 is and why it exists.",
        "What is Article 50 of the Treaty on European Union?",
        "Why was Route 66 so important to American culture?",
        "What is the 1812 Overture supposed to depict?",
        "What does the 'Catch' in Catch-22 actually refer to?",
        "Why is Interstate 95 so important to the US East Coast?",
    ),
    "near-guess-the-magnitude": (
        "Roughly how many grains of rice are eaten in the world each day? Just a ballpark.",
        "If you had to guess, how many individual trees grow in the Amazon basin?",
        "Guess how many times a hummingbird's heart beats in its life.",
        "How many people are probably airborne in planes at any moment?",
        "Roughly how many books have ever been published?",
        "Ballpark: how many footballs would fill a cathedral?",
        "About how many emails are sent worldwide in a day?",
        "How many hairs does a typical cat shed in a year, roughly?",
        "Estimate how many words are in the average person's vocabulary.",
        "Roughly how much rain falls on London in a year, in Olympic pools?",
    ),
    "near-why-does-this-rule-hold": (
        "Intuitively, why is dividing by a half the same as doubling?",
        "Why can't you divide by zero, intuitively?",
        "Why does the 'casting out nines' check work?",
        "Why is any number to the power 1/2 its square root?",
        "Explain why the angles of a triangle add to 180 degrees.",
        "Why does multiplying two odd numbers always give an odd number?",
        "Why does the rule of 72 approximate doubling time?",
        "Why do we carry the one when adding columns?",
        "Why is 0.999... equal to 1? Explain it to a teenager.",
    ),
    "near-review-code-with-maths": (
        "Is there a bug here? total = price * qty * 1 + tax / 100",
        "Why does 0.1 + 0.2 == 0.3 return False in my Python code?",
        "Review my JavaScript: const avg = arr.reduce((a, b) => a + b) / arr.length",
        "Is using floats for money in my Java invoicing app a mistake?",
        "My Excel formula =SUM(A1:A10)/COUNT(A1:A10) gives a different result from AVERAGE. Why?",
        "Why does integer division in my C code give 2 for 5/2?",
        "Is round(2.5) returning 2 in Python a bug?",
        "How should I structure a function that computes compound interest in Rust?",
        "My SQL SUM over a column with NULLs looks wrong. What's going on?",
    ),
    "near-what-do-these-figures-mean": (
        "My blood test says ferritin 18 ug/L. What does that mean for me?",
        "The weather app says 40% chance of rain. What does that actually mean?",
        "My credit score went from 720 to 690. Should I be worried?",
        "A study says a drug reduces risk by 50%. Is that impressive?",
        "My phone battery health says 83%. What does that figure tell me?",
        "What does a UV index of 7 mean for going outside?",
        "My broadband is rated 500 Mbps but video calls still lag. Why?",
        "The poll says 52% with a 3-point margin of error. Who's ahead?",
        "Is an EPC rating of D on a house something to worry about?",
    ),
    "near-is-it-worth-it": (
        "Is a £400 coffee machine worth it for someone who drinks two cups at work?",
        "Is paying extra for a warranty on a £300 tablet ever worth it?",
        "Should I pay for airport lounge access on a long layover?",
        "Is a National Trust membership good value for a family?",
        "Are premium petrol grades worth paying more for in a normal car?",
        "Is it worth buying a car with a full service history for more money?",
        "Is a gym membership worth it if I mostly run outside?",
        "Should I spend more on a mattress or on a bed frame?",
        "Is an annual travel insurance policy better value than single trips?",
    ),
    "near-numeric-trivia-recall": (
        "How tall is the Shard in London?",
        "What year did the Berlin Wall start being built?",
        "How many bones are there in a giraffe's neck?",
        "How deep is Lake Baikal at its deepest point?",
        "What is the population of New Zealand?",
        "How many moons does Saturn have at last count?",
        "How long is the River Danube?",
        "How many keys are on a standard grand piano?",
        "At what temperature does water boil on the summit of Kilimanjaro?",
    ),
}

NEAR_NOTES = {
    "near-ids-codes-and-labels": "numbers are names, not quantities",
    "near-guess-the-magnitude": "an estimate with no figures given",
    "near-why-does-this-rule-hold": "explanation of why arithmetic works",
    "near-review-code-with-maths": "code review of a calculation",
    "near-what-do-these-figures-mean": "interpreting stated figures",
    "near-is-it-worth-it": "a judgement about value",
    "near-numeric-trivia-recall": "facts nobody stated",
}


def _negative_items():
    for family, queries in ORDINARY.items():
        for q in queries:
            neg(family, q)
    for family, queries in NEAR.items():
        for q in queries:
            neg(family, q, NEAR_NOTES[family])

    w = "conv-compose-after-totting-up"
    conv(
        w,
        [
            (U, "What's 24 × 15?"),
            (A, "360."),
            (U, "That's how many cupcakes we baked. Write a thank-you post for the bakers."),
        ],
        "writing after a sum",
    )
    conv(
        w,
        [
            (U, "We raised £1,275 at the fun run. Add £340 from the raffle?"),
            (A, "That's £1,615 in total."),
            (U, "Draft a cheerful newsletter paragraph announcing it."),
        ],
        "writing after a sum",
    )
    conv(
        w,
        [
            (U, "How many days from 1 March to 30 April 2031?"),
            (A, "60 days."),
            (U, "Write a short motivational message for day one of our 60-day challenge."),
        ],
        "writing after a sum",
    )
    conv(
        w,
        [
            (U, "If I walked 8.2 km a day for a week, how far is that?"),
            (A, "57.4 km."),
            (U, "Turn that into a funny haiku for my walking group."),
        ],
        "writing after a sum",
    )
    conv(
        w,
        [
            (U, "Our team closed 46 deals out of 80 leads. What's the rate?"),
            (A, "57.5%."),
            (U, "Write a two-sentence shout-out for the team chat."),
        ],
        "writing after a sum",
    )
    conv(
        w,
        [
            (U, "My grandparents married in 1971. How many years is that by 2031?"),
            (A, "60 years."),
            (U, "Suggest a toast for their diamond anniversary."),
        ],
        "writing after a sum",
    )
    conv(
        w,
        [
            (U, "The club has 132 members and 33 joined in spring. What share is that?"),
            (A, "25%."),
            (U, "Write a welcome email for the new members."),
        ],
        "writing after a sum",
    )

    w = "conv-advice-pending-details"
    conv(
        w,
        [
            (U, "I want to repaint my living room."),
            (A, "Nice project. Do you know the wall area?"),
            (U, "Not yet. What should I measure, and which finish suits a room with kids?"),
        ],
        "advice while the figures are missing",
    )
    conv(
        w,
        [
            (U, "I'm thinking of overpaying my mortgage."),
            (A, "That can save interest. What's your rate?"),
            (U, "I'd have to check. Is overpaying usually smarter than saving the money?"),
        ],
        "advice while the figures are missing",
    )
    conv(
        w,
        [
            (U, "We're planning a barbecue for the street."),
            (A, "Sounds fun. How many people?"),
            (U, "No idea yet. How do we find out who's coming without pestering everyone?"),
        ],
        "advice while the figures are missing",
    )
    conv(
        w,
        [
            (U, "I need a new laptop for uni."),
            (A, "What's your budget?"),
            (U, "Not decided. What specs actually matter for an engineering degree?"),
        ],
        "advice while the figures are missing",
    )
    conv(
        w,
        [
            (U, "I'm training for a 10k."),
            (A, "Great. What's your current weekly distance?"),
            (U, "I don't track it. How do I build up without getting injured?"),
        ],
        "advice while the figures are missing",
    )
    conv(
        w,
        [
            (U, "We might get solar panels."),
            (A, "Do you know your annual electricity use?"),
            (U, "Not offhand. What questions should I ask installers?"),
        ],
        "advice while the figures are missing",
    )
    conv(
        w,
        [
            (U, "I'm thinking about asking for a pay rise."),
            (A, "What do similar roles pay near you?"),
            (U, "I haven't looked. How should I open the conversation with my manager?"),
        ],
        "advice while the figures are missing",
    )

    w = "conv-judge-the-outcome"
    conv(
        w,
        [
            (U, "I saved £85 a week for 20 weeks. How much is that?"),
            (A, "£1,700."),
            (U, "Is that a decent emergency fund for a single person renting?"),
        ],
        "verdict on a result",
    )
    conv(
        w,
        [
            (U, "I ran 5 km in 31 minutes 30 seconds. What pace per km is that?"),
            (A, "6 minutes 18 seconds per km."),
            (U, "Is that good for someone who started running in spring?"),
        ],
        "verdict on a result",
    )
    conv(
        w,
        [
            (U, "Our energy bill went from £96 to £132 a month. What's the rise?"),
            (A, "37.5%."),
            (U, "Does that seem normal, or should we complain?"),
        ],
        "verdict on a result",
    )
    conv(
        w,
        [
            (U, "I got 41 out of 60 on my mock. What percentage is that?"),
            (A, "About 68.3%."),
            (U, "Is that enough to stop worrying about the real exam?"),
        ],
        "verdict on a result",
    )
    conv(
        w,
        [
            (U, "A 14-night holiday costs £2,380 for two. Per person per night?"),
            (A, "£85."),
            (U, "Is that reasonable for half board in Crete?"),
        ],
        "verdict on a result",
    )
    conv(
        w,
        [
            (U, "I sleep from 23:40 to 06:10. How long is that?"),
            (A, "6 hours 30 minutes."),
            (U, "Is that enough for a 40-year-old who does shift work?"),
        ],
        "verdict on a result",
    )
    conv(
        w,
        [
            (U, "The van hire is £79 a day for 3 days plus £45 insurance. Total?"),
            (A, "£282."),
            (U, "Would a man-with-a-van service be better value for a one-bed move?"),
        ],
        "verdict on a result",
    )

    w = "conv-walk-me-through-why"
    conv(
        w,
        [
            (U, "Work out 15% of 340 for me."),
            (A, "51."),
            (U, "Why does working out 10% and then adding half of it give the right answer?"),
        ],
        "reasoning behind an answer",
    )
    conv(
        w,
        [
            (U, "What weekday was 29 February 2000?"),
            (A, "Tuesday."),
            (U, "How do mental calendar tricks like the Doomsday rule work?"),
        ],
        "reasoning behind an answer",
    )
    conv(
        w,
        [
            (U, "Convert 104 °F into Celsius, please."),
            (A, "40 °C."),
            (U, "Why did Fahrenheit pick such odd fixed points for his scale?"),
        ],
        "reasoning behind an answer",
    )
    conv(
        w,
        [
            (U, "Quick one: 2^20?"),
            (A, "1,048,576."),
            (U, "Why do computers count memory in powers of two rather than tens?"),
        ],
        "reasoning behind an answer",
    )
    conv(
        w,
        [
            (U, "How many days are in 2032?"),
            (A, "366, it's a leap year."),
            (U, "Why do century years like 2100 skip the leap day?"),
        ],
        "reasoning behind an answer",
    )
    conv(
        w,
        [
            (U, "Nine times eight?"),
            (A, "72."),
            (U, "Why does the finger trick for the nine times table work?"),
        ],
        "reasoning behind an answer",
    )
    conv(
        w,
        [
            (U, "How many metres in a mile?"),
            (A, "1,609.344 metres."),
            (U, "Where does the mile's odd length come from historically?"),
        ],
        "reasoning behind an answer",
    )

    w = "conv-titles-with-digits"
    conv(
        w,
        [
            (U, "I just watched 12 Angry Men."),
            (A, "A classic courtroom drama."),
            (U, "Which juror do you think changes the most, and why?"),
        ],
        "a title containing a number",
    )
    conv(
        w,
        [
            (U, "I'm halfway through 1984."),
            (A, "Orwell's dystopia - how are you finding it?"),
            (U, "Is Winston a hero or just a victim?"),
        ],
        "a title containing a number",
    )
    conv(
        w,
        [
            (U, "We're playing Taylor Swift's 1989 at the party."),
            (A, "Good pick."),
            (U, "Which track works best for the last dance?"),
        ],
        "a title containing a number",
    )
    conv(
        w,
        [
            (U, "I've started reading Fahrenheit 451."),
            (A, "Bradbury's novel about book burning."),
            (U, "What does the mechanical hound symbolise?"),
        ],
        "a title containing a number",
    )
    conv(
        w,
        [
            (U, "Can you recommend films like 2001: A Space Odyssey?"),
            (A, "Solaris and Interstellar are often suggested."),
            (U, "Which of those is least slow-paced for a first-timer?"),
        ],
        "a title containing a number",
    )
    conv(
        w,
        [
            (U, "My book club picked The 39 Steps."),
            (A, "A brisk spy thriller."),
            (U, "What discussion questions would get a quiet group talking?"),
        ],
        "a title containing a number",
    )
    conv(
        w,
        [
            (U, "I love the show 30 Rock."),
            (A, "Tina Fey's sitcom."),
            (U, "Why do people say its jokes are so dense?"),
        ],
        "a title containing a number",
    )


_negative_items()


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
    # no register (family name) of this set is a family name of sets 19 to 119
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 119: {reused}"
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
