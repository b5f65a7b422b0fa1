/**
 * A small seeded PRNG for the synthetic 903 generator: sfc32 seeded through splitmix32, so a
 * (seed, child index) pair always gives the same stream, whatever order children are drawn in.
 * Never Math.random: the same seed must give byte-identical files.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [low, high], both included. */
  int(low: number, high: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One of the items, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One of the keys, with probability proportional to its weight. */
  weighted<T extends string>(table: readonly (readonly [T, number])[]): T;
  /** Exponential waiting time with the given mean. */
  exponential(mean: number): number;
  /** Log-normal with the given median and log-scale spread sigma. */
  logNormal(median: number, sigma: number): number;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 (Chris Doty-Humphrey's small fast counting generator), 32-bit state words. */
export function createRandom(seed: number, stream = 0): Random {
  const mix = splitmix32((Math.imul(seed >>> 0, 0x27d4eb2d) ^ Math.imul(stream >>> 0, 0x165667b1)) >>> 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix() | 1;
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i += 1) next(); // warm up away from the seeding pattern
  let spareNormal: number | null = null;
  const normal = (): number => {
    if (spareNormal !== null) {
      const s = spareNormal;
      spareNormal = null;
      return s;
    }
    const u = 1 - next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (table) => {
      let total = 0;
      for (const [, w] of table) total += w;
      let x = next() * total;
      for (const [key, w] of table) {
        x -= w;
        if (x < 0) return key;
      }
      return table[table.length - 1]![0];
    },
    exponential: (mean) => -mean * Math.log(1 - next()),
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
  };
}
