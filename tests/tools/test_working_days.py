"""Dates counted in working days (`tools.dates.working_days`): so many Monday-to-Friday days
after or before a dated day, or the last of so many that start on it; left to the model when the
text does not say the days are Monday to Friday, when a holiday or another break may fall in
them, or when it does not say whether the dated day is counted."""

from __future__ import annotations

import datetime as dt

import pytest

from tools import dates
from tools.base import ToolContext

CTX = ToolContext(now=lambda: dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC))


def answer(text: str) -> tuple[str, object] | None:
    call = dates.parse(text, CTX)
    if call is None:
        return None
    result = dates.run(call, CTX)
    assert result.ok, result.error
    return result.output, result.value


@pytest.mark.parametrize(
    "text, value",
    [
        # after the dated day (it is not counted)
        (
            (
                "Dry cleaning is ready 4 working days after drop-off, Mon-Fri only. Dropped my coat"
                " off on Thursday 11 November 2027, when's it ready?"
            ),
            "2027-11-17",
        ),
        (
            (
                "Our signs are ready 12 working days after the order comes in (no weekends). Order"
                " came in on Monday 7 June 2027 - what date will it be ready?"
            ),
            "2027-06-23",
        ),
        (
            (
                "A manuscript landed on Wednesday 3 September 2031 and I promised it back after 15"
                " working days (Monday to Friday, no holidays), not counting the day it arrived."
                " What's my deadline?"
            ),
            "2031-09-24",
        ),
        (
            (
                "The desk frame shipped on Wednesday 5 November 2031 with delivery in 12 working"
                " days, weekends not counted. What date should it arrive?"
            ),
            "2031-11-21",
        ),
        (
            (
                "I deliver 5 working days (Monday to Friday) after accepting a brief. I accepted one"
                " on Thursday 6 March 2031. What's the delivery date?"
            ),
            "2031-03-13",
        ),
        (
            (
                "A buyer paid on Thursday 12 December 2030. I post on the third working day after"
                " payment (Monday to Friday, no holidays). What date do I post it?"
            ),
            "2030-12-17",
        ),
        ("What date is 3 weekdays after Saturday 5 June 2027?", "2027-06-09"),
        # before it
        ("What date is 10 weekdays before 14 March 2031?", "2031-02-28"),
        # the last of so many that start on it (it is working day 1)
        (
            (
                "I start knotting a wig on Monday 2 August 2027 and it takes 30 working days,"
                " Monday to Friday, counting the first day as day one. On what date do I finish?"
            ),
            "2027-09-10",
        ),
        (
            (
                "Our kitchen fitter starts on Monday 8 January 2029 and needs 12 working days,"
                " Monday to Friday, with no days off in between. On what date should he finish?"
            ),
            "2029-01-23",
        ),
        (
            (
                "The builders start on Monday 7 January 2030 and have quoted 63 working days, Monday"
                " to Friday, with no holidays in between and the first day counting as day 1. On what"
                " date should they finish?"
            ),
            "2030-04-03",
        ),
        (
            (
                "Ordered a new crankshaft from the supplier in Bologna on Monday 17 September 2029."
                " They quote 12 working days (Monday to Friday, no holidays in between), counting from"
                " the day after the order. On what date should it arrive?"
            ),
            "2029-10-03",
        ),
        # across Christmas, with holidays ruled out
        (
            (
                "Delivery in 3 working days (Mon-Fri, no holidays) from Friday 24 December 2027."
                " What date will it arrive?"
            ),
            "2027-12-29",
        ),
    ],
)
def test_answers_the_date(text: str, value: str) -> None:
    found = answer(text)
    assert found is not None, text
    assert found[1] == value, found[0]


def test_says_which_days_were_counted() -> None:
    output, _ = answer("What date is 3 weekdays after Monday 7 June 2027?")
    assert output == (
        "3 working days (Monday to Friday; public holidays not taken out) after Monday, June 7,"
        " 2027 is Thursday, June 10, 2027"
    )


@pytest.mark.parametrize(
    "text",
    [
        # whose working days? (not said to be Monday to Friday)
        "The parcel ships on Monday 7 June 2027 and takes 5 working days. When does it arrive?",
        (
            "I work Tuesday to Saturday. I started on 7 June 2027 and need 10 working days, Mon-Fri."
            " What date do I finish?"
        ),
        # a holiday or a closure may fall in them
        (
            "Delivery in 3 working days (Mon-Fri) from Friday 24 December 2027. What date will it"
            " arrive?"
        ),
        (
            "Delivery in 3 working days (Mon-Fri) from Wednesday 15 December 2027, but the courier is"
            " closed on Boxing Day. What date will it arrive?"
        ),
        (
            "Relaying starts on Saturday 5 June 2027 and we work every day except Sundays. If the job"
            " needs 20 working days, counting the first day, what date do we finish?"
        ),
        # a range of days, or a second count
        (
            "Refunds take 5 to 7 working days (Mon-Fri). I returned it on Monday 7 June 2027. When"
            " will I get it?"
        ),
        # whether the dated day counts is not said
        (
            "The parcel ships on Monday 7 June 2027 and takes 5 working days, Monday to Friday. When"
            " does it arrive?"
        ),
        # the weekday told is not the date's
        (
            "Dry cleaning is ready 4 working days after drop-off, Mon-Fri only. Dropped my coat off"
            " on Friday 11 November 2027, when's it ready?"
        ),
        # a weekday asked, or a yes/no
        "What day of the week is 3 weekdays after 7 June 2027?",
        "Is 7 June 2027 more than 5 working days (Mon-Fri) after 1 June 2027?",
        # a start on a weekend counted as a working day
        (
            "The job starts on Saturday 5 June 2027 and needs 4 working days (Mon-Fri), counting"
            " the first day. What date does it finish?"
        ),
        # a time of day (after hours may count from the next day)
        (
            "Ordered at 18:30 on Monday 7 June 2027; dispatch in 2 working days (Mon-Fri). What"
            " date is dispatch?"
        ),
    ],
)
def test_leaves_to_the_model(text: str) -> None:
    assert answer(text) is None
