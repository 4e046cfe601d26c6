/**
 * Measures without a database: the parser on the labelled corpus (documents/s and MB/s on one
 * core), DOCX and PDF renders of the seed announcement, and the web app's first-route size.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx, renderPdf } from '@ketluan/docgen';
import { parseAnnouncement } from '@ketluan/vi-parser';
import { documentFromText } from '../../apps/server/src/modules/announcements/from-text.ts';
import { BENCH_DIR } from './datasets.ts';
import { type Sampled, sample, summarise } from './measure.ts';

const ROOT = join(BENCH_DIR, '..');
export const CORPUS_DIR = process.env.KETLUAN_CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus');
const SEED = join(
  ROOT,
  'apps',
  'server',
  'src',
  'modules',
  'imports',
  'demo',
  '346-TB-UBND-2021-06-27.txt',
);

export interface ParseResult extends Sampled {
  documents: number;
  bytes: number;
  mbPerS: number;
}

/** Parses every corpus document over and over for `seconds`; per-document latency. */
export async function benchParse(seconds: number): Promise<ParseResult | null> {
  if (!existsSync(CORPUS_DIR)) return null;
  const texts = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
  if (!texts.length) return null;
  for (const t of texts) parseAnnouncement(t); // warm-up
  const times: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (const t of texts) {
      const s = performance.now();
      parseAnnouncement(t);
      times.push(performance.now() - s);
      bytes += Buffer.byteLength(t);
    }
  }
  const total = performance.now() - t0;
  return {
    ...summarise(times, total),
    documents: texts.length,
    bytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0),
    mbPerS: Math.round((bytes / 1e6 / (total / 1000)) * 100) / 100,
  };
}

export async function benchRender(format: 'docx' | 'pdf', seconds: number): Promise<Sampled> {
  const { document } = documentFromText(readFileSync(SEED, 'utf8'));
  const createdAt = new Date('2021-06-27T03:00:00Z');
  const render = format === 'docx' ? renderDocx : renderPdf;
  return sample(() => render(document, { createdAt }), { seconds, max: 300, min: 10, warmup: 5 });
}

/** Builds the web app if needed and reads the first route's JS size. */
export function webSize(): Record<string, unknown> {
  const build = spawnSync(process.execPath, [join(ROOT, 'apps/web/scripts/ensure-build.mjs')], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) return { error: `web build failed (exit ${build.status})` };
  const size = spawnSync(process.execPath, [join(ROOT, 'apps/web/scripts/bundle-size.mjs')], {
    encoding: 'utf8',
  });
  try {
    const r = JSON.parse(size.stdout) as {
      entry: string;
      gzipKB: number;
      rawBytes: number;
      gzipBytes: number;
      firstScreen: { route: string; gzipKB: number; gzipBytes: number };
      budgetKB: number;
      withinBudget: boolean;
    };
    return {
      entry: r.entry,
      entryGzipKB: r.gzipKB,
      entryRawBytes: r.rawBytes,
      firstScreenRoute: r.firstScreen.route,
      firstScreenGzipKB: r.firstScreen.gzipKB,
      budgetKB: r.budgetKB,
      withinBudget: r.withinBudget,
    };
  } catch {
    return { error: `bundle-size.mjs: ${size.stderr || size.stdout}`.trim() };
  }
}
