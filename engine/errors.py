"""Domain exceptions of the engine.

One family (`EngineError`) so the HTTP edge can translate them once: `EngineBusy` maps to 429/503,
`InvalidInput` to 400, `EngineClosed` to 503. Messages name the offending value and the fix.
"""

from __future__ import annotations


class EngineError(Exception):
    """Base class for every error the engine raises on purpose."""


class EngineBusy(EngineError):
    """The waiting queue is full; the caller should retry later or raise `max_queue`."""


class EngineClosed(EngineError):
    """The engine was closed (or its worker thread died) and accepts no more work."""


class InvalidInput(EngineError):
    """A prompt or sampling parameter is out of range for this model."""
