"""What people receive: Hugging Face loading, Parquet export, dataset card, samples, REPORT.md."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest

from warp_synth.synth.card import render_card
from warp_synth.synth.export import export_parquet
from warp_synth.synth.report import write_report
from warp_synth.synth.run import RunConfig, run
from warp_synth.synth.samples import write_samples


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dataset")
    run(RunConfig(out=out, target_mb=0.3, seed=21, workers=1))
    return out


def _rows(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.fixture
def offline_hf(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def test_jsonl_loads_with_hugging_face_datasets(dataset, offline_hf):
    from datasets import load_dataset

    files = {d: str(dataset / f"{d}_code.jsonl") for d in ("cpu", "cuda")}
    loaded = load_dataset("json", data_files=files)
    for device, path in files.items():
        rows = _rows(Path(path))
        assert loaded[device].num_rows == len(rows)
        assert loaded[device][0]["id"] == rows[0]["id"]
        assert loaded[device][0]["sections"]["backward"] == rows[0]["sections"]["backward"]


def test_parquet_shards_hold_the_same_rows(dataset, tmp_path, offline_hf):
    import pyarrow.parquet as pq
    from datasets import load_dataset

    shards = export_parquet(dataset, tmp_path, max_shard_mb=0.1)
    for device in ("cpu", "cuda"):
        mine = sorted(p for p in shards if p.name.startswith(device))
        assert len(mine) > 1
        table = pq.read_table(mine)
        assert table.to_pylist() == _rows(dataset / f"{device}_code.jsonl")
        assert load_dataset("parquet", data_files=[str(p) for p in mine])["train"].num_rows == table.num_rows


def test_dataset_card_has_hub_metadata(dataset):
    import yaml

    card = (dataset / "README.md").read_text()
    assert card == render_card(orjson.loads((dataset / "dataset_stats.json").read_bytes()))
    front = yaml.safe_load(card.split("---\n")[1])
    assert {"license", "pretty_name", "size_categories", "task_categories", "tags", "configs"} <= set(front)
    assert [(c["config_name"], c["data_files"]) for c in front["configs"]] == [
        ("cpu", "cpu_code.jsonl"),
        ("cuda", "cuda_code.jsonl"),
    ]
    assert "1.19.0" in card


def test_samples_are_few_spread_and_exact(dataset, tmp_path):
    count = write_samples(dataset, tmp_path / "samples", records=10)
    samples = _rows(tmp_path / "samples" / "samples.jsonl")
    assert count == len(samples) <= 10
    assert {r["device"] for r in samples} == {"cpu", "cuda"}
    assert len({r["family"] for r in samples}) == len(samples) // 2
    originals = {(r["id"], r["device"]): r for d in ("cpu", "cuda") for r in _rows(dataset / f"{d}_code.jsonl")}
    assert all(originals[r["id"], r["device"]] == r for r in samples)
    assert list((tmp_path / "samples").rglob("*.cu"))


def test_report_figures_come_from_the_stats(dataset, tmp_path):
    stats = orjson.loads((dataset / "dataset_stats.json").read_bytes())
    report = tmp_path / "REPORT.md"
    write_report(dataset / "dataset_stats.json", report, tmp_path / "charts")
    text = report.read_text()
    for device, info in stats["devices"].items():
        assert f"| {device} | `{info['file']}` | {info['bytes']} | {info['mb']} | {info['records']} |" in text
    for family, info in stats["families"].items():
        assert f"| {family} | {info['count']} |" in text
    assert f"{stats['builtins']['used']} of {stats['builtins']['total']}" in text
    assert f"Kernels drawn: {stats['kernels_tried']}" in text
    assert f"median {stats['python_lines']['p50']}" in text
    assert f"--seed {stats['run']['seed']}" in text
    assert (tmp_path / "charts" / "families.svg").read_text().startswith("<svg")
    numbers = set(re.findall(r"\b\d{4,}\b", text))
    known = {str(v) for v in (stats["devices"]["cpu"]["bytes"], stats["devices"]["cuda"]["bytes"])}
    assert known <= numbers
