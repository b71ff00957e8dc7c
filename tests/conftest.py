"""Shared fixtures and the Hypothesis profiles (HYPOTHESIS_PROFILE=thorough for a longer hunt)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

# CI: few examples, the same ones every run, reported as found (a seed does not shrink, and
# shrinking a budget rebuilds kernels for minutes). `thorough` draws fresh ones and shrinks;
# bench/bench_properties.py runs the properties with fresh seeds and as many examples as asked.
settings.register_profile(
    "ci",
    max_examples=3,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def synth(capsys):
    """Run the synth command in this process; returns (exit code, stdout, stderr)."""
    from warp_synth.synth.cli import main

    def invoke(*args) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as exit:
            main([str(arg) for arg in args])
        out, err = capsys.readouterr()
        return exit.value.code, out, err

    return invoke


@pytest.fixture
def offline_hf(tmp_path, monkeypatch):
    """`datasets` reads and caches only under tmp_path, never the network."""
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def grammar():
    from warp_synth.grammar.shipped import load_grammar

    return load_grammar()


@pytest.fixture(scope="session")
def renderer(grammar):
    from warp_synth.synth.generate.render import Renderer

    return Renderer(grammar)


SMALL_RUN_MB = 0.3


@pytest.fixture(scope="session")
def small_run(tmp_path_factory) -> Path:
    """A small finished run (seed 0, SMALL_RUN_MB a device, one worker), never changed: tests that
    damage a run take ``small_run_copy``."""
    from warp_synth.synth.run.job import RunConfig, run

    out = tmp_path_factory.mktemp("small_run")
    run(RunConfig(out=out, target_mb=SMALL_RUN_MB, seed=0, workers=1))
    return out


SPLIT_RUN_SEED = 11  # a small run with modules in every split (13, 3 and 5 of them)
SPLIT_RUN_MB = 0.6  # modules are several kernels each: a held-out split needs a few of them


@pytest.fixture(scope="session")
def split_run(tmp_path_factory) -> Path:
    """A small finished run (seed SPLIT_RUN_SEED, SPLIT_RUN_MB a device, one worker) with records in
    train, validation and test; never changed."""
    from warp_synth.synth.dataset.layout import DatasetLayout, count_lines
    from warp_synth.synth.dataset.splits import SPLITS
    from warp_synth.synth.run.job import RunConfig, run

    out = tmp_path_factory.mktemp("split_run")
    run(RunConfig(out=out, target_mb=SPLIT_RUN_MB, seed=SPLIT_RUN_SEED, workers=1))
    assert all(DatasetLayout(out).split_files(split) and count_lines(DatasetLayout(out).code("cpu", split)) for split in SPLITS)
    return out


@pytest.fixture
def small_run_copy(small_run, tmp_path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(small_run, copy)
    return copy


@pytest.fixture
def template_copy(tmp_path) -> Path:
    """A writable copy of the shipped templates, to break on purpose."""
    from warp_synth.grammar.shipped import template_root

    root = tmp_path / "templates"
    shutil.copytree(template_root(), root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root
