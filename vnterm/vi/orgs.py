"""Organisations: glossary terms, heads with their names, local organisations with their place."""

from __future__ import annotations

from . import compose, lexicon
from ..glossary.model import Concept
from .lexicon import key
from .rules import (
    LineBase,
    ORG_DOMAINS,
    PLACE_DOMAINS,
    CONNECTORS,
    Draft,
    IMPLIED_UNIT,
    ORG_PHRASES,
    STANDALONE_ORGS,
    VIET_NAM,
    expand_abbreviations,
)


#: Abbreviations that stand inside an organisation's name ("Ủy ban MTTQ Việt Nam", "Ban Chấp hành TW").
_NAME_ABBREVIATIONS = frozenset({"MTTQ", "TW", "T.Ư", "TƯ", "BCH", "QH", "CP", "CAND", "QĐND", "TAND", "VKSND"})

#: Organisation heads written in lowercase after a title ("Trưởng ban Tổ chức Tỉnh ủy").
LOWER_HEADS = frozenset({"ban", "đoàn", "phòng", "vụ", "cục", "văn phòng"})


class OrgRules(LineBase):
    """Organisations: glossary terms, heads with their names, local organisations with their place. (a mixin of ``recognize._Line``)."""

    def try_glossary(self, i: int) -> int:
        g = self.g_other.get(i)
        if g is None:
            return -1
        j, m = g
        dom = m.concept.domain
        if dom == "person" and self.cap[i] and not (i > 0 and self.trapped(i)):
            self.add_person(i, j, None, True)  # a foreign person the glossary knows: "Vương Nghị"
            return j
        if dom in ORG_DOMAINS and self.cap[i] and not self._unit_only(i, j):
            self.add(Draft("ORG", i, j, self.lex.en(m.concept), m.concept.id))
        return j

    def org_at(self, i: int, lower_ok: bool = False) -> Draft | None:
        """An organisation at ``i`` (glossary term, or head + name), with its place when local.

        ``lower_ok``: after a title a glossary organisation may start in lowercase ("Phó Trưởng ban
        Tổ chức Trung ương")."""
        if i >= self.n:
            return None
        g = self.g_other.get(i)
        if not (self.cap[i] or self.abbr[i] or (lower_ok and g is not None and g[1].concept.domain in ORG_DOMAINS)
                or (lower_ok and i + 1 < self.n and self.cap[i + 1] and self.keys[i] in LOWER_HEADS)):
            return None  # after a title a lowercase head may open the organisation: "Trưởng ban Tổ chức"
        if g is None and self.person_starts(i):
            return None
        concept: Concept | None = None
        if g is not None and (g[1].concept.domain not in ORG_DOMAINS or self._unit_only(i, g[0])
                              or self.phrase(i, ORG_PHRASES, self.lex.max_org) > g[0]):
            g = None  # a unit word ("huyện"), or a longer organisation head ("Huyện ủy")
        if g is not None:
            j = g[0]
            concept = g[1].concept
            head = key(self.text(i, j))
            if head in lexicon.ORG_HEADS and head not in STANDALONE_ORGS:
                # a glossary head word followed by its own name: "Đảng ủy" + "Quân sự Trung ương"
                j2 = self.org_name(j, stop_at_places=True)
                if j2 > j and self.cap[j]:
                    j, concept = j2, self.lex.concept(self.text(i, j2), ORG_DOMAINS)
        else:
            j = self.phrase(i, ORG_PHRASES, self.lex.max_org)
            if j < 0:
                if self.forms[i] in lexicon.ABBREVIATIONS:
                    # the longest span whose written-out form is a glossary organisation:
                    # "BCH Trung ương Đảng" → "Ban Chấp hành Trung ương Đảng"
                    for end in range(min(self.n, i + 6), i, -1):
                        c = self.lex.concept(self.text(i, end), ORG_DOMAINS)
                        if c is not None:
                            j, concept = end, c
                            break
                    else:
                        if key(lexicon.ABBREVIATIONS[self.forms[i]]) not in STANDALONE_ORGS:
                            return None
                        j, concept = i + 1, None
                else:
                    return None
            else:
                head_end = j
                if j < self.n and self.forms[j] in lexicon.ABBREVIATIONS:
                    # "Đoàn ĐBQH tỉnh" = "Đoàn đại biểu Quốc hội tỉnh": a glossary body written short
                    for end in range(min(self.n, j + 3), j, -1):
                        c = self.lex.concept(self.text(i, end), ORG_DOMAINS)
                        if c is not None:
                            j = end
                            break
                if key(self.text(i, j)) not in STANDALONE_ORGS and j == head_end:
                    j = self.org_name(j)
                if j == head_end and key(self.text(i, j)) not in STANDALONE_ORGS \
                        and self.phrase(j, lexicon.ADMIN_UNITS, 3) < 0:
                    return None
                concept = self.lex.concept(self.text(i, j), ORG_DOMAINS)
        org_en = self.lex.en(concept)
        e = Draft("ORG", i, j, org_en, concept.id if concept is not None else None)
        # local organisations: "UBND tỉnh Quảng Ninh", "Sở Ngoại vụ thành phố Hải Phòng", "Tỉnh ủy Quảng Ninh"
        okey = key(self.text(i, j)) if concept is None else key(concept.terms_for("vi")[0].text)
        implied = IMPLIED_UNIT.get(okey) or IMPLIED_UNIT.get(key(self.text(i, j)))
        unit: str | None = None
        ue = self.phrase(j, lexicon.ADMIN_UNITS, 3)
        gp = self.g_other.get(j)
        hcm = self.hcm_at(j)
        ended = self.unit_end(i, j) if concept is not None else None
        if hcm is not None:
            loc = hcm
        elif ended is not None:  # the glossary's "UBND tỉnh" + "Quảng Ninh"
            unit = ended
            if ended in ("tp", "tp.") and j < self.n and self.keys[j] in ("hcm", ".hcm"):
                loc = self.hcm_at(j - 1)  # "UBND TP." + "HCM"
                if loc is not None:
                    loc.i = j
            elif j < self.n and (self.is_name_syllable(j) or self.forms[j].isdigit()):
                loc = self.place_name(j, ended)
            else:
                loc = None
        elif gp is not None and gp[1].concept.domain in PLACE_DOMAINS and ue > 0:
            # the glossary knows the unit and the name as a whole: "thành phố Hồ Chí Minh" (Ho Chi Minh
            # City); when it also knows the bare name ("tỉnh Quảng Ninh" + "Quảng Ninh"), the unit rule applies
            pend, pen, pcid = gp[0], self.lex.en(gp[1].concept), gp[1].concept.id
            bare = self.lex.concept(self.text(ue, pend), PLACE_DOMAINS) if ue < pend else None
            if bare is not None and self.lex.en(bare):
                unit = self.keys[j] if ue == j + 1 else key(self.text(j, ue))
                loc = Draft("LOC", ue, pend, self.lex.en(bare), bare.id, protect=True)
            else:
                loc = Draft("LOC", j, pend, pen, pcid, protect=True)
        elif ue > 0:
            unit = self.keys[j] if ue == j + 1 else key(self.text(j, ue))
            loc = self.place_name(ue, unit)
            if loc is None and unit in compose.LEVEL_WORDS and self.phrase(j, ORG_PHRASES, self.lex.max_org) < 0 \
                    and (ue >= self.n or self.person_starts(ue) or not self.is_name_syllable(ue)):
                # "Phó Chủ tịch UBND tỉnh Đặng Quốc Vinh", "UBND thành phố;": the bare unit word ends it
                e.j = ue
                e.en = compose.local_org("", unit, org_en, provincial=True) if org_en else None
                if e.en and unit in ("thành phố", "tp", "tp.") and not e.en.startswith(("City ", "Municipal ")):
                    e.en = "City " + e.en  # "UBND thành phố" alone: the City People's Committee
                e.norm = expand_abbreviations(self.text(i, ue)) if e.norm is not None or any(
                    self.forms[k] in lexicon.ABBREVIATIONS for k in range(i, ue)) else None
                e.concept = None
                return e
        elif implied is not None:
            unit = implied
            loc = self.place_name(j, unit)
        else:
            loc = None
        if any(self.forms[k] in lexicon.ABBREVIATIONS for k in range(i, j)):
            e.norm = expand_abbreviations(self.text(i, j))  # updated below when a place follows
        if loc is None:
            return e
        e.children.append(loc)
        if e.norm is not None:
            e.norm = expand_abbreviations(self.text(i, loc.j))
        e.j = loc.j
        if org_en is None or loc.en is None:
            e.en = None
        else:
            e.en = compose.local_org(loc.en, unit, org_en, provincial=self.lex.style.provincial_adjective)
        e.concept = None  # the place makes it a different thing from the glossary's concept
        return e

    def try_org(self, i: int) -> int:
        org = self.org_at(i)
        if org is None or (i > 0 and not self.g_other.get(i) and self.trapped(i)):
            return -1
        self.add(org)
        return org.j

    def org_name(self, j: int, stop_at_places: bool = False) -> int:
        """Extend an organisation head over its name: capitalised words and their CRF words."""
        n = self.n
        starts = self.word_start
        while j < n:
            if self.abbr[j] and self.forms[j] in _NAME_ABBREVIATIONS and j > 0:
                j += 1  # "Ủy ban MTTQ Việt Nam": an abbreviated part of the name
                continue
            if self.cap[j] and self.alpha[j] and not self.abbr[j]:
                if self.person_starts(j):
                    break
                pl = self.place_at(j)
                if pl is not None:
                    # "Thông tấn xã Việt Nam", "Ngân hàng Nhà nước Việt Nam": the country ends the name
                    if not stop_at_places and key(self.text(j, pl[0])) in VIET_NAM:
                        j = pl[0]
                    break
                if self.keys[j] in lexicon.ADMIN_UNITS or self.stem_at(j) is not None and j > 0 and self.keys[j - 1] == ",":
                    break
                k = j + 1
                while k < n and not starts[k] and self.alpha[k] and not self.cap[k]:
                    k += 1
                # lowercase syllables of a Vietnamese org name follow its capitalised one: "Ngoại giao"
                j = k
                continue
            if self.forms[j].isdigit() and j > 0 and (self.cap[j - 1] or self.alpha[j - 1]):
                j += 1  # "Quân khu 3", "Sư đoàn 312", "Vùng 4 Hải quân"
                if j < n and self.cap[j] and self.alpha[j] and not self.person_starts(j) and self.place_at(j) is None:
                    continue
                break
            if self.abbr[j] and j > 0 and self.keys[j - 1] in lexicon.ORG_HEADS \
                    and not lexicon.ABBREVIATIONS.get(self.forms[j], "X")[:1].islower():
                # "Sở GD-ĐT", "Tập đoàn NVIDIA": an abbreviated name right after the head
                j += 1
                while j + 1 < n and self.keys[j] in ("-", "&") and self.abbr[j + 1]:
                    j += 2
                continue
            if self.keys[j] in CONNECTORS and j + 1 < n and self.cap[j + 1] and self.alpha[j + 1] \
                    and not self.person_starts(j + 1):
                j += 1
                continue
            if j > 0 and self.cap[j - 1] and self.alpha[j] and not self.cap[j]:
                # lowercase words inside a name, when a place closes it: "Ban Quản lý Khu kinh tế Hải Phòng"
                k = j
                while k < n and k - j < 3 and self.alpha[k] and not self.cap[k] and self.keys[k] not in CONNECTORS:
                    k += 1
                if k > j and k < n and self.cap[k] and self.place_at(k) is not None \
                        and key(self.text(k, self.place_at(k)[0])) not in VIET_NAM:  # type: ignore[index]
                    j = k
                    continue
            break
        return j

    def _unit_only(self, i: int, j: int) -> bool:
        """True when tokens ``i:j`` are just an administrative unit word ("Huyện", "thành phố")."""
        return " ".join(self.keys[i:j]) in lexicon.ADMIN_UNITS
