"""Orders priced from a list told first (`tools.calculator.menu`), what a deal saves over
the order it replaces, and the money-story shapes beside them: a bare "Total?", "whats the
total", a discount with a word before it, and what is left after the story's last cost."""

from __future__ import annotations

import pytest

from tools.calculator import parse_request
from tools.calculator.build import evaluate


def value(text: str) -> str:
    found = parse_request(text)
    assert found is not None, f"calculator did not claim {text!r}"
    out = evaluate({"ast": found[0]})
    assert out["ok"], out
    return out["text"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an order asked about, or said and then totalled
        (
            "Adult tickets are £12 and child tickets are £7. How much for 2 adults and 3 children?",
            "45",
        ),
        (
            (
                "Adult tickets are £12 and child tickets are £7. What's the cost of 2 adult tickets"
                " and 1 child ticket?"
            ),
            "31",
        ),
        ("Coffee is £3 and cake is £2.50. How much for a coffee and a cake?", "5.5"),
        ("Coffee is £3 and cake is £2.50. I buy 2 coffees and 3 cakes. How much is that?", "13.5"),
        (
            (
                "Single lessons are £38, or a block of ten costs £340. A pupil buys two blocks and three"
                " singles. How much is that?"
            ),
            "794",
        ),
        # the verb said once; the order after "This season"; "How much did I spend?"
        (
            (
                "A day ticket at the lake is £12 and a night ticket £18. This season I bought 15 day"
                " tickets and 6 night tickets. How much did I spend?"
            ),
            "288",
        ),
        # what a deal saves over the order it replaces
        (
            (
                "A ten-class pass is £95 and a single class is £11.50. How much does the pass save"
                " over buying ten singles?"
            ),
            "20",
        ),
        # a bare "Total?", "whats the total" after a comma
        (
            "Salon takings: Tue £412.50, Wed £386, Thu £529.75, Fri £644, Sat £811.25. Total?",
            "2783.5",
        ),
        (
            (
                "bought 14 lengths of track at £6.85 each and 6 sets of points at £18.50 each, whats"
                " the total"
            ),
            "206.9",
        ),
        # a discount on the whole with a word before "discount"
        (
            (
                "GPU £549, CPU £289, motherboard £164.50, RAM £92.50, and I get 10% student discount"
                " off the lot. What's the total?"
            ),
            "985.5",
        ),
        # a tax on top of the whole; a tally with a label before each count
        (
            "Invoice: 37.5 hours at €64 an hour, plus 21% VAT on top. What's the invoice total?",
            "2904",
        ),
        ("fence panels 14 x £32.50 + posts 15 x £11 = ?", "620"),
        # takings less the one cost the story names last
        (
            (
                "Entries: 22 juniors at £4 and 17 adults at £7. The hall cost £85. How much is left"
                " over for prizes?"
            ),
            "122",
        ),
    ],
)
def test_orders_and_totals_are_answered(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an ordered thing naming two prices, or none
        "Adult tickets are £12 and child tickets are £7. How much for 5 tickets?",
        "Adult tickets are £12 and child tickets are £7. How much for 2 adults and 3 seniors?",
        # two currencies, a price per kilo, a price for several, a price that changes
        "Coffee is $3 and cake is €2.50. How much for a coffee and a cake?",
        "Apples are £2 a kg and pears are £3 a kg. How much for 2 kg apples and 1 kg pears?",
        "Rooms are £90 per night and breakfast is £12. How much for 2 rooms and 2 breakfasts?",
        "Adult tickets are £12 and kids go free. How much for 2 adults and 3 kids?",
        "Adult tickets are £12 and child tickets are £7. How much for 2 adults and 3 children if we book online?",
        (
            "Adult tickets are £12 and child tickets are £7. How much for 2 adults and 3 children"
            " with the family discount?"
        ),
        # a deal that saves nothing: the model says so
        (
            "A ten-class pass is £95 and a single class is £11.50. How much does the pass save"
            " over buying 8 singles?"
        ),
        # two percentages on the whole; a label that is not a tally's
        "A jumper is £48 and 25% off, and at the till there's a further 10% off on top. What do I pay?",
        "chapter 3 verse 16 x 2 + 4?",
        # spending, not takings, before the last cost
        "I had £50. I bought 3 books at £4 and the delivery was £5. What's left?",
        "I bought 3 books at £4 and the delivery was £5. What's left?",
    ],
)
def test_orders_without_one_answer_are_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None
