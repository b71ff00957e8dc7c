"""The property tests with fresh random seeds and many examples, and the figures that size the
reachability test.

    python bench/bench_properties.py                           # every property, 20 examples each
    python bench/bench_properties.py --examples 200 -k "same_seed or python"
    python bench/bench_properties.py --examples 12 -k natively # native: examples // 3 per run
    python bench/bench_properties.py --reach 20                # reachability over 20 run seeds only

Part 1 runs the Hypothesis properties through pytest under a profile that draws fresh seeds
and budgets (not derandomized, no example database, failures shrunk) with --examples examples
per test, and prints per property: examples run, failing tests, seconds, kernels drawn and built
by Warp per second. CI runs the same properties on 3 fixed examples (tests/conftest.py);
`HYPOTHESIS_PROFILE=thorough pytest` is a shorter hunt with fresh seeds.

Part 2 (--reach N, pure Python): for N run seeds, how many kernels one seed takes until every
template is used; how often the rarest templates occur; and the chance that the fixed set of
kernels the reachability test draws misses some template.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.statistics import collector

import warp_synth.extract
import warp_synth.grammar

ROOT = Path(__file__).resolve().parent.parent
PROPERTIES = {
    "template compiles for both devices": "tests/test_templates_compile.py::test_every_template_compiles_for_both_devices",
    "same seed, same kernel": "tests/test_grammar.py::test_same_seed_same_kernel",
    "rendered Python is valid": "tests/test_grammar.py::test_rendered_kernels_are_python_with_one_kernel",
    "record is Warp's output, in its parts": "tests/test_extract.py::test_record_plus_preamble_is_warps_output_and_sections_are_its_parts",
    "native compile, both devices": "tests/test_native_compile.py::test_every_template_compiles_natively",
}


class Counted:
    """The real function, counting its calls (kernels drawn, kernels built by Warp)."""

    def __init__(self, function):
        self.function, self.calls = function, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)


class Figures:
    """A pytest plugin adding up, per property, Hypothesis's examples, failures, time and kernels."""

    def __init__(self, sampled: Counted, built: Counted):
        self.sampled, self.built = sampled, built
        self.rows: dict[str, Counter] = {}

    @pytest.hookimpl(hookwrapper=True, trylast=True)  # innermost: Hypothesis reports its statistics here
    def pytest_runtest_call(self, item):
        row = self.rows.setdefault(self._property(item), Counter())
        found = {}
        before = (time.perf_counter(), self.sampled.calls, self.built.calls)
        with collector.with_value(found.update):
            outcome = yield
        row["tests"] += 1
        row["failed"] += outcome.excinfo is not None
        row["seconds"] += time.perf_counter() - before[0]
        row["sampled"] += self.sampled.calls - before[1]
        row["built"] += self.built.calls - before[2]
        for phase in ("explicit", "reuse", "generate"):
            cases = found.get(f"{phase}-phase", {}).get("test-cases", [])
            row["examples"] += sum(case["status"] in ("valid", "interesting") for case in cases)

    @staticmethod
    def _property(item) -> str:
        path = item.nodeid.split("[")[0]
        return next(name for name, nodeid in PROPERTIES.items() if nodeid == path)

    def print(self) -> None:
        print(f"\n{'property':42} {'tests':>5} {'examples':>8} {'failed':>6} {'seconds':>8} {'drawn/s':>8} {'built/s':>8}")
        for name, row in self.rows.items():
            seconds = max(row["seconds"], 1e-9)
            print(
                f"{name:42} {row['tests']:5} {row['examples']:8} {row['failed']:6} {seconds:8.1f}"
                f" {row['sampled'] / seconds:8.1f} {row['built'] / seconds:8.1f}"
            )


def run_properties(examples: int, keyword: str | None) -> int:
    """Part 1: the properties under a fresh-randomness profile; pytest's exit code."""
    settings.register_profile(
        "bench",
        max_examples=examples,
        deadline=None,
        derandomize=False,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    os.environ["HYPOTHESIS_PROFILE"] = "bench"  # tests/conftest.py loads it
    # Counted before the tests import them, so every test module gets the counting ones.
    sampled = warp_synth.grammar.sample = Counted(warp_synth.grammar.sample)
    built = warp_synth.extract.generate = Counted(warp_synth.extract.generate)
    figures = Figures(sampled, built)
    arguments = ["-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT), *(str(ROOT / n) for n in PROPERTIES.values())]
    arguments += ["-W", "ignore::pytest.PytestAssertRewriteWarning"]  # Hypothesis is imported before pytest starts
    started = time.perf_counter()
    code = pytest.main(arguments + (["-k", keyword] if keyword else []), plugins=[figures])
    figures.print()
    print(f"total {time.perf_counter() - started:.0f} s, {examples} examples per test (native: {max(1, examples // 3)})")
    return int(code)


def reach_figures(run_seeds: int, rate_kernels: int) -> None:
    """Part 2: kernels until every template is used, per run seed; rarest templates; test's odds."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_grammar import REACH_KERNELS_PER_SEED, REACH_RUN_SEEDS

    from warp_synth.grammar import kernel_seed, sample
    from warp_synth.grammar.shipped import load_grammar

    grammar = load_grammar()
    templates = set(grammar.productions)
    needed, used_in, drawn = [], Counter(), 0
    started = time.perf_counter()
    for run_seed in range(run_seeds):
        unreached, index = set(templates), 0
        while unreached or index < rate_kernels:
            used = set(sample(grammar, kernel_seed(run_seed, index)).productions_used)
            index += 1
            if index <= rate_kernels:
                used_in.update(used)
            if unreached:
                unreached -= used
                if not unreached:
                    needed.append(index)
        drawn += index
    seconds = time.perf_counter() - started
    total = run_seeds * rate_kernels
    print(f"\nreachability: {run_seeds} run seeds, {drawn} kernels drawn in {seconds:.1f} s ({drawn / seconds:.0f}/s)")
    print(f"kernels until every template is used, per run seed: {sorted(needed)}")
    print(f"  min {min(needed)}, median {statistics.median(needed):.0f}, max {max(needed)}")
    print(f"rarest templates, share of kernels using them (over {total} kernels):")
    for name in sorted(templates, key=lambda n: used_in[n])[:6]:
        print(f"  {name:32} {used_in[name] / total:.5f} (1 in {total / max(used_in[name], 1):.0f})")
    size = len(REACH_RUN_SEEDS) * REACH_KERNELS_PER_SEED
    for kernels in sorted({size // 2, size, 2 * size}):
        missed = sum(math.exp(kernels * math.log1p(-used_in[n] / total)) for n in templates if used_in[n] < total)
        print(f"  a fixed set of {kernels} kernels misses some template with probability about {missed:.4f}")
    unreached, index = set(templates), 0
    while unreached and index < REACH_KERNELS_PER_SEED:
        for run_seed in REACH_RUN_SEEDS:
            unreached -= set(sample(grammar, kernel_seed(run_seed, index)).productions_used)
        index += 1
    print(f"the test's own set (run seeds {list(REACH_RUN_SEEDS)}) uses every template after {index * len(REACH_RUN_SEEDS)} of {size} kernels")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=20, help="Hypothesis examples per test (native: a third)")
    parser.add_argument("-k", dest="keyword", help="pytest -k expression choosing properties")
    parser.add_argument("--reach", type=int, default=0, metavar="N", help="only the reachability figures, over N run seeds")
    parser.add_argument("--rate-kernels", type=int, default=2000, help="kernels per run seed the template rates count")
    args = parser.parse_args()
    if args.reach:
        reach_figures(args.reach, args.rate_kernels)
        return 0
    return run_properties(args.examples, args.keyword)


if __name__ == "__main__":
    sys.exit(main())
