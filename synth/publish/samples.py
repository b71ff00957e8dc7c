"""A small, readable sample of a dataset for people: spread over families and both devices."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import orjson

from warp_synth.extract import DEVICES
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import DatasetLayout, device_of, read_records
from warp_synth.synth.dataset.lock import folder_lock
from warp_synth.synth.dataset.ownership import Ownership, digest, refuse_inside, refuse_other_kind, temporary_of

SUFFIX = {"cpu": "cpp", "cuda": "cu"}
SAMPLES = "samples.jsonl"


def pick(dataset: Path, kernels: int) -> list[str]:
    """Ids of ``kernels`` kernels, round-robin over families, each family's picks spread evenly over
    its size range, so the sample has the dataset's size distribution, not its small end."""
    by_family: dict[str, list[tuple[int, str]]] = defaultdict(list)
    layout = DatasetLayout(dataset)
    first = next((layout.device_files(device) for device in DEVICES if layout.device_files(device)), [])
    if not first:
        raise SynthError(f"no cpu_code.jsonl or cuda_code.jsonl in {dataset}", hint="run `synth run` first", usage=True)
    for record in (record for path in first for record in read_records(path)):
        by_family[record["family"]].append((len(record["code"]) + len(record["python_source"]), record["id"]))
    per_family = -(-kernels // max(1, len(by_family)))
    queues = {}
    for family, rows in sorted(by_family.items()):
        ordered = sorted(rows)
        count = min(per_family, len(ordered))
        # the middle of each of `count` equal slices: quantiles (count + 0.5 * 2) / 2 ... of the family
        queues[family] = [ordered[int((k + 0.5) * len(ordered) / count)] for k in range(count)]
    chosen: list[str] = []
    while len(chosen) < kernels and any(queues.values()):
        for queue in queues.values():
            if queue and len(chosen) < kernels:
                chosen.append(queue.pop(0)[1])
    return chosen


def sample_files(records: list[dict]) -> dict[str, bytes]:
    """The files of a samples folder holding ``records`` (relative path -> bytes): samples.jsonl
    holds them exactly; <family>/<kernel>.py/.cpp/.cu are there to read."""
    files = {SAMPLES: b"".join(orjson.dumps(record) + b"\n" for record in records)}
    for record in records:
        stem = f"{record['kernels'][0]['name']}_{record['id'][:8]}"
        device = record["device"]
        header = f"// Warp {record['warp_version']} {device} code for {stem}.py; preceded by {record['preamble']}\n"
        files[f"{record['family']}/{stem}.py"] = record["python_source"].encode("utf-8")
        files[f"{record['family']}/{stem}.{SUFFIX[device]}"] = (header + record["code"]).encode("utf-8")
    return files


def legacy_samples(folder: Path) -> dict[str, str]:
    """What a samples folder written before manifests proves ours by content (relative path ->
    sha256): its samples.jsonl, if its records written again give its very bytes, and the files
    those records give, byte for byte. Anything else in it stays someone else's."""
    try:
        data = (folder / SAMPLES).read_bytes()
        records = [orjson.loads(line) for line in data.splitlines()]
        expected = sample_files(records)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):  # not records of ours
        return {}
    if expected[SAMPLES] != data:
        return {}
    return {relative: digest(content) for relative, content in expected.items()}


def write_samples(dataset: Path, folder: Path, records: int = 100, force: bool = False) -> int:
    """Write at most ``records`` records (both devices of each kernel chosen) into ``folder``:
    samples.jsonl and the files to read (``sample_files``); return how many.

    Only files an earlier ``synth sample --write`` wrote there (its manifest, ``synth.dataset.ownership``)
    are replaced or removed; a folder holding anything else is refused unless ``force``."""
    refuse_inside(folder, dataset, "--write")
    refuse_other_kind(folder, "samples")
    layout = DatasetLayout(dataset)
    devices = [device for device in DEVICES if layout.device_files(device)]
    chosen = pick(dataset, max(1, records // max(1, len(devices))))
    wanted = set(chosen)
    found: dict[tuple[str, str], dict] = {}
    for source in layout.code_files():
        for record in read_records(source):
            if record["id"] in wanted:
                found[record["id"], device_of(source)] = record
    files = sample_files([found[kernel_id, device] for kernel_id in chosen for device in devices])
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SynthError(f"can't create folder {folder}: {error.strerror}") from None
    with folder_lock(folder, "synth sample"):
        owned = Ownership.claim(folder, "samples", force, legacy=legacy_samples)
        owned.announce({relative: digest(data) for relative, data in files.items()}, map(temporary_of, files))
        for relative, data in files.items():
            owned.put(relative, data)
        owned.finish(files)
    return files[SAMPLES].count(b"\n")
