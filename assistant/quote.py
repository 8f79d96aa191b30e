"""Quoting: retrieved passages -> the verbatim sentences that answer the question, cited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .chunk import split_sentences
from .clean import CleanText
from .records import Answer, Citation, Passage, Quote

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a retrieved passage, by its offsets in the document's clean text."""

    passage: Passage
    start: int
    end: int
    text: str


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


def build_answer(
    question: str,
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    texts: Mapping[str, CleanText],
    threshold: float,
    k: int,
) -> Answer:
    """Quote the best-scoring sentences, best first; an empty answer when none reaches threshold.

    Args:
        question: as asked.
        sentences: candidate sentences from the retrieved passages.
        scores: cosine similarity of each sentence to the question.
        texts: each document's clean text by document id, for the page of every quote.
        threshold: the least score a quote needs.
        k: the most quotes.
    """
    order = sorted(range(len(sentences)), key=lambda i: -float(scores[i]))
    quotes = []
    for index in order[:k]:
        score = float(scores[index])
        if score < threshold:
            break
        sentence = sentences[index]
        document = sentence.passage.document
        page = texts[document.id].page(sentence.start, sentence.end)
        citation = Citation(
            document.title,
            document.series,
            document.number,
            document.date,
            document.authors,
            page,
            document.path,
        )
        quotes.append(Quote(sentence.text, citation, score, sentence.passage.chunk.section))
    return Answer(question, tuple(quotes), bool(quotes))
