/** The source of "now", injected so tests can move time. */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock a test sets by hand. */
export function fixedClock(start: Date | string): Clock & { set(d: Date | string): void } {
  let t = new Date(start);
  return {
    now: () => new Date(t),
    set: (d) => {
      t = new Date(d);
    },
  };
}

/** The plain date in Vietnam (UTC+7, no daylight saving) at the instant `d`. */
export function vietnamDate(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
