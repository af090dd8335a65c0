"""GET /health (503 while loading, 200 when ready) and GET /metrics (Prometheus text)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from starlette.requests import Request

from server.metrics import CONTENT_TYPE
from server.state import state_of

router = APIRouter()


@router.get("/health")
async def health(request: Request) -> JSONResponse:
    st = state_of(request)
    body = {"status": "ok" if st.backend.ready else "loading", "mode": st.backend.kind}
    body["model"] = st.backend.default_model
    if st.load_failed:
        body["status"] = "error"
    if not st.backend.ready and st.backend.load_error:
        body["detail"] = st.backend.load_error
    return JSONResponse(body, status_code=200 if st.backend.ready else 503)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    st = state_of(request)
    if st.backend.ready:
        st.telemetry = await st.backend.telemetry_counts()
    return Response(st.metrics.render(), media_type=CONTENT_TYPE)
