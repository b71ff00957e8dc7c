"""``synth eval``: one task's predictions (a file, or a baseline's) scored on chosen splits of a
dataset folder."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from warp_synth.extract.launch import DEFAULT_ARCH
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.hub import HubLayout, is_export
from warp_synth.synth.dataset.layout import DatasetLayout
from warp_synth.synth.dataset.lock import folder_lock
from warp_synth.synth.dataset.ownership import refuse_inside
from warp_synth.synth.dataset.stats_file import read_stats, write_stats
from warp_synth.synth.dataset.tasks import TASKS
from warp_synth.synth.evaluate.baselines import Retrieval, TrainingIndex, reference_predictions, retrieval_predictions
from warp_synth.synth.evaluate.predictions import read_predictions, write_predictions
from warp_synth.synth.evaluate.references import references, task_devices
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
    missing = [split for split in splits if not layout.holds(split, task_devices(chosen))]
    if missing:
        devices = " and ".join(task_devices(chosen))
        if isinstance(layout, HubLayout):
            raise SynthError(f"{dataset}'s pairs config holds no {missing[0]} rows", hint="score a split it holds; an export has a pairs config when its run has both devices", usage=True)
        raise SynthError(f"{dataset} holds no {missing[0]} records of {devices}", hint="score a split the run wrote, or run `synth run` first", usage=True)
    scored_on = references(layout, chosen, splits)
    if predictions is not None:
        predicted = read_predictions(predictions, (r.id for r in scored_on), f"the {'/'.join(splits)} split of {dataset}", task)
    elif baseline == "reference":
        predicted = reference_predictions(scored_on)
    else:
        predicted = retrieval_predictions(TrainingIndex(layout), chosen, scored_on)
    if keep is not None:
        write_predictions(keep, predicted)
    say(f"scoring {len(predicted)} predictions of {len(scored_on)} kernels: each through the {chosen.device} compiler's front end ...")
    figures = summary(score(layout, chosen, scored_on, predicted, arch, workers))
    return {"task": task, "splits": list(splits), "predictions": str(predictions) if predictions else f"baseline: {baseline}", **figures}


BASELINE_SAMPLE = 500  # test kernels the run scores the retrieval baseline on, every task


def baseline_figures(dataset: Path, sample: int = BASELINE_SAMPLE, arch: int = DEFAULT_ARCH, workers: int = CORES) -> dict:
    """The retrieval baseline on the run's test split, every task (the stats' ``evaluation``):
    on the ``sample`` test kernels with the smallest ids, a uniform draw that depends on nothing
    else (``synth eval --baseline retrieval`` scores them all). Tasks with the same target
    (``python_to_cuda`` and ``cpu_to_cuda``) are given the same predictions, so are scored once."""
    started = time.perf_counter()
    layout = DatasetLayout(dataset)
    by_target: dict[tuple, list[str]] = {}
    for name, task in TASKS.items():
        by_target.setdefault((task.device, task.section), []).append(name)
    everyone = references(layout, TASKS[next(iter(TASKS))], ("test",))
    chosen = set(sorted(reference.id for reference in everyone)[:sample])
    index = TrainingIndex(layout)
    retrieval = Retrieval(index, {r.id: r.python_source for r in everyone if r.id in chosen})
    tasks = {}
    for names in by_target.values():
        task = TASKS[names[0]]
        scored_on = [reference for reference in references(layout, task, ("test",)) if reference.id in chosen]
        if scored_on:
            figures = summary(score(layout, task, scored_on, retrieval.predictions(task), arch, workers))
            tasks |= dict.fromkeys(names, {"all": figures["all"], "family": figures["family"]})
    return {
        "baseline": "retrieval", "split": "test", "test_kernels": len(everyone), "scored": len(chosen),
        "sample": f"the {sample} test kernels with the smallest ids", "training_kernels": len(index.ids),
        "tasks": {name: tasks[name] for name in TASKS if name in tasks}, "seconds": round(time.perf_counter() - started, 2),
    }  # fmt: skip


def record_baseline(dataset: Path, sample: int = BASELINE_SAMPLE, arch: int = DEFAULT_ARCH, workers: int = CORES) -> dict:
    """The run's stats with ``baseline_figures`` as their ``evaluation``, written back (with the card)."""
    layout = DatasetLayout(dataset)
    with folder_lock(layout.folder, "synth run"):
        stats = read_stats(layout.stats)
        stats["evaluation"] = baseline_figures(dataset, sample, arch, workers)
        write_stats(layout, stats)
    return stats
