"""The OpenAI Agents SDK, whose default model speaks the Responses API, runs an agent with a
function tool to completion against our server. A random-weight model never calls a tool, so
the backend forces the model's tokens with a grammar: the first turn calls get_weather, the turn
after the tool's result answers. Everything else (the SDK, HTTP, the Responses API, harmony,
the engine) is real."""

from __future__ import annotations

import asyncio

import pytest
from agents import Agent, OpenAIResponsesModel, Runner, function_tool, set_tracing_disabled
from openai import AsyncOpenAI

from server.local import LocalBackend
from tests.support.scripted import forced, serve

CALL = (
    'start: <|channel|> "commentary to=functions.get_weather " <|constrain|> "json" '
    '<|message|> "{\\"city\\": \\"Oslo\\"}" <|call|>'
)
ANSWER = 'start: <|channel|> "final" <|message|> "It is 3 C in Oslo." <|return|>'


class Scripted(LocalBackend):
    def _prepare_chat(self, req, messages):
        state, ids, params = super()._prepare_chat(req, messages)
        answered = any(m.get("role") == "tool" for m in messages)
        return (
            state,
            ids,
            forced(params, ANSWER if answered else CALL),
        )


@pytest.fixture
def srv(tiny_ckpt):
    s = serve(Scripted, tiny_ckpt, virtual_experts="off")
    yield s
    s.stop()


def test_an_agent_with_a_function_tool_runs_to_completion(srv):
    calls: list[str] = []

    @function_tool
    def get_weather(city: str) -> str:
        """The weather in a city."""
        calls.append(city)
        return "3 C"

    set_tracing_disabled(True)
    client = AsyncOpenAI(base_url=srv.url + "/v1", api_key="x", max_retries=0)
    agent = Agent(
        name="weather",
        instructions="Answer with the weather.",
        tools=[get_weather],
        model=OpenAIResponsesModel("tiny", client),
    )
    result = asyncio.run(Runner.run(agent, "What is the weather in Oslo?"))
    assert calls == ["Oslo"]
    assert result.final_output == "It is 3 C in Oslo."
