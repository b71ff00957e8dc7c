"""A run folder's dataset_stats.json: read it, refresh it after a check, and write it (with the
card made from it). ``write_stats`` is the one writer, and writes only under the folder's lock."""

from __future__ import annotations

from pathlib import Path

import orjson

from warp_synth.synth.dataset.card import write_card
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import DatasetLayout, count_lines, replace_file
from warp_synth.synth.dataset.lock import holding
from warp_synth.synth.dataset.schema import VERIFIED_LEVELS
from warp_synth.synth.dataset.splits import SPLITS


def read_stats(path: Path) -> dict:
    """A run's dataset_stats.json, or a SynthError naming it if it is unreadable or damaged."""
    try:
        stats = orjson.loads(path.read_bytes())
    except OSError as error:
        raise SynthError(f"can't read the stats: {error.strerror}", where=str(path), hint="run `synth run` first") from None
    except orjson.JSONDecodeError as error:
        raise SynthError(f"the stats are not valid JSON ({error.msg}, column {error.colno})", where=f"{path}:{error.lineno}") from None
    if not isinstance(stats, dict):
        raise SynthError("not a dataset_stats.json: not a JSON object", where=str(path))
    return stats


def device_files(layout: DatasetLayout, devices: list[str]) -> dict[str, dict]:
    """The stats' ``devices``: each device's bytes, MB and records in all, and per split file,
    measured from the files (counted in blocks: a file of many GB is never read whole)."""
    found = {}
    for device in devices:
        files = {}
        for split in SPLITS:
            path = layout.code(device, split)
            if path.exists():
                size = path.stat().st_size
                files[split] = {"file": path.name, "bytes": size, "mb": round(size / 1e6, 3), "records": count_lines(path)}
        total = sum(info["bytes"] for info in files.values())
        found[device] = {"bytes": total, "mb": round(total / 1e6, 3), "records": sum(info["records"] for info in files.values()), "files": files}
    return found


def write_stats(layout: DatasetLayout, stats: dict) -> None:
    """dataset_stats.json and the dataset card made from it, each replaced atomically, by the
    holder of the folder's lock (``synth.dataset.lock.folder_lock``)."""
    if not holding(layout.folder):
        raise RuntimeError(f"{layout.stats} is written only under the folder's lock: take folder_lock first")
    replace_file(layout.stats, orjson.dumps(stats, option=orjson.OPT_INDENT_2) + b"\n")
    write_card(layout.folder, stats)


def refresh_stats(layout: DatasetLayout, stats: dict, found: dict) -> dict:
    """Stats after validation: its figures (``verification``, kept per level in
    ``verification_levels``; ``runtime_check``), and sizes re-read from the files (quarantine
    may have removed records; then the retrieval baseline's ``evaluation`` is dropped, and the
    next ``synth run`` scores it again)."""
    if stats.get("devices"):
        stats["devices"] = device_files(layout, list(stats["devices"]))
    if "runtime_check" in found and "gpu" in stats.get("runtime_check", {}):
        found["runtime_check"].setdefault("gpu", stats["runtime_check"]["gpu"])  # measured on a GPU machine: keep it
    if found.get("verification", {}).get("failed"):  # records were quarantined: the baseline's figures scored some of them
        stats.pop("evaluation", None)
    if "verification" in found:  # every level's figures are kept; ``verification`` is the strongest, as the labels say
        levels = {**stats.get("verification_levels", {}), found["verification"]["level"]: found.pop("verification")}
        stats["verification_levels"] = {level: levels[level] for level in VERIFIED_LEVELS if level in levels}
        stats["verification"] = levels[max(levels, key=VERIFIED_LEVELS.index)]
    stats.update(found)
    return stats
