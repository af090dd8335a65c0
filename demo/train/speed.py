"""Which framework trains the demo model fastest here: one timed AdamW step of the same model
(16 sequences of 384 tokens) in PyTorch on the CPU (float32 and bf16 autocast) and in MLX
(mlx-lm's gpt_oss, float32, autograd). `python -m demo.train.speed` prints tokens/s per step.
"""

from __future__ import annotations

import json
import time

import torch
import torch.nn.functional as F

from demo.train.model import Dims, GptOss

B, T = 16, 384


def torch_steps(d: Dims, bf16: bool, steps: int = 4) -> list[float]:
    torch.set_num_threads(2)
    torch.manual_seed(0)
    model = GptOss(d)
    opt = torch.optim.AdamW(model.parameters(), 1e-3)
    ids = torch.randint(0, d.vocab_size, (B, T))
    times = []
    for _ in range(steps):
        t = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            logits = model(ids[:, :-1])
            loss = F.cross_entropy(logits.float().reshape(-1, d.vocab_size), ids[:, 1:].reshape(-1))
        loss.backward()
        opt.step()
        opt.zero_grad()
        times.append(time.perf_counter() - t)
    return times


def mlx_steps(d: Dims, steps: int = 3) -> list[float]:
    import mlx.core as mx
    import mlx.optimizers as optim
    from mlx import nn
    from mlx_lm.models import gpt_oss

    args = gpt_oss.ModelArgs(
        num_hidden_layers=d.num_hidden_layers,
        num_local_experts=d.num_local_experts,
        vocab_size=d.vocab_size,
        hidden_size=d.hidden_size,
        intermediate_size=d.intermediate_size,
        head_dim=d.head_dim,
        num_attention_heads=d.num_attention_heads,
        num_key_value_heads=d.num_key_value_heads,
        sliding_window=d.sliding_window,
        rope_scaling={
            "beta_fast": 32.0,
            "beta_slow": 1.0,
            "factor": 32.0,
            "original_max_position_embeddings": 4096,
            "rope_type": "yarn",
        },
        layer_types=[d.layer_type(i) for i in range(d.num_hidden_layers)],
    )
    model = gpt_oss.Model(args)
    mx.eval(model.parameters())
    opt = optim.AdamW(1e-3)
    ids = mx.random.randint(0, d.vocab_size, (B, T))

    def loss_fn(m, x, y):
        return nn.losses.cross_entropy(m(x), y).mean()

    step = nn.value_and_grad(model, loss_fn)
    times = []
    for _ in range(steps):
        t = time.perf_counter()
        loss, grads = step(model, ids[:, :-1], ids[:, 1:])
        opt.update(model, grads)
        mx.eval(model.parameters(), opt.state, loss)
        times.append(time.perf_counter() - t)
    return times


def main() -> None:
    d = Dims()
    tokens = B * (T - 1)
    report = {}
    for name, times in (
        ("torch_fp32", torch_steps(d, False)),
        ("torch_bf16_autocast", torch_steps(d, True)),
        ("mlx_fp32", mlx_steps(d)),
    ):
        report[name] = {
            "step_seconds": [round(t, 2) for t in times],
            "tokens_per_s_best": round(tokens / min(times[1:] or times)),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
