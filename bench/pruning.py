"""The builder's proof on the trained demo model: the seeds' pruning experiment in miniature.

`python -m bench.pruning [--model demo/checkpoint] [--out bench/results]`

1. Calibration: two sets drawn from the demo's own task generators with a seed of their own
   (prompts seen in training are rejected): `mixed` (every kind the model was trained on) and
   `no-math` (the same without arithmetic). Each line is builder calibration JSONL whose `text`
   is the whole harmony conversation, as the model was trained on it.
2. `python -m builder profile` on the full model with each set -> expert_analysis.json, and the
   seeds' sparsity statistics from it (cold experts: under 1% of a layer's routed tokens).
3. `python -m builder --analysis ...` for each strategy (frequency, capability, REAP), each size
   (50% uniform, 50% tiered, 25% uniform) and each calibration set.
4. Every model, full and lite, through our loader and engine: perplexity per category
   (`builder.evaluate.perplexity` on another draw of the same kinds) and task accuracy (greedy):
   exact answers on held-out 2-digit additions, on date and unit questions, schema-valid
   function calls, well-formed harmony.

Virtual experts are off throughout: this measures what the weights keep. Writes pruning.json and
pruning.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench._common import RESULTS, markdown_table, run_and_write

log = logging.getLogger("bench.pruning")

# demo task kind -> the builder's calibration category (builder.calibration.CATEGORIES): what
# the capability strategy treats as the virtual experts' work and what as the model's own.
CATEGORY = {
    "arithmetic": "arithmetic",
    "dates": "dates",
    "units": "units",
    "python": "code_execution",
    "function": "reasoning",  # choosing a declared function and writing its arguments
    "small_talk": "style",
    "code": "code_writing",
    "prose": "prose",
}
CALIBRATIONS = {
    "mixed": tuple(CATEGORY),
    "no-math": tuple(k for k in CATEGORY if k != "arithmetic"),
}
# name -> builder size flags; 16 experts a layer, top-4. A tiered 25% is impossible: 4 is
# already top-k in every layer.
SIZES = {
    "50% uniform": ["--keep-ratio", "0.5"],
    "50% tiered": ["--tiers", "0-0:6,1-2:10,3-3:6"],
    "25% uniform": ["--keep-ratio", "0.25"],
}
STRATEGIES = ("frequency", "capability", "reap")
CALIBRATION_SEED, EVAL_SEED, TASK_SEED = 7007, 8008, 9009
COLD_SHARE = 0.01


def draw(seed: int, per_kind: int, kinds: tuple[str, ...], seen: set[str]) -> list[tuple]:
    """`per_kind` (category, text, sample or None) per kind: chats from the training generators
    (prompts occurring in the training draw rejected), code and prose chunks from the same
    sources as the training text."""
    from demo.data import text as plain
    from demo.evaluate import eval_set

    out = []
    for i, kind in enumerate(kinds):
        if kind in ("code", "prose"):
            chunk = plain.code_chunks if kind == "code" else plain.docstrings
            out += [(CATEGORY[kind], t, None) for t in chunk(seed + i, per_kind)]
        else:
            samples = eval_set(seed + i, seen, per_kind, kind=kind)[0]
            out += [(CATEGORY[kind], s.text, s) for s in samples]
    return out


def scored_tokens(vocab, drawn: list[tuple]) -> list[tuple[str, list[int], list[int]]]:
    """(category, ids, mask) as the model was trained: a chat's assistant tokens are scored,
    never its prompt (the model was not trained to predict prompts); plain text every token."""
    from demo.data.build import DataSpec, encode_sample

    out = []
    for category, text, sample in drawn:
        if sample is None:
            ids = vocab.encode_text(text)[: DataSpec.max_len]
            out.append((category, ids, [1] * len(ids)))
        else:
            out.append((category, *encode_sample(vocab, sample)))
    return out


def perplexity(model, scored: list[tuple[str, list[int], list[int]]]) -> dict[str, float]:
    """Per category: exp(mean negative log-likelihood of the scored tokens), teacher forced.
    (`builder.evaluate.perplexity` scores every token of a calibration text; this model was never
    trained on its prompts, so their tokens would swamp the comparison.)"""
    import math

    import mlx.core as mx
    from mlx import nn

    nll: dict[str, float] = {}
    count: dict[str, int] = {}
    for category, ids, mask in scored:
        x = mx.array([ids])
        logits = model(x[:, :-1]).astype(mx.float32)
        ce = nn.losses.cross_entropy(logits, x[:, 1:], reduction="none")
        nll[category] = nll.get(category, 0.0) + float((ce * mx.array([mask[1:]])).sum().item())
        count[category] = count.get(category, 0) + sum(mask[1:])
    out = {c: math.exp(nll[c] / count[c]) for c in sorted(nll)}
    out["all"] = math.exp(sum(nll.values()) / sum(count.values()))
    return {c: round(v, 3) for c, v in out.items()}


def write_jsonl(path: Path, lines: list[dict]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    return path


def sparsity(analysis_path: Path) -> list[dict]:
    """Per layer: experts under 1% of the routed tokens (cold), the busiest expert's share, and
    per category how many experts take 90% of its tokens."""
    obj = json.loads(analysis_path.read_text())
    out = []
    for layer in obj["layers"]:
        tokens = [x["tokens"] for x in layer["experts"]]
        total = sum(tokens) or 1
        cats: dict[str, list[int]] = {}
        for x in layer["experts"]:
            for c, n in x["categories"].items():
                cats.setdefault(c, []).append(n)
        out.append(
            {
                "layer": layer["layer"],
                "experts": len(tokens),
                "cold_at_1pct": sum(t / total < COLD_SHARE for t in tokens),
                "busiest_share": round(max(tokens) / total, 3),
                "experts_for_90pct": {c: _cover(v, 0.9) for c, v in sorted(cats.items())},
            }
        )
    return out


def _cover(counts: list[int], share: float) -> int:
    """How many of the busiest experts together take `share` of the tokens."""
    total, run = sum(counts), 0
    for i, n in enumerate(sorted(counts, reverse=True), 1):
        run += n
        if run >= share * total:
            return i
    return len(counts)


def builder(argv: list[str]) -> None:
    from builder.__main__ import main

    if main([*argv, "--quiet"]) != 0:
        raise RuntimeError(f"python -m builder {' '.join(argv)} failed")


def task_sets(seen: set[str], n_add: int, n_task: int) -> dict[str, Any]:
    from demo.evaluate import addition_set, eval_set

    return {
        "additions": addition_set(TASK_SEED, n_add),
        "dates": eval_set(TASK_SEED + 1, seen, n_task, kind="dates")[0],
        "units": eval_set(TASK_SEED + 2, seen, n_task, kind="units")[0],
        "calls": eval_set(TASK_SEED + 3, seen, n_task, kind="function")[0],
    }


def right_answer(meta: dict, content: str) -> bool:
    """The generator's answer: a number is the final's last number, a date or weekday occurs."""
    from demo.evaluate import last_number

    want = meta["answer"]
    return last_number(content) == want if isinstance(want, int) else str(want) in content


def measure(path: Path, eval_texts: list[tuple], tasks: dict[str, Any]) -> dict[str, Any]:
    """Perplexity per category and task accuracy of one checkpoint (greedy, our engine)."""
    import mlx.core as mx

    import loader
    from demo.evaluate import assistant_prefix, call_score, generate, grade, score_additions
    from engine import Engine
    from harmony import HarmonyVocab

    model, tokenizer, _ = loader.load(path)
    vocab = HarmonyVocab(tokenizer)
    ppl = perplexity(model, scored_tokens(vocab, eval_texts))
    engine = Engine(model, tokenizer, max_batch=16, max_queue=512)
    try:
        adds = score_additions(engine, vocab, tasks["additions"])
        chats = tasks["dates"] + tasks["units"] + tasks["calls"]
        outs = generate(engine, [vocab.encode_parts(s.prompt) for s in chats])
    finally:
        engine.close()
    graded = [grade(vocab, assistant_prefix(s), toks) for s, toks in zip(chats, outs)]
    right: dict[str, list[bool]] = {"dates": [], "units": [], "calls": []}
    for s, g in zip(chats, graded):
        if s.kind == "function":
            right["calls"].append(call_score(g, s.meta)["valid"])
        else:
            right[s.kind].append(right_answer(s.meta, g.parsed.content))
    del model, tokenizer, engine
    gc.collect()
    mx.clear_cache()
    return {
        "ppl": ppl,
        "addition_exact_pct": _pct([r["got"] == r["a"] + r["b"] for r in adds]),
        "dates_exact_pct": _pct(right["dates"]),
        "units_exact_pct": _pct(right["units"]),
        "schema_valid_call_pct": _pct(right["calls"]),
        "well_formed_pct": _pct([g.well_formed for g in graded]),
    }


def _pct(flags: list[bool]) -> float:
    return round(100 * sum(flags) / max(1, len(flags)), 1)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from builder.calibration import load_calibration
    from demo.evaluate import training_prompts

    started = time.perf_counter()
    model = args.model.resolve()
    seen, _ = training_prompts(args.train_seed)
    work = Path(tempfile.mkdtemp(prefix="bench-pruning-"))
    try:
        everything = draw(CALIBRATION_SEED, args.per_kind, tuple(CATEGORY), seen)
        cal_files = {}
        for name, kinds in CALIBRATIONS.items():
            keep = {CATEGORY[k] for k in kinds}
            lines = [{"category": c, "text": t} for c, t, _ in everything if c in keep]
            cal_files[name] = write_jsonl(work / f"calibration-{name}.jsonl", lines)
        eval_texts = draw(EVAL_SEED, args.per_kind, tuple(CATEGORY), seen)
        tasks = task_sets(seen, args.additions, args.tasks)
        analyses, stats = {}, {}
        for name, path in cal_files.items():
            analyses[name] = work / f"analysis-{name}.json"
            builder(["profile", "--model", str(model), "--output", str(analyses[name]),
                     "--calibration", str(path)])  # fmt: skip
            stats[name] = sparsity(analyses[name])
        log.info("full model")
        rows = [{"model": "full", "strategy": "-", "size": "100%", "calibration": "-",
                 **measure(model, eval_texts, tasks)}]  # fmt: skip
        # Strategies often keep the same experts (capability ranks only core tokens, which both
        # calibration sets share): such a model is measured once.
        measured: dict[str, dict[str, Any]] = {}
        for cal in CALIBRATIONS:
            for size, flags in SIZES.items():
                for strategy in STRATEGIES:
                    out = work / f"{strategy}-{cal}-{size.replace(' ', '-').replace('%', '')}"
                    builder(["--model", str(model), "--output", str(out), "--strategy", strategy,
                             *flags, "--analysis", str(analyses[cal])])  # fmt: skip
                    report = json.loads((out / "build_report.json").read_text())
                    log.info("%s %s %s", strategy, cal, size)
                    key = json.dumps(report["expert_map"])
                    if key not in measured:
                        measured[key] = measure(out, eval_texts, tasks)
                    rows.append(
                        {
                            "model": out.name,
                            "strategy": strategy,
                            "size": size,
                            "calibration": cal,
                            "experts_per_layer": report["experts_per_layer"],
                            "expert_map": report["expert_map"],
                            **measured[key],
                        }
                    )
                    shutil.rmtree(out)
        calibration_counts = {n: load_calibration(p).by_category() for n, p in cal_files.items()}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "model": str(args.model),
        "seeds": {"calibration": CALIBRATION_SEED, "eval": EVAL_SEED, "tasks": TASK_SEED},
        "calibration": calibration_counts,
        "eval_texts_per_category": args.per_kind,
        "task_items": {k: len(v) for k, v in tasks.items()},
        "sparsity": stats,
        "rows": rows,
        "seconds": round(time.perf_counter() - started, 1),
        "load_average": os.getloadavg(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
    }


def markdown(res: dict[str, Any]) -> str:
    full = res["rows"][0]
    cats = list(full["ppl"])
    head = ["strategy", "size", "calibration", "add %", "dates %", "units %", "calls %",
            "harmony %"] + [f"ppl {c}" for c in cats]  # fmt: skip
    table = []
    for r in res["rows"]:
        table.append(
            [r["strategy"], r["size"], r["calibration"], r["addition_exact_pct"],
             r["dates_exact_pct"], r["units_exact_pct"], r["schema_valid_call_pct"],
             r["well_formed_pct"]] + [r["ppl"].get(c) for c in cats]
        )  # fmt: skip
    sp = [
        [name, s["layer"], s["experts"], s["cold_at_1pct"], s["busiest_share"],
         ", ".join(f"{c} {n}" for c, n in s["experts_for_90pct"].items())]
        for name, layers in res["sparsity"].items()
        for s in layers
    ]  # fmt: skip
    kept = full["addition_exact_pct"] or None
    keeps = [
        f"- {r['strategy']} {r['size']} ({r['calibration']}): "
        f"{100 * r['addition_exact_pct'] / kept:.0f}% of the full model's addition accuracy"
        for r in res["rows"][1:]
        if kept and r["size"] == "50% uniform"
    ]
    la = ", ".join(f"{x:.2f}" for x in res["load_average"])
    return (
        "# Pruning the demo model: what each strategy keeps\n\n"
        f"`python -m bench.pruning --model {res['model']}`; {res['seconds']:.0f} s, load average "
        f"{la}. Greedy, our engine, virtual experts off. Items: {res['task_items']}; "
        f"perplexity on {res['eval_texts_per_category']} held-out texts per category, of the "
        "tokens the model was trained to write (a chat's assistant turns; all of code and "
        "prose).\n\n"
        + markdown_table(head, table)
        + "\n\nAt 50% of experts (uniform), share of the full model's addition accuracy kept:\n"
        + ("\n".join(keeps) or "- (the full model gets no addition right: nothing to keep)")
        + "\n\n## Sparsity of the full model (profile on each calibration set)\n\n"
        "Cold: under 1% of the layer's routed tokens (a uniform router gives each of 16 "
        "experts 6.25%). Last column: how many experts take 90% of a category's tokens.\n\n"
        + markdown_table(
            ["calibration", "layer", "experts", "cold at 1%", "busiest share", "experts for 90%"],
            sp,
        )
        + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    from demo import checkpoint_path

    ap = argparse.ArgumentParser(prog="python -m bench.pruning", description=__doc__)
    ap.add_argument("--model", type=Path, default=checkpoint_path())
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--per-kind", type=int, default=24, help="texts per category, each set")
    ap.add_argument("--additions", type=int, default=100)
    ap.add_argument("--tasks", type=int, default=50, help="date, unit and call prompts each")
    ap.add_argument("--train-seed", type=int, default=0)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    return run_and_write("pruning", run, markdown, args)


if __name__ == "__main__":
    raise SystemExit(main())
