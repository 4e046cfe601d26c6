/**
 * Writes the fixture announcement (346/TB-UBND) as DOCX and PDF into a directory, with the
 * render time of each, to reproduce the screenshots in docs/screenshots:
 *
 *   npx tsx packages/docgen/scripts/render-fixture.ts /tmp/out
 *   pdftoppm -png -r 80 -f 1 -l 1 /tmp/out/announcement-346.pdf /tmp/out/pdf
 *   libreoffice --headless --convert-to pdf --outdir /tmp/out /tmp/out/announcement-346.docx
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderers } from '../src/renderer.ts';
import { announcement346 } from '../test/fixtures/announcement-346.ts';

const directory = resolve(process.argv[2] ?? '.');
mkdirSync(directory, { recursive: true });
for (const renderer of Object.values(renderers)) {
  const started = performance.now();
  const bytes = await renderer.render(announcement346);
  const elapsed = performance.now() - started;
  const file = join(directory, `announcement-346${renderer.extension}`);
  writeFileSync(file, bytes);
  console.log(`${file}  ${bytes.length} bytes  ${elapsed.toFixed(0)} ms`);
}
