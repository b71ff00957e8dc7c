"""The synth command's conventions: each error is one line with exit code 2 (usage) or 1 (runtime
failure) and no traceback; stdout carries results only; --version; NO_COLOR; progress lines when
stderr is not a terminal; `sample` shows each kernel's own seed."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import warp_synth.grammar.source
from warp_synth.extract import warp_version
from warp_synth.grammar import kernel_seed
from warp_synth.synth.cli import CORES
from warp_synth.synth.run.progress import CompileProgressDisplay
from warp_synth.synth.generate.pipeline import KernelFactory
from warp_synth.grammar.shipped import load_grammar

SYNTH = [sys.executable, "-m", "warp_synth.synth"]


@pytest.fixture
def templates(template_copy, monkeypatch) -> Path:
    """The command's templates are a writable copy, to break on purpose."""
    monkeypatch.setattr(warp_synth.grammar.source, "SHIPPED_TEMPLATES", template_copy)
    return template_copy


def error_line(err: str) -> str:
    """The one line a failure prints: ``error: ...``, and no traceback."""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in err, err
    return lines[0]


def no_output(out: Path) -> bool:
    return not any(out.glob("*.jsonl")) and not (out / ".run_state.json").exists()


@pytest.mark.parametrize(
    "args, named",
    [
        ("run --target-mb inf", "--target-mb': inf"),
        ("run --target-mb 1e400", "--target-mb': inf"),
        ("run --target-mb nan", "--target-mb': nan"),
        ("run --target-mb 0", "--target-mb': 0.0"),
        (f"run --workers {CORES + 1}", f"--workers': {CORES + 1} is not in 1..{CORES}"),
        ("run --workers 0", "--workers': 0"),
        (f"run --seed {2**64}", f"--seed': {2**64} is not in 0..2**53-1"),
        ("run --seed -1", "--seed': -1"),
        ("run --device gpu", "--device': Value error, 'gpu'"),
        (f"sample --seed {2**53}", f"--seed': {2**53}"),
        ("export --max-shard-mb inf", "--max-shard-mb': inf"),
    ],
)
def test_bad_flag_value_is_one_line_and_exit_2_before_any_file(synth, tmp_path, args, named):
    out = tmp_path / "out"
    extra = ["--out", str(out)] if args.split()[0] in ("run", "export") else []
    code, stdout, err = synth(*args.split(), *extra)
    assert code == 2 and named in error_line(err) and not stdout
    assert not out.exists()


@pytest.mark.parametrize(
    "text, named",
    [
        (b'[weights]\n"stmt/physics/spring_to_anchor" = nan\n', "weight of 'stmt/physics/spring_to_anchor' must be a finite number >= 0, got nan"),
        (b'[weights]\n"expr/physics/drag_force" = inf\n', "weight of 'expr/physics/drag_force' must be a finite number >= 0, got inf"),
        (b'[weights]\n"kernel/particles" = 0\n', None),  # all kernels 0: written below
        (b'[weights]\n"stmt/physics/spring_to_anchor" = 1.0 # \xe9\n', "not UTF-8"),
    ],
)
def test_bad_weights_file_is_named_before_any_file(synth, grammar, tmp_path, text, named):
    weights = tmp_path / "weights.toml"
    if named is None:
        text = b"[weights]\n" + b"".join(f'"{p.name}" = 0\n'.encode() for p in grammar.of_kind("kernel"))
        named = "every kernel template has weight 0"
    weights.write_bytes(text)
    out = tmp_path / "out"
    code, _, err = synth("run", "--weights", str(weights), "--workers", "1", "--out", str(out))
    line = error_line(err)
    assert code == 2 and str(weights) in line and named in line
    assert no_output(out)


EXPR_HEADER = '{#\nproduces = "float32"\n[needs]\na = "float32"\n#}\n'


@pytest.mark.parametrize(
    "body, named",
    [
        (b"{{ a + }}\n", "does not parse"),
        (b"{{ a }} + {{ b }}\n", "which its header does not declare"),
        (b"{{ a }} +* 2.0\n", "renders invalid Python"),
        (b"{{ a }} * 2.0 # \xe9\n", "not UTF-8"),
    ],
)
@pytest.mark.slow
def test_grammar_fails_on_a_broken_template_instead_of_listing(synth, templates, body, named):
    broken = templates / "expr" / "broken.j2"
    broken.write_bytes(EXPR_HEADER.encode() + body)
    code, stdout, err = synth("grammar")
    line = error_line(err)
    assert code == 2 and f"{broken}:6" in line and named in line and not stdout


def test_grammar_lint_names_what_loading_allows_but_is_a_mistake(synth, templates):
    code, stdout, err = synth("grammar", "--lint")
    assert code == 0 and not stdout and err.startswith("0 finding(s)")
    unused = templates / "expr" / "unused_slot.j2"
    unused.write_text('{#\nproduces = "float32:distance"\n[needs]\na = "float32:distance"\nb = "float32:distance"\n#}\n{{ a }} * 2.0\n')
    unreachable = templates / "expr" / "never_needed.j2"
    unreachable.write_text('{#\nproduces = "mat44:index"\n[needs]\na = "mat44"\n#}\n{{ a }} * 2.0\n')
    kernel = templates / "kernel" / "particles" / "integrate_particles.j2"
    undocumented = kernel.with_name("undocumented.j2")
    undocumented.write_text("".join(line for line in kernel.read_text().splitlines(True) if not line.startswith("docs =")))
    code, stdout, err = synth("grammar", "--lint")
    assert code == 1 and err.startswith("3 finding(s)")
    assert f"{unused}: [needs] b is declared but the template never uses it" in stdout
    assert f"{unreachable}: no kernel can reach expr/never_needed" in stdout
    assert f"{undocumented}: no docs" in stdout


@pytest.mark.slow
def test_run_blames_an_expression_template_before_creating_files(synth, templates, tmp_path):
    broken = templates / "expr" / "broken.j2"
    broken.write_text('{#\nweight = 1000.0\nproduces = "float32"\n[needs]\na = "float32"\n#}\nwp.abs({{ a }}) +* 2.0\n')
    out = tmp_path / "out"
    code, _, err = synth("run", "--workers", "1", "--out", str(out))
    assert code == 2 and f"{broken}:7: renders invalid Python" in error_line(err)
    assert no_output(out)


@pytest.mark.parametrize("command", ["report", "grammar"])
@pytest.mark.slow
def test_corrupt_stats_file_is_named_with_exit_1(synth, tmp_path, command):
    stats = tmp_path / "dataset_stats.json"
    stats.write_text('{\n  "records": 12,\n  "families": {"par')
    report = tmp_path / "REPORT.md"
    args = ["--out", str(report), "--charts", str(tmp_path / "charts")] if command == "report" else []
    code, stdout, err = synth(command, "--stats", str(stats), *args)
    assert code == 1 and f"{stats}:3: the stats are not valid JSON" in error_line(err) and not stdout
    assert not report.exists()


def test_stats_lacking_figures_write_no_report(synth, tmp_path):
    stats = tmp_path / "dataset_stats.json"
    stats.write_text('{"records": 12}')
    report, charts = tmp_path / "REPORT.md", tmp_path / "charts"
    code, _, err = synth("report", "--stats", str(stats), "--out", str(report), "--charts", str(charts))
    assert code == 1 and f"{stats}: not the stats of a finished `synth run`" in error_line(err)
    assert not report.exists() and not charts.exists() and not (tmp_path / "README.md").exists()


def test_dump_weights_into_a_missing_folder_is_named(synth, tmp_path):
    target = tmp_path / "missing" / "weights.toml"
    code, _, err = synth("grammar", "--dump-weights", str(target))
    assert code == 2 and f"folder {target.parent} does not exist" in error_line(err)


def test_version_names_ours_and_warps(synth):
    code, out, _ = synth("--version")
    assert code == 0 and out == f"warp-synth {version('warp-synth')} (Warp {warp_version()})\n"


def test_bare_synth_shows_what_it_can_do(synth):
    code, out, _ = synth()
    assert code == 2 and "Usage: synth" in out and "sample" in out


@pytest.mark.slow
def test_python_m_behaves_like_the_console_script(tmp_path):
    script = Path(sys.executable).with_name("synth")
    for args in (["--version"], ["grammar", "--dump-weights", str(tmp_path / "missing" / "w.toml")]):
        by_module = subprocess.run([*SYNTH, *args], capture_output=True, text=True, timeout=120)
        by_script = subprocess.run([str(script), *args], capture_output=True, text=True, timeout=120)
        assert (by_module.returncode, by_module.stdout, by_module.stderr) == (
            by_script.returncode,
            by_script.stdout,
            by_script.stderr,
        )


@pytest.mark.slow
def test_sample_keeps_stdout_for_modules_and_shows_each_modules_seed(grammar):
    result = subprocess.run([*SYNTH, "sample", "-n", "2", "--seed", "5", "--device", "cpu"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"# module 0 (seed {kernel_seed(5, 0)})\n")
    assert f"# module 1 (seed {kernel_seed(5, 1)})\n" in result.stdout
    assert "initialized" not in result.stdout  # Warp's start-up banner
    shown = KernelFactory(grammar, ("cpu",)).draw_module(kernel_seed(5, 1)).as_wanted().module.source
    assert shown in result.stdout  # the shown seed draws the shown module


def test_no_color_is_honoured_on_a_terminal(tmp_path):
    def stderr_on_a_terminal(env: dict) -> bytes:
        leader, follower = pty.openpty()
        args = ["grammar", "--dump-weights", str(tmp_path / "missing" / "w.toml")]
        subprocess.run([*SYNTH, *args], stdout=subprocess.DEVNULL, stderr=follower, env=env, timeout=120)
        os.close(follower)
        data = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the terminal's other side is closed and drained
                break
            if not chunk:
                break
            data += chunk
        os.close(leader)
        return data

    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert b"\x1b[" in stderr_on_a_terminal(env)
    plain = stderr_on_a_terminal({**env, "NO_COLOR": "1"})
    assert b"error: " in plain and b"\x1b[" not in plain


@pytest.mark.slow
def test_run_prints_progress_lines_when_stderr_is_not_a_terminal(tmp_path):
    args = ["run", "--no-verify", "--target-mb", "1.5", "--workers", "1", "--out", str(tmp_path)]
    result = subprocess.run([*SYNTH, *args], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^run: cpu [\d.]+ of 1\.5 MB train, cuda [\d.]+ of 1\.5 MB train; \d+ kernels/s; \dm\d\ds elapsed$", result.stderr, re.M)
    assert all(line.startswith((str(tmp_path), "rejects: ")) for line in result.stdout.splitlines())


def test_progress_lines_come_every_interval(capsys):
    with CompileProgressDisplay(terminal=False, interval=3600) as display:
        display.update(1, 10)
        display.update(2, 10)
    assert re.fullmatch(r"compile: 1 of 10 records; [\d.]+ records/s; (about \dm\d\ds left|time left unknown)\n", capsys.readouterr().err)
    with CompileProgressDisplay(terminal=False, interval=0) as display:
        display.update(1, 10)
        display.update(2, 10)
    assert capsys.readouterr().err.count("compile: ") == 2


@pytest.mark.slow
def test_report_that_cannot_be_written_is_named_with_exit_1(synth, tmp_path):
    stats = tmp_path / "dataset_stats.json"
    stats.write_bytes((Path(__file__).parents[1] / "data" / "generated" / "dataset_stats.json").read_bytes())
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    report = tmp_path / "REPORT.md"
    code, _, err = synth("report", "--stats", str(stats), "--out", str(report), "--charts", str(blocker / "charts"))
    assert code == 1 and f"{blocker / 'charts'}: can't write the report" in error_line(err)
    assert not report.exists()
