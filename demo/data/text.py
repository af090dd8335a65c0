"""Plain-text language-modelling data found on this machine: Python standard library sources
(code) and the docstrings of the standard library and of installed packages (English prose).

Files are listed in sorted order and drawn with a seeded generator, so the same machine (same
Python and package versions) gives the same text. `SOURCES` records where each kind comes from
and under which licence (read from the package metadata), for the model card.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import importlib.util
import inspect
import random
import sysconfig
from pathlib import Path

PROSE_PACKAGES = ("numpy", "sympy", "pint", "httpx", "click", "starlette", "pydantic", "dateutil")
_DIST = {"dateutil": "python-dateutil"}
_SKIP = ("test", "tests", "idlelib", "lib2to3", "turtledemo", "site-packages", "ensurepip")


def stdlib_root() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def _py_files(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*.py")
        if not any(part in _SKIP for part in p.relative_to(root).parts)
    )


def package_root(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def licence(dist: str) -> str:
    meta = md.metadata(dist)
    found = meta.get("License-Expression") or (meta.get("License") or "").splitlines()[0:1]
    if isinstance(found, list):
        found = found[0] if found else ""
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return found or (classifiers[0] if classifiers else "unknown")


def sources() -> list[dict]:
    """Where the plain text comes from, with versions and licences."""
    import platform

    out = [
        {
            "source": f"CPython {platform.python_version()} standard library ({stdlib_root()})",
            "use": "code and docstrings",
            "licence": "PSF-2.0 (Python Software Foundation License)",
        }
    ]
    for name in PROSE_PACKAGES:
        if package_root(name) is None:
            continue
        dist = _DIST.get(name, name)
        out.append(
            {
                "source": f"{dist} {md.version(dist)} docstrings",
                "use": "prose",
                "licence": licence(dist),
            }
        )
    return out


def code_chunks(seed: int, n: int, chars: int = 1200) -> list[str]:
    """n pieces of stdlib source, each starting at a line boundary."""
    rng = random.Random(seed)
    files = _py_files(stdlib_root())
    out: list[str] = []
    while len(out) < n:
        text = files[rng.randrange(len(files))].read_text(errors="replace")
        if len(text) < 200:
            continue
        start = rng.randrange(max(1, len(text) - chars))
        start = text.rfind("\n", 0, start) + 1
        out.append(text[start : start + chars])
    return out


def docstrings(seed: int, n: int, min_chars: int = 200, max_chars: int = 1500) -> list[str]:
    """n docstrings (module, class, function) from the stdlib and PROSE_PACKAGES."""
    rng = random.Random(seed)
    roots = [stdlib_root()] + [r for name in PROSE_PACKAGES if (r := package_root(name))]
    files = [f for root in roots for f in _py_files(root)]
    out: list[str] = []
    tries = 0
    while len(out) < n and tries < 50 * n:
        tries += 1
        path = files[rng.randrange(len(files))]
        try:
            tree = ast.parse(path.read_text(errors="replace"))
        except (SyntaxError, ValueError):
            continue
        nodes = [tree] + [
            node
            for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        ]
        docs = [d for node in nodes if (d := ast.get_docstring(node)) and len(d) >= min_chars]
        if docs:
            out.append(inspect.cleandoc(rng.choice(docs))[:max_chars])
    return out
