"""The need resolver: a value of a type and role, met in one of five ways weighed per role
(``roles.toml``): a variable already in scope, a read of an input array at the scope's index,
a uniform parameter, a production that computes it (handed to the expander), or a constant a
person would write. Parameters and loads appear only because something needed them.
"""

from __future__ import annotations

import re

from warp_synth.grammar.derivation import Expr, Param, Statement
from warp_synth.grammar.draw import DeadEnd, Draw, Scope, Var, array_of, bind, scope_index, scope_ndim
from warp_synth.grammar.names import LOAD_QUALIFIERS, SCALAR_LOAD_QUALIFIERS
from warp_synth.grammar.productions import split_role
from warp_synth.grammar.types import MADE_OPAQUE, OPAQUE_TYPES, VALUE_TYPES, array_parts


def expr_key(value: Expr) -> str:
    """What a value computes, the same text for the same computation."""
    if value.form in ("var", "literal"):
        return value.text
    slots = ", ".join(f"{slot}={expr_key(v)}" for slot, v in sorted(value.slots.items()))
    typevars = ",".join(f"{k}={v}" for k, v in sorted(value.typevars.items()))
    return f"{value.production}[{typevars}]({slots})"


class NeedResolver:
    """Meets the needs of one kernel's draw; a value a production must make goes to ``expander``
    (a ``sampler.ProductionExpander``, which calls back here for that production's own needs)."""

    def __init__(self, draw: Draw):
        self.draw = draw
        self.expander = None  # set by the expander that owns this resolver
        self._inline_loads: dict[str, tuple[Expr, Scope]] = {}  # load text -> (its value, scope)

    def resolve(self, typed: str, scope: Scope, depth: int, avoid: list[Expr] = (), refuse: tuple[str, ...] = ()) -> Expr:
        """A value of ``typed`` (``type:role``) usable in ``scope``, made by the cheapest
        route the chooser picks (never by a production named in ``refuse``, nor a variable one
        made, never a variable one of the values in ``avoid`` is); statements it needs are appended to ``scope``."""
        draw = self.draw
        type_name, role = split_role(typed)
        if type_name in OPAQUE_TYPES and not role:
            role = type_name  # geometry ids and generator states: the type is the role
        if array_parts(type_name) is not None:
            return self.array(type_name, role, scope, output=False)
        if type_name in OPAQUE_TYPES and type_name not in MADE_OPAQUE:
            existing = [v for v in scope.visible() if v.type == type_name and draw.meets(v.role, role)]
            return Expr("var", type_name, role, text=existing[0].name) if existing else self._uniform(type_name, role, scope)
        self._name_loads_again_needed(type_name, role, scope)
        # after _name_loads_again_needed: a load written in place for an earlier slot may have just become that variable
        avoided = {value.text for value in avoid if value.form == "var"}
        candidates = [
            v for v in scope.visible() if v.type == type_name and v.name not in avoided and v.made_by not in refuse and draw.meets(v.role, role)
        ]  # fmt: skip
        info = draw.roles[role] if role in draw.roles else None
        weights = dict(info.sources) if info else {"variable": 4.0, "make": 1.0}
        # Options listed cheapest first (fewest parameters and statements): a shrinking test
        # moves towards the first.
        options: list[tuple[str, float]] = []
        if candidates:
            options.append(("variable", weights.get("variable", 4.0)))
        if info and info.constants.get(type_name):
            options.append(("constant", weights.get("constant", 0.0)))
        # A second array or parameter of a role already in scope is rarely what a person
        # means, unless an array of it is still unread here (a neighbour's position in a loop).
        if info and info.uniforms and type_name in VALUE_TYPES and not candidates:
            options.append(("uniform", weights.get("uniform", 0.0)))
        index = scope_index(scope)
        if info and index and type_name in VALUE_TYPES and (self._unread(type_name, role, scope) or not candidates and self._readable(type_name, role, scope)):
            options.append(("array", weights.get("array", 0.0)))
        makers = [m for m in draw.makers(type_name, role, depth) if m.name not in refuse] if refuse else draw.makers(type_name, role, depth)
        # A tile or generator state has no other source: it is made even past the statement budget.
        if makers and (draw.statements_left > 0 or type_name in MADE_OPAQUE):
            options.append(("make", weights.get("make", 1.0)))
        options = [(name, weight) for name, weight in options if weight > 0]
        if type_name == "float32" and len(options) > 1:
            options = [(name, weight * draw.budget.float_uniform_share if name == "uniform" else weight) for name, weight in options]
        if not options:
            raise DeadEnd(f"nothing can supply a {typed} here")
        source = draw.chooser.choice(f"source {role or type_name}", [o[0] for o in options], [o[1] for o in options])
        if source == "variable":
            var = draw.chooser.choice("variable", candidates)
            return Expr("var", var.type, var.role, text=var.name)
        if source == "array":
            return self._read(type_name, role, scope)
        if source == "uniform":
            return self._uniform(type_name, role, scope)
        if source == "constant":
            return Expr("literal", type_name, role, text=draw.chooser.choice(f"constant {role}", info.constants[type_name]))
        return self._known(self.expander.make(makers, type_name, role, scope, depth), scope, avoided)

    def _known(self, value: Expr, scope: Scope, avoided: set[str]) -> Expr:
        """The variable already holding this computation, if one is in scope (a person computes
        ``wp.spatial_top(twist)`` once); else the value."""
        if value.form not in ("apply", "call"):
            return value
        key = expr_key(value)
        held = next((v for v in scope.visible() if v.made_from == key), None)
        if held is None:
            return value
        if held.name in avoided:  # the same value in two slots of one production: ``a - a``
            raise DeadEnd(f"{value.production} would be given the same value twice")
        self.draw.unrecord(value)
        return Expr("var", held.type, held.role, text=held.name)

    def fill(self, needs: dict[str, str], typevars: dict[str, str], scope: Scope, depth: int, body: str = "", refuse: tuple[str, ...] = ()) -> dict[str, Expr]:
        """Each slot's value; a variable given to one slot is not offered to the next
        (``wp.length(x - x)`` is not what a person writes), nor is the same computation. A
        computed value the template ``body`` uses more than once is given a name first, as a
        person would."""
        slots: dict[str, Expr] = {}
        for slot, typed in needs.items():
            value = self.resolve(bind(typed, typevars), scope, depth, list(slots.values()), refuse)
            if value.form in ("apply", "call") and any(expr_key(value) == expr_key(other) for other in slots.values()):
                raise DeadEnd(f"two slots would compute the same {value.production}")
            if value.form in ("apply", "call") and len(re.findall(rf"\{{\{{-?\s*{slot}\s*[|}}-]", body)) > 1:
                value = self._name(value, scope)
            slots[slot] = value
        return slots

    def _name(self, value: Expr, scope: Scope) -> Expr:
        """Bind a computed value to a new variable: ``speed = wp.length(v)``."""
        name = self.draw.fresh(value.role)
        scope.statements.append(Statement("", name, {"value": value}))
        scope.vars.append(Var(name, value.type, value.role, made_from=expr_key(value), made_by=value.production))
        return Expr("var", value.type, value.role, text=name)

    # -- parameters ---------------------------------------------------------------

    def _unread(self, type_name: str, role: str, scope: Scope) -> list[Param]:
        """Input arrays of this role not yet loaded at this scope's index (reading one twice
        would give the same value two names)."""
        array_type = array_of(type_name, scope_ndim(scope))
        index = scope_index(scope)
        loaded = {v.read_from for v in scope.visible()}
        return [
            p for p in self.draw.params
            if p.type == array_type and p.role == role and not p.single and not (p.output and not p.read) and f"{p.name}[{index}]" not in loaded
        ]  # fmt: skip

    def _readable(self, type_name: str, role: str, scope: Scope) -> bool:
        arrays = self.draw.roles[role].arrays
        taken = {p.name for p in self.draw.params}
        return bool(self._unread(type_name, role, scope)) or any(name not in taken for name in arrays)

    def _read(self, type_name: str, role: str, scope: Scope) -> Expr:
        """The item at this scope's index of an input array: one of this role not loaded here
        yet, else a new one."""
        draw = self.draw
        unread = self._unread(type_name, role, scope)
        if unread:
            param = unread[0]
        else:
            taken = {p.name for p in draw.params}
            names = tuple(n for n in draw.roles[role].arrays if n not in taken)
            param = draw.new_param(array_of(type_name, scope_ndim(scope)), role, names)
        param.read = True
        load = f"{param.name}[{scope_index(scope)}]"
        draw.types[type_name] += 1
        if scope.inline_reads:
            return Expr("literal", type_name, role, text=load)
        if draw.chooser.boolean("inline read", draw.budget.inline_read_chance):
            value = Expr("literal", type_name, role, text=load)
            self._inline_loads[load] = (value, scope)
            return value
        return self._load(load, type_name, role, scope)

    def _load(self, load: str, type_name: str, role: str, scope: Scope, first: bool = False, qualifiers: tuple[str, ...] = LOAD_QUALIFIERS) -> Expr:
        """``name = positions[tid]`` in ``scope`` (at its start when ``first``), a variable from now on."""
        name = self.draw.fresh(role, qualifiers=qualifiers)
        statement = Statement("", name, {"value": Expr("literal", type_name, role, text=load)})
        scope.statements.insert(0 if first else len(scope.statements), statement)
        scope.vars.append(Var(name, type_name, role, read_from=load))
        return Expr("var", type_name, role, text=name)

    def _name_loads_again_needed(self, type_name: str, role: str, scope: Scope) -> None:
        """A load of this role (or one that stands in for it: a step's velocity is a velocity)
        written in place here, needed again, gets a name, rather than a second array of it."""
        index = scope_index(scope)
        if not index:
            return
        array_type = array_of(type_name, scope_ndim(scope))
        for param in self.draw.params:
            load = f"{param.name}[{index}]"
            if load in self._inline_loads and param.type == array_type and self.draw.meets(param.role, role):
                self._promote(load)

    def settle_inline_reads(self, scope: Scope) -> None:
        """Loads written in place in ``scope`` stay there: a later need reads the array again
        rather than name a load in a scope whose statements are already final (a guard's)."""
        for load in [load for load, (_, where) in self._inline_loads.items() if where is scope]:
            del self._inline_loads[load]

    def _promote(self, load: str) -> None:
        """A load written in place once is needed again: it becomes a named load, first in its
        scope, and the place it was written now reads the name."""
        value, scope = self._inline_loads.pop(load)
        named = self._load(load, value.type, value.role, scope, first=True)
        value.form, value.text = "var", named.text

    def _uniform(self, type_name: str, role: str, scope: Scope) -> Expr:
        if type_name == "float32" and self.draw.uniforms_on_device():
            return self._device_scalar(type_name, role, scope)
        names = self.draw.roles[role].uniforms if role in self.draw.roles else (role,)
        param = self.draw.new_param(type_name, role, names)
        root = scope
        while root.parent is not None:
            root = root.parent
        root.vars.append(Var(param.name, type_name, role))
        return Expr("var", type_name, role, text=param.name)

    def _device_scalar(self, type_name: str, role: str, scope: Scope) -> Expr:
        """A uniform kept on the device: an array of one value, loaded once at the top of the
        kernel (``dt = sim_dt[0]``), else read where it is used (in a guard, or a template that
        places no statements of ours)."""
        draw = self.draw
        array_type = array_of(type_name, 1)
        param = next((p for p in draw.params if p.single and p.type == array_type and p.role == role), None)
        if param is None:
            info = draw.roles[role]
            names = tuple(n for n in info.uniforms if n not in info.names) or info.uniforms  # ``dt = sim_dt[0]``, not ``dt = dt[0]``
            param = draw.new_param(array_type, role, names)
            param.read = param.single = True
        load = f"{param.name}[0]"
        draw.types[type_name] += 1
        in_kernel = scope
        while in_kernel is not None and in_kernel is not draw.top:
            in_kernel = in_kernel.parent
        if in_kernel is None:
            return Expr("literal", type_name, role, text=load)
        return self._load(load, type_name, role, draw.top, first=True, qualifiers=SCALAR_LOAD_QUALIFIERS)

    def array(self, array_type: str, role: str, scope: Scope, output: bool) -> Expr:
        """An array parameter the template indexes itself: an input, or an array it writes."""
        draw = self.draw
        if not output:
            existing = [p for p in draw.params if p.type == array_type and p.role == role and not p.single]
            if existing:
                existing[0].read = True
                return Expr("var", array_type, role, text=existing[0].name)
        info = draw.roles[role]
        in_place = [p for p in draw.params if p.type == array_type and p.role == role and not p.output and not p.single]
        if output and in_place:
            if draw.separate_outputs is None:  # decided once: a kernel writes all its outputs in place, or none
                draw.separate_outputs = draw.chooser.boolean("separate output array", draw.budget.separate_output_chance)
            if not draw.separate_outputs:
                in_place[0].output = True
                return Expr("var", array_type, role, text=in_place[0].name)
        param = draw.new_param(array_type, role, info.outputs if output and info.outputs else info.arrays, output)
        param.read = not output
        return Expr("var", array_type, role, text=param.name)
