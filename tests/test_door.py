"""Everything read is checked at the door, and records run only when the user trusts them.

Each test replays a case an adversarial review found (issue 23) as it was written: a record
edited by hand, a checkpoint edited or of the wrong kind, a dataset from elsewhere whose
Python would run, a request that would grow without bound. Each gets one line naming the
file, line and field (or the flag), and nothing is lost or run."""

from __future__ import annotations

import hashlib
import socket
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from conftest import SMALL_RUN_MB
from planted import record_of
from runs import run_files

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.publish.export import export_hub
from warp_synth.synth.dataset.layout import DatasetLayout, read_records
from warp_synth.synth.analysis.realism import read_kernels
from warp_synth.synth.run import job
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.checks.runtime_check import no_network_prefix, run_sample
from warp_synth.synth.publish.samples import write_samples
from warp_synth.synth.dataset.trust import written_by_run

TARGET_MB = SMALL_RUN_MB  # the runs here and the small run they are compared with


def synth(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warp_synth.synth", *args], capture_output=True, text=True)


def run_args(out: Path) -> list[str]:
    return ["run", "--no-verify", "--target-mb", str(TARGET_MB), "--seed", "0", "--workers", "1", "--out", str(out)]


@pytest.fixture
def copy(small_run_copy) -> Path:
    return small_run_copy


def rewrite(path: Path, edit) -> None:
    """Apply ``edit`` to each record of a JSONL file (by line number, from 1), written back as is."""
    records = [orjson.loads(line) for line in path.read_bytes().splitlines()]
    path.write_bytes(b"".join(orjson.dumps(edit(number, record)) + b"\n" for number, record in enumerate(records, 1)))


def one_line_error(done: subprocess.CompletedProcess, *parts: str) -> None:
    lines = done.stderr.strip().splitlines()
    assert done.returncode in (1, 2) and lines and lines[-1].startswith("error: "), done.stderr
    assert all(part in lines[-1] for part in parts), lines[-1]
    assert "Traceback" not in done.stderr


# -- records: schema and id ----------------------------------------------------------------


@pytest.mark.parametrize(
    "field, value, says",
    [
        ("split", "tests", "field 'split' is 'tests', not one of train, validation, test"),
        ("sections", {"forward": [0, 3]}, "field 'sections' must name structs, functions, kernels"),
        ("kernels", [], "field 'kernels' is empty: a module has at least one kernel"),
        ("seed", "7", "field 'seed' is not a JSON integer"),
        ("features", ["ok", 3], "field 'features' is not a list of strings"),
        ("device", "gpu", "field 'device' is 'gpu', not one of cpu, cuda"),
    ],
)
@pytest.mark.slow
def test_a_record_breaking_the_schema_is_one_error_naming_file_line_and_field(copy, tmp_path, field, value, says):
    """Unknown splits and malformed sections made `synth export` raise KeyError / ArrowInvalid."""
    cpu = DatasetLayout(copy).code("cpu")
    rewrite(cpu, lambda number, record: {**record, field: value} if number == 2 else record)
    done = synth("export", "--dataset", str(copy), "--out", str(tmp_path / "hub"))
    one_line_error(done, f"{cpu}, line 2: {says}")
    assert not list((tmp_path / "hub").rglob("*.parquet"))


def test_sections_that_do_not_tile_the_code_are_refused(copy):
    cpu = DatasetLayout(copy).code("cpu")
    rewrite(cpu, lambda number, record: {**record, "code": record["code"] + "// appended\n"} if number == 3 else record)
    with pytest.raises(SynthError, match=rf"{cpu}, line 3: field 'sections' ends at \d+, but 'code' is \d+ characters long"):
        list(read_records(cpu))


@pytest.mark.slow
def test_every_reader_refuses_a_record_whose_id_is_not_its_sources_hash(copy, tmp_path):
    """A record's source edited (a planted os.system) no longer matches its id: nothing noticed."""
    cpu = DatasetLayout(copy).code("cpu")
    planted = lambda number, record: {**record, "python_source": record["python_source"] + "import os\n"} if number == 2 else record  # noqa: E731
    rewrite(cpu, planted)
    message = f"{cpu}, line 2: field 'id' is"
    for read in (
        lambda: export_hub(copy, tmp_path / "hub"),
        lambda: write_samples(copy, tmp_path / "samples", 4),
        lambda: read_kernels(cpu),
        lambda: run_sample(cpu, 1, trust_code=True),
    ):
        with pytest.raises(SynthError, match=message):
            read()
    one_line_error(synth("validate", str(cpu), "--level", "syntax", "--workers", "1"), message, "not the hash of the record's python_source")


@pytest.mark.parametrize(
    "source, says",
    [("import warp as wp\nx = 1\n", "defines no @wp.kernel or @wp.func"), ("def broken(:\n", "is not valid Python (line 1")],
)
def test_realism_names_a_source_with_no_kernel_or_invalid_python(tmp_path, source, says):
    """`synth realism` raised KeyError / SyntaxError on these."""
    path = tmp_path / "cpu_code.jsonl"
    path.write_bytes(orjson.dumps(record_of(source, "k")) + b"\n")
    one_line_error(synth("realism", str(path)), f"{path}, line 1: field 'python_source' {says}")


# -- the checkpoint ----------------------------------------------------------------------------


def edit_checkpoint(folder: Path, edit) -> None:
    path = DatasetLayout(folder).state
    state = orjson.loads(path.read_bytes())
    edit(state)
    path.write_bytes(orjson.dumps(state))


@pytest.mark.parametrize(
    "edit, says",
    [
        (lambda s: s.update(next_index="x"), "field 'next_index' is 'x', not an integer >= 0"),
        (lambda s: s.update(files=[]), "field 'files' is not an object"),
        (lambda s: s["files"]["cpu_code.jsonl"].update(bytes="12"), "field 'files' entry 'cpu_code.jsonl' has bytes '12', not an integer >= 0"),
        (lambda s: s.update(done="yes"), "field 'done' is 'yes', not true or false"),
        (lambda s: s.pop("tally"), "field 'tally' is missing"),
    ],
)
@pytest.mark.slow
def test_a_checkpoint_field_of_the_wrong_kind_is_one_error_naming_it(copy, edit, says):
    """These gave tracebacks."""
    edit_checkpoint(copy, edit)
    one_line_error(synth(*run_args(copy)), "can't use the run's checkpoint", says, "--fresh")


@pytest.mark.slow
def test_a_raised_next_index_is_refused_not_skipped(copy):
    """It silently skipped kernels: the checkpoint's seal no longer matches what it holds."""
    before = {name: (copy / name).read_bytes() for name in ("cpu_code.jsonl", "cuda_code.jsonl")}
    edit_checkpoint(copy, lambda s: s.update(next_index=s["next_index"] + 40, done=False))
    one_line_error(synth(*run_args(copy)), "it was changed after the run wrote it (its seal does not match its contents)")
    assert before == {name: (copy / name).read_bytes() for name in before}


class Stop(Exception):
    pass


def unfinished(tmp_path: Path) -> Path:
    """A run stopped after some batches, as a kill leaves it."""
    out = tmp_path / "unfinished"
    batches = iter(range(3))

    def stop_after_three_batches(progress) -> None:
        if next(batches, None) is None:
            raise Stop

    with pytest.raises(Stop), pytest.MonkeyPatch.context() as patched:
        patched.setattr(job, "CHECKPOINT_SECONDS", 0)  # saved after every batch: a small run of modules is a few batches
        run(RunConfig(out=out, target_mb=TARGET_MB, seed=0, workers=1, batch_size=1), on_progress=stop_after_three_batches)
    return out


@pytest.mark.parametrize("where", ["earlier", "last"])
@pytest.mark.slow
def test_resume_refuses_any_record_edited_even_to_the_same_length(tmp_path, where):
    """Resume compared size and last record only: a middle record edited to the same length was
    accepted and the output differed from an uninterrupted run. The changed last record's refusal
    had no test."""
    out = unfinished(tmp_path)
    layout = DatasetLayout(out)
    covered = orjson.loads(layout.state.read_bytes())["files"]["cuda_code.jsonl"]["bytes"]
    lines = layout.code("cuda").read_bytes()[:covered].splitlines(keepends=True)
    assert len(lines) >= 2
    at = 0 if where == "earlier" else len(lines) - 1
    lines[at] = lines[at].replace(b"wp::", b"xx::", 1)  # same length
    layout.code("cuda").write_bytes(b"".join(lines) + layout.code("cuda").read_bytes()[covered:])
    done = synth(*run_args(out)[:-2], "--out", str(out))
    one_line_error(done, f"{layout.code('cuda')} was changed", "no longer hash to the digest recorded there")


@pytest.mark.slow
def test_a_resumed_run_goes_on_from_the_digest_it_checked(tmp_path, small_run):
    """The rolling digest carries over a resume: the finished files equal an uninterrupted run's,
    and the final checkpoint's digests are those of the whole files."""
    out = unfinished(tmp_path)
    run(RunConfig(out=out, target_mb=TARGET_MB, seed=0, workers=1, batch_size=1))
    state = orjson.loads(DatasetLayout(out).state.read_bytes())
    assert run_files(out) == run_files(small_run) and len(run_files(out)) == 7
    for name in run_files(out):
        data = (out / name).read_bytes()
        assert state["files"][name] == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        assert data == (small_run / name).read_bytes()


# -- running records: trust and isolation --------------------------------------------------------

PLANTED = """import warp as wp
import os
import socket
import sys

os.system("touch {marker}")
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=5)
except OSError as error:
    print("no network:", error, file=sys.stderr)


@wp.kernel
def double(x: wp.array(dtype=float), out: wp.array(dtype=float)):
    i = wp.tid()
    out[i] = 2.0 * x[i]
"""


@pytest.fixture
def listening():
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.5)
    yield server
    server.close()


def foreign(tmp_path: Path, port: int) -> tuple[Path, Path]:
    """A JSONL from elsewhere (ids sound, no run vouching for it) whose kernel module runs a
    command and reaches for the network when loaded."""
    marker = tmp_path / "ran"
    path = tmp_path / "elsewhere" / "cpu_code.jsonl"
    path.parent.mkdir()
    path.write_bytes(orjson.dumps(record_of(PLANTED.format(marker=marker, port=port), "double")) + b"\n")
    return path, marker


@pytest.mark.slow
def test_records_from_elsewhere_never_run_without_the_flag(tmp_path, listening):
    """`synth validate ... --run-sample 1` on a JSONL from elsewhere ran its planted os.system, exit 0."""
    path, marker = foreign(tmp_path, listening.getsockname()[1])
    done = synth("validate", str(path), "--run-sample", "1", "--level", "syntax", "--workers", "1")
    one_line_error(done, f"{path} is not a file of a finished `synth run`", "--trust-code")
    assert done.returncode == 2 and not marker.exists()
    assert not (path.parent / "runtime_checks.jsonl").exists()


@pytest.mark.skipif(no_network_prefix() is None, reason="this system can't make a network namespace")
@pytest.mark.slow
def test_trusted_records_run_without_network(tmp_path, listening):
    path, marker = foreign(tmp_path, listening.getsockname()[1])
    report = run_sample(path, 1, trust_code=True)
    assert marker.exists() and report["passed"] == 1  # it ran: the user said to trust it
    assert "without network" in report["isolation"] and "--trust-code" in report["isolation"]
    with pytest.raises(TimeoutError):
        listening.accept()  # ... but its connection never reached this machine's loopback


def test_a_childs_memory_is_limited(tmp_path):
    source = "import warp as wp\n\nhog = bytearray(6 << 30)  # more than a child may have, less than this machine gives\n\n\n@wp.kernel\ndef k(x: wp.array(dtype=float)):\n    i = wp.tid()\n    x[i] = 1.0\n"
    path = tmp_path / "cpu_code.jsonl"
    path.write_bytes(orjson.dumps(record_of(source, "k")) + b"\n")
    (failure,) = run_sample(path, 1, trust_code=True)["failures"]
    assert failure["status"] == "error" and "MemoryError" in failure["error"]


def test_a_runs_own_files_are_vouched_for_until_edited(copy):
    cpu = DatasetLayout(copy).code("cpu")
    assert written_by_run(cpu) and written_by_run(DatasetLayout(copy).code("cuda"))
    cpu.write_bytes(cpu.read_bytes().replace(b'"features":[', b'"features": [', 1))  # the same records, other bytes
    assert not written_by_run(cpu)


# -- bounded work -----------------------------------------------------------------------------------


def test_sample_refuses_a_huge_count_before_doing_any_work():
    """`synth sample -n 1000000000` printed nothing for a minute and grew without bound."""
    for count in ("1000000000", "0", "-3"):
        one_line_error(synth("sample", "-n", count), "'-n'")


@pytest.mark.slow
def test_sample_prints_each_kernel_as_it_is_built():
    """The first kernel is shown long before the thousandth could be built (about 0.1 s each)."""
    child = subprocess.Popen([sys.executable, "-m", "warp_synth.synth", "sample", "-n", "1000"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    try:
        first = child.stdout.readline()
        seconds = time.monotonic() - started
    finally:
        child.kill()
        child.wait()
    assert first.startswith(b"# module 0 (seed ") and seconds < 60
