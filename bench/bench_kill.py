"""Kill a run (SIGKILL) at random moments, resume it each time, and check that the finished files
are byte-identical to an uninterrupted run's.

    python bench/bench_kill.py                           # up to 10 kills of a 5 MB run, 2 workers, batches of 4
    python bench/bench_kill.py --kills 20 --target-mb 5 --seed 7

Each kill comes a random moment after the checkpoint passes a kernel index drawn a little ahead,
so the kills spread over the run. Prints where each kill landed and, at the end, whether the files and the stats' counts
equal the reference run's.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

from warp_synth.synth.dataset.layout import DatasetLayout

DRIVER = (
    "import sys; from pathlib import Path; from warp_synth.synth.run.job import RunConfig, run; "
    "run(RunConfig(out=Path(sys.argv[1]), target_mb=float(sys.argv[2]), seed=0, workers=int(sys.argv[3]), batch_size=int(sys.argv[4])))"
)
TIMING = {"wall_seconds", "kernels_per_second", "mb_per_second", "worker_seconds", "warp_share_of_worker_time", "out"}


def start(out: Path, args) -> subprocess.Popen:
    command = [sys.executable, "-c", DRIVER, str(out), str(args.target_mb), str(args.workers), str(args.batch_size)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish(process: subprocess.Popen) -> None:
    _, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"the run failed:\n{stderr.decode(errors='replace')[-3000:]}")


def written(out: Path) -> int:
    state = DatasetLayout(out).state
    try:
        return orjson.loads(state.read_bytes())["next_index"]
    except (OSError, ValueError):
        return 0


def counts(out: Path) -> dict:
    """The stats without their timings and paths."""
    stats = orjson.loads(DatasetLayout(out).stats.read_bytes())
    run = stats.pop("run")
    return {key: value for key, value in {**stats, **run}.items() if key not in TIMING}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--target-mb", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0, help="seed of the kill moments")
    args = parser.parse_args()
    draw = random.Random(args.seed)
    root = Path(tempfile.mkdtemp(prefix="bench_kill_"))
    try:
        reference, killed = root / "reference", root / "killed"
        started = time.perf_counter()
        finish(start(reference, args))
        wall = time.perf_counter() - started
        print(f"reference: {wall:.1f} s, {written(reference)} kernels drawn")
        total = written(reference)
        for number in range(args.kills):
            if written(killed) >= total:
                break
            # a kernel index drawn a little ahead (the kills spread over the run), then a moment after it
            before = written(killed)
            target = draw.randrange(before, min(total, before + 2 * total // args.kills + 1))
            process = start(killed, args)
            while process.poll() is None and written(killed) < target:
                time.sleep(0.01)
            time.sleep(draw.uniform(0, 0.3))
            if process.poll() is not None:
                finish(process)
                print(f"kill {number + 1}: the run had finished")
                break
            process.send_signal(signal.SIGKILL)
            process.wait()
            print(f"kill {number + 1}: after checkpoint {written(killed)} (drawn {target}; resumed from {before})")
        finish(start(killed, args))
        names = [path.name for path in DatasetLayout(reference).code_files()] + [DatasetLayout(reference).rejects.name]
        same = {name: (reference / name).read_bytes() == (killed / name).read_bytes() for name in names}
        print("files identical: " + ", ".join(f"{name} {'yes' if ok else 'NO'}" for name, ok in same.items()))
        same_counts = counts(reference) == counts(killed)
        print(f"stats' counts identical: {'yes' if same_counts else 'NO'}")
        if not all(same.values()) or not same_counts:
            raise SystemExit(1)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
