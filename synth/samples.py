"""A small, readable sample of a dataset for people: spread over families and both devices."""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import orjson

from warp_synth.synth.errors import SynthError

SUFFIX = {"cpu": "cpp", "cuda": "cu"}


def pick(dataset: Path, kernels: int) -> list[str]:
    """Ids of ``kernels`` small kernels, round-robin over families, spread over the smaller half of
    each family (the very smallest of one family tend to be the same skeleton with a tiny body)."""
    by_family: dict[str, list[tuple[int, str]]] = defaultdict(list)
    source = next((dataset / f"{d}_code.jsonl" for d in ("cpu", "cuda") if (dataset / f"{d}_code.jsonl").exists()), None)
    if source is None:
        raise SynthError(f"no cpu_code.jsonl or cuda_code.jsonl in {dataset}", hint="run `synth run` first")
    with open(source, "rb") as handle:
        for line in handle:
            record = orjson.loads(line)
            by_family[record["family"]].append((len(record["code"]) + len(record["python_source"]), record["id"]))
    per_family = -(-kernels // max(1, len(by_family)))
    queues = {}
    for family, rows in sorted(by_family.items()):
        smaller_half = sorted(rows)[: max(1, len(rows) // 2)]
        step = max(1, len(smaller_half) // per_family)
        queues[family] = smaller_half[::step]
    chosen: list[str] = []
    while len(chosen) < kernels and any(queues.values()):
        for queue in queues.values():
            if queue and len(chosen) < kernels:
                chosen.append(queue.pop(0)[1])
    return chosen


def write_samples(dataset: Path, folder: Path, records: int = 100) -> int:
    """Replace ``folder`` with at most ``records`` records (both devices of each kernel chosen):
    samples.jsonl holds them exactly; <family>/<kernel>.py/.cpp/.cu are there to read."""
    devices = [d for d in ("cpu", "cuda") if (dataset / f"{d}_code.jsonl").exists()]
    chosen = pick(dataset, max(1, records // max(1, len(devices))))
    wanted = set(chosen)
    found: dict[tuple[str, str], dict] = {}
    for device in devices:
        with open(dataset / f"{device}_code.jsonl", "rb") as handle:
            for line in handle:
                record = orjson.loads(line)
                if record["id"] in wanted:
                    found[record["id"], device] = record
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    written = 0
    with open(folder / "samples.jsonl", "wb") as jsonl:
        for kernel_id in chosen:
            for device in devices:
                record = found[kernel_id, device]
                jsonl.write(orjson.dumps(record) + b"\n")
                written += 1
                family = folder / record["family"]
                family.mkdir(exist_ok=True)
                stem = f"{record['kernel_name']}_{kernel_id[:8]}"
                (family / f"{stem}.py").write_text(record["python_source"], encoding="utf-8")
                header = f"// Warp {record['warp_version']} {device} code for {stem}.py; preceded by {record['preamble']}\n"
                (family / f"{stem}.{SUFFIX[device]}").write_text(header + record["code"], encoding="utf-8")
    return written
