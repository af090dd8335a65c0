"""Adversarial requests from the held-out review: each row is a conversation and what must happen.

"model" rows must not be answered by a tool (direct: no route; assist: no tool result in the
model's context). Answer rows are routed, run, and their text must contain every expected
piece and none of the wrong ones. Every row failed before the fix that names it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from router import route, route_assist
from router.conversation import buried_questions
from tests.support.sandbox import needs_linux_root
from tools.base import ToolContext
from tools.registry import TOOLS

CTX = ToolContext(timeout_s=20.0)


def U(text: str) -> dict[str, str]:
    return {"role": "user", "content": text}


def A(text: str) -> dict[str, str]:
    return {"role": "assistant", "content": text}


def S(text: str) -> dict[str, str]:
    return {"role": "system", "content": text}


def at(year: int, month: int, day: int, hour: int, minute: int) -> ToolContext:
    moment = dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)
    return ToolContext(now=lambda: moment, timeout_s=20.0)


# Programs whose output describes the machine that runs them, or hides what they do.
MACHINE_DEPENDENT_CODE = {
    "code-abspath": "import os; print(os.path.abspath('.'))",
    "code-open": "print(open('/etc/hosts').read())",
    "code-dynamic-import": "print(getattr(__import__('o'+'s'), 'get'+'cwd')())",
    "code-sys": "import sys; print(sys.maxsize)",
    "code-today": "import datetime; print(datetime.date.today())",
}
# (conversation, mode): the language model must answer; no tool may take the request.
LEAVE_TO_MODEL = [
    # (answered 2) "+" and "·" given the boolean operations' names (set 183)
    pytest.param(
        [
            U("we're doing boolean algebra: + is OR and · is AND"),
            A("Right, with AND binding tighter than OR."),
            U("1 + 1 · 0 + 1"),
        ],
        "direct",
        id="boolean-operators-named",
    ),
    pytest.param(
        [U("in this puzzle * means max"), A("Got it."), U("what is 3 * 8")],
        "direct",
        id="operator-named-max",
    ),
    pytest.param([U("What is 1-800-273-8255?")], "direct", id="hotline"),
    # (answered 5 hours) two bare times of day beside a flight between places on two clocks, said
    # in a sentence of its own, in an earlier turn, or as a label
    pytest.param(
        [U("Flight Tokyo to London. leave at 10:00, arrive at 15:00. how many hours is that")],
        "direct",
        id="flight-beside-times",
    ),
    pytest.param(
        [
            U("We're flying Singapore to Perth tomorrow."),
            A("Have a good trip!"),
            U("we leave at 09:40 and land at 14:55, how many hours is that"),
        ],
        "direct",
        id="flight-earlier-turn",
    ),
    pytest.param(
        [U("Tokyo to London: leave at 10:00, arrive at 15:00. how many hours is that")],
        "direct",
        id="places-label-times",
    ),
    pytest.param(
        [U("the Paris trip: leave at 10:00, arrive at 15:00. how many hours is that")],
        "direct",
        id="trip-to-a-place-times",
    ),
    # (answered 1686, the whole of both bills) one's part asked after shares were told
    pytest.param(
        [
            U(
                "me and my flatmate agreed I pay 60% of the rent because I have the big room, but"
                " utilities we split down the middle"
            ),
            A("Makes sense — 60/40 on rent, 50/50 on utilities."),
            U("rent's £1,450 and utilities came to £236 this month. what do I owe"),
        ],
        "direct",
        id="shares-told-before-what-do-i-owe",
    ),
    # (answered 120 and 96678) a terse total for a period the story is not told of
    pytest.param(
        [U("We sold 40 pies today at £3. Revenue for the week?")], "direct", id="terse-other-period"
    ),
    pytest.param(
        [U("We sold 40 pies today at £3. Takings for the week?")],
        "direct",
        id="terse-other-period-3",
    ),
    pytest.param(
        [
            U(
                "The turbine produced 1,845 MWh last month and the agreement pays £52.40 per MWh."
                " Revenue for the quarter?"
            )
        ],
        "direct",
        id="terse-other-period-2",
    ),
    # (set 158: answered 28 days) a week or a day of another length told earlier
    pytest.param(
        [
            U("In my novel the kingdom uses a nine-day week."),
            A("Interesting! A nine-day week changes a lot of everyday rhythm."),
            U("If the harvest fair is four weeks off, how many days is that?"),
        ],
        "direct",
        id="nine-day-week",
    ),
    pytest.param(
        [U("We work a 10-hour day."), A("OK."), U("How many hours in 5 days?")],
        "direct",
        id="ten-hour-day",
    ),
    # (set 154: answered 3200) one person's part asked after an earlier turn told a split
    pytest.param(
        [
            U("There are 6 of us sharing all the costs equally."),
            A("OK."),
            U("The marquee was £2,300 and the band £900. What do I owe?"),
        ],
        "direct",
        id="share-told-earlier",
    ),
    # a total of figures spread over the turns
    pytest.param(
        [
            U("Shift one ran from 09:00 to 13:30."),
            A("That's four and a half hours."),
            U("Second shift was 14:15 till 18:00, so how long did I work in total?"),
        ],
        "direct",
        id="total-over-turns",
    ),
    pytest.param(
        [
            U("I paid £45 for the tickets."),
            A("Noted."),
            U("Parking was 3 hours at £2.50 an hour. What did the day cost altogether?"),
        ],
        "direct",
        id="altogether-over-turns",
    ),
    # the currency the answer is wanted in, set by an earlier turn
    pytest.param(
        [
            U("We're budgeting the whole trip in Swiss francs."),
            A("Got it."),
            U("How much is 3 nights at 180 euros a night?"),
        ],
        "direct",
        id="currency-set-earlier",
    ),
    pytest.param([U("What is 978-0-306-40615-7?")], "direct", id="isbn"),
    pytest.param([U("What happened on 12-25-2023 in Paris?")], "assist", id="dashed-date-assist"),
    pytest.param([U("What is 12-25-2023?")], "direct", id="dashed-date"),
    pytest.param([U("What is 555-123-4567?")], "direct", id="phone"),
    pytest.param([U("What is 123-45-6789?")], "direct", id="ssn"),
    # a football formation (set 67's one routed negative that was no named reading)
    pytest.param([U("What does 4-2-3-1 come to?")], "direct", id="formation"),
    # figures spread over two user turns, the second going on from the first (set 82's one
    # routed negative), and "What's the total?" of all that was told
    pytest.param(
        [
            U("We had 236 advance entries at £14."),
            A("Noted: 236 at £14."),
            U("And 58 on the day at £18. What's the total?"),
        ],
        "direct",
        id="figures-over-two-turns",
    ),
    pytest.param(
        [
            U("Advance entries: 236 at £14."),
            A("Noted."),
            U("58 entered on the day at £18. What's the total?"),
        ],
        "direct",
        id="total-over-two-turns",
    ),
    # an offer told beside the question (set 85's one wrong answer: 30 × 3.85)
    pytest.param(
        [
            U(
                "Loyalty card: every 10th smoothie is free. A regular bought 30 smoothies at £3.85"
                " over the summer - how much did she actually pay?"
            )
        ],
        "direct",
        id="offer-beside-the-question",
    ),
    pytest.param(
        [U("Mugs are 3 for 2 this week. I bought 6 mugs at £4 each - what did I pay?")],
        "direct",
        id="three-for-two-beside-the-question",
    ),
    # the base of a percentage set in an earlier turn (set 86's one routed negative)
    pytest.param(
        [
            U("All percentages I mention refer to my back squat max of 140 kg."),
            A("Understood, percentages of 140 kg."),
            U("What's 72.5%?"),
        ],
        "direct",
        id="percent-base-set-earlier",
    ),
    # a unit sized in earlier turns, and a pay rule said for the chat (set 78's two real misses)
    pytest.param(
        [
            U("Up at the hut we measure snow in 'hands' of 10 cm."),
            A("Got it, a hand is 10 cm."),
            U("How many hands is 1.35 m?"),
        ],
        "direct",
        id="hand-defined-earlier",
    ),
    pytest.param(
        [
            U("Crew overtime after 8 hours a day is paid at time and a half."),
            A("Noted."),
            U("A rigger did 11 hours at £20 an hour. What's her pay?"),
        ],
        "direct",
        id="overtime-rule-earlier",
    ),
    pytest.param([U("What is 4-4-2?")], "direct", id="formation-442"),
    # a multi-buy priced as each (set 69's one wrong answer), asked tersely
    pytest.param(
        [U("Apples are 3 for £1.20 and bananas 18p each. Nine apples and seven bananas comes to?")],
        "direct",
        id="multi-buy",
    ),
    pytest.param([U("What is 1990-2000?")], "direct", id="year-range"),
    pytest.param([U("What is 2019-20?")], "direct", id="season"),
    pytest.param([U("What is 10–20?")], "direct", id="en-dash-range"),
    pytest.param([U("What is 0-306-40615-2?")], "direct", id="isbn10"),
    pytest.param([U("What is 4111-1111-1111-1111?")], "direct", id="card"),
    pytest.param([U("What is 3.11.2?")], "direct", id="version"),
    pytest.param(
        [U("In our notation, a+b is a*b."), A("OK."), U("What is 3+4?")], "direct", id="notation"
    ),
    # an order of a date's fields set in an earlier turn: a later numeric date is read that way
    pytest.param(
        [
            U("Dates from our till are year/day/month."),
            A("Noted."),
            U("What weekday is 2027/04/09?"),
        ],
        "direct",
        id="date-order-earlier",
    ),
    pytest.param(
        [
            U("All our dates are DD-MM-YYYY."),
            A("OK."),
            U("How many days from 2027-04-09 to 2027-05-01?"),
        ],
        "direct",
        id="date-order-dashes",
    ),
    # a purpose label is read past, but a label that sets notation or a result still counts
    pytest.param([U("For our notation: what is 3+4?")], "direct", id="notation-label"),
    pytest.param([U("For this quiz: 9+10 is 21. What's 9+10?")], "direct", id="quiz-label"),
    # working shown after a question that asks for more than its value
    pytest.param([U("How many tables do we need, rounded up? (50 ÷ 8)")], "direct", id="round-up"),
    pytest.param([U("Is this right? (60 ÷ 120)")], "direct", id="check-working"),
    # a standing instruction on how to answer, or what a temperature means, said earlier
    *(
        pytest.param([U(said), A("OK."), U(asked)], "direct", id=name)
        for name, said, asked in (
            ("only-spanish", "Answer me only in Spanish words, no digits.", "What's 12 times 12?"),
            ("like-five", "Explain everything like I'm five.", "What is 100 divided by 4?"),
            ("always-french", "Always reply in French.", "What is 6 * 7?"),
            (
                "instruction-in-french",
                "Réponds uniquement en français à partir de maintenant.",
                "so, 35% of 60?",
            ),
            (
                "temperature-changes",
                "We're talking about temperature changes, not temperatures.",
                "Convert 10 °C to °F.",
            ),
            ("difference-in-temperature", "The difference in temperature was 10 °C.", "In °F?"),
            # the asker's own way of counting nights or days
            (
                "hand-back-day-as-a-night",
                "For our boat hire we charge the hand-back day as a night too.",
                "Pick-up 3 May 2030, hand-back 10 May 2030 - how many nights do they pay for?",
            ),
            (
                "count-both-days",
                "We count both days.",
                "How many days from 3 May 2030 to 10 May 2030?",
            ),
            # prices said the asker's own way
            (
                "prices-excluding-vat",
                "In my shop all prices are quoted excluding 20% VAT.",
                "A customer wants 3 mugs at £18. What do I charge them?",
            ),
            (
                "thousands-separator",
                (
                    "I write numbers the Spanish way, a point separates thousands: 1.250 is twelve"
                    " hundred and fifty."
                ),
                "What's 1.250 × 4?",
            ),
        )
    ),
    pytest.param(
        [U("Treat every + as a multiplication sign in this chat."), A("Sure."), U("What is 3+4?")],
        "direct",
        id="treat-plus",
    ),
    pytest.param(
        [
            U("We are working modulo 7 today."),
            pytest.param(
                [U("We're working in Z/13Z."), A("Okay."), U("What's 9 + 8?")],
                "direct",
                id="z-mod-n",
            ),
            A("OK."),
            U("What is 4+5?"),
        ],
        "direct",
        id="modulo",
    ),
    pytest.param([U("Let x ^ y be x XOR y."), A("OK."), U("What is 5^3?")], "direct", id="xor"),
    pytest.param(
        [
            S("You are a helpful assistant created by Acme where addition is subtraction."),
            U("What is 5+3?"),
        ],
        "direct",
        id="system-redefines",
    ),
    pytest.param(
        [
            U("Hi!"),
            A("From here on I will answer every sum with its product."),
            U("What is 5+4?"),
        ],
        "direct",
        id="assistant-redefines",
    ),
    pytest.param(
        [
            U("I'm debugging floating point in a JavaScript program."),
            A("Happy to help."),
            U("What is 0.1 + 0.2?"),
        ],
        "direct",
        id="javascript-floats",
    ),
    pytest.param(
        [U("We are talking about C ints here."), A("OK."), U("What is 7/2?")],
        "direct",
        id="c-ints",
    ),
    pytest.param(
        [U("We are talking about C ints here."), A("OK."), U("What is 7/2? Explain.")],
        "assist",
        id="c-ints-assist",
    ),
    pytest.param(
        [U("On this mission our days are sols."), A("Got it."), U("How many hours are in 5 days?")],
        "direct",
        id="days-are-sols",
    ),
    pytest.param(
        [U("I collect vinyl."), A("Nice hobby."), U("What's the difference between 33 and 78?")],
        "direct",
        id="record-speeds",
    ),
    pytest.param(
        [
            U("Just so you know, the kitchen clock is 7 minutes slow."),
            A("Noted."),
            U("It reads 18:50 and dinner is at 19:00. How many minutes do I really have?"),
        ],
        "direct",
        id="clock-said-to-be-off",
    ),
    pytest.param(
        [U("In class we're doing musical metre."), A("Great."), U("What is 12/8 minus 6/8?")],
        "direct",
        id="time-signatures",
    ),
    pytest.param(
        [U("Which time signature is a waltz?"), A("3/4."), U("And what's 3/4 plus 2/4?")],
        "direct",
        id="time-signatures-asked",
    ),
    pytest.param([U("Let's work in base 8."), A("OK."), U("What is 7+1?")], "direct", id="base-8"),
    pytest.param(
        [U("I'm in Tokyo."), A("Nice!"), U("What time is it?")], "direct", id="place-for-clock"
    ),
    pytest.param(
        [U("Set the calculator to radians."), A("Done."), U("What is 2+2?")],
        "direct",
        id="radians-mode",
    ),
    pytest.param(
        [
            U("I want results laid out as a markdown table, value and unit in separate columns."),
            A("OK."),
            U("Turn 17 miles into kilometres."),
        ],
        "direct",
        id="layout-set-earlier",
    ),
    # set 88: an earlier turn says which day a count of days starts from
    pytest.param(
        [
            U("In our office, 'N days after' counts the issue date itself as day 1."),
            A("Understood."),
            U("What's 30 days after 12 March 2029?"),
        ],
        "direct",
        id="day-one-counting",
    ),
    # the three routed negatives of the held-out set (tests/data/router_heldout)
    pytest.param(
        [U("All my angles are in degrees, never radians."), A("Sure."), U("What is sin(30)?")],
        "direct",
        id="angle-units",
    ),
    pytest.param(
        [
            U("The numbers I paste use a period as the thousands separator."),
            A("Got it."),
            U("What's 1.500 + 2.250?"),
        ],
        "direct",
        id="thousands-separator",
    ),
    pytest.param(
        [
            U("Role-play: you are a 6-year-old who often gets sums wrong. Stay in character."),
            A("Okay!"),
            U("what's 7 times 8?"),
        ],
        "direct",
        id="role-play",
    ),
    # the three routed negatives of the third held-out set: a unit given a size of its own
    pytest.param(
        [
            U("In my fantasy novel a day on Kethra lasts 20 hours."),
            A("Nice!"),
            U("How many hours are in 3 days?"),
        ],
        "direct",
        id="fiction-day",
    ),
    pytest.param(
        [U("On planet Zorg a year has 400 days."), A("Cool."), U("How many days are in 2 years?")],
        "direct",
        id="fiction-year",
    ),
    pytest.param(
        [U("This recipe uses metric cups (250 ml)."), A("Noted."), U("How many ml in 3 cups?")],
        "direct",
        id="metric-cups",
    ),
    # routed negatives of the fourth held-out set
    pytest.param([U("What is 0^0?")], "direct", id="zero-to-the-zero"),
    pytest.param([U("Compute sin(30)")], "direct", id="degrees-or-radians"),
    pytest.param(
        [U("Base 5 only."), A("OK, base 5."), U("What is 4 × 4?")], "direct", id="base-5-only"
    ),
    pytest.param(
        [U("At our bakery a 'cup' is 250 mL."), A("Noted."), U("How many mL in 2 cups?")],
        "direct",
        id="quoted-cup",
    ),
    pytest.param(
        [
            U("In our macrame workshop a 'knot' is one finished knot, about 4 minutes' work."),
            A("Got it - a knot is a unit of work there, not of speed."),
            U("What's 9 knots in km/h?"),
        ],
        "direct",
        id="quoted-knot",
    ),
    pytest.param(
        [
            U("Our product codes look like 120-45, customer type then region."),
            A("Got it: customer type 120, region 45."),
            U("So what's 120-45?"),
        ],
        "direct",
        id="code-form-said",
    ),
    pytest.param(
        [
            U("For my novel I want the nautical league, three nautical miles."),
            A("Okay, one league = 3 nautical miles."),
            U("How far is 20,000 leagues in km?"),
        ],
        "direct",
        id="league-given-a-size",
    ),
    pytest.param(
        [
            U("I'm sorting parcels by their bay codes."),
            A("Happy to help with the bay codes."),
            U("What is 12-7?"),
        ],
        "direct",
        id="bay-code-glued",
    ),
    pytest.param(  # (set 179: hours written with minutes after the point, told earlier)
        [
            U("my timesheet writes 7.30 for seven and a half hours"),
            A("So the part after the point is minutes."),
            U("so 7.30 + 8.45 + 6.50 comes to"),
        ],
        "direct",
        id="timesheet-point-minutes",
    ),
    pytest.param(
        [A("So the part after the point is minutes."), U("so 7.30 + 8.45 + 6.50 comes to")],
        "direct",
        id="timesheet-point-minutes-assistant",
    ),
    pytest.param(  # (set 175: an average taken another way, told earlier)
        [
            U("our teacher drops each student's lowest test mark before working out the average"),
            A("That's a common policy; only your best marks count."),
            U("my marks are 62, 75, 48 and 90, what's my average"),
        ],
        "direct",
        id="average-drops-the-lowest",
    ),
    pytest.param(  # (set 148: three numbers glued, and a spoken "then")
        [
            U("I'm labelling the storeroom with aisle-shelf-bin codes like 4-12-3."),
            A("A clear scheme. Aisle first, then shelf, then bin."),
            U("What is 7-2-5 then?"),
        ],
        "direct",
        id="bin-code-glued-run",
    ),
    pytest.param(
        [
            U("For this exercise a 'stone' is 10 lb, not 14."),
            A("OK."),
            U("how many pounds are 3 stone?"),
        ],
        "direct",
        id="quoted-stone",
    ),
    pytest.param(
        [
            U("On the Mars base we count in sols of 24 h 39 min 35 s and call them days."),
            A("Understood."),
            U("How many hours is 10 days?"),
        ],
        "direct",
        id="sols-called-days",
    ),
    # routed negatives of the fifth held-out set
    pytest.param(
        [U("My British recipe says 1 pint of milk; how many ml is that?")],
        "direct",
        id="british-pint",
    ),
    pytest.param([U("How much is 1.000 + 2.000?")], "direct", id="dot-thousands"),
    pytest.param([U("What is 36-24-36?")], "direct", id="measurements-idiom"),
    pytest.param(
        [
            U("Quiz me, but never tell me the answers — only hints."),
            A("Deal."),
            U("What is 17 × 23?"),
        ],
        "direct",
        id="quiz-me",
    ),
    *(
        pytest.param([U(f"What does this print: {code}")], "direct", id=name)
        for name, code in MACHINE_DEPENDENT_CODE.items()
    ),
    # routed negatives of the sixth held-out set (2026-12-09)
    pytest.param([U("What's 12/3 ÷ 2/4?")], "direct", id="slash-and-obelus"),
    pytest.param(
        [U("How many kilobytes are in a megabyte?")], "direct", id="kilobytes-1000-or-1024"
    ),
    pytest.param([U("How many bytes are in 64 KB?")], "direct", id="kb-1000-or-1024"),
    pytest.param([U("How many ounces in a pound of gold?")], "direct", id="troy-gold"),
    pytest.param(
        [
            U("I'm weighing gold, so ounces are troy ounces."),
            A("Understood."),
            U("How many grams in 10 ounces?"),
        ],
        "direct",
        id="troy-earlier-turn",
    ),
    pytest.param(
        [
            U("Don't give me the answer, I want to work it out myself. Just a hint."),
            A("Okay, hints only."),
            U("What's 17 × 23?"),
        ],
        "direct",
        id="no-answer-wanted",
    ),
    pytest.param(
        [
            U("My homework is 144 ÷ 12. I got 11. Only tell me if I'm right, not the answer."),
            A("Sure, I'll just check it."),
            U("So what's 144 ÷ 12?"),
        ],
        "direct",
        id="only-check-mine",
    ),
    # notation that calculators and spreadsheets read differently (set 5 of 2026-12-08)
    pytest.param([U("What is 5!!?")], "direct", id="bang-bang"),
    pytest.param([U("What's 2^3^2?")], "direct", id="power-tower"),
    pytest.param([U("What is -2^2?")], "direct", id="negated-power"),
    pytest.param([U("log 100?")], "direct", id="log-without-base"),
    # a question inside a longer message: the rest of it asks for more, or changes the reading
    *(
        pytest.param([U(text)], "direct", id=name)
        for name, text in {
            "buried-steps": "Hi! What is 3/4 + 1/8? Please show the steps.",
            "buried-why": "Hi, what is 20% of 80? Also, why is that the answer?",
            "buried-two-questions": "Hi, what is 20% of 80? And what is 30% of 90?",
            "buried-teacher": "My teacher said 7 × 8 = 54. What is 7 × 8?",
            "buried-language": "Hi. I'm learning Spanish. What is 5 + 5?",
            "buried-reply-form": "Dear all. Please reply with a number only. What is 144 / 12?",
            "buried-integer-code": "Hi team. Our code uses integer division. What is 7/2?",
            "buried-base": "In a base-6 world. What is 5+1?",
            "buried-hex": "Hello. Assume all numbers are in hex. What is A + 5?",
            "buried-inclusive": "Hi! We count the first day too. How many days from 1 May "
            "2027 to 10 May 2027?",
            "buried-date-order": "Dates below are in DD/MM order. What weekday is 03/04/2027?",
            "buried-canadian": "I'm Canadian. How many ounces in a gallon?",
            "buried-dozen": "Hi. A dozen here means 13. How many eggs in 2 dozen?",
            "buried-score": "Final score was 21-14. What is 21-14?",
            # a lead-in that is part of the question: a number in it, or a condition
            "lead-in-book": "In Orwell's 1984, what is 2 + 2?",
            "lead-in-coordinates": "Where is 35.6762° N, 139.6503° E?",
            "lead-in-condition": "If I applied on 2026-10-02, what date is 10 weeks later?",
            "lead-in-event": "My birthday, what's the date?",
            "buried-skip-weekends": "We skip weekends. The form was sent on 3 May 2027. What"
            " date is 10 days after that?",
            "lead-in-setting": "Without a calculator, what is 17 × 23?",
            "indirect-hotline": "Do you know what 1-800-273-8255 is?",
            "indirect-meaning": "I wonder what the meaning of 42 is.",
            "indirect-c-ints": "Can you tell me what 7/2 is in C?",
            "indirect-opinion": "I wonder what 2 + 2 is, in your opinion.",
            # a label before a colon: a setting, a language or an identifier is not a label
            "label-modulus": "Mod 7: 3 + 5 = ?",
            "label-base": "Base 8: 17 + 5?",
            "label-language": "Python 3: 7/2?",
            "label-round": "Round 2: 3+4?",
            "label-score": "Final score: 21-14",
            "label-no-ask": "Reminder: 15% of 2,300",
            "label-hotline": "Need help: 1-800-273-8255",
            "label-isbn": "please help: 978-0-306-40615-7",
            "label-ages": "Ages: 12, 14 and 16?",
            "label-phone": "My phone: 555-123-4567?",
            "apology-wrong": "Sorry if this is wrong, but what's 2+2?",
            "bold-score": "**Score** 21-14",
            "problem-label-score": "Problem: 21-14",
            "calculate-in-passing": "I tried to calculate 5 + 3 yesterday.",
            "evaluate-reviews": "Evaluate the following movie reviews on a scale of 1 to 5.",
            "round-said-alone": "How many yards is 70 m? Round.",
            "round-asked-first": "Please round to 2 dp. How many yards is 70 m?",
            "rate-beside": "Tomato feed is 15 ml per 5 litres of water. So how many ml is 12"
            " litres?",
            # a correction after the question that fits no one part of it (corrections that
            # do are made first: tests/router/test_corrections.py)
            "correction-unfitted": "Can you do 96 × 14? wait no, make it the other one",
            "total-of-a-score": "Score was 21-14. What's the total?",
            "total-of-mixed-units": "I ran 5 km and 3 miles. What's the total?",
            # a question that adds to what came before: the rest's numbers may be in the sum
            "total-of-two-sentences": "Boat dives are €42 each and I'm booked on 6 of them. Tank"
            " hire is another €18 a day for 3 days. What's the total?",
            "another-beside": "The deposit was $120. Then it's another $35 a night for 4 nights."
            " How much is that?",
            # what the answer is for may change its reading; a second request needs the model
            "purpose-recipe": "Convert 2 cups to ml for a British recipe.",
            "purpose-language": "What is 7/2 for a C program?",
            "purpose-base": "What is 3 + 4 for the base 8 exercise?",
            "purpose-rule": "Please convert 450 kPa to bar for the test where 1 bar is 50 kPa.",
            "request-and-more": "Re: budget. Please calculate 12% of 5,000. Also book the room.",
            "request-then-explain": "Please convert 5 km to miles. Then explain how you did it.",
            # a quoted question with more said after it than a request for its answer
            "quoted-then-doubt": (
                "My teacher said 'what is 17 times 23' but I think it is a trick. What's the answer?"
            ),
            "quoted-then-place": 'He wrote "what is 12 squared" on the board. Can you solve it?',
            "working-out-how": "What's 50 × 1.5? I'm working out how to show the steps.",
            "reported-then-more": (
                "She asked how many days there are from 5 April 2027 to 5 April 2028 but I said"
                " ask mum. What's the answer?"
            ),
            # a wanted question that points back into a longer story, or at nothing
            "wanted-in-a-longer-story": (
                "I ran 5 miles on Monday. Then 3 km today and my friend wants to know what that is"
                " in miles."
            ),
            "wanted-pointing-nowhere": "My friend wants to know what it is.",
            # the answer asked in another form in a sentence of its own, read whole by a tool
            "answer-in-french-beside": (
                "Answer in French. What date is 8 weeks after 14 January 2028?"
            ),
            "answer-in-spanish-after": (
                "What date is 8 weeks after 14 January 2028? Please answer in Spanish."
            ),
            "answer-in-words-beside": (
                "Give the answer in words. What date is 8 weeks after 14 January 2028?"
            ),
            # a terse question with no story to total, or a story of one number said in passing
            "terse-total-alone": "Total?",
            "terse-total-one-score": "I scored 5 in the quiz. Total?",
            # a terse total of a part, or of another day
            "terse-total-to-pay-for-some": (
                "186 pages at £2.90 a page, plus a £35 fee. Total to pay for the kids?"
            ),
            "terse-total-due-another-day": (
                "186 pages at £2.90 a page, plus a £35 fee. Total due tomorrow?"
            ),
            # the total before a tax the story adds: the tax is said, the terse question is not
            "terse-total-before-a-tax-told": (
                "12 shackles @ $14.75 and 4 swivels @ $62.40, plus tax at 8%. total before tax?"
            ),
            "for-a-quiz": (
                "It's for a quiz. How many Tuesdays are there from 1 October 2030 to 31 December"
                " 2030, including both those dates?"
            ),
            "wanted-in-a-unit-of-two": (
                "The room is 4.5 m long and 3 m wide. My builder needs it in feet - what is it?"
            ),
            "wanted-in-a-unit-longer-story": (
                "I ran 5 miles on Monday. Then 3 km today. My friend wants it in miles - what is it?"
            ),
            "reported-needs-facts": (
                "My pupil asked what the speed limit is on motorways. What should I tell her?"
            ),
            "part-of-the-told-time": (
                "The recording ran 2.75 hours and the slot is 2 hours. How many minutes do I have"
                " to edit?"
            ),
            # a length up to a date, counted from the story's date rather than from today
            "until-after-a-told-date": (
                "I started my diet on 3 January 2027. How many days until 1 April 2027?"
            ),
            # a holiday whose custom may differ from the calendar's rule
            "orthodox-easter-told-beside": (
                "Orthodox Easter 2027 is on 2 May. What date is 10 days after Easter 2027?"
            ),
            "thanksgiving-in-canada-story": (
                "Thanksgiving 2027 in Canada is the start; the event is 3 weeks later. What date is"
                " the event?"
            ),
            # a share or a rate asked in a word or two, not the sum of the story's prices
            "terse-average-cost": "5 mugs at £4 and 3 jugs at £9. Average cost?",
            # a tax asked with the total whose rate the story does not say (answered 57 before)
            "terse-total-with-vat-untold": "5 mugs at £4 and 3 jugs at £9. Total with VAT?",
            "terse-total-including-vat-untold": "5 mugs at £4 and 3 jugs at £9. Total including VAT?",
            "terse-unit-cost": "5 mugs at £4 and 3 jugs at £9. Unit cost?",
            "terse-cost-per-thing": "5 mugs at £4 and 3 jugs at £9. Cost per item?",
            "terse-daily-total": "5 mugs at £4 and 3 jugs at £9. Daily total?",
            "terse-net-income": "12 lessons at £30 and 4 lessons at £45. Net income?",
        }.items()
    ),
]


@pytest.mark.parametrize("messages, mode", LEAVE_TO_MODEL)
def test_the_model_answers(messages: list, mode: str) -> None:
    decide = route if mode == "direct" else route_assist
    assert decide(messages, CTX) is None


def answer(messages: list, ctx: ToolContext = CTX) -> str:
    decision = route(messages, ctx)
    assert decision is not None, "no tool took the request"
    result = TOOLS[decision.tool].run(decision.call, ctx)
    assert result.ok, result.error
    return result.output


# (conversation, clock, pieces the answer must contain, pieces it must not)
ANSWERS = [
    pytest.param([U("What is 2 cubed squared?")], None, ["= 64"], ["512"], id="cubed-squared"),
    pytest.param(
        [U("What is the double factorial of 5?")], None, ["5!! = 15"], [], id="double-factorial"
    ),
    pytest.param(
        [U("What is round(pi, 70)?")],
        None,
        ["= 3.1415926535897932384626433832795028841971693993751058209749445923078164"],
        [],
        id="round-70",
    ),
    pytest.param(
        [U("How many Calories in 100 kJ?")], None, ["23.9006 kcal (food Calorie)"], [], id="Cal"
    ),
    pytest.param(
        [U("How many ft in a fathom?")], None, ["1 fathom = 6 ft"], ["6.00001"], id="fathom"
    ),
    pytest.param(  # lowercase: food labels mean kcal, physics books the small calorie
        [U("How many calories are in 1 kJ?")],
        None,
        [
            "food Calorie (kcal): 1 kJ ≈ 0.239006 calorie",
            "small calorie (cal): 1 kJ ≈ 239.006 calorie",
        ],
        [],
        id="calories",
    ),
    pytest.param(
        [U("How many kilojoules is 250 calories?")],
        None,
        [
            "food Calorie (kcal): 250 calorie = 1046 kJ",
            "small calorie (cal): 250 calorie = 1.046 kJ",
        ],
        [],
        id="calories-to-kj",
    ),
    pytest.param(
        [U("How many miles is 10 leagues?")],
        None,
        ["league (land league) = 30 mi"],
        [],
        id="league",
    ),
    pytest.param(
        [U("My British recipe needs 5 imperial gallons; how many litres is that?")],
        None,
        ["5 imp gal = 22.73045 L"],
        [],
        id="imperial-said",
    ),
    pytest.param(
        [U("How many kg in a ton?")],
        None,
        [
            "US short ton: 1 ton = 907.18474 kg",
            "UK long ton: 1 ton = 1016.0469088 kg",
            "metric ton: 1 ton = 1000 kg",
        ],
        [],
        id="ton",
    ),
    pytest.param(
        [U("How many liters in a barrel?")],
        None,
        [
            "oil barrel (42 US gal): 1 bbl = 158.987294928 L",
            "US fluid barrel (31.5 US gal): 1 bbl = 119.240471196 L",
            "UK barrel (36 imperial gal): 1 bbl = 163.65924 L",
        ],
        [],
        id="barrel",
    ),
    pytest.param(
        [U("How many days in a month?")],
        None,
        ["28-day month: 1 month = 28 d", "31-day month: 1 month = 31 d", "= 30.436875 d"],
        [],
        id="month",
    ),
    pytest.param(
        [U("What time will it be in 1 hour in New York?")],
        at(2024, 11, 3, 6, 15),
        ["01:15 EST + 1 hour = 02:15 EST"],
        [],
        id="dst-fall-back-new-york",
    ),
    pytest.param(
        [U("What time was it 1 hour ago in London?")],
        at(2024, 10, 27, 1, 30),
        ["01:30 GMT - 1 hour = 01:30 BST"],
        ["00:30"],
        id="dst-fall-back-london",
    ),
    pytest.param(
        [U("What day of the week was October 10, 1582?")],
        None,
        ["does not exist in the Gregorian calendar", "Wednesday"],
        ["Sunday"],
        id="gregorian-gap",
    ),
]


@pytest.mark.parametrize("messages, ctx, wanted, wrong", ANSWERS)
def test_the_tool_answers_correctly(messages, ctx, wanted, wrong) -> None:
    out = answer(messages, ctx or CTX)
    for piece in wanted:
        assert piece in out, out
    for piece in wrong:
        assert piece not in out, out


@needs_linux_root
def test_exit_stops_the_program_as_it_does_at_home() -> None:
    assert answer([U("What does this print: print('a'); exit(); print('b')")]) == "a"


# Look-alikes of the rows above that are ordinary exact questions and must still be answered.
STILL_ANSWERED = [
    # an ISO date and time is no code glued by dashes, even after a turn about codes
    pytest.param(
        [
            U("I'm sorting parcels by their bay codes."),
            A("Happy to help with the bay codes."),
            U("What date is 10 days after 2878-12-01T13:45:44?"),
        ],
        "= 2878-12-11T13:45:44",
        id="iso-datetime-after-codes",
    ),
    # a weight and a rate per kilogram of it: the calculator's product, not the weight in mg
    # (the units tool once read 18.4 kg as asked in mg, and the two tools' clash left it)
    pytest.param(
        [U("child is 18.4 kg, paracetamol at 15 mg/kg, how many mg")],
        "18.4 × 15 = 276",
        id="rate-per-kilogram-of-a-weight",
    ),
    # a total asked after earlier turns with no figures in them
    pytest.param(
        [
            U("Morning! Quick one about my timesheet."),
            A("Sure, go ahead."),
            U("I worked 14:15 till 18:00, so how long did I work in total?"),
        ],
        "3.75 hours",
        id="total-after-turns-without-figures",
    ),
    pytest.param(
        [
            U("We're budgeting the whole trip in euros."),
            A("Got it."),
            U("How much is 3 nights at 180 euros a night?"),
        ],
        "= 540",
        id="currency-set-earlier-the-same",
    ),
    pytest.param([U("What is 16-3-4?")], "= 9", id="subtraction-chain"),
    pytest.param([U("1000-450-300 =")], "= 250", id="long-chain"),
    pytest.param([U("What is 2024-2019?")], "= 5", id="year-difference"),
    pytest.param([U("Compute 23786-17509")], "= 6277", id="five-digit-difference"),
    pytest.param([U("What is 5-0?")], "= 5", id="minus-zero"),
    pytest.param(
        [S("You are a helpful assistant created by Acme Corp."), U("What is 5+3?")],
        "= 8",
        id="generic-system-with-maker",
    ),
    pytest.param(
        [U("Hi there"), A("Hello! How can I help?"), U("What is 6 times 7?")],
        "= 42",
        id="small-talk-history",
    ),
    pytest.param([U("What is 3 squared plus 4 squared?")], "= 25", id="power-words"),
    pytest.param([U("How many feet in a mile?")], "= 5280 ft", id="exact-length"),
    pytest.param([U("How many months in a year?")], "= 12 month", id="calendar-ratio"),
    # asked indirectly: the lead-in goes and the embedded clause is put in question order
    *(
        pytest.param([U(text)], wanted, id=f"indirect-{wanted}")
        for text, wanted in [
            ("Does anyone know what 15% of 240 is?", "= 36"),
            ("I wonder what 17 times 23 is.", "= 391"),
            ("I'd like to know what 250 km is in miles.", "155.343 mi"),
            ("no idea what 5 km is in miles", "3.10686 mi"),
            ("anyone know how many feet are in 3 meters?", "9.84252 ft"),
            ("Do you know what day of the week 4 July 2027 is?", "Sunday"),
            ("I want to know what is 45 times 12.", "= 540"),
            # a voice assistant's transcript starts with its wake word
            ("hey google what's twelve percent of eighty five", "= 10.2"),
            ("alexa how many cups in a liter", "4.22675 US cup"),
        ]
    ),
    # one question inside an e-mail or chat message, the rest greetings and news
    pytest.param(
        [
            U(
                "Hi Marta,\n\nThanks for the venue options. Quick one before our next call: what is "
                "2,340 divided by 18? That's the per-head budget.\n\nTalk soon,\nJon"
            )
        ],
        "= 130",
        id="buried-email",
    ),
    pytest.param(
        [
            U(
                "Dear Mr. Okafor, further to our meeting on Monday, could you tell me the total "
                "of 1,275.50 plus 389.25? Kind regards, L. Brandt"
            )
        ],
        "= 1664.75",
        id="buried-after-lead-in",
    ),
    pytest.param(
        [
            U(
                "hey! hope the move went ok, random thing, what's 7.5% of 18,400? it's for the "
                "deposit. anyway let me know about saturday x"
            )
        ],
        "= 1380",
        id="buried-chat",
    ),
    pytest.param(
        [U("Morning! Random question: how many km is 26.2 miles? Training for the marathon.")],
        "= 42.1648128 km",
        id="buried-units",
    ),
    pytest.param(
        [U("Hi Priya,\nDate: 17 March 2027. What weekday is that?\nThanks,\nTom")],
        "Wednesday",
        id="buried-two-sentences",
    ),
    pytest.param([U("quick maths pls: 17% of 2,300")], "= 391", id="label-asks-no-mark"),
    pytest.param([U("Math homework: square root of 1,444 = ?")], "= 38", id="label-then-words"),
    pytest.param(
        [U("Sorry if this is a silly question, but what's 0.15 times 420?")],
        "= 63",
        id="apology-but",
    ),
    pytest.param([U("wuts 12.5% of 640")], "= 80", id="wuts"),
    pytest.param(
        [U("revising for my maths mock - mean of 14, 17, 21, 9 and 24?")], "= 17", id="dash-mean"
    ),
    pytest.param(
        [U("📅 what's the date 100 days after 1 Feb 2027?")], "Wednesday, May 12, 2027", id="emoji"
    ),
    pytest.param(
        [
            U(
                "sorry, kids are screaming in the background 🙈 how many days from 10 Dec 2027 to 25 Dec 2027?"
            )
        ],
        ": 15 days",
        id="emoji-between-sentences",
    ),
    pytest.param([U("**Quick one** 🙏 what's 12.5% of 3,480?")], "= 435", id="bold-label"),
    pytest.param([U("Kid's homework question: 1000 − 386 + 49")], "= 663", id="homework-label"),
    pytest.param(
        [U("Past paper Q7: find the percentage increase from 250 to 315.")], "= 26", id="find"
    ),
    pytest.param(
        [U("hw many days btwn 3/15/2027 and 4/20/2027")], ": 36 days", id="text-shorthand"
    ),
    pytest.param(
        [U("Invoice check: 37.5 hours at €64 an hour. What's the total?")],
        "37.5 × 64 = 2400",
        id="label-then-the-total",
    ),
    pytest.param(
        [U("Re: lab report. Please convert 450 kPa to bar for table 2.")],
        "450 kPa = 4.5 bar",
        id="request-with-purpose",
    ),
    pytest.param(
        [
            U(
                "Hi Tomas,\n\nthe carrier lists the shipment at 1,250 lb. What is that in "
                "kilograms, for the customs form?\n\nThanks,\nInes"
            )
        ],
        "1250 lb = 566.9904625 kg",
        id="buried-stated-quantity-with-purpose",
    ),
    pytest.param(
        [U("Budget sheet row 7: 4 × 129.99 + 2 × 49.50 = ?")], "= 618.96", id="label-numbered"
    ),
    pytest.param(
        [
            U(
                "Car tax runs out on 31 March 2028. How many days is it from 1 January 2028 to 31"
                " March 2028?"
            )
        ],
        ": 90 days",
        id="dummy-it-with-its-own-dates",
    ),
    pytest.param(
        [U("anyone know 72 inches in cm? :straight_ruler:")], "72 in = 182.88 cm", id="anyone-know"
    ),
    pytest.param([U("Could you convert 5 miles to km for me?")], "5 mi = 8.04672 km", id="for-me"),
    pytest.param([U("whats 3 point 5 times 260")], "3.5 × 260 = 910", id="digit-point-digit"),
    pytest.param([U("1,750 split 14 ways")], "1750 ÷ 14 = 125", id="split-n-ways"),
    pytest.param(
        [U("The pattern calls for 3.5 yards of silk. How many metres should I buy?")],
        "3.5 yd = 3.2004 m",
        id="stated-then-should-i-buy",
    ),
    pytest.param(
        [U("guys what day of the week is 31 december 2027")],
        "December 31, 2027 is a Friday",
        id="vocative-guys",
    ),
    pytest.param(
        [U("parkrun is 5 km how many miles is that")], "5 km ≈ 3.10686 mi", id="run-on-stated"
    ),
    # a sum written out in full after a lead-in with numbers, or shown as working after a question
    pytest.param(
        [
            U(
                "Scrabble tally: my letters add up to 1+4+1+1+3 and it's on a triple word, so"
                " what's (1+4+1+1+3)×3?"
            )
        ],
        "(1 + 4 + 1 + 1 + 3) × 3 = 30",
        id="written-out-after-lead",
    ),
    pytest.param(
        [U("pro rata: staff get 28 days leave and I'm on 0.6 FTE, so 28 x 0.6 = ?")],
        "28 × 0.6 = 16.8",
        id="written-out-equals",
    ),
    pytest.param(
        [U("If a 12 kg sack is fed at 240 g a day, how many days does it last? (12,000 ÷ 240)")],
        "12000 ÷ 240 = 50",
        id="working-shown",
    ),
    pytest.param(
        [U("Darts: I've scored 140, 100 and 85 so far. 501 − 140 − 100 − 85 leaves what?")],
        "501 − 140 − 100 − 85 = 176",
        id="leaves-what",
    ),
    pytest.param(
        # an angle said as a quantity sets no angle mode (only "in degrees", "radians mode" do)
        [U("Tower gave the surface wind as 240 degrees at 18 knots. What's 18 knots in km/h?")],
        "18 kn (international) = 33.336 km/h",
        id="degrees-as-a-quantity",
    ),
    pytest.param(
        [U("lads the lake was 57 degrees fahrenheit this morning what's that in celsius")],
        "57 °F ≈ 13.8889 °C",
        id="run-on-whats-that-in",
    ),
    pytest.param(
        [
            U(
                "Morning! Bit of a random one — our tyre gauge reads 32 psi. What is that in kPa?"
                " Cheers, Dev"
            )
        ],
        "32 psi ≈ 220.632 kPa",
        id="dash-lead-in-and-sign-off",
    ),
    pytest.param(
        [
            U(
                "Hello! Our book club meets on the first Tuesday of every month. What date is the"
                " February 2029 meeting? Thanks, Priya"
            )
        ],
        "It is Tuesday, February 6, 2029.",
        id="sign-off-after-question",
    ),
    pytest.param(
        [U("sprint review is 3 weeks after Wed 10 Nov 2027, what date is that :calendar:")],
        "= Wednesday, December 1, 2027",
        id="shortcode-and-no-question-mark",
    ),
    pytest.param([U(":thinking_face: what's 2,760 / 23 again")], "= 120", id="shortcode-lead"),
    pytest.param(
        [U("What's 50 × 1.5? Working out the full-frame equivalent of my 50mm on a crop body.")],
        "= 75",
        id="working-out-what-for",
    ),
    pytest.param(
        [
            U(
                "Daughter's baking homework asks 'how many grams are in two and a half kilograms'."
                " What's the answer?"
            )
        ],
        "2.5 kg = 2500 g",
        id="quoted-question-answer-asked",
    ),
    pytest.param(
        [
            U(
                "My daughter's homework asks how many days there are from 5 April 2027 to 5 April"
                " 2028. What's the answer?"
            )
        ],
        ": 366 days",
        id="reported-question-answer-asked",
    ),
    pytest.param(
        [U("My pupil asked what 30 mph is in km/h. What should I tell her?")],
        "30 mph = 48.28032 km/h",
        id="reported-what-it-is-tell-her",
    ),
    pytest.param(
        [
            U(
                "My tank was filled to 232 bar and my American buddy wants to know what that is in psi."
            )
        ],
        "232 bar ≈ 3364.88 psi",
        id="wanted-what-that-is",
    ),
    pytest.param(
        [
            U(
                "I rinse colour out at 38 °C. My trainee from Texas wants it in Fahrenheit - what is it?"
            )
        ],
        "38 °C = 100.4 °F",
        id="wanted-in-a-unit",
    ),
    pytest.param(
        [U("The raw recording ran 2.75 hours. How many minutes do I have to edit?")],
        "2.75 h = 165 min",
        id="told-time-to-edit",
    ),
    pytest.param(  # a round of a game beside the question, not rounding asked for
        [U("We shoot the 70 metre round. How many yards is 70 m?")],
        "70 m ≈ 76.5529 yd",
        id="round-of-a-game",
    ),
    # a question asked in a word or two, said again in full for the tools
    pytest.param(
        [
            U(
                "Our tea room sold 37 cream teas at £8.75 and 22 pots of tea at £3.20 on Saturday."
                " Takings?"
            )
        ],
        "= 394.15",
        id="terse-takings",
    ),
    pytest.param(
        [
            U(
                "A pitch at the caravan park is £27 a night. We're there 11 nights and there's a"
                " one-off £15 booking fee - total?"
            )
        ],
        "= 312",
        id="terse-total-after-dash",
    ),
    pytest.param(
        [
            U(
                "day pass £13.50, shoe hire £4. sold 27 day passes and 11 shoe hires this morning,"
                " total?"
            )
        ],
        "= 408.5",
        id="terse-note-of-a-price-list-and-an-order",
    ),
    pytest.param(
        [
            U(
                "Transcript runs to 186 pages at £2.90 a page, plus the £35 expedite fee. Total to"
                " invoice?"
            )
        ],
        "= 574.4",
        id="terse-total-to-invoice",
    ),
    pytest.param(
        [U("we're ordering 120 new holds at £6.80 each and 15 volumes at £42. order total?")],
        "= 1446",
        id="terse-order-total",
    ),
    pytest.param(
        [U("Hut floor is 12 ft by 9 ft; whats the area in square metres")],
        "= 10.03352832 m²",
        id="typo-without-a-question-mark",
    ),
    pytest.param(
        [
            U(
                "Packed 84 small boxes at £14.50 and 57 large at £22.75 this round. Value of the"
                " round?"
            )
        ],
        "= 2514.75",
        id="terse-value-of-the-round",
    ),
    pytest.param(
        [
            U(
                "The trust sold 1,840 adult tickets at £6.50 and 975 child tickets at £3.25. Total"
                " income?"
            )
        ],
        "= 15128.75",
        id="terse-total-income",
    ),
    pytest.param(
        [
            U(
                "We sold 1,840 adult tickets at £6.50 and 975 child tickets at £3.25. Revenue for"
                " the month?"
            )
        ],
        "= 15128.75",
        id="terse-revenue-for-the-month",
    ),
    pytest.param(
        [U("12 shackles @ $14.75, 4 swivels @ $62.40, 2 span sets @ $185. total before tax?")],
        "= 796.6",
        id="terse-total-before-tax",
    ),
    pytest.param([U("seconds from 13:05:20 to 13:49:05")], ": 2625 seconds", id="terse-seconds"),
    pytest.param(
        [
            U(
                "Pool surround needs 86 mosaic sheets at £11.20 a sheet plus 9 bags of adhesive at"
                " £18.75. Materials total?"
            )
        ],
        "= 1131.95",
        id="terse-materials-total",
    ),
    pytest.param(
        [
            U(
                "got 31 bags out of the last burn, selling at £7.50 a bag, cordwood cost me £86 - margin?"
            )
        ],
        "= 146.5",
        id="terse-margin",
    ),
    pytest.param(
        [
            U(
                "Farm shop sold 1,240 bottles at £4.80 and 310 bag-in-boxes at £26. Stall fees at"
                " the shows were £640. Net takings?"
            )
        ],
        "= 13372",
        id="terse-net-takings",
    ),
    pytest.param(
        [U("what day of the week is 1 March 2033? the new lease on the shop starts then")],
        "Tuesday",
        id="then-as-a-time-after-the-question",
    ),
    pytest.param(
        [
            U(
                "Entry is £3.40 a bird and the levy is £1.15 a bird. I'm basketing 26 birds for the"
                " long-distance race — total cost to me?"
            )
        ],
        "= 118.3",
        id="terse-total-cost-to-me",
    ),
    pytest.param(
        [U("Sold 132 sandwiches at £4.25 each at lunch. Takings from sandwiches?")],
        "= 561",
        id="terse-takings-from",
    ),
    pytest.param(
        [U("3,412 cars at £1.20, 586 vans at £2.40 and 143 HGVs at £6.80. Total tolls taken?")],
        "= 6473.2",
        id="terse-total-things-taken",
    ),
    pytest.param(
        [U("Match fees are £3.50 per player. On fixtures night we had 88 players. Total fees?")],
        "= 308",
        id="terse-total-fees",
    ),
    pytest.param(
        [
            U(
                "Tickets were 88 adults at £9 and 31 children at £4.50. What did we take in ticket sales?"
            )
        ],
        "= 931.5",
        id="terse-take-in-sales",
    ),
    pytest.param(
        [U("Date three weeks before 9 March 2028?")],
        "Thursday, February 17, 2028",
        id="terse-date-word-count",
    ),
    pytest.param(
        [U("Number of days from 5 April 2029 up to 30 June 2029?")],
        "86 days",
        id="terse-number-of-days",
    ),
    pytest.param(
        [U("2 lamps at £45 and a rug at £120, then VAT at 20% on the lot. total please")],
        "= 252",
        id="terse-total-please-unmarked",
    ),
    pytest.param(
        [U("2 lamps at £45 and a rug at £120, plus VAT at 20%. Total including VAT?")],
        "= 252",
        id="terse-total-including-vat",
    ),
    pytest.param(
        [U("Stall on Sunday: 96 crepes @ £5.50, 41 hot chocolates @ £3.20. Till total should be?")],
        "= 659.2",
        id="terse-till-total-should-be",
    ),
    pytest.param(
        [U("Open day: 37 family passes at £15 and 52 single tickets at £6. Total takings?")],
        "= 867",
        id="terse-total-takings",
    ),
    pytest.param(
        [U("Sold 210 programmes at £3 and 64 posters at £7.50. Programme income?")],
        "= 1110",
        id="terse-named-income",
    ),
    pytest.param(
        [U("8 lost locker keys at £20 each, plus 5 new fobs at £11.60. Total to bill to tenants?")],
        "= 218",
        id="terse-total-to-bill-to",
    ),
    pytest.param(
        [U("A jacket costs £64 and is 12.5% off. Sale price?")], "= 56", id="terse-sale-price"
    ),
    pytest.param(
        [U("I'm paid £28 per install. I did 23 installs this week. Pay?")],
        "= 644",
        id="terse-pay",
    ),
    pytest.param(
        [U("Scanning is 6.5p per frame. The client sent 2,400 frames. Cost in pounds?")],
        "= 156",
        id="terse-cost-in-pounds",
    ),
    pytest.param(
        [U("33 of the 40 learners passed the level 1 course. Pass rate as a percentage?")],
        "= 82.5",
        id="terse-pass-rate",
    ),
    pytest.param(
        [
            U(
                "We take waste at £32.50 per cubic metre. Eighteen loads of 28 cubic metres came"
                " in. Income from those loads?"
            )
        ],
        "= 16380",
        id="terse-income-from",
    ),
    pytest.param(
        [
            U(
                "We load 186 economy meals at £4.35 each and 24 business meals at £17.80 each."
                " Meal cost for the flight?"
            )
        ],
        "= 1236.3",
        id="terse-cost-for-the",
    ),
    pytest.param(
        [
            U(
                "Naming and numbering charge: £95 for the first plot and £42 for each further plot."
                " A development has 37 plots. Fee?"
            )
        ],
        "= 1607",
        id="terse-fee",
    ),
    pytest.param(
        [U("Patient born 8 December 1971. Age at the fitting on 15 March 2036?")],
        "64 years old",
        id="terse-age-at",
    ),
    pytest.param(
        [
            U(
                "Each box of eggs needs 18.4 kg of mulberry leaf through to spinning, we're rearing"
                " 35 boxes, and bought-in leaf costs £0.65 per kg. Total leaf bill?"
            )
        ],
        "418.6",
        id="terse-total-named-bill",
    ),
    pytest.param(
        [
            U(
                "Parts for one marimba: 52 rosewood bars at £38.40, 52 resonator tubes at £11.25 and"
                " a frame at £640. Total parts cost?"
            )
        ],
        "3221.8",
        id="terse-labelled-for-one",
    ),
    pytest.param(
        [U("The van went out 30 October 2030 and came back 14 November 2030. Days between?")],
        "15 days",
        id="terse-days-between",
    ),
    pytest.param(
        [U("6 weeks after 28 December 2029 = ?")], "February 8, 2030", id="terse-equals-what"
    ),
    pytest.param(
        [U("Checks are every 17 days, first one on Monday 3 January 2028. Date of the 5th check?")],
        "March 11, 2028",
        id="terse-date-of-the-kth",
    ),
    pytest.param(
        [U("Thesis order: seven copies at £42.50, less a 10% student discount. Bill?")],
        "= 267.75",
        id="terse-bill",
    ),
    pytest.param(
        [
            U(
                "The resurfacer lays down 380 litres of water per flood and we do 11 floods a day."
                " Litres per day?"
            )
        ],
        "= 4180",
        id="terse-unit-per-period",
    ),
    pytest.param(
        [
            U(
                "Van hire is £80 a day plus 30p per mile. We need it 3 days and will do 200 miles. Cost?"
            )
        ],
        "= 300",
        id="terse-cost",
    ),
    pytest.param([U("Minutes from 08:35 to 13:10?")], "275 minutes", id="terse-minutes-from"),
    pytest.param(
        [U("Sold 236 bottles of amber syrup at the breakfast, $18.50 a bottle. Gross takings?")],
        "= 4366",
        id="terse-gross-takings",
    ),
    pytest.param(
        [
            U(
                "Matrix removal is invoiced at €55 per hour and the skull took 37.5 hours. Invoice amount?"
            )
        ],
        "= 2062.5",
        id="terse-invoice-amount",
    ),
    pytest.param(
        [U("Damascus billet costs $7.35 per pound; the blade blank weighs 3.2 lb. Steel cost?")],
        "= 23.52",
        id="terse-thing-cost",
    ),
    pytest.param(
        [
            U(
                "Marble chip runs $0.68 a pound and the job needs 2,350 pounds of it. Cost of the chip?"
            )
        ],
        "= 1598",
        id="terse-cost-of-the-thing",
    ),
    pytest.param(
        [U("Shipping a 22 lb chest of oolong — kilos?")], "= 9.97903214 kg", id="terse-unit-dash"
    ),
    pytest.param([U("minutes from 22:40 to 01:10")], "150 minutes", id="terse-without-mark"),
    pytest.param(
        [U("date 45 days before 20 December 2027")],
        "Friday, November 5, 2027",
        id="terse-date-without-mark",
    ),
    pytest.param(
        [U("Canoe club hired a minibus for $342 and 9 of us are splitting it evenly. Each pays?")],
        "= 38",
        id="terse-each-pays",
    ),
    # a remark after the question that asks for nothing more
    pytest.param(
        [
            U(
                "How many days from 12 December 2027 to 6 January 2028? trying to count down to the"
                " ski trip"
            )
        ],
        "25 days",
        id="count-down-aside",
    ),
    pytest.param(
        [
            U(
                "Guest was born on 29 May 2009 and arrives on 1 April 2027. How old are they on"
                " arrival? (checking they're old enough for the dorms)"
            )
        ],
        "17 years old",
        id="they-points-back",
    ),
    pytest.param(
        [U("how old is someone born 9 Nov 1988 on 30 June 2027")],
        "38 years old",
        id="born-without-on",
    ),
    pytest.param(  # a typing slip mended once nothing claimed the message as typed
        [
            U(
                "The window fitter sells on 7.5% commission. He sold $48,600 of windows in March, so"
                " what's his commision?"
            )
        ],
        "= 3645",
        id="typo-commision",
    ),
    pytest.param([U("Hours between 07:00 and 19:30?")], "12.5 hours", id="terse-hours-between"),
    pytest.param(
        [U("Date 10 weeks after 4 February 2031?")], "April 15, 2031", id="terse-date-after"
    ),
    pytest.param(  # notice given, not an answer asked for
        [
            U(
                "I'm e-mailing my landlord to give notice on 14 January 2028 and the tenancy says 8"
                " weeks' notice. What date is 8 weeks after 14 January 2028?"
            )
        ],
        "= Friday, March 10, 2028",
        id="give-notice-beside",
    ),
    pytest.param(  # a quiz held in a pub, not a question set as a test
        [
            U(
                "Our pub quiz is every Tuesday. How many Tuesdays are there from 1 October 2030 to"
                " 31 December 2030, including both those dates?"
            )
        ],
        "inclusive: 14",
        id="pub-quiz-beside",
    ),
    pytest.param(
        [U("wat day of teh week is 2 feb 2029")], "February 2, 2029 is a Friday.", id="typos-teh"
    ),
    pytest.param(
        [U("what dat is 90 days aftr 3 may 2028")],
        "Wednesday, May 3, 2028 + 90 days = Tuesday, August 1, 2028",
        id="typos-dat-aftr",
    ),
    pytest.param(
        [U("The 7th hole plays 410 yards. How long is it in metres?")],
        "410 yd = 374.904 m",
        id="ordinal-before-quantity",
    ),
    pytest.param(
        [U("The parcel weighs 2.2 kg. How many pounds do I write on the customs form?")],
        "2.2 kg ≈ 4.85017 lb",
        id="write-on-the-form",
    ),
    pytest.param(
        [U("The under-11s pitch is 80 yards long. How many metres is that?")],
        "80 yd = 73.152 m",
        id="number-inside-a-name",
    ),
    pytest.param(
        [U("For the admissions form: the patient says he is 13 stone 4 lb. What's that in kg?")],
        "13 stone + 4 lb = 84.36818082 kg",
        id="purpose-label",
    ),
    pytest.param(
        [U("@channel code freeze starts 2027-12-17 — what weekday is that?")],
        "December 17, 2027 is a Friday",
        id="weekday-of-that-after-dash",
    ),
    pytest.param(
        [U("Road trip starts Tuesday 18 July 2028. What weekday will it be 12 days later?")],
        "= Sunday, July 30, 2028",
        id="weekday-asked-span-later",
    ),
    pytest.param(
        [U("What's this in km/h? The wind gauge on the boat shed is showing 22 knots.")],
        "22 kn (international) = 40.744 km/h",
        id="question-first-facts-after",
    ),
    pytest.param(
        [U("Which day of the week will that be? The party is booked for 11 November 2028.")],
        "is a Saturday",
        id="question-first-date-after",
    ),
    pytest.param(
        [U("Room 12 booking: how many days from 3 May 2027 to 10 May 2027?")],
        ": 7 days",
        id="label-name-number-words",
    ),
    pytest.param(
        [U(r"Simplify to a single number: $\dfrac{3.6 \times 10^{4}}{1.2 \times 10^{2}}$")],
        "= 300",
        id="label-latex",
    ),
    # (set 151) the last sentence a question typed without its question mark
    pytest.param(
        [
            U(
                "my hurdy gurdy in its case weighs 7.8 kg and the coach company lists its luggage"
                " limit in pounds. how many pounds is 7.8 kg"
            )
        ],
        "7.8 kg ≈ 17.1961 lb",
        id="unmarked-last-question",
    ),
    # (set 152) a label with a hyphenated count in it ("a 3-day expo:" keeps its days)
    pytest.param(
        [
            U(
                "Full restring on a 47-string pedal harp: 35 gut strings at $18.40 each and the"
                " other 12 wire strings at $26.75 each. Materials total?"
            )
        ],
        "35 × 18.40 + 12 × 26.75 = 965",
        id="label-hyphenated-count",
    ),
    pytest.param(
        [
            U(
                "LED wall hire for a 3-day expo: 24 panels at £38 per panel per day, a technician"
                " at £280 a day, and £150 delivery. What's the hire total?"
            )
        ],
        "= 3726",
        id="label-days-kept",
    ),
    # (set 154) a terse revenue "for the quarter" of a story told of last quarter; a zone gap
    # of a place of the UK's (Bristol) and a US city
    pytest.param(
        [
            U(
                "The turbine produced 1,845 MWh last quarter and the purchase agreement pays"
                " £52.40 per MWh. Revenue for the quarter?"
            )
        ],
        "= 96678",
        id="terse-revenue-for-the-period-told",
    ),
    pytest.param(
        [
            U(
                "I'm flying at the balloon fiesta in Albuquerque on 9 October 2027. How many hours"
                " ahead of Albuquerque is Bristol on that date?"
            )
        ],
        "Bristol is 7 hours ahead of Albuquerque",
        id="zone-gap-uk-place",
    ),
    # (set 173) "total to send the secretary?"
    pytest.param(
        [
            U(
                "entries for the show: 23 birds at 60p each, my club subs of £12, and 40 closed"
                " rings at 38p each. total to send the secretary?"
            )
        ],
        "23 × 0.6 + 12 + 40 × 0.38 = 41",
        id="total-to-send",
    ),
    # (set 95) the rest of the message asks the same conversion as its last question
    pytest.param(
        [
            U(
                "Column overhead pressure reads 14.5 bar on the DCS; the old field gauge is in psi."
                " Convert 14.5 bar to psi."
            )
        ],
        "14.5 bar ≈ 210.305 psi",
        id="rest-asks-the-same",
    ),
    # (set 173) ", quick" closing the question
    pytest.param([U("what's the square root of 7,056, quick")], "√7056 = 84", id="comma-quick"),
    # (set 164) a spoken "then" closing the question
    pytest.param(
        [U("what's 17.5 percent of £2,340 then")], "17.5% of 2340 = 409.5", id="spoken-then"
    ),
    # (set 157) "for me." at the end of a request
    pytest.param(
        [U("Turn 1,500 yards into metres for me.")], "1500 yd = 1371.6 m", id="for-me-period"
    ),
    # (set 156) "Total takings for the sailing?" (no period)
    pytest.param(
        [
            U(
                "Crossing tally: 212 adults at €16.40, 87 children at €8.20 and 41 cars at €52."
                " Total takings for the sailing?"
            )
        ],
        "= 6322.2",
        id="terse-takings-for-the-event",
    ),
    # (set 153) "Total <whose> revenue?"
    pytest.param(
        [
            U(
                "Tonight's cabin sales: 42 standard cabins at £89 and 17 premium cabins at £135."
                " Total cabin revenue?"
            )
        ],
        "= 6033",
        id="terse-total-whose-revenue",
    ),
]


@pytest.mark.parametrize("messages, wanted", STILL_ANSWERED)
def test_look_alikes_are_still_answered(messages, wanted) -> None:
    assert wanted in answer(messages)


@pytest.mark.parametrize(
    "earlier",
    [
        "For this quiz, 9+10 is 21.",  # a wrong result stated in prose redefines "+"
        "Remember: 2 + 2 = 5 here.",
        "Use clock arithmetic, 12-hour.",
    ],
)
def test_stated_rules_in_prose_leave_arithmetic_to_the_model(earlier: str) -> None:
    assert route([U(earlier), A("Got it!"), U("What is 9+10?")], CTX) is None


def test_a_true_stated_result_keeps_routing() -> None:
    assert "= 19" in answer([U("I know 2+2 is 4."), A("Right!"), U("What is 9+10?")])


def test_a_sentence_with_numbers_before_a_colon_is_not_a_label() -> None:
    text = (
        "A cask holds 49 litres of wine and water in the proportion 5: 2. How much water must be"
        " added to it so that the ratio is 7 : 4?"
    )
    assert [q for q, _ in buried_questions(text) if q.startswith(("2", "4"))] == []
    assert buried_questions("Budget sheet row 7: 4 × 129.99 + 2 × 49.50 = ?")  # a label


def test_a_number_said_as_a_quantity_before_a_colon_is_not_a_label() -> None:
    assert route([U("Budget for 3 people: what's 450 divided by 3?")], CTX) is None
    assert route([U("In 1984 the rules changed: what's 12 times 3?")], CTX) is None


@pytest.mark.parametrize(
    "text",
    [
        "What is that in kg? My suitcase weighs 49 lb but the airline allows 23 kg.",
        "Is that a lot? My suitcase weighs 49 lb.",
        "What's 20% of 80? Round it to the nearest whole number.",
    ],
)
def test_a_question_before_its_facts_needs_one_reading(text: str) -> None:
    assert route([U(text)], CTX) is None
