/**
 * A small seeded pseudo-random generator for the sample data: the same seed gives the same
 * numbers on every machine and run (Math.random cannot be seeded).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** A count with mean `mean` (Poisson; fine for the small means used here). */
  poisson(mean: number): number;
}

/** FNV-1a over the text, mixed with the seed: one independent stream per name. */
function hash(seed: number, name: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < name.length; i += 1) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * mulberry32: 32 bits of state, good enough statistics for made-up business data.
 * Streams are named so that adding a series never shifts the numbers of another.
 * @example random(42, 'revenue').next(); // the same value on every run
 */
export function random(seed: number, stream: string): Random {
  let state = hash(seed, stream);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    // Box–Muller; 1 − u keeps the logarithm's argument above 0.
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const poisson = (mean: number): number => {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = next();
    while (p > limit) {
      k += 1;
      p *= next();
    }
    return k;
  };
  return { next, normal, poisson };
}
