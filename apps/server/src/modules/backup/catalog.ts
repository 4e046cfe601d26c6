/**
 * What a logical backup needs to know of the schema, read from the database itself (so that
 * tables added by later migrations are included without a list to maintain): every table, its
 * primary key, its foreign keys, and an order in which parents come before children.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

/** Kysely's own bookkeeping: the migration list travels in the backup's header instead. */
export const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

export interface TableInfo {
  name: string;
  /** Primary key columns, in key order (empty when the table has none). */
  primaryKey: string[];
  /** Columns that reference another row of the same table (orgs.parent_id, …). */
  selfReferences: string[];
  /** Tables this one references. */
  parents: string[];
  /** Columns filled from a sequence (PostgreSQL serials), to reset after a restore. */
  serials: string[];
}

interface ForeignKey {
  child: string;
  parent: string;
  column: string;
}

// biome-ignore lint/suspicious/noExplicitAny: catalog queries read tables outside the schema type
type AnyDb = Kysely<any>;

async function postgresCatalog(db: AnyDb) {
  const listed = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname = current_schema() order by c.relname`.execute(db);
  const triggers = await sql<{ src: string }>`
    select p.prosrc as src from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
    join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where not tg.tgisinternal and n.nspname = current_schema()`.execute(db);
  const derived = triggerTargets(triggers.rows.map((r) => r.src));
  const tables = { rows: listed.rows.filter((r) => !derived.has(r.name.toLowerCase())) };
  const keys = await sql<{ table: string; column: string }>`
    select cl.relname as table, a.attname as column
    from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid
    join pg_namespace n on n.oid = con.connamespace
    cross join lateral unnest(con.conkey) with ordinality as k(att, pos)
    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.att
    where con.contype = 'p' and n.nspname = current_schema()
    order by cl.relname, k.pos`.execute(db);
  const fks = await sql<ForeignKey>`
    select cl.relname as child, pl.relname as parent, a.attname as column
    from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid
    join pg_class pl on pl.oid = con.confrelid
    join pg_namespace n on n.oid = con.connamespace
    cross join lateral unnest(con.conkey) as k(att)
    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.att
    where con.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const serials = await sql<{ table: string; column: string }>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = current_schema() and column_default like 'nextval(%'`.execute(db);
  return {
    names: tables.rows.map((r) => r.name),
    keys: keys.rows,
    fks: fks.rows,
    serials: serials.rows,
  };
}

/** Tables that triggers fill (e.g. the search index of migration 0005): a restore rebuilds
 * them by loading their source rows, so they are not copied. */
function triggerTargets(sources: string[]): Set<string> {
  const out = new Set<string>();
  for (const src of sources)
    for (const m of src.matchAll(/insert\s+into\s+["`]?(\w+)/gi)) out.add(m[1]!.toLowerCase());
  return out;
}

async function sqliteCatalog(db: AnyDb) {
  // Only ordinary tables: not virtual tables (FTS5) nor their shadow tables.
  const listed = await sql<{ name: string }>`
    select name from pragma_table_list where schema = 'main' and type = 'table'
    and name not like 'sqlite_%' order by name`.execute(db);
  const triggers = await sql<{ sql: string }>`
    select sql from sqlite_master where type = 'trigger'`.execute(db);
  const derived = triggerTargets(triggers.rows.map((r) => r.sql));
  const tables = { rows: listed.rows.filter((r) => !derived.has(r.name.toLowerCase())) };
  const keys: { table: string; column: string }[] = [];
  const fks: ForeignKey[] = [];
  for (const { name } of tables.rows) {
    const cols = await sql<{ name: string; pk: number }>`
      select name, pk from pragma_table_info(${name})`.execute(db);
    for (const c of cols.rows.filter((x) => x.pk > 0).sort((a, b) => a.pk - b.pk))
      keys.push({ table: name, column: c.name });
    const refs = await sql<{ table: string; from: string }>`
      select "table", "from" from pragma_foreign_key_list(${name})`.execute(db);
    for (const r of refs.rows) fks.push({ child: name, parent: r.table, column: r.from });
  }
  return { names: tables.rows.map((r) => r.name), keys, fks, serials: [] };
}

/** Every data table of the database, parents before children. */
export async function readCatalog(db: Kysely<Database>, engine: Engine): Promise<TableInfo[]> {
  const raw = engine === 'postgres' ? await postgresCatalog(db) : await sqliteCatalog(db);
  const infos = raw.names
    .filter((n) => !MIGRATION_TABLES.has(n))
    .map((name) => ({
      name,
      primaryKey: raw.keys.filter((k) => k.table === name).map((k) => k.column),
      selfReferences: raw.fks
        .filter((f) => f.child === name && f.parent === name)
        .map((f) => f.column),
      parents: [
        ...new Set(
          raw.fks.filter((f) => f.child === name && f.parent !== name).map((f) => f.parent),
        ),
      ],
      serials: raw.serials.filter((s) => s.table === name).map((s) => s.column),
    }));
  return dependencyOrder(infos);
}

/** Orders tables so that each comes after the tables it references (Kahn's algorithm). */
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: TableInfo[] = [];
  while (out.length < tables.length) {
    const ready = tables.filter(
      (t) => !done.has(t.name) && t.parents.every((p) => done.has(p) || !byName.has(p)),
    );
    if (!ready.length) {
      const left = tables.filter((t) => !done.has(t.name)).map((t) => t.name);
      throw new Error(`Foreign keys form a cycle between tables: ${left.join(', ')}`);
    }
    for (const t of ready) {
      done.add(t.name);
      out.push(t);
    }
  }
  return out;
}

/** Sorts the rows of a self-referencing table so that a referenced row comes first. */
export function parentsFirst(
  rows: Record<string, unknown>[],
  table: TableInfo,
): Record<string, unknown>[] {
  if (!table.selfReferences.length || table.primaryKey.length !== 1) return rows;
  const key = table.primaryKey[0]!;
  const present = new Set(rows.map((r) => r[key]));
  const placed = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  let pending = rows;
  while (pending.length) {
    const next: Record<string, unknown>[] = [];
    for (const r of pending) {
      const refs = table.selfReferences.map((c) => r[c]).filter((v) => v != null && v !== r[key]);
      if (refs.every((v) => placed.has(v) || !present.has(v))) {
        out.push(r);
        placed.add(r[key]);
      } else next.push(r);
    }
    if (next.length === pending.length)
      throw new Error(`Rows of ${table.name} reference in a cycle`);
    pending = next;
  }
  return out;
}
