"""A catalog of definitions loaded from a folder, plus cross-file checks."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from .errors import FormError
from .loader import AnyDefinition, load_with_errors
from .model import FormDefinition, RouteDefinition
from .prefill import fits, placed_fields, source_field
from .yamlsource import Positions

PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class _Loaded:
    definition: AnyDefinition
    file: str
    pos: Positions


class Catalog:
    """Valid definitions by (id, version); ``errors`` holds every problem found.

    A broken file is left out (its errors are kept); a route whose steps name
    unknown forms is kept, with an E131 error.
    """

    def __init__(self) -> None:
        self._items: dict[tuple[str, int], _Loaded] = {}
        self.errors: list[FormError] = []

    def get(self, form_id: str, version: int) -> AnyDefinition:
        """Exact version; raises KeyError."""
        return self._items[(form_id, version)].definition

    def latest(self, form_id: str) -> AnyDefinition:
        """Highest version of ``form_id``; raises KeyError."""
        versions = self.versions(form_id)
        if not versions:
            raise KeyError(form_id)
        return self.get(form_id, versions[-1])

    def route(self, route_id: str, version: int | None = None) -> RouteDefinition:
        """A route (the latest version without `version`); KeyError when no route has that id."""
        found = self.latest(route_id) if version is None else self.get(route_id, version)
        if not isinstance(found, RouteDefinition):
            raise KeyError(route_id)
        return found

    def versions(self, form_id: str) -> list[int]:
        return sorted(v for (i, v) in self._items if i == form_id)

    def file_of(self, form_id: str, version: int) -> str:
        return self._items[(form_id, version)].file

    def forms(self, all_versions: bool = False) -> list[FormDefinition]:
        """Form definitions sorted by id (latest version only unless asked)."""
        return [d for d in self._select(all_versions) if isinstance(d, FormDefinition)]

    def routes(self, all_versions: bool = False) -> list[RouteDefinition]:
        return [d for d in self._select(all_versions) if isinstance(d, RouteDefinition)]

    def _select(self, all_versions: bool) -> list[AnyDefinition]:
        keys = sorted(self._items)
        if not all_versions:
            latest = {i: v for i, v in keys}  # sorted, so the last version wins
            keys = sorted(latest.items())
        return [self._items[k].definition for k in keys]

    def __iter__(self) -> Iterator[AnyDefinition]:
        return iter(self._select(True))

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    @property
    def ok(self) -> bool:
        return not self.errors


def _as_list(paths: PathLike | Iterable[PathLike]) -> list[PathLike]:
    return [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)


def collect_files(paths: PathLike | Iterable[PathLike]) -> tuple[list[Path], list[FormError]]:
    """Files to load: ``*.yaml`` of each folder and its ``archive/``; files as given."""
    paths = _as_list(paths)
    files: list[Path] = []
    errors: list[FormError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(path.glob("*.yaml")))
            files.extend(sorted((path / "archive").glob("*.yaml")))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(FormError("E004", os.fspath(path), 1, 1, "no such file or folder", "check the path"))
    return _unique(files), errors


def _unique(files: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def load_catalog(folder_or_paths: PathLike | Iterable[PathLike]) -> Catalog:
    """Load every definition; never stops at a broken file."""
    files, errors = collect_files(folder_or_paths)
    return _build(files, errors)


def _build(files: list[Path], errors: list[FormError]) -> Catalog:
    catalog = Catalog()
    catalog.errors.extend(errors)
    loaded: list[_Loaded] = []
    for path in files:
        definition, errs, pos = load_with_errors(path)
        catalog.errors.extend(errs)
        if definition is not None and pos is not None:
            loaded.append(_Loaded(definition, os.fspath(path), pos))
    for item in _without_duplicates(loaded, catalog.errors):
        catalog._items[(item.definition.id, item.definition.version)] = item
    catalog.errors.extend(_route_form_errors(catalog))
    catalog.errors.extend(_prefill_errors(catalog))
    catalog.errors.sort(key=lambda e: e.sort_key)
    return catalog


def _without_duplicates(loaded: list[_Loaded], errors: list[FormError]) -> list[_Loaded]:
    """Keep the first file per (id, version); report E140 on every file involved."""
    groups: dict[tuple[str, int], list[_Loaded]] = {}
    for item in loaded:
        groups.setdefault((item.definition.id, item.definition.version), []).append(item)
    for (form_id, version), items in groups.items():
        if len(items) < 2:
            continue
        for item in items:
            others = ", ".join(o.file for o in items if o is not item)
            errors.append(
                item.pos.error(
                    "E140",
                    ("version",),
                    f"{form_id!r} version {version} is also defined in {others}",
                    "each (id, version) must be unique: raise the version of the newer file",
                )
            )
    return [items[0] for items in groups.values()]


def _route_form_errors(catalog: Catalog) -> list[FormError]:
    out = []
    kinds = {i: type(item.definition) for (i, _), item in catalog._items.items()}
    for item in catalog._items.values():
        if not isinstance(item.definition, RouteDefinition):
            continue
        for si, step in enumerate(item.definition.steps):
            for fi, form_id in enumerate(step.forms):
                kind = kinds.get(form_id)
                if kind is FormDefinition:
                    continue
                what = "is a route, not a form" if kind else "is not a known form"
                known = sorted(i for i, k in kinds.items() if k is FormDefinition)
                out.append(
                    item.pos.error(
                        "E131",
                        ("steps", si, "forms", fi),
                        f"step {step.id!r}: {form_id!r} {what}",
                        "known forms: " + (", ".join(known) or "none") + " (check the id or add the form)",
                    )
                )
    return out


def _prefill_errors(catalog: Catalog) -> list[FormError]:
    """Form and step sources must name an existing field of a fitting type (latest versions)."""
    latest = {d.id: d for d in catalog._select(False)}
    out = []
    for item in catalog._items.values():
        for f, path in placed_fields(item.definition):
            for pi, source in enumerate(getattr(f, "prefill", ())):
                if source.form is None or source.field is None:
                    continue  # a record source, or malformed (E150 already)
                found, why = source_field(latest, source)
                where = path + ("prefill", pi)
                if found is None:
                    out.append(
                        item.pos.error(
                            "E151",
                            where,
                            f"prefill of field {f.id!r}: {why}",
                            "check the ids (ibdesk forms check lists the forms)",
                        )
                    )
                elif not fits(found.type, f):
                    out.append(
                        item.pos.error(
                            "E152",
                            where,
                            f"prefill of {f.type} field {f.id!r} from {found.type} field {source.field!r}",
                            "take a field of the same type (text and longtext mix)",
                        )
                    )
    return out


def check_paths(paths: PathLike | Iterable[PathLike]) -> list[FormError]:
    """All errors for the given files/folders, sorted by file and line.

    Cross-file checks (duplicate id/version, unknown forms in route steps)
    also look at the other definitions in the folder of each file given
    explicitly, but only errors in the requested files are returned.
    """
    paths = _as_list(paths)
    targets, errors = collect_files(paths)
    wanted = {f.resolve() for f in targets}
    context_dirs = {_catalog_dir(f) for f in _explicit_files(paths)}
    context, _ = collect_files(sorted(context_dirs))
    extra = [f for f in context if f.resolve() not in wanted]
    catalog = _build(targets + extra, errors)
    wanted_names = {os.fspath(f) for f in targets}
    return [e for e in catalog.errors if e.file in wanted_names or not Path(e.file).exists()]


def _explicit_files(paths: list[PathLike]) -> list[Path]:
    return [Path(p) for p in paths if Path(p).is_file()]


def _catalog_dir(file: Path) -> Path:
    parent = file.parent
    return parent.parent if parent.name == "archive" else parent
