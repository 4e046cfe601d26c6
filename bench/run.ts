/**
 * `npm run bench -- [--sizes 10000,100000,1000000] [--engines sqlite,postgres] [--seconds 3]
 *                   [--out bench/results.json]`
 *
 * Measures the server at each size on each engine (building missing datasets first, as
 * `npm run bench:data` would), the parser, the document renderers and the web bundle; prints a
 * table and writes bench/results.json. See docs/performance.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseOptions } from './lib/args.ts';
import { BENCH_DIR, buildDatasets, type Engine, readyDataset } from './lib/datasets.ts';
import { benchDatabase } from './lib/db-bench.ts';
import { benchParse, benchRender, webSize } from './lib/docs-bench.ts';
import type { Run } from './lib/measure.ts';

const options = parseOptions(process.argv.slice(2));
const log = (msg: string) => process.stderr.write(`${msg}\n`);
const t0 = performance.now();
const runs: Run[] = [];

// Datasets first (both engines of a size in one pass), then the measures.
for (const n of options.sizes) {
  const missing: Engine[] = [];
  for (const engine of options.engines) if (!(await readyDataset(engine, n))) missing.push(engine);
  if (missing.length) await buildDatasets(missing, n);
}
for (const engine of options.engines) {
  for (const n of options.sizes) {
    log(
      `${engine}, ${n.toLocaleString('en')} tasks (load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}):`,
    );
    runs.push(
      ...(await benchDatabase(engine, n, {
        seconds: options.seconds,
        httpSeconds: Math.max(3, options.seconds + 1),
        log,
      })),
    );
  }
}

// Not database-bound: measured once, reported with tasks = 0.
log('documents:');
const noDb = { engine: 'sqlite' as const, tasks: 0 };
const parse = await benchParse(options.seconds);
if (parse) {
  runs.push({
    ...noDb,
    measure: 'parse',
    p50_ms: parse.p50_ms,
    p99_ms: parse.p99_ms,
    per_s: parse.per_s,
  });
  log(
    `  parse         ${parse.per_s} documents/s, ${parse.mbPerS} MB/s (${parse.documents} documents, ${(parse.bytes / 1024).toFixed(0)} KiB, one core)`,
  );
} else log('  parse: corpus not found (set KETLUAN_CORPUS_DIR)');
for (const format of ['docx', 'pdf'] as const) {
  const s = await benchRender(format, options.seconds);
  runs.push({ ...noDb, measure: format, p50_ms: s.p50_ms, p99_ms: s.p99_ms, per_s: s.per_s });
  log(`  ${format.padEnd(13)} p50 ${s.p50_ms} ms  p99 ${s.p99_ms} ms  ${s.per_s}/s`);
}
log('web:');
const web = webSize();
log(`  ${JSON.stringify(web)}`);

// ---- ratios -----------------------------------------------------------------------------
const find = (engine: string, tasks: number, measure: string) =>
  runs.find((r) => r.engine === engine && r.tasks === tasks && r.measure === measure);
const largest = Math.max(...options.sizes);
const smallest = Math.min(...options.sizes);
const round = (x: number) => Math.round(x * 1000) / 1000;
function listVsBare(engine: string): number | null {
  const list = find(engine, largest, 'list_http');
  const bare = find(engine, largest, 'bare_http');
  return list && bare ? round(list.per_s / bare.per_s) : null;
}
/** p99 at the largest size over p99 at the smallest, for the paged endpoints (worst of
 * task_list, task_page and search). Aggregates (dashboard, reports) are shown per measure in
 * the table: they read every task of the period by nature. */
function scaling(engine: string): number | null {
  if (largest === smallest) return null;
  const ratios = ['task_list', 'task_page', 'search'].flatMap((m) => {
    const big = find(engine, largest, m);
    const small = find(engine, smallest, m);
    return big && small ? [big.p99_ms / small.p99_ms] : [];
  });
  return ratios.length ? round(Math.max(...ratios)) : null;
}
const ratios = {
  list_vs_bare_sqlite: listVsBare('sqlite'),
  list_vs_bare_postgres: listVsBare('postgres'),
  p99_1m_vs_10k_sqlite: scaling('sqlite'),
  p99_1m_vs_10k_postgres: scaling('postgres'),
};

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  },
  runs,
  ratios,
  web,
};

// ---- table ------------------------------------------------------------------------------
const columns = options.engines.flatMap((e) => options.sizes.map((n) => ({ e, n })));
const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const measures = [...new Set(runs.filter((r) => r.tasks > 0).map((r) => r.measure))];
const lines = [
  `| measure | ${columns.map((c) => `${c.e} ${label(c.n)} p50 / p99 ms (per s)`).join(' | ')} |`,
  `|---|${columns.map(() => '---').join('|')}|`,
  ...measures.map((m) => {
    const cells = columns.map((c) => {
      const r = find(c.e, c.n, m);
      return r ? `${r.p50_ms} / ${r.p99_ms} (${r.per_s})` : '—';
    });
    return `| ${m} | ${cells.join(' | ')} |`;
  }),
];
for (const r of runs.filter((x) => x.tasks === 0))
  lines.push(`| ${r.measure} | ${r.p50_ms} / ${r.p99_ms} ms, ${r.per_s}/s (no database) |`);
process.stdout.write(`\n${lines.join('\n')}\n\nratios: ${JSON.stringify(ratios)}\n`);

const out = options.out ?? join(BENCH_DIR, 'results.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${out} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
