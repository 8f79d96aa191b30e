"""Quoting: retrieved passages -> the verbatim sentences that answer the question, cited.

Every sentence of the retrieved passages is scored against the question (cosine similarity);
the best become quotes. A sentence next to a chosen one that scores nearly as well joins it,
so a quote is one to three consecutive sentences, copied from the brief's clean text with the
exact characters between them. No brief takes every quote while others have good ones, and
the same words in two briefs are quoted once, citing both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .chunk import split_sentences
from .clean import CleanText
from .lexical import terms
from .records import Answer, Citation, Document, Passage, Quote
from .retrieve import same_words, spread

if TYPE_CHECKING:
    import numpy as np

MAX_SENTENCES = 3  # in one quote
# A neighbouring sentence joins a quote when it scores at most this much below the quote's
# best sentence: close enough to be part of the same answer, not just the same topic.
JOIN_MARGIN = 0.05
CONTEXT_CHARS = 800
# How much word overlap adds to a sentence's cosine similarity. On the sample brief's gold
# questions (documents/spotlight.gold.jsonl) the answer span was in the first quote for 73% of
# questions with cosine alone and 82% with 0.5; 0.75 and 1.0 were no better.
WORD_WEIGHT = 0.5  # how far back or ahead to look for the context sentences


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


def sentences_of(passages: Sequence[Passage]) -> list[Sentence]:
    """Every sentence of the passages, each once, in passage order."""
    seen: set[tuple[str, int]] = set()
    sentences: list[Sentence] = []
    for passage in passages:
        chunk = passage.chunk
        for start, end in split_sentences(chunk.text):
            key = (chunk.document_id, chunk.start + start)
            if key not in seen:
                seen.add(key)
                sentences.append(
                    Sentence(passage, chunk.start + start, chunk.start + end, chunk.text[start:end])
                )
    return sentences


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
    import math

    wanted = set(terms(question))
    if not wanted or not sentences:
        return [0.0] * len(sentences)
    words = [set(terms(s.text)) & wanted for s in sentences]
    frequency = {t: sum(t in w for w in words) for t in wanted}
    weight = {t: math.log(1 + len(sentences) / (1 + frequency[t])) for t in wanted}
    total = sum(weight.values())
    return [sum(weight[t] for t in w) / total for w in words]


def build_answer(
    question: str,
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    texts: Mapping[str, CleanText],
    threshold: float,
    k: int,
) -> Answer:
    """Quote the best sentences, best quote first; found is False when none reaches threshold.

    Args:
        question: as asked.
        sentences: candidate sentences from the retrieved passages.
        scores: cosine similarity of each sentence to the question.
        texts: each document's clean text by document id, for pages, joins and context.
        threshold: the least score a quote's best sentence needs.
        k: the most quotes.
    """
    groups = _groups(sentences, [float(s) for s in scores], texts, threshold, k)
    groups = _merge_repeats(groups, texts)
    chosen = spread(groups, k, key=lambda g: g.document.id)
    chosen.sort(key=lambda g: -g.score)
    return Answer(question, tuple(_quote(g, texts) for g in chosen), bool(chosen))


def _groups(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    texts: Mapping[str, CleanText],
    threshold: float,
    k: int,
) -> list[_Group]:
    order = sorted(range(len(sentences)), key=lambda i: -scores[i])
    groups: list[_Group] = []
    for index in order:
        score, sentence = scores[index], sentences[index]
        if score < threshold:
            break
        home = next((g for g in groups if _joins(g, sentence, score, texts)), None)
        twin = next((g for g in groups if _repeats(g, sentence, texts)), None)
        if home is not None:
            home.sentences.append(sentence)
            home.sentences.sort(key=lambda s: s.start)
        elif twin is not None:  # the same words in another brief: cited, not quoted twice
            twin.also.append(_Group([sentence], score))
        elif len(groups) < 3 * k:  # spares, so that spread() can share slots between briefs
            groups.append(_Group([sentence], score))
    return groups


def _repeats(group: _Group, sentence: Sentence, texts: Mapping[str, CleanText]) -> bool:
    """Whether sentence, from another brief, says exactly what the group says."""
    other_brief = sentence.passage.document.id != group.document.id
    return other_brief and same_words(sentence.text) == same_words(_text(group, texts))


def _joins(group: _Group, sentence: Sentence, score: float, texts: Mapping[str, CleanText]):
    """Whether sentence is right before or after the group and scores nearly as well."""
    if (
        len(group.sentences) >= MAX_SENTENCES
        or sentence.passage.document.id != group.document.id
        or score < group.score - JOIN_MARGIN
    ):
        return False
    text = texts[group.document.id].text
    first, last = group.sentences[0], group.sentences[-1]
    after = sentence.start >= last.end and not text[last.end : sentence.start].strip()
    before = sentence.end <= first.start and not text[sentence.end : first.start].strip()
    return after or before


def _merge_repeats(groups: list[_Group], texts: Mapping[str, CleanText]) -> list[_Group]:
    """The same words quoted from several briefs become one quote naming them all."""
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
    also = tuple(
        _citation(g.document, texts[g.document.id].page(g.sentences[0].start, g.sentences[-1].end))
        for g in group.also
    )
    return Quote(
        text=clean.text[start:end],
        citation=_citation(group.document, clean.page(start, end)),
        score=group.score,
        section=group.sentences[0].passage.chunk.section,
        start=start,
        end=end,
        context_before=_sentence_before(clean.text, start),
        context_after=_sentence_after(clean.text, end),
        also=also,
    )


def _citation(document: Document, page: str) -> Citation:
    return Citation(
        document.title,
        document.series,
        document.number,
        document.date,
        document.authors,
        page,
        document.path,
    )


def _sentence_before(text: str, start: int) -> str:
    window_start = max(0, start - CONTEXT_CHARS)
    spans = split_sentences(text[window_start:start])
    return text[window_start + spans[-1][0] : window_start + spans[-1][1]] if spans else ""


def _sentence_after(text: str, end: int) -> str:
    spans = split_sentences(text[end : end + CONTEXT_CHARS])
    return text[end + spans[0][0] : end + spans[0][1]] if spans else ""
