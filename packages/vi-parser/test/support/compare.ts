/**
 * Comparison of a parse with a hand-written expectation, matching tasks the way
 * `shared/eval/score.mjs` does (owner similarity, item where both give one), so fixture tests
 * fail with a readable list of differences instead of a JSON diff.
 */
import type { ScoringJson } from '../../src/index.ts';

/** An expected result: the scoring schema, with titles and actions optional. */
export interface Expected {
  number: string | null;
  place: string | null;
  issued: string | null;
  meeting_date: string | null;
  chair: string | null;
  signer: string | null;
  items: Array<{ index: string; presenter: string | null; verdict?: string }>;
  tasks: Array<{
    item: string | null;
    owner: string;
    coordinators: string[];
    deadline_text: string | null;
    deadline: string | null;
    forum: string | null;
  }>;
  recipients: string[];
}

const norm = (s: string | null | undefined): string | null =>
  s == null
    ? null
    : String(s)
        .normalize('NFC')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^[\s.,;:()"'-]+|[\s.,;:()"'-]+$/g, '');

const tokens = (s: string | null) => new Set((norm(s) ?? '').split(/[\s,;()]+/).filter(Boolean));

function jaccard(a: string | null, b: string | null): number {
  const x = tokens(a);
  const y = tokens(b);
  if (!x.size && !y.size) return 1;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/** Agency similarity as in the scorer: equal, long containment, or shared words. */
export function orgSim(a: string | null, b: string | null): number {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.includes(short) && short.length / long.length >= 0.6) return 0.9;
  return jaccard(x, y);
}

/** Every difference between `actual` and `expected`, as readable lines (empty when equal). */
export function differences(
  actual: ScoringJson,
  expected: Expected,
  verdicts: Array<string | null> = [],
): string[] {
  const out: string[] = [];
  for (const key of ['number', 'place', 'issued', 'meeting_date', 'chair', 'signer'] as const) {
    if (norm(actual[key]) !== norm(expected[key]))
      out.push(`${key}: got ${actual[key]}, want ${expected[key]}`);
  }
  const gotItems = actual.items.map((i) => `${i.index}:${norm(i.presenter)}`).join(' | ');
  const wantItems = expected.items.map((i) => `${i.index}:${norm(i.presenter)}`).join(' | ');
  if (gotItems !== wantItems) out.push(`items: got ${gotItems}, want ${wantItems}`);
  expected.items.forEach((item, i) => {
    if (item.verdict && verdicts[i] !== item.verdict)
      out.push(`verdict ${item.index}: got ${verdicts[i]}, want ${item.verdict}`);
  });
  const used = new Set<number>();
  for (const want of expected.tasks) {
    const index = actual.tasks.findIndex(
      (got, k) =>
        !used.has(k) &&
        orgSim(got.owner, want.owner) >= 0.75 &&
        norm(got.item) === norm(want.item) &&
        got.deadline === want.deadline,
    );
    const loose =
      index >= 0
        ? index
        : actual.tasks.findIndex(
            (got, k) =>
              !used.has(k) &&
              orgSim(got.owner, want.owner) >= 0.75 &&
              norm(got.item) === norm(want.item),
          );
    if (loose < 0) {
      out.push(`missing task ${want.item ?? '-'}:${want.owner}`);
      continue;
    }
    used.add(loose);
    const got = actual.tasks[loose] as ScoringJson['tasks'][number];
    const label = `task ${want.item ?? '-'}:${want.owner}`;
    if (got.deadline !== want.deadline)
      out.push(`${label} deadline: got ${got.deadline}, want ${want.deadline}`);
    if (norm(got.deadline_text) !== norm(want.deadline_text))
      out.push(`${label} deadline_text: got ${got.deadline_text}, want ${want.deadline_text}`);
    const forumOk =
      (got.forum == null && want.forum == null) ||
      (got.forum != null && want.forum != null && jaccard(got.forum, want.forum) >= 0.6);
    if (!forumOk) out.push(`${label} forum: got ${got.forum}, want ${want.forum}`);
    const coordinatorsOk =
      got.coordinators.length === want.coordinators.length &&
      want.coordinators.every((c) => got.coordinators.some((g) => orgSim(g, c) >= 0.75));
    if (!coordinatorsOk)
      out.push(
        `${label} coordinators: got ${JSON.stringify(got.coordinators)}, want ${JSON.stringify(want.coordinators)}`,
      );
  }
  actual.tasks.forEach((got, k) => {
    if (!used.has(k)) out.push(`extra task ${got.item ?? '-'}:${got.owner}`);
  });
  const gotRecipients = actual.recipients.map(norm).join(' | ');
  const wantRecipients = expected.recipients.map(norm).join(' | ');
  if (gotRecipients !== wantRecipients)
    out.push(`recipients: got ${gotRecipients}, want ${wantRecipients}`);
  return out;
}
