"""Calculator: request framing, grammar whitelist, size guards, exact evaluation and output text.

Pure functions (`parse_request`, `evaluate`) are tested in-process; a few end-to-end cases go
through `run`, i.e. the real bounded worker.
"""

from __future__ import annotations

import pytest

from tools.base import ToolContext
from tools.calculator import TOOL, parse_request
from tools.calculator.build import evaluate
from tools.calculator.grammar import parse_math
from tools.calculator.lexer import GrammarError
from tools.calculator.render import render

CTX = ToolContext()


def answer(text: str) -> str:
    """Parse + evaluate in-process, returning the same text `run` would print."""
    found = parse_request(text)
    assert found is not None, f"calculator did not claim {text!r}"
    out = evaluate({"ast": found[0]})
    assert out["ok"], out
    expr = render(found[0])
    return out["text"] if out["text"].startswith(expr + " ≈") else f"{expr} = {out['text']}"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("What is 697 times 205?", "697 × 205 = 142885"),
        ("What is 852 divided by 4?", "852 ÷ 4 = 213"),
        ("what's 15% of 80", "15% of 80 = 12"),
        ("What number is 240% of 85?", "240% of 85 = 204"),
        # simple interest said per week (the rate's period and the term's alike), and what
        # repays the loan
        (
            "What is the simple interest on £450 at 1.2% per week for 13 weeks?",
            "450 × 1.2 ÷ 100 × 13 = 70.2",
        ),
        (
            (
                "Pledge loan of £450 at 1.2% simple interest per week, redeemed after 13 weeks. How"
                " much to redeem it?"
            ),
            "450 + 450 × 1.2 ÷ 100 × 13 = 520.2",
        ),
        ("What is 2 to the power of 10?", "2^10 = 1024"),
        ("square root of 144", "√144 = 12"),
        ("127 * 89", "127 × 89 = 11303"),
        ("Calculate 16-3-4", "16 − 3 − 4 = 9"),
        ("80000*1.5 =", "80000 × 1.5 = 120000"),
        ("Compute .6*.5", ".6 × .5 = 0.3"),
        ("0.1 + 0.2", "0.1 + 0.2 = 0.3"),
        ("What is 1/3?", "1 ÷ 3 = 1/3 ≈ 0.333333333333333"),
        ("10!", "10! = 3628800"),
        ("what is 3 squared", "3^2 = 9"),
        ("What is 1,234,567 times 3?", "1234567 × 3 = 3703701"),
        ("Q: What is 58 plus 47?\nA:", "58 + 47 = 105"),
        ("what is 33 minus 87?", "33 − 87 = -54"),
        ("-(2^2)", "−2^2 = -4"),
        ("2^-2", "2^(−2) = 0.25"),
        ("2^(3^2)", "2^(3^2) = 512"),
        ("the double factorial of 7", "7!! = 105"),
        # number words: the British "and" inside one number, "and a half", dozens, ordinal powers
        ("What's three quarters of four hundred and eighty?", "3 ÷ 4 × 480 = 360"),
        ("two hundred and fifty thousand divided by forty", "250000 ÷ 40 = 6250"),
        ("square root of five thousand seven hundred and seventy-six", "√5776 = 76"),
        ("What is twelve and a half times eight?", "(12 + 1 ÷ 2) × 8 = 100"),
        ("How much is a dozen dozens?", "12 × 12 = 144"),
        ("What is seven to the fourth power?", "7^4 = 2401"),
        ("Two raised to the twentieth power equals what?", "2^20 = 1048576"),
        ("what is the sum of one hundred and five", "100 + 5 = 105"),
        ("work out 3/8 + 5/16 and give the answer as a decimal", "3 ÷ 8 + 5 ÷ 16 = 0.6875"),
        # two-sentence stories with one reading: a tip, a total with a tip, a rise, a listed mean
        ("The bill is $72.50 and I want to tip 18%. How much is the tip?", "18% of 72.50 = 13.05"),
        ("Dinner came to $43.75. What's the total with a 20% tip?", "43.75 + 20% of 43.75 = 52.5"),
        ("A rent of $1,600 goes up by 3.5%. What is the new rent?", "1600 + 3.5% of 1600 = 1656"),
        (
            "My test scores were 78, 85, 91 and 88. What's my mean score?",
            "(78 + 85 + 91 + 88) ÷ 4 = 85.5",
        ),
        (
            "Quarterly figures were 18,450, 21,300, 19,875 and 22,125. What's the annual total?",
            "18450 + 21300 + 19875 + 22125 = 81750",
        ),
        ("Column B has 1,240, 985 and 760 in it. What's the sum?", "1240 + 985 + 760 = 2985"),
        # a rate per an amount, then another amount; an amount each, in total
        (
            (
                "Tomato feed is 15 ml per 5 litres of water. My can holds 12 litres — how many ml of"
                " feed?"
            ),
            "15 × 12 ÷ 5 = 36",
        ),
        (
            (
                "Lawn seed goes down at 35 g per square metre and the lawn is 48 square metres. Grams"
                " needed?"
            ),
            "35 × 48 = 1680",
        ),
        (
            "My gauge is 22 stitches per 10 cm. How many stitches should I cast on for 50 cm?",
            "22 × 50 ÷ 10 = 110",
        ),
        (
            "catering for 120 guests at 180 g of rice each, how many grams of rice in total?",
            "120 × 180 = 21600",
        ),
        # bookkeeping and shared costs
        ("VAT at 20% on a £1,240 invoice — how much VAT is that?", "20% of 1240 = 248"),
        ("GST @ 18% on ₹12,500 = ?", "18% of 12500 = 2250"),
        (
            "Receipt total is £1,800 including 20% VAT. What's the net amount before VAT?",
            "1800 ÷ (1 + 20 ÷ 100) = 1500",
        ),
        (
            "If I clear the 1,250 balance in 8 equal instalments, how much is each instalment?",
            "1250 ÷ 8 = 156.25",
        ),
        (
            "₹2,45,000 is to be split equally among 7 partners. What is each share?",
            "245000 ÷ 7 = 35000",
        ),
        (
            "This week's runs: 5.2, 7.8, 10.4 and 6.6 km. Total distance?",
            "5.2 + 7.8 + 10.4 + 6.6 = 30",
        ),
        # each listed with its unit, or the last one named; the question names its total
        (
            (
                "Swim gala relay legs: 31.42, 30.87, 32.05 and 29.96 seconds. What was the team's"
                " total time in seconds?"
            ),
            "31.42 + 30.87 + 32.05 + 29.96 = 124.3",
        ),
        (
            "Training log: 12.4 km, 8.75 km, 6.3 km and 15 km. What's my total distance?",
            "12.4 + 8.75 + 6.3 + 15 = 42.45",
        ),
        ("How much is 1.08 to the power 2?", "1.08^2 = 1.1664"),
        (
            (
                "Our outpatient waiting list went from 1,240 patients down to 1,054. By what"
                " percentage did it fall?"
            ),
            "(1240 − 1054) ÷ 1240 × 100 = 15",
        ),
        (
            (
                "Our episode downloads went from 3,200 to 4,144 this quarter. What's the percentage"
                " increase?"
            ),
            "(4144 − 3200) ÷ 3200 × 100 = 29.5",
        ),
        (
            ("Revision tracker: I've finished 17 of the 25 past papers. What percentage is that?"),
            "17 ÷ 25 × 100 = 68",
        ),
        # a story read by its units: the product whose units cancel to the asked one
        (
            (
                "We milk 142 cows and on Tuesday they averaged 27.5 litres each. How many litres"
                " went into the bulk tank?"
            ),
            "142 × 27.5 = 3905",
        ),
        # a bill named by two words; days a week over weeks
        (
            (
                "Oat milk costs us £1.65 a litre. We get through 9 litres a day and open six days a"
                " week. What's the oat milk bill for 4 weeks?"
            ),
            "1.65 × 9 × 6 × 4 = 356.4",
        ),
        (
            "The cinema sold 286 tickets at $11.50 on the opening night. What were ticket sales?",
            "286 × 11.50 = 3289",
        ),
        # a list whose total is asked after a comma, its unit said once at its end
        (
            "marathon training: ran 12.4, 18.6, 9.8 and 32 km this week, what's the total?",
            "12.4 + 18.6 + 9.8 + 32 = 72.8",
        ),
        # how many more in one period than in another
        (
            (
                "The lighthouse museum had 1,845 visitors in July and 2,310 in August. How many more"
                " in August?"
            ),
            "2310 − 1845 = 465",
        ),
        # money's average per day or per customer
        ("We took £1,240 over 8 days. What's the average per day?", "1240 ÷ 8 = 155"),
        # "each" after a count of people: the money after it is per one of them
        (
            "8 people each pay £2.50 a week for 46 weeks. How much is that in total?",
            "8 × 2.50 × 46 = 920",
        ),
        (
            "A 2 kW oil heater runs 3.5 hours a day for 30 days. How many kWh does it use in total?",
            "2 × 3.5 × 30 = 210",
        ),
        (
            "I charge 14 per visit, two visits a day, and the job is 11 days. What do I invoice?",
            "14 × 2 × 11 = 308",
        ),
        (
            "Long ride: I averaged 27.5 km/h for 3.2 hours of riding. How many km did I cover?",
            "27.5 × 3.2 = 88",
        ),
        (
            (
                "I need 48,000 XP for the next level and each match gives 1,600 XP. How many"
                " matches is that?"
            ),
            "48000 ÷ 1600 = 30",
        ),
        ("A printer prints 45 pages per minute. How many minutes for 900 pages?", "900 ÷ 45 = 20"),
        (
            "Fuel log: put in 46.8 litres at 1.795 per litre. What did the fill-up cost?",
            "46.8 × 1.795 = 84.006",
        ),
        (
            (
                "The coach costs £1,377 and 54 pupils are going. How much does each pupil need to"
                " pay to cover it?"
            ),
            "1377 ÷ 54 = 25.5",
        ),
        (
            (
                "Our expedition budget of £18,600 is shared equally by 12 climbers. What's each"
                " climber's share?"
            ),
            "18600 ÷ 12 = 1550",
        ),
        (
            "Bake sale takings: 86 cupcakes at £1.50 and 42 brownies at £2.25. How much did we raise?",
            "86 × 1.50 + 42 × 2.25 = 223.5",
        ),
        (
            (
                "The museum had 2,345 adult visitors at £14 and 1,120 concessions at £9.50 last"
                " weekend. How much ticket income is that?"
            ),
            "2345 × 14 + 1120 × 9.50 = 43470",
        ),
        (
            "Each slice of bread has 0.45 g of salt. I had 5 slices, so how many grams of salt?",
            "0.45 × 5 = 2.25",
        ),
        ("what is three quarters of 96?", "3 ÷ 4 × 96 = 72"),
        ("what is an eighth of 40", "1 ÷ 8 × 40 = 5"),
        # learners' English
        ("Please you can tell me how much is 345 and 678 together?", "345 + 678 = 1023"),
        ("How many is 13 multiplicated by 17?", "13 × 17 = 221"),
        ("What is 1,500 divide with 24?", "1500 ÷ 24 = 62.5"),
        ("What do I pay for $48 of groceries plus 8.25% sales tax?", "48 + 8.25% of 48 = 51.96"),
        # a count at a unit price
        ("Fifteen croissants at 2.40 each — what's the total?", "15 × 2.40 = 36"),
        ("14 hours at $62.50 an hour comes to how much?", "14 × 62.50 = 875"),
        # steps on the result so far
        ("Multiply 64 by 1.5, then subtract 17.", "64 × 1.5 − 17 = 79"),
        ("Add 5 and 7, then square it", "(5 + 7)^2 = 144"),
        ("What is 10 plus 5 and then double it?", "2 × (10 + 5) = 30"),
        ("17 mod 5", "17 mod 5 = 2"),
        ("gcd(12, 18)", "gcd(12, 18) = 6"),
        ("|-5| + 1", "|−5| + 1 = 6"),
        ("sin(30°)", "sin(30°) = 0.5"),
        ("sqrt(2)", "√2 ≈ 1.4142135623731"),
        ("log base 10 of 1000", "log_10(1000) = 3"),
        ("ln(e^2)", "ln(e^2) = 2"),
        ("12.5% of $240", "12.5% of 240 = 30"),
        ("what is 80 increased by 25%", "80 + 25% of 80 = 100"),
        ("120 decreased by 15 percent", "120 − 15% of 120 = 102"),
        ("what's 15% less than 200", "200 − 15% of 200 = 170"),
        ("what is 50% more than 80", "80 + 50% of 80 = 120"),
        ("what percent of 180 is 45?", "45 ÷ 180 × 100 = 25"),
        ("45 is what percentage of 180", "45 ÷ 180 × 100 = 25"),
        ("what is 5 less than 20?", "20 − 5 = 15"),
        ("what is 7 more than 35", "35 + 7 = 42"),
        ("remainder when 100 is divided by 7", "100 mod 7 = 2"),
        ("gcd of 48 and 180", "gcd(48, 180) = 12"),
        ("the greatest common divisor of 12, 18 and 30", "gcd(12, 18, 30) = 6"),
        ("least common multiple of 4, 6 and 10", "lcm(4, 6, 10) = 60"),
        ("average of 4, 8, 15, 16, 23, 42", "(4 + 8 + 15 + 16 + 23 + 42) ÷ 6 = 18"),
        ("What is the mean of 10, 20, and 30?", "(10 + 20 + 30) ÷ 3 = 20"),
        ("add 15, 27 and 38", "15 + 27 + 38 = 80"),
        ("the product of 2, 3, 4", "2 × 3 × 4 = 24"),
        ("what is one third of 99", "1 ÷ 3 × 99 = 33"),
        ("three quarters of 100", "3 ÷ 4 × 100 = 75"),
        ("how much is 1.2 million divided by 400", "1200000 ÷ 400 = 3000"),
        ("what's 2.4 billion / 8 million", "2400000000 ÷ 8000000 = 300"),
        ("what is 3 million minus 1.5 thousand", "3000000 − 1500 = 2998500"),
        ("What is 9 thousand minus 2 thousand 750?", "9000 − 2750 = 6250"),
        ("calculate nineteen point five plus seven point two five", "19.5 + 7.25 = 26.75"),
        ("What's 2 1/2 plus 3 3/4? Give it as a decimal.", "2 + 1 ÷ 2 + 3 + 3 ÷ 4 = 6.25"),
        ("How much is 5 7/8 minus 2 1/4, in decimal form?", "5 + 7 ÷ 8 − (2 + 1 ÷ 4) = 3.625"),
        ("what is 3 hundred times 4", "300 × 4 = 1200"),
        ("what is 3/4 as a percentage", "3 ÷ 4 × 100 = 75"),
        ("What is 0.125 as a percent?", "0.125 × 100 = 12.5"),
        ("2 thousand 7 hundred 50 plus 250", "2750 + 250 = 3000"),
        ("56 ÷ 7", "56 ÷ 7 = 8"),
        ("What's the percentage increase from 48 to 60?", "(60 − 48) ÷ 48 × 100 = 25"),
        ("percent change from 1,250 to 1,000", "(1000 − 1250) ÷ 1250 × 100 = -20"),
        ("percentage decrease from 1,250 to 1,000", "(1250 − 1000) ÷ 1250 × 100 = 20"),
        ("Increase 240 by 15%.", "240 + 15% of 240 = 276"),
        ("reduce 80 by 5 percent", "80 − 5% of 80 = 76"),
        ("What's a 20% tip on $86.50?", "20% of 86.50 = 17.3"),
        ("What is 3/8 of 96?", "3 ÷ 8 × 96 = 36"),
        ("Split $137.60 evenly among 4 people.", "137.60 ÷ 4 = 34.4"),
        ("The product of 15 and 24 is", "15 × 24 = 360"),
        ("The sum of 2/3 and 5/6 is", "2 ÷ 3 + 5 ÷ 6 = 1.5"),
        ("how much is an 18 percent tip on a $64 bill", "18% of 64 = 11.52"),
        ("What's three-fifths of 85?", "3 ÷ 5 × 85 = 51"),
        (
            "What is the largest number in this list: 34, 91, 17, 68, 55",
            "max(34, 91, 17, 68, 55) = 91",
        ),
        ("smallest of 4.2, 3.9, 4.05, 3.95?", "min(4.2, 3.9, 4.05, 3.95) = 3.9"),
        ("1000 divided by 7 leaves what remainder?", "1000 mod 7 = 6"),
        ("fourth root of 1296", "1296^(1 ÷ 4) = 6"),
        ("$1,299 laptop plus 7% sales tax", "1299 + 7% of 1299 = 1389.93"),
        ("gcd(12, 18, 30)", "gcd(12, 18, 30) = 6"),
        ("pls calculate 365 x 24", "365 × 24 = 8760"),
        ("quick q: 72/0.8", "72 ÷ 0.8 = 90"),
        ("could you tell me what 15.5 times 4 is, please?", "15.5 × 4 = 62"),
        ("hey can u do 1234+5678 for me", "1234 + 5678 = 6912"),
        ("ok so 3.5 * 4.2 = ??", "3.5 × 4.2 = 14.7"),
        ("Round 18,449 to the nearest thousand.", "round(18449, −3) = 18000"),
        ("What's the remainder when 2^100 is divided by 7?", "2^100 mod 7 = 2"),
        ("17 choose 5", "binomial(17, 5) = 6188"),
        ("What's the sum of all integers from 1 to 250?", "(1 + 250) × (250 − 1 + 1) ÷ 2 = 31375"),
        ("What's the median of 7, 3, 12, 9, 5?", "median(7, 3, 12, 9, 5) = 7"),
        ("median of 1, 2, 3, 4", "median(1, 2, 3, 4) = 2.5"),
        ("What's ⅔ × 27?", "2 ÷ 3 × 27 = 18"),
        ("How much is 1/4 + 1/2 + 1/8 expressed as a decimal?", "1 ÷ 4 + 1 ÷ 2 + 1 ÷ 8 = 0.875"),
        ("2 1/4 + 3 3/4", "2 + 1 ÷ 4 + 3 + 3 ÷ 4 = 6"),
        ("a billion minus a million", "1000000000 − 1000000 = 999000000"),
        ("half a million plus 1.25 million", "500000 + 1250000 = 1750000"),
        ("What's a quarter of a million divided by 125?", "250000 ÷ 125 = 2000"),
        ("$249.50 plus 6% sales tax comes to?", "249.50 + 6% of 249.50 = 264.47"),
        (
            "Boots normally $64.00, now 15% off. What's the sale price?",
            "64.00 − 15% of 64.00 = 54.4",
        ),
        (
            "The price went from $80 to $92. By what percent did it increase?",
            "(92 − 80) ÷ 80 × 100 = 15",
        ),
        (
            "Sales fell from 500 to 400. By what percent did they fall?",
            "(500 − 400) ÷ 500 × 100 = 20",
        ),
        ("14% tip on $47.50", "14% of 47.50 = 6.65"),
        ("2(3+4)", "2 × (3 + 4) = 14"),
        ("5 x 3", "5 × 3 = 15"),
        ("what is 697×205?", "697 × 205 = 142885"),
        ("what is 2^100", "2^100 = 1267650600228229401496703205376"),
        ("cube root of 27", "∛27 = 3"),
        ("+80 =", "80 = 80"),
        ("What is the sum of 5 and 3?", "5 + 3 = 8"),
        ("Subtract 4 from 9", "9 − 4 = 5"),
        ("Take 3,847 away from 12,005.", "12005 − 3847 = 8158"),
        ("take away 4 from 10", "10 − 4 = 6"),
        ("What is 10 take away 4?", "10 − 4 = 6"),
        ("multiply 6 by 7", "6 × 7 = 42"),
        ("Calculate the following:\n\n3 + 4 * 2", "3 + 4 × 2 = 11"),
        ("560//10", "560 // 10 = 56"),
        ("5200-80-80*3 =", "5200 − 80 − 80 × 3 = 4880"),
        ("what is 7 factorial?", "7! = 5040"),
        ("What is 3 to the 4th power?", "3^4 = 81"),
        ("what is the square of 12", "12^2 = 144"),
        ("half of 80", "1 ÷ 2 × 80 = 40"),
        ("What is 1/3 as a decimal?", "1 ÷ 3 = 1/3 ≈ 0.333333333333333"),
        ("What is 15 percent of 80?", "15% of 80 = 12"),
        ("What is twenty-five plus seventeen?", "25 + 17 = 42"),
        ("what is one hundred five times three", "105 × 3 = 315"),
        ("(1,000 + 2) * 3", "(1000 + 2) × 3 = 3006"),
        ("gcd(12,345)", "gcd(12, 345) = 3"),
        ("Round 3.14159 to 2 decimal places", "round(3.14159, 2) = 3.14"),
        ("round 2.5 to the nearest whole number", "round(2.5, 0) = 3"),
        ("round -2.5 to the nearest integer", "round(−2.5, 0) = -3"),
        ("round 1.005 to 2 decimal places", "round(1.005, 2) = 1.01"),  # exact, not binary float
        ("round 1234 to the nearest hundred", "round(1234, −2) = 1200"),
        ("round pi to 4 decimals", "round(π, 4) = 3.1416"),
        # a chain of percentages, and the trade's "less 15%"
        ("What is 12% of 35% of 5,000?", "12% of 35% of 5000 = 210"),
        ("What's 2,400 less 15%?", "2400 − 15% of 2400 = 2040"),
        # set 41: a number with a thousands comma in "what do you get if you divide …"; a
        # percentage "put on top"; the new figure asked after a dash
        ("what do you get if you divide 1,932 by 16", "1932 ÷ 16 = 120.75"),
        ("Put 35% on top of 1,160 - what is the new figure?", "1160 + 35% of 1160 = 1566"),
        ("Take 18% off 2,350 - what's left?", "2350 − 18% of 2350 = 1927"),
        ("£1,237.50 split six ways is how much each?", "1237.50 ÷ 6 = 206.25"),
        ("sqrt of 5,329, please", "√5329 = 73"),
        ("If 245 goes up by 16%, what does it become?", "245 + 16% of 245 = 284.2"),
        # thousands grouped with spaces, as much of Europe writes them
        ("What is 7 500 minus 1 275?", "7500 − 1275 = 6225"),
        ("1\u202f234\u00a0567 + 1", "1234567 + 1 = 1234568"),
        ("What is 5 7/8 minus 2 1/4?", "5 + 7 ÷ 8 − (2 + 1 ÷ 4) = 3.625"),  # mixed, not grouped
        # one-step word problems: the question names what the story did
        ("A crate holds 24 bottles. How many bottles are in 37 crates?", "24 × 37 = 888"),
        ("One ticket costs €12.50. How much do 18 tickets cost?", "12.50 × 18 = 225"),
        (
            "A printer prints 45 pages per minute. How many pages does it print in 12 minutes?",
            "45 × 12 = 540",
        ),
        (
            "Maria had 350 stickers and gave away 128 of them. How many does she have left?",
            "350 − 128 = 222",
        ),
        ("I had 20 apples and ate 3. How many do I have left?", "20 − 3 = 17"),
        ("He scored 612 points in 24 games. Points per game?", "612 ÷ 24 = 25.5"),
        (
            (
                "There are 5 of us and the bill came to 186.40 including tip. How much does each"
                " person pay?"
            ),
            "186.40 ÷ 5 = 37.28",
        ),
        (
            "How much interest does $5,000 earn at 4% simple interest over 3 years?",
            "5000 × 4 ÷ 100 × 3 = 600",
        ),
        (
            "10,000 invested at 5% compounded annually for 3 years grows to what amount?",
            "10000 × (1 + 5 ÷ 100)^3 = 11576.25",
        ),
        (
            (
                "My recipe makes 24 cookies with 340 g of flour. For 36 cookies how many grams of"
                " flour?"
            ),
            "340 × 36 ÷ 24 = 510",
        ),
        (
            "Soup for 6 people takes 1.2 kg of potatoes. How many kg do I need for 15 people?",
            "1.2 × 15 ÷ 6 = 3",
        ),
        # shopping and finance phrasings
        ("Sneakers are $120 with 35% off. What do I pay before tax?", "120 − 35% of 120 = 78"),
        (
            "my salary went from 52,000 to 55,900 — what % raise is that",
            "(55900 − 52000) ÷ 52000 × 100 = 7.5",
        ),
        (
            "The price was marked down from 250 to 185. What percent discount is that?",
            "(250 − 185) ÷ 250 × 100 = 26",
        ),
        ("18% tip on a $72.50 dinner, how much is the tip?", "18% of 72.50 = 13.05"),
        (
            "what's the total on a $64 purchase with 8.25% sales tax added",
            "64 + 8.25% of 64 = 69.28",
        ),
        ("She made 45 of 72 free throws; what's that as a percentage?", "45 ÷ 72 × 100 = 62.5"),
        ("Could you kindly compute 7.5% of 1,240 for me?", "7.5% of 1240 = 93"),
        # learners' English
        ("How much give 250 minus 17 percent of it?", "250 − 17% of 250 = 207.5"),
        ("Please, how much make 3 500 plus 1 275?", "3500 + 1275 = 4775"),
        ("How much make 48 multiply 25 please?", "48 × 25 = 1200"),
        # operator words with a letter dropped or two letters swapped
        ("whats 17 multipled by 23", "17 × 23 = 391"),
        ("calcualte 15 percnt of 260 please", "15% of 260 = 39"),
        ("what is 2 to the powr of 12", "2^12 = 4096"),
        # a percentage taken off or added, said after the number
        ("what is 86 with 15 percent taken off", "86 − 15% of 86 = 73.1"),
        ("240 with 20% added", "240 + 20% of 240 = 288"),
        # a quotient of a number too big to be a rating, a date or a season
        ("1296 / 16", "1296 ÷ 16 = 81"),
        # a step after a comma, said with its operator word
        ("2 to the power 11, minus 48", "2^11 − 48 = 2000"),
        # a percentage of a number as the step's term (set 91)
        ("36 per cent of 75, plus 12 per cent of 350", "36% of 75 + 12% of 350 = 69"),
        # a split asked as what each person gets (set 93)
        ("If I split £1,846.20 four ways, how much does each person get?", "1846.20 ÷ 4 = 461.55"),
        # the value before a reduction (set 94)
        (
            "After a 35% reduction a figure stands at 1,443. What was it before the reduction?",
            "1443 ÷ (1 − 35 ÷ 100) = 2220",
        ),
        ("√ of 11,449 please", "√11449 = 107"),
        # a percentage step on the result so far (set 94)
        (
            "If 14,400 is cut by 15% and the result is then cut by a further 10%, what is left?",
            "(14400 − 15% of 14400) × (1 − 10 ÷ 100) = 11016",
        ),
        (
            "Increase 200 by 10%, then increase it by 10%.",
            "(200 + 10% of 200) × (1 + 10 ÷ 100) = 242",
        ),
        ("144, divided by 12", "144 ÷ 12 = 12"),
        ("what's 15% off 86", "86 − 15% of 86 = 73.1"),  # the sale price, as a calculator reads it
        # an average per day of the one thing the story counts
        ("We walked 48 km over 4 days. What's the average per day?", "48 ÷ 4 = 12"),
        ("We logged 1,284 lockages over 107 days. What's the average per day?", "1284 ÷ 107 = 12"),
        ("What is 20% off $50?", "50 − 20% of 50 = 40"),
        # the whole a percentage is of; the new figure asked after the change; a fraction in words
        ("36 is 15% of what number?", "36 ÷ 15% = 240"),
        ("15% of what number is 36?", "36 ÷ 15% = 240"),
        ("Increase 1,250 by 8% and give me the new figure.", "1250 + 8% of 1250 = 1350"),
        (
            "Knock 7.5% off a forecourt price of £12,480. What's the new price?",
            "12480 − 7.5% of 12480 = 11544",
        ),
        ("seven eighths as a decimal", "7 ÷ 8 = 0.875"),
        # set 68's: "which number is … bigger than", "Write … as a decimal", "… and you get"
        ("Which number is 35% bigger than 260?", "260 + 35% of 260 = 351"),
        ("What is 20% smaller than 50?", "50 − 20% of 50 = 40"),
        ("Write 7/8 as a decimal.", "7 ÷ 8 = 0.875"),
        ("Add 48 to 6.25% of 1,920 and you get", "48 + 6.25% of 1920 = 168"),
        ("Knock 35% off 640 and you get what?", "640 − 35% of 640 = 416"),
        ("15 cubed take away 1,000", "15^3 − 1000 = 2375"),
        ("If I put 1,250 up by 8 per cent, what do I get?", "1250 + 8% of 1250 = 1350"),
        ("Mark 80 down by 25%", "80 − 25% of 80 = 60"),
        # set 73's: a fraction "written as a decimal is"; a bill split, "how much each?"
        ("Seven eighths written as a decimal is", "7 ÷ 8 = 0.875"),
        ("A bill of £187.40 split four ways comes to how much each?", "187.40 ÷ 4 = 46.85"),
        # this session's: the larger of two ratio shares, or one named by its place
        (
            "Split £1,240 in the ratio 3:5. How much is the larger share?",
            "1240 × 5 ÷ (3 + 5) = 775",
        ),
        (
            "Share £1,800 in the ratio 5:3:1. What is the second share?",
            "1800 × 3 ÷ (5 + 3 + 1) = 600",
        ),
        ("Increase 2,450 by 36%. Result?", "2450 + 36% of 2450 = 3332"),
        # "Sum these:" with its colon
        ("Sum these: 1,284.75 + 96.4 + 3,019.06", "1284.75 + 96.4 + 3019.06 = 4400.21"),
        ("How much is £389.60 with 12.5% knocked off?", "389.60 − 12.5% of 389.60 = 340.9"),
        # set 89: ", what's that" after the expression
        ("3 to the power of 9, what's that", "3^9 = 19683"),
        ("14 of us won £18,452. What's each person's equal share?", "18452 ÷ 14 = 1318"),
        # set 90: a share of one plus a share of another; "What do you get?" after a step
        ("35% of 1,240 plus 8% of 950 — total?", "35% of 1240 + 8% of 950 = 510"),
        (
            "Knock 12.5% off 9,600, then add 340. What do you get?",
            "9600 − 12.5% of 9600 + 340 = 8740",
        ),
        # set 90: binary data units said two ways (768 GiB in 256 MiB chunks is 3072, not 3)
        (
            "We're splitting a 768 GiB backup into 256 MiB chunks. How many chunks is that?",
            "768 × 1024 ÷ 256 = 3072",
        ),
        # set 97: "add up" a written sum; "taken off, what do I pay"; "by what percent did X go
        # up if it's now Y"
        ("add up 1,288 + 3,905 + 417 + 2,066 + 59", "1288 + 3905 + 417 + 2066 + 59 = 7735"),
        ("£129.60 with 35% taken off, what do I pay", "129.60 − 35% of 129.60 = 84.24"),
        (
            "by what percent did 1,840 go up if it's now 2,047",
            "(2047 − 1840) ÷ 1840 × 100 = 11.25",
        ),
        ("By what % did 640 rise to 776?", "(776 − 640) ÷ 640 × 100 = 21.25"),
        # set 98: a split asked after a dash; whole pence "at 38p, …" in a story of pounds
        ("Split £83.60 four ways — how much each?", "83.60 ÷ 4 = 20.9"),
        ("Split £1,876.50 equally between 6 people - how much each?", "1876.50 ÷ 6 = 312.75"),
        # set 100: factorials on both sides of an operator; a list after "add these up for me:";
        # "plus 7.5%" as "plus VAT" is said, "what's the new figure" after a comma
        ("12! / 10!", "12! ÷ 10! = 132"),
        (
            "add these up for me: 389.40, 1,276.85, 45.05, 902.70",
            "389.40 + 1276.85 + 45.05 + 902.70 = 2614",
        ),
        ("Sum these: 389.40, 1,276.85, 45.05, 902.70", "389.40 + 1276.85 + 45.05 + 902.70 = 2614"),
        ("£2,640 plus 7.5%, what's the new figure?", "2640 + 7.5% of 2640 = 2838"),
        # set 101: pay asked "before tax" is the pay as told
        (
            (
                "my apprenticeship pays £7.60 an hour and I'm contracted for 37.5 hours a week, how"
                " much is that a week before tax"
            ),
            "7.60 × 37.5 = 285",
        ),
        (
            (
                "Weekly hotel contract: 3,480 sheets at 38p, 2,950 towels at 27p and 860 pillowcases"
                " at 12p. What's the total?"
            ),
            "3480 × 0.38 + 2950 × 0.27 + 860 × 0.12 = 2222.1",
        ),
        # a sum of numbers joined by "and" alone (once left to the model); set 105's forms
        ("sum of 1 and 2 and 3", "1 + 2 + 3 = 6"),
        ("Add up 1,204.50 and 387.25 and 96.80 for me", "1204.50 + 387.25 + 96.80 = 1688.55"),
        ("If 14 is 35 percent of some number, what's the number?", "14 ÷ 35% = 40"),
        ("How much is 15% off a price of £86?", "86 − 15% of 86 = 73.1"),
        ("Give 3/8 plus 1/4 as a decimal number.", "3 ÷ 8 + 1 ÷ 4 = 0.625"),
        ("what's the exact square root of 7,056?", "√7056 = 84"),
        # whole containers: "How many whole reels …", "come on sheets of", "one reel … does"
        (
            (
                "The hull seams add up to 96 metres and one reel of caulking cotton does 7.5 metres."
                " How many whole reels do I need to buy?"
            ),
            "ceil(96 ÷ 7.5) = 13",
        ),
        (
            (
                "Tesserae come on sheets of 225 pieces and the border needs 3,960 pieces. How many"
                " whole sheets must I buy?"
            ),
            "ceil(3960 ÷ 225) = 18",
        ),
        # money raised towards a target; a share of "my sales" kept by another
        (
            (
                "The lever frame restoration appeal has raised £8,460 towards its £23,500 target."
                " What percentage of the target is that?"
            ),
            "8460 ÷ 23500 × 100 = 36",
        ),
        (
            (
                "The organ blower restoration appeal needs £48,600 and we've raised £31,347 so far."
                " What percentage of the target is that?"
            ),
            "31347 ÷ 48600 × 100 = 64.5",
        ),
        (
            (
                "I sold 64 covers at £2.75 and 9 albums at £18. The organisers take 12% of my sales."
                " What do I keep?"
            ),
            "(64 × 2.75 + 9 × 18) × (1 − 12 ÷ 100) = 297.44",
        ),
        # takings of a price list: "What did … bring in?", "In July we logged …", a currency's code
        (
            (
                "Landing fees are £8 for members and £15 for visitors. We had 143 members and 67"
                " visitors. What did landing fees bring in?"
            ),
            "143 × 8 + 67 × 15 = 2149",
        ),
        (
            (
                "Fees are £8 for members and £15 for visitors. In July we logged 143 members and 67"
                " visitors. What did the fees bring in?"
            ),
            "143 × 8 + 67 × 15 = 2149",
        ),
        (
            (
                "Tickets are EUR 12 for adults and EUR 6 for children. We sold 40 adult tickets and 25"
                " child tickets. What did we take?"
            ),
            "40 × 12 + 25 × 6 = 630",
        ),
        # one number added to or taken from another, said that way round (set 112)
        ("what is 5 added to 7", "7 + 5 = 12"),
        ("what is three eighths of 1,000 added to 1,245", "1245 + 3 ÷ 8 × 1000 = 1620"),
        ("what is 5 subtracted from 7", "7 − 5 = 2"),
        ("what's 12 taken away from 30?", "30 − 12 = 18"),
        ("Add up every whole number from 1 to 250.", "(1 + 250) × (250 − 1 + 1) ÷ 2 = 31375"),
        # how any expression here is read, said beside it
        (
            "45 minus 7 times 6 plus 12, using the normal order of operations",
            "45 − 7 × 6 + 12 = 15",
        ),
        ("What is 8 + 2 * 5 with the usual order of operations?", "8 + 2 × 5 = 18"),
        # set 113: a whole split into equal parts, a share of a count named with a hyphen, and
        # a count of runs of a metric length asked in miles (imperial lengths beside a count)
        ("If 1,000 is split into 16 equal parts, how big is each part?", "1000 ÷ 16 = 62.5"),
        ("split 1000 into 16 equal parts", "1000 ÷ 16 = 62.5"),
        (
            (
                "There were 420 finishers at Saturday's parkrun and 15% of them were first-timers. How"
                " many first-timers was that?"
            ),
            "15% of 420 = 63",
        ),
        (
            "I have done 35 parkruns of 5 km each. How many miles is that in all?",
            "35 × 5 × 15625 ÷ 25146 = 2734375/25146 ≈ 108.739958641533",
        ),
        (
            (
                "An infusion pump is set to 125 millilitres per hour and runs for 18 hours overnight."
                " How many litres is that?"
            ),
            "125 × 18 ÷ 1000 = 2.25",
        ),
        # set 116: one of a lot priced together, a bill split, a cut asked as what was taken off,
        # and the new figure asked after a colon
        ("If 12 identical notebooks cost £40.20, what does one cost?", "40.20 ÷ 12 = 3.35"),
        ("Split a $187.60 restaurant bill four ways.", "187.60 ÷ 4 = 46.9"),
        (
            "A jacket went from 84 dollars down to 63 dollars. What percentage was taken off?",
            "(84 − 63) ÷ 84 × 100 = 25",
        ),
        ("Raise 760 by 35 per cent: what is the new figure?", "760 + 35% of 760 = 1026"),
        ("If 640 goes up by 12.5%, what do I end up with?", "640 + 12.5% of 640 = 720"),
        # set 118
        ("If 9 notebooks cost £31.05, what do 14 cost?", "31.05 ÷ 9 × 14 = 48.3"),
        ("Split a £287.40 restaurant bill equally between 6 people.", "287.40 ÷ 6 = 47.9"),
        ("17.5% of 3,280 — what is it?", "17.5% of 3280 = 574"),  # (set 119)
        ("what is 7! divided by 5!", "7! ÷ 5! = 42"),  # (set 120)
        # set 123: a percentage change said after the number
        ("what's 1,896 after a 12.5 percent reduction", "1896 − 12.5% of 1896 = 1659"),
        ("What is 640 after a 12.5% increase?", "640 + 12.5% of 640 = 720"),
        # set 123: a bill and a share kept, asked in other words
        (
            (
                "Two vaccinations at £58 each, and the voucher takes 15% off. What will the vet bill"
                " be?"
            ),
            "2 × 58 × (1 − 15 ÷ 100) = 98.6",
        ),
        (
            "Ten lessons at £38.50 each, and she knocks 10% off. What do I hand over?",
            "10 × 38.50 × (1 − 10 ÷ 100) = 346.5",
        ),
        (
            "My venue keeps 40% of box office. I sold 1,236 tickets at £11. What's my share?",
            "1236 × 11 × (1 − 40 ÷ 100) = 8157.6",
        ),
        (
            (
                "Residency offer: €320 a night, 4 nights a week for 6 weeks, and the agency keeps 12%."
                " What do I actually take home before tax?"
            ),
            "320 × 4 × 6 × (1 − 12 ÷ 100) = 6758.4",
        ),
        # sets 122-123: a cost shared by "the four of us kids", and "each of us send"
        (
            (
                "Surprise party maths: buffet £18.75 a head for 48 guests, plus £250 for the room. The"
                " four of us kids are splitting it. What's each share?"
            ),
            "(18.75 × 48 + 250) ÷ 4 = 287.5",
        ),
        (
            (
                "The parish council wants £1,450 for Arthur's bench and £185 for the brass plaque. The"
                " five of us in the family are splitting it evenly — how much does each of us send?"
            ),
            "(1450 + 185) ÷ 5 = 327",
        ),
        # set 123 (and earlier sets): a list said with commas only, an average asked tersely
        (
            (
                "Practice diary, Monday to Friday: 35 min, 50 min, 20 min, 45 min, 40 min. What's my"
                " average per day, in minutes?"
            ),
            "(35 + 50 + 20 + 45 + 40) ÷ 5 = 38",
        ),
        (
            "fuel log, 4 callouts: 38.5 L, 41 L, 29.75 L, 52.25 L. average per callout?",
            "(38.5 + 41 + 29.75 + 52.25) ÷ 4 = 40.375",
        ),
        ("We covered 414 km in 9 days. Average distance per day, in km?", "414 ÷ 9 = 46"),
        ("logged 1,284 lockages over 107 days at the flight. average per day?", "1284 ÷ 107 = 12"),
        # money told in one currency and asked in another at a rate the text gives (sets 120-121)
        (
            (
                "Norway road trip: 3 fjord ferries at NOK 218, road tolls of NOK 436 altogether and a"
                " campsite at NOK 340 a night for 5 nights. At NOK 11.25 to the euro, what's that in"
                " euros?"
            ),
            "(3 × 218 + 436 + 340 × 5) ÷ 11.25 = 248",
        ),
        (
            (
                "Soft sleeper Hanoi to Hue was 1,150,000 dong and Hue to Saigon 1,480,000 dong. At"
                " 31,250 dong to the pound, how many pounds did the trains cost me?"
            ),
            "(1150000 + 1480000) ÷ 31250 = 84.16",
        ),
        (
            (
                "The Inca Trail trek is US$789, an extra porter $145 and a guide $80. At 3.72 soles"
                " per dollar, what's that in soles?"
            ),
            "(789 + 145 + 80) × 3.72 = 3772.08",
        ),
        (
            "I send home AED 7,560 a month. At 1 AED = £0.215, how many pounds is that?",
            "7560 × 0.215 = 1625.4",
        ),
        # the taker's own share asked when another gets the rest (answered 252, the rest, before)
        (
            (
                "The farm sold 200 jars at £3. The farm keeps 70% of the takings and the hospice gets"
                " the rest. How much goes to the farm?"
            ),
            "200 × 3 × 70 ÷ 100 = 420",
        ),
        (
            (
                "The farm sold 200 jars at £3. The farm keeps 70% of the takings and the hospice gets"
                " the rest. What's the farm's share?"
            ),
            "200 × 3 × 70 ÷ 100 = 420",
        ),
        # set 148: "… and tell me what's left"
        ("Take 20% off 64.50 and tell me what's left.", "64.50 − 20% of 64.50 = 51.6"),
        # set 147: an amount "shared equally between" a count, "each share" asked after it
        ("7,452 shared equally between 9. How much is each share?", "7452 ÷ 9 = 828"),
        # set 147: numbers in words with a British "and" in each
        ("six hundred and forty minus two hundred and fifteen", "640 − 215 = 425"),
        # set 146: "Add … onto …"
        ("Add 8% of 2,400 onto 2,400.", "8% of 2400 + 2400 = 2592"),
        # set 145: a whole told bare after a label, a part that "came up"
        (
            "Trial plot: 250 seeds sown, 215 came up. What percentage came up?",
            "215 ÷ 250 × 100 = 86",
        ),
        # set 145: a list's last "&", a tip "on a bill of"
        ("what's the mean of 14, 22, 9 & 31", "(14 + 22 + 9 + 31) ÷ 4 = 19"),
        ("How much is an 18% tip on a bill of 72.50?", "18% of 72.50 = 13.05"),
        # sets 138, 141 and 144: a cut of "merch sales", "What's the guide's cut?"
        (
            (
                "92 T-shirts at £20 and 40 posters at £8. The venue keeps 25% of merch sales. How"
                " much do we keep?"
            ),
            "(92 × 20 + 40 × 8) × (1 − 25 ÷ 100) = 1620",
        ),
        (
            "15 walkers at £60 each, and the guide keeps 40% of the takings. What's the guide's cut?",
            "15 × 60 × 40 ÷ 100 = 360",
        ),
        # sets 139, 143 and 144: what is owed after a deposit, the price "quoted at" or the deposit
        # "on the whole" amount
        (
            "Owl mount quoted at £420, the client has paid a 30% deposit. What's the balance owing?",
            "420 × (1 − 30 ÷ 100) = 294",
        ),
        (
            (
                "The portrait is quoted at £900 and the sitter paid the 20% deposit when booking. How"
                " much do they owe on the day?"
            ),
            "900 × (1 − 20 ÷ 100) = 720",
        ),
        (
            "We've paid a 15% deposit on the whole £8,400. How much is still owing?",
            "8400 × (1 − 15 ÷ 100) = 7140",
        ),
        # set 143: prices "a head"; a show named by its time in a story of money
        (
            "Sheared 640 ewes at £1.90 a head and 25 rams at £3.10 a head. What's the total bill?",
            "640 × 1.90 + 25 × 3.10 = 1293.5",
        ),
        (
            "The 19:30 show sold 180 tickets at £12 and 44 tickets at £7. What were the takings?",
            "180 × 12 + 44 × 7 = 2468",
        ),
        # set 142: "How many volunteer hours", "What's the rent?"
        (
            (
                "Twelve volunteers each give 4.5 hours a week for 40 weeks. How many volunteer hours"
                " is that in total?"
            ),
            "12 × 4.5 × 40 = 2160",
        ),
        (
            "The allotment site is 2.5 hectares at £840 per hectare. What's the rent?",
            "2.5 × 840 = 2100",
        ),
        # set 140's session: a cost split "evenly 5 ways", shared by a group "the whole cost",
        # "how much do we each owe"
        (
            "Van £380 and fuel £96.50, split evenly 5 ways. What does each of us pay?",
            "(380 + 96.50) ÷ 5 = 95.3",
        ),
        (
            (
                "Hall £220, caterer £612.40, band £300. The 16 dancers share the whole cost equally."
                " What does each dancer pay?"
            ),
            "(220 + 612.40 + 300) ÷ 16 = 70.775",
        ),
        (
            "Water £48.30, power £161.22 and internet £38.88, split 3 ways. How much do we each owe?",
            "(48.30 + 161.22 + 38.88) ÷ 3 = 82.8",
        ),
        # set 137: a rate a kiosk "gives", the rand, a time said with "before we fly"
        (
            (
                "Changing £450 into baht before the naming day in Bangkok — the kiosk gives 43.6 baht"
                " to the pound. How many baht should I get?"
            ),
            "450 × 43.6 = 19620",
        ),
        (
            (
                "We're changing £600 at 23.85 rand to the pound before we fly to Jo'burg. How many"
                " rand is that?"
            ),
            "600 × 23.85 = 14310",
        ),
        # set 137: "Take 6.4% of", "what does that come to" after a dash, a number "put up by"
        ("Take 6.4% of 12,500.", "6.4% of 12500 = 800"),
        ("9.45 divided by 0.35 — what does that come to?", "9.45 ÷ 0.35 = 27"),
        (
            "Put 640 up by 15%, then take 15% off the result. Where do you end up?",
            "(640 + 15% of 640) × (1 − 15 ÷ 100) = 625.6",
        ),
        # set 136: a number taken and changed in turn; a percentage "again" as the one before
        (
            "Take 650, increase it by 18%, then decrease the result by 18%. What do you get?",
            "(650 + 18% of 650) × (1 − 18 ÷ 100) = 628.94",
        ),
        (
            (
                "£5,000 grows by 4%, then by 4% again on the new total, then by 4% once more. What is"
                " it worth at the end?"
            ),
            "5000 × (1 + 4 ÷ 100) × (1 + 4 ÷ 100) × (1 + 4 ÷ 100) = 5624.32",
        ),
        # set 135: a fraction taken off, a ratio between two people, a percentage "knocked off"
        ("Take three eighths off 1,560. What remains?", "1560 − 3 ÷ 8 × 1560 = 975"),
        (
            "Share £1,000 between two people in the ratio 3:5. How much is the bigger share?",
            "1000 × 5 ÷ (3 + 5) = 625",
        ),
        ("A £86 jacket has 35% knocked off. What do I pay?", "86 − 35% of 86 = 55.9"),
        # set 134: a share asked after a dash; a discount taken "at the till"
        (
            (
                "Basket at the DIY shed: 3 tubs of grout at £7.79, 2 tubes of anti-mould sealant at"
                " £6.49 and a grout rake at £4.25. My trade card knocks 10% off at the till. What do I"
                " pay?"
            ),
            "(3 × 7.79 + 2 × 6.49 + 4.25) × (1 − 10 ÷ 100) = 36.54",
        ),
        ("Split 9,135 evenly 15 ways — how much is each share?", "9135 ÷ 15 = 609"),
        # set 133's misses: "lots of", the gross asked after a dash
        ("How much is 23 lots of £4.65?", "23 × 4.65 = 106.95"),
        ("Add 20% VAT to £1,437.50 — what's the gross figure?", "1437.50 + 20% of 1437.50 = 1725"),
        # set 132's misses: a list added "together", a mean of "these five marks", "out of"
        (
            "Add these receipts together please: 19.99, 4.35, 12.80 and 7.06",
            "19.99 + 4.35 + 12.80 + 7.06 = 44.2",
        ),
        ("Mean of these five test marks: 72, 85, 91, 64, 78?", "(72 + 85 + 91 + 64 + 78) ÷ 5 = 78"),
        ("27 out of 36 as a percentage?", "27 ÷ 36 × 100 = 75"),
        # set 131's misses: percentages in turn, each on what the one before left
        (
            "Take 1,250, knock 18% off it, then add 7.5% to whatever that leaves. What do you get?",
            "1250 × (1 − 18 ÷ 100) × (1 + 7.5 ÷ 100) = 1101.875",
        ),
        (
            (
                "Year 8 homework: a jacket costs £64. It's reduced by 25% in the sale, then there's a"
                " further 10% off the sale price at the till. What does it finally cost?"
            ),
            "64 × (1 − 25 ÷ 100) × (1 − 10 ÷ 100) = 43.2",
        ),
        (
            (
                "A monstera costs me £11.20 from the wholesaler, I mark it up 150% and then the sale"
                " takes 20% off that. What's the sale price?"
            ),
            "11.20 × (1 + 150 ÷ 100) × (1 − 20 ÷ 100) = 22.4",
        ),
        (
            (
                "Air ram hire is £1,150 for the week. We get 15% off as repeat customers and then VAT"
                " at 20% goes on the discounted price. How much do we pay?"
            ),
            "1150 × (1 − 15 ÷ 100) × (1 + 20 ÷ 100) = 1173",
        ),
        # set 130's misses: a ratio's share asked "how big", a price before "the discount"
        (
            "Share 1,000 in the ratio 3 : 5. How big is the larger share?",
            "1000 × 5 ÷ (3 + 5) = 625",
        ),
        (
            "A coat is £64 after 20% off. What was it before the discount?",
            "64 ÷ (1 − 20 ÷ 100) = 80",
        ),
        # earlier sets' misses: a price that includes its tax, a rise undone, VAT added to a net
        # amount told first
        (
            "The shelf price of £90 already includes 20% VAT. What is the price before VAT?",
            "90 ÷ (1 + 20 ÷ 100) = 75",
        ),
        (
            "The ryokan quotes ¥19,800 per person per night including 10% consumption tax. What's the price before tax?",
            "19800 ÷ (1 + 10 ÷ 100) = 18000",
        ),
        (
            "After a 15% rise something costs 276. What did it cost before the rise?",
            "276 ÷ (1 + 15 ÷ 100) = 240",
        ),
        (
            "£413.65 before VAT; add VAT at 20% and give me the gross figure",
            "413.65 + 20% of 413.65 = 496.38",
        ),
        (
            "Add VAT at 20% to £413.65 and give me the gross figure",
            "413.65 + 20% of 413.65 = 496.38",
        ),
        # set 127: VAT on top of the charges told before it, a count told after it
        (
            (
                "Locksmith charged a £65 callout plus £18 for each lock changed, and VAT at 20% on"
                " top. He changed 5 locks. What should the invoice total be?"
            ),
            "(65 + 18 × 5) × (1 + 20 ÷ 100) = 186",
        ),
        # set 126: answered 6 + 4 = 10 (the factorials' "!" read as the ends of sentences)
        ("What does 6! ÷ 4! come to?", "6! ÷ 4! = 30"),
        ("What does 6! / 4! come to?", "6! ÷ 4! = 30"),
        # set 126: a bill or budget with a word before it, and money counted in its own currency
        (
            (
                "After sledging: 7 hot chocolates at £3.20 and 2 coffees at £2.85. What's the café"
                " bill?"
            ),
            "7 × 3.20 + 2 × 2.85 = 28.1",
        ),
        (
            (
                "Court outfits: 7 damas at $85 each and 7 chambelanes at $120 each. What's the outfit"
                " budget?"
            ),
            "7 × 85 + 7 × 120 = 1435",
        ),
        (
            (
                "Holi shopping: 25 packets of gulal at ₹60 and 4 pichkaris at ₹349 for the kids. How"
                " many rupees?"
            ),
            "25 × 60 + 4 × 349 = 2896",
        ),
        # set 124
        ("Split 1,234.56 evenly five ways. How much is each share?", "1234.56 ÷ 5 = 246.912"),
        (
            "Add up 18.35, 7.2, 104 and 0.65, then halve the total.",
            "(18.35 + 7.2 + 104 + 0.65) ÷ 2 = 65.1",
        ),
        # sets 120-122: a sum asked in other words
        (
            (
                "PC build: graphics card £549.99, CPU £229.99, motherboard £164.50, RAM £89.99, SSD"
                " £74.49 and case with PSU £139. Add it up for me."
            ),
            "549.99 + 229.99 + 164.50 + 89.99 + 74.49 + 139 = 1247.96",
        ),
        (
            (
                "Ordering for the Thursday maths club: six packs of dice at £3.45 a pack and four sets"
                " of fraction tiles at £7.80 a set. What do I put on the school's expenses form?"
            ),
            "6 × 3.45 + 4 × 7.80 = 51.9",
        ),
        (
            (
                "Sunday tour takings to hand in: 27 adults at £9.50, 14 concessions at £7.25 and 19"
                " children at £4.75. What should the cash bag hold?"
            ),
            "27 × 9.50 + 14 × 7.25 + 19 × 4.75 = 448.25",
        ),
        (
            (
                "Parts so far: seat £89.50, cable set £23.75, two tyres at £38.40 each and paint at"
                " £64. Running total please."
            ),
            "89.50 + 23.75 + 2 × 38.40 + 64 = 254.05",
        ),
        # set 151: "what's the total i pay", "at an average of", coins by name and change,
        # named people's amounts in a list, euros by name
        (
            (
                "need 8 tubs of cerium oxide polishing compound at £14.80 a tub plus 20% VAT - what's"
                " the total i pay?"
            ),
            "8 × 14.80 × (1 + 20 ÷ 100) = 142.08",
        ),
        (
            (
                "Saturday's till at the karaoke bar: 312 drinks at an average of £5.75 and 48 private"
                " room bookings at £35 each. What's the total?"
            ),
            "312 × 5.75 + 48 × 35 = 3474",
        ),
        (
            (
                "Counting the hat after an afternoon busking with the hurdy-gurdy: three £20 notes,"
                " seven £10 notes, eleven £5 notes, 23 pound coins and £6.40 in small change. Total in"
                " pounds?"
            ),
            "3 × 20 + 7 × 10 + 11 × 5 + 23 × 1 + 6.40 = 214.4",
        ),
        (
            (
                "Pickers get 0.42 euro per kilo. Ana picked 386 kg, Tomas 412 kg and Lea 298.5 kg."
                " What's the total payroll?"
            ),
            "0.42 × (386 + 412 + 298.5) = 460.53",
        ),
        ("8 tickets at 89 euros each. What's the total?", "8 × 89 = 712"),
        # set 153: how many full containers a whole fills (the part-full one left out, not
        # rounded up: answered 728), "there are four of us sharing", "each co-owner"
        (
            (
                "a 240 litre batch goes into 330 ml bottles. how many completely full bottles do we"
                " get?"
            ),
            "floor(240 × 1000 ÷ 330) = 727",
        ),
        (
            (
                "The boat licence is £1,046 for the year and there are four of us sharing the boat"
                " equally. How much does each co-owner pay?"
            ),
            "1046 ÷ 4 = 261.5",
        ),
        # set 156: ", exactly", "- what remains?", "how many times does 23 go into 2,967" (whole
        # times only), "If 640 rises by 12.5 per cent, what's the new figure?"
        ("how much is 48 times 365, exactly", "48 × 365 = 17520"),
        ("Take 17 percent off 1,250 - what remains?", "1250 − 17% of 1250 = 1037.5"),
        ("How many times does 23 go into 2,967", "2967 ÷ 23 = 129"),
        ("If 640 rises by 12.5 per cent, what's the new figure?", "640 + 12.5% of 640 = 720"),
        # the thing packed is the thing counted
        (
            "We need 500 gels. Gels come in boxes of 24. How many boxes do we need?",
            "ceil(500 ÷ 24) = 21",
        ),
        # set 159: "Take 35% of 60% of 8,500." (a share taken, not a taking away)
        ("Take 35% of 60% of 8,500.", "35% of 60% of 8500 = 1785"),
        # set 158: "and tell me what remains", fractions named by tens ("nineteen fortieths")
        ("Knock 18% off 1,350 and tell me what remains.", "1350 − 18% of 1350 = 1107"),
        ("express nineteen fortieths as a decimal number", "19 ÷ 40 = 0.475"),
        # set 157: "after an increase of 18%", "14 of us are splitting a $309.40 … order
        # equally", "Add them up."
        ("How much is 1,250 after an increase of 18%?", "1250 + 18% of 1250 = 1475"),
        (
            "fourteen of us are splitting a $309.40 batting order equally, how much each?",
            "309.40 ÷ 14 = 22.1",
        ),
        (
            "420, 385, 610, 275, 540 and 190 metres. Add them up.",
            "420 + 385 + 610 + 275 + 540 + 190 = 2420",
        ),
        (
            (
                "We hauled 12 long lines giving 340 kg of wet kelp each, and the buyer pays 0.85 euro a"
                " kilo. What's the cheque?"
            ),
            "12 × 340 × 0.85 = 3468",
        ),
        (
            (
                "Buying fat quarters for the bee: 28 of them at $4.75 each, less the shop's 15% guild"
                " discount. What do I pay?"
            ),
            "28 × 4.75 × (1 − 15 ÷ 100) = 113.05",
        ),
        (
            "Our sponsor pays 35% of the €1,974 kit bill. What's left for the club to cover?",
            "1974 × (1 − 35 ÷ 100) = 1283.1",
        ),
        # set 156: a whole packed into containers of a size; "what's that in pounds" of pence
        (
            (
                "We packed 1,836 runner bean seeds into envelopes of 18 each. how many envelopes is"
                " that"
            ),
            "1836 ÷ 18 = 102",
        ),
        (
            (
                "my torch and kiln used 4,380 kWh over the winter at 9.2p per kWh, what's that in"
                " pounds"
            ),
            "4380 × 0.092 = 402.96",
        ),
        # set 155: "Square 6.5", "N out of M: as a percentage that is what?"
        ("Square 6.5 for me.", "6.5^2 = 42.25"),
        ("57 out of 380: as a percentage that is what?", "57 ÷ 380 × 100 = 15"),
        # set 154: "once it goes up by 8%", rupees by name, "last quarter" (a period, not a share)
        ("How much is 1,375 once it goes up by 8%?", "1375 + 8% of 1375 = 1485"),
        (
            (
                "Pluckers get 14 rupees per kilo of green leaf. Anjali brought in 23.5 kg in the morning"
                " and 18.75 kg after lunch. What does she earn?"
            ),
            "14 × (23.5 + 18.75) = 591.5",
        ),
        # "Work out his feed bill …", "a 15% group discount off the total", "the group pay"
        (
            (
                "The Aldabra tortoise gets through 1.8 kg of greens a day and greens cost £2.35 per"
                " kg. Work out his feed bill for 28 days."
            ),
            "1.8 × 2.35 × 28 = 118.44",
        ),
        (
            (
                "Group booking: 14 passengers at £185 a head with a 15% group discount off the total."
                " What does the group pay?"
            ),
            "14 × 185 × (1 − 15 ÷ 100) = 2201.5",
        ),
        # set 152: foot passengers at a fare, a sailing asked what it took, and a told amount
        # over or under a named mark
        (
            (
                "On the 23:40 sailing we carried 212 foot passengers at €14.50, 86 cars at €62 and 9"
                " motorbikes at €31. What did that sailing take altogether?"
            ),
            "212 × 14.50 + 86 × 62 + 9 × 31 = 8685",
        ),
        (
            (
                "Her flying weight is 640 g and she weighed in at 672 g this morning. By what percentage"
                " is she over her flying weight?"
            ),
            "(672 − 640) ÷ 640 × 100 = 5",
        ),
        (
            (
                "She weighed in at 600 g and her flying weight is 640 g. By what percentage is she under"
                " her flying weight?"
            ),
            "(640 − 600) ÷ 640 × 100 = 6.25",
        ),
        # sets 161-170's session (set 152's truffle syndicate): "N of us in the … split …"
        (
            (
                "Twelve of us in the truffle syndicate split the £186.60 hire of the minibus evenly. What"
                " does each person pay?"
            ),
            "186.60 ÷ 12 = 15.55",
        ),
        # set 161: two fractions by name joined by an operation
        ("three eighths plus a quarter, as a decimal", "3 ÷ 8 + 1 ÷ 4 = 0.625"),
        ("two thirds minus a quarter", "2 ÷ 3 − 1 ÷ 4 = 5/12 ≈ 0.416666666666667"),
        # set 162: a percentage "once … knocked off"; a split asked "how much each" after it
        ("How much is 86.40 once 15 percent is knocked off?", "86.40 − 15% of 86.40 = 73.44"),
        ("split a $1,047.60 bill six ways, how much each", "1047.60 ÷ 6 = 174.6"),
        # set 161: a claim asked ("what's my claim"), its question after a comma in the last sentence
        (
            (
                "on-call chaplains get £42 per call-out plus 45p a mile. I had 9 call-outs and drove 236"
                " miles, what's my claim"
            ),
            "42 × 9 + 0.45 × 236 = 484.2",
        ),
        # set 163: "N lots of", a whole square root asked, "N things out of M things, what percentage",
        # a price including a tax asked before it after a comma, a rate per kilogram of a weight
        ("how much is 14 lots of 2.35 take away 4.9", "14 × 2.35 − 4.9 = 28"),
        ("what whole number squared gives 7056", "√7056 = 84"),
        ("57 comps out of 380 tickets, what percentage is that", "57 ÷ 380 × 100 = 15"),
        (
            "a receipt says £89.60 including 12% tax, what was the price before tax",
            "89.60 ÷ (1 + 12 ÷ 100) = 80",
        ),
        # set 164: a share paid first and the rest in equal instalments
        (
            (
                "My birth package is £1,150. She's paid a 30% deposit and the rest is split into two equal"
                " instalments. How much is each instalment?"
            ),
            "1150 × (1 − 30 ÷ 100) ÷ 2 = 402.5",
        ),
        (
            (
                "A pair of hearing aids lists at $4,380. Insurance pays 65% and the patient spreads the rest"
                " over 12 equal instalments. How many dollars is each instalment?"
            ),
            "4380 × (1 − 65 ÷ 100) ÷ 12 = 127.75",
        ),
        # set 165: a recipe "to serve 30" asked for 180; a perfect square's root asked
        (
            "chopped liver recipe uses 2.4 kg of chicken livers to serve 30. how many kg for 180 guests",
            "2.4 ÷ 30 × 180 = 14.4",
        ),
        ("7056 is a perfect square, what's its root", "√7056 = 84"),
        # set 166: a number never ends in a comma ("315, what's the % increase"); a sum between some
        ("went from 250 to 315, what's the % increase", "(315 − 250) ÷ 250 × 100 = 26"),
        ("£86.40 between six of us, how much each?", "86.40 ÷ 6 = 14.4"),
        # sets 158 and 165: a cut "skims" or is "commission on everything", its taker with an apostrophe,
        # and what is left "after the fee" or kept "in pounds"
        (
            (
                "184 wraps at £7.50, 96 plates at £11.95 and 140 portions of chips at £3.20. the card machine"
                " skims 1.75% of everything. what's left after the fee"
            ),
            "(184 × 7.50 + 96 × 11.95 + 140 × 3.20) × (1 − 1.75 ÷ 100) = 2923.134",
        ),
        (
            (
                "Sold 14 paperweights at £38 each and 6 small vases at £125 at the craft fair. The fair takes"
                " 35% commission on everything. How much do I actually keep, in pounds?"
            ),
            "(14 × 38 + 6 × 125) × (1 − 35 ÷ 100) = 833.3",
        ),
        (
            (
                "I sold 23 nibs at $35 each. The show's payment terminal keeps 8% of the takings. What do I"
                " actually receive?"
            ),
            "23 × 35 × (1 − 8 ÷ 100) = 740.6",
        ),
        # set 167: mixed numbers said with "and" between operations
        ("3 and 3/4 times 2 and 2/5", "(3 + 3 ÷ 4) × (2 + 2 ÷ 5) = 9"),
        # set 168: a list of two amounts in one unit, averaged
        (
            "my two speed cards runs at the championship were 41.36 s and 38.9 s. average in seconds?",
            "(41.36 + 38.9) ÷ 2 = 40.13",
        ),
        # set 170: a perfect square's root asked "of which number"
        ("7,056 is a perfect square — of which number", "√7056 = 84"),
        # a wage "before tax"; a dose asked "in mg"
        ("I get $23.40 an hour and did 37.5 hours, what's that before tax", "23.40 × 37.5 = 877.5"),
        ("gentamicin 5 mg/kg, baby weighs 0.95 kg, what's the dose in mg", "5 × 0.95 = 4.75"),
        # complete groups of a size "a square needs"; a change told as two readings at two times
        (
            "137 dancers turned up and a square needs 8. how many complete squares can I set up",
            "floor(137 ÷ 8) = 17",
        ),
        (
            (
                "recipient's creatinine was 612 before the transplant and 153 on day five. what's the "
                "percentage fall"
            ),
            "(612 − 153) ÷ 612 × 100 = 75",
        ),
        # one named part of a mixture told by a ratio (set 172): of the whole, or of another part
        (
            "for 25 kg of marzipan at 70:30 almonds to sugar, how many kg of almonds",
            "25 × 70 ÷ (70 + 30) = 17.5",
        ),
        (
            (
                "our sand mix is 8 parts sand to 1 part water by volume and the sculpture needs 2.7 cubic "
                "metres of mix in total. how many cubic metres of that is water"
            ),
            "2.7 × 1 ÷ (8 + 1) = 0.3",
        ),
        (
            "mortar is 1 part cement to 3 parts sand. I have 60 kg of sand, how many kg of cement?",
            "60 × 1 ÷ 3 = 20",
        ),
        (
            (
                "concrete is cement, sand and gravel in the ratio 1:2:3. for 3 cubic metres of concrete how "
                "many cubic metres of gravel"
            ),
            "3 × 3 ÷ (1 + 2 + 3) = 1.5",
        ),
        (
            "the ratio of boys to girls is 3:4 and there are 12 boys. how many girls?",
            "12 × 4 ÷ 3 = 16",
        ),
        (
            "(100 + 6) × 3 × (75 − 50) ÷ 25 — what does that actually come to",
            "(100 + 6) × 3 × (75 − 50) ÷ 25 = 318",
        ),
        # a share taken first and the rest shared equally, said other ways (sets 170, 175)
        (
            (
                "the prize is $250,000. 40% goes to the panyard and the rest is shared equally among 125 "
                "players. what does each player get?"
            ),
            "250000 × (1 − 40 ÷ 100) ÷ 125 = 1200",
        ),
        (
            (
                "we earned €40,800. the agency takes 15% off the top and the rest is split equally between "
                "the five of us. how much does each of us get?"
            ),
            "40800 × (1 − 15 ÷ 100) ÷ 5 = 6936",
        ),
        # set 177: "whats the total" with no mark before it; the mean asked first, then its list
        ("if i add a 15% tip to a $64.80 bill whats the total", "64.80 + 15% of 64.80 = 74.52"),
        (
            "need the mean of the week's max temps for the graphic: 14.2, 15.8, 13.1, 12.9, 16.4, 17.0, 15.6",
            "(14.2 + 15.8 + 13.1 + 12.9 + 16.4 + 17.0 + 15.6) ÷ 7 = 15",
        ),
        # set 178: the keeper asks "What's mine?" after the takings and a cut
        (
            (
                "Weekend takings at the camera obscura: 138 adults at £4.50 and 61 children at £2.75. The pier "
                "trust takes 30%. What's mine?"
            ),
            "(138 × 4.50 + 61 × 2.75) × (1 − 30 ÷ 100) = 552.125",
        ),
        # set 179: a choice counted, and "what do you end up with" after a chain
        ("how many ways can you pick 4 cards out of 10", "binomial(10, 4) = 210"),
        ("in how many ways can we choose 2 prefects from 30 pupils?", "binomial(30, 2) = 435"),
        (
            "put 2,000 up by 10% and then knock 10% off the result, what do you end up with",
            "(2000 + 10% of 2000) × (1 − 10 ÷ 100) = 1980",
        ),
        ("If 900 goes up by 20%, what do I end up with?", "900 + 20% of 900 = 1080"),
        # set 181: a question run on with no mark, and a note that the asker is checking
        (
            "if I earn $19.80 an hour and work 32.5 hours what's my gross pay",
            "19.80 × 32.5 = 643.5",
        ),
        ("what's the square root of 5,776, checking my working", "√5776 = 76"),
        # set 183: negatives after a spaced x, a chain told in one sentence, a rate in two bands
        ("-36 x -2.5 + 100", "−36 × (−2.5) + 100 = 190"),
        (
            "£800 knocked down 15% and then 20% VAT added on top, what's the final price?",
            "800 × (1 − 15 ÷ 100) × (1 + 20 ÷ 100) = 816",
        ),
        (
            "I get 4% on the first $10,000 of sales and 9% on anything above that. Sold $16,500 this month. Commission?",
            "4% of 10000 + 9% of (16500 − 10000) = 985",
        ),
        # a whole number and a vulgar fraction written together are a mixed number (set 184: 3¼ had
        # been read as 3 × ¼)
        ("what is 3¼ + 1", "3 + 1 ÷ 4 + 1 = 4.25"),
        ("what is 2½ times 4", "(2 + 1 ÷ 2) × 4 = 10"),
        ("add 0.125 to half of 5¾", "0.125 + 1 ÷ 2 × (5 + 3 ÷ 4) = 3"),
        ("⅔ × 27", "2 ÷ 3 × 27 = 18"),
        # set 184: "another N% on top of the new total", asked "what do I end up with"
        (
            "8000 plus 5%, then another 5% on top of the new total, what do i end up with",
            "8000 × (1 + 5 ÷ 100) × (1 + 5 ÷ 100) = 8820",
        ),
        # set 185: "less N%, what do I actually pay", a price "incl. VAT is", a list's mean asked by one word
        ("£180.40 less 15%, what do I actually pay", "180.40 − 15% of 180.40 = 153.34"),
        (
            "the price incl. 20% VAT is £2,160. what was it before VAT",
            "2160 ÷ (1 + 20 ÷ 100) = 1800",
        ),
        (
            "my six darts scores were 60, 45, 100, 81, 26 and 138, mean?",
            "(60 + 45 + 100 + 81 + 26 + 138) ÷ 6 = 75",
        ),
        # set 186: ", go" after a sum, the balance after the k-th compounding, a round robin
        ("(12.4 + 7.6) divided by 4, go", "(12.4 + 7.6) ÷ 4 = 5"),
        (
            "$8,000 at 5% interest compounded once a year, what's the balance after the second compounding",
            "8000 × (1 + 5 ÷ 100)^2 = 8820",
        ),
        (
            "our darts league has 10 teams and every team plays every other team twice, once home once away. how many matches is that in total",
            "10 × (10 − 1) ÷ 2 × 2 = 90",
        ),
        # set 187: a step "add £75 back on", a ratio of two named parts said "3 to 1"
        ("£1,250 less 20%, then add £75 back on", "1250 − 20% of 1250 + 75 = 1075"),
        (
            "we mix sand and lime 5 to 1 by volume. the batch is 0.9 cubic metres in total. how many cubic metres of that is lime",
            "0.9 × 1 ÷ (5 + 1) = 0.15",
        ),
        # set 187: the total asked as "what do I charge him"
        (
            "a ham of 6.4 kg at €42.50 a kilo, 10% off the lot. what do I charge him",
            "6.4 × 42.50 × (1 − 10 ÷ 100) = 244.8",
        ),
        ("3 haircuts at £18 and 2 beard trims at £9. what do I charge them", "3 × 18 + 2 × 9 = 72"),
        (
            "A new jib takes 12.5 m² of cloth at £14.80 per m² plus £90 labour. What do I charge?",
            "90 + 14.80 × 12.5 = 275",
        ),
    ],
)
def test_answers_exactly(text: str, expected: str) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "is 5 less than 20?",  # a comparison, not a subtraction
        "What's 150% off 86?",  # more than all of it off is no price
        "3 mugs at £4 and 2 jugs at £9. Cost per mug?",  # (money for one thing: not the sum)
        # a price "at" a count is each one's: told, not worked out (answered 5.75 ÷ 312 and 3.35
        # ÷ 12), and an average price is no total (answered 1794)
        "312 drinks at £5.75. What was the price of a drink?",
        "12 notebooks at £3.35. How much does one notebook cost?",
        "312 drinks at an average of £5.75. What was the average price?",
        "We sold 312 drinks at £5.75 and 40 crisps at £1.20. What was the average price?",
        # (answered 21) boxes of another thing than the one counted
        "We need 500 gels. Bars come in boxes of 24. How many boxes do we need?",
        "We need 500 gels and bars come in boxes of 24. How many boxes do we need?",
        # (set 157) a share paid and another figure told: what is left of what?
        "The sponsor pays 35% of the €1,974 bill and 20 of us share it. How much is left?",
        # (set 156) packed with one part-full left: counted or not?
        "We packed 1,840 seeds into envelopes of 18. How many envelopes is that?",
        # (set 156) 7 goes into 50 seven times with 1 over, or 7.14 times: which is meant?
        "How many times does 7 go into 50?",
        # (set 152) over a mark the story went under, or a mark the story does not name
        (
            "Her flying weight is 640 g and she weighed in at 600 g. By what percentage is she over"
            " her flying weight?"
        ),
        (
            "Her flying weight is 640 g and she weighed in at 672 g. By what percentage is she over"
            " her target?"
        ),
        # one of the named people asked
        (
            "Pickers get €0.42 per kg. Ana picked 386 kg, Tomas 412 kg and Lea 298.5 kg. How much"
            " does Ana get?"
        ),
        # a part asked by another verb than the story's (answered 90.5, the part that sprouted)
        "We have 400 seeds and 362 sprouted. What percentage failed?",
        "Trial plot: 250 seeds sown, 215 came up. What percentage rotted?",
        # (set 150: answered 367.9, the miles once) a distance said "each way"
        (
            "We charge £290 for a falconry display plus 45p a mile travel, and the venue is 40 miles"
            " away each way. What's the invoice total?"
        ),
        # the cut of someone the story does not name as its taker
        "15 walkers at £60 each, and the guide keeps 40% of the takings. What's the driver's cut?",
        # a price quoted for each of an untold count
        "Owl mounts quoted at £420 per bird, the client has paid a 30% deposit. What's the balance?",
        "Sheared 640 ewes at £1.90 a head and 25 rams at £3.10 a head. What's the cost per head?",
        # (set 141: answered 169.84) whole containers only: the count is rounded up first
        "Glue is £12.40 a tub, 500 g per tub, whole tubs only. I need 1.2 kg. What do I spend?",
        "Mean of these four test marks: 72, 85, 91, 64, 78?",  # (five listed)
        "Take 5/4 off 1,560. What remains?",  # (more than all of it)
        "£5,000 grows by 4%, then by 4%. What is it worth at the end?",  # (the second: which way?)
        "Share £1,000 between three people in the ratio 3:5. How much is the bigger share?",
        # percentages not said to follow each other, or each of the first amount, or a count
        "A price of 400 has 25% off and 10% off. What do I pay?",
        (
            "Intake was 12,500 kg. Grading rejected 7.2% for sunburn and another 3.8% for bruising,"
            " both as shares of the intake. What's left?"
        ),
        "A kaleidoscope lists at £48. Take 15% off, then add 20% VAT. What do three cost?",
        "A price of 400 has 25% off, then 10% more. What's the discount?",
        # (set 133: answered 382.1, the miles back left out) a count said twice
        (
            "Sauna trailer quote: £320 for the Friday-to-Sunday hire, plus delivery at £1.35 a mile"
            " for the 46 miles out and the same back to collect. Total?"
        ),
        "Taxi is £4 plus £2.10 a mile for 8 miles each way. Total?",
        # (set 130: answered 736.25, the float added) the cash a till starts with is no sale
        (
            "cashing up the bike stall: started with a £50 float, the cash tin now has £417.35 in it"
            " and the card reader says £268.90. what were total sales?"
        ),
        # the VAT of one person's night is asked of a price per person: the model says whose
        "The ryokan quotes ¥19,800 per person per night including 10% tax. How much is the tax?",
        "After a 15% fall something costs 276. What did it cost before the rise?",  # (which?)
        # an average asked in another unit than the story's
        "We covered 414 km in 9 days. Average distance per day, in miles?",
        "Add 40 and 25. How much is each share?",  # (no split: how many shares?)
        # a rate between two other currencies than the money's, or money in two currencies
        "I have €400. At 1.16 dollars to the pound, how many pounds is that?",
        "I have €400 and a £20 note. At 1.16 euros to the pound, how many pounds is that?",
        # (set 125: answered 25500, the three lessons taken once) a count each month of a year
        (
            "Tea ceremony school fees: ¥4,500 per lesson, three lessons in every month of the year,"
            " plus an annual enrolment fee of ¥12,000. What's the year's total?"
        ),
        # money counted in another currency than the story's; a budget's remainder asked
        "25 packets of gulal at ₹60 and 4 pichkaris at ₹349. How many pounds?",
        "Rent £500 and bills £90. What's the remaining budget?",
        # a fee taken before the money is converted, and the money told in the question
        (
            "We take a flat £4 commission off the pounds first, then convert what's left at 1.155"
            " euros to the pound. Customer hands over £500 — how many euros go across the counter?"
        ),
        "the average of 3",
        "what is 2 more than 3 times 4",
        "a third of the way to 100",
        "a thirds of 9",
        "percentage increase from 60 to 48",  # a fall is not an increase: the model says so
        "percentage decrease from 48 to 60",
        "percent change from 0 to 5",
        "The price went from $92 to $80. By what percent did it increase?",
        "A $120 jacket is 35% off and 10% off again. What is the sale price?",
        "A $120 jacket for 2 people is 35% off. What is the sale price?",
        "4 friends each put in £15 each. How much did they save?",  # each twice
        # an average per day of two things counted
        "We sold 300 cakes and 20 pies over 10 days. What's the average per day?",
        # fewer, not more; two things counted
        "The museum had 1,845 visitors in July and 2,310 in August. How many more in July?",
        (
            "The museum had 1,845 visitors in July and 2,310 members in August. How many more"
            " visitors in August?"
        ),
        # profit with no costs told; a flat "tax" on a salary
        "We sold 46 candles at £7.50 and 19 wax melts at £2.50. How much profit did we make?",
        "My salary is £32,000 and tax is 20%. How much tax do I pay?",
        # a share asked before a trailing "in total": not the total of everyone
        "Tickets are £12 each and 5 of us are going. How much does each person pay in total?",
        "The cottage is £96 a night for 5 nights. How much does each person pay in total?",
        "8 people each pay £2.50 a week for 46 weeks. How much does each person pay in total?",
        # Not a pure computation, or not ours to answer.
        "What is 5?",
        "What is pi?",
        "write a poem about 2+2",
        "explain why 0.1+0.2 != 0.3",
        "Is 0.1 + 0.2 = 0.3?",
        "What is 2+2 and why?",
        "what is 9/11",
        "What is 24/7?",
        "What is 2021-04-30?",
        "What is 12/25/2023?",
        "What is 10:30 + 5?",
        "what is 3.11.2",
        "2 3",
        "x + 1",
        "What is the sum of my expenses: 3+4",
        "what is 2+2! I need it now!!",
        "What is 80 + 15%?",
        "John has 3 apples and buys 4 more. How many apples?",
        "What is 5 + 5!",
        "1 +",
        "What is 555-1234?",
        "what is 4x4?",
        "add salt and pepper",
        "2x + 3",
        "2 x +3",
        "8/10",
        "12/25",  # a date
        "2023/24",  # a season
        "9-5",
        "+1",
        "100%!",
        "-3",
        "50%",
        "6/2(1+2)",
        "what is 5+5, then write a poem",
        "3 shirts at $20 each plus 8% tax",
        "The bill is $72.50 and I want to tip 18%. How much is the total?",
        "My scores were 78, 85 and 91. What's my median score?",
        "5 apples at 2 for $1",
        "Take 2,048, halve it three times, and tell me the result.",
        # notation tools read differently: towers, a negated power, "!!", log without a base
        "2^3^2",
        "2**3**2",
        "-2^2",
        "3 * -2^2",
        "What's 7!!?",
        "log(1000)",
        "log 100?",
        "sqrt 2 pi",
        "log(1,000)",
        "gcd(1,000, 10)",
        "What is 007 + 1?",
        "What is five five plus one?",
        "What is one?",
        "1+1=3",
        "What is 2+2=4?",
        "Calculate the following: my taxes",
        "round 123.456 to 2 significant figures",
        "()",
        "translate 2+2 into French",
        "2 + 2 in binary",
        # Code-shaped escape attempts never reach sympy.
        "().__class__.__bases__[0].__subclasses__()",
        "__import__('os').system('ls')",
        "eval('2+2')",
        "exec('print(1)')",
        "lambda: 1",
        "2+2; import os",
        "os.system('id')",
        "getattr(1, 'real')",
        "[x for x in range(3)]",
        "'a' * 3",
        "1 if 1 else 2",
        "2 ** 3 .real",
        "12 3456 + 1",  # not thousands grouped with a space
        # a story whose question is about something else, or has one more fact
        "A crate holds 24 bottles. How many bottles are in 37 boxes?",
        "A crate holds 24 bottles. How many cans are in 37 crates?",
        "A crate holds 24 bottles. How many bottles are in 37 crates if 5 break?",
        "A printer prints 45 pages per minute. How many pages does it scan in 12 minutes?",
        "Maria had 350 stickers and gave away 128 of them. How many does Tom have left?",
        "Maria had 100 stickers and gave away 128 of them. How many does she have left?",
        "A crate holds 24 bottles. How many crates do 888 bottles need?",
        "my salary went from 52,000 to 45,900 — what % raise is that",  # it fell
        "Soup for 6 people takes 1.2 kg of potatoes. How many grams do I need for 15 people?",
        (
            "Soup for 6 people takes 1.2 kg of potatoes. How many kg of carrots do I need for 15"
            " people?"
        ),
        "He scored 612 points in 24 games. Rebounds per game?",
        "10,000 invested at 5% compounded monthly for 3 years grows to what amount?",
        "18% tip on a $72.50 dinner, how much is the tax?",
        "What is 5 time 3?",  # a real word, not a slip of "times"
        "VAT at 20% on a £1,240 invoice — how much GST is that?",
        "My gauge is 22 stitches per 10 cm. How many rows should I knit for 50 cm?",
        (
            "Tomato feed is 15 ml per 5 litres of water. My can holds 12 gallons — how many ml of"
            " feed?"
        ),
        "catering for 120 guests at 180 g of rice each, how many grams of pasta in total?",
        "What is the simple interest on £450 at 1.2% per week for 13 months?",
        # (the same in two sentences was answered 21600 before the stuffs were compared)
        "catering for 120 guests at 180 g of rice each. How many grams of pasta in total?",
        "Salt water at 36 g of salt per litre for a 425 litre tank. How many grams of sugar?",
        "What is 3 cube?",
        "2,400 less 15% of 300",
        # listed amounts in two units, or not amounts to add
        "Runs: 5.2 km, 7.8 miles and 10.4 km. What's my total distance?",
        "Discounts were 12, 15 and 20 percent. What's the total?",
        "Scores: 3 each, 4 and 5. What's the total?",
        # units that do not cancel to the asked one, a step that is not a product, a currency
        "A box holds 12 eggs and I have 36 eggs. How many eggs?",
        "A car does 8 km per litre; I have 40 litres and drove 100 km. How many km?",
        "Apples are 2 per kg and I need 3 kg. How many apples?",
        (
            "I earn 15 an hour and worked 6 hours a day for 5 days, but took 1 day off. How much"
            " did I earn?"
        ),
        "The hotel is 180 USD a night. How much is that in GBP for 4 nights?",
        # a count that does not come out whole: rounded up or down, the model says
        "I need 50,000 XP and each match gives 1,600 XP. How many matches is that?",
        "Workers get paid 20 per hour. 5 workers work 8 hours. How much is the wage bill?",
        "We sold 30 mugs at 5 and 20 mugs at 4 but 3 were returned. How much did we take?",
        "Dinner was 90 for 3 adults and 2 kids. How much does each adult pay?",
        "Prices went from 100 to 120 but then fell 10%. What's the percentage increase?",
        "I got 42 out of 60 but the test was marked out of 70. What percentage is that?",
        (
            "The coach costs £1,377 and 54 pupils are going but 4 teachers go free. How much does"
            " each pupil pay?"
        ),
        # a fraction in words alone is an answer in a chat, not a sum
        "seven eighths",
        "a quarter",
        "Write 7/8",  # (written how?)
        # the larger of three ratio shares; a fourth of three
        "Share £1,800 in the ratio 5:3:1. What is the larger share?",
        "Share £1,800 in the ratio 5:3:1. What is the fourth share?",
        # the value before a change the story does not tell
        "After a 35% reduction a figure stands at 1,443. What was it before the rise?",
        "After a 12% rise my portfolio is worth £13,440. What was it worth before the fall?",
        # a step by a percentage of something else than the result
        "Reduce 14,400 by 15%, then reduce it by 10% of the deposit.",
        # a fall asked of a rise
        "by what percent did 1,840 go down to 2,047",
        # a tax told in the story, or asked after it: not the figures as told
        "I bought 3 chairs at £120 each including VAT. What's the total before VAT?",
        "My salary is £2,000 a month after tax. How much is that a year before tax?",
        "I earn £15 an hour net and work 40 hours a week. How much is that a week before tax?",
        "My job pays £7.60 an hour and I work 37.5 hours a week. How much is that a week after tax?",
        # a last "!" after a sum with no factorial before it; a percentage added by its sign
        "2+3!",
        "2640 + 7.5%",
        # a count for each of something told elsewhere (set 97: 27 cubes, not 9)
        (
            "invoice for the Harbour Road job: 3 site visits at a £35 collection fee each, 9 cubes"
            " crushed per visit at £18.40 a cube, then VAT at 20% on the lot. total please"
        ),
        # a percentage "added to" (of what?), and an order of operations set aside
        "what is 20% added to 50",
        "What is 8 + 2 * 5 from left to right ignoring order of operations?",
        "What is 8 + 2 * 5 without order of operations?",
        # a conversion alone, or of one trip, is the converter's (its answer names the units)
        "Studio floor is 12 m by 9 m. How many square feet is that?",
        "The airport run is 27 miles each way. How many km is one way?",
        "Captain, how many km/h is 25 mph?",
        # two lots priced (which one?), and a change the other way from what was taken off
        "12 notebooks cost £40.20 and 3 pens cost £4. What does one cost?",
        "9 notebooks cost £31.05 and 3 pens cost £2. What do 14 cost?",
        "A jacket went from 63 dollars up to 84 dollars. What percentage was taken off?",
        # a fraction's name that is no fraction, and "a thirds" (not English)
        "a third party plus a quarter",
        "What is a thirds plus a quarter?",
        # an echo or a round trip: the distance one way is half of speed × time (set 162: 823.2)
        "the echo comes back 2.4 seconds later. taking sound as 343 m/s, how many metres away is the rock face",
        "What number squared gives 7057?",  # (no whole root)
        "we have lots of 3 and 4",
        # instalments with interest on them are not the rest divided
        (
            "A sofa is £1,200. I pay a 20% deposit and the rest in 6 equal instalments with 5% interest."
            " How much is each instalment?"
        ),
        "7057 is a perfect square, what's its root",  # (it is not)
        "I have 3 cats and 4 dogs. How many in total?",  # (two things, not one unit)
        "sales were 4,200 in March and 5,040 in April. what's the percentage fall",  # (it rose)
        "the dose is 5 mg/kg and she weighs 20 kg. What's the dose in ml?",  # (no strength given)
        "I get $23.40 an hour and did 37.5 hours, what's that after tax",  # (no tax rate)
        # a ratio beside an amount of something else, or of nothing said; a part in another unit
        "I have 25 kg of flour, sugar to butter 1:2, how much butter",
        "a 1:3 cement to sand mix, 40 kg bags. how many kg of sand?",
        "for 25 kg of marzipan at 70:30 almonds to sugar, how many grams of almonds",
        "for 25 kg of marzipan at 70:30 almonds to sugar, how many kg of pistachios",
        "the prize is $250,000. 40% goes to the panyard and the rest is shared equally among 125 players. what does the panyard get each?",
        "We took £800. The pier trust takes 30%. What's theirs?",
        "we walked 12.4 km, 9.8 km and 15 km. total distance in miles?",  # (the converter's: in miles)
        "how many ways can you choose 3 people out of 7 to sit in a row",  # order counts: not a choice
        # an amount the story leaves out of what is asked (set 183)
        "I charge £30 an hour and did 4 hours, and I paid £25 for parking which the client settles separately. what goes on my invoice",
        "3 coffees at £2.80 and a £6 sandwich that isn't on the bill. what's the bill",
        "I get 4% on the first $10,000 of sales and 9% on anything above that. Sold $8,000 this month. Commission?",  # (inside the first band)
        "I get 4% on the first $10,000 and 9% on anything above $12,000. Sold $16,500. Commission?",  # (a gap between bands)
        "8000 plus 5% and another 5% for the fuel, what do i end up with",  # (of what: each of 8000?)
        "my four quiz scores were 14, 19, 23, 8 and 31, mean?",  # (five listed, four said)
        "the club has members and juniors 3 to 1 and we raised £12,000 in total. how many pounds of that is juniors",  # (people, not parts of the sum)
        # a cost told beside the takings a cut is taken from (set 188: the rent had been added to them)
        "Craft fair: stall rent is £60 and the organisers also take 10% of my takings. I sold 30 mugs at £12 each. How much do I actually keep?",
    ],
)
def test_abstains(text: str) -> None:
    assert parse_request(text) is None
    assert TOOL.parse(text, CTX) is None


@pytest.mark.parametrize(
    "text, needle",
    [
        ("9^9^9", "digits"),
        ("2^100000", "digits"),
        ("factorial(10000)", "factorial"),
        ("10000!", "factorial"),
        ("(10^10)!", "factorial"),
        ("1" * 2100, "limit"),
        ("sqrt(" * 30 + "2" + ")" * 30 + "+" + "1+" * 300 + "1", "limit"),
    ],
)
def test_grammar_refuses_huge_work(text: str, needle: str) -> None:
    with pytest.raises(GrammarError, match=needle):
        parse_math(text)


@pytest.mark.parametrize(
    "ast, needle",
    [
        (("pow", ("num", "2"), ("pow", ("num", "10"), ("num", "7"))), "digits"),  # 2^(10^7)
        (("fact", ("pow", ("num", "10"), ("num", "5"))), "limit"),
        (("div", ("num", "1"), ("sub", ("num", "2"), ("num", "2"))), "division by zero"),
        (("call", "sqrt", (("neg", ("num", "4")),)), "negative"),
        (("pow", ("neg", ("num", "8")), ("div", ("num", "1"), ("num", "3"))), "ambiguous"),
        (("fact", ("num", "2.5")), "integer"),
        (("call", "asin", (("num", "2"),)), "real"),
    ],
)
def test_worker_rechecks_exact_values(ast: tuple, needle: str) -> None:
    out = evaluate({"ast": ast})
    assert not out["ok"]
    assert needle in out["error"]


def test_ast_is_plain_tuples_of_strings() -> None:
    def walk(node: object) -> None:
        assert isinstance(node, (tuple, str)), type(node)
        if isinstance(node, tuple):
            for part in node:
                walk(part)

    walk(parse_math("sqrt(2) * 3! + 15% of 8 - sin(30°) ^ 2 mod 7"))


def test_decimals_are_exact_not_binary_floats() -> None:
    out = evaluate({"ast": parse_math("0.1 * 3 - 0.3")})
    assert out["ok"] and out["text"] == "0"


@pytest.mark.parametrize(
    "text, shown",
    [
        ("What is 2^5000?", "≈ 1.41246703213943e+1505 (1506 digits)"),
        ("What is 10^-400?", "≈ 1.0e-400"),
        ("What is e^1000?", "e^1000 ≈ 1.97007111401705e+434"),
        ("What is 1/3^300?", "≈ 7.30505658114782e-144"),
    ],
)
def test_huge_and_tiny_results_keep_their_exponent(text: str, shown: str) -> None:
    found = parse_request(text)
    assert found is not None
    assert evaluate({"ast": found[0]})["text"] == shown


def test_big_integers_are_exact() -> None:
    out = evaluate({"ast": parse_math("99999999999999999999 * 99999999999999999999")})
    assert out["value"] == 99999999999999999999**2


def test_confidence_lower_for_word_operators() -> None:
    words = TOOL.parse("What is 697 times 205?", CTX)
    symbols = TOOL.parse("697 * 205", CTX)
    assert words is not None and symbols is not None
    assert words.confidence < symbols.confidence


@pytest.mark.parametrize(
    "text, output",
    [
        ("What is 127 times 89?", "127 × 89 = 11303"),
        ("what is 2^0.5", "2^0.5 = √2 ≈ 1.4142135623731"),
    ],
)
def test_run_through_bounded_worker(text: str, output: str) -> None:
    call = TOOL.parse(text, CTX)
    assert call is not None
    result = TOOL.run(call, CTX)
    assert result.ok, result.error
    assert result.output == output


@pytest.mark.parametrize(
    "text, output",
    [
        ("what is 0.75 as a fraction", "0.75 = 3/4"),
        ("What is 1/3 + 1/6 as a fraction?", "1 ÷ 3 + 1 ÷ 6 = 1/2"),
        ("Write 0.125 as a fraction in lowest terms", "0.125 = 1/8"),
        ("12/16 in simplest form", "12 ÷ 16 = 3/4"),
        ("Express 0.75 as a fraction", "0.75 = 3/4"),
    ],
)
def test_the_exact_value_as_a_fraction_in_lowest_terms(text: str, output: str) -> None:
    call = TOOL.parse(text, CTX)
    assert call is not None and call.args["form"] == "fraction"
    assert TOOL.run(call, CTX).output == output


@pytest.mark.parametrize("text", ["what is the square root of 2 as a fraction", "pi as a fraction"])
def test_an_irrational_value_has_no_fraction_and_the_model_answers(text: str) -> None:
    call = TOOL.parse(text, CTX)
    result = TOOL.run(call, CTX) if call else None
    assert result is None or (not result.ok and "not a fraction" in (result.error or ""))


def test_run_reports_errors_without_raising() -> None:
    call = TOOL.parse("What is 1/0?", CTX)
    assert call is not None
    result = TOOL.run(call, CTX)
    assert not result.ok and "division by zero" in (result.error or "")


@pytest.mark.parametrize(
    "payload",
    [
        {"ast": ("call", "__import__", (("num", "1"),))},
        {"ast": ("call", "eval", (("num", "1"),))},
        {"ast": ("num", "__import__('os')")},
        {"ast": ("var", "os.system")},
        {"ast": ("const", "__builtins__")},
        {"ast": ("getattr", ("num", "1"), ("num", "2"))},
        {"ast": ("add", ("num", "1"))},
        {"ast": "2+2"},
        {"ast": ("neg",) + (("neg",),) * 3},
    ],
)
def test_worker_refuses_payloads_the_grammar_cannot_produce(payload: dict) -> None:
    out = evaluate(payload)
    assert out["ok"] is False
    assert out["error"]


def test_bigbench_style_word_arithmetic_matches_exact_python() -> None:
    import random
    from fractions import Fraction

    rng = random.Random(7)
    words = {
        "plus": lambda a, b: a + b,
        "minus": lambda a, b: a - b,
        "times": lambda a, b: a * b,
        "divided by": lambda a, b: Fraction(a, b),
    }
    for _ in range(60):
        word = rng.choice(list(words))
        a, b = rng.randint(-999, 99999), rng.randint(1, 9999)
        found = parse_request(f"What is {a} {word} {b}?")
        assert found is not None
        out = evaluate({"ast": found[0]})
        want = words[word](a, b)
        got = out["value"]
        assert abs(Fraction(str(got)) - want) <= abs(want) * Fraction(1, 10**12), (a, word, b)


@pytest.mark.parametrize(
    "words, value",
    [
        ("twenty-five", 25),
        ("one hundred five", 105),
        ("three thousand two hundred", 3200),
        ("twelve hundred", 1200),
        ("two million three thousand one", 2_003_001),
        ("zero", 0),
        ("five five", None),
        ("hundred", None),
        ("thousand million", None),
        ("twenty thirty", None),
        ("twenty-pound", None),  # (a word that is no number: it raised KeyError, set 173)
    ],
)
def test_number_words(words: str, value: int | None) -> None:
    from tools.words import cardinal

    assert cardinal(words.replace("-", " ").split()) == value


@pytest.mark.parametrize(
    "prompt, expression",
    [
        ("Q: What is 2 plus 3?\nA: 5\n\nQ: What is 697 times 205?\nA:", "697 × 205"),
        ("Q: 2 + 2\nA: 4\nQ: 3 + 3\nA: 6\nQ: 10 / 4\nA:", "10 ÷ 4"),
        ("Q: What is 2 plus 3?\nA: 6\n\nQ: What is 697 times 205?\nA:", None),  # redefined "+"
        ("Q: 10 / 4\nA: 2\nQ: 7 / 2\nA:", None),  # the examples use integer division
        ("Q: Who are you?\nA: A bot\nQ: What is 2+2?\nA:", None),
        ("Q: What is 2 plus 3?\nA: 5\nWrite a poem.\nQ: What is 1+1?\nA:", None),
        ("Q: What is 2 plus 3?\nA: 5\nQ: What is 1+1?\nA: 2", None),  # nothing left to answer
    ],
)
def test_few_shot_prompts_answer_only_when_examples_check_out(
    prompt: str, expression: str | None
) -> None:
    found = parse_request(prompt)
    assert (render(found[0]) if found else None) == expression


@pytest.mark.parametrize(
    "text, expected",
    [
        ("What is $\\frac{3}{4} \\times 8$?", "3 ÷ 4 × 8 = 6"),
        ("\\sqrt{144} + 1", "√144 + 1 = 13"),
        ("Compute $2^{10}$", "2^10 = 1024"),
        ("\\(3 \\cdot 4\\)", "3 × 4 = 12"),
        ("What is $5 + $10?", "5 + 10 = 15"),
    ],
)
def test_latex_input(text: str, expected: str) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text", ["What is \\alpha + 1?", "I paid $5 and $10", "\\begin{align} 1+1 \\end{align}"]
)
def test_unsupported_latex_abstains(text: str) -> None:
    assert parse_request(text) is None


def test_a_story_of_many_numbers_is_not_read_by_its_units() -> None:
    # every choice of multiplying or dividing is tried (2 ** n): five numbers at most
    from tools.calculator.rates import rate_product

    chain = "2 apples per box, 3 boxes per crate, 4 crates per pallet, 5 pallets per truck"
    assert rate_product(f"{chain} and 6 trucks. How many apples") == "2 * 3 * 4 * 5 * 6"
    assert rate_product(f"{chain}, 6 trucks per depot and 7 depots. How many apples") is None


@pytest.mark.parametrize(
    "text, value",
    [
        # terms joined by "plus", "and" or commas, each coming to the asked unit on its own
        (
            "Hire is £38.75 a day for 9 days plus a one-off £45 young driver fee. What's the total?",
            "393.75",
        ),
        (
            (
                "The circle has 14 rows of 26 seats and the stalls have 22 rows of 31 seats. How many"
                " seats are there altogether?"
            ),
            "1046",
        ),
        # a rate of the story's one count of nights takes it
        (
            (
                "Pitch fees are £27 a night for 6 nights, plus £3.50 a night for the dog. What's the"
                " total?"
            ),
            "183",
        ),
        (
            (
                "A phone contract is £23.50 a month for 24 months plus £99 upfront. What's the total"
                " cost of the contract?"
            ),
            "663",
        ),
        (
            (
                "Alterations: 3 trouser hems at £12, 2 zip replacements at £18.50 and one jacket taken"
                " in for £35. What's the bill?"
            ),
            "108",
        ),
        (
            (
                "He agreed to repay the £186.40 boiler repair plus half of the £52 call-out fee. What"
                " total do I put on the invoice?"
            ),
            "212.4",
        ),
        (
            (
                "The float has fourteen £5 notes, nine £10 notes and three £20 notes. What's the"
                " total?"
            ),
            "220",
        ),
        # a price after a count is each, a price of one item is its own; a rate of a count
        (
            (
                "Four tyres at £89 each, fitting at £12.50 per tyre, and a £15 disposal charge for"
                " the lot. What's the total?"
            ),
            "421",
        ),
        (
            (
                "Customer's bill: a £65 full service, two inner tubes at £7.49 each and a new chain"
                " at £22.99. What does it come to?"
            ),
            "102.97",
        ),
        ("hmm ok so 3 of us put in £40 each and Jo put in £65, what's the pot altogether", "185"),
        # a count alone that another term's rate takes
        (
            (
                "Visitor mooring is £14.50 a night and we're staying 9 nights, plus a one-off £25"
                " harbour dues charge. What's the total?"
            ),
            "155.5",
        ),
        (
            (
                "I worked 37.5 hours at £48 an hour, and there's a one-off £60 font licence to add."
                " What's the invoice total?"
            ),
            "1860",
        ),
        # one product, read by `rates`: a rate of a rate, a hyphenated span, a weekly amount
        ("I groom 7 dogs a day at £42 each, 4 days a week. What's my weekly income?", "1176"),
        (
            (
                "Subs are £6 a week per player, with 17 players over a 32-week season. How much should"
                " the club collect?"
            ),
            "3264",
        ),
    ],
)
def test_stories_that_add_up_terms(text: str, value: str) -> None:
    assert answer(text).endswith(f"= {value}")


@pytest.mark.parametrize(
    "text",
    [
        # not a total: the insurer pays the bill less the excess
        "The repair bill is £2,840 and my excess is £350. How much will the insurer pay out?",
        # a verb that moves things out of the total, a discount, a condition
        "Tom has 12 apples and gives 7 apples to Sue. How many apples does Tom have in total?",
        "Hire is £40 a day for 5 days plus a £45 fee, minus a £20 voucher. What's the total?",
        "Rooms are £90 a night for 3 nights and £15 for breakfast if you want it. What's the total?",
        # a price for a count of several is not a price each
        "I bought 3 shirts for £20 and a tie for £8. What did I spend in total?",
        # a rate that could take either of two counts
        (
            "We stayed 3 nights and 2 nights in two hotels, plus £10 a night for parking. What's the"
            " total?"
        ),
        # a percentage already in the amount, or two changes
        "My invoice is £2,400 including VAT at 20%. What's the total?",
        (
            "The jacket is £80 with 25% off, then a further 10% off. What was its price before the"
            " sale?"
        ),
        "we are 9 people and the bill is 315.90 but 2 are kids, how much pay each one?",
        # counts alone that no rate takes
        "We're staying 9 nights and 4 nights. What's the total?",
        # terms in different units
        "The hike is 12 km plus 40 minutes of climbing. What's the total?",
        # one item of several asked, or part of one amount paid (each once answered as a sum)
        "A phone costs £300 and a case £20. How much does the phone cost without the case?",
        "I bought apples for £2 and pears for £3. How much did the pears cost?",
        "The bill came to £60 and I paid £20 of it. What's the total?",
        # a count is never money ("we need 6" once added as £6)
        "A ticket costs £15 and parking is £5, and we need 6. What's the total?",
    ],
)
def test_stories_of_terms_that_are_not_plain_totals_are_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None


@pytest.mark.parametrize(
    "text, value",
    [
        # one list of amounts in one unit; the story may say how many there were
        (
            (
                "Four club members raised £450, £1,275, £880 and £2,015 for the hospice. What's the"
                " average raised per runner?"
            ),
            "1155",
        ),
        (
            (
                "My eight hives gave 23.5, 19, 31.25, 27, 15.5, 22, 28.75 and 25 kg of honey. What's"
                " the total harvest?"
            ),
            "192",
        ),
        (
            (
                "The charity shop took £412.60 on Monday, £388.15 on Tuesday and £506.25 on"
                " Wednesday. What's the total so far this week?"
            ),
            "1307",
        ),
        # amounts the question names
        (
            (
                "Food cost this week was £3,114 against sales of £10,380. What is food cost as a"
                " percentage of sales?"
            ),
            "30",
        ),
        (
            (
                "A module is 40% coursework and 60% exam. A student got 72 in coursework and 58 in"
                " the exam. What's the module mark?"
            ),
            "63.6",
        ),
        ("ok so the meal came to £247.80 and there's 7 of us, how much each", "35.4"),
        # a change or a part asked as a percentage, what is left, containers rounded up
        ("We sold 38 bikes in March and 57 in April. By what percentage did sales go up?", "50"),
        (
            (
                "My back squat went from 80 kg to 102 kg over the year. What's that as a percentage"
                " increase?"
            ),
            "27.5",
        ),
        (
            (
                "Our B&B sold 216 of its 240 available room-nights in June. What was the occupancy"
                " as a percentage?"
            ),
            "90",
        ),
        ("My take-home pay is £2,340 and rent is £875. How much is left after rent?", "1465"),
        (
            (
                "We've got 86 guests for the dinner and our round tables seat 10. How many tables do"
                " we need to set out?"
            ),
            "9",
        ),
        (
            (
                "47 cubs are coming on the zoo trip and each minibus takes 16 children. How many"
                " minibuses should I book?"
            ),
            "3",
        ),
        # a length on a scale model from the real one, or the real one from the model's
        (
            (
                "N gauge models are 1:160 scale. The real coach is 23 metres long - how many"
                " millimetres long is the model?"
            ),
            "143.75",
        ),
        (
            (
                "N gauge is 1:160 scale. If the real loco is 19.2 m long, how long is the model in"
                " millimetres?"
            ),
            "120",
        ),
        (
            (
                "My model is 1:24 scale and the model is 18 cm long. How long is the real car in"
                " metres?"
            ),
            "4.32",
        ),
        # a percentage named for what it pays, of the amount it is paid on
        (
            (
                "Stylists at our salon get 35% commission on services. Jade did £2,460 of services"
                " in November - how much commission is she owed?"
            ),
            "861",
        ),
        ("The holiday costs £1,800 and the deposit is 15%. How much is the deposit?", "270"),
        (
            (
                "I get 5% commission on sales. My sales this month were £18,400. How much"
                " commission do I get?"
            ),
            "920",
        ),
        ("The invoice is £2,400 plus VAT at 20%. How much is the VAT?", "480"),
        ("Photographer wants a 30% deposit on her $2,850 package. How much is the deposit?", "855"),
        ("The engineer gets 12.5% of the $3,600 album budget. What's his cut?", "450"),
        (
            (
                "The window fitter sells on 7.5% commission. He sold $48,600 of windows in March, so"
                " what's his commission?"
            ),
            "3645",
        ),
        # a container's size said with "is", in another unit of the measure, or what the
        # whole fills exactly; "how many?" after what is bought whole; so much for each thing
        (
            (
                "The jumper pattern needs 1,150 metres of yarn and each skein is 220 m. I can only"
                " buy whole skeins - how many?"
            ),
            "6",
        ),
        (
            (
                "We pressed 4,650 litres of wine this year and it all goes into 750 ml bottles. How"
                " many bottles will that fill?"
            ),
            "6200",
        ),
        (
            (
                "Each mug takes 450 g of clay and I'm throwing 120 mugs for a café order. The clay"
                " comes in 12.5 kg bags and I can only buy whole bags. How many bags do I need?"
            ),
            "5",
        ),
        (
            (
                "The new drive needs 6 tonnes of gravel and it's delivered in bulk bags of 850 kg,"
                " whole bags only. How many bags?"
            ),
            "8",
        ),
        (
            (
                "My homebrew kit makes 23 L and I bottle it in 500 mL bottles. How many full bottles"
                " is that?"
            ),
            "46",
        ),
        (
            (
                "Nappies come in packs of 44 and the baby gets through 9 a day. How many packs do we"
                " need for 28 days, whole packs only?"
            ),
            "6",
        ),
        (
            (
                "Wedding order: 5 bouquets with 14 roses in each. Our wholesaler sells roses in"
                " bunches of 20 and only whole bunches. How many bunches should I order?"
            ),
            "4",
        ),
        # a count asked per day; a speed asked in m/s; rounding up as asked; bags of a size
        ("Our class has 180 pages to read in 12 days. How many pages each day?", "15"),
        ("how much is 0.125 of 3,912", "489"),
        ("What's five sixteenths of 2,448", "765"),
        ("A cyclist covers 3,600 m in 240 seconds. What's her average speed in m/s?", "15"),
        (
            "The patrol is 2.8 km and takes 35 minutes. What's the average walking speed in km/h?",
            "4.8",
        ),
        # a fare asked; a job that took so many hours (a time, not something taken away)
        (
            (
                "Tariff is £3.20 when the meter starts plus £2.10 per mile. The job was 13.5 miles."
                " What's the fare?"
            ),
            "31.55",
        ),
        (
            "The call-out is £45 plus £30 per hour. The job took 3 hours. How much is the bill?",
            "135",
        ),
        # a question after a dash
        (
            (
                "Need 150 balls for the tournament and they only come in tubes of 4 — how many tubes do"
                " I buy?"
            ),
            "38",
        ),
        # sold only whole, in a size; the whole so many times over; a box dropped off
        (
            (
                "Each of my 7 hives needs 2 kg of fondant. Fondant only comes in whole 2.5 kg blocks"
                " — how many blocks should I order?"
            ),
            "6",
        ),
        (
            (
                "The run needs 23 metres of copper, which the merchant only sells in whole 3 m"
                " lengths. How many lengths do I need?"
            ),
            "8",
        ),
        (
            (
                "The customer has 230 books to pack and one of our book boxes holds 35. How many"
                " boxes should we drop off?"
            ),
            "7",
        ),
        # a recipe scaled to another number of people
        (
            (
                "The recipe serves 6 and uses 750 g of beef mince. How many grams of mince do I need to"
                " feed 84 people?"
            ),
            "10500",
        ),
        (
            "Recipe serves 6 and uses 450 g flour. I'm cooking for 22, how much flour do I need?",
            "1650",
        ),
        ("The recipe serves 4 and uses 3 eggs. How many eggs do I need for 12 people?", "9"),
        # a recipe for so many things, scaled to another number of them
        (
            (
                "My bloomer recipe uses 900 g of flour for 2 loaves. The school fair wants 7 loaves"
                " from me. How many grams of flour is that?"
            ),
            "3150",
        ),
        # an area asked in square units of the story's two lengths, or of one measure said two
        # ways (the factor written out)
        ("The lawn is 12 feet by 30 feet. How many square feet is it?", "360"),
        ("The room is 4 m by 300 cm. How many square metres?", "12"),
        ("A printer prints 45 pages per minute. How many pages does it print in 2 hours?", "5400"),
        ("Coffee is £14.20 a kilo. How much do 250 g cost?", "3.55"),
        (
            "I use 18 g of coffee per cup and drink 4 cups a day. How many kg do I use in 30 days?",
            "2.16",
        ),
        ("A pallet holds 40 bags of 25 kg. How many tonnes is that?", "1"),
        # a speed asked in mph; an average over days (need not be whole); a gerund before days
        ("I drove 450 miles in 9 hours. What was my average speed in mph?", "50"),
        ("The route is 1,240 km over 16 days. How many km a day on average?", "77.5"),
        (
            (
                "It's 1,240 km and I've given myself 16 riding days. Whats the average distance per day"
                " in km?"
            ),
            "77.5",
        ),
        # what the per-unit measures, between two rates
        (
            (
                "The raw-feeding guide says 25 g per kg of body weight per day and my collie is 18.4"
                " kg. How many grams a day?"
            ),
            "460",
        ),
        # a cost of two parts split between a group the question names
        (
            (
                "The coach is £4,320 and the hostel is £1,786. Split equally between 40 players,"
                " what's each player's share?"
            ),
            "152.65",
        ),
        (
            (
                "A proofreader does 3,000 words a day and the book is 64,000 words. How many days"
                " should we quote, rounding up to whole days?"
            ),
            "22",
        ),
        (
            (
                "Compost only comes in 40 litre bags and I need 300 litres for the beds. How many"
                " bags have I got to buy?"
            ),
            "8",
        ),
        (
            (
                "I've got 9 litres of cordial to bottle. Each bottle holds 0.75 L, so how many"
                " bottles do I need to buy?"
            ),
            "12",
        ),
        # a lead sentence with no number; takings asked as "what should … be"; a container
        # named "each of our"; "there are 2 of us" beside a rate per person
        (
            (
                "Filling in my practice log. I played 1.5, 0.75, 2.25 and 1.5 hours this week."
                " What's my total practice time?"
            ),
            "6",
        ),
        (
            (
                "Clinic takings: 12 massages at £45 each and 8 consultations at £30. What should the"
                " takings be?"
            ),
            "780",
        ),
        (
            (
                "Each of our crates holds 30 bottles and the order is 400 bottles. How many crates need"
                " to go on the lorry?"
            ),
            "14",
        ),
        (
            (
                "Our trip is 10 nights and the park charges $8.50 per person per night. There are 3"
                " of us. How much will the fees come to?"
            ),
            "255",
        ),
        # sold only in packs of so many; coats of paint; a daily use over a period
        ("We need 75 name badges and they come in packs of 20. How many packs do we buy?", "4"),
        (
            (
                "One tin of varnish covers 9 square metres. The deck is 40 square metres and needs"
                " three coats. How many tins do I need?"
            ),
            "14",
        ),
        (
            (
                "The dog eats 3 pouches a day and they are sold in boxes of 12. How many boxes do I"
                " need to buy for 2 weeks?"
            ),
            "4",
        ),
        (
            (
                "My grade is 25% oral, 25% listening and 50% written. I got 68, 74 and 81. What's my"
                " final grade?"
            ),
            "76",
        ),
        (
            (
                "My module marks are 62, 71, 58 and 67, weighted 20%, 30%, 25% and 25%. What's my"
                " weighted average?"
            ),
            "64.95",
        ),
        ("What is 8! divided by 6!?", "56"),
        ("whats 15 percent od 380", "57"),
        (
            "Sorry for my english, we are 9 people and the bill is 315.90, how much pay each one?",
            "35.1",
        ),
        # a percentage added to one amount, or the price before a percentage off
        ("My invoice is £2,400 before VAT. With VAT at 20% added, what's the total?", "2880"),
        (
            "Dinner was £86.50 and we're adding a 12.5% service charge. What's the total bill?",
            "97.3125",
        ),
        ("In my 20%-off sale a mug is £14. What was its price before the sale?", "17.5"),
        # weights given after their parts, scores listed in the same order
        (
            (
                "The essay counts 40%, the quiz 10% and the exam 50%. Ravi got 70, 90 and 62. What's his"
                " final grade?"
            ),
            "68",
        ),
        # the value before a rise or a fall; what is left after a share is lost
        (
            "After a 25% rise the flat is worth £150,000. What was it worth before the rise?",
            "120000",
        ),
        ("The fund fell by 4% and is now worth £9,600. What was it worth before?", "10000"),
        ("After a 40% drop my shares are worth £540. What were they worth before?", "900"),
        (
            (
                "Drying loses 60% of the weight of the herbs. If I dry 5 kg of herbs, how many kg do I"
                " end up with?"
            ),
            "2",
        ),
        (
            (
                "Six of us are splitting the £2,877 yacht charter evenly. How much does each person"
                " pay?"
            ),
            "479.5",
        ),
    ],
)
def test_lists_named_amounts_and_shares(text: str, value: str) -> None:
    assert answer(text).endswith(f"= {value}")


@pytest.mark.parametrize(
    "text",
    [
        # the story says a different count than it lists, or the list mixes units
        "Five hives gave 23.5, 19 and 25 kg of honey. What's the total harvest?",
        "I ran 5 km, 3 miles and 4 km this week. What's the total?",
        (
            "The shop took £412.60 out of the till on Monday, £388.15 on Tuesday and £50 on"
            " Wednesday. What's the total?"
        ),
        # weights that do not add up to 100%, a part with no score, a name said twice
        (
            "A module is 40% coursework and 50% exam. She got 72 in coursework and 58 in the exam."
            " What's the module mark?"
        ),
        (
            "A module is 40% coursework and 60% exam. She got 72 in coursework. What's the module"
            " mark?"
        ),
        (
            "Food cost was £3,114 and food cost last week was £2,900 against sales of £10,380. What"
            " is food cost as a percentage of sales?"
        ),
        # a change the other way from the one asked, a part bigger than its whole
        "We sold 57 bikes in March and 38 in April. By what percentage did sales go up?",
        (
            "We sold 38 bikes and 12 helmets in March and 57 in April. By what percentage did sales"
            " go up?"
        ),
        # something else taken off too, a capacity in another measure, scores not one per part
        "My pay is £2,340 and rent is £875 but bills are £200. How much is left after rent?",
        "My blanket needs 1,450 m of yarn and each ball has 50 g. How many balls do I have to buy?",
        "We've got 86 guests but 6 are children and our tables seat 10. How many tables do we need?",
        # the real length asked from the real one; a model and a real length both told
        "The kit is 1:72 scale. The real plane is 15 m long. How long is the real plane in cm?",
        (
            "The kit is 1:72 scale and the model is 20 cm. The real plane is 15 m long. How long is"
            " the model in cm?"
        ),
        # commission on something else than the amount; a price after the discount or with
        # the VAT in it; an amount that is not what the percentage is paid on
        (
            "Jade gets 35% commission on sales. She's paid £2,460 a month basic. How much"
            " commission does she get?"
        ),
        "The sofa is now £544 after a 15% discount. How much is the discount?",
        "The deposit is 15% and I have £1,800 saved. How much is the deposit?",
        "The sofa is £640 and the discount is 15% if I pay cash. How much is the discount?",
        "The engineer gets 12.5% of the $3,600 album budget after costs. What's his cut?",
        # a size that is a price; a whole that leaves a tub part-full; the containers' own count
        (
            "I'm making 5 bouquets with 14 roses in each and 3 spare roses. Roses come in bunches of"
            " 20. How many bunches do I need?"
        ),
        "Each box is £4 and I have 30 kg of apples. How many boxes do I need?",
        "Each bag is 5 kg and I need 23 kg of flour for each cake. How many bags do I need?",
        # more asked after the containers: a spare, a second period, something kept back
        (
            "I need 1,150 metres of yarn and each skein is 220 m. How many skeins do I need,"
            " allowing 10% spare?"
        ),
        (
            "Nappies come in packs of 44 and the baby gets through 9 a day. How many packs do we"
            " need for 28 days and 2 weeks?"
        ),
        (
            "The wine goes into 750 ml bottles. We pressed 4,650 litres. How many bottles will that"
            " fill if we keep 50 litres back?"
        ),
        "We made 4,650 litres of soup and it goes into 700 ml tubs. How many tubs will that fill?",
        (
            "Each minibus takes 16 children and 47 children are coming, and we have 2 minibuses."
            " How many minibuses do we need?"
        ),
        # weights after their parts that do not add up to 100
        "The essay counts 40%, the quiz 10% and the exam 40%. Ravi got 70, 90 and 62. What's his final grade?",
        # a rise and a fall, or a rise of something else than the amount
        "After a 12% rise and a 5% fall my fund is worth £13,440. What was it worth before?",
        "After a 12% rise in rent I pay £1,120. What was the landlord's profit before?",
        # rounding asked another way than up; bags in another measure
        (
            "A proofreader does 3,000 words a day and the book is 64,000 words. How many days"
            " should we quote, rounded to the nearest day?"
        ),
        "Compost only comes in 40 kg bags and I need 300 litres for the beds. How many bags do I buy?",
        # a price not said to be for the spool's weight: per kilogram, or for the spool
        (
            "A 1 kg spool of filament costs £22 and the print uses 340 g of it. How much does the"
            " filament for the print cost?"
        ),
        # eggs that do not come whole, a second ingredient, a time that is no number of people
        "The recipe serves 4 and uses 3 eggs. How many eggs do I need for 10 people?",
        "The recipe serves 4 and uses 500 g beef and 2 onions. How much beef do I need for 10 people?",
        "The recipe serves 4 and uses 500 g beef; cook for 2 hours. How much beef do I need?",
        # a recipe for so many things asked of another ingredient, or other things
        "My recipe uses 900 g of flour for 2 loaves. I want to bake 7 loaves. How much sugar do I need?",
        "My recipe uses 900 g of flour for 2 loaves. I want to bake 7 cakes. How much flour do I need?",
        # things shared out that need not divide evenly; a group other than the one asked
        "36 biscuits are shared among 8 children. How many biscuits does each child get?",
        "The room is £96 a night for 5 nights, split between 4 rooms. What's each person's share?",
        "The room is £96 a night for 5 nights, split equally between 4 players. What's each guest's share?",
        # a daily use with no period asked, or two periods
        "The dog eats 3 pouches a day and they are sold in boxes of 12. How many boxes do I need?",
        (
            "The dog eats 3 pouches a day and they are sold in boxes of 12. How many boxes do I need"
            " for 2 weeks and for 5 days?"
        ),
        (
            "My grade is 25% oral, 25% listening and 50% written. I got 68 and 81. What's my final"
            " grade?"
        ),
        # weights that do not add up to 100%, or fewer marks than weights
        (
            "My module marks are 62, 71, 58 and 67, weighted 20%, 30%, 25% and 20%. What's my"
            " weighted average?"
        ),
        (
            "My module marks are 62, 71 and 58, weighted 20%, 30%, 25% and 25%. What's my weighted"
            " average?"
        ),
        "what is 2+3!",
        # a share that is not even
        "the meal came to £247.80 and there's 7 of us but 2 are kids, how much each",
    ],
)
def test_lists_and_named_amounts_that_do_not_add_up_are_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None


def test_a_percentage_told_between_charges_leaves_the_later_ones_out() -> None:
    # (set 127: answered (96 × 1.35 + 7.50) × 0.875 = 119.9625, the delivery discounted too)
    from router.core import route
    from tools.base import ToolContext
    from tools.registry import TOOLS

    text = (
        "Invoice for the farm shop: 96 packs of crumpets at £1.35, less 12.5% trade discount,"
        " then £7.50 delivery on top. Invoice total?"
    )
    found = route([{"role": "user", "content": text}])
    assert found is not None and found.tool == "calculator"
    result = TOOLS["calculator"].run(found.call, ToolContext())
    assert result.ok and result.value == 120.9, result.output
