"""The grammar: deterministic sampling, valid Python, reachable productions, loud errors."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import KERNEL_PROPERTY_EXAMPLES, derivations

from warp_synth.grammar import Budget, GrammarError, dump_weights, kernel_seed, read_weights, sample
from warp_synth.grammar.productions import Production
from warp_synth.synth.generate.render import EXHAUSTIVE_BINDINGS, Renderer, _bindings
from warp_synth.grammar.shipped import load_grammar
from warp_synth.synth.generate.lint import lint

seeds = st.integers(min_value=0, max_value=2**53 - 1)


@given(seed=seeds)
def test_same_seed_same_kernel(grammar, renderer, seed):
    assert renderer.render(sample(grammar, seed)) == renderer.render(sample(grammar, seed))


def test_different_seeds_differ(grammar, renderer):
    sources = {renderer.render(sample(grammar, kernel_seed(0, i))) for i in range(50)}
    assert len(sources) == 50


@given(seed=seeds)
def test_rendered_kernels_are_python_with_one_kernel(grammar, renderer, seed):
    source = renderer.render(sample(grammar, seed))
    tree = ast.parse(source)
    kernels = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and any(ast.unparse(d).split("(")[0] == "wp.kernel" for d in node.decorator_list)
    ]
    assert len(kernels) == 1
    assert source.endswith("\n") and not source.endswith("\n\n")


def test_kernel_seed_is_stable():
    # The seed of kernel i of a run is part of the dataset's contract: it must never drift.
    assert [kernel_seed(0, i) for i in range(3)] == [4947878383343748, 3883361137195234, 2163849112068764]
    # Below 2**53: JSON readers that read numbers as doubles (jq, JavaScript) print them exactly.
    assert all(kernel_seed(s, i) < 2**53 for s in (0, 2**53 - 1) for i in range(1000))
    assert len({kernel_seed(s, i) for s in range(5) for i in range(200)}) == 1000


# Reachability is stated over a fixed set of kernels large enough for any run seeds, not one
# lucky seed (bench/bench_properties.py --reach N measures how many kernels a seed takes); the
# test stops as soon as everything has been drawn.
REACH_RUN_SEEDS = range(5)
REACH_KERNELS_PER_SEED = 24_000
REACH_DRAWS_PER_KERNEL = 96  # draws of each kernel template, as a run's draws of it are


@pytest.mark.slow
def test_every_production_and_alternative_is_reachable_under_default_weights(grammar):
    """Coverage property: sampling with the default weights reaches every kernel template; and
    the draws of each kernel template reach every other template and every value of every
    choice, type variable and listed role variable ("production var=value"): nothing is dead,
    however rare the kernels that reach it (weights fitted to production code make many rare)."""
    unreached = {p.name for p in grammar.of_kind("kernel")}
    for index in range(REACH_KERNELS_PER_SEED):
        for run_seed in REACH_RUN_SEEDS:
            unreached.discard(sample(grammar, kernel_seed(run_seed, index)).kernel_production)
        if not unreached:
            break
    kernels = len(REACH_RUN_SEEDS) * REACH_KERNELS_PER_SEED
    assert not unreached, f"kernel templates never drawn in {kernels} kernels of run seeds {list(REACH_RUN_SEEDS)}: {sorted(unreached)}"
    unreached = set(grammar.productions) | set(grammar.alternatives())
    for kernel in grammar.of_kind("kernel"):
        for index in range(REACH_DRAWS_PER_KERNEL):
            derivation = sample(grammar, kernel_seed(0, index), force=kernel.name)
            unreached -= set(derivation.productions_used) | set(derivation.alternatives_used)
    assert not unreached, f"never drawn in {REACH_DRAWS_PER_KERNEL} draws of each kernel template: {sorted(unreached)}"


@pytest.mark.slow
@settings(max_examples=KERNEL_PROPERTY_EXAMPLES)
@given(data=st.data())
def test_every_statement_feeds_the_result(grammar, renderer, data):
    """No dead code by construction: every variable a block defines is read again, whatever the
    chooser decides (Hypothesis drives every decision, so a failure shrinks to a small kernel)."""
    source = renderer.render(data.draw(derivations(grammar)))
    for function in (n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef)):
        # a loop counter named ``_...`` is unused on purpose (``for _ in range(n)``, as in Warp's examples)
        stored = {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and not n.id.startswith("_")}
        loaded = {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        assert stored <= loaded, f"{function.name} never reads {stored - loaded}:\n{source}"


def test_every_production_is_reachable_statically(grammar, renderer):
    """Every template can be drawn: some kernel reaches it over the type:role graph within the
    depth budget (what ``synth grammar --lint`` checks; the sampled check below is the slow one)."""
    assert lint(grammar, renderer.env) == []


def test_weights_round_trip(grammar, tmp_path):
    path = tmp_path / "weights.toml"
    path.write_text(dump_weights(grammar))
    assert read_weights(path) == grammar.all_weights()
    assert grammar.with_weights(read_weights(path)).all_weights() == grammar.all_weights()
    before = Counter()
    for index in range(200):
        before.update(sample(grammar, kernel_seed(0, index)).productions_used)
    # the expression drawn most often, so that its absence afterwards means something
    common = max((name for name in before if name.startswith("expr/")), key=before.__getitem__)
    path.write_text(f'[weights]\n"{common}" = 0.0\n')
    reweighted = grammar.with_weights(read_weights(path))
    used = Counter()
    for index in range(200):
        used.update(sample(reweighted, kernel_seed(0, index)).productions_used)
    assert used[common] == 0


def alternatives_drawn(grammar, kernel: str, draws: int = 60) -> Counter:
    only = grammar.with_weights({p.name: 0.0 for p in grammar.of_kind("kernel") if p.name != kernel})
    return Counter(pair for index in range(draws) for pair in sample(only, kernel_seed(0, index)).alternatives_used)


def test_alternative_weights_from_a_weights_file_and_from_the_header(grammar, template_copy):
    kernel = "kernel/sdf_raymarching/render_sdf"
    assert alternatives_drawn(grammar, kernel)[f"{kernel} scene=torus"] > 0
    reweighted = grammar.with_weights({f"{kernel} scene=torus": 0.0, f"{kernel} scene=sphere_box": 5.0})
    drawn = alternatives_drawn(reweighted, kernel)
    assert drawn[f"{kernel} scene=torus"] == 0 and drawn[f"{kernel} scene=sphere_box"] > drawn[f"{kernel} scene=rounded_box"]
    path = template_copy / "kernel/sdf_raymarching/render_sdf.j2"
    path.write_text(path.read_text().replace('scene = ["sphere_box", "torus", "rounded_box"]', 'scene = { sphere_box = 1.0, torus = 0.0, rounded_box = 1.0 }'))
    assert alternatives_drawn(load_grammar(root=template_copy), kernel)[f"{kernel} scene=torus"] == 0
    with pytest.raises(GrammarError, match="every option of kernel/sdf_raymarching/render_sdf scene has weight 0"):
        grammar.with_weights({f"{kernel} scene={option}": 0.0 for option in ("sphere_box", "torus", "rounded_box")})


def test_role_source_weights_from_a_weights_file(grammar):
    assert grammar.with_weights({"role:position array": 7.0}).roles["position"].sources["array"] == 7.0
    with pytest.raises(GrammarError, match="role:time_step array"):  # time steps are never read from arrays
        grammar.with_weights({"role:time_step array": 1.0})


def test_unknown_weight_name_is_named(grammar):
    with pytest.raises(GrammarError, match="stmt/no_such_thing"):
        grammar.with_weights({"stmt/no_such_thing": 1.0})


def _break(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    "text, message",
    [
        ("no header here\n", "no header"),
        ('{#\nweight = [\n#}\nx\n', "not valid TOML"),
        ('{#\nproduces = "vec9"\n[needs]\na = "float32"\n#}\n{{ a }}\n', "unknown type 'vec9'"),
        ('{#\nproduces = "float32"\nspeed = 3\n[needs]\na = "float32"\n#}\n{{ a }}\n', "unknown header keys"),
        ('{#\nweight = -1\nproduces = "float32"\n#}\n1.0\n', "weight must be a finite number"),
    ],
)
def test_broken_header_names_the_file(template_copy, text, message):
    broken = _break(template_copy, "expr/broken.j2", text)
    with pytest.raises(GrammarError, match=message) as error:
        load_grammar(root=template_copy)
    assert str(broken) in str(error.value)


def test_kernel_of_an_unknown_family_is_named(template_copy):
    kernel = template_copy / "kernel/particles/integrate_particles.j2"
    kernel.write_text(kernel.read_text().replace('family = "particles"', 'family = "partciles"'))
    with pytest.raises(GrammarError, match="unknown family 'partciles'") as error:
        load_grammar(root=template_copy)
    assert str(kernel) in str(error.value) and "families.toml" in str(error.value)


def test_a_subsystem_that_is_not_a_name_is_refused_at_its_file(template_copy):
    kernel = template_copy / "kernel/particles/integrate_particles.j2"
    kernel.write_text(kernel.read_text().replace('family = "particles"', 'family = "particles"\nsubsystem = "Rigid Bodies"'))
    with pytest.raises(GrammarError, match="subsystem 'Rigid Bodies' is not a snake_case name") as error:
        load_grammar(root=template_copy)
    assert f"{kernel}:1" in str(error.value)


@pytest.mark.parametrize(
    "text, message",
    [('[fast]\nabout = "x"\noperations = []\nlaunch = { ndim = 1 }\n', "non-empty list"),
     ('[fast]\nabout = "x"\noperations = [":loops"]\nlaunch = { ndim = 1 }\n', "unknown shapes"),
     ('[fast]\noperations = ["sin"]\nlaunch = { ndim = 1 }\n', "exactly the keys"),
     ('[fast]\nabout = "x"\noperations = ["sin"]\n', "exactly the keys"),
     ('[fast]\nabout = "x"\noperations = ["sin"]\nlaunch = { ndim = 5 }\n', "launch must be"),
     ('[fast]\nabout = "x"\noperations = ["sin"]\nlaunch = { ndim = 1, tiled = "not a name" }\n', "launch must be")],
)  # fmt: skip
def test_broken_family_names_the_file(template_copy, text, message):
    families = template_copy / "families.toml"
    families.write_text(families.read_text() + "\n" + text)
    with pytest.raises(GrammarError, match=message) as error:
        load_grammar(root=template_copy)
    assert "families.toml [fast]" in str(error.value)


@pytest.mark.parametrize("launch", ['{ ndim = 1, dim = 0 }', '{ ndim = 2, dim = 1 }', '{ ndim = 1, dim = 1, tiled = "TILE" }', '"1-d"'])
def test_a_kernels_own_launch_is_checked_and_names_the_file(template_copy, launch):
    kernel = template_copy / "kernel/particles/integrate_particles.j2"
    kernel.write_text(kernel.read_text().replace('family = "particles"', f'family = "particles"\nlaunch = {launch}'))
    with pytest.raises(GrammarError, match="launch must be") as error:
        load_grammar(root=template_copy)
    assert f"{kernel}:1" in str(error.value)


def test_a_kernels_own_launch_overrides_its_familys(template_copy):
    kernel = template_copy / "kernel/particles/integrate_particles.j2"
    kernel.write_text(kernel.read_text().replace('family = "particles"', 'family = "particles"\nlaunch = { ndim = 1, dim = 1 }'))
    grammar = load_grammar(root=template_copy)
    assert grammar.launch_of("kernel/particles/integrate_particles") == {"ndim": 1, "dim": 1}
    assert grammar.launch_of("kernel/particles/apply_bounds") == grammar.families["particles"].launch == {"ndim": 1}


def test_jinja_syntax_error_names_file_and_line(template_copy):
    broken = _break(template_copy, "expr/broken.j2", '{#\nproduces = "float32"\n[needs]\na = "float32"\n#}\n{{ a + }}\n')
    with pytest.raises(GrammarError, match="does not parse") as error:
        Renderer(load_grammar(root=template_copy)).check_all()
    assert f"{broken}:6" in str(error.value)


def test_undeclared_template_name_is_named(template_copy):
    broken = _break(template_copy, "expr/broken.j2", '{#\nproduces = "float32"\n[needs]\na = "float32"\n#}\n{{ a }} + {{ b }}\n')
    with pytest.raises(GrammarError, match=r"\['b'\]") as error:
        Renderer(load_grammar(root=template_copy)).check_all()
    assert str(broken) in str(error.value)


def test_template_rendering_invalid_python_is_blamed(template_copy):
    """A statement template that renders a syntax error is found by file and line."""
    broken = _break(
        template_copy,
        "stmt/broken.j2",
        '{#\nweight = 1000.0\nproduces = "float32:inv_mass"\n[needs]\nm = "float32:mass"\n#}\n{{ out }} = 1.0 /* {{ m }}\n',
    )
    grammar = load_grammar(root=template_copy)
    renderer = Renderer(grammar)
    derivation = sample(grammar, 1, force="stmt/broken")
    assert derivation.productions_used["stmt/broken"] > 0
    with pytest.raises(SyntaxError):
        ast.parse(renderer.render(derivation))
    blame = renderer.locate_syntax_error(derivation)
    assert blame is not None and f"{broken}:7" in str(blame)


def test_expression_rendering_invalid_python_is_blamed_on_the_expression(template_copy):
    """The innermost template whose own rendering is invalid is blamed, not the statement holding it."""
    broken = _break(template_copy, "expr/broken.j2", '{#\nproduces = "float32:inv_mass"\n[needs]\na = "float32:mass"\n#}\n{{ a }} +* 2.0\n')
    grammar = load_grammar(root=template_copy)
    renderer = Renderer(grammar)
    derivation = sample(grammar, 4, force="expr/broken")
    with pytest.raises(SyntaxError):
        ast.parse(renderer.render(derivation))
    blame = renderer.locate_syntax_error(derivation)
    assert blame is not None and f"{broken}:6" in str(blame)
    with pytest.raises(GrammarError, match="renders invalid Python") as error:
        renderer.check_all()  # and it is found before any kernel is drawn
    assert f"{broken}:6" in str(error.value) and "'a +* 2.0'" in str(error.value)


def test_every_binding_of_a_template_is_checked(template_copy):
    broken = _break(
        template_copy,
        "expr/broken.j2",
        '{#\nproduces = "float32"\n[choices]\nf = ["wp.sin", "wp.cos("]\n[needs]\na = "float32"\n#}\n{{ f }}({{ a }})\n',
    )
    with pytest.raises(GrammarError, match=r"with f = wp\.cos\(") as error:
        Renderer(load_grammar(root=template_copy)).check_all()
    assert f"{broken}:8" in str(error.value)


def test_two_options_that_break_a_template_only_together_are_found_among_many_choices(template_copy):
    """Past EXHAUSTIVE_BINDINGS assignments a template is checked under a set where every two
    options of two choices meet: ten choices (1024 assignments), broken only under c3 = b with c8 = b."""
    choices = "".join(f'c{k} = ["a", "b"]\n' for k in range(10))
    broken = _break(
        template_copy,
        "expr/broken.j2",
        f'{{#\nproduces = "float32"\n[choices]\n{choices}[needs]\nx = "float32"\n#}}\n{{{{ x }}}}{{% if c3 == "b" and c8 == "b" %}} +{{% endif %}}\n',
    )
    with pytest.raises(GrammarError, match=r"c3 = b.*c8 = b") as error:
        Renderer(load_grammar(root=template_copy)).check_all()
    assert str(broken) in str(error.value)


@given(st.lists(st.integers(1, 4), min_size=2, max_size=12))
def test_the_bindings_checked_cover_every_pair_of_options(sizes):
    domains = {f"c{k}": [f"o{v}" for v in range(size)] for k, size in enumerate(sizes)}
    production = Production(name="expr/x", kind="expr", weight=1.0, path=Path("x.j2"), body="", body_line=1, choices={k: tuple(v) for k, v in domains.items()})
    bindings = list(_bindings(production))
    met = {((a, b[a]), (c, b[c])) for b in bindings for a in b for c in b if a < c}
    assert met == {((a, x), (c, y)) for a in domains for c in domains if a < c for x in domains[a] for y in domains[c]}
    assert len(bindings) <= max(EXHAUSTIVE_BINDINGS, 4 * max(sizes) ** 2 * len(sizes))


def test_template_that_is_not_utf8_is_named(template_copy):
    broken = template_copy / "expr" / "broken.j2"
    broken.write_bytes(b'{#\nproduces = "float32"\n#}\n# caf\xe9\n1.0\n')
    with pytest.raises(GrammarError, match="not UTF-8") as error:
        load_grammar(root=template_copy)
    assert f"{broken}:4" in str(error.value) and error.value.exit_code == 2


@pytest.mark.parametrize(
    "value, shown", [("nan", "nan"), ("inf", "inf"), ("-inf", "-inf"), ("-1.0", "-1.0"), ("true", "True"), ("1e999", "inf")]
)
def test_weight_that_is_no_finite_number_is_refused(tmp_path, value, shown):
    path = tmp_path / "weights.toml"
    path.write_text(f'[weights]\n"stmt/physics/spring_to_anchor" = {value}\n')
    with pytest.raises(GrammarError, match=f"'stmt/physics/spring_to_anchor' must be a finite number >= 0, got {shown}") as error:
        read_weights(path)
    assert str(path) in str(error.value)


def test_header_weight_that_is_not_finite_is_refused(template_copy):
    broken = _break(template_copy, "expr/broken.j2", '{#\nweight = nan\nproduces = "float32"\n#}\n1.0\n')
    with pytest.raises(GrammarError, match="weight must be a finite number") as error:
        load_grammar(root=template_copy)
    assert f"{broken}:1" in str(error.value)


@pytest.mark.parametrize("kind", ["kernel"])
def test_weights_that_leave_a_kind_nothing_to_draw_are_refused(grammar, tmp_path, kind):
    path = tmp_path / "weights.toml"
    path.write_text("[weights]\n" + "".join(f'"{p.name}" = 0\n' for p in grammar.of_kind(kind)))
    with pytest.raises(GrammarError, match=f"every {kind} template has weight 0") as error:
        load_grammar(path)
    assert str(path) in str(error.value)
    one_left = path.read_text().replace(" = 0\n", " = 0.5\n", 1)
    path.write_text(one_left)
    assert load_grammar(path)


def test_weights_file_that_is_not_utf8_is_named(tmp_path):
    path = tmp_path / "weights.toml"
    path.write_bytes(b'[weights]\n# \xff\n"stmt/physics/spring_to_anchor" = 1.0\n')
    with pytest.raises(GrammarError, match="not UTF-8") as error:
        read_weights(path)
    assert f"{path}:2" in str(error.value)


def test_a_need_under_when_is_met_only_under_its_options(grammar, renderer):
    """sobel_edges reads an RGB image only under source=rgb and takes a threshold only when it
    thresholds a magnitude: the parameter is there exactly when the template uses it."""
    seen = Counter()
    for seed in range(60):
        derivation = sample(grammar, kernel_seed(3, seed), force="kernel/image_processing/sobel_edges")
        source = renderer.render(derivation)
        chosen = {key.split()[1].split("=")[0]: key.split("=")[1] for key in derivation.alternatives_used if key.startswith("kernel/image_processing/sobel_edges ")}
        roles = {param.role for param in derivation.params}
        assert ("pixel_color" in roles) == (chosen["source"] == "rgb"), source
        thresholded = chosen["threshold"] != "none" and chosen["measure"] != "axes"
        if not thresholded:  # when thresholded it may also be a constant
            assert "luma_threshold" not in roles, source
        assert ("field_gradient" in roles) == (chosen["measure"] == "axes"), source
        seen[chosen["source"], chosen["measure"] == "axes"] += 1
    assert len(seen) == 4


@pytest.mark.parametrize(
    "when, message",
    [('x = "op=wp.sin"', "not among its"), ('a = "op=wp.tan"', "names no choice"), ('a = "mode=fast"', "names no choice")],
)
def test_broken_when_names_the_file(template_copy, when, message):
    text = f'{{#\nproduces = "float32"\n[needs]\na = "float32"\n[choices]\nop = ["wp.sin", "wp.cos"]\n[when]\n{when}\n#}}\n{{{{ op }}}}({{{{ a }}}})\n'
    broken = _break(template_copy, "expr/broken.j2", text)
    with pytest.raises(GrammarError, match=message) as error:
        load_grammar(root=template_copy)
    assert str(broken) in str(error.value)


def _round_trips(grammar, renderer, draws: int = 40) -> int:
    """Kernels drawn through twist_angular whose twist is built in place only to be taken apart."""
    heavy = grammar.with_weights({"role:body_twist make": 50.0, "expr/geometry/twist_from_parts": 50.0})
    sources = [renderer.render(sample(heavy, kernel_seed(5, k), force="expr/geometry/twist_angular")) for k in range(draws)]
    assert all("wp.spatial_top(" in source for source in sources)
    return sum("wp.spatial_top(wp.spatial_vector(" in source for source in sources)


@pytest.mark.slow
def test_a_production_never_makes_its_needs_with_what_it_refuses(grammar, renderer, template_copy):
    assert grammar.productions["expr/geometry/twist_angular"].refuses == ("expr/geometry/twist_from_parts",)
    assert _round_trips(grammar, renderer) == 0
    accessor = template_copy / "expr/geometry/twist_angular.j2"
    accessor.write_text("".join(line for line in accessor.read_text().splitlines(keepends=True) if not line.startswith("refuses")))
    unguarded = load_grammar(root=template_copy)
    assert _round_trips(unguarded, Renderer(unguarded)) > 0  # the refusal is what keeps them out


def test_refusing_an_unknown_template_is_named(template_copy):
    accessor = template_copy / "expr/geometry/twist_angular.j2"
    accessor.write_text(accessor.read_text().replace("expr/geometry/twist_from_parts", "expr/geometry/twist_from_part"))
    with pytest.raises(GrammarError, match="refuses unknown templates") as error:
        load_grammar(root=template_copy)
    assert str(accessor) in str(error.value)


def test_kernel_templates_are_filed_by_family(template_copy):
    kernel = template_copy / "kernel" / "particles" / "integrate_particles.j2"
    moved = template_copy / "kernel" / "tiles" / kernel.name
    kernel.rename(moved)
    with pytest.raises(GrammarError, match="a kernel of family 'particles' filed under kernel/tiles/") as error:
        load_grammar(root=template_copy)
    assert str(moved) in str(error.value) and "move it to kernel/particles/" in str(error.value)


def test_an_option_listed_twice_is_refused_for_a_weight_table(template_copy):
    """Weights are written one way: a table; a list is a uniform draw and lists each option once."""
    expr = template_copy / "expr" / "twice.j2"
    expr.write_text('{#\nproduces = "float32"\n[needs]\na = "float32"\n[choices]\nf = ["wp.sin", "wp.sin", "wp.cos"]\n#}\n{{ f }}({{ a }})\n')
    with pytest.raises(GrammarError, match=r"\[choices\] f lists wp.sin more than once") as error:
        load_grammar(root=template_copy)
    assert str(expr) in str(error.value) and 'f = { "wp.sin" = 2.0' in str(error.value)


def test_fitted_weights_sit_between_the_headers_and_a_runs_weights_file(template_copy, tmp_path):
    kernel = "kernel/particles/integrate_particles"
    fitted = read_weights(template_copy / "weights.toml")
    assert load_grammar(root=template_copy).productions[kernel].weight == fitted[kernel]
    (template_copy / "weights.toml").write_text(f'[weights]\n"{kernel}" = 7.5\n')
    assert load_grammar(root=template_copy).productions[kernel].weight == 7.5
    mine = tmp_path / "mine.toml"
    mine.write_text(f'[weights]\n"{kernel}" = 0.25\n')
    assert load_grammar(mine, root=template_copy).productions[kernel].weight == 0.25


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["expr", "stmt"])
def test_a_computation_written_as_a_helper_is_a_wp_func_the_kernel_calls(grammar, renderer, kind):
    """An expression or statement worth a function is, in some kernels, a ``@wp.func`` taking
    its values in call order, that Warp builds for both devices; never with the chance at zero."""
    from warp_synth.extract import content_id, generate

    found = 0
    for seed in range(400):
        derivation = sample(grammar, kernel_seed(7, seed))
        outlined = [h for h in derivation.helpers if h.params and grammar.productions[h.production].kind == kind]
        assert not any(h.params for h in sample(grammar, kernel_seed(7, seed), Budget(outline_chance=0.0)).helpers)
        if not outlined:
            continue
        source = renderer.render(derivation)
        tree = ast.parse(source)
        functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
        for helper in outlined:
            node = functions[helper.name]
            assert ast.unparse(node.decorator_list[0]) == "wp.func"
            assert [a.arg for a in node.args.args] == list(helper.params) and all(a.annotation is not None for a in node.args.args)
            assert isinstance(node.body[-1], ast.Return)
            (kernel_def,) = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == derivation.kernel_name]  # a factory nests it
            calls = [n for n in ast.walk(kernel_def) if isinstance(n, ast.Call) and ast.unparse(n.func) == helper.name]
            assert calls and all(len(call.args) == len(helper.params) for call in calls)
        generated = generate(source, f"test_{content_id(source)}", f"{derivation.kernel_name}.py")
        (kernel,) = generated.kernels
        assert all(f"{kernel.symbol}_{device}_kernel_forward(" in generated.code[device] for device in ("cpu", "cuda"))
        found += 1
        if found == 3:
            break
    assert found == 3


def test_a_kernels_docstring_and_name_say_what_its_choices_do(grammar):
    """A kernel template's docs and names given as a table of text -> options: a blend is never
    documented or named as a moving average."""
    name = "kernel/elementwise_math/ema_blend"
    seen = Counter()
    for seed in range(300):
        derivation = sample(grammar, seed, force=name)
        if derivation.kernel_production != name:
            continue
        blend = derivation.typevars["form"] in ("mix", "mix_one_minus")
        seen[blend, bool(derivation.docstring)] += 1
        assert derivation.kernel_name.startswith(("blend", "mix_buffers") if blend else ("running_average", "update_ema", "relax", "smooth_in_time"))
        assert not derivation.docstring or derivation.docstring.startswith("Blend two buffers") == blend
    assert all(seen[blend, True] for blend in (True, False))


def test_a_choice_that_leaves_a_kernel_no_name_is_refused(template_copy):
    kernel = template_copy / "kernel/elementwise_math/ema_blend.j2"
    text = kernel.read_text()
    kernel.write_text(text.replace('"blend" = "form=mix|mix_one_minus", "mix_buffers" = "form=mix|mix_one_minus"', '"blend" = "form=mix"'))
    with pytest.raises(GrammarError, match="no name is true with form = mix_one_minus") as error:
        load_grammar(root=template_copy)
    assert f"{kernel}:1" in str(error.value)
