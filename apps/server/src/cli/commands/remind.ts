import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { createContext } from '../../context.ts';

/**
 * `ketluan remind`: sends the reminders due now — e-mail (KETLUAN_SMTP_URL) and in-app
 * notices — for a cron job. Safe to run beside `ketluan serve` and on several machines:
 * each reminder goes out once. Exits 1 when an e-mail failed (it is retried next run).
 */
export function registerRemind(program: Command): void {
  program
    .command('remind')
    .description('Send the reminders due now (e-mail and in-app), each exactly once — for cron')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await createContext(loadConfig(process.env));
      try {
        const r = await ctx.services.notify.runDue({
          log: (msg, data) => process.stderr.write(`${msg}: ${JSON.stringify(data)}\n`),
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
        else if (r.skipped === 'not_working_day')
          process.stdout.write(`${r.today}: ngày nghỉ, không gửi nhắc việc.\n`);
        else if (r.skipped === 'locked')
          process.stdout.write(`${r.today}: một tiến trình khác đang gửi nhắc việc.\n`);
        else
          process.stdout.write(
            `${r.today}: ${r.claimed} nhắc việc mới (${r.sent} thư đã gửi, ${r.inAppOnly} chỉ trong ứng dụng, ${r.failed} thư lỗi); ${r.alreadyDone} đã gửi trước đó.\n`,
          );
        if (r.failed) process.exitCode = 1;
      } finally {
        await ctx.close();
      }
    });
}
