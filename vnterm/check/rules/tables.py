"""The checker's rules: ids, default severities, descriptions, and the fixed tables they use.

Glossary rules run off one matcher pass (see :mod:`vnterm.check.engine`); the house-style tables
here (British/American spellings, title abbreviations, "Viet Nam") are compiled into that same
automaton as synthetic concepts, so adding rules or glossary entries never adds a pass.
"""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1, "none": 0}


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule: its id, default severity and a one-line description."""

    id: str
    severity: str
    description: str


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("term-deprecated", "error", "A deprecated or forbidden variant of a glossary term; use the preferred form."),
        Rule("term-admitted", "warning", "An admitted variant where house style asks for the preferred form (admitted = \"prefer\")."),
        Rule("term-inconsistent", "warning", "One glossary concept rendered two ways in one document."),
        Rule("compound-inconsistent", "warning", "One compound written two ways in one document (two-tier / two-tiered, Ha Noi / Hanoi)."),
        Rule("name-diacritics", "warning", "A Vietnamese name written against the house style for diacritics, or both ways in one document."),
        Rule("legal-ref", "warning", "A legal reference not in house form (Decree No. 58/2022/ND-CP)."),
        Rule("title-form", "warning", "A title or body name not in house form (Deputy FM, People's Committee of Hai Phong)."),
        Rule("viet-nam", "warning", "\"Viet Nam\" or \"Vietnam\", as the house style says."),
        Rule("spelling", "warning", "British and American spelling mixed, or against the house style."),
        Rule("key-term", "error", "Bilingual: a glossary term in the source line lacks its English term in the target."),
        Rule("source-name", "warning", "Bilingual: a person named in the source does not appear (romanised) in the target."),
    )
}

# --- British / American spelling ----------------------------------------------------------------

#: stems taking -ise/-ize (and -isation/-ization); only stems where both spellings are in use.
_IZE_STEMS = """organ real recogn maxim minim modern industrial synchron concret priorit mobil emphas
summar standard optim special util econom author character civil critic stabil symbol apolog
global capital categor central decentral digit final formal harmon institutional international
legal memor normal neutral public rational revital scrutin sensit social stigmat subsid sympath
theor visual vital fertil hospital jeopard energ mesmer liberal natural human moral
commercial popular privat militar democrat colon agon patron custom fantas item local
penal terror vocal urban legitim general personal ideal""".split()
_IZE_SUFFIXES = (("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
                 ("isation", "ization"), ("isations", "izations"), ("iser", "izer"), ("isers", "izers"))

_OUR_STEMS = """col fav hon lab neighb behavi harb hum rum vig endeav sav flav arm od parl splend savi
tum val cand clam ferv rig vap""".split()
_OUR_SUFFIXES = (("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"),
                 ("ourable", "orable"), ("ourably", "orably"), ("ourite", "orite"), ("ourites", "orites"),
                 ("ourhood", "orhood"), ("ourful", "orful"), ("ourless", "orless"), ("ourer", "orer"))

_LL_STEMS = "travel cancel label model fuel signal counsel channel level marshal tunnel dial total equal".split()
_LL_SUFFIXES = (("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"))

_PAIRS_EXTRA = """centre center|centres centers|centred centered|centring centering|theatre theater|theatres theaters
kilometre kilometer|kilometres kilometers|centimetre centimeter|centimetres centimeters|millimetre millimeter
millimetres millimeters
litre liter|litres liters|fibre fiber|fibres fibers|calibre caliber|sombre somber|spectre specter|lustre luster
manoeuvre maneuver|manoeuvres maneuvers|programme program|programmes programs|defence defense|offence offense
pretence pretense|analyse analyze|analysed analyzed|analyses_v analyzes|analysing analyzing|paralyse paralyze
catalyse catalyze|ageing aging|judgement judgment|judgements judgments|acknowledgement acknowledgment
acknowledgements acknowledgments|grey gray|sceptical skeptical|sceptic skeptic|aluminium aluminum|plough plow
mould mold|marvellous marvelous|jewellery jewelry|enrolment enrollment|fulfil fulfill|fulfilment fulfillment
instalment installment|skilful skillful|wilful willful|cheque check_n|tyre tire_n|oestrogen estrogen
paediatric pediatric|anaemia anemia|encyclopaedia encyclopedia|mediaeval medieval|catalogue catalog
catalogues catalogs|dialogue_x dialog|artefact artifact|artefacts artifacts|storey_x story|towards_x toward""".replace("\n", "|").split("|")


def spelling_pairs() -> list[tuple[str, str, str]]:
    """(category, British, American) word pairs; the category keeps -ize with -our (Oxford) apart."""
    out: list[tuple[str, str, str]] = []
    for stem in _IZE_STEMS:
        for b, a in _IZE_SUFFIXES:
            out.append(("ize", stem + b, stem + a))
    for stem in _OUR_STEMS:
        for b, a in _OUR_SUFFIXES:
            out.append(("our", stem + b, stem + a))
    for stem in _LL_STEMS:
        for b, a in _LL_SUFFIXES:
            out.append(("ll", stem + b, stem + a))
    for pair in _PAIRS_EXTRA:
        b, a = pair.split()
        if "_" in b or "_" in a:  # ambiguous words (a noun and a verb, or both spellings common)
            continue
        category = "ise" if b.endswith(("yse", "ysed", "ysing")) else "misc"
        out.append((category, b, a))
    seen: set[str] = set()
    unique = []
    for cat, b, a in out:
        if b in seen or a in seen or b == a:
            continue
        seen.update((b, a))
        unique.append((cat, b, a))
    return unique


# --- titles -------------------------------------------------------------------------------------

#: Built-in title forms, used when the glossary has no term with the same key (case-sensitive).
TITLE_FORMS: tuple[tuple[str, str], ...] = (
    ("Deputy FM", "Deputy Minister of Foreign Affairs"),
    ("Deputy PM", "Deputy Prime Minister"),
    ("FM", "Minister of Foreign Affairs"),
    ("NA Chairman", "Chairman of the National Assembly"),
    ("NA Chairwoman", "Chairwoman of the National Assembly"),
    ("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs"),
)

#: Local bodies named after their province or city: "People's Committee of Hai Phong" → "Hai Phong People's Committee".
LOCAL_BODIES: tuple[str, ...] = (
    "People's Committee",
    "People's Council",
    "Party Committee",
    "Fatherland Front Committee",
    "Department of Foreign Affairs",
    "Police",
    "People's Court",
    "People's Procuracy",
)
