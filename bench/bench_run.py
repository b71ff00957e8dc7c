"""Throughput of the main job: wall and CPU seconds, kernels/s, MB/s per device, Warp's share of
worker time, peak RSS.

    python bench/bench_run.py                    # the default 200 MB + 200 MB job, all cores
    python bench/bench_run.py --target-mb 20 --repeat 3

Prints one line per run and the median over runs (these machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from warp_synth.synth.run.job import RunConfig, run


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def one_run(target_mb: float, workers: int, seed: int) -> dict:
    out = Path(tempfile.mkdtemp(prefix="bench_run_"))
    try:
        started, cpu_before = time.perf_counter(), cpu_seconds()
        stats = run(RunConfig(out=out, target_mb=target_mb, seed=seed, workers=workers))
        wall = time.perf_counter() - started
        cpu = cpu_seconds() - cpu_before
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {
        "wall_s": wall,
        # what the run needs of the machine, less sensitive to other load than wall time: at
        # best the job takes cpu_s / workers of wall time
        "cpu_s": cpu,
        "kernels_per_s": stats["records"] / wall,
        "cpu_mb_per_s": stats["devices"]["cpu"]["mb"] / wall,
        "cuda_mb_per_s": stats["devices"]["cuda"]["mb"] / wall,
        "warp_share": stats["warp_share_of_worker_time"],
        "records": stats["records"],
        "reject_rate": stats["rejects"]["rate"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target-mb", type=float, default=200.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    runs = []
    for number in range(args.repeat):
        result = one_run(args.target_mb, args.workers, args.seed)
        runs.append(result)
        print(f"run {number + 1}: " + "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
    if args.workers > 1:
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    else:
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"median over {len(runs)} run(s), {args.workers} workers, {args.target_mb} MB per device:")
    for key in ("wall_s", "cpu_s", "kernels_per_s", "cpu_mb_per_s", "cuda_mb_per_s", "warp_share"):
        print(f"  {key:14} {statistics.median(r[key] for r in runs):.3f}")
    print(f"  peak worker RSS {peak_kb / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
