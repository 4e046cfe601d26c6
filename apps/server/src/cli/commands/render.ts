import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { OfficialDocument, OutputFormat } from '@ketluan/docgen';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { createContext } from '../../context.ts';
import { renderAnnouncementFiles } from '../../modules/announcements/render.ts';
import { extractText } from '../../modules/imports/intake.ts';

interface RenderOptions {
  docx?: string;
  pdf?: string;
}

/** The document of an announcement stored in the database (KETLUAN_* configuration). */
async function documentFromDatabase(
  id: string,
): Promise<{ document: OfficialDocument; createdAt?: Date }> {
  const ctx = await createContext(loadConfig(process.env));
  try {
    const { announcement, document } = await ctx.services.announcements.documentOf(id);
    return {
      document,
      ...(announcement.issuedAt ? { createdAt: new Date(announcement.issuedAt) } : {}),
    };
  } finally {
    await ctx.close();
  }
}

/**
 * `ketluan render SOURCE --docx OUT.docx --pdf OUT.pdf`: renders an announcement in the Decree
 * 30/2020 layout. SOURCE is an announcement file (.txt, .docx, or .pdf with a text layer),
 * parsed first, or the id of an announcement in the database.
 */
export function registerRender(program: Command): void {
  program
    .command('render')
    .description(
      'Render an announcement (file or database id) as DOCX and/or PDF, Decree 30/2020 layout',
    )
    .argument('<source>', 'announcement file (.txt, .docx, .pdf) or announcement id')
    .option('--docx <file>', 'write the DOCX here')
    .option('--pdf <file>', 'write the PDF here')
    .action(async (source: string, opts: RenderOptions) => {
      const outputs = (['docx', 'pdf'] as const).filter((f) => opts[f]);
      if (!outputs.length) throw new Error('nothing to do: give --docx FILE and/or --pdf FILE');
      let input: OfficialDocument | string;
      let createdAt: Date | undefined;
      if (existsSync(source)) {
        input = (await extractText(new Uint8Array(readFileSync(source)))).text;
      } else {
        ({ document: input, createdAt } = await documentFromDatabase(source));
      }
      const files = await renderAnnouncementFiles(input, {
        formats: outputs as OutputFormat[],
        ...(createdAt ? { createdAt } : {}),
      });
      for (const w of files.warnings) process.stderr.write(`cảnh báo: ${w}\n`);
      for (const format of outputs) {
        writeFileSync(opts[format]!, files[format]!);
        process.stdout.write(`${opts[format]}\n`);
      }
    });
}
