import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { type BackupFormat, backup } from '../../modules/backup/backup.service.ts';

/**
 * `ketluan backup FILE`: a consistent copy of the database and the attachments while the
 * server keeps running — an SQLite database file for SQLite, JSON lines for PostgreSQL (or
 * for SQLite with `--format jsonl`, e.g. to move to PostgreSQL).
 */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('Back up the database and attachments to FILE (online; the server may run)')
    .argument('<file>', 'backup file to write')
    .option('--format <format>', 'sqlite (SQLite only, the default there) or jsonl')
    .option('--force', 'overwrite FILE if it exists')
    .action(async (file: string, opts: { format?: string; force?: boolean }) => {
      if (opts.format && opts.format !== 'sqlite' && opts.format !== 'jsonl')
        throw new Error(`--format must be sqlite or jsonl, not ${opts.format}`);
      const started = Date.now();
      const r = await backup(loadConfig(process.env), file, {
        format: opts.format as BackupFormat | undefined,
        force: opts.force,
      });
      const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `Đã sao lưu ${rows} bản ghi (${Object.keys(r.tables).length} bảng) và ${r.files} tệp vào ${file}.\n` +
          `Backed up ${rows} rows and ${r.files} files to ${file} (${r.format}, ${Date.now() - started} ms).\n`,
      );
      if (r.missingFiles.length) {
        process.stderr.write(
          `Cảnh báo / warning: ${r.missingFiles.length} attachment file(s) missing from the data folder: ${r.missingFiles.join(', ')}\n`,
        );
        process.exitCode = 2;
      }
    });
}
