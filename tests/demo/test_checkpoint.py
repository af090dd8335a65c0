"""The committed demo checkpoint: real gpt-oss layout and config, loads through our loader,
and greedy generation through our engine gives well-formed harmony. No torch needed."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

import demo
import loader
from demo.data import functions as fn
from demo.data.chat import system_config
from demo.evaluate import grade
from engine import Engine, SamplingParams
from harmony import HarmonyVocab, render_chat
from loader.layout import hf_tensor_specs
from loader.safetensors_file import read_header
from tests.synthetic.test_checkpoint import REAL_CONFIG_KEYS

PATH = demo.checkpoint_path()


def test_import_demo_is_light():
    code = "import sys, demo; demo.checkpoint_path(); print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'mlx', 'transformers', 'demo')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['demo']"


def test_config_is_a_real_gpt_oss_config_marked_demo_not_synthetic():
    cfg = json.loads((PATH / "config.json").read_text())
    assert set(cfg) == REAL_CONFIG_KEYS | {"demo"}
    assert cfg["demo"]["name"] == "gpt-oss-demo"
    assert cfg["model_type"] == "gpt_oss" and cfg["quantization_config"]["quant_method"] == "mxfp4"
    assert cfg["layer_types"][:2] == ["sliding_attention", "full_attention"]
    assert cfg["rope_scaling"]["rope_type"] == "yarn" and cfg["swiglu_limit"] == 7.0


def test_layout_and_size():
    info = loader.inspect(PATH)
    assert info.layout == "hf" and not info.is_demo  # trained weights: no `synthetic` marker
    header = read_header(PATH / "model.safetensors")
    cfg = loader.GptOssConfig.from_path(PATH)
    specs = hf_tensor_specs(cfg)
    assert set(header.tensors) == set(specs)
    blocks = header.tensors["model.layers.0.mlp.experts.gate_up_proj_blocks"]
    assert blocks.dtype == "U8" and blocks.shape[-1] == 16
    assert header.tensors["model.embed_tokens.weight"].dtype == "BF16"
    total = sum(f.stat().st_size for f in PATH.iterdir())
    assert total <= 20_000_000
    assert (PATH / "README.md").read_text().startswith("# gpt-oss-demo")


@pytest.fixture(scope="module")
def engine_and_vocab():
    model, tokenizer, _ = loader.load(PATH)
    engine = Engine(model, tokenizer, max_batch=8)
    yield engine, HarmonyVocab(tokenizer)
    engine.close()


def _run(engine, vocab, prompts, builtin=()):
    params = SamplingParams(temperature=0.0, max_tokens=120)
    streams = [engine.generate_sync(vocab.encode_parts(p.parts), params) for p in prompts]
    return [
        grade(vocab, p.prefix, [ev.token for ev in s], builtin) for p, s in zip(prompts, streams)
    ]


def test_greedy_answers_are_well_formed_harmony(engine_and_vocab):
    engine, vocab = engine_and_vocab
    rng = random.Random(99)
    asks = [
        "What is 21 + 45?",
        "Convert 3 hours to minutes.",
        "Hello!",
        "Add 5 days to 2025-06-10.",
    ]
    prompts = [
        render_chat([{"role": "user", "content": q}], system=system_config(rng)) for q in asks
    ]
    for g in _run(engine, vocab, prompts):
        assert g.well_formed, g.problems
        assert g.parsed.stop == "return" and g.parsed.content and g.parsed.reasoning


def test_greedy_function_call_is_schema_valid(engine_and_vocab):
    engine, vocab = engine_and_vocab
    tools = [fn.BY_NAME["get_weather"].tool(), fn.BY_NAME["set_timer"].tool()]
    msgs = [{"role": "user", "content": "What's the weather in Rome in celsius?"}]
    prompt = render_chat(msgs, tools=tools, system=system_config(random.Random(1)))
    (g,) = _run(engine, vocab, [prompt])
    assert g.well_formed and g.parsed.stop == "call", g.problems
    call = g.parsed.tool_calls[0]
    assert call.name == "get_weather"
    assert fn.validate(fn.BY_NAME["get_weather"].parameters, json.loads(call.arguments))


def test_grading_rejects_malformed_harmony(engine_and_vocab):
    _, vocab = engine_and_vocab
    prefix = render_chat([{"role": "user", "content": "x"}]).prefix
    good = vocab.encode("<|channel|>final<|message|>4<|return|>")
    assert grade(vocab, prefix, good).well_formed
    no_stop = vocab.encode("<|channel|>final<|message|>4")
    bad_channel = vocab.encode("<|channel|>banter<|message|>4<|return|>")
    plain = vocab.encode("just text, no harmony at all")
    for ids in (no_stop, bad_channel, plain):
        assert not grade(vocab, prefix, ids).well_formed
