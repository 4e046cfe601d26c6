/**
 * `npm run bench:data -- [--tasks 10000,100000,1000000] [--db sqlite|postgres] [--force]`
 *
 * Generates the benchmark datasets: SQLite files under bench/data/, PostgreSQL databases
 * ketluan_bench_<N>. A dataset that is complete and current is kept unless --force.
 */
import { parseOptions } from './lib/args.ts';
import { buildDatasets, type Engine, readyDataset } from './lib/datasets.ts';

const options = parseOptions(process.argv.slice(2));
const t0 = performance.now();
for (const n of options.sizes) {
  const missing: Engine[] = [];
  for (const engine of options.engines) {
    const ready = options.force ? null : await readyDataset(engine, n);
    if (ready)
      process.stderr.write(
        `${engine}, ${n.toLocaleString('en')} tasks: ready (built ${ready.today})\n`,
      );
    else missing.push(engine);
  }
  if (missing.length) await buildDatasets(missing, n);
}
process.stderr.write(`bench:data finished in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
