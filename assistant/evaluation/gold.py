"""Gold questions about our own briefs: what a right answer must contain, and the checks.

A gold file is JSON Lines, one question a line: {"question": ..., "brief": "43/2025",
"quote": "part of the expected quote", "page": "1"} or {"question": ..., "answerable": false}.
Its first line may say whether any weight or threshold was chosen on its questions:
{"sample": "in-sample"} or {"sample": "held-out"}; `spotlight eval --gold` marks its figures so.
`recheck` asks every gold file of the documents folder again and names the questions that got
worse since the last check; the last results are kept in the index folder's gold-history.json.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ..errors import DocumentError
from ..records import Answer
from .beir import read_json_lines

if TYPE_CHECKING:
    from ..assistant import Assistant

GOLD_SUFFIX = ".gold.jsonl"
# in-sample: something was fitted or chosen on these questions; held-out: nothing was.
SAMPLES = ("in-sample", "held-out")
HISTORY_FILE = "gold-history.json"


@dataclass(frozen=True, slots=True)
class GoldQuestion:
    """A question about our own briefs with what a right answer must contain."""

    question: str
    answerable: bool = True  # False: the collection does not answer it and we should abstain
    brief: str = ""  # expected brief number "43/2025", a file name or path, or "" (not asked)
    quote: str = ""  # expected quote text or a part of it, or "" (not asked)
    page: str = ""  # printed page label of that quote, "1", or "" (not asked)


_GOLD_TYPES: dict[str, type] = {
    "question": str,
    "answerable": bool,
    "brief": str,
    "quote": str,
    "page": str,
}


def load_gold(path: Path) -> tuple[GoldQuestion, ...]:
    """Read gold questions, one JSON object a line.

    Raises:
        DocumentError: the file is missing or empty, or a line is not JSON, has an unknown
            key or a value of the wrong type, repeats a question, or asks an answerable
            question with neither brief nor quote; the message names the line and the field.
    """
    questions: list[GoldQuestion] = []
    seen: dict[str, int] = {}
    for number, row in read_json_lines(path):
        where = f"{path}, line {number}"
        if "sample" in row and not questions and _sample_line(row, where):
            continue
        unknown = sorted(set(row) - set(_GOLD_TYPES))
        if unknown:
            known = ", ".join(_GOLD_TYPES)
            raise DocumentError(f"{where}: unknown field {unknown[0]!r}; known: {known}")
        if "question" not in row:
            raise DocumentError(f"{where}: missing field 'question'")
        for name, value in row.items():
            kind = _GOLD_TYPES[name]
            if not isinstance(value, kind):
                wanted = "true or false" if kind is bool else "a string in quotes"
                raise DocumentError(f"{where}: field {name!r} must be {wanted}, got {value!r}")
            if kind is str and not value.strip():
                raise DocumentError(f"{where}: field {name!r} is empty; leave the key out")
        gold = GoldQuestion(**row)  # type: ignore[arg-type]  # checked just above
        if gold.question in seen:
            raise DocumentError(
                f"{where}: field 'question' repeats line {seen[gold.question]}; "
                "runs are compared by question text"
            )
        seen[gold.question] = number
        if gold.answerable and not (gold.brief or gold.quote):
            raise DocumentError(f"{where}: an answerable question needs field 'brief' or 'quote'")
        if not gold.answerable and (gold.brief or gold.quote or gold.page):
            raise DocumentError(
                f"{where}: field 'answerable' is false, so brief, quote and page must be left out"
            )
        questions.append(gold)
    if not questions:
        raise DocumentError(f"{path}: no questions")
    return tuple(questions)


def gold_sample(path: Path) -> str:
    """What the gold file's first line declares ("in-sample" or "held-out"), else "".

    Raises:
        DocumentError: the first line names another sample, or is not JSON.
    """
    for number, row in read_json_lines(path):
        return str(row["sample"]) if _sample_line(row, f"{path}, line {number}") else ""
    return ""


def _sample_line(row: dict[str, object], where: str) -> bool:
    if "sample" not in row:
        return False
    if set(row) != {"sample"} or row["sample"] not in SAMPLES:
        raise DocumentError(
            f"{where}: field 'sample' stands alone on the first line and is "
            f"{' or '.join(map(repr, SAMPLES))}, got {row!r}"
        )
    return True


@dataclass(frozen=True, slots=True)
class GoldResult:
    """How one answer fared against its gold question; None means the gold did not ask."""

    question: str
    brief_found: bool | None  # some quote comes from the expected brief
    quote_found: bool | None  # some quote matches the expected text
    page_right: bool | None  # a matching quote is on the expected page
    abstention_right: bool  # answered when answerable, abstained when not
    # The expected text lies wholly inside the first quote / one of the first three quotes.
    in_first: bool | None = None
    in_top3: bool | None = None


def grade(
    question: GoldQuestion, quotes: Sequence[tuple[str, str, str, str]], found: bool
) -> GoldResult:
    """Check an answer's quotes against a gold question.

    Args:
        question: the gold question.
        quotes: the answer's quotes as (quote text, brief number, file path, page), best first.
        found: whether the assistant answered rather than abstained.

    Returns:
        One verdict per check the gold asks for.
    """
    brief_found: bool | None = None
    quote_found: bool | None = None
    page_right: bool | None = None
    in_brief: Sequence[tuple[str, str, str, str]] = quotes
    if question.brief:
        in_brief = [q for q in quotes if _is_brief(question.brief, q[1], q[2])]
        brief_found = bool(in_brief)
    if question.quote:
        quote_found = any(_same_text(question.quote, q[0]) for q in quotes)
    if question.page:
        # The page only means something for the quote the gold names, in the brief it names.
        matching = [q for q in in_brief if not question.quote or _same_text(question.quote, q[0])]
        page_right = any(_on_page(question.page, q[3]) for q in matching)
    in_first = in_top3 = None
    if question.quote:
        inside = [_contains(q[0], question.quote) for q in quotes[:3]]
        in_first, in_top3 = bool(inside[:1] and inside[0]), any(inside)
    return GoldResult(
        question=question.question,
        brief_found=brief_found,
        quote_found=quote_found,
        page_right=page_right,
        abstention_right=found == question.answerable,
        in_first=in_first,
        in_top3=in_top3,
    )


def run_gold(questions: Sequence[GoldQuestion], ask: Callable[[str], Answer]) -> list[GoldResult]:
    """Ask every gold question and check the answers."""
    results = []
    for question in questions:
        answer = ask(question.question)
        quotes = [
            (q.text, q.citation.number, q.citation.path, q.citation.page) for q in answer.quotes
        ]
        results.append(grade(question, quotes, answer.found))
    return results


def summarize(results: Sequence[GoldResult]) -> dict[str, float]:
    """The share of questions passing each check, over the questions that ask for it."""
    summary: dict[str, float] = {}
    for name in _CHECKS:
        verdicts = [getattr(r, name) for r in results if getattr(r, name) is not None]
        if verdicts:
            summary[name] = round(sum(verdicts) / len(verdicts), 3)
    return summary


def abstention(
    questions: Sequence[GoldQuestion], results: Sequence[GoldResult]
) -> dict[str, float]:
    """False-answer rate (unanswerable questions answered) and false-abstain rate (answerable
    ones refused), with the counts behind them."""
    answerable = [r for q, r in zip(questions, results, strict=True) if q.answerable]
    unanswerable = [r for q, r in zip(questions, results, strict=True) if not q.answerable]
    rates: dict[str, float] = {"answerable": len(answerable), "unanswerable": len(unanswerable)}
    if unanswerable:
        rates["answered_unanswerable"] = sum(not r.abstention_right for r in unanswerable)
        rates["false_answer"] = round(rates["answered_unanswerable"] / len(unanswerable), 3)
    if answerable:
        rates["refused_answerable"] = sum(not r.abstention_right for r in answerable)
        rates["false_abstain"] = round(rates["refused_answerable"] / len(answerable), 3)
    return rates


def _contains(text: str, expected: str) -> bool:
    return " ".join(expected.split()) in " ".join(text.split())


def _is_brief(expected: str, number: str, path: str) -> bool:
    # "43 / 2025" and "43/2025" name the same brief; a file is named by its path or its name.
    if number and "".join(expected.split()) == "".join(number.split()):
        return True
    return expected.strip() in (path, PurePosixPath(path).name)


def _same_text(expected: str, text: str) -> bool:
    wanted, got = " ".join(expected.split()), " ".join(text.split())
    # An empty string is inside every string; it must never count as a match.
    return bool(wanted and got) and (wanted in got or got in wanted)


def _on_page(expected: str, label: str) -> bool:
    if expected == label:
        return True
    # A quote spanning a page break carries "1-2"; it is on both pages.
    first, _, last = label.partition("-")
    if last and first.isdigit() and last.isdigit() and expected.isdigit():
        return int(first) <= int(expected) <= int(last)
    return False


_CHECKS = {
    "brief_found": "brief no longer found",
    "quote_found": "quote no longer found",
    "page_right": "page now wrong",
    "abstention_right": "abstention now wrong",
    "in_first": "answer no longer in the first quote",
    "in_top3": "answer no longer in the first three quotes",
}


def compare(previous: Sequence[GoldResult], current: Sequence[GoldResult]) -> list[str]:
    """Lines naming each question that got worse: a check that passed and now fails.

    Questions are matched by their text; a question in only one of the runs is not compared.
    """
    before = {result.question: result for result in previous}
    lines = []
    for result in current:
        old = before.get(result.question)
        if old is None:
            continue
        lost = [
            label
            for name, label in _CHECKS.items()
            if getattr(old, name) is True and getattr(result, name) is False
        ]
        if lost:
            lines.append(f"{result.question!r}: {', '.join(lost)}")
    return lines


def check(assistant: Assistant, path: Path) -> tuple[list[GoldResult], list[str]]:
    """Ask a gold file's questions; returns the results and the questions that got worse since
    the last check of a file of the same name, whose results this run then replaces.

    Raises:
        DocumentError: the gold file is missing or malformed (the message names the line).
    """
    results = run_gold(load_gold(path), assistant.ask)
    history_path = Path(assistant.settings.index_dir) / HISTORY_FILE
    history = _read_history(history_path)
    previous = [GoldResult(**r) for r in history.get(path.name, [])]
    history[path.name] = [dataclasses.asdict(r) for r in results]
    try:
        temporary = history_path.with_suffix(".tmp")
        temporary.write_text(json.dumps(history, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, history_path)
    except OSError:
        pass  # the baseline is a convenience; an unwritable index folder is reported by sync
    return results, compare(previous, results)


def recheck(assistant: Assistant) -> list[str]:
    """Check every gold file in the documents folder; lines naming each question that got
    worse ("file: question: what was lost"). Run after a sync that changed something."""
    folder = Path(assistant.settings.documents_dir)
    return [
        f"{path.name}: {line}"
        for path in sorted(folder.glob(f"*{GOLD_SUFFIX}"))
        for line in check(assistant, path)[1]
    ]


def _read_history(path: Path) -> dict[str, list[dict[str, object]]]:
    try:
        history = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return history if isinstance(history, dict) else {}
