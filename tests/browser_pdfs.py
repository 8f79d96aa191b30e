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
April 2025" closing page 2;
a logo set as one word larger than the title ("JAMESTOWN", "DGAP"), "By: ... June 5, 2025 03:42
PM", names in capitals over the title, a title with a date over it read apart; names each over a
long post, "di Politica Internazionale" no name; two
names with their posts in one row after "AUTHORS", "Aisling de Búrca" beside her date, a Polish
section heading ("Projekt Komisji") under the title no name;
contact cards closing the text over their e-mail addresses, "PUBLISHED 2 2 APRIL 2 0 2 5", a
Polish masthead in capitals ("BIULETYN INSTYTUTU") no name."""

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
    "egmont_spb": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Security Policy Brief 187</title>
<style>
@page{size:A4;margin:16mm 16mm 22mm 16mm;@top-center{content:""}
@bottom-left{content:"SECURITY POLICY BRIEF No. 187";font-family:"DejaVu Sans";font-size:6.8pt;
letter-spacing:0.6pt;color:#6b1f3a} @bottom-right{content:counter(page);font-family:"DejaVu Sans";
font-size:8pt;color:#6b1f3a}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.3pt;line-height:1.45;color:#1b1b1b}
.band{background:#6b1f3a;color:#fff;padding:10pt 14pt;display:flex;justify-content:space-between;
align-items:center}
.eg{font-family:"DejaVu Sans";font-size:22pt;font-weight:bold;letter-spacing:3pt;line-height:1}
.eg small{display:block;font-size:6.8pt;letter-spacing:0.5pt;font-weight:normal;margin-top:3pt}
.spb{font-family:"DejaVu Sans";font-size:8pt;text-align:right;line-height:1.35;
letter-spacing:0.8pt}
.spb b{font-size:12pt;letter-spacing:1pt}
h1{font-family:"DejaVu Serif";font-size:23pt;line-height:1.15;color:#6b1f3a;margin:20pt 0 8pt 0;
font-weight:normal}
.by{font-family:"DejaVu Sans";font-style:italic;font-size:10pt;margin:0 0 14pt 0;color:#333}
.abs{font-family:"DejaVu Sans";font-size:9.4pt;line-height:1.45;font-weight:bold;color:#333;
margin:0 0 14pt 0;padding-bottom:12pt;border-bottom:0.8pt solid #6b1f3a}
.cols{column-count:2;column-gap:18pt}
.cols p{margin:0 0 6pt 0;text-align:justify;hyphens:auto}
h2{font-family:"DejaVu Sans";font-size:9.8pt;font-weight:bold;color:#6b1f3a;margin:10pt 0 4pt 0;
break-after:avoid}
.pq{font-family:"DejaVu Serif";font-style:italic;font-size:12pt;line-height:1.35;color:#6b1f3a;
border-top:1.5pt solid #6b1f3a;border-bottom:1.5pt solid #6b1f3a;padding:7pt 0;margin:8pt 0 10pt
0;break-inside:avoid}
sup{font-size:6pt}
.endn{font-size:7.3pt;line-height:1.35;margin-top:12pt;border-top:0.5pt solid #999;padding-top:5pt}
.endn p{margin:0 0 2pt 0}
.about{font-family:"DejaVu Sans";font-size:7.6pt;line-height:1.4;background:#f1e9ec;padding:8pt
10pt;margin-top:12pt;break-inside:avoid}
.disc{font-family:"DejaVu Sans";font-size:6.8pt;color:#555;margin-top:8pt;line-height:1.35}
</style></head>
<body>
<div class="band"><div class="eg">EGMONT<small>Royal Institute for International
Relations</small></div><div class="spb"><b>SECURITY POLICY BRIEF</b><br>No. 187<br>September
2025</div></div>

<h1>Making SAFE Work: Europe's Defence Loans After the First Call</h1>
<div class="by">Pieter-Jan Van den Broeck and Aurélie Delcourt-Mbaye</div>

<div class="abs">The Security Action for Europe (SAFE) instrument was meant to show that the EU
can mobilise money for defence at speed. The first call for expressions of interest was heavily
oversubscribed, but the distribution of requests reveals a Union of two speeds: frontline states
want loans for immediate purchases, while others hesitate to add to their debt. To turn SAFE into
a genuine engine of European defence-industrial integration, the Commission and member states
should prioritise joint procurement, clarify the rules on third-country participation, and prepare
a grant-based successor.</div>

<div class="cols">
<h2>A rapid start</h2>
<p>Presented as part of the ReArm Europe/Readiness 2030 plan on 4 March 2025, SAFE offers member
states up to €150 billion in long-term loans backed by the EU budget. The loans, with maturities
of up to 45 years and a ten-year grace period on principal repayments, are to finance the
procurement of air and missile defence, artillery, ammunition, drones, military mobility and cyber
capabilities. Unlike the European Defence Industry Programme, SAFE is financed through borrowing
on capital markets, which allows the Commission to lend at its own AAA-rated spreads.</p>
<p>By the deadline of the first call, requests from eighteen member states totalled €127 billion,
leaving only a modest reserve for latecomers. Poland alone asked for €43.7 billion, followed by
Romania (€16.6 billion), France (€15.1 billion) and Hungary (€16.2 billion). Belgium requested
€8.34 billion, largely to finance the air defence systems and ammunition stocks announced in the
government's strategic vision of January 2025.<sup>1</sup></p>

<div
class="pq">"SAFE risks becoming a cheap credit line for national shopping lists rather than a
lever for European cooperation."</div>

<h2>The rules that matter</h2>
<p>Two design choices will determine whether SAFE strengthens the European defence technological
and industrial base. First, procurements must in principle be conducted jointly by at least two
countries, one of which may be Ukraine or an EEA/EFTA state. A transitional exception allows
single-country purchases for contracts signed before 30 May 2026. Second, eligible products must
have at least 65 per cent of the value of their components originating in the EU, the EEA/EFTA
countries or Ukraine. Companies from third countries that have signed a security and defence
partnership with the Union may participate, but only on the basis of a separate bilateral
agreement on financial contributions.</p>
<p>The second rule has become a political battleground. The United Kingdom, despite signing a
security and defence partnership with the EU on 19 May 2025, failed to agree a participation fee,
and South Korean and Turkish manufacturers – who have won major contracts in Poland and Romania –
remain limited to the 35 per cent share of non-European content. For complex systems such as air
defence, where US components are pervasive, compliance will be difficult to verify.</p>

<h2>Two speeds of defence finance</h2>
<p>The pattern of demand is telling. States on NATO's eastern flank, which already spend between
2.5 and 4.7 per cent of GDP on defence, want SAFE money to accelerate purchases they have decided
on anyway. Several Western and Southern European states with high public debt – among them Italy,
whose request was announced only after the deadline was extended – see the loans mainly as a way
to lower financing costs. A group of fiscally conservative countries, including the Netherlands,
Austria and Sweden, did not apply at all, arguing that national borrowing is cheaper.</p>
<p>For Belgium, SAFE comes at a moment of transition. The federal government has committed to
reach 2 per cent of GDP in 2025, which requires an additional €4 billion in defence spending this
year alone. Loans under SAFE would cover part of this increase, but the government has been
cautious about the effect on the deficit, which the national escape clause of the Stability and
Growth Pact only partly neutralises.</p>

<h2>Recommendations</h2>
<p>First, the Commission should use the remaining funds and any second tranche to reward genuinely
joint projects, for instance by lowering interest rates for procurement conducted by three or more
member states. Second, the arrangements for third-country participation should be settled before
the largest contracts are signed, starting with the United Kingdom and Norway. Third, SAFE should
be seen as a bridge: a grant-based European Defence Fund of the next Multiannual Financial
Framework, from 2028 onwards, will be needed to finance common European projects such as the
European Sky Shield Initiative or a European deep-strike capability.</p>
<p>Belgium, host to NATO and the EU institutions, has an interest in making SAFE a success. It
should use its requests to join multinational projects with the Netherlands, Luxembourg and France
rather than simply finance national purchases.</p>

<div class="endn">
<p><sup>1</sup> Figures are based on the Commission's communication of 18 July 2025 and on
national announcements; amounts may change during the assessment of national plans.</p>
</div>

<div class="about"><b>About the authors</b><br>Pieter-Jan Van den Broeck is a Senior Research
Fellow in the Europe in the World Programme at Egmont – the Royal Institute for International
Relations. Aurélie Delcourt-Mbaye is a Research Fellow in the same programme and teaches at the
Royal Military Academy in Brussels.</div>
<div class="disc">The opinions expressed in this Policy Brief are those of the author(s) alone,
and they do not necessarily reflect the views of the Egmont Institute. Founded in 1947, EGMONT –
Royal Institute for International Relations is an independent and non-profit Brussels-based think
tank dedicated to interdisciplinary research.<br>www.egmontinstitute.be &nbsp;·&nbsp; © Egmont
Institute 2025. All rights reserved. &nbsp;·&nbsp; ISSN 2032-5363</div>
</div>
</body></html>

""",
        (
            "Making SAFE Work: Europe's Defence Loans After the First Call",
            ("Pieter-Jan Van den Broeck", "Aurélie Delcourt-Mbaye"),
            "2025-09",
        ),
    ),
    "jamestown_edm": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Baku Reroutes Oil Exports as Ties With Moscow
Sour - Jamestown</title>
<style>
@page{size:A4;margin:14mm 16mm 18mm 16mm;@top-center{content:""} @bottom-right{content:"Page "
counter(page) " of " counter(pages);font-family:"DejaVu Sans";font-size:7pt;color:#666}
@bottom-left{content:"jamestown.org/program/baku-reroutes-oil-exports-as-ties-with-moscow-sour/";
font-family:"DejaVu Sans";font-size:7pt;color:#666}}
body{margin:0;font-family:"DejaVu Sans";font-size:9.6pt;line-height:1.55;color:#222}
.site{display:flex;justify-content:space-between;align-items:center;border-bottom:3pt solid
#1c2e4a;padding-bottom:6pt}
.jt{font-family:"DejaVu Serif";font-size:21pt;letter-spacing:4pt;color:#1c2e4a;font-weight:bold}
.jt small{display:block;font-family:"DejaVu Sans";font-size:6.5pt;letter-spacing:1.2pt;
font-weight:normal;color:#666}
.nav{font-size:7.5pt;color:#1c2e4a;text-transform:uppercase;letter-spacing:0.8pt}
.nav span{margin-left:10pt}
.pub{font-size:8pt;color:#555;margin:14pt 0 4pt 0;text-transform:uppercase;letter-spacing:0.6pt}
.pub b{color:#a3262a}
h1{font-family:"DejaVu Serif";font-size:20pt;line-height:1.2;margin:4pt 0 10pt 0;color:#1c2e4a;
font-weight:normal}
.meta{font-size:8.3pt;color:#444;border-top:0.5pt solid #ccc;border-bottom:0.5pt solid #ccc;
padding:5pt 0;margin-bottom:12pt;display:flex;gap:18pt}
.meta b{color:#1c2e4a}
.share{font-size:7.5pt;color:#888;margin:-6pt 0 12pt 0}
.exec{background:#eef1f5;padding:8pt 12pt 4pt 12pt;margin:0 0 14pt 0;break-inside:avoid}
.exec h3{margin:0 0 4pt 0;font-size:9.5pt;color:#1c2e4a}
.exec ul{margin:0;padding-left:14pt}
.exec li{margin-bottom:5pt;font-size:9pt}
p{margin:0 0 9pt 0;font-family:"DejaVu Serif";font-size:9.8pt;text-align:left}
.fig{font-size:7.5pt;color:#555;margin:4pt 0 12pt 0;border:0.5pt solid #ccc;padding:36pt 8pt 5pt
8pt;background:#dfe3e8;break-inside:avoid}
.tags{font-size:7.6pt;color:#555;margin-top:14pt;border-top:0.5pt solid #ccc;padding-top:6pt}
.rel{font-size:7.6pt;color:#555;margin-top:8pt}
.rel b{color:#1c2e4a}
.foot{font-size:6.8pt;color:#777;margin-top:14pt;border-top:2pt solid #1c2e4a;padding-top:5pt}
</style></head>
<body>
<div class="site"><div class="jt">JAMESTOWN<small>THE JAMESTOWN FOUNDATION · GLOBAL RESEARCH &amp;
ANALYSIS</small></div>
<div
class="nav"><span>Programs</span><span>Publications</span><span>Events</span><span>Experts</span><span>Donate</span></div></div>

<div class="pub">Publication: <b>Eurasia Daily Monitor</b> &nbsp; Volume: 22 &nbsp; Issue: 87</div>
<h1>Baku Reroutes Oil Exports as Ties With Moscow Sour</h1>
<div class="meta"><span>By: <b>Zaur Məmmədov</b></span><span>June 5, 2025</span><span>03:42
PM</span></div>
<div class="share">Share: Facebook · X · LinkedIn · Email · Print</div>

<div class="fig">(Source: SOCAR)<br>SOCAR tanker loading at the Sangachal terminal near Baku, May
2025.</div>

<div class="exec"><h3>Executive Summary:</h3><ul>
<li>The State Oil Company of Azerbaijan (SOCAR) has informed Transneft that it will not renew its
contract for oil transit through the Baku–Novorossiysk pipeline after it expires on June 30,
ending more than two decades of Azerbaijani exports via the Russian Black Sea coast.</li>
<li>The decision follows months of tension over the downing of an Azerbaijan Airlines passenger
jet in December 2024 and the deaths of two Azerbaijani citizens in Russian police custody in
Yekaterinburg.</li>
<li>Baku is redirecting volumes to the Baku–Tbilisi–Ceyhan pipeline and the Georgian port of
Supsa, while deepening energy cooperation with Kazakhstan along the Middle Corridor.</li>
</ul></div>

<p>On June 2, SOCAR confirmed that it had notified the Russian pipeline monopoly Transneft that it
would not extend the intergovernmental agreement on oil transit via the northern route, the
Baku–Novorossiysk pipeline, beyond June 30 (<i>Report.az</i>, June 2; <i>Kommersant</i>, June 3).
In 2024, Azerbaijan shipped 1.9 million tons of crude through the 1,330-kilometer pipeline, less
than 6 percent of its total exports, but the route carried symbolic weight as one of the last
remnants of the energy interdependence between Baku and Moscow established in the 1990s
(<i>Interfax-Azerbaijan</i>, January 21).</p>

<p>Officially, SOCAR explained its decision with commercial considerations. The Russian side had
proposed raising the transit tariff to $17.50 per ton from July, and the quality bank mechanism –
which compensates producers for mixing higher-quality Azeri Light with heavier Russian Urals crude
– has long been a source of disputes. Azerbaijani experts, however, link the move directly to the
deterioration of political relations (<i>Turan</i>, June 3).</p>

<p>Relations between Baku and Moscow deteriorated sharply after an Azerbaijan Airlines Embraer 190
flying from Baku to Grozny crashed near Aktau on December 25, 2024, killing 38 of the 67 people on
board. Azerbaijani officials concluded that the aircraft had been damaged by Russian air defense
fire over Chechnya, and President Ilham Aliyev publicly demanded that Moscow admit guilt, punish
those responsible and pay compensation (<i>APA</i>, December 29, 2024). Vladimir Putin offered an
apology for the "tragic incident" but stopped short of acknowledging Russian responsibility.</p>

<p>A second crisis erupted in late May, when Russian security forces detained several members of
the Azerbaijani diaspora in Yekaterinburg in connection with murders committed in 2001 and 2010.
Two brothers died in custody, and Azerbaijani forensic experts found signs of torture on their
bodies. Baku responded by canceling all Russian cultural events in Azerbaijan, suspending a visit
by Deputy Prime Minister Alexei Overchuk and arresting the head of the Sputnik Azerbaijan news
agency in Baku (<i>Azertac</i>, May 31; <i>RBC</i>, June 1).</p>

<p>The redirection of oil exports is feasible because spare capacity exists elsewhere. The
Baku–Tbilisi–Ceyhan (BTC) pipeline, with a design capacity of 1.2 million barrels per day,
transported an average of around 600,000 barrels per day in 2024, including Kazakh crude from the
Tengiz and Kashagan fields shipped across the Caspian. SOCAR has also announced that the Western
Route Export Pipeline to Supsa, idle for most of 2022, will resume regular operations in July with
monthly loadings of up to 300,000 tons (<i>Trend</i>, June 4).</p>

<p>The decision also strengthens Azerbaijan's role along the Trans-Caspian International Transport
Route, or Middle Corridor. In April, Azerbaijan and Kazakhstan agreed to increase the volume of
Kazakh oil shipped via BTC to 2.2 million tons in 2025, and KazMunayGas is discussing a long-term
agreement with SOCAR to raise these flows further once a new Caspian tanker fleet is in operation
(<i>Kursiv</i>, April 18). For Astana, which ships about 80 percent of its oil exports through the
Russian-controlled Caspian Pipeline Consortium, the Azerbaijani route is a hedge against Russian
pressure.</p>

<p>The Kremlin has so far reacted cautiously. Kremlin spokesman Dmitry Peskov described relations
with Azerbaijan as those of "allies" and expressed hope that "emotions will subside" (<i>TASS</i>,
June 2). Yet Russian state media have launched a campaign against Baku, accusing it of drifting
toward Ankara and the West. Moscow retains levers of pressure, including the roughly two million
Azerbaijanis working in Russia and the North–South Transport Corridor, in which Azerbaijan's
railway network plays a central role.</p>

<p>The end of transit via Novorossiysk will not, in itself, change the balance of Azerbaijan's
economy. But it demonstrates that Baku, having regained control of Karabakh in 2023 and now
negotiating a peace treaty with Armenia, feels less constrained by Russian sensitivities than at
any time since independence. For Western policymakers, this shift creates an opportunity to engage
Azerbaijan on connectivity and energy along the Middle Corridor, even as serious concerns about
its domestic political climate persist.</p>

<div class="tags">Tags: Azerbaijan · Russia · Kazakhstan · Middle Corridor · Oil · Pipelines ·
South Caucasus</div>
<div class="rel"><b>Zaur Məmmədov</b> is a Baku-based analyst of Caspian energy and a former
adviser at the Center for Analysis of International Relations.</div>
<div class="foot">© 2025 The Jamestown Foundation · 1310 L Street NW, Suite 810, Washington, DC
20005 · Tel: (202) 483-8888 · pubs@jamestown.org</div>
</body></html>

""",
        (
            "Baku Reroutes Oil Exports as Ties With Moscow Sour",
            ("Zaur Məmmədov",),
            "2025-06-05",
        ),
    ),
    "osw_analiza": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Analizy OSW</title>
<style>
@page{size:A4;margin:18mm 18mm 20mm 18mm;@top-center{content:""}
@bottom-left{content:"www.osw.waw.pl";font-family:"DejaVu Sans";font-size:7pt;color:#8a1c2b}
@bottom-right{content:counter(page);font-family:"DejaVu Sans";font-size:8pt;font-weight:bold;
color:#8a1c2b}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.8pt;line-height:1.5;color:#1a1a1a}
.top{display:flex;justify-content:space-between;align-items:center;border-bottom:2pt solid
#8a1c2b;padding-bottom:6pt}
.logo{font-family:"DejaVu Sans";font-weight:bold;font-size:20pt;color:#8a1c2b;letter-spacing:2pt}
.logo span{display:block;font-size:7pt;letter-spacing:0.4pt;font-weight:normal;color:#333;
margin-top:2pt}
.kind{font-family:"DejaVu Sans";font-size:9pt;text-align:right;color:#333}
.kind b{display:block;font-size:13pt;color:#8a1c2b;letter-spacing:1pt}
.authors{font-family:"DejaVu Sans";font-size:8.5pt;letter-spacing:0.8pt;margin:18pt 0 6pt 0;
color:#333}
h1{font-family:"DejaVu Sans";font-size:19pt;line-height:1.2;margin:0 0 14pt 0;color:#111}
.lead{font-family:"DejaVu Sans";font-weight:bold;font-size:9.6pt;line-height:1.5;margin:0 0 14pt
0;border-left:3pt solid #8a1c2b;padding-left:10pt}
p{margin:0 0 7pt 0;text-align:justify}
h2{font-family:"DejaVu Sans";font-size:10.5pt;color:#8a1c2b;margin:14pt 0 5pt 0}
sup{font-size:6.5pt}
.box{background:#f3ecec;padding:8pt 10pt;margin:10pt 0;font-family:"DejaVu Sans";font-size:8.5pt;
line-height:1.4;break-inside:avoid}
.box b{color:#8a1c2b}
.fn{font-size:7.5pt;line-height:1.35;border-top:0.5pt solid #999;margin-top:14pt;padding-top:5pt}
.fn p{margin:0 0 2pt 0;text-align:left}
.end{font-family:"DejaVu Sans";font-size:7pt;color:#555;margin-top:16pt;border-top:0.5pt solid
#8a1c2b;padding-top:5pt;line-height:1.4}
</style></head>
<body>
<div class="top">
<div class="logo">OSW<span>OŚRODEK STUDIÓW WSCHODNICH IM. MARKA KARPIA<br>CENTRE FOR EASTERN
STUDIES</span></div>
<div class="kind"><b>ANALIZY OSW</b>2025-06-12</div>
</div>

<div class="authors">ŁUKASZ ŻUREK-WIŚNIEWSKI, AGATA ŚLIWIŃSKA</div>
<h1>Ukraina przed zimą: luka w magazynach gazu</h1>

<div class="lead">Według danych operatora Ukrtranshaz na 1 czerwca 2025 r. w ukraińskich
podziemnych magazynach gazu znajdowało się 5,4 mld m³ surowca, czyli o blisko 40% mniej niż rok
wcześniej. Rząd Denysa Szmyhala przyjął plan, zgodnie z którym do 1 listopada w magazynach ma
zostać zgromadzone 13,2 mld m³ gazu. Osiągnięcie tego celu będzie wymagało importu rzędu 4,6–5 mld
m³, co przy obecnych cenach oznacza wydatki sięgające 2 mld euro. Naftohaz może liczyć na wsparcie
międzynarodowych instytucji finansowych, ale kluczowe znaczenie będzie miała przepustowość szlaków
z Polski, Węgier i Słowacji oraz skala rosyjskich ataków na infrastrukturę wydobywczą.</div>

<h2>Skutki rosyjskich ataków</h2>
<p>Zimą i wiosną 2025 r. Rosja przeprowadziła co najmniej 18 zmasowanych uderzeń rakietowych i
dronowych na obiekty wydobycia i przesyłu gazu w obwodach charkowskim i połtawskim. Największy z
nich, 11 lutego, doprowadził do czasowego wyłączenia części złóż należących do spółki
Ukrhazwydobuwannia. W efekcie wydobycie gazu w Ukrainie w pierwszym kwartale 2025 r. spadło do 3,9
mld m³ wobec 4,8 mld m³ w analogicznym okresie poprzedniego roku.<sup>1</sup> Jednocześnie mroźny
luty zmusił operatora do intensywnego poboru gazu z magazynów – 20 marca zapasy spadły do
historycznie niskiego poziomu 0,9 mld m³ gazu aktywnego.</p>
<p>Ukraińskie władze deklarują, że do końca sierpnia uda się przywrócić ok. 80% utraconych mocy
wydobywczych. Remont instalacji utrudnia jednak brak części zamiennych produkowanych wcześniej w
krajach UE, a także ryzyko kolejnych ataków – od kwietnia Rosjanie regularnie uderzają również w
tłocznie gazu w obwodzie lwowskim.</p>

<h2>Finansowanie zakupów</h2>
<p>Koszt uzupełnienia zapasów rząd szacuje na 1,8–2 mld euro. Naftohaz nie jest w stanie
samodzielnie pokryć tej kwoty, ponieważ regulowane ceny gazu dla gospodarstw domowych (7,96 hrywny
za m³) pozostają znacznie poniżej ceny importowej. W maju Europejski Bank Odbudowy i Rozwoju
przyznał Naftohazowi kredyt w wysokości 500 mln euro na zakup gazu, częściowo gwarantowany przez
Kanadę i Norwegię. Kolejne 270 mln euro ma pochodzić z Europejskiego Banku Inwestycyjnego, a rząd
Norwegii zapowiedział bezzwrotny grant w wysokości 2 mld koron norweskich.</p>

<div class="box"><b>Zapasy gazu w ukraińskich magazynach (gaz aktywny, mld m³)</b><br>
1 czerwca 2023 r. – 11,7 &nbsp;|&nbsp; 1 czerwca 2024 r. – 8,9 &nbsp;|&nbsp; 20 marca 2025 r. –
0,9 &nbsp;|&nbsp; 1 czerwca 2025 r. – 5,4 &nbsp;|&nbsp; cel na 1 listopada 2025 r. – 13,2<br>
<span style="font-size:7.5pt;color:#555">Źródło: Ukrtranshaz, Ministerstwo Energetyki
Ukrainy.</span></div>

<h2>Szlaki importowe</h2>
<p>Po wygaśnięciu z końcem 2024 r. umowy tranzytowej z Gazpromem Ukraina importuje gaz wyłącznie z
kierunku zachodniego. Najważniejszym szlakiem pozostaje granica ze Słowacją (punkt Budince),
którego przepustowość techniczna wynosi ok. 40 mln m³ na dobę. Z Węgier można sprowadzać do 24 mln
m³ na dobę, a z Polski – przez punkt Hermanowice – zaledwie 4,4 mln m³. W kwietniu operatorzy
Gaz-System i OGTSU uzgodnili zwiększenie przepustowości na granicy polsko-ukraińskiej do 6,6 mln
m³ na dobę od października 2025 r., co pozwoli kierować do Ukrainy gaz z terminalu LNG w
Świnoujściu oraz z pływającego terminalu w Kłajpedzie.<sup>2</sup></p>
<p>W praktyce wykorzystanie tych możliwości zależy od stanowiska Bratysławy i Budapesztu. Premier
Słowacji Robert Fico kilkakrotnie groził wstrzymaniem rewersowych dostaw gazu i energii
elektrycznej do Ukrainy, a Węgry uzależniają współpracę od kwestii praw mniejszości węgierskiej na
Zakarpaciu.</p>

<h2>Wnioski</h2>
<p>Osiągnięcie poziomu 13,2 mld m³ jest możliwe, ale wymaga utrzymania tempa zatłaczania na
poziomie ok. 50 mln m³ na dobę przez całe lato. Nawet przy jego realizacji Ukraina wejdzie w sezon
grzewczy z mniejszym buforem niż w latach 2023–2024. Dla Polski oznacza to wzrost znaczenia
połączenia w Hermanowicach i terminalu w Świnoujściu jako elementów bezpieczeństwa energetycznego
regionu, ale także ryzyko presji na ceny w okresie jesiennym.</p>

<div class="fn">
<p><sup>1</sup> Dane Ministerstwa Energetyki Ukrainy z 14 kwietnia 2025 r.; por. S. Matczak,
<i>Ukraińska energetyka po trzeciej zimie wojny</i>, Komentarze OSW, nr 612, 3.04.2025.</p>
<p><sup>2</sup> Komunikat Gaz-System z 17 kwietnia 2025 r.</p>
</div>

<div class="end">Ośrodek Studiów Wschodnich im. Marka Karpia, ul. Koszykowa 6a, 00-564 Warszawa ·
tel. +48 22 525 80 00 · info@osw.waw.pl<br>Treści zawarte w opracowaniu odzwierciedlają stanowisko
autorów i nie są tożsame z oficjalnym stanowiskiem władz RP.</div>
</body></html>

""",
        (
            "Ukraina przed zimą: luka w magazynach gazu",
            ("Łukasz Żurek-Wiśniewski", "Agata Śliwińska"),
            "2025-06-12",
        ),
    ),
    "swp_comment": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SWP Comment 2025/C 41</title>
<style>
@page{size:A4;margin:22mm 20mm 24mm 20mm;@top-center{content:""}
@bottom-left{content:"SWP Comment 41";font-family:"DejaVu Sans";font-size:7pt;color:#444}
@bottom-center{content:"July 2025";font-family:"DejaVu Sans";font-size:7pt;color:#444}
@bottom-right{content:counter(page);font-family:"DejaVu Sans";font-size:7.5pt;color:#444}}
@page :first{margin-top:14mm;@bottom-left{content:""} @bottom-center{content:""}
@bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.48;color:#111}
.mast{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:0.6pt solid
#000;padding-bottom:5pt}
.logo{font-family:"DejaVu Sans";font-weight:bold;font-size:26pt;letter-spacing:1pt;line-height:1}
.inst{font-family:"DejaVu Sans";font-size:7pt;line-height:1.3;text-align:right;color:#333}
.series{font-family:"DejaVu Sans";font-size:8pt;margin:6pt 0 26pt 0;display:flex;gap:18pt;
text-transform:uppercase;letter-spacing:0.6pt}
.series b{font-size:11pt;text-transform:none;letter-spacing:0}
h1{font-family:"DejaVu Sans";font-size:22pt;line-height:1.15;margin:0 0 6pt 0;font-weight:bold;
width:82%}
.sub{font-family:"DejaVu Sans";font-size:12pt;line-height:1.3;margin:0 0 14pt 0;width:82%;
color:#333}
.auth{font-family:"DejaVu Sans";font-size:9.5pt;margin:0 0 14pt 0}
.lede{font-family:"DejaVu Sans";font-weight:bold;font-size:9.6pt;line-height:1.45;margin:0 0 18pt
0;padding-left:20%}
.body{padding-left:20%}
.body p{margin:0 0 7pt 0;text-align:justify;hyphens:auto}
h2{font-family:"DejaVu Sans";font-size:10pt;font-weight:bold;margin:14pt 0 5pt 0}
sup{font-size:6.5pt}
.fig{font-family:"DejaVu Sans";font-size:8pt;border-top:0.6pt solid #000;border-bottom:0.6pt solid
#000;margin:12pt 0;padding:6pt 0}
.fig table{width:100%;border-collapse:collapse}
.fig td,.fig th{padding:2pt 3pt;text-align:left;border-bottom:0.3pt solid #bbb}
.fig th{font-weight:bold}
.notes{font-size:7.6pt;line-height:1.35;margin-top:14pt;border-top:0.5pt solid #000;
padding-top:6pt}
.notes p{margin:0 0 3pt 0;text-align:left}
.colophon{font-family:"DejaVu Sans";font-size:7pt;line-height:1.4;color:#222;margin-top:22pt;
display:flex;gap:14pt;break-inside:avoid}
.colophon div{flex:1}
.bio{font-family:"DejaVu Sans";font-size:8pt;margin-top:16pt;border-top:0.5pt solid #000;
padding-top:6pt}
</style></head>
<body>
<div class="mast"><div class="logo">SWP</div><div class="inst">Stiftung Wissenschaft und
Politik<br>German Institute for International and Security Affairs</div></div>
<div class="series"><b>SWP Comment</b><span>No. 41</span><span>July 2025</span></div>

<h1>Germany's Baltic Hydrogen Bet</h1>
<div class="sub">Why the offshore collector pipeline to Lubmin will only pay off if Berlin binds
in the Nordic and Baltic producers early</div>
<div class="auth">Jana Maria Vogelsang and Henrik von Dohnányi</div>

<div class="lede">In May 2025, the transmission system operators of Finland, Estonia, Latvia,
Lithuania, Poland and Germany submitted a joint application for the Baltic Sea Hydrogen Collector
to be confirmed as a Project of Common Interest. The German government regards the pipeline as a
cornerstone of its import strategy. Yet demand for hydrogen in German industry is growing more
slowly than forecast, and the producing countries are still weighing whether to use their wind
power for domestic steel and fertiliser plants instead. If Berlin wants the corridor to be built,
it will have to offer offtake guarantees and share construction risk rather than simply wait for
molecules to arrive.</div>

<div class="body">
<p>The Baltic Sea Hydrogen Collector (BHC) is the most ambitious of the five import corridors that
the German government listed in its Hydrogen Import Strategy of July 2024. The project foresees a
roughly 1,100-kilometre offshore pipeline from the Bothnian Bay along the Swedish and Finnish
coasts to the landing point at Lubmin in Mecklenburg-Western Pomerania, where it would connect to
the German hydrogen core network. A parallel onshore route, the Nordic-Baltic Hydrogen Corridor,
would run through the three Baltic states and Poland. Both routes are intended to be operational
by 2035 at the latest.</p>
<p>For Germany, the logic is straightforward. The National Hydrogen Strategy, updated in 2023,
assumes that 50 to 70 percent of the country's hydrogen demand will have to be covered by imports.
The Federal Ministry for Economic Affairs puts the expected import volume at 45 to 90 TWh in 2030,
rising substantially thereafter. Pipeline imports from the North Sea and Baltic regions are
considered cheaper than shipping ammonia or other derivatives from overseas suppliers, whose
conversion losses can reach 30 percent.</p>

<h2>A corridor without firm customers</h2>
<p>The economic case, however, has weakened since the project was first announced. The feasibility
study commissioned by Gasgrid Finland and the German operator Gascade in 2024 estimated total
investment at between €12.8 and €14.1 billion, depending on pipeline diameter and the number of
compressor stations. At the upper end of that range, the collector would have to carry at least
2.4 million tonnes of hydrogen per year to offer transport tariffs competitive with the North Sea
route from Norway.<sup>1</sup></p>
<p>Current offtake intentions fall well short of that figure. Thyssenkrupp postponed its decision
on the second hydrogen-ready direct reduction plant in Duisburg in March 2025, and several
chemical companies in eastern Germany have scaled back their hydrogen plans because of high
electricity prices. A survey of 212 industrial companies conducted for the ministry in spring 2025
found that only 37 had concluded or were negotiating long-term supply contracts.</p>

<div class="fig"><b>Table 1 &nbsp; Planned hydrogen import corridors to Germany</b>
<table><tr><th>Corridor</th><th>Main suppliers</th><th>Target date</th><th>Status (June
2025)</th></tr>
<tr><td>North Sea (Norway)</td><td>Norway</td><td>2032</td><td>Equinor–RWE project
suspended</td></tr>
<tr><td>Baltic Sea Hydrogen Collector</td><td>Finland, Sweden</td><td>2035</td><td>PCI application
submitted</td></tr>
<tr><td>Nordic-Baltic Corridor</td><td>Finland, Baltic states</td><td>2035</td><td>pre-feasibility
completed</td></tr>
<tr><td>SoutH2 Corridor</td><td>Tunisia, Algeria, Italy</td><td>2033</td><td>PCI since
2023</td></tr>
<tr><td>Iberian H2Med (BarMar)</td><td>Spain, Portugal</td><td>2032</td><td>PCI since
2023</td></tr>
</table>
<div style="font-size:7pt;color:#444;margin-top:3pt">Source: Federal Ministry for Economic Affairs
and Climate Action; operator data; authors' compilation.</div></div>

<h2>Producers with other plans</h2>
<p>On the supply side, Finland is the pivotal actor. The country added 2.3 gigawatts of onshore
wind capacity in 2024 alone, and its grid operator Fingrid has received connection requests for
more than 400 gigawatts of new wind and solar projects. Helsinki's stated ambition is to produce
10 percent of the EU's green hydrogen by 2030. But Finnish policy-makers increasingly prefer to
attract hydrogen-consuming industries – green steel, e-fuels, fertilisers – to the country rather
than export the hydrogen itself. The Finnish government's industrial policy programme of February
2025 explicitly prioritises "value creation in Finland".</p>
<p>Sweden is even more hesitant. The Swedish government withdrew from the BHC memorandum of
understanding in November 2024, citing the risk that export pipelines would raise domestic
electricity prices in the northern bidding zones SE1 and SE2. Without Swedish participation, the
offshore collector would have to be routed entirely through the Finnish exclusive economic zone,
adding an estimated 140 kilometres of pipeline.</p>
<p>In the Baltic states, the picture is mixed. Estonia and Lithuania see the onshore corridor as a
way to integrate their offshore wind auctions, notably the 700-megawatt Lithuanian tender
re-launched in 2025, into a wider market. Latvia, however, has yet to designate a hydrogen network
operator.</p>

<h2>What Berlin can do</h2>
<p>Germany has three instruments at its disposal. First, it can extend the H2Global mechanism,
through which the state-owned intermediary Hintco buys hydrogen abroad and resells it at auction
in Germany, to pipeline deliveries from European partners. So far, H2Global tenders have focused
on ammonia and methanol shipped from outside Europe. A dedicated Baltic lot worth €1.5 billion
over ten years would send a signal to Finnish and Estonian producers.<sup>2</sup></p>
<p>Second, the federal government should accept a share of the financial risk for the collector
itself. The amortisation account model used for the German core network – under which the state
pre-finances network charges that are too high in the ramp-up phase – could be extended to the
cross-border section. This would require an agreement with Finland on how to split any shortfall,
ideally supported by funding from the Connecting Europe Facility.</p>
<p>Third, Berlin should frame the corridor as part of Baltic Sea security rather than purely as an
energy project. Since the damage to the Balticconnector gas pipeline in October 2023 and to
several data and power cables in November 2024 and December 2024, the protection of critical
undersea infrastructure has become a NATO priority. Joint monitoring, repair capacities and
redundancy requirements should be written into the project from the start, not added later.</p>

<h2>Outlook</h2>
<p>The decision on the list of Projects of Common Interest is expected in November 2025. If the
BHC is included, preparatory work and environmental impact assessments could begin in 2026. But
PCI status alone will not secure financing. Unless Germany couples its import strategy with firm
purchasing commitments and a fair division of risk with its Baltic Sea partners, the collector
risks becoming another line on a map of unbuilt European infrastructure.</p>

<div class="notes">
<p><sup>1</sup> Gasgrid Finland and Gascade, <i>Baltic Sea Hydrogen Collector: Pre-Feasibility
Study, Summary Report</i> (Espoo and Kassel, October 2024), 18–21.</p>
<p><sup>2</sup> On the design of H2Global, see Kirsten Brandt, <i>Buying Hydrogen Abroad: Lessons
from the First H2Global Tenders</i>, SWP Comment 12/2025 (Berlin: Stiftung Wissenschaft und
Politik, March 2025).</p>
</div>

<div class="bio">Dr Jana Maria Vogelsang is an Associate in the Global Issues Division at SWP.
Henrik von Dohnányi is a Senior Fellow in the EU / Europe Division. This Comment was written as
part of the project "Energy Transition and Security in the Baltic Sea Region", funded by the
Federal Foreign Office.</div>

<div class="colophon">
<div>© Stiftung Wissenschaft und Politik, 2025<br><b>All rights reserved</b><br><br>This Comment
reflects the authors' views.<br><br>The online version of this publication contains functioning
links to other SWP texts and other relevant sources.<br><br>SWP Comments are subject to internal
peer review, fact-checking and copy-editing. For further information on our quality control
procedures, please visit the SWP website:
https://www.swp-berlin.org/en/about-swp/quality-management-for-swp-publications/</div>
<div>SWP<br>Stiftung Wissenschaft und Politik<br>German Institute for International and Security
Affairs<br><br>Ludwigkirchplatz 3–4<br>10719 Berlin<br>Telephone +49 30 880 07-0<br>Fax +49 30 880
07-100<br>www.swp-berlin.org<br>swp@swp-berlin.org<br><br>ISSN (Print) 1861-1761<br>ISSN (Online)
2747-5107<br>DOI: 10.18449/2025C41<br><br>(English version of SWP-Aktuell 38/2025)</div>
</div>
</div>
</body></html>

""",
        (
            "Germany's Baltic Hydrogen Bet",
            ("Jana Maria Vogelsang", "Henrik von Dohnányi"),
            "2025-07",
        ),
    ),
    "dgap_policy_brief": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>DGAP Policy Brief No. 12</title>
<style>
@page{size:A4;margin:16mm 17mm 20mm 17mm;@top-center{content:""}
@bottom-left{content:"No. 12 | April 2025";font-family:"DejaVu Sans";font-size:7pt;color:#666}
@bottom-center{content:"Germany's Lithuania Brigade";font-family:"DejaVu Sans";font-size:7pt;
color:#666} @bottom-right{content:counter(page);font-family:"DejaVu Sans";font-size:8pt;
font-weight:bold;color:#c8102e}}
@page :first{@bottom-left{content:""} @bottom-center{content:""} @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Sans";font-size:9.2pt;line-height:1.5;color:#1e1e1e}
.top{display:flex;justify-content:space-between;align-items:flex-start;margin-bottom:14pt}
.dgap{font-size:25pt;font-weight:bold;letter-spacing:-0.5pt;color:#1e1e1e;line-height:1}
.dgap span{display:block;font-size:6.6pt;font-weight:normal;letter-spacing:0.2pt;color:#555;
margin-top:3pt}
.ser{text-align:right;font-size:8pt;line-height:1.4}
.ser b{display:block;font-size:11pt;color:#c8102e;letter-spacing:1.5pt}
.redline{height:5pt;background:#c8102e;margin:0 0 18pt 0}
h1{font-size:21pt;line-height:1.18;margin:0 0 8pt 0;font-weight:bold}
.stand{font-size:11pt;line-height:1.4;color:#444;margin:0 0 18pt 0}
.side{float:left;width:30%;margin:0 16pt 10pt 0;font-size:8pt;line-height:1.4}
.side .who{border-top:2pt solid #c8102e;padding-top:6pt;margin-bottom:12pt}
.side .who p{margin:0 0 7pt 0}
.side .who b{font-size:8.6pt}
.side .kp{background:#f2f2f2;padding:8pt 9pt}
.side .kp h3{margin:0 0 5pt 0;font-size:8.6pt;color:#c8102e;text-transform:uppercase;
letter-spacing:0.8pt}
.side .kp ul{margin:0;padding-left:11pt}
.side .kp li{margin-bottom:5pt}
p{margin:0 0 7pt 0;text-align:left}
h2{font-size:10.4pt;margin:14pt 0 5pt 0;color:#c8102e;break-after:avoid}
sup{font-size:6pt}
.tab{clear:both;margin:12pt 0;font-size:8pt;break-inside:avoid}
.tab table{width:100%;border-collapse:collapse}
.tab th{text-align:left;border-bottom:1.2pt solid #c8102e;padding:3pt 4pt}
.tab td{padding:3pt 4pt;border-bottom:0.4pt solid #ccc}
.rec{border:1pt solid #c8102e;padding:8pt 12pt;margin:12pt 0;break-inside:avoid}
.rec h3{margin:0 0 4pt 0;font-size:9.5pt;color:#c8102e}
.rec ol{margin:0;padding-left:14pt}
.rec li{margin-bottom:4pt}
.notes{font-size:7.3pt;line-height:1.35;border-top:0.5pt solid #999;margin-top:12pt;
padding-top:4pt}
.notes p{margin:0 0 2pt 0}
.imp{font-size:7pt;color:#444;margin-top:16pt;border-top:2pt solid #1e1e1e;padding-top:6pt;
line-height:1.45;display:flex;gap:16pt;break-inside:avoid}
.imp div{flex:1}
</style></head>
<body>
<div class="top"><div class="dgap">DGAP<span>German Council on Foreign Relations</span></div><div
class="ser"><b>POLICY BRIEF</b>No. 12<br>16.04.2025</div></div>
<div class="redline"></div>

<h1>Germany's Lithuania Brigade: Closing the Gaps Before 2027</h1>
<div class="stand">The Bundeswehr's first permanently stationed brigade abroad is taking shape in
Lithuania. To make it a credible deterrent, Berlin must solve problems of personnel, equipment and
infrastructure that it has so far postponed.</div>

<div class="side">
<div class="who">
<p><b>Dr. Henning Albrecht-Schulze</b><br>Senior Fellow, Security and Defense Program</p>
<p><b>Dr. Milena Ćorić</b><br>Research Fellow, Center for Order and Governance in Eastern Europe,
Russia, and Central Asia</p>
<p><b>Jonas Kaiser</b><br>Program Officer, Security and Defense Program</p>
</div>
<div class="kp"><h3>Key points</h3><ul>
<li>Panzerbrigade 45 was formally commissioned in Vilnius on 1 April 2025. It is to reach full
operational capability in 2027.</li>
<li>Recruitment is the main bottleneck: so far only a fraction of the posts have been filled by
volunteers.</li>
<li>Lithuania is delivering infrastructure on schedule; Germany is lagging behind on equipment and
family support.</li>
<li>Without additional funding outside the regular defense budget, the brigade will weaken other
units at home.</li>
</ul></div>
</div>

<h2>A political commitment turned into a military unit</h2>
<p>When Defense Minister Boris Pistorius announced in June 2023 that Germany would permanently
station a combat brigade in Lithuania, the decision was a break with decades of German practice.
After the signing of the bilateral implementation roadmap in December 2023 and the establishment
of an advance command in Vilnius, Panzerbrigade 45 was formally commissioned on 1 April 2025 in
the presence of the Lithuanian President Gitanas Nausėda. The brigade is based in two locations,
Rūdninkai near Vilnius and Rukla near Kaunas, and will integrate the multinational NATO
battlegroup that Germany has led in Lithuania since 2017.</p>
<p>At full strength, the brigade is to have around 4,800 soldiers and 200 civilian employees. Its
core will be formed by two mechanized battalions transferred from Germany –
Panzergrenadierbataillon 122 from Oberviechtach and Panzerbataillon 203 from Augustdorf – as well
as the multinational battlegroup. Supporting units, including an artillery battalion and
engineers, are to be established in Lithuania from scratch.</p>

<h2>Personnel: the decisive bottleneck</h2>
<p>The Bundeswehr has chosen to rely on volunteers. By March 2025, however, only around 2,100
posts had been filled, and many of them by soldiers on temporary rotation rather than permanent
assignment.<sup>1</sup> Surveys by the Bundeswehr's Center of Military History and Social Sciences
show that the main obstacles are concerns about jobs for partners, schooling and healthcare in
Lithuania. A German school in Vilnius is scheduled to open only in autumn 2026, and the number of
German-speaking kindergarten places remains below 150.</p>
<p>The personnel challenge is compounded by the situation in Germany itself. The Bundeswehr had
181,150 active soldiers at the end of 2024, roughly the same as in 2017, far from the target of
203,000. Every soldier sent to Lithuania is missing at home, where the army is also expected to
provide a full division to NATO by 2025 and a second one by 2027.</p>

<div class="tab"><b>Table 1 – Planned composition of Panzerbrigade 45</b>
<table><tr><th>Unit</th><th>Location</th><th>Status (April 2025)</th></tr>
<tr><td>Brigade headquarters and staff company</td><td>Vilnius / Rūdninkai</td><td>commissioned 1
April 2025</td></tr>
<tr><td>Panzergrenadierbataillon 122</td><td>Rūdninkai</td><td>transfer from 2025</td></tr>
<tr><td>Panzerbataillon 203</td><td>Rukla</td><td>transfer from 2026</td></tr>
<tr><td>Multinational eFP Battlegroup Lithuania</td><td>Rukla</td><td>integrated from
2025</td></tr>
<tr><td>Artillery battalion (PzH 2000)</td><td>Rūdninkai</td><td>to be established by
2027</td></tr>
</table></div>

<h2>Infrastructure and equipment</h2>
<p>Lithuania has kept its side of the bargain. The government in Vilnius has committed around €1.1
billion to barracks, training areas and housing, financed partly by a temporary increase in
corporate income tax and a new defense fund. The Rūdninkai training area, covering 170 square
kilometers, is being expanded, and the first barracks were handed over in February 2025.</p>
<p>Germany's contribution is less advanced. The brigade is to be equipped with 44 Leopard 2A8
tanks and Puma infantry fighting vehicles, but the first tanks will only be delivered in 2027.
Until then, the battalions will have to bring their existing equipment from Germany, leaving gaps
in the units that stay behind. The federal budget for 2025 contains no separate line for the
brigade; its costs, estimated at €9.7 billion until 2030, are being absorbed by the regular
defense budget and the remaining funds of the €100 billion special fund.<sup>2</sup></p>

<div class="rec"><h3>Recommendations</h3><ol>
<li>Create a dedicated budget line for the Lithuania brigade in the federal budget from 2026,
outside the ordinary defense budget.</li>
<li>Introduce a substantial foreign deployment allowance and guarantee jobs or compensation for
partners of soldiers serving in Lithuania.</li>
<li>Accelerate the opening of the German school in Vilnius and agree with Lithuania on recognition
of qualifications for German health professionals.</li>
<li>Prioritize deliveries of Leopard 2A8 tanks to the brigade and pre-position ammunition stocks
in Lithuania.</li>
</ol></div>

<p>The brigade is a test of Germany's Zeitenwende. If it turns into a hollow formation, the damage
to Berlin's credibility on NATO's eastern flank would be considerable. If it succeeds, it can
become a model for a more permanent allied presence in the Baltic region.</p>

<div class="notes">
<p><sup>1</sup> Answer of the Federal Government to a written question, Bundestag printed paper
20/15012, 19 March 2025.</p>
<p><sup>2</sup> Estimate based on the German Armed Forces Planning Office, <i>Ressortbericht
Brigade Litauen</i>, January 2025.</p>
</div>

<div class="imp">
<div>The opinions expressed in this publication are those of the author(s) and do not necessarily
reflect the views of the German Council on Foreign Relations (DGAP).<br><br>DGAP receives funding
from the German Federal Foreign Office based on a resolution of the German Bundestag.</div>
<div>Rauchstraße 17/18<br>10787 Berlin<br>Tel. +49 30
254231-0<br>info@dgap.org<br>www.dgap.org<br><br>Publisher: Deutsche Gesellschaft für Auswärtige
Politik e.V.<br>ISSN 2198-5936<br>Editing: Anne Wiesenthal-Roos<br>Layout: Luise Rombach</div>
</div>
</body></html>

""",
        (
            "Germany's Lithuania Brigade: Closing the Gaps Before 2027",
            ("Henning Albrecht-Schulze", "Milena Ćorić", "Jonas Kaiser"),
            "2025-04-16",
        ),
    ),
    "ies_komentarz": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Komentarze IEŚ 1345</title>
<style>
@page{size:A4;margin:16mm 18mm 24mm 18mm;@top-center{content:""}
@bottom-left{content:"Komentarze IEŚ 1345 (88/2025)";font-family:"DejaVu Sans";font-size:7pt;
color:#0b5c4a} @bottom-right{content:counter(page);font-family:"DejaVu Sans";font-size:8pt;
color:#0b5c4a}}
body{margin:0;font-family:"DejaVu Sans";font-size:9.4pt;line-height:1.55;color:#1c1c1c}
.hd{display:flex;justify-content:space-between;align-items:stretch;border-bottom:1.2pt solid
#0b5c4a;padding-bottom:7pt;margin-bottom:6pt}
.logo{display:flex;align-items:center;gap:8pt}
.sq{width:26pt;height:26pt;background:#0b5c4a;color:#fff;font-weight:bold;font-size:10pt;
text-align:center;line-height:26pt}
.nm{font-size:8.5pt;line-height:1.25;color:#0b5c4a;font-weight:bold;letter-spacing:0.5pt}
.nm span{display:block;font-weight:normal;font-size:6.8pt;color:#555;letter-spacing:0.2pt}
.ser{text-align:right;font-size:8pt;color:#333;line-height:1.45}
.ser b{font-size:12pt;color:#0b5c4a}
.sub{display:flex;justify-content:space-between;font-size:7.8pt;color:#555;margin-bottom:20pt}
h1{font-family:"DejaVu Serif";font-size:19pt;line-height:1.25;margin:0 0 8pt 0;color:#111}
.au{font-size:9pt;margin:0 0 14pt 0}
.au b{color:#0b5c4a}
.lead{background:#e7f0ed;padding:9pt 12pt;font-weight:bold;font-size:9.2pt;line-height:1.5;
margin:0 0 14pt 0}
.lead ul{margin:0;padding-left:14pt}
.lead li{margin-bottom:4pt}
p{margin:0 0 7pt 0;text-align:justify;font-family:"DejaVu Serif"}
h2{font-size:10.2pt;color:#0b5c4a;margin:13pt 0 4pt 0;break-after:avoid}
sup{font-size:6pt}
.ramka{float:right;width:38%;margin:3pt 0 8pt 12pt;border-top:2pt solid #0b5c4a;font-size:8pt;
line-height:1.4;padding-top:4pt}
.ramka b{color:#0b5c4a}
.ramka table{border-collapse:collapse;width:100%;margin-top:3pt}
.ramka td{border-bottom:0.3pt solid #bbb;padding:1.5pt 2pt}
.ramka td.n{text-align:right}
.fn{font-size:7.4pt;line-height:1.35;border-top:0.5pt solid #999;margin-top:12pt;padding-top:4pt}
.fn p{margin:0 0 2pt 0;font-family:"DejaVu Sans";text-align:left}
.stopka{font-size:7pt;color:#555;border-top:1.2pt solid #0b5c4a;margin-top:14pt;padding-top:5pt;
line-height:1.45;display:flex;justify-content:space-between;gap:14pt}
</style></head>
<body>
<div class="hd">
<div class="logo"><div class="sq">IEŚ</div><div class="nm">INSTYTUT EUROPY
ŚRODKOWEJ<span>Institute of Central Europe · Lublin</span></div></div>
<div class="ser"><b>Komentarze IEŚ</b><br>Nr 1345 (88/2025)</div>
</div>
<div class="sub"><span>12 maja 2025 r.</span><span>ISSN: 2657-6996</span></div>

<h1>Słowacja po końcu tranzytu rosyjskiego gazu przez Ukrainę</h1>
<div class="au">dr Kamil Szczęsny-Brzeziński <b>(Zespół Europy Środkowej)</b></div>

<div class="lead"><ul>
<li>Wraz z wygaśnięciem 1 stycznia 2025 r. umowy tranzytowej między Naftohazem a Gazpromem
Słowacja utraciła status głównego punktu wejścia rosyjskiego gazu do UE.</li>
<li>Państwowy operator Eustream przesłał w 2024 r. ok. 14,6 mld m³ gazu; w pierwszym kwartale 2025
r. przepływy spadły o ponad 80%.</li>
<li>Rząd Roberta Fica próbuje utrzymać dostawy z Rosji szlakiem przez Turcję i Węgry, jednocześnie
eskalując spór z Kijowem.</li>
</ul></div>

<h2>Koniec tranzytu i jego koszty</h2>
<div class="ramka"><b>Słowacja – gaz w liczbach</b>
<table><tr><td>Zużycie krajowe (2024)</td><td class="n">4,6 mld m³</td></tr>
<tr><td>Tranzyt przez Eustream (2024)</td><td class="n">14,6 mld m³</td></tr>
<tr><td>Pojemność magazynów</td><td class="n">3,6 mld m³</td></tr>
<tr><td>Kontrakt SPP z Gazpromem</td><td class="n">do 2034 r.</td></tr>
</table><span style="font-size:6.8pt;color:#666">Źródło: Eustream, SPP, ÚRSO.</span></div>
<p>Przez ponad pięć dekad Słowacja była kluczowym państwem tranzytowym dla rosyjskiego gazu
płynącego do Europy Środkowej i Zachodniej. Nawet po 2022 r., gdy większość państw UE drastycznie
ograniczyła import z Rosji, przez słowacki system przesyłowy płynął gaz do Austrii, Węgier, Czech
i Włoch. Zakończenie tranzytu przez Ukrainę oznacza dla Bratysławy przede wszystkim straty
finansowe. Według premiera Roberta Fica Słowacja traci z tego tytułu ok. 500 mln euro rocznie,
choć niezależni analitycy szacują bezpośrednie straty Eustreamu i budżetu państwa na 180–220 mln
euro.<sup>1</sup></p>
<p>Zdolności przesyłowe Eustreamu wykorzystywane są obecnie w niewielkim stopniu. Gaz płynie
głównie w kierunku wschodnim – na Ukrainę oraz z Austrii i Czech do Słowacji – a spółka
zapowiedziała ograniczenie zatrudnienia o 15% i wyłączenie części tłoczni.</p>

<h2>Nowe szlaki dostaw</h2>
<p>Słowacki Slovenský plynárenský priemysel (SPP) utrzymuje długoterminowy kontrakt z Gazpromem
obowiązujący do 2034 r. Od stycznia 2025 r. spółka odbiera rosyjski gaz na granicy
węgiersko-słowackiej w Veľkých Zlievcach, dokąd dociera on gazociągiem TurkStream przez Bułgarię,
Serbię i Węgry. W pierwszym kwartale 2025 r. SPP sprowadziła tą drogą ok. 1,1 mld m³ gazu, co
pokryło około połowy zapotrzebowania krajowego. Pozostałą część stanowił gaz z magazynów oraz
dostawy LNG kupowane za pośrednictwem polskiego Orlenu i niemieckich hubów.</p>
<p>W lutym 2025 r. SPP podpisała też pierwszą umowę z azerskim SOCAR-em na pilotażowe dostawy gazu
szlakiem transbałkańskim, a w kwietniu – porozumienie z polską spółką Gaz-System dotyczące
zwiększenia wykorzystania interkonektora Polska–Słowacja, oddanego do użytku w 2022 r. Jego
przepustowość w kierunku Słowacji wynosi 4,7 mld m³ rocznie.</p>

<h2>Spór z Ukrainą</h2>
<p>Decyzja Kijowa o nieprzedłużaniu umowy tranzytowej stała się jednym z głównych tematów
słowackiej polityki wewnętrznej. Robert Fico, który 22 grudnia 2024 r. spotkał się w Moskwie z
Władimirem Putinem, oskarżył prezydenta Wołodymyra Zełenskiego o działanie na szkodę słowackiej
gospodarki i zagroził wstrzymaniem dostaw energii elektrycznej na Ukrainę. Udział Słowacji w
ukraińskim imporcie energii elektrycznej wynosił w styczniu 2025 r. ok. 19%. Groźby nie zostały
zrealizowane, ale spór przyczynił się do masowych protestów antyrządowych w Bratysławie i innych
miastach, w których w styczniu i lutym uczestniczyło łącznie ponad 100 tys. osób.</p>
<p>Na forum UE Słowacja – obok Węgier – sprzeciwia się planowi Komisji Europejskiej zakładającemu
całkowite wycofanie importu rosyjskiego gazu do końca 2027 r. Bratysława domaga się wyłączenia
kontraktów długoterminowych lub rekompensat finansowych.</p>

<h2>Wnioski</h2>
<p>Koniec tranzytu przez Ukrainę nie doprowadził do kryzysu dostaw na Słowacji, ale uwidocznił, że
rząd Fica traktuje rosyjski gaz jako kwestię polityczną, a nie wyłącznie ekonomiczną. Dla Polski
szansą jest rosnące zainteresowanie słowackich odbiorców dostawami przez interkonektor i terminal
LNG w Świnoujściu. Jednocześnie należy liczyć się z tym, że Bratysława będzie blokować kolejne
sankcje energetyczne UE wobec Rosji, dopóki nie otrzyma gwarancji rekompensat.</p>

<div class="fn"><p><sup>1</sup> Szacunki Słowackiej Akademii Nauk oraz think tanku SGI (Slovak
Governance Institute), luty 2025 r.</p></div>

<div class="stopka"><div>Instytut Europy Środkowej<br>ul. Niecała 5, 20-080 Lublin<br>tel. +48 81
534 70 40 · ies@ies.lublin.pl · www.ies.lublin.pl</div><div style="text-align:right">Redakcja:
Tomasz Grabiec-Sadowski<br>Korekta: Anna Płoszaj<br>Komentarze IEŚ są publikowane na licencji CC
BY-NC-ND 4.0</div></div>
</body></html>

""",
        (
            "Słowacja po końcu tranzytu rosyjskiego gazu przez Ukrainę",
            ("Kamil Szczęsny-Brzeziński",),
            "2025-05-12",
        ),
    ),
    "iiss_strategic_comment": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Strategic Comments</title>
<style>
@page{size:A4;margin:16mm 16mm 20mm 16mm;@top-center{content:""}
@bottom-left{content:"© 2025 The International Institute for Strategic Studies";
font-family:"DejaVu Sans";font-size:6.8pt;color:#555}
@bottom-right{content:"Strategic Comments  Volume 31  Comment 14  |  " counter(page);
font-family:"DejaVu Sans";font-size:6.8pt;color:#555;white-space:pre}}
body{margin:0;font-family:"DejaVu Serif";font-size:9.3pt;line-height:1.48;color:#1b1b1b}
.top{display:flex;justify-content:space-between;align-items:center;border-top:6pt solid #7a0f2b;
padding-top:8pt}
.iiss{font-family:"DejaVu Sans";font-size:22pt;font-weight:bold;letter-spacing:3pt;color:#7a0f2b;
line-height:1}
.iiss span{display:block;font-size:6.5pt;font-weight:normal;letter-spacing:0.3pt;color:#444;
margin-top:3pt}
.sc{font-family:"DejaVu Sans";text-align:right;font-size:8pt;line-height:1.45;color:#333}
.sc b{font-size:12pt;color:#7a0f2b;letter-spacing:2pt;text-transform:uppercase}
.pubd{font-family:"DejaVu Sans";font-size:7.8pt;color:#555;margin:12pt 0 4pt 0;border-bottom:0.5pt
solid #aaa;padding-bottom:4pt}
h1{font-family:"DejaVu Serif";font-size:24pt;line-height:1.15;margin:14pt 0 10pt 0;
font-weight:bold;color:#111}
.sum{font-family:"DejaVu Sans";font-weight:bold;font-size:10pt;line-height:1.45;margin:0 0 14pt 0;
color:#333}
.cols{column-count:2;column-gap:16pt}
.cols p{margin:0 0 6.5pt 0;text-align:justify;hyphens:auto}
h2{font-family:"DejaVu Sans";font-size:9.6pt;color:#7a0f2b;margin:10pt 0 3pt 0;break-after:avoid}
.map{background:#d9dfe6;height:130pt;margin:2pt 0 3pt 0;break-inside:avoid;
font-family:"DejaVu Sans";font-size:7pt;color:#444;display:flex;align-items:center;
justify-content:center}
.mapcap{font-family:"DejaVu Sans";font-size:7pt;color:#444;margin-bottom:10pt;break-inside:avoid}
.box{background:#f2e9ec;border-top:2pt solid #7a0f2b;padding:6pt 9pt;margin:8pt 0 10pt 0;
font-family:"DejaVu Sans";font-size:7.8pt;line-height:1.4;break-inside:avoid}
.box h3{margin:0 0 4pt 0;font-size:8.5pt;color:#7a0f2b}
.box ul{margin:0;padding-left:11pt}
.box li{margin-bottom:3pt}
.bot{font-family:"DejaVu Sans";font-size:7pt;color:#555;margin-top:14pt;border-top:0.5pt solid
#aaa;padding-top:5pt}
</style></head>
<body>
<div class="top"><div class="iiss">IISS<span>The International Institute for Strategic
Studies</span></div><div class="sc"><b>Strategic Comments</b><br>Volume 31 · Comment 14</div></div>
<div class="pubd">Published 18 June 2025 &nbsp;·&nbsp; Asia-Pacific &nbsp;·&nbsp; Defence and
military analysis</div>

<h1>Manila and Tokyo tighten defence ties</h1>
<div class="sum">Japan and the Philippines are building a quasi-alliance to counter Chinese
pressure in the South China Sea. The imminent entry into force of their Reciprocal Access
Agreement will allow larger and more frequent joint exercises, but the partnership still depends
heavily on the United States and on Manila's political stability.</div>

<div class="cols">
<p>Japan's House of Councillors on 6 June approved the Reciprocal Access Agreement (RAA) with the
Philippines, completing the ratification process in both countries. The Philippine Senate had
ratified the treaty on 16 December 2024. The agreement, which was signed in Manila on 8 July 2024
by the two countries' foreign and defence ministers, will enter into force 30 days after the
exchange of diplomatic notes, expected in August. It is the first such arrangement Japan has
concluded with an Asian country and only the third overall, after those with Australia (in force
since August 2023) and the United Kingdom (October 2023).</p>
<p>The RAA sets out the legal status of visiting forces, including rules on criminal jurisdiction,
customs procedures and the import of weapons and ammunition. It removes the need to negotiate ad
hoc arrangements for each deployment and will allow the Japan Self-Defense Forces (JSDF) to take
part as full participants, rather than observers, in exercises such as the annual US–Philippine
Balikatan drills.</p>

<h2>Shared threat perceptions</h2>
<p>The rapprochement is driven by a common concern about China's behaviour at sea. Since 2023,
Chinese coastguard and maritime-militia vessels have repeatedly used water cannons, lasers and
ramming against Philippine vessels resupplying the garrison aboard the BRP Sierra Madre at Second
Thomas Shoal and patrolling near Scarborough Shoal. The most serious incident occurred on 17 June
2024, when Chinese coastguard personnel armed with knives and axes boarded Philippine navy boats,
injuring eight sailors, one of whom lost a thumb.</p>

<div class="map">[Map: Philippine features and Chinese-occupied reefs in the Spratly Islands]</div>
<div class="mapcap">Map 1: Selected features in the South China Sea. Source: IISS; Asia Maritime
Transparency Initiative</div>

<p>Japan, which faces similar pressure around the Senkaku Islands in the East China Sea, sees the
Philippines as a frontline state whose resilience is directly linked to the security of its own
southwestern islands and sea lanes. Around 90% of Japan's energy imports pass through the South
China Sea.</p>

<h2>Capacity-building</h2>
<p>Tokyo has become the Philippines' most important partner after Washington in building maritime
capacity. It has financed 12 multi-role response vessels for the Philippine Coast Guard through
official development assistance, with five more 97-metre vessels ordered in 2023 for delivery from
2027. In 2023, the Philippines became the first recipient of Japan's Official Security Assistance
(OSA) programme, which allows Tokyo to provide equipment to foreign armed forces. In April 2025,
Japan approved a second OSA package worth ¥1.6bn, covering five coastal-surveillance radars and a
fleet of rigid-hull inflatable boats for the Philippine Navy.</p>

<div class="box"><h3>The Japan–Philippines defence relationship: key steps</h3><ul>
<li>2016 – Agreement on the transfer of defence equipment and technology</li>
<li>2023 – First OSA package: coastal radars worth ¥600m</li>
<li>Jul 2024 – RAA signed; first '2+2' meeting in Manila</li>
<li>Apr–May 2025 – JSDF contributes around 150 personnel to Balikatan</li>
<li>Jun 2025 – Ratification completed in Tokyo</li>
</ul></div>

<p>Defence-industrial cooperation is also developing. Manila has expressed interest in
Abukuma-class destroyer escorts that the Maritime Self-Defense Force is due to retire, and in
TC-90 maritime-patrol aircraft. A transfer of six Abukuma ships is being discussed, which would
require a revision of Japan's rules on defence exports.</p>

<h2>Limits and risks</h2>
<p>The partnership nevertheless has limits. It is not a mutual-defence treaty, and Japanese public
opinion remains wary of any commitment that could draw the country into a conflict in the South
China Sea. Both Tokyo and Manila also see their bilateral ties as a complement to, rather than a
substitute for, their alliances with the United States. The trilateral Japan–Philippines–US summit
of April 2024 and the so-called 'Squad' format that includes Australia are meant to anchor
Washington in the region at a time of uncertainty about the second Trump administration's
priorities.</p>
<p>Domestic politics in the Philippines is another variable. The feud between President Ferdinand
Marcos Jr and Vice President Sara Duterte, who faces an impeachment trial, could shape the 2028
presidential election. A Duterte victory might bring a return to the China-friendly policy of her
father, Rodrigo Duterte, although the RAA, as a ratified treaty, would be difficult to unwind.</p>
<p>For now, however, the trend is clear. Tokyo and Manila are building the legal and practical
foundations for much closer military cooperation, and other regional states, including Vietnam and
Indonesia, are watching closely.</p>
</div>

<div class="bot">Strategic Comments are produced by the IISS as concise analyses of current
strategic issues. © The International Institute for Strategic Studies, Arundel House, 6 Temple
Place, London WC2R 2PG, UK. ISSN 1356-7888.</div>
</body></html>

""",
        (
            "Manila and Tokyo tighten defence ties",
            (),
            "2025-06-18",
        ),
    ),
    "ispi_commentary": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ISPI Commentary</title>
<style>
@page{size:A4;margin:18mm 20mm 22mm 20mm;@top-center{content:""}
@top-right{content:"ISPI Commentary";font-family:"DejaVu Sans";font-size:7pt;color:#999}
@bottom-center{content:counter(page);font-family:"DejaVu Sans";font-size:8pt;color:#333}}
@page :first{@top-right{content:""}}
body{margin:0;font-family:"DejaVu Serif";font-size:10pt;line-height:1.55;color:#202020}
.hd{display:flex;align-items:center;gap:14pt;margin-bottom:26pt}
.ispi{background:#d6001c;color:#fff;font-family:"DejaVu Sans";font-weight:bold;font-size:20pt;
padding:4pt 9pt;letter-spacing:1pt}
.inst{font-family:"DejaVu Sans";font-size:7.5pt;line-height:1.3;color:#444}
.kick{font-family:"DejaVu Sans";font-size:8.5pt;font-weight:bold;color:#d6001c;letter-spacing:2pt;
text-transform:uppercase}
.date{font-family:"DejaVu Sans";font-size:8.5pt;color:#555;margin:2pt 0 10pt 0}
h1{font-family:"DejaVu Sans";font-size:22pt;line-height:1.18;margin:0 0 14pt 0;color:#111;
font-weight:bold}
.auth{font-family:"DejaVu Sans";font-size:8.8pt;margin:0 0 16pt 0;line-height:1.45}
.auth b{font-size:9.6pt;color:#d6001c}
.abs{font-style:italic;font-size:10.4pt;line-height:1.5;margin:0 0 16pt 0;color:#333}
p{margin:0 0 8pt 0;text-align:justify}
h2{font-family:"DejaVu Sans";font-size:10.5pt;margin:14pt 0 5pt 0;break-after:avoid}
.pq{float:right;width:42%;margin:4pt 0 8pt 14pt;font-family:"DejaVu Sans";font-size:11pt;
line-height:1.35;color:#d6001c;font-weight:bold;border-left:3pt solid #d6001c;padding-left:9pt}
.data{font-family:"DejaVu Sans";font-size:8pt;background:#f4f4f4;padding:7pt 10pt;margin:10pt 0;
break-inside:avoid}
.data table{border-collapse:collapse;width:100%}
.data td{padding:2pt 4pt;border-bottom:0.3pt solid #ccc}
.data td.n{text-align:right}
.disc{font-family:"DejaVu Sans";font-size:7pt;color:#777;border-top:0.5pt solid #bbb;
margin-top:18pt;padding-top:6pt;line-height:1.4}
</style></head>
<body>
<div class="hd"><div class="ispi">ISPI</div><div class="inst">Istituto per gli Studi<br>di
Politica Internazionale</div></div>

<div class="kick">Commentary</div>
<div class="date">24 February 2025</div>
<h1>Is the Albania Model Ready for Export?</h1>
<div class="auth"><b>Eleonora Di Stefano</b><br>Research Fellow, ISPI Migration
Programme<br><b>Matteo Dell'Acqua</b><br>Associate Research Fellow, ISPI Europe and Global
Governance Centre</div>

<div class="abs">Several EU governments and the European Commission itself now point to Italy's
centres in Albania as a template for "innovative solutions" in migration management. Fifteen
months after the Rome–Tirana protocol was signed, the data tell a more sobering story.</div>

<p>When Prime Minister Giorgia Meloni and her Albanian counterpart Edi Rama signed their
memorandum of understanding on 6 November 2023, the promise was bold: up to 36,000 migrants
rescued at sea by Italian vessels would be processed each year in Albanian territory, under
Italian jurisdiction, through accelerated border procedures. Two facilities were built – a
registration hotspot in the port of Shëngjin and a larger centre at a former air base in Gjadër,
about 20 kilometres inland. The Gjadër centre comprises 880 places for asylum seekers, a
pre-removal detention section with 144 places and a small penitentiary unit.</p>

<div
class="pq">"Each person transferred to Albania so far has cost Italian taxpayers well over
€100,000."</div>

<p>Reality has fallen far short of these ambitions. The first transfer took place only on 16
October 2024, when the navy ship Libra brought 16 men from Bangladesh and Egypt to Shëngjin.
Within two days, the Rome tribunal refused to validate the detention of the 12 who had been sent
on to Gjadër, on the grounds that their countries of origin could not be considered "safe" for all
categories of persons, following a ruling of the Court of Justice of the EU of 4 October 2024. Two
further attempts, in November 2024 and January 2025, ended in the same way. In total, only 73
people have been transferred to Albania, and almost all of them were subsequently brought to
Italy.</p>

<h2>Costs and benefits</h2>
<p>The financial balance is equally unfavourable. According to the government's technical report,
the protocol will cost Italy €670 million over five years, including the construction of the
centres, the deployment of Italian police and health personnel, and payments to Albania for
security around the facilities. The Court of Auditors has raised concerns about direct contracts
awarded without competitive tenders, while about 300 Italian officers stationed in Albania are
reported to be largely idle.</p>

<div class="data"><b>The protocol in numbers</b>
<table><tr><td>Places planned in Gjadër (asylum section)</td><td class="n">880</td></tr>
<tr><td>Annual throughput announced by the government</td><td class="n">36,000</td></tr>
<tr><td>Persons transferred (16 Oct 2024 – 15 Feb 2025)</td><td class="n">73</td></tr>
<tr><td>Arrivals by sea in Italy, 2024</td><td class="n">66,317</td></tr>
<tr><td>Arrivals by sea in Italy, 1 Jan – 20 Feb 2025</td><td class="n">6,942</td></tr></table>
<div style="font-size:7pt;color:#666;margin-top:3pt">Sources: Italian Ministry of the Interior;
ISPI elaborations.</div></div>

<p>Supporters of the model argue that its value lies in deterrence rather than throughput.
Arrivals by sea in Italy did fall sharply in 2024, to 66,317 from 157,651 in 2023. But the decline
began in early 2024, well before the first transfer to Albania, and is explained mainly by tighter
controls in Tunisia and Libya, backed by EU funding. There is no evidence that the prospect of
being taken to Albania has changed smugglers' business models.</p>

<h2>What Europe can learn</h2>
<p>The Italian experience nonetheless matters for the EU. The new pact on migration and asylum,
applicable from June 2026, introduces a list of safe countries of origin at EU level and allows
border procedures for nationalities with recognition rates below 20%. The Commission has also
proposed, in its return regulation, to allow "return hubs" in third countries. Both changes could
remove some of the legal obstacles that have stalled the Albanian centres. The Netherlands,
Denmark and Austria have already signalled interest in similar arrangements with countries such as
Uganda and Rwanda.</p>
<p>Yet exporting the model would require more than legal tweaks. Any such scheme depends on a
partner country willing to host the centres, and Albania's status as a candidate for EU membership
made it unusually accommodating. It also depends on functioning judicial review, which will remain
mandatory under EU law. And it must be weighed against its opportunity cost: the €670 million
earmarked for Gjadër and Shëngjin would have financed roughly 4,000 additional places in Italy's
own reception system for five years, or a substantial expansion of legal pathways.</p>
<p>Europe should treat the Albanian experiment as what it is: an expensive pilot whose results so
far do not justify replication on a larger scale.</p>

<div class="disc">The opinions expressed herein are strictly personal and do not necessarily
reflect the position of ISPI. &nbsp;·&nbsp; ISPI – Istituto per gli Studi di Politica
Internazionale, Palazzo Clerici, Via Clerici 5, 20121 Milano &nbsp;·&nbsp; www.ispionline.it
&nbsp;·&nbsp; © ISPI 2025</div>
</body></html>

""",
        (
            "Is the Albania Model Ready for Export?",
            ("Eleonora Di Stefano", "Matteo Dell'Acqua"),
            "2025-02-24",
        ),
    ),
    "nato_review": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>NATO Review - Guarding the seabed</title>
<style>
@page{size:A4;margin:12mm 16mm 16mm 16mm;@top-center{content:""}
@bottom-left{content:"https://www.nato.int/docu/review/articles/2025/09/12/guarding-the-seabed/index.html";
font-family:"DejaVu Sans";font-size:6.5pt;color:#777}
@bottom-right{content:counter(page) "/" counter(pages);
font-family:"DejaVu Sans";font-size:7pt;color:#777}}
body{margin:0;font-family:"DejaVu Sans";font-size:9.6pt;line-height:1.55;color:#222}
.bar{background:#004990;color:#fff;display:flex;justify-content:space-between;align-items:center;
padding:6pt 10pt}
.nato{font-weight:bold;font-size:13pt;letter-spacing:1pt}
.nato span{font-weight:normal;font-size:8pt;margin-left:8pt;letter-spacing:0.3pt}
.menu{font-size:7.5pt}
.menu span{margin-left:10pt}
.crumb{font-size:7.5pt;color:#666;margin:6pt 0 12pt 0}
.rev{border-bottom:1pt solid #004990;padding-bottom:5pt;margin-bottom:14pt;display:flex;
align-items:baseline;gap:10pt}
.rev b{font-family:"DejaVu Serif";font-size:20pt;color:#004990;font-weight:normal}
.rev span{font-size:8pt;color:#555;font-style:italic}
h1{font-family:"DejaVu Serif";font-size:21pt;line-height:1.22;margin:0 0 8pt 0;color:#111;
font-weight:bold}
.dt{font-size:8.5pt;color:#555;margin-bottom:3pt}
.by{font-size:8.8pt;color:#004990;margin-bottom:12pt}
.hero{background:#c9d6e3;height:120pt;display:flex;align-items:flex-end;margin:0 0 4pt 0}
.hero span{background:rgba(0,0,0,0.55);color:#fff;font-size:7pt;padding:2pt 5pt}
.cap{font-size:7.5pt;color:#555;margin-bottom:14pt;font-style:italic}
.intro{font-family:"DejaVu Serif";font-size:11pt;line-height:1.5;margin:0 0 12pt 0;color:#333}
p{margin:0 0 9pt 0}
h2{font-family:"DejaVu Serif";font-size:12pt;color:#004990;margin:14pt 0 5pt 0;break-after:avoid}
.pq{margin:12pt 30pt;font-family:"DejaVu Serif";font-size:13pt;line-height:1.4;color:#004990;
text-align:center;border-top:0.6pt solid #004990;border-bottom:0.6pt solid #004990;padding:8pt 0;
break-inside:avoid}
.bios{background:#eef2f7;padding:8pt 12pt;font-size:8.3pt;margin-top:14pt;break-inside:avoid}
.bios p{margin:0 0 5pt 0}
.disc{font-size:7.5pt;color:#666;font-style:italic;margin-top:10pt}
.tags{font-size:7.5pt;color:#004990;margin-top:8pt}
.tags span{border:0.5pt solid #004990;padding:0 4pt;margin-right:4pt}
</style></head>
<body>
<div class="bar"><div class="nato">NATO<span>OTAN</span></div><div class="menu"><span>About
us</span><span>News</span><span>Multimedia</span><span>NATO
Review</span><span>Search</span></div></div>
<div class="crumb">Home › NATO Review › Articles › 2025</div>
<div class="rev"><b>NATO Review</b><span>Opinion, analysis and debate on security
issues.</span></div>

<h1>Guarding the seabed: lessons from the Baltic cable incidents</h1>
<div class="dt">12 September 2025</div>
<div class="by">by Tor Øyvind Haugland and Elżbieta Kowalczyk-Frost</div>

<div class="hero"><span>© Finnish Border Guard</span></div>
<div class="cap">A Finnish Border Guard vessel escorts the tanker Eagle S off Porkkala, December
2024.</div>

<div class="intro">Between October 2023 and February 2025, at least eleven undersea cables and
pipelines in the Baltic Sea were damaged, in most cases by ships dragging their anchors along the
seabed. The incidents have prompted Allies to rethink how they protect critical undersea
infrastructure – and how they respond when deterrence fails.</div>

<p>On the afternoon of 25 December 2024, the Estlink 2 power cable between Finland and Estonia
suddenly went offline. Within hours, Finnish authorities had identified a likely culprit: the Cook
Islands-flagged tanker Eagle S, carrying Russian oil from Ust-Luga, which had dragged its anchor
for almost 100 kilometres across the Gulf of Finland. Four data cables were damaged in the same
incident. Finnish special forces boarded the vessel the next day, and the anchor was later
recovered from the seabed.</p>
<p>The incident was the most serious of a series that began with the damage to the Balticconnector
gas pipeline in October 2023, caused by the anchor of the Hong Kong-flagged container ship Newnew
Polar Bear. In November 2024, two data cables – one linking Finland and Germany, the other
Lithuania and Sweden – were cut by the Chinese bulk carrier Yi Peng 3. Repairs to Estlink 2 took
until 30 June 2025, leaving the 650-megawatt link idle for more than six months and forcing
Estonia to rely more heavily on its oil shale plants.</p>

<h2>Baltic Sentry: from patchwork to posture</h2>
<p>NATO's response came quickly. At the summit of Baltic Sea Allies in Helsinki, Secretary General
Mark Rutte announced the launch of Baltic Sentry on 14 January 2025. The activity brings together
frigates, patrol aircraft and a small fleet of naval drones under the command of Allied Maritime
Command, and it is coordinated with national coast guards and the Joint Expeditionary Force led by
the United Kingdom. In its first six months, Baltic Sentry conducted more than 1,200 ship
inspections by radio, tracked some 330 vessels of the so-called shadow fleet and deployed uncrewed
surface vessels in the Gulf of Finland for the first time.</p>

<div
class="pq">"The seabed has become a domain of competition in its own right, and it must be treated
as such."</div>

<p>Technology is part of the answer. The Alliance's Digital Ocean initiative and the Task Force X
Baltic experiment aim to combine satellite imagery, automatic identification system data and
sensors on the seabed into a common operational picture. Anomalies – a ship slowing down over a
cable route, or switching off its transponder – can now be flagged automatically to national
authorities.</p>

<h2>Closing the legal gap</h2>
<p>Yet the incidents have also exposed the limits of military tools. Most damage occurred in
exclusive economic zones, where coastal states have limited rights to stop foreign-flagged ships.
The Finnish investigation into the Eagle S ended in August 2025 with charges against the captain
and two officers, but the court must still establish jurisdiction. Allies are therefore exploring
options such as mandatory insurance checks for tankers passing through the Danish straits, closer
cooperation with flag states and stronger penalties under national law.</p>

<h2>Resilience as deterrence</h2>
<p>Finally, protecting infrastructure means being able to repair it fast. Europe has only a
handful of cable repair vessels, most of them privately owned and booked years in advance. The
EU's Cable Security Action Plan, presented in February 2025, proposes a pool of repair vessels and
spare cable stocks. NATO's new resilience objectives, agreed by Allies in June 2025, include
national plans for the rapid restoration of undersea connections. Redundancy – additional cables
and interconnectors – may ultimately be the most effective deterrent: an attack that causes no
lasting disruption is an attack that is not worth carrying out.</p>

<div class="bios">
<p><b>Tor Øyvind Haugland</b> is a policy adviser in the Operations Division at NATO Headquarters,
covering maritime security in the High North and the Baltic Sea.</p>
<p><b>Elżbieta Kowalczyk-Frost</b> is a senior researcher at the Centre of Excellence for
Operations in Confined and Shallow Waters in Kiel.</p>
</div>
<div class="disc">The views expressed in NATO Review do not necessarily reflect the official views
or policies of NATO or its member countries. NATO Review is published by the Public Diplomacy
Division of NATO.</div>
<div class="tags"><span>Baltic Sea</span><span>Critical infrastructure</span><span>Maritime
security</span><span>Resilience</span></div>
</body></html>

""",
        (
            "Guarding the seabed: lessons from the Baltic cable incidents",
            ("Tor Øyvind Haugland", "Elżbieta Kowalczyk-Frost"),
            "2025-09-12",
        ),
    ),
    "sipri_fact_sheet": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SIPRI Fact Sheet</title>
<style>
@page{size:A4;margin:15mm 15mm 18mm 15mm;@top-center{content:""}
@bottom-left{content:"sipri fact sheet";font-family:"DejaVu Sans";font-size:7pt;
letter-spacing:0.8pt;text-transform:uppercase;color:#005596} @bottom-right{content:counter(page);
font-family:"DejaVu Sans";font-size:8pt;color:#005596}}
@page :first{@bottom-left{content:""} @bottom-right{content:""}}
body{margin:0;font-family:"DejaVu Serif";font-size:8.9pt;line-height:1.42;color:#1a1a1a}
.mast{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:1.5pt solid
#005596;padding-bottom:5pt}
.s{font-family:"DejaVu Sans";font-size:24pt;font-weight:bold;color:#005596;letter-spacing:1pt;
line-height:1}
.s span{font-size:10pt;font-weight:normal;letter-spacing:0;color:#333;margin-left:6pt}
.mo{font-family:"DejaVu Sans";font-size:9pt;color:#333}
.inst{font-family:"DejaVu Sans";font-size:6.6pt;color:#555;margin-top:3pt;letter-spacing:0.4pt;
text-transform:uppercase}
h1{font-family:"DejaVu Sans";font-size:19pt;line-height:1.2;color:#1a1a1a;margin:16pt 0 6pt 0;
font-weight:bold;width:85%}
.au{font-family:"DejaVu Sans";font-size:8pt;letter-spacing:0.6pt;color:#005596;margin:0 0 14pt 0}
.grid{display:flex;gap:14pt}
.left{width:31%;flex:none;font-family:"DejaVu Sans";font-size:8.2pt;line-height:1.4;color:#005596}
.left h3{font-size:8.4pt;letter-spacing:1pt;margin:0 0 4pt 0;border-top:1pt solid #005596;
padding-top:4pt}
.left p{margin:0 0 7pt 0}
.right{flex:1;column-count:2;column-gap:12pt}
p{margin:0 0 6pt 0;text-align:left}
h2{font-family:"DejaVu Sans";font-size:9.2pt;color:#005596;margin:9pt 0 3pt 0;break-after:avoid}
.tbl{font-family:"DejaVu Sans";font-size:7.6pt;margin:14pt 0 10pt 0;break-inside:avoid}
.tbl table{width:100%;border-collapse:collapse}
.tbl caption{text-align:left;font-weight:bold;font-size:8pt;margin-bottom:3pt;color:#005596}
.tbl th{text-align:left;border-top:1pt solid #005596;border-bottom:0.6pt solid #005596;padding:2pt
3pt;font-weight:bold;vertical-align:bottom}
.tbl td{padding:1.8pt 3pt;border-bottom:0.3pt solid #ccc}
.tbl td.n,.tbl th.n{text-align:right}
.tbl .note{font-size:6.8pt;color:#555;margin-top:3pt}
.cols2{column-count:2;column-gap:14pt}
.about{font-family:"DejaVu Sans";font-size:7.4pt;line-height:1.4;border-top:1pt solid #005596;
margin-top:12pt;padding-top:5pt;break-inside:avoid}
.about p{margin:0 0 4pt 0}
.back{font-family:"DejaVu Sans";font-size:6.8pt;color:#444;background:#e9f0f6;padding:7pt 9pt;
margin-top:10pt;line-height:1.45;break-inside:avoid}
</style></head>
<body>
<div class="mast"><div><div class="s">SIPRI<span>Fact Sheet</span></div><div
class="inst">Stockholm International Peace Research Institute</div></div><div class="mo">April
2025</div></div>

<h1>Trends in International Arms Transfers to Central and Eastern Europe, 2020–24</h1>
<div class="au">MATHILDE KERNÉIS, TOMÁŠ HAVLÍČEK AND LIN XIAOYU</div>

<div class="grid">
<div class="left">
<h3>SUMMARY</h3>
<p>The volume of international transfers of major arms to states in Central and Eastern Europe was
more than four times higher in 2020–24 than in 2015–19. The increase was driven by Russia's
full-scale invasion of Ukraine in February 2022 and by the rearmament of states on the eastern
flank of the North Atlantic Treaty Organization (NATO).</p>
<p>Ukraine became the world's largest importer of major arms in 2020–24, receiving 8.8 per cent of
global imports. Poland was the sixth largest importer globally.</p>
<p>The United States accounted for 58 per cent of arms imports by the region's NATO members, up
from 44 per cent in 2015–19. South Korea emerged as the second largest supplier to the region.</p>
<p>This fact sheet is based on data from the SIPRI Arms Transfers Database, which measures the
volume of deliveries using the SIPRI trend-indicator value (TIV).</p>
</div>
<div class="right">
<h2>Ukraine</h2>
<p>Ukraine imported very few major arms before 2022. Since the start of the full-scale invasion,
at least 35 states have delivered major arms to Ukraine, mainly as military aid. As a result,
Ukraine's arms imports in 2020–24 were nearly 100 times higher than in 2015–19.</p>
<p>The USA supplied 45 per cent of Ukraine's arms imports in 2020–24, followed by Germany (12 per
cent) and Poland (11 per cent). Deliveries included 31 M1A1 Abrams tanks, more than 300 armoured
vehicles of various types, air defence systems such as Patriot, NASAMS and IRIS-T SLM, and some
200 artillery pieces. In 2024 the first F-16 combat aircraft, transferred from Denmark and the
Netherlands, arrived in Ukraine.</p>
<h2>Poland</h2>
<p>Poland's arms imports in 2020–24 were 4.3 times higher than in 2015–19. In 2022 and 2023 Poland
signed framework agreements with South Korea for 1000 K2 tanks, 672 K9 self-propelled howitzers,
288 Chunmoo multiple rocket launchers and 48 FA-50 combat aircraft, of which 270 weapon systems
had been delivered by the end of 2024. Poland also received 116 used M1A1 Abrams tanks and the
first batches of 250 new M1A2 tanks from the USA.</p>
<p>South Korea accounted for 36 per cent of Polish imports in 2020–24 and the USA for 46 per cent.
Outstanding orders, including 96 AH-64E combat helicopters and 32 F-35A combat aircraft, mean that
Poland's imports will remain high over the next five years.</p>
<h2>Other states in the region</h2>
<p>Hungary's arms imports increased by 72 per cent between the two periods, mainly due to
deliveries of Leopard 2A7 tanks and Lynx infantry fighting vehicles from Germany. Romania's
imports grew by 41 per cent, including second-hand F-16 combat aircraft from Norway. The Baltic
states together increased their imports by 153 per cent, with the largest deliveries consisting of
HIMARS rocket launchers and NASAMS air defence systems.</p>
<p>In contrast, arms imports by Serbia fell by 28 per cent, despite deliveries of combat aircraft
and air defence systems from China, and Belarus received only limited quantities of major arms
from Russia.</p>
</div>
</div>

<div class="tbl"><table><caption>Table 1. The largest importers of major arms in Central and
Eastern Europe, 2020–24</caption>
<tr><th>Rank</th><th>Importer</th><th class="n">Share of global arms imports, 2020–24 (%)</th><th
class="n">Change from 2015–19 (%)</th><th>Main supplier (share of importer's total, %)</th><th>2nd
main supplier (share, %)</th></tr>
<tr><td>1</td><td>Ukraine</td><td class="n">8.8</td><td class="n">9 627</td><td>USA
(45)</td><td>Germany (12)</td></tr>
<tr><td>2</td><td>Poland</td><td class="n">4.2</td><td class="n">330</td><td>USA
(46)</td><td>South Korea (36)</td></tr>
<tr><td>3</td><td>Hungary</td><td class="n">0.9</td><td class="n">72</td><td>Germany
(51)</td><td>Spain (17)</td></tr>
<tr><td>4</td><td>Romania</td><td class="n">0.7</td><td class="n">41</td><td>USA
(49)</td><td>Norway (22)</td></tr>
<tr><td>5</td><td>Czechia</td><td class="n">0.5</td><td class="n">118</td><td>Sweden
(40)</td><td>Israel (28)</td></tr>
<tr><td>6</td><td>Serbia</td><td class="n">0.4</td><td class="n">–28</td><td>China
(57)</td><td>Russia (26)</td></tr>
<tr><td>7</td><td>Lithuania</td><td class="n">0.3</td><td class="n">164</td><td>USA
(62)</td><td>Norway (19)</td></tr>
</table><div class="note">Note: Percentages are based on SIPRI trend-indicator values and may not
add up because of the conventions of rounding.<br>Source: SIPRI Arms Transfers Database, Mar.
2025.</div></div>

<div class="cols2">
<h2>Suppliers to the region</h2>
<p>Arms exports from European suppliers to Central and Eastern Europe increased by 118 per cent
between 2015–19 and 2020–24. Germany was the largest European supplier, accounting for 19 per cent
of the region's imports, followed by France and Sweden. The rising share of South Korea, which had
no significant presence in the regional market before 2022, reflects the ability of its industry
to deliver large numbers of tanks and artillery quickly.</p>
<p>Russia's arms exports to the region, by contrast, fell by 87 per cent, and in 2024 Belarus was
the only recipient of Russian major arms in Europe.</p>
<h2>Outlook</h2>
<p>Most states in the region have announced further large increases in military spending and have
outstanding orders for major arms. The European Union's SAFE loan instrument and the European
Defence Industrial Strategy may increase the share of European suppliers in future years, but the
volume of pending orders with US and South Korean suppliers suggests that their dominance will
continue at least until 2030.</p>
</div>

<div class="about"><p><b>ABOUT THE AUTHORS</b></p>
<p>Mathilde Kernéis is a Researcher in the SIPRI Arms Transfers Programme. Tomáš Havlíček is a
Senior Researcher in the SIPRI Military Expenditure and Arms Production Programme. Lin Xiaoyu is a
Research Assistant in the SIPRI Arms Transfers Programme.</p></div>
<div class="back"><b>STOCKHOLM INTERNATIONAL PEACE RESEARCH INSTITUTE</b><br>SIPRI is an
independent international institute dedicated to research into conflict, armaments, arms control
and disarmament. Established in 1966, SIPRI provides data, analysis and recommendations, based on
open sources, to policymakers, researchers, media and the interested public.<br>Signalistgatan 9,
SE-169 72 Solna, Sweden · Telephone: +46 8 655 97 00 · Email: sipri@sipri.org · Internet:
www.sipri.org<br>© SIPRI 2025</div>
</body></html>

""",
        (
            "Trends in International Arms Transfers to Central and Eastern Europe, 2020–24",
            ("Mathilde Kernéis", "Tomáš Havlíček", "Lin Xiaoyu"),
            "2025-04",
        ),
    ),
    "cfr_taiwan": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Backgrounder</title>
<style>
@page{size:A4;margin:16mm 18mm 20mm 18mm;
@top-left{content:""}@bottom-left{content:"Council on Foreign Relations · Backgrounder";
font-family:"DejaVu Sans";font-size:7pt;color:#777}@bottom-right{content:counter(page) " / "
counter(pages);font-family:"DejaVu Sans";font-size:7pt;color:#777}}
body{font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.55;color:#1d1d1d;margin:0}
.nav{display:flex;justify-content:space-between;align-items:center;border-bottom:4px solid
#0a2240;padding-bottom:6pt}
.cfr{font-family:"DejaVu Serif";font-size:13pt;letter-spacing:0.5pt;color:#0a2240}
.cfr b{font-family:"DejaVu Sans";font-size:16pt;margin-right:6pt;background:#0a2240;color:#fff;
padding:1pt 5pt}
.topics{font-family:"DejaVu Sans";font-size:7pt;color:#666;text-transform:uppercase;
letter-spacing:1pt}
.kick{font-family:"DejaVu Sans";font-size:8pt;font-weight:bold;letter-spacing:1.5pt;
text-transform:uppercase;color:#b51d24;margin:20pt 0 6pt 0}
h1{font-family:"DejaVu Serif";font-size:24pt;line-height:1.18;margin:0 0 10pt 0;color:#0a2240;
font-weight:bold}
.upd{font-family:"DejaVu Sans";font-size:8pt;color:#555;margin-bottom:4pt}
.auth{font-family:"DejaVu Sans";font-size:8.5pt;color:#222;margin-bottom:18pt}
.auth span{display:block;font-size:7pt;text-transform:uppercase;letter-spacing:1pt;color:#777;
margin-bottom:1pt}
.wrap{display:flex;gap:18pt}
.side{width:150pt;flex:none;font-family:"DejaVu Sans";font-size:8pt;line-height:1.45}
.side .sum{background:#eef2f7;padding:9pt;border-top:3px solid #0a2240}
.side h3{font-size:8pt;text-transform:uppercase;letter-spacing:1pt;margin:0 0 5pt 0;color:#0a2240}
.side ul{margin:0;padding-left:11pt}
.side li{margin-bottom:5pt}
.main{flex:1}
h2{font-family:"DejaVu Sans";font-size:11.5pt;color:#0a2240;margin:14pt 0 5pt 0}
.main h2:first-child{margin-top:0}
p{margin:0 0 8pt 0}
table{border-collapse:collapse;width:100%;font-family:"DejaVu Sans";font-size:7.8pt;margin:4pt 0
10pt 0}
th,td{border-bottom:1px solid #ccd3dc;padding:3pt 4pt;text-align:left}
th{background:#0a2240;color:#fff;font-weight:normal}
.src{font-family:"DejaVu Sans";font-size:7pt;color:#777;margin-top:-6pt;margin-bottom:10pt}
</style></head><body>
<div class="nav"><div class="cfr"><b>CFR</b>Council on Foreign Relations</div><div
class="topics">Asia · Taiwan · Defense and Security</div></div>
<div class="kick">Backgrounder</div>
<h1>How Is Taiwan Preparing Its Defenses?</h1>
<div class="upd">Last updated June 3, 2025 9:00 am (EST)</div>
<div class="auth"><span>Authors</span>Michael R. Donovan, Fellow for Asia Studies · Emma K. Liu,
Research Associate</div>
<div class="wrap">
<div class="side"><div class="sum"><h3>Summary</h3><ul>
<li>Taiwan has raised its defense spending for the ninth consecutive year, but it still spends
less relative to GDP than many U.S. officials would like.</li>
<li>A large share of the weapons Taiwan has bought from the United States has not yet been
delivered.</li>
<li>Taipei is shifting toward an "asymmetric" strategy built on mobile missiles, drones, and
reserve forces.</li>
</ul></div></div>
<div class="main">
<h2>Introduction</h2>
<p>For decades, Taiwan's defense planning rested on the assumption that the People's Liberation
Army (PLA) lacked the ability to carry out a successful invasion across the 130-kilometer-wide
Taiwan Strait. That assumption no longer holds. The PLA has expanded its navy to more than 370
ships, conducted large-scale exercises around the island after the inauguration of President Lai
Ching-te in May 2024, and, according to U.S. officials, been instructed by Xi Jinping to be ready
to take Taiwan by force by 2027. Taiwan's government has responded by increasing spending,
extending conscription, and rethinking the kind of war it would fight.</p>
<h2>How much does Taiwan spend?</h2>
<p>Taiwan's total defense budget for 2025 is <span style="white-space:nowrap">NT$647
billion</span>, or about $19.7 billion, including special budgets for fighter jets and naval
vessels. That amounts to roughly 2.45 percent of GDP, up from 1.7 percent in 2016. In February
2025, President Lai announced that he would seek to raise defense spending above 3 percent of GDP
through a further special budget, a goal the opposition Kuomintang, which controls the legislature
together with the Taiwan People's Party, has been reluctant to support. In January the legislature
froze or cut <span style="white-space:nowrap">about NT$9 billion</span> of the ministry's
requests, including funds for the domestic submarine program.</p>
<table><tr><th>Year</th><th>Defense budget (NT$ bn)</th><th>Share of GDP</th></tr>
<tr><td>2016</td><td>321</td><td>1.70%</td></tr>
<tr><td>2020</td><td>453</td><td>2.31%</td></tr>
<tr><td>2023</td><td>586</td><td>2.38%</td></tr>
<tr><td>2025</td><td>647</td><td>2.45%</td></tr></table>
<div class="src">Source: Taiwan Ministry of National Defense; CFR calculations.</div>
<h2>Why are U.S. arms slow to arrive?</h2>
<p>The United States is Taiwan's only significant arms supplier. Under the Taiwan Relations Act of
1979, Washington has committed to providing Taiwan with weapons of a defensive character. However,
deliveries have fallen far behind schedule: the backlog of U.S. arms sales to Taiwan reached <span
style="white-space:nowrap">$21.5 billion</span> in early 2025, according to the Taiwan Security
Monitor. The delays affect items such as F-16 Block 70 fighters, Harpoon coastal defense systems,
and Stinger missiles, many of which are also in demand for Ukraine and for replenishing U.S.
stocks.</p>
<p>Congress has tried to accelerate deliveries. The Taiwan Enhanced Resilience Act of 2022
authorized up to $2 billion a year in Foreign Military Financing for Taiwan, and in 2023 President
Joe Biden used presidential drawdown authority for the first time to send $345 million worth of
equipment from U.S. stocks. The second Trump administration has so far maintained these programs,
while pressing Taipei to spend considerably more on its own defense.</p>
<h2>What is the "porcupine" strategy?</h2>
<p>Rather than matching China ship for ship, Taiwan is trying to make an invasion too costly to
attempt. This approach, sometimes called the porcupine strategy, emphasizes large numbers of
small, mobile, and survivable systems: HIMARS rocket launchers, of which Taiwan has ordered 29,
coastal anti-ship missiles, naval mines, and thousands of commercial and military drones. In 2024
Taiwan also extended compulsory military service from four months to one year, and it is
reorganizing its reserves so that they can defend critical infrastructure within hours of
mobilization.</p>
<p>Skeptics note that Taiwan continues to buy expensive platforms such as tanks and submarines,
and that the island's energy dependence makes it vulnerable to a blockade rather than an invasion.
About 97 percent of Taiwan's energy is imported, and its stocks of liquefied natural gas would
last only around eleven days.</p>
<h2>What comes next?</h2>
<p>The outcome of the budget dispute in Taipei and the pace of U.S. deliveries will shape whether
Taiwan can present a credible deterrent by the end of the decade. Much will also depend on allies:
Japan's 2022 security strategy described a Taiwan contingency as a matter of direct concern, and
the Philippines has expanded U.S. access to bases close to the Bashi Channel.</p>
</div>
</div>
</body></html>

""",
        (
            "How Is Taiwan Preparing Its Defenses?",
            ("Michael R. Donovan", "Emma K. Liu"),
            "2025-06-03",
        ),
    ),
    "icds_narva": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ICDS Brief</title>
<style>
@page{size:A4;margin:18mm 18mm 20mm 18mm;
@top-left{content:""}@bottom-left{content:"ICDS Brief | The Narva Line";font-family:"DejaVu Sans";
font-size:7pt;color:#555}@bottom-right{content:counter(page);font-family:"DejaVu Sans";
font-size:8pt;font-weight:bold;color:#0b4a7d}}
body{font-family:"DejaVu Serif";font-size:9.2pt;line-height:1.5;color:#1b1b1b;margin:0}
.head{display:flex;justify-content:space-between;align-items:flex-start;margin-bottom:22pt}
.logo{font-family:"DejaVu Sans";color:#0b4a7d}
.logo b{font-size:24pt;letter-spacing:2pt;display:block;line-height:1}
.logo span{font-size:6.5pt;letter-spacing:0.6pt;text-transform:uppercase;display:block;
margin-top:3pt}
.type{font-family:"DejaVu Sans";text-align:right;color:#0b4a7d}
.type .b{font-size:14pt;font-weight:bold;letter-spacing:4pt}
.type .d{font-size:8.5pt;letter-spacing:1pt;margin-top:2pt}
.t1{font-family:"DejaVu Sans";font-size:15pt;color:#0b4a7d;font-weight:bold;margin:0}
.t2{font-family:"DejaVu Sans";font-size:25pt;line-height:1.12;font-weight:bold;margin:2pt 0 12pt
0;color:#111}
.au{font-family:"DejaVu Sans";font-size:9.5pt;color:#333;margin-bottom:16pt;padding-bottom:10pt;
border-bottom:1px solid #0b4a7d}
.cols{column-count:2;column-gap:26pt;text-align:justify}
.cols p{margin:0 0 7pt 0}
.cols h2{font-family:"DejaVu Sans";font-size:10pt;color:#0b4a7d;margin:10pt 0 4pt 0;
break-after:avoid}
.intro{font-family:"DejaVu Sans";font-size:10pt;font-weight:bold;line-height:1.45;
margin-bottom:14pt;color:#0b4a7d}
.pq{column-span:all;margin:10pt 40pt 12pt 40pt;padding:8pt 0;border-top:2px solid #0b4a7d;
border-bottom:2px solid #0b4a7d;font-family:"DejaVu Serif";font-style:italic;font-size:13pt;
line-height:1.35;text-align:center;color:#0b4a7d}
sup{font-size:6.5pt;line-height:0}
.fn{margin-top:14pt;border-top:1px solid #999;padding-top:6pt;font-family:"DejaVu Sans";
font-size:7pt;line-height:1.4;color:#444}
.fn p{margin:0 0 2pt 0}
.box{background:#e8eff6;padding:8pt 10pt;margin:4pt 0 9pt 0;font-family:"DejaVu Sans";
font-size:8.3pt;break-inside:avoid}
.box b{color:#0b4a7d}
.box ul{margin:4pt 0 0 0;padding-left:12pt}
</style></head><body>
<div class="head">
<div class="logo"><b>ICDS</b><span>International Centre for Defence and Security</span><span>Eesti
· Estonia</span></div>
<div class="type"><div class="b">BRIEF</div><div class="d">MAY 2025</div></div>
</div>
<div class="t1">The Narva Line:</div>
<div class="t2">Fortifying Estonia's Eastern Border</div>
<div class="au">Maarja Tamm, Pieter van der Linde and Tõnis Kask</div>
<div class="intro">Estonia has begun building the first bunkers of the Baltic Defence Line. The
project is a visible signal of deterrence, but its value will depend on whether obstacles,
firepower and troops can be brought together in time.</div>
<div class="cols">
<h2>Background</h2>
<p>In January 2024 the defence ministers of Estonia, Latvia and Lithuania agreed to build a common
line of fortifications along their borders with Russia and Belarus.<sup>1</sup> The decision
reflected lessons from Ukraine, where prepared defensive positions, minefields and anti-tank
obstacles slowed the Russian advance in 2023 more than any other factor. Estonia's share of the
Baltic Defence Line covers its 294-kilometre land border with Russia, most of which runs along the
Narva river and Lake Peipus.</p>
<p>The Estonian Centre for Defence Investment signed the first construction contracts in the
spring of 2024. The first phase provides for <span style="white-space:nowrap">620 concrete
bunkers</span> of about 35 square metres each, at a total cost of €61.4 million. Each bunker is
designed to protect a squad of ten soldiers against a direct hit from a 152mm artillery
shell.<sup>2</sup> Construction began in August 2024 near Vaivara, and the first 28 bunkers were
handed over to the Defence Forces in October.</p>
<h2>Why Narva matters</h2>
<p>The city of Narva, with 53,600 inhabitants, lies directly on the border opposite the Russian
town of Ivangorod. It is the third-largest city in Estonia and has a population of which <span
style="white-space:nowrap">87 percent speak Russian</span> as their first language.<sup>3</sup>
Russian officials have repeatedly questioned the legitimacy of the border, and in May 2024 the
Russian Border Guard removed about 50 buoys that Estonia had placed on the Narva river to mark the
fairway.</p>
<p>For planners, Narva is both a political vulnerability and a military one. The terrain between
the river and the town of Jõhvi is flat and open, and offers few natural obstacles. The main road
and railway to Tallinn run through this corridor, which is no more than 45 kilometres wide between
the Gulf of Finland and the swamps of Alutaguse.</p>
</div>
<div class="pq">“A line of bunkers without the troops to man them is only a line on a map.”</div>
<div class="cols">
<h2>From concrete to capability</h2>
<p>Bunkers alone do not stop an attacker. The Estonian plan therefore also includes stockpiles of
dragon's teeth, anti-tank ditches and barbed wire, stored close to the border so that they can be
deployed within days in a crisis. Mines will not be laid in peacetime, but the decision to leave
the Ottawa Convention on anti-personnel mines, announced jointly by Estonia, Latvia, Lithuania and
Poland in March 2025, indicates how seriously the threat is now taken.<sup>4</sup></p>
<div class="box"><b>Key figures</b><ul><li>Land border with Russia: 294 km</li><li>Wartime
structure of the Defence Forces: 43,700</li><li>Cost of phase one: €61.4 million</li><li>Estonian
defence spending 2025: 3.4% of GDP</li></ul></div>
<p>Manning the line is a greater challenge. The Estonian Defence Forces can mobilise a wartime
structure of about 43,700 personnel, but only the 1st Infantry Brigade is permanently stationed in
the north-east. The new Estonian Division, established in 2023, is meant to command national and
allied units in the area, including the British-led NATO forward land forces battlegroup at
Tapa.</p>
<h2>Recommendations</h2>
<p>First, Estonia should publish a clear timeline for the second and third phases of the line,
which are not yet funded. Second, the three Baltic states should harmonise their designs and
procurement, so that bunkers and obstacles can be produced jointly and more cheaply. Third,
allies, and Germany in particular, should consider contributing engineering units to exercises on
the line, so that the fortifications are tested with the forces that would defend them.</p>
</div>
<div class="fn">
<p>1 Joint statement of the Ministers of Defence of Estonia, Latvia and Lithuania, Riga, 19
January 2024.</p>
<p>2 Estonian Centre for Defence Investment, “Baltic Defence Line: Technical Requirements for
Bunkers”, Tallinn, March 2024.</p>
<p>3 Statistics Estonia, Population and Housing Census 2021, table RL21429.</p>
<p>4 Ministry of Defence of the Republic of Estonia, press release, 18 March 2025.</p>
</div>
</body></html>

""",
        (
            "The Narva Line: Fortifying Estonia's Eastern Border",
            ("Maarja Tamm", "Pieter van der Linde", "Tõnis Kask"),
            "2025-05",
        ),
    ),
    "ies_gaz": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Komentarze IEŚ 1387</title>
<style>
@page{size:A4;margin:20mm 22mm 22mm 22mm;
@top-left{content:""}@top-right{content:"Komentarze IEŚ nr 1387 (112/2025)";
font-family:"DejaVu Sans";font-size:7.5pt;
color:#8a1c2b}@bottom-center{content:"www.ies.lublin.pl";font-family:"DejaVu Sans";
font-size:7.5pt;color:#777}@bottom-right{content:counter(page);font-family:"DejaVu Sans";
font-size:8pt}}
@page:first{@top-right{content:""}}
body{font-family:"DejaVu Serif";font-size:10pt;line-height:1.55;color:#1a1a1a;margin:0}
.top{display:flex;justify-content:space-between;align-items:center;margin-bottom:18pt}
.logo{display:flex;align-items:center;gap:8pt}
.sq{width:34pt;height:34pt;background:#8a1c2b;color:#fff;font-family:"DejaVu Sans";
font-weight:bold;font-size:13pt;display:flex;align-items:center;justify-content:center}
.lt{font-family:"DejaVu Sans";font-size:8pt;line-height:1.25;color:#333;text-transform:uppercase;
letter-spacing:0.5pt}
.nr{font-family:"DejaVu Sans";font-size:9pt;text-align:right;color:#333;line-height:1.4}
.nr b{color:#8a1c2b;font-size:11pt}
.bar{height:3pt;background:#8a1c2b;margin-bottom:16pt}
h1{font-family:"DejaVu Sans";font-size:20pt;line-height:1.2;margin:0 0 16pt 0;color:#8a1c2b}
.lead{font-family:"DejaVu Sans";font-size:9.5pt;font-weight:bold;line-height:1.5;
margin-bottom:14pt;border-left:3pt solid #8a1c2b;padding-left:10pt}
h2{font-family:"DejaVu Sans";font-size:11pt;margin:14pt 0 5pt 0}
p{margin:0 0 7pt 0;text-align:justify}
.autor{margin-top:18pt;border-top:1px solid #8a1c2b;padding-top:8pt;font-family:"DejaVu Sans";
font-size:8.5pt;line-height:1.45;display:flex;gap:12pt}
.ph{width:40pt;height:48pt;background:#d9d3cf;flex:none}
.note{margin-top:14pt;font-family:"DejaVu Sans";font-size:7pt;color:#777;line-height:1.4}
</style></head><body>
<div class="top">
<div class="logo"><div class="sq">IEŚ</div><div
class="lt">Instytut<br>Europy<br>Środkowej</div></div>
<div class="nr"><b>Komentarze IEŚ</b><br>nr 1387 (112/2025)<br>18 czerwca 2025</div>
</div>
<div class="bar"></div>
<h1>Węgry i Słowacja wobec unijnego zakazu importu rosyjskiego gazu</h1>
<div class="lead">Komisja Europejska przedstawiła projekt rozporządzenia, które do końca 2027 r.
ma całkowicie wyeliminować rosyjski gaz z rynku Unii. Budapeszt i Bratysława zapowiadają sprzeciw,
ale – inaczej niż w przypadku sankcji – nie mogą zablokować regulacji przyjmowanej większością
kwalifikowaną.</div>

<h2>Projekt Komisji</h2>
<p>Komisja Europejska 17 czerwca 2025 r. przedstawiła projekt rozporządzenia w sprawie stopniowego
wygaszania importu rosyjskiego gazu ziemnego i skroplonego gazu ziemnego (LNG). Zgodnie z
propozycją od 1 stycznia 2026 r. zakazane będzie zawieranie nowych kontraktów, kontrakty
krótkoterminowe zawarte przed 17 czerwca 2025 r. będą mogły być realizowane do 17 czerwca 2026 r.,
a kontrakty długoterminowe – do końca 2027 r. Regulacja opiera się na przepisach dotyczących
polityki handlowej, dlatego do jej przyjęcia wystarczy większość kwalifikowana w Radzie UE i zgoda
Parlamentu Europejskiego.</p>
<p>W 2024 r. rosyjski gaz stanowił jeszcze około 19 proc. importu tego surowca do UE, z czego
mniej więcej połowa trafiała do Unii w postaci LNG, głównie do Francji, Hiszpanii i Belgii. Po
wygaśnięciu umowy tranzytowej przez Ukrainę 1 stycznia 2025 r. jedyną drogą lądową dostaw pozostał
gazociąg TurkStream, z którego korzystają przede wszystkim Węgry, Słowacja, Serbia i Grecja.</p>

<h2>Węgry: „zamach na suwerenność energetyczną”</h2>
<p>Rząd Viktora Orbána od początku traktuje plan Komisji jako zagrożenie dla bezpieczeństwa
energetycznego kraju. W 2024 r. Węgry sprowadziły gazociągiem TurkStream <span
style="white-space:nowrap">7,5 mld m sześc.</span> rosyjskiego gazu, co odpowiadało ponad 80 proc.
krajowego zużycia. Piętnastoletni kontrakt zawarty przez państwową spółkę MVM z Gazpromem we
wrześniu 2021 r. przewiduje dostawy 4,5 mld m sześc. rocznie, a w 2023 r. strony uzgodniły jego
rozszerzenie o dodatkowe wolumeny.</p>
<p>Minister spraw zagranicznych Péter Szijjártó określił projekt jako „zamach na suwerenność
energetyczną” i zapowiedział skargę do Trybunału Sprawiedliwości UE. Węgierski rząd argumentuje,
że dywersyfikacja przez Rumunię i Chorwację jest ograniczona przepustowością połączeń: terminal
LNG na wyspie Krk może zapewnić Węgrom najwyżej 1 mld m sześc. rocznie, a import z rumuńskiego
złoża Neptun Deep będzie możliwy dopiero od 2027 r.</p>
<p>Ocena ta jest jednak przesadzona. Operator FGSZ rozbudował w ostatnich latach połączenia z
Austrią i Słowenią, a MOL i MVM podpisały w 2024 r. kontrakty na dostawy LNG z Azerbejdżanu i
Kataru. Bardziej prawdopodobne jest więc, że Budapeszt wykorzysta spór do negocjacji innych spraw,
w tym odblokowania zamrożonych środków z funduszy spójności.</p>

<h2>Słowacja: między Brukselą a Gazpromem</h2>
<p>Słowacja jest w trudniejszym położeniu prawnym. Kontrakt spółki SPP z Gazpromem <span
style="white-space:nowrap">obowiązuje do 2034 r.</span> i zawiera klauzulę „bierz lub płać”, która
przy jednostronnym zerwaniu mogłaby narazić słowacką spółkę na odszkodowanie szacowane przez jej
zarząd na 16–20 mld euro. Premier Robert Fico zażądał, aby Komisja przedstawiła mechanizm prawny
chroniący przedsiębiorstwa przed takimi roszczeniami, i zagroził blokowaniem kolejnych pakietów
sankcji.</p>
<p>Od stycznia 2025 r. rosyjski gaz dociera na Słowację przez Węgry, a jego ilość spadła do około
3 mld m sześc. rocznie. SPP zaczęła jednocześnie kupować gaz od azerskiego SOCAR oraz korzystać z
rezerwacji przepustowości w Polsce, co pokazuje, że dywersyfikacja jest technicznie możliwa.</p>

<h2>Wnioski</h2>
<p>Przyjęcie rozporządzenia większością kwalifikowaną oznacza, że Węgry i Słowacja stracą
instrument weta, z którego korzystały przy sankcjach. Można jednak oczekiwać, że oba państwa będą
opóźniać prace w Radzie i wykorzystywać temat w polityce wewnętrznej, zwłaszcza na Węgrzech przed
wyborami parlamentarnymi wiosną 2026 r. Dla Polski projekt jest korzystny: terminal w Świnoujściu
i gazociąg Baltic Pipe mogą stać się ważnym kierunkiem dostaw dla Słowacji, a w dalszej
perspektywie również dla Węgier.</p>

<div class="autor"><div class="ph"></div><div><b>Autor:</b> dr Aleksandra Kuźniar<br>Analityczka w
Zespole Środkowoeuropejskim Instytutu Europy Środkowej. Zajmuje się polityką energetyczną Węgier i
Słowacji oraz współpracą w ramach Grupy Wyszehradzkiej.</div></div>
<div class="note">Instytut Europy Środkowej, ul. Niecała 5, 20-080 Lublin · Komentarze IEŚ
wyrażają wyłącznie opinie autorów.</div>
</body></html>

""",
        (
            "Węgry i Słowacja wobec unijnego zakazu importu rosyjskiego gazu",
            ("Aleksandra Kuźniar",),
            "2025-06-18",
        ),
    ),
    "nupi_gas": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>NUPI Policy Brief 7/2025</title>
<style>
@page{size:A4;margin:22mm 24mm 24mm 24mm;
@top-left{content:""}@top-right{content:"NUPI Policy Brief 7 / 2025";font-family:"DejaVu Sans";
font-size:7.5pt;color:#7a7a7a}@bottom-left{content:"Norwegian Institute of International Affairs";
font-family:"DejaVu Sans";font-size:7.5pt;color:#7a7a7a}@bottom-right{content:counter(page);
font-family:"DejaVu Sans";font-size:8pt;color:#333}}
@page:first{@top-right{content:""}}
body{font-family:"DejaVu Serif";font-size:9.8pt;line-height:1.5;color:#111;margin:0}
.mast{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid
#c8102e;padding-bottom:6pt;margin-bottom:26pt}
.logo{font-family:"DejaVu Sans";font-weight:bold;font-size:26pt;letter-spacing:1pt;color:#c8102e;
line-height:1}
.logo small{display:block;font-size:7pt;letter-spacing:0.3pt;color:#555;font-weight:normal;
margin-top:3pt}
.series{font-family:"DejaVu Sans";font-size:9pt;text-align:right;color:#333}
.series b{font-size:11pt;color:#111}
h1{font-family:"DejaVu Sans";font-size:24pt;line-height:1.15;margin:0 0 12pt 0;font-weight:bold}
.by{font-family:"DejaVu Sans";font-size:10.5pt;margin:0 0 2pt 0}
.date{font-family:"DejaVu Sans";font-size:9pt;color:#666;margin-bottom:18pt}
.summary{background:#f3f0ee;padding:10pt 14pt;margin-bottom:16pt;font-family:"DejaVu Sans";
font-size:9.5pt;line-height:1.45}
.summary h3{margin:0 0 4pt 0;font-size:9.5pt;text-transform:uppercase;letter-spacing:0.8pt;
color:#c8102e}
h2{font-family:"DejaVu Sans";font-size:12.5pt;margin:16pt 0 5pt 0;color:#c8102e}
p{margin:0 0 8pt 0;text-align:justify}
ul{margin:0 0 8pt 0;padding-left:16pt}
li{margin-bottom:4pt}
.end{margin-top:20pt;border-top:1px solid #bbb;padding-top:8pt;font-family:"DejaVu Sans";
font-size:8pt;color:#555;line-height:1.4}
</style></head><body>
<div class="mast">
<div class="logo">NUPI<small>Norsk Utenrikspolitisk Institutt · Norwegian Institute of
International Affairs</small></div>
<div class="series"><b>Policy Brief</b><br>7 / 2025</div>
</div>
<h1>Europe's Northern Gas Lifeline</h1>
<div class="by">Ingrid Solheim and Henrik Aas-Bakke</div>
<div class="date">12 Mar 2025</div>
<div class="summary"><h3>Summary</h3>Since Russian pipeline supplies collapsed in 2022, Norway has
become the single most important source of natural gas for Europe. This brief examines how long
Norwegian production can stay at record levels, how exposed the offshore infrastructure is to
sabotage, and what Oslo and its European partners should do to keep the gas flowing through the
2030s.</div>

<h2>A record year on the Norwegian shelf</h2>
<p>Norway exported <span style="white-space:nowrap">119.4 billion cubic metres</span> of pipeline
gas in 2024, the highest volume ever recorded and almost 10 percent more than in 2021. Germany,
the United Kingdom, France and Belgium took the largest shares, while the Baltic Pipe to Poland,
opened in the autumn of 2022, carried close to 7 billion cubic metres. Norwegian deliveries now
account for about 31 percent of the gas consumed in the EU and the United Kingdom together.</p>
<p>The growth was made possible by a combination of decisions taken in the first months of the
war. In June 2022 the Ministry of Energy allowed operators to shift production from oil to gas at
the Oseberg and Heidrun fields, and it raised the annual production permit for Troll, the largest
field on the shelf, by 1.4 billion cubic metres. Maintenance at the Kollsnes and Nyhamna
processing plants was also rescheduled to the summer months, when European demand is lowest.</p>
<p>These measures cannot be repeated indefinitely. Most of the fields that came on stream in the
1990s are now in decline, and the new developments approved in 2022 and 2023, such as Yggdrasil
and Irpa, will mainly replace lost volumes rather than add to them. The Norwegian Offshore
Directorate expects total gas output to plateau until around 2030 and then fall by roughly a third
by 2040 unless new discoveries are made in the Barents Sea.</p>

<h2>Infrastructure under watch</h2>
<p>The Norwegian gas transport system consists of some 9,000 kilometres of subsea pipelines,
operated by Gassco, as well as processing plants at Kårstø, Kollsnes and Nyhamna. The sabotage of
the Nord Stream pipelines in September 2022 and the damage to the Balticconnector pipeline in
October 2023 made clear that such infrastructure is a target. Russian vessels registered as
fishing or research ships have been repeatedly observed near Norwegian installations.</p>
<p>Oslo has responded by tightening surveillance. Since the autumn of 2022 the Norwegian armed
forces, supported by British, German and French ships, have maintained a permanent naval presence
in the North Sea around the most important platforms. In January 2025 the government allocated
<span style="white-space:nowrap">NOK 2.3 billion</span> for seabed sensors along the Europipe II
and Langeled routes, to be installed over three years. The Norwegian Police Security Service has
also been given new powers to monitor the activity of foreign vessels inside the territorial
sea.</p>
<p>Yet the gas network remains only as secure as its weakest link. Around 40 percent of Norwegian
gas exports land at a handful of terminals in Germany and Belgium, which are protected by national
authorities with very different levels of capability. A single successful attack on the Emden or
Dornum terminals would take close to a fifth of Norwegian supplies offline for weeks.</p>

<h2>Europe's dependence and Norway's choices</h2>
<p>Norway's importance for Europe also brings political questions at home. The Labour-led
government has insisted that Norway does not profit from the war, but the state's revenues from
petroleum reached NOK 1,275 billion in 2022 and remained above NOK 800 billion in both 2023 and
2024. Critics in Poland and the Baltic states have called for a share of these windfall revenues
to be directed to Ukraine, and Norway's multi-year Nansen support programme for Ukraine was
increased to NOK 135 billion in response.</p>
<p>At the same time, Norway's climate policy points towards a gradual reduction of production. The
parties of the centre-left have agreed that no new exploration licences will be awarded in the
most environmentally sensitive areas of the Barents Sea before 2029. European buyers, for their
part, have been reluctant to sign contracts longer than ten years, given the EU's target of
reducing gas consumption in line with its 2040 climate goals.</p>

<h2>Recommendations</h2>
<ul>
<li>Norway and the EU should agree on a joint framework for the protection of critical undersea
infrastructure in the North Sea, including shared funding for surveillance.</li>
<li>Receiving states, in particular Germany and Belgium, should raise the protection of landing
terminals to the level already applied to Norwegian installations.</li>
<li>Oslo should speed up licensing in mature areas close to existing infrastructure, where new
volumes can be brought on stream within five years.</li>
<li>Long-term supply contracts of 10 to 15 years should be encouraged as a bridge to Europe's
energy transition, not treated as a contradiction of it.</li>
</ul>

<div class="end">Ingrid Solheim is a Senior Research Fellow in NUPI's Research Group on Security
and Defence. Henrik Aas-Bakke is a Research Fellow in the Research Group on Climate and
Energy.<br>NUPI Policy Briefs are short analyses of current policy issues. The views expressed are
those of the authors. © Norwegian Institute of International Affairs 2025 · ISSN 1894-650X</div>
</body></html>

""",
        (
            "Europe's Northern Gas Lifeline",
            ("Ingrid Solheim", "Henrik Aas-Bakke"),
            "2025-03-12",
        ),
    ),
    "rusi_shells": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RUSI Commentary</title>
<style>
@page{size:A4;margin:18mm 20mm 20mm 20mm;@top-left{content:""}@bottom-left{content:"rusi.org";
font-family:"DejaVu Sans";font-size:7.5pt;color:#666}@bottom-right{content:counter(page);
font-family:"DejaVu Sans";font-size:7.5pt;color:#666}}
body{font-family:"DejaVu Serif";font-size:10pt;line-height:1.55;color:#222;margin:0}
.brand{display:flex;justify-content:space-between;align-items:baseline;border-bottom:1px solid
#ccc;padding-bottom:6pt;margin-bottom:28pt}
.rusi{font-family:"DejaVu Sans";font-weight:bold;font-size:20pt;letter-spacing:3pt;color:#111}
.tag{font-family:"DejaVu Sans";font-size:7.5pt;color:#666;text-transform:uppercase;
letter-spacing:1pt}
.kicker{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold;color:#b3001b;
text-transform:uppercase;letter-spacing:1.5pt;margin-bottom:6pt}
h1{font-family:"DejaVu Serif";font-weight:normal;font-size:27pt;line-height:1.15;margin:0 0 12pt
0;color:#111}
.stand{font-family:"DejaVu Sans";font-size:11.5pt;line-height:1.45;color:#444;margin-bottom:14pt}
.meta{font-family:"DejaVu Sans";font-size:8.5pt;color:#333;border-top:1px solid #ddd;
border-bottom:1px solid #ddd;padding:6pt 0;margin-bottom:16pt;display:flex;
justify-content:space-between}
.meta b{color:#111}
.img{height:150pt;background:linear-gradient(160deg,#5b6a5a,#2f3a33);margin-bottom:4pt}
.cap{font-family:"DejaVu Sans";font-size:7.5pt;color:#666;margin-bottom:16pt}
p{margin:0 0 9pt 0}
h2{font-family:"DejaVu Sans";font-size:11pt;margin:16pt 0 6pt 0}
.bios{margin-top:20pt;border-top:2px solid #111;padding-top:10pt;font-family:"DejaVu Sans";
font-size:8.5pt;line-height:1.45}
.bio{display:flex;gap:10pt;margin-bottom:10pt}
.bio .ph{width:36pt;height:36pt;border-radius:18pt;background:#c9c9c9;flex:none}
.disc{font-family:"DejaVu Sans";font-size:7.5pt;color:#666;font-style:italic;margin-top:10pt}
</style></head><body>
<div class="brand"><div class="rusi">RUSI</div><div class="tag">Royal United Services Institute
for Defence and Security Studies</div></div>
<div class="kicker">RUSI Commentary</div>
<h1>Britain's Artillery Shell Gap Is Closing Too Slowly</h1>
<div class="stand">New factories promised in the Strategic Defence Review will not produce shells
at scale before the end of the decade. In the meantime, the British Army's ability to fight a
high-intensity war rests on stockpiles that were never rebuilt after the first deliveries to
Ukraine.</div>
<div class="meta"><span><b>Tom Harrow-Whitfield</b> and <b>Aisling de Búrca</b></span><span>3 June
2025</span></div>
<div class="img"></div>
<div class="cap">Image: Filling 155mm shells at a UK munitions plant. Image: Crown Copyright /
MOD</div>

<p>When the first British AS-90 self-propelled howitzers were handed over to Ukraine in early
2023, the Ministry of Defence described the transfer as a temporary gap in capability that would
be filled by new orders. More than two years later, the gap is still open. The army's remaining
artillery regiments depend on a stock of 155mm ammunition that, according to parliamentary
answers, is smaller than the quantity Ukraine fires in a fortnight.</p>
<p>The problem is not a lack of political will. The government has placed successive orders with
BAE Systems, which runs the only facility in the UK capable of filling large-calibre shells, and
it has committed to the construction of new production lines. The problem is time: the industrial
base was allowed to shrink for three decades, and rebuilding it requires energetics, skilled
workers and long-term contracts that cannot be conjured up in a single spending round.</p>

<h2>What the Review promised</h2>
<p>The Strategic Defence Review, published on 2 June 2025, devoted an entire chapter to munitions.
It set aside <span style="white-space:nowrap">£1.9 billion</span> for seven new energetics and
munitions factories, to be built in England, Scotland and Wales during this Parliament. It also
proposed an 'always on' production model, under which the MOD would guarantee a minimum volume of
orders for ten years in return for firms keeping production lines warm.</p>
<p>These are the right ideas. Yet the Review is vague about timelines, and none of the seven sites
has been selected. Experience elsewhere in Europe suggests that a new shell-filling plant takes
between three and four years from the investment decision to serial production. Rheinmetall's
plant in Unterlüß, announced in February 2024, is expected to reach full output only in 2027.</p>

<h2>Where production stands</h2>
<p>BAE Systems' plant at Glascoed in south Wales produced <span style="white-space:nowrap">about
28,000 155mm shells</span> in 2024, an eightfold increase compared with 2022 but still a fraction
of what a single Ukrainian brigade uses during an offensive. The company expects output to rise to
around 70,000 rounds a year once a second line opens in Washington, Tyne and Wear, in 2026. By
comparison, the EU as a whole aims to produce two million rounds annually by the end of 2025.</p>
<p>The bottleneck lies less in metal bodies than in explosives and propellant. The UK has had no
domestic production of nitrocellulose since the closure of the Bishopton factory in 2007 and
imports almost all of its RDX. The Review's promise of new energetics capacity is therefore the
most important commitment of all, but also the one with the longest lead time.</p>

<h2>Three steps to take now</h2>
<p>First, the MOD should sign multi-year contracts for 155mm ammunition before the new factories
are built, so that suppliers can invest in advance. Second, it should pursue joint procurement
with Germany and Norway, whose industries face similar bottlenecks, rather than trying to build a
complete national supply chain. Third, it should publish an annual munitions readiness statement
to Parliament, so that progress can be measured against clear targets. Without such steps, the
shell gap will still be open when the next Review is written.</p>

<div class="bios">
<div class="bio"><div class="ph"></div><div><b>Tom Harrow-Whitfield</b> is a Research Fellow in
Land Warfare at RUSI. He previously served for 12 years in the Royal Artillery.</div></div>
<div class="bio"><div class="ph"></div><div><b>Aisling de Búrca</b> is a Senior Research Fellow in
RUSI's Defence Industries and Society programme, where she leads work on munitions supply
chains.</div></div>
<div class="disc">The views expressed in this Commentary are the authors', and do not represent
those of RUSI or any other institution.</div>
</div>
</body></html>

""",
        (
            "Britain's Artillery Shell Gap Is Closing Too Slowly",
            ("Tom Harrow-Whitfield", "Aisling de Búrca"),
            "2025-06-03",
        ),
    ),
    "cnas_shoals": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CNAS Report</title>
<style>
@page{size:A4;margin:20mm 20mm 20mm 20mm;@top-left{content:"CNAS | Shoals and Red Lines";
font-family:"DejaVu Sans";font-size:7pt;color:#888;
letter-spacing:0.5pt}@top-right{content:"Indo-Pacific Security Program";font-family:"DejaVu Sans";
font-size:7pt;color:#888}@bottom-right{content:counter(page);font-family:"DejaVu Sans";
font-size:8pt;color:#333}@bottom-left{content:""}}
@page:first{margin:0;@top-left{content:""}@top-right{content:""}@bottom-right{content:""}}
body{font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.55;color:#222;margin:0}
.cover{width:210mm;height:297mm;box-sizing:border-box;background:#0f1e2e;color:#fff;padding:22mm
20mm;position:relative;break-after:page;font-family:"DejaVu Sans"}
.cover .logo{font-size:26pt;font-weight:bold;letter-spacing:6pt}
.cover .logo small{display:block;font-size:7pt;letter-spacing:1.5pt;font-weight:normal;
margin-top:4pt;color:#a9c1d9;text-transform:uppercase}
.cover .prog{margin-top:70mm;font-size:8.5pt;letter-spacing:2pt;text-transform:uppercase;
color:#f2a900}
.cover h1{font-family:"DejaVu Serif";font-size:44pt;line-height:1.05;font-weight:bold;margin:8pt 0
8pt 0}
.cover .sub{font-family:"DejaVu Serif";font-size:17pt;font-style:italic;color:#cdd9e5;
margin-bottom:30pt}
.cover .by{font-size:10pt;line-height:1.6;color:#fff}
.cover .stripe{position:absolute;left:20mm;right:20mm;bottom:22mm;border-top:1px solid #55708c;
padding-top:6pt;display:flex;justify-content:space-between;font-size:8.5pt;color:#a9c1d9}
.about{font-family:"DejaVu Sans";font-size:7.8pt;line-height:1.45;border:1px solid #c8d2dc;
padding:9pt 11pt;margin-bottom:16pt;display:grid;grid-template-columns:1fr 1fr;gap:8pt 16pt}
.about h3{grid-column:1 / span 2;margin:0;font-size:8.5pt;text-transform:uppercase;
letter-spacing:1pt;color:#0f1e2e}
.about b{color:#0f1e2e}
h2{font-family:"DejaVu Sans";font-size:12pt;color:#0f1e2e;margin:16pt 0 6pt 0;border-bottom:2px
solid #f2a900;padding-bottom:2pt;break-after:avoid}
p{margin:0 0 8pt 0;text-align:justify}
.callout{float:right;width:190pt;margin:2pt 0 8pt 14pt;background:#eef2f6;padding:9pt 10pt;
font-family:"DejaVu Sans";font-size:8pt;line-height:1.45}
.callout b{display:block;color:#0f1e2e;margin-bottom:3pt;text-transform:uppercase;
letter-spacing:0.8pt;font-size:7.8pt}
.ack{font-family:"DejaVu Sans";font-size:7.5pt;color:#555;border-top:1px solid #ccc;
padding-top:6pt;margin-top:16pt;line-height:1.45}
</style></head><body>
<div class="cover">
<div class="logo">CNAS<small>Center for a New American Security</small></div>
<div class="prog">Indo-Pacific Security Program · Report</div>
<h1>Shoals and Red Lines</h1>
<div class="sub">Managing Crises in the South China Sea</div>
<div class="by">Rebecca Okafor-Hayes, Daniel J. Whitcombe,<br>Lian Tran, and Samuel de la
Cruz</div>
<div class="stripe"><span>June 17, 2025</span><span>cnas.org</span></div>
</div>

<div class="about"><h3>About the Authors</h3>
<div><b>Rebecca Okafor-Hayes</b> is a Senior Fellow and Director of the Indo-Pacific Security
Program at CNAS. She previously served in the Office of the Secretary of Defense.</div>
<div><b>Daniel J. Whitcombe</b> is a Fellow with the Indo-Pacific Security Program, focusing on
maritime law enforcement and gray-zone coercion.</div>
<div><b>Lian Tran</b> is a Research Associate at CNAS, where she works on Southeast Asian security
and U.S. alliances.</div>
<div><b>Samuel de la Cruz</b> is an Adjunct Senior Fellow at CNAS and a retired captain of the
Philippine Navy.</div>
</div>

<h2>Executive Summary</h2>
<p>The South China Sea has become the most likely place for a military confrontation between the
United States and China. Unlike the Taiwan Strait, where both sides have strong incentives to
avoid a war, the disputes over Second Thomas Shoal, Scarborough Shoal and Sabina Shoal involve
daily encounters between Chinese and Philippine vessels, and thus frequent opportunities for
accidents and miscalculation. The 1951 Mutual Defense Treaty commits the United States to come to
the aid of the Philippines if its armed forces, public vessels or aircraft, including those of its
coast guard, are attacked anywhere in the South China Sea.</p>
<p>This report examines the pattern of Chinese coercion since 2023, assesses the crisis-management
mechanisms available, and recommends steps that Washington and Manila can take to deter escalation
without provoking it.</p>

<h2>The Pattern of Coercion</h2>
<div class="callout"><b>By the numbers</b>Chinese vessels near Second Thomas Shoal on an average
day in 2024: 11<br>Philippine resupply missions to the BRP Sierra Madre in 2024: 23<br>U.S.-funded
patrol boats delivered to the Philippine Coast Guard since 2023: 8</div>
<p>Since January 2024 the China Coast Guard has used water cannons against Philippine vessels
<span style="white-space:nowrap">at least 37 times</span> near Second Thomas Shoal and Scarborough
Shoal. The most serious incident took place on June 17, 2024, when Chinese personnel armed with
knives and axes boarded Philippine navy rubber boats near the BRP Sierra Madre, the grounded ship
that serves as a Philippine outpost on Second Thomas Shoal. A Filipino sailor lost a thumb in the
clash. China has also used military-grade lasers, dangerous maneuvers and, in August 2024, flares
fired from aircraft in the path of a Philippine air force plane.</p>
<p>The incidents follow a consistent logic. China seeks to demonstrate control over the features
it claims without crossing the threshold of an armed attack that could trigger the U.S. treaty
commitment. Its maritime militia, composed of fishing vessels under state direction, allows it to
swarm disputed areas while maintaining deniability.</p>
<p>Manila's response under President Ferdinand Marcos Jr. has been a policy of "transparency":
publicizing each incident with video footage and inviting journalists on coast guard missions.
This has won international sympathy, but it has not changed Chinese behavior on the water. In July
2024 the two governments reached a "provisional understanding" on resupply missions to the Sierra
Madre, which has so far reduced confrontations at Second Thomas Shoal, but not elsewhere.</p>

<h2>Alliance Tools</h2>
<p>The United States has strengthened its military presence in the Philippines. The Philippines
granted access to four additional sites under the Enhanced Defense Cooperation Agreement in April
2023, <span style="white-space:nowrap">bringing the total to nine</span>. In 2024 the U.S. Army
deployed a Typhon mid-range missile system to northern Luzon during the Salaknib exercise, and the
Balikatan exercise in April 2025 involved some 14,000 troops, the largest in its history. Japan
and the Philippines signed a Reciprocal Access Agreement in July 2024, which entered into force in
2025.</p>
<p>Yet deterrence in the gray zone requires different tools from deterrence against an invasion.
What is missing is an agreed understanding between Washington and Manila on which Chinese actions
would trigger treaty obligations, and a set of graduated responses short of armed force. The
United States has declared that an armed attack on a Philippine coast guard vessel falls under the
treaty, but it has not said whether water cannon attacks, boardings or blockades would qualify.</p>

<h2>Recommendations</h2>
<p>First, the United States and the Philippines should establish a standing bilateral
crisis-consultation mechanism that meets within hours of a serious incident, with a clear menu of
diplomatic, economic and military responses. Second, Washington should offer U.S. Coast Guard
escorts for selected Philippine resupply missions, as a visible but non-military signal of
commitment. Third, the allies should invest in persistent maritime domain awareness, including
commercial satellites and unmanned surface vessels, so that every Chinese action can be
documented. Fourth, the United States should encourage ASEAN members, in particular Vietnam,
Malaysia and Indonesia, to coordinate their responses to Chinese coercion in their own exclusive
economic zones.</p>
<p>Finally, both capitals should keep channels to Beijing open. The hotline agreed between the
Chinese and Philippine foreign ministries in 2023 has rarely been used in practice; making it work
should be a priority for the next round of bilateral consultations.</p>
<div class="ack">Acknowledgments: The authors are grateful to Colonel James T. Whitby (ret.),
Maria Santos-Lim and Kenji Arakawa for their comments on earlier drafts, and to Olivia Park for
research assistance. This report was made possible with general support to CNAS. The views
expressed are those of the authors alone. © 2025 Center for a New American Security. All rights
reserved.</div>
</body></html>

""",
        (
            "Shoals and Red Lines",
            ("Rebecca Okafor-Hayes", "Daniel J. Whitcombe", "Lian Tran", "Samuel de la Cruz"),
            "2025-06-17",
        ),
    ),
    "diis_greenland": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>DIIS Policy Brief</title>
<style>
@page{size:A4;margin:0}
body{font-family:"DejaVu Sans";font-size:9.4pt;line-height:1.55;color:#1e1e1e;margin:0}
.band{background:#004b5a;color:#fff;padding:16mm 20mm 12mm 20mm}
.band .row{display:flex;justify-content:space-between;align-items:flex-start;font-size:8pt;
letter-spacing:1.5pt;text-transform:uppercase}
.band .logo{font-size:22pt;font-weight:bold;letter-spacing:3pt;line-height:1}
.band .logo small{display:block;font-size:6.5pt;letter-spacing:1pt;font-weight:normal;
margin-top:4pt}
.band .pb{text-align:right;line-height:1.6}
.band .pb b{font-size:10pt}
.band h1{font-family:"DejaVu Serif";font-size:28pt;line-height:1.15;font-weight:normal;margin:26pt
0 10pt 0;max-width:150mm}
.band .lead{font-size:10.5pt;line-height:1.45;max-width:150mm;color:#d7eef2}
.wrap{padding:12mm 20mm 20mm 20mm;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.grid{display:flex;gap:18pt}
.main{flex:1}
.rec{width:165pt;flex:none;background:#e3f0f2;padding:10pt 11pt;font-size:8.2pt;line-height:1.45;
align-self:flex-start}
.rec h3{margin:0 0 6pt 0;font-size:8.5pt;text-transform:uppercase;letter-spacing:1pt;color:#004b5a}
.rec ul{margin:0;padding-left:11pt}
.rec li{margin-bottom:5pt}
h2{font-size:11pt;color:#004b5a;margin:14pt 0 5pt 0}
.main h2:first-child{margin-top:0}
p{margin:0 0 8pt 0}
.authors{margin-top:16pt;border-top:2px solid #004b5a;padding-top:8pt;font-size:8.3pt;
display:flex;gap:24pt}
.authors div{flex:1}
.authors b{color:#004b5a}
.colophon{margin-top:14pt;font-size:7pt;color:#666;line-height:1.45}
.pf{position:fixed;bottom:8mm;left:20mm;right:20mm;font-size:7pt;color:#888;display:flex;
justify-content:space-between;border-top:1px solid #cfd8da;padding-top:3pt}
</style></head><body>
<div class="pf"><span>DIIS · Danish Institute for International Studies</span><span>DIIS Policy
Brief · May 2025</span></div>
<div class="band">
<div class="row"><div class="logo">DIIS<small>Danish Institute for International
Studies</small></div><div class="pb"><b>Policy Brief</b><br>May 2025</div></div>
<h1>Greenland in the New Arctic Security Equation</h1>
<div class="lead">American pressure on Greenland has forced Denmark to spend more on Arctic
defence than at any time since the Cold War. Copenhagen now needs a strategy that answers
Washington's concerns without sidelining Nuuk.</div>
</div>
<div class="wrap">
<div class="grid">
<div class="main">
<h2>A changed strategic environment</h2>
<p>For most of the period after 1991, the Arctic was described in Danish policy documents as a
region of "low tension". That description no longer applies. Russia has reopened more than 50
Soviet-era military sites in its Arctic zone, the Northern Fleet has received new nuclear
submarines, and China has declared itself a "near-Arctic state" with ambitions for a Polar Silk
Road. At the same time, the United States has renewed its interest in Greenland, with President
Trump repeatedly stating in early 2025 that the island should become part of the United States.</p>
<p>Greenland's strategic value lies above all in its location. The island sits on the shortest
route for ballistic missiles between Russia and North America, and the radar at Pituffik Space
Base, formerly Thule Air Base, is a key element of the US early-warning system. <span
style="white-space:nowrap">Around 180 American personnel</span> are stationed at Pituffik,
compared with some 10,000 during the 1950s. The waters between Greenland, Iceland and the United
Kingdom, the so-called GIUK gap, are also the main passage for Russian submarines heading into the
Atlantic.</p>
<h2>Denmark's response</h2>
<p>In January 2025 the Danish government and a broad majority in the Folketing agreed on an Arctic
and North Atlantic defence package of <span style="white-space:nowrap">DKK 15.2 billion</span>,
negotiated with the governments of Greenland and the Faroe Islands. The package includes three new
Arctic inspection vessels, two long-range surveillance drones, an upgrade of the air base at
Kangerlussuaq and increased satellite capacity. A second agreement, announced in April 2025, added
funding for F-35 operations from Greenland and an Arctic training centre for the Danish
Defence.</p>
<p>The Joint Arctic Command in Nuuk, which currently has around 150 personnel, will be expanded
over the coming five years. Its main tasks remain sovereignty enforcement, search and rescue and
fisheries inspection, but it is also expected to play a larger role in allied surveillance of the
North Atlantic. The legendary Sirius sled patrol, which covers the 160,000 square kilometres of
the Northeast Greenland National Park, will receive new vehicles and communications equipment.</p>
<h2>The view from Nuuk</h2>
<p>For the government of Greenland, the new attention is both an opportunity and a risk.
Naalakkersuisut has welcomed investment in infrastructure, but it insists that decisions on
Greenland must be taken with Greenland. In the parliamentary election of 11 March 2025, the
pro-business Demokraatit party won 29.9 percent of the vote, and the new coalition under Premier
Jens-Frederik Nielsen has stated that independence remains a long-term goal but is not on the
immediate agenda.</p>
<p>Public opinion in Greenland is clearly opposed to joining the United States. A poll conducted
in January 2025 found that 85 percent of Greenlanders did not want the island to become part of
the US, while only 6 percent were in favour.</p>
<h2>Strategic choices for Copenhagen</h2>
<p>Denmark faces a delicate balancing act. It must demonstrate to Washington that it takes the
security of the Arctic seriously, while maintaining the trust of Greenlanders and the unity of the
Realm. The 1951 Defence Agreement with the United States already allows broad American military
activity on the island, and Copenhagen has signalled that it is open to discussing an expanded US
presence within that framework.</p>
</div>
<div class="rec"><h3>Recommendations</h3><ul>
<li>Involve Greenland's government in all decisions on new military infrastructure from the
planning stage.</li>
<li>Use the 1951 Defence Agreement as the basis for talks with Washington on additional US
capabilities.</li>
<li>Prioritise surveillance of the GIUK gap together with the UK, Norway and Iceland.</li>
<li>Link defence investments to civilian benefits such as ports, airports and broadband in
Greenland.</li>
<li>Strengthen Greenlandic recruitment to the Joint Arctic Command.</li>
</ul></div>
</div>
<div class="authors">
<div><b>Mette Kjær Lindholm</b>, Senior Researcher, DIIS<br>mkl@diis.dk</div>
<div><b>Jonas von der Recke</b>, Postdoc, DIIS<br>jvr@diis.dk</div>
</div>
<div class="colophon">Cover photo: Danish Navy inspection vessel off the coast of East Greenland.
© Danish Defence<br>DIIS · Danish Institute for International Studies · Gl. Kalkbrænderi Vej 51A,
DK-2100 Copenhagen · www.diis.dk<br>ISBN 97887-7236-184-2 (pdf) · DIIS publications can be
downloaded free of charge from www.diis.dk · © Copenhagen 2025, the authors and DIIS</div>
</div>
</body></html>

""",
        (
            "Greenland in the New Arctic Security Equation",
            ("Mette Kjær Lindholm", "Jonas von der Recke"),
            "2025-05",
        ),
    ),
    "iir_ammo": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IIR Policy Paper</title>
<style>
@page{size:A4;margin:17mm 17mm 19mm 17mm;
@top-left{content:""}@top-right{content:"IIR Policy Paper";font-family:"DejaVu Sans";
font-size:7pt;color:#999}@bottom-center{content:counter(page);font-family:"DejaVu Sans";
font-size:8pt;color:#333}}
@page:first{@top-right{content:""}}
body{font-family:"DejaVu Serif";font-size:9.3pt;line-height:1.5;color:#222;margin:0}
.top{display:flex;gap:12pt;align-items:center;margin-bottom:6pt}
.logo{width:44pt;height:44pt;border:3px solid #1f3f77;color:#1f3f77;font-family:"DejaVu Sans";
font-weight:bold;font-size:13pt;display:flex;align-items:center;justify-content:center;flex:none}
.inst{font-family:"DejaVu Sans";font-size:8pt;line-height:1.35;color:#1f3f77}
.inst b{font-size:9pt}
.strip{display:flex;justify-content:space-between;font-family:"DejaVu Sans";font-size:8pt;
text-transform:uppercase;letter-spacing:1.5pt;background:#1f3f77;color:#fff;padding:4pt 8pt;
margin:10pt 0 20pt 0}
h1{font-family:"DejaVu Sans";font-size:22pt;line-height:1.18;margin:0 0 10pt 0;color:#1f3f77}
.au{font-family:"DejaVu Sans";font-size:9pt;font-weight:bold;letter-spacing:1.2pt;color:#555;
margin-bottom:16pt}
.exec{border-left:4px solid #d4a017;background:#f7f5ef;padding:9pt 12pt;font-family:"DejaVu Sans";
font-size:8.8pt;line-height:1.5;margin-bottom:16pt}
.exec b{display:block;text-transform:uppercase;letter-spacing:1pt;font-size:8pt;color:#1f3f77;
margin-bottom:3pt}
.exec ul{margin:4pt 0 0 0;padding-left:13pt}
.cols{column-count:2;column-gap:20pt;text-align:left}
.cols p{margin:0 0 7pt 0}
.cols h2{font-family:"DejaVu Sans";font-size:9.8pt;text-transform:uppercase;letter-spacing:0.8pt;
color:#1f3f77;margin:10pt 0 4pt 0;break-after:avoid}
.disc{margin-top:16pt;border-top:1px solid #ccc;padding-top:6pt;font-family:"DejaVu Sans";
font-size:7pt;color:#777;line-height:1.45}
</style></head><body>
<div class="top"><div class="logo">ÚMV</div><div class="inst"><b>Ústav mezinárodních vztahů
Praha</b><br>Institute of International Relations Prague</div></div>
<div class="strip"><span>Policy Paper</span><span>Published 22 April 2025</span></div>
<h1>Czech Ammunition Initiative: Lessons from Two Years of Delivery</h1>
<div class="au">JAN NOVOTNÝ &amp; PETRA DVOŘÁKOVÁ</div>
<div class="exec"><b>Key points</b><ul>
<li>The initiative has become the largest single channel of artillery ammunition to Ukraine from
outside the EU's own production.</li>
<li>Its success rests on access to non-European suppliers, flexible financing and a small,
fast-moving team in Prague.</li>
<li>The model should be institutionalised, but its reliance on opaque brokers and on a single
government's political will is a risk.</li>
</ul></div>
<div class="cols">
<h2>Origins</h2>
<p>The idea was presented by President Petr Pavel at the Munich Security Conference in February
2024. Czech officials had identified around 800,000 rounds of large-calibre ammunition, mostly of
Soviet 122mm and 152mm calibre and NATO 155mm calibre, available for purchase in third countries
that did not wish to sell directly to Ukraine. What was missing was the money and a trusted
intermediary. The Czech government offered to act as that intermediary, using state-owned and
private Czech defence companies such as Czechoslovak Group (CSG) to negotiate contracts and
organise transport.</p>
<p>Within weeks, Denmark, the Netherlands and Canada had pledged funding, and the first deliveries
arrived in Ukraine in June 2024. Financing came from <span style="white-space:nowrap">18 donor
states</span>, led by Denmark, the Netherlands and Germany, which together provided more than half
of the funds. In 2025 the initiative also began to use windfall profits from immobilised Russian
central bank assets, channelled through the European Peace Facility.</p>
<h2>What has been delivered</h2>
<p>By the end of March 2025 the initiative had delivered <span style="white-space:nowrap">1.6
million rounds</span> of large-calibre ammunition to Ukraine, according to figures presented by
the Ministry of Defence to the Chamber of Deputies. In the second half of 2024, deliveries
accounted for around half of all artillery ammunition Ukraine received from abroad. The average
price per 155mm round fell from about €4,000 in early 2024 to around €3,200 a year later, as
competition between suppliers increased and as European production expanded.</p>
<p>Ukrainian commanders have repeatedly described the supplies as critical in slowing Russia's
advance in the Donbas. There have, however, been complaints about quality. Some batches of
ammunition from older stocks had to be refurbished in Czech facilities, and a consignment of 122mm
shells delivered in the autumn of 2024 showed a failure rate considerably above the norm.</p>
<h2>Political risks</h2>
<p>The October 2025 parliamentary elections in Czechia are the biggest risk to the initiative.
Andrej Babiš, whose ANO movement leads in the polls, has criticised the scheme as non-transparent
and said that it should be handed over to NATO. Defence Minister Jana Černochová has responded
that the initiative is audited by the Supreme Audit Office and that the margins earned by Czech
companies are within normal commercial limits.</p>
<p>There are also legitimate questions about transparency. The identities of the supplying
countries and of many of the brokers involved remain confidential. While this discretion is a
condition of many deals, it makes parliamentary oversight difficult and may feed suspicion in the
Czech public, where support for military aid to Ukraine fell to 51 percent in a poll conducted in
March 2025.</p>
<h2>Recommendations</h2>
<p>First, the initiative should be given a permanent legal and institutional form, for example as
a multinational procurement office with a secretariat in Prague, so that it survives a change of
government. Second, donors should agree on a common audit standard that allows confidential
oversight by national parliaments. Third, the Czech government should use the experience gained to
help Ukraine's own defence industry, which already produces 122mm and 152mm ammunition, to obtain
raw materials such as nitrocellulose and TNT on international markets.</p>
</div>
<div class="disc">The Institute of International Relations Prague is a public research
institution. The views expressed in this Policy Paper are solely those of the authors and do not
represent the official position of the Institute or the Ministry of Foreign Affairs of the Czech
Republic. This paper was produced within the project "Czech Security Policy in a Changing Europe",
supported by the Technology Agency of the Czech Republic.</div>
</body></html>

""",
        (
            "Czech Ammunition Initiative: Lessons from Two Years of Delivery",
            ("Jan Novotný", "Petra Dvořáková"),
            "2025-04-22",
        ),
    ),
    "iz_bundeswehra_masthead": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Biuletyn Instytutu Zachodniego</title>
<style>
@page{size:A4;margin:0}
body{font-family:"DejaVu Serif";font-size:9.6pt;line-height:1.55;color:#1c1c1c;margin:0}
.page{width:210mm;height:297mm;box-sizing:border-box;padding:18mm 22mm 16mm 22mm;
position:relative;overflow:hidden;break-after:page}
.page:last-child{break-after:auto}
.rh{display:flex;justify-content:space-between;font-family:"DejaVu Sans";font-size:7.5pt;
color:#6b6b6b;border-bottom:1px solid #9c2b23;padding-bottom:3pt;margin-bottom:12pt}
.head{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px double
#9c2b23;padding-bottom:8pt;margin-bottom:18pt}
.iz{font-family:"DejaVu Serif";color:#9c2b23;line-height:1.15}
.iz b{font-size:15pt;letter-spacing:1pt;display:block}
.iz span{font-family:"DejaVu Sans";font-size:7pt;letter-spacing:1.5pt;text-transform:uppercase;
color:#555}
.nr{font-family:"DejaVu Sans";text-align:right;font-size:8.5pt;line-height:1.5;color:#333}
.nr b{font-size:11pt;color:#9c2b23;white-space:nowrap}
h1{font-size:20pt;line-height:1.22;margin:0 0 8pt 0;font-weight:bold}
.au{font-family:"DejaVu Sans";font-size:10pt;font-style:italic;margin-bottom:14pt;color:#444}
.ab{font-family:"DejaVu Sans";font-size:8.8pt;line-height:1.5;background:#f5efe9;padding:8pt 11pt;
margin-bottom:12pt}
h2{font-family:"DejaVu Sans";font-size:10.5pt;margin:12pt 0 4pt 0;color:#9c2b23}
p{margin:0 0 7pt 0;text-align:justify;text-indent:12pt}
h2+p{text-indent:0}
sup{font-size:6.5pt;line-height:0}
.fn{position:absolute;left:22mm;right:22mm;bottom:16mm;font-family:"DejaVu Sans";font-size:7pt;
line-height:1.4;color:#444;border-top:1px solid #888;padding-top:4pt}
.fn p{text-indent:0;margin:0 0 2pt 0;text-align:left}
.pn{position:absolute;bottom:8mm;left:0;right:0;text-align:center;font-family:"DejaVu Sans";
font-size:7.5pt;color:#666}
.red{font-family:"DejaVu Sans";font-size:7pt;color:#777;margin-top:14pt;line-height:1.45;
border-top:1px solid #ccc;padding-top:5pt}
</style></head><body>
<div class="page">
<div class="head">
<div class="iz"><span>Instytut Zachodni im. Zygmunta Wojciechowskiego</span><b>BIULETYN INSTYTUTU
ZACHODNIEGO</b></div>
<div class="nr"><b>Nr 612 (27/2025)</b><br>26 czerwca 2025 r.<br>ISSN 2450-5080</div>
</div>
<h1>Bundeswehra po reformie hamulca zadłużenia</h1>
<div class="au">dr Justyna Zielonka-Schulz</div>
<div class="ab">Zmiana Ustawy Zasadniczej przyjęta w marcu 2025 r. uwolniła Niemcy od ograniczeń
budżetowych w finansowaniu obronności. Nowy rząd Friedricha Merza zapowiada, że Bundeswehra stanie
się najsilniejszą armią konwencjonalną w Europie. Realizacja tego celu zależy jednak nie tylko od
pieniędzy, lecz także od rekrutacji żołnierzy i zdolności przemysłu zbrojeniowego.</div>
<h2>Reforma konstytucyjna</h2>
<p>Bundestag 18 marca 2025 r., jeszcze w starym składzie, przyjął zmianę Ustawy Zasadniczej,
zgodnie z którą wydatki na obronność przekraczające 1 proc. PKB nie są wliczane do limitu
zadłużenia wynikającego z tzw. hamulca zadłużenia (Schuldenbremse)<sup>1</sup>. Wyłączenie objęło
także wydatki na ochronę ludności cywilnej, służby wywiadowcze oraz pomoc dla państw zaatakowanych
z naruszeniem prawa międzynarodowego. Jednocześnie utworzono specjalny fundusz infrastrukturalny o
wartości 500 mld euro, rozłożony na dwanaście lat. Za zmianą głosowało 512 posłów, a trzy dni
później zaaprobował ją Bundesrat.</p>
<p>Reforma była możliwa dzięki porozumieniu CDU/CSU i SPD z Zielonymi, zawartemu jeszcze przed
ukonstytuowaniem się nowego Bundestagu, w którym AfD i Die Linke dysponują łącznie ponad jedną
trzecią mandatów, a więc mogłyby blokować zmiany konstytucji. Krytycy zarzucali koalicji, że omija
wolę wyborców, jednak Federalny Trybunał Konstytucyjny odrzucił wnioski o wstrzymanie
głosowania.</p>
<h2>Skala wydatków</h2>
<p>Według planu finansowego przyjętego przez rząd w czerwcu 2025 r. budżet federalny na obronność
ma wzrosnąć z 62,4 mld euro w 2025 r. do 152,8 mld euro w 2029 r., co odpowiadałoby 3,5 proc.
PKB<sup>2</sup>. Do tej kwoty należy doliczyć środki z funduszu specjalnego dla Bundeswehry o
wartości 100 mld euro, utworzonego w 2022 r., które zostaną w całości zakontraktowane do końca
2027 r. Niemcy staną się tym samym państwem o najwyższych wydatkach wojskowych w Europie.</p>
<p>Największe pozycje obejmują zakupy amunicji, systemów obrony powietrznej IRIS-T SLM i Patriot,
35 samolotów F-35A oraz nowych bojowych wozów piechoty Puma. Ministerstwo Obrony zapowiedziało też
uproszczenie procedur zamówień, w tym podniesienie progu, od którego wymagane jest zatwierdzenie
kontraktu przez komisję budżetową Bundestagu.</p>
<div class="fn">
<p><sup>1</sup> Gesetz zur Änderung des Grundgesetzes (Artikel 109, 115 und 143h), BGBl. 2025 I
Nr. 94.</p>
<p><sup>2</sup> Bundesministerium der Finanzen, Eckwerte zum Regierungsentwurf des Bundeshaushalts
2026 und zum Finanzplan bis 2029, Berlin 2025.</p>
</div>
<div class="pn">1</div>
</div>
<div class="page">
<div class="rh"><span>Biuletyn Instytutu Zachodniego nr 612 (27/2025)</span><span>Bundeswehra po
reformie hamulca zadłużenia</span></div>
<h2>Problem kadrowy</h2>
<p>Pieniądze nie rozwiązują problemu liczebności armii. Bundeswehra liczy obecnie około 181 tys.
żołnierzy zawodowych i kontraktowych, a jej średni wiek rośnie. Zgodnie z nowymi celami NATO
Niemcy powinny zwiększyć liczebność sił zbrojnych do <span style="white-space:nowrap">210 tys.
żołnierzy</span> do 2032 r., a w dalszej perspektywie zbudować rezerwę liczącą około 200 tys.
osób<sup>3</sup>. Minister obrony Boris Pistorius przedstawił projekt ustawy o nowej służbie
wojskowej, który przewiduje obowiązkowe ankiety dla wszystkich osiemnastolatków i dobrowolną
służbę zasadniczą trwającą co najmniej sześć miesięcy. Jeżeli liczba ochotników okaże się
niewystarczająca, ustawa ma umożliwić przywrócenie poboru, zawieszonego w 2011 r.</p>
<h2>Brygada na Litwie</h2>
<p>Symbolem nowej polityki jest 45. Brygada Pancerna, pierwsza niemiecka jednostka stacjonująca na
stałe poza granicami kraju. Brygada została formalnie powołana 1 kwietnia 2025 r. w Wilnie, a jej
uroczyste przedstawienie z udziałem kanclerza Merza odbyło się 22 maja. Docelowo ma liczyć około
4800 żołnierzy i 200 pracowników cywilnych i osiągnąć <span style="white-space:nowrap">pełną
gotowość bojową w 2027 r.</span> Litwa zobowiązała się sfinansować budowę koszar i poligonu w
Rudnikach, których koszt szacuje się na ponad 1 mld euro<sup>4</sup>.</p>
<h2>Wnioski dla Polski</h2>
<p>Wzrost niemieckich wydatków wojskowych leży w interesie Polski, ponieważ wzmacnia wschodnią
flankę NATO i zwiększa zdolność sojuszu do odstraszania Rosji. Jednocześnie może on zmienić układ
sił w europejskim przemyśle obronnym: niemieckie koncerny, takie jak Rheinmetall czy KNDS,
uzyskają stabilne zamówienia na lata, co utrudni konkurowanie polskim firmom. Warszawa powinna
dlatego zabiegać o udział polskiego przemysłu w programach realizowanych w ramach unijnego
instrumentu SAFE i w niemieckich zamówieniach, zwłaszcza w obszarze amunicji i obrony
powietrznej.</p>
<p>W wymiarze politycznym istotne będzie, czy wzrost wydatków przełoży się na gotowość Niemiec do
przyjęcia większej odpowiedzialności za bezpieczeństwo regionu. Deklaracje kanclerza Merza
wskazują na taką gotowość, ale ich realizacja będzie zależeć od stabilności koalicji CDU/CSU–SPD i
od sytuacji gospodarczej kraju.</p>
<div class="red">Instytut Zachodni im. Zygmunta Wojciechowskiego, ul. Mostowa 27A, 61-854 Poznań ·
www.iz.poznan.pl<br>Redakcja: Tomasz Mirowski (redaktor naczelny), Ewa Bagińska · Opinie zawarte w
Biuletynie wyrażają poglądy autorki.</div>
<div class="fn">
<p><sup>3</sup> Por. wystąpienie ministra B. Pistoriusa w Bundestagu, 5 czerwca 2025 r.</p>
<p><sup>4</sup> Ministerstwo Obrony Narodowej Republiki Litewskiej, komunikat z 1 kwietnia 2025
r.</p>
</div>
<div class="pn">2</div>
</div>
</body></html>

""",
        (
            "Bundeswehra po reformie hamulca zadłużenia",
            ("Justyna Zielonka-Schulz",),
            "2025-06-26",
        ),
    ),
    "pie_ukraina": (
        """\
<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Tygodnik Gospodarczy PIE</title>
<style>
@page{size:A4;margin:14mm 16mm 18mm 16mm;
@top-left{content:""}@bottom-left{content:"Tygodnik Gospodarczy PIE 23/2025";
font-family:"DejaVu Sans";font-size:7pt;color:#777}@bottom-right{content:counter(page);
font-family:"DejaVu Sans";font-size:8pt;color:#e4002b;font-weight:bold}}
body{font-family:"DejaVu Sans";font-size:9.2pt;line-height:1.5;color:#222;margin:0}
.mast{display:flex;align-items:stretch;border-bottom:1px solid #222;padding-bottom:8pt;
margin-bottom:14pt}
.pie{background:#e4002b;color:#fff;font-weight:bold;font-size:22pt;padding:6pt 10pt;
letter-spacing:1pt;display:flex;align-items:center}
.mt{padding-left:12pt;flex:1}
.mt .n{font-size:19pt;font-weight:bold;letter-spacing:0.3pt;line-height:1.1}
.mt .s{font-size:7.5pt;color:#555;text-transform:uppercase;letter-spacing:1pt;margin-top:3pt}
.iss{text-align:right;font-size:8.5pt;line-height:1.45;color:#333;align-self:flex-end}
.iss b{font-size:13pt;color:#e4002b}
.rub{font-size:7.5pt;font-weight:bold;color:#e4002b;text-transform:uppercase;letter-spacing:1.5pt;
margin-bottom:4pt}
h1{font-family:"DejaVu Serif";font-size:21pt;line-height:1.2;margin:0 0 10pt 0}
.lead{font-size:10pt;font-weight:bold;line-height:1.45;margin-bottom:12pt;color:#333}
.cols{column-count:2;column-gap:16pt;text-align:left}
.cols p{margin:0 0 7pt 0}
.cols h2{font-size:9.8pt;margin:8pt 0 3pt 0;color:#e4002b;break-after:avoid}
.chart{margin-top:14pt;border:1px solid #ccc;padding:10pt 12pt;break-inside:avoid}
.chart .h{font-size:7.5pt;font-weight:bold;color:#e4002b;text-transform:uppercase;
letter-spacing:1.5pt}
.chart .t{font-size:10pt;font-weight:bold;margin:3pt 0 8pt 0}
.row{display:flex;align-items:center;font-size:7.8pt;margin-bottom:4pt}
.row .lab{width:120pt;flex:none}
.row .bar{height:10pt;background:#e4002b;margin-right:5pt}
.row .bar.g{background:#9aa3ad}
.chart .src{font-size:6.8pt;color:#777;margin-top:6pt}
.aut{margin-top:12pt;font-size:8pt;font-style:italic;color:#444;border-top:1px solid #ddd;
padding-top:5pt}
.stopka{margin-top:12pt;font-size:6.8pt;color:#888;line-height:1.4}
</style></head><body>
<div class="mast">
<div class="pie">PIE</div>
<div class="mt"><div class="n">Tygodnik Gospodarczy PIE</div><div class="s">Polski Instytut
Ekonomiczny</div></div>
<div class="iss"><b>23/2025</b><br>5 czerwca 2025<br>ISSN 2720-5207</div>
</div>
<div class="rub">Temat tygodnia</div>
<h1>Odbudowa Ukrainy szansą dla polskich firm budowlanych</h1>
<div class="lead">Polska jest jednym z głównych partnerów handlowych Ukrainy, ale polskie
przedsiębiorstwa wciąż ostrożnie podchodzą do udziału w jej odbudowie. Największymi barierami
pozostają ryzyko wojenne, brak ubezpieczeń i dostęp do finansowania.</div>
<div class="cols">
<h2>Handel mimo wojny</h2>
<p>Eksport z Polski do Ukrainy wyniósł w 2024 r. <span style="white-space:nowrap">11,3 mld
euro</span>, o 4 proc. więcej niż rok wcześniej. Ukraina była tym samym siódmym największym
rynkiem zbytu dla polskich towarów. Najwięcej eksportowaliśmy paliw, maszyn i urządzeń, środków
transportu oraz wyrobów chemicznych. Import z Ukrainy spadł natomiast do 5,2 mld euro, głównie w
wyniku ograniczeń w handlu produktami rolnymi, wprowadzonych przez Polskę we wrześniu 2023 r.</p>
<p>Znaczenie Polski dla ukraińskiej gospodarki wykracza poza handel. Przez polskie przejścia
graniczne i hub logistyczny w Rzeszowie przechodzi większość pomocy wojskowej i humanitarnej dla
Ukrainy, a w Polsce działa ponad 30 tys. firm założonych przez obywateli Ukrainy od początku
pełnoskalowej inwazji.</p>
<h2>Co deklarują firmy</h2>
<p>Według badania PIE przeprowadzonego w kwietniu 2025 r. na próbie 1012 przedsiębiorstw, <span
style="white-space:nowrap">14 proc. firm budowlanych</span> planuje udział w odbudowie Ukrainy w
ciągu najbliższych trzech lat. W całej próbie odsetek ten wyniósł 6 proc. Najczęściej wskazywanymi
barierami były ryzyko związane z działaniami wojennymi (<span style="white-space:nowrap">68 proc.
wskazań</span>), niejasne przepisy dotyczące zamówień publicznych (41 proc.) oraz trudności w
uzyskaniu ubezpieczenia inwestycji (37 proc.).</p>
<p>Zainteresowanie jest największe wśród firm, które już eksportują na Ukrainę. Spośród nich co
trzecia deklaruje, że rozważa utworzenie spółki zależnej lub zakładu produkcyjnego w zachodniej
części kraju, zwłaszcza w obwodach lwowskim i wołyńskim.</p>
<h2>Skala potrzeb</h2>
<p>Według czwartej oceny szkód i potrzeb (RDNA4), opracowanej przez Bank Światowy, Komisję
Europejską, ONZ i rząd Ukrainy, koszty odbudowy kraju w ciągu najbliższej dekady wyniosą 524 mld
dol. Największe potrzeby dotyczą mieszkalnictwa (84 mld dol.), transportu (78 mld dol.) oraz
energetyki (68 mld dol.). Znaczna część tych inwestycji będzie finansowana ze środków Instrumentu
na rzecz Ukrainy o wartości 50 mld euro na lata 2024–2027.</p>
<h2>Instrumenty wsparcia</h2>
<p>Polskie instytucje rozwijają ofertę dla przedsiębiorców. KUKE oferuje ubezpieczenia eksportu na
Ukrainę z limitem zaangażowania podniesionym w 2025 r. do 3,5 mld zł, a Bank Gospodarstwa
Krajowego uruchomił linię kredytową dla projektów odbudowy. Utworzono także w Kancelarii Prezesa
Rady Ministrów stanowisko pełnomocnika ds. udziału Polski w odbudowie Ukrainy.</p>
<p>Aby polskie firmy mogły skorzystać z szansy, potrzebne są jednak gwarancje ryzyka wojennego na
wzór rozwiązań stosowanych przez Niemcy i Japonię oraz wsparcie w przygotowaniu ofert w
przetargach finansowanych przez Bank Światowy i EBOiR.</p>
</div>
<div class="chart">
<div class="h">Wykres tygodnia</div>
<div class="t">Odsetek firm planujących udział w odbudowie Ukrainy według sektora (proc.)</div>
<div class="row"><div class="lab">Budownictwo</div><div class="bar"
style="width:140pt"></div>14</div>
<div class="row"><div class="lab">Przetwórstwo przemysłowe</div><div class="bar"
style="width:80pt"></div>8</div>
<div class="row"><div class="lab">Transport i logistyka</div><div class="bar"
style="width:70pt"></div>7</div>
<div class="row"><div class="lab">Handel</div><div class="bar" style="width:40pt"></div>4</div>
<div class="row"><div class="lab">Usługi</div><div class="bar g" style="width:30pt"></div>3</div>
<div class="src">Źródło: badanie PIE, kwiecień 2025 r., N = 1012.</div>
</div>
<div class="aut">Autorzy: Anna Kowalska-Nowak, Piotr Zieliński, Jakub Wróbel</div>
<div class="stopka">Polski Instytut Ekonomiczny · Al. Jerozolimskie 87, 02-001 Warszawa ·
www.pie.net.pl · Redaktor prowadząca: Marta Ostrowska · Przedruk dozwolony z podaniem źródła.</div>
</body></html>

""",
        (
            "Odbudowa Ukrainy szansą dla polskich firm budowlanych",
            ("Anna Kowalska-Nowak", "Piotr Zieliński", "Jakub Wróbel"),
            "2025-06-05",
        ),
    ),
    "razumkov_survey": (
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Razumkov Centre</title>
<style>
@page{size:A4;margin:16mm 18mm 18mm 18mm;
@top-left{content:""}@bottom-left{content:"Razumkov Centre · razumkov.org.ua";
font-family:"DejaVu Sans";font-size:7pt;color:#777}@bottom-right{content:counter(page);
font-family:"DejaVu Sans";font-size:8pt;color:#333}}
body{font-family:"DejaVu Sans";font-size:9.3pt;line-height:1.5;color:#1d1d1d;margin:0}
.hd{display:flex;align-items:center;gap:12pt;padding-bottom:8pt;border-bottom:3px solid #005bbb}
.em{width:40pt;height:40pt;border-radius:20pt;background:#005bbb;color:#ffd500;font-weight:bold;
font-size:16pt;display:flex;align-items:center;justify-content:center;flex:none}
.hn{font-size:8pt;line-height:1.35;color:#333}
.hn b{font-size:12pt;color:#005bbb;letter-spacing:1pt}
.ser{display:flex;justify-content:space-between;font-size:8.5pt;color:#005bbb;margin:6pt 0 22pt 0;
font-weight:bold}
h1{font-family:"DejaVu Serif";font-size:23pt;line-height:1.18;margin:0 0 12pt 0;color:#0d2b4e}
.meth{font-size:8.3pt;color:#444;background:#f1f5fa;padding:8pt 10pt;margin-bottom:16pt;
line-height:1.45}
.meth b{color:#005bbb}
h2{font-size:11pt;color:#005bbb;margin:14pt 0 5pt 0;break-after:avoid}
p{margin:0 0 8pt 0}
table{border-collapse:collapse;width:100%;font-size:8.3pt;margin:6pt 0 4pt 0}
caption{text-align:left;font-weight:bold;font-size:8.6pt;margin-bottom:4pt;color:#0d2b4e}
th{background:#005bbb;color:#fff;font-weight:normal;padding:3pt 5pt;text-align:right}
th:first-child,td:first-child{text-align:left}
td{border-bottom:1px solid #cfd9e6;padding:3pt 5pt;text-align:right}
tr:nth-child(even) td{background:#f6f8fb}
.note{font-size:7pt;color:#777;margin-bottom:12pt}
.end{margin-top:18pt;font-size:7.5pt;color:#666;border-top:1px solid #ccc;padding-top:6pt;
line-height:1.45}
</style></head><body>
<div class="hd"><div class="em">Р</div><div class="hn"><b>RAZUMKOV CENTRE</b><br>Ukrainian Centre
for Economic and Political Studies named after Olexander Razumkov</div></div>
<div class="ser"><span>SOCIOLOGICAL SURVEY BRIEF No. 11</span><span>03.06.2025</span></div>
<h1>Ukrainians on EU Membership, Security Guarantees and Peace Talks</h1>
<div class="meth"><b>Methodology.</b> The survey was conducted by the Razumkov Centre Sociological
Service from 16 to 23 May 2025 using face-to-face interviews in Vinnytsia, Volyn, Dnipropetrovsk,
Zhytomyr, Zakarpattia, Zaporizhzhia, Ivano-Frankivsk, Kyiv, Kirovohrad, Lviv, Mykolaiv, Odesa,
Poltava, Rivne, Sumy, Ternopil, Kharkiv, Kherson, Khmelnytskyi, Cherkasy, Chernivtsi and Chernihiv
regions and the city of Kyiv, in settlements controlled by the Government of Ukraine and not
subject to hostilities. A total of <span style="white-space:nowrap">2,016 respondents</span> aged
18 and older were interviewed. The theoretical sampling error does not exceed 2.3%.</div>

<h2>Support for EU accession remains high</h2>
<p>Ukrainians continue to see membership of the European Union as the country's main strategic
goal. If a referendum on joining the EU were held now, <span style="white-space:nowrap">78.4% of
respondents</span> would vote in favour, 8.1% would vote against, and the rest would not take part
or were undecided. Support is highest in the western regions (89%) and lowest in the east (64%),
but it exceeds two-thirds in every age group. Compared with the previous survey in December 2024,
support has fallen by about three percentage points, which may reflect frustration with the slow
pace of negotiations after Hungary blocked the opening of the first cluster of accession talks.</p>
<p>Respondents are realistic about the timetable. <span style="white-space:nowrap">Only 11%
expect</span> Ukraine to join the EU before 2030, while 46% believe it will happen between 2030
and 2035, and 22% think it will take longer.</p>

<table><caption>Table 1. If a referendum on joining the following organisations were held now, how
would you vote? (% of respondents)</caption>
<tr><th>Answer</th><th>EU</th><th>NATO</th><th>EU, Dec 2024</th><th>NATO, Dec 2024</th></tr>
<tr><td>For</td><td>78.4</td><td>72.9</td><td>81.2</td><td>74.6</td></tr>
<tr><td>Against</td><td>8.1</td><td>10.4</td><td>7.3</td><td>9.8</td></tr>
<tr><td>Would not vote</td><td>4.2</td><td>5.0</td><td>3.9</td><td>4.7</td></tr>
<tr><td>Hard to say</td><td>9.3</td><td>11.7</td><td>7.6</td><td>10.9</td></tr></table>
<div class="note">Source: Razumkov Centre Sociological Service, 16–23 May 2025; 3–10 December
2024.</div>

<h2>Security guarantees</h2>
<p>NATO membership is still seen as the most reliable guarantee of security. Asked what would best
protect Ukraine after the end of hostilities, 41% of respondents chose NATO membership, 19% a
strong Ukrainian army supplied by partners, 15% the presence of European troops on Ukrainian
territory, and 9% bilateral security agreements with the United States and European states. Only
3% considered guarantees from Russia under an international treaty to be of any value.</p>
<p>Trust in foreign partners has shifted markedly. The European Union is trusted by 67% of
respondents, Poland by 58%, the United Kingdom by 61% and the United States by 39%, down from 64%
a year earlier. Trust in the United States fell most sharply after the suspension of American
military aid and intelligence sharing in March 2025.</p>

<h2>Attitudes towards peace talks</h2>
<p>A majority of Ukrainians support negotiations but reject capitulation. 57% of respondents
believe that talks with Russia are necessary to end the war, but 74% say that Ukraine should not
accept the recognition of occupied territories as Russian under any circumstances. A ceasefire
along the current front line, without legal recognition of the occupation, would be acceptable to
38% of respondents and unacceptable to 49%.</p>
<p>Attitudes differ according to personal experience of the war. Among respondents who have a
family member serving in the armed forces, 62% oppose a ceasefire along the current front line,
compared with 45% among those who do not. Internally displaced persons are somewhat more likely to
support a ceasefire, presumably because many of them hope to return home.</p>

<div class="end">Razumkov Centre, 16 Lavrska Street, 2nd floor, Kyiv 01015, Ukraine ·
info@razumkov.org.ua<br>The survey was carried out with the support of the Representation of the
Konrad Adenauer Foundation in Ukraine. The views expressed in this publication do not necessarily
reflect the position of the Foundation.</div>
</body></html>

""",
        (
            "Ukrainians on EU Membership, Security Guarantees and Peace Talks",
            (),
            "2025-06-03",
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
