"""What application kernels do and tutorial kernels seldom do (issue 19): index plumbing,
guards, helper calls, integer parameters, options and factories. Each fact is a yes or no of
one kernel, read from its AST. Definitions:

* array: a parameter annotated as an array, or a field of a struct (``model.body_q``, not
  ``a.shape``); an element read is a subscript of one in a load.
* guard: a ``return`` or ``continue`` (the kernel leaves early for some threads or items).
* loaded_branch: an ``if`` whose test reads an element, directly or through a name bound to
  one (``flag = flags[i]``, ``if flag == 0``).
* gather: an element read whose index reads another element, directly (``x[idx[i]]``) or
  through a name bound to one (``b = body[i]`` then ``q[b]``).
* device_scalar: an element read at a constant index (``count[0]``).
* index_arithmetic: an index that adds or subtracts two variables (``a[start + j]``; not
  ``a[i + 1]``), or a ``range`` whose bounds read elements (``range(offsets[i], offsets[i + 1])``).
* trivial: three statements or fewer.
* user_call: a call of a function neither Warp's nor Python's: a ``@wp.func`` of the module, an
  imported one, or one reached through another module (``math.quat_mul``).
* int32_param: a scalar int32 parameter; int32_spelled: ``wp.int32`` appears in the kernel.
* scalar_float_param: a scalar float32 parameter; ends_scalar_float: the last one is.
* kernel_options: ``@wp.kernel(...)``; nested: defined inside a function (a factory's kernel).
* enum_constant: ``Name.CONSTANT`` with ``Name`` a CamelCase class (``JointType.FREE``).
* static_if: ``if wp.static(...)``.
* custom_vector: an annotation naming a vector or matrix type its module declares;
  any_generic: an annotation ``Any`` (``typing.Any``).
* world_dim: ``wp.tid()`` unpacked into two or more names, the first naming a world, batch
  or environment (``world, i = wp.tid()``); no_tid: no ``wp.tid()`` (a set-up kernel).
* vec2, half_or_double, trig: names a ``vec2`` type; names a half or double precision type;
  calls ``sin`` or ``cos``.
"""

from __future__ import annotations

import ast
import re

from warp_synth.synth.analysis.corpus import Function, annotation_parts, universe

_PYTHON_CALLS = {"range", "int", "float", "bool", "len", "min", "max", "abs", "print", "isinstance", "type", "tuple", "round"}
_WORLD = re.compile(r"(world|env|batch|b|w|scene|instance|sample|replica)_?(id|idx|index|nr)?")
_ENUM_CLASS = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*")
_ENUM_MEMBER = re.compile(r"[A-Z][A-Z0-9_]*")
_VEC2 = re.compile(r"\bvec2[fdh]?\b")
_HALF_OR_DOUBLE = re.compile(r"\b(?:float16|float64|half|(?:vec[234]|mat(?:22|33|44)|quat|transform|spatial_vector|spatial_matrix)[hd])\b")
_FLOAT = {"float32"}
# Each fact -> its row in the realism table.
FACTS = {
    "trivial": "kernels of <= 3 statements",
    "guard": "kernels with a guard or early return",
    "loaded_branch": "branching on a value just loaded",
    "gather": "gathers through an index array",
    "device_scalar": "reads of a device-side scalar (count[0])",
    "index_arithmetic": "index arithmetic (a[start + j], CSR ranges)",
    "user_call": "kernels calling a user @wp.func",
    "atomic_add": "kernels with atomic_add",
    "modulo": "kernels with %",
    "or": "kernels with or",
    "int32_param": "scalar int32 parameters",
    "int32_spelled": "kernels spelling wp.int32",
    "scalar_float_param": "scalar float parameters",
    "ends_scalar_float": "signatures ending in a scalar float",
    "kernel_options": "@wp.kernel(...) options",
    "nested": "kernels defined inside a function",
    "enum_constant": "enum or class constants",
    "static_if": "if wp.static(...)",
    "custom_vector": "custom vector types",
    "any_generic": "typing.Any generics",
    "world_dim": "a world/batch launch dimension",
    "no_tid": "kernels without wp.tid()",
    "vec2": "kernels naming vec2",
    "half_or_double": "half or double precision",
    "trig": "kernels calling sin or cos",
}


def _is_array(node: ast.AST, arrays: set[str]) -> bool:
    if isinstance(node, ast.Attribute):  # a struct's array field, not an array's shape
        return isinstance(node.value, ast.Name) and node.value.id not in ("wp", "warp") and node.attr != "shape"
    return isinstance(node, ast.Name) and node.id in arrays


def _element_reads(node: ast.AST, arrays: set[str]) -> list[ast.Subscript]:
    return [n for n in ast.walk(node) if isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Load) and _is_array(n.value, arrays)]


def _strip_casts(node: ast.AST) -> ast.AST:
    while isinstance(node, ast.Call) and len(node.args) == 1 and ast.unparse(node.func).removeprefix("wp.") in ("int", "int32", "uint32", "int64"):
        node = node.args[0]
    return node


def _loaded_names(fn: Function, arrays: set[str]) -> set[str]:
    """Names bound to an element read (``b = body[i]``, ``b = int(body[i])``)."""
    loaded = set()
    for n in fn.body:
        if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None:
            value = _strip_casts(n.value)
            if isinstance(value, ast.Subscript) and _is_array(value.value, arrays):
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                loaded |= {t.id for target in targets for t in ast.walk(target) if isinstance(t, ast.Name)}
    return loaded


def _adds_variables(index: ast.AST) -> bool:
    return any(
        isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Add, ast.Sub)) and not isinstance(n.left, ast.Constant) and not isinstance(n.right, ast.Constant)
        for n in ast.walk(index)
    )  # fmt: skip


def _reads_names(node: ast.AST, names: set[str]) -> bool:
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def _callee(call: ast.Call) -> str | None:
    """A call's function as ``name`` or ``module.name`` (None for anything else)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return None


def _user_call(call: ast.Call, fn: Function) -> bool:
    name = _callee(call)
    if name is None or name.startswith(("wp.", "warp.")):
        return False
    if "." in name:  # a helper of another module: math.quat_mul
        return name.split(".")[0][0].islower()
    u = universe()
    return name not in _PYTHON_CALLS and name not in fn.custom_types and not name[0].isupper() and (name in fn.defined or name not in u.registry)


def _tid_names(fn: Function) -> list[list[str]] | None:
    """The names each ``wp.tid()`` is unpacked into; None when the kernel never calls it."""
    found, called = [], False
    for n in fn.body:
        if isinstance(n, ast.Call) and _callee(n) in ("wp.tid", "warp.tid", "tid"):
            called = True
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and _callee(n.value) in ("wp.tid", "warp.tid", "tid"):
            target = n.targets[0]
            found.append([t.id for t in (target.elts if isinstance(target, ast.Tuple) else [target]) if isinstance(t, ast.Name)])
    return found if called else None


def application_facts(fn: Function) -> dict[str, bool]:
    """The facts (see the module docstring) of one kernel."""
    params = [(a.arg, annotation_parts(a.annotation), a.annotation) for a in fn.node.args.args]
    arrays = {name for name, (_, dims, _), _ in params if dims}
    loaded = _loaded_names(fn, arrays)
    reads = _element_reads(fn.node, arrays)
    indices = [r.slice for r in reads]
    ranges = [n for n in fn.body if isinstance(n, ast.For) and isinstance(n.iter, ast.Call) and _callee(n.iter) == "range"]
    calls = [n for n in fn.body if isinstance(n, ast.Call)]
    callees = {_callee(c) for c in calls}
    tids = _tid_names(fn)
    annotations = [ast.unparse(a) for _, _, a in params if a is not None]
    text = fn.source
    return {
        "trivial": sum(isinstance(n, ast.stmt) for n in fn.body) <= 3,
        "guard": any(isinstance(n, (ast.Return, ast.Continue)) for n in fn.body),
        "loaded_branch": any(isinstance(n, ast.If) and (_element_reads(n.test, arrays) or _reads_names(n.test, loaded)) for n in fn.body),
        "gather": any(_element_reads(i, arrays) or _reads_names(i, loaded) for i in indices),
        "device_scalar": any(isinstance(i, ast.Constant) and isinstance(i.value, int) for i in indices),
        "index_arithmetic": any(_adds_variables(i) for i in indices) or any(_element_reads(arg, arrays) for loop in ranges for arg in loop.iter.args),
        "user_call": any(_user_call(c, fn) for c in calls),
        "atomic_add": bool(callees & {"wp.atomic_add", "atomic_add"}),
        "modulo": any(isinstance(n, (ast.BinOp, ast.AugAssign)) and isinstance(n.op, ast.Mod) for n in fn.body),
        "or": any(isinstance(n, ast.BoolOp) and isinstance(n.op, ast.Or) for n in fn.body),
        "int32_param": any(not dims and element == "int32" for _, (_, dims, element), _ in params),
        "int32_spelled": re.search(r"\b(?:wp|warp)\.int32\b", text) is not None,
        "scalar_float_param": any(not dims and element in _FLOAT for _, (_, dims, element), _ in params),
        "ends_scalar_float": bool(params) and params[-1][1][1] == 0 and params[-1][1][2] in _FLOAT,
        "kernel_options": any(isinstance(d, ast.Call) for d in fn.node.decorator_list),
        "nested": fn.nested,
        "enum_constant": any(
            isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id not in ("wp", "warp")
            and _ENUM_CLASS.fullmatch(n.value.id) is not None and _ENUM_MEMBER.fullmatch(n.attr) is not None
            for n in fn.body
        ),  # fmt: skip
        "static_if": any(isinstance(n, ast.If) and isinstance(n.test, ast.Call) and _callee(n.test) in ("wp.static", "warp.static") for n in fn.body),
        "custom_vector": any(re.search(rf"\b{re.escape(t)}\b", a) for t in fn.custom_types for a in annotations),
        "any_generic": any(re.fullmatch(r"(typing\.)?Any", a) or "dtype=Any" in a or "dtype=typing.Any" in a for a in annotations),
        "world_dim": any(len(names) >= 2 and _WORLD.fullmatch(names[0]) is not None for names in tids or []),
        "no_tid": tids is None,
        "vec2": _VEC2.search(text) is not None,
        "half_or_double": _HALF_OR_DOUBLE.search(text) is not None,
        "trig": bool(callees & {"wp.sin", "wp.cos", "sin", "cos"}),
    }
