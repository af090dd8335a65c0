"""Harmony on the tokenizer of the loader's synthetic checkpoint (`tiny_ckpt`, real HF layout,
specials at small non-o200k ids), loaded the way the server loads it (mlx-lm TokenizerWrapper).
"""

from __future__ import annotations

import json

import pytest
from mlx_lm.tokenizer_utils import load as load_tokenizer

from harmony import HarmonyVocab, Special, SystemConfig, parse_completion, render_chat
from tests.harmony.test_conformance import RENDER, expected_text, render_case


@pytest.fixture(scope="module")
def ckpt_vocab(tiny_ckpt) -> HarmonyVocab:
    return HarmonyVocab(load_tokenizer(tiny_ckpt))


def test_special_ids_are_the_checkpoints(ckpt_vocab, tiny_ckpt):
    added = json.loads((tiny_ckpt / "tokenizer_config.json").read_text())["added_tokens_decoder"]
    by_text = {v["content"]: int(k) for k, v in added.items()}
    assert {s.value: i for s, i in ckpt_vocab.ids.items()} == {
        s.value: by_text[s.value] for s in Special
    }
    eos = json.loads((tiny_ckpt / "generation_config.json").read_text())["eos_token_id"]
    assert set(ckpt_vocab.stop_ids) <= set(eos)


def test_vectors_encode_with_specials_in_place(ckpt_vocab):
    for case in RENDER:
        parts = render_case(case)
        assert ckpt_vocab.encode_parts(parts) == ckpt_vocab.encode(expected_text(case)), case[
            "vector"
        ]


def test_render_encode_parse_round_trip(ckpt_vocab):
    prompt = render_chat(
        [{"role": "user", "content": "Weather in Zürich?"}],
        tools=[{"type": "function", "function": {"name": "get_weather"}}],
        system=SystemConfig(current_date="2025-08-05"),
    )
    ids = ckpt_vocab.encode_parts(prompt.parts)
    assert ckpt_vocab.decode(ids) == prompt.text
    generated = ckpt_vocab.encode(
        "<|channel|>analysis<|message|>Need the tool — “get_weather”.<|end|><|start|>assistant"
        "<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>"
        '{"city": "Zürich"}<|call|>'
    )
    got = parse_completion(ckpt_vocab, generated)
    assert got.reasoning == "Need the tool — “get_weather”."
    assert [(c.name, c.arguments) for c in got.tool_calls] == [
        ("get_weather", '{"city": "Zürich"}')
    ]
    assert got.stop == "call" and got.content == ""
