"""Checker configuration: ``[tool.vnterm]`` in ``pyproject.toml`` or a ``vnterm.toml``.

Example::

    [tool.vnterm]
    glossaries = ["glossaries/official"]
    style = "consistent"           # a house style preset: consistent, government, vna, vns, nhandan
    viet_nam = "Viet Nam"          # overrides the preset: "Viet Nam", "Vietnam" or "consistent"
    diacritics = "strip"           # Vietnamese names in English copy: "strip", "keep" or "consistent"
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
from ..styles import DEFAULT_STYLE, STYLES, HouseStyle, UnknownStyle, resolve_style
from .rules import RULES, SEVERITIES

_CHOICES: dict[str, tuple[Any, ...]] = {
    "viet_nam": ("Viet Nam", "Vietnam", "consistent"),
    "diacritics": ("strip", "keep", "consistent"),
    "spelling": ("british", "american", "consistent"),
    "admitted": ("allow", "prefer"),
    "inconsistent_admitted": ("allow", "flag"),
}
#: every option a house style sets, and how it is spelt on the command line
STYLE_OPTIONS: dict[str, str] = {"viet_nam": "--viet-nam", "diacritics": "--diacritics", "spelling": "--spelling",
                                  "legal_ref_no": "--legal-ref-no"}

_KNOWN_KEYS = [*_CHOICES, "style", "legal_ref_no", "glossaries", "ignore", "include", "rules"]
#: keys of the shared configuration (vnterm.config) that are not the checker's
_SHARED_KEYS = ("exclude", "jobs", "engine", "ray_address")


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """House style and rule settings for one run.

    ``style`` names a preset of :mod:`vnterm.styles`; ``viet_nam``, ``diacritics`` and ``spelling``
    left ``None`` take the preset's value, and given they override it (``"consistent"``: no fixed
    form, the document's majority wins). Read the values in force from :attr:`country`,
    :attr:`diacritics_policy` and :attr:`spelling_policy`.
    """

    #: the house style preset in force (an id of :data:`vnterm.styles.STYLES`)
    style: str = DEFAULT_STYLE
    viet_nam: str | None = None
    diacritics: str | None = None
    spelling: str | None = None
    #: "No." in legal references: True (always), False (keep the document's form) or "consistent"
    #: (a document that mixes forms takes its majority form); None: from the style
    legal_ref_no: bool | str | None = None
    admitted: str = "allow"
    #: "flag": two admitted equivalents of one concept in a document are inconsistent too
    inconsistent_admitted: str = "allow"
    #: rule id → severity ("error" | "warning" | "info" | "off")
    severities: dict[str, str] = field(default_factory=dict)
    glossaries: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    path: str | None = None

    def severity(self, rule: str) -> str:
        """The severity in force for ``rule`` ("off" when disabled)."""
        return self.severities.get(rule, RULES[rule].severity)

    @property
    def style_id(self) -> str:
        """The style id glossary terms are preferred for (``Term.styles``)."""
        return self.house_style.id

    @property
    def house_style(self) -> HouseStyle:
        return resolve_style(self.style)

    @property
    def country(self) -> str:
        """"Viet Nam", "Vietnam" or "consistent", as set or from the style."""
        return self.viet_nam or self.house_style.country or "consistent"

    @property
    def diacritics_policy(self) -> str:
        """"strip", "keep" or "consistent", as set or from the style."""
        return self.diacritics or self.house_style.diacritics or "consistent"

    @property
    def spelling_policy(self) -> str:
        """"british", "american" or "consistent", as set or from the style."""
        return self.spelling or self.house_style.spelling

    @property
    def legal_ref_policy(self) -> bool | str:
        """True, False or "consistent", as set or from the style (a preset fixes "No.", except one
        whose outlet writes "No" too; the default style only asks a document to agree with itself)."""
        if self.legal_ref_no is not None:
            return self.legal_ref_no
        return "consistent" if self.house_style.country is None else self.house_style.legal_ref_no

    @property
    def body_order(self) -> str:
        """"place-first" (a preset's house form: "Hai Phong People's Committee") or "consistent"
        ("People's Committee of Hai Phong" is flagged only beside a place-first form)."""
        return "consistent" if self.house_style.country is None and self.viet_nam is None else "place-first"

    def source_of(self, option: str) -> str:
        """Where the value in force of a style option comes from, for messages: the preset or an override."""
        if getattr(self, option) is not None:
            return f"{option} = {getattr(self, option)!r}"
        return f"style '{self.style_id}'"

    def style_hint(self, option: str) -> str:
        """The tail of a style message: where the value comes from and how to change it."""
        return f"({self.source_of(option)}; change with --style or {STYLE_OPTIONS[option]})"

    def describe_style(self) -> str:
        """One line: the style in force, its values, and how to change it."""
        st = self.house_style
        parts = [f"country {self.country!r}", f"diacritics {self.diacritics_policy!r}",
                 f"spelling {self.spelling_policy!r}"]
        overridden = [o for o in ("viet_nam", "diacritics", "spelling") if getattr(self, o) is not None]
        extra = f"; overridden: {', '.join(overridden)}" if overridden else ""
        return (f"house style: {st.id} ({st.label}): {', '.join(parts)}{extra}. "
                f"Change it with --style NAME or style = \"NAME\" in vnterm.toml; see --list-styles.")

    def with_overrides(self, **changes: Any) -> "CheckConfig":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def find_config(start: str | Path | None = None) -> Path | None:
    """The nearest ``vnterm.toml``, or ``pyproject.toml`` with a ``[tool.vnterm]`` table, upward."""
    from .. import config

    return config.find_config(start)


def load_config(path: str | Path | None = None, *, search: bool = True) -> CheckConfig:
    """Load a configuration file (or the nearest one when ``path`` is None and ``search`` is set);
    the file is found and read by :mod:`vnterm.config`, the checker's keys are validated here."""
    from .. import config

    found = config.read_table(path, search=search)
    if found is None:
        return CheckConfig()
    table, p = found
    if table is None:
        return CheckConfig(path=str(p))
    return parse_config(table, p)


def parse_config(table: dict[str, Any], path: Path) -> CheckConfig:
    """Validate a ``[tool.vnterm]`` table; every problem raises ConfigError naming the key."""
    values: dict[str, Any] = {"path": str(path)}
    base = path.parent
    for key, value in table.items():
        if isinstance(value, dict) and key != "rules":
            continue  # tables of other vnterm commands
        if key in _SHARED_KEYS:
            continue  # validated by vnterm.config
        if key == "style":
            if not isinstance(value, str):
                raise ConfigError(f"{path}: style must be a string (one of {', '.join(STYLES)})")
            try:
                values[key] = resolve_style(value).id
            except UnknownStyle as exc:
                raise ConfigError(f"{path}: style = {value!r}: {exc}") from None
        elif key in _CHOICES:
            if value not in _CHOICES[key]:
                allowed = ", ".join(repr(c) for c in _CHOICES[key])
                raise ConfigError(f"{path}: {key} = {value!r}: expected one of {allowed}")
            values[key] = value
        elif key == "legal_ref_no":
            if not isinstance(value, bool) and value != "consistent":
                raise ConfigError(f"{path}: legal_ref_no must be true, false or \"consistent\"")
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
