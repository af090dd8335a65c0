"""What a buyer pays at auction (`calculator.auction`): the hammer price, the buyer's premium on
it, a fee, and VAT on the premium (and fee) only."""

from __future__ import annotations

import pytest

from tests.tools.test_money_stories import value
from tools.calculator import parse_request


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            (
                "Bought an 18th-century county map at auction: hammer price £340, buyer's premium 25%"
                " of the hammer, and VAT at 20% charged on the premium only. What did it cost me in"
                " total?"
            ),
            "442",
        ),
        (
            (
                "Hammer price on the Golf was £3,600. The buyer's premium is 12.5% plus a £60 admin"
                " fee, and VAT at 20% applies to the premium and fee only. What does the buyer pay in"
                " total?"
            ),
            "4212",
        ),
        (
            (
                "Hammer price on lot 212 was £1,240. Buyer's premium is 22% of the hammer, and VAT at"
                " 20% is charged on the premium only. What does the buyer pay in total?"
            ),
            "1567.36",
        ),
        # a fee the VAT clause leaves out is paid without VAT, as told
        (
            (
                "Hammer price was £1,000. The buyer's premium is 20% plus a £50 admin fee, and VAT at"
                " 20% is charged on the premium only. What does the buyer pay in total?"
            ),
            "1290",
        ),
    ],
)
def test_auction_totals_are_answered(text: str, expected: str) -> None:
    assert value(text).rsplit("= ", 1)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # VAT on the whole, or said of a fee the story does not have
        (
            "Hammer price was £1,240. Buyer's premium is 22%, and VAT at 20% is charged on the"
            " whole. What does the buyer pay in total?"
        ),
        (
            "Hammer price was £1,240. Buyer's premium is 22%, and VAT at 20% applies to the"
            " premium and fee only. What does the buyer pay in total?"
        ),
        # the seller's side, a count of lots, shipping on top
        (
            "Hammer price was £1,240. Buyer's premium is 22% of the hammer, and VAT at 20% is"
            " charged on the premium only. What does the seller get?"
        ),
        (
            "Hammer price was £1,240 for 3 lots. Buyer's premium is 22% of the hammer, and VAT at"
            " 20% is charged on the premium only. What does the buyer pay in total?"
        ),
        (
            "Hammer price was £1,240. Buyer's premium is 22% of the hammer, VAT at 20% is charged"
            " on the premium only, and shipping is £25. What does the buyer pay in total?"
        ),
    ],
)
def test_auction_stories_without_one_answer_are_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None
