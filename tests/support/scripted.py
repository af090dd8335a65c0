"""Scripted model output for tests: a random-weight model never calls a tool or writes a long
answer by itself, so a test backend forces a generation's tokens with a grammar, through the
engine's own constrained decoding; everything else stays real."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from engine.constraints import compile_lark
from server.local import LocalBackend
from server.settings import Settings
from tests.support.server import ServerThread


def forced(params: Any, lark: str) -> Any:
    """`params` with its output held to the Lark grammar `lark` (specials as <|name|>)."""
    return dataclasses.replace(params, grammar=compile_lark(lark))


def serve(backend: type[LocalBackend], ckpt: Path, **settings: Any) -> ServerThread:
    """A server on `ckpt` whose local backend is `backend` (a scripted subclass)."""
    s = Settings(model=ckpt, model_id="tiny", responses_db=":memory:", **settings)
    return ServerThread(s, backend=backend(s)).start()
