"""Records as written to the datasets, the shared preamble files, and byte-exact reassembly."""

from __future__ import annotations

import hashlib
from pathlib import Path

SECTION_NAMES = ("structs", "functions", "forward", "backward", "entry_points")


def content_id(python_source: str) -> str:
    """A stable id of a kernel: the same source gives the same id, pairing its cpu and cuda records."""
    return hashlib.sha256(python_source.encode("utf-8")).hexdigest()[:20]


def preamble_filename(device: str, preamble: str) -> str:
    """The file a preamble is stored in, named by its content hash."""
    digest = hashlib.sha256(preamble.encode("utf-8")).hexdigest()[:16]
    suffix = "h" if device == "cpu" else "cuh"
    return f"preamble_{device}_{digest}.{suffix}"


def reassemble(record: dict, preamble_dir: Path) -> str:
    """Warp's full output for a record: its named preamble file, then its code. Byte for byte."""
    preamble = (Path(preamble_dir) / record["preamble"]).read_text(encoding="utf-8")
    return preamble + record["code"]


def section(record: dict, name: str) -> str:
    """One part of a record's code (see SECTION_NAMES), by its stored span."""
    start, end = record["sections"][name]
    return record["code"][start:end]
