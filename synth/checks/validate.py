"""Compile every record natively; quarantine the ones that fail, in both device files, and
label the others with the level and compiler that passed them (``verified``).

Records are compiled in batches (one translation unit each, the preamble once); a
failing batch is bisected to the records at fault. A record that fails on either
device leaves both files (they stay paired by id) for ``quarantine.jsonl``, with the
compiler's message. Batches run as tasks on a backend (``synth.generate.backends``: local worker
processes or Ray), each worker with its own PCH folder, the slow CUDA batches first so no
core idles at the end; results are taken in file order, so either backend writes the same files.

With ``emit_ptx``, each CUDA record is compiled on its own, as Warp compiles
its module (preamble + code), and its PTX is written to ``cuda_ptx.jsonl`` in file order.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import orjson

from warp_synth.extract import DEVICES, warp_version
from warp_synth.extract.native import DEFAULT_ARCH, NativeCompiler, failure_reason
from warp_synth.extract.syntax import SyntaxChecker
from warp_synth.synth.checks.levels import LEVELS
from warp_synth.synth.generate.backends import check_backend, open_backend
from warp_synth.synth.dataset.checkpoint import Checkpoint
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import DatasetLayout, count_lines, device_of, read_paired, read_records, replacing
from warp_synth.synth.dataset.lock import folder_lock
from warp_synth.synth.dataset.quarantine import finish_quarantine, quarantine
from warp_synth.synth.checks.validate_progress import ValidationProgress

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


# Worker-process side: one compiler per device, for the validation (settings) it serves now.
_compilers: dict[str, NativeCompiler | SyntaxChecker] = {}
_compilers_settings: tuple | None = None


def _compiler(device: str, arch: int, scratch: Path, emit_ptx: bool, level: str) -> NativeCompiler | SyntaxChecker:
    """One compiler (and PCH folder) per process and device, under the validation's scratch folder."""
    global _compilers_settings
    if (arch, scratch, emit_ptx, level) != _compilers_settings:  # a Ray worker outlives a validation and may serve the next
        _compilers.clear()
        _compilers_settings = (arch, scratch, emit_ptx, level)
    if device not in _compilers:
        _compilers[device] = LEVELS[level].compiler(device, arch, scratch / f"{os.getpid()}_{device}", emit_ptx)
    return _compilers[device]


def compile_batch(batch: Batch, arch: int, scratch: Path, emit_ptx: bool = False, level: str = "full") -> BatchResult:
    """Compile one batch, in a backend's worker: as one unit bisected on failure, or record by record for PTX."""
    started = time.perf_counter()
    compiler = _compiler(batch.device, arch, scratch, emit_ptx, level)
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


def _batches(path: Path, sizes: dict[str, int], done: Callable[[str], bool], in_file_order: bool = False) -> Iterator[Batch]:
    """The file's records not yet ``done``, read as they are needed, in batches of one preamble.

    Records of several preambles (one per block size a launch builds at) interleave in a file:
    each preamble fills a batch of its own, so a tile kernel between plain ones does not cut
    their batch short. ``in_file_order`` keeps the batches in the file's order instead (PTX is
    written in the order it is compiled)."""
    chunks: dict[str, list[dict]] = {}
    preambles: dict[str, str] = {}

    def batch(name: str) -> Batch:
        chunk = chunks.pop(name)
        if name not in preambles:
            preamble_path = DatasetLayout(path.parent).preamble(name)
            if not preamble_path.exists():
                raise SynthError(f"{path} needs {name}, which is not beside it")
            preambles[name] = preamble_path.read_text(encoding="utf-8")
        return Batch(chunk[0]["device"], preambles[name], [r["id"] for r in chunk], [r["code"] for r in chunk])

    for record in read_records(path):
        if done(record["id"]):
            continue
        name = record["preamble"]
        if in_file_order:
            for other in [n for n in chunks if n != name]:
                yield batch(other)
        chunks.setdefault(name, []).append(record)
        if len(chunks[name]) >= sizes[record["device"]]:
            yield batch(name)
    for name in list(chunks):
        yield batch(name)


def validate(
    paths: list[Path],
    *,
    arch: int = DEFAULT_ARCH,
    workers: int = os.cpu_count() or 1,
    batch_sizes: dict[str, int] | None = None,
    emit_ptx: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    level: str = "full",
    backend: str = "local",
    address: str | None = None,
) -> dict:
    """Compile every record of the JSONL files ``paths`` at ``level`` (``LEVELS``) on ``backend``
    (``synth.generate.backends``: ``workers`` local processes, or Ray tasks, on the cluster at ``address``
    if given); quarantine failures; return the figures.

    An interrupted validation, run again with the same settings, compiles only what it had not
    (on either backend). Each folder is locked while it is validated; a folder holding an
    unfinished run is refused.
    """
    check_backend(backend, address)
    folders = sorted({path.parent for path in paths})
    with contextlib.ExitStack() as locks:
        for folder in folders:
            locks.enter_context(folder_lock(folder, "synth validate"))
            _ready(DatasetLayout(folder))
        if level not in LEVELS:
            raise SynthError(f"no validation level {level!r}", hint=f"one of {', '.join(LEVELS)}", usage=True)
        if emit_ptx and not LEVELS[level].emits_ptx:
            makers = [name for name, known in LEVELS.items() if known.emits_ptx]
            raise SynthError(f"PTX comes from the {', '.join(makers)} level, not {level}", hint=f"drop --emit ptx, or validate at --level {makers[0]}", usage=True)
        defaults = LEVELS[level].batch_sizes
        sizes = {**defaults, **(batch_sizes or {})}
        return _validate(paths, arch, (backend, workers, address), sizes, emit_ptx, on_progress, level)


def _ready(layout: DatasetLayout) -> None:
    """Refuse a run's folder that is not ready to validate; finish a quarantine cut short; check pairing."""
    checkpoint = Checkpoint.load(layout)
    if checkpoint is not None:
        if not checkpoint.done:
            raise SynthError(
                f"{layout.folder} holds an unfinished run (its checkpoint {layout.state} says so)",
                hint="finish it first: rerun the `synth run` command that started it",
            )
        finish_quarantine(layout, checkpoint)
    for _ in layout.kernels():  # each split's device files are paired: the same ids in the same order
        pass


def _validate(
    paths: list[Path],
    arch: int,
    where: tuple[str, int, str | None],
    sizes: dict[str, int],
    emit_ptx: bool,
    on_progress: Callable[[int, int], None] | None,
    level: str,
) -> dict:
    layout = DatasetLayout(paths[0].parent)
    cuda = next((p for p in paths if device_of(p) == "cuda"), None)
    if emit_ptx and cuda is None:
        raise SynthError("PTX comes from CUDA records: give a cuda_code.jsonl with --emit ptx", usage=True)
    ptx_layout = DatasetLayout(cuda.parent) if emit_ptx else None
    settings = {"arch": arch, "emit_ptx": emit_ptx, "batch_sizes": sizes, "warp": warp_version(), "level": level}
    progress = ValidationProgress(layout.progress, settings)
    resumed = sum(len(progress.done(device)) for device in DEVICES)

    ordered = sorted(paths, key=lambda path: device_of(path) != "cuda")  # the slow CUDA batches first
    total = sum(count_lines(path) - len(progress.done(device_of(path))) for path in ordered)
    batches = (b for path in ordered for b in _batches(path, sizes, lambda i, d=device_of(path): i in progress.done(d), in_file_order=emit_ptx))
    modules: set[str] = set()
    started = time.perf_counter()
    try:
        with _ptx_writer(ptx_layout, progress) as ptx_out:
            compiled_now, worker_seconds, workers = _compile_all(batches, total, modules, arch, where, emit_ptx, progress, ptx_out, on_progress, level)
    except OSError as error:
        raise SynthError(f"can't write {ptx_layout.ptx}: {error.strerror}; the JSONL datasets are untouched") from None
    finally:
        progress.close()
    seconds = time.perf_counter() - started
    failures = {rid: (device, message) for device in DEVICES for rid, message in progress.done(device).items() if message}
    figures = {
        "level": level,
        "level_means": LEVELS[level].means,
        "arch": f"sm_{arch}",
        "compilers": LEVELS[level].compilers(emit_ptx),
        "compiled": {device: len(progress.done(device)) for device in DEVICES if progress.done(device)},
        "failed": len(failures),
        "failures_by_reason": dict(Counter(failure_reason(message) for _, message in failures.values()).most_common()),
        "all_passed": not failures,
        "resumed": resumed,
        "seconds": round(seconds, 2),
        "records_per_second": round(sum(compiled_now.values()) / seconds, 2) if seconds else None,
        "modules_per_second": round(len(modules) / seconds, 2) if seconds else None,  # a module: its cpu and cuda record
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
        "backend": where[0],
        "workers": workers,
    }
    if ptx_layout:
        figures["ptx"] = _finish_ptx(ptx_layout, failures)
    for folder in sorted({path.parent for path in paths}):
        compiled = {device_of(path): {"level": level, "compiler": figures["compilers"][device_of(path)]} for path in paths if path.parent == folder}
        try:
            quarantine(DatasetLayout(folder), failures, {"verified": compiled})
        except OSError as error:
            raise SynthError(f"can't write to {folder}: {error.strerror}", hint="free some space and validate again to finish") from None
    progress.finish()
    return figures


def _in_order(backend, jobs: Iterator[tuple], window: int) -> Iterator[tuple[tuple, BatchResult]]:
    """``(job, result)`` in job order, at most ``window`` jobs in flight: the batches are read
    from the files only as workers are ready for them, so memory stays flat."""
    pending: deque = deque()
    for job in jobs:
        pending.append((job, backend.submit(compile_batch, *job)))
        if len(pending) >= window:
            job, handle = pending.popleft()
            yield job, handle.get()
    while pending:
        job, handle = pending.popleft()
        yield job, handle.get()


def _compile_all(
    batches: Iterator[Batch],
    total: int,
    modules: set[str],
    arch: int,
    where: tuple[str, int, str | None],
    emit_ptx: bool,
    progress: ValidationProgress,
    ptx_out: BinaryIO | None,
    on_progress: Callable[[int, int], None] | None,
    level: str = "full",
) -> tuple[Counter, Counter, int]:
    """Compile the batches on the backend ``where`` (name, workers, address), counting each in
    ``progress`` as it finishes (and each record's id in ``modules``); also return how many
    workers ran them."""
    compiled: Counter = Counter()
    worker_seconds: Counter = Counter()
    name, workers, address = where
    # The backend stops (its running batches finished) before the scratch folder goes.
    with tempfile.TemporaryDirectory(prefix="synth_validate_") as scratch, open_backend(name, workers, None, address) as backend:
        jobs = ((batch, arch, Path(scratch), emit_ptx, level) for batch in batches)
        for (batch, *_), result in _in_order(backend, jobs, 2 * backend.workers):  # in order: PTX in file order
            for record_id, ptx in result.ptx:
                ptx_out.write(orjson.dumps({"id": record_id, "arch": f"sm_{arch}", "ptx": ptx}) + b"\n")
            if result.ptx:
                ptx_out.flush()  # before the batch counts as done
            progress.add(batch.device, batch.ids, result.failures)
            modules.update(batch.ids)
            compiled[batch.device] += len(batch.ids)
            worker_seconds[batch.device] += result.seconds
            if on_progress:
                on_progress(sum(compiled.values()), total)
    return compiled, worker_seconds, backend.workers


@contextlib.contextmanager
def _ptx_writer(layout: DatasetLayout | None, progress: ValidationProgress):
    """The PTX file in the making (``cuda_ptx.partial``), holding only what ``progress`` counts."""
    if layout is None:
        yield None
        return
    partial = layout.ptx_partial
    if not partial.exists() and layout.ptx.exists() and progress.done("cuda"):
        os.replace(layout.ptx, partial)  # stopped after publishing it: take it back
    partial.touch()
    done = progress.done("cuda")
    _keep_lines(partial, partial, lambda record_id: record_id in done)
    with open(partial, "ab") as handle:
        yield handle


def _finish_ptx(layout: DatasetLayout, failures: dict[str, tuple[str, str]]) -> dict:
    """Drop the PTX of quarantined kernels (their CPU twin may have failed), then publish the file."""
    kept = _keep_lines(layout.ptx_partial, layout.ptx, lambda record_id: record_id not in failures)
    layout.ptx_partial.unlink()
    return {"file": layout.ptx.name, "records": kept, "mb": round(layout.ptx.stat().st_size / 1e6, 3)}


def _keep_lines(source: Path, target: Path, keep: Callable[[str], bool]) -> int:
    """Copy the whole lines of ``source`` whose record id ``keep`` accepts to ``target``, atomically."""
    kept = 0
    with open(source, "rb") as lines, replacing(target) as out:
        for line in lines:
            if line.endswith(b"\n") and keep(orjson.loads(line)["id"]):  # a line cut by a kill ends without one
                out.write(line)
                kept += 1
    return kept
