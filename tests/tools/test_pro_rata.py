"""An amount split in proportion to a measure, and one part's share asked
(`tools.calculator.pro_rata`); look-alikes that take from the amount first, mix units, or split
equally are left to the model."""

from __future__ import annotations

import pytest

from tests.tools.test_money_stories import value
from tools.calculator import parse_request


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            (
                "The block's service charge of £18,360 is split by floor area. My flat is 64 m² out"
                " of 2,040 m² in total. What's my share?"
            ),
            "576",
        ),
        (
            (
                "The £1,100 licence money is split by plays: this song got 84 of the 2,400 plays."
                " What does it earn?"
            ),
            "38.5",
        ),
        (
            (
                "Our £9,000 grant is shared in proportion to members. Our club has 45 out of 300"
                " members. How much do we get?"
            ),
            "1350",
        ),
    ],
)
def test_a_share_in_proportion_is_answered(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # something taken from the amount first
        (
            "The service charge of £18,360 is split by floor area, less a 10% reserve. My flat is"
            " 64 m² out of 2,040 m². What's my share?"
        ),
        "The £1,250 fee is split by plays after £150 admin: 84 of the 2,400 plays. What does it earn?",
        # a part in another unit than the whole, a part bigger than the whole, split equally
        (
            "The service charge of £18,360 is split by floor area. My flat is 64 m² out of 2,040"
            " ft². What's my share?"
        ),
        "The £900 is split by hours worked. I did 50 of the 40 hours. What's my share?",
        "The service charge of £18,360 is split equally. My flat is 64 m² out of 2,040 m². What's my share?",
        # two parts told: whose share?
        (
            "The £900 is split by hours worked. I did 12 of the 40 hours and Sam did 8. What's my"
            " share?"
        ),
    ],
)
def test_a_share_without_one_reading_is_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None
