import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { bootstrap, createContext } from '../../context.ts';
import { AppError } from '../../errors.ts';

/**
 * `ketluan import FILE... [--commit]`: stores each announcement as a draft for review in the
 * web app, or with --commit imports historical announcements directly (meeting, items, tasks,
 * issued announcement), with a progress bar. A file that cannot be imported is reported and
 * skipped; the exit code says whether any failed.
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Import announcements as drafts for review, or directly with --commit')
    .argument('<files...>', 'announcement files (.txt, .docx, .pdf)')
    .option('--commit', 'commit each file directly (historical announcements)')
    .action(async (files: string[], opts: { commit?: boolean }) => {
      const ctx = await createContext(loadConfig(process.env));
      try {
        await bootstrap(ctx);
        const bar = new SingleBar(
          { format: 'Nhập {bar} {value}/{total} {file}', hideCursor: true },
          undefined,
        );
        const interactive = process.stderr.isTTY;
        if (interactive) bar.start(files.length, 0, { file: '' });
        const failures: string[] = [];
        let committed = 0;
        let drafts = 0;
        for (const file of files) {
          if (interactive) bar.update({ file: basename(file) });
          try {
            const draft = await ctx.services.imports.create(
              { user: null },
              { bytes: new Uint8Array(readFileSync(file)), name: basename(file) },
            );
            if (opts.commit) {
              await ctx.services.imports.commit({ user: null }, draft.id, draft.version);
              committed++;
            } else drafts++;
          } catch (err) {
            failures.push(
              `${file}: ${err instanceof AppError || err instanceof Error ? err.message : String(err)}`,
            );
          }
          if (interactive) bar.increment();
          else
            process.stderr.write(
              `[${committed + drafts + failures.length}/${files.length}] ${basename(file)}\n`,
            );
        }
        if (interactive) bar.stop();
        process.stdout.write(
          opts.commit
            ? `Đã nhập ${committed}/${files.length} thông báo.\n`
            : `Đã tạo ${drafts}/${files.length} bản nhập chờ rà soát.\n`,
        );
        for (const f of failures) process.stderr.write(`Lỗi: ${f}\n`);
        if (failures.length) process.exitCode = 1;
      } finally {
        await ctx.close();
      }
    });
}
