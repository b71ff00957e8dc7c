"""What a task's predictions are scored against: for each row of the task in the chosen splits (a
module, or a kernel of one: ``Task.rows``), Warp's exact target and what a compiler needs around
a predicted one."""

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
    symbols: tuple[str, ...]  # its kernels' mangled names on the target device (``<name>_<module hash>``)
    preamble: str  # the file name of the target device's preamble (``DatasetLayout.preamble``)
    around: tuple[str, str]  # the target device's code before and after the target


def task_devices(task: Task) -> tuple[str, ...]:
    """The devices whose records a task's references read: the target's, and the CPU's (a
    kernel's difficulty is measured on its CPU code)."""
    return tuple(device for device in DEVICES if device in ("cpu", task.device))


def references(layout: Dataset, task: Task, splits: tuple[str, ...], label: str | None = None) -> list[Reference]:
    """The task's references for every row of ``splits`` it has, in file order, under their split's
    name (or ``label``: the real set's kernels, whose split is test, are reported as real)."""
    return [
        Reference(
            row["id"], row["family"], row["template"], label or row["split"], difficulty(row), row["python_source"], task.target(row),
            tuple(kernel["symbol"] for kernel in row[f"{task.device}_kernels"]), row[f"{task.device}_preamble"], task.around(row),
        )
        for module in layout.pairs(task_devices(task), splits)
        for row in task.rows(module)
    ]  # fmt: skip
