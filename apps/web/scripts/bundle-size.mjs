#!/usr/bin/env node
/**
 * Prints, as JSON, the gzipped size of the JavaScript the first route loads: the entry chunk
 * of index.html and every chunk it imports statically, read from the Vite manifest
 * (dist/.vite/manifest.json). `firstScreen` adds the lazily loaded dashboard screen (what a
 * signed-in user's first page really fetches). Exit code 1 when over the budget.
 *
 *   node apps/web/scripts/bundle-size.mjs [--route src/features/x/y.tsx] [--budget-kb 350]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(webDir, 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const route = opt('--route', 'src/features/dashboard/dashboard-page.tsx');
const budgetKb = Number(opt('--budget-kb', '350'));

if (!existsSync(manifestPath)) {
  console.error(
    `No Vite manifest at ${manifestPath}: run \`npm run build -w @ketluan/web\` first.`,
  );
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** The chunk keys reachable from `key` through static imports, `key` first. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(dep, seen);
  return seen;
}

const sizeCache = new Map();
function gzipSize(file) {
  if (!sizeCache.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizeCache.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizeCache.get(file);
}

function measure(keys) {
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const sizes = files.map((f) => ({ file: f, ...gzipSize(f) }));
  return {
    files: sizes.sort((a, b) => b.gzip - a.gzip),
    rawBytes: sizes.reduce((s, x) => s + x.raw, 0),
    gzipBytes: sizes.reduce((s, x) => s + x.gzip, 0),
  };
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) {
  console.error('The manifest has no entry chunk.');
  process.exit(2);
}
const entryKeys = staticClosure(entryKey);
const entry = measure(entryKeys);
const routeKeys = manifest[route] ? staticClosure(route, new Set(entryKeys)) : entryKeys;
const firstScreen = measure(routeKeys);
const budgetBytes = budgetKb * 1024;

const report = {
  entry: entryKey,
  gzipBytes: entry.gzipBytes,
  gzipKB: Math.round((entry.gzipBytes / 1024) * 10) / 10,
  rawBytes: entry.rawBytes,
  files: entry.files,
  firstScreen: {
    route,
    gzipBytes: firstScreen.gzipBytes,
    gzipKB: Math.round((firstScreen.gzipBytes / 1024) * 10) / 10,
  },
  budgetKB: budgetKb,
  withinBudget: firstScreen.gzipBytes <= budgetBytes,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
if (!report.withinBudget) process.exitCode = 1;
