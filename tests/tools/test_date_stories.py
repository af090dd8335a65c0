"""Dated stories read by their parts (`tools.dates.slots`): told in words no frame lists, they
are answered when their dates, times and spans leave one answer, and left to the model when a
number, a word or a missing part leaves more than one."""

from __future__ import annotations

import datetime as dt

import pytest

from tools import dates
from tools.base import ToolContext
from tools.dates.grammar import parse_dates_request

CTX = ToolContext(now=lambda: dt.datetime(2026, 11, 26, 18, 30, tzinfo=dt.UTC))


def answer(text: str) -> str | None:
    call = dates.parse(text, CTX)
    if call is None:
        return None
    result = dates.run(call, CTX)
    assert result.ok, result.error
    return result.output


# (story, a piece of the answer)
STORIES = [
    # a term that runs from the story's date, and a question for its end
    (
        "Library book borrowed on 29 January 2028 on a 3-week loan. When is it due back?",
        "= Saturday, February 19, 2028",
    ),
    ("invoice date 2028-01-27, terms are 45 days. due date?", "= 2028-03-12"),
    (
        (
            "Last oil change was on 19 August 2027 and the service interval is 180 days. When is"
            " the next one due?"
        ),
        "= Tuesday, February 15, 2028",
    ),
    # the question says the story's span again, from the story's dated event
    (
        (
            "New starter begins on 10 January 2028 with a 26-week probation. What's the date 26"
            " weeks after the start?"
        ),
        "= Monday, July 10, 2028",
    ),
    (
        (
            "Kitchen fitters start on Monday 14 February 2028 and need 45 calendar days. What"
            " date is 45 days after the start?"
        ),
        "= Thursday, March 30, 2028",
    ),
    # a weekday rule for every month, then the month asked
    (
        "Payday is the last Friday of the month. Which date is payday in June 2028?",
        "Friday, June 30, 2028",
    ),
    (
        (
            "Board game night is the third Thursday of every month. What's the date in November"
            " 2027?"
        ),
        "Thursday, November 18, 2027",
    ),
    # the day said as a word, the year said aloud
    ("what day of the week is march fifteenth twenty twenty eight", "Wednesday"),
    # the next of a series asked with "when", a weekly series, a possessive date, a span the
    # question says again after "that", a plain span from an evening to a morning
    (
        "The farrier comes every 7 weeks and last came on 26 April 2027. When is the next visit?",
        "= Monday, June 14, 2027",
    ),
    (
        (
            "The pottery course is 16 weekly sessions starting Thursday 23 September 2027. What's"
            " the date of the 16th session?"
        ),
        "= Thursday, January 6, 2028",
    ),
    (
        ("We set sail on 14 June 2028 and plan to be back 23 days later. What's our return date?"),
        "= Friday, July 7, 2028",
    ),
    (
        (
            "I'm starting a 12-week strength block on Monday 3 January 2028. What date is 12 weeks"
            " after that?"
        ),
        "= Monday, March 27, 2028",
    ),
    ("How many minutes are there from 23:05 to 02:35?", "210 minutes"),
    (
        (
            "The print started at 21:20 and finished at 09:05 the next morning. How many minutes"
            " did it take?"
        ),
        "705 minutes",
    ),
    # an event named by another word, a run of weeks, nights, days after a dated event
    (
        (
            "A bike bought on 19 May 2027 gets a free check-up 90 days after purchase. What date"
            " is that?"
        ),
        "= Tuesday, August 17, 2027",
    ),
    (
        (
            "Our fixed energy tariff started on 1 March 2027 and runs for 78 weeks. On what date"
            " does it end?"
        ),
        "= Monday, August 28, 2028",
    ),
    (
        "Summer camp starts on 31 July 2028 and lasts 9 nights. What date do we come home?",
        "= Wednesday, August 9, 2028",
    ),
    (
        (
            "The panels went up on 12 April 2027 and the inspection is on 1 November 2027. How"
            " many days is that after installation?"
        ),
        ": 203 days",
    ),
    # something done on the date that needs a span to finish; a monthly rule asked by month
    (
        (
            "The slab was poured on Thursday 9 September 2027 and needs 28 days to cure. What date"
            " is it fully cured?"
        ),
        "= Thursday, October 7, 2027",
    ),
    (
        (
            "Our book club meets on the first Tuesday of every month. What date is the February"
            " 2029 meeting?"
        ),
        "Tuesday, February 6, 2029",
    ),
    (
        (
            "How many weekdays, Monday to Friday, are there from 6 September 2027 to 1 October 2027"
            " inclusive?"
        ),
        "inclusive: 20",
    ),
    (
        (
            "Sowed the courgettes on 12 April 2027 and the packet says 55 days to the first"
            " harvest. What date is that?"
        ),
        "= Sunday, June 6, 2027",
    ),
    # two things done on two dates, an age at a second dated event, an aside before a question
    (
        (
            "I cast on my jumper on 3 November 2027 and cast off on 19 January 2028. How many days"
            " did it take?"
        ),
        ": 77 days",
    ),
    (
        (
            "Bit of nostalgia: bought my first MX-5 on 18 April 2019 and sold it on 2 November"
            " 2027. Out of curiosity, how many days did I own it?"
        ),
        ": 3120 days",
    ),
    (
        (
            "Grandma was born on 12 June 1931 and married on 4 September 1954. How old was she on"
            " her wedding day?"
        ),
        ": 23 years old",
    ),
    # two dates, each with its time of day
    (
        (
            "Picked up the car at 09:30 on 14 August 2027 and returned it at 15:30 on 19 August"
            " 2027. How many hours did I have it?"
        ),
        ": 126 hours",
    ),
    (
        (
            "The bike was hired on 2 June 2027 at 10:00 and returned on 3 June 2027 at 18:45. How"
            " many minutes was that?"
        ),
        ": 1965 minutes",
    ),
    # the thing a date is written on is not a thing the story must name
    (
        (
            "Our stollen is baked on 11 November 2027 and is best before 60 days after baking."
            " What date goes on the label?"
        ),
        "= Monday, January 10, 2028",
    ),
    # something that repeats: the k-th counted from the first, the next from the last
    (
        (
            "We release an episode every 14 days, the first on 5 January 2028. What date does the"
            " 10th episode come out?"
        ),
        "= Wednesday, May 10, 2028",
    ),
    (
        (
            "Bella is groomed every 6 weeks and her last trim was on 11 March 2027. What date is"
            " her next one?"
        ),
        "= Thursday, April 22, 2027",
    ),
    (
        "The bin goes out every 7 days, starting on 3 March 2027. What date is collection number 5?",
        "= Wednesday, March 31, 2027",
    ),
    (
        "How old will a player born on 17 November 2015 be on 31 August 2027?",
        ": 11 years old",
    ),
    (
        (
            "A referral arrived on 21 January 2028 and the patient must be treated no later than"
            " 18 weeks after that. What is the latest date?"
        ),
        "= Friday, May 26, 2028",
    ),
    (
        (
            "The exhibition opens on 17 March 2028 and closes on 9 September 2028. How many days"
            " is it open, counting the opening and closing days?"
        ),
        "inclusive: 177 days",
    ),
    (
        (
            "The refit closes the restaurant from 8 January 2028 to 3 February 2028. How many days"
            " are we shut, counting both of those days?"
        ),
        "inclusive: 27 days",
    ),
    ("days from 1 feb 2027 to 1 nov 2027", ": 273 days"),
    (
        (
            "How many working days (Mon-Fri) are there from 6 September 2027 to 1 October 2027"
            " inclusive?"
        ),
        "inclusive: 20",
    ),
    (
        (
            "How many weekdays are there from 6 September 2027 to 1 October 2027 inclusive? Ignore"
            " bank holidays."
        ),
        "inclusive: 20",
    ),
    ("weekday of 29 feb 2028", "February 29, 2028 is a Tuesday"),
    (
        (
            "How many weekdays (Monday to Friday) are there from 2 August 2027 to 27 August 2027"
            " inclusive?"
        ),
        "inclusive: 20",
    ),
    (
        "Dates in our booking system are DD/MM/YYYY. What weekday is 07/11/2027?",
        "November 7, 2027 is a Sunday",
    ),
    (
        (
            "The council said the planning decision is due 8 weeks after the application was"
            " validated on 23 November 2027. What date is that?"
        ),
        "= Tuesday, January 18, 2028",
    ),
    (
        (
            "A pallet was booked into the warehouse on 17 January 2028, and the system flags stock"
            " 60 days after booking-in. On what date will it be flagged?"
        ),
        "= Friday, March 17, 2028",
    ),
    (
        (
            "Contracts were exchanged on 11 August 2028 and completion is 28 days later. What's"
            " the completion date?"
        ),
        "= Friday, September 8, 2028",
    ),
    (
        (
            "Half term starts on Saturday 13 February 2027 and the children go back 9 days later."
            " What date do they go back?"
        ),
        "= Monday, February 22, 2027",
    ),
    (
        (
            "The wedding is on 9 September 2028 and the invitations should go out 10 weeks before."
            " On what date should we send them?"
        ),
        "- 10 weeks = Saturday, July 1, 2028",
    ),
    (
        (
            "Our Atlantic passage left on Tuesday 8 June 2027 and took 17 days. On what date did we"
            " make landfall?"
        ),
        "= Friday, June 25, 2027",
    ),
    (
        (
            "I ordered on 27 January 2028 and you promised delivery within 21 days of the order date."
            " What's the latest date it should arrive?"
        ),
        "= Thursday, February 17, 2028",
    ),
    (
        (
            "Your returns window is 28 days from the delivery date. Mine was delivered on 3 December"
            " 2027 — what's the last day I can send it back?"
        ),
        "= Friday, December 31, 2027",
    ),
    (
        (
            "The baby was born on 3 May 2027 and the christening is 6 weeks after. What day of the"
            " week is the christening?"
        ),
        "= Monday, June 14, 2027",
    ),
    (
        (
            "Our last spring frost was on 14 April 2028 and the first autumn frost on 28 October"
            " 2028. How many days were there between the two?"
        ),
        ": 197 days",
    ),
    (
        (
            "I ran every single day from 1 July 2027 to 23 September 2027, both days included. How"
            " many days long is the streak?"
        ),
        "inclusive: 85 days",
    ),
    (
        (
            "We fly out on Friday 1 September 2028 and come back on 16 September 2028. How many"
            " nights are we away?"
        ),
        ": 15 nights",
    ),
    (
        (
            "At my kids' school the first bell is at 08:40 and the last bell at 15:25. How many"
            " minutes long is the school day?"
        ),
        ": 405 minutes",
    ),
    (
        "The night bus departs at 23:35 and gets in at 05:05. How many hours is the trip?",
        "05:05 the next day: 5.5 hours",
    ),
    (
        (
            "Logbook entry: chocks off at 09:25, chocks on at 12:07. How many minutes of block time"
            " is that?"
        ),
        ": 162 minutes",
    ),
    # an event named by another word of its kind, or by its doer ("after they start")
    (
        (
            "The ferry sailed on 6 June 2027 and the crossing plan allows 11 days. What date do we"
            " land, 11 days after leaving?"
        ),
        "= Thursday, June 17, 2027",
    ),
    (
        (
            "The check-up is 8 weeks after the birth and he was born on 3 March 2028. What date is"
            " the check-up?"
        ),
        "= Friday, April 28, 2028",
    ),
    (
        (
            "The roofers begin on 2 August 2027 and estimate 12 days. What date is 12 days after"
            " they begin?"
        ),
        "= Saturday, August 14, 2027",
    ),
    (
        (
            "The claim was lodged on 4 October 2027 and the insurer's deadline is 30 days after"
            " lodging. What's the deadline?"
        ),
        "= Wednesday, November 3, 2027",
    ),
    (
        (
            "The tenancy was signed on 1 July 2027 and the break clause applies 120 days after"
            " signing. What date is that?"
        ),
        "= Friday, October 29, 2027",
    ),
    # nights counted from the arrival that follows them
    (
        "Booked in for 4 nights arriving on 29 December 2027. What's the check-out date?",
        "January 2, 2028",
    ),
    # two things done on two dates, how far apart
    (
        (
            "The van went into storage on 2 November 2027 and came out on 14 March 2028. How many"
            " days is that?"
        ),
        ": 133 days",
    ),
    # an age on a date the question names, of someone named by more than one word
    (
        "Our youth team coach was born on 3 March 1984. How old will she be on 1 June 2031?",
        "47 years old",
    ),
    # the k-th of a series in words, the last of a counted series, the next one of a series
    (
        (
            "The book club meets every 3 weeks and the first meeting of the autumn is Tuesday 7"
            " September 2027. On what date is the fourth meeting?"
        ),
        "= Tuesday, November 9, 2027",
    ),
    (
        (
            "Eight weekly pottery classes, the first one on Monday 3 January 2028. What's the date of"
            " the last class?"
        ),
        "= Monday, February 21, 2028",
    ),
    (
        (
            "The window cleaner comes every 4 weeks and his last visit was 10 March 2028. When is he"
            " next due?"
        ),
        "= Friday, April 7, 2028",
    ),
    # a plain "What's the date?" after a span to count; a date written in a diary; "When must it
    # be posted?"; "Bottling date?"
    (
        (
            "The boiler was serviced on 1 June 2027 and the next service is due 365 days after that."
            " What's the date?"
        ),
        "= Wednesday, May 31, 2028",
    ),
    (
        (
            "The cat was vaccinated on 4 April 2027 and is rebooked 52 weeks later. What date goes in"
            " the diary?"
        ),
        "= Sunday, April 2, 2028",
    ),
    (
        (
            "A request came in on 9 May 2027 and we promise dispatch 3 days after the request date."
            " When must it be posted?"
        ),
        "= Wednesday, May 12, 2027",
    ),
    (
        "Started the cider on 1 October 2027 and it needs 45 days to ferment. Bottling date?",
        "= Monday, November 15, 2027",
    ),
    # two things done on two dates, how long something was somewhere; a school year is a name
    (
        (
            "The plants went into the greenhouse on 3 October 2027 and came out on 2 April 2028. How"
            " many days were they in the greenhouse?"
        ),
        ": 182 days",
    ),
    (
        (
            "The Year 4 concert is on 2 July 2028 and costumes are due back 10 days before. What's the"
            " deadline?"
        ),
        "= Thursday, June 22, 2028",
    ),
    # the last of a counted daily series: 13 days after the first
    (
        (
            "I've been prescribed 14 daily doses, the first one on 2 November 2027. On what date do I"
            " take the last dose?"
        ),
        "= Monday, November 15, 2027",
    ),
    # events named in two words ("the year end", "we set off"), "Which date is …", a class
    # named by a number, "What weekday does that fall on?"
    (
        (
            "Our club's year ends on 30 June 2028, and the accounts are due 90 days after the year"
            " end. What date is that?"
        ),
        "= Thursday, September 28, 2028",
    ),
    (
        (
            "Setting off on the coast path on 4 April 2028 with 20 days planned. What date is 20 days"
            " after we set off?"
        ),
        "= Monday, April 24, 2028",
    ),
    (
        (
            "My Class 1 medical was issued on 2 March 2027 and is valid for 365 days after that. On what"
            " date does it run out?"
        ),
        "= Wednesday, March 1, 2028",
    ),
    ("We have booked 6 May 2028 for the party. What weekday does that fall on?", "Saturday"),
    # two things done on two dates, named in the question or by "the whole X"
    (
        (
            "I joined the firm on 1 June 2001 and I leave on 31 May 2028. How many days is that from my"
            " start date to my leaving date?"
        ),
        ": 9861 days",
    ),
    (
        (
            "Walked the first stage on 3 April 2027 and the last one on 9 October 2027. How many days"
            " did the whole walk take?"
        ),
        ": 189 days",
    ),
    # how old something started on a date is on another
    (
        "I started a kombucha on 3 March 2028. How many days old is it on 20 March 2028?",
        ": 17 days",
    ),
    # an age in weeks on a date the question names
    (
        "Our daughter was born on 1 February 2027. How many weeks old is she on 3 May 2027?",
        ": 13 weeks",
    ),
    # the year said once after two days of it, and two dates whole weeks apart
    (
        "The summer puppet show runs from 2 July to 27 August 2028 inclusive. How many days is that?",
        "57 days",
    ),
    (
        "The fair runs from July 2 to August 27, 2028. How many days is that, counting both ends?",
        "57 days",
    ),
    (
        (
            "We start training on 20 February 2028 and the tournament is on 14 May 2028. How many weeks "
            "is that?"
        ),
        "12 weeks",
    ),
    (
        "How many days from booking the cruise on 5 December 2027 to sailing on 19 May 2028?",
        "166 days",
    ),
    # a thing's age, and opening hours on a weekday
    (
        "An album came out on 12 March 1982. How old was it, in whole years, on 12 June 2027?",
        "45 years",
    ),
    ("The butcher's is open 07:00 to 17:30 on Saturdays. How many hours is that?", "10.5 hours"),
    # the evening's and the morning's marks; the event counted from told by its verb
    (
        "we've got the rink from 10:40 pm to 1:10 am. how many minutes of ice time is that?",
        "150 minutes",
    ),
    (
        (
            "The lido opens on 29 May 2027 and shuts on 12 September 2027. How many days after opening"
            " day is closing day?"
        ),
        "106 days",
    ),
    # a question after a dash or ", so"
    (
        (
            "Our nanny went to the billy on 3 September 2027. Kidding is 150 days later - what date is"
            " that?"
        ),
        "January 31, 2028",
    ),
    (
        (
            "This mare is reshod every 6 weeks. Her last set was fitted on 22 January 2027, so when is"
            " she next due?"
        ),
        "March 5, 2027",
    ),
    # the last or the k-th of a weekly series ("for 10 weeks from D" was answered 10 weeks on)
    (
        (
            "The knit-along meets every Thursday starting 7 October 2027, 12 sessions in all. What's"
            " the date of the final session?"
        ),
        "December 23, 2027",
    ),
    (
        (
            "A course of 10 weekly classes starts on Thursday 13 January 2028. What's the date of the"
            " 10th class?"
        ),
        "March 16, 2028",
    ),
    (
        (
            "Classes are every Thursday for 10 weeks from 13 January 2028. What's the date of the last"
            " class?"
        ),
        "March 16, 2028",
    ),
    # the first said further from its date; a period whole weeks long; a thing's age as "she"
    (
        (
            "The first cricket tea of the season is on Saturday 24 April 2027 and we do one every"
            " Saturday after that. What date is the 10th tea?"
        ),
        "June 26, 2027",
    ),
    ("The tour runs from 3 September 2027 to 15 October 2027. How many weeks is that?", "6 weeks"),
    (
        "Our tank engine was completed on 14 August 1925. How old is she on 14 August 2027?",
        "102 years",
    ),
    # a thing's age named by what it is; an animal that hatched; a day by its place in a month
    # after what is opened
    (
        "The bridge was built on 3 June 1890. How old is the bridge on 1 June 2027?",
        "136 years",
    ),
    (
        "Our barn owlet hatched on 21 April 2027. How many days old will it be on 4 July 2027?",
        "74 days",
    ),
    (
        (
            "We open the ice cream parlour for summer on the first Saturday of May 2027. What date is"
            " that?"
        ),
        "May 1, 2027",
    ),
    # a day by its place in a month after "can come", or a weekend's start; a visit and every
    # 6 weeks after; a weekly class "for 10 sessions"; "from the start date to the end date"
    (
        "The carpet fitters can come on the first Monday of March 2028. What date is that?",
        "March 6, 2028",
    ),
    (
        (
            "Lambing weekend at the farm park starts on the second Saturday in April 2027. What's the"
            " date?"
        ),
        "April 10, 2027",
    ),
    (
        (
            "The farrier came on 9 May 2027 and comes back every 6 weeks. What's the date of the next"
            " visit?"
        ),
        "June 20, 2027",
    ),
    (
        (
            "The bookbinding class meets every Wednesday for 10 sessions, starting on 5 January 2028."
            " What's the date of the last session?"
        ),
        "March 8, 2028",
    ),
    (
        (
            "The mobile cinema tour starts on 14 May 2027 and ends on 2 September 2027. How many days"
            " from the start date to the end date?"
        ),
        "111 days",
    ),
    # a second time "the following day" later than the first (answered 6.5 hours before)
    (
        (
            "We pick the camper up at 10:00 and have to return it at 16:30 the following day. How many"
            " hours of hire is that?"
        ),
        "30.5 hours",
    ),
    ("From 10:00 to 16:30 the next day, how many hours is that?", "30.5 hours"),
    (
        "The hut closes for winter on the last Sunday of September 2030. What date?",
        "September 29, 2030",
    ),
]

STORIES += [
    # an Nth birthday: the date that many years after the birth
    (
        (
            "I was born on 19 October 1961 and my state pension starts on my 67th birthday. What"
            " date does it start?"
        ),
        "= Thursday, October 19, 2028",
    ),
    ("She was born on 3 March 1990. What date is her 40th birthday?", "= Sunday, March 3, 2030"),
    # a weekday rule for every month, or for one month, then the month or the year asked
    (
        "The Red Lion quiz is on the last Thursday of every month. When is it in August 2028?",
        "Thursday, August 31, 2028",
    ),
    (
        "Our radio club holds field day on the fourth Saturday in June. What's the date of it in 2028?",
        "Saturday, June 24, 2028",
    ),
    # one of a group born on a date, and an age asked as "what age"
    (
        "One of our lads was born on 21 August 2014. What age will he be on 1 September 2027?",
        "13 years old",
    ),
    # a season's number is its name; the weekday of the story's one date, asked as "will it be on"
    (
        (
            "Season 9 of the game starts on 16 February 2028 and season 10 starts exactly 84 days"
            " later. What's the date season 10 starts?"
        ),
        "= Wednesday, May 10, 2028",
    ),
    ("The party is on 11 November 2028. Which day of the week will it be on?", "is a Saturday"),
    # a bare "date?" after the story; a phase's number is its name; a cruise's last morning
    ("milestone is due 250 days after 15 January 2027 — date?", "= Wednesday, September 22, 2027"),
    (
        (
            "Phase 2 lasts 6 weeks starting Wednesday 13 October 2027. What date is 6 weeks after the"
            " start?"
        ),
        "= Wednesday, November 24, 2027",
    ),
    (
        "Cruise departs Sunday 9 January 2028 and lasts 11 nights. What date do we get off?",
        "= Thursday, January 20, 2028",
    ),
    # how long a state held between two events ("spend", "were … on"); "opened it on" an event
    (
        (
            "I put the supers on on 3 June 2028 and took the honey off on 19 August 2028. How many"
            " days were the supers on the hives?"
        ),
        ": 77 days",
    ),
    (
        (
            "I laid the bottle down on 14 February 2019 and we opened it on 14 February 2029. How"
            " many days did it spend in the rack?"
        ),
        ": 3653 days",
    ),
    # a title before a name; a named endpoint "of" its date
    ("Mrs Okafor was born on 2 March 1932. How old will she be on 1 March 2029?", "96 years old"),
    # the question after a comma
    (
        "I arrive on 15 January 2028 and go home on 2 April 2028, how many days is that?",
        ": 78 days",
    ),
    # an event named "the finals"; the question after a dash that ends the span's clause
    (
        (
            "Club championships start on Saturday 8 July 2028 and finals day is 15 days later. What"
            " date are the finals?"
        ),
        "Sunday, July 23, 2028",
    ),
    (
        (
            "Boiler serviced on 22 October 2027. My system sends the reminder 330 days after the"
            " service — what date will it go out?"
        ),
        "= Saturday, September 16, 2028",
    ),
    # a deadline asked of a span before an event; the first of the things the story tells of
    (
        (
            "The venue wants the deposit 45 days before the event on 12 August 2027. When's the"
            " deadline?"
        ),
        "= Monday, June 28, 2027",
    ),
    (
        (
            "I bottled my stout on 14 November 2027 and it needs 3 weeks to condition. What date can I"
            " open the first bottle?"
        ),
        "= Sunday, December 5, 2027",
    ),
    # the weekday of a date with its time of day said right after it
    (
        "The concert is on 12 December 2028 at 7:30 pm. What day of the week is it?",
        "December 12, 2028 is a Tuesday.",
    ),
    # a parcel that takes so long, an invoice due in so many days, a holiday of so many nights
    (
        "The parcel was posted on 3 May 2028 and takes 5 days. When will it arrive?",
        "= Monday, May 8, 2028",
    ),
    (
        "The invoice is dated 10 June 2028 and payment is due in 30 days. What's the due date?",
        "= Monday, July 10, 2028",
    ),
    (
        (
            "Invoice dated 28 November 2028, payment terms 30 days after the invoice date. When is"
            " it due?"
        ),
        "= Thursday, December 28, 2028",
    ),
    # a hire handed back after its nights; a cure said as a noun
    (
        (
            "We pick the boat up on Saturday 17 August 2030 and have it for 7 nights. What date do"
            " we hand it back?"
        ),
        "= Saturday, August 24, 2030",
    ),
    (
        (
            "Poured the lavender batch on 10 October 2030 and it needs a 6 week cure. What date is"
            " it ready to sell?"
        ),
        "= Thursday, November 21, 2030",
    ),
    # the event named by what was done on the date
    (
        (
            "The stock was made on 26 March 2028 and has to be used no later than 5 days after it"
            " was made. What's the last date it can be used?"
        ),
        "= Friday, March 31, 2028",
    ),
    # an age reached after a birth
    (
        (
            "Baby arrived on 11 January 2029 and the check is when she's 8 weeks old. What date is"
            " that?"
        ),
        "= Thursday, March 8, 2029",
    ),
    (
        "My holiday starts on 12 August 2028 and lasts 14 nights. What date do I fly home?",
        "= Saturday, August 26, 2028",
    ),
    # the days there are from a start to a deadline
    (
        (
            "I cast on a cardigan on 2 October 2027 and it has to be done by 24 December 2027. How"
            " many days do I have?"
        ),
        ": 83 days",
    ),
    # an age "in whole years"; week k of a term that starts on a date
    (
        (
            "Our spaniel was born on 14 February 2019. How old is she, in whole years, on 1 September"
            " 2027?"
        ),
        "8 years old",
    ),
    (
        (
            "Semester starts Monday 4 September 2028 and each teaching week starts on a Monday. What"
            " date does week 15 start?"
        ),
        "= Monday, December 11, 2028",
    ),
    # weekdays between two dates, both counted: asked so, or days after "Monday to Friday"
    (
        (
            "I've booked annual leave from Monday 6 December 2027 to Friday 17 December 2027. How many"
            " weekdays is that, counting both ends?"
        ),
        "inclusive: 10",
    ),
    (
        (
            "The induction runs Monday to Friday only, from Monday 4 December 2028 to Friday 15"
            " December 2028 inclusive. How many induction days is that?"
        ),
        "inclusive: 10",
    ),
    # a flight that lands where it took off keeps one clock
    (
        (
            "Took off from Popham at 10:35 and landed back there at 12:05. How many minutes was the"
            " flight?"
        ),
        ": 90 minutes",
    ),
    # a numbered series: the first numbered 1, a step, the k-th asked; or the k-th after a dated one
    (
        (
            "Episode 1 went out on Tuesday 4 January 2028 and we release one episode every week after"
            " that. What date does episode 20 go out?"
        ),
        "= Tuesday, May 16, 2028",
    ),
    (
        (
            "Round 1 of our league is on Wednesday 13 October 2027 and the rounds are 14 days apart."
            " What date is round 6?"
        ),
        "= Wednesday, December 22, 2027",
    ),
    # what the date is for, said beside it
    (
        (
            "My daughter was born on 23 July 2021. How old will she be at her check-up on 4 June"
            " 2030?"
        ),
        "8 years old",
    ),
    ("What weekday is 1 April 2032, the day our tea room reopens?", "Thursday"),
    # a day told by its place in a month, then its date asked; a loan said with "with"
    (
        "The school trip is on the second Thursday of June 2030. Which date is that?",
        "Thursday, June 13, 2030",
    ),
    (
        "The car boot sale runs on the last Sunday of May 2029. What's the date?",
        "Sunday, May 27, 2029",
    ),
    (
        (
            "Library book was issued on 21 November 2029 with a 28-day loan. What date is it due"
            " back?"
        ),
        "= Wednesday, December 19, 2029",
    ),
    # a span with the year said once, both dates said to count
    (
        (
            "Our river's close season runs from 15 March to 15 June 2028. How many days is that,"
            " both dates included?"
        ),
        "inclusive: 93 days",
    ),
    # when what takes the span is done, asked with its own verb
    (
        (
            "I put the eggs under my broody hen on 3 April 2030 and they take 21 days to hatch."
            " When will they hatch?"
        ),
        "= Wednesday, April 24, 2030",
    ),
    (
        (
            "The game launches on 28 October 2027 and pre-orders open 45 days before launch. When"
            " do pre-orders open?"
        ),
        "= Monday, September 13, 2027",
    ),
    (
        (
            "Hi all, the beta ends 45 days after launch, and launch is 2027-03-01. Which date does"
            " it end?"
        ),
        "2027-03-01 + 45 days = 2027-04-15",
    ),
    # every Tuesday (from a Tuesday), every two weeks, for so many weeks
    (
        (
            "The wheel-throwing course is every Tuesday for 10 weeks, with class 1 on Tuesday 15"
            " January 2030. What's the date of class 10?"
        ),
        "= Tuesday, March 19, 2030",
    ),
    (
        (
            "Club championship rounds are every two weeks, with round 1 on Wednesday 4 September"
            " 2030. When is round 7?"
        ),
        "= Wednesday, November 27, 2030",
    ),
    (
        "The course counts 24 July 2027 as day 1. What date is day 12?",
        "= Wednesday, August 4, 2027",
    ),
    ("Week 1 of term starts on 5 September 2027. When does week 6 start?", "October 10, 2027"),
    (
        (
            "sprints are 2 weeks each, back to back, and sprint 1 starts mon 10 jan 2028 - when does"
            " sprint 4 start?"
        ),
        "= Monday, February 21, 2028",
    ),
    (
        (
            "We've entered 26 Wednesday quizzes in a row, one a week, starting on Wednesday 6 January"
            " 2027. What date is the 26th quiz?"
        ),
        "= Wednesday, June 30, 2027",
    ),
    (
        (
            "The rota repeats every 3 weeks. I'm on duty on Sunday 7 November 2027 — what's the date"
            " of my fourth duty after that one?"
        ),
        "= Sunday, January 30, 2028",
    ),
    # what takes the span, asked to be ready; "Ready on what date?"
    (
        "Bike booked in 3 October 2030 and the parts take 12 days. What date will it be ready?",
        "= Tuesday, October 15, 2030",
    ),
    (
        (
            "Bottled the stout on 18 January 2030 and it needs 3 weeks to condition. Ready on what"
            " date?"
        ),
        "= Friday, February 8, 2030",
    ),
    # "every second Saturday of the month" is the month's second Saturday
    (
        (
            "I volunteer at the lighthouse every second Saturday of the month. What date is it in"
            " August 2031?"
        ),
        "Saturday, August 9, 2031",
    ),
    # a span to be ready after something made, told before or after it; "from blossom to pick"
    (
        "This batch of cheddar was made on 1 March 2027 and needs 270 days to mature. When is it ready?",
        "= Friday, November 26, 2027",
    ),
    (
        "Our cheddar needs 270 days to mature. This batch was made on 1 March 2027. When is it ready?",
        "= Friday, November 26, 2027",
    ),
    (
        "Blossom was on 24 April 2027 and this apple variety needs 145 days from blossom to pick. What's the picking date?",
        "= Thursday, September 16, 2027",
    ),
    # a day booked by its place in a month; an age at an event told in the present
    (
        "Fitting is booked for the third Tuesday of May 2027. What's the date?",
        "Tuesday, May 18, 2027",
    ),
    (
        "Guest was born on 29 May 2009 and arrives on 1 April 2027. How old are they on arrival?",
        "17 years old",
    ),
    # the last day of a run of days from its start; the last of a counted weekly series
    (
        "The festival starts Friday 16 July 2027 and runs for 10 days. What weekday is the last day?",
        "= Sunday, July 25, 2027",
    ),
    (
        "The course is 8 weekly sessions starting Wednesday 13 January 2027. When's the last one?",
        "= Wednesday, March 3, 2027",
    ),
    # weeks from a date the question names to the story's one
    ("Exams start Monday 10 May 2027. How many weeks is that from 1 February 2027?", "14 weeks"),
    # a wedding anniversary; days from a date the question names, said before "is that"
    ("We got married on 12 June 2010. When is our 20th anniversary?", "= Wednesday, June 12, 2030"),
    ("My passport expires on 14 March 2029. How many days from 1 January 2029 is that?", "72 days"),
    # from the story's date ("then") to the question's
    (
        "Sam started his paper round on 3 January 2027. How many days is it from then until his birthday on 19 June 2027?",
        "167 days",
    ),
    # a day by its place in a month that something starts on; the final one of a counted series;
    # how long something was up
    (
        "Christmas tree deliveries start on the first Saturday of December 2027. What date is that?",
        "Saturday, December 4, 2027",
    ),
    (
        "The season is 16 weekly matches and the first one is on Tuesday 7 September 2027. Date of the final match night?",
        "= Tuesday, December 21, 2027",
    ),
    (
        "Scaffolding went up on 3 May 2027 and came down 21 June 2027. how many days was it up for?",
        "49 days",
    ),
    # a stay of nights said with "stay"; a hire and a lead time with a hyphen; a skip bin
    (
        (
            "We arrive at the lodge on Saturday 7 August 2027 and stay 7 nights. What date do we "
            "check out?"
        ),
        "August 14, 2027",
    ),
    (
        (
            "The sofa was ordered on 1 December 2027 and the fabric has an 8-week lead time. When "
            "should it be ready?"
        ),
        "January 26, 2028",
    ),
    (
        "The skip was delivered on 2 May 2028 for a 10-day hire. What date will it be collected?",
        "May 12, 2028",
    ),
    # a weekday rule from a date that falls on that weekday, every other one, the last of so
    # many weeks
    (
        "Classes are every Tuesday starting 12 January 2027. What's the date of the 10th class?",
        "March 16, 2027",
    ),
    (
        (
            "The league plays every other Saturday starting 4 September 2027. What's the date of the"
            " 8th match?"
        ),
        "December 11, 2027",
    ),
    (
        "Yoga runs every Monday for 6 weeks, starting 3 May 2027. When is the last class?",
        "June 7, 2027",
    ),
    # a gestation from a date; "counting both the first and last day"; two dates told the
    # other way round, asked how long that is
    (
        "The cows went to the bull on 1 July 2027 and gestation is 283 days. What date are the calves due?",
        "April 9, 2028",
    ),
    (
        (
            "Rex is staying with us from 2 May 2027 until 9 May 2027. How many days is that,"
            " counting both the first and last day?"
        ),
        "8 days",
    ),
    (
        (
            "The exam is on 12 March 2028 and I booked it on 19 December 2027. How many days between"
            " them?"
        ),
        "84 days",
    ),
    # a day told by its place in a month, then "What's the date?"; a founding's anniversary
    ("The coach leaves on the second Saturday of July 2027. What's the date?", "July 10, 2027"),
    (
        (
            "The society was founded on 3 March 1927. On what weekday does its 100th anniversary"
            " fall?"
        ),
        "Wednesday, March 3, 2027",
    ),
    # "falls on which weekday"; "How many days is she on the hard?"
    ("9 April 2029 falls on which weekday", "Monday"),
    (
        (
            "She was lifted out on 1 November 2027 and goes back in on 1 April 2028. How many days is"
            " she on the hard?"
        ),
        "152 days",
    ),
    # an age of an animal born on a date; both dates in the question the other way round
    ("Our pony was foaled on 3 June 2010. How old is she on 1 May 2028?", "17 years"),
    ("how old on 1 March 2029 is someone born on 17 August 1961?", "67 years"),
    # a date of birth told as one; an end "finished … later" asked with its verb in the past
    ("Client's date of birth is 8 August 2009. How old will they be on 1 June 2027?", "17 years"),
    ("My DOB is 8 August 2009. How old will I be on 1 June 2027?", "17 years"),
    (
        (
            "Our shearing run started on 20 April 2027 and finished 97 days later. On what date did"
            " it finish?"
        ),
        "July 26, 2027",
    ),
    (
        "The shop opened on 3 April 2027 and closed 21 days later. What date did it close?",
        "April 24",
    ),
    # two dated events, the first with an aside; a session from an evening into the small hours
    (
        (
            "How many days is it from 15 May 2025, when we bagged the seed oysters, to harvest on 1"
            " November 2026?"
        ),
        "535 days",
    ),
    (
        "Saturday's stargazing session runs from 21:40 to 01:10 — how long is that in minutes?",
        "210 minutes",
    ),
    # set 33: a span "after" in the date's sentence; "Hatch date?"; a name and who he is; a
    # bare "what weekday?" after a dash; a thing installed; the aside before a bare date
    ("Eggs were laid on 30 May 2027 and hatch after 21 days. Hatch date?", "June 20, 2027"),
    (
        (
            "Old Tom, our master wheelwright, was born on 12 December 1957. How old will he be on 1"
            " June 2027?"
        ),
        "69 years",
    ),
    ("our six-day race starts 19 November 2027 — what weekday?", "Friday"),
    # set 37: "they cure for 2 weeks. Ready on?", "When can I fix the stone?"
    ("Poured the tapers on 29 October 2027; they cure for 2 weeks. Ready on?", "November 12, 2027"),
    (
        (
            "The ground has to settle for 10 weeks after the burial on 2 March 2027. When can I fix"
            " the stone?"
        ),
        "May 11, 2027",
    ),
    # set 36: an aside after each date; "the final round … 15 weeks after it"; "we reckon on"
    (
        (
            "Our female Juniper was mated on 2 August 2026 and we reckon on 345 days of gestation."
            " What's her due date?"
        ),
        "July 13, 2027",
    ),
    (
        (
            "How many days from 6 December 2026, when the casks were charred, to 1 March 2027, when"
            " they were collected?"
        ),
        "85 days",
    ),
    (
        (
            "The winter league's first round is on 4 October 2027 and the final round is 15 weeks"
            " after it. What's the date of the final round?"
        ),
        "January 17, 2028",
    ),
    # set 35: a span quoted for the job; "When can I start cutting the combs?"; "Earliest date it
    # can be …?"; "When are they ready?"
    (
        (
            "An old Paolo Soprani came in on 2 December 2026 and I quoted 8 weeks for the overhaul."
            " What date will it be ready?"
        ),
        "January 27, 2027",
    ),
    (
        (
            "I left the pressed horn plates to rest on 9 November 2026 and they need 3 weeks before"
            " cutting. When can I start cutting the combs?"
        ),
        "November 30, 2026",
    ),
    (
        (
            "Wet cleaning begins on 12 October 2026 and the tapestry must rest flat for 6 weeks"
            " afterwards. Earliest date it can be rehung?"
        ),
        "November 23, 2026",
    ),
    # set 34: a count of things ordered beside the dates; an anniversary's ordinal; the latest
    # start before a dated event; the weekday of a thing the story names
    (
        (
            "A club ordered 60 arrows on 19 April 2027 and I quote 5 weeks to make them. Which date"
            " do I promise?"
        ),
        "May 24, 2027",
    ),
    (
        (
            "The church wants the new vane up 10 weeks before its 900th anniversary on 24 June 2028."
            " What date is that?"
        ),
        "April 15, 2028",
    ),
    (
        (
            "The kite festival is on 9 August 2027 and I need 65 days to build stock. What's the"
            " latest date I can start?"
        ),
        "June 5, 2027",
    ),
    (
        (
            "Shop's grand opening is 29 September 2027 and they want the sign up by then. What day"
            " of the week is the opening?"
        ),
        "Wednesday",
    ),
    ("The east window was installed on 20 May 1887. How old is it on 20 May 2027?", "140 years"),
    (
        "How many weeks from 4 January 2027, when the jacket was opened, to 26 April 2027?",
        "16 weeks",
    ),
    # set 39: a weekday beside days a count leaves out; an event named by its ordinal; "the next
    # one" the story tells; two events named in order; a span to do something for, run out
    ("Our open mill weekend starts on 2 October 2027. What day of the week is that?", "Saturday"),
    (
        "The league's 50th anniversary dinner is on 19 November 2027. What day of the week is that?",
        "Friday",
    ),
    (
        (
            "Our indoor tournament starts on 20 February 2027 and the next one starts 52 weeks later."
            " What date does the next one start?"
        ),
        "February 19, 2028",
    ),
    (
        (
            "I started a pub sign on 6 May 2027 and delivered it on 21 June 2027. How many days after"
            " the start date was the delivery?"
        ),
        "46 days",
    ),
    (
        (
            "A batch of red miso went into the cedar kegs on 14 October 2026 to ferment for 16 weeks."
            " On what date are the 16 weeks up?"
        ),
        "February 3, 2027",
    ),
    # set 40: two events asked with "did" or "do"; a thing's age in "how many years old"; a day
    # told by its place in a month after any verb; "the best-before"; a round numbered in a series
    (
        (
            "I started restoring a longcase movement on 4 March 2030 and finished on 19 August"
            " 2030. How many days after the start did I finish?"
        ),
        "168 days",
    ),
    (
        (
            "Entries open on 1 April 2029 and close on 19 June 2029. How many days after opening"
            " do entries close?"
        ),
        "79 days",
    ),
    (
        (
            "Our quilt guild was founded on 15 April 1987. How many years old is the guild on 15"
            " April 2031?"
        ),
        "44 years",
    ),
    ("The thatch was laid on 23 May 1994. How old is it on 1 May 2031?", "36 years"),
    ("A junior was born on 11 November 2017. How old is she on 2 March 2030?", "12 years"),
    (
        "We're ringing a quarter peal on the second Sunday of September 2029. What date is that?",
        "September 9, 2029",
    ),
    (
        (
            "Tins that came in on 5 January 2030 have a best-before 730 days after that. What date"
            " is the best-before?"
        ),
        "January 5, 2032",
    ),
    (
        (
            "Round 1 of the congress is on Friday 1 March 2030 and the final round is 9 days"
            " later. What day of the week is the final round?"
        ),
        "Sunday",
    ),
    # set 42: "a patient's date of birth"; an age asked as "age on … of someone born …"; a
    # day booked for; "the due date"; "after a session before a touch-up"; "…: what date is that?"
    (
        "A patient's date of birth is 30 December 1958. How old will she be on 15 December 2027?",
        "68 years",
    ),
    ("age on 2 March 2027 of someone born 19 July 1984?", "42 years"),
    (
        (
            "A client was born on 2 November 2009 and wants to book for 28 October 2027. How old"
            " will they be on that day?"
        ),
        "17 years",
    ),
    (
        (
            "Allotment rents are due on 1 April 2027 and the committee sends reminders 45 days"
            " after the due date. What date do the reminders go out?"
        ),
        "May 16, 2027",
    ),
    (
        (
            "Clients wait 4 weeks after a session before a touch-up. The session was on Thursday"
            " 19 August 2027. What's the earliest touch-up date?"
        ),
        "September 16, 2027",
    ),
    ("Third Monday of June 2027: what date is that?", "June 21, 2027"),
    # set 43: "date that's …"; "How old is someone on … if they were born …"; "the late ghost walk"
    # names a walk (nothing is late); a purpose after "What date is that"
    ("date that's 6 weeks before 19 October 2028", "September 7, 2028"),
    # "the deadline" of a date to be done by; "after it arrived … the best-before date"
    (
        (
            "A grant was approved on 22 March 2027 and must be spent by 29 November 2027. How many"
            " weeks after the approval is the deadline?"
        ),
        "36 weeks",
    ),
    (
        (
            "A pallet of tinned soup arrived on Monday 22 February 2027 with a best-before date of"
            " 14 June 2027. How many days after it arrived is the best-before date?"
        ),
        "112 days",
    ),
    # set 46: "in whole years" beside an age; "How many weeks after that is …"; "the season's
    # end"; a date something went in "for 28 days" and its coming out asked
    ("How old, in whole years, is someone born on 12 August 1990 on 1 August 2027?", "36 years"),
    (
        "One of our drivers was born on 3 March 1957. How old is he on 3 March 2027, in whole years?",
        "70 years",
    ),
    (
        (
            "Our breakfast show first went out on Monday 2 September 2019. How many weeks after"
            " that is Monday 6 September 2027?"
        ),
        "418 weeks",
    ),
    (
        (
            "I start the Ashcombe hedge on Monday 25 January 2027 and the season ends on 31 March"
            " 2027. How many days after the start is the season's end?"
        ),
        "65 days",
    ),
    (
        "The beef went in the hanging room on 11 January 2027 for 28 days. What date does it come out?",
        "February 8, 2027",
    ),
    # set 44: "Someone born on …: how old …"; ", the party date"; "If it's ordered on …"
    ("Someone born on 23 June 1988: how old are they on 10 February 2034?", "45 years"),
    # set 45: "round one", "was it installed", a day by its place in a month then ", which date"
    (
        (
            "Entries for the congress close on 12 December 2029 and round one is on 25 January"
            " 2030. How many days after the closing date is round one?"
        ),
        "44 days",
    ),
    (
        (
            "The deposit for the church window was paid on 9 January 2029 and it was installed on 5"
            " June 2029. How many days after the deposit was it installed?"
        ),
        "147 days",
    ),
    ("the nursery trial is on the last Saturday of July 2028, which date is that", "July 29, 2028"),
    (
        "The customer was born on 31 December 1977. How old is she on 1 January 2028, the party date?",
        "50 years",
    ),
    (
        (
            "A new suit of sails takes 75 days from order. If it's ordered on 19 January 2028, what"
            " date will it be ready?"
        ),
        "April 3, 2028",
    ),
    ("How old is someone on 1 June 2031 if they were born on 17 August 1994?", "36 years"),
    (
        (
            "The late ghost walk starts at 23:20 and finishes at 01:05 the next morning. How many"
            " minutes long is it?"
        ),
        "105 minutes",
    ),
    (
        (
            "The food festival is on the third Saturday of June 2030. What date is that, so I can"
            " book the coffee cart pitch?"
        ),
        "June 15, 2030",
    ),
    # a period's length asked plainly: the difference, and the count of both ends named
    (
        "The festival runs from 28 July 2027 to 2 August 2027. How many days is that?",
        "5 days (a day more if both the first and the last day are counted)",
    ),
    (
        "Term starts on 6 September 2027 and ends on 17 December 2027. How many days is that?",
        "102 days (a day more",
    ),
    ("Stoppage ran from 5 January 2032 to 13 February 2032. How many days?", ": 39 days ("),
    # a word that only starts like "count" ("county", "country") changes no count
    ("County shoot is on the 3rd Sunday of June 2031. What date?", "Sunday, June 15, 2031"),
    (
        "The country show is on the second Sunday of June 2031. What date is that?",
        "Sunday, June 8, 2031",
    ),
    # a note's subjectless booking, a terse age, the days "from then" to a date asked
    ("Booked in for the second Tuesday of October 2030. What's the date?", "October 8, 2030"),
    ("Born 12 August 1987 — how old on 3 June 2031?", ": 43 years old"),
    ("Born 12 August 1987. How old on 3 June 2031?", ": 43 years old"),
    ("Member born 30 August 1999 - how old will she be on 15 August 2029?", ": 29 years old"),
    ("How many days has February 2100 got?", "February 2100 has 28 days."),
    ("age on 8 Nov 2027 if born 9 Nov 1988?", ": 38 years old"),
    ("1000 days after 5 June 2025 is", "Wednesday, March 1, 2028"),
    (
        "Tapestry started on the loom 23 Oct 2026 and cut off 29 May 2027 - how many days between",
        ": 218 days",
    ),
    (
        "Cheddar made on 12 January 2027 needs 270 days' maturing. When is it ready?",
        "Saturday, October 9, 2027",
    ),
    (
        "Balustrade ordered 8 March 2027 with a 10-week lead time. When is it due?",
        "Monday, May 17, 2027",
    ),
    (
        "Chairs dropped off 17 November 2027, we quoted 36 days. What date will they be ready?",
        "Thursday, December 23, 2027",
    ),
    # a weekly series told by its first date (the k-th asked) or its last one done (the next)
    (
        (
            "night market is every saturday, first one was Saturday 6 May 2028. what's the date of the"
            " 9th market?"
        ),
        "Saturday, July 1, 2028",
    ),
    (
        (
            "Season three launches 12 January 2028 with one episode a week. What date does episode 10"
            " go out?"
        ),
        "Wednesday, March 15, 2028",
    ),
    (
        (
            "League nights are weekly, starting on Tuesday 7 September 2027, with no breaks. What is"
            " the date of the 12th league night?"
        ),
        "Tuesday, November 23, 2027",
    ),
    (
        (
            "The poodle is on a 6-week cycle and was last groomed Tuesday 21 September 2027. When's the"
            " next appointment?"
        ),
        "Tuesday, November 2, 2027",
    ),
    (
        (
            "I last tuned Mrs Okafor's piano on 17 May 2027 and she wants it done every 26 weeks. When"
            " is the next tuning due?"
        ),
        "Monday, November 15, 2027",
    ),
    (
        (
            "Our fortnightly simultaneous pairs started on Tuesday 5 January 2027. What's the date of"
            " the 9th session?"
        ),
        "Tuesday, April 27, 2027",
    ),
    # a series asked after a clause that counts its first date as the first, a hyphened noun
    (
        (
            "Top-ups happen every 10 days, the first on Monday 4 January 2027. Counting that one as"
            " the first, when is the 15th top-up?"
        ),
        "Monday, May 24, 2027",
    ),
    # a terse "Deadline?" or "When?"
    (
        "Opening night is 26 November 2029 and the wigs are due 38 days before. Deadline?",
        "Friday, October 19, 2029",
    ),
    (
        "Shearing day 22 May 2030, yarn back from the mill 130 days later. When?",
        "Sunday, September 29, 2030",
    ),
    # a question after a dash or a colon
    ("Course is on the second Sunday of October 2030 — which date is that?", "October 13, 2030"),
    (
        "Tour opens 3 April 2030 and closes 19 August 2030: how many days between?",
        ": 138 days",
    ),
    # a thing done on a date said right after its verb, with no "on"
    (
        (
            "Drying racks filled Saturday 9 October 2027, the batch needs 19 days. When will it be"
            " ready?"
        ),
        "Thursday, October 28, 2027",
    ),
    ("Club was founded on 21 June 1952. How many days from then to 21 June 2032?", "29220 days"),
    (
        (
            "Season opens Saturday 13 December 2031 and closes Sunday 18 April 2032. How many days is"
            " that?"
        ),
        ": 127 days (",
    ),
    # an event named by what was done ("making the Comté on …"), an age asked after a dash, a
    # day counted back from a stated event, the start said as "began"
    (
        "how many days from making the Comté on 14 August 2030 to the tasting on 3 May 2031?",
        ": 262 days",
    ),
    (
        (
            "One of our volunteers was born on 29 November 1948 — how old is she on 15 March 2031, in"
            " whole years?"
        ),
        ": 82 years old",
    ),
    (
        (
            "The trial lesson is on 14 July 2031 and the voucher was bought 120 days before. When was"
            " it bought?"
        ),
        "= Sunday, March 16, 2031",
    ),
    (
        (
            "The re-thatch began on 4 May 2031 and was finished on 27 July 2031. How many days after"
            " the start was it finished?"
        ),
        ": 84 days",
    ),
    # a due date asked as the deadline; a question after a comma that ends a dated statement;
    # two things done at two times in one place
    (
        (
            "Manuscript came in on 8 October 2030 and the engraved score is due 100 days after that."
            " What date is the deadline?"
        ),
        "= Thursday, January 16, 2031",
    ),
    (
        (
            "The pump gets serviced every 26 weeks. Last service was 17 October 2030, when's the next"
            " one?"
        ),
        "= Thursday, April 17, 2031",
    ),
    (
        (
            "last dive surfaced at 16:40 and the flight home leaves at 10:10 next morning - how many"
            " hours between the two?"
        ),
        ": 17.5 hours",
    ),
    ("We opened at 09:15 and closed at 17:45. How many hours between the two?", ": 8.5 hours"),
    (
        (
            "late session: first group in at 19:45, last group out at 00:20 next morning. how many"
            " minutes is that"
        ),
        ": 275 minutes",
    ),
    ("Morning flight window is 05:50 to 08:35. How many hours is that?", "(2.75 hours)"),
    # a thing's age from the day it was founded or opened; a date asked and counted again in
    # brackets from the story's start
    (
        (
            "Club was founded on 17 February 1962. How old is it in whole years at the show on 9 March"
            " 2030?"
        ),
        ": 68 years old",
    ),
    ("The weaving shed opened on 23 April 1949. How old is it on 23 April 2031?", ": 82 years old"),
    (
        "Staff member born 19 May 1964 — how old will she be on 6 April 2030?",
        ": 65 years old",
    ),
    (
        (
            "Inoculated the bags on 9 January 2032 and picked the first flush on 14 February 2032. How"
            " many days did that take?"
        ),
        ": 36 days",
    ),
    (
        (
            "Spat went on the trestles on 1 August 2028. If they reach market size 540 days later,"
            " what date is that?"
        ),
        "= Wednesday, January 23, 2030",
    ),
    (
        "Winter league runs 12 September 2029 to 30 May 2030. How many days is that?",
        ": 260 days (a day more",
    ),
    (
        (
            "The genoa repair starts 14 April 2031 and we've allowed 38 days. What date should it be"
            " ready (38 days after the start)?"
        ),
        "= Thursday, May 22, 2031",
    ),
    (
        (
            "Festival runs four nights starting 2 November 2029. What date is the last night (3 days"
            " after the first)?"
        ),
        "= Monday, November 5, 2029",
    ),
    # a label before the story; a terse "Days between?" or "date of her fifth payment?"; the
    # sixth of a series asked bare; "Party's booked for …"; a business we opened; a weekend
    # retreat (a thing named, no count changed)
    ("Cut-off: a lad born 29 October 2013 - how old is he on 1 September 2031?", "17 years old"),
    (
        "she pays every 4 weeks, first payment was 6 January 2034. date of her fifth payment?",
        "= Friday, April 28, 2034",
    ),
    (
        "Site nights come every 9 days, the first one on 2 January 2035. What date is the sixth?",
        "= Friday, February 16, 2035",
    ),
    ("Party's booked for the last Saturday of March 2032 - which date is that?", "March 27, 2032"),
    (
        "We opened on 20 November 1986. How many years old is the shop on 12 September 2031?",
        "44 years old",
    ),
    (
        (
            "The weekend retreat runs from 16:00 on Friday 12 September 2031 to 14:00 on Sunday"
            " 14 September 2031. How many hours is that?"
        ),
        "46 hours",
    ),
    # a span needed before a thing, its date asked as "that"; the next of a series after a
    # day we did it
    (
        (
            "Plastered on 26 February 2030 and it needs 10 days before the decorators can paint. What"
            " date is that?"
        ),
        "= Friday, March 8, 2030",
    ),
    (
        (
            "We emptied the tank on 15 March 2029 and it's on a schedule of every 26 weeks. When's the"
            " next visit due?"
        ),
        "= Thursday, September 13, 2029",
    ),
    # an age at an event of theirs, or at one the question names again (the age on that date)
    (
        (
            "Ethel was born on 28 June 1931. We're holding her party on 20 June 2031 - how old is she"
            " on the day of the party?"
        ),
        "99 years old",
    ),
    (
        "groom was born 21 August 1996, stag do is 15 August 2031, how old will he be on the stag",
        "34",
    ),
    (
        "Guest was born on 29 May 2009 and the party is on 1 April 2027. How old are they at the party?",
        "17",
    ),
    # "When should it be back?" of a watch sent off with a quoted turnaround; "Date of …?"
    (
        (
            "Sent the watch off to the repair centre on 19 May 2031 and they quote eight weeks. When"
            " should it be back?"
        ),
        "= Monday, July 14, 2031",
    ),
    (
        (
            "League season starts 13 September 2031 and finals day is 30 weeks later. Date of finals"
            " day?"
        ),
        "= Saturday, April 10, 2032",
    ),
    # the sixth of a weekly series asked bare; what a date was for said after it; a deadline
    # by the last Thursday; an age asked "is how old on"; a subject without its article
    (
        "Six weekly sourdough sessions, the first on Saturday 7 September 2030. Date of the sixth?",
        "= Saturday, October 12, 2030",
    ),
    ("What day of the week was 6 May 1840, when the first stamps became valid?", "Wednesday"),
    (
        (
            "Youngest scout was born 15 September 2020. How old is he on the first day of camp, 26"
            " July 2031?"
        ),
        "10 years old",
    ),
    (
        "The stand has to be finished by the last Thursday of September 2031. What date is that?",
        "25",
    ),
    ("Someone born on 17 November 1988 is how old on 1 July 2035?", "46 years old"),
    # "= ?"; a lead time after an order; the time to respond to a dated letter
    (
        "Tool steel was ordered 27 October 2027, lead time 10 weeks. What date should it arrive?",
        "= Wednesday, January 5, 2028",
    ),
    (
        "Examiner's letter is dated 21 June 2027 and we have 4 weeks to respond. Deadline?",
        "= Monday, July 19, 2027",
    ),
    # repairs turned round in so many days after the machine came in; a terse revisit date
    (
        (
            "The machine came in on Wednesday 3 November 2027 and we turn repairs round in 12 days."
            " What day of the week will it be ready?"
        ),
        "Monday, November 15, 2027",
    ),
    ("We sprayed on 8 June 2027 and go back 95 days later. Revisit date?", "September 11, 2027"),
    # "a 6-week lead time", "when should it arrive?"; an nth weekday then a terse "Date?"
    (
        "Ordered on 29 January 2031 with a 6-week lead time — when should it arrive?",
        "= Wednesday, March 12, 2031",
    ),
    ("Our next fixture is the second Saturday of May 2032. Date?", "May 8, 2032"),
    ("Booking's for the second Saturday in June 2031, what date is that?", "June 14, 2031"),
    ("Peak starts on the fourth Monday of November 2031. What date's that?", "November 24, 2031"),
    # a gestation after a service
    ("sow served 12 April 2027, gestation 115 days - due date?", "= Thursday, August 5, 2027"),
    # statements to complete; whom a span is for; a relative clause in who was born; a lead
    # time asked in the present; a trip's return; days a thing was held; opening hours named
    ("Days from 1 December 2030 to 1 March 2031:", "90 days"),
    ("The date 45 days before 20 January 2032 is", "= Saturday, December 6, 2031"),
    (
        "How many weeks are there from 4 January 2032 to 28 March 2032 for my client's programme?",
        "12 weeks",
    ),
    (
        (
            "A little boy I look after was born on 30 November 2027. How old is he on 1 September"
            " 2032?"
        ),
        "4 years old",
    ),
    (
        "An order placed on 11 February 2030 has a 15-day turnaround. When is it ready?",
        "= Tuesday, February 26, 2030",
    ),
    (
        "We leave port on 20 October 2031 for a 38-day survey cruise. On what date do we return?",
        "= Thursday, November 27, 2031",
    ),
    ("We leave on 20 October 2031 for 38 days. When do we get back?", "November 27, 2031"),
    (
        (
            "I bought a gold noble on 5 August 2024 and sold it on 18 March 2031. How many days did I"
            " hold it?"
        ),
        "2416 days",
    ),
    (
        "Summer opening hours begin on the last Saturday of May 2031. What date is that?",
        "May 31, 2031",
    ),
    # set 67's: the day-one convention said; "needs to rest 9 days"; "one round a week" and its
    # "sixth and final round … on what date?"; what an age is for, after the date
    ("What number day of the year is 15 September 2029 (1 January being day 1)?", ": 258"),
    (
        (
            "We roasted the Ethiopian on 2 March 2030 and it needs to rest 9 days before it goes out."
            " Which date is it ready?"
        ),
        "= Monday, March 11, 2030",
    ),
    (
        (
            "Our league plays one round a week, starting Tuesday 5 February 2030. The sixth and final"
            " round is on what date?"
        ),
        "= Tuesday, March 12, 2030",
    ),
    (
        "A pupil was born on 3 August 2019. How old is she on 1 September 2028, for grading entry?",
        "9 years old",
    ),
    # set 68's: a bare "when's the next?" of a series; "By what date?"; who wants a day by its
    # place in the month; the date's occasion said beside it
    (
        (
            "The ropes course gets inspected every 6 weeks. Last inspection was 15 April 2030 -"
            " when's the next?"
        ),
        "= Monday, May 27, 2030",
    ),
    (
        (
            "The street party is on 6 July 2030 and the road closure form has to be in 8 weeks"
            " before. By what date?"
        ),
        "= Saturday, May 11, 2030",
    ),
    (
        "A stag group wants the third Saturday of October 2030. What date is that?",
        "October 19, 2030",
    ),
    ("6 July 2030, the day of our street party, is what day of the week?", "is a Saturday"),
    # set 69's: a birth date then a colon; "how old in whole years on …"
    ("Born 12 August 1994: how old in whole years on 1 June 2030?", "35 years old"),
    ("30 September 2030 is day number what of its year?", ": 273"),
    # set 71's: a weekday to complete; a holiday named before its day in the month
    ("1 January 2040 falls on a", "is a Sunday"),
    (
        (
            "Ash logs split on 15 September 2028 need 18 weeks' seasoning. What date will they be"
            " ready?"
        ),
        "= Friday, January 19, 2029",
    ),
    (
        "Brownie holiday starts on the third Saturday of June 2032. Which date is that?",
        "June 19, 2032",
    ),
    (
        (
            "A farm gets a feed delivery every 18 days. The first came on 2 March 2028. When does the"
            " fourth one come?"
        ),
        "= Tuesday, April 25, 2028",
    ),
    # "first" as the earliest day the wait allows, no other thing
    (
        (
            "The hens were collected on 17 May 2031 and have to stay shut in for 10 days after that."
            " What date can they first go out?"
        ),
        "= Tuesday, May 27, 2031",
    ),
    # "begin" and "start" as one verb
    (
        (
            "Census day is Sunday 21 March 2032 and doorstep follow-ups begin 10 days later. What"
            " weekday do follow-ups start?"
        ),
        "= Wednesday, March 31, 2032",
    ),
    # a number that names a thing, said in the story only
    (
        (
            "Tram 14's wheels were last reprofiled on 6 August 2029 and the next reprofile is due 140"
            " days later. Which day of the week will that be?"
        ),
        "= Monday, December 24, 2029",
    ),
    (
        "Round 4 of the regional series is on the third Saturday of June 2030. Which date is that?",
        "Saturday, June 15, 2030",
    ),
    (
        (
            "League rounds are every 14 days, starting Thursday 7 September 2028. What's the date of"
            " round 9?"
        ),
        "= Thursday, December 28, 2028",
    ),
    # whole weeks between two dates; an occasion beside a date
    ("How many whole weeks from 5 April 2032 to 27 September 2032?", "25 weeks"),
    ("How many full weeks between 5 April 2032 and 29 September 2032?", "25 weeks and 2 days"),
    (
        "Which day of the week was 17 January 1995, the day of the Kobe earthquake?",
        "January 17, 1995 is a Tuesday",
    ),
    # who was born, said as what they are; "How old am I on …?"
    ("I'm a guide born 8 February 1979. How old am I on 1 August 2030?", "51 years old"),
    ("She's a nurse born 3 May 1990. How old is she on 1 June 2030?", "40 years old"),
    # where the count is written; a thing shipped, then the courier's days
    ("How many days is it from 10 May 2029 to 2 June 2029 in the rearing log?", "23 days"),
    (
        (
            "A club order ships on 11 November 2029 and the courier takes 8 days. What weekday does it"
            " arrive?"
        ),
        "= Monday, November 19, 2029",
    ),
    # the end of what started and took so long; a span's name beside its dates
    (
        (
            "Restoration of the reel started on 10 February 2027 and took 140 days. On what date did it"
            " finish?"
        ),
        "= Wednesday, June 30, 2027",
    ),
    ("How many days from 1 March 2027 to 31 October 2027, our dune season?", "244 days"),
    # a series that follows a dated first thing of another kind (set 80's wrong answer)
    (
        (
            "Immunisation plan: the first dose went in on Tuesday 2 September 2031 and boosters follow"
            " every 21 days after it. What is the date of the fourth booster?"
        ),
        "= Tuesday, November 25, 2031",
    ),
    (
        (
            "The first session was on 2 September 2031 and sessions follow every 21 days. What is the"
            " date of the fourth session?"
        ),
        "= Tuesday, November 4, 2031",
    ),
    # made, manufactured, produced: one event; a step with a thousands comma; "the matriarch, born
    # …, on …"
    (
        (
            "A batch of antivenom made on 14 March 2031 expires 1,095 days after manufacture. On what"
            " date does it expire?"
        ),
        "= Monday, March 13, 2034",
    ),
    (
        (
            "Brown sugar syrup made on 26 June 2029 is best before 21 days after making. What date do I"
            " write on the label?"
        ),
        "= Tuesday, July 17, 2029",
    ),
    (
        (
            "Membranes get swapped every 1,460 days. The last change was 9 June 2028 — when is the next"
            " one due?"
        ),
        "= Tuesday, June 8, 2032",
    ),
    ("How old was the matriarch, born 15 March 1968, on 10 March 2031?", "62 years old"),
    # a series from an opening day
    (
        (
            "The tour opens on Saturday 3 May 2031 and there's a show every 7 days. What is the date"
            " of the 12th show?"
        ),
        "= Saturday, July 19, 2031",
    ),
    # the span told before the question after a comma ("Counting 310 days from that date, …");
    # a thing left to lie or stay for a span, and its end asked; an arrival said as reaching;
    # "the next one"; a name with who it is ("Kofi the African grey hatched on …")
    (
        (
            "Our buffalo cow Rani was served on 18 March 2027. Counting 310 days from that date, when"
            " is her calf due?"
        ),
        "= Saturday, January 22, 2028",
    ),
    (
        (
            "The beans went into the sweatboxes on Monday 8 February 2027 and stay in for 6 days. What"
            " date do they come out?"
        ),
        "= Sunday, February 14, 2027",
    ),
    (
        "Flax pulled on 26 July 2027 lies out to dew-ret for 24 days. When should we lift it?",
        "= Thursday, August 19, 2027",
    ),
    (
        (
            "Samples reached the core on 11 August 2027 and we promised results 45 days after"
            " arrival. What's the promised date?"
        ),
        "= Saturday, September 25, 2027",
    ),
    (
        (
            "The ride's independent inspection falls due 365 days after the last one, which was on 27"
            " March 2027. When is the next one due?"
        ),
        "= Sunday, March 26, 2028",
    ),
    (
        (
            "Kofi the African grey hatched on 14 June 1994. How old was he, in whole years, on 1 June"
            " 2027?"
        ),
        "32 years old",
    ),
    # a span of gestation from the day she was bred; the latest start before a date
    (
        (
            "A bison cow was bred on 14 August 2027 and we reckon on 285 days' gestation. What date is"
            " she due?"
        ),
        "= Thursday, May 25, 2028",
    ),
    (
        (
            "Christmas orders have to ship by 14 November 2027 and a production run takes 9 weeks."
            " What's the latest start date?"
        ),
        "= Sunday, September 12, 2027",
    ),
    # a thing that cures for a span from the date; a span given to do something, its deadline
    # asked; a thing's age from when it first ran
    (
        (
            "We cut the bamboo on 27 September 2027 and it cures for 12 weeks before we build with it."
            " On what date is it ready?"
        ),
        "= Monday, December 20, 2027",
    ),
    (
        (
            "Test knitters get the shawl pattern on 10 January 2027 and have 6 weeks to finish. What is"
            " their deadline?"
        ),
        "= Sunday, February 21, 2027",
    ),
    (
        (
            "Our galloping horse carousel first turned on 14 May 1921. How old will it be, in whole"
            " years, on 1 May 2031?"
        ),
        "109 years old",
    ),
    # the day of the year of the story's date, 1 January said as day 1 after a comma; a
    # commission taken on, and the weeks quoted for it
    (
        (
            "We logged the first kingfisher of the year on 4 April 2027. What day of the year is that,"
            " with 1 January as day 1?"
        ),
        "94",
    ),
    (
        "I took on a rug commission on 8 March 2027 and quoted 6 weeks. What date is it due?",
        "= Monday, April 19, 2027",
    ),
    # the day an age is asked named by what is done then; a day booked by its place in a month
    (
        "Mittens was born on 14 June 2015. How old is she when I next sit for her on 1 June 2027?",
        "11 years old",
    ),
    (
        "I've booked the chimney sweep for the first Friday of October 2027. What date is that?",
        "Friday, October 1, 2027",
    ),
    # "which is day 1" / "- that's day 1", a day N asked (its weekday too); an age asked "if
    # someone was born on …"; a name with where the person is, and the day named after its date
    (
        (
            "A customer starts our five-day juice cleanse on Monday 11 January 2027 - that's day 1."
            " What date is day 5?"
        ),
        "= Friday, January 15, 2027",
    ),
    (
        (
            "Our walking festival starts on Saturday 24 July 2027, which is day 1. What weekday is day"
            " 9?"
        ),
        "= Sunday, August 1, 2027",
    ),
    (
        "If someone was born on 27 October 1990, how old are they on 26 October 2027?",
        "36 years old",
    ),
    (
        (
            "Ahmed in our house was born on 14 March 2012. How old is he on Saturday 13 March 2027, the"
            " day of the house trip?"
        ),
        "14 years old",
    ),
    # the lead time said by whoever makes or sends it
    (
        (
            "I ordered the conversion kit on 3 March 2027 and the supplier says six weeks. What day of"
            " the week should it arrive?"
        ),
        "= Wednesday, April 14, 2027",
    ),
    # "When's she due to calve?"; ", with that day counting as day 1"
    (
        (
            "The cow was served on 21 June 2028 and we reckon 283 days' gestation. When's she due to"
            " calve?"
        ),
        "= Saturday, March 31, 2029",
    ),
    (
        (
            "The permit starts on Saturday 15 January 2028, with that day counting as day 1. What date"
            " is day 90?"
        ),
        "= Thursday, April 13, 2028",
    ),
    # "Late openings" name an event; a monthly rule asked for one month
    (
        (
            "Late openings are on the last Friday of each month. Which date is the late opening in July"
            " 2027?"
        ),
        "Friday, July 30, 2027",
    ),
    # set 88: a thing that stayed in, its subject said; "the flight" of "flies on"; a run whose
    # first day is said to be day 1; "valid for" with its first day said
    (
        (
            "Drying started on 17 February 2029 and the kit stayed in for 23 days. On what date did"
            " it come out?"
        ),
        "= Monday, March 12, 2029",
    ),
    (
        (
            "The dog flies on 16 January 2030 and its vet check is 10 days before the flight. What"
            " day of the week is the vet check?"
        ),
        "= Sunday, January 6, 2030",
    ),
    (
        (
            "Installation starts on 28 July 2029 and runs for 16 days, counting the start day as day"
            " 1. What's the final day?"
        ),
        "= Sunday, August 12, 2029",
    ),
    (
        (
            "A visa is valid for 180 days, counting the issue date of 19 April 2029 as day 1. What is"
            " the last valid day?"
        ),
        "= Monday, October 15, 2029",
    ),
    # a series said to "start" on its first date; the k-th asked bare; a period said as
    # "a 270-day shelf life from that date"
    (
        (
            "Fortnightly mediation sessions start on 9 January 2029. What's the date of the fourth"
            " session?"
        ),
        "= Tuesday, February 20, 2029",
    ),
    (
        "weekly sessions, first one on Wednesday 7 March 2029 - when's the sixth?",
        "= Wednesday, April 11, 2029",
    ),
    (
        (
            "A batch of frozen berries went into store on 14 November 2028 with a 270-day shelf life"
            " from that date. What's its best-before date?"
        ),
        "= Saturday, August 11, 2029",
    ),
    # set 89: days elapsed or a time under review between two dates; a period right after its
    # date; "the last valid date"; an age "at her reading on April 4, 2031"
    (
        "submitted 3 February 2031, accepted 19 June 2031. how many days was it under review?",
        ": 136 days",
    ),
    (
        (
            "The retention certificate was issued on 2 April 2029 and the customer came in on 18"
            " January 2031. How many days had passed?"
        ),
        ": 656 days",
    ),
    (
        "Tender published 12 March 2031 with a 35-day response period. Closing date?",
        "= Wednesday, April 16, 2031",
    ),
    (
        (
            "The movement order is valid for 28 days, counting 19 August 2031 as day 1. What's the"
            " last valid date?"
        ),
        "= Monday, September 15, 2031",
    ),
    (
        "Client was born on June 21, 1994. How old is she at her reading on April 4, 2031?",
        "36 years old",
    ),
    # a span "from accepting the invitation" of "accepted on"
    (
        (
            "Reviewers get 21 days from accepting the invitation. Dr Okafor accepted on 27 October"
            " 2030 - when is her report due?"
        ),
        "= Sunday, November 17, 2030",
    ),
    # set 90: terse "Earliest access date?", "Final vesting date?"; "after a trip ends" of "My
    # trip ended on"; a label's number ("The Section 20 notice"); "counting launch day as day 1"
    (
        (
            "The operator gave notice on Wednesday 7 May 2031 and has to wait 28 days before access."
            " Earliest access date?"
        ),
        "= Wednesday, June 4, 2031",
    ),
    (
        (
            "Founder shares granted on 1 July 2030 finish vesting 1,461 days after the grant. Final"
            " vesting date?"
        ),
        "= Saturday, July 1, 2034",
    ),
    (
        (
            "Claims have to be in 45 days after a trip ends. My trip ended on 27 January 2032. What's"
            " the deadline?"
        ),
        "= Friday, March 12, 2032",
    ),
    (
        (
            "The Section 20 notice went out on 3 March 2031 and the observation period ends 30 days"
            " after the notice date. What date is that?"
        ),
        "= Wednesday, April 2, 2031",
    ),
    (
        (
            "We launch on Tuesday, April 6, 2032, and run 30 days counting launch day as day 1. What"
            " date is the last day?"
        ),
        "= Wednesday, May 5, 2032",
    ),
    # a day named first and its weekday asked after a colon
    ("Christmas Day 2040: what weekday?", "December 25, 2040 is a Tuesday."),
    # the story's span asked again as "so long on"
    (
        (
            "The mats were laid on 22 May 2031 and need watering until 4 weeks after that. What's"
            " the date 4 weeks on?"
        ),
        "= Thursday, June 19, 2031",
    ),
    # set 91: hours counted from a time of day said with a written date; "… =" after a span
    (
        (
            "The job was queued at 16:20 on 10 October 2031 and rendered for 57 hours. On what date"
            " did it finish?"
        ),
        "= Monday, October 13, 2031 at 01:20",
    ),
    (
        (
            "The hack runs for 48 hours from 18:00 on Friday 7 November 2031. What day of the week"
            " does it finish?"
        ),
        "= Sunday, November 9, 2031 at 18:00",
    ),
    (
        (
            "The flood alert went out at 09:00 on Sunday 16 November 2031 and the river peaked 58"
            " hours later. On what date did it peak?"
        ),
        "= Tuesday, November 18, 2031 at 19:00",
    ),
    # (dates moved off nights the clocks change somewhere: see LEFT_TO_THE_MODEL)
    ("What date is 30 hours after 14 March 2031 at 22:00?", "= Sunday, March 16, 2031 at 04:00"),
    ("45 days before 10 April 2033 =", "= Thursday, February 24, 2033"),
    # set 93: an em dash set close, days "exposed", "after the sale" of "sold on", "brought back
    # on" a date (a thing returned, no date moved)
    ("pre-inquest review is on 2 December 2031—which day of the week is that?", "Tuesday"),
    (
        (
            "A diffusion tube went up on 4 March 2030 and was collected on 1 April 2030. How many"
            " days was it exposed?"
        ),
        ": 28 days",
    ),
    (
        (
            "An alternator was sold on 2 August 2030 and brought back on 14 January 2031. How many"
            " days after the sale was that?"
        ),
        ": 165 days",
    ),
    (
        (
            "Goods entered bond on 8 February 2030 and their review falls 90 days after entry."
            " Which date is that?"
        ),
        "= Thursday, May 9, 2030",
    ),
    (
        (
            "The staff-room kettle was tested on 9 October 2030 and is due again 52 weeks later."
            " What date is the retest due?"
        ),
        "= Wednesday, October 8, 2031",
    ),
    (
        (
            "Our oldest member, Ron, was born on 30 November 1949. How old will he be on 1 March"
            " 2031?"
        ),
        "81 years old",
    ),
    (
        (
            "Our reading group meets weekly for 12 sessions, the first on Tuesday 7 January 2031."
            " What's the date of the last session?"
        ),
        "= Tuesday, March 25, 2031",
    ),
    (
        "Driver clocked on at 05:50 and off at 19:05. What's the duty span in minutes?",
        "795 minutes",
    ),
    # set 95: a series' count told before its step, the final one asked; "… is which date?"
    (
        (
            "The winter league is 8 matches, one every 14 days, starting Sunday 5 November 2028."
            " What's the date of the final match?"
        ),
        "= Sunday, February 11, 2029",
    ),
    ("9 October 2032 minus 250 days is which date?", "= Monday, February 2, 2032"),
    # set 97: nights "booked"; a round asked by the label the story gave it; "the final" alone
    (
        (
            "We fly out on Saturday, July 18, 2026 and we've booked 14 nights. What date do we fly"
            " home?"
        ),
        "= Saturday, August 1, 2026",
    ),
    (
        (
            "Round 1 of the championship is on 30 May 2027 and round 5 is 9 weeks later. What date is"
            " round 5?"
        ),
        "= Sunday, August 1, 2027",
    ),
    (
        "The first round is on 30 May 2027 and the final is 9 weeks later. What date is the final?",
        "= Sunday, August 1, 2027",
    ),
    # set 97: a holiday with its year as a story's date; a weigh-in as an event; children who
    # "break up" (a term ends: no break in a count); "from the one date to the other"
    (
        (
            "The turkey has to come out of the freezer 4 days before Christmas Day 2027 to thaw in the"
            " fridge. What day of the week is that?"
        ),
        "= Tuesday, December 21, 2027",
    ),
    ("The fair is 10 days after Easter 2027. What date is that?", "= Wednesday, April 7, 2027"),
    ("What day of the week is 4 days before Christmas Day 2027?", "= Tuesday, December 21, 2027"),
    # set 98: "If the baby arrives on …, what date is the 6-week check?" (a check named by its
    # span, counted from the story's one date)
    (
        "If the baby arrives on 6 September 2027, what date is the 6-week check?",
        "= Monday, October 18, 2027",
    ),
    (
        "If the shop opens on 6 September 2027, what date is 6 weeks after that?",
        "= Monday, October 18, 2027",
    ),
    # set 102: a span needed after something finished on the date, "before it can be painted";
    # "From what date …?"
    (
        (
            "We finished rendering on 17 August 2027 and the system needs 28 days before it can be"
            " painted. From what date can we paint?"
        ),
        "= Tuesday, September 14, 2027",
    ),
    # set 101: "before it runs out" of a thing that expires; the span's own event asked by a word
    # of its clause ("college")
    (
        (
            "My season ticket expires on 30 April 2028 and I want to renew it 10 days before it runs"
            " out. What date is that?"
        ),
        "= Thursday, April 20, 2028",
    ),
    (
        (
            "I start my apprenticeship on Monday 13 September 2027 and my first block release at"
            " college begins 6 weeks later. What date does college start?"
        ),
        "= Monday, October 25, 2027",
    ),
    # set 100: "goes live" is a launch; props that "stay in for" a span; a name such as "T1"
    (
        (
            "Campaign goes live on Monday 6 September 2027 and the client wants the final copy signed"
            " off 18 days before launch. What date is sign-off?"
        ),
        "= Thursday, August 19, 2027",
    ),
    (
        (
            "The slab was poured on Monday 19 July 2027 and the engineer says the back props stay in"
            " for 28 days. On what date can they come out?"
        ),
        "= Monday, August 16, 2027",
    ),
    (
        "T1 fungicide went on 14 April 2028 and I want T2 exactly 21 days later. What date is that?",
        "= Friday, May 5, 2028",
    ),
    # set 99: a day by its place in a month, "What date do I book?"; a hyphen in what is told;
    # days "at sea"; weeks "with us"
    (
        "The directors want the away day on the first Thursday of June 2028. What date do I book?",
        "Thursday, June 1, 2028",
    ),
    (
        (
            "Qualifying for the grass-court event starts on the third Monday of June 2028. What date is"
            " that?"
        ),
        "Monday, June 19, 2028",
    ),
    (
        (
            "We left La Gomera on 12 December 2027 and reached English Harbour, Antigua on 29 January"
            " 2028. How many days were we at sea?"
        ),
        "48 days",
    ),
    (
        (
            "Carriage 4 came into the works on Monday 3 January 2028 and went back into service on"
            " Monday 29 May 2028. How many weeks was it with us?"
        ),
        "21 weeks",
    ),
    # set 98: days "it will have run by" a date; a span counted from "the bud appears"
    (
        (
            "The float furnace was first lit on 20 April 2012. How many days will it have run by 20"
            " April 2027?"
        ),
        "5478 days",
    ),
    (
        (
            "The titan arum's flower bud showed on 2 June 2027, and in our records it opens 33 days"
            " after the bud appears. What date does it open?"
        ),
        "= Monday, July 5, 2027",
    ),
    (
        (
            "I sowed the giant pumpkin seed on 19 April 2027 and the weigh-in is on 2 October 2027."
            " How many days from sowing to weigh-in?"
        ),
        "166 days",
    ),
    (
        (
            "The grandchildren break up on Wednesday 22 July 2026 and go back on Thursday 3 September"
            " 2026. How many days is it from the one date to the other?"
        ),
        "43 days",
    ),
    # a renewal is never the start: the second is two steps on
    (
        (
            "The captioning contract started Monday, January 4, 2027 and renews every 13 weeks."
            " What is the date of the second renewal?"
        ),
        "Monday, July 5, 2027",
    ),
    # set 121's misses (and earlier sets'): a run counted from day 1, the last Friday of N
    # weeks from a Monday, a span from a named event
    (
        "We leave Roscoff on Saturday 24 May 2031 and the tour lasts 23 days, counting the first day as day 1. On which date do we finish?",
        "Sunday, June 15, 2031",
    ),
    (
        "Our 11-day ride across Scotland begins on 17 June 2031, day 1 being the start. What date do we finish?",
        "Friday, June 27, 2031",
    ),
    (
        "A member bought a 60-day class pass on 17 February 2029, and the purchase day counts as day 1. What's the last day it's valid?",
        "Tuesday, April 17, 2029",
    ),
    (
        "My contract runs for 365 days, counting 3 March 2030 as the first day. What is the last day of the contract?",
        "Sunday, March 2, 2031",
    ),
    (
        "We land on 10 April 2029 and stay for 1,095 days, counting the landing day as day 1. On what date is day 1,095?",
        "Thursday, April 8, 2032",
    ),
    (
        "My surgery placement lasts 11 weeks, Monday to Friday, starting Monday 6 January 2031. What is the date of my final Friday?",
        "Friday, March 21, 2031",
    ),
    (
        "The internship is 10 weeks of Monday-to-Friday work, starting Monday 8 June 2026. What is the date of my final Friday?",
        "Friday, August 14, 2026",
    ),
    (
        "The scooter's warranty runs 730 days from the purchase date, 19 March 2031. On which date does it run out?",
        "Friday, March 18, 2033",
    ),
    (
        "My lodger gave notice on 3 March 2032, and our agreement says she can leave 28 days after the day notice is given. What date is that?",
        "Wednesday, March 31, 2032",
    ),
    (
        "The buyer received them on 17 December 2031 and has 30 days from delivery to open a return. What's the last date they can do that?",
        "Friday, January 16, 2032",
    ),
    (
        "I set eggs in the incubator on Sunday 6 April 2031; chicks hatch after 21 days. On what date should they hatch?",
        "Sunday, April 27, 2031",
    ),
    (
        "Genovese basil takes 28 days from seeding to cut in our towers. We seeded a batch on 17 February 2031. On what date is it ready to harvest?",
        "Monday, March 17, 2031",
    ),
    # set 126's misses
    ("Give the date 1,000 days on from 12 May 2026.", "Monday, February 5, 2029"),
    (
        "My daughter was born on 9 May 2013. On which weekday is her fifteenth birthday?",
        "Tuesday, May 9, 2028",
    ),
    (
        "Mum and Dad married on Saturday 14 June 1980. What weekday is their 50th anniversary?",
        "Friday, June 14, 2030",
    ),
    # set 125's misses
    (
        "How many weekdays (Monday to Friday) are there from 2 to 27 October 2028, inclusive?",
        "inclusive: 20",
    ),
    (
        "The charity sea dip is on 1 January 2028. What day of the week is that, so I can book the lifeguards?",
        "January 1, 2028 is a Saturday.",
    ),
    (
        "We practise every Tuesday from Tuesday 7 September 2027 to Tuesday 14 December 2027, first and last included. How many practices is that?",
        "inclusive: 15",
    ),
    (
        "The Year 6 time capsule is sealed on 14 July 2027 and is to be dug up on 14 July 2052. How many days will it spend underground?",
        "9132 days",
    ),
    # set 124's misses
    (
        "How long is a 19:45 to 08:15 night shift, in hours?",
        "From 19:45 to 08:15 the next day: 12.5 hours",
    ),
    # set 123's misses
    (
        "My 90-day ferry ticket starts on 14 April 2027, and that day counts as day one. What's the last date it's valid?",
        "Monday, July 12, 2027",
    ),
    (
        "Biscuit arrived on 27 December 2026 and has to stay in quarantine for exactly two weeks. On what date does quarantine end?",
        "Sunday, January 10, 2027",
    ),
    (
        "The dog arrived on 27 December 2026 and stayed in kennels for 10 days. On what date can he go home?",
        "Wednesday, January 6, 2027",
    ),
    # set 122's misses
    ("Name the date of the third Wednesday in October 2029.", "Wednesday, October 17, 2029"),
    (
        "The times-table challenge begins on Monday 7 January 2030, which counts as day 1, and lasts 45 days. What's the date of the last day?",
        "Wednesday, February 20, 2030",
    ),
    (
        "Invoice dated Friday 17 May 2030, terms net 45 days. What's the due date?",
        "Monday, July 1, 2030",
    ),
    (
        "Bank night shift on ward 7: 19:30 to 08:00, with a 45-minute unpaid break. How many paid hours is that?",
        "(11.75 hours)",
    ),
    # set 138: "Count the Tuesdays in …", the answer's purpose said after it, day numbers
    ("Count the Tuesdays in August 2027 for me.", "Tuesdays in August 2027: 5"),
    (
        "Jo was born on 14 August 1987. Which day of the week was that? Want it for the quiz.",
        "Friday",
    ),
    (
        "If 1 January 2027 is day 1, what day number is 15 September 2027?",
        "Day of the year of September 15, 2027: 258",
    ),
    (
        "He wants to video call on 15 July 2027. How many hours ahead of the UK is Kathmandu then? (decimal hours please)",
        "4.75 hours ahead",
    ),
    # (set 138: answered December 30, 90 days forward) a span gone back from a date
    ("Go back 90 days from 1 October 2027. What's the date?", "Saturday, July 3, 2027"),
    ("Step back 3 weeks from 1 October 2027. What date is that?", "Friday, September 10, 2027"),
    # set 137: nights "agreed" for a house sit
    (
        "The sit near Athens starts on Saturday 2 October 2027 and we've agreed 19 nights. What date do we hand the keys back?",
        "Thursday, October 21, 2027",
    ),
    # set 137: a day's number asked of a year, a shift "in Melbourne runs from" across its change
    ("What number day of 2027 is 30 September?", "Day of the year of September 30, 2027: 273"),
    (
        "My night shift in Melbourne runs from 19:00 on Saturday 2 October 2027 to 07:00 on Sunday 3 October 2027. The clocks change that night — how many hours will I actually have worked?",
        "in Melbourne: 11 hours",
    ),
    # set 136: twins' birthday
    (
        "We were born on Saturday 19 May 2012. What day of the week is our 18th birthday?",
        "Sunday, May 19, 2030",
    ),
    # (set 131: answered 12) hours across a night the clocks change, counted where they are kept
    (
        "I did a night shift on the ward in Manchester from 19:30 on Saturday 27 March 2027 to 07:30 on Sunday 28 March 2027. How many hours did I actually work?",
        "in Manchester: 11 hours",
    ),
    (
        "Night shift in Leeds: on at 20:00 Saturday 30 October 2027, off at 08:00 Sunday 31 October 2027 by the ward clock. How many hours did I actually work?",
        "in Leeds: 13 hours",
    ),
    (
        "In London, how many hours actually pass between 20:00 on Saturday 25 March 2028 and 08:00 on Sunday 26 March 2028?",
        "in London: 11 hours",
    ),
    (
        "In New York, how many hours from 20:00 on 30 October 2027 to 08:00 on 31 October 2027?",
        "in New York: 12 hours",
    ),
    # set 134: both ends said included; working days counted "only Mondays to Fridays"
    (
        "Her ski season contract runs from Monday 6 December 2027 to Sunday 16 April 2028, first and last day both included. How many days is that?",
        "inclusive: 133 days",
    ),
    (
        "Counting only Mondays to Fridays (no holidays), what date is 45 working days after Friday 3 September 2027?",
        "Friday, November 5, 2027",
    ),
    # set 134: a span between two times said to have no break
    ("The band plays from 19:30 to 23:45 with no break. How many hours is that?", "4.25 hours"),
    # sets 130 and 132: the date said to count as day 1, "up to and including"
    (
        "Street trading permit is good for 45 days, and Friday 23 April 2027 counts as day 1. What date is day 45?",
        "Sunday, June 6, 2027",
    ),
    (
        "The Milan customer's site pass for drivers is valid for 90 days, with Wednesday 1 September 2027 counted as day 1. What's the last date it covers?",
        "Monday, November 29, 2027",
    ),
    (
        "How many Thursdays from Thursday 16 September 2027 up to and including Thursday 20 April 2028?",
        "inclusive: 32",
    ),
    # set 132's misses: an age asked of "someone born on", notes that say what is assumed
    (
        "Someone born on 30 September 1988 — what age are they on 14 April 2027?",
        "38 years old",
    ),
    ("How many Fridays are there in the calendar year 2027?", "Fridays in 2027: 53"),
    ("Counting Monday to Friday only, how many weekdays does March 2027 have?", "2027: 23"),
    (
        "The charity 10k is on Sunday 10 October 2027 and our training plan starts exactly 12 weeks before race day. What date do we start?",
        "Sunday, July 18, 2027",
    ),
    # set 131's misses: a stay's place before its arrival, a span before the date said in an "If",
    # what the supplier wants as a deadline, "not counting the first day"
    (
        "We've booked 28 nights at the Algarve site, arriving 4 October 2027. What's our check-out date?",
        "Monday, November 1, 2027",
    ),
    (
        "Paper 1 is on 14 June 2028. If we start revising exactly 12 weeks before, on what date do we start?",
        "Wednesday, March 22, 2028",
    ),
    (
        "The fair closes on Friday 11 February 2028 and the supplier wants our order 18 days after that. What day of the week is the deadline?",
        "Tuesday, February 29, 2028",
    ),
    (
        "Count the days from 25 December 2027 to 4 July 2028, not counting the first day.",
        "192 days",
    ),
    # set 130's misses: a shift worked so many times, two spans of a day added, a race's date
    (
        "Night warden shifts are 22:00 to 07:30. I did 4 of them. How many hours is that in total?",
        "From 22:00 to 07:30 the next day, 4 times: 38 hours",
    ),
    (
        "The van trades 18:30 till 03:00, five nights a week. How many hours a week is that?",
        "From 18:30 to 03:00 the next day, 5 times a week: 42.5 hours",
    ),
    (
        "Tacho check: I drove 04:50 to 09:20, took my break, then drove 10:05 to 14:35. How many hours of driving is that?",
        "From 04:50 to 09:20 and from 10:05 to 14:35: 9 hours",
    ),
    (
        "Tunnel time is booked 08:30 to 17:45 on each of 4 days. How many hours is that in total?",
        "From 08:30 to 17:45, 4 times: 37 hours",
    ),
    (
        "The 10k is on Sunday 26 September 2027 and the beginners' plan kicks off exactly 12 weeks before race day. What date do they start?",
        "Sunday, July 4, 2027",
    ),
    # set 121's misses: a shift's hours less an unpaid break
    (
        "My Saturday locum shift is 08:30 to 19:00 with a 30-minute unpaid break. Paid hours?",
        "From 08:30 to 19:00, less a 30-minute unpaid break: 10 hours",
    ),
    (
        "My night shift runs from 21:45 to 06:30 with a 30-minute unpaid break. How many paid hours is that per shift?",
        "(8.25 hours)",
    ),
    (
        "I clocked in at 08:20 and out at 17:05 and took a 45-minute lunch. How many hours did I work?",
        ": 8 hours",
    ),
    (
        "My shift is 08:30 to 19:00 with 2 unpaid 30-minute breaks. How many paid hours?",
        ": 9.5 hours",
    ),
    # (both left to the model before: the lunch's number went unread; the hours worked leave it out)
    (
        "I clocked in at 08:20 and out at 17:05 and took a 45-minute lunch. How many hours did I work?",
        "less a 45-minute lunch: 8 hours",
    ),
    (
        "She clocked in at 08:55 and out at 17:10 with a 30 minute lunch. How many hours did she work?",
        "less a 30 minute lunch: 7 h 45 min (7.75 hours)",
    ),
    # set 120's misses (2026-12-07 session)
    (
        "The craft market runs every other Saturday from Saturday 5 April 2031. What's the date of market number 6?",
        "Saturday, June 14, 2031",
    ),
    (
        "The first car payment is on 28 March 2031 and they fall on the 28th of each calendar month. When is payment number 36?",
        "Tuesday, February 28, 2034",
    ),
    (
        "Payment 1 is on 5 March 2031 and they fall monthly. When is payment 12?",
        "Thursday, February 5, 2032",
    ),
    ("Give the date of the last Monday in May 2032.", "Monday, May 31, 2032"),
    (
        "My last A-level exam is on 19 June 2031 and results day is 14 August 2031. How many weeks do I wait?",
        "8 weeks",
    ),
    (
        "I applied on 3 March 2031 and the decision comes on 12 May 2031. How many days do I have to wait?",
        "70 days",
    ),
    # set 120
    (
        "My 6-day lift pass starts on Monday 10 March 2031 and covers consecutive days. What's the last date I can ski on it?",
        "Saturday, March 15, 2031",
    ),
    # set 119
    (
        "Aquafit runs on Tuesdays and Fridays. How many sessions are there from 1 October 2032 to 31 October 2032 inclusive?",
        "Tuesdays and Fridays from Friday, October 1, 2032 to Sunday, October 31, 2032 inclusive: 9",
    ),
    ("After 9 October 2031, how many days remain until 31 December 2031?", "83 days"),
    # set 118: a delivery's span, asked as when it arrives
    (
        "The quartz worktop was ordered on 2 February 2029 with delivery quoted at exactly 6 weeks after the order date. When does it arrive?",
        "Friday, March 16, 2029",
    ),
    # set 118: a hen weekend is an event, no count of weekend days
    (
        "The hen weekend starts Friday 27 April 2029 and the wedding is Saturday 2 June 2029. How many days apart are they?",
        "36 days",
    ),
    # set 117 (and the notice and plan shapes of sets 113 and 115): so many days a week
    (
        "The panto plays every Thursday, Friday and Saturday from 4 December 2031 to 3 January 2032 inclusive. How many performance days is that?",
        "Thursdays, Fridays and Saturdays from Thursday, December 4, 2031 to Saturday, January 3, 2032 inclusive: 15",
    ),
    (
        "The kids have a maths lesson every Tuesday and Thursday from Tuesday 3 September 2030 to Thursday 19 December 2030, both included. How many lessons is that?",
        "inclusive: 32",
    ),
    (
        "Training is every Wednesday and Friday starting 5 January 2028. How many sessions are there up to and including 29 March 2028?",
        "inclusive: 25",
    ),
    (
        "How many Tuesdays and Thursdays are there from 3 September 2030 to 19 December 2030 inclusive?",
        "inclusive: 32",
    ),
    (
        "The wedding is on Saturday 21 June 2031 and my supplier needs 38 days' notice for the pampas. By what date must I order?",
        "Wednesday, May 14, 2031",
    ),
    (
        "The party is on Saturday 20 July 2030 and the allergen-free bakery needs 10 days' notice. What's the latest date I can place the order?",
        "Wednesday, July 10, 2030",
    ),
    (
        "The removal firm needs 21 days' notice and we move on 29 March 2028. What's the latest date I can book them?",
        "Wednesday, March 8, 2028",
    ),
    (
        "The marathon is on Sunday 27 April 2031 and my training plan is 18 weeks long, ending on race day. On what date should I start it?",
        "Sunday, December 22, 2030",
    ),
    (
        "Race day is Saturday 5 October 2030. My plan is exactly 16 weeks, finishing on race day. On what date does it start?",
        "Saturday, June 15, 2030",
    ),
    (
        "Our 60-day kettlebell challenge begins on 3 November 2031. What date is its final day?",
        "Thursday, January 1, 2032",
    ),
    # set 116
    # (a weekday asked of an Nth birthday gets the date, which names its weekday)
    (
        "I was born on 19 October 1961. What day of the week is my 67th birthday?",
        "Thursday, October 19, 2028",
    ),
    (
        "Our league plays every Saturday from Saturday 6 September 2031 to Saturday 13 December 2031 inclusive. How many matchdays is that?",
        "inclusive: 15",
    ),
    (
        "We rehearse every Wednesday, starting Wednesday 9 January 2030 and finishing Wednesday 27 March 2030. How many rehearsals is that, counting the first and last?",
        "inclusive: 12",
    ),
    (
        "I was born on 3 March 2016 and the café can give me more hours once I turn sixteen. On which day of the week is my sixteenth birthday?",
        "Wednesday, March 3, 2032",
    ),
    (
        "We got married on Saturday 16 August 2031. Which day of the week will our first wedding anniversary be?",
        "Monday, August 16, 2032",
    ),
    (
        "We got married on 16 August 2031. What date is our 10th anniversary?",
        "Friday, August 16, 2041",
    ),
    ("Add 9 weeks to Friday 6 June 2031. Which date is it?", "Friday, August 8, 2031"),
    ("Minutes elapsed between 21:40 and 06:05 the following morning?", "505 minutes"),
    # set 115
    ("On what weekday is Christmas Day 2033?", "Sunday"),
    (
        "I opened my pattern shop on 8 March 2028. On what date was it 1,000 days old?",
        "Tuesday, December 3, 2030",
    ),
    (
        "The tour opens on Thursday, September 12, 2030 and we play 17 nights in a row. What's the date of the last show?",
        "Saturday, September 28, 2030",
    ),
    (
        "Our rail pass covers 22 consecutive days beginning Monday 2 June 2031. What's the last day we can travel on it?",
        "Monday, June 23, 2031",
    ),
    ("I'm babysitting from 19:15 until 00:45. How many hours is the job?", "5.5 hours"),
    (
        "A trap started recording at 21:35 and its battery died at 04:10. How many minutes of footage could it have captured?",
        "395 minutes",
    ),
    (
        "Tomato seedlings can go out on the balcony 6 weeks after sowing. I sowed them on 28 March 2031. When can they go outside?",
        "Friday, May 9, 2031",
    ),
    # set 114
    (
        "We set off on Saturday 7 June 2031 for a 16-day tour, counting the day we leave as day one. What's the date of the last day?",
        "Sunday, June 22, 2031",
    ),
    (
        "The school kitchen shuts on 24 July 2031 and reopens on 1 September 2031. How many days are there in between, not counting either of those two dates?",
        "neither counted: 38 days",
    ),
    (
        "How many days are there between 24 July 2031 and 1 September 2031, excluding both dates?",
        "neither counted: 38 days",
    ),
    # set 113
    (
        "What day of the week was 21 November 1990, the launch day of the console I'm selling?",
        "Wednesday",
    ),
    (
        "How many days are there from my pupil's first lesson on 11 September 2028 to her exam on 8 December 2028?",
        "88 days",
    ),
    (
        "The beads go into the annealer at 22:40 and the cycle finishes at 03:15. How many minutes is the cycle?",
        "275 minutes",
    ),
    (
        "Eggs laid on 3 June 2028 get a best-before date 28 days after laying. What date goes on the box?",
        "Saturday, July 1, 2028",
    ),
    (
        "A queen emerges 16 days after the egg is laid. If the egg was laid on 28 May 2028, on what date should she emerge?",
        "Tuesday, June 13, 2028",
    ),
    # set 112
    (
        "The gelato lab opened on 17 March 2025. On what date is it 1,000 days old?",
        "Sunday, December 12, 2027",
    ),
    (
        "The canicross race started at 10:40:00 and my dog and I crossed the line at 11:17:25. What was our time in seconds?",
        "2245 seconds",
    ),
    (
        "The race started at 10:40:00 and I finished at 11:17:25. How long did I take, in seconds?",
        "2245 seconds",
    ),
    (
        "My return is due on 31 January 2029 and I sit down to start it on 14 January 2029. How many days is that, counting both dates?",
        "inclusive: 18 days",
    ),
    (
        "The tagine course runs on 8 consecutive Saturdays, starting 4 September 2027. On which date is the final class?",
        "Saturday, October 23, 2027",
    ),
    (
        "The course runs on 8 consecutive Saturdays, starting 4 September 2027. On which date is the third class?",
        "Saturday, September 18, 2027",
    ),
    (
        "Training is every Wednesday starting Wednesday 5 January 2028. How many sessions are there up to and including 29 March 2028?",
        "inclusive: 13",
    ),
    (
        "Our market runs on Saturdays from 1 April 2028. How many markets will there be through 30 September 2028?",
        "inclusive: 27",
    ),
    (
        "The auction opens at 18:30 on 14 March 2029 and runs for 100 hours. When does it close?",
        "Sunday, March 18, 2029 at 22:30",
    ),
    ("how many minutes are between 07:48 and 16:23", "515 minutes"),
    # set 111
    (
        "Booking taken on 3 June 2027 for a climb on 7 August 2027. How many days ahead was that?",
        "65 days",
    ),
    (
        "1 January 2040 lands on which day of the week?",
        "Sunday",
    ),
    (
        "The basho lasts 15 days starting Sunday 14 November 2027, the opening day counting as day one. On what date is the final day?",
        "Sunday, November 28, 2027",
    ),
    (
        "What day of the week is 13 April 2027, the first day of Songkran?",
        "Tuesday",
    ),
    (
        "The elver season runs 22 March to 7 June 2027. How many days is that, counting the opening and closing days?",
        "78 days",
    ),
    # set 110
    (
        "Fire season at my tower opens on 15 May 2030 and I'm posted up here for 120 days, counting opening day as day 1. What date is my last day?",
        "Wednesday, September 11, 2030",
    ),
    (
        "Sleigh season starts 1 December 2030 and runs for 100 days, with 1 December as day 1. What is the last day?",
        "Monday, March 10, 2031",
    ),
    (
        "My shift runs from 22:30 to 06:15. How many minutes is that?",
        "465 minutes",
    ),
    # set 109: the day named, then its date
    ("What day of the week is the harp festival's opening day, 22 August 2031?", "Friday"),
    ("What weekday is the county rodeo final on 4 July 2031?", "Friday"),
    # set 108: a span after the dated doing, given as a condition
    (
        "I grafted on Monday 11 June 2029. If the queens emerge 11 days after grafting, what day of the week will that be?",
        "Friday, June 22, 2029",
    ),
    (
        "A virgin queen emerged on 22 June 2029. If she starts laying 16 days after emerging, on what date will that be?",
        "Sunday, July 8, 2029",
    ),
    # set 108: a run whose first day is day 1
    (
        "A course starts on 28 January 2030 and runs for 40 days counting the first day as day 1. What is the date of day 40?",
        "Friday, March 8, 2030",
    ),
    (
        "A 180-day season ticket starts on 15 April 2030, which counts as day 1. What's the last day it's valid?",
        "Friday, October 11, 2030",
    ),
    (
        "A 15-day pass bought on 3 March 2027, with that day as day 1. When does it expire?",
        "Wednesday, March 17, 2027",
    ),
    (
        "Our 30-day challenge started on 1 June 2027 (that day being day 1). What date is day 30?",
        "Wednesday, June 30, 2027",
    ),
    (
        "What day of the week is 12 October 2030, the date of the velodrome's open day?",
        "Saturday",
    ),
    # set 107
    (
        "Add 45 days to December 20, 2026. What's the date?",
        "Wednesday, February 3, 2027",
    ),
    (
        "Subtract 3 weeks from 1 March 2027. What is the new date?",
        "Monday, February 8, 2027",
    ),
    (
        "what date falls on the final Monday in May 2030",
        "Monday, May 27, 2030",
    ),
    (
        "Our female llama was mated on 3 September 2026 and we count gestation as 350 days. What's her due date?",
        "Thursday, August 19, 2027",
    ),
    (
        "One of my choristers was born on 17 March 2015. How old is he on 1 September 2027, the first day of the autumn term?",
        "12 years old",
    ),
    # set 106
    (
        (
            "Our tortoise went into hibernation on 12 November 2026 and woke up on 9 March 2027."
            " How many days was she asleep?"
        ),
        "117 days",
    ),
    (
        (
            "I accepted a faceting commission on 4 October 2027 and promised it in ten weeks."
            " What's the due date?"
        ),
        "Monday, December 13, 2027",
    ),
    (
        "Our filly was foaled on 19 April 2025. How old is she in completed years on 1 January 2028?",
        "2 years old",
    ),
    # set 105: the k-th after the dated one is k steps on
    (
        (
            "Organ tuning visits every 13 weeks, the first on Thursday 7 January 2027. What's the"
            " date of the third visit after that one?"
        ),
        "Thursday, October 7, 2027",
    ),
    # sets 103 and 104
    (
        "How old is someone born on 17 August 1984 as of 1 March 2027?",
        "42 years old",
    ),
    (
        "Patient DOB 22 September 1951, appointment on 15 March 2027. How old will they be at the appointment?",
        "75 years old",
    ),
    (
        "I sign on at 22:50 and sign off at 06:35. How many hours is that shift?",
        "7.75 hours",
    ),
    (
        "Truck 12 left the south gate at 21:30 and the dispatcher logged it at the mine at 08:15 the following morning. How many hours was the run?",
        "10.75 hours",
    ),
    (
        "The hut opens for the season on 22 June 2029 and closes on 16 September 2029. How many days are there from the opening date to the closing date?",
        "86 days",
    ),
    (
        "Car 23 entered service on 29 July 1931 and was withdrawn on 5 April 1960. How many days is that from the first date to the second?",
        "10478 days",
    ),
    (
        "Entries close 33 days before the trial, which is on 7 April 2030. When do entries close?",
        "Tuesday, March 5, 2030",
    ),
    (
        "Took the order and measurements on 11 October 2027 and we quote 14 weeks for a first pair. What date is the pair due?",
        "Monday, January 17, 2028",
    ),
    (
        "Cow served on 28 November 2028; gestation here is taken as 283 days. What's her due date?",
        "Friday, September 7, 2029",
    ),
    (
        "I started ageing the bluefin loin on 18 January 2028 and age it for 12 days. What date is it ready to serve?",
        "Sunday, January 30, 2028",
    ),
    (
        "The seismic swarm began on 3 February 2027 at 14:00 and lasted exactly 100 hours. On what date did it end?",
        "Sunday, February 7, 2027 at 18:00",
    ),
    (
        "Contract says delivery 230 days after the deposit is paid; the deposit went in on 1 September 2027. Delivery date?",
        "Tuesday, April 18, 2028",
    ),
    # set 147: an event named, its date between commas, its weekday asked
    ("The first Moon landing, 20 July 1969, was which weekday?", "Sunday"),
    # set 147: "from … up to …" a date
    ("How many days from 5 April 2029 up to 30 June 2029?", "86 days"),
    # set 145: "When is N days after …?"
    ("When is 180 days after 3 March 2027?", "Monday, August 30, 2027"),
    # set 144: spans that follow one another from a date
    (
        "Seeded the trays on Monday 5 April 2027; germination takes 9 days and then hardening off another 14 days. What's the planting-out date?",
        "Monday, April 5, 2027 + 23 days = Wednesday, April 28, 2027",
    ),
    (
        "The kit arrived on 3 May 2027. Paint takes 6 days to come, then I need 10 days to build it. What date will it be ready?",
        "+ 16 days = Wednesday, May 19, 2027",
    ),
    (
        "Lambing started on 1 March 2027. Tailing is 3 weeks later and weaning 8 weeks after that. What date is weaning?",
        "+ 77 days = Monday, May 17, 2027",
    ),
    (
        "Soaking takes 12 days and drying 20 more, starting 4 January 2028. What date is it ready?",
        "+ 32 days = Saturday, February 5, 2028",
    ),
    # set 143: a story's question typed without its question mark
    (
        "how many days from sowing on 2 March 2027 to the first harvest on 14 June 2027",
        "104 days",
    ),
    # set 141: the start said first, "Counting from …"
    (
        "Counting from 4 September 2027, how many days until 1 November 2027?",
        "58 days",
    ),
    # set 140: one end said not to count, which is the difference of the dates
    (
        "The exhibition borrows the quilt from 3 May 2027 to 14 August 2027. How many days is that, not counting the first day?",
        "103 days",
    ),
    (
        "How many days from 1 March 2027 to 1 September 2027, end date not included?",
        "184 days",
    ),
    # set 159: "Born on …, how old is someone on …?"
    ("Born on 22 October 1988, how old is someone on 1 October 2027?", "38 years old"),
    # set 156: the day named before its date ("on race day, 18 April 2027"); "Days from … up to
    # …: how many?"
    (
        "I was born on 3 March 1988. How old will I be on race day, 18 April 2027?",
        "39 years old",
    ),
    ("Days from 1 January 2028 up to 1 March 2028: how many?", "60 days"),
    # set 155: "How many days old is a baby born on …", "Date of round 8?"
    ("How many days old is a baby born on 11 December 2026 on 2 April 2027?", "112 days"),
    (
        "League rounds are 11 days apart. Round 1 is Tuesday 7 September 2027. Date of round 8?",
        "= Tuesday, November 23, 2027",
    ),
    # set 153: a second span "after" what the first is told of; a weekday rule said of a plural
    # ("the games fall on …"); a dispatch date of working days
    (
        (
            "Sow on 14 March 2027; germination takes 21 days and we transplant 6 weeks after"
            " germination. Transplant date?"
        ),
        "= Sunday, May 16, 2027",
    ),
    (
        (
            "The local Highland games fall on the second Saturday of June. Which date is that in"
            " 2028?"
        ),
        "Saturday, June 10, 2028",
    ),
    (
        (
            "Order placed Monday 7 June 2027. We dispatch 18 working days (Mon-Fri, no holidays in"
            " between) after the order. What's the dispatch date?"
        ),
        "is Thursday, July 1, 2027",
    ),
    # set 153: "incubation is 61 days" after a thing done on the date; "after five weeks" in the
    # next sentence of a thing done on the date
    (
        (
            "Our royal python laid her clutch on 19 July 2027 and incubation is 61 days. Expected"
            " hatch date?"
        ),
        "= Saturday, September 18, 2027",
    ),
    (
        (
            "Juice went into the fermenter on Saturday 9 October 2027. We rack it off after five"
            " weeks. Which date is racking day?"
        ),
        "= Saturday, November 13, 2027",
    ),
    # set 152: "How many full years old", a span "of gestation" before its "from", and two
    # times of day asked as "were they working"
    (
        "The window was dedicated on 6 April 1874. How many full years old is it on 6 April 2027?",
        "153 years old",
    ),
    (
        "Counting 345 days of gestation from a mating on 2 August 2027, what is the due date?",
        "= Wednesday, July 12, 2028",
    ),
    (
        (
            "We let the dogs out at 21:40 for the night hunt and called them in at 03:15. How many"
            " minutes were they working?"
        ),
        "335 minutes",
    ),
    # set 161: a thing dated between commas or in brackets, its weekday asked; "no. of days";
    # times written "7.45pm"
    ("the storming of the Bastille, 14 July 1789, was on which weekday", "is a Tuesday"),
    ("On which weekday was the moon landing, 20 July 1969?", "is a Sunday"),
    ("the moon landing (20 July 1969) fell on what day of the week", "is a Sunday"),
    ("no. of days from 3 March 2031 to 19 November 2031", ": 261 days"),
    # set 162: a holiday named in brackets after its date; a day told once a year, asked in one
    ("25 December 2029 (christmas day) is which day of the week", "is a Tuesday"),
    ("Ferragosto is 15 August. What day of the week is it in 2027?", "is a Sunday"),
    ("Our feast day falls on 18 November. what weekday is it in 2027", "is a Thursday"),
    ("Şeb-i Arus is on 17 December every year. what day of the week is it in 2032", "is a Friday"),
    # set 165: "number of weekdays in …", "cold ischaemic time in minutes?", AM and PM in capitals
    ("number of weekdays (mon-fri) in october 2030", "in October 2030: 23"),
    ("how many Monday-to-Friday days are there in June 2027", "in June 2027: 22"),
    (
        (
            "working days (Mon–Fri) from Monday 2 September 2030 to Friday 27 September 2030, both"
            " included?"
        ),
        "inclusive: 20",
    ),
    # sets 167 and 168: a holiday's day said in brackets beside it
    ("what day of the week is Christmas Day (25 December) 2036", "is a Thursday"),
    ("christmas 2031 (25 December) lands on which day", "is a Thursday"),
    (
        "going backwards 90 days from 1 March 2030 lands on which date",
        "= Saturday, December 1, 2029",
    ),
    # set 166: "B is how many days after A"; what the question is for, said first
    ("January 1, 2029 is how many days after July 4, 2028", ": 181 days"),
    ("for my French history essay, 14 July 1789 fell on which day of the week", "is a Tuesday"),
    ("Christmas Day, 25 December 2029, was which weekday?", "is a Tuesday"),
    # sets 161 and 164: a run of days "counting the start day", its last day's date or weekday
    (
        (
            "I start the O circuit on Monday 10 November 2031 and it takes 9 days counting the start"
            " day. What date do I finish?"
        ),
        "+ 8 days = Tuesday, November 18, 2031",
    ),
    (
        (
            "Picking starts at first light on 20 May 2031 and runs for 25 days counting that first"
            " day. What weekday is the last day of picking?"
        ),
        "+ 24 days = Friday, June 13, 2031",
    ),
    (
        (
            "if the worm charming championships fall on the last saturday of june 2031, what's the"
            " date"
        ),
        "Saturday, June 28, 2031",
    ),
    (
        (
            "kidney was cross-clamped at 21:40 and reperfused at 09:05 the following morning. cold"
            " ischaemic time in minutes?"
        ),
        "From 21:40 to 09:05 the next day: 685 minutes",
    ),
    ("we play from 9:30 PM until 1:15 AM. how many hours is that", "(3.75 hours)"),
    ("He was born on 14 August 2018. When is his 13th birthday?", "= Thursday, August 14, 2031"),
    # set 164: one place named keeps one clock; two cities on one clock all year
    (
        (
            "The House sat from 14:37 until it rose at 01:12 the following morning. How many minutes"
            " is that?"
        ),
        "From 14:37 to 01:12 the next day: 635 minutes",
    ),
    (
        (
            "Our Vienna office opens at 09:00 and the Rome office closes at 17:30. How many hours is"
            " that?"
        ),
        "From 09:00 to 17:30: 8.5 hours",
    ),
    # set 163: "number of days in Feb of the year 2100", a day named by what happens on it,
    # "hours underground?" of two times, "how many sailing days" of a thing held every day
    ("number of days in Feb of the year 2100?", "February 2100 has 28 days"),
    ("Moose season opens 15 September 2029. What day of the week is opening day?", "is a Saturday"),
    (
        (
            "we went underground at 07:50 and came out at 01:20 the following morning. hours"
            " underground?"
        ),
        "From 07:50 to 01:20 the next day: 17.5 hours",
    ),
    ("went in the water at 10:20, out at 11:05. minutes underwater?", ": 45 minutes"),
    (
        (
            "trips run every day from 1 April to 30 September 2029, both dates included. how many"
            " sailing days is that"
        ),
        "inclusive: 183 days",
    ),
    (
        "Night dive: in the water at 23:40, surfaced at 01:05. Dive time in minutes?",
        "From 23:40 to 01:05 the next day: 85 minutes",
    ),
    (
        "Doors at 7.45pm and the venue throws us out at 12.20am. How many minutes is that?",
        "From 7.45pm to 12.20am the next day: 275 minutes",
    ),
    (
        "The film starts at 7.50 p.m. and finishes at 10.05 p.m. How long is it in minutes?",
        ": 135 minutes",
    ),
    # set 171: days in transit; a count asked by its unit alone; both ends said in other words
    (
        (
            "parcel left Srinagar on 19 November 2031 and reached Toronto on 11 December 2031. how"
            " many days in transit"
        ),
        "2031: 22 days",
    ),
    (
        "clocked in 21:55, clocked out 06:20 the next morning. minutes worked?",
        "From 21:55 to 06:20 the next day: 505 minutes",
    ),
    ("clocked in 21:55, clocked out 06:20. hours worked", "8 h 25 min"),
    (
        (
            "started carving 9 March 2031, the pole raising is 21 September 2031. how many days is"
            " that counting both the first day and the raising day"
        ),
        "inclusive: 197 days",
    ),
    (
        (
            "how many weekdays (mon to fri) are there from 1 September 2031 to 30 September 2031,"
            " counting both"
        ),
        "inclusive: 22",
    ),
    # set 172: how long a thing was deployed; an occasion beside the date; a count's inclusive
    # tail typed without a mark; day K asked without one
    (
        (
            "collar went on the female on 17 January 2029 and we recovered it on 2 July 2029. how"
            " many days was it deployed"
        ),
        "2029: 166 days",
    ),
    (
        "I was born 2 November 1991. how old will I be on fight night, 16 September 2029",
        "37 years old",
    ),
    (
        (
            "my grandmother was born 12 December 1958. how old will she be at the print show opening"
            " on 3 May 2030"
        ),
        "71 years old",
    ),
    (
        "harvest runs 1 May 2030 to 31 August 2030. how many days is that, both dates included",
        "inclusive: 123 days",
    ),
    (
        (
            "our 180-day isolation sim starts Monday 2 September 2030 and that counts as day 1."
            " what's the date of day 180"
        ),
        "Friday, February 28, 2031",
    ),
    # set 173: a date moved by a span and the new one asked; day 1 said other ways
    (
        "launch was set for 28 February 2031 and it's slipped by 45 days. new launch date?",
        "Monday, April 14, 2031",
    ),
    (
        "the meeting on 4 May 2031 was postponed by 3 days. what is the new date?",
        "Wednesday, May 7, 2031",
    ),
    (
        "the meeting on 4 May 2031 was brought forward 2 weeks. what's the new date?",
        "Sunday, April 20, 2031",
    ),
    ("how many Fridays are there in 2031, for the jumu'ah rota", "Fridays in 2031: 52"),
    (
        (
            "we started potty training on Monday 6 May 2030. the book says give it 21 days, counting"
            " the first day as day 1. which date is day 21"
        ),
        "Sunday, May 26, 2030",
    ),
    (
        (
            "I fly into Luena on 9 October 2028 for a 42-day rotation, arrival day counting as day 1."
            " What's the date of my last day on site?"
        ),
        "Sunday, November 19, 2028",
    ),
    # set 174: more cities on the zone table; a flight's question typed without a mark; two
    # places on one clock travelled between
    (
        (
            "our german guests fly Frankfurt 13:40 on 24 March 2032 and land in Osaka at 09:05 local"
            " time on 25 March 2032. how long is the flight in minutes"
        ),
        ": 685 minutes",
    ),
    (
        (
            "I fly out of Aberdeen at 07:40 on 3 March 2027 and land in Houston at 16:55 the same day,"
            " local time at each end. how long is the journey in minutes"
        ),
        ": 915 minutes",
    ),
    (
        (
            "we sail from Piraeus at 17:00 on Saturday 30 October 2027 and tie up in Valletta at 13:00"
            " on Monday 1 November 2027, both in local port time. how many hours is the passage"
        ),
        ": 46 hours",
    ),
    (
        (
            "wheels up Whitehorse 07:20 local on 14 July 2030, landed Inuvik 10:35 local the same day."
            " how many minutes in the air"
        ),
        ": 135 minutes",
    ),
    (
        (
            "leaving Cardiff at 02:15 after the show and getting into Glasgow at 09:05. minutes on the"
            " road?"
        ),
        "From 02:15 to 09:05: 410 minutes",
    ),
    (
        (
            "the prescription covers 91 days counting 5 April 2028 as the first day. what's the last"
            " day it covers"
        ),
        "+ 90 days",
    ),
    # set 174: an age at her own later event; whole years between two events
    (
        (
            "she was born on 21 April 2024 and lost her first tooth on 9 November 2030. how old was"
            " she, in whole years"
        ),
        ": 6 years old",
    ),
    (
        (
            "They married on 14 June 1958 and he died on 9 January 2027. How many complete years were"
            " they married?"
        ),
        "From Saturday, June 14, 1958, to Saturday, January 9, 2027: 68 complete years",
    ),
    ("how many complete years between 14 June 1958 and 9 January 2027?", ": 68 complete years"),
    (
        (
            "I started on 3 March 2010 and retired on 1 February 2031. how many full years did I work"
            " there?"
        ),
        ": 20 complete years",
    ),
    # set 175: a day told by its place in a month, inside a story or a sum; day 1 as "the sailing
    # day"; "from that to"
    (
        (
            "race day is the first Sunday of March 2032 and my plan starts exactly 16 weeks before race"
            " day. what date does the plan start"
        ),
        "Sunday, March 7, 2032 - 16 weeks = Sunday, November 16, 2031",
    ),
    (
        (
            "entries open on 14 February 2029. how many days from then until the race on the second"
            " Sunday of June 2029"
        ),
        ": 116 days",
    ),
    (
        "the guest wants matinee tickets for the second Saturday of March 2031 - what date is that",
        "Saturday, March 8, 2031",
    ),
    (
        (
            "my contract starts Sunday 12 January 2031 when we sail from Punta Arenas and runs for 87"
            " days, counting the sailing day as day 1. what date is my last day"
        ),
        "+ 86 days = Tuesday, April 8, 2031",
    ),
    (
        (
            "the first new-year auction I bid at was 5 January 2025. how many days from that to 5"
            " January 2031"
        ),
        ": 2191 days",
    ),
    # today stated as a day of a month, and tomorrow asked from it (not from the clock: this was
    # left to the model while the day could not be read)
    ("Today is the first Monday of June 2026. What's tomorrow's date in YYYY-MM-DD?", "2026-06-02"),
    (
        (
            "trade date Thursday 18 December 2031, settlement is 2 business days later (Mon-Fri)."
            " what's the settlement date"
        ),
        "is Monday, December 22, 2031",
    ),
    # set 176: how long a thing sat or stayed silent; terse counts; my own age at an event
    (
        (
            "the horn was silenced on 1 June 1987 and sounded again for the museum opening on 1 June"
            " 2027. how many days was it silent?"
        ),
        ": 14610 days",
    ),
    (
        (
            "the holotype was collected on 23 May 1998 and I'm describing it on 12 March 2028. how many"
            " days has it sat in the drawer"
        ),
        ": 10886 days",
    ),
    (
        (
            "started ironing on the summit at 23:35 for the midsummer stunt and packed the board away"
            " at 01:10. minutes spent ironing?"
        ),
        ": 95 minutes",
    ),
    (
        (
            "the divers went into saturation at 07:00 on 3 October 2027 and came out at 16:30 on 24"
            " October 2027. total hours in the chamber?"
        ),
        ": 513.5 hours",
    ),
    (
        (
            "I was born 17 August 1961 and the implant was switched on 3 March 2027. how old was I at"
            " switch-on?"
        ),
        ": 65 years old",
    ),
    # set 177: day 1 said other ways; both ends "if i count both the first day and the final"
    (
        (
            "We sailed on 2 February 2029 and the patrol is 73 days, counting the day we sailed as day"
            " 1. What date is day 73?"
        ),
        "+ 72 days = Sunday, April 15, 2029",
    ),
    (
        (
            "The lorry came in on 30 January 2030 on a 45-day temporary import permit, day of entry"
            " counting as day 1. What is the last valid day?"
        ),
        "+ 44 days = Friday, March 15, 2030",
    ),
    (
        (
            "started rehearsing for the tent on 2 December 2030 and the final is 28 February 2031. how"
            " many days of rehearsal is that if i count both the first day and the final"
        ),
        "inclusive: 89 days",
    ),
    # set 178: a note after the date asked of; an occasion before a US-order date
    ("what day of the week is 9 November 2027, big group booked", "November 9, 2027 is a Tuesday."),
    (
        "born Dec 3rd 1979 - how old am I on race day, January 24, 2027?",
        ": 47 years old",
    ),
    # set 179
    (
        (
            "voucher issued 20 November 2030, valid 90 days counting the issue date as day 1. last day"
            " I can use it?"
        ),
        "+ 89 days = Monday, February 17, 2031",
    ),
    (
        (
            "one of my scouts was born on 11 March 2020. how old will he be on 6 August 2032, the last"
            " day of camp"
        ),
        ": 12 years old",
    ),
    # set 180 misses: a day-month order that needs no cue, an order note in brackets, a weekday
    # asked with "weekday or weekend", a day told by its place to complete, day 1 said other
    # ways, a flight from Kuching, weekdays counted in a period told, a break asked in minutes,
    # an egg "laid" on a date without "on"
    ("days from 20/09/2030 to 01/01/2031 (dates are DD/MM/YYYY)", ": 103 days"),
    (
        "the armistice was signed on 11 November 1918; was that a weekday or weekend, which day",
        "Monday",
    ),
    ("the second Tuesday in March 2031 is the", "Tuesday, March 11, 2031"),
    (
        (
            "The barge was moored on 4 April 2029 and the lease gives us 90 days, counting the mooring"
            " day as day 1. What date is day 90?"
        ),
        "= Monday, July 2, 2029",
    ),
    (
        (
            "Fishing permit issued 10 January 2031 runs for 120 days with the issue date as day 1. On what"
            " date is the last day of the permit?"
        ),
        "= Friday, May 9, 2031",
    ),
    (
        "leave Kuching 08:15 on 2 May 2030, land Singapore 10:05 on 2 May 2030 (both local). how many minutes in the air",
        ": 110 minutes",
    ),
    (
        (
            "my term as chair runs 1 September 2030 to 31 August 2031 inclusive and the board meets on a"
            " Thursday. how many Thursdays are there in my term"
        ),
        "inclusive: 52",
    ),
    (
        "I clock in at 06:10 and out at 14:40 with one 40 minute break. working minutes, not counting the break?",
        ": 470 minutes",
    ),
    (
        "eggs laid 3 April 2030, incubation takes 21 days. what's the hatch date?",
        "= Wednesday, April 24, 2030",
    ),
    # both ends of a run counted: its last day is N - 1 days on (set 182); one clock for two
    # places on it
    (
        (
            "We started the survey on 3 March 2031 and it took 30 days, counting the first and the"
            " last day. On what date did we finish?"
        ),
        "+ 29 days = Tuesday, April 1, 2031",
    ),
    (
        "The night train leaves Vienna at 21:40 and gets into Rome at 09:05. How many minutes is that?",
        ": 685 minutes",
    ),
    # set 182 misses: "planned as N days", "the day of issue as day 1", an end named as
    # "the discharge day", an occasion before a date asked after a colon, "the century rule"
    (
        (
            "We leave port on 2 May 2030 and the survey is planned as 15 days at sea, counting the"
            " sailing day as day 1. What date is the last day?"
        ),
        "+ 14 days = Thursday, May 16, 2030",
    ),
    (
        (
            "the permit was issued on 10 January 2031 and is valid for 90 days counting the day of"
            " issue as day 1. last valid date?"
        ),
        "+ 89 days = Wednesday, April 9, 2031",
    ),
    (
        (
            "Admitted 4 March 2030, discharged 19 March 2030. How many days in hospital is that, not"
            " counting the discharge day?"
        ),
        ": 15 days",
    ),
    ("signing of Magna Carta, 15 June 1215: which weekday was it", "Monday"),
    ("how many days does Feb 2200 have, given the century rule", "28 days"),
    # set 183 misses: payment terms, "the op", "joining day", a time said "local on"
    (
        "Invoice dated 14 March 2028, payment terms 30 days. What's the due date?",
        "= Thursday, April 13, 2028",
    ),
    ("my op is on 3 May 2027. what date is 6 weeks after the op", "= Monday, June 14, 2027"),
    (
        (
            "joined the rig on 2 March 2027 on a 28-day rotation, joining day counted as day 1. what is"
            " my last day on board"
        ),
        "+ 27 days = Monday, March 29, 2027",
    ),
    (
        (
            "we left Heathrow at 10:15 on 4 June 2027 and landed in Tokyo at 06:40 local on 5 June"
            " 2027. how many minutes was the flight"
        ),
        ": 745 minutes",
    ),
    # set 184 misses: "set up on", "the last day I can use it", "my 4,000th day" with its day 1
    # said first in the question, a train between two cities of Japan
    (
        "The mill was set up on 9 June 1902. How many years old is it on 9 June 2032?",
        "130 years old",
    ),
    (
        (
            "my rail pass starts 3 March 2031 and is valid for 15 days including the start day. what's"
            " the last day I can use it"
        ),
        "+ 14 days = Monday, March 17, 2031",
    ),
    (
        "I started the job on 1 May 2020. Counting that day as day 1, on what date is my 1,000th day?",
        "+ 999 days = Wednesday, January 25, 2023",
    ),
    (
        "the train leaves Nagoya at 09:05 and gets into Tokyo at 10:41. How many minutes is that?",
        ": 96 minutes",
    ),
    # set 185 misses: an ISO week asked after the date, a terse "foal was born in the paddock on"
    ("1 January 2027 falls in which ISO week number", "ISO week 2026-W53"),
    (
        "foal was born in the paddock on 2 May 2020. how old is she on 1 May 2031, in whole years",
        ": 10 years old",
    ),
    # a rota of days on and off, the k-th stint's first day asked (sets 181, 185)
    (
        (
            "I work 14 days on, 14 off. My first stint on started 5 March 2027. What date does my fourth"
            " stint on begin?"
        ),
        "+ 84 days = Friday, May 28, 2027",
    ),
    (
        (
            "gate rota is 3 days on, 3 days off. the first shift of my first cycle was Monday 4 October"
            " 2027. what date is the first shift of my 6th cycle"
        ),
        "+ 30 days = Wednesday, November 3, 2027",
    ),
    # set 186 misses: a month's length asked other ways, time taken asked of a bare noun
    ("is Feb 2200 28 or 29 days long, give me the number of days", "28 days"),
    ("how many days is Feb 2028", "29 days"),
    (
        (
            "Mum died on 3 March 2030 and probate was granted on 1 October 2030. How many days did"
            " probate take?"
        ),
        ": 212 days",
    ),
    # set 186: "14 calendar days after the date of the letter", a bracket saying the sum again
    (
        (
            "the decision letter is dated 4 March 2031 and the appeal must be lodged no later than 21"
            " calendar days after the date of the letter. what's the deadline date"
        ),
        "+ 21 days = Tuesday, March 25, 2031",
    ),
    (
        (
            "The hearing is on 10 June 2031 and the bundle must be filed no later than 7 days before the"
            " hearing date. What's the last date it can be filed (hearing date minus 7 days)?"
        ),
        "- 7 days = Tuesday, June 3, 2031",
    ),
    # set 187 misses: an order note after the question mark, a night shift asked as "the shift",
    # two cities of Georgia, "the 60th day after", working days said to be Monday to Friday
    ("what's the date 30 days after 11/02/2031? (day/month/year)", "= Thursday, March 13, 2031"),
    ("I'm on 21:45 till 06:30. How many hours is the shift?", ": 8 h 45 min"),
    (
        "Left Tbilisi at 08:10, got into Batumi at 14:05 same day. How many minutes on the road?",
        ": 355 minutes",
    ),
    (
        "made a batch on 2 March 2028, it's ready on the 45th day after making. date?",
        "+ 45 days = Sunday, April 16, 2028",
    ),
    (
        (
            "The course runs from Monday 3 March 2031 to Friday 28 March 2031. How many working days"
            " (Mon-Fri, no holidays) is that, both included?"
        ),
        "inclusive: 20",
    ),
    # set 188: a rota's "on-block", a day counted as day 0
    (
        "hut rota is 8 days on then 6 off, and my first on-block starts 2 March 2027. what date does my 3rd on-block start",
        "+ 28 days = Tuesday, March 30, 2027",
    ),
    (
        "The op was on 4 May 2026, which counts as day 0. What date is day 30?",
        "+ 30 days = Wednesday, June 3, 2026",
    ),
    # what the answer is for, after it (set 188)
    (
        "the last Friday of March 2031 falls on which date, I need it for a deadline",
        "Friday, March 28, 2031",
    ),
    ("she was born 3 March 2012, how old is she on 1 March 2030", ": 17 years old"),  # (set 188)
    (
        (
            "My licence expires on 30 June 2029 and the renewal has to be lodged at least 28 days before"
            " expiry. Latest date to lodge it?"
        ),
        "- 28 days = Saturday, June 2, 2029",
    ),
]


@pytest.mark.parametrize("text, wanted", STORIES, ids=[s[0][:40] for s in STORIES])
def test_a_story_told_in_other_words_is_answered(text: str, wanted: str) -> None:
    assert wanted in (answer(text) or "")


LEFT_TO_THE_MODEL = [
    # a date said as the day before another's (set 188: counted to the championship itself)
    (
        "entries open 1 May 2027 and close the day before the final on Sunday 5 September 2027. how many"
        " days are entries open, counting the opening and closing days"
    ),
    (
        "The hearing is on 10 June 2031 and the bundle must be filed no later than 7 days before the"
        " hearing date. What's the last date it can be filed (hearing date minus 3 days)?"
    ),
    (
        "I work 14 days on, 14 off, but swapped a week. My first stint on started 5 March 2027. What date"
        " does my fourth stint on begin?"
    ),
    "the day after the wedding, 14 July 2029: which weekday is it",  # (not the wedding's own)
    "how many days does Feb 2100 have under our own rule",
    # a period whose ends are not both said to count, or with days off told (set 180)
    "the season runs 3 March 2030 to 27 October 2030. how many Saturdays are there in it?",
    "the season runs 3 March 2030 to 27 October 2030 inclusive, closed in August. how many Saturdays are there in it?",
    "I start at 05:50 and finish at 13:20 with a 35 minute break. how many minutes is my lunch break?",
    "what date is 3 days after the fifth Monday of February 2031",  # (there is none)
    # years between two events not said to be whole ones; someone else's event
    "They married on 14 June 1958 and he died on 9 January 2027. How many years were they married?",
    (
        "she was born on 21 April 2024 and her brother lost his first tooth on 9 November 2030. how old"
        " was she?"
    ),
    # a time's day said without its year beside zones (which 14 October?); from a place to one
    # not named
    (
        "left Adelaide at 18:00 on 12 October 2029 and pulled into Darwin at 22:15 on 14 October,"
        " local times both. how many hours on the road"
    ),
    "leaves Boston at 9:15 and gets in at 11:40. how many minutes?",
    # a move with no one direction
    "the meeting on 4 May 2031 was moved by 3 days. what's the new date?",
    "the meeting on 4 May 2031 was moved forward 2 weeks. what's the new date?",
    # a period's days asked by the unit alone (both ends may count)
    "the 3 kg bag lasted from 3 May 2031 to 9 June 2031. days?",
    "how many weekdays are there from 1 September 2031 to 30 September 2031",  # (ends?)
    # working days not said to be Monday to Friday (whose holidays?)
    "working days from Monday 2 September 2030 to Friday 27 September 2030, both included?",
    "What day of the week is Christmas Day (26 December) 2036?",  # (which of the two?)
    "for the Julian calendar, 14 July 1789 fell on which day of the week",
    # a run's length without its first day said counted: the last day, or the day after it?
    "The trek starts on 10 November 2031 and takes 9 days. What date do I finish?",
    "if the fair is on the first saturday of july 2031, what date is the day after?",
    # another day than the birthday asked (set 165: answered the 13th birthday itself)
    (
        "the boy was born 14 August 2018 and the party is on the first Sunday after his 13th"
        " birthday. what date is the party"
    ),
    # two places on two clocks (answered 8.5 hours), or a journey from a named place
    "Our Tokyo office opens at 09:00 and the London office closes at 17:30. How many hours is that?",
    "The ferry leaves Dover at 10:00 and gets in at 12:30. How many minutes is that?",
    # one span said twice (37 weeks is 259 days), not 37 weeks and 259 days more (set 164)
    (
        "her last period started 19 September 2030 and I go on call at exactly 37 weeks, 259 days"
        " after that. what date do I go on call"
    ),
    "What date is 1 year 14 months after 1 March 2030?",
    # "how many … days" of a thing not held every day: weekdays, or which days? (set 163)
    (
        "Trips run from 1 April to 30 September 2029, both dates included. How many sailing days"
        " is that?"
    ),
    # a holiday in brackets that is not the date's; a day told by another day
    "25 December 2029 (Thanksgiving) is which day of the week",
    "The day after Ferragosto is 16 August. What day of the week is it in 2027?",
    # a thing dated between commas whose name moves the day, or with a time beside the date
    "The day after the launch, 4 July 1976, was on which weekday?",
    "My appointment, 3 days after 4 July 1976, was on which weekday?",
    "The match, 4 July 1976 at 3pm, fell on what day of the week",
    # more than one held on each of the days counted (set 161: 18 days, not 36 shows)
    (
        "Residency is every Thursday and Saturday from 1 May 2031 to 30 June 2031 inclusive, two"
        " shows each night. How many shows is that?"
    ),
    "Quiz nights run twice a day every Friday from 2 May 2031 to 27 June 2031 inclusive. How many quiz nights is that?",
    # a second span after another thing than the first is told of
    (
        "Sow on 14 March 2027; germination takes 21 days and we transplant 6 weeks after flowering."
        " Transplant date?"
    ),
    # "after five weeks" of another thing than the one done on the date
    (
        "Juice went into the fermenter on 9 October 2027. We bottle after five weeks from racking."
        " What date do we bottle?"
    ),
    # a day counted from the one dated between commas
    "The day after the launch, 4 July 1976, was which weekday?",
    # (set 148: answered 20 days on) a start that may or may not be the first of what repeats
    "Started the sourdough on 2 March 2027 and feed it every 3 days. What's the date of the 5th feeding?",
    "The choir started on 4 January 2027 and meets every week. When is the 4th meeting?",
    # spans in turn: an earlier one's end asked, a start asked before a deadline, months, a span
    # not said to follow the one before
    "Lambing started on 1 March 2027. Tailing is 3 weeks later and weaning 8 weeks after that. What date is tailing?",
    "The order must be ready by 3 June 2027; printing takes 10 days and then binding another 5 days. What date do we start?",
    "Sowed on 8 April 2028, came up 10 days later, and 3 months after that it was ready. What date?",
    "Curing began on 2 May 2027 and takes 30 days, 12 days of it in the cold room. What date is it done?",
    # both ends said to count and one not: which?
    (
        "The quilt is on loan from 3 May 2027 to 14 August 2027. How many days is that, counting"
        " both days, not counting the first day?"
    ),
    # (set 139: answered 16.5) spans worked on days said by name: how often each is worked
    "Rota: 06:30–14:45 on Monday, Tuesday and Thursday, then 15:00–23:15 on Friday. How many hours is that in total?",
    "I work 09:00 to 17:00 every day. I did 4 of them. How many hours?",
    "If 1 January 2027 is day 1, what day number is 15 September 2028?",  # (counted on from 2027)
    # what counts as day 1 is not the date said
    "The permit is good for 45 days from 23 April 2027 and the next day counts as day 1. What date is day 45?",
    "Counting Monday to Friday only, how many days does March 2027 have?",  # (days: which?)
    # the first day left out and both ends counted; a finish asked of a start 12 weeks before
    "How many days from 25 December 2027 to 4 July 2028 inclusive, not counting the first day?",
    "The exam is on 14 June 2028. If we start revising 12 weeks before, on what date do we finish?",
    # hours across a night the clocks change in some places, said nowhere (or somewhere else)
    "How many hours from 20:00 on 30 October 2027 to 08:00 on 31 October 2027?",
    "My sister in Sydney says: I'm on shift 20:00 on 30 October 2027 to 08:00 on 31 October 2027. How many hours?",
    "I was born on Saturday 19 May 2012. What day of the week is our 18th birthday?",  # (whose?)
    # 01:30 happens twice in London that night; a Paris that may be in Texas
    "I did a night shift in Paris, Texas from 19:30 on Saturday 27 March 2027 to 07:30 on Sunday 28 March 2027. How many hours?",
    "In London, how many hours from 00:30 on 31 October 2027 to 01:30 on 31 October 2027?",
    "Hours between 06:00 on 3 April 2027 and 18:00 on 9 April 2027?",  # (Sydney's end of summer)
    "What date is 30 hours after 7 March 2031 at 22:00?",  # (the US goes forward on 9 March)
    "The weekend retreat runs from 16:00 on Friday 3 October 2031 to 14:00 on Sunday 5 October 2031. How many hours is that?",
    "The job was queued at 16:20 on 30 October 2031 and rendered for 57 hours. When did it finish?",
    # spans that overlap, a break of unknown length, a week's shifts asked as a total of what
    "I worked 09:00 to 13:30 and 12:15 to 18:00. How many hours?",
    "Night warden shifts are 22:00 to 07:30 with a break. I did 4 of them. How many hours is that in total?",
    "The van trades 18:30 till 03:00, five nights a week. How many hours is that in total?",
    "I did 4 shifts of 22:00 to 07:30 but left early on one. How many hours is that in total?",
    # my birthday asked of a daughter's birth
    "My daughter was born on 9 May 2013. On which weekday is my fifteenth birthday?",
    # a day shift said to cross midnight
    "How long is a 19:45 to 08:15 day shift, in hours?",
    # the end of a quarantine asked as a thing the story never named (the herd)
    "Biscuit arrived at the rescue on 27 December 2026 and has to stay in quarantine for exactly two weeks. On what date can she join the herd?",
    # a weekday said with a date it does not fall on: which was meant?
    "Invoice dated Saturday 17 May 2030, terms net 45 days. What's the due date?",
    "What date is 10 days after Saturday 17 May 2030?",
    # weeks from a day that is not a Monday, or with a week off; a date after a named event that
    # may be another event's
    "The internship is 10 weeks, starting Tuesday 9 June 2026. What is the date of my final Friday?",
    "The internship is 10 weeks of Monday-to-Friday work, starting Monday 8 June 2026, with a week off in July. What is the date of my final Friday?",
    "We fly home 10 days after the wedding, on 15 June 2030. When is the wedding?",
    # a break not said to be unpaid, and hours asked that may not be paid ones; two breaks
    "The salon's open 08:15 to 17:45 and I take a half-hour lunch. How many hours of grooming time is that a day?",
    "My shift is 08:30 to 19:00 with a 30-minute break. How many hours is that?",
    "My shift is 08:30 to 19:00 with a 30-minute unpaid break and a 15-minute paid break. Paid hours?",
    "We drove from 08:00 to 14:00 with a 30-minute lunch. How many hours did we drive?",
    # a monthly series from a day some months lack, or on another day than the date's
    "Payment 1 is on 30 March 2031 and they fall monthly. When is payment 12?",
    "The first car payment is on 28 March 2031 and they fall on the 1st of each calendar month. When is payment number 36?",
    # a wait across a period told from its start to its end (which days are waited?)
    "The festival runs from 3 March 2031 to 12 May 2031. How many days do I wait?",
    # notice for one thing, another asked; a plan's end asked of a plan told by its end; a run
    # said to end on the date
    "The party is on Saturday 20 July 2030 and the bakery needs 10 days' notice. What's the latest date I can pay?",
    "The marathon is on Sunday 27 April 2031 and my training plan is 18 weeks long, ending on race day. When does it end?",
    "Our 60-day challenge ends on 3 November 2031. What date is its final day?",
    "The worktop was ordered on 2 February 2029 and it takes 6 weeks to cure. When does it arrive?",
    # a holiday without its year after a dated start: which year's? (today's gave -1749 days)
    "How many days from 9 October 2031 until Christmas?",
    # a pass of so many days not said to run on consecutive days (any 6 days of a season?)
    "My 6-day lift pass starts on Monday 10 March 2031. What's the last date I can ski on it?",
    "Aquafit runs on Tuesdays and Fridays. How many sessions are there from 1 October 2032 to 31 October 2032?",
    "Aquafit runs on Tuesdays except in half term. How many sessions are there from 1 October 2032 to 31 October 2032 inclusive?",
    "After 9 October 2031, how many days remain until Christmas?",
    # both ends of a weekly run told, but the last not said to be counted; two days a week
    "Our league plays every Saturday from 6 September 2031 to 13 December 2031. How many matchdays is that?",
    # two weekdays, one said twice
    (
        "The kids have a maths lesson every Tuesday and Tuesday from 3 September 2030 to 19"
        " December 2030, both included. How many lessons is that?"
    ),
    # set 112's shapes, with what makes them unsure: a series not starting on its weekday, one
    # past its count, two weekdays a week, an end not said to be counted, a break, another thing
    "The course runs on 8 consecutive Saturdays, starting 3 September 2027. When is the final class?",
    "The course runs on 8 consecutive Saturdays, starting 4 September 2027. When is the 9th class?",
    "Training is every Wednesday starting 5 January 2028. How many sessions are there until 29 March 2028?",
    (
        "Training is every Wednesday starting 5 January 2028, except half term. How many sessions are"
        " there up to and including 29 March 2028?"
    ),
    "The auction opens at 18:30 on 14 March 2029 and runs for 100 hours. When does the cafe close?",
    # the days strictly between, in weeks or nights (which count no days), or of one date
    "How many weeks are there between 24 July 2031 and 1 September 2031, exclusive?",
    "The hut opens on 24 July 2031 and shuts on 1 September 2031. How many nights are there, not counting either date?",
    # a run of nights ending on the date, or broken; a thing done that the span is not told of
    "The tour ends on 12 September 2030 after 17 nights in a row. What's the date of the last show?",
    "We play 17 nights in a row from 12 September 2030, except Mondays. What's the date of the last show?",
    "Tomato seedlings can go out 6 weeks after sowing. I sowed them on 28 March 2031. When can they come back?",
    # an end before its start that would make a day of it: a slip, not past midnight
    "The shop opens at 14:00 and closes at 13:30. How many hours is that?",
    "The meeting starts at 14:00 and ends at 13:30. How many minutes is it?",
    "What day of the week was 21 November 1990, the next day of the sale?",
    # day 1 said of another date than the start
    (
        "Sleigh season starts 1 December 2030 and runs for 100 days, with 2 December as day 1."
        " What is the last day?"
    ),
    # a day named by its offset from the dated one
    "What weekday is the day after the final on 4 July 2031?",
    "What day of the week is the Friday before the fair, 22 August 2031?",
    # counted from another doing than the dated one
    (
        "I grafted on Monday 11 June 2029. If the queens emerge 11 days after hatching, what day"
        " of the week will that be?"
    ),
    # a day past the run's end; a run with days skipped; no day 1 said
    (
        "A course starts on 28 January 2030 and runs for 40 days counting the first day as day 1."
        " What is the date of day 41?"
    ),
    (
        "Our 30-day challenge started on 1 June 2027, with that being day 1, but we skipped"
        " Sundays. What date is day 30?"
    ),
    "A 15-day pass starts on 3 March 2027. What is the date of day 15?",
    # an instruction on a date the story does not give
    "Add 45 days to my birthday. What's the date?",
    # an appointment asked of a story that dates a scan; a clocked shift over two weekdays
    "Patient DOB 22 September 1951, scan on 15 March 2027. How old will they be at the appointment?",
    "I sign on at 22:50 on Friday and sign off at 06:35 on Sunday. How many hours is that shift?",
    # a service counted from an install, not from a start the series may count
    (
        "The boiler was installed on 2 February 2027 and is serviced every 26 weeks. What is the"
        " date of the second service?"
    ),
    # a scan counted from another date than the story's; a check beside other dated checks
    "I found out I was pregnant on 3 March 2027. What date is the 12-week scan?",
    (
        "The baby arrives on 6 September 2027 and the checks are on 1 and 3 October 2027. What"
        " date is the 6-week check?"
    ),
    # the dated event asked, not the span's
    "The party is on 18 September 2027 and the clean-up 2 days after. What date is the party?",
    # a span counted from another thing appearing than the story's dated one
    "The leaf showed on 2 June 2027, and it opens 33 days after the bud appears. What date does it open?",
    # set 98: a second offset in words beside the span (counted from the day after, not the date)
    (
        "Final round is Sunday 25 July 2027, we fly out the day after, and the next pro-am is 9"
        " days after we fly. What date is the pro-am?"
    ),
    # set 97: round 5 asked when the story dates round 4
    "Round 1 is on 30 May 2027 and round 4 is 9 weeks later. What date is round 5?",
    # set 96: a series counted from another event ("from commissioning on …"): is that event the
    # first of them? (answered as if it were: 26 weeks, where the set counts 39)
    (
        "Inspections are every 13 weeks from commissioning on 12 March 2027. What's the date of"
        " the third inspection?"
    ),
    "Visits are every 2 weeks from the launch on 3 May 2027. What's the date of the 4th visit?",
    # the last of something else than the series counted
    (
        "The winter league is 8 matches, one every 14 days, starting Sunday 5 November 2028."
        " What's the date of the final dinner?"
    ),
    # set 94: a day counted from a weekday rule is not the rule's own day (it was answered as the
    # fourth Thursday itself)
    "Black Friday is the day after the fourth Thursday of November. What date is Black Friday in 2028?",
    "The fete is the Saturday before the last Monday in May. What date is it in 2028?",
    # a retest of a thing tested once (no "again"); a session past the count told; someone else
    "The kettle was tested on 9 October 2030 and is due 52 weeks later. What date is the retest due?",
    (
        "Our reading group meets weekly for 12 sessions, the first on Tuesday 7 January 2031."
        " What's the date of the 13th session?"
    ),
    "Our oldest member, Ron, was born on 30 November 1949. How old will Ann be on 1 March 2031?",
    # "after the repair" of a story with no repair; a date brought back (moved earlier)
    (
        "An alternator was sold on 2 August 2030 and brought back on 14 January 2031. How many"
        " days after the repair was that?"
    ),
    "The fair on 2 August 2030 was brought back a week. What date is it on now?",
    # hours from a date with no time of day, or from a time not said with the date, or a
    # 12-hour time that may be morning or evening
    "The job was queued on 30 October 2031 and rendered for 57 hours. On what date did it finish?",
    "At 16:20 the job was queued. On 30 October 2031 it rendered for 57 hours. When did it finish?",
    "The job was queued at 4:20 on 30 October 2031 and ran for 57 hours. On what date did it finish?",
    # set 91: "bi-weekly" is twice a week or every two weeks (never weekly)
    "My newsletter goes out bi-weekly from Monday 6 January 2031. What's the date of issue 10?",
    "Bi-weekly meetings start on Monday 6 January 2031. What date is meeting 4?",
    "The festival runs from 28 July 2027 to 2 August 2027. How many days did it last?",
    "Tom was born on 12 June 1931 and Ann on 4 September 1934. How old was she when he was born?",
    (
        "Grandma was born on 12 June 1931 and married on 4 September 1954. How old was Grandpa on"
        " the wedding day?"
    ),
    "The exam is on 5 June 2027 and I need 30 days to revise. What date do I start?",
    (
        "My passport expires on 9 May 2028 and renewal takes 6 weeks to process. What date should I"
        " apply by?"
    ),
    "The cruise lasts 7 nights and we get home on 12 May 2028. What date do we leave?",
    (
        "The panels went up on 12 April 2027 and the inspection is on 1 November 2027. How many"
        " days is that after the party?"
    ),
    "The pottery course is 16 weekly sessions starting Thursday 23 September 2027. When is it?",
    "how many minutes between 13:15 and 9:40",
    "Bin day is the first Monday of the month, except bank holidays. Which date is it in May 2028?",
    # a term that changed, working days for days, an event the story does not date
    (
        "Library book borrowed on 29 January 2028 on a 3-week loan, but I renewed it once. When"
        " is it due back?"
    ),
    (
        "Kitchen fitters start on Monday 14 February 2028 and need 45 working days. What date is"
        " 45 days after the start?"
    ),
    "The party is on 5 May 2027. What's the date 3 weeks after the wedding?",
    # two dated times with a change, or a flight (two zones?)
    (
        "Check-in 14:00 on 1 July 2027, check-out 11:00 on 4 July 2027, late check-out adds 2"
        " hours. How many hours is the stay?"
    ),
    (
        "The flight leaves at 09:30 on 14 August 2027 and lands at 15:30 on 15 August 2027. How"
        " many hours is it?"
    ),
    # a repeat that skips days, or the k-th counted from a last one
    "Pills every 3 days, first dose on 1 May 2027, skipping weekends. What date is the 4th dose?",
    "Payday is every 14 days and the last one was on 2 April 2027. What date is the 3rd payday?",
    # the question asks about the dated event, or a thing the story never named
    "The party is on 18 September 2027 and the clean-up is 2 days after. What date is the party?",
    "The concert is 3 weeks after 5 September 2026. What date is the party?",
    # the span counted from something undated, or its end depends on how days count
    (
        "The wedding is on 9 September 2028 and the invitations go out 10 weeks before the RSVP"
        " deadline. On what date should we send them?"
    ),
    "The course starts on 3 May 2027 and lasts 10 days. What date does it end?",
    (
        "Term starts Monday 10 January 2028 and lasts 11 weeks. What's the date of the Friday of the"
        " last week?"
    ),
    (
        "The wedding is on 9 September 2028 and the invitations go out 10 weeks before the"
        " wedding rehearsal. On what date should we send them?"
    ),
    # a span whose direction the verb decides: counted back from a deadline, or to a start
    (
        "My passport expires on 9 September 2028 and renewal needs 6 weeks. What date should I"
        " apply by?"
    ),
    "The package arrived on 3 May 2027 and took 5 days. What date was it posted?",
    # a number the reading does not use, a word that changes the count, a moved date
    "I start on 3 May 2027 and finish 10 business days later. What date do I finish?",
    "The exam was moved from 3 May 2027 to 10 days later. What date is the exam?",
    "The parcel shipped on 3 May 2027 and takes 5 days. What date is it today?",
    # a date order said with an exception
    "Dates here are DD/MM/YYYY but this one is American. What weekday is 07/11/2027?",
    # a second question beside it
    (
        "How many minutes are there between 07:30 and 16:00 on site, and what breaks are"
        " builders entitled to?"
    ),
    "The shop opens at 09:00 and shuts at 17:30. How long is that and is it legal?",
    # two times that may be in two zones, or an earlier end with no night or journey
    "Our flight leaves at 22:10 and lands at 06:40. How many hours is the flight?",
    "The train leaves Boston at 09:15 and gets to Chicago at 14:40. How many hours is the trip?",
    "The meeting starts at 14:00 and ends at 13:30. How many minutes is it?",
    # two dates that may not be a period's ends, or a period whose ends counted make whole months
    # or weeks (a lease of 365 days, a week-long festival), or one with more told after it
    "The gallery is open on 3 May 2027 and again on 9 May 2027. How many days is that?",
    "The lease runs from 1 February 2027 to 31 January 2028. How many days is that?",
    "The festival runs from Monday 3 May 2027 to Sunday 9 May 2027. How many days is that?",
    "The festival runs from 28 July 2027 to 2 August 2027 but is closed on the Sunday. How many days?",
    "The festival runs from 28 July 2027 to 2 August 2027. How many days of music is that?",
    "Booked in for the second Tuesday of October 2030 unless it rains. What's the date?",
    "Born 12 August 1987. How old was her mother on 3 June 2031?",
    "Member born 30 August 1999 - how old will I be on 15 August 2029?",
    "I was born in May. When?",
    "From 3 May 2027 to 9 May 2027, counting the weekend, how many days?",
    # a series whose day is not the date's, that breaks, or with a number of its own
    (
        "night market is every saturday, first one was Friday 5 May 2028. whats the date of the 9th"
        " market?"
    ),
    (
        "night market is every saturday except in August, first one was Saturday 6 May 2028. whats"
        " the date of the 9th market?"
    ),
    (
        "The poodle was groomed on Thursday 28 January 2027 and 3 others are booked every 6 weeks."
        " What date is the next groom?"
    ),
    (
        "The poodle is groomed every 6 weeks unless it rains and was last groomed Tuesday 21"
        " September 2027. When's the next appointment?"
    ),
    # nights with a second number, or an age asked of someone else
    "Booking for 5 nights, 2 days after arriving on 3 May 2027. What's the check-out date?",
    "Our son was born on 9 May 2026. How many weeks old was his cousin on 15 August 2026?",
    # a series with a condition, a plain "What's the date?" with no span, two ends of a period
    (
        "The window cleaner comes every 4 weeks and his last visit was 10 March 2028. When is he"
        " next due if he skips Easter?"
    ),
    "Started the cider on 1 October 2027. What's the date?",
    "I started the job on 3 March 2028 and it ends on 20 March 2028. How many days is that?",
    # working days whose weekdays are not said
    "How many working days are there from 6 September 2027 to 1 October 2027 inclusive?",
    # a leap-day birthday (28 February or 1 March?), someone else's birthday, a rule and a date
    "I was born on 29 February 1960. When is my 67th birthday?",
    "Tom was born on 3 March 1990. When is my 40th birthday?",
    "Field day is the fourth Saturday in June 2027. What is the date of it in 2028?",
    # a period told as open from one date to another: 6 or 7 days?
    "The shop is open from 3 May 2028 to 9 May 2028. How many days was it open?",
    # the weekday of something the story never dated
    "The party is booked for 11 November 2028. Which day of the week will the wedding be on?",
    # the finals are not the semi-finals the story dates
    "The league starts on 8 July 2028 and the semi-finals are 10 days later. What date are the finals?",
    # a time said of something else than the date's event
    "The concert starts at 7:30 pm and the party is on 12 December 2028. What day of the week is it?",
    # arrived, not sent; due within (by the day, or the day before?); due from an undated event
    "The parcel arrived on 3 May 2028 and takes 5 days. When will it arrive?",
    "The invoice is dated 10 June 2028 and payment is due within 30 days. What's the due date?",
    "The meeting is on 10 June 2028 and the report is due in 30 days. What's the due date?",
    "How many days from 1 May 2028 to 12 May 2028, not counting the bank holiday?",
    # a deadline the story never implies; another day asked ("the next one", "the last day")
    "The party is 45 days before the event on 12 August 2027. What date is the deadline?",
    "I bottled my stout on 14 November 2027 and it needs 3 weeks to condition. What date is the next one?",
    "I bottled my stout on 14 November 2027 and it needs 3 weeks to condition. What date is the last day?",
    # days "I have" between a start and an end that is no deadline (counted both ends?)
    "I start on 2 October 2027 and finish on 24 December 2027. How many days do I have?",
    # weeks that start on a Monday, counted from a start not said to be one
    (
        "Semester starts 6 September 2028 and each week starts on a Monday. What date does week 2"
        " start?"
    ),
    # weekdays with the ends not said to count, a day taken out, or days of another kind
    "I've booked leave from Monday 6 December 2027 to Friday 17 December 2027. How many weekdays is that?",
    (
        "Our shop opens Monday to Friday, from 4 December 2028 to 15 December 2028 inclusive, except"
        " Christmas. How many trading days is that?"
    ),
    "The festival runs from 4 December 2028 to 15 December 2028 inclusive. How many sunny days is that?",
    # a flight to another place (another clock?), or back again past midnight
    "Took off from Popham at 10:35 and landed in Paris at 12:05. How many minutes was the flight?",
    "Took off from Popham at 22:35 and landed back there at 01:05. How many minutes was the flight?",
    # a numbered series with a break, no step, a count the asked one is beyond, or a second "1"
    (
        "Round 1 is on 13 October 2027 and the rounds are 14 days apart, except over Christmas."
        " What date is round 6?"
    ),
    "Chapter 1 is due on 4 January 2028. What date is chapter 5 due?",
    # a verb the story's span is not said to take
    "I put the eggs in on 3 April 2030 and they take 21 days to hatch. When will they open?",
    "The shop opens on 3 April 2030 and closes 21 days later. When does it open?",
    "What weekday is 1 April 2032, the day after our tea room reopens?",
    "The fair was moved from the second Thursday of June 2030. Which date is that?",
    (
        "The course is every Tuesday, with class 1 on Tuesday 15 January 2030, but there's no"
        " class at half term. What's the date of class 10?"
    ),
    # every Tuesday from a date not said to be one; fewer weeks than the class asked
    (
        "The course is every Tuesday for 10 weeks, with class 1 on Wednesday 16 January 2030."
        " What's the date of class 10?"
    ),
    (
        "The course is every Tuesday for 8 weeks, with class 1 on Tuesday 15 January 2030. What's"
        " the date of class 10?"
    ),
    "Rounds are every other week, with round 1 on Wednesday 4 September 2030. When is round 4?",
    (
        "Episode 1 went out on 4 January 2028 and we release one episode every week. What date did"
        " episode 20 go out in the US?"
    ),
    "Round 1 of 9 is on 13 October 2027 and the rounds are 14 days apart. What date is round 6?",
    "We play 5 quizzes, one a week, starting on Wednesday 6 January 2027. What date is the 6th quiz?",
    (
        "The bins go out every 2 weeks. They went out on 7 November 2027 — what's the date of the"
        " third collection after that one?"
    ),
    # an age counts from a birth, not from the day a pet was bought
    (
        "The puppy was bought on 3 March 2027 and can leave when it is 8 weeks old. What date can it"
        " leave?"
    ),
    "The invoice is dated 28 November 2028. When is it due?",
    "Poured the batch on 10 October 2030 and it needs a 6 week holiday. What date is it ready?",
    (
        "The stock was made on 26 March 2028 and has to be used no later than 5 days after it was"
        " opened. What's the last date it can be used?"
    ),
    # ready by a date (a deadline), ready after working days, or every other Saturday
    (
        "The bike must be ready by 3 October 2030 and the parts take 12 days. What date will it be"
        " ready?"
    ),
    (
        "Bike booked in 3 October 2030 and the parts take 12 working days. What date will it be"
        " ready?"
    ),
    "I volunteer at the lighthouse every second Saturday. What date is it in August 2031?",
    "I volunteer every second Saturday in June. What date is it in 2031?",
    # issued is not made: a renewal counts from the application; a condition on the day
    "Renewal needs 6 weeks to process. My passport was issued on 1 March 2027. When is it ready?",
    "The fitting is booked for the third Tuesday of May 2027 unless it rains. What's the date?",
    # an age at something that "is on" a date the question does not name again
    "Guest was born on 29 May 2009 and the party is on 1 April 2027. How old are they at the fair?",
    # a run with days off, a run counted back from its end, a last working day; no count of sessions
    "The festival starts Friday 16 July 2027 and runs for 10 days except Mondays. What date is the last day?",
    "The festival ends Friday 16 July 2027 and runs for 10 days. What date is the last day?",
    "The festival starts Friday 16 July 2027 and runs for 10 days. What is the last working day?",
    "The course is weekly sessions starting Wednesday 13 January 2027. When is the last session?",
    # an anniversary of something else than the wedding, or of a leap-day wedding
    "The shop opened on 12 June 2010. When is our 20th anniversary?",
    "We got married on 29 February 2008. When is our 20th anniversary?",
    # the two dates the wrong way round for the question (set 23 was once answered -167)
    "Sam started his paper round on 19 June 2027. How many days is it from then until his birthday on 3 January 2027?",
    # skipping still changes a count
    "We skip Sundays. The course started on 3 May 2028 for a 10-day hire. When is it due back?",
    # a weekday rule from a date that is another weekday; the last of every other week
    "Classes are every Tuesday starting 13 January 2027. What's the date of the 10th class?",
    "Yoga runs every other Monday for 6 weeks, starting 3 May 2027. When is the last class?",
    # the year said once, the days crossing into it; two dates not whole weeks apart
    "The exhibition runs from 20 December to 5 January 2028 inclusive. How many days is that?",
    (
        "We start training on 20 February 2028 and the tournament is on 15 May 2028. How many weeks is"
        " that?"
    ),
    # someone else's age, a thing told two dates, and two weekdays for one night
    "Our son was born on 9 May 2026. How many weeks old was his cousin on 15 August 2026?",
    (
        "An album came out on 12 March 1982 and I bought it on 5 May 1990. How old was it on 12 June"
        " 2027?"
    ),
    "The club is open from 22:00 on Saturday to 06:00 on Monday. How many hours is that?",
    # an event not told; a class past the count ("the 11th" of ten was answered before)
    (
        "The lido opens on 29 May 2027 and shuts on 12 September 2027. How many days after opening day"
        " is my birthday?"
    ),
    (
        "A course of 10 weekly classes starts on Thursday 13 January 2028. What's the date of the 11th"
        " class?"
    ),
    (
        "The knit-along meets every Thursday starting 7 October 2027, 12 sessions in all. What's the"
        " date of the 13th session?"
    ),
    "we've got the rink from 10:40 am to 1:10 am. how many minutes is that?",
    "The tour runs from 3 September 2027 to 16 October 2027. How many weeks is that?",
    (
        "She was born on 14 August 1925 and I was born on 3 May 1960. How old is she on 14 August"
        " 2027?"
    ),
    "The bridge was built on 3 June 1890. How old is the church on 1 June 2027?",
    "My son was born on 21 April 2027. How many days old will it be on 4 July 2027?",
    "The fair, moved from last year, starts on the second Saturday in April 2027. What's the date?",
    (
        "The mobile cinema tour starts on 14 May 2027 and ends on 2 September 2027. How many days is"
        " that?"
    ),
    # someone else's birth; a day counted from the dated event; a trip's two local times
    "My DOB is 8 August 2009. How old will she be on 1 June 2027?",
    "My dog was born on 8 August 2009 and today is 1 June 2027. How old am I?",
    "How many days from 15 May 2025 to the day before the harvest on 1 November 2026?",
    "The flight leaves at 21:40 and lands at 01:10. How many minutes is that?",
    # a span "after" told in another sentence, of something else; a bare "Which day?"
    "Eggs were laid on 30 May 2027. They hatch after 21 days of warmth. When do they hatch?",
    "The fair is on 19 November 2027. Which day?",
    # "When can I …?" asks for the end of a wait, never a date before the event
    (
        "The ground has to settle for 10 weeks before the burial on 2 March 2027. When can I fix"
        " the stone?"
    ),
    # a price quoted, not a span; a span quoted told before the date it runs from
    "The piano came in on 2 December 2026 and I quoted £800 for the overhaul. What date will it be ready?",
    (
        "I quoted 8 weeks for the overhaul and the piano came in on 2 December 2026. What date will it"
        " be ready?"
    ),
    # a rate of things, not a count; a span after the event; a thing the story never names
    "A club ordered 60 arrows on 19 April 2027 and I make 4 arrows a day. Which date do I promise?",
    (
        "The fair is on 9 August 2027 and I need 65 days to recover after it. What's the latest date"
        " I can start?"
    ),
    "The opening is 29 September 2027. What day of the week is the party?",
    # a job that takes 7 weeks from a start may end on day 48 or 49
    "We start the cottage roof on 6 April 2027 and it takes 7 weeks. What date should we finish?",
    # the events asked the other way round, or one the story never dates; a date moved; another
    # span than the story's; "the next one" the story never tells
    (
        "I started a pub sign on 6 May 2027 and delivered it on 21 June 2027. How many days after"
        " the delivery was the start?"
    ),
    (
        "The lido opens on 29 May 2027 and shuts on 12 September 2027. How many days after opening"
        " day is my birthday?"
    ),
    "The weekend market moved from 2 October 2027. What day of the week is that?",
    "I took 6 weeks off from 3 May 2027. On what date are the 2 weeks up?",
    "Our tournament starts on 20 February 2027 and lasts 2 weeks. What date does the next one start?",
    "The miso went into the kegs on 14 October 2026 to ferment for 16 weeks. What date did it go in?",
    # the events the other way round, or one the story never dates; another round than the one
    # told; a day told by its place in a month that was moved or skipped
    (
        "Entries open on 1 April 2029 and close on 19 June 2029. How many days after closing do"
        " entries open?"
    ),
    (
        "I started on 4 March 2030 and finished on 19 August 2030. How many days after the start"
        " did I get paid?"
    ),
    "Round 1 is on Friday 1 March 2030. What date is round 5?",
    "We moved the fete from the second Sunday of September 2029 on the third. What date is that?",
    "We're skipping the fair on the second Sunday of September 2029. What date is that?",
    "The beef went in on 11 January 2027 for 28 days. What date did it go in?",
    (
        "A grant was approved on 22 March 2027 and spent on 29 November 2027. How many weeks after"
        " the approval is the deadline?"
    ),
    # a walk that started late
    (
        "The walk started at 23:20, 10 minutes late, and finished at 01:05 the next morning. How"
        " many minutes long is it?"
    ),
    # a flight's two times (its arrival may be in another zone), or a night not said
    "The flight leaves at 10:10 and lands at 14:30. How many hours between the two?",
    "The ferry left at 22:10 and we got to Calais at 01:30. How many minutes between the two?",
    # another's age asked than the one whose birth is told
    "I was born on 5 May 2000. How old was she on 5 May 2020?",
    # a span counted again in brackets that is not a date asked
    "The genoa repair starts 14 April 2031. How long is it (38 days after the start)?",
    # a question after a comma that is a clause of a condition
    "If the session was on 15 December 2026, when's the next one?",
    # an end counted inclusively or not, another event asked than the one the second date tells
    "The course started on 14 July 2031 and lasted 120 days. When was it finished?",
    (
        "The re-thatch began on 4 May 2031 and was finished on 27 July 2031. How many days after"
        " the start was it paid?"
    ),
    # a label that changes the count; a business we opened asked by another thing, or one we
    # opened named apart from the one asked; the weekends of a span
    "Julian calendar: a lad born 29 October 2013 - how old is he on 1 September 2031?",
    "We opened on 20 November 1986. How old is the dog on 12 September 2031?",
    "We opened the shop on 20 November 1986. How old is the cafe on 12 September 2031?",
    "The course runs 3 October 2031 to 5 November 2031 on weekends. How many days is that?",
    # the next of a series never said to repeat
    "We emptied the tank on 15 March 2029. When's the next visit due?",
    # a trip with no length, or its start asked; a change to the trip
    "We leave on 20 October 2031. When do we get back?",
    "We leave on 20 October 2031 for 38 days. When do we leave?",
    "We leave on 20 October 2031 for 38 days but come back 2 days early. When do we get back?",
    # a shelf life said "keeps for": from opening, or to a best-before the label sets?
    "Rice vinegar opened on 13 January 2031 keeps for 90 days once open. Until what date?",
    # the first of another thing than the story's
    "The hens were collected on 17 May 2031 and stay in for 10 days after that. When is the first egg?",
    # "begin" is not "end"; two things named by a number
    "Work begins on 3 May 2030 and finishes 18 days later. When does it start?",
    "Round 4 is on 15 June 2030 and round 5 is 3 weeks after round 6. What date is round 6?",
    # someone else's age asked
    "I'm a guide born 8 February 1979. How old is he on 1 August 2030?",
    "She's a nurse born 3 May 1990. How old am I on 1 June 2030?",
    # shipped on a date, and how long it takes to make: ready before it ships
    "The order ships on 11 November 2029 and takes 8 days to make. When will it be ready?",
    # another thing took the span than the one started
    "The build started on 10 February 2027 and the painting took 140 days. When did it finish?",
    # the series of another kind than the dated first, with no "after it": from it, or with it?
    (
        "The first dose went in on 2 September 2031 and boosters follow every 21 days. What is the"
        " date of the fourth booster?"
    ),
    # waited for the span before the dated thing, not after it
    "The order was delivered on 3 March 2027 after waiting for 6 days. When should we open it?",
    # gestation counted from another day than the breeding
    "The calf was weaned on 14 August 2027 after 285 days' gestation. What date was she due?",
    # a span given, and not its end asked
    (
        "Test knitters get the pattern on 10 January 2027 and have 6 weeks to finish. When do they"
        " start?"
    ),
    # running late moves a date
    "The train is running late on 3 March 2027 by 2 days. What date does it arrive?",
    # a terse date of a thing the story never names; a span after another event than the date's
    "The operator gave notice on 7 May 2031 and has to wait 28 days before access. Earliest refund date?",
    "Claims have to be in 45 days after a trip ends. My trip started on 27 January 2032. What's the deadline?",
    # a year alone names no day
    "My meeting in 2040: what weekday?",
    # a span from doing one thing, the date of another
    (
        "Reviewers get 21 days from accepting the invitation. Dr Okafor was invited on 27 October"
        " 2030 - when is her report due?"
    ),
    # "so long on" of another span than the story's
    "The mats were laid on 22 May 2031 and need watering for 3 weeks. What's the date 4 weeks on?",
    # a period right after a date but said to run from something else
    "Tender published 12 March 2031 with a 35-day response period from the briefing. Closing date?",
    # the k-th asked bare of no series; a period counted from another thing than the date
    "The shop opened on 7 March 2029 - when's the sixth?",
    (
        "A batch went into store on 14 November 2028 with a 270-day shelf life from delivery to"
        " the shop. What's its best-before date?"
    ),
    # valid for so many days, its first day not said; a day 1 that is not the start
    "A visa is issued on 19 April 2029 and is valid for 180 days. What is the last valid day?",
    (
        "Installation starts on 28 July 2029 and runs for 16 days, counting the Monday after as"
        " day 1. What's the final day?"
    ),
]


@pytest.mark.parametrize("text", LEFT_TO_THE_MODEL, ids=[t[:40] for t in LEFT_TO_THE_MODEL])
def test_a_story_without_one_answer_is_left_to_the_model(text: str) -> None:
    assert answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Walks run every fortnight from 13 March 2027, which is walk 1. What date is walk 7?",
        (
            "Episode 1 went out on 5 October 2026 and we publish every fortnight. Counting from episode"
            " 1, what date does episode 20 go out?"
        ),
    ],
)
def test_a_series_every_fortnight_is_read_without_a_grammar_error(text: str) -> None:
    # (a step said as one word, "fortnight", once raised inside the series reader; the tool
    # logged it and abstained)
    parse_dates_request(text)
