"""Upstreams that do not parse harmony (mlx-lm's server) send raw `<|channel|>...` text as
content; the harmony parser's text input splits it into reasoning, content and tool calls,
however the text is chunked, and leaves ordinary text alone."""

from __future__ import annotations

import asyncio
import json

import pytest

from harmony import TextStreamParser
from server.events import Delta, Joined, delta_from_harmony
from server.upstream import split_harmony

TOOL = (
    "<|channel|>analysis<|message|>Need the weather.<|end|><|start|>assistant<|channel|>"
    'commentary to=functions.get_weather <|constrain|>json<|message|>{"city": "Oslo"}'
    "<|call|>"
)
CASES = [
    # (upstream content, reasoning, content, tool calls)
    (
        (
            "<|channel|>analysis<|message|>Think.<|end|><|start|>assistant<|channel|>final"
            "<|message|>Hello <b>world</b><|return|>"
        ),
        "Think.",
        "Hello <b>world</b>",
        [],
    ),
    (TOOL, "Need the weather.", "", [("get_weather", {"city": "Oslo"})]),
    ("<|channel|>final<|message|>a <| b |> c, x<|y<|return|>", "", "a <| b |> c, x<|y", []),
    (
        "An ordinary answer, <|channel|> mentioned.",
        "",
        "An ordinary answer, <|channel|> mentioned.",
        [],
    ),
    ("<", "", "<", []),
    # the text names its own role; white space between messages is not content
    (
        (
            "<|start|>assistant<|channel|>analysis<|message|>Hm.<|end|>\n\n"
            "<|start|>assistant<|channel|>final<|message|>Done.<|return|>"
        ),
        "Hm.",
        "Done.",
        [],
    ),
    # another server's special-looking text inside an answer stays text
    (
        "<|channel|>final<|message|>use <|endoftext|> here<|return|>",
        "",
        "use <|endoftext|> here",
        [],
    ),
]


def split(text: str, size: int) -> Joined:
    p, j = TextStreamParser(), Joined()
    for i in range(0, len(text), size):
        j.add(delta_from_harmony(p.feed_text(text[i : i + size])))
    j.add(delta_from_harmony(p.finish()))
    return j


@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
@pytest.mark.parametrize("text,reasoning,content,calls", CASES, ids=range(len(CASES)))
def test_splitting_is_independent_of_chunking(text, reasoning, content, calls, size):
    j = split(text, size)
    assert j.reasoning == reasoning
    assert j.content == content
    got = [(c.name, json.loads(c.arguments)) for _, c in sorted(j.tool_calls.items())]
    assert got == calls


def test_stream_wrapper_sets_tool_calls_finish_reason():
    async def upstream():
        for i in range(0, len(TOOL), 5):
            yield Delta(content=TOOL[i : i + 5])
        yield Delta(finish_reason="stop")

    async def collect():
        return [d async for d in split_harmony(upstream())]

    deltas = asyncio.run(collect())
    j = Joined()
    for d in deltas:
        j.add(d)
    assert j.finish_reason == "tool_calls"
    assert j.tool_calls[0].id.startswith("call_") and j.tool_calls[0].name == "get_weather"
    assert sum(1 for d in deltas for tc in d.tool_calls if tc.arguments) > 1  # streamed


def test_white_space_between_messages_is_not_malformed(caplog):
    text = CASES[5][0]
    assert "\n\n" in text
    with caplog.at_level("WARNING", logger="harmony.parse"):
        split(text, 4)
    assert [r.getMessage() for r in caplog.records] == []
