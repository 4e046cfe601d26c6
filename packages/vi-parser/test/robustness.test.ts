import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parseAnnouncement, type Span, toScoringJson } from '../src/index.ts';
import { loadCorpus } from './support/shared.ts';

const corpus = loadCorpus();
const fallbackText = [
  'THÔNG BÁO',
  'Kết luận của Chủ tịch UBND tỉnh',
  '',
  '1. Về dự án (Sở Xây dựng trình)',
  'Sở Xây dựng hoàn thiện hồ sơ, báo cáo UBND tỉnh trước ngày 10/7/2021.',
].join('\n');
const samples = corpus.length > 0 ? corpus.map((doc) => doc.text) : [fallbackText];

/** Problems with a result: spans outside the text, deadline spans not showing the phrase. */
function malformations(result: ParseResult): string[] {
  const problems: string[] = [];
  const check = (what: string, span: Span) => {
    const [start, end] = span;
    if (!(start >= 0 && end >= start && end <= result.text.length))
      problems.push(`${what} span ${start}-${end}`);
  };
  if (!Array.isArray(result.warnings)) problems.push('warnings');
  for (const [key, value] of Object.entries(result.header)) if (value) check(key, value.span);
  for (const item of result.items)
    for (const f of [item.index, item.title, item.presenter]) if (f) check('item', f.span);
  for (const task of result.tasks) {
    for (const f of [
      task.owner,
      task.action,
      task.deadlineText,
      task.deadline,
      task.forum,
      ...task.coordinators,
    ]) {
      if (f) check('task', f.span);
    }
    if (
      task.deadlineText &&
      result.text.slice(...task.deadlineText.span) !== task.deadlineText.value
    ) {
      problems.push(`deadline text "${task.deadlineText.value}" not at its span`);
    }
  }
  for (const recipient of result.recipients) check('recipient', recipient.span);
  JSON.stringify(toScoringJson(result));
  return problems;
}

function expectWellFormed(result: ParseResult): void {
  expect(malformations(result)).toEqual([]);
}

const junk = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '\u0000',
    '\u200f',
    '\u202e',
    '\u0301\u0301\u0301',
    '\ufeff',
    '\r\n',
    '\t\t',
    '***',
    '(((',
    ')))',
    ';;;',
    ':',
    '|',
    './.',
    '- ',
    '1. ',
    'I. ',
    'a) ',
  ),
  fc.constantFrom(
    'Sở Tài chính',
    'trước ngày 31/2/2024',
    'Cơ quan chủ trì',
    'UBND các huyện,',
    'thường xuyên',
    'Nơi nhận:',
    'TL. CHỦ TỊCH',
    'PHỤ LỤC',
    ' | ',
  ),
);

/** A corpus text mutated by deleting lines, shuffling paragraphs and injecting junk. */
const mutatedText = fc
  .record({
    sample: fc.constantFrom(...samples),
    deletions: fc.array(fc.nat(), { maxLength: 8 }),
    swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    injections: fc.array(fc.tuple(fc.nat(), junk), { maxLength: 12 }),
  })
  .map(({ sample, deletions, swaps, injections }) => {
    const lines = sample.split('\n');
    for (const d of deletions) if (lines.length > 1) lines.splice(d % lines.length, 1);
    for (const [a, b] of swaps) {
      const i = a % lines.length;
      const j = b % lines.length;
      [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    }
    let text = lines.join('\n');
    for (const [at, piece] of injections) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

describe('robustness', () => {
  it('handles the empty string and whitespace', () => {
    for (const input of ['', '   ', '\n\n\n', '\u0000']) {
      const result = parseAnnouncement(input);
      expect(result.tasks).toEqual([]);
      expect(result.warnings.map((w) => w.code)).toContain('empty-input');
    }
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.array(junk, { maxLength: 60 }).map((parts) => parts.join('')),
        ),
        (input) => {
          expectWellFormed(parseAnnouncement(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated corpus documents', () => {
    fc.assert(
      fc.property(mutatedText, (input) => {
        expectWellFormed(parseAnnouncement(input));
      }),
      { numRuns: 150 },
    );
  });

  it('reads a 10,000-item list', () => {
    const body = Array.from(
      { length: 10_000 },
      (_, i) =>
        `${i + 1}. Nội dung số ${i + 1} (Sở Tài chính trình).\nCơ quan trình hoàn thiện hồ sơ trước ngày 10/7/2021.`,
    );
    const result = parseAnnouncement(['THÔNG BÁO', 'Kết luận phiên họp', '', ...body].join('\n'));
    expect(result.items).toHaveLength(10_000);
    expect(result.tasks).toHaveLength(10_000);
    expect(result.items[9_999]?.index.value).toBe('10000');
    expect(result.tasks[9_999]?.owner.value.name).toBe('Sở Tài chính');
  });

  it('parses a ~5 MB document and scales linearly', () => {
    // One long announcement: the items of every sample, renumbered, under one header.
    const bodies = samples.flatMap((text) => {
      const start = text.search(/^1\. /m);
      const end = text.search(/^Nơi nhận/m);
      return start >= 0 && end > start ? [text.slice(start, end)] : [];
    });
    if (bodies.length === 0)
      bodies.push(`1. Về dự án\nSở Xây dựng hoàn thiện hồ sơ trước ngày 10/7/2021.\n`);
    const build = (bytes: number) => {
      const parts = ['THÔNG BÁO', 'Kết luận phiên họp UBND tỉnh', ''];
      let size = 0;
      let n = 0;
      for (let i = 0; size < bytes; i += 1) {
        const body = (bodies[i % bodies.length] as string).replace(/^\d+\. /gm, () => `${++n}. `);
        parts.push(body);
        size += body.length;
      }
      return parts.join('\n');
    };
    /** CPU time of one parse: steadier than wall-clock time on a shared machine. */
    const time = (text: string) => {
      const started = process.cpuUsage();
      const result = parseAnnouncement(text);
      const used = process.cpuUsage(started);
      return { ms: (used.user + used.system) / 1000, result };
    };
    const fastest = (text: string) => Math.min(...[0, 1, 2].map(() => time(text).ms));
    const [half, full] = [build(400_000), build(800_000)];
    time(half); // warm-up
    const small = fastest(half);
    const large = fastest(full);
    const ratio = large / small;
    console.info(
      `[vi-parser] 0.4 MB ${small.toFixed(0)} ms CPU, 0.8 MB ${large.toFixed(0)} ms CPU, ratio ${ratio.toFixed(2)}`,
    );
    expect(ratio).toBeLessThan(2.5);
    const huge = time(build(5_000_000));
    console.info(`[vi-parser] 5 MB ${huge.ms.toFixed(0)} ms, ${huge.result.tasks.length} tasks`);
    expect(huge.ms).toBeLessThan(20_000);
    expect(huge.result.tasks.length).toBeGreaterThan(0);
  });

  it('survives pathological lines: one huge word, one huge sentence, deep parentheses', () => {
    const inputs = [
      'a'.repeat(1_000_000),
      `Sở Tài chính ${'và Sở Xây dựng '.repeat(20_000)}báo cáo trước ngày 10/7/2021.`,
      `1. Đề án ${'('.repeat(50_000)}Sở Y tế trình${')'.repeat(50_000)}`,
      `${'Sở Tài chính báo cáo UBND tỉnh trước ngày 10/7/2021, gửi Sở Nội vụ; '.repeat(20_000)}`,
      `${'*'.repeat(100_000)} ${'**x '.repeat(50_000)}`,
    ];
    for (const input of inputs) {
      const started = performance.now();
      expectWellFormed(parseAnnouncement(input));
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
