"""Harmony training samples rendered with our own `harmony` package, as the server renders them.

A `Sample` is a list of segments (rendered parts, trained or not): the prompt is exactly
`harmony.render_chat(...)` with the server's `SystemConfig` (date, reasoning effort, built-in
python), each assistant completion is the text the model must write after `<|start|>assistant`,
and a tool round continues with the tool's message and the next `<|start|>assistant`, exactly
as the server continues a conversation. `check_continuation` proves the re-rendered
conversation equals the concatenation. Token ids come later (`demo.data.build`).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from typing import Any

from harmony.messages import HarmonyMessage, Part, Special, parts_text, render_message
from harmony.render import generation_prefix, render_chat
from harmony.system import SystemConfig

EFFORTS = ("low", "medium", "high")


@dataclass
class Sample:
    """One training example: segments of rendered parts, each with "is it trained?"."""

    kind: str
    segments: list[tuple[tuple[Part, ...], bool]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "".join(parts_text(p) for p, _ in self.segments)

    @property
    def prompt(self) -> tuple[Part, ...]:
        """The first segment: what a client's request renders to."""
        return self.segments[0][0]


def system_config(rng: random.Random, python: bool = False) -> SystemConfig:
    """A system message as the server writes it: today's date, an effort, maybe python."""
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    return SystemConfig(
        current_date=day.isoformat(),
        reasoning_effort=rng.choice(EFFORTS),
        builtin_tools=("python",) if python else (),
    )


def analysis(text: str) -> tuple[Part, ...]:
    return (Special.CHANNEL, "analysis", Special.MESSAGE, text, Special.END)


def final(text: str) -> tuple[Part, ...]:
    return (Special.CHANNEL, "final", Special.MESSAGE, text, Special.RETURN)


def then(*parts: Part) -> tuple[Part, ...]:
    """A further message of the same assistant turn (after an `<|end|>`)."""
    return (Special.START, "assistant", *parts)


def function_call(name: str, args: dict) -> tuple[Part, ...]:
    """The call as our renderer writes it in history (recipient in the header), so the next
    round's prompt continues the generated tokens byte for byte."""
    return (
        f" to=functions.{name}",
        Special.CHANNEL,
        "commentary",
        " ",
        Special.CONSTRAIN,
        "json",
        Special.MESSAGE,
        json.dumps(args, ensure_ascii=False),
        Special.CALL,
    )


def python_call(code: str) -> tuple[Part, ...]:
    return (" to=python", Special.CHANNEL, "analysis code", Special.MESSAGE, code, Special.CALL)


def answer_sample(
    kind: str,
    messages: list[dict],
    system: SystemConfig,
    reasoning: str | None,
    answer: str,
    tools: list[dict] | None = None,
    meta: dict | None = None,
) -> Sample:
    """Prompt (history included) -> [analysis] + final."""
    prompt = render_chat(messages, tools=tools, system=system).parts
    completion: tuple[Part, ...] = ()
    if reasoning:
        completion = analysis(reasoning) + then(*final(answer))
    else:
        completion = final(answer)
    return Sample(kind, [(prompt, False), (completion, True)], meta or {})


def function_sample(
    messages: list[dict],
    system: SystemConfig,
    tools: list[dict],
    reasoning: str,
    name: str,
    args: dict,
    result: str,
    answer: str,
    meta: dict | None = None,
) -> Sample:
    """Prompt -> analysis + call; the tool's result; -> final (two trained rounds)."""
    prompt = render_chat(messages, tools=tools, system=system).parts
    call = analysis(reasoning) + then(*function_call(name, args))
    tool_msg = HarmonyMessage(
        "tool", result, channel="commentary", recipient="assistant", name=f"functions.{name}"
    )
    resumed = tuple(render_message(tool_msg)) + generation_prefix()
    sample = Sample(
        "function",
        [(prompt, False), (call, True), (resumed, False), (final(answer), True)],
        {"name": name, "args": args, **(meta or {})},
    )
    history = messages + [
        {
            "role": "assistant",
            "reasoning_content": reasoning,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": result},
    ]
    check_continuation(sample, render_chat(history, tools=tools, system=system).parts, 3)
    return sample


def python_sample(
    messages: list[dict], system: SystemConfig, reasoning: str, code: str, output: str, answer: str
) -> Sample:
    """Prompt -> analysis + `to=python` call; the output (as the server feeds it) -> final."""
    prompt = render_chat(messages, system=system).parts
    call = analysis(reasoning) + then(*python_call(code))
    out_msg = HarmonyMessage(
        "tool", output, channel="analysis", recipient="assistant", name="python"
    )
    resumed = tuple(render_message(out_msg)) + generation_prefix()
    return Sample(
        "python",
        [(prompt, False), (call, True), (resumed, False), (final(answer), True)],
        {"code": code, "output": output},
    )


def check_continuation(sample: Sample, rerendered: tuple[Part, ...], upto: int) -> None:
    """The first `upto` segments must be exactly what the server renders for the next round."""
    joined = "".join(parts_text(p) for p, _ in sample.segments[:upto])
    if joined != parts_text(rerendered):
        raise AssertionError(
            f"continuation differs from the re-render:\n{joined}\n---\n{rerendered}"
        )
