"""The one configuration every command reads: ``vnterm.toml`` or ``[tool.vnterm]`` in
``pyproject.toml`` (the nearest one, from the working folder up), environment variables over it,
and the command line over both.

Example::

    [tool.vnterm]
    glossaries = ["glossaries/official"]   # relative to the configuration file
    style = "government"                       # house style (vnterm.styles): consistent, government, vna, ...
    include = ["*.md", "*.html"]               # files read inside folders
    exclude = ["drafts/**"]                    # (``ignore`` is the checker's older name)
    jobs = 0                                   # worker processes (0: one per CPU)
    engine = "local"                           # "local" or "ray" (vnterm.engines: audit, check, extract)
    ray_address = "auto"

    [tool.vnterm.rules]                        # the checker's, handed to it as written
    spelling = "off"

The checker's own keys (``viet_nam``, ``spelling``, ...) are handed to :mod:`vnterm.check.config`
as written. Environment variables, each over the file: ``VNTERM_GLOSSARY`` (one glossary, or several
separated by ``os.pathsep``), ``VNTERM_STYLE``, ``VNTERM_JOBS``; ``VNTERM_NO_CACHE=1`` turns the
glossary cache off. The precedence is: command line > environment > configuration file > default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from .errors import ConfigError

#: The environment variables documented as overrides, and what each stands for.
ENVIRONMENT: dict[str, str] = {
    "VNTERM_GLOSSARY": "glossaries",
    "VNTERM_STYLE": "style",
    "VNTERM_JOBS": "jobs",
    "VNTERM_NO_CACHE": "glossary cache off (read by the glossary loader)",
}

ENGINES = ("local", "ray")
DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class Config:
    """The configuration in force, and where each value came from (:attr:`origins`)."""

    glossaries: tuple[str, ...] = ()
    style: str = "consistent"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    jobs: int = 0
    engine: str = "local"
    ray_address: str | None = None
    #: the raw ``[rules]`` table and the whole raw table, for the checker
    rules: dict[str, Any] = field(default_factory=dict)
    table: dict[str, Any] = field(default_factory=dict)
    path: str | None = None
    #: key → "default", "file", "env VNTERM_X" or "command line"
    origins: dict[str, str] = field(default_factory=dict)

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)

    def glossary_paths(self, given: Sequence[str] = ()) -> list[str] | None:
        """The glossaries to load: ``given`` (``-g``) > environment > file; None for the bundled one."""
        if given:
            return list(given)
        return list(self.glossaries) or None

    def to_json(self) -> dict[str, object]:
        values = {
            "glossaries": list(self.glossaries), "style": self.style, "include": list(self.include),
            "exclude": list(self.exclude), "jobs": self.jobs, "engine": self.engine,
            "ray_address": self.ray_address,
        }
        return {
            "path": self.path,
            "values": {k: {"value": v, "from": self.origin(k)} for k, v in values.items()},
            "rules": dict(self.rules),
            "checker": {k: v for k, v in self.table.items() if k not in _OWN_KEYS and not isinstance(v, dict)},
        }


_OWN_KEYS = ("glossaries", "style", "include", "exclude", "ignore", "jobs", "engine", "ray_address", "rules")


def find_config(start: str | Path | None = None) -> Path | None:
    """The nearest ``vnterm.toml``, or ``pyproject.toml`` with a ``[tool.vnterm]`` table, upward."""
    import tomllib

    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "vnterm.toml"
        if candidate.is_file():
            return candidate
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                if "vnterm" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                    return py
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                continue
    return None


def read_table(path: str | Path | None = None, *, search: bool = True,
               start: str | Path | None = None) -> tuple[dict[str, Any] | None, Path] | None:
    """(the vnterm table, its file) of ``path``, or of the nearest file when ``path`` is None and
    ``search`` is set; None when there is none. The table is None for a ``pyproject.toml``
    without ``[tool.vnterm]``. Raises ConfigError for a missing or invalid file."""
    if path is None:
        found = find_config(start) if search else None
        if found is None:
            return None
        path = found
    import tomllib

    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such configuration file") from None
    except IsADirectoryError:
        raise ConfigError(f"{p}: is a directory, expected a configuration file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read: {exc}") from None
    table = data.get("tool", {}).get("vnterm")
    if table is None:
        if p.name == "pyproject.toml":
            return None, p
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{p}: [tool.vnterm] must be a table")
    return table, p


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} must be a list of strings")
    return tuple(value)


def _style(value: Any, where: str) -> str:
    from .styles import UnknownStyle, resolve_style

    if not isinstance(value, str):
        raise ConfigError(f"{where}: style must be a string")
    try:
        return resolve_style(value).id
    except UnknownStyle as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _jobs(value: Any, where: str) -> int:
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise ConfigError(f"{where}: jobs must be a whole number, got {value!r}") from None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{where}: jobs must be a whole number ≥ 0")
    return value


def load_config(
    path: str | Path | None = None,
    *,
    search: bool = True,
    start: str | Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """The configuration in force: the file (``path``, or the nearest one when ``search``), then
    the environment variables of :data:`ENVIRONMENT` over it. Raises ConfigError naming the file
    and key (or variable) of a bad value."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    table: dict[str, Any] = {}
    found = read_table(path, search=search, start=start)
    where = None
    if found is not None:
        raw, p = found
        where = str(p)
        table = dict(raw or {})
        base = p.parent
        for key, value in table.items():
            if key == "glossaries":
                values[key] = tuple(v if Path(v).is_absolute() else str(base / v) for v in _strings(p, key, value))
            elif key == "include":
                values[key] = _strings(p, key, value)
            elif key in ("exclude", "ignore"):
                values["exclude"] = values.get("exclude", ()) + _strings(p, key, value)
                key = "exclude"
            elif key == "style":
                values[key] = _style(value, f"{p}: style")
            elif key == "jobs":
                values[key] = _jobs(value, f"{p}")
            elif key == "engine":
                if value not in ENGINES:
                    raise ConfigError(f"{p}: engine = {value!r}: expected one of {', '.join(map(repr, ENGINES))}")
                values[key] = value
            elif key == "ray_address":
                if not isinstance(value, str):
                    raise ConfigError(f"{p}: ray_address must be a string")
                values[key] = value
            elif key == "rules":
                if not isinstance(value, dict):
                    raise ConfigError(f"{p}: [rules] must be a table of rule = severity")
                values[key] = dict(value)
            else:
                continue
            origins[key] = "file"
    glossary_env = env.get("VNTERM_GLOSSARY", "").strip()
    if glossary_env:
        values["glossaries"] = tuple(g for g in glossary_env.split(os.pathsep) if g)
        origins["glossaries"] = "env VNTERM_GLOSSARY"
    style_env = env.get("VNTERM_STYLE", "").strip()
    if style_env:
        values["style"] = _style(style_env, "VNTERM_STYLE")
        origins["style"] = "env VNTERM_STYLE"
    jobs_env = env.get("VNTERM_JOBS", "").strip()
    if jobs_env:
        values["jobs"] = _jobs(jobs_env, "VNTERM_JOBS")
        origins["jobs"] = "env VNTERM_JOBS"
    return Config(**values, table=table, path=where, origins=origins)
