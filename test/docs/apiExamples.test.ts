import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every function and class of the public entries carries an `@example` in its doc comment, so
 * the generated reference (`npm run docs`, typedoc) shows how to call each one.
 */
const ENTRIES = ["src/index.ts", "src/node.ts", "src/benchmarks.ts"];

function publicCallables(): { name: string; hasExample: boolean }[] {
  const program = ts.createProgram(ENTRIES, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, allowJs: false, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map<string, boolean>();
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(entry)!;
    for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class))) continue;
      const hasExample = (symbol.declarations ?? []).some((declaration) => ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === "example"));
      found.set(exported.name, (found.get(exported.name) ?? false) || hasExample);
    }
  }
  return [...found].map(([name, hasExample]) => ({ name, hasExample }));
}

describe("the API reference", () => {
  const callables = publicCallables();

  it("finds the public functions and classes", () => {
    expect(callables.map((c) => c.name)).toEqual(expect.arrayContaining(["computeScorecard", "loadReturn903", "loadFolder903", "BankHolidayCalendar"]));
  });

  it("has an @example for every public function and class", () => {
    expect(callables.filter((c) => !c.hasExample).map((c) => c.name)).toEqual([]);
  });
});
