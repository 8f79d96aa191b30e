"""Briefs as a browser prints them: HTML laid out by Chromium and saved with its own
--print-to-pdf (Skia's PDF writer, with the browser's running header and footer), for
tests/test_browser_pdfs.py. Other publishers' web pages reach the institute this way: a
letter-spaced kicker ("C O M M E N TARY" in PDFium's text), note numbers set as <sup> runs
of their own, a two-line title, a byline with its date after a middle dot, a cover page with
its authors at the foot, two columns, a Polish byline label; a floated sidebar, names with
their titles, a title and byline in capitals, two pages in Polish; a press release, a
transcript, a report's full-page cover, a working paper's raised affiliation numbers; a
magazine page with a drop cap; an EU non-paper, a byline marked with an asterisk, authors
named only under "About the authors" at the end; slides in landscape, a rapporteur's
report; a right column with the author and date, affiliations after names, a byline in the
body's size, a Polish title on two lines; front matter over the text, a title page, a Polish
bulletin; a date only in a footer; a policy memo, a byline with its affiliation and date,
a title on three lines; authors in a sidebar, a byline in small capitals under a series
line with its number, an author named only in a closing note, a Polish dateline under the
byline, an author in a fixed footer, names and a dateline spread across the top of the
page; an author in a table, names with their posts between them, a middle initial, a Polish
"dr", names in capitals parted by a bar, authors named in a sentence after a cover; a byline
with its university over two columns, a name over its post, an e-mail address after a name,
"Authored by:" with names parted by a semicolon, a newsletter signed at the end, a Polish
bulletin's byline in italics; "Opinion by", a photo credit that names no author, a lead and
contributing authors, affiliations in raised numbers, a Polish "Autorka: dr hab.", a series
and byline side by side in a header table; "WRITTEN BY" in a floated box, three names with an
Oxford comma under a banner, a Polish "Opracowanie:" under a dotted date, names centred over
their universities, a name over its post above the title, a memo's "From:" and "Subject:";
"Author(s):", a name only in a fixed footer, names with Ø and Ž, a name and its programme
closing the text in bold, initials, a Polish report's cover dated "luty 2025"; degrees after
names, a handle after a byline under a dotted date, a subtitle over the byline, a team that
prepared a report, a Polish byline in bold, authors and date in a left sidebar; names over
a reading time, an "AUTHORS" box beside the text, a Polish series with its publisher's acronym
and a co-worker, a research paper's dark cover, names in capitals under a standfirst, an
"AUTHOR" label over its name in a header of three cells, a paragraph running from one column
into the next; a table of fields over the title, names parted by "and" on a line of its own,
names with "van der" and "de", a Polish name with its post after a dash, "KEY TAKEAWAYS"
between the title and the byline, two authors' cards side by side; a name, programme and
date flush right beside the title, names parted by "&", "Contributors" over a list, a memo's
"RE:", a place between a byline and its date after a bar, a Polish "Opracowała:" closing the
text; "Authors:" closing a two-page brief, two names side by side in one row, a date written
"22/04/2025", a Polish double surname under "dr", "The authors" over their notes, a
publisher's name set larger than the title; a name alone over the title, a publisher's name and
"Brief No. 23 | July 2025" in one row, O' and Mac in names, "Name, with Name", "Prepared by:"
on a cover, a table of names and posts under "Authors" closing the text; three authors'
cards in a row closing page 1, "By the Editorial Board" (no author), "Publication date:
03.11.2024" under a hyphenated given name, "dr hab. ..., prof. UW", "By Anna Nowak and" /
"Jan Kowalski" in a narrow sidebar, "del" and "de la" in names; "Posted by ... on 12 May
2025", affiliations in raised letters, a row of labels ("AUTHOR   DATE") over their values,
a dateline over the title, a Polish co-worker after the author, "Author:" inside a fixed
footer line; names over their handles in a sidebar, "Dr." and "Ph.D." in one byline, a closing
note on the author of a two-page brief, "Published: ... | By: ...", names parted by "/",
initials and surnames in capitals; a subtitle between the title and the byline, a centred
cover with the author's institute, two Polish names after a comma, "WRITTEN BY" in a shaded
sidebar, "By Kristjan Tamm" / "Tallinn" signing the end, initials after "by"; "Authors:" under
a dateline right of the series, a photo credit under the byline, names each with a post and a
body, a Polish series named like a title ("PUNKT WIDZENIA nr 88"), the byline in the title's
note, "Commentary by ... — Tuesday 14 January 2025"; names over their date in a column beside
the text, a Polish "dr ... i mgr ...", an event report's "Rapporteur:" under a kicker that is
also the declared title, a title opened by a smaller line ending in a colon, a memo signed
"Signed," / name / post, names and date parted by dashes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NEEDS_CHROMIUM = pytest.mark.skipif(
    not CHROMIUM, reason="no chromium on PATH to print the HTML briefs: apt-get install chromium"
)

# A paragraph that fills the Polish bulletin out to two pages.
_FILLER = (
    "Eksperci podkreślają, że dywersyfikacja dostaw wymaga współpracy z państwami regionu, w tym "
    "z Litwą i Ukrainą, które korzystają z polskiej infrastruktury przesyłowej. "
)

# A paragraph that fills a brief out to two pages.
_GRID = (
    "<p>Grid operators in the region have long warned that the network's weakest points are "
    "the few connections that cross the sea, where a single failure can cut several countries "
    "off from their neighbours for weeks. </p>"
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
    # Written before the reader saw it (2026-12-07), as are the two below: a floated
    # sidebar of key points, names with their titles ("Dr.", "Prof.") under a title that
    # wraps.
    "sidebar": (
        """\
<html><head><meta charset="utf-8"><title>Brief 2025-01</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:1.8cm;line-height:1.35}
.org{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold;color:#225}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:10pt 0 4pt 0}
.meta{font-family:"DejaVu Sans";font-size:9.5pt;margin-bottom:14pt}
.side{float:right;width:5.5cm;margin:0 0 8pt
12pt;padding:8pt;background:#eef;font-family:"DejaVu Sans";font-size:8.5pt}
.side h4{margin:0 0 4pt 0;font-size:9pt}
h2{font-family:"DejaVu Sans";font-size:12pt;margin:12pt 0 4pt 0}
</style></head><body>
<div class="org">NORTHERN SECURITY INSTITUTE &middot; POLICY BRIEF</div>
<h1>Protecting Undersea Cables in the Baltic Sea</h1>
<div class="meta">Dr. Maria Schmidt and Prof. Tomasz Wiśniewski<br>15 January 2025</div>
<div class="side"><h4>KEY POINTS</h4><ul>
<li>Eleven cables and pipelines were damaged between 2022 and 2024.</li>
<li>Repairs take weeks and cost millions of euros.</li>
<li>Surveillance of the seabed remains patchy.</li></ul></div>
<h2>What is at stake?</h2>
<p>The Baltic Sea is crossed by more than twenty data cables and several gas and power links
that connect the Nordic and Baltic states with Germany and Poland. Together they carry most of
the region's internet traffic with the rest of Europe. A ship dragging its anchor across the
seabed can cut a cable in seconds, and the repair of a single damaged cable took between two and
seven weeks in recent cases.</p>
<h2>Who is responsible?</h2>
<p>Outside territorial waters, the coastal states have limited powers to board a suspect vessel.
Investigations of the incidents in October 2023 and November 2024 were led by Finland and
Sweden, which could question the crews only after the ships had entered their ports. NATO
launched the Baltic Sentry mission in January 2025 to add frigates, patrol aircraft and naval
drones to the monitoring of the sea.</p>
<h2>What should be done?</h2>
<p>The states should require ships that enter their ports to keep their automatic identification
systems switched on at all times. They should also pool their seabed sensors into one shared
picture and stock spare cable and repair ships in the region, so that repairs do not wait for a
vessel from the North Sea.</p>
</body></html>

""",
        (
            "Protecting Undersea Cables in the Baltic Sea",
            ("Maria Schmidt", "Tomasz Wiśniewski"),
            "2025-01-15",
        ),
    ),
    # Title and byline in capitals by CSS (the title's "NATO" is printed nowhere else).
    "caps": (
        """\
<html><head><meta charset="utf-8"><title>untitled</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.4}
h1{font-size:19pt;font-weight:bold;text-transform:uppercase;letter-spacing:0.5px}
.by{font-size:9pt;text-transform:uppercase;font-weight:bold}
.pub{font-size:9pt;color:#555}
h3{font-size:10pt;font-weight:bold;text-transform:uppercase;margin:12pt 0 3pt 0}
</style></head><body>
<h1>NATO's Eastern Flank after the Vilnius Summit</h1>
<div class="by">By John Smith and Anna Nowak</div>
<div class="pub">Published: 3 March 2024</div>
<h3>The decisions</h3>
<p>At the Vilnius summit in July 2023 the allies approved three regional defence plans, the
first since the end of the Cold War. The plans assign forces to the defence of specific regions
and set the readiness targets for them. Germany committed to station a brigade of about 4,800
soldiers in Lithuania by 2027.</p>
<h3>The gaps</h3>
<p>Air defence remains the weakest element of the eastern flank. The allies estimate that they
hold less than five percent of the ground-based air defence needed to protect the region against
a large attack. Ammunition stocks are also low, and several states have ordered new artillery
that will arrive only after 2026.</p>
<h3>The outlook</h3>
<p>The next summit, in Washington in July 2024, is expected to review how far the plans have
been resourced. Poland and the Baltic states will press for a higher spending target of 2.5
percent of GDP.</p>
</body></html>

""",
        (
            "Nato's Eastern Flank After the Vilnius Summit",
            ("John Smith", "Anna Nowak"),
            "2024-03-03",
        ),
    ),
    # Two pages in Polish, notes printed after the text in small type.
    "bulletin_pl": (
        """\
<html><head><meta charset="utf-8"><title>Biuletyn</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2cm;line-height:1.45}
.hd{font-family:"DejaVu Sans";font-size:10pt;font-weight:bold;border-bottom:2px solid #000}
h1{font-family:"DejaVu Sans";font-size:18pt}
.au{font-family:"DejaVu Sans";font-size:10pt}
h2{font-family:"DejaVu Sans";font-size:12pt}
.fn{font-size:8pt;margin-top:16pt}
</style></head><body>
<div class="hd">BIULETYN nr 7 (2345) | 9 stycznia 2025</div>
<h1>Terminal LNG w Gdańsku: szansa i ryzyko</h1>
<div class="au">Piotr Zieliński</div>
<h2>Dlaczego Polska buduje terminal LNG w Gdańsku?</h2><p>Pływający terminal FSRU w Zatoce
Gdańskiej ma od 2027 r. przyjmować 6,1 mld m³ gazu rocznie. Inwestycję prowadzi spółka
Gaz-System, a jej koszt szacuje się na około 3 mld zł.<sup>1</sup> Terminal ma zwiększyć
bezpieczeństwo dostaw po zakończeniu importu gazu z Rosji.</p>{filler}
<h2>Jakie są zagrożenia dla projektu?</h2><p>Największym ryzykiem pozostają opóźnienia w
budowie gazociągów przyłączeniowych na lądzie. Według spółki prace nad nimi potrwają co
najmniej trzy lata.<sup>2</sup> Krytycy wskazują też na niepewny popyt na gaz w przemyśle po
2030 r.</p>{filler}
<h2>Co dalej?</h2><p>Rząd zapowiada decyzję o drugiej jednostce FSRU do końca 2025 r. Decyzja
zależy od wyników aukcji przepustowości, którą Gaz-System przeprowadził jesienią 2024 r.</p>
{filler}<div class="fn"><p>1. Gaz-System, komunikat prasowy z 12 września 2023 r.</p><p>2.
Wywiad z prezesem spółki, „Rzeczpospolita”, 4 listopada 2024 r.</p></div></body></html>
""".replace("{filler}", "<p>" + _FILLER * 6 + "</p>"),
        ("Terminal LNG w Gdańsku: szansa i ryzyko", ("Piotr Zieliński",), "2025-01-09"),
    ),
    # Written before the reader saw it (2026-12-07), as are the three below: a press release
    # whose contact is no author.
    "press": (
        """\
<html><head><meta charset="utf-8"><title>Press release</title><style>
body{font-family:"DejaVu Sans";font-size:10.5pt;margin:2cm;line-height:1.4}
.pr{font-size:16pt;font-weight:bold;color:#900}
.imm{font-size:9pt;font-weight:bold}
.contact{font-size:9pt}
h1{font-size:15pt;font-weight:bold;margin-top:14pt}
</style></head><body>
<div class="pr">PRESS RELEASE</div>
<div class="imm">FOR IMMEDIATE RELEASE</div>
<div class="contact">Contact: Jane Doe, Press Office, +1 202 555 0147</div>
<h1>Ministry Announces New Embassy in Tallinn</h1>
<p><b>Warsaw, April 2, 2024</b> &mdash; The Ministry of Foreign Affairs announced today that a
new embassy building in Tallinn will open in September 2025. The building will house the
embassy, a consular section and a trade office, and it will employ about 40 staff.</p>
<p>The project costs 12 million euros and is financed from the ministry's investment budget for
2024 and 2025. Construction will be carried out by an Estonian firm selected in a public tender
in February.</p>
<p>The minister said the new building reflects the growing cooperation between the two countries
in defence and energy.</p>
<p>###</p>
</body></html>

""",
        ("Ministry Announces New Embassy in Tallinn", (), "2024-04-02"),
    ),
    # A transcript: speakers, no author.
    "transcript": (
        """\
<html><head><meta charset="utf-8"><title>Remarks</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2cm;line-height:1.45}
h1{font-family:"DejaVu Sans";font-size:17pt}
.when{font-family:"DejaVu Sans";font-size:10pt;color:#333}
</style></head><body>
<h1>Remarks by the Foreign Minister at the Warsaw Security Forum</h1>
<div class="when">October 1, 2024 &middot; Warsaw</div>
<p>MODERATOR: Minister, thank you for joining us. Let me start with defence budgets.</p>
<p>MINISTER: Thank you. Poland will spend 4.7 percent of its GDP on defence next year, more than
any other member of the alliance. Most of it goes to air defence and artillery, because those
are the capabilities that the war in Ukraine showed we lack.</p>
<p>MODERATOR: Is that sustainable?</p>
<p>MINISTER: It is, if our partners do their part. We have proposed a European defence fund of
100 billion euros, financed by joint borrowing, to buy air defence systems for the whole eastern
flank.</p>
<p>MODERATOR: Thank you, Minister.</p>
</body></html>

""",
        ("Remarks by the Foreign Minister at the Warsaw Security Forum", (), "2024-10-01"),
    ),
    # A full-page cover (it runs onto a second page); the authors named after a label on the
    # page after it.
    "arctic": (
        """\
<html><head><meta charset="utf-8"><title>Arctic</title><style>
body{font-family:"DejaVu Sans";font-size:10.5pt;margin:0;line-height:1.4}
.cover{height:26cm;background:#123;color:#fff;padding:2.5cm;page-break-after:always;box-sizing:border-box}
.kind{font-size:12pt;letter-spacing:3px}
.cover h1{font-size:34pt;margin-top:6cm}
.cover .sub{font-size:16pt}
.cover .when{font-size:12pt;margin-top:3cm}
.inner{padding:2cm}
h2{font-size:13pt}
</style></head><body>
<div class="cover"><div class="kind">REPORT</div><h1>The Arctic in Transition</h1>
<div class="sub">Security, climate and shipping after 2030</div><div class="when">December
2023</div></div>
<div class="inner">
<p><b>Authors:</b> Ingrid Solberg and Paul Fischer</p>
<h2>Executive summary</h2>
<p>Traffic on the Northern Sea Route grew from 41 transits in 2016 to 80 in 2023, as the summer
ice retreated and Russia built new icebreakers. Most of the cargo is liquefied natural gas and
crude oil from the Yamal and Gydan peninsulas, shipped to Asian buyers.</p>
<p>The Nordic states face a double task: to keep the Arctic a region of low tension while
preparing for a larger Russian military presence on the Kola Peninsula. Finland's and Sweden's
accession to NATO has made the alliance's northern flank continuous from Norway to the
Baltic.</p>
<h2>Recommendations</h2>
<p>The states should invest in satellite surveillance of the Arctic seas and in a shared fleet
of ice-capable patrol vessels. They should also keep the Arctic Council's scientific work going
without Russia where needed.</p>
</div></body></html>

""",
        ("The Arctic in Transition", ("Ingrid Solberg", "Paul Fischer"), "2023-12"),
    ),
    # A working paper: authors with raised affiliation numbers, "Anna Nowak¹, John Smith²".
    "wp": (
        """\
<html><head><meta charset="utf-8"><title>wp12</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2.2cm;line-height:1.4}
.series{font-family:"DejaVu Sans";font-size:9pt}
h1{font-size:18pt;text-align:center;margin-bottom:6pt}
.authors{text-align:center;font-size:11pt}
.aff{text-align:center;font-size:8.5pt;color:#333}
.abs{font-size:9.5pt;margin:14pt 1.2cm}
h2{font-size:12pt}
</style></head><body>
<div class="series">Working Paper No. 12/2024 &nbsp;&nbsp; 5 June 2024</div>
<h1>Sanctions and Trade Diversion in Central Asia</h1>
<div class="authors">Anna Nowak<sup>1</sup>, John Smith<sup>2</sup></div>
<div class="aff"><sup>1</sup> University of Warsaw &nbsp; <sup>2</sup> King's College
London</div>
<div class="abs"><b>Abstract.</b> We study how exports of dual-use goods from the European Union
to Central Asia changed after the sanctions on Russia of 2022.</div>
<h2>1 Introduction</h2>
<p>European exports of machinery and electronics to Kazakhstan and Kyrgyzstan rose sharply after
February 2022. Kyrgyzstan's imports of such goods from the EU grew by more than 300 percent in
2022, while its own use of them did not change.</p>
<h2>2 Data</h2>
<p>We use monthly customs data from Eurostat's Comext database for 2019 to 2023, at the level of
eight-digit product codes. We match them with the common high priority list of goods that the EU
and its partners published in 2023.</p>
<h2>3 Findings</h2>
<p>About a third of the increase in exports to Central Asia consists of goods on the high
priority list. The pattern points to re-export to Russia rather than to local demand.</p>
</body></html>

""",
        (
            "Sanctions and Trade Diversion in Central Asia",
            ("Anna Nowak", "John Smith"),
            "2024-06-05",
        ),
    ),
    # Written before the reader saw it (2026-12-07): a magazine layout, its first paragraph
    # opening with a drop cap, a pull quote, a table, a byline in small capitals, a soft hyphen.
    "magazine": (
        """\
<html><head><meta charset="utf-8"><title>Magazine</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:1.8cm;line-height:1.4}
.rubric{font-family:"DejaVu Sans";font-size:9pt;font-variant:small-caps;letter-spacing:1px}
h1{font-family:"DejaVu Sans";font-size:23pt;margin:6pt 0}
.standfirst{font-family:"DejaVu Sans";font-size:12pt;color:#333;margin-bottom:8pt}
.by{font-family:"DejaVu Sans";font-size:9.5pt;font-variant:small-caps}
.cols{column-count:2;column-gap:0.8cm;text-align:justify}
p.first::first-letter{float:left;font-size:38pt;line-height:0.9;padding-right:3pt;font-weight:bold}
.pull{font-family:"DejaVu Sans";font-size:14pt;font-style:italic;border-top:2px solid
#000;border-bottom:2px solid #000;margin:8pt 0;padding:4pt 0}
table{border-collapse:collapse;font-family:"DejaVu Sans";font-size:8.5pt;margin:8pt 0}
td,th{border:1px solid #999;padding:2pt 4pt}
</style></head><body>
<div class="rubric">Analysis &middot; Energy</div>
<h1>The Price of Independence</h1>
<div class="standfirst">How Lithuania paid for leaving Russian gas, and what it bought</div>
<div class="by">By Rasa Petrauskienė &middot; 21 May 2024</div>
<div class="cols">
<p class="first">Lithuania stopped importing Russian gas in April 2022, the first European
country to do so. The decision rested on the floating terminal in Klaipėda, which the government
had leased from the Norwegian company Hoegh in 2014 and bought out in 2024 for about 153 million
dollars.</p>
<p>The terminal, named Independence, can regasify up to 3.75 billion cubic metres a year, more
than twice the country's own consumption. The surplus is sent by pipeline to Latvia, Estonia
and, since 2022, to Poland through the new interconnector.</p>
<div class="pull">&ldquo;The terminal paid for itself in the first winter without Russian
gas.&rdquo;</div>
<p>Independence came at a price. Between 2015 and 2021 Lithuanian consumers paid a security
supplement on their gas bills that added up to roughly 400 million euros. Households also paid
more than their neighbours for gas in most years before 2022, because the terminal's fees were
spread over a small market.</p>
<table><tr><th>Year</th><th>Imports through Klaipėda
(bcm)</th></tr><tr><td>2021</td><td>2.1</td></tr><tr><td>2022</td><td>3.4</td></tr><tr><td>2023</td><td>3.7</td></tr></table>
<p>The government argues that the terminal paid for itself in the winter of 2022, when it kept
the price of gas in the region below the levels seen in Germany. Critics answer that the
interconnec&shy;tor with Poland, completed in May 2022, would have offered a cheaper route to
the same security.</p>
</div></body></html>

""",
        ("The Price of Independence", ("Rasa Petrauskienė",), "2024-05-21"),
    ),
    # Written before the reader saw it (2026-12-07), as are the two below: an EU non-paper,
    # its reference number and place and date on one line, a numbered list, no author.
    "nonpaper": (
        """\
<html><head><meta charset="utf-8"><title>Non-paper</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2.2cm;line-height:1.45}
.top{display:flex;justify-content:space-between;font-size:9.5pt}
h1{font-size:15pt;text-align:center;margin:24pt 0 14pt 0;font-weight:bold}
ol li{margin-bottom:6pt}
</style></head><body>
<div class="top"><span>Ref. ARES(2025)881234</span><span>Brussels, 12 February 2025</span></div>
<h1>Non-paper on the Protection of Critical Undersea Infrastructure</h1>
<p>The signatories of this non-paper call for a common European approach to the protection of
undersea cables and pipelines. Recent incidents in the Baltic Sea have shown that damage to a
single cable can disrupt the data and energy supply of several member states.</p>
<ol>
<li>The Commission should set up a register of all undersea infrastructure of European interest
by the end of 2025, shared with the member states concerned.</li>
<li>The member states should agree on minimum stocks of spare cable and on access to repair
vessels, so that repairs can start within 72 hours of an incident.</li>
<li>The European Maritime Safety Agency should monitor ships that turn off their automatic
identification systems near critical infrastructure.</li>
</ol>
<p>The signatories invite the Commission to present a proposal before the summer of 2025.</p>
</body></html>

""",
        ("Non-paper on the Protection of Critical Undersea Infrastructure", (), "2025-02-12"),
    ),
    # A byline with a raised asterisk and the date after a bar; the asterisk's note below.
    "star": (
        """\
<html><head><meta charset="utf-8"><title>star</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2cm;line-height:1.45}
h1{font-family:"DejaVu Sans";font-size:20pt}
.by{font-family:"DejaVu Sans";font-size:10.5pt}
.fn{font-size:8pt;border-top:1px solid #999;margin-top:30pt;padding-top:4pt}
</style></head><body>
<h1>Moldova's Energy Lifeline</h1>
<div class="by">Ion Rusu<sup>*</sup> &nbsp; | &nbsp; 27 January 2025</div>
<p>On 1 January 2025 Russian gas stopped flowing to Transnistria, the breakaway region of
Moldova, after Ukraine ended the transit agreement with Gazprom. The power plant in Cuciurgan,
which had supplied most of Moldova's electricity, switched from gas to coal and cut its
output.</p>
<p>Moldova now imports up to 90 percent of its electricity from Romania through two high-voltage
lines. The European Union granted 250 million euros in January 2025 to help the country pay for
the imports and to finance a new line to Romania.</p>
<div class="fn"><sup>*</sup> Ion Rusu is an energy analyst at the Institute for Strategic
Initiatives in Chișinău.</div>
</body></html>

""",
        ("Moldova's Energy Lifeline", ("Ion Rusu",), "2025-01-27"),
    ),
    # Two pages whose authors are named only at the end, under "About the authors".
    "bio": (
        """\
<html><head><meta charset="utf-8"><title>bio brief</title><style>
body{font-family:"DejaVu Sans";font-size:10.5pt;margin:2cm;line-height:1.45}
.kind{font-size:10pt;font-weight:bold;color:#070}
h1{font-size:21pt}
.date{font-size:10pt}
h2{font-size:12pt}
.about{font-size:9pt;border-top:1px solid #999;margin-top:18pt}
</style></head><body>
<div class="kind">ENERGY BRIEF No. 14</div>
<h1>Storing Power in the Baltic States</h1>
<div class="date">8 October 2024</div>
<h2>Why storage?</h2>
<p>After synchronisation with the continental grid, the Baltic states must keep reserves that
can answer a sudden loss of supply within seconds. Estonia, Latvia and Lithuania have therefore
ordered battery systems with a combined capacity of about 600 megawatts, most of them due in
2025.</p>
{filler}
<h2>What does it cost?</h2>
<p>The batteries cost about 300 million euros, of which the European Union's Recovery and
Resilience Facility pays roughly half. Operators expect to recover the rest from the balancing
market within ten years.</p>
{filler}
<div class="about"><b>About the authors</b><p>Laura Ozola is a senior analyst in the Energy
Programme of the Centre. Mikk Tamm is a research fellow at the University of Tartu.</p></div>
</body></html>
""".replace("{filler}", _GRID * 5),
        ("Storing Power in the Baltic States", ("Laura Ozola", "Mikk Tamm"), "2024-10-08"),
    ),
    # Written before the reader saw it (2026-12-07), as is the one below: slides printed in
    # landscape, "Presentation by ..." under the title.
    "slides": (
        """\
<html><head><meta charset="utf-8"><title>deck</title><style>
@page{size:A4 landscape;margin:1cm}
body{font-family:"DejaVu Sans";margin:0}
.slide{height:17.5cm;page-break-after:always;padding:1.2cm;box-sizing:border-box}
.slide h1{font-size:34pt;margin-top:3cm}
.slide h2{font-size:24pt;border-bottom:3px solid #048}
.slide li{font-size:17pt;margin:8pt 0}
.who{font-size:16pt}
</style></head><body>
<div class="slide"><h1>Black Sea Security in 2025</h1><div class="who">Presentation by Olena
Kovalenko</div><div class="who">Kyiv, 18 February 2025</div></div>
<div class="slide"><h2>Shipping</h2><ul><li>Ukraine's ports handled 96 million tonnes of cargo
in 2024.</li><li>Grain made up more than half of all exports by sea.</li><li>Insurance premiums
fell by about half after the Russian fleet withdrew east.</li></ul></div>
<div class="slide"><h2>Risks</h2><ul><li>Drifting mines remain the main danger to
ships.</li><li>Strikes on port infrastructure continue, mainly on Odesa and
Izmail.</li><li>Turkey keeps the straits closed to warships under the Montreux
Convention.</li></ul></div>
</body></html>

""",
        ("Black Sea Security in 2025", ("Olena Kovalenko",), "2025-02-18"),
    ),
    # A conference report whose author is its "Rapporteur:".
    "event": (
        """\
<html><head><meta charset="utf-8"><title>event</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2cm;line-height:1.45}
.type{font-family:"DejaVu
Sans";font-size:10pt;font-weight:bold;text-transform:uppercase;color:#a40}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:6pt 0}
.meta{font-family:"DejaVu Sans";font-size:10pt}
</style></head><body>
<div class="type">Conference report</div>
<h1>Rebuilding Ukraine's Energy System</h1>
<div class="meta">Warsaw, 14 March 2024</div>
<div class="meta">Rapporteur: Jan Kowalski</div>
<p>The conference brought together about 120 officials, investors and experts to discuss how to
restore Ukraine's power supply after two winters of Russian strikes. Speakers estimated that
Ukraine had lost about half of its generating capacity since 2022.</p>
<p>Participants agreed that decentralised generation is the fastest way to restore supply. Small
gas turbines and solar plants with batteries are harder to destroy than large power stations,
and they can be installed within months.</p>
<p>Several speakers called for a guarantee fund to cover war risks for private investors,
modelled on the one the Multilateral Investment Guarantee Agency set up in 2023.</p>
</body></html>

""",
        ("Rebuilding Ukraine's Energy System", ("Jan Kowalski",), "2024-03-14"),
    ),
    # Written before the reader saw them (2026-12-07), as are the three below: "AUTHOR" and
    # "PUBLISHED" in a right column read after the text, whose "December 2023" dates an event.
    "rightcol": (
        """\
<html><head><meta charset="utf-8"><title>rc</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.4}
h1{font-size:22pt;margin-bottom:16pt}
.wrap{display:flex;gap:1cm}
.main{flex:3}
.side{flex:1;font-size:8.5pt;border-left:2px solid #c00;padding-left:8pt}
.side h4{font-size:8.5pt;letter-spacing:1px;margin:0 0 4pt 0}
</style></head><body>
<h1>Finland's New Border Fence</h1>
<div class="wrap"><div class="main">
<p>Finland began building a fence along its 1,340-kilometre border with Russia in 2023, after
Russia let hundreds of migrants without visas reach the Finnish border crossings. The first 200
kilometres, covering the busiest sections in the south-east, are due to be finished in 2026 at a
cost of about 380 million euros.</p>
<p>The fence is 4.5 metres high and topped with barbed wire, and it carries cameras, lights and
sensors that alert the border guard. Finland closed all its land crossings with Russia in
December 2023 and extended the closure several times in 2024.</p>
</div><div class="side"><h4>AUTHOR</h4><p>Katarzyna Wójcik<br>Senior Analyst, Nordic
Programme</p><h4>PUBLISHED</h4><p>5 December 2024</p></div></div>
</body></html>

""",
        ("Finland's New Border Fence", ("Katarzyna Wójcik",), "2024-12-05"),
    ),
    # Two authors, one a line, each with an affiliation after a comma.
    "affil": (
        """\
<html><head><meta charset="utf-8"><title>affil</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2cm;line-height:1.45}
.series{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold}
h1{font-family:"DejaVu Sans";font-size:20pt}
.auth{font-family:"DejaVu Sans";font-size:9.5pt}
</style></head><body>
<div class="series">ANALYSIS No. 5 | November 2024</div>
<h1>Estonia's Defence Industry Takes Off</h1>
<div class="auth">Tomas Jermalavičius, International Centre for Defence and Security<br>Kalev
Stoicescu, International Centre for Defence and Security</div>
<p>Estonia's defence industry doubled its turnover between 2021 and 2023, to about 400 million
euros, as orders from Ukraine and the allies rose. Most of the firms are small: the 150 members
of the national defence industry association employ about 3,000 people.</p>
<p>The government plans a defence industrial park near Ämari, where producers of explosives and
ammunition can build plants away from towns. The first plant is expected to start production in
2026.</p>
</body></html>

""",
        (
            "Estonia's Defence Industry Takes Off",
            ("Tomas Jermalavičius", "Kalev Stoicescu"),
            "2024-11",
        ),
    ),
    # A title on a coloured banner, "by Nora Berg, 2 July 2024" in the body's size.
    "banner": (
        """\
<html><head><meta charset="utf-8"><title>banner</title><style>
body{font-family:"DejaVu Sans";font-size:10.5pt;margin:1.6cm;line-height:1.4}
.banner{background:#1a3a5a;color:#fff;padding:14pt}
.banner .s{font-size:9pt}
.banner h1{font-size:21pt;margin:4pt 0}
.by{font-size:10pt;margin:8pt 0}
</style></head><body>
<div class="banner"><div class="s">Commentary 31/2024</div><h1>Latvia Reintroduces
Conscription</h1></div>
<div class="by">by Nora Berg, 2 July 2024</div>
<p>Latvia brought back compulsory military service in July 2023, fifteen years after it had
abolished it. In the first year about 250 conscripts joined, most of them volunteers; the
government plans to raise the annual intake to 4,000 by 2028.</p>
<p>Service lasts eleven months. Men aged 18 to 27 can be called up, and women can volunteer.</p>
</body></html>

""",
        ("Latvia Reintroduces Conscription", ("Nora Berg",), "2024-07-02"),
    ),
    # A Polish title on two lines, "Autor: dr hab. Jan Nowak", "Warszawa, 5 grudnia 2024 r.".
    "komentarz2": (
        """\
<html><head><meta charset="utf-8"><title>k2</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2cm;line-height:1.45}
.top{font-family:"DejaVu Sans";font-size:9pt}
h1{font-family:"DejaVu Sans";font-size:19pt}
.aut{font-family:"DejaVu Sans";font-size:10pt}
</style></head><body>
<div class="top">Warszawa, 5 grudnia 2024 r.</div>
<h1>Czy Polsce potrzebna jest elektrownia jądrowa na Pomorzu?</h1>
<div class="aut">Autor: dr hab. Jan Nowak</div>
<p>Pierwsza polska elektrownia jądrowa ma powstać w gminie Choczewo na Pomorzu. Jej trzy
reaktory AP1000 o łącznej mocy około 3,75 GW mają zostać uruchomione w latach 2036–2040.</p>
<p>Koszt inwestycji szacuje się na około 192 mld zł. Rząd zapowiedział dokapitalizowanie spółki
Polskie Elektrownie Jądrowe kwotą 60 mld zł do 2031 r.</p>
</body></html>

""",
        ("Czy Polsce potrzebna jest elektrownia jądrowa na Pomorzu?", ("Jan Nowak",), "2024-12-05"),
    ),
    # Written after every fix above, before the reader saw it (2026-12-07), as are the two
    # below: "Anna Kowalska | Senior Fellow" and "Published 12.06.2024" over the text.
    "pipe": (
        """\
<html><head><meta charset="utf-8"><title>pipe</title><style>
body{font-family:"DejaVu Sans";font-size:10.5pt;margin:2cm;line-height:1.4}
.k{font-size:9pt;font-weight:bold;color:#036}
h1{font-size:22pt}
.a{font-size:10pt}
</style></head><body>
<div class="k">POLICY BRIEF</div>
<h1>Poland's Eastern Shield: What It Will Cost</h1>
<div class="a">Anna Kowalska | Senior Fellow</div>
<div class="a">Published 12.06.2024</div>
<p>The East Shield programme, announced in May 2024, will fortify about 700 kilometres of
Poland's border with Belarus and Russia's Kaliningrad region. The government estimates its cost
at 10 billion zlotys until 2028, and it hopes that the European Union will pay part of it.</p>
<p>The programme combines anti-tank barriers, ditches and bunkers with a network of sensors and
drones. Work began in November 2024 near the village of Dąbrówka.</p>
</body></html>

""",
        ("Poland's Eastern Shield: What It Will Cost", ("Anna Kowalska",), "2024-06-12"),
    ),
    # A title page: series, title, "Edited by" two names, "Riga, March 2025"; text on page 2.
    "edited": (
        """\
<html><head><meta charset="utf-8"><title>op</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:0}
.tp{height:24.5cm;padding:3cm
2.5cm;box-sizing:border-box;page-break-after:always;text-align:center}
.tp .s{font-family:"DejaVu Sans";font-size:11pt}
.tp h1{font-family:"DejaVu Sans";font-size:28pt;margin-top:4cm}
.tp .e{font-size:13pt;margin-top:2cm}
.tp .d{font-size:11pt;margin-top:5cm}
.in{padding:2.5cm}
</style></head><body>
<div class="tp"><div class="s">Occasional Paper 9</div><h1>Water and Security in Central
Asia</h1><div class="e">Edited by Jonas Petersen and Ieva Kalniņa</div><div class="d">Riga,
March 2025</div></div>
<div class="in">
<p>The Amu Darya and the Syr Darya supply most of the water used in Central Asia, and both are
shared by several states. Afghanistan's Qosh Tepa canal, under construction since 2022, could
divert up to a fifth of the Amu Darya's flow when it is finished.</p>
<p>Uzbekistan and Turkmenistan, which depend on the river for irrigated cotton and wheat, have
asked for talks on the canal, but no agreement has been reached.</p>
</div></body></html>

""",
        ("Water and Security in Central Asia", ("Jonas Petersen", "Ieva Kalniņa"), "2025-03"),
    ),
    # A Polish bulletin: "BIULETYN Nr 12 (2345) | 20 lutego 2025", "Autorzy:" two names.
    "biuletyn2": (
        """\
<html><head><meta charset="utf-8"><title>b2</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2cm;line-height:1.45}
.h{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold}
h1{font-family:"DejaVu Sans";font-size:18pt}
.a{font-family:"DejaVu Sans";font-size:10pt}
</style></head><body>
<div class="h">BIULETYN Nr 12 (2345) | 20 lutego 2025</div>
<h1>Rumunia wzmacnia obronę wybrzeża Morza Czarnego</h1>
<div class="a">Autorzy: Anna Kowalska, Piotr Nowak</div>
<p>Rumunia zamówiła w 2024 r. baterie przeciwokrętowe Naval Strike Missile o wartości około 200
mln dolarów. Mają one chronić port w Konstancy, przez który przechodzi duża część ukraińskiego
eksportu zboża.</p>
<p>Rząd planuje też zwiększenie wydatków na obronność do 2,5 proc. PKB w 2025 r.</p>
</body></html>

""",
        (
            "Rumunia wzmacnia obronę wybrzeża Morza Czarnego",
            ("Anna Kowalska", "Piotr Nowak"),
            "2025-02-20",
        ),
    ),
    # Written before the reader saw it (2026-12-07): its date only in a fixed footer, "©
    # Eastern Studies Institute, March 2025", the text dating an election "26 October 2024".
    "footer_date": (
        """\
<html><head><meta charset="utf-8"><title>fd</title><style>
@page{margin:2cm 2cm 2.5cm 2cm}
body{font-family:"DejaVu Serif";font-size:11pt;line-height:1.45}
h1{font-family:"DejaVu Sans";font-size:20pt}
.b{font-family:"DejaVu Sans";font-size:10pt}
.foot{position:fixed;bottom:0;left:0;font-size:8pt;font-family:"DejaVu Sans"}
</style></head><body>
<h1>Georgia after the Election</h1>
<div class="b">Written by Nino Beridze</div>
<p>The parliamentary election of 26 October 2024 returned the ruling Georgian Dream party with
about 54 percent of the vote, according to the central election commission. The opposition
refused to take up its seats, alleging fraud, and protests continued in Tbilisi for weeks.</p>
<p>In November 2024 the government suspended talks on joining the European Union until 2028,
which brought tens of thousands of people to the streets.</p>
<div class="foot">© Eastern Studies Institute, March 2025</div>
</body></html>

""",
        ("Georgia after the Election", ("Nino Beridze",), "2025-03"),
    ),
    # The last held-out set, run once on the final code (2026-12-07), as are the two below: a
    # letter-spaced logo over "Policy Memo No. 88 · 14 January 2025".
    "think": (
        """\
<html><head><meta charset="utf-8"><title>Think</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.7cm;line-height:1.4}
.logo{font-size:14pt;font-weight:bold;letter-spacing:4px}
.meta{font-size:8.5pt;color:#555;margin-top:10pt}
h1{font-size:24pt;margin:8pt 0 2pt 0}
h2{font-size:11pt;margin:12pt 0 2pt 0}
.au{font-size:9.5pt;font-style:italic}
</style></head><body>
<div class="logo">BALTIC FORUM</div>
<div class="meta">Policy Memo No. 88 · 14 January 2025</div>
<h1>Kaliningrad and the Suwałki Gap</h1>
<div class="au">Marta Zielińska and Jonas Berg</div>
<h2>Key points</h2>
<p>The Suwałki Gap, a 65-kilometre stretch of the Polish-Lithuanian border, is the only land
link between the Baltic states and the rest of NATO. Russia keeps about 18,000 troops in the
Kaliningrad region, less than before 2022 because units were sent to Ukraine.</p>
<h2>Recommendations</h2>
<p>The allies should pre-position equipment for a division in north-eastern Poland and hold an
annual exercise in the gap. Lithuania and Poland should also build a second rail line across the
border to speed up reinforcement.</p>
</body></html>

""",
        ("Kaliningrad and the Suwałki Gap", ("Marta Zielińska", "Jonas Berg"), "2025-01-14"),
    ),
    # "Author: Olena Shevchenko, Kyiv School of Economics · 3 February 2025".
    "ukr": (
        """\
<html><head><meta charset="utf-8"><title>u</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2.3cm;line-height:1.5}
.top{font-family:"DejaVu
Sans";font-size:8pt;text-transform:uppercase;letter-spacing:2px;color:#777}
h1{font-family:"DejaVu Sans";font-size:19pt;font-weight:normal}
.by{font-family:"DejaVu Sans";font-size:9pt}
</style></head><body>
<div class="top">Commentary · Eastern Europe</div>
<h1>Ukraine's Gas Storage After the Transit Deal</h1>
<div class="by">Author: Olena Shevchenko, Kyiv School of Economics · 3 February 2025</div>
<p>Ukraine holds the largest underground gas storage capacity in Europe, about 31 billion cubic
metres, most of it in the west of the country. After the transit agreement with Gazprom expired
on 1 January 2025, European traders began to use the storage sites for their own reserves.</p>
<p>Traders who store gas in Ukraine pay no customs duties if the gas leaves the country within
three years. In 2024 foreign companies stored about 2.5 billion cubic metres there.</p>
</body></html>

""",
        ("Ukraine's Gas Storage After the Transit Deal", ("Olena Shevchenko",), "2025-02-03"),
    ),
    # A title of 20 words on three lines.
    "long_title": (
        """\
<html><head><meta charset="utf-8"><title>lt</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
h1{font-family:"DejaVu Sans";font-size:17pt;line-height:1.2}
.a{font-family:"DejaVu Sans";font-size:10pt;font-weight:bold}
.d{font-family:"DejaVu Sans";font-size:9pt}
</style></head><body>
<h1>The European Union's Eastern Partnership at Fifteen: Lessons from Georgia, Moldova and
Ukraine for the Next Enlargement</h1>
<div class="a">Katarzyna Lis</div>
<div class="d">September 2024</div>
<p>The Eastern Partnership was launched in Prague in May 2009 with six countries: Armenia,
Azerbaijan, Belarus, Georgia, Moldova and Ukraine. Fifteen years later, three of them are
candidates for membership of the European Union and one, Belarus, suspended its participation in
2021.</p>
<p>The candidates' progress depends above all on the rule of law. The Commission's 2023 reports
found that Moldova and Ukraine had met most of the conditions set in 2022, while Georgia had met
three of twelve.</p>
</body></html>

""",
        (
            "The European Union's Eastern Partnership at Fifteen: Lessons from Georgia, Moldova "
            "and Ukraine for the Next Enlargement",
            ("Katarzyna Lis",),
            "2024-09",
        ),
    ),
    "finland": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Serif";font-size:10pt;margin:1.5cm;line-height:1.45}
.top{border-bottom:2px solid #036;padding-bottom:6pt;
font-family:"DejaVu Sans";font-size:9pt;color:#036}
.wrap{display:flex;gap:18pt;margin-top:14pt}
.main{flex:3}
.side{flex:1;background:#eef2f7;padding:8pt;font-family:"DejaVu Sans";font-size:8pt}
h1{font-size:21pt;margin:0 0 10pt 0;font-family:"DejaVu Sans"}
.side b{display:block;font-size:9pt;margin-top:6pt}
h3{font-size:11pt;margin:10pt 0 2pt 0;font-family:"DejaVu Sans"}
</style></head><body>
<div class="top">NORTHERN SECURITY INSTITUTE &nbsp;&nbsp; ANALYSIS &nbsp;&nbsp; 22 April 2025</div>
<div class="wrap"><div class="main">
<h1>Finland's Border Fence One Year On</h1>
<p>Finland closed its last crossing points on the Russian border in December 2023, after about
1,300 asylum seekers without visas arrived in a few weeks. The government called the arrivals a
hybrid operation organised by Russian border guards.</p>
<h3>What has been built?</h3>
<p>By the end of 2024 the Finnish Border Guard had finished 35 kilometres of fence in South
Karelia. The full plan covers about 200 kilometres of the 1,340-kilometre border and should be
finished in 2026 at a cost of some 380 million euros.</p>
<h3>What next?</h3>
<p>The fence covers the stretches near roads and towns; the rest of the border runs through
forest and marsh watched by cameras and patrols. The crossings will stay closed until the
government judges the risk has passed.</p>
</div><div class="side">
<b>Authors</b>
Mikko Laine<br>Senior Research Fellow
<br><br>Sofia Lindqvist<br>Research Fellow
<b>Key figures</b>
1,340 km border<br>35 km of fence built
</div></div>
</body></html>

""",
        (
            "Finland's Border Fence One Year On",
            ("Mikko Laine", "Sofia Lindqvist"),
            "2025-04-22",
        ),
    ),
    "moldova": (
        """\
<html><head><meta charset="utf-8"><title>brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.4}
.band{background:#222;color:white;padding:6pt;font-size:9pt}
h1{font-size:22pt;margin:16pt 0 6pt 0}
.by{font-size:9pt;font-variant:small-caps;letter-spacing:1px;color:#444}
h2{font-size:11pt;margin:12pt 0 2pt 0}
</style></head><body>
<div class="band">POLICY BRIEF &nbsp;|&nbsp; No. 12 &nbsp;|&nbsp; 4 March 2025</div>
<h1>Moldova's Energy After Transnistria's Gas Cut</h1>
<div class="by">By Ana Rusu and Tomasz Wiśniewski</div>
<h2>The cut</h2>
<p>Gazprom stopped gas deliveries to Transnistria on 1 January 2025, when the transit contract
through Ukraine ran out. The power plant at Cuciurgan, which had supplied about 80 percent of
right-bank Moldova's electricity, switched to coal.</p>
<h2>The response</h2>
<p>Moldova bought electricity from Romania at higher prices and cut street lighting in Chișinău.
The European Union offered 250 million euros to help the country through the winter and to
connect it further to the Romanian grid.</p>
</body></html>

""",
        (
            "Moldova's Energy After Transnistria's Gas Cut",
            ("Ana Rusu", "Tomasz Wiśniewski"),
            "2025-03-04",
        ),
    ),
    "estonia_bio": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.k{font-family:"DejaVu Sans";font-size:9pt;color:#a00;font-weight:bold}
h1{font-size:20pt;margin:6pt 0 4pt 0}
.d{font-size:9pt;color:#666;margin-bottom:14pt}
.about{border-top:1px solid #999;margin-top:24pt;padding-top:6pt;font-size:8.5pt;font-style:italic}
</style></head><body>
<div class="k">COMMENTARY</div>
<h1>Why Estonia Is Moving Its Oil Shale Plants to Gas</h1>
<div class="d">9 October 2024</div>
<p>Estonia produced about 40 percent of its electricity from oil shale in 2023, down from over
90 percent a decade earlier. The carbon price in the EU trading system, above 80 euros a tonne
for most of 2023, made most shale units more expensive to run than imports.</p>
<p>The state company Eesti Energia plans to convert two units at Auvere to burn gas and biomass
by 2030. Ending oil shale power generation is planned for 2035, although the government keeps
the shale oil industry, which sells fuel abroad.</p>
<p>The change matters for Narva, where about 5,000 people work in the shale industry. The Just
Transition Fund has set aside 340 million euros for the region.</p>
<div class="about">Kadri Tamm is a research fellow in the energy programme of the Tallinn Policy
Centre.</div>
</body></html>

""",
        (
            "Why Estonia Is Moving Its Oil Shale Plants to Gas",
            ("Kadri Tamm",),
            "2024-10-09",
        ),
    ),
    "czech": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Komentarz</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.s{font-size:9pt;color:#06c;font-weight:bold}
h1{font-size:20pt;margin:8pt 0 4pt 0}
.a{font-size:9.5pt;margin-bottom:12pt}
</style></head><body>
<div class="s">KOMENTARZ NR 7/2025</div>
<h1>Czechy wobec wojny w Ukrainie</h1>
<div class="a">Autorzy: Jan Dvořák, Ewa Mazur<br>Warszawa, 15 stycznia 2025 r.</div>
<p>Czechy przekazały Ukrainie ponad 1,5 mln sztuk amunicji artyleryjskiej w 2024 r. w ramach
inicjatywy, którą rząd w Pradze ogłosił w lutym tego roku. Środki na zakupy pochodziły od
kilkunastu państw, m.in. Danii, Kanady i Holandii.</p>
<p>Poparcie dla pomocy Ukrainie spadło jednak w czeskim społeczeństwie. W badaniu z listopada
2024 r. za dalszą pomocą wojskową opowiedziało się 48 proc. badanych.</p>
<p>Wybory parlamentarne jesienią 2025 r. mogą zmienić politykę Pragi, jeśli wygra je ruch ANO,
który zapowiada zakończenie inicjatywy amunicyjnej.</p>
</body></html>

""",
        (
            "Czechy wobec wojny w Ukrainie",
            ("Jan Dvořák", "Ewa Mazur"),
            "2025-01-15",
        ),
    ),
    "drones_footer": (
        """\
<html><head><meta charset="utf-8"><title>Issue Brief</title><style>
@page{margin:1.5cm}
body{font-family:"DejaVu Sans";font-size:10pt;line-height:1.4}
.h{font-size:9pt;color:#555}
h1{font-size:23pt;margin:10pt 0 12pt 0;color:#135}
.foot{position:fixed;bottom:0;font-size:7.5pt;color:#555;border-top:1px solid
#ccc;padding-top:3pt;width:100%}
</style></head><body>
<div class="h">ISSUE BRIEF · June 2025</div>
<h1>Drones on the Black Sea</h1>
<p>Ukraine's naval drones have struck at least 20 Russian warships since 2022, according to the
Ukrainian navy. The Sea Baby drone carries up to 850 kilograms of explosives and has a range of
about 1,000 kilometres.</p>
<p>The Russian Black Sea Fleet moved most of its ships from Sevastopol to Novorossiysk in 2023
and 2024. Grain exports from Odesa recovered to about 4 million tonnes a month by the end of
2024 through the corridor along the western coast.</p>
<p>Other navies are now testing similar drones. The United States and Turkey each ran trials
with uncrewed surface vessels in 2024.</p>
<div class="foot">Author: Daniel Reyes, Visiting Fellow, Maritime Security Program. The views
expressed are the author's own.</div>
</body></html>

""",
        (
            "Drones on the Black Sea",
            ("Daniel Reyes",),
            "2025-06",
        ),
    ),
    "brigade": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.row{display:flex;justify-content:space-between;font-size:9pt;color:#333;border-bottom:1px solid
#999;padding-bottom:4pt}
h1{font-size:22pt;margin:16pt 0 12pt 0}
</style></head><body>
<div class="row"><span>Hannah Becker &amp; Lukas Vogel</span><span>Berlin, 3 November
2024</span></div>
<h1>Germany's Brigade in Lithuania</h1>
<p>Germany set up the 45th Armoured Brigade in Lithuania in April 2025, the first German brigade
stationed permanently abroad since the Second World War. It is to reach about 4,800 soldiers and
200 civilians by 2027.</p>
<p>Lithuania is building the barracks and training areas near Rūdninkai and Rukla at a cost of
about 1 billion euros. Germany pays for the equipment and the soldiers.</p>
<p>The brigade's main weapons are the Leopard 2A8 tank and the Puma infantry fighting vehicle,
most of which are still on order.</p>
</body></html>

""",
        (
            "Germany's Brigade in Lithuania",
            ("Hannah Becker", "Lukas Vogel"),
            "2024-11-03",
        ),
    ),
    "wind_table": (
        """\
<html><head><meta charset="utf-8"><title>Energy note</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:20pt;margin:0 0 10pt 0}
table{font-size:8.5pt;border-collapse:collapse;margin-bottom:14pt}
td{padding:2pt 10pt 2pt 0}
td.k{color:#777;text-transform:uppercase}
</style></head><body>
<h1>Poland's Offshore Wind Auction</h1>
<table><tr><td class="k">Author</td><td>Piotr Kaczmarek</td></tr>
<tr><td class="k">Date</td><td>12 May 2025</td></tr>
<tr><td class="k">Programme</td><td>Energy Transition</td></tr></table>
<p>Poland held its first auction for offshore wind contracts in December 2025, for up to 4
gigawatts of capacity in the Baltic Sea. The first phase, about 5.9 gigawatts, was awarded
without auctions in 2021.</p>
<p>The contracts guarantee a price for 25 years. The maximum price in the auction was set at 486
zloty per megawatt-hour, higher than in the earlier phase because of the rising costs of
turbines and financing.</p>
<p>The ports of Gdańsk and Świnoujście are being adapted to serve the farms, and a turbine tower
factory opened in Szczecin in 2024.</p>
</body></html>

""",
        (
            "Poland's Offshore Wind Auction",
            ("Piotr Kaczmarek",),
            "2025-05-12",
        ),
    ),
    "georgia_roles": (
        """\
<html><head><meta charset="utf-8"><title>Policy brief</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
.s{font-family:"DejaVu Sans";font-size:8.5pt;color:#555}
h1{font-family:"DejaVu Sans";font-size:21pt;margin:6pt 0}
.a{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:14pt}
</style></head><body>
<div class="s">Policy Brief · 18 March 2025</div>
<h1>Georgia After the 2024 Election</h1>
<div class="a">Elena Petrova, Senior Analyst, and Mark O'Neill, Research Assistant</div>
<p>Georgian Dream won 54 percent of the vote in the parliamentary election of 26 October 2024,
according to the official count. Observers from the OSCE reported pressure on voters and
breaches of ballot secrecy.</p>
<p>The government suspended talks on joining the European Union until 2028, which set off daily
protests in Tbilisi. The United States suspended its strategic partnership with Georgia in
November 2024.</p>
</body></html>

""",
        (
            "Georgia After the 2024 Election",
            ("Elena Petrova", "Mark O'Neill"),
            "2025-03-18",
        ),
    ),
    "svalbard": (
        """\
<html><head><meta charset="utf-8"><title>Arctic</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.45}
.t{font-size:8pt;letter-spacing:1px;color:#060}
h1{font-size:24pt;margin:4pt 0 6pt 0;font-weight:normal}
.by{font-size:10pt;font-weight:bold}
.dt{font-size:9pt;color:#666;margin-bottom:12pt}
</style></head><body>
<div class="t">ARCTIC SECURITY SERIES</div>
<h1>Svalbard and the Limits of Demilitarisation</h1>
<div class="by">By John P. Harrison</div>
<div class="dt">April 2, 2025</div>
<p>The Svalbard Treaty of 1920 gave Norway sovereignty over the archipelago but forbids naval
bases and fortifications there. Citizens of the 48 states party to the treaty have equal rights
to fish and mine.</p>
<p>Russia keeps a coal-mining settlement at Barentsburg with about 400 residents. Norway has
strengthened the powers of the governor of Svalbard and restricted land sales to foreigners
since 2023.</p>
</body></html>

""",
        (
            "Svalbard and the Limits of Demilitarisation",
            ("John P. Harrison",),
            "2025-04-02",
        ),
    ),
    "rumunia": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Analiza</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
.s{font-family:"DejaVu Sans";font-size:9pt;text-transform:uppercase;color:#800}
h1{font-family:"DejaVu Sans";font-size:19pt;margin:6pt 0}
.a{font-family:"DejaVu Sans";font-size:9pt;color:#333}
</style></head><body>
<div class="s">Analiza</div>
<h1>Rumunia i Mołdawia wobec wojny w Ukrainie</h1>
<div class="a">Autor: dr Agnieszka Wrona</div>
<div class="a">Warszawa, 3 marca 2025</div>
<p>Rumunia przyjęła od lutego 2022 r. ponad 5 mln obywateli Ukrainy przekraczających granicę, z
których około 180 tys. pozostało w kraju. Port w Konstancy stał się głównym szlakiem eksportu
ukraińskiego zboża.</p>
<p>Mołdawia uzyskała status kandydata do Unii Europejskiej w czerwcu 2022 r. razem z Ukrainą.
Rozmowy akcesyjne z oboma państwami rozpoczęły się w czerwcu 2024 r.</p>
</body></html>

""",
        (
            "Rumunia i Mołdawia wobec wojny w Ukrainie",
            ("Agnieszka Wrona",),
            "2025-03-03",
        ),
    ),
    "spain_caps": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.k{font-size:9pt;font-weight:bold;color:#c60}
h1{font-size:22pt;margin:6pt 0 8pt 0}
.n{font-size:8.5pt;letter-spacing:1px}
.d{font-size:8.5pt;color:#666;margin-bottom:12pt}
</style></head><body>
<div class="k">EXPERT COMMENTARY</div>
<h1>Spain's Place in NATO's Southern Flank</h1>
<div class="n">MARIA GONZÁLEZ | TOMÁŠ NOVÁK</div>
<div class="d">February 2025</div>
<p>Spain spent about 1.28 percent of its GDP on defence in 2024, the lowest share in NATO. The
government promised to reach 2 percent by 2029.</p>
<p>Spanish troops lead the NATO battlegroup in Slovakia and serve in Latvia, where Spain has
kept about 600 soldiers since 2017. The naval base at Rota hosts six American destroyers.</p>
</body></html>

""",
        (
            "Spain's Place in NATO's Southern Flank",
            ("Maria González", "Tomáš Novák"),
            "2025-02",
        ),
    ),
    "cables_cover": (
        """\
<html><head><meta charset="utf-8"><title>Report</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.cover{height:24cm;page-break-after:always;font-family:"DejaVu Sans"}
.cover .s{font-size:12pt;color:#046;margin-top:4cm}
.cover h1{font-size:30pt;margin:10pt 0}
.cover .d{font-size:12pt}
h2{font-family:"DejaVu Sans";font-size:12pt}
</style></head><body>
<div class="cover"><div class="s">POLICY REPORT</div><h1>Securing Europe's Undersea
Cables</h1><div class="d">June 2025</div></div>
<h2>About this report</h2>
<p>This report was written by Laura Berg and Nils Ahmed of the Maritime Programme. It draws on
interviews with cable operators and navies in six countries.</p>
<h2>Findings</h2>
<p>About 99 percent of intercontinental data traffic travels through undersea cables. Europe has
fewer than ten ships able to repair them, and a repair in the Baltic Sea takes two to six
weeks.</p>
<p>The European Commission proposed a cable security action plan in February 2025 with about 1
billion euros for repair ships and monitoring.</p>
</body></html>

""",
        (
            "Securing Europe's Undersea Cables",
            ("Laura Berg", "Nils Ahmed"),
            "2025-06",
        ),
    ),
    "latvia_twocol": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Serif";font-size:9.5pt;margin:1.6cm;line-height:1.4}
.k{font-family:"DejaVu Sans";font-size:8.5pt;color:#930}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:4pt 0 4pt 0}
.a{font-family:"DejaVu Sans";font-size:9pt;color:#333}
.d{font-family:"DejaVu Sans";font-size:8.5pt;color:#777;margin-bottom:10pt}
.cols{column-count:2;column-gap:20pt}
</style></head><body>
<div class="k">ANALYSIS</div>
<h1>Latvia's Russian-Language Schools Reform</h1>
<div class="a">Ieva Ozola, Riga Stradiņš University</div>
<div class="d">Published 7 October 2024</div>
<div class="cols">
<p>Latvia decided in 2022 that all schools will teach only in Latvian by September 2025. About
50,000 pupils attended schools teaching partly in Russian in the 2022/2023 school year.</p>
<p>The government has paid for language courses for about 2,000 teachers. Parents' groups took
the reform to the Constitutional Court, which upheld it in 2023.</p>
<p>Russia called the reform discrimination and used it in its messages to Russian speakers in
the Baltic states.</p>
</div>
</body></html>

""",
        (
            "Latvia's Russian-Language Schools Reform",
            ("Ieva Ozola",),
            "2024-10-07",
        ),
    ),
    "belarus_post": (
        """\
<html><head><meta charset="utf-8"><title>Memo</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.45}
.top{font-size:8.5pt;color:#555;border-bottom:1px solid #aaa}
h1{font-size:22pt;margin:14pt 0 6pt 0}
.au{text-align:right;font-size:9pt}
.au b{display:block}
</style></head><body>
<div class="top">EASTERN PROGRAMME MEMO &nbsp; | &nbsp; 27 January 2025</div>
<h1>Belarus After the 2025 Presidential Election</h1>
<div class="au"><b>Marek Nowicki</b>Head of the Eastern Programme</div>
<p>Alexander Lukashenko was declared the winner of the presidential election of 26 January 2025
with about 87 percent of the vote. No independent observers were allowed, and the main
opposition leaders are in prison or abroad.</p>
<p>Belarus still holds about 1,200 political prisoners according to the human rights centre
Viasna. Some 250 were pardoned in 2024.</p>
</body></html>

""",
        (
            "Belarus After the 2025 Presidential Election",
            ("Marek Nowicki",),
            "2025-01-27",
        ),
    ),
    "hungary_email": (
        """\
<html><head><meta charset="utf-8"><title>Paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2.2cm;line-height:1.5}
h1{font-size:19pt;text-align:center;margin:0 0 8pt 0}
.a{text-align:center;font-size:10pt}
.d{text-align:center;font-size:9pt;color:#555;margin-bottom:16pt}
h2{font-size:11pt}
</style></head><body>
<h1>Hungary's Vetoes in the EU Council, 2022–2024</h1>
<div class="a">Sarah Klein (s.klein@europa-institute.org)</div>
<div class="d">Working Paper No. 31 · November 2024</div>
<h2>1. Introduction</h2>
<p>Hungary blocked or delayed at least 14 decisions of the EU Council on Russia and Ukraine
between 2022 and 2024. In most cases it lifted its veto after changes to the text or after EU
funds were released.</p>
<p>In December 2023 the Commission released 10.2 billion euros of frozen cohesion funds to
Hungary, a day before the summit that opened accession talks with Ukraine.</p>
</body></html>

""",
        (
            "Hungary's Vetoes in the EU Council, 2022–2024",
            ("Sarah Klein",),
            "2024-11",
        ),
    ),
    "norway_authored": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.s{font-size:9pt;font-weight:bold;color:#064}
h1{font-size:21pt;margin:6pt 0}
.m{font-size:9pt;color:#333}
</style></head><body>
<div class="s">Security Brief 4/2025</div>
<h1>Norway's Gas and Europe's Supply</h1>
<div class="m">Authored by: Ingrid Haugen; Lars Eriksen</div>
<div class="m">Oslo, 20 February 2025</div>
<p>Norway supplied about 30 percent of the European Union's gas imports in 2024, more than any
other country. Its pipelines to Germany, Belgium, France and the United Kingdom carry about 120
billion cubic metres a year.</p>
<p>The Norwegian navy and NATO allies increased patrols around offshore platforms after the Nord
Stream explosions in September 2022.</p>
</body></html>

""",
        (
            "Norway's Gas and Europe's Supply",
            ("Ingrid Haugen", "Lars Eriksen"),
            "2025-02-20",
        ),
    ),
    "kaliningrad_signed": (
        """\
<html><head><meta charset="utf-8"><title>Newsletter</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.mast{font-family:"DejaVu Sans";font-size:16pt;font-weight:bold;border-bottom:3px double #000}
.iss{font-family:"DejaVu Sans";font-size:8.5pt;margin-bottom:12pt}
h1{font-size:18pt;margin:8pt 0}
.sig{font-style:italic;text-align:right}
</style></head><body>
<div class="mast">THE BALTIC LETTER</div>
<div class="iss">No. 22 · 5 May 2025</div>
<h1>Kaliningrad's Transit Through Lithuania</h1>
<p>Lithuania allows the transit of Russian goods by rail between mainland Russia and
Kaliningrad, under a 2002 arrangement with the European Union. Goods under EU sanctions have
been banned from the transit since July 2022.</p>
<p>About 1.2 million tonnes of goods crossed Lithuania to Kaliningrad by rail in 2024, far less
than before the war. Passenger trains run without stopping and their passengers need a transit
document.</p>
<p class="sig">— Tomas Jurkus</p>
</body></html>

""",
        (
            "Kaliningrad's Transit Through Lithuania",
            ("Tomas Jurkus",),
            "2025-05-05",
        ),
    ),
    "finlandia": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Biuletyn</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.b{font-size:10pt;font-weight:bold;color:#036}
h1{font-size:19pt;margin:6pt 0 4pt 0}
.a{font-size:9.5pt;font-style:italic;margin-bottom:12pt}
</style></head><body>
<div class="b">BIULETYN NR 41 (2318) · 10 kwietnia 2025</div>
<h1>Finlandia w NATO – dwa lata później</h1>
<div class="a">Katarzyna Nowak, Paweł Wiśniewski</div>
<p>Finlandia przystąpiła do NATO 4 kwietnia 2023 r. jako 31. państwo członkowskie. Jej armia
może po mobilizacji wystawić około 280 tys. żołnierzy.</p>
<p>W 2024 r. Finlandia przeznaczyła na obronność 2,4 proc. PKB. Kraj zdecydował o utworzeniu w
Laponii dowództwa sił lądowych NATO.</p>
</body></html>

""",
        (
            "Finlandia w NATO – dwa lata później",
            ("Katarzyna Nowak", "Paweł Wiśniewski"),
            "2025-04-10",
        ),
    ),
    "gotland_opinion": (
        """\
<html><head><meta charset="utf-8"><title>Opinion</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.k{font-family:"DejaVu Sans";font-size:9pt;color:#b00;text-transform:uppercase;letter-spacing:1px}
h1{font-size:23pt;margin:6pt 0}
.by{font-family:"DejaVu Sans";font-size:9.5pt;color:#333}
.photo{background:#ccc;height:4cm;margin:10pt 0 2pt 0}
.cap{font-family:"DejaVu Sans";font-size:7.5pt;color:#666;margin-bottom:10pt}
</style></head><body>
<div class="k">Opinion</div>
<h1>Why Sweden Should Keep Its Gotland Garrison Strong</h1>
<div class="by">Opinion by Erik Sandberg · 14 August 2024</div>
<div class="photo"></div>
<div class="cap">Photo: Reuters/Anna Smith</div>
<p>Sweden reopened a permanent garrison on Gotland in 2018, after 13 years without one. The
island lies about 300 kilometres from Kaliningrad and controls the sea routes to the Baltic
states.</p>
<p>The Gotland regiment has about 400 soldiers, with tanks and air defence. The government plans
to double it by 2030 as part of the increase in defence spending to 2.6 percent of GDP.</p>
</body></html>

""",
        (
            "Why Sweden Should Keep Its Gotland Garrison Strong",
            ("Erik Sandberg",),
            "2024-08-14",
        ),
    ),
    "straits_photo": (
        """\
<html><head><meta charset="utf-8"><title>Fact sheet</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:21pt;margin:0 0 4pt 0}
.d{font-size:9pt;color:#666}
.photo{background:#bbb;height:3.5cm;margin:10pt 0 2pt 0}
.cap{font-size:7.5pt;color:#666;margin-bottom:10pt}
</style></head><body>
<h1>The Danish Straits and the Shadow Fleet</h1>
<div class="d">Fact sheet, 2 December 2024</div>
<div class="photo"></div>
<div class="cap">Tanker Eventin near Rügen. Photo by Lars Holm</div>
<p>About 1,000 tankers of Russia's shadow fleet have carried oil through the Danish straits
since the G7 price cap took effect in December 2022. Many sail under flags of convenience and
with unclear insurance.</p>
<p>Denmark began checking the insurance papers of tankers anchored off Skagen in 2025. Mette
Frederiksen said the government wanted to stop ships that threaten the environment.</p>
</body></html>

""",
        (
            "The Danish Straits and the Shadow Fleet",
            (),
            "2024-12-02",
        ),
    ),
    "ammunition_lead": (
        """\
<html><head><meta charset="utf-8"><title>Report</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.s{font-size:9pt;color:#046}
h1{font-size:22pt;margin:6pt 0 8pt 0}
.m{font-size:9pt}
</style></head><body>
<div class="s">Research Report No. 9 · Date: 2025-03-31</div>
<h1>Ammunition Production in Europe</h1>
<div class="m">Lead author: Katrin Weber</div>
<div class="m">Contributing authors: Pierre Laurent, Marta Ruiz</div>
<p>European producers could make about 2 million artillery shells a year by the end of 2025, up
from about 300,000 in 2022, according to the European Commission. The Act in Support of
Ammunition Production set aside 500 million euros to expand factories.</p>
<p>Rheinmetall opened a new shell factory in Unterlüß in 2025 with a capacity of 350,000 shells
a year when fully running.</p>
</body></html>

""",
        (
            "Ammunition Production in Europe",
            ("Katrin Weber", "Pierre Laurent", "Marta Ruiz"),
            "2025-03-31",
        ),
    ),
    "prices_affil": (
        """\
<html><head><meta charset="utf-8"><title>Paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-size:19pt;margin:0 0 8pt 0}
.a{font-size:10pt}
.af{font-size:8pt;color:#444;margin-bottom:4pt}
.d{font-size:9pt;margin-bottom:14pt}
</style></head><body>
<h1>Electricity Prices in Central Europe After 2022</h1>
<div class="a">Tomasz Lewandowski<sup>1</sup>, Zuzana Horváthová<sup>2</sup></div>
<div class="af"><sup>1</sup> University of Warsaw &nbsp; <sup>2</sup> Comenius University
Bratislava</div>
<div class="d">Discussion Paper 2025/3 · January 2025</div>
<p>Wholesale electricity prices in Poland, Czechia, Slovakia and Hungary peaked in August 2022
at over 500 euros per megawatt-hour. By 2024 they had fallen to about 100 euros, still above the
level of 2020.</p>
<p>Poland froze household prices at 500 zloty per megawatt-hour for 2023 and 2024, at a cost to
the budget of about 30 billion zloty.</p>
</body></html>

""",
        (
            "Electricity Prices in Central Europe After 2022",
            ("Tomasz Lewandowski", "Zuzana Horváthová"),
            "2025-01",
        ),
    ),
    "litwa_autorka": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Komentarz</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.s{font-size:9pt;color:#600;font-weight:bold}
h1{font-size:20pt;margin:6pt 0}
.a{font-size:9pt}
</style></head><body>
<div class="s">KOMENTARZ IEŚ</div>
<h1>Litwa wobec Białorusi po wyborach</h1>
<div class="a">Autorka: dr hab. Joanna Kamińska</div>
<div class="a">12 czerwca 2025 r.</div>
<p>Litwa zamknęła w 2024 r. dwa z sześciu przejść granicznych z Białorusią. Rząd w Wilnie
uzasadnił tę decyzję zagrożeniem ze strony służb białoruskich.</p>
<p>Na Litwie mieszka około 60 tys. obywateli Białorusi, w tym wielu przeciwników Łukaszenki. Od
2023 r. muszą oni co roku odpowiadać na pytania dotyczące ich stosunku do wojny.</p>
</body></html>

""",
        (
            "Litwa wobec Białorusi po wyborach",
            ("Joanna Kamińska",),
            "2025-06-12",
        ),
    ),
    "bunkers_header": (
        """\
<html><head><meta charset="utf-8"><title>Policy Note</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.6cm;line-height:1.45}
table{width:100%;font-size:8.5pt;border-bottom:2px solid #333;margin-bottom:12pt}
td{vertical-align:top}
td.r{text-align:right}
h1{font-size:21pt;margin:0 0 10pt 0}
</style></head><body>
<table><tr><td>POLICY NOTE<br>No. 17/2025</td><td class="r">Author: Rasmus Kask<br>Tallinn, 5
June 2025</td></tr></table>
<h1>Estonia's Defence Line on the Russian Border</h1>
<p>Estonia plans to build about 600 concrete bunkers along its border with Russia as part of the
Baltic Defence Line agreed with Latvia and Lithuania in January 2024. The first bunkers were set
up in 2025.</p>
<p>The bunkers will cost about 60 million euros. They will only be manned in a crisis, and the
plan also includes anti-tank ditches and stocks of mines.</p>
</body></html>

""",
        (
            "Estonia's Defence Line on the Russian Border",
            ("Rasmus Kask",),
            "2025-06-05",
        ),
    ),
    "nordic_written_by": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Serif";font-size:10pt;margin:1.6cm;line-height:1.45}
.k{font-family:"DejaVu Sans";font-size:8.5pt;color:#05a;font-weight:bold}
h1{font-family:"DejaVu Sans";font-size:22pt;margin:4pt 0 12pt 0}
.side{float:right;
width:4.2cm;margin:0 0 8pt 14pt;font-family:"DejaVu Sans";font-size:8pt;
border-left:2px solid #05a;padding-left:6pt}
.side .l{font-size:7pt;color:#666;letter-spacing:1px}
</style></head><body>
<div class="k">COMMENTARY · 19 September 2024</div>
<h1>The Nordic Air Forces Under One Command</h1>
<div class="side"><div class="l">WRITTEN BY</div><b>Henrik Aalto</b><br>Senior Fellow, Air
Power</div>
<p>The air force chiefs of Denmark, Finland, Norway and Sweden agreed in March 2023 to operate
their air forces as one, with about 250 modern combat aircraft. The plan relies on shared air
bases, common training and a joint air operations centre.</p>
<p>Finland and Norway are buying the F-35, and Denmark received its first F-35 in 2023. Sweden
keeps the Gripen, which can take off from roads.</p>
<p>A common command would let the four states defend Northern Europe as a single area, which
NATO planners have long wanted.</p>
</body></html>

""",
        (
            "The Nordic Air Forces Under One Command",
            ("Henrik Aalto",),
            "2024-09-19",
        ),
    ),
    "sabotage_banner": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:0;line-height:1.45}
.banner{background:#123;color:#fff;padding:1.2cm 1.8cm 0.8cm 1.8cm}
.banner .s{font-size:9pt;color:#9bd}
.banner h1{font-size:24pt;margin:6pt 0}
.main{margin:0.6cm 1.8cm}
.by{font-size:9.5pt;margin-bottom:10pt}
</style></head><body>
<div class="banner"><div class="s">SECURITY BRIEF · 28 April 2025</div><h1>Russia's Sabotage
Campaign in Europe</h1></div>
<div class="main">
<div class="by">By Clara Fischer, Piotr Zając, and Emma Lund</div>
<p>European security services linked Russia to more than 60 acts of sabotage and arson in Europe
in 2024, according to a count by the authors. Targets included warehouses, railways and a
shopping centre in Warsaw.</p>
<p>Many of the perpetrators were recruited online and paid small sums, often in cryptocurrency.
Poland closed the Russian consulate in Poznań in October 2024 in response.</p>
</div>
</body></html>

""",
        (
            "Russia's Sabotage Campaign in Europe",
            ("Clara Fischer", "Piotr Zając", "Emma Lund"),
            "2025-04-28",
        ),
    ),
    "moldawia_opracowanie": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Notatka</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
.t{font-family:"DejaVu Sans";font-size:9pt;color:#555}
h1{font-family:"DejaVu Sans";font-size:19pt;margin:8pt 0}
.a{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:12pt}
</style></head><body>
<div class="t">Warszawa, dnia 4.11.2024 r.</div>
<h1>Mołdawia po referendum europejskim</h1>
<div class="a">Opracowanie: Jan Nowak, Anna Wiśniewska</div>
<p>W referendum 20 października 2024 r. za wpisaniem celu członkostwa w UE do konstytucji
opowiedziało się 50,4 proc. głosujących. Frekwencja wyniosła około 50 proc.</p>
<p>Władze Mołdawii oskarżyły Rosję o kupowanie głosów. Według policji sieć związana z Ilanem
Szorem przekazała wyborcom około 15 mln dolarów.</p>
</body></html>

""",
        (
            "Mołdawia po referendum europejskim",
            ("Jan Nowak", "Anna Wiśniewska"),
            "2024-11-04",
        ),
    ),
    "conscription_academic": (
        """\
<html><head><meta charset="utf-8"><title>Working paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2.2cm;line-height:1.5}
h1{font-size:18pt;text-align:center;margin:0 0 12pt 0}
.au{text-align:center;font-size:10pt;font-variant:small-caps}
.af{text-align:center;font-size:8.5pt;font-style:italic;margin-bottom:6pt}
.d{text-align:center;font-size:9pt;margin:8pt 0 16pt 0}
</style></head><body>
<h1>Lithuanian Public Opinion on Conscription</h1>
<div class="au">Jonas Petraitis</div>
<div class="af">Vilnius University</div>
<div class="au">Laura Meier</div>
<div class="af">ETH Zurich</div>
<div class="d">May 2025</div>
<p>Lithuania brought back conscription in 2015, a year after Russia annexed Crimea. About 3,500
young men are called up each year for nine months of service.</p>
<p>In a survey in 2024, 71 percent of Lithuanians supported conscription, and 52 percent
favoured calling up women as well.</p>
</body></html>

""",
        (
            "Lithuanian Public Opinion on Conscription",
            ("Jonas Petraitis", "Laura Meier"),
            "2025-05",
        ),
    ),
    "shield_name_first": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.n{font-size:10pt;font-weight:bold}
.p{font-size:8.5pt;color:#555}
.d{font-size:8.5pt;color:#555;margin-bottom:8pt}
h1{font-size:21pt;margin:8pt 0 12pt 0}
</style></head><body>
<div class="n">Aleksandra Kowalska</div>
<div class="p">Head of Research</div>
<div class="d">14.02.2025</div>
<h1>Poland's Eastern Shield and Its Neighbours</h1>
<p>Poland's East Shield programme will fortify about 700 kilometres of the borders with Russia
and Belarus by 2028. The plan includes ditches, bunkers, sensors and areas set aside for
mines.</p>
<p>Lithuania, Latvia and Estonia coordinate their own Baltic Defence Line with Poland. Finland
announced similar plans for its border in 2024.</p>
</body></html>

""",
        (
            "Poland's Eastern Shield and Its Neighbours",
            ("Aleksandra Kowalska",),
            "2025-02-14",
        ),
    ),
    "red_sea_memo": (
        """\
<html><head><meta charset="utf-8"><title>Memo</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.45}
h1{font-size:18pt;margin:0 0 10pt 0}
table{font-size:9pt;margin-bottom:12pt}
td{padding:1pt 8pt 1pt 0}
</style></head><body>
<h1>MEMORANDUM</h1>
<table><tr><td>To:</td><td>Members of the Defence Committee</td></tr>
<tr><td>From:</td><td>Sofia Bianchi, Defence Programme</td></tr>
<tr><td>Date:</td><td>10 March 2025</td></tr>
<tr><td>Subject:</td><td>Italy's Naval Presence in the Red Sea</td></tr></table>
<p>Italy has deployed two frigates to the EU naval operation Aspides in the Red Sea since
February 2024. The operation protects merchant ships from Houthi drone and missile attacks.</p>
<p>An Italian destroyer shot down two Houthi drones in March 2024. Traffic through the Suez
Canal fell by about half in 2024 compared with 2023.</p>
</body></html>

""",
        (
            "Italy's Naval Presence in the Red Sea",
            ("Sofia Bianchi",),
            "2025-03-10",
        ),
    ),
    "krk_author_s": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:21pt;margin:0 0 8pt 0;color:#204}
.m{font-size:8.5pt;color:#444}
</style></head><body>
<h1>Croatia's LNG Terminal on Krk</h1>
<div class="m">Author(s): Maja Horvat</div>
<div class="m" style="margin-bottom:12pt">Date of publication: 5 May 2025</div>
<p>The floating LNG terminal on the island of Krk started operating in January 2021 with a
capacity of 2.9 billion cubic metres a year. Croatia expanded it to 6.1 billion cubic metres in
2025.</p>
<p>Hungary, Slovenia and Bosnia and Herzegovina buy part of the gas that arrives at Krk, most of
it from the United States.</p>
</body></html>

""",
        (
            "Croatia's LNG Terminal on Krk",
            ("Maja Horvat",),
            "2025-05-05",
        ),
    ),
    "migration_footer": (
        """\
<html><head><meta charset="utf-8"><title>Paper</title><style>
@page{margin:1.6cm 1.6cm 2.2cm 1.6cm}
body{font-family:"DejaVu Serif";font-size:10.5pt;line-height:1.5}
h1{font-family:"DejaVu Sans";font-size:22pt;margin:0 0 6pt 0}
.d{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:12pt}
.foot{position:fixed;bottom:-1.2cm;font-family:"DejaVu Sans";font-size:7.5pt;color:#555}
</style></head><body>
<div class="foot">Lucía Fernández · Mediterranean Programme</div>
<h1>Migration Across the Central Mediterranean</h1>
<div class="d">November 2024</div>
<p>About 66,000 migrants reached Italy by sea in 2024, less than half the number of 2023,
according to the Italian interior ministry. Most departed from Libya and Tunisia.</p>
<p>The European Union signed an agreement with Tunisia in July 2023 that offered about 105
million euros for border management.</p>
<p>Search and rescue ships run by charities have been assigned distant ports since 2023, which
keeps them away from the central Mediterranean for longer.</p>
</body></html>

""",
        (
            "Migration Across the Central Mediterranean",
            ("Lucía Fernández",),
            "2024-11",
        ),
    ),
    "norway_diacritics": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
.k{font-family:"DejaVu Sans";font-size:8.5pt;text-transform:uppercase;color:#06a}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:4pt 0}
.by{font-family:"DejaVu Sans";font-size:9.5pt;margin-bottom:2pt}
.d{font-family:"DejaVu Sans";font-size:8.5pt;color:#777;margin-bottom:12pt}
</style></head><body>
<div class="k">Analysis</div>
<h1>Norway and Lithuania in the Baltic Sea Region</h1>
<div class="by">Øystein Ødegård and Žygimantas Pavilionis</div>
<div class="d">30 January 2025</div>
<p>Norway pledged about 1.3 billion euros of military aid to Ukraine in 2024 through its Nansen
programme. Lithuania spent about 0.25 percent of its GDP on aid to Ukraine in the same year.</p>
<p>The two states take part in the Joint Expeditionary Force led by the United Kingdom, which
brings together ten Northern European countries.</p>
</body></html>

""",
        (
            "Norway and Lithuania in the Baltic Sea Region",
            ("Øystein Ødegård", "Žygimantas Pavilionis"),
            "2025-01-30",
        ),
    ),
    "slovakia_signed": (
        """\
<html><head><meta charset="utf-8"><title>Comment</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
.k{font-size:9pt;color:#090}
h1{font-size:20pt;margin:4pt 0 4pt 0}
.d{font-size:9pt;color:#666;margin-bottom:12pt}
.sig{font-weight:bold;margin-top:14pt}
</style></head><body>
<div class="k">COMMENT</div>
<h1>Slovakia's Course After the 2023 Election</h1>
<div class="d">8 July 2024</div>
<p>Robert Fico's government stopped state military aid to Ukraine after taking office in October
2023, although private companies continued to sell arms. Slovakia had earlier given Ukraine its
MiG-29 fighters and S-300 air defence system.</p>
<p>In May 2024 Fico was shot and badly wounded in Handlová. He returned to work in July.</p>
<p class="sig">Michal Varga, Central Europe Programme</p>
</body></html>

""",
        (
            "Slovakia's Course After the 2023 Election",
            ("Michal Varga",),
            "2024-07-08",
        ),
    ),
    "kazakhstan_initials": (
        """\
<html><head><meta charset="utf-8"><title>Bulletin</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
.s{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold}
h1{font-family:"DejaVu Sans";font-size:19pt;margin:6pt 0}
.a{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:12pt}
</style></head><body>
<div class="s">BULLETIN No. 88 (2301) · 17 March 2025</div>
<h1>Kazakhstan's Oil Exports Past Russia</h1>
<div class="a">Authors: A. Nowak, J. Kowalski</div>
<p>Kazakhstan exports about 80 percent of its oil through the Caspian Pipeline Consortium, which
ends at Novorossiysk in Russia. The pipeline carried about 63 million tonnes in 2024.</p>
<p>Kazakhstan has started to send small amounts of oil across the Caspian Sea to Baku and then
through the Baku–Tbilisi–Ceyhan pipeline, about 1.5 million tonnes in 2024.</p>
</body></html>

""",
        (
            "Kazakhstan's Oil Exports Past Russia",
            ("A. Nowak", "J. Kowalski"),
            "2025-03-17",
        ),
    ),
    "baltyk_cover": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Raport</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.cover{height:24cm;page-break-after:always;font-family:"DejaVu Sans"}
.cover .s{font-size:12pt;color:#700;margin-top:5cm}
.cover h1{font-size:28pt;margin:10pt 0}
.cover .d{font-size:12pt}
.a{font-family:"DejaVu Sans";font-size:10pt;margin-bottom:14pt}
</style></head><body>
<div class="cover"><div class="s">RAPORT</div><h1>Bezpieczeństwo energetyczne państw
bałtyckich</h1><div class="d">Warszawa, luty 2025</div></div>
<div class="a">Autorzy: Marek Zieliński, Ewa Kowalczyk</div>
<p>Litwa, Łotwa i Estonia odłączyły się od rosyjskiego systemu elektroenergetycznego 8 lutego
2025 r. i dzień później przyłączyły się do sieci kontynentalnej Europy. Projekt kosztował około
1,6 mld euro.</p>
<p>Połączenie LitPol Link między Polską a Litwą ma moc 500 MW. Drugie połączenie, Harmony Link,
ma powstać do 2030 r.</p>
</body></html>

""",
        (
            "Bezpieczeństwo energetyczne państw bałtyckich",
            ("Marek Zieliński", "Ewa Kowalczyk"),
            "2025-02",
        ),
    ),
    "armenia_degrees": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
h1{font-family:"DejaVu Sans";font-size:21pt;margin:0 0 6pt 0}
.by{font-family:"DejaVu Sans";font-size:9.5pt}
.d{font-family:"DejaVu Sans";font-size:9pt;color:#666;margin-bottom:12pt}
</style></head><body>
<h1>Armenia's Turn Away from Moscow</h1>
<div class="by">Anna Petrosyan, PhD, and Daniel Weiss, MA</div>
<div class="d">Tuesday, 4 March 2025</div>
<p>Armenia froze its participation in the Collective Security Treaty Organization in February
2024, after Russia did not help it against Azerbaijan. Russian border guards left the Zvartnots
airport in Yerevan in 2024.</p>
<p>Armenia bought about 400 million dollars of weapons from India in 2023 and signed a defence
agreement with France.</p>
</body></html>

""",
        (
            "Armenia's Turn Away from Moscow",
            ("Anna Petrosyan", "Daniel Weiss"),
            "2025-03-04",
        ),
    ),
    "serbia_handle": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.k{font-size:8.5pt;color:#a50;font-weight:bold;letter-spacing:1px}
h1{font-size:22pt;margin:6pt 0 8pt 0}
.by{font-size:9pt;color:#333;margin-bottom:12pt}
</style></head><body>
<div class="k">COMMENTARY · 21.05.2025</div>
<h1>Serbia Between Brussels and Moscow</h1>
<div class="by">By Milica Jovanović | @mjovanovic</div>
<p>Serbia has not joined EU sanctions against Russia, although it voted for UN resolutions
condemning the invasion of Ukraine. About 80 percent of its gas still comes from Russia through
the TurkStream pipeline.</p>
<p>In 2024 Serbia agreed to buy 12 Rafale fighter jets from France for about 2.7 billion
euros.</p>
</body></html>

""",
        (
            "Serbia Between Brussels and Moscow",
            ("Milica Jovanović",),
            "2025-05-21",
        ),
    ),
    "danube_subtitle": (
        """\
<html><head><meta charset="utf-8"><title>Policy Paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
.s{font-family:"DejaVu Sans";font-size:9pt;color:#345}
h1{font-family:"DejaVu Sans";font-size:24pt;margin:6pt 0 2pt 0}
h2.sub{font-family:"DejaVu Sans";font-size:13pt;font-weight:normal;color:#555;margin:0 0 8pt 0}
.by{font-family:"DejaVu Sans";font-size:9.5pt;margin-bottom:12pt}
</style></head><body>
<div class="s">POLICY PAPER · October 2024</div>
<h1>Bridges Over the Danube</h1>
<h2 class="sub">Romania, Bulgaria and the Black Sea supply routes</h2>
<div class="by">Ioana Popescu and Georgi Dimitrov</div>
<p>Romania and Bulgaria joined the Schengen area fully on 1 January 2025, ending checks at their
land borders. Only two bridges cross the Danube between the two countries along about 470
kilometres of the river.</p>
<p>A third bridge, between Calafat and Vidin's neighbour Bechet and Oryahovo, has been planned
for years but not built.</p>
</body></html>

""",
        (
            "Bridges Over the Danube",
            ("Ioana Popescu", "Georgi Dimitrov"),
            "2024-10",
        ),
    ),
    "drones_team": (
        """\
<html><head><meta charset="utf-8"><title>Report</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:20pt;margin:0 0 6pt 0}
.d{font-size:9pt;margin-bottom:4pt}
.t{font-size:9pt;font-style:italic;margin-bottom:12pt}
</style></head><body>
<h1>Drone Production in Ukraine</h1>
<div class="d">15 January 2025</div>
<div class="t">Prepared by the Security Programme team: Oksana Melnyk, Taras Bondarenko</div>
<p>Ukraine produced about 1.5 million drones in 2024, most of them small first-person-view
drones, according to its defence ministry. The government plans to produce about 4.5 million in
2025.</p>
<p>More than 200 companies make drones in Ukraine, many of them founded after 2022.</p>
</body></html>

""",
        (
            "Drone Production in Ukraine",
            ("Oksana Melnyk", "Taras Bondarenko"),
            "2025-01-15",
        ),
    ),
    "wegry_plain": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Analiza</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.45}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:0 0 6pt 0}
.a{font-family:"DejaVu Sans";font-size:9.5pt;font-weight:bold}
.d{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:12pt}
</style></head><body>
<h1>Węgry i Słowacja wobec pomocy dla Ukrainy</h1>
<div class="a">Michał Wójcik</div>
<div class="d">3 września 2024 r.</div>
<p>Węgry blokowały przez kilka miesięcy wypłaty z Europejskiego Instrumentu na rzecz Pokoju dla
Ukrainy. Zablokowana kwota wynosiła około 6,6 mld euro.</p>
<p>Słowacja wstrzymała państwowe dostawy uzbrojenia dla Ukrainy w październiku 2023 r., ale
prywatne firmy nadal sprzedają jej amunicję.</p>
</body></html>

""",
        (
            "Węgry i Słowacja wobec pomocy dla Ukrainy",
            ("Michał Wójcik",),
            "2024-09-03",
        ),
    ),
    "sweden_left_sidebar": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.5cm;line-height:1.45}
.wrap{display:flex;gap:16pt}
.side{width:4cm;font-size:8pt;color:#333;border-right:1px solid #bbb;padding-right:8pt}
.side .l{font-weight:bold;font-size:8.5pt;margin-top:8pt}
.main{flex:1}
h1{font-size:21pt;margin:0 0 10pt 0}
</style></head><body>
<div class="wrap"><div class="side">
<div class="l">Authors</div>
Jonas Lindqvist<br>j.lindqvist@example.org<br><br>Karin Olsen<br>k.olsen@example.org
<div class="l">Date</div>
12 December 2024
</div><div class="main">
<h1>Sweden's First Year in NATO</h1>
<p>Sweden joined NATO on 7 March 2024 as its 32nd member. It plans to raise defence spending to
2.6 percent of GDP by 2028.</p>
<p>Swedish troops joined the NATO forward land forces in Finland in 2025, and Sweden contributes
ships and aircraft to patrols in the Baltic Sea.</p>
</div></div>
</body></html>

""",
        (
            "Sweden's First Year in NATO",
            ("Jonas Lindqvist", "Karin Olsen"),
            "2024-12-12",
        ),
    ),
    "transnistria_readtime": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
.k{font-size:8pt;letter-spacing:2pt;color:#a00;text-transform:uppercase}
h1{font-size:24pt;margin:4pt 0 10pt 0;font-family:"DejaVu Serif"}
.who{font-size:10pt;font-weight:bold}
.meta{font-size:8.5pt;color:#555;margin-bottom:16pt}
</style></head><body>
<div class="k">Commentary</div>
<h1>Moldova's Narrow Path to Energy Independence</h1>
<div class="who">Irina Rusu, Thomas Keller</div>
<div class="meta">12 March 2025 · 6 minute read</div>
<p>On 1 January 2025, Russian gas deliveries to Transnistria stopped after Ukraine declined to
extend its transit agreement with Gazprom. The breakaway region's power plant at Cuciurgan, which
had supplied most of right-bank Moldova's electricity, switched to coal.</p>
<p>Moldova now buys about 70 percent of its electricity from Romania through two high-voltage
lines. A third line, between Vulcănești and Chișinău, is due to be completed by the end of
2025.</p>
<p>The European Union offered Moldova a package of 250 million euros in February 2025 to cover
energy costs and support households through the winter.</p>
</body></html>

""",
        (
            "Moldova's Narrow Path to Energy Independence",
            ("Irina Rusu", "Thomas Keller"),
            "2025-03-12",
        ),
    ),
    "arctic_authors_box": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.6cm;line-height:1.45}
.wrap{display:flex;gap:18pt}
.main{flex:3}
.side{flex:1;background:#eef2f6;padding:10pt;font-size:8.5pt}
.side h4{font-size:8pt;letter-spacing:1.5pt;margin:0 0 6pt 0}
.side .n{font-weight:bold;margin-top:6pt}
h1{font-size:21pt;margin:0 0 8pt 0}
.pub{font-size:9pt;color:#666;margin-bottom:12pt}
</style></head><body>
<div class="wrap"><div class="main">
<h1>The Arctic Council After the Pause</h1>
<div class="pub">Published 4 June 2025</div>
<p>The Arctic Council paused its work in March 2022, when seven of its eight members refused to
meet under Russia's chairmanship. Working groups resumed limited, written-only work in February
2024.</p>
<p>Norway took over the chairmanship from Russia in May 2023 without a ministerial meeting, the
first such handover in the council's history.</p>
<p>Scientific cooperation has suffered most: about a third of the council's projects were put on
hold, and researchers lost access to Russian monitoring stations, which cover almost half of the
Arctic coastline.</p>
</div>
<div class="side"><h4>AUTHORS</h4>
<div class="n">Ingrid Solberg</div><div>Senior Fellow, Northern Europe</div>
<div class="n">Matti Korhonen</div><div>Research Analyst</div>
<h4 style="margin-top:14pt">TOPICS</h4><div>Arctic, Russia, Norway</div>
</div></div>
</body></html>

""",
        (
            "The Arctic Council After the Pause",
            ("Ingrid Solberg", "Matti Korhonen"),
            "2025-06-04",
        ),
    ),
    "georgia_osw": (
        """\
<html><head><meta charset="utf-8"><title>Komentarze</title><style>
body{font-family:"DejaVu Serif";font-size:10pt;margin:2cm;line-height:1.5}
.bar{font-family:"DejaVu Sans";font-size:8pt;border-bottom:2px solid
#c00;padding-bottom:4pt;margin-bottom:18pt}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:0 0 10pt 0}
.a{font-family:"DejaVu Sans";font-size:10pt;font-weight:bold}
.w{font-family:"DejaVu Sans";font-size:8.5pt;margin-bottom:16pt}
</style></head><body>
<div class="bar">KOMENTARZE OSW | NUMER 612 | 12.09.2024</div>
<h1>Gruzja po wyborach: kurs na Moskwę?</h1>
<div class="a">Marek Zieliński</div>
<div class="w">Współpraca: Anna Kwiatkowska</div>
<p>Parlament Gruzji przyjął ustawę o przejrzystości wpływów zagranicznych 14 maja 2024 roku, mimo
protestów, w których w Tbilisi uczestniczyło nawet 200 tysięcy osób.</p>
<p>W odpowiedzi Unia Europejska wstrzymała w lipcu 2024 roku proces akcesyjny Gruzji, a także 30
mln euro pomocy dla gruzińskiej armii.</p>
<p>Gruziński Sen, partia rządząca od 2012 roku, zapowiada, że do 2030 roku Gruzja będzie członkiem
Unii.</p>
</body></html>

""",
        (
            "Gruzja po wyborach: kurs na Moskwę?",
            ("Marek Zieliński",),
            "2024-09-12",
        ),
    ),
    "kazakhstan_cover": (
        """\
<html><head><meta charset="utf-8"><title>Research Paper</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:0;line-height:1.5}
.cover{height:27.7cm;background:#123;color:white;padding:2.5cm
2cm;box-sizing:border-box;page-break-after:always}
.s{font-size:11pt;font-weight:bold}
.p{font-size:10pt;margin-bottom:5cm}
.cover h1{font-size:30pt;line-height:1.15;margin:0 0 18pt 0}
.names{font-size:13pt}
.m{font-size:11pt;margin-top:8pt}
.body{padding:2cm}
h2{font-size:13pt}
</style></head><body>
<div class="cover">
<div class="s">Research Paper</div>
<div class="p">Russia and Eurasia Programme</div>
<h1>Kazakhstan's Multi-Vector Trade After 2022</h1>
<div class="names">Aigerim Nurlanovna, David Whitmore and Sofia Lindgren</div>
<div class="m">April 2025</div>
</div>
<div class="body">
<h2>Summary</h2>
<p>Kazakhstan's trade with the European Union reached 48 billion dollars in 2023, making the EU
its largest trading partner, ahead of Russia and China.</p>
<p>The Middle Corridor, the route across the Caspian Sea to Azerbaijan and Georgia, carried about
2.8 million tonnes of cargo in 2023, up from 1.5 million tonnes in 2022.</p>
<h2>Re-exports to Russia</h2>
<p>Exports of dual-use goods from Kazakhstan to Russia fell sharply after Astana tightened customs
controls in 2023, under pressure from Western sanctions.</p>
</div>
</body></html>

""",
        (
            "Kazakhstan's Multi-Vector Trade After 2022",
            ("Aigerim Nurlanovna", "David Whitmore", "Sofia Lindgren"),
            "2025-04",
        ),
    ),
    "sahel_standfirst": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2.2cm;line-height:1.5}
h1{font-size:22pt;margin:0 0 8pt 0}
.sf{font-style:italic;font-size:12pt;color:#333;margin-bottom:10pt}
.by{font-family:"DejaVu Sans";font-size:9pt;text-transform:uppercase;letter-spacing:1pt}
.dt{font-family:"DejaVu Sans";font-size:9pt;color:#777;margin-bottom:16pt}
</style></head><body>
<h1>Spain and the Sahel After the Coups</h1>
<div class="sf">Madrid has lost its partners in Mali and Niger, and migration across the Atlantic
route is rising again.</div>
<div class="by">María José García-Pérez and John A. Whitfield</div>
<div class="dt">November 2024</div>
<p>Arrivals on the Canary Islands reached about 46,800 people in 2024, the highest number on
record and more than during the crisis of 2006.</p>
<p>Spain keeps around 300 soldiers in Mauritania, which has become its main security partner in
the region since the juntas in Mali, Burkina Faso and Niger expelled European forces.</p>
<p>In August 2024, Prime Minister Pedro Sánchez visited Mauritania, Gambia and Senegal to promote
circular migration programmes.</p>
</body></html>

""",
        (
            "Spain and the Sahel After the Coups",
            ("María José García-Pérez", "John A. Whitfield"),
            "2024-11",
        ),
    ),
    "ammunition_label_above": (
        """\
<html><head><meta charset="utf-8"><title>Policy Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.top{display:flex;justify-content:space-between;font-size:9pt;border-bottom:1px solid
#999;padding-bottom:4pt;margin-bottom:16pt}
h1{font-size:22pt;margin:0 0 14pt 0}
.cols{column-count:2;column-gap:18pt}
.lab{font-size:7.5pt;color:#888;letter-spacing:1pt}
.nm{font-weight:bold;font-size:10pt}
.ps{font-size:8.5pt;margin-bottom:8pt}
</style></head><body>
<div class="top"><span>POLICY BRIEF</span><span>No. 7 / 2025</span><span>18 February
2025</span></div>
<h1>Czechia's Ammunition Initiative</h1>
<div class="lab">AUTHOR</div>
<div class="nm">Tomasz Lis</div>
<div class="ps">Analyst, Central Europe Programme</div>
<div class="cols">
<p>The Czech ammunition initiative delivered about 1.5 million large-calibre shells to Ukraine in
2024, bought from suppliers outside the European Union.</p>
<p>More than 15 countries financed the initiative, among them Denmark, the Netherlands and
Canada.</p>
<p>After the Czech elections in October 2025, the future of the initiative became uncertain, as
the opposition promised to review its financing and transparency.</p>
</div>
</body></html>

""",
        (
            "Czechia's Ammunition Initiative",
            ("Tomasz Lis",),
            "2025-02-18",
        ),
    ),
    "east_shield_table": (
        """\
<html><head><meta charset="utf-8"><title>Policy Paper</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
table{border-collapse:collapse;font-size:8.5pt;margin-bottom:18pt}
td{border:1px solid #bbb;padding:3pt 8pt}
td.k{background:#eee;font-weight:bold;width:2.5cm}
h1{font-size:21pt;margin:0 0 12pt 0}
</style></head><body>
<table>
<tr><td class="k">Series</td><td>Policy Paper</td></tr>
<tr><td class="k">Number</td><td>4/2025</td></tr>
<tr><td class="k">Date</td><td>12 May 2025</td></tr>
<tr><td class="k">Authors</td><td>Katarzyna Lewandowska, Robert Fischer</td></tr>
</table>
<h1>Poland's Eastern Shield</h1>
<p>The East Shield programme, announced in May 2024, is to fortify about 700 kilometres of
Poland's borders with Russia and Belarus.</p>
<p>The government plans to spend about 10 billion zlotys on the programme by 2028, including
anti-tank obstacles, shelters and surveillance systems.</p>
<p>Construction began in November 2024 near the village of Dąbrówka, in the Podlaskie region.</p>
</body></html>

""",
        (
            "Poland's Eastern Shield",
            ("Katarzyna Lewandowska", "Robert Fischer"),
            "2025-05-12",
        ),
    ),
    "finland_and_lines": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-size:22pt;margin:0 0 12pt 0;font-family:"DejaVu Sans"}
.n{font-family:"DejaVu Sans";font-size:10pt;font-weight:bold}
.and{font-family:"DejaVu Sans";font-size:9pt;font-style:italic}
.pl{font-family:"DejaVu Sans";font-size:9pt;color:#666;margin:8pt 0 16pt 0}
</style></head><body>
<h1>Finland's Border Closure</h1>
<div class="n">Anna Nowak</div>
<div class="and">and</div>
<div class="n">Piotr Zieliński</div>
<div class="pl">Warsaw, 12 May 2025</div>
<p>Finland closed all eight crossing points on its border with Russia on 15 December 2023, after
about 1,300 asylum seekers arrived within a few weeks.</p>
<p>The land border is about 1,340 kilometres long, the longest of any EU state with Russia.</p>
<p>In July 2024 the Finnish parliament passed a law allowing border guards to turn back asylum
seekers in exceptional situations.</p>
</body></html>

""",
        (
            "Finland's Border Closure",
            ("Anna Nowak", "Piotr Zieliński"),
            "2025-05-12",
        ),
    ),
    "woensdrecht_particles": (
        """\
<html><head><meta charset="utf-8"><title>Insight</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
.k{font-size:9pt;font-weight:bold;color:#07a}
h1{font-size:22pt;margin:6pt 0 8pt 0}
.by{font-size:9.5pt}
.pub{font-size:8.5pt;color:#777;margin-bottom:16pt}
</style></head><body>
<div class="k">INSIGHT</div>
<h1>The Netherlands and the F-35 Parts Ruling</h1>
<div class="by">By Jan van der Berg and Pierre de Villiers</div>
<div class="pub">Published: 2025-05-12</div>
<p>In February 2024 a Dutch appeals court ordered the government to stop exporting F-35 parts to
Israel within seven days.</p>
<p>The parts are stored in a warehouse in Woensdrecht, one of three regional distribution centres
for the F-35 in Europe.</p>
<p>In October 2025 the Supreme Court of the Netherlands overturned the ruling, finding that the
government has wide discretion in foreign policy.</p>
</body></html>

""",
        (
            "The Netherlands and the F-35 Parts Ruling",
            ("Jan van der Berg", "Pierre de Villiers"),
            "2025-05-12",
        ),
    ),
    "moldawia_dash": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Analiza</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:0 0 10pt 0}
.a{font-family:"DejaVu Sans";font-size:9.5pt}
.d{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:14pt}
</style></head><body>
<h1>Mołdawia przed wyborami parlamentarnymi</h1>
<div class="a">Jan Nowakowski – analityk Programu Europa Wschodnia</div>
<div class="d">12 maja 2025 r.</div>
<p>Wybory parlamentarne w Mołdawii odbędą się 28 września 2025 roku. Partia Działania i
Solidarności prezydent Mai Sandu zdobyła w 2021 roku 63 mandaty w 101-osobowym parlamencie.</p>
<p>W referendum z października 2024 roku za wpisaniem celu integracji europejskiej do konstytucji
opowiedziało się 50,35 proc. głosujących.</p>
</body></html>

""",
        (
            "Mołdawia przed wyborami parlamentarnymi",
            ("Jan Nowakowski",),
            "2025-05-12",
        ),
    ),
    "grain_takeaways": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:23pt;margin:0 0 12pt 0}
.box{background:#f3efe4;padding:8pt 12pt;margin-bottom:12pt;font-size:9.5pt}
.box h3{font-size:9pt;letter-spacing:1pt;margin:0 0 4pt 0}
.by{font-size:9pt;margin-bottom:14pt;color:#444}
</style></head><body>
<h1>The Black Sea Grain Corridor</h1>
<div class="box"><h3>KEY TAKEAWAYS</h3><ul>
<li>Ukraine's own corridor has outperformed the UN-brokered deal.</li>
<li>Insurance costs remain the main obstacle for shipowners.</li>
<li>Romania's Constanța port is the main alternative route.</li></ul></div>
<div class="by">Olena Kovalenko | 3 June 2025</div>
<p>Ukraine's maritime corridor, opened in August 2023, carried about 64 million tonnes of cargo in
its first year, more than the Black Sea Grain Initiative had in the same period.</p>
<p>War-risk insurance for a voyage to Odesa costs about 1 percent of the ship's value, against
0.01 percent before the full-scale invasion.</p>
<p>The port of Constanța handled about 30 million tonnes of Ukrainian grain in 2023.</p>
</body></html>

""",
        (
            "The Black Sea Grain Corridor",
            ("Olena Kovalenko",),
            "2025-06-03",
        ),
    ),
    "portugal_cards": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:22pt;margin:0 0 6pt 0}
.dt{font-size:9pt;color:#777;margin-bottom:12pt}
.cards{display:flex;gap:30pt;margin-bottom:16pt}
.card .ph{width:1.6cm;height:1.6cm;background:#ccc;margin-bottom:4pt}
.card .n{font-weight:bold;font-size:9.5pt}
.card .p{font-size:8pt;color:#555}
</style></head><body>
<h1>Portugal's Atlantic Security Role</h1>
<div class="dt">7 July 2025</div>
<div class="cards">
<div class="card"><div class="ph"></div><div class="n">Laura Becker</div><div class="p">Senior
Fellow</div></div>
<div class="card"><div class="ph"></div><div class="n">Tomás Ortega</div><div class="p">Research
Assistant</div></div>
</div>
<p>Portugal hosts the Lajes air base on Terceira in the Azores, used by the US Air Force since
1946.</p>
<p>The Portuguese navy operates five submarines and frigates from its base in Lisbon, but only two
submarines are currently in service.</p>
<p>In 2024 Portugal spent about 1.55 percent of its GDP on defence, one of the lowest shares in
NATO.</p>
</body></html>

""",
        (
            "Portugal's Atlantic Security Role",
            ("Laura Becker", "Tomás Ortega"),
            "2025-07-07",
        ),
    ),
    "hungary_right_block": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.head{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:3px solid
#264;padding-bottom:10pt;margin-bottom:14pt}
h1{font-size:22pt;margin:0;max-width:11cm}
.who{text-align:right;font-size:9pt}
.who b{font-size:10pt}
</style></head><body>
<div class="head"><h1>Hungary's Veto Politics in the EU Council</h1>
<div class="who"><b>Dr. Eva Horváth</b><br>Central Europe Programme<br>20 March 2025</div></div>
<p>Hungary vetoed or delayed ten EU decisions on Ukraine in 2024, more than any other member
state.</p>
<p>The European Commission froze about 22 billion euros of cohesion funds for Hungary in December
2022 over concerns about the rule of law.</p>
<p>In December 2023 Prime Minister Viktor Orbán left the room so that the other leaders could open
accession talks with Ukraine.</p>
</body></html>

""",
        (
            "Hungary's Veto Politics in the EU Council",
            ("Eva Horváth",),
            "2025-03-20",
        ),
    ),
    "migration_amp": (
        """\
<html><head><meta charset="utf-8"><title>Working Paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2.2cm;line-height:1.5}
.s{font-family:"DejaVu Sans";font-size:8pt;color:#777}
h1{font-size:20pt;margin:6pt 0 6pt 0}
.a{font-size:10.5pt;font-style:italic}
.d{font-family:"DejaVu Sans";font-size:8.5pt;color:#777;margin:4pt 0 16pt 0}
</style></head><body>
<div class="s">WORKING PAPER 07/2025</div>
<h1>Southern Europe and the Migration Pact</h1>
<div class="a">Lena Fischer, Marco Rossi &amp; Ana Costa</div>
<div class="d">June 2025</div>
<p>The EU Pact on Migration and Asylum was adopted in May 2024 and is to apply from June 2026.</p>
<p>Under the pact, member states must either relocate a share of asylum seekers or pay 20,000
euros for each person they do not take in.</p>
<p>Italy registered about 66,000 sea arrivals in 2024, down from about 158,000 in 2023.</p>
</body></html>

""",
        (
            "Southern Europe and the Migration Pact",
            ("Lena Fischer", "Marco Rossi", "Ana Costa"),
            "2025-06",
        ),
    ),
    "baltic_contributors": (
        """\
<html><head><meta charset="utf-8"><title>Report</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:22pt;margin:0 0 8pt 0}
.d{font-size:9pt;margin-bottom:10pt}
.c{font-size:9pt;border-left:3px solid #c60;padding-left:8pt;margin-bottom:14pt}
.c ul{margin:2pt 0;padding-left:14pt}
</style></head><body>
<h1>Baltic Sea Undersea Infrastructure</h1>
<div class="d">15 April 2025</div>
<div class="c"><b>Contributors</b><ul><li>Mikkel Sørensen</li><li>Liis Kask</li><li>Paweł
Górski</li></ul></div>
<p>At least eleven undersea cables and pipelines in the Baltic Sea were damaged between 2022 and
2025.</p>
<p>NATO launched Baltic Sentry in January 2025, a mission of frigates, patrol aircraft and naval
drones to protect undersea infrastructure.</p>
<p>Finland seized the tanker Eagle S in December 2024 after the Estlink 2 power cable was cut.</p>
</body></html>

""",
        (
            "Baltic Sea Undersea Infrastructure",
            ("Mikkel Sørensen", "Liis Kask", "Paweł Górski"),
            "2025-04-15",
        ),
    ),
    "greenland_memo_re": (
        """\
<html><head><meta charset="utf-8"><title>Memo</title><style>
body{font-family:"DejaVu Sans Mono";font-size:10pt;margin:2cm;line-height:1.45}
table{margin-bottom:14pt}
td{padding:1pt 10pt 1pt 0;vertical-align:top}
hr{margin-bottom:14pt}
</style></head><body>
<div style="font-size:14pt;font-weight:bold;margin-bottom:10pt">MEMORANDUM</div>
<table>
<tr><td>TO:</td><td>Director, Security Programme</td></tr>
<tr><td>FROM:</td><td>Henrik Dahl</td></tr>
<tr><td>DATE:</td><td>9 October 2025</td></tr>
<tr><td>RE:</td><td>Denmark's Greenland Defence Package</td></tr>
</table><hr>
<p>On 27 January 2025 Denmark announced a package of about 14.6 billion kroner to strengthen its
military presence in the Arctic and the North Atlantic.</p>
<p>The package includes three new Arctic naval vessels and long-range drones.</p>
<p>Greenland's population is about 56,000 people, most of them living on the west coast.</p>
</body></html>

""",
        (
            "Denmark's Greenland Defence Package",
            ("Henrik Dahl",),
            "2025-10-09",
        ),
    ),
    "turkey_question": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-size:24pt;font-style:italic;margin:0 0 10pt 0}
.m{font-family:"DejaVu Sans";font-size:8.5pt;color:#555;margin-bottom:16pt}
</style></head><body>
<h1>Will Turkey Block NATO Again?</h1>
<div class="m">by Ayşe Demir &nbsp;&nbsp; Ankara | 14.02.2025</div>
<p>The Turkish parliament ratified Sweden's accession to NATO on 23 January 2024, twenty months
after Sweden applied.</p>
<p>Turkey has the second-largest army in NATO, with about 355,000 active personnel.</p>
<p>In return, the United States approved the sale of 40 F-16 fighter jets to Turkey worth about 23
billion dollars.</p>
</body></html>

""",
        (
            "Will Turkey Block NATO Again?",
            ("Ayşe Demir",),
            "2025-02-14",
        ),
    ),
    "litwa_opracowala": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Informacja</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.s{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold;color:#036}
h1{font-family:"DejaVu Sans";font-size:19pt;margin:6pt 0 14pt 0}
.end{font-family:"DejaVu Sans";font-size:9pt;margin-top:18pt;text-align:right}
</style></head><body>
<div class="s">INFORMACJA | Warszawa, 3 marca 2025 r.</div>
<h1>Litwa buduje zaporę na granicy z Białorusią</h1>
<p>Litwa zakończyła budowę ogrodzenia na granicy z Białorusią we wrześniu 2022 roku. Ogrodzenie ma
długość około 550 km i wysokość czterech metrów.</p>
<p>Budowa kosztowała około 152 mln euro. W 2024 roku straż graniczna zawróciła około 1,5 tys. osób
próbujących nielegalnie przekroczyć granicę.</p>
<div class="end">Opracowała: Rūta Petrauskienė</div>
</body></html>

""",
        (
            "Litwa buduje zaporę na granicy z Białorusią",
            ("Rūta Petrauskienė",),
            "2025-03-03",
        ),
    ),
    "norway_authors_end": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2.2cm;line-height:1.6}
h1{font-family:"DejaVu Sans";font-size:22pt;margin:0 0 6pt 0}
.d{font-family:"DejaVu Sans";font-size:9pt;color:#666;margin-bottom:16pt}
h2{font-family:"DejaVu Sans";font-size:12pt;margin-top:16pt}
.end{font-family:"DejaVu Sans";font-size:9pt;border-top:1px solid
#999;padding-top:6pt;margin-top:20pt}
</style></head><body>
<h1>Norway's Gas and Europe's Security</h1>
<div class="d">September 2025</div>
<h2>What has changed?</h2>
<p>Norway became the largest supplier of natural gas to the European Union after 2022, providing
about 30 percent of the EU's gas imports in 2024.</p>
<p>Most of it flows through about 9,000 kilometres of pipelines on the seabed of the North Sea,
which connect Norwegian fields to terminals in Germany, Belgium, France and the United Kingdom.</p>
<p>After the explosions on the Nord Stream pipelines in September 2022, Norway raised the alert
level at its offshore installations and asked its allies for help in patrolling them.</p>
<h2>What are the risks?</h2>
<p>The Norwegian pipeline network has a few points where damage would stop a large share of the
flow, among them the processing plants at Kårstø and Kollsnes.</p>
<p>Germany, the United Kingdom and France sent ships and aircraft to patrol the North Sea in the
autumn of 2022, and NATO set up a coordination cell for critical undersea infrastructure in
February 2023.</p>
<p>Equinor, the state-controlled energy company, operates most of the fields and says it spends
about 2 billion kroner a year on security.</p>
<h2>What should Europe do?</h2>
<p>Europe should build up stocks of spare pipe sections and repair vessels, and share intelligence
on vessels that loiter near pipelines.</p>
<p>It should also agree on who pays for the protection of infrastructure that serves several
states at once.</p>
<p>Finally, the EU should count Norway's installations as critical to the Union in its directive
on the resilience of critical entities, although Norway is not a member state.</p>
<p>Norway, for its part, has promised to keep production high until at least 2030, and to open new
fields in the Barents Sea.</p>
<p>Whether the Barents Sea can replace the ageing fields of the North Sea depends on new pipelines
that do not yet exist.</p>
<p>Until they are built, gas from the far north has to be shipped as liquefied natural gas from
the Hammerfest plant, which produces about 4.3 million tonnes a year.</p>
<div class="end">Authors: Sigrid Haugen, Erik Lunde</div>
</body></html>

""",
        (
            "Norway's Gas and Europe's Security",
            ("Sigrid Haugen", "Erik Lunde"),
            "2025-09",
        ),
    ),
    "aegean_gap_names": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:22pt;margin:0 0 10pt 0}
.row{display:flex;gap:28pt;font-size:9.5pt;font-weight:bold;margin-bottom:4pt}
.dt{font-size:9pt;color:#777;margin-bottom:16pt}
</style></head><body>
<h1>Greece and Turkey in the Aegean</h1>
<div class="row"><span>Nikos Papadakis</span><span>Elif Yılmaz</span></div>
<div class="dt">11 November 2024</div>
<p>Greece and Turkey signed the Athens Declaration on friendly relations in December 2023, after
years of tension over the Aegean.</p>
<p>Turkish violations of Greek airspace fell from about 11,000 in 2022 to a few dozen in 2024.</p>
<p>The two countries still disagree on the width of territorial waters, which Greece says it may
extend from 6 to 12 nautical miles.</p>
</body></html>

""",
        (
            "Greece and Turkey in the Aegean",
            ("Nikos Papadakis", "Elif Yılmaz"),
            "2024-11-11",
        ),
    ),
    "krsko_slash_date": (
        """\
<html><head><meta charset="utf-8"><title>Policy Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
.top{font-size:8.5pt;color:#555;margin-bottom:12pt}
h1{font-size:21pt;margin:0 0 8pt 0}
.a{font-size:9.5pt;margin-bottom:16pt}
</style></head><body>
<div class="top">Policy Brief · Published 22/04/2025</div>
<h1>Slovenia's Nuclear Expansion Plans</h1>
<div class="a">Author: Prof. Dr. Matej Kovačič</div>
<p>Slovenia's only nuclear power plant, at Krško, produces about a third of the country's
electricity and is co-owned with Croatia.</p>
<p>In 2023 the government extended the operating life of the Krško plant until 2043.</p>
<p>A referendum on a second reactor, JEK2, planned for November 2024, was cancelled.</p>
</body></html>

""",
        (
            "Slovenia's Nuclear Expansion Plans",
            ("Matej Kovačič",),
            "2025-04-22",
        ),
    ),
    "rumunia_double": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Komentarz</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:0 0 10pt 0}
.a{font-family:"DejaVu Sans";font-size:10pt}
.d{font-family:"DejaVu Sans";font-size:9pt;color:#666;margin-bottom:16pt}
</style></head><body>
<h1>Rumunia i bezpieczeństwo Morza Czarnego</h1>
<div class="a">dr Anna Maria Kowalska-Nowak</div>
<div class="d">październik 2024</div>
<p>Rumunia rozbudowuje bazę lotniczą Mihail Kogălniceanu, która ma się stać największą bazą NATO w
Europie. Koszt inwestycji szacuje się na około 2,5 mld euro.</p>
<p>Od 2022 roku na terytorium Rumunii spadły fragmenty rosyjskich dronów co najmniej 20 razy.</p>
</body></html>

""",
        (
            "Rumunia i bezpieczeństwo Morza Czarnego",
            ("Anna Maria Kowalska-Nowak",),
            "2024-10",
        ),
    ),
    "estonia_the_authors": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:22pt;margin:0 0 6pt 0}
.d{font-size:9pt;margin-bottom:14pt}
.box{margin-top:24pt;background:#eef;padding:8pt;font-size:8.5pt}
.box b{display:block;margin-bottom:3pt}
</style></head><body>
<h1>Estonia's Defence Tax</h1>
<div class="d">2 December 2024</div>
<p>Estonia will raise its defence spending to 3.7 percent of GDP in 2026, financed in part by a
new security tax.</p>
<p>From 2026, a 2 percent tax will be levied on personal income and on company profits, and value
added tax will rise from 22 to 24 percent in July 2025.</p>
<p>The government expects the measures to raise about 360 million euros a year.</p>
<div class="box"><b>The authors</b>Kaja Rebane is a senior analyst at the institute's
Nordic-Baltic programme. Toomas Vaher is a research fellow working on defence economics.</div>
</body></html>

""",
        (
            "Estonia's Defence Tax",
            ("Kaja Rebane", "Toomas Vaher"),
            "2024-12-02",
        ),
    ),
    "iceland_publisher": (
        """\
<html><head><meta charset="utf-8"><title>Publication</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.pub{font-size:26pt;font-weight:bold;color:#2a4;letter-spacing:1pt}
.sub{font-size:9pt;color:#2a4;margin-bottom:22pt}
h1{font-size:19pt;margin:0 0 8pt 0}
.by{font-size:9.5pt;margin-bottom:3pt}
.dt{font-size:9pt;color:#777;margin-bottom:14pt}
</style></head><body>
<div class="pub">NORDIC DEFENCE FORUM</div>
<div class="sub">Independent analysis since 1998</div>
<h1>Iceland Without an Army</h1>
<div class="by">Björn Sigurðsson and Helga Jónsdóttir</div>
<div class="dt">5 May 2025</div>
<p>Iceland is the only NATO member without armed forces; its coast guard has about 200 staff,
three ships and a few aircraft.</p>
<p>The United States left the Keflavík naval air station in 2006, but American P-8 patrol aircraft
have used it regularly since 2016.</p>
<p>In 2024 Iceland spent about 0.1 percent of its GDP on defence-related tasks.</p>
</body></html>

""",
        (
            "Iceland Without an Army",
            ("Björn Sigurðsson", "Helga Jónsdóttir"),
            "2025-05-05",
        ),
    ),
    "wagner_names_above": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
.who{font-size:9pt;font-variant:small-caps;letter-spacing:0.5pt;margin-bottom:6pt}
h1{font-size:23pt;margin:0 0 6pt 0}
.d{font-size:9pt;color:#777;margin-bottom:16pt}
</style></head><body>
<div class="who">Mateusz Wiśniewski</div>
<h1>Belarus and the Wagner Legacy</h1>
<div class="d">14 July 2025</div>
<p>Several thousand Wagner fighters moved to Belarus after the group's mutiny in June 2023, and
were housed in a camp near Asipovichy.</p>
<p>By the end of 2023 most of them had left, and only about 1,000 remained as instructors for the
Belarusian army.</p>
<p>Poland reinforced its border with Belarus with about 10,000 soldiers in the summer of 2023.</p>
</body></html>

""",
        (
            "Belarus and the Wagner Legacy",
            ("Mateusz Wiśniewski",),
            "2025-07-14",
        ),
    ),
    "armenia_header_row": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.6cm;line-height:1.45}
.row{display:flex;justify-content:space-between;font-size:9pt;color:#345;border-bottom:2px solid
#345;padding-bottom:5pt;margin-bottom:20pt}
h1{font-size:22pt;margin:0 0 10pt 0}
.by{font-size:9.5pt;margin-bottom:14pt}
</style></head><body>
<div class="row"><span><b>Eastern Policy Institute</b></span><span>Brief No. 23 &nbsp;|&nbsp; July
2025</span></div>
<h1>Armenia and Azerbaijan After the Peace Text</h1>
<div class="by">By Ani Hakobyan and Rashad Aliyev</div>
<p>Armenia and Azerbaijan agreed on the text of a peace treaty in March 2025, after almost four
years of negotiations.</p>
<p>Azerbaijan demands that Armenia remove territorial claims from its constitution, which would
require a referendum.</p>
<p>About 100,000 Armenians left Nagorno-Karabakh within a week of Azerbaijan's offensive in
September 2023.</p>
</body></html>

""",
        (
            "Armenia and Azerbaijan After the Peace Text",
            ("Ani Hakobyan", "Rashad Aliyev"),
            "2025-07",
        ),
    ),
    "ireland_irish_names": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-size:21pt;margin:0 0 8pt 0}
.a{font-family:"DejaVu Sans";font-size:9.5pt;font-weight:bold}
.d{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:16pt}
</style></head><body>
<h1>Ireland's Neutrality Debate</h1>
<div class="a">Siobhán O'Sullivan and Ciarán Mac Giolla</div>
<div class="d">25 September 2024</div>
<p>Ireland spends about 0.2 percent of its GDP on defence, the lowest share in the European
Union.</p>
<p>The "triple lock" requires a UN mandate, a government decision and a vote in the Dáil before
more than 12 Irish soldiers can be deployed abroad.</p>
<p>In 2024 the government proposed a bill to remove the UN mandate from the triple lock.</p>
</body></html>

""",
        (
            "Ireland's Neutrality Debate",
            ("Siobhán O'Sullivan", "Ciarán Mac Giolla"),
            "2024-09-25",
        ),
    ),
    "hydrogen_with": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.9cm;line-height:1.5}
.k{font-size:8.5pt;color:#b30;font-weight:bold;margin-bottom:4pt}
h1{font-size:22pt;margin:0 0 8pt 0}
.by{font-size:9.5pt;font-style:italic}
.d{font-size:9pt;color:#666;margin-bottom:14pt}
</style></head><body>
<div class="k">ANALYSIS · ENERGY</div>
<h1>Germany's Hydrogen Core Network</h1>
<div class="by">Katrin Bauer, with Jonas Weber</div>
<div class="d">8 April 2025</div>
<p>The German regulator approved a hydrogen core network of about 9,000 kilometres in October
2024, most of it converted from gas pipelines.</p>
<p>The network is to be built by 2032 at a cost of about 19 billion euros, financed by network
fees.</p>
<p>Germany expects to import between 50 and 70 percent of the hydrogen it needs in 2030.</p>
</body></html>

""",
        (
            "Germany's Hydrogen Core Network",
            ("Katrin Bauer", "Jonas Weber"),
            "2025-04-08",
        ),
    ),
    "danube_prepared_cover": (
        """\
<html><head><meta charset="utf-8"><title>Report</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:0;line-height:1.5}
.cover{height:27.7cm;padding:4cm
2.5cm;box-sizing:border-box;page-break-after:always;border-left:30pt solid #630}
.cover h1{font-size:28pt;margin:0 0 30pt 0}
.cover .p{font-size:11pt}
.cover .m{font-size:11pt;margin-top:40pt}
.body{padding:2cm}
</style></head><body>
<div class="cover">
<h1>The Danube Region's Grain Logistics</h1>
<div class="p">Prepared by: Dr. Mihai Ionescu, Kateryna Shevchuk</div>
<div class="m">July 2025</div>
</div>
<div class="body">
<p>The Romanian port of Constanța handled about 30 million tonnes of Ukrainian grain in 2023.</p>
<p>The Sulina channel, the main shipping route through the Danube delta, has a maximum draught of
about 7.3 metres.</p>
<p>Ukraine's Danube ports of Izmail and Reni were attacked by Russian drones more than 30 times in
2023.</p>
</div>
</body></html>

""",
        (
            "The Danube Region's Grain Logistics",
            ("Mihai Ionescu", "Kateryna Shevchuk"),
            "2025-07",
        ),
    ),
    "latvia_end_table": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:22pt;margin:0 0 6pt 0}
.d{font-size:9pt;margin-bottom:14pt}
h3{font-size:10pt;margin:20pt 0 4pt 0}
table{border-collapse:collapse;font-size:9pt}
td{border-top:1px solid #ccc;padding:3pt 12pt 3pt 0}
</style></head><body>
<h1>Latvia's Russian-Speaking Minority</h1>
<div class="d">30 January 2025</div>
<p>About a third of Latvia's population speaks Russian at home, according to the 2021 census.</p>
<p>From 2025, schools in Latvia teach only in Latvian, completing a reform adopted in 2022.</p>
<p>About 25,000 Russian citizens living in Latvia had to pass a Latvian language test by 2024 to
keep their residence permits.</p>
<h3>Authors</h3>
<table><tr><td>Laura Ozola</td><td>Senior Analyst</td></tr><tr><td>Dmitrijs
Petrovs</td><td>Research Fellow</td></tr></table>
</body></html>

""",
        (
            "Latvia's Russian-Speaking Minority",
            ("Laura Ozola", "Dmitrijs Petrovs"),
            "2025-01-30",
        ),
    ),
    "slovakia_cards_bottom": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:22pt;margin:0 0 6pt 0}
.d{font-size:9pt;color:#777;margin-bottom:14pt}
.team{display:flex;gap:40pt;margin-top:30pt;border-top:1px solid #aaa;padding-top:8pt}
.team .n{font-weight:bold;font-size:9pt}
.team .p{font-size:8pt;color:#555}
</style></head><body>
<h1>Slovakia's Defence Procurement</h1>
<div class="d">19 March 2025</div>
<p>Slovakia signed a contract for 14 F-16 Block 70 fighters in 2018, and the first of them arrived
in July 2024.</p>
<p>In 2023 Slovakia gave Ukraine its 13 remaining MiG-29 fighters, in return for which the United
States offered 12 Bell AH-1Z helicopters at a reduced price.</p>
<p>Slovakia's defence spending reached 2 percent of GDP in 2023 for the first time since joining
NATO.</p>
<div class="team">
<div><div class="n">Juraj Novák</div><div class="p">Senior Fellow</div></div>
<div><div class="n">Petra Kováčová</div><div class="p">Analyst</div></div>
<div><div class="n">Martin Horváth</div><div class="p">Research Assistant</div></div>
</div>
</body></html>

""",
        (
            "Slovakia's Defence Procurement",
            ("Juraj Novák", "Petra Kováčová", "Martin Horváth"),
            "2025-03-19",
        ),
    ),
    "drone_wall_editorial": (
        """\
<html><head><meta charset="utf-8"><title>Editorial</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-size:22pt;margin:0 0 8pt 0}
.by{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:4pt}
.d{font-family:"DejaVu Sans";font-size:9pt;color:#777;margin-bottom:16pt}
</style></head><body>
<h1>Why Europe Needs a Drone Wall</h1>
<div class="by">By the Editorial Board</div>
<div class="d">10 October 2025</div>
<p>In September 2025 about 20 Russian drones entered Polish airspace, and NATO aircraft shot down
several of them for the first time.</p>
<p>The European Commission proposed a "drone wall" along the eastern border in October 2025, to be
ready by the end of 2027.</p>
<p>Shooting down a cheap drone with a missile can cost more than 100 times the price of the drone
itself.</p>
</body></html>

""",
        (
            "Why Europe Needs a Drone Wall",
            (),
            "2025-10-10",
        ),
    ),
    "france_publication_date": (
        """\
<html><head><meta charset="utf-8"><title>Note</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
h1{font-size:21pt;margin:0 0 8pt 0}
.a{font-size:9.5pt;font-weight:bold}
.m{font-size:8.5pt;color:#666;margin-bottom:16pt}
</style></head><body>
<h1>France's Nuclear Umbrella for Europe</h1>
<div class="a">Anne-Marie Dupont</div>
<div class="m">Publication date: 03.11.2024</div>
<p>France has about 290 nuclear warheads, according to its own statements, the fourth-largest
arsenal in the world.</p>
<p>In a speech in February 2020, President Emmanuel Macron invited European partners to a
strategic dialogue on the role of French nuclear deterrence.</p>
<p>France's nuclear forces consist of four ballistic missile submarines and Rafale aircraft armed
with ASMP-A missiles.</p>
</body></html>

""",
        (
            "France's Nuclear Umbrella for Europe",
            ("Anne-Marie Dupont",),
            "2024-11-03",
        ),
    ),
    "niemcy_prof": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Komentarz</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:0 0 8pt 0}
.a{font-family:"DejaVu Sans";font-size:9.5pt}
.d{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:16pt}
</style></head><body>
<h1>Niemcy po wyborach: nowa polityka wobec Ukrainy?</h1>
<div class="a">Autor: dr hab. Tomasz Kamiński, prof. UW</div>
<div class="d">Warszawa, 27 lutego 2025 r.</div>
<p>Wybory do Bundestagu odbyły się 23 lutego 2025 roku. CDU/CSU zdobyła 28,5 proc. głosów i
wygrała wybory.</p>
<p>Niemcy przekazały Ukrainie w latach 2022–2024 pomoc wojskową o wartości około 28 mld euro.</p>
</body></html>

""",
        (
            "Niemcy po wyborach: nowa polityka wobec Ukrainy?",
            ("Tomasz Kamiński",),
            "2025-02-27",
        ),
    ),
    "patriot_wrapped_byline": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.6cm;line-height:1.45}
.wrap{display:flex;gap:20pt}
.side{width:3.2cm;font-size:9pt;border-right:2px solid #69c;padding-right:8pt}
.main{flex:1}
h1{font-size:22pt;margin:0 0 10pt 0}
</style></head><body>
<div class="wrap"><div class="side">
<p>By Anna Nowak and Jan Kowalski</p>
<p>6 May 2025</p>
</div><div class="main">
<h1>Poland's New Air Defence</h1>
<p>Poland ordered 48 Patriot launchers and more than 600 PAC-3 MSE missiles from the United States
in 2023.</p>
<p>The first Patriot battery of the Wisła programme reached operational readiness in 2023, five
years after the contract was signed.</p>
<p>The Narew programme for short-range air defence is to deliver 23 batteries by 2035.</p>
</div></div>
</body></html>

""",
        (
            "Poland's New Air Defence",
            ("Anna Nowak", "Jan Kowalski"),
            "2025-05-06",
        ),
    ),
    "rota_del_carmen": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
.k{font-size:8pt;letter-spacing:2pt}
h1{font-size:22pt;margin:4pt 0 8pt 0}
.by{font-size:9.5pt}
.d{font-size:9pt;color:#777;margin-bottom:16pt}
</style></head><body>
<div class="k">ANALYSIS</div>
<h1>Spain's Role in NATO's Southern Flank</h1>
<div class="by">María del Carmen Ruiz and Luis de la Fuente</div>
<div class="d">2 June 2025</div>
<p>Spain spent about 1.28 percent of its GDP on defence in 2024, the lowest share in NATO.</p>
<p>The naval base at Rota hosts four US Navy destroyers, with two more to arrive by 2026.</p>
<p>Spain leads the NATO battlegroup in Slovakia and contributes about 700 soldiers to the
battlegroup in Latvia.</p>
</body></html>

""",
        (
            "Spain's Role in NATO's Southern Flank",
            ("María del Carmen Ruiz", "Luis de la Fuente"),
            "2025-06-02",
        ),
    ),
    "kaliningrad_posted_by": (
        """\
<html><head><meta charset="utf-8"><title>Blog</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.55}
h1{font-size:22pt;margin:0 0 6pt 0}
.meta{font-size:8.5pt;color:#777;margin-bottom:16pt}
</style></head><body>
<h1>What the Kaliningrad Transit Dispute Taught Us</h1>
<div class="meta">Posted by Aušra Vaitkienė on 12 May 2025</div>
<p>In June 2022 Lithuania stopped the rail transit of sanctioned goods to Kaliningrad, which
Russia called a blockade.</p>
<p>After guidance from the European Commission in July 2022, Lithuania allowed the rail transit of
sanctioned goods again, except for military and dual-use items.</p>
<p>About 50 percent of Kaliningrad's freight used to arrive by rail through Lithuania.</p>
</body></html>

""",
        (
            "What the Kaliningrad Transit Dispute Taught Us",
            ("Aušra Vaitkienė",),
            "2025-05-12",
        ),
    ),
    "jadar_affiliation_letters": (
        """\
<html><head><meta charset="utf-8"><title>Paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2.2cm;line-height:1.5}
h1{font-size:20pt;margin:0 0 8pt 0}
.a{font-size:10pt}
.aff{font-size:8pt;color:#555;margin-bottom:14pt}
.d{font-size:9pt;margin-bottom:12pt}
</style></head><body>
<h1>Critical Raw Materials and the Western Balkans</h1>
<div class="a">Dragana Marković<sup>a</sup> and Tobias Lang<sup>b</sup></div>
<div class="aff"><sup>a</sup> University of Belgrade &nbsp; <sup>b</sup> Vienna Institute for
Regional Studies</div>
<div class="d">April 2025</div>
<p>Serbia's Jadar valley holds one of the largest lithium deposits in Europe, estimated at about
158 million tonnes of ore.</p>
<p>In July 2024 Serbia and the European Union signed a memorandum on a strategic partnership on
raw materials.</p>
<p>Protests against the Jadar mine brought tens of thousands of people to the streets of Belgrade
in August 2024.</p>
</body></html>

""",
        (
            "Critical Raw Materials and the Western Balkans",
            ("Dragana Marković", "Tobias Lang"),
            "2025-04",
        ),
    ),
    "fence_label_row": (
        """\
<html><head><meta charset="utf-8"><title>Update</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:22pt;margin:0 0 14pt 0}
table{font-size:9pt;margin-bottom:16pt}
td{padding:0 40pt 2pt 0}
.l{color:#888;font-size:7.5pt;letter-spacing:1pt}
</style></head><body>
<h1>Finland's Eastern Border Fence</h1>
<table><tr><td class="l">AUTHOR</td><td class="l">DATE</td></tr>
<tr><td>Mikko Virtanen</td><td>3 February 2025</td></tr></table>
<p>Finland is building a fence along about 200 kilometres of its 1,340-kilometre border with
Russia.</p>
<p>The fence is 4.5 metres high and fitted with cameras and sensors, and is to be completed by
2026.</p>
<p>The project will cost about 380 million euros.</p>
</body></html>

""",
        (
            "Finland's Eastern Border Fence",
            ("Mikko Virtanen",),
            "2025-02-03",
        ),
    ),
    "austria_dateline_over_title": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.dl{font-family:"DejaVu Sans";font-size:9pt;color:#555}
h1{font-size:22pt;margin:6pt 0 8pt 0}
.by{font-family:"DejaVu Sans";font-size:9.5pt;margin-bottom:16pt}
</style></head><body>
<div class="dl">Vienna, 15th of March 2025</div>
<h1>Austria's Neutrality and Sky Shield</h1>
<div class="by">Written by Lukas Steiner</div>
<p>Austria joined the European Sky Shield Initiative in July 2023, together with Switzerland,
despite its neutrality.</p>
<p>The Austrian constitution has required permanent neutrality since October 1955.</p>
<p>Austria plans to raise its defence budget to 1.5 percent of GDP by 2027.</p>
</body></html>

""",
        (
            "Austria's Neutrality and Sky Shield",
            ("Lukas Steiner",),
            "2025-03-15",
        ),
    ),
    "arktyka_wspolpraca": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Biuletyn</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.s{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold}
h1{font-family:"DejaVu Sans";font-size:19pt;margin:6pt 0 8pt 0}
.a{font-family:"DejaVu Sans";font-size:9.5pt;margin-bottom:14pt}
</style></head><body>
<div class="s">BIULETYN NR 41 (2250) · 18 marca 2025</div>
<h1>Chiny w Arktyce</h1>
<div class="a">Autorka: Marta Zielińska; współpraca: Piotr Lis</div>
<p>Chiny ogłosiły się „państwem bliskoarktycznym” w białej księdze opublikowanej w styczniu 2018
roku.</p>
<p>W 2024 roku przez Północną Drogę Morską przewieziono około 37,9 mln ton ładunków.</p>
</body></html>

""",
        (
            "Chiny w Arktyce",
            ("Marta Zielińska",),
            "2025-03-18",
        ),
    ),
    "ignalina_footer_author": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
@page{margin:1.5cm 1.8cm 2.5cm 1.8cm}
body{font-family:"DejaVu Sans";font-size:10pt;line-height:1.5;margin:0}
h1{font-size:22pt;margin:0 0 6pt 0}
.d{font-size:9pt;color:#666;margin-bottom:16pt}
.foot{position:fixed;bottom:0;left:0;right:0;font-size:7.5pt;color:#666;border-top:1px solid
#aaa;padding-top:3pt}
</style></head><body>
<h1>Lithuania's New Nuclear Dilemma</h1>
<div class="d">21 October 2024</div>
<p>Lithuania closed the Ignalina nuclear power plant in 2009 as a condition of its accession to
the European Union.</p>
<p>The decommissioning of Ignalina is expected to be completed by 2038 and to cost about 3.4
billion euros.</p>
<p>Since 2025 Lithuania has been synchronised with the continental European electricity grid.</p>
<div class="foot">© 2024 Baltic Institute · Author: Rasa Jankauskienė · www.example.org</div>
</body></html>

""",
        (
            "Lithuania's New Nuclear Dilemma",
            ("Rasa Jankauskienė",),
            "2024-10-21",
        ),
    ),
    "moldova_handles_sidebar": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.6cm;line-height:1.45}
.wrap{display:flex;gap:18pt}
.main{flex:3}
.side{flex:1;font-size:8.5pt;border-left:1px solid #ccc;padding-left:10pt}
.side .n{font-weight:bold;font-size:9pt;margin-top:10pt}
.side .h{color:#36a}
h1{font-size:22pt;margin:0 0 6pt 0}
.d{font-size:9pt;color:#777;margin-bottom:12pt}
</style></head><body>
<div class="wrap"><div class="main">
<h1>Moldova's Energy Bridge to Romania</h1>
<div class="d">16 September 2025</div>
<p>The Iași–Ungheni–Chișinău gas pipeline, completed in 2021, can carry about 1.5 billion cubic
metres of gas a year.</p>
<p>Moldova stopped buying gas from Gazprom for its right bank in December 2022.</p>
<p>The 400-kilovolt line between Vulcănești and Chișinău is to be finished in 2025.</p>
</div><div class="side">
<div class="n">Victoria Ceban</div><div class="h">@vceban</div>
<div class="n">Radu Munteanu</div><div class="h">@radumunteanu</div>
</div></div>
</body></html>

""",
        (
            "Moldova's Energy Bridge to Romania",
            ("Victoria Ceban", "Radu Munteanu"),
            "2025-09-16",
        ),
    ),
    "denmark_dr_phd": (
        """\
<html><head><meta charset="utf-8"><title>Policy Paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-size:21pt;margin:0 0 8pt 0}
.a{font-size:10pt;font-style:italic}
.d{font-size:9pt;margin-bottom:16pt}
</style></head><body>
<h1>Denmark's F-35s and the Arctic</h1>
<div class="a">Dr. Helena Berg and Jonas Lind, Ph.D.</div>
<div class="d">June 2025</div>
<p>Denmark ordered 27 F-35A fighters in 2016 to replace its F-16s, and the first of them arrived
in Denmark in September 2023.</p>
<p>The Danish air force flies from Skrydstrup, which became the home base of the F-35 fleet in
2023.</p>
<p>In 2025 Denmark decided to buy 16 more F-35s, bringing the total to 43.</p>
</body></html>

""",
        (
            "Denmark's F-35s and the Arctic",
            ("Helena Berg", "Jonas Lind"),
            "2025-06",
        ),
    ),
    "czech_closing_note_2p": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2.4cm;line-height:1.7}
h1{font-family:"DejaVu Sans";font-size:22pt;margin:0 0 6pt 0}
.d{font-family:"DejaVu Sans";font-size:9pt;color:#666;margin-bottom:18pt}
.bio{font-style:italic;font-size:9.5pt;margin-top:24pt}
</style></head><body>
<h1>Czechia's Ammunition Diplomacy</h1>
<div class="d">14 January 2025</div>
<p>In February 2024 Czechia announced that it had identified about 800,000 artillery shells in
third countries that could be bought for Ukraine.</p>
<p>The initiative was financed by about 18 countries, among them Denmark, the Netherlands, Canada
and Germany, and the first shells reached Ukraine in June 2024.</p>
<p>By the end of 2024 about 1.5 million shells had been delivered through the initiative,
according to the Czech government.</p>
<p>The scheme relied on Czech companies with long experience of the international arms market,
which could find stocks in Asia, Africa and Latin America.</p>
<p>Critics in Czechia, including the largest opposition party, argued that the initiative lacked
transparency and that the prices paid were too high.</p>
<p>The opposition promised to review the initiative if it won the parliamentary elections in
October 2025.</p>
<p>Other states have since tried to copy the Czech model. Estonia proposed a similar scheme for
air defence missiles, and the Netherlands for drones.</p>
<p>For the European Union, the initiative showed that speed can matter more than where the shells
are made, a lesson that runs against its own rules on defence procurement.</p>
<p>The European Defence Industry Programme, agreed in 2025, allows only limited purchases of
weapons made outside the Union.</p>
<p>Whether the Czech model survives will depend on politics in Prague more than on the needs of
Ukraine.</p>
<p class="bio">Jan Novák is a researcher at the Institute of International Relations in Prague.</p>
</body></html>

""",
        (
            "Czechia's Ammunition Diplomacy",
            ("Jan Novák",),
            "2025-01-14",
        ),
    ),
    "gotland_published_by": (
        """\
<html><head><meta charset="utf-8"><title>Insight</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
h1{font-size:22pt;margin:0 0 8pt 0}
.m{font-size:8.5pt;color:#555;margin-bottom:16pt}
</style></head><body>
<h1>Sweden's Gotland Garrison</h1>
<div class="m">Published: Wednesday, 4 June 2025 | By: Tomas Berg</div>
<p>Sweden re-established a permanent garrison on Gotland in January 2018, after having
demilitarised the island in 2005.</p>
<p>About 400 soldiers of the Gotland Regiment are based near Visby.</p>
<p>Gotland lies about 330 kilometres from Kaliningrad.</p>
</body></html>

""",
        (
            "Sweden's Gotland Garrison",
            ("Tomas Berg",),
            "2025-06-04",
        ),
    ),
    "grain_slash_names": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
h1{font-size:21pt;margin:0 0 8pt 0}
.a{font-size:9.5pt;font-weight:bold}
.d{font-size:9pt;color:#777;margin-bottom:16pt}
</style></head><body>
<h1>Poland's Grain Dispute with Ukraine</h1>
<div class="a">Anna Nowak / Piotr Lis</div>
<div class="d">22 February 2024</div>
<p>Poland banned imports of Ukrainian grain in April 2023, together with Hungary and Slovakia.</p>
<p>Polish farmers blocked border crossings with Ukraine from November 2023, demanding limits on
imports of Ukrainian agricultural products.</p>
<p>Ukraine's grain exports through Poland fell by about 80 percent in 2023.</p>
</body></html>

""",
        (
            "Poland's Grain Dispute with Ukraine",
            ("Anna Nowak", "Piotr Lis"),
            "2024-02-22",
        ),
    ),
    "suwalki_caps_initials": (
        """\
<html><head><meta charset="utf-8"><title>Bulletin</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.s{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold}
h1{font-size:20pt;margin:6pt 0 6pt 0}
.a{font-family:"DejaVu Sans";font-size:9pt;letter-spacing:0.5pt}
.d{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:16pt}
</style></head><body>
<div class="s">BULLETIN No. 12 (2031)</div>
<h1>The Suwałki Gap in NATO Planning</h1>
<div class="a">J. KOWALSKI, A. NOWAK</div>
<div class="d">8 August 2024</div>
<p>The Suwałki Gap is a stretch of about 65 kilometres of the Polish-Lithuanian border between
Belarus and Kaliningrad.</p>
<p>NATO's regional plans, adopted at the Vilnius summit in July 2023, assign forces to the defence
of the gap.</p>
<p>Germany is stationing a brigade of about 4,800 soldiers in Lithuania by 2027.</p>
</body></html>

""",
        (
            "The Suwałki Gap in NATO Planning",
            ("J. Kowalski", "A. Nowak"),
            "2024-08-08",
        ),
    ),
    "anaklia_subtitle_byline": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.top{font-size:8pt;color:#888;margin-bottom:14pt}
h1{font-size:22pt;margin:0 0 4pt 0}
h2{font-size:12pt;font-weight:normal;color:#444;margin:0 0 10pt 0}
.by{font-size:9pt}
.d{font-size:9pt;color:#777;margin-bottom:14pt}
</style></head><body>
<div class="top">Regional Security Programme · Issue 9</div>
<h1>Georgia's Black Sea Port at Anaklia</h1>
<h2>A deep-water port between China, Russia and the West</h2>
<div class="by">Nino Beridze and Thomas Wagner</div>
<div class="d">11 April 2025</div>
<p>The Georgian government cancelled the contract with the consortium building the Anaklia port in
January 2020.</p>
<p>In May 2024 a Chinese-Singaporean consortium was chosen to build the first phase of the port,
which is to handle about 600,000 containers a year.</p>
<p>The port would be the first deep-water port on Georgia's Black Sea coast, with a depth of about
16 metres.</p>
</body></html>

""",
        (
            "Georgia's Black Sea Port at Anaklia",
            ("Nino Beridze", "Thomas Wagner"),
            "2025-04-11",
        ),
    ),
    "albania_centred_cover": (
        """\
<html><head><meta charset="utf-8"><title>Report</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:0;line-height:1.5}
.cover{height:27.7cm;text-align:center;padding-top:7cm;box-sizing:border-box;
page-break-after:always}
.cover h1{font-size:26pt;margin:0 0 20pt 0}
.cover .a{font-size:12pt;margin-bottom:4pt}
.cover .i{font-size:10pt;font-style:italic;margin-bottom:40pt}
.cover .d{font-size:11pt}
.body{padding:2cm}
</style></head><body>
<div class="cover">
<h1>Italy and the Mediterranean Migration Route</h1>
<div class="a">Giulia Romano</div>
<div class="i">Institute for Mediterranean Studies, Rome</div>
<div class="d">November 2024</div>
</div>
<div class="body">
<p>Italy and Albania signed an agreement in November 2023 to process asylum seekers rescued at sea
in centres in Albania.</p>
<p>The centres at Shëngjin and Gjadër can hold up to 3,000 people a month.</p>
<p>Italian courts ordered the release of the first migrants sent to Albania in October 2024, after
only a few days.</p>
</div>
</body></html>

""",
        (
            "Italy and the Mediterranean Migration Route",
            ("Giulia Romano",),
            "2024-11",
        ),
    ),
    "baltyk_two_names": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Analiza</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
.s{font-size:8.5pt;color:#a00;font-weight:bold}
h1{font-size:20pt;margin:4pt 0 8pt 0}
.a{font-size:9.5pt}
.d{font-size:9pt;color:#666;margin-bottom:14pt}
</style></head><body>
<div class="s">ANALIZA · BEZPIECZEŃSTWO</div>
<h1>Bałtyk jako morze NATO</h1>
<div class="a">Katarzyna Wiśniewska, Tomasz Dąbrowski</div>
<div class="d">5 maja 2025 r.</div>
<p>Po przystąpieniu Finlandii i Szwecji do NATO osiem z dziewięciu państw nadbałtyckich należy do
Sojuszu.</p>
<p>W styczniu 2025 roku NATO rozpoczęło operację Baltic Sentry, w której uczestniczy około 10
okrętów.</p>
</body></html>

""",
        (
            "Bałtyk jako morze NATO",
            ("Katarzyna Wiśniewska", "Tomasz Dąbrowski"),
            "2025-05-05",
        ),
    ),
    "kosovo_written_by_box": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.6cm;line-height:1.45}
.wrap{display:flex;gap:18pt}
.main{flex:3}
.side{flex:1;font-size:8.5pt;background:#f4f4f4;padding:8pt}
.side b{display:block;margin-top:8pt;font-size:8pt;letter-spacing:1pt}
h1{font-size:22pt;margin:0 0 10pt 0}
</style></head><body>
<div class="wrap"><div class="main">
<h1>Kosovo and Serbia After the Banjska Attack</h1>
<p>In September 2023 an armed group attacked Kosovo police near the village of Banjska, and a
Kosovo police officer and three attackers were killed.</p>
<p>NATO increased its KFOR mission by about 1,000 soldiers after the attack.</p>
<p>The EU-facilitated dialogue between Belgrade and Pristina has produced no agreement on the
association of Serb-majority municipalities since 2013.</p>
</div><div class="side">
<b>WRITTEN BY</b>Arben Krasniqi<br>Senior Researcher
<b>PUBLISHED</b>2 December 2024
<b>KEYWORDS</b>Kosovo, Serbia, KFOR
</div></div>
</body></html>

""",
        (
            "Kosovo and Serbia After the Banjska Attack",
            ("Arben Krasniqi",),
            "2024-12-02",
        ),
    ),
    "estonia_signed_by": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2.2cm;line-height:1.6}
h1{font-size:22pt;margin:0 0 6pt 0}
.d{font-family:"DejaVu Sans";font-size:9pt;color:#666;margin-bottom:16pt}
.sig{text-align:right;font-family:"DejaVu Sans";font-size:9.5pt;margin-top:18pt}
</style></head><body>
<h1>Estonia's Digital Defence</h1>
<div class="d">30 June 2025</div>
<p>In April 2007 Estonia suffered a wave of cyberattacks after it moved a Soviet war memorial in
Tallinn.</p>
<p>The NATO Cooperative Cyber Defence Centre of Excellence opened in Tallinn in 2008.</p>
<p>Estonia's data embassy, a copy of key state databases, has been kept in a data centre in
Luxembourg since 2017.</p>
<div class="sig">By Kristjan Tamm<br>Tallinn</div>
</body></html>

""",
        (
            "Estonia's Digital Defence",
            ("Kristjan Tamm",),
            "2025-06-30",
        ),
    ),
    "bulgaria_initials_by": (
        """\
<html><head><meta charset="utf-8"><title>Note</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
h1{font-size:20pt;margin:0 0 8pt 0}
.a{font-size:9.5pt;font-style:italic}
.d{font-size:9pt;margin-bottom:14pt}
</style></head><body>
<h1>Bulgaria's Path to the Eurozone</h1>
<div class="a">by M. Petrova and G. Ivanov</div>
<div class="d">15 August 2025</div>
<p>The EU Council approved Bulgaria's adoption of the euro in July 2025, with effect from 1
January 2026.</p>
<p>The conversion rate was fixed at 1.95583 leva per euro, the rate at which the lev had been
pegged since 1999.</p>
<p>Inflation in Bulgaria was about 2.8 percent in 2024, close to the Maastricht criterion.</p>
</body></html>

""",
        (
            "Bulgaria's Path to the Eurozone",
            ("M. Petrova", "G. Ivanov"),
            "2025-08-15",
        ),
    ),
    "shadow_fleet_header_authors": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
.hd{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:14pt}
.hd .s{font-size:9pt;font-weight:bold;color:#246}
.hd .r{font-size:8.5pt;text-align:right;color:#555}
h1{font-size:23pt;margin:0 0 10pt 0;border-top:2px solid #246;padding-top:8pt}
</style></head><body>
<div class="hd"><div class="s">STRATEGIC COMMENT 14/2025</div><div class="r">Warsaw, 9 September
2025<br>Authors: Ewa Lis, Adam Bór</div></div>
<h1>Russia's Shadow Fleet in the Baltic</h1>
<p>About 600 tankers of Russia's shadow fleet carry oil past the price cap, many of them old and
poorly insured.</p>
<p>In December 2024 the Eagle S, a tanker of the shadow fleet, damaged the Estlink 2 cable with
its anchor.</p>
<p>The EU has listed more than 340 shadow fleet vessels under its sanctions since 2024.</p>
</body></html>

""",
        (
            "Russia's Shadow Fleet in the Baltic",
            ("Ewa Lis", "Adam Bór"),
            "2025-09-09",
        ),
    ),
    "baykar_photo_credit": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:1.8cm;line-height:1.45}
h1{font-size:22pt;margin:0 0 6pt 0}
.by{font-size:9.5pt;font-weight:bold}
.d{font-size:9pt;color:#777;margin-bottom:10pt}
.ph{height:4cm;background:#bbb}
.cap{font-size:7.5pt;color:#666;margin:3pt 0 12pt 0}
</style></head><body>
<h1>Turkey's Drone Exports</h1>
<div class="by">Can Öztürk</div>
<div class="d">21 January 2025</div>
<div class="ph"></div>
<div class="cap">President Recep Tayyip Erdoğan at the Teknofest fair. Photo: Emre Aksoy</div>
<p>Baykar, the maker of the Bayraktar TB2 drone, exported to more than 30 countries by 2024.</p>
<p>Turkey's defence exports reached about 7.1 billion dollars in 2024.</p>
<p>In 2023 Baykar agreed to build a factory in Ukraine that is to produce TB2 and Akıncı
drones.</p>
</body></html>

""",
        (
            "Turkey's Drone Exports",
            ("Can Öztürk",),
            "2025-01-21",
        ),
    ),
    "norway_names_posts": (
        """\
<html><head><meta charset="utf-8"><title>Policy Paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-size:21pt;margin:0 0 10pt 0}
.a{font-family:"DejaVu Sans";font-size:9pt;line-height:1.35}
.d{font-family:"DejaVu Sans";font-size:9pt;margin:8pt 0 16pt 0}
</style></head><body>
<h1>Norway's Arctic Defence Priorities</h1>
<div class="a">Ingrid Nilsen, Research Director, Nordic Security Institute<br>Per Olav Halvorsen,
Senior Adviser, Norwegian Defence Academy</div>
<div class="d">March 2025</div>
<p>Norway's long-term defence plan, adopted in 2024, raises defence spending by about 600 billion
kroner over twelve years.</p>
<p>The plan foresees at least five new frigates and a new long-range air defence system.</p>
<p>The Finnmark Brigade in the far north is to grow to a full brigade by 2036.</p>
</body></html>

""",
        (
            "Norway's Arctic Defence Priorities",
            ("Ingrid Nilsen", "Per Olav Halvorsen"),
            "2025-03",
        ),
    ),
    "turcja_series_title": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Punkt widzenia</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
.hd{font-family:"DejaVu Sans";font-size:8.5pt;display:flex;justify-content:space-between;
border-bottom:1px solid #999;padding-bottom:4pt;margin-bottom:18pt}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:0 0 8pt 0}
.a{font-family:"DejaVu Sans";font-size:9.5pt;margin-bottom:14pt}
</style></head><body>
<div class="hd"><span>PUNKT WIDZENIA nr 88</span><span>Warszawa, listopad 2024</span></div>
<h1>Turcja między NATO a Rosją</h1>
<div class="a">Jakub Kamiński</div>
<p>Turcja kupiła od Rosji system obrony powietrznej S-400, którego dostawy rozpoczęły się w lipcu
2019 roku.</p>
<p>W odpowiedzi Stany Zjednoczone wykluczyły Turcję z programu F-35 i nałożyły sankcje na jej
agencję zamówień obronnych w grudniu 2020 roku.</p>
</body></html>

""",
        (
            "Turcja między NATO a Rosją",
            ("Jakub Kamiński",),
            "2024-11",
        ),
    ),
    "balkans_title_note": (
        """\
<html><head><meta charset="utf-8"><title>Paper</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-size:21pt;margin:0 0 10pt 0}
.d{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:14pt}
.fn{font-size:8pt;border-top:1px solid #999;margin-top:30pt;padding-top:4pt}
</style></head><body>
<h1>The Western Balkans and the Growth Plan<sup>*</sup></h1>
<div class="d">October 2024</div>
<p>The EU's Growth Plan for the Western Balkans, presented in November 2023, offers the region 6
billion euros in grants and loans for 2024–2027.</p>
<p>Payments depend on reforms set out in each country's reform agenda.</p>
<p>The plan aims to double the size of the region's economies within ten years.</p>
<div class="fn"><sup>*</sup> Written by Elira Hoxha, associate fellow. The views expressed are the
author's own.</div>
</body></html>

""",
        (
            "The Western Balkans and the Growth Plan",
            ("Elira Hoxha",),
            "2024-10",
        ),
    ),
    "greenland_commentary_by": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
h1{font-size:22pt;margin:0 0 6pt 0}
.m{font-size:9pt;color:#555;margin-bottom:16pt}
</style></head><body>
<h1>Greenland's Independence Debate</h1>
<div class="m">Commentary by Sofie Andersen &nbsp;—&nbsp; Tuesday 14 January 2025</div>
<p>Greenland's parliament election in March 2025 was won by the Democrats, a party that favours a
slow path to independence.</p>
<p>Denmark pays Greenland an annual block grant of about 4.3 billion kroner, more than half of the
island's public budget.</p>
<p>About 56,000 people live in Greenland.</p>
</body></html>

""",
        (
            "Greenland's Independence Debate",
            ("Sofie Andersen",),
            "2025-01-14",
        ),
    ),
    "paks_names_over_date": (
        """\
<html><head><meta charset="utf-8"><title>Analysis</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:1.8cm;line-height:1.5}
h1{font-family:"DejaVu Sans";font-size:24pt;margin:0 0 14pt 0}
.cols{display:flex;gap:20pt}
.txt{flex:3}
.meta{flex:1;font-family:"DejaVu Sans";font-size:8.5pt;color:#333}
.meta p{margin:0 0 8pt 0}
</style></head><body>
<h1>Hungary's Russian Nuclear Plant</h1>
<div class="cols"><div class="txt">
<p>Rosatom is building two new reactors at the Paks nuclear power plant, financed by a Russian
state loan of 10 billion euros.</p>
<p>The European Commission approved the project's state aid in 2017, and construction of the first
new unit began in 2024.</p>
<p>The existing four reactors at Paks produce about half of Hungary's electricity.</p>
</div><div class="meta">
<p>Dávid Szabó<br>Kata Farkas</p>
<p>13 May 2025</p>
</div></div>
</body></html>

""",
        (
            "Hungary's Russian Nuclear Plant",
            ("Dávid Szabó", "Kata Farkas"),
            "2025-05-13",
        ),
    ),
    "czechy_dr_mgr": (
        """\
<html lang="pl"><head><meta charset="utf-8"><title>Komentarz</title><style>
body{font-family:"DejaVu Serif";font-size:10.5pt;margin:2cm;line-height:1.5}
h1{font-family:"DejaVu Sans";font-size:20pt;margin:0 0 8pt 0}
.a{font-family:"DejaVu Sans";font-size:9.5pt;font-style:italic}
.d{font-family:"DejaVu Sans";font-size:9pt;margin-bottom:14pt}
</style></head><body>
<h1>Czechy po wyborach parlamentarnych</h1>
<div class="a">dr Małgorzata Nowicka-Lis i mgr Paweł Sowa</div>
<div class="d">8 października 2025 r.</div>
<p>Wybory do Izby Poselskiej odbyły się 3 i 4 października 2025 roku. Ruch ANO Andreja Babiša
zdobył około 35 proc. głosów.</p>
<p>Frekwencja wyniosła około 69 proc., najwięcej od 1998 roku.</p>
</body></html>

""",
        (
            "Czechy po wyborach parlamentarnych",
            ("Małgorzata Nowicka-Lis", "Paweł Sowa"),
            "2025-10-08",
        ),
    ),
    "roundtable_event_report": (
        """\
<html><head><meta charset="utf-8"><title>Event Report</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
.k{font-size:9pt;color:#777;letter-spacing:1pt}
h1{font-size:21pt;margin:4pt 0 6pt 0}
.m{font-size:9pt;margin-bottom:4pt}
.r{font-size:9pt;margin-bottom:16pt;font-style:italic}
</style></head><body>
<div class="k">EVENT REPORT</div>
<h1>Roundtable on Black Sea Security</h1>
<div class="m">Bucharest, 24 April 2025</div>
<div class="r">Rapporteur: Andrei Popa</div>
<p>Participants agreed that Romania's Mihail Kogălniceanu base will become the largest NATO base
in Europe, at a cost of about 2.5 billion euros.</p>
<p>The Black Sea mine countermeasures group of Romania, Bulgaria and Turkey began operating in
July 2024.</p>
<p>Several participants warned that Russian drones had fallen on Romanian territory more than 20
times since 2022.</p>
</body></html>

""",
        (
            "Roundtable on Black Sea Security",
            ("Andrei Popa",),
            "2025-04-24",
        ),
    ),
    "romania_pre_title": (
        """\
<html><head><meta charset="utf-8"><title>Brief</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.45}
.t1{font-size:14pt;font-weight:bold;color:#555}
.t2{font-size:24pt;font-weight:bold;margin-bottom:10pt}
.by{font-size:9pt;margin-bottom:2pt}
.d{font-size:9pt;color:#777;margin-bottom:14pt}
</style></head><body>
<div class="t1">After the Election:</div>
<div class="t2">Romania's Foreign Policy</div>
<div class="by">By Elena Popescu</div>
<div class="d">30 May 2025</div>
<p>Nicușor Dan won Romania's presidential election runoff on 18 May 2025 with about 54 percent of
the vote.</p>
<p>The first round of the annulled election in November 2024 had been won by Călin Georgescu.</p>
<p>Romania hosts about 5,000 allied soldiers.</p>
</body></html>

""",
        (
            "After the Election: Romania's Foreign Policy",
            ("Elena Popescu",),
            "2025-05-30",
        ),
    ),
    "transnistria_signed_memo": (
        """\
<html><head><meta charset="utf-8"><title>Memo</title><style>
body{font-family:"DejaVu Serif";font-size:11pt;margin:2.4cm;line-height:1.55}
h1{font-size:20pt;margin:0 0 6pt 0}
.d{font-size:9.5pt;margin-bottom:16pt}
.sig{margin-top:24pt;font-size:10pt}
</style></head><body>
<h1>Memo: Moldova's Transnistria Options</h1>
<div class="d">2 March 2025</div>
<p>Transnistria lost its free Russian gas on 1 January 2025, and its power plant switched to
coal.</p>
<p>About 1,500 Russian soldiers remain in Transnistria, most of them locally recruited.</p>
<p>The European Union offered the region gas and electricity if it accepted conditions set by
Chișinău.</p>
<div class="sig">Signed,<br>Natalia Rusu<br>Head, Eastern Europe Desk</div>
</body></html>

""",
        (
            "Memo: Moldova's Transnistria Options",
            ("Natalia Rusu",),
            "2025-03-02",
        ),
    ),
    "lithuania_dashed_byline": (
        """\
<html><head><meta charset="utf-8"><title>Commentary</title><style>
body{font-family:"DejaVu Sans";font-size:10pt;margin:2cm;line-height:1.5}
h1{font-size:22pt;margin:0 0 6pt 0}
.a{font-size:9.5pt}
</style></head><body>
<h1>Lithuania's Defence Budget Jump</h1>
<div class="a">Rūta Kazlauskaitė – Mindaugas Jonaitis – 19 November 2024</div>
<p style="margin-top:14pt">Lithuania plans to spend between 5 and 6 percent of its GDP on defence
from 2026.</p>
<p>The country is buying 44 Leopard 2A8 tanks, to be delivered by 2030.</p>
<p>A German brigade of about 4,800 soldiers is being stationed in Lithuania.</p>
</body></html>

""",
        (
            "Lithuania's Defence Budget Jump",
            ("Rūta Kazlauskaitė", "Mindaugas Jonaitis"),
            "2024-11-19",
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
