"""Many servers, one index: two `spotlight serve` processes on different ports against one
PostgreSQL database, --clients concurrent clients asking through the page's /ask API, while a
third process adds --briefs briefs one at a time.

    .venv/bin/python -m benchmarks.postgres_load [--clients 20] [--briefs 50]

Counted: errors (any failed call), answers whose quotes name a brief that was not indexed when
the answer was given, and, at the end, whether each server answers every new brief's own
sentence with that brief, without a restart. Results go to benchmarks/results/postgres_load.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.run import ROOT, SAMPLE_PDF
from tests.pdf_factory import brief_spec, write_brief_pdf
from tests.postgres_server import database_url, start, stop

WRITER = """
import sys
from pathlib import Path
from assistant import Assistant, Settings
settings = Settings.from_env()
assistant = Assistant.open(settings)
for path in sorted(Path(sys.argv[1]).glob("*.pdf")):
    report = assistant.add([path])
    print("added", path.name, len(report.failed), flush=True)
"""
QUESTIONS = ("When was Kellogg in Minsk?", "Which prisoners were released?")


def _serve(port: int, env: dict[str, str]) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "assistant", "serve", "--no-sync", "--port", str(port)]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)


def _ask(client: object, question: str) -> dict:
    result = client.predict(question, 3, "", "", "", [], api_name="/ask")  # type: ignore[attr-defined]
    return json.loads(result[1])  # (html, JSON text[, state])


def main() -> None:
    from gradio_client import Client

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--briefs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        _, base = start(folder / "pg")
        servers: list[subprocess.Popen[str]] = []
        try:
            url = database_url(base, "load")
            documents, incoming = folder / "documents", folder / "incoming"
            documents.mkdir()
            shutil.copy(SAMPLE_PDF, documents / SAMPLE_PDF.name)
            expected = {}
            for n in range(args.briefs):
                spec, sentences = brief_spec(n % 10)
                spec = dataclasses.replace(spec, number=f"{500 + n}/2025")
                write_brief_pdf(incoming / f"load-{n:02d}.pdf", spec)
                expected[f"load-{n:02d}.pdf"] = next(iter(sentences))
            env = {
                **os.environ,
                "SPOTLIGHT_INDEX_URL": url,
                "SPOTLIGHT_DOCUMENTS_DIR": str(documents),
                "GRADIO_ANALYTICS_ENABLED": "False",
            }
            subprocess.run(
                [sys.executable, "-m", "assistant", "index"], cwd=ROOT, env=env, check=True
            )
            ports = (7871, 7872)
            servers = [_serve(port, env) for port in ports]
            for server in servers:
                assert server.stdout is not None
                server.stdout.readline()  # "Serving the page on ..."
            time.sleep(3)
            clients = [Client(f"http://127.0.0.1:{p}/", verbose=False) for p in ports]
            indexed_at: dict[str, float] = {SAMPLE_PDF.name: 0.0}
            errors: list[str] = []
            foreign: list[str] = []
            answers = 0
            done = threading.Event()
            lock = threading.Lock()

            def asker(number: int) -> None:
                nonlocal answers
                client = Client(f"http://127.0.0.1:{ports[number % 2]}/", verbose=False)
                questions = [*QUESTIONS, *list(expected.values())[:5]]
                turn = 0
                while not done.is_set():
                    asked = time.monotonic()
                    try:
                        answer = _ask(client, questions[(number + turn) % len(questions)])
                    except Exception as exc:  # counted: any failed call is an error
                        with lock:
                            errors.append(repr(exc))
                        continue
                    finally:
                        turn += 1
                    with lock:
                        answers += 1
                        known = {p for p, t in indexed_at.items() if t <= time.monotonic()}
                        for quote in answer.get("quotes", []):
                            path = quote["citation"]["path"]
                            if path not in known:
                                foreign.append(f"{path} quoted at {asked:.1f}")

            threads = [threading.Thread(target=asker, args=(n,)) for n in range(args.clients)]
            for thread in threads:
                thread.start()
            started = time.monotonic()
            writer = subprocess.Popen(
                [sys.executable, "-c", WRITER, str(incoming)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            assert writer.stdout is not None
            for line in writer.stdout:
                with lock:
                    indexed_at[line.split()[1]] = time.monotonic()
            writer.wait()
            writing = time.monotonic() - started
            done.set()
            for thread in threads:
                thread.join()
            answered_by_both = 0
            for path, sentence in expected.items():
                cited = [
                    {q["citation"]["path"] for q in _ask(c, sentence)["quotes"][:1]}
                    | {a["path"] for q in _ask(c, sentence)["quotes"][:1] for a in q["also"]}
                    for c in clients
                ]
                answered_by_both += all(path in c for c in cited)
            result = {
                "servers": 2,
                "clients": args.clients,
                "briefs_added": len(indexed_at) - 1,
                "writing_s": round(writing, 1),
                "answers": answers,
                "errors": len(errors),
                "error_examples": errors[:3],
                "quotes_of_briefs_not_yet_indexed": len(foreign),
                "new_briefs_answered_by_both_servers": answered_by_both,
            }
            print(json.dumps(result, indent=1))
            out = ROOT / "benchmarks" / "results" / "postgres_load.json"
            out.parent.mkdir(exist_ok=True)
            out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=30)
            stop(folder / "pg")


if __name__ == "__main__":
    main()
