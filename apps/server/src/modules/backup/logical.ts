/**
 * The logical backup: every row of every table, and every attachment, as JSON lines, read in
 * ONE snapshot transaction (REPEATABLE READ on PostgreSQL), so the copy is consistent while the
 * server keeps running. Works on both engines, so it also moves data from SQLite to PostgreSQL.
 *
 *   {"format":"ketluan-backup","version":1,"engine":…,"migrations":[…],"tables":[…]}
 *   {"t":"orgs","r":{…}}            one line per row, tables parents first
 *   {"f":"<sha256>","b":"<base64>"} one line per attachment
 *   {"end":true,"counts":{…},"files":n}   — a file without it is refused as truncated
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { readAttachment, writeAttachment } from './attachments.ts';
import { parentsFirst, readCatalog, type TableInfo } from './catalog.ts';

export const LOGICAL_FORMAT = 'ketluan-backup';
const PAGE = 2000;

export interface LogicalHeader {
  format: typeof LOGICAL_FORMAT;
  version: 1;
  engine: Engine;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

export interface Counts {
  tables: Record<string, number>;
  files: number;
  missingFiles: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: tables are read by name from the catalog
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

const encode = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      Buffer.isBuffer(v) ? { $b64: v.toString('base64') } : v instanceof Date ? v.toISOString() : v,
    ]),
  );
const decode = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      v && typeof v === 'object' && '$b64' in v ? Buffer.from(String(v.$b64), 'base64') : v,
    ]),
  );

/** Every row of `table`, page by page in primary-key order. */
async function* rowsOf(db: AnyDb, table: TableInfo): AsyncGenerator<Row> {
  const key = table.primaryKey;
  if (!key.length) {
    yield* await db.selectFrom(table.name).selectAll().execute();
    return;
  }
  let after: unknown[] | null = null;
  for (;;) {
    let q = db.selectFrom(table.name).selectAll();
    if (after) {
      const cols = sql.join(key.map((c) => sql.ref(c)));
      q = q.where(sql<boolean>`(${cols}) > (${sql.join(after)})`);
    }
    const page = await q
      .orderBy(key.map((c) => sql.ref(c)) as never)
      .limit(PAGE)
      .execute();
    yield* page;
    if (page.length < PAGE) return;
    const last = page[page.length - 1] as Row;
    after = key.map((c) => last[c]);
  }
}

/** Writes the whole database and its attachments through `write`, one line at a time. */
export async function exportLogical(
  db: Kysely<Database>,
  engine: Engine,
  dataDir: string,
  write: (line: string) => Promise<void>,
  now: Date,
): Promise<Counts> {
  return inSnapshot(db, engine, async (trx) => {
    const any = trx as AnyDb;
    const migrations = (
      await any.selectFrom('kysely_migration').select('name').orderBy('name').execute()
    ).map((r) => String(r.name));
    const catalog = await readCatalog(trx, engine);
    const header: LogicalHeader = {
      format: LOGICAL_FORMAT,
      version: 1,
      engine,
      createdAt: now.toISOString(),
      migrations,
      tables: catalog.map((t) => t.name),
    };
    await write(JSON.stringify(header));
    const counts: Counts = { tables: {}, files: 0, missingFiles: [] };
    for (const table of catalog) {
      counts.tables[table.name] = 0;
      for await (const row of rowsOf(any, table)) {
        await write(JSON.stringify({ t: table.name, r: encode(row) }));
        counts.tables[table.name]!++;
      }
    }
    const files = catalog.find((t) => t.name === 'files');
    if (files) {
      for await (const row of rowsOf(any, files)) {
        const sha = String(row.sha256);
        const bytes = readAttachment(dataDir, sha);
        if (!bytes) counts.missingFiles.push(sha);
        else {
          await write(JSON.stringify({ f: sha, b: bytes.toString('base64') }));
          counts.files++;
        }
      }
    }
    await write(JSON.stringify({ end: true, counts: counts.tables, files: counts.files }));
    return counts;
  });
}

/**
 * Runs `work` in one read snapshot without blocking writers: REPEATABLE READ READ ONLY on
 * PostgreSQL; on SQLite a deferred transaction (WAL readers take no write lock), begun by hand
 * since the app's transactions begin IMMEDIATE.
 */
async function inSnapshot<T>(
  db: Kysely<Database>,
  engine: Engine,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (engine === 'postgres')
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(work);
  return db.connection().execute(async (conn) => {
    await sql`begin deferred`.execute(conn);
    try {
      const out = await work(conn);
      await sql`commit`.execute(conn);
      return out;
    } catch (err) {
      await sql`rollback`.execute(conn);
      throw err;
    }
  });
}

/** Reads and checks the header line of a logical backup. */
export function parseHeader(line: string | undefined): LogicalHeader {
  let h: Partial<LogicalHeader> = {};
  try {
    h = JSON.parse(line ?? '');
  } catch {
    // reported below
  }
  if (h.format !== LOGICAL_FORMAT || h.version !== 1 || !Array.isArray(h.migrations))
    throw new Error('Not a ketluan backup (or a version this ketluan cannot read)');
  return h as LogicalHeader;
}

/**
 * Loads the rows and attachments of a logical backup (after its header) into an empty
 * database migrated to the backup's schema, in one transaction: a damaged or truncated file
 * loads nothing.
 */
export async function importLogical(
  db: Kysely<Database>,
  engine: Engine,
  dataDir: string,
  lines: AsyncIterable<string>,
): Promise<Counts> {
  return db.transaction().execute(async (trx) => {
    const any = trx as AnyDb;
    const catalog = new Map((await readCatalog(trx, engine)).map((t) => [t.name, t]));
    const counts: Counts = { tables: {}, files: 0, missingFiles: [] };
    let current = null as TableInfo | null;
    let pending: Row[] = [];
    const flush = async () => {
      if (!current || !pending.length) return;
      const rows = parentsFirst(pending, current);
      const width = Object.keys(rows[0] ?? {}).length || 1;
      const batch = Math.max(1, Math.min(500, Math.floor(30_000 / width)));
      for (let i = 0; i < rows.length; i += batch)
        await any
          .insertInto(current.name)
          .values(rows.slice(i, i + batch))
          .execute();
      counts.tables[current.name] = (counts.tables[current.name] ?? 0) + rows.length;
      pending = [];
    };
    let footer = null as { counts: Record<string, number>; files: number } | null;
    let n = 1;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      if (footer) throw new Error('Backup damaged: data after its end line');
      let rec: { t?: string; r?: Row; f?: string; b?: string; end?: true };
      try {
        rec = JSON.parse(line);
      } catch {
        throw new Error(`Backup damaged: line ${n} is not JSON`);
      }
      if (rec.t && rec.r) {
        if (rec.t !== current?.name) {
          await flush();
          current = catalog.get(rec.t) ?? null;
          if (!current) throw new Error(`Backup has table ${rec.t}, unknown to this database`);
        }
        pending.push(decode(rec.r));
        // A self-referencing table is loaded whole, so that parents can go first.
        if (!current.selfReferences.length && pending.length >= PAGE) await flush();
      } else if (rec.f && rec.b) {
        await flush();
        writeAttachment(dataDir, rec.f, Buffer.from(rec.b, 'base64'));
        counts.files++;
      } else if (rec.end) {
        await flush();
        footer = rec as unknown as { counts: Record<string, number>; files: number };
      } else throw new Error('Backup damaged: a line of unknown kind');
    }
    if (!footer) throw new Error('Backup incomplete: its end line is missing (truncated file?)');
    for (const [table, n] of Object.entries(footer.counts)) {
      counts.tables[table] ??= 0;
      if (counts.tables[table] !== n)
        throw new Error(`Backup damaged: ${table} has ${counts.tables[table] ?? 0} rows, not ${n}`);
    }
    if (engine === 'postgres') await resetSequences(trx, [...catalog.values()]);
    return counts;
  });
}

/** After explicit ids were loaded, moves each PostgreSQL sequence past the largest one. */
async function resetSequences(db: Kysely<Database>, tables: TableInfo[]) {
  for (const t of tables) {
    for (const c of t.serials) {
      await sql`select setval(pg_get_serial_sequence(${t.name}, ${c}),
        coalesce((select max(${sql.ref(c)}) from ${sql.table(t.name)}), 0) + 1, false)`.execute(db);
    }
  }
}
