"""Money stories the calculator reads by their parts: change from a note, a voucher
(`tools.calculator.takeaway`), a profit and what is left to pay (`takings`), pence beside pounds and a story's own currency asked by name
(`money.money_said`), and totals told with a price each after a count or tickets sold as income
(`terms`), and orders priced from a list told first (`menu`). Each is answered only when its
reading leaves one answer."""

from __future__ import annotations

import pytest

from tools.calculator import parse_request
from tools.calculator.build import evaluate
from tools.calculator.rates import rate_product


def value(text: str) -> str:
    found = parse_request(text)
    assert found is not None, f"calculator did not claim {text!r}"
    out = evaluate({"ast": found[0]})
    assert out["ok"], out
    return out["text"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # change from a note: the note less the cost the rest of the story adds up
        (
            "Rulers are 45p each. Amy buys 6 and pays with a £5 note. How much change does she get?",
            "2.3",
        ),
        (
            (
                "Stickers cost £1.20 each and I bought 7 stickers and paid with a £20 note. How much change"
                " do I get back?"
            ),
            "11.6",
        ),
        # a voucher off what is bought
        (
            (
                "Each skein is £4.75 and the shawl needs 6 skeins. I have a £5 gift card. How much do I"
                " pay?"
            ),
            "23.5",
        ),
        # a profit on things bought and sold, or on one thing with costs on the way
        ("I bought 150 shares at £2.40 and sold them all at £2.95. What's my profit?", "82.5"),
        (
            (
                "Bought an old boat for £3,200, spent £950 on the engine and sold it for £5,000. What"
                " was my profit?"
            ),
            "850",
        ),
        # a rate said as an adjective ("a 45p daily charge")
        (
            (
                "Water for June: 14 cubic metres at £2.10 per cubic metre plus a 45p daily charge for 30"
                " days. What's the bill?"
            ),
            "42.9",
        ),
        # pence beside pounds, and a story's own currency asked by name
        (
            (
                "Gas: 2,300 kWh at 6.5p per kWh plus a standing charge of 30p a day for 92 days. What's"
                " the bill in pounds?"
            ),
            "177.1",
        ),
        (
            "Ferry is €38 each for 4 passengers plus €65 for the car. What's the total in euros?",
            "217",
        ),
        # a price each after a count of its own; tickets sold are income when income is asked
        (
            (
                "12 people on the course, £40 lunch budget each plus £90 for the room. What total do I"
                " need?"
            ),
            "570",
        ),
        (
            (
                "The fair sold 210 tickets at £5 and 64 under-12 tickets at £2, and the tombola made"
                " £96.50. What was the total income?"
            ),
            "1274.5",
        ),
        ("Six of us put in £4.50 each and the café added £10. How much was in the kitty?", "37"),
        # a cost shared evenly by a stated number of people
        (
            (
                "The cottage is £96 a night for 5 nights, split equally between 4 of us. How much does"
                " each of us pay?"
            ),
            "120",
        ),
        (
            "We are 5 friends and the boat is costing 750 euro for the day, how much must pay each one?",
            "150",
        ),
        # a number in words before its noun, a box office's takings, a fee asked, a rate "for
        # every" mile, a rate per kWh with the kWh counted
        (
            (
                "The fair sold three hundred and forty adult tickets at £6 and sixty child tickets at"
                " £2. What did the box office take?"
            ),
            "2160",
        ),
        ("We charge £0.09 a word. The document is 12,000 words. What's our fee?", "1080"),
        (
            (
                "Bike hire is £25 a day plus 10p for every mile. We need it for 3 days and will ride 140"
                " miles. What will the hire cost us?"
            ),
            "89",
        ),
        (
            (
                "Heating oil: 1,200 kWh at 8p per kWh plus a £15 service fee. What's the bill in"
                " pounds?"
            ),
            "111",
        ),
        # a percentage off or added on the whole of a cost the story adds up
        # ... or off a cost of one term, where there is nothing else for it to be off
        (
            (
                "A wine merchant in Lyon ordered 137 cases at €84 a case and gets a 10% trade"
                " discount. What's the invoice?"
            ),
            "10357.2",
        ),
        ("I bought 12 chairs at £45 each with 10% off. What did I pay?", "486"),
        # set 90: a part covered by someone, the rest split equally by a count of things
        (
            (
                "Roof works come to £142,000. The reserve fund covers £58,000 and the rest is split"
                " equally between the 24 flats. How much per flat?"
            ),
            "3500",
        ),
        # set 88: a discount we give, with why; a share named in its own clause before it
        (
            (
                "Reclaimed oak boards are £42 per square metre. A customer is taking 18.5 m² and"
                " we're giving 10% off for clearing the stack. What do they pay?"
            ),
            "699.3",
        ),
        (
            (
                "We had 1,240 applicants for the course and made offers to 35% of them. How many"
                " offers is that?"
            ),
            "434",
        ),
        (
            (
                "The holiday park charges £40 a night for a lodge and we're staying 5 nights. Members"
                " get 15% off the whole stay. What do we pay?"
            ),
            "170",
        ),
        (
            (
                "Plumber's quote: parts £120 and labour 3 hours at £50 an hour, then 20% VAT on"
                " everything. What's the total bill?"
            ),
            "324",
        ),
        # takings less a named cost
        (
            (
                "At the fete I sold 60 cakes at £2.50 and 40 cookies at £1.25, and the table cost me £15."
                " What did I make after the table fee?"
            ),
            "185",
        ),
        # a share of pounds is pounds, of money or weight
        ("Please I want know how much is 18 percent of 2500 pounds?", "450"),
        # learners' "I want know how much is"
        ("Please I want know how much is 15 percent of 2200 euro?", "330"),
        # learners' "percent from": a share of the amount
        ("How much is 20 percent from 350 euro?", "70"),
        # one amount that goes up or down by a percentage, and the new amount asked
        (
            (
                "My state pension is £221.20 a week and it goes up by 5% in April. What will my new"
                " weekly amount be?"
            ),
            "232.26",
        ),
        ("The fee is £120 and it is cut by 10%. What is the new fee?", "108"),
        ("I paid £180 for a crown and it has gone up 35%. What's it worth now?", "243"),
        ("I paid £180 for a 1937 crown and it's gone up 35% on that. What's it worth now?", "243"),
        # a share of the one amount, and that share asked
        (
            (
                "Retiring with a pension pot of £184,000. I can take 25% of it tax-free as a lump sum."
                " How much is that lump sum?"
            ),
            "46000",
        ),
        # rates: money per one thing, per unit asked, over a time said in the question
        ("A pack of 6 rolls costs £2.40. How much does one roll cost?", "0.4"),
        ("A 2 kg bag of rice costs £3.40. How much per kg?", "1.7"),
        ("Tom earns £12.50 an hour. How much does he earn in a 38-hour week?", "475"),
        ("I save £25 a week. How much will I have after 12 weeks?", "300"),
        # one of each priced thing; money had less money spent
        ("A coffee is £3.20 and a muffin is £2.75. How much for both?", "5.95"),
        (
            "A coffee is £3.20, a muffin is £2.75 and a juice is £1.90. How much for all three?",
            "7.85",
        ),
        ("I had £50 and spent £18.40. How much do I have left?", "31.6"),
        ("Sam had £50 and spent £18.40 on lunch. What's left?", "31.6"),
        # a bare count after "need" of the one thing priced each
        ("Each ticket is £15 and we need 6. What's the total?", "90"),
        ("A ticket costs £15 and we need 6. How much is that?", "90"),
        # a raise said as a noun; a price after a discount; a score as a percentage
        ("My salary is £30,000 and I get a 3% raise. What's my new salary?", "30900"),
        ("A shirt costs £25 after a 20% discount. What was the original price?", "31.25"),
        ("I got 45 out of 60. What's my percentage?", "75"),
        # a part of a whole asked as a percentage: "N of our M", or what went on something
        (
            "We've raised $14,725 of our $19,000 target. What percentage of the target is that?",
            "77.5",
        ),
        (
            (
                "Total income this year was £46,800 and we spent £39,312 on direct charitable"
                " activities. What percentage of our income went on those activities?"
            ),
            "84",
        ),
        # a cost split between families or couples: each one's share
        (
            (
                "The narrowboat is £1,640 for the week. Split between the 4 families, what does each"
                " family pay?"
            ),
            "410",
        ),
        (
            "The villa is £2,400 for the week. We split it between 3 couples. How much does each pay?",
            "800",
        ),
        # a cost shared evenly, and a price each pays on top of the share
        (
            (
                "The charter is £540 for the boat, split evenly between 8 of us, and on top everyone"
                " pays £15 for bait. What does each angler pay?"
            ),
            "82.5",
        ),
        (
            (
                "The coach is £720 for the day, split evenly between 48 pupils, and entry is £6.50"
                " per pupil. What should I charge each child?"
            ),
            "21.5",
        ),
        # costs said per term, a share asked per term; what is left after a cost, shared
        (
            (
                "Rent for our house is £2,340 a term and bills are £410 a term, all split equally"
                " between the five of us. What's my share per term?"
            ),
            "550",
        ),
        (
            (
                "Great-grandad's will left £1,240. After £96 of funeral costs the rest was split"
                " equally between his 8 children. How much did each child get?"
            ),
            "143",
        ),
        # a condition that tells a fact, then the question after its comma
        (
            (
                "A full extent of Grandsire Triples is 5,040 changes. If our band rings 28 changes"
                " a minute, how many minutes will the extent take?"
            ),
            "180",
        ),
        ("The room is £80 a night. If we stay 3 nights, what do we pay?", "240"),
        # a fare asked as what it should be
        (
            (
                "Our tariff is a £3.80 flag fall plus £2.40 per mile. The airport run is 17.5 miles."
                " What should the fare be?"
            ),
            "45.8",
        ),
        # a rate named by its period
        (
            (
                "Logo job: 3.5 days at my £380 day rate plus £120 of font licences, then 20% VAT on"
                " the whole thing. What's the invoice total?"
            ),
            "1740",
        ),
        # what the one thing the story is about brings in
        (
            (
                "My round is sixty-four houses at £14 each plus 9 shops at £22. What does one full"
                " round bring in?"
            ),
            "1094",
        ),
        # a cost's share of the price, as a percentage
        (
            (
                "The risotto sells for £18 and its ingredients cost £5.04. What percentage of the"
                " menu price is the food cost?"
            ),
            "28",
        ),
        # a discount on both costs for the group asked about
        (
            (
                "Club membership is £265 and a dinghy park space is £180, with juniors getting 15%"
                " off both. What does a junior pay in total?"
            ),
            "378.25",
        ),
        # a whole bought only in whole containers
        (
            (
                "The new tank needs 14 kg of sand and the shop only sells it in whole 5 kg bags."
                " How many bags do I need?"
            ),
            "3",
        ),
        # a weight each after "at", and a total asked in its unit
        (
            "22 pallets at 640 kg each, plus 1,850 kg of other freight. What's the total payload in kg?",
            "15930",
        ),
        # a price a head for the count said right after it
        (
            "The wedding venue quotes £68 a head for 112 guests, plus a £950 room fee. Total please?",
            "8566",
        ),
        # a percentage off, for the group asked about or for everyone; VAT after its name
        (
            "A filling costs €85 and the practice gives 15% off for members. What does a member pay?",
            "72.25",
        ),
        ("A coat is £80 and there's 25% off. What do I pay?", "60"),
        ("Plumber's quote is £640 plus VAT at 20%. What's the total I'll pay?", "768"),
        # a cost "9 of us are splitting"
        (
            (
                "Canoe club hired a minibus for $342 and 9 of us are splitting it evenly. How much"
                " does each of us pay?"
            ),
            "38",
        ),
        # takings less the costs the story ends with
        (
            (
                "I took £144 and spent £42 on cake and £18.60 on raffle prizes. What profit did I"
                " make?"
            ),
            "83.4",
        ),
        (
            (
                "We sold 40 cakes at £2.50 each and I spent £42 on flour and eggs and £18.60 on"
                " bunting. What profit did we make?"
            ),
            "39.4",
        ),
        (
            (
                "36 railing panels to blast and coat: blasting £7.25 a panel, coating £18.50 a panel,"
                " plus a £40 batch charge. Total for the job?"
            ),
            "967",
        ),
        (
            "took £213.50 at the car boot sale, pitch cost £12 and i spent £7.25 on bacon rolls. profit?",
            "194.25",
        ),
        (
            (
                "We took £500 at the fete and the raffle prizes cost £60 and we spent £45 on bunting."
                " How much is left for the church roof?"
            ),
            "395",
        ),
        # two dollar amounts are money, not a LaTeX span between them
        (
            (
                "cycling club sportive: 84 riders paid $35 entry each and we spent $1,160 on marshals"
                " and food. whats left?"
            ),
            "1780",
        ),
        (
            "I paid with a $50 bill for items costing $12.35, $8.99 and $4.66. How much change?",
            "24",
        ),
        # everyday asks: pay, a price in pence, a group of so many, a bare "How much?", a party
        ("I earn $18.50 an hour and worked 32 hours this week. What's my pay?", "592"),
        ("Petrol is 145.9p a litre and I put in 42 litres. How much did it cost?", "61.278"),
        ("Our team of 6 raised £1,140. How much did each person raise?", "190"),
        ("Rent is £960 a month split equally between 3 flatmates. How much each?", "320"),
        ("Tickets are £8 for adults and £5 for kids. We're 2 adults and 3 kids. How much?", "31"),
        (
            "The plumber charges a £60 call-out fee plus £45 an hour. The job took 3 hours. How much?",
            "195",
        ),
        (
            "My car does 45 miles per gallon and petrol costs £6.50 a gallon. How much for a 270 mile trip?",
            "39",
        ),
        # VAT inside a price: the VAT, or the price before it
        ("I paid £1,200 for the sofa including VAT at 20%. How much was the VAT?", "200"),
        ("I paid £1,200 for the sofa including 20% VAT. What was the price before VAT?", "1000"),
        ("The invoice is £540 inc VAT at 20%. What's the VAT?", "90"),
        ("The invoice is £2,400 including VAT at 20%. How much is the VAT?", "400"),
        # change from a note the question names; what a sale raised after its costs
        (
            "I bought 3 bags of compost at £6.99 each and a trowel for £8.50. How much change from £40?",
            "10.53",
        ),
        (
            "We sold 120 raffle tickets at £2 each and the prizes cost £65. How much did we raise?",
            "175",
        ),
        # a rate in another period whose size is exact (12 months, 60 minutes)
        ("My phone bill is £24 a month. How much is that a year?", "288"),
        ("I save £1,800 a year. How much is that a month?", "150"),
        ("The tap drips 3 ml a second. How many litres an hour?", "10.8"),
        # a percentage on top of everything before it
        (
            "Locksmith charged a £65 callout plus £18 for each lock changed, and VAT at 20% on top. He changed 5 locks. What should the invoice total be?",
            "186",
        ),
        (
            "Taxi fare is £3.20 to start plus £2.40 a mile. The trip was 13.5 miles and I'm adding a 10% tip on top. What do I pay?",
            "39.16",
        ),
        ("The meal was £84, and VAT at 20% on top. What's the total?", "100.8"),
        # so many of a thing at a price each, said with "of"
        (
            "I paid 12 monthly instalments of £34.99 for the gym plus a £20 joining fee. How much did I pay altogether?",
            "439.88",
        ),
        # a fee per piece with the pieces counted after it, asked "Total cost?"
        (
            "Pottery course is 8 sessions at £27 each plus a £4.50 firing fee per piece. I made 11 pieces. Total cost?",
            "265.5",
        ),
        # a margin on each of so many sold
        (
            "A burrito costs me $3.85 to make and sells for $11. Sold 146 on Friday night. What's the gross profit?",
            "1043.9",
        ),
        # "each" as the subject; a rate read with its money sign; money in another period; a tip left
        ("There are 24 kids in the class and each needs 2 pencils. How many pencils?", "48"),
        ("I pay £850 rent a month. How much is that over a 12 month lease?", "10200"),
        ("I sell my roast in 250 g bags for £8.50. What's that per kilogram?", "34"),
        ("My salary is £32,400 a year. What's that per month?", "2700"),
        ("The bill was £84 and we're leaving a 12.5% tip. What's the total?", "94.5"),
        # money given then spent; a recipe "for 4 people"; a percentage discount asked; mpg; a split said first
        ("Mum gave me £20 and I spent £7.35 on lunch. How much have I got left?", "12.65"),
        ("A recipe for 4 people uses 300 g of pasta. How much pasta for 6 people?", "450"),
        ("The jacket was £80 and is now £60. What's the percentage discount?", "25"),
        ("We drove 320 miles and the car does 40 mpg. How many gallons did we use?", "8"),
        ("Three friends split a £96 taxi and a £45 meal. How much does each pay?", "47"),
        # a bare "How many bags?" when they come out full; things given away or sold; a bill's change
        ("A baker makes 144 rolls and packs them in bags of 6. How many bags?", "24"),
        ("A class of 30 pupils is split into groups of 5. How many groups?", "6"),
        ("Tom has 45 marbles and gives 18 to his sister. How many does he have left?", "27"),
        ("A farmer has 120 sheep and sells 35. How many are left?", "85"),
        ("My bill is £45.60 and I pay with a £50 note. How much change?", "4.4"),
        # a story whose question is set apart by a dash, read by its units
        ("The kitchen floor is 4.2 m by 3.6 m — how many square metres of vinyl is that?", "15.12"),
        # a week's stay is 7 nights
        ("The hotel costs £89 a night. How much for a week?", "623"),
        ("The gym is £30 a month. How much for a year?", "360"),
        # the difference between two amounts said for two periods
        ("Our electricity bill was £96 in March and £72 in April. What's the difference?", "24"),
        ("Our bill was £96.50 in March and £72.25 in April. What's the difference?", "24.25"),
        # one thing sold, and a share of its price kept by the one who sold it ("percent" as "%")
        (
            (
                "Sold an F-style mandolin through a dealer for $2,850 and he keeps 22 percent"
                " commission. How much comes back to me?"
            ),
            "2223",
        ),
        (
            (
                "Sold a mandolin through a dealer for $2,850 and he keeps 22% commission. How much do I"
                " keep?"
            ),
            "2223",
        ),
        # set 114: a question after a colon, "actually receive", "what's left after paying the
        # theatre" of a hire, and a profit on part of what was made
        ("Split £1,837.50 equally between 6 people: how much does each person pay?", "306.25"),
        (
            (
                "I sold 7 small watercolours at £45 and 3 large ones at £180, and the gallery keeps 30%"
                " commission. How much do I actually receive?"
            ),
            "598.5",
        ),
        (
            (
                "For the dance recital we sold 142 adult tickets at £12 and 67 child tickets at £7.50,"
                " and the theatre hire is £680. What's left after paying the theatre?"
            ),
            "1526.5",
        ),
        (
            (
                "I printed 120 copies of my zine at 85p each and sold 94 of them at £3. What's my"
                " profit?"
            ),
            "180",
        ),
    ],
)
def test_money_stories_are_answered(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a note too small, a voucher bigger than the bill or with a condition
        "Rulers are 45p each. Amy buys 6 and pays with a £2 coin. How much change does she get?",
        "Each skein is £4.75 and the shawl needs 6 skeins. I have a £50 gift card. How much do I pay?",
        (
            "Each skein is £4.75 and the shawl needs 6 skeins. I have a £5 voucher on orders over"
            " £30. How much do I pay?"
        ),
        # change with no note said
        "Rulers are 45p each. Amy buys 6. How much change does she get?",
        # a part sold, fees, or a sale with no count bought
        "I bought 150 shares at £2.40 and sold half of them at £2.95. What's my profit?",
        "I bought 150 shares at £2.40 and sold them all at £2.95 with a £9 fee. What's my profit?",
        "I sold 150 shares at £2.95. What's my profit?",
        # another currency asked than the story's
        "Ferry is €38 each for 4 passengers plus €65 for the car. What's the total in pounds?",
        # a share that is not even, or a group not said
        (
            "The cottage is £96 a night for 5 nights, split equally between 4 of us but the kids"
            " go free. How much does each of us pay?"
        ),
        "The cottage is £96 a night for 5 nights. How much does each of us pay?",
        # a percentage off one of two costs, or off something else, or back afterwards
        "I bought 2 shirts at £20 and a tie at £10 with 10% off. What did I pay?",
        # a discount for some buyers (is this one of them?); a share named for another kind
        "Boards are £42 per square metre. A customer is taking 18.5 m² and we're giving 10% off for members. What do they pay?",
        "We had 1,240 applicants and made offers to 35% of them. How many rejections is that?",
        "I bought 12 chairs at £45 each with 10% off the table. What did I pay?",
        "I bought 12 chairs at £45 each and got 10% cashback. What did I pay?",
        # a person's share of a cost split between families
        (
            "The narrowboat is £1,640 for the week. Split between the 4 families, what does each"
            " person pay?"
        ),
        # a price on top that is not per person, or a group not the one asked about
        (
            "The coach is £720 for the day, split evenly between 48 pupils, and parking is £6.50"
            " per car. What should I charge each child?"
        ),
        "The coach is £720, split between 48 pupils. What should I charge each teacher?",
        # the other amount is not what went on it, or is more than the whole
        "Our income was £46,800 and our savings are £9,000. What percentage of our income went on rent?",
        "Our income was £46,800 and we spent £59,312 on rent. What percentage of our income went on rent?",
        # a percentage on part of the cost, two percentages, or a cost not named in the story
        (
            "The park charges £40 a night for a lodge and we're staying 5 nights. Members get 15% off"
            " the whole stay and 5% off breakfasts. What do we pay?"
        ),
        (
            "At the fete I sold 60 cakes at £2.50 and 40 cookies at £1.25. What did I make after the"
            " table fee?"
        ),
        # "take 15% from" keeps its verb: not a share
        "Take 15 percent from 2400.",
        # the amount is the new one already; a rise every year; what is left, not the share
        "After it rose by 12% my portfolio is worth £13,440. What is the new value?",
        "I paid £180 in 1937 and it has gone up 35%. What's it worth now?",  # (1937: a year said)
        # a bare count is never money ("we need 6" once added as £6), nor a price for several
        # ("Tickets cost £15": each, or for all six?) nor two counts of one thing
        "Tickets cost £15 and we bought 6. What's the total?",
        # "both" of three prices; more spent than had; a second spend or a count in it
        "A coffee is £3.20, a muffin is £2.75 and a juice is £1.90. How much for both?",
        "I had £50 and spent £68.40. How much do I have left?",
        "My salary is £30,000 and I get a 3% raise each year. What's my new salary?",
        "I got 45 out of 60 and 20 out of 30. What's my percentage?",
        "I had £50 and spent £18.40. How much do I have left in euros?",
        "I had £50 and spent £18.40. How much did I have left before I spent it?",  # (was 68.4)
        "I had £50 and spent £18.40 on 2 books. How much do I have left?",
        "A ticket costs £15 and we need 6 for the kids and 2 for us. How much is that?",
        "I have £100 and save £25 a week. How much will I have after 12 weeks?",
        "After it rose by 12% my portfolio is worth £13,440. What is it worth now?",
        "My salary is £30,000 and goes up by 3% each year. What will my new salary be?",
        "I have £5,000 in savings and can spend 20% of it on a holiday. How much is left?",
        "I have £5,000 in savings and can spend 20% of it on a holiday. How much is the rest?",
        # costs said for different periods; a share of another group than the one split
        (
            "Rent is £2,340 a term and bills are £410 a year, split equally between the five of us."
            " What's my share per term?"
        ),
        (
            "The will left £1,240. After £96 of costs the rest was split equally between 8"
            " grandchildren. How much did each child get?"
        ),
        "Tickets are £20, kids half price, split between 4 people. What does each person pay?",
        "My round is 64 houses at £14 each plus 9 shops at £22. What does 1 house bring in?",
        # a count of one thing at a price per another (the hours a day are not said)
        "2 days at £45 an hour. What's the total?",
        "The room is £80 a night. If we stay 3 nights and get a discount, what do we pay?",
        "2 days at our £45 hourly rate. What's the total?",
        "3 weeks at £45 a day. What's the total?",
        "The shop sold 64 houses at £14 each plus 9 shops at £22. What does one shop bring in?",
        (
            "The risotto sells for £18 and its ingredients cost £5.04 plus £1 of gas. What"
            " percentage of the menu price is the food cost?"
        ),
        (
            "Club membership is £265 and a dinghy park space is £180, with juniors getting 15% off"
            " both. What does an adult pay in total?"
        ),
        # a bare number beside money written with its sign is not money
        (
            "The caterer charges £58.50 per head for 96 guests and 140 in the evening. What's the"
            " total?"
        ),
        # an offer for another group, or on a condition
        (
            "A filling costs €85 and the practice gives 15% off for members. What does a non-member"
            " pay?"
        ),
        "A filling costs €85 and the practice gives 15% off for members. What do I pay?",
        "A coat is £80 and there's 25% off if you pay cash. What do I pay?",
        # a split with someone left out, or by something that is not a person
        (
            "Canoe club hired a minibus for $342 and 9 of us are splitting it evenly, but the driver"
            " goes free. How much does each of us pay?"
        ),
        # takings a day, money had rather than taken, a cost a day, a share of the takings
        "We took £500 a day at the fete and the pitch cost £60. What's left?",
        (
            "took £213.50 at the car boot sale, pitch cost £12 a day and i spent £7.25 on bacon"
            " rolls. profit?"
        ),
        (
            "took £213.50 at the car boot sale, pitch cost £12 and i spent £7.25 on bacon rolls, but"
            " half the takings were Sam's. profit?"
        ),
        "I bought a bike for £200 and sold it for £260, and the advert cost £10. profit?",
        # a working day or week is not 24 hours or 7 days; a year is not exactly 52 weeks
        "I earn £12 an hour and work 8 hours a day. How much a week?",
        "I earn £15 an hour. How much is that a day?",
        "I pay £35 a week for childcare. How much is that a year?",
        # a measure alone is the units tool's
        "I need 1.5 litres of stock. How many millilitres is that?",
        # VAT with something else inside the price, or at no rate said
        "I paid £1,200 for the sofa including VAT at 20% and delivery. How much was the VAT?",
        "I paid £1,200 for the sofa including VAT. How much was the VAT?",
        # a note too small, or a second note; a party with someone unpriced; money had
        "I bought 3 bags of compost at £6.99 each and a trowel for £8.50. How much change from £20?",
        "I bought 3 bags of compost at £6.99 each and paid with a £50 note. How much change from £40?",
        "Tickets are £8 for adults and £5 for kids. We're 2 adults, 3 kids and a baby. How much?",
        "I had £500 and the pitch cost £65. How much did we make?",
        # the percentage itself asked (the model says which part), or on top of one part only
        "Taxi fare is £3.20 to start plus £2.40 a mile. The trip was 13.5 miles and I'm adding a 10% tip on top. How much is the tip?",
        # some not sold, or a fee beside the margin
        "A burrito costs me $3.85 to make and sells for $11. Sold 146 but 10 were binned. What's the gross profit?",
        "A burrito costs me $3.85 to make and sells for $11. Sold 146 on Friday night and the pitch fee was $50. What's the gross profit?",
        # "each" of two counts; a week's pay from a month's (not whole weeks)
        "There are 24 kids and 3 teachers in the class and each needs 2 pencils. How many pencils?",
        "My salary is £32,400 a year. What's that per week?",
        # someone else's money; a price that went up asked as a discount
        "Ann had £20 and I spent £7.35 on lunch. How much have I got left?",
        "The jacket was £60 and is now £80. What's the percentage discount?",
        # a part-full bag; the sister's marbles; other things sold; a bill with more in it
        "A baker makes 146 rolls and packs them in bags of 6. How many bags?",
        "Tom has 45 marbles and gives 18 to his sister. How many does she have left?",
        "A farmer has 120 sheep and sells 35 cows. How many are left?",
        "My bill is £45.60 plus service and I pay with a £50 note. How much change?",
        # a week of work is not 7 days or 168 hours
        "I earn £15 an hour. How much for a week?",
        "I earn £90 a day. How much for a week?",
        # two kinds of amount, or a condition on one
        "Our electricity bill was £96 in March and 72 kWh in April. What's the difference?",
        "Our bill was £96 in March and £72 in April, but April was estimated. What's the difference?",
        # containers for another time than the story's
        "A baker makes 144 rolls and packs them in bags of 6. How many bags should I order for next week?",
        # an amount eaten or weighed is no money; a price of another time than the question's
        "Cheese is £22.50 a kilo and I ate 3 kg. How much did I eat?",
        "Cheese is £22.50 a kilo and the wheel is 3 kg. How much does it weigh?",
        "Cheese used to be £22.50 a kilo. How much for 3 kg now?",
        # a part named otherwise than the whole ("boys" after "40% are girls"), the rest of a
        # share not taken away, a second percentage, a rate
        "There are 30 pupils and 40% are girls. How many boys is that?",
        "We hold 18,500 accessions and 12% are due for regeneration. How many accessions are left?",
        (
            "Our chain is 430 m long and we renewed 15% of it last spring and 10% this spring. How"
            " many metres is that?"
        ),
        "The tank holds 430 litres and it's 15% more than last year. How many litres is that?",
        "We milled 5,200 kg of juice pears and 62% goes to waste. How many kilos of juice should we get?",
        "We jarred 45 starters and sold 80% of them at £6 a kilo. How much did they take?",
        # a deal: some of the things free (set 37's one wrong answer, 378, shipped before)
        "Dinner candles are £27 a box and every seventh box is free. A church orders 14 boxes - what do they pay?",
        "Lessons are £30 and the first one is free. I had 6 lessons. What did I pay?",
        # a cost paid out is no takings (answered 100 before this session)
        "We sold 40 cakes at £2 and paid £20 for the stall. What were the takings?",
        # a discount for members, the asker not said to be one (answered before this session)
        "The course is £420 and members get 15% off. What do I pay?",
        "The course is £420 and students get 15% off. How much is it?",
        # a price per 100 g and two things asked, one of them not priced
        "Fudge is £2.60 per 100 g. How much for 750 g of the dark one and 200 g of toffee?",
        # a dozen priced and eggs counted; a weight in another system; a bound, not a figure
        "Eggs are £3 a dozen. I bought 30 eggs. What did I pay?",
        "Cheese is £8 per lb and I bought 500 g. What did I pay?",
        "Rope is $2 a foot and I need 4 yards. What does it cost?",
        "Fabric is about £4 a metre or so, maybe £5. I need 12 m. What will it cost?",
        "Each stall costs around $40 a day or more on weekends. How much for 3 days?",
        "Eggs cost nearly £3 a dozen. How much for 5 dozen?",
        # another thing than the one priced; "them" of two things; counts that may differ
        "5 notebooks cost £8.75. How much for 12 pens?",
        "5 notebooks and 3 pens cost £8.75. How much would 12 of them cost?",
        "We had 12 hens and 5 hens died. Each hen lays 4 eggs a week. How many eggs a week?",
        # one group's part of an order told; a word the prices never name; tickets of both kinds
        (
            "Tickets are £9 for adults and £5 for children. 84 adults and 131 children came. What did"
            " the adults pay?"
        ),
        (
            "Panto tickets are £9 for adults and £5 for children. We sold 84 adult and 131 child"
            " programmes. What were the takings?"
        ),
        (
            "Panto tickets are £9 for adults and £5 for children. We sold 84 tickets. What were the"
            " takings?"
        ),
        (
            "Subs are £28 for adults and £12 for juniors. We've got 64 members and 19 juniors. How"
            " much do the subs bring in altogether?"
        ),
        # a price paid on each one beside a fee per one; a count no charge is paid on; a discount;
        # the price before VAT of a price VAT is added to (the price told); the net pay
        "Weekend tickets are £289 each plus a £14.45 booking fee per ticket. How much for 4 tickets?",
        "Weekend tickets are £1,289 each plus a £14.45 booking fee per ticket. How much for 4 tickets?",
        "Parking is £5 plus £2 per hour. I parked 3 hours and 2 days. What did I pay?",
        (
            "The plumber charges £60 plus £40 an hour. The job took 3 hours but he gave 10% off. What's"
            " the bill?"
        ),
        "£90 plus VAT at 20%. What was the price before VAT?",
        "£90 includes VAT at 20% and postage of £5. What was the price before VAT?",
        "I earn £12.80 an hour and worked 30 hours. What's my net pay?",
        # pence asked in pence
        "Stamps are 85p each. How many pence for 3?",
        # a part not said to be used; more than the one cost; more used than there is
        "We won £54 and I scored 3 of the 8 goals. What's my share?",
        "The firing cost £54 plus £6 for glaze and I used 3 of the 8 shelves. What's my share?",
        "The firing cost £54 and I used 9 of the 8 shelves. What's my share?",
        # a worth the story does not give
        "I paid £5,000 for the car 3 years ago. What's the car worth?",
        "My house cost £200,000 and prices rose 10%. What's it worth?",
        # one of the like quantities asked, by what tells it apart
        (
            "Marta picked 612 kg on Monday and 587 kg on Tuesday at €0.16 a kilo. How much did"
            " she earn on Monday?"
        ),
        # a count of the question's own is not the whole order (these once gave 1230)
        "We sold 74 mugs at £12 and 19 jugs at £18. What do 2 mugs cost?",
        "We sold 74 mugs at £12 and 19 jugs at £18. What does 1 mug bring in?",
        (
            "My window round is 74 houses at £12 and 19 bigger houses at £18. What does one house"
            " bring in?"
        ),
        (
            "Our café sold 312 flat whites at £3.40 and 187 teas at £2.20. What did those 3 drinks"
            " take?"
        ),
        # a cost another spent, money had rather than taken, a question of its own after a comma
        "Tuned 38 pianos at £85 each and she spent £412.50 on diesel. What's left?",
        "I tuned 38 pianos, what's left?",
        # a part that is another thing, or more than the whole, or a whole asked of another
        "We have 24 kayaks and 18 paddles were lost. What percentage is that?",
        "We have 24 kayaks and 18 were out. What percentage of the paddlers were out?",
        "We have 24 kayaks and 30 were out. What percentage is that?",
        "Out of 312 bookings, 78 teams got out and 12 didn't. What percentage escaped?",
        # a share gained, or the rest asked in another unit
        "A 24 kg wheel gains 9% of its weight. How much does it weigh now?",
        "A 24 kg wheel loses 9% of its weight. What does it weigh when it comes out, in lb?",
        # one of the things priced asked for, with or without its article (these once gave
        # the whole order's 994.8)
        (
            "We sold 14 helmets at £46.50 and 9 headtorches at £38.20. How much did the helmets bring"
            " in?"
        ),
        "We sold 14 helmets at £46.50 and 9 headtorches at £38.20. How much did helmets bring in?",
        (
            "The club bought 14 helmets at £46.50 and 9 headtorches at £38.20. What did we pay for"
            " helmets?"
        ),
        (
            "The club bought 14 helmets at £46.50 and 9 headtorches at £38.20. What did we spend on"
            " helmets?"
        ),
        # a part of a number said before a sum: which is grouped first is the reader's
        "what's half of 2 plus 2",
        "What is 20% of 50 plus 10?",
        "twice 3 plus 4",
        "what's a quarter of 1,000 minus 60",
        # a part of a mixture not told, or asked in another unit
        "Bell metal is 78% copper and 22% tin. For a 340 kg pour, how many kg of zinc go in?",
        "Tin is 22% of our bell metal by weight — how many lb of tin go into a 1,450 kg pour?",
        # what is left after a share paid first, a share over the whole
        "12 wigs at £1,275 each and the theatre pays 30% upfront. What's left to pay?",
        "12 wigs at £1,275 each and the theatre pays 130% upfront. upfront amount?",
        # a share kept by one and another's asked, a share over the whole
        "We sold 40 mugs at £5. The hall keeps 30%. How much does the band get?",
        "We sold 40 mugs at £5 and the hall keeps 130%. What's our share?",
        # so much for each of a count, and another count told
        "We have 3 boxes, each 12 kg and 2 bags. How many kg is that?",
        # a bare "How much?" of a price with nothing counted
        "Eggs are £3 a dozen. How much?",
        # takings asked in another currency than the story's
        (
            "Sunday at the baths: 348 adults at ¥1,200 and 97 children at ¥600. What were the takings"
            " in euros?"
        ),
        # a price with nothing taken off it
        "Shoes are £84 — what do I actually pay?",
        # "@" that is no price
        "email me @ 5 pm",
        # a share of no parts, a share named by whose it is, bundles that do not come out whole
        "Split 1,260 in the ratio 2:0:4. What's the smallest share?",
        "Split 1,260 in the ratio 2:3:4 - what's Tom's share",
        "We have 1,280 nappies to go out in bundles of 25. How many bundles is that?",
        # an arrow with nothing asked, or the other way asked
        "640 -> 776",
        "by what percent did it go down, 640 -> 776?",
        # a number before the list that is not in it, a tax on two things
        "Call 0800 123 456: 12, 14. Mean?",
        "Call 0800 123 456: 12 and 14. What's the mean?",
        "What's 20% VAT on a £78 sweep and a £12 brush?",
        # takings of a price list with nothing counted (these once gave 60)
        "Full grooms are £42 and trims £18. What did I take?",
        "Full grooms are £42 and trims £18. Saturday was busy. What did I take?",
        # an order told, and another day or a currency not the prices' asked
        (
            "Full grooms are £42 and trims £18. Saturday was 7 full grooms and 5 trims, what did I"
            " take on Sunday?"
        ),
        (
            "Adult tickets were £8 and child tickets £3.50. We sold 412 adult and 187 child tickets."
            " How many euros is that?"
        ),
        (
            "Full grooms are £42 and trims £18. On Saturday I did 7 full grooms and 5 trims, and on"
            " Sunday 3 full grooms. What did I take?"
        ),
        # the share he keeps is not what I keep; three sold for one price is not one sale
        "Sold 3 mandolins through a dealer for $2,850 and he keeps 22%. How much do I keep a week?",
        "I sold a mandolin to a dealer for $2,850 and 2 strings. He keeps 22%. How much do I keep?",
        # a cost not told, and more sold than were made
        (
            "We sold 142 adult tickets at £12 and 67 child tickets at £7.50, and the theatre hire is"
            " £680. What's left after paying the band?"
        ),
        "I bought 120 mugs at £2 each and sold 140 of them at £3. What's my profit?",
        # what each group needs, then how many groups: the count is of every item, never the
        # first item's alone (it gave 3 × 0.12 × 16 + 2 × 0.18 + 1.45)
        (
            "For the circuits practical each group needs 3 resistors at 12p, 2 LEDs at 18p and a"
            " battery holder at £1.45. I've got 16 groups. Total cost?"
        ),
    ],
)
def test_money_stories_without_one_answer_are_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None


# Orders priced from a list told first (`menu`), what a deal saves over the order it replaces,
# and the shapes beside them: a bare "Total?", "whats the total", a word before "discount",
# a tax on top, a labelled tally, and what is left after the story's last cost.
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
        (
            "Tickets are £12 for adults and £7 for children. How much for 2 adults and 3 children?",
            "45",
        ),
        ("Coffee is £3 and cake is £2.50. I buy 2 coffees and 3 cakes. How much is that?", "13.5"),
        ("Coffee is £3 and cake is £2.50. What would I pay for 2 coffees and a cake?", "8.5"),
        # a price list after a label, members we've got, the total income asked
        (
            (
                "Bowls club subs this year: £95 for playing members and £60 for social members."
                " We've got 74 playing and 31 social. What's the total subs income?"
            ),
            "8890",
        ),
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
        # grams at a price a kilogram, and hours at a price an hour said with a slash
        (
            (
                "I bought 680 g olive oil at £6.40/kg and 280 g coconut oil at £9.50/kg. What's the"
                " total?"
            ),
            "7.012",
        ),
        (
            (
                "Quote for the customer: combi boiler £1,480, flue kit £95 and 9 hours labour at"
                " £55/hr, then 20% VAT on the lot. What's the total?"
            ),
            "2484",
        ),
        # one of a thing at its price
        ("12 tetras at £2.25, 6 corydoras at £4.50 and 1 betta at £12. What's the total?", "66"),
        # takings less a cost named first, a day's cost for one day's takings
        (
            (
                "The pitch costs £38 a day. On Saturday I sold 46 candles at £7.50 and 19 wax melts"
                " at £2.50. What did I make after paying for the pitch?"
            ),
            "354.5",
        ),
        # takings less the one cost the story names last
        (
            (
                "Entries: 22 juniors at £4 and 17 adults at £7. The hall cost £85. How much is left"
                " over for prizes?"
            ),
            "122",
        ),
        # a quote; a measure a job takes; "each one" said of the count before it
        (
            (
                "Re-covering the chair takes 4.5 metres of fabric at £22 a metre plus £180 labour."
                " What's the quote?"
            ),
            "279",
        ),
        (
            (
                "The yard runs 12 vans and each one covers 180 km a day. How many km do they do in 5"
                " days?"
            ),
            "10800",
        ),
        ("We keep 9 hens and each lays 6 eggs a week. How many eggs in 3 weeks?", "162"),
        # an average or a cost per one of a count
        ("45 walkers raised £2,250 between them. What's the average per walker?", "50"),
        ("A bag of rice costs £12.60 and gives 42 portions. cost per portion?", "0.3"),
        # a share of a whole: a deposit's balance, a commission, seats filled
        ("Booked a van for £640 and paid a 25% deposit. What's the balance?", "480"),
        ("I'm on 30% commission and sold £2,400 of kitchens. What do I earn?", "720"),
        ("The hall has 350 seats and the concert was 80% full. How many seats were sold?", "280"),
        # a cost split so many ways; a percentage taken off a number
        ("The cabin is £1,450 plus £50 cleaning, split 6 ways. What's my share?", "250"),
        ("take 35% off 380", "247"),
        ("15% off 86.40", "73.44"),  # the sale price, as a calculator reads it
        # a percentage increase asked so; a lot bought for one amount and sold at so much each
        ("Last year we sold 1,200 and this year 1,500. What's the percentage increase?", "25"),
        (
            (
                "I bought a crate of 200 melons for £300 and I'm selling them at £2.50 each. What's my"
                " profit once they're all gone?"
            ),
            "200",
        ),
        # a rate per 100 of something; "One of our …" is one thing; a price before the question
        (
            (
                "One of our minibuses uses 9.5 litres per 100 km and does 180 km a day. How many"
                " litres does it use in a day?"
            ),
            "17.1",
        ),
        (
            (
                "The van covers 250 miles a week and burns 10 litres per 100 miles. at £1.50 a litre"
                " whats the weekly fuel bill?"
            ),
            "37.5",
        ),
        # a price per 100 g, and what so many grams cost (the sign kept: it is money)
        ("Fudge is £2.60 per 100 g. How much for 750 g?", "19.5"),
        ("Fudge is £2.60 per 100g. What do 750g cost?", "19.5"),
        ("Ham is £1.90 per 100 g. How much for 2 kg?", "38"),
        (
            (
                "350 g of prosciutto at £4.60 per 100 g and 200 g of manchego at £2.95 per 100 g,"
                " what does that come to?"
            ),
            "22",
        ),
        # "what do I owe?"; equal instalments; a list's average with its count said after it;
        # VAT "on the lot"
        ("Beef is £18.40 a kilo and I asked for 1.5 kg. what do I owe?", "27.6"),
        (
            "The course is £960 and you can spread it over 6 equal instalments. How much is each?",
            "160",
        ),
        ("She scored 12, 18, 9 and 21 in her four matches. What's her average?", "15"),
        (
            "Four doors at £120 each plus a £40 delivery charge, and then VAT at 20% on the lot. Total?",
            "624",
        ),
        # a profit on so much bought and sold at a price a unit of it; "Cost?" after a story
        (
            "bought 30 kg of plums off the farm at £2.10/kg and sold the lot at £3.50/kg. profit?",
            "42",
        ),
        # what is left to pay of costs told once a payment is made
        (
            (
                "The suit is $900, alterations are another $120 and I've already paid a $300 deposit."
                " how much is left to pay?"
            ),
            "720",
        ),
        # cents in a story of no other currency are dollars
        ("420 sheets at 38 cents each. whats the bill", "159.6"),
        # a percentage off the whole order, said with who gets it or "minus"
        (
            (
                "A pub orders 20 pies at £3.10 and 40 rolls at 45p each, and gets 5% off the whole"
                " order as a trade customer. What's the invoice total?"
            ),
            "76",
        ),
        (
            "12 shirts at £15 and 12 ties at £8, minus a 20% club discount. How much is the order?",
            "220.8",
        ),
        # takings less a cost named in more words, and a raffle's takings
        (
            (
                "Sold 120 coffees at £2.50 and 40 teas at £1.80, and the milk for the day cost me"
                " £14. What was my profit?"
            ),
            "358",
        ),
        (
            (
                "The raffle sold 200 tickets at £1 each and the prizes cost £45. How much did it make"
                " for the school?"
            ),
            "155",
        ),
        # tickets sold, priced for whom, asked as revenue ("junior ones")
        (
            (
                "Season tickets are $420 for adults and $260 for juniors. We've sold 137 adult and 48"
                " junior ones so far. How much revenue is that?"
            ),
            "70020",
        ),
        # "kids" of a price for children, asked "What do … pay altogether?"
        (
            (
                "Hovercraft trip tickets are £34 for adults and £21.50 for children. What do 3 adults"
                " and 4 kids pay altogether?"
            ),
            "188",
        ),
        (
            (
                "Flat whites are £3.40 and pastries £2.85. This morning the van sold 86 flat whites and"
                " 39 pastries. What were the takings?"
            ),
            "403.55",
        ),
        # set 33: prices a kind of visitor "pays", a time after the order, a total named; a list
        # price and "sales tax is …"; a split told after "; "; "going to cost"; a member asked
        (
            (
                "Adults pay $12.50 and concessions $8. We had 318 adults and 147 concessions over the"
                " holiday weekend. What is the gate total?"
            ),
            "5151",
        ),
        ("A set of drones lists at $1,240 and sales tax is 8.25%. What is the total?", "1342.3"),
        (
            (
                "The invoice is £1,950 and four of us in the partnership split it evenly; what's each"
                " share?"
            ),
            "487.5",
        ),
        (
            (
                "Cotton card is £0.80 a sheet and the wedding order needs 145 sheets. What's the card"
                " going to cost?"
            ),
            "116",
        ),
        ("The course is £420 and members get 15% off. What does a member pay?", "357"),
        # a percentage of one whole: the part "that" names, or the rest after a share used
        (
            "We hold 18,500 accessions and 12% are due for regeneration. How many accessions is that?",
            "2220",
        ),
        (
            "2.4 million larvae set on the cultch and 38% survived to seed size. How many seed is that?",
            "912000",
        ),
        (
            (
                "Our ferry chain is 430 m long and we renew 15% of the links every spring — how many"
                " metres of chain is that?"
            ),
            "64.5",
        ),
        (
            (
                "The dome refit budget is €48,000 and 37.5% of it went on the new projector. How much is"
                " left for everything else?"
            ),
            "30000",
        ),
        (
            (
                "The museum gave us £18,400 for cleaning the tapestry and we've used 62.5% of it so"
                " far. How much remains?"
            ),
            "6900",
        ),
        # a share of one whole sold at one price
        (
            "We jarred 45 SCOBY starters and sold 80% of them at £6 each. How much did they take?",
            "216",
        ),
        (
            (
                "The beds gave 1,845 kg of cress this season; we sold 86% of it at £4.20 a kilo. What"
                " was the revenue?"
            ),
            "6664.14",
        ),
        # set 36: a "trade discount" the wholesaler gives; "What's the group's total?"
        (
            (
                "ordering 15 genetic hackle capes at $48 each, the wholesaler gives me 12% trade"
                " discount. what's the bill"
            ),
            "633.6",
        ),
        (
            (
                "Flights are $289 a head. A group of 12 fills the basket and gets 15% off. What's the"
                " group's total?"
            ),
            "2947.8",
        ),
        # the part named by its clause's noun or verb
        (
            (
                "We milled 5,200 kg of perry pears and the press gives 62% of that weight as juice."
                " How many kilos of juice should we get?"
            ),
            "3224",
        ),
        ("a 640 kg bale of hemp loses 1.5% in combing. how many kilos is lost", "9.6"),
        # set 36: the rest named "of dry kelp"; the part asked in a smaller unit
        (
            (
                "We hung 2,400 kg of wet kelp to dry and it lost 82% of its weight. How many kilos of"
                " dry kelp are left?"
            ),
            "432",
        ),
        (
            (
                "A kiln load of 3.5 tonnes of resinous pine stumps gives tar weighing 12% of the wood."
                " How many kg of tar is that?"
            ),
            "420",
        ),
        # set 34: what the thing for so many costs; gross profit on things bought and sold
        (
            "Nylon is £7.20 a metre and each kite uses 1.35 m. What does the fabric for 48 kites cost?",
            "466.56",
        ),
        (
            (
                "Bought 64 juniper pre-bonsai at $17.25 each and sold the lot at $39.90 apiece. What's"
                " my gross profit?"
            ),
            "1449.6",
        ),
        # prices "per adult" and "per child"
        (
            (
                "Abseiling taster sessions are £32 per adult and £24 per child. How much for 3 adults"
                " and 4 kids?"
            ),
            "192",
        ),
        # imperial units written two ways ("per foot" … "57 ft", "per pound" … "3.2 lb")
        ("Blacking is £42 per foot of hull. How much for a 57 ft narrowboat?", "2394"),
        (
            "Damascus billet costs $7.35 per pound; the blank weighs 3.2 lb. What does it cost?",
            "23.52",
        ),
        ("Paint is $30 a gallon and I need 3 gal. What will it cost?", "90"),
        # a price per dozen: the dozen is the unit counted
        ("Escargot packs go for €9.60 per dozen. What do 175 dozen bring in?", "1680"),
        ("Eggs are £3 a dozen. How much for 5 dozen?", "15"),
        # "how much per wig is that", "Cost of the chip?"
        ("the musical needs 14 wigs and the wig budget is £9,450. how much per wig is that", "675"),
        # a price of so many things, and another number of them asked (the unitary method);
        # like measures added; a list whose last number carries the unit
        ("If 3 pencils cost $1.50, how much do 7 pencils cost?", "3.5"),
        ("5 notebooks cost £8.75. How much would 12 of them cost?", "21"),
        ("£8.75 for 5 notebooks. What do 12 notebooks cost?", "21"),
        (
            (
                "Pickers get €0.16 a kilo. Marta picked 612 kg on Monday and 587 kg on Tuesday. How"
                " much has she earned?"
            ),
            "191.84",
        ),
        ("Fabric is £4 a metre. I need 2.5, 3 and 1.5 metres. What will it cost?", "28"),
        ("I bought 3 kg and 2 kg of apples at £2 a kilo. What did I pay?", "10"),
        # a price list, then what came or was carried ("64 seniors and 27 juniors ran"), an
        # order repeating the word every price is said of ("84 adult and 131 child tickets"),
        # "children's £3.10", a question after a dash
        (
            (
                "Entry to our score event was £7 for seniors and £3.50 for juniors. 64 seniors and 27"
                " juniors ran. How much entry money came in?"
            ),
            "542.5",
        ),
        (
            (
                "Panto tickets are £9 for adults and £5 for children. The Saturday matinee sold 84"
                " adult and 131 child tickets. What were the takings?"
            ),
            "1411",
        ),
        (
            (
                "Adult swims are £5.20 and children's £3.10. On one hot Sunday 412 adults and 287"
                " children came through the gate. How much did we take?"
            ),
            "3032.1",
        ),
        (
            (
                "Adult tickets are £6.50 and child tickets £3.25. A family bought 2 adult and 3 child"
                " tickets - what did they pay altogether?"
            ),
            "22.75",
        ),
        (
            (
                "A foot passenger ticket is €14.50 and a car with driver €62. One crossing carried 118"
                " foot passengers and 34 cars. What did that crossing take?"
            ),
            "3819",
        ),
        (
            (
                "Astronomy society subs are £28 for adults and £12 for juniors. We've got 64 adult"
                " members and 19 juniors. How much do the subs bring in altogether?"
            ),
            "2020",
        ),
        # set 44: whole pence a kilo or a mile (said in pounds); "a £680 day rate"; "What's she
        # owed?"; "the week's box income"
        (
            (
                "Grape pickers are paid 45p per kilo. Marta picked 286 kg across the harvest. What's"
                " she owed?"
            ),
            "128.7",
        ),
        (
            (
                "The delivery van does 412 miles a week and fuel works out at 18p a mile. What's the"
                " fuel cost over 13 weeks?"
            ),
            "964.08",
        ),
        (
            (
                "Our tree surgery crew charges a £680 day rate. The felling job took 4.5 days. What do"
                " we invoice?"
            ),
            "3060",
        ),
        (
            (
                "Veg boxes are £17.25 each and 134 households took a box this week. What's the week's"
                " box income?"
            ),
            "2311.5",
        ),
        # set 46: charges joined by "plus", each rate on its own count; gross pay; a price with
        # its VAT in it, and the price before the VAT asked
        (
            (
                "Riders are paid £4.10 per drop plus 35p per mile. One rider did 37 drops and 62 miles"
                " on Friday. What did they earn?"
            ),
            "173.4",
        ),
        (
            (
                "Our four-piece charges £750 plus 45p a mile for travel, and the round trip to this"
                " wedding is 172 miles. What's our fee?"
            ),
            "827.4",
        ),
        (
            (
                "Lifeguarding pays £12.80 an hour and I worked 7 shifts of 4.5 hours. What's my gross"
                " pay?"
            ),
            "403.2",
        ),
        ("£90 includes VAT at 20%. What was the price before the VAT was added?", "75"),
        ("£90 includes VAT at 20%. How much of that is VAT?", "15"),
        # a cost shared by the part of something one used
        (
            (
                "At our co-op the kiln cost is split by shelves used. Last night's firing cost £63.20"
                " and Priya filled 3 of the 8 shelves. What's her share?"
            ),
            "23.7",
        ),
        ("The firing cost £54 and I used 3 of the 8 shelves. What's my share?", "20.25"),
        # what a crop or a haul is worth
        (
            (
                "I sheared 11 alpacas and the fleeces averaged 2.4 kg each. At £18 a kilo, what's the"
                " whole clip worth?"
            ),
            "475.2",
        ),
        # a round figure is still the figure
        (
            (
                "Greens for our 38 tortoises cost about £2.15 per tortoise a week. What's the weekly"
                " food bill?"
            ),
            "81.7",
        ),
        # an order told after a price list: services done, a day named, a total asked tersely
        (
            (
                "A full set of shoes is £95 and a trim is £35. I did 14 full sets and 9 trims over"
                " the week. What did I take in total?"
            ),
            "1645",
        ),
        (
            (
                "At the resort shop a hot wax is €18 and a base grind is €46. One busy Saturday I did"
                " 23 hot waxes and 7 base grinds. How many euros is that altogether?"
            ),
            "736",
        ),
        (
            (
                "Adult tickets for our model railway exhibition were £8 and child tickets £3.50. We"
                " sold 412 adult and 187 child tickets. Total gate takings?"
            ),
            "3950.5",
        ),
        (
            (
                "An alpaca walk is £38 per adult and £22 per child. Saturday we had 14 adults and 9"
                " children, what did we take altogether?"
            ),
            "730",
        ),
        (
            (
                "My grooming van charges £42 for a full groom and £18 for a nail trim with ear clean."
                " Saturday was 7 full grooms and 5 trims - what did I take?"
            ),
            "384",
        ),
        # takings less a cost said without its subject, the question after a comma
        (
            "tuned 38 pianos in march at £85 each and spent £412.50 on diesel, whats left",
            "2817.5",
        ),
        (
            (
                "i swept 23 chimneys at £65 each and spent £112.40 on brushes and van fuel. whats my"
                " profit"
            ),
            "1382.6",
        ),
        # a share lost, and what is left or what it weighs; a share sold, asked by its verb
        (
            (
                "A 20 kg batch of barley miso loses 6% of its weight while it ferments. How many kg are"
                " left to pack?"
            ),
            "18.8",
        ),
        (
            (
                "A 24 kg wheel loses 9% of its weight in the cave. What does it weigh when it comes"
                " out, in kg?"
            ),
            "21.84",
        ),
        ("I listed 75 items on the resale app and 36% of them sold. How many sold?", "27"),
        # a part of a whole told after it, asked as a percentage
        (
            "We have 24 kayaks and 18 were out at high tide. What percentage of the fleet was out?",
            "75",
        ),
        (
            (
                "Out of 312 bookings last quarter, 78 teams got out before the clock ran down. What"
                " percentage of teams escaped?"
            ),
            "25",
        ),
        (
            (
                "our radiothon raised £2,340 against a target of £3,600. what percentage of the target"
                " is that?"
            ),
            "65",
        ),
        ("Of our 40 hens, 12 stopped laying. What percentage is that?", "30"),
        # a percentage on the whole said "less", "minus", "added to the lot" before the question
        (
            (
                "office block contract: 416 panes at £3.40 a pane, minus the 5% loyalty discount. what"
                " do we invoice"
            ),
            "1343.68",
        ),
        (
            (
                "Quote breakdown: panels £4,380, inverter £1,150, scaffold £720, labour £1,600. With 5%"
                " VAT added to the lot, what's the final figure?"
            ),
            "8242.5",
        ),
        # a part of a mixture by weight, and how much of it an amount holds
        (
            "Tin is 22% of our bell metal by weight — how many kg of tin go into a 1,450 kg pour?",
            "319",
        ),
        (
            (
                "Bell metal here is 78% copper and 22% tin. For a 340 kg pour, how many kg of tin go in"
                " the crucible?"
            ),
            "74.8",
        ),
        ("brine is 23% salt by weight, how many kg of salt are in 18 kg of brine", "4.14"),
        # a share of a whole cost paid first
        (
            "panto order: 12 wigs at £1,275 each and the theatre pays 30% upfront. upfront amount?",
            "4590",
        ),
        (
            (
                "We rebuilt 147 metres of wall at £62.50 a metre and the farmer pays 40% up front. How"
                " much is the deposit?"
            ),
            "3675",
        ),
        # a share of the takings kept by another: what is left, or their share
        (
            (
                "Open day sales: 46 hooks at £12 and 19 pokers at £28. The card machine takes 1.75% of"
                " everything — what do we net?"
            ),
            "1065.03",
        ),
        (
            (
                "Village hall gig: 148 tickets at £8 and 61 children's at £4.50, and the hall keeps 30%."
                " What's our share?"
            ),
            "1020.95",
        ),
        (
            (
                "Our truck sold 640 cones at $4.25 at the county fair, and the fair takes 18% of gross."
                " How many dollars does the fair get?"
            ),
            "489.6",
        ),
        (
            (
                "62 guests booked the catamaran trip at $89 each. The ship keeps 35%; how much goes to"
                " the local operator?"
            ),
            "3586.7",
        ),
        # the whole amount asked by what is done with it ("pack", "bring", "carry")
        (
            (
                "White gas: 0.45 litres per person per day, 4 people, 38 days on the ice. How many"
                " litres do we pack?"
            ),
            "68.4",
        ),
        # so much for each of a count, said after it
        (
            "Warp for the throw: 312 ends, each 4.25 m long. How many metres of yarn is that?",
            "1326",
        ),
        ("We have 3 boxes, each 12 kg. How many kg is that?", "36"),
        # a price each said with "@" or "a unit"
        ("pork belly order: 8.4 kg @ 13.75 per kg — how much do i owe the butcher", "115.5"),
        (
            "Pressing 1,500 LPs at £4.85 a unit plus £390 for lacquers and plates. Total cost?",
            "7665",
        ),
        # VAT said last in the story, on all of it
        (
            (
                "Thirty-eight metres of wall at £145 a metre, plus VAT at 20%. What's the total on the"
                " quote?"
            ),
            "6612",
        ),
        ("what do you get if you take 2,719 away from 10,000", "7281"),
        ("calc 98765 - 43210 + 1234", "56789"),
        # a bare "How much?" (or "How much altogether?") of a story of prices
        (
            (
                "Sold 312 bottles at £3.75 and 48 bag-in-boxes at £21.50 at the press day. How much"
                " altogether?"
            ),
            "2202",
        ),
        (
            (
                "Scaffold hire is £14.20 per metre of frontage per week. The house is 23 metres wide and"
                " the job takes 3 weeks - how much?"
            ),
            "979.8",
        ),
        (
            (
                "Sunday at the baths: 348 adults at ¥1,200 and 97 children at ¥600. What were the"
                " takings in yen?"
            ),
            "475800",
        ),
        (
            "Roof needs 1,150 bundles of water reed at £4.80 a bundle, plus VAT at 20%. How much?",
            "6624",
        ),
        # "sq root", a part done of a whole as a percentage, "+ VAT at", a dash's "what do I pay"
        ("sq root of 5329 pls", "73"),
        (
            (
                "I've transcribed 1,836 of the 2,550 entries in the burial register. What percentage is"
                " done?"
            ),
            "72",
        ),
        (
            "The pair scored 1,120 matchpoints out of a possible 1,600. What percentage is that?",
            "70",
        ),
        ("£1,250 + VAT at 17.5%, total please", "1468.75"),
        ("fifteen percent off £84 — what do I actually pay?", "71.4"),
        # "written as a decimal", "raise 3 to the 9th power", "Add VAT at 20% to …"
        ("what's 5/8 written as a decimal number", "0.625"),
        ("raise 3 to the 9th power", "19683"),
        ("raise 2 to the power of 10", "1024"),
        ("Add VAT at 20% to £86.45, what's the gross?", "103.74"),
        # a deposit on a quote, a ratio's share, a rate "is losing", a whole in exact bundles
        (
            "We take a 40% deposit. The fox mount is quoted at £685 - how much is the deposit?",
            "274",
        ),
        ("Split 1,260 in the ratio 2:3:4 - what's the biggest share", "560"),
        ("Split 1,260 in the ratio 2:3:4. What's the smallest share?", "280"),
        (
            "The longcase is losing 42 seconds a day. How many minutes does it lose over 30 days?",
            "21",
        ),
        (
            "We have 1,275 nappies to go out in family bundles of 25. How many bundles is that?",
            "51",
        ),
        (
            "We harvested 612 kg of flake salt and it goes into 250 g tubs. How many tubs is that?",
            "2448",
        ),
        # a note's split, a change with an arrow, a sale price after a comma, "What did we spend?"
        ("split £1,263.60 nine ways, how much each", "140.4"),
        ("by what percent did it go up, 640 -> 776?", "21.25"),
        ("1,240 -> 1,550, by what percent did it go up?", "25"),
        ("23% off 189.00, what's the sale price", "145.53"),
        (
            "The club bought 14 helmets at £46.50 and 9 headtorches at £38.20. What did we spend?",
            "994.8",
        ),
        # a list's mean asked in a note, "avg", a change "going from", a tax on a priced thing
        ("Boats through my lock Mon-Fri: 14, 22, 9, 17, 28. Mean per day?", "18"),
        ("avg of 14, 19, 23, 28 and 31", "23"),
        ("Percentage change going from 250 to 310?", "24"),
        ("How much is 20 percent VAT on a £78 sweep?", "15.6"),
        ("What is a 15% tip on a $64 haircut?", "9.6"),
        # counts at a price each, and the whole they make asked by one of it
        (
            (
                "My window round is 74 houses at £12 and 19 bigger houses at £18. What does one full"
                " round bring in?"
            ),
            "1230",
        ),
        (
            (
                "Our café sold 312 flat whites at £3.40 and 187 teas at £2.20 last week. What were"
                " the total takings from those two drinks?"
            ),
            "1472.2",
        ),
        # a count named with a word before the thing a price is per ("84 organ pipes", "a pipe")
        (
            (
                "Restoring 84 organ pipes, the voicer charges £27.50 a pipe and re-leathering the"
                " bellows is a flat £640. What's the invoice total?"
            ),
            "2950",
        ),
        # "each" of the things just counted, then what each did ("6 boats each took 38.5 litres")
        ("6 boats each took 38.5 litres at £1.12 a litre. What's the fuel bill?", "258.72"),
        ("diesel: 6 boats each took 38.5 litres at £1.12 a litre, what's the fuel bill", "258.72"),
        ("If 4 of us each play 18 holes, how many holes is that altogether?", "72"),
        ("12 hens each lay 5 eggs a week. How many eggs in 4 weeks?", "240"),
        # so many people who each paid a price, when takings are asked
        ("At the show 1,260 adults paid £8, 310 under-16s paid £4. What did we take?", "11320"),
        ("1,260 adults paid £8 and 310 children paid £4. What did we take?", "11320"),
        # a percentage on the whole, said as a surcharge, "on top for …", "on the whole thing"
        (
            (
                "Ice sculpture job: 5 blocks at $95 each, 14 hours of carving at $120 an hour, and a"
                " 15% rush surcharge on the whole thing. What do we invoice?"
            ),
            "2478.25",
        ),
        (
            (
                "thatching quote — 96 square metres at £145 a square metre, then add 20% on top for"
                " the ridge. What's the total?"
            ),
            "16704",
        ),
        ("If I knock 36% off 1,250, what's left?", "800"),
        # one share of a whole and the others sharing the rest equally
        (
            (
                "Four of us glassblowers split a $5,380 commission: the lead artist takes 40% and the"
                " other three share what's left equally. How much does each of those three get?"
            ),
            "1076",
        ),
        (
            (
                "We've got a £14,700 refit grant for the brig's eight sails. The mainsail gets 30% and"
                " the other seven sails share the rest equally — how much for each of the seven?"
            ),
            "1470",
        ),
        # a whole sold in two shares at two prices
        (
            (
                "Harvested 148.5 kg of oysters; 80% went to restaurants at €7.40/kg and the rest sold"
                " at the market for €9/kg. Total takings?"
            ),
            "1146.42",
        ),
        # takings less costs told with "were", of five words, asked "what did i clear"
        (
            (
                "Farm shop sold 1,240 bottles at £4.80 and 310 bag-in-boxes at £26. Stall fees at the"
                " shows were £640. What's the profit?"
            ),
            "13372",
        ),
        (
            (
                "sharpened 48 chef's knives at £6.50 and 12 serrated ones at £8 at the market, diesel"
                " for the van was £37. what did i clear"
            ),
            "371",
        ),
        # basic hours and overtime at a multiple of one hourly rate
        (
            (
                "Employee on £14.60 an hour did 37.5 basic hours plus 6 hours overtime at time and a"
                " half. Gross pay for the week?"
            ),
            "678.9",
        ),
        (
            (
                "She's paid £12 an hour and did 40 basic hours and 5 hours overtime at double time."
                " What's her gross pay?"
            ),
            "600",
        ),
        # overtime past so many hours; hours at a premium
        (
            (
                "guards are paid £12.60 an hour, time and a half for anything over 40 hours in the week."
                " dave did 52 hours. gross pay?"
            ),
            "730.8",
        ),
        (
            (
                "Guards are paid £12.60 an hour, double time for anything over 40 hours. Dave did 36"
                " hours. Gross pay?"
            ),
            "453.6",
        ),
        (
            "Base rate's £11.80 an hour and nights pay 25% on top. Pay for 38 hours of nights?",
            "560.5",
        ),
        # money put by, the spending from it, what is left or that spread over weeks
        ("saved £3,600. flights took £780, insurance £144. how much is left?", "2676"),
        (
            (
                "saved £3,600. flights took £780, insurance £144. if i spread what's left evenly over"
                " twelve weeks, how much is that per week?"
            ),
            "223",
        ),
        # a discount on one priced thing of the bill only
        (
            (
                "Sectional door £1,285, electric operator £420, two extra remotes at £34.50 each and"
                " fitting at £260. Customer gets 12% off the door itself only. What's the total?"
            ),
            "1879.8",
        ),
        ("Door £1,285 and fitting £260. 12% off the door only. What's the total?", "1390.8"),
        # the rest after a share kept, split between so many; the rest after a share paid first
        (
            (
                "The pot is £1,840. The hall keeps 15% and the rest is split equally between 5 winners."
                " How much does each winner get?"
            ),
            "312.8",
        ),
        (
            (
                "Client booked a cruise at £3,280, pays a 20% deposit and the rest in 4 equal"
                " instalments. How much is each instalment?"
            ),
            "656",
        ),
        # money said in quid
        (
            (
                "Tickets were twenty-two quid for members and thirty quid for guests. 148 members and"
                " 37 guests came. What were the takings?"
            ),
            "4366",
        ),
        # the question asked first, or the total asked before a colon
        ("Total? 3 teas at £2 and 2 cakes at £3.", "12"),
        (
            "What's the materials total: 12 treads at £68, a handrail at £145 and 30 spindles at £7.20?",
            "1177",
        ),
        # a price in two tiers: a rate or a sum for the first so many, a rate after them
        (
            (
                "We charge $34 a foot for the first 200 ft of drilling and $41 a foot after that. This"
                " well went down 265 ft. What's the drilling bill?"
            ),
            "9465",
        ),
        (
            (
                "We charge £240 to empty the first 4,000 litres and 4.5p a litre after that. What's the"
                " bill for a 6,800 litre tank?"
            ),
            "366",
        ),
        (
            (
                "An 8-yard skip is £285 for 14 days, then £8 for each extra day, plus a £45 permit."
                " Customer kept it 19 days. What do they pay?"
            ),
            "370",
        ),
        # the first so many at a share off a rate
        (
            (
                "The unit is £19.75 a week and the first 4 weeks are half price. The customer keeps it"
                " for 16 weeks. What's the total rent?"
            ),
            "276.5",
        ),
        # all of a lot sold "every one"; a tax told as a condition of the question
        (
            "Bought 360 PE tops at £4.15 each and sold every one at £7.50. Gross profit on them?",
            "1206",
        ),
        ("15 cases at £9.36 each. With 20% VAT added, what's the total?", "168.48"),
        # the rest after a deposit, in equal payments, with no verb before "rest"
        (
            "The scooter is £1,895. £395 deposit up front, rest in 12 equal monthly payments. How much is each payment?",
            "125",
        ),
        # a share of the ticket money kept
        (
            (
                "Sold 74 advance tickets at £6 and 31 door tickets at £8; the venue keeps 30% of ticket"
                " money. What's left for me?"
            ),
            "484.4",
        ),
        # a second cost said without its verb
        (
            (
                "Show gate: 1,850 adults at £8 and 420 children at £4. Hall hire was £2,600 and"
                " insurance £385. What's the surplus?"
            ),
            "13495",
        ),
        # a first week's price, each week after it, and the whole length told before the bill
        (
            (
                "Scaffold hire is £340 for the first week then £85 for each week after. The job runs"
                " 11 weeks. What's the hire bill?"
            ),
            "1190",
        ),
        # a price list and an order read whole under a deposit or a note handed over
        (
            (
                "Mounting a fox is £385 and a pheasant £165. A client has booked two foxes and three"
                " pheasants and pays a 30% deposit up front - how much is the deposit?"
            ),
            "379.5",
        ),
        (
            (
                "Large Nordmann firs are £55, medium ones £42 and a stand is £18. Someone takes two"
                " large, one medium and two stands and hands over £200 - how much change?"
            ),
            "12",
        ),
        # "double" as a kind of thing; a share of "takings" kept by a deal of three words; where
        # the story happened said first
        (
            (
                "Quoting a full rewire: 14 double sockets at £65 each, 9 lighting points at £48, a new"
                " consumer unit at £420, then VAT at 20% on everything. What's the total?"
            ),
            "2114.4",
        ),
        (
            (
                "Saturday we did 38 haircuts at £18 and 11 beard trims at £9.50. The chair rent deal"
                " takes 40% of takings — how much do I keep?"
            ),
            "473.1",
        ),
        (
            (
                "From one machine I sold 37 cans at £1.30 and 29 bars at 95p; the site owner takes 20%"
                " commission. What's my share?"
            ),
            "60.52",
        ),
        # a whole split in proportion to named parts
        (
            (
                "Beach hut hire of £4,620 is split between instructors by days worked: Zoe 42, Raf 35"
                " and Kim 28. What's Zoe's share?"
            ),
            "1848",
        ),
        # a tip added by the client; a share taken "but"; takings less a cost as the surplus;
        # what the band spends; labour in minutes at an hourly rate
        (
            (
                "sleeve took 4 sessions of 3.5 hrs at $150 an hour and the client added a 15% tip on"
                " top, what did they pay in total"
            ),
            "2415",
        ),
        (
            (
                "The dog turned up 1.24 kg of black truffle. I sell at €850 a kilo but the landowner"
                " takes 15%. What do I keep?"
            ),
            "895.9",
        ),
        (
            (
                "Rally accounts: 86 buses entered at £12 each, 412 programmes sold at £2.50, and the"
                " field cost us £640. What's the surplus?"
            ),
            "1422",
        ),
        (
            (
                "14 pipers each need 3 new reeds at $28.50 a reed, and our 4 drummers need a new head"
                " each at $62. What does the band spend?"
            ),
            "1445",
        ),
        (
            (
                "Each rose takes me 25 minutes and I charge my time at £18 an hour. What's the labour"
                " on 36 roses?"
            ),
            "270",
        ),
        # a share of the whole lost, the rest sold at a price each or a unit of the whole
        (
            (
                "We lifted 18,400 oysters, 7.5% failed grading and the rest sell at 68 cents each."
                " What's the revenue?"
            ),
            "11573.6",
        ),
        (
            (
                "A 24 kg wheel loses 9.5% of its weight while it matures in the cave, then sells at"
                " €31.20 a kilo. What's the finished wheel worth?"
            ),
            "677.664",
        ),
        # what is still owing after a deposit
        (
            (
                "A wedding ordered a luge at $640 and a swan at $1,180 and has paid a 30% deposit. How"
                " much is still owing?"
            ),
            "1274",
        ),
        ("The quote is $1,820 and they have paid a 30% deposit. How much is still owing?", "1274"),
        # a share kept, and the rest named as another's
        (
            (
                "We sold 640 tickets at £2 and 85 strips at £8. The guild keeps 70% and the hospice"
                " gets the rest. How much goes to the hospice?"
            ),
            "588",
        ),
        (
            (
                "A saddle takes 3.6 square metres of hide at €48.50 per square metre and 11 hours of"
                " work at €42 an hour. What's its cost price?"
            ),
            "636.6",
        ),
        (
            (
                "Entry is £3.40 a bird and the transporter levy is £1.15 a bird. I'm basketing 26 birds"
                " for the race. Total cost to me?"
            ),
            "118.3",
        ),
        # a price list and an order joined by a dash; an order said with where it was done
        (
            "mini valets are £25 and full valets £85 - we did 46 minis and 9 fulls, what did we take?",
            "1915",
        ),
        ("Full sets £95, trims £38. Did 14 full sets and 23 trims on the round. Takings?", "2204"),
        ("Tea is £2 and cake £3. We sold 40 teas and 25 cakes in June. Whats my takings?", "155"),
        # a kind said before a counted thing with its rate; the takings of a period asked
        (
            "I run 6 spin classes a day at $90 each, 3 days a week. How much do I earn a week?",
            "1620",
        ),
        ("I run 6 classes a day at $90 each, 3 days a week. How much do I earn in a week?", "1620"),
        (
            (
                "I run 6 spin classes a day at $90 each, three days a week, and the gym keeps 20%."
                " What do I clear in a week?"
            ),
            "1296",
        ),
        (
            (
                "We fit 4 kitchens a month at £2,500 each, and materials eat 40% of the takings."
                " What's left for the month?"
            ),
            "6000",
        ),
        ("I sold 40 mugs at £9 and the gallery takes 30%. What's left?", "252"),
        # a rectangle's sides priced by its area
        (
            "Turf is £6 per square metre. The lawn is 12 m by 8 m. How much will the turf cost?",
            "576",
        ),
        (
            "A drive is 14 m long and 4.5 m wide. Tarmac is £62 per square metre. What's the cost?",
            "3906",
        ),
        (
            "A panel is 1.2 m by 0.85 m; glass is €640 per square metre plus €180 to fit. What's the quote?",
            "832.8",
        ),
        # a part of a count named by a kind, and a share of that part
        ("Of 3,125 packets, 28% were tomatoes. How many tomato packets?", "875"),
        ("A school has 800 pupils. 45% are girls. How many girls are there?", "360"),
        (
            (
                "We have 3,125 packets. 28% were tomatoes and a fifth of those were heirloom. How many"
                " heirloom tomatoes are there?"
            ),
            "175",
        ),
        (
            (
                "Of 600 bookings, 35% were corporate and 20% of the corporate ones were repeat. How"
                " many repeat corporate bookings?"
            ),
            "42",
        ),
        # a group that splits the cost, or the rest after a sum comes off; a bare "each"
        ("The bill is £5,376 and four siblings split it equally. How much does each pay?", "1344"),
        (
            (
                "The bill comes to £5,376, a £250 grant comes off it, and the four siblings split the"
                " rest equally. How much does each sibling pay?"
            ),
            "1281.5",
        ),
        # a count a day priced each, over days asked (the "each" is per thing, not per day);
        # the period said first; the whole order asked in one question; a customer who takes it
        ("We sell 40 coffees a day at £3 each. How much do we take in 5 days?", "600"),
        # set 67's misses: a seat named by where it is; a kind of customer asked again; someone
        # else buying; "Each of our 7 sea lions"; a priced weight asked by its bag; a taxi run;
        # a cut the teller pays; the rest of a share taken; profit on what was paid; a free-throw
        # percentage; a split said "equally"
        (
            (
                "Stalls are £32.50 and the circle is £24. A party books 6 stalls and 9 circle seats."
                " What do they owe?"
            ),
            "411",
        ),
        (
            (
                "A weekend hot tub hire is £245 and returning customers get 15% off. What does a"
                " returning customer pay?"
            ),
            "208.25",
        ),
        (
            (
                "Fence paint is £28.50 a tin. Someone buys 3 tins and gets 10% off the lot; what do"
                " they pay?"
            ),
            "76.95",
        ),
        (
            (
                "Each of our 7 sea lions gets 4.5 kg of fish a day. How many kilos of fish do they get"
                " through in 14 days?"
            ),
            "441",
        ),
        ("Pear drops are £1.60 per 100 g — what does a 250 g bag cost?", "4"),
        (
            (
                "Our tariff is £3.20 on the meter at pickup plus £1.85 per mile. What should an"
                " 11.6-mile run to the station cost?"
            ),
            "24.66",
        ),
        (
            (
                "One of our drivers took £612.50 in fares over the week and pays the office 22% of"
                " that. How much does he keep?"
            ),
            "477.75",
        ),
        (
            (
                "The campsite has 1,840 pitches and 72.5% of them are taken. How many pitches are"
                " still free?"
            ),
            "506",
        ),
        (
            (
                "I paid £85 for a carriage clock and sold it for £136. What was my profit as a"
                " percentage of what I paid?"
            ),
            "60",
        ),
        (
            (
                "Paid £1,150 for the body and £450 for the lens, sold the pair for £2,080. What's my"
                " profit as a percentage of what I paid?"
            ),
            "30",
        ),
        (
            "She's made 138 of her 184 free throws this season. What's her free-throw percentage?",
            "75",
        ),
        ("If £287.40 is split equally six ways, each share is how much?", "47.9"),
        (
            (
                "Entry is £7.50 per child and £2 per adult. A group of 11 children with 4 adults pays"
                " how much in total?"
            ),
            "90.5",
        ),
        (
            (
                "Each sea glass pendant costs me £6.40 in silver and sells for £32. What's my profit on"
                " 15 of them?"
            ),
            "384",
        ),
        # a whole number of multi-buys
        (
            (
                "Tombola tickets were 5 for £2 and we sold 1,375 tickets. How much did the tombola"
                " raise?"
            ),
            "550",
        ),
        # a label naming the story
        (
            (
                "Fence job materials and labour: 11 panels at £38.60, 12 posts at £17.25 and £420"
                " labour. Total?"
            ),
            "1051.6",
        ),
        (
            (
                "Horsebox hire is £95 a day plus 45p a mile. What does a three-day hire covering 286"
                " miles cost?"
            ),
            "413.7",
        ),
        # a group of things counted ("a yard of 7 horses"); a team of people that raised money
        (
            (
                "I charge a £35 yard visit fee plus £58 per horse. What's the invoice for a yard of 7"
                " horses?"
            ),
            "441",
        ),
        ("Our team of 6 raised £1,140. How much did each person raise?", "190"),
        (
            (
                "Engraving plates cost the shop £1.12 each and sell for £4.50. What's the profit on 85"
                " of them?"
            ),
            "287.3",
        ),
        (
            (
                "Our beach clean logged 1,150 bits of litter over the weekend and 38% of them were"
                " plastic bottle tops. How many bottle tops?"
            ),
            "437",
        ),
        # a rate a period "each"; each of a thing counted later; a year of a monthly price;
        # a kind said before the thing priced per one
        (
            (
                "We milk 64 goats, they average 3.5 litres a day each, and the cheesemaker pays 85p"
                " a litre. What's the daily milk money?"
            ),
            "190.4",
        ),
        (
            (
                "Each machine knits 96 pairs a shift. We run 11 machines, two shifts a day, five days"
                " a week. How many pairs a week?"
            ),
            "10560",
        ),
        (
            (
                "I charge £14.99 a month per site and look after 24 client sites. What is my hosting"
                " income for the year?"
            ),
            "4317.12",
        ),
        (
            "we send out 420 sheets a day at 38 cents each to launder. whats the bill over 30 days",
            "4788",
        ),
        (
            (
                "A restaurant takes 35 dressed crabs a week at £7.80 each. Over six weeks, what do they"
                " spend?"
            ),
            "1638",
        ),
        ("What do 11 boxes of balls cost at £39.60 a box, less our 15% club discount?", "370.26"),
        ("What would 3 tickets cost at £12.50 each?", "37.5"),
        (
            (
                "Trade customer takes 15 cases at £9.36 a case ex VAT. With 20% VAT added, what's the"
                " total at the till?"
            ),
            "168.48",
        ),
        (
            (
                "Resize £38, claw setting £27.50 and plating £45, then VAT at 20% on the lot - what"
                " total do I quote the customer?"
            ),
            "132.6",
        ),
        # rates joined by "and", each paid on its own count
        (
            (
                "I get paid £28 per install and £9 per abort. I did 23 installs and 6 aborts. What's"
                " my pay?"
            ),
            "698",
        ),
        # a fee named as a percentage of the one amount
        (
            "Our design fee is 12% of the project budget. The budget is £38,500. What's the fee?",
            "4620",
        ),
        (
            "The agency fee is 6.5% of the family's first-year cost of £9,800. How much is the fee?",
            "637",
        ),
        (
            (
                "Nail surgery is £285 and we ask for a 30% deposit when booking. How much is the"
                " deposit?"
            ),
            "85.5",
        ),
        # "owe" asks an amount; "classes" is so many of a class
        (
            (
                "Entry is 60p per class at the summer show. An exhibitor has entered 17 classes - how"
                " much do they owe?"
            ),
            "10.2",
        ),
        # "free-range" is no free thing; "add up to" is a total, not a bound
        ("Free-range bronze birds are £13.80 per kilo. What does a 6.5 kg turkey cost?", "89.7"),
        ("Membership is £34.95 a month. How much do 12 monthly payments add up to?", "419.4"),
        # so many times a day; "each" of a thing named with a word before it
        (
            (
                "Each pony gets 1.75 scoops of feed three times a day. How many scoops a day for 16"
                " ponies?"
            ),
            "84",
        ),
        (
            (
                "Each dialysis chair runs three sessions a day, six days a week. With 14 chairs, how"
                " many sessions a week is that?"
            ),
            "252",
        ),
        # a number that names a thing, not a count of it
        (
            (
                "33 of the 40 learners on the level 1 maths course passed. What is the pass rate as a"
                " percentage?"
            ),
            "82.5",
        ),
        (
            (
                "Table 9 had 6 plates at £4.20, 4 plates at £5.60 and a pot of jasmine tea at £4.00."
                " What's the bill?"
            ),
            "51.6",
        ),
        # a turn at a multiple of the hourly rate
        (
            (
                "Relief rate is £27.80 an hour and Sunday turns are paid at time and a half. Gross pay"
                " for a 12-hour Sunday turn?"
            ),
            "500.4",
        ),
        # a deposit on the price said after it
        ("She paid a 40% deposit on her £780 order. What's the balance?", "468"),
        ("She paid a 40% deposit on her £780 order. How much is the deposit?", "312"),
        ("345 is 15% of which number?", "2300"),
        # where the order went; a distance of a kind
        (
            (
                "Tower tours are £9.50 for adults and £4.25 for concessions. On Saturday we took 138"
                " adults and 57 concessions up the tower — what were the takings?"
            ),
            "1553.25",
        ),
        (
            (
                "The car burns 0.64 litres per kilometre on the stages. There are 142.5 stage"
                " kilometres and fuel is £2.85 a litre. What is the fuel cost for the stages?"
            ),
            "259.92",
        ),
        ("Knock 38% off 1,475 and what's left?", "914.5"),
        ("Take 15% off 640. What's left?", "544"),
        ("2 to the power 17, minus 5,000 — what do you get?", "126072"),
        # a first thing at one price and each further one at another, the count told
        (
            (
                "Naming and numbering charge: £95 for the first plot and £42 for each further plot. A"
                " development has 37 plots. What is the fee?"
            ),
            "1607",
        ),
        (
            (
                "Notarial fee is £95 for the first document and £45 for each further one. The client"
                " has 4 documents. What is the total?"
            ),
            "230",
        ),
        ("Take 12% off £86.50. What do I pay?", "76.12"),
        ("2 to the power 13, minus 5 to the power 4", "7567"),
        ("Square root of 15,129 (it's a perfect square)?", "123"),
        ("87.60 less 15% comes to what?", "74.46"),
        # the balance after a percentage deposit in equal instalments, no verb before it
        (
            (
                "A pair of bespoke oxfords costs £2,450. The client pays a 40% deposit at the first"
                " fitting and the balance in three equal instalments. How much is each instalment?"
            ),
            "490",
        ),
        # "how much for" a priced count asked whole; hours and minutes as hours
        ("How much for 12 notebooks at £1.50 each?", "18"),
        (
            "how much do I bill for a footsteps session of 3 hours 45 minutes at £85 an hour?",
            "318.75",
        ),
        (
            (
                "The artist charges £130 an hour and the back piece took 5 hours 15 minutes in the"
                " chair. What's the charge?"
            ),
            "682.5",
        ),
        # a count said before its list; "get through"; a rate first, a thousands comma after it
        (
            (
                "For the beaver release site we fenced three stretches of bank, 412 m, 287.5 m and 619"
                " m. Fencing cost £6.40 a metre. What did the fencing cost altogether?"
            ),
            "8438.4",
        ),
        (
            (
                "Six wrestlers each get through 2.75 kg of food a day. How many kilograms is that over"
                " 15 days?"
            ),
            "247.5",
        ),
        (
            "At 64 tortillas a minute, how many minutes does the press need for 55,296 tortillas?",
            "864",
        ),
        # a measure told for so many things, asked for another number of them
        (
            (
                "100 g of henna powder fills 22 cones. How many grams of powder do I need to mix for 165"
                " cones for a mehndi night?"
            ),
            "750",
        ),
        # "each" said of a count with where it is between ("in the stable", "in our herd"),
        # and an area said as "ha" against "per hectare"
        (
            (
                "Six wrestlers in the stable each get through 2.75 kg of food a day. How many kilograms"
                " is that over a 15-day tournament?"
            ),
            "247.5",
        ),
        (
            (
                "Each horse in our antivenom herd gives 4.5 litres of plasma per bleed. We have 14"
                " horses and did 6 bleeds this season — how many litres of plasma in total?"
            ),
            "378",
        ),
        (
            (
                "Fourteen terrace paddies of 0.6 ha each yield 5.2 tonnes of rice per hectare. Total"
                " harvest in tonnes?"
            ),
            "43.68",
        ),
        # what one of something yields, a rate per one of it; like times told apart by weekday
        (
            (
                "Masa costs $0.92 a kilo and one kilo makes 36 tortillas. What does the masa for"
                " 9,000 tortillas cost?"
            ),
            "230",
        ),
        (
            (
                "Flooding pump costs $37.80 an hour to run. It ran 9.5 hours Monday and 11.25 hours"
                " Tuesday. What is the total running cost?"
            ),
            "784.35",
        ),
        # a list of what one thing needs, for so many of them: every item is per one
        (
            (
                "Each bear needs 0.4 m of mohair at £62 a metre, £3.80 of joints and eyes, and 300 g"
                " of stuffing at £9 a kilo. Materials for 25 bears come to?"
            ),
            "782.5",
        ),
        (
            (
                "Each sarong takes 0.35 kg of wax at £8.40 a kilo, plus £2.15 of dye. What do the"
                " materials for 40 sarongs cost me?"
            ),
            "203.6",
        ),
        # a temperature that names a thing ("the -36 °C store"); a cost asked of a gerund
        (
            (
                "Keeping core in the -36 °C store costs £0.85 per metre per day. What will it cost to"
                " store 128 metres of core for 90 days?"
            ),
            "9792",
        ),
        (
            (
                "The boiler for the hot room uses 14.5 kWh an hour, runs 11 hours a day, and power is"
                " 28p per kWh. What does heating cost over a 7-day week?"
            ),
            "312.62",
        ),
        # what so many take to make one: so many per one
        (
            (
                "4.5 litres of milk make 1 kg of cheese. How many kg of cheese from 1,395 litres of"
                " milk?"
            ),
            "310",
        ),
        # money had for something, and several amounts spent from it
        (
            (
                "Our station had £18,000 for vehicle fuel this season and has spent £4,375, £3,980 and"
                " £5,210 so far. How much is left?"
            ),
            "4435",
        ),
        # a cheque asked, for a period
        (
            (
                "Three robots each milk 62 cows, 2.8 visits per cow a day, 11.5 litres a visit. At 40p"
                " a litre, what's the daily milk cheque?"
            ),
            "2395.68",
        ),
        # a product with one share a process keeps or loses (`yields`)
        (
            (
                "A raw lot of 840 kg yields 38% usable cashmere after dehairing, and that sells at $96 a"
                " kilo. What's the dehaired lot worth in dollars?"
            ),
            "30643.2",
        ),
        (
            (
                "Wet cocoa beans lose 62% of their weight through fermenting and drying. How many kg of"
                " dry beans come from 2,350 kg of wet ones?"
            ),
            "893",
        ),
        (
            (
                "Pressed 2,350 kg of apples at a 64% juice yield by weight, and the cidery pays 85p per"
                " kg of juice. What did the pressing earn us?"
            ),
            "1278.4",
        ),
        (
            (
                "This week's oil yield was 13.5% by weight and 2,480 kg of olives went through the"
                " press. How many kilograms of oil came out?"
            ),
            "334.8",
        ),
        (
            (
                "We polish our rice down to 60% of its original weight. From 1,850 kg of brown rice, how"
                " many kg of polished rice do we end up with?"
            ),
            "1110",
        ),
        (
            (
                "We harvested 3,750 kg of pistachios; after hulling and drying, 52% of that weight is"
                " left to sell at €9.80 per kg. What's the revenue?"
            ),
            "19110",
        ),
        (
            (
                "A 6.8 g rough stone loses 58% of its weight in cutting and polishing. What does the"
                " finished stone weigh, in grams?"
            ),
            "2.856",
        ),
        (
            (
                "We have 62 Medjool palms averaging 68 kg of fruit each; 85% of it is packable and"
                " sells at $7.40 a kilo. What is the packed crop worth in dollars?"
            ),
            "26518.64",
        ),
        # "another N at the … price of": more of the thing counted before
        (
            (
                "Sold 312 gingerbread hearts at £3.75 and another 146 at the closing-time price of"
                " £2.50. What did the hearts take in total?"
            ),
            "1535",
        ),
        # "each" said of a count with a kind word ("36 pet shops each ordered"); "worth altogether"
        (
            (
                "36 pet shops each ordered 15 bags of our peanut butter biscuits at £4.50 a bag"
                " wholesale. What's the order worth altogether?"
            ),
            "2430",
        ),
        # a volume in cubic metres as one unit, its rate, list and share
        (
            (
                "The harvester contract pays £14.80 per cubic metre cut and processed. Monday to Friday"
                " we did 62, 71, 58, 66 and 69 cubic metres. What did the week earn?"
            ),
            "4824.8",
        ),
        (
            (
                "48 CFA piles, each 12 m deep, and the concrete works out at 0.126 cubic metres per"
                " metre of pile. How many cubic metres of concrete do we order?"
            ),
            "72.576",
        ),
        (
            (
                "The reverse osmosis trains take in 52,000 cubic metres of seawater a day at 43%"
                " recovery. How many cubic metres of fresh water come out per day?"
            ),
            "22360",
        ),
        # set 140: a price "for each" of the story's count, named in two words (answered 2066:
        # the £36 once)
        (
            "14 volumes at £145 each plus a £36 clamshell box for each volume. What's the total?",
            "2534",
        ),
        # set 140: a mixture of three or more parts, some named in two words
        (
            (
                "Potting mix is 50% peat-free compost, 30% horticultural grit and 20% perlite. For a"
                " 240 kg batch, how many kg of horticultural grit go in?"
            ),
            "72",
        ),
        ("Solder is 60% tin and 40% lead. How many g of lead are in 350 g of solder?", "140"),
        # a percentage off the whole, said with why
        (
            (
                "9 kids at £14 each plus £40 for the party room, with 10% off the lot for booking"
                " early. What's the final bill?"
            ),
            "149.4",
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
        "Tickets are £20 for 3 and £7 for children. How much for 2 adults and 3 children?",
        (
            "Tickets are £12 for adults and £7 for children under 5. How much for 2 adults and 3"
            " children?"
        ),
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
        # grams at a price a litre
        (
            "I bought 680 g olive oil at £6.40/litre and 280 g coconut oil at £9.50/kg. What's the"
            " total?"
        ),
        # a day's cost for the takings of a weekend
        (
            "The pitch costs £38 a day. Over the weekend I sold 46 candles at £7.50 and 19 wax"
            " melts at £2.50. What did I make after paying for the pitch?"
        ),
        # members not said of which kind
        (
            "Subs: £95 for playing members and £60 for social members. We've got 74 members."
            " What's the total income?"
        ),
        # a cost said for each of what the story counts; a deposit that is the amount told
        (
            "Four new tyres at £89.50 each, plus £12 fitting and £4.25 for a valve on each one."
            " What's the total bill?"
        ),
        "Paid a 25% deposit of £420. How much is the balance?",
        # two amounts beside a commission; the filled seats asked as people
        "I'm on 45% commission above £1,000 and did £1,860 of cuts. What do I earn?",
        "The hall has 350 seats and the concert was 80% full. How many people came?",
        # "each" of two counts
        "We keep 9 hens and 4 ducks and each lays 6 eggs a week. How many eggs in 3 weeks?",
        # a count said a day, and no period asked (the price list would drop the day)
        "We wash 300 towels a day at $0.40 each. What's the bill?",
        # selling, not sold: all of them only when the question says so; an increase that fell
        "I bought a crate of 200 melons for £300 and I'm selling them at £2.50 each. What's my profit?",
        "Last year we sold 1,500 and this year 1,200. What's the percentage increase?",
        # a price a kilo and "each" of a count in kilos: which is it?
        "bought 30 kg of plums at £2.10/kg and sold the lot at £3.50 each. profit?",
        # a payment larger than the bill; a cost a month; a payment told before the costs
        "The bill is £80 and I paid £100. What's the balance?",
        "The car is £800 a month and I've paid £2,000. What's the balance?",
        "I've paid £2,000 and the car is £8,000. What's the balance?",
        # an average of some of the list only
        "She scored 12, 18, 9 and 21 in her four matches. What's her average against Kent?",
        # a fee beside equal instalments may be paid once
        "The course is £960 and you can spread it over 6 equal instalments with a £20 fee. How much is each?",
        # revenue after something not told; "ones" of no kind
        (
            "Season tickets are $420 for adults and $260 for juniors. We've sold 137 adult and 48 junior"
            " ones so far. How much revenue is that after costs?"
        ),
        "Adult tickets are £12 and child tickets are £7. We sold 20 ones. How much revenue is that?",
        (
            "Hovercraft trip tickets are £34 for adults and £21.50 for children. What do 3 adults and 4"
            " dogs pay altogether?"
        ),
        # a price per kilo ordered by the piece
        "Apples are £2 per kg and pears £3 per kg. How much for 2 apples and 3 pears?",
        # "each" of the count, then a price: the price may be each one's or the whole group's
        "8 people each pay £2.50 a week for 46 weeks. How much does each person pay in total?",
        # what each of a count needs, then one thing more: one each, or one for all? (answered
        # 603 for a while, where 720 was meant)
        (
            "Four coracles each need 2.4 metres of tarred canvas at £58.75 a metre and a paddle at"
            " £39. What's the materials total?"
        ),
        # two prices, one of them each of a weight
        (
            "Harvested 148.5 kg of oysters; 80% went to restaurants at €7.40 each and the rest sold"
            " at the market for €9/kg. Total takings?"
        ),
        "3 singles at £40 and double the number of doubles at £60. What's the total?",
        # overtime past so many hours with a bonus told as well; a premium of other hours
        (
            "guards are paid £12.60 an hour, time and a half for anything over 40 hours, plus a £20"
            " bonus. dave did 52 hours. gross pay?"
        ),
        "Base rate's £11.80 an hour and nights pay 25% on top. Gross pay for a 38-hour week of days?",
        # what is left spread over weeks asked per month; a sum told that is no spending
        (
            "saved £3,600. flights took £780, insurance £144. if i spread what's left evenly over"
            " twelve weeks, how much is that per month?"
        ),
        "saved £3,600. I also got £50 and £20. how much is left?",
        "Can you help? I sold 3 teas at £2.",
        "15 cases at £9.36 each. With 20% VAT added, how many cases?",
        # tiers: a quantity within the first, in another unit, or of two things; no money asked
        "The unit is £19.75 a week and the first 4 weeks are half price. She keeps it 3 weeks. Cost?",
        # a discount on one thing said twice, or not priced; the discount itself asked
        "Door £1,285, another door £900 and fitting £260. 12% off the door only. What's the total?",
        "Door £1,285 and fitting £260. 12% off the window only. What's the total?",
        "Door £1,285 and fitting £260. 12% off the door only. How much is the discount?",
        # "the rest" of nothing paid first; the one who keeps a share asked of a rest shared
        "The cruise is £3,280. She pays the rest in 4 equal instalments. How much is each instalment?",
        (
            "The pot is £1,840. The hall keeps 15% and the rest is split equally between 5 winners."
            " How much does the hall get?"
        ),
        "An 8-yard skip is £285 for 14 days, then £8 for each extra day. Kept it 12 days. Cost?",
        "We charge $34 a foot for the first 200 ft and $41 a foot after that. It went 265 m. Bill?",
        (
            "We charge $34 a foot for the first 200 ft and $41 a foot after that. Two wells went"
            " down 265 ft. What's the bill?"
        ),
        (
            "We charge $34 a foot for the first 200 ft and $41 a foot after that. This well went"
            " down 265 ft. How many feet?"
        ),
        # overtime pay with a deduction told as well
        (
            "Employee on £14.60 an hour did 37.5 basic hours plus 6 hours overtime at time and a"
            " half, minus a £20 deduction. Gross pay for the week?"
        ),
        # ... a cost without its verb and no cost before it: a price, or a cost?
        "1,850 adults at £8 and 420 children at £4 and insurance £385. What's left?",
        # ... a length in another unit than the price's
        (
            "Scaffold hire is £340 for the first week then £85 for each week after. The job runs"
            " 11 days. What's the hire bill?"
        ),
        # a split by named parts: another name asked, another number told
        (
            "Beach hut hire of £4,620 is split between instructors by days worked: Zoe 42, Raf 35"
            " and Kim 28. What's Sam's share?"
        ),
        "Hire of £4,620 for 3 huts is split by days worked: Zoe 42, Raf 35 and Kim 28. What's Zoe's share?",
        # the rest sold after a share was ... bruised (not lost), or sold "each" of a weight
        "We picked 2,000 apples, 10% were bruised and the rest sold at 30p each. What did we take?",
        "A 24 kg wheel loses 9.5% of its weight, then sells at €31.20 each. What's it worth?",
        # the others sharing the rest: a group that does not add up, or a third party asked
        (
            "Five of us split a $5,380 commission: the lead takes 40% and the other three share"
            " what's left equally. How much does each of those three get?"
        ),
        (
            "We sold 640 tickets at £2 and 85 strips at £8. The guild keeps 70% and the hospice"
            " gets the rest. How much goes to the church?"
        ),
        # where the order was done that changes its price, or one word naming two prices
        "Tea is £2 and cake £3. We sold 40 teas and 25 cakes on the house. Takings?",
        "mini valets are £25 and full valets £85 - we did 46 valets and 9 fulls, what did we take?",
        # a period asked that the story does not tell, or another period than it tells
        "I run 60 classes at $90 each and the gym keeps 20%. What do I clear in a week?",
        "I run 6 classes a day at $90 each, 3 days a week, and the gym keeps 20%. Clear in a month?",
        "I run 6 classes a day at $90 each, 3 days a week. How much do I earn in a month?",
        "I sold 40 mugs at £9 and the gallery takes 30% and I paid £20 for clay. What's left?",
        # sides in another unit than the price's, in two units, or two rectangles
        "Turf is £6 per square foot. The lawn is 12 m by 8 m. How much will the turf cost?",
        "Turf is £6 per square metre. The lawn is 12 m by 8 ft. How much will the turf cost?",
        "Turf is £6 per square metre. Lawns: 12 m by 8 m and 5 m by 4 m. What will the turf cost?",
        # the part asked by another name, or a share of a share asked by one kind only
        "A school has 800 pupils and 45% are girls. How many boys are there?",
        "We have 3,125 packets and 28% are tomatoes. How many tomato seeds are there?",
        # a person asked of a group that is no people; the rest split with nothing taken off
        "The bill is £5,376 split between 4 rooms. How much does each guest pay?",
        "The bill is £5,376, a £250 grant is nice, and the four siblings split the rest. Each pays?",
        (
            "We have 3,125 packets. 28% were tomatoes and 20% of those were heirloom. How many"
            " heirloom packets are there?"
        ),
        (
            "We have 3,125 packets. 28% were tomatoes and about 20% of those were heirloom. How"
            " many heirloom tomatoes are there?"
        ),
        # a question beside the cost, or the price in another currency
        "What would 3 tickets cost at £12.50 each, and is that a good deal?",
        "What do 11 boxes cost at £39.60 a box if I pay in euros?",
        # a kind of customer the discount is not said for; she may not be the members it is for;
        # a profit percentage not said of what was paid, or an offer beside the sale
        "Hire is £245 and customers get 15% off. What does a returning customer pay?",
        "Paint is £28.50 a tin. She buys 3 tins, with members getting 10% off the lot. What does she pay?",
        "I paid £85 for a clock and sold it for £136. What was my profit as a percentage?",
        "Plates cost £1.12 each and sell for £4.50 each. What's the profit on 85 cups?",
        "Entry is £7.50 per child and £2 per adult. A group of 11 children with 4 dogs pays how much in total?",
        # a multi-buy is no price for one (set 69's one wrong answer: 9 × 1.20 + 7 × 0.18)
        "Apples are 3 for £1.20 and bananas 18p each. Nine apples and seven bananas comes to?",
        "Apples are 3 for £1.20 and bananas 18p each. How much for 9 apples and 7 bananas?",
        # an odd one over the multi-buy; a count of another thing
        "Tombola tickets were 5 for £2 and we sold 1,376 tickets. How much did the tombola raise?",
        "Raffle tickets are 5 for £2 and we sold 300 prizes. How much did we raise?",
        "Plates cost £1.12 each and sell for £4.50 each, less a 10% fee. What's the profit on 85 plates?",
        (
            "I paid £85 for a clock, was offered £200, and sold it for £136. What was my profit as"
            " a percentage of what I paid?"
        ),
        # a fee with a minimum, or on a condition; rates with a fixed charge joined by "and"
        "Our fee is 4% of build cost with a £950 minimum. The extension is £31,500. What's the fee?",
        "The fee is 4% if you pay late. The bill is £300. What's the fee?",
        "Membership is £12 and £0.50 per toy. A family borrows 37 toys. What do they pay?",
        "I get paid £28 per install and £9 per abort. I did 23 installs. What's my pay?",
        # a bound, a free one, payments of another period than the rate's
        "Beds are £22 a night. We stay up to 3 nights. What do we pay?",
        "Beds are £22 a night, one free. We stay 3 nights. What do we pay?",
        "Rent is £800 a week. How much do 12 monthly payments add up to?",
        # two named by number; a turn on another day than the premium's
        "Table 9 had 6 plates at £4.20 and table 12 had 4 plates at £5.60. What's the bill?",
        (
            "Relief rate is £27.80 an hour and Sunday turns are paid at time and a half. Gross pay"
            " for a 12-hour Monday turn?"
        ),
        # counts of two things beside the first-then-each price; each of several
        (
            "It's £95 for the first plot and £42 for each further plot. The client has 3 plots and"
            " 2 gardens. What's the total?"
        ),
        "It's £95 for the first plot and £42 for each further plot. Each of us has 3 plots. What's the fee?",
        # "how much for" with no price in the question (the story's is rough); minutes that
        # make no exact decimal of an hour
        "Eggs cost nearly £3 a dozen. How much for 5 dozen?",
        "What's 2 hours 20 minutes at £30 an hour?",
        # a count before a list of another length
        "We fenced 2 stretches, 412 m, 287.5 m and 619 m. Fencing cost £6.40 a metre. What did it cost?",
        # a count asked from a measure (whole cones?); another stuff than the story's
        "100 g of powder fills 22 cones. How many cones for 165 g?",
        "100 g of henna powder fills 22 cones. How many grams of oil for 165 cones?",
        # one of like times told apart by its weekday is asked
        (
            "The pump costs $37.80 an hour to run. It ran 9.5 hours Monday and 11.25 hours Tuesday."
            " How much did Tuesday cost?"
        ),
        # a cost of its own after what one thing needs (per bear or once?); a count of another
        (
            "Each bear needs 0.4 m of mohair at £62 a metre and the studio rent is £300. Total for"
            " 25 bears?"
        ),
        (
            "Each kite needs 1.5 m of nylon at £4 a metre and £2.50 of spars. What is the total for"
            " 12 frames?"
        ),
        # what one makes and something more made beside it
        (
            "3 litres of milk make 1 kg of cheese and 2 kg of whey. How many kg of cheese from 30"
            " litres?"
        ),
        # spent more than was had
        "I had £100 and spent £20 and £130. How much is left?",
        # a price each of a thing sized in a measure; a share said roughly, two shares, a count
        # of survivors (may not come out whole)
        "A 24 kg wheel sells at €31.20 each. What's it worth?",
        (
            "Eel loses about 35% of its weight in the smoker. If we put in 60 kg of raw eel, how many kg"
            " of smoked eel come out?"
        ),
        "A 14 kg sturgeon gives 12.5% of her weight in roe and 20% in fillets. How many kg of roe?",
        "We stocked 12,000 trout fry and lose 18% of them over winter. How many fish are left?",
        # a price a table for so many people; a total for a period a rate does not reach
        "16 people at £9 a table, and I spent £42 on cake. What profit did I make?",
        "Hire is £38.75 a day plus a £45 fee. Total for the week?",
        # the rest not split equally after all; the share asked of another group; a rough whole
        (
            "Roof works come to £142,000. The reserve fund covers £58,000 and the rest is split"
            " equally between the 24 flats, with the penthouse paying double. How much per flat?"
        ),
        (
            "Roof works come to £142,000. The reserve fund covers £58,000 and the rest is split"
            " equally between the 24 flats. How much per owner?"
        ),
        (
            "The trip costs about £2,400. The school covers £600 and the rest is split equally"
            " between the 30 pupils. What does each pupil pay?"
        ),
        # shares of a mixture that are more than the whole; a part not listed
        "The mix is 60% sand and 58% grit. How many kg of grit are in a 425 kg batch?",
        "The mix is 60% sand, 30% grit and 10% lime. How many kg of cement are in a 400 kg batch?",
        # MB and GB: a thousand or 1,024 apart, as the asker's software counts
        "We're splitting a 768 GB backup into 256 MB chunks. How many chunks is that?",
        # a count for each of something told before (36 for each of the 7 rolls)
        (
            "lab order: develop 7 rolls at £9.50 a roll and scan 36 frames per roll at 45p a"
            " frame. whats the bill in pounds"
        ),
    ],
)
def test_orders_without_one_answer_are_left_to_the_model(text: str) -> None:
    assert parse_request(text) is None


def test_a_price_is_never_read_as_a_count_of_things_priced() -> None:
    # "£14.25 and felloes at £22.80" is no 14.25 felloes (the sum reader answers first, 37.05)
    assert rate_product("Spokes at £14.25 and felloes at £22.80. What is the total?") is None
