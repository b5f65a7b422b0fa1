/**
 * What a cell function reports instead of a value. Each host maps the kind to its own error
 * value (Excel: #N/A, #VALUE!, #DIV/0! with the message; Google Sheets: a thrown Error whose
 * message shows on the cell), so a failure never looks like 0 or a blank.
 * - not-available: the figure cannot be computed from this data (no cohort, suppressed);
 * - invalid-value: an argument is wrong (unknown id, bad date, unknown polarity);
 * - division-by-zero: a ratio over 0.
 */
export type SheetErrorKind = "not-available" | "invalid-value" | "division-by-zero";

export class SheetError extends Error {
  readonly kind: SheetErrorKind;
  constructor(kind: SheetErrorKind, message: string) {
    super(message);
    this.name = "SheetError";
    this.kind = kind;
  }
}
