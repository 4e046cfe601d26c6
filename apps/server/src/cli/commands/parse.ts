import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createWorkCalendar } from '@ketluan/calendar';
import { parseAnnouncement, toScoringJson } from '@ketluan/vi-parser';
import type { Command } from 'commander';
import { extractText } from '../../modules/imports/intake.ts';
import { LANGSON_DIRECTORY } from '../../modules/orgs/directory/index.ts';

/**
 * `ketluan parse FILE... --json [--out DIR]`: reads announcements without a database and
 * prints what the parser found, in the schema of shared/corpus/SCHEMA.md (one JSON object per
 * file, JSON Lines for several), or writes DIR/<basename>.json. `--full` prints the whole
 * parse result with spans, confidences and warnings.
 */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('Parse announcements (.txt, .docx, .pdf) and print the extracted fields as JSON')
    .argument('<files...>', 'announcement files')
    .option('--json', 'print JSON (the default and only format)')
    .option('--full', 'print the full result with spans, confidences and warnings')
    .option('--out <dir>', 'write <dir>/<basename>.json for each file instead of printing')
    .action(async (files: string[], opts: { full?: boolean; out?: string }) => {
      const directory = LANGSON_DIRECTORY.map((o) => ({
        id: o.code,
        name: o.name,
        aliases: [o.shortName, ...o.aliases].filter((x): x is string => Boolean(x)),
      }));
      const calendar = createWorkCalendar();
      if (opts.out) mkdirSync(opts.out, { recursive: true });
      let failed = 0;
      for (const file of files) {
        try {
          const { text } = await extractText(new Uint8Array(readFileSync(file)));
          const result = parseAnnouncement(text, { directory, calendar });
          const json = JSON.stringify(opts.full ? result : toScoringJson(result));
          if (opts.out)
            writeFileSync(join(opts.out, `${basename(file, extname(file))}.json`), `${json}\n`);
          else process.stdout.write(`${json}\n`);
        } catch (err) {
          failed++;
          process.stderr.write(`${file}: ${err instanceof Error ? err.message : String(err)}\n`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
