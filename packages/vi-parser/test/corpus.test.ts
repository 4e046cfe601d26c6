import { createWorkCalendar } from '@ketluan/calendar';
import { describe, expect, it } from 'vitest';
import { parseAnnouncement, toScoringJson } from '../src/index.ts';
import { orgSim } from './support/compare.ts';
import { loadCorpus, sharedDir } from './support/shared.ts';

const corpus = loadCorpus();
const calendar = createWorkCalendar();

describe.skipIf(!sharedDir)('the labelled corpus', () => {
  const parsed = corpus.map((doc) => ({
    doc,
    json: toScoringJson(parseAnnouncement(doc.text, { calendar })),
  }));

  it('reaches the quality targets (task F1 ≥ 0.95, deadlines ≥ 0.97, number and date ≥ 0.98)', () => {
    let matched = 0;
    let predicted = 0;
    let gold = 0;
    let deadlinesOk = 0;
    let numbersOk = 0;
    let datesOk = 0;
    for (const { doc, json } of parsed) {
      predicted += json.tasks.length;
      gold += doc.gold.tasks.length;
      if (json.number === doc.gold.number) numbersOk += 1;
      if (json.issued === doc.gold.issued) datesOk += 1;
      const used = new Set<number>();
      for (const want of doc.gold.tasks) {
        const k = json.tasks.findIndex(
          (got, i) =>
            !used.has(i) &&
            orgSim(got.owner, want.owner) >= 0.75 &&
            (got.item === null || want.item === null || got.item === want.item),
        );
        if (k < 0) continue;
        used.add(k);
        matched += 1;
        if (json.tasks[k]?.deadline === want.deadline) deadlinesOk += 1;
      }
    }
    const precision = matched / predicted;
    const recall = matched / gold;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
    expect(deadlinesOk / matched).toBeGreaterThanOrEqual(0.97);
    expect(numbersOk / parsed.length).toBeGreaterThanOrEqual(0.98);
    expect(datesOk / parsed.length).toBeGreaterThanOrEqual(0.98);
  });

  it('finds the labelled item count in every document', () => {
    for (const { doc, json } of parsed)
      expect([doc.id, json.items.length]).toEqual([doc.id, doc.gold.items.length]);
  });
});
