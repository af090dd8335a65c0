"""The demo model's training data: right answers, renders byte-identical to the server's
(our `harmony` package), held-out additions kept out, schemas honoured, MXFP4 bytes that MLX
reads back exactly. No torch needed."""

from __future__ import annotations

import datetime as dt
import json
import re

import mlx.core as mx
import numpy as np
import pytest

from demo.data import functions as fn
from demo.data.chat import check_continuation, python_sample, system_config
from demo.data.mix import chat_samples
from demo.data.tasks import addition_steps, held_out_addition, subtraction_steps
from demo.mxfp4 import dequantize, quantize
from harmony import HarmonyVocab, StreamParser, parts_text, render_chat
from harmony.messages import Special

SAMPLES = chat_samples(0, 600)


def _final(sample) -> str:
    parts = sample.segments[-1][0]
    last = len(parts) - 1 - parts[::-1].index(Special.MESSAGE)
    return parts[last + 1]


def test_generation_is_deterministic_per_seed():
    again = chat_samples(0, 600)
    assert [s.text for s in again] == [s.text for s in SAMPLES]
    assert chat_samples(1, 50)[0].text != SAMPLES[0].text


def test_arithmetic_answers_are_right():
    checked = 0
    for s in SAMPLES:
        if s.kind != "arithmetic":
            continue
        m = s.meta
        want = {"add": m["a"] + m["b"], "sub": m["a"] - m["b"], "mul": m["a"] * m["b"]}[m["op"][:3]]
        assert m["result"] == want
        assert _final(s).endswith(f"= {want}.")
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(("a", "b"), [(47, 38), (99, 99), (10, 10), (505, 96), (950, 60)])
def test_addition_steps_carry_digit_by_digit(a, b):
    steps = addition_steps(a, b)
    sums = [int(x) for x in re.findall(r"= (\d+)", steps)]
    total = sum((d % 10) * 10**i for i, d in enumerate(sums))
    if steps.endswith("carry 1."):  # a final carry opens a new place
        total += 10 ** len(sums)
    assert total == a + b


@pytest.mark.parametrize(("a", "b"), [(52, 38), (100, 1), (903, 457)])
def test_subtraction_steps_borrow(a, b):
    steps = subtraction_steps(a, b)
    digits = [int(x) for x in re.findall(r"= (\d+)\.", steps)]
    assert sum(d * 10**i for i, d in enumerate(digits)) == a - b


def test_date_and_unit_answers_are_right():
    checked = 0
    for s in SAMPLES:
        q = s.segments[0][0][-4]  # the last user message's text
        if s.kind == "dates" and (m := re.match(r"What date is (\d+) days after ([\d-]+)\?", q)):
            start = dt.date.fromisoformat(m.group(2))
            assert s.meta["answer"] == (start + dt.timedelta(days=int(m.group(1)))).isoformat()
            checked += 1
        if s.kind == "dates" and (m := re.match(r"Today is (\w+)\. .* in (\d+) days\?", q)):
            want = (_WEEKDAYS.index(m.group(1)) + int(m.group(2))) % 7
            assert s.meta["answer"] == _WEEKDAYS[want]
            checked += 1
        if s.kind == "units" and (m := re.match(r"Convert (\d+) (\w+) to (\w+)\.", q)):
            a, b, n = m.group(2), m.group(3), int(m.group(1))
            want = n * _FACTORS[(a, b)] if (a, b) in _FACTORS else n / _FACTORS[(b, a)]
            assert s.meta["answer"] == want
            checked += 1
    assert checked > 30


_WEEKDAYS = [dt.date(2024, 1, 1 + i).strftime("%A") for i in range(7)]  # 2024-01-01 is a Monday
_FACTORS = {
    ("kilometers", "meters"): 1000,
    ("meters", "centimeters"): 100,
    ("centimeters", "millimeters"): 10,
    ("kilograms", "grams"): 1000,
    ("liters", "milliliters"): 1000,
    ("hours", "minutes"): 60,
    ("minutes", "seconds"): 60,
    ("days", "hours"): 24,
    ("weeks", "days"): 7,
    ("feet", "inches"): 12,
    ("yards", "feet"): 3,
    ("dozens", "items"): 12,
}


def test_held_out_additions_never_trained():
    for s in chat_samples(3, 3000):
        if s.meta.get("op") == "add2":
            assert not held_out_addition(s.meta["a"], s.meta["b"])
    held = [(a, b) for a in range(10, 100) for b in range(10, 100) if held_out_addition(a, b)]
    assert 600 < len(held) < 1000


def test_prompts_are_what_the_server_renders():
    """The prompt segment is exactly render_chat of the request the sample stands for."""
    for s in SAMPLES[:200]:
        text = parts_text(s.prompt)
        assert text.startswith("<|start|>system<|message|>You are ChatGPT")
        assert text.endswith("<|start|>assistant")
        assert "Current date: " in text and "Reasoning: " in text
        if s.kind == "function":
            assert "namespace functions {" in text


def test_function_rounds_continue_the_rerendered_conversation():
    calls = [s for s in SAMPLES if s.kind == "function"]
    assert len(calls) > 50
    s = calls[0]
    # the generator already checked each; a wrong tool result must fail the same check
    tampered = s.segments[:2] + [((Special.START, "functions.x to=assistant"), False)]
    with pytest.raises(AssertionError):
        check_continuation(tampered_sample(s, tampered), s.segments[0][0], 3)


def tampered_sample(s, segments):
    from demo.data.chat import Sample

    return Sample(s.kind, segments, s.meta)


def test_calls_are_schema_valid_and_named():
    for s in SAMPLES:
        if s.kind == "function":
            f = fn.BY_NAME[s.meta["name"]]
            assert fn.validate(f.parameters, s.meta["args"])
            assert f"to=functions.{f.name}" in s.text
    schema = fn.BY_NAME["get_weather"].parameters
    assert not fn.validate(schema, {"unit": "celsius"})  # city is required
    assert not fn.validate(schema, {"city": "Oslo", "unit": "kelvin"})  # not in the enum
    assert not fn.validate(schema, {"city": 3})
    assert not fn.validate(schema, {"city": "Oslo", "extra": 1})


def test_python_output_comes_from_running_the_code(tmp_path):
    s = next(x for x in SAMPLES if x.kind == "python")
    code, out = s.meta["code"], s.meta["output"]
    expr = re.fullmatch(r"print\((.*)\)", code).group(1)
    assert str(eval(expr)) == out
    again = python_sample(
        [{"role": "user", "content": "x"}],
        system_config(__import__("random").Random(0), True),
        "r",
        code,
        out,
        "a",
    )
    assert "to=python" in again.text and "<|start|>python to=assistant" in again.text


def test_completions_parse_with_our_parser():
    """The trained segments, fed as tokens to the server's parser, give reasoning + answer or a
    call, without fallback."""
    from demo.data.build import SPECIAL_IDS, hf_tokenizer
    from synthetic.tokenizer import build_tokenizer

    corpus = [s.text for s in SAMPLES[:200]]
    vocab = HarmonyVocab(hf_tokenizer(build_tokenizer(1024, SPECIAL_IDS, corpus, True)))
    for s in SAMPLES[:100]:
        ids = vocab.encode_parts(s.segments[1][0])
        builtin = ("python",) if s.kind == "python" else ()
        parser = StreamParser(vocab, prefix=s.prompt[-2:], builtin=builtin)
        parser.feed_many(ids)
        parser.finish()
        assert parser.stop in ("return", "call")
        assert all(m.channel in ("analysis", "commentary", "final") for m in parser.messages)
        if s.kind == "function":
            call = parser.messages[-1]
            assert call.recipient == f"functions.{s.meta['name']}"
            assert json.loads(call.content) == s.meta["args"]


def test_digits_are_single_tokens_in_the_trained_tokenizer():
    from demo.data.build import SPECIAL_IDS
    from synthetic.tokenizer import build_tokenizer

    tok = build_tokenizer(600, SPECIAL_IDS, ["12345 + 678 = 13023"] * 50, split_digits=True)
    assert tok.encode("12345").tokens == list("12345")
    assert tok.token_to_id("<|return|>") == SPECIAL_IDS["<|return|>"]
    assert tok.get_vocab_size() == 600


def test_mxfp4_bytes_read_back_by_mlx():
    w = np.random.default_rng(0).standard_normal((3, 64, 96)).astype(np.float32) * 0.05
    w[0, 0, :32] = 0  # an all-zero block
    blocks, scales = quantize(w)
    assert blocks.shape == (3, 64, 3, 16) and scales.shape == (3, 64, 3)
    ours = dequantize(blocks, scales)
    assert np.abs(ours - w).max() <= np.abs(w).max() / 6  # within one FP4 step of the scale
    packed = mx.array(blocks.reshape(3, 64, -1)).view(mx.uint32)
    theirs = mx.dequantize(packed, mx.array(scales), group_size=32, bits=4, mode="mxfp4")
    assert np.array_equal(np.array(theirs.astype(mx.float32)), ours)


def test_system_message_is_the_servers():
    import random

    cfg = system_config(random.Random(5), python=True)
    text = parts_text(render_chat([{"role": "user", "content": "hi"}], system=cfg).parts)
    assert "## python" in text and f"Current date: {cfg.current_date}" in text
