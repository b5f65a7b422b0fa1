/**
 * Misuse of the library (a bad argument, an unknown indicator id) throws a
 * `CicScorecardError` with a stable `code`. Bad *data* never throws: it becomes an issue.
 */
export type ErrorCode = "invalid_argument" | "unknown_indicator" | "invalid_config" | "usage";

export class CicScorecardError extends Error {
  readonly code: ErrorCode;
  /** The offending input, when there is one. */
  readonly input: unknown;
  constructor(code: ErrorCode, message: string, input?: unknown) {
    super(`[cic-scorecard] ${message}`);
    this.name = "CicScorecardError";
    this.code = code;
    this.input = input;
  }
}

export function assert(condition: unknown, code: ErrorCode, message: string, input?: unknown): asserts condition {
  if (!condition) throw new CicScorecardError(code, message, input);
}
