"""The tiny GPT-OSS demo model trained in this repository, and its reproducible build.

Import-light on purpose: this module only locates the committed checkpoint
(`checkpoint_path()`). Data generation is `demo.data`, training and export (torch, the `train`
extra) `demo.train`, measurements through our loader `demo.evaluate`; the command line is
`python -m demo build|evaluate|parity`. See demo/checkpoint/README.md (the model card).
"""

from pathlib import Path

__all__ = ["checkpoint_path"]


def checkpoint_path() -> Path:
    """The committed demo checkpoint (Hugging Face gpt-oss layout, MXFP4 experts)."""
    return Path(__file__).resolve().parent / "checkpoint"
