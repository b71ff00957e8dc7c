"""One module's Python source from its kernels' renderings, as a person would write the file:
each import and each module-level definition (constant, enum, struct, helper) once, shared by
the kernels that use it, then each kernel's own definitions in the order they were drawn.

Two definitions are the same when their code is (comments and layout aside). A kernel whose
rendering defines a name the module already defines otherwise (another value for a constant,
another body for a helper of the same name) is left out of the module: two meanings for one
name would make one of them wrong.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class Definition:
    """A top-level statement of a rendering: the names it defines and those it reads, its text
    with the comment lines above it, and what kind of statement it is."""

    names: tuple[str, ...]
    reads: frozenset[str]
    text: str
    code: str  # what it means, comments and layout aside (``ast.dump``): two kernels share a definition by it
    is_import: bool
    is_simple: bool  # an assignment: written without blank lines around it, beside others


@dataclass(frozen=True)
class Module:
    """A module's source, which of the renderings it holds (their indices), and the lines of the
    source each rendering's own top-level definitions span (1-based, inclusive)."""

    source: str
    kept: list[int]
    spans: list[tuple[int, int, int]]  # (first line, last line, rendering)

    def owner(self, line: int) -> int:
        """The rendering whose definition holds source line ``line``."""
        return next(index for first, last, index in self.spans if first <= line <= last)


def _names(node: ast.stmt) -> tuple[str, ...]:
    if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
        return (node.name,)
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return tuple(n.id for target in targets for n in ast.walk(target) if isinstance(n, ast.Name))
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return tuple(alias.asname or alias.name.split(".")[0] for alias in node.names)
    return ()


def definitions(source: str) -> list[Definition]:
    """The top-level statements of ``source``, each with the comment lines just above it."""
    lines = source.splitlines()
    found, start = [], 0
    for node in ast.parse(source).body:
        text = "\n".join(lines[start : node.end_lineno]).strip("\n")
        reads = frozenset(n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load))
        simple = isinstance(node, (ast.Assign, ast.AnnAssign)) and "\n" not in text
        found.append(Definition(_names(node), reads, text, ast.dump(node), isinstance(node, (ast.Import, ast.ImportFrom)), simple))
        start = node.end_lineno
    return found


def merge(renderings: list[str]) -> Module:
    """The module of ``renderings`` (the first always kept; see the module docstring).

    Imports come first, then the constants, enums, custom types and structs of every kept
    rendering (a definition that reads only ``wp`` and what is above it moves up), then each
    rendering's functions and kernels in turn."""
    defined: dict[str, str] = {}
    written: set[str] = set()
    imports: list[str] = []
    top: list[tuple[Definition, int]] = []
    rest: list[tuple[Definition, int]] = []
    kept: list[int] = []
    for index, rendering in enumerate(renderings):
        found = definitions(rendering)
        own = [d for d in found if not d.is_import and d.code not in written]
        if index and any(name in defined for d in own for name in d.names):
            continue  # a name this module already gives another meaning
        kept.append(index)
        imports += [d.text for d in found if d.is_import and d.text not in imports]
        above = {name for d, _ in top for name in d.names} | {"wp"}
        for d in own:
            if d.reads <= above and not d.text.lstrip().startswith(("@wp.func", "@wp.kernel", "def ")):
                top.append((d, index))
                above.update(d.names)
            else:
                rest.append((d, index))
        defined.update({name: d.code for d in own for name in d.names})
        written.update(d.code for d in own)
    source = "\n\n\n".join(part for part in ("\n".join(imports), _layout(_in_order(top)), _layout(rest)) if part) + "\n"
    return Module(source, kept, _spans(source, {name: index for d, index in top + rest for name in d.names}))


def _rank(definition: Definition) -> int:
    """Constants first, then custom types, then classes (enums, structs): a module's usual order."""
    if definition.text.lstrip("#").lstrip().startswith("class ") or "\nclass " in definition.text or "@wp.struct" in definition.text:
        return 2
    return 1 if "wp.types." in definition.text or "wp.vec(" in definition.text or "wp.mat(" in definition.text else 0


def _in_order(top: list[tuple[Definition, int]]) -> list[tuple[Definition, int]]:
    """The module-level definitions in ``_rank``'s order, where each still follows what it reads;
    else as drawn."""
    ordered = sorted(top, key=lambda item: _rank(item[0]))
    defined = {"wp"}
    for definition, _ in ordered:
        if not definition.reads <= defined:
            return top
        defined.update(definition.names)
    return ordered


def _layout(definitions: list[tuple[Definition, int]]) -> str:
    """Definitions two blank lines apart, but runs of one-line assignments, one line apart."""
    text = ""
    for position, (d, _) in enumerate(definitions):
        if position:
            text += "\n" if d.is_simple and definitions[position - 1][0].is_simple and not d.text.startswith("#") else "\n\n\n"
        text += d.text
    return text


def _spans(source: str, owners: dict[str, int]) -> list[tuple[int, int, int]]:
    """The lines each top-level definition of ``source`` spans, with the rendering it came from."""
    spans = []
    for node in ast.parse(source).body:
        names = [name for name in _names(node) if name in owners]
        if names:
            first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
            spans.append((first, node.end_lineno, owners[names[0]]))
    return spans
