"""Run generated kernels in child processes: a kernel that crashes, reads out of bounds or
hangs is reported with its seed, and the work goes on with the next one in a fresh child.

A record is a module: each of its kernels is a job of its own (id ``<record id>/<kernel name>``),
and the record's ``runtime`` label sums up its kernels' (``module_label``).

Two kinds of job: ``check`` launches a kernel on the CPU (forward bounds-checked, forward and
backward optimised); ``record`` launches it on a device and saves its inputs, outputs and
gradients as npz, so that two devices' runs of the same kernel on the same inputs can be
compared (``compare_results``).

    python -m warp_synth.synth.checks.runtime_check    (the child: reads jobs on stdin, writes one line per kernel)

Running a record runs its Python: every child starts in a network namespace of its own (no
network) where the system allows one (``unshare``), with an address-space limit, and a kernel
that runs past ``KERNEL_TIMEOUT_S`` is killed. Records from files this project did not write
run only when the caller says so (``synth.dataset.trust``).

Only the standard library, numpy and Warp are needed here, so the child also runs on a GPU
machine that lacks the project's other dependencies.
"""

from __future__ import annotations

import functools
import json
import os
import random
import re
import select
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

KERNEL_TIMEOUT_S = 120  # debug-mode compilation of one kernel included
CHILD_MEMORY_BYTES = 4 << 30  # address space of a CPU child: Warp and its JIT need about 1 GiB
# Ways to start a child without network, tried in order: a user namespace lets a user who is
# not root make one; root can make the network namespace alone.
NO_NETWORK_PREFIXES = (("unshare", "--user", "--map-root-user", "--net"), ("unshare", "--net"))

# Outputs whose value depends on the order in which threads (or a reduction tree) combine:
# atomics, `+=` into an array (Warp makes it atomic), tile reductions, neighbour and BVH loops.
ORDER_DEPENDENT = re.compile(r"atomic_|\w\[[^\]\n]*\]\s*[-+]=|tile_(sum|max|min|reduce|scan)|hash_grid_query|bvh_query")

# Atomics whose results do not depend on order only while one kind combines into an array:
# adds (and `+=`) commute, so do mins, and maxes, but an add mixed with a max does not, nor
# does an exchange or compare-and-swap. Such kernels are racy by construction: their values
# are not compared, only reported.
ATOMIC_CALL = re.compile(r"atomic_(\w+)\(\s*([A-Za-z_]\w*)")
ARRAY_ADD = re.compile(r"\b([A-Za-z_]\w*)\[[^\]\n]*\]\s*[-+]=")
COMMUTING_KINDS = {"add": "add", "sub": "add", "min": "min", "max": "max", "and": "and", "or": "or", "xor": "xor"}

# |cpu - other| <= atol * scale + rtol * |cpu|, scale = max(1, largest finite |cpu| in that array).
# Elementwise float results differ by fused multiply-adds and the devices' transcendental
# functions (a few ulp); sums combined in another order (atomics, reductions, every gradient,
# since Warp's adjoints accumulate atomically) get ten times more. Integers must match exactly.
TOLERANCES = {"elementwise": {"rtol": 1e-4, "atol": 1e-5}, "order_dependent": {"rtol": 1e-3, "atol": 1e-4}}


class KernelDraws:
    """The grammar a dataset's kernels were drawn from, as the runtime check needs it: each
    template's launch contract (``grammar.launch``), and each parameter's input range from its
    role, found by drawing a module's derivations again from its seed."""

    def __init__(self, grammar):
        from warp_synth.synth.generate.pipeline import KernelFactory

        self.grammar = grammar
        self.factory = KernelFactory(grammar, ("cpu",))

    def launch(self, kernel: dict) -> dict:
        """The launch contract of a kernel's template (an entry of a record's ``kernels``), or of
        its family where this grammar lacks the template."""
        if kernel["template"] in self.grammar.productions:
            return self.grammar.launch_of(kernel["template"])
        return self.grammar.families[kernel["family"]].launch

    def ranges(self, record: dict) -> dict[str, dict[str, dict]]:
        """For each kernel of the record (by its template), each parameter's input range from its
        role (``roles.toml``: ``range``, ``unit``); empty when this grammar does not draw this
        module from its seed (another grammar, or one changed since): inputs then follow the
        parameters' names."""
        drawn = self.factory.draw_module(record["seed"])
        templates = {kernel["template"] for kernel in record["kernels"]}  # the novelty filter may have left some out
        drawn = drawn.only(tuple(i for i, d in enumerate(drawn.derivations) if d.kernel_production in templates))
        if drawn.module.source != record["python_source"]:
            return {}
        ranges: dict[str, dict[str, dict]] = {}
        for derivation in drawn.derivations:
            for param in derivation.params:
                role = self.grammar.roles.by_name.get(param.role)
                if role is not None and (role.range is not None or role.unit):
                    ranges.setdefault(derivation.kernel_production, {})[param.name] = {"range": list(role.range) if role.range else None, "unit": role.unit}
        return ranges


def grammar_of_run(folder: Path):
    """The grammar the run in ``folder`` drew its kernels from: read again from where its stats
    say (``run.templates``, ``run.weights_file``) if those files still hash to the run's
    ``grammar_sha256``; otherwise (records from elsewhere, files moved or changed) the shipped one."""
    from warp_synth.grammar.shipped import grammar_source, load_grammar

    try:
        run = json.loads((folder / "dataset_stats.json").read_text(encoding="utf-8"))["run"]
        source = grammar_source(*(Path(run[key]) if run.get(key) else None for key in ("weights_file", "templates")))
        if source.digest() == run["grammar_sha256"]:
            return source.load()
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return load_grammar()


def pick_records(path: Path, count: int, seed: int) -> list[dict]:
    """``count`` records of a dataset file, drawn reproducibly."""
    from warp_synth.synth.dataset.layout import read_records  # here: the GPU machine runs this module without orjson

    rows = list(read_records(path))
    return [rows[i] for i in sorted(random.Random(seed).sample(range(len(rows)), min(count, len(rows))))]


def kernel_jobs(record: dict, draws: KernelDraws, extra=None) -> list[dict]:
    """A job for each kernel of one dataset record; ``extra(id)`` adds the ``kind`` and its paths."""
    ranges = draws.ranges(record)
    return [
        {
            "id": f"{record['id']}/{kernel['name']}", "seed": record["seed"], "family": kernel["family"], "name": kernel["name"],
            "source": record["python_source"], "launch": draws.launch(kernel), "ranges": ranges.get(kernel["template"], {}),
            **(extra(f"{record['id']}_{kernel['name']}") if extra else {}),
        }
        for kernel in record["kernels"]
    ]  # fmt: skip


def record_of(job_id: str) -> str:
    """The id of the record a kernel's job is of."""
    return job_id.partition("/")[0]


def run_sample(path: Path, count: int, seed: int = 0, workers: int = os.cpu_count() or 1, trust_code: bool = False, grammar=None) -> dict:
    """Launch ``count`` random records of ``path`` on the CPU: whether each ran clean, whether its
    outputs are finite, and its gradient check; a gradient mismatch no known Warp limit explains
    is written, with what reproduces it, to ``gradient_mismatches.jsonl`` beside ``path``.

    Records run only if ``path`` is a finished run's own file (its checkpoint vouches for its
    bytes) or ``trust_code`` says to run them anyway (``synth.dataset.trust``). ``grammar`` is the
    one the records were drawn from (by default, ``grammar_of_run`` of their folder)."""
    from warp_synth.extract.runtime import FD_STEP, GRADIENT_ATOL, GRADIENT_RTOL
    from warp_synth.synth.analysis.adjoint import adjoint_caveats
    from warp_synth.synth.dataset.trust import may_run

    records = pick_records(path, count, seed)  # read (and checked) first: reading runs nothing
    isolation = may_run(path, trust_code, no_network_prefix() is not None)
    draws = KernelDraws(grammar or grammar_of_run(path.parent))
    jobs = [job for r in records for job in kernel_jobs(r, draws, lambda _: {"kind": "check"})]
    results = run_jobs(jobs, workers)
    failures = [r for r in results.values() if r["status"] != "ok"]
    ran = [r for r in results.values() if r["status"] == "ok"]
    sources = {r["id"]: r["python_source"] for r in records}
    gradients: dict[str, dict] = {}
    mismatches = []
    for result in sorted(ran, key=lambda r: r["id"]):
        check = result["gradient"]
        family = gradients.setdefault(result["family"], {"checked": 0, "passed": 0, "skipped": {}, "known_limit_kernels": 0, "known_limit": {}, "mismatch": 0})
        family["checked"] += 1
        if check["status"] == "passed":
            family["passed"] += 1
        elif check["status"] == "skipped":
            family["skipped"][check["reason"]] = family["skipped"].get(check["reason"], 0) + 1
        elif limits := adjoint_caveats(sources[record_of(result["id"])]):
            result["gradient"] = {**check, "status": "known_limit", "reason": "; ".join(limits)}  # what the checks file says
            family["known_limit_kernels"] += 1  # a kernel may hit several limits: each is counted below
            for limit in limits:
                family["known_limit"][limit] = family["known_limit"].get(limit, 0) + 1
        else:
            family["mismatch"] += 1
            mismatches.append({"id": result["id"], "seed": result["seed"], "family": result["family"],
                               **{k: check[k] for k in ("adjoint", "fd", "fd_quarter_step")}})  # fmt: skip
    agreement = caveat_agreement([(bool(adjoint_caveats(sources[record_of(r["id"])])), r["gradient"]["status"]) for r in ran])
    _write_mismatches(path.parent / MISMATCHES_FILE, mismatches, sources)
    _write_checks(path.parent / CHECKS_FILE, results)
    finite = [r for r in ran if not r["non_finite"]]
    return {
        "records": len(records),
        "kernels": len(jobs),
        "passed": len(jobs) - len(failures),
        "failures": failures,
        "mode": "CPU; forward pass bounds-checked (Warp debug mode), forward and backward passes optimised",
        "isolation": isolation,
        "finite": {
            "checked": len(ran), "all_finite": len(finite), "share": round(len(finite) / max(1, len(ran)), 4),
            "non_finite": [{"id": r["id"], "seed": r["seed"], "family": r["family"], "arrays": r["non_finite"]} for r in ran if r["non_finite"]],
        },
        "gradient": {
            "method": "Warp's adjoint (wp.launch adjoint=True) of sum(w * outputs) along a random direction of the float "
                      f"arrays the kernel only reads, against central differences of step {FD_STEP} and {FD_STEP / 4}, on the CPU",
            "tolerance": f"|adjoint - fd| <= {GRADIENT_ATOL} + {GRADIENT_RTOL} * max(|adjoint|, |fd|)",
            "totals": {key: sum(f[key] for f in gradients.values()) for key in ("checked", "passed", "mismatch")},
            "by_family": dict(sorted(gradients.items())),
            "mismatches": mismatches,
            "mismatches_file": MISMATCHES_FILE if mismatches else None,
            "caveats_vs_outcome": agreement,
        },
        "checks_file": CHECKS_FILE,
    }  # fmt: skip


def caveat_agreement(outcomes: list[tuple[bool, str]]) -> dict:
    """How well the static ``adjoint_caveats`` (computed for every record) predict the gradient
    check's outcome: (a caveat was flagged, the outcome) per checked kernel. A mismatch that a
    caveat explains is reported as ``known_limit``: both count as the adjoint disagreeing."""
    table = {"flagged_disagreed": 0, "flagged_passed": 0, "unflagged_disagreed": 0, "unflagged_passed": 0}
    for flagged, outcome in outcomes:
        if outcome in ("passed", "mismatch", "known_limit"):
            agreed = "passed" if outcome == "passed" else "disagreed"
            table[f"{'flagged' if flagged else 'unflagged'}_{agreed}"] += 1
    flagged = table["flagged_disagreed"] + table["flagged_passed"]
    disagreed = table["flagged_disagreed"] + table["unflagged_disagreed"]
    return {
        **table,
        "precision": round(table["flagged_disagreed"] / flagged, 3) if flagged else None,  # flagged kernels whose adjoint disagreed
        "recall": round(table["flagged_disagreed"] / disagreed, 3) if disagreed else None,  # disagreeing adjoints that were flagged
    }


MISMATCHES_FILE = "gradient_mismatches.jsonl"
CHECKS_FILE = "runtime_checks.jsonl"


def _write_checks(path: Path, results: dict[str, dict]) -> None:
    """What each checked kernel passed, one line per kernel id: ``ran`` (ok, error, crash or
    hang), ``finite`` and ``gradient`` (passed, mismatch, known_limit or skipped, with why)."""
    from warp_synth.synth.dataset.layout import replace_file

    lines = []
    for kernel_id, result in sorted(results.items()):
        check = {"id": kernel_id, "seed": result["seed"], "family": result["family"], "ran": result["status"]}
        if result["status"] == "ok":
            gradient = result["gradient"]
            status, why = gradient["status"], gradient.get("reason")
            check.update(finite=not result["non_finite"], gradient=status, **({"why": why} if why else {}))
        lines.append(json.dumps(check) + "\n")
    replace_file(path, "".join(lines))


# A module's outcome is its worst kernel's: how a run ended, and how a gradient check did.
RAN_ORDER = ("ok", "error", "crash", "hang")
GRADIENT_ORDER = (None, "skipped", "passed", "known_limit", "mismatch")


def module_label(checks: list[dict]) -> dict:
    """A record's ``runtime`` label (``synth.dataset.schema.RUNTIME_SCHEMA``) from its kernels'
    checks: the worst run and the worst gradient check among them, finite only if every kernel
    that ran was, and the why of each kernel that has one, by kernel name."""
    ran = [check for check in checks if check["ran"] == "ok"]
    why = "; ".join(f"{check['id'].partition('/')[2]}: {check['why']}" for check in checks if check.get("why"))
    return {
        "status": max((check["ran"] for check in checks), key=RAN_ORDER.index), "device": "cpu",
        "finite": all(check["finite"] for check in ran) if ran else None,
        "gradient": max((check.get("gradient") for check in ran), key=GRADIENT_ORDER.index, default=None),
        "why": why or None, "cpu_vs_gpu": None,
    }  # fmt: skip


def runtime_labels(folder: Path) -> dict[str, dict]:
    """Each checked record's ``runtime`` label (``module_label``), from the checks file in
    ``folder``: record id -> label."""
    path = folder / CHECKS_FILE
    if not path.exists():
        return {}
    checks: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        check = json.loads(line)
        checks.setdefault(record_of(check["id"]), []).append(check)
    return {record: module_label(found) for record, found in checks.items()}


def _write_mismatches(path: Path, mismatches: list[dict], sources: dict[str, str]) -> None:
    """The reproducers of the gradient mismatches (seed, source, both derivatives), or no file."""
    from warp_synth.synth.dataset.layout import replace_file

    if mismatches:
        replace_file(path, "".join(json.dumps({**m, "python_source": sources[record_of(m["id"])]}) + "\n" for m in mismatches))
    else:
        path.unlink(missing_ok=True)


@functools.cache
def no_network_prefix() -> tuple[str, ...] | None:
    """The command prefix that starts a child without network on this system, or None."""
    for prefix in NO_NETWORK_PREFIXES:
        try:
            if subprocess.run([*prefix, "true"], capture_output=True, timeout=30).returncode == 0:
                return prefix
        except (OSError, subprocess.TimeoutExpired):
            continue
    return None


def run_jobs(jobs: list[dict], workers: int, memory_bytes: int | None = CHILD_MEMORY_BYTES) -> dict[str, dict]:
    """Run ``jobs`` in ``workers`` children at once, each on its share; one result per job id.
    Each child has no network where the system allows it, and at most ``memory_bytes`` of
    address space (None: no limit; a CUDA context reserves far more than it uses)."""
    shares = [jobs[index::workers] for index in range(workers)]
    with ThreadPoolExecutor(workers) as pool:
        return {k: v for part in pool.map(lambda share: _run_all(share, memory_bytes), shares) for k, v in part.items()}


def _run_all(jobs: list[dict], memory_bytes: int | None) -> dict[str, dict]:
    """Results for every job: a fresh child takes over after each crash or hang."""
    results: dict[str, dict] = {}
    while len(results) < len(jobs):
        results.update(_run_child([job for job in jobs if job["id"] not in results], memory_bytes))
    return results


def _run_child(jobs: list[dict], memory_bytes: int | None) -> dict[str, dict]:
    """Run jobs in order in one child; stop at the first crash or hang and blame that job."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    limit = [] if memory_bytes is None else ["--memory-bytes", str(memory_bytes)]
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a chatty child never blocks on it
        child = subprocess.Popen(
            [*(no_network_prefix() or ()), sys.executable, "-m", "warp_synth.synth.checks.runtime_check", *limit],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env,
        )  # fmt: skip
        child.stdin.write(json.dumps(jobs).encode())
        child.stdin.close()
        results: dict[str, dict] = {}
        for job in jobs:
            ready, _, _ = select.select([child.stdout], [], [], KERNEL_TIMEOUT_S)
            line = child.stdout.readline() if ready else b""
            if line:
                result = json.loads(line)
                results[result["id"]] = result
                continue
            child.kill()
            child.wait()
            log.seek(0)
            message = log.read().decode(errors="replace")[-2000:]
            status = "crash" if ready else "hang"
            results[job["id"]] = {"id": job["id"], "seed": job["seed"], "family": job["family"], "status": status, "error": message}
            break
        child.wait()
    return results


def save_arrays(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write named arrays to ``path`` (npz; written under a temporary name, then renamed)."""
    partial = Path(f"{path}.partial.npz")
    np.savez_compressed(partial, **arrays)
    os.replace(partial, path)


def load_arrays(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as archive:
        return {key: archive[key] for key in archive.files}


def pack(paths: dict[str, Path], bundle: Path) -> None:
    """Many kernels' npz files as one npz whose keys are ``<kernel id>/<array name>``."""
    save_arrays(bundle, {f"{kernel}/{key}": value for kernel, path in paths.items() for key, value in load_arrays(path).items()})


def unpack(bundle: Path) -> dict[str, dict[str, np.ndarray]]:
    """The inverse of ``pack``: kernel id -> its arrays."""
    kernels: dict[str, dict[str, np.ndarray]] = {}
    for key, value in load_arrays(bundle).items():
        kernel, name = key.rsplit("/", 1)
        kernels.setdefault(kernel, {})[name] = value
    return kernels


def _record(job: dict) -> None:
    """Run one ``record`` job: inputs from ``job["inputs"]`` if that file exists, else drawn
    from the seed and saved there; outputs and gradients on ``job["device"]`` to ``job["results"]``."""
    from warp_synth.extract.runtime import inputs_for, record_on_device

    module, filename, inputs = f"record_{job['id'].replace('/', '_')}", f"{job['name']}.py", Path(job["inputs"])
    if inputs.exists():
        data = load_arrays(inputs)
    else:
        data = inputs_for(job["source"], module, filename, job["launch"], job["seed"] % 2**32, job["name"])
        save_arrays(inputs, data)
    save_arrays(Path(job["results"]), record_on_device(job["source"], module, filename, job["launch"], data, job["device"], job["name"]))


def compare_arrays(reference: np.ndarray, other: np.ndarray, tolerance: dict) -> dict:
    """How far ``other`` is from ``reference``: ``ratio`` (worst error over what is allowed;
    agreement is ``ratio <= 1``), the worst absolute error and where; non-finite values must
    sit in the same places (NaN with NaN, each infinity with its own sign)."""
    if reference.shape != other.shape or reference.dtype != other.dtype:
        return {"ratio": float("inf"), "why": f"shape/dtype {reference.shape} {reference.dtype} vs {other.shape} {other.dtype}"}
    if reference.dtype.kind not in "fc":
        differ = int(np.count_nonzero(reference != other))
        return {"ratio": float("inf") if differ else 0.0, "error": differ, "why": f"{differ} integer values differ" if differ else ""}
    a, b = reference.astype(np.float64), other.astype(np.float64)
    finite = np.isfinite(a)
    if not np.array_equal(finite, np.isfinite(b)) or not np.array_equal(a[~finite], b[~finite], equal_nan=True):
        return {"ratio": float("inf"), "why": "non-finite values differ"}
    if not finite.any():
        return {"ratio": 0.0, "error": 0.0}
    scale = max(1.0, float(np.abs(a[finite]).max()))
    error = np.zeros_like(a)
    error[finite] = np.abs(a[finite] - b[finite])
    allowed = tolerance["atol"] * scale + tolerance["rtol"] * np.abs(np.where(finite, a, 0.0))
    worst = np.unravel_index(int(np.argmax(error / allowed)), a.shape)
    return {"ratio": float(error[worst] / allowed[worst]), "error": float(error.max()), "at": [int(i) for i in worst]}


def compare_results(reference: dict[str, np.ndarray], other: dict[str, np.ndarray], order_dependent: bool) -> dict:
    """Compare two runs' outputs and gradients array by array; the worst array decides.

    ``order_dependent`` (the kernel's outputs are combined in thread order: see
    ``ORDER_DEPENDENT``) selects the looser float tolerance for ``out.*``; ``grad.*`` always
    gets it. Returns ``agree``, the worst array's name and its comparison, and the arrays checked.
    """
    worst_key, worst = None, {"ratio": 0.0}
    for key in sorted(reference):
        if key not in other:
            comparison = {"ratio": float("inf"), "why": "missing"}
        else:
            loose = order_dependent or key.startswith("grad.")
            comparison = compare_arrays(reference[key], other[key], TOLERANCES["order_dependent" if loose else "elementwise"])
        if worst_key is None or comparison["ratio"] > worst["ratio"]:
            worst_key, worst = key, comparison
    return {"agree": worst["ratio"] <= 1.0, "worst_array": worst_key, "worst": worst, "arrays": len(reference)}


def is_order_dependent(source: str) -> bool:
    """Whether a kernel's results depend on the order its threads combine them in."""
    return ORDER_DEPENDENT.search(source) is not None


def thread_order_races(source: str) -> list[str]:
    """Why a kernel's results depend on which thread comes first (empty when they do not)."""
    kinds: dict[str, set[str]] = {}
    for op, array in ATOMIC_CALL.findall(source):
        kinds.setdefault(array, set()).add(COMMUTING_KINDS.get(op, op))
    for array in ARRAY_ADD.findall(source):
        kinds.setdefault(array, set()).add("add")
    return [f"atomic {' and '.join(sorted(ops))} on {array}" for array, ops in sorted(kinds.items())
            if len(ops) > 1 or not ops <= set(COMMUTING_KINDS.values())]  # fmt: skip


def _child(args: list[str]) -> None:
    import resource

    if args[:1] == ["--memory-bytes"]:  # before Warp loads: the limit covers everything the jobs do
        resource.setrlimit(resource.RLIMIT_AS, (int(args[1]), int(args[1])))
    from warp_synth.extract.runtime import launch_on_cpu

    results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever Warp prints goes to the log, not into the results
    for job in json.loads(sys.stdin.buffer.read()):
        result = {"id": job["id"], "seed": job["seed"], "family": job["family"], "status": "ok"}
        try:
            if job.get("kind", "check") == "record":
                _record(job)
            else:
                module = f"runtime_{job['id'].replace('/', '_')}"
                result.update(launch_on_cpu(job["source"], module, f"{job['name']}.py", job["launch"], job["seed"] % 2**32, job.get("ranges"), job["name"]))
        except Exception as error:  # the kernel failed to load or launch: report it, go on
            result.update(status="error", error=f"{type(error).__name__}: {error}"[-2000:])
        results.write(json.dumps(result).encode() + b"\n")
        results.flush()


if __name__ == "__main__":
    _child(sys.argv[1:])
