"""Quoting: retrieved passages -> the verbatim sentences that answer the question, cited.

Every sentence of the retrieved passages (as chunking split them) is scored against the
question: cosine similarity plus idf-weighted word overlap. The best become quotes. A sentence
next to a chosen one that scores nearly as well joins it, so a quote is one to three
consecutive sentences, copied from the brief's clean text with the exact characters between
them. No brief takes every quote while others have good ones, and the same words in several
briefs are quoted once, citing all of them.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .abstain import Weights, answers, confidence
from .answer_score import features, holds, probabilities, wants
from .clean import fold, is_caption, marker_length
from .lexical import terms
from .records import TERMINAL, Answer, Citation, CleanText, Document, Passage, Quote
from .retrieve import same_words, spread
from .sentence_vectors import sentence_text

if TYPE_CHECKING:
    import numpy as np

MAX_SENTENCES = 3  # in one quote
# A neighbouring sentence joins a quote when it scores at most this much below the quote's
# best sentence: close enough to be part of the same answer, not just the same topic.
JOIN_MARGIN = 0.05
# A question this close to one sentence (cosine) is that sentence, pasted to find where the
# institute said it: the learned scorer would pass it over, as it adds nothing the question
# does not name (tests/test_ingest.py asks 60 such sentences), so the closest is quoted first.
LOOKUP_COSINE = 0.95
# Its score: above any probability. A neighbour as likely never joins it (the generated briefs'
# near-twin sentences had, once the reader kept them whole).
LOOKUP = 1.0
# How much word overlap adds to a sentence's cosine similarity. On the sample brief's gold
# questions (documents/spotlight.gold.jsonl; in-sample) the answer span was in the first quote
# for 73% of questions with cosine alone and 82% with 0.5; 0.75 and 1.0 were no better.
WORD_WEIGHT = 0.5
# With the answer scorer, other briefs' quotes displace a brief's second-best one only when
# they are "good ones" too: at least this share of the best quote's probability. Spreading
# over briefs regardless pushed answers out of the first three on held-out SQuAD articles
# (first three 90.0% spread always, 93.3% with a share of 0.5). Refitted with the measure
# kind, 0.3 and 0.5 score the same there (85.0% / 93.3%, encoded; 82.2% / 93.9%, pooled);
# 0.3 still quotes a second brief that says the same as the first with a lower passage rank
# (tests/test_retrieval.py: one long brief does not take every slot), 0.5 did not.
GOOD_SHARE = 0.3
# A line that ends no sentence is a label (quote.label_line) up to this many words; clean.py's
# heading test allows 12, and "Executive Order 14024 of April 15, 2021" has 7.
LABEL_WORDS = 12
# A sentence whose letters are at least this share capitals is set as a label: a heading, a
# table of contents, a cover line or a pull quote that repeats the body. On the 9 real text
# PDFs, all 76 sentences of 3 words or more at 0.9 or with a dot leader were such lines, and
# no body sentence was; the Indo-Pacific strategy's table of contents had been the first
# quote for "How many people live in the Indo-Pacific region?". A brief typed all in
# capitals (a cable) is left alone: the rule holds only where under half the brief's own
# letters are capitals.
CAPITALS = 0.9
# A transcript's speaker label ("VICE PRESIDENT HARRIS: ") and its stage directions
# ("(Laughs.)"): what is left of "VICE PRESIDENT HARRIS: Okay." says nothing, yet it was the
# second quote for "What did Vice President Harris say about refugees?".
_SPEAKER = re.compile(r"(?:[A-Z][A-Z.'\u2019-]*\s+)*[A-Z][A-Z.'\u2019-]+:\s")
_ASIDE = re.compile(r"\([^()]*\)")
# Fewer words than this after a speaker's label is a reply that states nothing ("Thank you.").
SAID_WORDS = 3
# A "sentence" at least this share of whose words are figures is a chart's labels or a
# table's row, read as text: "Defence spending in Russia's federal budget (trillion roubles)
# 2021 3.6 2022 5.5 2023 6.8 2024 10.8 2025 (plan) 13.5" had been quoted before the sentence
# "The budget adopted in November 2024 allocates 13.5 trillion roubles to national defence".
FIGURES = 0.5
_FIGURE = re.compile(r"[(\[]?[-+−]?[$€£]?\d[\d.,%]*[)\]]?[,;]?")
# A table of contents' dot leader before its page number: "INTRODUCTION .......... 2".
_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d|\u2026\s*\d")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a retrieved passage, by its offsets in the document's clean text."""

    passage: Passage
    start: int
    end: int
    text: str


@dataclass
class _Group:
    """Consecutive sentences of one document that become one quote."""

    sentences: list[Sentence]
    score: float
    also: list[_Group] = field(default_factory=list)  # the same words in other briefs

    @property
    def document(self) -> Document:
        return self.sentences[0].passage.document


def candidates(passages: Sequence[Passage]) -> list[Sentence]:
    """Every sentence of the passages, each once, in passage order (spans from chunking)."""
    seen: set[tuple[str, int]] = set()
    sentences: list[Sentence] = []
    for passage in passages:
        chunk = passage.chunk
        for start, end in chunk.sentences:
            key = (chunk.document_id, start)
            if key not in seen:
                seen.add(key)
                text = sentence_text(chunk, (start, end))
                sentences.append(Sentence(passage, start, end, text))
    return sentences


def answer(
    question: str,
    sentences: Sequence[Sentence],
    cosines: np.ndarray,
    texts: Mapping[str, CleanText],
    threshold: float,
    k: int,
    weights: Weights | None = None,
) -> Answer:
    """Quote the sentences that answer best, best quote first; found is False when none
    reaches threshold.

    Args:
        question: as asked.
        sentences: candidate sentences from the retrieved passages (candidates()).
        cosines: cosine similarity of each sentence's vector to the question's.
        texts: each document's clean text by document id, for pages, joins and context.
        threshold: the least score (sentence_scores) a quote's best sentence needs; with
            weights, the least probability that anything answers (Weights.threshold).
        k: the most quotes.
        weights: the answer scorer's (abstain.load_weights); then the sentence model ranks,
            the question model's probability decides found against threshold (and the best
            quotable sentence's against weights.sentence_threshold), and the answer says how
            sure it is in words.
    """
    if weights is None:
        scores = [float(s) for s in sentence_scores(question, sentences, cosines)]
        scores = body_first(sentences, scores, texts, threshold)
        groups = _merge_repeats(_groups(sentences, scores, texts, threshold), texts)
        chosen = spread(groups, k, key=lambda g: g.document.id)
        return Answer(question, _quotes(chosen, texts), bool(chosen))
    rows = features(question, sentences, cosines, word_overlap(question, sentences))
    likely = probabilities(rows, weights.sentence)
    judged = quotable(sentences, likely, texts)
    chance = answers(question, sentences, cosines, rows, judged, weights)
    if max(judged, default=0.0) < weights.sentence_threshold:
        chance = 0.0  # no sentence the answer would quote is likely to answer it
    closest = int(cosines.argmax()) if len(sentences) else -1
    if closest >= 0 and cosines[closest] >= LOOKUP_COSINE:
        # The same words in other briefs are the same quote, naming them all (_merge_repeats).
        pasted = same_words(sentences[closest].text)
        likely = [
            LOOKUP if same_words(sentences[i].text) == pasted else float(p)
            for i, p in enumerate(likely)
        ]
        chance = 1.0
    words = confidence(chance, threshold)
    if chance < threshold:
        return Answer(question, (), False, confidence=words)
    scores = [float(s) for s in likely]
    scores = body_first(sentences, scores, texts, GOOD_SHARE * max(scores, default=0.0))
    groups = _completed(_groups(sentences, scores, texts, -math.inf), question, texts)
    groups = _merge_repeats(groups, texts)
    return Answer(question, _quotes(_spread_likely(groups, k), texts), True, confidence=words)


def quotable(
    sentences: Sequence[Sentence], likely: Sequence[float], texts: Mapping[str, CleanText]
) -> list[float]:
    """The sentence model's probabilities, 0 for the notes and label lines body_first leaves
    out: whether anything answers is judged on what the answer would quote. On the real PDFs
    the cover line "Office of the Director of National Intelligence | March 2025" (p = 0.68)
    had answered "What is the annual budget of the Office ...?" while a body sentence was
    quoted instead."""
    kept = body_first(sentences, likely, texts, GOOD_SHARE * max(likely, default=0.0))
    return [0.0 if v == -math.inf else v for v in kept]


def body_first(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    texts: Mapping[str, CleanText],
    least: float,
) -> list[float]:
    """The scores with every note sentence and label line left out (-inf) while a sentence of
    body prose scores at least `least`: those are quoted only when the body has no answer.

    A note says more about its source than about the question, yet often repeats the body's
    words ("Ministers had agreed to build it once before, in 2015"), so it can score above the
    body sentence that answers (tests/test_layout_pdf.py measures one such pair). A label line
    (label_line) names the topic and states nothing: the Executive Order's own title and its
    "Executive Order 14024 of April 15, 2021" were its 2nd and 4th quotes for "Who can have
    their property blocked under Executive Order 14024?".
    """
    minor = []
    for sentence in sentences:
        clean = texts[sentence.passage.document.id]
        minor.append(bool(clean.note_at(sentence.start)) or label_line(sentence, clean.text))
    if not any(minor) or not any(not m and v >= least for m, v in zip(minor, scores, strict=True)):
        return list(scores)
    return [-math.inf if m else v for m, v in zip(minor, scores, strict=True)]


def label_line(sentence: Sentence, brief: str) -> bool:
    """Whether a sentence is a line that labels rather than states: the brief's title (or a
    line of it), a caption ("Figure 2: ..."), a short line that ends no sentence (a heading
    or cover line the layout did not mark), a table of contents' entry, capitals set in a
    brief (its whole text `brief`) that is mostly lower case, a speaker's word or two
    ("Okay."), or a short paragraph ending in a colon, which leads into a list and says
    nothing alone."""
    text = sentence.text.strip()
    folded = fold(text)
    # The title, or one of its lines left in the text ("jądrowa na Pomorzu?", its second).
    if (folded and folded in fold(sentence.passage.document.title)) or is_caption(text):
        return True
    if _LEADER.search(text):
        return True
    said = _SPEAKER.match(text)
    if said and len(_ASIDE.sub(" ", text[said.end() :]).split()) < SAID_WORDS:
        return True
    words = len(text.split())
    if words >= 3 and capitals(text) >= CAPITALS and _brief_capitals(brief) < 0.5:
        return True
    if words <= LABEL_WORDS and text.endswith(":") and _ends_paragraph(sentence, brief):
        return True  # a list's lead-in: "(U) Top Interests of the United States in ...:"
    if words >= 8 and sum(map(bool, map(_FIGURE.fullmatch, text.split()))) >= FIGURES * words:
        return True  # a chart's or a table's figures: "... (trillion roubles) 2021 3.6 2022 5.5"
    return words <= LABEL_WORDS and not text.endswith(TERMINAL)


def _ends_paragraph(sentence: Sentence, brief: str) -> bool:
    """Whether a line break (or the brief's end) follows the sentence in its brief's text."""
    return brief.startswith("\n", sentence.end) or sentence.end >= len(brief.rstrip())


def capitals(text: str) -> float:
    """The share of text's letters that are capitals (0 with no letter)."""
    letters = sum(map(str.isalpha, text))
    return sum(map(str.isupper, text)) / letters if letters else 0.0


# A brief's whole text is asked once for each of a question's sentences (the real PDFs' texts
# have 3-10% capitals).
_brief_capitals = functools.lru_cache(maxsize=64)(capitals)


def _quotes(chosen: list[_Group], texts: Mapping[str, CleanText]) -> tuple[Quote, ...]:
    chosen.sort(key=lambda g: -g.score)
    return tuple(_quote(g, texts) for g in chosen)


def _spread_likely(groups: list[_Group], k: int) -> list[_Group]:
    """Spread over briefs (retrieve.spread) among the quotes whose probability is at least
    GOOD_SHARE of the best one; those less likely only fill the places left, best first."""
    best = max((g.score for g in groups), default=0.0)
    good = [g for g in groups if g.score >= GOOD_SHARE * best]
    rest = [g for g in groups if g.score < GOOD_SHARE * best]
    return spread(good, k, key=lambda g: g.document.id) + rest[: max(0, k - len(good))]


def sentence_scores(
    question: str, sentences: Sequence[Sentence], cosines: np.ndarray
) -> np.ndarray:
    """How well each sentence answers the question: cosine similarity plus word overlap."""
    import numpy as np

    return cosines + WORD_WEIGHT * np.asarray(word_overlap(question, sentences))


def word_overlap(question: str, sentences: Sequence[Sentence]) -> list[float]:
    """For each sentence, the share of the question's words it contains, 0..1.

    Words are weighted by how rare they are among the candidate sentences, so "Biden" in "What
    was the Biden administration's policy?" counts for much more than "Belarus" in a brief
    about Belarus. This catches what a small embedding model blurs: names, dates, numbers.
    """
    wanted = set(terms(question))
    if not wanted or not sentences:
        return [0.0] * len(sentences)
    words = [set(terms(s.text)) & wanted for s in sentences]
    frequency = {t: sum(t in w for w in words) for t in wanted}
    weight = {t: math.log(1 + len(sentences) / (1 + frequency[t])) for t in wanted}
    total = sum(weight.values())
    return [sum(weight[t] for t in w) / total for w in words]


def _groups(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    texts: Mapping[str, CleanText],
    threshold: float,
) -> list[_Group]:
    """Every sentence at or above threshold, best first, joined to a neighbouring quote."""
    order = sorted(range(len(sentences)), key=lambda i: -scores[i])
    groups: list[_Group] = []
    for index in order:
        score, sentence = scores[index], sentences[index]
        if score < threshold or score == -math.inf:
            break  # -inf: a note or label left out while the body answers (body_first)
        home = next((g for g in groups if _joins(g, sentence, score, texts)), None)
        if home is not None:
            home.sentences.append(sentence)
            home.sentences.sort(key=lambda s: s.start)
        else:
            groups.append(_Group([sentence], score))
    return groups


def _joins(group: _Group, sentence: Sentence, score: float, texts: Mapping[str, CleanText]) -> bool:
    """Whether sentence is right before or after the group and scores nearly as well."""
    if (
        len(group.sentences) >= MAX_SENTENCES
        or group.score >= LOOKUP  # the sentence pasted is quoted alone, as pasted
        or sentence.passage.document.id != group.document.id
        or score < group.score - JOIN_MARGIN
    ):
        return False
    clean = texts[group.document.id]
    first, last = group.sentences[0], group.sentences[-1]
    if clean.note_at(sentence.start) != clean.note_at(first.start):
        return False  # a note and the body beside it (or two notes) are never one quote
    text = clean.text
    after = sentence.start >= last.end and _touching(text[last.end : sentence.start])
    before = sentence.end <= first.start and _touching(text[sentence.end : first.start])
    return after or before


def _completed(groups: list[_Group], question: str, texts: Mapping[str, CleanText]) -> list[_Group]:
    """Each quote that names the question's subject but not what it asks for, with the next
    sentence of its paragraph when that one holds it: "The East Shield programme ... is to
    fortify about 700 kilometres" / "The government plans to spend about 10 billion zlotys on
    the programme" for "How much will Poland spend on the East Shield?". The second names its
    subject only as "the programme", so it scores far below the first alone."""
    wanted = wants(question)
    if not wanted:
        return groups
    asked = set(terms(question))
    first_of = {(g.document.id, g.sentences[0].start): g for g in groups}
    absorbed: set[int] = set()
    for group in groups:
        if id(group) in absorbed or len(group.sentences) >= MAX_SENTENCES:
            continue
        if any(holds(wanted, s.text, asked) for s in group.sentences):
            continue
        last = group.sentences[-1]
        start = _SPACES.match(texts[group.document.id].text, last.end).end()  # the next one's
        following = first_of.get((group.document.id, start))
        if (
            following is None
            or id(following) in absorbed
            or following.score > group.score
            or len(group.sentences) + len(following.sentences) > MAX_SENTENCES
            or not any(holds(wanted, s.text, asked) for s in following.sentences)
        ):
            continue
        if _joins(group, following.sentences[0], group.score, texts):
            group.sentences.extend(following.sentences)
            absorbed.add(id(following))
    return [g for g in groups if id(g) not in absorbed]


_SPACES = re.compile(r"[ \t]*")


def _touching(between: str) -> bool:
    """Whether two sentences with this between them are one run of prose: nothing but spaces,
    and no paragraph break. A quote is never two paragraphs: on the real PDFs the second one
    was a figure caption ("Figure 1: ...") or a list item after the sentence that answered."""
    return not between.strip() and "\n" not in between


def _merge_repeats(groups: list[_Group], texts: Mapping[str, CleanText]) -> list[_Group]:
    """The same words quoted from several briefs become one quote naming them all (the one
    key for a repeat is retrieve.same_words, as for passages)."""
    kept: dict[str, _Group] = {}
    for group in groups:
        key = same_words(_text(group, texts))
        first = kept.get(key)
        if first is None:
            kept[key] = group
        elif group.document.id != first.document.id:
            first.also.append(group)
    return list(kept.values())


def _text(group: _Group, texts: Mapping[str, CleanText]) -> str:
    return texts[group.document.id].text[group.sentences[0].start : group.sentences[-1].end]


def _quote(group: _Group, texts: Mapping[str, CleanText]) -> Quote:
    clean = texts[group.document.id]
    start, end = group.sentences[0].start, group.sentences[-1].end
    start += marker_length(clean.text[start:end], clean.note_at(start))
    also = tuple(
        citation(g.document, texts[g.document.id].page(g.sentences[0].start, g.sentences[-1].end))
        for g in group.also
    )
    before, after = _neighbours(clean, start, end)
    return Quote(
        text=clean.text[start:end],
        citation=replace(
            citation(group.document, clean.page(start, end)), note=clean.note_at(start)
        ),
        score=group.score,
        section=group.sentences[0].passage.chunk.section,
        start=start,
        end=end,
        context_before=before,
        context_after=after,
        also=also,
        boxes=clean.boxes_of(start, end),
    )


def citation(document: Document, page: str) -> Citation:
    """The citation of a page of a document."""
    return Citation(
        document.title,
        document.series,
        document.number,
        document.date,
        document.authors,
        page,
        document.path,
        ocr=bool(document.ocr_pages),
    )


def _neighbours(clean: CleanText, start: int, end: int) -> tuple[str, str]:
    """The sentence right before start and right after end, from chunking's sentence spans."""
    spans = clean.sentences
    starts = [a for a, _ in spans]
    before_at = bisect.bisect_right(starts, start - 1) - 1
    before = spans[before_at] if before_at >= 0 and spans[before_at][1] <= start else None
    after_at = bisect.bisect_left(starts, end)
    after = spans[after_at] if after_at < len(spans) else None
    return (
        clean.text[before[0] : before[1]] if before else "",
        clean.text[after[0] : after[1]] if after else "",
    )
