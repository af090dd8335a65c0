"""Static checks of the `code` virtual expert: can the sandbox's output be *the* answer?

`runnable_here(code)` reads the program's AST (it never runs it) and says why the code is not a
self-contained, machine-independent stdlib program, or None when it is. Output that depends on
the machine (cwd, files, pids, users, environment, clocks, platform, interpreter internals) is
what the sandbox would print about itself, not what the asker's program prints: abstain.
Dynamic access (`__import__`, `eval`, `getattr` with a computed name) cannot be checked: abstain.
"""

from __future__ import annotations

import ast
import builtins
import sys

MAX_CODE_CHARS = 20_000
_BUILTINS = frozenset(dir(builtins)) | {"__name__", "__builtins__", "__doc__", "exit", "quit"}
# Modules whose results describe the machine (or reach outside the program).
_MACHINE_MODULES = frozenset(
    [
        "os",
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
        "pathlib",
        "glob",
        "shutil",
        "tempfile",
        "locale",
        "gc",
        "tracemalloc",
        "mmap",
        "fcntl",
        "termios",
        "pty",
        "tty",
        "curses",
        "signal",
        "uuid",
        "importlib",
        "sqlite3",
        "dbm",
        "shelve",
        "zipimport",
        "pkgutil",
        "inspect",
    ]
)
# Attributes whose values are facts about the machine, its files or its clock, on any object
# (os.getcwd, os.path.abspath, Path.home, datetime.now, time.time, sys.version, ...).
_MACHINE_ATTRIBUTES = frozenset(
    [
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
        "expandvars",
        "abspath",
        "realpath",
        "relpath",
        "exists",
        "lexists",
        "isfile",
        "isdir",
        "islink",
        "ismount",
        "getsize",
        "getmtime",
        "getatime",
        "getctime",
        "stat",
        "lstat",
        "samefile",
        "access",
        "chdir",
        "resolve",
        "absolute",
        "iterdir",
        "glob",
        "rglob",
        "read_text",
        "read_bytes",
        "open",
        "today",
        "now",
        "utcnow",
        "localtime",
        "gmtime",
        "ctime",
        "asctime",
        "monotonic",
        "monotonic_ns",
        "perf_counter",
        "perf_counter_ns",
        "process_time",
        "process_time_ns",
        "thread_time",
        "time_ns",
        "getsizeof",
        "getrefcount",
        "getallocatedblocks",
        "__subclasses__",
        "__globals__",
        "__code__",
        "__builtins__",
        "__loader__",
        "__spec__",
        "__file__",
        "__cached__",
    ]
)
# Facts that only some modules' attributes of these names are: `time.time()` (datetime.time is
# a constructor), `sys.path` (os.path is not a fact), `sys.maxsize`...
_MACHINE_PAIRS = frozenset(
    [("time", "time"), ("time", "clock_gettime")]
    + [
        ("sys", a)
        for a in [
            "path",
            "modules",
            "flags",
            "prefix",
            "base_prefix",
            "exec_prefix",
            "implementation",
            "maxsize",
            "byteorder",
            "thread_info",
            "float_repr_style",
            "getfilesystemencoding",
            "getdefaultencoding",
            "getswitchinterval",
        ]
    ]
)
# Builtins whose results depend on the process, or that hide what the program does.
_DYNAMIC_BUILTINS = frozenset(
    {"open", "id", "__import__", "eval", "exec", "compile", "globals", "breakpoint", "help"}
)
_NAMESPACE_BUILTINS = frozenset({"locals", "vars", "dir"})  # with no argument: the namespace
_ATTRIBUTE_BUILTINS = frozenset({"getattr", "hasattr", "setattr", "delattr"})


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


def _call_problem(node: ast.Call, bound: set[str]) -> str | None:
    func = node.func
    if isinstance(func, ast.Name) and func.id not in bound:
        if func.id == "input":
            return "reads input()"
        if func.id in _DYNAMIC_BUILTINS:
            return f"uses {func.id}(), whose result depends on the machine or cannot be checked"
        if func.id in _NAMESPACE_BUILTINS and not node.args:
            return f"prints the interpreter's namespace ({func.id}())"
        if func.id in _ATTRIBUTE_BUILTINS and len(node.args) >= 2:
            name = node.args[1]
            if not (isinstance(name, ast.Constant) and isinstance(name.value, str)):
                return f"{func.id}() with a computed attribute name cannot be checked"
            if name.value in _MACHINE_ATTRIBUTES:
                return f"output depends on the machine (.{name.value})"
    return None


def _import_problem(node: ast.Import | ast.ImportFrom) -> str | None:
    if isinstance(node, ast.ImportFrom) and node.level:
        return "relative import"
    imported = (
        [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
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


def runnable_here(code: str) -> str | None:
    """Why `code` is not a self-contained, machine-independent stdlib Python program, or None."""
    if not code.strip() or len(code) > MAX_CODE_CHARS:
        return "empty or too long"
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as exc:
        return f"not valid Python: {exc}"
    bound = _bound_names(tree)
    for node in ast.walk(tree):
        why = None
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id not in bound and node.id not in _BUILTINS:
                why = f"uses {node.id!r}, which the code never defines"
        elif isinstance(node, ast.Call):
            why = _call_problem(node, bound)
        elif isinstance(node, ast.Attribute) and (
            node.attr in _MACHINE_ATTRIBUTES
            or (isinstance(node.value, ast.Name) and (node.value.id, node.attr) in _MACHINE_PAIRS)
        ):
            why = f"output depends on the machine (.{node.attr})"
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            why = _import_problem(node)
        if why:
            return why
    return None
