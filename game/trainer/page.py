"""The document around the report: one HTML file with its CSS and fonts inside.

No scripts, no links to the network: a trainer can mail it, open it on a
beamer laptop without Wi-Fi and print it on A4. The game's font (Atkinson
Hyperlegible, OFL) is embedded when it is there, else the system's sans.
"""

from __future__ import annotations

import base64
from functools import cache

from game.paths import FONTS_DIR, DamagedInstall
from game.trainer.htmlkit import Html, esc, tag

_FONT_FILES = (("AtkinsonHyperlegible-Regular.ttf", 400), ("AtkinsonHyperlegible-Bold.ttf", 700))

CSS = """
@page { size: A4; margin: 15mm 14mm 17mm; }
:root { --ink:#1D2B4A; --soft:#4B5872; --paper:#F7F2E8; --panel:#FFFCF5; --edge:#DDD3C2;
  --accent:#2C5C8F; --tint:#E6EEF5; --good:#27754A; --mixed:#8A5208; --bad:#B03A46;
  --urgent:#C23B3B; }
* { box-sizing: border-box; }
html { background: var(--paper); }
body { margin: 24px auto; max-width: 960px; padding: 36px 44px 40px; background: #fff;
  color: var(--ink); font: 15px/1.5 "Atkinson Hyperlegible", system-ui, "Segoe UI", Roboto,
  "Noto Sans", "DejaVu Sans", Arial, sans-serif; border: 1px solid var(--edge);
  border-radius: 12px; }
header.doc { border-bottom: 3px solid var(--ink); padding-bottom: 14px; margin-bottom: 8px; }
.brand { font-size: 12px; letter-spacing: .14em; text-transform: uppercase;
  color: var(--accent); font-weight: 700; }
h1 { font-size: 30px; line-height: 1.15; margin: 4px 0 8px; }
h2 { font-size: 24px; line-height: 1.2; margin: 44px 0 6px; }
h3 { font-size: 17px; margin: 30px 0 6px; }
h4 { font-size: 14px; margin: 14px 0 4px; }
p { margin: 0 0 8px; }
.meta, .lead, .note { color: var(--soft); }
.lead { margin-bottom: 12px; }
.warn { background: #FBF1E1; border-left: 4px solid var(--mixed); padding: 8px 12px;
  border-radius: 4px; margin: 10px 0; }
section.scenario, section.debrief, section.problems { border-top: 1px solid var(--edge);
  margin-top: 44px; padding-top: 22px; }
section.scenario > h2, section.debrief > h2, section.problems > h2 { margin-top: 2px; }
.kicker { font-size: 12px; letter-spacing: .1em; text-transform: uppercase; color: var(--soft);
  font-weight: 700; display: block; margin-bottom: 2px; }
nav.toc { background: var(--panel); border: 1px solid var(--edge); border-radius: 8px;
  padding: 10px 16px; margin: 18px 0; font-size: 14px; }
nav.toc ol { margin: 4px 0 0; padding-left: 20px; }
nav.toc a { color: var(--accent); }
.kpis { display: grid; grid-template-columns: repeat(5, 1fr); gap: 10px; margin: 16px 0 6px; }
.kpi { background: var(--panel); border: 1px solid var(--edge); border-radius: 8px;
  padding: 10px 12px; }
.kpi b { display: block; font-size: 26px; line-height: 1.1; }
.kpi small { font-size: 13px; color: var(--soft); font-weight: 400; }
.kpi span { font-size: 12px; color: var(--soft); }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
.grid3 { display: grid; grid-template-columns: repeat(3, 1fr); gap: 18px; }
figure { margin: 8px 0 0; break-inside: avoid; }
figcaption { font-size: 13px; font-weight: 700; margin-bottom: 6px; }
svg.chart { width: 100%; height: auto; display: block; overflow: visible; }
svg.chart text { font-family: inherit; }
table { width: 100%; border-collapse: collapse; font-size: 13px; margin: 6px 0 4px; }
th { text-align: left; font-size: 12px; color: var(--soft); font-weight: 700;
  border-bottom: 2px solid var(--edge); padding: 6px 8px; vertical-align: bottom; }
td { border-bottom: 1px solid var(--edge); padding: 6px 8px; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num { white-space: normal; }
td.num .note { white-space: normal; font-size: 12px; }
tr.muted td { color: var(--soft); }
.node, .decision { border: 1px solid var(--edge); border-radius: 8px; padding: 12px 16px;
  margin: 14px 0; background: var(--panel); break-inside: avoid; }
.node table, .decision table { background: #fff; }
.quote { margin: 0 0 6px; }
.who { font-weight: 700; }
.chip { display: inline-block; font-size: 11px; font-weight: 700; line-height: 1.6;
  padding: 0 8px; border-radius: 10px; background: var(--tint); color: var(--accent);
  white-space: nowrap; }
.chip.good { background: #E3F0E8; color: var(--good); }
.chip.mixed { background: #F8EBD8; color: var(--mixed); }
.chip.bad, .chip.gave-in { background: #F6E3E5; color: var(--bad); }
.chip.you { background: var(--ink); color: #fff; }
.taken { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
.meter { display: inline-block; width: 80px; height: 8px; border-radius: 4px;
  background: #EFE9DE; overflow: hidden; flex: none; }
.meter i { display: block; height: 100%; background: var(--accent); }
.feedback { color: var(--soft); }
.discuss { font-size: 13px; color: var(--soft); margin: 0 0 6px; }
.node p.note { font-size: 13px; margin: 8px 0 0; }
.ending-card { display: grid; grid-template-columns: auto 1fr; gap: 6px 22px;
  align-items: center; background: var(--panel); border: 1px solid var(--edge);
  border-radius: 8px; padding: 14px 18px; margin: 12px 0; break-inside: avoid; }
.ending-card .big { font-size: 44px; font-weight: 700; line-height: 1; grid-row: span 3; }
.ending-card .big small { display: block; font-size: 12px; font-weight: 400;
  color: var(--soft); }
.ending-card.ending-card { grid-template-columns: 1fr auto; }
.ending-card .big { text-align: right; grid-row: auto; }
.ending-card .big small.best { margin-top: 4px; font-weight: 700; color: var(--accent); }
.aftermath { background: #F6E3E5; border-left: 4px solid var(--bad); padding: 4px 10px;
  border-radius: 4px; margin: 4px 0; }
.ending-title { font-size: 19px; font-weight: 700; }
ol.prompts li { margin: 0 0 6px; font-size: 16px; }
dl.glossary { columns: 2; column-gap: 28px; margin: 6px 0; font-size: 13px; }
dl.glossary div { break-inside: avoid; margin: 0 0 8px; }
dl.glossary dt { font-weight: 700; }
dl.glossary dd { margin: 0; color: var(--soft); }
.chosen-row td { background: #F3F6FA; font-weight: 700; }
ul.moves { margin: 4px 0 8px; padding-left: 20px; }
table.fixed { table-layout: fixed; }
table.players { font-size: 12px; }
table.players td, table.players th { padding: 5px 6px; }
.nowrap { white-space: nowrap; }
.cost { font-weight: 700; color: var(--bad); }
.problems td { word-break: break-all; }
.problems td:last-child { word-break: normal; }
footer.doc { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--edge);
  font-size: 12px; color: var(--soft); }
@media screen and (max-width: 760px) {
  body { padding: 20px; margin: 0; border: 0; border-radius: 0; }
  .kpis { grid-template-columns: repeat(2, 1fr); }
  .grid2, .grid3 { grid-template-columns: 1fr; }
}
@media print {
  html { background: #fff; }
  body { margin: 0; padding: 0; max-width: none; border: 0; border-radius: 0;
    font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav.toc { display: none; }
  section.scenario, section.debrief, section.problems { break-before: page; border-top: 0;
    margin-top: 0; padding-top: 0; }
  section.first { break-before: auto; border-top: 1px solid var(--edge); margin-top: 18px;
    padding-top: 14px; }
  .meter { width: 44px; }
  .taken { flex-wrap: wrap; gap: 2px 6px; }
  h2, h3, h4, figcaption { break-after: avoid; }
  tr, .kpi, figure, .node, .ending-card { break-inside: avoid; }
  /* A moment may continue on the next page (kept whole, most filled half a page and
     a debrief of 22 moments printed on 27 pages); what leads to its table stays
     with the table's first rows. */
  .decision { break-inside: auto; }
  .decision > :not(table):not(div) { break-inside: avoid; break-after: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  h1 { font-size: 22pt; } h2 { font-size: 17pt; margin-top: 0; } h3 { font-size: 12.5pt; }
  table { font-size: 9pt; }
  .kpi b { font-size: 18pt; }
}
"""


@cache
def font_css() -> str:
    """@font-face rules with the font inside (base64); DamagedInstall when a file is missing."""
    rules = []
    for name, weight in _FONT_FILES:
        path = FONTS_DIR / name
        try:
            data = base64.b64encode(path.read_bytes()).decode("ascii")
        except OSError as err:
            raise DamagedInstall(path, f"cannot be read ({err.strerror or err})") from None
        rules.append(
            f'@font-face {{ font-family: "Atkinson Hyperlegible"; font-weight: {weight}; '
            f'font-style: normal; src: url("data:font/ttf;base64,{data}") format("truetype"); }}'
        )
    return "\n".join(rules)


def document(title: str, lang: str, body: Html) -> str:
    """The whole page. ``body`` is markup built with ``htmlkit``; ``title`` is plain text."""
    head = (
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # Belt and braces: even if a bug let markup through, the browser would run nothing.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:; font-src data:\">"
        f"<title>{esc(title)}</title><style>{font_css()}{CSS}</style>"
    )
    page = f'<html lang="{esc(lang)}"><head>{head}</head><body><main>{body}</main></body></html>'
    return "<!DOCTYPE html>\n" + page + "\n"


def header(brand: str, title: str, lines: list[str]) -> Html:
    meta = "".join(tag("p", line, class_="meta") for line in lines)
    return Html(
        '<header class="doc">'
        + tag("div", brand, class_="brand")
        + tag("h1", title)
        + meta
        + "</header>"
    )
