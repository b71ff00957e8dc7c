"""Render a derivation to Python source with Jinja (StrictUndefined: a missing name is an error)."""

from __future__ import annotations

import ast
import itertools
import keyword
import math
import re
import textwrap
from collections.abc import Iterator

import jinja2
import jinja2.meta
import jinja2.nodes

from warp_synth.grammar import Block, Derivation, Expr, Grammar, GrammarError, Helper, Param, Production, Statement
from warp_synth.grammar.productions import read_text
from warp_synth.grammar.types import VALUE_TYPES, annotation, zero

MODULE_HEADER = "import warp as wp"
# Names every template may use besides its own slots, locals, blocks and type variables.
_GLOBALS = {
    "annotation": annotation,  # annotation("vec3") -> "wp.vec3"
    "element": lambda type_name: annotation(VALUE_TYPES[type_name].scalar),  # element("vec3d") -> "wp.float64"
    "zero": zero,  # zero("vec3") -> "wp.vec3(0.0)"
}
_CONTEXT_NAMES = {"out", "name", "params", "docstring", "guards", "prelude", "comment", "bound"} | set(_GLOBALS)
_EXPRESSION_KINDS = ("expr",)


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

    def template(self, name: str) -> jinja2.Template:
        """The compiled template of production ``name``; a syntax error names file and line.
        Parsed once: the tree is checked for undeclared names, then compiled."""
        if name not in self._templates:
            production = self.grammar.productions[name]
            path = str(production.path)
            try:
                tree = self.env.parse(read_text(production.path, "template"), name, path)
                self._check_names(production, tree)
                code = self.env.compile(tree, name, path)
            except jinja2.TemplateSyntaxError as error:
                raise GrammarError(
                    f"template does not parse: {error.message}", where=f"{error.filename}:{error.lineno}"
                ) from None
            self._templates[name] = self.env.template_class.from_code(self.env, code, self.env.make_globals(None))
        return self._templates[name]

    def _check_names(self, production: Production, tree: jinja2.nodes.Template) -> None:
        """Every name a template uses must be declared in its header (or be a renderer global)."""
        declared = _CONTEXT_NAMES | set(production.needs) | set(production.locals) | set(production.blocks)
        declared |= set(production.typevars) | set(production.rolevars) | set(production.choices)
        unknown = sorted(jinja2.meta.find_undeclared_variables(tree) - declared)
        if unknown:
            line = min(node.lineno for node in tree.find_all(jinja2.nodes.Name) if node.name in unknown)
            raise GrammarError(
                f"template uses {unknown}, which its header does not declare",
                where=f"{production.where}:{line}",
                hint="declare them under [needs], [locals] or [blocks], or fix the spelling",
            )

    def check_all(self) -> None:
        """Compile every template and render it alone (its slots, locals and block results
        standing in by name) for each binding of its type variables and choices, so a template
        that is broken or renders invalid Python fails, naming its file, before any work starts."""
        for name, production in self.grammar.productions.items():
            self.template(name)
            for bindings in _bindings(production):
                text = self._render(name, {**_stand_ins(production), **bindings})
                found = _invalid_python(production, text, bindings)
                if found:
                    raise found

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

    def helper(self, helper: Helper, sized_ints: bool) -> str:
        """A ``@wp.func``: a func template with its name, or a computation written as one."""
        if helper.params:
            return self.outlined_helper(helper, sized_ints)
        return self._render(helper.production, {"name": helper.name, **helper.typevars})

    def outlined_helper(self, helper: Helper, sized_ints: bool) -> str:
        """An expr or stmt template written as a ``@wp.func``: its slots the parameters, in call
        order; an expression is returned, a statement's last assignment becomes its ``return``."""
        production = self.grammar.productions[helper.production]
        params = ", ".join(f"{_stand_in(slot)}: {annotation(type_name, sized_ints=sized_ints)}" for slot, type_name in helper.params.items())
        text, result = self._outlined(helper, production)
        if production.kind == "expr":
            return f"@wp.func\ndef {helper.name}({params}):\n    return {text}"
        lines = text.splitlines()
        if lines[-1].startswith(f"{result} = ") and not any(re.search(rf"\b{result}\b", line) for line in lines[:-1]):
            lines[-1] = f"return {lines[-1].removeprefix(f'{result} = ')}"  # the statement's last line is its value
        else:
            lines.append(f"return {result}")
        return f"@wp.func\ndef {helper.name}({params}):\n" + "\n".join(f"    {line}" if line else "" for line in lines)

    def _outlined(self, helper: Helper, production: Production) -> tuple[str, str]:
        """The template of an outlined helper rendered on its parameters (and a statement's
        locals) by name; and the name a statement assigns."""
        context = {slot: _stand_in(slot) for slot in (*helper.params, *production.locals)}
        result = next(name for name in ("result", "value", "res") if name not in context)
        return self._render(helper.production, {**context, "out": result, **helper.typevars}), result

    def kernel(self, derivation: Derivation) -> str:
        """The ``@wp.kernel``: its template around the signature, guards and values drawn for it."""
        kernel = derivation.kernel_production
        context = self._slots(kernel, derivation.body.values)
        context.update({key: self.block(b, kernel, key) for key, b in derivation.blocks.items()})
        context.update(derivation.typevars)
        context.update(
            name=derivation.kernel_name,
            params=signature(derivation.fixed_params, derivation.params, derivation.kernel_name, derivation.bracket_annotations, derivation.sized_ints),
            docstring=f'"""{derivation.docstring}"""' if derivation.docstring else "",
            guards="\n".join(self.statement(s) for s in derivation.guards),
            comment=(lambda text: f"# {text}") if derivation.comments else (lambda text: ""),
        )
        context["prelude"] = prelude = "\n".join(self.statement(s) for s in derivation.body.statements)
        context["bound"] = lambda expression: _bound_in(prelude, expression)
        return self._render(kernel, context)

    def render(self, derivation: Derivation) -> str:
        """The whole module: imports, helpers (callees first), then the kernel."""
        parts = [MODULE_HEADER, *(self.helper(h, derivation.sized_ints) for h in derivation.helpers), self.kernel(derivation)]
        return tidy("\n\n\n".join(parts))

    # -- blame ----------------------------------------------------------------

    def locate_syntax_error(self, derivation: Derivation) -> GrammarError | None:
        """Blame the template at fault when a derivation renders invalid Python: the innermost
        one (expr, convert, stmt, func or kernel) whose own rendering is invalid, by file and line."""
        for production, text in self._renderings(derivation):
            found = _invalid_python(self.grammar.productions[production], text)
            if found:
                return found
        return None

    def _renderings(self, derivation: Derivation) -> Iterator[tuple[str, str]]:
        """Each template use in ``derivation`` with its rendering, every part before what holds it."""
        for helper in derivation.helpers:  # a helper made of an expression or statement: its template's own text
            production = self.grammar.productions[helper.production]
            yield helper.production, self._outlined(helper, production)[0] if helper.params else self.helper(helper, derivation.sized_ints)
        for guard in derivation.guards:
            yield from self._statement_renderings(guard)
        for block in (derivation.body, *derivation.blocks.values()):
            yield from self._block_renderings(block)
        yield derivation.kernel_production, self.kernel(derivation)

    def _block_renderings(self, block: Block) -> Iterator[tuple[str, str]]:
        for statement in block.statements:
            yield from self._statement_renderings(statement)
        for value in block.values.values():
            yield from self._expr_renderings(value)

    def _statement_renderings(self, statement: Statement) -> Iterator[tuple[str, str]]:
        for value in statement.slots.values():
            yield from self._expr_renderings(value)
        for inner in statement.blocks.values():
            yield from self._block_renderings(inner)
        if statement.production:  # a plain binding is no template's
            yield statement.production, self.statement(statement)

    def _expr_renderings(self, node: Expr) -> Iterator[tuple[str, str]]:
        for child in node.slots.values():
            yield from self._expr_renderings(child)
        if node.form == "apply":
            yield node.production, self.expr(node, nested=False)


def _bound_in(prelude: str, expression: str) -> str | None:
    """The name the prelude binds ``expression`` to (``omega = wp.spatial_top(qd)``), if it does:
    a kernel template uses it rather than compute the value again."""
    for line in prelude.splitlines():
        name, equals, value = line.partition(" = ")
        if equals and value == expression and name.isidentifier():
            return name
    return None


def _stand_in(name: str) -> str:
    """A Python name standing in for a slot's value when a template is checked alone."""
    return f"{name}_" if keyword.iskeyword(name) else name


def _stand_ins(production: Production) -> dict:
    """A context that renders ``production`` alone: slots, locals and block results by name."""
    context = {name: _stand_in(name) for name in (*production.needs, *production.locals)}
    context.update({block: {"code": "pass", **{need: f"{block}_{need}" for need in spec.needs}} for block, spec in production.blocks.items()})
    context.update(params="", docstring="", guards="", prelude="", comment=lambda text: f"# {text}", bound=lambda expression: None)
    context.update(out="out", name=production.names[0] if production.names else "name")
    return context


# Templates with at most this many assignments of their choices are checked under each; larger
# ones under a set where every two options of two choices meet (a template with 15 choices has
# tens of thousands of assignments, which made every run's start take minutes).
EXHAUSTIVE_BINDINGS = 256


def _bindings(production: Production) -> Iterator[dict[str, str]]:
    """The assignments of the production's type variables and choices it is checked under:
    all of them, or (past ``EXHAUSTIVE_BINDINGS``) a set covering every pair of options."""
    domains = {name: list(dict.fromkeys(domain)) for name, domain in {**production.typevars, **production.choices}.items()}
    if math.prod(len(values) for values in domains.values()) <= EXHAUSTIVE_BINDINGS:
        for values in itertools.product(*domains.values()):
            yield dict(zip(domains, values))
        return
    yield from _pairwise(domains)


def _pairwise(domains: dict[str, list[str]]) -> Iterator[dict[str, str]]:
    """Assignments such that every option of every choice, with every option of every other
    choice, appears in at least one (built greedily: each starts from a pair not yet covered)."""
    names = list(domains)
    uncovered = {((a, x), (b, y)) for i, a in enumerate(names) for b in names[i + 1 :] for x in domains[a] for y in domains[b]}
    while uncovered:
        (a, x), (b, y) = min(uncovered, key=lambda pair: (names.index(pair[0][0]), names.index(pair[1][0]), domains[pair[0][0]].index(pair[0][1]), domains[pair[1][0]].index(pair[1][1])))
        binding = {a: x, b: y}
        for name in names:
            if name not in binding:
                gain = lambda value: sum(((n, v), (name, value)) in uncovered or ((name, value), (n, v)) in uncovered for n, v in binding.items())  # noqa: E731
                binding[name] = max(domains[name], key=gain)
        chosen = sorted(binding.items(), key=lambda item: names.index(item[0]))
        uncovered -= {(p, q) for i, p in enumerate(chosen) for q in chosen[i + 1 :]}
        yield dict(chosen)


def _invalid_python(production: Production, text: str, bindings: dict[str, str] | None = None) -> GrammarError | None:
    """A GrammarError blaming ``production`` when ``text``, its rendering, is not valid Python:
    an expression for expr and convert templates, statements for the others."""
    try:
        if production.kind in _EXPRESSION_KINDS:
            ast.parse(text.strip(), mode="eval")
        else:
            ast.parse(textwrap.dedent(text))
    except SyntaxError as error:
        lines = text.strip().splitlines() or [""]
        shown = lines[min(error.lineno or 1, len(lines)) - 1].strip()
        bound = ", ".join(f"{name} = {value}" for name, value in (bindings or {}).items())
        return GrammarError(
            f"renders invalid Python ({error.msg}){f' with {bound}' if bound else ''}: {shown!r}",
            where=f"{production.path}:{production.body_line + (error.lineno or 1) - 1}",
        )
    return None


def signature(fixed: dict[str, str], params: list[Param], name: str, brackets: bool, sized_ints: bool) -> str:
    """The parameter list (the template's own first): on one line if it fits, else one a line
    (as black writes it)."""
    items = [f"{key}: {_in_style(value, brackets, sized_ints)}" for key, value in fixed.items()]
    items += [f"{p.name}: {annotation(p.type, brackets, sized_ints)}" for p in params]
    one_line = ", ".join(items)
    if len(f"def {name}({one_line}):") <= 100:
        return one_line
    return "\n" + "".join(f"    {item},\n" for item in items)


_DTYPE_CALL = re.compile(r"\b(wp\.array(?:[234]d)?)\(dtype=([\w.]+)\)")
_DTYPE_BRACKET = re.compile(r"\b(wp\.array(?:[234]d)?)\[([\w.]+)\]")


def _in_style(annotation_text: str, brackets: bool, sized_ints: bool) -> str:
    """A template's own annotation spelled as the kernel spells the drawn ones: arrays as
    ``wp.array[T]`` or ``wp.array(dtype=T)``, 32-bit integers as ``wp.int32`` or ``int``."""
    text = _DTYPE_CALL.sub(r"\1[\2]", annotation_text) if brackets else _DTYPE_BRACKET.sub(r"\1(dtype=\2)", annotation_text)
    if sized_ints:
        return re.sub(r"(?<![\w.])int(?![\w.])", "wp.int32", text)
    return re.sub(r"\bwp\.int32\b", "int", text)


def tidy(source: str) -> str:
    """Strip trailing spaces and blank lines inside function bodies (but the one before a comment);
    end with one newline."""
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

