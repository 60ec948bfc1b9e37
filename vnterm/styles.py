"""House styles: the named conventions of the outlets that publish Vietnamese official news in English.

A style is data, shared by every face: the glossary records which style prefers which term (the
``styles`` column, ids from :data:`STYLES`), the checker's presets and the segmenter's English
renderings read the same options. ``consistent`` is the default: it fixes no country spelling and no
diacritics policy, and only asks a document to agree with itself.

An option left ``None`` means "no fixed choice: the document's majority form wins".
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """One outlet's conventions for official English."""

    id: str
    label: str
    #: "Viet Nam", "Vietnam", or None (whichever the document uses most).
    country: str | None = None
    #: Vietnamese names and places in English copy: "strip", "keep", or None (consistent).
    diacritics: str | None = None
    #: What the checker asks of copy: "british", "american" or "consistent" (the presets keep
    #: "consistent": outlets mix -ise/-ize too often for a fixed policy to be a safe finding).
    spelling: str = "consistent"
    #: -ization or -isation in the segmenter's English renderings: "american", "british" or None.
    render_spelling: str | None = None
    #: "Chairwoman"/"Vice Chairwoman" when the source marks a woman ("bà").
    gendered_titles: bool = False
    #: "Provincial People's Committee" (True) or "People's Committee" (False) after a province name.
    provincial_adjective: bool = True
    #: What joins two posts held by one person: ", " or " and ".
    post_separator: str = ", "
    #: The capital's spelling in English renderings: "Ha Noi", "Hanoi", or None (the glossary's form).
    capital: str | None = None
    #: What the checker asks of a legal reference's number sign: True ("Decree No. 58/2022/ND-CP")
    #: or "consistent" (the document's majority form: Viet Nam News writes "Resolution No 1845/…").
    legal_ref_no: bool | str = True
    #: A foreign post before a name with the country's adjective ("Lao Prime Minister", "Chinese Ambassador
    #: to Vietnam", as VietnamPlus and the Government portal print it) rather than "Prime Minister of Laos".
    demonym_posts: bool = False
    #: Other names accepted for this id on the command line and in configuration.
    aliases: tuple[str, ...] = ()
    #: Where the outlet's own usage can be seen (one URL or reference per option).
    sources: tuple[str, ...] = field(default_factory=tuple)


STYLES: dict[str, HouseStyle] = {
    s.id: s
    for s in (
        HouseStyle(
            "consistent",
            "No fixed outlet: each document must agree with itself (the default)",
        ),
        HouseStyle(
            "government",
            "Government portal and Ministry of Foreign Affairs English",
            country="Viet Nam",
            diacritics="strip",
            render_spelling="american",
            capital="Ha Noi",
            demonym_posts=True,
            aliases=("gov", "mofa"),
            sources=("https://en.baochinhphu.vn/", "https://mofa.gov.vn/en/"),
        ),
        HouseStyle(
            "vna",
            "Vietnam News Agency and VietnamPlus",
            country="Vietnam",
            diacritics="strip",
            render_spelling="british",
            gendered_titles=True,
            provincial_adjective=False,
            post_separator=" and ",
            capital="Hanoi",
            demonym_posts=True,
            aliases=("vietnamplus",),
            sources=("https://en.vietnamplus.vn/", "https://link.gov.vn/"),
        ),
        HouseStyle(
            "vns",
            "Viet Nam News",
            country="Viet Nam",
            diacritics="keep",
            capital="Ha Noi",
            legal_ref_no="consistent",
            aliases=("vietnamnews",),
            sources=("https://vietnamnews.vn/",),
        ),
        HouseStyle(
            "nhandan",
            "Nhan Dan English",
            # its pages differ: "Vietnam"/"Hanoi" (2023) and "Viet Nam" (2026): each document agrees with itself
            diacritics="strip",
            sources=("https://en.nhandan.vn/leaders-pay-tribute-to-president-ho-chi-minh-on-partys-founding-anniversary-post122257.html",
                     "https://en.nhandan.vn/special/the-national-assembly-determined-to-institutionalise-the-resolution-of-the-14th-national-party-congress-swiftly-putting-the-partys-guidelines-into-practice/index.html"),
        ),
    )
}

DEFAULT_STYLE = "consistent"


class UnknownStyle(ValueError):
    """A style id or alias that names no house style."""


def style_ids() -> tuple[str, ...]:
    """Every style id, the default first."""
    return tuple(STYLES)


def resolve_style(name: str | None) -> HouseStyle:
    """The style for an id or alias (case-insensitive); ``None`` or "" gives the default."""
    key = (name or DEFAULT_STYLE).strip().lower()
    if key in STYLES:
        return STYLES[key]
    for style in STYLES.values():
        if key in style.aliases:
            return style
    raise UnknownStyle(
        f"unknown house style {name!r} (known: {', '.join(STYLES)}; aliases: "
        + ", ".join(a for s in STYLES.values() for a in s.aliases)
        + ")"
    )
