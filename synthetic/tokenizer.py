"""Tokenizer files for synthetic checkpoints: a small byte-level BPE plus every harmony token.

The BPE is trained deterministically with the `tokenizers` library on a built-in corpus, then
laid out so every id below `vocab_size` is a token (mlx-lm's streaming detokenizer needs a
gap-free vocabulary) and each special token sits at the id the caller chose. It writes
tokenizer.json, tokenizer_config.json, special_tokens_map.json and chat_template.jinja.
Given a `corpus` (the trained demo model's data) the BPE is trained on it to fill the whole
vocabulary, optionally with every digit its own token (arithmetic is easier to learn that way).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

# o200k_harmony's named specials and their real ids; every other id from 199998 up to the
# vocab end is <|reserved_N|>.
HARMONY_SPECIAL_IDS = {
    "<|startoftext|>": 199998,
    "<|endoftext|>": 199999,
    "<|return|>": 200002,
    "<|constrain|>": 200003,
    "<|channel|>": 200005,
    "<|start|>": 200006,
    "<|end|>": 200007,
    "<|message|>": 200008,
    "<|call|>": 200012,
    "<|endofprompt|>": 200018,
}
HARMONY_FIRST_SPECIAL = 199998

# Tiny checkpoints put the specials first, in an order unlike o200k's, so code that hard-codes
# o200k ids (or their relative order) fails on them.
TINY_SPECIAL_ORDER = (
    "<|startoftext|>",
    "<|endoftext|>",
    "<|start|>",
    "<|end|>",
    "<|message|>",
    "<|channel|>",
    "<|constrain|>",
    "<|call|>",
    "<|return|>",
    "<|endofprompt|>",
)

_CORPUS = """\
The quick brown fox jumps over the lazy dog. A journey of a thousand miles begins with one step.
The capital of France is Paris. The capital of Japan is Tokyo. Water boils at 100 degrees Celsius.
What is 127 * 89? It is 11303. What is the square root of 144? It is 12. 2^10 = 1024.
Convert 5 kilometers to miles: about 3.107 miles. Today is Monday, tomorrow is Tuesday.
Once upon a time there was a small model that answered questions about numbers and words.
If all cats are mammals and all mammals breathe, then all cats breathe.
def fibonacci(n):
    if n < 2:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)
import numpy as np
for i in range(10):
    print(i, i * i)
class Expert:
    def __init__(self, name: str) -> None:
        self.name = name
{"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}
You are ChatGPT, a large language model trained by OpenAI.
Knowledge cutoff: 2024-06. Current date: 2025-08-05. Reasoning: medium.
system user assistant developer analysis commentary final functions to=functions.get_weather
# Valid channels: analysis, commentary, final. Channel must be included for every message.
The user asks a simple question. We should answer briefly and clearly.
Mixture of experts models route each token to a few experts chosen by a router.
Hello! How can I help you today? Thanks, that was helpful. Goodbye.
"""


def build_tokenizer(
    vocab_size: int,
    special_ids: dict[str, int],
    corpus: Iterable[str] | None = None,
    split_digits: bool = False,
) -> Tokenizer:
    """Train the BPE and place specials; every id in [0, vocab_size) becomes a token.

    Without `corpus` a small BPE (at most 1024 tokens) is trained on the built-in text and the
    rest is filler; with one, the BPE is trained on it up to every non-special id.
    `split_digits` pre-splits digits so each is one token.
    """
    taken = set(special_ids.values())
    if len(taken) != len(special_ids) or max(taken) >= vocab_size:
        raise ValueError(f"special ids {special_ids} must be distinct and below {vocab_size}")
    if corpus is None:
        trained = _train(min(vocab_size - len(special_ids), 1024), _CORPUS.splitlines())
    else:
        trained = _train(vocab_size - len(special_ids), corpus, split_digits)
    data = json.loads(trained.to_str())
    by_id = sorted(data["model"]["vocab"].items(), key=lambda kv: kv[1])
    fill = _fillers({tok for tok, _ in by_id})
    ordinary = iter([tok for tok, _ in by_id])
    vocab: dict[str, int] = {}
    names = {i: t for t, i in special_ids.items()}
    for token_id in range(vocab_size):
        if token_id in names:
            vocab[names[token_id]] = token_id
        elif token_id >= HARMONY_FIRST_SPECIAL and vocab_size > HARMONY_FIRST_SPECIAL:
            name = f"<|reserved_{token_id}|>"
            names[token_id] = name
            vocab[name] = token_id
        else:
            vocab[next(ordinary, None) or next(fill)] = token_id
    data["model"]["vocab"] = vocab
    data["added_tokens"] = [
        {
            "id": i,
            "content": t,
            "single_word": False,
            "lstrip": False,
            "rstrip": False,
            "normalized": False,
            "special": True,
        }
        for i, t in sorted(names.items())
    ]
    return Tokenizer.from_str(json.dumps(data))


def _train(vocab_size: int, corpus: Iterable[str], split_digits: bool = False) -> Tokenizer:
    tok = Tokenizer(models.BPE())
    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False)
    if split_digits:
        digits = pre_tokenizers.Digits(individual_digits=True)
        tok.pre_tokenizer = pre_tokenizers.Sequence([digits, byte_level])
    else:
        tok.pre_tokenizer = byte_level
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(corpus, trainer=trainer)
    return tok


def _fillers(existing: set[str]):
    # Filler tokens occupy ids the small BPE cannot fill; merges never produce them and they
    # decode to readable text (Ġ is the byte-level space).
    n = 0
    while True:
        token = f"Ġunused{n}"
        n += 1
        if token not in existing:
            yield token


def write_tokenizer_files(
    out: Path,
    vocab_size: int,
    special_ids: dict[str, int],
    tokenizer: Tokenizer | None = None,
) -> None:
    """Write tokenizer.json, tokenizer_config.json, special_tokens_map.json, chat_template.jinja
    for `tokenizer` (default: the small built-in BPE of `build_tokenizer`)."""
    tok = tokenizer if tokenizer is not None else build_tokenizer(vocab_size, special_ids)
    tok.save(str(out / "tokenizer.json"))
    template = resources.files("synthetic").joinpath("harmony_chat_template.jinja").read_text()
    (out / "chat_template.jinja").write_text(template)
    decoder = _decoder(tok)
    specials = {
        "bos_token": "<|startoftext|>",
        "eos_token": "<|return|>",
        "pad_token": "<|endoftext|>",
    }
    config = {
        "added_tokens_decoder": decoder,
        **specials,
        "clean_up_tokenization_spaces": False,
        "extra_special_tokens": {},
        "model_input_names": ["input_ids", "attention_mask"],
        "model_max_length": 1000000000000000019884624838656,
        "tokenizer_class": "PreTrainedTokenizerFast",
        "chat_template": template,
    }
    (out / "tokenizer_config.json").write_text(json.dumps(config, indent=2) + "\n")
    (out / "special_tokens_map.json").write_text(json.dumps(specials, indent=2) + "\n")


def _decoder(tok: Tokenizer) -> dict[str, dict]:
    return {
        str(i): {
            "content": added.content,
            "lstrip": False,
            "normalized": False,
            "rstrip": False,
            "single_word": False,
            "special": True,
        }
        for i, added in sorted(tok.get_added_tokens_decoder().items())
    }
