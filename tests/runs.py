"""Reading a run's folder in tests: a device's records are in one file per split."""

from __future__ import annotations

from pathlib import Path

import orjson

from warp_synth.synth.dataset.layout import DatasetLayout


def records_of(folder: Path, device: str) -> list[dict]:
    """Every record of ``device`` in a run's folder, split by split (train, validation, test)."""
    return [orjson.loads(line) for path in DatasetLayout(folder).device_files(device) for line in path.read_bytes().splitlines()]


def run_files(folder: Path) -> list[str]:
    """The names of a run's code files and its rejects file."""
    layout = DatasetLayout(folder)
    return [path.name for path in layout.code_files()] + [layout.rejects.name]
