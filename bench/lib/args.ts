/** Command-line options shared by `bench/data.ts` and `bench/run.ts`. */
import type { Engine } from './datasets.ts';

export const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

function value(args: string[], ...names: string[]): string | undefined {
  for (const name of names) {
    const i = args.indexOf(name);
    if (i >= 0) return args[i + 1];
    const eq = args.find((a) => a.startsWith(`${name}=`));
    if (eq) return eq.slice(name.length + 1);
  }
  return undefined;
}

const parseSize = (s: string) => {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`not a size: ${s}`);
  const mult = m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(Number(m[1]) * mult);
};

export interface Options {
  sizes: number[];
  engines: Engine[];
  force: boolean;
  /** Seconds per latency measure (upper bound; fast measures stop at their sample count). */
  seconds: number;
  out: string | undefined;
}

export function parseOptions(argv: string[]): Options {
  const sizes = value(argv, '--sizes', '--tasks');
  const engines = value(argv, '--engines', '--db');
  const list = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const chosen = engines
    ? list(engines).flatMap((e) => (e === 'both' || e === 'all' ? [...ENGINES] : [e]))
    : [...ENGINES];
  for (const e of chosen)
    if (!ENGINES.includes(e as Engine)) throw new Error(`unknown engine ${e} (sqlite|postgres)`);
  return {
    sizes: sizes ? list(sizes).map(parseSize) : DEFAULT_SIZES,
    engines: [...new Set(chosen)] as Engine[],
    force: argv.includes('--force'),
    seconds: Number(value(argv, '--seconds') ?? 3),
    out: value(argv, '--out'),
  };
}
