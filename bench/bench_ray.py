"""Throughput of the local and Ray backends, and what it projects for 10 GB on a 64-core cluster.

    python bench/bench_ray.py                      # ~20 MB per device, 1 and 2 workers, 2 runs each
    python bench/bench_ray.py --target-mb 5 --repeat 1
    python bench/bench_ray.py --validate data/generated    # `synth validate` instead (see below)

For each backend and worker count: kernels/s of the generation loop (stats' `wall_seconds`, worker
start included, the final stats left out; for Ray the local instance is started before the clock,
and its start time is printed apart), median over the runs; the files of every run are compared
with the first run's (same bytes on either backend). The driver's own CPU seconds per kernel
(novelty judging, unpickling, writing) bound how fast one driver can go, whatever the cluster.

With --validate DATASET: `validate --level syntax` on a slice of DATASET (its first kernels, about
--validate-mb of both files together), on each backend with 1 and 2 workers (figures' `seconds`:
worker start included, Ray's instance start not), median over --repeat; every run's quarantine,
files and figures (timings aside) are compared with the first's. Then the full level's cost per
kernel, in worker core-seconds, on --full-kernels kernels spread through DATASET, one local worker; and
both levels projected to 10 GB on a 64-core cluster.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import orjson
import ray

from warp_synth.synth.dataset.layout import count_lines
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.checks.validate import validate

FILES = ("cpu_code.jsonl", "cuda_code.jsonl", "rejects.jsonl")
CLUSTER_CORES = 64
TARGET_GB = 10  # both device files together, as the default 400 MB is 200 MB + 200 MB
# Native verification costs per record from README.md ("Native verification"), not measured here.
FULL_VERIFY_CORE_SECONDS = {"cpu": 0.033, "cuda": 0.062}  # measured by --validate on the default dataset


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
    parser.add_argument("--validate", type=Path, metavar="DATASET", help="benchmark `synth validate` on a slice of this dataset folder")
    parser.add_argument("--validate-mb", type=float, default=40.0, help="size of that slice, both files together")
    parser.add_argument("--full-kernels", type=int, default=100, help="kernels the full level's cost is measured on")
    args = parser.parse_args()
    if args.validate:
        bench_validate(args.validate, args.validate_mb, args.full_kernels, args.repeat)
        return
    medians, digests = {}, set()
    for backend in ("local", "ray"):
        for workers in (1, 2):
            runs = repeated(backend, workers, args.repeat, lambda: one_run(backend, workers, args.target_mb, args.seed))
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


CODE_FILES = ("cpu_code.jsonl", "cuda_code.jsonl")
TIMINGS = ("seconds", "records_per_second", "kernels_per_second", "per_device", "backend", "workers")


def dataset_slice(source: Path, folder: Path, megabytes: float | None = None, kernels: int | None = None, step: int = 1) -> tuple[int, float]:
    """``source``'s first kernels (about ``megabytes`` of both files, or ``kernels`` of them), or
    every ``step``-th, and its preambles in ``folder``; return (kernels, MB)."""
    folder.mkdir(parents=True)
    for item in source.iterdir():
        if item.suffix in (".h", ".cuh"):
            shutil.copy(item, folder / item.name)
    count, size = 0, 0
    with open(source / CODE_FILES[0], "rb") as cpu, open(source / CODE_FILES[1], "rb") as cuda, \
            open(folder / CODE_FILES[0], "wb") as cpu_out, open(folder / CODE_FILES[1], "wb") as cuda_out:  # fmt: skip
        for cpu_line, cuda_line in itertools.islice(itertools.islice(zip(cpu, cuda, strict=True), 0, None, step), kernels):
            cpu_out.write(cpu_line)
            cuda_out.write(cuda_line)
            count, size = count + 1, size + len(cpu_line) + len(cuda_line)
            if megabytes is not None and size >= megabytes * 1e6:
                break
    return count, size / 1e6


def one_validation(data: Path, backend: str, workers: int, level: str = "syntax") -> dict:
    """Validate a copy of ``data``; the figures, the driver's CPU seconds per kernel (past its
    start), and a digest of what it left."""
    copy = Path(tempfile.mkdtemp(prefix=f"bench_ray_validate_{backend}_")) / "data"
    marks = []  # (driver CPU seconds, records done) after each batch
    try:
        shutil.copytree(data, copy)
        on_progress = lambda done, total: marks.append((time.process_time(), done))  # noqa: E731
        figures = validate([copy / name for name in CODE_FILES], workers=workers, level=level, backend=backend, on_progress=on_progress)
        left = [copy / name for name in (*CODE_FILES, "quarantine.jsonl") if (copy / name).exists()]
        digest = hashlib.sha256(b"".join(path.read_bytes() for path in left))
        digest.update(orjson.dumps({key: value for key, value in figures.items() if key not in TIMINGS}))
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)
    kernels = max(figures["compiled"].values())
    (cpu_first, done_first), (cpu_last, done_last) = marks[len(marks) // 4], marks[-1]
    driver = 2 * (cpu_last - cpu_first) / max(1, done_last - done_first)  # a kernel: its two records
    return {"figures": figures, "kernels": kernels, "driver_cpu_s_per_kernel": driver, "digest": digest.hexdigest()}


def repeated(backend: str, workers: int, repeat: int, measure) -> list[dict]:
    """``measure()`` ``repeat`` times; on Ray, inside a local instance of ``workers`` CPUs."""
    if backend == "ray":
        started = time.perf_counter()
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
        print(f"ray.init(num_cpus={workers}): {time.perf_counter() - started:.1f} s (not in the figures below)")
    try:
        return [measure() for _ in range(repeat)]
    finally:
        if backend == "ray":
            ray.shutdown()


def bench_validate(dataset: Path, megabytes: float, full_kernels: int, repeat: int) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bench_ray_validate_"))
    try:
        kernels, size = dataset_slice(dataset, scratch / "slice", megabytes=megabytes)
        print(f"synth validate --level syntax on the first {kernels} kernels of {dataset} ({size:.1f} MB, both files)")
        medians, digests = {}, set()
        for backend in ("local", "ray"):
            for workers in (1, 2):
                runs = repeated(backend, workers, repeat, lambda: one_validation(scratch / "slice", backend, workers))
                digests.update(r["digest"] for r in runs)
                rates = [r["figures"]["kernels_per_second"] for r in runs]
                m = medians[backend, workers] = {
                    "kernels_per_s": statistics.median(rates),
                    "seconds": statistics.median(r["figures"]["seconds"] for r in runs),
                    "driver_cpu_s_per_kernel": statistics.median(r["driver_cpu_s_per_kernel"] for r in runs),
                    "core_s_per_kernel": statistics.median(sum(d["worker_seconds"] for d in r["figures"]["per_device"].values()) / r["kernels"] for r in runs),
                }  # fmt: skip
                print(
                    f"{backend:5} {workers} worker(s): {m['kernels_per_s']:6.1f} kernels/s (median of {', '.join(f'{r:.1f}' for r in rates)}); "
                    f"{m['seconds']:.1f} s; workers {m['core_s_per_kernel'] * 1e3:.1f} ms/kernel; driver {m['driver_cpu_s_per_kernel'] * 1e3:.2f} ms CPU/kernel",
                    flush=True,
                )  # fmt: skip
        print(f"quarantine, files and figures identical across all {len(medians) * repeat} runs: {len(digests) == 1}")

        step = max(1, count_lines(dataset / CODE_FILES[0]) // full_kernels)  # spread through the file: sizes vary along it
        full_count, _ = dataset_slice(dataset, scratch / "full", kernels=full_kernels, step=step)
        full = one_validation(scratch / "full", "local", 1, level="full")
        per_device = {device: info["worker_seconds"] / info["records"] for device, info in full["figures"]["per_device"].items()}
        print(
            f"full level, {full_count} kernels (every {step}th), 1 local worker: {full['figures']['seconds']:.1f} s; worker core-seconds per record: "
            + ", ".join(f"{device} {seconds:.3f}" for device, seconds in per_device.items())
            + f"; per kernel {sum(per_device.values()):.3f} (README before: {sum(FULL_VERIFY_CORE_SECONDS.values()):.3f})"
        )
        project_validation(medians, dataset, sum(per_device.values()), full["driver_cpu_s_per_kernel"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def project_validation(medians: dict, dataset: Path, full_core_s: float, full_driver_s: float) -> None:
    """10 GB verified on CLUSTER_CORES cores, both levels, from the figures measured here."""
    kb_per_kernel = sum((dataset / name).stat().st_size for name in CODE_FILES) / 1e3 / count_lines(dataset / CODE_FILES[0])
    kernels = TARGET_GB * 1e6 / kb_per_kernel
    syntax_core_s = medians["ray", 1]["core_s_per_kernel"]
    driver_s = max(medians["ray", 1]["driver_cpu_s_per_kernel"], medians["ray", 2]["driver_cpu_s_per_kernel"])
    print(f"\nprojection: {TARGET_GB} GB verified (both files) on {CLUSTER_CORES} cores")
    print(f"  kernels = {TARGET_GB * 1e6:g} KB / {kb_per_kernel:.1f} KB per kernel (cpu + cuda record, {dataset}) = {kernels:,.0f}")
    for level, core_s, driver in (("syntax", syntax_core_s, driver_s), ("full", full_core_s, full_driver_s)):
        workers_rate, driver_rate = CLUSTER_CORES / core_s, 1 / driver
        rate = min(workers_rate, driver_rate)
        print(
            f"  {level:6}: workers {CLUSTER_CORES} / {core_s:.4f} core-s per kernel = {workers_rate:,.0f} kernels/s; "
            f"driver ceiling 1 / {driver * 1e3:.2f} ms = {driver_rate:,.0f} kernels/s; "
            f"{kernels:,.0f} / {rate:,.0f} = {kernels / rate / 60:.1f} min (bound by {'the driver' if driver_rate < workers_rate else 'the workers'})"
        )
    wall = 1 / medians["ray", 1]["kernels_per_s"]
    print(
        f"  assumptions: cluster cores as fast as this machine's, linear scaling of the workers, records like the dataset's; "
        f"a level's cost per kernel is its worker core-seconds (syntax: 1 Ray worker here; its wall time per kernel, worker "
        f"start and driver included, was {wall:.4f} s); the driver reads, batches and records results on one core; cluster start left out"
    )


if __name__ == "__main__":
    main()
