"""A dataset record as a typed value: built with every field of ``RECORD_SCHEMA``, in its
order, and checked against it when made, so no writer can emit a row a reader would refuse."""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from warp_synth.synth.dataset.schema import RECORD_FIELDS, record_problem


@dataclass(frozen=True)
class Record:
    """One module's record for one device (the fields, and their order, of ``RECORD_SCHEMA``)."""

    id: str
    family: str
    template: str
    split: str
    features: list[str]
    seed: int
    warp_version: str
    python_source: str
    adjoint_caveats: list[str]
    device: str
    code: str
    preamble: str
    sections: dict[str, list[int]]
    kernels: list[dict]
    build: dict
    verified: dict
    tokens: dict
    runtime: dict

    def __post_init__(self) -> None:
        problem = record_problem(self.as_dict())
        if problem:
            raise ValueError(f"record {self.id} ({self.device}): {problem}")

    def as_dict(self) -> dict:
        """The record's fields in schema order (the values themselves, not copies)."""
        return {name: getattr(self, name) for name in RECORD_FIELDS}

    def line(self) -> bytes:
        """The record as a line of its device's JSONL file."""
        return orjson.dumps(self.as_dict()) + b"\n"

