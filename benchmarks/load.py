"""Load: 20 clients ask through the web API for 60 s while another process adds 50 briefs.

    .venv/bin/python -m benchmarks.load [--clients 20] [--seconds 60] [--briefs 50]

The page runs as its own process (`spotlight serve` on the loopback address); the clients are
gradio_client threads; a second `spotlight add` process adds the briefs one sync at a time, so
the page moves through 50 generations while it answers. Every answer must be the known quote
(the sample brief is never touched), no request may fail, and the server's memory is read
from /proc before and after.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.run import ROOT, SAMPLE_PDF, percentile, write_results
from tests.pdf_factory import brief_spec, write_brief_pdf

QUESTION = "Who received Kellogg in Minsk?"
EXPECTED = (
    "The U.S. Special Envoy for Ukraine and Russia Keith Kellogg was received in Minsk by "
    "Alexander Lukashenka on 20 June."
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def spotlight(*args: str) -> list[str]:
    return [sys.executable, "-m", "assistant", *args]


def client_loop(url: str, stop: threading.Event, latencies: list[float], errors: list[str]):
    from gradio_client import Client

    client = Client(url, verbose=False)
    while not stop.is_set():
        started = time.perf_counter()
        try:
            _, data = client.predict(QUESTION, 3, "", "", "", [], api_name="/ask")
            if json.loads(data)["quotes"][0]["text"] != EXPECTED:
                errors.append("wrong first quote")
        except Exception as exc:  # any failure is a finding, counted and named
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
        latencies.append((time.perf_counter() - started) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--briefs", type=int, default=50)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="spotlight-load-"))
    documents, inbox, index = scratch / "documents", scratch / "inbox", scratch / "index"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents)
    for number in range(args.briefs):
        spec, _ = brief_spec(number % 10)
        spec = dataclasses.replace(spec, number=f"{200 + number}/2025")
        write_brief_pdf(inbox / f"load-{number:03d}.pdf", spec)
    folders = ["--documents", str(documents), "--index", str(index)]
    subprocess.run(spotlight(*folders, "index"), check=True, cwd=ROOT, capture_output=True)
    port = free_port()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"}
    server = subprocess.Popen(
        spotlight(*folders, "serve", "--no-sync", "--port", str(port)),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_for(url)
        from gradio_client import Client

        Client(url, verbose=False).predict(QUESTION, 3, "", "", "", [], api_name="/ask")  # warm
        memory_before = rss_mb(server.pid)
        stop = threading.Event()
        latencies: list[float] = []
        errors: list[str] = []
        threads = [
            threading.Thread(target=client_loop, args=(url, stop, latencies, errors))
            for _ in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        # One process adds the briefs one sync (one new generation) at a time.
        adder = subprocess.Popen(
            spotlight(*folders, "add", *map(str, sorted(inbox.iterdir()))),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        memory = [memory_before]
        limit = started + 15 * args.seconds  # an adder that never ends is a finding too
        while time.monotonic() < limit and (
            time.monotonic() - started < args.seconds or adder.poll() is None
        ):
            time.sleep(5)
            memory.append(rss_mb(server.pid))
        stop.set()
        for thread in threads:
            thread.join()
        added = len(list(documents.glob("load-*.pdf")))
        memory_after = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)
    result = {
        "clients": args.clients,
        "seconds": round(time.monotonic() - started),
        "briefs_added": added,
        "requests": len(latencies),
        "errors": len(errors),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "server_rss_before_mb": round(memory_before, 1),
        "server_rss_after_mb": round(memory_after, 1),
        "server_rss_max_mb": round(max(memory), 1),
        # Growth over the second half of the run: a leak keeps growing, a cache levels off.
        "server_rss_second_half_growth_mb": round(memory[-1] - memory[len(memory) // 2], 1),
    }
    if errors:
        print("first errors:", *sorted(set(errors))[:5], sep="\n  ")
    write_results("load", result)


def _wait_for(url: str, timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the page at {url} did not come up in {timeout:.0f} s")


if __name__ == "__main__":
    main()
