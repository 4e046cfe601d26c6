/**
 * Parses every `NNN.txt` of a corpus folder and writes `NNN.json` (scoring schema) to an output
 * folder. Prints throughput on stderr. Used by the root `scripts/eval.mjs`.
 *
 * Usage: tsx packages/vi-parser/scripts/parse-corpus.ts CORPUS_DIR OUT_DIR
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createWorkCalendar } from '@ketluan/calendar';
import { parseAnnouncement, toScoringJson } from '../src/index.ts';

const [corpusDir, outDir] = process.argv.slice(2);
if (!corpusDir || !outDir) {
  console.error('usage: parse-corpus.ts CORPUS_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const calendar = createWorkCalendar();
const files = readdirSync(corpusDir)
  .filter((name) => /^\d+\.txt$/.test(name))
  .sort();
const texts = files.map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));
const bytes = texts.reduce((sum, { text }) => sum + Buffer.byteLength(text, 'utf8'), 0);

for (const { name, text } of texts) {
  const result = parseAnnouncement(text, { calendar });
  writeFileSync(
    join(outDir, name.replace(/\.txt$/, '.json')),
    `${JSON.stringify(toScoringJson(result), null, 1)}\n`,
  );
}

// Throughput: repeat the whole corpus for at least one second after a warm-up. CPU time is
// reported beside wall time because the build machines are shared.
for (const { text } of texts) parseAnnouncement(text, { calendar });
let rounds = 0;
const started = performance.now();
const cpuStarted = process.cpuUsage();
while (performance.now() - started < 1000 || rounds < 3) {
  for (const { text } of texts) parseAnnouncement(text, { calendar });
  rounds += 1;
}
const wall = (performance.now() - started) / 1000;
const cpuUsed = process.cpuUsage(cpuStarted);
const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
const rate = (seconds: number) =>
  `${((rounds * texts.length) / seconds).toFixed(0)} docs/s, ${((rounds * bytes) / 1e6 / seconds).toFixed(2)} MB/s`;
console.error(
  `parsed ${texts.length} documents (${(bytes / 1024).toFixed(1)} KiB): ${rate(wall)} wall, ${rate(cpu)} CPU`,
);
