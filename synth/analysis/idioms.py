"""Fuzzer idioms: code shapes a generator produces and people do not write.

Each rule below looks at one function's AST and reports where it sees its idiom. The
rules are tuned on Warp's own kernels (``warp/examples`` and ``warp/tests``): a rule that
flags many of them describes real code, not a generator's habit (``synth realism`` prints
the rate of every rule on both corpora).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Idiom:
    """One sighting: which rule, the line (in the source given) and the code at fault."""

    name: str
    line: int
    text: str


def _callee(node: ast.AST) -> str | None:
    """``wp.sin(x)`` / ``warp.sin(x)`` / ``sin(x)`` -> ``"sin"``; anything else -> None."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("wp", "warp"):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


_FLOAT_CASTS = {"float", "float32", "float16", "float64"}
_INT_CASTS = {"int", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"}
_CASTS = _FLOAT_CASTS | _INT_CASTS | {"bool"}
_CANONICAL_CAST = {"float": "float32", "int": "int32"}
_IDENTITIES = {"transform_identity", "quat_identity", "identity", "spatial_identity"}
# Operations for which an identity argument changes nothing.
_COMPOSING = {
    "transform_point", "transform_vector", "transform_multiply", "transform_inverse", "quat_rotate",
    "quat_rotate_inv", "quat_inverse", "quat_multiply", "mul", "transpose", "inverse", "normalize",
}  # fmt: skip
# Calls whose value is a matrix, quaternion or transform: multiplying one by an identity is a no-op.
_COMPOSITE_VALUED = _IDENTITIES | _COMPOSING | {f"mat{n}{n}{s}" for n in (2, 3, 4) for s in ("", "f", "d", "h")}
_COMPOSITE_VALUED |= {"outer", "skew", "quat_from_axis_angle", "quat_rpy", "quat_from_matrix", "quat_to_matrix", "transform",
                      "quat", "quaternion", "matrix", "matrix_from_rows", "matrix_from_cols"}  # fmt: skip
# An accessor or conversion applied straight to what its inverse built gives back an argument.
_ROUND_TRIPS = {
    "spatial_top": "spatial_vector", "spatial_bottom": "spatial_vector", "transform_get_translation": "transform",
    "transform_get_rotation": "transform", "transform_to_matrix": "transform_from_matrix",
    "transform_from_matrix": "transform_to_matrix", "quat_to_matrix": "quat_from_matrix", "quat_from_matrix": "quat_to_matrix",
}  # fmt: skip
_NON_NEGATIVE = {"length", "length_sq", "abs", "sqrt", "exp", "norm_l1", "norm_l2", "norm_huber"}
# A scalar made from something else: a norm, a cast, or such a scalar broadcast into a vector.
_SCALARISERS = {"length", "length_sq", "determinant", "trace", "dot"} | _CASTS
_NUMBERED = re.compile(r"^(.*)_(\d+)$")


def _condition_without_variable(test: ast.AST) -> bool:
    """True when nothing in the condition can vary: no variable, attribute or subscript is read."""
    callees = {id(n) for call in ast.walk(test) if isinstance(call, ast.Call) for n in ast.walk(call.func)}
    return not any(
        isinstance(node, (ast.Name, ast.Attribute, ast.Subscript)) and id(node) not in callees for node in ast.walk(test)
    )


def _constant_conditions(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    for node in nodes:
        if isinstance(node, (ast.If, ast.IfExp, ast.While)):
            if not (isinstance(node, ast.While) and isinstance(node.test, ast.Constant) and node.test.value is True):
                if _condition_without_variable(node.test):  # ``while True:`` with a break is honest code
                    yield node.test
        elif _callee(node) in ("where", "select") and node.args and _condition_without_variable(node.args[0]):
            yield node


def _double_casts(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """``float(float(x))``, or any chain of casts around a literal: ``float(wp.float32(1.0))``."""
    for node in nodes:
        outer = _callee(node)
        if outer not in _CASTS or len(node.args) != 1:
            continue
        inner = _callee(node.args[0])
        if inner not in _CASTS or len(node.args[0].args) != 1:
            continue
        same_type = _CANONICAL_CAST.get(outer, outer) == _CANONICAL_CAST.get(inner, inner)
        if same_type or isinstance(node.args[0].args[0], ast.Constant):
            yield node


def _identity_compositions(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """Composition with an identity (``q * wp.quat_identity()``), or a round trip through an
    inverse (``wp.spatial_bottom(wp.spatial_vector(w, v))`` is ``v``)."""
    for node in nodes:
        callee = _callee(node)
        if callee in _COMPOSING and any(_callee(arg) in _IDENTITIES for arg in node.args):
            yield node
        elif callee in _ROUND_TRIPS and len(node.args) == 1 and _callee(node.args[0]) == _ROUND_TRIPS[callee]:
            yield node
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.MatMult)):
            sides = (node.left, node.right)
            for this, other in (sides, sides[::-1]):
                if _callee(this) in _IDENTITIES and _callee(other) in _COMPOSITE_VALUED:
                    yield node
                    break


def _thread_ids(nodes: list[ast.AST]) -> set[str]:
    names = set()
    for node in nodes:
        if isinstance(node, ast.Assign) and _callee(node.value) == "tid":
            for target in node.targets:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return names


def _abs_of_thread_ids(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    tids = _thread_ids(nodes)
    for node in nodes:
        if _callee(node) == "abs" and node.args and isinstance(node.args[0], ast.Name) and node.args[0].id in tids:
            yield node


def _loop_bounds(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    for node in nodes:
        if isinstance(node, ast.For) and _callee(node.iter) == "range":
            yield from node.iter.args
        elif isinstance(node, ast.While):
            yield node.test


def _clamped_abs_loop_bounds(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """``range(wp.min(wp.abs(x), 16))``: a trip count forced into range by abs and min."""
    for bound in _loop_bounds(func, nodes):
        for node in ast.walk(bound):
            if _callee(node) == "min" and any(_callee(arg) == "abs" for arg in node.args):
                yield node
                break


def _sum_terms(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _sum_terms(node.left) + _sum_terms(node.right)
    return [node]


def _scaliser(term: ast.AST) -> str | None:
    """The scalarising call a term is (``wp.length(v)``, ``float(i)``), looking through a vector broadcast."""
    name = _callee(term)
    if name and name.startswith("vec") and len(term.args) == 1:
        name = _callee(term.args[0])
    return name if name in _SCALARISERS else None


def _summed_unrelated(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """A sum of three or more terms, two or more of them different scalarisers:
    ``band + wp.length(rot_q) + float(cell_id)`` adds a norm to a cast index."""
    for node in nodes:
        value = node.value if isinstance(node, (ast.Assign, ast.AugAssign)) else None
        if value is None:
            continue
        terms = _sum_terms(value)
        kinds = [k for k in map(_scaliser, terms) if k]
        if len(terms) >= 3 and len(kinds) >= 2 and len({_CANONICAL_CAST.get(k, k) for k in kinds}) >= 2:
            yield node


def _numbered_suffixes(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """``acc_2`` or ``row_3`` with no ``acc_0``/``acc_1`` beside it: a renamer's suffix, not a series."""
    names = {n.id for n in nodes if isinstance(n, ast.Name)} | {a.arg for a in func.args.args}
    reported = set()
    for node in nodes:
        name = node.id if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) else None
        match = _NUMBERED.match(name or "")
        if match and int(match[2]) >= 2 and name not in reported:
            base = match[1]
            if f"{base}_0" not in names and f"{base}_1" not in names:
                reported.add(name)
                yield node


def _padded_indices(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """``((x % n) + n) % n``."""
    for node in nodes:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            inner = node.left
            if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Add):
                modulus = ast.dump(node.right)
                if any(
                    isinstance(t, ast.BinOp) and isinstance(t.op, ast.Mod) and ast.dump(t.right) == modulus
                    for t in (inner.left, inner.right)
                ):
                    yield node


def _int_constant(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int


def _hash_buckets(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """``((abs(a) % 1024) * 31 + b) % 4096``: modulo a literal, around a multiply and a modulo by literals."""
    inner_ids: set[int] = set()
    for node in nodes:
        if id(node) in inner_ids or not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and _int_constant(node.right)):
            continue
        inside = list(ast.walk(node.left))
        has_mod = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mod) and _int_constant(n.right) for n in inside)
        has_mul = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult) and _int_constant(n.right) for n in inside)
        if has_mod and has_mul:
            inner_ids.update(id(n) for n in inside)
            yield node


def _branches(node: ast.If) -> list[list[ast.stmt]] | None:
    """The bodies of an if/elif/else chain, or None when it has no final else."""
    bodies = [node.body]
    while len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
        node = node.orelse[0]
        bodies.append(node.body)
    return bodies + [node.orelse] if node.orelse else None


def _same_value_branches(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """An if/else (or if/elif/else) whose branches are the same code: the test decides nothing."""
    elifs = {id(n.orelse[0]) for n in nodes if isinstance(n, ast.If) and len(n.orelse) == 1 and isinstance(n.orelse[0], ast.If)}
    for node in nodes:
        if isinstance(node, ast.If) and id(node) not in elifs:
            bodies = _branches(node)
            if bodies and len({"".join(ast.dump(s) for s in body) for body in bodies}) == 1:
                yield node


def _negative_constant(node: ast.AST, allow_zero: bool) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        value = -node.operand.value
    elif isinstance(node, ast.Constant):
        value = node.value
    elif _callee(node) in _CASTS and len(node.args) == 1:
        return _negative_constant(node.args[0], allow_zero)
    else:
        return False
    return isinstance(value, (int, float)) and not isinstance(value, bool) and (value < 0 or (allow_zero and value == 0))


def _impossible_tests(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """``wp.length(v) < 0.0``, ``wp.abs(x) <= -1.0``, ``0.0 > wp.sqrt(y)``: a norm is never negative."""
    for node in nodes:
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for left, op, right in zip(operands, node.ops, operands[1:]):
            if isinstance(op, (ast.Gt, ast.GtE)):
                left, right, op = right, left, ast.Lt() if isinstance(op, ast.Gt) else ast.LtE()
            if isinstance(op, (ast.Lt, ast.LtE)) and _callee(left) in _NON_NEGATIVE:
                if _negative_constant(right, allow_zero=isinstance(op, ast.Lt)):
                    yield node
                    break


def _self_differences(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """``v - v``: a value minus itself (two slots given the same value), always zero."""
    for node in nodes:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and ast.dump(node.left) == ast.dump(node.right):
            if not any(isinstance(n, ast.Call) for n in ast.walk(node.left)):  # rand(s) - rand(s) differs
                yield node


def _unused_parameters(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    loaded = {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    for arg in func.args.args:
        if arg.arg not in loaded:
            yield arg


def _names_read(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _names_written(stmt: ast.stmt) -> set[str]:
    """Names a statement may change: bound names, arrays and structs stored into, and whatever a
    bare call (``wp.atomic_add(a, i, v)``) is given."""
    written = {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    for n in ast.walk(stmt):
        if isinstance(n, (ast.Subscript, ast.Attribute)) and isinstance(n.ctx, ast.Store):
            base = n
            while isinstance(base, (ast.Subscript, ast.Attribute)):
                base = base.value
            written |= {base.id} if isinstance(base, ast.Name) else set()
        elif isinstance(n, ast.Expr) and isinstance(n.value, ast.Call):
            written |= _names_read(n.value)
    return written


# Calls that give a new value each time: random draws, atomics, thread ids, fresh storage.
_DRAWS = re.compile(r"rand|sample_|poisson|atomic_|^tid$|^tile_(zeros|ones|full|empty)$|^zeros$|^matrix$|^vector$")


def _does_work(value: ast.AST) -> bool:
    """A value computed from variables (a call or arithmetic, not ``float(0.0)`` or
    ``N_GRID - 2``) by Warp alone, the same each time (no random draw, no fresh storage; a
    helper of the module's may have effects)."""
    calls = [_callee(n) or "" for n in ast.walk(value) if isinstance(n, ast.Call)]
    if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id not in _CASTS | {"min", "max", "abs"} for n in ast.walk(value)):
        return False
    computes = bool(calls) or any(isinstance(n, ast.BinOp) for n in ast.walk(value))
    called = {id(n.func) for n in ast.walk(value) if isinstance(n, ast.Call)}
    variables = {n.id for n in ast.walk(value) if isinstance(n, ast.Name) and id(n) not in called and n.id not in ("wp", "warp") and not n.id.isupper()}
    return computes and bool(variables) and not any(_DRAWS.search(c) for c in calls)


def _blocks(func: ast.FunctionDef) -> Iterator[list[ast.stmt]]:
    for node in ast.walk(func):
        for field in ("body", "orelse"):
            block = getattr(node, field, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                yield block


def _work_key(stmt: ast.stmt) -> str | None:
    """What a statement computes, the same for the same work: its value, or, for an update of a
    name by itself (``v += f * dt``, ``v = v / m``), the update."""
    if isinstance(stmt, ast.AugAssign) and _does_work(stmt.value):
        return f"{ast.dump(stmt.target)} {type(stmt.op).__name__}= {ast.dump(stmt.value)}"
    # a value bound to a name: storing one value into two arrays is no repeated work
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) and _does_work(stmt.value):
        target = stmt.targets[0]
        updates = isinstance(target, ast.Name) and target.id in _names_read(stmt.value)
        return f"{ast.dump(target)} = {ast.dump(stmt.value)}" if updates else ast.dump(stmt.value)
    return None


def _applied_to_own_result(earlier: ast.Assign, later: ast.AST) -> bool:
    """``later`` is ``earlier``'s value with one operand replaced by ``earlier``'s own result:
    ``v1 = v + f * dt`` then ``v2 = v1 + f * dt`` (the force added twice)."""
    target = earlier.targets[0]
    if not isinstance(target, ast.Name) or type(later) is not type(earlier.value):
        return False
    wanted = ast.dump(later)
    for operand in ast.walk(earlier.value):
        if operand is earlier.value or not isinstance(operand, ast.expr):
            continue
        swapped = ast.Name(target.id, ast.Load())
        # compare with the operand swapped for the result's name, without copying the tree
        for parent in ast.walk(earlier.value):
            for field, value in ast.iter_fields(parent):
                if value is operand:
                    setattr(parent, field, swapped)
                    same = ast.dump(earlier.value) == wanted
                    setattr(parent, field, operand)
                    if same:
                        return True
                elif isinstance(value, list) and any(item is operand for item in value):
                    position = next(i for i, item in enumerate(value) if item is operand)
                    value[position] = swapped
                    same = ast.dump(earlier.value) == wanted
                    value[position] = operand
                    if same:
                        return True
    return False


def _repeated_work(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """The same work twice in one block, nothing it reads changed in between by another statement:
    a value computed again (``a = wp.length(d)`` ... ``b = wp.length(d)``), an update applied
    again (``v += f * dt`` ... ``v += f * dt``; ``v = v / m`` ... ``v = v / m``), or an operation
    applied to its own result (``v1 = v + f * dt`` ... ``v2 = v1 + f * dt``)."""
    for block in _blocks(func):
        seen: dict[str, set[str]] = {}  # the work's key -> the names it reads
        computed: list[tuple[ast.Assign, set[str]]] = []  # bindings of work, and the names they read
        for stmt in block:
            key = _work_key(stmt)
            if key is not None and key in seen:
                yield stmt
            elif key is not None and isinstance(stmt, ast.Assign) and any(_applied_to_own_result(earlier, stmt.value) for earlier, _ in computed):
                yield stmt
            written = _names_written(stmt)
            seen = {k: reads for k, reads in seen.items() if not reads & written}
            computed = [(earlier, reads) for earlier, reads in computed if not reads & written]
            if key is not None:
                reads = _names_read(stmt.value) | (_names_read(stmt.target) if isinstance(stmt, ast.AugAssign) else set())
                seen[key] = reads
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                    computed.append((stmt, reads | _names_written(stmt)))


_IDEMPOTENT = {"normalize", "abs", "floor", "ceil", "round", "trunc", "sign", "rint"}


def _idempotent_twice(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """An idempotent operation applied to its own result: ``wp.normalize(wp.normalize(d))``, or
    ``n = wp.normalize(d)`` (bound once) then ``wp.normalize(n)``."""
    assigned: dict[str, list[ast.AST]] = {}
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            assigned.setdefault(node.targets[0].id, []).append(node.value)
    for node in nodes:
        name = _callee(node)
        if name in _IDEMPOTENT and len(node.args) == 1:
            argument = node.args[0]
            if isinstance(argument, ast.Name) and len(assigned.get(argument.id, [])) == 1:
                argument = assigned[argument.id][0]
            if _callee(argument) == name:
                yield node


# Words that name a result: a value just loaded is not one yet.
_RESULT_WORDS = {"new", "out", "output", "result", "updated", "final"}


def _result_named_loads(func: ast.FunctionDef, nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """An element loaded into a name that calls it a result, and read once: ``g_new = grad[tid]``,
    ``v_new = v[tid]`` (``v_new = v[tid] + a * dt`` is one)."""
    reads: dict[str, int] = {}
    bound: dict[str, int] = {}
    for n in nodes:
        if isinstance(n, ast.Name):
            counts = reads if isinstance(n.ctx, ast.Load) else bound
            counts[n.id] = counts.get(n.id, 0) + 1
    for stmt in nodes:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) and isinstance(stmt.value, ast.Subscript):
            name, array = stmt.targets[0].id, stmt.value.value
            words = set(name.lower().split("_")) & _RESULT_WORDS
            if not words or not isinstance(array, ast.Name) or bound[name] != 1 or reads.get(name, 0) > 1:
                continue
            if not any(part.startswith(word) for word in words for part in array.id.lower().split("_")):  # res = residual[i] abbreviates
                yield stmt


RULES: dict[str, Callable[[ast.FunctionDef, list[ast.AST]], Iterator[ast.AST]]] = {
    "clamped_abs_loop_bound": _clamped_abs_loop_bounds,
    "abs_of_thread_id": _abs_of_thread_ids,
    "identity_composition": _identity_compositions,
    "constant_condition": _constant_conditions,
    "double_cast": _double_casts,
    "summed_unrelated": _summed_unrelated,
    "numbered_suffix": _numbered_suffixes,
    "padded_index": _padded_indices,
    "hash_bucket": _hash_buckets,
    "same_value_branches": _same_value_branches,
    "impossible_test": _impossible_tests,
    "self_difference": _self_differences,
    "unused_parameter": _unused_parameters,
    "repeated_work": _repeated_work,
    "idempotent_twice": _idempotent_twice,
    "result_named_load": _result_named_loads,
}


def function_idioms(func: ast.FunctionDef, source: str | None = None, nodes: list[ast.AST] | None = None) -> list[Idiom]:
    """The idioms in one function; ``source`` (the text it was parsed from) fills ``Idiom.text``;
    ``nodes``, when the caller has them, are ``list(ast.walk(func))``."""
    nodes = nodes if nodes is not None else list(ast.walk(func))
    found = []
    for name, rule in RULES.items():
        for node in rule(func, nodes):
            text = (ast.get_source_segment(source, node) if source else None) or ast.unparse(node)
            found.append(Idiom(name, node.lineno, text))
    return found


def _is_constant_value(value: ast.AST) -> bool:
    """``wp.constant(...)`` or a literal (``64``, ``-1.0``): what a module constant is bound to."""
    if isinstance(value, ast.UnaryOp):
        value = value.operand
    return isinstance(value, ast.Constant) or (_callee(value) == "constant")


def _unused_constants(tree: ast.Module, launch_reads: frozenset[str]) -> Iterator[ast.AST]:
    """Module constants nothing in the module reads. ``launch_reads`` are those the kernel's launch
    passes (a tiled launch's block size): read by the host code that launches it, outside the module."""
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and _is_constant_value(stmt.value):
            for target in stmt.targets:
                if isinstance(target, ast.Name) and target.id.isupper() and target.id not in read | launch_reads:
                    yield stmt


# Rules over a whole module, beside the per-function ``RULES`` (``find_idioms`` applies both; the
# realism figures, which measure kernels one by one, apply ``RULES`` only).
MODULE_RULES: dict[str, Callable[[ast.Module, frozenset[str]], Iterator[ast.AST]]] = {
    "unused_constant": _unused_constants,
}


def find_idioms(source: str, launch_reads: frozenset[str] = frozenset()) -> list[Idiom]:
    """Every idiom in a module's source, in line order: in each function, and of the module
    (``MODULE_RULES``; ``launch_reads``, the constants its kernel's launch passes)."""
    tree = ast.parse(source)
    found = [i for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) for i in function_idioms(node, source)]
    for name, rule in MODULE_RULES.items():
        found += [Idiom(name, node.lineno, ast.get_source_segment(source, node) or ast.unparse(node)) for node in rule(tree, launch_reads)]
    return sorted(found, key=lambda i: (i.line, i.name))
