"""The spotlight command: translates arguments into Assistant calls and results into text."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .audit import QueryLog
from .errors import AssistantError, SettingsError
from .records import NOTHING_ANSWERS, Answer, Passage, SavedQuestion, Status, SyncReport
from .settings import RETRIEVAL_MODES, Settings

if TYPE_CHECKING:
    from .assistant import Assistant
    from .evaluation.run import BeirReport


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spotlight",
        description="Ask the institute's briefs a question; get verbatim quotes with citations.",
    )
    parser.add_argument("--documents", type=Path, help="folder of briefs (default: documents)")
    parser.add_argument("--index", type=Path, help="index folder (default: index)")
    parser.add_argument(
        "--log-queries",
        type=Path,
        metavar="FILE",
        help="append each question (ask, serve) to FILE as one JSON line",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    saved = commands.add_parser("saved", help="list the saved questions of every login")
    saved.add_argument("--user", help="only this login's (\"\" for the page without login)")
    saved.add_argument("--json", action="store_true", help="print them as JSON")

    index = commands.add_parser("index", help="index new, changed and removed briefs")
    index.add_argument("--rebuild", action="store_true", help="drop the index and embed everything")
    index.add_argument(
        "--compact", action="store_true", help="merge the vector segments into one after syncing"
    )
    index.add_argument("--json", action="store_true", help="print the sync report as JSON")
    index.add_argument(
        "--copy-to",
        metavar="URL",
        help="copy the index folder into an empty postgresql:// index, embedding nothing",
    )

    ask = commands.add_parser("ask", help="answer a question with quotes")
    ask.add_argument("question")
    ask.add_argument("-k", type=int, default=None, help="most quotes (default: SPOTLIGHT_TOP_K)")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")

    search = commands.add_parser("search", help="list the passages closest to a query")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=10, help="how many passages (default 10)")
    search.add_argument("--json", action="store_true", help="print the passages as JSON")

    serve = commands.add_parser("serve", help="index, then serve the web page")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    serve.add_argument("--no-sync", action="store_true", help="serve without indexing first")
    serve.add_argument(
        "--auth", action="append", metavar="USER:PASSWORD", help="require a login (repeatable)"
    )
    serve.add_argument("--auth-file", type=Path, help="a file of USER:PASSWORD lines")

    status = commands.add_parser("status", help="what the index holds")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.add_argument(
        "--check", action="store_true", help="verify the index files agree (exit 1 if not)"
    )

    add = commands.add_parser("add", help="copy briefs into the documents folder and index them")
    add.add_argument("files", nargs="+", type=Path)
    remove = commands.add_parser("remove", help="take a brief out of the index")
    remove.add_argument("brief", help="its path in the documents folder, or its id")
    remove.add_argument("--delete-file", action="store_true", help="also delete the file")

    evaluate = commands.add_parser(
        "eval", help="score retrieval on a BEIR dataset, or answers on a gold file"
    )
    evaluate.add_argument("dataset", nargs="?", type=Path, help="BEIR folder (corpus.jsonl ...)")
    evaluate.add_argument("--split", default="test", help="qrels split (default test)")
    evaluate.add_argument(
        "--mode", action="append", choices=RETRIEVAL_MODES, help="repeatable; default all three"
    )
    evaluate.add_argument(
        "--eval-index", type=Path, help="keep the dataset's index here and reuse it next time"
    )
    evaluate.add_argument("--gold", type=Path, help="a .gold.jsonl file to check the index with")
    evaluate.add_argument(
        "--sample",
        choices=("in-sample", "held-out"),
        help="with --gold: whether anything was fitted on its questions (default: what the "
        "file's first line declares)",
    )
    evaluate.add_argument("--json", action="store_true", help="print the results as JSON")

    watch = commands.add_parser("watch", help="index briefs as they arrive, until Ctrl-C")
    watch.add_argument(
        "--quiet-seconds", type=float, default=2.0, help="wait for the folder to be still"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 error)."""
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        if args.documents:
            settings = settings.replace(documents_dir=args.documents)
        if args.index:
            settings = settings.replace(index_dir=args.index)
        return _run(args, settings)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from .assistant import Assistant

    if args.command == "eval" and args.dataset:
        return _eval_beir(args, settings)
    if args.command == "index" and args.copy_to:
        return _copy_to(settings, args.copy_to)
    assistant = Assistant.open(settings, rebuild=args.command == "index" and args.rebuild)
    command = args.command
    if command == "index":
        report = assistant.sync()
        if args.compact:
            assistant.compact()
        _print(report, args.json, format_report)
    elif command == "ask":
        answer = assistant.ask(args.question, k=args.k)
        if args.log_queries:
            QueryLog(args.log_queries).record(getpass.getuser(), args.question, None, answer)
        _print(answer, args.json, format_answer)
    elif command == "saved":
        _print(list(assistant.saved_questions(args.user)), args.json, format_saved)
    elif command == "search":
        passages = assistant.search(args.query, k=args.k)
        _print(list(passages), args.json, format_passages)
    elif command == "status":
        _print(assistant.status(), args.json, format_status)
        if args.check:
            return _check(assistant)
    elif command == "add":
        report = assistant.add(args.files)
        print(format_report(report), flush=True)
        return 1 if report.failed else 0
    elif command == "remove":
        print(format_report(assistant.remove(args.brief, delete_file=args.delete_file)))
    elif command == "eval":
        return _eval_gold(assistant, args)
    elif command == "watch":
        _watch(assistant, args.quiet_seconds)
    elif command == "serve":
        if not args.no_sync:
            _sync_and_recheck(assistant)
        from ui.app import serve

        log = QueryLog(args.log_queries) if args.log_queries else None
        serve(assistant, host=args.host, port=args.port, auth=_logins(args), log=log)
    return 0


def _print(record: object, as_json: bool, formatter: Callable[..., str]) -> None:
    """Print a record (or a list of records) as JSON, exactly its fields, or as text."""
    if as_json:
        if isinstance(record, list):
            data: object = [dataclasses.asdict(r) for r in record]
        else:
            data = dataclasses.asdict(record)  # type: ignore[call-overload]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(formatter(record))


def _eval_gold(assistant: Assistant, args: argparse.Namespace) -> int:
    from .evaluation.gold import abstention, check, gold_sample, load_gold, summarize

    if not args.gold:
        raise SettingsError("eval needs a BEIR dataset folder or --gold FILE")
    results, worse = check(assistant, args.gold)
    summary: dict[str, object] = {
        **summarize(results),
        **abstention(load_gold(args.gold), results),
        "sample": args.sample or gold_sample(args.gold) or "not stated",
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(format_gold(summary))
    for line in worse:
        print(f"worse: {line}")
    return 0


def _sync_and_recheck(assistant: Assistant) -> SyncReport:
    """A sync, then (if it changed the index) the gold questions, printed as they are."""
    from .evaluation.gold import recheck

    report = assistant.sync()
    print(format_report(report), flush=True)
    if report.changed:
        for line in recheck(assistant):
            print(f"  worse: {line}", flush=True)
    return report


def _eval_beir(args: argparse.Namespace, settings: Settings) -> int:
    import tempfile

    from .embed import Embedder
    from .evaluation.run import evaluate_beir

    modes = tuple(args.mode or RETRIEVAL_MODES)
    embedder = Embedder(settings.model, settings.batch_size)
    embedder.show_progress = True

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="spotlight-eval-") as scratch:
        index_dir = args.eval_index or Path(scratch)
        report = evaluate_beir(
            args.dataset, args.split, modes, index_dir, settings, embedder, progress=say
        )
    _print(report, args.json, format_beir)
    return 0


def _logins(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(user, password) pairs from --auth and --auth-file; a malformed one names its source."""
    entries = [("--auth", entry) for entry in args.auth or ()]
    if args.auth_file:
        try:
            lines = args.auth_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise SettingsError(f"--auth-file {args.auth_file}: {exc.strerror}") from exc
        entries += [
            (f"{args.auth_file}, line {n}", line.strip())
            for n, line in enumerate(lines, start=1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
    logins = []
    for source, entry in entries:
        user, _, password = entry.partition(":")
        if not user.strip() or not password:
            raise SettingsError(f"{source}: write a login as USER:PASSWORD")
        logins.append((user.strip(), password))
    return logins


def _copy_to(settings: Settings, url: str) -> int:
    from .migrate import copy_index
    from .postgres_sql import redacted

    settings.replace(index_url=url)  # refuses anything but a postgresql:// URL
    briefs, passages = copy_index(settings, url)
    print(
        f"copied {briefs} briefs and {passages} passages from {settings.index_dir} to "
        f"{redacted(url)}; set SPOTLIGHT_INDEX_URL to use it"
    )
    return 0


def _check(assistant: Assistant) -> int:
    from .manifest import REBUILD_COMMAND

    problems = assistant.check()
    for problem in problems:
        print(f"problem: {problem}")
    if problems:
        print(f"The index needs a rebuild: {REBUILD_COMMAND}")
        return 1
    print("index ok: every vector has its chunk and every chunk its vector")
    return 0


def _watch(assistant: Assistant, quiet_seconds: float) -> None:
    import threading

    from .evaluation.gold import recheck
    from .watch import watch

    def report(sync: SyncReport) -> None:
        if sync.changed or sync.failed:
            print(format_report(sync), flush=True)
        if sync.changed:
            for line in recheck(assistant):
                print(f"  worse: {line}", flush=True)

    def error(problem: AssistantError) -> None:
        print(f"error: {problem}", file=sys.stderr, flush=True)

    print(f"watching {assistant.settings.documents_dir} (Ctrl-C to stop)", flush=True)
    watch(assistant, threading.Event(), report, error, quiet_seconds)


# -- text for people ----------------------------------------------------------------------------


def format_answer(answer: Answer) -> str:
    if not answer.found:
        return NOTHING_ANSWERS
    lines = []
    for number, quote in enumerate(answer.quotes, start=1):
        lines.append(f"{number}. \u201c{quote.text}\u201d")
        lines.append(f"   \u2014 {quote.citation}")
    if answer.confidence:
        lines.append(f"({answer.confidence})")
    return "\n".join(lines)


def format_passages(passages: list[Passage]) -> str:
    if not passages:
        return "The index holds no passages; run `spotlight index` first."
    lines = []
    for number, p in enumerate(passages, start=1):
        lines.append(f"{number}. [{p.score:.3f}] {p.document.title}, p. {p.chunk.page}")
        lines.append(f"   {p.chunk.text[:300]}")
    return "\n".join(lines)


def format_gold(summary: dict[str, object]) -> str:
    labels = {
        "brief_found": "brief found in the quotes",
        "quote_found": "expected quote found",
        "page_right": "page right",
        "abstention_right": "answered or abstained rightly",
        "in_first": "answer inside the first quote",
        "in_top3": "answer inside the first three quotes",
    }
    lines = [f"{labels[k]:<40}{v:.1%}" for k, v in summary.items() if k in labels]
    for key, label, count, over in (
        ("false_answer", "false answer (nothing answers)", "answered_unanswerable", "unanswerable"),
        ("false_abstain", "false abstain (refused)", "refused_answerable", "answerable"),
    ):
        if key in summary:
            lines.append(
                f"{label:<40}{summary[key]:.1%} ({summary[count]} of {summary[over]} {over})"
            )
    lines.append(f"{'questions':<40}{summary['sample']}")
    return "\n".join(lines)


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
        + (f", read again {len(report.reread)}" if report.reread else "")
    ]
    titles = dict(report.new_briefs)
    for label, paths in (
        ("added", report.added),
        ("updated", report.updated),
        ("removed", report.removed),
        ("read again", report.reread),
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


def format_beir(report: BeirReport) -> str:
    lines = [
        f"{report.dataset} ({report.split}): {report.documents} documents, {report.passages} "
        f"passages, {next(iter(report.scores.values())).queries} queries",
        f"{'mode':<8} {'nDCG@10':>8} {'R@10':>8} {'R@100':>8} {'MRR@10':>8}",
    ]
    for mode, s in report.scores.items():
        lines.append(
            f"{mode:<8} {s.ndcg10:>8.4f} {s.recall10:>8.4f} {s.recall100:>8.4f} {s.mrr10:>8.4f}"
        )
    return "\n".join(lines)


def format_saved(saved: list[SavedQuestion]) -> str:
    """One saved question a line: who saved it, when, and when its news were last seen."""
    if not saved:
        return "No saved questions."
    return "\n".join(
        f"{q.id}. {q.question} (by {q.user or 'everyone'}, saved {q.created}, seen {q.seen})"
        for q in saved
    )
