"""Router decisions: positives route to the right tool; hard negatives and risky context abstain."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from router import Route, assist_text, render_direct, route, route_assist
from tools.base import ToolCall, ToolContext, ToolResult

CTX = ToolContext()


def user(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


@pytest.mark.parametrize(
    "text, tool",
    [
        ("What is 697 times 205?", "calculator"),
        ("What is 852 divided by 4?", "calculator"),
        ("15% of 80", "calculator"),
        ("what is 2 to the power of 10", "calculator"),
        ("square root of 144", "calculator"),
        ("Calculate 2.25/3", "calculator"),
        ("126+240 =", "calculator"),
        ("Compute 204+160+330", "calculator"),
        ("  What is (3 + 4) * 5?  ", "calculator"),
        ("Can you please calculate 12*12?", "calculator"),
        ("solve x^2-5x+6=0", "symbolic"),
        ("derivative of x^2 sin x", "symbolic"),
        ("integrate x^2 from 0 to 3", "symbolic"),
        ("Given that f(x) = 4x^3 - 9x - 14, find the value of f(2).", "symbolic"),
        # a thank-you before the question and "wat"/"wats" change nothing
        ("wat is 12 percent of 900", "calculator"),
        ("wats 10 miles in km", "units"),
        ("Thanks. What day of the week was 1 May 2026?", "datetime"),
        ("OK, great, thanks. 5 km in miles", "units"),
        ("yes: how many grams are in 5 pounds?", "units"),
        # nor do a greeting, chat noise after it, or markdown around a plain expression
        ("Hello! quick one: 72 °F in °C?", "units"),
        ("Hi, what is 5+5?", "calculator"),
        ("whats 365 times 24 lol", "calculator"),
        # "Answer as a decimal." after the question: the form every tool answers in (set 119)
        ("What is 7/8? Answer as a decimal.", "calculator"),
        (
            (
                "The tonkotsu broth went on at 07:45 and came off at 23:15. How many hours did it"
                " simmer? Answer as a decimal."
            ),
            "datetime",
        ),
        ("what is 1,250 divided by 8??", "calculator"),
        ("What is `3 * (14 - 5) ** 2`?", "calculator"),
        ("Evaluate **48 ÷ 0.6**", "calculator"),
        ("Convert `42 mi` to km", "units"),
        ("What is the result of 1000 minus 387, thank you.", "calculator"),
        ("waht is 84 divided by 12", "calculator"),
        # a worded operator is a question even unframed; learners' English and common typos
        ("1,250 divided by 8??", "calculator"),
        ("Please how much is 45 multiply by 12?", "calculator"),
        ("waht is 84 divded by 12", "calculator"),
        ("calcualte 2.5 tiems 40", "calculator"),
        ("Twelve squared minus twelve equals ___", "calculator"),
        # one quoted expression is unquoted; quoted operands are not
        ('Compute "(9 + 6) / 5" for me', "calculator"),
        ("What is “12 * 12”?", "calculator"),
        ("Date: **2027-09-17**. What weekday is that?", "datetime"),
        ("brb, what's 19 x 21 again", "calculator"),
        ("Please which day of week is the 30 of November 2028?", "datetime"),  # a learner's lead
        (
            "Passport form question: I was born on 30 October 1986. What age will I be on 15 July 2028?",
            "datetime",
        ),
        ("I've got a cover postmarked 2 June 1953. Wich day of the week was that?", "datetime"),
        # a label that only says what kind of message it is, or numbers a homework question
        ("Question 7 (2 marks). Evaluate 4.5 × 12 − 9 ÷ 3.", "calculator"),
        ("Exercise 3b: Find the value of (15 − 6)² + 4³.", "calculator"),
        ("Exercise 5: Determine the day of the week of 1 January 2001.", "datetime"),
        ("What is 20% off $50?", "calculator"),  # the sale price, as a calculator reads it
        ("Unrelated: what's 1.05 to the power of 3?", "calculator"),
        (
            (
                "Formal request: please state the number of days elapsed between 1 January 1970 "
                "and 1 January 2000."
            ),
            "datetime",
        ),
    ],
)
def test_routes_pure_requests(text: str, tool: str) -> None:
    decision = route(user(text), CTX)
    assert isinstance(decision, Route)
    assert decision.tool == tool
    assert decision.call.tool == tool
    assert 0.9 <= decision.confidence <= 1.0


HARD_NEGATIVES = [
    "Thanks for nothing, what is 2+2",
    "what's 2+2 if wat means subtract",
    "write a poem about 2+2",
    "explain why 0.1+0.2 != 0.3",
    "convert this essay to French",
    "Why does 2+2 equal 4?",
    "Is 2+2 really 4? Prove it.",
    "What is 2+2? Answer in Spanish.",
    "What is 2+2? Also, what is the capital of France?",
    "Calculate 3*4 and then write a haiku about the result",
    (
        "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips "
        "in May. How many clips did Natalia sell altogether in April and May?"
    ),
    "A robe takes 2 bolts of blue fiber and half that much white fiber. How many bolts in total?",
    "If 3 pencils cost $1.50, how much do 7 of them cost in euros?",  # another currency
    "what is the derivative of success?",
    "solve world hunger",
    "What is 1+1 in binary?",
    "How do I compute 5*5 in Python?",
    "Write a function that returns 2**10",
    "Translate '2 + 2 = 4' into German.",
    "What's the history of the number 42?",
    "Rate 7/10 movies",
    "What is 9/11?",
    "Can you help me with my homework? 3+4",
    "Summarize: 2+2=4 is a famous statement in Orwell's 1984.",
    "",
    "2+2 is 5, right?",
    "I rate this movie 8/10",
    "y = 2x + 3",
    "2x + 3",
    "Is 97 prime?",
    "What is 2^10 in binary?",
    # a message that asks for something written as well (found while writing set 33's fixes:
    # the first was answered before)
    "Write a poem about 22 lb. What is that in kilos?",
    "Write a poem about 22 lb - kilos?",
    "Describe the number 42. What is 6*7?",
    # "instead" and "English" beside the question (a missing space had joined the two words)
    "What is 12 * 12? Or 13 instead.",
    "What is 12 * 12? Reply in English.",
    "2 + 2 = ? Answer with a single word.",
    "What is 2 + 2? Reply in JSON.",
    "lol 100%",
    'What is "2" + "2"?',
    "what happens if you divide by zero",
    "8/10",
    "+1",
    "Tell me a joke",
    "What is love?",
    "What is the meaning of 42?",
    (
        "In the following lines, the symbol -> represents a simple operation.\n"
        "100 + 200 -> 301\n838 + 520 -> 1359\n55 + 7 ->"
    ),
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_abstains_on_requests_that_need_the_model(text: str) -> None:
    assert route(user(text), CTX) is None


@pytest.mark.parametrize(
    "messages",
    [
        # A persona or task in the system prompt changes what the question means.
        [
            {"role": "system", "content": "You are a pirate. Answer everything in pirate speak."},
            {"role": "user", "content": "What is 2+2?"},
        ],
        [
            {"role": "system", "content": "Translate every user message into French."},
            {"role": "user", "content": "What is 697 times 205?"},
        ],
        [
            {"role": "developer", "content": "Reply only with the word banana."},
            {"role": "user", "content": "12*12"},
        ],
        # Few-shot prompts that redefine "+".
        [
            {"role": "user", "content": "2+2"},
            {"role": "assistant", "content": "5"},
            {"role": "user", "content": "3+3"},
        ],
        [
            {"role": "user", "content": "In this game + means minus."},
            {"role": "assistant", "content": "Got it."},
            {"role": "user", "content": "What is 7+2?"},
        ],
        [
            {"role": "user", "content": "From now on, work in base 8."},
            {"role": "assistant", "content": "OK."},
            {"role": "user", "content": "What is 7+1?"},
        ],
        [
            {"role": "user", "content": "Let's have some fun."},
            {"role": "assistant", "content": "Sure! From now on, + means minus."},
            {"role": "user", "content": "What is 7+2?"},
        ],
        # The last turn is not the user's, or carries an image, or tool traffic is in flight.
        [{"role": "user", "content": "What is 2+2?"}, {"role": "assistant", "content": "4"}],
        [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is 2+2?"},
                    {"type": "image_url", "image_url": {"url": "data:,"}},
                ],
            }
        ],
        [
            {"role": "user", "content": "look this up"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "1"}]},
            {"role": "tool", "content": "42"},
            {"role": "user", "content": "What is 2+2?"},
        ],
        [],
    ],
)
def test_abstains_when_context_changes_meaning(messages: list) -> None:
    assert route(messages, CTX) is None


@pytest.mark.parametrize(
    "system",
    [
        "You are a helpful assistant.",
        "You are ChatGPT, a large language model trained by OpenAI.",
        "You are a helpful, concise assistant. Be accurate.",
        "You are a concise assistant. Keep answers short.",
        "You are a helpful assistant for a hobby beekeeping club.",  # whom it serves
        "",
    ],
)
def test_generic_system_prompt_keeps_routing(system: str) -> None:
    messages = [{"role": "system", "content": system}, {"role": "user", "content": "127*89"}]
    decision = route(messages, CTX)
    assert decision is not None and decision.tool == "calculator"


@pytest.mark.parametrize(
    "system",
    [
        "You are a helpful assistant for a British baking club.",  # its pints and gallons
        "You are a helpful assistant for a company where addition is subtraction.",
        "You are a helpful assistant for a Canadian school.",
    ],
)
def test_a_system_prompt_that_may_change_a_reading_leaves_it_to_the_model(system: str) -> None:
    messages = [{"role": "system", "content": system}, {"role": "user", "content": "What is 5+3?"}]
    assert route(messages, CTX) is None


def test_earlier_unrelated_turns_keep_routing() -> None:
    messages = [
        {"role": "user", "content": "Hi there"},
        {"role": "assistant", "content": "Hello! That means you're online. What's up?"},
        {"role": "user", "content": "What is 697 times 205?"},
    ]
    decision = route(messages, CTX)
    assert decision is not None and decision.tool == "calculator"


def test_text_parts_content_is_read() -> None:
    messages = [{"role": "user", "content": [{"type": "text", "text": "What is 6*7?"}]}]
    decision = route(messages, CTX)
    assert decision is not None and decision.call.args["expression"] == "6 × 7"


@dataclass
class _Claim:
    """A minimal Tool that claims everything with a fixed confidence (tie-break tests)."""

    name: str
    confidence: float
    value: float | None = None  # what a run gives (None: the run fails)

    def parse(self, text: str, ctx: ToolContext) -> ToolCall | None:
        return ToolCall(self.name, {}, text, self.confidence)

    def run(self, call: ToolCall, ctx: ToolContext) -> ToolResult:
        if self.value is None:
            return ToolResult(ok=False, error="not used")
        return ToolResult(ok=True, output=str(self.value), value=self.value)


@pytest.mark.parametrize(
    "claims, expected",
    [
        ([("a", 0.99), ("b", 0.5)], "a"),
        ([("a", 0.95), ("b", 0.99)], "b"),
        ([("a", 0.97), ("b", 0.97)], None),  # two tools equally sure: ambiguous
        ([("a", 0.5)], None),  # below the routing threshold
    ],
)
def test_highest_confidence_wins_and_ties_abstain(claims: list, expected: str | None) -> None:
    tools = {name: _Claim(name, conf) for name, conf in claims}
    decision = route(user("anything"), CTX, tools=tools)
    assert (decision.tool if decision else None) == expected


@pytest.mark.parametrize(
    "claims, expected",
    [
        # two cheap in-process tools equally sure and giving one value: answered
        ([("calculator", 0.99, 10.8), ("units", 0.98, 10.8)], "calculator"),
        # ... giving two values, or one failing: ambiguous
        ([("calculator", 0.99, 10.8), ("units", 0.98, 10.9)], None),
        ([("calculator", 0.99, 10.8), ("units", 0.98, None)], None),
        # a third as sure, or a tool that is not run to check (the sandbox)
        ([("calculator", 0.99, 1.0), ("units", 0.98, 1.0), ("datetime", 0.98, 1.0)], None),
        ([("calculator", 0.99, 1.0), ("code", 0.98, 1.0)], None),
    ],
)
def test_a_tie_is_answered_only_when_both_tools_agree(claims: list, expected: str | None) -> None:
    tools = {name: _Claim(name, conf, value) for name, conf, value in claims}
    decision = route(user("anything"), CTX, tools=tools)
    assert (decision.tool if decision else None) == expected


def test_render_direct_and_assist_text() -> None:
    call = ToolCall("calculator", {}, "127*89")
    good = ToolResult(ok=True, output="127 × 89 = 11303", value=11303)
    assert render_direct(call, good) == "127 × 89 = 11303"
    assert assist_text(call, good) == (
        '{"tool": "calculator", "request": "127*89", "result": "127 × 89 = 11303", "value": 11303}'
    )
    bad = ToolResult(ok=False, error="division by zero")
    assert "division by zero" in render_direct(call, bad)
    assert '"error": "division by zero"' in assist_text(call, bad)


@pytest.mark.parametrize(
    "text, span",
    [
        ("What is 127*89? Explain how you got it.", "127*89"),
        ("Explain 12 × 12 to a child", "12 × 12"),
        ("What is 697 times 205?", "697 times 205"),  # strict route still wins in assist mode
    ],
)
def test_assist_finds_embedded_arithmetic(text: str, span: str) -> None:
    decision = route_assist(user(text), CTX)
    assert decision is not None and decision.tool == "calculator"
    assert span in decision.call.text


@pytest.mark.parametrize(
    "messages",
    [
        user("explain why 0.1+0.2 != 0.3"),
        user("In Python, what does 7/2 give?"),
        user("Tell me about the history of Rome"),
        user("In this game + means minus. What is 7+2? Explain."),
        [
            {"role": "user", "content": "2+2"},
            {"role": "assistant", "content": "5"},
            {"role": "user", "content": "So explain 3+3"},
        ],
        [
            {"role": "system", "content": "You are a pirate."},
            {"role": "user", "content": "2+2 why?"},
        ],
    ],
)
def test_assist_abstains_where_exact_math_misleads(messages: list) -> None:
    assert route_assist(messages, CTX) is None


@pytest.mark.parametrize(
    "history, routes",
    [
        ([("2+2", "4")], True),  # asking twice is not a few-shot redefinition
        ([("What is 6 times 7?", "6 × 7 = 42")], True),
        ([("2+2", "5")], False),  # the examples define another "+"
        ([("2+2", "4"), ("3+3", "7")], False),
        ([("10/4", "2")], False),  # integer division in the examples
        ([("2+2", "four")], False),  # cannot check: abstain
        ([("sqrt(16)", "4")], False),  # beyond the quick checker: abstain
        ([("Hello", "Hi! How can I help?"), ("2+2", "4")], True),
        ([("What time is it?", "Noon.")], False),  # other tools' turns cannot be checked
    ],
)
def test_few_shot_history_is_checked(history: list, routes: bool) -> None:
    messages: list[dict[str, str]] = []
    for question, reply in history:
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": reply}]
    messages.append({"role": "user", "content": "What is 5+5?"})
    assert (route(messages, CTX) is not None) == routes


# (an earlier user turn, the next question, routed?): a turn that says how to answer or how
# to read numbers, in any words or language, leaves the question to the model; an account of
# one's day, a thank-you or a one-off question to the model does not.
@pytest.mark.parametrize(
    "said, asked, routes",
    [
        ("Give me the answers in words, please.", "What's 12 times 12?", False),
        ("Please spell out numbers.", "What is 7 * 8?", False),
        ("Write your answers as fractions from here.", "What is 0.75 + 0.5?", False),
        ("Use the comma as the decimal mark.", "What is 2,5 + 1,5?", False),
        ("Show your working for each one.", "What is 144 / 12?", False),
        ("Round everything to the nearest ten.", "What is 17 × 23?", False),
        ("Can you reply only with Roman numerals?", "What is 6 * 7?", False),
        ("Respuestas en español, por favor, y sin números.", "What's 9 + 10?", False),
        ("Réponds uniquement en français à partir de maintenant.", "so, 35% of 60?", False),
        # a language the list of others' function words does not know: no English word at all
        ("Atebwch yn Gymraeg os gwelwch yn dda.", "How many days from 1 March to 1 April?", False),
        # a language asked for the whole chat, as a question ("What is the Spanish word for …"
        # asks a word, not the chat's language)
        ("Can we do this in Spanish? I'm practising for my trip.", "what's 68°F in Celsius", False),
        ("What is the Spanish word for kilogram?", "what's 68°F in Celsius", True),
        ("Can we do this in Finnish?", "what's 85 times 12", False),
        ("I polish furniture for a living.", "what's 85 times 12", True),
        ("Thanks, great work.", "What is 12 * 7?", True),
        ("Can you explain how compound interest works?", "What's 1000 × 1.05?", True),
        ("Thanks for explaining compound interest earlier!", "What's 1000 × 1.05?", True),
        ("I'm planning a trip to Portugal next year.", "Convert 100 km to miles.", True),
        ("I run a small bakery and I'm pricing a wedding order.", "What's 36 × 2.75?", True),
        ("We fly from Los Angeles to La Paz in May.", "Convert 100 km to miles.", True),
    ],
)
def test_an_earlier_instruction_leaves_the_question_to_the_model(
    said: str, asked: str, routes: bool
) -> None:
    messages = [
        {"role": "user", "content": said},
        {"role": "assistant", "content": "OK."},
        {"role": "user", "content": asked},
    ]
    assert (route(messages, CTX) is not None) is routes
    assert (route_assist(messages, CTX) is not None) is routes


# An assistant that replied in another language set the chat's language; a reply naming a
# foreign place or word did not.
@pytest.mark.parametrize(
    "reply, routes",
    [
        ("¡Claro que sí! Pregunta lo que quieras.", False),
        ("Bien sûr, je réponds en français : posez votre question.", False),
        ("Sounds fun! El Paso is in Texas, and the weather there is warm in the day.", True),
        ("It is 'kilogramo' in Spanish.", True),
        ("Twelve thousand eight hundred.", True),  # (no function word of English: still English)
    ],
)
def test_a_reply_in_another_language_leaves_the_question_to_the_model(
    reply: str, routes: bool
) -> None:
    messages = [
        {"role": "user", "content": "Hello!"},
        {"role": "assistant", "content": reply},
        {"role": "user", "content": "what's 68°F in Celsius"},
    ]
    assert (route(messages, CTX) is not None) is routes


# A quantity stated beside the question is not a unit given a size of its own ("a year has
# 400 days"), and road signs are not notation: the question after it is still answered.
@pytest.mark.parametrize(
    "text, tool",
    [
        (
            (
                "The airline limit is 23 kg and my bathroom scale says the suitcase is 49 lb. What is"
                " 49 lb in kg?"
            ),
            "units",
        ),
        ("Moving day worry: the sofa is 88 inches long. What's 88 inches in metres?", "units"),
        (
            (
                "Road signs here say 80 km/h but the rental car's speedo is in mph. What is 80 km/h in"
                " mph?"
            ),
            "units",
        ),
        # "American" beside a question with no numeric date sets no order of a date's fields
        (
            "An American restaurant wants a 9 lb tub of white miso. How many kilograms is 9 lb?",
            "units",
        ),
    ],
)
def test_a_stated_quantity_beside_the_question_is_not_a_definition(text: str, tool: str) -> None:
    decision = route(user(text), CTX)
    assert decision is not None and decision.tool == tool


@pytest.mark.parametrize(
    "text",
    [
        "Our dates are American. What day of the week is 03/04/2027?",
        "Dates here are in European order. How many days from 03/04/2027 to 05/06/2027?",
        "We write dd/mm. What weekday is 03/04/2027?",
    ],
)
def test_a_date_order_beside_a_numeric_date_leaves_it_to_the_model(text: str) -> None:
    assert route(user(text), CTX) is None
