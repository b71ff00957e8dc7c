"""One writer per dataset folder: an exclusive ``flock`` on the folder's lock file.

The kernel releases a flock when its holder dies, so a lock left by a killed process never
blocks. The holder writes its pid into the file, for the refusal to name it. A process may
take a folder's lock again while it holds it (``run --verify`` runs, then validates).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from warp_synth.synth.errors import SynthError
from warp_synth.synth.layout import DatasetLayout

_held: dict[Path, int] = {}  # folder -> how many times this process took it


@contextlib.contextmanager
def folder_lock(folder: Path, command: str) -> Iterator[None]:
    """Hold ``folder``'s lock for ``command`` (e.g. ``synth run``); refuse if another process holds it."""
    key = folder.resolve()
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    path = DatasetLayout(folder).lock
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise SynthError(f"can't write to folder {folder}: {error.strerror}") from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(descriptor, 200, 0).decode(errors="replace").strip() or "a process that has not yet written its pid"
            raise SynthError(
                f"{folder} is in use by {holder}", hint="wait for it to finish, or choose another folder"
            ) from None
        try:
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"pid {os.getpid()} ({command})\n".encode(), 0)
        except OSError as error:
            raise SynthError(f"can't write to folder {folder}: {error.strerror}") from None
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
            os.ftruncate(descriptor, 0)
    finally:
        os.close(descriptor)  # releases the flock
