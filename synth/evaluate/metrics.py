"""How close a predicted translation is to Warp's: exact match, statement F1 and chrF, each on the
canonical view of both texts (``synth.dataset.views.canonical``: no comments, module hash,
temporaries' numbering or layout)."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from warp_synth.synth.dataset.views import canonical

METRICS = ("compiles", "exact", "statement_f1", "chrf")

_BRACES = frozenset({"{", "}", "};"})
_SPACE = re.compile(r"\s+")


def statement_f1(predicted: list[str], reference: list[str]) -> float:
    """F1 of the two codes' statements as multisets (canonical lines; lone braces are layout)."""
    ours = Counter(line for line in predicted if line not in _BRACES)
    theirs = Counter(line for line in reference if line not in _BRACES)
    if not ours and not theirs:
        return 1.0
    common = sum((ours & theirs).values())
    return 2 * common / (sum(ours.values()) + sum(theirs.values()))


CHRF_ORDER = 6
CHRF_BETA = 2.0
_GRAM_MIX = np.uint64(1099511628211)  # FNV's 64-bit prime: n-grams as one number each


def _char_grams(text: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each order's distinct character n-grams (whitespace removed) and their counts; an n-gram
    is a 64-bit hash of its characters (a collision is about 1 in 10^19 per pair)."""
    chars = np.frombuffer(_SPACE.sub("", text).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    grams, key = [], chars
    with np.errstate(over="ignore"):
        for order in range(1, CHRF_ORDER + 1):
            key = chars if order == 1 else key[: max(0, len(chars) - order + 1)] * _GRAM_MIX + chars[order - 1 :]
            grams.append(np.unique(key, return_counts=True))
    return grams


def chrf(predicted: str, reference: str) -> float:
    """chrF as sacrebleu computes it for one sentence (Popović 2015: character 1- to 6-grams,
    whitespace removed, precision and recall averaged over the orders both texts have n-grams of,
    then F with beta 2), from 0 to 1."""
    precision = recall = 0.0
    orders = 0
    for (ours, our_counts), (theirs, their_counts) in zip(_char_grams(predicted), _char_grams(reference)):
        if not (ours.size and theirs.size):
            continue
        _, mine, yours = np.intersect1d(ours, theirs, assume_unique=True, return_indices=True)
        common = int(np.minimum(our_counts[mine], their_counts[yours]).sum())
        precision += common / int(our_counts.sum())
        recall += common / int(their_counts.sum())
        orders += 1
    if not orders or precision + recall == 0:
        return 0.0
    precision, recall = precision / orders, recall / orders
    return (1 + CHRF_BETA**2) * precision * recall / (CHRF_BETA**2 * precision + recall)


def text_scores(predicted: str, reference: str) -> dict[str, float]:
    """Every metric but ``compiles`` (a compiler's, batched: ``synth.evaluate.score``)."""
    ours, theirs = canonical(predicted), canonical(reference)
    same = ours == theirs  # two empty texts too, where chrF has no n-gram to count
    return {"exact": float(same), "statement_f1": statement_f1(ours, theirs), "chrf": 1.0 if same else chrf("\n".join(ours), "\n".join(theirs))}
