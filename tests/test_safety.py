"""Reproducibility and data safety: each test does the damage and checks the outcome.

The hash seed of the caller, files lost or cut between runs, two writers on one folder, a grammar
changed between kill and resume, a full disk during the final writes, damaged JSONL lines."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.publish.export import export_hub
from warp_synth.synth.dataset.layout import DatasetLayout, replacing
from warp_synth.synth.dataset.quarantine import quarantine
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.checks.runtime_check import run_sample
from warp_synth.synth.publish.samples import write_samples
from warp_synth.synth.checks.validate import validate

TARGET_MB = 1.0


def synth(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "warp_synth.synth", *args], capture_output=True, text=True, env=env, **kwargs
    )


def run_args(out: Path, *extra: str) -> list[str]:
    return ["run", "--no-verify", "--target-mb", str(TARGET_MB), "--seed", "0", "--workers", "1", "--out", str(out), *extra]


def contents(folder: Path) -> dict[str, bytes]:
    layout = DatasetLayout(folder)
    return {path.name: path.read_bytes() for path in [*layout.code_files(), layout.rejects]}


class Stop(Exception):
    pass


def stop_after_first_batch(progress) -> None:
    raise Stop


def unfinished_run(config: RunConfig) -> None:
    """A run stopped right after its first checkpoint, as a kill there would leave it."""
    with pytest.raises(Stop):
        run(config, on_progress=stop_after_first_batch)


@pytest.fixture(scope="module")
def finished(tmp_path_factory) -> Path:
    """A finished run, copied by the tests that damage it."""
    out = tmp_path_factory.mktemp("finished")
    run(RunConfig(out=out, target_mb=TARGET_MB, seed=0, workers=1))
    return out


def copy_of(folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    return copy


# -- 1. the caller's hash seed ---------------------------------------------------------------

RUN_AND_PROBE = """
import multiprocessing, sys
from pathlib import Path
from warp_synth.synth.generate.pipeline import fixed_hash_seed
from warp_synth.synth.run.job import RunConfig, run
run(RunConfig(out=Path(sys.argv[1]), target_mb={target}, seed=0, workers=1))
with fixed_hash_seed(), multiprocessing.get_context("spawn").Pool(1) as pool:  # as the run's workers start
    print(pool.apply(hash, ("warp-synth",)))
"""


@pytest.mark.slow
def test_same_bytes_whatever_the_callers_hash_seed(tmp_path):
    """Warp's code generator iterates sets, so every kernel is built in a worker that hashes with
    PYTHONHASHSEED=0, whatever the caller's: the workers hash as such a process does, and runs and
    `synth sample` under two hash seeds give the same bytes."""
    fixed = subprocess.run([sys.executable, "-c", 'print(hash("warp-synth"))'], capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    outputs, probes, samples = {}, set(), set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = tmp_path / hash_seed
        done = subprocess.run([sys.executable, "-c", RUN_AND_PROBE.format(target=TARGET_MB), str(out)], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        probes.add(done.stdout.split()[-1])
        outputs[hash_seed] = contents(out)
        kernels = orjson.loads((out / "dataset_stats.json").read_bytes())["run"]["next_index"]
        shown = synth("sample", "-n", str(min(kernels, 20)), "--seed", "0", env=env)
        assert shown.returncode == 0, shown.stderr
        samples.add(shown.stdout)
    assert probes == {fixed.stdout.strip()}
    assert outputs["1"] == outputs["2"]
    assert len(samples) == 1
    assert orjson.loads((tmp_path / "1" / "dataset_stats.json").read_bytes())["run"]["python_hash_seed"] == "0"


# -- 2. files lost or cut between runs -------------------------------------------------------


@pytest.mark.parametrize("damage", ["delete cuda", "cut cpu at a line end"])
@pytest.mark.slow
def test_a_resumed_run_refuses_files_that_lost_records(tmp_path, damage):
    unfinished_run(RunConfig(out=tmp_path, target_mb=TARGET_MB, seed=0, workers=1, batch_size=4))
    layout = DatasetLayout(tmp_path)
    if damage == "delete cuda":
        layout.code("cuda").unlink()
    else:
        lines = layout.code("cpu").read_bytes().splitlines(keepends=True)
        layout.code("cpu").write_bytes(b"".join(lines[:-1]))
    before = {path.name: path.read_bytes() for path in layout.code_files()}
    refused = synth(*run_args(tmp_path))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    damaged = "cuda_code.jsonl is missing" if damage == "delete cuda" else "cpu_code.jsonl holds"
    assert damaged in refused.stderr and "--fresh" in refused.stderr
    assert "records" not in refused.stdout
    assert {path.name: path.read_bytes() for path in layout.code_files()} == before


@pytest.mark.slow
def test_a_finished_run_asked_again_refuses_a_deleted_file(finished, tmp_path):
    copy = copy_of(finished, tmp_path)
    DatasetLayout(copy).code("cuda").unlink()
    refused = synth(*run_args(copy))
    assert refused.returncode == 1 and "cuda_code.jsonl is missing" in refused.stderr and "records" not in refused.stdout


@pytest.mark.slow
def test_a_finished_run_cuts_what_was_appended_after_it(finished, tmp_path):
    copy = copy_of(finished, tmp_path)
    with open(DatasetLayout(copy).code("cpu"), "ab") as handle:
        handle.write(b'{"id": "appended later')
    again = synth(*run_args(copy))
    assert again.returncode == 0, again.stderr
    assert contents(copy) == contents(finished)


@pytest.mark.slow
def test_a_quarantined_run_is_recognised_and_its_stats_follow_the_files(finished, tmp_path):
    copy = copy_of(finished, tmp_path)
    layout = DatasetLayout(copy)
    ids = [orjson.loads(line)["id"] for line in layout.code("cpu").read_bytes().splitlines()]
    quarantine(layout, {ids[1]: ("cpu", "refused by the compiler")})
    stats = run(RunConfig(out=copy, target_mb=TARGET_MB, seed=0, workers=1))  # the finished run, asked again
    for device in ("cpu", "cuda"):
        data = layout.code(device).read_bytes()
        assert [orjson.loads(line)["id"] for line in data.splitlines()] == ids[:1] + ids[2:]
        train = stats["devices"][device]["files"]["train"]
        assert train["bytes"] == len(data) and train["records"] == len(ids) - 1
        assert stats["devices"][device]["bytes"] == sum(path.stat().st_size for path in layout.device_files(device))


@pytest.mark.slow
def test_a_damaged_checkpoint_is_named(finished, tmp_path):
    copy = copy_of(finished, tmp_path)
    DatasetLayout(copy).state.write_bytes(b'{"identity": {"seed": 0}, "next_ind')
    refused = synth(*run_args(copy))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert ".run_state.json" in refused.stderr and "--fresh" in refused.stderr


# -- 3. two writers on one folder ------------------------------------------------------------


@pytest.mark.slow
def test_two_runs_on_one_folder_one_is_refused_with_the_holders_pid(finished, tmp_path):
    runs = [subprocess.Popen([sys.executable, "-m", "warp_synth.synth", *run_args(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(process, *process.communicate(timeout=300)) for process in runs]
    assert sorted(process.returncode for process, _, _ in results) == [0, 1]
    (winner, _, _), (_, _, refusal) = sorted(results, key=lambda result: result[0].returncode)
    assert f"in use by pid {winner.pid} (synth run)" in refusal
    assert contents(tmp_path) == contents(finished)


def test_a_held_folder_refuses_validate_and_export_and_a_dead_holder_blocks_nothing(finished, tmp_path):
    copy = copy_of(finished, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from warp_synth.synth.dataset.lock import folder_lock\n"
         f"with folder_lock(Path({str(copy)!r}), 'synth run'):\n    print('held', flush=True); time.sleep(120)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline() == "held\n"
        for attempt in (
            lambda: validate(DatasetLayout(copy).code_files(), workers=1),
            lambda: export_hub(copy, tmp_path / "parquet"),
        ):
            with pytest.raises(SynthError, match=f"in use by pid {holder.pid} \\(synth run\\)"):
                attempt()
    finally:
        holder.kill()
        holder.wait()
    assert DatasetLayout(copy).lock.read_text().startswith(f"pid {holder.pid}")  # left behind by the dead holder
    assert export_hub(copy, tmp_path / "parquet")


# -- 4. the grammar changed between kill and resume -----------------------------------------


@pytest.mark.parametrize(
    "changed, edit",
    [
        ("stmt/physics/spring_to_anchor.j2", lambda text: text.replace("{#\n", "{#\n# retuned\n", 1)),
        ("roles.toml", lambda text: text.replace('names = ["x", "p", "pos"]', 'names = ["p", "x", "pos"]', 1)),
    ],
)
@pytest.mark.slow
def test_a_changed_template_between_kill_and_resume_is_refused(template_copy, tmp_path, changed, edit):
    """A template or a roles file changed between a kill and the resume: the run is refused."""
    config = RunConfig(out=tmp_path / "out", target_mb=TARGET_MB, seed=0, workers=1, templates=template_copy, batch_size=4)
    unfinished_run(config)
    template = template_copy / changed
    text = template.read_text()
    template.write_text(edit(text))
    assert template.read_text() != text
    with pytest.raises(SynthError, match="grammar_sha256") as refusal:
        run(config)
    assert "--fresh" in str(refusal.value)


# -- 5. a full disk during the final writes --------------------------------------------------


def limit_file_size(limit: int):
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))


@pytest.mark.slow
def test_a_full_disk_while_writing_the_stats_leaves_no_half_file(finished, tmp_path):
    copy = copy_of(finished, tmp_path)
    stats = DatasetLayout(copy).stats
    stats.unlink()  # a finished run asked again rebuilds its stats from the checkpoint: the only write
    failed = synth(*run_args(copy), preexec_fn=limit_file_size(stats.parent.joinpath("README.md").stat().st_size + 100))
    assert failed.returncode == 1 and f"can't write to {copy}" in failed.stderr and "Traceback" not in failed.stderr
    assert not stats.exists() and not list(copy.glob(".*.tmp"))
    again = synth(*run_args(copy))
    assert again.returncode == 0, again.stderr
    rebuilt, original = (orjson.loads(path.read_bytes()) for path in (stats, DatasetLayout(finished).stats))
    assert rebuilt["run"].pop("out") == str(copy)
    original["run"].pop("out")
    # The realism figures are measured again from the files, in another process than the
    # fixture's; the counts, sizes and every other figure must come back exactly.
    assert rebuilt.pop("realism")["ours"]["kernels"] == original.pop("realism")["ours"]["kernels"]
    assert rebuilt == original


@pytest.mark.slow
def test_quarantine_cut_short_by_a_full_disk_finishes_once(finished, tmp_path):
    copy = copy_of(finished, tmp_path)
    layout = DatasetLayout(copy)
    ids = [orjson.loads(line)["id"] for line in layout.code("cpu").read_bytes().splitlines()]
    script = (
        "import sys; from pathlib import Path; from warp_synth.synth.dataset.layout import DatasetLayout; "
        "from warp_synth.synth.dataset.quarantine import quarantine; "
        f"quarantine(DatasetLayout(Path({str(copy)!r})), {{{ids[0]!r}: ('cuda', 'refused')}})"
    )
    # room for the quarantine entries, not for the shortened code files
    limit = limit_file_size(layout.code("cpu").stat().st_size // 2)
    cut_short = subprocess.run([sys.executable, "-c", script], capture_output=True, preexec_fn=limit)
    assert cut_short.returncode != 0 and layout.quarantine.exists()
    assert layout.code("cpu").read_bytes() == DatasetLayout(finished).code("cpu").read_bytes()
    run(RunConfig(out=copy, target_mb=TARGET_MB, seed=0, workers=1))  # finishes the move the checkpoint announces
    moved = {path.name: path.read_bytes() for path in (layout.code("cpu"), layout.code("cuda"), layout.quarantine)}
    for device in ("cpu", "cuda"):
        assert [orjson.loads(line)["id"] for line in layout.code(device).read_bytes().splitlines()] == ids[1:]
    quarantine(layout, {ids[0]: ("cuda", "refused")})  # validating again changes nothing
    assert {path.name: path.read_bytes() for path in (layout.code("cpu"), layout.code("cuda"), layout.quarantine)} == moved
    entries = [orjson.loads(line) for line in layout.quarantine.read_bytes().splitlines()]
    assert sorted((e["id"], e["device"]) for e in entries) == [(ids[0], "cpu"), (ids[0], "cuda")]


def test_replacing_keeps_the_old_file_when_writing_fails(tmp_path):
    path = tmp_path / "stats.json"
    path.write_bytes(b"old")
    with pytest.raises(OSError), replacing(path) as handle:
        handle.write(b"half of the ne")
        raise OSError(28, "No space left on device")
    assert path.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["stats.json"]


# -- readers: one message naming the file and line -------------------------------------------


@pytest.fixture
def damaged(finished, tmp_path) -> Path:
    """A copy of the dataset without its checkpoint, its cpu file's 4th line cut mid-record."""
    copy = copy_of(finished, tmp_path)
    DatasetLayout(copy).state.unlink()
    cpu = DatasetLayout(copy).code("cpu")
    lines = cpu.read_bytes().splitlines(keepends=True)
    assert len(lines) > 4
    cpu.write_bytes(b"".join(lines[:3]) + lines[3][:200])
    return copy


@pytest.mark.slow
def test_readers_name_the_file_and_line_of_a_cut_record(damaged, tmp_path):
    cpu = DatasetLayout(damaged).code("cpu")
    refused = synth("validate", str(cpu), str(DatasetLayout(damaged).code("cuda")), "--workers", "1")
    assert refused.returncode == 1 and f"{cpu}, line 4: the last record is cut short" in refused.stderr
    for read in (
        lambda: export_hub(damaged, tmp_path / "parquet"),
        lambda: write_samples(damaged, tmp_path / "samples", 4),
        lambda: run_sample(cpu, 1),
    ):
        with pytest.raises(SynthError, match=f"{cpu}, line 4: the last record is cut short"):
            read()


def test_readers_name_a_record_missing_fields(damaged, tmp_path):
    cpu = DatasetLayout(damaged).code("cpu")
    lines = cpu.read_bytes().splitlines(keepends=True)[:3]
    record = orjson.loads(lines[1])
    del record["code"]
    cpu.write_bytes(lines[0] + orjson.dumps(record) + b"\n" + lines[2])
    with pytest.raises(SynthError, match=f"{cpu}, line 2: field 'code' is missing"):
        export_hub(damaged, tmp_path / "parquet")
