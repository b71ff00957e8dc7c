"""Compile every record natively; quarantine the ones that fail, in both device files.

Records are compiled in batches (one translation unit each, the preamble once); a
failing batch is bisected to the records at fault. A record that fails on either
device leaves both files (they stay paired by id) for ``quarantine.jsonl``, with the
compiler's message. Batches run in worker processes, each with its own PCH folder,
the slow CUDA batches first so no core idles at the end.

With ``emit_ptx``, each CUDA record is compiled on its own, as Warp compiles
its module (preamble + code), and its PTX is written to ``cuda_ptx.jsonl`` in file order.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import orjson

from warp_synth.extract import DEVICES, warp_version
from warp_synth.extract.native import (
    CHECK_LEVEL,
    DEFAULT_ARCH,
    WARP_CUDA_LEVEL,
    NativeCompiler,
    compiler_names,
    failure_reason,
)
from warp_synth.synth.errors import SynthError
from warp_synth.synth.validate_progress import PROGRESS_FILE, ValidationProgress

QUARANTINE_FILE = "quarantine.jsonl"
PTX_FILE = "cuda_ptx.jsonl"
# Records per translation unit, from `python bench/bench_verify.py`: clang's per-unit cost
# (PCH load, object writing) amortises up to ~64; NVRTC's time is nearly all per record and
# flat from 16 on, where a failing batch is also cheaper to bisect.
DEFAULT_BATCH_SIZES = {"cpu": 64, "cuda": 16}


@dataclass(frozen=True)
class Batch:
    device: str
    preamble: str
    ids: list[str]
    codes: list[str]


@dataclass
class BatchResult:
    seconds: float
    failures: dict[str, str] = field(default_factory=dict)  # record id -> compiler message
    ptx: list[tuple[str, str]] = field(default_factory=list)  # (record id, PTX), in batch order


_compilers: dict[str, NativeCompiler] = {}


def _compiler(device: str, arch: int, scratch: Path, emit_ptx: bool) -> NativeCompiler:
    """One compiler (and PCH folder) per process and device, under the run's scratch folder."""
    if device not in _compilers:
        level = WARP_CUDA_LEVEL if emit_ptx and device == "cuda" else CHECK_LEVEL  # PTX at the level Warp compiles CUDA with
        _compilers[device] = NativeCompiler(device, arch, scratch / f"{os.getpid()}_{device}", optimization_level=level)
    return _compilers[device]


def _compile_batch(batch: Batch, arch: int, scratch: Path, emit_ptx: bool = False) -> BatchResult:
    """Compile one batch: as one unit bisected on failure, or record by record for PTX."""
    started = time.perf_counter()
    compiler = _compiler(batch.device, arch, scratch, emit_ptx)
    result = BatchResult(0.0)
    if emit_ptx and batch.device == "cuda":
        for record_id, code in zip(batch.ids, batch.codes, strict=True):
            message = compiler.compile(batch.preamble + code)
            if message is None:
                result.ptx.append((record_id, compiler.ptx()))
            else:
                result.failures[record_id] = message
    else:
        failed = compiler.failures(batch.preamble, batch.codes)
        result.failures = {batch.ids[i]: message for i, message in failed.items()}
    result.seconds = time.perf_counter() - started
    return result


def _compile_job(args: tuple[Batch, int, Path, bool]) -> BatchResult:
    return _compile_batch(*args)


def _read(path: Path) -> list[dict]:
    try:
        return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    except OSError as error:
        raise SynthError(f"can't read {path}: {error.strerror}") from None
    except orjson.JSONDecodeError as error:
        raise SynthError(f"{path} is not JSON lines: {error}") from None


def _batches(path: Path, records: list[dict], sizes: dict[str, int]) -> list[Batch]:
    by_preamble: dict[str, list[dict]] = {}
    for record in records:
        by_preamble.setdefault(record["preamble"], []).append(record)
    batches = []
    for preamble_name, group in by_preamble.items():
        preamble_path = path.parent / preamble_name
        if not preamble_path.exists():
            raise SynthError(f"{path} needs {preamble_name}, which is not beside it")
        preamble = preamble_path.read_text(encoding="utf-8")
        size = sizes[group[0]["device"]]
        for start in range(0, len(group), size):
            chunk = group[start : start + size]
            batches.append(Batch(chunk[0]["device"], preamble, [r["id"] for r in chunk], [r["code"] for r in chunk]))
    return batches


def validate(
    paths: list[Path],
    *,
    arch: int = DEFAULT_ARCH,
    workers: int = os.cpu_count() or 1,
    batch_sizes: dict[str, int] | None = None,
    emit_ptx: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Compile every record of the JSONL files ``paths``; quarantine failures; return the figures.

    An interrupted validation, run again with the same settings, compiles only what it had not.
    """
    sizes = {**DEFAULT_BATCH_SIZES, **(batch_sizes or {})}
    records = {path: _read(path) for path in paths}
    folder = paths[0].parent
    ptx_path = next((p.parent / PTX_FILE for p in paths if p.name.startswith("cuda")), None) if emit_ptx else None
    if emit_ptx and ptx_path is None:
        raise SynthError("PTX comes from CUDA records: give a cuda_code.jsonl with --emit ptx")
    settings = {"arch": arch, "emit_ptx": emit_ptx, "batch_sizes": sizes, "warp": warp_version()}
    progress = ValidationProgress(folder / PROGRESS_FILE, settings)
    resumed = sum(len(progress.done(device)) for device in DEVICES)

    def pending(rows: list[dict]) -> list[dict]:
        return [r for r in rows if r["id"] not in progress.done(r["device"])]

    batches = [b for path, rows in records.items() for b in _batches(path, pending(rows), sizes)]
    batches.sort(key=lambda b: b.device != "cuda")  # stable: file order within each device
    started = time.perf_counter()
    try:
        with _ptx_writer(ptx_path, progress) as ptx_out:
            compiled_now, worker_seconds = _compile_all(batches, arch, workers, emit_ptx, progress, ptx_out, on_progress)
    except OSError as error:
        raise SynthError(f"can't write {ptx_path}: {error.strerror}; the JSONL datasets are untouched") from None
    finally:
        progress.close()
    seconds = time.perf_counter() - started
    failures = {rid: (device, message) for device in DEVICES for rid, message in progress.done(device).items() if message}
    figures = {
        "arch": f"sm_{arch}",
        "compilers": compiler_names(WARP_CUDA_LEVEL if emit_ptx else CHECK_LEVEL),
        "compiled": {device: len(progress.done(device)) for device in DEVICES if progress.done(device)},
        "failed": len(failures),
        "failures_by_reason": dict(Counter(failure_reason(message) for _, message in failures.values()).most_common()),
        "all_passed": not failures,
        "resumed": resumed,
        "seconds": round(seconds, 2),
        "records_per_second": round(sum(compiled_now.values()) / seconds, 2) if seconds else None,
        "kernels_per_second": round(len({i for b in batches for i in b.ids}) / seconds, 2) if seconds else None,
        "per_device": {
            device: {
                "records": count,
                "worker_seconds": round(worker_seconds[device], 2),
                "records_per_worker_second": round(count / worker_seconds[device], 2) if worker_seconds[device] else None,
            }
            for device, count in compiled_now.items()
        },
        "records_per_unit": {  # records per translation unit: PTX is compiled record by record
            device: 1 if emit_ptx and device == "cuda" else sizes[device] for device in DEVICES if progress.done(device)
        },
        "workers": workers,
    }
    if ptx_path:
        figures["ptx"] = _finish_ptx(ptx_path, failures)
    _quarantine(records, failures)
    progress.finish()
    return figures


def _compile_all(
    batches: list[Batch],
    arch: int,
    workers: int,
    emit_ptx: bool,
    progress: ValidationProgress,
    ptx_out: BinaryIO | None,
    on_progress: Callable[[int, int], None] | None,
) -> tuple[Counter, Counter]:
    """Compile the batches in worker processes, counting each in ``progress`` as it finishes."""
    total = sum(len(b.ids) for b in batches)
    compiled: Counter = Counter()
    worker_seconds: Counter = Counter()
    with tempfile.TemporaryDirectory(prefix="synth_validate_") as scratch:
        jobs = [(batch, arch, Path(scratch), emit_ptx) for batch in batches]
        pool = multiprocessing.get_context("spawn").Pool(workers) if workers > 1 and jobs else None
        results = pool.imap(_compile_job, jobs) if pool else map(_compile_job, jobs)  # ordered: PTX in file order
        try:
            for batch, result in zip(batches, results, strict=True):
                for record_id, ptx in result.ptx:
                    ptx_out.write(orjson.dumps({"id": record_id, "arch": f"sm_{arch}", "ptx": ptx}) + b"\n")
                if result.ptx:
                    ptx_out.flush()  # before the batch counts as done
                progress.add(batch.device, batch.ids, result.failures)
                compiled[batch.device] += len(batch.ids)
                worker_seconds[batch.device] += result.seconds
                if on_progress:
                    on_progress(sum(compiled.values()), total)
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
            _compilers.clear()
    return compiled, worker_seconds


@contextlib.contextmanager
def _ptx_writer(ptx_path: Path | None, progress: ValidationProgress):
    """The PTX file in the making (``cuda_ptx.partial``), holding only what ``progress`` counts."""
    if ptx_path is None:
        yield None
        return
    partial = ptx_path.with_suffix(".partial")
    if not partial.exists() and ptx_path.exists() and progress.done("cuda"):
        os.replace(ptx_path, partial)  # stopped after publishing it: take it back
    partial.touch()
    done = progress.done("cuda")
    _keep_lines(partial, partial, lambda record_id: record_id in done)
    with open(partial, "ab") as handle:
        yield handle


def _finish_ptx(final: Path, failures: dict[str, tuple[str, str]]) -> dict:
    """Drop the PTX of quarantined kernels (their CPU twin may have failed), then publish the file."""
    partial = final.with_suffix(".partial")
    kept = _keep_lines(partial, final, lambda record_id: record_id not in failures)
    partial.unlink()
    return {"file": final.name, "records": kept, "mb": round(final.stat().st_size / 1e6, 3)}


def _keep_lines(source: Path, target: Path, keep: Callable[[str], bool]) -> int:
    """Copy the whole lines of ``source`` whose record id ``keep`` accepts to ``target``, atomically."""
    kept = 0
    temporary = target.with_suffix(".tmp")
    with open(source, "rb") as lines, open(temporary, "wb") as out:
        for line in lines:
            if line.endswith(b"\n") and keep(orjson.loads(line)["id"]):  # a line cut by a kill ends without one
                out.write(line)
                kept += 1
    os.replace(temporary, target)
    return kept


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
