import { type SheetFunctionName, SHEET_FUNCTIONS, asSheetError } from "../functions.js";

/**
 * The Google Sheets bundle (global `CicSheets`, an IIFE for Apps Script). Code.js declares
 * the top-level `CIC_<NAME>` functions Sheets calls, each forwarding here. A failure is a
 * thrown Error, which Sheets shows as #ERROR! with the message on the cell.
 */
function wrap<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return compute(...args);
    } catch (error) {
      throw new Error(asSheetError(error).message);
    }
  };
}

export const RATE = wrap(SHEET_FUNCTIONS.RATE);
export const PERCENT = wrap(SHEET_FUNCTIONS.PERCENT);
export const RAG = wrap(SHEET_FUNCTIONS.RAG);
export const VARIANCE = wrap(SHEET_FUNCTIONS.VARIANCE);
export const TREND = wrap(SHEET_FUNCTIONS.TREND);
export const WORKDAYS = wrap(SHEET_FUNCTIONS.WORKDAYS);
export const INDICATOR = wrap(SHEET_FUNCTIONS.INDICATOR);
export const SCORECARD = wrap(SHEET_FUNCTIONS.SCORECARD);
export const BENCHMARK = wrap(SHEET_FUNCTIONS.BENCHMARK);

/** Every name Code.js forwards to (checked by a test). */
export const FUNCTION_NAMES: readonly SheetFunctionName[] = ["RATE", "PERCENT", "RAG", "VARIANCE", "TREND", "WORKDAYS", "INDICATOR", "SCORECARD", "BENCHMARK"];
