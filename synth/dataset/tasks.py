"""Task views of a run (``synth export --task``): one config per translation a model is trained on (issue 21).

Each row is one module's prompt and completion (one kernel's, for a task on a part of a kernel), the same two as chat ``messages``, the exact
completion beside its normalised view (``synth.dataset.views.normalised``: no source-echo
comments, no module hash, no CPU entry points), and a ``difficulty`` bucket. A task's prompt is
one template (``Task.prompt``, documented in the card), filled with the kernel's source side:

* ``python_to_cpu``, ``python_to_cuda``: the Python module -> the device's generated code,
  forward and adjoint (everything after Warp's preamble);
* ``forward_to_adjoint``: a CPU forward kernel -> its adjoint (the kernel's ``backward`` section),
  a row per kernel, its ``id`` the module's and the kernel's name (``<id>/<name>``);
* ``cpu_to_cuda``, ``cuda_to_cpu``: one device's code (normalised view) -> the other's.

``difficulty`` is the module's, the same in every task: ``easy``, ``medium`` or ``hard`` by the
tokens of its CPU code (``DIFFICULTY_TOKENS``), one step harder for a loop or tile operations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from warp_synth.extract import DEVICES, kernel_views
from warp_synth.synth.dataset.views import no_echo, normalised, unhashed

DIFFICULTIES = ("easy", "medium", "hard")
DIFFICULTY_TOKENS = (2500, 6000)  # CPU code tokens below which a kernel is easy, then medium
HARDER_FEATURES = ("loop", "while_loop", "nested_loop", "tiles")  # each of a kernel's features (template features) that makes it one step harder
TASK_SCHEMA: dict[str, str] = {
    "id": "string", "family": "string", "template": "string", "split": "string", "task": "string", "difficulty": "string",
    "prompt": "string", "completion": "string", "completion_normalised": "string", "messages": "messages",
}  # fmt: skip


def _code(row: dict, device: str) -> tuple[str, dict, list[dict]]:
    return row[f"{device}_code"], row[f"{device}_sections"], row[f"{device}_kernels"]


def _section(row: dict, device: str, name: str) -> str:
    """A part of the row's only kernel (a kernel row: ``kernel_rows``)."""
    code, _, (kernel,) = _code(row, device)
    return code[slice(*kernel["sections"][name])]


def kernel_rows(row: dict) -> list[dict]:
    """Each kernel of a pairs row as a pairs row of one kernel (``extract.kernel_views`` for each
    device the row has), its ``id`` the module's and the kernel's name."""
    devices = tuple(device for device in DEVICES if f"{device}_code" in row)
    views = {device: kernel_views({name: row[f"{device}_{name}"] for name in ("code", "sections", "kernels")}) for device in devices}
    rows = []
    for index, kernel in enumerate(row[f"{devices[0]}_kernels"]):
        one = {**row, "id": f"{row['id']}/{kernel['name']}", "template": kernel["template"], "family": kernel["family"]}
        one.update({f"{device}_{name}": views[device][index][name] for device in devices for name in ("code", "sections", "kernels")})
        rows.append(one)
    return rows


@dataclass(frozen=True)
class Task:
    name: str
    prompt: str  # filled with ``source``: str.format(source=..., warp_version=...)
    source: Callable[[dict], str]
    device: str  # the target's device
    section: str | None = None  # the target is this part of each kernel's code, a row per kernel; None: all of the module's

    def rows(self, row: dict) -> list[dict]:
        """The rows of the task a pairs row gives: itself, or (for a part of a kernel) one per kernel
        that has the part (a kernel without an adjoint, as with ``enable_backward=False``, has nothing to write)."""
        if self.section is None:
            return [row]
        return [kernel for kernel in kernel_rows(row) if self.target(kernel)]

    def target(self, row: dict) -> str:
        """Warp's exact output for the row: what a model is asked to write."""
        return row[f"{self.device}_code"] if self.section is None else _section(row, self.device, self.section)

    def target_normalised(self, row: dict) -> str:
        if self.section is None:
            return normalised(*_code(row, self.device))
        return unhashed(no_echo(_section(row, self.device, self.section)), row[f"{self.device}_kernels"])

    def around(self, row: dict) -> tuple[str, str]:
        """The device's code before and after the target: a predicted target between them is
        what a compiler checks (a section needs the code around it)."""
        if self.section is None:
            return "", ""
        code, _, (kernel,) = _code(row, self.device)
        start, end = kernel["sections"][self.section]
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
    """A module's difficulty bucket (the module docstring)."""
    tokens = row["cpu_tokens"]["code"]
    level = sum(tokens >= bound for bound in DIFFICULTY_TOKENS) + sum(feature in row["features"] for feature in HARDER_FEATURES)
    return DIFFICULTIES[min(level, len(DIFFICULTIES) - 1)]


def task_rows(task: Task, pairs: Iterator[dict]) -> Iterator[dict]:
    """The task's rows, from each module of ``pairs`` (``DatasetLayout.pairs``): ``Task.rows``."""
    for row in (one for module in pairs for one in task.rows(module)):
        prompt = task.prompt.format(source=task.source(row), warp_version=row["warp_version"])
        completion = task.target(row)
        yield {
            "id": row["id"], "family": row["family"], "template": row["template"], "split": row["split"], "task": task.name,
            "difficulty": difficulty(row), "prompt": prompt, "completion": completion, "completion_normalised": task.target_normalised(row),
            "messages": [{"role": "user", "content": prompt}, {"role": "assistant", "content": completion}],
        }  # fmt: skip

