"""Warp's own build of a kernel module for its launch: the reference our records are checked against.

For the CPU, the kernel is launched (``wp.launch`` or ``wp.launch_tiled`` with the module's block
size, inputs drawn as the runtime check draws them) and the ``.cpp`` Warp wrote into its kernel
cache is read back. For CUDA, where no GPU is needed or used, ``wp.compile_aot_module`` builds the
module for ``arch`` at the launch's block size and its ``.cu`` is read back. Both run in a child
process with a kernel cache of its own (Warp reads the cache's place once, at ``warp.init()``):

    python -m warp_synth.extract.warp_build CACHE_DIR < job.json    (prints {device: text} as JSON)

A job is ``{"source", "module", "filename", "launch": {"ndim", "tiled"?}, "arch", "mathdx", "devices", "kernel"?}``
(``kernel``: the name of the module's kernel launched, whose ``launch`` it is; by default its first);
with ``mathdx`` false the module switches MathDx off with ``wp.set_module_options`` first, as a
user would.
Running a module executes it: callers hand this only records they trust (``synth.dataset.trust``).
"""

from __future__ import annotations

import glob
import json
import linecache
import os
import subprocess
import sys
import tempfile


def warp_builds(job: dict, prefix: tuple[str, ...] = ()) -> dict[str, str]:
    """Run ``job`` in a fresh child (its command line after ``prefix``, e.g. one that cuts it off
    from the network) and return what Warp wrote for each device."""
    with tempfile.TemporaryDirectory(prefix="warp_build_") as cache:
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "warp_synth.extract.warp_build", cache], input=json.dumps(job), capture_output=True, text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},  # Warp's code generator iterates sets
        )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"Warp's own build of {job['module']} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def _build(job: dict, cache: str) -> dict[str, str]:
    import warp as wp

    wp.config.log_level = wp.LOG_WARNING
    wp.config.kernel_cache_dir = cache
    wp.init()
    from warp._src import context

    from warp_synth.extract.runtime import draw_inputs, run_kernel

    source, filename = job["source"], job["filename"]
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"__name__": job["module"]}
    exec(compile(source, filename, "exec", dont_inherit=True), namespace)
    module = context.user_modules[job["module"]]
    if not job["mathdx"]:
        wp.set_module_options({"enable_mathdx_gemm": False, "enable_mathdx_fft": False, "enable_mathdx_solver": False}, module)
    # a launch of any kernel builds the whole module: the one launched is the job's (else the first)
    kernel = next(k for k in module.kernels.values() if job.get("kernel") in (None, k.func.__name__))
    texts = {}
    if "cpu" in job["devices"]:
        run_kernel(kernel, namespace, job["launch"], draw_inputs(kernel, job["launch"], seed=0), "cpu", backward=False)
        (path,) = glob.glob(os.path.join(wp.config.kernel_cache_dir, "wp_*", "*.cpp"))
        texts["cpu"] = open(path, encoding="utf-8").read()
    if "cuda" in job["devices"]:
        tiled = job["launch"].get("tiled")
        if tiled:
            wp.set_module_options({"block_dim": int(namespace[tiled])}, module)
        folder = os.path.join(cache, "aot")
        wp.compile_aot_module(module, arch=job["arch"], module_dir=folder, use_ptx=True)
        (path,) = glob.glob(os.path.join(folder, "*.cu"))
        texts["cuda"] = open(path, encoding="utf-8").read()
    return texts


if __name__ == "__main__":
    found = _build(json.loads(sys.stdin.read()), sys.argv[1])
    print(json.dumps(found))
