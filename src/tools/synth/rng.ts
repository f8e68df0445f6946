// Seeded randomness for the synthetic data: the same seed gives the same data set, byte for byte.
import { mulberry32 } from '../common/prng';

export class Rng {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  next(): number {
    return this.r();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.r() * items.length)];
  }
  /** Index in [0, n) skewed toward 0: a few very active people and large organisations, many small ones. */
  skewed(n: number, power = 2.2): number {
    return Math.min(n - 1, Math.floor(n * this.r() ** power));
  }
}
