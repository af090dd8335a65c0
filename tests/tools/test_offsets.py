"""Moments at stated UTC offsets (`tools.dates.offsets`): a moment read at another offset, the
end of a span run from it, and the time between two local times at two offsets; left to the
model when a zone is named by letters, a summer-time rule may apply, or which offset is whose
is not said."""

from __future__ import annotations

import datetime as dt

import pytest

from tools import dates
from tools.base import ToolContext
from tools.dates.offsets import has_offset

CTX = ToolContext(now=lambda: dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC))


def answer(text: str) -> tuple[str, object] | None:
    call = dates.parse(text, CTX)
    if call is None:
        return None
    result = dates.run(call, CTX)
    assert result.ok, result.error
    return result.output, result.value


def test_a_flight_asked_how_long_in_hours_is_answered_in_hours() -> None:
    # (set 119: it was answered in minutes, 465, whose last number is not the 7.75 asked)
    output, value = answer(
        "Our flight leaves Manchester (+01:00) at 13:05 on 7 August 2032 and lands in Toronto"
        " (-04:00) at 15:50 the same day. How long is the flight in hours, as a decimal?"
    )
    assert value == 7.75 and output.endswith("(7.75 hours)"), output


@pytest.mark.parametrize(
    "text, value",
    [
        # a moment, read at the other offset (the date; or the time when no date is told)
        ("When it is 06:30 on 4 May 2029 at +09:00, what is the date at -04:00?", "2029-05-03"),
        ("What is the date at -04:00 when it is 06:30 on 4 May 2029 at +09:00?", "2029-05-03"),
        (
            (
                "A student at +08:00 booked a lesson for 07:30 her time on 2 November 2031. I'm at"
                " -03:00. On what date is the lesson for me?"
            ),
            "2031-11-01",
        ),
        (
            (
                "The online debate final starts at 16:00 on 19 March 2031 at -05:00. Our partner school"
                " in Mumbai is at +05:30. What date will it be in Mumbai when the final begins?"
            ),
            "2031-03-20",
        ),
        ("What time is it at +08:00 when it is 9:30 pm at -04:00?", "09:30"),
        ("When it's 9:30 pm in a city at UTC-4, what time is it in a city at UTC+8?", "09:30"),
        # the end of what runs from it
        (
            (
                "A flight leaves at 22:40 on 3 November 2030 local time (offset -08:00) and is in the"
                " air for 13 h 05 min. On what local date does it land at a +08:00 airport?"
            ),
            "2030-11-05",
        ),
        (
            (
                "Our 24-hour online endurance race starts at 05:00 on 16 June 2029 at offset +01:00. My"
                " teammate lives at -07:00. On what date, on his clock, does the race finish?"
            ),
            "2029-06-16",
        ),
        (
            (
                "Our ferry leaves at 17:00 on 20 July 2028 from a port at +03:00. The crossing takes 29"
                " hours and we arrive at a port on +02:00. What's the local date when we drive off?"
            ),
            "2028-07-21",
        ),
        # the hour asked (its number last), and two local times on two dates (set 119)
        (
            (
                "My lab meeting is at 10:00 in Boston (-05:00) on 20 January 2032. My old supervisor is"
                " in Berlin on +01:00. What hour is it there, on the 24-hour clock?"
            ),
            16,
        ),
        (
            (
                "We left Los Angeles (-08:00) at 21:30 on 31 December 2031 and landed in Auckland"
                " (+13:00) at 06:00 on 2 January 2032. How many hours were we in the air?"
            ),
            11.5,
        ),
        (
            (
                "We push back from London at 21:35 local time (+01:00) on 14 August 2031 and the flight"
                " to Singapore is 12 h 50 min. Singapore is on +08:00. What's the local date when we"
                " land?"
            ),
            "2031-08-15",
        ),
        # two local times, each at its own offset
        (
            (
                "Our flight leaves London (+01:00) at 10:40 on 16 July 2028 and lands in Vienna"
                " (+02:00) at 14:05 local time. How many minutes are we in the air?"
            ),
            145,
        ),
        (
            (
                "We left at 09:15 local time where clocks are at +01:00 and arrived the same day at"
                " 18:40 local time where clocks are at +03:00. How many minutes were we on the road?"
            ),
            445,
        ),
    ],
)
def test_a_moment_at_a_stated_offset_is_read_at_another(text: str, value: object) -> None:
    found = answer(text)
    assert found is not None, text
    assert found[1] == value, found[0]


def test_the_answer_names_both_offsets_and_only_the_date_asked() -> None:
    output, _ = answer("When it is 06:30 on 4 May 2029 at +09:00, what is the date at -04:00?")
    assert output == "06:30 at UTC+09:00 is 17:30 at UTC−04:00 on Thursday, May 3, 2029."


@pytest.mark.parametrize(
    "text",
    [
        # a zone named by letters, or a summer-time rule: the offset then is not stated
        "It is 14:00 at +01:00. What time is it in Tokyo (JST)?",
        "It's 10:00 at +01:00, London summer time. What time is it at -05:00?",
        # a third offset, or no second one
        "A call at 08:00 on 3 April 2031 at -07:00, with people at +10:00 and +05:30. What date?",
        "A video call is set for 08:00 on 3 April 2031 at offset -07:00. What date is it in Sydney?",
        # a span told, and its start asked (or a span not said to be run from the moment)
        (
            "The race starts at 05:00 on 16 June 2029 at +01:00 and lasts 24 hours. My teammate is"
            " at -07:00. On what date does it start for him?"
        ),
        # arriving before leaving on the same day: another day, which the story does not say
        (
            "We left at 18:00 where clocks are at +03:00 and arrived the same day at 09:00 where"
            " clocks are at +01:00. How many minutes were we travelling?"
        ),
        # two offsets in the moment's sentence and the time said to be someone's: whose? (the
        # nearest offset, Leeds, is not the speaker's; it gave 13:00)
        (
            "I'm in Lima (-05:00) and want to call my mum in Leeds (+01:00) at 19:00 my time. What"
            " hour will it be for her?"
        ),
        # an offset that is no offset of a clock: a score, a sum
        "The score went from +12:30 to -04:15 in the second half. What's the difference?",
    ],
)
def test_an_offset_story_without_one_reading_is_left_to_the_model(text: str) -> None:
    assert answer(text) is None


@pytest.mark.parametrize(
    "text, said",
    [
        ("When it is 06:30 at +09:00, what time is it at -04:00?", True),
        ("Meet at UTC+5:30 noon", True),
        ("What is 12:00 - 09:30?", False),  # (a sum of times, not an offset)
        ("The meeting is at 2027-03-01T10:00+01:00.", False),  # (an ISO time's own offset)
        ("What is 7 + 3?", False),
    ],
)
def test_an_offset_is_told_only_by_its_written_forms(text: str, said: bool) -> None:
    assert has_offset(text) is said
