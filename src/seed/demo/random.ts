/**
 * Deterministic pseudo-random numbers for the demo seed. The generator is
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter, 128-bit state), seeded from
 * a string hash of the seed number and a label. Each demo area draws from its
 * own labelled stream, so appending a new area (or changing one) never shifts
 * the data of the others.
 *
 * Not for anything secret: this is only for reproducible demo data.
 */
import { addDays, dayNumber, fromDayNumber } from './dates.ts';

/** cyrb128: four 32-bit hashes of a string, used as the sfc32 state. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;
  readonly seed: number;
  readonly label: string;

  constructor(seed: number, label = '') {
    if (!Number.isSafeInteger(seed)) throw new Error(`Demo seed must be an integer, got ${String(seed)}.`);
    this.seed = seed;
    this.label = label;
    [this.#a, this.#b, this.#c, this.#d] = cyrb128(`jobspor-demo:${seed}:${label}`);
    // Warm up so that similar labels diverge fully.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** An independent stream for a sub-area, e.g. `random.fork('benefits')`. */
  fork(label: string): Random {
    return new Random(this.seed, this.label ? `${this.label}/${label}` : label);
  }

  /** Next unsigned 32-bit integer. */
  uint32(): number {
    const a = this.#a;
    const b = this.#b;
    const c = this.#c;
    const d = this.#d;
    const t = (((a + b) | 0) + d) | 0;
    this.#d = (d + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    const rotated = (c << 21) | (c >>> 11);
    this.#c = (rotated + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new Error(`Random.int needs integers min <= max, got ${min}..${max}.`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick from an empty list.');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) {
      if (!(weight >= 0)) throw new Error('Random.weighted needs non-negative weights.');
      total += weight;
    }
    if (!(total > 0)) throw new Error('Random.weighted needs a positive total weight.');
    let r = this.next() * total;
    for (const [value, weight] of items) {
      r -= weight;
      if (r < 0) return value;
    }
    // Floating-point edge: the last item with a positive weight.
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (item && item[1] > 0) return item[0];
    }
    throw new Error('unreachable');
  }

  /** Approximately normal (Box-Muller), optionally clamped to [min, max]. */
  normal(mean: number, sd: number, min = -Infinity, max = Infinity): number {
    const u1 = 1 - this.next(); // (0, 1]
    const u2 = this.next();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.min(max, Math.max(min, mean + sd * z));
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** A uniform ISO date in [from, to], both inclusive. */
  dateBetween(from: string, to: string): string {
    const a = dayNumber(from);
    const b = dayNumber(to);
    if (b < a) throw new Error(`Random.dateBetween: ${to} is before ${from}.`);
    return fromDayNumber(this.int(a, b));
  }

  /** A uniform ISO date up to `days` days after `from` (inclusive). */
  dateWithin(from: string, days: number): string {
    return addDays(from, this.int(0, days));
  }

  /** n pseudo-random bytes (for pseudonyms and ids). */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      let word = this.uint32();
      for (let j = i; j < Math.min(n, i + 4); j++) {
        out[j] = word & 0xff;
        word >>>= 8;
      }
    }
    return out;
  }

  /** A version-4-shaped UUID from the stream, so ids are reproducible too. */
  uuid(): string {
    const b = this.bytes(16);
    b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
    b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

export function createRandom(seed: number, label = ''): Random {
  return new Random(seed, label);
}
