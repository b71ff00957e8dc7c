"""How many new kernels the grammar makes: draws kernels (sampled and rendered, no Warp) and
passes them through the run's novelty filter (same structure or MinHash near-duplicate:
skipped), as `synth run` does.

    python bench/bench_novelty.py                 # 20000 draws, seed 0
    python bench/bench_novelty.py --draws 50000 --worst 30
    python bench/bench_novelty.py --draws 3000 --only kernel/fluids_grids/   # only this family's kernel templates
    python bench/bench_novelty.py --draws 60000 --realism          # and `synth realism` of the kept kernels

Prints the kept share per window of draws (the marginal novelty, which falls as a run grows:
a default run needs about as many kept kernels as it writes records), the draws per second,
and the kernel templates whose draws are kept least often (those need more variety: choices,
needs, variants). With --realism, the realism table of the kept kernels: what a default run's
dataset will show (about 60k draws), minutes before a run could.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from warp_synth.grammar import kernel_seed, sample
from warp_synth.synth.analysis.novelty import NoveltyFilter, fingerprint
from warp_synth.synth.analysis.realism import format_table, realism
from warp_synth.synth.generate.render import Renderer
from warp_synth.grammar.shipped import load_grammar


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--worst", type=int, default=20, help="kernel templates to list, least kept first")
    parser.add_argument("--only", default="", help="draw only the kernel templates whose name starts with this")
    parser.add_argument("--realism", action="store_true", help="print the realism table of the kept kernels")
    args = parser.parse_args()
    grammar = load_grammar()
    if args.only:
        kernels = [p.name for p in grammar.of_kind("kernel")]
        grammar = grammar.with_weights({name: 0.0 for name in kernels if not name.startswith(args.only)})
    renderer = Renderer(grammar)
    novelty = NoveltyFilter()
    drawn, kept, reasons = Counter(), Counter(), Counter()
    kept_sources, kept_families = [], []
    window = max(1, args.draws // 10)
    started = time.perf_counter()
    kept_in_window = 0
    print(f"{'draws':>8} {'kept':>7} {'kept in window':>15}")
    for index in range(args.draws):
        derivation = sample(grammar, kernel_seed(args.seed, index))
        drawn[derivation.kernel_production] += 1
        source = renderer.render(derivation)
        reason = novelty.judge(fingerprint(source))
        if reason is None:
            kept[derivation.kernel_production] += 1
            if args.realism:
                kept_sources.append(source)
                kept_families.append(derivation.family)
            kept_in_window += 1
        else:
            reasons[reason] += 1
        if (index + 1) % window == 0:
            print(f"{index + 1:>8} {sum(kept.values()):>7} {kept_in_window / window:>15.1%}")
            kept_in_window = 0
    seconds = time.perf_counter() - started
    print(f"\nkept {sum(kept.values())} of {args.draws} ({sum(kept.values()) / args.draws:.1%}); skipped: {dict(reasons)}")
    print(f"{args.draws / seconds:.0f} draws/s on one core (sample, render, fingerprint, judge)")
    print(f"\nleast kept kernel templates (kept / drawn):")
    for name, n in sorted(drawn.items(), key=lambda item: kept[item[0]] / item[1])[: args.worst]:
        print(f"  {kept[name] / n:6.1%} {kept[name]:>5}/{n:<5} {name}")
    if args.realism:
        print()
        print(format_table(realism(kept_sources, kept_families)))


if __name__ == "__main__":
    main()
