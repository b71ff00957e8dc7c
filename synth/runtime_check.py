"""Run a sample of records on the CPU (forward and backward, bounds-checked), each batch in a
child process: a kernel that crashes, reads out of bounds or hangs is reported with its seed,
and the check goes on with the next one in a fresh child.

    python -m warp_synth.synth.runtime_check    (the child: reads jobs on stdin, writes one line per kernel)
"""

from __future__ import annotations

import os
import random
import select
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson

from warp_synth.synth.layout import read_records
from warp_synth.templates import load_grammar

KERNEL_TIMEOUT_S = 120  # debug-mode compilation of one kernel included


def _launch_contracts() -> dict[str, dict]:
    return {p.family: p.launch for p in load_grammar().of_kind("kernel")}


def pick_records(path: Path, count: int, seed: int) -> list[dict]:
    """``count`` records of a dataset file, drawn reproducibly."""
    rows = list(read_records(path, ("id", "seed", "family", "kernel_name", "python_source")))
    return [rows[i] for i in sorted(random.Random(seed).sample(range(len(rows)), min(count, len(rows))))]


def run_sample(path: Path, count: int, seed: int = 0, workers: int = os.cpu_count() or 1) -> dict:
    """Launch ``count`` random records of ``path`` on the CPU; return passes and failures.

    ``workers`` children run at once, each on its share of the kernels."""
    contracts = _launch_contracts()
    jobs = [
        {"id": r["id"], "seed": r["seed"], "family": r["family"], "name": r["kernel_name"],
         "source": r["python_source"], "launch": contracts[r["family"]]}
        for r in pick_records(path, count, seed)
    ]  # fmt: skip
    shares = [jobs[index::workers] for index in range(workers)]
    with ThreadPoolExecutor(workers) as pool:
        results = {k: v for part in pool.map(_run_all, shares) for k, v in part.items()}
    failures = [r for r in results.values() if r["status"] != "ok"]
    return {
        "kernels": len(jobs),
        "passed": len(jobs) - len(failures),
        "failures": failures,
        "mode": "CPU; forward pass bounds-checked (Warp debug mode), forward and backward passes optimised",
    }


def _run_all(jobs: list[dict]) -> dict[str, dict]:
    """Results for every job: a fresh child takes over after each crash or hang."""
    results: dict[str, dict] = {}
    while len(results) < len(jobs):
        results.update(_run_child([job for job in jobs if job["id"] not in results]))
    return results


def _run_child(jobs: list[dict]) -> dict[str, dict]:
    """Run jobs in order in one child; stop at the first crash or hang and blame that job."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a chatty child never blocks on it
        child = subprocess.Popen(
            [sys.executable, "-m", "warp_synth.synth.runtime_check"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env,
        )  # fmt: skip
        child.stdin.write(orjson.dumps(jobs))
        child.stdin.close()
        results: dict[str, dict] = {}
        for job in jobs:
            ready, _, _ = select.select([child.stdout], [], [], KERNEL_TIMEOUT_S)
            line = child.stdout.readline() if ready else b""
            if line:
                result = orjson.loads(line)
                results[result["id"]] = result
                continue
            child.kill()
            child.wait()
            log.seek(0)
            message = log.read().decode(errors="replace")[-2000:]
            status = "crash" if ready else "hang"
            results[job["id"]] = {"id": job["id"], "seed": job["seed"], "family": job["family"], "status": status, "error": message}
            break
        child.wait()
    return results


def _child() -> None:
    from warp_synth.extract.runtime import launch_on_cpu

    results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever Warp prints goes to the log, not into the results
    for job in orjson.loads(sys.stdin.buffer.read()):
        result = {"id": job["id"], "seed": job["seed"], "family": job["family"], "status": "ok"}
        try:
            launch_on_cpu(job["source"], f"runtime_{job['id']}", f"{job['name']}.py", job["launch"], job["seed"] % 2**32)
        except Exception as error:  # the kernel failed to load or launch: report it, go on
            result.update(status="error", error=f"{type(error).__name__}: {error}"[-2000:])
        results.write(orjson.dumps(result) + b"\n")
        results.flush()


if __name__ == "__main__":
    _child()
