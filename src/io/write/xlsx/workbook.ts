/**
 * A small SpreadsheetML (Office Open XML) workbook: just what the report writes — text,
 * numbers, booleans and dates with a number format, bold or coloured fonts, solid fills,
 * wrapping, column widths, a frozen header, an auto-filter, landscape fit-to-width printing
 * and the document properties. Pure (no `node:`), so it also runs in a browser. The shape
 * follows the exceljs names the writer used before (getRow/getCell, numFmt, fill, font).
 */
import { zipSync } from "fflate";

export type CellValue = string | number | boolean | Date | null;
export interface Color {
  argb: string;
}
export interface Fill {
  type: "pattern";
  pattern: "solid";
  fgColor: Color;
}
export interface Font {
  bold?: boolean;
  color?: Color;
}
export interface Alignment {
  wrapText?: boolean;
  vertical?: "top" | "middle" | "bottom";
}

export class Cell {
  value: CellValue = null;
  numFmt: string | undefined;
  fill: Fill | undefined;
  font: Font | undefined;
  alignment: Alignment | undefined;
}

/** The entry at `key`, made and stored on first use (rows, columns and cells exist once asked for). */
function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

export class Row {
  readonly cells = new Map<number, Cell>();
  getCell(column: number): Cell {
    return getOrAdd(this.cells, column, () => new Cell());
  }
}

export class Column {
  width: number | undefined;
  /** Applies to every cell of the column that sets no alignment of its own. */
  alignment: Alignment | undefined;
}

export interface SheetView {
  state: "frozen";
  xSplit: number;
  ySplit: number;
}
export interface AutoFilter {
  from: { row: number; column: number };
  to: { row: number; column: number };
}
export interface PageSetup {
  orientation: "landscape" | "portrait";
  /** 9 is A4. */
  paperSize: number;
  fitToPage: boolean;
  fitToWidth: number;
  fitToHeight: number;
}

/** Printed on every page: `&L`, `&C`, `&R` sections, `&P` page, `&N` pages (Excel's codes). */
export interface HeaderFooter {
  oddHeader?: string;
  oddFooter?: string;
}

export class Worksheet {
  readonly rows = new Map<number, Row>();
  readonly columns = new Map<number, Column>();
  autoFilter: AutoFilter | undefined;
  pageSetup: PageSetup | undefined;
  headerFooter: HeaderFooter | undefined;
  /** Rows and columns repeated on every printed page (`_xlnm.Print_Titles`), 1-based, inclusive. */
  printTitles: { rows?: [number, number]; columns?: [number, number] } | undefined;
  constructor(
    readonly name: string,
    readonly views: SheetView[],
  ) {}
  getRow(row: number): Row {
    return getOrAdd(this.rows, row, () => new Row());
  }
  getColumn(column: number): Column {
    return getOrAdd(this.columns, column, () => new Column());
  }
  getCell(row: number, column: number): Cell {
    return this.getRow(row).getCell(column);
  }
}

export class Workbook {
  creator = "";
  lastModifiedBy = "";
  created = new Date(Date.UTC(1980, 0, 1));
  modified = new Date(Date.UTC(1980, 0, 1));
  title: string | undefined;
  company: string | undefined;
  readonly worksheets: Worksheet[] = [];
  addWorksheet(name: string, options: { views?: SheetView[] } = {}): Worksheet {
    const sheet = new Worksheet(name, options.views ?? []);
    this.worksheets.push(sheet);
    return sheet;
  }
}

// --- Writing -------------------------------------------------------------------------------

/** Characters XML 1.0 cannot hold at all; Excel's own escape for them is `_xHHHH_`. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") // literal text that reads like the escape
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(NOT_XML, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** A1-style column letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel's day serial (1900 system) of a moment, counted in UTC. */
function serialOf(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** Excel's own ids for the formats the writer uses; others get ids from 164 up. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "@": 49 };

/** Shared strings, fonts, fills and cell formats, each stored once and referred to by index. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fonts = new Map<string, number>([["<font><sz val=\"11\"/><name val=\"Calibri\"/></font>", 0]]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly xfs = new Map<string, number>([['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0]]);

  styleOf(cell: Pick<Cell, "numFmt" | "fill" | "font" | "alignment">): number {
    const numFmt = this.formatId(cell.numFmt ?? "General");
    const font = cell.font === undefined ? 0 : this.fontId(cell.font);
    const fill = cell.fill === undefined ? 0 : this.fillId(cell.fill);
    const alignment = cell.alignment;
    const align =
      alignment === undefined || (alignment.wrapText !== true && alignment.vertical === undefined)
        ? ""
        : `<alignment${alignment.vertical === undefined ? "" : ` vertical="${alignment.vertical}"`}${alignment.wrapText === true ? ' wrapText="1"' : ""}/>`;
    const applied =
      (numFmt === 0 ? "" : ' applyNumberFormat="1"') + (font === 0 ? "" : ' applyFont="1"') + (fill === 0 ? "" : ' applyFill="1"') + (align === "" ? "" : ' applyAlignment="1"');
    const xf =
      align === ""
        ? `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}/>`
        : `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}>${align}</xf>`;
    return indexOf(this.xfs, xf);
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = 164 + this.formats.size;
    this.formats.set(code, id);
    return id;
  }

  private fontId(font: Font): number {
    const bold = font.bold === true ? "<b/>" : "";
    const color = font.color === undefined ? "" : `<color rgb="${font.color.argb}"/>`;
    return indexOf(this.fonts, `<font>${bold}<sz val="11"/>${color}<name val="Calibri"/></font>`);
  }

  private fillId(fill: Fill): number {
    return indexOf(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${fill.fgColor.argb}"/><bgColor indexed="64"/></patternFill></fill>`);
  }

  xml(): string {
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      XML_HEAD +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length === 0 ? "" : `<numFmts count="${formats.length}">${formats.join("")}</numFmts>`) +
      list("fonts", this.fonts) +
      list("fills", this.fills) +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

function indexOf(map: Map<string, number>, key: string): number {
  const known = map.get(key);
  if (known !== undefined) return known;
  map.set(key, map.size);
  return map.size - 1;
}

function list(tag: string, map: Map<string, number>): string {
  return `<${tag} count="${map.size}">${[...map.keys()].join("")}</${tag}>`;
}

class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private count = 0;
  indexOf(text: string): number {
    this.count += 1;
    return indexOf(this.indexes, text);
  }
  xml(): string {
    const items = [...this.indexes.keys()].map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

function cellXml(ref: string, cell: Cell, style: number, strings: SharedStrings): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  const value = cell.value;
  if (value === null) return style === 0 ? "" : `<c r="${ref}"${s}/>`;
  if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const number = typeof value === "number" ? value : serialOf(value);
  if (!Number.isFinite(number)) return `<c r="${ref}"${s}/>`;
  return `<c r="${ref}"${s}><v>${Object.is(number, -0) ? 0 : number}</v></c>`;
}

function sheetXml(sheet: Worksheet, styles: Styles, strings: SharedStrings): string {
  const parts: string[] = [XML_HEAD, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  if (sheet.pageSetup?.fitToPage === true) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const view = sheet.views[0];
  if (view === undefined || (view.xSplit === 0 && view.ySplit === 0)) parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  else {
    const topLeft = `${columnLetters(view.xSplit + 1)}${view.ySplit + 1}`;
    const pane = view.xSplit > 0 && view.ySplit > 0 ? "bottomRight" : view.ySplit > 0 ? "bottomLeft" : "topRight";
    const splits = (view.xSplit > 0 ? ` xSplit="${view.xSplit}"` : "") + (view.ySplit > 0 ? ` ySplit="${view.ySplit}"` : "");
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${splits} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  }
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const columns = [...sheet.columns].filter(([, column]) => column.width !== undefined || column.alignment !== undefined).sort(([a], [b]) => a - b);
  if (columns.length > 0) {
    parts.push("<cols>");
    for (const [index, column] of columns) {
      const width = column.width === undefined ? "" : ` width="${column.width}" customWidth="1"`;
      const style = column.alignment === undefined ? "" : ` style="${styles.styleOf({ numFmt: undefined, fill: undefined, font: undefined, alignment: column.alignment })}"`;
      parts.push(`<col min="${index}" max="${index}"${width}${style}/>`);
    }
    parts.push("</cols>");
  }
  parts.push("<sheetData>");
  for (const [number, row] of [...sheet.rows].sort(([a], [b]) => a - b)) {
    const cells: string[] = [];
    for (const [column, cell] of [...row.cells].sort(([a], [b]) => a - b)) {
      const alignment = cell.alignment ?? sheet.columns.get(column)?.alignment;
      const style = styles.styleOf({ numFmt: cell.numFmt, fill: cell.fill, font: cell.font, alignment });
      cells.push(cellXml(`${columnLetters(column)}${number}`, cell, style, strings));
    }
    const body = cells.join("");
    if (body !== "") parts.push(`<row r="${number}">${body}</row>`);
  }
  parts.push("</sheetData>");
  if (sheet.autoFilter !== undefined) parts.push(`<autoFilter ref="${filterRef(sheet.autoFilter, false)}"/>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  const setup = sheet.pageSetup;
  if (setup !== undefined) {
    parts.push(
      `<pageSetup paperSize="${setup.paperSize}" orientation="${setup.orientation}"` +
        (setup.fitToPage ? ` fitToWidth="${setup.fitToWidth}" fitToHeight="${setup.fitToHeight}"` : "") +
        "/>",
    );
  }
  const hf = sheet.headerFooter;
  if (hf !== undefined) {
    parts.push(
      "<headerFooter>" +
        (hf.oddHeader === undefined ? "" : `<oddHeader>${escapeXml(hf.oddHeader)}</oddHeader>`) +
        (hf.oddFooter === undefined ? "" : `<oddFooter>${escapeXml(hf.oddFooter)}</oddFooter>`) +
        "</headerFooter>",
    );
  }
  parts.push("</worksheet>");
  return parts.join("");
}

function filterRef(filter: AutoFilter, absolute: boolean): string {
  const at = (cell: { row: number; column: number }) => (absolute ? `$${columnLetters(cell.column)}$${cell.row}` : `${columnLetters(cell.column)}${cell.row}`);
  return `${at(filter.from)}:${at(filter.to)}`;
}

/** W3C date-time of a moment, to the second, in UTC. */
function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function workbookXml(workbook: Workbook): string {
  const sheets = workbook.worksheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`);
  const quoted = (sheet: Worksheet) => `'${escapeXml(sheet.name.replace(/'/g, "''"))}'`;
  const filters = workbook.worksheets.flatMap((sheet, index) =>
    sheet.autoFilter === undefined
      ? []
      : [`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${quoted(sheet)}!${filterRef(sheet.autoFilter, true)}</definedName>`],
  );
  const titles = workbook.worksheets.flatMap((sheet, index) => {
    const { rows, columns } = sheet.printTitles ?? {};
    const ranges = [
      ...(columns === undefined ? [] : [`${quoted(sheet)}!$${columnLetters(columns[0])}:$${columnLetters(columns[1])}`]),
      ...(rows === undefined ? [] : [`${quoted(sheet)}!$${rows[0]}:$${rows[1]}`]),
    ];
    return ranges.length === 0 ? [] : [`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${ranges.join(",")}</definedName>`];
  });
  const names = [...filters, ...titles];
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="16000"/></bookViews>' +
    `<sheets>${sheets.join("")}</sheets>` +
    (names.length === 0 ? "" : `<definedNames>${names.join("")}</definedNames>`) +
    '<calcPr calcId="0"/></workbook>'
  );
}

function relationships(items: readonly [type: string, target: string][]): string {
  const rels = items.map(([type, target], index) => `<Relationship Id="rId${index + 1}" Type="${type}" Target="${target}"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${rels.join("")}</Relationships>`;
}

const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The workbook's parts, path → XML text, in the order they are zipped. */
export function workbookParts(workbook: Workbook): [string, string][] {
  const styles = new Styles();
  const strings = new SharedStrings();
  const sheets = workbook.worksheets.map((sheet) => sheetXml(sheet, styles, strings));
  const sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${sheetType}"/>`).join("") +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    "</Types>";
  const core =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (workbook.title === undefined ? "" : `<dc:title>${escapeXml(workbook.title)}</dc:title>`) +
    `<dc:creator>${escapeXml(workbook.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(workbook.lastModifiedBy)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(workbook.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(workbook.modified)}</dcterms:modified>` +
    "</cp:coreProperties>";
  const app =
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    "<Application>Microsoft Excel</Application>" +
    (workbook.company === undefined ? "" : `<Company>${escapeXml(workbook.company)}</Company>`) +
    "</Properties>";
  return [
    ["[Content_Types].xml", contentTypes],
    [
      "_rels/.rels",
      relationships([
        [`${OFFICE_REL}/officeDocument`, "xl/workbook.xml"],
        ["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
        [`${OFFICE_REL}/extended-properties`, "docProps/app.xml"],
      ]),
    ],
    ["docProps/core.xml", core],
    ["docProps/app.xml", app],
    ["xl/workbook.xml", workbookXml(workbook)],
    [
      "xl/_rels/workbook.xml.rels",
      relationships([
        ...sheets.map((_, index): [string, string] => [`${OFFICE_REL}/worksheet`, `worksheets/sheet${index + 1}.xml`]),
        [`${OFFICE_REL}/styles`, "styles.xml"],
        [`${OFFICE_REL}/sharedStrings`, "sharedStrings.xml"],
      ]),
    ],
    ...sheets.map((xml, index): [string, string] => [`xl/worksheets/sheet${index + 1}.xml`, xml]),
    ["xl/styles.xml", styles.xml()],
    ["xl/sharedStrings.xml", strings.xml()],
  ];
}

/**
 * The workbook as .xlsx bytes (deflated). The zip library stamps entries with a local time;
 * the caller fixes the stamps (setZipEntryDates) so that output is the same in every zone.
 */
export function writeXlsx(workbook: Workbook): Uint8Array {
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of workbookParts(workbook)) files[path] = encoder.encode(xml);
  // A fixed local time well inside the zip format's 1980–2107 range, whatever the zone.
  return zipSync(files, { level: 6, mtime: new Date(2000, 0, 1) });
}
