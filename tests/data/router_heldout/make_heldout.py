"""Generate heldout-2026-12-04.jsonl: a held-out router evaluation set.

Provenance: this set was written WITHOUT seeing the router's rules. Its author did not read
router/, tools/, tests/ (other than listing this folder's file names), docs/VIRTUAL_EXPERTS.md,
/work/shared/eval, or their git history. Only bench/router.py (JSONL schema, command line) and
bench/grading.py (which answer forms can be graded) were read. Queries come from how people and
benchmarks naturally phrase questions, not from what the code handles.

Every expected answer is computed here with plain Python: fractions.Fraction for arithmetic,
datetime for dates, and exact conversion factors typed from the NIST/SI definitions
(1 in = 2.54 cm, 1 lb = 0.45359237 kg, 1 US gal = 231 in^3 = 3.785411784 L, 1 nmi = 1852 m,
standard gravity 9.80665 m/s^2, 1 atm = 101325 Pa, thermochemical calorie 4.184 J, ...).

Labels follow bench/router.py's LABEL_OF: the dates tool's label kind is "datetime", and the
symbolic tool is graded as "calculator", so date positives are "positive:datetime" and the few
symbolic items with a numeric answer are "positive:calculator" (family "symbolic-...").

Run:  python tests/data/router_heldout/make_heldout.py   (writes the JSONL next to this file)
"""

from __future__ import annotations

import datetime as dt
import json
import math
from fractions import Fraction as F
from pathlib import Path

OUT = Path(__file__).with_name("heldout-2026-12-04.jsonl")
NOW = "2026-12-04T12:00:00"  # the clock for "today"-relative date questions (a Friday)
TODAY = dt.date(2026, 12, 4)

items: list[dict] = []


def add(label, family, query, expected=None, tol=None, **extra):
    n = sum(1 for i in items if i["family"] == family) + 1
    kind = label.split(":")[-1]
    item = {
        "id": f"ho-{kind}-{family}-{n:02d}",
        "query": query,
        "label": label,
        "expected": expected,
        "tolerance": tol,
        "family": family,
    }
    item.update(extra)
    items.append(item)


def num(x):
    """Exact Fraction -> int when whole, else float."""
    x = F(x) if not isinstance(x, float) else x
    if isinstance(x, F) and x.denominator == 1:
        return int(x)
    return float(x)


# --------------------------------------------------------------------------- calculator
def calc(family, query, value):
    add("positive:calculator", family, query, num(value), 1e-6)


calc("percent-of", "what's 17% of 240", F(17, 100) * 240)
calc("percent-of", "How much is 6 percent of 1,250?", F(6, 100) * 1250)
calc("percent-of", "13% of 3,450.75?", F(13, 100) * F(345075, 100))
calc("percent-of", "what is 15 percent of 84.50", F(15, 100) * F(8450, 100))
calc("percent-change", "what is 80 increased by 25%", 80 * F(125, 100))
calc("percent-change", "what's 20% off $45", 45 * F(80, 100))
calc("percent-ratio", "what percent of 180 is 45?", F(45, 180) * 100)
calc("times-words", "how much is 3.5 times 12", F(35, 10) * 12)
calc("times-words", "twelve times seven", 12 * 7)
calc("times-words", "what's nine squared", 81)
calc("times-words", "forty-two plus fifty-eight", 42 + 58)
calc("times-words", "multiply 23 by 19", 23 * 19)
calc("times-words", "add 15, 27 and 38", 15 + 27 + 38)
calc("times-words", "subtract 389 from 1002", 1002 - 389)
calc("times-words", "what is 5 less than 20?", 20 - 5)
calc("times-words", "half of 358", F(358, 2))
calc("times-words", "what is one third of 99", F(99, 3))
calc("times-words", "how much is 1.2 million divided by 400", F(1_200_000, 400))
calc("times-words", "what is 10 divided by 3", F(10, 3))
calc("bare-expr", "1234 + 5678 =", 1234 + 5678)
calc("bare-expr", "(3 + 4) * 5", (3 + 4) * 5)
calc("bare-expr", "999 x 999", 999 * 999)
calc("bare-expr", "56 ÷ 7", F(56, 7))
calc("bare-expr", "how much is 3 + 4 * 2", 3 + 4 * 2)
calc("bare-expr", "What is -8 + 3 * 2?", -8 + 3 * 2)
calc("bare-expr", "what's 0.1 + 0.2", F(1, 10) + F(2, 10))
calc("bare-expr", "what is 7.5 × 4.2", F(75, 10) * F(42, 10))
calc("bare-expr", "compute (2.5^3 - 1) / 4", (F(5, 2) ** 3 - 1) / 4)
calc("powers-roots", "what is 2^10", 2**10)
calc("powers-roots", "compute 2**64", 2**64)
calc("powers-roots", "square root of 144", 12)
calc("powers-roots", "sqrt(2)", math.sqrt(2))
calc("powers-roots", "cube root of 27", 3)
calc("functions", "7 factorial", math.factorial(7))
calc("functions", "log base 10 of 1000", 3)
calc("functions", "ln(10)", math.log(10))
calc("functions", "remainder when 100 is divided by 7", 100 % 7)
calc("functions", "gcd of 48 and 180", math.gcd(48, 180))
calc("functions", "average of 4, 8, 15, 16, 23, 42", F(4 + 8 + 15 + 16 + 23 + 42, 6))
calc("functions", "round 3.14159 to 2 decimal places", F(314, 100))

# symbolic questions with a single numeric answer (graded as "calculator" by bench.router)
calc("symbolic-solve", "solve 3x - 7 = 11", F(18, 3))
calc("symbolic-calculus", "integrate x^2 from 0 to 3", F(27, 3))
calc("symbolic-calculus", "what is the derivative of x^3 at x = 2", 3 * 2**2)
calc("symbolic-calculus", "limit of sin(x)/x as x approaches 0", 1)

# --------------------------------------------------------------------------- units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
NMI = F(1852)
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
STONE = 14 * LB
GAL = F(3785411784, 10**9)  # L (231 in^3)
FLOZ = GAL / 128
TBSP = FLOZ / 2
TSP = FLOZ / 6
CUP = GAL / 16
ACRE = 43560 * FT * FT  # m^2 (international foot)
G0 = F(980665, 100000)  # m/s^2
PSI = LB * G0 / (IN * IN)  # Pa
ATM = F(101325)
BAR = F(100000)
CAL = F(4184, 1000)  # J
LY = F(9460730472580800)  # m
EV = F(1602176634, 10**28)  # J
HOUR = 3600


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def unit(family, query, value, tol=1e-3):
    add("positive:units", family, query, num(value), tol)


unit("how-many-in", "how many ounces in 2.5 pounds", F(5, 2) * 16, 1e-6)
unit("how-many-in", "How many grams are in 8 ounces?", 8 * OZ * 1000)
unit("how-many-in", "how many ounces are in a kilogram", 1 / OZ)
unit("how-many-in", "How many teaspoons in 3 tablespoons?", 9, 1e-6)
unit("how-many-in", "how many cups in a gallon", 16, 1e-6)
unit("how-many-in", "how many square feet are in 100 square meters", 100 / (FT * FT))
unit("how-many-in", "how many liters is 5 gallons", 5 * GAL)
unit("how-many-in", "how many inches is 30 cm", F(30, 100) / IN)
unit("how-many-in", "how many seconds in 3.5 hours", F(7, 2) * HOUR, 1e-6)
unit("convert-x-to-y", "convert 100 km/h to mph", 100 * 1000 / MI)
unit("convert-x-to-y", "convert 60 mph to km/h", 60 * MI / 1000)
unit("convert-x-to-y", "convert 10 m/s to km/h", 36, 1e-6)
unit("convert-x-to-y", "Convert 1 atm to psi", ATM / PSI)
unit("convert-x-to-y", "convert 2000 kcal to kJ", 2000 * CAL, 1e-6)
unit("convert-x-to-y", "convert 1 hectare to acres", 10000 / ACRE)
unit("x-in-y", "5 km in miles", 5000 / MI)
unit("x-in-y", "20 kg in stone", 20 / STONE)
unit("x-in-y", "100 knots in km/h", 100 * NMI / 1000, 1e-6)
unit("x-in-y", "1 light year in km", LY / 1000)
unit("x-in-y", "0.5 tsp to ml", F(1, 2) * TSP * 1000)
unit("x-in-y", "500 ml in US fluid ounces", F(1, 2) / FLOZ)
unit("x-in-y", "1 acre in square meters", ACRE)
unit("x-in-y", "180 cm in feet", F(18, 10) / FT)
unit("x-in-y", "50 mpg (US) to L/100km", 100 / (50 * MI / 1000 / GAL))
unit("temperature", "what is 350 F in C", f_to_c(350))
unit("temperature", "what's 98.6 degrees fahrenheit in celsius", f_to_c(F(986, 10)), 1e-6)
unit("temperature", "-40 C in F", c_to_f(-40), 1e-6)
unit("temperature", "300 K to C", 300 - F(27315, 100))
unit("temperature", "convert 72°F to °C", f_to_c(72))
unit("compound", "5 feet 10 inches in cm", (5 * FT + 10 * IN) * 100, 1e-6)
unit("compound", "6'2\" in meters", 6 * FT + 2 * IN, 1e-6)
unit("compound", "a marathon is 26.2 miles, how many km is that?", F(262, 10) * MI / 1000)

# --------------------------------------------------------------------------- dates
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday(d):
    return WEEKDAYS[d.weekday()]


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    tol = 1e-6 if isinstance(expected, (int, float)) else None
    add("positive:datetime", family, query, expected, tol, **extra)


D = dt.date
date_item("weekday", "What day of the week was July 4, 1776?", weekday(D(1776, 7, 4)))
date_item("weekday", "what day of the week is 2027-03-15", weekday(D(2027, 3, 15)))
date_item("weekday", "What weekday is the 1st of January 2030?", weekday(D(2030, 1, 1)))
date_item("weekday", "day of the week for 12/25/2026", weekday(D(2026, 12, 25)))
date_item("weekday", "what day of the week was 14 March 1879", weekday(D(1879, 3, 14)))
date_item("weekday", "What day did January 1, 2000 fall on?", weekday(D(2000, 1, 1)))
date_item("weekday", "Which day of the week is 31 October 2027?", weekday(D(2027, 10, 31)))
date_item("weekday", "what day was Feb 29 2024", weekday(D(2024, 2, 29)))
date_item(
    "days-between",
    "How many days between Jan 1, 2026 and Mar 1, 2026?",
    (D(2026, 3, 1) - D(2026, 1, 1)).days,
)
date_item(
    "days-between",
    "number of days between 15 August 1947 and 26 January 1950",
    (D(1950, 1, 26) - D(1947, 8, 15)).days,
)
date_item(
    "days-between",
    "how many days are there from March 3, 2025 to June 10, 2025",
    (D(2025, 6, 10) - D(2025, 3, 3)).days,
)
date_item(
    "days-between",
    "How many weeks between 2026-01-05 and 2026-03-30?",
    (D(2026, 3, 30) - D(2026, 1, 5)).days // 7,
)
date_item(
    "date-arith", "what date is 90 days after 2025-01-15", D(2025, 1, 15) + dt.timedelta(days=90)
)
date_item(
    "date-arith",
    "What's the date 100 days after March 1, 2027?",
    D(2027, 3, 1) + dt.timedelta(days=100),
)
date_item("date-arith", "add 6 weeks to 14 Feb 2026", D(2026, 2, 14) + dt.timedelta(weeks=6))
date_item(
    "date-arith",
    "what date was 1000 days before December 4, 2026",
    D(2026, 12, 4) - dt.timedelta(days=1000),
)
date_item("date-arith", "what date is 2 months after 2027-01-15", D(2027, 3, 15))
date_item("date-arith", "3 months before 20 May 2026", D(2026, 2, 20))
date_item("date-arith", "add 1 year to 2024-06-30", D(2025, 6, 30))
date_item(
    "calendar-facts",
    "How many days are there in February 2100?",
    (D(2100, 3, 1) - D(2100, 2, 1)).days,
)
date_item(
    "calendar-facts", "what day of the year is 2026-09-13", D(2026, 9, 13).timetuple().tm_yday
)
date_item(
    "relative-now", "What's the date 45 days from today?", TODAY + dt.timedelta(days=45), now=NOW
)
date_item(
    "relative-now",
    "what day of the week will it be 10 days from now?",
    weekday(TODAY + dt.timedelta(days=10)),
    now=NOW,
)
date_item("relative-now", "How many days until Christmas?", (D(2026, 12, 25) - TODAY).days, now=NOW)
date_item("relative-now", "how many days until 2027-01-01?", (D(2027, 1, 1) - TODAY).days, now=NOW)
date_item("relative-now", "What was the date 3 weeks ago?", TODAY - dt.timedelta(weeks=3), now=NOW)
date_item(
    "relative-now", "how many days since January 1, 2026?", (TODAY - D(2026, 1, 1)).days, now=NOW
)
date_item(
    "relative-now",
    "How old am I if I was born on 1990-03-15?",
    TODAY.year - 1990 - ((TODAY.month, TODAY.day) < (3, 15)),
    now=NOW,
)
date_item("relative-now", "what day of the week is it today?", weekday(TODAY), now=NOW)


# --------------------------------------------------------------------------- code
def _run(src):
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(src, {})  # noqa: S102 - the literal programs of this file, for their expected output
    return buf.getvalue().strip()


def code(family, query, src):
    add("positive:code", family, query, num(F(_run(src))), 1e-6)


code(
    "run-python",
    "Run this Python and tell me the output:\n```python\nprint(sum(range(1, 101)))\n```",
    "print(sum(range(1, 101)))",
)
code(
    "run-python",
    "What does this print?\n```python\nprint(len('hello world'))\n```",
    "print(len('hello world'))",
)
code(
    "run-python",
    "execute: ```python\nx = [3, 1, 2]\nprint(sorted(x)[0] * 10)\n```",
    "x = [3, 1, 2]\nprint(sorted(x)[0] * 10)",
)
code(
    "run-python",
    "Can you run this for me?\n```python\nprint(2**100 % 97)\n```",
    "print(2**100 % 97)",
)

# --------------------------------------------------------------------------- negatives
NEG = {
    "identifier-phone": [
        "Is 1-800-273-8255 still the number for the suicide hotline?",
        "someone keeps calling me from 555-0199, is that a real number?",
        "whose number is +1 (212) 555-0100?",
        "Should I call 911 or 112 when I'm in Europe?",
        "My UK number is 020 7946 0958 — how do I write it in international format?",
    ],
    "identifier-model": [
        "is the RTX 4090-Ti worth it over the 4080?",
        "how many seats does a Boeing 737-800 have?",
        "What's the towing capacity of a 2021 F-150?",
        "i7-13700K vs i9-13900K for gaming",
        "M1 vs M2 MacBook Air, which should I buy?",
        "What is a NEMA 5-15 plug?",
        "where can I buy a 6203-2RS bearing?",
        "Is part number 10045-332 compatible with a Whirlpool WRF555SDFZ?",
    ],
    "identifier-isbn-code": [
        "What book has ISBN 978-0-262-03384-8?",
        "find me the book with ISBN 0-306-40615-2",
        "what does HTTP 404 mean?",
        "how do I fix Windows error 0x80070005?",
        "where is zip code 90210?",
        "What does 45 CFR 164.512 allow?",
        "what's the difference between a W-2 and a 1099?",
    ],
    "identifier-version": [
        "What's new in Python 3.12?",
        "Should I upgrade from Node 18 to 20?",
        "Ubuntu 22.04 vs 24.04 for a home server?",
        "Windows 10 vs 11 for an old laptop?",
        "How much VRAM does Llama 3.1 70B need?",
        "is USB 3.2 Gen 2x2 the same as USB4?",
        "RAID 1+0 vs RAID 5 for a NAS?",
        "C++ vs C# for game development?",
    ],
    "identifier-score": [
        "the game ended 3-1, who scored for Arsenal?",
        "Federer won 6-4 6-3 7-5 — was it a close match?",
        "Lakers beat the Celtics 112-108 last night, who was the top scorer?",
        "The final was 2-2 after extra time and 4-3 on penalties. Which final was that?",
        "we won 3-1 last night!! best feeling ever",
        "Is a 2-3 zone defense good against a team with good shooters?",
        "what's a 4-3-3 formation in soccer?",
    ],
    "identifier-scripture": [
        "What does John 3:16 say?",
        "explain Romans 8:28",
        "What's the meaning of Psalm 23:4?",
        "Matthew 5:3-12 — what are the beatitudes?",
        "Which translation of Genesis 1:1 is most literal?",
        "1 Corinthians 13:4-8 for a wedding reading, is it appropriate?",
    ],
    "identifier-time": [
        "let's meet at 10:30, is that ok for you?",
        "Are 8:15 classes too early for college freshmen?",
        "I wake up at 5:30, is that healthy?",
        "my flight's at 6:45 tomorrow, any tips for early flights?",
        "is a 9-5 job still the norm?",
        "what does 24/7 mean?",
    ],
    "identifier-ratio": [
        "My recipe says 2:1 water to rice, is that right for basmati?",
        "what's the ratio for concrete, is 1:2:3 good for a patio?",
        "16:9 vs 21:9 monitor for gaming?",
        "what do 3:1 odds mean in betting?",
        "Is 120/80 blood pressure normal?",
        "my GPA is 3.7/4.0, am I competitive for med school?",
        "explain the 80/20 rule",
        "she rated the movie 8/10, is that good?",
    ],
    "identifier-title": [
        "what's the story behind the song '99 Problems'?",
        "is the movie 300 historically accurate?",
        "What's the ending of 2001: A Space Odyssey about?",
        "Give me the plot of 12 Angry Men",
        "Who wrote the novel 1984?",
        "what is WD-40 actually for?",
        "Tell me about the Apollo 11 crew",
    ],
    "numbers-explain": [
        "why is 0.1+0.2 not 0.3 in JavaScript?",
        "what's the story behind 42?",
        "explain how to compute a 15% tip",
        "How do I calculate compound interest?",
        "why does 0 factorial equal 1?",
        "prove that sqrt(2) is irrational",
        "what's special about 1729?",
        "what's the best way to multiply 17 by 23 in my head?",
        "Is 1/0 infinity?",
        "why are there 360 degrees in a circle?",
        "What's the formula for converting Celsius to Fahrenheit?",
        "How do you convert km to miles in your head?",
        "What is the difference between a US gallon and an imperial gallon?",
        "Is 3 × 4 the same as 4 × 3? Why?",
        "Without using a calculator, how would you work out 48 times 25?",
        "don't calculate it exactly, just tell me: is 37 × 43 more or less than 1500?",
        "what does 2+2=5 mean in Orwell's 1984?",
        "What is 1 + 1 in Boolean algebra?",
        "what is 1 + 1 in binary?",
        "in clock arithmetic, what is 11 + 3?",
        "What comes next: 2, 4, 8, 16, ...?",
        "Explain why (-1)^(1/2) is called i",
    ],
    "numbers-advice": [
        "how many calories should I eat to lose 2 pounds a week?",
        "is 100 km/h a safe speed in heavy rain?",
        "Is 38.5 C a fever for a toddler?",
        "I scored 1450 on the SAT, which colleges should I apply to?",
        "how much is a 2019 Honda Civic with 60,000 miles worth?",
        "how much water should a 10 kg dog drink per day?",
        "should I put 15% of my paycheck into my 401(k)?",
        "estimate roughly how many piano tuners there are in Chicago",
    ],
    "units-nonnumeric": [
        "I have a ton of work to do this weekend, any tips?",
        "I feel like I'm miles away from home, how do I deal with homesickness?",
        "what does 'give an inch and they'll take a mile' mean?",
        "who is the best pound for pound boxer of all time?",
        "Why do Americans still use feet and inches?",
        "what is a light year?",
        "Is a kilogram of feathers lighter than a kilogram of steel?",
        "What is the difference between a metric ton and a short ton, and where is each used?",
    ],
    "units-needs-knowledge": [
        "How far is the Moon from Earth?",
        "how hot is the surface of the sun in fahrenheit?",
        "how many miles is it from New York to Los Angeles?",
        "how much does a gallon of milk weigh?",
        "how many cups is 200 grams of flour?",
        "How many grams is a cup of sugar?",
        "how many pixels is 5 inches?",
        "if I walk 10,000 steps how many miles is that?",
        "what's the boiling point of water in Denver in Fahrenheit?",
        "what size is a US size 10 shoe in EU sizes?",
        "what are the actual dimensions of a 2x4?",
        "Convert 100 USD to EUR",
        "how many yen is 50 dollars?",
        "what's 1 bitcoin in US dollars right now?",
    ],
    "dates-events": [
        "what happened on July 20, 1969?",
        "who was born on 1 Jan 2000?",
        "what happened in 1989 in Berlin?",
        "Was the stock market open on 2020-03-16?",
        "what was the weather like in Boston on 4 July 2023?",
        "Who won the Super Bowl on Feb 11, 2024?",
        "summarize what happened on 9/11/2001",
        "How many days did World War II last?",
        "how old was Abraham Lincoln when he died?",
        "Why is 2024 a leap year?",
        "what time is sunset in Oslo on 2026-12-21?",
        "I was born on 1995-08-14, what's my star sign?",
        "What's the Chinese zodiac animal for 1988?",
    ],
    "dates-tasks": [
        "my flight is on 2027-01-15, what should I pack for Iceland?",
        "Write a birthday message for my mom who was born on 12 May 1960",
        "remind me about the dentist on March 3",
        "What should I plan for our anniversary on 14 Feb?",
        "Can you draft an invite for a party on Saturday, June 6, 2026 at 7 pm?",
        "what day of the week is best for a job interview?",
    ],
    "code-not-run": [
        "what does 'print' mean in Python?",
        "review my function: def f(x): return x*2",
        "why does `for i in range(10): print(i)` stop at 9?",
        "convert this Python to JavaScript: print(2+2)",
        "fix the bug: def add(a, b): return a - b",
        "explain this list comprehension: [x**2 for x in range(5)]",
        "is `x = x + 1` the same as `x += 1` in Python?",
        "Explain this SQL: SELECT COUNT(*) FROM users WHERE age > 30",
        "What does the regex \\d{3}-\\d{4} match?",
        "What does the << operator do in C, for example 1 << 3?",
        "translate `int x = 5 / 2;` to Rust and explain integer division",
        "Why is `print(0.1 + 0.2 == 0.3)` False in Python?",
        "what does git commit -m 'fix 2+2 bug' do?",
    ],
    "word-problem": [
        "If Tom has 3 apples and gives away 2 of them and then buys 5 more, how many does he have?",
        "I have 5 boxes with 12 eggs each and 7 eggs broke. How many good eggs are left?",
        (
            "A train leaves at 3 pm going 60 mph and another leaves the same station at 4 pm going "
            "80 mph. When does the second catch the first?"
        ),
        "If 3 workers can build a wall in 6 days, how long would 9 workers take?",
        (
            "Sally is 3 years older than twice her brother's age. Together they are 27. How old is "
            "Sally?"
        ),
        (
            "If a recipe for 4 people uses 300 g of flour, how much do I need for 6 people and "
            "how many eggs should I add?"
        ),
        (
            "Jake earns $18 an hour and works 7.5 hours a day, 4 days a week. After 22% tax, "
            "what does he take home weekly?"
        ),
        (
            "Three friends split a $96 bill, but one of them only had a salad costing $12 and pays "
            "just that. How much do the other two each pay?"
        ),
        "I bought 4 notebooks at $2.50 and 3 pens. I paid $16 total. How much was each pen?",
        (
            "A bat and a ball cost $1.10 in total. The bat costs $1 more than the ball. How much "
            "does the ball cost?"
        ),
        (
            "If it takes 5 machines 5 minutes to make 5 widgets, how long would 100 machines take "
            "to make 100 widgets?"
        ),
    ],
    "write-translate": [
        "Translate to French: I have 3 cats and 2 dogs.",
        "Translate '25 degrees Celsius' into Spanish",
        "Translate 'convert 5 miles to kilometers' into German",
        "Summarize: Revenue grew 15% to $4.2 billion while costs fell 3%, lifting margins to 21%.",
        "Rewrite this more politely: 'Pay the $250 by 5/6 or else.'",
        "Write a tweet announcing our 50% off sale this weekend",
        "Proofread: 'Their are 12 eggs in a dozen and 7 days in a week.'",
        "write the amount 1,234.56 in words for a check",
        "Write 10 practice problems like 7 x 8 for my 3rd grader",
        "Check my homework: 7 x 8 = 54, 9 x 6 = 54, 12 x 12 = 144. Which are wrong?",
        "Turn these notes into an email: meeting moved 3pm -> 4:30pm, budget 12k, 2 new hires",
    ],
    "chitchat-numbers": [
        "I'm 25 and already feel old lol",
        "I ran 5 km today!",
        "I lost 2 pounds this week 🎉",
        "my 3 year old won't sleep, help",
        "I have 2 cats and 1 dog, any name ideas for a new kitten?",
        "Happy 40th birthday message for my wife please",
        "we've been married 10 years today",
    ],
}

for family, queries in NEG.items():
    for q in queries:
        add("negative", family, q)

# Conversations: an earlier turn changes what the last (arithmetic-looking) turn means.


def conv(family, turns):
    msgs = [{"role": r, "content": c} for r, c in turns]
    add("negative", family, msgs[-1]["content"], messages=msgs)


U, A = "user", "assistant"
conv(
    "conv-redefine",
    [
        (U, "Let's play a game: from now on, whenever I say 'plus' I actually mean multiply."),
        (A, "Got it — 'plus' means multiply. Go ahead!"),
        (U, "What's 6 plus 7?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "In this chat, treat ^ as bitwise XOR like in C, not as a power."),
        (A, "Understood, ^ is XOR."),
        (U, "what's 5 ^ 3?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "I'm a computer scientist, so when I write log I always mean log base 2."),
        (A, "Noted: log means log2."),
        (U, "what's log(1024)?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "All my angles are in degrees, never radians."),
        (A, "Sure, I'll assume degrees."),
        (U, "What is sin(30)?"),
    ],
)
conv(
    "conv-base",
    [
        (U, "I'm doing my homework in base 8, so every number I give you is octal."),
        (A, "OK, I'll read your numbers as octal."),
        (U, "What is 17 + 5?"),
    ],
)
conv(
    "conv-base",
    [
        (U, "Everything from here on is in binary."),
        (A, "Alright, binary it is."),
        (U, "What's 101 + 11?"),
    ],
)
conv(
    "conv-base",
    [
        (U, "We're working in hexadecimal for this exercise."),
        (A, "Great, hex it is."),
        (U, "what is 10 + 10?"),
    ],
)
conv(
    "conv-base",
    [
        (U, "We're doing clock arithmetic today: everything is modulo 12."),
        (A, "Sounds fun — mod 12."),
        (U, "what's 9 + 5?"),
    ],
)
conv(
    "conv-locale",
    [
        (U, "I'm copying numbers from a German spreadsheet, so commas are decimal points."),
        (A, "Understood: 2,5 means two and a half."),
        (U, "What is 2,5 times 4?"),
    ],
)
conv(
    "conv-locale",
    [
        (U, "The numbers I paste use a period as the thousands separator (European style)."),
        (A, "Got it, 1.500 means fifteen hundred."),
        (U, "What's 1.500 + 2.250?"),
    ],
)
conv(
    "conv-locale",
    [
        (U, "I'm in the UK, so gallons in my questions are imperial gallons."),
        (A, "Noted — imperial gallons."),
        (U, "Convert 10 gallons to liters."),
    ],
)
conv(
    "conv-locale",
    [
        (U, "I'm American; when I say ton I mean a short ton."),
        (A, "OK, short tons."),
        (U, "How many kg is 3 tons?"),
    ],
)
conv(
    "conv-locale",
    [
        (U, "All the dates I give you are DD/MM/YYYY, I'm in France."),
        (A, "D'accord, day first."),
        (U, "What day of the week is 03/04/2027?"),
    ],
)
conv(
    "conv-locale",
    [
        (U, "All temperatures I mention are in Kelvin."),
        (A, "OK, Kelvin."),
        (U, "convert 300 to Fahrenheit"),
    ],
)
conv(
    "conv-locale",
    [
        (U, "For my research I'm using the Julian calendar, not the Gregorian one."),
        (A, "Understood, Julian dates."),
        (U, "What day of the week was 1 March 1700?"),
    ],
)
conv(
    "conv-context-value",
    [
        (U, "My son was born on 2019-09-03."),
        (A, "Congratulations! How can I help?"),
        (U, "How old will he be on 2026-12-25?"),
    ],
)
conv(
    "conv-context-value",
    [
        (U, "Let x = 7."),
        (A, "x = 7."),
        (U, "what's x times 3?"),
    ],
)
conv(
    "conv-context-value",
    [
        (U, "Our order came to $240 before tax."),
        (A, "Okay, $240 before tax."),
        (U, "what's 15% of that?"),
    ],
)
conv(
    "conv-context-value",
    [
        (U, "In this puzzle A = 3 and B = 4."),
        (A, "Got it."),
        (U, "What's A times B plus 2?"),
    ],
)
conv(
    "conv-context-value",
    [
        (U, "Our company's fiscal year starts on April 1."),
        (A, "Noted."),
        (U, "How many days are left in the year from 2027-02-01?"),
    ],
)
conv(
    "conv-context-value",
    [
        (U, "At my job a work week is 4 days, Monday to Thursday."),
        (A, "Nice schedule!"),
        (U, "How many days is 3 weeks of work?"),
    ],
)
conv(
    "conv-format",
    [
        (U, "From now on, translate everything I send into Spanish. Don't answer it."),
        (A, "¡Entendido! Traduciré todo al español."),
        (U, "What is 12 times 12?"),
    ],
)
conv(
    "conv-format",
    [
        (U, "Answer only with Roman numerals from now on."),
        (A, "Understood."),
        (U, "What is 25 times 4?"),
    ],
)
conv(
    "conv-format",
    [
        (
            U,
            (
                "Role-play: you are a 6-year-old who is still learning sums and often gets them wrong. "
                "Stay in character."
            ),
        ),
        (A, "Okay! I'm six and I like dinosaurs!"),
        (U, "what's 7 times 8?"),
    ],
)
conv(
    "conv-format",
    [
        (U, "I'll paste code snippets. Only point out style problems, do not run them."),
        (A, "Sure, paste away."),
        (U, "x=3;y=4;print(x*y)"),
    ],
)
conv(
    "conv-format",
    [
        (U, "We're writing a poem together; every line you add must end with a math expression."),
        (A, "Fun! Start us off."),
        (U, "Next line should end with: 2 + 2"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "Quiz me on multiplication. Ask one question at a time and tell me if I'm right."),
        (A, "What is 9 × 6?"),
        (U, "56"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "Give me a hard mental-math question and don't tell me the answer."),
        (A, "What is 37 × 43?"),
        (U, "Is it 1591? Just say yes or no, and give me a hint on the method."),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "What is 45 * 12?"),
        (A, "45 × 12 = 540."),
        (U, "oops, I swapped the digits of the second number. what's the answer then?"),
    ],
)


def main():
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    by = {}
    for i in items:
        by[i["label"]] = by.get(i["label"], 0) + 1
    print(f"wrote {len(items)} items to {OUT}: {by}")


if __name__ == "__main__":
    main()
