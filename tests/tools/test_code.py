"""The `code` virtual expert: which requests parse (only "execute this"), and what run answers."""

from __future__ import annotations

import pytest

from tests.support.sandbox import needs_linux_root
from tools.base import ToolCall, ToolContext
from tools.code import TOOL, runnable_here

# Generous: runs that must succeed do so on a loaded CI machine too (a tool run here is two
# sandboxed runs, to see whether the output varies); the timeout tests set their own limit.
CTX = ToolContext(timeout_s=10.0)
FENCE = "```"

POSITIVE = [
    ("run this: sorted([3,1,4])", "sorted([3,1,4])"),
    ("Run: print(2**100)", "print(2**100)"),
    ("Run this: `len('abc')`", "len('abc')"),
    ("run `sorted('cab')`", "sorted('cab')"),
    ("Please execute this: print(sum(range(10)))", "print(sum(range(10)))"),
    ("Can you run this code for me: print('hi')", "print('hi')"),
    (f"What does this print?\n{FENCE}python\nprint(1+1)\n{FENCE}", "print(1+1)"),
    (f"What will this code output?\n{FENCE}\nx = 3\nprint(x * 2)\n{FENCE}", "x = 3\nprint(x * 2)"),
    (f"run this\n{FENCE}py\nprint('a')\n{FENCE}", "print('a')"),
    (f"What is the output of this program?\n{FENCE}python\nprint(7)\n{FENCE}", "print(7)"),
    (f"Execute this Python and tell me the output:\n{FENCE}python\nprint(3)\n{FENCE}", "print(3)"),
    (f"{FENCE}python\nprint(5)\n{FENCE}\nWhat does this print?", "print(5)"),
    (
        f"what gets printed?\n{FENCE}python3\nfor i in range(2):\n    print(i)\n{FENCE}",
        "for i in range(2):\n    print(i)",
    ),
    (
        f"Show me the output of this code:\n{FENCE}python\nimport math\nprint(math.pi)\n{FENCE}",
        "import math\nprint(math.pi)",
    ),
    (f"What would this print when run?\n{FENCE}python\nprint('x')\n{FENCE}", "print('x')"),
    ("What does `print(2**8)` print?", "print(2**8)"),
    ("what would `'ab' * 3` output", "'ab' * 3"),
    ("What does `x: int = 3; print(x)` print?", "x: int = 3; print(x)"),
    (f"Run the code below and give me the output\n{FENCE}python\nprint(9)\n{FENCE}", "print(9)"),
    (f"Can you tell me what this code prints?\n{FENCE}python\nprint(8)\n{FENCE}", "print(8)"),
    (f"Output of this code:\n{FENCE}python\nprint(4)\n{FENCE}", "print(4)"),
    ("Evaluate this Python expression: sorted('bca')", "sorted('bca')"),
    (
        (
            f"What does this print?\n{FENCE}pycon\n>>> xs = [1, 2]\n>>> for x in xs:\n"
            f"...     print(x)\n{FENCE}"
        ),
        "xs = [1, 2]\nfor x in xs:\n    print(x)",
    ),
]

NEGATIVE = [
    "write a function that sorts a list",
    "Write a Python program that prints the first 10 primes.",
    f"What does this code do?\n{FENCE}python\nprint(sorted([3,1]))\n{FENCE}",
    f"Explain this code:\n{FENCE}python\nprint(1)\n{FENCE}",
    f"Fix this code:\n{FENCE}python\nprint(1\n{FENCE}",
    f"Can you optimize this?\n{FENCE}python\nprint(sum(range(10)))\n{FENCE}",
    f"Run this code and explain why it is slow\n{FENCE}python\nprint(1)\n{FENCE}",
    f"Is there a bug here?\n{FENCE}python\nprint(1)\n{FENCE}",
    f"What does this print?\n{FENCE}javascript\nconsole.log(1)\n{FENCE}",
    f"run this\n{FENCE}bash\nls -la\n{FENCE}",
    "Run this: ls -la",  # valid Python syntax, but a shell command (undefined names)
    "run this: npm install",
    "Run this: the marathon tomorrow",
    f"What does this print?\n{FENCE}python\nprint(df.head())\n{FENCE}",  # needs missing context
    f"run this\n{FENCE}python\nimport numpy as np\nprint(np.ones(2))\n{FENCE}",
    f"run this\n{FENCE}python\nname = input()\nprint(name)\n{FENCE}",
    (
        f"What does this print?\n{FENCE}python\nprint(1)\n{FENCE}\nand this?\n{FENCE}python\n"
        f"print(2)\n{FENCE}"
    ),
    f"Here is my code\n{FENCE}python\nprint(1)\n{FENCE}\nWhat does it print and why?",
    "What is the output of a transformer layer?",
    "run this by your manager: the budget is 5",
    "What does print(1) do in Python?",
    "What is 2+2?",
    "Evaluate 3*4",  # arithmetic is the calculator's, not code's
    "Run this SQL: SELECT 1",
    "How do I run this script on Windows?",
    "",
    "What does `git status` print?",
    "What does `ls -la` print?",
    "What does `foo()` return?",
    "Why does `print(0.1 + 0.2)` print 0.30000000000000004?",
    "Evaluate this expression: 2+3",  # arithmetic: the calculator's
    "Output of this command: ls",
    "What is the output of `f(3)` if f doubles its input?",
    f"What does this print?\n{FENCE}pycon\n>>> 1 + 1\n2\n>>> x\n{FENCE}",  # shows output already
]


@pytest.mark.parametrize("text, code", POSITIVE)
def test_execute_requests_parse_to_their_code(text, code):
    call = TOOL.parse(text, CTX)
    assert call is not None, text
    assert call.tool == "code" and call.args["code"] == code
    assert call.confidence >= 0.9


@pytest.mark.parametrize("text", NEGATIVE)
def test_everything_else_abstains(text):
    assert TOOL.parse(text, CTX) is None, text


@pytest.mark.parametrize(
    "code, reason",
    [
        ("print(x)", "never defines"),
        ("import requests", "not in the standard library"),
        ("from . import x", "relative import"),
        ("print(", "not valid Python"),
        ("x = input()", "input()"),
        ("", "empty"),
        ("import os\nprint(os.getcwd())", "depends on the machine"),
        ("import os\nprint(os.environ['HOME'])", "depends on the machine"),
        ("import sys\nprint(sys.stdin.read())", "depends on the machine"),
        ("import sys\nprint(sys.version)", "depends on the machine"),
        ("from os import getpid\nprint(getpid())", "depends on the machine"),
        ("import platform\nprint(platform.system())", "depends on the machine"),
        ("import socket\nprint(socket.gethostname())", "depends on the machine"),
        ("import subprocess\nprint(subprocess.run(['ls']))", "depends on the machine"),
        ("from pathlib import Path\nprint(Path.home())", "depends on the machine"),
    ],
)
def test_runnable_here_names_the_reason(code, reason):
    assert reason in (runnable_here(code) or "")


@pytest.mark.parametrize(
    "code",
    [
        "def f(a, *rest, k=1, **kw):\n    return a\nprint(f(1))",
        "import xml.dom as d\nprint(d.Node.ELEMENT_NODE)",
        "try:\n    1/0\nexcept ZeroDivisionError as e:\n    print(e)",
        "class A:\n    pass\nprint(A)",
        "print([y for y in range(3)])",
        "match 1:\n    case x:\n        print(x)",
    ],
)
def test_self_contained_programs_are_runnable(code):
    assert runnable_here(code) is None


needs_sandbox = needs_linux_root  # runs code in the namespaced sandbox


def _run(code: str, ctx: ToolContext = CTX):
    return TOOL.run(ToolCall(tool="code", args={"code": code}, text=code), ctx)


@needs_sandbox
@pytest.mark.parametrize(
    "code, output",
    [
        ("sorted([3,1,4])", "[1, 3, 4]"),  # REPL-style trailing value
        ("print(2**100)", "1267650600228229401496703205376"),
        ("print('a')\n'not shown'", "a"),  # something printed: the trailing value stays silent
        ("x = 5", "(no output)"),
        ("None", "(no output)"),
        ("d = {'a': 1}\nd['b'] = 2\nd", "{'a': 1, 'b': 2}"),
    ],
)
def test_run_returns_stdout_or_the_trailing_value(code, output):
    result = _run(code)
    assert result.ok, result
    assert result.output == output


@needs_sandbox
def test_a_deterministic_exception_is_the_programs_output():
    result = _run("print('before')\nprint(1/0)")
    assert result.ok
    assert result.output.startswith("before\nTraceback (most recent call last):")
    assert result.output.endswith("ZeroDivisionError: division by zero")
    assert "<stdin>" not in result.output  # only the user's frames


@needs_sandbox
@pytest.mark.parametrize(
    "code, error",
    [
        (
            "while True:\n    pass",
            "stopped: ",
        ),  # CPU limit or wall clock, whichever the load allows
        ("import time\ntime.sleep(30)", "timed out"),
        ("open('/etc/hostname').read()", "No such file"),
        ("import socket\nsocket.create_connection(('1.1.1.1', 80))", "Network is unreachable"),
    ],
)
def test_sandbox_limits_and_environment_errors_fail_the_tool(code, error):
    result = _run(code, ToolContext(timeout_s=1.5))
    assert not result.ok and result.output == ""
    assert error in result.error


@needs_sandbox
@pytest.mark.parametrize(
    "code",
    [
        "import random\nprint(random.random())",
        # nanoseconds: the two runs start together, and a float of time.time() (about 0.2 us
        # apart at today's epoch) came out equal in both at least once
        "import time\nprint(time.time_ns())",
        "print(id(object()))",
        "print({'apple', 'banana', 'cherry', 'date'})",  # str-hash order differs between the seeds
    ],
)
def test_output_that_varies_between_runs_is_not_an_answer(code):
    result = _run(code)
    assert not result.ok and "differs between runs" in result.error


@needs_sandbox
def test_deterministic_set_output_is_still_answered():
    result = _run("print(sorted({'apple', 'banana', 'cherry'}), {3, 1, 2})")
    assert result.ok and result.output == "['apple', 'banana', 'cherry'] {1, 2, 3}"


@needs_sandbox
def test_parse_then_run_end_to_end():
    call = TOOL.parse(
        f"What does this print?\n{FENCE}python\nx = [i*i for i in range(5)]\n"
        f"print(sum(x))\n{FENCE}",
        CTX,
    )
    result = TOOL.run(call, CTX)
    assert result.ok and result.output == "30" and result.value == "30\n"
    assert "private_root" in result.details["isolation"]


@needs_sandbox
def test_a_cancelled_run_stops_at_once_and_says_so():
    """The client left: the sandboxed runs are killed instead of running to the time limit."""
    import threading
    import time

    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    start = time.monotonic()
    result = _run("import time\ntime.sleep(30)", ToolContext(timeout_s=20, cancel=cancel))
    assert time.monotonic() - start < 10  # far below the 20 s time limit
    assert not result.ok and "cancelled" in result.error


def test_long_programs_are_checked_by_run_not_by_the_router():
    """Reading a long program's AST in the router cost ~1 ms a KB: parse leaves it to run, which
    refuses machine-dependent code before starting the sandbox."""
    body = "\n".join(f"x{i} = {i}" for i in range(200)) + "\nimport os\nprint(os.getcwd())"
    call = TOOL.parse(f"What does this print?\n{FENCE}python\n{body}\n{FENCE}", CTX)
    assert call is not None and call.args["checked"] is False
    result = TOOL.run(call, CTX)
    assert not result.ok and "depends on the machine" in result.error


@pytest.mark.parametrize(
    "code, reason",
    [
        ("import os\nprint(os.path.abspath('.'))", "depends on the machine"),
        ("print(open('/etc/hosts').read())", "open()"),
        ("print(getattr(__import__('o'+'s'), 'get'+'cwd')())", "cannot be checked"),
        ("print(getattr(str, 'up' + 'per')('a'))", "computed attribute name"),
        ("import sys\nprint(sys.maxsize)", "depends on the machine"),
        ("import datetime\nprint(datetime.datetime.now())", "depends on the machine"),
        ("import time\nprint(time.time())", "depends on the machine"),
        ("print(eval('1+1'))", "eval()"),
        ("print(globals())", "globals()"),
        ("print(locals())", "namespace"),
    ],
)
def test_machine_dependent_and_dynamic_code_is_refused(code, reason):
    assert reason in (runnable_here(code) or "")


def test_constant_getattr_and_datetime_constructors_stay_runnable():
    assert runnable_here("import datetime\nprint(datetime.time(12, 30))") is None
    assert runnable_here("print(getattr('a', 'upper')())") is None
