"""The trained demo model (demo/checkpoint), the default of `make serve`, end to end through the
official `openai` client: a model that speaks harmony, so reasoning comes apart from the answer,
declared functions are called with arguments that satisfy their schema, a tool result leads to
an answer, constrained JSON parses, streaming equals the joined reply, and the Responses API
carries the same function call.

Greedy decoding: each case is deterministic for the committed weights. Virtual experts are off
so the model itself answers the arithmetic.
"""

from __future__ import annotations

import datetime as dt
import json

import openai
import pytest

from demo import checkpoint_path
from demo.data.functions import BY_NAME, validate
from server.settings import Settings
from tests.support.server import ServerThread

MODEL = "gpt-oss-demo"
WEATHER, CURRENCY = BY_NAME["get_weather"], BY_NAME["convert_currency"]
TOOLS = [WEATHER.tool(), CURRENCY.tool()]
GREEDY = {"temperature": 0, "max_tokens": 160}


@pytest.fixture(scope="module")
def srv():
    # No model given: the server picks the committed demo checkpoint by itself.
    settings = Settings(model=None, virtual_experts="off", date=dt.date(2025, 3, 14))
    s = ServerThread(settings).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(srv):
    return openai.OpenAI(base_url=srv.url + "/v1", api_key="unused", max_retries=0, timeout=120)


def test_the_default_model_is_the_trained_demo(srv, client) -> None:
    assert [m.id for m in client.models.list().data] == [MODEL]
    assert srv.state.backend.path == checkpoint_path()
    config = json.loads((checkpoint_path() / "config.json").read_text())
    assert "demo" in config and "synthetic" not in config  # trained weights, not random ones


def test_reasoning_and_answer_come_apart(client) -> None:
    r = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "What is 23 + 45?"}], **GREEDY
    )
    msg = r.choices[0].message
    assert r.choices[0].finish_reason == "stop"
    assert msg.model_extra.get("reasoning_content"), "no analysis channel"
    assert msg.content and "<|" not in msg.content
    assert r.usage.completion_tokens_details.reasoning_tokens > 0


def test_streaming_equals_the_joined_reply(client) -> None:
    messages = [{"role": "user", "content": "What is 31 + 27?"}]
    whole = client.chat.completions.create(model=MODEL, messages=messages, **GREEDY)
    reasoning, content = [], []
    for chunk in client.chat.completions.create(
        model=MODEL, messages=messages, stream=True, **GREEDY
    ):
        if chunk.choices:
            delta = chunk.choices[0].delta
            reasoning.append(delta.model_extra.get("reasoning_content") or "")
            content.append(delta.content or "")
    assert "".join(content) == whole.choices[0].message.content
    assert "".join(reasoning) == whole.choices[0].message.model_extra["reasoning_content"]


@pytest.mark.parametrize(
    "ask, name",
    [
        ("What's the weather in Lisbon in celsius?", "get_weather"),
        ("How much is 250 EUR in JPY?", "convert_currency"),
    ],
)
def test_a_declared_function_is_called_with_valid_arguments(client, ask, name) -> None:
    r = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": ask}], tools=TOOLS, **GREEDY
    )
    choice = r.choices[0]
    assert choice.finish_reason == "tool_calls"
    (call,) = choice.message.tool_calls
    assert call.function.name == name
    assert validate(BY_NAME[name].parameters, json.loads(call.function.arguments))


def test_the_model_answers_after_the_tool_result(client) -> None:
    ask = "What's the weather in Oslo in fahrenheit?"
    first = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": ask}], tools=TOOLS, **GREEDY
    )
    (call,) = first.choices[0].message.tool_calls
    result = {"city": "Oslo", "temperature": 41, "unit": "fahrenheit", "conditions": "rainy"}
    second = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "user", "content": ask},
            first.choices[0].message.model_dump(exclude_none=True),
            {"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)},
        ],
        tools=TOOLS,
        **GREEDY,
    )
    answer = second.choices[0]
    # The flow, not the facts: after the tool's result the model answers instead of calling
    # again (copying the tool's numbers right is beyond a model this small; see its card).
    assert answer.finish_reason == "stop"
    assert answer.message.content and not answer.message.tool_calls


def test_constrained_json_parses(client) -> None:
    schema = {
        "type": "object",
        # maxLength: the constraint, not the tiny model, ends the string (it can ramble in one)
        "properties": {"city": {"type": "string", "maxLength": 24}, "rainy": {"type": "boolean"}},
        "required": ["city", "rainy"],
        "additionalProperties": False,
    }
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Is it rainy in Rome? Answer in JSON."}],
        response_format={"type": "json_schema", "json_schema": {"name": "w", "schema": schema}},
        **GREEDY,
    )
    content = r.choices[0].message.content
    assert r.choices[0].finish_reason == "stop", (r.choices[0].finish_reason, content)
    data = json.loads(content)
    assert set(data) == {"city", "rainy"} and isinstance(data["rainy"], bool)
    assert len(data["city"]) <= 24


def test_the_responses_api_carries_the_function_call(client) -> None:
    fn = WEATHER.tool()["function"]
    r = client.responses.create(
        model=MODEL,
        input="Check the current weather for Dublin (celsius).",
        tools=[{"type": "function", **fn}],
        temperature=0,
    )
    calls = [item for item in r.output if item.type == "function_call"]
    assert [c.name for c in calls] == ["get_weather"]
    assert validate(WEATHER.parameters, json.loads(calls[0].arguments))
