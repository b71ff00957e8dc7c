"""Whether a dataset's records are Warp's own output for their launch: a sample of records, each
rebuilt by Warp's own path (a real CPU launch's kernel-cache ``.cpp``; ``wp.compile_aot_module``'s
``.cu`` for the record's arch at its launch's block size, see ``extract.warp_build``) and compared
byte for byte with the record plus its preamble.

    python bench/bench_launch.py data/generated --records 200 [--workers 2]

The records run (a CPU launch executes the module), so the dataset must be a finished run's own
files, or pass --trust-code; each rebuild runs in a child without network where the system allows.
Prints one line per mismatch and the totals (matched, mismatched, per device; tile, MathDx).
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from warp_synth.extract import reassemble
from warp_synth.extract.codegen import portable_paths
from warp_synth.extract.warp_build import warp_builds
from warp_synth.synth.dataset.layout import DatasetLayout, read_paired
from warp_synth.synth.checks.runtime_check import KernelDraws, grammar_of_run, no_network_prefix
from warp_synth.synth.dataset.trust import may_run


def picked(folder: Path, count: int, seed: int) -> list[tuple[dict, ...]]:
    """``count`` kernels of the folder (both devices' records), drawn reproducibly."""
    kernels = list(read_paired(DatasetLayout(folder).code_files()))
    return [kernels[i] for i in sorted(random.Random(seed).sample(range(len(kernels)), min(count, len(kernels))))]


def check(records: tuple[dict, ...], folder: Path, draws: KernelDraws) -> dict[str, bool]:
    """Per device: the record plus its preamble equals Warp's own build for the launch."""
    first = records[0]
    job = {
        "source": first["python_source"], "module": f"synth_{first['id']}", "filename": f"{first['kernels'][0]['name']}.py",
        "launch": draws.launch(first["kernels"][0]), "kernel": first["kernels"][0]["name"], "arch": int(records[-1]["build"]["target"].removeprefix("sm_")) if records[-1]["device"] == "cuda" else 90,
        "mathdx": any(r["build"]["mathdx"] == "used" for r in records), "devices": [r["device"] for r in records],
    }  # fmt: skip
    warps = warp_builds(job, no_network_prefix() or ())
    return {r["device"]: reassemble(r, folder) == portable_paths(warps[r["device"]]) for r in records}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--records", type=int, default=200, help="kernels to check (both devices' records of each)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--trust-code", action="store_true", help="run the records even if the files are not a finished run's own")
    args = parser.parse_args()
    layout = DatasetLayout(args.dataset)
    may_run(layout.code_files()[0], args.trust_code, no_network_prefix() is not None)
    kernels = picked(args.dataset, args.records, args.seed)
    draws = KernelDraws(grammar_of_run(args.dataset))
    started = time.perf_counter()
    with ThreadPoolExecutor(args.workers) as pool:
        results = list(pool.map(lambda records: check(records, args.dataset, draws), kernels))
    totals: Counter = Counter()
    for records, result in zip(kernels, results):
        calls_mathdx = any(r["build"]["mathdx"] != "none" for r in records)
        kind = "mathdx" if calls_mathdx else "tiled" if records[0]["build"]["launch"] == "wp.launch_tiled" else "plain"
        for device, same in result.items():
            totals[device, kind, same] += 1
            if not same:
                print(f"MISMATCH {device} {records[0]['id']} ({records[0]['template']}, seed {records[0]['seed']})")
    matched = sum(n for (_, _, same), n in totals.items() if same)
    print(f"{len(kernels)} kernels, {sum(totals.values())} records: {matched} identical to Warp's own build for their launch, "
          f"{sum(totals.values()) - matched} not; {time.perf_counter() - started:.0f} s")  # fmt: skip
    for (device, kind, same), n in sorted(totals.items()):
        print(f"  {device:5} {kind:7} {'identical' if same else 'DIFFERENT':9} {n}")


if __name__ == "__main__":
    main()
