import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { restore } from '../../modules/backup/backup.service.ts';

/**
 * `ketluan restore FILE`: loads a backup made by `ketluan backup` into an empty database (or,
 * with --force, in place of the current one — stop the server first), then checks the row
 * counts and the audit log's hash chain. Exit 1 if the chain does not verify.
 */
export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('Restore the database and attachments from a backup FILE (stop the server first)')
    .argument('<file>', 'backup file made by `ketluan backup`')
    .option('--force', 'replace a database that already holds data')
    .action(async (file: string, opts: { force?: boolean }) => {
      const r = await restore(loadConfig(process.env), file, { force: opts.force });
      const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `Đã khôi phục ${rows} bản ghi và ${r.files} tệp từ ${file}.\n` +
          `Restored ${rows} rows and ${r.files} files (${r.format}). ` +
          `Audit chain ${r.chain.ok ? `intact (${r.chain.checked} entries)` : `BROKEN at entry ${r.chain.brokenAt}`}.\n`,
      );
      if (!r.chain.ok) process.exitCode = 1;
    });
}
