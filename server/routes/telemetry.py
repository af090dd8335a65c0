"""GET /v1/telemetry/experts: the expert-usage export (`gptoss-expert-telemetry/1`) that
`python -m builder --from-telemetry` reads, when the server runs with --telemetry."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.requests import Request

from server.app import state_of
from server.errors import InvalidRequest

router = APIRouter()


@router.get("/v1/telemetry/experts")
async def expert_telemetry(request: Request) -> dict[str, Any]:
    st = state_of(request)
    st.require_ready()
    export = getattr(st.backend, "telemetry_export", None)
    if export is None:
        raise InvalidRequest(
            "expert telemetry needs a local model; in upstream mode the experts run elsewhere",
            code="telemetry_off",
        )
    return await export()
