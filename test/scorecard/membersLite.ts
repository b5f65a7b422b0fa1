import type { Measurement } from "../../src/indicators/types.js";

/** A test-only stand-in for MembersBuilder, so these tests do not depend on indicator code. */
export class MembersBuilderLite {
  private readonly numerator: string[] = [];
  private readonly denominator: string[] = [];
  include(id: string, passes: boolean): void {
    this.denominator.push(id);
    if (passes) this.numerator.push(id);
  }
  count(id: string): void {
    this.numerator.push(id);
  }
  percent(): Measurement {
    return { kind: "measured", numerator: this.numerator.length, denominator: this.denominator.length, members: { numerator: [...this.numerator], denominator: [...this.denominator], excluded: [] } };
  }
  countMeasurement(): Measurement {
    return { kind: "measured", numerator: this.numerator.length, denominator: null, members: { numerator: [...this.numerator], denominator: [], excluded: [] } };
  }
}
