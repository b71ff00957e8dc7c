"""Verification of written datasets: native compilation (``validate``), a runtime sample, and
their figures recorded in the dataset_stats.json beside the files."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from warp_synth.extract.native import DEFAULT_ARCH
from warp_synth.grammar import Grammar
from warp_synth.synth.dataset.layout import DatasetLayout, device_of
from warp_synth.synth.dataset.lock import folder_lock
from warp_synth.synth.dataset.quarantine import quarantine
from warp_synth.synth.checks.runtime_check import no_network_prefix, runtime_labels
from warp_synth.synth.checks.runtime_check import run_sample as run_kernels
from warp_synth.synth.dataset.schema import VERIFIED_LEVELS
from warp_synth.synth.dataset.stats_file import read_stats, refresh_stats, write_stats
from warp_synth.synth.dataset.trust import may_run
from warp_synth.synth.checks.validate import validate


def verify(
    paths: list[Path],
    *,
    arch: int = DEFAULT_ARCH,
    workers: int = os.cpu_count() or 1,
    run_sample: int = 0,
    compile_all: bool = True,
    emit_ptx: bool = False,
    level: str = "full",
    backend: str = "local",
    address: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    say: Callable[[str], None] = lambda message: None,
    trust_code: bool = False,
    grammar: Grammar | None = None,
) -> dict:
    """Compile every record of ``paths`` (``compile_all``, on ``backend``: ``synth.generate.backends``) and
    launch ``run_sample`` of them on the CPU, writing what was found into the records' labels
    (``verified``, ``runtime``); return the stats beside the files with these figures
    added (or only the figures, if there are no stats). ``say`` hears what is about to happen, for
    a person to read. Records run only from a finished run's own files, or with ``trust_code``
    (``synth.dataset.trust``). ``grammar``: the one the records were drawn from (by default the
    run's, read again from where its stats say: ``runtime_check.grammar_of_run``)."""
    layout = DatasetLayout(paths[0].parent)
    with folder_lock(layout.folder, "synth validate"):
        found: dict = {}
        cpu = next((p for p in paths if device_of(p) == "cpu"), paths[0])
        if run_sample:  # refused before anything is compiled, not after
            may_run(cpu, trust_code, no_network_prefix() is not None)
        if compile_all:
            say(f"compiling {', '.join(str(p) for p in paths)} for cpu and sm_{arch} ({level} level) ...")
            found["verification"] = validate(
                paths, arch=arch, workers=workers, emit_ptx=emit_ptx, on_progress=on_progress, level=level, backend=backend, address=address
            )
        if run_sample:
            say(f"launching every kernel of {run_sample} modules on the CPU ...")
            found["runtime_check"] = run_kernels(cpu, run_sample, trust_code=trust_code, grammar=grammar)
            labels = runtime_labels(cpu.parent)
            for folder in sorted({path.parent for path in paths}):
                quarantine(DatasetLayout(folder), {}, {"runtime": labels})
        if not layout.stats.exists():
            return found
        stats = refresh_stats(layout, read_stats(layout.stats), found)
        write_stats(layout, stats)
        return stats


def outstanding(stats: dict, level: str, arch: int, emit_ptx: bool, run_sample: int) -> tuple[bool, int]:
    """What of a check is still to do on a dataset whose stats are ``stats``: whether to compile
    every record (no earlier validation at ``level`` or a stronger one, for ``arch``, with PTX if
    asked), and how many records' kernels to launch (0 when the last runtime check launched ``run_sample``'s).
    A run asked again keeps the evidence it has instead of redoing it."""
    done = stats.get("verification")
    compiled = bool(done) and (
        VERIFIED_LEVELS.index(done["level"]) >= VERIFIED_LEVELS.index(level) and done["arch"] == f"sm_{arch}" and (not emit_ptx or "ptx" in done)
    )
    launched = stats.get("runtime_check", {}).get("records") == run_sample
    return not compiled, 0 if launched else run_sample