"""Train / validation / test splits, by kernel template.

Every kernel drawn from one kernel template lands in the same split, so no template's skeleton
is seen in training and tested on; with the run's novelty filter (no two kernels share a
structure or are near-duplicates) nothing else can leak between splits either. Which templates
go where is decided from the run seed alone: each template's SHA-256 with the seed orders them,
the first ones fill test, the next validation, the rest train, in proportion to the ratios and
at least one template in each split whose ratio is above 0.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable

from warp_synth.synth.dataset.errors import SynthError

SPLITS = ("train", "validation", "test")
DEFAULT_RATIOS = (0.98, 0.01, 0.01)


def parse_ratios(text: str) -> tuple[float, float, float]:
    """``"98,1,1"`` -> (0.98, 0.01, 0.01): three numbers >= 0 (train, validation, test), train above 0."""
    parts = text.split(",")
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 3 or not all(math.isfinite(n) and n >= 0 for n in numbers) or numbers[0] <= 0:
        raise SynthError(
            f"--splits {text!r} is not three numbers >= 0 for train, validation and test", hint="e.g. --splits 98,1,1", usage=True
        )
    total = sum(numbers)
    return tuple(round(n / total, 6) for n in numbers)  # type: ignore[return-value]


def assign(templates: Iterable[str], seed: int, ratios: tuple[float, float, float] = DEFAULT_RATIOS) -> dict[str, str]:
    """Each kernel template's split."""
    order = sorted(templates, key=lambda name: hashlib.sha256(f"{seed}:{name}".encode()).digest())
    counts = {split: math.ceil(len(order) * ratio) if ratio > 0 else 0 for split, ratio in zip(SPLITS, ratios)}
    held_out = min(counts["test"] + counts["validation"], max(0, len(order) - 1))  # train keeps one at least
    test = min(counts["test"], held_out)
    return {name: "test" if at < test else "validation" if at < held_out else "train" for at, name in enumerate(order)}
