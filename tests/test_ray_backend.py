"""The same run on Ray: byte for byte the local backend's, resumed on either backend, a dead
worker's task retried, and a task that always dies stopping the run with one message and
leaving files a resumed run completes. The same for validation: Ray's quarantine, PTX and
figures are the local backend's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from planted import plant
from runs import run_files
from test_native_compile import TYPE_ERROR

from warp_synth.grammar.shipped import grammar_source
from warp_synth.synth.generate import backends
from warp_synth.synth.run import job as run_module
from warp_synth.synth.checks import validate as validate_module
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.generate.pipeline import HASH_SEED, build_batch
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.checks.validate import validate

pytestmark = pytest.mark.ray  # the Ray backend beside the local one: `pytest -m ray`

ray = pytest.importorskip("ray")

FILES = ("cpu_code.jsonl", "cuda_code.jsonl", "rejects.jsonl")
DIES_FROM = 12  # the kernel index from which the always-dying task dies: batches before it are written


BATCH = 2  # modules per batch: a small run of modules still makes batches enough to interrupt


def config(out: Path, backend: str) -> RunConfig:
    return RunConfig(out=out, target_mb=0.8, seed=7, workers=2, batch_size=BATCH, backend=backend)


def same_files(a: Path, b: Path) -> bool:
    return run_files(a) == run_files(b) and all((a / name).read_bytes() == (b / name).read_bytes() for name in run_files(a))


@pytest.fixture(scope="module")
def ray_instance():
    """One local Ray instance of 2 CPUs for the module: the runs use it and leave it running."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # Ray workers can't import this module
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    stats = run(config(out, "local"))
    assert stats["run"]["next_index"] > 4 * BATCH, "too few batches to compare"
    return out


@pytest.mark.slow
def test_a_ray_run_is_the_local_run_byte_for_byte(ray_instance, reference, tmp_path):
    stats = run(config(tmp_path, "ray"))
    assert stats["run"]["backend"] == "ray"
    assert same_files(reference, tmp_path)


def test_ray_workers_hash_with_the_fixed_seed(ray_instance):
    """Warp's output bytes depend on the hash seed, which only a process's start decides."""
    fixed = subprocess.run(
        [sys.executable, "-c", "print(hash('warp-synth'))"], env={**os.environ, "PYTHONHASHSEED": HASH_SEED},
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    with backends.open_backend("ray", 2, (("cpu",), grammar_source(), (0.98, 0.01, 0.01))) as backend:
        assert [backend.submit(hash, "warp-synth").get() for _ in range(4)] == [int(fixed)] * 4


def half_way(started: Path) -> None:
    """Leaves its worker process half set up (as an import interrupted midway would), then waits."""
    os.environ["SYNTH_TEST_HALF_WAY"] = "1"
    (started / str(os.getpid())).touch()
    time.sleep(120)


def half_way_flag() -> str | None:
    return os.environ.get("SYNTH_TEST_HALF_WAY")


@pytest.mark.slow
def test_a_stopped_backend_leaves_no_worker_half_way_through_a_task(ray_instance, tmp_path):
    with backends.open_backend("ray", 2, None) as backend:
        for _ in range(2):
            backend.submit(half_way, tmp_path)
        deadline = time.monotonic() + 60
        while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(list(tmp_path.iterdir())) == 2, "the tasks did not start"
    with backends.open_backend("ray", 2, None) as backend:
        assert [backend.submit(half_way_flag).get() for _ in range(6)] == [None] * 6


class Interrupt(Exception):
    pass


def stop_after(batches: int):
    seen = 0

    def on_progress(progress) -> None:
        nonlocal seen
        seen += 1
        if seen == batches:
            raise Interrupt

    return on_progress


@pytest.mark.parametrize("first, then", [("local", "ray"), ("ray", "local")])
@pytest.mark.slow
def test_a_run_resumes_on_the_other_backend(ray_instance, reference, tmp_path, first, then):
    with pytest.raises(Interrupt):
        run(config(tmp_path, first), on_progress=stop_after(3))
    run(config(tmp_path, then))
    assert same_files(reference, tmp_path)


@pytest.mark.slow
def test_a_task_whose_worker_dies_is_retried(ray_instance, reference, tmp_path, monkeypatch):
    marker = tmp_path / "died"

    def dies_once(run_seed, indices, keep=None):
        if not marker.exists():
            marker.touch()
            os._exit(1)
        return build_batch(run_seed, indices, keep)

    monkeypatch.setattr(run_module, "build_batch", dies_once)
    out = tmp_path / "out"
    run(config(out, "ray"))
    assert marker.exists(), "no worker died"
    assert same_files(reference, out)


def dies_late(run_seed, indices, keep=None):
    """build_batch, but its worker process dies on any batch from DIES_FROM on."""
    if any(index >= DIES_FROM for index in indices):
        os._exit(1)
    return build_batch(run_seed, indices, keep)


@pytest.mark.parametrize("backend, message", [
    ("ray", r"a Ray task \(dies_late\) failed 2 times: .*died"),
    ("local", r"a worker process died while running dies_late"),
])  # fmt: skip
@pytest.mark.slow
def test_a_worker_that_always_dies_stops_the_run_and_keeps_what_it_wrote(ray_instance, reference, tmp_path, monkeypatch, backend, message):
    monkeypatch.setattr(run_module, "build_batch", dies_late)
    monkeypatch.setattr(backends, "RAY_TASK_RETRIES", 1)
    with pytest.raises(SynthError, match=message) as error:
        run(config(tmp_path, backend))
    assert "rerun the same command to resume" in str(error.value) and "\n" not in str(error.value)
    state = orjson.loads((tmp_path / ".run_state.json").read_bytes())
    assert 0 < state["next_index"] <= DIES_FROM and not state["done"]
    monkeypatch.undo()
    run(config(tmp_path, "local"))  # what was written is what the checkpoint says: the run completes
    assert same_files(reference, tmp_path)


# -- validation ---------------------------------------------------------------------------------

VALIDATED = (*FILES[:2], "quarantine.jsonl", ".run_state.json")
TIMINGS = ("seconds", "records_per_second", "modules_per_second", "backend")
SMALL_BATCHES = {"cpu": 3, "cuda": 3}  # several batches per device, more than the workers (a small run holds a few modules)


@pytest.fixture(scope="module")
def planted(reference, tmp_path_factory) -> Path:
    """The reference run with a type error planted in one CPU record (not in the first batch)."""
    folder = tmp_path_factory.mktemp("planted") / "run"
    shutil.copytree(reference, folder)
    cpu = folder / "cpu_code.jsonl"
    rows = [orjson.loads(line) for line in cpu.read_bytes().splitlines()]
    assert len(rows) > 3 * SMALL_BATCHES["cpu"], "too few records for several batches"
    rows[2 * SMALL_BATCHES["cpu"]] = plant(rows[2 * SMALL_BATCHES["cpu"]], "", TYPE_ERROR)  # past the first five, which the PTX test takes
    cpu.write_bytes(b"".join(orjson.dumps(row) + b"\n" for row in rows))
    return folder


def validated(source: Path, folder: Path, backend: str, batch_sizes: dict = SMALL_BATCHES, **options) -> dict:
    """The figures of validating a copy of ``source``, made in ``folder``, on ``backend`` (2 workers)."""
    shutil.copytree(source, folder)
    paths = [folder / "cpu_code.jsonl", folder / "cuda_code.jsonl"]
    return validate(paths, workers=2, backend=backend, batch_sizes=batch_sizes, **options)


def untimed(figures: dict) -> dict:
    """The figures without timings and the backend's name."""
    kept = {key: value for key, value in figures.items() if key not in TIMINGS}
    kept["per_device"] = {device: info["records"] for device, info in figures["per_device"].items()}
    return kept


def same_validation(a: Path, b: Path) -> bool:
    return all((a / name).read_bytes() == (b / name).read_bytes() for name in VALIDATED)


@pytest.fixture(scope="module")
def validated_locally(planted, tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("validated") / "local"
    figures = validated(planted, folder, "local", level="syntax")
    assert figures["failed"] == 1 and figures["backend"] == "local"
    return folder, figures


@pytest.mark.slow
def test_a_validation_on_ray_is_the_local_validation(ray_instance, planted, validated_locally, tmp_path):
    local, local_figures = validated_locally
    figures = validated(planted, tmp_path / "ray", "ray", level="syntax")
    assert figures["backend"] == "ray"
    assert untimed(figures) == untimed(local_figures)
    assert same_validation(local, tmp_path / "ray")


@pytest.mark.slow
def test_ptx_on_ray_is_the_local_ptx_in_file_order(ray_instance, planted, tmp_path):
    """The full level, each CUDA record's PTX, in batches of 2: on a few records (the full build is slow)."""
    few = tmp_path / "few"
    few.mkdir()
    for item in planted.iterdir():
        if item.suffix in (".h", ".cuh"):
            shutil.copy(item, few)
    for name in FILES[:2]:
        (few / name).write_bytes(b"".join((planted / name).read_bytes().splitlines(keepends=True)[:5]))
    figures = {backend: validated(few, tmp_path / backend, backend, {"cpu": 2, "cuda": 2}, emit_ptx=True) for backend in ("local", "ray")}
    assert untimed(figures["ray"]) == untimed(figures["local"]) and figures["ray"]["ptx"]["records"] == 5
    assert (tmp_path / "ray" / "cuda_ptx.jsonl").read_bytes() == (tmp_path / "local" / "cuda_ptx.jsonl").read_bytes()


@pytest.mark.slow
def test_a_validation_task_whose_worker_dies_is_retried(ray_instance, planted, validated_locally, tmp_path, monkeypatch):
    marker = tmp_path / "died"

    def dies_once(batch, *args):
        if not marker.exists():
            marker.touch()
            os._exit(1)
        return validate_module.compile_batch(batch, *args)  # the worker's own module: not patched there

    monkeypatch.setattr(validate_module, "compile_batch", dies_once)
    validated(planted, tmp_path / "ray", "ray", level="syntax")
    assert marker.exists(), "no worker died"
    assert same_validation(validated_locally[0], tmp_path / "ray")


def dies_on_cpu(batch, *args):
    """compile_batch, but its worker process dies on any CPU batch (the CUDA batches go first)."""
    if batch.device == "cpu":
        os._exit(1)
    return validate_module.compile_batch(batch, *args)


@pytest.mark.parametrize("backend, message", [
    ("ray", r"a Ray task \(dies_on_cpu\) failed 2 times: .*died"),
    ("local", r"a worker process died while running dies_on_cpu"),
])  # fmt: skip
@pytest.mark.slow
def test_a_validation_worker_that_always_dies_stops_it_and_keeps_what_it_did(
    ray_instance, planted, validated_locally, tmp_path, monkeypatch, backend, message
):
    monkeypatch.setattr(validate_module, "compile_batch", dies_on_cpu)
    monkeypatch.setattr(backends, "RAY_TASK_RETRIES", 1)
    folder = tmp_path / backend
    with pytest.raises(SynthError, match=message) as error:
        validated(planted, folder, backend, level="syntax")
    assert "rerun the same command to resume" in str(error.value) and "\n" not in str(error.value)
    assert all((folder / name).read_bytes() == (planted / name).read_bytes() for name in FILES)  # nothing moved yet
    assert not (folder / "quarantine.jsonl").exists()
    monkeypatch.undo()
    paths = [folder / "cpu_code.jsonl", folder / "cuda_code.jsonl"]
    figures = validate(paths, workers=2, batch_sizes=SMALL_BATCHES, level="syntax")  # goes on after the CUDA batches it kept
    assert 0 < figures["resumed"] <= figures["compiled"]["cuda"]
    assert same_validation(validated_locally[0], folder)


NO_RAY = "import sys; sys.modules['ray'] = None; from warp_synth.synth.cli import main; sys.argv[0] = 'synth'; main()"


def synth_without_ray(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", NO_RAY, *args], capture_output=True, text=True)


@pytest.mark.slow
def test_without_ray_the_local_backend_runs_and_the_ray_backend_says_how_to_install_it(tmp_path):
    local = synth_without_ray("run", "--no-verify", "--target-mb", "0.02", "--workers", "1", "--out", str(tmp_path / "local"))
    assert local.returncode == 0, local.stderr
    refused = synth_without_ray("run", "--backend", "ray", "--out", str(tmp_path / "ray"))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().splitlines() == [
        "error: --backend ray needs Ray, which is not installed (hint: install it with: pip install 'warp-synth[ray]')"
    ]
    assert not (tmp_path / "ray").exists()
    files = [str(tmp_path / "local" / name) for name in FILES[:2]]
    validated = synth_without_ray("validate", *files, "--level", "syntax", "--workers", "1")
    assert validated.returncode == 0, validated.stderr
    refused = synth_without_ray("validate", *files, "--backend", "ray")
    assert refused.returncode == 2 and refused.stderr.strip().splitlines()[-1].startswith("error: --backend ray needs Ray")


@pytest.mark.slow
def test_an_address_without_the_ray_backend_is_refused(tmp_path):
    refused = synth_without_ray("run", "--address", "ray://head:10001", "--out", str(tmp_path))
    assert refused.returncode == 2 and "--address" in refused.stderr and "--backend ray" in refused.stderr


@pytest.mark.slow
def test_an_address_nothing_listens_at_is_one_clear_error(tmp_path):
    refused = subprocess.run(
        [sys.executable, "-m", "warp_synth.synth", "run", "--backend", "ray", "--address", "ray://127.0.0.1:1", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().splitlines() == [
        "error: --address: can't start Ray at ray://127.0.0.1:1: [Errno 111] Connection refused "
        "(hint: give the address of a running cluster's head, e.g. ray://host:10001, or leave --address out)"
    ]
