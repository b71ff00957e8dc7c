"""Stage 3: everything that touches Warp. Load a kernel from a string, build it once,
generate C++ and CUDA from that one build, split off Warp's shared preamble, and
reassemble a record back into Warp's exact output."""

from warp_synth.extract.codegen import DEVICES, CodegenError, Generated, generate, init_warp, warp_builtin_names, warp_builtin_registry, warp_version
from warp_synth.extract.records import SECTION_NAMES, content_id, preamble_filename, reassemble, section

__all__ = [
    "DEVICES",
    "SECTION_NAMES",
    "CodegenError",
    "Generated",
    "content_id",
    "generate",
    "init_warp",
    "preamble_filename",
    "reassemble",
    "section",
    "warp_builtin_names",
    "warp_builtin_registry",
    "warp_version",
]
