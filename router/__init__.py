"""Router: decides from a conversation whether one virtual expert should answer, and renders it.

`route(messages, ctx)` is pure and fast (no I/O, no MLX); the server runs the chosen tool and
uses `render_direct` (direct mode) or `assist_text` (assist mode) on its result.
"""

from router.core import Route, route
from router.render import assist_text, render_direct

__all__ = ["Route", "assist_text", "render_direct", "route"]
