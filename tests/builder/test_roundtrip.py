"""Model-level round trips on tiny synthetic checkpoints: logits, router rows, stock mlx_lm.load.

Builds lite checkpoints from `tiny_ckpt` / `tiny_lite_ckpt` (conftest.py) and loads them back with
`loader.load` and with mlx-lm's own loader.
"""

from __future__ import annotations

import json
from pathlib import Path

import mlx.core as mx
import numpy as np
import pytest

from builder.calibration import load_calibration
from builder.profile import profile
from builder.source import read_source
from builder.strategies import select
from builder.writer import write_lite
from loader import load

TEXT = "<|start|>user<|message|>hi<|end|>"


def _logits(path: Path, text: str = TEXT, kernels: str = "auto") -> np.ndarray:
    model, tok, _ = load(path, kernels=kernels)
    out = model(mx.array([tok.encode(text)])).astype(mx.float32)
    return np.array(out)


def _routed(ckpt: Path, tmp_path: Path):
    """Analysis of a single short text, so each layer routes to only some experts."""
    cal = tmp_path / "one.jsonl"
    cal.write_text(json.dumps({"category": "prose", "text": TEXT}) + "\n")
    model, tok, _ = load(ckpt)
    return profile(model, tok, load_calibration(cal), show_progress=False)


def test_lite_logits_equal_full_when_every_routed_expert_kept(
    tiny_ckpt: Path, tmp_path: Path
) -> None:
    analysis = _routed(tiny_ckpt, tmp_path)
    top_k = analysis.top_k
    used = [sorted(e for e, s in layer.items() if s.tokens) for layer in analysis.layers]
    counts = [max(top_k, len(u)) for u in used]
    kept = select(analysis, "frequency", counts)
    assert all(set(u) <= set(k) for u, k in zip(used, kept))
    assert sum(counts) < sum(len(layer) for layer in analysis.layers), "nothing was pruned"
    write_lite(read_source(tiny_ckpt), tmp_path / "lite", kept, show_progress=False)
    np.testing.assert_allclose(_logits(tmp_path / "lite"), _logits(tiny_ckpt), rtol=1e-5, atol=1e-5)

    # The same comparison fails once a routed expert is missing: the check above has teeth.
    layer = next(i for i, k in enumerate(kept) if len(k) < len(analysis.layers[i]))
    spare = min(set(analysis.layers[layer]) - set(kept[layer]))
    damaged = [list(k) for k in kept]
    damaged[layer] = sorted(set(kept[layer]) - {used[layer][0]} | {spare})
    write_lite(read_source(tiny_ckpt), tmp_path / "damaged", damaged, show_progress=False)
    assert not np.allclose(_logits(tmp_path / "damaged"), _logits(tiny_ckpt), atol=1e-3)


def test_router_rows_follow_expert_map_through_a_lite_source(
    tiny_lite_ckpt: Path, tmp_path: Path
) -> None:
    src = read_source(tiny_lite_ckpt)
    # Keep top-k (4) ORIGINAL ids from each layer of the already-lite source.
    kept = [list(row[-4:]) for row in src.expert_map]
    write_lite(src, tmp_path / "lite", kept, show_progress=False)
    before, after = {}, {}
    for p in tiny_lite_ckpt.glob("*.safetensors"):
        before.update(mx.load(str(p)))
    for p in (tmp_path / "lite").glob("*.safetensors"):
        after.update(mx.load(str(p)))
    cfg = json.loads((tmp_path / "lite" / "config.json").read_text())
    assert cfg["expert_map"] == kept and cfg["num_local_experts"] == 4
    for layer, ids in enumerate(cfg["expert_map"]):
        rows = [src.expert_map[layer].index(e) for e in ids]
        for suffix in (
            "router.weight",
            "router.bias",
            "experts.gate_up_proj_bias",
            "experts.down_proj_blocks",
            "experts.gate_up_proj_scales",
        ):
            name = f"model.layers.{layer}.mlp.{suffix}"
            assert after[name].dtype == before[name].dtype
            assert mx.array_equal(after[name], before[name][mx.array(rows)]).item(), name
    sinks = [n for n in before if n.endswith(("self_attn.sinks", "q_proj.bias"))]
    assert sinks and all(mx.array_equal(after[n], before[n]).item() for n in sinks)


def test_uniform_output_loads_in_stock_mlx_lm(tiny_ckpt: Path, tmp_path: Path) -> None:
    mlx_lm = pytest.importorskip("mlx_lm")
    write_lite(
        read_source(tiny_ckpt), tmp_path / "lite", [[0, 2, 5, 7, 1]] * 4, show_progress=False
    )
    model, tok = mlx_lm.load(str(tmp_path / "lite"))
    assert len(model.layers) == 4 and model.layers[0].mlp.router.weight.shape[0] == 5
    stock = np.array(model(mx.array([tok.encode(TEXT)])).astype(mx.float32))
    # Same graph as stock (MLX's kernels); our CPU kernels are compared in test_cpu_model.py.
    lite = _logits(tmp_path / "lite", kernels="mlx")
    np.testing.assert_allclose(stock, lite, rtol=1e-4, atol=1e-4)


def test_tiered_output_loads_with_our_loader(tiny_ckpt: Path, tmp_path: Path) -> None:
    kept = [[0, 1, 2, 3, 4, 5], [1, 3, 5, 7], [0, 2, 4, 6, 7], [2, 3, 4, 5]]
    write_lite(read_source(tiny_ckpt), tmp_path / "lite", kept, show_progress=False)
    _model, _, info = load(tmp_path / "lite")
    assert info.layout == "lite" and list(info.experts_per_layer) == [6, 4, 5, 4]
    assert np.isfinite(_logits(tmp_path / "lite")).all()


def test_tiered_output_serves_through_the_server(tiny_ckpt: Path, tmp_path: Path) -> None:
    openai = pytest.importorskip("openai")
    from server.settings import Settings
    from tests.support.server import ServerThread

    kept = [[0, 1, 2, 3, 4, 5], [1, 3, 5, 7], [0, 2, 4, 6, 7], [2, 3, 4, 5]]
    write_lite(read_source(tiny_ckpt), tmp_path / "lite", kept, show_progress=False)
    srv = ServerThread(
        Settings(model=tmp_path / "lite", model_id="lite", virtual_experts="off")
    ).start()
    try:
        client = openai.OpenAI(
            base_url=srv.url + "/v1", api_key="unused", max_retries=0, timeout=60
        )
        r = client.chat.completions.create(
            model="lite",
            max_tokens=4,
            temperature=0,
            messages=[{"role": "user", "content": "Say hi."}],
        )
        assert r.choices[0].finish_reason in ("stop", "length")
        assert 1 <= r.usage.completion_tokens <= 4
    finally:
        srv.stop()


def test_perplexity_matches_a_direct_computation(tiny_ckpt: Path, tmp_path: Path) -> None:
    from builder.calibration import Calibration, Sample
    from builder.evaluate import evaluate

    cal = Calibration("t", "0" * 64, (Sample("prose", TEXT), Sample("arithmetic", TEXT + "2+2")))
    full, same = evaluate([tiny_ckpt, tiny_ckpt], cal, show_progress=False)
    _, tok, _ = load(tiny_ckpt)
    ids = tok.encode(TEXT)
    logits = _logits(tiny_ckpt)[0, :-1].astype(np.float64)
    logp = (
        logits
        - np.log(np.exp(logits - logits.max(-1, keepdims=True)).sum(-1, keepdims=True))
        - logits.max(-1, keepdims=True)
    )
    nll = -logp[np.arange(len(ids) - 1), ids[1:]].sum()
    assert full.tokens["prose"] == len(ids) - 1
    assert full.value("prose") == pytest.approx(np.exp(nll / (len(ids) - 1)), rel=1e-4)
    assert same.value() == pytest.approx(full.value()) and set(full.tokens) == {
        "prose",
        "arithmetic",
    }


def test_build_for_served_traffic_from_the_server_export(tiny_ckpt: Path, tmp_path: Path) -> None:
    """Serve with telemetry, export it, build a frequency lite model from what was routed."""
    openai = pytest.importorskip("openai")
    import httpx

    from builder.__main__ import main
    from server.settings import Settings
    from tests.support.server import ServerThread

    srv = ServerThread(
        Settings(model=tiny_ckpt, model_id="m", virtual_experts="off", telemetry=True)
    ).start()
    try:
        client = openai.OpenAI(
            base_url=srv.url + "/v1", api_key="unused", max_retries=0, timeout=60
        )
        client.chat.completions.create(
            model="m",
            max_tokens=3,
            temperature=0,
            messages=[{"role": "user", "content": "Say hi."}],
        )
        export = httpx.get(srv.url + "/v1/telemetry/experts", timeout=30).json()
    finally:
        srv.stop()
    stats = tmp_path / "telemetry.json"
    stats.write_text(json.dumps(export))
    busiest = [
        sorted(sorted(layer, key=lambda e: (-layer[e], int(e)))[:4], key=int)
        for layer in export["layers"]
    ]
    assert (
        main(
            [
                "--model",
                str(tiny_ckpt),
                "--output",
                str(tmp_path / "lite"),
                "--strategy",
                "frequency",
                "--keep",
                "4",
                "--from-telemetry",
                str(stats),
                "--quiet",
            ]
        )
        == 0
    )
    cfg = json.loads((tmp_path / "lite" / "config.json").read_text())
    assert cfg["expert_map"] == [[int(e) for e in row] for row in busiest]
    report = json.loads((tmp_path / "lite" / "build_report.json").read_text())
    assert report["analysis_source"] == "telemetry" and report["calibration"]["tokens_routed"] > 0
