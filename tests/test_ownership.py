"""Own only what you wrote: each test replays a way `synth sample --write`, `synth export` or a
signal could destroy or leave files, through the command as a person runs it, and checks the
one-line error and that nothing was lost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from conftest import SMALL_RUN_MB

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.publish.export import export_hub
from warp_synth.synth.dataset.layout import DatasetLayout
from warp_synth.synth.dataset.lock import folder_lock
from warp_synth.synth.dataset.ownership import MANIFEST, refuse_other_kind, sha256
from warp_synth.synth.publish.samples import write_samples

TARGET_MB = SMALL_RUN_MB  # a run here resumes to the small run's bytes
REPOSITORY = Path(__file__).resolve().parents[1]


def synth(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warp_synth.synth", *args], capture_output=True, text=True, cwd=cwd)


def refused(result: subprocess.CompletedProcess, *words: str) -> str:
    """The one-line error of a refused command (exit code 2), checked to name ``words``."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert all(word in lines[0] for word in words), lines[0]
    return lines[0]


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) and its bytes."""
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def leftovers(*folders: Path) -> list[str]:
    """Temporary and lock files under the folders: none may stay after a command."""
    return [str(path) for folder in folders for path in folder.rglob("*") if path.name.endswith(".tmp") or path.name == ".lock"]


@pytest.fixture
def finished(small_run) -> Path:
    return small_run


@pytest.fixture
def dataset(small_run_copy) -> Path:
    return small_run_copy


# -- 1. `sample --write` into a folder of someone else's --------------------------------------


@pytest.mark.slow
def test_sample_write_keeps_a_folders_own_files(dataset, tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "important.txt").write_text("mine\n")
    refused(synth("sample", "--write", str(victim), "-n", "2", "--dataset", str(dataset)), str(victim), "important.txt", "--force")
    assert tree(victim) == {"important.txt": b"mine\n"}

    assert synth("sample", "--write", str(victim), "-n", "4", "--dataset", str(dataset), "--force").returncode == 0
    four = set(tree(victim))
    assert synth("sample", "--write", str(victim), "-n", "2", "--dataset", str(dataset), "--force").returncode == 0
    files = tree(victim)
    assert files["important.txt"] == b"mine\n"  # written beside, never removed
    assert len(files["samples.jsonl"].splitlines()) == 2
    assert set(files) < four and not leftovers(victim)  # the first sample's extra files: removed


@pytest.mark.slow
def test_sample_write_replaces_only_its_files_unchanged(dataset, tmp_path):
    samples = tmp_path / "samples"
    assert synth("sample", "--write", str(samples), "-n", "4", "--dataset", str(dataset)).returncode == 0
    manifest = orjson.loads((samples / MANIFEST).read_bytes())
    assert manifest["kind"] == "samples" and manifest["files"] == {name: sha256(samples / name) for name in tree(samples) if name != MANIFEST}
    assert synth("sample", "--write", str(samples), "-n", "4", "--dataset", str(dataset)).returncode == 0  # ours: replaced

    edited = next(name for name in tree(samples) if name.endswith(".py"))
    (samples / edited).write_text("# my notes\n", encoding="utf-8")
    refused(synth("sample", "--write", str(samples), "-n", "2", "--dataset", str(dataset)), edited)
    result = synth("sample", "--write", str(samples), "-n", "4", "--dataset", str(dataset), "--force")
    refused(result, edited, "would be replaced")  # --force writes beside a changed file, never over it
    assert (samples / edited).read_text(encoding="utf-8") == "# my notes\n"


# -- 2. `sample --write` into the dataset itself ----------------------------------------------


@pytest.mark.slow
def test_sample_write_refuses_the_dataset_folder(dataset, tmp_path):
    (tmp_path / "data").mkdir()
    generated = tmp_path / "data" / "generated"
    dataset.rename(generated)
    before = tree(generated)
    refused(synth("sample", "--write", "data/generated", "-n", "2", "--dataset", "data/generated", cwd=tmp_path), "dataset folder")
    refused(synth("sample", "--write", ".", "-n", "2", "--dataset", ".", cwd=generated), "dataset folder")
    refused(synth("sample", "--write", "data/generated/samples", "-n", "2", "--dataset", "data/generated", cwd=tmp_path), "inside")
    refused(synth("sample", "--write", "data/generated", "-n", "2", "--dataset", str(tmp_path / "other"), cwd=tmp_path), "synth run")
    assert tree(generated) == before


@pytest.mark.slow
def test_the_committed_samples_folder_is_recognised_as_ours(dataset, tmp_path):
    legacy = tmp_path / "samples"
    shutil.copytree(REPOSITORY / "data" / "samples", legacy, ignore=shutil.ignore_patterns(MANIFEST))
    stray = legacy / "particles" / "notes.txt"
    stray.write_text("mine\n")
    refused(synth("sample", "--write", str(legacy), "-n", "100", "--dataset", str(dataset)), "particles/notes.txt")
    stray.unlink()
    assert synth("sample", "--write", str(legacy), "-n", "100", "--dataset", str(dataset)).returncode == 0
    expected = tmp_path / "expected"
    write_samples(dataset, expected, 100)
    assert tree(legacy) == tree(expected)  # the old sample's files replaced or removed, all of them


# -- 3. `export` into a folder holding other Parquet files ------------------------------------


@pytest.mark.slow
def test_export_removes_only_its_own_stale_shards(dataset, tmp_path, monkeypatch):
    hub = tmp_path / "hub"
    mine = hub / "data" / "mine" / "my_own_table.parquet"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(b"PAR1 mine")
    refused(synth("export", "--dataset", str(dataset), "--out", str(hub)), "data/mine/my_own_table.parquet", "--force")
    assert tree(hub) == {"data/mine/my_own_table.parquet": b"PAR1 mine"}

    monkeypatch.setattr("warp_synth.synth.publish.export.ROWS_PER_GROUP", 8)
    many = export_hub(dataset, hub, max_shard_mb=0.05, force=True)  # several shards per split
    assert len(many) > 3 and mine.read_bytes() == b"PAR1 mine"
    edited = next(shard for shard in many if not shard.name.endswith("-00000.parquet"))  # not one the next export writes
    edited.write_bytes(b"PAR1 edited by hand")
    result = synth("export", "--dataset", str(dataset), "--out", str(hub), "--force")
    assert result.returncode == 0, result.stderr
    written = {hub / line.split(f"{hub}/", 1)[1] for line in result.stdout.splitlines() if line.startswith("wrote ")}
    assert all(shard.name.endswith("-00000.parquet") for shard in written)  # one shard per config and split now
    assert set(hub.glob("data/*/*.parquet")) == written | {mine, edited}  # the earlier export's others removed
    assert edited.read_bytes() == b"PAR1 edited by hand"
    assert not leftovers(hub, dataset)


# -- 4. `export` into a run's folder -----------------------------------------------------------


@pytest.mark.slow
def test_export_refuses_a_run_folder(dataset, tmp_path):
    (tmp_path / "data").mkdir()
    generated = tmp_path / "data" / "generated"
    dataset.rename(generated)
    before = tree(generated)
    refused(synth("export", "--out", "data/generated", cwd=tmp_path), "dataset folder")
    other = tmp_path / "other"
    shutil.copytree(generated, other)
    refused(synth("export", "--dataset", str(other), "--out", "data/generated", cwd=tmp_path), "synth run", ".run_state.json")
    assert tree(generated) == before


@pytest.mark.slow
def test_kinds_of_folder_are_not_mixed(dataset, tmp_path):
    hub, samples = tmp_path / "hub", tmp_path / "samples"
    export_hub(dataset, hub)
    write_samples(dataset, samples, 2)
    refused(synth("export", "--dataset", str(dataset), "--out", str(samples)), "synth sample --write")
    refused(synth("sample", "--write", str(hub), "--dataset", str(dataset)), "synth export")
    for folder in (hub, samples):
        before = tree(folder)
        refused(synth("run", "--target-mb", "0.05", "--workers", "1", "--out", str(folder)), "`synth run` writes only into a folder of its own")
        assert tree(folder) == before
    refuse_other_kind(dataset, "run")
    refuse_other_kind(tmp_path / "new", "run")


def test_a_manifest_naming_files_outside_its_folder_is_refused(dataset, tmp_path):
    hub = tmp_path / "hub"
    export_hub(dataset, hub)
    outside = tmp_path / "outside.txt"
    outside.write_text("mine\n")
    manifest = orjson.loads((hub / MANIFEST).read_bytes())
    manifest["temporary"] = ["../outside.txt"]
    (hub / MANIFEST).write_bytes(orjson.dumps(manifest))
    refused_export = synth("export", "--dataset", str(dataset), "--out", str(hub))
    assert refused_export.returncode == 1 and "is damaged" in refused_export.stderr
    assert outside.read_text() == "mine\n"


# -- 5. a signal during `export`, and the lock file --------------------------------------------

SIGNAL_AFTER_FIRST_SHARD_OPENS = """
import os, signal, sys
from warp_synth.synth import cli
from warp_synth.synth.publish import export
opened = export._Shards._flush
def flush(self):
    opened(self)
    os.kill(os.getpid(), signal.{signal})  # a temporary shard exists now
export._Shards._flush = flush
cli.main(sys.argv[1:])
"""


def export_signalled(name: str, dataset: Path, hub: Path) -> subprocess.CompletedProcess:
    script = SIGNAL_AFTER_FIRST_SHARD_OPENS.format(signal=name)
    return subprocess.run(
        [sys.executable, "-c", script, "export", "--dataset", str(dataset), "--out", str(hub)], capture_output=True, text=True
    )


@pytest.mark.slow
def test_sigterm_during_export_leaves_no_temporary_file(dataset, tmp_path):
    hub = tmp_path / "hub"
    stopped = export_signalled("SIGTERM", dataset, hub)
    assert stopped.returncode == 143 and stopped.stderr.strip() == "error: interrupted", stopped.stderr
    assert not leftovers(hub, dataset)
    again = synth("export", "--dataset", str(dataset), "--out", str(hub))
    assert again.returncode == 0, again.stderr
    assert not leftovers(hub, dataset)
    manifest = orjson.loads((hub / MANIFEST).read_bytes())
    assert set(manifest["files"]) == set(tree(hub)) - {MANIFEST}


@pytest.mark.slow
def test_an_export_killed_hard_is_cleaned_up_by_the_next(dataset, tmp_path):
    hub = tmp_path / "hub"
    killed = export_signalled("SIGKILL", dataset, hub)
    assert killed.returncode == -signal.SIGKILL
    assert leftovers(hub)  # a temporary shard and the lock: nothing could remove them
    again = synth("export", "--dataset", str(dataset), "--out", str(hub))
    assert again.returncode == 0, again.stderr
    assert not leftovers(hub, dataset)


def test_the_lock_file_is_removed_on_release(tmp_path):
    lock = DatasetLayout(tmp_path).lock
    with folder_lock(tmp_path, "synth export"):
        with folder_lock(tmp_path, "synth export"):  # taken again by its holder
            pass
        assert lock.read_text() == f"pid {os.getpid()} (synth export)\n"
    assert not lock.exists()
    lock.write_text("pid 1 (synth run)\n")  # left by a kill -9: its holder is gone
    with folder_lock(tmp_path, "synth run"):
        assert lock.read_text() == f"pid {os.getpid()} (synth run)\n"
    assert not lock.exists()


CONTEND = """
import os, sys, time
from pathlib import Path
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.lock import folder_lock
folder, taken = Path(sys.argv[1]), 0
inside = folder / "inside"
while taken < 100:
    try:
        with folder_lock(folder, "synth export"):
            fd = os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY)  # fails if another holder is inside
            os.close(fd)
            time.sleep(0.0005)
            os.unlink(inside)
            taken += 1
    except SynthError:
        pass
"""


def test_the_lock_holds_while_holders_remove_its_file(tmp_path):
    contenders = [
        subprocess.Popen([sys.executable, "-c", CONTEND, str(tmp_path)], stderr=subprocess.PIPE, text=True) for _ in range(3)
    ]
    errors = [process.communicate(timeout=120)[1] for process in contenders]
    assert [process.returncode for process in contenders] == [0, 0, 0], errors
    assert not list(tmp_path.iterdir())


@pytest.mark.slow
def test_sigterm_stops_a_run_that_then_resumes_byte_exact(finished, tmp_path):
    out = tmp_path / "run"
    args = ["run", "--no-verify", "--target-mb", str(TARGET_MB), "--seed", "0", "--workers", "1", "--out", str(out)]
    process = subprocess.Popen([sys.executable, "-m", "warp_synth.synth", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not DatasetLayout(out).state.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the run finished before the signal came")
    assert process.returncode == 143 and stderr.strip().splitlines()[-1] == "error: interrupted", stderr
    assert "Traceback" not in stderr and not leftovers(out)
    resumed = synth(*args)
    assert resumed.returncode == 0, resumed.stderr
    for path in DatasetLayout(finished).code_files() + [DatasetLayout(finished).rejects]:
        assert (out / path.name).read_bytes() == path.read_bytes()
