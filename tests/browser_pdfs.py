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
"Signed," / name / post, names and date parted by dashes; a Polish number and date after a
dot, names in capitals in two columns; a cover's month letter-spaced past a kerned pair ("N
OVEMBER"), no date printed but one in the text; key figures set larger than the title, "FACT
SHEET", a Polish series set larger than the title over names in capitals, a working paper's
subtitle with no colon; a title opening with "The" that reads as two names, a Polish
bulletin's editors ("Redakcja") beside the text, a date before "9 min read", a title naming a
later month; a series and its publisher declared as the title over two closing notes side by
side, one after "Dr.", "INSIGHT" set larger than the title and "Author Information" over names
and posts with gaps between; "Van den Broeck", "AUTHORS" over cards with their institutes read
after the text, a Polish closing note with the post after a dash over the editors' colophon; a
report's cover dated "Spring 2025" and its title page "Published 22 April 2025", "Compiled
by ... &" / "..." in a newsletter's sidebar read after the text; a
byline in capitals, its post and its date in one row under a sidebar of other articles' dates;
an event's days ("11-12 March 2025") in a box on page 1, "Rapporteurs" and "Published 2
April 2025" closing page 2."""

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
    "cover_research_paper": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rebuilding Europe's ammunition base</title>
<style>
@page{size:A4;margin:17mm 19mm 17mm 19mm;
 @top-left{content:"Rebuilding Europe’s ammunition base";font:7.5pt "DejaVu Sans";color:#666}
 @top-center{content:""}
 @top-right{content:"Research Paper · June 2025";font:7.5pt "DejaVu Sans";color:#999}
 @bottom-left{content:"Chatham House";font:bold 7.5pt "DejaVu Sans";color:#002d5a}
 @bottom-center{content:""}
 @bottom-right{content:counter(page);font:8pt "DejaVu Sans";color:#002d5a}}
@page cover{margin:0;
 @top-left{content:""} @top-right{content:""} @bottom-left{content:""} @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.4pt;line-height:1.42;color:#222}
.cover{page:cover;width:210mm;height:297mm;background:#002d5a;color:#fff;position:relative;
box-sizing:border-box;padding:24mm 22mm;page-break-after:always;overflow:hidden}
.cover .type{font:bold 10pt "DejaVu Sans";letter-spacing:1.5pt;text-transform:uppercase;
color:#7fc4e8}
.cover .prog{font:9.5pt "DejaVu Sans";margin-top:3pt;color:#cfe3f0}
.cover h1{font:300 36pt/1.12 "DejaVu Sans Light","DejaVu Sans";margin:70mm 0 10pt 0;
max-width:150mm}
.cover .sub{font:15pt/1.3 "DejaVu Sans Light","DejaVu Sans";color:#cfe3f0;max-width:145mm}
.cover .by{font:11pt "DejaVu Sans";margin-top:22mm}
.cover .date{font:bold 11pt "DejaVu Sans";margin-top:4pt;color:#7fc4e8}
.cover .logo{position:absolute;left:22mm;bottom:20mm;font:bold 20pt "DejaVu Serif";
letter-spacing:.5pt}
.cover .logo small{display:block;font:8pt "DejaVu Sans";letter-spacing:.3pt;color:#cfe3f0;
margin-top:2pt;font-weight:normal}
.cover .stripe{position:absolute;right:0;top:0;width:18mm;height:297mm;background:#7fc4e8}
h2{font:bold 15pt "DejaVu Sans";color:#002d5a;margin:0 0 8pt 0}
h2 .n{color:#7fc4e8;margin-right:8pt}
h3{font:bold 10.5pt "DejaVu Sans";color:#002d5a;margin:12pt 0 4pt 0}
p{margin:0 0 7pt 0}
.summary{background:#e8f1f8;padding:10pt 14pt;margin-bottom:14pt}
.summary h2{margin-bottom:6pt}
.summary ul{margin:0;padding-left:14pt}
.summary li{margin-bottom:5pt}
sup{font-size:6.5pt}
table{border-collapse:collapse;width:100%;font:8.5pt "DejaVu Sans";margin:6pt 0 4pt 0}
th{background:#002d5a;color:#fff;text-align:left;padding:3pt 5pt}
td{border-bottom:1px solid #cbd6e0;padding:3pt 5pt}
.cap{font:bold 8.5pt "DejaVu Sans";color:#002d5a;margin-top:8pt}
.src{font:7.5pt "DejaVu Sans";color:#666;margin-bottom:10pt}
.notes{border-top:1px solid #999;margin-top:12pt;padding-top:4pt;font:7.5pt/1.4 "DejaVu Sans";
color:#444}
.notes p{margin:0 0 2pt 0}
.about{margin-top:16pt;border-top:2px solid #002d5a;padding-top:8pt}
.about p{font-size:9.3pt}
.ack{font-size:8.8pt;color:#444}
.legal{margin-top:16pt;font:7.5pt/1.4 "DejaVu Sans";color:#555;border-top:1px solid #ccc;
padding-top:6pt}
</style></head><body>

<div class="cover">
 <div class="stripe"></div>
 <div class="type">Research Paper</div>
 <div class="prog">Europe Programme · Ukraine Forum</div>
 <h1>Rebuilding Europe’s ammunition base</h1>
 <div class="sub">How EU industry can sustain Ukraine – and itself – through 2027</div>
 <div class="by">Hanna Virtanen, Marek Szczygieł and Oliver Dunmore</div>
 <div class="date">June 2025</div>
 <div class="logo">Chatham House<small>The Royal Institute of International Affairs</small></div>
</div>

<div class="summary">
<h2>Summary</h2>
<ul>
<li>Three years after Russia’s full-scale invasion, European governments have largely closed the
gap between pledges and deliveries of artillery ammunition to Ukraine, but they have done so by
drawing on finite stocks and on purchases from outside the EU.</li>
<li>By March 2025 the annual capacity of EU-based industry to manufacture 155mm shells had reached
around 1.6 million rounds, up from roughly 300,000 before 2022. Actual output, however, lagged
capacity by about a third because of shortages of nitrocellulose, TNT and fuzes.</li>
<li>Prices have risen sharply. The average sum paid by European ministries of defence for a single
155mm shell climbed from about €2,100 in 2022 to €7,900 in the first quarter of 2025, eroding the
value of every new budget line.</li>
<li>The EU’s Act in Support of Ammunition Production (ASAP) has been effective at unblocking
bottlenecks, but its €500 million envelope was small relative to the problem. Successor
instruments should offer multi-year offtake guarantees rather than one-off grants.</li>
<li>Europe should aim for a standing capacity of 2.5 million shells a year by 2027, backed by a
joint stockpile, common procurement of propellant and a single European qualification process for
munitions.</li>
</ul>
</div>

<h2><span class="n">01</span>Introduction</h2>
<p>When the European Council agreed in March 2023 to supply Ukraine with one million artillery
rounds within twelve months, the target was widely seen as ambitious but achievable. It was not
met: by the deadline in March 2024 about 520,000 rounds had been delivered, and the remainder
arrived only at the end of that year. The shortfall exposed a structural problem that had been
building for three decades. After the end of the Cold War, European armies cut their stocks to a
fraction of earlier levels, and manufacturers consolidated production lines to match low and
irregular orders.<sup>1</sup></p>
<p>This paper assesses how far Europe’s defence industry has since recovered, which constraints
remain, and what governments should do to ensure that production keeps pace with the needs of both
Ukraine and European armies. It draws on 34 interviews with officials and industry representatives
conducted between November 2024 and April 2025.</p>

<h2 style="margin-top:14pt"><span class="n">02</span>Capacity and output</h2>
<p>The expansion of shell production since 2023 has been concentrated in a small number of firms.
Rheinmetall, Nammo, Nexter (part of KNDS), the Czechoslovak Group and Poland’s PGZ group together
account for nearly four-fifths of European capacity. The largest single investment, Rheinmetall’s
new plant at Unterlüß in Lower Saxony, is due to open in the second half of 2025 and is designed
to produce 350,000 shells a year once fully operational.<sup>2</sup></p>

<div class="cap">Table 1. Estimated annual 155mm shell capacity, selected producers (thousand
rounds)</div>
<table>
<tr><th>Producer</th><th>2022</th><th>2024</th><th>2025 (est.)</th><th>Main sites</th></tr>
<tr><td>Rheinmetall</td><td>70</td><td>450</td><td>700</td><td>Unterlüß (DE), Murcia (ES),
Várpalota (HU)</td></tr>
<tr><td>Nammo</td><td>30</td><td>90</td><td>140</td><td>Raufoss (NO), Lapua (FI)</td></tr>
<tr><td>KNDS</td><td>40</td><td>110</td><td>180</td><td>Bourges (FR), Belgium</td></tr>
<tr><td>Czechoslovak Group</td><td>60</td><td>180</td><td>250</td><td>Slovakia, Czechia</td></tr>
<tr><td>PGZ</td><td>10</td><td>30</td><td>60</td><td>Skarżysko-Kamienna (PL)</td></tr>
</table>
<div class="src">Source: Authors’ calculations based on company reports and interviews.</div>

<p>Capacity is not the same as output. Every official interviewed for this paper identified
energetics as the binding constraint. Europe has only a handful of producers of nitrocellulose, a
key ingredient of propellant, and most depend on cotton linters imported from China. TNT is
produced at scale in just one EU country, Poland, whose Nitro-Chem plant in Bydgoszcz supplies
much of the continent.<sup>3</sup> As a result, production lines in several countries ran at
between 55 and 70 per cent of their nominal rate during 2024.</p>

<h3>The price problem</h3>
<p>Higher demand has translated into sharply higher prices. Governments that placed orders early,
such as Norway and Denmark, secured better terms than those who waited. Several interviewees
suggested that the Czech-led initiative to buy shells from third countries, which delivered around
1.5 million rounds in 2024, paid less per shell than European manufacturers charged their own
governments.<sup>4</sup></p>

<h2 style="margin-top:14pt"><span class="n">03</span>Recommendations</h2>
<p>First, the EU and its member states should replace one-off grants with multi-year offtake
agreements, committing to buy fixed quantities for at least seven years. Second, they should
finance a joint European stockpile equivalent to three months of high-intensity consumption.
Third, investment in energetics – especially nitrocellulose and propellant – should be treated as
a strategic priority, with new plants in at least three member states by 2027. Finally, Europe
needs a single qualification process so that a shell made in Spain can be fired from a Polish gun
without months of additional testing.</p>

<div class="notes">
<p>1 European armies’ combined stocks of 155mm ammunition in 2021 are estimated at less than one
month of Ukrainian wartime consumption.</p>
<p>2 Rheinmetall AG (2025), press release, 12 February 2024.</p>
<p>3 Interview with a Polish defence ministry official, Warsaw, 14 January 2025.</p>
<p>4 Interview with a Czech government official, Prague, 3 February 2025.</p>
</div>

<div class="about">
<h2>About the authors</h2>
<p><b>Hanna Virtanen</b> is a senior research fellow in the Europe Programme at Chatham House. She
previously worked at the Finnish Ministry of Defence, where she led the team responsible for
defence industrial policy.</p>
<p><b>Marek Szczygieł</b> is an associate fellow in the Europe Programme. Before joining Chatham
House he spent eight years at the European Defence Agency in Brussels, most recently as head of
the unit for industry, synergies and enablers.</p>
<p><b>Oliver Dunmore</b> is a research analyst in the Europe Programme, where he works on European
defence cooperation and the war in Ukraine. He holds an MA in war studies from King’s College
London.</p>
<h3>Acknowledgments</h3>
<p class="ack">The authors are grateful to Julia Fenwick and Tomasz Ruda for their comments on
earlier drafts, and to the officials and company representatives who agreed to be interviewed.
This paper was produced with the support of the Norwegian Ministry of Foreign Affairs. Any errors
remain the authors’ own.</p>
<div class="legal">All rights reserved. Chatham House does not express opinions of its own. The
opinions expressed in this publication are the responsibility of the author(s).<br><br>
Copyright © The Royal Institute of International Affairs, 2025<br>
ISBN 978 1 78413 641 2 · DOI 10.55317/9781784136412<br>
Chatham House, 10 St James’s Square, London SW1Y 4LE · T +44 (0)20 7957 5700 ·
contact@chathamhouse.org</div>
</div>
</body></html>

""",
        (
            "Rebuilding Europe’s ammunition base",
            ("Hanna Virtanen", "Marek Szczygieł", "Oliver Dunmore"),
            "2025-06",
        ),
    ),
    "ecfr_sidebar_summary": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ECFR Policy Brief</title>
<style>
@page{size:A4;margin:15mm 15mm 18mm 15mm;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:"ECFR/512"; font:7pt "DejaVu Sans";color:#777}
 @bottom-center{content:"ecfr.eu";font:7pt "DejaVu Sans";color:#777}
 @bottom-right{content:counter(page);font:bold 8pt "DejaVu Sans";color:#e4003b}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.4pt;line-height:1.48;color:#1e1e1e}
.top{display:flex;justify-content:space-between;align-items:center;border-bottom:.8pt solid
#1e1e1e;padding-bottom:5pt;margin-bottom:10mm}
.brand{font:bold 15pt "DejaVu Sans";letter-spacing:-.3pt}
.brand span{color:#e4003b}
.brand small{display:block;font:6.5pt "DejaVu Sans";letter-spacing:.8pt;text-transform:uppercase;
color:#555;font-weight:normal}
.pb{font:bold 9pt "DejaVu Sans";letter-spacing:1.5pt;color:#e4003b}
.grid{display:grid;grid-template-columns:55mm 1fr;column-gap:8mm}
.side{background:#f3f0eb;padding:9pt 10pt;font:8.2pt/1.45 "DejaVu Sans";align-self:start}
.side h4{font:bold 9pt "DejaVu Sans";letter-spacing:1.2pt;color:#e4003b;margin:0 0 6pt 0}
.side ul{margin:0;padding-left:11pt}
.side li{margin-bottom:6pt}
.main h1{font:bold 25pt/1.1 "DejaVu Sans Condensed","DejaVu Sans";margin:0 0 9pt 0;
letter-spacing:-.3pt}
.by{font:9pt "DejaVu Sans";color:#444;margin-bottom:2pt}
.by b{color:#1e1e1e}
.date{font:8.5pt "DejaVu Sans";color:#777;margin-bottom:14pt}
.main p{margin:0 0 7pt 0}
h2{font:bold 11pt "DejaVu Sans";margin:12pt 0 5pt 0;color:#e4003b}
.pq{font:italic 14pt/1.3 "DejaVu Serif";color:#e4003b;border-top:2pt solid #e4003b;
border-bottom:2pt solid #e4003b;padding:8pt 0;margin:10pt 0 12pt 0}
.authors{margin-top:14pt;border-top:1pt solid #1e1e1e;padding-top:8pt}
.authors h3{font:bold 9pt "DejaVu Sans";letter-spacing:1.2pt;margin:0 0 8pt 0}
.au{display:flex;gap:9pt;margin-bottom:8pt;font:8.2pt/1.45 "DejaVu Sans"}
.ph{flex:0 0 17mm;height:20mm;background:#cfcac2;color:#777;font:6.5pt "DejaVu Sans";display:flex;
align-items:center;justify-content:center}
.about{margin-top:10pt;background:#1e1e1e;color:#ddd;padding:8pt 10pt;font:7.3pt/1.4 "DejaVu Sans"}
.about b{color:#fff}
</style></head><body>
<div class="top">
 <div class="brand">ECFR<span>.</span><small>European Council on Foreign Relations</small></div>
 <div class="pb">POLICY BRIEF</div>
</div>

<div class="grid">
<aside class="side">
<h4>SUMMARY</h4>
<ul>
<li>The EU’s new Security Action for Europe (SAFE) instrument offers member states up to €150
billion in long-term loans for joint defence procurement.</li>
<li>Eighteen governments have asked for money, but demand is highly concentrated: three countries
account for over half of the requests.</li>
<li>SAFE will only change Europe’s defence market if it pushes governments to buy together rather
than simply refinance national purchases.</li>
<li>Brussels should use the review of national plans to reward genuinely joint projects – in air
defence, drones and ammunition – and to open the door to Ukrainian industry.</li>
<li>Berlin and Paris, which have not requested loans, must not treat SAFE as a scheme for “the
others”.</li>
</ul>
</aside>

<div class="main">
<h1>Rearming together: How Europeans can make SAFE work</h1>
<div class="by">By <b>Ivana Marković</b> &amp; <b>Sebastian Kühn</b></div>
<div class="date">September 2025</div>

<h2>A loan, not a revolution</h2>
<p>When the European Commission proposed SAFE in March 2025 as part of its “ReArm Europe” package,
it was billed as a turning point: for the first time, the EU would borrow on the markets to
finance weapons for its member states. The regulation adopted by the Council on 27 May 2025 is
more modest than the rhetoric. SAFE offers loans, not grants, with a maturity of up to 45 years
and a ten-year grace period on repayment of the principal. Countries must use the money for
procurement involving at least two participants, and at least 65 per cent of the value of each
product must come from companies in the EU, the European Economic Area or Ukraine.</p>
<p>The appeal of the instrument lies in the interest rate. Because the Commission borrows at rates
close to those paid by Germany, countries with weaker credit ratings can save considerable sums.
For a state such as Italy or Romania, the difference compared with national borrowing may amount
to more than one percentage point a year.</p>

<h2>Who wants the money</h2>
<p>By the deadline at the end of July, 18 member states had submitted requests totalling €127
billion. Poland was by far the largest applicant: its request for €43.7 billion exceeds the
combined amount sought by the next two countries, Romania and Hungary. France, Germany, the
Netherlands, the Nordic states and Austria did not apply at all, either because they can borrow
cheaply themselves or because they are sceptical of common debt.</p>

<div class="pq">“SAFE will only matter if it changes how Europeans buy weapons – not just how they
pay for them.”</div>

<p>This concentration carries risks. If SAFE becomes primarily a way for a handful of frontline
states to refinance their national shopping lists, it will do little to reduce fragmentation in
Europe’s defence market. The rule requiring joint procurement is easily met: a country can satisfy
it by adding a second buyer to a contract for a token quantity.</p>

<h2>What Brussels should do</h2>
<p>The Commission now has to assess the national plans and disburse the first tranche, worth 15
per cent of each loan, by early 2026. It should use this leverage. Projects bringing together
three or more countries in priority areas – air and missile defence, long-range strike, drones and
counter-drone systems, and ammunition – should be fast-tracked. The inclusion of Ukraine’s defence
industry, which can produce certain systems at a fraction of Western cost, should be encouraged
through joint ventures with EU firms. Finally, the Commission should publish a list of all
SAFE-funded contracts so that member states and parliaments can see whether the money is really
building common capabilities.</p>
<p>Germany and France also bear responsibility. Even if they do not need SAFE loans, they should
join projects financed by others, bringing their industrial weight and orders to common
programmes. Otherwise, the instrument will reinforce the impression that EU defence funding is a
matter for the east and south, while the largest economies go their own way.</p>

<div class="authors">
<h3>ABOUT THE AUTHORS</h3>
<div class="au"><div class="ph">[photo]</div><div><b>Ivana Marković</b> is a senior policy fellow
with the European Power programme at ECFR, based in Berlin. She works on European defence
industrial policy and EU enlargement. Previously she was an adviser in the Croatian Ministry of
Foreign and European Affairs.</div></div>
<div class="au"><div class="ph">[photo]</div><div><b>Sebastian Kühn</b> is a policy fellow at
ECFR’s Paris office, where he focuses on EU budgetary instruments and the economics of defence. He
has worked for the European Investment Bank in Luxembourg.</div></div>
<p style="font:7.8pt 'DejaVu Sans';color:#555">The authors would like to thank Pawel Zerka and
Camille Roussel for their comments, and Flora Bell for editing this paper.</p>
</div>

<div class="about"><b>ABOUT ECFR</b> The European Council on Foreign Relations (ECFR) is the first
pan-European think-tank. ECFR does not take collective positions. ECFR publications only represent
the views of their individual authors. © ECFR September 2025. ISBN: 978-1-916682-87-3. Published
by the European Council on Foreign Relations, 4th Floor, Tennyson House, 159-165 Great Portland
Street, London W1W 5PA.</div>
</div>
</div>
</body></html>

""",
        (
            "Rearming together: How Europeans can make SAFE work",
            ("Ivana Marković", "Sebastian Kühn"),
            "2025-09",
        ),
    ),
    "osw_two_column_caps": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>OSW Commentary 641</title>
<style>
@page{size:A4;margin:14mm 16mm 20mm 16mm;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:"OSW COMMENTARY   03.02.2025";font:bold 7pt "DejaVu Sans";color:#c8102e;
letter-spacing:.5pt}
 @bottom-center{content:""}
 @bottom-right{content:counter(page);font:bold 8pt "DejaVu Sans";color:#c8102e}}
@page :first{@bottom-left{content:""}}
body{margin:0;font-family:"DejaVu Sans";font-size:8.9pt;line-height:1.45;color:#222}
.head{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:1.5pt solid
#c8102e;padding-bottom:6pt}
.osw{display:flex;align-items:center;gap:6pt}
.osw .mk{font:bold 26pt "DejaVu Serif";color:#c8102e;letter-spacing:-1pt}
.osw .nm{font:7pt/1.3 "DejaVu Sans";text-transform:uppercase;color:#444;letter-spacing:.6pt}
.ser{text-align:right}
.ser .t{font:bold 15pt "DejaVu Sans Condensed","DejaVu Sans";color:#c8102e;letter-spacing:1pt}
.ser .n{font:8pt "DejaVu Sans";color:#333;margin-top:2pt}
h1{font:bold 23pt/1.15 "DejaVu Serif";color:#111;margin:20pt 0 8pt 0;max-width:160mm}
.names{font:bold 9pt "DejaVu Sans";letter-spacing:.2pt;color:#c8102e;margin-bottom:14pt}
.intro{font:bold 9.6pt/1.5 "DejaVu Sans";margin-bottom:14pt;border-left:3pt solid #c8102e;
padding-left:10pt}
.cols{column-count:2;column-gap:9mm;text-align:justify}
.cols p{margin:0 0 6pt 0}
.cols h2{font:bold 9.6pt "DejaVu Sans";color:#c8102e;margin:8pt 0 4pt 0;break-after:avoid}
.chart{break-inside:avoid;border:1px solid #ddd;padding:5pt 6pt;margin:6pt 0 8pt 0;font-size:7.5pt}
.chart .ct{font-weight:bold;color:#c8102e;margin-bottom:3pt}
.bar{display:flex;align-items:center;margin:2pt 0}
.bar span{width:22mm}
.bar i{display:block;height:7pt;background:#c8102e}
.bar em{font-style:normal;margin-left:4pt}
.colophon{margin-top:14pt;border-top:1px solid #c8102e;padding-top:5pt;display:flex;gap:12mm;
font:7pt/1.4 "DejaVu Sans";color:#555}
.colophon b{color:#c8102e}
</style></head><body>
<div class="head">
 <div class="osw"><div class="mk">OSW</div><div class="nm">Centre for<br>Eastern
Studies</div></div>
 <div class="ser"><div class="t">OSW COMMENTARY</div><div class="n">NUMBER 641 &nbsp;|&nbsp;
03.02.2025</div></div>
</div>

<h1>The Kremlin’s war economy in its fourth year</h1>
<div class="names">AGNIESZKA ŁOPUSZAŃSKA, PIOTR GŁOWACKI</div>

<div class="intro">In 2025 Russia will spend more on its army and security services than at any
point since the collapse of the Soviet Union. The budget adopted in November 2024 allocates 13.5
trillion roubles to national defence, equivalent to 6.3% of GDP and almost a third of all federal
expenditure. The economy has so far absorbed this burden thanks to high oil revenues, a captive
labour market and the reallocation of resources from civilian sectors. However, the signs of
overheating are multiplying: inflation has stayed above target for three years, the central bank’s
key rate stands at a record 21%, and growth is expected to slow sharply. The war economy is not on
the verge of collapse, but it is becoming increasingly costly to maintain.</div>

<div class="cols">
<h2>Budget priorities</h2>
<p>The federal budget for 2025–2027 confirms that the war has become the organising principle of
Russian fiscal policy. Combined spending on “national defence” and “national security and law
enforcement” will reach 17.1 trillion roubles in 2025, or roughly 41% of total federal
expenditure. Social spending, by contrast, is set to fall in real terms, and outlays on healthcare
and education together account for less than a tenth of the budget.</p>
<p>The government plans a deficit of 0.5% of GDP, but this assumes an average Urals oil price of
$69.70 per barrel – a level that looked optimistic even when the budget was drafted. To close the
gap, the Ministry of Finance raised the corporate income tax rate from 20% to 25% from 1 January
2025 and introduced a progressive personal income tax with a top rate of 22%. These changes are
expected to bring in an additional 2.6 trillion roubles in the first year.</p>

<div class="chart"><div class="ct">Chart. Defence spending in Russia’s federal budget (trillion
roubles)</div>
<div class="bar"><span>2021</span><i style="width:12mm"></i><em>3.6</em></div>
<div class="bar"><span>2022</span><i style="width:18mm"></i><em>5.5</em></div>
<div class="bar"><span>2023</span><i style="width:23mm"></i><em>6.8</em></div>
<div class="bar"><span>2024</span><i style="width:35mm"></i><em>10.8</em></div>
<div class="bar"><span>2025 (plan)</span><i style="width:44mm"></i><em>13.5</em></div>
<div style="margin-top:3pt;color:#777">Source: Russian Ministry of Finance.</div></div>

<h2>Overheating</h2>
<p>Since 2023 the arms industry has been the main engine of growth. Output in sectors producing
“finished metal goods”, which include ammunition, and “other transport equipment”, covering
armoured vehicles and aircraft, rose by more than 60% compared with pre-war levels. Civilian
manufacturing, meanwhile, has stagnated. Enterprises working for the army compete for workers with
the private sector, pushing up wages: nominal pay grew by 17.9% in 2024.</p>
<p>The labour shortage is the most acute in Russia’s modern history. Registered unemployment fell
to 2.3% in November 2024, and the shortfall of workers is estimated by the Gaidar Institute at
around 2.5 million people. Recruitment of volunteers for the army – who receive signing bonuses
that in some regions exceed 2 million roubles – drains the labour pool further.</p>
<p>Inflation reached 9.5% at the end of 2024, more than twice the central bank’s target of 4%. In
October the bank raised its key rate to 21%, but it surprised markets in December by leaving it
unchanged despite rising prices, a decision widely interpreted as a result of pressure from
industrial lobbies.</p>

<h2>Shrinking buffers</h2>
<p>The National Wealth Fund, the main cushion against falling oil revenues, has been depleted. Its
liquid assets dropped to 3.3 trillion roubles at the start of 2025, compared with 8.4 trillion in
early 2022. Oil and gas revenues amounted to 11.1 trillion roubles in 2024, but their share in
total budget income continues to decline, and new US sanctions on Rosneft’s and Gazprom Neft’s
tanker operations announced in January 2025 are likely to widen the discount on Russian crude.</p>

<h2>Outlook</h2>
<p>The Russian economy is likely to grow by no more than 1% in 2025, after 4.1% in 2024. Such a
slowdown would not force the Kremlin to scale back the war; the leadership has shown it is
prepared to sacrifice living standards and long-term growth to sustain military operations. The
real constraint is time. The longer the war economy persists, the more it will rely on printing
money, higher taxes and the exhaustion of reserves – a combination that risks a prolonged period
of stagflation.</p>
</div>

<div class="colophon">
<div><b>EDITORS:</b> Tomasz Strzelczyk, Halina Kobeszko<br><b>TRANSLATION:</b> Magdalena
Klimowicz<br><b>CO-OPERATION:</b> Nicholas Furnival<br><b>DTP:</b> Wojciech Mańkowski</div>
<div>The views expressed by the authors of the papers do not necessarily reflect the opinion of
Polish authorities.<br>
Centre for Eastern Studies, ul. Koszykowa 6a, 00-564 Warsaw<br>tel.: (+48) 22 525 80 00 ·
info@osw.waw.pl · www.osw.waw.pl</div>
</div>
</body></html>

""",
        (
            "The Kremlin’s war economy in its fourth year",
            ("Agnieszka Łopuszańska", "Piotr Głowacki"),
            "2025-02-03",
        ),
    ),
    "pism_biuletyn_nr_dated": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Biuletyn PISM nr 88 (2541)</title>
<style>
@page{size:A4;margin:16mm 20mm 24mm 20mm;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:"BIULETYN PISM · Nr 88 (2541)";font:7.5pt "DejaVu Sans";color:#8a1c1c}
 @bottom-center{content:""}
 @bottom-right{content:counter(page);font:bold 8pt "DejaVu Sans";color:#8a1c1c}}
@page :first{@bottom-left{content:""}}
body{font-family:"DejaVu Serif";font-size:10pt;line-height:1.45;color:#1a1a1a;margin:0}
.mast{display:flex;align-items:flex-end;justify-content:space-between;border-bottom:3px solid
#8a1c1c;padding-bottom:6pt}
.logo{display:flex;align-items:center;gap:8pt}
.logo .box{background:#8a1c1c;color:#fff;font:bold 20pt "DejaVu Sans";padding:3pt 8pt;
letter-spacing:1pt}
.logo .inst{font:7.5pt "DejaVu Sans";line-height:1.25;color:#333;text-transform:uppercase;
letter-spacing:.5pt}
.series{font:bold 22pt "DejaVu Sans Condensed","DejaVu Sans";color:#8a1c1c;letter-spacing:2pt}
.numline{font:8.5pt "DejaVu Sans";color:#444;margin:5pt 0 18pt 0;display:flex;gap:14pt}
.numline b{color:#8a1c1c}
h1{font:bold 19pt/1.2 "DejaVu Sans";margin:0 0 8pt 0;color:#111}
.authors{font:bold 10pt "DejaVu Sans";color:#8a1c1c;margin-bottom:12pt}
.lead{font-weight:bold;font-size:10.2pt;margin-bottom:12pt;text-align:justify}
p{margin:0 0 8pt 0;text-align:justify}
.sub{font-weight:bold;font-family:"DejaVu Sans";font-size:9.8pt}
.editors{margin-top:18pt;border-top:1px solid #8a1c1c;padding-top:5pt;
font:7.5pt/1.35 "DejaVu Sans";color:#555}
</style></head><body>
<div class="mast">
 <div class="logo"><div class="box">PISM</div><div class="inst">Polski Instytut<br>Spraw
Międzynarodowych</div></div>
 <div class="series">BIULETYN</div>
</div>
<div class="numline"><span><b>Nr 88 (2541)</b></span><span>12 maja 2025 r.</span><span>©
PISM</span></div>

<h1>Niemiecka brygada na Litwie: pierwszy rok budowy</h1>
<div class="authors">Zuzanna Kędzierska, Michał Bębenek</div>

<p class="lead">1 kwietnia 2025 r. w Wilnie formalnie powołano 45. Brygadę Pancerną Bundeswehry –
pierwszą niemiecką jednostkę tej wielkości stacjonującą na stałe poza granicami kraju. Do końca
2027 r. ma ona osiągnąć pełną gotowość bojową i liczyć około 4800 żołnierzy oraz 200 pracowników
cywilnych. Dla Litwy i NATO jest to istotne wzmocnienie odstraszania na flance wschodniej, ale
powodzenie projektu zależy od tempa budowy infrastruktury, pozyskania sprzętu i gotowości
żołnierzy do przeprowadzki.</p>

<p><span class="sub">Geneza i założenia.</span> Decyzję o stałym rozmieszczeniu brygady ogłosił
minister obrony Niemiec w czerwcu 2023 r. podczas wizyty w Wilnie, co w samej Bundeswehrze
przyjęto ze zdziwieniem. W grudniu tego samego roku ministrowie obrony obu państw podpisali mapę
drogową, a 18 grudnia 2024 r. – umowę międzyrządową regulującą status żołnierzy i członków ich
rodzin. Brygada będzie się składać z trzech batalionów manewrowych: 122. Batalionu Grenadierów
Pancernych z Oberviechtach, 203. Batalionu Pancernego z Augustdorfu oraz wielonarodowej
batalionowej grupy bojowej NATO, którą Niemcy dowodzą na Litwie od 2017 r. Sztab brygady rozpoczął
pracę w tymczasowej siedzibie w Wilnie, a docelowo przeniesie się do Rudnik, ok. 40 km na południe
od stolicy.</p>

<p><span class="sub">Infrastruktura i koszty.</span> Zgodnie z umową Litwa odpowiada za budowę
infrastruktury wojskowej i cywilnej. Rząd w Wilnie szacuje koszt inwestycji w Rudnikach i Rukli na
ok. 1 mld euro, z czego 300 mln euro zapisano w budżecie na 2025 r. Poligon w Rudnikach ma zostać
powiększony do 170 km², co wymaga wykupu gruntów od ponad 400 właścicieli. Strona niemiecka ocenia
własne wydatki na utrzymanie jednostki na ok. 11 mld euro w ciągu pierwszej dekady, przy czym
środki te nie zostały dotąd w całości zabezpieczone w planie finansowym federacji. Najwięcej
wątpliwości budzi tempo prac nad osiedlami mieszkaniowymi – do maja 2025 r. oddano zaledwie 60 z
planowanych 1500 mieszkań dla rodzin żołnierzy. Ankieta przeprowadzona w Bundeswehrze w lutym 2025
r. wykazała, że tylko co piąty żołnierz jest gotów przenieść się na Litwę wraz z rodziną. Władze
litewskie starają się temu zaradzić, otwierając w Wilnie niemieckojęzyczną szkołę i przedszkole
oraz ułatwiając małżonkom żołnierzy podjęcie pracy.</p>

<p><span class="sub">Sprzęt i gotowość.</span> Docelowo brygada ma otrzymać 105 czołgów Leopard
2A8, których dostawy z zakładów KNDS rozpoczną się najwcześniej w 2027 r. Do tego czasu jednostka
będzie korzystać z czołgów starszej wersji przekazywanych rotacyjnie z innych formacji, co osłabia
pozostałe dywizje Bundeswehry. Niemcy zamierzają uzupełnić braki w obronie powietrznej krótkiego
zasięgu do 2028 r., m.in. dzięki zamówieniu 19 systemów Skyranger 30 na podwoziu Boxer. Problemem
pozostaje także amunicja – według niemieckiego Ministerstwa Obrony zapasy pocisków kalibru 120 mm
wystarczają obecnie na kilka dni intensywnych walk.</p>

<p><span class="sub">Znaczenie dla regionu.</span> Obecność brygady zmienia charakter niemieckiego
zaangażowania na flance wschodniej: z rotacyjnej obecności „wysuniętej” na stałe zobowiązanie do
obrony terytorium sojusznika. Litwa traktuje ją jako gwarancję szybkiego zaangażowania Niemiec w
razie konfliktu i sama zwiększyła w 2025 r. wydatki obronne do 3,5% PKB. Jednocześnie w Wilnie
rośnie obawa, że opóźnienia po stronie niemieckiej mogą zostać odczytane w Moskwie jako sygnał
słabości. Istotne jest też powiązanie brygady z planami obronnymi NATO dla regionu – w ćwiczeniach
„Quadriga 2025”, które odbyły się w marcu, przerzucono na Litwę ok. 3 tys. żołnierzy i 600
pojazdów, w tym przez terytorium Polski.</p>

<p><span class="sub">Wnioski.</span> Dla Polski powodzenie niemieckiego projektu ma wymiar
praktyczny. Brygada stacjonująca na Litwie będzie zależna od tras zaopatrzenia przebiegających
przez przesmyk suwalski, co wymaga ścisłej koordynacji z Wojskiem Polskim, rozbudowy przejść
kolejowych w Trakiszkach i Mockawie oraz wspólnego planowania ochrony infrastruktury. Polska może
także wykorzystać doświadczenia litewskie przy przygotowaniu infrastruktury dla sojuszniczych
wojsk na własnym terytorium. Warto zabiegać, by Niemcy traktowały brygadę nie jako projekt
symboliczny, lecz jako element szerszej przebudowy Bundeswehry w kierunku obrony kolektywnej.</p>

<div class="editors">Redakcja: Tomasz Żurawski (redaktor naczelny), Katarzyna Pełczyńska-Rudy,
Jolanta Szymańska-Wilk, Piotr Obst (sekretarz redakcji)<br>
Polski Instytut Spraw Międzynarodowych, ul. Warecka 1a, 00-950 Warszawa · tel. (+48) 22 556 80 00
· ISSN 2657-6988</div>
</body></html>

""",
        (
            "Niemiecka brygada na Litwie: pierwszy rok budowy",
            ("Zuzanna Kędzierska", "Michał Bębenek"),
            "2025-05-12",
        ),
    ),
    "atlantic_cover_dr_and": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Atlantic Council Issue Brief</title>
<style>
@page{size:A4;margin:18mm 18mm 18mm 18mm;
 @top-left{content:"ISSUE BRIEF";font:bold 7pt "DejaVu Sans";color:#00285e;letter-spacing:1.2pt}
 @top-center{content:""}
 @top-right{content:"Rebuilding Ukraine’s Power Grid";font:7pt "DejaVu Sans";color:#777}
 @bottom-left{content:"ATLANTIC COUNCIL";font:bold 7pt "DejaVu Sans";color:#00285e;
letter-spacing:1.2pt}
 @bottom-center{content:""}
 @bottom-right{content:counter(page);font:bold 8pt "DejaVu Sans";color:#00285e}}
@page cover{margin:0;
 @top-left{content:""} @top-right{content:""} @bottom-left{content:""} @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.5;color:#222}
.cover{page:cover;width:210mm;height:297mm;position:relative;page-break-after:always;
overflow:hidden;font-family:"DejaVu Sans"}
.cover .img{position:absolute;left:0;right:0;top:0;height:150mm;
background:linear-gradient(160deg,#4a5b6e 0%,#1f2b38 55%,#0b1118 100%)}
.cover .img .lines{position:absolute;left:20mm;right:20mm;top:40mm;height:60mm;border-top:1pt
solid #8aa0b5;border-bottom:1pt solid #8aa0b5;opacity:.35}
.cover .cap{position:absolute;left:18mm;top:143mm;font:6.5pt "DejaVu Sans";color:#ccc}
.cover .ac{position:absolute;left:18mm;top:14mm;font:bold 15pt "DejaVu Sans";color:#fff;
letter-spacing:2.5pt}
.cover .ctr{position:absolute;left:18mm;top:22mm;font:7.5pt "DejaVu Sans";color:#d0d8e0;
letter-spacing:1.2pt}
.cover .low{position:absolute;left:18mm;right:18mm;top:160mm}
.cover .ib{display:inline-block;background:#00a3e0;color:#fff;font:bold 8.5pt "DejaVu Sans";
letter-spacing:1.5pt;padding:3pt 7pt}
.cover h1{font:bold 28pt/1.12 "DejaVu Sans";color:#00285e;margin:10pt 0 0 0}
.cover .by{position:absolute;left:18mm;bottom:24mm;font:11pt "DejaVu Sans";color:#00285e}
.cover .dt{position:absolute;right:18mm;bottom:24mm;font:bold 9pt "DejaVu Sans";
letter-spacing:1.5pt;color:#00a3e0}
.take{float:right;width:58mm;margin:0 0 8pt 10pt;background:#00285e;color:#fff;padding:9pt 10pt;
font:8pt/1.45 "DejaVu Sans"}
.take h3{font:bold 8.5pt "DejaVu Sans";letter-spacing:1.2pt;color:#00a3e0;margin:0 0 5pt 0}
.take ul{margin:0;padding-left:11pt}
.take li{margin-bottom:5pt}
.lede{font:11pt/1.5 "DejaVu Serif";color:#00285e;margin-bottom:10pt}
p{margin:0 0 8pt 0}
h2{font:bold 11.5pt "DejaVu Sans";color:#00285e;margin:12pt 0 5pt 0}
.pq{clear:both;margin:12pt 14mm;font:bold 13pt/1.35 "DejaVu Sans";color:#00a3e0;text-align:center;
border-top:1pt solid #00a3e0;border-bottom:1pt solid #00a3e0;padding:8pt 0}
.pq span{display:block;font:8pt "DejaVu Sans";color:#555;margin-top:4pt;font-weight:normal}
.about{margin-top:14pt;border-top:2pt solid #00285e;padding-top:8pt;font:8.3pt/1.45 "DejaVu Sans"}
.about h3{font:bold 9pt "DejaVu Sans";color:#00285e;letter-spacing:1pt;margin:0 0 5pt 0}
.about p{margin:0 0 5pt 0}
.legal{font:7pt/1.4 "DejaVu Sans";color:#666;margin-top:10pt}
</style></head><body>

<div class="cover">
 <div class="img"><div class="lines"></div></div>
 <div class="ac">ATLANTIC COUNCIL</div>
 <div class="ctr">EURASIA CENTER · GLOBAL ENERGY CENTER</div>
 <div class="cap">A substation near Kharkiv damaged in a Russian missile strike. Photo: Serhii
Mazur / Reuters</div>
 <div class="low">
  <span class="ib">ISSUE BRIEF</span>
  <h1>Rebuilding Ukraine’s Power Grid: Lessons From Three Wartime Winters</h1>
 </div>
 <div class="by">Dr. Olena Kovalchuk and Thomas J. Brennan</div>
 <div class="dt">NOVEMBER 2025</div>
</div>

<div class="take"><h3>KEY TAKEAWAYS</h3><ul>
<li>Russia’s strikes have destroyed or occupied most of Ukraine’s thermal and hydroelectric
generation.</li>
<li>Decentralized generation – gas engines, solar, and batteries – has proven harder to target and
quicker to deploy.</li>
<li>Deeper integration with the European grid is Ukraine’s most important insurance policy.</li>
<li>Western donors should finance protection and distributed capacity, not just repairs.</li>
</ul></div>

<p class="lede">Ukraine’s power system has survived three winters of deliberate Russian attacks.
It has done so not by rebuilding what was lost, but by changing what the system is.</p>

<p>Before February 2022, Ukraine had about 55 gigawatts (GW) of installed generating capacity,
dominated by nuclear plants, large coal- and gas-fired thermal plants, and hydroelectric dams on
the Dnipro. Since then, Russia has occupied the Zaporizhzhia nuclear power plant, Europe’s
largest, and carried out more than a dozen massive combined missile and drone strikes on energy
infrastructure. The campaign of March–August 2024 alone destroyed about 9 GW of capacity,
including the Trypillia thermal plant near Kyiv and the Dnipro hydroelectric dam. By the winter of
2024–2025, Ukraine’s available capacity in peak hours had fallen to an estimated 18 GW, forcing
scheduled blackouts of up to 16 hours a day in some regions.</p>

<h2>Adaptation Under Fire</h2>
<p>Ukrainian operators have responded with speed and ingenuity. Ukrenergo, the transmission system
operator, has repaired high-voltage substations within days of attacks, often using spare
transformers donated by European utilities through the Ukraine Energy Support Fund, which had
received more than €1.5 billion in contributions by October 2025. Engineers have built concrete
and gabion shelters around key transformers; by mid-2025, about two-thirds of the most critical
substations had some form of physical protection.</p>
<p>The most important change has been decentralization. Instead of large plants that can be
destroyed by a few missiles, Ukraine is building hundreds of small units close to consumers. By
October 2025, Ukrainian companies and municipalities had installed some 1,200 megawatts of
gas-piston and gas-turbine generation, much of it in hospitals, water utilities, and industrial
parks. Rooftop solar capacity has also grown rapidly, supported by a government program offering
interest-free loans to households, and the first large battery storage systems – including a
200-megawatt installation by DTEK – entered service in 2025.</p>

<div class="pq">“A grid of a thousand small plants is far harder to destroy than a grid of twenty
large ones.”<span>— Ukrainian energy official, interview with the authors, Kyiv, September
2025</span></div>

<h2>The European Lifeline</h2>
<p>On March 16, 2022, just three weeks after the full-scale invasion, Ukraine’s grid was
synchronized with the continental European network operated by ENTSO-E – a process originally
planned to take until 2023. Synchronization allowed Ukraine to import electricity during shortages
and export it during surpluses. The European Network of Transmission System Operators has since
raised the permitted import capacity from Europe to Ukraine and Moldova in stages, to 2.1 GW as of
December 2024. In the winter of 2024–2025, imports covered up to a fifth of Ukraine’s peak demand
on the coldest days.</p>
<p>Further increases are possible but require investment on both sides of the border – especially
in new interconnectors with Poland, Slovakia, Hungary, and Romania. The planned 400-kilovolt line
between Rzeszów and Khmelnytskyi, first proposed in 2023, would add roughly 1 GW of cross-border
capacity but is not expected to be completed before 2028.</p>

<h2>Recommendations</h2>
<p>Donors and international financial institutions should: (1) prioritize funding for distributed
generation and storage over the reconstruction of large thermal plants that would remain
vulnerable; (2) finance physical protection and air defense for critical substations; (3) support
the construction of new interconnectors with EU neighbors; and (4) help Ukraine reform its
electricity market so that private investors – including foreign ones – can earn a return on new
capacity. The United States, through the U.S. Agency for International Development, provided about
$1.2 billion in energy assistance between 2022 and 2024; with that support now curtailed, European
donors will need to fill the gap.</p>
<p>The lesson of three wartime winters is that a resilient grid is a smaller, smarter, and more
European one. Ukraine has shown how it can be built under fire. Its partners should help it finish
the job.</p>

<div class="about"><h3>ABOUT THE AUTHORS</h3>
<p><b>Dr. Olena Kovalchuk</b> is a nonresident senior fellow at the Atlantic Council’s Eurasia
Center and a former deputy minister of energy of Ukraine.</p>
<p><b>Thomas J. Brennan</b> is deputy director of the Atlantic Council’s Global Energy Center,
where he leads work on European energy security.</p>
<p>The authors thank Andriy Melnychenko, Katarzyna Ziółkowska, and Daniel Fried for their comments
on drafts of this brief.</p>
</div>
<div class="legal">The Atlantic Council is a nonpartisan organization that promotes constructive
US leadership and engagement in international affairs. This issue brief is written and published
in accordance with the Atlantic Council Policy on Intellectual Independence. The authors are
solely responsible for its analysis and recommendations. © 2025 The Atlantic Council of the United
States. 1400 L Street NW, 11th Floor, Washington, DC 20005 · (202) 778-4952 ·
www.AtlanticCouncil.org · ISBN-13: 978-1-61977-514-8</div>
</body></html>

""",
        (
            "Rebuilding Ukraine’s Power Grid: Lessons From Three Wartime Winters",
            ("Olena Kovalchuk", "Thomas J. Brennan"),
            "2025-11",
        ),
    ),
    "csis_issue_box_endnotes": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CSIS Brief</title>
<style>
@page{size:A4;margin:16mm 18mm 18mm 18mm;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:"CSIS BRIEFS";font:bold 7pt "DejaVu Sans";color:#00539b;letter-spacing:1pt}
 @bottom-center{content:""}
 @bottom-right{content:"| " counter(page);font:bold 8pt "DejaVu Sans";color:#00539b}}
@page :first{@bottom-left{content:""} @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.5;color:#222}
.mast{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:4pt}
.csis{font:bold 22pt "DejaVu Sans";color:#00539b;letter-spacing:1pt;line-height:1}
.csis small{display:block;font:6.3pt "DejaVu Sans";letter-spacing:.9pt;color:#00539b;
font-weight:normal;margin-top:3pt}
.brief{font:bold 11pt "DejaVu Sans";color:#fff;background:#00539b;padding:3pt 8pt;
letter-spacing:1.5pt}
.rule{border-bottom:3pt solid #00539b;margin-bottom:8pt}
.date{font:bold 8.5pt "DejaVu Sans";letter-spacing:1.2pt;color:#555;margin-bottom:14pt}
h1{font:bold 24pt/1.15 "DejaVu Sans";color:#0c2340;margin:0 0 8pt 0}
.by{font:10pt "DejaVu Sans";color:#00539b;margin-bottom:14pt}
.issue{background:#e5eef7;border-left:5pt solid #00539b;padding:9pt 12pt;margin-bottom:14pt}
.issue h3{font:bold 10pt "DejaVu Sans";letter-spacing:1.5pt;color:#00539b;margin:0 0 5pt 0}
.issue p{font:9.3pt/1.5 "DejaVu Sans";margin:0 0 5pt 0}
.issue ul{margin:0;padding-left:13pt;font:9pt/1.45 "DejaVu Sans"}
h2{font:bold 12pt "DejaVu Sans";color:#0c2340;margin:14pt 0 5pt 0}
p{margin:0 0 8pt 0}
sup{font-size:6.3pt;color:#00539b}
table{width:100%;border-collapse:collapse;font:7.9pt/1.35 "DejaVu Sans";margin:4pt 0 4pt 0}
th{background:#0c2340;color:#fff;text-align:left;padding:4pt 5pt}
td{padding:4pt 5pt;border-bottom:.6pt solid #b8c8d8;vertical-align:top}
tr:nth-child(even) td{background:#f4f7fa}
.tcap{font:bold 8.5pt "DejaVu Sans";color:#0c2340;margin-top:10pt}
.tsrc{font:7pt "DejaVu Sans";color:#777;margin-bottom:10pt}
.about{margin-top:14pt;border-top:1pt solid #00539b;padding-top:7pt;font:8.3pt/1.45 "DejaVu Sans"}
.about p{margin:0 0 5pt 0}
.copy{font:7pt/1.4 "DejaVu Sans";color:#666;margin-top:8pt}
.endnotes{margin-top:12pt;font:7.5pt/1.4 "DejaVu Sans";color:#444}
.endnotes h3{font:bold 8pt "DejaVu Sans";letter-spacing:1pt;color:#00539b;margin:0 0 4pt 0}
.endnotes ol{margin:0;padding-left:14pt}
</style></head><body>
<div class="mast">
 <div class="csis">CSIS<small>CENTER FOR STRATEGIC &amp;<br>INTERNATIONAL STUDIES</small></div>
 <div class="brief">CSIS BRIEFS</div>
</div>
<div class="rule"></div>
<div class="date">SEPTEMBER 2025</div>
<h1>Cutting the Cord: Assessing the Sabotage Threat to Baltic Undersea Infrastructure</h1>
<div class="by">By Benjamin L. Cartwright and Ewa Nowak-Lindqvist</div>

<div class="issue">
<h3>THE ISSUE</h3>
<p>Since October 2023, at least five incidents have damaged undersea cables and pipelines in the
Baltic Sea, each involving a merchant ship dragging its anchor across the seabed. None has been
conclusively attributed to a state, but the pattern points to a deliberate campaign exploiting the
gray zone between accident and attack.</p>
<ul>
<li>Repairs have been fast and service disruptions limited, but the incidents reveal how difficult
it is to monitor more than 2,000 vessels that cross the Baltic on a typical day.</li>
<li>NATO’s Baltic Sentry mission and new national laws give allies better tools, yet legal limits
on boarding ships in international waters remain the main obstacle to deterrence.</li>
<li>The United States should help allies fuse surveillance data, support sanctions on Russia’s
shadow fleet, and invest in repair capacity.</li>
</ul>
</div>

<h2>A Pattern of Incidents</h2>
<p>The Baltic Sea is one of the most densely networked seas in the world. It hosts more than 20
major power and data cables and several gas pipelines, including the Balticconnector linking
Finland and Estonia and the Baltic Pipe carrying Norwegian gas to Poland. Most lie in shallow
water – the Gulf of Finland is rarely deeper than 100 meters – where an anchor can easily reach
them.<sup>1</sup></p>
<p>The first major incident occurred on the night of October 7–8, 2023, when the Hong Kong–flagged
container ship <i>Newnew Polar Bear</i> damaged the Balticconnector and two telecommunications
cables. Chinese authorities acknowledged in August 2024 that the vessel had caused the damage but
described it as an accident caused by a storm. Repairs to the pipeline took six months and cost
Finland’s Gasgrid and Estonia’s Elering a combined €35 million.</p>

<div class="tcap">Table 1: Selected Baltic Sea Infrastructure Incidents, 2023–2025</div>
<table>
<tr><th>Date</th><th>Infrastructure</th><th>Vessel (flag)</th><th>Outcome</th></tr>
<tr><td>Oct. 7–8, 2023</td><td>Balticconnector pipeline; two data cables</td><td><i>Newnew Polar
Bear</i> (Hong Kong)</td><td>Pipeline offline until April 2024</td></tr>
<tr><td>Nov. 17–18, 2024</td><td>BCS East-West Interlink; C-Lion1</td><td><i>Yi Peng 3</i>
(China)</td><td>Ship left after weeks at anchor; no boarding</td></tr>
<tr><td>Dec. 25, 2024</td><td>Estlink 2 power cable; four data cables</td><td><i>Eagle S</i> (Cook
Islands)</td><td>Ship detained by Finland</td></tr>
<tr><td>Jan. 26, 2025</td><td>Latvia–Gotland data cable</td><td><i>Vezhen</i>
(Malta)</td><td>Released; Sweden found no intent</td></tr>
<tr><td>Feb. 21, 2025</td><td>C-Lion1 (minor damage)</td><td>Unknown</td><td>Under
investigation</td></tr>
</table>
<div class="tsrc">Source: CSIS research based on national authorities’ statements.</div>

<p>The most serious case was the damage to the Estlink 2 power cable between Finland and Estonia
on Christmas Day 2024. Finnish police say the tanker <i>Eagle S</i>, carrying Russian gasoline and
part of Russia’s shadow fleet, dragged its anchor along the seabed for nearly 100 kilometers.
Finnish special forces boarded the ship inside Finland’s territorial waters, and prosecutors in
August 2025 charged the captain and two officers with aggravated criminal mischief.<sup>2</sup>
Estlink 2, which has a capacity of 658 megawatts, was out of service until late June 2025, and its
repair cost an estimated €60 million.</p>

<h2>The Allied Response</h2>
<p>NATO launched Baltic Sentry on January 14, 2025, deploying frigates, maritime patrol aircraft,
and a new fleet of naval drones to monitor shipping and deter sabotage.<sup>3</sup> The Joint
Expeditionary Force, led by the United Kingdom, activated its Nordic Warden system, which uses
artificial intelligence to assess the risk posed by individual vessels based on their movement
patterns. The European Union announced an action plan on cable security in February with €1
billion earmarked for repair ships and sensors through 2027.</p>
<p>National governments have also acted. Finland and Estonia passed legislation allowing
authorities to inspect ships suspected of lacking valid insurance, a common feature of the shadow
fleet. Sweden and Denmark have tightened checks on vessels transiting their straits. But
international law – in particular the principle of freedom of navigation under the UN Convention
on the Law of the Sea – sharply limits what coastal states can do beyond their 12-nautical-mile
territorial waters.</p>

<h2>Recommendations</h2>
<p>The United States has a stake in Baltic security that goes beyond solidarity with allies:
undersea cables carry U.S. military communications, and lessons from the Baltic apply to the
Atlantic and Pacific. Washington should (1) share intelligence and commercial satellite data to
help allies track suspect vessels in real time; (2) coordinate with the EU and the United Kingdom
to sanction shadow-fleet tankers, insurers, and ship managers; (3) support the development of NATO
standards for rapid cable repair; and (4) encourage the International Maritime Organization to
require that ships carry proof of adequate insurance when entering busy straits.</p>
<p>No measure can eliminate the risk. The aim should be to raise the cost of sabotage and shorten
the time to repair, so that disruptions remain short and the political benefit to any saboteur
remains small.</p>

<div class="about">
<p><b>Benjamin L. Cartwright</b> is a senior fellow with the International Security Program at the
Center for Strategic and International Studies (CSIS) in Washington, D.C. <b>Ewa
Nowak-Lindqvist</b> is a visiting fellow with the Europe, Russia, and Eurasia Program at CSIS.</p>
<p>This brief is made possible by general support to CSIS. No direct sponsorship contributed to
this brief. The authors thank Julianne Okafor for research assistance.</p>
</div>
<div class="copy">This report is produced by the Center for Strategic and International Studies
(CSIS), a private, tax-exempt institution focusing on international public policy issues. Its
research is nonpartisan and nonproprietary. CSIS does not take specific policy positions.
Accordingly, all views, positions, and conclusions expressed in this publication should be
understood to be solely those of the author(s). © 2025 by the Center for Strategic and
International Studies. All rights reserved.</div>

<div class="endnotes"><h3>ENDNOTES</h3><ol>
<li>HELCOM, “Map and Data Service: Subsea Infrastructure,” 2024.</li>
<li>Helsinki District Court, case R 25/1187; see also “Eagle S crew charged,” Yle News, August 11,
2025.</li>
<li>NATO, “NATO launches ‘Baltic Sentry’ to increase critical infrastructure security,” press
release, 2025.</li>
</ol></div>
</body></html>

""",
        (
            "Cutting the Cord: Assessing the Sabotage Threat to Baltic Undersea Infrastructure",
            ("Benjamin L. Cartwright", "Ewa Nowak-Lindqvist"),
            "2025-09",
        ),
    ),
    "rand_perspective_nodate": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RAND Perspective PE-A3521-2</title>
<style>
@page{size:A4;margin:0;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:""} @bottom-center{content:""} @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.5;color:#231f20}
.page{width:210mm;height:297mm;position:relative;box-sizing:border-box;page-break-after:always;
overflow:hidden}
.page:last-child{page-break-after:auto}
.band{position:absolute;left:0;top:0;bottom:0;width:44mm;background:#231f20;color:#fff;
box-sizing:border-box;padding:16mm 7mm}
.band .k{font:bold 12pt "DejaVu Sans";letter-spacing:.3pt}
.band .s{font:7.5pt/1.35 "DejaVu Sans";color:#c8c8c8;margin-top:4pt;text-transform:uppercase;
letter-spacing:.6pt}
.band .rand{position:absolute;bottom:16mm;left:7mm;font:bold 22pt "DejaVu Serif";
letter-spacing:1pt}
.band .rand small{display:block;font:6.5pt "DejaVu Sans";letter-spacing:3pt;color:#c8c8c8;
font-weight:normal;margin-top:2pt}
.content{position:absolute;left:52mm;right:16mm;top:16mm;bottom:16mm}
.names{font:bold 8.4pt "DejaVu Sans";letter-spacing:.3pt;color:#7d7d7d;margin-bottom:10pt}
h1{font:bold 25pt/1.12 "DejaVu Sans Condensed","DejaVu Sans";margin:0 0 6pt 0}
.sub{font:13pt/1.3 "DejaVu Sans";color:#555;margin-bottom:16pt}
p{margin:0 0 7pt 0}
h2{font:bold 10.5pt "DejaVu Sans";margin:11pt 0 4pt 0;text-transform:uppercase;letter-spacing:.6pt;
color:#0083a9}
.callout{float:right;width:52mm;margin:2pt 0 8pt 10pt;border-top:3pt solid #0083a9;padding-top:5pt;
font:bold 10.5pt/1.35 "DejaVu Sans";color:#0083a9}
.pn{position:absolute;bottom:8mm;right:16mm;font:7.5pt "DejaVu Sans";color:#777}
.run{position:absolute;top:8mm;left:16mm;right:16mm;font:7pt "DejaVu Sans";color:#999;
text-transform:uppercase;letter-spacing:.8pt;border-bottom:.5pt solid #ccc;padding-bottom:3pt}
.c2{position:absolute;left:16mm;right:16mm;top:18mm;bottom:16mm;column-count:2;column-gap:8mm;
column-fill:balance;bottom:auto}
.box{break-inside:avoid;background:#eef6f9;padding:6pt 8pt;font:8.2pt/1.45 "DejaVu Sans";
margin-bottom:8pt}
.box b{color:#0083a9}
.abt{font:7.6pt/1.4 "DejaVu Sans";color:#444}
.abt h3{font:bold 8pt "DejaVu Sans";margin:6pt 0 2pt 0;text-transform:uppercase;
letter-spacing:.6pt}
.abt p{margin:0 0 4pt 0}
</style></head><body>

<div class="page">
 <div class="band">
  <div class="k">PERSPECTIVE</div>
  <div class="s">Expert insights on a timely policy issue</div>
  <div class="rand">RAND<small>EUROPE</small></div>
 </div>
 <div class="content">
  <div class="names">KRISTINA ØSTERGAARD, MARCUS T. HOLLOWAY, JAKUB RYBICKI</div>
  <h1>Sustaining Air Defense for Ukraine</h1>
  <div class="sub">Interceptor Demand, Production Constraints, and Options for European
Allies</div>
  <p>Since the autumn of 2022, Russia has waged a sustained air campaign against Ukraine’s cities,
power grid, and defense industry. The scale of the campaign has grown steadily: in the peak month
of July 2025, Russian forces launched more than 6,100 long-range drones of the Shahed/Geran type,
together with several hundred cruise and ballistic missiles. Ukrainian air defenses have
intercepted the large majority of these weapons, but each successful interception consumes scarce
and expensive munitions.</p>
  <div class="callout">The cost asymmetry is stark: a Geran-2 drone costs Russia perhaps $35,000,
while a PAC-3 MSE interceptor costs roughly $4 million.</div>
  <p>This Perspective examines the balance between Ukraine’s demand for air-defense interceptors
and the capacity of Western industry to supply them. We draw on open-source data on Russian
strikes, manufacturers’ public statements, and discussions with officials in six European
capitals. We find that Ukraine’s requirement for high-end interceptors – particularly for use
against ballistic missiles – exceeds what Western production can provide in the near term, and
that closing the gap will require both more production and a shift toward cheaper means of
defeating drones.</p>
  <h2>Demand</h2>
  <p>Ukraine’s air defense operates in layers. Against ballistic missiles such as the Iskander-M
and the Kinzhal, only the U.S.-made Patriot, equipped with PAC-3 MSE or PAC-2 GEM-T interceptors,
has proven consistently effective. Against cruise missiles and drones, Ukraine uses a wider range
of systems, including NASAMS, IRIS-T, and the Franco-Italian SAMP/T, as well as mobile fire groups
armed with machine guns and, increasingly, interceptor drones. We estimate that, at the current
tempo of Russian strikes, Ukraine would need roughly 1,000 Patriot-class interceptors per year to
defend its major cities and critical infrastructure against ballistic missiles alone.</p>
  <h2>Supply</h2>
  <p>Lockheed Martin produced approximately 600 PAC-3 MSE interceptors in 2025 and aims to reach
650 per year by 2027, with a long-term goal of 2,000. This output must meet the needs of the U.S.
Army, 17 other Patriot operators, and Ukraine. The GEM-T will also be produced in Germany from
2026, but initial output will be modest. Production of the IRIS-T SLM, made by Diehl Defence, has
grown faster: the company expects to deliver around 1,000 missiles a year from its Überlingen and
Röthenbach plants by 2026.</p>
 </div>
 <div class="pn">1</div>
</div>

<div class="page">
 <div class="run">Sustaining Air Defense for Ukraine</div>
 <div class="c2">
  <h2>The Drone Challenge</h2>
  <p>Expensive missiles are not a sustainable answer to mass drone attacks. Ukraine has therefore
invested heavily in interceptor drones – small, fast quadcopters or fixed-wing aircraft that ram
or detonate near an incoming Shahed. Ukrainian manufacturers report unit costs of between $2,000
and $5,000, and the government announced in mid-2025 that it aimed to produce 1,000 interceptor
drones a day. Early results are promising, with some units claiming interception rates above 60
percent at night, but the technology depends on trained operators and reliable detection by radar
and acoustic sensors.</p>
  <div class="box"><b>Key findings</b><br>• Ukraine’s demand for ballistic-missile interceptors is
well above current Western output.<br>• Interceptor drones offer the most cost-effective defense
against Shahed-type drones but need an integrated sensor network.<br>• European production of
medium-range interceptors is growing, but multi-year contracts are needed to justify new
lines.<br>• Gun-based systems, such as the Gepard and Skynex, remain valuable for point
defense.</div>
  <h2>Options for European Allies</h2>
  <p>European governments have several options. First, they can sign multi-year framework
contracts for interceptors, as Germany did with Diehl in 2024 for IRIS-T missiles worth €4
billion, giving industry the confidence to expand. Second, they can finance Ukrainian production
of interceptor drones, which is faster and cheaper than buying Western systems – the so-called
Danish model, under which donors pay Ukrainian firms directly. Third, they can accept temporary
gaps in their own air defense inventories by transferring systems to Ukraine and backfilling them
later, as the Netherlands and Germany did with Patriot batteries. Finally, they can invest in
novel technologies such as high-energy lasers and high-power microwave weapons, though these are
unlikely to be fielded in numbers before the end of the decade.</p>
  <p>None of these options is sufficient on its own. The best approach combines them: scarce
high-end interceptors should be reserved for ballistic missiles, while mass-produced, low-cost
systems take on the drone threat. For this to work, Europe must also help Ukraine build a national
air-surveillance picture that links radars, acoustic sensors, and mobile fire groups in real
time.</p>
  <div class="abt">
   <h3>About This Perspective</h3>
   <p>This Perspective was prepared by RAND Europe with funding from RAND’s internal research
resources. The authors thank Lt. Col. (Ret.) Henrik Sørensen and Dr. Laura Whitfield for their
reviews.</p>
   <h3>About the Authors</h3>
   <p><b>Kristina Østergaard</b> is a senior analyst at RAND Europe in Cambridge, UK. <b>Marcus T.
Holloway</b> is a senior defense researcher at RAND, where he focuses on air and missile defense.
<b>Jakub Rybicki</b> is an analyst at RAND Europe working on Central and Eastern European
security.</p>
   <p>RAND is a research organization that develops solutions to public policy challenges. RAND’s
publications do not necessarily reflect the opinions of its research clients and sponsors. RAND®
is a registered trademark.<br>For more information on this publication, visit
www.rand.org/t/PEA3521-2.<br>PE-A3521-2</p>
  </div>
 </div>
 <div class="pn">2</div>
</div>
</body></html>

""",
        (
            "Sustaining Air Defense for Ukraine",
            ("Kristina Østergaard", "Marcus T. Holloway", "Jakub Rybicki"),
            "",
        ),
    ),
    "eprs_glance": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>At a glance - Critical raw materials</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Sans";font-size:8.6pt;line-height:1.42;color:#1a1a1a}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:14mm 16mm 22mm 16mm;position:relative;
page-break-after:always}
.pg:last-child{page-break-after:auto}
.band{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2.5pt solid
#0a3d7a;padding-bottom:3pt;margin-bottom:10pt}
.band .glance{font-family:"DejaVu Serif";font-size:19pt;color:#0a3d7a;font-style:italic}
.band .pl{font-size:8.5pt;color:#0a3d7a;font-weight:bold;text-align:right}
h1{font-family:"DejaVu Sans";font-weight:bold;font-size:17pt;color:#0a3d7a;margin:0 0 8pt 0;
line-height:1.18}
.lead{font-style:italic;font-size:9.2pt;border-left:3pt solid #7aa6d6;padding:2pt 0 2pt 8pt;
margin:0 0 10pt 0;color:#222}
.cols{column-count:2;column-gap:7mm;text-align:justify}
.cols p{margin:0 0 6pt 0}
h2{font-size:9.6pt;color:#0a3d7a;margin:8pt 0 3pt 0;break-after:avoid}
.box{break-inside:avoid;background:#e8f0f9;padding:6pt 7pt;margin:4pt 0 8pt 0;font-size:7.8pt}
.box .bt{font-weight:bold;color:#0a3d7a;margin-bottom:3pt}
table{border-collapse:collapse;width:100%;font-size:7.6pt}
td,th{border-bottom:0.5pt solid #9bb5d3;padding:1.5pt 2pt;text-align:left;vertical-align:top}
th{color:#0a3d7a}
td.n{text-align:right}
.foot{position:absolute;left:16mm;right:16mm;bottom:9mm;font-size:7pt;color:#0a3d7a;
border-top:0.6pt solid #0a3d7a;padding-top:3pt;display:flex;justify-content:space-between}
.rh{font-size:7.2pt;color:#555;display:flex;justify-content:space-between;border-bottom:0.5pt
solid #aaa;padding-bottom:2pt;margin-bottom:10pt}
.colophon{position:absolute;left:16mm;right:16mm;bottom:17mm;font-size:6.8pt;color:#333;
border-top:1.5pt solid #0a3d7a;padding-top:4pt;line-height:1.35}
.colophon b{color:#0a3d7a}
</style></head><body>

<div class="pg">
<div class="band"><span class="glance">At a glance</span><span class="pl">Plenary – June
2025</span></div>
<h1>Critical raw materials: Europe's first strategic projects</h1>
<p class="lead">A year after the Critical Raw Materials Act entered into force, the Commission has
designated the first batch of strategic projects intended to reduce the EU's dependence on a
handful of suppliers. Parliament is due to debate the implementation of the Act during the June
plenary session, on the basis of an own-initiative report from the Committee on Industry, Research
and Energy (ITRE).</p>
<div class="cols">
<h2>Background</h2>
<p>The Critical Raw Materials Act (CRMA), Regulation (EU) 2024/1252, entered into force on 23 May
2024. It lists 34 critical raw materials, 17 of which are also classed as strategic because of
their importance for the green and digital transitions and for defence and space applications. The
regulation sets four non-binding benchmarks for the EU's annual consumption of strategic raw
materials to be reached by 2030: 10&nbsp;% from domestic extraction, 40&nbsp;% from domestic
processing and 25&nbsp;% from recycling. In addition, no more than 65&nbsp;% of the Union's
consumption of any single strategic raw material at any stage of processing should come from one
third country.</p>
<p>Dependence remains acute. According to the Commission's 2023 assessment, China supplies
100&nbsp;% of the EU's heavy rare earth elements and 97&nbsp;% of its magnesium, while Türkiye
provides 98&nbsp;% of the borate used in European industry. For lithium, the EU refines less than
1&nbsp;% of its needs, although demand for batteries is projected to increase twelvefold by
2030.</p>
<h2>The selection procedure</h2>
<p>Project promoters could apply for strategic status between 22 August and 22 October 2024. The
Commission received 170 applications, of which 46 concerned projects located in third countries.
Each application was assessed by independent experts against the criteria in Article 6 CRMA,
including technical feasibility, environmental and social sustainability and a demonstrable
cross-border benefit. The Critical Raw Materials Board, composed of representatives of the Member
States and chaired by the Commission, held its inaugural meeting on 18 September 2024 and gave its
opinion on the proposed list in February 2025.</p>
<p>On 25 March 2025 the Commission selected 49 strategic projects located in 14 Member States.
Taken together, they are expected to require capital investment of €23.1 billion. Twenty-six of
the projects concern extraction, 14 processing, 6 recycling and 3 the substitution of critical raw
materials. A second list, covering 13 projects in third countries such as Canada, Greenland,
Kazakhstan and Serbia, followed on 4 June 2025.</p>
<div class="box"><div class="bt">Strategic projects by main raw material (March 2025)</div>
<table><tr><th>Raw material</th><th>Projects</th><th>Member States (examples)</th></tr>
<tr><td>Lithium</td><td class="n">22</td><td>PT, ES, FR, DE, CZ, FI</td></tr>
<tr><td>Nickel and cobalt</td><td class="n">10</td><td>FI, FR, GR</td></tr>
<tr><td>Graphite</td><td class="n">7</td><td>SE, FI, DE</td></tr>
<tr><td>Rare earth elements</td><td class="n">5</td><td>EE, FR, SE</td></tr>
<tr><td>Tungsten, magnesium, other</td><td class="n">5</td><td>PT, AT, RO</td></tr>
</table>
<div style="margin-top:3pt;font-size:7pt;color:#444">Source: EPRS, based on European Commission,
C(2025) 1811. Some projects cover more than one material.</div></div>
<h2>What strategic status brings</h2>
<p>Strategic projects are considered to be of overriding public interest, which matters when
national authorities weigh them against nature-protection rules. They benefit from a single
national point of contact and from shortened permit-granting procedures. Permitting for strategic
extraction projects must be completed within 27 months, and for processing and recycling projects
within 15 months. The clock, however, excludes the time needed for environmental impact
assessments, which in some Member States routinely exceeds two years.</p>
</div>
<div class="foot"><span>EPRS | European Parliamentary Research Service</span><span>1</span></div>
</div>

<div class="pg">
<div class="rh"><span>EPRS</span><span>Critical raw materials: Europe's first strategic
projects</span></div>
<div class="cols">
<p>Strategic status does not come with dedicated EU funding. Promoters are instead directed to
existing instruments such as the European Investment Bank, the Innovation Fund and InvestEU, and
to national promotional banks. The EIB has indicated that it could finance up to €2 billion of the
selected projects in 2025 and 2026, provided they reach a final investment decision.</p>
<h2>Stockpiling and joint purchasing</h2>
<p>The CRMA also provides for the aggregation of demand. The Commission launched a pilot joint
purchasing platform for raw materials on 1 April 2025, to which 31 companies, mainly automotive
and battery manufacturers, had registered by the end of May. Coordinated stockpiling remains
voluntary: only Italy, France and Czechia currently maintain national strategic stocks of critical
raw materials, and the Board has been asked to prepare an overview of existing stocks by the end
of 2025.</p>
<h2>Stakeholder views</h2>
<p>Industry associations have broadly welcomed the first list but point out that fewer than a
fifth of the selected projects have secured full financing. Environmental organisations, for their
part, criticise the designation of mining projects in or near Natura 2000 sites, notably the
Barroso lithium mine in northern Portugal, and have questioned the transparency of the selection,
since the Commission did not publish the experts' assessments. Local authorities in Serbia's Jadar
valley have opposed the inclusion of the Jadar lithium project on the external list.</p>
<h2>European Parliament position</h2>
<p>In its own-initiative report on the implementation of the CRMA, adopted on 5 June 2025 by 52
votes to 9 with 8 abstentions, the ITRE committee calls on the Commission to set up a dedicated
raw materials financing facility within the next multiannual financial framework. The rapporteur,
Ilse Vanderhaegen (Renew, Belgium), also proposes that Member States report annually on the
duration of permit procedures, and that recycling targets be made binding in the 2027 review of
the Act. The report further asks the Commission to conclude strategic partnerships with at least
five additional resource-rich countries by 2027, building on the 14 memoranda of understanding
signed since 2021.</p>
<p>The plenary debate is scheduled for the June session in Strasbourg, with a vote on the
resolution expected the following day.</p>
</div>
<div class="colophon"><b>EPRS | European Parliamentary Research Service</b><br>
Author: Piotr Zawadzki, Members' Research Service<br>
PE 772.418 – June 2025<br><br>
This document is prepared for, and addressed to, the Members and staff of the European Parliament
as background material to assist them in their parliamentary work. The content of the document is
the sole responsibility of its author(s) and any opinions expressed herein should not be taken to
represent an official position of the Parliament. Reproduction and translation for non-commercial
purposes are authorised, provided the source is acknowledged and the European Parliament is given
prior notice and sent a copy. © European Union, 2025.<br>
eprs@ep.europa.eu (contact) · www.eprs.ep.parl.union.eu (intranet) ·
www.europarl.europa.eu/thinktank (internet)</div>
<div class="foot"><span>EPRS | European Parliamentary Research Service</span><span>2</span></div>
</div>
</body></html>

""",
        (
            "Critical raw materials: Europe's first strategic projects",
            ("Piotr Zawadzki",),
            "2025-06",
        ),
    ),
    "ministry_factsheet": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fact sheet gas supply</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Sans";font-size:8.6pt;line-height:1.38;color:#1b1b1b}
.pg{width:210mm;height:297mm;box-sizing:border-box;position:relative;display:flex}
.side{width:62mm;background:#004b6e;color:#fff;padding:14mm 7mm 12mm 9mm;box-sizing:border-box}
.main{flex:1;padding:12mm 14mm 14mm 10mm;box-sizing:border-box;position:relative}
.flag{height:4pt;display:flex;margin-bottom:5pt;width:28mm}
.flag i{flex:1;display:block}
.min{font-size:8.2pt;line-height:1.25;margin-bottom:16mm}
.side h3{font-size:9pt;letter-spacing:1.2pt;text-transform:uppercase;border-bottom:0.7pt solid
#8fc3dd;padding-bottom:3pt;margin:0 0 8pt 0}
.fig{margin-bottom:10pt}
.fig .big{font-size:20pt;font-weight:bold;color:#ffd34d;line-height:1.05}
.fig .lbl{font-size:7.6pt;line-height:1.3;color:#e6f2f8}
.kick{font-size:8pt;font-weight:bold;letter-spacing:2pt;color:#004b6e;background:#e1eef5;
display:inline-block;padding:2pt 6pt;margin-bottom:6pt}
h1{font-size:19pt;line-height:1.15;margin:0 0 4pt 0;color:#004b6e}
.asof{font-size:8pt;color:#555;margin-bottom:9pt}
h2{font-size:10pt;color:#004b6e;margin:8pt 0 3pt 0}
p{margin:0 0 5pt 0}
ul{margin:2pt 0 5pt 0;padding-left:13pt}
li{margin-bottom:2.5pt}
table{width:100%;border-collapse:collapse;font-size:8pt;margin:4pt 0 2pt 0}
th{background:#004b6e;color:#fff;text-align:left;padding:2pt 4pt}
td{padding:2pt 4pt;border-bottom:0.5pt solid #c4d9e4}
td.r,th.r{text-align:right}
.src{font-size:6.8pt;color:#666;margin-bottom:6pt}
.imp{border:1pt solid #004b6e;padding:5pt 7pt;margin:8pt 0}
.imp b{color:#004b6e}
.imprint{position:absolute;left:10mm;right:14mm;bottom:9mm;font-size:6.6pt;color:#555;
border-top:0.5pt solid #aaa;padding-top:3pt;line-height:1.35}
.sidefoot{position:absolute;left:9mm;width:46mm;bottom:9mm;font-size:6.8pt;color:#cfe5f0;
line-height:1.35}
</style></head><body>
<div class="pg">
<div class="side">
<div class="flag"><i style="background:#000"></i><i style="background:#dd0000"></i><i
style="background:#ffce00"></i></div>
<div class="min">Federal Ministry<br>for Economic Affairs<br>and Energy</div>
<h3>Key figures</h3>
<div class="fig"><div class="big">77.4&nbsp;%</div><div class="lbl">fill level of German gas
storage facilities on 1 September 2025</div></div>
<div class="fig"><div class="big">252 TWh</div><div class="lbl">total working gas capacity of
storage facilities in Germany</div></div>
<div class="fig"><div class="big">844 TWh</div><div class="lbl">gas consumption in Germany in
2024, 14&nbsp;% below the 2018–2021 average</div></div>
<div class="fig"><div class="big">3</div><div class="lbl">state-chartered LNG terminals in
operation: Wilhelmshaven, Brunsbüttel and Mukran</div></div>
<div class="fig"><div class="big">0&nbsp;%</div><div class="lbl">share of Russian pipeline gas in
German imports since September 2022</div></div>
<div class="sidefoot">More information:<br>www.bmwe.de/gas-supply<br>Hotline: +49 30 18615 0</div>
</div>

<div class="main">
<div class="kick">FACT SHEET</div>
<h1>Germany's Gas Supply for Winter 2025/26</h1>
<div class="asof">As of 1 September 2025</div>
<p>Germany's gas supply is secure. Storage facilities are being filled steadily, imports are
diversified across pipelines from Norway and western neighbours and liquefied natural gas (LNG),
and consumption remains well below pre-crisis levels. The Federal Network Agency
(Bundesnetzagentur) currently assesses the risk of a supply shortfall for the coming winter as
low. Nevertheless, households and companies are asked to continue to use gas economically.</p>

<h2>Storage: new filling targets</h2>
<p>The amended Gas Storage Ordinance, in force since 1 April 2025, lowered the statutory filling
requirement. Storage facilities must now be at least 70&nbsp;% full on 1 November, and for certain
large porous storage sites such as Rehden and Inchenhofen the requirement has been reduced to
45&nbsp;%. The target for 1 February remains at 30&nbsp;%. The flexibility allows operators to
take account of lower summer–winter price spreads, which had made commercial injection
unattractive in early 2025.</p>
<div class="imp"><b>Storage levy abolished.</b> The gas storage levy charged at cross-border
interconnection points was a source of friction with neighbouring countries. Germany will abolish
it from 1 January 2026; the costs of filling storage in 2022 will instead be covered by the
federal budget, at an estimated €3.4 billion.</div>

<h2>Where our gas comes from</h2>
<table>
<tr><th>Import source, first half of 2025</th><th class="r">TWh</th><th class="r">Share</th></tr>
<tr><td>Norway (pipeline)</td><td class="r">243</td><td class="r">48&nbsp;%</td></tr>
<tr><td>Netherlands</td><td class="r">111</td><td class="r">22&nbsp;%</td></tr>
<tr><td>Belgium</td><td class="r">86</td><td class="r">17&nbsp;%</td></tr>
<tr><td>LNG via German terminals</td><td class="r">46</td><td class="r">9&nbsp;%</td></tr>
<tr><td>Other (France, Denmark, Czechia)</td><td class="r">20</td><td class="r">4&nbsp;%</td></tr>
</table>
<div class="src">Source: Bundesnetzagentur, physical imports at cross-border points and LNG
terminals. Figures rounded.</div>
<p>Norway was the single largest supplier, delivering almost half of all imported gas. German LNG
terminals regasified 46 TWh in the first six months of the year, about half of their technical
capacity. The government has reduced its charter of floating storage and regasification units from
five to three vessels; the ships in Stade and Lubmin are being released.</p>

<h2>What the Federal Government is doing</h2>
<ul>
<li>Monitoring the supply situation daily together with the Bundesnetzagentur and the market area
manager Trading Hub Europe (THE).</li>
<li>Keeping the early warning level of the Emergency Plan Gas, declared on 30 March 2022, in place
until further notice.</li>
<li>Supporting the conversion of the Wilhelmshaven terminal into a land-based facility for ammonia
and hydrogen imports by 2030.</li>
</ul>

<h2>Outlook</h2>
<p>In a normal winter, existing storage and import capacity will cover demand even if storage is
only filled to the new minimum levels. In the stress scenario of the Bundesnetzagentur, which
assumes an extremely cold February and the loss of the largest import pipeline for four weeks,
storage levels would fall to about 18&nbsp;% by the end of March 2026.</p>

<div class="imprint">Publisher: Federal Ministry for Economic Affairs and Energy (BMWE), Public
Relations Division, 11019 Berlin · www.bmwe.de<br>This fact sheet is published as part of the
Federal Government's public relations work. It is distributed free of charge and is not intended
for sale.</div>
</div>
</div>
</body></html>

""",
        (
            "Germany's Gas Supply for Winter 2025/26",
            (),
            "2025-09-01",
        ),
    ),
    "pl_komentarz_csb": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Komentarze CSB</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.48;color:#111}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:13mm 20mm 20mm 20mm;position:relative;
page-break-after:always}
.pg:last-child{page-break-after:auto}
.top{display:flex;justify-content:space-between;align-items:flex-start;margin-bottom:9mm}
.series{font-family:"DejaVu Sans";font-weight:bold;font-size:21pt;color:#b3122e;
letter-spacing:0.5pt;line-height:1}
.series span{display:block;font-size:8pt;letter-spacing:1.5pt;color:#444;font-weight:normal;
margin-top:3pt}
.logo{font-family:"DejaVu Sans";font-size:7.5pt;text-align:right;color:#333;line-height:1.3}
.logo b{font-size:13pt;color:#b3122e;letter-spacing:1pt}
.numrow{font-family:"DejaVu Sans";font-size:8pt;color:#b3122e;border-top:1pt solid #b3122e;
border-bottom:1pt solid #b3122e;padding:2pt 0;margin-bottom:8mm;letter-spacing:0.6pt}
h1{font-family:"DejaVu Sans";font-size:18.5pt;line-height:1.2;margin:0 0 5pt 0;color:#111}
.auth{font-family:"DejaVu Sans";font-size:8.8pt;text-transform:uppercase;letter-spacing:0.8pt;
color:#b3122e;margin-bottom:8mm}
.lead{font-weight:bold;font-family:"DejaVu Sans";font-size:9.4pt;line-height:1.45;
margin-bottom:6mm}
p{margin:0 0 6pt 0;text-align:justify}
h2{font-family:"DejaVu Sans";font-size:10pt;color:#b3122e;margin:9pt 0 3pt 0}
sup{font-size:6pt;line-height:0}
.fn{position:absolute;left:20mm;right:20mm;bottom:14mm;font-size:7pt;line-height:1.3;
font-family:"DejaVu Sans";border-top:0.5pt solid #999;padding-top:3pt;color:#333}
.fn p{margin:0 0 2pt 0;text-align:left}
.pnum{position:absolute;right:20mm;bottom:7mm;font-family:"DejaVu Sans";font-size:7.5pt;
color:#b3122e}
.rh{position:absolute;left:20mm;bottom:7mm;font-family:"DejaVu Sans";font-size:7pt;color:#777}
.stopka{margin-top:8mm;border-top:2pt solid #b3122e;padding-top:5pt;font-family:"DejaVu Sans";
font-size:6.8pt;line-height:1.4;color:#333;display:flex;gap:8mm}
.stopka div{flex:1}
.stopka b{color:#b3122e;font-size:6.6pt;letter-spacing:0.6pt}
</style></head><body>

<div class="pg">
<div class="top">
<div class="series">KOMENTARZE CSB<span>ANALIZY · PROGNOZY · REKOMENDACJE</span></div>
<div class="logo"><b>CSB</b><br>CENTRUM STUDIÓW BAŁTYCKICH<br>im. Jerzego Giedroycia</div>
</div>
<div class="numrow">NUMER 612 &nbsp;|&nbsp; 21.03.2025</div>
<h1>Niemiecka reforma hamulca zadłużenia: miliardy dla Bundeswehry</h1>
<div class="auth">Agnieszka Żurawska, Bartłomiej Kędzierski</div>
<div class="lead">18 marca ustępujący Bundestag przyjął zmianę Ustawy Zasadniczej, która wyłącza
znaczną część wydatków obronnych spod konstytucyjnego limitu zadłużenia i tworzy specjalny fundusz
infrastrukturalny. Za zmianą głosowało 512 posłów, a przeciw było 206, przy wymaganej większości
dwóch trzecich wynoszącej 489 głosów. Trzy dni później reformę zatwierdził Bundesrat. Otwiera ona
drogę do bezprecedensowego wzrostu wydatków na Bundeswehrę, ale nie rozwiązuje strukturalnych
problemów niemieckich finansów publicznych.</div>

<h2>Co zmieniono</h2>
<p>Nowelizacja art. 109 i 115 Ustawy Zasadniczej przewiduje, że wydatki na obronność, ochronę
ludności, służby wywiadowcze, ochronę infrastruktury informatycznej oraz pomoc dla państw
zaatakowanych z naruszeniem prawa międzynarodowego nie będą wliczane do limitu zadłużenia w części
przekraczającej 1% PKB. Oznacza to, że przy obecnym poziomie PKB wynoszącym ok. 4,3 bln euro każdy
wydatek obronny powyżej ok. 43 mld euro rocznie może być finansowany z kredytu bez
ograniczeń<sup>1</sup>. Jednocześnie utworzono specjalny fundusz na infrastrukturę o wartości 500
mld euro, który ma zostać wydatkowany w ciągu 12 lat. Z tej kwoty 100 mld euro trafi do Funduszu
Klimatycznego i Transformacyjnego, a kolejne 100 mld euro – do krajów związkowych. Landy uzyskały
ponadto prawo do zaciągania długu strukturalnego w wysokości 0,35% PKB.</p>
<p>Reforma została przeprowadzona w nietypowym trybie: głosowanie odbyło się w poprzednim składzie
Bundestagu, wybranym w 2021 r., choć wybory przedterminowe odbyły się już 23 lutego 2025 r. W
nowym parlamencie CDU/CSU, SPD i Zieloni nie dysponowaliby większością konstytucyjną, a AfD wraz z
Die Linke mogłyby zablokować zmianę. Skargi posłów kwestionujących pośpiech prac Federalny
Trybunał Konstytucyjny odrzucił 13 marca<sup>2</sup>.</p>

<h2>Skala planowanych wydatków</h2>
<p>W 2024 r. Niemcy wydały na obronność, łącznie ze środkami z funduszu specjalnego z 2022 r., ok.
90,6 mld euro, co odpowiadało 2,1% PKB. Fundusz specjalny w wysokości 100 mld euro zostanie w
przeważającej części wykorzystany do końca 2027 r. Nowe przepisy pozwalają zastąpić go
finansowaniem dłużnym bez konieczności tworzenia kolejnych funduszy. Według szacunków ministerstwa
finansów wydatki obronne mogą wzrosnąć do 3,5% PKB w 2029 r., czyli do ok. 162 mld euro
rocznie<sup>3</sup>. Minister obrony Boris Pistorius zapowiedział, że priorytetem będą obrona
powietrzna, amunicja oraz zwiększenie liczebności armii do 203 tys. żołnierzy zawodowych i
kontraktowych.</p>
<div class="fn">
<p><sup>1</sup> Limit ustalany jest w odniesieniu do nominalnego PKB z roku poprzedzającego
sporządzenie budżetu.</p>
<p><sup>2</sup> Postanowienia Federalnego Trybunału Konstytucyjnego z 13 marca 2025 r., sygn. 2
BvE 3/25 i 2 BvE 4/25.</p>
<p><sup>3</sup> Obliczenia CSB na podstawie projekcji Federalnego Ministerstwa Finansów z marca
2025 r.</p>
</div>
<div class="rh">Komentarze CSB · numer 612</div>
<div class="pnum">1</div>
</div>

<div class="pg">
<h2 style="margin-top:0">Konsekwencje dla polityki bezpieczeństwa</h2>
<p>Dla sojuszników z NATO najważniejsze jest to, że Niemcy po raz pierwszy od zakończenia zimnej
wojny uzyskały możliwość planowania wydatków obronnych w perspektywie wieloletniej, bez corocznych
sporów o mieszczenie się w limicie zadłużenia. Ma to znaczenie m.in. dla finansowania 45. Brygady
Pancernej na Litwie, która ma osiągnąć pełną gotowość bojową w 2027 r. i liczyć ok. 4800 żołnierzy
oraz 200 pracowników cywilnych. Zwiększone środki mogą także przyspieszyć zamówienia w ramach
Europejskiej Tarczy Antyrakietowej (ESSI), choć wąskim gardłem pozostają zdolności produkcyjne
przemysłu zbrojeniowego<sup>4</sup>.</p>
<p>Rozszerzenie katalogu wydatków wyłączonych z limitu o pomoc dla państw zaatakowanych ułatwi
także utrzymanie wsparcia dla Ukrainy. W budżecie na 2025 r. zaplanowano na ten cel 4 mld euro, a
rząd ustępującego kanclerza Olafa Scholza przez wiele tygodni spierał się o dodatkowe 3 mld euro.
Nowe przepisy pozwolą uniknąć podobnych sporów, choć ostateczna decyzja o skali pomocy będzie
należała do nowej koalicji.</p>

<h2>Ryzyka i ograniczenia</h2>
<p>Reforma nie oznacza, że niemiecka polityka fiskalna stanie się ekspansywna we wszystkich
obszarach. Limit zadłużenia strukturalnego na poziomie 0,35% PKB nadal obowiązuje rząd federalny w
odniesieniu do pozostałych wydatków, w tym socjalnych. Ekonomiści Deutsche Bundesbank szacują, że
dług publiczny może wzrosnąć z 63% PKB w 2024 r. do ok. 84% PKB w połowie lat trzydziestych.
Wzrost rentowności dziesięcioletnich obligacji federalnych o ok. 0,3 pkt proc. w dniu ogłoszenia
porozumienia pokazał, że rynki traktują zapowiedzi poważnie<sup>5</sup>.</p>
<p>Drugim ograniczeniem jest zdolność absorpcyjna. Federalny Urząd ds. Wyposażenia, Technologii
Informatycznych i Wsparcia Eksploatacji Bundeswehry (BAAINBw) zatrudnia ok. 12 tys. osób i już
teraz nie nadąża z realizacją zamówień z funduszu specjalnego. Rząd zapowiada ustawę
przyspieszającą zamówienia obronne, ale jej uchwalenie nie nastąpi przed jesienią.</p>

<h2>Znaczenie dla Polski</h2>
<p>Dla Polski reforma oznacza, że Niemcy mogą w ciągu kilku lat stać się największym pod względem
nominalnych wydatków państwem europejskim w NATO, wyprzedzając Wielką Brytanię i Francję. Stworzy
to nowe możliwości współpracy przemysłowej, np. w zakresie produkcji amunicji 155 mm, ale także
ryzyko konkurencji o ograniczone moce produkcyjne. Berlin będzie też zapewne mniej skłonny do
wspierania wspólnego europejskiego zadłużenia na cele obronne, skoro samodzielnie uzyskał
przestrzeń fiskalną.</p>

<div class="stopka">
<div><b>REDAKCJA MERYTORYCZNA</b><br>Jan Ostrowski, Marta
Piotrowska-Wilk<br><b>REDAKCJA</b><br>Izabela Domańska<br><b>WSPÓŁPRACA</b><br>Konrad
Lewandowski</div>
<div><b>TŁUMACZENIE</b><br>Biuro Tłumaczeń Lingua<br><b>DTP</b><br>Wojciech Mroczek<br><br>Treść
niniejszej publikacji wyraża wyłącznie poglądy autorów.</div>
<div><b>CENTRUM STUDIÓW BAŁTYCKICH</b><br>ul. Mokotowska 41, 00-551 Warszawa<br>tel.: (+48) 22 525
80 00<br>info@csb.waw.pl · www.csb.waw.pl<br>ISSN 2081-7398</div>
</div>

<div class="fn">
<p><sup>4</sup> Por. A. Żurawska, <i>Europejska Tarcza Antyrakietowa – dwa lata później</i>,
Komentarze CSB, nr 577, 9.10.2024.</p>
<p><sup>5</sup> Rentowność dziesięcioletnich Bundesanleihen wzrosła 5 marca 2025 r. z 2,49% do
2,79%, co było największym jednodniowym wzrostem od 1990 r.</p>
</div>
<div class="rh">Komentarze CSB · numer 612</div>
<div class="pnum">2</div>
</div>
</body></html>

""",
        (
            "Niemiecka reforma hamulca zadłużenia: miliardy dla Bundeswehry",
            ("Agnieszka Żurawska", "Bartłomiej Kędzierski"),
            "2025-03-21",
        ),
    ),
    "working_paper_subtitle": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>VCEES WP 07/2025</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Serif";font-size:9.8pt;line-height:1.5;color:#000}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:16mm 24mm 22mm 24mm;position:relative;
page-break-after:always}
.pg:last-child{page-break-after:auto}
.hdr{display:flex;justify-content:space-between;font-family:"DejaVu Sans";font-size:7.6pt;
color:#333;border-bottom:0.6pt solid #000;padding-bottom:3pt;margin-bottom:12mm}
.hdr b{letter-spacing:1pt}
h1{text-align:center;font-size:16pt;font-weight:bold;margin:0 0 4pt 0;line-height:1.25}
.sub{text-align:center;font-size:11.5pt;font-style:italic;margin-bottom:9mm}
.authors{text-align:center;font-size:10.5pt;margin-bottom:3pt}
sup{font-size:6.3pt;line-height:0}
.aff{text-align:center;font-size:7.8pt;color:#222;line-height:1.35;margin-bottom:5mm}
.ver{text-align:center;font-size:8.5pt;margin-bottom:8mm}
.abs{margin:0 8mm 4mm 8mm;font-size:8.8pt;line-height:1.42;text-align:justify}
.abs .h{font-weight:bold;text-align:center;font-variant:small-caps;font-size:9.5pt;
margin-bottom:2pt}
.kw{margin:0 8mm 2pt 8mm;font-size:8.5pt}
h2{font-size:10.5pt;margin:10pt 0 4pt 0}
p{margin:0 0 5pt 0;text-align:justify;text-indent:1.2em}
p.ni{text-indent:0}
.fn{position:absolute;left:24mm;right:24mm;bottom:15mm;font-size:7.2pt;line-height:1.32;
border-top:0.5pt solid #000;padding-top:3pt;width:60mm}
.fnw{position:absolute;left:24mm;right:24mm;bottom:15mm;font-size:7.2pt;line-height:1.32}
.fnw .rule{border-top:0.5pt solid #000;width:50mm;margin-bottom:3pt}
.fnw p{text-indent:0;margin:0 0 1.5pt 0;text-align:left}
.pn{position:absolute;left:0;right:0;bottom:8mm;text-align:center;font-size:8pt}
table{border-collapse:collapse;margin:6pt auto 4pt auto;font-size:8.2pt}
th,td{padding:1.5pt 7pt;text-align:right}
th{border-top:0.8pt solid #000;border-bottom:0.5pt solid #000}
td:first-child,th:first-child{text-align:left}
tr.last td{border-bottom:0.8pt solid #000}
.cap{text-align:center;font-size:8.3pt;margin-top:6pt}
.note{font-size:7.5pt;margin:0 10mm 6pt 10mm;text-align:justify}
</style></head><body>

<div class="pg">
<div class="hdr"><span><b>VCEES</b> · Vienna Centre for European Economic
Studies</span><span>Working Paper No. 07/2025</span></div>
<h1>Border Carbon Adjustment and Ukrainian Steel Exports</h1>
<div class="sub">Evidence from firm-level customs data, 2019–2024</div>
<div class="authors">Olena Marchenko<sup>a,*</sup>, Felix Gruber<sup>b</sup> and Katarzyna
Bąk<sup>a,c</sup></div>
<div class="aff"><sup>a</sup> Vienna Centre for European Economic Studies (VCEES), Vienna,
Austria<br>
<sup>b</sup> Department of Economics, University of Graz, Austria<br>
<sup>c</sup> Faculty of Economic Sciences, University of Warsaw, Poland</div>
<div class="ver">This version: 3 June 2025</div>
<div class="abs"><div class="h">Abstract</div>
The EU's Carbon Border Adjustment Mechanism (CBAM) will require importers of steel to purchase
certificates reflecting the embedded emissions of their goods once the definitive period begins in
January 2026. We use transaction-level customs records covering 214 exporting firms from 2019 to
2024 to estimate the exposure of Ukrainian steel producers, whose production relies overwhelmingly
on emission-intensive blast furnaces. Combining firm-specific emission intensities with a
structural gravity model, we find that the effective cost of CBAM for Ukrainian flat products
would amount to between €96 and €131 per tonne at a carbon price of €75. Our baseline simulation
suggests that Ukrainian steel exports to the EU would fall by 18 per cent by 2030 if no exemption
is granted, with the largest losses concentrated in semi-finished products. We discuss options for
a temporary derogation linked to reconstruction and the decarbonisation support available under
the Ukraine Facility.</div>
<div class="kw"><b>Keywords:</b> carbon border adjustment; CBAM; steel; Ukraine; trade policy;
gravity model; reconstruction</div>
<div class="kw"><b>JEL classification:</b> F13, F18, Q56, L61</div>

<h2>1&nbsp;&nbsp;Introduction</h2>
<p class="ni">Before the full-scale Russian invasion in February 2022, steel was Ukraine's second
most important export after agricultural products, accounting for roughly a fifth of goods
exports. The loss of the Azovstal and Illich plants in Mariupol and the blockade of the Black Sea
ports reduced national crude steel output from 21.4 million tonnes in 2021 to 6.3 million tonnes
in 2022.<sup>1</sup> Output has partially recovered since the opening of the Ukrainian maritime
corridor in August 2023, and in 2024 Ukraine exported 6.7 million tonnes of steel products, of
which 54 per cent went to the European Union.</p>
<p>The EU has supported this recovery through the suspension of import duties and trade defence
measures, first granted in June 2022 and extended until June 2025. From 2026, however, Ukrainian
exporters will face a new cost. Under Regulation (EU) 2023/956, importers of iron and steel,
aluminium, cement, fertilisers, hydrogen and electricity must surrender CBAM certificates
corresponding to the emissions embedded in the imported goods, net of any carbon price effectively
paid in the country of origin.<sup>2</sup> Ukraine's domestic carbon tax of UAH 30 per tonne of
CO₂, roughly €0.70, provides almost no offset.</p>
<div class="fnw"><div class="rule"></div>
<p><sup>*</sup> Corresponding author: marchenko@vcees.at. We thank Anton Hofer, Iryna Kovalenko
and participants of the VCEES research seminar for helpful comments. All errors are our own.</p>
<p><sup>1</sup> Data from the World Steel Association and the Ukrainian association
Ukrmetalurgprom.</p>
<p><sup>2</sup> During the transitional period from 1 October 2023 to 31 December 2025, importers
only report embedded emissions and pay nothing.</p>
</div>
<div class="pn">1</div>
</div>

<div class="pg">
<div class="hdr"><span>O. Marchenko, F. Gruber, K. Bąk</span><span>VCEES Working Paper No.
07/2025</span></div>
<p class="ni">The exposure of Ukraine is unusual in two respects. First, about 71 per cent of
Ukrainian steel is still produced in blast furnace–basic oxygen furnace (BF-BOF) plants, compared
with 56 per cent in the EU, so the embedded emissions per tonne are well above the default values
for most competitors. Second, the sector is concentrated: the two largest groups, Metinvest and
ArcelorMittal Kryvyi Rih, account for more than 60 per cent of exports to the EU. A shock to their
competitiveness therefore translates directly into lower foreign exchange earnings at a time when
the country depends on external financing.</p>
<p>Our contribution is threefold. We construct, for the first time, a firm-level dataset matching
Ukrainian customs declarations with plant-level emissions reported under the national monitoring
system. We estimate product-specific trade elasticities for Ukrainian steel using the temporary
suspension of EU duties as a natural experiment. Finally, we simulate alternative policy
scenarios, including a full CBAM application, a five-year phase-in and a derogation conditional on
investment in electric arc furnaces.</p>

<h2>2&nbsp;&nbsp;Data and descriptive evidence</h2>
<p class="ni">The customs dataset, provided by the State Customs Service of Ukraine under a
research agreement, contains 1.84 million export declarations for HS chapters 72 and 73. After
removing re-exports and transactions below €1,000, the sample comprises firms with at least one
export to an EU Member State in the observation period. Emission intensities were available for 38
plants, which together produced 93 per cent of the exported volume.</p>
<div class="cap"><b>Table 1.</b> Ukrainian steel exports to the EU by product group, 2021 and
2024</div>
<table>
<tr><th>Product group</th><th>2021 (kt)</th><th>2024 (kt)</th><th>Share in
2024</th><th>tCO₂/t</th></tr>
<tr><td>Semi-finished (slabs,
billets)</td><td>4,920</td><td>1,610</td><td>44.6%</td><td>2.31</td></tr>
<tr><td>Flat products</td><td>2,180</td><td>1,140</td><td>31.6%</td><td>2.12</td></tr>
<tr><td>Long products</td><td>960</td><td>520</td><td>14.4%</td><td>1.94</td></tr>
<tr><td>Pipes and tubes</td><td>470</td><td>210</td><td>5.8%</td><td>1.46</td></tr>
<tr class="last"><td>Other</td><td>290</td><td>130</td><td>3.6%</td><td>1.70</td></tr>
</table>
<div class="note">Source: authors' calculations based on State Customs Service of Ukraine and
plant emission reports. Emission intensity is the export-weighted average of direct and indirect
emissions.</div>
<p>Table 1 shows that the collapse in exports since 2021 has been most pronounced for
semi-finished products, which were previously processed in EU re-rolling mills in Italy, Poland
and Bulgaria. These products also carry the highest embedded emissions, so the CBAM cost as a
share of the import price is largest precisely where Ukrainian producers have the smallest
margins. At the average 2024 EU import price of €540 per tonne for slabs, a CBAM charge of €120
would be equivalent to an ad valorem tariff of more than 22 per cent.</p>
<p>The descriptive evidence also points to a rapid shift in the destination of exports within the
EU. Poland overtook Italy as the largest buyer of Ukrainian steel in 2023, reflecting both rail
access through the Medyka–Mostyska crossing and the temporary closure of Black Sea shipping
routes.</p>
<div class="pn">2</div>
</div>
</body></html>

""",
        (
            "Border Carbon Adjustment and Ukrainian Steel Exports",
            ("Olena Marchenko", "Felix Gruber", "Katarzyna Bąk"),
            "2025-06-03",
        ),
    ),
    "hoc_briefing": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CBP-10296</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Sans";font-size:9.4pt;line-height:1.5;color:#1e1e1e}
.pg{width:210mm;height:297mm;box-sizing:border-box;position:relative;page-break-after:always;
overflow:hidden}
.pg:last-child{page-break-after:auto}
.cov{padding:0}
.cov .top{background:#006548;height:64mm;color:#fff;padding:14mm 18mm 0 18mm;box-sizing:border-box;
position:relative}
.cov .lib{font-size:13pt;font-weight:bold;line-height:1.15}
.cov .lib span{display:block;font-weight:normal;font-size:10pt}
.cov .rb{position:absolute;left:18mm;bottom:8mm;font-size:15pt}
.cov .num{position:absolute;right:18mm;bottom:8mm;font-size:9.5pt;text-align:right}
.cov .body{padding:14mm 18mm 0 18mm}
.cov h1{font-size:25pt;line-height:1.15;color:#006548;margin:0 0 10mm 0;font-weight:bold;
width:150mm}
.cov .by{font-size:11pt;margin-bottom:2pt}
.cov .dt{font-size:11pt;margin-bottom:16mm}
.cov h3{font-size:10.5pt;color:#006548;margin:0 0 4pt 0;border-top:1pt solid #006548;
padding-top:6pt;width:90mm}
.cov ol{margin:0;padding-left:14pt;font-size:9.5pt;line-height:1.7}
.cov .img{position:absolute;left:18mm;bottom:16mm;font-size:7pt;color:#555;width:170mm;
line-height:1.4}
.txt{padding:16mm 20mm 22mm 20mm}
.txt h2{font-size:16pt;color:#006548;margin:0 0 8pt 0;font-weight:bold}
.txt h3{font-size:11pt;color:#006548;margin:11pt 0 4pt 0}
.txt p{margin:0 0 7pt 0}
.txt ul{margin:0 0 7pt 0;padding-left:14pt}
.txt li{margin-bottom:3pt}
.box{border-left:4pt solid #006548;background:#eef5f2;padding:6pt 9pt;margin:6pt 0 9pt 0;
font-size:8.8pt}
.foot{position:absolute;left:20mm;right:20mm;bottom:10mm;font-size:7.5pt;color:#444;display:flex;
justify-content:space-between}
.foot .pn{font-weight:bold;color:#006548}
sup{font-size:6pt;line-height:0}
.fns{position:absolute;left:20mm;right:20mm;bottom:18mm;font-size:7pt;line-height:1.35;
border-top:0.5pt solid #888;padding-top:3pt;color:#333}
.fns p{margin:0 0 1.5pt 0}
</style></head><body>

<div class="pg cov">
<div class="top">
<div class="lib">House of Commons<span>Library</span></div>
<div class="rb">Research Briefing</div>
<div class="num">Number 10296</div>
</div>
<div class="body">
<h1>The UK–EU Security and Defence Partnership</h1>
<div class="by">By Louisa Hartwell, Philip Okonjo</div>
<div class="dt">12 June 2025</div>
<h3>Contents</h3>
<ol>
<li>Background: security cooperation since Brexit</li>
<li>The partnership agreed in May 2025</li>
<li>Security Action for Europe (SAFE)</li>
<li>Parliamentary scrutiny</li>
</ol>
</div>
<div class="img">Image Credits: HMS Prince of Wales in Portsmouth by Royal Navy/ Crown copyright,
licensed under the Open Government Licence.<br><br>Disclaimer: The Commons Library does not intend
the information in our research publications and briefings to address the specific circumstances
of any particular individual. We have published it to support the work of MPs. You should not rely
upon it as legal or professional advice, or as a substitute for it. We do not accept any liability
whatsoever for any errors, omissions or misstatements contained herein. You should consult a
suitably qualified professional if you require specific advice or information. Read our briefing
'Legal help: where to go and how to pay' for further information about sources of legal and
professional advice.</div>
</div>

<div class="pg txt">
<h2>Summary</h2>
<p>The first UK–EU summit took place at Lancaster House in London on 19 May 2025. The Prime
Minister, Keir Starmer, hosted the President of the European Council, António Costa, and the
President of the European Commission, Ursula von der Leyen. The summit produced three documents: a
joint statement, a "Common Understanding" setting out areas for future negotiation, and a Security
and Defence Partnership.</p>
<p>The Security and Defence Partnership is not a legally binding treaty. It establishes a
framework for regular dialogue and cooperation, modelled on the partnerships the EU concluded with
Japan and South Korea in November 2024. It provides for:</p>
<ul>
<li>six-monthly security and defence dialogues at the level of the High Representative and the
Foreign and Defence Secretaries;</li>
<li>UK participation, on a case-by-case basis, in EU civilian and military crisis management
missions;</li>
<li>cooperation on military mobility, space, cyber security, countering hybrid threats and the
protection of critical infrastructure;</li>
<li>closer consultation on support for Ukraine, including the coordination of sanctions.</li>
</ul>
<p>The partnership also opens the door for the UK to participate in the EU's new defence loans
instrument, Security Action for Europe (SAFE). The regulation establishing SAFE, adopted by the
Council on 27 May 2025, makes €150 billion available in loans to Member States for joint
procurement. Third countries that have a security and defence partnership with the EU may take
part in joint procurements, but the UK's participation requires a separate bilateral agreement and
a financial contribution, which had not been agreed at the time of writing.</p>
<div class="box"><b>Key dates</b><br>
31 January 2020 – UK leaves the EU; foreign and defence policy excluded from the Trade and
Cooperation Agreement<br>
2 October 2024 – Prime Minister and Commission President agree to pursue a "reset" of relations<br>
19 May 2025 – First UK–EU summit, London<br>
27 May 2025 – Council adopts SAFE Regulation</div>
<p>The Government described the partnership as "the beginning of a new strategic relationship".
The Conservative and Reform UK front benches argued that the agreement tied the UK to EU
structures without giving it a say in decisions. The Liberal Democrats welcomed the partnership
but called for the UK to seek a customs union with the EU.</p>
<p>This briefing sets out the background to UK–EU cooperation on security and defence since 2020,
the content of the partnership, the conditions for UK participation in SAFE and the opportunities
for parliamentary scrutiny. It does not cover the other elements of the summit package, such as
the agreement in principle on fisheries and the proposed sanitary and phytosanitary (SPS)
agreement, which are addressed in separate Library briefings.</p>
<div class="foot"><span>Commons Library Research Briefing, 12 June 2025</span><span
class="pn">2</span></div>
</div>

<div class="pg txt">
<h2>1 Background: security cooperation since Brexit</h2>
<p>The political declaration agreed alongside the Withdrawal Agreement in October 2019 envisaged
an "ambitious, close and lasting" partnership on foreign policy, security and defence. The Johnson
Government, however, decided not to negotiate a formal framework, and the Trade and Cooperation
Agreement (TCA) signed on 30 December 2020 contains no provisions on foreign and defence
policy.<sup>1</sup> Cooperation continued on an ad hoc basis, for example through the coordination
of sanctions against Russia after February 2022.</p>
<p>The UK joined the EU's Permanent Structured Cooperation (PESCO) project on military mobility in
November 2022, becoming the fifth third country, after the United States, Canada, Norway and
Switzerland, to participate in a PESCO project. Its participation in the project, which is
coordinated by the Netherlands, was approved by the Council on 15 November 2022.</p>
<h3>Defence spending and the "reset"</h3>
<p>The UK spent £60.2 billion on defence in 2024/25, equivalent to 2.3% of GDP on NATO's
definition. In February 2025 the Government announced that defence spending would rise to 2.5% of
GDP by April 2027, with an ambition to reach 3% in the next Parliament.<sup>2</sup> The Strategic
Defence Review, published on 2 June 2025, recommended that the UK seek "the deepest possible"
defence industrial cooperation with European partners.</p>
<p>On the EU side, the Commission's White Paper on European Defence of 19 March 2025 proposed that
third countries with security and defence partnerships should be able to participate in joint
procurement, provided that no more than 35% of the value of the components of a product originate
outside the EU, the EEA, EFTA and Ukraine. Under the SAFE Regulation, the UK could be included in
this calculation if it concludes the necessary bilateral agreement.</p>
<h3>Reactions in the defence industry</h3>
<p>ADS, the UK trade association for aerospace, defence and security, estimated that exclusion
from SAFE could cost UK companies up to £1 billion a year in lost contracts. Industry groups in
France have argued for a stricter approach, under which participation of third-country firms
should be limited to subcontracting.</p>
<div class="fns">
<p><sup>1</sup> Commons Library, <i>The UK–EU Trade and Cooperation Agreement: summary and
implementation</i>, CBP 9106, 30 December 2020.</p>
<p><sup>2</sup> HC Deb 25 February 2025 c153.</p>
</div>
<div class="foot"><span>Commons Library Research Briefing, 12 June 2025</span><span
class="pn">3</span></div>
</div>
</body></html>

""",
        (
            "The UK–EU Security and Defence Partnership",
            ("Louisa Hartwell", "Philip Okonjo"),
            "2025-06-12",
        ),
    ),
    "pl_biuletyn_ismis": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Biuletyn ISMiS</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Sans";font-size:9.3pt;line-height:1.5;color:#1c1c1c}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:0 18mm 18mm 0;position:relative;
page-break-after:always;display:flex}
.pg:last-child{page-break-after:auto}
.rail{width:40mm;background:#f1efe9;padding:14mm 5mm 0 8mm;box-sizing:border-box;font-size:7pt;
color:#555;line-height:1.35;margin-right:9mm}
.rail .lg{font-family:"DejaVu Serif";font-size:16pt;font-weight:bold;color:#7a1f2b;
letter-spacing:1pt}
.rail .lgn{font-size:6.8pt;color:#7a1f2b;margin-bottom:60mm}
.rail b{color:#333;display:block;margin-top:6pt}
.cnt{flex:1;padding-top:14mm}
.head{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3pt solid
#7a1f2b;padding-bottom:3pt;margin-bottom:8mm}
.head .b{font-family:"DejaVu Serif";font-size:24pt;letter-spacing:3pt;color:#7a1f2b;
font-weight:bold;line-height:1}
.head .nr{font-size:9pt;text-align:right;line-height:1.35}
.head .nr b{font-size:11pt}
h1{font-family:"DejaVu Serif";font-size:17pt;line-height:1.22;margin:0 0 6mm 0}
.lead{font-weight:bold;font-style:italic;margin-bottom:6mm;line-height:1.45}
p{margin:0 0 6.5pt 0;text-align:justify}
.autor{margin-top:8pt;font-size:8.8pt;border-top:0.6pt solid #7a1f2b;padding-top:4pt}
.pn{position:absolute;right:18mm;bottom:9mm;font-size:7.5pt;color:#7a1f2b}
.small{position:absolute;left:49mm;bottom:9mm;font-size:7pt;color:#888}
</style></head><body>

<div class="pg">
<div class="rail">
<div class="lg">ISMiS</div>
<div class="lgn">Instytut Stosunków Międzynarodowych i Strategii</div>
<b>Redakcja</b>Tadeusz Maj (redaktor naczelny)<br>Ewelina Kruk-Sadowska<br>Patryk Gaweł
<b>Adres</b>ul. Warecka 1a<br>00-950 Warszawa<br>tel. 22 556 80 00
<b>ISSN</b>2657-6139 (online)
</div>
<div class="cnt">
<div class="head"><div class="b">BIULETYN</div><div class="nr"><b>Nr 88 (2541)</b><br>12 maja 2025
r.</div></div>
<h1>Japonia wzmacnia obecność na Filipinach</h1>
<div class="lead">Japonia i Filipiny systematycznie zacieśniają współpracę wojskową w odpowiedzi
na działania Chin na Morzu Południowochińskim. Wejście w życie umowy o wzajemnym dostępie sił
zbrojnych pozwoli obu państwom na regularne wspólne ćwiczenia na swoim terytorium. Dla Tokio to
element budowy sieci partnerstw wokół Tajwanu, dla Manili – sposób na zmniejszenie zależności od
USA.</div>
<p><b>Podstawy współpracy.</b> Japońsko-filipińska umowa o wzajemnym dostępie (Reciprocal Access
Agreement, RAA) została podpisana w Manili 8 lipca 2024 r. przez ministrów obrony i spraw
zagranicznych obu państw. Filipiński Senat ratyfikował ją w grudniu 2024 r., a japoński parlament
w kwietniu 2025 r. Umowa określa status prawny żołnierzy przebywających na terytorium drugiej
strony, zasady jurysdykcji karnej oraz procedury wwozu uzbrojenia. Filipiny są trzecim po
Australii i Wielkiej Brytanii państwem, z którym Japonia zawarła tego typu porozumienie, a
pierwszym w Azji Południowo-Wschodniej.</p>
<p>Współpraca ma także wymiar materialny. W ramach programu oficjalnej pomocy w dziedzinie
bezpieczeństwa (OSA), uruchomionego w 2023 r., Japonia przekazała Filipinom radary obrony wybrzeża
o wartości 600 mln jenów, a w 2024 r. przeznaczyła kolejne 1,6 mld jenów na łodzie patrolowe dla
piechoty morskiej. Filipińska Straż Przybrzeżna otrzymała wcześniej z japońskiego kredytu 10
jednostek patrolowych o długości 44 m, a w 2023 r. strony uzgodniły dostawę pięciu większych
okrętów o długości 97 m, finansowaną pożyczką w wysokości 64,3 mld jenów.</p>
<p><b>Kontekst napięć z Chinami.</b> Intensyfikacja współpracy wynika z eskalacji incydentów wokół
spornych raf na Morzu Południowochińskim. W czerwcu 2024 r. chińska straż przybrzeżna zaatakowała
filipińskie łodzie zaopatrujące posterunek na mieliźnie Second Thomas, raniąc jednego z marynarzy.
W 2024 r. filipińskie władze odnotowały ponad 200 incydentów z udziałem chińskich jednostek w
swojej wyłącznej strefie ekonomicznej, m.in. przy mieliźnie Scarborough i rafie Sabina. Japonia,
która prowadzi własny spór z ChRL o wyspy Senkaku, postrzega działania Pekinu wobec Filipin jako
test skuteczności presji poniżej progu wojny.</p>
<p>Filipiny pod rządami prezydenta Ferdinanda Marcosa Jr. odwróciły prochińską politykę jego
poprzednika Rodriga Duterte. Manila zwiększyła liczbę baz dostępnych dla wojsk USA w ramach umowy
EDCA z pięciu do dziewięciu, a coroczne ćwiczenia Balikatan przybrały największy rozmiar w
historii. W kwietniu i maju 2025 r. wzięło w nich udział ok. 14 tys. żołnierzy z USA, Filipin,
Australii i Japonii, a po raz pierwszy ćwiczono także obronę przed desantem na Batanes, najbliżej
Tajwanu położonej części archipelagu.</p>
</div>
<div class="small">Biuletyn ISMiS · Nr 88 (2541)</div>
<div class="pn">1</div>
</div>

<div class="pg">
<div class="rail"><div class="lg">ISMiS</div></div>
<div class="cnt">
<p><b>Znaczenie dla Japonii.</b> Dla Tokio współpraca z Filipinami wpisuje się w koncepcję
„wolnego i otwartego Indo-Pacyfiku” oraz w strategię bezpieczeństwa narodowego z grudnia 2022 r.,
która przewiduje zwiększenie wydatków obronnych do 2% PKB do 2027 r. Położenie Filipin ma kluczowe
znaczenie w razie konfliktu wokół Tajwanu: Cieśnina Bashi, oddzielająca Tajwan od wyspy Luzon,
jest jednym z głównych przejść dla chińskiej marynarki wojennej na Pacyfik. Japońskie Siły
Samoobrony po raz pierwszy uczestniczyły w ćwiczeniach na Luzonie jako pełnoprawny uczestnik, a
nie obserwator, we wrześniu 2024 r.</p>
<p>Japonia rozwija jednocześnie współpracę w formacie minilateralnym. W kwietniu 2024 r. w
Waszyngtonie odbył się pierwszy szczyt przywódców USA, Japonii i Filipin, a ministrowie obrony
tych państw wraz z Australią spotykają się w formacie „Squad”. W ramach tego formatu
przeprowadzono od 2023 r. osiem wspólnych rejsów na Morzu Południowochińskim.</p>
<p><b>Perspektywy.</b> W najbliższych latach należy się spodziewać rozszerzenia japońskiej pomocy
wojskowej na Filipiny, w tym potencjalnie transferu używanych niszczycieli typu Abukuma, o którym
rozmowy rozpoczęto w lutym 2025 r. Ograniczeniem pozostają japońskie zasady eksportu uzbrojenia,
choć zostały one złagodzone w grudniu 2023 r. Dla Chin zacieśnienie relacji Tokio–Manila jest
sygnałem, że presja wobec Filipin przynosi efekt odwrotny od zamierzonego, co nie musi jednak
oznaczać ograniczenia jej aktywności w regionie.</p>
<p><b>Wnioski dla Polski i UE.</b> Zacieśnianie współpracy Japonii z Filipinami pokazuje rosnącą
rolę średnich państw w budowie architektury bezpieczeństwa Indo-Pacyfiku. UE, która w 2024 r.
zawarła z Japonią partnerstwo w dziedzinie bezpieczeństwa i obrony, może wykorzystać to
doświadczenie, np. włączając się w szkolenia filipińskiej straży przybrzeżnej w ramach projektu
ESIWA+. Polska, rozwijająca relacje przemysłowe z Koreą Południową, mogłaby zaś zabiegać o udział
w programach japońskiej pomocy obronnej dla państw regionu, np. w dziedzinie systemów
bezzałogowych.</p>
<div class="autor">Autor: dr Kacper Wróblewski, analityk w Programie Indo-Pacyfik ISMiS</div>
</div>
<div class="small">Biuletyn ISMiS · Nr 88 (2541)</div>
<div class="pn">2</div>
</div>
</body></html>

""",
        (
            "Japonia wzmacnia obecność na Filipinach",
            ("Kacper Wróblewski",),
            "2025-05-12",
        ),
    ),
    "qa_explainer": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Explainer – Migration Pact</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Sans";font-size:9.2pt;line-height:1.52;color:#222}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:13mm 19mm 20mm 19mm;position:relative;
page-break-after:always}
.pg:last-child{page-break-after:auto}
.brand{display:flex;justify-content:space-between;align-items:center;font-size:8pt;color:#666;
margin-bottom:10mm}
.brand .nm{font-weight:bold;font-size:10.5pt;color:#5a2a82}
.brand .nm span{color:#e0812b}
.tag{display:inline-block;background:#5a2a82;color:#fff;font-size:7.5pt;font-weight:bold;
letter-spacing:1.5pt;padding:2pt 7pt;margin-bottom:5pt}
h1{font-family:"DejaVu Serif";font-size:21pt;line-height:1.2;margin:0 0 5pt 0;color:#1e1033}
.meta{font-size:8pt;color:#777;margin-bottom:9mm}
.intro{font-family:"DejaVu Serif";font-size:10.2pt;line-height:1.5;margin-bottom:7mm;color:#333}
.q{display:flex;gap:7pt;margin:9pt 0 3pt 0;align-items:flex-start}
.q .m{background:#e0812b;color:#fff;font-weight:bold;font-size:8pt;min-width:16pt;
text-align:center;border-radius:2pt;padding:1pt 0;margin-top:1pt}
.q h2{font-size:10.3pt;margin:0;color:#5a2a82;line-height:1.35}
p{margin:0 0 5pt 23pt}
.nums{float:right;width:58mm;margin:0 0 8pt 10pt;background:#f4eff9;padding:7pt 8pt;font-size:8pt;
line-height:1.35}
.nums .h{font-weight:bold;color:#5a2a82;letter-spacing:1pt;margin-bottom:5pt}
.nums div.r{margin-bottom:6pt}
.nums div.r b{display:block;font-size:13pt;color:#e0812b}
.wb{margin-top:12pt;border-top:0.8pt solid #ccc;padding-top:6pt;font-size:8.6pt;color:#444}
.foot{position:absolute;left:19mm;right:19mm;bottom:9mm;font-size:7pt;color:#888;display:flex;
justify-content:space-between}
</style></head><body>

<div class="pg">
<div class="brand"><span class="nm">BFMP <span>·</span> Brussels Forum for Migration
Policy</span><span>Explainers · Analysis · Data</span></div>
<div class="tag">EXPLAINER</div>
<h1>Q&amp;A: What the EU Migration Pact Changes in June 2026</h1>
<div class="meta">27.06.2025 · 9 min read · Asylum, Borders, EU institutions</div>
<div class="intro">Two years after its adoption, the Pact on Migration and Asylum is about to move
from paper to practice. Member States have until next summer to put in place the new border
procedures, databases and solidarity mechanisms. We answer the most common questions about what
will actually change.</div>

<div class="nums"><div class="h">KEY NUMBERS</div>
<div class="r"><b>10</b>legislative acts in the Pact package</div>
<div class="r"><b>30,000</b>places required EU-wide for the asylum border procedure</div>
<div class="r"><b>12 weeks</b>maximum duration of the border procedure, including appeals</div>
<div class="r"><b>€3.6 bn</b>EU funds earmarked for implementation in 2024–2026</div>
<div class="r"><b>1,011,000</b>asylum applications in the EU+ in 2024</div>
</div>

<div class="q"><span class="m">Q1</span><h2>What is the Pact, and when does it apply?</h2></div>
<p>The Pact is a package of ten regulations and directives covering screening at the external
borders, the Eurodac database, asylum procedures, the responsibility for examining claims, crisis
situations, reception conditions and resettlement. It was formally adopted by the Council on 14
May 2024 after almost four years of negotiations, and most of its provisions will apply from 12
June 2026. The Commission presented a Common Implementation Plan in June 2024, and each Member
State had to submit a national plan by December 2024.</p>

<div class="q"><span class="m">Q2</span><h2>What happens to people arriving irregularly at the
border?</h2></div>
<p>Everyone who crosses an external border irregularly, or is disembarked after a search and
rescue operation, will undergo screening: identification, a health and vulnerability check and a
security check against European databases. Screening must be completed within seven days at the
external border and within three days for people apprehended inside the territory. Applicants from
countries with an EU-wide recognition rate below 20 per cent, and those considered a security
risk, will be channelled into a mandatory border procedure.</p>

<div class="q"><span class="m">Q3</span><h2>Is solidarity between Member States now
compulsory?</h2></div>
<p>Yes, but in a flexible form. Each year the Commission will assess which Member States are under
migratory pressure and propose an annual solidarity pool. The minimum size of the pool is set at
30,000 relocations and €600 million in financial contributions. Contributing countries can choose
how they help: by relocating asylum seekers, by paying €20,000 per person they decline to
relocate, or by funding operational support such as border equipment or reception capacity in
third countries. No Member State can be obliged to accept relocations.</p>

<div class="q"><span class="m">Q4</span><h2>What changes for the Eurodac database?</h2></div>
<p>Eurodac will change from a fingerprint database for asylum seekers into a wider migration
database. It will record facial images as well as fingerprints, register people disembarked after
rescue at sea and those found staying irregularly, and flag persons considered a security threat.
Biometric data will be collected from the age of six, instead of fourteen as at present. eu-LISA,
the EU agency managing the system, has budgeted €43 million to upgrade it.</p>
<div class="foot"><span>bfmp.eu/explainers/migration-pact-2026</span><span>Page 1 of 2</span></div>
</div>

<div class="pg">
<div class="q" style="margin-top:0"><span class="m">Q5</span><h2>Will the Dublin rules finally be
reformed?</h2></div>
<p>Only partly. The Asylum and Migration Management Regulation keeps the principle that the
country of first entry is usually responsible for an asylum claim. But it extends the period of
that responsibility from 12 to 20 months for people who entered irregularly, and it shortens the
deadlines for transfers between Member States. Transfers have long been the weak point of the
system: in 2023 only about 8 per cent of the requests accepted by receiving countries ended with
an actual transfer.</p>

<div class="q"><span class="m">Q6</span><h2>Are all Member States on track?</h2></div>
<p>No. According to the Commission's first progress report of 11 June 2025, 23 Member States are
broadly on schedule, while Hungary and Poland have announced they will not apply the solidarity
mechanism. The Netherlands has asked for an opt-out from EU asylum rules, which would require a
treaty change. Denmark is not bound by most of the Pact because of its justice and home affairs
opt-out, but has chosen to apply the Eurodac and Dublin rules by agreement.</p>

<div class="q"><span class="m">Q7</span><h2>What about returns?</h2></div>
<p>Returns are not part of the Pact itself. In March 2025 the Commission proposed a separate
Return Regulation, which would introduce a European return order, allow longer detention of up to
24 months and enable the creation of "return hubs" in third countries. The proposal is still under
discussion in the Council and the Parliament. Today, only around one in five people ordered to
leave the EU actually do so.</p>

<div class="q"><span class="m">Q8</span><h2>What should we watch for in the coming year?</h2></div>
<p>Three things. First, whether Member States manage to set up enough border procedure capacity in
time; Italy, Greece and Spain together account for more than half of the required places. Second,
the first annual solidarity cycle, which the Commission is due to launch with its report in
October 2025. Third, the outcome of legal challenges: several NGOs have announced that they will
contest the detention of families with children in the border procedure before national courts and
ultimately the Court of Justice.</p>

<div class="wb">Written by Sofia Marchetti &amp; Lukas Brenner<br><span style="font-size:7.8pt;
color:#777">Sofia Marchetti is a senior policy analyst and Lukas Brenner is a data analyst at the
Brussels Forum for Migration Policy. This explainer reflects the state of play on the date of
publication.</span></div>
<div class="foot"><span>bfmp.eu/explainers/migration-pact-2026</span><span>Page 2 of 2</span></div>
</div>
</body></html>

""",
        (
            "Q&A: What the EU Migration Pact Changes in June 2026",
            ("Sofia Marchetti", "Lukas Brenner"),
            "2025-06-27",
        ),
    ),
    "two_col_academic": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Policy Brief 2025/14</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Serif";font-size:8.8pt;line-height:1.42;color:#000}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:14mm 17mm 19mm 17mm;position:relative;
page-break-after:always}
.pg:last-child{page-break-after:auto}
.rh{display:flex;justify-content:space-between;font-size:7.4pt;font-style:italic;color:#333;
border-bottom:0.5pt solid #000;padding-bottom:2pt;margin-bottom:8mm}
.series{font-family:"DejaVu Sans";font-size:7.8pt;letter-spacing:1pt;color:#8b0000;
text-transform:uppercase;margin-bottom:6pt}
h1{font-family:"DejaVu Serif";font-size:18pt;line-height:1.2;margin:0 0 8pt 0;font-weight:bold}
.au{font-size:10pt;margin-bottom:2pt}
sup{font-size:6pt;line-height:0}
.date{font-size:8.3pt;color:#333;margin-bottom:7mm}
.summ{border-top:1pt solid #000;border-bottom:1pt solid #000;padding:5pt 0;margin-bottom:6mm;
font-family:"DejaVu Sans";font-size:8.3pt;line-height:1.42}
.summ b{font-variant:small-caps}
.cols{column-count:2;column-gap:7mm;text-align:justify;hyphens:manual}
.cols p{margin:0 0 5pt 0;text-indent:1em}
.cols p.f{text-indent:0}
h2{font-size:9.5pt;margin:8pt 0 3pt 0;font-weight:bold;break-after:avoid}
.fig{break-inside:avoid;border:0.5pt solid #777;padding:5pt;margin:5pt 0 7pt 0;
font-family:"DejaVu Sans";font-size:7.3pt}
.bar{display:flex;align-items:center;margin:2pt 0}
.bar span.l{width:22mm}
.bar span.b{background:#8b0000;height:6pt;display:inline-block;margin-right:3pt}
.fig .cap{margin-top:4pt;font-style:italic}
.aff{position:absolute;left:17mm;width:84mm;bottom:13mm;font-size:6.9pt;line-height:1.3;
border-top:0.5pt solid #000;padding-top:3pt}
.pn{position:absolute;right:17mm;bottom:8mm;font-size:7.5pt}
.refs{font-size:7.4pt;line-height:1.35}
.refs p{text-indent:-1em !important;padding-left:1em;margin:0 0 2pt 0}
</style></head><body>

<div class="pg">
<div class="rh"><span>Centre for European Technology and Security Studies</span><span>Policy Brief
2025/14</span></div>
<div class="series">Policy Brief · Technology &amp; Geoeconomics</div>
<h1>Chips under Pressure: Europe's Exposure to a Taiwan Contingency</h1>
<div class="au">Marek Hrubý<sup>1</sup>, Aiko Tanaka<sup>2</sup>, Daniel
Okafor-Smith<sup>1,*</sup></div>
<div class="date">19 September 2025</div>
<div class="summ"><b>Summary.</b> A blockade of Taiwan would cut Europe off from most of the
world's leading-edge logic chips within weeks. We map European dependence by sector and estimate
that a six-month disruption would reduce output in the EU's automotive and industrial machinery
sectors by up to 11 per cent. The EU Chips Act has attracted new fabrication capacity, but it does
little for the most vulnerable supply chains. We recommend a strategic chip reserve, a review of
the Act's 20 per cent market share target and closer coordination with Japan.</div>
<div class="cols">
<h2>1&nbsp;&nbsp;Introduction</h2>
<p class="f">Taiwan produces more than 60 per cent of the world's semiconductors by value and,
according to industry estimates, around 90 per cent of logic chips manufactured at process nodes
below 7 nanometres. Much of the debate about a possible Chinese blockade or invasion of the island
has focused on the consequences for the United States and for consumer electronics. The
implications for Europe, whose industrial base depends less on leading-edge chips but heavily on
mature-node components assembled and tested in Asia, have received less attention.<sup>a</sup></p>
<p>This brief addresses three questions. How exposed are European manufacturers to Taiwanese
production? What would a disruption cost? And does current EU policy reduce that exposure?</p>
<h2>2&nbsp;&nbsp;Mapping European dependence</h2>
<p class="f">Europe's share of global chip production capacity stood at 8.1 per cent in 2024, down
from about 24 per cent in 1990. European producers such as Infineon, STMicroelectronics and NXP
are strong in power semiconductors, sensors and microcontrollers, but they outsource a growing
share of their wafer production to foundries, chiefly TSMC. Based on trade data and company
disclosures, we estimate that 38 per cent of the microcontrollers used by European car
manufacturers are fabricated in Taiwan.</p>
<div class="fig">
<div style="font-weight:bold;margin-bottom:3pt">Figure 1. Share of chips sourced from Taiwan, by
EU sector (%)</div>
<div class="bar"><span class="l">Automotive</span><span class="b"
style="width:38mm"></span>38</div>
<div class="bar"><span class="l">Industrial machinery</span><span class="b"
style="width:29mm"></span>29</div>
<div class="bar"><span class="l">Medical devices</span><span class="b"
style="width:24mm"></span>24</div>
<div class="bar"><span class="l">Telecoms</span><span class="b" style="width:33mm"></span>33</div>
<div class="bar"><span class="l">Defence</span><span class="b" style="width:17mm"></span>17</div>
<div class="cap">Source: authors' estimates based on Eurostat Comext and company reports.</div>
</div>
<p>The exposure is indirect as well as direct. Many chips designed in Europe are fabricated in
Taiwan, packaged in Malaysia or the Philippines and then integrated into modules in China before
reaching European assembly lines. A disruption in the Taiwan Strait would therefore also affect
trade flows that do not appear as imports from Taiwan in European statistics.</p>
<h2>3&nbsp;&nbsp;The cost of disruption</h2>
<p class="f">To estimate the economic effects, we use a multi-regional input–output model covering
45 sectors in 27 EU Member States. In our central scenario, a six-month blockade reduces the
supply of Taiwanese chips to Europe by 80 per cent, and stocks held by European firms cover demand
for about eight weeks.</p>
</div>
<div class="aff"><sup>1</sup> Centre for European Technology and Security Studies, Prague.
<sup>2</sup> Graduate School of Public Policy, University of Tokyo. <sup>*</sup> Corresponding
author: d.okafor-smith@cetss.eu.<br><sup>a</sup> This brief draws on research funded by the Czech
Science Foundation, grant no. 24-11873S.</div>
<div class="pn">1</div>
</div>

<div class="pg">
<div class="rh"><span>Hrubý, Tanaka &amp; Okafor-Smith</span><span>Chips under
Pressure</span></div>
<div class="cols">
<p class="f">The automotive sector would be hit hardest, with output falling by up to 11 per cent
over the year, followed by industrial machinery at 7 per cent. The total loss to EU gross value
added would amount to between €170 and €240 billion, or roughly 1.2 per cent of EU GDP. These
figures do not include the wider effects of sanctions or the disruption of shipping in the region,
which would substantially increase the cost.</p>
<h2>4&nbsp;&nbsp;Does the Chips Act help?</h2>
<p class="f">The European Chips Act, in force since 21 September 2023, aims to double the EU's
share of global production to 20 per cent by 2030. By mid-2025 the Commission had approved state
aid for seven first-of-a-kind facilities. The largest is the European Semiconductor Manufacturing
Company (ESMC) in Dresden, a joint venture of TSMC with Bosch, Infineon and NXP, for which the
Commission approved €5 billion in state aid in August 2024. Production is scheduled to start in
2027, with a capacity of 40,000 wafers per month at the 28 and 16 nanometre nodes.</p>
<p>These projects will improve resilience at the margin, but they will not close the gap. Intel's
decision in 2024 to postpone its planned fab in Magdeburg by at least two years removed the only
project that would have brought leading-edge production to Europe. The European Court of Auditors
concluded in April 2025 that the 20 per cent target is "very unlikely" to be reached, projecting a
share of 11.7 per cent by 2030.</p>
<h2>5&nbsp;&nbsp;Recommendations</h2>
<p class="f">First, the EU should build a strategic reserve of mature-node chips critical for
vehicles, medical devices and defence, held by manufacturers under a common framework and
equivalent to at least four months of consumption. Second, the 20 per cent target should be
replaced by sector-specific resilience benchmarks that reflect actual dependence. Third, Europe
should deepen cooperation with Japan, which faces a similar exposure and has subsidised TSMC's two
plants in Kumamoto with a total of ¥1.2 trillion. A joint EU–Japan stress test of semiconductor
supply chains could be launched under the Digital Partnership agreed in 2022.</p>
<p>Finally, contingency planning for a Taiwan crisis should be part of the EU's economic security
strategy. Member States currently have no shared picture of chip stocks, and the early warning
mechanism foreseen in the Chips Act has been tested only once, in a tabletop exercise in March
2025.</p>
<h2>References</h2>
<div class="refs">
<p>European Court of Auditors (2025). <i>The EU's strategy for microchips</i>. Special Report
12/2025. Luxembourg.</p>
<p>Hrubý, M. and Okafor-Smith, D. (2024). Semiconductor dependencies in Central European
manufacturing. <i>CETSS Working Paper</i> 2024/09.</p>
<p>Tanaka, A. (2025). Japan's economic security legislation and the chip industry. <i>Asian
Survey</i> 65(2): 211–236.</p>
<p>SEMI (2025). <i>World Fab Forecast, Q2 2025</i>. Milpitas, CA.</p>
</div>
</div>
<div style="position:absolute;left:17mm;right:17mm;bottom:14mm;font-family:'DejaVu Sans';
font-size:6.8pt;color:#444;border-top:0.5pt solid #000;padding-top:3pt">CETSS Policy Briefs
present research findings to policymakers. The views expressed are those of the authors. © CETSS
2025 · Na Příkopě 12, 110 00 Praha 1 · ISSN 2788-3140</div>
<div class="pn">2</div>
</div>
</body></html>

""",
        (
            "Chips under Pressure: Europe's Exposure to a Taiwan Contingency",
            ("Marek Hrubý", "Aiko Tanaka", "Daniel Okafor-Smith"),
            "2025-09-19",
        ),
    ),
    "clingendael_footer_bio": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Clingendael Alert</title>
<style>
@page{size:A4;margin:0;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:""} @bottom-center{content:""} @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Sans";font-size:9.2pt;line-height:1.5;color:#222}
.page{width:210mm;height:297mm;box-sizing:border-box;padding:16mm 18mm 14mm 18mm;position:relative;
page-break-after:always;overflow:hidden}
.page:last-child{page-break-after:auto}
.logo{font:bold 17pt "DejaVu Serif";color:#e46c0a;letter-spacing:.3pt}
.logo small{display:block;font:7pt "DejaVu Sans";color:#555;letter-spacing:.4pt;font-weight:normal;
margin-top:1pt}
.kick{position:absolute;right:18mm;top:18mm;text-align:right;font:bold 8.5pt "DejaVu Sans";
color:#e46c0a;letter-spacing:1.6pt}
.kick span{display:block;color:#555;font-weight:normal;letter-spacing:.8pt;margin-top:2pt}
h1{font:bold 21pt/1.2 "DejaVu Sans";color:#1d3557;margin:18mm 0 12pt 0;width:150mm}
h1 .l2{display:block;font-weight:normal;color:#e46c0a}
.lay{display:flex;gap:8mm}
.margin{flex:0 0 40mm;font:8pt/1.4 "DejaVu Sans";color:#1d3557}
.margin .q{border-top:2pt solid #e46c0a;padding-top:6pt;font:italic bold 10pt/1.35 "DejaVu Sans";
color:#e46c0a}
.txt{flex:1;text-align:left}
.txt p{margin:0 0 7pt 0}
.txt h2{font:bold 10pt "DejaVu Sans";color:#1d3557;margin:10pt 0 4pt 0}
.footbio{position:absolute;left:18mm;right:18mm;bottom:14mm;border-top:1pt solid #e46c0a;
padding-top:6pt;font:7.6pt/1.4 "DejaVu Sans";color:#444;display:flex;gap:8mm}
.footbio b{color:#1d3557}
.pn{position:absolute;right:18mm;bottom:7mm;font:7.5pt "DejaVu Sans";color:#777}
.run{font:7.5pt "DejaVu Sans";color:#777;border-bottom:.5pt solid #ccc;padding-bottom:3pt;
margin-bottom:12pt;display:flex;justify-content:space-between}
.disc{position:absolute;left:18mm;right:18mm;bottom:14mm;background:#f5efe8;padding:8pt 10pt;
font:7.4pt/1.4 "DejaVu Sans";color:#444}
.disc b{color:#e46c0a}
table{border-collapse:collapse;font:8pt "DejaVu Sans";width:100%;margin:4pt 0 10pt 0}
td,th{padding:3pt 5pt;border-bottom:.5pt solid #d9c7b3;text-align:left}
th{color:#1d3557;border-bottom:1pt solid #1d3557}
</style></head><body>

<div class="page">
 <div class="logo">Clingendael<small>Netherlands Institute of International Relations</small></div>
 <div class="kick">CLINGENDAEL ALERT<span>JULY 2025</span></div>
 <h1>After The Hague:<span class="l2">Can the Netherlands meet NATO’s 3.5 percent
target?</span></h1>
 <div class="lay">
  <div class="margin"><div class="q">The real test is not the summit communiqué but the Dutch
budget for 2027.</div></div>
  <div class="txt">
   <p>At the NATO summit in The Hague on 24–25 June 2025, allies committed to spend 5 percent of
GDP on defence and security by 2035, of which at least 3.5 percent on “core” defence requirements.
For the host country, the pledge is a political success but a budgetary headache. In 2025 the
Netherlands will spend about €22.3 billion on defence, or roughly 2.2 percent of GDP – a level it
reached only last year for the first time since the early 1990s.</p>
   <p>Meeting the new target will require a structural increase that Dutch budgets have never seen
in peacetime. Based on the Central Planning Bureau’s growth forecast, Clingendael estimates that
reaching 3.5 percent by 2035 would mean finding between €16 and €19 billion more per year than
currently planned. The caretaker government that took office after the collapse of the Schoof
coalition in June has postponed any decision to its successor, which will be formed only after the
parliamentary elections of 29 October 2025.</p>
   <h2>What is already on order</h2>
   <p>The Ministry of Defence has used the extra funds of recent years mainly to replenish stocks
and to reverse earlier cuts. In January 2025 the Netherlands ordered 46 Leopard 2A8 tanks,
re-establishing a tank battalion nine years after the last Dutch Leopards were sold to Finland.
Further orders include six additional F-35A fighters, bringing the total to 58, three extra
Patriot fire units and four Combat Support Ships.</p>
   <p>The bigger challenge lies in personnel. The armed forces had about 44,000 military posts
filled at the start of 2025, against a target of 52,000, and the ministry wants to grow to 100,000
personnel including reservists and civilians by 2035. Recruitment improved in 2024, but outflow
remains high, especially among technical specialists.</p>
  </div>
 </div>
 <div class="footbio">
  <div><b>Dr. Margriet van der Lugt</b> is a Senior Research Fellow in Clingendael’s Security
Unit, where she leads research on defence budgets and capability planning.</div>
  <div><b>Bart Hoogeveen</b> is a Research Fellow in the Security Unit. He previously worked at
the Netherlands Defence Academy in Breda.</div>
 </div>
 <div class="pn">1</div>
</div>

<div class="page">
 <div class="run"><span>Clingendael Alert</span><span>After The Hague: Can the Netherlands meet
NATO’s 3.5 percent target?</span></div>
 <div class="lay">
  <div class="margin"><div class="q">Without a new financing mechanism, defence will compete
head-on with housing and healthcare.</div></div>
  <div class="txt">
   <h2>Three ways to pay</h2>
   <table>
    <tr><th>Option</th><th>Annual yield (est.)</th><th>Main drawback</th></tr>
    <tr><td>Defence levy on income tax</td><td>€6–8 billion</td><td>Unpopular; hits middle
incomes</td></tr>
    <tr><td>Temporary relaxation of fiscal rules</td><td>€5–10 billion</td><td>Higher debt; EU
rules</td></tr>
    <tr><td>Cuts in other ministries</td><td>€3–5 billion</td><td>Social spending
pressure</td></tr>
   </table>
   <p>Each option has political costs. A defence levy has support from the VVD but is rejected by
most left-wing parties. Borrowing would fit within the national escape clause activated by the EU
in 2025, but the Dutch tradition of budgetary prudence makes many parties reluctant. Cuts
elsewhere would likely fall on development aid, which has already been reduced to €2.4 billion.</p>
   <h2>Recommendations</h2>
   <p>The next government should adopt a multi-year defence budget law setting a binding growth
path to 3.5 percent, similar to the approach taken in Germany and Poland. It should prioritise
investment in ammunition, air defence and personnel over new platforms, and seek to finance part
of the increase through European instruments such as SAFE and joint procurement with Belgium and
Germany. Above all, the Netherlands needs to explain to its citizens why a higher defence budget
is necessary: public support for spending more on defence fell from 72 percent in 2022 to 58
percent in May 2025.</p>
  </div>
 </div>
 <div class="disc"><b>About the Clingendael Institute</b> Clingendael – the Netherlands Institute
of International Relations – is a leading think tank and academy on international affairs.
Clingendael Alerts are short analyses of current events. The views expressed are those of the
authors and do not necessarily reflect those of the Clingendael Institute.<br>© Netherlands
Institute of International Relations ‘Clingendael’, Clingendael 12, 2597 VH The Hague ·
www.clingendael.org · info@clingendael.org</div>
 <div class="pn">2</div>
</div>
</body></html>

""",
        (
            "After The Hague: Can the Netherlands meet NATO’s 3.5 percent target?",
            ("Margriet van der Lugt", "Bart Hoogeveen"),
            "2025-07",
        ),
    ),
    "crs_insight_end_authors": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CRS Insight IN12497</title>
<style>
@page{size:A4;margin:20mm 24mm 20mm 24mm;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:"Congressional Research Service";font:8pt "DejaVu Sans";color:#333}
 @bottom-center{content:""}
 @bottom-right{content:counter(page);font:8pt "DejaVu Sans";color:#333}}
@page :first{
 @bottom-left{content:"https://crsreports.congress.gov";font:8pt "DejaVu Sans";color:#333}
 @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Serif";font-size:10.5pt;line-height:1.42;color:#000}
.hdr{display:flex;justify-content:space-between;align-items:center;margin-bottom:18pt}
.crs{font:bold 13pt "DejaVu Sans";color:#0b3d6e;line-height:1.1}
.crs small{display:block;font:7.5pt "DejaVu Sans";color:#0b3d6e;letter-spacing:.2pt;
font-weight:normal}
.ins{font:bold 24pt "DejaVu Sans";color:#0b3d6e;letter-spacing:1pt}
.ins sup{font-size:13pt;color:#5b87b5}
h1{font:bold 17pt/1.25 "DejaVu Sans";color:#0b3d6e;margin:0 0 8pt 0}
.upd{font:10pt "DejaVu Sans";margin-bottom:14pt;border-bottom:1pt solid #0b3d6e;padding-bottom:8pt}
h2{font:bold 11pt "DejaVu Sans";color:#0b3d6e;margin:12pt 0 4pt 0}
p{margin:0 0 8pt 0}
ul{margin:0 0 8pt 0}
li{margin-bottom:3pt}
.authors{margin-top:18pt;border-top:1pt solid #999;padding-top:8pt}
.authors div{margin-bottom:6pt}
.authors i{display:block}
.id{font:9pt "DejaVu Sans";margin-top:12pt}
.disc{margin-top:16pt;border:1pt solid #999;padding:8pt 10pt;font:8.4pt/1.35 "DejaVu Sans"}
.disc h3{font:bold 9pt "DejaVu Sans";margin:0 0 4pt 0}
</style></head><body>
<div class="hdr">
 <div class="crs">Congressional<br>Research Service<small>Informing the legislative debate since
1914</small></div>
 <div class="ins">INSIGHT<sup>i</sup></div>
</div>
<h1>The European Sky Shield Initiative: Status and Issues for Congress</h1>
<div class="upd">Updated March 4, 2025</div>

<p>In August 2022, German Chancellor Olaf Scholz proposed a joint European air and missile defense
system that would allow participating states to buy and operate compatible systems together. The
resulting European Sky Shield Initiative (ESSI) was launched at a NATO defense ministers’ meeting
in October 2022, when 14 countries signed a letter of intent. As of February 2025, 24 European
states participate, including neutral Austria and Switzerland, which joined in July 2023. France,
Italy, and Poland have not joined, in part because of disagreements about the choice of
systems.</p>

<h2>Structure and Systems</h2>
<p>ESSI envisions a layered defense combining systems of different ranges:</p>
<ul>
<li><b>Short range:</b> the German-made IRIS-T SLM, ordered by at least seven participants;</li>
<li><b>Medium to long range:</b> the U.S.-made Patriot, which is already in service with several
ESSI members;</li>
<li><b>Exo-atmospheric:</b> the Israeli-U.S. Arrow 3, designed to intercept ballistic missiles
above the atmosphere.</li>
</ul>
<p>Germany agreed in September 2023 to buy Arrow 3 for about €3.6 billion, the largest defense
export in Israel’s history. Because Arrow 3 was co-developed with the United States, the sale
required U.S. government approval, which the Department of State granted in August 2023. The first
German Arrow 3 battery is to reach initial operational capability at Holzdorf air base by the end
of 2025, and Germany has announced it will expand the order by roughly €3 billion.</p>
<p>Supporters argue that ESSI’s joint procurement will lower costs and simplify training and
logistics. Critics, including French officials, contend that it favors non-European suppliers at
the expense of the Franco-Italian SAMP/T system and of long-term European industrial autonomy.
NATO officials have stressed that ESSI systems are to be integrated into the NATO Integrated Air
and Missile Defence System (NATINAMDS) and do not constitute a separate command structure.</p>

<h2>U.S. Role</h2>
<p>The United States has a direct stake in the initiative. Patriot systems and interceptors
constitute a significant share of ESSI procurement; since 2022, the Defense Security Cooperation
Agency (DSCA) has notified Congress of possible Foreign Military Sales of Patriot equipment to
ESSI members worth an estimated $17.8 billion, including to Germany, the Netherlands, Spain, and
Switzerland. In January 2024, NATO’s Support and Procurement Agency awarded a contract for up to
1,000 Patriot GEM-T missiles to a joint venture of RTX and the German company MBDA Deutschland,
with final assembly in Schrobenhausen, Germany.</p>
<p>Some observers raise concerns that European demand for interceptors competes with U.S. needs
and with supplies to Ukraine. Current annual production of PAC-3 MSE interceptors, manufactured by
Lockheed Martin, stands at about 550, although the company plans to increase output.</p>

<h2>Issues for Congress</h2>
<p>Members of Congress may consider:</p>
<ul>
<li>whether arms sales to ESSI members are consistent with U.S. production capacity and with the
needs of U.S. forces in the Indo-Pacific and elsewhere;</li>
<li>how ESSI affects burden-sharing within NATO, particularly as European allies commit to higher
defense spending targets;</li>
<li>whether Congress should seek additional reporting on interoperability between ESSI and U.S.
air and missile defense assets in Europe, including the Aegis Ashore site at Redzikowo, Poland,
which was declared operational in 2024.</li>
</ul>

<div class="authors">
<b>Author Information</b><br><br>
<div>Derek E. Mixon<i>Analyst in European Affairs</i></div>
<div>Sarah R. Collins<i>Specialist in U.S. Defense Policy and Budget</i></div>
</div>

<div class="id">IN12497 · VERSION 3 · UPDATED</div>

<div class="disc"><h3>Disclaimer</h3>
This document was prepared by the Congressional Research Service (CRS). CRS serves as nonpartisan
shared staff to congressional committees and Members of Congress. It operates solely at the behest
of and under the direction of Congress. Information in a CRS Report should not be relied upon for
purposes other than public understanding of information that has been provided by CRS to Members
of Congress in connection with CRS’s institutional role. CRS Reports, as a work of the United
States Government, are not subject to copyright protection in the United States. Any CRS Report
may be reproduced and distributed in its entirety without permission from CRS.</div>
</body></html>

""",
        (
            "The European Sky Shield Initiative: Status and Issues for Congress",
            ("Derek E. Mixon", "Sarah R. Collins"),
            "2025-03-04",
        ),
    ),
    "carnegie_three_authors_cards": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Japan and the EU's New Security and Defense
Partnership - Carnegie Endowment for International Peace</title>
<style>
@page{size:A4;margin:14mm 17mm 16mm 17mm;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:"carnegieendowment.org";font:7pt "DejaVu Sans";color:#888}
 @bottom-center{content:""}
 @bottom-right{content:"Page " counter(page) " of " counter(pages);font:7pt "DejaVu Sans";
color:#888}}
body{margin:0;font-family:"DejaVu Serif";font-size:10pt;line-height:1.55;color:#1b1b1b}
.nav{display:flex;justify-content:space-between;align-items:center;border-bottom:1pt solid #ddd;
padding-bottom:6pt}
.nav .b{font:bold 10pt "DejaVu Sans";letter-spacing:1.8pt;color:#0a2240}
.nav .b small{display:block;font:6.5pt "DejaVu Sans";letter-spacing:1.2pt;color:#888;
font-weight:normal}
.nav .m{font:7.5pt "DejaVu Sans";color:#666;letter-spacing:.8pt}
.kick{font:bold 7.8pt "DejaVu Sans";letter-spacing:1.5pt;color:#b5121b;margin:16pt 0 6pt 0}
h1{font:normal 26pt/1.12 "DejaVu Serif";color:#0a2240;margin:0 0 8pt 0}
.dek{font:300 12.5pt/1.4 "DejaVu Sans Light","DejaVu Sans";color:#444;margin-bottom:12pt}
.byl{font:9pt "DejaVu Sans";color:#333;margin-bottom:8pt}
.cards{display:flex;gap:8mm;margin:6pt 0 10pt 0}
.card{display:flex;gap:6pt;align-items:center;font:7.6pt/1.35 "DejaVu Sans";color:#555;width:55mm}
.card .c{flex:0 0 11mm;height:11mm;border-radius:50%;background:#d6dbe3}
.card b{display:block;color:#0a2240;font-size:8.4pt}
.pub{font:8pt "DejaVu Sans";color:#666;border-top:1pt solid #ddd;border-bottom:1pt solid #ddd;
padding:5pt 0;margin-bottom:14pt;display:flex;gap:16pt}
p{margin:0 0 9pt 0}
h2{font:bold 12pt "DejaVu Sans";color:#0a2240;margin:14pt 0 6pt 0}
sup{font-size:6.5pt;color:#b5121b}
.notes{margin-top:14pt;border-top:1pt solid #0a2240;padding-top:6pt;font:7.6pt/1.4 "DejaVu Sans";
color:#444}
.notes h3{font:bold 8pt "DejaVu Sans";letter-spacing:1pt;margin:0 0 4pt 0}
.notes p{margin:0 0 2pt 0}
.carn{margin-top:10pt;font:7.3pt/1.4 "DejaVu Sans";color:#777}
</style></head><body>
<div class="nav">
 <div class="b">CARNEGIE<small>ENDOWMENT FOR INTERNATIONAL PEACE</small></div>
 <div class="m">RESEARCH &nbsp;·&nbsp; EMISSARY &nbsp;·&nbsp; EVENTS &nbsp;·&nbsp; EXPERTS</div>
</div>
<div class="kick">ARTICLE &nbsp;|&nbsp; CARNEGIE CHINA · CARNEGIE EUROPE</div>
<h1>Japan and the EU’s New Security and Defense Partnership</h1>
<div class="dek">Tokyo and Brussels signed their first defense pact last year. Turning it into
real cooperation will take more than summit declarations.</div>
<div class="byl">By Haruka Nishimoto, Pieter Van den Broeck, and Joanna Sikorska-Hale</div>
<div class="cards">
 <div class="card"><div class="c"></div><div><b>Haruka Nishimoto</b>Nonresident Scholar, Carnegie
China</div></div>
 <div class="card"><div class="c"></div><div><b>Pieter Van den Broeck</b>Senior Fellow, Carnegie
Europe</div></div>
 <div class="card"><div class="c"></div><div><b>Joanna Sikorska-Hale</b>Fellow, Asia
Program</div></div>
</div>
<div class="pub"><span>Published on April 15, 2025</span><span>10 min read</span></div>

<p>When Japanese and EU officials met in Tokyo on November 1, 2024, to sign the Security and
Defense Partnership, both sides described the moment as historic. It was the first such agreement
Japan had concluded with the EU, and only the second the EU had signed with an Asian partner after
South Korea. The document lists seven areas for cooperation, ranging from maritime security and
cyber defense to space, hybrid threats, and the defense industry.<sup>1</sup></p>
<p>Five months on, the partnership remains more a statement of intent than a program of work. Yet
the strategic logic behind it has only strengthened. Russia’s war against Ukraine, supported by
North Korean troops and munitions, has convinced Tokyo that European and Asian security are
inseparable. Chinese military pressure around Taiwan – including the “Strait Thunder-2025A”
exercise held in early April – has in turn reinforced European interest in stability in the
Indo-Pacific.</p>

<h2>What Has Been Done</h2>
<p>Practical cooperation has so far focused on the sea. Japan’s Maritime Self-Defense Force has
conducted joint exercises with EU naval operation Atalanta off the Horn of Africa every year since
2014, and in 2024 two Japanese destroyers took part in the largest such drill to date, alongside
Italian and Spanish frigates. In October 2024, Japan became the first Asian country to join the
EU’s Coordinated Maritime Presences concept in the northwestern Indian Ocean.</p>
<p>Defense-industrial links are developing more slowly. Japan relaxed its export rules in December
2023, allowing the sale of licensed-produced Patriot interceptors back to the United States, and
in March 2024 it approved exports of the next-generation fighter being developed with Italy and
the United Kingdom under the Global Combat Air Programme (GCAP). Still, Japanese companies have so
far shown little interest in the European Defence Fund, which since 2021 has allowed third-country
participation only under strict conditions.<sup>2</sup></p>

<h2>What Could Come Next</h2>
<p>Three steps would give the partnership substance. First, Japan and the EU should agree on a
framework for the exchange of classified information, without which cooperation on cyber and space
cannot progress. Negotiations began in January 2025 and could be concluded by the end of the year.
Second, Japan could be invited to participate in selected projects of the EU’s Permanent
Structured Cooperation (PESCO), as the United States, Canada, and Norway already do in the
military mobility project. Third, both sides should establish a regular dialogue on export
controls to prevent dual-use technology from reaching Russia through third countries; Japanese
authorities estimate that Japanese-made machine tools worth ¥14 billion may have reached Russian
manufacturers via Central Asia and the Caucasus in 2023.<sup>3</sup></p>
<p>There are limits. Japan’s constitution and domestic politics continue to constrain its military
role abroad, and EU member states differ on how far to go in confronting China. Tokyo’s defense
budget, at ¥8.7 trillion in fiscal 2025, is growing rapidly, but almost all of it is devoted to
deterring threats in Japan’s immediate neighborhood. Europe, for its part, has few naval assets to
spare for the Pacific.</p>
<p>The partnership will therefore not turn Japan and the EU into military allies. But it can make
them more useful to each other – by sharing intelligence on Russia and China, coordinating
sanctions, and building supply chains that are less exposed to coercion. In a period of
uncertainty about U.S. commitments in both regions, that is no small ambition.</p>

<div class="notes"><h3>NOTES</h3>
<p>1 Ministry of Foreign Affairs of Japan, “Japan-EU Security and Defence Partnership,” Tokyo,
2024.</p>
<p>2 Regulation (EU) 2021/697 establishing the European Defence Fund, Article 9.</p>
<p>3 Ministry of Economy, Trade and Industry, internal estimate cited in Nikkei Asia, February
2025.</p>
</div>
<div class="carn">Carnegie does not take institutional positions on public policy issues; the
views represented herein are those of the author(s) and do not necessarily reflect the views of
Carnegie, its staff, or its trustees. © 2025 Carnegie Endowment for International Peace. All
rights reserved.</div>
</body></html>

""",
        (
            "Japan and the EU’s New Security and Defense Partnership",
            ("Haruka Nishimoto", "Pieter Van den Broeck", "Joanna Sikorska-Hale"),
            "2025-04-15",
        ),
    ),
    "fiia_author_sidebar_photos": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FIIA Briefing Paper 412</title>
<style>
@page{size:A4;margin:0;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:""} @bottom-center{content:""} @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Sans";font-size:8.9pt;line-height:1.5;color:#222}
.page{width:210mm;height:297mm;position:relative;box-sizing:border-box;page-break-after:always;
overflow:hidden}
.page:last-child{page-break-after:auto}
.top{position:absolute;left:14mm;right:14mm;top:12mm;display:flex;justify-content:space-between;
align-items:center;border-bottom:.7pt solid #00704a;padding-bottom:5pt}
.fiia{font:bold 16pt "DejaVu Sans";color:#00704a;letter-spacing:.5pt}
.fiia small{font:6.8pt "DejaVu Sans";color:#555;letter-spacing:.3pt;font-weight:normal;
display:block}
.ser{font:bold 8pt "DejaVu Sans";color:#00704a;letter-spacing:1pt;text-align:right}
.ser span{display:block;font-size:16pt;letter-spacing:0;color:#222}
.side{position:absolute;left:14mm;top:32mm;width:46mm;bottom:14mm;font:7.8pt/1.4 "DejaVu Sans";
color:#333}
.side .lab{font:bold 8pt "DejaVu Sans";letter-spacing:1pt;color:#00704a;margin-bottom:5pt}
.side .au{margin-bottom:10pt}
.side .ph{width:22mm;height:26mm;background:#cdd9d3;color:#6d7d75;font:6.5pt "DejaVu Sans";
display:flex;align-items:center;justify-content:center;margin-bottom:4pt}
.side .au b{display:block;font-size:8.6pt;color:#111}
.side .info{position:absolute;bottom:0;left:0;right:0;font:6.5pt/1.4 "DejaVu Sans";color:#666;
border-top:.5pt solid #999;padding-top:4pt}
.main{position:absolute;left:66mm;right:14mm;top:32mm;bottom:14mm}
h1{font:bold 22pt/1.15 "DejaVu Sans";margin:0 0 10pt 0;color:#111}
.summ{font:9.6pt/1.5 "DejaVu Serif";color:#00704a;margin-bottom:12pt;border-bottom:.7pt solid
#00704a;padding-bottom:10pt}
.cols{column-count:2;column-gap:6mm;text-align:left}
.cols p{margin:0 0 6pt 0}
h2{font:bold 9.4pt "DejaVu Sans";color:#00704a;margin:8pt 0 3pt 0;break-after:avoid}
sup{font-size:6pt}
.pn{position:absolute;bottom:7mm;right:14mm;font:7.5pt "DejaVu Sans";color:#777}
.run{position:absolute;top:10mm;left:14mm;right:14mm;font:7pt "DejaVu Sans";color:#00704a;
letter-spacing:.8pt;border-bottom:.5pt solid #00704a;padding-bottom:3pt;display:flex;
justify-content:space-between}
.full{position:absolute;left:14mm;right:14mm;top:20mm;bottom:16mm}
.full .cols{column-count:3;column-gap:6mm}
.fns{position:absolute;left:14mm;right:14mm;bottom:14mm;border-top:.5pt solid #999;padding-top:3pt;
font:6.8pt/1.35 "DejaVu Sans";color:#555}
.fns p{margin:0 0 1pt 0}
.colo{break-inside:avoid;background:#eaf2ee;padding:6pt 7pt;font:7pt/1.4 "DejaVu Sans";color:#444;
margin-top:8pt}
</style></head><body>

<div class="page">
 <div class="top">
  <div class="fiia">FIIA<small>FINNISH INSTITUTE OF INTERNATIONAL AFFAIRS</small></div>
  <div class="ser">FIIA BRIEFING PAPER &nbsp;|&nbsp; OCTOBER 2025<span>412</span></div>
 </div>
 <div class="side">
  <div class="lab">AUTHORS</div>
  <div class="au"><div class="ph">photo</div><b>Sanna Leinonen</b>Senior Research Fellow<br>The
Finnish Institute of International Affairs</div>
  <div class="au"><div class="ph">photo</div><b>Mikko Halttunen</b>Research Fellow<br>The Finnish
Institute of International Affairs</div>
  <div class="info">ISBN 978-951-769-812-4<br>ISSN 1795-8059<br>Language editing: Lynn
Nikkanen<br>Arkadiankatu 23 b, POB 425, 00101 Helsinki<br>www.fiia.fi<br><br>The Finnish Institute
of International Affairs is an independent research institute that produces high-level research to
support political decision-making and public debate both nationally and internationally. All
manuscripts are reviewed by at least two other experts in the field to ensure the high quality of
the publications. In addition, publications undergo professional language checking and editing.
The responsibility for the views expressed ultimately rests with the authors.</div>
 </div>
 <div class="main">
  <h1>Finland’s Eastern Border: Two Years of Closure</h1>
  <div class="summ">Finland closed its land border with Russia in late 2023 in response to the
instrumentalization of migration. The closure has achieved its immediate aim, but it has reshaped
the economy of the border regions, strained the legal framework for asylum, and turned the
1,340-kilometre frontier into one of the most fortified in Europe.</div>
  <div class="cols">
   <h2>From crisis to closure</h2>
   <p>In August 2023, the number of third-country nationals arriving at Finland’s eastern
crossings without valid documents began to rise sharply. Between August and December, some 1,300
asylum seekers – mostly from Somalia, Syria and Yemen – reached Finland via Russia, many of them
on bicycles supplied on the Russian side. The Finnish government concluded that the flows were
being facilitated by Russian authorities and closed the crossings in stages, beginning with four
in the south-east on 18 November 2023.<sup>1</sup></p>
   <p>By 15 December 2023, all eight land crossings had been closed, and rail traffic, which had
been limited to freight since the suspension of the Allegro passenger train in March 2022, was
restricted further. The government has since extended the closure indefinitely, arguing that the
threat of instrumentalized migration persists.</p>
   <h2>A new legal framework</h2>
   <p>In July 2024, Parliament approved the Act on Temporary Measures to Combat Instrumentalized
Migration by a vote of 167 to 31, surpassing the five-sixths majority required to pass it as an
exceptional law. It allows the Border Guard to turn away asylum seekers at designated areas of the
border, except for children, people with disabilities and others in a particularly vulnerable
position. The act was initially valid for one year and was extended in June 2025 until the end of
2026. UN human rights experts and the Council of Europe’s Commissioner for Human Rights have
criticized it as incompatible with the principle of non-refoulement.<sup>2</sup></p>
   <h2>Building the fence</h2>
   <p>Construction of a barrier along the eastern border began in 2023. The fence, which is 4.5
metres high and equipped with cameras and sensors, will cover about 200 kilometres of the most
critical sections – roughly 15 percent of the border’s total length – when it is completed in
2026. The cost is estimated at €380 million.</p>
  </div>
 </div>
 <div class="pn">1</div>
</div>

<div class="page">
 <div class="run"><span>FIIA BRIEFING PAPER 412</span><span>OCTOBER 2025</span></div>
 <div class="full">
  <div class="cols">
   <h2>The cost to the border regions</h2>
   <p>The closure has hit South Karelia and Kymenlaakso hardest. Before the COVID-19 pandemic,
Russian visitors made about 1.4 million trips a year to South Karelia alone and spent €350 million
there in 2019, much of it in shops in Lappeenranta and Imatra. That trade had already collapsed
during the pandemic and the early months of the war, but the full closure removed any hope of
recovery. Regional unemployment in South Karelia stood at 12.8 percent in August 2025, well above
the national average.<sup>3</sup></p>
   <p>The government has responded with a support package worth €17 million for the eastern
regions in 2024–2026, focusing on tourism marketing aimed at Western Europe and Asia and on
investments linked to the defence sector. The Finnish Defence Forces plan to strengthen their
presence in south-eastern Finland, and NATO’s Forward Land Forces Finland, led by Sweden, will
have elements based in Mikkeli and Rovaniemi.</p>
   <h2>Russia’s response</h2>
   <p>Russia has condemned the closure and accused Finland of Russophobia, but it has not reopened
its own side for regular travel either. Satellite imagery analysed by Finnish researchers
indicates that Russia is reconstructing military infrastructure near the border, including in
Kamenka and Petrozavodsk, in preparation for the new Leningrad Military District formed in 2024.
Finnish officials expect Russia’s military presence along the border to grow once the war in
Ukraine ends.</p>
   <h2>Options ahead</h2>
   <p>Reopening the border is unlikely as long as Russia uses migration as a tool of pressure and
continues its war against Ukraine. Finland should nonetheless prepare for a partial reopening
under strict conditions, for instance for Finnish citizens and dual nationals, of whom about
30,000 live in Finland. It should also continue to coordinate with Estonia, Latvia, Lithuania,
Poland and Norway, which face similar pressures, and push for an EU-level legal basis for measures
against instrumentalized migration, building on the new screening regulation under the Pact on
Migration and Asylum.</p>
   <p>Finally, the government should be more transparent about the exceptional law. Publishing
regular data on the number of people turned away, and on how vulnerable individuals are
identified, would strengthen the legitimacy of a measure that will likely remain in place for
years.</p>
   <div class="colo">The Finnish Institute of International Affairs · Arkadiankatu 23 b · POB 425
· 00101 Helsinki · Telephone +358 (0)9 432 7000 · Fax +358 (0)9 432 7799 · www.fiia.fi</div>
  </div>
 </div>
 <div class="fns">
  <p>1 Finnish Border Guard, press release, 17 November 2023.</p>
  <p>2 Council of Europe Commissioner for Human Rights, letter to the Finnish Parliament, 3 July
2024.</p>
  <p>3 Statistics Finland, Labour Force Survey, regional data, September 2025.</p>
 </div>
 <div class="pn">2</div>
</div>
</body></html>

""",
        (
            "Finland’s Eastern Border: Two Years of Closure",
            ("Sanna Leinonen", "Mikko Halttunen"),
            "2025-10",
        ),
    ),
    "iz_biuletyn_closing_note": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Biuletyn Instytutu Zachodniego</title>
<style>
@page{size:A4;margin:18mm 22mm 20mm 22mm;
 @top-left{content:""} @top-center{content:""} @top-right{content:""}
 @bottom-left{content:"Biuletyn Instytutu Zachodniego · Nr 1123 (27/2025)";font:italic 7.5pt
"DejaVu Serif";color:#555}
 @bottom-center{content:""}
 @bottom-right{content:counter(page) "/" counter(pages);font:7.5pt "DejaVu Sans";color:#555}}
body{margin:0;font-family:"DejaVu Serif";font-size:10pt;line-height:1.5;color:#222}
.band{display:flex;border-bottom:.6pt solid #1f4e79;padding-bottom:6pt;align-items:center}
.band .iz{width:14mm;height:14mm;border:2pt solid #1f4e79;color:#1f4e79;
font:bold 14pt "DejaVu Serif";display:flex;align-items:center;justify-content:center;
margin-right:8pt}
.band .nm{font:8pt/1.3 "DejaVu Sans";color:#1f4e79;flex:1}
.band .nm b{font-size:9.5pt;letter-spacing:.5pt}
.band .bi{text-align:right;font:italic 11pt "DejaVu Serif";color:#1f4e79}
.band .bi span{display:block;font:bold 8.5pt "DejaVu Sans";font-style:normal;color:#c00000;
margin-top:2pt}
.meta{display:flex;justify-content:space-between;font:8pt "DejaVu Sans";color:#555;margin:4pt 0
16pt 0}
h1{font:bold 17pt/1.25 "DejaVu Serif";color:#1f4e79;margin:0 0 12pt 0;text-align:center}
.sum{border-top:1pt solid #1f4e79;border-bottom:1pt solid #1f4e79;padding:8pt 4pt;
margin-bottom:14pt;font:italic 9.6pt/1.5 "DejaVu Serif"}
p{margin:0 0 7pt 0;text-align:justify;text-indent:7mm}
h2{font:bold 10pt "DejaVu Sans";color:#1f4e79;margin:12pt 0 5pt 0}
sup{font-size:6.5pt;line-height:0}
.fn{margin-top:12pt;border-top:.5pt solid #888;width:60mm;padding-top:3pt}
.fns{font:7.6pt/1.35 "DejaVu Sans";color:#444}
.fns p{text-indent:0;margin:0 0 2pt 0;text-align:left}
.autor{margin-top:14pt;background:#eef3f8;padding:8pt 10pt;font:8.6pt/1.45 "DejaVu Sans";
display:flex;gap:10pt;align-items:flex-start}
.autor .ph{flex:0 0 15mm;height:18mm;background:#c9d6e3;font:6pt "DejaVu Sans";color:#667;
display:flex;align-items:center;justify-content:center}
.red{margin-top:10pt;font:7.3pt/1.4 "DejaVu Sans";color:#666;border-top:.5pt solid #ccc;
padding-top:4pt}
</style></head><body>
<div class="band">
 <div class="iz">IZ</div>
 <div class="nm"><b>INSTYTUT ZACHODNI</b><br>im. Zygmunta Wojciechowskiego · Poznań</div>
 <div class="bi">Biuletyn Instytutu Zachodniego<span>Nr 1123 (27/2025)</span></div>
</div>
<div class="meta"><span>ISSN 2450-5080</span><span>16 lipca 2025 r.</span></div>

<h1>Kontrole na granicy polsko-niemieckiej – koszty i konsekwencje</h1>

<div class="sum">Od 7 lipca 2025 r. Polska prowadzi tymczasowe kontrole na granicy z Niemcami i
Litwą, odpowiadając na trwające od października 2023 r. kontrole po stronie niemieckiej. Obie
strony deklarują, że działania mają charakter przejściowy, jednak w praktyce coraz silniej
obciążają mieszkańców regionów przygranicznych, przewoźników i przedsiębiorców. Spór o zawracanie
migrantów przekształcił się w problem polityczny w stosunkach bilateralnych.</div>

<h2>Tło decyzji</h2>
<p>Niemcy wprowadziły stacjonarne kontrole na granicy z Polską, Czechami i Szwajcarią 16
października 2023 r., a we wrześniu 2024 r. rozszerzyły je na wszystkie granice lądowe. Nowy
minister spraw wewnętrznych Alexander Dobrindt polecił 7 maja 2025 r. zawracanie także osób
składających wnioski o azyl, z wyjątkiem grup szczególnie wrażliwych<sup>1</sup>. Według danych
niemieckiej Policji Federalnej w pierwszym półroczu 2025 r. na granicy z Polską zatrzymano 5 870
osób przekraczających ją nielegalnie, z czego 3 410 zawrócono na stronę polską.</p>
<p>Rząd w Warszawie uznał praktykę odsyłania migrantów bez uzgodnień za niezgodną z zasadami
współpracy. Rozporządzenie ministra spraw wewnętrznych i administracji przywróciło kontrole na 52
przejściach granicznych z Niemcami i 13 z Litwą, początkowo na 30 dni, z możliwością
przedłużenia<sup>2</sup>. W działaniach uczestniczy ok. 5 tys. funkcjonariuszy Straży Granicznej,
wspieranych przez policję, żandarmerię wojskową i żołnierzy Wojsk Obrony Terytorialnej.</p>

<h2>Skutki dla pogranicza</h2>
<p>Najdotkliwiej kontrole odczuwają osoby regularnie przekraczające granicę. Z szacunków Urzędu
Statystycznego w Zielonej Górze wynika, że do pracy w Niemczech codziennie dojeżdża z Polski około
62 tys. osób, głównie z województw lubuskiego, zachodniopomorskiego i dolnośląskiego. W pierwszych
dniach lipca czas oczekiwania na przejściu w Świecku wydłużył się do trzech godzin, a kolejka
ciężarówek sięgała 8 km. Ucierpiały także wspólne inicjatywy samorządowe: Frankfurt nad Odrą i
Słubice, posiadające wspólną sieć komunikacji miejskiej, zgłaszały opóźnienia kursów
transgranicznej linii autobusowej 983<sup>3</sup>.</p>
<p>Koszty dla gospodarki są trudne do oszacowania, ale z analiz Niemieckiej Izby
Przemysłowo-Handlowej wynika, że każda godzina opóźnienia ciężarówki kosztuje przewoźnika średnio
75 euro. Polsko-niemiecka wymiana handlowa w 2024 r. wyniosła blisko 170 mld euro, a Niemcy
pozostają największym partnerem gospodarczym Polski.</p>

<h2>Wymiar polityczny</h2>
<p>Kontrole stały się przedmiotem sporu w polityce wewnętrznej obu państw. W Niemczech zaostrzenie
polityki migracyjnej było jednym z głównych haseł kampanii CDU/CSU przed wyborami z lutego 2025
r., a w Polsce temat wykorzystywały ugrupowania opozycyjne, m.in. organizując tzw. obywatelskie
patrole graniczne. Komisja Europejska przypomniała, że przywracanie kontroli wewnętrznych w
strefie Schengen musi być środkiem ostatecznym i proporcjonalnym<sup>4</sup>.</p>
<p>Rozwiązaniem mogłoby być wzmocnienie wspólnych patroli polsko-niemieckich i wymiany informacji
na temat szlaków przerzutu, które sprawdzały się w latach 2023–2024. Długofalowo stabilizacja
sytuacji zależy jednak od skuteczności ochrony granic zewnętrznych UE oraz wdrożenia paktu o
migracji i azylu, który zacznie obowiązywać w czerwcu 2026 r.</p>

<div class="fn"></div>
<div class="fns">
<p><sup>1</sup> Bundesministerium des Innern, komunikat prasowy z 7 maja 2025 r.</p>
<p><sup>2</sup> Rozporządzenie Ministra Spraw Wewnętrznych i Administracji z dnia 4 lipca 2025 r.
w sprawie czasowego przywrócenia kontroli granicznej osób przekraczających granicę państwową
stanowiącą granicę wewnętrzną, Dz.U. 2025 poz. 904.</p>
<p><sup>3</sup> Informacja Urzędu Miasta Słubice z 9 lipca 2025 r.</p>
<p><sup>4</sup> Wypowiedź rzecznika KE Markusa Lammerta z 8 lipca 2025 r.</p>
</div>

<div class="autor"><div class="ph">fot.</div><div><b>dr Agnieszka Wierzbicka-Kołodziej</b> –
politolożka, adiunktka w Zakładzie Badań Niemcoznawczych Instytutu Zachodniego. Zajmuje się
polityką migracyjną Niemiec oraz współpracą transgraniczną. Autorka monografii „Granica, która
łączy? Pogranicze polsko-niemieckie po 2004 roku” (2021).</div></div>

<div class="red">Redaktor naczelny: prof. dr hab. Krzysztof Malinowski-Zając · Redakcja: Joanna
Dobrzańska, Radosław Grabowski · Instytut Zachodni im. Zygmunta Wojciechowskiego, ul. Mostowa 27A,
61-854 Poznań · www.iz.poznan.pl · Projekt dofinansowany ze środków budżetu państwa.</div>
</body></html>

""",
        (
            "Kontrole na granicy polsko-niemieckiej – koszty i konsekwencje",
            ("Agnieszka Wierzbicka-Kołodziej",),
            "2025-07-16",
        ),
    ),
    "cover_report_title_page": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>NAPF Report Spring 2025</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Serif";font-size:9.8pt;line-height:1.52;color:#1d1d1d}
.pg{width:210mm;height:297mm;box-sizing:border-box;position:relative;page-break-after:always;
overflow:hidden}
.pg:last-child{page-break-after:auto}
.cover{background:#12324a;color:#fff;padding:22mm 20mm}
.cover .org{font-family:"DejaVu Sans";font-size:10pt;letter-spacing:3pt;font-weight:bold;
color:#9fd3c7}
.cover .org span{display:block;font-weight:normal;letter-spacing:1pt;font-size:7.5pt;color:#c9dbe6;
margin-top:2pt}
.cover .kind{position:absolute;top:92mm;left:20mm;font-family:"DejaVu Sans";font-size:9pt;
letter-spacing:4pt;color:#9fd3c7}
.cover h1{position:absolute;top:102mm;left:20mm;right:22mm;font-family:"DejaVu Serif";
font-size:30pt;line-height:1.18;font-weight:normal;margin:0}
.cover .who{position:absolute;top:190mm;left:20mm;font-family:"DejaVu Sans";font-size:11pt;
color:#e5eef3}
.cover .season{position:absolute;bottom:22mm;left:20mm;font-family:"DejaVu Sans";font-size:10pt;
color:#9fd3c7;letter-spacing:1pt}
.cover .waves{position:absolute;right:0;bottom:0;width:95mm;height:70mm;
background:linear-gradient(135deg,rgba(18,50,74,0) 45%,#1d5a7a 45%,#1d5a7a 60%,#2f7d8f 60%,#2f7d8f
72%,#9fd3c7 72%)}
.inside{padding:30mm 28mm}
.inside h2.t{font-size:17pt;font-weight:normal;line-height:1.25;margin:0 0 10mm 0;color:#12324a}
.inside .bios p{font-size:8.8pt;margin:0 0 7pt 0}
.inside .bios b{font-family:"DejaVu Sans";font-size:9pt}
.legal{position:absolute;left:28mm;right:28mm;bottom:24mm;font-family:"DejaVu Sans";
font-size:7.4pt;line-height:1.45;color:#333}
.legal p{margin:0 0 6pt 0}
.text{padding:16mm 24mm 20mm 24mm}
.rh{display:flex;justify-content:space-between;font-family:"DejaVu Sans";font-size:7.3pt;
color:#5b6f7d;border-bottom:0.5pt solid #9fb3c0;padding-bottom:2pt;margin-bottom:9mm}
.text h2{font-family:"DejaVu Sans";font-size:14pt;color:#12324a;margin:0 0 6pt 0;font-weight:bold}
.text h3{font-family:"DejaVu Sans";font-size:10.5pt;color:#12324a;margin:10pt 0 3pt 0}
.text p{margin:0 0 6pt 0;text-align:justify}
.kf{background:#eaf4f1;border-top:2.5pt solid #2f7d8f;padding:6pt 9pt 4pt 9pt;margin:6pt 0 9pt 0;
font-family:"DejaVu Sans";font-size:8.4pt;line-height:1.42}
.kf .h{font-weight:bold;color:#12324a;letter-spacing:1pt;margin-bottom:3pt;font-size:8.6pt}
.kf ol{margin:0;padding-left:14pt}
.kf li{margin-bottom:3pt}
.pn{position:absolute;bottom:10mm;right:24mm;font-family:"DejaVu Sans";font-size:8pt;color:#5b6f7d}
</style></head><body>

<div class="pg cover">
<div class="org">NORDIC–ASIA POLICY FORUM<span>Stockholm · Copenhagen · Helsinki</span></div>
<div class="kind">REPORT</div>
<h1>Sea Lanes and Shared Interests:<br>Europe's Naval Presence in the Indo-Pacific</h1>
<div class="who">Dr Helena Brandt and Prof. Kenji Aoyama</div>
<div class="season">Spring 2025</div>
<div class="waves"></div>
</div>

<div class="pg inside">
<h2 class="t">Sea Lanes and Shared Interests:<br>Europe's Naval Presence in the Indo-Pacific</h2>
<div class="bios">
<p><b>Helena Brandt</b> is Director of the Maritime Security Programme at the Nordic–Asia Policy
Forum. She previously served as a civilian adviser at the Swedish Ministry of Defence and holds a
PhD in international relations from the University of Uppsala.</p>
<p><b>Kenji Aoyama</b> is Professor of International Security at Keio University, Tokyo, and a
non-resident senior fellow at the Forum. His research focuses on Japan's defence partnerships with
European states.</p>
</div>
<div class="legal">
<p>The authors are grateful to the naval staffs of France, Germany, Italy, the Netherlands and
Japan for their time, and to Linnea Sjöberg for research assistance. This report was supported by
a grant from the Japan Foundation. The views expressed are those of the authors alone and do not
necessarily reflect those of the Nordic–Asia Policy Forum or its funders.</p>
<p>© Nordic–Asia Policy Forum 2025. All rights reserved. No part of this publication may be
reproduced without the prior written permission of the publisher.</p>
<p>Published 22 April 2025, Stockholm<br>ISBN 978-91-88431-27-4 (print) · ISBN 978-91-88431-28-1
(PDF)<br>NAPF Report Series No. 19</p>
<p>Cover design: Studio Kaskad. Layout: Jonas Ek.<br>Nordic–Asia Policy Forum, Drottninggatan 33,
111 51 Stockholm, Sweden · www.napf.se</p>
</div>
</div>

<div class="pg text">
<div class="rh"><span>Sea Lanes and Shared Interests</span><span>NAPF Report No. 19</span></div>
<h2>Executive summary</h2>
<p>European navies have become a regular, if still modest, presence in the Indo-Pacific. Between
2021 and 2024, seven European states sent major surface combatants or carrier groups to the
region, and several of them returned more than once. This report examines what these deployments
have achieved, how they are perceived by partners in Japan, South Korea, Australia and Southeast
Asia, and how Europe could make its limited naval resources count. It draws on 46 interviews with
naval officers and officials conducted between October 2024 and February 2025, as well as on a
survey of 312 defence officials in eight countries.</p>
<div class="kf"><div class="h">KEY FINDINGS</div>
<ol>
<li>France remains the only European state with a permanent military presence in the region, with
about 7,000 personnel stationed in its overseas territories and in the United Arab Emirates and
Djibouti.</li>
<li>Most European deployments are short and symbolic; the median European warship spent 41 days in
the Western Pacific during its deployment.</li>
<li>Partners value regularity and interoperability more than size: 68 per cent of surveyed Asian
officials rated predictable annual visits as more useful than occasional large deployments.</li>
<li>European navies made 23 port calls in Japan in 2024, more than in any year since records began
in 2010.</li>
</ol></div>
<h3>Why Europe sails east</h3>
<p>The economic case for European interest is familiar. Around 40 per cent of the EU's
extra-European trade passes through the South China Sea, and disruptions in the Red Sea since late
2023 have shown how quickly shipping costs rise when a chokepoint is threatened. Yet the decision
to send warships to the far side of the world is also political. When the German frigate
Baden-Württemberg and the supply ship Frankfurt am Main transited the Taiwan Strait on 13
September 2024, the first such passage by a German naval vessel in 22 years, Berlin signalled that
it regards the strait as international waters, a position Beijing rejects.</p>
<p>Italy's carrier strike group centred on the Cavour visited Japan in August 2024 and took part
in exercises with the Japan Maritime Self-Defense Force and the US Navy. The Netherlands deployed
the frigate HNLMS Tromp to the region in 2024, and the United Kingdom's carrier strike group led
by HMS Prince of Wales began its second Indo-Pacific tour, Operation Highmast, in April 2025. The
EU itself has tested the concept of Coordinated Maritime Presences in the north-western Indian
Ocean since February 2022.</p>
<h3>Limits of the current approach</h3>
<p>European ambitions are constrained by fleet size. The combined number of frigates and
destroyers available to the five largest European navies has fallen from 88 in 2000 to 61 today,
and the war in Ukraine has increased demands in the Baltic and the North Atlantic. A single
six-month deployment to the Pacific typically ties up three ships when transit, maintenance and
training cycles are taken into account.</p>
<div class="pn">3</div>
</div>
</body></html>

""",
        (
            "Sea Lanes and Shared Interests: Europe's Naval Presence in the Indo-Pacific",
            ("Helena Brandt", "Kenji Aoyama"),
            "2025-04-22",
        ),
    ),
    "newsletter_digest": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ESD Issue 7</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Serif";font-size:8.9pt;line-height:1.45;color:#1a1a1a}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:10mm 13mm 16mm 13mm;position:relative;
page-break-after:always}
.pg:last-child{page-break-after:auto}
.mast{border-top:4pt solid #0b6e4f;border-bottom:1pt solid #0b6e4f;padding:5pt 0 5pt 0;
margin-bottom:2pt;display:flex;justify-content:space-between;align-items:flex-end}
.mast .t{font-family:"DejaVu Sans";font-weight:bold;font-size:27pt;letter-spacing:-0.5pt;
color:#0b6e4f;line-height:1}
.mast .pub{font-family:"DejaVu Sans";font-size:7.5pt;text-align:right;color:#333;line-height:1.35}
.issue{font-family:"DejaVu Sans";font-size:8pt;display:flex;justify-content:space-between;
color:#0b6e4f;border-bottom:0.5pt solid #0b6e4f;padding:2pt 0 3pt 0;margin-bottom:7mm;
letter-spacing:0.5pt}
.grid{display:flex;gap:7mm}
.main{flex:1;column-count:2;column-gap:6mm}
.side{width:48mm;font-family:"DejaVu Sans";font-size:7.8pt;line-height:1.38}
.item{break-inside:avoid-column;margin-bottom:8pt}
.item .k{font-family:"DejaVu Sans";font-size:6.8pt;font-weight:bold;letter-spacing:1.2pt;
color:#b85c00;text-transform:uppercase}
.item h3{font-family:"DejaVu Sans";font-size:10.3pt;line-height:1.25;margin:1pt 0 3pt 0;color:#111}
.item p{margin:0 0 4pt 0;text-align:left}
.note{background:#f0f6f3;padding:6pt 8pt;margin-bottom:10pt;font-style:italic;column-span:all}
.box{border:0.8pt solid #0b6e4f;padding:6pt 7pt;margin-bottom:9pt}
.box h4{margin:0 0 4pt 0;font-size:8pt;letter-spacing:1pt;color:#0b6e4f;text-transform:uppercase}
.box .n{font-size:14pt;font-weight:bold;color:#0b6e4f;line-height:1.1}
.box .l{margin-bottom:5pt}
.foot{position:absolute;left:13mm;right:13mm;bottom:7mm;font-family:"DejaVu Sans";font-size:6.8pt;
color:#666;display:flex;justify-content:space-between;border-top:0.5pt solid #bbb;padding-top:2pt}
</style></head><body>

<div class="pg">
<div class="mast"><div class="t">Energy Security Digest</div><div class="pub">A newsletter of
the<br><b>Baltic Energy Observatory</b><br>Riga · Vilnius · Tallinn</div></div>
<div class="issue"><span>Issue 7 · 3 October 2025</span><span>Electricity · Gas · Nuclear ·
Infrastructure</span></div>
<div class="grid">
<div class="main">
<div class="note">Editor's note: Eight months after the Baltic states left the Russian-controlled
power system, the region's grid is stable but expensive to run. This issue looks at what
synchronisation has cost, how the gas market has adapted and which projects are slipping.</div>
<div class="item"><div class="k">Electricity</div><h3>Synchronisation: stable grid, rising
balancing bills</h3>
<p>Since Estonia, Latvia and Lithuania disconnected from the BRELL ring on 8 February and joined
the Continental European synchronous area the following day, there has been no major frequency
incident. Transmission operators Elering, AST and Litgrid have, however, had to procure far more
balancing capacity than before. Balancing costs in the three states reached €184 million in the
first half of 2025, compared with €71 million in the same period of 2024, and are passed on to
consumers through network tariffs.</p>
<p>Synchronous condensers installed in all three countries, 11 units in total, now provide the
inertia previously supplied by the Russian grid. Estonia's fourth condenser at Püssi entered
service in June.</p></div>
<div class="item"><div class="k">Interconnectors</div><h3>Harmony Link slips again</h3>
<p>The Harmony Link subsea cable between Poland and Lithuania is now expected to enter service in
2030, two years later than planned. PSE and Litgrid cancelled the tender for the 700 MW
high-voltage direct current link in May after bids came in at almost twice the estimated cost of
€680 million. The operators will split the contract into separate lots for cable and converter
stations. In the meantime, the onshore LitPol Link remains the only direct connection between the
Baltic states and Poland.</p></div>
<div class="item"><div class="k">Gas</div><h3>Klaipėda becomes the region's gas gateway</h3>
<p>Lithuania's floating LNG terminal Independence has consolidated its role after the end of
Russian pipeline supplies to the Baltic states in 2022. The Klaipėda terminal regasified 2.9 bcm
between January and September 2025, of which about 40 per cent was transported on to Latvia and
Estonia. US cargoes accounted for 58 per cent of deliveries, Norwegian ones for 31 per cent.
Lithuania bought the vessel from its owner Höegh LNG in 2024 for about $153 million.</p>
<p>Finland's Inkoo terminal, chartered by Gasgrid Finland until 2032, regasified a further 1.1
bcm. Together, the two terminals now have a combined annual capacity more than twice the region's
consumption.</p></div>
<div class="item"><div class="k">EU policy</div><h3>Russian LNG phase-out timetable set</h3>
<p>EU energy ministers agreed in June on a regulation to end imports of Russian gas. New contracts
are banned from 1 January 2026, existing short-term contracts must end by 17 June 2026 and
long-term contracts by 1 January 2028. Russian LNG still made up about 14 per cent of EU LNG
imports in the first half of 2025, mainly to Belgium, France and Spain.</p></div>
</div>
<div class="side">
<div class="box"><h4>In numbers</h4>
<div class="n">€184 m</div><div class="l">balancing costs in the Baltic states, H1 2025</div>
<div class="n">11</div><div class="l">synchronous condensers in operation</div>
<div class="n">2.9 bcm</div><div class="l">LNG regasified at Klaipėda, Jan–Sep 2025</div>
<div class="n">1,600 MW</div><div class="l">offshore wind capacity tendered in Estonia and Latvia
(ELWIND)</div>
</div>
<div class="box"><h4>This digest</h4>
Compiled by Annika Holm &amp; Rasmus Dahl<br><br>
<span style="color:#555">Energy Security Digest is published ten times a year. Views are those of
the authors. Reproduction with attribution is welcome.</span></div>
<div class="box"><h4>Coming up</h4>
14 October 2025 – Baltic Energy Forum, Tallinn<br>
22 October 2025 – ENTSO-E winter outlook<br>
4 November 2025 – Nordic–Baltic grid ministers, Helsinki</div>
</div>
</div>
<div class="foot"><span>Energy Security Digest · Issue 7</span><span>1</span></div>
</div>

<div class="pg">
<div class="issue" style="margin-bottom:6mm"><span>Energy Security Digest · Issue 7 · 3 October
2025</span><span>Continued</span></div>
<div class="grid">
<div class="main">
<div class="item"><div class="k">Nuclear</div><h3>Estonia picks a site for its first small modular
reactor</h3>
<p>Fermi Energia has proposed Vaivara, in Ida-Viru county near the Russian border, as the
preferred site for a 300 MW small modular reactor. The Estonian parliament approved the legal
framework for nuclear energy in June, and the government has begun the national designated spatial
plan. The company expects a final investment decision in 2029 and commercial operation around
2035, provided that a licence is granted for the GE Vernova Hitachi BWRX-300 design.</p>
<p>In Lithuania, where the Ignalina plant was shut down in 2009, the government has commissioned a
feasibility study on small reactors due in 2026. Latvia, by contrast, remains undecided.</p></div>
<div class="item"><div class="k">Infrastructure protection</div><h3>Estlink 2 back in service</h3>
<p>The 650 MW Estlink 2 cable between Finland and Estonia, damaged on 25 December 2024, returned
to operation in late June after repairs that took six months. Fingrid and Elering have since
installed additional seabed monitoring sensors along the cable route. NATO's Baltic Sentry
operation, launched in January, continues to patrol the area with ships from eight
allies.</p></div>
<div class="item"><div class="k">Oil shale</div><h3>Narva plants to close by 2035</h3>
<p>Eesti Energia confirmed that it will stop electricity generation from oil shale at its Narva
power plants by 2035, five years earlier than originally planned. The plants supplied 34 per cent
of Estonia's electricity in 2024, down from 70 per cent a decade ago. The company is converting
part of the Auvere unit to burn wood chips and is keeping two older units as a strategic reserve
that can be activated within 24 hours.</p></div>
<div class="item"><div class="k">Finland</div><h3>Olkiluoto 3 annual outage completed</h3>
<p>Finland's largest reactor, the 1,600 MW Olkiluoto 3, completed its second annual outage in 38
days. The unit produced 14 per cent of Finland's electricity in 2024. TVO has started the
environmental assessment for extending the lifetime of units 1 and 2 to 2058.</p></div>
</div>
<div class="side">
<div class="box"><h4>Further reading</h4>
<b>Winter outlook 2025/26</b><br>Baltic Energy Observatory Report 3/2025<br><br>
<b>The cost of disconnection</b><br>Working paper by Tanel Põld, August 2025</div>
<div class="box"><h4>Subscribe</h4>
digest@beo.lv<br>www.beo.lv/digest<br><br><span style="color:#555">Baltic Energy Observatory,
Elizabetes iela 45/47, Rīga, LV-1010</span></div>
</div>
</div>
<div class="foot"><span>Energy Security Digest · Issue 7</span><span>2</span></div>
</div>
</body></html>

""",
        (
            "Energy Security Digest",
            ("Annika Holm", "Rasmus Dahl"),
            "2025-10-03",
        ),
    ),
    "oped_reprint": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Commentary | Flemish Institute for Security
Studies</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Serif";font-size:9.9pt;line-height:1.55;color:#222}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:0 0 16mm 0;position:relative;
page-break-after:always}
.pg:last-child{page-break-after:auto}
.nav{background:#222;color:#eee;font-family:"DejaVu Sans";font-size:7.6pt;padding:7pt 16mm;
display:flex;justify-content:space-between;align-items:center}
.nav .brand{font-size:10.5pt;font-weight:bold;letter-spacing:1pt;color:#fff}
.nav .brand span{color:#f2a900}
.nav .menu span{margin-left:7pt;text-transform:uppercase;letter-spacing:0.8pt}
.wrap{display:flex;padding:10mm 16mm 0 16mm;gap:9mm}
.main{flex:1}
.side{width:44mm;font-family:"DejaVu Sans";font-size:7.6pt;line-height:1.4;color:#333;
border-left:0.5pt solid #ccc;padding-left:5mm}
.side h4{font-size:7.8pt;text-transform:uppercase;letter-spacing:1pt;margin:0 0 5pt 0;
color:#f2a900}
.side .it{margin-bottom:9pt}
.side .it b{display:block;color:#222;font-size:8pt}
.kick{font-family:"DejaVu Sans";font-size:7.8pt;letter-spacing:1.5pt;text-transform:uppercase;
color:#c47f00;margin-bottom:4pt}
h1{font-family:"DejaVu Serif";font-size:22pt;line-height:1.15;margin:0 0 7pt 0;font-weight:bold;
color:#111}
.stand{font-family:"DejaVu Sans";font-size:10pt;line-height:1.45;color:#444;margin-bottom:8pt}
.byrow{display:flex;gap:10pt;align-items:baseline;font-family:"DejaVu Sans";font-size:8pt;
border-top:0.5pt solid #ccc;border-bottom:0.5pt solid #ccc;padding:4pt 0;margin-bottom:9pt;
color:#555}
.byrow .nm{text-transform:uppercase;font-weight:bold;color:#111;letter-spacing:0.6pt}
.orig{font-style:italic;font-size:8.3pt;color:#666;margin-bottom:8pt}
p{margin:0 0 7pt 0}
.pq{float:right;width:52mm;margin:2pt 0 6pt 10pt;font-family:"DejaVu Sans";font-size:11.5pt;
line-height:1.35;color:#c47f00;border-top:2pt solid #f2a900;border-bottom:2pt solid #f2a900;
padding:6pt 0}
.bio{font-family:"DejaVu Sans";font-size:8pt;font-style:italic;color:#444;border-top:0.5pt solid
#ccc;padding-top:5pt;margin-top:9pt}
.foot{position:absolute;bottom:7mm;left:16mm;right:16mm;font-family:"DejaVu Sans";font-size:6.8pt;
color:#888;display:flex;justify-content:space-between}
</style></head><body>
<div class="pg">
<div class="nav"><span class="brand">FLEMISH INSTITUTE <span>for</span> SECURITY
STUDIES</span><span
class="menu"><span>Research</span><span>Publications</span><span>Events</span><span>About</span></span></div>
<div class="wrap">
<div class="main">
<div class="kick">Commentary · Op-ed</div>
<h1>Europe Cannot Guard Every Metre of Its Undersea Cables</h1>
<div class="stand">The Eagle S incident shows that patrols alone will not protect the Baltic Sea's
critical infrastructure. Redundancy, repair capacity and tougher port-state rules matter
more.</div>
<div class="byrow"><span class="nm">Jonas Verhoeven</span><span>Senior Fellow, Maritime
Security</span><span style="margin-left:auto">9 January 2025</span></div>
<div class="orig">This op-ed was originally published in De Standaard and is reproduced with
permission.</div>
<p>On Christmas Day, the Cook Islands-flagged tanker Eagle S left the Russian port of Ust-Luga
loaded with unleaded petrol. A few hours later, the Estlink 2 power cable between Finland and
Estonia went dead, and four telecommunication cables in the Gulf of Finland were damaged. Finnish
investigators later found a trail on the seabed suggesting that the tanker had dragged its anchor
for nearly 100 kilometres. The ship, widely considered part of Russia's shadow fleet, was boarded
by Finnish special forces on 26 December and escorted to Porvoo.</p>
<div class="pq">“There are more than 4,000 kilometres of power and data cables in the Baltic
alone. No navy can watch them all.”</div>
<p>It was the third such incident in just over a year. In October 2023, the Chinese container ship
Newnew Polar Bear damaged the Balticconnector gas pipeline; in November 2024, two fibre-optic
cables linking Lithuania to Sweden and Finland to Germany were cut while the bulk carrier Yi Peng
3 passed overhead. Each time, governments have responded by promising more surveillance. NATO is
now preparing a dedicated mission with frigates, maritime patrol aircraft and naval drones.</p>
<p>More patrols are welcome, but they will not solve the problem. There are more than 4,000
kilometres of power and data cables in the Baltic alone, and hundreds of merchant ships are at sea
there at any moment. A vessel dragging an anchor at six knots looks, on a radar screen, much like
one sailing normally. Deterrence by detection works only if the consequences of being caught are
severe, and so far they have not been.</p>
</div>
<div class="side">
<h4>Related</h4>
<div class="it"><b>The Baltic Sea After Finland's and Sweden's Accession</b>Policy brief ·
Annelies De Smet · 14 November 2024</div>
<div class="it"><b>Shadow Fleets and Sanctions Enforcement</b>Analysis · Pieter Claes and Marit
Olsen · 2 October 2024</div>
<div class="it"><b>Offshore Wind as Critical Infrastructure</b>Report · 18 June 2024</div>
<h4 style="margin-top:14pt">Topics</h4>
<div class="it">Maritime security · Critical infrastructure · Baltic Sea · Russia · NATO</div>
<h4 style="margin-top:14pt">Contact</h4>
<div class="it">press@fiss.be<br>+32 9 264 71 10</div>
</div>
</div>
<div class="foot"><span>© Flemish Institute for Security Studies · Coupure Links 653, 9000 Ghent ·
www.fiss.be</span><span>1 / 2</span></div>
</div>
<div class="pg">
<div class="nav"><span class="brand">FLEMISH INSTITUTE <span>for</span> SECURITY
STUDIES</span><span class="menu"><span>Commentary</span></span></div>
<div class="wrap"><div class="main" style="max-width:128mm">
<p>Europe should therefore shift its focus from guarding cables to making their loss bearable.
That means, first, redundancy. Finland and Estonia were able to keep the lights on because Estlink
1 continued to operate and because the Baltic states had already prepared for their disconnection
from the Russian grid. Repairing Estlink 2 will cost Fingrid and Elering an estimated €60 million
and is not expected to be completed before August. The EU should co-finance a third interconnector
across the Gulf of Finland under the Connecting Europe Facility.</p>
<p>Second, repair capacity. Only a handful of specialised cable ships serve northern Europe, and
most of them are owned by private companies that are booked months in advance. A jointly funded
European repair fleet of four vessels, stationed in the Baltic and North Seas, would cost roughly
€1.2 billion over ten years, a fraction of the economic damage caused by a prolonged outage.</p>
<p>Third, the legal framework. Coastal states have limited powers to act against foreign ships in
their exclusive economic zones. The EU should agree on common insurance and documentation
requirements for tankers calling at its ports, and deny entry to vessels that cannot prove
adequate cover. This would not stop a determined saboteur, but it would squeeze the ageing shadow
fleet, which the Kiel Institute estimates at around 600 vessels.</p>
<p>None of this is as eye-catching as sending frigates. But resilience, not vigilance, is what
will ultimately make sabotage pointless.</p>
<div class="bio">Jonas Verhoeven is a senior fellow in the Maritime Security programme of the
Flemish Institute for Security Studies in Ghent. He previously served for twelve years as an
officer in the Belgian Navy.</div>
</div></div>
<div class="foot"><span>Opinions expressed are those of the author. ·
www.fiss.be/commentary/undersea-cables</span><span>2 / 2</span></div>
</div>
</body></html>

""",
        (
            "Europe Cannot Guard Every Metre of Its Undersea Cables",
            ("Jonas Verhoeven",),
            "2025-01-09",
        ),
    ),
    "event_summary_rapporteurs": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Conference summary</title>
<style>
@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Serif";font-size:9.5pt;line-height:1.5;color:#202020}
.pg{width:210mm;height:297mm;box-sizing:border-box;padding:12mm 17mm 20mm 17mm;position:relative;
page-break-after:always}
.pg:last-child{page-break-after:auto}
.mast{display:flex;justify-content:space-between;align-items:center;margin-bottom:9mm}
.mast .logo{font-family:"DejaVu Sans";font-weight:bold;font-size:11pt;color:#1f4e79;
line-height:1.1}
.mast .logo i{font-style:normal;display:block;font-size:7pt;font-weight:normal;letter-spacing:2pt;
color:#6b8fb5}
.mast .snow{width:13mm;height:13mm;border-radius:50%;border:2pt solid #1f4e79;text-align:center;
line-height:13mm;font-family:"DejaVu Sans";font-size:13pt;color:#1f4e79;font-weight:bold}
.kick{font-family:"DejaVu Sans";font-size:8.5pt;font-weight:bold;letter-spacing:2pt;color:#6b8fb5;
margin-bottom:3pt}
h1{font-family:"DejaVu Sans";font-size:18pt;line-height:1.22;color:#1f4e79;margin:0 0 8mm 0;
font-weight:bold}
.grid{display:flex;gap:8mm}
.col{flex:1}
.info{width:52mm;background:#edf2f7;padding:7pt 8pt;font-family:"DejaVu Sans";font-size:7.8pt;
line-height:1.4;align-self:flex-start}
.info dt{font-weight:bold;color:#1f4e79;margin-top:5pt}
.info dt:first-child{margin-top:0}
.info dd{margin:0}
p{margin:0 0 7pt 0;text-align:justify}
h2{font-family:"DejaVu Sans";font-size:10.5pt;color:#1f4e79;margin:10pt 0 3pt 0}
.take{border:1.2pt solid #1f4e79;padding:6pt 9pt;margin:4pt 0 9pt 0;font-family:"DejaVu Sans";
font-size:8.5pt;line-height:1.42}
.take .h{font-weight:bold;color:#1f4e79;margin-bottom:3pt;text-transform:uppercase;
letter-spacing:1pt;font-size:8.3pt}
.take ol{margin:0;padding-left:14pt}
.take li{margin-bottom:3pt}
.chr{font-style:italic;font-size:8.5pt;color:#555;margin-bottom:8pt}
.foot{position:absolute;left:17mm;right:17mm;bottom:9mm;font-family:"DejaVu Sans";font-size:7pt;
color:#6b8fb5;display:flex;justify-content:space-between;border-top:0.5pt solid #6b8fb5;
padding-top:3pt}
.end{margin-top:10pt;border-top:1.5pt solid #1f4e79;padding-top:6pt;font-family:"DejaVu Sans";
font-size:8.3pt;line-height:1.45;display:flex;gap:10mm}
.end div{flex:1}
.end b{color:#1f4e79}
</style></head><body>

<div class="pg">
<div class="mast"><div class="logo">High North Security Initiative<i>TROMSØ · OSLO ·
BRUSSELS</i></div><div class="snow">✳</div></div>
<div class="kick">CONFERENCE SUMMARY</div>
<h1>Deterrence in the High North: Takeaways from the Tromsø Arctic Roundtable</h1>
<div class="grid">
<div class="col">
<p class="chr">The roundtable was held under the Chatham House Rule. Remarks are therefore not
attributed, except for the public keynote addresses.</p>
<p>For the fourth year running, the High North Security Initiative brought together officials,
military officers, researchers and industry representatives in Tromsø to discuss security in the
European Arctic. The 2025 edition gathered 64 participants from 11 countries, including, for the
first time, delegations from Finland's and Sweden's new NATO force structure headquarters.
Discussions focused on the consequences of Nordic NATO enlargement, the state of Russia's Northern
Fleet and the growing pressure on civilian infrastructure in northern Norway.</p>
<div class="take"><div class="h">Key takeaways</div>
<ol>
<li>Nordic enlargement has turned the European Arctic into a single operational area, but command
arrangements lag behind.</li>
<li>Russia's conventional ground forces on the Kola Peninsula are depleted; its naval and
strategic assets are not.</li>
<li>Allied reinforcement depends on roads, rail and ports in northern Norway that were never built
for military traffic.</li>
<li>Participants urged a permanent allied maritime patrol presence around Svalbard and in the
Barents Sea.</li>
</ol></div>
<h2>Keynote: Norway's long-term defence plan</h2>
<p>Opening the roundtable, State Secretary Øystein Bø of the Norwegian Ministry of Defence
presented the implementation of Norway's long-term defence plan, which foresees an increase in
defence spending of NOK 600 billion over twelve years. He announced that Brigade Finnmark,
established in 2024, would grow to about 1,200 soldiers by 2028, and that the first of five new
P-8A Poseidon maritime patrol aircraft based at Evenes had already flown more than 300 missions
over the Norwegian and Barents Seas. Norway would also order at least five new frigates, with a
decision on the supplier expected in the summer.</p>
</div>
<dl class="info">
<dt>Date</dt><dd>11–12 March 2025</dd>
<dt>Venue</dt><dd>Scandic Ishavshotel, Tromsø, Norway</dd>
<dt>Organisers</dt><dd>High North Security Initiative, in cooperation with UiT The Arctic
University of Norway</dd>
<dt>Supported by</dt><dd>Norwegian Ministry of Foreign Affairs; Embassy of the Republic of Poland
in Oslo</dd>
<dt>Format</dt><dd>Two keynotes, four closed sessions, site visit to Olavsvern</dd>
<dt>Participants</dt><dd>Government officials, NATO and national military staff, researchers,
industry</dd>
</dl>
</div>
<div class="foot"><span>High North Security Initiative · Conference Summary
2/2025</span><span>1</span></div>
</div>

<div class="pg">
<h2 style="margin-top:0">Session 1: One Nordic operational area</h2>
<p>Participants agreed that the accession of Finland in April 2023 and Sweden in March 2024 has
transformed the strategic geography of the region. For the first time, allied forces can plan for
the defence of northern Norway, Sweden and Finland as a whole, with reinforcements moving across
the Swedish and Finnish interior rather than only along the Norwegian coast. Several speakers
noted, however, that the region remains divided between two NATO joint force commands: Norway
falls under Joint Force Command Norfolk, while Finland and Sweden are assigned to Joint Force
Command Brunssum. One military participant described this as
"a line on the map that Russia will not respect".</p>
<h2>Session 2: Russia's posture on the Kola Peninsula</h2>
<p>Researchers estimated that Russia's 200th Motor Rifle Brigade, based in Pechenga, has lost more
than 80 per cent of its original personnel in Ukraine, and that the ground forces on the Kola
Peninsula are at a fraction of their pre-war strength. By contrast, the Northern Fleet's submarine
force has been largely unaffected. It includes eight nuclear-powered ballistic missile submarines,
and the Borei-A class submarine Knyaz Pozharsky joined the fleet in 2024. Participants warned
against reading the weakness of Russian land forces as a lasting window of opportunity: rebuilding
them is expected to take three to five years once the war ends.</p>
<h2>Session 3: Infrastructure and host-nation support</h2>
<p>The third session examined the physical limits of reinforcement. The E6 highway, the only main
road connecting southern and northern Norway, crosses more than 80 bridges north of Narvik, many
with a load limit too low for main battle tanks. The Ofoten line, which carries iron ore from
Kiruna to Narvik, was blocked for eleven days by a derailment in December 2024. Participants
welcomed the Norwegian–Swedish–Finnish agreement of October 2024 to establish a joint military
mobility corridor, but noted that no funding had yet been committed for the rail link between
Tornio and Narvik.</p>
<h2>Session 4: Svalbard and maritime presence</h2>
<p>The final session addressed the status of Svalbard under the 1920 treaty and Russia's
activities in Barentsburg. Several participants argued that Norway should invite allies to take
part in regular coast guard patrols around the archipelago, while others cautioned that any
military presence could be exploited by Moscow to claim that the treaty's demilitarisation
provisions had been violated. There was broad support for a permanent allied maritime patrol
presence in the Barents Sea, with rotating contributions from the United Kingdom, the Netherlands,
Germany and Poland.</p>
<h2>Closing keynote</h2>
<p>In the closing address, Rear Admiral Henrik Lund, Commander of the Norwegian Navy's operational
staff, said that the Norwegian Navy had tracked 41 Russian submarine deployments into the
Norwegian Sea in 2024, the highest number since the end of the Cold War.</p>
<div class="end">
<div><b>Rapporteurs</b><br>Ingrid Solberg and Mateusz Kwiatkowski<br><span
style="color:#555">Ingrid Solberg is a research fellow and Mateusz Kwiatkowski a visiting
researcher at the High North Security Initiative.</span></div>
<div><b>Published</b> 2 April 2025<br><b>Series</b> Conference Summary 2/2025<br>ISSN
2704-1956<br>© High North Security Initiative, Tromsø</div>
</div>
<div class="foot"><span>High North Security Initiative · Conference Summary
2/2025</span><span>2</span></div>
</div>
</body></html>

""",
        (
            "Deterrence in the High North: Takeaways from the Tromsø Arctic Roundtable",
            ("Ingrid Solberg", "Mateusz Kwiatkowski"),
            "2025-04-02",
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
