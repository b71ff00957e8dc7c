"""Production Warp code: the figures our kernels are held to (issue 19).

Warp's examples and tests are tutorial and compiler-test code. What our users' models meet is
application code, so the realism targets are set against figures of ten public Warp
application projects in robotics, simulation, graphics and ML, about 2,000 kernels, as
published in issue 19. Two figures it gives only as ratios (half/double precision and
``sin``/``cos``, ours 6x and 8-10x as common) are filled in from two of those projects, newton
1.8.0 and mujoco_warp 4.0.0 (2,075 kernels, tests and examples left out), measured with these
very definitions; so is the share of trivial kernels.

``measured_production(folder)`` measures a folder of application code instead
(``synth realism --production FOLDER``): every ``.py`` file under it, tests and examples left
out, read as text like Warp's own (never imported or run).
"""

from __future__ import annotations

from pathlib import Path

from warp_synth.synth.analysis.corpus import functions_in
from warp_synth.synth.analysis.figures import facts_of_module, figures_of
from warp_synth.synth.dataset.errors import SynthError

PUBLISHED_SOURCE = "ten public Warp application projects, about 2,000 kernels"

# The shape of ``figures_of``'s result, holding only what was published.
PUBLISHED = {
    "kernels": 2000,
    "statements": {"median": 11, "p90": 45},
    "branches": 0.62,
    "comparisons": {">=": 0.29},
    "kernels_per_module": {"median": 3},
    "signature_share_2000": 0.81,
    "application": {
        "trivial": 0.1152,  # newton + mujoco_warp
        "guard": 0.34,
        "modulo": 0.11,
        "or": 0.14,
        "loaded_branch": 0.35,
        "gather": 0.45,
        "device_scalar": 0.22,
        "index_arithmetic": 0.11,
        "user_call": 0.36,
        "atomic_add": 0.15,
        "int32_param": 0.32,
        "int32_spelled": 0.35,
        "scalar_float_param": 0.27,
        "ends_scalar_float": 0.03,
        "kernel_options": 0.24,
        "nested": 0.13,
        "enum_constant": 0.11,
        "static_if": 0.05,
        "custom_vector": 0.07,
        "any_generic": 0.05,
        "world_dim": 0.21,
        "no_tid": 0.07,
        "vec2": 0.04,
        "half_or_double": 0.012,  # newton + mujoco_warp
        "trig": 0.0039,  # newton + mujoco_warp
    },
}


def _is_application_file(path: Path) -> bool:
    parts = set(path.parts)
    return not (parts & {"tests", "test", "examples", "test_data"} or path.name.startswith("test_") or path.stem.endswith("_test"))


def measured_production(folder: Path) -> dict:
    """The figures of every kernel in a folder of application code (tests and examples left out)."""
    if not folder.is_dir():
        raise SynthError(f"{folder} is not a folder", hint="pass a folder of Warp application code (.py files)", usage=True)
    modules = []
    for path in sorted(folder.rglob("*.py")):
        if _is_application_file(path.relative_to(folder)):
            functions = functions_in(path.read_text(encoding="utf-8", errors="replace"), "production", str(path))
            if functions:
                modules.append(facts_of_module(functions, whole_module_idioms=False))
    found = figures_of(modules)
    if not found["kernels"]:
        raise SynthError(f"{folder} holds no @wp.kernel outside tests and examples", hint="pass a folder of Warp application code", usage=True)
    return found
