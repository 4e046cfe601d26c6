import { readFileSync } from 'node:fs';
import { createWorkCalendar } from '@ketluan/calendar';
import { parseAnnouncement, toScoringJson } from '../src/index.ts';
const calendar = createWorkCalendar();
for (let n = 0; n <= 16; n++) {
  const id = String(n).padStart(3, '0');
  const gold = JSON.parse(readFileSync(`/work/shared/corpus/${id}.json`, 'utf8'));
  const s = toScoringJson(parseAnnouncement(readFileSync(`/work/shared/corpus/${id}.txt`, 'utf8'), { calendar }));
  s.tasks.forEach((t, i) => {
    const g = gold.tasks[i];
    if (!g) return;
    if (JSON.stringify(t.coordinators) !== JSON.stringify(g.coordinators)) console.log(id, t.owner, 'coord', t.coordinators, g.coordinators);
    if (t.deadline_text !== g.deadline_text) console.log(id, t.owner, 'dtext', JSON.stringify(t.deadline_text), JSON.stringify(g.deadline_text));
    if (t.forum !== g.forum) console.log(id, t.owner, 'forum', t.forum, '|', g.forum);
    if (t.owner !== g.owner) console.log(id, 'owner', t.owner, '|', g.owner);
  });
}
