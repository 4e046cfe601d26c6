/**
 * An imported announcement (the demo data: 346/TB-UBND stored as its text) reads as the
 * document model, renders, and can be corrected by a composed draft; on both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  openDocx,
  paragraphs,
  paragraphText,
} from '../../../packages/docgen/test/support/docx-package.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { type Cast, makeCast } from './helpers/announcements.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call } from './helpers/factories.ts';

describeEachEngine('imported announcements', (engine) => {
  let t: TestApp;
  let cast: Cast;
  let imported: any;
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { KETLUAN_SESSION_HOURS: '2160', KETLUAN_DEMO_DATA: 'true' },
      { clock: fixedClock('2021-07-01T02:00:00Z') },
    );
    cast = await makeCast(t);
    const list = (await call(t, cast.viewer, 'GET', '/api/announcements')).body.items;
    expect(list).toHaveLength(1);
    imported = (await call(t, cast.viewer, 'GET', `/api/announcements/${list[0].id}`)).body;
  });
  afterAll(async () => t?.close());

  it('reads as the document model', () => {
    expect(imported).toMatchObject({
      status: 'issued',
      source: 'imported',
      numberSymbol: '346/TB-UBND',
      issuedDate: '2021-06-27',
    });
    expect(imported.content.body.filter((b: any) => b.kind === 'heading')).toHaveLength(7);
    expect(imported.signingAuthority).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
    expect(imported.recipients.some((r: any) => r.text.startsWith('Lưu'))).toBe(false);
    expect(imported.archiveLine).toBe('Lưu: VT, THNC (ĐTK)');
  });

  it('renders as DOCX named by its number', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/announcements/${imported.id}/docx`,
      headers: { cookie: cast.gddt.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('filename="346-TB-UBND.docx"');
    const lines = paragraphs(
      openDocx(new Uint8Array(res.rawPayload)).part('word/document.xml'),
    ).map(paragraphText);
    expect(lines).toContain('Số: 346/TB-UBND');
    expect(lines).toContain('- Lưu: VT, THNC (ĐTK).');
  });

  it('is corrected by a new draft carrying its content', async () => {
    const r = await call(t, cast.office, 'POST', `/api/announcements/${imported.id}/corrections`);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      source: 'composed',
      correctsId: imported.id,
      status: 'draft',
      symbol: 'TB-UBND',
    });
    expect(r.body.content.body).toEqual(imported.content.body);
  });
});
