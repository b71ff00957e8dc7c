"""Compile every record natively; quarantine the ones that fail, in both device files.

Records are compiled in batches (one translation unit each, the preamble once); a
failing batch is bisected to the records at fault. A record that fails on either
device leaves both files (they stay paired by id) for ``quarantine.jsonl``, with the
compiler's message. Batches run in worker processes, each with its own PCH folder.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson

from extract.native import DEFAULT_ARCH, NativeCompiler, failure_reason, find_failures, translation_unit
from synth.errors import SynthError

QUARANTINE_FILE = "quarantine.jsonl"


@dataclass(frozen=True)
class Batch:
    device: str
    preamble: str
    ids: list[str]
    codes: list[str]


_compilers: dict[str, NativeCompiler] = {}


def _compile_batch(batch: Batch, arch: int, scratch: Path) -> dict[str, str]:
    """Failing record ids of one batch, with their compiler messages."""
    compiler = _compilers.get(batch.device)
    if compiler is None:  # one compiler (and PCH folder) per process and device, under the run's scratch folder
        workdir = scratch / f"{os.getpid()}_{batch.device}"
        compiler = _compilers[batch.device] = NativeCompiler(batch.device, arch, workdir)

    def compile_unit(indices: list[int]) -> str | None:
        return compiler.compile(translation_unit(batch.preamble, [batch.codes[i] for i in indices]))

    failures = find_failures(compile_unit, list(range(len(batch.codes))))
    return {batch.ids[i]: message for i, message in failures.items()}


def _compile_batch_star(args: tuple[Batch, int, Path]) -> tuple[str, int, dict[str, str]]:
    batch, arch, scratch = args
    return batch.device, len(batch.ids), _compile_batch(batch, arch, scratch)


def _read(path: Path) -> list[dict]:
    try:
        return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    except OSError as error:
        raise SynthError(f"can't read {path}: {error.strerror}") from None
    except orjson.JSONDecodeError as error:
        raise SynthError(f"{path} is not JSON lines: {error}") from None


def _batches(path: Path, records: list[dict], size: int) -> list[Batch]:
    by_preamble: dict[str, list[dict]] = {}
    for record in records:
        by_preamble.setdefault(record["preamble"], []).append(record)
    batches = []
    for preamble_name, group in by_preamble.items():
        preamble_path = path.parent / preamble_name
        if not preamble_path.exists():
            raise SynthError(f"{path} needs {preamble_name}, which is not beside it")
        preamble = preamble_path.read_text(encoding="utf-8")
        for start in range(0, len(group), size):
            chunk = group[start : start + size]
            batches.append(Batch(chunk[0]["device"], preamble, [r["id"] for r in chunk], [r["code"] for r in chunk]))
    return batches


def validate(
    paths: list[Path],
    *,
    arch: int = DEFAULT_ARCH,
    workers: int = os.cpu_count() or 1,
    batch_size: int = 16,
    on_progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Compile every record of the JSONL files ``paths``; quarantine failures; return the figures."""
    records = {path: _read(path) for path in paths}
    batches = [b for path, rows in records.items() for b in _batches(path, rows, batch_size)]
    total = sum(len(b.ids) for b in batches)
    compiled: Counter = Counter()
    failures: dict[str, tuple[str, str]] = {}  # id -> (device, message)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="synth_validate_") as scratch:
        jobs = [(batch, arch, Path(scratch)) for batch in batches]
        pool = multiprocessing.get_context("spawn").Pool(workers) if workers > 1 else None
        results = pool.imap_unordered(_compile_batch_star, jobs) if pool else map(_compile_batch_star, jobs)
        try:
            for device, count, failed in results:
                compiled[device] += count
                failures.update({record_id: (device, message) for record_id, message in failed.items()})
                if on_progress:
                    on_progress(sum(compiled.values()), total)
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
            _compilers.clear()
    seconds = time.perf_counter() - started
    _quarantine(records, failures)
    reasons = Counter(failure_reason(message) for _, message in failures.values())
    return {
        "arch": f"sm_{arch}",
        "compilers": {"cpu": "clang (warp-lang, -O0)", "cuda": "NVRTC (warp-lang) to PTX, -O0"},
        "compiled": dict(compiled),
        "failed": len(failures),
        "failures_by_reason": dict(reasons.most_common()),
        "all_passed": not failures,
        "seconds": round(seconds, 2),
        "kernels_per_second": round(sum(compiled.values()) / seconds, 2) if seconds else None,
        "batch_size": batch_size,
        "workers": workers,
    }


def _quarantine(records: dict[Path, list[dict]], failures: dict[str, tuple[str, str]]) -> None:
    """Move failing records out of every file in the same folder, keeping the files paired."""
    if not failures:
        return
    folders = {path.parent for path in records}
    for folder in folders:
        with open(folder / QUARANTINE_FILE, "ab") as quarantine:
            for path in sorted(folder.glob("*_code.jsonl")):
                rows = records.get(path) or _read(path)
                kept = []
                for row in rows:
                    if row["id"] in failures:
                        device, message = failures[row["id"]]
                        entry = {"id": row["id"], "device": row["device"], "failed_on": device, "error": message, "record": row}
                        quarantine.write(orjson.dumps(entry) + b"\n")
                    else:
                        kept.append(row)
                temporary = path.with_suffix(".tmp")
                temporary.write_bytes(b"".join(orjson.dumps(row) + b"\n" for row in kept))
                os.replace(temporary, path)
