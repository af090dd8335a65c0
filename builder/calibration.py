"""Calibration texts: the built-in set (builder/data/calibration.jsonl) or a user JSONL file.

Each line is `{"category": ..., "messages": [...]}` or `{"category": ..., "text": ...}`; messages
are rendered to harmony chat text by the `harmony` package, as the server renders them, so
profiling sees the token stream a served model sees. This module does not tokenize or run models
(see builder.profile) and holds no texts itself.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from builder.errors import BuildError
from harmony import HarmonyMessage, parts_text, render_conversation

BUILTIN = Path(__file__).parent / "data" / "calibration.jsonl"
# Work the virtual experts (tools/) can take over, and work only the language model does.
EXTERNALIZABLE = ("arithmetic", "symbolic_math", "dates", "units", "code_execution")
CORE = ("prose", "style", "reasoning", "knowledge", "code_writing")
CATEGORIES = EXTERNALIZABLE + CORE


@dataclass(frozen=True)
class Sample:
    """One calibration text, already in harmony form."""

    category: str
    text: str


@dataclass(frozen=True)
class Calibration:
    """A calibration set and the identity recorded in expert_analysis.json and build_report.json."""

    name: str
    sha256: str
    samples: tuple[Sample, ...]

    def by_category(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.samples:
            out[s.category] = out.get(s.category, 0) + 1
        return out


def render_harmony(messages: list[dict]) -> str:
    """Harmony chat text for a conversation; assistant turns go to the final channel.

    An assistant message's optional `thinking` becomes an analysis-channel message before it, as
    gpt-oss emits reasoning.
    """
    out: list[HarmonyMessage] = []
    for m in messages:
        role, content = m.get("role"), m.get("content")
        if role not in ("system", "developer", "user", "assistant") or not isinstance(content, str):
            raise BuildError(f"calibration message {m!r} needs a role and string content")
        if role == "assistant":
            if m.get("thinking"):
                out.append(HarmonyMessage(role, m["thinking"], channel="analysis"))
            out.append(HarmonyMessage(role, content, channel="final"))
        else:
            out.append(HarmonyMessage(role, content))
    return parts_text(render_conversation(out))


def load_calibration(
    path: Path | None = None, categories: tuple[str, ...] | None = None
) -> Calibration:
    """Read a calibration JSONL (default: the built-in set), optionally only some categories."""
    path = Path(path) if path is not None else BUILTIN
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BuildError(f"--calibration {path}: {exc.strerror}; give a JSONL file") from exc
    samples = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise BuildError(f"{path}:{n}: not JSON ({exc})") from exc
        cat = obj.get("category") if isinstance(obj, dict) else None
        if not isinstance(cat, str) or not cat:
            raise BuildError(f'{path}:{n}: needs a "category" string')
        if isinstance(obj.get("messages"), list):
            text = render_harmony(obj["messages"])
        elif isinstance(obj.get("text"), str):
            text = obj["text"]
        else:
            raise BuildError(f'{path}:{n}: needs "text" (string) or "messages" (list)')
        if categories is None or cat in categories:
            samples.append(Sample(cat, text))
    if not samples:
        raise BuildError(
            f"{path}: no calibration samples" + (f" in {categories}" if categories else "")
        )
    name = "builtin" if path == BUILTIN else str(path)
    return Calibration(name, hashlib.sha256(raw).hexdigest(), tuple(samples))
