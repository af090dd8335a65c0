"""Units virtual expert: grammar, exact conversion, formatting, abstentions, bounded run."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tools import units
from tools.base import ToolCall, ToolContext
from tools.units.convert import evaluate_request, format_number
from tools.units.phrasing import parse_units_request

CTX = ToolContext(timeout_s=20.0)

# (request, expected value, exact?, unit label in the answer)
POSITIVES = [
    ("convert 100 meters to feet", Fraction(125000, 381), False, "ft"),
    ("how many ounces in 2 kg", Fraction(3200000000, 45359237), False, "oz"),
    ("23.5 daN expressed in units of N is", 235, True, "N"),
    ("5 minutes - 1 minute in minutes", 4, True, "min"),
    ("what is 72 °F in Celsius?", Fraction(200, 9), False, "°C"),
    ("Convert -40 degrees C to F", -40, True, "°F"),
    ("What is 300 kelvin in degrees Fahrenheit?", Fraction(8033, 100), True, "°F"),
    ("60 mph in km/h", Fraction("96.56064"), True, "km/h"),
    ("1.5 kWh in joules", 5400000, True, "J"),
    ("How many feet are in a mile?", 5280, True, "ft"),
    ("how many cups in a gallon", 16, True, "US cup"),
    ("17 in - 7844 in = ____ inches", -7827, True, "in"),
    ("445hr + 124hr = ____ hours", 569, True, "h"),
    ("If I take 8926 atm from 8634 atm how many atms do I have?", -292, True, "atm"),
    ("How many Rutherfords do I have if I add 8 Rd to 1 Rd?", 9, True, "Rd"),
    # (spelt "litres", the tablespoons may be imperial ones: see the abstaining table)
    ("If I add 4100 mL to 17344 tbsp how many liters do I have?", None, True, "L"),
    ("What is 6 m^2 minus 1 ha in square feet?", None, False, "ft²"),
    ("what is 5 m/s^2 in ft/s^2", None, False, "ft/s²"),
    ("how many cubic feet in 3 cubic meters", None, False, "ft³"),
    ("What is 49 weeks plus 59hr in seconds?", 29847600, True, "s"),
    ("What is 70Ci minus 200Rd in Curies?", Fraction(12949, 185), False, "Ci"),
    ("express 2.5 metric tons in kilograms", 2500, True, "kg"),
    ("What is 0.1 m + 0.2 m?", Fraction(3, 10), True, "m"),
    # torque in US units is pound-force times foot, whichever way it is written
    ("Convert 250 newton-metres to pound-feet.", None, False, "ft·lbf"),
    ("how many joules in 10 foot-pounds", None, False, "J"),
    ("Convert 250 newton-metres of torque to pound-feet.", None, False, "ft·lbf"),
    ("how many liters is 20 US gallons of water", Fraction("75.70823568"), True, "L"),
    # quantities in number words
    ("How many feet are in three quarters of a mile?", 3960, True, "ft"),
    ("What's a dozen inches in centimetres?", Fraction("30.48"), True, "cm"),
    ("minus four degrees Fahrenheit in Celsius", -20, True, "°C"),
    ("convert five km to miles", None, False, "mi"),
    # decimal byte multiples next to binary ones or bits are SI
    ("500 GB in GiB", None, False, "GiB"),
    ("how many bytes in 64 KiB", 65536, True, "B"),
    ("convertt 12 inchs to centimeter pls", Fraction("30.48"), True, "cm"),
    ("Please to convert 2 mile in kilometre", Fraction("3.218688"), True, "km"),
    ("what's 1,000 grams in pounds", None, False, "lb"),
    ("3 miles per hour to meters per second", Fraction(4191, 3125), True, "m/s"),
    ("5 km is equal to how many meters?", 5000, True, "m"),
    ("100 cm is equal to ___ m", 1, True, "m"),
    ("How many hours are 2 days?", 48, True, "h"),
    ("3 m equals how many cm", 300, True, "cm"),
    ("How many ounces in a cup?", 8, True, "US fl oz"),
    ("5 N m in J", 5, True, "J"),
    ("What is 3 Qt plus 2 qts in Gal?", Fraction(5, 4), True, "US gal"),
    ("What is 5 kgs minus 2 Kg in mgs?", 3000000, True, "mg"),
    ("convert 16 oz to grams", Fraction("453.59237"), True, "g"),
    ("5 GiB in MiB", 5120, True, "MiB"),
    ("100 c to f", 212, True, "°F"),
    ("2 kilos in grams", 2000, True, "g"),
    ("2.5 × 10^-3 kg in g", Fraction(5, 2), True, "g"),
    ("1.5e+3 m in km", Fraction(3, 2), True, "km"),
    ("5 km is equivalent to how many m", 5000, True, "m"),
    ("6'2\" in meters", Fraction("1.8796"), True, "m"),
    ("what is 5' 10\" in cm", Fraction("177.8"), True, "cm"),
    ("a marathon is 26.2 miles, how many km is that?", Fraction("42.1648128"), True, "km"),
    ("I ran 10 km; what's that in miles", None, False, "mi"),
    ("500 ml in US fluid ounces", None, False, "US fl oz"),
    ("2 imperial pints in liters", Fraction("1.1365225"), True, "L"),
    ("25 mpg (US) in km per liter", None, False, "km/L"),
    ("What is 8 L/100 km in US miles per gallon?", None, False, "mpg (US)"),
    ("50 mpg (US) to L/100km", None, False, "L per hundred km"),
    ("convert 40 mpg (UK) to L/100 km", None, False, "L per hundred km"),
    ("5 min/km in km/h", 12, True, "km/h"),
    ("How many watts is 1 mechanical horsepower?", None, False, "W"),
    ("A length of 12 inches equals how many millimeters?", Fraction("304.8"), True, "mm"),
    ("grams in 2.5 oz?", Fraction("70.8738078125"), True, "g"),
    ("convert 8 fl oz (US) to milliliters", Fraction("236.5882365"), True, "mL"),
    ("How many US teaspoons are in 3 tablespoons?", 9, True, "US tsp"),
    ("How many kilometers are in one astronomical unit?", Fraction("149597870.7"), True, "km"),
    (
        "A running pace of 6 minutes per kilometer is how many minutes per mile (as a decimal)?",
        Fraction("9.656064"),
        True,
        "min/mi",
    ),
    ("How many grams is 4 ounces of butter?", Fraction("113.3980925"), True, "g"),
    ("A marathon is 26.2 miles. What is that in kilometers?", Fraction("42.1648128"), True, "km"),
    ("Kilograms please: 220 lb", Fraction("99.7903214"), True, "kg"),
    ("80 km/h, expressed in miles per hour, is", None, False, "mi/h"),
    ("Fill in the blank: 6 feet = ____ centimetres", Fraction("182.88"), True, "cm"),
    ("How many mL is 3/4 cup (US)?", Fraction("177.441177375"), True, "mL"),
    ("15 decimoles, in moles", Fraction(3, 2), True, "mol"),
    ("-10 °F is what in °C", Fraction(-70, 3), False, "°C"),
    ("How many inches in a quarter mile?", 15840, True, "in"),
    ("How many teaspoons fit in a gallon?", 768, True, "US tsp"),
    ("1 1/2 cups in ml", Fraction("354.88235475"), True, "mL"),
]
APPROX = {  # float checks for rows whose exact rational is unwieldy
    "I ran 10 km; what's that in miles": 6.213711922373339,
    "25 mpg (US) in km per liter": 10.628592685756796,
    "What is 8 L/100 km in US miles per gallon?": 29.401822916666667,
    "50 mpg (US) to L/100km": 4.704291666666666,
    "convert 40 mpg (UK) to L/100 km": 454.609 / (40 * 1.609344),
    "How many watts is 1 mechanical horsepower?": 745.6998715822702,
    "80 km/h, expressed in miles per hour, is": 49.70969537898672,
    "500 ml in US fluid ounces": 16.907011350921497,
    "If I add 4100 mL to 17344 tbsp how many liters do I have?": 260.56164836599993,
    "What is 6 m^2 minus 1 ha in square feet?": -107574.52070459697,
    "what is 5 m/s^2 in ft/s^2": 16.404199475065617,
    "how many cubic feet in 3 cubic meters": 105.94400016446,
    "what's 1,000 grams in pounds": 2.2046226218487757,
    "Convert 250 newton-metres to pound-feet.": 250 / (0.45359237 * 9.80665 * 0.3048),
    "how many joules in 10 foot-pounds": 10 * 0.45359237 * 9.80665 * 0.3048,
    "Convert 250 newton-metres of torque to pound-feet.": 250 / (0.45359237 * 9.80665 * 0.3048),
    "500 GB in GiB": 500e9 / 2**30,
    "convert five km to miles": 5000 / 1609.344,
}


@pytest.mark.parametrize("text,value,exact,unit", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_positive_requests_convert_exactly(text, value, exact, unit):
    call = units.parse(text, CTX)
    assert call is not None and call.tool == "units"
    out = evaluate_request(call.args)
    assert out["ok"], out
    if value is None:
        assert float(out["value"]) == pytest.approx(APPROX[text], rel=1e-9)
    else:
        assert out["value"] == value
    assert out["exact"] is exact
    assert out["unit"] == unit


NEGATIVES = [
    "how many feet in a third of a mile",  # 1760: a third has no exact decimal to convert
    "convert 5 GB to MB",  # 5000 in SI, 5120 in much software: the model asks which
    "How many kilobytes are in a megabyte?",
    "convert this essay to French",
    "Convert this Python to Rust",
    "convert 5 dollars to euros",
    "How much is 100 USD in EUR?",
    "what is £20 in yen",
    "convert 10 pounds to dollars",
    "what is 5 blorps in meters",
    "How many calories in a banana?",
    "how many calories are in 2 eggs",
    "6^800000 m in km",
    "If a car travels 60 mph for 2 hours, how far does it go in km?",
    "Explain why 1 kg of feathers weighs as much as 1 kg of steel",
    "write a poem about 5 meters of rope",
    "convert 72 degrees to Celsius",  # angle or temperature? abstain
    "what is 5 m in the story",
    "how many people live in 3 km",
    "What is 697 times 205?",
    "convert 3 apples to oranges",
    "5 kg equals 11 lb",  # a claim to check, not a conversion to do
    "How many days is it until Christmas?",
    "5 GB in degrees",  # pint calls both dimensionless; they are not interchangeable
    "convert 5 M to km",  # molar? mega? million? abstain
    "10^3 in Ci",  # "e3" is an exponent, not the elementary charge cubed
    "a month in hour gallons to kph",  # "in" between words is a preposition, not inches
    "I weigh 80 kg, how many calories should I eat?",
    "The recipe says 200 g flour for 4 people, how many cups is that?",  # needs a density
    "3 US miles in km",  # only volumes differ between the US and imperial systems
    "Rock 'n' roll 6'2\" in meters",
    "calories in 100 g",  # terse: only a same-kind conversion is read this way
    "2 cups of flour in grams",  # needs the flour's density
    "3 miles (US) in km",
    "Note: 5 km",
]


@pytest.mark.parametrize(
    "text",
    [
        "2 tons in pounds and ounces",  # a ton of several readings is not split
        "100 F in celsius and kelvin",  # temperatures do not split
        "5 km in inches and miles",  # the larger unit must come first
        "5 km and 3 m in feet and inches",  # one quantity only
        "Ran 21.1 km and then 2 km. How far is that in miles?",  # which distance is "that"?
        "I have 5 apples. Bananas?",
        "I paid 5 pounds. Dollars?",  # currency
        "A 3 m board cut into 2 pieces is how many feet?",  # two numbers
        "A car with 4 doors has how many wheels?",
    ],
)
def test_targets_that_cannot_be_read_abstain(text):
    assert units.parse(text, CTX) is None


@pytest.mark.parametrize("text", NEGATIVES)
def test_non_conversions_abstain(text):
    assert units.parse(text, CTX) is None


def test_parse_validates_unit_names_not_expressions():
    # A name that pint's own parser would evaluate as an expression never reaches pint.
    assert parse_units_request("5 m*2**99999 to ft") is None
    assert parse_units_request("convert 5 __import__ to m") is None
    assert parse_units_request("1e999 m to ft") is None  # beyond any physical magnitude
    req = parse_units_request("convert 2 kilometres to miles")
    assert req is not None and req.terms[0].unit == (("kilometer", 1),)
    assert req.target == (("mile", 1),)


def test_add_take_word_order():
    req = parse_units_request("If I take 2 kg from 5 kg how many grams do I have?")
    assert [(t.sign, t.magnitude) for t in req.terms] == [(1, "5"), (-1, "2")]
    assert parse_units_request("If I add 2 kg from 5 kg how many grams do I have?") is None


def test_dimension_mismatch_is_left_to_the_model_and_a_clear_error_if_asked():
    # the router leaves it to the model ("500 ml of linseed oil, how many grams?" needs a density)
    assert units.parse("convert 5 kg to meters", CTX) is None
    assert units.parse("500 ml of raw linseed oil, how many grams is that", CTX) is None
    assert units.parse("Convert 30 mpg to L/100km", CTX) is not None  # an inverse dimension
    args = {"terms": [(1, "5", [("kilogram", 1)])], "target": [("meter", 1)]}
    out = evaluate_request(args)
    assert not out["ok"]
    assert out["error"] == "cannot convert kg ([mass]) to m ([length]): the dimensions differ"


def test_offset_temperature_sums_are_refused():
    out = evaluate_request(units.parse("5 °C + 3 °C in °C", CTX).args)
    assert not out["ok"] and "temperatures" in out["error"]


@pytest.mark.parametrize(
    "value,text,exact",
    [
        (Fraction(125000, 381), "328.084", False),
        (Fraction(3, 10), "0.3", True),
        (Fraction(-7827), "-7827", True),
        (Fraction(1, 3), "0.333333", False),
        (Fraction(2, 3000000), "6.66667e-07", False),
        (Fraction(15560647944541224, 10**6), "15560647945", False),  # 17 digits: rounded
        (Fraction(5560647944541, 10**3), "5560647944.541", True),
        (Fraction(10**30, 7), "1.42857e+29", False),
        (Fraction(0), "0", True),
        (Fraction(1, 10**200), "1.00000e-200", True),
        (Fraction(-(10**200), 3), "-3.33333e+199", False),
        (Fraction(9999996, 10**13), "1.00000e-06", False),
    ],
)
def test_format_number(value, text, exact):
    assert format_number(value) == (text, exact)


def test_run_goes_through_the_bounded_worker():
    call = units.parse("convert 100 meters to feet", CTX)
    res = units.run(call, CTX)
    assert res.ok, res.error
    assert res.output == "100 m ≈ 328.084 ft"
    assert res.value == pytest.approx(328.0839895013123)
    mismatched = {"terms": [(1, "5", [("kilogram", 1)])], "target": [("meter", 1)]}
    res = units.run(ToolCall(tool="units", args=mismatched, text="5 kg to m"), CTX)
    assert not res.ok and "cannot convert" in res.error


def test_run_never_raises_on_bad_calls():
    bad = ToolCall(
        tool="units", args={"terms": [(1, "5", [("no_such_unit", 1)])], "target": None}, text="x"
    )
    res = units.run(bad, CTX)
    assert not res.ok and res.error
    assert not units.run(ToolCall(tool="units", args={}, text=""), CTX).ok


@pytest.mark.parametrize(
    "word,name",
    [
        ("Qt", "quart"),
        ("Gal", "gallon"),
        ("Min", "minute"),
        ("Yd", "yard"),
        ("kgs", "kilogram"),
        ("Curies", "curie"),
        ("Mg", "megagram"),
        ("mg", "milligram"),
        ("metric tons", "metric_ton"),
        ("°F", "degree_Fahrenheit"),
        ("kph", "kilometer_per_hour"),
        ("has", None),
        ("blorps", None),
        ("percent", None),
        ("e", None),
        # counts, not units, however pint reads their plurals (a cement bag; micro-nits)
        ("bags", None),
        ("points", None),
        ("units", None),
    ],
)
def test_unit_words_resolve_to_the_everyday_unit(word, name):
    from tools.units.names import resolve

    assert resolve(word) == name


def test_worker_bounds_a_payload_that_bypasses_the_grammar():
    # The grammar never emits this name; if something did, pint would evaluate 10**10**10 and
    # the bounded worker must stop it and answer with an error instead of hanging.
    evil = ToolCall(
        tool="units",
        args={"terms": [(1, "1", [("meter*10**10**10", 1)])], "target": None},
        text="x",
    )
    res = units.run(evil, ToolContext(timeout_s=1.0))
    assert not res.ok and "timed out" in res.error
    assert units.run(units.parse("1 km to m", CTX), CTX).output == "1 km = 1000 m"


@pytest.mark.parametrize(
    "text, shown",
    [
        ("Expressed in units of centigrams, 4.2 grams is", "4.2 g = 420 cg"),
        ("In meters, how much is 5 feet?", "5 ft = 1.524 m"),
        ("In kilometres, how far is 10 miles?", "10 mi = 16.09344 km"),
        ("What does 180 pounds come to in kilograms?", "180 lb = 81.6466266 kg"),
        ("Could you convert 26.2 miles into kilometers?", "26.2 mi = 42.1648128 km"),
        ("The value of 3 km in meters is", "3 km = 3000 m"),
        ("Convert 5 km to m, then to cm.", "5 km = 5000 m = 500000 cm"),
        ("6 ft 2 in to cm", "6 ft + 2 in = 187.96 cm"),
        ("5 dacd in cd", "5 dacd = 50 cd"),
        ("3 mcd in µcd", "3 mcd = 3000 µcd"),
        ("5 mC in C", "5 mC = 0.005 C"),
        ("285 B to KiB", "285 B = 0.2783203125 KiB"),
        ("4.5 newtons per inch^2 in dynes per foot^2", "4.5 N/in² = 64800000 dyn/ft²"),
        ("Convert 2 km^2 kg / min^2 to m^2 g / s^2", "≈ 555556 m²·g/s²"),
        ("3 kilonewton-meters in newton meters", "3 kN·m = 3000 N·m"),
        ("12 kN → N", "12 kN = 12000 N"),
        ("5 m -> ft", "5 m ≈ 16.4042 ft"),
        ("How many litres are 3 US liquid quarts?", "3 US qt = 2.839058838 L"),
        ("how many kilometers is twenty six point two miles", "26.2 mi = 42.1648128 km"),
        ("Kindly convert 45 kilogram into pound.", "45 kg ≈ 99.208 lb"),
        ("Convert 5 troy ounces to grams.", "5 toz = 155.517384 g"),
        ("What's 5.5 ångströms in nanometres?", "5.5 Å = 0.55 nm"),
        # a thing described by its one quantity
        ("A 5 m rope is how many feet?", "5 m ≈ 16.4042 ft"),
        ("A ship doing 18 knots is going how many mph?", "18 kn (international) ≈ 20.714 mph"),
        ("52 nautical miles in statute miles", "52 nmi (international) ≈ 59.8405 mi"),
        ("Each revision block is 2.75 hours. How many minutes is one block?", "2.75 h = 165 min"),
        ("1013.25 hPa in standard atmospheres", "1013.25 hPa = 1 atm"),
        ("whats 64 farenheit in celsius?", "64 °F ≈ 17.7778 °C"),
        (
            (
                "Never heat the syrup above 50 °C. What's that in Fahrenheit for my American"
                " thermometer?"
            ),
            "50 °C = 122 °F",
        ),
        # two quantities told, one of the asked unit's kind: that one
        ("Ran 21.1 km in 2 hours. How far is that in miles?", "21.1 km ≈ 13.1109 mi"),
        ("The 10 m beacon is listed on 28,205 kHz. In MHz please?", "28205 kHz = 28.205 MHz"),
        # "before I left it" is the verb, not what is left over
        (
            (
                "The last thermal took me up to 4,600 feet above the airfield before I left it. How"
                " many metres is that?"
            ),
            "4600 ft = 1402.08 m",
        ),
        ("How many grams is a 1.5 carat diamond?", "1.5 ct = 0.3 g"),
        ("A car with 150 PS has how many kilowatts?", "150 PS = 110.3248125 kW"),
        ("Tyre pressure of 2.2 bar in psi?", "2.2 bar ≈ 31.9083 psi"),
        # a quantity stated, then "that" asked in another unit
        ("Ran 21.1 km this morning. How far is that in miles?", "21.1 km ≈ 13.1109 mi"),
        ("I'm 5 ft 11 in. How tall is that in centimetres?", "5 ft + 11 in = 180.34 cm"),
        ("It's 31 °C in Athens today. What's that in Fahrenheit?", "31 °C = 87.8 °F"),
        ("Forecast says -12 °F tonight. Celsius?", "-12 °F ≈ -24.4444 °C"),
        ("The train hit 320 km/h. In metres per second?", "320 km/h ≈ 88.8889 m/s"),
        # after a dash or a colon, and asked as "how many X", "in X" or "convert to X"
        ("Recipe wants 8 oz of cheddar — how many grams is that?", "8 oz = 226.796185 g"),
        ("The trail is 14 miles long. How many km?", "14 mi = 22.530816 km"),
        ("my weight is 11 st 4 lb — in kg?", "11 stone + 4 lb = 71.66759446 kg"),
        ("treadmill is at 6.5 mph, convert to km/h", "6.5 mph = 10.460736 km/h"),
        (
            "The pattern calls for 12 yards of fabric, how many meters do I buy?",
            "12 yd = 10.9728 m",
        ),
        ("My fridge show 4 degree celsius, how much it is in fahrenheit?", "4 °C = 39.2 °F"),
        ("Please convert for me 75 kilogram in pound.", "75 kg ≈ 165.347 lb"),
        ("Signed up for a 100-mile sportive!! what's that in km", "100 mi = 160.9344 km"),
        ("Yarn label says 220 yds — how many metres of yarn is that?", "220 yd = 201.168 m"),
        ("New fence run is 40 ft long. How many metres of fencing?", "40 ft = 12.192 m"),
        # inches written with one mark after the number
        ('Drill bit is 5/16" — what is that in millimetres?', "0.3125 in = 7.9375 mm"),
        ("Convert 12.5″ to cm", "12.5 in = 31.75 cm"),
        # a target in parts: whole numbers of the larger units, the rest in the last
        ("How tall is 180 cm in feet and inches?", "180 cm ≈ 5 ft 10.8661 in"),
        ("What is 75 kg in stone and pounds?", "75 kg ≈ 11 stone 11.3467 lb"),
        ("200 minutes in hours and minutes", "200 min = 3 h 20 min"),
        ("10000 seconds in hours, minutes and seconds", "10000 s = 2 h 46 min 40 s"),
        # a quantity inside a described thing, after a year, or in a task told about
        ("How many seconds are in a lap of 1.5 minutes?", "1.5 min = 90 s"),
        ("Grandad's 1952 licence lists his height as 5 ft 9 in. In cm?", "= 175.26 cm"),
        ("My worksheet asks to convert 20 kg to pounds.", "20 kg ≈ 44.0925 lb"),
        # a told quantity, then a last segment asking for it in another unit
        (
            "The bike's odometer shows 12,500 miles; how many kilometres has it done?",
            "= 20116.8 km",
        ),
        ("The tyre is at 2.2 bar. Express that in psi.", "2.2 bar ≈ 31.9083 psi"),
        ("She weighed in at 132 lb; in kg that's?", "132 lb = 59.87419284 kg"),
        ("Leg 2 of the route is a 26.2-mile run. How many km?", "26.2 mi = 42.1648128 km"),
        ("The shelf here is 450 mm, in inches please", "450 mm ≈ 17.7165 in"),
        (
            "He is 6 stone 4 lb, but the form wants kilograms. What's that in kg?",
            "= 39.91612856 kg",
        ),
        # the measure after the unit asked, "whats", "that's what", "how tall is he in"
        ("The rink was marked out at 60 yards. How many metres long is that?", "60 yd = 54.864 m"),
        ("A British pie recipe says 200 °C. Whats that in fahrenheit", "200 °C = 392 °F"),
        ("I keep the tank at 25 °C. In Fahrenheit that's what?", "25 °C = 77 °F"),
        ("The pony measures 13 hands. How tall is she in centimetres?", "13 hand = 132.08 cm"),
        (
            "A customer wants 3 lb of plums. How many grams should I weigh out?",
            "3 lb = 1360.77711 g",
        ),
        # asked for indirectly, or the unit named in the story and a reading asked
        (
            "My best deadlift is 140 kg. My cousin in Texas asked what that is in pounds.",
            "140 kg ≈ 308.647 lb",
        ),
        (
            (
                "The oven dial says 180 °C but my old thermometer only does Fahrenheit. What should it"
                " read?"
            ),
            "180 °C = 356 °F",
        ),
        ("shelf depth 11.75 in -> cm?", "11.75 in = 29.845 cm"),
        ("The lighthouse tower is 127 ft tall. How tall in metres?", "127 ft = 38.7096 m"),
        (
            "The removals van's payload is 1,200 kg. How many pounds is that, for my American client?",
            "1200 kg ≈ 2645.55 lb",
        ),
        (
            "The lawn I'm turfing is half an acre. How many square metres?",
            "0.5 acre = 2023.4282112 m²",
        ),
        (
            "My old bike's speedo only shows mph and I was doing 70. What's that in km/h?",
            "70 mph = 112.65408 km/h",
        ),
        (
            "The visa form wants my height in centimetres and I'm 6 ft 1 in. What do I write?",
            "185.42 cm",
        ),
        (
            "The American recipe says roast at 425 °F. Our ovens are in Celsius - what do I set?",
            "425 °F ≈ 218.333 °C",
        ),
        (
            (
                "My glaze matures at 1,222 °C but the kiln controller I bought from the States only"
                " does Fahrenheit. What do I program it to?"
            ),
            "1222 °C = 2231.6 °F",
        ),
        (
            (
                "knitting a scarf for my nephew in the US, pattern says make it 64 inches long."
                " that's how many cm?"
            ),
            "64 in = 162.56 cm",
        ),
        (
            "The manual says 2.1 bar, but the pump at the garage reads psi. What do I pump them to?",
            "2.1 bar ≈ 30.4579 psi",
        ),
        # ", so what's that in", "wants it in feet, what is it?", "is one sack", "do I key in",
        # "whats minus ten"
        (
            "We rent a 12 hectare meadow. Grandad still thinks in acres, so what's that in acres?",
            "12 ha ≈ 29.6526 acre",
        ),
        (
            "The survey gives the hill as 910 m. My uncle wants it in feet, what is it?",
            "910 m ≈ 2985.56 ft",
        ),
        ("The mill sells 25 kg sacks. How many pounds is one sack?", "25 kg ≈ 55.1156 lb"),
        ("The delivery note says 800 lb. How many kg do I enter on the system?", "= 362.873896 kg"),
        ("whats minus five degrees celsius in fahrenheit", "-5 °C = 23 °F"),
        # learners' English
        ("My village is twelve miles from the city, how much km is it?", "12 mi = 19.312128 km"),
        ("How much grams is 3 ounces?", "3 oz = 85.0485"),
        ("My bag is 23 kilo. How many pounds it is?", "23 kg ≈ 50.7063 lb"),
        # shouted; "then" at the end; when it was, said beside the quantity
        ("HOW MANY CM IS 6 FEET??", "6 ft = 182.88 cm"),
        ("it's exactly 3.2 hectares, how many acres is that then", "3.2 ha ≈ 7.90737 acre"),
        (
            (
                "Our roof panels generated 3,250 kWh over the past twelve months. How many megajoules"
                " is that?"
            ),
            "= 11700 MJ",
        ),
        # what is measured after the asked unit; a fraction "of a" unit; a quantity that
        # describes a thing, with no lead
        ("The trail climbs 1,200 metres. How many feet of elevation is that?", "≈ 3937.01 ft"),
        ("1/250 of a second is how many milliseconds?", "= 4 ms"),
        ("5/8 inch seam allowance in mm?", "= 15.875 mm"),
        # inches said without their unit after feet
        ("I'm 5 foot 10. How tall is that in cm?", "5 ft + 10 in = 177.8 cm"),
        ("He is 5 foot 10.5. What is that in cm?", "5 ft + 10.5 in = 179.07 cm"),
        # decimal inches after feet, the unit said
        ("The oche is 7 ft 9.25 in. How many centimetres is that?", "= 236.855 cm"),
        # a mixed quantity with "and" between its units
        ("how many centimetres is 5 feet and 7 inches?", "= 170.18 cm"),
        ("what's 2 stone and 4 pounds in kg?", "= 14.51495584 kg"),
        # the quantity inside a described thing, asked "what is … in"
        ("What is a 5 kg turkey in pounds?", "5 kg ≈ 11.0231 lb"),
        ("What's a 10 km run in miles?", "10 km ≈ 6.21371 mi"),
        ("The raw recording ran 2.75 hours. How many minutes do I have to edit?", "= 165 min"),
        # a rectangle's sides, its area asked in a square unit
        (
            "The marquee is 40 ft by 60 ft. What's the floor area in square metres?",
            "2400 ft² = 222.967296 m²",
        ),
        ("The marquee is 40 by 60 ft. How many square metres is that?", "= 222.967296 m²"),
        ("A room is 4 m by 5 m. What is the area in square feet?", "20 m² ≈ 215.278 ft²"),
        # sides said with their directions; square metres "of flooring"
        (
            "Our puppet stage is 24 ft wide and 16 ft deep. What's the floor area in square metres?",
            "384 ft² = 35.67476736 m²",
        ),
        (
            "The bedroom is 14 ft by 12 ft. How many square metres of flooring is that?",
            "168 ft² = 15.60771072 m²",
        ),
        # the US gallon named beside "litres"; "liters" with a gallon: the US one, named
        ("Convert 15 US gallons to litres.", "15 US gal = 56.78117676 L"),
        ("How many liters is 5 gallons?", "5 US gal = 18.92705892 L"),
        # five words after a told quantity
        (
            "The hovercraft does 45 mph flat out over the water. What's that in km/h?",
            "45 mph = 72.42048 km/h",
        ),
        # an area asked bare after a dash
        (
            "the drying barn floor is 40 ft by 25 ft - how many square metres?",
            "1000 ft² = 92.90304 m²",
        ),
        # a number in a name: an "18-hole" course
        (
            "Our 18-hole course covers 1,200 square yards. How many square metres is that?",
            "1200 yd² = 1003.352832 m²",
        ),
        # a quantity told roughly, "each way", a question reported or a unit wanted
        (
            "A full super of honey weighs about 25 lb. My scale only does kg - what's that in kg?",
            "25 lb = 11.33980925 kg",
        ),
        (
            "The big machine says max load 8 kg. A customer asked how many pounds that is?",
            "≈ 17.637 lb",
        ),
        (
            "The safe weighs 180 lb and the stair climber is rated in kg. How heavy is the safe in kg?",
            "= 81.6466266 kg",
        ),
        ("The lead wall is 14 metres high. My American friend wants it in feet.", "≈ 45.9318 ft"),
        ("The airport run is 27 miles each way. How many km is one way?", "= 43.452288 km"),
        # an area asked "in square metres" another way; a unit needed "for" something
        (
            "The new polytunnel is 30 ft by 14 ft. What's that in square metres?",
            "420 ft² = 39.0192768 m²",
        ),
        (
            "Someone donated a rug labelled 5ft by 8ft. I need its area in square metres for the eBay listing.",
            "40 ft² = 3.7161216 m²",
        ),
        (
            "The sack race lane is 60 yards; the teacher wants it in metres for the programme.",
            "= 54.864 m",
        ),
        ("The paper round is 7.4 miles. Need it in km for the route app.", "= 11.9091456 km"),
        # "Give me that in …", one of a thing said "One", "Roughly how many …"
        (
            "The iron tyre measures 4 ft 3 in across. Give me that in centimetres.",
            "4 ft + 3 in = 129.54 cm",
        ),
        ("One lap of our track is 250 metres. How many feet?", "250 m ≈ 820.21 ft"),
        ("The bag is 20 kg. About how many pounds?", "20 kg ≈ 44.0925 lb"),
        # set 36: "for the European visitors", "What is its volume in …?", "Floor area in …?"
        (
            "Our long trek is 7.5 miles. How far is that in kilometres for the European visitors?",
            "7.5 mi = 12.07008 km",
        ),
        (
            "The envelope is 105,000 cubic feet. What is its volume in cubic metres?",
            "105000 ft³ = 2973.26889216 m³",
        ),
        (
            "The glass display case is 6 ft by 4 ft. Floor area in square metres?",
            "24 ft² = 2.22967296 m²",
        ),
        # set 83: a numbered place ("Cage 3's"); what a listing should say; "Convert it."
        (
            "Cage 3's pitching machine is set at 70 mph. What speed is that in km/h?",
            "70 mph = 112.65408 km/h",
        ),
        (
            "The finished bamboo frame weighs 2.15 kg. How many pounds should the US listing say?",
            "2.15 kg ≈ 4.73994 lb",
        ),
        (
            (
                "The roof catchment is 85 square metres, but the US tank calculator wants square feet."
                " Convert it."
            ),
            "85 m² ≈ 914.932 ft²",
        ),
        # set 84: "keep asking how many …"; "Convert that to mph for me."; "What height is that …?"
        (
            (
                "The swim buoy line sits 200 yards off the beach - customers keep asking how many metres"
                " that is."
            ),
            "200 yd = 182.88 m",
        ),
        (
            "Wind speed in the tunnel gets up to 180 km/h for the pros. Convert that to mph for me.",
            "180 km/h ≈ 111.847 mph",
        ),
        (
            "There's a low bridge on the route signed 14 ft 3 in. What height is that in metres?",
            "14 ft + 3 in = 4.3434 m",
        ),
        # set 85: "under"/"over" a place ("under the new dormer", "over the ropes") says where
        (
            (
                "Head height under the new dormer will be 2.2 metres. Convert that to feet for the"
                " client."
            ),
            "2.2 m ≈ 7.21785 ft",
        ),
        (
            (
                "Sea temperature over the ropes was 14.5 degrees C and a buyer asked for it in"
                " Fahrenheit - what is it?"
            ),
            "14.5 °C = 58.1 °F",
        ),
        # set 86: the altitude asked of a height told above sea level
        (
            "The chalet sits at 1,850 m above sea level. What's the altitude in feet?",
            "1850 m ≈ 6069.55 ft",
        ),
        # set 86: what a described thing weighs
        ("How many pounds does one of our 15 kg pellet bags weigh?", "15 kg ≈ 33.0693 lb"),
        ("How many grams does a 1.25 carat diamond weigh?", "1.25 ct = 0.25 g"),
        # set 87: "What do I put in?" after the unit a device wants is named
        (
            (
                "The farmer says the field is 42 acres but the sprayer computer wants hectares. What do"
                " I put in?"
            ),
            "42 acre = 16.99679697408 ha",
        ),
        # set 88: the question asked again whole after a dash; the figure a reader wants; a
        # side said in feet and inches; "the room volume"
        (
            (
                "We pumped about 1,200 cubic feet of water out of the cellar - how many litres is"
                " 1,200 cubic feet?"
            ),
            "1200 ft³ = 33980.2159104 L",
        ),
        (
            "The dog and its crate weigh 41 kg together, and the airline wants the figure in pounds.",
            "41 kg ≈ 90.3895 lb",
        ),
        (
            "The hut body is 18 ft long and 8 ft 6 in wide. What's the floor area in square metres?",
            "22032 in² = 14.21416512 m²",
        ),
        (
            (
                "We're ozone treating a bedroom 14 ft x 11 ft x 8 ft. What's the room volume in cubic"
                " metres?"
            ),
            "1232 ft³ = 34.886355001344 m³",
        ),
        # set 90: "How many miles is the drive?"; a form that "wants pounds: what do I put?"
        (
            "Our twin town is 1,046 km away by road. How many miles is the drive?",
            "1046 km ≈ 649.954 mi",
        ),
        (
            "Packed, the luxury hamper weighs 6.8 kg. The US courier's form wants pounds: what do I put?",
            "6.8 kg ≈ 14.9914 lb",
        ),
        # set 89: the unit named on the device set; "needs the floor area in"; the unit a
        # tariff uses, then "What's the area?"
        (
            "The walk-in humidor should sit at 70 °F. What do I set the new Celsius thermostat to?",
            "70 °F ≈ 21.1111 °C",
        ),
        (
            "The company's warehouse is 18,500 sq ft. The valuer needs the floor area in square metres.",
            "18500 ft² = 1718.70624 m²",
        ),
        (
            (
                "Venue's floor area is 4,200 square feet and the tariff uses square metres. What's"
                " the area?"
            ),
            "4200 ft² = 390.192768 m²",
        ),
        # set 91: the unit a form takes, a lease quotes or a client keeps asking for, then
        # what to enter; a story priced "per" a unit is not a sum
        (
            (
                "A parcel weighs 2.8 kg and the US carrier's form only takes pounds. What do I"
                " enter?"
            ),
            "2.8 kg ≈ 6.17294 lb",
        ),
        (
            (
                "Cooling water has to be held at 18 °C. The chiller's display is in Fahrenheit;"
                " what setpoint do I type?"
            ),
            "18 °C = 64.4 °F",
        ),
        (
            (
                "The new kitchen unit is 1,150 sq ft. The landlord's lease quotes square metres -"
                " what figure should match?"
            ),
            "1150 ft² = 106.838496 m²",
        ),
        (
            (
                "Our maximum show altitude is 120 m. The American client keeps asking for it in"
                " feet - how high is that?"
            ),
            "120 m ≈ 393.701 ft",
        ),
        (
            (
                "Client delivers up to 35 miles from the shop and I'm setting the location radius"
                " in kilometres. What number goes in?"
            ),
            "35 mi = 56.32704 km",
        ),
        (
            "His field is 42 acres and my rate card is per hectare. How many hectares?",
            "42 acre = 16.99679697408 ha",
        ),
        # set 92: a limit asked of the one temperature told, a reading "on the old dial"
        (
            (
                "The container's inlet air has to stay below 35 °C, but the HVAC panel reads in"
                " Fahrenheit. What's the limit in °F?"
            ),
            "35 °C = 95 °F",
        ),
        (
            "Flow temperature is set at 70 °C. What does that read in Fahrenheit on the old dial?",
            "70 °C = 158 °F",
        ),
        ("Sack is marked 55 lb. What should it weigh in kilograms?", "55 lb = 24.94758035 kg"),
        # set 93: "What figure goes on the form?", "What temperature do I write?", an em dash
        (
            (
                "The engine room was at 48 °C and the flag state form asks for Fahrenheit. What"
                " figure goes on the form?"
            ),
            "48 °C = 118.4 °F",
        ),
        (
            (
                "The cure cycle dwells at 121 °C and the US customer's traveller sheet wants"
                " Fahrenheit. What temperature do I write?"
            ),
            "121 °C = 249.8 °F",
        ),
        (
            "Our green spaces add up to 4.6 hectares—how many acres is that?",
            "4.6 ha ≈ 11.3668 acre",
        ),
        # set 94: a unit's own "per" is no rate worked on the quantity; "counts in MiB: how
        # many is that?"
        (
            (
                "Peak flow was 148 cubic metres per second; the visiting engineer wants cubic feet"
                " per second."
            ),
            "148 m³/s ≈ 5226.57 ft³/s",
        ),
        (
            "The file is 1.6 GiB. Our system counts in MiB: how many is that?",
            "1.6 GiB = 1638.4 MiB",
        ),
        # set 95: a scale said as a place; "… each" asked of one
        ("Minus 31.5 °C on the Fahrenheit scale is?", "-31.5 °C = -24.7 °F"),
        (
            "Our collection drums hold 205 litres each. How many cubic feet is one drum?",
            "205 L ≈ 7.23951 ft³",
        ),
        # set 97: "X per Y" asked for, whatever asks for a unit, "is my <thing>", a pond's label
        (
            (
                "The conveyor moves at 5.4 metres per minute. Our US visitors asked for it in feet per"
                " minute - what is it?"
            ),
            "5.4 m/min ≈ 17.7165 ft/min",
        ),
        (
            (
                "My runner bean measured 81 cm on the bench. The schedule asks for inches - what does"
                " it come to?"
            ),
            "81 cm ≈ 31.8898 in",
        ),
        ("My file shows as 23,552 KiB. How many MiB is my file?", "23552 KiB = 23 MiB"),
        ("Brine in pond 6 measured 28 °C at midday. Give that in Fahrenheit.", "28 °C = 82.4 °F"),
        # set 102: "How thick is that in inches?"; a press's number is a label
        (
            "The insulation boards are 100 mm thick. How thick is that in inches?",
            "100 mm ≈ 3.93701 in",
        ),
        ("the web on press 3 is 330 mm wide, what is that in inches", "330 mm ≈ 12.9921 in"),
        # set 101: "… and the rally field wants it in kg" after the quantity, with no question mark
        (
            "the logbook gives her weight as 28,000 lb and the rally field wants it in kg",
            "28000 lb = 12700.58636 kg",
        ),
        # set 100: "how many pounds in weight"; a "48-sheet" poster; miles by sat nav from a ferry
        (
            "The item description says a 2.5 kg bag of potatoes. How many pounds in weight is that?",
            "2.5 kg ≈ 5.51156 lb",
        ),
        (
            "The 48-sheet poster site is 6.096 m wide. How many feet wide is that?",
            "6.096 m = 20 ft",
        ),
        (
            (
                "Sat nav says 820 km from the ferry at Santander down to our flat. How many miles is"
                " that?"
            ),
            "820 km ≈ 509.524 mi",
        ),
        # set 99: a theatre's or a pot's number is a label
        (
            "Theatre 5 is set to 19 °C and the visiting surgeon wants it in Fahrenheit. What is it?",
            "19 °C = 66.2 °F",
        ),
        (
            (
                "Pot 117's bath is running at 960 °C. What's that in degrees Fahrenheit for the visiting"
                " engineers' report?"
            ),
            "960 °C = 1760 °F",
        ),
        # set 98: "how many cm wide is the roll" of the roll told; "wants its weight in pounds"
        (
            (
                "The denim roll is 60 inches wide and our cutting tables are marked in centimetres."
                " How many cm wide is the roll?"
            ),
            "60 in = 152.4 cm",
        ),
        (
            "A rod coil off the caster weighs 3,850 kg. The US buyer wants its weight in pounds.",
            "3850 kg ≈ 8487.8 lb",
        ),
        # set 82: "What's its floor area in …?"
        (
            "The new cleanroom bay is 2,400 sq ft. What's its floor area in square metres?",
            "2400 ft² = 222.967296 m²",
        ),
        # set 35: "How many metres do I get from one hank?"; the figure to put in a document
        (
            "A hank of binder cane is 500 feet long. How many metres do I get from one hank?",
            "500 ft = 152.4 m",
        ),
        (
            (
                "The gallery has to hold 19 °C and the lender in Boston works in Fahrenheit. What"
                " figure do I put in the loan agreement?"
            ),
            "19 °C = 66.2 °F",
        ),
        # the unit wanted named in the story: "wants mph", "asked how many pounds that is", a dial
        # "is fahrenheit" ("this one" is no number)
        (
            "Bike computer says I averaged 28 km/h across town on the afternoon run. Client in the US wants mph, what's that?",
            "28 km/h ≈ 17.3984 mph",
        ),
        (
            "We sell 4.5 kg gas bottles in the campsite shop. An American couple asked how many pounds that is - what do I tell them?",
            "4.5 kg ≈ 9.9208 lb",
        ),
        (
            "Tank heater should be at 26 °C but the dial on this one is fahrenheit. What number do I set?",
            "26 °C = 78.8 °F",
        ),
        # "the next one" is a thing; a half marathon named; a length in feet is no nominal size
        ("The hut to the next one is 14 km. How far is that in miles?", "14 km ≈ 8.6992 mi"),
        ("My half is 21.0975 km. What's that in miles for my aunt?", "21.0975 km ≈ 13.1094 mi"),
        ("A 10 ft length of tube is how long in metres?", "10 ft = 3.048 m"),
        # a pace; "What does that read in …?"
        ("I run 6 minutes per km. What pace is that in minutes per mile?", "= 9.656064 min/mi"),
        ("The fridge should hold 4 °C. What does that read in Fahrenheit?", "4 °C = 39.2 °F"),
        # a thing sized by what it holds ("two-man") is no quantity; "How many grams should I weigh?"
        (
            "The three-man tent weighs 2.4 kg. A customer asked how many ounces that is.",
            "2.4 kg ≈ 84.6575 oz",
        ),
        ("The recipe says 4 oz of sugar. How many grams should I weigh?", "4 oz = 113.3980925 g"),
        # "How many miles will the kids do?"; "What psi is that?"
        ("The charity walk is 20 km. How many miles will the kids do?", "20 km ≈ 12.4274 mi"),
        ("The tyres need 2.2 bar. What psi is that?", "2.2 bar ≈ 31.9083 psi"),
        # set 39: the thing the story tells, asked by name; "how many … thick"; "long each"
        ("Our glaze firing peaks at 2232 °F. What's the peak in Celsius?", "2232 °F ≈ 1222.22 °C"),
        (
            "The ice sheet is 1.5 inches thick. How many centimetres thick is it?",
            "1.5 in = 3.81 cm",
        ),
        (
            "The dog walk planks are 12 feet long each. How many metres is one plank?",
            "12 ft = 3.6576 m",
        ),
        # set 42: a unit word after another that is prose ("km/h are"); double-deckers; his height;
        # the quantity of the thing asked about; an area "is the floor"; a face's width and height
        (
            "Gusts of 40 km/h are forecast for the afternoon session. What's that in mph?",
            "40 km/h ≈ 24.8548 mph",
        ),
        ("Our double-deckers are 14 ft 4 in tall. What's that in metres?", "= 4.3688 m"),
        ("A new patient is 5 ft 11 in tall. What's his height in cm?", "= 180.34 cm"),
        (
            (
                "The car deck limit is 2.3 m and my camper van is 7 ft 6 in high. How high is the"
                " van in metres?"
            ),
            "= 2.286 m",
        ),
        (
            "The pavilion tea room is 7 m by 5.5 m. How many square feet is the floor?",
            "414.411 ft²",
        ),
        # "each way" asked of a length told each way
        ("The minibus route is 46 km each way. How many miles each way?", "46 km ≈ 28.5831 mi"),
        # a box's volume from its three sides, in one unit
        (
            "Grow room is 12 ft by 10 ft by 8 ft. What's the volume in cubic metres?",
            "= 27.18417272832 m³",
        ),
        (
            "A customer's tank is 48 in long, 18 in deep and 20 in high. What's its volume in litres?",
            "= 283.16846592 L",
        ),
        # set 44: "that distance"; a form that asks for a unit; "how many … across"
        (
            "The oche has to be 7 ft 9.25 in from the face of the board. What's that distance in cm?",
            "= 236.855 cm",
        ),
        (
            "A donated parcel weighs 2.3 kg and the courier form asks for pounds. What do I write?",
            "2.3 kg ≈ 5.07063 lb",
        ),
        (
            "The sponge recipe asks for a 9 inch round tin. How many centimetres across is that?",
            "9 in = 22.86 cm",
        ),
        (
            "The chapel window opening is 1.2 m wide and 2.1 m tall. What's its area in square feet?",
            "27.1251 ft²",
        ),
        # a scale named before its reading, a time of day beside the quantity, a run-on "long"
        ("Fahrenheit 102.2 -> Celsius?", "102.2 °F = 39 °C"),
        ("A gust of 61 mph was logged at 3pm - what is that in km/h?", "61 mph = 98.169984 km/h"),
        ("The baseboard is 8 ft long, in metres?", "8 ft = 2.4384 m"),
        ("Hut floor is 12 ft by 9 ft; what's the area in square metres?", "10.03352832 m²"),
        # how it is measured before the thing, a side of a square
        ("How many metres long is an 8-foot organ pipe?", "8 ft = 2.4384 m"),
        (
            "The club's card tables are 32 inches square. What is the side length in centimetres?",
            "32 in = 81.28 cm",
        ),
        # feet and inches with the inches' unit left out before the one asked
        ("what's 5 foot 11 in centimetres", "5 ft + 11 in = 180.34 cm"),
        ("what is 6 foot 2 in metres", "= 1.8796 m"),
        # "give it to me in", "convert to", a bare unit asked, what the answer is for, areas
        (
            "Tanker's draught is 31 ft 6 in. Give it to me in metres for the passage plan.",
            "= 9.6012 m",
        ),
        ("Pallet of tins weighs 1,100 lb - convert to kilograms for the customs form.", "498.95"),
        ("Each riser step is 18 inches high; centimetres?", "18 in = 45.72 cm"),
        (
            (
                "The upright is 58 inches wide; how many centimetres is that, to see if it fits the"
                " alcove?"
            ),
            "58 in = 147.32 cm",
        ),
        (
            "Our fit-up stage is 12 ft by 14 ft. How many square metres of floor does it need?",
            "15.60771072 m²",
        ),
        ("Festival marquee is 20 m by 30 m - square feet please", "6458.35 ft²"),
        # a square unit asked bare, "was that", "roughly" after the unit, the measure said again
        ("a 37 m² flat — square feet?", "398.265 ft²"),
        ("I came off the aerotow at 3,500 ft this morning; what was that in metres?", "1066.8 m"),
        ("The customer's back lawn is 42 feet long. In metres, roughly?", "12.8016 m"),
        ("An aerial silk 11 yards long is how many metres long?", "10.0584 m"),
        ("A 12 inch LP is how many centimetres across?", "30.48 cm"),
        # a side and a box named before their sizes
        (
            (
                "A lancet window is 14 inches wide and 58 inches tall. What's its glass area in square"
                " centimetres?"
            ),
            "5238.6992 cm²",
        ),
        ("one ice block is 40 in x 20 in x 10 in. what's the volume in litres", "131.096512 L"),
        # a measure named but not told, "of drop", what it is written on, a verb of the trip
        ("We pour the bronze at 2,012 °F. What's the pour temperature in °C?", "1100 °C"),
        (
            "The tower is 145 feet from parapet to pavement. How many metres of drop is that?",
            "44.196 m",
        ),
        (
            "The run drops 2,400 ft from top station to base. What's the vertical in metres?",
            "731.52 m",
        ),
        ("The new warp is 100 yards long. How many metres is that on the loom card?", "91.44 m"),
        (
            "Parade route is 4.8 km from the castle to the park - how many miles do we march?",
            "2.98258 mi",
        ),
        ("Customer wants a 2 lb 9 oz bat. What does that weigh in grams?", "1162.330448125 g"),
        (
            (
                "The exhibition hall is advertised as 2,400 sq ft. How many square metres of floor is"
                " that?"
            ),
            "222.967296 m²",
        ),
        ("We're firing 4 inch shells. What's that calibre in mm?", "101.6 mm"),
        # someone asking it of a described thing
        (
            "Customer from the States wants to know how long a 3 metre worktop is in feet.",
            "9.84252 ft",
        ),
        ("kid wants to know what a 14 lb ball weighs in kg", "6.35029318 kg"),
        (
            (
                "The customer says the drive is 600 square feet. How many square metres are we"
                " surfacing?"
            ),
            "55.741824 m²",
        ),
        (
            (
                "The flat is 58 square metres. An overseas applicant wants it in square feet — what"
                " figure do I give?"
            ),
            "624.307 ft²",
        ),
        (
            "A unit measures 10 ft by 15 ft and is 8 ft high. What's its volume in cubic metres?",
            "33.9802159104 m³",
        ),
        # so much an hour; a room's floor and its ceiling
        (
            "The fresh-air fan moves 1,200 cubic feet an hour. What's that in cubic metres an hour?",
            "33.9802159104 m³/h",
        ),
        (
            "Grow room is 24 ft by 16 ft with a 9 ft ceiling - what's the volume in cubic metres?",
            "97.863021821952 m³",
        ),
        # sides in feet and inches, or in two metric units; the area asked first or "how big"
        ("The hall is 12 ft 6 in by 10 ft. In square metres, how big is that?", "= 11.61288 m²"),
        ("A room is 4 m by 350 cm. What's the floor area in square feet?", "14 m² ≈ 150.695 ft²"),
        ("What's the area in square centimetres of a 16 by 20 inch print?", "= 2064.512 cm²"),
        ("Bedroom is 14 ft by 11 ft 6 in. I need the floor area in square metres.", "14.95738944"),
        # a slab's sides and its thickness; a floor and a depth laid over it
        ("Slab is 6 m × 4.5 m × 150 mm thick. How many cubic metres do we send?", "= 4.05 m³"),
        (
            (
                "the floor is 9.6 m by 7.5 m and the quilt goes 270 mm deep. how many cubic metres is"
                " that?"
            ),
            "= 19.44 m³",
        ),
        ("The box is 12 by 10 by 8 inches. How many litres is that?", "= 15.73158144 L"),
        ("Customer wants 20 cubic yards. How many m³ do we batch?", "= 15.29109715968 m³"),
        # the unit wanted said in the story, then a bare "how many?"; "asked me what …";
        # "In yards, how far is that?"; "what do I set in Fahrenheit?"
        ("The bag allowance is 23 kg and she wants it in pounds. How many?", "50.7063 lb"),
        ("Max weight is 3,500 kg. The customer asked for it in pounds - how many?", "7716.18 lb"),
        ("Desks are 1.25 m apart. An examiner asked me what that is in feet.", "4.10105 ft"),
        ("Campaigners stay 100 metres back from the door. In yards, how far is that?", "109.361"),
        ("We fry at 180 °C - what do I set in Fahrenheit?", "= 356 °F"),
        # a question reported: "asks what … comes to in", "keep asking what that is in",
        # "asked how big the … is in"; the unit wanted after a comma, with no question
        ("Customer asks what 1,250 kWh comes to in megajoules.", "= 4500 MJ"),
        ("It's showing 75.2 °F. Residents keep asking what that is in Celsius?", "= 24 °C"),
        ("A student asked how big the 11.5 m² en-suite room is in square feet", "123.785 ft²"),
        ("Breakdown is 17 miles up the motorway, the driver wants it in kilometres", "27.358848"),
        ("fridge thermometer says 5 °C, my american housemate wants fahrenheit", "= 41 °F"),
        # a box's volume asked first; an area in the unit someone quotes in
        ("Volume in litres of a box measuring 16 by 12 by 10 inches inside?", "31.46316288 L"),
        (
            "Riser is 3 m by 2.4 m. The hire firm quotes in square feet, so how many is that?",
            "77.5",
        ),
        # an area wanted in a statement; the area or the volume asked tersely; "… equivalent?";
        # the unit a form needs or a dashboard reports in, then "what do I write?"
        ("The lounge is 18 ft by 13 ft 6 in. Client wants it in square metres.", "22.57543872 m²"),
        ("Floor area in square metres of a 20 ft by 10 ft stand?", "= 18.580608 m²"),
        ("Cold room is 3 m long, 2.5 m wide and 2.4 m high. Volume in cubic feet?", "635.664 ft³"),
        ("The freezer runs at -80 °C. Fahrenheit equivalent?", "= -112 °F"),
        ("She's 12 stone 9 pounds. The form needs kilograms — what do I write?", "80.28584949 kg"),
        ("Backup was 750 GiB; the dashboard reports in MiB. What number will it show?", "768000"),
        # an area in acres; an area someone asked for; "its mass in"; "…, for comparison"
        ("The field is 180 yards by 95 yards. How many acres is that?", "3.53306 acre"),
        ("Pitch is 105 m by 68 m. The broadcaster asked for the area in square yards.", "8539.37"),
        ("The reference mass is marked 5 lb exactly. What's its mass in grams?", "2267.96185 g"),
        ("The flange is 0.75 inches across. How many mm is that, for comparison?", "= 19.05 mm"),
        # a reported question with an aside after a dash; "will it cover"; a figure to look
        # for in a unit a manual gives; a described thing wanted; a size in a name; "apart";
        # "…, which in megajoules is…?"
        ("A visitor asked what 38 °C is in Fahrenheit — that's what we run it at.", "= 100.4 °F"),
        ("A roll is 20 m by 2 m. How many square feet will it cover?", "430.556 ft²"),
        (
            "It runs at 134 °C; the manual gives it in Fahrenheit. What figure should I look for?",
            "273.2",
        ),
        ("client wants the 7 metre exclusion zone in feet", "22.9659 ft"),
        ("The 1000-piece puzzle is 50 cm by 70 cm. What's its area in square inches?", "542.501"),
        ("Laterals go in at 66 ft spacing — how many metres apart is that?", "= 20.1168 m"),
        ("The engine made 14,500 kWh on Sunday, which in megajoules is…?", "= 52200 MJ"),
        # "Area of one sheet in …?", "In square feet that is …?", the volume asked first after
        # its unit, "which is what in km/h"
        ("Sheets are 11 by 11.5 inches. Area of one sheet in square centimetres?", "816.1274 cm²"),
        ("Floor of the shed: 42 m by 18 m. In square feet that is …?", "8137.52 ft²"),
        (
            "In cubic inches, what's the volume of a brick measuring 215 mm by 102.5 mm by 65 mm?",
            "87.4127",
        ),
        ("top speed on the downhill was 28 mph, which is what in km/h", "= 45.061632 km/h"),
        # "… of flat ground do we need?", "… of surface am I finishing?", "is the sleeping
        # surface", a bare "Cubic feet?" after a box
        ("It's 15 ft by 18 ft. How many square metres of flat ground do we need?", "25.0838208"),
        ("Top is 1.8 m by 0.9 m. How many square feet of surface am I finishing?", "17.4375 ft²"),
        ("It is 150 cm by 200 cm; how many square feet is the sleeping surface?", "32.2917 ft²"),
        ("Foam block comes in at 2 m x 1.5 m x 0.3 m. Cubic feet?", "31.7832 ft³"),
        # a blank to fill; the scale or the unit asked named first; the area asked after a ";";
        # a question reported in its own word order
        ("Litres in 10 cubic feet:", "283.16846592 L"),
        ("Fahrenheit for -18 °C?", "-0.4 °F"),
        ("In acres, how big is our 3.5 hectare strawberry field?", "8.64869 acre"),
        ("The deck is 4.8 m by 3.6 m; give the area in square feet.", "186 ft²"),
        ("Visitors ask how far the 14-mile coast path is in kilometres.", "22.530816 km"),
        # set 67's: a decimal of an acre; a height given after "give me"; weighed out; what the
        # answer is for, after a comma
        ("The back lawn is 0.3 of an acre. How many square metres?", "1214.05692672 m²"),
        # set 69's: the unit asked with "please, for …"; a reported question of a number
        ("Kilograms, please, for a 14 lb turkey.", "6.35029318 kg"),
        ("One bulk bag holds 0.75 cubic metres. In cubic feet?", "26.486 ft³"),
        # set 71's: a thing sized by a quantity, its unit asked first or after "in"
        ("square feet in a 20 m² room", "215.278 ft²"),
        ("Centimetres please: how long is a 31-inch deck?", "78.74 cm"),
        ("Feet: how wide is a 4 m roll of artificial grass?", "13.1234 ft"),
        ("My client drove 1,450 business miles. What's that in kilometres?", "2333.5488 km"),
        ("Her flight allows one 23 kg suitcase. What's that limit in pounds?", "50.7063 lb"),
        ("Metres of cable for an 85-foot run?", "25.908 m"),
        # set 73's: "Give it in …", "What's that spacing in …?"
        ("Prop diameter is 13 inches. Give it in centimetres.", "33.02 cm"),
        ("Studs go at 400 mm centres. What's that spacing in inches?", "15.748 in"),
        # set 72's: the unit asked first, then a sentence; "In kilograms, that's how much?"
        ("Feet, please: our deer fencing stands 2.4 m tall.", "7.87402 ft"),
        (
            "The truck's data plate says 4,500 lb rated capacity. In kilograms, that's how much?",
            "2041.165665 kg",
        ),
        (
            "Our marker limit is 300 feet per second. In metres per second, what's that?",
            "91.44 m/s",
        ),
        ("A customer relocating asks how far 1,200 miles is in kilometres.", "1931.2128 km"),
        ("Our new centre is listed at 6 ft 7 in. Give me his height in centimetres.", "200.66 cm"),
        (
            "A customer wants half a pound of green olives. How many grams do I weigh out?",
            "226.796185 g",
        ),
        ("The flow temperature is set to 45 °C. In Fahrenheit, for the homeowner's app?", "113 °F"),
        (
            "Our inflatable tub is 2.2 m across — in feet, so it fits the customer's patio?",
            "7.21785 ft",
        ),
        # a temperature read on a thing that shows the other scale
        (
            (
                "We heat the tubs to 38 °C before delivery. What would a guest's Fahrenheit"
                " thermometer read?"
            ),
            "100.4 °F",
        ),
        (
            (
                "The naan recipe says 180 °C but our old oven only shows Fahrenheit. What setting is"
                " that?"
            ),
            "356 °F",
        ),
        ("Fahrenheit 41 on the old bar fridge dial is what in Celsius?", "5 °C"),
        ("Resident wants the lounge at 21°C. What's that on a Fahrenheit thermostat?", "69.8 °F"),
        # what the answer is for; the area of the thing measured; the person described; the
        # unit asked first with "that's how much"
        (
            (
                "Customer measured her window drop at 84 inches. What's that in centimetres so I can"
                " cut?"
            ),
            "213.36 cm",
        ),
        (
            "Deck is 42 m long and 9.5 m wide. Deck area in square feet for the resurfacing quote?",
            "4294.8 ft²",
        ),
        ("In centimetres, how tall is someone of 5 ft 9 in?", "175.26 cm"),
        ("Our curd vat holds 180 litres. In cubic feet that's how much?", "6.35664 ft³"),
        # a horse's height in hands and inches
        ("A horse is 15.2 hands. How many centimetres is that?", "157.48 cm"),
        ("16.3hh in cm?", "170.18 cm"),
        # a unit and a half; the pylons it spans between; a container named by its size; "asked
        # for it in"; where a distance runs; a purpose said first; the room's size asked first
        ("Our feature race is run over a mile and a half. How many metres is that?", "2414.016 m"),
        ("The lawn is an acre and a half. How many square metres?", "6070.2846336 m²"),  # not 1
        ("The span between these two pylons is 1,150 feet. How many metres?", "350.52 m"),
        (
            (
                "Gross mass on the VGM for this forty-footer is 26,480 kg. The shipper wants it in"
                " pounds."
            ),
            "58378.4 lb",
        ),
        (
            "Our competition rope is 36.5 m long. Someone at the county show asked for it in feet.",
            "119.751 ft",
        ),
        (
            "The day of dance covers 9.5 miles between pubs. In kilometres, how far is it?",
            "15.288768 km",
        ),
        (
            (
                "The nave floor is 162 feet by 38 feet. For the new flooring quote, what's that in"
                " square metres?"
            ),
            "571.91111424 m²",
        ),
        ("In square feet, how big is my therapy room at 3.6 m by 2.7 m?", "104.625 ft²"),
        # "roughly" asked (the exact figure answers it); "in pounds that's how much?" after a
        # semicolon; "metres of retreat"
        ("27.4 miles to kilometres, roughly?", "44.0960256 km"),
        (
            (
                "A kabaddi mat is 13 m by 10 m. Roughly how many square feet is that for the sports hall"
                " booking form?"
            ),
            "1399.31 ft²",
        ),
        ("Vet weighed our lead dog at 24.5 kg; in pounds that's how much?", "54.0133 lb"),
        # the area asked after a colon or as "What area is that"; a size in a name, held
        ("A cork noticeboard 60 cm by 90 cm: how many square feet is it?", "5.81251 ft²"),
        ("A handball court is 40 m by 20 m. What area is that in square feet?", "8611.13 ft²"),
        ("How many cubic feet does our 3,200-litre fermentation tank hold?", "113.007 ft³"),
        # a screen's resolution beside bytes; a weight in a thing's name; a cross-section
        ("Each 4K reel scan comes to 4.6 GiB. How many MiB is one scan?", "4710.4 MiB"),
        ("In pounds, what does a 50 kg sack of pistachios weigh?", "110.231 lb"),
        (
            "The test section is 2.4 m wide and 1.8 m high. Cross-section in square feet?",
            "46.5001 ft²",
        ),
        ("The sample is at 4K. What is that in Celsius?", "-269.15 °C"),
        # the other scale asked "in °F" or as the reading after; "miles up"; one way of each way
        (
            (
                "The venom freezer has to hold −80 °C and the imported alarm panel only takes"
                " Fahrenheit. What do I set it to in °F?"
            ),
            "-112 °F",
        ),
        (
            (
                "Henna paste should rest at 25 °C but my thermometer reads Fahrenheit. What reading am"
                " I after?"
            ),
            "77 °F",
        ),
        ("Apogee was 112 km. How many miles up is that?", "69.5936 mi"),
        (
            "The summit trail is 7.2 miles each way; how far is one way in kilometres?",
            "11.5872768 km",
        ),
        (
            (
                "Since the 1970s survey the cliff top has gone back 84 feet. How many metres of retreat"
                " is that?"
            ),
            "25.6032 m",
        ),
        # sets 103 and 104: pounds-force, an ounce named avoirdupois, a vulgar half inch, a
        # thing measured before a rate's "per", a unit's own "per" in the story, "give it in"
        ("Convert 1,000 newtons to pounds-force.", "224.809 lbf"),
        ("convert 200 newtons to pound force", "44.9618 lbf"),
        ("the whole yellowtail weighs 3.6 kg. what's that in ounces (avoirdupois)?", "126.986 oz"),
        ("what's 3.6 kg in avoirdupois ounces?", "126.986 oz"),
        ("The track gauge is 4 ft 8½ in. Give me that in millimetres.", "1435.1 mm"),
        (
            (
                "Withering troughs are loaded at 28 kg of leaf per square metre. What is that in"
                " pounds per square foot?"
            ),
            "5.73485 lb/ft²",
        ),
        (
            (
                "Snow pit density came out at 380 kg per cubic metre. Express it in grams per"
                " cubic centimetre."
            ),
            "0.38 g/cm³",
        ),
        (
            "The femur cast is 1.53 m long - give it in feet for the American loan paperwork.",
            "5.01969 ft",
        ),
        # ("in units of miles": a unit's name, not a thing measured)
        ("319.44 feet per second in units of miles per hour is", "217.8 mi/h"),
        # set 105: a temperature said negative in words, wherever it starts (it once lost its
        # sign after "says"), or below zero
        (
            "Checkpoint thermometer says minus 38 degrees Celsius. What is that in Fahrenheit?",
            "-38 °C = -36.4 °F",
        ),
        ("The freezer is at minus 18 degrees Celsius; in Fahrenheit?", "-18 °C = -0.4 °F"),
        ("What's negative 40 Celsius in Fahrenheit?", "-40 °C = -40 °F"),
        ("The thermometer read 12 °C below zero. What is that in Fahrenheit?", "-12 °C = 10.4 °F"),
        ("convert 12 C below zero to F", "-12 °C = 10.4 °F"),
        ("what is 5 metres minus 2 feet in inches?", "5 m - 2 ft ≈ 172.85 in"),
        ("A barrique holds 225 litres. Express that volume in cubic inches.", "13730.3 in³"),
        # set 148: a standard size said in a clause first; a time keyed "into the digital clock";
        # "What is the figure in …?"
        (
            "The leg is 31 nautical miles. Taking 1 nautical mile as 1,852 m, how many km is that?",
            "31 nmi (international) = 57.412 km",
        ),
        (
            "The base time is 1 hour 30 minutes. How many seconds do I key into the digital clock?",
            "1 h + 30 min = 5400 s",
        ),
        (
            "The tank is rated at 1,200 litres. What is the figure in cubic metres?",
            "1200 L = 1.2 m³",
        ),
        # set 159: "one sheet's area"
        (
            (
                "Braille paper sheets are 11 by 11.5 inches. What is one sheet's area in square"
                " centimetres?"
            ),
            "126.5 in² = 816.1274 cm²",
        ),
        # set 156: "Each … is 12 feet by 5 feet" with no count told
        ("Each outdoor run is 12 feet by 5 feet. Area in square metres?", "60 ft² = 5.5741824 m²"),
        # set 155: a rectangle's area asked in the square of its sides' own unit
        ("A room is 4.5 m by 3.2 m. What is its area in square metres?", "= 14.4 m²"),
        # set 153: a statement to complete with "is what?"; "all told"
        ("A pressure of 30 psi expressed in bar is what?", "30 psi ≈ 2.06843 bar"),
        ("3.25 hours is how many seconds all told?", "3.25 h = 11700 s"),
        # set 151: "Put … into …"; "kilograms-force (standard gravity)"
        ("Put 26.2 miles into kilometres.", "26.2 mi = 42.1648128 km"),
        (
            (
                "The cable anchors are rated to 22 kN. Convert that to kilograms-force (standard"
                " gravity)."
            ),
            "22 kN ≈ 2243.38 kgf",
        ),
        # set 149: "ounces avoirdupois"
        ("How many grams are in 9 ounces avoirdupois?", "9 oz = 255.145708125 g"),
        # set 147: "ounces (weight)"
        ("The lamb weighed 850 grams. What is that in ounces (weight)?", "850 g ≈ 29.9829 oz"),
        # set 145: "Convert the … of N unit to …"
        ("Convert the frame width of 14.5 inches to centimetres.", "14.5 in = 36.83 cm"),
        # sets 141 and 143: "… above sea level is that?", "What altitude is that in …?", "Give
        # that height in …"
        (
            "The hut sits at 9,100 feet. How many metres above sea level is that?",
            "9100 ft = 2773.68 m",
        ),
        ("The glider topped out at 2,400 m. What altitude is that in feet?", "2400 m ≈ 7874.02 ft"),
        ("Cruised at 1,500 ft. Give that height in metres.", "1500 ft = 457.2 m"),
        # set 143: a unit's standard size said again in brackets; "(weight, avoirdupois)"
        (
            "The passage is 41 nautical miles (1 nautical mile = 1,852 m). How many km is that?",
            "41 nmi (international) = 75.932 km",
        ),
        (
            "Gusts hit 30 knots (1 knot = 1.852 km/h). What's that in km/h?",
            "30 kn (international) = 55.56 km/h",
        ),
        ("How many ounces (weight, avoirdupois) is 500 grams?", "500 g ≈ 17.637 oz"),
        # set 134: ounces of a liquid are fluid ounces; a weight asked as "does it weigh"
        ("How many ounces does 250 g weigh?", "250 g ≈ 8.81849 oz"),
        (
            "The sack of sunflower hearts is 12.75 kg. How many pounds does it weigh?",
            "12.75 kg ≈ 28.1089 lb",
        ),
        ("How many ounces is a cup of milk?", "1 US cup = 8 US fl oz"),
        # set 133's questions: who the answer is for, said last
        (
            "Our granddaughter weighed 3.62 kg at birth — what's that in pounds, for Grandad?",
            "3.62 kg ≈ 7.98073 lb",
        ),
        # set 132's questions: a span in two units joined by "and", a height asked, a purpose
        ("how many seconds in 3 days and 4 hours", "3 d + 4 h = 273600 s"),
        ("how many minutes in 2 hours and 15 minutes", "2 h + 15 min = 135 min"),
        (
            (
                "Sign on the big slide says riders must be under 4 ft 6 in. What height is that in"
                " centimetres?"
            ),
            "4 ft + 6 in = 137.16 cm",
        ),
        (
            (
                "My trailer's plated height is 13 ft 6 in. What is that in centimetres, to check"
                " against the Italian height signs?"
            ),
            "13 ft + 6 in = 411.48 cm",
        ),
        # set 131's questions: a race's name, a setting or a bare unit asked, a device that shows
        # only the unit asked, a tank filled
        ("A 13.1-mile half marathon is how many kilometres?", "13.1 mi = 21.0824064 km"),
        ("Her recipe says 180 °C. What should she set in Fahrenheit?", "180 °C = 356 °F"),
        ("Tyres want 2.4 bar. What psi?", "2.4 bar ≈ 34.8091 psi"),
        (
            "Tyres want 2.4 bar but the air pump at these services only reads psi. What psi?",
            "2.4 bar ≈ 34.8091 psi",
        ),
        (
            "How many litres of water fill a tank of exactly 8 cubic feet?",
            "8 ft³ = 226.534772736 L",
        ),
        # set 130's questions: the unit asked inside the question's words
        ("How fast in mph is 125 km/h?", "125 km/h ≈ 77.6714 mph"),
        ("What bar reading is 65 psi?", "65 psi ≈ 4.48159 bar"),
        ("The sidewall says 65 psi. What bar reading is that?", "65 psi ≈ 4.48159 bar"),
        # set 129's questions
        ("How many litres does 2 cubic feet hold?", "2 ft³ = 56.633693184 L"),
        (
            "The causeway is 1.9 miles end to end. How many km should the walkers' sign say?",
            "1.9 mi = 3.0577536 km",
        ),
        # set 126's questions
        ("US recipe: roast at 325 °F. Setting for my Celsius oven?", "325 °F ≈ 162.778 °C"),
        (
            "It hit -22 °C out on the fjord last night. Tell my dad in Texas in Fahrenheit.",
            "-22 °C = -7.6 °F",
        ),
        (
            "Latkes fry best at about 180 °C. My thermometer reads Fahrenheit - what number?",
            "180 °C = 356 °F",
        ),
        # set 124's questions
        (
            "The forest block on the new sheet covers 3.2 km². The landowner asks in acres.",
            "3.2 km² ≈ 790.737 acre",
        ),
        ("The terrace is 42 m². How many square feet do we need to cover?", "42 m² ≈ 452.084 ft²"),
        ("Road bike tyre at 110 psi: change that into bar.", "110 psi ≈ 7.58423 bar"),
        (
            (
                "The labrador I'm minding weighs 32 kg, and the worming tablets are dosed by the"
                " pound. His weight in pounds?"
            ),
            "32 kg ≈ 70.5479 lb",
        ),
        # set 122's questions
        (
            (
                "Manual says 29 psi in the rear tyre but my new gauge only reads in bar. What should I"
                " see on it?"
            ),
            "29 psi ≈ 1.99948 bar",
        ),
        (
            "Bake at 180 °C. My oven dial is in Fahrenheit. Which setting?",
            "180 °C = 356 °F",
        ),
        (
            (
                "The teacher says a body length of 33.5 cm is right for her. The second-hand listing"
                " is in inches — what number am I looking for?"
            ),
            "33.5 cm ≈ 13.189 in",
        ),
        (
            (
                "Vintage pattern gives the waist as 28 inches. How many centimetres do I mark on my"
                " toile?"
            ),
            "28 in = 71.12 cm",
        ),
        # set 120's questions
        (
            "My baggage allowance flying out to Dubai is 30 kg. How many pounds can I pack?",
            "30 kg ≈ 66.1387 lb",
        ),
        # set 116's questions: a unit's symbol said again in brackets
        ("how many mebibytes (MiB) are in 5.25 GiB?", "5.25 GiB = 5376 MiB"),
        ("how many gallons (US) are in 5 litres?", "US gal"),
        # set 114's questions
        (
            "The gauge caught 1.8 inches of rain in the storm. How many millimetres of rain fell?",
            "1.8 in = 45.72 mm",
        ),
        (
            (
                "My fish tank is 6 ft long, 3 ft wide and 2 ft deep. How many litres does it hold when"
                " full?"
            ),
            "36 ft³ = 1019.406477312 L",
        ),
        # set 109's questions
        ("How many hectares is a 30-acre field?", "12.1405692672 ha"),
        (
            "The ice suites hold at -5 °C all night. What's that in Fahrenheit, for US guests?",
            "-5 °C = 23 °F",
        ),
        # set 106's questions
        ("Convert 1.44 metric carats to grams.", "1.44 ct = 0.288 g"),
        (
            "The tippet is 0.15 mm in diameter. What is that in thousandths of an inch (thou)?",
            "5.90551 th",
        ),
        ("The course is one mile and 550 yards long. Express that in metres.", "2112.264 m"),
        ("What's 5 feet and 3 inches in cm?", "160.02 cm"),
        # set 105's questions
        ("A flat listed at 45 square metres: how many square feet would that be?", "484.376 ft²"),
        ("Job is at 165 feet of seawater. Convert that depth to metres.", "50.292 m"),
        (
            (
                "The lantern tour route is 2.4 miles end to end. How many kilometres do the"
                " guests walk?"
            ),
            "3.8624256 km",
        ),
        ("My contest log export is 3.5 MiB. How many bytes is that exactly?", "3670016 B"),
        (
            "The hut stands at 2,857 metres; our American guests want the altitude in feet.",
            "9373.36 ft",
        ),
        # a limit converts as the reading it is
        ("Keep it under 5 °C. What's that in Fahrenheit?", "5 °C = 41 °F"),
        # set 162: the answer asked to so many decimal places is shown rounded as well; the
        # pounds or inches said without their unit after stone or feet
        (
            (
                "the vault crown is 38 feet above the chapel floor according to the old survey. how"
                " many metres is that, to 2 decimal places"
            ),
            "38 ft = 11.5824 m ≈ 11.58 m",
        ),
        ("26.2 miles in km to 2 decimals?", "26.2 mi = 42.1648128 km ≈ 42.16 km"),
        ("convert 100 F to C to one decimal place", "≈ 37.7778 °C ≈ 37.8 °C"),
        ("convert 2 m to cm to 2 decimal places", "2 m = 200 cm"),
        ("twelve stone four in kilos", "12 stone + 4 lb = 78.01788764 kg"),
        ("I'm 5 foot 11 - what's that in centimetres", "5 ft + 11 in = 180.34 cm"),
        # set 163: a terse conversion restating the story's quantity; "speed limit of"; 5'11,
        ("the sump bottoms out 9 m down. 9 m in feet", "9 m ≈ 29.5276 ft"),
        ("speed limit of 72 km/h expressed in metres per second", "72 km/h = 20 m/s"),
        ("im 5'11, whats that in centimetres", "5 ft + 11 in = 180.34 cm"),
        # set 164: a reading and a device that shows only another unit, nothing asked; when a
        # reading was taken said after it
        ("tyre placard says 32 psi, the garage pump only does kPa", "32 psi ≈ 220.632 kPa"),
        # set 165: the unit wanted first, then the quantity after a comma
        ("airline wants the trumpet case weight in kg, it's 28 lb", "28 lb = 12.70058636 kg"),
        # set 167: a bare unit asked after a comma; "what's she in lb"
        ("chest freezer is set at -22 °C, fahrenheit?", "-22 °C = -7.6 °F"),
        ("a ferry doing 22 knots, km/h?", "22 kn (international) = 40.744 km/h"),
        ("number of seconds in a fortnight", "1 fortnight = 1209600 s"),
        (
            "the mare weighs 350 kg and the wormer dosing chart is in pounds, so what's she in lb",
            "350 kg ≈ 771.618 lb",
        ),
        (
            "a bale of quills weighs 45 kg and the buyer in New Jersey wants it in pounds",
            "45 kg ≈ 99.208 lb",
        ),
        ("my passport form wants cm, I'm 5 ft 9 in", "5 ft + 9 in = 175.26 cm"),
        ("the recipe says 180 °C but my oven only does Fahrenheit", "180 °C = 356 °F"),
        ("anemometer on the ridge averaged 7.5 m/s overnight, in km/h please", "7.5 m/s = 27 km/h"),
        # set 171: "and 8 inches" after "by 9 ft" is a third side, not 9 ft 8 in
        (
            "slab for a garage shelter is 12 ft by 9 ft and 8 inches thick. how many cubic metres",
            "124416 in³ = 2.038812954624 m³",
        ),
        ("one mile and 550 yards in metres", "1 mi + 550 yd = 2112.264 m"),
        # set 171: who asks, and how, after (or before) the quantity told
        (
            "my engine pushes the sampan at 6.5 knots flat out, a tourist asked what that is in km/h",
            "6.5 kn (international) = 12.038 km/h",
        ),
        (
            "reserve canopy is a 190 sq ft, the European customer wants the size in square metres",
            "190 ft² = 17.6515776 m²",
        ),
        (
            (
                "my grill runs at 260°C and the visitor's recipe is all in Fahrenheit. what temperature"
                " is that"
            ),
            "260 °C = 500 °F",
        ),
        ("the big bin holds 100 litres. a customer wants to know how many cubic feet", "100 L ≈"),
        ("the double-reed harmonium weighs 9.5 kg, the courier website wants pounds", "9.5 kg ≈"),
        (
            "The walk to Chikatsuyu is about 23.3 km. An American guest asked how far that is in miles",
            "23.3 km ≈ 14.4779 mi",
        ),
        ("buyer in Texas asks for the length in inches. the shawl is 228.6 cm long", "= 90 in"),
        # set 172: "but" before who wants it; "my weight"; a boat "under oars"
        (
            "I weigh in at 94 kg but the US promoter wants my weight in pounds for the poster",
            "94 kg ≈ 207.235 lb",
        ),
        (
            "we cruise under oars at a steady 6 knots, in km/h?",
            "6 kn (international) = 11.112 km/h",
        ),
        # set 173: a device "is in" another unit, then "— convert"; "the load weight"
        ("tyre says 32 psi but the garage gauge is in kPa — convert", "32 psi ≈ 220.632 kPa"),
        (
            "buyer from Singapore wants the load weight in pounds. the lorry has 2,350 kg of fruit",
            "2350 kg ≈ 5180.86 lb",
        ),
        # set 174
        (
            "casualty says he's 15 stone 2. I need kg for the dosing chart, what is it",
            "15 stone + 2 lb = 96.16158244 kg",
        ),
        (
            "Helideck wind is 38 knots but the limits card is in metres per second. Convert please.",
            "38 kn (international) ≈ 19.5489 m/s",
        ),
        (
            "the big dobsonian has a 254 mm mirror - how many inches of aperture is that",
            "254 mm = 10 in",
        ),
        (
            "The costume waist is 28 inches and wardrobe needs it in centimetres.",
            "28 in = 71.12 cm",
        ),
        # set 175
        (
            "collar data says the female covered 27.4 km in one night. how far is that in miles",
            "27.4 km ≈ 17.0256 mi",
        ),
        ("Dal Lake sits at 1,583 m. guests ask how high that is in feet", "1583 m ≈ 5193.57 ft"),
        ("a US buyer wants 500 lb of gari. how many kg do I bag", "500 lb = 226.796185 kg"),
        # set 176
        (
            "gas panel shows 4.2 bar over ambient and the diver's manual is in psi. how many psi",
            "4.2 bar ≈ 60.9158 psi",
        ),
        ("binding cane comes in 1,000 ft coils. how many metres in a coil", "1000 ft = 304.8 m"),
        # set 177: who asks, said first; "under 14s" is an age group
        (
            (
                "A French driver at my booth asked how long the bridge is in kilometres. It's 2.9 miles"
                " end to end."
            ),
            "2.9 mi = 4.6670976 km",
        ),
        (
            (
                "An American customer wants the weight of the amber necklace in ounces for customs. It"
                " weighs 142 g."
            ),
            "142 g ≈ 5.0089 oz",
        ),
        (
            "ocean swim leg for the under 14s is 400 m, the cousins in the States want it in yards",
            "400 m ≈ 437.445 yd",
        ),
        # set 178
        ("patient is 5 ft 4 in, height in cm for the diary", "5 ft + 4 in = 162.56 cm"),
        (
            "customer in Ohio asked for the rug's length in feet. it's 240 cm long",
            "240 cm ≈ 7.87402 ft",
        ),
        # set 179: asked first, of a thing named in two words
        (
            "American couple in the back asked how far the airport run is in miles. it's 16 km",
            "16 km ≈ 9.94194 mi",
        ),
        ("an American dealer asks the height of the oak armoire in inches. it's 2.1 m", "2.1 m ≈"),
        (
            "my American sponsor wants the crossing distance in statute miles - it's 69.5 km",
            "69.5 km ≈ 43.1853 mi",
        ),
        (
            (
                "the paper wants the panel 280 mm wide and my ruler is imperial. 280 mm is how many"
                " inches"
            ),
            "280 mm ≈ 11.0236 in",
        ),
        # quantities told one after another, their total asked in another unit (sets 171, 176)
        (
            "canoe is 42 lb, food pack 58 lb, gear pack 47 lb. total load in kg for the carry?",
            "42 lb + 58 lb + 47 lb = 66.67807839 kg",
        ),
        (
            (
                "iron is 1.6 kg and the board 7.5 kg. how many pounds am i hauling up the stack"
                " altogether"
            ),
            "1.6 kg + 7.5 kg ≈ 20.0621 lb",
        ),
        (
            "we walked 12.4 km, 9.8 km and 15 km. total distance in miles?",
            "12.4 km + 9.8 km + 15 km ≈ 23.115 mi",
        ),
        # ... or asked as what is carried, and "one … and the other" (sets 175, 176)
        (
            "the tent is 2.1 kg and the stove 0.4 kg, how many pounds am i carrying",
            "2.1 kg + 0.4 kg ≈ 5.51156 lb",
        ),
        ("my pack is 12 kg. how many pounds am i carrying", "12 kg ≈ 26.4555 lb"),
        (
            "at the weigh-in one pup was 2 st 1 lb and the other 2 st 4 lb. combined weight in kg?",
            "2 stone + 1 lb + 2 stone + 4 lb = 27.66913457 kg",
        ),
        # set 177: a rectangle's area asked other ways
        ("a 9 by 12 foot rug is how many square metres", "108 ft² = 10.03352832 m²"),
        (
            (
                "The reading room is 24 ft by 15 ft and the carpet tile quote is per square metre."
                " What's the floor area in m²?"
            ),
            "360 ft² = 33.4450944 m²",
        ),
        (
            (
                "The tent's stage is 30 ft by 20 ft and the promoter wants the area in square metres."
                " What is it?"
            ),
            "600 ft² = 55.741824 m²",
        ),
        # set 176-177 misses: a size said in the thing's name, a label beside an area, a sign's
        # words in quotes, who asked, "down", and a trailing "exactly"
        ("a 25-knot catamaran does how many km per hour", "25 kn (international) = 46.3 km/h"),
        ("our 40-watt heater is how many kilowatts", "40 W = 0.04 kW"),
        (
            "the stage in studio 4 is 12 m by 9 m. the crew keep asking how many square feet that is",
            "108 m² ≈ 1162.5 ft²",
        ),
        (
            "a hiker read the post 'summit 3 miles' and asked me how many km that is. what do I say",
            "3 mi = 4.828032 km",
        ),
        ("the wreck lies at 180 feet, how many metres down is that", "180 ft = 54.864 m"),
        ("at 90 feet, how many metres down are we", "90 ft = 27.432 m"),
        ("how long is a twenty-foot container in metres. exactly, please", "20 ft = 6.096 m"),
        # set 180 misses: "a day" in the unit asked, what the answer is for, a label "pit 3",
        # who keeps asking, "give me it in", and a weight asked before it is told
        (
            "the spring gives 12 litres a second, how many cubic metres a day is that",
            "= 1036.8 m³/d",
        ),
        ("54 km/h is how many m/s, roughly for a maths worksheet", "54 km/h = 15 m/s"),
        ("the ruby from pit 2 weighs 3.5 carats, what's that in grams", "3.5 ct = 0.7 g"),
        (
            "it's 35 °C on the quay and the visitors keep asking what that is in Fahrenheit.",
            "35 °C = 95 °F",
        ),
        ("the hill climb is 5.5 miles, give me it in kilometres", "5.5 mi = 8.851392 km"),
        (
            "the buyer asked what my biggest marrow weighed in pounds. it was 9 kg",
            "9 kg ≈ 19.8416 lb",
        ),
        # two quantities told in two units, the gap between them (or their sum) asked (sets 176, 181)
        (
            "the gutter is 30 feet up and my ladder only reaches 8 metres. how many centimetres short is it",
            "30 ft - 8 m = 114.4 cm",
        ),
        ("the sofa is 210 cm long and the wall is 7 ft 2 in. how many cm to spare", "= 8.44 cm"),
        (
            (
                "the narrowboat's chimney is 8 feet and the tunnel clearance is 1.9 m. by how many metres"
                " does the chimney have to come down"
            ),
            "8 ft - 1.9 m = 0.5384 m",
        ),
        (
            "the limit is 12 inches and our one measures 33 cm. how many cm too long is it?",
            "= 2.52 cm",
        ),
        (
            (
                "the cliff is 1,200 ft above the sea and the lighthouse adds another 20 m. how high is the"
                " lamp above the sea, in metres"
            ),
            "1200 ft + 20 m = 385.76 m",
        ),
        # set 181: "asked for" a unit, a size asked before it is told, "N in = ? cm" after a story
        ("the spire is 40 metres high, a visiting american asked for feet", "40 m ≈ 131.234 ft"),
        (
            "a visitor asked how big the walled garden is in square feet. it's 600 m²",
            "600 m² ≈ 6458.35 ft²",
        ),
        ("client wants a 32 inch blind, our rails are in cm. 32 in = ? cm", "32 in = 81.28 cm"),
        # so many things of one size, their total asked in another unit (sets 175, 182)
        ("Nine storeys at 3.2 m each. How tall is the block in feet?", "28.8 m ≈ 94.4882 ft"),
        (
            "the kettlebells are 16 kg each and I carry 2. total weight in pounds?",
            "32 kg ≈ 70.5479 lb",
        ),
        (
            "we stacked 400 bags of 25 kg on the pallets. how many pounds is that altogether",
            "10000 kg",
        ),
        ("1.5 kg tin of paint = how many ounces", "1.5 kg ≈ 52.9109 oz"),
        ("three bags of 4 lb each. total in kg?", "12 lb = 5.44310844 kg"),  # (not 3 lb + 4 lb)
        (
            "running 2.1 bar in the rear tyre. what's that in psi on my track pump",
            "2.1 bar ≈ 30.4579 psi",
        ),
        # set 184: "N and 5/8 inches", where a height was measured, one of the things told
        ("the longest pipe is 31 and 3/8 inches, how many mm", "31.375 in = 796.925 mm"),
        ("the collie is 22 inches at the shoulder, in cm", "22 in = 55.88 cm"),
        (
            "a tatami mat is 180 cm by 90 cm, how many square feet is one mat",
            "16200 cm² ≈ 17.4375 ft²",
        ),
        # set 185: a unit's standard size said as "a fathom being 6 feet", a three-toed sloth
        (
            "the anchor chain is 15 fathoms. a fathom being 6 feet, how many metres is that",
            "15 fathom = 27.432 m",
        ),
        (
            "a two-toed sloth manages 0.18 km/h. how many metres per minute is that",
            "0.18 km/h = 3 m/min",
        ),
        # set 186: a unit asked "per hour" alone, an area asked bare after its sides or "asks for
        # the area in", where a reading was taken, a road named by its number
        ("the sign says 70 mph — kilometres per hour?", "70 mph = 112.65408 km/h"),
        ("our shed floor is 3 m x 2.5 m, in sq ft?", "7.5 m² ≈ 80.7293 ft²"),
        (
            "my mural is 5 m by 3 m and the council form asks for the area in square feet",
            "15 m² ≈ 161.459 ft²",
        ),
        ("forecast says gusts of 80 km/h on the moor, in knots?", "80 km/h ≈ 43.1965 kn"),
        ("Highway 1 is 1,055 km long. how many miles is that", "1055 km ≈ 655.547 mi"),
        (
            "Our hall is 1,800 sq ft and the architect in Leeds needs it in square metres.",
            "1800 ft² = 167.225472 m²",
        ),
        (
            "the staff is 5 ft 4 in long, in centimetres?",
            "5 ft + 4 in = 162.56 cm",
        ),  # (set 188: the last "in")
        # set 188: so much per thing and so many things
        (
            "3 lb of rub per shoulder and we're smoking 8 shoulders - how many kg of rub is that",
            "24 lb = 10.88621688 kg",
        ),
    ],
)
def test_phrasing_families_and_unit_forms(text: str, shown: str) -> None:
    call = units.parse(text, CTX)
    assert call is not None, text
    result = units.run(call, CTX)
    assert result.ok and shown in result.output, result.output


@pytest.mark.parametrize(
    "text",
    [
        "In my opinion, 5 kg is too heavy for a carry-on.",
        "a month in hour gallons to kph",  # a chain must keep one dimension
        "5 in 3 ft to cm",  # a mixed quantity goes from the largest unit down
        "How many days in a decade?",  # 3652 or 3653: leap days vary
        'What is "5" in mm?',  # a quoted number, not inches
        "Score was 21-14 — how many points is that?",
        "I walked 5 km and 3 miles — how many km?",  # which quantity is "that"?
        "What's a 2 inch pipe in mm?",  # a nominal pipe size, not its diameter
        "How many mm is a 2 inch pipe?",
        "A 2 inch pipe is how many mm?",
        "What's a 10 km run in minutes?",  # another kind of unit: a pace is needed
        "What's 3 inches and 2 feet in cm?",  # not a mixed quantity: its smaller unit first
        "HOW MANY KW IS 5 MW?",  # shouted "MW": megawatts or milliwatts?
        "3 miles nautical in km?",  # the word after the unit says which mile
        "The shelf is 5 foot 10 cm deep. How many inches?",  # two systems in one quantity: a slip
        "5 km run in minutes?",
        "My can holds 12 litres — how many ml of feed?",  # of something other than the 12 L
        "How many months have 28 days?",  # the riddle (all twelve), not a conversion
        "In 1500 metres and 3 km, how many miles is that?",  # 1500 is a distance, not a year
        "My teacher asks to convert 20 kg to pounds and to explain why.",
        "How much is 3 ounces?",  # no unit asked
        # a told quantity that is not what is asked, or two of them, or a worked story
        "I got 7 hours of sleep for the first time in weeks",
        "I walked 5 km and then 3 km; how many miles is that?",
        "The room is 4 m long; how many metres of skirting do I need?",
        "Each bag weighs 20 kg and I have 3. How many pounds?",  # one bag's, or all three?
        "My bag was 23 kg and the limit is 20 kg. How many pounds is that?",  # two of one kind
        "I had 5 litres and 2 litres are left. How many pints is that?",
        "What's the actual outside diameter of 3/4 inch copper pipe in mm?",
        # two units named for the reading, or none
        "The dial says 180 °C but my thermometers do Fahrenheit and Kelvin. What should it read?",
        "The dial says 180 °C. What should it read?",
        "The kiln is at 1,222 °C. What do I program it to?",
        # a note's label that qualifies its quantity or does something with it
        "US 5 gallons -> litres",
        "roughly 5 km -> miles",
        "the frequency plus 600 kHz -> MHz",
        # a bare number without a dial said to show only one unit, or two bare numbers
        "My speedo shows mph and I was doing 70. What's that in km/h?",
        "My speedo only shows mph and I was doing 70 and then 50. What's that in km/h?",
        "The scarf is 64 inches and the hat 22 inches. that's how many cm?",
        # a thing the story never tells; "each" of several; a total of them
        "The kiln reached 2232 °F. What's the peak in Celsius?",
        "The planks are 12 feet long each and I have 8. How many metres is that?",
        "The planks are 12 feet long each. How many metres is that in total?",
        # two quantities of the kind asked and the thing asked about named for both; a box
        "The van is 2.3 m and the van roof box is 40 cm. How high is the van in metres?",
        "The minibus route is 46 km. How many miles each way?",
        # a box half full; sides in two units; a volume asked in a unit of area
        "The tank is 48 in long, 18 in deep and 20 in high, and half full. What's its volume in litres?",
        "Box is 2 ft by 30 cm by 1 ft. What's the volume in cubic metres?",
        "The room is 4 m by 3 m by 2.5 m. What's the volume in square metres?",
        "The box is 1.2 m wide and 2.1 m tall and 3 m deep. What's its area in square feet?",
        # an area with a border, two rectangles, two units, or asked in a length
        "The marquee is 40 ft by 60 ft with a 3 ft path around it. What's the floor area in m2?",
        (
            "The marquee is 40 ft by 60 ft and the dance floor is 12 ft by 12 ft. What's the floor"
            " area in square metres?"
        ),
        "The marquee is 40 ft by 60 m. What's the floor area in square metres?",
        # gallons, pints and mpg written beside "litres": the imperial ones, unless US is named
        "My water butt holds 45 gallons, how many litres is that?",
        "What's 35 mpg in litres per 100 km?",
        "How many pints is 2 litres of milk?",
        "If I add 4100 mL to 17344 tbsp how many litres do I have?",
        # a temperature told as a rise: a difference, not a reading
        "A temperature rise of 15 °C corresponds to a rise of how many °F?",
        # more asked than the area
        "The floor is 40 ft by 25 ft. How many square metres of tiles do I need with 10% spare?",
        # three sides (a volume's), or two said the same way
        "The pond is 4 m long and 3 m wide and 1 m deep. What's the area in square feet?",
        "The pond is 4 m long and 3 m long. What's the area in square feet?",
        "The marquee is 40 ft by 60 ft. What's the floor area in metres?",
        # the thing asked about is not the one weighed; both ways asked
        "The safe weighs 180 lb and the stair climber is rated in kg. How heavy is the stair climber in kg?",
        "The airport run is 27 miles each way. How many km is the round trip?",
        # two distances; a distance said rounded
        "The paper round is 7.4 miles and the bus route is 3 miles. Need it in km for the route app.",
        "The distance is 7.4 miles, rounded to the nearest mile. What's that in km?",
        # two units wanted; a dial in one unit and the reading asked of another
        "Client in the US wants mph and my boss wants km/h. I averaged 28 km/h. What's that?",
        # a word after the quantity that changes it: the halves may be asked
        "I cut 5 m in half. What is that in feet?",
        "We doubled 3 kg. How many pounds is that?",
        "Half of the 21.0975 km is run. What's that in miles?",
        "The tyre is at 2.4 bar. What size is that?",  # "size" is no unit
        # more told after a run-on quantity than how it is measured
        "The baseboard is 8 ft long and heavy, in metres?",
        "The board is 8 ft long for sure, in metres?",
        # a bare word after a quantity that is no unit, two areas and one unit asked
        "I ran 5 km on Sunday. Right?",
        "It weighs 5 kg; ok?",
        "The room is 5 m by 4 m and the hall 3 m by 2 m. Square feet?",
        # a metric side beside an imperial one; two depths; a depth that is not the floor's
        "A room is 4 m by 12 ft. What's the floor area in square feet?",
        "The slab is 6 m by 4 m by 100 mm and 20 mm deep. How many cubic metres?",
        "The pit is 3 m by 2 m, 1.5 m deep and 2 m deep at the end. How many cubic metres?",
        # "how many?" with no unit wanted, or of a count
        "The bag is 23 kg. How many?",
        "It weighs 23 kg and we have 4 of them. How many?",
        # what someone wants that is no unit; two quantities reported
        "The bag is 23 kg, my son wants pizza",
        "Customer asks what 5 kg and 3 kg is in pounds.",
        # a quantity the text gives, asked for in its own unit: no conversion (a baker's
        # percentage, set 66's one wrong answer)
        "Our dough is 62% water by weight of flour. For 2,500 g of flour, how many grams of water?",
        "For 2,500 g of flour, how many grams?",
        # a year named first is no unit
        "In 2020, how many km did I run?",
        # a volume sized thing asked in grams (a density), a second size in the thing
        "grams in a 500 ml jar",
        "square feet in a 20 m² room with a 2 m bay",
        # pounds for a thing: money or weight?
        "Pounds for a 14 kg turkey?",
        "Litres of paint for a 20 m² wall?",
        # silver is weighed in troy ounces: which ounce, on old kitchen scales?
        "A silver salver weighs 3 lb 4 oz on my old scales. How many grams is that?",
        # the other scale's reading of a changed temperature, another place's, another time's
        "The lounge is 21°C, 3 degrees warmer than the hall. What's that on a Fahrenheit thermostat?",
        "It's 21°C in London. What would a Fahrenheit thermometer in New York read?",
        "The recipe says 180 °C for 40 minutes but my oven only shows Fahrenheit. What setting is that?",
        "My oven shows Fahrenheit. It was 180 °C yesterday; what would the oven dial read tomorrow?",
        # the total area of more than one thing measured
        "Deck is 42 m by 9.5 m and the porch 3 m by 2 m. Total area in square feet?",
        # a distance shared between people; a room with a border
        "We walked 9.5 miles between us. In kilometres, how far is it?",
        "How big is a room of 3.6 m by 2.7 m with a 1 m border in square feet?",
        # ounces of a liquid: fluid or weight?
        "Convert 6 ounces of vanilla extract to grams.",
        "How many grams is 4 oz of olive oil?",
        # a mile told at sea: statute or nautical?
        "The cable ship steamed 340 miles out to the fault. How many km is that?",
        "The yacht sailed 120 miles. How many km?",
        "Our dive support vessel steamed 140 km out to the platform. How many miles is that?",
        # a sum of quantities of different kinds: pencil grades, salaries, paper sizes
        "What's 4H minus 2B?",
        "What's 2.5m minus 340k?",
        "What is 1F plus 2A?",
        # the quantity asked again is not the one the story told, or the story works on it
        "We pumped 900 cubic feet out - how many litres is 1,200 cubic feet?",
        "We pumped 1,200 cubic feet out twice - how many litres is 1,200 cubic feet?",
        # a unit defined, not a quantity told
        "The chase is 2 miles 4 furlongs. Taking a furlong as 220 yards, how many metres is the trip?",
        "Taking a furlong as 220 yards, how many metres is the trip?",
        # "of ribbon" down both sides, "of feed" in a can of water: not the quantity told
        (
            "The church aisle is 82 feet long and I'm running ribbon down both sides. How many"
            " metres of ribbon is that?"
        ),
        "We have 3 drums of 205 litres each. How many cubic feet is one drum?",
        # two quantities, or a price per unit worked on the quantity
        "A parcel weighs 2.8 kg and the box 0.4 kg; the form only takes pounds. What do I enter?",
        "The lawn is 46 square metres and turf is £4 per square foot. What figure goes in?",
        # "is my <thing>" of a thing the story does not tell the size of
        "My van is 23 feet long. How many metres is my car?",
        "The bolt is 60 inches wide. How many cm wide is the roll?",
        # a mile at sea: a car ferry is no road
        "The car ferry crossing is 120 km. How many miles is that?",
        # a temperature against another: a difference, not a reading
        "It was 10 °C below freezing. What is that in Fahrenheit?",
        "What is 5 °C above room temperature in Fahrenheit?",
        "It's 5 degrees warmer than yesterday. In Fahrenheit?",
        "The chamber holds 4 °C below ambient. In Fahrenheit?",
        # ounces of gold are troy ounces, whatever the avoirdupois said of the pounds
        "what's 2 avoirdupois pounds of gold in troy ounces?",
        # a rate told, and the time it runs: not the rate's volume alone (the calculator's)
        "A pump runs at 125 millilitres per hour for 18 hours. How many litres is that?",
        "How many minutes is 4 hours and 2 days?",  # (the smaller unit first: two quantities?)
        # (set 134: answered 8 US fl oz) ounces of a dry thing are weighed: a density is needed
        "How many ounces is a cup of flour?",
        "How many oz is 2 cups of sugar?",
        # a unit asked that has no one size; two tanks filled
        "Pour 2.5 litres. How many cups?",
        "How many litres of water fill a tank of 8 cubic feet and a pond of 3 cubic feet?",
        # a setting that is no unit: the oven's dial is the model's to read
        "What oven setting is 180 C?",
        "The oven says 180 C. What gas mark setting is that?",
        # a unit given a size of the asker's own, in brackets or in a clause first
        "The leg is 31 nautical miles. Taking 1 nautical mile as 1,800 m, how many km is that?",
        "Gusts hit 30 knots (1 knot = 2 km/h). What's that in km/h?",
        "The course is 10 miles (1 mile = 1.6 km). How many km is that?",
        # (set 142: answered 5 ft = 152.4 cm) a quantity said only roughly
        "Convert my height of six foot something into centimetres.",
        "It's a 30-odd mile ride. How many km is that?",
        "The tank holds 40ish litres. How many millilitres?",
        "Put 26.2 miles into the log.",  # (where it goes, not a unit)
        # (set 153: answered 2.3 m·ft = 0.70104 m²) two lengths side by side are no product
        (
            "The mains'l is a right-angled triangle with a 4.6 m luff and a 2.3 m foot. What's its"
            " area in square metres?"
        ),
        "What is 2.3 m foot in square metres?",
        "Each tile is 30 cm by 30 cm and I need 40. Area in square metres?",  # (each of 40)
        "I bought 3 kg, right?",  # (a word after a comma that is no unit)
        # a quantity said of each one of something else (set 168: answered 60 lb in tonnes)
        (
            "Truck just dumped 1,150 bushels of wheat, figuring 60 lb to the bushel. How many"
            " metric tonnes is that?"
        ),
        # a rate of the asked unit works on the weight (the calculator's: 18.4 × 15)
        "The child weighs 18.4 kg and the dose is 15 mg/kg. How many mg?",
        # a quantity worked on after it is told, whoever asks (set 171's readers)
        "he doubled the 6 km run, a friend asked what that is in miles",
        "a sack is 25 kg. how many pounds is a bag?",  # (a thing the story never told)
        "I have 3 kids and 42 lb of luggage. total in kg?",  # (a number that is no weight)
        "iron is 1.6 kg and the board is about 7.5 kg. total in pounds?",  # (roughly)
        "my client wants it in pounds. the parcel weighs 3 kg and the box another 2 kg",
        # quoted words that are no quantity's, and a label beside two sizes
        "the signs said 'max 30 mph' and 'min 10 mph'. km/h?",
        "the tent is 2.1 kg and i carry it twice, how many pounds am i carrying",
        "one bag is 5 kg and the other two are 3 kg. total in lb",
        "It's -31 °C out on the lake and 4 of us keep asking what that is in Fahrenheit.",
        "how many feet is 12 m for a friend",
        # a gap between temperatures, a gap with no gap asked, a third number, a sum never told
        "it was 20 °C at noon and 68 °F at night. how many degrees colder",
        "the tree is 12 m and grows 30 cm each year. by how many metres does it grow",
        "the desk is 160 cm, the alcove 5 ft 4 in and the skirting 2 cm. how many cm to spare",
        "the cliff is 1,200 ft and the lighthouse is 20 m. how high is the lamp, in metres",
        "client wants a 30 inch blind. 28 in = ? cm",  # (another number told before it)
        "how heavy is the stair climber in kg? the safe is 300 lb",
        "Nine storeys at 3.2 m each and a 2 m roof. How tall is the block in feet?",
        "7 floors at 3 flats each. how many m is that altogether",
        "the kettlebells are 16 kg each and I carry 2 twice. total weight in pounds?",
        "a sheet is 2 m by 1 m. how many square feet is one bundle",
        "3 lb of rub per shoulder and we're smoking 8 racks - how many kg of rub is that",
        "the anchor chain is 15 fathoms. a fathom being 5 feet, how many metres is that",
        "studio 4 is 12 m by 9 m and studio 5 is 10 m by 8 m. how many square feet is that",
    ],
)
def test_new_frames_still_abstain(text: str) -> None:
    assert units.parse(text, CTX) is None


@pytest.mark.parametrize(
    "text, shown",
    [
        ("convert 3000 rpm to rad/s", "3000 rpm ≈ 314.159 rad/s"),
        ("what is 90 degrees in radians", "90 deg ≈ 1.5708 rad"),
        # "per cycle" is per one use, not per turn of an angle: the energy of one cycle
        (
            "The new washing machine uses 0.75 kWh per cycle. How many MJ is that?",
            "0.75 kWh = 2.7 MJ",
        ),
    ],
)
def test_a_quantity_per_turn_converts_only_to_one_per_turn(text: str, shown: str) -> None:
    call = units.parse(text, CTX)
    assert call is not None
    assert units.run(call, CTX).output == shown
