"""REPORT.md: the chief scientist's report, rendered from dataset_stats.json and a Jinja template,
so its figures can never drift from the stats."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import orjson

from warp_synth.synth.card import write_card
from warp_synth.synth.charts import bar_chart
from warp_synth.synth.errors import SynthError

CHART_FOLDER = Path("data/charts")


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def charts(stats: dict) -> dict[str, str]:
    """SVG charts by file name: family shares and the kernel size histogram."""
    families = [(name, round(info["share"] * 100, 1)) for name, info in stats["families"].items()]
    sizes = [(f"{bucket} lines", count) for bucket, count in stats["python_lines_histogram"].items()]
    return {
        "families.svg": bar_chart("Kernels per family (% of records)", families, unit="%"),
        "kernel_sizes.svg": bar_chart("Python kernel size (lines, helpers and structs included)", sizes),
    }


def render_report(stats: dict, stats_path: str, chart_folder: str) -> str:
    return _environment().get_template("report.md.j2").render(
        stats=stats, stats_path=stats_path, chart_folder=chart_folder
    )


def write_report(stats_path: Path, report_path: Path, chart_folder: Path = CHART_FOLDER) -> None:
    """Render REPORT.md and its charts (and the dataset card beside the stats) from a run's stats."""
    try:
        stats = orjson.loads(stats_path.read_bytes())
    except OSError as error:
        raise SynthError(f"can't read {stats_path}: {error.strerror}", hint="run `synth run` first") from None
    chart_folder.mkdir(parents=True, exist_ok=True)
    for name, svg in charts(stats).items():
        (chart_folder / name).write_text(svg, encoding="utf-8")
    write_card(stats_path.parent, stats)  # the dataset card is made from the same stats
    relative = lambda path: os.path.relpath(path, report_path.parent)  # noqa: E731
    report_path.write_text(render_report(stats, relative(stats_path), relative(chart_folder)), encoding="utf-8")
