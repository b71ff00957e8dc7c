"""Figures of a corpus of Warp kernels: size, control flow, signatures, helpers, idioms,
builtin use. Definitions, all per kernel function:

* statements: ``ast.stmt`` nodes anywhere in the kernel's body, its docstring excluded.
* builtin calls: calls ``wp.NAME(...)`` / ``warp.NAME(...)``, or ``NAME(...)`` not defined in
  the module (``abs``, ``min``), where NAME is in the builtin universe (``synth.analysis.corpus``).
  Operators are not calls; builtin coverage counts them too (``a + b`` uses ``add``, as Warp
  compiles it).
* loops / nested loops / branches: a ``for``/``while``; a loop inside a loop; an ``if``.
* outputs: parameters the kernel writes (``p[i] = ..``, ``p[i] += ..``, ``p.x[i] = ..``, or
  ``wp.atomic_*``/``wp.tile_store``/``wp.tile_atomic_add`` with ``p`` first).
* signature: the ordered parameter annotations, normalised (``wp.array(dtype=float)`` and
  ``wp.array[wp.float32]`` are both ``array[float32]``).
* int flags: scalar integer (not ``uint64``: ids) and ``bool`` parameters.
* struct parameters: a ``@wp.struct`` of the same module, alone or as an array's dtype.
* comments: ``#`` comments from the decorator to the kernel's last line.
* value types: the grammar's value types named anywhere in the kernels and helpers.

One of our records is one module: its kernel is measured like a reference kernel, and its
idioms (``synth.analysis.idioms``) are looked for in the kernel and the helpers beside it.
"""

from __future__ import annotations

import ast
import functools
import io
import re
import statistics
import tokenize
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
import dataclasses
from dataclasses import dataclass
from fnmatch import fnmatch

from warp_synth.grammar.families import load_families
from warp_synth.grammar.shipped import template_root
from warp_synth.synth.analysis.application import FACTS as APPLICATION_FACTS
from warp_synth.synth.analysis.application import application_facts
from warp_synth.synth.analysis.corpus import REFERENCE_FOLDERS, Function, annotation_parts, builtin_name, functions_in, reference_functions, universe
from warp_synth.synth.analysis.idioms import RULES, function_idioms

# uint64 left out: it carries mesh, BVH, hash-grid and volume ids, not flags or counts.
_INT_TYPES = {"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "bool"}
_WRITERS = {"atomic_add", "atomic_sub", "atomic_min", "atomic_max", "atomic_cas", "atomic_exch", "atomic_and",
            "atomic_or", "atomic_xor", "tile_store", "tile_atomic_add", "array_store"}  # fmt: skip


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
    compares = {_COMPARISONS.get(type(op), type(op).__name__) for n in nodes if isinstance(n, ast.Compare) for op in n.ops}
    written = set()
    for n in nodes:
        if isinstance(n, (ast.Assign, ast.AugAssign)):
            for target in n.targets if isinstance(n, ast.Assign) else [n.target]:
                if isinstance(target, (ast.Subscript, ast.Attribute)):
                    written.add(_written_names(target))
        elif isinstance(n, ast.Call) and builtin_name(n, fn.defined, u.registry) in _WRITERS and n.args:
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
        "comparisons": compares,
        "equality": bool(compares & {"==", "!="}),
        "ordering_or_equal": bool(compares & {"<=", ">="}),
        "bool_ops": any(isinstance(n, ast.BoolOp) for n in nodes),
        "early_return": any(isinstance(n, ast.Return) for n in nodes),
        "comments": _comments(fn.source) > 0,
        "docstring": ast.get_docstring(fn.node) is not None,
        "signature": tuple(text for text, _, _ in params.values()),
        "params": len(params),
        "outputs": len(written & set(params)),
        "array_dims": {dims for _, dims, _ in params.values() if dims},
        "struct_param": any(element in fn.structs for _, _, element in params.values()),
        "struct_array": any(dims and element in fn.structs for _, dims, element in params.values()),
        "int_flag": any(dims == 0 and element in _INT_TYPES for _, dims, element in params.values()),
        "idioms": {i.name for i in function_idioms(fn.node, nodes=fn.nodes)},
        "application": application_facts(fn),
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


_FLOATS = ("float32", "float64", "float16")


def _integrates(fn: Function) -> bool:
    """``x + v * dt`` with ``dt`` a float parameter, a struct parameter's field, or the one value
    of a float array kept on the device (``dt = sim_dt[0]``, or ``sim_dt[0]`` in place): a time step."""
    params = {a.arg: annotation_parts(a.annotation) for a in fn.node.args.args}
    steps = {name for name, (text, _, _) in params.items() if text in _FLOATS}
    structs = {name for name, (_, dims, element) in params.items() if not dims and element in fn.structs}
    singles = {name for name, (_, dims, element) in params.items() if dims == 1 and element in _FLOATS}

    def read_at_zero(node: ast.AST) -> bool:
        return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in singles and ast.unparse(node.slice) == "0"

    steps |= {n.targets[0].id for n in fn.nodes if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and read_at_zero(n.value)}

    def is_step(node: ast.AST) -> bool:
        if isinstance(node, ast.Attribute):
            return isinstance(node.value, ast.Name) and node.value.id in structs
        return isinstance(node, ast.Name) and node.id in steps or read_at_zero(node)

    for n in fn.nodes:
        if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Add, ast.Sub)):
            for side in (n.left, n.right):
                if isinstance(side, ast.BinOp) and isinstance(side.op, ast.Mult) and (is_step(side.left) or is_step(side.right)):
                    return True
    return False


def _thread_indices(fn: Function) -> set[str]:
    """Names bound to ``wp.tid()`` (``tid = wp.tid()``, ``i, j = wp.tid()``)."""
    names = set()
    for n in fn.nodes:
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and ast.unparse(n.value.func) in ("wp.tid", "warp.tid"):
            for target in n.targets:
                names |= {t.id for t in ast.walk(target) if isinstance(t, ast.Name)}
    return names


def _at_thread(index: ast.AST, threads: set[str]) -> bool:
    parts = index.elts if isinstance(index, ast.Tuple) else [index]
    return bool(threads) and all(isinstance(p, ast.Name) and p.id in threads for p in parts)


def _array_accesses(fn: Function) -> tuple[list[ast.Subscript], list[ast.Subscript]]:
    """Subscripts of the kernel's array parameters: (reads, stores)."""
    arrays = {a.arg for a in fn.node.args.args if annotation_parts(a.annotation)[1]}
    accesses = [n for n in fn.nodes if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in arrays]
    return [n for n in accesses if isinstance(n.ctx, ast.Load)], [n for n in accesses if not isinstance(n.ctx, ast.Load)]


def _markers(fn: Function, facts: dict) -> set[str]:
    """The shapes (``grammar.families.SHAPES``) a kernel has."""
    loops = [n for n in fn.nodes if isinstance(n, (ast.For, ast.While))]
    found = {f":array{dims}d" for dims in facts["array_dims"] if dims > 1}
    found |= {":struct_param"} if facts["struct_param"] else set()
    found |= {":integrate"} if _integrates(fn) else set()
    found |= {":loop"} if loops else set()
    found |= {":branch"} if facts["branches"] else set()
    threads = _thread_indices(fn)
    reads, stores = _array_accesses(fn)
    if any(not _at_thread(r.slice, threads) for r in reads):
        found.add(":indirect_read")
    atomics = any(name.startswith("atomic_") for name in fn.registry_calls)
    if stores and not atomics and all(_at_thread(s.slice, threads) for s in stores):
        found.add(":map")
    for loop in loops:
        found.add(":data_loop" if _data_dependent(loop) else ":fixed_loop")
        found |= {":accumulating_loop"} if _accumulates(loop) else set()
    return found


@functools.cache
def family_operations() -> dict[str, tuple[str, ...]]:
    """Each kernel family of the shipped grammar -> the operations (builtins or shapes) its
    kernels promise to use (``Grammar.family_operations``): for kernels from no run's grammar."""
    return {name: family.operations for name, family in load_families(template_root()).items()}


def _defining_operation(family: str, used: set[str], operations: Mapping[str, tuple[str, ...]] | None) -> bool | None:
    patterns = (family_operations() if operations is None else operations).get(family)
    if patterns is None:
        return None
    return any(fnmatch(name, pattern) for pattern in patterns for name in used)


@functools.cache
def type_spellings() -> dict[str, set[str]]:
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
    return {"min": ordered[0], "p25": pick(0.25), "median": statistics.median(ordered), "p75": pick(0.75), "p90": pick(0.9), "max": ordered[-1]}


@dataclass
class ModuleFacts:
    """What one module's functions show: the figures of a corpus are made from these."""

    kernels: list[dict]
    helpers: list[dict]
    used: set[str]  # builtins called or operators applied, in any function
    types: set[str]
    families: list[tuple[str, bool | None]]


def facts_of_module(module: Sequence[Function], whole_module_idioms: bool, operations: Mapping[str, tuple[str, ...]] | None = None) -> ModuleFacts:
    spellings = type_spellings()
    helper_functions = [fn for fn in module if fn.kind == "func"]
    helper_idioms = {i.name for fn in helper_functions for i in function_idioms(fn.node, nodes=fn.nodes)} if whole_module_idioms else set()
    used = set().union(*(set(calls) | operators for calls, operators in map(_builtins_of, helper_functions)))
    module_calls = {name for fn in module for name in fn.registry_calls}
    names = set().union(*(_names_in(fn) for fn in module))
    facts = ModuleFacts([], [helper_facts(fn) for fn in helper_functions], used, {t for t, w in spellings.items() if w & names}, [])
    for fn in module:
        if fn.kind != "kernel":
            continue
        kernel = kernel_facts(fn)
        kernel["idioms"] |= helper_idioms
        facts.kernels.append(kernel)
        facts.used |= kernel["builtins"] | kernel["operators"]
        if fn.family is not None:
            facts.families.append((fn.family, _defining_operation(fn.family, module_calls | _markers(fn, kernel), operations)))
    return facts


def figures_of(modules: Sequence[ModuleFacts]) -> dict:
    """The figures of a corpus, from its modules' facts."""
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
        "comparisons": {op: _share((op in k["comparisons"] for k in kernels), n) for op in _COMPARISONS.values()},
        "multi_dim_arrays": _share((max(k["array_dims"], default=0) >= 2 for k in kernels), n),
        "several_outputs": _share((k["outputs"] >= 2 for k in kernels), n),
        "distinct_signatures": round(len({k["signature"] for k in kernels}) / n, 4) if n else 0.0,
        "signature_counts": sorted(Counter(k["signature"] for k in kernels).values(), reverse=True),
        "params": _quantiles([k["params"] for k in kernels]),
        "helpers_taking": {key: _share((h[key] for h in helpers), len(helpers)) for key in HELPER_SHARES},
        "idioms": {name: _share((name in k["idioms"] for k in kernels), n) for name in RULES},
        "idioms_any": _share((bool(k["idioms"]) for k in kernels), n),
        "application": {key: _share((k["application"][key] for k in kernels), n) for key in APPLICATION_FACTS},
        "kernels_per_module": _quantiles([len(m.kernels) for m in modules if m.kernels]),
        # most used first, ties by name: a kernel's builtins are a set, whose order the hash seed decides
        "builtin_document_frequency": {name: round(c / n, 4) for name, c in sorted(document_frequency.items(), key=lambda item: (-item[1], item[0]))},
        "builtins_used": sorted(used),
        "coverage": round(len(used) / len(u.names), 4),
        "tile_builtins_used": sorted(used & u.tile),
        "types_missing": sorted(set(type_spellings()) - set().union(*(m.types for m in modules))),
        "families": {f: round(sum(map(bool, v)) / len(v), 4) for f, v in sorted(families.items()) if None not in v},
        "families_without_operation": sorted(f for f, v in families.items() if None in v),
    }


_COMPARISONS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Is: "is",
                ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}  # fmt: skip
_SHARES = ("loops", "nested_loops", "branches", "equality", "ordering_or_equal", "bool_ops", "early_return", "comments",
           "docstring", "struct_param", "struct_array", "int_flag")  # fmt: skip
HELPER_SHARES = ("takes_arrays", "takes_structs", "takes_ints", "returns_tuples")


def figures(sources: Sequence[str], families: Sequence[str | Mapping[str, str] | None] | None = None) -> dict:
    """Figures of our kernels: one module source each (and its family, for the defining-operation check)."""
    families = families or [None] * len(sources)
    return figures_of([module_facts(s, f, str(i)) for i, (s, f) in enumerate(zip(sources, families))])


def module_facts(source: str, family: str | Mapping[str, str] | None, name: str = "", operations: Mapping[str, tuple[str, ...]] | None = None) -> ModuleFacts:
    """The facts of one of our kernels' modules (its family, or each kernel's by name: a module's
    kernels may be of several; for the defining-operation check, against ``operations``: the run's
    grammar's ``family_operations()``; None: the shipped one's)."""
    functions = functions_in(source, "ours", name, family if not isinstance(family, Mapping) else None)
    if isinstance(family, Mapping):
        functions = [dataclasses.replace(fn, family=family.get(fn.node.name)) if fn.kind == "kernel" else fn for fn in functions]
    return facts_of_module(functions, whole_module_idioms=True, operations=operations)


@functools.cache
def reference_figures() -> dict[str, dict]:
    """Figures of Warp's own examples, its tests, and both together (computed once a process)."""
    by_module: dict[tuple[str, str], list[Function]] = {}
    for fn in reference_functions():
        by_module.setdefault((fn.origin, fn.module), []).append(fn)
    facts = {key: facts_of_module(module, whole_module_idioms=False) for key, module in by_module.items()}
    result = {folder: figures_of([f for (origin, _), f in facts.items() if origin == folder]) for folder in REFERENCE_FOLDERS}
    result["all"] = figures_of(list(facts.values()))
    return result
