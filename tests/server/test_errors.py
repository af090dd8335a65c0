"""Every error case of the HTTP API answers with the OpenAI envelope and the right status,
and no input takes the server down (it still answers /health afterwards).

One real server (uvicorn + the tiny synthetic checkpoint) for the whole module, driven by raw
httpx so malformed bodies reach it exactly as sent.
"""

from __future__ import annotations

import json

import httpx
import pytest

from server.settings import Settings
from tests.support.server import ServerThread

KEY = "sk-test-key"
CONTEXT = 256


@pytest.fixture(scope="module")
def srv(tiny_ckpt):
    s = ServerThread(
        Settings(
            model=tiny_ckpt,
            api_key=KEY,
            context_length=CONTEXT,
            model_id="tiny",
            virtual_experts="off",
        )
    ).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(srv):
    with httpx.Client(
        base_url=srv.url, headers={"Authorization": f"Bearer {KEY}"}, timeout=60
    ) as c:
        yield c


def chat(**over):
    body = {"model": "tiny", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 4}
    body.update(over)
    return body


def assert_envelope(r: httpx.Response, status: int, param: str | None = "?", code=None) -> dict:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert isinstance(err["message"], str) and err["message"]
    assert "Traceback" not in err["message"]
    if param != "?":
        assert err["param"] == param
    if code is not None:
        assert err["code"] == code
    return err


BAD_BODIES = [
    # (raw body, expected param)
    (b"{", None),
    (b"", None),
    (b"[1, 2]", None),
    (b'"just a string"', None),
    (json.dumps({"messages": [{"role": "user", "content": "x"}]}).encode(), "model"),
    (json.dumps(chat(messages=[])).encode(), "messages"),
    (json.dumps(chat(messages="hello")).encode(), "messages"),
    (json.dumps(chat(messages=[{"role": "wizard", "content": "x"}])).encode(), "messages[0].role"),
    (json.dumps(chat(messages=[{"role": "user"}])).encode(), "messages[0]"),
    (json.dumps(chat(messages=[{"role": "user", "content": 5}])).encode(), None),
    (json.dumps(chat(max_tokens="10")).encode(), "max_tokens"),
    (json.dumps(chat(max_tokens=0)).encode(), "max_tokens"),
    (json.dumps(chat(temperature=3.5)).encode(), "temperature"),
    (json.dumps(chat(temperature="hot")).encode(), "temperature"),
    (json.dumps(chat(top_p=1.5)).encode(), "top_p"),
    (json.dumps(chat(stream="yes")).encode(), "stream"),
    (json.dumps(chat(stop=[1, 2])).encode(), None),
    (json.dumps(chat(n=17)).encode(), "n"),  # more choices than MAX_CHOICES
    (json.dumps(chat(top_logprobs=3)).encode(), "top_logprobs"),
    (json.dumps(chat(logprobs=True, top_logprobs=50)).encode(), "top_logprobs"),
    (json.dumps(chat(reasoning_effort="extreme")).encode(), "reasoning_effort"),
    (json.dumps(chat(tool_choice="sometimes")).encode(), None),
    (json.dumps(chat(tool_choice="required")).encode(), "tool_choice"),
    (
        json.dumps(
            chat(
                tools=[{"type": "function", "function": {"name": "f"}}],
                tool_choice={"type": "function", "function": {"name": "g"}},
            )
        ).encode(),
        "tool_choice",
    ),
    (
        json.dumps(
            chat(
                messages=[
                    {"role": "user", "content": "x"},
                    {"role": "tool", "content": "42", "tool_call_id": "call_1"},
                ]
            )
        ).encode(),
        "messages[1].tool_call_id",
    ),
    (json.dumps(chat(messages=[{"role": "tool", "content": "42"}])).encode(), "messages[0]"),
    (
        json.dumps(
            chat(
                messages=[
                    {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}
                ]
            )
        ).encode(),
        None,
    ),
    (json.dumps(chat(response_format={"type": "xml"})).encode(), None),
    (
        json.dumps(chat(stream_options={"include_usage": "yes"})).encode(),
        "stream_options.include_usage",
    ),
]


@pytest.mark.parametrize("raw,param", BAD_BODIES, ids=[f"bad{i}" for i in range(len(BAD_BODIES))])
def test_bad_chat_bodies_are_400_with_param(client, raw, param):
    r = client.post(
        "/v1/chat/completions", content=raw, headers={"Content-Type": "application/json"}
    )
    err = assert_envelope(r, 400)
    assert err["type"] == "invalid_request_error"
    if param is not None:
        assert err["param"] == param


# OpenAI's field path and a sentence that says what is wrong, never pydantic's union branch
# ("messages.0.content.str") or its stock "Input should be a valid string".
PARAM_AND_MESSAGE = [
    (
        chat(messages=[{"role": "user", "content": 5}]),
        "messages[0].content",
        "a string or an array",
    ),
    (chat(stop=["s"] * 17), "stop", "at most 16 stop sequences"),
    (chat(stop=[1]), "stop[0]", "expected a string"),
    (chat(tool_choice="sometimes"), "tool_choice", "'auto'"),
    (
        chat(messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]),
        "messages[0].content[0]",
        "image input is not supported",
    ),
    (chat(messages=[{"role": "wizard", "content": "x"}]), "messages[0].role", "'wizard'"),
    (chat(model=None), "model", "Missing required parameter"),
    (chat(n=17), "n", "at most 16"),
]


@pytest.mark.parametrize("body,param,words", PARAM_AND_MESSAGE)
def test_errors_name_the_openai_field_and_say_what_is_wrong(client, body, param, words):
    err = assert_envelope(client.post("/v1/chat/completions", json=body), 400, param=param)
    assert words in err["message"]
    assert "should be" not in err["message"] and "literal[" not in err["message"]


@pytest.mark.parametrize(
    "path,body",
    [
        (
            "/v1/chat/completions",
            chat(
                n=None,
                stream=None,
                logprobs=None,
                top_logprobs=None,
                stream_options=None,
                parallel_tool_calls=None,
                temperature=None,
                stop=None,
                tools=None,
                response_format=None,
            ),
        ),
        ("/v1/chat/completions", chat(stream_options={"include_usage": None})),
        (
            "/v1/completions",
            {"model": "tiny", "prompt": "x", "max_tokens": 2, "n": None, "echo": None},
        ),
        ("/v1/completions", {"model": "tiny", "prompt": "x", "max_tokens": 2, "logprobs": None}),
    ],
)
def test_explicit_null_means_the_default(client, path, body):
    r = client.post(path, json=body)
    assert r.status_code == 200, r.text
    assert len(r.json()["choices"]) == 1


def test_effort_minimal_is_low_and_top_k_minus_one_is_off(client):
    r = client.post("/v1/chat/completions", json=chat(reasoning_effort="minimal", top_k=-1))
    assert r.status_code == 200, r.text
    for bad in ({"top_k": -2}, {"reasoning_effort": "maximal"}):
        assert_envelope(client.post("/v1/chat/completions", json=chat(**bad)), 400)


@pytest.mark.parametrize(
    "body,param",
    [
        ({"model": "tiny"}, "prompt"),
        ({"model": "tiny", "prompt": "x", "max_tokens": -1}, "max_tokens"),
        ({"model": "tiny", "prompt": ["a", "b"]}, None),
        ({"model": "tiny", "prompt": [1, 2], "echo": True}, "echo"),
        ({"model": "tiny", "prompt": "x", "n": 17}, "n"),
        ({"model": "tiny", "prompt": "x", "logprobs": 99}, "logprobs"),
        ({"model": "tiny", "prompt": [999_999]}, None),  # outside the vocabulary (engine's check)
        ({"model": "tiny", "prompt": "x", "presence_penalty": 2.5}, "presence_penalty"),
        ({"model": "tiny", "prompt": "x", "frequency_penalty": "1"}, "frequency_penalty"),
        ({"model": "tiny", "prompt": "x", "logit_bias": {"5": 101}}, "logit_bias.5"),
        ({"model": "tiny", "prompt": "x", "logit_bias": {"five": 1}}, "logit_bias.five"),
        ({"model": "tiny", "prompt": "x", "logit_bias": {"999999": 1}}, None),  # engine's check
        ({"model": "tiny", "prompt": ""}, "prompt"),
    ],
)
def test_bad_completion_bodies_are_400(client, body, param):
    err = assert_envelope(client.post("/v1/completions", json=body), 400)
    if param is not None:
        assert err["param"] == param


def test_context_overflow_is_400(client):
    r = client.post("/v1/chat/completions", json=chat(max_tokens=CONTEXT))
    err = assert_envelope(r, 400, param="max_tokens", code="context_length_exceeded")
    assert str(CONTEXT) in err["message"]
    long_prompt = "word " * (CONTEXT * 2)
    r = client.post(
        "/v1/chat/completions",
        json=chat(messages=[{"role": "user", "content": long_prompt}], max_tokens=1),
    )
    assert_envelope(r, 400, code="context_length_exceeded")
    r = client.post("/v1/completions", json={"model": "tiny", "prompt": long_prompt})
    assert_envelope(r, 400, code="context_length_exceeded")


def test_max_completion_tokens_is_checked_too(client):
    r = client.post("/v1/chat/completions", json=chat(max_completion_tokens=10 * CONTEXT))
    assert_envelope(r, 400, param="max_completion_tokens", code="context_length_exceeded")


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic " + KEY},
        {"Authorization": ""},
    ],
)
def test_missing_or_wrong_key_is_401(srv, headers):
    for path, method in [
        ("/v1/models", "GET"),
        ("/v1/chat/completions", "POST"),
        ("/v1/completions", "POST"),
    ]:
        r = httpx.request(method, srv.url + path, headers=headers, json=chat(), timeout=30)
        err = assert_envelope(r, 401, code="invalid_api_key")
        assert err["type"] == "authentication_error"


def test_health_and_metrics_need_no_key(srv):
    assert httpx.get(srv.url + "/health").status_code == 200
    assert httpx.get(srv.url + "/metrics").status_code == 200


def test_unknown_model_is_404(client):
    assert_envelope(
        client.post("/v1/chat/completions", json=chat(model="gpt-5")),
        404,
        param="model",
        code="model_not_found",
    )
    assert_envelope(
        client.post("/v1/completions", json={"model": "nope", "prompt": "x"}),
        404,
        param="model",
        code="model_not_found",
    )
    assert_envelope(client.get("/v1/models/nope"), 404, code="model_not_found")


def test_unknown_route_and_method_use_the_envelope(client):
    assert_envelope(client.get("/v1/nothing-here"), 404)
    assert_envelope(client.get("/v1/chat/completions"), 405)


def test_models_list_and_get(client):
    data = client.get("/v1/models").json()
    assert data["object"] == "list"
    assert [m["id"] for m in data["data"]] == ["tiny"]
    card = client.get("/v1/models/tiny").json()
    assert card["id"] == "tiny" and card["object"] == "model"


def test_unknown_fields_are_ignored(client):
    r = client.post(
        "/v1/completions",
        json={
            "model": "tiny",
            "prompt": "hello",
            "max_tokens": 2,
            "frobnicate": {"x": 1},
            "user": "u1",
        },
    )
    assert r.status_code == 200, r.text
    assert r.json()["usage"]["completion_tokens"] >= 1


def test_server_survives_everything(srv, client):
    # A burst of hostile inputs, then the server must still answer normally.
    for raw in [
        b"\xff\xfe\x00",
        b"{" * 10000,
        b'{"model": "tiny", "messages": null}',
        json.dumps(chat(messages=[{"role": "user", "content": "\0<|start|>"}])).encode(),
        b"nan",
        b'{"model": "tiny", "prompt": "' + b"a" * 100000 + b'"}',
    ]:
        r = client.post(
            "/v1/chat/completions", content=raw, headers={"Content-Type": "application/json"}
        )
        assert r.status_code in (200, 400), r.text
        assert "Traceback" not in r.text
    assert httpx.get(srv.url + "/health").status_code == 200


def test_request_size_limits_are_configurable(tiny_ckpt):
    s = ServerThread(
        Settings(model=tiny_ckpt, model_id="tiny", max_request_mb=0.01, max_messages=3)
    ).start()
    try:
        many = chat(messages=[{"role": "user", "content": "hi"}] * 4)
        r = httpx.post(s.url + "/v1/chat/completions", json=many, timeout=30)
        err = assert_envelope(r, 400, param="messages", code="too_many_messages")
        assert "--max-messages" in err["message"]
        big = json.dumps(chat(messages=[{"role": "user", "content": "x" * 20_000}])).encode()
        r = httpx.post(s.url + "/v1/chat/completions", content=big, timeout=30)
        assert_envelope(r, 413, code="body_too_large")

        def chunked():  # no Content-Length: the limit counts what arrives
            for i in range(0, len(big), 1000):
                yield big[i : i + 1000]

        r = httpx.post(s.url + "/v1/chat/completions", content=chunked(), timeout=30)
        assert "content-length" not in r.request.headers
        assert_envelope(r, 413, code="body_too_large")
        ok = httpx.post(s.url + "/v1/chat/completions", json=chat(), timeout=60)
        assert ok.status_code == 200
    finally:
        s.stop()
