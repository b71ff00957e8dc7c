"""REPORT.md: the chief scientist's report, rendered from dataset_stats.json and a Jinja template,
so its figures can never drift from the stats."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import orjson

from warp_synth.extract import kernel_views, section
from warp_synth.synth.analysis.diversity import kernel_sources
from warp_synth.synth.dataset.card import environment, render_card
from warp_synth.synth.report.charts import bar_chart, grouped_bars, stacked_shares
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import DatasetLayout, read_records, replace_file
from warp_synth.synth.dataset.stats_file import read_stats

CHART_FOLDER = Path("data/charts")


def charts(stats: dict) -> dict[str, str]:
    """SVG charts by file name: family shares, code length in tokens, section shares."""
    families = [(name, round(info["share"] * 100, 1)) for name, info in stats["families"].items()]
    lengths = stats["lengths"]
    devices = [device for device in stats["devices"] if device in lengths]
    bins = list(dict.fromkeys(b for device in devices for b in lengths[device]["tokens_histogram"]))
    return {
        "families.svg": bar_chart("Modules per family (% of records)", families, unit="%"),
        "code_tokens.svg": grouped_bars(
            "Code length per record (cl100k_base tokens)",
            bins, {d: [lengths[d]["tokens_histogram"].get(b, 0) for b in bins] for d in devices},
            xlabel="tokens", ylabel="records",
        ),
        "sections.svg": stacked_shares("What the code is made of", {d: lengths[d]["section_share"] for d in devices}),
    }


SAMPLES = Path("data/samples")


def excerpt(samples: Path, forward_lines: int = 16) -> dict | None:
    """A short Python kernel from the samples (its own definition in its module) and the start of
    its CPU forward function (the statements after Warp's ``// forward`` marker), or None without
    samples."""
    path = samples / "samples.jsonl"
    if not path.exists():
        return None
    kernels = [
        (source, view)
        for record in read_records(path)
        if record["device"] == "cpu"
        for source, view in zip(kernel_sources(record["python_source"]), kernel_views(record))
        if 6 <= source.count("\n") <= 20 and source.lstrip().startswith("@wp.kernel")
    ]
    if not kernels:
        return None
    source, view = min(kernels, key=lambda found: (len(found[0]), found[1]["id"]))
    lines = section(view, "forward").splitlines()
    body = next((i for i, line in enumerate(lines) if line.strip() == "// forward"), 0)
    return {
        "name": view["kernels"][0]["name"],
        "family": view["family"],
        "python": source.strip(),
        "forward": "\n".join(line[4:] for line in lines[body : body + forward_lines]).rstrip() + "\n...",
    }


def render_report(stats: dict, stats_path: str, chart_folder: str, samples: Path = SAMPLES, real: dict | None = None) -> str:
    """REPORT.md's text; ``real``: the stats of the real set beside the run (``synth real``), if built."""
    return environment(Path(__file__).parent).get_template("report.md.j2").render(
        stats=stats, stats_path=stats_path, chart_folder=chart_folder, excerpt=excerpt(samples), real=real
    )


def write_report(stats_path: Path, report_path: Path, chart_folder: Path = CHART_FOLDER, samples: Path = SAMPLES) -> None:
    """Render REPORT.md and its charts (and the dataset card beside the stats) from a run's stats.

    Everything is rendered before anything is written, so stats that lack a figure change nothing."""
    stats = read_stats(stats_path)
    real_stats = DatasetLayout(stats_path.parent).real.real_stats
    real = read_stats(real_stats) if real_stats.exists() else None
    relative = lambda path: os.path.relpath(path, report_path.parent)  # noqa: E731
    try:
        files = {chart_folder / name: svg for name, svg in charts(stats).items()}
        files[DatasetLayout(stats_path.parent).card] = render_card(stats)  # the dataset card is made from the same stats
        files[report_path] = render_report(stats, relative(stats_path), relative(chart_folder), samples, real)
    except (KeyError, jinja2.UndefinedError) as error:
        missing = f"no {error.args[0]!r}" if isinstance(error, KeyError) else error.message
        raise SynthError(f"not the stats of a finished `synth run`: {missing}", where=str(stats_path)) from None
    try:
        chart_folder.mkdir(parents=True, exist_ok=True)
        for path, text in files.items():
            replace_file(path, text)
    except OSError as error:
        raise SynthError(f"can't write the report: {error.strerror}", where=str(error.filename or "")) from None
