"""All 21 openai-harmony conformance vectors: 19 renders compared byte for byte (and as token ids),
2 parses compared message by message. Inputs come from cases.json.

Reads the copy in tests/data/harmony (works from a plain clone) and checks it still equals
../shared/conformance/harmony when that folder is present.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harmony import HarmonyMessage, StreamParser, SystemConfig, render_chat
from harmony.messages import drop_stale_analysis, parts_text, render_conversation
from harmony.render import generation_prefix
from tests.harmony.test_tokenizer import tiny_vocab

DATA = Path(__file__).resolve().parents[1] / "data" / "harmony"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "harmony"
CASES = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))
RENDER = [c for c in CASES if c["kind"] == "render"]
PARSE = [c for c in CASES if c["kind"] == "parse"]


def expected_text(case: dict) -> str:
    return (DATA / "vectors" / case["vector"]).read_bytes().decode("utf-8").rstrip()


def render_case(case: dict) -> list:
    gen = case["add_generation_prompt"]
    if case["mapping"] == "harmony":
        msgs = [
            HarmonyMessage(
                m["role"], m["content"], m["channel"], m["recipient"], m["content_type"], m["name"]
            )
            for m in case["harmony_messages"]
        ]
        if case["auto_drop_analysis"]:
            msgs = drop_stale_analysis(msgs, training=not gen)
        return render_conversation(msgs) + (list(generation_prefix()) if gen else [])
    system = None
    if case["system_message"]:
        system = SystemConfig(
            model_identity=case["model_identity"],
            knowledge_cutoff=case["knowledge_cutoff"],
            current_date=case["conversation_start_date"],
            reasoning_effort=case["reasoning_effort"],
            valid_channels=tuple(case["required_channels"]),
            builtin_tools=tuple(case["builtin_tools"]),
        )
    prompt = render_chat(
        case["messages"],
        tools=case["tools"],
        system=system,
        add_generation_prompt=gen,
        auto_drop_analysis=bool(case["auto_drop_analysis"]),
    )
    return list(prompt.parts)


def test_every_vector_has_a_case():
    vectors = sorted(p.name for p in (DATA / "vectors").glob("*.txt"))
    assert len(vectors) == 21
    assert sorted(c["vector"] for c in CASES) == vectors


def test_copy_matches_shared():
    if not SHARED.is_dir():
        pytest.skip("../shared not present (plain clone)")
    assert (SHARED / "cases.json").read_bytes() == (DATA / "cases.json").read_bytes()
    for path in (SHARED / "vectors").glob("*"):
        assert path.read_bytes() == (DATA / "vectors" / path.name).read_bytes(), path.name


@pytest.mark.parametrize("case", RENDER, ids=[c["vector"] for c in RENDER])
def test_render_vector(case):
    parts = render_case(case)
    want = expected_text(case)
    assert parts_text(parts).encode("utf-8") == want.encode("utf-8")
    vocab = tiny_vocab()
    # specials land where upstream tokenizes them (e.g. " <|constrain|>json"), text matches too
    assert vocab.encode_parts(parts) == vocab.encode(want)


@pytest.mark.parametrize("case", PARSE, ids=[c["vector"] for c in PARSE])
def test_parse_vector(case):
    vocab = tiny_vocab()
    parser = StreamParser(vocab, role=case["parse_role"])
    for token in vocab.encode(expected_text(case)):
        parser.feed(token)
    parser.finish()
    assert len(parser.messages) == case["expected_message_count"]
    for got, want in zip(parser.messages, case["expected_messages"]):
        for key in ("role", "name", "recipient", "channel", "content_type", "content"):
            assert getattr(got, key) == want[key], key


def test_tool_response_renders_back_to_its_vector():
    # upstream's reverse check: render the parsed message, drop the final <|end|>
    case = next(c for c in PARSE if c["vector"] == "test_tool_response_parsing.txt")
    m = case["expected_messages"][0]
    msg = HarmonyMessage(
        m["role"], m["content"], m["channel"], m["recipient"], m["content_type"], m["name"]
    )
    assert parts_text(render_conversation([msg])[:-1]) == expected_text(case)
