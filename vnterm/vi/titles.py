"""Title chains: heads, their organisations and countries, and the composition of units."""

from __future__ import annotations

import re

from . import compose, lexicon
from ..glossary.matcher import Match
from .lexicon import key
from .rules import (
    viet_syllable,
    ORG_PHRASES,
    LineBase,
    ORG_DOMAINS,
    TITLE_DOMAINS,
    PERSON_DOMAINS,
    CHAIN_SEPARATORS,
    Draft,
    VIET_NAM,
)


_VIET = re.compile(r"\bViet ?[Nn]am\b")

#: First words of multi-word title heads, the only lowercase words worth trying as a title.
_KHOA = key("khóa")
_FORMAL_STATE = tuple(tuple(key(w) for w in f.split()) for f in (
    "Cộng hòa", "Cộng hoà", "Vương quốc", "Hợp chúng quốc", "Liên bang", "Đại công quốc", "Nhà nước"))
_FORMAL_INNER = frozenset(key(w) for w in "nhân dân chủ xã hội nghĩa liên bang hồi giáo thống nhất".split())
#: type words between "Trường" and a school's own name
_SCHOOL_WORDS = frozenset(key(w) for w in (
    "THPT THCS chuyên tiểu học trung phổ thông cơ sở mầm non dân tộc nội trú cao đẳng đại học "
    "liên cấp quốc tế Chuyên Tiểu Trung").split())
_LOWER_FIRSTS = frozenset(k.split(" ")[0] for k in lexicon.TITLE_STEMS if " " in k)


#: Heads of foreign provinces and cities ("Thống đốc tỉnh Shizuoka", "Thị trưởng thành phố Busan").
_FOREIGN_LOCAL_HEADS = frozenset({"thống đốc", "thị trưởng", "tỉnh trưởng"})
_FOREIGN_LOCAL_EN = {"thống đốc": "Governor", "phó thống đốc": "Vice Governor", "thị trưởng": "Mayor",
                     "phó thị trưởng": "Deputy Mayor", "tỉnh trưởng": "Governor", "phó tỉnh trưởng": "Vice Governor"}


class TitleRules(LineBase):
    """Title chains: heads, their organisations and countries, and the composition of units. (a mixin of ``recognize._Line``)."""

    def stem_at(self, i: int, lower: bool = False) -> tuple[int, str | None, str | None, int] | None:
        """A title head at ``i``: (end, en, concept id, start after any prefix). Needs a capital letter
        (or a lowercase prefix); ``lower``: a lowercase head too (its chain must then end in a name)."""
        if i >= self.n:
            return None
        prefix_en = None
        p = i
        if self.keys[i] in compose.TITLE_PREFIX_EN and i + 1 < self.n and self.cap[i + 1]:
            prefix_en = compose.TITLE_PREFIX_EN[self.keys[i]]
            p = i + 1
        if not self.cap[p] and not (lower and self.alpha[p]):
            return None
        g = self.g_title.get(p)
        jg = g[0] if g is not None else -1
        je = self.phrase(p, lexicon.TITLE_STEMS, self.lex.max_title)
        j = max(jg, je)
        if j < 0 and self.keys[p] == "phụ" and p + 2 < self.n and self.keys[p + 1] == "trách" \
                and self.cap[p + 2] and self.org_at(p + 2) is not None:
            return p + 2, "In charge", None, p  # "…, Phụ trách Văn phòng Tổng Bí thư": in charge of the Office
        if j < 0:
            return None
        if self.phrase(p, ORG_PHRASES, self.lex.max_org) > j:
            return None  # "Đại sứ quán", "Tổng Lãnh sự quán": an organisation, not the title "Đại sứ"
        ordinal = None
        if j + 1 < self.n and self.keys[j] == "thứ" and self.keys[j + 1] in ("nhất", "hai") and jg < j + 2:
            ordinal = "First" if self.keys[j + 1] == "nhất" else "Second"  # "Thứ trưởng thứ nhất"
        full = self.text(p, j)
        full_end = j
        cut: Match | None = None
        # a stem that ends where an organisation starts gives it back: "Trưởng Ban" + "Ban Đối ngoại
        # Trung ương"; a glossary title that is a whole unit ("Thứ trưởng Bộ Ngoại giao") stays whole
        # unless a place follows it ("Chủ tịch UBND tỉnh" + "Quảng Ninh": the organisation takes it)
        for k in range(p + 1, j):
            o = self.g_other.get(k)
            if o is not None and o[1].concept.domain in ORG_DOMAINS and (
                o[0] > j or (o[0] == j and self.local_follows(j, unit_ended=self.unit_end(k, j) is not None))
            ):
                j, cut = k, o[1]
                break
        else:
            if j - p >= 2 and j < self.n and self.cap[j] and not self.person_starts(j) \
                    and self.keys[j - 1] in ("ban", "đoàn", "phòng", "vụ", "cục", "văn phòng") \
                    and self.keys[j - 2] != "thường" \
                    and (jg < j or key(self.text(p, j - 1)) in lexicon.TITLE_STEMS) \
                    and (jg < j or not self.forms[j - 1][:1].isupper() or self.org_name(j) > j + 1
                         or (self.abbr[j] and self._org_end(j - 1) > j)):
                j -= 1  # "Trưởng Ban" / "Trưởng ban" + "Tổ chức Tỉnh ủy": the organisation is "Ban Tổ chức ..."
        c = self.lex.concept(self.text(p, j), TITLE_DOMAINS)
        en = self.lex.en(c)
        if c is None and full != self.text(p, j):
            whole = self.lex.concept(full, TITLE_DOMAINS)
            whole_en = self.lex.en(whole)
            o_end = self.g_other[j][0] if cut is not None else -1
            if cut is not None and o_end <= full_end and whole_en:
                # a composed glossary title ("Vice Chairman of the Provincial People's Committee")
                # minus its organisation gives the title itself ("Vice Chairman")
                en = compose.strip_org(whole_en, self.lex.en(cut.concept))
            elif cut is not None and o_end > full_end and whole_en and " of " in whole_en:
                # "Trưởng Đoàn đại biểu Quốc hội" + "Đoàn đại biểu Quốc hội tỉnh", "Phó Chủ nhiệm Ủy ban"
                # + "Ủy ban Kiểm tra Trung ương": the glossary title gives its organisation words to a
                # longer organisation; its head alone ("Head", "Vice Chairman") is the stem's English
                part = self.lex.concept(self.text(j, full_end), ORG_DOMAINS)
                en = compose.strip_org(whole_en, self.lex.en(part)) if part is not None \
                    else whole_en.partition(" of ")[0]
            else:  # "Trưởng Ban" (Head) whose organisation continues past it
                c, en = whole, whole_en
                if cut is None and j < full_end and self.lex.head_en(self.text(p, j)):
                    # "Trưởng Đoàn" + "Đoàn ĐBQH tỉnh": the head alone ("Head"), the body gives the rest
                    c, en = None, self.lex.head_en(self.text(p, j))
        cid = c.id if c is not None else None
        if c is not None and en and j - p >= 3:
            en = self._formal_en(c, self.text(p, j)) or en  # "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"
        if en is None and self.keys[p] == "phó" and j - p >= 2:
            c2 = self.lex.concept(self.text(p + 1, j), TITLE_DOMAINS)
            if (c2 is None or not self.lex.en(c2)) and cut is not None:
                # "Phó Chánh thanh tra" + "thanh tra tỉnh": the deputy of the whole head ("Chánh Thanh tra")
                c2 = self.lex.concept(self.text(p + 1, full_end), TITLE_DOMAINS)
            if c2 is not None and self.lex.en(c2):
                en = "Deputy " + self.lex.en(c2)  # type: ignore[operator]
        if en is None and c is None:
            en = self.lex.head_en(self.text(p, j))  # "Ủy viên" → "Member", from the glossary's composed titles
        if ordinal is not None and j == full_end:
            en = f"{ordinal} {en}" if en else None
            j += 2
        if key(self.text(p, j)) == "trợ lý" and j < self.n and self.cap[j]:
            principal = self.stem_at(j)
            if principal is not None and principal[3] == j:
                # "Trợ lý Tổng Bí thư", "Trợ lý Chủ tịch nước": an aide's post names the principal's
                j = principal[0]
                en, cid = (f"Assistant to the {principal[1]}" if principal[1] else None), None
        if prefix_en and en:
            en = f"{prefix_en} {en}"
        elif prefix_en:
            en = None
        return j, en, cid, p

    def _at_place(self, en: str | None, end: int, kids: list[Draft], foreign: bool
                  ) -> tuple[str | None, int, list[Draft], bool]:
        """A post's "tại <where>" after its body: "Trưởng Phái đoàn Việt Nam tại ASEAN",
        "Tổng Lãnh sự Việt Nam tại Vancouver - Canada" (a place, an organisation or a foreign name)."""
        if end + 1 >= self.n or self.keys[end] != "tại" or not self.cap[end + 1]:
            return en, end, kids, foreign
        k = end + 1
        pl = self.place_at(k, strict=False)
        hcm = self.hcm_at(k) if pl is None else None
        g = self.g_other.get(k)
        if pl is not None:
            stop, where = pl[0], pl[1]
            is_country = key(self.text(k, stop)) in lexicon.COUNTRIES or str(pl[2] or "").startswith("ctry_")
        elif hcm is not None:
            stop, where, is_country = hcm.j, hcm.en, False
        elif g is not None and g[1].concept.domain in ORG_DOMAINS:
            # an international body is where a mission is accredited: "to the United Nations", "to ASEAN"
            stop, where, is_country = g[0], self.lex.en(g[1].concept), True
        else:
            stop = self.cap_run(k, 4)
            if stop > k + 1 and self.forms[k].isascii() and not viet_syllable(self.keys[k]) \
                    and self.name_run(k + 1, triggered=True) > k + 1:
                stop = k + 1  # "Tổng Lãnh sự Việt Nam tại Busan Đoàn Phương Lan": the city, then the name
            elif stop > k + 2 and self.keys[k + 2] in lexicon.SURNAMES and self.person_starts(k + 2) \
                    and self.foreign_line():
                stop = k + 2  # "tại Quảng Châu Nguyễn Việt Dũng": a two-syllable foreign city, then the name
            if stop == k or any(self.keys[m] in lexicon.SURNAMES and self.person_starts(m) for m in range(k, stop)):
                return en, end, kids, foreign
            # a foreign city in Latin script keeps its spelling ("Vancouver"); anything else is unknown
            latin = all(self.forms[m].isascii() and not viet_syllable(self.keys[m]) for m in range(k, stop))
            where, is_country = (self.text(k, stop) if latin else None), False
        if stop + 1 < self.n and self.keys[stop] in ("-", "–", ",") and self.cap[stop + 1]:
            p2 = self.place_at(stop + 1, strict=False)
            if p2 is not None and p2[3]:  # "Vancouver - Canada" → "Vancouver, Canada"
                stop = p2[0]
                where = f"{where}, {compose.country_name(p2[1])}" if where and p2[1] and not is_country else None
        kids.append(Draft("LOC", k, stop, where, None, protect=True))
        if en and where:
            en = f"{en} {'to' if is_country else 'in'} {compose.country_name(where) if is_country else where}"
        else:
            en = None
        return en, stop, kids, foreign

    def _foreign_local(self, j: int, stem_text: str | None) -> tuple[str | None, int, list[Draft], bool] | None:
        """A foreign governor's or mayor's unit and place: "Thống đốc tỉnh Shizuoka" (Governor of Shizuoka
        Prefecture), "Thị trưởng thành phố Busan" (Mayor of Busan), "Tỉnh trưởng tỉnh Quảng Đông" (a
        Chinese province in Sino-Vietnamese: no rendering). The place is one Latin-script word, or two
        Vietnamese syllables when a name follows; Viet Nam's own units are left to the other rules."""
        if not stem_text or key(stem_text).removeprefix("phó ") not in _FOREIGN_LOCAL_HEADS:
            return None
        ue = self.phrase(j, lexicon.ADMIN_UNITS, 3)
        unit = " ".join(self.keys[j:ue]) if ue > j else ""
        if unit not in ("tỉnh", "thành phố", "bang", "tiểu bang") or ue >= self.n or not self.cap[ue]:
            return None
        if self.place_at(ue) is not None or self.hcm_at(ue) is not None:
            return None  # a place the gazetteer knows: Viet Nam's own units
        form = self.forms[ue]
        if form.isascii() and not viet_syllable(self.keys[ue]):
            end, name = ue + 1, form
        elif ue + 2 < self.n and self.cap[ue + 1] and self.name_run(ue + 2, triggered=True) > ue + 2:
            end, name = ue + 2, None  # "tỉnh Quảng Đông Vương Vĩ Trung"
        else:
            return None
        head = _FOREIGN_LOCAL_EN.get(key(stem_text))
        en = None
        if head and name:
            if unit == "thành phố":
                en = f"{head} of {name}"
            elif unit == "tỉnh" and "Governor" in head:
                en = f"{head} of {name} Prefecture"  # the Vietnamese press's "Thống đốc tỉnh" is Japan's
            elif unit in ("bang", "tiểu bang"):
                en = f"{head} of {name}"
        kids = [Draft("LOC", ue, end, name, None, protect=True)]
        if end + 1 < self.n and self.keys[end] in ("(", ","):
            pl = self.place_at(end + 1, strict=False)
            close = pl[0] if pl is not None and pl[3] else -1
            if close > 0 and self.keys[end] == "(" and close < self.n and self.keys[close] == ")":
                close += 1  # "Thống đốc tỉnh Gunma (Nhật Bản)"
            elif close > 0 and self.keys[end] == "(":
                close = -1
            if close > 0 and pl is not None:  # "…, Nhật Bản": the country after the prefecture
                kids.append(Draft("LOC", end + 1, pl[0], pl[1], pl[2], protect=True))
                en = f"{en}, {compose.country_name(pl[1])}" if en and pl[1] else None
                end = close
        return en, end, kids, True

    def _state_head(self, stem_text: str | None) -> str | None:
        """The English of "<stem> nước" (Chủ tịch → Chủ tịch nước → President) when the glossary has it."""
        if not stem_text:
            return None
        state = self.lex.concept(f"{stem_text} nước", TITLE_DOMAINS)
        return self.lex.en(state) if state is not None else None

    def local_follows(self, j: int, unit_ended: bool = False) -> bool:
        """True when an administrative unit or a place starts at ``j`` (any name after a unit word)."""
        if j >= self.n:
            return False
        if self.phrase(j, lexicon.ADMIN_UNITS, 3) > 0 or self.hcm_at(j) is not None:
            return True
        if self.cap[j] and self.place_at(j) is not None:
            return True
        return unit_ended and (self.is_name_syllable(j) or self.forms[j].isdigit())

    def unit_end(self, i: int, j: int) -> str | None:
        """The administrative unit that the span ``i:j`` ends with ("UBND tỉnh" → "tỉnh"), if any."""
        for k in (1, 2):
            if j - k > i and " ".join(self.keys[j - k:j]) in lexicon.ADMIN_UNITS:
                return " ".join(self.keys[j - k:j])
        return None

    def try_title(self, i: int) -> int:
        st = self.stem_at(i)
        lowercase = False
        if st is None and not self.cap[i] and self.alpha[i] and self.keys[i] in _LOWER_FIRSTS:
            st = self.stem_at(i, lower=True)
            if st is not None and self.trapped(i):
                st = None
            lowercase = st is not None
            if lowercase and (st[0] - st[3] < 2 or st[1] is None):  # type: ignore[index]
                return -1  # one lowercase word ("trưởng", "đại biểu") is too often no title
        if st is None:
            return -1
        if lowercase:
            # "người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh": a lowercase title counts only when
            # its chain ends in a name
            mark = len(self.ents)
            owner = self.appositive[1] if self.appositive is not None and self.appositive[0] == i else None
            r = self._chain(i, st)
            new = self.ents[mark:]
            if not any(e.type == "PERSON" for e in new) and not (owner is not None and owner.title in new):
                del self.ents[mark:]
                return -1
            return r
        return self._chain(i, st)

    def _chain(self, i: int, st: tuple[int, str | None, str | None, int]) -> int:
        if i > 0 and self.trapped(i) and self.keys[i - 1] not in (",", "và"):
            # "Lăng Chủ tịch Hồ Chí Minh", "Giải thưởng Chủ tịch ...": a monument or award, not a person
            k = st[0]
            r = self.name_run(k, triggered=True) if k < self.n else -1
            return max(k, r, i + 1)
        owner: Draft | None = None
        if self.appositive is not None and self.appositive[0] == i:
            owner = self.appositive[1]
        self.appositive = None
        units: list[str | None] = []
        children: list[Draft] = []
        foreign = False
        end = i
        cid_whole: str | None = None
        unit_foreign_flags: list[bool] = []
        suffix = ""
        unit_spans: list[tuple[int, int]] = []
        unit_cids: list[str | None] = []
        while True:
            j, stem_en, cid, p = st
            self.country_suffix = ""
            unit_en, j, kids, unit_foreign = self.title_qualifiers(j, stem_en, cid, self.text(p, j))
            if not kids and j == st[0] and unit_en and cid is not None:
                bare = self.lex.bare_head(cid)  # "Tổng thống Vladimir Putin": "President"
                own = self.lex.en(self.lex.glossary.get(cid))
                if bare and own and unit_en.endswith(own):
                    unit_en = unit_en[: -len(own)] + bare
            suffix = self.country_suffix
            units.append(unit_en)
            unit_spans.append((p, j))
            unit_cids.append(cid if not kids and p == st[3] and self.text(p, j) == self.text(p, st[0]) else None)
            unit_foreign_flags.append(unit_foreign)
            children.extend(kids)
            foreign = foreign or unit_foreign
            cid_whole = cid if not units[:-1] and not kids else None
            end = j
            if j < self.n and self.keys[j] == "(":
                # "(nay là Quân ủy Trung ương)" inside a chain, when the chain goes on after it
                close = next((k for k in range(j + 1, min(self.n, j + 14)) if self.keys[k] == ")"), -1)
                if close > 0 and close + 2 < self.n and self.keys[close + 1] in CHAIN_SEPARATORS \
                        and self.stem_at(close + 2) is not None:
                    j = end = close + 1
                elif close > 0 and close + 1 < self.n and close - j <= 4 \
                        and self.name_run(close + 1, triggered=True) > close + 1:
                    j = end = close + 1  # "Chủ tịch Đảng Dân chủ Tự do (LDP) Shigeru Ishiba"
                elif 0 < close - j <= 3 and self._chain_aside(j + 1, close):
                    j = end = close + 1  # "... Nhật Bản (LDP)", "Phó Bí thư Tỉnh ủy Tuyên Quang (mới)"
            if j < self.n and (self.keys[j] in CHAIN_SEPARATORS or self.keys[j] in ("-", "–")) \
                    and not self._principal(i):
                nxt = self.stem_at(j + 1)
                if nxt is not None:
                    st = nxt
                    continue
            break
        if len(units) > 1 and units[-1] is not None:
            units = self._share_place(units, unit_spans[-1], children)
        if len(units) > 1 and any(u and _VIET.search(u) for u in units[:-1]) and self._foreign_span(*unit_spans[-1]):
            for n, u in enumerate(units[:-1]):
                c = self.lex.glossary.get(unit_cids[n]) if u and unit_cids[n] and _VIET.search(u) else None
                plain = c.preferred("en") if c is not None else None
                if plain is not None and not _VIET.search(plain.text):
                    units[n] = plain.text  # a foreign leader's "Tổng Bí thư": not the CPV's post
        if len(units) > 1 and suffix and unit_foreign_flags[-1] and not any(unit_foreign_flags[:-1]) \
                and units[-1] is not None and units[-1].endswith(suffix):
            # the country ends the chain and is every post's: "Tổng Bí thư, Chủ tịch nước Lào" →
            # "General Secretary and President of Laos"
            units[-1] = units[-1][: -len(suffix)]
            joined = compose.join_chain(units, self.lex.style.post_separator)
            dem = compose.demonym_chain([u for u in units if u], suffix) \
                if joined and self.lex.style.demonym_posts else None
            # state posts share the country's adjective ("Lao Deputy Prime Minister and Minister of Public
            # Security"); a chain with a party post keeps the country after it
            chain_en = (compose.with_demonym(joined, dem) if dem else joined + suffix) if joined else None
        else:
            if self.lex.style.demonym_posts:  # "Thai Prime Minister", "Chinese Ambassador to Viet Nam", "Acting Lao Consul General in …"
                units = compose.demonym_units(units)
            chain_en = compose.join_chain(units, self.lex.style.post_separator)
        if not (chain_en and chain_en[:1].islower() and self.forms[i][:1].islower()):
            # a lowercase "nguyên"/"cố"/"cựu" in running text stays lowercase, as the outlets print it
            # mid-sentence ("former Prime Minister", "late King"); a capitalised one is a label's
            chain_en = compose.label_case(chain_en)
        title = self.add(Draft("TITLE", i, end, chain_en, cid_whole))
        title.children.extend(children)
        if owner is not None and not (end < self.n and self.name_run(end, triggered=True) > 0):
            # the comma closing the apposition stays outside the title; a title followed by a name
            # is that name's ("Đường Lập, Phó Chủ tịch UBND TP.HCM Nguyễn Lộc Hà")
            prior = owner.title
            if prior is not None and prior.en and " ".join(self.keys[prior.i:prior.j]) in lexicon.RANKS and chain_en:
                # "Thượng tướng Đổng Quân, Bộ trưởng Quốc phòng Trung Quốc": the rank is that army's
                own = compose.foreign_rank(prior.en, chain_en)
                if own != prior.en:
                    prior.en, prior.concept = own, None  # no longer the glossary's (Vietnamese) rank
            owner.title = title
            return max(end, i + 1)
        if not foreign and any(k.type == "ORG" and self._names_country(k.i, k.j) for k in children):
            foreign = True  # "Trưởng Ban Tổ chức Trung ương Đảng Cộng sản Trung Quốc": a foreign party's post
        start = end
        female = False
        plural = i > 0 and (self.keys[i - 1] == "các" or (i > 2 and self.keys[i - 3:i] == ["các", "đồng", "chí"]))
        if end + 1 < self.n and self.keys[end] == ":" and self.name_run(end + 1, triggered=True) > 0:
            start = end + 1  # "Các đồng chí Phó trưởng ban ...: A; B; C", "nguyên Chủ tịch nước: A, B"
            plural = True
        elif end + 2 < self.n and self.keys[end] == ":" and self.keys[end + 1] in ("ông", "bà") \
                and self.name_run(end + 2, triggered=True) > 0:
            start = end + 1  # "Bí thư Đảng ủy phường Hiệp Bình: ông Vũ Anh Tuấn"
        elif end + 1 < self.n and self.keys[end] in ("-", "–") and owner is None and self.stem_at(end + 1) is None \
                and self.place_at(end + 1, strict=False) is None and self.name_run(end + 1, triggered=True) > 0:
            start = end + 1  # "Thống đốc tỉnh Shizuoka - Heita Kawakatsu": a dash between a title and its holder
        if start + 1 < self.n and self.keys[start] in ("ông", "bà") and self.is_name_syllable(start + 1):
            female = self.keys[start] == "bà"  # "Phó Chủ tịch UBND tỉnh bà Nguyễn Thị Hạnh"
            start = start + 1
        r = self.person_after(start, title, foreign)
        if r > 0 and len(units) == 1 and not children and unit_cids[0] and self.ents[-1].concept \
                and title.en == compose.label_case(self.lex.en(self.lex.glossary.get(unit_cids[0]))):
            known = self.lex.glossary.get(self.ents[-1].concept)
            state = self._state_head(self.text(*unit_spans[0])) if known is not None \
                and known.domain in PERSON_DOMAINS else None
            if state:  # "Chủ tịch Hun Sen", "Chủ tịch Tập Cận Bình": a foreign leader's bare "Chủ tịch" is President
                title.en, title.concept = compose.label_case(state), None
        if r > 0 and female:
            self.ents[-1].female = True
        if r > 0 and plural:
            # "Các Phó Chủ tịch UBND tỉnh A, B và C": every name shares the title
            while r + 1 < self.n and self.keys[r] in (",", "và", ";"):
                r2 = self.name_run(r + 1, triggered=True)
                if r2 < 0 or self.stem_at(r + 1) is not None:
                    break
                self.add_person(r + 1, r2, title, foreign)
                r = r2
        return max(end, r, i + 1)

    def _foreign_span(self, a: int, b: int) -> bool:
        """True when tokens ``a:b`` name a foreign country ("Chủ tịch nước Lào")."""
        for k in range(a, b):
            if self.cap[k]:
                pl = self.place_at(k, strict=False)
                if pl is not None and pl[3] and pl[0] <= b and key(self.text(k, pl[0])) not in VIET_NAM:
                    return True
        return False

    def _party_after(self, j: int, stem_text: str | None) -> Draft | None:
        """A party whose name starts with the stem's last word "Đảng" ("Ủy viên Trung ương Đảng" +
        "Nhân dân Cách mạng Lào" = "Đảng Nhân dân Cách mạng Lào"): the glossary's organisation, or None."""
        if not stem_text or key(stem_text).split()[-1] != "đảng" or j >= self.n or not self.cap[j]:
            return None
        for e in range(min(self.n, j + 6), j, -1):
            c = self.lex.concept("Đảng " + self.text(j, e), ORG_DOMAINS)
            if c is not None and self._names_country(j, e):
                return Draft("ORG", j - 1, e, self.lex.en(c), c.id)
        return None

    def _formal_state(self, j: int) -> int:
        """The end of a state's formal name at ``j`` ("nước Cộng hòa X", "Vương quốc X", "Hợp chúng quốc
        Hoa Kỳ", lowercase "nhân dân", "dân chủ", "xã hội chủ nghĩa" allowed inside), or ``j``."""
        k = j + 1 if j < self.n and self.keys[j] == "nước" else j
        if k >= self.n or not self.cap[k]:
            return j
        for words in _FORMAL_STATE:
            if self.keys[k:k + len(words)] == list(words):
                e = k + len(words)
                end = j
                while e < self.n and e - k < 10 and self.alpha[e] and (self.cap[e] or self.keys[e] in _FORMAL_INNER):
                    e += 1
                    if self.cap[e - 1]:
                        end = e
                return end
        return j

    def _school(self, j: int) -> Draft | None:
        """A school named after its type words at ``j`` ("Trường THPT Chuyên Hoàng Văn Thụ", "Trường Trung
        học cơ sở Lim"): an organisation with no glossary English (a school's English name is its own)."""
        e = j + 1
        while e < self.n and (self.keys[e] in _SCHOOL_WORDS or self.abbr[e]):
            e += 1
        if e == j + 1 and not (e < self.n and self.cap[e]):
            return None
        stop = e
        while stop < self.n and self.cap[stop] and self.alpha[stop] and stop - e < 5:
            stop += 1
        if stop == e and e == j + 1:
            return None
        return Draft("ORG", j, stop, None, None, protect=True)

    def _address(self, e: int) -> int:
        """The end of ", xã Tiên Du, tỉnh Bắc Ninh" after an organisation (its address), or ``e``."""
        while e + 2 < self.n and self.keys[e] == "," and self.keys[e + 1] in lexicon.ADMIN_UNITS \
                and self.keys[e + 1] not in ("tp", "tp.") and self.cap[e + 2]:
            stop = e + 3
            while stop < self.n and self.cap[stop] and self.alpha[stop] and stop - e < 6:
                stop += 1
            e = stop
        return e

    def _names_country(self, a: int, b: int) -> bool:
        """True when tokens ``a:b`` contain a foreign country's name from the country table ("Đảng Cộng
        sản Trung Quốc"); a city or province is no country ("Sở Y tế TP.HCM")."""
        for k in range(a, b):
            if self.cap[k]:
                pl = self.place_at(k, strict=False)
                if pl is not None and pl[0] <= b and key(self.text(k, pl[0])) in lexicon.COUNTRIES \
                        and key(self.text(k, pl[0])) not in VIET_NAM:
                    return True
        return False

    def _org_end(self, i: int) -> int:
        """Where an organisation starting at ``i`` ends ("Đoàn ĐBQH tỉnh"), or -1."""
        o = self.org_at(i)
        return o.j if o is not None else -1

    def _principal(self, i: int) -> bool:
        """True when the title at ``i`` names on whose behalf someone acts ("thừa ủy quyền của Chủ tịch
        nước, Phó Chủ nhiệm ..."; "thay mặt Bộ Chính trị, ..."): its chain ends at the first comma."""
        return (i >= 2 and self.keys[i - 1] == "của" and self.keys[i - 2] == "quyền") \
            or (i >= 2 and self.keys[i - 1] == "mặt" and self.keys[i - 2] == "thay")

    def _chain_aside(self, a: int, b: int) -> bool:
        """A parenthesis that belongs to a title chain: an acronym ("(LDP)", "(QĐND)"), "(mới)" after a
        merged province, or the country of a foreign post ("Thống đốc tỉnh Gunma (Nhật Bản)")."""
        if all(self.abbr[k] for k in range(a, b)):
            return True
        if b - a == 1 and self.keys[a] == "mới":
            return True
        pl = self.place_at(a, strict=False)
        return pl is not None and pl[3] and pl[0] == b

    def _share_place(self, units: list[str | None], last: tuple[int, int], kids: list[Draft]) -> list[str | None]:
        """The level of a ward or commune that ends a chain is also that of the bare party and people's
        bodies before it: "Phó Bí thư Đảng ủy, Chủ tịch UBND phường" → "Deputy Secretary of the Ward Party
        Committee, Chairman of the Ward People's Committee". A province's or city's name is not copied
        onto them: "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Huế" → "Deputy Secretary of the City Party
        Committee, Chairman of the Hue City People's Committee" (the bare body already says its level)."""
        a, b = last
        words = " ".join(self.keys[a:b])
        ward = next((w for w in ("phường", "xã", "thị trấn", "đặc khu") if f" {w} " in f" {words} "), None)
        if ward is None or not units[-1] or not compose.LEVEL_WORDS.get(ward):
            return units
        lv = compose.LEVEL_WORDS[ward]
        return [re.sub(r"\bthe (Party Committee|People's Council|People's Committee)\b", rf"the {lv} \1", u)
                if u else u for u in units[:-1]] + [units[-1]]

    def title_qualifiers(
        self, j: int, stem_en: str | None, stem_cid: str | None, stem_text: str | None
    ) -> tuple[str | None, int, list[Draft], bool]:
        """The organisation / country after a title head: (unit en, end, nested entities, foreign)."""
        self.in_title += 1
        try:
            en, end, kids, foreign = self._qualifiers(j, stem_en, stem_cid, stem_text)
        finally:
            self.in_title -= 1
        if end + 1 < self.n and self.keys[end] == _KHOA:
            n = compose.term_number(self.forms[end + 1])
            tenure = compose.with_tenure(en, n) if n is not None else None
            if tenure is not None:  # "Phó Bí thư Tỉnh ủy khóa XIX": the body's term of office is the unit's
                return tenure, end + 2, kids, foreign
        return en, end, kids, foreign

    def _qualifiers(
        self, j: int, stem_en: str | None, stem_cid: str | None, stem_text: str | None
    ) -> tuple[str | None, int, list[Draft], bool]:
        kids: list[Draft] = []
        party = self._party_after(j, stem_text)
        if party is not None:
            # "Ủy viên Trung ương Đảng" + "Nhân dân Cách mạng Lào": the Central Committee of that party
            kids.append(party)
            en = stem_en.replace("Party Central Committee", f"{party.en} Central Committee") \
                if stem_en and party.en and "Party Central Committee" in stem_en else None
            return en, party.j, kids, True
        org = self.org_at(j, lower_ok=True)
        if org is None and j + 2 < self.n and self.keys[j] == "thường" and self.keys[j + 1] == "vụ" \
                and self.cap[j] and self.org_at(j + 2) is not None:
            # "Ủy viên Thường vụ Quân ủy Trung ương": "Thường vụ" + a body is that body's Ban Thường vụ
            board = self.lex.concept("Ban Thường vụ", ORG_DOMAINS)
            if board is not None:
                org = Draft("ORG", j, j + 2, self.lex.en(board), board.id)
        if (org is None or org.en is None) and j < self.n and self.keys[j] == "trường" and self.cap[j]:
            school = self._school(j)  # "Hiệu trưởng Trường THPT Chuyên Hoàng Văn Thụ": the school's name
            if school is not None and (org is None or school.j >= org.j):
                kids.append(school)
                return None, self._address(school.j), kids, False
        if org is not None:
            kids.append(org)
            # a second organisation: "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Ninh"
            org2 = self.org_at(org.j)
            if org2 is None and org.j + 1 < self.n and self.keys[org.j] == "của":
                org2 = self.org_at(org.j + 1)  # "Hội đồng Dân tộc của Quốc hội"
            if org2 is not None:
                kids.append(org2)
                org_en = f"{org.en} of the {org2.en}" if org.en and org2.en else None
                if org_en and "Party Central Committee" in org.en and self._names_country(org2.i, org2.j):
                    # "Ban Tổ chức Trung ương" + "Đảng Cộng sản Trung Quốc": the CPV's commission's English
                    # is no name for a foreign party's department (the glossary must give that one)
                    org_en = None
                end = org2.j
            else:
                org_en = org.en
                end = org.j
            pl = self.place_at(end)
            if pl is not None and not pl[3] and org.children == [] and (
                    pl[0] >= self.n or self.person_starts(pl[0]) or not self.is_name_syllable(pl[0])):
                # a province after a department: "Giám đốc Sở Ngoại vụ Hải Phòng" (not glued to the name)
                kids.append(Draft("LOC", end, pl[0], pl[1], pl[2], protect=True))
                org_en = compose.local_org(pl[1], None, org_en, provincial=self.lex.style.provincial_adjective) \
                    if org_en and pl[1] else None
                end = pl[0]
            if stem_en and org_en and " of " in stem_en:
                # "Chánh Văn phòng" (Chief of Office) + "Văn phòng Trung ương Đảng" (Office of ...):
                # the organisation already names the office: "Chief of the Office of ..."
                head, _, tail = stem_en.rpartition(" of ")
                bare = tail[4:] if tail.startswith("the ") else tail
                org_head = org_en.split(" of ")[0].split(" for ")[0].split()
                if org_en.startswith(tail + " ") or org_en == tail or org_en.startswith(bare + " ") \
                        or (" " not in bare and bare in org_head):
                    # "Phó Chủ nhiệm Ủy ban" (Vice Chairman of the Committee) + "Ủy ban Nhà nước về ..."
                    # (State Committee for ...): the organisation is the committee named
                    stem_en = head
            if stem_en and org_en and end == org.j:  # a national body (no place): its own head style
                stem_en = compose.president_head(stem_en, org_en)
            en = compose.title_of(stem_en, org_en) if stem_en and org_en else None
            if en and "Party Central Committee" in stem_en and self._names_country(org.i, org.j):
                en = None  # the CPV's "Trưởng Ban Tổ chức Trung ương" + a foreign party: not that party's name
            if stem_en and "Prime Minister" in stem_en and org.concept is not None \
                    and key(self.text(org.i, org.j)) == "chính phủ":
                en = stem_en  # "Phó Thủ tướng Chính phủ": the Government is implied
            if stem_en and "Prime Minister" in stem_en and org.concept is not None \
                    and key(self.text(org.i, org.j)) == "thường trực chính phủ" and "Permanent" not in stem_en:
                en = "Permanent " + stem_en  # "Phó Thủ tướng Thường trực Chính phủ": the standing deputy
            # a foreign body: "Chủ tịch Quốc hội Campuchia", "Bộ trưởng Bộ Ngoại giao Trung Quốc"
            pl = self.place_at(end, strict=False)
            if pl is not None and pl[3] and key(self.text(end, pl[0])) in VIET_NAM and pl[0] < self.n \
                    and (self.name_run(pl[0], triggered=True) > 0 or self.keys[pl[0]] == "tại"
                         or self.keys[pl[0]] in (",", ";", ".", ")")):
                # "Bộ trưởng Bộ Quốc phòng Việt Nam Phan Văn Giang": the country is the title's, not the name's
                kids.append(Draft("LOC", end, pl[0], pl[1], pl[2], protect=True))
                country = compose.country_name(pl[1])
                en = f"{en} of {country}" if en and country else None
                return self._at_place(en, pl[0], kids, False)
            if pl is not None and pl[3] and key(self.text(end, pl[0])) not in VIET_NAM:
                kids.append(Draft("LOC", end, pl[0], pl[1], pl[2], protect=True))
                state = self._state_head(stem_text)
                if state and org_en:
                    en = compose.title_of(state, org_en)  # a foreign body's "Chủ tịch" is its President
                country = compose.country_name(pl[1])
                en = compose.foreign_post(en, country) if en else None
                en = f"{en} of {country}" if en and country else None
                self.country_suffix = f" of {country}"
                return self._at_place(en, pl[0], kids, True)
            return self._at_place(en, end, kids, False)
        if stem_en and j < self.n and self.cap[j] and self.keys[j] != "bộ" and stem_text \
                and key(stem_text).split()[-1] in ("trưởng",) and key(stem_text).endswith("bộ trưởng"):
            # "Bộ trưởng Công an" = "Bộ trưởng Bộ Công an": the ministry's head word is left out
            for e in range(min(self.n, j + 5), j, -1):
                c = self.lex.concept("Bộ " + self.text(j, e), ORG_DOMAINS)
                if c is not None and self.lex.en(c):
                    kids.append(Draft("ORG", j, e, self.lex.en(c), c.id))
                    en = compose.title_of(stem_en, self.lex.en(c))
                    pl = self.place_at(e, strict=False)
                    if pl is not None and pl[3] and key(self.text(e, pl[0])) not in VIET_NAM:
                        kids.append(Draft("LOC", e, pl[0], pl[1], pl[2], protect=True))
                        country = compose.country_name(pl[1])
                        self.country_suffix = f" of {country}"
                        return (f"{en} of {country}" if country else None), pl[0], kids, True
                    return en, e, kids, False
        foreign_local = self._foreign_local(j, stem_text)
        if foreign_local is not None:
            return foreign_local
        if j + 1 < self.n and self.keys[j] == "nước" and self.cap[j + 1]:
            pn = self.place_at(j + 1, strict=False)
            if pn is not None and pn[3]:
                j += 1  # "Đại sứ ... nước Cộng hòa nhân dân Trung Hoa": "nước" (the country) before its name
        pl = self.place_at(j, strict=False)
        if pl is not None and pl[3]:  # a country: "Thủ tướng Nhật Bản", "Đại sứ Việt Nam tại Lào"
            pend, pen, pcid, _ = pl
            loc = Draft("LOC", j, pend, pen, pcid, protect=True)
            kids.append(loc)
            foreign = key(self.text(j, pend)) not in VIET_NAM
            # "Chủ tịch Trung Quốc": the head of a state is the glossary's "Chủ tịch nước" (President)
            stem_en = self._state_head(stem_text) or stem_en
            if stem_en and pen:
                stem_en = compose.foreign_post(stem_en, compose.country_name(pen))
            en = compose.title_of(stem_en, compose.country_name(pen), national=False) if stem_en and pen else None
            if foreign and pen:
                self.country_suffix = f" of {compose.country_name(pen)}"
            end = pend
            if end + 1 < self.n and self.keys[end] == "tại":
                pl2 = self.place_at(end + 1) or self.hcm_at(end + 1)
                if isinstance(pl2, Draft):  # "Tổng Lãnh sự Trung Quốc tại TP.HCM"
                    pl2 = (pl2.j, pl2.en, pl2.concept, False)
                if pl2 is not None:
                    is_country = key(self.text(end + 1, pl2[0])) in lexicon.COUNTRIES or str(pl2[2] or "").startswith("ctry_")
                    pl2 = (pl2[0], pl2[1], pl2[2], is_country)
                    # "tại" + a country: "Ambassador ... to Japan"; + a city: "Consul General ... in Da Nang"
                    loc2 = Draft("LOC", end + 1, pl2[0], pl2[1], pl2[2], protect=True)
                    kids.append(loc2)
                    where = compose.country_name(pl2[1]) if pl2[3] else pl2[1]
                    en = f"{en} {'to' if pl2[3] else 'in'} {where}" if en and where else None
                    end = pl2[0]
                else:
                    return self._at_place(en, end, kids, foreign)  # "tại Vancouver - Canada", "tại ASEAN"
            return en, end, kids, foreign
        formal = self._formal_state(j)
        if formal > j:
            # "Đại sứ đặc mệnh toàn quyền Nước Cộng hoà Ireland tại Việt Nam": a state by its formal name
            # that the glossary lacks is the post's country (no rendering), never a person's name
            kids.append(Draft("LOC", j, formal, None, None, protect=True))
            self.country_suffix = ""
            return self._at_place(None, formal, kids, True)
        pl = self.place_at(j)
        if pl is not None and not pl[3] and self.person_starts(pl[0]):
            # a place the title's own glossary term does not cover: "Bí thư Tỉnh ủy" + "Quảng Ninh" + name
            kids.append(Draft("LOC", j, pl[0], pl[1], pl[2], protect=True))
            return None, pl[0], kids, False
        k = j
        while k < self.n and k - j < 3 and self.alpha[k] and not self.cap[k] and self.keys[k] not in ("tại", "của", "và"):
            k += 1
        if j < k < self.n - 1 and self.keys[k] == "tại" and (self.place_at(k + 1) or self.hcm_at(k + 1)):
            # "Trưởng đoàn lãnh sự tại TP.HCM": lowercase words of the post, then where it is held
            p2 = self.place_at(k + 1)
            pend = p2[0] if p2 is not None else self.hcm_at(k + 1).j  # type: ignore[union-attr]
            return None, pend, kids, False
        k = j
        while k < self.n and self.abbr[k] and self.forms[k].isascii():
            k += 1
        if k > j and k < self.n and self.cap[k] and self._latin_name(k):
            return None, k, kids, False  # "Giám đốc NVIDIA APAC SOUTH Dennis Ang": a company's post, no rendering
        gp = self.g_other.get(j)
        if j < self.n and self.is_name_syllable(j) and not self.person_starts(j) \
                and not (gp is not None and gp[1].concept.domain == "person"):
            # an unknown qualifier ("Thường trực", "Quốc phòng Ấn Độ"): part of the title, no rendering
            k = self.org_name(j, stop_at_places=True)
            if k > j:
                _en, k2, kids2, foreign2 = self._qualifiers(k, None, None, None)
                if self.name_run(k2, triggered=True) > 0:  # else the capitals were the name itself
                    return None, k2, kids2, foreign2
        return stem_en, j, kids, False
