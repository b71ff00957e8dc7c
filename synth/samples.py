"""A small, readable sample of a dataset for people: spread over families and both devices."""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import orjson

from warp_synth.synth.errors import SynthError
from warp_synth.synth.layout import DatasetLayout, device_of, read_records

SUFFIX = {"cpu": "cpp", "cuda": "cu"}


def pick(dataset: Path, kernels: int) -> list[str]:
    """Ids of ``kernels`` kernels, round-robin over families, each family's picks spread evenly over
    its size range, so the sample has the dataset's size distribution, not its small end."""
    by_family: dict[str, list[tuple[int, str]]] = defaultdict(list)
    sources = DatasetLayout(dataset).code_files()
    if not sources:
        raise SynthError(f"no cpu_code.jsonl or cuda_code.jsonl in {dataset}", hint="run `synth run` first", usage=True)
    for record in read_records(sources[0]):
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


def write_samples(dataset: Path, folder: Path, records: int = 100) -> int:
    """Replace ``folder`` with at most ``records`` records (both devices of each kernel chosen):
    samples.jsonl holds them exactly; <family>/<kernel>.py/.cpp/.cu are there to read.

    The new sample is made beside ``folder`` and swapped in once complete."""
    sources = DatasetLayout(dataset).code_files()
    chosen = pick(dataset, max(1, records // max(1, len(sources))))
    wanted = set(chosen)
    found: dict[tuple[str, str], dict] = {}
    for source in sources:
        for record in read_records(source):
            if record["id"] in wanted:
                found[record["id"], device_of(source)] = record
    making = folder.with_name(f".{folder.name}.making")
    shutil.rmtree(making, ignore_errors=True)
    making.mkdir(parents=True)
    lines = []
    for kernel_id in chosen:
        for source in sources:
            device = device_of(source)
            record = found[kernel_id, device]
            lines.append(orjson.dumps(record) + b"\n")
            family = making / record["family"]
            family.mkdir(exist_ok=True)
            stem = f"{record['kernel_name']}_{kernel_id[:8]}"
            (family / f"{stem}.py").write_text(record["python_source"], encoding="utf-8")
            header = f"// Warp {record['warp_version']} {device} code for {stem}.py; preceded by {record['preamble']}\n"
            (family / f"{stem}.{SUFFIX[device]}").write_text(header + record["code"], encoding="utf-8")
    (making / "samples.jsonl").write_bytes(b"".join(lines))
    if folder.exists():
        shutil.rmtree(folder)
    making.rename(folder)
    return len(lines)
