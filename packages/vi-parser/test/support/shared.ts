/**
 * Locates the project's shared material (`../shared` from the repository root) without fixed
 * absolute paths. Suites that need it skip, with a visible message, when it is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', '..');

/** `<repo>/../shared`, or null when it is not there. */
export const sharedDir: string | null = (() => {
  const dir = join(repoRoot, '..', 'shared');
  return existsSync(join(dir, 'corpus')) ? dir : null;
})();

if (!sharedDir) {
  console.warn(
    `[vi-parser tests] ../shared not found from ${repoRoot}: corpus-based tests are skipped.`,
  );
}

/** One labelled corpus document. */
export interface CorpusDoc {
  id: string;
  text: string;
  gold: import('./compare.ts').Expected;
}

/** Every labelled document of the corpus (empty without `../shared`). */
export function loadCorpus(): CorpusDoc[] {
  if (!sharedDir) return [];
  const dir = join(sharedDir, 'corpus');
  return readdirSync(dir)
    .filter((name) => /^\d+\.txt$/.test(name))
    .sort()
    .map((name) => {
      const id = name.replace(/\.txt$/, '');
      return {
        id,
        text: readFileSync(join(dir, name), 'utf8'),
        gold: JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')),
      };
    });
}
