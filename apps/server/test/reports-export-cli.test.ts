/**
 * `ketluan report` on the report fixture, on both engines: the workbook and the DOCX report
 * written with the same figures as the API gives, a progress display, and a clear refusal of
 * a bad date.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import {
  buildReportFixture,
  rowOf,
  cellValue as val,
  readWorkbook as workbook,
} from './helpers/report-fixture.ts';

const root = resolve(import.meta.dirname, '../../..');

describeEachEngine('the report command', (engine) => {
  let t: TestApp;
  const clock = fixedClock('2021-07-01T03:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock });
    await buildReportFixture(t, clock);
  }, 120_000);
  afterAll(async () => t?.close());

  it('`ketluan report` writes the same figures, with a progress display', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketluan-report-'));
    try {
      const c = t.ctx.config;
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        LOG_LEVEL: 'silent',
        KETLUAN_SKIP_MIGRATIONS: 'true',
      };
      if (c.database.engine === 'postgres') env.KETLUAN_DATABASE_URL = c.database.url;
      else {
        delete env.KETLUAN_DATABASE_URL;
        env.KETLUAN_DATA_DIR = c.dataDir;
      }
      const args = [
        'report',
        '--from',
        '2021-06-01',
        '--to',
        '2021-07-31',
        '--as-of',
        '2021-07-15',
      ];
      const r = spawnSync(
        'node',
        [
          join(root, 'apps/server/bin/ketluan.mjs'),
          ...args,
          '--xlsx',
          join(dir, 'r.xlsx'),
          '--docx',
          join(dir, 'r.docx'),
        ],
        { cwd: root, env, encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain('[6/6]');
      expect(r.stdout).toContain('Tính đến 2021-07-15: 6 nhiệm vụ');
      const ws = (await workbook(readFileSync(join(dir, 'r.xlsx')))).getWorksheet('Theo cơ quan')!;
      expect(val(ws, rowOf(ws, 'Tổng cộng'), 3)).toBe(6);
      expect(readFileSync(join(dir, 'r.docx')).subarray(0, 2).toString()).toBe('PK');
      const bad = spawnSync(
        'node',
        [
          join(root, 'apps/server/bin/ketluan.mjs'),
          'report',
          '--from',
          '2021-13-01',
          '--to',
          '2021-07-31',
          '--xlsx',
          join(dir, 'x.xlsx'),
        ],
        { cwd: root, env, encoding: 'utf8' },
      );
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/from/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
