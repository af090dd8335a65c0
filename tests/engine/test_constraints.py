"""Constrained decoding: a random-weight model's output parses as the requested JSON."""

from __future__ import annotations

import dataclasses
import json

import pytest

from engine import Engine, InvalidInput, SamplingParams
from engine.constraints import json_grammar
from tests.engine.test_generation import run_together, tokens

PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 6},
        "colour": {"enum": ["red", "green", "blue"]},
        "ok": {"type": "boolean"},
    },
    "required": ["name", "colour", "ok"],
    "additionalProperties": False,
}
PROMPT = [11, 12, 13, 14]


@pytest.fixture(scope="module")
def engine(tiny_model):
    with Engine(*tiny_model, max_batch=4, prompt_cache_size=0) as eng:
        yield eng


def decode(engine, ids: list[int]) -> str:
    return engine.tokenizer.decode([t for t in ids if t not in engine.eos_token_ids])


@pytest.mark.parametrize("seed", range(6))
def test_sampled_output_matches_the_schema(engine, seed):
    params = SamplingParams(temperature=1.0, seed=seed, max_tokens=80, grammar=json_grammar(PERSON))
    events = list(engine.generate_sync(PROMPT, params, timeout=60))
    assert events[-1].finish_reason == "stop" and events[-1].token in engine.eos_token_ids
    value = json.loads(decode(engine, [e.token for e in events]))
    assert set(value) == {"name", "colour", "ok"}
    assert isinstance(value["name"], str) and len(value["name"]) <= 6
    assert value["colour"] in ("red", "green", "blue") and isinstance(value["ok"], bool)


def test_any_json_object_and_the_unconstrained_control(engine):
    greedy = SamplingParams(temperature=0, max_tokens=60)
    free = decode(engine, tokens(engine.generate_sync(PROMPT, greedy, timeout=60)))
    with pytest.raises(ValueError):
        json.loads(free)  # a random model does not write JSON by itself
    constrained = dataclasses.replace(greedy, grammar=json_grammar(None), max_tokens=200)
    events = list(engine.generate_sync(PROMPT, constrained, timeout=60))
    if events[-1].finish_reason == "stop":
        assert isinstance(json.loads(decode(engine, [e.token for e in events])), dict)
    else:  # ran out of tokens inside the object: still a valid prefix of one
        assert decode(engine, [e.token for e in events]).lstrip().startswith("{")


def test_constrained_rows_leave_their_batch_alone(engine):
    plain = SamplingParams(temperature=0, max_tokens=12, ignore_eos=True)
    constrained = SamplingParams(temperature=0, max_tokens=40, grammar=json_grammar(PERSON))
    alone = tokens(engine.generate_sync([20, 21, 22], plain, timeout=60))
    together = run_together(engine, [PROMPT, [20, 21, 22]], [constrained, plain])
    assert together[1] == alone
    assert json.loads(decode(engine, together[0]))["colour"] in ("red", "green", "blue")


def test_a_schema_that_cannot_be_enforced_is_rejected():
    with pytest.raises(InvalidInput, match="JSON schema"):
        json_grammar({"type": "no-such-type"})
