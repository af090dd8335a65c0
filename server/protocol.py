"""Request models for the OpenAI-compatible endpoints (pydantic, strict types, bounds in types).

Only fields the server honours are declared; anything else lands in `model_extra`, which the
routes log and otherwise ignore. Cross-field rules a client can break (n != 1, a tool message
without a matching call, a tool_choice naming an undeclared function) are checked here so they
surface as one 400 with a `param`. Response shapes live in `server.shapes`.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

import harmony
from server.errors import InvalidRequest

log = logging.getLogger(__name__)

Role = Literal["system", "developer", "user", "assistant", "tool"]


def _effort(value: Any) -> Any:
    # Clients written for newer OpenAI models send "minimal"; GPT-OSS's lowest effort is low.
    if value == "minimal":
        log.info("reasoning_effort 'minimal' is served as 'low' (GPT-OSS has low/medium/high)")
        return "low"
    return value


def _stop_count(value: Any) -> Any:
    if isinstance(value, list) and len(value) > MAX_STOPS:
        raise ValueError(f"at most {MAX_STOPS} stop sequences, got {len(value)}")
    return value


Effort = Annotated[Literal["low", "medium", "high"], BeforeValidator(_effort)]
MAX_STOPS = 16


class _Strict(BaseModel):
    # Strict so "10" is not silently a number; nested objects ignore unknown keys.
    model_config = ConfigDict(strict=True, extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _null_is_default(cls, data: Any) -> Any:
        """An explicit null in a declared field means its default, as OpenAI's nullable fields do
        (`"n": null` is n=1, `"stream": null` is false); a required field sent as null is then
        reported missing."""
        if not isinstance(data, dict) or None not in data.values():
            return data
        declared = {f.alias or name for name, f in cls.model_fields.items()}
        return {k: v for k, v in data.items() if v is not None or k not in declared}


class TextPart(_Strict):
    type: str
    text: str | None = None

    @model_validator(mode="after")
    def _text_only(self) -> TextPart:
        if self.type in ("image_url", "input_image", "input_audio", "file", "input_file"):
            kind = "audio" if "audio" in self.type else "image" if "image" in self.type else "file"
            raise ValueError(f"{kind} input is not supported by this text-only model")
        if self.type != "text":
            raise ValueError(f"content part type {self.type!r} is not supported; use 'text'")
        if self.text is None:
            raise ValueError("a text part needs its text")
        return self


class FunctionCall(_Strict):
    name: str = Field(min_length=1)
    arguments: str = ""


class MessageToolCall(_Strict):
    id: str = Field(min_length=1)
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessage(_Strict):
    role: Role
    content: str | list[TextPart] | None = None
    name: str | None = None
    tool_calls: list[MessageToolCall] | None = None
    tool_call_id: str | None = None
    reasoning_content: str | None = None
    reasoning: str | None = None  # the field name some clients (and vLLM) use for the same thing

    @model_validator(mode="after")
    def _shape(self) -> ChatMessage:
        if self.role == "assistant":
            if self.content is None and not self.tool_calls and self.reasoning_text is None:
                raise ValueError("an assistant message needs content, reasoning or tool_calls")
        elif self.content is None:
            raise ValueError(f"a {self.role} message needs content")
        if self.role == "tool" and not self.tool_call_id:
            raise ValueError("a tool message needs the tool_call_id of the call it answers")
        if self.tool_calls and self.role != "assistant":
            raise ValueError("only assistant messages may carry tool_calls")
        return self

    @property
    def text(self) -> str:
        """The content as plain text (text parts joined)."""
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(p.text for p in self.content)

    @property
    def reasoning_text(self) -> str | None:
        return self.reasoning_content if self.reasoning_content is not None else self.reasoning


class FunctionDef(_Strict):
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-\.]+$")
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class ToolDef(_Strict):
    type: Literal["function"]
    function: FunctionDef


class NamedFunction(_Strict):
    name: str


class NamedToolChoice(_Strict):
    type: Literal["function"]
    function: NamedFunction


class StreamOptions(_Strict):
    include_usage: bool = False


class JsonSchemaFormat(_Strict):
    name: str = "response"
    description: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None


class ResponseFormat(_Strict):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JsonSchemaFormat | None = None

    @model_validator(mode="after")
    def _schema_given(self) -> ResponseFormat:
        if self.type == "json_schema" and self.json_schema is None:
            raise ValueError("response_format type json_schema needs a json_schema object")
        return self


Stop = Annotated[str | list[str] | None, BeforeValidator(_stop_count)]
Temperature = Annotated[float, Field(ge=0.0, le=2.0)]
Unit = Annotated[float, Field(ge=0.0, le=1.0)]
TokenCount = Annotated[int, Field(ge=1)]
Penalty = Annotated[float, Field(ge=-2.0, le=2.0)]
MAX_CHOICES = 16  # `n`: each choice is its own sequence in the engine's batch
TokenId = Annotated[str, Field(pattern=r"^[0-9]{1,9}$")]  # JSON object keys are strings


class _Sampling(_Strict):
    """Fields shared by chat and text completions."""

    model_config = ConfigDict(strict=True, extra="allow")

    model: str = Field(min_length=1)
    max_tokens: TokenCount | None = None
    temperature: Temperature | None = None
    top_p: Unit | None = None
    # -1 is "off" in vLLM's and llama.cpp's APIs, as 0 is here
    top_k: Annotated[int, Field(ge=-1), AfterValidator(lambda k: 0 if k == -1 else k)] | None = None
    min_p: Unit | None = None
    seed: int | None = None
    stop: Stop = None
    n: Annotated[int, Field(ge=1, le=MAX_CHOICES)] = 1
    presence_penalty: Penalty | None = None
    frequency_penalty: Penalty | None = None
    logit_bias: (
        Annotated[dict[TokenId, Annotated[float, Field(ge=-100, le=100)]], Field(max_length=1024)]
        | None
    ) = None
    stream: bool = False
    stream_options: StreamOptions | None = None

    @property
    def stops(self) -> list[str]:
        if self.stop is None:
            return []
        stops = [self.stop] if isinstance(self.stop, str) else list(self.stop)
        return [s for s in stops if s]

    def per_choice(self) -> list[Self]:
        """One request per choice (`n`); seeded choices get seed, seed+1, ... so they differ
        from each other and still reproduce."""
        if self.n == 1:
            return [self]
        return [
            self.model_copy(update={"n": 1, "seed": None if self.seed is None else self.seed + i})
            for i in range(self.n)
        ]

    @property
    def logit_bias_pairs(self) -> tuple[tuple[int, float], ...]:
        return tuple((int(tok), float(bias)) for tok, bias in (self.logit_bias or {}).items())

    @property
    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class ChatCompletionRequest(_Sampling):
    messages: Annotated[list[ChatMessage], Field(min_length=1)]
    tools: list[ToolDef] | None = None
    tool_choice: Literal["none", "auto", "required"] | NamedToolChoice | None = None
    parallel_tool_calls: bool | None = None
    reasoning_effort: Effort | None = None
    max_completion_tokens: TokenCount | None = None
    logprobs: bool = False
    top_logprobs: Annotated[int, Field(ge=0, le=20)] | None = None
    response_format: ResponseFormat | None = None
    virtual_experts: Literal["direct", "assist", "off"] | None = None
    # Our extension: let the model call harmony's built-in python tool, run in our sandbox.
    builtin_tools: list[Literal["python"]] | None = None

    @property
    def token_limit(self) -> int | None:
        """max_completion_tokens wins over the legacy max_tokens, as in OpenAI's API."""
        return self.max_completion_tokens or self.max_tokens


class CompletionRequest(_Sampling):
    prompt: (
        str
        | Annotated[list[int], Field(min_length=1)]
        | Annotated[list[str], Field(min_length=1, max_length=1)]
    )
    max_tokens: TokenCount | None = 16  # OpenAI's default for /v1/completions
    logprobs: Annotated[int, Field(ge=0, le=20)] | None = None
    echo: bool = False

    @property
    def token_limit(self) -> int | None:
        return self.max_tokens

    @property
    def prompt_text(self) -> str | None:
        if isinstance(self.prompt, str):
            return self.prompt
        if self.prompt and isinstance(self.prompt[0], str):
            return self.prompt[0]
        return None

    @property
    def prompt_ids(self) -> list[int] | None:
        if self.prompt and isinstance(self.prompt, list) and isinstance(self.prompt[0], int):
            return list(self.prompt)  # type: ignore[arg-type]
        return None


def check_chat(req: ChatCompletionRequest) -> None:
    """Rules across fields that pydantic cannot attach to one path; raise a 400 naming `param`.

    The conversation rules are harmony's own (`harmony.check_chat`, what rendering enforces),
    checked here before any work so a local and an upstream engine refuse the same requests.
    """
    try:
        harmony.check_chat(
            req.messages,
            tools=req.tools,
            tool_choice=req.tool_choice,
            response_format=req.response_format,
        )
    except harmony.HarmonyError as exc:
        raise InvalidRequest.from_harmony(exc) from None
    if req.top_logprobs and not req.logprobs:
        raise InvalidRequest("top_logprobs needs logprobs=true", param="top_logprobs")
