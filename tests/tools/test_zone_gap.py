"""Hours between two places' clocks on a date said: summer time is the date's own, and a
question without a date, with a place not in the table or asked the wrong way round is the
model's."""

import pytest

from tools.base import ToolContext
from tools.dates import parse, run

CTX = ToolContext()


@pytest.mark.parametrize(
    "text, hours",
    [
        ("On 15 July 2027, how many hours ahead of London is Sydney?", 9),  # (BST, AEST)
        ("On 15 January 2027, how many hours ahead of London is Sydney?", 11),  # (GMT, AEDT)
        ("For our call on 16 March 2028, how many hours behind London is Denver?", 6),
        (
            (
                "We land in Vancouver on 20 March 2028. How many hours behind the UK is Vancouver on"
                " that date?"
            ),
            7,
        ),
        (
            (
                "The mehndi is on Saturday 11 December 2027 and Nani wants to watch from Leicester."
                " How many hours ahead of the UK is Mumbai on that day?"
            ),
            5.5,
        ),
        ("How many hours ahead of London is Sydney on 15 July 2027?", 9),
        # (set 151) the places the other way round: "how many hours is A ahead of B"
        ("How many hours is London ahead of Toronto on 14 June 2027?", 5),
        # (set 153) "that evening" of a time told "in New York at 19:30 local on …"
        (
            (
                "The touring show opens in New York at 19:30 local on 12 November 2027. Our desk op is"
                " watching the stream in Tokyo. How many hours ahead of New York is Tokyo that"
                " evening?"
            ),
            14,
        ),
        # (set 152) at a time of day in a named place's clocks, or told in the story: the gap
        # of that moment (New York's clocks go back at 02:00 on 7 November 2027: 5 at noon UTC)
        (
            "How many hours ahead of New York is London at 00:30 New York time on 7 November 2027?",
            4,
        ),
        (
            (
                "How many hours ahead of Los Angeles is Tokyo at noon Los Angeles time on 20 March"
                " 2027?"
            ),
            16,
        ),
        (
            (
                "The couple marry at 15:00 in Sydney on 20 November 2027 and her parents watch from"
                " Toronto. How many hours ahead of Toronto is Sydney at that moment?"
            ),
            16,
        ),
        (
            (
                "Planning a video call with her on 2 November 2027: how many hours ahead of Banff is"
                " the UK on that date?"
            ),
            6,
        ),
    ],
)
def test_the_gap_on_the_date_said(text: str, hours: float) -> None:
    call = parse(text, CTX)
    assert call is not None and call.args["kind"] == "zone_gap"
    result = run(call, CTX)
    assert result.ok and result.value == hours, result


@pytest.mark.parametrize(
    "text",
    [
        "How many hours ahead of London is Sydney?",  # (which date: summer time moves it)
        "On 15 July 2027, how many hours ahead of London is Atlantis?",
        "On 15 July 2027, how many hours ahead of London is Paris, Texas?",
        # two dates: which one's summer time?
        "From 1 March 2027 to 1 April 2027, how many hours ahead of London is Sydney?",
        # "at that moment" with no time told; a figure of the story's own
        "How many hours ahead of Toronto is Sydney at that moment?",
        (
            "The couple marry at 15:00 in Sydney on 20 November 2027 and 40 guests watch from"
            " Toronto. How many hours ahead of Toronto is Sydney at that moment?"
        ),
    ],
)
def test_a_gap_without_its_date_or_places_is_left_to_the_model(text: str) -> None:
    assert parse(text, CTX) is None


def test_a_gap_asked_the_wrong_way_round_is_an_error_the_model_answers() -> None:
    call = parse("On 15 July 2027, how many hours ahead of Sydney is London?", CTX)
    assert call is not None
    result = run(call, CTX)
    assert not result.ok and "not ahead of" in (result.error or "")
