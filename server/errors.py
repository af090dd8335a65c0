"""OpenAI error envelope and the one place where exceptions become HTTP responses.

Domain code raises `APIError` subclasses (or lets engine/loader exceptions propagate); the
handlers installed by `install_handlers` turn every failure into
`{"error": {"message", "type", "param", "code"}}` with the right status. Unexpected exceptions
are logged with their traceback and reach the client as a plain 500 without one.
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from harmony import HarmonyError

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)


class APIError(Exception):
    """An error the client caused or must hear about, with its OpenAI envelope fields."""

    status: int = 400
    type: str = "invalid_request_error"
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code

    def body(self) -> dict[str, Any]:
        return error_body(self.message, self.type, self.param, self.code)


class InvalidRequest(APIError):
    status = 400

    @classmethod
    def from_harmony(cls, exc: HarmonyError) -> InvalidRequest:
        """Harmony names fields like messages[2].content; OpenAI's `param` uses dots."""
        param = exc.param.replace("[", ".").replace("]", "") if exc.param else None
        return cls(exc.message, param=param)


class ContextLengthExceeded(APIError):
    status = 400
    code = "context_length_exceeded"


class AuthenticationError(APIError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class ModelNotFound(APIError):
    status = 404
    code = "model_not_found"


class QueueFull(APIError):
    status = 429
    type = "rate_limit_error"
    code = "queue_full"


class NotReady(APIError):
    status = 503
    type = "server_error"
    code = "model_loading"


class ClientClosed(APIError):
    """The client hung up; nobody reads this response, but logs and metrics see a 499."""

    status = 499
    type = "client_closed"
    code = "client_closed"


class UpstreamError(APIError):
    status = 502
    type = "upstream_error"
    code = "upstream_failed"

    def __init__(self, message: str, *, status: int = 502, code: str | None = None):
        super().__init__(message, code=code)
        self.status = status


def translate(exc: BaseException) -> APIError | None:
    """Map another package's domain exception to its HTTP meaning (None: not ours to map)."""
    if isinstance(exc, APIError):
        return exc
    # Imported here so this module stays importable without the engine (upstream-only use).
    from engine.errors import EngineBusy, EngineClosed, InvalidInput

    if isinstance(exc, EngineBusy):
        return QueueFull(str(exc))
    if isinstance(exc, InvalidInput):
        return InvalidRequest(str(exc))
    if isinstance(exc, EngineClosed):
        return NotReady(str(exc), code="engine_closed")
    return None


def error_body(
    message: str, type_: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def _loc_to_param(loc: tuple[Any, ...]) -> str | None:
    # FastAPI prefixes body fields with "body"; OpenAI's `param` is the field path alone.
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) or None


def validation_message(errors: list[Any]) -> tuple[str, str | None]:
    """One readable line for the first pydantic validation problem, plus its `param` path."""
    if not errors:
        return "Invalid request body.", None
    first = errors[0]
    loc = tuple(first.get("loc", ()))
    param = _loc_to_param(loc)
    if first.get("type") == "json_invalid":
        ctx = first.get("ctx") or {}
        detail = ctx.get("error", "could not be parsed")
        return f"Request body is not valid JSON ({detail}).", None
    msg = str(first.get("msg", "is invalid")).removeprefix("Value error, ")
    if param:
        text = f"Invalid value for '{param}': {msg}."
    else:
        text = f"Invalid request body: {msg}."
    if len(errors) > 1:
        text += f" ({len(errors) - 1} more problem(s) in the request.)"
    return text, param


def parse_body(model: type[M], raw: bytes) -> M:
    """Validate a JSON request body into `model`; every failure becomes one 400 `InvalidRequest`."""
    if not raw.strip():
        raise InvalidRequest("Request body is empty; send a JSON object.")
    try:
        parsed = model.model_validate_json(raw)
    except ValidationError as exc:
        message, param = validation_message(list(exc.errors()))
        raise InvalidRequest(message, param=param) from None
    if parsed.model_extra:  # models that allow extra fields keep them here
        log.info("ignoring unknown request fields: %s", ", ".join(sorted(parsed.model_extra)))
    return parsed


def install_handlers(app: FastAPI) -> None:
    """Register the handlers that make every failure an OpenAI error envelope."""

    def _respond(status: int, body: dict[str, Any], headers: dict | None = None) -> JSONResponse:
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(APIError)
    async def _api_error(_: Request, exc: APIError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _respond(exc.status, exc.body(), headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        message, param = validation_message(list(exc.errors()))
        return _respond(400, error_body(message, "invalid_request_error", param, None))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
        return _respond(
            exc.status_code, error_body(str(exc.detail), "invalid_request_error", None, code)
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        mapped = translate(exc)
        if mapped is not None:
            return await _api_error(request, mapped)
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _respond(
            500,
            error_body(
                "The server had an internal error while processing the request; "
                "it has been logged.",
                "server_error",
                None,
                "internal_error",
            ),
        )
