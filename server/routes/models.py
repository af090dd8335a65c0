"""GET /v1/models and /v1/models/{id}: the model(s) this server answers for."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.requests import Request

from server.errors import ModelNotFound
from server.state import ServerState, state_of

router = APIRouter()


def _card(model_id: str, st: ServerState) -> dict[str, Any]:
    return {
        "id": model_id,
        "object": "model",
        "created": int(st.started),
        "owned_by": "gptoss-mlx" if st.backend.kind == "local" else "upstream",
    }


def _ids(st: ServerState) -> list[str]:
    ids = list(st.backend.model_ids)
    default = st.backend.default_model
    if default not in ids:
        ids.insert(0, default)
    return ids


@router.get("/v1/models")
async def list_models(request: Request) -> dict[str, Any]:
    st = state_of(request)
    return {"object": "list", "data": [_card(i, st) for i in _ids(st)]}


@router.get("/v1/models/{model_id:path}")
async def get_model(model_id: str, request: Request) -> dict[str, Any]:
    st = state_of(request)
    if model_id not in _ids(st):
        raise ModelNotFound(
            f"The model {model_id!r} does not exist on this server; GET /v1/models lists "
            "the available ones.",
            param="model",
        )
    return _card(model_id, st)
