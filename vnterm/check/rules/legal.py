"""``legal-ref``: a legal reference not in house form ("Decree No. 58/2022/ND-CP")."""

from __future__ import annotations

import re
from collections import Counter

from ...text import strip_diacritics
from .anchors import _LEGAL_RE, context_anchors, matches_at
from .base import Context, RawFinding, RuleKind

_NUMBER_ONLY = {"Decree", "Resolution", "Circular", "Decision", "Directive", "Conclusion"}
#: a Party document symbol written in any order of "-" and "/": the Party's own form is "18-NQ/TW"
_PARTY_RE = re.compile(r"(\d{1,4})[-/–](NQ|CT|KL|QD|HD|QC|TB|QY|QĐ|HĐ)[-/–](TW)", re.I)
_FOREIGN_RE = re.compile(r"Security Council|United Nations|\bUN\b|General Assembly|\bUNSC\b|European|\bEU\b|ASEAN|WHO|IMO")
#: a Party symbol of a provincial or city Party Committee ("57-NQ/TU", Tỉnh ủy/Thành ủy)
_LOCAL_PARTY_RE = re.compile(r"(\d{1,4})[-/–](NQ|CT|KL|QD|HD|QC|TB|QY|QĐ|HĐ)[-/–](TU|TƯ)", re.I)
#: the central Party organ a document is attributed to, just after its reference ("… of the Politburo")
#: or just before it ("the Politburo's Resolution …"): its symbol is the Party Central one, "/TW"
_CENTRAL_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:issued[ \u00a0]+)?(?:of|by)[ \u00a0]+the[ \u00a0]+(?:\d+(?:st|nd|rd|th)[ \u00a0]+)?"
    r"(?:Politburo|Political Bureau|Secretariat|Party Central Committee|Central Committee|PCC)\b")
_CENTRAL_BEFORE_RE = re.compile(
    r"(?:Politburo|Political Bureau|Secretariat|Party Central Committee|PCC)['’]s[ \u00a0]+\Z")
#: a decree cited by number and year alone ("Decree 54/2018"): decrees are the Government's, "/ND-CP"
_NUMBER_YEAR_RE = re.compile(r"\d{1,5}/(?:19|20)\d\d")
#: several decrees at once: "Decrees 54/2018 and 66/2023", "Decrees Nos. 54/2018/ND-CP, 66/2023"
_DECREES_RE = re.compile(
    r"Decrees[ \u00a0]+(?:Nos?\.?[ \u00a0]*)?(?P<nums>\d{1,5}/(?:19|20)\d\d(?:/[A-Z][\w-]*)?"
    r"(?:(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+and[ \u00a0]+)(?:No\.?[ \u00a0]*)?\d{1,5}/(?:19|20)\d\d(?:/[A-Z][\w-]*)?)+)")
_DECREE_NUM_RE = re.compile(r"\d{1,5}/(?:19|20)\d\d(?:/[A-Z][\w-]*)?")
#: a symbol's letter code holding a plain "D" where an outlet keeping diacritics writes "Đ" ("ND-CP", "QD-TTg")
_D_CODE_RE = re.compile(r"[A-Z]D\b|\bD[A-Z]")
_LEAD_RE = re.compile(r"\d+")
#: a Vietnamese letter with a mark other than "Đ" (which symbols carry): the copy keeps diacritics
_MARKED_RE = re.compile("[àáâãèéêìíòóôõùúýăđĩũơưẠ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯ]")
#: a number with a symbol or a year ("57-NQ/TW", "58/2022"), not a number alone
_HAS_CODE = re.compile(r"[/\-–]")


def _fold_d(text: str) -> str:
    """``text`` with "Đ"/"đ" read as "D"/"d": symbols differ in that letter alone between outlets that
    keep diacritics ("NĐ-CP", as Viet Nam News writes) and those that drop them ("ND-CP")."""
    return text.replace("Đ", "D").replace("đ", "d")


class LegalRefs(RuleKind):
    yields = ("legal-ref",)
    needs = frozenset({"text"})
    streams = True

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        cited: set = state.setdefault("cited", set())  # (kind, number) of references cited in full
        marks: Counter | None = None  # symbols written with "Đ" and with "D", by count
        if ctx.config.diacritics_policy != "strip":
            marks = state.setdefault("marks", Counter())
            if not marks["text"] and _MARKED_RE.search(ctx.text):
                marks["text"] = 1  # the copy itself writes Vietnamese marks somewhere
        for r in self._refs(ctx):
            number = r[0].group("num")
            if _HAS_CODE.search(number):
                cited.add((r[1], _LEAD_RE.match(number).group(0)))
            if marks is not None:
                if "Đ" in number or "đ" in number:
                    marks["Đ"] += 1
                elif _D_CODE_RE.search(number):
                    marks["D"] += 1
        if ctx.config.legal_ref_policy != "consistent":
            return
        forms: Counter = state.setdefault("forms", Counter())  # the ways of writing "No.", by first use
        forms.update(r[2] for r in self._refs(ctx) if r[0].group("no") or _HAS_CODE.search(r[0].group("num")))

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        policy = ctx.config.legal_ref_policy
        hint = ctx.config.style_hint("legal_ref_no")
        refs = self._refs(ctx)
        if policy == "consistent":
            forms = state.get("forms", Counter())
            first = next(iter(forms), "")
            keep = max(forms, key=lambda f: (forms[f], f == first)) if forms else ""
        out: list[RawFinding] = []
        strip = ctx.config.diacritics_policy == "strip"
        marks = state.get("marks", Counter())
        cited = state.get("cited", set())
        for m, kind_text, form, code, party in refs:
            if not m.group("no") and not _HAS_CODE.search(m.group("num")) and (
                    policy == "consistent" or (kind_text, m.group("num")) in cited):
                continue  # a short name by number alone ("Resolution 57") after the full reference
            if policy is True:
                expected = f"{kind_text} No. {code}"
            elif policy is False:
                expected = f"{kind_text} {'No. ' if m.group('no') else ''}{code}"
            else:  # the document's majority form of "No.", spaced as this reference spaces it
                expected = f"{kind_text} {keep}{code}" if form != keep else _respell(m, code)
            found = m.group(0)
            if not strip and _fold_d(found) == _fold_d(expected) and marks["Đ"] > marks["D"] and (
                    marks["D"] or marks["text"]):
                continue  # a symbol that keeps its "Đ" ("NĐ-CP", "QĐ-TTg") where the style and the text do
            if found == expected:
                continue
            if party and code.endswith("/TW") and "/TW" not in strip_diacritics(found).upper():
                why = "a document of the Politburo, the Secretariat or the Party Central Committee carries the Party Central symbol '/TW':"
            elif party and code not in found:
                why = "a Party document keeps the Party's own symbol:"
            elif code.endswith("/ND-CP") and "ND-CP" not in strip_diacritics(found).upper():
                why = "a decree is cited with its symbol (a Government decree's is ND-CP):"
            elif policy == "consistent" and form != keep:
                why = "this document mostly writes references as"
            else:
                why = "house form of a legal reference is"
            tail = "" if _respell(m, code) == expected else f" {hint}"  # only the number's form changed
            out.append(RawFinding(m.start(), m.end(), "legal-ref", found, expected, None,
                                  f"{why} '{expected}'{tail}", True))
        return out + self._decrees(ctx.text, context_anchors(ctx)[0])

    @staticmethod
    def _decrees(text: str, starts: list[int]) -> list[RawFinding]:
        """Several decrees cited at once, some by number and year alone ("Decrees 54/2018 and
        66/2023"): each number gets the Government decree's symbol, the rest is kept as written."""
        out: list[RawFinding] = []
        for pos in starts:
            if not text.startswith("Decrees", pos):
                continue
            m = _DECREES_RE.match(text, pos)
            if m is None or _FOREIGN_RE.search(text, max(0, pos - 60), pos):
                continue
            nums = m.group("nums")
            fixed = _DECREE_NUM_RE.sub(lambda n: n.group(0) + "/ND-CP" if _NUMBER_YEAR_RE.fullmatch(n.group(0))
                                       else n.group(0), nums)
            if fixed == nums:
                continue
            found = m.group(0)
            expected = found[: m.start("nums") - m.start()] + fixed
            out.append(RawFinding(m.start(), m.end(), "legal-ref", found, expected, None,
                                  f"a decree is cited with its symbol (a Government decree's is ND-CP): '{expected}'",
                                  True))
        return out

    @staticmethod
    def _refs(ctx: Context) -> list[tuple[re.Match[str], str, str, str, bool]]:
        """The legal references in ``ctx.text``: (match, kind, "No" form as written, code in
        house form, Party symbol?), computed once per context."""
        cached = ctx.cache.get("legal-refs")
        if cached is not None:
            return cached  # type: ignore[return-value]
        text = ctx.text
        refs: list[tuple[re.Match[str], str, str, str, bool]] = []  # (match, kind, "No" form as written, code in house form, Party symbol?)
        for m in matches_at(text, context_anchors(ctx)[0], _LEGAL_RE):
            kind, number = m.group("kind"), m.group("num")
            has_code = bool(_HAS_CODE.search(number))
            if not has_code:
                if kind not in _NUMBER_ONLY or len(number) > 4 or re.fullmatch(r"(?:19|20)\d\d", number):
                    continue
                if _FOREIGN_RE.search(text, max(0, m.start() - 60), m.start()):
                    continue
            code = strip_diacritics(number).replace("–", "-")
            party = _PARTY_RE.fullmatch(code)
            if party:  # "18/NQ-TW" → "18-NQ/TW" (the Party's own form, unlike a state symbol)
                code = f"{party.group(1)}-{party.group(2).upper()}/TW"
            else:
                local = _LOCAL_PARTY_RE.fullmatch(code)
                if local and (_CENTRAL_AFTER_RE.match(text, m.end())
                              or _CENTRAL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())):
                    party = local  # a Politburo resolution with a provincial symbol: "57-NQ/TU" → "57-NQ/TW"
                    code = f"{local.group(1)}-{local.group(2).upper()}/TW"
                elif kind == "Decree" and _NUMBER_YEAR_RE.fullmatch(code) and not _FOREIGN_RE.search(
                        text, max(0, m.start() - 60), m.start()):
                    code += "/ND-CP"  # "Decree 54/2018": a Government decree's symbol is ND-CP
            refs.append((m, re.sub(r"\s+", " ", kind), _no_form(m), code, bool(party)))
        ctx.cache["legal-refs"] = refs
        return refs


def _respell(m: re.Match[str], code: str) -> str:
    """The reference as written, with only its number in house form (no fixed spacing or "No.")."""
    return m.group(0)[: m.start("num") - m.start()] + code


def _no_form(m: re.Match[str]) -> str:
    """How a reference writes its number sign, as the text between kind and number will read:
    "" (none), "No. " or the form written ("No ", "Number ")."""
    no = m.group("no")
    if not no:
        return ""
    return ("No. " if no.lower().startswith("no") and no.endswith(".") else no + " ")
