"""Upstream mode against a REAL `mlx_lm server` subprocess on the tiny synthetic checkpoint:
same API, routing and virtual experts, generation relayed through httpx (streaming passed on).
"""

from __future__ import annotations

import asyncio
import time

import httpx
import openai
import pytest

from server.errors import NotReady
from server.protocol import CompletionRequest
from server.settings import Settings
from server.upstream import UpstreamBackend
from tests.support.server import MlxLmServer, ServerThread, endless_checkpoint, free_port

MODEL = "tiny-up"


@pytest.fixture(scope="module")
def upstream(tiny_ckpt, tmp_path_factory):
    # Stop-free copy: generations run to max_tokens, so a long stream is long for sure.
    ckpt = endless_checkpoint(tiny_ckpt, tmp_path_factory.mktemp("endless") / "ckpt")
    up = MlxLmServer(ckpt).wait()
    yield up
    up.stop()


@pytest.fixture(scope="module")
def srv(upstream):
    s = ServerThread(
        Settings(
            upstream=upstream.url,
            model_id=MODEL,
            max_queue=4,
            upstream_model=str(upstream.model),
            responses_db=":memory:",
        )
    ).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(srv):
    return openai.OpenAI(base_url=srv.url + "/v1", api_key="x", max_retries=0, timeout=60)


def test_models_list_our_name(client):
    # mlx-lm answers /v1/models with an empty body when it has no hub cache; we still list ours.
    assert MODEL in [m.id for m in client.models.list().data]
    assert client.models.retrieve(MODEL).id == MODEL


def test_chat_non_streaming_is_relayed(client):
    r = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "hi"}], max_tokens=6, temperature=0
    )
    assert r.object == "chat.completion" and r.model == MODEL
    assert r.model_extra["virtual_expert"] is None
    assert r.usage.completion_tokens == 6 and r.usage.prompt_tokens > 10
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens
    assert r.choices[0].finish_reason == "length"
    assert isinstance(r.choices[0].message.content, str) and r.choices[0].message.content


def test_streaming_is_relayed_and_matches(client):
    kw = {
        "model": MODEL,
        "messages": [{"role": "user", "content": "hi"}],
        "max_tokens": 6,
        "temperature": 0,
    }
    whole = client.chat.completions.create(**kw).choices[0].message.content
    chunks = list(
        client.chat.completions.create(**kw, stream=True, stream_options={"include_usage": True})
    )
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 1
    assert chunks[-1].usage.completion_tokens == 6


def test_completions_are_relayed(client):
    r = client.completions.create(model=MODEL, prompt="hello", max_tokens=5, temperature=0)
    assert r.object == "text_completion" and r.choices[0].text
    assert r.usage.completion_tokens == 5


def test_logit_bias_and_penalties_are_forwarded(client, tiny_ckpt):
    from mlx_lm.utils import load_tokenizer

    kw = {"model": MODEL, "prompt": "hello", "max_tokens": 4, "temperature": 0}
    forced = client.completions.create(**kw, logit_bias={"42": 100}).choices[0].text
    assert forced == load_tokenizer(tiny_ckpt).decode([42] * 4)
    r = client.completions.create(**kw, presence_penalty=1.0, frequency_penalty=1.0)
    assert r.usage.completion_tokens == 4  # accepted by mlx-lm's server too


def test_virtual_expert_direct_never_reaches_upstream(client):
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "What is 127 times 89?"}]
    )
    assert raw.headers["x-virtual-expert"] == "calculator"
    r = raw.parse()
    assert "11303" in r.choices[0].message.content
    assert r.model_extra["virtual_expert"]["mode"] == "direct"


def test_virtual_expert_assist_goes_upstream_with_the_tool_result(client):
    msgs = [{"role": "user", "content": "What is 127 times 89?"}]
    off = client.chat.completions.create(
        model=MODEL, messages=msgs, max_tokens=3, extra_body={"virtual_experts": "off"}
    )
    assist = client.chat.completions.create(
        model=MODEL, messages=msgs, max_tokens=3, extra_body={"virtual_experts": "assist"}
    )
    assert off.model_extra["virtual_expert"] is None
    assert assist.model_extra["virtual_expert"]["mode"] == "assist"
    # The upstream counted the tool call and result we added to the conversation.
    assert assist.usage.prompt_tokens > off.usage.prompt_tokens + 10


def test_disconnect_closes_the_upstream_request(srv):
    backend = srv.state.backend
    body = {
        "model": MODEL,
        "prompt": "story:",
        "max_tokens": 5000,
        "temperature": 0,
        "stream": True,
    }
    with httpx.stream("POST", srv.url + "/v1/completions", json=body, timeout=60) as r:
        lines = r.iter_lines()
        assert any(next(lines).startswith("data: ") for _ in range(2))
        assert backend.stats()["active"] == 1
    end = time.monotonic() + 20
    while backend.stats()["active"]:
        assert time.monotonic() < end, "the upstream request stayed open after the client left"
        time.sleep(0.02)


def test_our_validation_runs_before_the_upstream(srv):
    r = httpx.post(
        srv.url + "/v1/chat/completions", json={"model": MODEL, "messages": [], "max_tokens": 3}
    )
    assert r.status_code == 400 and r.json()["error"]["param"] == "messages"
    r = httpx.post(
        srv.url + "/v1/chat/completions",
        json={"model": "nope", "messages": [{"role": "user", "content": "x"}]},
    )
    assert r.status_code == 404 and r.json()["error"]["code"] == "model_not_found"


def test_unreachable_upstream_keeps_health_503():
    dead = f"http://127.0.0.1:{free_port()}"
    s = ServerThread(Settings(upstream=dead)).start(wait_ready=False)
    try:
        h = httpx.get(s.url + "/health", timeout=10)
        assert h.status_code == 503 and h.json()["status"] == "loading"
        r = httpx.post(
            s.url + "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "x"}]},
        )
        assert r.status_code == 503 and r.json()["error"]["code"] == "model_loading"
    finally:
        s.stop()


@pytest.mark.parametrize(
    "chunk,field,value",
    [
        ({"choices": [{"delta": {"reasoning_content": "hm"}}]}, "reasoning", "hm"),
        ({"choices": [{"delta": {"reasoning": "vllm"}}]}, "reasoning", "vllm"),
        ({"choices": [{"delta": {"content": "hi"}}]}, "content", "hi"),
        ({"choices": [{"text": "raw", "index": 0}]}, "content", "raw"),
        (
            {"choices": [{"delta": {}, "finish_reason": "tool_calls"}]},
            "finish_reason",
            "tool_calls",
        ),
        (
            {
                "choices": [],
                "usage": {
                    "prompt_tokens": 7,
                    "completion_tokens": 3,
                    "completion_tokens_details": {"reasoning_tokens": 2},
                    "prompt_tokens_details": {"cached_tokens": 5},
                },
            },
            "usage",
            (7, 3, 2, 5),
        ),
    ],
)
def test_upstream_chunks_map_to_deltas(chunk, field, value):
    from server.upstream import chunk_to_delta

    d = chunk_to_delta(chunk)
    got = getattr(d, field)
    if field == "usage":
        got = (got.prompt_tokens, got.completion_tokens, got.reasoning_tokens, got.cached_tokens)
    assert got == value


def test_upstream_tool_call_deltas_keep_index_id_and_fragments():
    from server.events import Joined
    from server.upstream import chunk_to_delta

    chunks = [
        {
            "choices": [
                {
                    "delta": {
                        "tool_calls": [
                            {
                                "index": 0,
                                "id": "call_a",
                                "type": "function",
                                "function": {"name": "f", "arguments": ""},
                            }
                        ]
                    }
                }
            ]
        },
        {"choices": [{"delta": {"tool_calls": [{"index": 0, "function": {"arguments": '{"x"'}}]}}]},
        {"choices": [{"delta": {"tool_calls": [{"index": 0, "function": {"arguments": ": 1}"}}]}}]},
        {
            "choices": [
                {
                    "delta": {
                        "tool_calls": [
                            {
                                "index": 1,
                                "id": "call_b",
                                "function": {"name": "g", "arguments": "{}"},
                            }
                        ]
                    }
                }
            ]
        },
    ]
    j = Joined()
    for c in chunks:
        j.add(chunk_to_delta(c))
    assert [(c.id, c.name, c.arguments) for c in j.tool_calls.values()] == [
        ("call_a", "f", '{"x": 1}'),
        ("call_b", "g", "{}"),
    ]


def test_telemetry_is_a_clear_400_and_metrics_still_render(srv):
    r = httpx.get(srv.url + "/v1/telemetry/experts")
    assert r.status_code == 400 and r.json()["error"]["code"] == "telemetry_off"
    assert "upstream" in r.json()["error"]["message"]
    m = httpx.get(srv.url + "/metrics")
    assert m.status_code == 200 and "expert_activations" in m.text


def test_shutdown_refuses_new_work_then_ends_running_streams(upstream):
    """drain: new requests are 503 shutting_down; abort: a stream in flight ends with it."""
    settings = Settings(upstream=upstream.url, model_id=MODEL, upstream_model=str(upstream.model))
    req = CompletionRequest(model=MODEL, prompt="story:", max_tokens=5000)

    async def scenario() -> None:
        backend = UpstreamBackend(settings)
        await backend.load()
        running = backend.complete(req)
        await running.__anext__()
        await backend.drain("the server is shutting down")
        with pytest.raises(NotReady) as refused:
            await backend.complete(req).__anext__()
        assert refused.value.code == "shutting_down"
        await running.__anext__()  # running work goes on until abort
        await backend.abort("the server is shutting down (timeout)")
        with pytest.raises(NotReady) as ended:
            async for _ in running:
                pass
        assert ended.value.code == "shutting_down" and "timeout" in ended.value.message
        await backend.close()

    asyncio.run(asyncio.wait_for(scenario(), 120))


def test_responses_api_is_translated_to_the_upstreams_chat_completions(srv, client):
    """mlx-lm's server has no /v1/responses: the request runs as a chat completion upstream."""
    r = client.responses.create(model=MODEL, input="hi", max_output_tokens=6, temperature=0)
    assert r.object == "response" and r.model == MODEL
    assert r.usage.output_tokens == 6 and r.status == "incomplete"
    assert r.output and r.output[-1].type in ("message", "reasoning")
    follow = client.responses.create(
        model=MODEL, input="again", previous_response_id=r.id, max_output_tokens=4
    )
    assert follow.previous_response_id == r.id and follow.usage.output_tokens == 4
    calc = client.responses.create(model=MODEL, input="What is 127 times 89?")
    assert calc.output_text == "127 × 89 = 11303"  # virtual experts answer in front of it
    assert srv.state.backend.responses_api is False  # it answered 404 on /v1/responses


def test_responses_api_is_passed_through_to_an_upstream_that_has_it(tiny_ckpt):
    """Our own server as the upstream: it serves /v1/responses, so the front server sends the
    request there (counted in the upstream's metrics) instead of translating it to chat."""
    inner = ServerThread(Settings(model=tiny_ckpt, model_id="inner", responses_db=":memory:"))
    inner.start()
    outer = ServerThread(
        Settings(
            upstream=inner.url, model_id=MODEL, upstream_model="inner", responses_db=":memory:"
        )
    ).start()
    try:
        c = openai.OpenAI(base_url=outer.url + "/v1", api_key="x", max_retries=0, timeout=60)
        r = c.responses.create(model=MODEL, input="hi", max_output_tokens=5, temperature=0)
        assert r.model == MODEL and r.usage.output_tokens > 0 and r.output
        follow = c.responses.create(
            model=MODEL, input="again", previous_response_id=r.id, max_output_tokens=3
        )
        assert follow.status in ("completed", "incomplete")
        metrics = httpx.get(inner.url + "/metrics").text
        assert 'gptoss_requests_total{endpoint="/v1/responses",status="200"} 2' in metrics
        assert 'endpoint="/v1/chat/completions"' not in metrics
        assert outer.state.backend.responses_api is True
    finally:
        outer.stop()
        inner.stop()
