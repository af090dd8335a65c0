"""The one exception family for checkpoints the loader cannot use.

Every message names the file, tensor or layer at fault, the expected and the found value, and
the fix. Edges (the CLI, the server) translate it once; nothing inside catches it to continue.
"""

from __future__ import annotations


class CheckpointError(Exception):
    """A checkpoint is missing, malformed, or disagrees with its own config."""
