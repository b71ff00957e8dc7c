"""Train / validation / test splits, by kernel template.

Every kernel drawn from one kernel template lands in the same split, so no template's skeleton
is seen in training and tested on; with the run's novelty filter (no two kernels share a
structure or are near-duplicates) nothing else can leak between splits either.

A template's split is a function of its name alone, never of the run's seed or of the other
templates, so adding templates never moves one and every run of a grammar holds out the same
templates. The grammar pins its templates' splits in ``splits.toml`` beside them (chosen once by
``pin``: stratified, so every family of at least 3 templates has templates in validation and in
test). A template the file does not pin (one dropped in since, or a grammar without the file) is
placed by a stable hash of its name: below the test share of the hash range it is test, below
the test and validation shares validation, else train.
"""

from __future__ import annotations

import hashlib
import math
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

from warp_synth.synth.dataset.errors import SynthError

SPLITS = ("train", "validation", "test")
HELD_OUT = ("validation", "test")
DEFAULT_RATIOS = (0.8, 0.1, 0.1)
PINNED_FILE = "splits.toml"  # beside the templates
STRATIFIED_FROM = 3  # a family of this many templates or more has some in each held-out split


def parse_ratios(text: str) -> tuple[float, float, float]:
    """``"80,10,10"`` -> (0.8, 0.1, 0.1): three numbers >= 0 (train, validation, test), train above 0."""
    parts = text.split(",")
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 3 or not all(math.isfinite(n) and n >= 0 for n in numbers) or numbers[0] <= 0:
        raise SynthError(
            f"--splits {text!r} is not three numbers >= 0 for train, validation and test", hint="e.g. --splits 80,10,10", usage=True
        )
    total = sum(numbers)
    return tuple(round(n / total, 6) for n in numbers)  # type: ignore[return-value]


def position(name: str) -> float:
    """Where a template's name falls in [0, 1): a stable hash, the same on every machine."""
    return int.from_bytes(hashlib.sha256(f"split:{name}".encode()).digest()[:8], "big") / 2**64


def hashed_split(name: str, ratios: tuple[float, float, float] = DEFAULT_RATIOS) -> str:
    """The split of a template no file pins: by where its name hashes."""
    at = position(name)
    _, validation, test = ratios
    return "test" if at < test else "validation" if at < test + validation else "train"


def read_pinned(folder: Path) -> dict[str, str]:
    """The splits ``splits.toml`` in a template folder pins (template -> split); none without it."""
    path = folder / PINNED_FILE
    if not path.exists():
        return {}
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SynthError(f"{where}: can't read the pinned splits: {error}", hint="restore it, or delete it to place templates by hash") from None
    pinned: dict[str, str] = {}
    for split, names in data.items():
        if split not in SPLITS or not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise SynthError(f"{where}: [{split}] is not a split with a list of template names", hint=f"keys: {', '.join(SPLITS)}")
        for name in names:
            if name in pinned:
                raise SynthError(f"{where}: {name} is pinned to both {pinned[name]} and {split}")
            pinned[name] = split
    return pinned


def assign(templates: Iterable[str], pinned: Mapping[str, str], ratios: tuple[float, float, float] = DEFAULT_RATIOS) -> dict[str, str]:
    """Each kernel template's split: pinned, else by its name's hash."""
    return {name: pinned.get(name) or hashed_split(name, ratios) for name in templates}


def pin(families: Mapping[str, Iterable[str]], pinned: Mapping[str, str], ratios: tuple[float, float, float] = DEFAULT_RATIOS) -> dict[str, str]:
    """Splits for the templates ``pinned`` lacks (family -> its templates), leaving every pinned one
    where it is. In each family of ``STRATIFIED_FROM`` templates or more, in its names' hash order,
    the new templates first fill what the family lacks of its held-out shares (``round(share *
    templates)`` each, one at least) and the rest train; a smaller family's go by hash."""
    placed = dict(pinned)
    shares = dict(zip(SPLITS, ratios))
    for family, members in sorted(families.items()):
        members = sorted(members)
        new = sorted((n for n in members if n not in placed), key=position)
        for split in HELD_OUT:
            wanted = max(1, round(shares[split] * len(members))) if shares[split] > 0 and len(members) >= STRATIFIED_FROM else 0
            have = sum(placed.get(n) == split for n in members)
            while have < wanted and len(new) > 1:  # a family keeps one template in train at least
                placed[new.pop(0)] = split
                have += 1
        for name in new:  # a family's shares are met: the rest train (a small family's go by hash)
            placed[name] = "train" if len(members) >= STRATIFIED_FROM else hashed_split(name, ratios)
    return {name: split for name, split in placed.items() if name not in pinned}


def pinned_text(pinned: Mapping[str, str]) -> str:
    """``splits.toml`` for these pins: one list per split, names sorted."""
    lines = [
        "# Each kernel template's split, pinned so that adding templates never moves one",
        "# (bench/pin_splits.py pins new ones; a template not listed is placed by a hash of its name).",
    ]
    for split in SPLITS:
        names = sorted(n for n, s in pinned.items() if s == split)
        lines += ["", f"{split} = ["] + [f'    "{name}",' for name in names] + ["]"]
    return "\n".join(lines) + "\n"
