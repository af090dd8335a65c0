"""Times said in named places are read at the places' UTC offsets on the date; a time with no
place, or a clock change near the date in one of the zones, is left to the model."""

import pytest

from tools.base import ToolContext
from tools.dates import parse, run
from tools.dates.zone_names import with_offsets

CTX = ToolContext()


@pytest.mark.parametrize(
    "text, value",
    [
        (
            (
                "A flight leaves London at 13:05 on 20 March 2027 and lands in New York at 16:25 local"
                " time the same day. How many minutes is it in the air?"
            ),
            440,  # (New York already on summer time, London not yet)
        ),
        (
            (
                "Train leaves Lisbon at 07:00 on 3 July 2027 and gets into Madrid at 17:10 Madrid"
                " time. How many minutes are we actually on it?"
            ),
            550,
        ),
        (
            (
                "The overnight flight leaves Cape Town at 19:45 on Sunday 17 October 2027 and takes 11"
                " hours 50 minutes. What date is it in London when I land?"
            ),
            "2027-10-18",
        ),
        (
            (
                "Flight home leaves Faro at 19:25 local time on 27 May 2028 and lands in Bristol at"
                " 21:55 local time. How many minutes is the flight?"
            ),
            150,
        ),
        (
            (
                "We leave London at 11:30 on 9 February 2028 and the journey to Hanoi takes 13 hours"
                " 45 minutes including the change. On what date do we land, Hanoi time?"
            ),
            "2028-02-10",
        ),
        (
            (
                "When it's 14:00 in London on 20 January 2028, what hour is it in Tokyo on the 24-hour"
                " clock?"
            ),
            23,
        ),
        (
            (
                "My cousin's cafe shift in Brisbane finishes at 16:00 on Friday 23 July 2027. What hour"
                " will it be in Manchester then (24-hour clock)?"
            ),
            7,
        ),
        # each time with its own date: the offset of that moment, even across a night the clocks
        # change (UK and France on 31 October 2027) or days after the first date
        (
            (
                "Our relay left Dover at 22:00 UK time on Saturday 30 October 2027 and landed near Cap"
                " Gris-Nez at 13:30 French time on Sunday 31 October 2027. How many hours was the swim?"
            ),
            15.5,
        ),
        (
            (
                "We sail from Portsmouth at 22:45 UK time on Saturday 28 August 2027 and dock in Bilbao"
                " at 07:45 Spanish time on Monday 30 August 2027. How many hours is the crossing?"
            ),
            32,
        ),
        # (set 160) a country named as the clock ("Iceland time"), more ports and cities
        (
            (
                "My group left Toronto at 20:05 local time on 1 April 2027 and landed at Keflavík at"
                " 07:40 Iceland time on 2 April 2027. How long was the flight, in minutes?"
            ),
            455,
        ),
        (
            (
                "A ferry left Rotterdam at 13:20 Dutch time on 27 March 2027 and arrived at Harwich at"
                " 06:05 UK time on 28 March 2027. How long was the crossing in minutes?"
            ),
            1005,
        ),
        (
            (
                "Courier picked up in Hong Kong at 09:30 on 24 September 2028 and delivered in Vancouver"
                " at 07:00 on 29 September 2028. How many hours in transit?"
            ),
            132.5,
        ),
        (
            (
                "A flight leaves London at 13:05 on 27 March 2027 and lands in New York at 16:25 local"
                " time the same day. How many minutes is it in the air?"
            ),
            440,
        ),
    ],
)
def test_times_in_named_places_are_read_at_their_offsets(text: str, value: object) -> None:
    call = parse(text, CTX)
    assert call is not None
    result = run(call, CTX)
    assert result.ok, result
    assert result.value == value or str(result.value).startswith(str(value))


@pytest.mark.parametrize(
    "text",
    [
        # London changes its clocks on 31 October 2027 and its time has no date of its own: its
        # offset depends on the hour
        (
            "A flight leaves New York at 20:00 on 30 October 2027 and lands in London at 08:00 local"
            " time the next day. How many hours is it in the air?"
        ),
        # a time the clocks pass twice that night (01:30 in London on 31 October 2027)
        (
            "We leave at 01:30 London time on 31 October 2027 and arrive at 09:00 Paris time on 31"
            " October 2027. How many hours is that?"
        ),
        # every time kept on the ship's one clock
        (
            "We sailed from Singapore at 06:00 on 12 January 2027 and picked up the Rotterdam pilot"
            " at 18:00 on 10 February 2027, ship's time throughout. How many hours was the passage?"
        ),
        # "Spanish time" in a story of the Canaries, an hour behind the mainland
        (
            "We leave Tenerife at 08:00 Spanish time on 3 July 2027 and land in London at 11:00"
            " on 3 July 2027. How many hours?"
        ),
        # a time said with no place before it in its sentence
        "We fly from London to New York on 20 March 2027. It lands at 16:25. How long is it?",
        # one zone only: nothing to write
        "Leaves London at 09:00 on 3 July 2027 and reaches Leeds at 11:30. How long?",
        # an offset or zone letters said already: `offsets` reads it as told
        "Leaves London at 09:00 BST on 3 July 2027 and lands in Madrid at 12:10. How long?",
    ],
)
def test_a_time_whose_place_or_offset_is_in_doubt_is_not_rewritten(text: str) -> None:
    assert with_offsets(text) is None


def test_a_span_between_times_kept_by_two_clocks_is_not_counted_on_one() -> None:
    # (answered 33 hours, both times read on one clock; London is an hour behind Madrid)
    text = "How many hours from 22:45 on 28 August 2027 in London to 07:45 on 30 August 2027 in Madrid?"
    assert parse(text, CTX) is None
