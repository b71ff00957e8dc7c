"""The main job: kernels in index order until each device file reaches its target size.

Kernel ``i`` depends only on the run seed and ``i``, workers build batches of indices
in parallel, and one writer consumes them in index order, so the files are the same
bytes whatever the worker count. After every batch the writer flushes and saves a
checkpoint (next index, file sizes, counts) atomically; a killed run resumes by
truncating the files to the checkpoint and carrying on from its next index.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from warp_synth.extract import warp_builtin_names, warp_version
from warp_synth.synth.card import write_card
from warp_synth.synth.diversity import diversity
from warp_synth.synth.errors import SynthError
from warp_synth.synth.pipeline import Built, Rejected, build_batch, init_worker
from warp_synth.synth.realism import read_kernels, realism
from warp_synth.synth.stats import Tally, summary
from warp_synth.synth.validate import PTX_FILE, QUARANTINE_FILE
from warp_synth.synth.validate_progress import PROGRESS_FILE
from warp_synth.templates import Renderer, load_grammar

STATE_FILE = ".run_state.json"
STATS_FILE = "dataset_stats.json"
REJECTS_FILE = "rejects.jsonl"


def dataset_file(device: str) -> str:
    return f"{device}_code.jsonl"


@dataclass(frozen=True)
class RunConfig:
    out: Path
    target_mb: float = 200.0
    devices: tuple[str, ...] = ("cpu", "cuda")
    seed: int = 0
    workers: int = 1
    weights_file: Path | None = None
    batch_size: int = 24

    def identity(self) -> dict:
        """What decides the output bytes; a resumed run must match it exactly."""
        weights = None
        if self.weights_file is not None:
            weights = hashlib.sha256(self.weights_file.read_bytes()).hexdigest()
        return {
            "seed": self.seed,
            "target_mb": self.target_mb,
            "devices": list(self.devices),
            "weights_sha256": weights,
            "warp_version": warp_version(),
        }


@dataclass
class Progress:
    """What a progress display needs after each batch."""

    bytes: dict[str, int]
    target_bytes: int
    kernels: int
    elapsed: float


def _files(config: RunConfig) -> list[str]:
    return [dataset_file(d) for d in config.devices] + [REJECTS_FILE]


def _save_state(path: Path, state: dict) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(orjson.dumps(state))
    os.replace(temporary, path)


def _prepare(config: RunConfig, fresh: bool) -> dict:
    """Load the checkpoint (or start one); leave the files exactly as the checkpoint says."""
    out = config.out
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write_probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise SynthError(f"can't write to output folder {out}: {error.strerror}") from None
    state_path = out / STATE_FILE
    if fresh:  # the run's files, and what validating them wrote
        for name in _files(config) + [STATE_FILE, STATS_FILE, QUARANTINE_FILE, PTX_FILE, PROGRESS_FILE]:
            (out / name).unlink(missing_ok=True)
    if state_path.exists():
        state = orjson.loads(state_path.read_bytes())
        if state["identity"] != config.identity():
            raise SynthError(
                f"{out} holds a run made with {state['identity']}, not {config.identity()}",
                hint="rerun with the same arguments to resume it, or pass --fresh to start over",
            )
    else:
        leftovers = [name for name in _files(config) if (out / name).exists()]
        if leftovers:
            raise SynthError(
                f"{out} already has {', '.join(leftovers)} but no checkpoint of the run that wrote them",
                hint="pass --fresh to replace them, or choose another --out",
            )
        state = {"identity": config.identity(), "next_index": 0, "offsets": {}, "tally": None, "done": False}
        _save_state(state_path, state)  # from here on, whatever is written is covered by a checkpoint
    for name in _files(config):
        path = out / name
        offset = state["offsets"].get(name, 0)
        with open(path, "ab") as handle:  # creates a missing file
            if handle.tell() > offset:  # a partial or unrecorded line written after the checkpoint
                handle.truncate(offset)  # (shorter is validation's quarantine: never pad it back)
    return state


def _seen_ids(path: Path) -> set[str]:
    seen = set()
    with open(path, "rb") as handle:
        for line in handle:
            seen.add(orjson.loads(line)["id"])
    return seen


def _batches(config: RunConfig, start: int) -> Iterator[list[Built | Rejected]]:
    """Built batches in index order, from ``start`` on, computed ``workers`` at a time."""
    size = config.batch_size
    if config.workers <= 1:
        init_worker(config.devices, config.weights_file)
        index = start
        while True:
            yield build_batch(config.seed, range(index, index + size))
            index += size
    context = multiprocessing.get_context("spawn")
    with context.Pool(config.workers, init_worker, (config.devices, config.weights_file)) as pool:
        pending: deque = deque()
        index = start
        while True:
            while len(pending) < 2 * config.workers:
                pending.append(pool.apply_async(build_batch, (config.seed, range(index, index + size))))
                index += size
            yield pending.popleft().get()


def run(config: RunConfig, *, fresh: bool = False, on_progress: Callable[[Progress], None] | None = None) -> dict:
    """Run (or resume) the main job; return the stats written to dataset_stats.json."""
    out = config.out
    # A broken template or weights file fails here, once, before workers start (a worker
    # pool whose initializer raises would only respawn it).
    Renderer(load_grammar(config.weights_file)).check_all()
    state = _prepare(config, fresh)
    if state["done"]:
        return orjson.loads((out / STATS_FILE).read_bytes())
    tally = Tally.from_state(state["tally"]) if state["tally"] else Tally(config.devices)
    seen = _seen_ids(out / dataset_file(config.devices[0]))
    target = int(config.target_mb * 1e6)
    handles = {name: open(out / name, "ab") for name in _files(config)}
    written_preambles: set[str] = set()
    started = time.perf_counter()
    elapsed_before = state.get("elapsed", 0.0)
    next_index = state["next_index"]
    done = False
    batches = _batches(config, next_index)
    try:
        for batch in batches:
            for item in batch:
                _write(item, handles, tally, seen, written_preambles, out)
                next_index = item.index + 1
                if all(tally.bytes.get(d, 0) >= target for d in config.devices):
                    done = True
                    break
            for handle in handles.values():
                handle.flush()
            elapsed = elapsed_before + time.perf_counter() - started
            state.update(next_index=next_index, tally=tally.to_state(), elapsed=elapsed)
            state["offsets"] = {name: handle.tell() for name, handle in handles.items()}
            if done:
                break
            _save_state(out / STATE_FILE, state)
            if on_progress:
                on_progress(Progress(dict(tally.bytes), target, tally.records, elapsed))
    except OSError as error:
        raise SynthError(f"can't write to {out}: {error.strerror}", hint="free some space and rerun to resume") from None
    finally:
        batches.close()  # stops the worker pool
        for handle in handles.values():
            handle.close()
    stats = _finish(config, tally, state)
    state["done"] = True
    _save_state(out / STATE_FILE, state)
    return stats


def _write(item, handles, tally: Tally, seen: set[str], written_preambles: set[str], out: Path) -> None:
    if isinstance(item, Rejected):
        record = {"index": item.index, "seed": item.seed, "reason": item.reason, "error": item.error}
        handles[REJECTS_FILE].write(orjson.dumps({**record, "python_source": item.source}) + b"\n")
        tally.add(item)
        return
    if item.id in seen:  # the same Python source twice: keep the first
        tally.kernels_tried += 1
        tally.duplicates += 1
        return
    seen.add(item.id)
    for name, text in item.preambles.values():
        if name not in written_preambles:
            (out / name).write_text(text, encoding="utf-8")
            written_preambles.add(name)
    for device, line in item.lines.items():
        handles[dataset_file(device)].write(line)
    tally.add(item)


def _finish(config: RunConfig, tally: Tally, state: dict) -> dict:
    elapsed = state["elapsed"]
    run_info = {
        **config.identity(),
        "workers": config.workers,
        "command": "synth run",
        "out": str(config.out),
        "next_index": state["next_index"],
        "wall_seconds": round(elapsed, 2),
        "kernels_per_second": round(tally.records / elapsed, 2) if elapsed else None,
        "mb_per_second": {d: round(tally.bytes.get(d, 0) / 1e6 / elapsed, 3) for d in config.devices}
        if elapsed
        else None,
    }
    grammar = load_grammar(config.weights_file)
    stats = summary(
        tally, run=run_info, all_builtins=warp_builtin_names(), all_productions=list(grammar.productions),
        all_alternatives=grammar.alternatives(),
    )  # fmt: skip
    stats["preambles"] = sorted(p.name for p in config.out.glob("preamble_*"))
    stats["diversity"] = _diversity(config.out / dataset_file(config.devices[0]))
    stats["realism"] = realism(*read_kernels(config.out / dataset_file(config.devices[0]), DIVERSITY_SAMPLE), stats["diversity"])
    write_stats(config.out, stats)
    return stats


DIVERSITY_SAMPLE = 4000


def _diversity(path: Path) -> dict:
    """Diversity of the first DIVERSITY_SAMPLE kernels (pairwise measures grow with the square)."""
    sources = []
    with open(path, "rb") as handle:
        for line in handle:
            sources.append(orjson.loads(line)["python_source"])
            if len(sources) >= DIVERSITY_SAMPLE:
                break
    return diversity(sources)


def write_stats(out: Path, stats: dict) -> None:
    """dataset_stats.json and the dataset card made from it."""
    (out / STATS_FILE).write_bytes(orjson.dumps(stats, option=orjson.OPT_INDENT_2) + b"\n")
    write_card(out, stats)


def refresh_stats(out: Path, stats: dict, found: dict) -> dict:
    """Stats after validation: its figures (``verification``, ``runtime_check``), and sizes
    re-read from the files (quarantine may have removed records)."""
    for device, info in stats.get("devices", {}).items():
        path = out / dataset_file(device)
        if path.exists():
            data = path.read_bytes()
            info.update(bytes=len(data), mb=round(len(data) / 1e6, 3), records=data.count(b"\n"))
    stats.update(found)
    return stats
