"""Scores a task's predictions against its references, kernel by kernel, and sums them up per
split, family and difficulty.

``compiles``: the prediction, between the code around the target (``Reference.around``) and after
Warp's preamble, passes the target device's front end (``extract.syntax``: the syntax level
``synth validate`` checks records at), once ``synth.evaluate.admission`` has admitted it. The other metrics are
``synth.evaluate.metrics``'. A kernel without a prediction scores 0 on every metric.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from warp_synth.extract.native import translation_unit
from warp_synth.extract.syntax import SyntaxChecker
from warp_synth.synth.dataset.splits import SPLITS
from warp_synth.synth.dataset.tasks import DIFFICULTIES, Task
from warp_synth.synth.evaluate.admission import REFUSALS, refusal
from warp_synth.synth.evaluate.metrics import METRICS, text_scores
from warp_synth.synth.evaluate.references import Dataset, Reference

GROUPINGS = {"split": SPLITS, "family": (), "difficulty": DIFFICULTIES}  # each grouping's order (none: by name)


@dataclass(frozen=True)
class Scored:
    reference: Reference
    predicted: bool
    scores: dict[str, float]  # every one of METRICS
    refused: str | None = None  # why the prediction was not compiled (``admission.REFUSALS``)


# Predictions per translation unit. A unit that fails is checked prediction by prediction: a
# model's predictions often fail, and a unit can fail where none of its predictions alone does
# (two defining the same extern "C" CUDA kernel). So units stay small; NVRTC's cost more to start.
UNIT_SIZES = {"cpu": 8, "cuda": 32}


def _compiles(layout: Dataset, task: Task, arch: int, units: list[tuple[Reference, str]]) -> list[bool]:
    """Whether each prediction compiles in its place (``units``: reference and prediction, each
    admitted by ``admission.refusal``, so none reaches into another's)."""
    size = UNIT_SIZES[task.device]
    passed = [True] * len(units)
    by_preamble: dict[str, list[int]] = defaultdict(list)
    for position, (reference, _) in enumerate(units):
        by_preamble[reference.preamble].append(position)
    checker = SyntaxChecker(task.device, arch, reuse_headers=True)
    for name, positions in sorted(by_preamble.items()):
        preamble = layout.preamble(name).read_text(encoding="utf-8")
        for start in range(0, len(positions), size):
            batch = positions[start : start + size]
            codes = [units[p][0].around[0] + units[p][1] + units[p][0].around[1] for p in batch]
            if checker.compile(translation_unit("", codes), preamble) is None:
                continue
            for position, code in zip(batch, codes):
                passed[position] = len(batch) > 1 and checker.compile(translation_unit("", [code]), preamble) is None
    return passed


def score(layout: Dataset, task: Task, references: list[Reference], predictions: dict[str, str], arch: int) -> list[Scored]:
    """Each reference's scores, in the references' order."""
    refused = {r.id: refusal(predictions[r.id], r.target, r.symbol) for r in references if r.id in predictions}
    admitted = [(r, predictions[r.id]) for r in references if r.id in predictions and refused[r.id] is None]
    compiled = dict(zip((reference.id for reference, _ in admitted), _compiles(layout, task, arch, admitted)))
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
