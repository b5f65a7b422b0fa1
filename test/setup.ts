import fc from "fast-check";

// Seeded so CI repeats exactly; FC_SEED=… explores other cases.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 1), numRuns: Number(process.env.FC_RUNS ?? 200) });
