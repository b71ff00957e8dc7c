"""An export folder's layout (``synth export``; a dataset as the Hugging Face hub holds it), in
one place: the export writes by it, and ``synth eval`` reads a downloaded dataset back by it.

    <folder>/data/<config>/<split>-NNNNN.parquet   (or .jsonl)
    <folder>/preambles/<preamble name>
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.schema import line_problem
from warp_synth.synth.dataset.splits import SPLITS

PAIRS_CONFIG = "pairs"  # one row per module, both devices: the export's default config
KERNEL_PAIRS_CONFIG = "kernel_pairs"  # one row per kernel of a module, both devices (synth.dataset.tasks.kernel_rows)
REAL_CONFIG = "real"  # the real set's pairs rows (``synth real``), split test
_SUFFIXES = (".parquet", ".jsonl")


def shard_name(split: str, number: int, suffix: str) -> str:
    return f"{split}-{number:05d}{suffix}"


@dataclass(frozen=True)
class HubLayout:
    """An export folder; its pairs rows are read from ``pairs_config``, checked as lines of ``kind``."""

    folder: Path
    pairs_config: str = PAIRS_CONFIG
    kind: str = "pair"

    @property
    def real(self) -> HubLayout:
        """The export's real set: the ``real`` config's pairs rows."""
        return HubLayout(self.folder, REAL_CONFIG, "real_pair")

    def config(self, name: str) -> Path:
        return self.folder / "data" / name

    def shards(self, config: str, split: str) -> list[Path]:
        """One config's shards of one split, in order."""
        return sorted(path for path in self.config(config).glob(f"{split}-*") if path.suffix in _SUFFIXES)

    def preamble(self, name: str) -> Path:
        return self.folder / "preambles" / name

    def holds(self, split: str, devices: tuple[str, ...] = ()) -> bool:
        """Whether the pairs config has rows of ``split`` (every row pairs both devices)."""
        return bool(self.shards(self.pairs_config, split))

    def pairs(self, devices: tuple[str, ...] = (), splits: tuple[str, ...] = SPLITS) -> Iterator[dict]:
        """The pairs config's rows of ``splits``, as ``DatasetLayout.pairs`` gives a run's; a kernel
        in two shards (a split in both formats) is refused, not counted twice."""
        seen: dict[str, Path] = {}
        for split in splits:
            for shard in self.shards(self.pairs_config, split):
                for number, row in enumerate(_rows(shard, self.kind), 1):
                    if row["id"] in seen:
                        raise SynthError(f"{shard}, row {number}: kernel {row['id']} is in {seen[row['id']]} too", hint="keep one copy of each shard (one format)")
                    seen[row["id"]] = shard
                    yield row


def is_export(folder: Path) -> bool:
    return (folder / "data").is_dir()


def _rows(shard: Path, kind: str) -> Iterator[dict]:
    """A pairs shard's rows, each checked against its kind's schema (``schema.pair_problem``)."""
    for number, row in enumerate(_read(shard), 1):
        problem = line_problem(row, kind)
        if problem:
            raise SynthError(f"{shard}, row {number}: {problem}", hint="export the run again, or download the dataset again")
        yield row


def _read(shard: Path) -> Iterator[dict | None]:
    if shard.suffix == ".jsonl":
        with open(shard, "rb") as handle:
            for line in filter(bytes.strip, handle):
                try:
                    yield orjson.loads(line)
                except orjson.JSONDecodeError:
                    yield None  # not a JSON object: line_problem says so
        return
    import pyarrow
    import pyarrow.parquet as parquet

    try:
        for batch in parquet.ParquetFile(shard).iter_batches(batch_size=64):
            yield from batch.to_pylist()
    except (OSError, pyarrow.ArrowException) as error:  # an empty or cut file, a Git LFS pointer in its place
        raise SynthError(f"{shard}: not a readable Parquet shard ({error})", hint="export or download it again (with Git LFS)") from None
