import type { Cell } from "./workbook.js";

/**
 * Spreadsheet programs read a typed-in `=`, `+`, `-` or `@` as the start of a formula (and
 * tab or CR as a field break on paste), so text from the data that starts with one could run
 * as a formula once someone edits the cell (interface.md §6).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Stores `text` as a plain string cell, never a formula. Formula-like text also gets the Text
 * number format ("@"), so Excel keeps it as text when the cell is edited and re-entered.
 */
export function setText(cell: Cell, text: string): void {
  cell.value = text;
  if (isFormulaLike(text)) cell.numFmt = "@";
}

/** A number cell with its display format; -0 is stored as 0. Nothing for null. */
export function setNumber(cell: Cell, value: number | null, numFmt: string): void {
  if (value === null) return;
  cell.value = value === 0 ? 0 : value;
  cell.numFmt = numFmt;
}
