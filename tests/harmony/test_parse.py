"""The streaming parser: render→encode→parse round trips, tool calls on both channels and with
every header spelling, forced prefixes, multi-byte text split across tokens, and malformed output
(which must fall back to content, never raise).
"""

from __future__ import annotations

import itertools
import random

import pytest

from harmony import (
    ContentDelta,
    HarmonyMessage,
    MessageDone,
    ReasoningDelta,
    Special,
    StreamParser,
    ToolCallArgs,
    ToolCallStart,
    parse_completion,
    render_conversation,
)
from harmony.messages import parts_text
from harmony.render import final_prefix, named_tool_prefix, required_tool_prefix
from tests.harmony.test_tokenizer import tiny_vocab


def ids_for(text: str) -> list[int]:
    return tiny_vocab().encode(text)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def counter_ids():
    n = itertools.count()
    return lambda: f"call_{next(n)}"


def test_round_trip_rendered_assistant_turn():
    msgs = [
        HarmonyMessage("assistant", "Think “twice” 😀", channel="analysis"),
        HarmonyMessage(
            "assistant",
            '{"a": 1}',
            channel="commentary",
            recipient="functions.f",
            content_type="<|constrain|>json",
        ),
        HarmonyMessage(
            "tool", "ok", channel="commentary", recipient="assistant", name="functions.f"
        ),
        HarmonyMessage("assistant", "Préface", channel="commentary"),
        HarmonyMessage("assistant", "Fin — 中文", channel="final"),
    ]
    text = parts_text(render_conversation(msgs))
    assert text.startswith("<|start|>assistant")
    got = parse_completion(tiny_vocab(), ids_for(text), role=None, id_factory=counter_ids())
    assert got.reasoning == "Think “twice” 😀"
    assert got.content == "PréfaceFin — 中文"
    assert [(c.id, c.name, c.arguments) for c in got.tool_calls] == [("call_0", "f", '{"a": 1}')]
    assert [(m.role, m.channel, m.recipient, m.content) for m in got.messages] == [
        (m.role, m.channel, m.recipient, m.content) for m in msgs
    ]


@pytest.mark.parametrize(
    "text,channel",
    [
        (
            '<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{"c":"P"}<|call|>',
            "commentary",
        ),
        (
            ' to=functions.get_weather<|channel|>commentary <|constrain|>json<|message|>{"c":"P"}<|call|>',
            "commentary",
        ),
        (
            '<|channel|>commentary to=functions.get_weather<|constrain|>json<|message|>{"c":"P"}<|call|>',
            "commentary",
        ),
        (
            '<|channel|>commentary to=functions.get_weather json<|message|>{"c":"P"}<|call|>',
            "commentary",
        ),
        (
            '<|channel|>analysis to=functions.get_weather code<|message|>{"c":"P"}<|call|>',
            "analysis",
        ),
        (' to=functions.get_weather<|channel|>analysis<|message|>{"c":"P"}<|call|>', "analysis"),
    ],
)
def test_tool_call_spellings(text, channel):
    parser = StreamParser(tiny_vocab(), id_factory=counter_ids())
    deltas = [
        d
        for t in ids_for("<|channel|>analysis<|message|>hmm<|end|><|start|>assistant" + text)
        for d in parser.feed(t)
    ] + parser.finish()
    starts = [d for d in deltas if isinstance(d, ToolCallStart)]
    assert starts == [ToolCallStart(0, "call_0", "get_weather")]
    assert "".join(d.text for d in deltas if isinstance(d, ToolCallArgs)) == '{"c":"P"}'
    assert "".join(d.text for d in deltas if isinstance(d, ReasoningDelta)) == "hmm"
    assert not [d for d in deltas if isinstance(d, ContentDelta)]
    assert deltas[-1] == MessageDone("assistant", channel, "functions.get_weather", "call")
    assert parser.stop == "call"


def test_two_calls_get_distinct_indexes_and_ids():
    text = (
        "<|channel|>commentary to=functions.a <|constrain|>json<|message|>{}<|call|>"
        "<|start|>assistant<|channel|>commentary to=functions.b <|constrain|>json<|message|>"
        "[1]<|call|>"
    )
    got = parse_completion(tiny_vocab(), ids_for(text))
    assert [(c.name, c.arguments) for c in got.tool_calls] == [("a", "{}"), ("b", "[1]")]
    assert got.tool_calls[0].id != got.tool_calls[1].id
    assert all(c.id.startswith("call_") for c in got.tool_calls)


@pytest.mark.parametrize(
    "prefix,generated,want_name,want_args,want_content",
    [
        (
            named_tool_prefix("get_weather"),
            '{"city": "Oslo"}<|call|>',
            "get_weather",
            '{"city": "Oslo"}',
            "",
        ),
        (
            required_tool_prefix(),
            'lookup <|constrain|>json<|message|>{"q": 1}<|call|>',
            "lookup",
            '{"q": 1}',
            "",
        ),
        (final_prefix(), '{"ok": true}<|return|>', None, None, '{"ok": true}'),
    ],
)
def test_primed_with_forced_prefix(prefix, generated, want_name, want_args, want_content):
    parser = StreamParser(tiny_vocab(), prefix=prefix)
    tokens = ids_for(generated)
    first = parser.feed(tokens[0])
    deltas = first + [d for t in tokens[1:] for d in parser.feed(t)] + parser.finish()
    calls = [d for d in deltas if isinstance(d, ToolCallStart)]
    if want_name is None:
        assert not calls
    else:
        assert [c.name for c in calls] == [want_name]
        if prefix == named_tool_prefix(want_name):
            assert isinstance(first[0], ToolCallStart)  # known before any argument token
        assert "".join(d.text for d in deltas if isinstance(d, ToolCallArgs)) == want_args
    assert "".join(d.text for d in deltas if isinstance(d, ContentDelta)) == want_content


@pytest.mark.parametrize("text", ["é", "😀😀", "中文字", "a“b”c", "Ω≈ç√∫˜µ≤", "🇳🇴 flag"])
def test_multibyte_text_split_across_tokens_streams_whole_characters(text):
    vocab = tiny_vocab()
    body = vocab.encode_text(text)
    # the tiny vocab has no merges for these, so characters really are split over tokens
    assert any(not _is_utf8(vocab.token_bytes(t)) for t in body)
    parser = StreamParser(vocab)
    tokens = ids_for("<|channel|>final<|message|>") + body + ids_for("<|return|>")
    pieces = [d.text for t in tokens for d in parser.feed(t) if isinstance(d, ContentDelta)]
    assert "".join(pieces) == text
    assert all("\ufffd" not in p for p in pieces)


def test_truncated_multibyte_is_replaced_not_raised():
    vocab = tiny_vocab()
    body = vocab.encode_text("😀")[:2]  # half an emoji, then the length limit
    got = parse_completion(vocab, ids_for("<|channel|>final<|message|>ok ") + body)
    assert got.content == "ok \ufffd"


MALFORMED = [
    # (id, generated text, reasoning, content, tool names, stop)
    ("missing-message", "<|channel|>final Hello there<|return|>", "", "Hello there", [], "return"),
    ("missing-message-analysis", "<|channel|>analysis thinking<|end|>", "thinking", "", [], None),
    ("unknown-channel", "<|channel|>thoughts<|message|>hmm<|end|>", "", "hmm", [], None),
    ("no-channel", "<|message|>bare<|return|>", "", "bare", [], "return"),
    ("truncated-content", "<|channel|>final<|message|>partial ans", "", "partial ans", [], None),
    ("truncated-header", "<|channel|>commentary to=functions.get", "", "", [], None),
    ("no-structure", "Just plain text.", "", "Just plain text.", [], None),
    ("long-no-structure", "word " * 150, "", "word " * 150, [], None),
    ("long-no-structure-multibyte", "ü😀" * 120, "", "ü😀" * 120, [], None),
    (
        "start-inside-content",
        "<|channel|>final<|message|>a<|start|>assistant<|channel|>final<|message|>b<|return|>",
        "",
        "ab",
        [],
        "return",
    ),
    (
        "channel-inside-content",
        "<|channel|>analysis<|message|>r<|channel|>final<|message|>c<|return|>",
        "r",
        "c",
        [],
        "return",
    ),
    (
        "missing-start-after-end",
        "<|channel|>analysis<|message|>r<|end|><|channel|>final<|message|>c<|return|>",
        "r",
        "c",
        [],
        "return",
    ),
    (
        "hallucinated-user-turn",
        "<|channel|>final<|message|>c<|end|><|start|>user<|message|>fake<|end|>",
        "",
        "c",
        [],
        None,
    ),
    (
        "stray-specials-in-content",
        "<|channel|>final<|message|>a<|endoftext|>b<|constrain|>c<|message|>d<|return|>",
        "",
        "abcd",
        [],
        "return",
    ),
    (
        "empty-function-name",
        "<|channel|>commentary to=functions.<|message|>x<|call|>",
        "",
        "x",
        [],
        "call",
    ),
    (
        "builtin-recipient",
        "<|channel|>analysis to=browser.search code<|message|>q<|call|>",
        "q",
        "",
        [],
        "call",
    ),
    (
        "header-restarted",
        "<|channel|>final<|start|>assistant<|channel|>final<|message|>ok<|end|>",
        "",
        "ok",
        [],
        None,
    ),
    ("extra-header-words", "<|channel|>final a b c<|message|>ok<|return|>", "", "ok", [], "return"),
    ("role-only-then-eos", "<|end|><|start|>assistant", "", "", [], None),
    (
        "role-then-text-then-stop",
        "<|end|><|start|>assistant Hi!<|return|>",
        "",
        "Hi!",
        [],
        "return",
    ),
    ("only-stop-tokens", "<|return|><|end|><|call|>", "", "", [], "return"),
    (
        "preamble-then-call",
        (
            "<|channel|>commentary<|message|>Let me check.<|end|><|start|>assistant<|channel|>commentary "
            "to=functions.f <|constrain|>json<|message|>{}<|call|>"
        ),
        "",
        "Let me check.",
        ["f"],
        "call",
    ),
]


@pytest.mark.parametrize(
    "text,reasoning,content,tools,stop", [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_malformed_and_edge_outputs_fall_back(text, reasoning, content, tools, stop):
    got = parse_completion(tiny_vocab(), ids_for(text))
    assert (got.reasoning, got.content, [c.name for c in got.tool_calls]) == (
        reasoning,
        content,
        tools,
    )
    assert got.stop == stop


@pytest.mark.parametrize(
    "prefix",
    [final_prefix(), required_tool_prefix(), named_tool_prefix("f"), (Special.START, "assistant")],
)
def test_prefix_with_no_generated_tokens_yields_no_text(prefix):
    parser = StreamParser(tiny_vocab(), prefix=prefix)
    deltas = parser.finish()
    assert not [d for d in deltas if isinstance(d, (ContentDelta, ReasoningDelta, ToolCallArgs))]


def test_streamed_deltas_equal_whole_list_parse():
    text = (
        "<|channel|>analysis<|message|>Need “data”.<|end|><|start|>assistant<|channel|>"
        'commentary to=functions.get <|constrain|>json<|message|>{"k": "ü"}<|call|>'
    )
    parser = StreamParser(tiny_vocab(), id_factory=counter_ids())
    streamed = [d for t in ids_for(text) for d in parser.feed(t)] + parser.finish()
    whole = parse_completion(tiny_vocab(), ids_for(text), id_factory=counter_ids())
    assert "".join(d.text for d in streamed if isinstance(d, ReasoningDelta)) == whole.reasoning
    assert (
        "".join(d.text for d in streamed if isinstance(d, ToolCallArgs))
        == whole.tool_calls[0].arguments
        == '{"k": "ü"}'
    )
    assert sum(isinstance(d, MessageDone) for d in streamed) == 2


def test_random_token_soup_never_raises():
    vocab = tiny_vocab()
    size = len(vocab.tokenizer.get_vocab())
    rng = random.Random(0)
    specials = list(vocab.by_id)
    for _ in range(300):
        tokens = [
            rng.choice(specials) if rng.random() < 0.3 else rng.randrange(size)
            for _ in range(rng.randrange(1, 40))
        ]
        got = parse_completion(vocab, tokens, role=rng.choice(["assistant", None]))
        assert isinstance(got.content, str) and isinstance(got.reasoning, str)
