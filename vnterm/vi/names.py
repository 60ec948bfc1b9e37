"""People: names after titles and honorifics, family-name runs, traps, romanisation."""

from __future__ import annotations

import re

from . import lexicon, words
from ..text import romanize



from .rules import (
    VIET_NAM,
    LineBase,
    Draft,
    LONG_NAME_PREFIXES,
    PERSON_DOMAINS,
    TITLE_DOMAINS,
    viet_syllable,
)


#: Words after which a number and a name are an address ("ở 46 Lý Tế Xuyên").
_LOCATIVES = frozenset({"ở", "tại", "đến", "từ", "về", "sang", "trên", "qua", "địa chỉ"})
#: A bare house number (not a year "2025"): "46", "57B", "51-53" (a range that rises; "14-8" is a date).
_HOUSE_NUMBER = re.compile(r"^(?!(?:19|20)\d\d$)(\d{1,4})[A-Za-z]?(?:-(\d{1,4})[A-Za-z]?)?$")


def _house_number(text: str) -> bool:
    m = _HOUSE_NUMBER.match(text)
    return m is not None and (m.group(2) is None or int(m.group(2)) > int(m.group(1)))


#: What separates a name from a title chain that follows it: "Lê Văn A, Bí thư ...", "Lê Văn A - Bí thư ...".
APPOSITION = frozenset({",", "-", "–", "("})
#: Honorifics written before a foreign name (Khmer, Malay, Thai, Arabic, British usage).
FOREIGN_HONORIFICS = frozenset(
    "samdech akka moha maha sena padei techo rathsaphethika thipadei bandit kitti tesaphibal "
    "dato datuk seri tan sri tun sheikh sir dame pehin excellency".split()
)
_INITIAL = re.compile(r"[A-Z]\.")


class NameRules(LineBase):
    """People: names after titles and honorifics, family-name runs, traps, romanisation. (a mixin of ``recognize._Line``)."""

    def person_starts(self, j: int) -> bool:
        """True when a person's name (family name + 1-3 capitalised syllables ending the run) starts at ``j``."""
        if self.in_title and j < self.n and self.cap[j] and self._latin_name(j):
            return True  # "Phó Chủ tịch Tập đoàn Marc Hamilton": after a post, a foreign name ends its body
        if j >= self.n or self.keys[j] not in lexicon.SURNAMES or self.keys[j] in lexicon.WEAK_SURNAMES:
            return False
        if self.place_at(j) is not None:
            return False
        r = self.cap_run(j, 6)
        return 2 <= r - j <= 4 and (r >= self.n or not self.is_name_syllable(r))

    def _latin_name(self, j: int) -> bool:
        """2-4 capitalised Latin-script words ending the capitalised run, one of them not shaped like a
        Vietnamese syllable ("Marc Hamilton", "Jensen Huang", "Dennis Ang"); not an acronym."""
        if j > 0 and self.is_name_syllable(j - 1) and self.forms[j - 1].isascii():
            return False  # inside a longer run: "Samdech Maha Rathsaphethika Thipadei Khuon Sudary"
        if self.keys[j] in FOREIGN_HONORIFICS:
            return False
        r = j
        while r < self.n and r - j < 5 and self.is_name_syllable(r) and self.forms[r].isascii():
            r += 1
        if not 2 <= r - j <= 4 or (r < self.n and self.cap[r]):
            return False
        return any(not viet_syllable(self.keys[k]) for k in range(j, r)) and self.place_at(j) is None

    def trapped(self, i: int) -> bool:
        """True when the words before ``i`` name a street, school, award, ship ... (not a person).

        Also a street after a house number ("số 86 Lê Thánh Tôn", "ngách 12/35 Phan Kế Bính") and a
        later item of a list that a unit word opens ("phường Bến Nghé, Nguyễn Thái Bình và ...")."""
        ws = self.word_start
        for k in (1, 2, 3):
            if i - k < 0:
                break
            if " ".join(self.keys[i - k:i]) in lexicon.TRAPS and (not ws or ws[i - k] or self.cap[i - k]):
                return True  # not the end of a longer word: "thông báo" is no "báo" (newspaper)
        k = i - 1
        while k >= 0 and (self.forms[k][:1].isdigit() or self.keys[k] in ("/", "-")):
            k -= 1
        if k < i - 1 and any(self.forms[m][:1].isdigit() for m in range(k + 1, i)):
            # a house number right before the name (a dash alone is no number: "Bùi Thị Hằng - Ủy viên …")
            if k < 0 or self.keys[k] in ("số", "nhà") or self.keys[k] in lexicon.TRAPS or not self.alpha[k]:
                return True
            if self.keys[k] in _LOCATIVES or _house_number("".join(self.forms[k + 1:i])):
                return True  # "ở 46 Lý Tế Xuyên", "tại 2 Nguyễn Công Trứ": no date, no year, an address
            # "tàu hộ vệ tên lửa 015 Trần Hưng Đạo": a ship, street ... named a few words before the number
            return any(self.keys[m] in lexicon.TRAPS for m in range(max(0, k - 5), k + 1))
        if i > 0 and self.keys[i - 1] in (",", "và") and self.cap[i]:
            k = i - 2
            steps = 0
            while k >= 0 and steps < 16:
                if not self.cap[k] and (self.keys[k] in lexicon.ADMIN_UNITS or self.keys[k] in lexicon.TRAPS):
                    return self.keys[k] not in ("tỉnh", "thành phố", "tp", "tp.")
                if not (self.cap[k] or self.keys[k] in (",", "và") or self.forms[k][:1].isdigit()):
                    return False
                k -= 1
                steps += 1
        return False

    def foreign_line(self) -> bool:
        """True when the line names a foreign country ("Thượng tướng Đổng Quân" in a line about China)."""
        cached = getattr(self, "_foreign_line", None)
        if cached is None:
            cached = False
            for k in range(self.n):
                if self.cap[k]:
                    e = self.phrase(k, lexicon.COUNTRIES, self.lex.max_place)
                    if e > k and " ".join(self.keys[k:e]) not in VIET_NAM:
                        cached = True
                        break
            self._foreign_line = cached
        return cached

    def name_run(self, i: int, *, triggered: bool) -> int:
        """End of a person's name starting at ``i`` (or -1)."""
        if not self.is_name_syllable(i):
            return -1
        k0 = self.keys[i]
        if (k0 in lexicon.ORG_HEADS or k0 in lexicon.ADMIN_UNITS) and k0 not in lexicon.SURNAMES:
            return -1  # "Sở", "Vùng": an organisation or a unit, not a name
        if self.keys[i] in lexicon.HONORIFICS and self.keys[i] not in lexicon.SURNAMES:
            return -1
        surname = self.keys[i] in lexicon.SURNAMES
        r = self.cap_run(i, 5 if (not surname or self.keys[i] in LONG_NAME_PREFIXES) else 4)
        cut = False
        for k in range(i + 2, r):  # a title right after the name: "Hoàng Minh Cường Phó Chủ tịch ..."
            if self.phrase(k, lexicon.TITLE_STEMS, self.lex.max_title) > k + 1:
                r, cut = k, True
                break
        # initials inside a foreign name: "Elbridge A. Colby", "John F. Kennedy"
        while triggered and r > i and r + 1 < self.n and _INITIAL.fullmatch(self.forms[r]) \
                and not viet_syllable(self.keys[r - 1]) and self.is_name_syllable(r + 1):
            r = self.cap_run(r + 1, 3)
        if triggered and r < self.n and r > i and self.forms[r] == "." and r + 1 < self.n \
                and len(self.forms[r - 1]) == 1 and self.forms[r - 1].isupper() and self.is_name_syllable(r + 1):
            r = self.cap_run(r + 1, 3)  # "A" + "." + "Colby" as separate tokens
        # "Thượng viện", "Lăng Chủ tịch": the last capital starts a common word with what follows
        while 0 < r - i <= 2 and r < self.n and not self.word_start[r] and self.alpha[r] and not self.cap[r] \
                and f"{self.keys[r - 1]} {self.keys[r]}" in words.dictionary():
            r -= 1
        if r - i < (1 if triggered else 2):
            return -1
        if r < self.n and self.is_name_syllable(r) and not triggered and not cut:
            return -1
        if not triggered and r - i < 3:
            return -1  # without a title or "ông/bà", two capitalised syllables are too often a place
        pl = self.place_at(i)
        if pl is not None and pl[0] >= r and (not triggered or pl[3] or pl[0] - i < 3):
            return -1  # "ông Hà Nội" is not a person; "Chủ tịch Hồ Chí Minh" is
        return r

    def person_after(self, j: int, title: Draft | None, foreign: bool) -> int:
        if j >= self.n:
            return -1
        k = j
        while k + 1 < self.n and self.keys[k] in FOREIGN_HONORIFICS and self.is_name_syllable(k + 1):
            k += 1  # "Samdech Maha Rathsaphethika Thipadei Khuon Sudary": honorifics before a foreign name
        if k > j and self.name_run(k, triggered=True) > k:
            j = k
        r = self.name_run(j, triggered=True)
        if r < 0:
            return -1
        self.add_person(j, r, title, foreign)
        return r

    def add_person(self, i: int, j: int, title: Draft | None, foreign: bool, *, rank: bool = False) -> Draft:
        text = self.text(i, j)
        known = self.lex.concept(text, PERSON_DOMAINS)
        cid: str | None = None
        if known is None and j - i == 1:
            # "ông Vương" after "Vương Nghị" in the same line: the family name of a known person
            for e in reversed(self.ents[-60:]):  # bounded: linear on long lines
                if e.type == "PERSON" and e.concept and e.en and self.keys[e.i] == self.keys[i] and e.j - e.i > 1:
                    known = self.lex.glossary.get(e.concept)
                    if known is not None:
                        en_full = self.lex.en(known) or ""
                        person = self.add(Draft("PERSON", i, j, en_full.split()[0] if en_full else None,
                                                known.id, title=title, protect=True))
                        return person
                    break
        if known is not None and (foreign or title is None or not (rank or title.children)
                                  or (rank and not title.children and self.foreign_line())):
            # a foreign person the glossary knows ("Vương Nghị" → Wang Yi); a Vietnamese post
            # ("Đại tá Trần Văn Thanh", "Giám đốc Sở ... Trần Văn Thanh") keeps the romanised name
            en: str | None = self.lex.en(known)
            cid = known.id
        elif not all(viet_syllable(self.keys[k]) for k in range(i, j)):
            en = romanize(text)  # a name in Latin script ("António Guterres")
        elif foreign and text.isascii():
            en = text  # a foreign name in plain Latin script that happens to look Vietnamese: "Hun Sen"
        elif foreign:
            en = None  # a transliterated foreign name the glossary does not know: no guess
        else:
            en = romanize(text)
        rank = rank or (title is not None and (" ".join(self.keys[title.i:title.j]) in lexicon.RANKS
                                               or " ".join(self.keys[title.i:title.j]) in lexicon.ACADEMIC))
        person = self.add(Draft("PERSON", i, j, en, cid, title=title, protect=True))
        if (title is None or rank) and j + 1 < self.n and self.keys[j] in APPOSITION and (
                self.stem_at(j + 1) is not None or self._lower_stem(j + 1)):
            # "Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, dự ...": a title after the name
            self.appositive = (j + 1, person)
        elif (title is None or rank) and j + 2 < self.n and self.keys[j] in APPOSITION \
                and self.keys[j + 1] == "tân" and self.stem_at(j + 2) is not None:
            self.appositive = (j + 2, person)  # "Nghiêm Xuân Cường, tân Phó Chủ tịch ...": the newly appointed
        elif title is None and j < self.n and self.cap[j] and self.stem_at(j) is not None:
            # "các đồng chí: Hoàng Minh Cường Phó Chủ tịch UBND thành phố; ...": the title right after
            self.appositive = (j, person)
        return person

    def _lower_stem(self, i: int) -> bool:
        """A lowercase title of two or more words at ``i`` ("người phát ngôn") with an English rendering."""
        if self.cap[i] or not self.alpha[i]:
            return False
        st = self.stem_at(i, lower=True)
        return st is not None and st[0] - st[3] >= 2 and st[1] is not None

    def try_honorific(self, i: int) -> int:
        h = self.phrase(i, lexicon.HONORIFICS, 4)
        if h < 0 or h >= self.n:
            return -1
        if i > 0 and self.trapped(i):
            return -1  # "phố Bà Triệu"
        if self.cap[h] and (self.keys[h] not in lexicon.SURNAMES or self.keys[h] in lexicon.WEAK_SURNAMES) \
                and self.stem_at(h) is not None:
            return -1  # "Các đồng chí Phó Chủ tịch ...": a title follows the address, not a name
        pl = self.place_at(h, strict=False)
        if pl is not None and pl[3] and self.is_name_syllable(pl[0]):
            h = pl[0]  # a nationality before the name: "cựu binh Mỹ Chuck Searcy"
        r = self.name_run(h, triggered=True)
        if r < 0:
            return -1
        if self.phrase(h, lexicon.PLACES_AND_COUNTRIES, self.lex.max_place) >= r:
            return -1
        title: Draft | None = None
        rank = " ".join(self.keys[i:h]) in lexicon.RANKS or " ".join(self.keys[i:h]) in lexicon.ACADEMIC
        if rank:  # "Đại tướng Phan Văn Giang", "GS.TS Nagato Natsume": a rank is the person's title
            c = self.lex.concept(self.text(i, h), TITLE_DOMAINS) or self.lex.concept(self.text(i, h))
            title = self.add(Draft("TITLE", i, h, self.lex.en(c), c.id if c is not None else None))
        person = self.add_person(h, r, title, False, rank=rank)
        person.female = self.keys[h - 1] == "bà"
        return r

    def try_surname(self, i: int) -> int:
        if not self.cap[i] or self.keys[i] not in lexicon.SURNAMES or self.keys[i] in lexicon.WEAK_SURNAMES:
            return -1
        if i > 0 and self.is_name_syllable(i - 1) and not self._sentence_start(i - 1):
            return -1
        r = self.name_run(i, triggered=False)
        if r < 0:
            return -1
        if i > 0 and self.trapped(i):
            return r  # a street, school, award ... named after a person: skip the name
        self.add_person(i, r, None, False)
        return r

    def _sentence_start(self, i: int) -> bool:
        return i == 0 or self.keys[i - 1] in (".", "!", "?", ":", '"', "(", "-", "–")
