"""Harmony completions (as real token ids of the checkpoint's tokenizer) through the server's
per-token chat state: reasoning, content, streamed tool calls, stop strings, finish reasons and
usage (reasoning tokens). The random demo model cannot be made to write these, so they are fed
token by token exactly as the engine would hand them over.
"""

from __future__ import annotations

import json

import pytest
from mlx_lm.utils import load_tokenizer

from harmony.render import Prompt, generation_prefix, named_tool_prefix
from harmony.vocab import HarmonyVocab
from server.events import Joined
from server.local_chat import ChatStream
from server.stops import StopMatcher


@pytest.fixture(scope="module")
def vocab(tiny_ckpt):
    return HarmonyVocab(load_tokenizer(tiny_ckpt))


def run(vocab, text, *, stops=(), prefix=None, logprobs=False, limit=None, parallel=True):
    """Feed `text` (harmony, specials allowed) token by token; return (deltas, state)."""
    prefix = prefix or generation_prefix()
    ids = vocab.encode(text)
    if limit is not None:
        ids = ids[:limit]
    state = ChatStream(
        vocab,
        Prompt(tuple(prefix), tuple(prefix)),
        list(stops),
        100,
        logprobs,
        parallel_tool_calls=parallel,
    )
    stop_ids = set(vocab.stop_ids)
    deltas = []
    for i, t in enumerate(ids):
        last = i == len(ids) - 1
        finish = ("stop" if t in stop_ids else "length") if last else None
        d = state.token(t, logprob=("lp", i), finish_reason=finish)
        if d is not None:
            deltas.append(d)
        if state.stopped:
            break
    deltas.append(state.finish())
    return deltas, state, ids


def joined(deltas):
    j = Joined()
    for d in deltas:
        j.add(d)
    return j


CASES = [
    # (name, harmony text after "<|start|>assistant", reasoning, content, finish)
    (
        "analysis_then_final",
        (
            "<|channel|>analysis<|message|>Let me think.<|end|><|start|>assistant<|channel|>final"
            "<|message|>Hello world<|return|>"
        ),
        "Let me think.",
        "Hello world",
        "stop",
    ),
    ("final_only", "<|channel|>final<|message|>Just this.<|return|>", "", "Just this.", "stop"),
    (
        "commentary_without_recipient_is_content",
        (
            "<|channel|>commentary<|message|>Working on it.<|end|><|start|>assistant<|channel|>final"
            "<|message|>Done.<|return|>"
        ),
        "",
        "Working on it.Done.",
        "stop",
    ),
    ("unstructured_falls_back_to_content", "plain words, no header", "", None, "length"),
]


@pytest.mark.parametrize("name,text,reasoning,content,finish", CASES, ids=[c[0] for c in CASES])
def test_channels_map_to_fields(vocab, name, text, reasoning, content, finish):
    deltas, _state, ids = run(vocab, text)
    j = joined(deltas)
    assert j.reasoning == reasoning
    if content is not None:
        assert j.content == content
    else:
        assert j.content  # something came back, nothing was lost
    assert j.finish_reason == finish
    assert j.usage.completion_tokens == len(ids)
    assert j.usage.prompt_tokens == 100


def test_reasoning_tokens_are_the_analysis_message(vocab):
    analysis = "<|channel|>analysis<|message|>Let me think about it.<|end|>"
    final = "<|start|>assistant<|channel|>final<|message|>Hi<|return|>"
    deltas, state, ids = run(vocab, analysis + final)
    assert state.usage.reasoning_tokens == len(vocab.encode(analysis))
    assert state.usage.completion_tokens == len(ids)
    # Reasoning streams as it is generated, not in one piece at the end.
    assert sum(1 for d in deltas if d.reasoning) > 1


def test_tool_call_streams_name_then_argument_deltas(vocab):
    args = {"city": "Oslo", "unit": "celsius"}
    text = (
        "<|channel|>analysis<|message|>Need weather.<|end|><|start|>assistant<|channel|>"
        "commentary to=functions.get_weather <|constrain|>json<|message|>"
        + json.dumps(args)
        + "<|call|>"
    )
    deltas, _state, _ = run(vocab, text)
    calls = [tc for d in deltas for tc in d.tool_calls]
    assert calls[0].name == "get_weather" and calls[0].id.startswith("call_")
    assert all(tc.index == 0 for tc in calls) and len(calls) > 2
    assert json.loads("".join(tc.arguments for tc in calls)) == args
    j = joined(deltas)
    assert j.finish_reason == "tool_calls" and j.content == ""
    assert j.reasoning == "Need weather."


def test_two_parallel_tool_calls_get_two_indexes(vocab):
    one = (
        '<|channel|>commentary to=functions.a <|constrain|>json<|message|>{"x": 1}<|end|>'
        "<|start|>assistant<|channel|>commentary to=functions.b <|constrain|>json<|message|>"
        '{"y": 2}<|call|>'
    )
    j = joined(run(vocab, one)[0])
    assert [(i, c.name, json.loads(c.arguments)) for i, c in sorted(j.tool_calls.items())] == [
        (0, "a", {"x": 1}),
        (1, "b", {"y": 2}),
    ]


def test_parallel_tool_calls_false_keeps_only_the_first(vocab):
    two = (
        '<|channel|>commentary to=functions.a <|constrain|>json<|message|>{"x": 1}<|end|>'
        "<|start|>assistant<|channel|>commentary to=functions.b <|constrain|>json<|message|>"
        '{"y": 2}<|call|>'
    )
    deltas, state, ids = run(vocab, two, parallel=False)
    j = joined(deltas)
    assert [c.name for c in j.tool_calls.values()] == ["a"]
    assert j.finish_reason == "tool_calls" and state.usage.completion_tokens < len(ids)


def test_named_tool_prefix_starts_the_call_before_any_token(vocab):
    deltas, _, _ = run(vocab, '{"city": "Paris"}<|call|>', prefix=named_tool_prefix("get_weather"))
    assert deltas[0].tool_calls[0].name == "get_weather"
    j = joined(deltas)
    assert json.loads(j.tool_calls[0].arguments) == {"city": "Paris"}
    assert j.finish_reason == "tool_calls"


@pytest.mark.parametrize(
    "stop,expected",
    [
        ("world", "Hello "),
        (["xyz", "lo w"], "Hel"),
        ("Hello", ""),
        ("absent", "Hello world"),
    ],
)
def test_stop_strings_apply_to_content(vocab, stop, expected):
    text = "<|channel|>final<|message|>Hello world<|return|>"
    deltas, state, ids = run(vocab, text, stops=[stop] if isinstance(stop, str) else stop)
    j = joined(deltas)
    assert j.content == expected
    assert j.finish_reason == "stop"
    if expected != "Hello world":
        assert state.stopped and j.usage.completion_tokens < len(ids)


def test_stop_string_does_not_cut_reasoning(vocab):
    text = (
        "<|channel|>analysis<|message|>STOP here is fine<|end|><|start|>assistant<|channel|>"
        "final<|message|>ok STOP no<|return|>"
    )
    j = joined(run(vocab, text, stops=["STOP"])[0])
    assert j.reasoning == "STOP here is fine" and j.content == "ok "


def test_length_cut_mid_answer(vocab):
    text = "<|channel|>final<|message|>Hello world and more words here<|return|>"
    deltas, _state, _ids = run(vocab, text, limit=8)
    j = joined(deltas)
    assert j.finish_reason == "length" and j.usage.completion_tokens == 8
    assert "Hello world and more words here".startswith(j.content)


def test_logprobs_follow_content_tokens_only(vocab):
    text = (
        "<|channel|>analysis<|message|>think<|end|><|start|>assistant<|channel|>final"
        "<|message|>Hello world<|return|>"
    )
    deltas, _, ids = run(vocab, text, logprobs=True)
    lps = [lp for d in deltas for lp in d.logprobs]
    content_ids = vocab.encode("Hello world")
    assert len(lps) == len(content_ids)
    assert all(i >= len(ids) - len(content_ids) - 1 for _, i in lps)


@pytest.mark.parametrize(
    "pieces,stops,expected",
    [
        (["ab", "c"], ["bc"], "a"),
        (["a", "b", "c", "d"], ["cd", "bd"], "ab"),
        (["xx", "yy"], ["y y"], "xxyy"),
        (["\u00e9t\u00e9", " !"], ["\u00e9 "], "\u00e9t"),
    ],
)
def test_stop_matcher_across_pieces(pieces, stops, expected):
    m = StopMatcher(stops)
    out = "".join(m.feed(p) for p in pieces) + m.flush()
    assert out == expected
