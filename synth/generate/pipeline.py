"""One module, end to end: sample its kernels -> render -> exec-load -> codegen -> records."""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import re
import time
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from warp_synth.extract import CodegenError, content_id, generate, preamble_filename, warp_version
from warp_synth.grammar import Budget, Derivation, Grammar, GrammarError, GrammarSource, Production, kernel_seed, sample_module
from warp_synth.grammar.productions import split_role
from warp_synth.synth.analysis.adjoint import adjoint_caveats
from warp_synth.synth.analysis.measures import ModuleMeasures, measure_module
from warp_synth.synth.analysis.novelty import Draft, fingerprint
from warp_synth.synth.dataset.record import Record
from warp_synth.synth.dataset.schema import NOT_RUN, UNVERIFIED
from warp_synth.synth.dataset.splits import DEFAULT_RATIOS, assign, read_pinned
from warp_synth.synth.dataset.tokens import count_tokens
from warp_synth.synth.generate.module import Module, merge
from warp_synth.synth.generate.render import Renderer


@dataclass
class Built:
    """A module Warp accepted: one JSONL line per device plus what the stats count."""

    index: int
    id: str
    lines: dict[str, bytes]
    preambles: dict[str, tuple[str, str]]  # device -> (file name, text)
    family: str
    split: str
    features: list[str]
    kernels: int
    left_out: int  # kernels the module wanted and went without: those drawn were like kernels already kept
    productions: dict[str, int]
    alternatives: dict[str, int]
    types: dict[str, int]
    builtins: list[str]
    python_lines: int
    builds: list[str]  # per device: "device launch block_dim=N mathdx=M", what the stats count
    adjoint_caveats: list[str]
    source: str
    measures: ModuleMeasures
    warp_seconds: float  # inside Warp's exec-load, build and codegen
    seconds: float = 0.0  # the whole build() call, sampling and rendering included


@dataclass
class Rejected:
    """A kernel not written, kept with its error: Warp refused it, or its code came too close to the
    real set's (``synth.analysis.contamination.NEAR_REAL_CODE``)."""

    index: int
    seed: int
    reason: str
    error: str
    source: str
    productions: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class Skipped:
    """A kernel drawn but not built: the dataset already holds its like (``synth.analysis.novelty``)."""

    index: int
    reason: str


_WP_CALL = re.compile(r"\bwp\.([A-Za-z_][A-Za-z0-9_]*)\(")


# Python operators and the Warp builtins they compile to.
_OPERATORS = {
    "add": r"\s\+=?\s",
    "sub": r"\s-=?\s",
    "mul": r"\s\*=?\s",
    "div": r"\s/=?\s",
    "floordiv": r"\s//\s",
    "mod": r"\s%\s",
    "pow": r"\s\*\*\s",
    "neg": r"[(\[,=]\s*-[\w(]|\s-[a-z_(]",
    "bit_and": r"\s&\s",
    "bit_or": r"\s\|\s",
    "bit_xor": r"\s\^\s",
    "lshift": r"\s<<\s",
    "rshift": r"\s>>\s",
    "invert": r"~",
}
_OPERATOR_PATTERNS = {name: re.compile(pattern) for name, pattern in _OPERATORS.items()}


def builtins_used(source: str) -> list[str]:
    """The Warp builtins a kernel module uses: ``wp.<name>(...)`` calls and operators."""
    names = set(_WP_CALL.findall(source))
    names.update(name for name, pattern in _OPERATOR_PATTERNS.items() if pattern.search(source))
    return sorted(names)


# Drafts a factory keeps after fingerprinting them (a few batches): a run builds the new ones
# next, in whichever process gets the batch.
DRAFTS_KEPT = 128


def pinned_splits(grammar: Grammar) -> dict[str, str]:
    """The splits the grammar's folder pins; none for a grammar made in memory."""
    return read_pinned(grammar.source.folder) if grammar.source is not None else {}


def template_splits(grammar: Grammar, ratios: tuple[float, float, float] = DEFAULT_RATIOS) -> dict[str, str]:
    """Each kernel template's split (``synth.dataset.splits``)."""
    return assign([p.name for p in grammar.of_kind("kernel")], pinned_splits(grammar), ratios)


# How much likelier a companion is drawn for each quantity it works on that the module's first
# kernel works on too: kernels of one file share their data (a producer and its consumer). One that
# shares none is drawn when few related ones are left.
SHARED_QUANTITY_AFFINITY = 3.0
UNRELATED_AFFINITY = 0.2
# Roles nearly any kernel has, which say nothing of what it works on.
PLUMBING_ROLES = frozenset({"index", "neighbor", "world_index", "tile_index", "count", "active_count", "flag", "seed"})


def companions(grammar: Grammar, splits: dict[str, str]) -> dict[str, dict[str, float]]:
    """For each kernel template, those that may share a module with it, each with its affinity
    (a factor on its weight): its subsystem's (else its family's), in its split (a module is in
    one split), launched alike (Warp builds a module for one launch); likelier the more
    quantities they share."""
    kernels = grammar.of_kind("kernel")
    tiled = {k.name: grammar.launch_of(k.name).get("tiled") for k in kernels}
    quantities = {k.name: _quantities(k, grammar) for k in kernels}
    return {
        k.name: {
            o.name: _affinity(len(quantities[k.name] & quantities[o.name]))
            for o in kernels
            if o.name != k.name and module_group(o) == module_group(k) and splits[o.name] == splits[k.name] and tiled[o.name] == tiled[k.name]
        }
        for k in kernels
    }


def module_group(kernel: Production) -> str:
    """The kernels a module's companions are drawn from: its subsystem's, else its family's."""
    return kernel.subsystem or kernel.family


def _affinity(shared: int) -> float:
    return 1.0 + SHARED_QUANTITY_AFFINITY * shared if shared else UNRELATED_AFFINITY


def _quantities(kernel: Production, grammar: Grammar) -> set[str]:
    """What a kernel template works on: the roles of the values it needs, each as the role it
    stands in for at the top (a neighbour's position is a position); role variables and
    plumbing aside."""
    found = set()
    for typed in kernel.needs.values():
        role = split_role(typed)[1]
        if not role or role in kernel.rolevars or role in PLUMBING_ROLES or role not in grammar.roles:
            continue
        while grammar.roles[role].parent is not None:
            role = grammar.roles[role].parent
        found.add(role)
    return found


@dataclass(frozen=True)
class Drawn:
    """A module as drawn: its kernels' derivations and renderings (those ``merge`` kept), its source."""

    derivations: list[Derivation]
    renderings: list[str]
    module: Module
    wanted: int  # how many kernels the module wants: the first that many, without a novelty filter

    def only(self, keep: tuple[int, ...]) -> Drawn:
        """The module of only the kernels at positions ``keep`` (the first always among them)."""
        renderings = [self.renderings[position] for position in keep]
        return Drawn([self.derivations[position] for position in keep], renderings, merge(renderings), len(keep))

    def as_wanted(self) -> Drawn:
        """The module of the first kernels it wants, as a run without a novelty filter builds it."""
        return self.only(tuple(range(min(self.wanted, len(self.derivations)))))


class KernelFactory:
    """Turns module indices of a run into records. Same seed and index: same bytes, any process.

    It does not check the templates (``Renderer.check_all``, seconds of work): whoever starts
    the work checks them once, before any worker starts (``synth.run.job``, ``build_in_worker``)."""

    def __init__(
        self,
        grammar: Grammar,
        devices: tuple[str, ...],
        budget: Budget = Budget(),
        split_ratios: tuple[float, float, float] = DEFAULT_RATIOS,
        mathdx: bool = False,
    ):
        self.devices = devices
        self.grammar = grammar
        self.operations = grammar.family_operations()  # for the realism figures' defining-operation check
        self.renderer = Renderer(self.grammar)
        self.budget = budget
        self.mathdx = mathdx  # whether modules let Warp call MathDx for CUDA (extract.launch)
        self.splits = template_splits(grammar, split_ratios)
        self.companions = companions(grammar, self.splits)
        self._drafts: OrderedDict[tuple[int, int], Drawn] = OrderedDict()
        self.warp_version = warp_version()

    def fingerprint(self, run_seed: int, index: int) -> Draft | None:
        """What the novelty filter judges module ``index`` by (sampled and rendered, not built).
        The draft is kept a while: if this process is then asked to build it, it is not drawn again."""
        drawn = self._draw(run_seed, index)
        self._drafts[run_seed, index] = drawn
        while len(self._drafts) > DRAFTS_KEPT:
            self._drafts.popitem(last=False)
        return fingerprint(drawn.module.source, drawn.renderings, drawn.wanted)

    def _draw(self, run_seed: int, index: int) -> Drawn:
        """Module ``index``: as this process last drafted it, or drawn now."""
        return self._drafts.pop((run_seed, index), None) or self.draw_module(kernel_seed(run_seed, index))

    def draw_module(self, seed: int) -> Drawn:
        """The module drawn from ``seed``: the kernels it keeps, their renderings, its source."""
        derivations, wanted = sample_module(self.grammar, seed, self.budget, self.companions)
        renderings = [self.renderer.render(d) for d in derivations]
        module = merge(renderings)
        return Drawn([derivations[i] for i in module.kept], [renderings[i] for i in module.kept], module, wanted)

    def build(self, run_seed: int, index: int, keep: tuple[int, ...] | None = None) -> Built | Rejected:
        """Module ``index``, with only its kernels at positions ``keep`` (None: all)."""
        started = time.perf_counter()
        outcome = self._build(run_seed, index, keep)
        outcome.seconds = time.perf_counter() - started
        return outcome

    def _build(self, run_seed: int, index: int, keep: tuple[int, ...] | None) -> Built | Rejected:
        seed = kernel_seed(run_seed, index)
        drawn = self._draw(run_seed, index)
        left_out = 0 if keep is None else min(drawn.wanted, len(drawn.derivations)) - len(keep)  # wanted, but like kernels already kept
        drawn = drawn.as_wanted() if keep is None else drawn.only(keep)
        derivations, module = drawn.derivations, drawn.module
        source, first = module.source, derivations[0]
        productions = sum((d.productions_used for d in derivations), Counter())
        module_id = content_id(source)
        started = time.perf_counter()
        try:
            launch = self.grammar.launch_of(first.kernel_production)
            generated = generate(source, f"synth_{module_id}", f"{first.kernel_name}.py", self.devices, launch.get("tiled"), mathdx=self.mathdx)
        except SyntaxError as error:
            blamed = next(filter(None, map(self.renderer.locate_syntax_error, derivations)), None)
            raise (blamed or GrammarError(f"kernels {', '.join(d.kernel_production for d in derivations)} render invalid Python: {error}")) from None
        except CodegenError as error:
            return Rejected(index, seed, error.reason, error.message, source, dict(productions))
        warp_seconds = time.perf_counter() - started
        drawn = {index: derivation for index, derivation in zip(module.kept, derivations)}
        owners = [drawn[module.owner(kernel.line)] for kernel in generated.kernels]
        features = sorted(set().union(*(d.features for d in derivations)))
        common = {
            "id": module_id,
            "family": first.family,
            "template": first.kernel_production,
            "split": self.splits[first.kernel_production],
            "features": features,
            "seed": seed,
            "warp_version": self.warp_version,
            "python_source": source,
            "adjoint_caveats": adjoint_caveats(source),
        }
        source_tokens = count_tokens(source)
        lines, preambles, records = {}, {}, {}
        for device in self.devices:
            preamble_name = preamble_filename(device, generated.preamble[device])
            preambles[device] = (preamble_name, generated.preamble[device])
            record = Record(
                **common,
                device=device,
                code=generated.code[device],
                preamble=preamble_name,
                sections=generated.sections[device],
                kernels=[
                    {"name": kernel.name, "template": owner.kernel_production, "family": owner.family, "symbol": kernel.symbol, "sections": kernel.sections[device]}
                    for kernel, owner in zip(generated.kernels, owners)
                ],
                build=generated.build[device],
                verified=UNVERIFIED,
                tokens={"python_source": source_tokens, "code": count_tokens(generated.code[device])},
                runtime=NOT_RUN,
            )
            lines[device] = record.line()
            records[device] = record.as_dict()
        return Built(
            index=index,
            id=module_id,
            lines=lines,
            preambles=preambles,
            family=first.family,
            split=common["split"],
            features=features,
            kernels=len(generated.kernels),
            left_out=left_out,
            productions=dict(productions),
            alternatives=dict(sum((d.alternatives_used for d in derivations), Counter())),
            types=dict(sum((d.types for d in derivations), Counter())),
            builtins=builtins_used(source),
            python_lines=source.count("\n"),
            builds=[f"{d} {b['launch']} block_dim={b['block_dim']} mathdx={b['mathdx']}" for d, b in generated.build.items()],
            adjoint_caveats=common["adjoint_caveats"],
            source=source,
            measures=measure_module(module_id, source, {d.kernel_name: d.family for d in derivations}, records, self.operations),
            warp_seconds=warp_seconds,
        )


# Warp's code generator iterates a set of variable names when it emits the copies of
# loop-carried variables, so its output depends on the string hash seed: every process that
# builds kernels for a dataset must start with this one (it is recorded in the stats).
HASH_SEED = "0"


@contextlib.contextmanager
def fixed_hash_seed():
    """While open, processes started from this one (a worker pool) hash with ``HASH_SEED``."""
    before = os.environ.get("PYTHONHASHSEED")
    os.environ["PYTHONHASHSEED"] = HASH_SEED
    try:
        yield
    finally:
        if before is None:
            del os.environ["PYTHONHASHSEED"]
        else:
            os.environ["PYTHONHASHSEED"] = before


# Worker-process side: one factory per process, made once by the pool initializer.
_factory: KernelFactory | None = None


def init_worker(devices: tuple[str, ...], source: GrammarSource, split_ratios: tuple = DEFAULT_RATIOS, mathdx: bool = False) -> None:
    """Make this worker process's factory, reading the run's grammar from ``source`` once."""
    global _factory
    _factory = KernelFactory(source.load(), devices, split_ratios=split_ratios, mathdx=mathdx)


def fingerprint_batch(run_seed: int, indices: range) -> list[Draft | None]:
    return [_factory.fingerprint(run_seed, index) for index in indices]


def build_batch(run_seed: int, indices: Sequence[int], keep: dict[int, tuple[int, ...]] | None = None) -> list[Built | Rejected]:
    """Modules ``indices``, each with only the kernels ``keep`` names for it (the novelty filter's)."""
    return [_factory.build(run_seed, index, (keep or {}).get(index)) for index in indices]


def build_one(run_seed: int, index: int) -> Built | Rejected:
    return _factory.build(run_seed, index)


def build_in_worker(devices: tuple[str, ...], run_seed: int, indices: range, grammar: Grammar) -> Iterator[Built | Rejected]:
    """Kernels built in a fresh worker process that hashes with ``HASH_SEED``: the bytes a run
    writes for them, whatever this process's hash seed (for commands that show kernels). Each
    is yielded as soon as it is built, so a caller can show the first before the last is made."""
    if grammar.source is None:
        raise ValueError("build_in_worker needs a grammar read from files (GrammarSource.load): the worker reads it again")
    Renderer(grammar).check_all()  # a broken template fails here, not in the worker
    with fixed_hash_seed(), multiprocessing.get_context("spawn").Pool(1, init_worker, (devices, grammar.source)) as pool:
        yield from pool.imap(functools.partial(build_one, run_seed), indices)
