"""Render a derivation to Python source with Jinja (StrictUndefined: a missing name is an error)."""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import jinja2
import jinja2.meta

from warp_synth.grammar import Block, Derivation, Expr, Grammar, GrammarError, Param, Production, Statement
from warp_synth.grammar.types import VALUE_TYPES, annotation, zero

MODULE_HEADER = "import warp as wp"
# Names every template may use besides its own slots, locals, blocks and type variables.
_GLOBALS = {
    "annotation": annotation,  # annotation("vec3") -> "wp.vec3"
    "element": lambda type_name: annotation(VALUE_TYPES[type_name].scalar),  # element("vec3d") -> "wp.float64"
    "zero": zero,  # zero("vec3") -> "wp.vec3(0.0)"
}
_CONTEXT_NAMES = {"out", "name", "params", "docstring", "guards", "prelude"} | set(_GLOBALS)


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
            name: _bare_slots(p.body, set(p.needs) | {f"{block}.{need}" for block, spec in p.blocks.items() for need in spec.needs})
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
        declared |= set(production.typevars) | set(production.rolevars) | set(production.choices)
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
        if node.form == "call":
            return f"{node.callee}({', '.join(self.expr(v, nested=False) for v in node.slots.values())})"
        slots = self._slots(node.production, node.slots)
        text = self._render(node.production, {**slots, **node.typevars})
        wrap = nested and self.grammar.productions[node.production].operator
        return f"({text})" if wrap else text

    def _slots(self, production: str, slots: dict[str, Expr]) -> dict[str, str]:
        bare = self._bare[production]
        return {slot: self.expr(value, nested=slot not in bare) for slot, value in slots.items()}

    def block(self, block: Block, production: str, key: str) -> dict[str, str]:
        """What a template sees of a nested block: ``code``, and each of its values by name."""
        bare = self._bare[production]
        values = {name: self.expr(value, nested=f"{key}.{name}" not in bare) for name, value in block.values.items()}
        return {"code": "\n".join(self.statement(s) for s in block.statements), **values}

    def statement(self, node: Statement) -> str:
        if not node.production:  # a plain binding: a load, or a value given a name
            text = f"{node.out} = {self.expr(node.slots['value'], nested=False)}"
        else:
            context = self._slots(node.production, node.slots)
            context.update(node.locals)
            context.update(node.typevars)
            context.update({key: self.block(b, node.production, key) for key, b in node.blocks.items()})
            context["out"] = node.out
            text = self._render(node.production, context)
        return f"\n# {node.comment}\n{text}" if node.comment else text

    def render(self, derivation: Derivation) -> str:
        """The whole module: imports, helpers (callees first), then the kernel."""
        parts = [MODULE_HEADER]
        for helper in derivation.helpers:
            parts.append(self._render(helper.production, {"name": helper.name, **helper.typevars}))
        kernel = derivation.kernel_production
        context = self._slots(kernel, derivation.body.values)
        context.update({key: self.block(b, kernel, key) for key, b in derivation.blocks.items()})
        context.update(derivation.typevars)
        context.update(
            name=derivation.kernel_name,
            params=signature(derivation.fixed_params, derivation.params, derivation.kernel_name, derivation.bracket_annotations),
            docstring=f'"""{derivation.docstring}"""' if derivation.docstring else "",
            guards="\n".join(self.statement(s) for s in derivation.guards),
            prelude="\n".join(self.statement(s) for s in derivation.body.statements),
        )
        parts.append(self._render(kernel, context))
        return tidy("\n\n\n".join(parts))

    def locate_syntax_error(self, derivation: Derivation) -> GrammarError | None:
        """Find the template whose output is not valid Python, to blame it by file."""
        blocks = [derivation.body, *derivation.blocks.values()]
        for block in blocks:
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
            if not statement.production:
                continue
            text = self.statement(statement)
            try:
                ast.parse(textwrap.dedent(text))
            except SyntaxError as error:
                production = self.grammar.productions[statement.production]
                return GrammarError(
                    f"renders invalid Python ({error.msg}): {text.strip().splitlines()[0]!r}",
                    where=f"{production.path}:{production.body_line + (error.lineno or 1) - 1}",
                )
        return None


def signature(fixed: dict[str, str], params: list[Param], name: str, brackets: bool) -> str:
    """The parameter list (the template's own first): on one line if it fits, else one a line
    (as black writes it)."""
    items = [f"{key}: {value}" for key, value in fixed.items()] + [f"{p.name}: {annotation(p.type, brackets)}" for p in params]
    one_line = ", ".join(items)
    if len(f"def {name}({one_line}):") <= 100:
        return one_line
    return "\n" + "".join(f"    {item},\n" for item in items)


def tidy(source: str) -> str:
    """Strip trailing spaces and blank lines inside function bodies; end with one newline."""
    lines = [line.rstrip() for line in source.splitlines()]
    kept = []
    for index, line in enumerate(lines):
        if not line:
            following = next((l for l in lines[index + 1 :] if l), "")
            if following.startswith((" ", "\t")) and not (following.lstrip().startswith("#") and kept and kept[-1].strip()):
                continue
            if kept and not kept[-1] and not following:
                continue
        kept.append(line)
    return "\n".join(kept).strip("\n") + "\n"


def template_root() -> Path:
    return Path(__file__).parent
