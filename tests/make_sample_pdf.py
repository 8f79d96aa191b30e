"""Build documents/pism-spotlight-43-2025.pdf from the sample brief's text.

    python -m tests.make_sample_pdf [SAMPLE_TXT] [OUT_PDF]

The text comes from ../shared/samples/ and stays exactly the sample's; the layout follows the
original: the front-page block, the running header on page 2 and page numbers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.pdf_factory import sample_spec, write_brief_pdf

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else ROOT.parent / "shared/samples/pism-spotlight-43-2025.txt"
    target = Path(argv[1]) if len(argv) > 1 else ROOT / "documents/pism-spotlight-43-2025.pdf"
    write_brief_pdf(target, sample_spec(source.read_text(encoding="utf-8")))
    print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
