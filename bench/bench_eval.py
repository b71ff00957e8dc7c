"""How fast `synth eval` scores: each stage, for one task, on the first N test kernels of a run.

    python bench/bench_eval.py                                 # python_to_cuda, 300 kernels, data/generated
    python bench/bench_eval.py --task forward_to_adjoint --kernels 1000 --repeat 3 --workers 1

Prints, as medians over --repeat rounds, the seconds of each stage (reading the references,
building the training index, the retrieval search, scoring the reference's predictions, the
retrieval baseline's, and predictions that all fail to compile) and the kernels scored per second.
Scoring is dominated by the compiler front ends, one unit per prediction (NVRTC's cost more to start).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from warp_synth.synth.dataset.layout import DatasetLayout
from warp_synth.synth.dataset.tasks import TASKS
from warp_synth.synth.evaluate.baselines import Retrieval, TrainingIndex, module_of, reference_predictions
from warp_synth.synth.evaluate.references import references
from warp_synth.synth.evaluate.score import score


def _timed(stage: dict[str, list[float]], name: str, work):
    start = time.perf_counter()
    result = work()
    stage.setdefault(name, []).append(time.perf_counter() - start)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=Path("data/generated"))
    parser.add_argument("--task", choices=sorted(TASKS), default="python_to_cuda")
    parser.add_argument("--kernels", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="compiling processes (default: all cores)")
    args = parser.parse_args()
    layout, task = DatasetLayout(args.dataset), TASKS[args.task]
    stages: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        scored_on = _timed(stages, "references", lambda: references(layout, task, ("test",))[: args.kernels])
        index = _timed(stages, "training index", lambda: TrainingIndex(layout))
        retrieval = _timed(stages, "retrieval search", lambda: Retrieval(index, {module_of(r.id): r.python_source for r in scored_on}))
        for name, predictions in (
            ("score reference", reference_predictions(scored_on)),
            ("score retrieval", retrieval.predictions(task, scored_on)),
            ("score all failing", {r.id: r.target.replace("wp::", "wq::") for r in scored_on}),
        ):
            _timed(stages, name, lambda: score(layout, task, scored_on, predictions, 90, args.workers))
    print(f"{args.task}, {len(scored_on)} test kernels, {len(index.ids)} training kernels, {args.workers} workers; median of {args.repeat}:")
    for name, seconds in stages.items():
        median = statistics.median(seconds)
        rate = f"  {len(scored_on) / median:8.1f} kernels/s" if name.startswith("score") else ""
        print(f"  {name:20} {median:8.2f} s{rate}")


if __name__ == "__main__":
    main()
