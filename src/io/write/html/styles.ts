/**
 * The page's only stylesheet, inline so the file stands alone (no fonts, images or links).
 * Colours meet WCAG AA (4.5:1) for their text; RAG fills are Excel's Good/Neutral/Bad pairs,
 * the same as the XLSX, and each RAG cell also carries a symbol and a word.
 */
export const STYLES = `
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-family: Arial, "Helvetica Neue", Helvetica, "Liberation Sans", sans-serif; color: #1a1a1a; background: #ffffff; }
body { margin: 0 auto; padding: 16px; max-width: 1400px; font-size: 14px; line-height: 1.35; }
header.report { border-bottom: 3px solid #1f3b57; margin-bottom: 16px; padding-bottom: 8px; }
h1 { font-size: 24px; margin: 0 0 4px; color: #1f3b57; }
h2 { font-size: 18px; margin: 20px 0 6px; color: #1f3b57; break-after: avoid; page-break-after: avoid; }
p { margin: 2px 0; }
.meta { color: #4a4a4a; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
table.indicators { table-layout: fixed; }
col.c-target, col.c-previous { width: 5.5em; }
col.c-value { width: 6.5em; }
col.c-counts { width: 7.5em; }
col.c-variance, col.c-trend { width: 7em; }
col.c-rag, col.c-benchmark { width: 6.5em; }
col.c-chart { width: 170px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
caption { text-align: left; font-weight: bold; padding: 4px 0; caption-side: top; }
th, td { border: 1px solid #8c8c8c; padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: #e8eef4; }
tbody th { font-weight: normal; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.number { white-space: nowrap; }
.unit, .year, .id { display: block; color: #4a4a4a; font-size: 12px; }
.variance { display: block; font-size: 12px; }
.rag { white-space: nowrap; font-weight: bold; }
.rag-green { background: #c6efce; color: #006100; }
.rag-amber { background: #ffeb9c; color: #7a4400; }
.rag-red { background: #ffc7ce; color: #9c0006; }
.rag-none { color: #4a4a4a; font-weight: normal; }
.trend { white-space: nowrap; }
tr.commentary td { border-top: none; color: #333333; font-size: 13px; }
.note { font-style: italic; }
svg.chart { display: block; overflow: visible; }
svg.chart .line { fill: none; stroke: #1f4e79; stroke-width: 1.5; }
svg.chart .point { fill: #1f4e79; }
svg.chart .target { stroke: #7a4400; stroke-width: 1; stroke-dasharray: 3 2; }
.no-chart { color: #4a4a4a; font-size: 12px; }
.key { color: #4a4a4a; font-size: 12px; }
thead { display: table-header-group; }
tbody.indicator { break-inside: avoid; page-break-inside: avoid; }
section.theme { break-inside: avoid; page-break-inside: avoid; }
td.ids { overflow-wrap: anywhere; font-size: 12px; }
section.drill-down { break-before: page; page-break-before: always; }
section.data-quality { break-before: page; page-break-before: always; }
@media print {
  body { padding: 0; max-width: none; font-size: 9pt; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12pt; margin-top: 10px; }
  .unit, .year, .id, .variance, .key, .no-chart, tr.commentary td { font-size: 8pt; }
  th, td { padding: 2px 4px; }
}
`;
