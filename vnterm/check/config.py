"""Checker configuration: ``[tool.vnterm]`` in ``pyproject.toml`` or a ``vnterm.toml``.

Example::

    [tool.vnterm]
    glossaries = ["glossaries/official"]
    viet_nam = "Viet Nam"          # or "Vietnam"
    diacritics = "strip"           # Vietnamese names in English copy: "strip" or "keep"
    spelling = "consistent"        # "british", "american" or "consistent"
    legal_ref_no = true            # "Decree No. 58/2022/ND-CP"
    admitted = "allow"             # "prefer": flag admitted variants too
    ignore = ["drafts/**"]

    [tool.vnterm.rules]
    spelling = "off"               # or "error", "warning", "info"

In ``vnterm.toml`` the same keys sit at the top level (or under ``[tool.vnterm]``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .rules import RULES, SEVERITIES

_CHOICES: dict[str, tuple[Any, ...]] = {
    "viet_nam": ("Viet Nam", "Vietnam"),
    "diacritics": ("strip", "keep"),
    "spelling": ("british", "american", "consistent"),
    "admitted": ("allow", "prefer"),
}


_KNOWN_KEYS = [*_CHOICES, "legal_ref_no", "glossaries", "ignore", "include", "rules"]


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """House style and rule settings for one run."""

    viet_nam: str = "Viet Nam"
    diacritics: str = "strip"
    spelling: str = "consistent"
    legal_ref_no: bool = True
    admitted: str = "allow"
    #: rule id → severity ("error" | "warning" | "info" | "off")
    severities: dict[str, str] = field(default_factory=dict)
    glossaries: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    path: str | None = None

    def severity(self, rule: str) -> str:
        """The severity in force for ``rule`` ("off" when disabled)."""
        return self.severities.get(rule, RULES[rule].severity)

    def with_overrides(self, **changes: Any) -> "CheckConfig":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


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


def load_config(path: str | Path | None = None, *, search: bool = True) -> CheckConfig:
    """Load a configuration file (or the nearest one when ``path`` is None and ``search`` is set)."""
    if path is None:
        found = find_config() if search else None
        if found is None:
            return CheckConfig()
        path = found
    import tomllib

    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such configuration file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read: {exc}") from None
    table = data.get("tool", {}).get("vnterm")
    if table is None:
        if p.name == "pyproject.toml":
            return CheckConfig(path=str(p))
        table = data
    return parse_config(table, p)


def parse_config(table: dict[str, Any], path: Path) -> CheckConfig:
    """Validate a ``[tool.vnterm]`` table; every problem raises ConfigError naming the key."""
    values: dict[str, Any] = {"path": str(path)}
    base = path.parent
    for key, value in table.items():
        if isinstance(value, dict) and key != "rules":
            continue  # tables of other vnterm commands
        if key in _CHOICES:
            if value not in _CHOICES[key]:
                allowed = ", ".join(repr(c) for c in _CHOICES[key])
                raise ConfigError(f"{path}: {key} = {value!r}: expected one of {allowed}")
            values[key] = value
        elif key == "legal_ref_no":
            if not isinstance(value, bool):
                raise ConfigError(f"{path}: legal_ref_no must be true or false")
            values[key] = value
        elif key in ("glossaries", "ignore", "include"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{path}: {key} must be a list of strings")
            if key == "glossaries":
                value = [str((base / v)) if not Path(v).is_absolute() else v for v in value]
            values[key] = tuple(value)
        elif key == "rules":
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: [rules] must be a table of rule = severity")
            severities = {}
            for rule, sev in value.items():
                if rule not in RULES:
                    raise ConfigError(f"{path}: unknown rule {rule!r} (known: {', '.join(RULES)})")
                if sev not in SEVERITIES + ("off",):
                    raise ConfigError(f"{path}: rules.{rule} = {sev!r}: expected error, warning, info or off")
                severities[rule] = sev
            values["severities"] = severities
        else:
            # other vnterm commands may keep their own keys here; a near miss of ours is a typo
            import difflib

            close = difflib.get_close_matches(key.lower(), _KNOWN_KEYS, n=1, cutoff=0.75)
            if close:
                raise ConfigError(f"{path}: unknown key {key!r} in [tool.vnterm] (did you mean {close[0]!r}?)")
    return CheckConfig(**values)
