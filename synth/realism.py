"""How much our kernels look like real Warp code: figures for ours beside Warp's own.

The reference is the Warp code shipped with the installed warp-lang: every ``@wp.kernel``
and ``@wp.func`` in its ``warp/examples`` and ``warp/tests``, read as text and parsed with
``ast`` (never imported or run). Definitions, all per kernel function:

* statements: ``ast.stmt`` nodes anywhere in the kernel's body, its docstring excluded.
* builtin calls: calls ``wp.NAME(...)`` / ``warp.NAME(...)``, or ``NAME(...)`` not defined in
  the module (``abs``, ``min``), where NAME is in the builtin universe below. Operators are
  not calls; builtin coverage counts them too (``a + b`` uses ``add``, as Warp compiles it).
* builtin universe: every entry of Warp's builtin registry with at least one overload Warp
  does not mark ``hidden`` (hidden ones are internal: operators' in-place forms, ``assign*``,
  ``address``, ``extract``, ``load``/``store``, and the scalar casts documented as types).
* loops / nested loops / branches: a ``for``/``while``; a loop inside a loop; an ``if``.
* outputs: parameters the kernel writes (``p[i] = ..``, ``p[i] += ..``, ``p.x[i] = ..``, or
  ``wp.atomic_*``/``wp.tile_store``/``wp.tile_atomic_add`` with ``p`` first).
* signature: the ordered parameter annotations, normalised (``wp.array(dtype=float)`` and
  ``wp.array[wp.float32]`` are both ``array[float32]``).
* int flags: scalar integer (not ``uint64``: ids) and ``bool`` parameters; struct parameters: a ``@wp.struct`` of the
  same module, alone or as an array's dtype.
* comments: ``#`` comments from the decorator to the kernel's last line.

One of our records is one module: its kernel is measured like a reference kernel, and
its idioms (``synth.idioms``) are looked for in the kernel and the helpers beside it.
"""

from __future__ import annotations

import ast
import functools
import io
import re
import statistics
import textwrap
import tokenize
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from warp_synth.synth.errors import SynthError
from warp_synth.synth.idioms import RULES, function_idioms

REFERENCE_FOLDERS = ("examples", "tests")
_DECORATOR = re.compile(r"^([ \t]*)@(?:wp\.|warp\.)?(kernel|func)\b(?![_.])")
_TRIPLE_QUOTE = re.compile(r'"""|\'\'\'')
_STRUCT = re.compile(r"@(?:wp\.|warp\.)?struct\b[^\n]*\n\s*class\s+(\w+)")
_DEFINED = re.compile(r"^\s*(?:def|class)\s+(\w+)|^(\w+)\s*=", re.M)
# uint64 left out: it carries mesh, BVH, hash-grid and volume ids, not flags or counts.
_INT_TYPES = {"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "bool"}
_WRITERS = {"atomic_add", "atomic_sub", "atomic_min", "atomic_max", "atomic_cas", "atomic_exch", "atomic_and",
            "atomic_or", "atomic_xor", "tile_store", "tile_atomic_add", "array_store"}  # fmt: skip


@dataclass(frozen=True)
class Universe:
    """The builtins a kernel can call (Warp's registry, hidden entries excluded)."""

    names: frozenset[str]
    registry: frozenset[str]  # hidden entries included: a call of one is still a Warp call
    operators: dict[type, str]  # Python operator -> the builtin Warp compiles it to

    @property
    def tile(self) -> frozenset[str]:
        return frozenset(n for n in self.names if n.startswith("tile") or n == "untile" or n.endswith("_tiled"))


@functools.cache
def universe() -> Universe:
    """Read Warp's builtin registry (internal API: the one place in synth that does)."""
    from warp._src.codegen import builtin_operators
    from warp._src.context import builtin_functions

    def public(entry) -> bool:
        return any(not overload.hidden for overload in getattr(entry, "overloads", [entry]))

    names = frozenset(name for name, entry in builtin_functions.items() if public(entry))
    return Universe(names, frozenset(builtin_functions), dict(builtin_operators))


@dataclass(frozen=True)
class Function:
    """A ``@wp.kernel`` or ``@wp.func`` with what its module tells about it."""

    node: ast.FunctionDef
    kind: str  # "kernel" or "func"
    source: str  # the function's own text, decorator included
    origin: str  # "examples", "tests" or "ours"
    module: str  # the file it came from (a record's id, for ours)
    structs: frozenset[str]  # @wp.struct classes of its module
    defined: frozenset[str]  # names its module binds (they shadow builtins called bare)
    family: str | None = None

    @functools.cached_property
    def nodes(self) -> list[ast.AST]:
        return list(ast.walk(self.node))

    @functools.cached_property
    def body(self) -> list[ast.AST]:
        """Every node of the body, the docstring left out."""
        body = self.node.body[1:] if ast.get_docstring(self.node) is not None else self.node.body
        return [n for stmt in body for n in ast.walk(stmt)]

    @functools.cached_property
    def registry_calls(self) -> list[str]:
        u = universe()
        return [name for n in self.body if isinstance(n, ast.Call) for name in [_callee(n, self.defined, u.registry)] if name]

    @functools.cached_property
    def operators(self) -> set[str]:
        ops = universe().operators
        return {ops[type(n.op)] for n in self.body if isinstance(n, (ast.BinOp, ast.UnaryOp, ast.AugAssign)) and type(n.op) in ops}


def functions_in(text: str, origin: str, module: str = "", family: str | None = None) -> list[Function]:
    """The decorated Warp functions of a module's text. Each is cut out by indentation and
    parsed alone: parsing whole test modules would cost seven times as much."""
    lines = text.splitlines(keepends=True)
    structs = frozenset(_STRUCT.findall(text))
    defined = frozenset(a or b for a, b in _DEFINED.findall(text))
    found = []
    in_string = _inside_triple_quotes(lines)
    for start, line in enumerate(lines):
        match = _DECORATOR.match(line)
        if not match or in_string[start]:  # tests keep module sources in strings: not definitions
            continue
        indent = len(match[1])
        end = start + 1
        while end < len(lines) and not lines[end].lstrip().startswith("def "):
            end += 1
        last = end
        for index in range(end + 1, len(lines)):
            stripped = lines[index].strip()
            if stripped and not stripped.startswith("#"):
                outdented = len(lines[index]) - len(lines[index].lstrip()) <= indent
                if outdented and not stripped.startswith((")", "]")):  # a signature's closing line goes on
                    break
                last = index
        segment = textwrap.dedent("".join(lines[start : last + 1]))
        try:
            node = ast.parse(segment).body[0]
        except (SyntaxError, IndexError):  # a decorator in a string or a docstring: not a definition
            continue
        if isinstance(node, ast.FunctionDef):
            kind = "kernel" if match[2] == "kernel" else "func"
            found.append(Function(node, kind, segment, origin, module, structs, defined, family))
    return found


def _inside_triple_quotes(lines: list[str]) -> list[bool]:
    """For each line, whether it starts inside a triple-quoted string."""
    inside, opener, result = False, "", []
    for line in lines:
        result.append(inside)
        for quote in _TRIPLE_QUOTE.findall(line):
            if not inside:
                inside, opener = True, quote
            elif quote == opener:
                inside = False
    return result


@functools.cache
def reference_functions() -> tuple[Function, ...]:
    """Every kernel and helper in the installed warp-lang's examples and tests."""
    import warp

    root = Path(warp.__file__).parent
    found: list[Function] = []
    for folder in REFERENCE_FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if "kernel" in text or "func" in text:
                found.extend(functions_in(text, folder, str(path.relative_to(root))))
    return tuple(found)


def _strip_warp(node: ast.AST) -> str:
    text = ast.unparse(node)
    return re.sub(r"\b(?:wp|warp)\.", "", text)


def _scalar(name: str) -> str:
    return {"float": "float32", "int": "int32"}.get(name, name)


def annotation_parts(node: ast.AST | None) -> tuple[str, int, str]:
    """(normalised annotation, array dimensions or 0, element type) of a parameter."""
    if node is None:
        return "-", 0, "-"
    base, dtype, dims = None, None, 1
    if isinstance(node, ast.Call):
        base = _strip_warp(node.func)
        keywords = {k.arg: k.value for k in node.keywords}
        dtype = keywords.get("dtype", node.args[0] if node.args else None)
        ndim = keywords.get("ndim")
        dims = ndim.value if isinstance(ndim, ast.Constant) and isinstance(ndim.value, int) else 1
    elif isinstance(node, ast.Subscript):
        base = _strip_warp(node.value)
        dtype = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
    match = re.fullmatch(r"(array|indexedarray|fabricarray|indexedfabricarray)(\d)?d?", base or "")
    if not match:
        text = _scalar(_strip_warp(node))
        return text, 0, text
    dims = int(match[2]) if match[2] else dims
    element = _scalar(_strip_warp(dtype)) if dtype is not None else "Any"
    kind = match[1] + (f"{dims}d" if dims > 1 else "")
    return f"{kind}[{element}]", dims, element


def _callee(node: ast.Call, defined: frozenset[str], names: frozenset[str]) -> str | None:
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("wp", "warp"):
        return func.attr if func.attr in names else None
    if isinstance(func, ast.Name) and func.id in names and func.id not in defined:
        return func.id
    return None


def _builtins_of(fn: Function) -> tuple[list[str], set[str]]:
    """The universe's builtins a function calls by name, and those its operators compile to."""
    names = universe().names
    return [name for name in fn.registry_calls if name in names], fn.operators


def _comments(source: str) -> int:
    if "#" not in source:  # tokenizing costs more than the rest of a kernel's figures
        return 0
    try:
        return sum(t.type == tokenize.COMMENT for t in tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return 0


def _written_names(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _loops(nodes: list[ast.AST]) -> tuple[bool, bool]:
    loops = [n for n in nodes if isinstance(n, (ast.For, ast.While))]
    nested = any(isinstance(inner, (ast.For, ast.While)) for loop in loops for stmt in loop.body for inner in ast.walk(stmt))
    return bool(loops), nested


def kernel_facts(fn: Function) -> dict:
    """The per-kernel figures (see the module docstring for each definition)."""
    u = universe()
    nodes = fn.body
    params = {a.arg: annotation_parts(a.annotation) for a in fn.node.args.args}
    calls, operators = _builtins_of(fn)
    compares = Counter(type(op).__name__ for n in nodes if isinstance(n, ast.Compare) for op in n.ops)
    written = set()
    for n in nodes:
        if isinstance(n, (ast.Assign, ast.AugAssign)):
            for target in n.targets if isinstance(n, ast.Assign) else [n.target]:
                if isinstance(target, (ast.Subscript, ast.Attribute)):
                    written.add(_written_names(target))
        elif isinstance(n, ast.Call) and _callee(n, fn.defined, u.registry) in _WRITERS and n.args:
            written.add(_written_names(n.args[0]))
    loops, nested = _loops(nodes)
    return {
        "statements": sum(isinstance(n, ast.stmt) for n in nodes),
        "builtin_calls": len(calls),
        "builtins": set(calls),
        "operators": operators,
        "loops": loops,
        "nested_loops": nested,
        "branches": any(isinstance(n, ast.If) for n in nodes),
        "equality": bool(compares["Eq"] + compares["NotEq"]),
        "ordering_or_equal": bool(compares["LtE"] + compares["GtE"]),
        "bool_ops": any(isinstance(n, ast.BoolOp) for n in nodes),
        "early_return": any(isinstance(n, ast.Return) for n in nodes),
        "comments": _comments(fn.source) > 0,
        "docstring": ast.get_docstring(fn.node) is not None,
        "signature": tuple(text for text, _, _ in params.values()),
        "params": len(params),
        "outputs": len(written & set(params)),
        "max_dims": max((dims for _, dims, _ in params.values()), default=0),
        "struct_param": any(element in fn.structs for _, _, element in params.values()),
        "struct_array": any(dims and element in fn.structs for _, dims, element in params.values()),
        "int_flag": any(dims == 0 and element in _INT_TYPES for _, dims, element in params.values()),
        "idioms": {i.name for i in function_idioms(fn.node, nodes=fn.nodes)},
    }


def helper_facts(fn: Function) -> dict:
    """What a ``@wp.func`` takes and returns."""
    params = [annotation_parts(a.annotation) for a in fn.node.args.args]
    returns = fn.node.returns
    tuple_annotation = returns is not None and re.match(r"(typing\.)?[Tt]uple\b", ast.unparse(returns)) is not None
    return {
        "takes_arrays": any(dims for _, dims, _ in params),
        "takes_structs": any(element in fn.structs for _, _, element in params),
        "takes_ints": any(dims == 0 and element in _INT_TYPES for _, dims, element in params),
        "returns_tuples": tuple_annotation
        or any(isinstance(n, ast.Return) and isinstance(n.value, ast.Tuple) for n in fn.nodes),
    }


# Family -> the operations that make a kernel one of that family: builtin names (globs)
# or, prefixed with ":", a shape that _markers finds. A kernel passes when it uses any of them.
FAMILY_OPERATIONS: dict[str, tuple[str, ...]] = {
    "bvh_queries": ("bvh_query_*", "tile_bvh_query_*"),
    "cloth_springs": ("atomic_*",),
    "collision_shapes": ("quat_rotate_inv", "transform_point", "transform_inverse", "closest_point_edge_edge", "intersect_tri_tri"),
    "control_flow": (":data_loop",),
    "elementwise_math": ("sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "exp", "log", "log2",
                         "log10", "pow", "sqrt", "cbrt", "erf*", "floor", "ceil", "round", "rint", "trunc", "frac", "sign", "step",
                         "smoothstep", "degrees", "radians"),
    "fixed_size_loops": (":fixed_loop",),
    "fluids_grids": (":array3d",),
    "hash_grid_neighbors": ("hash_grid_query",),
    "histograms_atomics": ("atomic_*",),
    "image_processing": (":array2d",),
    "linear_algebra": ("determinant", "inverse", "transpose", "outer", "svd2", "svd3", "qr3", "eig3", "diag", "get_diag", "trace",
                       "matrix_from_rows", "matrix_from_cols", "ddot", "tile_matmul", "tile_cholesky*", "tile_*_solve*"),
    "mesh_queries": ("mesh_query_*", "tile_mesh_query_*"),
    "noise_fields": ("noise", "pnoise", "curlnoise"),
    "particles": (":integrate",),
    "random_sampling": ("randf", "randi", "randn", "randu", "sample_*", "poisson"),
    "reductions": ("atomic_*", "tile_sum", "tile_reduce", "tile_max", "tile_min"),
    "reductions_scans": (":accumulating_loop", "tile_scan_*"),
    "rigid_body_dynamics": ("spatial_*",),
    "rigid_transforms": ("transform_*", "quat_rotate", "quat_rotate_inv"),
    "sdf_raymarching": (":data_loop",),
    "stencils_2d": (":array2d",),
    "struct_params": (":struct_param",),
    "tensors_4d": (":array4d",),
    "tiles": ("tile_*", "tile", "untile"),
    "volume_sampling": ("volume_sample*", "volume_lookup*"),
}  # fmt: skip


def _data_dependent(loop: ast.AST) -> bool:
    """A ``while``, or a ``for`` whose range reads a variable (``range(n)``, ``range(a.shape[0])``);
    ``range(4)`` and ``range(wp.static(TAPS))`` (upper-case: a module constant) are fixed."""
    if isinstance(loop, ast.While):
        return True
    callees = {id(n) for call in ast.walk(loop.iter) if isinstance(call, ast.Call) for n in ast.walk(call.func)}
    return any(
        isinstance(n, (ast.Name, ast.Subscript, ast.Attribute)) and id(n) not in callees and not (isinstance(n, ast.Name) and n.id.isupper())
        for n in ast.walk(loop.iter)
    )


def _accumulates(loop: ast.AST) -> bool:
    for n in (n for stmt in loop.body for n in ast.walk(stmt)):
        if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
            return True
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            if any(isinstance(m, ast.Name) and m.id == n.targets[0].id for m in ast.walk(n.value)):
                return True
    return False


def _integrates(fn: Function) -> bool:
    """``x + v * dt`` with ``dt`` a float parameter or a struct parameter's field: a time step."""
    params = {a.arg: annotation_parts(a.annotation) for a in fn.node.args.args}
    steps = {name for name, (text, _, _) in params.items() if text in ("float32", "float64", "float16")}
    structs = {name for name, (_, dims, element) in params.items() if not dims and element in fn.structs}

    def is_step(node: ast.AST) -> bool:
        if isinstance(node, ast.Attribute):
            return isinstance(node.value, ast.Name) and node.value.id in structs
        return isinstance(node, ast.Name) and node.id in steps

    for n in fn.nodes:
        if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Add, ast.Sub)):
            for side in (n.left, n.right):
                if isinstance(side, ast.BinOp) and isinstance(side.op, ast.Mult) and (is_step(side.left) or is_step(side.right)):
                    return True
    return False


def _markers(fn: Function, facts: dict) -> set[str]:
    loops = [n for n in fn.nodes if isinstance(n, (ast.For, ast.While))]
    found = {f":array{facts['max_dims']}d"} if facts["max_dims"] > 1 else set()
    found |= {":struct_param"} if facts["struct_param"] else set()
    found |= {":integrate"} if _integrates(fn) else set()
    for loop in loops:
        found.add(":data_loop" if _data_dependent(loop) else ":fixed_loop")
        found |= {":accumulating_loop"} if _accumulates(loop) else set()
    return found


def _defining_operation(family: str, used: set[str]) -> bool | None:
    patterns = FAMILY_OPERATIONS.get(family)
    if patterns is None:
        return None
    return any(fnmatch(name, pattern) for pattern in patterns for name in used)


def _type_spellings() -> dict[str, set[str]]:
    """Each of the grammar's value types -> the names that spell it in source."""
    from warp_synth.grammar.types import VALUE_TYPES

    spellings = {}
    for name, vt in VALUE_TYPES.items():
        words = {name, vt.annotation.removeprefix("wp.")}
        if vt.scalar == "float32" and not vt.is_scalar:
            words.add(name + "f")
        spellings[name] = words
    return spellings


def _names_in(fn: Function) -> set[str]:
    return {n.attr if isinstance(n, ast.Attribute) else n.id for n in fn.nodes if isinstance(n, (ast.Attribute, ast.Name))}


def _share(values: Iterable[bool], total: int) -> float:
    return round(sum(values) / total, 4) if total else 0.0


def _quantiles(values: list[int]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"min": ordered[0], "p25": pick(0.25), "median": statistics.median(ordered), "p75": pick(0.75), "max": ordered[-1]}


@dataclass
class _ModuleFacts:
    kernels: list[dict]
    helpers: list[dict]
    used: set[str]  # builtins called or operators applied, in any function
    types: set[str]
    families: list[tuple[str, bool | None]]


def _module_facts(module: Sequence[Function], whole_module_idioms: bool) -> _ModuleFacts:
    spellings = _type_spellings()
    helper_functions = [fn for fn in module if fn.kind == "func"]
    helper_idioms = {i.name for fn in helper_functions for i in function_idioms(fn.node, nodes=fn.nodes)} if whole_module_idioms else set()
    used = set().union(*(set(calls) | operators for calls, operators in map(_builtins_of, helper_functions)))
    module_calls = {name for fn in module for name in fn.registry_calls}
    names = set().union(*(_names_in(fn) for fn in module))
    facts = _ModuleFacts([], [helper_facts(fn) for fn in helper_functions], used, {t for t, w in spellings.items() if w & names}, [])
    for fn in module:
        if fn.kind != "kernel":
            continue
        kernel = kernel_facts(fn)
        kernel["idioms"] |= helper_idioms
        facts.kernels.append(kernel)
        facts.used |= kernel["builtins"] | kernel["operators"]
        if fn.family is not None:
            facts.families.append((fn.family, _defining_operation(fn.family, module_calls | _markers(fn, kernel))))
    return facts


def _aggregate(modules: Sequence[_ModuleFacts]) -> dict:
    u = universe()
    kernels = [k for m in modules for k in m.kernels]
    helpers = [h for m in modules for h in m.helpers]
    used = set().union(*(m.used for m in modules)) & u.names
    families: dict[str, list] = {}
    for m in modules:
        for family, passed in m.families:
            families.setdefault(family, []).append(passed)
    n = len(kernels)
    share = lambda key: _share((k[key] for k in kernels), n)  # noqa: E731
    document_frequency = Counter(name for k in kernels for name in k["builtins"])
    return {
        "kernels": n,
        "helpers": len(helpers),
        "statements": _quantiles([k["statements"] for k in kernels]),
        "builtin_calls": _quantiles([k["builtin_calls"] for k in kernels]),
        **{key: share(key) for key in _SHARES},
        "multi_dim_arrays": _share((k["max_dims"] >= 2 for k in kernels), n),
        "several_outputs": _share((k["outputs"] >= 2 for k in kernels), n),
        "distinct_signatures": round(len({k["signature"] for k in kernels}) / n, 4) if n else 0.0,
        "params": _quantiles([k["params"] for k in kernels]),
        "helpers_taking": {key: _share((h[key] for h in helpers), len(helpers)) for key in _HELPER_SHARES},
        "idioms": {name: _share((name in k["idioms"] for k in kernels), n) for name in RULES},
        "idioms_any": _share((bool(k["idioms"]) for k in kernels), n),
        "builtin_document_frequency": {name: round(c / n, 4) for name, c in document_frequency.most_common()},
        "builtins_used": sorted(used),
        "coverage": round(len(used) / len(u.names), 4),
        "tile_builtins_used": sorted(used & u.tile),
        "types_missing": sorted(set(_type_spellings()) - set().union(*(m.types for m in modules))),
        "families": {f: round(sum(map(bool, v)) / len(v), 4) for f, v in sorted(families.items()) if None not in v},
        "families_without_operation": sorted(f for f, v in families.items() if None in v),
    }


_SHARES = ("loops", "nested_loops", "branches", "equality", "ordering_or_equal", "bool_ops", "early_return", "comments",
           "docstring", "struct_param", "struct_array", "int_flag")  # fmt: skip
_HELPER_SHARES = {"takes_arrays": "helpers taking arrays", "takes_structs": "helpers taking structs",
                  "takes_ints": "helpers taking int/bool", "returns_tuples": "helpers returning tuples"}  # fmt: skip


def figures(sources: Sequence[str], families: Sequence[str | None] | None = None) -> dict:
    """Figures of our kernels: one module source each (and its family, for the defining-operation check)."""
    families = families or [None] * len(sources)
    modules = [_module_facts(functions_in(s, "ours", str(i), f), whole_module_idioms=True) for i, (s, f) in enumerate(zip(sources, families))]
    return _aggregate(modules)


@functools.cache
def reference_figures() -> dict[str, dict]:
    """Figures of Warp's own examples, its tests, and both together (computed once a process)."""
    by_module: dict[tuple[str, str], list[Function]] = {}
    for fn in reference_functions():
        by_module.setdefault((fn.origin, fn.module), []).append(fn)
    facts = {key: _module_facts(module, whole_module_idioms=False) for key, module in by_module.items()}
    result = {folder: _aggregate([f for (origin, _), f in facts.items() if origin == folder]) for folder in REFERENCE_FOLDERS}
    result["all"] = _aggregate(list(facts.values()))
    return result


def spearman(a: dict[str, float], b: dict[str, float], floor: float = 0.01) -> float | None:
    """Rank correlation of two document-frequency tables over the names at least ``floor``
    of the kernels use in either (a name one side never uses ranks last there)."""
    names = sorted(n for n in set(a) | set(b) if max(a.get(n, 0.0), b.get(n, 0.0)) >= floor)
    if len(names) < 3:
        return None
    ranks = [_ranks([side.get(n, 0.0) for n in names]) for side in (a, b)]
    mean = (len(names) + 1) / 2
    cov = sum((x - mean) * (y - mean) for x, y in zip(*ranks))
    spread = (sum((x - mean) ** 2 for x in ranks[0]) * sum((y - mean) ** 2 for y in ranks[1])) ** 0.5
    return round(cov / spread, 3) if spread else None


def _ranks(values: list[float]) -> list[float]:
    """1-based ranks, ties sharing their average rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def _pct(value: float) -> str:
    return f"{value:.1%}"


def _names(names: list[str]) -> str:
    return ", ".join(names) if len(names) <= 4 else f"{len(names)}: {', '.join(names[:3])}, ..."


def _same_order(ours: float, reference: float) -> bool:
    """Within a factor of three (a reference rate of 0 allows up to 1%)."""
    return ours <= 0.01 if reference == 0 else reference / 3 <= ours <= reference * 3


def compare(ours: dict, reference: dict[str, dict], diversity: dict, exact_duplicates: int) -> list[dict]:
    """The table: one row per figure, our value beside the reference's, the target, and whether it is met.
    Style targets are against the examples (how Warp is meant to be written); breadth against all."""
    corpora = {"ours": ours, **reference}
    examples, everything = reference["examples"], reference["all"]
    rows: list[dict] = []

    def add(figure, get, show, target="", ok=None):
        cells = {name: show(get(figures)) if get(figures) is not None else "-" for name, figures in corpora.items()}
        rows.append({"figure": figure, **cells, "target": target, "ok": ok})

    add("kernels", lambda f: f["kernels"], str)
    for key, name in (("statements", "statements per kernel (median)"), ("builtin_calls", "builtin calls per kernel (median)")):
        mine, theirs = ours[key]["median"], examples[key]["median"]
        add(name, lambda f, key=key: f[key]["median"], lambda v: f"{v:g}", f"examples ±50% ({theirs * 0.5:g}-{theirs * 1.5:g})", abs(mine - theirs) <= theirs / 2)
    for key, name in (("loops", "kernels with loops"), ("nested_loops", "kernels with nested loops"), ("branches", "kernels with if")):
        add(name, lambda f, key=key: f[key], _pct, "examples ±10 points", abs(ours[key] - examples[key]) <= 0.10)
    for key, name in (("equality", "kernels with == or !="), ("ordering_or_equal", "kernels with <= or >="), ("bool_ops", "kernels with and/or"),
                      ("early_return", "kernels with early return"), ("comments", "kernels with comments"), ("docstring", "kernels with docstrings")):  # fmt: skip
        add(name, lambda f, key=key: f[key], _pct, "examples ×⅓-×3", _same_order(ours[key], examples[key]))
    add("distinct signatures / kernels", lambda f: f["distinct_signatures"], _pct, ">= 50%", ours["distinct_signatures"] >= 0.5)
    low, high = examples["params"]["p25"], examples["params"]["p75"]
    add("parameters per kernel (median)", lambda f: f["params"]["median"], lambda v: f"{v:g}", f"examples p25-p75 ({low}-{high})", low <= ours["params"]["median"] <= high)
    add("parameters per kernel (range)", lambda f: (f["params"]["min"], f["params"]["max"]), lambda v: f"{v[0]}-{v[1]}", "1 to >= 12", ours["params"]["min"] <= 1 and ours["params"]["max"] >= 12)
    for key, name in (("struct_array", "kernels with arrays of structs"), ("struct_param", "kernels with struct parameters"), ("int_flag", "kernels with int/bool parameters"),
                      ("multi_dim_arrays", "kernels with 2D-4D arrays"), ("several_outputs", "kernels writing several outputs")):  # fmt: skip
        add(name, lambda f, key=key: f[key], _pct, "all ×⅓-×3", _same_order(ours[key], everything[key]))
    for key, name in _HELPER_SHARES.items():
        add(name, lambda f, key=key: f["helpers_taking"][key], _pct, "all ×⅓-×3", _same_order(ours["helpers_taking"][key], everything["helpers_taking"][key]))
    for name in RULES:
        add(f"idiom: {name}", lambda f, name=name: f["idioms"][name], _pct, "<= 1%", ours["idioms"][name] <= 0.01)
    add("idioms: any", lambda f: f["idioms_any"], _pct, "<= 5%", ours["idioms_any"] <= 0.05)
    correlation = lambda f: spearman(ours["builtin_document_frequency"], f["builtin_document_frequency"])  # noqa: E731
    add("builtin use vs ours (Spearman)", lambda f: None if f is ours else correlation(f), lambda v: f"{v:.2f}", "examples >= 0.6", (correlation(examples) or 0) >= 0.6)
    size, tiles = len(universe().names), len(universe().tile)
    add(f"builtin coverage (of {size})", lambda f: f["coverage"], _pct, ">= 65%", ours["coverage"] >= 0.65)
    add(f"tile builtins used (of {tiles})", lambda f: len(f["tile_builtins_used"]), str, ">= 30", len(ours["tile_builtins_used"]) >= 30)
    add(f"value types never named (of {len(_type_spellings())})", lambda f: f["types_missing"], _names, "none", not ours["types_missing"])
    at_full = [f for f, s in ours["families"].items() if s == 1.0]
    lowest = min(ours["families"].items(), key=lambda item: item[1], default=("-", 1.0))
    family_cell = f"{len(at_full)}/{len(ours['families'])} (lowest {lowest[0]} {lowest[1]:.0%})"
    add("families using their defining operation", lambda f: family_cell if f is ours else None, str, "100% each", bool(ours["families"]) and len(at_full) == len(ours["families"]))
    add("exact duplicate sources", lambda f: exact_duplicates if f is ours else None, str, "0", exact_duplicates == 0)
    add("distinct structures", lambda f: diversity["own_structure_share"] if f is ours else None, _pct, ">= 95%", diversity["own_structure_share"] >= 0.95)
    add("near-duplicates (MinHash, J >= 0.7)", lambda f: diversity["near_duplicate_share"] if f is ours else None, _pct, "<= 2%", diversity["near_duplicate_share"] <= 0.02)
    return rows


def _compact(figures: dict, keep_names: bool) -> dict:
    result = {k: v for k, v in figures.items() if k not in ("builtin_document_frequency", "builtins_used")}
    result["builtin_document_frequency"] = dict(list(figures["builtin_document_frequency"].items())[:30])
    result["builtins_used"] = figures["builtins_used"] if keep_names else len(figures["builtins_used"])
    return result


def realism(sources: Sequence[str], families: Sequence[str | None] | None = None, diversity: dict | None = None) -> dict:
    """Our figures, the reference's, and the comparison table (kept in dataset_stats.json)."""
    from warp_synth.synth.diversity import diversity as measure_diversity

    if not sources:
        raise SynthError("no kernels to measure", hint="measure a dataset with at least one record")
    ours = figures(sources, families)
    reference = reference_figures()
    rows = compare(ours, reference, diversity or measure_diversity(list(sources)), len(sources) - len(set(sources)))
    u = universe()
    return {
        "universe": {
            "definition": "warp._src.context.builtin_functions entries with an overload not marked hidden",
            "size": len(u.names),
            "tile_size": len(u.tile),
            "registry_size": len(u.registry),
        },
        "reference": {"warp_folders": list(REFERENCE_FOLDERS), **{k: _compact(v, False) for k, v in reference.items()}},
        "ours": _compact(ours, True),
        "rows": rows,
        "targets_met": sum(r["ok"] is True for r in rows),
        "targets": sum(r["ok"] is not None for r in rows),
    }


COLUMNS = ("figure", "ours", "examples", "tests", "all", "target", "ok")


def format_table(report: dict) -> str:
    """The rows as one plain-text table."""
    header = {"figure": "figure", "ours": "ours", "examples": "ref: examples", "tests": "ref: tests", "all": "ref: all", "target": "target", "ok": "ok"}
    cells = [header] + [{**row, "ok": {True: "yes", False: "NO", None: ""}[row["ok"]]} for row in report["rows"]]
    widths = {c: max(len(str(line[c])) for line in cells) for c in COLUMNS}
    lines = ["  ".join(str(line[c]).ljust(widths[c]) for c in COLUMNS).rstrip() for line in cells]
    lines.insert(1, "  ".join("-" * widths[c] for c in COLUMNS))
    lines.append(f"targets met: {report['targets_met']} of {report['targets']}; builtin universe: {report['universe']['size']} ({report['universe']['definition']})")
    return "\n".join(lines)


def read_kernels(data: Path, limit: int | None = None) -> tuple[list[str], list[str | None]]:
    """Python sources and families of a dataset's records (a JSONL file, or a folder's
    cpu_code.jsonl or first *_code.jsonl), read one line at a time."""
    import orjson

    path = data
    if data.is_dir():
        candidates = [data / "cpu_code.jsonl"] if (data / "cpu_code.jsonl").exists() else sorted(data.glob("*_code.jsonl"))
        if not candidates:
            raise SynthError(f"no cpu_code.jsonl or *_code.jsonl in {data}", hint="pass the folder `synth run --out` wrote, or a JSONL file")
        path = candidates[0]
    if not path.exists():
        raise SynthError(f"{path} does not exist", hint="pass the folder `synth run --out` wrote, or a JSONL file")
    sources, families = [], []
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if limit is not None and len(sources) >= limit:
                break
            try:
                record = orjson.loads(line)
                sources.append(record["python_source"])
            except (orjson.JSONDecodeError, KeyError, TypeError):
                raise SynthError(f"{path}:{number}: not a record with a python_source", hint="is this a file `synth run` wrote?") from None
            families.append(record.get("family"))
    if not sources:
        raise SynthError(f"{path} holds no records", hint="pass a dataset `synth run` has written to")
    return sources, families
