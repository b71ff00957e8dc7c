"""What a task's predictions are scored against: for each kernel of the chosen splits, Warp's
exact target and what a compiler needs around a predicted one."""

from __future__ import annotations

from dataclasses import dataclass

from warp_synth.extract import DEVICES
from warp_synth.synth.dataset.hub import HubLayout
from warp_synth.synth.dataset.layout import DatasetLayout
from warp_synth.synth.dataset.tasks import Task, difficulty


Dataset = DatasetLayout | HubLayout  # a run's folder, or an export of one: both give ``pairs`` and ``preamble``


@dataclass(frozen=True)
class Reference:
    id: str
    family: str
    template: str
    split: str
    difficulty: str
    python_source: str
    target: str  # Warp's exact output, the task's completion
    symbol: str  # the kernel's mangled name on the target device (``<name>_<module hash>``)
    preamble: str  # the file name of the target device's preamble (``DatasetLayout.preamble``)
    around: tuple[str, str]  # the target device's code before and after the target


def task_devices(task: Task) -> tuple[str, ...]:
    """The devices whose records a task's references read: the target's, and the CPU's (a
    kernel's difficulty is measured on its CPU code)."""
    return tuple(device for device in DEVICES if device in ("cpu", task.device))


def references(layout: Dataset, task: Task, splits: tuple[str, ...], label: str | None = None) -> list[Reference]:
    """The task's references for every kernel of ``splits`` it applies to, in file order, under their split's
    name (or ``label``: the real set's kernels, whose split is test, are reported as real)."""
    return [
        Reference(
            row["id"], row["family"], row["template"], label or row["split"], difficulty(row), row["python_source"], task.target(row),
            row[f"{task.device}_symbol"], row[f"{task.device}_preamble"], task.around(row),
        )
        for row in filter(task.applies, layout.pairs(task_devices(task), splits))
    ]  # fmt: skip
