/**
 * Benchmark datasets: where they live (SQLite files under bench/data/, PostgreSQL databases
 * named ketluan_bench_<N>), how they are built (migrate, drop secondary indexes, bulk load,
 * rebuild, analyse) and a marker file that says a dataset is complete and current.
 * @module
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { createDatabase } from '../../apps/server/src/db/database.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { sqliteSearchBackfill } from '../../apps/server/src/db/migrations/0005-performance.ts';
import { vietnamDate } from '../../apps/server/src/lib/clock.ts';
import { type GenerateStats, generate } from './generate.ts';
import { dropIndexesForLoad, postgresSink } from './sink-postgres.ts';
import { dropForLoad, sqliteSink } from './sink-sqlite.ts';
import type { Sink } from './tables.ts';

export type Engine = 'sqlite' | 'postgres';

/** Bump when the generated data or its loading changes: older datasets are rebuilt. */
export const GENERATOR_VERSION = 4;

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(BENCH_DIR, 'data');
export const PG_ADMIN_URL =
  process.env.KETLUAN_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const BIG_TABLES = [
  'tasks',
  'task_events',
  'task_coordinators',
  'revision_points',
  'items',
  'meetings',
  'announcements',
  'org_aliases',
];

export const sqliteDir = (n: number) => join(DATA_DIR, `sqlite-${n}`);
export const sqliteFile = (n: number) => join(sqliteDir(n), 'ketluan.db');
export const pgDatabase = (n: number) => `ketluan_bench_${n}`;
export function pgUrl(n: number): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${pgDatabase(n)}`;
  return u.toString();
}
const markerFile = (engine: Engine, n: number) => join(DATA_DIR, `${engine}-${n}.json`);

/** A hash of the schema migrations: a dataset built under other migrations is rebuilt. */
export function schemaHash(): string {
  const dir = join(BENCH_DIR, '..', 'apps', 'server', 'src', 'db', 'migrations');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 16);
}

export interface Marker {
  engine: Engine;
  tasks: number;
  generator: number;
  schema: string;
  today: string;
  seconds: number;
  stats: GenerateStats;
}

async function pgDatabaseExists(n: number): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    const r = await c.query('select 1 from pg_database where datname = $1', [pgDatabase(n)]);
    return r.rowCount === 1;
  } finally {
    await c.end();
  }
}

/** The marker of a complete, current dataset, or null. */
export async function readyDataset(engine: Engine, n: number): Promise<Marker | null> {
  const file = markerFile(engine, n);
  if (!existsSync(file)) return null;
  const marker = JSON.parse(readFileSync(file, 'utf8')) as Marker;
  if (marker.generator !== GENERATOR_VERSION || marker.schema !== schemaHash()) return null;
  if (engine === 'sqlite' ? !existsSync(sqliteFile(n)) : !(await pgDatabaseExists(n))) return null;
  return marker;
}

const log = (msg: string) => process.stderr.write(`${msg}\n`);

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const out = await work();
  log(`  ${label} — ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

function progressBar(label: string, total: number) {
  const bar = new cliProgress.SingleBar(
    {
      format: `  ${label} [{bar}] {percentage}% | {value}/{total} tasks | {duration_formatted} (eta {eta_formatted})`,
      hideCursor: true,
      stream: process.stderr,
      etaBuffer: 50,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

interface Builder {
  engine: Engine;
  /** Creates the empty, migrated database and returns where the rows go. */
  prepare(): Promise<Sink>;
  /** After the last row: indexes, search index, statistics. */
  finish(): Promise<void>;
}

/** Lets other work (the PostgreSQL index builds) proceed between synchronous SQLite steps. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds (or rebuilds) the datasets of one size on the given engines. With both engines the
 * rows are generated once and written to both at the same time (SQLite in this process,
 * PostgreSQL parsing COPY in its own), and their index builds overlap too.
 */
export async function buildDatasets(
  engines: Engine[],
  n: number,
  today?: string,
): Promise<Marker[]> {
  const day = today ?? vietnamDate(new Date());
  mkdirSync(DATA_DIR, { recursive: true });
  for (const e of engines) rmSync(markerFile(e, n), { force: true });
  log(`${engines.join(' + ')}, ${n.toLocaleString('en')} tasks:`);
  const t0 = performance.now();
  const builders = engines.map((e) => (e === 'sqlite' ? sqliteBuilder(n) : postgresBuilder(n)));
  const sinks: Sink[] = [];
  for (const b of builders) sinks.push(await b.prepare());
  const tee: Sink = {
    row(table, values) {
      for (const s of sinks) s.row(table, values);
    },
    async tick() {
      await Promise.all(sinks.map((s) => s.tick()));
    },
  };
  const bar = progressBar('load', n);
  const stats = await generate(tee, { tasks: n, today: day, onProgress: (v) => bar.update(v) });
  bar.stop();
  await Promise.all(builders.map((b) => b.finish()));
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const markers = engines.map((engine) => {
    const marker: Marker = {
      engine,
      tasks: n,
      generator: GENERATOR_VERSION,
      schema: schemaHash(),
      today: day,
      seconds,
      stats,
    };
    writeFileSync(markerFile(engine, n), `${JSON.stringify(marker, null, 2)}\n`);
    return marker;
  });
  log(`  done in ${seconds} s: ${JSON.stringify(stats)}`);
  return markers;
}

async function migrated(config: Parameters<typeof createDatabase>[0]) {
  const db = createDatabase(config);
  try {
    await migrateToLatest(db.kysely);
  } finally {
    await db.destroy();
  }
}

function sqliteBuilder(n: number): Builder {
  let db: SQLite.Database;
  let saved: ReturnType<typeof dropForLoad>;
  let sink: ReturnType<typeof sqliteSink>;
  return {
    engine: 'sqlite',
    async prepare() {
      rmSync(sqliteDir(n), { recursive: true, force: true });
      mkdirSync(sqliteDir(n), { recursive: true });
      await timed('sqlite: schema', () => migrated({ engine: 'sqlite', file: sqliteFile(n) }));
      db = new SQLite(sqliteFile(n));
      db.pragma('journal_mode = DELETE');
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.pragma('foreign_keys = OFF');
      db.pragma('cache_size = -1048576');
      db.pragma('temp_store = MEMORY');
      db.pragma('locking_mode = EXCLUSIVE');
      saved = dropForLoad(db, BIG_TABLES);
      sink = sqliteSink(db);
      return sink;
    },
    async finish() {
      try {
        sink.commit();
        await timed(`sqlite: indexes (${saved.indexes.length})`, async () => {
          for (const s of saved.indexes) {
            db.exec(s);
            await breathe();
          }
        });
        await timed('sqlite: search index (FTS5 trigram)', async () => {
          for (const s of sqliteSearchBackfill) {
            db.exec(s);
            await breathe();
          }
          for (const s of saved.triggers) db.exec(s);
        });
        await timed('sqlite: analyze', () => {
          db.pragma('analysis_limit = 2000');
          db.exec('analyze');
        });
        db.pragma('locking_mode = NORMAL');
        db.pragma('journal_mode = WAL');
      } finally {
        db.close();
      }
      // Written with synchronous=OFF: flush it now, not under the benchmark's feet.
      await timed('sqlite: sync to disk', () => {
        const fd = openSync(sqliteFile(n), 'r');
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      });
    },
  };
}

function postgresBuilder(n: number): Builder {
  const url = pgUrl(n);
  let client: pg.Client;
  let saved: Awaited<ReturnType<typeof dropIndexesForLoad>>;
  let sink: Awaited<ReturnType<typeof postgresSink>>;
  return {
    engine: 'postgres',
    async prepare() {
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      try {
        await admin.query(`drop database if exists ${pgDatabase(n)} with (force)`);
        await admin.query(`create database ${pgDatabase(n)}`);
        // On two cores parallel workers only add start-up time to short queries (see
        // docs/performance.md, "PostgreSQL settings").
        await admin.query(
          `alter database ${pgDatabase(n)} set max_parallel_workers_per_gather = 0`,
        );
      } finally {
        await admin.end();
      }
      await timed('postgres: schema', () => migrated({ engine: 'postgres', url }));
      client = new pg.Client({ connectionString: url });
      await client.connect();
      saved = await dropIndexesForLoad(client, BIG_TABLES);
      sink = await postgresSink(url);
      return sink;
    },
    async finish() {
      try {
        await timed('postgres: rows', () => sink.finish());
        await timed(`postgres: indexes (${saved.indexes.length}, two at a time)`, async () => {
          const queue = [...saved.indexes];
          const worker = async () => {
            const c = new pg.Client({ connectionString: url });
            await c.connect();
            await c.query(`set maintenance_work_mem = '1GB'`);
            for (let def = queue.shift(); def; def = queue.shift()) await c.query(def);
            await c.end();
          };
          await Promise.all([worker(), worker()]);
        });
        await timed('postgres: vacuum analyze', () => client.query('vacuum (analyze)'));
        // Flush the load's dirty pages now, not during the measures.
        await timed('postgres: checkpoint', () => client.query('checkpoint'));
      } finally {
        await client.end();
      }
    },
  };
}
