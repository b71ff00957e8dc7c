"""The dataset card (data/generated/README.md): Hugging Face metadata, then what the data is."""

from __future__ import annotations

from pathlib import Path

import jinja2

from warp_synth.synth.layout import DatasetLayout, replace_file


def environment() -> jinja2.Environment:
    """The Jinja environment of the templates beside this module (the card and REPORT.md)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def size_category(records: int) -> str:
    """The Hugging Face size_categories label for a record count."""
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if records < limit:
            return label
    return "n>1M"


def render_card(stats: dict) -> str:
    template = environment().get_template("dataset_card.md.j2")
    return template.render(
        stats=stats,
        devices=list(stats["devices"]),
        size_category=size_category(stats["records"]),
    )


def write_card(out: Path, stats: dict) -> None:
    """The dataset card of the folder ``out``, replaced atomically."""
    replace_file(DatasetLayout(out).card, render_card(stats))
