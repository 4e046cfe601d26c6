/**
 * Bulk load into PostgreSQL: one `COPY … FROM STDIN` stream per table, all open at once on
 * their own connections (so the server parses while Node generates), foreign-key triggers off
 * for the session (`session_replication_role = replica`), secondary indexes dropped first and
 * rebuilt after.
 * @module
 */
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { LOAD_ORDER, type Sink, TABLES, type TableName, type Value } from './tables.ts';

const CHUNK = 256 * 1024;

function encode(v: Value): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      )
    : v;
}

interface Stream {
  client: pg.Client;
  stream: NodeJS.WritableStream & { on: (e: string, f: (...a: unknown[]) => void) => unknown };
  buffer: string[];
  size: number;
  done: Promise<void>;
  drained: Promise<void> | null;
}

export interface PostgresLoad extends Sink {
  finish(): Promise<void>;
}

export async function postgresSink(url: string): Promise<PostgresLoad> {
  const streams = new Map<TableName, Stream>();
  for (const table of LOAD_ORDER) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`set session_replication_role = replica`);
    const stream = client.query(
      copyFrom(`copy ${table} (${TABLES[table].join(',')}) from stdin`),
    ) as unknown as Stream['stream'];
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', () => resolve());
      stream.on('error', (e) => reject(e));
    });
    done.catch(() => {});
    streams.set(table, { client, stream, buffer: [], size: 0, done, drained: null });
  }
  const flush = (s: Stream) => {
    if (!s.buffer.length) return;
    const ok = s.stream.write(s.buffer.join(''));
    s.buffer = [];
    s.size = 0;
    if (!ok && !s.drained) {
      s.drained = new Promise<void>((resolve) => {
        s.stream.once('drain', () => {
          s.drained = null;
          resolve();
        });
      });
    }
  };
  return {
    row(table, values) {
      const s = streams.get(table)!;
      const line = `${values.map(encode).join('\t')}\n`;
      s.buffer.push(line);
      s.size += line.length;
      if (s.size >= CHUNK) flush(s);
    },
    async tick() {
      const waits = [...streams.values()].map((s) => s.drained).filter(Boolean);
      if (waits.length) await Promise.all(waits);
    },
    async finish() {
      // Referenced tables first, so that a failure names the first broken table.
      for (const table of LOAD_ORDER) {
        const s = streams.get(table)!;
        flush(s);
        s.stream.end();
        await s.done;
        await s.client.end();
      }
    },
  };
}

export interface SavedIndexes {
  indexes: string[];
}

/** Drops the non-constraint indexes of `tables`; returns their definitions. */
export async function dropIndexesForLoad(
  client: pg.Client,
  tables: readonly string[],
): Promise<SavedIndexes> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def
       from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c
                         where c.conindid = (quote_ident(i.indexname))::regclass)`,
    [tables],
  );
  for (const r of rows) await client.query(`drop index "${r.name}"`);
  return { indexes: rows.map((r) => r.def) };
}
