"""Hours between wall-clock times told without a place are left to the model when the clocks
change between them somewhere; spans of the same offset everywhere are answered."""

import datetime as dt

import pytest

from tools.base import ToolContext
from tools.dates import parse
from tools.dates.clock_changes import clock_change_between, elapsed_in

D = dt.datetime


@pytest.mark.parametrize(
    "zone, a, b, minutes",
    [
        ("Europe/London", D(2027, 10, 30, 20), D(2027, 10, 31, 8), 780),  # (an hour more)
        ("Europe/London", D(2028, 3, 25, 20), D(2028, 3, 26, 8), 660),  # (an hour less)
        ("America/New_York", D(2027, 10, 30, 20), D(2027, 10, 31, 8), 720),  # (not yet)
        ("Europe/London", D(2027, 10, 31, 0, 30), D(2027, 10, 31, 1, 30), None),  # (twice)
        ("Europe/London", D(2028, 3, 26, 0, 30), D(2028, 3, 26, 1, 30), None),  # (never)
    ],
)
def test_elapsed_in_a_zone(zone: str, a: dt.datetime, b: dt.datetime, minutes: float) -> None:
    assert elapsed_in(zone, a, b) == minutes


@pytest.mark.parametrize(
    "a, b, changes",
    [
        (D(2027, 10, 30, 20), D(2027, 10, 31, 8), True),  # the UK and the EU go back
        (D(2027, 3, 13, 22), D(2027, 3, 14, 6), True),  # North America goes forward
        (D(2027, 4, 3, 6), D(2027, 4, 9, 18), True),  # south-east Australia goes back
        (D(2027, 6, 1, 9), D(2027, 6, 3, 9), False),
        (D(2027, 1, 1), D(2028, 1, 1), False),  # a whole year: back on the same offset
        (D(2027, 10, 23, 20), D(2027, 10, 24, 8), False),
    ],
)
def test_clock_change_between(a: dt.datetime, b: dt.datetime, changes: bool) -> None:
    assert clock_change_between(a, b) is changes


@pytest.mark.parametrize(
    "text, answered",
    [
        ("How many hours from 20:00 on 30 October 2027 to 08:00 on 31 October 2027?", False),
        ("How many hours from 20:00 on 23 October 2027 to 08:00 on 24 October 2027?", True),
        ("What date is 12 hours after 20:00 on 30 October 2027?", False),
        ("What date is 12 hours after 20:00 on 23 October 2027?", True),
        # hours from a date with no time of day are whole days: the next day
        ("Today is 10/10/2010. What is the date 24 hours later in MM/DD/YYYY?", True),
    ],
)
def test_hours_across_a_clock_change_are_left_to_the_model(text: str, answered: bool) -> None:
    assert (parse(text, ToolContext()) is not None) is answered
