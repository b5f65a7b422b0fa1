import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CACHE = join(fileURLToPath(import.meta.url), "..", "..", "node_modules", ".cache", "cic-scorecard-bench");

/**
 * A benchmark script bundled as the library ships (esbuild, as tsup builds dist/), to run with
 * plain `node`: under tsx every function is wrapped in `__name` (esbuild's keepNames), a
 * property definition each time a closure is made, which the published build does not pay.
 * Written under node_modules so that the packages left outside the bundle (DuckDB) resolve, with
 * the node entry's reading worker beside it, where the library finds it in dist/.
 */
export async function bundled(script: string, name: string): Promise<string> {
  const outfile = join(CACHE, name);
  const options = { bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" } as const;
  await build({ ...options, entryPoints: [script], outfile });
  await build({ ...options, entryPoints: [join(CACHE, "..", "..", "..", "src", "node", "readWorker.ts")], outfile: join(CACHE, "readWorker.js") });
  // Under node_modules a .js file is CommonJS unless a package.json beside it says otherwise.
  writeFileSync(join(CACHE, "package.json"), `{ "type": "module" }\n`);
  return outfile;
}
