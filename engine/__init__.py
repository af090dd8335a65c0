"""Generation engine: continuous batching over one MLX model on a dedicated thread.

Public surface (see docs/CONTRACTS.md): `Engine`, `SamplingParams`, `TokenEvent`,
`EngineStats` and the `EngineError` family (`EngineBusy`, `EngineClosed`, `InvalidInput`).
"""

from engine.core import Engine
from engine.errors import EngineBusy, EngineClosed, EngineError, InvalidInput
from engine.schema import EngineOptions, EngineStats, SamplingParams, TokenEvent

__all__ = [
    "Engine",
    "EngineBusy",
    "EngineClosed",
    "EngineError",
    "EngineOptions",
    "EngineStats",
    "InvalidInput",
    "SamplingParams",
    "TokenEvent",
]
