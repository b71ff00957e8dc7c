"""The ``synth`` command: thin typer wrappers over the library (options, call, message).

Errors meet at one boundary, ``main()``: a warp-synth error or a bad option becomes one line on
stderr, ``error: <where>: <message> (hint: ...)``, and exit code 2 for a usage error or 1 for a
runtime failure. stdout carries results only.
"""

from __future__ import annotations

import math
import os
import signal
import sys
import threading
from enum import Enum
from importlib.metadata import version
from pathlib import Path
from typing import Annotated, Optional

import typer

from warp_synth.grammar import Grammar, dump_weights, kernel_seed
from warp_synth.grammar.errors import WarpSynthError
from warp_synth.synth.dataset.schema import DEFAULT_RUN_LEVEL, DEFAULT_RUN_SAMPLE
from warp_synth.synth.checks.levels import LEVELS
from warp_synth.synth.dataset.splits import SPLITS
from warp_synth.synth.dataset.tasks import TASKS
from warp_synth.synth.dataset.views import VIEWS
from warp_synth.synth.evaluate import BASELINES, REAL
from warp_synth.synth.publish.formats import DEFAULT_FORMAT, FORMATS

app = typer.Typer(
    help="Generate paired Python/C++/CUDA training data from NVIDIA Warp kernels.",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",  # a docstring's lines join into paragraphs, as written
)

DEFAULT_OUT = Path("data/generated")
CORES = os.cpu_count() or 1
SEED_MAX = 2**53 - 1  # kernel seeds and run seeds: exact in JSON readers that read numbers as doubles
SAMPLE_MAX = 1000  # modules `synth sample` shows: a person reads them; a dataset is `synth run`'s work


def _say(text: str, *, err: bool = False, **style) -> None:
    """Print one line of ours, styled only on a terminal and when NO_COLOR is not set (no-color.org)."""
    typer.secho(text, err=err, color=False if os.environ.get("NO_COLOR") else None, **style)


def _finite_above_zero(value: float) -> float:
    if not (math.isfinite(value) and value > 0):
        raise typer.BadParameter(f"{value} is not a finite number above 0")
    return value


def _seed_in_range(value: int) -> int:
    if not 0 <= value <= SEED_MAX:
        raise typer.BadParameter(f"{value} is not in 0..2**53-1")
    return value


def _workers_in_range(value: int) -> int:
    if not 1 <= value <= CORES:
        raise typer.BadParameter(f"{value} is not in 1..{CORES} (at most one worker per core)")
    return value


def _in_existing_folder(path: Path | None) -> Path | None:
    if path is not None and not path.parent.is_dir():
        raise typer.BadParameter(f"{path}: folder {path.parent} does not exist")
    return path


class Device(str, Enum):
    cpu = "cpu"
    cuda = "cuda"
    both = "both"

    @property
    def devices(self) -> tuple[str, ...]:
        return ("cpu", "cuda") if self is Device.both else (self.value,)


class Backend(str, Enum):
    local = "local"
    ray = "ray"


class Emit(str, Enum):
    ptx = "ptx"


EmitOption = Annotated[
    Optional[Emit],
    typer.Option("--emit", help="Also write each CUDA record's PTX (NVRTC, Warp's options) to cuda_ptx.jsonl (on run: not with --no-verify)."),
]

WeightsOption = Annotated[
    Optional[Path],
    typer.Option("--weights", help="TOML file of production weights overriding the templates' own.", exists=True, dir_okay=False),
]

SeedOption = Annotated[
    int, typer.Option(callback=_seed_in_range, help="Run seed (0..2**53-1): the same seed and options give the same kernels and bytes.")
]

ForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Write into a folder that holds files this command did not write: beside them (never over them); they are never removed.",
    ),
]

WorkersOption = Annotated[
    int, typer.Option(callback=_workers_in_range, help="Worker processes, at most one per core (default: all cores).")
]


def _show_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"warp-synth {version('warp-synth')} (Warp {version('warp-lang')})")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _root(
    context: typer.Context,
    show_version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print warp-synth's and Warp's versions.")
    ] = False,
) -> None:
    if context.invoked_subcommand is None:  # a bare `synth`: its help (Rich prints it; plain text is returned)
        typer.echo(context.get_help())
        raise typer.Exit(code=2)


Level = Enum("Level", {name: name for name in LEVELS}, type=str)  # the levels synth.checks.levels registers


LevelOption = Annotated[Level, typer.Option(help="full: the native build (object code, PTX); syntax: the compilers' front ends only.")]

BackendOption = Annotated[
    Backend, typer.Option(help="Where the work runs: local worker processes, or Ray tasks (needs the ray extra). Same results either way.")
]

AddressOption = Annotated[
    Optional[str], typer.Option(help="With --backend ray: a running cluster, e.g. ray://host:10001 (default: a local Ray instance of --workers CPUs).")
]

@app.command()
def run(
    target_mb: Annotated[
        float, typer.Option(callback=_finite_above_zero, help="Stop once each device's train file (cpu_code.jsonl, cuda_code.jsonl) reaches this many MB.")
    ] = 200.0,
    device: Annotated[Device, typer.Option(help="Which generated code to write.")] = Device.both,
    seed: SeedOption = 0,
    workers: WorkersOption = CORES,
    out: Annotated[Path, typer.Option(help="Output folder.", file_okay=False)] = DEFAULT_OUT,
    weights: WeightsOption = None,
    fresh: Annotated[bool, typer.Option("--fresh", help="Discard an earlier run in --out instead of resuming it.")] = False,
    dedup: Annotated[
        bool, typer.Option(help="Skip a drawn module whose structure or near-duplicate (Jaccard >= 0.7 of code 5-grams) the dataset already holds.")
    ] = True,
    splits: Annotated[
        str,
        typer.Option(
            help="Train, validation and test shares for kernel templates the grammar's splits.toml does not pin (placed by a hash of their name; each template's kernels in one split)."
        ),
    ] = "80,10,10",
    verify: Annotated[
        bool,
        typer.Option(
            "--verify/--no-verify",
            help="Then compile every record (--level) and quarantine failures; every record's `verified` says what passed it.",
        ),
    ] = True,
    arch: Annotated[int, typer.Option(min=50, help="CUDA architecture for --verify (sm_XX).")] = 90,
    run_sample: Annotated[
        Optional[int],
        typer.Option(
            "--run-sample",
            min=0,
            help=f"Then launch every kernel of N random records (modules) on the CPU (bounds-checked, forward and backward; finite outputs; adjoint against finite differences); their records' `runtime` says what it found. Default: {DEFAULT_RUN_SAMPLE}, none with --no-verify.",
            show_default=False,
        ),
    ] = None,
    emit: EmitOption = None,
    level: Annotated[Level, typer.Option(help="How --verify compiles: syntax, the compilers' front ends (the default); full, the native build.")] = Level[DEFAULT_RUN_LEVEL],
    backend: BackendOption = Backend.local,
    address: AddressOption = None,
    mathdx: Annotated[
        bool,
        typer.Option(
            "--mathdx",
            help="Let Warp call NVIDIA MathDx in CUDA code (tile_matmul, tile_fft, tile_cholesky), as on the GPU by default; each new routine takes 8-35 s to compile the first time on a machine. Default: switched off by module option.",
        ),
    ] = False,
) -> None:
    """Write the datasets: OUT/cpu_code.jsonl, OUT/cuda_code.jsonl (train; the held-out splits in files of their own) and dataset_stats.json, then
    verify them: every record through the compilers' front ends, a sample launched on the CPU.

    Interrupted runs resume where they stopped when run again with the same options; a finished
    run asked again keeps what was checked and does only what is left.
    """
    from warp_synth.synth.dataset.layout import DatasetLayout
    from warp_synth.synth.run.progress import ProgressDisplay
    from warp_synth.synth.run.job import RunConfig
    from warp_synth.synth.run.job import run as run_job
    from warp_synth.synth.dataset.splits import parse_ratios
    from warp_synth.synth.checks.verify import outstanding

    config = RunConfig(
        out=out, target_mb=target_mb, devices=device.devices, seed=seed, workers=workers, weights_file=weights, dedup=dedup,
        splits=parse_ratios(splits), backend=backend.value, address=address, mathdx=mathdx,
    )
    grammar = config.grammar_source().load()  # read once: the run and its runtime check draw from it
    with ProgressDisplay(config.devices) as display:
        stats = run_job(config, fresh=fresh, on_progress=display.update, grammar=grammar)
    if emit and not verify:
        raise typer.BadParameter("PTX comes from a validation: drop --no-verify", param_hint="'--emit'")
    wanted = (DEFAULT_RUN_SAMPLE if verify else 0) if run_sample is None else run_sample
    compile_all, launch = outstanding(stats, level.value, arch, emit is Emit.ptx, wanted)
    compile_all = compile_all and verify
    if compile_all or launch:
        paths = DatasetLayout(out).code_files()
        stats = _verify(
            paths, arch, workers, launch, compile_all=compile_all, emit=emit, level=level.value, backend=backend.value, address=address, grammar=grammar
        )  # fmt: skip
    from warp_synth.synth.evaluate.harness import baseline_outdated, record_baseline

    if verify and len(config.devices) == 2 and baseline_outdated(out, stats):
        typer.echo("scoring the retrieval baseline on the test split and the real set ...", err=True)
        stats = record_baseline(out, arch=arch, workers=workers)
    for info in stats["devices"].values():
        for split_file in info["files"].values():
            typer.echo(f"{out / split_file['file']}: {split_file['records']} records, {split_file['mb']} MB")
    typer.echo(f"rejects: {stats['rejects']['total']} ({stats['rejects']['rate']:.2%}); stats: {out / 'dataset_stats.json'}")
    for check in stats.get("verification_levels", {}).values():
        typer.echo(f"verified ({check['level']} level): {check['failed']} quarantined")
    if "runtime_check" in stats:
        runtime = stats["runtime_check"]
        typer.echo(f"runtime: {runtime['passed']} of {runtime['kernels']} kernels ({runtime['records']} modules) ran clean; gradients: {runtime['gradient']['totals']}")
    unchecked = stats.get("contamination", {}).get("code_unchecked_rows", 0)
    if unchecked and DatasetLayout(out).real.holds("test"):
        _say(f"warning: {unchecked} modules were written before the real set was built: their code was not judged against it (rerun with --fresh)", err=True)
    evaluation = stats.get("evaluation", {})
    for name, figures in [("test", evaluation), ("real", evaluation.get("real", {}))]:
        for task, scores in figures.get("tasks", {}).items():
            typer.echo(f"retrieval baseline on {name}, {task}: chrF {scores['all']['chrf']}, statement F1 {scores['all']['statement_f1']}, compiles {scores['all']['compiles']}%")


RunSampleOption = Annotated[
    int, typer.Option("--run-sample", min=0, help="Also launch every kernel of N random records (modules) on the CPU (bounds-checked, forward and backward; finite outputs; adjoint against finite differences).")
]


def _verify(
    paths: list[Path], arch: int, workers: int, run_sample: int = 0, compile_all: bool = True, emit: Emit | None = None,
    level: str = "full", backend: str = "local", address: str | None = None, trust_code: bool = False, grammar: Grammar | None = None,
) -> dict:
    """Validate files (and run a sample), with a progress bar; record the figures beside them."""
    from warp_synth.synth.run.progress import CompileProgressDisplay
    from warp_synth.synth.checks.verify import verify

    say = lambda message: typer.echo(message, err=True)  # noqa: E731
    with CompileProgressDisplay() as display:
        stats = verify(
            paths, arch=arch, workers=workers, run_sample=run_sample, compile_all=compile_all,
            emit_ptx=emit is Emit.ptx, level=level, backend=backend, address=address, on_progress=display.update, say=say,
            trust_code=trust_code, grammar=grammar,
        )  # fmt: skip
    for failure in stats.get("runtime_check", {}).get("failures", []):
        _say(f"runtime {failure['status']}: {failure['family']} kernel, seed {failure['seed']}", fg=typer.colors.YELLOW, err=True)
    return stats


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="JSONL files written by `synth run` (their preambles beside them).", exists=True, dir_okay=False)],
    arch: Annotated[int, typer.Option(min=50, help="CUDA architecture to compile PTX for (sm_XX).")] = 90,
    workers: WorkersOption = CORES,
    run_sample: RunSampleOption = 0,
    emit: EmitOption = None,
    level: LevelOption = Level.full,
    backend: BackendOption = Backend.local,
    address: AddressOption = None,
    trust_code: Annotated[
        bool,
        typer.Option(
            "--trust-code",
            help="With --run-sample: run the kernels even if the files are not a finished `synth run`'s own (their Python is executed, without network).",
        ),
    ] = False,
) -> None:
    """Compile every record natively: CPU code with clang, CUDA code with NVRTC to PTX
    (--level full), or through the compilers' front ends only (--level syntax, much faster).

    Records that fail are moved, with the compiler's message, to quarantine.jsonl.
    """
    stats = _verify(paths, arch, workers, run_sample, emit=emit, level=level.value, backend=backend.value, address=address, trust_code=trust_code)
    verification = stats.get("verification_levels", {}).get(level.value) or stats["verification"]  # this validation's
    for device, count in verification["compiled"].items():
        typer.echo(f"{device}: {count} records compiled")
    if verification["resumed"]:
        typer.echo(f"({verification['resumed']} of them by the interrupted validation this one resumed)")
    typer.echo(f"failed: {verification['failed']} {verification['failures_by_reason'] or ''}; {verification['records_per_second']} records/s ({verification['level']} level)")
    if "ptx" in verification:
        typer.echo(f"PTX: {verification['ptx']['records']} records, {verification['ptx']['mb']} MB in {verification['ptx']['file']}")
    runtime = stats.get("runtime_check", {"failures": []})
    if run_sample:
        gradient = runtime["gradient"]["totals"]
        typer.echo(
            f"runtime: {runtime['passed']} of {runtime['kernels']} kernels ({runtime['records']} modules) ran clean; {runtime['finite']['all_finite']} wrote only finite "
            f"values; gradients: {gradient['passed']} of {gradient['checked']} passed, {gradient['mismatch']} mismatched"
        )
    if not verification["all_passed"] or runtime["failures"]:
        raise typer.Exit(code=1)


@app.command()
def sample(
    n: Annotated[int, typer.Option("-n", min=1, max=SAMPLE_MAX, help=f"How many modules to show (at most {SAMPLE_MAX}: each is printed as it is built).")] = 3,
    seed: SeedOption = 0,
    device: Annotated[Device, typer.Option(help="Which generated code to show.")] = Device.both,
    weights: WeightsOption = None,
    write: Annotated[
        Optional[Path], typer.Option("--write", help="Instead, write at most N records picked from --dataset into this folder.", file_okay=False)
    ] = None,
    dataset: Annotated[Path, typer.Option(help="Dataset folder to pick --write samples from.", file_okay=False)] = DEFAULT_OUT,
    force: ForceOption = False,
) -> None:
    """Print N rendered modules of kernels with the code Warp generates for them, for a person to read.

    Each shows its own seed: `KernelFactory(grammar, devices).draw_module(seed)` (synth.generate.pipeline) draws it again.
    With --write, keep a small sample of a dataset instead: up to N records spread over the
    families and both devices (samples.jsonl, plus .py/.cpp/.cu files to read). Only files an
    earlier --write put there are replaced or removed (the folder's manifest lists them).
    """
    import orjson

    from warp_synth.grammar.shipped import load_grammar
    from warp_synth.synth.generate.pipeline import Rejected, build_in_worker

    if write is not None:
        from warp_synth.synth.publish.samples import write_samples

        count = write_samples(dataset, write, n, force)
        typer.echo(f"wrote {count} records to {write}")
        return
    for index, built in enumerate(build_in_worker(device.devices, seed, range(n), load_grammar(weights))):
        _say(f"# module {index} (seed {kernel_seed(seed, index)})", bold=True)
        if isinstance(built, Rejected):
            typer.echo(built.source)
            _say(f"# rejected by Warp: {built.error}", fg=typer.colors.YELLOW)
            continue
        for dev, line in built.lines.items():
            record = orjson.loads(line)
            if dev == device.devices[0]:
                typer.echo(f"# family: {record['family']}  features: {', '.join(record['features'])}")
                typer.echo(record["python_source"])
            _say(f"// ---- generated {dev} code (preamble {record['preamble']} omitted) ----", bold=True)
            typer.echo(record["code"])


@app.command()
def grammar(
    weights: WeightsOption = None,
    dump_weights_to: Annotated[
        Optional[Path],
        typer.Option(
            "--dump-weights",
            help="Write the weights to this file (edit it, pass it back with --weights).",
            dir_okay=False,
            callback=_in_existing_folder,
        ),
    ] = None,
    stats: Annotated[Path, typer.Option(help="dataset_stats.json of the run whose usage to show.")] = DEFAULT_OUT / "dataset_stats.json",
    lint: Annotated[
        bool, typer.Option("--lint", help="Instead, list what the templates get wrong that loading them allows (exit 1 if anything).")
    ] = False,
) -> None:
    """List the templates: weight, what each needs and produces, and how often the last run used it.

    Every template is compiled and rendered first: a broken one fails here, naming its file.
    """
    from warp_synth.grammar.shipped import load_grammar
    from warp_synth.synth.dataset.stats_file import read_stats
    from warp_synth.synth.generate.render import Renderer

    loaded = load_grammar(weights)
    renderer = Renderer(loaded)
    renderer.check_all()
    if lint:
        from warp_synth.synth.generate.lint import lint as lint_grammar

        findings = lint_grammar(loaded, renderer.env)
        for finding in findings:
            typer.echo(str(finding))
        typer.echo(f"{len(findings)} finding(s) in {len(loaded.productions)} templates", err=True)
        raise typer.Exit(1 if findings else 0)
    if dump_weights_to is not None:
        dump_weights_to.write_text(dump_weights(loaded), encoding="utf-8")
        typer.echo(f"wrote {len(loaded.all_weights())} weights (templates, their alternatives, role sources) to {dump_weights_to}")
        return
    used = read_stats(stats).get("productions", {}) if stats.exists() else {}
    typer.echo(f"{'template':40} {'weight':>6} {'used':>8}  needs (type:role) -> produces")
    for name, production in loaded.productions.items():
        needs = {**production.needs, **{f"{b}.{k}": v for b, spec in production.blocks.items() for k, v in spec.needs.items()}}
        listed = ", ".join(f"{k}: {v}" for k, v in needs.items())
        produces = production.produces or (production.family and f"family {production.family}") or "-"
        typer.echo(f"{name:40} {production.weight:>6g} {used.get(name, '-')!s:>8}  ({listed}) -> {produces}")
    typer.echo(f"\n{len(loaded.alternatives())} (template, alternative) pairs: choices, type and role variables")
    kernels = [p.family for p in loaded.of_kind("kernel")]
    typer.echo(f"\n{len(loaded.families)} kernel families (templates/families.toml): kernels, operations every kernel uses")
    for family in loaded.families.values():
        typer.echo(f"  {family.name:24} {kernels.count(family.name):>3}  {', '.join(family.operations)}")
    roles = loaded.roles.by_name
    typer.echo(f"\n{len(roles)} roles (templates/roles.toml, templates/roles/*.toml): how a kernel gets one it lacks")
    for role in roles.values():
        sources = ", ".join(f"{source} {weight:g}" for source, weight in role.sources.items() if weight > 0)
        parent = f" (serves as {role.parent})" if role.parent else ""
        typer.echo(f"  {role.name:24} {sources}{parent}")


ExportFormat = Enum("ExportFormat", {name: name for name in FORMATS}, type=str)  # the formats synth.publish.formats registers


View = Enum("View", {name: name for name in VIEWS}, type=str)  # the derived views synth.dataset.views defines


TaskName = Enum("TaskName", {name: name for name in TASKS}, type=str)  # the task configs synth.dataset.tasks defines


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="The shards' file format.")] = ExportFormat[DEFAULT_FORMAT],
    dataset: Annotated[Path, typer.Option(help="Dataset folder written by `synth run`.", file_okay=False)] = DEFAULT_OUT,
    out: Annotated[Path, typer.Option(help="Folder to write (ready for `huggingface-cli upload`).", file_okay=False)] = Path("data/hub"),
    max_shard_mb: Annotated[float, typer.Option(min=1, callback=_finite_above_zero, help="Largest shard, in MB of text.")] = 500.0,
    view: Annotated[
        Optional[list[View]], typer.Option(help="Also add a derived view of the code as a column of its own (repeatable).")
    ] = None,
    task: Annotated[
        Optional[list[TaskName]],
        typer.Option(help="Also export a task config: prompt/completion rows and chat messages for one translation (repeatable)."),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Export a finished run as a Hugging Face dataset folder: Parquet (or JSONL) shards per config (pairs,
    cpu, cuda, and rejects and quarantine where the run has any) and split, the card, the
    preambles, NOTICE and LICENSE.

    Only files an earlier export put in --out are replaced or removed (the folder's manifest
    lists them)."""
    from warp_synth.synth.publish.export import export_hub

    from warp_synth.synth.dataset.ownership import MANIFEST

    shards = export_hub(dataset, out, max_shard_mb, tuple(v.value for v in view or []), force, format.value, tuple(t.value for t in task or []))
    for shard in shards:
        typer.echo(f"wrote {shard}")
    typer.echo(f"publish it with: huggingface-cli upload <user>/<dataset> {out} . --repo-type dataset --exclude {MANIFEST}")


@app.command()
def real(
    dataset: Annotated[Path, typer.Option(help="Dataset folder: the real set is written into its real/ folder.", file_okay=False)] = DEFAULT_OUT,
    module: Annotated[
        Optional[list[str]], typer.Option(help="Only this module of Warp's examples or tests (repeatable), e.g. warp.tests.test_func.")
    ] = None,
    force: ForceOption = False,
) -> None:
    """Build the real test set: every @wp.kernel of the installed warp-lang's examples and tests,
    with its C++ and CUDA as Warp generates them, in records of the dataset's schema (split test,
    with each kernel's file, line and licence), for `synth eval --split real`.

    This imports Warp's example and test modules, which runs their top-level code (in a child
    process of its own; benchmarks and the other modules that do work at import are skipped).
    Each kernel is built alone, both devices from one build, and its code checked with the
    compilers' front ends. Only files an earlier `synth real` wrote in DATASET/real are replaced."""
    from warp_synth.extract.real import real_modules
    from warp_synth.synth.real.job import build_real_set

    known = set(real_modules())
    for name in module or []:
        if name not in known:
            raise typer.BadParameter(f"{name} is not a module of warp-lang's examples or tests (e.g. warp.tests.test_func)", param_hint="--module")
    say = lambda message: typer.echo(message, err=True)  # noqa: E731
    stats = build_real_set(dataset, list(dict.fromkeys(module or [])), force, say=say)
    for folder, figures in stats["folders"].items():
        refused = sum(figures["refused"].values())
        if figures["modules_not_imported"]:
            typer.echo(f"{folder}: modules not imported: " + "; ".join(f"{why} ({n})" for why, n in figures["modules_not_imported"].items()))
        typer.echo(
            f"{folder}: {figures['kernels_in_source']} kernels in the source, {figures['registered']} registered by importing "
            f"{figures['modules'].get('imported', 0)} modules, {figures['built']} built, {figures['recorded']} recorded, {refused} refused"
        )
    typer.echo(f"wrote {stats['records']} real kernels to {dataset / 'real'}")


Split = Enum("Split", {name: name for name in (*SPLITS, REAL)}, type=str)  # synth.dataset.splits, and the real set


Baseline = Enum("Baseline", {name: name for name in BASELINES}, type=str)  # synth.evaluate.baselines


@app.command("eval")
def evaluate(
    task: Annotated[TaskName, typer.Option(help="The task the predictions are for.", show_default=False)],
    predictions: Annotated[
        Optional[Path], typer.Argument(help='JSONL of {"id": ..., "prediction": ...}, one line per task row (ids as the task rows give them: a module\'s, or <module id>/<kernel> for forward_to_adjoint).', dir_okay=False)
    ] = None,
    split: Annotated[Optional[list[Split]], typer.Option(help="A split to score (repeatable; default test); real: the real set (`synth real`), on its own.")] = None,
    baseline: Annotated[Optional[Baseline], typer.Option(help="Score a baseline's predictions instead of a file's.")] = None,
    dataset: Annotated[Path, typer.Option(help="Dataset folder written by `synth run`, or an export of one (`synth export`; a download from the hub).", file_okay=False)] = DEFAULT_OUT,
    write_predictions: Annotated[
        Optional[Path], typer.Option(help="With --baseline, also write its predictions here (a new file) in the file format above.", dir_okay=False, callback=_in_existing_folder)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON instead of the table.")] = False,
    workers: WorkersOption = CORES,
) -> None:
    """Score a model's predictions for one task against Warp's own output, row by row: a module's
    code, or one kernel's part of it (forward_to_adjoint).

    Each prediction is compiled alone by the target device's front end in place of the target
    (compiles; one with an #include or that does not name the kernels' functions is refused), and
    compared with the target after normalising comments, module hash, temporaries' numbering and layout
    (exact match, statement F1, chrF). A row with no prediction scores 0. Percentages over all
    rows and per split, family and difficulty. --baseline reference must score 100; --baseline
    retrieval predicts the target of the training module whose Python is most alike.
    """
    import orjson

    from warp_synth.synth.evaluate.harness import evaluate as score_predictions
    from warp_synth.synth.evaluate.score import table

    if (predictions is None) == (baseline is None):
        raise typer.BadParameter("give a predictions file or --baseline, not both or neither", param_hint="PREDICTIONS")
    if write_predictions is not None and baseline is None:
        raise typer.BadParameter("only a baseline's predictions are written", param_hint="--write-predictions")
    splits = tuple(dict.fromkeys(s.value for s in split or [Split["test"]]))
    say = lambda message: typer.echo(message, err=True)  # noqa: E731
    figures = score_predictions(dataset, task.value, splits, predictions, baseline and baseline.value, write_predictions, say=say, workers=workers)
    if as_json:
        typer.echo(orjson.dumps(figures, option=orjson.OPT_INDENT_2).decode())
        return
    typer.echo(f"{figures['task']} on {'/'.join(figures['splits'])} ({figures['predictions']}), percent of rows:")
    typer.echo(table(figures))


@app.command()
def report(
    stats: Annotated[Path, typer.Option(help="dataset_stats.json of the run to report on.", exists=True, dir_okay=False)] = DEFAULT_OUT / "dataset_stats.json",
    out: Annotated[Path, typer.Option(help="Where to write the report.", dir_okay=False, callback=_in_existing_folder)] = Path("REPORT.md"),
    charts: Annotated[Path, typer.Option(help="Folder for the report's SVG charts.", file_okay=False)] = Path("data/charts"),
    samples: Annotated[Path, typer.Option(help="The samples folder (`synth sample --write`): the report's excerpt.", file_okay=False)] = Path("data/samples"),
) -> None:
    """Regenerate REPORT.md, its charts and the dataset card from a run's dataset_stats.json."""
    from warp_synth.synth.report.report import write_report

    write_report(stats, out, charts, samples)
    typer.echo(f"wrote {out} and charts in {charts}")


@app.command()
def realism(
    data: Annotated[Path, typer.Argument(help="Dataset folder (its cpu_code.jsonl, else first *_code.jsonl) or a JSONL file.")] = DEFAULT_OUT,
    limit: Annotated[Optional[int], typer.Option(min=1, help="Measure only the first N kernels.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON instead of the table.")] = False,
    production: Annotated[
        Optional[Path], typer.Option(help="A folder of Warp application code to measure for the production column, instead of the published figures.")
    ] = None,
) -> None:
    """Compare the kernels' statistics and idioms with production Warp code and Warp's own examples and tests."""
    import orjson

    from warp_synth.synth.analysis.production import measured_production
    from warp_synth.synth.analysis.realism import format_table, read_kernels
    from warp_synth.synth.analysis.realism import realism as measure_realism

    measured = None if production is None else (str(production.resolve()), measured_production(production))
    sources, families = read_kernels(data, limit)
    report = measure_realism(sources, families, measured)
    typer.echo(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() if as_json else format_table(report))


def main(args: list[str] | None = None) -> None:
    """The console entry point, and `python -m warp_synth.synth`: run one command; turn any error
    into one line on stderr and exit code 2 (usage) or 1 (runtime failure); no traceback.

    SIGTERM stops a command as Ctrl-C does (KeyboardInterrupt, so its cleanup runs: temporary
    files, locks, a run's checkpoint): one line, ``error: interrupted``, exit code 130 (SIGTERM: 143)."""
    received.clear()
    handlers = {}
    if threading.current_thread() is threading.main_thread():  # only the main thread may set handlers
        handlers = {number: signal.signal(number, _interrupt) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = app(args=args, prog_name="synth", standalone_mode=False)  # typer: KeyboardInterrupt -> 130
    except KeyboardInterrupt:  # one that came outside typer's own handling
        received[:] = received or [signal.SIGINT]
    except WarpSynthError as error:
        code = _fail(str(error), error.exit_code)
    except typer.TyperException as error:  # typer's own: a bad, missing or unknown option or argument
        command = getattr(error, "ctx", None) and error.ctx.command_path
        message = " ".join(error.format_message().split())  # click lists a missing choice's values a line each
        code = _fail(message + (f" (hint: see '{command} --help')" if command else ""), error.exit_code)
    except OSError as error:  # one the library did not foresee: still one line naming the file
        code = _fail(f"{error.filename}: {error.strerror}" if error.filename else str(error), 1)
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    if received:
        code = _fail("interrupted", 128 + received[0])
    sys.exit(code or 0)


received: list[int] = []  # the signals that interrupted the command, first first


def _interrupt(number: int, frame) -> None:
    """Stop the command with KeyboardInterrupt, for SIGTERM as for Ctrl-C. A second SIGTERM while
    the first one's cleanup runs is ignored, so the cleanup finishes (kill -9 still stops it)."""
    repeated = signal.SIGTERM in received
    received.append(number)
    if not (repeated and number == signal.SIGTERM):
        raise KeyboardInterrupt


def _fail(message: str, code: int) -> int:
    _say(f"error: {message}", err=True, fg=typer.colors.RED)
    return code
