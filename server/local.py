"""Local mode: the checkpoint loaded in this process, generation through the batching `Engine`.

Loads at start-up in a worker thread (model and engine are built on the same thread, since MLX
streams are per thread), then serves chat (harmony render -> engine -> harmony parse, the
harmony halves in `server.local_chat`, which knows nothing of this backend) and raw completions (tokenize -> engine -> detokenize). Context limits,
stop strings and token accounting are enforced here, where the token counts are known.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from server.errors import ContextLengthExceeded, InvalidRequest, ModelNotFound, NotReady
from server.events import CodeCallDelta, Delta, TokenLogprob, Usage
from server.local_chat import ChatStream, HarmonyChat, output_grammar
from server.protocol import ChatCompletionRequest, CompletionRequest
from server.settings import Settings
from server.stops import StopMatcher

log = logging.getLogger(__name__)
T = TypeVar("T")


class LocalBackend:
    kind = "local"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ready = False
        self.load_error: str | None = None
        self.path: Path | None = settings.model
        self.model_ids: list[str] = [self._model_id(settings.model)] if settings.model else []
        self.engine: Any = None
        self.tokenizer: Any = None
        self.info: Any = None
        self.context_length = settings.context_length or 0
        self.harmony: HarmonyChat | None = None
        # Rendering, tokenizing, grammar compiling: off the event loop, on threads of their own.
        self._prepare = ThreadPoolExecutor(
            max_workers=min(4, os.cpu_count() or 1), thread_name_prefix="prepare"
        )
        self._python = ThreadPoolExecutor(max_workers=2, thread_name_prefix="python")

    @staticmethod
    def _model_id(path: Path | None) -> str:
        return path.resolve().name if path is not None else "gpt-oss-demo"

    # -- lifecycle -------------------------------------------------------------------------
    async def load(self) -> None:
        await asyncio.to_thread(self._load_blocking)
        self.ready = True

    def _load_blocking(self) -> None:
        import loader
        from engine import Engine, EngineOptions
        from loader import cpu

        path = self.settings.model
        if path is None:
            from demo import checkpoint_path

            path = checkpoint_path()
            log.warning(
                "No --model given: serving the tiny demo model trained in this repository (%s, "
                "see its README.md). It speaks harmony (reasoning, function calls, the python "
                "tool) but knows little beyond its training chats. Serve real weights with "
                "`python -m server --model /path/to/gpt-oss-20b` (or `make serve MODEL=...`).",
                path,
            )
        self.path = path
        model, tokenizer, info = loader.load(
            path,
            embeddings=self.settings.embeddings,
            kernels=self.settings.kernels,
            cpu_threads=self.settings.cpu_threads,
            experts=self.settings.experts,
        )
        s = self.settings
        options = EngineOptions(
            max_batch=s.max_batch, max_queue=s.max_queue, prefill_batch=s.prefill_batch
        )
        # Built on this thread, right after loading: MLX arrays belong to the loading stream.
        self.engine = Engine(model, tokenizer, options)
        if self.settings.telemetry:
            self.engine.set_telemetry(True)
        self.tokenizer = tokenizer
        self.info = info
        cfg = info.config
        native = int(getattr(cfg, "max_position_embeddings", 0) or 131072)
        self.context_length = min(self.settings.context_length or native, native)
        self.model_ids = [self.settings.model_id or self._model_id(self.settings.model)]
        self.harmony = HarmonyChat(tokenizer, self.settings)
        log.info(
            "serving %s as %r, context %d tokens, computed by %s%s",
            path,
            self.model_ids[0],
            self.context_length,
            cpu.describe(info.kernels),
            ", experts mapped from the checkpoint files" if info.experts == "mapped" else "",
        )

    async def drain(self, reason: str) -> None:
        if self.engine is not None:
            self.engine.drain(reason)

    async def abort(self, reason: str) -> None:
        if self.engine is not None:
            self.engine.abort(reason)

    async def close(self) -> None:
        if self.engine is None:
            return
        out = self.settings.telemetry_out
        if out is not None and self.settings.telemetry:
            export = await self.telemetry_export()
            out.write_text(json.dumps(export) + "\n")
            log.info("wrote expert telemetry to %s", out)
        await asyncio.to_thread(self.engine.close)
        self._prepare.shutdown(wait=False, cancel_futures=True)
        self._python.shutdown(wait=False, cancel_futures=True)

    # -- identity and stats ----------------------------------------------------------------
    @property
    def default_model(self) -> str:
        return self.model_ids[0] if self.model_ids else self._model_id(self.settings.model)

    def resolve_model(self, name: str) -> str:
        aliases = set(self.model_ids)
        if self.path is not None:
            aliases |= {str(self.path), self.path.name}
        if self.settings.model is not None:
            aliases.add(str(self.settings.model))
        if name in aliases:
            return self.default_model
        raise ModelNotFound(
            f"The model {name!r} does not exist on this server; it serves "
            f"{self.default_model!r} (GET /v1/models).",
            param="model",
        )

    def stats(self) -> dict[str, float]:
        if self.engine is None:
            return {"queue_depth": 0, "active": 0}
        s = self.engine.stats
        return {"queue_depth": s.queue_depth, "active": s.active}

    async def telemetry_counts(self) -> list[dict[int, int]] | None:
        """Per layer, routed tokens per original expert id; None when telemetry is off."""
        if self.engine is None or not self.settings.telemetry:
            return None
        # Read between decode steps on the engine thread, without blocking the event loop.
        return await asyncio.to_thread(self.engine.telemetry_counts)

    async def telemetry_export(self) -> dict[str, Any]:
        """The export `builder --from-telemetry` reads (docs/CONTRACTS.md)."""
        counts = await self.telemetry_counts()
        if counts is None:
            raise InvalidRequest(
                "expert telemetry is off; start the server with --telemetry to collect it",
                code="telemetry_off",
            )
        return {
            "format": "gptoss-expert-telemetry/1",
            "model": str(self.path),
            "layers": [{str(e): int(n) for e, n in sorted(layer.items())} for layer in counts],
        }

    def count_tokens(self, text: str) -> int:
        if self.tokenizer is None:
            return 0
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    # -- shared helpers --------------------------------------------------------------------
    def token_budget(self, prompt_len: int, requested: int | None, param: str) -> int:
        """max_tokens for the engine: the request's, or the default, within the context."""
        room = self.context_length - prompt_len
        if requested is not None and prompt_len + requested > self.context_length:
            raise ContextLengthExceeded(
                f"This model's context is {self.context_length} tokens; the prompt is "
                f"{prompt_len} and {param}={requested} asks for {prompt_len + requested}. "
                f"Shorten the prompt or lower {param} to at most {max(room, 0)}.",
                param=param,
            )
        if room < 1:
            raise ContextLengthExceeded(
                f"This model's context is {self.context_length} tokens and the prompt alone "
                f"is {prompt_len}; shorten the messages.",
                param="messages",
            )
        if requested is not None:
            return requested
        cap = self.settings.default_max_tokens
        return room if cap is None else min(cap, room)

    def sampling(
        self,
        req: Any,
        max_tokens: int,
        stop_ids: tuple[int, ...],
        top_n: int,
        grammar: str | None = None,
    ) -> Any:
        from engine import SamplingParams

        return SamplingParams(
            temperature=1.0 if req.temperature is None else req.temperature,
            top_p=1.0 if req.top_p is None else (req.top_p or 1e-9),
            top_k=req.top_k or 0,
            min_p=req.min_p or 0.0,
            seed=req.seed if req.seed is None or req.seed >= 0 else req.seed & 0x7FFFFFFF,
            max_tokens=max_tokens,
            stop_token_ids=stop_ids,
            logprobs=True,
            top_logprobs=top_n,
            presence_penalty=req.presence_penalty or 0.0,
            frequency_penalty=req.frequency_penalty or 0.0,
            logit_bias=req.logit_bias_pairs,
            grammar=grammar,
        )

    def token_text(self, token: int) -> str:
        """One token's text for logprobs: its exact bytes (as the harmony parser reads them),
        a partial UTF-8 character replaced."""
        return self.harmony.vocab.token_bytes(token).decode("utf-8", "replace")

    def logprob_of(self, ev: Any) -> TokenLogprob:
        top = [(self.token_text(t), lp) for t, lp in (ev.top_logprobs or [])]
        return TokenLogprob(self.token_text(ev.token), float(ev.logprob), top)

    def _require(self) -> None:
        if not self.ready or self.engine is None:
            raise NotReady("the model is still loading; poll GET /health until it answers 200")

    # -- generation ------------------------------------------------------------------------
    def chat(self, req: ChatCompletionRequest, messages: list[dict]) -> AsyncIterator[Delta]:
        """Harmony render -> budget and sampling -> engine -> harmony parse (server.local_chat)."""
        self._require()
        return self._chat(req, messages)

    def _prepare_chat(
        self, req: ChatCompletionRequest, messages: list[dict]
    ) -> tuple[ChatStream, list[int], Any]:
        """The CPU work before generation, linear in the request: render and tokenize the
        conversation, budget the context, compile the output grammar. Runs off the loop."""
        prompt, ids = self.harmony.render(req, messages)
        param = "max_completion_tokens" if req.max_completion_tokens else "max_tokens"
        max_tokens = self.token_budget(len(ids), req.token_limit, param)
        top_n = (req.top_logprobs or 0) if req.logprobs else 0
        params = self.sampling(
            req, max_tokens, self.harmony.stop_ids, top_n, grammar=output_grammar(req, prompt)
        )
        if params.grammar is not None:  # first use builds the vocabulary index
            self.engine.grammar_tokenizer.get()
        return self.harmony.stream(req, prompt, len(ids)), ids, params

    async def _off_loop(self, fn: Callable[..., T], *args: Any) -> T:
        """Run request preparation on this backend's own threads: never on the event loop
        (other clients wait on it) and never behind tool work in the default pool."""
        return await asyncio.get_running_loop().run_in_executor(self._prepare, fn, *args)

    async def _chat(self, req: ChatCompletionRequest, messages: list[dict]) -> AsyncIterator[Delta]:
        state, ids, params = await self._off_loop(self._prepare_chat, req, messages)
        for rounds_left in range(self.settings.python_rounds, -1, -1):
            generated: list[int] = []
            left = params.max_tokens - state.usage.completion_tokens
            round_params = dataclasses.replace(params, max_tokens=left)
            stream = self.engine.generate(ids, self.round_params(round_params, rounds_left))
            try:
                async for ev in stream:
                    generated.append(ev.token)
                    lp = self.logprob_of(ev) if req.logprobs else None
                    out = state.token(ev.token, lp, ev.cached_tokens, ev.finish_reason)
                    if out is not None:
                        yield out
                    if state.stopped:
                        break
            finally:
                await stream.aclose()
            pending = state.pending_call()
            budget = params.max_tokens - state.usage.completion_tokens
            if pending is None or rounds_left == 0 or budget < 1 or state.stopped:
                break
            # The model called the python tool: run it, show the result, let the model go on.
            call, call_id = pending
            result = await self._run_python(call_id, call.content)
            yield Delta(code_calls=[result])
            ids = ids + generated + self.harmony.tool_result(call, result.output or "")
            state.next_round()
        yield state.finish()

    def round_params(self, params: Any, rounds_left: int) -> Any:
        """One generation round's sampling (the request's, with what is left of its budget).
        A hook: tests force a round's tokens here with a grammar, as a random model never
        calls a tool by itself."""
        del rounds_left
        return params

    async def _run_python(self, call_id: str, code: str) -> CodeCallDelta:
        """Run the model's python call in the sandbox (the code tool's limits); a failure is the
        tool's output, never an error of the request."""
        from tools.sandbox import Limits, run_python
        from tools.sandbox.repl import repl_program

        cancel = threading.Event()
        limits = Limits(timeout_s=10.0, cpu_s=8)
        loop = asyncio.get_running_loop()
        try:
            res = await loop.run_in_executor(
                self._python, lambda: run_python(repl_program(code), limits=limits, cancel=cancel)
            )
        finally:
            cancel.set()  # the client left mid-run: stop it
        output = (res.stdout + res.stderr).rstrip("\n")
        if res.error and (res.killed or not output):
            output = (output + "\n" if output else "") + res.error
        return CodeCallDelta(
            call_id, output=output or "(no output)", status="completed" if res.ok else "failed"
        )

    def responses(
        self, req: Any, items: list[dict], chat: ChatCompletionRequest, messages: list[dict]
    ) -> AsyncIterator[Delta]:
        """Here a Responses request is its chat completion (the python tool included)."""
        del req, items
        return self.chat(chat, messages)

    def complete(self, req: CompletionRequest) -> AsyncIterator[Delta]:
        self._require()
        return self._complete(req)

    def _prepare_completion(self, req: CompletionRequest) -> tuple[list[int], Any]:
        ids = req.prompt_ids
        if ids is None:
            ids = self.tokenizer.encode(req.prompt_text or "", add_special_tokens=False)
        if not ids:
            raise InvalidRequest("the prompt is empty; send at least one token", param="prompt")
        max_tokens = self.token_budget(len(ids), req.token_limit, "max_tokens")
        return list(ids), self.sampling(req, max_tokens, (), req.logprobs or 0)

    async def _complete(self, req: CompletionRequest) -> AsyncIterator[Delta]:
        ids, params = await self._off_loop(self._prepare_completion, req)
        stops = StopMatcher(req.stops)
        detok = self.tokenizer.detokenizer
        detok.reset()
        eos = set(self.engine.eos_token_ids)
        usage = Usage(prompt_tokens=len(ids))
        finish = "length"
        stream = self.engine.generate(ids, params)
        try:
            async for ev in stream:
                usage.completion_tokens += 1
                usage.cached_tokens = ev.cached_tokens
                lp = [self.logprob_of(ev)] if req.logprobs is not None else []
                if ev.finish_reason == "stop" and ev.token in eos:
                    finish = "stop"
                    break
                detok.add_token(ev.token)
                text = stops.feed(detok.last_segment)
                if stops.hit is not None:
                    finish = "stop"
                    yield Delta(content=text, logprobs=lp)
                    break
                if text or lp:
                    yield Delta(content=text, logprobs=lp)
                if ev.finish_reason is not None:
                    finish = ev.finish_reason
        finally:
            await stream.aclose()
        if stops.hit is None:
            detok.finalize()
            tail = stops.feed(detok.last_segment) + stops.flush()
            if tail:
                yield Delta(content=tail)
        yield Delta(finish_reason=finish, usage=usage)
