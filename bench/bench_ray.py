"""Throughput of the local and Ray backends, and what it projects for 10 GB on a 64-core cluster.

    python bench/bench_ray.py                      # ~20 MB per device, 1 and 2 workers, 2 runs each
    python bench/bench_ray.py --target-mb 5 --repeat 1

For each backend and worker count: kernels/s of the generation loop (stats' `wall_seconds`, worker
start included, the final stats left out; for Ray the local instance is started before the clock,
and its start time is printed apart), median over the runs; the files of every run are compared
with the first run's (same bytes on either backend). The driver's own CPU seconds per kernel
(novelty judging, unpickling, writing) bound how fast one driver can go, whatever the cluster.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import ray

from warp_synth.synth.run import RunConfig, run

FILES = ("cpu_code.jsonl", "cuda_code.jsonl", "rejects.jsonl")
CLUSTER_CORES = 64
TARGET_GB = 10  # both device files together, as the default 400 MB is 200 MB + 200 MB
# Native verification costs per record from README.md ("Native verification"), not measured here.
FULL_VERIFY_CORE_SECONDS = {"cpu": 0.085, "cuda": 0.35}


def one_run(backend: str, workers: int, target_mb: float, seed: int) -> dict:
    out = Path(tempfile.mkdtemp(prefix=f"bench_ray_{backend}_"))
    marks = []  # (driver CPU seconds, kernels) after each batch
    try:
        stats = run(
            RunConfig(out=out, target_mb=target_mb, seed=seed, workers=workers, backend=backend),
            on_progress=lambda progress: marks.append((time.process_time(), progress.kernels)),
        )
        digest = hashlib.sha256(b"".join((out / name).read_bytes() for name in FILES)).hexdigest()
    finally:
        shutil.rmtree(out, ignore_errors=True)
    (cpu_first, kernels_first), (cpu_last, kernels_last) = marks[len(marks) // 4], marks[-1]  # past the workers' start
    return {
        "kernels_per_s": stats["records"] / stats["run"]["wall_seconds"],
        "wall_s": stats["run"]["wall_seconds"],
        "records": stats["records"],
        "mb_per_kernel": min(info["mb"] for info in stats["devices"].values()) / stats["records"],
        "driver_cpu_s_per_kernel": (cpu_last - cpu_first) / max(1, kernels_last - kernels_first),
        "digest": digest,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target-mb", type=float, default=20.0, help="per device file")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    medians, digests = {}, set()
    for backend in ("local", "ray"):
        for workers in (1, 2):
            if backend == "ray":
                started = time.perf_counter()
                ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
                print(f"ray.init(num_cpus={workers}): {time.perf_counter() - started:.1f} s (not in the figures below)")
            runs = [one_run(backend, workers, args.target_mb, args.seed) for _ in range(args.repeat)]
            if backend == "ray":
                ray.shutdown()
            digests.update(r["digest"] for r in runs)
            medians[backend, workers] = {key: statistics.median(r[key] for r in runs) for key in runs[0] if key != "digest"}
            rates = ", ".join(f"{r['kernels_per_s']:.1f}" for r in runs)
            m = medians[backend, workers]
            print(
                f"{backend:5} {workers} worker(s): {m['kernels_per_s']:6.1f} kernels/s (median of {rates}); "
                f"{m['records']:.0f} kernels in {m['wall_s']:.1f} s; driver {m['driver_cpu_s_per_kernel'] * 1e3:.2f} ms CPU/kernel"
            )
    print(f"files identical across all {sum(1 for _ in medians) * args.repeat} runs: {len(digests) == 1}")
    project(medians)


def project(medians: dict) -> None:
    """10 GB on CLUSTER_CORES cores, from the Ray figures measured here, with the arithmetic."""
    one, two = medians["ray", 1], medians["ray", 2]
    per_core = one["kernels_per_s"]
    kernels = TARGET_GB * 1e3 / 2 / one["mb_per_kernel"]
    workers_rate = CLUSTER_CORES * per_core
    driver_rate = 1 / max(one["driver_cpu_s_per_kernel"], two["driver_cpu_s_per_kernel"])
    rate = min(workers_rate, driver_rate)
    print(f"\nprojection: {TARGET_GB} GB ({TARGET_GB / 2:g} GB per device file) on {CLUSTER_CORES} cores")
    print(f"  kernels needed = {TARGET_GB / 2 * 1e3:g} MB / {one['mb_per_kernel'] * 1e3:.1f} KB per kernel (smaller device file) = {kernels:,.0f}")
    print(f"  workers: {CLUSTER_CORES} x {per_core:.1f} kernels/s (1 Ray worker here), scaling linearly = {workers_rate:,.0f} kernels/s")
    print(
        f"    (2 Ray workers here gave {two['kernels_per_s'] / per_core:.2f}x one worker, with a load average of "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: this machine is shared, so that ratio says little about Ray)"
    )
    print(f"  driver ceiling: 1 / {1e3 / driver_rate:.2f} ms driver CPU per kernel = {driver_rate:,.0f} kernels/s")
    bound = "the driver" if driver_rate < workers_rate else "the workers"
    print(f"  generation: {kernels:,.0f} / {rate:,.0f} kernels/s = {kernels / rate / 60:.1f} min (bound by {bound})")
    if driver_rate < workers_rate:
        print(f"    (the workers would need {CLUSTER_CORES * driver_rate / workers_rate:.0f} of the {CLUSTER_CORES} cores)")
    verify = kernels * sum(FULL_VERIFY_CORE_SECONDS.values()) / CLUSTER_CORES
    print(
        f"  full native verification (README's {FULL_VERIFY_CORE_SECONDS['cpu']} s CPU + {FULL_VERIFY_CORE_SECONDS['cuda']} s CUDA "
        f"core-seconds per kernel, not measured here): {kernels:,.0f} x {sum(FULL_VERIFY_CORE_SECONDS.values()):.3f} s / {CLUSTER_CORES} = {verify / 3600:.1f} h"
    )
    print(
        "  assumptions: cluster cores as fast as this machine's, linear scaling of the workers; the driver's cost per "
        "kernel stays as measured as the novelty filter grows; the grammar still yields new kernels at this rate "
        "(novelty skips are inside kernels/s); cluster start and worker start left out"
    )


if __name__ == "__main__":
    main()
