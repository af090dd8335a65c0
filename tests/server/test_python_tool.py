"""The model's built-in python tool, run by us: the model writes `to=python` code, the server
runs it in the sandbox, hands the output back as the python tool's message and generation goes
on in the same response. A random-weight model never calls python by itself, so the backend
below forces each round's tokens with a grammar (the engine's own constrained decoding): round
one calls python, round two answers. The sandbox is real, not mocked."""

from __future__ import annotations

import json

import openai
import pytest

from server.local import LocalBackend
from tests.support.sandbox import needs_linux_root
from tests.support.scripted import forced, serve

MODEL = "tiny"


class ScriptedPython(LocalBackend):
    """The real local backend; only the model's choice of tokens is scripted."""

    code = "print(6*7)"

    def round_params(self, params, rounds_left):
        if rounds_left == self.settings.python_rounds:  # the first round calls python
            text = json.dumps(self.code)
            lark = f'start: <|channel|> "analysis to=python code" <|message|> {text} <|call|>'
        else:
            lark = 'start: <|channel|> "final" <|message|> "done" <|return|>'
        return forced(params, lark)


@pytest.fixture(scope="module")
def srv(tiny_ckpt):
    s = serve(ScriptedPython, tiny_ckpt)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def client(srv):
    return openai.OpenAI(base_url=srv.url + "/v1", api_key="x", max_retries=0, timeout=120)


@needs_linux_root
def test_chat_runs_the_call_and_the_model_goes_on(srv, client):
    r = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "compute"}],
        max_tokens=200,
        extra_body={"builtin_tools": ["python"], "virtual_experts": "off"},
    )
    msg = r.choices[0].message
    assert msg.content == "done" and r.choices[0].finish_reason == "stop"
    (call,) = msg.model_extra["code_interpreter_calls"]
    assert call["code"] == "print(6*7)" and call["output"] == "42"
    assert call["status"] == "completed" and call["id"].startswith("call_")


@needs_linux_root
def test_responses_show_a_code_interpreter_call_and_its_events(client):
    tools = [{"type": "code_interpreter", "container": {"type": "auto"}}]
    with client.responses.stream(
        model=MODEL, input="compute", tools=tools, max_output_tokens=200
    ) as stream:
        kinds = [e.type for e in stream]
        final = stream.get_final_response()
    ci, msg = final.output[0], final.output[-1]
    assert ci.type == "code_interpreter_call" and ci.code == "print(6*7)"
    assert ci.outputs[0].logs == "42" and ci.status == "completed"
    assert msg.type == "message" and final.output_text == "done"
    for kind in (
        "response.code_interpreter_call.in_progress",
        "response.code_interpreter_call_code.delta",
        "response.code_interpreter_call_code.done",
        "response.code_interpreter_call.interpreting",
        "response.code_interpreter_call.completed",
    ):
        assert kind in kinds
    assert kinds.index("response.code_interpreter_call.completed") < kinds.index(
        "response.output_text.delta"
    )


@needs_linux_root
def test_a_failing_run_is_the_tools_output_not_an_error(srv, client):
    backend = srv.state.backend
    backend.code = "1/0"
    try:
        r = client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "compute"}],
            max_tokens=200,
            extra_body={"builtin_tools": ["python"], "virtual_experts": "off"},
        )
    finally:
        backend.code = ScriptedPython.code
    (call,) = r.choices[0].message.model_extra["code_interpreter_calls"]
    assert "ZeroDivisionError" in call["output"] and call["status"] == "failed"
    assert r.choices[0].message.content == "done"
