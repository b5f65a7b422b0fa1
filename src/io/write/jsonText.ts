import { Decimal } from "../../numbers/decimal.js";

/**
 * A JSON value whose object keys are already in output order. Writers build one of these
 * from the contract's field lists, so the text never depends on how an object was assembled.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A number as plain JSON: no `-0`, no exponent (1e21 → "1000000000000000000000",
 * 1e-7 → "0.0000001"). Non-finite numbers are a bug upstream, not data.
 */
export function formatJsonNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`[cic-scorecard] cannot write ${value} as JSON`);
  if (value === 0) return "0"; // also −0
  const text = String(value);
  return /e/i.test(text) ? new Decimal(value).toFixed() : text;
}

/** The text of a JSON value, 2-space indented like `JSON.stringify(value, null, 2)`. */
export function jsonText(value: JsonValue, indent = ""): string {
  if (value === null) return "null";
  if (typeof value === "number") return formatJsonNumber(value);
  if (typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => inner + jsonText(item, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${jsonText(item, inner)}`).join(",\n")}\n${indent}}`;
}
