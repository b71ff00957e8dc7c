"""Whose code may run: records are executed only when this project wrote them, or when asked.

A record's ``python_source`` is code: launching it (``--run-sample``, the GPU comparison) runs
it. Files written by ``synth run`` are vouched for by the run's own checkpoint, which holds the
digest of every byte the run wrote (``synth.dataset.checkpoint``): a file that still hashes to it is
the run's. Anything else (a JSONL from elsewhere, a run's file edited since) runs only when the
caller passes ``--trust-code``, and then only where the children can be cut off from the
network (``runtime_check.no_network_prefix``).
"""

from __future__ import annotations

import functools
from pathlib import Path

from warp_synth.synth.dataset.checkpoint import Checkpoint, file_end
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import DatasetLayout

TRUST_FLAG = "--trust-code"


def written_by_run(path: Path) -> bool:
    """Whether ``path`` is a file of a finished ``synth run`` in its folder, byte for byte as the
    run (and any validation since) left it."""
    if not path.exists():
        return False
    stat = path.stat()
    return _vouched(path.resolve(), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _vouched(path: Path, size: int, modified_ns: int) -> bool:
    """``written_by_run`` for one state of a file (its size and modification time): hashing a
    dataset file takes a second, and a validation asks before compiling and again before running."""
    layout = DatasetLayout(path.parent)
    try:
        checkpoint = Checkpoint.load(layout)
    except SynthError:
        return False
    if checkpoint is None or not checkpoint.done or path.name not in checkpoint.files:
        return False
    return file_end(path) == checkpoint.files[path.name]


def may_run(path: Path, trust_code: bool, isolated: bool) -> str:
    """Refuse to run ``path``'s records unless the run that wrote it vouches for them, or
    ``trust_code`` is given and the children can be isolated; say how they will run."""
    how = "child processes without network, address space limited" if isolated else "child processes, address space limited (no network namespace available here)"
    if written_by_run(path):
        return f"{how}; records of this project's own run"
    if not trust_code:
        raise SynthError(
            f"{path} is not a file of a finished `synth run` in its folder (its checkpoint does not vouch for these bytes): "
            "running its records would execute their Python",
            hint=f"pass {TRUST_FLAG} if you trust its source; its kernels then run without network, memory-limited",
            usage=True,
        )
    if not isolated:
        raise SynthError(
            f"can't run {path}'s records cut off from the network: `unshare` can't make a network namespace here",
            hint="run it where user namespaces are enabled (or as root), or only on datasets `synth run` wrote",
        )
    return f"{how}; records trusted by {TRUST_FLAG}"
