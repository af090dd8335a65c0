"""Measure a demo checkpoint through our loader and engine (MLX, greedy), never torch.

On prompts drawn with another seed than the training data (and checked not to occur in it):
well-formed harmony (our parser reads every message, the completion stops on `<|return|>` or
`<|call|>`, and the parser logs no fallback), schema-valid calls for prompts that ask for a
declared function, exact answers on held-out two-digit additions, plus checkpoint size, load
time and single-stream decode speed. `run` writes demo.json and demo.md when given a folder.
"""

from __future__ import annotations

import json
import logging
import random
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from demo.data import functions as fn
from demo.data.chat import system_config
from demo.data.mix import chat_samples, one_sample
from demo.data.tasks import ADD_ASK, held_out_addition
from engine import Engine, SamplingParams
from harmony import HarmonyVocab, StreamParser, parts_text, render_chat
from harmony.parse import CHANNELS, BuiltinCallStart, BuiltinCallText, ParsedCompletion

log = logging.getLogger(__name__)
MAX_TOKENS = 160


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage())


@dataclass
class Graded:
    parsed: ParsedCompletion
    builtin_code: str
    well_formed: bool
    problems: list[str]
    tokens: int


def grade(vocab: HarmonyVocab, prefix, tokens: list[int], builtin=()) -> Graded:
    """Parse generated ids as the server does and say whether the harmony is well formed."""
    catcher = _Warnings()
    plog = logging.getLogger("harmony.parse")
    plog.addHandler(catcher)
    try:
        parser = StreamParser(vocab, prefix=prefix, builtin=builtin)
        result = ParsedCompletion()
        code = ""
        for ev in parser.feed_many(tokens) + parser.finish():
            if isinstance(ev, BuiltinCallText):
                code += ev.text
            elif not isinstance(ev, BuiltinCallStart):
                result.add(ev)
        result.messages, result.stop = parser.messages, parser.stop
    finally:
        plog.removeHandler(catcher)
    problems = list(catcher.records)
    if result.stop not in ("return", "call"):
        problems.append(f"no stop token (stop={result.stop})")
    for m in result.messages:
        if m.role != "assistant" or m.channel not in CHANNELS:
            problems.append(f"message {m.role}/{m.channel}")
    if result.stop == "return" and not result.content:
        problems.append("returned without final content")
    if result.stop == "call" and not (result.tool_calls or code):
        problems.append("call without a tool call")
    return Graded(result, code, not problems, problems, len(tokens))


def generate(engine: Engine, prompts: list[list[int]]) -> list[list[int]]:
    """Greedy completions (stop token included), all submitted at once (continuous batching)."""
    params = SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS)
    streams = [engine.generate_sync(ids, params) for ids in prompts]
    return [[ev.token for ev in s] for s in streams]


def training_prompts(train_seed: int, train_n: int = 60000) -> tuple[set[str], set[str]]:
    """Every first-round prompt text of the training draw (`python -m demo build` defaults),
    and every last user message text in them."""
    samples = chat_samples(train_seed, train_n)
    return {parts_text(s.prompt) for s in samples}, {_last_user(s) for s in samples}


def _last_user(sample) -> str:
    return sample.prompt[-4]  # ... <|start|>user<|message|>TEXT<|end|><|start|>assistant


def eval_set(seed: int, seen: set[str], n: int, kind: str | None = None):
    """n held-out chat prompts (of one kind, or the training mix) not occurring in `seen`;
    returns them and how many draws were rejected as seen."""
    rng = random.Random(seed)
    out, overlaps = [], 0
    while len(out) < n:
        s = one_sample(rng)
        if kind is not None and s.kind != kind:
            continue
        if parts_text(s.prompt) in seen:
            overlaps += 1
            continue
        out.append(s)
    return out, overlaps


def addition_set(seed: int, n: int) -> list[tuple[int, int, list]]:
    rng = random.Random(seed)
    pairs = sorted(
        {(a, b) for a in range(10, 100) for b in range(10, 100) if held_out_addition(a, b)}
    )
    rng.shuffle(pairs)
    out = []
    for a, b in pairs[:n]:
        system = system_config(rng)
        msgs = [{"role": "user", "content": rng.choice(ADD_ASK).format(a=a, b=b)}]
        out.append((a, b, render_chat(msgs, system=system)))
    return out


def run(
    model_dir: Path,
    seed: int = 1234,
    train_seed: int = 0,
    out: Path | None = None,
    n_chat: int = 100,
    n_calls: int = 50,
    n_add: int = 100,
) -> dict:
    import loader

    model_dir = Path(model_dir)
    loads = []
    for _ in range(3):
        t = time.perf_counter()
        model, tokenizer, info = loader.load(model_dir)
        loads.append(time.perf_counter() - t)
    vocab = HarmonyVocab(tokenizer)
    engine = Engine(model, tokenizer, max_batch=16, max_queue=512)
    try:
        report = _measure(engine, vocab, seed, train_seed, n_chat, n_calls, n_add)
        report["decode_tokens_per_s"] = decode_speed(engine, vocab)
    finally:
        engine.close()
    size = sum(f.stat().st_size for f in model_dir.iterdir() if f.is_file())
    report["summary"].update(
        checkpoint_bytes=size,
        checkpoint_mb=round(size / 1e6, 2),
        load_seconds_median=round(statistics.median(loads), 3),
        decode_tokens_per_s=report["decode_tokens_per_s"],
        kernels=info.kernels,
    )
    if out is not None:
        write(out, report)
    return report


def _measure(engine, vocab, seed, train_seed, n_chat, n_calls, n_add) -> dict:
    seen, seen_users = training_prompts(train_seed)
    chats, overlaps = eval_set(seed, seen, n_chat)
    calls, call_overlaps = eval_set(seed + 2, seen, n_calls, kind="function")
    prompts = [vocab.encode_parts(s.prompt) for s in chats + calls]
    outs = generate(engine, prompts)
    rows, formed = [], 0
    for s, toks in zip(chats, outs[: len(chats)]):
        builtin = ("python",) if s.kind == "python" else ()
        g = grade(vocab, assistant_prefix(s), toks, builtin)
        formed += g.well_formed
        rows.append(
            {
                "kind": s.kind,
                "well_formed": g.well_formed,
                "problems": g.problems,
                "text": vocab.decode(toks),
            }
        )
    call_rows = [
        {"user": s.meta["user"], **call_score(grade(vocab, assistant_prefix(s), toks), s.meta)}
        | {"text": vocab.decode(toks)}
        for s, toks in zip(calls, outs[len(chats) :])
    ]
    valid = sum(r["valid"] for r in call_rows)
    right = sum(r["exact"] for r in call_rows)
    adds = addition_set(seed + 3, n_add)
    add_rows = score_additions(engine, vocab, adds)
    correct = sum(r["got"] == r["a"] + r["b"] for r in add_rows)
    by_kind: dict[str, list[int]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append(int(r["well_formed"]))
    summary = {
        "well_formed_pct": round(100 * formed / len(chats), 1),
        "well_formed_by_kind": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_kind.items())},
        "schema_valid_call_pct": round(100 * valid / len(calls), 1),
        "exact_call_pct": round(100 * right / len(calls), 1),
        "addition_exact_pct": round(100 * correct / len(adds), 1),
        "prompts": {
            "chat": len(chats),
            "calls": len(calls),
            "additions": len(adds),
            "rejected_as_seen_in_training": overlaps + call_overlaps,
            # the whole prompt (date, effort, tools, instructions) is new; the question may not be
            "user_message_also_in_training": sum(
                _last_user(s) in seen_users for s in chats + calls
            ),
        },
        "eval_seed": seed,
        "train_seed": train_seed,
    }
    return {"summary": summary, "chat": rows, "calls": call_rows, "additions": add_rows}


def call_score(g: Graded, meta: dict) -> dict:
    """Is the first call schema-valid for a declared function, and is it the generator's?"""
    ok = exact = False
    if g.parsed.tool_calls:
        c = g.parsed.tool_calls[0]
        f = fn.BY_NAME.get(c.name)
        try:
            args = json.loads(c.arguments)
        except ValueError:
            args = None
        ok = f is not None and fn.validate(f.parameters, args)
        exact = ok and c.name == meta["name"] and args == meta["args"]
    return {"valid": ok, "exact": exact}


def last_number(text: str) -> int | None:
    nums = re.findall(r"-?\d+", text)
    return int(nums[-1]) if nums else None


def score_additions(engine: Engine, vocab: HarmonyVocab, adds) -> list[dict]:
    """Generate an answer to each `addition_set` prompt; the answer is the final's last number."""
    outs = generate(engine, [vocab.encode_parts(p.parts) for _, _, p in adds])
    rows = []
    for (a, b, p), toks in zip(adds, outs):
        got = last_number(grade(vocab, p.prefix, toks).parsed.content)
        rows.append({"a": a, "b": b, "got": got, "text": vocab.decode(toks)})
    return rows


def assistant_prefix(sample):
    return render_chat([{"role": "user", "content": "x"}]).prefix  # `<|start|>assistant`


def decode_speed(engine: Engine, vocab: HarmonyVocab, n: int = 256) -> float:
    """Single-stream greedy decode tokens/s (prefill excluded), best of three."""
    msgs = [{"role": "user", "content": "Hello!"}]
    ids = vocab.encode_parts(render_chat(msgs).parts)
    best = 0.0
    for _ in range(3):
        params = SamplingParams(temperature=0.0, max_tokens=n, ignore_eos=True)
        times = [time.perf_counter() for _ in engine.generate_sync(ids, params)]
        best = max(best, (len(times) - 1) / (times[-1] - times[0]))
    return round(best, 1)


def write(out: Path, report: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "demo.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    s = report["summary"]
    lines = [
        "# Demo model: measured through our loader and engine (greedy)",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| well-formed harmony on {s['prompts']['chat']} unseen prompts | {s['well_formed_pct']}% | >= 95% |",
        f"| schema-valid call, {s['prompts']['calls']} prompts asking for a declared function | {s['schema_valid_call_pct']}% | >= 80% |",
        f"| same call as the generator's (name and arguments) | {s['exact_call_pct']}% | |",
        f"| exact on {s['prompts']['additions']} held-out 2-digit additions | {s['addition_exact_pct']}% | >= 60% |",
        f"| checkpoint size | {s['checkpoint_mb']} MB | <= 20 MB |",
        f"| load time (median of 3) | {s['load_seconds_median']} s | < 1 s |",
        f"| decode, one stream | {s['decode_tokens_per_s']} tok/s | > 100 tok/s |",
        "",
        f"Well-formed by kind: {s['well_formed_by_kind']}. Kernels: {s['kernels']}.",
        "",
    ]
    (out / "demo.md").write_text("\n".join(lines))
