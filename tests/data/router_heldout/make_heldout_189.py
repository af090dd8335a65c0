"""Generate heldout-2027-06-10.jsonl: a hundred-and-eighty-ninth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_189.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-188, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions (Decimal literals via dec/pct, whole_up or floor where
whole items are asked for), unit conversions from exact definitions (inch, pound, acre, knot,
psi, Fahrenheit) with EXACT for terminating answers and unit_r for rounded ones, and dates
with datetime (day spans, weekdays, ages, nth weekdays, working days, a Julian-to-Gregorian
conversion via the Julian day number) and zoneinfo for flights between zones (utc_minutes).
Weekdays printed next to dates come from sayw, never typed by hand.

Provenance
----------
Read: this file (cat), grading.py (cat) and earlier_registers.txt (its first and last lines,
then grep -c and grep -E for keywords of candidate register names, to keep the 25 new and far
from the earlier ones). Nothing under /work/main, /work/shared or /work/.library was opened.
Wrote: the four sections by hand, drafted in scratch files in this directory and spliced in
with a small script; every expected value is an expression, not a typed number. Items the
duplicate check flagged (by id only) were reworded until it passed.
Checked: ran this generator repeatedly (also with --show to review my own expected values),
ruff check and ruff format with /work/main/pyproject.toml, a line-length check (99), and the
generator again after formatting.
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
OUT = HERE / "heldout-2027-06-10.jsonl"
PREFIX = "ho189-"
# earlier generators: sets 1-188 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 189))
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
    "make_heldout_186.py",
    "make_heldout_187.py",
    "make_heldout_188.py",
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


YEREVAN = "brandy_cellar_master_in_yerevan"
USHUAIA = "expedition_cruise_guide_out_of_ushuaia"
KASHAN = "rosewater_distiller_in_kashan"
BILMA = "salt_caravan_trader_bound_for_bilma"
ALFAMA = "fado_house_owner_in_alfama"
LOFOTEN = "stockfish_drying_rack_owner_in_lofoten"
SAMARKAND = "silk_road_guesthouse_keeper_in_samarkand"
TIMBUKTU = "family_manuscript_library_keeper_in_timbuktu"
SHOGI = "shogi_club_tournament_director"
FUNAFUTI = "climate_data_officer_in_funafuti"
HATTER = "hatter_restoring_vintage_top_hats"
UJI = "matcha_tea_farmer_in_uji"
ATHOS = "boatman_ferrying_pilgrims_to_mount_athos"
DAKAR = "pirogue_boatbuilder_in_dakar"
IQALUIT = "sealift_cargo_coordinator_in_iqaluit"
TABASCO = "cacao_fermentation_shed_in_tabasco"
PUSHKAR = "camel_fair_trader_in_pushkar"
SAPPORO = "snow_removal_contractor_in_sapporo"
HUON = "huon_valley_apple_picking_crew"
DOCKYARD = "figurehead_carver_at_a_historic_dockyard"
KATHMANDU = "prayer_flag_printer_in_kathmandu"
HOI_AN = "ao_dai_tailor_in_hoi_an"
GRANADA = "flamenco_guitar_maker_in_granada"
PESAPALLO = "pesapallo_team_manager_in_finland"
BAIKAL = "omul_fisher_on_lake_baikal"

# plain one-liners
calc(P, "invoice line needs 17.5% of £2,340 — what figure goes in", pct("17.5") * 2340)
calc(P, "2 3/4 + 1 5/8 as a decimal", F(11, 4) + F(13, 8))
calc(P, "(48.6 - 19.25) x 3.2", (dec("48.6") - dec("19.25")) * dec("3.2"))
assert math.isqrt(7056) ** 2 == 7056
calc(P, "sqrt(7056) please", math.isqrt(7056))
calc(P, "2 to the power 17 minus 5 cubed", 2**17 - 5**3)
calc(P, "1,284,600 ÷ 375", F(1284600, 375))
calc(
    P,
    "I make $23.40 an hour and did 37.5 hours, what's that before tax",
    dec("23.40") * dec("37.5"),
)
calc(P, "percentage increase going from 640 to 712?", (F(712) - 640) / 640 * 100)
calc(
    P,
    "twelve thousand four hundred and six take away nine thousand eight hundred and eighty-nine",
    12406 - 9889,
)
calc(P, "0.125 times 64.8", dec("0.125") * dec("64.8"))
calc(
    P,
    "average of 62, 75, 81, 58, 94, 70, 77 and 83",
    F(62 + 75 + 81 + 58 + 94 + 70 + 77 + 83, 8),
)
assert 20**2 + 21**2 == 29**2
calc(P, "right triangle, legs 20 and 21, how long is the hypotenuse", 29)
calc(P, "£1,158 including 20% VAT - what was it before VAT", F(1158) / (1 + pct(20)))
calc(
    P,
    "£5,000 at 4% compound interest, added once a year — balance after the third year's "
    "interest goes in?",
    5000 * (1 + pct(4)) ** 3,
)

# brandy cellar in Yerevan
_casks, _cask_l, _abv, _lost = 14, 420, pct(70), pct(11)
calc(
    YEREVAN,
    "We filled 14 oak casks at 420 litres each with spirit at 70% abv. Over the ageing we lost "
    "11% of the volume to the angels' share (assume the strength stays at 70%). If we cut "
    "everything down to 40% abv with water, how many litres of 40% brandy do we end up with?",
    _casks * _cask_l * (1 - _lost) * _abv / pct(40),
)
# expedition cruise guide out of Ushuaia
calc(
    USHUAIA,
    "cabin price is US$14,850 per person twin share and the single supplement is 70% on top "
    "of that. booking for three couples and two solo travellers, what's the total in dollars",
    6 * 14850 + 2 * 14850 * (1 + pct(70)),
)
calc(
    USHUAIA,
    "Crew tip guideline is $18 per passenger per night. We had 176 passengers on a 10-night "
    "Antarctic voyage; 40% of the pool goes to the expedition team, and there are 16 of us on "
    "it. What does each expedition team member get?",
    F(176 * 18 * 10) * pct(40) / 16,
)
# rosewater distiller in Kashan
calc(
    KASHAN,
    "roughly 4,000 kg of damask petals gives 1 kg of rose oil. we picked 2,650 kg this season "
    "and the oil sells at 9,800 euros a kilo — what's our oil worth in euros",
    F(2650, 4000) * 9800,
)
# salt caravan to Bilma
_camels, _cones = 38, 6
calc(
    BILMA,
    "38 camels, each carrying 6 salt cones. Cones cost 2,500 CFA each in Bilma and fetch 9,000 "
    "CFA in Agadez. Fodder and water run 1,200 CFA per camel per day and the round trip is 21 "
    "days. Profit for the whole caravan in CFA?",
    _camels * _cones * (9000 - 2500) - _camels * 1200 * 21,
)
# fado house in Alfama
calc(
    ALFAMA,
    "Fado night: 46 covers on the €38 set menu, 12 of them took the €14 wine pairing, 10% "
    "service goes on everything. The Porto office group want to split their own part equally "
    "between the 8 of them — they had 8 set menus and 4 pairings. How much does each of the 8 "
    "pay?",
    (8 * 38 + 4 * 14) * (1 + pct(10)) / 8,
)
# stockfish in Lofoten
calc(
    LOFOTEN,
    "hung 18,500 kg of fresh cod on the hjell. stockfish keeps about 20% of the wet weight. "
    "the Italian buyer pays 380 kroner a kilo of dried fish and the agent takes 6%. what do we "
    "net, in kroner",
    18500 * pct(20) * 380 * (1 - pct(6)),
)
# guesthouse in Samarkand
calc(
    SAMARKAND,
    "7 rooms at 450,000 som a night. over a 30-night stretch we averaged 80% occupancy. room "
    "revenue in som?",
    7 * 30 * pct(80) * 450000,
)
# manuscript library in Timbuktu
_pages = 3240 * 86
calc(
    TIMBUKTU,
    "We have 3,240 manuscripts, 86 pages each on average. The scanner does 140 pages an hour "
    "and we run it 6 hours a day, 5 days a week. How many weeks of scanning is that, rounded up "
    "to whole weeks?",
    whole_up(F(_pages, 140 * 6 * 5)),
)
calc(
    TIMBUKTU,
    "Of the 3,240 manuscripts, 455 are already in archival boxes. Each new box holds 18 and "
    "costs 4,750 CFA. What will boxing the rest cost? (a part-filled box still has to be bought)",
    whole_up(F(3240 - 455, 18)) * 4750,
)
# shogi tournament
calc(
    SHOGI,
    "64 players paid the ¥3,000 entry, the hall costs ¥85,000, and the prize fund is whatever "
    "is left. First place gets 40% of the fund. How many yen is first prize?",
    (64 * 3000 - 85000) * pct(40),
)
# climate data in Funafuti
calc(
    FUNAFUTI,
    "monthly rainfall at the Funafuti gauge: 412.6 mm, 365.2 mm, 338.9 mm, 251.4 mm. mean of "
    "those four monthly totals in mm?",
    (dec("412.6") + dec("365.2") + dec("338.9") + dec("251.4")) / 4,
)
calc(
    FUNAFUTI,
    "Tide gauge annual mean sea level was 1.742 m in 1993 and 1.868 m in 2023. Average rise in "
    "millimetres per year between those two annual means?",
    (dec("1.868") - dec("1.742")) * 1000 / (2023 - 1993),
)
# hatter
calc(
    HATTER,
    "quote for a top hat restoration: re-blocking £85, silk plush at £64 a metre and I need "
    "0.45 m, new leather sweatband £28, 2.5 hrs finishing at £40/hr. plus 20% VAT on the lot. "
    "total?",
    (85 + 64 * dec("0.45") + 28 + dec("2.5") * 40) * (1 + pct(20)),
)
# matcha in Uji
_tins = (1860 * 1000 * (1 - pct(78)) * (1 - pct(4))) / 30
calc(
    UJI,
    "We picked 1,860 kg of fresh tencha leaf. Steaming and drying take off 78% of the weight, "
    "then stone-grinding loses another 4% of what's left. The matcha goes into 30 g tins — how "
    "many full tins?",
    math.floor(_tins),
)
assert _tins.denominator != 1
# boat to Mount Athos
calc(
    ATHOS,
    "fare is €12.50 a pilgrim, monks ride free. Monday's three sailings carried 97, 114 and 88 "
    "people, 11 of them monks in total. what did we take",
    (97 + 114 + 88 - 11) * dec("12.50"),
)
# pirogue builder in Dakar
calc(
    DAKAR,
    "An 18 m pirogue needs 42 planks of caïlcédrat at 27,500 CFA each. I buy 15% extra for "
    "waste, rounded up to whole planks, plus 8 pots of paint at 6,750 CFA. Total cost in CFA?",
    whole_up(42 * (1 + pct(15))) * 27500 + 8 * 6750,
)
# sealift in Iqaluit
calc(
    IQALUIT,
    "46 pallets averaging 612 kg going north on the sealift. Carrier charges CA$0.87 per kg "
    "plus a flat $1,150 fuel surcharge. What's the bill?",
    46 * 612 * dec("0.87") + 1150,
)
calc(
    IQALUIT,
    "co-op store order: 2,340 cases of bottled water, each case takes up 0.018 cubic metres, "
    "and the ship charges CA$245 per cubic metre. freight cost?",
    2340 * dec("0.018") * 245,
)
# cacao in Tabasco
calc(
    TABASCO,
    "2,400 kg of wet cacao went into the boxes. Dried yield is 38% of wet weight, the buyer "
    "pays 112 pesos per kg of dry beans, and 30% of the money goes to the cooperative fund. "
    "What's left for the growers, in pesos?",
    2400 * pct(38) * 112 * (1 - pct(30)),
)
# camel fair in Pushkar
calc(
    PUSHKAR,
    "Bought 7 camels at ₹48,500 each. Fodder ₹260 per camel per day for the 12 days of the "
    "fair. Sold 5 for ₹63,000 each and the other 2 for ₹51,500 each. Profit in rupees?",
    5 * 63000 + 2 * 51500 - 7 * 48500 - 7 * 260 * 12,
)
# snow removal in Sapporo
calc(
    SAPPORO,
    "season costs: 27 call-outs at ¥18,000, loader hire ¥950 an hour for 61.5 hours, and "
    "1,340 litres of diesel at ¥172.4. total yen",
    27 * 18000 + 950 * dec("61.5") + 1340 * dec("172.4"),
)
# apple picking crew, Huon Valley
calc(
    HUON,
    "Crew of 10 filled 187 bins at A$42.50 a bin. Contractor keeps 8% and the rest is split "
    "evenly between the 10 pickers. How much each?",
    187 * dec("42.50") * (1 - pct(8)) / 10,
)
calc(
    HUON,
    "187 bins, about 420 kg of apples in each. The packout rate is 78% and the good fruit goes "
    "into 18 kg cartons. How many full cartons is that?",
    math.floor(F(187 * 420) * pct(78) / 18),
)
# figurehead carver
calc(
    DOCKYARD,
    "Figurehead quote: 46 hours carving at £55/hr, lime block £1,380, 3.5 books of gold leaf "
    "at £38 a book. The museum gets 10% off the labour only, then VAT at 20% on the lot. "
    "Total?",
    (46 * 55 * (1 - pct(10)) + 1380 + dec("3.5") * 38) * (1 + pct(20)),
)
# prayer flags in Kathmandu
calc(
    KATHMANDU,
    "printed 1,260 sets of 10 flags, 4% of the flags came out misprinted and get thrown away. "
    "I repack the good ones into sets of 10 and sell each set for Rs 350. what do I make if I "
    "sell every complete set",
    math.floor(F(12600) * (1 - pct(4)) / 10) * 350,
)
# ao dai tailor in Hoi An
calc(
    HOI_AN,
    "One ao dai: 3.2 m of silk at 240,000 dong a metre plus 650,000 dong tailoring, and the "
    "express service adds 25% to the tailoring only. She wants three identical ones, express. "
    "Total in dong?",
    3 * (dec("3.2") * 240000 + 650000 * (1 + pct(25))),
)
# guitar maker in Granada
calc(
    GRANADA,
    "guitar is €4,800, 30% deposit and the balance in 4 equal instalments. how much is each "
    "instalment",
    4800 * (1 - pct(30)) / 4,
)
# pesäpallo team manager
calc(
    PESAPALLO,
    "Away game 430 km each way. The coach costs €2.35 per km there and back plus the driver's "
    "€180 day rate for 2 days, split between 20 players and staff. Per head?",
    (2 * 430 * dec("2.35") + 2 * 180) / 20,
)
# omul fishing on Baikal
calc(
    BAIKAL,
    "three days' catch: 46.5 kg, 38.2 kg and 51.8 kg of omul. smoking keeps 65% of the weight "
    "and smoked omul goes for 1,400 roubles a kilo. what's it all worth",
    (dec("46.5") + dec("38.2") + dec("51.8")) * pct(65) * 1400,
)
calc(
    BAIKAL,
    "Hovercraft burns 0.42 litres per km. I run 37 km out to the nets and 37 back, 5 times a "
    "week, and fuel is 61.5 roubles a litre. Weekly fuel bill in roubles?",
    dec("0.42") * 74 * 5 * dec("61.5"),
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

# plain one-liners
unit_r(P, "convert 68 kg to pounds", 68 / LB)
unit(P, "my son is 5 ft 11 in now, what's that in cm", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "26.2 miles → km?", dec("26.2") * MI / 1000)
unit_r(P, "thermostat says 72°F, so what's that in celsius", f_to_c(72))
unit_r(P, "flat is listed as 350 sq ft, how many m² is that", 350 * SQFT)
unit_r(P, "hire car cruise control set to 130 km/h — in mph that's what", 130 * KMH / MPH)
unit(P, "2.5 GiB is how many MiB", dec("2.5") * GIB / MIB, EXACT)
unit_r(P, "how many ounces in 1.2 kg", dec("1.2") / OZ)
unit_r(P, "tyre sticker says 2.4 bar, what's that in psi", dec("2.4") * BAR / PSI)
unit_r(P, "I weigh 12 st 4 lb, kilograms please", (12 * STONE + 4 * LB))
unit_r(P, "15 acres to hectares", 15 * ACRE / 10000)
unit(P, "boat does 25 kts, how fast is that in km/h", 25 * KNOT / KMH, EXACT)
unit(P, "-10 °C on the forecast, what's that in °F", c_to_f(-10), EXACT)
unit_r(P, "200 cubic feet in cubic metres", 200 * CUFT)

unit(
    YEREVAN,
    "Our cellar sits at 14°C all year. The American importer wants it in Fahrenheit for the "
    "label story — what is it?",
    c_to_f(14),
    EXACT,
)
unit(
    USHUAIA,
    "crossing the Drake we cruise at 12.5 knots. what's that in km/h for the passenger briefing",
    dec("12.5") * KNOT / KMH,
    EXACT,
)
unit_r(
    USHUAIA,
    "Bridge logged gusts of 65 knots off Cape Horn. An American guest asked for it in miles "
    "per hour — what do I tell him?",
    65 * KNOT / MPH,
)
unit_r(
    KASHAN,
    "A buyer in Texas wants our petal harvest in pounds. We picked 2,650 kg. How many lb?",
    2650 / LB,
)
unit_r(
    BILMA,
    "agadez to bilma is about 610 km across the Ténéré. how far is that in miles",
    610 * 1000 / MI,
)
unit_r(
    ALFAMA,
    "The terrace out back is 6.5 m by 4.2 m. A landlord listing wants the area in square feet.",
    dec("6.5") * dec("4.2") / SQFT,
)
unit_r(
    LOFOTEN,
    "wind on the drying racks hit 22 m/s last night, how many knots is that",
    22 / KNOT,
)
unit_r(
    SAMARKAND,
    "Samarkand sits at about 702 metres above sea level. In feet, for my website?",
    702 / FT,
)
unit(
    TIMBUKTU,
    "the store room reached 46 °C in the afternoon. what's that in fahrenheit for the "
    "conservator's report",
    c_to_f(46),
    EXACT,
)
unit_r(
    TIMBUKTU,
    "278,640 scanned pages at 42 MiB each — how many GiB of storage is that?",
    F(278640 * 42 * MIB, GIB),
)
unit_r(
    SHOGI,
    "A standard shogi board is about 36.4 cm on its long side. How many inches is that?",
    dec("36.4") / 100 / IN,
)
unit_r(
    FUNAFUTI,
    "highest natural point on the atoll is about 4.6 m above sea level. in feet?",
    dec("4.6") / FT,
)
unit_r(
    FUNAFUTI,
    "Annual rainfall came in at 3,540 mm. A US partner agency asks for it in inches — what is it?",
    dec("3.540") / IN,
)
unit(
    HATTER,
    "customer's head measures 22 3/4 inches round. in centimetres please",
    (22 + F(3, 4)) * IN * 100,
    EXACT,
)
unit_r(
    UJI,
    "Our shaded tea fields come to 2.4 hectares. A visitor from Iowa asked: how many acres?",
    dec("2.4") * 10000 / ACRE,
)
unit_r(
    ATHOS,
    "Ouranoupoli to Dafni is roughly 32 km by sea. How many nautical miles is that?",
    F(32000, 1852),
)
unit_r(DAKAR, "this pirogue is 18 m long, what is that in feet", 18 / FT)
unit_r(
    IQALUIT,
    "One container's payload is 26,500 kg. The southern supplier quotes in pounds — how many "
    "lb is it?",
    26500 / LB,
)
unit_r(
    IQALUIT,
    "the American crew said it was -38°F on the dock in March. what's that in celsius",
    f_to_c(-38),
)
unit_r(
    TABASCO,
    "Thermometer in the fermentation box reads 118°F. What's that in °C?",
    f_to_c(118),
)
unit_r(PUSHKAR, "our camels walk about 32 km a day. in miles?", 32 * 1000 / MI)
unit_r(
    SAPPORO,
    "Snow depth at the depot hit 1.85 m. The US client wants inches — how many?",
    dec("1.85") / IN,
)
unit_r(
    HUON,
    "Picking bin inside measurements 1.2 m x 1.0 m x 0.6 m. What's its volume in cubic feet?",
    dec("1.2") * dec("1.0") * dec("0.6") / CUFT,
)
unit_r(
    HUON,
    "the packing shed handles 2.8 tonnes of apples an hour. how many kg a minute is that",
    dec("2.8") * 1000 / 60,
)
unit(
    DOCKYARD,
    "The figurehead stands 9 ft 4 in. How tall is that in centimetres?",
    (9 * FT + 4 * IN) * 100,
    EXACT,
)
unit_r(
    KATHMANDU,
    "a string of flags for the stupa is 25 m long, how many yards",
    25 / YD,
)
unit(
    HOI_AN,
    "Customer gave her waist as 28 inches. I cut in centimetres — what is it?",
    28 * IN * 100,
    EXACT,
)
unit_r(
    GRANADA,
    "my standard scale length is 650 mm. a client in Chicago wants it in inches",
    F(650, 1000) / IN,
)
unit_r(
    PESAPALLO,
    "A pesäpallo pitch is 92 m long. American exchange student asks in yards — how many?",
    92 / YD,
)
unit_r(
    BAIKAL,
    "ice on the bay is 78 cm thick, a vlogger from Ohio wants inches",
    F(78, 100) / IN,
)
unit_r(
    BAIKAL,
    "Baikal's deepest point is 1,642 m. How many feet is that?",
    1642 / FT,
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


# plain one-liners
date_item(
    P, "storming of the Bastille, 14 July 1789 — which weekday was it", weekday(D(1789, 7, 14))
)
date_item(P, "how many days from 15/01/2031 to 28/02/2031", days(D(2031, 1, 15), D(2031, 2, 28)))
date_item(P, "what's the date 90 days after 15 January 2032?", D(2032, 1, 15) + TD(days=90))
date_item(P, "what weekday is 07/04/2031 (that's MM/DD/YYYY)", weekday(D(2031, 7, 4)))
date_item(
    P,
    "how old is someone born on 12 August 1987 on 11 August 2035",
    age(D(1987, 8, 12), D(2035, 8, 11)),
)
_w_end = D(2030, 5, 6) + TD(weeks=20)
date_item(
    P,
    f"how many weeks is it from 6 May 2030 to {say(_w_end)}",
    weeks(D(2030, 5, 6), _w_end),
)
date_item(P, "date 1,000 days after 1 June 2029?", D(2029, 6, 1) + TD(days=1000))
date_item(P, "what day of the week is 25 December 2035", weekday(D(2035, 12, 25)))
_june = [D(2031, 6, d) for d in range(2, 28)]
date_item(
    P,
    "how many weekdays (Mon-Fri) are there from 2 June 2031 to 27 June 2031, both included",
    sum(1 for d in _june if d.weekday() < SAT),
)
date_item(P, "date of the third Thursday in October 2030", nth_weekday(2030, 10, THU, 3))
date_item(
    P, "how many minutes from 21:40 to 06:15 the next morning", clock_span("21:40", "06:15", 60)
)
date_item(P, "what's the date 6 weeks after March 9, 2034", D(2034, 3, 9) + TD(weeks=6))
date_item(P, "last Friday of November 2029 is which date", nth_weekday(2029, 11, FRI, -1))
date_item(
    P,
    "number of days from 17 August 2030 to 31 December 2030",
    days(D(2030, 8, 17), D(2030, 12, 31)),
)

# registers
date_item(
    YEREVAN,
    "Cask 117 was filled on 3 April 2019 and we bottle it when it is exactly 3,000 days old. "
    "What date is that?",
    D(2019, 4, 3) + TD(days=3000),
)
_sail = D(2030, 11, 12)
date_item(
    USHUAIA,
    f"ship leaves Ushuaia on {sayw(_sail)} for a 19-night voyage, what date do we disembark",
    _sail + TD(days=19),
)
_pick = D(2031, 5, 3)
date_item(
    KASHAN,
    f"Rose picking starts {sayw(_pick)} and runs for 26 days counting the first day. Which "
    "weekday is the last picking day?",
    weekday(_pick + TD(days=25)),
)
date_item(
    BILMA,
    "We leave Agadez on 2 November 2030: 17 days' walk to Bilma, 4 days' rest there, then 18 "
    "days back. What date do we get back to Agadez?",
    D(2030, 11, 2) + TD(days=17 + 4 + 18),
)
date_item(
    BILMA,
    "left agadez 2 November 2030, the last of the salt sold on 15 January 2031. how many days "
    "between those two dates",
    days(D(2030, 11, 2), D(2031, 1, 15)),
)
date_item(
    ALFAMA,
    "Santo António night is 12 June — what day of the week is it in 2032? need to plan the "
    "sardine grill",
    weekday(D(2032, 6, 12)),
)
_hang = D(2031, 3, 8)
date_item(
    LOFOTEN,
    f"the cod went up on the racks on {sayw(_hang)}; it comes down 12 weeks after that. what "
    "date is take-down",
    _hang + TD(weeks=12),
)
date_item(
    SAMARKAND,
    "Guest checks in on 27 February 2032 and checks out on 4 March 2032. How many nights am I "
    "charging for?",
    days(D(2032, 2, 27), D(2032, 3, 4)),
)
date_item(
    TIMBUKTU,
    "Flight leaves Bamako at 23:35 local on 9 October 2030 and lands at Paris CDG at 06:20 "
    "Paris time on 10 October 2030. How long is the flight, in minutes?",
    utc_minutes("2030-10-09T23:35", "Africa/Bamako", "2030-10-10T06:20", "Europe/Paris"),
)
_r1 = D(2031, 1, 5)
date_item(
    SHOGI,
    f"Club league plays every second Sunday, round 1 was {sayw(_r1)}. Date of round 9?",
    _r1 + TD(weeks=2 * 8),
)
date_item(
    SHOGI,
    "senior section is by age on 1 April 2031. player born 18 September 1958 — how old is he "
    "on that date",
    age(D(1958, 9, 18), D(2031, 4, 1)),
)
date_item(
    FUNAFUTI,
    "The tide logger records every 15 minutes, from 00:00 on 1 January 2031 through the 23:45 "
    "reading on 31 March 2031. How many readings is that?",
    days(D(2031, 1, 1), D(2031, 4, 1)) * 24 * 4,
)
_order = D(2031, 5, 2)
date_item(
    HATTER,
    f"Order came in {sayw(_order)}. I need 30 working days (Mon-Fri, ignore bank holidays), "
    "not counting the day it arrived. What date will it be ready?",
    working_day_after(_order, 30),
)
date_item(
    UJI,
    "shade cloths go on 10 April 2031 and come off 21 days later; we start picking the day "
    "after they come off. what date do we start picking",
    D(2031, 4, 10) + TD(days=21 + 1),
)
date_item(
    ATHOS,
    "Pilgrim arrives 28 February 2031 with a permit for 4 nights on the Mountain. What date "
    "does he leave, the morning after the 4th night?",
    D(2031, 2, 28) + TD(days=4),
)


def julian_to_gregorian(y, m, d):
    """A Julian-calendar date as a proleptic Gregorian date, via the Julian day number."""
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    jdn = d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
    return D.fromordinal(jdn - 1721425)


assert julian_to_gregorian(1582, 10, 5) == D(1582, 10, 15)
date_item(
    ATHOS,
    "the monasteries keep the old Julian calendar. 1 January 2031 in the Julian calendar is "
    "which date on the normal Gregorian calendar",
    julian_to_gregorian(2031, 1, 1),
)
date_item(
    DAKAR,
    "Flight leaves Dakar at 01:55 on 6 April 2031 and gets into New York JFK at 06:30 local the "
    "same day. How many minutes in the air?",
    utc_minutes("2031-04-06T01:55", "Africa/Dakar", "2031-04-06T06:30", "America/New_York"),
)
date_item(
    IQALUIT,
    "first sealift ship arrived 4 July 2031, last one sailed 18 October 2031. how many days is "
    "the season, counting both those days",
    days(D(2031, 7, 4), D(2031, 10, 18)) + 1,
)
_boxed = D(2031, 3, 14)
date_item(
    TABASCO,
    f"Beans went into the boxes on {sayw(_boxed)}. They ferment 6 days, then go straight onto "
    "the drying beds for 9 days. What date do they come off the beds?",
    _boxed + TD(days=6 + 9),
)
date_item(
    PUSHKAR,
    "Flying Jaipur to London: leave 02:10 on 2 November 2031, land Heathrow 06:55 London time "
    "the same day. Flight time in minutes?",
    utc_minutes("2031-11-02T02:10", "Asia/Kolkata", "2031-11-02T06:55", "Europe/London"),
)
date_item(
    PUSHKAR,
    "say the big camel auction is on 5 November 2031 — what day of the week is that",
    weekday(D(2031, 11, 5)),
)
date_item(
    SAPPORO,
    "snow contract runs from 1 December 2031 to 31 March 2032, both days included. how many "
    "days am I on call",
    days(D(2031, 12, 1), D(2032, 3, 31)) + 1,
)
date_item(
    HUON,
    "Flight leaves Hobart 06:00 on 6 April 2031, lands in Auckland 11:55 Auckland time the same "
    "day. How long is it in minutes?",
    utc_minutes("2031-04-06T06:00", "Australia/Hobart", "2031-04-06T11:55", "Pacific/Auckland"),
)
date_item(
    HUON,
    "I started picking on 13 January 2031 and need 88 days of work for my visa, working every "
    "day with 13 January as day 1. What date is day 88?",
    D(2031, 1, 13) + TD(days=87),
)
date_item(
    DOCKYARD,
    "The ship was launched on 7 May 1765. How old was she in whole years on 21 October 1805?",
    age(D(1765, 5, 7), D(1805, 10, 21)),
)
date_item(
    KATHMANDU,
    "flight out of Kathmandu at 23:55 on 12 March 2031, arrives Doha 03:10 local on 13 March "
    "2031. how many minutes is the flight",
    utc_minutes("2031-03-12T23:55", "Asia/Kathmandu", "2031-03-13T03:10", "Asia/Qatar"),
)
_taken = D(2031, 3, 6)


def shop_day_after(start, n):
    """The n-th Monday-to-Saturday day after start (start itself not counted)."""
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() != SUN:
            n -= 1
    return d


date_item(
    HOI_AN,
    f"Order taken {sayw(_taken)}: 5 ao dai, each takes 2 working days, made one after another "
    "starting the next working day. The shop works Monday to Saturday. What date is the last "
    "one finished?",
    shop_day_after(_taken, 5 * 2),
)
date_item(
    GRANADA,
    "I started this guitar on 9 September 2030. 140 days of building, then 3 weeks for the "
    "varnish to cure. Date it's ready?",
    D(2030, 9, 9) + TD(days=140, weeks=3),
)
_season = [D(2031, 5, 10) + TD(days=k) for k in range(days(D(2031, 5, 10), D(2031, 8, 31)) + 1)]
date_item(
    PESAPALLO,
    "Our season runs 10 May 2031 to 31 August 2031 inclusive. How many Sundays is that?",
    sum(1 for d in _season if d.weekday() == SUN),
)
date_item(
    PESAPALLO,
    "what weekday is 6 December 2031, Finnish independence day — the team dinner is that night",
    weekday(D(2031, 12, 6)),
)
date_item(
    BAIKAL,
    "the ice road opened 1 February 2032 and closed after 20 March 2032 (open both of those "
    "days). how many days was it open",
    days(D(2032, 2, 1), D(2032, 3, 20)) + 1,
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
            (U, "For this puzzle, a ⊛ b means 3a minus b squared. Got it?"),
            (A, "Got it: a ⊛ b = 3a − b². Send me the expressions."),
            (U, "ok so what's 7 ⊛ 4"),
        ],
        "the operator was defined earlier in the chat; out of context it is not arithmetic",
    ),
    (
        "conv-redefined-operator",
        [
            (U, "In my kid's worksheet, 5 # 3 = 23 and 4 # 2 = 14. What's the rule?"),
            (A, "Two examples allow several rules; a # b = ab + a + b fits both."),
            (U, "go with that one, what does 6 # 1 come out as"),
        ],
        "the rule has to be inferred from examples given earlier",
    ),
    (
        "conv-base",
        [
            (S, "All numbers in this conversation are written in base 7."),
            (U, "Revising for a number-bases quiz, doing sums in base seven."),
            (A, "Happy to help — in base 7 the digits go 0 to 6."),
            (U, "ok first one: 45 + 36"),
        ],
        "base 7 was set by the system turn; a decimal calculator gives the wrong answer",
    ),
    (
        "conv-base",
        [
            (U, "Let's do some hex for my assembly homework."),
            (A, "Sure, hexadecimal it is."),
            (U, "3F plus 2A"),
        ],
        "hex digits need the earlier context and base handling",
    ),
    (
        "conv-modulus",
        [
            (U, "We're doing arithmetic in the integers mod 11 now, keep everything mod 11"),
            (A, "Understood: every result reduced mod 11."),
            (U, "so 7 x 8 is what"),
        ],
        "the modulus was set earlier; 56 is not the expected answer",
    ),
    (
        "conv-modulus",
        [
            (U, "Think of an analogue clock face showing only the hours 1 to 12."),
            (A, "OK, clock arithmetic modulo 12."),
            (U, "hand on 9, move it on 31 hours, where does it point"),
        ],
        "clock arithmetic from the earlier turn changes the sum",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel the Vesk calendar has 10 months of 36 days, the months "
                    "being Aun, Bel, Cor, Dath, Eln, Fey, Gorm, Hul, Ith, Orn."
                ),
            ),
            (A, "Nice — 360 days a year, no leap days?"),
            (U, "right, no leap days. how many days from 3 Bel to 20 Fey"),
        ],
        "a fictional calendar defined earlier; the date tool cannot know it",
    ),
    (
        "conv-fictional-calendar",
        [
            (U, "Shire Reckoning question from Lord of the Rings, every month has 30 days."),
            (A, "Yes, plus the special days like the Lithedays and Yuledays outside months."),
            (U, "So what weekday was 22 Halimath in the Shire?"),
        ],
        "Tolkien's Shire calendar and its fixed weekday scheme need the model",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "In our tabletop game 1 glim = 7 shards and 1 shard = 12 motes."),
            (A, "Noted, so a glim is 84 motes."),
            (U, "how many motes is 4 glims and 3 shards"),
        ],
        "made-up units defined earlier in the conversation",
    ),
    (
        "conv-fictional-unit",
        [
            (S, "You are the quartermaster on a generation ship. Water is measured in rations."),
            (U, "One ration is what a crew member drinks a day, and we have 340 crew."),
            (A, "Understood, 340 rations a day."),
            (U, "tank holds 51,000 rations — days of water?"),
        ],
        "role-play with units and crew numbers set in earlier turns",
    ),
    (
        "conv-python-semantics",
        [
            (U, "Act as the CPython 3.12 interpreter while I type expressions at you."),
            (A, "Sure, fire away."),
            (U, "-17 // 5, then -17 % 5"),
        ],
        "Python floor division semantics (result -4), not plain division",
    ),
    (
        "conv-python-semantics",
        [
            (U, "I'm debugging Python 3 code."),
            (A, "Go ahead."),
            (U, "what does round(2.5) give"),
        ],
        "Python rounds half to even, so the language matters",
    ),
    (
        "conv-javascript-semantics",
        [
            (U, "I'll paste lines from a node REPL session, tell me the output of each."),
            (A, "Paste them in."),
            (U, "next line: '5' + 3 - 1 + '2'"),
        ],
        "JavaScript string concatenation, not addition",
    ),
    (
        "conv-integer-overflow",
        [
            (U, "We're using signed 8-bit integers that wrap around in this C exercise."),
            (A, "Right, int8_t, range -128 to 127, two's complement wrap."),
            (U, "100 + 50 then"),
        ],
        "8-bit wrap-around set earlier makes the answer -106",
    ),
    (
        "conv-sql-semantics",
        [
            (U, "In PostgreSQL both columns are integer type."),
            (A, "OK, so integer arithmetic applies."),
            (U, "what's 7/2 for those"),
        ],
        "integer division in SQL truncates; context needed",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "Trip costs: Ana paid the cabin £540, Ben paid food £126, Cal paid fuel "
                    "£84. We split everything three ways."
                ),
            ),
            (A, "Total £750, so £250 each."),
            (U, "so who owes who and how much"),
        ],
        "settling debts needs the amounts and people from the earlier turn",
    ),
    (
        "conv-split-told-earlier",
        [
            (U, "Dinner bill was €212, Priya didn't drink, the wine was €48."),
            (A, "So you might split the wine among the drinkers only."),
            (U, "yes do that, 5 of us, what does each person owe"),
        ],
        "the split rule and amounts were given earlier",
    ),
    (
        "conv-earlier-answer",
        [
            (U, "Add up my invoices: 420, 385.50, 1,210, 96.25"),
            (A, "That comes to 2,111.75."),
            (U, "and with 18% on top of that?"),
        ],
        "refers back to a total from the assistant's earlier turn",
    ),
    (
        "conv-facts-model-knows",
        [
            (U, "We were talking about the Apollo 11 mission."),
            (A, "Yes — launch, lunar landing and the return."),
            (U, "how many days after launch did they splash down"),
        ],
        "needs historical dates only the model knows",
    ),
    (
        "conv-facts-model-knows",
        [
            (U, "My grandmother was born the year the Titanic sank."),
            (A, "That would make her an Edwardian-era baby!"),
            (U, "how old would she have been on 1 January 1950"),
        ],
        "the birth year is a historical fact the model must supply",
    ),
    (
        "conv-story-day-numbers",
        [
            (U, "In my story, Day 1 is the morning the ship leaves port, which is a Tuesday."),
            (A, "Got it, Day 1 is a Tuesday."),
            (U, "what day of the week is Day 40"),
        ],
        "story-internal day numbering from an earlier turn",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "Cricket question, limited overs match."),
            (A, "Sure, what do you need?"),
            (U, "they're on 17.4 overs, how many balls bowled so far"),
        ],
        "cricket over notation (17.4 means 17 overs and 4 balls), not a decimal",
    ),
    (
        "conv-knitting-pattern",
        [
            (U, "Pattern: cast on 96, then each decrease round knit 6, k2tog all round."),
            (A, "So each decrease round removes one stitch in every eight."),
            (U, "how many stitches after the second decrease round"),
        ],
        "pattern rules from the earlier turn decide the count",
    ),
    (
        "conv-music-tempo",
        [
            (U, "The song is in 7/8 and the drummer counts eighth notes at 210 bpm."),
            (A, "So each bar is 7 eighth-note beats."),
            (U, "how long is the 32-bar section in seconds"),
        ],
        "time signature and tempo given earlier",
    ),
    (
        "conv-music-interval",
        [
            (U, "Music theory help please."),
            (A, "Of course."),
            (U, "a perfect fifth above G is D, so what's a major sixth above that"),
        ],
        "musical intervals are not arithmetic",
    ),
    (
        "conv-game-currency",
        [
            (U, "In the game, 1 gold = 20 silver and 1 silver = 20 copper."),
            (A, "So a gold piece is 400 copper."),
            (U, "sword is 3 gold 5 silver, I have 1,500 copper, enough?"),
        ],
        "fictional currency set earlier",
    ),
    (
        "conv-variable-defined",
        [
            (U, "Let x be the number of stamps Rosa has: 4 more than three times Tomas's 9."),
            (A, "So x = 3 × 9 + 4."),
            (U, "then what's 2x minus 5"),
        ],
        "x is defined in the earlier turn",
    ),
    (
        "conv-test-voided",
        [
            (U, "The test was out of 40 but questions 3 and 7 got voided, 4 marks each."),
            (A, "So it's now out of 32."),
            (U, "I got 27, what percentage is that"),
        ],
        "the new total was set in earlier turns",
    ),
    (
        "conv-rewrite-with-numbers",
        [
            (U, "Can you make my sentences more formal?"),
            (A, "Sure, send them."),
            (U, "sales up 12% on 2029, need 3 more days to close the books"),
        ],
        "a rewriting request that happens to contain numbers",
    ),
    (
        "conv-translation",
        [
            (U, "I'm learning French numbers."),
            (A, "Great, French counting has some quirks above sixty."),
            (U, "how do you write 97 in words"),
        ],
        "asks for French spelling of a number, a language task",
    ),
    (
        "conv-chess-rating",
        [
            (U, "I'm rated 1640 on the club Elo list."),
            (A, "Nice, solid club player."),
            (U, "expected score against someone on 1800?"),
        ],
        "needs the Elo formula and the rating from the earlier turn",
    ),
    (
        "conv-percentage-points",
        [
            (U, "My savings rate went from 4% to 5%."),
            (A, "A change of one percentage point."),
            (U, "so is that a 1% rise or a 25% rise, I'm confused"),
        ],
        "an explanation about percentage points, not a sum",
    ),
    (
        "conv-board-game-odds",
        [
            (U, "Playing Catan, we use two six-sided dice."),
            (A, "Right, sums from 2 to 12."),
            (U, "chance a 7 comes up twice in a row?"),
        ],
        "dice setting from earlier; a probability the model should reason out",
    ),
    (
        "conv-planet-day",
        [
            (U, "Worldbuilding: on Tessaly a day is 31 hours and a week is 5 days."),
            (A, "So a Tessalan week lasts 155 hours."),
            (U, "if a message goes out at hour 28 of day 2, what hour and day is 40 hours later"),
        ],
        "fictional planet clock set earlier",
    ),
    (
        "conv-legal-age",
        [
            (U, "I'm asking about Scotland specifically."),
            (A, "OK, Scottish law can differ from England's."),
            (U, "born 3 March 2016, when can she legally get married"),
        ],
        "needs the legal minimum age in Scotland, a fact the model supplies",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-phone-number", "is 020 7946 0321 a London number or a mobile", "phone number"),
    ("near-phone-number", "what country code is +998", "dialling code lookup"),
    ("near-isbn", "who wrote the book with ISBN 978-0-14-118776-1", "ISBN identifier"),
    ("near-isbn", "which publisher has the 0-306 prefix, as in ISBN 0-306-40615-2", "facts"),
    ("near-version", "why is Python 3.10 newer than 3.9 when 3.10 < 3.9 as decimals", "versions"),
    ("near-version", "should I move a small express app from node 18.19 to 20.11", "advice"),
    (
        "near-version",
        "worth updating an old iPhone from iOS 17.4 to 17.5 or will it slow down",
        "release facts",
    ),
    ("near-score", "who scored in the 1971 FA Cup final, Arsenal 2-1 Liverpool", "facts"),
    ("near-score", "why is tennis scored 15, 30, 40 instead of 1, 2, 3", "scoring explanation"),
    ("near-score", "is a 3-5-2 formation good against a 4-4-2", "football tactics"),
    ("near-range", "the job ad says 9-5, is lunch included in that usually", "working norms"),
    ("near-range", "what does 18-24 months mean on a kids clothing label", "label sizing"),
    ("near-range", "ages 8-12 on a lego box, ok for a 6 year old?", "judgement"),
    (
        "near-part-number",
        "6205-2RS bearing on my lawnmower deck, is that a standard size I can get anywhere",
        "part number",
    ),
    ("near-part-number", "can I replace a CR2032 with a CR2025", "battery spec advice"),
    (
        "near-part-number",
        "tyre sidewall says 205/55 R16 91V, what does each part mean",
        "tyre code",
    ),
    ("near-part-number", "is an M8 bolt the same as 5/16", "thread standards differ"),
    (
        "near-explain",
        "why does my spreadsheet show 0.30000000000000004 when I add 0.1 and 0.2",
        "explanation",
    ),
    ("near-explain", "explain why 0! is 1 without just saying it's a convention", "explanation"),
    ("near-explain", "why does dividing by zero not give infinity", "explanation"),
    (
        "near-explain",
        "why did the Babylonians count in sixties, and is that why an hour has 60 minutes",
        "history",
    ),
    ("near-explain", "who decided February gets 28 days, was it really Augustus", "history"),
    ("near-explain", "what's the difference between 1 billion in UK and US usage", "usage"),
    ("near-opinion", "is 6.9% a good rate for a car loan", "opinion"),
    ("near-opinion", "my credit score is 712, is that decent", "opinion"),
    ("near-opinion", "is 24:30 a good 5k time for a 45 year old woman", "opinion"),
    ("near-opinion", "would you pay off a 4.2% mortgage early or invest the money", "advice"),
    ("near-opinion", "is 1350 a good SAT score for state schools", "opinion"),
    ("near-medical", "is 37.9 °C a fever in a toddler", "medical judgement"),
    ("near-medical", "blood pressure 142/91, should I worry", "medical judgement"),
    (
        "near-facts",
        "how high is Kilimanjaro's summit in feet, roughly",
        "needs the height as a fact",
    ),
    ("near-facts", "what's the population of Lagos divided by the population of Accra", "facts"),
    ("near-facts", "how far is it from Lisbon to Porto by road", "geography facts"),
    ("near-facts", "how long is the flight from London to Santiago", "schedule facts"),
    ("near-facts", "what's the half-life of carbon-14 in years", "physics fact"),
    ("near-facts", "how many seats in the Maracanã", "fact"),
    ("near-facts", "what year did the Berlin Wall fall and how old was Merkel then", "facts"),
    ("near-facts", "what was the final score of the 1966 World Cup final", "sports history"),
    ("near-facts", "how many people live in Funafuti", "demographic fact"),
    ("near-live-data", "what's 500 euros in Armenian dram at the moment", "live exchange rate"),
    ("near-live-data", "what time is sunset in Tromsø on 21 June 2031", "astronomy data"),
    ("near-live-data", "is flight TK 1756 usually on time", "flight data"),
    (
        "near-scripture",
        "what does John 3:16 mean to Christians, in plain terms",
        "a verse reference, not a ratio",
    ),
    (
        "near-scripture",
        "Psalm 23:4 for a funeral reading, which translation sounds best",
        "scripture",
    ),
    ("near-title", "is 3:10 to Yuma the original or the remake better", "film opinion"),
    ("near-title", "what's the book 1984 actually about", "literature"),
    ("near-title", "who sang 9 to 5", "music trivia"),
    ("near-title", "summarise the plot of Catch-22 in three sentences", "literature"),
    (
        "near-code",
        "why does HTTP have a 418 I'm a teapot code, was it a joke",
        "status code meaning",
    ),
    ("near-code", "what's 192.168.0.1 and why can't I reach it from outside", "networking"),
    ("near-code", "chmod 755 vs 644 for a folder of php scripts, which and why", "permissions"),
    (
        "near-code",
        "is one backup on an SSD in a drawer enough, or do I really need the whole 3-2-1 thing",
        "concept",
    ),
    ("near-standards", "what is ISO 8601 and why does it put the year first", "standard"),
    (
        "near-standards",
        "my manual says 5W-30 but the garage put in 10W-40, is that a problem",
        "spec advice",
    ),
    ("near-standards", "what gauge cable for a 32 A cooker circuit in the UK", "regulations"),
    ("near-sequence", "1, 11, 21, 1211, 111221 — what's the next term and why", "pattern puzzle"),
    ("near-sequence", "2, 6, 12, 20, 30 — what's the pattern here", "pattern reasoning"),
    ("near-puzzle", "5 + 5 + 5 = 550, add one straight line to make it true", "lateral puzzle"),
    ("near-puzzle", "how can half of 12 be 7", "riddle"),
    (
        "near-sizes",
        "I'm a UK 6.5 shoe, what's that in Italian sizes for these boots",
        "charts vary",
    ),
    ("near-sizes", "what does a 34B bra size mean in French sizing", "sizing systems"),
    ("near-sizes", "convert my 3.6 GPA to a UK degree classification", "no exact mapping"),
    ("near-budget", "is the 50/30/20 budgeting rule realistic on a London salary", "concept"),
    ("near-budget", "what's a 401(k) match and is 4% normal", "finance explanation"),
    ("near-radio", "trucker films always say 10-4, where did that come from", "jargon"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a short toast for my brother's retirement from the fire service",
        "help me word a polite complaint to my landlord about a leaking boiler",
        "draft a two-line bio for a pottery stall at a craft fair",
        "limerick about a tortoise who escapes every summer",
        "rewrite this so it sounds less passive-aggressive: as per my last email",
        "write a thank-you card message for my daughter's swimming coach",
        "suggest a catchy name for a bakery that only sells sourdough",
        "write an opening line for a mystery set on a night train to Vienna",
        "help me write a cover letter for a museum front-of-house job",
        "compose a short poem about fog over a harbour",
        "make this text message sound friendlier: can't come, busy",
        "write a product description for hand-knitted alpaca socks",
    ],
    "cooking": [
        "got cold leftover jasmine rice, two eggs, half a leek and soy sauce, dinner ideas?",
        "my mushroom risotto always turns to glue by the time it's served, what am I doing wrong",
        "is it safe to refreeze prawns that were defrosted in the fridge",
        "what's a good vegetarian main for a dinner party of six",
        "why does my bread come out dense in the middle",
        "how do you make proper Portuguese custard tarts at home",
        "what spices go with roasted cauliflower",
        "can I use olive oil instead of butter in banana bread",
        "how do I know when a pomegranate is ripe",
        "what's the difference between plov and pilaf",
    ],
    "travel": [
        "what should I pack for a week in Lofoten in late winter",
        "is Samarkand or Bukhara better for a first trip to Uzbekistan",
        "tips for sleeping on an overnight bus",
        "do I need a visa to visit Armenia on a British passport",
        "what's worth seeing in Granada besides the Alhambra",
        "how do I avoid seasickness crossing the Drake Passage",
        "is Hoi An too touristy these days",
        "what's the etiquette for visiting a Buddhist stupa",
        "best way to get from Lisbon airport to the Alfama with luggage",
        "where should I stay in Sapporo during the snow festival",
    ],
    "coding": [
        "reversing a singly linked list in Rust fights the borrow checker, how do people write it",
        "explain the difference between a process and a thread",
        "my React component logs everything twice in dev mode but not in production, why",
        "bash: list the ten biggest files under ~/Downloads, biggest first",
        "what's a good way to structure a small Flask project",
        "I committed to main by mistake, how do I move that commit to a new branch instead",
        "what does the borrow checker actually check",
        "explain what a closure is with a JavaScript example",
        "how should I name boolean variables",
        "SQL: what's the difference between a LEFT JOIN and an INNER JOIN",
        "review this approach: storing passwords with sha256 and a salt",
        "dependency injection explained for a PHP dev who has never used a framework",
    ],
    "health-and-fitness": [
        "physio cleared me after a meniscus tear, how should I ease back into running",
        "what are good stretches for a stiff lower back after long drives",
        "is it bad to drink coffee right before bed",
        "what to eat before a 6am masters swim session without feeling sick",
        "I lie awake for an hour every night replaying work stuff, what helps",
        "are standing desks actually worth it",
        "what's a gentle beginner yoga routine for mornings",
        "how do I stop getting blisters on long hikes",
    ],
    "home-and-garden": [
        "black mould keeps coming back on the bathroom ceiling above the shower, lasting fix?",
        "when should I prune an apple tree",
        "what plants survive a north-facing balcony",
        "top floor radiator is cold at the top, walk me through bleeding it",
        "why are my tomato leaves curling",
        "left my cast iron skillet out in the rain on a camping trip, can it be saved",
        "how can I make a small hallway feel bigger",
        "is a slimline water butt worth it for a courtyard garden with six pots",
    ],
    "relationships": [
        "how do I tell my best friend I can't afford her hen do in Ibiza without ruining things",
        "flatmate leaves pans soaking for days, how do I raise it without a row",
        "how do I support a colleague whose dad just died",
        "low-key first date ideas in January when it's dark by four",
        "how do I turn down my manager's extra project when I'm already at capacity",
        "my 15 year old just grunts at dinner, how do I get her talking",
    ],
    "learning": [
        "what's a good way to memorise the periodic table",
        "explain photosynthesis to a nine year old who loves dinosaurs",
        "in a paragraph, why did the Western Roman Empire collapse but the Eastern half didn't",
        "how does an mRNA vaccine teach the body without containing the virus",
        "give me a quick overview of the Silk Road's history",
        "my uncle says one cold winter disproves climate change, how do I explain the difference",
        "how does a private member's bill get through Westminster",
        "why does the sky over the sea go pinkish-orange at sunset",
        "explain supply and demand using concert tickets as the example",
        "who was Ahmed Baba of Timbuktu",
    ],
    "recommendations": [
        "loved The Remains of the Day, what should I read next with the same quiet sadness",
        "good podcasts about the history of science",
        "suggest a board game for four adults who hate long rules",
        "what fado singers should I start with",
        "films set in the Arctic that aren't horror",
        "a good beginner's camera for street photography",
        "what should I read after finishing Dune",
        "recommend some Finnish music that isn't metal",
    ],
    "work": [
        "how do I run a retrospective that people don't hate",
        "tips for giving a presentation when I'm nervous",
        "how should I ask for a pay rise",
        "what should go in a handover doc before paternity leave from an IT support role",
        "how do I prioritise when everything is urgent",
        "good questions to ask at the end of a library assistant interview",
    ],
    "misc": [
        "what's a good name for a grey rescue greyhound",
        "how do I get candle wax out of a wool rug",
        "ideas for a 70th birthday party that isn't a meal out",
        "explain the offside rule in pesäpallo",
        "what's the story behind the Japanese tea ceremony",
        "how do I start learning shogi if I already play chess",
        "is it rude to recline your seat on a short flight",
        "suggest a theme for a primary school summer fair",
        "how do I write a will in England without a solicitor",
        "what's a polite way to leave a group chat",
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
    # no register (family name) of this set is a family name of sets 19 to 188
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 188: {reused}"
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
