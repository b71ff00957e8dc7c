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


@pytest.fixture(scope="session")
def grammar():
    from warp_synth.templates import load_grammar

    return load_grammar()


@pytest.fixture(scope="session")
def renderer(grammar):
    from warp_synth.templates import Renderer

    return Renderer(grammar)


@pytest.fixture
def template_copy(tmp_path) -> Path:
    """A writable copy of the shipped templates, to break on purpose."""
    from warp_synth.templates import template_root

    root = tmp_path / "templates"
    shutil.copytree(template_root(), root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root
