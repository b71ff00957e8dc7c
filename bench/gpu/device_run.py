"""The device half of bench/bench_gpu.py: run the staged kernels on CUDA with the staged inputs.

Runs on the GPU machine from the staged folder (``bench_gpu.py prepare`` writes it):

    python3 device_run.py --out $OUT [--workers 14]

It unpacks the slim Warp package (warp_pkg.tar.xz: Warp 1.19.0's Python package and a
warp.so built by build_warp_so.sh), finds libnvrtc.so.13, launches every kernel of
inputs.npz on ``cuda:0`` in child processes (``runtime_check``'s record jobs: a crash takes
only its child down) and writes cuda_results.npz and cuda_status.json to --out. Standard
library and numpy only, besides the staged files.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
NVRTC_FOLDERS = ("/usr/local/cuda/lib64", "/usr/local/cuda/targets/x86_64-linux/lib")


def nvrtc_folder() -> str:
    """A folder holding libnvrtc.so.13: the Python wheel's first, then the toolkit's, then ldconfig's."""
    try:
        import nvidia

        candidates = [str(Path(p) / "cu13" / "lib") for p in nvidia.__path__] + [str(Path(p) / "cuda_nvrtc" / "lib") for p in nvidia.__path__]
    except ImportError:
        candidates = []
    for folder in [*candidates, *NVRTC_FOLDERS]:
        if (Path(folder) / "libnvrtc.so.13").exists():
            return folder
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found = next((line.split("=>")[-1].strip() for line in listing.splitlines() if "libnvrtc.so.13" in line), None)
    if found is None:
        raise SystemExit("libnvrtc.so.13 not found (looked in the nvidia Python packages, /usr/local/cuda, ldconfig)")
    return str(Path(found).parent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 2) - 2))
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/warp_synth_gpu"))
    args = parser.parse_args()
    started = time.perf_counter()
    site, work = args.scratch / "site", args.scratch / "kernels"
    work.mkdir(parents=True, exist_ok=True)
    with tarfile.open(HERE / "warp_pkg.tar.xz") as archive:
        archive.extractall(site, filter="data")
    nvrtc = nvrtc_folder()
    print(f"libnvrtc.so.13 from {nvrtc}", flush=True)
    os.environ["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [nvrtc, os.environ.get("LD_LIBRARY_PATH")]))
    os.environ["PYTHONPATH"] = os.pathsep.join([str(site), str(HERE / "site")])
    sys.path[:0] = [str(site), str(HERE / "site")]
    # Warp loads warp.so, and with it libnvrtc, in the children, which see the paths set above.
    from warp_synth.synth.checks.runtime_check import run_jobs, save_arrays, unpack, pack

    info = subprocess.run(
        [sys.executable, "-c", "import warp as wp; wp.config.quiet = True; wp.init(); d = wp.get_device('cuda:0');"
         " import json; print(json.dumps({'device': d.name, 'arch': d.arch, 'warp': wp.config.version,"
         " 'driver': wp._src.context.runtime.driver_version, 'toolkit': wp._src.context.runtime.toolkit_version}))"],
        capture_output=True, text=True, env=os.environ,
    )  # fmt: skip
    print(info.stdout + info.stderr[-3000:], flush=True)
    if info.returncode != 0:
        raise SystemExit("Warp found no CUDA device (its output is above)")
    device = json.loads(info.stdout.strip().splitlines()[-1])
    manifest = json.loads((HERE / "manifest.json").read_text())
    jobs = []
    for kernel_id, arrays in unpack(HERE / "inputs.npz").items():
        stem = kernel_id.replace("/", "_")  # a module's kernel: <record id>/<kernel name>
        save_arrays(work / f"{stem}.inputs.npz", arrays)
        jobs.append({**manifest["kernels"][kernel_id], "kind": "record", "device": "cuda:0",
                     "inputs": str(work / f"{stem}.inputs.npz"), "results": str(work / f"{stem}.cuda.npz")})  # fmt: skip
    print(f"{len(jobs)} kernels on {device['device']} (sm_{device['arch']}), {args.workers} workers", flush=True)
    status = run_jobs(jobs[:1], 1)  # one kernel first: it builds the shared precompiled header alone
    status.update(run_jobs(jobs[1:], args.workers))
    done = {job["id"]: Path(job["results"]) for job in jobs if status[job["id"]]["status"] == "ok"}
    args.out.mkdir(parents=True, exist_ok=True)
    pack(done, args.out / "cuda_results.npz")
    seconds = round(time.perf_counter() - started, 1)
    (args.out / "cuda_status.json").write_text(json.dumps({"device": device, "seconds": seconds, "status": status}, indent=1))
    failed = [s for s in status.values() if s["status"] != "ok"]
    print(f"ran {len(done)} of {len(jobs)} kernels on cuda in {seconds} s; {len(failed)} failed", flush=True)
    for failure in failed[:10]:
        print(f"  {failure['status']}: {failure['family']} seed {failure['seed']}: {failure['error'][-300:]}", flush=True)


if __name__ == "__main__":
    main()
