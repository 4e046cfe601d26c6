import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { createContext } from '../../context.ts';

/** `ketluan audit verify`: walks the hash chain of the audit log; exit 1 if it is broken. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('Audit log tools');
  audit
    .command('verify')
    .description('Verify the hash chain of the audit log (detects a changed or removed row)')
    .action(async () => {
      const ctx = await createContext(loadConfig(process.env));
      try {
        const r = await ctx.services.audit.verifyChain(ctx.db.kysely);
        if (r.ok)
          process.stdout.write(
            `Nhật ký toàn vẹn: ${r.checked} bản ghi. Audit chain intact (${r.checked} entries).\n`,
          );
        else {
          process.stdout.write(
            `Nhật ký bị thay đổi tại bản ghi số ${r.brokenAt}. Audit chain broken at entry ${r.brokenAt}.\n`,
          );
          process.exitCode = 1;
        }
      } finally {
        await ctx.close();
      }
    });
}
