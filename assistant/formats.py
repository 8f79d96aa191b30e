"""Text for people: answers, passages, reports and status as the command line prints them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

from .records import Answer, Passage, Status, SyncReport


def emit(record: object, as_json: bool, formatter: Callable[..., str]) -> None:
    """Print a record (or a list of records, or a dict) as JSON or through formatter."""
    if as_json:
        if isinstance(record, list):
            data: object = [dataclasses.asdict(r) for r in record]
        elif isinstance(record, dict):
            data = record
        else:
            data = dataclasses.asdict(record)  # type: ignore[call-overload]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(formatter(record))


def format_answer(answer: Answer) -> str:
    if not answer.found:
        return "Nothing in the collection answers this question."
    lines = []
    for number, quote in enumerate(answer.quotes, start=1):
        lines.append(f"{number}. \u201c{quote.text}\u201d")
        lines.append(f"   \u2014 {quote.citation}")
    return "\n".join(lines)


def format_passages(passages: list[Passage]) -> str:
    if not passages:
        return "The index holds no passages; run `spotlight index` first."
    lines = []
    for number, p in enumerate(passages, start=1):
        lines.append(f"{number}. [{p.score:.3f}] {p.document.title}, p. {p.chunk.page}")
        lines.append(f"   {p.chunk.text[:300]}")
    return "\n".join(lines)


def format_gold(summary: dict[str, float]) -> str:
    labels = {
        "brief_found": "brief found in the quotes",
        "quote_found": "expected quote found",
        "page_right": "page right",
        "abstention_right": "answered or abstained rightly",
        "in_first": "answer inside the first quote",
        "in_top3": "answer inside the first three quotes",
    }
    return "\n".join(f"{labels[k]:<40}{v:.1%}" for k, v in summary.items())


def format_status(status: Status) -> str:
    return (
        f"{status.summary()}\ndocuments: {status.documents_dir}\nindex: {status.index_dir}\n"
        f"last sync: {status.last_sync or 'never'}"
    )


def format_report(report: SyncReport) -> str:
    lines = [
        f"added {len(report.added)}, updated {len(report.updated)}, removed "
        f"{len(report.removed)}, moved {len(report.moved)}, unchanged {len(report.unchanged)}, "
        f"failed {len(report.failed)}, skipped {len(report.skipped)}"
    ]
    titles = dict(report.new_briefs)
    for label, paths in (
        ("added", report.added),
        ("updated", report.updated),
        ("removed", report.removed),
    ):
        lines.extend(
            f"  {label}: {path}" + (f" \u2014 {titles[path]}" if path in titles else "")
            for path in paths
        )
    lines.extend(f"  moved: {old} -> {new}" for old, new in report.moved)
    rows = [("failed", p, r) for p, r in report.failed] + [
        ("skipped", p, r) for p, r in report.skipped
    ]
    if rows:
        width = max(len(p) for _, p, _ in rows)
        lines.append(f"  {'':8}{'file':<{width}}  reason")
        lines.extend(f"  {kind:<8}{path:<{width}}  {reason}" for kind, path, reason in rows)
    lines.extend(f"  warning: {w}" for w in report.warnings)
    return "\n".join(lines)
