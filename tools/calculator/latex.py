"""Plain-text rewriting of the small LaTeX subset people type into math questions.

"Solve $x^2 - 5x + 6 = 0$", "\\frac{3}{4} \\times 8", "\\sqrt{144}" become grammar text
("x^2 - 5x + 6 = 0", "((3)/(4)) * 8", "sqrt(144)"). Only these commands are rewritten; any
other backslash command is left in place, so the grammar refuses the request. Pure string work.
"""

from __future__ import annotations

import re

_MATH_DELIMS = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.DOTALL)
_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_SQRT = re.compile(r"\\sqrt\s*\{([^{}]*)\}")
_SUPER = re.compile(r"\^\s*\{([^{}]*)\}")
_SIMPLE = {
    r"\times": " * ",
    r"\cdot": " * ",
    r"\div": " / ",
    r"\pi": " pi ",
    r"\infty": " oo ",
    r"\left": "",
    r"\right": "",
    r"\,": " ",
    r"\;": " ",
    r"\!": "",
    r"\%": "%",
    r"\le": " <= ",
    r"\ge": " >= ",
    r"\leq": " <= ",
    r"\geq": " >= ",
}
_FUNCS = (
    "arcsin",
    "arccos",
    "arctan",
    "sinh",
    "cosh",
    "tanh",
    "sin",
    "cos",
    "tan",
    "cot",
    "sec",
    "csc",
    "ln",
    "log",
    "exp",
)
_FUNC = re.compile(r"\\(" + "|".join(_FUNCS) + r")(?![A-Za-z])")
_COMMAND = re.compile(
    r"\\(?:leq|geq|le|ge|times|cdot|div|pi|infty|left|right)(?![A-Za-z])|\\[,;!%]"
)


def _math_spans(m: re.Match[str]) -> str:
    inner = next(g for g in m.groups() if g is not None)
    # "$5 and $10" is money, not math: only unwrap spans that carry math syntax; and a closing
    # "$" right before a number is a dollar sign ("paid $35 entry each and we spent $1,160")
    if m.group().startswith("$") and m.string[m.end() : m.end() + 1].isdigit():
        return m.group()
    return inner if re.search(r"[\\^=+*/()]|\d\s*[a-z]", inner) else m.group()


def latex_to_text(text: str) -> str:
    """Rewrite the supported LaTeX commands; the result still has to pass the grammar."""
    if "\\" not in text and "$" not in text:
        return text
    text = _MATH_DELIMS.sub(_math_spans, text)
    for _ in range(8):  # nested \frac{\frac{1}{2}}{3}: innermost first, a bounded number of times
        new = _FRAC.sub(r"((\1)/(\2))", text)
        new = _SQRT.sub(r"sqrt(\1)", new)
        new = _SUPER.sub(r"^(\1)", new)
        if new == text:
            break
        text = new
    text = _COMMAND.sub(lambda m: _SIMPLE[m.group()], text)
    return _FUNC.sub(r"\1 ", text)
