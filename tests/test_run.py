"""The main job: schema, determinism across workers and batch sizes, resume after kill -9, rejects and
duplicates end to end, clear refusals."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from warp_synth.extract import reassemble
from warp_synth.synth.dataset.schema import RECORD_FIELDS
from warp_synth.synth.generate.pipeline import KernelFactory, Rejected, template_splits
from warp_synth.synth.run import job as run_module
from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.analysis.contamination import REASONS as CONTAMINATED
from warp_synth.synth.analysis.lengths import measured_from_files
from warp_synth.synth.analysis.measures import RunMeasures
from warp_synth.synth.analysis.realism import read_kernels, realism
from warp_synth.synth.analysis.diversity import NearDuplicateIndex, fingerprint_of
from warp_synth.synth.run.job import RunConfig, run
from warp_synth.synth.dataset.splits import HELD_OUT, SPLITS, STRATIFIED_FROM, assign, parse_ratios, pin, pinned_text, read_pinned
from warp_synth.grammar.shipped import load_grammar
from warp_synth.synth.dataset.layout import DatasetLayout, read_records
from runs import records_of, run_files

TARGET_MB = 1.5  # about 25 kernels: several batches of the small batch sizes below


def synth(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warp_synth.synth", *args], capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    """An uninterrupted single-worker run (default batches) every other run is compared with."""
    out = tmp_path_factory.mktemp("reference")
    run(RunConfig(out=out, target_mb=TARGET_MB, seed=3, workers=1))
    return out


def same_files(a: Path, b: Path) -> bool:
    return run_files(a) == run_files(b) and all((a / name).read_bytes() == (b / name).read_bytes() for name in run_files(a))


@pytest.mark.slow
def test_records_have_one_schema_and_pair_across_devices(reference):
    records = {d: records_of(reference, d) for d in ("cpu", "cuda")}
    cpu, cuda = records["cpu"], records["cuda"]
    assert cpu and [r["id"] for r in cpu] == [r["id"] for r in cuda]
    for device, rows in records.items():
        assert len({r["id"] for r in rows}) == len(rows)
        assert len({r["python_source"] for r in rows}) == len(rows)
        types = {key: type(value) for key, value in rows[0].items()}
        assert tuple(types) == RECORD_FIELDS
        for row in rows:
            assert {key: type(value) for key, value in row.items()} == types
            assert row["device"] == device and row["warp_version"] == "1.19.0"
            assert reassemble(row, reference).startswith("#define WP_NO_BFLOAT16\n")


def test_splits_keep_each_template_and_each_near_duplicate_on_one_side(reference):
    records = records_of(reference, "cpu")
    stats = orjson.loads((reference / "dataset_stats.json").read_bytes())
    layout = DatasetLayout(reference)
    for split in SPLITS:  # each split's files hold that split alone
        assert {r["split"] for path in layout.split_files(split) for r in read_records(path)} <= {split}
    sides = {}
    for record in records:
        sides.setdefault(record["template"], set()).add(record["split"])
    assert all(len(splits) == 1 for splits in sides.values())
    assert stats["splits"]["records"] == {split: sum(r["split"] == split for r in records) for split in SPLITS}
    index = NearDuplicateIndex(threshold=0.5)  # looser than the filter's 0.7
    for record in records:
        found = fingerprint_of(record["python_source"])
        assert all(records[other]["split"] == record["split"] for other in index.neighbors(found))
        index.add(found)


def test_a_templates_split_is_a_function_of_its_name():
    templates = [f"kernel/t{i}" for i in range(400)]
    first = assign(templates, {})
    assert first == assign(list(reversed(templates)), {})
    grown = assign([*templates, *(f"kernel/new{i}" for i in range(100))], {})
    assert all(grown[name] == split for name, split in first.items())  # adding templates never moves one
    shares = {split: list(first.values()).count(split) / len(templates) for split in SPLITS}
    assert 0.05 < shares["test"] < 0.15 and 0.05 < shares["validation"] < 0.15
    assert assign(templates, {"kernel/t0": "test", "kernel/t1": "train"}, (1.0, 0.0, 0.0)) == {
        **{name: "train" for name in templates}, "kernel/t0": "test"
    }  # pinned wins; --splits shares only place the rest
    assert parse_ratios("80,10,10") == (0.8, 0.1, 0.1)
    for bad in ("98,1", "0,1,1", "a,b,c", "98,-1,3", "nan,1,1"):
        with pytest.raises(SynthError, match="--splits"):
            parse_ratios(bad)


def test_pinning_stratifies_families_and_never_moves_a_pinned_template(tmp_path):
    families = {"big": [f"kernel/big/t{i}" for i in range(25)], "three": ["kernel/three/a", "kernel/three/b", "kernel/three/c"]}
    families["two"] = ["kernel/two/a", "kernel/two/b"]
    placed = pin(families, {})
    for family in ("big", "three"):
        assert {placed[n] for n in families[family]} == set(SPLITS), family
    assert sum(placed[n] == "test" for n in families["big"]) == 2 == sum(placed[n] == "validation" for n in families["big"])
    again = pin({**families, "big": [*families["big"], *(f"kernel/big/new{i}" for i in range(10))]}, placed)
    assert set(again) == {f"kernel/big/new{i}" for i in range(10)}  # only the new ones are placed
    held = sorted(split for split in again.values() if split != "train")
    assert held == ["test", "test", "validation", "validation"]  # 35 templates: 4 each held out, 2 of each there already
    pinned = {**placed, **again}
    (tmp_path / "splits.toml").write_text(pinned_text(pinned))
    assert read_pinned(tmp_path) == pinned


def test_a_broken_splits_file_is_named(tmp_path):
    (tmp_path / "splits.toml").write_text('train = ["kernel/a/x"]\ntest = ["kernel/a/x"]\n')
    with pytest.raises(SynthError, match=r"splits.toml: kernel/a/x is pinned to both train and test"):
        read_pinned(tmp_path)
    (tmp_path / "splits.toml").write_text('holdout = ["kernel/a/x"]\n')
    with pytest.raises(SynthError, match=r"splits.toml: \[holdout\] is not a split"):
        read_pinned(tmp_path)


def test_the_shipped_grammar_pins_every_template_and_holds_out_every_large_family():
    grammar = load_grammar()
    pinned = read_pinned(grammar.source.folder)
    kernels = grammar.of_kind("kernel")
    assert {p.name for p in kernels} <= set(pinned)
    splits = template_splits(grammar)
    for split in HELD_OUT:
        assert sum(s == split for s in splits.values()) >= 0.1 * len(kernels)
    families: dict[str, set] = {}
    for production in kernels:
        families.setdefault(production.family, set()).add(splits[production.name])
    assert all(seen == set(SPLITS) for family, seen in families.items() if sum(p.family == family for p in kernels) >= STRATIFIED_FROM)


def test_stats_match_the_files(reference):
    stats = orjson.loads((reference / "dataset_stats.json").read_bytes())
    assert stats["warp_version"] == "1.19.0" and stats["run"]["seed"] == 3
    for device in ("cpu", "cuda"):
        files = stats["devices"][device]["files"]
        assert files["train"]["bytes"] >= TARGET_MB * 1e6  # the target is the train file's
        for split, info in files.items():
            data = (reference / info["file"]).read_bytes()
            assert info["bytes"] == len(data) and info["records"] == data.count(b"\n") == stats["splits"]["records"][split]
        assert stats["devices"][device]["bytes"] == sum(info["bytes"] for info in files.values())
    assert sum(f["count"] for f in stats["families"].values()) == stats["records"]
    assert stats["rejects"]["total"] == (reference / "rejects.jsonl").read_bytes().count(b"\n")
    assert 0 < stats["builtins"]["used"] <= stats["builtins"]["total"]
    assert set(stats["productions"]) == set(load_grammar().productions)


def test_what_workers_measured_is_what_the_files_show(reference):
    """The stats' lengths, diversity and realism, measured by the workers as they built each
    kernel, equal the same figures measured from the written files (as a resumed run and
    `synth realism` measure them)."""
    stats = orjson.loads((reference / "dataset_stats.json").read_bytes())
    paths = {device: DatasetLayout(reference).device_files(device) for device in ("cpu", "cuda")}
    from_files = orjson.loads(orjson.dumps(RunMeasures.of_files(paths).stats()))
    from_the_files = measured_from_files(paths)  # by the run itself, at its end
    assert stats["lengths"].pop("learnable") == from_the_files["learnable"]
    assert stats["lengths"].pop("code_shape") == from_the_files["code_shape"]
    assert stats["lengths"].pop("kernel_rows") == from_the_files["kernel_rows"]
    assert {key: stats[key] for key in from_files} == from_files
    assert stats["realism"] == orjson.loads(orjson.dumps(realism(*read_kernels(reference))))


@pytest.mark.slow
def test_same_bytes_whatever_the_worker_count_and_batch_size(reference, tmp_path):
    stats = run(RunConfig(out=tmp_path, target_mb=TARGET_MB, seed=3, workers=2, batch_size=4))
    assert stats["run"]["next_index"] > 3 * 4, "too few batches to compare"
    assert same_files(reference, tmp_path)


@pytest.mark.slow
def test_resume_after_kill_gives_the_same_files(reference, tmp_path):
    # Small batches (which must not change the bytes) give several checkpoints to kill between.
    small_batches = (
        "from pathlib import Path; from warp_synth.synth.run.job import RunConfig, run; "
        f"run(RunConfig(out=Path({str(tmp_path)!r}), target_mb={TARGET_MB}, seed=3, workers=1, batch_size=2))"
    )
    process = subprocess.Popen([sys.executable, "-c", small_batches], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    args = ["run", "--no-verify", "--target-mb", str(TARGET_MB), "--seed", "3", "--workers", "1", "--out", str(tmp_path)]
    state = tmp_path / ".run_state.json"
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        if state.exists() and orjson.loads(state.read_bytes())["next_index"] > 0:
            break
        time.sleep(0.02)
    workers = children_of(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not orjson.loads(state.read_bytes())["done"], "the run finished before it could be killed"
    assert workers, "the run had no worker process to leave behind"
    deadline = time.time() + 10
    while time.time() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers), "the killed run's workers lived on"
    with open(tmp_path / "cpu_code.jsonl", "ab") as handle:  # as if killed mid-line
        handle.write(b'{"id": "partial')
    finished = synth(*args)
    assert finished.returncode == 0, finished.stderr
    assert same_files(reference, tmp_path)


def children_of(pid: int) -> list[int]:
    """The processes ``pid`` started (Linux: /proc/PID/task/*/children)."""
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir() for child in (task / "children").read_text().split()]


@pytest.mark.slow
def test_full_disk_loses_nothing_and_resumes(reference, tmp_path):
    args = ["run", "--no-verify", "--target-mb", str(TARGET_MB), "--seed", "3", "--workers", "1", "--out", str(tmp_path)]
    limit = lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, resource.RLIM_INFINITY))  # noqa: E731
    failed = synth(*args, preexec_fn=limit)
    assert failed.returncode == 1  # a failure while working, not a usage error
    assert f"can't write to {tmp_path}" in failed.stderr and "resume" in failed.stderr
    assert "Traceback" not in failed.stderr
    finished = synth(*args)
    assert finished.returncode == 0, finished.stderr
    assert same_files(reference, tmp_path)


@pytest.mark.slow
def test_other_arguments_do_not_silently_resume(reference, tmp_path):
    run(RunConfig(out=tmp_path, target_mb=0.05, seed=3, workers=1))
    refused = synth("run", "--no-verify", "--target-mb", "0.05", "--seed", "4", "--workers", "1", "--out", str(tmp_path))
    assert refused.returncode == 2 and "--fresh" in refused.stderr and "seed 3 (now 4)" in refused.stderr
    again = synth("run", "--no-verify", "--target-mb", "0.05", "--seed", "4", "--workers", "1", "--out", str(tmp_path), "--fresh")
    assert again.returncode == 0, again.stderr


@pytest.mark.slow
def test_unwritable_output_folder_is_named(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = synth("run", "--target-mb", "0.05", "--out", str(blocker / "out"))
    assert result.returncode == 2 and str(blocker / "out") in result.stderr and "Traceback" not in result.stderr


def test_bad_flag_value_is_one_clear_message():
    result = synth("run", "--device", "gpu")
    assert result.returncode == 2 and "gpu" in result.stderr and "cpu" in result.stderr


def plant(templates: Path, name: str) -> Path:
    """Where a test's template goes (its folder made): kernels are filed by family."""
    path = templates / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def add_family(templates: Path, name: str) -> None:
    """Declare a kernel family for a test's template (every kernel's family must be declared)."""
    with open(templates / "families.toml", "a") as families:
        families.write(f'\n[{name}]\nabout = "a test family"\noperations = ["tid"]\nlaunch = {{ ndim = 1 }}\n')


# A kernel template Warp refuses: it calls a builtin Warp does not have, on a value it reads.
REFUSED_KERNEL = (
    '{#\nweight = 3.0\nfamily = "refused"\nnames = ["refused_kernel"]\nindex = "tid"\noutputs = ["out"]\n'
    '[scope]\ntid = "int32:index"\n[needs]\nm = "float32:mass"\nout = "array[float32]:energy"\n#}\n'
    "@wp.kernel\ndef {{ name }}({{ params }}):\n    tid = wp.tid()\n    {{ prelude | indent(4) }}\n"
    "    {{ out }}[tid] = wp.no_such_builtin({{ m }})\n"
)


def test_kernel_warp_refuses_is_rejected_with_its_error(template_copy):
    add_family(template_copy, "refused")
    plant(template_copy, "kernel/refused/refused.j2").write_text(REFUSED_KERNEL.replace("weight = 3.0", "weight = 1000.0"))
    factory = KernelFactory(load_grammar(root=template_copy), ("cpu", "cuda"))
    rejected = [o for o in (factory.build(0, i) for i in range(10)) if isinstance(o, Rejected)]
    assert rejected, "a template calling a missing builtin was never rejected"
    assert all("no_such_builtin" in o.error and "no_such_builtin" in o.source for o in rejected)


# A kernel that renders the same every time.
FIXED_KERNEL = (
    '{#\nweight = 20.0\nfamily = "fixed"\nnames = ["fixed_kernel"]\nfeatures = ["tid_1d"]\n#}\n'
    "@wp.kernel\ndef {{ name }}(values: wp.array(dtype=float)):\n    tid = wp.tid()\n    values[tid] = values[tid] * 2.0\n"
)


@pytest.mark.parametrize("dedup", [True, False])
@pytest.mark.slow
def test_refused_kernels_and_duplicates_end_to_end(template_copy, tmp_path, dedup):
    """A template Warp refuses and a kernel that renders the same every time: rejects are kept
    apart, repeats skipped (by the novelty filter before Warp builds them, or else as duplicate
    sources) and counted, and the stats agree with the files."""
    for name in ("refused", "fixed"):
        add_family(template_copy, name)
    plant(template_copy, "kernel/refused/refused.j2").write_text(REFUSED_KERNEL.replace("3.0", "150.0"))
    # weighed to be drawn again and again within the run's few dozen draws, whatever seed 1 draws first
    plant(template_copy, "kernel/fixed/fixed.j2").write_text(FIXED_KERNEL.replace("weight = 20.0", "weight = 2000.0"))
    stats = run(RunConfig(out=tmp_path, target_mb=0.5, seed=1, workers=2, templates=template_copy, batch_size=8, dedup=dedup))
    by_device = {d: records_of(tmp_path, d) for d in ("cpu", "cuda")}
    rejects = [orjson.loads(l) for l in (tmp_path / "rejects.jsonl").read_bytes().splitlines()]
    assert rejects and all("no_such_builtin" in r["python_source"] and r["reason"] for r in rejects)
    for device, records in by_device.items():
        assert [r["id"] for r in records] == [r["id"] for r in by_device["cpu"]]
        assert not any("no_such_builtin" in r["python_source"] for r in records)
        assert len({r["id"] for r in records}) == len(records)
        assert [r["family"] for r in records].count("fixed") == 1
        data = b"".join(path.read_bytes() for path in DatasetLayout(tmp_path).device_files(device))
        assert stats["devices"][device]["bytes"] == len(data) and stats["devices"][device]["records"] == len(records)
    skipped = stats["novelty"]["skipped"]
    if dedup:
        assert skipped["same_structure"] > 0 and stats["duplicates_skipped"] == 0
    else:
        assert stats["duplicates_skipped"] > 0 and set(skipped) <= set(CONTAMINATED)  # only the real kernels are checked
    assert stats["rejects"]["total"] == len(rejects)
    assert stats["kernels_tried"] == stats["records"] + len(rejects) + stats["duplicates_skipped"]
    assert stats["novelty"]["drawn"] == stats["kernels_tried"] + sum(skipped.values()) == stats["run"]["next_index"]
    assert stats["families"]["fixed"]["count"] == 1


class Interrupt(Exception):
    pass


@pytest.mark.slow
def test_a_resumed_run_judges_novelty_as_the_uninterrupted_one(template_copy, tmp_path):
    """The filter a resumed run rebuilds from the written records (and rejects) skips exactly
    what the uninterrupted run skipped: same bytes."""
    for name in ("refused", "fixed"):
        add_family(template_copy, name)
    plant(template_copy, "kernel/refused/refused.j2").write_text(REFUSED_KERNEL.replace("3.0", "1000.0"))
    plant(template_copy, "kernel/fixed/fixed.j2").write_text(FIXED_KERNEL.replace("* 2.0", "{{ op }} 2.0").replace("20.0", "1500.0").replace(
        'features = ["tid_1d"]\n', 'features = ["tid_1d"]\n[choices]\nop = ["*", "+", "-", "/"]\n'))  # fmt: skip
    config = lambda out: RunConfig(out=out, target_mb=0.4, seed=2, workers=1, templates=template_copy, batch_size=4)  # noqa: E731
    whole = run(config(tmp_path / "whole"))
    skipped = whole["novelty"]["skipped"]
    assert skipped.get("same_structure", 0) >= 1 and skipped.get("near_duplicate", 0) >= 1 and whole["rejects"]["total"] > 0
    batches = 0

    def stop_after_three(progress) -> None:
        nonlocal batches
        batches += 1
        if batches == 3:
            raise Interrupt

    with pytest.raises(Interrupt):
        run(config(tmp_path / "resumed"), on_progress=stop_after_three)
    run(config(tmp_path / "resumed"))
    assert same_files(tmp_path / "whole", tmp_path / "resumed")


@pytest.mark.slow
def test_a_grammar_with_nothing_new_left_stops_with_one_message_and_keeps_what_it_wrote(template_copy, tmp_path, monkeypatch):
    add_family(template_copy, "fixed")
    plant(template_copy, "kernel/fixed/fixed.j2").write_text(FIXED_KERNEL)
    others = [p.name for p in load_grammar(root=template_copy).of_kind("kernel") if p.family != "fixed"]
    weights = tmp_path / "only_fixed.toml"
    weights.write_text("[weights]\n" + "".join(f'"{name}" = 0.0\n' for name in others))
    monkeypatch.setattr(run_module, "STALL_DRAWS", 40)
    out = tmp_path / "out"
    with pytest.raises(SynthError, match="the grammar has no new ones left") as error:
        run(RunConfig(out=out, target_mb=0.5, workers=1, templates=template_copy, weights_file=weights, batch_size=8))
    assert "--no-dedup" in str(error.value)
    assert len(records_of(out, "cpu")) == 1


@pytest.mark.slow
def test_sample_prints_kernels_and_code():
    result = synth("sample", "-n", "2", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("# module ") == 2 and "@wp.kernel" in result.stdout and "_cuda_kernel_forward" in result.stdout


@pytest.mark.slow
def test_grammar_lists_templates_and_dumps_weights(tmp_path):
    listing = synth("grammar", "--stats", str(tmp_path / "none.json"))
    assert listing.returncode == 0 and "stmt/physics/spring_to_anchor" in listing.stdout
    dumped = synth("grammar", "--dump-weights", str(tmp_path / "w.toml"))
    assert dumped.returncode == 0 and '"stmt/physics/spring_to_anchor"' in (tmp_path / "w.toml").read_text()


@pytest.mark.parametrize(
    "text, message", [('[weights]\n"stmt/nope" = 2.0\n', "stmt/nope"), ("[weights\n", "not valid TOML")]
)
@pytest.mark.slow
def test_bad_weights_file_is_named_before_any_work(tmp_path, text, message):
    weights = tmp_path / "weights.toml"
    weights.write_text(text)
    result = synth("run", "--no-verify", "--weights", str(weights), "--workers", "2", "--out", str(tmp_path / "out"), timeout=120)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "cpu_code.jsonl").exists()


@pytest.mark.slow
def test_a_run_reads_its_grammar_once_and_records_its_digest(tmp_path, monkeypatch):
    from warp_synth.grammar import GrammarSource

    loads = []
    original = GrammarSource.load
    monkeypatch.setattr(GrammarSource, "load", lambda source: loads.append(source) or original(source))
    stats = run(RunConfig(out=tmp_path / "run", target_mb=0.05, seed=1, workers=1))
    assert len(loads) == 1  # this process; each worker reads the source it is handed once
    assert stats["run"]["grammar_sha256"] == load_grammar().digest
    assert stats["run"]["templates"] is None and stats["run"]["weights_file"] is None  # the shipped grammar
