"""The answer scorer: (question, candidate sentence) -> the probability that the sentence answers.

Similar is not answering: "When were the prisoners released?" is as close to "The U.S. secured
the release of prisoners" as to the sentence with the date. So besides cosine similarity and
word overlap the scorer asks what the question wants (a date, a number, a measure such as
a duration, a place, a person, a reason) and whether the sentence holds one the question does
not already name, how many new words the sentence brings, its passage's rank, its neighbours,
and how good the best candidate is at all. A logistic model over these features ranks the
candidates; whether anything retrieved answers is a second, question-level model (abstain.py).
Both were fitted by `python -m assistant.evaluation.train` on development questions only; their
weights, the abstention threshold and the data split are in answer_weights.<kind>.json beside
this module (abstain.weights_file).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .lexical import terms

if TYPE_CHECKING:
    import numpy as np


class Sentence(Protocol):
    """What the scorer reads of a candidate (quote.Sentence): its text and its passage."""

    passage: object
    text: str


# The verbs of a question about money, after "how much" (English and Polish).
MONEY_VERBS = (
    r"cost|costs|costing|spend|spends|spent|pay|pays|paid|worth|price|priced|fund|funded|"
    r"funding|budget|budgeted|offer|offered|invest|invested|raise|raised|earn|earned|sell|"
    r"sold|charge|charged|lose|lost|receive|received|give|gave|donate|donated|allocate|"
    r"allocated|koszt\w*|wyda\w*|zapłac\w*|przezna\w*|otrzyma\w*"
)
# What a question asks for, by its wh-words (English and Polish); first match wins, so a
# measure comes before a date ("How old was he when..." asks for an age).
WANTS = (
    # A measure: a number with its unit ("6.5-hour", "40 km", "12 years"), not just any number.
    ("measure", r"\b(how (long|far|old|tall|high|wide|deep|large|big|heavy)|jak (długo|daleko)|"
     # the Polish adjective agrees with its noun: "Jak długie jest ogrodzenie?"
     r"jak (dług|wysok|szerok|głębok|duż|ciężk|star)(i|a|ie)|ile (czasu|lat))\b"),
    ("date", r"\b(when|what (year|date|day|month|century|time)|which (year|date|day)|kiedy|"
     r"w kt\w+ (roku|dniu|miesi\w+))\b"),
    # An amount of money: "How much will the fence cost?", "What was the budget?". Only the
    # wh-words are the span (topic_terms drops them); the verb stays a topic word, as the
    # answer often says it ("The bunkers will cost about 60 million euros").
    ("money", rf"\b(how much|ile)\b(?=(?:\s+\S+){{0,8}}?\s+(?:{MONEY_VERBS})\b)|"
     r"\bwhat (?:is|was|were|are|will be) the(?=\s+(?:cost|price|budget|value)\b)"),
    ("number", r"\b(how (many|much|often)|what (percentage|number|amount)|ile|ilu)\b"),
    ("person", r"\b(who|whom|whose|kto|kogo|komu|kim)\b"),
    ("place", r"\b(where|what (country|city|state|region|place)|which (country|city)|gdzie|"
     r"skąd|dokąd)\b"),
    ("reason", r"\b(why|for what reason|dlaczego|czemu)\b"),
)
MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"stycz\w*|lut\w*|mar\w*|kwie\w*|maj\w*|czerw\w*|lip\w*|sierp\w*|wrze\w*|paźdz\w*|listopad\w*|"
    r"grud\w*"
)
NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|half|several|few"
)
UNITS = (
    r"seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries|"
    r"mm|cm|m|km|metres?|meters?|kilometres?|kilometers?|miles?|feet|foot|inch(es)?|yards?|"
    r"kg|kilograms?|tonnes?|tons?|pounds?|acres?|hectares?|square|sekund\w*|minut\w*|godzin\w*|"
    r"dni|dzień|dnia|tygodni\w*|tydzień|miesi\w*|lat|lata|rok\w*|metr\w*|kilometr\w*"
)
# The words that say what kind of measure is asked for, beside "how long": "How long did the
# talks last?" asks for a duration; "last" names no topic a sentence need hold.
MEASURE_VERBS = re.compile(r"\b(last|lasts|lasted|take|takes|took|taken|trwa\w*)\b")
HOLDS = {
    "date": re.compile(
        rf"\b(1[0-9]\d\d|20\d\d|\d{{1,2}}(st|nd|rd|th)?\s+({MONTHS})|({MONTHS})\s+\d|"
        r"\d+(st|nd|rd|th) century|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        re.IGNORECASE,
    ),
    "measure": re.compile(
        rf"(\d+(?:[.,]\d+)*|\b(?:{NUMBER_WORDS}|an?))\s*-?\s*\b({UNITS})\b", re.IGNORECASE
    ),
    "number": re.compile(rf"\d+(?:[.,]\d+)*|\b({NUMBER_WORDS}|percent)\b", re.IGNORECASE),
    # A currency by its sign, name or code: "$295 million", "60 million euros", "10 mld zł",
    # "10 billion zlotys" (the plural had been missed, and the sum ranked below a distance).
    "money": re.compile(
        r"[$€£¥]|\b(euros?|dollars?|pounds?|zlot(?:y|ys|ies)|złot\w*|zł|yuan|renminbi|rubles?|"
        r"roubles?|hryvni\w*|kron[aeo]r?|francs?|yen|forints?|lei|lev|leva|lira|dinars?|rupees?|"
        r"usd|eur|pln|gbp|uah|rub|chf|sek|nok|dkk|czk|huf)\b|"
        # or a share of the economy, as spending is often given: "2.6 percent of GDP"
        r"(?:percent|per cent|%|proc\.?)\s+(?:of\s+)?(?:its\s+|the\s+)?(?:gdp|pkb)\b",
        re.IGNORECASE,
    ),
    "reason": re.compile(r"\b(because|due to|since|as a result|so that|in order to|owing to|"
                         r"led to|caused|reason|ponieważ|bo|dlatego|z powodu)\b", re.IGNORECASE),
}
# A date's numbers are no count: "How much does the government pay?" is not answered by
# "November 29, 2023" or a running header's "March 2025" (both were quoted as answers on the
# real PDFs). They are left out before a sentence is searched for a number; a year with a
# percent sign or "percent" after it stays a number.
DATE_NUMBERS = re.compile(
    rf"\b(?:({MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+({MONTHS})\b(?:,?\s+\d{{4}})?|"
    r"(?:1[5-9]|20)\d\d\b(?!\s*(?:%|percent|per cent|procent)))",
    re.IGNORECASE,
)
# A year as Polish dates by it: "w 2022 roku", "w 2022 r.".
_POLISH_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\s+(?:rok\w*|r\.)", re.IGNORECASE)
NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZĄĆĘŁŃÓŚŹŻ][\w'-]+")
PLACE = re.compile(r"\b(in|at|from|to|near|w|we|z|do)\s+(the\s+)?[A-ZĄĆĘŁŃÓŚŹŻ]\w+")

FEATURES = (
    "cosine", "cosine_gap", "overlap", "overlap_gap", "novel", "length", "passage_rank",
    "neighbour", "best_cosine", "best_overlap", "wants_any", "holds_wanted", "holds_new_name",
    "first_in_passage", "wanted_rarity",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Logistic:
    """A fitted logistic model: coefficients over standardised features, and a bias."""

    coefficients: tuple[float, ...]
    bias: float
    # Means and scales the features were standardised with before fitting.
    means: tuple[float, ...]
    scales: tuple[float, ...]


def wants(question: str) -> str:
    """What the question asks for: date, measure, number, person, place, reason, or ""."""
    return _asks(question.lower())[0]


def topic_terms(question: str) -> list[str]:
    """The question's terms without the words that only say what kind of answer it wants:
    "long" and "last" in "How long did the conversation last?", "year" in "In what year...".
    No sentence holds those as words; the answer holds a measure or a date instead."""
    lowered = question.lower()
    kind, span = _asks(lowered)
    if span:
        lowered = lowered[: span[0]] + " " + lowered[span[1] :]
    if kind == "measure":
        lowered = MEASURE_VERBS.sub(" ", lowered)
    return terms(lowered)


def _asks(lowered: str) -> tuple[str, tuple[int, int] | None]:
    """The first kind of WANTS the lowered question matches, and where its words are."""
    for kind, pattern in WANTS:
        found = re.search(pattern, lowered)
        if found:
            return kind, found.span()
    return "", None


def features(
    question: str, sentences: Sequence[Sentence], cosines: np.ndarray, overlaps: Sequence[float]
) -> np.ndarray:
    """One row of FEATURES per candidate sentence."""
    import numpy as np

    n = len(sentences)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    cosines = np.asarray(cosines, dtype=float)
    overlaps = np.asarray(overlaps, dtype=float)
    wanted = wants(question)
    asked = set(terms(question))
    ranks: dict[int, int] = {}
    for sentence in sentences:
        ranks.setdefault(id(sentence.passage), len(ranks))
    held = [holds(wanted, s.text, asked) for s in sentences]
    # How telling it is to hold what is wanted: nearly every sentence holds some number, few a
    # duration. "How long did the conversation last?" has one candidate of 30 with a measure.
    rarity = 1.0 - sum(held) / n
    rows = []
    for i, sentence in enumerate(sentences):
        words = terms(sentence.text)
        novel = sum(w not in asked for w in words) / max(1, len(words))
        names = {m.group(0).lower() for m in NAME.finditer(sentence.text)}
        new_names = any(not set(terms(name)) <= asked for name in names)
        rows.append((
            cosines[i], cosines[i] - cosines.max(), overlaps[i], overlaps[i] - overlaps.max(),
            novel, math.log1p(len(words)), 1.0 / (1 + ranks[id(sentence.passage)]),
            _neighbour(sentences, cosines, i), cosines.max(), overlaps.max(), float(bool(wanted)),
            float(held[i]), float(new_names),
            float(i == 0 or sentences[i - 1].passage is not sentence.passage), held[i] * rarity,
        ))  # fmt: skip
    return np.asarray(rows, dtype=float)


def probabilities(rows: np.ndarray, model: Logistic) -> np.ndarray:
    """The model's probability for each row of features."""
    import numpy as np

    if len(rows) == 0:
        return np.zeros(0)
    z = (rows - np.asarray(model.means)) / np.asarray(model.scales)
    return 1.0 / (1.0 + np.exp(-(z @ np.asarray(model.coefficients) + model.bias)))


def holds(wanted: str, text: str, asked: set[str]) -> bool:
    """Whether text holds what the question wants, beyond what the question already says."""
    if not wanted:
        return False
    pattern = HOLDS.get(wanted, PLACE if wanted == "place" else NAME)
    if wanted == "number":
        text = DATE_NUMBERS.sub(" ", text)
    elif wanted == "measure":  # "we wrześniu 2022 roku" dates, it measures no time
        text = _POLISH_YEAR.sub(" ", text)
    return any(_new(m.group(0), asked) for m in pattern.finditer(text))


def _new(found: str, asked: set[str]) -> bool:
    """Whether words found in a sentence are not all in the question; a match with no term
    (a one-digit number: terms keeps words of two characters or more) counts as new."""
    words = set(terms(found))
    return not words or not words <= asked


def _neighbour(sentences: Sequence[Sentence], cosines: np.ndarray, i: int) -> float:
    """The best cosine of the sentences right before and after i in the same passage."""
    near = [
        float(cosines[j])
        for j in (i - 1, i + 1)
        if 0 <= j < len(sentences) and sentences[j].passage is sentences[i].passage
    ]
    return max(near, default=float(cosines[i]))
