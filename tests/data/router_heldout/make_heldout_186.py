"""Generate heldout-2027-06-07.jsonl: a hundred-and-eighty-sixth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_186.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-185, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions (decimal literals through Decimal, percentages through
pct, whole items rounded up with whole_up or down with math.floor), unit values from the exact
definitions above (inch, pound, acre, knot, psi, ...), flagged EXACT only when they terminate
within 3 decimals and otherwise graded with the rounded tolerance, and datetime values with
datetime and zoneinfo (dates as ISO strings, weekdays by name, spans, ages, working days and
flights between zones through utc_minutes). Weekdays printed next to dates come from sayw.

Provenance
----------
Read: this file (cat), grading.py (cat) and earlier_registers.txt (head, grep -c and grep -E
for candidate words and names, to keep the 25 registers new and away from similar ones).
Nothing under /work/main, /work/shared or /work/.library was opened; the venv python and ruff
were only run.
Wrote: the four sections by hand in scratch files in this directory, spliced in at the
markers with a short python script; every expected value is an expression, not a typed result.
Items the duplicate check named (only my own ids were printed) were reworded, and I printed
my own positives with their expected values to review them.
Checked: ran the generator until it passed; ruff check (one fix: parenthesised implicit string
concatenations) and ruff format with /work/main/pyproject.toml, lines kept at 99 columns or
fewer; then ran the generator again.
Slips: none.
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
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True  # importing the earlier generators must leave no __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2027-06-07.jsonl"
PREFIX = "ho186-"
# earlier generators: sets 1-185 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 186))
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
    "make_heldout_130.py",
    "make_heldout_131.py",
    "make_heldout_132.py",
    "make_heldout_133.py",
    "make_heldout_134.py",
    "make_heldout_135.py",
    "make_heldout_136.py",
    "make_heldout_137.py",
    "make_heldout_138.py",
    "make_heldout_139.py",
    "make_heldout_140.py",
    "make_heldout_141.py",
    "make_heldout_142.py",
    "make_heldout_143.py",
    "make_heldout_144.py",
    "make_heldout_145.py",
    "make_heldout_146.py",
    "make_heldout_147.py",
    "make_heldout_148.py",
    "make_heldout_149.py",
    "make_heldout_150.py",
    "make_heldout_151.py",
    "make_heldout_152.py",
    "make_heldout_153.py",
    "make_heldout_154.py",
    "make_heldout_155.py",
    "make_heldout_156.py",
    "make_heldout_157.py",
    "make_heldout_158.py",
    "make_heldout_159.py",
    "make_heldout_160.py",
    "make_heldout_161.py",
    "make_heldout_162.py",
    "make_heldout_163.py",
    "make_heldout_164.py",
    "make_heldout_165.py",
    "make_heldout_166.py",
    "make_heldout_167.py",
    "make_heldout_168.py",
    "make_heldout_169.py",
    "make_heldout_170.py",
    "make_heldout_171.py",
    "make_heldout_172.py",
    "make_heldout_173.py",
    "make_heldout_174.py",
    "make_heldout_175.py",
    "make_heldout_176.py",
    "make_heldout_177.py",
    "make_heldout_178.py",
    "make_heldout_179.py",
    "make_heldout_180.py",
    "make_heldout_181.py",
    "make_heldout_182.py",
    "make_heldout_183.py",
    "make_heldout_184.py",
    "make_heldout_185.py",
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


KENDAMA = "kendama_club_tournament_runner"
CHALK = "pavement_chalk_artist_at_a_street_festival"
STATUE = "living_statue_street_performer"
SERVER = "process_server_delivering_court_papers"
FOCUS = "focus_group_moderator_paying_participants"
DORMOUSE = "dormouse_nest_box_monitor_in_a_hazel_wood"
SHUFFLE = "shuffleboard_league_captain_at_a_retirement_park"
COAST = "coasteering_guide_on_a_pembrokeshire_cliff"
SKIP = "double_dutch_skipping_team_coach"
HAMMER = "veteran_hammer_thrower_at_an_athletics_club"
SKIJOR = "skijoring_racer_behind_a_borrowed_horse"
ESTATE = "four_siblings_splitting_an_inheritance"
ASYLUM = "asylum_caseworker_at_a_legal_aid_charity"
ROGAINE = "rogaining_pair_planning_a_twenty_four_hour_event"
BEAM = "particle_accelerator_beam_operator"
FRIDGE = "dilution_fridge_technician_in_a_quantum_lab"
COLO = "colocation_cage_tenant_planning_rack_power"
DRYER = "grain_dryer_operator_at_a_farm_cooperative"
MOSQ = "mosquito_control_district_spray_crew"
SOUND = "bathymetric_survey_launch_crew"
SOUSA = "sousaphone_player_in_a_second_line_parade"
HALLOUMI = "halloumi_maker_on_a_cypriot_village_farm"
NAPPY = "parents_switching_to_cloth_nappies"
HITCH = "hitchhiker_thumbing_across_patagonia"
SEINE = "mullet_fisherman_hauling_a_beach_seine"

# plain one-line questions
calc(P, "17.5 percent of £2,340.80?", pct("17.5") * dec("2340.80"))
calc(P, "3,847 lots of 29 is what", 3847 * 29)
calc(P, "(14.6 + 9.85) divided by 2.5, go", (dec("14.6") + dec("9.85")) / dec("2.5"))
calc(P, "sqrt 7225 please", 85)
calc(P, "two thousand and forty divided by sixteen", F(2040, 16))
calc(P, "12 cubed minus 5 squared", 12**3 - 5**2)
calc(P, "1,250,000 / 64", F(1250000, 64))
calc(P, "how much is 4.8 percent of 36,250", pct("4.8") * 36250)
calc(P, "72 is what percent of 480", F(72, 480) * 100)
calc(P, "1/4 + 3/5 as a decimal please", F(1, 4) + F(3, 5))
calc(P, "mean of 18, 23, 31, 27 and 46", F(18 + 23 + 31 + 27 + 46, 5))
calc(P, "−45 + 17 × 3 − 8", -45 + 17 * 3 - 8)
calc(
    P,
    "$5,000 at 4% interest compounded once a year, what's the balance after the third compounding",
    5000 * dec("1.04") ** 3,
)
calc(P, "2 to the power of 20", 2**20)

# registers
calc(
    KENDAMA,
    "sorting the money for our kendama tournament. 38 players entered at £12, but 6 of those "
    "38 were juniors who paid half price. the trophies were £96 and the hall £180. how much "
    "of the entry money is left",
    32 * 12 + 6 * 6 - 96 - 180,
)
calc(
    KENDAMA,
    "kendama scoring q: a trick lands for its value x3 on the first try, x2 on the second, x1 "
    "on the third. she landed a 4-pointer first go, a 7-pointer on her second go, a 9-pointer "
    "on the third go and a 6-pointer first go. total score?",
    4 * 3 + 7 * 2 + 9 * 1 + 6 * 3,
)
calc(
    CHALK,
    "chalk sticks are 45p each and I want 14 colours, 9 sticks of each. the festival gives "
    "artists 15% off the whole order. what do I pay in pounds",
    14 * 9 * dec("0.45") * (1 - pct(15)),
)
calc(
    STATUE,
    "living statue takings: 3 hours in the morning at about £14.20 an hour, 4.5 hours in the "
    "afternoon at £18.60 an hour, and I spent £7.50 on silver face paint. what did I clear",
    3 * dec("14.20") + dec("4.5") * dec("18.60") - dec("7.50"),
)
calc(
    SERVER,
    "Pay is $65 per paper successfully served plus $0.67 a mile. I served 23, had 4 failed "
    "attempts that pay nothing, and drove 412 miles. What's my total?",
    23 * 65 + 412 * dec("0.67"),
)
calc(
    FOCUS,
    "budget for one focus group: 10 participants at $125 each for the 90-minute session, "
    "dinner at $18.50 per participant, and the viewing room is $340 flat. total cost",
    10 * 125 + 10 * dec("18.50") + 340,
)
calc(
    FOCUS,
    "we recruited 48 people and 12.5% didn't turn up. everyone who came gets $90, and the "
    "recruiter charges $35 for every person recruited whether they came or not. total spend?",
    48 * (1 - pct("12.5")) * 90 + 48 * 35,
)
calc(
    DORMOUSE,
    "nest box round done: 50 boxes checked, 16 occupied, 44 dormice counted in total. what's "
    "the average number of dormice per occupied box",
    F(44, 16),
)
calc(
    SHUFFLE,
    "our shuffleboard league has 9 teams and every team plays every other team twice, once "
    "home once away. how many matches is that in total",
    9 * 8,
)
calc(
    COAST,
    "coasteering session, 11 clients at £55 a head, two guides on £120 each for the session. "
    "wetsuit hire (£8 a head) is already inside the £55. how much does the session make once "
    "the guides are paid",
    11 * 55 - 2 * 120,
)
calc(
    SKIP,
    "our three double dutch jumpers got 212, 198 and 231 in the speed event and the team score "
    "is the average of the best two. what's the team score",
    F(231 + 212, 2),
)
calc(
    HAMMER,
    "hammer series: 41.26, 43.08, foul, 42.75, 44.11, foul. what's the average of the valid "
    "throws in metres",
    (dec("41.26") + dec("43.08") + dec("42.75") + dec("44.11")) / 4,
)
calc(
    SKIJOR,
    "Prize purse is $4,800 split 50/30/20 between the top three. I finished second, and the "
    "horse's owner takes 40% of whatever I win. How much do I keep?",
    4800 * pct(30) * (1 - pct(40)),
)
calc(
    SKIJOR,
    "skijoring run: raw time 15.2 s, 3 missed gates at +2 s each, and 4 rings collected at "
    "−0.5 s each. adjusted time in seconds?",
    dec("15.2") + 3 * 2 - 4 * dec("0.5"),
)
calc(
    ESTATE,
    "Mum's estate is £487,300. Take off the funeral at £4,850 and the solicitor's £6,210 plus "
    "VAT at 20%, then split what's left equally between the four of us. What's each share?",
    (487300 - 4850 - 6210 * (1 + pct(20))) / 4,
)
calc(
    ESTATE,
    "house sold for £365,000. estate agent takes 1.2% plus 20% VAT on their fee, and the rest "
    "is split 3:2:2:1 between us four siblings. how much is the biggest share",
    (365000 - 365000 * pct("1.2") * (1 + pct(20))) * F(3, 8),
)
calc(
    ASYLUM,
    "Support is £49.18 per person per week. A family of four has been waiting 6 weeks for "
    "their first payment. How much back support are they owed in total?",
    dec("49.18") * 4 * 6,
)
calc(
    ROGAINE,
    "rogaine score check: we got controls worth 30, 30, 50, 70, 20, 40 and 90, came back 7 "
    "minutes late, and the penalty is 10 points per minute late. final score",
    30 + 30 + 50 + 70 + 20 + 40 + 90 - 7 * 10,
)
calc(
    ROGAINE,
    "planning a leg: we walk 4.2 km/h on tracks and 2.8 km/h off track. the leg is 6.3 km of "
    "track then 4.2 km off track. how many hours will it take",
    dec("6.3") / dec("4.2") + dec("4.2") / dec("2.8"),
)
calc(
    BEAM,
    "beam current 2.5 mA, beam energy 400 MeV for singly charged protons. beam power in kW "
    "(P = I × V)?",
    dec("0.0025") * 400 * 10**6 / 1000,
)
calc(
    FRIDGE,
    "He-3 is quoted at $2,750 per litre of gas. Our mixture needs 18.4 litres of He-3 and we "
    "order 5% extra for losses. What's the order cost?",
    2750 * dec("18.4") * (1 + pct(5)),
)
calc(
    COLO,
    "cage has 4 circuits of 16 A at 230 V and we can load each to 80%. we're putting in 36 "
    "servers at 285 W and 2 switches at 150 W. how many watts of headroom are left",
    4 * 16 * 230 * pct(80) - (36 * 285 + 2 * 150),
)
calc(
    COLO,
    "power is billed at $0.142 per kWh. our cage draws a steady 7.8 kW, billing period is "
    "30 days of 24 hours. what's the power bill",
    dec("7.8") * 24 * 30 * dec("0.142"),
)
calc(
    DRYER,
    "34.2 tonnes of wheat came in at 20% moisture and gets dried down to 14.5%. the dry matter "
    "doesn't change, so how many tonnes come out of the dryer",
    dec("34.2") * (1 - pct(20)) / (1 - pct("14.5")),
)
calc(
    MOSQ,
    "larvicide goes on at 12.5 kg per hectare. three ponds: 0.42 ha, 0.18 ha and 1.06 ha. it "
    "comes in 5 kg bags, so how many whole bags do we need to load",
    whole_up(dec("12.5") * (dec("0.42") + dec("0.18") + dec("1.06")) / 5),
)
calc(
    SOUND,
    "reducing a sounding: echo sounder reads 14.62 m below the transducer, transducer draft "
    "is 0.45 m, tide is 2.31 m above chart datum. charted depth = reading + draft − tide. "
    "what's the charted depth",
    dec("14.62") + dec("0.45") - dec("2.31"),
)
calc(
    SOUSA,
    "parade gig pays $2,480 for the 14 of us. sousaphone and bass drum get an extra $50 each "
    "off the top for hauling the big instruments, the rest is split evenly between all 14. "
    "what does a regular player get",
    F(2480 - 2 * 50, 14),
)
calc(
    HALLOUMI,
    "it takes 8.5 litres of sheep and goat milk for 1 kg of halloumi. we have 330 litres this "
    "morning. the blocks are 250 g each — how many full blocks can we make",
    math.floor(F(330) / dec("8.5") / dec("0.25")),
)
calc(
    NAPPY,
    "cloth nappy maths: 24 nappies at £13.75, 4 wraps at £11.50, a wet bag £9.99. disposables "
    "cost us 19p each and we used 6 a day. after how many whole days of not buying "
    "disposables has the cloth kit paid for itself",
    whole_up((24 * dec("13.75") + 4 * dec("11.50") + dec("9.99")) / (6 * dec("0.19"))),
)
calc(
    HITCH,
    "sharing fuel with a trucker: 640 km at 32 litres per 100 km, diesel 1,180 pesos a litre, "
    "split four ways between him and us three hitchers. what's one share in pesos",
    640 * F(32, 100) * 1180 / 4,
)
calc(
    SEINE,
    "we hauled 186 kg of mullet; 14 kg were undersized and went back. the merchant pays €4.60 "
    "a kilo and the crew of five splits it equally after the €95 tractor hire. each share?",
    ((186 - 14) * dec("4.60") - 95) / 5,
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


KNOT = F(1852, 3600)  # m/s (nautical mile = 1852 m)
KGF = G0  # N

# plain one-line questions
unit(P, "a cyclist doing 72 km/h, how many metres per second", 72 * KMH / 1, EXACT)
unit_r(P, "how many feet is 1.5 km", 1500 / FT)
unit(P, "thermometer says 98.6 F, what's that in celsius", f_to_c(dec("98.6")), EXACT)
unit(P, "my passport form wants cm, I'm five foot eleven", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "12 st 4 lb in kg?", 12 * STONE + 4 * LB)
unit_r(P, "recipe says 250 grams of butter, how many ounces is that", F(250, 1000) / OZ)
unit_r(P, "2.5 acres is how many square metres", dec("2.5") * ACRE)
unit_r(P, "bike tyre pump reads 30 psi, what is it in bar", 30 * PSI / BAR)
unit(P, "a 3.5 GiB disk image is how many mebibytes", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "US speed limit sign says 60 mph — kilometres per hour?", 60 * MPH / KMH)
unit(P, "-40 °C in kelvin", dec("-40") + dec("273.15"), EXACT)
unit_r(P, "a marathon is 26.2 miles, what is that in kilometres", dec("26.2") * MI / 1000)
unit(P, "20 knots to km/h", 20 * KNOT / KMH, EXACT)
unit_r(P, "450 sq ft to square metres", 450 * SQFT)

# registers
unit_r(KENDAMA, "standard kendama string is 40 cm. how long is that in inches", F(40, 100) / IN)
unit_r(
    CHALK,
    "my pavement piece is 6 m by 4.5 m and the festival form asks for the area in square feet",
    6 * dec("4.5") / SQFT,
)
unit(STATUE, "the box I stand on is 18 inches tall, what's that in cm", 18 * IN * 100, EXACT)
unit_r(SERVER, "logged 412 miles on the papers run, how many km is that", 412 * MI / 1000)
unit(
    FOCUS,
    "viewing room thermostat is set to 68°F and the european clients want it in celsius",
    f_to_c(68),
    EXACT,
)
unit_r(
    DORMOUSE,
    "dormouse box entrance holes are 30 mm across — what's that in inches",
    F(30, 1000) / IN,
)
unit_r(
    SHUFFLE,
    "Our court measures 39 feet from baseline to baseline. What is that in meters?",
    39 * FT,
)
unit_r(COAST, "the big jump off the ledge is 8 m, how many feet is that", 8 / FT)
unit_r(
    SKIP,
    "bought six double dutch ropes, 16 ft each. total length in metres",
    6 * 16 * FT,
)
unit_r(HAMMER, "the hammer for my age group weighs 5 kg. in pounds?", 5 / LB)
unit_r(HAMMER, "threw 44.11 m at the weekend, how far is that in feet", dec("44.11") / FT)
unit_r(SKIJOR, "the horse was clocked at 48 km/h, what's that in mph", 48 * KMH / MPH)
unit_r(SKIJOR, "course is 640 metres long. in yards?", 640 / YD)
unit_r(ESTATE, "the farm we inherited is 37 hectares, how many acres", 37 * 10000 / ACRE)
unit_r(
    ASYLUM,
    "client's checked-bag allowance is 23 kg and the airline app shows pounds. how many lb",
    23 / LB,
)
unit(
    ROGAINE,
    "on the 1:25,000 map the leg measures 7.4 cm. how many km on the ground",
    dec("7.4") * 25000 / 100 / 1000,
    EXACT,
)
unit_r(ROGAINE, "total climb on our route is 850 m, what's that in feet", 850 / FT)
unit_r(BEAM, "the main ring is 26.7 km round. how many miles", dec("26.7") * 1000 / MI)
unit(
    FRIDGE,
    "mixing chamber is sitting at 15 millikelvin. what's that in degrees celsius",
    dec("0.015") - dec("273.15"),
    EXACT,
)
unit_r(FRIDGE, "helium line at 1,500 mbar, what's that in psi", 1500 * 100 / PSI)
unit_r(COLO, "our cage floor is 3.6 m x 2.4 m, in sq ft?", dec("3.6") * dec("2.4") / SQFT)
unit_r(
    COLO,
    "how many GiB is a 1.5 TB drive, taking TB as 10^12 bytes",
    dec("1.5") * 10**12 / GIB,
)
unit_r(
    DRYER,
    "the dryer fan is rated at 12,000 cubic feet per minute, convert to cubic metres per second",
    12000 * CUFT / 60,
)
unit(MOSQ, "spray swath is 300 feet wide, how many metres", 300 * FT, EXACT)
unit_r(
    SOUND,
    "charted depth 12.76 m, the old chart is in fathoms (6 ft each). how many fathoms",
    dec("12.76") / (6 * FT),
)
unit_r(SOUSA, "my sousaphone weighs 29 lbs. in kilos?", 29 * LB)
unit(HALLOUMI, "the milk gets heated to 32 °C, what's that in fahrenheit", c_to_f(32), EXACT)
unit_r(NAPPY, "baby is 9 lb 6 oz now, what's that in kg", 9 * LB + 6 * OZ)
unit_r(HITCH, "Ruta 40 is about 5,000 km end to end. how many miles", 5000 * 1000 / MI)
unit_r(HITCH, "forecast says gusts of 65 km/h on the pampa, in knots?", 65 * KMH / KNOT)
unit(SEINE, "our seine net is 250 yards long, in metres please", 250 * YD, EXACT)


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


def utc_minutes(start, start_zone, end, end_zone):
    """Minutes from one local wall-clock time to another, each in its own zone, via UTC."""
    a = DT.fromisoformat(start).replace(tzinfo=ZoneInfo(start_zone))
    b = DT.fromisoformat(end).replace(tzinfo=ZoneInfo(end_zone))
    utc = ZoneInfo("Etc/UTC")
    span = b.astimezone(utc) - a.astimezone(utc)
    assert span.total_seconds() % 60 == 0
    return F(int(span.total_seconds()) // 60)


def working_day_after(start, n):
    """The n-th Monday-to-Friday day after start (start itself not counted)."""
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def working_day_counting(start, n):
    """The n-th Monday-to-Friday day counting start itself as the first."""
    assert start.weekday() < SAT
    return working_day_after(start, n - 1)


def weekdays_between(a, b):
    """Monday-to-Friday days from a to b, both included."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() < SAT)


# plain one-line questions
date_item(
    P, "storming of the Bastille was 14 July 1789, which weekday was that", weekday(D(1789, 7, 14))
)
date_item(
    P,
    "how many days between March 3, 2031 and October 19, 2031",
    days(D(2031, 3, 3), D(2031, 10, 19)),
)
date_item(P, "what date is 90 days after 15 November 2029", D(2029, 11, 15) + TD(days=90))
date_item(
    P,
    "how many weeks is it from 6 January 2030 to 31 March 2030",
    weeks(D(2030, 1, 6), D(2030, 3, 31)),
)
date_item(P, "which day of the week is 25 December 2034", weekday(D(2034, 12, 25)))
date_item(
    P,
    "how old is someone born on 30 August 1987 on 29 August 2031",
    age(D(1987, 8, 30), D(2031, 8, 29)),
)
date_item(P, "minutes from 22:47 to 06:15 the following morning", clock_span("22:47", "06:15", 60))
date_item(
    P,
    "flight leaves London at 21:30 on 24 March 2030 and lands in Dubai at 08:10 local time on "
    "25 March 2030. how long is the flight in minutes",
    utc_minutes("2030-03-24 21:30", "Europe/London", "2030-03-25 08:10", "Asia/Dubai"),
)
date_item(
    P,
    "is Feb 2100 28 or 29 days long, give me the number of days",
    calendar.monthrange(2100, 2)[1],
)
date_item(P, "date 1,000 days after 1 January 2030?", D(2030, 1, 1) + TD(days=1000))
date_item(P, "ISO week number of 31 December 2030", D(2030, 12, 31).isocalendar()[1])
date_item(
    P,
    f"how many working days (Mon-Fri) from {sayw(D(2030, 9, 2))} to {sayw(D(2030, 9, 27))} "
    "inclusive",
    weekdays_between(D(2030, 9, 2), D(2030, 9, 27)),
)
date_item(P, "what's the date 6 weeks before 10 March 2032", D(2032, 3, 10) - TD(weeks=6))
date_item(P, "how many hours from 09:40 to 17:10", clock_span("09:40", "17:10", 3600))

# registers
date_item(
    KENDAMA,
    "our club tournament is always the second Saturday of November. what's the date in 2030",
    nth_weekday(2030, 11, SAT, 2),
)
date_item(
    CHALK,
    f"the chalk festival runs from {sayw(D(2031, 8, 15))} to {sayw(D(2031, 8, 24))}. how many "
    "days is that, counting the first and last day",
    days(D(2031, 8, 15), D(2031, 8, 24)) + 1,
)
date_item(
    STATUE,
    "I hold the pose from 10:45 until 16:15 with no breaks. how many minutes is that",
    clock_span("10:45", "16:15", 60),
)
date_item(
    SERVER,
    "The hearing is on 3 March 2031 and the papers must be served no later than 14 days before "
    "the hearing date. What's the last date they can be served (hearing date minus 14 days)?",
    D(2031, 3, 3) - TD(days=14),
)
date_item(
    SERVER,
    f"served the papers on {sayw(D(2031, 11, 13))}. the affidavit of service is due on the "
    "fifth working day after service, counting Monday to Friday only and ignoring bank holidays. "
    "what date is that",
    working_day_after(D(2031, 11, 13), 5),
)
date_item(
    FOCUS,
    f"we run a session every 10 days starting {sayw(D(2031, 1, 7))}. what day of the week is "
    "the 6th session on",
    weekday(D(2031, 1, 7) + TD(days=50)),
)
date_item(
    DORMOUSE,
    "last dormouse seen going into hibernation on 19 October 2030, first one awake again on "
    "2 May 2031. how many days is that from the first date to the second",
    days(D(2030, 10, 19), D(2031, 5, 2)),
)
date_item(
    SHUFFLE,
    "The league starts January 5, 2032 and runs 13 weekly rounds, round 1 on the start date. "
    "What date is the final round?",
    D(2032, 1, 5) + TD(weeks=12),
)
date_item(
    COAST,
    "high water is at 23:50 and we get in the water at 03:05. how many minutes after high "
    "water is that",
    clock_span("23:50", "03:05", 60),
)
date_item(
    SKIP,
    "regional double dutch champs are on 21 June 2031, what weekday is that",
    weekday(D(2031, 6, 21)),
)
date_item(
    HAMMER,
    "age grading goes by age on the day of competition. I was born 11 November 1963 and the "
    "meet is on 10 November 2030 — what age do I compete at",
    age(D(1963, 11, 11), D(2030, 11, 10)),
)
date_item(
    SKIJOR,
    "Flight leaves New York JFK at 6:25 pm on February 3, 2032 and lands in Zurich at 8:10 am "
    "local time on February 4, 2032. How many minutes is the flight?",
    utc_minutes("2032-02-03 18:25", "America/New_York", "2032-02-04 08:10", "Europe/Zurich"),
)
date_item(
    SKIJOR,
    "return leg: Zurich 13:05 on 22 February 2032, landing at JFK 16:20 local the same day. "
    "flight time in minutes?",
    utc_minutes("2032-02-22 13:05", "Europe/Zurich", "2032-02-22 16:20", "America/New_York"),
)
date_item(
    ESTATE,
    "Dad died on 27 November 2029 and probate was granted on 14 August 2030. How many days did "
    "probate take?",
    days(D(2029, 11, 27), D(2030, 8, 14)),
)
date_item(
    ASYLUM,
    f"the refusal letter is dated {sayw(D(2031, 1, 9))} and the appeal has to be lodged no later "
    "than 14 calendar days after the date of the letter. what's the deadline date",
    D(2031, 1, 9) + TD(days=14),
)
date_item(
    ASYLUM,
    "client's date of birth is 3 March 2013. how old is he on 2 March 2031",
    age(D(2013, 3, 3), D(2031, 3, 2)),
)
date_item(
    ROGAINE,
    "sunset 19:35 and sunrise 06:50 on the event night. how many minutes of dark navigating",
    clock_span("19:35", "06:50", 60),
)
date_item(
    ROGAINE,
    "the state champs are held on the third Saturday of October. which date is that in 2031",
    nth_weekday(2031, 10, SAT, 3),
)
date_item(
    BEAM,
    "beam on from 08:00 on 28 February 2032 to 20:00 on 3 March 2032 without a trip. how many "
    "hours of beam is that",
    F(int((DT(2032, 3, 3, 20) - DT(2032, 2, 28, 8)).total_seconds()), 3600),
)
date_item(
    BEAM,
    "what day of the year is 15 August 2032, counting 1 January as day 1",
    D(2032, 8, 15).timetuple().tm_yday,
)
date_item(
    FRIDGE,
    f"cooldown started at 16:00 on {sayw(D(2030, 12, 13))} and takes 60 hours to reach base "
    "temperature. what day of the week will it get there",
    weekday(DT(2030, 12, 13, 16) + TD(hours=60)),
)
date_item(
    COLO,
    "the provider's maintenance window is the third Tuesday of each month. what date is it in "
    "April 2031",
    nth_weekday(2031, 4, TUE, 3),
)
date_item(
    DRYER,
    "dryer ran from 21:15 until 05:45 the next morning, how many hours was that",
    clock_span("21:15", "05:45", 3600),
)
date_item(
    MOSQ,
    "we spray every 9 days starting 2 June 2031, first spray on that date. what's the date of "
    "the 8th spray",
    D(2031, 6, 2) + TD(days=9 * 7),
)
date_item(
    SOUND,
    f"survey runs from {sayw(D(2031, 9, 29))} to {sayw(D(2031, 10, 17))}. how many weekdays "
    "(Mon to Fri) is that, both ends included",
    weekdays_between(D(2031, 9, 29), D(2031, 10, 17)),
)
date_item(
    SOUSA,
    "parade's on February 28, 2032. we rehearse every single day from January 19, 2032 up to "
    "and including the day before the parade. how many rehearsals is that",
    days(D(2032, 1, 19), D(2032, 2, 28)),
)
date_item(
    HALLOUMI,
    "halloumi sits in brine for 40 days. batch made on 23 December 2030, what date is it ready",
    D(2030, 12, 23) + TD(days=40),
)
date_item(
    NAPPY,
    "she was born on 17 November 2030. what date is exactly 100 days after her birth date",
    D(2030, 11, 17) + TD(days=100),
)
date_item(
    HITCH,
    "the bus from Buenos Aires leaves at 19:30 on 28 February 2031 and the trip takes 41 hours. "
    "what date do I arrive (same time zone the whole way)",
    (DT(2031, 2, 28, 19, 30) + TD(hours=41)).date(),
)
date_item(
    HITCH,
    "I can stay 90 days and the day I entered, 11 December 2030, counts as day 1. what is my "
    "last legal day",
    D(2030, 12, 11) + TD(days=89),
)
date_item(
    SEINE,
    "we haul the net every day from 24 April 2031 to 13 May 2031 inclusive, except Sundays. "
    "how many hauls is that",
    sum(
        1
        for k in range(days(D(2031, 4, 24), D(2031, 5, 13)) + 1)
        if (D(2031, 4, 24) + TD(days=k)).weekday() != SUN
    ),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


CONVS = [
    (
        "conv-redefined-operator",
        [
            (U, "for this puzzle, a ▲ b means a squared minus b, and it groups from the left"),
            (A, "Understood: a ▲ b = a² − b, evaluated left to right."),
            (U, "so what's 3 ▲ 4 ▲ 2"),
        ],
        "▲ is a made-up operator defined earlier; only the conversation says what it does",
    ),
    (
        "conv-redefined-operator",
        [
            (S, "In this logic game, x ~ y returns the larger of x and y, minus the smaller."),
            (U, "9 ~ 14 ~ 3?"),
        ],
        "~ is redefined by the system turn; a calculator would not know the rule",
    ),
    (
        "conv-other-base",
        [
            (U, "I'm reading a hex dump from an old ROM, everything below is hexadecimal"),
            (A, "Sure, I'll treat the numbers as hex."),
            (U, "what's 7F + 1A then"),
        ],
        "the operands are hexadecimal by an earlier turn, so the decimal reading is wrong",
    ),
    (
        "conv-other-base",
        [
            (U, "working in base 6 for a maths club challenge"),
            (A, "Okay, base 6 it is."),
            (U, "45 + 23 = ?"),
        ],
        "digits are base 6 as agreed earlier; the answer must be in base 6",
    ),
    (
        "conv-binary",
        [
            (S, "The user is practising binary arithmetic; all numerals are binary."),
            (U, "ok first one: 1011 times 110, show the carries"),
        ],
        "binary numerals set by the system turn",
    ),
    (
        "conv-modulus",
        [
            (U, "we're doing arithmetic mod 7 in my number theory homework"),
            (A, "Got it — everything reduced modulo 7."),
            (U, "what is 5 * 6 + 4"),
        ],
        "the earlier turn makes this modular arithmetic",
    ),
    (
        "conv-modulus",
        [
            (U, "clock arithmetic on a 12-hour face, no zero, 12 instead"),
            (A, "Right, results wrap round to 1-12."),
            (U, "so 9 o'clock plus 8 hours lands on what"),
        ],
        "wrap-around clock arithmetic agreed earlier changes the answer",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                S,
                (
                    "Worldbuilding help. In the setting, a year has 13 months of 28 days each, "
                    "plus one Yearday after the 13th month that belongs to no month."
                ),
            ),
            (U, "how many days from the 1st of month 3 to the 1st of month 11, same year"),
        ],
        "fictional calendar defined in the system turn",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "in my novel the week has eight days: Firstday, Moonday, Tideday, Forgeday, "
                    "Seedday, Marketday, Restday, Starday"
                ),
            ),
            (A, "Lovely. I'll use that eight-day week."),
            (U, "if the wedding is on a Tideday, what day is it 20 days later"),
        ],
        "an eight-day week invented earlier in the conversation",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in my tabletop game 1 glim = 7 sparks and 1 spark = 12 motes"),
            (A, "Noted: glim → 7 sparks → 84 motes."),
            (U, "how many motes in 3 and a half glims"),
        ],
        "glims, sparks and motes are invented units defined earlier",
    ),
    (
        "conv-fictional-currency",
        [
            (
                S,
                (
                    "You run the shop in a fantasy game. 1 gold crown = 20 silver stags, "
                    "1 silver stag = 12 copper pennies."
                ),
            ),
            (U, "what do 3 crowns and 5 stags come to in pennies"),
        ],
        "fictional currency exchange defined in the system turn",
    ),
    (
        "conv-fictional-unit",
        [
            (
                U,
                (
                    "on our station a shift is 7.5 standard hours and a cycle is four shifts, "
                    "it's for a sci-fi script"
                ),
            ),
            (A, "Got it — a cycle is 30 standard hours."),
            (U, "how many cycles is 120 hours"),
        ],
        "station shifts and cycles are the script's own units",
    ),
    (
        "conv-programming",
        [
            (U, "I'm writing C, both of these are ints"),
            (A, "Okay, integer types in C."),
            (U, "so what's -7 / 2"),
        ],
        "C integer division truncates toward zero; the language context set earlier decides it",
    ),
    (
        "conv-programming",
        [
            (U, "quick one about javascript floating point"),
            (A, "Sure, what's the expression?"),
            (U, "what does 0.1 + 0.2 print"),
        ],
        "the answer is JavaScript's printed double, not the exact sum",
    ),
    (
        "conv-programming",
        [
            (S, "The user is debugging Python 3 code."),
            (U, "round(2.5) + round(3.5) = ?"),
        ],
        "Python rounds half to even; the language set by the system turn matters",
    ),
    (
        "conv-spreadsheet",
        [
            (U, "A1 is 40, A2 is 15, A3 has =A1*2, A4 is empty"),
            (A, "Okay, I've got those cells."),
            (U, "what does =SUM(A1:A4)/COUNT(A1:A4) give"),
        ],
        "needs the cell contents from the earlier turn and spreadsheet semantics of COUNT",
    ),
    (
        "conv-split-earlier",
        [
            (
                U,
                (
                    "dinner tonight: we agreed Sam pays a double share because he brought his "
                    "partner, everyone else pays single"
                ),
            ),
            (A, "Makes sense — Sam counts as two shares."),
            (U, "bill is £180 for five of us, what does everyone owe"),
        ],
        "the split rule was agreed earlier in the conversation",
    ),
    (
        "conv-split-earlier",
        [
            (U, "rent split is by room size: mine is 14 m², Jo's 10, Ali's 16"),
            (A, "So shares of 14:10:16."),
            (U, "rent is 2,400 a month, how much is mine"),
        ],
        "the proportional rule and room sizes come from earlier turns",
    ),
    (
        "conv-previous-answer",
        [
            (U, "add up: pizza 11.50, garlic bread 4.25, two colas 2.10 each, tiramisu 5.80"),
            (A, "That comes to £25.75."),
            (U, "and without the drinks?"),
        ],
        "refers back to a list given earlier",
    ),
    (
        "conv-previous-answer",
        [
            (U, "my test scores so far are 71, 84 and 90"),
            (A, "Noted, three scores."),
            (U, "what do I need on the fourth to average 85"),
        ],
        "the scores are only in the earlier turn",
    ),
    (
        "conv-price-list",
        [
            (
                A,
                (
                    "Here's the menu: 1) flat white £3.40, 2) oat latte £3.90, 3) chai £3.20, "
                    "4) almond croissant £3.75"
                ),
            ),
            (U, "two of the second one and one of the last, how much"),
        ],
        "the items are identified only by the earlier assistant turn",
    ),
    (
        "conv-rpn",
        [
            (U, "from now on I'll type everything in reverse polish notation"),
            (A, "Fine, I'll read your input as RPN."),
            (U, "3 4 + 2 * 7 -"),
        ],
        "RPN reading set up earlier",
    ),
    (
        "conv-roman",
        [
            (U, "please answer only in roman numerals, it's for a quiz card"),
            (A, "Understood — Roman numerals only."),
            (U, "what's 44 plus 55"),
        ],
        "the answer format was set earlier; the model must write XCIX",
    ),
    (
        "conv-house-rules",
        [
            (
                U,
                (
                    "our pub quiz: correct answer 3 points, wrong answer minus 1, pass is 0, and "
                    "the picture round counts double"
                ),
            ),
            (A, "Got the scoring."),
            (U, "we got 14 right, 5 wrong, 3 passes, and 4 of the right ones were pictures"),
        ],
        "scoring rules given earlier in the chat",
    ),
    (
        "conv-house-rules",
        [
            (
                S,
                (
                    "House rules for this Monopoly game: passing Go pays 400, landing exactly on "
                    "Go pays 800 instead."
                ),
            ),
            (U, "I had 1,250 and landed on Go, how much now"),
        ],
        "house rule from the system turn replaces the standard amount",
    ),
    (
        "conv-fictional-tax",
        [
            (
                S,
                (
                    "You answer for the tax office of Ruritania: income tax is 10% of income up "
                    "to 20,000 crowns and 25% of anything above that."
                ),
            ),
            (U, "tax on 34,000 crowns?"),
        ],
        "a fictional tax schedule set by the system turn",
    ),
    (
        "conv-facts",
        [
            (U, "reading about the Battle of Hastings for my son's homework"),
            (A, "Happy to help — what would you like to know?"),
            (U, "how many years before the year 2000 was it"),
        ],
        "needs the battle's year, which only the model knows",
    ),
    (
        "conv-facts",
        [
            (U, "I'm doing a titration write-up"),
            (A, "Sure, go ahead."),
            (U, "what's the mass of 0.25 mol of sodium chloride"),
        ],
        "needs the molar mass of NaCl from chemistry knowledge",
    ),
    (
        "conv-music",
        [
            (U, "I play a B-flat clarinet in the town band"),
            (A, "Nice, what do you need?"),
            (U, "the concert pitch note is F, what do I read"),
        ],
        "transposition for a B-flat instrument; musical knowledge, not arithmetic",
    ),
    (
        "conv-knitting",
        [
            (
                U,
                (
                    "my gauge is 22 stitches per 10 cm and the pattern says cast on a multiple "
                    "of 4 plus 2 for the rib"
                ),
            ),
            (A, "Okay, 2.2 stitches per cm, then adjust to 4n + 2."),
            (U, "how many for a 56 cm chest"),
        ],
        "needs the pattern's rounding rule and a judgement about which multiple fits",
    ),
    (
        "conv-date-format",
        [
            (U, "our lab notebook writes dates as year/day/month, don't ask"),
            (A, "Okay, YYYY/DD/MM."),
            (U, "how many days from 2030/04/05 to 2030/06/05"),
        ],
        "an unusual date order set earlier changes which dates these are",
    ),
    (
        "conv-error-check",
        [
            (U, "is 12 × 15 = 170 right?"),
            (A, "Let me check that."),
            (U, "if not, where would someone typically slip to get 170"),
        ],
        "asks for an explanation of a likely mistake, not a result",
    ),
    (
        "conv-translation",
        [
            (U, "translate into French: the total is forty-five euros"),
            (A, "Le total est de quarante-cinq euros."),
            (U, "now three hundred and twelve euros and eighty cents"),
        ],
        "a translation task continued from the earlier turn",
    ),
    (
        "conv-gaming",
        [
            (U, "D&D 5e, my fighter has 17 strength"),
            (A, "Nice, what do you need?"),
            (U, "what's my attack bonus with a longsword at level 5"),
        ],
        "needs the game's ability modifier and proficiency rules",
    ),
    (
        "conv-recipe-context",
        [
            (A, "Soda bread: 450 g flour, 1 tsp bicarbonate, 1 tsp salt, 400 ml buttermilk."),
            (U, "make it for a 2 lb loaf tin instead"),
        ],
        "needs the earlier recipe and a baker's judgement about tin size",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone",
        "is 0800 123 4567 free to ring from a mobile in the UK",
        "phone tariff rules, not a sum",
    ),
    (
        "near-phone",
        "which country has the +56 dialling code, got a missed call from it",
        "a country code lookup",
    ),
    (
        "near-phone",
        "someone texted me from 555-0147, is that a real US number or a fake one",
        "knowledge of reserved numbers",
    ),
    ("near-isbn", "who publishes the book with ISBN 978-0-14-044913-6", "an identifier lookup"),
    (
        "near-isbn",
        "how is the last digit of a 13-digit ISBN chosen, explain it to a librarian trainee",
        "explains a check-digit scheme",
    ),
    (
        "near-version",
        "is python 3.10 newer than 3.9? my colleague says 3.9 is bigger",
        "version ordering, not decimal comparison",
    ),
    (
        "near-version",
        "what actually changed between node 18 and node 20 that would break my app",
        "release notes knowledge",
    ),
    (
        "near-version",
        "worth moving my old thinkpad from ubuntu 22.04 to 24.04?",
        "advice about operating system versions",
    ),
    ("near-score", "what does 6-4 3-6 7-6 mean in a tennis result", "explains a scoreline"),
    (
        "near-score",
        "cricket scorecard says 245/7 after 50, what do the numbers mean",
        "cricket notation, not a division",
    ),
    (
        "near-score",
        "the rugby finished 24-24, do they play extra time in a pool match",
        "competition rules",
    ),
    (
        "near-range",
        "my blood pressure was 135/85 at the chemist, should I worry",
        "medical advice about a reading",
    ),
    (
        "near-range",
        "the lego box says 8-12, is it ok for a bright 7 year old",
        "an opinion about an age range",
    ),
    (
        "near-range",
        "is a resting heart rate of 48 normal for a runner in her fifties",
        "health knowledge",
    ),
    ("near-part", "decode 205/55 R16 91V on my tyre wall", "a tyre size code"),
    (
        "near-part",
        "is an M8 bolt interchangeable with a 5/16 inch one",
        "fastener standards knowledge",
    ),
    ("near-part", "what does the E330 on my crisps packet mean", "a food additive code"),
    (
        "near-part",
        "what's the difference between a 13A and a 3A fuse for a lamp",
        "electrical advice",
    ),
    (
        "near-code",
        "windows update keeps failing with 0x80070005, what's causing it",
        "an error code lookup",
    ),
    (
        "near-code",
        "our API returned 418 to a customer, is that a real HTTP status or an in-joke",
        "web standards history",
    ),
    (
        "near-code",
        "what is 192.168.0.0/16 used for and can I use it at home",
        "networking knowledge",
    ),
    ("near-code", "chmod 755 or 644 for a shell script in my home dir", "file permission advice"),
    (
        "near-code",
        "what does exit code 137 mean when my docker container dies",
        "an exit code's meaning",
    ),
    ("near-postcode", "what's at postcode SW1A 1AA", "a postcode lookup"),
    ("near-flight-number", "what aircraft normally flies BA117", "flight schedule knowledge"),
    (
        "near-reference",
        "can you give me the text of John 3:16 in the King James version",
        "a scripture reference",
    ),
    (
        "near-reference",
        "what is article 50 and why was it such a big deal",
        "legal and political history",
    ),
    (
        "near-title",
        "what's Catch-22 about, is it worth reading in my twenties",
        "a book with a number in its title",
    ),
    ("near-title", "is Route 66 still drivable end to end these days", "travel knowledge"),
    ("near-title", "who sang 99 Red Balloons and what's it really about", "song knowledge"),
    (
        "near-explain",
        "why is 0.999 recurring equal to 1, my son doesn't believe it",
        "a mathematical explanation",
    ),
    ("near-explain", "why can't you divide by zero, explain like I'm ten", "an explanation"),
    ("near-explain", "why was 2000 a leap year when 1900 wasn't", "explains the calendar rule"),
    (
        "near-explain",
        "who decided an hour has 60 minutes rather than 100, and why did it stick",
        "history of timekeeping",
    ),
    (
        "near-explain",
        "where did 360 degrees for a full turn come from, babylon?",
        "history and explanation",
    ),
    (
        "near-explain",
        "why does 1 KB sometimes mean 1000 bytes and sometimes 1024",
        "explains a convention",
    ),
    (
        "near-explain",
        "what does 20/20 vision actually measure",
        "an explanation of an eye-test score",
    ),
    (
        "near-opinion",
        "is the golden ratio 1.618 really in the Parthenon or is that a myth",
        "an opinion on a claim",
    ),
    (
        "near-opinion",
        "credit score 720 on experian, is that good enough for a mortgage",
        "financial judgement",
    ),
    (
        "near-opinion",
        "4.2 stars from 12 reviews or 4.6 from 3,000, which place would you trust",
        "judgement about ratings",
    ),
    (
        "near-opinion",
        "is a 1-in-100-year flood really once a century? our surveyor said it could happen twice",
        "explains probability language",
    ),
    (
        "near-opinion",
        "the 4% rule for retirement withdrawals, is it still sensible",
        "financial opinion",
    ),
    (
        "near-opinion",
        "is 6.5 on IELTS enough for a UK masters in engineering",
        "admissions knowledge",
    ),
    ("near-opinion", "is 1080p fine for a 27 inch monitor or do I need 1440p", "a buying opinion"),
    ("near-opinion", "12v or 24v for a campervan leisure battery system", "design advice"),
    ("near-opinion", "0% APR for 24 months on a sofa, where's the catch", "consumer advice"),
    ("near-health", "toddler is 37.8 under the arm, is that a fever", "medical advice"),
    (
        "near-health",
        "how much paracetamol can a 14 year old take",
        "a dosing question needing medical guidance",
    ),
    ("near-facts", "how many people live in Lagos these days", "population facts"),
    ("near-facts", "what's the speed of sound at the top of Everest", "needs atmospheric facts"),
    (
        "near-facts",
        "how many miles is it to the moon on average, for a pub quiz",
        "an astronomical fact, not a conversion",
    ),
    (
        "near-facts",
        "at what temperature does water boil in Denver, in fahrenheit",
        "needs the city's altitude",
    ),
    (
        "near-facts",
        "roughly how many calories does a medium banana have compared with an apple",
        "nutrition facts",
    ),
    (
        "near-facts",
        "what day of the week did the Titanic sink",
        "needs the date of a historical event",
    ),
    (
        "near-facts",
        "the Hundred Years' War, how many years did it really run and why the name",
        "history; the name is misleading",
    ),
    (
        "near-facts",
        "my dad was born in 1961, how old was he when the Berlin Wall came down",
        "needs the year of a historical event",
    ),
    ("near-facts", "who wore number 23 for the Chicago Bulls", "sports trivia"),
    (
        "near-facts",
        "what's the exchange rate for pounds to yen at the moment",
        "live rates a calculator lacks",
    ),
    (
        "near-estimate",
        "roughly how many piano tuners work in chicago, talk me through the estimate",
        "a Fermi estimate with assumptions",
    ),
    (
        "near-estimate",
        "ballpark how many golf balls would fit in a school bus",
        "an estimate needing assumptions",
    ),
    ("near-sizes", "is a UK size 10 dress the same as a US 10", "clothing size conventions"),
    (
        "near-sizes",
        "what does 1:43 scale mean on a model car and is it bigger than 1:64",
        "explains model scales",
    ),
    ("near-sizes", "5.1 vs 7.1 surround for a small living room, is it worth it", "audio advice"),
    (
        "near-standards",
        "what does ISO 9001 actually involve for a ten person firm",
        "a standard's content",
    ),
    (
        "near-standards",
        "the 3-2-1 backup rule, what is it and does onedrive count",
        "explains a rule of thumb",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short thank-you note to my neighbour who fed the cats for a fortnight",
        "help me word a text to my landlord: boiler's been off four days, I don't want to be rude",
        "draft a toast for my sister's 40th, she loves sailing and terrible puns",
        "make this sentence less clunky: 'the meeting which was held was about the budget'",
        "write a cover letter opening for a junior archivist job",
        "can you turn my bullet points into a friendly newsletter intro for the allotment society",
        "give me three ways to start a eulogy for my grandad who was a bus driver",
        "rewrite this complaint so it's firm but polite: my parcel was left in the rain again",
        "suggest a title for my blog post about learning to swim at 52",
    ],
    "cooking": [
        "leftover jasmine rice, half a leek, two eggs and a tin of sweetcorn — dinner ideas?",
        "my rye sourdough is gummy in the middle even after an hour in the oven, what went wrong",
        "vegetarian main for a dinner party where one guest can't eat nuts",
        "how do I stop aubergine going soggy when I fry it",
        "is it safe to reheat cooked mussels the next day",
        "give me a simple dal recipe that a teenager could manage",
        "what's the difference between baking soda and baking powder in cookies",
        "ideas for a packed lunch that isn't a sandwich",
        "how do I rescue a split hollandaise",
    ],
    "travel": [
        "is Porto or Lisbon better for a first trip to Portugal with kids",
        "packing list for hut-to-hut walking in the Dolomites in late September, I run cold",
        "I'm six foot four and have a 14 hour economy flight, how do I get any sleep",
        "do I need a car on Crete or can I manage on buses",
        "how do Japanese rail passes work for a two city trip",
        "what's a good itinerary for three days in Edinburgh in winter",
        "is it rude not to tip taxi drivers in Germany",
        "suggest some quiet beaches in Pembrokeshire that aren't packed in August",
        "what should a first-time solo traveller know about hostels",
    ],
    "health": [
        "physio signed me off after a meniscus tear, how do I ease back into parkrun",
        "what are good stretches for a stiff lower back from desk work",
        "how do I know if I'm getting enough sleep",
        "ways to calm down before a job interview",
        "I get a head rush every time I get out of the bath, should I mention it to my GP",
        "what are the signs of burnout and what helps",
        "how do I start strength training in my sixties",
        "tips for cutting down on sugar without feeling miserable",
    ],
    "tech-help": [
        "my laptop fan is always loud, what can I check",
        "how do I move my photos from an old android phone to an iphone",
        "why does my wifi drop out in the back bedroom",
        "what's the easiest way to make a backup of my whole computer",
        "how do I stop excel turning my part codes into dates",
        "should I use a password manager and which kind",
        "how do I set up parental controls on a games console",
        "git says 'detached HEAD', what did I do and how do I get out",
        "why is my python script saying ModuleNotFoundError when the package is installed",
    ],
    "relationships": [
        "my friend's hen do is in Ibiza and I can't afford it, how do I tell her kindly",
        "my flatmate never washes up, how do I raise it without a row",
        "ideas for a low-key anniversary when we're both exhausted",
        "a colleague's father died suddenly, what can I say in a card that isn't a cliché",
        "my fifteen year old just grunts at mealtimes, how do I get a conversation going",
        "my manager keeps piling projects on me, how do I push back without seeming work-shy",
        "what's a good way to apologise after snapping at a colleague",
        "moved to Leeds at 34 and don't know anyone, where do people my age meet friends",
    ],
    "learning": [
        "explain photosynthesis to a nine year old",
        "what's the best way to learn Spanish verbs without boring myself",
        "how does compound interest actually work, in words not formulas",
        "what caused the First World War, briefly",
        "explain the difference between weather and climate",
        "my nan asked how an mRNA jab teaches the body to spot a virus, how do I explain that",
        "what is a derivative in calculus, intuitively",
        "how do I revise for a history exam effectively",
        "why do antibiotics work on bacteria but not on viruses",
    ],
    "creative": [
        "write a limerick about a hedgehog who hates autumn",
        "plot idea for a cosy mystery where the detective is a retired lighthouse keeper's parrot",
        "write a four-line poem for a retirement card for a school cook",
        "suggest a theme for a 10th birthday party that isn't superheroes",
        "describe a rainy market town in the style of a noir detective",
        "help me come up with a fantasy river name that sounds old",
        "write a bedtime story about a tortoise who wants to fly",
    ],
    "career": [
        "how do I explain a two-year gap on my CV",
        "should I take a pay cut to move into UX design",
        "good questions to ask the panel at the end of a school governor interview",
        "how do I ask for a pay rise when the company is struggling",
        "is a masters worth it for moving into data analysis",
        "how do I write a LinkedIn summary that doesn't sound cheesy",
    ],
    "home-garden": [
        "the top leaves on my greenhouse tomatoes are curling inwards, is it heat or a virus",
        "black mould keeps coming back above the shower in our rented flat, what stops it",
        "best way to remove old wallpaper that's been painted over",
        "what flowers for a damp north-facing border under a sycamore",
        "one radiator upstairs is cold at the top, walk me through bleeding it",
        "how often should I water a fiddle leaf fig in winter",
        "how do I stop my sash windows rattling",
        "is it worth getting a heat pump for a 1930s semi",
    ],
    "pets": [
        "my cat keeps scratching the sofa, what actually works",
        "how do I introduce a new rabbit to my old one",
        "is it ok to give dogs cooked chicken bones",
        "why does my dog bark at the postman every single day",
        "what should I ask a breeder before buying a puppy",
        "tips for keeping an elderly dog comfortable in hot weather",
    ],
    "shopping-advice": [
        "road bike or hybrid for a 10 km commute on mixed roads",
        "what should I look for in a second-hand car",
        "which is better for a small kitchen, an air fryer or a combi microwave",
        "how do I choose a good mattress without trying twenty",
        "are expensive running shoes really better",
        "what's a thoughtful gift for a coworker who's leaving",
    ],
    "language": [
        "give me a memory trick for affect versus effect that my nephew will remember",
        "how do I tell a waiter in Korean that my son is allergic to peanuts",
        "is 'different to' wrong in British English or just informal",
        "what does 'sonder' mean and is it a real word",
        "explain when to use 'ser' and 'estar' in Spanish",
        "where does the phrase 'mad as a hatter' come from",
    ],
}
for fam, qs in ORDINARY.items():
    for q in qs:
        neg(fam, q)


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
    # no register (family name) of this set is a family name of sets 19 to 185
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 185: {reused}"
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
