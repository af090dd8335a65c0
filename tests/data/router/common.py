"""Item builders shared by the dev-set generators: the JSONL schema in one place."""

from __future__ import annotations

from fractions import Fraction


def positive(kind: str, family: str, query: str, expected, tolerance=None, messages=None) -> dict:
    item = {
        "query": query,
        "label": f"positive:{kind}",
        "expected": float(expected) if isinstance(expected, Fraction) else expected,
        "tolerance": tolerance,
        "family": family,
    }
    if messages:
        item["messages"] = messages
    return item


def negative(family: str, query: str, messages=None) -> dict:
    item = {"query": query, "label": "negative", "expected": None, "tolerance": None}
    item["family"] = family
    if messages:
        item["messages"] = messages
    return item
