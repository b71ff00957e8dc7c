"""Own only what you wrote: the commands that replace or remove files in a folder they write
(``synth sample --write``, ``synth export``) keep a manifest there, and touch only its files.

The manifest (``.synth_manifest.json``) names the command's kind and lists, relative to the
folder, each file it wrote with its SHA-256. A file is listed before it is created, and the
manifest is replaced atomically, so a kill at any moment leaves it listing every file of ours
on disk:

    files       what the folder holds of ours, with its hash
    replacing   files about to be (re)placed, with the new bytes' hash (either hash proves it)
    temporary   temporary files about to be created (removed by the next command)

A later command may replace or remove a listed file only while its bytes match a listed hash.
It refuses a folder holding anything else (a file it did not write, or one of its files changed
by hand) unless forced, and even then never replaces or removes such a file. Kinds of folder
are never mixed: a run's folder, an export and a samples folder each stay what they are.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import orjson

from warp_synth.synth.dataset.errors import SynthError
from warp_synth.synth.dataset.layout import CODE_PATTERN, DatasetLayout, replace_file

MANIFEST = ".synth_manifest.json"
KINDS = {"run": "synth run", "export": "synth export", "samples": "synth sample --write", "real": "synth real"}
SHOWN = 5  # files named in a refusal; the rest are counted


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks (memory stays flat for a large shard)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def digest(data: bytes) -> str:
    """The SHA-256 of bytes about to be written."""
    return hashlib.sha256(data).hexdigest()


def temporary_of(relative: str) -> str:
    """The temporary file ``layout.replacing`` writes before renaming it to ``relative``."""
    head, _, name = relative.rpartition("/")
    return f"{head}/.{name}.tmp" if head else f".{name}.tmp"


def _listed(names: Iterable[str]) -> str:
    names = sorted(names)
    more = f" and {len(names) - SHOWN} more" if len(names) > SHOWN else ""
    return ", ".join(names[:SHOWN]) + more


# -- kinds of folder ---------------------------------------------------------------------------


def read_manifest(folder: Path) -> dict | None:
    """The folder's manifest, or None without one. A damaged one is refused: it proves nothing."""
    path = folder / MANIFEST
    try:
        manifest = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        manifest = None
    if not _well_formed(manifest):
        raise SynthError(
            f"{path} is damaged: it no longer says which files of {folder} were written by synth",
            hint="choose another folder, or empty this one yourself",
        )
    return manifest


def _well_formed(manifest) -> bool:
    """A manifest of a known kind whose entries are paths inside the folder (never ``..``): one
    edited to name files elsewhere must not make a command remove them."""
    if not (isinstance(manifest, dict) and manifest.get("kind") in KINDS):
        return False
    entries = [manifest.get("files"), manifest.setdefault("replacing", {}), manifest.setdefault("temporary", [])]
    if not (isinstance(entries[0], dict) and isinstance(entries[1], dict) and isinstance(entries[2], list)):
        return False
    hashes = [*entries[0].values(), *entries[1].values()]
    relatives = [*entries[0], *entries[1], *entries[2]]
    return all(isinstance(hash_, str) for hash_ in hashes) and all(
        isinstance(relative, str) and relative and not relative.startswith("/") and ".." not in relative.split("/")
        for relative in relatives
    )


def kind_of(folder: Path) -> tuple[str, str] | None:
    """What wrote ``folder`` (``run``, ``export``, ``samples``) and the file that shows it, or None."""
    manifest = read_manifest(folder)  # first: the real set's files are named as a run's (a run keeps no manifest)
    if manifest is not None:
        return manifest["kind"], MANIFEST
    layout = DatasetLayout(folder)
    for sign in (layout.state, *sorted(folder.glob(CODE_PATTERN)), layout.stats):
        if sign.is_file():
            return "run", sign.name
    if (folder / "samples.jsonl").is_file():  # a samples folder written before manifests
        return "samples", "samples.jsonl"
    return None


def refuse_other_kind(folder: Path, kind: str) -> None:
    """Refuse to write ``kind``'s files (``run``, ``export``, ``samples``) into a folder another
    kind of command wrote: a run's records, an export or a samples folder stays what it is."""
    found = kind_of(folder) if folder.is_dir() else None
    if found is not None and found[0] != kind:
        other, sign = found
        raise SynthError(
            f"{folder} holds the output of `{KINDS[other]}` ({sign}); `{KINDS[kind]}` writes only into a folder of its own",
            hint="choose a new or empty folder",
            usage=True,
        )


def refuse_inside(folder: Path, dataset: Path, option: str, example: str | None = None) -> None:
    """Refuse an output folder that is the dataset folder or lies inside it: writing there mixes
    the dataset's files with ours, and replacing ours could reach the dataset's."""
    target, source = folder.resolve(), dataset.resolve()
    if target == source or source in target.parents:
        where = "is" if target == source else "lies inside"
        raise SynthError(
            f"{option} {folder} {where} the dataset folder {dataset}",
            hint=f"choose a place outside {dataset}, e.g. {example or ('data/hub' if option == '--out' else 'data/samples')}",
            usage=True,
        )


# -- what a command owns in its folder ---------------------------------------------------------


class Ownership:
    """The files one kind of command wrote into ``folder``, as its manifest proves them.

    ``claim()`` it under the folder's lock; then ``announce`` each file before creating it,
    ``put`` or rename it into place, and ``finish`` with the files this command kept."""

    def __init__(self, folder: Path, kind: str):
        self.folder, self.kind = folder, kind
        self.files: dict[str, str] = {}  # ours on disk: relative path -> sha256
        self.replacing: dict[str, str] = {}
        self.temporary: set[str] = set()
        self.foreign: set[str] = set()  # files we may neither replace nor remove

    @classmethod
    def claim(cls, folder: Path, kind: str, force: bool = False, legacy: Callable[[Path], dict[str, str]] | None = None) -> Ownership:
        """What ``kind`` owns in ``folder``: the manifest's files whose bytes still match (or, in a
        folder without one, what ``legacy(folder)`` proves by content). Removes our leftover
        temporary files. Anything else in the folder is refused unless ``force``."""
        owned = cls(folder, kind)
        manifest = read_manifest(folder)
        if manifest is not None and manifest["kind"] != kind:
            refuse_other_kind(folder, kind)
        if manifest is None:
            accepted = {relative: {hash_} for relative, hash_ in (legacy(folder) if legacy else {}).items()}
        else:
            accepted = {relative: {hash_} for relative, hash_ in manifest["files"].items()}
            for relative, hash_ in manifest["replacing"].items():  # a kill came while we (re)placed it
                accepted.setdefault(relative, set()).add(hash_)
            owned._remove_temporaries([*manifest["temporary"], temporary_of(MANIFEST)])
        for relative in owned._present():
            path = folder / relative
            hash_ = sha256(path) if relative in accepted and not path.is_symlink() else None
            if hash_ in accepted.get(relative, ()):
                owned.files[relative] = hash_
            else:
                owned.foreign.add(relative)
        if owned.foreign and not force:
            raise SynthError(
                f"{folder} holds files `{KINDS[kind]}` did not write (or that changed since): {_listed(owned.foreign)}",
                hint="choose a new or empty folder, or add --force to write beside them; they are never replaced or removed",
                usage=True,
            )
        owned.save()
        return owned

    def _present(self) -> list[str]:
        """Every file in the folder (relative, with /), but for the lock and the manifest."""
        skip = {DatasetLayout(self.folder).lock.name, MANIFEST, temporary_of(MANIFEST)}  # the manifest's own: a kill -9 may leave it
        found = []
        for root, _, names in os.walk(self.folder):  # symbolic links to folders are not followed
            for name in names:
                relative = (Path(root) / name).relative_to(self.folder).as_posix()
                if relative not in skip:
                    found.append(relative)
        return found

    def _remove_temporaries(self, relatives: Iterable[str]) -> None:
        """Our temporary files a killed command left (listed before they were created)."""
        for relative in relatives:
            (self.folder / relative).unlink(missing_ok=True)

    def save(self) -> None:
        """Replace the manifest (atomically): what is ours now, and what is about to be."""
        manifest = {
            "kind": self.kind,
            "files": dict(sorted(self.files.items())),
            "replacing": dict(sorted(self.replacing.items())),
            "temporary": sorted(self.temporary),
        }
        replace_file(self.folder / MANIFEST, orjson.dumps(manifest, option=orjson.OPT_INDENT_2) + b"\n")

    def refuse_foreign(self, relative: str) -> None:
        """Refuse to write ``relative`` over a file this kind of command did not write (``--force``
        writes beside such files, never over them)."""
        if relative in self.foreign:
            raise SynthError(
                f"{self.folder / relative} was not written by `{KINDS[self.kind]}` (or changed since); it would be replaced",
                hint="move it away, or choose a new or empty folder",
                usage=True,
            )

    def announce(self, hashes: dict[str, str], temporaries: Iterable[str] = ()) -> None:
        """List files (relative path -> the new bytes' hash) and temporary files before creating them."""
        for relative in hashes:
            self.refuse_foreign(relative)
        self.replacing.update(hashes)
        self.temporary.update(temporaries)
        self.save()

    def placed(self, relative: str) -> None:
        """``relative`` now holds the bytes announced for it."""
        self.files[relative] = self.replacing.pop(relative)
        self.temporary.discard(temporary_of(relative))

    def put(self, relative: str, data: bytes) -> None:
        """Write an announced file whole (a temporary file renamed into place)."""
        path = self.folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data)
        self.placed(relative)

    def finish(self, kept: Iterable[str]) -> None:
        """Remove our files this command did not write again (stale ones, while their bytes still
        match), and their folders left empty; the manifest then lists ``kept`` alone."""
        kept = set(kept)
        for relative, hash_ in sorted(self.files.items()):
            if relative in kept:
                continue
            path = self.folder / relative
            if path.is_file() and not path.is_symlink() and sha256(path) == hash_:
                path.unlink()
                self._remove_empty_folders(path.parent)
            del self.files[relative]
        self.replacing.clear()
        self.temporary.clear()
        self.save()

    def _remove_empty_folders(self, folder: Path) -> None:
        while folder != self.folder and self.folder in folder.parents:
            try:
                folder.rmdir()  # only an empty one
            except OSError:
                return
            folder = folder.parent
