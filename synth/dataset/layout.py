"""A dataset folder's layout, in one place: every file's name, how a file is replaced
atomically, and the one reader of JSONL files.

Callers ask a ``DatasetLayout`` for paths instead of formatting file names; every line read
is checked against its kind's schema (``synth.dataset.schema``), the same one the Parquet export's
Arrow schema comes from.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson

from warp_synth.extract import DEVICES
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.schema import DEVICE_FIELDS, line_problem
from warp_synth.synth.dataset.splits import SPLITS

CODE_SUFFIX = "_code.jsonl"
CODE_PATTERN = "*_code*.jsonl"  # every split's code files
PREAMBLE_PATTERN = "preamble_*"
REAL_FOLDER = "real"  # the real set's folder, in a run's


@dataclass(frozen=True)
class DatasetLayout:
    """The files of one dataset folder (``synth run``'s ``--out``, or ``synth real``'s, whose
    records are of ``kind`` "real": ``schema.LINE_KINDS``)."""

    folder: Path
    kind: str = "record"

    def code(self, device: str, split: str = "train") -> Path:
        """The device's records of one split: ``cpu_code.jsonl`` (train), ``cpu_code_validation.jsonl``,
        ``cpu_code_test.jsonl``; each split in files of its own, so a loader's split is exactly it."""
        return self.folder / (f"{device}{CODE_SUFFIX}" if split == "train" else f"{device}_code_{split}.jsonl")

    def split_files(self, split: str) -> list[Path]:
        """One split's device files present, in device order."""
        return [self.code(device, split) for device in DEVICES if self.code(device, split).exists()]

    def holds(self, split: str, devices: tuple[str, ...] = DEVICES) -> bool:
        """Whether each of ``devices`` has a file of ``split`` with records in it."""
        return all(self.code(device, split).exists() and self.code(device, split).stat().st_size for device in devices)

    def device_files(self, device: str) -> list[Path]:
        """One device's files present, in split order."""
        return [self.code(device, split) for split in SPLITS if self.code(device, split).exists()]

    def code_files(self) -> list[Path]:
        """Every code file present: split by split, in device order within a split."""
        return [path for split in SPLITS for path in self.split_files(split)]

    def kernels(self, devices: tuple[str, ...] = DEVICES, splits: tuple[str, ...] = SPLITS) -> Iterator[tuple[dict, ...]]:
        """Each kernel's records (one per device of ``devices`` present), split by split, read
        side by side as ``read_paired`` reads them."""
        for split in splits:
            paths = [self.code(device, split) for device in devices if self.code(device, split).exists()]
            if paths:
                yield from read_paired(paths, self.kind)

    def pairs(self, devices: tuple[str, ...] = DEVICES, splits: tuple[str, ...] = SPLITS) -> Iterator[dict]:
        """One row per kernel: the fields its records share, then each device's own as
        ``<device>_<field>`` (``cpu_code``, ``cuda_sections``...)."""
        for records in self.kernels(devices, splits):
            row = {name: value for name, value in records[0].items() if name not in DEVICE_FIELDS}
            for device, record in zip(devices, records):
                row.update({f"{device}_{name}": record[name] for name in DEVICE_FIELDS if name != "device"})
            yield row

    def preamble(self, name: str) -> Path:
        """A preamble file, by the name a record gives (``extract.preamble_filename``)."""
        return self.folder / name

    def preambles(self) -> list[Path]:
        return sorted(self.folder.glob(PREAMBLE_PATTERN))

    @property
    def real(self) -> DatasetLayout:
        """The real set beside the run (``synth real``): a folder of its own, of real records."""
        return DatasetLayout(self.folder / REAL_FOLDER, kind="real")

    @property
    def real_stats(self) -> Path:
        """The real set's figures (in the real set's folder)."""
        return self.folder / "real_stats.json"

    @property
    def rejects(self) -> Path:
        return self.folder / "rejects.jsonl"

    @property
    def stats(self) -> Path:
        return self.folder / "dataset_stats.json"

    @property
    def card(self) -> Path:
        return self.folder / "README.md"

    @property
    def state(self) -> Path:
        """The run's checkpoint."""
        return self.folder / ".run_state.json"

    @property
    def lock(self) -> Path:
        """Held (flock) by the one process writing the folder."""
        return self.folder / ".lock"

    @property
    def quarantine(self) -> Path:
        return self.folder / "quarantine.jsonl"

    @property
    def ptx(self) -> Path:
        return self.folder / "cuda_ptx.jsonl"

    @property
    def ptx_partial(self) -> Path:
        """The PTX file while validation writes it."""
        return self.folder / "cuda_ptx.partial"

    @property
    def progress(self) -> Path:
        """What an interrupted validation already compiled."""
        return self.folder / ".validate_progress.jsonl"


def device_of(path: Path) -> str | None:
    """The device whose records a file holds, by its name (``cuda_code.jsonl`` -> ``cuda``)."""
    return next((device for device in DEVICES if path.name.startswith(device)), None)


def read_lines(path: Path, kind: str = "record") -> Iterator[tuple[bytes, dict]]:
    """``(line, record)`` for each line of a JSONL file of ``kind`` (``schema.LINE_KINDS``).

    A line cut mid-record, a line that is not a JSON object, or one that breaks its kind's
    schema (a field missing or of the wrong kind, an unknown split, sections that do not tile
    the code, an id that is not the hash of its source) is one SynthError naming the file,
    line and field.
    """
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise SynthError(f"can't read {path}: {error.strerror}") from None
    with handle:
        for number, line in enumerate(handle, 1):
            yield line, _record(path, number, line, kind)


def count_lines(path: Path) -> int:
    """The number of lines of a file, read in blocks (memory stays flat)."""
    with open(path, "rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))


def read_records(path: Path, kind: str = "record") -> Iterator[dict]:
    """The records of a JSONL file, checked as ``read_lines`` checks them."""
    for _, record in read_lines(path, kind):
        yield record


def read_paired(paths: list[Path], kind: str = "record") -> Iterator[tuple[dict, ...]]:
    """The records (of ``kind``) of a run's device files read side by side, one tuple per kernel:
    a run writes a kernel's records at the same line of every file. Files that hold different
    kernels at a line, or end at different lines, are refused."""
    readers = [read_records(path, kind) for path in paths]
    for line, records in enumerate(itertools.zip_longest(*readers), 1):
        ids = [record and record["id"] for record in records]
        differing = next((other for other, record_id in zip(paths[1:], ids[1:]) if record_id != ids[0]), None)
        if differing is not None:
            raise SynthError(
                f"{paths[0]} and {differing} are not paired: from line {line} on they hold different records",
                hint="restore the files, or regenerate them with `synth run --fresh`",
            )
        yield records


def _record(path: Path, number: int, line: bytes, kind: str) -> dict:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError:
        record = None
    if not isinstance(record, dict) and not line.endswith(b"\n"):
        raise SynthError(
            f"{path}, line {number}: the last record is cut short",
            hint="the file was truncated; for a run's own files, rerun `synth run` in its folder to cut it back to its checkpoint",
        )
    problem = "not a JSON record" if record is None else line_problem(record, kind)
    if problem:
        command = "synth real" if kind == "real" else "synth run"
        raise SynthError(f"{path}, line {number}: {problem}", hint=f"restore the file, or regenerate it with `{command}`")
    return record


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """Write a file whole: into a temporary file beside it, renamed over ``path`` once complete.

    An error (a full disk) or a kill leaves ``path`` as it was, never half written.
    """
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with open(temporary, "wb") as handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def replace_file(path: Path, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8), atomically (see ``replacing``)."""
    with replacing(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
