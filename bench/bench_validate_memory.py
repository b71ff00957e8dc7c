"""Peak memory of `synth validate` (driver and its workers) against the dataset's size: it should be flat.

    python bench/bench_validate_memory.py --dataset data/generated --gb 0,2     # the dataset as it is, then 2 GB
    python bench/bench_validate_memory.py --dataset data/generated --gb 1 --level full --workers 1

For each --gb, a copy of --dataset (its two code files, preambles and dataset_stats.json) is made
in --scratch: 0 copies the dataset as it is; a larger size repeats its kernels, each repeat under
fresh ids (the same new id in both files, so they stay paired), until both files together reach
that size (a smaller one keeps its first kernels). No .run_state.json is copied: the validator refuses only an unfinished
run's checkpoint, and refreshes dataset_stats.json when there is one (as for a run's folder).
Then `synth validate --level <level>` runs on the copy as a command of its own, while this
script samples the RSS of its process tree every --every seconds: the driver alone, and the sum
over the driver and its worker processes (shared pages counted once per process, so an upper
bound). The kernel's own figure, the largest RSS any single process of the tree reached
(``wait4``), is printed beside them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

from warp_synth.synth.dataset.layout import DatasetLayout

DEVICES = ("cpu", "cuda")
PAGE = os.sysconf("SC_PAGE_SIZE")


def fresh_id(record_id: str, repeat: int) -> str:
    """A new id of the same form (20 hex digits) for the ``repeat``-th copy of a record; repeat 0 keeps it."""
    return record_id if repeat == 0 else hashlib.blake2b(f"{record_id}:{repeat}".encode(), digest_size=10).hexdigest()


def grown_copy(source: Path, folder: Path, gigabytes: float) -> tuple[int, int]:
    """Write the copy described above into ``folder``; return (kernels, bytes of both code files)."""
    folder.mkdir(parents=True)
    for item in source.iterdir():
        if item.suffix in (".h", ".cuh") or item.name == "dataset_stats.json":
            shutil.copy(item, folder / item.name)
    sources = [DatasetLayout(source).code(device) for device in DEVICES]
    target = gigabytes * 1e9 or sum(path.stat().st_size for path in sources)
    written, kernels, repeat = 0, 0, 0
    with open(DatasetLayout(folder).code("cpu"), "wb") as cpu_out, open(DatasetLayout(folder).code("cuda"), "wb") as cuda_out:
        while written < target:
            with open(sources[0], "rb") as cpu, open(sources[1], "rb") as cuda:
                for lines in zip(cpu, cuda, strict=True):
                    for out, line in zip((cpu_out, cuda_out), lines):
                        if repeat:
                            record = orjson.loads(line)
                            line = orjson.dumps({**record, "id": fresh_id(record["id"], repeat)}) + b"\n"
                        out.write(line)
                    kernels += 1
                    written = cpu_out.tell() + cuda_out.tell()
                    if written >= target:
                        break
            repeat += 1
    return kernels, written


def tree_rss(root: int) -> tuple[int, int]:
    """(RSS of ``root``, RSS summed over ``root`` and its descendants), in bytes; 0 for a process gone."""
    parents, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat, open(f"/proc/{entry}/statm", "rb") as statm:
                parents[int(entry)] = int(stat.read().rsplit(b")", 1)[1].split()[1])
                rss[int(entry)] = int(statm.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):  # ended while read
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return rss.get(root, 0), sum(rss.get(pid, 0) for pid in tree)


def measure(folder: Path, level: str, workers: int, every: float) -> dict:
    """Run `synth validate` on ``folder``'s code files, sampling its memory; return the peaks."""
    paths = [str(DatasetLayout(folder).code(device)) for device in DEVICES]
    command = [sys.executable, "-m", "warp_synth.synth", "validate", *paths, "--level", level, "--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    driver = tree = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)  # its usage covers the workers it reaped
        if pid:
            break
        now_driver, now_tree = tree_rss(process.pid)
        driver, tree = max(driver, now_driver), max(tree, now_tree)
        time.sleep(every)
    seconds = time.perf_counter() - started
    output = process.stdout.read().decode().strip()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: some records failed, which is a result
        raise SystemExit(f"synth validate failed ({code}):\n{output}")
    return {"seconds": seconds, "driver": driver, "tree": tree, "largest": usage.ru_maxrss * 1024, "said": output.splitlines()[-1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", type=Path, default=Path("data/generated"))
    parser.add_argument("--gb", default="0,2", help="dataset sizes to measure, both files together; 0: --dataset as it is")
    parser.add_argument("--level", choices=("syntax", "full"), default="syntax")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--every", type=float, default=0.25, help="seconds between samples")
    parser.add_argument("--scratch", type=Path, help="where the copies go (default: the system's temporary folder)")
    args = parser.parse_args()
    print(f"synth validate --level {args.level} --workers {args.workers}; RSS sampled every {args.every} s", flush=True)
    rows = []
    for gigabytes in (float(size) for size in args.gb.split(",")):
        scratch = Path(tempfile.mkdtemp(prefix="bench_validate_memory_", dir=args.scratch))
        try:
            started = time.perf_counter()
            kernels, size = grown_copy(args.dataset, scratch / "data", gigabytes)
            print(f"copy of {size / 1e6:.0f} MB, {kernels} kernels, written in {time.perf_counter() - started:.0f} s", flush=True)
            row = {"mb": size / 1e6, "kernels": kernels, **measure(scratch / "data", args.level, args.workers, args.every)}
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        rows.append(row)
        print(
            f"  {row['mb']:6.0f} MB: {row['seconds']:5.0f} s; peak RSS: driver {row['driver'] / 2**20:5.0f} MiB, "
            f"driver + workers {row['tree'] / 2**20:5.0f} MiB, largest process {row['largest'] / 2**20:5.0f} MiB  ({row['said']})",
            flush=True,
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(
            f"{first['mb']:.0f} MB -> {last['mb']:.0f} MB ({last['mb'] / first['mb']:.1f}x the data): peak driver + workers "
            f"{(last['tree'] - first['tree']) / 2**20:+.0f} MiB, driver {(last['driver'] - first['driver']) / 2**20:+.0f} MiB"
        )


if __name__ == "__main__":
    main()
