"""Briefs as a browser prints them: HTML laid out by Chromium and saved with its own
--print-to-pdf (Skia's PDF writer, with the browser's running header and footer), for
tests/test_browser_pdfs.py. Other publishers' web pages reach the institute this way: a
letter-spaced kicker ("C O M M E N TARY" in PDFium's text), note numbers set as <sup> runs
of their own, a two-line title, a byline with its date after a middle dot, a cover page with
its authors at the foot, two columns, a Polish byline label."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NEEDS_CHROMIUM = pytest.mark.skipif(
    not CHROMIUM, reason="no chromium on PATH to print the HTML briefs: apt-get install chromium"
)

# name -> (HTML, (title, authors, date))
BRIEFS: dict[str, tuple[str, tuple[str, tuple[str, ...], str]]] = {
    "commentary": (
        """\
<html><head><title>Baltic grid commentary</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2cm;line-height:1.4}
.kicker{font-family:"DejaVu Sans";font-size:9pt;letter-spacing:2px;color:#a00}
h1{font-family:"DejaVu Sans";font-size:24pt;margin:6pt 0}
.byline{font-family:"DejaVu Sans";font-size:10pt;color:#444}
h2{font-family:"DejaVu Sans";font-size:13pt;margin-top:14pt}
.notes{font-size:8.5pt;border-top:1px solid #999;margin-top:20pt}
</style></head><body>
<div class="kicker">COMMENTARY</div>
<h1>Why the Baltic Grid Needs a Backup Plan</h1>
<div class="byline">By Anna Kowalczyk and Mark Jensen &middot; March 14, 2024</div>
<h2>What happened to the grid?</h2>
<p>On 9 February 2025 Estonia, Latvia and Lithuania disconnected from the Russian-controlled
BRELL power ring and synchronised with the continental European network.<sup>1</sup> The switch
had been planned for more than a decade and cost about 1.6 billion euros, most of it paid from
European Union funds. Grid operators ran the three systems in isolated mode for one day before
the connection through Poland was closed.</p>
<p>The transition passed without blackouts, but it left the region dependent on a handful of
undersea cables. Two of them, Estlink 2 and Balticconnector, were damaged by ship anchors in
2023 and 2024.<sup>2</sup></p>
<h2>Why does redundancy matter?</h2>
<p>A single damaged interconnector can remove up to a third of the import capacity on a cold
winter day. The operators therefore keep synchronous condensers and gas turbines in reserve,
which costs consumers about 40 million euros a year. Without a second land link to Poland, the
Baltic states would have to shed load within minutes of a major failure.</p>
<h2>What should governments do?</h2>
<p>Governments should fund a second Harmony Link cable and agree on joint patrols of the seabed
with Finland and Sweden. They should also publish the results of the next islanding test, so
that citizens know how long the reserves would last.</p>
<div class="notes"><p>1. ENTSO-E, &ldquo;Baltic synchronisation completed,&rdquo; press release,
9 February 2025.</p><p>2. Finnish Police, investigation of the Newnew Polar Bear, October
2023.</p></div>
</body></html>
""",
        (
            "Why the Baltic Grid Needs a Backup Plan",
            ("Anna Kowalczyk", "Mark Jensen"),
            "2024-03-14",
        ),
    ),
    "twocol": (
        """\
<html><head><title>osw</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm}
.top{font-size:8pt;text-transform:uppercase;color:#666;display:flex;justify-content:space-between}
h1{font-size:22pt;margin:10pt 0 4pt 0;font-weight:bold}
.auth{font-size:10pt;font-weight:bold;margin-bottom:12pt}
.cols{column-count:2;column-gap:1cm;text-align:justify;hyphens:auto}
h3{font-size:10.5pt;font-weight:bold;margin:8pt 0 2pt 0}
</style></head><body>
<div class="top"><span>Centre for Energy Studies</span><span>Energy Commentary &nbsp;|&nbsp;
Number 512 &nbsp;|&nbsp; 12 June 2023</span></div>
<h1>Hydrogen Valleys in Central Europe: Promise and Practice</h1>
<div class="auth">Jakub Nowicki, Ewa Zielińska</div>
<div class="cols">
<p>Central European governments have announced more than twenty hydrogen valleys since 2021,
regional clusters in which electrolysers, pipelines and industrial users are planned together.
Only three of them had reached a final investment decision by the spring of 2023, and their
combined electrolyser capacity stood at 45 megawatts.</p>
<h3>Slow money</h3>
<p>The main obstacle is the price gap between green and grey hydrogen. Producing a kilogram from
renewable electricity cost between 5 and 7 euros in 2022, against about 2 euros for hydrogen
made from natural gas before the energy crisis. The European Hydrogen Bank's first auction, held
in November 2023, was meant to close part of that gap with fixed premiums per kilogram.</p>
<h3>Where the valleys are</h3>
<p>Most projects cluster around refineries and fertiliser plants, which already use grey
hydrogen and can switch without new equipment at the end of the chain. The largest Polish
project, in the Opole region, plans 100 megawatts of electrolysis by 2030. Czech and Slovak
projects are smaller and depend on cross-border pipelines that have not yet been designed.</p>
<h3>Outlook</h3>
<p>Unless the premiums grow, the valleys will remain pilot projects. Governments that want them
to scale should combine auctions with long-term offtake contracts signed by state-owned buyers,
as the Netherlands has begun to do.</p>
</div></body></html>
""",
        (
            "Hydrogen Valleys in Central Europe: Promise and Practice",
            ("Jakub Nowicki", "Ewa Zielińska"),
            "2023-06-12",
        ),
    ),
    "report": (
        """\
<html><head><title>Policy Paper</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2.2cm}
.cover{page-break-after:always;height:18cm;position:relative}
.series{font-family:"DejaVu Sans";font-size:11pt;font-weight:bold;letter-spacing:1px}
.cover h1{font-family:"DejaVu Sans";font-size:30pt;margin-top:5cm}
.sub{font-family:"DejaVu Sans";font-size:15pt;color:#333}
.who{position:absolute;bottom:2cm;font-family:"DejaVu Sans";font-size:12pt}
h2{font-family:"DejaVu Sans";font-size:14pt}
</style></head><body>
<div class="cover">
<div class="series">POLICY PAPER No. 7</div>
<h1>Deterrence on the Cheap</h1>
<div class="sub">Air defence procurement in the Nordic-Baltic region</div>
<div class="who">Karin Larsen<br>Ola Nordmann<br><br>September 2021</div>
</div>
<h2>Summary</h2>
<p>The eight Nordic and Baltic states spent 1.9 billion euros on ground-based air defence
between 2014 and 2020, most of it on medium-range systems bought separately by each country.
Joint procurement of interceptors could have cut unit prices by about a fifth, according to the
manufacturers' own list prices.</p>
<h2>Recommendations</h2>
<p>First, the states should buy interceptors through one framework contract managed by the NATO
Support and Procurement Agency. Second, they should share training facilities, starting with the
range in Vidsel, Sweden. Third, they should publish a common estimate of the stocks needed for
thirty days of high-intensity conflict.</p>
<p>The second recommendation would save the smaller states the cost of building their own
ranges, which Latvia estimated at 60 million euros in 2019.</p>
</body></html>
""",
        ("Deterrence on the Cheap", ("Karin Larsen", "Ola Nordmann"), "2021-09"),
    ),
    "polish": (
        """\
<html><head><meta charset="utf-8"><title>Komentarz</title><style>
body{font-family:"DejaVu Sans";font-size:10.5pt;margin:2cm}
.hdr{font-size:9pt;font-weight:bold;color:#036}
h1{font-size:21pt}
.aut{font-size:10pt;font-style:italic}
h2{font-size:12pt}
</style></head><body>
<div class="hdr">KOMENTARZ NR 15/2024 &nbsp; 14 marca 2024 r.</div>
<h1>Bałtycka sieć energetyczna po synchronizacji</h1>
<div class="aut">Autorzy: Jan Kowalski, Ewa Zielińska</div>
<h2>Co się zmieniło?</h2>
<p>Litwa, Łotwa i Estonia odłączyły się od rosyjskiego systemu BRELL i przyłączyły do sieci
kontynentalnej Europy. Koszt projektu wyniósł około 1,6 mld euro, z czego większość pokryła Unia
Europejska.</p>
<h2>Jakie są zagrożenia?</h2>
<p>Największym ryzykiem pozostają uszkodzenia kabli podmorskich na Bałtyku, takie jak awaria
gazociągu Balticconnector w październiku 2023 r. Operatorzy utrzymują w rezerwie turbiny gazowe,
których koszt ponoszą odbiorcy.</p>
</body></html>
""",
        (
            "Bałtycka sieć energetyczna po synchronizacji",
            ("Jan Kowalski", "Ewa Zielińska"),
            "2024-03-14",
        ),
    ),
}


def print_pdf(folder: Path, name: str) -> Path:
    """BRIEFS[name] printed by headless Chromium as folder/<name>.pdf."""
    page = folder / f"{name}.html"
    page.write_text(BRIEFS[name][0], encoding="utf-8")
    pdf = folder / f"{name}.pdf"
    subprocess.run(
        [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
         f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return pdf
