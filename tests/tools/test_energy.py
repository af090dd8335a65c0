"""An energy bill told by its price a kWh, its standing charge a day, the kWh used and the days
(`tools.calculator.energy`); bills with a second rate, a tax, a credit or a missing part are left
to the model."""

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
                "Electricity at 24.86p per kWh plus a 53.8p daily standing charge. We used 320 kWh"
                " over 31 days. What's the bill in pounds?"
            ),
            "96.23",
        ),
        (
            (
                "Electricity is 24.86p per kWh and the standing charge is 53.8p a day. We used 320"
                " kWh over 31 days. What's the bill?"
            ),
            "96.23",
        ),
        (
            (
                "Gas this quarter: 1,850 kWh at 6.4p plus 90 days of standing charge at 31.4p."
                " What's the bill in pounds?"
            ),
            "146.66",
        ),
    ],
)
def test_an_energy_bill_is_answered(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a tax on top, two rates, a payment made, no days told
        (
            "Electricity is £0.25 per kWh and the standing charge is £0.50 a day. We used 320 kWh"
            " over 31 days, plus 5% VAT. What's the bill?"
        ),
        (
            "Day units are 30p per kWh and night units 12p per kWh, standing charge 50p a day. We"
            " used 320 kWh over 31 days. What's the bill?"
        ),
        (
            "Electricity is 25p per kWh and the standing charge is 50p a day. We used 320 kWh over"
            " 31 days and paid £60 already. What's the bill?"
        ),
        "Electricity is 25p per kWh and the standing charge is 50p a day. We used 320 kWh. What's the bill?",
    ],
)
def test_an_energy_bill_without_one_reading_is_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None
