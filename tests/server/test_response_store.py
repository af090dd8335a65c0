"""The stored responses: bounded by count and age, safe from many threads, and whole or
absent (a row is one transaction)."""

from __future__ import annotations

import threading
import time

from server.responses.store import ResponseStore


def response(i: int, created_at: float | None = None) -> dict:
    when = time.time() if created_at is None else created_at
    return {"id": f"resp_{i}", "created_at": when, "model": "m", "output": [{"n": i}]}


def test_the_oldest_go_first_beyond_the_count(tmp_path):
    store = ResponseStore(tmp_path / "r.sqlite3", max_count=2)
    for i in range(3):
        store.put(response(i, created_at=1000.0 + i + time.time()), [{"in": i}])
    assert store.get("resp_0") is None
    assert store.get("resp_2").conversation == [{"in": 2}, {"n": 2}]


def test_responses_older_than_the_age_limit_are_gone(tmp_path):
    store = ResponseStore(":memory:", max_age_s=60)
    store.put(response(1, created_at=time.time() - 120), [])
    store.put(response(2), [])
    assert store.get("resp_1") is None and store.get("resp_2") is not None
    assert store._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == 1  # pruned


def test_many_threads_write_and_read_at_once(tmp_path):
    store = ResponseStore(tmp_path / "r.sqlite3")
    errors = []

    def work(k: int) -> None:
        try:
            for i in range(50):
                store.put(response(k * 1000 + i), [{"k": k}])
                assert store.get(f"resp_{k * 1000 + i}") is not None
        except Exception as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == 400


def test_a_file_store_survives_reopening(tmp_path):
    ResponseStore(tmp_path / "r.sqlite3").put(response(7), [{"x": 1}])
    again = ResponseStore(tmp_path / "r.sqlite3")
    assert again.get("resp_7").context == [{"x": 1}]
    assert again.delete("resp_7") and again.get("resp_7") is None and not again.delete("resp_7")
