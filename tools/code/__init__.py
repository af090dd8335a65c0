"""Code-execution virtual expert: run given Python and report exactly what it prints.

`parse` accepts only "execute this" requests around code in the message ("run this: sorted([3,1])",
"what does this print?" + one ```python block); writing, explaining or fixing code, and code that
cannot run here as given (undefined names, input(), non-stdlib imports) abstain. `run` executes in
`tools.sandbox.run_python` under two hash seeds and answers only when both runs print the same.
"""

from __future__ import annotations

import ast
import builtins
import logging
import re
import sys
import threading
import time
from typing import TYPE_CHECKING

from tools.base import Tool, ToolCall, ToolContext, ToolResult

if TYPE_CHECKING:
    from tools.sandbox import ExecResult

log = logging.getLogger(__name__)

NAME = "code"
MAX_CODE_CHARS = 20_000
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
_BUILTINS = frozenset(dir(builtins)) | {"__name__", "__builtins__", "__doc__"}
# What a program prints with these depends on the machine that runs it (the sandbox would answer
# "/tmp", pid 2, user nobody, no network), so "what does this print" has no answer we can give.
_MACHINE_MODULES = frozenset(
    {
        "platform",
        "getpass",
        "pwd",
        "grp",
        "socket",
        "subprocess",
        "multiprocessing",
        "resource",
        "sysconfig",
        "site",
        "fileinput",
        "ssl",
        "urllib",
        "http",
        "ftplib",
        "smtplib",
        "webbrowser",
        "ctypes",
    }
)
_MACHINE_ATTRIBUTES = frozenset(
    {
        "getcwd",
        "getcwdb",
        "getpid",
        "getppid",
        "getuid",
        "geteuid",
        "getgid",
        "getegid",
        "getlogin",
        "environ",
        "environb",
        "getenv",
        "listdir",
        "scandir",
        "walk",
        "cpu_count",
        "uname",
        "getloadavg",
        "argv",
        "executable",
        "version",
        "hexversion",
        "version_info",
        "platform",
        "home",
        "cwd",
        "gethostname",
        "stdin",
        "urandom",
        "disk_usage",
        "expanduser",
    }
)


def _instruction(text: str) -> bool:
    text = _trim(" ".join(text.split()))
    return any(p.fullmatch(text) for p in _INSTRUCTIONS)


def _bound_names(tree: ast.AST) -> set[str]:
    """Every name the program binds anywhere (scopes merged: an over-approximation is fine)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names.update(node.names)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names.add(node.rest)
    return names


def runnable_here(code: str) -> str | None:
    """Why `code` is not a self-contained stdlib Python program, or None when it is."""
    if not code.strip() or len(code) > MAX_CODE_CHARS:
        return "empty or too long"
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as exc:
        return f"not valid Python: {exc}"
    bound = _bound_names(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id not in bound and node.id not in _BUILTINS:
                return f"uses {node.id!r}, which the code never defines"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "input"
            and "input" not in bound
        ):
            return "reads input()"
        elif isinstance(node, ast.Attribute) and node.attr in _MACHINE_ATTRIBUTES:
            return f"output depends on the machine (.{node.attr})"
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            if isinstance(node, ast.ImportFrom) and node.level:
                return "relative import"
            imported = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
            )
            if isinstance(node, ast.ImportFrom):
                imported += [f"{node.module}.{a.name}" for a in node.names]
                if any(a.name in _MACHINE_ATTRIBUTES for a in node.names):
                    return "output depends on the machine (imports one of its facts)"
            for module in imported:
                top = module.split(".")[0]
                if top not in sys.stdlib_module_names:
                    return f"imports {module!r}, which is not in the standard library"
                if top in _MACHINE_MODULES:
                    return f"output depends on the machine ({top})"
    return None


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
    why = runnable_here(code)
    if why:
        log.debug("code tool abstains: %s", why)
        return None
    return ToolCall(tool=NAME, args={"code": code}, text=text.strip(), confidence=0.97)


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


def run(call: ToolCall, ctx: ToolContext) -> ToolResult:
    start = time.perf_counter()
    try:
        from tools.sandbox.repl import repl_program

        code = str(call.args.get("code", ""))
        result, again = _run_twice(repl_program(code), max(0.5, float(ctx.timeout_s)), ctx.cancel)
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
