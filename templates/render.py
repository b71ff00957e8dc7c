"""Render a derivation to Python source with Jinja (StrictUndefined: a missing name is an error)."""

from __future__ import annotations

import ast
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import jinja2
import jinja2.meta

from warp_synth.grammar import Block, Derivation, Expr, Grammar, GrammarError, Production, Statement
from warp_synth.grammar.types import VALUE_TYPES, annotation, zero

MODULE_HEADER = "import warp as wp"
# Names every template may use besides its own slots, locals, blocks and type variables.
_GLOBALS = {
    "annotation": annotation,  # annotation("vec3") -> "wp.vec3"
    "element": lambda type_name: annotation(VALUE_TYPES[type_name].scalar),  # element("vec3d") -> "wp.float64"
    "zero": zero,  # zero("vec3") -> "wp.vec3(0.0)"
}
_CONTEXT_NAMES = {"out", "name"} | set(_GLOBALS)


@dataclass(frozen=True)
class RenderedBlock:
    """What a template sees of a nested block: its statements and its result expression."""

    code: str
    result: str


_OPEN = ("(", ",", "[", "=")
_CLOSE = (")", ",", "]", "")


def _bare_slots(body: str, slots: set[str]) -> frozenset[str]:
    """Slots that only ever sit between delimiters (a call argument, an index, a whole right-hand
    side), where an infix expression needs no parentheses."""
    bare = set()
    for slot in slots:
        places = [
            (body[: m.start()].rstrip(" "), body[m.end() :].lstrip(" "))
            for m in re.finditer(r"\{\{\s*" + re.escape(slot) + r"\s*\}\}", body)
        ]
        if places and all(
            (before.endswith(_OPEN) or before.endswith("return")) and not before.endswith(("==", "<=", ">=", "!="))
            and (after.split("\n", 1)[0][:1] in _CLOSE)
            for before, after in places
        ):
            bare.add(slot)
    return frozenset(bare)


def _template_line(error: BaseException, path: str) -> int | None:
    """The line in ``path`` where Jinja raised, from the rewritten traceback."""
    line, tb = getattr(error, "lineno", None), error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class Renderer:
    """Compiles each production's template once and renders derivations with them."""

    def __init__(self, grammar: Grammar):
        self.grammar = grammar
        self.env = jinja2.Environment(
            loader=jinja2.FunctionLoader(self._source),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            autoescape=False,
        )
        self.env.globals.update(_GLOBALS)
        self._templates: dict[str, jinja2.Template] = {}
        self._bare = {
            name: _bare_slots(p.body, set(p.needs) | {f"{block}.result" for block in p.blocks})
            for name, p in grammar.productions.items()
        }

    def _source(self, name: str):
        production = self.grammar.productions[name]
        text = production.path.read_text(encoding="utf-8")
        return text, str(production.path), lambda: True

    def template(self, name: str) -> jinja2.Template:
        """The compiled template of production ``name``; a syntax error names file and line."""
        if name not in self._templates:
            production = self.grammar.productions[name]
            try:
                self._templates[name] = self.env.get_template(name)
            except jinja2.TemplateSyntaxError as error:
                raise GrammarError(
                    f"template does not parse: {error.message}", where=f"{error.filename}:{error.lineno}"
                ) from None
            self._check_names(production)
        return self._templates[name]

    def _check_names(self, production: Production) -> None:
        """Every name a template uses must be declared in its header (or be a renderer global)."""
        source, _, _ = self._source(production.name)
        used = jinja2.meta.find_undeclared_variables(self.env.parse(source))
        declared = _CONTEXT_NAMES | set(production.needs) | set(production.locals) | set(production.blocks)
        declared |= set(production.typevars) | set(production.choices)
        unknown = sorted(used - declared)
        if unknown:
            raise GrammarError(
                f"template uses {unknown}, which its header does not declare",
                where=production.where,
                hint="declare them under [needs], [locals] or [blocks], or fix the spelling",
            )

    def check_all(self) -> None:
        """Compile every template now, so a broken one fails before any work starts."""
        for name in self.grammar.productions:
            self.template(name)

    def _render(self, name: str, context: dict) -> str:
        template = self.template(name)
        try:
            return template.render(context).strip("\n")
        except jinja2.TemplateError as error:
            path = str(self.grammar.productions[name].path)
            line = _template_line(error, path)
            raise GrammarError(f"template failed to render: {error}", where=f"{path}:{line}") from None

    # -- pieces ---------------------------------------------------------------

    def expr(self, node: Expr, nested: bool = True) -> str:
        """An expression; infix ones are parenthesised when they sit inside another."""
        if node.form in ("var", "literal"):
            return node.text
        if node.form == "sum":
            text = " + ".join(self.expr(term) for term in node.terms)
            return f"({text})" if nested else text
        if node.form == "call":
            return f"{node.callee}({', '.join(self.expr(v, nested=False) for v in node.slots.values())})"
        slots = self._slots(node.production, node.slots)
        text = self._render(node.production, {**slots, **node.typevars})
        wrap = nested and self.grammar.productions[node.production].operator
        return f"({text})" if wrap else text

    def _slots(self, production: str, slots: dict[str, Expr]) -> dict[str, str]:
        bare = self._bare[production]
        return {slot: self.expr(value, nested=slot not in bare) for slot, value in slots.items()}

    def block(self, block: Block, bare: bool = False) -> RenderedBlock:
        """A nested block; its result is parenthesised unless the template uses it bare."""
        code = "\n".join(self.statement(s) for s in block.statements)
        return RenderedBlock(code, self.expr(block.result, nested=not bare))

    def _blocks(self, production: str, blocks: dict[str, Block]) -> dict[str, RenderedBlock]:
        bare = self._bare[production]
        return {key: self.block(b, bare=f"{key}.result" in bare) for key, b in blocks.items()}

    def statement(self, node: Statement) -> str:
        context = self._slots(node.production, node.slots)
        context.update(node.locals)
        context.update(node.typevars)
        context.update(self._blocks(node.production, node.blocks))
        context["out"] = node.out
        return self._render(node.production, context)

    def render(self, derivation: Derivation) -> str:
        """The whole module: imports, helpers (callees first), then the kernel."""
        parts = [MODULE_HEADER]
        for helper in derivation.helpers:
            context = {"name": helper.name, **self._blocks(helper.production, {"body": helper.body}), **helper.typevars}
            parts.append(self._render(helper.production, context))
        context = self._blocks(derivation.kernel_production, derivation.body)
        context["name"] = derivation.kernel_name
        parts.append(self._render(derivation.kernel_production, context))
        return tidy("\n\n\n".join(parts))

    def locate_syntax_error(self, derivation: Derivation) -> GrammarError | None:
        """Find the template whose output is not valid Python, to blame it by file."""
        for helper in derivation.helpers:
            found = self._first_invalid(helper.body)
            if found:
                return found
        for block in derivation.body.values():
            found = self._first_invalid(block)
            if found:
                return found
        return None

    def _first_invalid(self, block: Block) -> GrammarError | None:
        for statement in block.statements:
            for inner in statement.blocks.values():
                found = self._first_invalid(inner)
                if found:
                    return found
            text = self.statement(statement)
            try:
                ast.parse(textwrap.dedent(text))
            except SyntaxError as error:
                production = self.grammar.productions[statement.production]
                return GrammarError(
                    f"renders invalid Python ({error.msg}): {text.splitlines()[0]!r}",
                    where=f"{production.path}:{production.body_line + (error.lineno or 1) - 1}",
                )
        return None


def tidy(source: str) -> str:
    """Strip trailing spaces and blank lines inside function bodies; end with one newline."""
    lines = [line.rstrip() for line in source.splitlines()]
    kept = []
    for index, line in enumerate(lines):
        if not line:
            following = next((l for l in lines[index + 1 :] if l), "")
            if following.startswith((" ", "\t")):
                continue
            if kept and not kept[-1] and not following:
                continue
        kept.append(line)
    return "\n".join(kept).strip("\n") + "\n"


def template_root() -> Path:
    return Path(__file__).parent
