"""The dataset card (data/generated/README.md): Hugging Face metadata, then what the data is."""

from __future__ import annotations

from pathlib import Path

import jinja2

from warp_synth.extract import DEVICES, KERNEL_SECTION_NAMES, MODULE_SECTION_NAMES
from warp_synth.synth.dataset.hub import KERNEL_PAIRS_CONFIG, REAL_CONFIG
from warp_synth.synth.dataset.layout import DatasetLayout, replace_file
from warp_synth.synth.dataset.tasks import DIFFICULTY_TOKENS, HARDER_FEATURES, TASK_SCHEMA, TASKS
from warp_synth.synth.dataset.schema import (
    DEFAULT_RUN_LEVEL, DEFAULT_RUN_SAMPLE, KERNEL_SCHEMA, NEGATIVE_SCHEMAS, NESTED_SCHEMAS, REAL_SCHEMA, REAL_SPLIT, RECORD_SCHEMA, pair_schema,
)


def environment(folder: Path = Path(__file__).parent) -> jinja2.Environment:
    """The Jinja environment of the document templates in ``folder`` (the card's, by default)."""
    found = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    found.globals["reproduce"] = reproduce
    return found


def reproduce(stats: dict) -> list[str]:
    """The commands (``synth run``, then any later validation) that make this dataset again, checks included."""
    verification, runtime = stats.get("verification"), stats.get("runtime_check")
    levels = stats.get("verification_levels", {})
    strongest = verification["level"] if verification else None
    validated_later = bool(verification) and strongest != DEFAULT_RUN_LEVEL and DEFAULT_RUN_LEVEL in levels  # run's default, then stronger
    options = []
    if not verification:
        options.append("--no-verify")
    elif strongest != DEFAULT_RUN_LEVEL and not validated_later:
        options.append(f"--level {strongest}")
    if stats["run"].get("mathdx"):
        options.append("--mathdx")
    if verification and verification.get("ptx"):
        options.append("--emit ptx")
    launched = (runtime or {}).get("records", 0)  # a GPU figure alone (bench_gpu.py) launched nothing here
    if launched != (DEFAULT_RUN_SAMPLE if verification else 0):
        options.append(f"--run-sample {launched}")
    commands = ["synth run " + " ".join([*options, f"--seed {stats['run']['seed']}", f"--target-mb {stats['run']['target_mb']}"])]
    if validated_later:
        files = " ".join(f"{stats['run']['out']}/{split['file']}" for info in stats["devices"].values() for split in info["files"].values())
        commands.append(f"synth validate --level {strongest} {files}")
    return commands


def size_category(records: int) -> str:
    """The Hugging Face size_categories label for a record count."""
    labels = ("n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B", "1B<n<10B", "10B<n<100B", "100B<n<1T")
    for power, label in enumerate(labels, start=3):
        if records < 10**power:
            return label
    return "n>1T"


_DTYPES = {"string": "string", "integer": "int64", "boolean": "bool"}


def _feature(name: str, kind: str, indent: str) -> list[str]:
    """One feature of a ``dataset_info`` block, in the hub's YAML form: declared, so a loader
    never guesses a type from the first rows (a field null there, an integer later)."""
    if kind.rstrip("?") in _DTYPES:
        return [f"{indent}- name: {name}", f"{indent}  dtype: {_DTYPES[kind.rstrip('?')]}"]
    if kind == "strings":
        return [f"{indent}- name: {name}", f"{indent}  sequence: string"]
    if kind == "messages":
        return [f"{indent}- name: {name}", f"{indent}  list:"] + [line for field in ("role", "content") for line in _feature(field, "string", f"{indent}  ")]
    if kind == "kernels":
        return [f"{indent}- name: {name}", f"{indent}  list:"] + [line for field, field_kind in KERNEL_SCHEMA.items() for line in _feature(field, field_kind, f"{indent}  ")]
    parts = [f"{indent}- name: {name}", f"{indent}  struct:"]
    if kind in NESTED_SCHEMAS:
        for field, field_kind in NESTED_SCHEMAS[kind].items():
            parts += _feature(field, field_kind, f"{indent}  ")
        return parts
    for section in MODULE_SECTION_NAMES if kind == "spans" else KERNEL_SECTION_NAMES:  # spans: section -> [start, end)
        parts += [f"{indent}  - name: {section}", f"{indent}    sequence: int64"]
    return parts


def dataset_info(stats: dict, hub_configs: dict[str, list[str]] | None, views: tuple[str, ...] = (), real: dict | None = None) -> str:
    """The card's ``dataset_info``: each config's features and splits (records and JSONL bytes);
    ``real``: the real set's stats, for its configs."""
    devices = tuple(stats["devices"])
    lines = ["dataset_info:"]
    configs = list(hub_configs) if hub_configs else list(devices)
    for config in configs:
        if config == REAL_CONFIG:
            lines += [f"- config_name: {config}", "  features:"]
            schema = pair_schema(DEVICES, REAL_SCHEMA) | {f"{d}_code_{view}": "string" for d in DEVICES for view in views}
            lines += [line for name, kind in schema.items() for line in _feature(name, kind, "  ")]
            size = sum(info["bytes"] for info in real["devices"].values())
            lines += ["  splits:", f"  - name: {REAL_SPLIT}", f"    num_bytes: {size}", f"    num_examples: {real['records']}"]
            continue
        if config in devices:
            schema = RECORD_SCHEMA | {f"code_{view}": "string" for view in views}
        elif config in TASKS or config.removeprefix(f"{REAL_CONFIG}_") in TASKS:
            lines += [f"- config_name: {config}", "  features:"]
            lines += [line for name, kind in TASK_SCHEMA.items() for line in _feature(name, kind, "  ")]
            continue  # its splits' rows are the pairs' (below); a split entry would need the Arrow bytes too
        elif config in NEGATIVE_SCHEMAS:
            lines += [f"- config_name: {config}", "  features:"]
            lines += [line for name, kind in NEGATIVE_SCHEMAS[config].items() for line in _feature(name, kind, "  ")]
            continue  # its rows are in the card's table; a split entry would need the Arrow bytes too
        else:
            schema = pair_schema(devices) | {f"{d}_code_{view}": "string" for d in devices for view in views}
        lines += [f"- config_name: {config}", "  features:"]
        for name, kind in schema.items():
            lines += _feature(name, kind, "  ")
        lines.append("  splits:")
        if hub_configs:  # bytes: of the split's JSONL records, every device's for the pairs
            rows = stats["splits"]["kernels" if config == KERNEL_PAIRS_CONFIG else "records"]
            for split in hub_configs[config]:
                size = sum(stats["devices"][d]["files"][split]["bytes"] for d in (devices if config not in devices else (config,)))
                lines += [f"  - name: {split}", f"    num_bytes: {size}", f"    num_examples: {rows[split]}"]
        else:
            for split, info in ((split, info) for split, info in stats["devices"][config]["files"].items() if info["records"]):  # an empty split can't be loaded
                lines += [f"  - name: {split}", f"    num_bytes: {info['bytes']}", f"    num_examples: {info['records']}"]
    return "\n".join(lines)


def render_card(
    stats: dict, hub_configs: dict[str, list[str]] | None = None, views: tuple[str, ...] = (), negatives: dict[str, int] | None = None,
    shard_suffix: str = ".parquet", tasks: tuple[str, ...] = (), real: dict | None = None,
) -> str:
    """The card of a run's folder (JSONL configs), or of its hub export (``hub_configs``:
    config -> its splits, the first config the default; ``negatives``: config -> rows;
    ``shard_suffix``: the shards' file suffix; ``real``: the real set's stats, when exported)."""
    template = environment().get_template("dataset_card.md.j2")
    return template.render(
        stats=stats,
        devices=list(stats["devices"]),
        size_category=size_category(stats["records"]),
        hub_configs=hub_configs,
        views=views,
        negatives=negatives or {},
        shard_suffix=shard_suffix,
        dataset_info=dataset_info(stats, hub_configs, views, real),
        real=real,
        tasks=tasks,
        task_prompts={name: TASKS[name].prompt for name in tasks},
        difficulty_tokens=DIFFICULTY_TOKENS,
        harder_features=HARDER_FEATURES,
    )


def write_card(out: Path, stats: dict) -> None:
    """The dataset card of the folder ``out``, replaced atomically."""
    replace_file(DatasetLayout(out).card, render_card(stats))
