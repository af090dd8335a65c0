"""Router: decides from a conversation whether one virtual expert should answer, and renders it.

`route(messages, ctx)` is pure and fast (no I/O, no MLX); the server runs the chosen tool and
uses `render_direct` on its result in direct mode. In assist mode the server calls
`route_assist` (which also finds one arithmetic expression inside a mixed request) and puts
`assist_text` into the model's context as the tool's message.
"""

from router.assist import route_assist
from router.core import Route, route
from router.render import assist_text, render_direct

__all__ = ["Route", "assist_text", "render_direct", "route", "route_assist"]
