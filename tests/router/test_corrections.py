"""A question corrected in the same message (`router.corrections`): the correction replaces the
one part of the question it fits, and the corrected question is routed; a correction that fits
no part, or more than one, leaves the message to the model."""

from __future__ import annotations

import pytest

from router import route
from router.corrections import corrected
from tools.base import ToolContext
from tools.registry import TOOLS

CTX = ToolContext()


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("what's 12% of 3,150 — sorry, I meant 3,510", "what's 12% of 3,510"),
        ("Can you do 73 × 19? wait no, 73 × 91", "Can you do 73 × 91"),
        ("Add 2,415 and 1,092. Oops, typo: 2,415 and 1,029.", "Add 2,415 and 1,029"),
        ("what's 5 km in feet - sorry, I meant in miles", "what's 5 km in miles"),
        ("Convert 26 lb to kg, no wait, 62 lb.", "Convert 62 lb to kg"),
        ("What weekday is 3 May 2027? sorry, I meant 3 May 2029", "What weekday is 3 May 2029"),
        (
            "How many days from 2 Jan 2028 to 8 Apr 2028... oops, to 18 Apr 2028",
            "How many days from 2 Jan 2028 to 18 Apr 2028",
        ),
    ],
)
def test_a_correction_replaces_the_part_it_fits(text: str, fixed: str) -> None:
    assert corrected(text) == fixed
    decision = route([{"role": "user", "content": text}], CTX)
    assert decision is not None
    result = TOOLS[decision.tool].run(decision.call, CTX)
    assert result.ok


@pytest.mark.parametrize(
    "text",
    [
        # no part of the question has the correction's shape
        "What's 15% of 200? I meant for a tip, what's fair?",
        "What is 12 x 7? Sorry I meant the 12 times table.",
        # one digit says nothing about which number it replaces
        "What is 12 x 7 - sorry, I meant 3",
        # two parts fit
        "What is 14 + 14? wait no, 41",
        # not a typo of any number there
        "what's 18% of 2,450 — sorry, I meant 9,999",
    ],
)
def test_a_correction_that_fits_no_one_part_is_left_to_the_model(text: str) -> None:
    assert route([{"role": "user", "content": text}], CTX) is None
