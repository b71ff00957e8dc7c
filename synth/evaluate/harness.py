"""``synth eval``: one task's predictions (a file, or a baseline's) scored on chosen splits of a
dataset folder."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from warp_synth.extract.launch import DEFAULT_ARCH
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.hub import HubLayout, is_export
from warp_synth.synth.dataset.layout import REAL_FOLDER, DatasetLayout
from warp_synth.synth.dataset.lock import folder_lock
from warp_synth.synth.dataset.ownership import refuse_inside
from warp_synth.synth.dataset.stats_file import read_stats, write_stats
from warp_synth.synth.dataset.schema import REAL_SPLIT
from warp_synth.synth.dataset.tasks import TASKS, Task
from warp_synth.synth.evaluate import REAL
from warp_synth.synth.evaluate.baselines import Retrieval, TrainingIndex, module_of, reference_predictions, retrieval_predictions
from warp_synth.synth.evaluate.predictions import read_predictions, write_predictions
from warp_synth.synth.evaluate.references import Dataset, references, task_devices
from warp_synth.synth.evaluate.score import score, summary

CORES = os.cpu_count() or 1


def evaluate(
    dataset: Path, task: str, splits: tuple[str, ...], predictions: Path | None = None, baseline: str | None = None,
    keep: Path | None = None, arch: int = DEFAULT_ARCH, say: Callable[[str], None] = lambda message: None, workers: int = CORES,
) -> dict:
    """The summary (``score.summary``) of ``predictions``, or of ``baseline``'s predictions
    (written to ``keep`` if given), for ``task`` on ``splits`` of ``dataset``: a run's folder, or
    an export of one (``synth export``, as downloaded from the hub), compiling on up to
    ``workers`` processes. ``say`` hears what is about to happen, for a person to read."""
    if keep is not None:
        if keep.exists():
            raise SynthError(f"{keep} exists, and is not ours to replace", hint="name a new file for the predictions", usage=True)
        refuse_inside(keep, dataset, "--write-predictions", "predictions.jsonl")
    if baseline == "retrieval" and "train" in splits:
        raise SynthError("the retrieval baseline searches the train split: on it, each kernel finds itself", hint="score it on validation or test", usage=True)
    layout = HubLayout(dataset) if is_export(dataset) else DatasetLayout(dataset)
    chosen = TASKS[task]
    scored_layout, scored_splits = _scored(layout, dataset, chosen, splits)
    scored_on = references(scored_layout, chosen, scored_splits, REAL if REAL in splits else None)
    if not scored_on:
        raise SynthError(f"no kernel of the {'/'.join(splits)} split of {dataset} has a {task} target", hint="score another split or task", usage=True)
    if predictions is not None:
        predicted = read_predictions(predictions, (r.id for r in scored_on), f"the {'/'.join(splits)} split of {dataset}", task)
    elif baseline == "reference":
        predicted = reference_predictions(scored_on)
    else:
        index = TrainingIndex(layout)
        if not index.ids:
            raise SynthError(f"the retrieval baseline searches the train split, and {dataset} holds none", hint="score it on a run with a train split", usage=True)
        predicted = retrieval_predictions(index, chosen, scored_on)
    if keep is not None:
        write_predictions(keep, predicted)
    say(f"scoring {len(predicted)} predictions of {len(scored_on)} kernels: each through the {chosen.device} compiler's front end ...")
    figures = summary(score(scored_layout, chosen, scored_on, predicted, arch, workers))
    return {"task": task, "splits": list(splits), "predictions": str(predictions) if predictions else f"baseline: {baseline}", **figures}


def _scored(layout: Dataset, dataset: Path, task: Task, splits: tuple[str, ...]) -> tuple[Dataset, tuple[str, ...]]:
    """Where the kernels of ``splits`` are read from (the real set is a folder, or config, of its
    own), and their splits there; a split the dataset lacks is refused."""
    if REAL in splits:
        if len(splits) > 1:
            raise SynthError("the real set is scored on its own: its kernels are Warp's, not drawn from the grammar", hint="--split real alone", usage=True)
        if not layout.real.holds(REAL_SPLIT, task_devices(task)):
            where = f"{dataset}'s real config" if isinstance(layout, HubLayout) else f"{dataset / REAL_FOLDER}"
            raise SynthError(f"{where} holds no real set", hint=f"build it with `synth real --dataset {dataset}`, then export again if scoring an export", usage=True)
        return layout.real, (REAL_SPLIT,)
    missing = [split for split in splits if not layout.holds(split, task_devices(task))]
    if missing:
        devices = " and ".join(task_devices(task))
        if isinstance(layout, HubLayout):
            raise SynthError(f"{dataset}'s pairs config holds no {missing[0]} rows", hint="score a split it holds; an export has a pairs config when its run has both devices", usage=True)
        raise SynthError(f"{dataset} holds no {missing[0]} records of {devices}", hint="score a split the run wrote, or run `synth run` first", usage=True)
    return layout, splits


BASELINE_SAMPLE = 500  # kernels of the test split, and of the real set, the run scores the retrieval baseline on, every task


def _retrieval_figures(index: TrainingIndex, scored_layout: Dataset, split: str, label: str, sample: int, arch: int, workers: int) -> dict:
    """The retrieval baseline, every task, on the ``sample`` kernels of ``split`` with the smallest
    ids: a uniform draw that depends on nothing else (``synth eval --baseline retrieval`` scores
    them all). Tasks with the same target (``python_to_cuda`` and ``cpu_to_cuda``) are given the
    same predictions, so are scored once."""
    by_target: dict[tuple, list[str]] = {}
    for name, task in TASKS.items():
        by_target.setdefault((task.device, task.section), []).append(name)
    everyone = references(scored_layout, TASKS[next(iter(TASKS))], (split,), label)
    chosen = set(sorted(reference.id for reference in everyone)[:sample])  # module ids: the first task's rows are modules
    retrieval = Retrieval(index, {r.id: r.python_source for r in everyone if r.id in chosen})
    tasks = {}
    for names in by_target.values():
        task = TASKS[names[0]]
        scored_on = [reference for reference in references(scored_layout, task, (split,), label) if module_of(reference.id) in chosen]
        if scored_on:
            figures = summary(score(scored_layout, task, scored_on, retrieval.predictions(task, scored_on), arch, workers))
            tasks |= dict.fromkeys(names, {"all": figures["all"], "family": figures["family"]})
    return {
        "baseline": "retrieval", "split": label, f"{label}_kernels": len(everyone), "scored": len(chosen),
        "sample": f"the {sample} {label} modules with the smallest ids", "training_kernels": len(index.ids),
        "tasks": {name: tasks[name] for name in TASKS if name in tasks},
    }  # fmt: skip


def real_digest(layout: DatasetLayout) -> str:
    """What identifies a real set: the SHA-256 of its records, both devices."""
    hashed = hashlib.sha256()
    for path in layout.split_files(REAL_SPLIT):
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                hashed.update(block)
    return hashed.hexdigest()


def baseline_outdated(dataset: Path, stats: dict) -> bool:
    """Whether the run's stats lack the retrieval baseline's figures, on the test split or on the
    real set beside it (or have them for a real set since rebuilt or removed)."""
    real = DatasetLayout(dataset).real
    recorded = stats.get("evaluation", {}).get("real", {}).get("digest")
    present = real_digest(real) if real.holds(REAL_SPLIT) else None
    return "evaluation" not in stats or recorded != present


def record_baseline(dataset: Path, sample: int = BASELINE_SAMPLE, arch: int = DEFAULT_ARCH, workers: int = CORES) -> dict:
    """The run's stats with the retrieval baseline's figures as their ``evaluation`` (on the test
    split; under ``real``, on the real set beside the run, if built), scoring only what is
    missing or outdated, written back (with the card)."""
    layout = DatasetLayout(dataset)
    with folder_lock(layout.folder, "synth run"):
        stats = read_stats(layout.stats)
        started = time.perf_counter()
        index = TrainingIndex(layout)
        evaluation = stats.get("evaluation") or _retrieval_figures(index, layout, "test", "test", sample, arch, workers)
        recorded = evaluation.pop("real", {})
        if layout.real.holds(REAL_SPLIT):
            digest = real_digest(layout.real)
            evaluation["real"] = recorded if recorded.get("digest") == digest else {
                **_retrieval_figures(index, layout.real, REAL_SPLIT, REAL, sample, arch, workers), "digest": digest,
            }  # fmt: skip
        evaluation["seconds"] = round(time.perf_counter() - started, 2)  # what this scoring took
        stats["evaluation"] = evaluation
        write_stats(layout, stats)
    return stats
