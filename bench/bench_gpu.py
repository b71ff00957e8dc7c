"""CPU against CUDA: the same kernels, the same inputs, outputs and gradients compared.

    python bench/bench_gpu.py prepare --dataset D/cpu_code.jsonl --count 250 --job J --warp-so S/warp.so
    (on the GPU machine)  python3 J/device/device_run.py --out OUT
    python bench/bench_gpu.py compare --job J --results OUT [--stats D/dataset_stats.json]
    python bench/bench_gpu.py not-measured --why "no GPU could be had" --stats D/dataset_stats.json

prepare: picks --count records, draws each kernel's inputs from its seed and runs it forward and
backward on the CPU here (normal warp-lang), then stages J/device: the inputs, a manifest, the
device script, the project's runtime modules and the slim Warp package (Warp 1.19.0's Python
files plus a warp.so built by bench/gpu/build_warp_so.sh: CUDA only, sm_90, no MathDx).
compare: prints per family compared / agree / disagree (worst error) / failed on CUDA / skipped,
writes a reproducer (seed, source, inputs, both outputs) for every disagreement under
J/disagreements, and with --stats writes the figures to runtime_check.gpu.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from warp_synth.synth.checks.runtime_check import (
    TOLERANCES, compare_results, is_order_dependent, kernel_jobs, thread_order_races, KernelDraws, grammar_of_run, pack, pick_records, run_jobs, save_arrays, unpack,
)  # fmt: skip

REPO = Path(__file__).resolve().parent.parent
SKIPPED_FAMILIES: dict[str, str] = {}  # none of the kernel templates calls tile_matmul/fft/cholesky (MathDx)


def prepare(dataset: Path, count: int, seed: int, job: Path, warp_so: Path, workers: int) -> None:
    import warp

    draws = KernelDraws(grammar_of_run(dataset.parent))
    records = [r for r in pick_records(dataset, count, seed) if r["family"] not in SKIPPED_FAMILIES]
    kernels_dir, device_dir = job / "kernels", job / "device"
    kernels_dir.mkdir(parents=True, exist_ok=True)
    jobs = [
        job for r in records
        for job in kernel_jobs(r, draws, lambda stem: {"kind": "record", "device": "cpu",
                                                       "inputs": str(kernels_dir / f"{stem}.inputs.npz"), "results": str(kernels_dir / f"{stem}.cpu.npz")})
    ]  # fmt: skip
    status = run_jobs(jobs, workers)
    ok = [j for j in jobs if status[j["id"]]["status"] == "ok"]
    dataset_stats = dataset.parent / "dataset_stats.json"
    run = json.loads(dataset_stats.read_text()).get("run", {}) if dataset_stats.exists() else {}
    manifest = {
        "warp": warp.config.version,
        "sample": {"records": len(jobs), "pick_seed": seed, "dataset_run": {k: run.get(k) for k in ("command", "seed", "target_mb")}},
        "kernels": {j["id"]: {k: j[k] for k in ("id", "seed", "family", "name", "source", "launch")} for j in ok},
        "cpu_failures": [s for s in status.values() if s["status"] != "ok"],
    }
    device_dir.mkdir(parents=True, exist_ok=True)
    (device_dir / "manifest.json").write_text(json.dumps(manifest))
    pack({j["id"]: Path(j["inputs"]) for j in ok}, device_dir / "inputs.npz")
    pack({j["id"]: Path(j["results"]) for j in ok}, job / "cpu_results.npz")
    _stage(device_dir, warp_so)
    print(f"{len(ok)} of {len(jobs)} kernels ran on the CPU; staged {device_dir} ({_megabytes(device_dir):.1f} MB)")


def _stage(device_dir: Path, warp_so: Path) -> None:
    """The device script, the project's runtime modules and the slim Warp package."""
    import warp

    shutil.copy(REPO / "bench" / "gpu" / "device_run.py", device_dir)
    site = device_dir / "site" / "warp_synth"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(REPO / "extract", site / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    (site / "synth").mkdir(parents=True)
    shutil.copy(REPO / "synth" / "runtime_check.py", site / "synth")  # a namespace package: synth/__init__ stays home
    package = Path(warp.__file__).parent
    skip = {"__pycache__", "examples", "tests"}

    def slim(info: tarfile.TarInfo) -> tarfile.TarInfo | None:
        parts = Path(info.name).parts
        if skip & set(parts) or (len(parts) > 2 and parts[1] == "bin"):
            return None
        return info

    with tarfile.open(device_dir / "warp_pkg.tar.xz", "w:xz") as archive:
        archive.add(package, arcname="warp", filter=slim)
        archive.add(warp_so, arcname="warp/bin/warp.so")


def _megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def compare(job: Path, results: Path) -> dict:
    """Compare CUDA's results with the CPU's; print and return the figures."""
    manifest = json.loads((job / "device" / "manifest.json").read_text())
    run = json.loads((results / "cuda_status.json").read_text())
    cpu, cuda = unpack(job / "cpu_results.npz"), unpack(results / "cuda_results.npz")
    families: dict[str, Counter] = defaultdict(Counter)
    worst: dict[str, dict] = {}
    racy: list[dict] = []
    reproducers = job / "disagreements"
    shutil.rmtree(reproducers, ignore_errors=True)
    for failure in manifest["cpu_failures"]:
        families[failure["family"]]["skipped (failed on the CPU)"] += 1
    for kernel_id, kernel in manifest["kernels"].items():
        counts = families[kernel["family"]]
        counts["compared"] += 1  # run on both devices (racy ones are not compared value by value)
        if kernel_id not in cuda:
            counts["failed on CUDA"] += 1
            continue
        races = thread_order_races(kernel["source"])
        if races:
            counts["racy"] += 1
            racy.append({"family": kernel["family"], "seed": kernel["seed"], "why": races})
            continue
        verdict = compare_results(cpu[kernel_id], cuda[kernel_id], is_order_dependent(kernel["source"]))
        counts["agree" if verdict["agree"] else "disagree"] += 1
        if not verdict["agree"]:
            _write_reproducer(reproducers, kernel, job, cpu[kernel_id], cuda[kernel_id], verdict)
            if verdict["worst"]["ratio"] > worst.get(kernel["family"], {"worst": {"ratio": -1}})["worst"]["ratio"]:
                worst[kernel["family"]] = verdict
    figures = {
        "measured": True,
        "device": run["device"]["device"],
        "arch": f"sm_{run['device']['arch']}",
        "driver": ".".join(map(str, run["device"]["driver"] or ())),
        "nvrtc": ".".join(map(str, run["device"]["toolkit"] or ())),
        "warp": manifest["warp"],
        "sample": manifest["sample"],
        "build": "Warp 1.19.0 sources as shipped in warp-lang, CUDA only for sm_90, no MathDx (bench/gpu/build_warp_so.sh)",
        "device_seconds": run["seconds"],
        "kernels": len(manifest["kernels"]) + len(manifest["cpu_failures"]),
        "run_on_both": sum(c["compared"] for c in families.values()),
        "compared": sum(c["agree"] + c["disagree"] for c in families.values()),
        "agree": sum(c["agree"] for c in families.values()),
        "racy": len(racy),
        "disagree": sum(c["disagree"] for c in families.values()),
        "failed_on_cuda": sum(c["failed on CUDA"] for c in families.values()),
        "racy_not_compared": racy,
        "skipped": {"failed on the CPU": len(manifest["cpu_failures"]), **{f: why for f, why in SKIPPED_FAMILIES.items()}},
        "tolerances": {**TOLERANCES, "rule": "|cpu - cuda| <= atol * max(1, max|cpu|) + rtol * |cpu| per array; integers exact; "
                       "non-finite values in the same places; order_dependent for atomics, += into arrays, tile reductions, "
                       "hash-grid and BVH loops, and every gradient"},  # fmt: skip
        "families": {f: dict(c) for f, c in sorted(families.items())},
        "worst_by_family": {f: {"array": v["worst_array"], **v["worst"]} for f, v in sorted(worst.items())},
        "cuda_failures": [s for s in run["status"].values() if s["status"] != "ok"],
    }
    _print(figures)
    return figures


def _write_reproducer(folder: Path, kernel: dict, job: Path, cpu: dict, cuda: dict, verdict: dict) -> None:
    """Seed, source, verdict, inputs and both devices' outputs of one disagreeing kernel."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{kernel['family']}_{kernel['seed']}"
    (folder / f"{stem}.json").write_text(json.dumps({**kernel, "verdict": verdict}, indent=1))
    inputs = np.load(job / "kernels" / f"{kernel['id'].replace('/', '_')}.inputs.npz")
    arrays = {**{f"inputs/{k}": inputs[k] for k in inputs.files}, **{f"cpu/{k}": v for k, v in cpu.items()}, **{f"cuda/{k}": v for k, v in cuda.items()}}
    save_arrays(folder / f"{stem}.npz", arrays)


def _print(figures: dict) -> None:
    print(f"{figures['device']} ({figures['arch']}, driver {figures['driver']}, NVRTC {figures['nvrtc']}), Warp {figures['warp']}")
    print(f"{figures['run_on_both']} kernels run on both: {figures['agree']} agree, {figures['disagree']} disagree, "
          f"{figures['racy']} racy by construction (not compared), {figures['failed_on_cuda']} failed on CUDA; "
          f"skipped: {figures['skipped']}")  # fmt: skip
    print(f"{'family':24} {'run':>4} {'agree':>6} {'disagree':>8} {'racy':>5} {'cuda fail':>9}  worst disagreement")
    for family, counts in figures["families"].items():
        worst = figures["worst_by_family"].get(family)
        note = ""
        if worst:
            detail = worst.get("why") or f"max abs error {worst['error']:.3g}, {worst['ratio']:.3g}x allowed"
            note = f"{worst['array']}: {detail}"
        print(f"{family:24} {counts.get('compared', 0):4} {counts.get('agree', 0):6} {counts.get('disagree', 0):8} {counts.get('racy', 0):5} "
              f"{counts.get('failed on CUDA', 0):9}  {note}")
    for failure in figures["cuda_failures"]:
        print(f"  CUDA {failure['status']}: {failure['family']} seed {failure['seed']}: {failure['error'][-200:]}")


def write_gpu_stats(stats_path: Path, figures: dict) -> None:
    """Put ``figures`` under runtime_check.gpu in a dataset_stats.json, with synth's one stats
    writer, under the folder's lock."""
    from warp_synth.synth.dataset.layout import DatasetLayout
    from warp_synth.synth.dataset.lock import folder_lock
    from warp_synth.synth.dataset.stats_file import read_stats, write_stats

    layout = DatasetLayout(stats_path.parent)
    if stats_path.resolve() != layout.stats.resolve():
        sys.exit(f"--stats must be a run folder's {layout.stats.name}, not {stats_path}")
    with folder_lock(layout.folder, "bench_gpu.py"):
        stats = read_stats(stats_path)
        stats.setdefault("runtime_check", {})["gpu"] = figures
        write_stats(layout, stats)
    print(f"wrote runtime_check.gpu to {stats_path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("prepare", help="run on the CPU here and stage the device folder")
    p.add_argument("--dataset", type=Path, required=True, help="a cpu_code.jsonl")
    p.add_argument("--count", type=int, default=250)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--job", type=Path, required=True, help="folder for this comparison; J/device is what travels")
    p.add_argument("--warp-so", type=Path, required=True, help="the slim warp.so from bench/gpu/build_warp_so.sh")
    p.add_argument("--workers", type=int, default=2)
    c = commands.add_parser("compare", help="compare the device's results with the CPU's")
    c.add_argument("--job", type=Path, required=True)
    c.add_argument("--results", type=Path, required=True, help="folder with cuda_results.npz and cuda_status.json")
    c.add_argument("--stats", type=Path, help="a dataset_stats.json to write runtime_check.gpu into")
    n = commands.add_parser("not-measured", help="record in the stats that no GPU run was made")
    n.add_argument("--why", required=True)
    n.add_argument("--stats", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.dataset, args.count, args.seed, args.job, args.warp_so, args.workers)
    elif args.command == "compare":
        figures = compare(args.job, args.results)
        if args.stats:
            write_gpu_stats(args.stats, figures)
    else:
        write_gpu_stats(args.stats, {"measured": False, "why": args.why})


if __name__ == "__main__":
    main()
