import { build } from "esbuild";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CACHE = join(fileURLToPath(import.meta.url), "..", "..", "node_modules", ".cache", "cic-scorecard-bench");

/**
 * A benchmark script bundled as the library ships (esbuild, as tsup builds dist/), to run with
 * plain `node`: under tsx every function is wrapped in `__name` (esbuild's keepNames), a
 * property definition each time a closure is made, which the published build does not pay.
 * Written under node_modules so that the packages left outside the bundle (DuckDB) resolve.
 */
export async function bundled(script: string, name: string): Promise<string> {
  const outfile = join(CACHE, name);
  await build({ entryPoints: [script], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" });
  return outfile;
}
