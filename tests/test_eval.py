"""`synth eval`: the reference scores 100 on every metric, a wrong prediction less, a missing one 0;
the metrics mean what they say; a bad predictions file is one error naming its line; the run
records the retrieval baseline."""

from __future__ import annotations

import re
import shutil
import string
from collections import Counter

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from runs import records_of
from warp_synth.synth.dataset.layout import DatasetLayout
from warp_synth.synth.dataset.splits import SPLITS
from warp_synth.synth.dataset.tasks import TASKS
from warp_synth.synth.evaluate.admission import MAX_LENGTH_RATIO
from warp_synth.synth.evaluate.baselines import Retrieval, TrainingIndex, module_of
from warp_synth.synth.evaluate.harness import evaluate, record_baseline
from warp_synth.synth.dataset.views import canonical
from warp_synth.synth.evaluate.metrics import METRICS, chrf, statement_f1, text_scores
from warp_synth.synth.evaluate.references import references
from warp_synth.synth.evaluate.score import score

HELD_OUT = ("validation", "test")


def _predict(path, predictions: dict[str, str]) -> None:
    path.write_bytes(b"".join(orjson.dumps({"id": kernel, "prediction": text}) + b"\n" for kernel, text in predictions.items()))


# -- the metrics


def _chrf_by_definition(ours: str, theirs: str) -> float:
    """sacrebleu's sentence chrF spelled out with Counters of character n-grams, whitespace removed:
    precision and recall averaged over the orders both texts have n-grams of."""
    ours, theirs = re.sub(r"\s+", "", ours), re.sub(r"\s+", "", theirs)
    precision = recall = orders = 0
    for n in range(1, 7):
        mine = Counter(ours[i : i + n] for i in range(len(ours) - n + 1))
        yours = Counter(theirs[i : i + n] for i in range(len(theirs) - n + 1))
        if mine and yours:
            common = sum((mine & yours).values())
            precision, recall, orders = precision + common / sum(mine.values()), recall + common / sum(yours.values()), orders + 1
    if not orders or precision + recall == 0:
        return 0.0
    precision, recall = precision / orders, recall / orders
    return 5 * precision * recall / (4 * precision + recall)


@given(st.text(alphabet="ab c;{}_é", max_size=40), st.text(alphabet="ab c;{}_é", max_size=40))
def test_chrf_is_its_definition(ours, theirs):
    assert chrf(ours, theirs) == pytest.approx(_chrf_by_definition(ours, theirs))


def test_chrf_is_one_for_the_same_text_and_falls_with_each_change():
    text = "var_0 = wp::add(var_x, var_y);\nreturn var_0;"
    assert chrf(text, text) == pytest.approx(1.0)
    assert 0 < chrf(text.replace("add", "sub"), text) < 1
    assert chrf(text.replace("add", "sub").replace("var_x", "q"), text) < chrf(text.replace("add", "sub"), text)
    assert chrf("abc", "abcd") == pytest.approx(0.6886, abs=1e-4)  # sacrebleu 2.x: 68.9


WARP_LIKE = string.Template("""// kernel.py:12
void scale_${h}_cpu_kernel_forward(wp_args_scale_${h} *_wp_args)
{
    wp::float32 var_${a};
    wp::float32 adj_${a} = {};
    // y = x * 2.0   <L 14>
    var_${a} = wp::mul(var_x, var_${b});
}
""")
WARP = WARP_LIKE.substitute(a=7, b=3, h="0a1b2c3d")


@given(st.permutations([3, 7, 11, 40]), st.text(alphabet="0123456789abcdef", min_size=8, max_size=8))
def test_canonical_view_ignores_numbering_hash_comments_and_layout(numbers, module_hash):
    other = WARP_LIKE.substitute(a=numbers[0], b=numbers[1], h=module_hash).replace("// y = x * 2.0", "// another echo").replace("    ", "\t")
    assert canonical(other) == canonical(WARP)
    assert canonical(WARP.replace("wp::mul", "wp::add")) != canonical(WARP)
    assert canonical(WARP.replace("var_x, var_3", "var_3, var_x")) != canonical(WARP)  # order of first use counts


def test_statement_f1_counts_statements_as_a_multiset():
    reference = ["a = 1;", "{", "b = 2;", "b = 2;", "}"]
    assert statement_f1(reference, reference) == 1.0
    assert statement_f1(["a = 1;", "b = 2;"], reference) == pytest.approx(2 * 2 / (2 + 3))
    assert statement_f1(["c = 3;"], reference) == 0.0
    assert statement_f1(["{", "a = 1;", "b = 2;", "b = 2;"], reference) == 1.0  # lone braces are layout


# -- scoring a run's splits


@pytest.mark.parametrize("task", TASKS)
def test_the_reference_scores_100_on_every_metric(split_run, task):
    figures = evaluate(split_run, task, HELD_OUT, baseline="reference")
    assert figures["all"]["kernels"] == figures["all"]["predicted"] > 0
    assert all(figures["all"][metric] == 100.0 for metric in METRICS), figures["all"]
    assert set(figures["split"]) == set(HELD_OUT)
    assert sum(row["kernels"] for row in figures["family"].values()) == figures["all"]["kernels"]


def test_wrong_and_missing_predictions_score_less(split_run, tmp_path, synth):
    task = TASKS["forward_to_adjoint"]
    scored = references(DatasetLayout(split_run), task, HELD_OUT)
    truth = {reference.id: reference.target for reference in scored}
    renamed = {kernel: re.sub(r"\badj_(\d+)\b", r"adjoint_\1", text) for kernel, text in truth.items()}
    second = next(kernel for kernel in truth if renamed[kernel] != truth[kernel])
    first, third = [kernel for kernel in truth if kernel != second][:2]
    wrong = dict(truth)
    wrong[first] = truth[first].replace("wp::", "wq::", 1)  # a namespace that does not exist: does not compile
    wrong[second] = renamed[second]  # its adjoint temporaries renamed: compiles, but is not Warp's
    del wrong[third]
    predictions = tmp_path / "predictions.jsonl"
    _predict(predictions, wrong)
    code, out, err = synth("eval", predictions, "--task", task.name, "--split", "validation", "--split", "test", "--dataset", split_run, "--json")
    assert code == 0, err
    figures = orjson.loads(out)["all"]
    n = len(truth)
    assert figures["kernels"] == n and figures["predicted"] == n - 1
    assert figures["compiles"] == round(100 * (n - 2) / n, 1)
    assert figures["exact"] == round(100 * (n - 3) / n, 1)
    assert round(100 * (n - 3) / n, 1) < figures["statement_f1"] < 100 and figures["chrf"] < 100
    assert text_scores(wrong[second], truth[second])["statement_f1"] < 1


def test_the_table_shows_every_split_family_and_difficulty(split_run, synth):
    code, out, _ = synth("eval", "--baseline", "reference", "--task", "cpu_to_cuda", "--split", "test", "--dataset", split_run)
    assert code == 0
    families = {r["family"] for r in records_of(split_run, "cpu") if r["split"] == "test"}
    assert "cpu_to_cuda on test (baseline: reference)" in out and all(f"  {family} " in out for family in families)
    assert re.search(r"^all +\d+ +\d+ +100\.0 +100\.0 +100\.0 +100\.0$", out, re.MULTILINE)


@pytest.mark.parametrize(
    "line, named",
    [
        (b"not json", "line 2: not JSON"),
        (b'["id", "prediction"]', "line 2: not a JSON object"),
        (b'{"id": "ID"}', "line 2: field 'prediction' is missing"),
        (b'{"id": "ID", "prediction": 3}', "line 2: field 'prediction' is int, not a string"),
        (b'{"id": "ID", "prediction": ""}', "line 2: id ID was predicted already, on line 1"),
        (b'{"id": "0123456789abcdef0123", "prediction": ""}', "line 2: id 0123456789abcdef0123 is not a kernel of the test split"),
        (b'{"id": "TRAIN", "prediction": ""}', "line 2: id TRAIN is not a kernel of the test split"),
        (b'{"id": "ID", "prediction": "", "task": "python_to_cuda"}', "line 2: the row is for task 'python_to_cuda', and --task is python_to_cpu"),
        (b'{"id": "ID", "prediction": "caf\xe9"}', "line 2: not UTF-8 (byte 50)"),
    ],
)
def test_a_bad_predictions_file_is_one_error_naming_the_line(split_run, tmp_path, synth, line, named):
    records = records_of(split_run, "cpu")
    test_id = next(r["id"] for r in records if r["split"] == "test")
    train_id = next(r["id"] for r in records if r["split"] == "train")
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_bytes(orjson.dumps({"id": test_id, "prediction": ""}) + b"\n" + line.replace(b"TRAIN", train_id.encode()).replace(b"ID", test_id.encode()) + b"\n")
    code, out, err = synth("eval", predictions, "--task", "python_to_cpu", "--dataset", split_run)
    assert code == 2 and not out
    assert err.startswith("error: ") and len(err.splitlines()) == 1 and str(predictions) in err
    assert named.replace("ID", test_id).replace("TRAIN", train_id) in err, err


@pytest.mark.parametrize(
    "args, named",
    [
        (("--baseline", "reference", "PREDICTIONS"), "not both or neither"),
        ((), "not both or neither"),
        (("PREDICTIONS", "--write-predictions", "OUT"), "only a baseline's predictions are written"),
        (("--baseline", "reference", "--write-predictions", "EXISTING"), "exists"),
        (("--baseline", "reference", "--write-predictions", "INSIDE"), "--write-predictions INSIDE lies inside the dataset folder"),
        (("--baseline", "retrieval", "--split", "train"), "each kernel finds itself"),
        (("EMPTY",), "holds no prediction"),
        (("--baseline", "reference"), "Missing option '--task'"),
    ],
)
def test_what_to_score_is_asked_for_once(split_run, tmp_path, synth, args, named):
    predictions, existing, empty = tmp_path / "p.jsonl", tmp_path / "existing.jsonl", tmp_path / "empty.jsonl"
    predictions.write_bytes(b"")
    empty.write_bytes(b"\n  \n")
    existing.write_bytes(b"mine\n")
    inside = split_run / "predictions.jsonl"
    swap = {"PREDICTIONS": predictions, "OUT": tmp_path / "out.jsonl", "EXISTING": existing, "INSIDE": inside, "EMPTY": empty}
    task = () if "--task" in named else ("--task", "python_to_cpu")
    code, _, err = synth("eval", *(swap.get(arg, arg) for arg in args), *task, "--dataset", split_run)
    assert code == 2 and named.replace("INSIDE", str(inside)) in err and len(err.splitlines()) == 1, err
    assert not inside.exists()
    assert existing.read_bytes() == b"mine\n"


def test_a_split_the_run_did_not_write_is_named(small_run_copy, synth):
    for path in DatasetLayout(small_run_copy).split_files("test"):
        path.unlink()
    code, _, err = synth("eval", "--baseline", "reference", "--task", "python_to_cpu", "--dataset", small_run_copy)
    assert code == 2 and "holds no test records of cpu" in err, err


# -- the retrieval baseline


def test_retrieval_predicts_the_target_of_the_most_alike_training_kernel(split_run, tmp_path, synth):
    layout = DatasetLayout(split_run)
    index = TrainingIndex(layout)
    train = {r["id"]: r for r in records_of(split_run, "cpu") if r["split"] == "train"}
    assert sorted(index.ids) == sorted(train)
    for position, kernel in enumerate(index.ids):  # a training kernel's nearest is itself
        assert index.nearest(train[kernel]["python_source"]) == position
    kept = tmp_path / "retrieval.jsonl"
    code, _, err = synth("eval", "--baseline", "retrieval", "--task", "python_to_cpu", "--dataset", split_run, "--write-predictions", kept)
    assert code == 0, err
    predicted = [orjson.loads(line) for line in kept.read_bytes().splitlines()]
    tested = [r for r in records_of(split_run, "cpu") if r["split"] == "test"]
    assert [p["id"] for p in predicted] == [r["id"] for r in tested]
    for prediction, record in zip(predicted, tested):
        assert prediction["prediction"] in {r["code"] for r in train.values()}
        nearest = train[index.ids[index.nearest(record["python_source"])]]
        assert prediction["prediction"] == nearest["code"]


def test_one_retrieval_serves_every_task_with_that_tasks_target(split_run):
    """One search per module serves every task: a module's prediction is the task's target on its
    nearest training module; a kernel's (``<module id>/<kernel name>``), the target on that
    module's first kernel of its family with the part, else its first with the part."""
    layout = DatasetLayout(split_run)
    tested = references(layout, TASKS["python_to_cpu"], ("test",))
    index = TrainingIndex(layout)
    retrieval = Retrieval(index, {r.id: r.python_source for r in tested})
    assert set(retrieval.nearest) == {r.id for r in tested}
    rows, tested_modules = {row["id"]: row for row in layout.pairs(splits=("train",))}, _tested_rows(layout)
    for task in TASKS.values():
        scored = references(layout, task, ("test",))
        predictions = retrieval.predictions(task, scored)
        assert list(predictions) == [r.id for r in scored] and scored
        for reference in scored:
            nearest = rows[index.ids[retrieval.nearest[module_of(reference.id)]]]
            if task.section is None:
                assert reference.id in retrieval.nearest
                assert predictions[reference.id] == task.target(nearest)
                continue
            module, _, name = reference.id.partition("/")
            assert name in [kernel["name"] for kernel in tested_modules[module]["cpu_kernels"]]
            kernels = task.rows(nearest)  # the nearest module's kernels with the part, each one kernel
            if not kernels:  # none has the part (built without a backward pass): nothing is predicted
                assert predictions[reference.id] == ""
                continue
            assert all(len(kernel["cpu_kernels"]) == 1 for kernel in kernels)
            alike = [kernel for kernel in kernels if kernel["family"] == reference.family] or kernels
            assert predictions[reference.id] == task.target(alike[0]), reference.id


def _tested_rows(layout: DatasetLayout) -> dict[str, dict]:
    return {row["id"]: row for row in layout.pairs(splits=("test",))}


def test_the_run_records_the_retrieval_baseline_in_the_stats_and_card(split_run, tmp_path):
    run_folder = tmp_path / "run"
    shutil.copytree(split_run, run_folder)
    layout = DatasetLayout(run_folder)
    modules = sorted(r.id for r in references(layout, TASKS["python_to_cpu"], ("test",)))
    sample = len(modules) - 1  # a sample: the modules with the smallest ids, not all of them
    assert sample > 0
    stats = record_baseline(run_folder, sample=sample)
    evaluation = stats["evaluation"]
    assert list(evaluation["tasks"]) == list(TASKS) and evaluation["scored"] == sample and evaluation["baseline"] == "retrieval"
    chosen = modules[:sample]
    tested = _tested_rows(layout)
    for name, figures in evaluation["tasks"].items():
        scored = [r.id for r in references(layout, TASKS[name], ("test",)) if module_of(r.id) in chosen]
        assert figures["all"]["kernels"] == figures["all"]["predicted"] == len(scored), name
        if TASKS[name].section is None:  # a row per module
            assert sorted(scored) == chosen, name
        else:  # a row per kernel of the chosen modules that has a backward pass
            assert sorted(scored) == sorted(
                f"{module}/{kernel['name']}" for module in chosen for kernel in tested[module]["cpu_kernels"] if kernel["sections"]["backward"][0] < kernel["sections"]["backward"][1]
            ), name  # fmt: skip
    assert evaluation["tasks"]["python_to_cuda"] == evaluation["tasks"]["cpu_to_cuda"]  # the same target, the same predictions
    on_disk = orjson.loads(DatasetLayout(run_folder).stats.read_bytes())
    assert on_disk["evaluation"] == evaluation
    card = DatasetLayout(run_folder).card.read_text()
    assert "## Evaluation" in card and f"`python_to_cpu` {evaluation['tasks']['python_to_cpu']['all']['chrf']}" in card


# -- what reaches the compiler


def _references(split_run, task: str, splits: tuple[str, ...] = HELD_OUT):
    return references(DatasetLayout(split_run), TASKS[task], splits)


def _scored(split_run, task: str, predictions: dict[str, str], splits: tuple[str, ...] = HELD_OUT) -> dict[str, tuple[float, str | None]]:
    scored = score(DatasetLayout(split_run), TASKS[task], _references(split_run, task, splits), predictions, 90)
    return {entry.reference.id: (entry.scores["compiles"], entry.refused) for entry in scored if entry.predicted}


def test_no_prediction_makes_another_pass_or_fail(split_run):
    """Each prediction is judged alone: what one defines, another cannot use."""
    cpu = _references(split_run, "python_to_cpu", SPLITS)  # modules of every split: the held-out ones are too few
    a, b, c, d, e = cpu[:5]
    predictions = {
        a.id: a.target + "\nint wp_cheat_value = 1;\n",  # compiles, and defines what b lacks
        b.id: b.target + "\nint wp_probe = wp_cheat_value;\n",
        c.id: c.target.rpartition("}")[0],  # cut off before its last brace...
        d.id: d.target + "\n}\nnamespace wp_more {\n",  # ...and closing a brace too many, reopening one
        e.id: e.target + "\n%:define wp_cheat_value 1\n",  # a macro, spelled with a digraph
    }
    assert _scored(split_run, "python_to_cpu", predictions, SPLITS) == {a.id: (1.0, None), b.id: (0.0, None), c.id: (0.0, None), d.id: (0.0, None), e.id: (0.0, "preprocessor")}
    cuda = _references(split_run, "python_to_cuda", SPLITS)
    predictions = {cuda[0].id: cuda[0].target + "\0garbage"} | {r.id: "this is not code at all" for r in cuda[1:]}  # NVRTC stops reading at a NUL
    found = _scored(split_run, "python_to_cuda", predictions, SPLITS)
    assert found[cuda[0].id] == (0.0, "nul") and all(compiles == 0.0 for compiles, _ in found.values())


@pytest.mark.parametrize(
    "text, refused",
    [
        ('/**/#include "/dev/zero"\n', "preprocessor"),  # a directive after a comment
        ("x = 1'0'\"; /*\n#include \"/dev/zero\"\n*/\n", "preprocessor"),  # a literal a pattern would misread
        ("_Pragma(\"once\")\n", "preprocessor"),
        ("// a # comment and a #define in it\n", None),
        ("#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)\n#else\n#endif\n", None),
        ('#line 12 "warp/tests/test_func.py"\n', None),  # Warp's, with the line_directives option (real kernels have them)
        ("int a = 1'000; const char* s = \"{ /* ( \"; char c = '{';\n", None),
    ],
)
def test_only_warps_own_preprocessor_lines_reach_the_compiler(text, refused):
    from warp_synth.synth.evaluate.admission import refusal

    target = "void k_0a1b2c3d_cpu_kernel_forward() {}\n" * 4
    assert refusal(text + target, target * 2, ("k_0a1b2c3d",)) == refused


@pytest.mark.parametrize("task", ["python_to_cpu", "forward_to_adjoint", "cuda_to_cpu"])
def test_a_prediction_compiles_only_if_it_is_the_kernels_code(split_run, task):
    scored_on = _references(split_run, task, SPLITS)  # rows of every split: the held-out modules are too few
    first, second, third, fourth = scored_on[:4]
    predictions = {
        first.id: "",  # an empty unit compiles, but defines no kernel
        second.id: second.target * (MAX_LENGTH_RATIO + 1),
        third.id: '#include "/dev/zero"\n' + third.target,  # never read
        fourth.id: re.sub(r"\b(\w+)_[0-9a-f]{8}(_cpu_kernel_forward|_cpu_kernel_backward)", r"\1_0badc0de\2", fourth.target),  # its own hash: still its code
    }
    missing = {}
    if TASKS[task].section is None:  # a module's code: every kernel's functions, or it is not the module's
        fifth = next(r for r in scored_on[4:] if len(r.symbols) > 1)
        last = fifth.symbols[-1].rpartition("_")[0]
        predictions[fifth.id] = re.sub(rf"\b{re.escape(last)}_(?=[0-9a-f]{{8}})", "renamed_", fifth.target)  # one kernel's functions gone
        missing[fifth.id] = (0.0, "missing_functions")
    else:  # a kernel's part: its row is one kernel, its id the module's and the kernel's name
        assert all(len(r.symbols) == 1 and r.symbols[0].rpartition("_")[0].endswith(r.id.partition("/")[2]) for r in scored_on)
    found = _scored(split_run, task, predictions, SPLITS)
    assert found == {first.id: (0.0, "missing_functions"), second.id: (0.0, "too_long"), third.id: (0.0, "preprocessor"), fourth.id: (found[fourth.id][0], None)} | missing


def test_a_comment_cannot_hide_a_statement_from_the_comparison():
    code = "var_0 = wp::add(var_1, var_2);\nvar_3 = wp::mul(var_0, var_0);\n"
    hidden = code.replace("var_3 =", "// \\\nvar_3 =")  # a // comment ending in \ goes on to the next line
    assert canonical(hidden) != canonical(code) and text_scores(hidden, code)["exact"] == 0.0
    assert canonical("a = 1; /* b = 2;\n c = 3; */ d = 4;") == ["a = 1; d = 4;"]


def test_a_byte_order_mark_and_blank_lines_are_read(split_run, tmp_path, synth):
    reference = _references(split_run, "python_to_cpu")
    tested = [r for r in reference if r.split == "test"]
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_bytes(b"\xef\xbb\xbf" + b"\r\n\n".join(orjson.dumps({"id": r.id, "prediction": r.target}) for r in tested) + b"\r\n")
    code, out, err = synth("eval", predictions, "--task", "python_to_cpu", "--split", "test", "--split", "test", "--dataset", split_run, "--json")
    assert code == 0, err
    figures = orjson.loads(out)
    assert figures["splits"] == ["test"] and figures["all"]["kernels"] == figures["all"]["predicted"] == len(tested)
    assert figures["all"]["exact"] == 100.0 and not figures["not_compiled_because"]


def test_a_validation_that_quarantines_records_drops_the_baselines_figures(tmp_path):
    from warp_synth.synth.dataset.stats_file import refresh_stats

    layout = DatasetLayout(tmp_path)
    verification = {"level": "syntax", "failed": 0}
    kept = refresh_stats(layout, {"evaluation": {"tasks": {}}}, {"verification": dict(verification)})
    assert "evaluation" in kept
    dropped = refresh_stats(layout, {"evaluation": {"tasks": {}}}, {"verification": verification | {"failed": 2}})
    assert "evaluation" not in dropped


@pytest.mark.parametrize("format", ["parquet", "jsonl"])
def test_an_export_scores_as_the_run_it_came_from(split_run, tmp_path, format):
    """A dataset downloaded from the hub (an export) is scored as its run folder is."""
    from warp_synth.synth.publish.export import export_hub

    hub = tmp_path / "hub"
    export_hub(split_run, hub, format=format)
    for task in ("forward_to_adjoint", "python_to_cuda"):
        for baseline in ("reference", "retrieval"):
            from_run = evaluate(split_run, task, HELD_OUT, baseline=baseline)
            from_export = evaluate(hub, task, HELD_OUT, baseline=baseline)
            assert from_export == from_run, (task, baseline)
    assert from_run["all"]["kernels"] > 0 and from_run["all"]["chrf"] < 100


def test_a_damaged_export_is_one_error_naming_the_shard_and_row(split_run, tmp_path, synth):
    from warp_synth.synth.publish.export import export_hub

    hub = tmp_path / "hub"
    export_hub(split_run, hub, format="jsonl")
    (shard,) = (hub / "data" / "pairs").glob("test-*.jsonl")
    rows = [orjson.loads(line) for line in shard.read_bytes().splitlines()]
    rows[-1]["python_source"] += "# edited\n"
    shard.write_bytes(b"".join(orjson.dumps(row) + b"\n" for row in rows))
    code, _, err = synth("eval", "--baseline", "reference", "--task", "python_to_cpu", "--dataset", hub)
    assert code == 1 and len(err.splitlines()) == 1 and f"{shard}, row {len(rows)}: field 'id'" in err, err


def test_an_unreadable_or_doubled_export_is_one_error(split_run, tmp_path, synth):
    from warp_synth.synth.publish.export import export_hub

    parquet, jsonl = tmp_path / "parquet", tmp_path / "jsonl"
    export_hub(split_run, parquet)
    export_hub(split_run, jsonl, format="jsonl")
    (doubled,) = (jsonl / "data" / "pairs").glob("test-*")
    shutil.copy(doubled, parquet / "data" / "pairs")  # the split in both formats
    code, _, err = synth("eval", "--baseline", "reference", "--task", "python_to_cpu", "--dataset", parquet)
    assert code == 1 and len(err.splitlines()) == 1 and "is in" in err and "keep one copy" in err, err
    (doubled_copy,) = (parquet / "data" / "pairs").glob("test-*.jsonl")
    doubled_copy.unlink()
    (shard,) = (parquet / "data" / "pairs").glob("test-*.parquet")
    shard.write_text("version https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 1\n")  # cloned without Git LFS
    code, _, err = synth("eval", "--baseline", "reference", "--task", "python_to_cpu", "--dataset", parquet)
    assert code == 1 and len(err.splitlines()) == 1 and f"{shard}: not a readable Parquet shard" in err, err
    shutil.rmtree(parquet / "data" / "pairs")
    code, _, err = synth("eval", "--baseline", "reference", "--task", "python_to_cpu", "--dataset", parquet)
    assert code == 2 and "pairs config holds no test rows" in err, err


def test_compiling_on_several_workers_gives_each_prediction_its_own_verdict_in_order(split_run):
    from warp_synth.synth.evaluate import score as scoring

    task = TASKS["forward_to_adjoint"]
    scored_on = _references(split_run, task.name)
    units = [(r, r.target if (i + k) % 3 else r.target.replace("wp::", "wq::", 1)) for k in range(2 * scoring._PER_WORKER // len(scored_on) + 1) for i, r in enumerate(scored_on)]
    layout = DatasetLayout(split_run)
    alone = scoring._compiles(layout, task, 90, units, workers=1)
    assert alone == [prediction == reference.target for reference, prediction in units]
    assert scoring._compiles(layout, task, 90, units, workers=2) == alone
