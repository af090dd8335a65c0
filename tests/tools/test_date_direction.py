"""Which way a story's span runs from its date (`tools.dates.direction`): forward from something
done on the date when the span is what it needs, takes or waits, and left to the model when the
date is an end, the question asks for a start or a deadline, or the span is notice or a break."""

from __future__ import annotations

import pytest

from tests.tools.test_date_stories import answer  # (the dates tool at a fixed clock)

# (story, the answer's date)
FORWARD = [
    (
        (
            "The order came in on Tuesday 4 May 2027 and we quote 3 weeks' turnaround. What date do "
            "we tell the client?"
        ),
        "May 25, 2027",
    ),
    (
        "Glazed the bowls on 9 March 2027 and they need 10 days to dry. When can I start firing?",
        "March 19, 2027",
    ),
    (
        "We racked the wine on 1 June 2027 and it needs 20 weeks in the barrel. Bottling date?",
        "October 19, 2027",
    ),
    (
        (
            "Planted the seed potatoes on 14 April 2027, the bag says wait 12 weeks before lifting. "
            "What date can I start lifting?"
        ),
        "July 7, 2027",
    ),
    (
        (
            "I donated platelets on 2 February 2027 and you have to wait 4 weeks between donations. "
            "What's the earliest date I can donate again?"
        ),
        "March 2, 2027",
    ),
    (
        (
            "I posted the form on 3 May 2027 and the council needs 8 weeks to reply. What date should "
            "I hear back?"
        ),
        "June 28, 2027",
    ),
    (
        "I ordered on 3 May 2027 and it took 5 days to arrive. What date did it arrive?",
        "May 8, 2027",
    ),
    # done in the passive; "has N weeks to decide"; a span "of" what it needs
    (
        "The gouda was made on 4 March 2027 and needs 300 days of ageing. When is it ready?",
        "December 29, 2027",
    ),
    (
        (
            "We sent the planning application in on 1 February 2028 and the council has 8 weeks to "
            "decide. What's the deadline date?"
        ),
        "March 28, 2028",
    ),
    # the dated event named by its kind, or said after the span
    (
        (
            "The half marathon is on 11 June 2028 and my plan starts 12 weeks before race day. What date does "
            "the plan start?"
        ),
        "March 19, 2028",
    ),
    (
        (
            "Tickets go on sale 90 days before opening night, which is 2 March 2028. What date do "
            "they go on sale?"
        ),
        "December 3, 2027",
    ),
    # the dated event named by what it did ("after it opened", "after they're roasted", "the
    # sale date" of "sold"), a last one ("My last grading was …"), a gap "at least" so long
    (
        (
            "The survey opened on 1 March 2027 and closes 28 days after it opened. What's the"
            " closing date?"
        ),
        "March 29, 2027",
    ),
    (
        (
            "We sell the cheese 20 days after they're waxed. A batch was waxed on 3 May 2027; what"
            " date does it go on sale?"
        ),
        "May 23, 2027",
    ),
    (
        (
            "We sold the bike on 2 June 2026 and the warranty ends 365 days after the sale date."
            " What date does it end?"
        ),
        "June 2, 2027",
    ),
    (
        (
            "There must be at least 60 days between donations. My last donation was 4 March 2027,"
            " so what's the earliest date I can give again?"
        ),
        "May 3, 2027",
    ),
    # a condition that only tells the date; a wait "before" what the question asks of
    (
        (
            "I tell clients to wait 21 days before a re-check. If the fitting was on 3 May 2027,"
            " what's the earliest re-check date?"
        ),
        "May 24, 2027",
    ),
    # "N weeks ahead" of the date; "When's the fitting?"; a lead time "When can we fit it?"
    (
        (
            "We move on 3 September 2027 and the van must be booked at least 4 weeks ahead. Latest"
            " date I can book?"
        ),
        "August 6, 2027",
    ),
    (
        "Her wedding is 18 June 2028 and the final fitting is 2 weeks before. When's the fitting?",
        "June 4, 2028",
    ),
    (
        "The worktop was ordered on 1 March 2027 with a 10-day lead time. When can we fit it?",
        "March 11, 2027",
    ),
    # a deadline said before the event, given to a person
    (
        (
            "The party is on 18 June 2027 and numbers are due 14 days before. What date must the "
            "guests reply by?"
        ),
        "June 4, 2027",
    ),
    # what a span is told of first, started on the date after it, its end asked
    (
        (
            "Surface mail overseas takes 6 weeks. If I post the parcel on 11 October 2027, what date "
            "should it arrive?"
        ),
        "November 22, 2027",
    ),
    (
        "A bespoke hat takes 45 days to make. If I order on 3 April 2028, when will it be ready?",
        "May 18, 2028",
    ),
    (
        (
            "Cow gestation on our farm averages 283 days. If she was served on 10 November 2027, "
            "what's her due date?"
        ),
        "August 19, 2028",
    ),
    ("Our alpacas carry for 345 days. One was mated on 22 June 2027 - due date?", "June 1, 2028"),
    # something handed in on a date and promised back or ready in a span
    (
        (
            "A bracket clock came in for repair on 9 November 2026 and we promise it back in 8 weeks."
            " What's the due date?"
        ),
        "January 4, 2027",
    ),
    (
        (
            "I left my boots for repair on 4 November 2027 and the ticket says ready in 10 days. When"
            " will they be ready?"
        ),
        "November 14, 2027",
    ),
    # the end asked of a span told with its own end verb
    (
        (
            "The kitchen fitting starts on 17 January 2028 and finishes 18 days later. What date does "
            "it finish?"
        ),
        "February 4, 2028",
    ),
]


@pytest.mark.parametrize("text, wanted", FORWARD, ids=[s[0][:40] for s in FORWARD])
def test_a_span_after_something_done_runs_forward(text: str, wanted: str) -> None:
    assert wanted in (answer(text) or "")


LEFT_TO_THE_MODEL = [
    # the date is an end: the span may be counted back to its start
    "The parcel arrived on 3 May 2027 and took 5 days to get here. What date was it sent?",
    "The parcel arrived on 3 May 2027 and it took 5 days to come. What date was it posted?",
    "My passport expired on 3 May 2027 and renewal takes 6 weeks. What date will I get it?",
    # notice runs from when it is given; a break is no wait
    "We moved in on 3 May 2027 and the lease needs 2 months' notice. What date can we leave?",
    "Poured the slab on 10 October 2030 and it needs a 6 week holiday. What date is it ready?",
    # a plan, not something done
    "The exam is scheduled on 3 May 2027 and I need 10 weeks of prep. What date should I start?",
    # the question asks for a start or a latest day
    "I finished the course on 3 May 2027 and it took 10 weeks. What date did I start?",
    (
        "Sowed the tomatoes on 1 March 2027 and they need 8 weeks to grow. What's the latest date "
        "I can plant out?"
    ),
    # a day named by a kind the date's sentence does not tell of
    (
        "The party is on 23 April 2028 and my plan starts 16 weeks before race day. What date does "
        "the plan start?"
    ),
    (
        "The exam is on 3 May 2028 and revision starts 6 weeks before results day. What date does "
        "revision start?"
    ),
    # told first, the span must be of what was done on the date
    "Renewal needs 6 weeks to process. My passport was issued on 1 March 2027. When is it ready?",
    # an event said to have been on the date, with no wait before what is asked
    "The wedding was on 3 May 2027 and invitations need 10 weeks. What date do invitations go out?",
    # the dated event asked, not the one the span leads to
    "Her wedding is 18 June 2028 and the final fitting is 3 weeks before. When's the wedding?",
    # a condition that changes the story
    (
        "I tell clients to wait 21 days before a re-check. If the fitting was on 3 May 2027 instead,"
        " what's the earliest re-check date?"
    ),
    # a start is not an end: the work may be done on the 12th or the 13th; what is asked is
    # another thing than what was sent; an end asked in the past; a day to order by
    "The job takes 10 days. If we start on 3 April 2028, when will it be done?",
    "Returns take 14 days to process. If I send it back on 3 April 2028, when will the refund arrive?",
    "Shipping takes 12 days. If they sent it on 2 March 2028, when did it arrive?",
    "Delivery takes 6 weeks. If I need it on 11 October 2027, what date should I order by?",
    "The course lasts 10 weeks. If I start on 3 January 2028, when do I finish?",
    # the handing in asked, or the span changed after it
    (
        "I left my boots for repair on 4 November 2027 and the ticket says ready in 10 days. When did"
        " I leave them?"
    ),
    (
        "I left my boots for repair on 4 November 2027 and the ticket says ready in 10 days but they"
        " were 3 days late. When were they ready?"
    ),
    # the date told is the one asked (this was answered 18 days on before)
    (
        "The kitchen fitting starts on 17 January 2028 and finishes 18 days later. What date does it "
        "start?"
    ),
    # "before" something the question does not ask about
    (
        "Filled the pond on 2 May 2027 and let it settle for 3 weeks before the party. What date "
        "can I add the fish?"
    ),
]


@pytest.mark.parametrize("text", LEFT_TO_THE_MODEL, ids=[t[:40] for t in LEFT_TO_THE_MODEL])
def test_a_span_that_may_run_either_way_is_left_to_the_model(text: str) -> None:
    assert answer(text) is None
