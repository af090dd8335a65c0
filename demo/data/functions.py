"""Declared functions for tool-calling samples: plausible JSON-schema tools, requests that need
them, arguments that satisfy the schema, a generated result and an answer that uses it; plus
built-in python calls whose output is computed by running the (generated) code.

`validate(schema, args)` is the small JSON-schema check (types, enums, required, no extras) the
evaluation uses to grade calls; it covers exactly the keywords these schemas use.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

CITIES = (
    "Paris",
    "Tokyo",
    "Berlin",
    "Lima",
    "Cairo",
    "Oslo",
    "Madrid",
    "Toronto",
    "Sydney",
    "Rome",
    "Seoul",
    "Dublin",
    "Nairobi",
    "Austin",
    "Lisbon",
    "Prague",
)
CURRENCIES = ("USD", "EUR", "JPY", "GBP", "CHF", "CAD")
SYMBOLS = ("AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "GOOG", "IBM", "ORCL")
LANGS = ("French", "German", "Spanish", "Italian", "Japanese")
WORDS = ("hello", "thank you", "good night", "water", "friend", "book", "house", "cat")
ITEMS = ("running shoes", "a desk lamp", "headphones", "a coffee mug", "a backpack", "a keyboard")
NAMES = ("alice", "bob", "carol", "dave", "erin", "frank")


@dataclass(frozen=True)
class Function:
    name: str
    description: str
    parameters: dict
    make: Callable[[random.Random], tuple[str, dict, str, str]]  # -> ask, args, result, answer

    def tool(self) -> dict:
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.parameters,
            },
        }


def _obj(props: dict, required: list[str]) -> dict:
    return {"type": "object", "properties": props, "required": required}


def _weather(rng):
    city, unit = rng.choice(CITIES), rng.choice(("celsius", "fahrenheit"))
    temp = rng.randint(-5, 35) if unit == "celsius" else rng.randint(25, 95)
    sky = rng.choice(("sunny", "cloudy", "rainy", "windy"))
    ask = rng.choice(
        (
            f"What's the weather in {city} in {unit}?",
            f"How warm is it in {city}? Use {unit}.",
            f"Check the current weather for {city} ({unit}).",
        )
    )
    res = json.dumps({"city": city, "temperature": temp, "unit": unit, "conditions": sky})
    mark = "°C" if unit == "celsius" else "°F"
    return ask, {"city": city, "unit": unit}, res, f"It is {temp}{mark} and {sky} in {city}."


def _currency(rng):
    a, b = rng.sample(CURRENCIES, 2)
    amount = rng.choice((5, 10, 20, 50, 100, 250, 1000))
    rate = round(rng.uniform(0.5, 1.5), 2)
    ask = rng.choice((f"Convert {amount} {a} to {b}.", f"How much is {amount} {a} in {b}?"))
    res = json.dumps({"amount": round(amount * rate, 2), "currency": b, "rate": rate})
    return (
        ask,
        {"amount": amount, "from": a, "to": b},
        res,
        (f"{amount} {a} is {round(amount * rate, 2)} {b} (rate {rate})."),
    )


def _stock(rng):
    s = rng.choice(SYMBOLS)
    price = round(rng.uniform(20, 900), 2)
    ask = rng.choice((f"What is the stock price of {s}?", f"Get me the latest quote for {s}."))
    return ask, {"symbol": s}, json.dumps({"symbol": s, "price": price}), f"{s} trades at ${price}."


def _timer(rng):
    m = rng.randint(1, 90)
    label = rng.choice(("tea", "pasta", "laundry", "break", "workout"))
    ask = rng.choice(
        (f"Set a timer for {m} minutes for the {label}.", f"Start a {m} minute {label} timer.")
    )
    res = json.dumps({"ok": True, "timer_id": rng.randint(100, 999)})
    return ask, {"minutes": m, "label": label}, res, f"Your {label} timer is set for {m} minutes."


def _translate(rng):
    w, lang = rng.choice(WORDS), rng.choice(LANGS)
    ask = rng.choice((f'Translate "{w}" into {lang}.', f'How do you say "{w}" in {lang}?'))
    out = f"[{lang} for {w}]"
    res = json.dumps({"translation": out})
    return ask, {"text": w, "target_language": lang}, res, f'In {lang}, "{w}" is {out}.'


def _products(rng):
    item, n = rng.choice(ITEMS), rng.randint(1, 5)
    ask = rng.choice(
        (f"Search the store for {item}, show {n} results.", f"Find {n} offers for {item}.")
    )
    found = [{"name": f"{item} model {i + 1}", "price": rng.randint(5, 200)} for i in range(n)]
    cheapest = min(found, key=lambda f: f["price"])
    return (
        ask,
        {"query": item, "max_results": n},
        json.dumps({"results": found}),
        (f"I found {n} result(s); the cheapest is {cheapest['name']} at ${cheapest['price']}."),
    )


def _email(rng):
    who, topic = rng.choice(NAMES), rng.choice(("the meeting", "lunch", "the report", "a trip"))
    ask = f"Send an email to {who}@example.com about {topic}."
    args = {
        "to": f"{who}@example.com",
        "subject": topic.capitalize(),
        "body": f"Hi, about {topic}.",
    }
    return ask, args, json.dumps({"status": "sent"}), f"The email to {who}@example.com was sent."


def _table(rng):
    people, hour = rng.randint(1, 8), rng.randint(17, 22)
    place = rng.choice(("Luigi's", "Sakura", "The Oak", "Casa Verde"))
    ask = f"Book a table for {people} at {place} at {hour}:00."
    args = {"restaurant": place, "people": people, "time": f"{hour}:00"}
    res = json.dumps({"confirmed": True, "booking": f"B{rng.randint(1000, 9999)}"})
    return ask, args, res, f"Booked a table for {people} at {place} at {hour}:00."


STRING, INT, NUM = {"type": "string"}, {"type": "integer"}, {"type": "number"}
FUNCTIONS = (
    Function(
        "get_weather",
        "Get the current weather for a city.",
        _obj(
            {
                "city": {**STRING, "description": "City name"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            ["city"],
        ),
        _weather,
    ),
    Function(
        "convert_currency",
        "Convert an amount between currencies.",
        _obj(
            {
                "amount": NUM,
                "from": {"type": "string", "enum": list(CURRENCIES)},
                "to": {"type": "string", "enum": list(CURRENCIES)},
            },
            ["amount", "from", "to"],
        ),
        _currency,
    ),
    Function(
        "get_stock_price",
        "Latest price of a stock by ticker symbol.",
        _obj({"symbol": STRING}, ["symbol"]),
        _stock,
    ),
    Function(
        "set_timer",
        "Start a countdown timer.",
        _obj({"minutes": INT, "label": STRING}, ["minutes"]),
        _timer,
    ),
    Function(
        "translate",
        "Translate text into another language.",
        _obj(
            {"text": STRING, "target_language": {"type": "string", "enum": list(LANGS)}},
            ["text", "target_language"],
        ),
        _translate,
    ),
    Function(
        "search_products",
        "Search the product catalog.",
        _obj({"query": STRING, "max_results": INT}, ["query"]),
        _products,
    ),
    Function(
        "send_email",
        "Send an email.",
        _obj({"to": STRING, "subject": STRING, "body": STRING}, ["to", "subject", "body"]),
        _email,
    ),
    Function(
        "book_table",
        "Reserve a restaurant table.",
        _obj(
            {"restaurant": STRING, "people": INT, "time": {**STRING, "description": "HH:MM"}},
            ["restaurant", "people", "time"],
        ),
        _table,
    ),
)
BY_NAME = {f.name: f for f in FUNCTIONS}

_TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
}


def validate(schema: dict, args: Any) -> bool:
    """True when `args` is an object matching `schema` (types, enums, required, no extras)."""
    if not isinstance(args, dict):
        return False
    props = schema.get("properties", {})
    if any(k not in args for k in schema.get("required", [])) or any(k not in props for k in args):
        return False
    for key, value in args.items():
        spec = props[key]
        want = _TYPES.get(spec.get("type"), object)
        if isinstance(value, bool) and spec.get("type") != "boolean":
            return False
        if not isinstance(value, want) or ("enum" in spec and value not in spec["enum"]):
            return False
    return True


def python_task(rng: random.Random) -> tuple[str, str, str, str]:
    """(request, code, output, answer) for the built-in python tool; output comes from running
    the generated code."""
    kind = rng.choice(("mul", "pow", "sumsq", "sort", "len"))
    if kind == "mul":
        a, b = rng.randint(100, 999), rng.randint(100, 999)
        ask, code = f"Use python to compute {a} * {b}.", f"print({a} * {b})"
    elif kind == "pow":
        a, b = rng.randint(2, 9), rng.randint(5, 20)
        ask, code = f"Use python to calculate {a} to the power of {b}.", f"print({a} ** {b})"
    elif kind == "sumsq":
        n = rng.randint(5, 100)
        ask = f"With python, find the sum of the squares from 1 to {n}."
        code = f"print(sum(i * i for i in range(1, {n + 1})))"
    elif kind == "sort":
        xs = rng.sample(range(1, 100), rng.randint(4, 7))
        ask, code = f"Run python to sort {xs}.", f"print(sorted({xs}))"
    else:
        w = rng.choice(("supercalifragilistic", "mixture", "experts", "harmony", "tokenizer"))
        ask, code = f'Use python to count the letters in "{w}".', f'print(len("{w}"))'
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(code, "<demo>", "exec"), {})  # noqa: S102 - our own generated one-liners
    out = buf.getvalue().strip()
    return ask, code, out, f"The result is {out}."
