"""The builder's one exception family.

Raised anywhere inside the builder with a message that names the value, what was expected and the
fix; `builder.__main__` turns it into a single line on stderr and exit status 2. Checkpoint problems
found by the loader (`loader.errors.CheckpointError`) are translated at the same edge.
"""

from __future__ import annotations


class BuildError(Exception):
    """A build, profile or eval request that cannot be carried out as asked."""
