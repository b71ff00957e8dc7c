"""Progress of the long jobs on stderr: `synth run` (MB written per device, kernels/s) and native
compilation (records compiled, records/s). A terminal gets Rich bars; anything else (a log file,
CI, a pipe) gets one plain line every few seconds, so a 13-minute job is never silent."""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from warp_synth.synth.run.job import Progress as RunProgress

LINE_INTERVAL = 5.0  # seconds between two plain progress lines


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}m{seconds:02d}s"


class _Display:
    """A Rich bar on a terminal, else plain lines on stderr at most every ``interval`` seconds
    (the first update always gets one)."""

    def __init__(self, columns: list, terminal: bool | None, interval: float):
        self.terminal = sys.stderr.isatty() if terminal is None else terminal
        self.bar = Progress(*columns, console=Console(stderr=True), disable=not self.terminal)
        self.interval = interval
        self.last_line: float | None = None

    def __enter__(self):
        self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)

    def line(self, text: str) -> None:
        now = time.perf_counter()
        if self.last_line is None or now - self.last_line >= self.interval:
            print(text, file=sys.stderr, flush=True)
            self.last_line = now


class ProgressDisplay(_Display):
    """`synth run`: one bar per device, or lines like ``run: cpu 12.3 of 200.0 MB, ...``."""

    def __init__(self, devices: tuple[str, ...], terminal: bool | None = None, interval: float = LINE_INTERVAL):
        columns = [
            TextColumn("{task.description:>5}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[mb]:>8.1f} MB  {task.fields[rate]:>6.0f} kernels/s"),
            TimeRemainingColumn(),
        ]
        super().__init__(columns, terminal, interval)
        self.devices = devices
        self.tasks = {}

    def __enter__(self) -> ProgressDisplay:
        super().__enter__()
        self.tasks = {d: self.bar.add_task(d, total=None, mb=0.0, rate=0.0) for d in self.devices}
        return self

    def update(self, progress: RunProgress) -> None:
        rate = progress.kernels / progress.elapsed if progress.elapsed else 0.0
        for device, task in self.tasks.items():
            written = progress.bytes.get(device, 0)
            self.bar.update(task, total=progress.target_bytes, completed=min(written, progress.target_bytes), mb=written / 1e6, rate=rate)
        if not self.terminal:
            sizes = ", ".join(f"{d} {progress.bytes.get(d, 0) / 1e6:.1f} of {progress.target_bytes / 1e6:.1f} MB train" for d in self.devices)
            self.line(f"run: {sizes}; {rate:.0f} kernels/s; {_duration(progress.elapsed)} elapsed")


class CompileProgressDisplay(_Display):
    """`validate` and `run --verify`: one bar of records compiled, or lines like
    ``compile: 1200 of 7268 records; 9.4 records/s; about 10m45s left``."""

    def __init__(self, terminal: bool | None = None, interval: float = LINE_INTERVAL):
        columns = [
            TextColumn("compile"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>6.1f} records/s"),
            TimeRemainingColumn(),
        ]
        super().__init__(columns, terminal, interval)
        self.task = None
        self.started = 0.0

    def __enter__(self) -> CompileProgressDisplay:
        super().__enter__()
        self.task = self.bar.add_task("compile", total=None, rate=0.0)
        self.started = time.perf_counter()
        return self

    def update(self, done: int, total: int) -> None:
        elapsed = time.perf_counter() - self.started
        rate = done / elapsed if elapsed else 0.0
        self.bar.update(self.task, total=total, completed=done, rate=rate)
        if not self.terminal:
            left = f"about {_duration((total - done) / rate)} left" if rate else "time left unknown"
            self.line(f"compile: {done} of {total} records; {rate:.1f} records/s; {left}")
