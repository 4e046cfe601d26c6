import { readFileSync } from 'node:fs';
import { createWorkCalendar } from '@ketluan/calendar';
import { parseAnnouncement, toScoringJson } from '/work/main/packages/vi-parser/src/index.ts';
const calendar = createWorkCalendar();
for (const n of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(`/work/shared/corpus/${n}.json`, 'utf8'));
  const r = parseAnnouncement(readFileSync(`/work/shared/corpus/${n}.txt`, 'utf8'), { calendar });
  const s = toScoringJson(r);
  for (const k of ['number','place','issued','meeting_date','chair','signer'] as const) if (s[k] !== gold[k]) console.log(n, k, 'pred', s[k], 'gold', gold[k]);
  if (process.env.V) { for (const t of s.tasks) console.log(JSON.stringify(t)); console.log(r.warnings.map(w=>w.code+':'+w.message).join('\n')); }
  if (JSON.stringify(s.recipients) !== JSON.stringify(gold.recipients)) console.log(n, 'recipients', s.recipients, gold.recipients);
  for (const [i, it] of s.items.entries()) if (it.title !== gold.items[i]?.title) console.log(n, 'title', it.title, '|', gold.items[i]?.title);
}
