"""A Grammar: every production found under a template folder, indexed for the sampler."""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from warp_synth.grammar.errors import GrammarError
from warp_synth.grammar.families import FAMILIES_FILE, Family
from warp_synth.grammar.productions import Production, check_weight, read_text, split_role
from warp_synth.grammar.roles import ROLES_FILE, Roles

TEMPLATE_SUFFIX = ".j2"
# Kinds the sampler must draw from for every kernel: one of them needs a weight above 0.
DRAWN_KINDS = ("kernel",)


class Grammar:
    """Productions by name, kind and produced type; weights are data and can be overridden.

    A grammar is a value: nothing changes it once made (``with_weights`` makes another). One
    read from files (``GrammarSource.load``) knows its ``source`` and ``digest``; one made in
    memory has neither."""

    def __init__(self, productions: list[Production], roles: Roles, families: dict[str, Family], weights_from: str = "", source=None):
        """``weights_from`` names the weights file the weights came from, for errors about them;
        ``source``, the ``GrammarSource`` whose files these are."""
        self.source = source
        self.digest: str | None = source.digest() if source is not None else None
        self.roles = roles
        self.families = families
        self.productions: dict[str, Production] = {}
        for production in sorted(productions, key=lambda p: p.name):
            if production.name in self.productions:
                raise GrammarError(f"two templates are named {production.name!r}", where=production.where)
            self.productions[production.name] = production
        self._by_kind: dict[str, list[Production]] = defaultdict(list)
        for production in self.productions.values():
            self._by_kind[production.kind].append(production)
            self._check_roles(production)
            unknown = [name for name in production.refuses if name not in self.productions]
            if unknown:
                raise GrammarError(f"refuses unknown templates {unknown}", where=production.where, hint="name templates by their path, e.g. 'expr/geometry/twist_from_parts'")
        for kernel in self._by_kind["kernel"]:
            if kernel.family not in families:
                raise GrammarError(f"unknown family {kernel.family!r}", where=kernel.where, hint=f"add [{kernel.family}] to {FAMILIES_FILE}")
            folder = kernel.name.split("/")[1:-1]
            if folder != [kernel.family]:
                raise GrammarError(
                    f"a kernel of family {kernel.family!r} filed under {'/'.join(['kernel', *folder])}/",
                    where=kernel.where, hint=f"kernel templates are filed by family: move it to kernel/{kernel.family}/",
                )  # fmt: skip
        if not self._by_kind["kernel"]:
            raise GrammarError("the grammar has no kernel templates", hint="add a file under kernel/")
        for kind in DRAWN_KINDS:
            choosable = self._by_kind[kind]
            if choosable and not any(p.weight > 0 for p in choosable):
                raise GrammarError(
                    f"every {kind} template has weight 0, so no {kind} can be drawn",
                    where=weights_from or str(choosable[0].path.parent),
                    hint=f"give at least one {kind}/ template a weight above 0",
                )

    def _check_roles(self, production: Production) -> None:
        """Every role a header names is in roles.toml (role variables aside)."""
        typed = [*production.needs.values(), *production.locals.values(), *production.scope.values()]
        typed += [t for block in production.blocks.values() for t in (*block.scope.values(), *block.needs.values())]
        typed += [production.produces] if production.produces else []
        for text in typed:
            role = split_role(text)[1]
            if role and role not in production.rolevars and role not in self.roles:
                raise GrammarError(f"unknown role {role!r}", where=production.where, hint=f"add [{role}] to {ROLES_FILE}")

    def alternatives(self) -> list[str]:
        """Every (production, alternative) pair as ``"production var=option"``: each choice, type
        variable and listed role variable option (the coverage a run is measured against)."""
        pairs = []
        for name, production in self.productions.items():
            domains = {**production.choices, **production.typevars}
            domains.update({var: roles for var, roles in production.rolevars.items() if roles != ("*",)})
            pairs += [f"{name} {var}={option}" for var, options in domains.items() for option in dict.fromkeys(options)]
        return pairs

    def family_operations(self) -> dict[str, tuple[str, ...]]:
        """Each kernel family -> the operations (builtins or shapes) its kernels promise to use."""
        return {name: family.operations for name, family in self.families.items()}

    def launch_of(self, kernel: str) -> dict:
        """How kernel template ``kernel`` is launched: its own launch, else its family's."""
        production = self.productions[kernel]
        return production.launch or self.families[production.family].launch

    def of_kind(self, kind: str) -> list[Production]:
        return self._by_kind.get(kind, [])

    def weights(self) -> dict[str, float]:
        return {name: production.weight for name, production in self.productions.items()}

    def with_weights(self, overrides: dict[str, float], weights_from: str = "", source=None) -> Grammar:
        """A copy with some weights replaced. Keys: a production (``"stmt/x"``), one of its
        alternatives as ``synth grammar`` lists them (``"stmt/x op=wp.sin"``), or a role's
        source (``"role:position array"``). An unknown key is an error naming it.

        ``weights_from`` names where the overrides came from (a weights file), for errors;
        ``source`` is the ``GrammarSource`` the result was read from (none: made in memory)."""
        alternatives = set(self.alternatives())
        sources = {f"role:{role.name} {source}" for role in self.roles.by_name.values() for source in role.sources}
        unknown = sorted(key for key in overrides if key not in self.productions and key not in alternatives and key not in sources)
        if unknown:
            raise GrammarError(
                f"weights given for unknown templates, alternatives or role sources {unknown}",
                where=weights_from,
                hint="`synth grammar --dump-weights FILE` writes every key with its weight",
            )
        productions = []
        for name, production in self.productions.items():
            option_weights = dict(production.option_weights)
            for key, weight in overrides.items():
                if key.startswith(f"{name} "):
                    option_weights[key.split(" ", 1)[1]] = weight
            domains = {**production.choices, **production.typevars, **production.rolevars}
            for var, options in domains.items():
                if options != ("*",) and not any(option_weights.get(f"{var}={o}", 1.0) for o in options):
                    raise GrammarError(f"every option of {name} {var} has weight 0", where=weights_from)
            productions.append(replace(production, weight=overrides.get(name, production.weight), option_weights=option_weights))
        roles = {}
        for role in self.roles.by_name.values():
            changed = {s: overrides.get(f"role:{role.name} {s}", w) for s, w in role.sources.items()}
            roles[role.name] = replace(role, sources=changed)
        return Grammar(productions, Roles(roles), self.families, weights_from, source)

    def all_weights(self) -> dict[str, float]:
        """Every weight a weights file can set: productions, their alternatives, role sources."""
        weights = self.weights()
        for name, production in self.productions.items():
            domains = {**production.choices, **production.typevars, **production.rolevars}
            for var, options in domains.items():
                weights.update({f"{name} {var}={o}": production.option_weights.get(f"{var}={o}", 1.0) for o in options if o != "*"})
        for role in self.roles.by_name.values():
            weights.update({f"role:{role.name} {source}": weight for source, weight in role.sources.items()})
        return weights


def read_weights(path: Path) -> dict[str, float]:
    """Read a weights file: a TOML table ``[weights]`` of ``"kind/name" = number``."""
    try:
        data = tomllib.loads(read_text(path, "weights file"))
    except tomllib.TOMLDecodeError as error:
        raise GrammarError(f"not valid TOML: {error}", where=str(path)) from None
    weights = data.get("weights")
    if not isinstance(weights, dict):
        raise GrammarError("no [weights] table", where=str(path), hint='write [weights] then "stmt/name" = 2.0')
    return {name: check_weight(value, f"weight of {name!r}", str(path)) for name, value in weights.items()}


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escaping is valid TOML)."""
    return json.dumps(text)


def dump_weights(grammar: Grammar) -> str:
    """The current weights as a weights file, ready to edit and pass back with --weights."""
    lines = [
        "# synth weights: edit and pass back with --weights FILE. Keys: a template; one of its",
        '# alternatives ("template var=option"); a role\'s source ("role:NAME variable|array|uniform|make|constant").',
        "[weights]",
    ]
    lines += [f"{toml_string(name)} = {weight}" for name, weight in grammar.all_weights().items()]
    return "\n".join(lines) + "\n"
