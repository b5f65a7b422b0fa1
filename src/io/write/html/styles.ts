/**
 * The page's only stylesheet, inline so the file stands alone (no fonts, images or links).
 * Colours meet WCAG AA (4.5:1) for their text; RAG fills are Excel's Good/Neutral/Bad pairs,
 * the same as the XLSX, and each RAG cell also carries a symbol and a word. Printed on A4
 * landscape in compact rows (about eight indicators a page); on a narrow screen each
 * indicator's row becomes a labelled list, so nothing scrolls sideways.
 */
export const STYLES = `
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-family: Arial, "Helvetica Neue", Helvetica, "Liberation Sans", sans-serif; color: #1a1a1a; background: #ffffff; }
body { margin: 0 auto; padding: 16px; max-width: 1400px; font-size: 14px; line-height: 1.35; overflow-wrap: break-word; }
header.report { border-bottom: 3px solid #1f3b57; margin-bottom: 12px; padding-bottom: 6px; }
h1 { font-size: 24px; margin: 0 0 4px; color: #1f3b57; }
h2 { font-size: 18px; margin: 16px 0 6px; color: #1f3b57; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 15px; margin: 8px 0 4px; color: #1f3b57; }
p { margin: 2px 0; }
.meta { color: #4a4a4a; }
.badges { margin: 4px 0 8px; }
.badge { display: inline-block; padding: 2px 8px; margin: 2px 4px 2px 0; border-radius: 3px; font-weight: bold; white-space: nowrap; }
.headline .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 4px 24px; }
.headline ul { margin: 0; padding-left: 18px; }
.headline li { margin: 1px 0; }
.rag-word { font-weight: bold; padding: 0 4px; border-radius: 2px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
table.indicators { table-layout: fixed; }
col.c-value, col.c-target { width: 8.5em; }
col.c-rag { width: 6.5em; }
col.c-trend { width: 10em; }
col.c-benchmarks { width: 15em; }
col.c-chart { width: 200px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
caption { text-align: left; font-weight: bold; padding: 4px 0; caption-side: top; }
th, td { border: 1px solid #8c8c8c; padding: 3px 6px; vertical-align: top; text-align: left; }
thead th { background: #e8eef4; }
tbody th { font-weight: normal; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.id, .counts, .variance, .rule { display: block; color: #4a4a4a; font-size: 12px; font-weight: normal; }
.rag { white-space: nowrap; font-weight: bold; }
.rag-green { background: #c6efce; color: #006100; }
.rag-amber { background: #ffeb9c; color: #7a4400; }
.rag-red { background: #ffc7ce; color: #9c0006; }
.rag-none { color: #4a4a4a; font-weight: normal; }
td.benchmarks ul { list-style: none; margin: 0; padding: 0; font-size: 12px; }
td.benchmarks li { display: grid; grid-template-columns: 1fr auto 4.5em; gap: 0 6px; }
td.benchmarks .name { color: #4a4a4a; }
td.benchmarks .figure, td.benchmarks .variance { text-align: right; font-variant-numeric: tabular-nums; }
td.benchmarks .variance { display: block; }
tr.commentary td { border-top: none; color: #333333; font-size: 13px; padding-top: 0; }
.note { font-style: italic; }
svg.chart { display: block; overflow: visible; }
svg.chart .line { fill: none; stroke: #1f4e79; stroke-width: 1.5; }
svg.chart .point { fill: #1f4e79; }
svg.chart .point.max, svg.chart .point.min { fill: #ffffff; stroke: #1f4e79; stroke-width: 1.5; }
svg.chart .target { stroke: #7a4400; stroke-width: 1; stroke-dasharray: 3 2; }
svg.chart .axis { stroke: #8c8c8c; stroke-width: 1; }
svg.chart .scale { font-size: 10px; fill: #4a4a4a; }
.no-chart { color: #4a4a4a; font-size: 12px; }
.key { color: #4a4a4a; font-size: 12px; }
thead { display: table-header-group; }
tbody.indicator { break-inside: avoid; page-break-inside: avoid; }
td.ids { overflow-wrap: anywhere; font-size: 12px; }
section.drill-down { break-before: page; page-break-before: always; }
section.data-quality { break-inside: avoid; page-break-inside: avoid; }
ul.rule-messages { columns: 2 24rem; font-size: 12px; margin: 4px 0; padding-left: 18px; }
table.rules-by-indicator td { width: 38%; }
footer.provenance { border-top: 2px solid #1f3b57; margin-top: 12px; padding-top: 4px; color: #333333; font-size: 12px; break-inside: avoid; page-break-inside: avoid; }
footer.provenance h2 { font-size: 14px; margin-top: 4px; }
@media screen and (max-width: 60rem) {
  body { padding: 8px; }
  table.indicators, table.indicators tbody, table.indicators tr, table.indicators th, table.indicators td { display: block; width: auto; }
  table.indicators thead, table.indicators colgroup { display: none; }
  table.indicators tbody.indicator { border: 1px solid #8c8c8c; margin-bottom: 8px; }
  table.indicators th, table.indicators td { border: none; border-bottom: 1px solid #d9d9d9; }
  table.indicators tbody th { font-weight: bold; background: #e8eef4; }
  table.indicators td.number { text-align: left; }
  table.indicators td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; color: #1f3b57; }
  table.indicators td.chart-cell::before { display: block; }
  section.summary, section.data-quality, section.drill-down { overflow-x: auto; }
  section.summary table, section.data-quality table { font-size: 12px; }
  section.summary th, section.summary td { padding: 2px 3px; }
}
@media print {
  body { padding: 0; max-width: none; font-size: 8pt; line-height: 1.25; }
  h1 { font-size: 15pt; }
  h2 { font-size: 11pt; margin-top: 6px; }
  h3 { font-size: 9pt; margin-top: 4px; }
  .id, .counts, .variance, .rule, .key, .no-chart, td.benchmarks ul, tr.commentary td { break-inside: avoid; page-break-inside: avoid; }
  /* The rules appendix may run over a page: it breaks between rows and messages, never inside one. */
  table.rules-by-indicator tr, ul.rule-messages li { break-inside: avoid; page-break-inside: avoid; }
  footer.provenance { font-size: 7pt; }
  th, td { padding: 1px 4px; }
  svg.chart { width: 140px; height: 34px; }
  /* The committee reads titles; the ids are for analysts, on screen and in the other formats. */
  th .id { display: none; }
  section.summary { break-inside: avoid; page-break-inside: avoid; }
  .headline ul.attention { columns: 2; column-gap: 16px; }
  .headline li { break-inside: avoid; }
  col.c-benchmarks { width: 24em; }
  td.benchmarks li { grid-template-columns: 1fr auto 6.5em; }
  td.benchmarks .variance { white-space: nowrap; }
  td.benchmarks .name { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  ul.rule-messages { columns: 3; font-size: 7pt; }
}
`;
