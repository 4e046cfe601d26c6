/**
 * The SQLite backup: a consistent copy of the live database file made with SQLite's online
 * backup API (better-sqlite3 `.backup()`; the server may keep running), switched to a
 * single-file journal, with the attachments stored inside it in one extra table. Restoring
 * takes the attachments out, drops that table and puts the file in place.
 * @module
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { readAttachment, writeAttachment } from './attachments.ts';

/** The table inside a backup file that carries the attachments. */
export const FILES_TABLE = 'ketluan_backup_files';
const MAGIC = 'SQLite format 3\u0000';

/** Whether `file` is an SQLite database file (by its first 16 bytes). */
export function isSqliteFile(file: string): boolean {
  const head = readFileSync(file).subarray(0, 16).toString('latin1');
  return head === MAGIC;
}

function tableCounts(db: SQLite.Database): Record<string, number> {
  const names = db
    .prepare(
      `select name from pragma_table_list where schema = 'main' and type = 'table'
       and name not like 'sqlite_%' and name not like 'kysely_%' and name <> ? order by name`,
    )
    .pluck()
    .all(FILES_TABLE) as string[];
  return Object.fromEntries(
    names.map((n) => [n, Number(db.prepare(`select count(*) from "${n}"`).pluck().get())]),
  );
}

/** Copies the database at `source` to `target` (through a temporary file, renamed at the end). */
export async function backupSqlite(source: string, target: string, dataDir: string) {
  const tmp = `${target}.${process.pid}.tmp`;
  const live = new SQLite(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(tmp);
  } finally {
    live.close();
  }
  const copy = new SQLite(tmp);
  try {
    copy.pragma('journal_mode = DELETE'); // one self-contained file
    const problems = copy.pragma('integrity_check', { simple: true });
    if (problems !== 'ok') throw new Error(`The copy failed its integrity check: ${problems}`);
    copy.exec(`create table ${FILES_TABLE} (sha256 text primary key, bytes blob not null)`);
    const insert = copy.prepare(`insert into ${FILES_TABLE} (sha256, bytes) values (?, ?)`);
    const hasFiles = copy.prepare("select 1 from sqlite_master where name = 'files'").get();
    const shas = hasFiles
      ? (copy.prepare('select sha256 from files order by sha256').pluck().all() as string[])
      : [];
    const missingFiles: string[] = [];
    copy.transaction(() => {
      for (const sha of shas) {
        const bytes = readAttachment(dataDir, sha);
        if (bytes) insert.run(sha, bytes);
        else missingFiles.push(sha);
      }
    })();
    const counts = tableCounts(copy);
    copy.close();
    renameSync(tmp, target);
    return { tables: counts, files: shas.length - missingFiles.length, missingFiles };
  } catch (err) {
    if (copy.open) copy.close();
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Puts the backup `file` in place of the database `target`; its attachments go to `dataDir`. */
export async function restoreSqlite(file: string, target: string, dataDir: string) {
  const tmp = `${target}.${process.pid}.restoring`;
  const backup = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const problems = backup.pragma('integrity_check', { simple: true });
    if (problems !== 'ok') throw new Error(`The backup failed its integrity check: ${problems}`);
    if (!backup.prepare("select 1 from sqlite_master where name = 'audit_log'").get())
      throw new Error('Not a ketluan database: it has no audit_log table');
    await backup.backup(tmp);
  } finally {
    backup.close();
  }
  const db = new SQLite(tmp);
  let files = 0;
  try {
    if (db.prepare('select 1 from sqlite_master where name = ?').get(FILES_TABLE)) {
      const rows = db.prepare(`select sha256, bytes from ${FILES_TABLE}`).iterate() as Iterable<{
        sha256: string;
        bytes: Buffer;
      }>;
      for (const r of rows) {
        writeAttachment(dataDir, r.sha256, r.bytes);
        files++;
      }
      db.exec(`drop table ${FILES_TABLE}`);
      db.exec('vacuum');
    }
    db.pragma('journal_mode = WAL');
    const counts = tableCounts(db);
    db.close();
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(tmp, target);
    return { tables: counts, files, missingFiles: [] as string[] };
  } catch (err) {
    if (db.open) db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
    throw err;
  }
}

/** Whether the SQLite database at `file` holds any data (an existing file with audit rows). */
export function sqliteHasData(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const has = db.prepare("select 1 from sqlite_master where name = 'audit_log'").get();
    return Boolean(has && db.prepare('select 1 from audit_log limit 1').get());
  } finally {
    db.close();
  }
}
