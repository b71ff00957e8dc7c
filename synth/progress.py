"""Rich progress bars: `synth run` (MB written per device, kernels/s, ETA) and native
compilation (records compiled, records/s, ETA). Silent when not attached to a terminal."""

from __future__ import annotations

import time

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from warp_synth.synth.run import Progress as RunProgress


class ProgressDisplay:
    """One bar per device; silent when not attached to a terminal."""

    def __init__(self, devices: tuple[str, ...], enabled: bool = True):
        self.devices = devices
        self.bar = Progress(
            TextColumn("{task.description:>5}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[mb]:>8.1f} MB  {task.fields[rate]:>6.0f} kernels/s"),
            TimeRemainingColumn(),
            disable=not enabled,
        )
        self.tasks = {}

    def __enter__(self) -> ProgressDisplay:
        self.bar.__enter__()
        self.tasks = {d: self.bar.add_task(d, total=None, mb=0.0, rate=0.0) for d in self.devices}
        return self

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)

    def update(self, progress: RunProgress) -> None:
        rate = progress.kernels / progress.elapsed if progress.elapsed else 0.0
        for device, task in self.tasks.items():
            written = progress.bytes.get(device, 0)
            self.bar.update(task, total=progress.target_bytes, completed=min(written, progress.target_bytes), mb=written / 1e6, rate=rate)


class CompileProgressDisplay:
    """One bar for `validate` and `run --verify`: records compiled of all, records/s, time left."""

    def __init__(self, enabled: bool = True):
        self.bar = Progress(
            TextColumn("compile"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>6.1f} records/s"),
            TimeRemainingColumn(),
            disable=not enabled,
        )
        self.task = None
        self.started = 0.0

    def __enter__(self) -> CompileProgressDisplay:
        self.bar.__enter__()
        self.task = self.bar.add_task("compile", total=None, rate=0.0)
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)

    def update(self, done: int, total: int) -> None:
        elapsed = time.perf_counter() - self.started
        self.bar.update(self.task, total=total, completed=done, rate=done / elapsed if elapsed else 0.0)
