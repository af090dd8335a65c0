"""Money left once the costs a story lists are paid from money had or paid in
(`calculator.budget`), and a cost shared evenly once its costs are listed (`even_share`)."""

from __future__ import annotations

import pytest

from tests.tools.test_money_stories import value
from tools.calculator import parse_request


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            (
                "In Osaka my scholarship is ¥120,000 a month. Rent is ¥58,000, utilities ¥9,500 and"
                " my phone ¥2,980. How many yen are left each month?"
            ),
            "49520",
        ),
        (
            (
                "My deposit was £1,350. The landlord is keeping £185 for cleaning and £72.40 for a"
                " broken blind. How much should I get back?"
            ),
            "1092.6",
        ),
        (
            (
                "I take home £1,840 a month and pay £725 on rent, £140 on bills and £62 for my"
                " phone. What's left?"
            ),
            "913",
        ),
        ("I earn £1,900 a month. I spend £750 on rent. I pay £120 for bills. What's left?", "1030"),
        (
            (
                "My pension is £1,100 a month. Council tax is £140, the gas £85 and food £260. How"
                " much do I have left each month?"
            ),
            "615",
        ),
        (
            (
                "My student loan is £4,500 a term. Halls are £2,900 a term and books £150. How much"
                " is left each term?"
            ),
            "1450",
        ),
        (
            (
                "Our budget was $12,000. The venue is $5,400, catering $3,850 and the band $1,200."
                " How much is left?"
            ),
            "1550",
        ),
        ("I had £50. I spent £12.50 on lunch and £8 on a cab. What's left?", "29.5"),
        # (once left to the model as "a second spend" and "money had, not taken")
        ("I had £50 and spent £18.40 and then £5. How much do I have left?", "26.6"),
        ("I had £500, the pitch cost £12 and I spent £7.25. What's left?", "480.75"),
        ("My budget was £500 and spent £120 on food. What's left?", "380"),
        # a cost shared evenly, its costs listed, and what each pays on top
        (
            (
                "Pipe band trip: the coach is £1,380 and the entry fee £95, split evenly among 25"
                " of us, and everyone also pays £11.50 for their own lunch. What does each member"
                " owe in total?"
            ),
            "70.5",
        ),
    ],
)
def test_money_left_is_answered(text: str, expected: str) -> None:
    assert value(text).rsplit("= ", 1)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a cost for another period than the whole's, or a period the whole was not told for
        "My pension is £1,100 a month. Council tax is £140 a week. How much is left each month?",
        "My salary is £30,000. Rent is £700 a month. How much is left?",
        "My budget is £500. Flights are £200. How much is left each week?",
        # the first amount is a cost, not money had
        "My rent is £800 a month. Bills are £90. How much is left?",
        # money coming in, a count, another currency, more spent than there was
        "My pay is £1,800 a month. Rent is £700. Gran gives me £50. How much is left?",
        "My budget is £500. Flights are £200 each for 2 of us. How much is left?",
        "My salary is £2,000 a month. Rent is €700. How much is left?",
        "My budget is £500. Flights are £320 and the hotel £240. How much is left?",
        # what another pays, a cost said with what the whole already is
        (
            "I get £1,500 a month. I pay £600 on rent and £200 for the car. My partner pays £300"
            " on food. How much is left?"
        ),
        "My pay is £1,800 a month after tax of £300. How much is left?",
        # "get back" is asked of a deposit the landlord keeps some of, nothing else
        "My deposit was £1,350. The new deposit is £1,000. How much should I get back?",
        "My pay is £1,350. Rent is £700. How much should I get back?",
        # a split whose lunch is not the each's own
        (
            "the coach is £1,380 and the entry fee £95, split evenly among 25 of us, and the"
            " driver's lunch is £11.50. What does each member owe in total?"
        ),
    ],
)
def test_money_left_without_one_answer_is_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None
