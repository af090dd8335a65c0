"""`load(path) -> (model, tokenizer, info)` for HF MXFP4, lite and mlx-lm converted checkpoints.

Headers are validated first (`loader.layout`), then weights are mapped lazily with `mx.load`,
renamed by mlx-lm's `sanitize`, and evaluated one layer at a time so loading never holds much
more than the final model. Experts are quantized modules in MXFP4 mode: the checkpoint's bytes
are used as they are, never dequantized.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import mlx.core as mx
from mlx import nn
from mlx.utils import tree_flatten
from mlx_lm.tokenizer_utils import TokenizerWrapper
from mlx_lm.utils import infer_quant_config, load_tokenizer
from transformers import PretrainedConfig

from loader import cpu
from loader.config import MXFP4_GROUP, GptOssConfig
from loader.cpu.layers import install as install_cpu_kernels
from loader.cpu.layers import install_generate_ops
from loader.cpu.mapped import map_experts
from loader.errors import CheckpointError
from loader.host_embedding import EMBEDDING_PREFIX, HostEmbedding, map_tensor, resolve_placement
from loader.info import ModelInfo, info_from_scan
from loader.layout import CheckpointScan, scan_checkpoint
from loader.model import GptOssModel

log = logging.getLogger(__name__)

MXFP4 = {"group_size": MXFP4_GROUP, "bits": 4, "mode": "mxfp4"}
_EXPERT_PROJ = ("experts.gate_proj", "experts.up_proj", "experts.down_proj")


def load(
    path: str | Path,
    lazy: bool = False,
    embeddings: str = "auto",
    kernels: str = "auto",
    cpu_threads: int | None = None,
    experts: str = "memory",
) -> tuple[GptOssModel, TokenizerWrapper, ModelInfo]:
    """Load a GPT-OSS checkpoint directory; raises `CheckpointError` for anything malformed.

    With `lazy=True` weights stay unevaluated (read on first use), as in `mlx_lm.load`.
    `embeddings` places the token-embedding table: "device" (in MLX memory, like mlx-lm),
    "host" (memory-mapped from the checkpoint, rows gathered per step; `loader.host_embedding`)
    or "auto" (host on the CPU backend, device on a GPU). A host table is not among
    `model.parameters()`: load with "device" to save the model with mlx-lm's `save`.
    `kernels`: "cpu" computes dense and expert layers with our CPU kernels (`loader.cpu`) on
    `cpu_threads` threads (default: every CPU this process may use), "mlx" with MLX's own,
    "auto" = ours when MLX runs on the CPU and they are available.
    `experts`: "memory" reads the expert tensors into MLX memory; "mapped" leaves them in the
    checkpoint files, memory-mapped, for models larger than RAM (our CPU kernels only;
    `loader.cpu.mapped`); "auto" maps them when the weights would not fit in available memory.
    """
    path = Path(path)
    if not path.is_dir():
        raise CheckpointError(f"{path}: not a directory; point at a checkpoint folder")
    started = time.perf_counter()
    cfg = GptOssConfig.from_path(path)
    placement = resolve_placement(embeddings)
    chosen = cpu.resolve_kernels(kernels)
    scan = scan_checkpoint(path, cfg)
    where = resolve_experts(experts, chosen, info_from_scan(cfg, scan, placement))
    model = build_model(cfg, scan, embeddings=placement)
    if chosen == "cpu":
        cpu.set_threads(cpu_threads)
        install_cpu_kernels(model)
        install_generate_ops()
    if where == "mapped":  # before materialize: the experts' lazy arrays are never read
        map_experts(model, scan)
    tokenizer = _load_tokenizer(path, cfg)
    info = info_from_scan(cfg, scan, embeddings=placement, kernels=chosen, experts=where)
    if not lazy:
        materialize(model)
    log.info(
        "loaded %s (%s layout, %d layers, experts %s %s, embeddings on %s) in %.2fs; %s",
        path,
        scan.layout,
        cfg.num_hidden_layers,
        list(cfg.experts_per_layer),
        "mapped from the files" if where == "mapped" else "in memory",
        placement,
        time.perf_counter() - started,
        cpu.describe(chosen),
    )
    return model, tokenizer, info


EXPERT_PLACEMENTS = ("auto", "memory", "mapped")


def resolve_experts(experts: str, kernels: str, info: ModelInfo) -> str:
    """ "memory" or "mapped" for a requested placement (see `load`)."""
    if experts not in EXPERT_PLACEMENTS:
        raise ValueError(f"experts must be one of {EXPERT_PLACEMENTS}, not {experts!r}")
    if experts == "mapped" and kernels != "cpu":
        raise ValueError("mapped experts need our CPU kernels (kernels='cpu' on the CPU backend)")
    if experts == "auto":
        available = memory_available()
        fits = available is None or info.estimated_resident_bytes < 0.9 * available
        return "mapped" if kernels == "cpu" and not fits else "memory"
    return experts


def memory_available() -> int | None:
    """MemAvailable in bytes (None where there is no /proc/meminfo)."""
    return meminfo("MemAvailable")


def meminfo(key: str, path: str = "/proc/meminfo") -> int | None:
    """A "<key>: <n> kB" line of /proc/meminfo (or of /proc/self/status) in bytes; None when
    the file or the line is missing (not Linux)."""
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def build_model(cfg: GptOssConfig, scan: CheckpointScan, embeddings: str = "device") -> GptOssModel:
    """Construct the model, quantize it like the checkpoint, and attach lazy (unread) weights;
    with `embeddings="host"` the embedding table is then swapped for a memory-mapped one."""
    model = GptOssModel(cfg)
    raw: dict[str, mx.array] = {}
    for shard in scan.shards:
        try:
            raw.update(mx.load(str(shard.path)))
        except (RuntimeError, ValueError) as exc:  # headers passed, MLX still refuses the file
            raise CheckpointError(f"{shard.path}: MLX cannot read it ({exc})") from exc
    weights = model.sanitize(raw)
    del raw  # drop source references so evaluated gate/up halves free their inputs
    if scan.layout == "mlx":
        _quantize_like_mlx(model, cfg, weights)
    else:
        nn.quantize(model, class_predicate=lambda p, m: p.endswith(_EXPERT_PROJ), **MXFP4)
    model.eval()
    _assign(model, weights, scan)  # validates every tensor, the embedding's included
    if embeddings == "host":
        model.model.embed_tokens = _host_embedding(model.model.embed_tokens, scan)
    return model


def _host_embedding(module: nn.Module, scan: CheckpointScan) -> HostEmbedding:
    """A memory-mapped twin of the (validated, still unread) embedding `module`."""
    shard_of = {name: shard for shard in scan.shards for name in shard.tensors}
    names = {key: EMBEDDING_PREFIX + key for key, _ in tree_flatten(module.parameters())}
    tables = {key: map_tensor(shard_of[name], name) for key, name in names.items()}
    quant = (
        {
            "group_size": module.group_size,
            "bits": module.bits,
            "mode": getattr(module, "mode", "affine"),
        }
        if "scales" in tables
        else None
    )
    return HostEmbedding(tables["weight"], tables.get("scales"), tables.get("biases"), quant)


def materialize(model: GptOssModel) -> None:
    """Evaluate weights layer by layer: each gate/up split reads its source tensor once and the
    source is released before the next layer is read, keeping peak memory near final size."""
    for layer in model.layers:
        mx.eval(layer.parameters())
    mx.eval(model.parameters())


def _quantize_like_mlx(model: GptOssModel, cfg: GptOssConfig, weights: dict) -> None:
    """Mirror mlx-lm's rule: quantize exactly the modules the checkpoint stores scales for."""
    quant = dict(cfg.quantization or {})  # scan_checkpoint already required it

    def predicate(p: str, m: nn.Module):
        if isinstance(quant.get(p), dict):
            return quant[p]
        if not hasattr(m, "to_quantized") or f"{p}.scales" not in weights:
            return False
        try:
            return infer_quant_config(p, m, weights)
        except ValueError as exc:
            raise CheckpointError(f"tensor {p}.weight: {exc}") from exc

    nn.quantize(
        model,
        group_size=quant.get("group_size", 64),
        bits=quant.get("bits", 4),
        mode=quant.get("mode", "affine"),
        class_predicate=predicate,
    )
    for p, m in model.named_modules():
        if p.endswith(_EXPERT_PROJ) and getattr(m, "mode", None) != "mxfp4":
            log.warning("%s is stored as %s, not MXFP4", p, getattr(m, "mode", "bf16"))


def _assign(model: GptOssModel, weights: dict[str, mx.array], scan: CheckpointScan) -> None:
    expected = dict(tree_flatten(model.parameters()))
    missing = sorted(set(expected) - set(weights))
    extra = sorted(set(weights) - set(expected))
    if missing or extra:
        raise CheckpointError(
            f"{scan.path}: tensors do not match config.json ({scan.layout} layout): "
            f"missing {missing[:4]}, unexpected {extra[:4]}; the checkpoint is incomplete or "
            "its config describes another model"
        )
    for name, value in weights.items():
        if value.shape != expected[name].shape:
            layer = name.split(".")[2] if name.startswith("model.layers.") else None
            where = f" (layer {layer})" if layer is not None else ""
            raise CheckpointError(
                f"{scan.path}: tensor {name}{where}: expected shape {list(expected[name].shape)}, "
                f"found {list(value.shape)}; config.json and the weights disagree"
            )
    model.load_weights(list(weights.items()), strict=True)


def _load_tokenizer(path: Path, cfg: GptOssConfig) -> TokenizerWrapper:
    if not (path / "tokenizer.json").is_file() and not (path / "tokenizer_config.json").is_file():
        raise CheckpointError(
            f"{path}: no tokenizer.json; copy the tokenizer files of the source "
            "model next to the weights"
        )
    eos = _eos_ids(path, cfg)
    # transformers would otherwise parse config.json with its strict GptOssConfig, which
    # rejects lite configs (num_local_experts as a list); the tokenizer does not need it.
    try:
        tokenizer = load_tokenizer(path, {"config": PretrainedConfig()}, eos_token_ids=eos)
    except (OSError, ValueError) as exc:
        raise CheckpointError(f"{path}: tokenizer files cannot be loaded ({exc})") from exc
    tokenizer.eos_token_ids = _checked_stops(path, tokenizer)
    return tokenizer


HARMONY_STOPS = ("<|return|>", "<|call|>", "<|endoftext|>")


def _checked_stops(path: Path, tokenizer: TokenizerWrapper) -> list[int]:
    """The stop ids, each a token of this tokenizer; an id the tokenizer does not have (a config
    copied from another model) is replaced by the tokenizer's own harmony stop tokens."""
    vocab = tokenizer.get_vocab()
    known = set(vocab.values())
    eos = sorted(tokenizer.eos_token_ids)
    foreign = [i for i in eos if i not in known]
    if not foreign:
        return eos
    own = [vocab[t] for t in HARMONY_STOPS if t in vocab]
    if not own:
        raise CheckpointError(
            f"{path}: eos_token_id {foreign} (generation_config.json / config.json) is not a "
            f"token of this {len(known)}-token tokenizer, which has none of {list(HARMONY_STOPS)} "
            "either; fix eos_token_id or copy the model's own tokenizer files"
        )
    stops = sorted({*(i for i in eos if i in known), *own})
    log.warning(
        "%s: eos_token_id %s is not a token of this %d-token tokenizer; stopping on the "
        "tokenizer's own harmony stop tokens %s instead",
        path,
        foreign,
        len(known),
        stops,
    )
    return stops


def _eos_ids(path: Path, cfg: GptOssConfig) -> list[int]:
    # generation_config.json carries the full stop list (<|return|>, <|call|>, ...); config.json
    # often names only one.
    value = cfg.raw.get("eos_token_id")
    gen = path / "generation_config.json"
    if gen.is_file():
        try:
            value = json.loads(gen.read_text()).get("eos_token_id", value)
        except (OSError, ValueError) as exc:
            raise CheckpointError(f"{gen}: not valid JSON ({exc})") from exc
    if value is None:
        return []
    return [int(v) for v in (value if isinstance(value, list) else [value])]
