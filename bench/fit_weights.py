"""Fit the kernel templates' weights so the dataset's shape lands inside the realism targets.

    python bench/fit_weights.py                  # profile, search, print the weights that change
    python bench/fit_weights.py --apply          # and write them into templates/weights.toml
    python bench/fit_weights.py --production-only --apply   # fit production's figures alone
    python bench/fit_weights.py --from-run data/generated --apply   # refit on a run's kernels

--draws kernels are first passed through the run's novelty filter as a run does (sampled and
rendered, no Warp). Each kernel template is profiled on the kernels of it the filter kept (the
filter keeps a biased subset: the larger of a template's shapes), topped up to --samples with
kernels forced from it where fewer were kept: its share of kernels with at most one builtin call,
with loops, branches, early returns, several outputs, struct parameters, and its builtins. A
dataset's figures are then (nearly) the mixture of its templates' figures, weighted by the kernels
each template gets *kept*: the filter skips a template's draws more often the more of its shapes
are already kept, so each template's kept count k of d draws fixes its capacity C in
k = C (1 - exp(-d / C)); under new weights the run
draws until --kept kernels are kept and each template keeps its share of them by that curve.
A random local search over the weights, each kept within --range times its current value (no
template is dropped), looks for weights that meet the targets `synth realism` checks, with a
margin: against production application code where it has the figure (synth.analysis.production:
its shares of guards, gathers, helper calls, integer parameters, options..., statement counts
through the shares of kernels past the median's and p90's bounds), else against Warp's
examples, including the rank correlation of builtin use; moving the weights as little as it can
and drawing as few kernels as it can. The mixture ignores near-duplicates across templates: check the
result with a real run and `synth realism`.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from collections import Counter
from pathlib import Path

import numpy as np

from warp_synth.grammar import kernel_seed, sample
from warp_synth.synth.analysis.novelty import NoveltyFilter, fingerprint
from warp_synth.synth.analysis.corpus import Function, functions_in
from warp_synth.synth.analysis.figures import kernel_facts, reference_figures
from warp_synth.synth.analysis.production import PUBLISHED
from warp_synth.synth.analysis.realism import production_range, ranks, spearman
from warp_synth.synth.generate.render import Renderer
from warp_synth.grammar.grammar import read_weights, toml_string
from warp_synth.grammar.shipped import load_grammar, template_root
from warp_synth.grammar.source import FITTED_WEIGHTS
from warp_synth.synth.dataset.layout import DatasetLayout, read_records

MARGIN = 0.15  # each production range pulled in by this share of its width, for sampling noise


def _inside(low: float, high: float) -> tuple[float, float]:
    pull = (high - low) * MARGIN
    return low + pull, high - pull


def production_targets() -> dict[str, tuple[float, float]]:
    """The realism table's production targets, as shares of kernels (low, high)."""
    statements = PUBLISHED["statements"]
    median_low, median_high = production_range(statements["median"], share=False)
    p90_low, p90_high = production_range(statements["p90"], share=False)
    targets = {
        # a median in range: at least half the kernels reach its low bound, at most half its high one
        f"statements>={math.ceil(median_low)}": (0.55, 1.0),
        f"statements>{math.floor(median_high)}": (0.0, 0.45),
        f"statements>={math.ceil(p90_low)}": (0.12, 1.0),
        f"statements>{math.floor(p90_high)}": (0.0, 0.08),
        "branches": _inside(*production_range(PUBLISHED["branches"])),
        ">=": _inside(*production_range(PUBLISHED["comparisons"][">="])),
        "trivial": (0.0, 0.08),  # <= 10%
    }
    targets.update({fact: _inside(*production_range(share)) for fact, share in PUBLISHED["application"].items() if fact != "trivial"})
    return targets


# (low, high) per share: production's where it has the figure, else the examples' (with a margin).
TARGETS = {
    **production_targets(),
    # median builtin calls <= 1.5; the novelty filter skips the smallest kernels more often than
    # the rest (they have fewer shapes), so the mixture aims above one half
    "at_most_one_builtin_call": (0.55, 1.0),
    "loops": (0.10, 0.25),
    "nested_loops": (0.0, 0.10),
    "several_outputs": (0.05, 0.28),
    "struct_array": (0.016, 0.10),
    "struct_param": (0.03, 0.17),
    "spearman": (0.65, 1.0),  # met by the smooth stand-in (log_correlation), with a margin
}
SHARES = [key for key in TARGETS if key != "spearman"]
REACH_KERNELS_PER_SEED = 24_000  # as tests/test_grammar.py samples
UNBOUNDED = 1e12  # the capacity of a template none of whose draws was skipped
MAX_KEPT_SHARE = 0.03  # no kernel template gives more than this share of the kept kernels
MIN_DRAW_SHARE = 0.1  # no kernel template is drawn less than this fraction of an even share


def facts_of(source: str, production: str, family: str) -> dict:
    """The figures of a rendered module's kernel that the fit mixes."""
    return kernel_figures(next(fn for fn in functions_in(source, "ours", production, family) if fn.kind == "kernel"))


def kernel_figures(kernel: Function) -> dict:
    """The figures of one kernel that the fit mixes."""
    facts = kernel_facts(kernel)
    facts.update(facts.pop("application"))
    facts[">="] = ">=" in facts["comparisons"]
    facts["at_most_one_builtin_call"] = facts["builtin_calls"] <= 1
    facts["several_outputs"] = facts["outputs"] >= 2
    for key in SHARES:
        if key.startswith("statements"):
            bound = re.fullmatch(r"statements(>=|>)(\d+)", key)
            facts[key] = facts["statements"] >= int(bound[2]) + (bound[1] == ">")
    return facts


def profile(samples: int, seed: int, kept_facts: dict[str, list[dict]]) -> dict[str, dict]:
    """Per kernel template: its weight and the mean of each figure over its kept kernels,
    topped up to ``samples`` kernels with forced ones."""
    grammar = load_grammar()
    renderer = Renderer(grammar)
    profiles = {}
    for production in grammar.of_kind("kernel"):
        rows = list(kept_facts.get(production.name, []))
        for k in range(samples - len(rows)):
            source = renderer.render(sample(grammar, kernel_seed(seed, k), force=production.name))
            rows.append(facts_of(source, production.name, production.family))
        samples_here = len(rows)
        profiles[production.name] = {
            "weight": production.weight,
            "path": production.path,
            "shares": {key: float(np.mean([bool(r[key]) for r in rows])) for key in SHARES},
            "builtins": {b: sum(b in r["builtins"] for r in rows) / samples_here for r in rows for b in r["builtins"]},
            "statements": [r["statements"] for r in rows],
        }
    return profiles


def simulate(draws: int, seed: int) -> tuple[Counter, Counter, dict[str, list[dict]]]:
    """Drawn and kept kernels per template over ``draws`` draws judged as a run judges them,
    and the figures of each template's kept kernels."""
    grammar = load_grammar()
    renderer = Renderer(grammar)
    novelty = NoveltyFilter()
    drawn, kept = Counter(), Counter()
    kept_facts: dict[str, list[dict]] = {}
    for index in range(draws):
        derivation = sample(grammar, kernel_seed(seed, index))
        name = derivation.kernel_production
        drawn[name] += 1
        source = renderer.render(derivation)
        if novelty.judge(fingerprint(source)).reason is None:
            kept[name] += 1
            kept_facts.setdefault(name, []).append(facts_of(source, name, derivation.family))
    return drawn, kept, kept_facts


def capacity(drawn: int, kept: int) -> float:
    """C with kept = C (1 - exp(-drawn / C)): how many kernels the template could ever give
    (UNBOUNDED when every draw was kept)."""
    if drawn == 0 or kept >= drawn:
        return UNBOUNDED
    low, high = float(kept), UNBOUNDED
    for _ in range(200):  # bisection: the curve rises with C
        middle = (low + high) / 2
        low, high = (middle, high) if middle * -np.expm1(-drawn / middle) < kept else (low, middle)
    return (low + high) / 2


def kept_mixture(weights: np.ndarray, capacities: np.ndarray, kept_total: int) -> tuple[np.ndarray, float]:
    """Each template's share of the kept kernels when a run draws until ``kept_total`` are kept,
    and the draws that takes."""
    kept = lambda draws: capacities * -np.expm1(-draws * weights / weights.sum() / capacities)  # noqa: E731
    low, high = float(kept_total), float(kept_total)
    while kept(high).sum() < kept_total and high < UNBOUNDED:
        high *= 2
    for _ in range(50):
        middle = (low + high) / 2
        low, high = (middle, high) if kept(middle).sum() < kept_total else (low, middle)
    counts = kept(high)
    return counts / counts.sum(), high


def fit(profiles: dict[str, dict], capacities: dict[str, float], kept_total: int, steps: int, spread: float, seed: int, targets: dict[str, tuple[float, float]] = TARGETS) -> dict[str, float]:
    names = sorted(profiles)
    start = np.array([profiles[n]["weight"] for n in names])
    limits = np.array([capacities.get(n, UNBOUNDED) for n in names])
    shares = {key: np.array([profiles[n]["shares"][key] for n in names]) for key in SHARES}
    reference = reference_figures()["examples"]["builtin_document_frequency"]
    vocabulary = sorted({b for n in names for b in profiles[n]["builtins"]} | set(reference))
    usage = np.array([[profiles[n]["builtins"].get(b, 0.0) for b in vocabulary] for n in names])
    reference_frequency = np.array([reference.get(b, 0.0) for b in vocabulary])
    floor = MIN_DRAW_SHARE / len(names)

    def evaluate(weights: np.ndarray) -> tuple[float, dict]:
        p, draws = kept_mixture(weights, limits, kept_total)
        figures = {key: float(p @ values) for key, values in shares.items()}
        frequency = p @ usage
        figures["spearman"] = spearman({b: f for b, f in zip(vocabulary, frequency) if f > 0}, reference) or 0.0
        figures["draws_per_kept"] = draws / kept_total
        # Ranks move in steps, so the search follows a smooth stand-in: the correlation of log
        # frequencies over the names the rank correlation compares.
        compared = np.maximum(frequency, reference_frequency) >= 0.01
        figures["log_correlation"] = float(np.corrcoef(np.log(frequency[compared] + 0.002), np.log(reference_frequency[compared] + 0.002))[0, 1])
        missed = sum(max(0.0, low - figures[k]) + max(0.0, figures[k] - high) for k, (low, high) in targets.items() if k != "spearman")
        if "spearman" in targets:
            missed += max(0.0, targets["spearman"][0] - figures["log_correlation"])
        moved = float(np.mean(np.abs(np.log(weights / start))))
        # every template keeps a share of the draws, so each stays in the data (and reachable)
        missed += 100 * float(np.maximum(0.0, floor - weights / weights.sum()).sum())
        # and none fills the dataset: a fifth of it from two templates reads as one kernel
        missed += 100 * float(np.maximum(0.0, p - MAX_KEPT_SHARE).sum())
        # every skipped draw costs a run time (sampled, rendered, fingerprinted): a small pull
        return -100 * missed - 0.2 * moved - 0.05 * figures["draws_per_kept"], figures

    rng = random.Random(seed)
    log_weights = np.log(start)
    best, figures = evaluate(start)
    print("before:", {k: round(v, 3) for k, v in figures.items()})
    for step in range(steps):
        at = rng.randrange(len(names))
        candidate = log_weights.copy()
        candidate[at] = np.clip(candidate[at] + rng.choice((-0.5, -0.25, 0.25, 0.5)), np.log(start[at] / spread), np.log(start[at] * spread))
        score, found = evaluate(np.exp(candidate))
        if score > best:
            best, figures, log_weights = score, found, candidate
    print("after: ", {k: round(v, 3) for k, v in figures.items()})
    p, _ = kept_mixture(np.exp(log_weights), limits, kept_total)
    print_discord(dict(zip(vocabulary, p @ usage)), reference)
    return {name: round(float(w), 2) for name, w in zip(names, np.exp(log_weights))}


def print_discord(ours: dict[str, float], reference: dict[str, float], count: int = 20) -> None:
    """The builtins whose document-frequency ranks differ most between the mixture and the
    reference (what to write templates for, or draw less of)."""
    names = sorted(n for n in set(ours) | set(reference) if max(ours.get(n, 0.0), reference.get(n, 0.0)) >= 0.01)
    mine, theirs = (ranks([side.get(n, 0.0) for n in names]) for side in (ours, reference))
    print(f"most discordant of {len(names)} builtins (share ours / examples, rank ours / examples):")
    for name, a, b in sorted(zip(names, mine, theirs), key=lambda row: -abs(row[1] - row[2]))[:count]:
        print(f"  {name:32} {ours.get(name, 0.0):6.3f} {reference.get(name, 0.0):6.3f} {a:5.1f} {b:5.1f}")


# A template's kept kernels grow slower than its weight (the novelty filter skips more of its
# draws the more of them it has kept): a refit on a run scales them by the weight's factor to this.
KEPT_GROWTH = 0.7


def run_profiles(folder: Path) -> tuple[Counter, dict[str, dict[str, float]]]:
    """Kernels per template in a run (its cpu records, every split) and each template's share of
    them with each production figure."""
    keys = list(production_targets())
    counts, found = Counter(), {}
    for path in DatasetLayout(folder).device_files("cpu"):
        for record in read_records(path):
            templates = {kernel["name"]: kernel["template"] for kernel in record["kernels"]}
            for fn in functions_in(record["python_source"], "ours", record["id"]):
                if fn.kind == "kernel":
                    template, figures = templates[fn.node.name], kernel_figures(fn)
                    counts[template] += 1
                    found.setdefault(template, Counter()).update(key for key in keys if figures[key])
    return counts, {name: {key: found[name][key] / counts[name] for key in keys} for name in counts}


def refit(counts: Counter, shares: dict[str, dict[str, float]], steps: int, spread: float, seed: int) -> dict[str, float]:
    """Factors on the weights of the templates of a run that move its mixture inside production's
    targets (each template's kept count scaled by its factor to KEPT_GROWTH), moving as few as it can."""
    names = sorted(counts)
    kept = np.array([counts[n] for n in names], dtype=float)
    targets = production_targets()
    values = {key: np.array([shares[n][key] for n in names]) for key in targets}

    def evaluate(factors: np.ndarray) -> tuple[float, dict]:
        p = kept * factors**KEPT_GROWTH
        p = p / p.sum()
        figures = {key: float(p @ v) for key, v in values.items()}
        missed = sum(max(0.0, low - figures[k]) + max(0.0, figures[k] - high) for k, (low, high) in targets.items())
        missed += 10 * float(np.maximum(0.0, p - MAX_KEPT_SHARE).sum())
        return -100 * missed - 0.1 * float(np.mean(np.abs(np.log(factors)))), figures

    rng = random.Random(seed)
    factors = np.ones(len(names))
    best, figures = evaluate(factors)
    print("run:  ", {k: round(v, 3) for k, v in figures.items()})
    for _ in range(steps):
        candidate = factors.copy()
        at = rng.randrange(len(names))
        candidate[at] = float(np.clip(candidate[at] * math.exp(rng.choice((-0.3, -0.15, 0.15, 0.3))), 1 / spread, spread))
        score, found = evaluate(candidate)
        if score > best:
            best, figures, factors = score, found, candidate
    print("refit:", {k: round(v, 3) for k, v in figures.items()})
    return {name: float(f) for name, f in zip(names, factors) if abs(f - 1.0) > 0.05}


FITTED_HEADER = (
    "# Weights fitted by bench/fit_weights.py, which writes this file (a template's own header holds a\n"
    "# hand-set weight; this file overrides it). A run's --weights file overrides these.\n"
)


def apply(weights: dict[str, float]) -> None:
    """Write the fitted weights into the templates' fitted-weights file (``templates/weights.toml``),
    beside those it holds for other productions; the templates' headers are never edited."""
    path = template_root() / FITTED_WEIGHTS
    fitted = read_weights(path) if path.exists() else {}
    fitted.update(weights)
    lines = "".join(f"{toml_string(name)} = {weight!r}\n" for name, weight in sorted(fitted.items()))
    path.write_text(FITTED_HEADER + "[weights]\n" + lines, encoding="utf-8")


def raise_rare(minimum: int, rounds: int = 4) -> dict[str, float]:
    """Double the weight of every production (kernel templates aside: the fit keeps their
    shares) drawn fewer than ``minimum`` times in the kernels the reachability test samples
    (tests/test_grammar.py: run seeds 0-4, REACH_KERNELS_PER_SEED each), until none is or
    ``rounds`` are done: the fit moves draws away from rarely needed productions."""
    grammar = load_grammar()
    raised: dict[str, float] = {}
    for _ in range(rounds):
        used = Counter()
        for run_seed in range(5):
            for index in range(REACH_KERNELS_PER_SEED):
                used.update(sample(grammar, kernel_seed(run_seed, index)).productions_used.keys())
        rare = {name: p.weight * 2 for name, p in grammar.productions.items() if p.kind != "kernel" and used[name] < minimum and p.weight > 0}
        if not rare:
            break
        print(f"drawn fewer than {minimum} times: {', '.join(f'{n} ({used[n]})' for n in sorted(rare))}")
        raised.update(rare)
        grammar = grammar.with_weights(rare)
    return {name: round(weight, 2) for name, weight in raised.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=24, help="kernels each template is profiled on at least (forced where fewer were kept)")
    parser.add_argument("--steps", type=int, default=6000)
    parser.add_argument("--range", type=float, default=4.0, help="each weight stays within [w / R, w * R]")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--draws", type=int, default=30_000, help="kernels judged by the novelty filter (a default run judges ~30k: first kernels and companions)")
    parser.add_argument("--kept", type=int, default=15_000, help="kernels a default run keeps (in ~5,500 modules)")
    parser.add_argument("--apply", action="store_true", help="write the fitted weights into templates/weights.toml")
    parser.add_argument("--from-run", type=Path, help="refit on a run's kernels (a `synth run --out` folder) rather than simulated draws: production's targets, modules and novelty as they came out")
    parser.add_argument("--production-only", action="store_true", help="fit only the targets against production code (those the issue holds the data to), not the examples'")
    parser.add_argument("--floor", type=int, default=0, help="with --apply, then double the weight of templates drawn fewer than this many times in the reachability sample")
    args = parser.parse_args()
    if args.from_run:
        grammar = load_grammar()
        factors = refit(*run_profiles(args.from_run), args.steps * 3, args.range, args.seed)
        weights = {name: round(grammar.productions[name].weight * factor, 2) for name, factor in factors.items()}
        print(f"{len(weights)} of {len(grammar.of_kind('kernel'))} kernel templates reweighted")
        if args.apply:
            apply(weights)
            if args.floor:
                apply(raise_rare(args.floor))
        return
    drawn, kept, kept_facts = simulate(args.draws, args.seed)
    profiles = profile(args.samples, args.seed, kept_facts)
    print(f"novelty: kept {sum(kept.values())} of {args.draws} draws")
    capacities = {name: capacity(drawn[name], kept[name]) for name in profiles}
    targets = production_targets() if args.production_only else TARGETS
    weights = fit(profiles, capacities, args.kept, args.steps, args.range, args.seed, targets)
    changed = {n: w for n, w in weights.items() if w != profiles[n]["weight"]}
    for name, weight in sorted(changed.items()):
        print(f"  {name:50} {profiles[name]['weight']:g} -> {weight:g}")
    print(f"{len(changed)} of {len(weights)} kernel templates reweighted")
    if args.apply:
        apply(weights)
        if args.floor:
            apply(raise_rare(args.floor))


if __name__ == "__main__":
    main()
