import { writeFileSync } from 'node:fs';
import { ReportExportQuery } from '@ketluan/contracts';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { createContext } from '../../context.ts';
import type { SessionUser } from '../../modules/auth/auth.service.ts';

interface ReportOptions {
  from: string;
  to: string;
  asOf?: string;
  groupBy?: string;
  xlsx?: string;
  docx?: string;
  signer?: string;
}

/** The command line reads every task, as the Office does. */
const OFFICE: SessionUser = {
  id: 'cli',
  username: 'cli',
  name: 'ketluan report',
  email: null,
  role: 'office',
  orgId: null,
  sessionId: 'cli',
};

/**
 * `ketluan report --from D --to D [--as-of D] --xlsx OUT.xlsx --docx OUT.docx`: the follow-up
 * report of the tasks assigned in a period, as of a day, as a workbook and/or the official
 * report in the Decree 30 layout, with a progress bar.
 */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Write the follow-up report (XLSX and/or DOCX) of a period, as of a day')
    .requiredOption('--from <date>', 'tasks assigned from this day (YYYY-MM-DD)')
    .requiredOption('--to <date>', '…up to this day (YYYY-MM-DD)')
    .option('--as-of <date>', 'figures at the end of this day (default today)')
    .option('--group-by <how>', 'owner (then) or successor (today)', 'owner')
    .option('--xlsx <file>', 'write the workbook here')
    .option('--docx <file>', 'write the DOCX report here')
    .option('--signer <name>', 'signer of the DOCX report')
    .action(async (opts: ReportOptions) => {
      if (!opts.xlsx && !opts.docx)
        throw new Error('nothing to do: give --xlsx FILE and/or --docx FILE');
      const parsed = ReportExportQuery.safeParse({
        from: opts.from,
        to: opts.to,
        asOf: opts.asOf,
        groupBy: opts.groupBy,
        signerName: opts.signer,
      });
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new Error(`${i?.path.join('.') ?? '?'}: ${i?.message ?? 'invalid'}`);
      }
      const q = parsed.data;
      const ctx = await createContext(loadConfig(process.env));
      const outputs = (['xlsx', 'docx'] as const).filter((f) => opts[f]);
      const total = 4 + outputs.length;
      const interactive = process.stderr.isTTY;
      const bar = new SingleBar({
        format: 'Báo cáo {bar} {value}/{total} {step}',
        hideCursor: true,
      });
      let done = 0;
      const step = (label: string) => {
        done++;
        if (interactive) bar.update(done, { step: label });
        else process.stderr.write(`[${done}/${total}] ${label}\n`);
      };
      try {
        if (interactive) bar.start(total, 0, { step: '' });
        const bundle = await ctx.services.reports.bundle(OFFICE, q, step);
        for (const format of outputs) {
          const bytes =
            format === 'xlsx'
              ? await ctx.services.reports.xlsx(bundle)
              : await ctx.services.reports.docx(bundle, q.signerName);
          writeFileSync(opts[format]!, bytes);
          step(opts[format]!);
        }
        if (interactive) bar.stop();
        const t = bundle.agencies.total;
        process.stdout.write(
          `Tính đến ${bundle.agencies.asOf}: ${t.assigned} nhiệm vụ; hoàn thành đúng hạn ${t.doneOnTime}, quá hạn ${t.doneLate}; đang thực hiện trong hạn ${t.openInTime}, quá hạn ${t.openOverdue}.\n`,
        );
        for (const f of outputs) process.stdout.write(`${opts[f]}\n`);
      } finally {
        if (interactive) bar.stop();
        await ctx.close();
      }
    });
}
