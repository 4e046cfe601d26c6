/** Latency sampling: a warm-up, then sequential calls until enough samples or time. */

export interface Run {
  engine: 'sqlite' | 'postgres';
  tasks: number;
  measure: string;
  p50_ms: number;
  p99_ms: number;
  per_s: number;
}

export interface Sampled {
  p50_ms: number;
  p99_ms: number;
  per_s: number;
  samples: number;
}

export interface SampleOptions {
  /** Stop after this many samples… */
  max?: number;
  /** …or after this long, once `min` samples are in. */
  seconds?: number;
  min?: number;
  /** Warm-up calls (bounded to about five seconds). */
  warmup?: number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(times: number[], totalMs = times.reduce((s, t) => s + t, 0)): Sampled {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(sorted, 50), 3),
    p99_ms: round(percentile(sorted, 99), 3),
    per_s: round((times.length * 1000) / totalMs, 1),
    samples: times.length,
  };
}

/** Calls `fn(i)` one at a time; returns p50/p99 latency and calls per second. */
export async function sample(
  fn: (i: number) => Promise<unknown> | unknown,
  options: SampleOptions = {},
): Promise<Sampled> {
  const { max = 400, seconds = 3, min = 20, warmup = 20 } = options;
  const w0 = performance.now();
  for (let i = 0; i < warmup && (i < 2 || performance.now() - w0 < 5000); i++) await fn(i);
  const times: number[] = [];
  const t0 = performance.now();
  let i = 0;
  while (times.length < max) {
    const elapsed = performance.now() - t0;
    if (times.length >= min && elapsed > seconds * 1000) break;
    if (elapsed > seconds * 1000 * 8) break; // a hard stop for very slow calls
    const s = performance.now();
    await fn(i++);
    times.push(performance.now() - s);
  }
  return summarise(times, performance.now() - t0);
}
