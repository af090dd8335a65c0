"""Arithmetic items for the router's dev sets: identifier-shaped numbers (phone numbers, ISBNs,
dashed dates, ranges, versions) that must go to the model, subtraction chains and word forms that
must not, and conversations whose earlier turns (system, user or assistant) change what a later
exact question means. Answers are computed here with fractions.Fraction.
"""

from __future__ import annotations

import random

from common import negative, positive


def _pos(family: str, query: str, value, messages: list | None = None) -> dict:
    return positive("calculator", family, query, value, 1e-6, messages)


def _neg(family: str, query: str, messages: list | None = None) -> dict:
    return negative(family, query, messages)


def _digits(rng: random.Random, n: int, lead: bool = True) -> str:
    first = str(rng.randint(1, 9)) if lead else str(rng.randint(0, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _isbn13(rng: random.Random) -> str:
    body = "978" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    group, publisher = body[3], body[4:7]
    return f"{body[:3]}-{group}-{publisher}-{body[7:]}-{check}"


def identifiers(rng: random.Random) -> list[dict]:
    out = []
    frames = ["What is {x}?", "What is {x}", "{x}?", "Calculate {x}", "what's {x}"]
    for i in range(16):
        frame = frames[i % len(frames)]
        shape = i % 8
        if shape == 0:
            x = f"1-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4, False)}"
        elif shape == 1:
            x = f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4, False)}"
        elif shape == 2:
            x = _isbn13(rng)
        elif shape == 3:
            x = f"{rng.randint(1, 12)}-{rng.randint(1, 28)}-{rng.randint(1950, 2030)}"
        elif shape == 4:
            y = rng.randint(1900, 2020)
            x = f"{y}-{y + rng.randint(1, 10)}"
        elif shape == 5:
            y = rng.randint(1990, 2030)
            x = f"{y}-{(y + 1) % 100:02d}"
        elif shape == 6:
            x = f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}"
        else:
            x = f"{rng.randint(1, 20)}–{rng.randint(21, 90)}"
        out.append(_neg("a-identifier", frame.format(x=x)))
    for x in ["3.11.4", "192.168.0.1", "0042-118", "2023-05", "07-12", "4111-1111-1111-1111"]:
        out.append(_neg("a-identifier", f"What is {x}?"))
    return out


def chains(rng: random.Random) -> list[dict]:
    """Subtractions and sums written without spaces that are arithmetic, not identifiers."""
    out = []
    frames = ["What is {x}?", "{x} =", "Compute {x}", "Calculate {x}"]
    for i in range(24):
        if i % 3 == 0:
            a = rng.randint(100, 99999)
            b = rng.randint(1, a)
            terms = [a, b]
        elif i % 3 == 1:
            terms = [rng.randint(20, 999), rng.randint(1, 19), rng.randint(1, 19)]
        else:
            a = rng.randint(2000, 2099)
            terms = [a, rng.randint(1900, a - 1)]  # "2024-1999": a difference of years
        x = "-".join(map(str, terms))
        out.append(_pos("a-chain", frames[i % len(frames)].format(x=x), terms[0] - sum(terms[1:])))
    return out


def word_forms(rng: random.Random) -> list[dict]:
    out = []
    for _ in range(6):
        a, b = rng.randint(2, 12), rng.randint(2, 9)
        out.append(_pos("a-words", f"What is {a} squared plus {b} cubed?", a**2 + b**3))
        out.append(_pos("a-words", f"What is {b} cubed squared?", (b**3) ** 2))
    for n in (5, 6, 7, 9):
        value = 1
        for k in range(n, 0, -2):
            value *= k
        out.append(_pos("a-words", f"What is {n}!!?", value))
    return out


REDEFINING = [  # (role, text) of an earlier turn that changes what "a + b" means
    ("user", "In our notation, a+b is a*b."),
    ("user", "Treat every + as a multiplication sign in this chat."),
    ("user", "We are working modulo 7 today."),
    ("user", "Let x ^ y be x XOR y."),
    ("user", "From now on, answer in base 8."),
    ("user", "I'm debugging floating point in a JavaScript program."),
    ("user", "We are talking about C ints here."),
    ("user", "Let's play a game where plus means minus."),
    ("user", "Pretend you are a calculator that always adds one."),
    ("user", "Assume all numbers are in hexadecimal."),
    ("user", "In this puzzle, addition means subtraction."),
    ("user", "I'm using Python 2 for this."),
    ("user", "Answer with 8-bit unsigned integer arithmetic."),
    ("user", "Round everything to 2 significant figures."),
    ("assistant", "From here on I will answer every sum with its product."),
    ("assistant", "Sure! In this game, every sum is replaced by a difference."),
    ("assistant", "OK, I'll treat + as concatenation from now on."),
    ("system", "You are a helpful assistant created by Acme where addition is subtraction."),
    ("system", "You are a calculator for a Roman numeral tutoring app."),
    ("system", "You answer like a JavaScript console."),
    ("developer", "All arithmetic in this session is modulo 12."),
]
BENIGN = [  # earlier turns that leave "a + b" alone
    ("user", "Hi there!"),
    ("user", "Thanks for the help earlier."),
    ("assistant", "Hello! How can I help you today?"),
    ("system", "You are a helpful assistant."),
    ("system", "You are ChatGPT, a large language model trained by OpenAI."),
    ("system", "You are a helpful assistant created by Acme Corp. Be concise."),
    ("user", "Good morning."),
]


def conversations(rng: random.Random) -> list[dict]:
    out = []
    for role, text in REDEFINING:
        a, b = rng.randint(2, 40), rng.randint(2, 40)
        op = rng.choice(["+", "*", "-"])
        question = f"What is {a}{op}{b}?"
        messages = [{"role": role, "content": text}]
        if role in ("user", "assistant"):
            messages = (
                [{"role": "user", "content": "Hi."}] if role == "assistant" else []
            ) + messages
            if role == "user":
                messages.append({"role": "assistant", "content": "OK."})
        messages.append({"role": "user", "content": question})
        out.append(_neg("a-redefined-context", question, messages))
    for role, text in BENIGN:
        a, b = rng.randint(2, 40), rng.randint(2, 40)
        question = f"What is {a}*{b}?"
        messages = [{"role": role, "content": text}]
        if role == "user":
            messages.append({"role": "assistant", "content": "Hello! What can I do for you?"})
        messages.append({"role": "user", "content": question})
        out.append(_pos("a-benign-context", question, a * b, messages))
    return out


def build(rng: random.Random) -> list[dict]:
    return identifiers(rng) + chains(rng) + word_forms(rng) + conversations(rng)
