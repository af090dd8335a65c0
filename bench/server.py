"""Server benchmark: HTTP overhead of `python -m server` against the Engine called directly, and
aggregate decode tok/s plus time-to-first-token at 1/4/8 concurrent streams against a real
`mlx_lm server` on the same checkpoint. Writes bench/results/server.json and server.md.

`python -m bench.server --model PATH` or `--shape 20b --layers 1` (synthesized into the cache
dir). Every system decodes a stop-free copy of the checkpoint (lm_head rows of the stop tokens
zeroed) so each request generates exactly --tokens tokens and the counts compare. One system
runs at a time: the engine in this process, each server in its own child process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Self

from bench._common import RESULTS, run_and_write

log = logging.getLogger("bench.server")
FILLER = (
    "the quick brown fox jumps over the lazy dog while a patient engineer measures how "
    "fast tokens arrive through each layer of the serving stack "
)


def stop_free_copy(src: Path, dst: Path) -> Path:
    """Copy a checkpoint and make the copy stop-free (see `make_stop_free`). Shards are hard
    links where the file system allows (a 24-layer 20b is 13 GB), except the one holding
    lm_head: `make_stop_free` edits that one in place, so it is always a real copy."""

    def link_or_copy(a: str, b: str) -> None:
        try:
            os.link(a, b)
        except OSError:
            shutil.copy2(a, b)

    shutil.copytree(src, dst, copy_function=link_or_copy)
    index = json.loads((dst / "model.safetensors.index.json").read_text())
    shard = dst / index["weight_map"]["lm_head.weight"]
    shard.unlink()
    shutil.copy2(src / shard.name, shard)
    return make_stop_free(dst)


def make_stop_free(dst: Path) -> Path:
    """Zero, in place, the lm_head rows of every stop token of a random-weight checkpoint.

    A zero row gives logit 0 while the random rows give a positive maximum, so greedy decoding
    never stops early: every request yields exactly max_tokens (benchmarks and tests rely on it).
    """
    import mlx.core as mx

    gen = json.loads((dst / "generation_config.json").read_text())
    eos = gen.get("eos_token_id") or []
    stops = set(eos if isinstance(eos, list) else [eos])
    vocab = json.loads((dst / "tokenizer.json").read_text())
    for tok in vocab.get("added_tokens", []):
        if tok["content"] in ("<|return|>", "<|call|>", "<|end|>", "<|endoftext|>"):
            stops.add(tok["id"])
    index = json.loads((dst / "model.safetensors.index.json").read_text())
    shard = dst / index["weight_map"]["lm_head.weight"]
    tensors, meta = mx.load(str(shard), return_metadata=True)
    w = tensors["lm_head.weight"]
    keep = mx.ones((w.shape[0],), dtype=w.dtype)
    keep[mx.array(sorted(stops))] = 0
    tensors["lm_head.weight"] = w * keep[:, None]
    mx.save_safetensors(str(shard), tensors, metadata=meta)
    return dst


def prompts(level: int, n_words: int) -> list[str]:
    # Distinct first words so no request reuses another's cached prefix.
    words = FILLER.split()
    body = " ".join(words[i % len(words)] for i in range(n_words))
    return [f"request {level}-{i}: {body}" for i in range(level)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------- the three systems


async def engine_level(engine: Any, tokenizer: Any, texts: list[str], tokens: int) -> dict:
    from engine import SamplingParams

    params = SamplingParams(temperature=0, max_tokens=tokens)

    async def one(text: str) -> tuple[float, int, float]:
        t0 = time.perf_counter()
        first, n = None, 0
        async for _ev in engine.generate(tokenizer.encode(text), params):
            n += 1
            first = first if first is not None else time.perf_counter() - t0
        return first or 0.0, n, time.perf_counter() - t0

    t0 = time.perf_counter()
    results = await asyncio.gather(*(one(t) for t in texts))
    return _summary(results, time.perf_counter() - t0)


async def http_level(url: str, model: str, texts: list[str], tokens: int) -> dict:
    import httpx

    async def one(client: httpx.AsyncClient, text: str) -> tuple[float, int, float]:
        body = {
            "model": model,
            "prompt": text,
            "max_tokens": tokens,
            "temperature": 0,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        t0 = time.perf_counter()
        first, n = None, 0
        async with client.stream("POST", url + "/v1/completions", json=body) as r:
            r.raise_for_status()
            async for line in r.aiter_lines():
                if not line.startswith("data: ") or line == "data: [DONE]":
                    continue
                chunk = json.loads(line[6:])
                if first is None and any(c.get("text") for c in chunk.get("choices", [])):
                    first = time.perf_counter() - t0
                if chunk.get("usage"):
                    n = chunk["usage"]["completion_tokens"]
        return first or 0.0, n, time.perf_counter() - t0

    async with httpx.AsyncClient(timeout=3600) as client:
        t0 = time.perf_counter()
        results = await asyncio.gather(*(one(client, t) for t in texts))
    return _summary(results, time.perf_counter() - t0)


def _summary(results: list[tuple[float, int, float]], wall: float) -> dict[str, Any]:
    """`results`: per stream (time to first token, tokens, time to the last), from its start."""
    ttfts = [r[0] for r in results]
    total = sum(r[1] for r in results)
    decode = [(n - 1) / (last - first) for first, n, last in results if n > 1 and last > first]
    return {
        "streams": len(results),
        "tokens": total,
        "wall_s": round(wall, 3),
        "tok_s": round(total / wall, 3) if wall else None,
        "stream_decode_tok_s": round(statistics.mean(decode), 3) if decode else None,
        "ttft_mean_s": round(statistics.mean(ttfts), 3),
        "ttft_max_s": round(max(ttfts), 3),
    }


def run_engine(
    ckpt: Path, levels: list[int], tokens: int, words: int, embeddings: str = "auto"
) -> dict[str, Any]:
    import loader
    from engine import Engine

    model, tokenizer, _ = loader.load(ckpt, embeddings=embeddings)
    # The same engine settings the server gets from --max-batch (prefill batch = max batch).
    engine = Engine(
        model, tokenizer, max_batch=max(levels), prefill_batch=max(levels), max_queue=64
    )
    try:

        async def main() -> dict[str, Any]:
            await engine_level(engine, tokenizer, ["warm up"], 2)
            out = {}
            for c in levels:
                out[str(c)] = await engine_level(engine, tokenizer, prompts(c, words), tokens)
                log.info("engine, %d stream(s): %s", c, out[str(c)])
            return out

        return asyncio.run(main())
    finally:
        engine.close()


class Child:
    """A server in a child process, stopped on exit."""

    def __init__(self, cmd: list[str], health: str) -> None:
        self.log = open(os.devnull, "w")  # noqa: SIM115 - closed in __exit__
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self.health = health

    def __enter__(self) -> Self:
        import httpx

        end = time.monotonic() + 1800
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                if httpx.get(self.health, timeout=5).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"{self.health} never became ready")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def run_server(
    cmd: list[str], health: str, url: str, model: str, levels: list[int], tokens: int, words: int
) -> dict[str, Any]:
    with Child(cmd, health):

        async def main() -> dict[str, Any]:
            await http_level(url, model, ["warm up"], 2)
            out = {}
            for c in levels:
                out[str(c)] = await http_level(url, model, prompts(c, words), tokens)
                log.info("%s, %d stream(s): %s", url, c, out[str(c)])
            return out

        return asyncio.run(main())


def run(args: argparse.Namespace) -> dict[str, Any]:
    from synthetic import cache_root, write_checkpoint

    if args.model:
        ckpt = Path(args.model).parent / (Path(args.model).name + "-stopfree")
        if not (ckpt / "config.json").is_file():
            shutil.rmtree(ckpt, ignore_errors=True)
            stop_free_copy(Path(args.model), ckpt)
    else:
        # Our own cache entry: other benches create and delete theirs concurrently.
        ckpt = cache_root() / "bench" / f"server-{args.shape}-L{args.layers}-stopfree"
        if not (ckpt / "config.json").is_file():
            shutil.rmtree(ckpt, ignore_errors=True)
            log.info("writing synthetic checkpoint %s", ckpt)
            make_stop_free(write_checkpoint(ckpt, shape=args.shape, layers=args.layers))
    levels = [int(x) for x in args.levels.split(",")]
    py = sys.executable
    try:
        log.info("engine direct on %s", ckpt)
        direct = run_engine(ckpt, levels, args.tokens, args.prompt_words, args.embeddings)
        port = _free_port()
        log.info("our server on port %d", port)
        ours = run_server(
            [
                py,
                "-m",
                "server",
                "--model",
                str(ckpt),
                "--port",
                str(port),
                "--model-id",
                "bench",
                "--virtual-experts",
                "off",
                "--max-batch",
                str(max(levels)),
                "--embeddings",
                args.embeddings,
                "--log-level",
                "WARNING",
            ],
            f"http://127.0.0.1:{port}/health",
            f"http://127.0.0.1:{port}",
            "bench",
            levels,
            args.tokens,
            args.prompt_words,
        )
        ref = None
        if not args.no_reference:
            port = _free_port()
            log.info("mlx_lm server on port %d", port)
            ref = run_server(
                [
                    py,
                    "-m",
                    "mlx_lm",
                    "server",
                    "--model",
                    str(ckpt),
                    "--port",
                    str(port),
                    "--log-level",
                    "WARNING",
                ],
                f"http://127.0.0.1:{port}/v1/models",
                f"http://127.0.0.1:{port}",
                "default_model",
                levels,
                args.tokens,
                args.prompt_words,
            )
    finally:
        if not args.keep:
            shutil.rmtree(ckpt, ignore_errors=True)
    from importlib.metadata import version

    return {
        "checkpoint": args.model or f"synthetic {args.shape}, {args.layers} layer(s)",
        "tokens_per_stream": args.tokens,
        "prompt_words": args.prompt_words,
        "levels": levels,
        "platform": f"{platform.system()} {platform.machine()}",
        "embeddings": args.embeddings,
        "mlx": version("mlx"),
        "mlx_lm": version("mlx-lm"),
        "engine_direct": direct,
        "ours": ours,
        "mlx_lm_server": ref,
    }


def markdown(res: dict[str, Any]) -> str:
    from bench._common import markdown_table, ratio

    rows = []
    for c in res["levels"]:
        e, o = res["engine_direct"][str(c)], res["ours"][str(c)]
        m = (res["mlx_lm_server"] or {}).get(str(c)) or {"tok_s": None, "ttft_mean_s": None}
        rows.append(
            [
                c,
                e["tok_s"],
                o["tok_s"],
                m["tok_s"],
                ratio(o["tok_s"], e["tok_s"]),
                ratio(o["tok_s"], m["tok_s"]),
                e["ttft_mean_s"],
                o["ttft_mean_s"],
                m["ttft_mean_s"],
                o.get("stream_decode_tok_s"),
            ]
        )
    table = markdown_table(
        [
            "streams",
            "engine tok/s",
            "ours tok/s",
            "mlx_lm.server tok/s",
            "ours / engine",
            "ours / mlx_lm",
            "engine TTFT s",
            "ours TTFT s",
            "mlx_lm TTFT s",
            "ours decode tok/s per stream",
        ],
        rows,
    )
    return (
        f"# Server benchmark\n\n{res['checkpoint']}, {res['tokens_per_stream']} tokens per "
        f"stream, greedy, /v1/completions streaming, our embedding table: "
        f"{res.get('embeddings', 'auto')}; {res['platform']}, mlx {res['mlx']}, "
        f"mlx-lm {res['mlx_lm']}.\n\n{table}\n\n"
        "tok/s is aggregate completion tokens over wall time of all streams at that level; "
        "TTFT is the mean time to the first streamed text; decode tok/s per stream is each "
        "stream's tokens after its first over the time from first to last, averaged. "
        "`ours / engine` is the HTTP "
        "overhead (goal >= 0.95), `ours / mlx_lm` the comparison with mlx-lm's server "
        "(goal >= 1.0).\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.server",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--model", help="checkpoint directory (default: synthesize --shape)")
    ap.add_argument("--shape", default="20b")
    ap.add_argument(
        "--layers",
        type=int,
        default=2,
        help="mlx-lm needs >= 2 (one sliding and one full attention layer)",
    )
    ap.add_argument("--tokens", type=int, default=16, help="tokens generated per stream")
    ap.add_argument(
        "--prompt-words",
        type=int,
        default=8,
        help="prompt length; prefill is slow on the CPU backend at real width",
    )
    ap.add_argument("--levels", default="1,4,8", help="concurrent streams to measure")
    ap.add_argument(
        "--embeddings",
        choices=["auto", "device", "host"],
        default="auto",
        help="where our engine and server keep the embedding table",
    )
    ap.add_argument("--keep", action="store_true", help="keep the synthesized checkpoints")
    ap.add_argument(
        "--no-reference",
        action="store_true",
        help="skip mlx_lm.server (at real depth it takes hours on a CPU)",
    )
    ap.add_argument("--name", help="results file suffix (server-<name>.json)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    stem = "server" if args.embeddings == "auto" else f"server-embeddings-{args.embeddings}"
    stem = f"server-{args.name}" if args.name else stem
    return run_and_write("server", run, markdown, args, stem=stem)


if __name__ == "__main__":
    sys.exit(main())
