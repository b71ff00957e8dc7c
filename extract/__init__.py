"""Stage 3: everything that touches Warp. Load a kernel from a string, build it once,
generate C++ and CUDA from that one build, split off Warp's shared preamble, and
reassemble a record back into Warp's exact output."""

from warp_synth.extract.codegen import DEVICES, CodegenError, Generated, GeneratedKernel, generate, init_warp, warp_builtin_names, warp_builtin_registry, warp_version
from warp_synth.extract.records import KERNEL_SECTION_NAMES, MODULE_SECTION_NAMES, SECTION_NAMES, content_id, kernel_views, preamble_filename, reassemble, section

__all__ = [
    "DEVICES",
    "KERNEL_SECTION_NAMES",
    "MODULE_SECTION_NAMES",
    "SECTION_NAMES",
    "CodegenError",
    "Generated",
    "GeneratedKernel",
    "content_id",
    "generate",
    "init_warp",
    "kernel_views",
    "preamble_filename",
    "reassemble",
    "section",
    "warp_builtin_names",
    "warp_builtin_registry",
    "warp_version",
]
