"""Shared text helpers: the first-letter lookahead of word alternations, and word splitting."""

from __future__ import annotations

import re

import pytest

from router.words import split_words
from tools.words import initials, spaced_dashes


@pytest.mark.parametrize(
    ("alternation", "lookahead"),
    [
        ("one|two|three", "(?=[OTot])"),
        (r"remain\w*|take\s+away|every\s+(?:other|\d)", "(?=[ERTert])"),
        ("may|March", "(?=[Mm])"),
    ],
)
def test_initials_are_the_first_letters_of_the_top_level_branches(
    alternation: str, lookahead: str
) -> None:
    assert initials(alternation) == lookahead


@pytest.mark.parametrize("alternation", [r"one|\w+n't", "one|(?:two|three)", "one|%"])
def test_initials_refuse_a_branch_that_does_not_start_with_a_letter(alternation: str) -> None:
    with pytest.raises(ValueError):
        initials(alternation)


@pytest.mark.parametrize(
    "text", ["Seventeen apples", "a dozen", "no number here", "Tip: take away 3", "x-ray"]
)
def test_a_lookahead_before_an_alternation_finds_what_the_alternation_finds(text: str) -> None:
    words = r"seventeen|dozen|take\s+away|ray"
    plain = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    gated = re.compile(rf"\b{initials(words)}(?:{words})\b", re.IGNORECASE)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("a (b), c.d", ["a", "b", "c", "d"]),
        ("It’s “quoted”, café/bar", ["It’s", "“quoted”", "café", "bar"]),  # non-ASCII path
        ("lone \ud800 surrogate", ["lone", "\ud800", "surrogate"]),
    ],
)
def test_words_are_split_at_separators_in_ascii_and_other_text(text: str, words: list[str]) -> None:
    assert split_words(text) == words


@pytest.mark.parametrize(
    "text, spaced",
    [
        ("on 2 December 2031—which day is that?", "on 2 December 2031 — which day is that?"),
        ("4.6 hectares—how many acres", "4.6 hectares — how many acres"),
        ("a ratio of 5—3", "a ratio of 5—3"),  # (between digits: no words to set apart)
        ("already spaced — here", "already spaced — here"),
        ("ends with a dash—", "ends with a dash—"),
    ],
)
def test_an_em_dash_set_close_between_words_is_spaced(text: str, spaced: str) -> None:
    assert spaced_dashes(text) == spaced
