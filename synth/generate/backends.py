"""Where a run's batches are computed: a local process pool, or tasks on a Ray cluster.

A backend is a context manager (start, stop) with ``workers``, the tasks that run at once, and
``submit(fn, *args)``, which returns a handle whose ``get()`` is ``fn(*args)`` as computed in a
worker process. Every worker process hashes with ``HASH_SEED`` and, given ``worker_args``, holds
one ``KernelFactory`` (``pipeline.init_worker(*worker_args)``), so a batch is the same bytes on
either backend; work that needs no factory (validation) passes ``None``. Ray is optional: only
``--backend ray`` imports it.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from typing import Any, Protocol

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.generate.pipeline import HASH_SEED, fixed_hash_seed, init_worker

BACKENDS = ("local", "ray")
RAY_HINT = "install it with: pip install 'warp-synth[ray]'"
# A task whose worker process dies is run again this many times before the run stops.
RAY_TASK_RETRIES = 3
ADDRESS_TIMEOUT_S = 10


class Handle(Protocol):
    def get(self) -> Any: ...


class LocalBackend:
    """``workers`` spawned processes on this machine (no Ray needed).

    A process pool executor, not ``multiprocessing.Pool``: stopping early (a finished run or an
    error) waits for the calls already running, where ``Pool.terminate`` can kill a worker while
    it holds the result queue's lock and hang; and a worker that dies fails its calls instead of
    leaving them waiting forever."""

    name = "local"

    def __init__(self, workers: int, worker_args: tuple | None):
        self.workers = workers
        self.worker_args = worker_args
        self._stack = ExitStack()

    def __enter__(self) -> LocalBackend:
        self._stack.enter_context(fixed_hash_seed())  # workers, spawned on demand, inherit it
        self._executor = ProcessPoolExecutor(
            self.workers, multiprocessing.get_context("spawn"), initializer=_start_local_worker, initargs=(self.worker_args,)
        )
        self._stack.callback(self._executor.shutdown, wait=True, cancel_futures=True)
        for _ in range(self.workers):  # start every worker now (the pool would start them at first use)
            self._executor.submit(os.getpid)
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def submit(self, fn: Callable, *args) -> Handle:
        try:
            future = self._executor.submit(fn, *args)
        except BrokenProcessPool as broken:  # a worker died since the last submit: the handle says so when asked
            future = Future()
            future.set_exception(broken)
        return _LocalHandle(future, fn.__name__)


def _start_local_worker(worker_args: tuple | None) -> None:
    _exit_with_parent()
    if worker_args is not None:
        init_worker(*worker_args)


def _exit_with_parent() -> None:
    """End this worker when the run that started it dies: after a kill -9 a pool's workers
    would wait on its queue forever, each holding a few hundred MB."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class _LocalHandle:
    def __init__(self, future: Future, what: str):
        self.future = future
        self.what = what

    def get(self) -> Any:
        try:
            return self.future.result()
        except BrokenProcessPool:
            raise SynthError(
                f"a worker process died while running {self.what} (out of memory, or killed)",
                hint="what was written up to the last batch is kept; rerun the same command to resume",
            ) from None


# Ray worker side: the factory this process holds, made for these init_worker arguments.
_worker_args: tuple | None = None


def _run_in_ray_worker(worker_args: tuple | None, fn: Callable, args: tuple) -> Any:
    global _worker_args
    if worker_args is not None and worker_args != _worker_args:  # a Ray worker process outlives a run and may serve the next
        init_worker(*worker_args)
        _worker_args = worker_args
    return fn(*args)


def import_ray():
    """The ``ray`` module, or the one clear error that says how to install it."""
    try:
        import ray
    except ImportError:
        raise SynthError("--backend ray needs Ray, which is not installed", hint=RAY_HINT, usage=True) from None
    return ray


class RayBackend:
    """Ray tasks: on the cluster at ``address`` (or ``RAY_ADDRESS``, as ``ray job submit`` sets it),
    else on a local Ray instance of ``workers`` CPUs.

    A Ray instance already started in this process (``ray.init``) is used as it is and left running."""

    name = "ray"

    def __init__(self, workers: int, worker_args: tuple | None, address: str | None = None):
        self.workers = workers
        self.worker_args = worker_args
        self.address = address or os.environ.get("RAY_ADDRESS")
        self._ray = import_ray()
        self._started = False
        self._pending: set = set()

    def __enter__(self) -> RayBackend:
        ray = self._ray
        if not ray.is_initialized():
            where = {"address": self.address} if self.address else {"num_cpus": self.workers, "include_dashboard": False}
            try:
                if self.address:
                    _check_reachable(self.address)
                ray.init(**where, log_to_driver=False, logging_level="WARNING")
            except (OSError, RuntimeError, ValueError) as error:
                raise SynthError(
                    f"can't start Ray at {self.address or 'this machine'}: {_first_line(error)}", where="--address",
                    hint="give the address of a running cluster's head, e.g. ray://host:10001, or leave --address out",
                ) from None  # fmt: skip
            self._started = True
        if self.address or not self._started:  # as many tasks at once as the cluster has CPUs
            self.workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        # The hash seed must be in the environment the worker process starts with: per task, so
        # it holds whatever the job's own runtime environment (pip packages) says.
        self._task = ray.remote(_run_in_ray_worker).options(
            max_retries=RAY_TASK_RETRIES, runtime_env={"env_vars": {"PYTHONHASHSEED": HASH_SEED}}
        )
        return self

    def __exit__(self, *exc) -> None:
        for ref in self._pending:  # tasks a stopped run no longer needs
            # force: a running task ends with its worker process; interrupted instead (a
            # KeyboardInterrupt, maybe mid-import), the worker would serve later tasks half set up
            self._ray.cancel(ref, force=True)
        self._pending.clear()
        if self._started:
            self._ray.shutdown()

    def submit(self, fn: Callable, *args) -> Handle:
        ref = self._task.remote(self.worker_args, fn, args)
        self._pending.add(ref)
        return _RayHandle(self, ref, fn.__name__)


class _RayHandle:
    def __init__(self, backend: RayBackend, ref, what: str):
        self.backend = backend
        self.ref = ref
        self.what = what

    def get(self) -> Any:
        exceptions = self.backend._ray.exceptions
        try:
            return self.backend._ray.get(self.ref)
        except exceptions.RayTaskError as error:  # the task raised: the same error as on the local backend
            raise error.cause from None
        except exceptions.RayError as error:  # its worker (or node) died on every try
            raise SynthError(
                f"a Ray task ({self.what}) failed {RAY_TASK_RETRIES + 1} times: {_first_line(error)}",
                hint="what was written up to the last batch is kept; rerun the same command to resume (on either backend)",
            ) from None
        finally:
            self.backend._pending.discard(self.ref)


def _check_reachable(address: str) -> None:
    """Fail fast on an address nothing listens at (Ray itself retries for minutes)."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if host and port.isdigit():  # not "auto" or "local"
        socket.create_connection((host, int(port)), timeout=ADDRESS_TIMEOUT_S).close()


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


Backend = LocalBackend | RayBackend


def check_backend(name: str, address: str | None) -> None:
    """Refuse a backend that can't run, before any work: an unknown name, an address without
    Ray, Ray not installed."""
    if name not in BACKENDS:
        raise SynthError(f"no backend {name!r}", where="--backend", hint=f"choose one of {', '.join(BACKENDS)}", usage=True)
    if address is not None and name != "ray":
        raise SynthError(f"{address} is a Ray cluster's address", where="--address", hint="add --backend ray", usage=True)
    if name == "ray":
        import_ray()


def open_backend(name: str, workers: int, worker_args: tuple | None, address: str | None = None) -> LocalBackend | RayBackend:
    """The backend ``name`` (checked by ``check_backend``), not started yet: use it as a context manager.
    Its workers hold a ``KernelFactory`` made from ``worker_args``, or none if it is ``None``."""
    return RayBackend(workers, worker_args, address) if name == "ray" else LocalBackend(workers, worker_args)
