"""Code-execution virtual expert: run given Python and report exactly what it prints.

`parse` accepts only "execute this" requests around code in the message ("run this: sorted([3,1])",
"what does this print?" + one ```python block); writing, explaining or fixing code, and code that
cannot run here as given (undefined names, input(), non-stdlib imports) abstain. `run` executes in
`tools.sandbox.run_python` under two hash seeds and answers only when both runs print the same.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from typing import TYPE_CHECKING

from tools.base import Tool, ToolCall, ToolContext, ToolResult
from tools.code.static import MAX_CODE_CHARS, runnable_here

if TYPE_CHECKING:
    from tools.sandbox import ExecResult

log = logging.getLogger(__name__)

NAME = "code"
# Reading a program's AST costs about 0.5 ms a kilobyte: the router checks short programs at
# once and leaves longer ones to `run`, which checks before it runs anything.
MAX_CHECK_IN_PARSE = 1500
MAX_ANSWER_CHARS = 4_000
# Two str-hash seeds: output that changes between them (set order, randomness) is not an answer.
_SEEDS = (1, 2)

_POLITE = (
    r"(?:(?:hey|hi|ok|okay)[,!]?\s+)?(?:(?:please|pls|kindly)\s+)?"
    r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
)
_THIS = r"(?:(?:this|the following|the|my|that|below|these)\s+)?"
_LANG = r"(?:(?:python\s*3?|py)\s+)?"
_THING = r"(?:code|snippet|program|script|block|cell|lines?|statements?|expression|function)"
_OBJ = (
    rf"(?:\s+{_THIS}{_LANG}{_THING}(?:\s+(?:below|above|here))?|\s+{_THIS}(?:python\s*3?|py)|"
    r"\s+(?:this|the following|it))?"
)
_IN_PY = r"(?:\s+(?:in|with|using)\s+(?:python\s*3?|a python (?:shell|interpreter|repl)))?"
_TELL = (
    r"(?:\s*,?\s+(?:and|then)\s+(?:tell|show|give|print|report|paste|share)\s+(?:me\s+)?"
    r"(?:the|its|what\s+it|what\s+(?:gets|is)|the\s+exact)\s*(?:output|result|prints?|"
    r"outputs?|printed|displayed)(?:\s+(?:is|are))?)?"
)
_TAIL = r"(?:\s+for\s+me)?(?:\s*,?\s*please)?"
_OUT_VERB = (
    r"(?:print|output|display|show|produce|write|print out|output to the console|"
    r"print to the (?:console|screen|terminal))"
)
_WHEN_RUN = r"(?:\s+(?:when|if)\s+(?:i\s+)?(?:run|execute)(?:\s+it)?|\s+when\s+(?:run|executed))?"

# Each pattern is the whole instruction (the code itself is taken out before matching).
_INSTRUCTIONS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"{_POLITE}(?:run|execute|exec){_OBJ}{_IN_PY}{_TELL}{_TAIL}",
        (
            rf"{_POLITE}(?:evaluate|eval|interpret)\s+{_THIS}{_LANG}(?:code|snippet|program|script)"
            rf"{_IN_PY}{_TELL}{_TAIL}"
        ),
        (
            rf"{_POLITE}(?:evaluate|eval|interpret)\s+{_THIS}(?:python\s*3?|py)(?:\s+(?:expression|"
            rf"statement)s?)?{_TELL}{_TAIL}"
        ),
        rf"what\s+(?:does|will|would|did|should){_OBJ}\s+{_OUT_VERB}{_WHEN_RUN}",
        (
            rf"what(?:\s+is|'s|\s+will\s+be|\s+would\s+be|\s+gets|\s+is\s+going\s+to\s+be)\s+"
            rf"(?:printed|output|displayed)(?:\s+by{_OBJ})?{_WHEN_RUN}"
        ),
        (
            rf"what(?:\s+is|'s|\s+will\s+be|\s+would\s+be)\s+(?:the\s+)?(?:exact\s+)?(?:printed\s+)?"
            rf"(?:output|result|console output|stdout)(?:\s+of(?:\s+(?:running|executing))?{_OBJ})?"
            rf"{_WHEN_RUN}"
        ),
        (
            rf"{_POLITE}(?:show|give|tell)\s+(?:me\s+)?(?:the\s+)?(?:exact\s+)?output\s+of(?:\s+"
            rf"(?:running|executing))?{_OBJ}"
        ),
        (
            rf"{_POLITE}(?:tell|show)\s+me\s+what{_OBJ}\s+(?:prints|outputs|displays|produces|"
            rf"(?:will|would)\s+(?:print|output|display|produce)){_WHEN_RUN}"
        ),
        rf"(?:the\s+)?(?:exact\s+)?(?:output|result)\s+of(?:\s+(?:running|executing))?{_OBJ}",
    )
)
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+.-]*)[ \t]*\n(.*?)\n?[ \t]*```", re.DOTALL)
_PY_TAGS = {"", "python", "py", "python3", "py3", "pycon", "pycon3", "pyrepl"}
_PUNCT = ":.,;!?"


def _trim(text: str) -> str:
    """`text` without white space and punctuation at either end, in linear time (a regex
    anchored at the end rescans every run of them: quadratic on " . . . . x")."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in _PUNCT):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _PUNCT):
        end -= 1
    return text[start:end]


# Exceptions that come from the sandbox itself (no network, no files, no stdin, no third-party
# packages): the program might behave differently outside, so the model answers instead.
_ENVIRONMENT_ERRORS = re.compile(
    r"^(?:PermissionError|OSError|FileNotFoundError|ModuleNotFoundError|ImportError|EOFError|"
    r"ConnectionError|ConnectionRefusedError|TimeoutError|BlockingIOError|socket\.\w+|"
    r"BrokenPipeError|MemoryError|RecursionError)\b"
)


def _instruction(text: str) -> bool:
    text = _trim(" ".join(text.split()))
    return any(p.fullmatch(text) for p in _INSTRUCTIONS)


def _split(text: str) -> list[tuple[str, str]]:
    """Candidate (instruction, code) readings of a message; empty when it has no such shape."""
    fences = list(_FENCE.finditer(text))
    if len(fences) > 1 or text.count("```") > 2:
        return []
    if fences:
        m = fences[0]
        if m.group(1).lower() not in _PY_TAGS:
            return []
        before, after = text[: m.start()].strip(), text[m.end() :].strip()
        if before and after:
            return []  # words on both sides: a discussion, not a bare request
        return [(before or after, m.group(2))]
    if text.count("`") == 2:
        # One inline span: "run `sorted([3,1])`", "what does `print(2**8)` print?"
        m = re.search(r"`([^`\n]+)`", text)
        if m is None:
            return []
        before, after = text[: m.start()].strip(), text[m.end() :].strip()
        readings = [(f"{before} this {after}", m.group(1))]
        if not _trim(after):
            readings.append((before, m.group(1)))
        return readings
    if "`" in text:
        return []
    head, sep, rest = text.partition(":")
    if sep and rest.strip() and "\n" not in head:
        return [(head, rest.strip())]
    return []


def _strip_prompts(code: str) -> str:
    """A pasted REPL session (every line '>>> ' or '... ') becomes the program it typed.

    A transcript that also shows output lines is someone asking about a result they already
    have, so it is left alone (and fails to parse as Python).
    """
    lines = [line for line in code.splitlines() if line.strip()]
    if lines and all(line.startswith((">>> ", "... ")) or line in (">>>", "...") for line in lines):
        return "\n".join(line[4:] for line in code.splitlines() if line.strip())
    return code


def parse(text: str, ctx: ToolContext) -> ToolCall | None:
    if not text or len(text) > MAX_CODE_CHARS + 500:
        return None
    code = next((c for instruction, c in _split(text.strip()) if _instruction(instruction)), None)
    if code is None:
        return None
    code = _strip_prompts(code)
    checked = len(code) <= MAX_CHECK_IN_PARSE
    why = runnable_here(code) if checked else None
    if why:
        log.debug("code tool abstains: %s", why)
        return None
    args = {"code": code, "checked": checked}
    return ToolCall(tool=NAME, args=args, text=text.strip(), confidence=0.97)


def _answer(stdout: str, stderr: str, failed: bool) -> str:
    body = stdout.rstrip("\n")
    if failed:
        body = (body + "\n" if body else "") + stderr.rstrip("\n")
    if not body:
        return "(no output)"
    if len(body) > MAX_ANSWER_CHARS:
        body = body[:MAX_ANSWER_CHARS] + "\n… (output truncated)"
    return body


def _run_twice(
    program: str, timeout: float, cancel: threading.Event | None = None
) -> tuple[ExecResult, ExecResult]:
    """Run under two hash seeds at once (two cores, same wall time as one run)."""
    from tools.sandbox import Limits, run_python

    # CPU a little under the wall clock, so a busy loop is reported as such, not as a hang.
    limits = Limits(timeout_s=timeout, cpu_s=max(1, int(timeout * 0.8)))
    results: list[ExecResult | None] = [None, None]

    def one(i: int) -> None:
        results[i] = run_python(program, limits=limits, hash_seed=_SEEDS[i], cancel=cancel)

    other = threading.Thread(target=one, args=(1,), daemon=True)
    other.start()
    one(0)
    other.join()
    return results[0], results[1]  # type: ignore[return-value]


# The sandbox's interpreter starts without `site`, which is what defines exit() and quit():
# give the program them back, so "print('a'); exit(); print('b')" prints "a" as it does at home.
# It runs before the REPL wrapper, so the user's line numbers in tracebacks are unchanged.
_SITE_BUILTINS = """\
import builtins as _b


class _Quitter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        raise SystemExit(code)


for _n in ("exit", "quit"):
    if not hasattr(_b, _n):
        setattr(_b, _n, _Quitter(_n))
del _b, _n, _Quitter
"""


def program(code: str) -> str:
    """The source the sandbox runs for `code`: site's exit/quit, then the REPL wrapper."""
    from tools.sandbox.repl import repl_program

    return _SITE_BUILTINS + repl_program(code)


def run(call: ToolCall, ctx: ToolContext) -> ToolResult:
    start = time.perf_counter()
    code = str(call.args.get("code", ""))
    if call.args.get("checked") is False and (why := runnable_here(code)):
        return ToolResult(
            ok=False,
            error=f"the code cannot be answered by running it here: {why}",
            elapsed_ms=(time.perf_counter() - start) * 1000,
        )
    try:
        result, again = _run_twice(program(code), max(0.5, float(ctx.timeout_s)), ctx.cancel)
    except Exception as exc:  # a tool never raises into the server
        log.exception("code tool failed")
        return ToolResult(
            ok=False,
            error=f"code execution failed: {exc}",
            elapsed_ms=(time.perf_counter() - start) * 1000,
        )
    elapsed = (time.perf_counter() - start) * 1000
    details = {
        "exit_code": result.exit_code,
        "isolation": list(result.isolation),
        "stderr": result.stderr[-2000:],
    }
    for res in (result, again):
        if res.killed or res.timed_out:
            return ToolResult(
                ok=False,
                error=f"code execution stopped: {res.error}",
                elapsed_ms=elapsed,
                details=details,
            )
    if (result.stdout, result.stderr, result.exit_code) != (
        again.stdout,
        again.stderr,
        again.exit_code,
    ):
        # Randomness, clocks, addresses or str-hash order: no single output is "the" answer.
        return ToolResult(
            ok=False,
            error="the output differs between runs (random numbers, "
            "time, object ids or set order), so there is no single answer",
            elapsed_ms=elapsed,
            details=details,
        )
    failed = result.exit_code != 0
    if failed and (result.error is None or _ENVIRONMENT_ERRORS.match(result.error)):
        return ToolResult(
            ok=False,
            error=f"the code failed in the sandbox: {result.error}",
            elapsed_ms=elapsed,
            details=details,
        )
    # A deterministic exception (ZeroDivisionError, NameError...) is what the program prints.
    output = _answer(result.stdout, result.stderr, failed)
    return ToolResult(
        ok=True, output=output, value=result.stdout, elapsed_ms=elapsed, details=details
    )


TOOL = Tool(name=NAME, parse=parse, run=run, lane="code")
