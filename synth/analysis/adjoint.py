"""What a record's backward code can't be trusted for, read from its source without running it.

Warp's adjoints are exact for what Warp differentiates, and knowingly wrong in a few documented
cases: a builtin whose adjoint Warp leaves empty (``MISSINGADJOINT`` in its headers: ``tile_min``,
``mod``...), a variable mutated inside a dynamic loop (Warp warns it "may not be a differentiable
operation"), an atomic's result used as a value (the backward pass replays the atomic on memory
the forward pass already changed), an array read and then overwritten in place (Warp's tape does
not support overwrites). Every record carries the caveats its source hits (``adjoint_caveats``);
the runtime check puts a gradient mismatch down to them, and measures how well they predict it.
A vector's component overwritten in a local (``v[k] = 0.0``) is one more: Warp writes it in place and
its adjoint ignores the write unless the module sets ``enable_vector_component_overwrites``.
"""

from __future__ import annotations

import ast


def adjoint_caveats(source: str) -> list[str]:
    """The documented limits of Warp's adjoints that ``source`` (a kernel module) hits."""
    from warp_synth.extract.runtime import missing_adjoints

    return known_ad_limits(source, missing_adjoints())


def known_ad_limits(source: str, missing: frozenset[str]) -> list[str]:
    """Why Warp's adjoint of this module may differ from its true derivative, by design:
    builtins whose adjoint Warp leaves empty, a variable mutated inside a dynamic loop (Warp
    warns "may not be a differentiable operation"), an atomic's result used as a value (the
    backward pass replays the atomic on memory the forward pass already changed), an array
    read and then overwritten in place, a local vector's component overwritten."""
    tree = ast.parse(source)
    limits = set()
    operators = {ast.Mod: "mod", ast.FloorDiv: "floordiv"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in missing:
            limits.add(f"no adjoint in Warp for {node.func.attr}")
        elif isinstance(node, ast.BinOp) and operators.get(type(node.op)) in missing:
            limits.add(f"no adjoint in Warp for {operators[type(node.op)]}")
        elif isinstance(node, ast.FunctionDef):
            if any(_mutates_outer(loop, node) for loop in ast.walk(node) if isinstance(loop, (ast.For, ast.While)) and _dynamic(loop)):
                limits.add("variable mutated in a dynamic loop")
            if _is_warp_function(node) and _overwrites_local_component(node):
                limits.add("vector component overwritten in place (Warp's adjoint ignores it without enable_vector_component_overwrites)")
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr.startswith("atomic_"):
                if not isinstance(node, ast.Expr):
                    limits.add("atomic result used as a value")
    loads = {n.value.id for n in ast.walk(tree) if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and isinstance(n.ctx, ast.Load)}
    stores = {n.value.id for n in ast.walk(tree) if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and isinstance(n.ctx, ast.Store)}
    if loads & stores:
        limits.add("array overwritten after it was read (Warp's tape does not support overwrites)")
    return sorted(limits)


def _dynamic(loop) -> bool:
    """A loop Warp does not unroll: a while loop, a for loop over anything but ``range`` of
    literals and module constants, or one that can ``break`` (Warp then keeps it dynamic)."""
    if isinstance(loop, ast.While) or any(isinstance(n, ast.Break) for stmt in loop.body for n in ast.walk(stmt)):
        return True
    call = loop.iter
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "range"):
        return True
    return not all(isinstance(a, ast.Constant) or (isinstance(a, ast.Name) and a.id.isupper()) for a in call.args)


_COMPONENTS = {"x", "y", "z", "w"}


def _is_warp_function(function: ast.FunctionDef) -> bool:
    """Whether it is decorated ``@wp.kernel`` or ``@wp.func`` (with or without options): a
    kernel factory's own body is host Python, which Warp never differentiates."""
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in ("kernel", "func"):
            return True
    return False


def _overwrites_local_component(function: ast.FunctionDef) -> bool:
    """Whether the function assigns one component of a local value (``v[k] = ...``, ``v.x = ...``);
    a parameter's subscript is an array element, whose writes Warp differentiates."""
    params = {a.arg for a in function.args.args}
    for node in ast.walk(function):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign) else []
        for target in targets:
            component = isinstance(target, ast.Subscript) or (isinstance(target, ast.Attribute) and target.attr in _COMPONENTS)
            if component and isinstance(target.value, ast.Name) and target.value.id not in params:
                return True
    return False


def _assigned(nodes) -> list:
    """Name targets of the assignments in ``nodes`` (walked), as AST nodes."""
    found = []
    for stmt in nodes:
        for n in ast.walk(stmt):
            if isinstance(n, (ast.Assign, ast.AugAssign)):
                found += [t for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)]
    return found


def _mutates_outer(loop, function) -> bool:
    """Whether the loop's body updates a variable in place (``+=``) or assigns one that the
    function also assigns outside the loop."""
    inner = _assigned(loop.body)
    if any(isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) for stmt in loop.body for n in ast.walk(stmt)):
        return True
    inside = {id(t) for t in inner}
    outside = {t.id for t in _assigned(function.body) if id(t) not in inside}
    return any(t.id in outside for t in inner)
