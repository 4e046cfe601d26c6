/**
 * Deterministic randomness for the data generator: one seeded PRNG (sfc32), helpers to pick
 * from weighted pools, UUIDv7 ids whose timestamp is the row's creation instant (so ids sort by
 * time, as the server's own ids do), and plain dates as day numbers.
 * @module
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick with a precomputed cumulative weight table (see `weighted`). */
  pickWeighted<T>(w: Weighted<T>): T;
}

export interface Weighted<T> {
  items: readonly T[];
  cumulative: Float64Array;
  total: number;
}

export function weighted<T>(
  items: readonly T[],
  weightOf: (t: T, i: number) => number,
): Weighted<T> {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach((t, i) => {
    total += Math.max(0, weightOf(t, i));
    cumulative[i] = total;
  });
  return { items, cumulative, total };
}

export function createRng(seed: number): Rng {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 + seed * 7;
  let c = 0xb7e15162 ^ (seed << 3);
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as never,
    pickWeighted: (w) => {
      const x = next() * w.total;
      let lo = 0;
      let hi = w.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((w.cumulative[mid] ?? 0) > x) hi = mid;
        else lo = mid + 1;
      }
      return w.items[lo] as never;
    },
  };
  return rng;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A UUIDv7 with the given Unix milliseconds and PRNG bits (RFC 9562 layout). */
export function uuidv7(ms: number, rng: Rng): string {
  const hi = Math.floor(ms / 0x10000);
  const lo = ms % 0x10000;
  const r1 = (rng.next() * 0x100000000) >>> 0;
  const r2 = (rng.next() * 0x100000000) >>> 0;
  const r3 = (rng.next() * 0x100000000) >>> 0;
  const h8 = (n: number) =>
    HEX[(n >>> 24) & 255]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
  const h4 = (n: number) => HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
  return `${h8(hi)}-${h4(lo)}-${h4(0x7000 | (r1 & 0x0fff))}-${h4(0x8000 | ((r1 >>> 12) & 0x3fff))}-${h4(r2 & 0xffff)}${h8(r3)}`;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

const isoCache = new Map<number, string>();
/** ISO date of a day number. */
export function isoOf(day: number): string {
  let s = isoCache.get(day);
  if (!s) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: number) => (day + 4) % 7;

/** The same day, or the next Monday when it falls on a weekend. */
export function workingDayOnOrAfter(day: number): number {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

/** An instant on that Vietnam day, during office hours (08:00–17:00 UTC+7), as ISO UTC. */
export function instantOn(day: number, rng: Rng): { iso: string; ms: number } {
  const ms = day * DAY_MS + (1 + rng.next() * 9) * 3_600_000;
  return { iso: new Date(ms).toISOString(), ms };
}
