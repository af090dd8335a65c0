"""GET /v1/telemetry/experts: the expert-usage export (`gptoss-expert-telemetry/1`) that
`python -m builder --from-telemetry` reads, when the server runs with --telemetry."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.requests import Request

from server.state import state_of

router = APIRouter()


@router.get("/v1/telemetry/experts")
async def expert_telemetry(request: Request) -> dict[str, Any]:
    st = state_of(request)
    st.require_ready()
    return await st.backend.telemetry_export()
