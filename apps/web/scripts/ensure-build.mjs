#!/usr/bin/env node
/**
 * Run before `npm start`: builds the web app when apps/web/dist is missing or older than its
 * sources, so that `npm install && npm start` on a fresh clone serves the app. Quick when
 * nothing changed (one walk over the sources' modification times).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = join(webDir, '..', '..');
const stamp = join(webDir, 'dist', '.vite', 'manifest.json');
const sources = [
  join(webDir, 'src'),
  join(webDir, 'public'),
  join(webDir, 'index.html'),
  join(webDir, 'vite.config.ts'),
  join(webDir, 'package.json'),
  join(rootDir, 'packages', 'contracts', 'src'),
];

/** The newest modification time under `path` (a file or a folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...sources.map(newest));
if (built && built >= changed && !process.argv.includes('--force')) process.exit(0);

let viteBin;
try {
  const vitePkg = createRequire(join(webDir, 'package.json')).resolve('vite/package.json');
  viteBin = join(dirname(vitePkg), 'bin', 'vite.js');
} catch {
  const msg = 'vite is not installed (npm install without --omit=dev), cannot build the web app';
  if (built) {
    console.warn(`[web] ${msg}; serving the existing, older build.`);
    process.exit(0);
  }
  console.warn(`[web] ${msg}; the server will show a page explaining how to build it.`);
  process.exit(0);
}

console.log(
  built ? '[web] sources changed: rebuilding the web app…' : '[web] building the web app…',
);
const started = Date.now();
const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
  cwd: webDir,
  stdio: 'inherit',
  // A production build even when called from a test runner (which sets NODE_ENV=test).
  env: { ...process.env, NODE_ENV: 'production' },
});
if (result.status !== 0) {
  console.error('[web] build failed; see the errors above.');
  process.exit(result.status ?? 1);
}
console.log(`[web] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
