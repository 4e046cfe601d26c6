#!/usr/bin/env node
// Parses the labelled corpus with @ketluan/vi-parser and scores the output.
// Usage: npm run eval [-- --json]   (from the repository root; the corpus is at ../shared)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const corpus = join(shared, 'corpus');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(corpus) || !existsSync(scorer)) {
  console.error(`eval: the corpus or scorer is missing under ${shared}`);
  process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), 'ketluan-eval-'));
const run = (command, args) => {
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (child.status !== 0) process.exit(child.status ?? 1);
};
try {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  run(existsSync(tsx) ? tsx : 'npx', [
    ...(existsSync(tsx) ? [] : ['tsx']),
    join(root, 'packages', 'vi-parser', 'scripts', 'parse-corpus.ts'),
    corpus,
    out,
  ]);
  run(process.execPath, [scorer, out, corpus, '--verbose', ...process.argv.slice(2)]);
} finally {
  rmSync(out, { recursive: true, force: true });
}
