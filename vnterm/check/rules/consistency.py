"""``term-inconsistent``: one glossary concept rendered two ways in one document.

Newsroom conventions decide what counts as two renderings:

* a full form at first mention followed by a shorter form ("Central Committee of the Communist
  Party of Viet Nam" … "Party Central Committee") is consistent; the reverse, a short form first and
  a longer one after it, is flagged on the side that is not the glossary's preferred term (the
  later long form when the short one is preferred, the early short mentions when the long one is);
* two forms where the words of one run inside the other ("President" / "State President",
  "Party and State" / "Party and the State") are one rendering, as are two forms with the same
  content words in another order ("Politburo member" / "Member of the Politburo"); two forms that differ only in
  spacing ("Ha Noi" / "Hanoi") are two spellings of one length, not a full and a short form;
* in a concept whose preferred term is a common noun (lower case, "diplomatic sector"), a
  capitalised form is a proper name ("Diplomatic Service"), and the same words in lower case
  ("positions connected with the diplomatic service") are the common phrase, not that name;
* a name whose capitalised words are a glossary name's in another order ("Party National
  Congress") is a second rendering when the document also writes the glossary's order ("National
  Party Congress"): a name's words have one order, unlike a rephrasing with "of";
* a mention introduced as another name ("the East Sea (internationally known as the South China
  Sea)", "also called", "(or …") is a gloss the writer gives on purpose, not a second rendering;
* a descriptive epithet ("Party chief": a lower-case content word) after a capitalised title or
  name at first mention ("General Secretary") is the newsroom's short reference, not a rival;
* two admitted equivalents (neither the preferred term) are not flagged unless the configuration
  says ``inconsistent_admitted = "flag"``; that setting flags every form but the preferred one
  (or the one used most), as before these conventions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import permutations
from operator import attrgetter

import ahocorasick_rs

from ...glossary.matcher import Match
from ...text import strip_diacritics
from .base import Context, RawFinding, RuleKind, fold_cached, match_case

_ABBREVIATIONS = frozenset({"abbreviation", "acronym", "shortForm"})
_term_text = attrgetter("term.text")


@lru_cache(maxsize=8192)
def _words(form: str) -> tuple[str, ...]:
    return tuple(fold_cached(form).split())


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "'s"})


def related(a: str, b: str) -> bool:
    """True when the words of one form run, in order, inside the other, or when both hold the same
    content words in another order ("Politburo member" / "Member of the Politburo"): one rendering."""
    wa, wb = _words(a), _words(b)
    if _subsequence(wa, wb) if len(wa) <= len(wb) else _subsequence(wb, wa):
        return True
    return sorted(w for w in wa if w not in _FUNCTION_WORDS) == sorted(w for w in wb if w not in _FUNCTION_WORDS)


def _shares_words(a: str, b: str) -> bool:
    """True when two forms share a content word, or one is the initials of the other ("NA" /
    "National Assembly"): a short form of a name, not another name for it."""
    wa = {w for w in _words(a) if w not in _FUNCTION_WORDS}
    wb = {w for w in _words(b) if w not in _FUNCTION_WORDS}
    if wa & wb:
        return True
    initials = lambda ws: "".join(w[0] for w in ws if w not in _FUNCTION_WORDS)  # noqa: E731
    ca, cb = "".join(_words(a)), "".join(_words(b))
    return ca == initials(_words(b)) or cb == initials(_words(a))


def spelling_only(a: str, b: str) -> bool:
    """True when two forms differ only in spacing, hyphens or case ("Ha Noi" / "Hanoi"): one
    compound spelt two ways."""
    return "".join(_words(a)).replace("-", "") == "".join(_words(b)).replace("-", "")


def epithet(form: str) -> bool:
    """True when a form is a descriptive epithet, not a name: it holds a lower-case content word
    ("Party chief", "the top legislator"). After a capitalised title or name at first mention, an
    epithet is the newsroom's short reference to it, not a second rendering."""
    return any(w.isalpha() and w.islower() and w not in _FUNCTION_WORDS for w in form.split())


def _sizes(forms: list[str]) -> dict[str, int]:
    """Each form's length in words, spelling variants that differ only in spacing sharing the longer."""
    size = {f: len(_words(f)) for f in forms}
    by_compact: dict[str, int] = {}
    for f in forms:
        key = "".join(_words(f))
        by_compact[key] = max(by_compact.get(key, 0), size[f])
    return {f: by_compact["".join(_words(f))] for f in forms}


def _common_phrase(m: Match, style: str) -> bool:
    """True when a capitalised term (a proper name) is matched in lower-case text and the concept's
    preferred term is itself lower case: the text says the common phrase, not the name."""
    term = m.term.text
    if term.islower() or not m.text.islower():
        return False
    pref = m.concept.preferred("en", style)
    return pref is not None and pref.text.islower()


_MAX_ORDER_WORDS = 5  # names up to five words: 120 orders each


def order_names(glossary) -> dict[str, str]:
    """The glossary's good English names of three to five words that are all capitalised and hold
    no function word ("National Party Congress"), each with its concept id."""
    out: dict[str, str] = {}
    for concept in glossary:
        for term in concept.terms_for("en"):
            words = term.text.split()
            if not term.is_flagged and 3 <= len(words) <= _MAX_ORDER_WORDS and all(
                    w[0].isupper() and w.isalpha() for w in words):
                out.setdefault(term.text, concept.id)
    return out


def other_orders(names: frozenset[str]) -> dict[str, str]:
    """Every other order of the words of each name: per order, its name (the first on a clash,
    and never a name itself)."""
    out: dict[str, str] = {}
    for name in sorted(names):
        for order in permutations(name.split()):
            written = " ".join(order)
            if written not in names:
                out.setdefault(written, name)
    return out


#: words that introduce another name for what was just named: "the East Sea (internationally known as
#: the South China Sea)", "…, also called …", "(or …)": that mention is a gloss, not a second rendering
_GLOSS_RE = re.compile(
    r"(?:\b(?:(?:also|internationally|widely|commonly|formerly|sometimes|otherwise|better|officially)\s+)?"
    r"(?:known|referred\s+to|called|named|dubbed)\s+as|\b(?:also\s+)?(?:called|named|dubbed)|\(\s*(?:or|aka|a\.k\.a\.))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE)
_GLOSS_WINDOW = 48
_GLOSS_WORDS = ("known", "referred", "called", "named", "dubbed")


def introduced_as_another_name(text: str, start: int) -> bool:
    """True when the words just before ``start`` introduce the mention as another name ("known as",
    "also called", "(or"): the writer gives both names on purpose."""
    lo = max(0, start - _GLOSS_WINDOW)
    window = text[lo:start].lower()
    if "(" not in window and not any(word in window for word in _GLOSS_WORDS):
        return False  # every way _GLOSS_RE can match holds one of these: skip the regex (most mentions)
    return _GLOSS_RE.search(text, lo, start) is not None


def _bounded(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is whole words."""
    return not (start and (text[start - 1].isalnum() or text[start - 1] in "-'’")) and not (
        end < len(text) and (text[end].isalnum() or text[end] == "-"))


#: the domains of proper names (bodies, the Party and the State); titles, documents and events
#: have a common-noun use in lower case
_NAME_DOMAINS = frozenset({"party", "org"})


def lower_name(m: Match) -> tuple[str, ...]:
    """The capitalised content words of a proper name matched in lower case ("party and state" for
    "Party and State"), or () when the match is no such thing: a term of two or more words whose
    content words are all capitalised, not an abbreviation, written all in lower case."""
    term = m.term.text
    if m.term.type in _ABBREVIATIONS or not m.text.islower() or " " not in term or (
            m.concept.domain not in _NAME_DOMAINS):
        return ()  # a title ("general secretary of …") or a kind of document ("an official dispatch")
        # in lower case is the common noun, as styles that lower-case titles after a name write it
    words = [w for w in term.split() if w.lower() not in _FUNCTION_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ()
    return tuple(words)


def _lowered_names(ctx: Context):
    """Each hit that is a proper name written in lower case (:func:`lower_name`), not a common phrase
    of the style in force, with its capitalised content words."""
    style = ctx.config.style_id
    for m in ctx.hits.terms:
        words = lower_name(m) if m.text.islower() else ()  # islower first: most hits are not
        if words and not _common_phrase(m, style):
            yield m, words


def _capitalised_in(text: str, word: str) -> bool:
    """True when ``text`` writes ``word`` capitalised inside a sentence (after a lower-case word or a
    comma), not only where any word would be capitalised."""
    n = len(word)
    for sep in (" ", "\u00a0"):
        at = text.find(sep + word)
        while at > 0:  # a literal search: a regular expression opening with a class scans every character
            before, end = text[at - 1], at + 1 + n
            if (before == "," or before.islower()) and not (end < len(text) and text[end].isalnum()):
                return True
            at = text.find(sep + word, at + 1)
    return False


_NAME_PART = r"(?:[A-Z][\w'’-]*|of|on|for|the|and|province|city)"
#: "Chairman of the Vietnam Fatherland Front Committee of Nghe An province": a one-holder post, its body
_CHAIR_RE = re.compile(rf"Chair(?P<g>man|woman)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
                       rf"(?P<body>[A-Z][\w'’-]*(?:[ \u00a0]+{_NAME_PART})*)")
#: words before a title that make it a post with several holders or a past holder
_NOT_ONE_HOLDER = ("Vice", "Deputy", "Standing", "Permanent", "former", "Former", "ex")


def chair_posts(text: str) -> list[tuple[int, int, bool, str]]:
    """Each "Chairman/Chairwoman of <body>" naming the one current holder of a post: (start and end
    of the title word, woman?, the body's key)."""
    out = []
    if "Chair" not in text:
        return out
    for m in _CHAIR_RE.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue  # "Vice-Chairman" passes (a post with several holders is skipped below), "XChairman" not
        if text[max(0, m.start() - 12) : m.start()].rstrip(" -\u00a0").endswith(_NOT_ONE_HOLDER):
            continue
        words = m.group("body").split()
        while words and words[-1] in ("of", "on", "for", "the", "and"):
            words.pop()
        if len(words) < 2:
            continue  # "Chairman of the Committee": no body named, no one post
        out.append((m.start(), m.start("g") + len(m.group("g")), m.group("g") == "woman",
                    " ".join(words).lower().replace("’", "'")))
    return out


def _chair_posts(ctx: Context) -> list[tuple[int, int, bool, str]]:
    """:func:`chair_posts` of the context's text, once per context."""
    found = ctx.cache.get("chair-posts")
    if found is None:
        found = ctx.cache["chair-posts"] = chair_posts(ctx.text)
    return found  # type: ignore[return-value]


class TermConsistency(RuleKind):
    yields = ("term-inconsistent",)
    needs = frozenset({"hits", "text"})
    streams = True
    #: the forms of each concept (and the proper names written in lower case); then whether the
    #: document capitalises those names' words elsewhere
    passes = 2

    def gathers_hits(self, pass_no: int) -> bool:
        return pass_no == 0

    def __init__(self, checker) -> None:
        super().__init__(checker)
        self._names: dict[str, str] | None = None  # order_names
        self._name_list: list[str] = []
        self._scanner: ahocorasick_rs.AhoCorasick | None = None
        #: per set of names a document writes, the scanner of their other orders and each order's name
        self._orders: dict[frozenset[str], tuple[ahocorasick_rs.AhoCorasick, list[str]]] = {}

    def _order_scanner(self) -> "ahocorasick_rs.AhoCorasick | None":
        if self._names is None:
            self._names = order_names(self.checker.glossary)
            self._name_list = list(self._names)
            self._scanner = ahocorasick_rs.AhoCorasick(self._name_list) if self._name_list else None
        return self._scanner

    def written_names(self, text: str) -> frozenset[str]:
        """The glossary names of :func:`order_names` that ``text`` writes (whole words)."""
        scanner = self._order_scanner()
        if scanner is None:
            return frozenset()
        names = self._name_list
        return frozenset(names[i] for i, start, end in scanner.find_matches_as_indexes(text, overlapping=True)
                         if _bounded(text, start, end))

    def reordered(self, text: str, written: frozenset[str] | None = None) -> list[RawFinding]:
        """Names written with a glossary name's words in another order, where the document also
        writes the glossary's order: one Aho-Corasick pass for the names, a second for the other
        orders of those the document writes (``written``: those names, when the document is
        larger than ``text``; None: ``text`` is the document)."""
        if written is None:
            written = self.written_names(text)
        out: list[RawFinding] = []
        if not written:
            return out
        assert self._names is not None
        second = self._orders.get(written)
        if second is None:
            if len(self._orders) > 256:
                self._orders.clear()
            orders = other_orders(written)
            patterns = list(orders)
            second = self._orders[written] = (ahocorasick_rs.AhoCorasick(patterns), [orders[p] for p in patterns])
        scanner, of = second
        taken = -1
        for i, start, end in scanner.find_matches_as_indexes(text):  # leftmost, not overlapping
            if start < taken or not _bounded(text, start, end):
                continue
            taken = end
            name, surface = of[i], text[start:end]
            out.append(RawFinding(start, end, "term-inconsistent", surface, name, self._names[name],
                                  f"'{surface}' has the words of '{name}' in another order; use '{name}'", True))
        return out

    @staticmethod
    def _usage(ctx: Context) -> dict[str, list[Match]]:
        """Per concept, its hits by full forms in ``ctx`` (once per context)."""
        cached = ctx.cache.get("term-usage")
        if cached is not None:
            return cached  # type: ignore[return-value]
        style = ctx.config.style_id
        usage: dict[str, list[Match]] = defaultdict(list)
        text = ctx.text
        for m in ctx.hits.terms:
            if m.term.type not in _ABBREVIATIONS and not _common_phrase(m, style) and not (
                    m.start and introduced_as_another_name(text, m.start)):
                usage[m.concept.id].append(m)
        ctx.cache["term-usage"] = usage
        return usage

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        if pass_no == 1:  # the words of proper names written in lower case: capitalised elsewhere?
            capital: set[str] = state.setdefault("capital", set())
            for word in state.get("want", ()):
                if word not in capital and _capitalised_in(ctx.text, word):
                    capital.add(word)
            return
        for _, words in _lowered_names(ctx):
            state.setdefault("want", set()).update(words)
        for _, _, woman, body in _chair_posts(ctx):
            if woman:
                state.setdefault("chairwomen", set()).add(body)
        # per concept: each form with its count and the document offset of its first mention, by first mention
        forms: dict[str, dict[str, list[int]]] = state.setdefault("forms", {})
        concepts = state.setdefault("concepts", {})
        offset = ctx.offset
        if "body" not in state and offset < _LEAD_IN_CHARS:
            at = body_start(ctx.text)
            if at >= 0:
                state["body"] = offset + at
        body = state.get("body")
        marked: set[str] = state.setdefault("marked", set())  # concepts written with diacritics somewhere
        for cid, full in self._usage(ctx).items():
            seen = forms.get(cid)
            if seen is None:
                seen = forms[cid] = {}
                concepts[cid] = full[0].concept
            if cid not in marked and any(not m.text.isascii() and strip_diacritics(m.text) != m.text for m in full):
                marked.add(cid)
            for m in full:
                at = offset + m.start
                in_body = body is None or at >= body
                entry = seen.get(m.term.text)
                if entry is None:
                    seen[m.term.text] = [1, at, at if in_body else -1]
                else:
                    entry[0] += 1
                    if entry[2] < 0 and in_body:
                        entry[2] = at
        written = state.get("written", frozenset())
        state["written"] = written | self.written_names(ctx.text)

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        style = ctx.config.style_id
        strict = ctx.config.inconsistent_admitted == "flag"
        forms_of: dict[str, dict[str, list[int]]] = state["forms"]
        verdicts = state.setdefault("verdicts", {})
        offset = ctx.offset
        body = state.get("body")
        out: list[RawFinding] = []
        for cid, full in self._usage(ctx).items():
            verdict = verdicts.get(cid, _MISSING)
            if verdict is _MISSING:
                verdict = verdicts[cid] = self._verdict(_by_body_mention(forms_of[cid], state.get("body")),
                                                        state["concepts"][cid], style, strict,
                                                        cid in state.get("marked", ()))
            if verdict is None:
                continue
            target, wrong_forms, until, why = verdict
            made: dict[tuple[int, str], tuple[str, str, str, str, bool]] = {}
            for m in full:
                if m.term.text not in wrong_forms or (until is not None and offset + m.start >= until):
                    continue
                if not strict and body is not None and offset + m.start < body:
                    continue  # a caption or headline before the dateline stands alone
                key = (id(m.term), m.text)
                fields = made.get(key)
                if fields is None:
                    expected = match_case(m.text, target)
                    msg = f"'{m.text}' and '{target}' {why.format(cid=cid)}; use '{target}'"
                    fields = made[key] = (m.text, expected, cid, msg, not m.ambiguous)
                out.append(RawFinding(m.start, m.end, "term-inconsistent", *fields))
        return out + self._lowered(ctx, state) + self._chairs(ctx, state) + self.reordered(ctx.text, state["written"])

    @staticmethod
    def _chairs(ctx: Context, state: dict) -> list[RawFinding]:
        """"Chairman of X" where the same text calls the one holder of that post "Chairwoman of X":
        nobody writes "Chairwoman" of a man, so the holder is a woman."""
        women = state.get("chairwomen")
        if not women:
            return []
        out = []
        for start, end, woman, body in _chair_posts(ctx):
            if not woman and body in women:
                found = ctx.text[start:end]
                out.append(RawFinding(start, end, "term-inconsistent", found, "Chairwoman", None,
                                      f"'{found}' and 'Chairwoman' both name the holder of one post in this document; "
                                      f"use 'Chairwoman'", True))
        return out

    @staticmethod
    def _lowered(ctx: Context, state: dict) -> list[RawFinding]:
        """A proper name written in lower case ("former party and state leaders") where the document
        capitalises its words elsewhere ("the Party, State and parliament"): the name, capitalised."""
        capital = state.get("capital")
        if not capital:
            return []
        out: list[RawFinding] = []
        for m, words in _lowered_names(ctx):
            if not all(w in capital for w in words):
                continue
            expected = m.term.text
            out.append(RawFinding(m.start, m.end, "term-inconsistent", m.text, expected, m.concept.id,
                                  f"'{m.text}' is the proper name '{expected}', capitalised elsewhere in this "
                                  f"document; use '{expected}'", not m.ambiguous))
        return out

    def _verdict(self, forms: dict[str, list[int]], concept, style: str, strict: bool,
                 marked: bool = False) -> tuple[str, frozenset[str], int | None, str] | None:
        """(the form to use, the forms to flag, flagged only before this document offset (None:
        anywhere), why) for a concept whose full forms in the document are ``forms`` (each with its
        count and first offset, by first mention); None when it has a single form."""
        if len(forms) < 2:
            return None
        verdict = self._verdict_of(forms, concept, style, strict)
        if marked and verdict is not None and verdict[1]:
            # "HÀ NỘI" … "Hanoi": the glossary's "Ha Noi" would drop the text's diacritics; a name
            # spelt two ways with and without them is the diacritics and compound rules' to judge
            target = verdict[0]
            verdict = (target, frozenset(f for f in verdict[1] if not spelling_only(f, target)), *verdict[2:])
        return verdict

    def _verdict_of(self, forms: dict[str, list[int]], concept, style: str,
                    strict: bool) -> tuple[str, frozenset[str], int | None, str] | None:
        pref = concept.preferred("en", style)
        preferred = pref.text if pref is not None else None
        if strict:
            if preferred in forms:
                target = preferred
            else:
                target = max(forms, key=lambda f: forms[f][0])  # the first of the most used
            return target, frozenset(f for f in forms if f != target), None, "both name concept '{cid}' in this document"
        return self._conventions(forms, preferred)

    @staticmethod
    def _conventions(forms: dict[str, list[int]], preferred: str | None) -> tuple[str, frozenset[str], int | None, str]:
        """(the form to use, the forms to flag, flagged only before this offset, why) under the
        newsroom conventions; ``forms``: each form's count and first offset, by first mention."""
        order = list(forms)  # forms by first mention
        size = _sizes(order)
        first = order[0]
        longest = max(order, key=size.__getitem__)  # the first of the longest on a tie
        if size[longest] > size[first]:
            # a short form came first and a longer one follows: the glossary's preferred side wins
            if preferred == first:  # the document settled on the preferred short form: the longer is odd
                wrong = frozenset(f for f in order if size[f] > size[first] and not related(f, first))
                return first, wrong, None, "both name concept '{cid}' in this document, the short form first"
            if preferred == longest:  # an admitted short form before the preferred full one
                if not _shares_words(first, longest):
                    # a name that shares no word with the full one ("Tet" / "Lunar New Year") is an
                    # equivalent of it, not its short form: no first mention to take the full form
                    return first, frozenset(), None, ""
                until = forms[longest][1]
                wrong = frozenset(f for f in order if not related(f, longest))
                return longest, wrong, until, "both name concept '{cid}' in this document, the full form at first mention"
            return first, frozenset(), None, ""  # two admitted equivalents are not flagged
        # the first mention is the full form: shorter forms later are fine; a form as long as it
        # and not one rendering with it is a second rendering, unless both are admitted equivalents
        target = preferred if preferred in forms and size[preferred] >= size[first] else first
        rivals = {f for f in order if f != target and size[f] >= size[first] and not related(f, target)
                  and not (epithet(f) and not epithet(first))}
        if target != preferred:
            rivals = {f for f in rivals if f == preferred}  # two admitted equivalents are not flagged
        return target, frozenset(rivals), None, "both name concept '{cid}' in this document"


_MISSING = object()

#: a dateline opening the story after captions or a headline: "HÀ NỘI — …", "HANOI, May 3 (VNA) – …"
_DATELINE_RE = re.compile(r"(?m)^(?P<place>[^\W\d_][^\W\d_ .'’]*(?:[ .'’]+[^\W\d_][^\W\d_.'’]*){0,3})"
                          r"(?:,[^\n—–]{1,30}?)?(?:[ \u00a0]*\([A-Za-z/]{2,12}\))?[ \u00a0]*[—–][ \u00a0]")
_LEAD_IN_CHARS = 3000


def body_start(text: str) -> int:
    """Where the story starts when captions or a headline come before its dateline (an upper-case
    place and a dash at a line's start, within the first characters): the first mention of a name
    is counted from there. -1 when the text opens with its dateline or has none."""
    for m in _DATELINE_RE.finditer(text, 0, min(len(text), _LEAD_IN_CHARS)):
        place = m.group("place")
        if m.start() > 0 and place.isupper() and sum(c.isalpha() for c in place) >= 2:
            return m.start()
    return -1


def _by_body_mention(forms: dict[str, list[int]], body: int | None) -> dict[str, list[int]]:
    """``forms`` ordered by first mention in the story's body, each as [count, first offset]; a form
    written only in the captions or headline before its dateline is left out (each caption stands
    alone: no first mention there); as given when there is no lead-in."""
    if body is None:
        return {f: v[:2] for f, v in forms.items()}
    order = sorted((f for f in forms if forms[f][2] >= 0), key=lambda f: forms[f][2])
    return {f: [forms[f][0], forms[f][2]] for f in order}
