"""Wrap a program so it also shows its trailing bare expression, the way a Python REPL would.

`repl_program(code)` returns source for `run_python`: it runs `code` as `__main__` in a fresh
namespace and, when the program printed nothing to stdout, prints `repr()` of the last statement
if that statement is a bare expression whose value is not None. Tracebacks name "<code>" with
the user's own line numbers. Nothing here executes anything; it only builds source text.
"""

from __future__ import annotations

_TEMPLATE = '''\
def _sandbox_main(src):
    import ast, builtins, sys

    class _Watch:
        """Notes whether anything reached stdout, so the trailing value only shows alone."""

        def __init__(self, inner):
            self._inner, self.used = inner, False

        def write(self, text):
            if text:
                self.used = True
            return self._inner.write(text)

        def __getattr__(self, name):
            if name == "buffer":
                self.used = True
            return getattr(self._inner, name)

    import linecache

    # Lets tracebacks quote the user's lines although the code never was a file.
    linecache.cache["<code>"] = (len(src), None, src.splitlines(True), "<code>")
    tree = ast.parse(src, "<code>")
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    namespace = {{"__name__": "__main__", "__builtins__": builtins}}
    watch = _Watch(sys.stdout)
    sys.stdout = watch
    try:
        exec(compile(tree, "<code>", "exec"), namespace)
        if last is not None:
            value = eval(compile(last, "<code>", "eval"), namespace)
            if value is not None and not watch.used:
                print(repr(value))
    except SystemExit:
        raise
    except BaseException as exc:
        import traceback

        # Show only the user's frames, as if the code had been run directly.
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != "<code>":
            tb = tb.tb_next
        sys.stdout = watch._inner
        sys.stdout.flush()
        traceback.print_exception(type(exc), exc, tb)
        sys.exit(1)
    finally:
        sys.stdout = watch._inner
        sys.stdout.flush()


_sandbox_main({src!r})
'''


def repl_program(code: str) -> str:
    """Source that runs `code` and echoes a lone trailing expression's value."""
    return _TEMPLATE.format(src=code)
