"""The ``synth`` command: thin typer wrappers over the library, one clear message per error."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from warp_synth.grammar import GrammarError, dump_weights
from warp_synth.synth.errors import SynthError

app = typer.Typer(
    help="Generate paired Python/C++/CUDA training data from NVIDIA Warp kernels.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DEFAULT_OUT = Path("data/generated")


class Device(str, Enum):
    cpu = "cpu"
    cuda = "cuda"
    both = "both"

    @property
    def devices(self) -> tuple[str, ...]:
        return ("cpu", "cuda") if self is Device.both else (self.value,)


class Emit(str, Enum):
    ptx = "ptx"


EmitOption = Annotated[
    Optional[Emit],
    typer.Option("--emit", help="Also write each CUDA record's PTX (NVRTC, Warp's options) to cuda_ptx.jsonl (on run: implies --verify)."),
]

WeightsOption = Annotated[
    Optional[Path],
    typer.Option("--weights", help="TOML file of production weights overriding the templates' own.", exists=True, dir_okay=False),
]


def _fail(error: Exception) -> None:
    typer.secho(f"error: {error}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=2)


@app.command()
def run(
    target_mb: Annotated[float, typer.Option(min=0.001, help="Stop once each device file reaches this many MB.")] = 200.0,
    device: Annotated[Device, typer.Option(help="Which generated code to write.")] = Device.both,
    seed: Annotated[int, typer.Option(min=0, help="Run seed: the same seed and options give the same bytes.")] = 0,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (default: all cores).")] = os.cpu_count() or 1,
    out: Annotated[Path, typer.Option(help="Output folder.", file_okay=False)] = DEFAULT_OUT,
    weights: WeightsOption = None,
    fresh: Annotated[bool, typer.Option("--fresh", help="Discard an earlier run in --out instead of resuming it.")] = False,
    verify: Annotated[bool, typer.Option("--verify", help="Then compile every record natively (clang, NVRTC) and quarantine failures.")] = False,
    arch: Annotated[int, typer.Option(min=50, help="CUDA architecture for --verify (sm_XX).")] = 90,
    run_sample: RunSampleOption = 0,
    emit: EmitOption = None,
) -> None:
    """Write the datasets: <out>/cpu_code.jsonl, cuda_code.jsonl and dataset_stats.json.

    Interrupted runs resume where they stopped when run again with the same options.
    """
    from warp_synth.synth.layout import DatasetLayout
    from warp_synth.synth.progress import ProgressDisplay
    from warp_synth.synth.run import RunConfig
    from warp_synth.synth.run import run as run_job

    config = RunConfig(out=out, target_mb=target_mb, devices=device.devices, seed=seed, workers=workers, weights_file=weights)
    try:
        with ProgressDisplay(config.devices, enabled=sys.stderr.isatty()) as display:
            stats = run_job(config, fresh=fresh, on_progress=display.update)
        if verify or run_sample or emit:
            paths = [DatasetLayout(out).code(device) for device in stats["devices"]]
            stats = _verify(paths, arch, workers, run_sample, compile_all=verify or bool(emit), emit=emit)
    except (SynthError, GrammarError) as error:
        _fail(error)
    for info in stats["devices"].values():
        typer.echo(f"{out / info['file']}: {info['records']} records, {info['mb']} MB")
    typer.echo(f"rejects: {stats['rejects']['total']} ({stats['rejects']['rate']:.2%}); stats: {out / 'dataset_stats.json'}")


RunSampleOption = Annotated[
    int, typer.Option("--run-sample", min=0, help="Also launch N random kernels on the CPU (bounds-checked, forward and backward).")
]


def _verify(
    paths: list[Path], arch: int, workers: int, run_sample: int = 0, compile_all: bool = True, emit: Emit | None = None
) -> dict:
    """Validate files (and run a sample), with a progress bar; record the figures beside them."""
    from warp_synth.synth.progress import CompileProgressDisplay
    from warp_synth.synth.verify import verify

    say = lambda message: typer.echo(message, err=True)  # noqa: E731
    with CompileProgressDisplay(enabled=sys.stderr.isatty()) as display:
        stats = verify(
            paths, arch=arch, workers=workers, run_sample=run_sample, compile_all=compile_all,
            emit_ptx=emit is Emit.ptx, on_progress=display.update, say=say,
        )  # fmt: skip
    for failure in stats.get("runtime_check", {}).get("failures", []):
        typer.secho(f"runtime {failure['status']}: {failure['family']} kernel, seed {failure['seed']}", fg=typer.colors.YELLOW, err=True)
    return stats


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="JSONL files written by `synth run` (their preambles beside them).", exists=True, dir_okay=False)],
    arch: Annotated[int, typer.Option(min=50, help="CUDA architecture to compile PTX for (sm_XX).")] = 90,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (default: all cores).")] = os.cpu_count() or 1,
    run_sample: RunSampleOption = 0,
    emit: EmitOption = None,
) -> None:
    """Compile every record natively: CPU code with clang, CUDA code with NVRTC to PTX.

    Records that fail are moved, with the compiler's message, to quarantine.jsonl.
    """
    try:
        stats = _verify(paths, arch, workers, run_sample, emit=emit)
    except SynthError as error:
        _fail(error)
    verification = stats["verification"]
    for device, count in verification["compiled"].items():
        typer.echo(f"{device}: {count} records compiled")
    if verification["resumed"]:
        typer.echo(f"({verification['resumed']} of them by the interrupted validation this one resumed)")
    typer.echo(f"failed: {verification['failed']} {verification['failures_by_reason'] or ''}; {verification['records_per_second']} records/s")
    if "ptx" in verification:
        typer.echo(f"PTX: {verification['ptx']['records']} records, {verification['ptx']['mb']} MB in {verification['ptx']['file']}")
    runtime = stats.get("runtime_check", {"failures": []})
    if run_sample:
        typer.echo(f"runtime: {runtime['passed']} of {runtime['kernels']} kernels ran clean")
    if not verification["all_passed"] or runtime["failures"]:
        raise typer.Exit(code=1)


@app.command()
def sample(
    n: Annotated[int, typer.Option("-n", min=1, help="How many kernels to show.")] = 3,
    seed: Annotated[int, typer.Option(min=0, help="Run seed, as for `synth run`.")] = 0,
    device: Annotated[Device, typer.Option(help="Which generated code to show.")] = Device.both,
    weights: WeightsOption = None,
    write: Annotated[
        Optional[Path], typer.Option("--write", help="Instead, write at most N records picked from --dataset into this folder.", file_okay=False)
    ] = None,
    dataset: Annotated[Path, typer.Option(help="Dataset folder to pick --write samples from.", file_okay=False)] = DEFAULT_OUT,
) -> None:
    """Print N rendered kernels with the code Warp generates for them, for a person to read.

    With --write, keep a small sample of a dataset instead: up to N records spread over the
    families and both devices (samples.jsonl, plus .py/.cpp/.cu files to read).
    """
    import orjson

    from warp_synth.synth.pipeline import Rejected, build_in_worker

    if write is not None:
        from warp_synth.synth.samples import write_samples

        try:
            count = write_samples(dataset, write, n)
        except SynthError as error:
            _fail(error)
        typer.echo(f"wrote {count} records to {write}")
        return
    try:
        for index, built in enumerate(build_in_worker(device.devices, seed, range(n), weights)):
            typer.secho(f"# kernel {index} (seed {seed})", bold=True)
            if isinstance(built, Rejected):
                typer.echo(built.source)
                typer.secho(f"# rejected by Warp: {built.error}", fg=typer.colors.YELLOW)
                continue
            for dev, line in built.lines.items():
                record = orjson.loads(line)
                if dev == device.devices[0]:
                    typer.echo(f"# family: {record['family']}  features: {', '.join(record['features'])}")
                    typer.echo(record["python_source"])
                typer.secho(f"// ---- generated {dev} code (preamble {record['preamble']} omitted) ----", bold=True)
                typer.echo(record["code"])
    except GrammarError as error:
        _fail(error)


@app.command()
def grammar(
    weights: WeightsOption = None,
    dump_weights_to: Annotated[
        Optional[Path], typer.Option("--dump-weights", help="Write the weights to this file (edit it, pass it back with --weights).", dir_okay=False)
    ] = None,
    stats: Annotated[Path, typer.Option(help="dataset_stats.json of the run whose usage to show.")] = DEFAULT_OUT / "dataset_stats.json",
) -> None:
    """List the templates: weight, what each needs and produces, and how often the last run used it."""
    import orjson

    from warp_synth.templates import load_grammar

    try:
        loaded = load_grammar(weights)
    except GrammarError as error:
        _fail(error)
    if dump_weights_to is not None:
        dump_weights_to.write_text(dump_weights(loaded), encoding="utf-8")
        typer.echo(f"wrote {len(loaded.productions)} weights to {dump_weights_to}")
        return
    used = {}
    if stats.exists():
        used = orjson.loads(stats.read_bytes()).get("productions", {})
    typer.echo(f"{'template':32} {'weight':>6} {'used':>8}  needs -> produces")
    for name, production in loaded.productions.items():
        needs = ", ".join(f"{k}: {v}" for k, v in {**production.needs, **production.params, **production.scope}.items())
        produces = production.produces or (production.family and f"family {production.family}") or "-"
        typer.echo(f"{name:32} {production.weight:>6g} {used.get(name, '-')!s:>8}  ({needs}) -> {produces}")


class ExportFormat(str, Enum):
    parquet = "parquet"


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="Output format.")] = ExportFormat.parquet,
    dataset: Annotated[Path, typer.Option(help="Dataset folder written by `synth run`.", file_okay=False)] = DEFAULT_OUT,
    out: Annotated[Path, typer.Option(help="Folder for the shards.", file_okay=False)] = Path("data/parquet"),
    max_shard_mb: Annotated[float, typer.Option(min=1, help="Largest shard, in MB of JSON rows.")] = 500.0,
) -> None:
    """Export the datasets to Parquet shards with the same rows and columns."""
    from warp_synth.synth.export import export_parquet

    try:
        shards = export_parquet(dataset, out, max_shard_mb)
    except SynthError as error:
        _fail(error)
    for shard in shards:
        typer.echo(f"wrote {shard}")


@app.command()
def report(
    stats: Annotated[Path, typer.Option(help="dataset_stats.json of the run to report on.", exists=True, dir_okay=False)] = DEFAULT_OUT / "dataset_stats.json",
    out: Annotated[Path, typer.Option(help="Where to write the report.", dir_okay=False)] = Path("REPORT.md"),
    charts: Annotated[Path, typer.Option(help="Folder for the report's SVG charts.", file_okay=False)] = Path("data/charts"),
) -> None:
    """Regenerate REPORT.md, its charts and the dataset card from a run's dataset_stats.json."""
    from warp_synth.synth.report import write_report

    try:
        write_report(stats, out, charts)
    except SynthError as error:
        _fail(error)
    typer.echo(f"wrote {out} and charts in {charts}")


def main() -> None:  # pragma: no cover - console entry point
    app()
