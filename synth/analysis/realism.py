"""How much our kernels look like real Warp code: our figures beside those of production
application code and of Warp's own examples and tests, each with the target it should meet,
as one table.

Targets are set against production code wherever it has the figure (issue 19: within a third,
x0.67-x1.5, or within 5 points where production is under 15%); the rest against the examples
(how Warp is meant to be written: style) or examples and tests together (breadth).
"""

from __future__ import annotations

import ast
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from warp_synth.synth.analysis.application import FACTS as APPLICATION_FACTS
from warp_synth.synth.analysis.corpus import REFERENCE_FOLDERS, functions_in, universe
from warp_synth.synth.analysis.diversity import diversity as measure_diversity
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.analysis.figures import HELPER_SHARES, ModuleFacts, figures_of, module_facts, reference_figures, type_spellings
from warp_synth.synth.analysis.idioms import RULES
from warp_synth.synth.analysis.production import PUBLISHED, PUBLISHED_SOURCE
from warp_synth.extract import DEVICES
from warp_synth.synth.dataset.layout import DatasetLayout, read_records


def spearman(a: dict[str, float], b: dict[str, float], floor: float = 0.01) -> float | None:
    """Rank correlation of two document-frequency tables over the names at least ``floor``
    of the kernels use in either (a name one side never uses ranks last there)."""
    names = sorted(n for n in set(a) | set(b) if max(a.get(n, 0.0), b.get(n, 0.0)) >= floor)
    if len(names) < 3:
        return None
    ranked = [ranks([side.get(n, 0.0) for n in names]) for side in (a, b)]
    mean = (len(names) + 1) / 2
    cov = sum((x - mean) * (y - mean) for x, y in zip(*ranked))
    spread = (sum((x - mean) ** 2 for x in ranked[0]) * sum((y - mean) ** 2 for y in ranked[1])) ** 0.5
    return round(cov / spread, 3) if spread else None


def ranks(values: list[float]) -> list[float]:
    """1-based ranks, ties sharing their average rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def _pct(value: float) -> str:
    return f"{value:.1%}"


def _names(names: list[str]) -> str:
    return ", ".join(names) if len(names) <= 4 else f"{len(names)}: {', '.join(names[:3])}, ..."


def _same_order(ours: float, reference: float) -> bool:
    """The same order: within a factor of three (a reference rate of 0 allows up to 1%)."""
    return ours <= 0.01 if reference == 0 else reference / 3 <= ours <= reference * 3


def production_range(production: float, share: bool = True) -> tuple[float, float]:
    """What is within a third of production: x0.67-x1.5, or within 5 points where a share is under 15%."""
    if share and production < 0.15:
        return max(0.0, production - 0.05), production + 0.05
    return production * 0.67, production * 1.5


def _near_production(ours: float, production: float, share: bool = True) -> bool:
    low, high = production_range(production, share)
    return low <= ours <= high


def _production_target(production: float, share: bool = True) -> str:
    return "production +/-5 points" if share and production < 0.15 else "production x0.67-x1.5"


SIGNATURE_SAMPLE = 2000  # distinct signatures are compared among this many kernels, as published


def _signature_share(figures: dict) -> float:
    return figures["signature_share_2000"] if "signature_share_2000" in figures else expected_distinct_share(figures["signature_counts"], SIGNATURE_SAMPLE)


# Comparisons are held to production code (``kernels with >=``): application kernels compare
# five times as often as Warp's examples, so these two are shown beside the examples, not held to them.
_COMPARISON_SHARES = {"equality": "kernels with == or !=", "ordering_or_equal": "kernels with <= or >="}
_STYLE_SHARES = {
    "bool_ops": "kernels with and/or",
    "comments": "kernels with comments",
    "docstring": "kernels with docstrings",
}
_BREADTH_SHARES = {
    "struct_array": "kernels with arrays of structs",
    "struct_param": "kernels with struct parameters",
    "int_flag": "kernels with int/bool parameters",
    "multi_dim_arrays": "kernels with 2D-4D arrays",
    "several_outputs": "kernels writing several outputs",
}
_HELPER_LABELS = ("helpers taking arrays", "helpers taking structs", "helpers taking int/bool", "helpers returning tuples")
SAME_ORDER = "x1/3-x3"


def compare(ours: dict, reference: dict[str, dict], diversity: dict, exact_duplicates: int, production: dict | None = None) -> list[dict]:
    """The table: one row per figure, our value beside production's and the references', the
    target, and whether it is met. ``production``: measured figures (None: the published ones)."""
    production = PUBLISHED if production is None else production
    corpora = {"ours": ours, "production": production, **reference}
    examples, everything = reference["examples"], reference["all"]
    rows: list[dict] = []

    def add(figure, get, show, target="", ok=None):
        cells = {}
        for name, figures in corpora.items():
            try:
                value = get(figures)
            except KeyError:  # the published production figures hold only some
                value = None
            cells[name] = "-" if value is None else show(value)
        rows.append({"figure": figure, **cells, "target": target, "ok": ok})

    def ours_only(value):
        return lambda f: value if f is ours else None

    def against_production(figure, get, show=_pct, share=True):
        mine, theirs = get(ours), get(production)
        add(figure, get, show, _production_target(theirs, share), _near_production(mine, theirs, share))

    add("kernels", lambda f: f["kernels"], str)
    number = lambda v: f"{v:g}"  # noqa: E731
    for quantile in ("median", "p90"):
        against_production(f"statements per kernel ({quantile})", lambda f, q=quantile: f["statements"][q], number, share=False)
    trivial = ours["application"]["trivial"]
    add(APPLICATION_FACTS["trivial"], lambda f: f["application"]["trivial"], _pct, "<= 10%", trivial <= 0.10)
    against_production("kernels with if", lambda f: f["branches"])
    against_production("kernels with >=", lambda f: f["comparisons"][">="])
    for key, name in APPLICATION_FACTS.items():
        if key != "trivial":
            against_production(name, lambda f, key=key: f["application"][key])
    against_production("kernels per module (median)", lambda f: f["kernels_per_module"]["median"], number, share=False)
    add(f"distinct signatures / kernels (any {SIGNATURE_SAMPLE})", _signature_share, _pct, ">= 60%", _signature_share(ours) >= 0.6)
    add("distinct signatures / kernels (all)", lambda f: f["distinct_signatures"], _pct)
    mine, theirs = ours["builtin_calls"]["median"], examples["builtin_calls"]["median"]
    add("builtin calls per kernel (median)", lambda f: f["builtin_calls"]["median"], number,
        f"examples +/-50% ({theirs * 0.5:g}-{theirs * 1.5:g})", abs(mine - theirs) <= theirs / 2)  # fmt: skip
    for key, name in (("loops", "kernels with loops"), ("nested_loops", "kernels with nested loops")):
        add(name, lambda f, key=key: f[key], _pct, "examples +/-10 points", abs(ours[key] - examples[key]) <= 0.10)
    for key, name in _COMPARISON_SHARES.items():
        add(name, lambda f, key=key: f[key], _pct)
    for key, name in _STYLE_SHARES.items():
        add(name, lambda f, key=key: f[key], _pct, f"examples {SAME_ORDER}", _same_order(ours[key], examples[key]))
    params, low, high = ours["params"], examples["params"]["p25"], examples["params"]["p75"]
    add("parameters per kernel (median)", lambda f: f["params"]["median"], lambda v: f"{v:g}",
        f"examples p25-p75 ({low}-{high})", low <= params["median"] <= high)  # fmt: skip
    add("parameters per kernel (range)", lambda f: f"{f['params']['min']}-{f['params']['max']}", str,
        "1 to >= 12", params["min"] <= 1 and params["max"] >= 12)  # fmt: skip
    for key, name in _BREADTH_SHARES.items():
        add(name, lambda f, key=key: f[key], _pct, f"all {SAME_ORDER}", _same_order(ours[key], everything[key]))
    for key, name in zip(HELPER_SHARES, _HELPER_LABELS):
        ok = _same_order(ours["helpers_taking"][key], everything["helpers_taking"][key])
        add(name, lambda f, key=key: f["helpers_taking"][key], _pct, f"all {SAME_ORDER}", ok)
    for name in RULES:
        add(f"idiom: {name}", lambda f, name=name: f["idioms"][name], _pct, "<= 1%", ours["idioms"][name] <= 0.01)
    add("idioms: any", lambda f: f["idioms_any"], _pct, "<= 5%", ours["idioms_any"] <= 0.05)
    correlation = lambda f: spearman(ours["builtin_document_frequency"], f["builtin_document_frequency"])  # noqa: E731
    add("builtin use vs ours (Spearman)", lambda f: None if f is ours else correlation(f), lambda v: f"{v:.2f}",
        "examples >= 0.6", (correlation(examples) or 0.0) >= 0.6)  # fmt: skip
    u = universe()
    add(f"builtin coverage (of {len(u.names)})", lambda f: f["coverage"], _pct, ">= 65%", ours["coverage"] >= 0.65)
    add(f"tile builtins used (of {len(u.tile)})", lambda f: len(f["tile_builtins_used"]), str, ">= 30", len(ours["tile_builtins_used"]) >= 30)
    add(f"value types never named (of {len(type_spellings())})", lambda f: f["types_missing"], _names, "none", not ours["types_missing"])
    full = [f for f, share in ours["families"].items() if share == 1.0]
    lowest, low_share = min(ours["families"].items(), key=lambda item: item[1], default=("-", 1.0))
    cell = f"{len(full)}/{len(ours['families'])} (lowest {lowest} {low_share:.0%})"
    add("families using their defining operation", ours_only(cell), str, "100% each", bool(full) and len(full) == len(ours["families"]))
    add("exact duplicate sources", ours_only(exact_duplicates), str, "0", exact_duplicates == 0)
    structures, near = diversity["own_structure_share"], diversity["near_duplicate_share"]
    add("distinct structures", ours_only(structures), _pct, ">= 95%", structures >= 0.95)
    add("near-duplicates (J >= 0.7 of code 5-grams)", ours_only(near), _pct, "<= 2%", near <= 0.02)
    return rows


def expected_distinct_share(counts: list[int], size: int) -> float:
    """The expected share of distinct values among ``size`` items drawn without replacement from
    a corpus where each value occurs ``counts[i]`` times: a value is missed with probability
    C(N - c, size) / C(N, size)."""
    total = sum(counts)
    if total <= size:
        return len(counts) / total if total else 0.0
    log_all = math.lgamma(total + 1) - math.lgamma(total - size + 1)
    missed = sum(math.exp(math.lgamma(total - c + 1) - math.lgamma(total - c - size + 1) - log_all) for c in counts if total - c >= size)
    return round((len(counts) - missed) / size, 4)


def _compact(figures: dict, keep_names: bool) -> dict:
    result = {k: v for k, v in figures.items() if k not in ("builtin_document_frequency", "builtins_used", "signature_counts")}
    result["builtin_document_frequency"] = dict(list(figures["builtin_document_frequency"].items())[:30])
    result["builtins_used"] = figures["builtins_used"] if keep_names else len(figures["builtins_used"])
    return result


def realism(sources: Sequence[str], families: Sequence[str | Mapping[str, str] | None] | None = None, production: tuple[str, dict] | None = None) -> dict:
    """Our figures, the references', and the comparison table, for kernel sources (and their
    families); ``production``: where measured production figures came from, and the figures
    (None: the published ones)."""
    if not sources:
        raise SynthError("no kernels to measure", hint="measure a dataset with at least one record")
    families = families or [None] * len(sources)
    modules = [module_facts(s, f, str(i)) for i, (s, f) in enumerate(zip(sources, families))]
    return realism_of(modules, measure_diversity(list(sources)), len(sources) - len(set(sources)), production)


def realism_of(modules: Sequence[ModuleFacts], diversity: dict, exact_duplicates: int, production: tuple[str, dict] | None = None) -> dict:
    """The realism report (kept in dataset_stats.json) from our kernels' facts, their diversity
    figures and how many of them repeat an earlier one's source."""
    ours = figures_of(modules)
    reference = reference_figures()
    source, measured = production or (PUBLISHED_SOURCE, None)
    rows = compare(ours, reference, diversity, exact_duplicates, measured)
    u = universe()
    return {
        "universe": {
            "definition": "warp._src.context.builtin_functions entries with an overload not marked hidden",
            "size": len(u.names),
            "tile_size": len(u.tile),
            "registry_size": len(u.registry),
        },
        "reference": {"warp_folders": list(REFERENCE_FOLDERS), **{k: _compact(v, False) for k, v in reference.items()}},
        "production": {"source": source, "measured": measured is not None},
        "ours": _compact(ours, True),
        "rows": rows,
        "targets_met": sum(r["ok"] is True for r in rows),
        "targets": sum(r["ok"] is not None for r in rows),
    }


COLUMNS = ("figure", "ours", "production", "examples", "tests", "all", "target", "ok")


def format_table(report: dict) -> str:
    """The rows as one plain-text table."""
    header = {**{c: c for c in COLUMNS}, "examples": "ref: examples", "tests": "ref: tests", "all": "ref: all"}
    cells = [header] + [{**row, "ok": {True: "yes", False: "NO", None: ""}[row["ok"]]} for row in report["rows"]]
    widths = {c: max(len(str(line[c])) for line in cells) for c in COLUMNS}
    lines = ["  ".join(str(line[c]).ljust(widths[c]) for c in COLUMNS).rstrip() for line in cells]
    lines.insert(1, "  ".join("-" * widths[c] for c in COLUMNS))
    universe_note = f"builtin universe: {report['universe']['size']} ({report['universe']['definition']})"
    lines.append(f"targets met: {report['targets_met']} of {report['targets']}; production: {report['production']['source']}; {universe_note}")
    return "\n".join(lines)


def kernel_source_problem(source: str) -> str | None:
    """Why ``source`` is not a module realism can measure (invalid Python, no Warp function), or None."""
    try:
        ast.parse(source)
    except SyntaxError as error:
        return f"is not valid Python (line {error.lineno}: {error.msg})"
    if not functions_in(source, "ours"):  # a module of helpers alone is measured, one of neither can't be
        return "defines no @wp.kernel or @wp.func"
    return None


def read_kernels(data: Path, limit: int | None = None) -> tuple[list[str], list[str | dict[str, str] | None]]:
    """Python sources and families (each kernel's, by name) of a dataset's records (a JSONL file, or a folder's files of
    one device, every split: cpu's if it has them), read one line at a time, each checked at the
    door (the record's schema; a source that parses and defines a ``@wp.kernel`` or ``@wp.func``)."""
    paths = [data]
    if data.is_dir():
        layout = DatasetLayout(data)
        paths = next((layout.device_files(device) for device in DEVICES if layout.device_files(device)), [])
        if not paths:
            raise SynthError(f"no cpu_code.jsonl or *_code.jsonl in {data}", hint="pass the folder `synth run --out` wrote, or a JSONL file", usage=True)
    elif not data.exists():
        raise SynthError(f"{data} does not exist", hint="pass the folder `synth run --out` wrote, or a JSONL file", usage=True)
    sources, families = [], []
    numbered = ((path, number, record) for path in paths for number, record in enumerate(read_records(path), 1))
    for path, number, record in numbered:
        if limit is not None and len(sources) >= limit:
            break
        problem = kernel_source_problem(record["python_source"])
        if problem:
            raise SynthError(f"{path}, line {number}: field 'python_source' {problem}", hint="restore the file, or regenerate it with `synth run`")
        sources.append(record["python_source"])
        families.append({kernel["name"]: kernel["family"] for kernel in record["kernels"]} or record["family"] or None)  # a hand-made record may name none
    if not sources:
        raise SynthError(f"{data} holds no records", hint="pass a dataset `synth run` has written to")
    return sources, families
