"""Synthetic GPT-OSS checkpoints: random weights in the exact layouts the loader reads.

Test and benchmark tooling, kept out of the runtime `loader` (which never imports it):
`write_checkpoint(out, shape, layers, experts, seed)` writes the Hugging Face layout (a lite one
with per-layer expert counts), with a small byte-level BPE tokenizer carrying every harmony token
(`synthetic.tokenizer`). Command line: `python -m synthetic OUT --shape tiny|20b|120b`.
"""

from synthetic.checkpoint import SHAPES, build_config, cache_root, write_checkpoint

__all__ = ["SHAPES", "build_config", "cache_root", "write_checkpoint"]
