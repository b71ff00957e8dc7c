"""Imports flow one way: grammar and extract import only themselves, and each wing of ``synth``
imports only the stages and wings below it. Read from the source, so a new upward import fails
here, naming the file and the import."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# synth's wings, lowest first (pyproject.toml lists them in this order); cli and __main__ top them
WINGS = ("dataset", "analysis", "generate", "checks", "real", "evaluate", "report", "run", "publish")


def allowed(module: str) -> set[str]:
    """The stages and wings ``module`` (``synth.run.job``, ``grammar.sampler``) may import from."""
    stage, _, rest = module.partition(".")
    if stage != "synth":
        return {stage}
    wing = rest.partition(".")[0]
    if wing not in WINGS:  # the command line, above every wing
        return {"grammar", "extract", "synth.cli", *(f"synth.{w}" for w in WINGS)}
    return {"grammar", "extract", *(f"synth.{w}" for w in WINGS[: WINGS.index(wing) + 1])}


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every ``warp_synth.X`` a file imports (at any depth, lazy imports too), with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + ([f"{node.module}.{a.name}" for a in node.names] if node.module == "warp_synth.synth" else [])
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found += [(node.lineno, name.removeprefix("warp_synth.")) for name in names if name.startswith("warp_synth.")]
    return found


def test_no_import_runs_back_up_the_stages():
    upward = []
    for stage in ("grammar", "templates", "extract", "synth"):
        for path in sorted((ROOT / stage).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            ok = allowed(module)
            for line, target in imports_of(path):
                if target == "synth" or not any(target == a or target.startswith(a + ".") for a in ok):
                    upward.append(f"{path.relative_to(ROOT)}:{line} imports warp_synth.{target}")
    assert not upward, "\n".join(upward)


def test_templates_hold_only_data():
    code = [p.relative_to(ROOT) for p in (ROOT / "templates").rglob("*.py") if p.name != "__init__.py"]
    assert not code, f"code among the templates: {code}"
    init = ast.parse((ROOT / "templates" / "__init__.py").read_text(encoding="utf-8"))
    assert all(isinstance(node, ast.Expr) for node in init.body), "templates/__init__.py holds a docstring only"


def test_the_package_installs_every_data_file_the_grammar_and_documents_read():
    """A file the wheel leaves out is silently missing after `pip install .` (the fitted weights
    would fall back to the headers'): every data file under a package folder is in package-data."""
    import fnmatch
    import tomllib

    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    for package, patterns in setuptools["package-data"].items():
        folder = ROOT.joinpath(*package.split(".")[1:])
        data = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
        data = [name for name in data if "__pycache__" not in name and (package != "warp_synth.synth" or "/" not in name)]
        missed = [name for name in data if not any(fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(name, pattern.removeprefix("**/")) for pattern in patterns)]
        assert not missed, f"{package}: {missed} not in [tool.setuptools.package-data]"
    templates = ROOT / "templates"
    assert (templates / "weights.toml").exists() and "warp_synth.templates" in setuptools["package-data"]
