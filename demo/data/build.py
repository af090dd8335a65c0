"""Build the demo model's training data: samples, the tokenizer trained on them, token ids.

`build_data(seed, out)` draws chat samples (`demo.data.mix`) and plain text (`demo.data.text`),
trains the byte-level BPE (`synthetic.tokenizer` with a corpus) on their text, writes the
tokenizer files and `data.npz`: every sample's token ids, a loss mask (assistant tokens of chat
samples, every token of plain text) and its kind. Deterministic for a seed on a given machine.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer
from transformers import PreTrainedTokenizerFast

from demo.data import text as plain
from demo.data.chat import Sample
from demo.data.mix import chat_samples
from harmony.messages import Special
from harmony.vocab import HarmonyVocab
from synthetic.tokenizer import TINY_SPECIAL_ORDER, build_tokenizer, write_tokenizer_files

log = logging.getLogger(__name__)

SPECIAL_IDS = {tok: i for i, tok in enumerate(TINY_SPECIAL_ORDER)}


@dataclass(frozen=True)
class DataSpec:
    vocab_size: int = 4096
    chat: int = 60000
    code: int = 6000
    prose: int = 6000
    max_len: int = 512
    tokenizer_chat: int = 6000  # chat samples whose text trains the BPE


def hf_tokenizer(tok: Tokenizer) -> PreTrainedTokenizerFast:
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<|startoftext|>",
        eos_token="<|return|>",
        pad_token="<|endoftext|>",
    )


def _corpus(samples: list[Sample], texts: list[str]):
    for s in samples:
        for parts, _ in s.segments:
            yield from (p for p in parts if not isinstance(p, Special))
    yield from texts


def encode_sample(vocab: HarmonyVocab, sample: Sample) -> tuple[list[int], list[int]]:
    """Token ids of every segment, and 1 where the model is trained to produce the token."""
    ids: list[int] = []
    mask: list[int] = []
    for parts, trained in sample.segments:
        seg = vocab.encode_parts(parts)
        ids += seg
        mask += [int(trained)] * len(seg)
    return ids, mask


def build_data(seed: int, out: Path, spec: DataSpec = DataSpec()) -> dict:
    """Write tokenizer files and data.npz into `out`; returns summary counts."""
    out.mkdir(parents=True, exist_ok=True)
    samples = chat_samples(seed, spec.chat)
    code = plain.code_chunks(seed + 1, spec.code)
    prose = plain.docstrings(seed + 2, spec.prose)
    pick = random.Random(seed + 3).sample(samples, min(spec.tokenizer_chat, len(samples)))
    tok = build_tokenizer(
        spec.vocab_size, SPECIAL_IDS, corpus=_corpus(pick, code + prose), split_digits=True
    )
    write_tokenizer_files(out, spec.vocab_size, SPECIAL_IDS, tokenizer=tok)
    vocab = HarmonyVocab(hf_tokenizer(tok))
    rows: list[tuple[list[int], list[int], str]] = []
    for s in samples:
        ids, mask = encode_sample(vocab, s)
        rows.append((ids, mask, s.kind))
    for kind, texts in (("code", code), ("prose", prose)):
        for t in texts:
            ids = vocab.encode_text(t)[: spec.max_len]
            rows.append((ids, [1] * len(ids), kind))
    kept = [r for r in rows if 8 <= len(r[0]) <= spec.max_len]
    lengths = np.array([len(r[0]) for r in kept], dtype=np.int64)
    kinds = sorted({r[2] for r in kept})
    np.savez(
        out / "data.npz",
        tokens=np.concatenate([np.array(r[0], dtype=np.int32) for r in kept]),
        mask=np.concatenate([np.array(r[1], dtype=np.uint8) for r in kept]),
        offsets=np.concatenate([[0], np.cumsum(lengths)]),
        kind=np.array([kinds.index(r[2]) for r in kept], dtype=np.int16),
        kinds=np.array(kinds),
    )
    summary = {
        "seed": seed,
        "samples": len(kept),
        "dropped_too_long": len(rows) - len(kept),
        "tokens": int(lengths.sum()),
        "trained_tokens": int(sum(sum(r[1]) for r in kept)),
        "by_kind": {k: sum(1 for r in kept if r[2] == k) for k in kinds},
        "tokens_by_kind": {k: int(sum(len(r[0]) for r in kept if r[2] == k)) for k in kinds},
        "spec": spec.__dict__,
    }
    (out / "data.json").write_text(json.dumps(summary, indent=2) + "\n")
    log.info("data: %s", summary)
    return summary
