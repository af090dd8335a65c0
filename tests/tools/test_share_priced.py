"""A share of a count of things done at a price each (`tools.calculator.share_priced`);
look-alikes whose share is no whole number of things, whose price is for other things, or whose
price or share something changes are left to the model."""

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
                "41,600 panels on site, we washed 28% of them this round at 9p a panel. What did"
                " the wash cost?"
            ),
            "1048.32",
        ),
        (
            (
                "The palm house has 340 glass panes on its south face and we're replacing 15% of"
                " them this winter at £86.50 a pane, fitted. What will the glazing bill be?"
            ),
            "4411.5",
        ),
        (
            "We have 1,200 chairs and 35% of the chairs need new feet at $4.50 a chair. What's the cost?",
            "1890",
        ),
    ],
)
def test_a_share_of_things_priced_each_is_answered(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a share that is no whole number of things
        "There are 341 panes and we're replacing 15% of them at £86.50 a pane. What will it cost?",
        # a price for other things than those counted
        "There are 340 panes and we're replacing 15% of the frames at £86.50 a pane. What will it cost?",
        # a price or a share something changes, or a second count
        (
            "There are 340 panes and we're replacing 15% of them at £86.50 a pane, with 10% off."
            " What will it cost?"
        ),
        (
            "There are 340 panes and we're replacing 15% of them at £86.50 a pane plus a £60 call-out"
            " fee. What will it cost?"
        ),
        (
            "There are 340 panes and 12 doors, and we're replacing 15% of them at £86.50 a pane."
            " What will it cost?"
        ),
        # not its cost asked
        "There are 340 panes and we're replacing 15% of them at £86.50 a pane. How many is that?",
    ],
)
def test_a_share_without_one_reading_is_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None
