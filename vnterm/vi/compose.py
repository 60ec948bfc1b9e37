"""How English renderings of pieces compose (the pieces themselves come from the glossary).

Rules (documented for users in docs/composition.md):

* a title unit is ``<title> of <organisation>``: "Director of the Hai Phong Department of Foreign
  Affairs"; with a ministry and a minister-type title the portfolio follows without "the Ministry
  of": "Minister of Foreign Affairs", "Deputy Minister of Health";
* a local organisation is ``<place> [level] <organisation>``: the level word is "Provincial" for a
  province (not before a "Department"), "Commune", "Ward", "District", "Town" for the lower units,
  and nothing for a city ("thành phố X" → "X ..."), where a leading "Municipal"/"City" of the
  organisation's own rendering is dropped too;
* a title without its own glossary entry made of "Phó" + a title → "Deputy " + that title;
  "nguyên" → "former", "quyền" → "Acting", "cố" → "late"; a chain's first letter is a capital
  ("Former Prime Minister", "Late Chairman of the National Assembly");
* chains join their units with ", " in source order;
* anything without a glossary rendering makes the whole rendering ``None``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..styles import HouseStyle

#: Level words for local organisations, by the (lowercase) Vietnamese administrative unit.
LEVEL_WORDS: dict[str, str] = {
    "tỉnh": "Provincial",
    "thành phố": "",
    "tp": "",
    "tp.": "",
    "thủ đô": "",
    "xã": "Commune",
    "phường": "Ward",
    "huyện": "District",
    "quận": "District",
    "thị xã": "Town",
    "thị trấn": "Town",
    "đặc khu": "Special Zone",
}

#: Party committees named by their level: the unit is implied by the organisation word itself.
IMPLIED_UNIT: dict[str, str] = {
    "tỉnh ủy": "tỉnh",
    "thành ủy": "thành phố",
    "huyện ủy": "huyện",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
    "đảng ủy xã": "xã",
    "đảng ủy phường": "phường",
}

#: Prefix words in front of a title, and how they compose.
TITLE_PREFIX_EN: dict[str, str] = {"nguyên": "former", "quyền": "Acting", "cố": "late", "cựu": "former"}

_MINISTER_TITLES = ("Minister", "Deputy Minister", "Acting Minister")

#: Bodies whose head is styled "President" in their own English (not "Chairman"): the central bodies of
#: the Fatherland Front and the mass organisations, the chambers of commerce, academies, Red Cross.
_PRESIDENT_BODIES = re.compile(
    r"Fatherland Front Central Committee|Central Committee of the Viet ?[Nn]am Fatherland Front|Chamber of Commerce|"
    r"General Confederation of Labou?r|Women's Union|Farmers' Union|Veterans' Association|Red Cross|"
    r"Union of Science and Technology Associations|Union of Friendship Organi[sz]ations|Academy of|"
    r"Union of Literature and Arts Associations"
)

#: A foreign country's own name for a post, where it differs from the Vietnamese word's usual English:
#: (country, post) → post. China's head of government is the Premier; Korea's assembly has a Speaker.
FOREIGN_POSTS: dict[tuple[str, str], str] = {
    ("China", "Prime Minister"): "Premier",
    ("China", "Deputy Prime Minister"): "Vice Premier",
    ("the Republic of Korea", "President of the National Assembly"): "Speaker of the National Assembly",
    ("Korea", "President of the National Assembly"): "Speaker of the National Assembly",
}


#: A foreign army's own English for a Vietnamese rank word, where it differs: (country, rank) → rank.
#: China's 上将 (Thượng tướng) is "General"; Viet Nam's Thượng tướng is "Senior Lieutenant General".
FOREIGN_RANKS: dict[tuple[str, str], str] = {
    ("China", "Senior Lieutenant General"): "General",
}


def foreign_rank(rank_en: str, chain_en: str) -> str:
    """The rank of a person whose post (``chain_en``) names a foreign country, in that army's English."""
    for (country, rank), own in FOREIGN_RANKS.items():
        dem = DEMONYMS.get(country)
        if rank_en == rank and (re.search(rf"\bof (?:the )?(?:People's Republic of )?{country}\b|\bCommunist Party of {country}\b", chain_en)
                                or (dem and re.search(rf"(?:^|\b(?:Acting|former|late) ){dem} ", chain_en, re.I))):
            return own
    return rank_en


#: The adjective the press puts before a foreign post ("Lao Minister of National Defence", "Chinese
#: Ambassador to Viet Nam", "French President"). Not for Viet Nam's own posts abroad ("Ambassador of Viet
#: Nam to Laos") nor the Republic of Korea, whose formal name the outlets keep.
DEMONYMS: dict[str, str] = {
    "Laos": "Lao", "China": "Chinese", "Japan": "Japanese", "Cambodia": "Cambodian", "Thailand": "Thai",
    "France": "French", "the United States": "US", "Russia": "Russian", "Egypt": "Egyptian", "Cuba": "Cuban",
    "India": "Indian", "Singapore": "Singaporean", "Indonesia": "Indonesian", "Malaysia": "Malaysian",
    "the Philippines": "Philippine", "Australia": "Australian", "the United Kingdom": "British",
    "Germany": "German", "Belarus": "Belarusian", "Italy": "Italian", "Brazil": "Brazilian",
    "Canada": "Canadian", "Mongolia": "Mongolian", "Hungary": "Hungarian", "Poland": "Polish",
    "the Netherlands": "Dutch", "Kazakhstan": "Kazakh", "Venezuela": "Venezuelan", "Chile": "Chilean",
    "Argentina": "Argentine", "Mexico": "Mexican", "Turkey": "Turkish", "Türkiye": "Turkish", "Iran": "Iranian",
    "Israel": "Israeli", "Spain": "Spanish", "Portugal": "Portuguese", "Sweden": "Swedish", "Norway": "Norwegian",
    "Finland": "Finnish", "Denmark": "Danish", "Belgium": "Belgian", "Switzerland": "Swiss", "Austria": "Austrian",
    "Ukraine": "Ukrainian", "Bangladesh": "Bangladeshi", "Pakistan": "Pakistani", "Sri Lanka": "Sri Lankan",
    "Brunei": "Bruneian", "New Zealand": "New Zealand", "South Africa": "South African", "Nigeria": "Nigerian",
    "Algeria": "Algerian", "Mozambique": "Mozambican", "Saudi Arabia": "Saudi", "Qatar": "Qatari",
    "the United Arab Emirates": "UAE", "Slovakia": "Slovak", "the Czech Republic": "Czech", "Romania": "Romanian",
    "Bulgaria": "Bulgarian", "Serbia": "Serbian", "Greece": "Greek", "Ireland": "Irish", "Nicaragua": "Nicaraguan",
    "Colombia": "Colombian", "Peru": "Peruvian", "Uruguay": "Uruguayan", "Myanmar": "Myanmar",
}

#: A post that names no country after the demonym: monarchs and their families keep "of" ("King of
#: Cambodia"), a party post keeps its party's name.
_NO_DEMONYM = re.compile(r"^(?:King|Queen|Emperor|Empress|Crown Prince|Sultan|Prince|Princess|Grand Duke)\b|"
                         r"Party|Politburo|Political Bureau|Secretariat|General Secretary|Secretary\b|Member\b")
_MODIFIER = re.compile(r"^(?:(?:Acting|former|Former|late|Late) )+")


def _demonym_of(en: str) -> tuple[str, str, str, str] | None:
    """(modifier, post, demonym, tail) of "[Acting ]<post> of <Country>[ to/in <place>]", or None."""
    for country, dem in DEMONYMS.items():
        i = en.find(" of " + country)
        if i < 0:
            continue
        rest = en[i + 4 + len(country):]
        if rest and not rest.startswith((" to ", " in ")):
            continue
        head = en[:i]
        m = _MODIFIER.match(head)
        mod = m.group(0) if m else ""
        post = head[len(mod):]
        if not post or " of the " in post or post.startswith("the ") or _NO_DEMONYM.search(post):
            return None  # "President of the Senate of Cambodia": a body's head keeps the country after it
        return mod, post, dem, rest
    return None


def demonym_post(en: str | None) -> str | None:
    """A foreign state post with the country's adjective before it, as the press writes it before a
    name: "Prime Minister of Thailand" → "Thai Prime Minister", "Acting Consul General of China in Da
    Nang" → "Acting Chinese Consul General in Da Nang"; other renderings unchanged."""
    if not en:
        return en
    hit = _demonym_of(en)
    if hit is None:
        return en
    mod, post, dem, rest = hit
    return f"{mod}{dem} {post}{rest}"


def demonym_chain(units: list[str], suffix: str) -> str | None:
    """The shared country of a chain of state posts before it: ("Deputy Prime Minister", "Minister of
    Public Security") + " of Laos" → "Lao Deputy Prime Minister and …" (joined later); None when a post
    is a party's or the country has no adjective here."""
    probe = demonym_post("Minister" + suffix)
    if probe is None or probe == "Minister" + suffix or any(_NO_DEMONYM.search(_MODIFIER.sub("", u)) or " of the " in u for u in units):
        return None
    return probe[: -len(" Minister")] if probe.endswith(" Minister") else None


def demonym_units(units: list[str | None]) -> list[str | None]:
    """:func:`demonym_post` on each post of a chain, except a last post whose country a bare party post
    before it shares ("Tổng Bí thư, Chủ tịch nước Lào": "General Secretary and President of Laos")."""
    out = [demonym_post(u) for u in units]
    if len(units) > 1 and any(u and _NO_DEMONYM.search(u) and not _names_country(u) for u in units[:-1]):
        out[-1] = units[-1]
    return out


def _names_country(en: str) -> bool:
    return any(c in en for c in DEMONYMS) or any(d + " " in en for d in DEMONYMS.values()) \
        or "Viet Nam" in en or "Vietnam" in en


def with_demonym(joined: str, dem: str) -> str:
    """``dem`` after a chain's leading modifiers: ("former Prime Minister and …", "Thai") → "former Thai …"."""
    m = _MODIFIER.match(joined)
    mod = m.group(0) if m else ""
    return f"{mod}{dem} {joined[len(mod):]}"


def president_head(title_en: str, org_en: str | None) -> str:
    """ "Chairman" → "President" (and Vice …) when the body styles its head President."""
    if org_en and _PRESIDENT_BODIES.search(org_en) and "Chairman" in title_en:
        return title_en.replace("Chairwoman", "President").replace("Chairman", "President")
    return title_en


def foreign_post(title_en: str, country_en: str | None) -> str:
    """The country's own English for a post: ("Prime Minister", "China") → "Premier"."""
    if not country_en:
        return title_en
    for (country, post), own in FOREIGN_POSTS.items():
        if country_en == country and (title_en == post or title_en.startswith(post + " ")):
            return own + title_en[len(post):]
    return title_en


#: The capital's English names: its bodies take no "City" ("Ha Noi People's Committee").
CAPITALS = frozenset({"Ha Noi", "Hanoi", "Hà Nội"})


def local_org(place_en: str, unit: str | None, org_en: str, *, provincial: bool = True) -> str:
    """``<place> [level] <org>``: ("Quang Ninh", "tỉnh", "People's Committee") → "Quang Ninh Provincial People's Committee".

    ``provincial=False`` (a house style without the adjective) drops the level word "Provincial"."""
    head, sep, tail = org_en.partition(" of the ")
    if sep and _LOCAL_BODY.search(tail):
        # "Văn phòng Thành ủy Hải Phòng": the place is the party committee's, not the office's →
        # "Office of the Hai Phong Party Committee"
        if unit is None:  # the body's own level word says which unit it is
            unit = "thành phố" if tail.startswith(("City ", "Municipal ")) else \
                "tỉnh" if tail.startswith("Provincial ") else None
        return f"{head} of the {local_org(place_en, unit, tail, provincial=provincial)}"
    level = LEVEL_WORDS.get(unit or "", "")
    org = org_en
    if not provincial and place_en:  # "Dong Nai People's Committee", "Thai Nguyen Party Committee"
        if level == "Provincial":
            level = ""
        if org.startswith("Provincial "):
            org = org[len("Provincial "):]
    if unit in ("thành phố", "tp", "tp.") and place_en == "Ho Chi Minh":
        place_en = "Ho Chi Minh City"  # the city's English name carries "City" ("TP Hồ Chí Minh")
    elif unit in ("thành phố", "tp", "tp.") and place_en and place_en not in CAPITALS \
            and not place_en.endswith(" City") and _LOCAL_BODY.match(org_en):
        place_en += " City"  # "Thành ủy Cần Thơ" → "Can Tho City Party Committee" (the capital: "Ha Noi …")
    if place_en.endswith(" City"):  # "Thành ủy TPHCM": never "Ho Chi Minh City City Party Committee"
        for drop in ("Municipal ", "City "):
            if org.startswith(drop):
                org = org[len(drop):]
    if unit in ("thành phố", "tp", "tp.", "thủ đô"):
        for drop in ("Municipal ", "City "):
            if org.startswith(drop):
                org = org[len(drop):]
    if level and (org.startswith(level) or org.split(" ", 1)[0] in ("Department",)):
        level = ""
    return " ".join(p for p in (place_en, level, org) if p)


_LOCAL_BODY = re.compile(r"^(?:Provincial |City |Municipal )?(?:Party Committee|People's Committee|People's Council)$")


def title_of(title_en: str, org_en: str | None, *, national: bool = True) -> str:
    """``<title> of <org>`` with the ministry rule ("Minister of Foreign Affairs")."""
    if not org_en:
        return title_en
    if (title_en in _MINISTER_TITLES or title_en.endswith(" Minister")) and org_en.startswith("Ministry of "):
        return f"{title_en} of {org_en[len('Ministry of '):]}"
    if org_en.startswith("the "):
        return f"{title_en} of {org_en}"
    if not national:  # a country or a place: "Prime Minister of Japan"
        return f"{title_en} of {org_en}"
    if _NUMBERED.search(org_en):  # a numbered unit is a name: "Deputy Commander of Naval Region 4"
        return f"{title_en} of {org_en}"
    return f"{title_en} of the {org_en}"


_NUMBERED = re.compile(r"^[A-Z][\w' ]* \d+$")


def strip_org(title_en: str, org_en: str | None) -> str | None:
    """The title part of a composed rendering: ("Vice Chairman of the Provincial People's Committee",
    "Provincial People's Committee") → "Vice Chairman"; ``None`` when it does not decompose."""
    if not org_en:
        return None
    tails = [f" of the {org_en}", f" of {org_en}"]
    if org_en.startswith("Ministry of "):
        tails.append(" of " + org_en[len("Ministry of "):])
    for tail in tails:
        if title_en.endswith(tail) and len(title_en) > len(tail):
            return title_en[: -len(tail)]
    return None


def label_case(en: str | None) -> str | None:
    """A title chain's English as a label: its first letter capital ("nguyên Thủ tướng" → "Former
    Prime Minister", "cố Chủ tịch Quốc hội" → "Late Chairman of the National Assembly"); later posts
    keep their case ("Former Vice President and former Vice Chairman …")."""
    if not en:
        return en
    return en[:1].upper() + en[1:]


def join_chain(units: list[str | None], separator: str = ", ") -> str | None:
    """Units of a title chain joined with ", " or, for ``separator=" and "``, "A, B and C"
    (``None`` if any unit has no rendering)."""
    if not units or any(u is None for u in units):
        return None
    parts = [u for u in units if u]
    if separator.strip() == "and" and len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return separator.join(parts)


_CHAIRMAN = re.compile(r"\bChairman\b")


def feminine(en: str) -> str:
    """A post held by a woman in a style that marks it: "Vice Chairman" → "Vice Chairwoman"."""
    return _CHAIRMAN.sub("Chairwoman", en)


_VIET_NAM_FORMS = re.compile(r"\bViet ?[Nn]am\b")
_HA_NOI_FORMS = re.compile(r"\bHa ?[Nn]oi\b")


def stylize(en: str | None, style: "HouseStyle") -> str | None:
    """A rendering in a house style's spelling of the country and the capital ("Viet Nam"/"Vietnam")."""
    if not en:
        return en
    if style.country and "Viet" in en:
        en = _VIET_NAM_FORMS.sub(style.country, en)
    if style.capital and "Ha" in en:
        en = _HA_NOI_FORMS.sub(style.capital, en)
    if style.render_spelling == "american" and "isation" in en:
        en = _ISATION.sub(r"\1ization", en)  # "Organisation Commission" → "Organization Commission"
    elif style.render_spelling == "british" and "ization" in en:
        en = _IZATION.sub(r"\1isation", en)
    return en


_ISATION = re.compile(r"\b(\w{2,})isation")
_IZATION = re.compile(r"\b(\w{2,})ization")


_THE_COUNTRIES = ("United ", "Republic ", "Kingdom ", "Russian Federation", "Philippines", "Netherlands",
                  "Czech Republic", "Democratic ", "People's ", "Lao People", "Federal ", "State of ", "Socialist ")


def country_name(en: str | None) -> str | None:
    """A country's English name as it follows "of"/"to": "the United States", "Japan"."""
    if en is None:
        return None
    if en.startswith(_THE_COUNTRIES):
        return "the " + en
    return en


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def term_number(text: str) -> int | None:
    """The number of a term of office written after "khóa": "XIX" → 19, "13" → 13 (None otherwise)."""
    if text.isdigit():
        return int(text) if 0 < int(text) < 100 else None
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    vals = [_ROMAN[ch] for ch in text]
    total = sum(-v if k + 1 < len(vals) and v < vals[k + 1] else v for k, v in enumerate(vals))
    return total if 0 < total < 100 else None


def ordinal(n: int) -> str:
    """1 → "1st", 12 → "12th", 23 → "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def with_tenure(en: str | None, n: int) -> str | None:
    """A post's body with its term of office: "Deputy Secretary of the Provincial Party Committee" + 19 →
    "… of the 19th-tenure Provincial Party Committee"; the Party Central Committee is "the 13th Party
    Central Committee". ``None`` when the rendering names no body to attach the term to."""
    if not en or " of the " not in en:
        return None
    head, _, body = en.partition(" of the ")
    if body.startswith("Party Central Committee") or body.startswith("National Assembly"):
        return f"{head} of the {ordinal(n)} {body}"
    return f"{head} of the {ordinal(n)}-tenure {body}"
