/**
 * `ketluan render SOURCE --docx OUT --pdf OUT`: from the seed's text file, and from an
 * announcement in the database of either engine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openDocx,
  paragraphs,
  paragraphText,
} from '../../../packages/docgen/test/support/docx-package.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { DEMO_FILE } from '../src/modules/imports/demo.ts';
import { SEED_ITEMS } from './fixtures/seed-346.ts';
import { approvedDraft, enterSeedMeeting, makeCast } from './helpers/announcements.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call } from './helpers/factories.ts';

const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'apps/server/bin/ketluan.mjs');
const seed = fileURLToPath(DEMO_FILE); // the repository's copy of the seed
const out = mkdtempSync(join(tmpdir(), 'ketluan-render-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const docxLines = (file: string) =>
  paragraphs(openDocx(new Uint8Array(readFileSync(file))).part('word/document.xml'))
    .map(paragraphText)
    .filter(Boolean);

const render = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync('node', [bin, 'render', ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 120_000,
  });

describe('ketluan render FILE', () => {
  it('renders the seed text to DOCX and PDF with the seed’s wording', () => {
    const docx = join(out, 'seed.docx');
    const pdf = join(out, 'seed.pdf');
    const r = render([seed, '--docx', docx, '--pdf', pdf]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([docx, pdf]);
    expect(r.stderr).toMatch(/cảnh báo: .*tên cơ quan ban hành/);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const lines = docxLines(docx);
    expect(lines).toContain('Số: 346/TB-UBND');
    expect(lines).toContain(
      'Ngày 23/6/2021, UBND tỉnh đã tổ chức phiên họp tháng 6 năm 2021 (kỳ 3). Sau khi thảo luận, thống nhất, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh kết luận các nội dung họp như sau:',
    );
    expect(lines.at(-1)).toBe('Phạm Hùng Trường');
  });

  it('needs an output and fails cleanly on an unknown source', () => {
    const none = render([seed]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/--docx/);
  });
});

describeEachEngine('ketluan render ID', (engine) => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { KETLUAN_SESSION_HOURS: '2160' },
      { clock: fixedClock('2021-06-27T02:00:00Z') },
    );
    const cast = await makeCast(t);
    const meetingId = await enterSeedMeeting(t, cast.office, SEED_ITEMS.slice(0, 1));
    const draft = await approvedDraft(t, cast, meetingId);
    id = (await call(t, cast.office, 'POST', `/api/announcements/${draft.id}/issue`, {})).body.id;
  });
  afterAll(async () => t?.close());

  it('renders an announcement of the database', () => {
    const db = t.ctx.config.database;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KETLUAN_DATA_DIR: t.ctx.config.dataDir,
      LOG_LEVEL: 'silent',
    };
    if (db.engine === 'postgres') env.KETLUAN_DATABASE_URL = db.url;
    else delete env.KETLUAN_DATABASE_URL;
    const docx = join(out, `${engine}.docx`);
    const r = render([id, '--docx', docx], env);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(docx)).toBe(true);
    const lines = docxLines(docx);
    expect(lines).toContain('Số: 01/TB-UBND');
    expect(lines).toContain('Lạng Sơn, ngày 27 tháng 6 năm 2021');
    const missing = render(['no-such-announcement', '--docx', join(out, 'x.docx')], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Không tìm thấy thông báo/);
  });
});
