import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkCalendar } from '@ketluan/calendar';
import { describe, expect, it } from 'vitest';
import { parseAnnouncement, toScoringJson } from '../src/index.ts';
import { differences, type Expected } from './support/compare.ts';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const calendar = createWorkCalendar();
const names = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''));

describe('fixtures in styles outside the corpus', () => {
  it.each(names)('%s parses as labelled', (name) => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const expected = JSON.parse(
      readFileSync(join(dir, `${name}.expected.json`), 'utf8'),
    ) as Expected;
    const result = parseAnnouncement(text, { calendar });
    const verdicts = result.items.map((item) => item.verdict?.value ?? null);
    expect(differences(toScoringJson(result), expected, verdicts)).toEqual([]);
  });
});
