"""OpenAI error envelope and the one place where exceptions become HTTP responses.

Domain code raises `APIError` subclasses (or lets engine/loader exceptions propagate); the
handlers installed by `install_handlers` turn every failure into
`{"error": {"message", "type", "param", "code"}}` with the right status. Unexpected exceptions
are logged with their traceback and reach the client as a plain 500 without one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
        """Harmony names fields as the API does (`messages[2].content`)."""
        return cls(exc.message, param=exc.param)


class BodyTooLarge(APIError):
    status = 413
    code = "body_too_large"


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


SHUTTING_DOWN = "the server is shutting down; retry on another instance or after it restarts"


class ShuttingDown(NotReady):
    code = "shutting_down"

    def __init__(self, detail: str = "") -> None:
        super().__init__(SHUTTING_DOWN + (f" ({detail})" if detail else ""))


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
        if str(exc).startswith(SHUTTING_DOWN):  # the reason the server gave the engine
            return ShuttingDown(str(exc).removeprefix(SHUTTING_DOWN).strip(" ()"))
        return NotReady(str(exc), code="engine_closed")
    return None


def error_body(
    message: str, type_: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


# pydantic names the branch of a union it tried ("str", "list[TextPart]", "literal['a','b']",
# "NamedToolChoice") and dict keys ("[key]") in an error's location; none of them is a field.
_BRANCH = re.compile(
    r"(str|int|float|bool|none|(list|dict|literal|tuple|set)\[.*|[A-Z]\w*|\[key\])"
)
_EXPECTED = {
    "string_type": "a string",
    "int_type": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "bool_type": "a boolean",
    "list_type": "an array",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}
_BOUNDS = {
    "greater_than_equal": ("at least", "ge"),
    "greater_than": ("greater than", "gt"),
    "less_than_equal": ("at most", "le"),
    "less_than": ("less than", "lt"),
}


def _param(loc: Sequence[Any]) -> str | None:
    """An error location as OpenAI's field path: `messages[0].content`, `stop`, `logit_bias.5`."""
    out = ""
    for part in loc:
        if part == "body" and not out:
            continue  # FastAPI prefixes body fields with "body"
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _BRANCH.fullmatch(str(part)):
            out += f".{part}" if out else str(part)
    return out or None


def _branch_mismatch(err: dict[str, Any]) -> bool:
    """The value is not of this union branch's type at all (another branch explains it)."""
    loc = err.get("loc", ())
    return (
        bool(loc)
        and _BRANCH.fullmatch(str(loc[-1])) is not None
        and (err.get("type") in _EXPECTED or err.get("type") == "literal_error")
    )


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    return "an object"


def _expected(err: dict[str, Any]) -> str:
    if err.get("type") == "literal_error":
        return "one of " + str((err.get("ctx") or {}).get("expected", "the allowed values"))
    return _EXPECTED.get(str(err.get("type")), "another type")


def _describe(err: dict[str, Any], param: str | None) -> str:
    """One sentence for one pydantic error, in the words of OpenAI's API errors."""
    kind, ctx, value = err.get("type"), err.get("ctx") or {}, err.get("input")
    field = f"'{param}'" if param else "the request body"
    if kind == "missing":
        return f"Missing required parameter: {field}."
    if kind in _EXPECTED:
        return f"Invalid type for {field}: expected {_expected(err)}, but got {_json_type(value)}."
    if kind == "literal_error":
        return f"Invalid value for {field}: {value!r}; expected {_expected(err)}."
    if kind in _BOUNDS:
        word, key = _BOUNDS[kind]
        return f"Invalid value for {field}: {value!r}; it must be {word} {ctx.get(key)}."
    if kind in ("too_long", "too_short"):
        word = "at most" if kind == "too_long" else "at least"
        count = ctx.get("max_length" if kind == "too_long" else "min_length")
        return f"Invalid {field}: {word} {count} item(s), got {ctx.get('actual_length')}."
    if kind == "string_too_short":
        return f"Invalid value for {field}: it must not be empty."
    if kind == "string_pattern_mismatch":
        return f"Invalid value for {field}: {value!r} does not match {ctx.get('pattern')}."
    msg = str(err.get("msg", "is invalid")).removeprefix("Value error, ")
    return f"Invalid value for {field}: {msg}."


def validation_message(errors: list[Any]) -> tuple[str, str | None]:
    """One readable line for the first field pydantic refused, plus its `param` path.

    A union's failed branches are folded: the branch whose type matched explains the problem
    (`stop` as a list of 17: "at most 16"); when none matched, the expected types are listed
    ("expected a string or an array").
    """
    if not errors:
        return "Invalid request body.", None
    if errors[0].get("type") == "json_invalid":
        detail = (errors[0].get("ctx") or {}).get("error", "could not be parsed")
        return f"Request body is not valid JSON ({detail}).", None
    params = [_param(e.get("loc", ())) for e in errors]
    first = params[0]
    group = [e for e, p in zip(errors, params, strict=True) if p == first or _under(p, first)]
    fitting = [e for e in group if not _branch_mismatch(e)]
    if fitting:
        err = max(fitting, key=lambda e: len(e.get("loc", ())))
        text = _describe(err, _param(err.get("loc", ())))
        param = _param(err.get("loc", ()))
    else:
        wanted = list(dict.fromkeys(_expected(e) for e in group))
        got = _json_type(group[0].get("input"))
        field = f"'{first}'" if first else "the request body"
        joined = (", or " if any(" or " in w for w in wanted) else " or ").join(wanted)
        text = f"Invalid type for {field}: expected {joined}, but got {got}."
        param = first
    others = len({p for p in params if p != first and not _under(p, first)})
    if others:
        text += f" ({others} more problem(s) in the request.)"
    return text, param


def _under(param: str | None, root: str | None) -> bool:
    return bool(param and root) and param.startswith((f"{root}.", f"{root}["))


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

    app.add_middleware(UnexpectedErrors)


def unexpected_response(exc: Exception, scope: Scope) -> JSONResponse:
    """The envelope for an exception no handler took: its APIError if it has one, else a 500
    that says nothing of the cause (the traceback goes to the log)."""
    mapped = translate(exc)
    if mapped is not None:
        headers = {"WWW-Authenticate": "Bearer"} if mapped.status == 401 else None
        return JSONResponse(mapped.body(), status_code=mapped.status, headers=headers)
    log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
    return JSONResponse(
        error_body(
            "The server had an internal error while processing the request; it has been logged.",
            "server_error",
            None,
            "internal_error",
        ),
        status_code=500,
    )


class UnexpectedErrors:
    """ASGI middleware: an exception no handler took is answered here and goes no further.

    Starlette's last-resort handler re-raises after answering, so uvicorn then drops the
    keep-alive connection without `Connection: close` and a client's next pooled request fails.
    Answered here, the connection stays usable. A response already under way cannot be
    answered again: then the exception propagates and the connection closes (a cut body).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            if started:
                raise
            await unexpected_response(exc, scope)(scope, receive, send)
