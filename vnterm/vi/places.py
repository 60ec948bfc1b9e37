"""Places: glossary places, the gazetteer, names after an administrative unit, TP.HCM."""

from __future__ import annotations

from . import lexicon, words
from ..text import romanize
from .lexicon import key
from .rules import (
    VIET_NAM,
    viet_syllable,
    LineBase,
    PLACE_DOMAINS,
    Draft,
)


#: Formal country-name openings and the word their English carries.
_FORMAL_WORDS = tuple((key(v), en) for v, en in (
    ("Cộng hòa", "Republic"), ("Cộng hoà", "Republic"), ("Vương quốc", "Kingdom"), ("Liên bang", "Federation")))


class PlaceRules(LineBase):
    """Places: glossary places, the gazetteer, names after an administrative unit, TP.HCM. (a mixin of ``recognize._Line``)."""

    def place_at(self, i: int, strict: bool = True) -> tuple[int, str | None, str | None, bool] | None:
        """A known place or country at ``i``: (end, en, concept id, is_country).

        ``strict``: a one-syllable name the CRF glues to a following capitalised syllable is not a
        place ("Pháp Luật" is a newspaper); after a title the country is expected ("Thủ tướng Úc ...")."""
        if i >= self.n or not self.cap[i]:
            return None
        g = self.g_other.get(i)
        if g is not None and g[1].concept.domain in PLACE_DOMAINS:
            c = g[1].concept
            if strict and g[0] - i == 1 and self.is_name_syllable(g[0]) and not self.word_start[g[0]]:
                return None  # "Pháp Luật", "Nga Sơn": one syllable of a longer name
            if strict and g[0] - i == 1 and self._common_word(i):
                return None
            return g[0], self._formal_en(c, g[1].text) or self.lex.en(c), c.id, key(g[1].text) not in lexicon.PLACES
        j = self.phrase(i, lexicon.PLACES, self.lex.max_place)
        jc = self.phrase(i, lexicon.COUNTRIES, self.lex.max_place)
        if j < 0 and jc < 0:
            return None
        country = jc >= j
        end = max(j, jc)
        if strict and end - i == 1 and self.is_name_syllable(end) and not self.word_start[end]:
            return None  # the CRF reads one word: "Pháp Luật" (a newspaper), "Nga Sơn"
        if strict and end - i == 1 and i > 0 and self.is_name_syllable(i - 1) and not self._sentence_start(i - 1):
            return None  # the end of a longer name: "xã Thái Mỹ"
        if strict and end - i == 1 and self._common_word(i):
            return None
        surface = self.text(i, end)
        c = self.lex.concept(surface, PLACE_DOMAINS)
        if c is not None:
            return end, self.lex.en(c), c.id, country
        return end, (None if country else romanize(surface)), None, country

    def _common_word(self, i: int) -> bool:
        """A capitalised common noun, not a one-syllable country: the lowercase syllable after it makes a
        word underthesea's dictionary knows ("Áo dài" the dress, "Pháp luật", "Anh em" at a sentence start)."""
        k = i + 1
        return k < self.n and self.alpha[k] and not self.cap[k] \
            and f"{self.keys[i]} {self.keys[k]}" in words.dictionary()

    def _formal_en(self, c, surface: str) -> str | None:
        """A country written by its formal name gets its formal English, when the glossary has one:
        "nước Cộng hòa nhân dân Trung Hoa" → "People's Republic of China" (not "China")."""
        k = key(surface)
        word = next((w for f, w in _FORMAL_WORDS if k.startswith(f) or " " + f in k), None)
        if word is None:
            return None
        forms = [t.text for t in c.terms_for("en") if word in t.text.split()]
        return max(forms, key=len) if forms else None

    def place_name(self, i: int, unit: str | None = None) -> Draft | None:
        """The name after an administrative unit: a known place, a capitalised run or a number.

        After a provincial unit ("UBND tỉnh", "Tỉnh ủy", "HĐND thành phố") a name shaped like a
        person's that the gazetteer does not know is the person: the unit stands alone."""
        if i >= self.n:
            return None
        pl = self.place_at(i)
        if pl is not None:
            return Draft("LOC", i, pl[0], pl[1], pl[2], protect=True)
        if unit in ("tỉnh", "thành phố", "tp", "tp.", "thủ đô") and self.person_starts(i):
            return None
        if self.forms[i].isdigit():
            return Draft("LOC", i, i + 1, self.forms[i], None)
        if not self.is_name_syllable(i):
            return None
        r = self.cap_run(i, 4)
        # "tỉnh Cà Mau Lê Văn Sử": a person's name may follow the place directly
        for k in range(i + 1, r):
            if self.person_starts(k):
                r = k
                break
        return Draft("LOC", i, r, romanize(self.text(i, r)), None, protect=True)

    def hcm_at(self, i: int) -> Draft | None:
        """"TP.HCM", "TP HCM", "TP. HCM", "Tp.HCM": Ho Chi Minh City in its usual abbreviations."""
        if i >= self.n:
            return None
        k = self.keys[i]
        end = -1
        if k in ("tp.hcm", "tp.hcm.", "tphcm"):
            end = i + 1
        elif k in ("tp", "tp.") and i + 1 < self.n:
            j = i + 2 if self.keys[i + 1] == "." and i + 2 < self.n else i + 1
            if self.keys[j] in ("hcm", ".hcm"):
                end = j + 1
        if end < 0:
            return None
        c = self.lex.concept(self.text(i, end), PLACE_DOMAINS) or self.lex.concept("Thành phố Hồ Chí Minh", PLACE_DOMAINS)
        return Draft("LOC", i, end, self.lex.en(c), c.id if c is not None else None)

    def try_place(self, i: int) -> int:
        hcm = self.hcm_at(i)
        if hcm is not None:
            self.add(hcm)
            return hcm.j
        ue = self.phrase(i, lexicon.ADMIN_UNITS, 3)
        if ue > 0 and ue < self.n:
            gp = self.g_other.get(i)
            if gp is not None and gp[1].concept.domain in PLACE_DOMAINS:
                c = gp[1].concept
                self.add(Draft("LOC", i, gp[0], self.lex.en(c), c.id, protect=True))
                return gp[0]
            loc = self.place_name(ue)
            if loc is not None:
                self.add(loc)
                return loc.j
            return -1
        pl = self.place_at(i)
        if pl is None or (i > 0 and self.trapped(i)):
            return -1
        self.add(Draft("LOC", i, pl[0], pl[1], pl[2], protect=True))
        if pl[3] and key(self.text(i, pl[0])) not in VIET_NAM:
            # a nationality before a foreign name in Latin script: "người đồng cấp Mỹ Marco Rubio"
            r = self.name_run(pl[0], triggered=False) if pl[0] < self.n else -1
            if r < 0 and pl[0] < self.n:
                r = self.name_run(pl[0], triggered=True)
                if r - pl[0] < 2:
                    r = -1
            if r > 0 and not any(viet_syllable(self.keys[k]) for k in range(pl[0], r)) \
                    and (r >= self.n or not self.cap[r]):
                self.add_person(pl[0], r, None, True)
                return r
        return pl[0]
