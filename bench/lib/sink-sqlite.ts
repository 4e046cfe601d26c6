/**
 * Bulk load into SQLite: one transaction of prepared multi-row INSERTs with
 * `synchronous=OFF` and no journal, the big tables' secondary indexes and triggers dropped
 * first and rebuilt after (sorting once is much faster than updating B-trees row by row).
 * @module
 */
import type SQLite from 'better-sqlite3';
import { type Sink, TABLES, type TableName, type Value } from './tables.ts';

const BATCH = 50;

export interface SqliteLoad extends Sink {
  commit(): void;
}

export function sqliteSink(db: SQLite.Database): SqliteLoad {
  const buffers = new Map<TableName, Value[]>();
  const one = new Map<TableName, SQLite.Statement>();
  const many = new Map<TableName, SQLite.Statement>();
  const counts = new Map<TableName, number>();
  const placeholders = (n: number) => `(${Array.from({ length: n }, () => '?').join(',')})`;
  for (const [table, cols] of Object.entries(TABLES) as [TableName, readonly string[]][]) {
    const head = `insert into ${table} (${cols.join(',')}) values `;
    one.set(table, db.prepare(head + placeholders(cols.length)));
    many.set(
      table,
      db.prepare(head + Array.from({ length: BATCH }, () => placeholders(cols.length)).join(',')),
    );
    buffers.set(table, []);
    counts.set(table, 0);
  }
  db.exec('begin');
  return {
    row(table, values) {
      const buf = buffers.get(table)!;
      for (const v of values) buf.push(v);
      const n = (counts.get(table) ?? 0) + 1;
      if (n === BATCH) {
        many.get(table)!.run(buf);
        buf.length = 0;
        counts.set(table, 0);
      } else counts.set(table, n);
    },
    async tick() {},
    commit() {
      for (const [table, buf] of buffers) {
        const width = TABLES[table].length;
        for (let i = 0; i < buf.length; i += width) one.get(table)!.run(buf.slice(i, i + width));
        buf.length = 0;
      }
      db.exec('commit');
    },
  };
}

export interface SavedSchema {
  indexes: string[];
  triggers: string[];
}

/** Drops the secondary indexes and triggers of `tables`, returning their SQL to restore. */
export function dropForLoad(db: SQLite.Database, tables: readonly string[]): SavedSchema {
  const rows = db
    .prepare(
      `select type, name, sql from sqlite_master
        where type in ('index', 'trigger') and sql is not null
          and tbl_name in (${tables.map(() => '?').join(',')})`,
    )
    .all(...tables) as { type: string; name: string; sql: string }[];
  for (const r of rows) db.exec(`drop ${r.type} "${r.name}"`);
  return {
    indexes: rows.filter((r) => r.type === 'index').map((r) => r.sql),
    triggers: rows.filter((r) => r.type === 'trigger').map((r) => r.sql),
  };
}
