"""The README's main job end to end, as a user runs it: `synth run` with its defaults (generate,
check every record at the syntax level, launch the runtime sample, write stats and card), as a
whole process, against its targets: the job within JOB_TARGET_S, generation within
GENERATION_TARGET_S on 2 cores.

    python bench/bench_main_job.py                   # 3 fresh runs of the default job
    python bench/bench_main_job.py --repeat 1 --keep data/generated   # one run, kept as the dataset

Each run's parts come from the stats it wrote (`run.wall_seconds`, `verification.seconds`,
`evaluation.seconds`: the retrieval baseline); the
runtime sample and the rewrites are the rest of the wall time. Prints each run and the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JOB_TARGET_S = 180.0
GENERATION_TARGET_S = 45.0


def one_job(out: Path, extra: list[str]) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "warp_synth.synth", "run", "--fresh", "--out", str(out), *extra], capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"synth run failed ({done.returncode}): {done.stderr.strip().splitlines()[-1]}")
    stats = json.loads((out / "dataset_stats.json").read_text())
    generation, verification = stats["run"]["wall_seconds"], stats.get("verification", {}).get("seconds", 0.0)
    evaluation = stats.get("evaluation", {}).get("seconds", 0.0)
    return {
        "job_s": wall,
        "generation_s": generation,
        "verification_s": verification,
        "evaluation_s": evaluation,  # the retrieval baseline
        "rest_s": wall - generation - verification - evaluation,  # start-up, stats, runtime sample, label rewrites
        "records": stats["records"],
        "mb": sum(info["mb"] for info in stats["devices"].values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="run into this folder and keep the last run there (the shipped dataset)")
    parser.add_argument("extra", nargs="*", help="more `synth run` options, after --")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="bench_main_job_")) / "generated"
    runs = []
    try:
        for number in range(args.repeat):
            result = one_job(out, args.extra)
            runs.append(result)
            print(f"run {number + 1}: " + "  ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()), flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(out.parent, ignore_errors=True)
    medians = {key: statistics.median(r[key] for r in runs) for key in ("job_s", "generation_s", "verification_s", "evaluation_s", "rest_s")}
    print(f"median over {len(runs)} run(s) on {os.cpu_count()} cores:")
    for key, value in medians.items():
        print(f"  {key:15} {value:8.1f}")
    print(f"  job / target ({JOB_TARGET_S:.0f} s)         {medians['job_s'] / JOB_TARGET_S:.2f}")
    print(f"  generation / target ({GENERATION_TARGET_S:.0f} s)  {medians['generation_s'] / GENERATION_TARGET_S:.2f}")


if __name__ == "__main__":
    main()
