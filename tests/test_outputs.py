"""What people receive: Hugging Face loading, Parquet export, dataset card, samples, REPORT.md."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import orjson
import pytest

from warp_synth.extract import kernel_views
from warp_synth.synth.dataset.card import render_card
from warp_synth.synth.publish.export import export_hub
from warp_synth.synth.dataset.layout import DatasetLayout
from warp_synth.synth.dataset.splits import SPLITS
from warp_synth.synth.dataset.schema import line_problem
from runs import records_of
from warp_synth.synth.dataset.quarantine import quarantine
from warp_synth.synth.report.report import write_report
from warp_synth.synth.publish.samples import write_samples


@pytest.fixture
def dataset(split_run) -> Path:
    return split_run


def _rows(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.mark.slow
def test_jsonl_loads_with_hugging_face_datasets(dataset, offline_hf):
    from datasets import load_dataset

    files = {d: [str(path) for path in DatasetLayout(dataset).device_files(d)] for d in ("cpu", "cuda")}
    loaded = load_dataset("json", data_files=files)
    for device in files:
        rows = records_of(dataset, device)
        assert loaded[device].num_rows == len(rows)
        assert loaded[device][0]["id"] == rows[0]["id"]
        assert loaded[device][0]["sections"] == rows[0]["sections"] and loaded[device][0]["kernels"] == rows[0]["kernels"]


def test_jsonl_folder_loads_by_its_card(dataset, offline_hf):
    from datasets import load_dataset

    default = load_dataset(str(dataset))  # the card marks cpu the default config
    assert sorted(default) == sorted(SPLITS)
    for device in ("cpu", "cuda"):
        rows = records_of(dataset, device)
        for split in SPLITS:  # a split asked for is that split and nothing else
            loaded = load_dataset(str(dataset), device, split=split)
            assert loaded["id"] == [r["id"] for r in rows if r["split"] == split] and set(loaded["split"]) == {split}
    assert default["test"]["id"] == load_dataset(str(dataset), "cpu", split="test")["id"]


def test_a_split_without_records_is_left_out_of_the_card(dataset):
    """``datasets`` refuses a split whose file is empty (a small run may hold no test kernel)."""
    stats = orjson.loads((dataset / "dataset_stats.json").read_bytes())
    for info in stats["devices"].values():
        info["files"]["test"]["records"] = 0
    card = render_card(stats)
    assert "path: cpu_code_validation.jsonl" in card and "path: cpu_code_test.jsonl" not in card
    assert "- name: test" not in card.split("configs:")[0]


def test_hub_export_loads_as_from_the_hub(dataset, tmp_path, offline_hf, monkeypatch):
    from datasets import load_dataset

    hub = tmp_path / "hub"
    with monkeypatch.context() as patch:  # an earlier export, in more and smaller shards
        patch.setattr("warp_synth.synth.publish.export.ROWS_PER_GROUP", 8)
        earlier = export_hub(dataset, hub, max_shard_mb=0.05)
    shards = export_hub(dataset, hub, max_shard_mb=1)
    stale = set(earlier) - set(shards)  # the earlier export's shards this one did not write: removed
    assert stale and not any(p.exists() for p in stale) and all(p.exists() for p in shards)
    cpu, cuda = records_of(dataset, "cpu"), records_of(dataset, "cuda")
    splits = sorted({r["split"] for r in cpu})
    pairs = load_dataset(str(hub))  # the default config: pairs
    assert sorted(pairs) == splits and sum(pairs[s].num_rows for s in splits) == len(cpu)
    by_id = {row["id"]: row for s in splits for row in pairs[s]}
    for mine, twin in zip(cpu, cuda):
        row = by_id[mine["id"]]
        assert row["python_source"] == mine["python_source"] and row["split"] == mine["split"]
        assert row["cpu_code"] == mine["code"] and row["cuda_code"] == twin["code"]
        assert row["cuda_sections"] == twin["sections"] and (hub / "preambles" / row["cuda_preamble"]).exists()
        assert row["cpu_verified"] == mine["verified"] and row["cuda_tokens"] == twin["tokens"] and row["runtime"] == mine["runtime"]
        assert row["cpu_build"] == mine["build"] and row["adjoint_caveats"] == mine["adjoint_caveats"]
    device = load_dataset(str(hub), "cuda")
    assert sorted(r["id"] for s in splits for r in device[s]) == sorted(r["id"] for r in cuda)
    kernels = load_dataset(str(hub), "kernel_pairs")  # a row per kernel of a module, both devices
    assert sorted(kernels) == splits
    by_kernel = {row["id"]: row for s in splits for row in kernels[s]}
    assert list(by_kernel) == [row["id"] for s in splits for row in kernels[s]]  # no kernel twice
    assert sorted(by_kernel) == sorted(f"{r['id']}/{k['name']}" for r in cpu for k in r["kernels"]) and len(by_kernel) > len(cpu)
    for mine, twin in zip(cpu, cuda):
        for kernel, cpu_view, cuda_view in zip(mine["kernels"], kernel_views(mine), kernel_views(twin)):
            row = by_kernel[f"{mine['id']}/{kernel['name']}"]
            assert row["python_source"] == mine["python_source"] and row["split"] == mine["split"]
            assert row["template"] == kernel["template"] and row["family"] == kernel["family"]
            assert len(row["cpu_kernels"]) == len(row["cuda_kernels"]) == 1 and row["cpu_kernels"][0]["symbol"] == kernel["symbol"]
            assert row["cpu_code"] == cpu_view["code"] and row["cuda_code"] == cuda_view["code"]
            assert row["cpu_sections"] == cpu_view["sections"] and row["cuda_kernels"] == cuda_view["kernels"]
    test = load_dataset(str(hub), "pairs", split="test")
    assert test.num_rows == sum(r["split"] == "test" for r in cpu) > 0
    assert "Apache License" in (hub / "LICENSE").read_text() and "NVIDIA" in (hub / "NOTICE").read_text()


def test_every_export_format_loads_as_the_same_rows(dataset, tmp_path, offline_hf):
    """Each registered format (synth export --format) is read by ``datasets`` as the same rows,
    the card naming its shards; an export in another format removes the earlier one's shards."""
    from datasets import load_dataset

    from warp_synth.synth.publish.formats import DEFAULT_FORMAT, FORMATS

    assert set(FORMATS) >= {"parquet", "jsonl"}
    hub = tmp_path / "hub"
    loaded = {}
    for format in FORMATS:
        shards = export_hub(dataset, hub, format=format)
        assert shards and all(path.name.endswith(FORMATS[format].suffix) for path in shards)
        assert sorted(p for p in (hub / "data").rglob("*") if p.is_file()) == sorted(shards)  # no shard of the other format left
        assert f"-*{FORMATS[format].suffix}" in (hub / "README.md").read_text()
        loaded[format] = {config: load_dataset(str(hub), config) for config in ("pairs", "cpu")}
    reference = loaded[DEFAULT_FORMAT]
    for format, configs in loaded.items():
        for config, splits in configs.items():
            assert {s: splits[s].to_list() for s in splits} == {s: reference[config][s].to_list() for s in reference[config]}, (format, config)


def test_task_configs_pair_a_prompt_with_warps_exact_output(dataset, tmp_path, offline_hf):
    from datasets import load_dataset

    from warp_synth.synth.dataset.tasks import DIFFICULTIES, TASKS
    from warp_synth.synth.dataset.views import normalised

    hub = tmp_path / "hub"
    export_hub(dataset, hub, tasks=tuple(TASKS))
    cpu = {r["id"]: r for r in records_of(dataset, "cpu")}
    cuda = {r["id"]: r for r in records_of(dataset, "cuda")}
    card = (hub / "README.md").read_text()
    for name, task in TASKS.items():
        assert f"config_name: {name}" in card and task.prompt.split("{")[0] in card
        rows = load_dataset(str(hub), name, split="test")
        tested = [r for r in cpu.values() if r["split"] == "test"]
        if task.section is None:  # a row per module
            assert sorted(rows["id"]) == sorted(r["id"] for r in tested)
        else:  # a row per kernel, ``<module id>/<kernel name>``; a kernel built without a backward pass has none
            spans = lambda kernel: kernel["sections"][task.section]  # noqa: E731
            expected = [f"{r['id']}/{k['name']}" for r in tested for k in r["kernels"] if spans(k)[0] < spans(k)[1]]
            assert sorted(rows["id"]) == sorted(expected) and len(expected) > len(tested)
        for row in rows:
            assert row["task"] == name and row["difficulty"] in DIFFICULTIES
            assert row["messages"] == [{"role": "user", "content": row["prompt"]}, {"role": "assistant", "content": row["completion"]}]
            module, _, kernel_name = row["id"].partition("/")
            mine, twin = cpu[module], cuda[module]
            if name == "python_to_cpu":
                assert mine["python_source"] in row["prompt"] and row["completion"] == mine["code"]
                assert row["completion_normalised"] == normalised(mine["code"], mine["sections"], mine["kernels"])
                assert all(k["symbol"] in row["completion"] and k["symbol"] not in row["completion_normalised"] for k in mine["kernels"])
            if name == "cpu_to_cuda":
                assert row["completion"] == twin["code"] and normalised(mine["code"], mine["sections"], mine["kernels"]) in row["prompt"]
            if name == "forward_to_adjoint":
                (kernel,) = (k for k in mine["kernels"] if k["name"] == kernel_name)
                (f0, f1), (b0, b1) = kernel["sections"]["forward"], kernel["sections"]["backward"]
                assert mine["code"][f0:f1] in row["prompt"] and row["completion"] == mine["code"][b0:b1]
                assert row["template"] == kernel["template"] and row["family"] == kernel["family"]
                assert kernel["symbol"] in row["completion"] and kernel["symbol"] not in row["completion_normalised"]
                others = [k for k in mine["kernels"] if k is not kernel]  # the prompt is this kernel's forward alone
                assert not any(mine["code"][slice(*k["sections"]["forward"])] in row["prompt"] for k in others)


def test_negatives_are_configs_of_their_own(dataset, tmp_path, offline_hf):
    from datasets import load_dataset

    run_folder = tmp_path / "run"
    shutil.copytree(dataset, run_folder)
    layout = DatasetLayout(run_folder)
    refused = {"index": 7, "seed": 123, "reason": "codegen", "error": "Warp says no", "python_source": "import warp as wp\n"}
    layout.rejects.write_bytes(orjson.dumps(refused) + b"\n")
    first = _rows(layout.code("cpu"))[0]
    quarantine(layout, {first["id"]: ("cuda", "error: no matching overload")})
    hub = tmp_path / "hub"
    export_hub(run_folder, hub)
    (reject,) = load_dataset(str(hub), "rejects", split="train")
    assert reject == refused
    held = load_dataset(str(hub), "quarantine", split="train")
    assert sorted(held["device"]) == ["cpu", "cuda"] and set(held["failed_on"]) == {"cuda"}
    assert set(held["error"]) == {"error: no matching overload"} and first["code"] in held["code"]
    assert "| `rejects` | 1 |" in (hub / "README.md").read_text()


def test_derived_views_are_columns_of_their_own(dataset, tmp_path):
    import pyarrow.parquet as pq

    shards = export_hub(dataset, tmp_path, views=("forward", "no_echo", "normalised"))
    rows = pq.read_table([p for p in shards if p.parent.name == "cuda"]).to_pylist()
    assert any(len(row["kernels"]) > 1 for row in rows)
    for row in rows:
        forwards = [row["code"][slice(*kernel["sections"]["forward"])] for kernel in row["kernels"]]
        assert row["code_forward"] == "".join(forwards) and all(forwards)  # every kernel's forward, in order
        assert "<L " in row["code"] and "<L " not in row["code_no_echo"]
        assert [line for line in row["code"].splitlines() if "<L " not in line] == row["code_no_echo"].splitlines()
        assert all(k["symbol"] in row["code"] and k["symbol"] not in row["code_normalised"] for k in row["kernels"])
    kernels = pq.read_table([p for p in shards if p.parent.name == "kernel_pairs"]).to_pylist()  # the views of each kernel alone
    assert len(kernels) == sum(len(row["kernels"]) for row in rows)
    for row in kernels:
        assert line_problem(row, "kernel_pair") is None
        assert line_problem({**row, "id": row["id"].replace("/", "/x")}, "kernel_pair").startswith("field 'id'")
        (kernel,) = row["cuda_kernels"]
        assert row["cuda_code_forward"] == row["cuda_code"][slice(*kernel["sections"]["forward"])]
        assert kernel["symbol"] in row["cuda_code"] and kernel["symbol"] not in row["cuda_code_normalised"]
    assert "NOT Warp's exact output" in (tmp_path / "README.md").read_text()


def test_hub_export_streams_in_row_groups(dataset, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from warp_synth.synth.publish import export

    monkeypatch.setattr(export, "ROWS_PER_GROUP", 4)
    shards = export_hub(dataset, tmp_path, max_shard_mb=500)
    train = next(p for p in shards if p.parent.name == "cpu" and p.name.startswith("train"))
    metadata = pq.ParquetFile(train).metadata
    assert metadata.num_row_groups == -(-metadata.num_rows // 4) > 1


def test_samples_are_few_spread_and_exact(dataset, tmp_path):
    count = write_samples(dataset, tmp_path / "samples", records=10)
    samples = _rows(tmp_path / "samples" / "samples.jsonl")
    assert count == len(samples) <= 10
    assert {r["device"] for r in samples} == {"cpu", "cuda"}
    assert len({r["family"] for r in samples}) == len(samples) // 2
    originals = {(r["id"], r["device"]): r for d in ("cpu", "cuda") for r in records_of(dataset, d)}
    assert all(originals[r["id"], r["device"]] == r for r in samples)
    assert list((tmp_path / "samples").rglob("*.cu"))


@pytest.mark.slow
def test_report_figures_come_from_the_stats(dataset, tmp_path):
    stats = orjson.loads((dataset / "dataset_stats.json").read_bytes())
    report = tmp_path / "REPORT.md"
    write_samples(dataset, tmp_path / "samples", records=20)
    write_report(dataset / "dataset_stats.json", report, tmp_path / "charts", tmp_path / "samples")
    text = report.read_text()
    for device, info in stats["devices"].items():
        quantiles = stats["lengths"][device]["bytes"]
        files = ", ".join(f"`{split['file']}`" for split in info["files"].values())
        assert f"| {device} | {files} | {info['mb']} | {info['records']} | {quantiles['p10']} / {quantiles['p50']} / {quantiles['p90']} |" in text
    assert f"{stats['builtins']['used']} of the {stats['builtins']['total']}" in text
    assert f"{stats['novelty']['drawn']} modules drawn" in text
    assert "train {train}, validation {validation}, test {test} records".format(**stats["splits"]["records"]) in text
    assert f"--seed {stats['run']['seed']}" in text
    assert "```python\n@wp.kernel" in text and "```cpp\n// forward" in text  # the excerpt, from the samples
    for chart in ("families.svg", "code_tokens.svg", "sections.svg"):
        assert "<svg" in (tmp_path / "charts" / chart).read_text()


def test_the_normalised_view_is_warps_own_output_with_hashes_stripped(dataset):
    """Warp builds the same source with its ``strip_hash`` module option: the normalised view of
    the exact code is that build's code, echo comments and CPU entry points aside."""
    from warp_synth.extract import generate
    from warp_synth.synth.dataset.views import no_echo, normalised

    records = records_of(dataset, "cpu")[:6]
    assert any(len(record["kernels"]) > 1 for record in records)
    for record in records:
        source = record["python_source"]
        exact = generate(source, "synth_exact", "kernel.py")
        # the option is set last, so every line number Warp echoes stays the same
        stripped = generate(source + '\nwp.set_module_options({"strip_hash": True})\n', "synth_stripped", "kernel.py")
        assert [k.name for k in exact.kernels] == [k.name for k in stripped.kernels] == [k["name"] for k in record["kernels"]]
        for mine, own, bare in zip(record["kernels"], exact.kernels, stripped.kernels):
            # the symbol without its hash: the kernel's name, qualified by its factory's where it has one
            assert bare.symbol == mine["symbol"].rsplit("_", 1)[0] != own.symbol
            assert bare.symbol.endswith(mine["name"])
        for device in ("cpu", "cuda"):
            code, kept, at = stripped.code[device], "", 0
            for start, end in sorted(k.sections[device]["entry_points"] for k in stripped.kernels):  # every kernel's left out
                kept, at = kept + code[at:start], end
            warp_own = no_echo(kept + code[at:])
            kernels = [{"symbol": k.symbol, "sections": k.sections[device]} for k in exact.kernels]
            assert normalised(exact.code[device], exact.sections[device], kernels) == warp_own
