"""A count with a share scrapped and the good ones asked, or a share more allowed on top and the
whole needed asked (`tools.calculator.portion`); other things asked, or no whole count, are left
to the model."""

from __future__ import annotations

import pytest

from tests.tools.test_money_stories import value
from tools.calculator import parse_request


@pytest.mark.parametrize(
    "text, expected",
    [
        # set 99
        (
            (
                "Grinding line B put 14,400 inner rings through on Tuesday and 2.5% were scrapped"
                " at the bore gauge. How many good rings went on to assembly?"
            ),
            "14040",
        ),
        ("We made 14,400 rings and 2.5% were scrapped. How many good rings?", "14040"),
        (
            (
                "print order tonight 46,800 copies, we allow 3.5% extra for waste at start-up and"
                " web breaks. how many copies do we need to run?"
            ),
            "48438",
        ),
    ],
)
def test_a_share_scrapped_or_allowed_extra_is_answered(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We made 14,400 rings and 2.5% were scrapped. How many good bolts?",
        "The order is 46,801 copies and we allow 3.5% extra for waste. How many copies do we need?",
        "The order is 46,800 copies and we allow 3.5% extra for waste. How many plates do we need?",
    ],
)
def test_other_things_asked_are_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None
