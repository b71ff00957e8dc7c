"""Warp's own kernels built as our records are built: the real test set's source (issue 21).

Importing the installed warp-lang's ``warp.examples`` and ``warp.tests`` modules, as Warp's own
test runner does, registers their ``@wp.kernel``s. Each kernel is then built alone, in a
``Module`` of its own with its module's and its own options (``generate_loaded``): Warp's code
for a kernel does not depend on the other kernels of its module, so the code is its slice of
what Warp builds for the whole module (tests/test_real.py checks it), and each kernel's record
holds its own code only, as a synthetic record does.

A kernel's Python side is its own source, after what it uses of its file (``definitions``):
the ``@wp.func``s and ``@wp.struct``s it calls, and the module constants and classes it names,
each before its first use, as a reader needs them to translate it.

Importing a module runs its top-level code, so this runs in a child process of its own, with a
kernel cache and working folder of its own, and only when asked (``synth real``):

    python -m warp_synth.extract.real OUT.jsonl [MODULE ...]

It writes one JSON line per module (``{"module", "file", "outcome", "reason"?}``: imported,
failed, skipped) and per kernel (``{"kernel", "module", "file", "line", "name", "outcome",
"reason"?, "error"?, "python_source"?, "generated"?}``: built or refused).
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import dataclasses
import functools
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unittest
from collections.abc import Iterator
from pathlib import Path

from warp_synth.extract.codegen import CodegenError, error_reason, generate_loaded, init_warp
from warp_synth.extract.launch import Launch

REAL_FOLDERS = ("examples", "tests")
# Modules whose import does work of its own (a benchmark run, a coverage run, a debugger
# session): never imported. Matched as a module name or a package prefix.
SKIPPED = {
    "warp.examples.benchmarks": "a benchmark, which runs or compiles at import",
    "warp.examples.browse": "opens the examples' browser",
    "warp.tests.run_coverage_serial": "runs the whole test suite under coverage at import",
    "warp.tests.walkthrough_debug": "switches Warp to debug mode at import, for a debugger session",
}
IMPORT_FAILED, SKIPPED_OUTCOME, IMPORTED = "failed", "skipped", "imported"
BUILT, REFUSED = "built", "refused"


def warp_root() -> Path:
    """The folder holding the installed ``warp`` package (paths in rows are relative to it)."""
    import warp

    return Path(warp.__file__).resolve().parent.parent


def real_modules(folders: tuple[str, ...] = REAL_FOLDERS) -> list[str]:
    """Every module of the installed ``warp.<folder>`` packages, in name order."""
    root = warp_root()
    names = []
    for folder in folders:
        for path in sorted((root / "warp" / folder).rglob("*.py")):
            if path.name not in ("__init__.py", "__main__.py") and "__pycache__" not in path.parts:
                names.append(".".join(path.relative_to(root).with_suffix("").parts))
    return names


def skipped_because(module: str) -> str | None:
    return next((why for name, why in SKIPPED.items() if module == name or module.startswith(name + ".")), None)


def harvest(modules: list[str], timeout: float = 3600) -> Iterator[dict]:
    """The lines ``python -m warp_synth.extract.real`` writes for ``modules``, run in a child
    (working folder, kernel cache and output of its own; hash seed fixed, as a run's workers)."""
    with tempfile.TemporaryDirectory(prefix="warp_real_") as folder:
        out = Path(folder) / "real.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "warp_synth.extract.real", str(out), *modules], cwd=folder, capture_output=True, text=True, timeout=timeout,
            env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", "WARP_CACHE_PATH": str(Path(folder) / "cache")},
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"harvesting Warp's kernels failed: {done.stderr[-2000:]}")
        with open(out, encoding="utf-8") as lines:
            yield from (json.loads(line) for line in lines)


# -- in the child ------------------------------------------------------------------------------


def _relative(path: str) -> str:
    return Path(path).resolve().relative_to(warp_root()).as_posix()


def _portable(message: str) -> str:
    """An error message with this machine's paths into warp-lang made relative, and cut short."""
    return message.replace(f"{warp_root()}{os.sep}", "")[:1000]


def _is_real_file(path: str | None) -> bool:
    if not path:
        return False
    try:
        parts = Path(_relative(path)).parts
    except ValueError:
        return False
    return len(parts) > 1 and parts[0] == "warp" and parts[1] in REAL_FOLDERS


@functools.cache
def _top_level(path: str) -> dict[str, str]:
    """The source of each module-level assignment and class of a file, by the name it binds."""
    text = Path(path).read_text(encoding="utf-8")
    found = {}
    for node in ast.parse(text).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names = [t.id for target in targets for t in ([target] if isinstance(target, ast.Name) else getattr(target, "elts", [])) if isinstance(t, ast.Name)]
        if isinstance(node, ast.ClassDef):
            names = [node.name]
        for name in names:
            found[name] = ast.get_source_segment(text, node, padded=False)
    return found


def _source(obj) -> str:
    return textwrap.dedent(inspect.getsource(obj)).rstrip() + "\n"


def _names_loaded(text: str) -> list[str]:
    """The names a piece of source loads, in order of first appearance."""
    tree = ast.parse(textwrap.dedent(text))
    return list(dict.fromkeys(node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)))


def _closure(func) -> dict:
    return dict(zip(func.__code__.co_freevars, (cell.cell_contents for cell in func.__closure__ or ())))


_GENERIC_TYPES = {
    "vec_t": "wp.types.vector(length={length}, dtype={scalar})", "mat_t": "wp.types.matrix(shape={shape}, dtype={scalar})",
    "quat_t": "wp.types.quaternion(dtype={scalar})", "transform_t": "wp.types.transformation(dtype={scalar})",
}  # fmt: skip


@functools.cache
def _warp_names() -> dict[int, str]:
    import warp

    found: dict[int, str] = {}
    for name in sorted((name for name, value in vars(warp).items() if inspect.isclass(value)), key=lambda name: (len(name), name)):
        found.setdefault(id(getattr(warp, name)), f"wp.{name}")  # the shortest of a type's names: wp.vec3, not wp.vec3f
    return found


def spelled(value) -> str | None:
    """``value`` as Python that makes it, for a value a kernel closes over or names in an annotation
    (a factory's ``dtype``, ``vec5``, ``n``), or None where it has no short spelling."""
    from warp._src import types

    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    if value in (int, float, bool):
        return value.__name__
    if inspect.isclass(value) and id(value) in _warp_names():
        return _warp_names()[id(value)]
    generic = getattr(value, "_wp_generic_type_str_", None)
    if inspect.isclass(value) and generic in _GENERIC_TYPES:
        scalar = spelled(value._wp_scalar_type_)
        return scalar and _GENERIC_TYPES[generic].format(length=value._length_, shape=tuple(value._shape_), scalar=scalar)
    if types.type_is_vector(type(value)):
        made = spelled(type(value))
        number = int if type(value)._wp_scalar_type_ in types.int_types else float
        return made and f"{made}({', '.join(repr(number(item)) for item in value)})"
    return None


def _annotation_values(func) -> dict:
    """The values of the names a function's parameter annotations use (``x: wp.array[vec5]``):
    evaluated where the function was defined, so neither its globals nor its closure hold them."""
    node = ast.parse(textwrap.dedent(inspect.getsource(func))).body[0]
    found = {}
    for parameter in node.args.args:
        annotation, value = parameter.annotation, func.__annotations__.get(parameter.arg)
        if isinstance(annotation, ast.Subscript) and hasattr(value, "dtype"):  # wp.array[vec5], wp.array2d[float]
            annotation, value = annotation.slice, value.dtype
        elif isinstance(annotation, ast.Call) and hasattr(value, "dtype"):  # wp.array(dtype=vec5)
            annotation = next((k.value for k in annotation.keywords if k.arg == "dtype"), None)
            value = value.dtype
        if isinstance(annotation, ast.Name):
            found[annotation.id] = value
    return found


class ConflictingNames(Exception):
    """What a kernel uses binds one name to two different things (two helpers' ``dtype``s): no
    single module of Python says what Warp built."""


def definitions(func) -> list[str]:
    """What ``func`` uses, each after what it uses in turn: the ``@wp.func``s and ``@wp.struct``s of
    Warp's examples and tests, the module constants and classes they name (and what those name),
    and the values they close over (a kernel factory's ``dtype``), spelled as assignments.
    ``ConflictingNames`` where two of them bind one name differently."""
    from warp._src.codegen import Struct
    from warp._src.context import Function

    placed: dict[object, tuple[str, str]] = {}  # key -> (the name it binds, its source), in dependency order
    visiting: set[object] = set()

    def place(key, name: str, text: str, scope: dict, module: dict, file: str) -> None:
        if key in placed or key in visiting:
            return
        visiting.add(key)
        visit(text, scope, module, file)
        placed[key] = (name, text)

    def alias(name: str, defined: str) -> None:
        """A helper used under another name than it was defined by (``struct_type = MyStruct``)."""
        if name != defined:
            placed.setdefault((name, defined), (name, f"{name} = {defined}\n"))

    def visit(text: str, scope: dict, module: dict, file: str) -> None:
        """Place what ``text`` names: looked up in ``scope``, defined at the top of ``file`` (whose
        globals are ``module``) or spelled."""
        for name in _names_loaded(text):
            value = scope.get(name)
            if value is None or inspect.ismodule(value) or vars(builtins).get(name) is value:
                continue
            if isinstance(value, Function) and getattr(value, "func", None) is not None and _is_real_file(inspect.getsourcefile(value.func)):
                helper = value.func
                place(id(value), helper.__name__, _source(helper), _function_scope(helper), helper.__globals__, inspect.getsourcefile(helper))
                alias(name, helper.__name__)
            elif isinstance(value, Struct) and _is_real_file(inspect.getsourcefile(value.cls)):
                globals_ = vars(sys.modules[value.cls.__module__])
                place(id(value), value.cls.__name__, _struct_source(value), globals_, globals_, inspect.getsourcefile(value.cls))
                alias(name, value.cls.__name__)
            elif module.get(name) is value and name in _top_level(file):
                if not (inspect.isclass(value) and issubclass(value, unittest.TestCase)) and (not callable(value) or inspect.isclass(value)):
                    place((file, name), name, _top_level(file)[name] + "\n", module, module, file)
            elif (made := spelled(value)) is not None:  # a closure's value, or an annotation's
                placed.setdefault((name, made), (name, f"{name} = {made}\n"))

    visit(_source(func), _function_scope(func), func.__globals__, inspect.getsourcefile(func))
    bound: dict[str, object] = {}
    for key, (name, _) in placed.items():
        if bound.setdefault(name, key) != key:
            raise ConflictingNames(f"what the kernel uses binds {name} twice, differently")
    return [text for _, text in placed.values()]


def _struct_source(struct) -> str:
    """A struct's class source; ``inspect`` finds a class by its name, so a file defining two of
    one name gives the first for both: the source's fields must be the struct's."""
    text = _source(struct.cls)
    node = ast.parse(text).body[0]
    fields = [statement.target.id for statement in node.body if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)]
    if fields != list(struct.vars):
        raise ConflictingNames(f"{struct.cls.__name__}'s source is not found: its file defines another class of that name")
    return text


def _function_scope(function) -> dict:
    """The names a function's source can mean: its globals, then the values its parameter
    annotations were made of (a factory's local types, captured at definition), then its closure."""
    scope = dict(function.__globals__)
    for name, value in _annotation_values(function).items():
        if scope.get(name) is not value and name not in vars(builtins):  # float in wp.array[float] means wp.float32 there
            scope[name] = value
    return scope | _closure(function)


def _kernel_line(kernel, module: str) -> dict:
    file = inspect.getsourcefile(kernel.func)
    line = {"kernel": kernel.key, "module": module, "file": _relative(file), "line": inspect.getsourcelines(kernel.func)[1], "name": kernel.func.__name__}
    if kernel.is_generic:
        return line | {"outcome": REFUSED, "reason": "generic_kernel", "error": "a generic kernel: one build per overload, no single code to pair with its source"}
    try:
        source = _joined([*definitions(kernel.func), _kernel_source(kernel)])
        module, alone = _alone(kernel)
        generated = generate_loaded(module, [alone], source, ("cpu", "cuda"), Launch())
    except ConflictingNames as error:
        return line | {"outcome": REFUSED, "reason": "conflicting_names", "error": str(error)}
    except CodegenError as error:
        return line | {"outcome": REFUSED, "reason": error.reason, "error": _portable(error.message)}
    except Exception as error:  # a kernel Warp's own tests expect to fail, a CUDA-only construct...
        return line | {"outcome": REFUSED, "reason": error_reason(error), "error": _portable(f"{type(error).__name__}: {error}")}
    return line | {"outcome": BUILT, "python_source": source, "generated": dataclasses.asdict(generated)}


_DECORATOR_OPTIONS = set(inspect.signature(__import__("warp").kernel).parameters) - {"f", "name", "module", "module_options"}


def _kernel_source(kernel) -> str:
    """A kernel's definition; one made by calling ``wp.Kernel(func, options=...)`` (a factory's)
    is shown as the ``@wp.kernel(...)`` definition it amounts to: its options change its code."""
    text = _source(kernel.func)
    if ast.parse(text).body[0].decorator_list:
        return text
    options = ", ".join(f"{name}={value!r}" for name, value in sorted(kernel.options.items()) if name in _DECORATOR_OPTIONS)
    return f"@wp.kernel{f'({options})' if options else ''}\n{text}"


def _joined(parts: list[str]) -> str:
    """Definitions one after another: a blank line between, none between one-line assignments."""
    text = ""
    for before, part in zip(["", *parts], parts):
        text += "" if not text or (before.count("\n") == 1 and part.count("\n") == 1) else "\n\n"
        text += part
    return text


def _alone(kernel):
    """``kernel`` rebuilt in a module of its own, with its module's options and its own."""
    from warp._src import context

    module = context.Module(kernel.module.name, None)
    module.options = dict(kernel.module.options)
    alone = context.Kernel(func=kernel.func, key=kernel.key, module=module, options=dict(kernel.options), code_transformers=list(kernel.adj.transformers))
    return module, alone


def _main(out: str, modules: list[str]) -> None:
    init_warp()
    import warp
    from warp._src import context

    settings = dict(vars(warp.config))
    seen: set[int] = set()
    kernels: list[tuple[object, str]] = []
    with open(out, "w", encoding="utf-8") as lines:
        for module in modules:
            file = module.replace(".", "/") + ".py"
            why = skipped_because(module)
            if why:
                lines.write(json.dumps({"module": module, "file": file, "outcome": SKIPPED_OUTCOME, "reason": why}) + "\n")
                continue
            context.function_key_counts.clear()  # @wp.func symbols numbered as in a process of this module alone
            try:
                with contextlib.redirect_stdout(sys.stderr):
                    importlib.import_module(module)
                outcome = {"outcome": IMPORTED}
            except BaseException as error:  # noqa: BLE001 (an import can raise anything, SystemExit included)
                outcome = {"outcome": IMPORT_FAILED, "reason": f"{type(error).__name__}: {str(error)[:200]}"}
            finally:
                vars(warp.config).update(settings)  # a module that changes Warp's settings changes them for itself only
            lines.write(json.dumps({"module": module, "file": file, **outcome}) + "\n")
            for registered in list(context.user_modules.values()):
                for kernel in list(registered.kernels.values()):
                    if id(kernel) not in seen:
                        seen.add(id(kernel))
                        with contextlib.suppress(TypeError, OSError):
                            if _is_real_file(inspect.getsourcefile(kernel.func)):
                                kernels.append((kernel, module))
        for kernel, module in kernels:
            lines.write(json.dumps(_kernel_line(kernel, module)) + "\n")


if __name__ == "__main__":
    _main(sys.argv[1], sys.argv[2:])
