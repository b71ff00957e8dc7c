"""Pin the split of every kernel template that templates/splits.toml does not pin yet.

    python bench/pin_splits.py            # print what would be pinned, and the held-out shares
    python bench/pin_splits.py --apply    # and write it into templates/splits.toml

A pinned template never moves (``synth.dataset.splits.pin``): new templates first fill what their
family lacks of its held-out shares, the rest go by a hash of their name. With ``--stats`` (a
run's dataset_stats.json), it also prints how many of that run's kernels each split would hold.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import orjson

from warp_synth.grammar.shipped import load_grammar, template_root
from warp_synth.synth.dataset.layout import replace_file
from warp_synth.synth.dataset.splits import DEFAULT_RATIOS, PINNED_FILE, SPLITS, parse_ratios, pin, pinned_text, read_pinned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", action="store_true", help=f"write templates/{PINNED_FILE}")
    parser.add_argument("--splits", default=",".join(str(round(r * 100)) for r in DEFAULT_RATIOS), help="train, validation, test shares")
    parser.add_argument("--stats", type=Path, help="a run's dataset_stats.json: its kernels per template")
    args = parser.parse_args()
    grammar = load_grammar()
    root = template_root()
    pinned = read_pinned(root)
    families: dict[str, list[str]] = {}
    for production in grammar.of_kind("kernel"):
        families.setdefault(production.family, []).append(production.name)
    new = pin(families, pinned, parse_ratios(args.splits))
    placed = {**pinned, **new}
    counts = Counter(placed.values())
    print(f"{len(pinned)} pinned already, {len(new)} new: " + ", ".join(f"{split} {counts[split]} ({counts[split] / len(placed):.1%})" for split in SPLITS))
    for name, split in sorted(new.items(), key=lambda item: (SPLITS.index(item[1]), item[0])):
        if split != "train":
            print(f"  {split:<10} {name}")
    if args.stats:
        kernels = orjson.loads(args.stats.read_bytes())["productions"]
        held = Counter({split: sum(kernels.get(n, 0) for n, s in placed.items() if s == split) for split in SPLITS})
        print("kernels of that run per split: " + ", ".join(f"{split} {held[split]}" for split in SPLITS))
    if args.apply:
        replace_file(root / PINNED_FILE, pinned_text(placed))
        print(f"wrote {root / PINNED_FILE}")


if __name__ == "__main__":
    main()
