"""Stored responses (SQLite): what `previous_response_id`, `GET` and `input_items` read.

One row per response: the response object as returned, and its context, the items the model
saw (the conversation up to and including this request's input). Continuing from a response
is its context plus its output plus the new input. A row is written once, when the response
has ended, in one transaction: an interrupted generation leaves nothing half-written. The store
is bounded by count and age (the oldest go first) and safe to use from any thread; the file
survives restarts (`:memory:` does not).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    id TEXT PRIMARY KEY,
    created_at REAL NOT NULL,
    model TEXT NOT NULL,
    context TEXT NOT NULL,
    response TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS responses_created ON responses (created_at);
"""


@dataclass(frozen=True)
class Stored:
    response: dict[str, Any]
    context: list[dict[str, Any]]  # the input items the model saw, oldest first

    @property
    def conversation(self) -> list[dict[str, Any]]:
        """What a follow-up continues from: the context, then this response's output."""
        return self.context + self.response["output"]


class ResponseStore:
    def __init__(self, path: str | Path, max_count: int = 10_000, max_age_s: float = 30 * 86400):
        self.path = str(path)
        self.max_count = max_count
        self.max_age_s = max_age_s
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        if self.path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def put(self, response: dict[str, Any], context: list[dict[str, Any]]) -> None:
        row = (
            response["id"],
            float(response["created_at"]),
            response["model"],
            json.dumps(context, ensure_ascii=False),
            json.dumps(response, ensure_ascii=False),
        )
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?)", row)
                self._db.execute(
                    "DELETE FROM responses WHERE created_at < ?", (time.time() - self.max_age_s,)
                )
                self._db.execute(
                    "DELETE FROM responses WHERE id IN (SELECT id FROM responses "
                    "ORDER BY created_at DESC LIMIT -1 OFFSET ?)",
                    (self.max_count,),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def get(self, response_id: str) -> Stored | None:
        with self._lock:
            row = self._db.execute(
                "SELECT response, context, created_at FROM responses WHERE id = ?",
                (response_id,),
            ).fetchone()
        if row is None or row[2] < time.time() - self.max_age_s:
            return None
        return Stored(json.loads(row[0]), json.loads(row[1]))

    def delete(self, response_id: str) -> bool:
        with self._lock:
            return (
                self._db.execute("DELETE FROM responses WHERE id = ?", (response_id,)).rowcount > 0
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()
