/**
 * Misuse of the library (a bad argument, an unknown indicator id) throws a
 * `CicScorecardError` with a stable `code`. Bad *data* never throws: it becomes an issue.
 */
export type ErrorCode = "invalid_argument" | "unknown_indicator" | "invalid_config" | "usage";

/** A mark every instance carries, shared by every copy of this module (the ESM and CJS bundles, each entry). */
const BRAND = Symbol.for("cic-scorecard.CicScorecardError");

/**
 * @example
 * ```ts
 * try {
 *   parseConfig({ tragets: 1 });
 * } catch (error) {
 *   if (error instanceof CicScorecardError) console.error(error.code, error.message); // "invalid_config" …
 * }
 * ```
 */
export class CicScorecardError extends Error {
  readonly code: ErrorCode;
  /** The offending input, when there is one. */
  readonly input: unknown;
  constructor(code: ErrorCode, message: string, input?: unknown) {
    super(`[cic-scorecard] ${message}`);
    this.name = "CicScorecardError";
    this.code = code;
    this.input = input;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `instanceof` by the shared mark rather than by prototype: `cic-scorecard/node` and
   * `cic-scorecard` are separate bundles, each with its own copy of this class, and an error
   * thrown by one must be an instance of the class the other exports.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** `value` is one of `allowed`, else an `invalid_argument` error naming `name` and the choices. */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new CicScorecardError("invalid_argument", `${name} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${JSON.stringify(value) ?? String(value)}`, value);
  }
}

/** `value` is a plain object (an options bag), else an `invalid_argument` error. */
export function assertObject(value: unknown, name: string): asserts value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CicScorecardError("invalid_argument", `${name} must be an object, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`, value);
  }
}

export function assert(condition: unknown, code: ErrorCode, message: string, input?: unknown): asserts condition {
  if (!condition) throw new CicScorecardError(code, message, input);
}
