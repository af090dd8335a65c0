"""Lite-checkpoint builder: profile expert usage, choose experts, write pruned checkpoints.

`python -m builder` is the entry point (build, `profile`, `eval`); `builder.writer.write_lite`
writes a lite checkpoint from an expert map; `builder.strategies.select` chooses one from an
`ExpertAnalysis`. Models are loaded only through `loader.load`; the writer itself never builds a
model.
"""
