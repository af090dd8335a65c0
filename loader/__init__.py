"""GPT-OSS checkpoint loading for MLX: HF MXFP4, mlx-lm converted and lite (per-layer experts).

`load(path) -> (model, tokenizer, info)`; `inspect(path)` describes a checkpoint from headers
only. Serving, sampling and batching live in `engine`; random-weight checkpoints in these
layouts (demo, tests, benchmarks) come from the separate `synthetic` package.
"""

from loader.config import GptOssConfig
from loader.errors import CheckpointError
from loader.info import ModelInfo, inspect
from loader.loading import load

__all__ = ["CheckpointError", "GptOssConfig", "ModelInfo", "inspect", "load"]
