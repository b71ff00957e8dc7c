"""Semantic roles: what a value means beside its Warp type (a position, a time step, a flag ...).

Productions say which roles they combine (``"vec3:position"``), so a kernel only ever adds a
velocity times a time step to a position, never a length to an angle. Roles are data, in
``roles.toml`` beside the templates: the names a person gives such values, how a kernel gets
one it lacks (read per thread from an input array, or passed as one uniform parameter), the
names of those parameters, and the range test inputs for it are drawn from.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.productions import read_text

ROLES_FILE = "roles.toml"
# How a kernel can get a value it needs: from a variable in scope, by reading an input array at
# the thread's index, as a uniform parameter, by a production that computes it, or a constant.
SOURCES = ("variable", "array", "uniform", "make", "constant")


@dataclass(frozen=True)
class Role:
    name: str
    names: tuple[str, ...]  # local variable names, in order of preference
    arrays: tuple[str, ...] = ()  # input arrays holding one such value per item
    outputs: tuple[str, ...] = ()  # arrays a kernel writes such values to
    uniforms: tuple[str, ...] = ()  # a single such value passed to the whole launch
    sources: dict[str, float] = field(default_factory=dict)  # weights of SOURCES
    constants: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> literals a person would write
    range: tuple[float, float] | None = None  # where test inputs are drawn from
    unit: bool = False  # vectors of this role are normalised (directions, normals, axes)
    parent: str | None = None  # a role whose needs this one also meets (a neighbor's position is a position)


@dataclass(frozen=True)
class Roles:
    by_name: dict[str, Role]

    def __getitem__(self, name: str) -> Role:
        return self.by_name[name]

    def __contains__(self, name: str) -> bool:
        return name in self.by_name

    def meets(self, have: str, need: str) -> bool:
        """Whether a value of role ``have`` can serve where role ``need`` is asked for."""
        role: str | None = have
        while role is not None:
            if role == need:
                return True
            role = self.by_name[role].parent
        return False


def _strings(value: object, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GrammarError(f"{key} must be a list of strings", where=where)
    return tuple(value)


def load_roles(root: Path) -> Roles:
    """Read ``roles.toml`` (one table per role, source weights under ``[defaults]``) and any
    ``roles/*.toml`` beside it (more roles, one domain a file); a role is defined once."""
    roles: dict[str, Role] = {}
    defaults: dict = {}
    where_defined: dict[str, str] = {}
    for path in [root / ROLES_FILE, *sorted((root / "roles").glob("*.toml"))]:
        for role in _read_roles(path, defaults):
            if role.name in roles:
                raise GrammarError(f"role {role.name!r} is defined twice", where=str(path), hint=f"it is already in {where_defined[role.name]}")
            roles[role.name] = role
            where_defined[role.name] = str(path)
    for role in roles.values():
        if role.parent is not None and role.parent not in roles:
            raise GrammarError(f"parent {role.parent!r} of {role.name!r} is not a role", where=where_defined[role.name])
    return Roles(roles)


def _read_roles(path: Path, defaults: dict) -> list[Role]:
    """The roles of one file; the first file's ``[defaults]`` fill ``defaults`` for the rest."""
    where = str(path)
    try:
        data = tomllib.loads(read_text(path, "roles file"))
    except tomllib.TOMLDecodeError as error:
        raise GrammarError(f"not valid TOML: {error}", where=where) from None
    defaults.update(data.pop("defaults", {}).get("sources", {}))
    roles = []
    for name, table in data.items():
        here = f"{where} [{name}]"
        unknown = set(table) - {"names", "arrays", "outputs", "uniforms", "sources", "constants", "range", "unit", "parent"}
        if unknown:
            raise GrammarError(f"unknown keys {sorted(unknown)}", where=here)
        sources = {**defaults, **table.get("sources", {})}
        bad = [s for s, w in sources.items() if s not in SOURCES or not isinstance(w, (int, float)) or not 0 <= w < float("inf")]
        if bad:
            raise GrammarError(f"bad sources {bad}", where=here, hint=f"weights >= 0 for {', '.join(SOURCES)}")
        # A source a role has no names or values for can't be used: leave it out.
        usable = {"array": "arrays", "uniform": "uniforms", "constant": "constants"}
        sources = {s: w for s, w in sources.items() if s not in usable or table.get(usable[s])}
        low_high = table.get("range")
        roles.append(Role(
            name=name,
            names=_strings(table.get("names", [name]), "names", here),
            arrays=_strings(table.get("arrays", []), "arrays", here),
            outputs=_strings(table.get("outputs", []), "outputs", here),
            uniforms=_strings(table.get("uniforms", []), "uniforms", here),
            sources={s: float(w) for s, w in sources.items()},
            constants={t: _strings(v, f"constants.{t}", here) for t, v in table.get("constants", {}).items()},
            range=tuple(low_high) if low_high else None,
            unit=bool(table.get("unit", False)),
            parent=table.get("parent"),
        ))
    return roles
