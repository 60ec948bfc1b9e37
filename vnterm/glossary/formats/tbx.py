"""TBX import and export: TBX-Basic 2 (``<martif>``) and TBX v3, ISO 30042:2019 (``<tbx>``).

The version is detected from the root element. Both the DCA style (``<termNote type="termType">``)
and, when reading, the DCT style of TBX v3 (``<basic:termType>``) are understood.

Mapping (both versions):

=========================  =====================================================================
vnterm                     TBX
=========================  =====================================================================
concept id                 ``termEntry/@id`` (2), ``conceptEntry/@id`` (3)
concept domain             ``<descrip type="subjectField">``
concept note               ``<note>`` on the entry (``<descrip type="definition">`` is read into it)
concept source             ``<admin type="source">`` on the entry
term language              ``langSet/@xml:lang`` (2), ``langSec/@xml:lang`` (3); region dropped
term                       ``tig/term`` or ``ntig/termGrp/term`` (2), ``termSec/term`` (3)
term status                ``<termNote type="administrativeStatus">`` (see below)
term type                  ``<termNote type="termType">`` (omitted for fullForm)
term note                  ``<note>`` on the term
term match mode            ``<note>vnterm:match=case</note>`` on the term (omitted for fold)
=========================  =====================================================================

Statuses: preferred ↔ ``preferredTerm-admn-sts``, admitted ↔ ``admittedTerm-admn-sts``,
deprecated ↔ ``deprecatedTerm-admn-sts``. TBX has no "forbidden" value: a forbidden term is written
as ``deprecatedTerm-admn-sts`` plus ``<note>vnterm:status=forbidden</note>``, so other tools see a
deprecated term and vnterm reads it back as forbidden. On import ``supersededTerm-admn-sts`` becomes
deprecated (copy must not use a superseded term either); ``standardizedTerm``, ``legalTerm`` and
``regulatedTerm`` become preferred. A term without a status is preferred when it is the first
status-less term of a language section that has no preferred term, admitted otherwise.

XML from users is untrusted: entity declarations (billion laughs, external entities) are refused
before parsing, and lxml runs with entity resolution, DTD loading and network access off.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import GlossaryError, GlossaryValidationError
from ...textio import read_bytes
from ..model import TERM_TYPES, Concept, Glossary, Term

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
XML_ID = f"{{{XML_NS}}}id"

#: Prefix of the notes vnterm uses for data TBX has no category for.
NOTE_PREFIX = "vnterm:"

STATUS_TO_TBX = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
    "forbidden": "deprecatedTerm-admn-sts",
}

_STATUS_FROM_TBX = {
    "preferredterm-admn-sts": "preferred",
    "standardizedterm-admn-sts": "preferred",
    "legalterm-admn-sts": "preferred",
    "regulatedterm-admn-sts": "preferred",
    "admittedterm-admn-sts": "admitted",
    "deprecatedterm-admn-sts": "deprecated",
    "supersededterm-admn-sts": "deprecated",
    "forbiddenterm-admn-sts": "forbidden",
    "preferred": "preferred",
    "admitted": "admitted",
    "deprecated": "deprecated",
    "superseded": "deprecated",
    "forbidden": "forbidden",
}

_TYPE_FROM_TBX = {t.lower(): t for t in TERM_TYPES}
_TYPE_FROM_TBX.update(
    {
        "initialism": "acronym",
        "clippedterm": "shortForm",
        "shortcut": "shortForm",
        "abbreviatedform": "abbreviation",
        "phrase": "fullForm",
        "fullformfor": "fullForm",
        "commonname": "fullForm",
        "internationalscientificterm": "fullForm",
        "transcribedform": "variant",
        "transliteratedform": "variant",
        "romanizedform": "variant",
    }
)

_STATUS_CATEGORIES = ("administrativestatus", "normativeauthorization")
_NCNAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
_VNTERM_NOTE_RE = re.compile(r"^vnterm:(match|status|id)=(.+)$")

_ENTITY_MARKERS = tuple("<!ENTITY".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


# --- reading -------------------------------------------------------------------------------------

def read_tbx(path: str | Path) -> Glossary:
    """Read a TBX file (TBX-Basic 2 or TBX v3); raise GlossaryError naming the file and line."""
    data = read_bytes(path, noun="glossary file", error=GlossaryError)
    return loads_tbx(data, str(path))


def parse_untrusted_xml(data: bytes, path: str):
    """Parse XML bytes safely: no entity declarations, no DTD loading, no network, no huge trees."""
    from lxml import etree

    if not data.strip():
        raise GlossaryError("glossary file is empty", path)
    for marker in _ENTITY_MARKERS:
        at = data.find(marker)
        if at >= 0:
            line = data.count(b"\n", 0, at) + 1 if marker == _ENTITY_MARKERS[0] else None
            raise GlossaryError(
                "entity declarations are not allowed in a glossary file (refused: entities can expand "
                "without bound or read local files)",
                path,
                line,
            )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        message = re.sub(r",? line \d+, column \d+$", "", str(exc.msg or exc)).strip()
        raise GlossaryError(f"malformed XML: {message}", path, exc.lineno or None) from None
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise GlossaryError("entity declarations are not allowed in a glossary file", path)
    for node in root.iter():
        if isinstance(node, etree._Entity):
            raise GlossaryError(f"entity reference {node.text} is not allowed in a glossary file", path, node.sourceline)
    return root


def loads_tbx(data: bytes, path: str = "<string>") -> Glossary:
    """Parse TBX bytes (see :func:`read_tbx`)."""
    root = parse_untrusted_xml(data, path)
    name = _local(root)
    if name == "martif":
        entry_tag = "termEntry"
    elif name == "tbx":
        entry_tag = "conceptEntry"
    else:
        raise GlossaryError(
            f"unknown TBX root element <{name}> (expected <martif> for TBX 2 or <tbx> for TBX v3)",
            path,
            root.sourceline,
        )
    problems: list[GlossaryError] = []
    concepts: dict[str, Concept] = {}
    index = 0
    for element in root.iter(f"{{*}}{entry_tag}"):  # any namespace (or none)
        index += 1
        try:
            concept = _read_entry(element, index, path)
        except GlossaryError as exc:
            problems.append(exc)
            continue
        if concept.id in concepts:
            problems.append(
                GlossaryError(
                    f"duplicate concept id {concept.id!r} (first on line {concepts[concept.id].line})",
                    path,
                    element.sourceline,
                )
            )
            continue
        concepts[concept.id] = concept
    if problems:
        raise GlossaryValidationError(problems)
    if not concepts:
        raise GlossaryError(f"no <{entry_tag}> in this TBX file", path, root.sourceline)
    return Glossary(concepts, [path])


def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _is_core(element) -> bool:
    """True for TBX core elements (no namespace, or the TBX v3 namespace)."""
    tag = element.tag
    return not tag.startswith("{") or tag.startswith(f"{{{TBX3_NS}}}")


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _categories(element):
    """Yield ``(category, element)`` for data-category elements in ``element`` and its *Grp children.

    ``category`` is the lowercased ``@type`` of descrip/admin/termNote (DCA style), ``note`` for
    notes, ``term`` for terms, or the element's own name in a dialect namespace (DCT style).
    """
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = _local(child)
        if _is_core(child):
            if name in ("descrip", "admin", "termNote", "transacNote"):
                yield (child.get("type") or "").lower(), child
            elif name in ("note", "term"):
                yield name, child
            elif name.endswith("Grp") or name == "termGrp":
                yield from _categories(child)
        else:
            yield name.lower(), child


def _read_entry(element, index: int, path: str) -> Concept:
    line = element.sourceline
    cid = element.get("id") or element.get(XML_ID) or ""
    domains: list[str] = []
    notes: list[str] = []
    sources: list[str] = []
    sections = []
    for child in element:
        if isinstance(child.tag, str) and _local(child) in ("langSet", "langSec"):
            sections.append(child)
    for category, node in _categories(element):
        value = _text(node)
        if not value:
            continue
        if category == "subjectfield":
            domains.append(value)
        elif category in ("note", "definition"):
            special = _VNTERM_NOTE_RE.match(value) if category == "note" else None
            if special and special.group(1) == "id":
                cid = special.group(2).strip()
            else:
                notes.append(value)
        elif category == "source":
            sources.append(value)
    if not cid:
        cid = f"tbx-{index}"
    concept = Concept(cid, "; ".join(domains), "; ".join(notes), "; ".join(sources), [], path, line)
    if not sections:
        raise GlossaryError(f"concept {cid!r} has no language section", path, line)
    for section in sections:
        concept.terms.extend(_read_section(section, cid, path))
    return concept


def _read_section(section, cid: str, path: str) -> list[Term]:
    raw_lang = section.get(XML_LANG) or section.get("lang") or ""
    if not _LANG_RE.match(raw_lang):
        raise GlossaryError(
            f"language section of concept {cid!r} has no valid xml:lang ({raw_lang!r})", path, section.sourceline
        )
    lang = re.split(r"[-_]", raw_lang)[0].lower()
    found: list[tuple[Term, bool]] = []
    for child in section:
        if not isinstance(child.tag, str) or _local(child) not in ("tig", "ntig", "termSec"):
            continue
        found.append(_read_term(child, lang, cid, path))
    if not found:
        raise GlossaryError(f"language section {raw_lang!r} of concept {cid!r} has no term", path, section.sourceline)
    has_preferred = any(t.status == "preferred" for t, explicit in found if explicit)
    terms: list[Term] = []
    for term, explicit in found:
        if not explicit:
            status = "admitted" if has_preferred else "preferred"
            has_preferred = True
            term = Term(term.text, term.lang, status, term.type, term.note, term.match, term.line)
        terms.append(term)
    return terms


def _read_term(container, lang: str, cid: str, path: str) -> tuple[Term, bool]:
    """One tig/ntig/termSec: the term and whether its status was given."""
    text = ""
    line = container.sourceline
    status: str | None = None
    ttype = "fullForm"
    match = "fold"
    notes: list[str] = []
    for category, node in _categories(container):
        value = _text(node)
        if category == "term":
            if not text:
                text, line = value, node.sourceline
            continue
        if not value:
            continue
        if category in _STATUS_CATEGORIES:
            mapped = _STATUS_FROM_TBX.get(value.lower())
            if mapped is None:
                raise GlossaryError(
                    f"unknown administrativeStatus {value!r} in concept {cid!r} (expected one of "
                    "preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, "
                    "supersededTerm-admn-sts)",
                    path,
                    node.sourceline,
                )
            if status != "forbidden":
                status = mapped
        elif category == "termtype":
            mapped = _TYPE_FROM_TBX.get(value.lower())
            if mapped is None:
                raise GlossaryError(
                    f"unknown termType {value!r} in concept {cid!r} (expected one of {', '.join(TERM_TYPES)})",
                    path,
                    node.sourceline,
                )
            ttype = mapped
        elif category == "note":
            special = _VNTERM_NOTE_RE.match(value)
            if special and special.group(1) == "match":
                match = special.group(2).strip()
                if match not in ("fold", "case", "exact"):
                    raise GlossaryError(f"unknown match mode {match!r} in concept {cid!r}", path, node.sourceline)
            elif special and special.group(1) == "status":
                forced = special.group(2).strip()
                if forced not in STATUS_TO_TBX:
                    raise GlossaryError(f"unknown status {forced!r} in concept {cid!r}", path, node.sourceline)
                status = forced
            else:
                notes.append(value)
    if not text:
        raise GlossaryError(f"empty term in concept {cid!r}", path, line)
    explicit = status is not None
    return Term(text, lang, status or "preferred", ttype, "; ".join(notes), match, line), explicit


# --- writing -------------------------------------------------------------------------------------

def dumps_tbx(glossary: Glossary, *, version: int = 3) -> bytes:
    """Serialise as TBX-Basic: ``version=2`` → ``<martif>`` (TBX 2), ``3`` → ``<tbx>`` (ISO 30042:2019)."""
    from lxml import etree

    from . import check_xml_text

    if version not in (2, 3):
        raise GlossaryError(f"unknown TBX version {version!r} (expected 2 or 3)")
    check_xml_text(glossary, "tbx")
    ns = f"{{{TBX3_NS}}}" if version == 3 else ""

    def sub(parent, tag: str, text: str | None = None, **attrs: str):
        el = etree.SubElement(parent, ns + tag)
        for key, value in attrs.items():
            el.set(key, value)
        if text is not None:
            el.text = text
        return el

    if version == 3:
        root = etree.Element(ns + "tbx", nsmap={None: TBX3_NS})
        root.set("style", "dca")
        root.set("type", "TBX-Basic")
        root.set(XML_LANG, "en")
        header = sub(root, "tbxHeader")
    else:
        root = etree.Element("martif")
        root.set("type", "TBX-Basic")
        root.set(XML_LANG, "en")
        header = sub(root, "martifHeader")
    source_desc = sub(sub(header, "fileDesc"), "sourceDesc")
    sub(source_desc, "p", "Exported by vnterm from a vnterm glossary (concept-oriented, statuses per term).")
    if version == 2:
        sub(sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = sub(sub(root, "text"), "body")
    entry_tag, section_tag, term_tag = ("conceptEntry", "langSec", "termSec") if version == 3 else (
        "termEntry",
        "langSet",
        "tig",
    )
    used_ids: set[str] = set()
    for concept in glossary:
        xml_id = _xml_id(concept.id, used_ids)
        entry = sub(body, entry_tag, id=xml_id)
        if concept.domain:
            sub(entry, "descrip", concept.domain, type="subjectField")
        if concept.source:
            sub(entry, "admin", concept.source, type="source")
        if concept.note:
            sub(entry, "note", concept.note)
        if xml_id != concept.id:
            sub(entry, "note", f"{NOTE_PREFIX}id={concept.id}")
        for lang in concept.languages:
            section = sub(entry, section_tag)
            section.set(XML_LANG, lang)
            for term in concept.terms:
                if term.lang != lang:
                    continue
                holder = sub(section, term_tag)
                sub(holder, "term", term.text)
                sub(holder, "termNote", STATUS_TO_TBX[term.status], type="administrativeStatus")
                if term.type != "fullForm":
                    sub(holder, "termNote", term.type, type="termType")
                if term.note:
                    sub(holder, "note", term.note)
                if term.match != "fold":
                    sub(holder, "note", f"{NOTE_PREFIX}match={term.match}")
                if term.status == "forbidden":
                    sub(holder, "note", f"{NOTE_PREFIX}status=forbidden")
    xml = etree.tostring(root, encoding="unicode", pretty_print=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xml).encode("utf-8")


def _xml_id(concept_id: str, used: set[str]) -> str:
    """The concept id when it is a valid xsd:ID (NCName), else a sanitised unique one."""
    if _NCNAME_RE.match(concept_id) and concept_id not in used:
        used.add(concept_id)
        return concept_id
    base = "c_" + re.sub(r"[^A-Za-z0-9_.-]", "_", concept_id)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}_{n}", n + 1
    used.add(candidate)
    return candidate
