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
    labels = ("n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B", "1B<n<10B", "10B<n<100B", "100B<n<1T")
    for power, label in enumerate(labels, start=3):
        if records < 10**power:
            return label
    return "n>1T"


def render_card(stats: dict, hub_configs: dict[str, list[str]] | None = None, views: tuple[str, ...] = ()) -> str:
    """The card of a run's folder (JSONL configs), or of its hub export (``hub_configs``:
    config -> its splits, the first config the default)."""
    template = environment().get_template("dataset_card.md.j2")
    return template.render(
        stats=stats,
        devices=list(stats["devices"]),
        size_category=size_category(stats["records"]),
        hub_configs=hub_configs,
        views=views,
    )


def write_card(out: Path, stats: dict) -> None:
    """The dataset card of the folder ``out``, replaced atomically."""
    replace_file(DatasetLayout(out).card, render_card(stats))
