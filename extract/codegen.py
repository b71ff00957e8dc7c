"""Load a kernel module from a string and generate its C++ and CUDA from one Warp build.

This module is the only place that touches Warp internals (``warp._src``). Every
use of them sits in the functions below, so a Warp upgrade is one file to check.
"""

from __future__ import annotations

import functools
import linecache
import os
import re
import threading
from dataclasses import dataclass

from warp_synth.extract.launch import DEFAULT_ARCH, Launch, build, calls_mathdx, switch_mathdx, uses_tiles

DEVICES = ("cpu", "cuda")
_init_lock = threading.Lock()
_initialized = False


class CodegenError(Exception):
    """Warp refused the kernel; ``reason`` is a short category for the stats."""

    def __init__(self, reason: str, message: str):
        self.reason = reason
        self.message = message
        super().__init__(f"{reason}: {message}")


def init_warp() -> None:
    """Initialise Warp once per process, quietly (no GPU needed to generate CUDA)."""
    global _initialized
    with _init_lock:
        if _initialized:
            return
        import warp

        warp.config.log_level = warp.LOG_WARNING  # no start-up banner on stdout: it carries results
        warp.init()
        _cache_builtin_overloads()
        _initialized = True


_RESOLUTION_CACHE_LIMIT = 100_000


def _cache_builtin_overloads() -> None:
    """Memoise Warp's overload resolution for builtin calls.

    Warp resolves every builtin call by trying each overload's signature in turn, about a
    third of its build time here. The answer depends only on the builtin and the argument
    types, so it is cached for calls whose argument types are Warp's value types (never a
    module's arrays or structs, which would keep that module alive). The generated code is unchanged:
    tests compare it with Warp's unpatched output.
    """
    from warp._src import codegen, context, types

    original = codegen.Adjoint.resolve_func
    cache: dict = {}

    def plain(arg_type) -> bool:
        # Array types, structs and functions are made anew by every module: as cache keys
        # they would keep each module alive and grow the cache with every kernel.
        arg_type = types.strip_reference(arg_type)
        unique_to_module = (codegen.Struct, context.Function, list, tuple)
        return not (types.is_array(arg_type) or isinstance(arg_type, unique_to_module))

    def resolve_func(adj, func, arg_types, kwarg_types, min_outputs):
        if not func.is_builtin() or not all(map(plain, (*arg_types, *kwarg_types.values()))):
            return original(adj, func, arg_types, kwarg_types, min_outputs)
        try:
            key = (func, tuple(arg_types), tuple(kwarg_types.items()), min_outputs)
            found = cache.get(key)
        except TypeError:  # an unhashable argument type: resolve as Warp does
            return original(adj, func, arg_types, kwarg_types, min_outputs)
        if found is None:
            if len(cache) >= _RESOLUTION_CACHE_LIMIT:
                cache.clear()
            found = cache[key] = original(adj, func, arg_types, kwarg_types, min_outputs)
        return found

    resolve_func.unpatched = original
    codegen.Adjoint.resolve_func = resolve_func


def warp_version() -> str:
    import warp

    return warp.__version__


def warp_builtin_names() -> list[str]:
    """Every builtin a kernel can call: Warp's registry without the entries all of whose
    overloads Warp marks hidden (operator internals, ``*_inplace``, ``assign``, casts)."""
    from warp._src import context

    def public(entry) -> bool:
        return any(not overload.hidden for overload in getattr(entry, "overloads", [entry]))

    return sorted(name for name, entry in context.builtin_functions.items() if public(entry))


def warp_builtin_registry() -> tuple[frozenset[str], dict]:
    """Every name in Warp's builtin registry (hidden ones too), and the table of Python operators
    to the builtins Warp compiles them to."""
    from warp._src.codegen import builtin_operators
    from warp._src.context import builtin_functions

    return frozenset(builtin_functions), dict(builtin_operators)


@dataclass(frozen=True)
class GeneratedKernel:
    """One kernel of a generated module: its Python name, the line defining it, Warp's symbol for
    it, and per device the spans of its parts in the module's code (``KERNEL_SECTION_NAMES``)."""

    name: str
    line: int
    symbol: str
    sections: dict[str, dict[str, list[int]]]


@dataclass(frozen=True)
class Generated:
    """What Warp generated for one module: per device, the preamble and the code after it, the
    spans of the module's parts (``MODULE_SECTION_NAMES``), and how it was built
    (``extract.launch.build``'s label); and its kernels, in source order."""

    kernels: list[GeneratedKernel]
    preamble: dict[str, str]
    code: dict[str, str]
    sections: dict[str, dict[str, list[int]]]
    build: dict[str, dict]

    def full(self, device: str) -> str:
        return self.preamble[device] + self.code[device]


def _preamble_candidates(device: str, block_dim: int) -> list[str]:
    """The texts Warp prepends to every module (with and without the bfloat16 opt-out)."""
    from warp._src import codegen

    header = codegen.cpu_module_header if device == "cpu" else codegen.cuda_module_header
    common = header.format(block_dim=block_dim) + codegen.codegen_cast_macros
    return ["#define WP_NO_BFLOAT16\n" + common, common]


def _split_preamble(source: str, device: str, block_dim: int) -> tuple[str, str]:
    for preamble in _preamble_candidates(device, block_dim):
        if source.startswith(preamble):
            return preamble, source[len(preamble) :]
    raise CodegenError("preamble_changed", f"{device} output does not start with Warp's module preamble")


def error_reason(error: BaseException) -> str:
    """A short, stable category for a Warp error (the stats count rejects by it)."""
    name = type(error).__name__
    text = str(error).lower()
    for key, words in (
        ("type_mismatch", ("type", "mismatch", "expected")),
        ("no_overload", ("overload", "could not find function", "no function")),
        ("undefined_name", ("not defined", "undefined", "unknown")),
    ):
        if any(word in text for word in words):
            return key
    return name


def generate(
    source: str, module_name: str, filename: str, devices: tuple[str, ...] = DEVICES, tiled: str | None = None,
    arch: int = DEFAULT_ARCH, mathdx: bool = False,
) -> Generated:
    """Exec ``source`` as a module and generate its kernels' code for each device as Warp builds
    it for their launch (every kernel of a module is launched alike): ``wp.launch``, or with ``tiled`` (the module constant holding the
    block size) ``wp.launch_tiled(..., block_dim=<that constant>)``; CUDA for sm_``arch``, with
    NVIDIA's MathDx routines where ``mathdx`` lets Warp use them (``extract.launch``).

    Warp reads kernel source through ``linecache``, so the text is registered there
    under ``filename`` for the build and removed afterwards, with the module itself:
    Warp keeps every module registered, and a long run would otherwise grow.
    """
    init_warp()
    from warp._src import context

    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    # Warp numbers @wp.func symbols with a process-wide counter per name (deflect_0, deflect_1...).
    # Resetting it makes each module's code what a fresh process would generate for it,
    # whatever this process built before: the same bytes for any worker count.
    context.function_key_counts.clear()
    try:
        namespace = {"__name__": module_name}
        try:
            # dont_inherit: this file's `from __future__ import annotations` must not turn the
            # kernel's annotations into strings, which Warp can't resolve for structs.
            exec(compile(source, filename, "exec", dont_inherit=True), namespace)
        except SyntaxError:
            raise  # a template bug, not a Warp reject: the caller blames the template
        except Exception as error:  # Warp validates decorators and annotations at load time
            raise CodegenError(error_reason(error), f"{type(error).__name__}: {error}") from None
        module = context.user_modules.get(module_name)
        kernels = list(module.kernels.values()) if module is not None else []
        if not kernels:
            raise CodegenError("kernel_count", "the module defines no @wp.kernel")
        launch = Launch(_block_dim(namespace, tiled), tiled is not None, arch, mathdx)
        return generate_loaded(module, kernels, source, devices, launch)
    finally:
        forget_module(module_name, filename)


def generate_loaded(module, kernels: list, source: str, devices: tuple[str, ...], launch: Launch) -> Generated:
    """The code of the loaded ``module`` (its Python ``source``), which defines ``kernels``, for
    each device as Warp builds it for ``launch``: its preamble split off and its parts found."""
    switch_mathdx(module, launch)
    try:
        built = build(module, devices, launch, calls_mathdx(source), uses_tiles(source))
    except Exception as error:
        raise CodegenError(error_reason(error), f"{type(error).__name__}: {error}") from None
    kernels = sorted(kernels, key=lambda kernel: kernel.func.__code__.co_firstlineno)
    symbols = [kernel.get_mangled_name() for kernel in kernels]
    preamble, code, sections, per_kernel = {}, {}, {}, {}
    for device, (text, label) in built.items():
        preamble[device], code[device] = _split_preamble(portable_paths(text), device, label["block_dim"])
        emitted = set(re.findall(rf"\b(\w+)_{device}_kernel_forward\(", code[device]))
        if emitted != set(symbols):  # a factory called twice: one name, two kernels, and the module knows one
            raise CodegenError("kernel_count", f"Warp built {len(emitted)} kernels for {device} where the module names {len(symbols)}: {', '.join(sorted(emitted - set(symbols)))} has no name of its own")
        sections[device], per_kernel[device] = generated_sections(code[device], device, symbols)
    return Generated(
        [
            GeneratedKernel(kernel.func.__name__, kernel.func.__code__.co_firstlineno, symbol, {device: per_kernel[device][symbol] for device in built})
            for kernel, symbol in zip(kernels, symbols)
        ],
        preamble, code, sections, {device: label for device, (_, label) in built.items()},
    )  # fmt: skip


def _block_dim(namespace: dict, tiled: str | None) -> int | None:
    """The block size a tiled launch passes: the module constant ``tiled`` names."""
    if tiled is None:
        return None
    value = namespace.get(tiled)
    if type(value) is not int or value <= 0:
        raise CodegenError("launch", f"a tiled launch takes its block size from {tiled}, which the module does not set to an integer > 0")
    return value


def portable_paths(text: str) -> str:
    """``text`` with source locations into this machine's Warp install made relative.

    Warp heads each function it generates from Python with ``// <file>:<line>``; for Warp's
    own helpers (``wp.quat_twist_angle``...) that is an absolute path into site-packages.
    Relative (``// warp/_src/math.py:172``), the code is the same bytes on every machine.
    """
    return text.replace(f"// {_warp_site_packages()}{os.sep}", "// ")


@functools.cache
def _warp_site_packages() -> str:
    import warp

    return os.path.dirname(os.path.dirname(os.path.abspath(warp.__file__)))


def forget_module(module_name: str, filename: str) -> None:
    """Drop every reference Warp keeps to a loaded module, so a long run stays flat: its
    registry entry, its source in linecache, and its place among the dependents of the
    modules it calls into (``warp.math`` helpers such as ``wp.norm_l1`` register one)."""
    from warp._src import context

    module = context.user_modules.pop(module_name, None)
    if module is not None:
        module._detach_references()
    linecache.cache.pop(filename, None)


_FUNCTION_ORIGIN = re.compile(r"^// .+\.py:\d+$", re.MULTILINE)


def generated_sections(code: str, device: str, symbols: list[str]) -> tuple[dict[str, list[int]], dict[str, dict[str, list[int]]]]:
    """Character spans of the parts of a module's ``code``, which defines the kernels ``symbols``:
    the module's structs, functions and kernels; and within the kernels' span, each kernel's
    forward, backward and entry points.

    The module's spans tile ``code`` in order, and each kernel's spans tile that kernel's block
    (Warp emits one block per kernel, one after the other); a part missing is an empty span.
    Each boundary is the start of the paragraph (blank-line separated) holding Warp's own symbol
    for that part, so the split follows what Warp emits, not a guess."""
    head = (lambda symbol: f"struct wp_args_{symbol} {{") if device == "cpu" else (lambda symbol: f"{symbol}_cuda_kernel_forward(")
    starts = {symbol: _paragraph_start(code, head(symbol)) for symbol in symbols}
    if min(starts.values()) < 0:
        missing = next(symbol for symbol, start in starts.items() if start < 0)
        raise CodegenError("sections", f"{device} output has no kernel {missing}")
    ordered = sorted(starts, key=starts.get)
    ends = {symbol: starts[after] for symbol, after in zip(ordered, ordered[1:])} | {ordered[-1]: len(code)}
    first = starts[ordered[0]]
    origin = _FUNCTION_ORIGIN.search(code, 0, first)  # Warp heads each @wp.func it emits with its file:line
    functions = origin.start() if origin else first
    module = {"structs": [0, functions], "functions": [functions, first], "kernels": [first, len(code)]}
    return module, {symbol: _kernel_sections(code, device, symbol, starts[symbol], ends[symbol]) for symbol in symbols}


def _kernel_sections(code: str, device: str, symbol: str, start: int, end: int) -> dict[str, list[int]]:
    """The spans of one kernel's block ``code[start:end]``: forward, backward, entry points."""
    backward = _paragraph_start(code, f"{symbol}_{device}_kernel_backward(", start, end)
    entry = end
    if device == "cpu":  # the entry points' paragraph follows the last kernel: the backward one, or the forward one of a kernel built without
        last = backward if backward >= 0 else code.find(f"{symbol}_cpu_kernel_forward(", start, end)
        closing = code.find("\n}\n", last, end)
        entry = end - len(code[closing + 3 : end].lstrip("\n")) if closing >= 0 else end
    if backward < 0:  # enable_backward=False: no backward kernel
        backward = entry
    return {"forward": [start, backward], "backward": [backward, entry], "entry_points": [entry, end]}


def _paragraph_start(code: str, anchor: str, start: int = 0, end: int | None = None) -> int:
    at = code.find(anchor, start, len(code) if end is None else end)
    if at < 0:
        return -1
    blank = code.rfind("\n\n", start, at)
    return blank + 2 if blank >= 0 else start
