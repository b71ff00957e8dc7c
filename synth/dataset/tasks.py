"""Task views of a run (``synth export --task``): one config per translation a model is trained on (issue 21).

Each row is one kernel's prompt and completion, the same two as chat ``messages``, the exact
completion beside its normalised view (``synth.dataset.views.normalised``: no source-echo
comments, no module hash, no CPU entry points), and a ``difficulty`` bucket. A task's prompt is
one template (``Task.prompt``, documented in the card), filled with the kernel's source side:

* ``python_to_cpu``, ``python_to_cuda``: the Python module -> the device's generated code,
  forward and adjoint (everything after Warp's preamble);
* ``forward_to_adjoint``: the CPU forward kernel -> its adjoint (the ``backward`` section);
* ``cpu_to_cuda``, ``cuda_to_cpu``: one device's code (normalised view) -> the other's.

``difficulty`` is the kernel's, the same in every task: ``easy``, ``medium`` or ``hard`` by the
tokens of its CPU code (``DIFFICULTY_TOKENS``), one step harder for a loop or tile operations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from warp_synth.synth.dataset.views import no_echo, normalised

DIFFICULTIES = ("easy", "medium", "hard")
DIFFICULTY_TOKENS = (2500, 6000)  # CPU code tokens below which a kernel is easy, then medium
HARDER_FEATURES = ("loop", "while_loop", "nested_loop", "tiles")  # each of a kernel's features (template features) that makes it one step harder
TASK_SCHEMA: dict[str, str] = {
    "id": "string", "family": "string", "template": "string", "split": "string", "task": "string", "difficulty": "string",
    "prompt": "string", "completion": "string", "completion_normalised": "string", "messages": "messages",
}  # fmt: skip


def _code(row: dict, device: str) -> tuple[str, dict, str]:
    return row[f"{device}_code"], row[f"{device}_sections"], row[f"{device}_symbol"]


def _section(row: dict, device: str, name: str) -> str:
    code, sections, _ = _code(row, device)
    start, end = sections[name]
    return code[start:end]


def _section_normalised(row: dict, device: str, name: str) -> str:
    code, sections, symbol = _code(row, device)
    return no_echo(_section(row, device, name), sections, symbol).replace(symbol, symbol.rpartition("_")[0])


@dataclass(frozen=True)
class Task:
    name: str
    prompt: str  # filled with ``source``: str.format(source=..., warp_version=...)
    source: Callable[[dict], str]
    device: str  # the target's device
    section: str | None = None  # the target is this section of the device's code; None: all of it

    def target(self, row: dict) -> str:
        """Warp's exact output for the kernel of ``row``: what a model is asked to write."""
        return row[f"{self.device}_code"] if self.section is None else _section(row, self.device, self.section)

    def applies(self, row: dict) -> bool:
        """Whether the kernel of ``row`` has a target: a section the kernel lacks (no adjoint, as
        with ``enable_backward=False``) is nothing to write, so no row of the task."""
        return self.section is None or bool(self.target(row))

    def target_normalised(self, row: dict) -> str:
        if self.section is None:
            return normalised(*_code(row, self.device))
        return _section_normalised(row, self.device, self.section)

    def around(self, row: dict) -> tuple[str, str]:
        """The device's code before and after the target: a predicted target between them is
        what a compiler checks (a section needs the code around it)."""
        if self.section is None:
            return "", ""
        code, sections, _ = _code(row, self.device)
        start, end = sections[self.section]
        return code[:start], code[end:]


def _translation(device: str, name: str) -> str:
    return (
        f"Write the {name} that NVIDIA Warp {{warp_version}} generates for this Python kernel module on the `{device}` "
        f"device: every function after Warp's preamble, forward and adjoint.\n\n```python\n{{source}}\n```\n"
    )


def _between(source: str, target: str, fence: str) -> str:
    return (
        f"Here is the {source} that NVIDIA Warp {{warp_version}} generated for a kernel module (source-echo comments and "
        f"module hash removed). Write the {target} Warp generates for the same module.\n\n```{fence}\n{{source}}\n```\n"
    )


TASKS = {
    task.name: task
    for task in (
        Task("python_to_cpu", _translation("cpu", "C++"), lambda r: r["python_source"], "cpu"),
        Task("python_to_cuda", _translation("cuda", "CUDA"), lambda r: r["python_source"], "cuda"),
        Task(
            "forward_to_adjoint",
            "Here is a forward kernel that NVIDIA Warp {warp_version} generated in C++ for the `cpu` device. Write its "
            "adjoint (backward) kernel, as Warp generates it.\n\n```cpp\n{source}\n```\n",
            lambda r: _section(r, "cpu", "forward"), "cpu", "backward",
        ),
        Task("cpu_to_cuda", _between("CPU C++", "CUDA", "cpp"), lambda r: normalised(*_code(r, "cpu")), "cuda"),
        Task("cuda_to_cpu", _between("CUDA", "CPU C++", "cuda"), lambda r: normalised(*_code(r, "cuda")), "cpu"),
    )
}  # fmt: skip


def difficulty(row: dict) -> str:
    """A kernel's difficulty bucket (the module docstring)."""
    tokens = row["cpu_tokens"]["code"]
    level = sum(tokens >= bound for bound in DIFFICULTY_TOKENS) + sum(feature in row["features"] for feature in HARDER_FEATURES)
    return DIFFICULTIES[min(level, len(DIFFICULTIES) - 1)]


def task_rows(task: Task, pairs: Iterator[dict]) -> Iterator[dict]:
    """The task's rows, one per kernel of ``pairs`` (``DatasetLayout.pairs``)."""
    for row in filter(task.applies, pairs):
        prompt = task.prompt.format(source=task.source(row), warp_version=row["warp_version"])
        completion = task.target(row)
        yield {
            "id": row["id"], "family": row["family"], "template": row["template"], "split": row["split"], "task": task.name,
            "difficulty": difficulty(row), "prompt": prompt, "completion": completion, "completion_normalised": task.target_normalised(row),
            "messages": [{"role": "user", "content": prompt}, {"role": "assistant", "content": completion}],
        }  # fmt: skip

