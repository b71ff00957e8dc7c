"""Records made or damaged by hand, as the schema check at the door still accepts them: a
defect planted in a record's code keeps its section spans tiling the code, and a hand-written
kernel becomes a whole record whose id is its source's hash."""

from __future__ import annotations

from warp_synth.extract import KERNEL_SECTION_NAMES, MODULE_SECTION_NAMES, content_id
from warp_synth.synth.dataset.schema import NOT_RUN, UNVERIFIED
from warp_synth.synth.dataset.tokens import count_tokens


def plant(record: dict, old: str, new: str) -> dict:
    """``record`` with the first ``old`` in its code replaced by ``new`` (``old=""``: prepended),
    its module's and kernels' section spans moved to still tile the code."""
    code = record["code"]
    at = code.index(old) if old else 0
    shift = len(new) - len(old)
    moved = lambda spans: {name: [start + shift if start > at else start, end + shift if end > at else end] for name, (start, end) in spans.items()}  # noqa: E731
    kernels = [{**kernel, "sections": moved(kernel["sections"])} for kernel in record["kernels"]]
    return {**record, "code": code[:at] + new + code[at + len(old) :], "sections": moved(record["sections"]), "kernels": kernels}


def record_of(source: str, name: str, seed: int = 99, family: str = "elementwise_math", device: str = "cpu") -> dict:
    """A whole dataset record for a hand-written kernel module (no generated code): unverified, not run."""
    return {
        "id": content_id(source), "family": family, "template": f"kernel/hand/{name}", "split": "train",
        "features": [], "seed": seed, "warp_version": "1.19.0", "python_source": source, "adjoint_caveats": [], "device": device,
        "code": "", "preamble": f"preamble_{device}_0.h", "sections": {section: [0, 0] for section in MODULE_SECTION_NAMES},
        "kernels": [{"name": name, "template": f"kernel/hand/{name}", "family": family, "symbol": f"{name}_00000000", "sections": {section: [0, 0] for section in KERNEL_SECTION_NAMES}}],
        "build": {
            "launch": "wp.launch", "launch_block_dim": None, "block_dim": 1, "target": "cpu", "mathdx": "none", "mode": "release",
            "enable_backward": True, "max_unroll": 16, "fast_math": False, "fuse_fp": True, "lineinfo": False, "line_directives": True,
            "default_grid_stride": True, "strip_hash": False, "verify_fp": False, "enable_vector_component_overwrites": False,
            "enable_tiles_in_stack_memory": True, "enable_mathdx_gemm": False, "enable_mathdx_fft": False, "enable_mathdx_solver": False,
        },
        "verified": UNVERIFIED, "tokens": {"python_source": count_tokens(source), "code": 0}, "runtime": NOT_RUN,
    }  # fmt: skip
