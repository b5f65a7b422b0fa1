import { defineConfig } from "tsup";

// One build: the library (ESM + CJS + types), the Node-only entry, its reading worker and the
// CLI. Silent, so that `npm pack --json` (which builds in `prepare`) prints nothing but its JSON;
// errors still show.
export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node.ts", benchmarks: "src/benchmarks.ts" },
    format: ["esm", "cjs"],
    dts: true,
    silent: true,
    sourcemap: false,
    target: "node20",
    splitting: false,
    // The CommonJS node entry finds dist/readWorker.js by its own URL (src/node/readInWorker.ts).
    shims: true,
  },
  {
    // Started by the node entry and the CLI, which find it beside them in dist/.
    entry: { readWorker: "src/node/readWorker.ts" },
    format: ["esm"],
    dts: false,
    silent: true,
    target: "node20",
    splitting: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    silent: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    splitting: false,
  },
]);
