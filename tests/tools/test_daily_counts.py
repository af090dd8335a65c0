"""Things counted day by day at a price each (`tools.calculator.daily_counts`); counts of other
things, a bonus or a question for no money are left to the model."""

from __future__ import annotations

import pytest

from tests.tools.test_money_stories import value
from tools.calculator import parse_request


@pytest.mark.parametrize(
    "text, expected",
    [
        # set 98
        (
            (
                "Piece rate is 21p a tree. I put in 1,850 on Monday, 2,240 on Tuesday and 1,975 on"
                " Wednesday. What have I earned so far?"
            ),
            "1273.65",
        ),
        (
            (
                "I'm paid £0.21 a tree. I planted 1,850 trees on Monday and 2,240 trees on"
                " Tuesday. What have I earned?"
            ),
            "858.9",
        ),
    ],
)
def test_things_counted_by_the_day_are_answered(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm paid £1.40 a crate. I packed 30 boxes on Monday and 42 on Tuesday. What have I earned?",
        (
            "I'm paid £1.40 a crate, with a £10 bonus. I packed 30 on Monday and 42 on Tuesday."
            " What have I earned?"
        ),
        "I'm paid £1.40 a crate. I packed 30 on Monday and 42 on Tuesday. How many crates is that?",
    ],
)
def test_counts_without_one_reading_are_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None
