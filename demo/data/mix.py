"""The chat half of the training mix, reproducible from a seed.

`chat_samples(seed, n)` draws tasks (arithmetic, dates, units, small talk), sometimes with
functions declared but not needed, function calls with their result, built-in python calls and
multi-turn conversations (earlier turns rendered as history, the last one trained), each with a
random but server-shaped system message. `eval_prompts(seed, n)` draws the held-out prompts of
the evaluation the same way with another seed.
"""

from __future__ import annotations

import random

from demo.data import functions as fn
from demo.data.chat import Sample, answer_sample, function_sample, python_sample, system_config
from demo.data.tasks import TASKS

WEIGHTS = {
    "arithmetic": 30,
    "dates": 8,
    "units": 8,
    "small_talk": 3,
    "unused_tools": 8,
    "function": 25,
    "python": 8,
    "multi_turn": 10,
}
INSTRUCTIONS = (
    None,
    None,
    "Answer briefly.",
    "You are a helpful assistant.",
    "Be concise and exact.",
)


def _messages(rng: random.Random, user: str) -> list[dict]:
    dev = rng.choice(INSTRUCTIONS)
    return ([{"role": "system", "content": dev}] if dev else []) + [
        {"role": "user", "content": user}
    ]


def _task(rng: random.Random, effort: str, kind: str | None = None):
    kind = kind or rng.choices(("arithmetic", "dates", "units", "small_talk"), (6, 2, 2, 1))[0]
    return kind, *TASKS[kind](rng, effort)


def one_sample(rng: random.Random) -> Sample:
    kind = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    if kind == "python":
        system = system_config(rng, python=True)
        ask, code, out, answer = fn.python_task(rng)
        return python_sample(
            _messages(rng, ask),
            system,
            "The user asks to use python. Run the code.",
            code,
            out,
            answer,
        )
    system = system_config(rng)
    if kind == "function":
        f = rng.choice(fn.FUNCTIONS)
        others = rng.sample([g for g in fn.FUNCTIONS if g is not f], rng.randint(0, 2))
        declared = others + [f]
        rng.shuffle(declared)
        ask, args, result, answer = f.make(rng)
        reasoning = f"The user wants this done with {f.name}. Call it with the arguments."
        return function_sample(
            _messages(rng, ask),
            system,
            [d.tool() for d in declared],
            reasoning,
            f.name,
            args,
            result,
            answer,
            {"user": ask},
        )
    if kind == "unused_tools":
        tools = [f.tool() for f in rng.sample(fn.FUNCTIONS, rng.randint(1, 3))]
        sub, q, reasoning, answer, meta = _task(rng, system.reasoning_effort)
        reasoning = "No tool is needed for this. " + reasoning
        return answer_sample(
            sub, _messages(rng, q), system, reasoning, answer, tools, {**meta, "user": q}
        )
    if kind == "multi_turn":
        history: list[dict] = _messages(rng, "")[:-1]
        for _ in range(rng.randint(1, 2)):
            _, q, _, a, _ = _task(rng, system.reasoning_effort)
            history += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
        sub, q, reasoning, answer, meta = _task(rng, system.reasoning_effort)
        history.append({"role": "user", "content": q})
        return answer_sample("multi_turn", history, system, reasoning, answer, None, meta)
    sub, q, reasoning, answer, meta = _task(rng, system.reasoning_effort, kind)
    return answer_sample(
        sub, _messages(rng, q), system, reasoning, answer, None, {**meta, "user": q}
    )


def chat_samples(seed: int, n: int) -> list[Sample]:
    rng = random.Random(seed)
    return [one_sample(rng) for _ in range(n)]
