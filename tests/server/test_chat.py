"""The server end to end through the official `openai` client: chat and text completions,
sync and async, streaming and not, tools, stop strings, logprobs, virtual experts, 8 parallel
streams, a mid-stream disconnect, and /metrics.

One real server (uvicorn on a free port, tiny random-weight checkpoint) for the module. Greedy
decoding makes the random model deterministic, so streamed and joined outputs must agree.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Annotated, Literal

import httpx
import openai
import pydantic
import pytest

from server.settings import Settings
from tests.support.server import ServerThread, endless_checkpoint

MODEL = "tiny"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
HI = [{"role": "user", "content": "Say hi."}]


@pytest.fixture(scope="module")
def srv(tiny_ckpt, tmp_path_factory):
    # Stop tokens never win greedy decoding here, so long generations are deterministic.
    ckpt = endless_checkpoint(tiny_ckpt, tmp_path_factory.mktemp("endless") / "ckpt")
    settings = Settings(
        model=ckpt,
        model_id=MODEL,
        virtual_experts="direct",
        date=__import__("datetime").date(2025, 1, 2),
    )
    s = ServerThread(settings).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(srv):
    return openai.OpenAI(base_url=srv.url + "/v1", api_key="unused", max_retries=0, timeout=60)


LONG = "story:"  # with greedy decoding on this checkpoint it never ends by itself


def test_chat_non_streaming_shape(client):
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=HI, max_tokens=12, temperature=0
    )
    assert raw.headers.get("x-virtual-expert") is None
    r = raw.parse()
    assert r.object == "chat.completion" and r.id.startswith("chatcmpl-")
    assert r.model == MODEL and r.system_fingerprint.startswith("fp_")
    assert abs(r.created - time.time()) < 60
    choice = r.choices[0]
    assert choice.index == 0 and choice.message.role == "assistant"
    assert choice.finish_reason in ("stop", "length")
    assert isinstance(choice.message.content, str)
    extra = r.model_extra
    assert "virtual_expert" in extra and extra["virtual_expert"] is None
    assert "reasoning_content" in choice.message.model_extra
    u = r.usage
    assert u.prompt_tokens > 20  # the harmony system + user messages
    assert 1 <= u.completion_tokens <= 12
    assert u.total_tokens == u.prompt_tokens + u.completion_tokens
    assert u.completion_tokens_details.reasoning_tokens >= 0
    assert u.prompt_tokens_details.cached_tokens >= 0


def test_stream_joins_to_the_non_streamed_answer(client):
    kw = {"model": MODEL, "messages": HI, "max_tokens": 16, "temperature": 0}
    whole = client.chat.completions.create(**kw)
    chunks = list(
        client.chat.completions.create(**kw, stream=True, stream_options={"include_usage": True})
    )
    assert chunks[0].choices[0].delta.role == "assistant"
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert len({c.id for c in chunks}) == 1
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    reasoning = "".join(
        (c.choices[0].delta.model_extra or {}).get("reasoning_content") or ""
        for c in chunks
        if c.choices
    )
    assert text == (whole.choices[0].message.content or "")
    assert reasoning == (whole.choices[0].message.model_extra.get("reasoning_content") or "")
    finishes = [
        c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason
    ]
    assert finishes == [whole.choices[0].finish_reason]
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == whole.usage.completion_tokens
    assert chunks[-1].usage.prompt_tokens == whole.usage.prompt_tokens


def test_sse_ends_with_done(srv):
    body = {"model": MODEL, "messages": HI, "max_tokens": 3, "stream": True}
    with httpx.stream("POST", srv.url + "/v1/chat/completions", json=body, timeout=60) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [ln for ln in r.iter_lines() if ln]
    assert lines[-1] == "data: [DONE]"
    assert all(ln.startswith("data: ") for ln in lines)


@pytest.mark.parametrize("stream", [False, True])
def test_named_tool_choice_gives_a_tool_call(client, stream):
    kw = {
        "model": MODEL,
        "messages": [{"role": "user", "content": "Weather in Oslo?"}],
        "tools": [WEATHER],
        "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
        "max_tokens": 10,
        "temperature": 0,
    }
    if not stream:
        r = client.chat.completions.create(**kw)
        calls = r.choices[0].message.tool_calls
        assert len(calls) == 1 and calls[0].function.name == "get_weather"
        assert calls[0].id.startswith("call_") and calls[0].type == "function"
        assert r.choices[0].finish_reason in ("tool_calls", "length")
        assert r.choices[0].message.content is None
        return
    chunks = list(client.chat.completions.create(**kw, stream=True))
    deltas = [tc for c in chunks for tc in (c.choices[0].delta.tool_calls or [])]
    assert deltas[0].id.startswith("call_") and deltas[0].function.name == "get_weather"
    assert all(d.index == 0 for d in deltas)
    args = "".join(d.function.arguments or "" for d in deltas)
    whole = client.chat.completions.create(**kw)
    assert args == whole.choices[0].message.tool_calls[0].function.arguments
    assert len(deltas) > 1  # arguments arrive as deltas, not in one piece


class Person(pydantic.BaseModel):
    name: Annotated[str, pydantic.Field(max_length=6)]
    colour: Literal["red", "green", "blue"]
    ok: bool


def test_structured_output_is_enforced(client):
    # The official SDK's parse(): strict json_schema from a pydantic model, parsed client-side.
    r = client.chat.completions.parse(
        model=MODEL, messages=HI, response_format=Person, max_tokens=120, temperature=1.0, seed=3
    )
    assert r.choices[0].finish_reason == "stop"
    assert isinstance(r.choices[0].message.parsed, Person)
    schema = {**Person.model_json_schema(), "additionalProperties": False}  # no free-form keys
    chunks = list(
        client.chat.completions.create(
            model=MODEL,
            messages=HI,
            max_tokens=120,
            temperature=0,
            stream=True,
            response_format={"type": "json_schema", "json_schema": {"name": "p", "schema": schema}},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert Person.model_validate_json(text)
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_forced_tool_arguments_follow_the_tool_schema(client):
    city = {
        "type": "function",
        "function": {
            "name": "pick_city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"enum": ["Oslo", "Bergen"]}},
                "required": ["city"],
                "additionalProperties": False,
            },
        },
    }
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Pick one."}],
        tools=[city],
        tool_choice={"type": "function", "function": {"name": "pick_city"}},
        max_tokens=40,
        temperature=0,
    )
    assert r.choices[0].finish_reason == "tool_calls"
    args = json.loads(r.choices[0].message.tool_calls[0].function.arguments)
    assert args in ({"city": "Oslo"}, {"city": "Bergen"})


@pytest.mark.parametrize("seed", range(3))
def test_required_tool_choice_calls_a_declared_tool_with_valid_arguments(client, seed):
    def tool(name: str, field: str, values: list[str]) -> dict:
        return {
            "type": "function",
            "function": {
                "name": name,
                "parameters": {
                    "type": "object",
                    "properties": {field: {"enum": values}},
                    "required": [field],
                    "additionalProperties": False,
                },
            },
        }

    tools = [tool("pick_city", "city", ["Oslo", "Bergen"]), tool("pick_colour", "c", ["red"])]
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Pick."}],
        tools=tools,
        tool_choice="required",
        max_tokens=40,
        temperature=1.0,
        seed=seed,
    )
    assert r.choices[0].finish_reason == "tool_calls"
    call = r.choices[0].message.tool_calls[0].function
    args = json.loads(call.arguments)
    allowed = {"pick_city": [{"city": "Oslo"}, {"city": "Bergen"}], "pick_colour": [{"c": "red"}]}
    assert args in allowed[call.name]


def test_unenforceable_schema_is_400(client):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(
            model=MODEL,
            messages=HI,
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": {"type": "nope"}},
            },
        )
    assert err.value.body["param"] == "response_format.json_schema.schema"


def test_tool_result_round_trip_is_accepted(client):
    messages = [
        {"role": "user", "content": "Weather in Oslo?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": '{"temp_c": 3}'},
    ]
    r = client.chat.completions.create(
        model=MODEL, messages=messages, tools=[WEATHER], max_tokens=4, reasoning_effort="high"
    )
    assert r.usage.prompt_tokens > 40


def test_stop_string_cuts_the_text(client):
    full = (
        client.completions.create(model=MODEL, prompt="The list:", max_tokens=40, temperature=0)
        .choices[0]
        .text
    )
    assert len(full) > 10
    stop = full[len(full) // 2 : len(full) // 2 + 3]
    expected = full[: full.index(stop)]
    for s in (stop, [stop, "\u2603never\u2603"]):
        r = client.completions.create(
            model=MODEL, prompt="The list:", max_tokens=40, temperature=0, stop=s
        )
        assert r.choices[0].text == expected
        assert r.choices[0].finish_reason == "stop"
        chunks = list(
            client.completions.create(
                model=MODEL, prompt="The list:", max_tokens=40, temperature=0, stop=s, stream=True
            )
        )
        assert "".join(c.choices[0].text for c in chunks if c.choices) == expected


def test_chat_stop_string(client):
    kw = {"model": MODEL, "messages": HI, "max_tokens": 40, "temperature": 0}
    full = client.chat.completions.create(**kw).choices[0].message.content
    if not full or len(full) < 6:
        pytest.skip("the random model produced too little content for this prompt")
    stop = full[len(full) // 2 : len(full) // 2 + 2]
    r = client.chat.completions.create(**kw, stop=stop)
    assert r.choices[0].message.content == full[: full.index(stop)]
    assert r.choices[0].finish_reason == "stop"


def test_logprobs(client):
    r = client.completions.create(
        model=MODEL, prompt="abc", max_tokens=5, temperature=0, logprobs=2
    )
    lp = r.choices[0].logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == len(lp.top_logprobs) >= 1
    assert all(v <= 0 for v in lp.token_logprobs)
    assert all(len(t) == 2 for t in lp.top_logprobs)
    kw = {
        "model": MODEL,
        "messages": HI,
        "max_tokens": 8,
        "temperature": 0,
        "logprobs": True,
        "top_logprobs": 3,
    }
    c = client.chat.completions.create(**kw)
    content = c.choices[0].logprobs.content
    if c.choices[0].message.content:
        assert content and all(len(t.top_logprobs) == 3 for t in content)
        assert all(t.logprob <= 0 for t in content)
    assert (
        client.chat.completions.create(**{**kw, "logprobs": False, "top_logprobs": None})
        .choices[0]
        .logprobs
        is None
    )


def test_seeded_sampling_is_reproducible(client):
    kw = {"model": MODEL, "prompt": "seed test", "max_tokens": 12, "temperature": 1.0, "seed": 1234}
    assert (
        client.completions.create(**kw).choices[0].text
        == client.completions.create(**kw).choices[0].text
    )


def test_penalties_and_logit_bias_reach_the_engine(client, srv):
    from engine import SamplingParams

    backend = srv.state.backend
    prompt = [5, 6, 7, 42]
    kw = {"model": MODEL, "prompt": prompt, "max_tokens": 8, "temperature": 0}
    shaped = {"presence_penalty": 0.5, "frequency_penalty": -1.5, "logit_bias": {"42": 4}}
    got = client.completions.create(**kw, **shaped).choices[0].text
    expected = SamplingParams(
        temperature=0,
        max_tokens=8,
        presence_penalty=0.5,
        frequency_penalty=-1.5,
        logit_bias=((42, 4.0),),
    )
    ids = [ev.token for ev in backend.engine.generate_sync(prompt, expected, timeout=60)]
    assert got == backend.tokenizer.decode(ids)
    assert got != client.completions.create(**kw).choices[0].text
    forced = client.completions.create(**kw, logit_bias={"42": 100}).choices[0].text
    assert forced == backend.tokenizer.decode([42] * 8)


def test_n_choices_are_independent_seeded_samples(client):
    kw = {"model": MODEL, "messages": HI, "max_tokens": 8, "temperature": 1.0, "seed": 7}
    r = client.chat.completions.create(**kw, n=3)
    assert [c.index for c in r.choices] == [0, 1, 2]
    texts = [c.message.content for c in r.choices]
    assert len(set(texts)) == 3  # different seeds per choice
    # Choice i is the request with seed + i; the prompt is billed once, completions summed.
    alone = [client.chat.completions.create(**{**kw, "seed": 7 + i}) for i in range(3)]
    assert texts == [a.choices[0].message.content for a in alone]
    assert r.usage.prompt_tokens == alone[0].usage.prompt_tokens
    assert r.usage.completion_tokens == sum(a.usage.completion_tokens for a in alone) == 24
    chunks = list(
        client.chat.completions.create(
            **kw, n=3, stream=True, stream_options={"include_usage": True}
        )
    )
    streamed = [
        "".join(
            c.choices[0].delta.content or ""
            for c in chunks
            if c.choices and c.choices[0].index == i
        )
        for i in range(3)
    ]
    assert streamed == texts
    finishes = [
        c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason
    ]
    assert finishes == ["length"] * 3
    assert chunks[-1].usage.completion_tokens == 24


def test_n_on_text_completions_and_virtual_experts(client):
    r = client.completions.create(
        model=MODEL, prompt="n test", max_tokens=4, n=2, seed=1, temperature=1.0, logprobs=1
    )
    assert [c.index for c in r.choices] == [0, 1] and r.usage.completion_tokens == 8
    assert all(c.logprobs.text_offset[0] == 0 for c in r.choices)  # offsets are per choice
    v = client.chat.completions.create(
        model=MODEL, n=2, messages=[{"role": "user", "content": "What is 127 times 89?"}]
    )
    assert [c.message.content for c in v.choices] == [v.choices[0].message.content] * 2
    assert "11303" in v.choices[0].message.content


def test_completions_echo_and_token_prompt(client):
    r = client.completions.create(
        model=MODEL, prompt="echo me", max_tokens=3, echo=True, temperature=0
    )
    assert r.choices[0].text.startswith("echo me")
    assert r.object == "text_completion"
    r = client.completions.create(model=MODEL, prompt=[5, 6, 7], max_tokens=3)
    assert r.usage.prompt_tokens == 3


@pytest.mark.parametrize("stream", [False, True])
def test_virtual_expert_direct(client, stream):
    msgs = [{"role": "user", "content": "What is 127 times 89?"}]
    if stream:
        raw = client.chat.completions.with_raw_response.create(
            model=MODEL, messages=msgs, stream=True
        )
        assert raw.headers["x-virtual-expert"] == "calculator"
        chunks = list(raw.parse())
        assert chunks[0].model_extra["virtual_expert"]["name"] == "calculator"
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    else:
        raw = client.chat.completions.with_raw_response.create(model=MODEL, messages=msgs)
        assert raw.headers["x-virtual-expert"] == "calculator"
        r = raw.parse()
        ve = r.model_extra["virtual_expert"]
        assert ve["name"] == "calculator" and ve["output"] == r.choices[0].message.content
        assert ve["elapsed_ms"] >= 0 and "127" in str(ve["input"])
        text = r.choices[0].message.content
        assert r.choices[0].finish_reason == "stop"
    assert "11303" in text


def test_virtual_expert_opt_out_and_assist(client):
    msgs = [{"role": "user", "content": "What is 127 times 89?"}]
    off = client.chat.completions.create(
        model=MODEL, messages=msgs, max_tokens=4, extra_body={"virtual_experts": "off"}
    )
    assert off.model_extra["virtual_expert"] is None
    assist = client.chat.completions.create(
        model=MODEL, messages=msgs, max_tokens=4, extra_body={"virtual_experts": "assist"}
    )
    ve = assist.model_extra["virtual_expert"]
    assert ve["name"] == "calculator" and ve["mode"] == "assist"
    # The tool call and its result went into the prompt the model saw.
    assert assist.usage.prompt_tokens > off.usage.prompt_tokens + 10


def test_eight_parallel_streams(srv):
    async def one(c: openai.AsyncOpenAI, i: int) -> tuple[int, str | None]:
        stream = await c.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": f"count {i}"}],
            max_tokens=16,
            temperature=0,
            stream=True,
            stream_options={"include_usage": True},
        )
        n, finish = 0, None
        async for chunk in stream:
            if chunk.usage:
                n = chunk.usage.completion_tokens
            if chunk.choices and chunk.choices[0].finish_reason:
                finish = chunk.choices[0].finish_reason
        return n, finish

    async def main():
        c = openai.AsyncOpenAI(base_url=srv.url + "/v1", api_key="x", max_retries=0)
        return await asyncio.gather(*(one(c, i) for i in range(8)))

    results = asyncio.run(main())
    assert len(results) == 8
    assert all(1 <= n <= 16 and f in ("stop", "length") for n, f in results)


def test_async_non_streaming(srv):
    async def main():
        c = openai.AsyncOpenAI(base_url=srv.url + "/v1", api_key="x", max_retries=0)
        return await c.chat.completions.create(model=MODEL, messages=HI, max_tokens=3)

    assert asyncio.run(main()).choices[0].message.role == "assistant"


@pytest.mark.parametrize("n", [1, 3])
def test_disconnect_cancels_generation(srv, n):
    engine = srv.state.backend.engine
    before = engine.stats.cancelled_total
    body = {
        "model": MODEL,
        "prompt": LONG,
        "max_tokens": 5000,
        "temperature": 0,
        "stream": True,
        "n": n,
    }
    with httpx.stream("POST", srv.url + "/v1/completions", json=body, timeout=60) as r:
        it = r.iter_lines()
        got = [next(it) for _ in range(6)]
    assert any(g.startswith("data: ") for g in got)
    end = time.monotonic() + 20
    while engine.stats.active or engine.stats.cancelled_total < before + n:
        assert time.monotonic() < end, "generation kept running after the client left"
        time.sleep(0.02)
    assert engine.stats.cancelled_total == before + n  # every choice's sequence


def test_non_streaming_disconnect_cancels_too(srv):
    engine = srv.state.backend.engine
    before = engine.stats.cancelled_total
    body = {"model": MODEL, "prompt": LONG, "max_tokens": 5000, "temperature": 0}
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(srv.url + "/v1/completions", json=body, timeout=0.5)
    end = time.monotonic() + 20
    while engine.stats.cancelled_total == before:
        assert time.monotonic() < end, "non-streaming generation not cancelled"
        time.sleep(0.02)
    assert engine.stats.active == 0


def test_metrics(srv, client):
    client.chat.completions.create(model=MODEL, messages=HI, max_tokens=2)
    text = httpx.get(srv.url + "/metrics").text
    assert 'gptoss_requests_total{endpoint="/v1/chat/completions",status="200"}' in text
    assert "# TYPE gptoss_request_latency_seconds histogram" in text
    assert 'gptoss_time_to_first_token_seconds_count{endpoint="/v1/chat/completions"}' in text
    assert 'gptoss_virtual_expert_hits_total{mode="direct",tool="calculator"}' in text
    assert 'gptoss_engine_load{kind="queue_depth"}' in text
    assert "gptoss_ready 1" in text
    tokens = [ln for ln in text.splitlines() if ln.startswith("gptoss_completion_tokens_total ")]
    assert tokens and float(tokens[0].split()[1]) > 0
