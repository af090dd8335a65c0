"""`python -m bench.router FILE.jsonl`: router + tools on a labeled set, per-label quality table.

Each line is {"id", "query", "label", "expected", "tolerance"} (labels "positive:<kind>" or
"negative"), optionally with "messages" (a whole conversation routed instead of the one-turn
query: earlier turns that change the meaning), "now" (an ISO clock for the tools), "timezone"
and "family" (the phrasing family: a second table per family). Routed items run their tool (a
tool failure falls back to the model, as the server does). Prints recall, tool answer
precision, false-positive rate on negatives, answer accuracy and latency; `--predictions`
writes the shared scorer's format ({"id", "virtual_expert", "answer"}).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.grading import answer_correct
from router.core import route
from tools.base import ToolContext

# Tool name -> the label kind it answers, and the name the shared scorer knows it by.
LABEL_OF = {
    "calculator": "calculator",
    "symbolic": "calculator",
    "units": "units",
    "dates": "datetime",
    "datetime": "datetime",
    "code": "code",
}
SCORER_NAME = {"symbolic": "sympy", "dates": "datetime"}


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:6.1f}% ({a}/{b})" if b else "     n/a"


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def evaluate_items(
    items: list[dict[str, Any]], ctx: ToolContext, *, run_tools: bool = True, repeat: int = 1
) -> list[dict[str, Any]]:
    """One record per item: routed tool, answer, correctness and timings.

    With `repeat` > 1 the route latency is the fastest of that many runs, which removes
    scheduler noise on a shared machine (the decision is the same every run: route is pure).
    """
    from tools.registry import TOOLS

    # Parsers load lazily (pint's registry, sympy's grammar): warm them, untimed.
    for warm in ("1+1", "What is 3 times 7?", "solve x = 1", "convert 1 m to ft", "What is today?"):
        route([{"role": "user", "content": warm}], ctx)
    records = []
    for item in items:
        messages = item.get("messages") or [{"role": "user", "content": item["query"]}]
        item_ctx = _context(item, ctx)
        route_ms = float("inf")
        for _ in range(max(1, repeat)):
            start = time.perf_counter()
            decision = route(messages, item_ctx)
            route_ms = min(route_ms, (time.perf_counter() - start) * 1000)
        rec: dict[str, Any] = {
            "id": item["id"],
            "label": item["label"],
            "family": item.get("family"),
            "tool": None,
            "answer": None,
            "route_ms": route_ms,
            "tool_ms": None,
            "error": None,
            "claimed": decision.tool if decision else None,
        }
        if decision is not None and run_tools:
            result = TOOLS[decision.tool].run(decision.call, item_ctx)
            rec["tool_ms"] = result.elapsed_ms
            if result.ok:
                rec["tool"], rec["answer"] = decision.tool, result.output
            else:
                rec["error"] = result.error  # the server would let the model answer instead
        elif decision is not None:
            rec["tool"] = decision.tool
        rec["correct"] = answer_correct(item, rec["answer"])
        records.append(rec)
    return records


def long_inputs(items: list[dict[str, Any]], size: int) -> list[dict[str, Any]]:
    """Latency inputs of `size` characters: each item's query, followed by the next items'
    queries until the text is that long, and the same text as a two-turn history before a
    short question. Decisions on them mean nothing; only the route time is of interest."""
    queries = [i["query"] for i in items if i.get("query")]
    out = []
    for k, item in enumerate(items):
        parts, length, j = [], 0, k
        while length < size and queries:
            parts.append(queries[j % len(queries)])
            length += len(parts[-1]) + 1
            j += 1
        text = "\n".join(parts)[:size]
        base = {"id": item["id"], "label": item["label"], "expected": None}
        out.append({**base, "query": text})
        history = [
            {"role": "user", "content": text[: size // 2]},
            {"role": "assistant", "content": text[size // 2 :]},
            {"role": "user", "content": item["query"][:200]},
        ]
        out.append({**base, "id": f"{item['id']}-history", "query": "", "messages": history})
    return out


def shape_latency(records: list[dict[str, Any]]) -> str:
    """Route latency of `long_inputs`' two shapes apart: one long message, and the same text
    as an earlier conversation before a short question (every earlier turn is read for
    redefinitions, so the second costs more; one p99 over both hides which is slow)."""
    lines = []
    for shape, is_history in (("one long message", False), ("long history + question", True)):
        ms = [r["route_ms"] for r in records if r["id"].endswith("-history") == is_history]
        if ms:
            lines.append(
                f"route latency ms, {shape:24s}: p50 {statistics.median(ms):.3f}  "
                f"p99 {_quantile(ms, 0.99):.3f}  max {max(ms):.3f}  (n={len(ms)})"
            )
    return "\n".join(lines)


def _context(item: dict[str, Any], base: ToolContext) -> ToolContext:
    """The item's own clock and zone when it pins them ("now": ISO time, "timezone")."""
    changes: dict[str, Any] = {}
    if item.get("now"):
        moment = dt.datetime.fromisoformat(item["now"])
        changes["now"] = lambda: moment
    if item.get("timezone"):
        changes["timezone"] = item["timezone"]
    return dataclasses.replace(base, **changes) if changes else base


def _hit(rec: dict[str, Any]) -> bool:
    """Routed to the right tool (positives) or left to the model (negatives)."""
    want = rec["label"].split(":", 1)[1] if rec["label"].startswith("positive:") else None
    if want:
        return LABEL_OF.get(rec["tool"] or "") == want
    return rec["tool"] is None


def summary(records: list[dict[str, Any]]) -> dict[str, float | int]:
    """The headline figures: tool answer precision (negatives a tool answered count wrong),
    the share of negatives routed, and the share of gradable positives answered correctly."""
    answered = [
        r
        for r in records
        if r["tool"] is not None and (r["label"] == "negative" or r["correct"] is not None)
    ]
    right = sum(bool(r["correct"]) and r["label"] != "negative" for r in answered)
    negatives = [r for r in records if r["label"] == "negative"]
    positives = [r for r in records if r["label"] != "negative" and r["correct"] is not None]
    return {
        "answered": len(answered),
        "precision": right / len(answered) if answered else 1.0,
        "negatives": len(negatives),
        "negatives_routed": (
            sum(r["tool"] is not None for r in negatives) / len(negatives) if negatives else 0.0
        ),
        "positives": len(positives),
        "positives_correct": (
            sum(bool(r["correct"]) for r in positives) / len(positives) if positives else 0.0
        ),
    }


def family_report(records: list[dict[str, Any]]) -> str:
    """One line per phrasing family: routed right / abstained, tool precision, correct."""
    by_family: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        if rec.get("family"):
            by_family[f"{rec['family']} ({rec['label'].split(':')[-1]})"].append(rec)
    if not by_family:
        return ""
    lines = [f"{'family (label)':44s} {'n':>5s} {'routed right':>18s} {'tool precision':>18s}"]
    for name in sorted(by_family):
        recs = by_family[name]
        answered = [r for r in recs if r["tool"] is not None]
        right = sum(bool(r["correct"]) for r in answered)
        lines.append(
            f"{name:44s} {len(recs):5d} {_pct(sum(map(_hit, recs)), len(recs)):>18s} "
            f"{_pct(right, len(answered)):>18s}"
        )
    return "\n".join(lines)


def report(
    items: list[dict[str, Any]], records: list[dict[str, Any]], *, ran_tools: bool = True
) -> str:
    """The per-label table as text; without `ran_tools` answer columns say "not run"."""
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_label[rec["label"]].append(rec)
    lines = [
        (
            f"{'label':20s} {'n':>5s} {'recall':>18s} {'any tool':>18s} "
            f"{'tool precision':>18s} {'accuracy':>18s} {'route p50/p99 ms':>17s}"
        )
    ]
    for label in sorted(by_label):
        recs = by_label[label]
        want = label.split(":", 1)[1] if label.startswith("positive:") else None
        if want:
            hit = sum(LABEL_OF.get(r["tool"] or "") == want for r in recs)
        else:
            hit = sum(r["tool"] is None for r in recs)
        anyt = sum(r["tool"] is not None for r in recs)
        graded = [r for r in recs if r["correct"] is not None]
        ok = sum(bool(r["correct"]) for r in graded)
        # Tool precision: of this label's items a tool answered, how many it got right.
        answered = [
            r for r in recs if r["tool"] is not None and (want is None or r["correct"] is not None)
        ]
        right = sum(bool(r["correct"]) for r in answered)
        ms = [r["route_ms"] for r in recs]
        lat = f"{statistics.median(ms):.3f}/{_quantile(ms, 0.99):.3f}"
        lines.append(
            f"{label:20s} {len(recs):5d} {_pct(hit, len(recs)):>18s} "
            f"{_pct(anyt, len(recs)):>18s} "
            f"{_pct(right, len(answered)) if ran_tools else 'not run':>18s} "
            f"{_pct(ok, len(graded)) if ran_tools else 'not run':>18s} {lat:>17s}"
        )
    tool_recs = [
        r
        for r in records
        if r["tool"] is not None and (r["label"] == "negative" or r["correct"] is not None)
    ]
    right = sum(bool(r["correct"]) and r["label"] != "negative" for r in tool_recs)
    negs = by_label.get("negative", [])
    fp = sum(r["tool"] is not None for r in negs)
    errors = [r for r in records if r["error"]]
    route_ms = [r["route_ms"] for r in records]
    tool_ms = [r["tool_ms"] for r in records if r["tool_ms"] is not None]
    lines += [
        "",
        (
            f"tool answer precision (tool answers correct; negatives count wrong): "
            f"{_pct(right, len(tool_recs))}"
        ),
        f"false-positive rate on negatives: {_pct(fp, len(negs))}",
        f"tool errors (fell back to the model): {len(errors)}",
        (
            f"route latency ms: p50 {statistics.median(route_ms) if route_ms else 0:.3f}  "
            f"p99 {_quantile(route_ms, 0.99):.3f}  max {max(route_ms, default=0):.3f}"
        ),
        (
            f"tool latency ms:  p50 {statistics.median(tool_ms) if tool_ms else 0:.1f}  "
            f"p99 {_quantile(tool_ms, 0.99):.1f}"
        ),
    ]
    for r in errors[:10]:
        lines.append(f"  error {r['id']}: {r['error']}")
    wrong = [r for r in records if r["tool"] and r["correct"] is False]
    for r in wrong[:10]:
        lines.append(f"  wrong {r['id']}: {r['answer']!r}")
    fps = [r for r in negs if r["tool"]]
    for r in fps[:10]:
        lines.append(f"  false positive {r['id']} -> {r['tool']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.router", description=__doc__.split("\n")[0])
    ap.add_argument("file", type=Path, help="labeled JSONL (router_dev.jsonl format)")
    ap.add_argument("--predictions", type=Path, help="write scorer-format predictions here")
    ap.add_argument("--limit", type=int, default=0, help="only the first N items")
    ap.add_argument("--route-only", action="store_true", help="do not run the tools")
    ap.add_argument(
        "--long",
        type=int,
        default=0,
        metavar="CHARS",
        help="time routing on inputs of CHARS characters built from the file (no tools run)",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time each route this many times and keep the fastest (default 1)",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    try:
        with args.file.open(encoding="utf-8") as f:
            items = [json.loads(line) for line in f if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    if args.limit:
        items = items[: args.limit]
    if args.long:
        items = long_inputs(items, args.long)
        args.route_only = True
    records = evaluate_items(
        items, ToolContext(), run_tools=not args.route_only, repeat=args.repeat
    )
    print(report(items, records, ran_tools=not args.route_only))
    if args.long:
        print(shape_latency(records))
    families = family_report(records)
    if families:
        print("\n" + families)
    if args.predictions:
        with args.predictions.open("w", encoding="utf-8") as out:
            for rec in records:
                name = SCORER_NAME.get(rec["tool"], rec["tool"]) if rec["tool"] else None
                out.write(
                    json.dumps(
                        {"id": rec["id"], "virtual_expert": name, "answer": rec["answer"]},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
