"""Person names and bylines: what a list of names looks like, which words are never a
person's (offices, bodies, section labels), what a post is, how a byline opens and ends.

Below cleaning in the pipeline: cleaning keeps a byline's line out of the sentences, and the
metadata stage reads the names from it.
"""

from __future__ import annotations

import re

# What a byline opens with: "By", "Edited by", "Posted by", "A report by", "Opinion by", "Authors:",
# "Lead author:", "Contributing authors:", "Rapporteur:", a memo's "From:", the Polish
# "Autorzy:" and "Opracowała:".
BYLINE_LABEL = re.compile(
    r"^(?:(?:edited|written|prepared|compiled|presented|authored|posted)\s+by:?|"
    r"(?:an?\s+)?(?:presentation|report|paper|brief|study|commentary|analysis|opinion|essay|"
    r"comment|column)\s+by|by:?|"
    r"(?:(?:lead|main|principal|contributing|co-?)\s*)?(?:author(?:s|\(s\))?|editors?):|"
    r"(?:rapporteurs?|contributors?|from):|autor(?:ka|zy)?:|opracowanie:|opracował(?:a|y|i)?:|"
    # a label in its own cell, no colon, before a capitalised name: "AUTHOR Piotr Kaczmarek"
    r"(?:authors?|autor(?:ka|zy)?)(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])))"
    r"(?:\s+|$)",
    re.I,
)
# What parts names in a byline: "A, B and C", "A, B, and C", "A; B", "A & B", "A / B",
# "A, with B", the Polish "A i B", "A oraz B".
# A comma or semicolon parts a byline's segments: a name or names, or a post or body that
# may hold "and" itself ("Office of Industry and Competitiveness Analysis").
SEGMENT_SEPARATORS = re.compile(r"[,;]\s*(?:(?:and|with|i|oraz)\s+)?")
NAME_SEPARATORS = re.compile(rf"{SEGMENT_SEPARATORS.pattern}|\s+(?:and|i|oraz)\s+|\s*&\s*|\s+/\s+")
# A word that joins the last name to the others: "Anna Nowak and" / "Jan Kowalski".
NAME_JOINERS = r"and|&|i|oraz"
# What ends a byline before the date or place beside it on its line.
BYLINE_END = re.compile(r"\s+[·•|–—]\s+")
# A title before a name, never cited with it: "Dr. Maria Schmidt", "prof. dr hab. Jan Nowak".
_HONORIFIC = re.compile(
    r"^(?:(?:(?:dr|prof|mr|mrs|ms|mgr|inż)\.?|(?:gen|col|amb|hab|lt)\.|professor|ambassador|"
    r"sir|dame)"
    r"\s+)+",
    re.I,
)
# A word in capitals that opens a name is no given name but a body's acronym ("ETH Zurich",
# "NATO Summit"); a surname in capitals ("Jan NOWAK") is a name's last word.
ACRONYM = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,}")
# A byline's label set as a line of its own, over the names, with no colon or with one where
# BYLINE_LABEL wants none ("AUTHOR", "By:").
_LABEL_WORDS = {
    "author", "authors", "by", "written by", "autor", "autorka", "autorzy", "rapporteur",
    "rapporteurs",
}  # fmt: skip
# The labels beside a byline's in a row of fields over their values.
_FIELD_WORDS = {"date", "published", "series", "number", "issue", "topic", "data", "seria", "numer"}
# No name opens with an article; a title in title case often does.
_ARTICLES = {"The", "A", "An"}
_NAME_PARTICLE = {
    "de", "van", "von", "der", "den", "ter", "ten", "da", "di", "la", "le", "du", "dos", "del",
    "bin", "al", "zu", "af",
}  # fmt: skip

# Words of offices, bodies and places, never of a person's name: "Federal Register",
# "General Assembly", "Research Fellow", "Belweder Palace" passed as authors before.
NOT_NAME = set(
    "register assembly treaty palace house office department ministry commission committee "
    "council agency institute center centre university school college foundation fellow "
    "director analyst policy research senior staff affairs security economic president "
    "minister secretary government federal national international general united states "
    "republic union bureau service services court senate congress parliament embassy "
    "association program programme project group press room briefing documents statement "
    "remarks conference strategy report brief paper series volume executive administration "
    "world global affairs energy military defense defence trade industry forum network "
    "initiative observatory fund trust alliance platform dialogue monitor review studies "
    "instytut fundacja ośrodek centrum assistant associate instituto istituto institut "
    "institutet stiftung fundación fondazione fondation centro universidad università "
    "université universität "
    # and a section's label set over the text ("KEY TAKEAWAYS" under a title)
    "key takeaways highlights findings recommendations conclusions summary abstract contents "
    "introduction overview background foreword preface acknowledgements references "
    "methodology wnioski rekomendacje streszczenie wstęp "
    # and a kicker's: a kind of text or a topic over the title ("EXPERT COMMENTARY")
    "expert commentary comment analysis bulletin spotlight memo memorandum opinion insight "
    "update backgrounder europe european eastern western central northern southern asia "
    "africa america energy climate economy economics politics trade technology cyber "
    "migration arctic "
    # and a field's label ("AUTHOR   DATE" over "Mikko Virtanen   3 February 2025")
    "author authors date published "
    # and a kind of publication's ("FACT SHEET" over a ministry's text)
    "fact sheet digest newsletter explainer alert".split()
)

# The same in Polish, by stem, as Polish inflects them ("Projekt Komisji", a section's heading
# under the title, and "BIULETYN INSTYTUTU", a masthead, passed as authors); the short ones
# whole, as surnames may open with them ("Radymski").
NOT_NAME_PL = (
    "komisj", "komitet", "projekt", "instytut", "biuletyn", "ministerstw", "ministr", "urząd",
    "urzęd", "zespół", "zespoł", "parlament", "fundacj", "ośrod", "uniwersytet", "akademi",
    "agencj", "departament", "wydział", "zakład", "katedr", "polityk", "bezpieczeństw",
    "obronn", "energetyk", "gospodar", "komentarz", "analiz", "raport", "wniosk", "rekomendac",
    "państw", "województw",
)  # fmt: skip
NOT_NAME_PL_WORDS = {
    "rada", "rady", "radzie", "unia", "unii", "rząd", "rządu", "sejm", "senat", "biuro",
    "centrum", "reforma", "reformy",
}  # fmt: skip


def not_a_name(word: str) -> bool:
    """Whether a word names an office, a body, a place or a kind of text, never a person."""
    word = word.lower().strip(".,")
    return word in NOT_NAME or word in NOT_NAME_PL_WORDS or word.startswith(NOT_NAME_PL)


# Words set in lower case in names and affiliations ("Research Director and Policy Analyst,
# Foreign Affairs & Energy"); running text has many others.
JOINING = {
    "and", "of", "the", "for", "from", "in", "on", "at", "to", "i", "w", "z", "ds.", "oraz",
}  # fmt: skip

# An academic degree after a name, no part of it: "Anna Petrosyan, PhD, and Daniel Weiss, MA".
DEGREE = re.compile(
    r"^(?:ph\.?\s?d\.?|d\.?phil\.?|m\.?phil\.?|m\.?a\.?|m\.?sc\.?|mba|ll\.?m\.?)$", re.I
)

# A person's job, in English and Polish: a closing note's "is a senior fellow", a card's
# "Research Fellow".
JOBS = (
    r"fellows?|analyst|researcher|professor|director|expert|lecturer|associate|adviser|advisor|"
    r"editor|economist|scholar|specialist|journalist|head|assistant|manager|coordinator|officer|"
    r"postdoc\w*|doctoral"
)
JOBS_PL = (
    r"analityk\w*|ekspert\w*|badacz\w*|kierownik\w*|dyrektor\w*|profesor\w*|adiunkt\w*|"
    r"redaktor\w*"
)

# A person's post after the name: a job, not a body ("Research Fellow", not "Programme").
JOB = re.compile(rf"\b(?:{JOBS}|{JOBS_PL})\b", re.I)


def looks_like_names(line: str) -> bool:
    """Whether a line is a list of person names: "Anna Maria Dynier", "A, B and C"."""
    if not line or line.endswith((".", "?", "!")) or any(c.isdigit() for c in line):
        return False
    if ":" in line:  # "Autorzy: Jan Kowalski": a label, and no name holds a colon
        return False
    if re.search(r"\w['’]s\b", line):  # "Europe's Air Defence Gap": no byline is possessive
        return False
    names = split_names(line)
    if not 1 <= len(names) <= 8:
        return False
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 5:
            return False
        if any(not (w[0].isupper() or w in _NAME_PARTICLE) for w in words):
            return False
        if re.search(r"-[a-z]", name):  # "MIME-info": a name's parts are capitalised
            return False
        if name.isupper() or ACRONYM.fullmatch(words[0]):
            return False
        if words[0] in _ARTICLES or words[0] in _NAME_PARTICLE:
            return False  # "The UK-EU Security and ...", "di Politica Internazionale"
    return True


def byline_names(line: str) -> tuple[str, ...]:
    """The names of a line that holds names only, after its label if it has one ("By",
    "Authors:", the Polish "Autorzy:"); () for any other line."""
    rest = BYLINE_LABEL.sub("", line.strip(), count=1)
    return split_names(rest) if looks_like_names(rest) else ()


def opens_byline(line: str) -> bool:
    """Whether a line opens with a byline: its label, then a name ("by Nora Berg, 2 July")."""
    label = BYLINE_LABEL.match(line.strip())
    names = split_names(BYLINE_END.split(line.strip()[label.end() :])[0]) if label else ()
    return bool(names) and looks_like_names(names[0])


def label_alone(line: str) -> bool:
    """Whether a line is a byline's label only, the names on the lines below ("AUTHOR",
    "Authors:", "By:"), maybe in a row of field labels ("AUTHOR   DATE")."""
    text = line.strip()
    opening = BYLINE_LABEL.match(text)
    if text.rstrip(":").lower() in _LABEL_WORDS or (opening and opening.end() == len(text)):
        return True
    first, *rest = (w.rstrip(":") for w in re.split(r"[\s|]+", text.lower()))
    return first in _LABEL_WORDS and bool(rest) and all(w in _FIELD_WORDS for w in rest)


def split_names(line: str) -> tuple[str, ...]:
    """ "A, B and C" -> ("A", "B", "C")."""
    names = (without_honorific(n) for n in NAME_SEPARATORS.split(line))
    return tuple(n for n in names if n)


def without_honorific(text: str) -> str:
    """text without the titles it opens with: "Dr. Margriet van der Lugt is ..." -> "Margriet
    van der Lugt is ..."."""
    return _HONORIFIC.sub("", text.strip())


def office(text: str) -> bool:
    """Whether text names a post or a body, not a person ("Senior Analyst", "Head of
    Research", "Vilnius University", "ETH Zurich")."""
    words = text.split()
    return (
        1 <= len(words) <= 8  # "Specialist in U.S. Defense Policy and Budget"
        and (any(not_a_name(w) for w in words) or ACRONYM.fullmatch(words[0]) or JOB.search(text))
        and all(w[0].isupper() or w in JOINING for w in words)
    )


def reads_as_people(line: str) -> bool:
    """Whether a line lists names and one of them is a person's (is_person): "Energy
    Security Digest" is set like a name but names a newsletter."""
    return looks_like_names(line) and any(is_person(name) for name in split_names(line))


def from_capitals(text: str) -> str:
    """A byline set in capitals as names are written ("BY JOHN SMITH AND ANNA NOWAK" after
    its label: "John Smith and Anna Nowak"); any other text as it is."""
    if not text.isupper():
        return text
    words = []
    for word in text.split():
        lower = word.lower()
        if lower in JOINING:  # "THE VIEW FROM MADRID" reads as no name
            words.append(lower)
        else:
            words.append("-".join(part.capitalize() for part in lower.split("-")))
    return " ".join(words)


def capitalised_words(name: str) -> int:
    """How many of a name's words are capitalised: its particles ("de la") do not count."""
    return sum(word[0].isupper() for word in name.split())


def is_person(name: str) -> bool:
    """A person's name: two to four capitalised words, none of them an office or a body."""
    words = name.split()
    return (
        looks_like_names(name)
        and capitalised_words(name) <= 4  # "Lucía Martín de la Fuente"
        and not any(not_a_name(w) for w in words)
    )
