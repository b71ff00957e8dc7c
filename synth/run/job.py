"""The main job: kernels in index order until each device file reaches its target size.

Kernel ``i`` depends only on the run seed and ``i``, workers build batches of indices
in parallel, and one writer consumes them in index order, so the files are the same
bytes whatever the worker count, and whatever the caller's hash seed (workers hash with
a fixed one). After the first batch, then at most every ``CHECKPOINT_SECONDS``, the writer
flushes and saves a checkpoint (next index, where each file ends, counts) atomically; a
killed run resumes by checking the files against the checkpoint, cutting off what was
written after it, and carrying on from its next index. The folder is locked while a run
writes it.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from warp_synth.extract import warp_builtin_names, warp_version
from warp_synth.synth.generate.backends import Backend, check_backend, open_backend
from warp_synth.synth.dataset.checkpoint import Checkpoint
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import REAL_FOLDER, DatasetLayout, count_lines, read_records, replace_file
from warp_synth.synth.dataset.schema import REAL_SPLIT
from warp_synth.synth.analysis.lengths import measured_from_files
from warp_synth.synth.dataset.lock import folder_lock
from warp_synth.synth.analysis.measures import RunMeasures
from warp_synth.synth.analysis.contamination import NEAR_REAL, NEAR_REAL_CODE, REASONS, SHARED_CHARS, RealCode, real_code, real_kernels
from warp_synth.synth.analysis.novelty import NoveltyFilter
from warp_synth.synth.dataset.ownership import refuse_other_kind
from warp_synth.synth.generate.pipeline import HASH_SEED, Built, Rejected, Skipped, build_batch, fingerprint_batch, pinned_splits, template_splits
from warp_synth.synth.dataset.quarantine import finish_quarantine
from warp_synth.synth.checks.runtime_check import CHECKS_FILE, MISMATCHES_FILE
from warp_synth.synth.dataset.stats_file import device_files, refresh_stats, write_stats
from warp_synth.synth.dataset.splits import DEFAULT_RATIOS, HELD_OUT, PINNED_FILE, SPLITS, STRATIFIED_FROM
from warp_synth.synth.generate.tally import Tally, summary
from warp_synth.synth.generate.render import Renderer
from warp_synth.grammar import Grammar, GrammarSource
from warp_synth.grammar.shipped import grammar_source

FREE_SPACE_HINT = "free some space and rerun to resume"


@dataclass(frozen=True)
class RunConfig:
    out: Path
    target_mb: float = 200.0
    devices: tuple[str, ...] = ("cpu", "cuda")
    seed: int = 0
    workers: int = 1
    weights_file: Path | None = None
    templates: Path | None = None  # the template folder; None: the shipped templates
    dedup: bool = True  # skip kernels whose structure or near-duplicate is already kept
    splits: tuple[float, float, float] = DEFAULT_RATIOS  # train, validation, test: shares of the kernel templates
    batch_size: int = 24
    mathdx: bool = False  # CUDA modules let Warp call NVIDIA MathDx (extract.launch): exact, slow the first time
    # Where batches are computed: not in the identity (the bytes are the same), so a run
    # started on one backend resumes on the other.
    backend: str = "local"  # synth.generate.backends.BACKENDS
    address: str | None = None  # a Ray cluster's; None: a local Ray instance of `workers` CPUs

    def grammar_source(self) -> GrammarSource:
        return grammar_source(self.weights_file, self.templates)

    def identity(self, grammar_digest: str) -> dict:
        """What decides the output bytes; a resumed run must match it exactly. ``grammar_digest``:
        of the run's grammar (``Grammar.digest``)."""
        weights = None
        if self.weights_file is not None:
            weights = hashlib.sha256(self.weights_file.read_bytes()).hexdigest()
        return {
            "seed": self.seed,
            "target_mb": self.target_mb,
            "devices": list(self.devices),
            "dedup": self.dedup,
            "splits": list(self.splits),
            "weights_sha256": weights,
            "grammar_sha256": grammar_digest,
            "mathdx": self.mathdx,
            "python_hash_seed": HASH_SEED,
            "warp_version": warp_version(),
        }


@dataclass
class Progress:
    """What a progress display needs after each batch."""

    bytes: dict[str, int]  # of each device's train file, which the target is measured on
    target_bytes: int
    kernels: int
    elapsed: float


def _file_names(config: RunConfig, layout: DatasetLayout) -> list[str]:
    return [layout.code(d, split).name for split in SPLITS for d in config.devices] + [layout.rejects.name]


def _prepare(config: RunConfig, layout: DatasetLayout, fresh: bool, grammar: Grammar) -> tuple[Checkpoint, dict]:
    """Load the checkpoint (or start one); leave the files exactly as the checkpoint says.
    Also return each file's running digest at its end, for the writer to go on from."""
    names = _file_names(config, layout)
    if fresh:  # the run's files, and what validating them wrote
        paths = [layout.folder / name for name in names]
        checked = [layout.folder / CHECKS_FILE, layout.folder / MISMATCHES_FILE]
        for path in paths + [layout.state, layout.stats, layout.quarantine, layout.ptx, layout.ptx_partial, layout.progress, *checked]:
            path.unlink(missing_ok=True)
    identity = config.identity(grammar.digest)
    checkpoint = Checkpoint.load(layout)
    if checkpoint is None:
        leftovers = [name for name in names if (layout.folder / name).exists()]
        if leftovers:
            raise SynthError(
                f"{layout.folder} already has {', '.join(leftovers)} but no checkpoint of the run that wrote them",
                hint="pass --fresh to replace them, or choose another --out",
                usage=True,
            )
        checkpoint = Checkpoint(identity)
        checkpoint.save(layout)  # from here on, whatever is written is covered by a checkpoint
    elif checkpoint.identity != identity:
        changed = ", ".join(
            f"{key} {checkpoint.identity.get(key)!r} (now {identity.get(key)!r})"
            for key in identity | checkpoint.identity
            if checkpoint.identity.get(key) != identity.get(key)
        )
        raise SynthError(
            f"{layout.folder} holds a run made with {changed}",
            hint="rerun with the same arguments and templates to resume it, or pass --fresh to start over",
            usage=True,
        )
    finish_quarantine(layout, checkpoint)  # a validation cut short while it moved records
    return checkpoint, checkpoint.check_files(layout, names)


# The checkpoint is saved after the first batch, then after the first batch that ends this many
# seconds after the last save: a kill loses at most that much work, and a run of ~1000 batches
# saves ~100 times instead of ~1000 (each a file replaced: milliseconds on a busy disk).
CHECKPOINT_SECONDS = 0.5

# A run that draws this many kernels in a row without a new one has exhausted its grammar.
STALL_DRAWS = 20000


def _batches(config: RunConfig, start: int, novelty: NoveltyFilter | None, backend: Backend) -> Iterator[list[Built | Rejected | Skipped]]:
    """Batches in index order, from ``start`` on, computed by the backend's workers, as many at a time.

    With a novelty filter, workers first fingerprint a batch's kernels (sample and render); the
    filter judges them in index order, and only the new ones are built. Always in worker
    processes, a pool of one included: only a process started with the fixed hash seed makes
    Warp's code the same bytes every time (``synth.generate.backends``)."""
    size = config.batch_size
    drafts: deque = deque()
    builds: deque = deque()
    index = start
    unkept = 0
    while True:
        while len(drafts) < 2 * backend.workers:
            indices = range(index, index + size)
            drafts.append((indices, backend.submit(fingerprint_batch, config.seed, indices) if novelty else None))
            index += size
        indices, fingerprints = drafts.popleft()
        skipped, keep = [], {}
        if novelty is not None:
            found = fingerprints.get()
            verdicts = [novelty.judge(f) for f in found]
            skipped = [Skipped(i, verdict.reason) for i, verdict in zip(indices, verdicts) if verdict.reason is not None]
            keep = {i: verdict.keep for i, verdict in zip(indices, verdicts) if verdict.reason is None}
            indices = list(keep)
            unkept = unkept + size if not indices else 0
            if unkept >= STALL_DRAWS:
                raise SynthError(
                    f"the last {unkept} kernels drawn were all like kernels already kept: the grammar has no new ones left",
                    hint="add templates or variety to them, lower --target-mb, or pass --no-dedup",
                )
        builds.append((skipped, backend.submit(build_batch, config.seed, list(indices), keep)))
        if len(builds) > backend.workers:
            skipped, built = builds.popleft()
            yield sorted([*skipped, *built.get()], key=lambda item: item.index)


class _Writer:
    """The run's open files: appends kernels in index order and knows where each file ends."""

    def __init__(
        self, config: RunConfig, layout: DatasetLayout, checkpoint: Checkpoint, digests: dict, measures: RunMeasures, real: RealCode | None,
    ):
        self.layout = layout
        self.real = real  # the real set's forward code, which no kernel's may come near (None: not built)
        self.measures = measures
        self.names = {(device, split): layout.code(device, split).name for device in config.devices for split in SPLITS}
        self.rejects = layout.rejects.name
        self.handles = {name: open(layout.folder / name, "ab") for name in _file_names(config, layout)}
        self.digests = digests  # file name -> SHA-256 of all its bytes so far, kept rolling
        self.seen = {r["id"] for path in layout.device_files(config.devices[0]) for r in read_records(path)} | set(checkpoint.quarantined)
        self.written_preambles: set[str] = set()

    def write(self, item: Built | Rejected | Skipped, tally: Tally) -> None:
        if isinstance(item, Skipped):
            tally.skipped[item.reason] += 1
            return
        if isinstance(item, Rejected):
            record = {"index": item.index, "seed": item.seed, "reason": item.reason, "error": item.error}
            self._append(self.rejects, orjson.dumps({**record, "python_source": item.source}) + b"\n")
            tally.add(item)
            return
        if item.id in self.seen:  # the same Python source twice: keep the first
            tally.kernels_tried += 1
            tally.duplicates += 1
            return
        if self.real is None:
            tally.code_unchecked += 1
        else:
            device, line = next(iter(item.lines.items()))
            record = orjson.loads(line)
            near = next((kernel["name"] for kernel in record["kernels"] if self.real.judge(record["code"][slice(*kernel["sections"]["forward"])])), None)
            if near is not None:  # a reject, so a resumed run's novelty filter knows it was drawn
                why = f"the {device} forward code of its kernel {near} has 5-gram Jaccard >= {NEAR_REAL} with a kernel of the real set (synth real)"
                self.write(Rejected(item.index, record["seed"], NEAR_REAL_CODE, why, item.source, item.productions, item.seconds), tally)
                return
        self.seen.add(item.id)
        for name, text in item.preambles.values():
            if name not in self.written_preambles:
                replace_file(self.layout.preamble(name), text)
                self.written_preambles.add(name)
        for device, line in item.lines.items():
            self._append(self.names[device, item.split], line)
        self.measures.add(item.measures, item.source)
        tally.add(item)

    def _append(self, name: str, line: bytes) -> None:
        self.handles[name].write(line)
        self.digests[name].update(line)

    def ends(self) -> dict[str, dict]:
        """Each file's end after a flush: its size and the digest of everything in it."""
        for handle in self.handles.values():
            handle.flush()
        return {name: {"bytes": handle.tell(), "sha256": self.digests[name].hexdigest()} for name, handle in self.handles.items()}

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()


def run(config: RunConfig, *, fresh: bool = False, on_progress: Callable[[Progress], None] | None = None, grammar: Grammar | None = None) -> dict:
    """Run (or resume) the main job; return the stats written to dataset_stats.json. ``grammar``:
    the one read from ``config.grammar_source()``, if the caller has read it already."""
    # A broken template header or weights file (or a backend that can't run) fails here, once,
    # before workers start; the workers start while every template is checked, and a broken one
    # stops them before any file is touched.
    grammar = grammar or config.grammar_source().load()  # read once here; each worker reads its source once
    if grammar.source != config.grammar_source():
        raise ValueError(f"the grammar given was read from {grammar.source}, not from the run's {config.grammar_source()}")
    check_backend(config.backend, config.address)
    worker_args = (config.devices, grammar.source, config.splits, config.mathdx)
    with open_backend(config.backend, config.workers, worker_args, config.address) as backend:
        Renderer(grammar).check_all()
        layout = DatasetLayout(config.out)
        refuse_other_kind(config.out, "run")  # an export's or a samples folder stays what it is
        try:
            config.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SynthError(f"can't write to output folder {config.out}: {error.strerror}", usage=True) from None
        with folder_lock(config.out, "synth run"):
            checkpoint, digests = _prepare(config, layout, fresh, grammar)
            try:
                if checkpoint.done:
                    return _finished(config, layout, checkpoint, grammar)
                return _generate(config, layout, checkpoint, digests, backend, on_progress, grammar)
            except OSError as error:
                raise SynthError(f"can't write to {config.out}: {error.strerror}", hint=FREE_SPACE_HINT) from None


def _generate(config: RunConfig, layout: DatasetLayout, checkpoint: Checkpoint, digests: dict, backend: Backend, on_progress, grammar: Grammar) -> dict:
    tally = Tally.from_state(checkpoint.tally) if checkpoint.tally else Tally(config.devices)
    target = int(config.target_mb * 1e6)
    real = real_kernels()  # Warp's examples and tests parsed here, before the measures' thread reads them too
    measures = RunMeasures.of_files(_code_paths(config, layout), grammar.family_operations()) if checkpoint.next_index else RunMeasures()
    writer = _Writer(config, layout, checkpoint, digests, measures, real_code(layout, config.devices[0]))
    started = time.perf_counter()
    elapsed_before = checkpoint.elapsed
    done = False
    # what the kept kernels were, built and refused, rebuilt on resume; with --no-dedup only the real kernels are checked
    novelty = NoveltyFilter.of(_sources(layout, config), real, config.dedup)
    batches = _batches(config, checkpoint.next_index, novelty, backend)
    saved_at = -CHECKPOINT_SECONDS  # the first batch is saved at once
    try:
        for batch in batches:
            for item in batch:
                writer.write(item, tally)
                checkpoint.next_index = item.index + 1
                if all(tally.split_bytes[f"{d}/train"] >= target for d in config.devices):
                    done = True
                    break
            now = time.perf_counter()
            if done or now - saved_at >= CHECKPOINT_SECONDS:
                checkpoint.files = writer.ends()
                checkpoint.tally = tally.to_state()
                checkpoint.elapsed = elapsed_before + now - started
                if done:
                    break
                checkpoint.save(layout)
                saved_at = now
            if on_progress:
                train = {d: tally.split_bytes[f"{d}/train"] for d in config.devices}  # what the target is measured on
                on_progress(Progress(train, target, tally.kernels, elapsed_before + now - started))
    finally:
        batches.close()
        writer.close()
    stats = _finish(config, layout, tally, checkpoint, measures, grammar, novelty)
    checkpoint.done = True
    checkpoint.save(layout)
    return stats


def _finished(config: RunConfig, layout: DatasetLayout, checkpoint: Checkpoint, grammar: Grammar) -> dict:
    """The stats of a finished run asked again: as written, or rebuilt where they can be."""
    try:
        stats = orjson.loads(layout.stats.read_bytes())
    except (OSError, ValueError):
        if checkpoint.quarantined:  # the checkpoint's counts include records validation removed since
            raise SynthError(f"can't read {layout.stats} of the finished run", hint="pass --fresh to start the run over") from None
        measures = RunMeasures.of_files(_code_paths(config, layout), grammar.family_operations())
        return _finish(config, layout, Tally.from_state(checkpoint.tally), checkpoint, measures, grammar)
    if any(info["bytes"] != sum(path.stat().st_size for path in layout.device_files(device)) for device, info in stats["devices"].items()):
        stats = refresh_stats(layout, stats, {})  # a validation stopped before it refreshed them
        write_stats(layout, stats)
    if not FILE_FIGURES <= set(stats["lengths"]):  # written by a version that did not measure them yet
        stats["lengths"] |= measured_from_files(_code_paths(config, layout))
        write_stats(layout, stats)
    return stats


def _sources(layout: DatasetLayout, config: RunConfig) -> Iterator[str]:
    """The Python source of every kernel the run wrote, built and refused."""
    for path in [*layout.device_files(config.devices[0]), layout.rejects]:
        for record in read_records(path, "record" if path != layout.rejects else "reject"):
            yield record["python_source"]


def real_code_figure(layout: DatasetLayout, device: str) -> str | None:
    real = layout.real
    if not real.holds(REAL_SPLIT, (device,)):
        return None
    return f"the {device} forward code of the {count_lines(real.code(device, REAL_SPLIT))} kernels of the real set ({REAL_FOLDER}/, synth real)"


def contamination_figures(tally: Tally, novelty: NoveltyFilter, layout: DatasetLayout, devices: tuple[str, ...]) -> dict:
    """The stats' ``contamination``: the real set, the rule, the kernels it refused, and the written
    kernels it flags (each judged when kept; a resumed run judges again what it finds written);
    and for the generated code, what it was judged against and the kernels written unjudged."""
    real = novelty.real
    return {
        "against": f"every @wp.kernel and @wp.func of warp-lang {warp_version()}'s examples and tests",
        "real_functions": real.functions,
        "real_kernels": real.near.size,
        "shared_chars": SHARED_CHARS,
        "near_jaccard": NEAR_REAL,
        "refused": {reason: tally.skipped.get(reason, 0) for reason in REASONS} | {NEAR_REAL_CODE: tally.rejects.get(NEAR_REAL_CODE, 0)},
        "rows": sum(novelty.kept_contaminated.values()),
        "code_against": real_code_figure(layout, devices[0]),
        "code_unchecked_rows": tally.code_unchecked,
    }


def split_figures(grammar: Grammar, ratios: tuple[float, float, float], tally: Tally) -> dict:
    """The stats' ``splits``: how templates were placed, records per split and per family, the
    held-out templates, and the families of ``STRATIFIED_FROM`` templates or more that lack one."""
    splits = template_splits(grammar, ratios)
    pinned = pinned_splits(grammar)
    members: dict[str, list[str]] = {}
    for production in grammar.of_kind("kernel"):
        members.setdefault(production.family, []).append(production.name)
    unstratified = sorted(
        family for family, names in members.items()
        if len(names) >= STRATIFIED_FROM and not all(any(splits[n] == split for n in names) for split in HELD_OUT)
    )  # fmt: skip
    return {
        "by": f"kernel template: every kernel of a template is in one split, pinned in the grammar's {PINNED_FILE}, else by a hash of its name",
        "ratios": dict(zip(SPLITS, ratios)),
        "templates_pinned": sum(name in pinned for name in splits),
        "templates_hashed": sum(name not in pinned for name in splits),
        "template_counts": {split: sum(s == split for s in splits.values()) for split in SPLITS},
        "records": {split: tally.splits.get(split, 0) for split in SPLITS},
        "kernels": {split: tally.split_kernels.get(split, 0) for split in SPLITS},
        "records_by_family": {
            family: {split: tally.split_families.get(f"{split}/{family}", 0) for split in SPLITS} for family in sorted(members)
        },
        "stratified_from": STRATIFIED_FROM,
        "families_without_held_out": unstratified,
        "templates": {split: sorted(name for name, s in splits.items() if s == split) for split in HELD_OUT},
    }


# The stats' figures measured from a finished run's files (the first kernels of each), not by the workers.
FILE_FIGURES = {"learnable", "code_shape", "kernel_rows"}


def _code_paths(config: RunConfig, layout: DatasetLayout) -> dict[str, list[Path]]:
    return {device: layout.device_files(device) for device in config.devices}


def _finish(
    config: RunConfig, layout: DatasetLayout, tally: Tally, checkpoint: Checkpoint, measures: RunMeasures, grammar: Grammar,
    novelty: NoveltyFilter | None = None,
) -> dict:
    """The stats of a run's files; ``novelty``: the filter that judged its kernels (None when
    rebuilding a finished run's stats: its contamination figures are then those of its files)."""
    elapsed = checkpoint.elapsed
    run_info = {
        **checkpoint.identity,
        "workers": config.workers,
        "backend": config.backend,
        "command": "synth run",
        "out": str(config.out),
        # where the grammar was read from (its digest is grammar_sha256): a later runtime check
        # draws the kernels' derivations again from it
        "templates": str(grammar.source.root) if grammar.source.root else None,
        "weights_file": str(grammar.source.weights_file) if grammar.source.weights_file else None,
        "next_index": checkpoint.next_index,
        "wall_seconds": round(elapsed, 2),
        "kernels_per_second": round(tally.kernels / elapsed, 2) if elapsed else None,
        "mb_per_second": {d: round(tally.bytes.get(d, 0) / 1e6 / elapsed, 3) for d in config.devices}
        if elapsed
        else None,
    }
    stats = summary(
        tally, run=run_info, all_builtins=warp_builtin_names(), all_productions=list(grammar.productions),
        all_alternatives=grammar.alternatives(),
    )  # fmt: skip
    stats["devices"] = device_files(layout, list(config.devices))
    stats["splits"] = split_figures(grammar, config.splits, tally)
    novelty = novelty or NoveltyFilter.of(_sources(layout, config), real_kernels(), config.dedup)
    stats["contamination"] = contamination_figures(tally, novelty, layout, config.devices)
    measured = measures.stats()
    stats["lengths"] = measured["lengths"] | measured_from_files(_code_paths(config, layout))
    stats["preambles"] = [path.name for path in layout.preambles()]
    stats["diversity"] = measured["diversity"]
    stats["realism"] = measured["realism"]
    write_stats(layout, stats)
    return stats
