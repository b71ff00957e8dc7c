"""Scores a task's predictions against its references, kernel by kernel, and sums them up per
split, family and difficulty.

``compiles``: the prediction, once ``synth.evaluate.admission`` has admitted it, placed between the
code around the target (``Reference.around``) after Warp's preamble, passes the target device's
front end in a unit of its own (``extract.syntax``: the syntax level ``synth validate`` checks
records at). The other metrics are ``synth.evaluate.metrics``'. A kernel without a prediction
scores 0 on every metric.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from warp_synth.extract.syntax import SyntaxChecker
from warp_synth.synth.dataset.splits import SPLITS
from warp_synth.synth.dataset.tasks import DIFFICULTIES, Task
from warp_synth.synth.evaluate import REAL
from warp_synth.synth.evaluate.admission import REFUSALS, refusal
from warp_synth.synth.evaluate.metrics import METRICS, text_scores
from warp_synth.synth.evaluate.references import Dataset, Reference

GROUPINGS = {"split": (*SPLITS, REAL), "family": (), "difficulty": DIFFICULTIES}  # each grouping's order (none: by name)


@dataclass(frozen=True)
class Scored:
    reference: Reference
    predicted: bool
    scores: dict[str, float]  # every one of METRICS
    refused: str | None = None  # why the prediction was not compiled (``admission.REFUSALS``)


_PER_WORKER = 32  # predictions a worker is worth starting for (a start imports the compilers: about a second)


def _compile_alone(device: str, arch: int, preambles: dict[str, str], units: list[tuple[str, str]]) -> list[bool]:
    """Whether each ``(code, preamble name)`` passes the device's front end, each in a unit of its own."""
    checker = SyntaxChecker(device, arch, reuse_headers=True)
    return [checker.compile(code, preambles[name]) is None for code, name in units]


def _compiles(layout: Dataset, task: Task, arch: int, units: list[tuple[Reference, str]], workers: int) -> list[bool]:
    """Whether each prediction compiles in its place (``units``: reference and prediction), each
    in a translation unit of its own: in a shared unit one prediction can define what another
    lacks (``::wp_record_0::x``), so none is judged beside another. Spread over up to ``workers``
    processes, in order."""
    jobs = [(reference.around[0] + prediction + reference.around[1], reference.preamble) for reference, prediction in units]
    preambles = {name: layout.preamble(name).read_text(encoding="utf-8") for name in sorted({name for _, name in jobs})}
    workers = max(1, min(workers, len(jobs) // _PER_WORKER))
    if workers == 1:
        return _compile_alone(task.device, arch, preambles, jobs)
    chunks = [jobs[start :: workers * 4] for start in range(workers * 4)]  # interleaved: big and small kernels alike
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        done = list(pool.map(_compile_alone, *zip(*((task.device, arch, preambles, chunk) for chunk in chunks))))
    passed = [False] * len(jobs)
    for start, results in enumerate(done):
        passed[start :: workers * 4] = results
    return passed


def score(layout: Dataset, task: Task, references: list[Reference], predictions: dict[str, str], arch: int, workers: int = 1) -> list[Scored]:
    """Each reference's scores, in the references' order."""
    refused = {r.id: refusal(predictions[r.id], r.target, r.symbols) for r in references if r.id in predictions}
    admitted = [(r, predictions[r.id]) for r in references if r.id in predictions and refused[r.id] is None]
    compiled = dict(zip((reference.id for reference, _ in admitted), _compiles(layout, task, arch, admitted, workers)))
    scored = []
    for reference in references:
        if reference.id not in predictions:
            scored.append(Scored(reference, False, dict.fromkeys(METRICS, 0.0)))
            continue
        compiles = float(compiled.get(reference.id, False))
        scored.append(Scored(reference, True, {"compiles": compiles, **text_scores(predictions[reference.id], reference.target)}, refused[reference.id]))
    return scored


def summary(scored: list[Scored]) -> dict:
    """Mean scores (percent, one decimal) over all kernels and per group of each of GROUPINGS."""

    def means(group: list[Scored]) -> dict:
        figures = {"kernels": len(group), "predicted": sum(s.predicted for s in group)}
        return figures | {metric: round(100 * sum(s.scores[metric] for s in group) / len(group), 1) if group else None for metric in METRICS}

    groups = {}
    for grouping in GROUPINGS:
        members: dict[str, list[Scored]] = defaultdict(list)
        for entry in scored:
            members[getattr(entry.reference, grouping)].append(entry)
        order = GROUPINGS[grouping]
        groups[grouping] = {name: means(members[name]) for name in sorted(members, key=lambda name: (order.index(name) if order else 0, name))}
    refusals = Counter(entry.refused for entry in scored if entry.refused)
    return {"all": means(scored), **groups, "not_compiled_because": {reason: refusals[reason] for reason in REFUSALS if refusals[reason]}}


def table(figures: dict) -> str:
    """The summary as a text table: all kernels, then each grouping's rows."""
    header = f"{'':28} {'kernels':>8} {'predicted':>9} " + " ".join(f"{metric:>12}" for metric in METRICS)
    lines = [header]

    def line(name: str, row: dict) -> str:
        return f"{name:28} {row['kernels']:>8} {row['predicted']:>9} " + " ".join(f"{row[metric]:>12.1f}" for metric in METRICS)

    lines.append(line("all", figures["all"]))
    for grouping in GROUPINGS:
        lines.append(f"by {grouping}:")
        lines += [line(f"  {name}", row) for name, row in figures[grouping].items()]
    if figures["not_compiled_because"]:
        lines.append("not compiled (synth.evaluate.admission): " + ", ".join(f"{reason} {n}" for reason, n in figures["not_compiled_because"].items()))
    return "\n".join(lines)
