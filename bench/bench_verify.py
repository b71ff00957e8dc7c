"""Verification throughput: records/s per device and batch size, then `synth validate` end to end.

    python bench/bench_verify.py                         # a fresh 20 MB + 20 MB dataset, all cores
    python bench/bench_verify.py --dataset data/generated --repeat 1
    python bench/bench_verify.py --emit-ptx --sizes ""   # end to end only, also writing PTX
    python bench/bench_verify.py --level syntax --sizes "" --dataset data/generated --repeat 1   # the front ends only

Part 1 (one process, one core): the same evenly spaced records compiled in translation units of
each --sizes, per device, after a warm-up that builds the precompiled header. Part 2: `validate`
with its default batch sizes and --workers on a copy of the dataset, and what that rate means for
the default 200 MB + 200 MB dataset. Figures are medians over --repeat runs.
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

import orjson

from warp_synth.extract.native import NativeCompiler, translation_unit
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.checks.levels import LEVELS
from warp_synth.synth.checks.validate import validate

DEFAULT_DATASET_MB = 200.0


def spread(rows: list[dict], count: int) -> list[dict]:
    """``count`` records evenly spaced through the file (sizes vary along it)."""
    step = max(1, len(rows) // count)
    return rows[::step][:count]


def sweep(dataset: Path, device: str, sizes: list[int], count: int, repeat: int) -> dict[int, float]:
    """Median records/s of one compiler process for each batch size."""
    rows = spread([orjson.loads(line) for line in (dataset / f"{device}_code.jsonl").read_bytes().splitlines()], count)
    preamble = (dataset / rows[0]["preamble"]).read_text(encoding="utf-8")
    compiler = NativeCompiler(device)
    compiler.compile(translation_unit(preamble, [rows[0]["code"]]))  # builds the precompiled header
    rates = {}
    for size in sizes:
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            for start in range(0, len(rows), size):
                message = compiler.compile(translation_unit(preamble, [r["code"] for r in rows[start : start + size]]))
                if message is not None:
                    raise SystemExit(f"{device} batch at record {start} failed:\n{message[:2000]}")
            runs.append(len(rows) / (time.perf_counter() - started))
        rates[size] = statistics.median(runs)
        print(f"  {device:4} batch {size:3}: {rates[size]:6.2f} records/s  ({1 / rates[size]:.3f} s/record)", flush=True)
    return rates


def end_to_end(dataset: Path, workers: int, emit_ptx: bool, level: str = "full") -> dict:
    copy = Path(tempfile.mkdtemp(prefix="bench_verify_"))
    try:
        for item in dataset.iterdir():
            if item.name.endswith(("_code.jsonl", ".h", ".cuh")):
                shutil.copy(item, copy / item.name)
        paths = [copy / "cpu_code.jsonl", copy / "cuda_code.jsonl"]
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        figures = validate(paths, workers=workers, emit_ptx=emit_ptx, level=level)
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    figures["mb_per_second"] = megabytes / figures["seconds"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", type=Path, help="a folder written by `synth run` (default: generate one)")
    parser.add_argument("--target-mb", type=float, default=20.0, help="size of the generated dataset, per device")
    parser.add_argument("--sizes", default="1,16,32,64", help='batch sizes to sweep (records per unit); "" skips part 1')
    parser.add_argument("--sweep-records", type=int, default=64)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--emit-ptx", action="store_true")
    parser.add_argument("--level", choices=tuple(LEVELS), default="full", help="validation level of part 2")
    args = parser.parse_args()

    generated = None
    if args.dataset is None:
        generated = args.dataset = Path(tempfile.mkdtemp(prefix="bench_verify_data_"))
        run(RunConfig(out=generated, target_mb=args.target_mb, seed=0, workers=args.workers))
    try:
        sizes = [int(size) for size in args.sizes.split(",") if size]
        if sizes:
            print(f"part 1: one process, {args.sweep_records} records per device, median of {args.repeat}")
            for device in ("cpu", "cuda"):
                sweep(args.dataset, device, sizes, args.sweep_records, args.repeat)

        batches = LEVELS[args.level].batch_sizes
        print(f"part 2: synth validate --level {args.level}, {args.workers} workers, batches {batches}, emit_ptx={args.emit_ptx}")
        runs = []
        for number in range(args.repeat):
            figures = end_to_end(args.dataset, args.workers, args.emit_ptx, args.level)
            runs.append(figures)
            per_device = "  ".join(f"{d}={v['records_per_worker_second']} rec/worker-s" for d, v in figures["per_device"].items())
            print(
                f"  run {number + 1}: {figures['seconds']:.1f} s, {figures['records_per_second']} records/s, "
                f"{figures['modules_per_second']} modules/s, {figures['mb_per_second']:.3f} MB/s; {per_device}"
                + (f"; PTX {figures['ptx']['records']} records, {figures['ptx']['mb']} MB" if "ptx" in figures else ""),
                flush=True,
            )
        mb_per_second = statistics.median(r["mb_per_second"] for r in runs)
        print(f"median over {len(runs)}:")
        print(f"  records/s          {statistics.median(r['records_per_second'] for r in runs):.2f}")
        print(f"  modules/s          {statistics.median(r['modules_per_second'] for r in runs):.2f}  (a module = its cpu and cuda record)")
        for device in ("cpu", "cuda"):
            rate = statistics.median(r["per_device"][device]["records_per_worker_second"] for r in runs)
            print(f"  {device:4} records per worker-second {rate:.2f}")
        print(f"  MB/s (both files)  {mb_per_second:.3f}")
        minutes = 2 * DEFAULT_DATASET_MB / mb_per_second / 60
        print(f"  => the default {DEFAULT_DATASET_MB:.0f} MB + {DEFAULT_DATASET_MB:.0f} MB dataset: {minutes:.1f} min (if its records are like these)")
        print(f"  peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB (part 1), {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MiB (a worker)")
    finally:
        if generated is not None:
            shutil.rmtree(generated, ignore_errors=True)


if __name__ == "__main__":
    main()
