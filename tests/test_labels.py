"""What each row says was checked about it (``verified``, ``runtime``), written by the checks
themselves; and the main job that makes, verifies and labels a dataset without losing evidence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from warp_synth.synth.dataset.checkpoint import Checkpoint
from warp_synth.synth.dataset.layout import DatasetLayout, read_records
from warp_synth.synth.dataset.quarantine import quarantine
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.checks.runtime_check import CHECKS_FILE, GRADIENT_ORDER, RAN_ORDER
from warp_synth.synth.dataset.schema import NOT_RUN, VERIFIED_LEVELS
from warp_synth.synth.dataset.trust import written_by_run
from warp_synth.synth.checks.verify import outstanding

DEVICES = ("cpu", "cuda")


def synth(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warp_synth.synth", *args], capture_output=True, text=True, cwd=cwd, timeout=900)


def records(folder: Path, device: str) -> list[dict]:
    return list(read_records(DatasetLayout(folder).code(device)))


def snapshot(*paths: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for folder in paths for path in sorted(folder.rglob("*")) if path.is_file() and path.name != ".lock"}


@pytest.fixture(scope="module")
def main_job(tmp_path_factory) -> Path:
    """The main job as the README runs it, smaller: generate, verify every record, launch a sample."""
    out = tmp_path_factory.mktemp("main_job") / "generated"
    done = synth("run", "--target-mb", "0.1", "--workers", "1", "--run-sample", "3", "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.slow
def test_the_main_job_labels_every_record_with_what_checked_it(main_job):
    stats = orjson.loads(DatasetLayout(main_job).stats.read_bytes())
    assert stats["verification"]["level"] == "syntax" and stats["verification"]["all_passed"]
    checks: dict[str, list[dict]] = {}  # a record's id -> its kernels' checks
    for check in map(orjson.loads, (main_job / CHECKS_FILE).read_bytes().splitlines()):
        checks.setdefault(check["id"].partition("/")[0], []).append(check)
    assert len(checks) == stats["runtime_check"]["records"] == 3
    assert sum(map(len, checks.values())) == stats["runtime_check"]["kernels"]
    for device in DEVICES:
        compiler = stats["verification"]["compilers"][device]
        for record in records(main_job, device):
            assert record["verified"] == {"level": "syntax", "compiler": compiler}
            found = checks.get(record["id"])
            if found is None:
                assert record["runtime"] == NOT_RUN
            else:  # every kernel was launched, and the label is the worst of them
                assert sorted(c["id"] for c in found) == sorted(f"{record['id']}/{k['name']}" for k in record["kernels"])
                assert record["runtime"]["status"] == max((c["ran"] for c in found), key=RAN_ORDER.index)
                assert record["runtime"]["gradient"] == max((c.get("gradient") for c in found), key=GRADIENT_ORDER.index)
                assert record["runtime"]["device"] == "cpu" and record["runtime"]["cpu_vs_gpu"] is None
    assert all(written_by_run(DatasetLayout(main_job).code(device)) for device in DEVICES)  # the checkpoint follows the rewrite


@pytest.mark.slow
def test_asking_again_and_reporting_twice_keep_every_piece_of_evidence(main_job, tmp_path):
    before = snapshot(main_job)
    again = synth("run", "--target-mb", "0.1", "--workers", "1", "--run-sample", "3", "--out", str(main_job))
    assert again.returncode == 0, again.stderr
    assert "compiling" not in again.stderr and "launching" not in again.stderr and "scoring" not in again.stderr  # nothing left to do
    assert orjson.loads(DatasetLayout(main_job).stats.read_bytes())["evaluation"]["baseline"] == "retrieval"
    assert snapshot(main_job) == before
    report = ["report", "--stats", str(main_job / "dataset_stats.json"), "--out", str(tmp_path / "REPORT.md"), "--charts", str(tmp_path / "charts")]
    assert synth(*report, "--samples", str(tmp_path / "none")).returncode == 0
    first = snapshot(main_job, tmp_path)
    assert synth(*report, "--samples", str(tmp_path / "none")).returncode == 0
    assert snapshot(main_job, tmp_path) == first
    text = (tmp_path / "REPORT.md").read_text()
    assert "Compiled (syntax level)" in text and "Static caveats against the gradient check" in text
    assert "synth run --run-sample 3 --seed 0 --target-mb 0.1" in text  # the checks are part of what reproduces it


def test_what_is_left_to_check_follows_the_stats():
    syntax = {"verification": {"level": "syntax", "arch": "sm_90"}, "runtime_check": {"records": 200, "kernels": 610}}
    assert outstanding(syntax, "syntax", 90, False, 200) == (False, 0)
    assert outstanding(syntax, "full", 90, False, 200) == (True, 0)  # a stronger level is still to do
    assert outstanding(syntax, "syntax", 80, False, 50) == (True, 50)  # another arch, another sample size
    assert outstanding(syntax, "syntax", 90, True, 200) == (True, 0)  # PTX asked for, none made
    full = {"verification": {"level": "full", "arch": "sm_90", "ptx": {}}}
    assert outstanding(full, "syntax", 90, True, 0) == (False, 0)
    assert outstanding({}, "syntax", 90, False, 0) == (True, 0)


def test_a_label_is_never_weakened_and_the_last_sample_decides_runtime(small_run_copy):
    layout = DatasetLayout(small_run_copy)
    ids = [r["id"] for r in records(small_run_copy, "cpu")]
    full = {"level": "full", "compiler": "clang (warp-lang)"}
    quarantine(layout, {}, {"verified": {"cpu": full}, "runtime": {ids[0]: {**NOT_RUN, "status": "ok", "device": "cpu"}}})
    quarantine(layout, {}, {"verified": {"cpu": {"level": "syntax", "compiler": "libclang"}, "cuda": {"level": "syntax", "compiler": "NVRTC"}}})
    assert {r["verified"]["level"] for r in records(small_run_copy, "cpu")} == {"full"}
    assert {r["verified"]["compiler"] for r in records(small_run_copy, "cuda")} == {"NVRTC"}
    assert [r["runtime"]["status"] for r in records(small_run_copy, "cuda")][:2] == ["ok", "not run"]
    quarantine(layout, {}, {"runtime": {ids[1]: {**NOT_RUN, "status": "hang", "device": "cpu"}}})
    assert [r["runtime"]["status"] for r in records(small_run_copy, "cpu")][:2] == ["not run", "hang"]
    assert written_by_run(layout.code("cpu")) and written_by_run(layout.code("cuda"))


@pytest.mark.slow
def test_a_relabel_cut_short_is_finished_by_the_next_command(small_run_copy):
    layout = DatasetLayout(small_run_copy)
    checkpoint = Checkpoint.load(layout)
    checkpoint.pending_labels = {"verified": {"cuda": {"level": "syntax", "compiler": "NVRTC"}}}
    checkpoint.save(layout)  # announced, as a rewrite killed before its first file was replaced leaves it
    run(RunConfig(out=small_run_copy, target_mb=0.3, seed=0, workers=1))
    assert {r["verified"]["level"] for r in records(small_run_copy, "cuda")} == {"syntax"}
    assert {r["verified"]["level"] for r in records(small_run_copy, "cpu")} == {"none"}
    assert Checkpoint.load(layout).pending_labels == {} and written_by_run(layout.code("cuda"))


def test_every_levels_figures_are_kept_and_the_strongest_leads(small_run_copy):
    from warp_synth.synth.dataset.stats_file import refresh_stats

    layout = DatasetLayout(small_run_copy)
    stats = orjson.loads(layout.stats.read_bytes())
    syntax, full = {"level": "syntax", "seconds": 1.0}, {"level": "full", "seconds": 9.0}
    stats = refresh_stats(layout, stats, {"verification": syntax})
    stats = refresh_stats(layout, stats, {"verification": full})
    assert stats["verification"] == full and stats["verification_levels"] == {"syntax": syntax, "full": full}
    again = {"level": "syntax", "seconds": 2.0}
    stats = refresh_stats(layout, stats, {"verification": again})  # a weaker check later: kept beside, not in front
    assert stats["verification"] == full and stats["verification_levels"] == {"syntax": again, "full": full}


@pytest.mark.slow
def test_the_stats_are_written_only_by_the_holder_of_the_folder_lock(small_run_copy):
    from warp_synth.synth.dataset.lock import folder_lock
    from warp_synth.synth.dataset.stats_file import read_stats, write_stats

    layout = DatasetLayout(small_run_copy)
    before = layout.stats.read_bytes()
    with pytest.raises(RuntimeError, match="only under the folder's lock"):
        write_stats(layout, {"damaged": True})
    assert layout.stats.read_bytes() == before
    with folder_lock(layout.folder, "test"):
        write_stats(layout, read_stats(layout.stats))
    assert layout.stats.read_bytes() == before


def test_the_levels_registered_are_the_labels_vocabulary_weakest_first():
    from warp_synth.synth.checks.levels import LEVELS
    from warp_synth.synth.cli import Level

    assert ("none", *LEVELS) == VERIFIED_LEVELS
    assert [level.value for level in Level] == list(LEVELS)
    emitters = [name for name, level in LEVELS.items() if level.emits_ptx]
    assert "full" in emitters and "syntax" not in emitters


def test_a_record_is_built_with_the_schemas_fields_and_refused_when_it_breaks_it(small_run):
    from dataclasses import fields, replace

    from warp_synth.synth.dataset.record import Record
    from warp_synth.synth.dataset.schema import RECORD_FIELDS

    assert tuple(field.name for field in fields(Record)) == RECORD_FIELDS  # one schema: a field added to one is added to both
    first = next(read_records(DatasetLayout(small_run).code("cpu")))
    record = Record(**first)
    assert record.line() == orjson.dumps(first) + b"\n"
    with pytest.raises(ValueError, match="field 'split' is 'tests'"):
        replace(record, split="tests")
    with pytest.raises(ValueError, match="not the hash of the record's python_source"):
        replace(record, python_source=record.python_source + "\n")
