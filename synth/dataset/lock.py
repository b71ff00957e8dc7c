"""One writer per dataset folder: an exclusive ``flock`` on the folder's lock file.

The kernel releases a flock when its holder dies, so a lock left by a killed process never
blocks. The holder writes its pid into the file, for the refusal to name it. A process may
take a folder's lock again while it holds it (``run --verify`` runs, then validates).

The holder removes the file when it lets go, so no ``.lock`` stays in a folder a person
uploads. Removing a locked file is safe only because a taker checks, once it holds the flock,
that the path still names the file it locked (the unlink-on-release pattern): one that locked a
file its holder removed meanwhile lets it go and tries again. A ``kill -9`` leaves the file; the
next command takes it and removes it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import DatasetLayout

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
    descriptor = _take(folder, path)
    try:
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
    finally:
        with contextlib.suppress(OSError):  # removed while still held: no taker can lock it meanwhile
            path.unlink()
        os.close(descriptor)  # releases the flock


def holding(folder: Path) -> bool:
    """Whether this process holds ``folder``'s lock."""
    return folder.resolve() in _held


def _take(folder: Path, path: Path) -> int:
    """A descriptor of ``path`` holding its flock, once the path still names the locked file."""
    while True:
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise SynthError(f"can't write to folder {folder}: {error.strerror}") from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not _names(path, descriptor):  # a file its holder just removed: try the path's own
                os.close(descriptor)
                continue
            holder = os.pread(descriptor, 200, 0).decode(errors="replace").strip() or "a process that has not yet written its pid"
            os.close(descriptor)
            raise SynthError(
                f"{folder} is in use by {holder}", hint="wait for it to finish, or choose another folder"
            ) from None
        if _names(path, descriptor):
            return descriptor
        os.close(descriptor)  # its holder removed it as we opened it: lock the file the path names now


def _names(path: Path, descriptor: int) -> bool:
    """Whether ``path`` still names the file open as ``descriptor``."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(descriptor)
    return (found.st_dev, found.st_ino) == (held.st_dev, held.st_ino)
