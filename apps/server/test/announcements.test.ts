/**
 * Announcements through the API, on both engines: compose from the seed meeting, edit with
 * versions, approve, issue (number, freeze, tasks activated), manual numbers, registers per
 * year, corrections, downloads, the meeting record, and who may do and see what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { contentHash, toOfficialDocument } from '../src/modules/announcements/document.ts';
import {
  approvedDraft,
  type Cast,
  composeSigned,
  enterSeedMeeting,
  makeCast,
} from './helpers/announcements.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { call, orgByAlias } from './helpers/factories.ts';

const OPENING =
  'Ngày 23/6/2021, UBND tỉnh đã tổ chức phiên họp tháng 6 năm 2021 (kỳ 3). Sau khi thảo luận, thống nhất, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh kết luận các nội dung họp như sau:';
const TASK_1 =
  'Sở Giáo dục và Đào tạo tiếp thu, hoàn thiện dự thảo Nghị quyết của HĐND tỉnh, báo cáo UBND tỉnh trước ngày 29/6/2021 để trình kỳ họp giữa năm 2021 HĐND tỉnh.';
const CLOSING =
  'UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố tổ chức thực hiện./.';

const textOf = (block: { runs?: { text: string }[] }) =>
  (block.runs ?? []).map((r) => r.text).join('');

describeEachEngine('announcements', (engine) => {
  let t: TestApp;
  let cast: Cast;
  let meetingId: string;
  let draft: any;
  let issued: any;
  const clock = fixedClock('2021-06-27T02:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(engine, { KETLUAN_SESSION_HOURS: '2160' }, { clock });
    cast = await makeCast(t);
    meetingId = await enterSeedMeeting(t, cast.office);
  });
  afterAll(async () => t?.close());

  describe('compose', () => {
    it('composes the draft from the meeting in the words of the seed', async () => {
      const r = await call(t, cast.office, 'POST', `/api/meetings/${meetingId}/announcements`, {});
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      draft = r.body;
      expect(draft).toMatchObject({
        status: 'draft',
        numbering: 'register',
        numberSymbol: null,
        symbol: 'TB-UBND',
        place: 'Lạng Sơn',
        version: 1,
      });
      expect(draft.summary).toBe(
        'Kết luận phiên họp UBND tỉnh tháng 6 năm 2021 (kỳ 3)\n(ngày 23 tháng 6 năm 2021)',
      );
      expect(draft.content.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
      expect(draft.content.typeName).toBe('THÔNG BÁO');
      const body = draft.content.body;
      expect(textOf(body[0])).toBe(OPENING);
      expect(textOf(body.at(-1))).toBe(CLOSING);
      const headings = body.filter((b: any) => b.kind === 'heading');
      expect(headings).toHaveLength(7);
      expect(headings[0].runs.at(-2)).toEqual({
        text: 'Sở Giáo dục và Đào tạo trình',
        italic: true,
      });
      expect(textOf(headings[0])).toMatch(
        /^1\. Dự thảo Tờ trình .* \(Sở Giáo dục và Đào tạo trình\)\.$/,
      );
      const paragraphs = body.filter((b: any) => b.kind === 'paragraph').map(textOf);
      expect(paragraphs).toContain(TASK_1);
      expect(
        paragraphs.find((p: string) =>
          p.startsWith('Sở Tài nguyên và Môi trường chủ trì, phối hợp với '),
        ),
      ).toMatch(/trình UBND tỉnh phê duyệt trước ngày 03\/7\/2021\.$/);
      const lists = body.filter((b: any) => b.kind === 'list');
      expect(lists[0].items.map((i: any) => textOf({ runs: i }))).toEqual(
        expect.arrayContaining(['Về trích yếu văn bản']),
      );
      expect(draft.signingAuthority).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
      expect(draft.archiveLine).toBe('Lưu: VT, THNC');
      const gddt = await orgByAlias(t, 'Sở Giáo dục và Đào tạo');
      expect(draft.recipients[0].text).toBe('Chủ tịch, các Phó Chủ tịch UBND tỉnh');
      expect(draft.recipients).toContainEqual({ text: 'Sở Giáo dục và Đào tạo', orgId: gddt });
    });

    it('lets only the Office compose and edit; leaders and viewers read drafts, agencies do not see them', async () => {
      expect(
        (await call(t, cast.leader, 'POST', `/api/meetings/${meetingId}/announcements`, {})).status,
      ).toBe(403);
      expect(
        (await call(t, cast.gddt, 'POST', `/api/meetings/${meetingId}/announcements`, {})).status,
      ).toBe(403);
      expect(
        (
          await call(t, cast.leader, 'PATCH', `/api/announcements/${draft.id}`, {
            version: 1,
            summary: 'x',
          })
        ).status,
      ).toBe(403);
      expect((await call(t, cast.viewer, 'GET', `/api/announcements/${draft.id}`)).status).toBe(
        200,
      );
      expect((await call(t, cast.leader, 'GET', `/api/announcements/${draft.id}`)).status).toBe(
        200,
      );
      expect((await call(t, cast.gddt, 'GET', `/api/announcements/${draft.id}`)).status).toBe(404);
      expect((await call(t, cast.gddt, 'GET', `/api/announcements/${draft.id}/pdf`)).status).toBe(
        404,
      );
      expect((await call(t, cast.gddt, 'GET', '/api/announcements')).body.items).toEqual([]);
      expect((await call(t, null, 'GET', `/api/announcements/${draft.id}`)).status).toBe(401);
    });

    it('keeps a version at each save and answers a stale version with 409 and the current record', async () => {
      const body = [...draft.content.body];
      body.splice(1, 0, {
        kind: 'paragraph',
        runs: [{ text: 'Tham dự có ' }, { text: 'các Phó Chủ tịch', bold: true }, { text: '.' }],
      });
      const r = await call(t, cast.office, 'PATCH', `/api/announcements/${draft.id}`, {
        version: 1,
        content: { ...draft.content, body },
        recipients: [...draft.recipients, { text: 'Báo Lạng Sơn' }],
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.version).toBe(2);
      expect(r.body.content.body[1].runs[1]).toEqual({ text: 'các Phó Chủ tịch', bold: true });
      expect(r.body.recipients.at(-1)).toEqual({ text: 'Báo Lạng Sơn', orgId: null });
      const stale = await call(t, cast.office, 'PATCH', `/api/announcements/${draft.id}`, {
        version: 1,
        summary: 'Khác',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('stale_version');
      expect(stale.body.error.details.current.version).toBe(2);
      const versions = (
        await call(t, cast.leader, 'GET', `/api/announcements/${draft.id}/versions`)
      ).body;
      expect(versions.map((v: any) => v.version)).toEqual([1, 2]);
      expect(versions[0].snapshot.content.body).toHaveLength(draft.content.body.length);
      expect(versions[1].snapshot.content.body).toHaveLength(draft.content.body.length + 1);
      draft = r.body;
    });

    it('rejects an unknown recipient org and a malformed manual number', async () => {
      const bad = await call(t, cast.office, 'PATCH', `/api/announcements/${draft.id}`, {
        version: draft.version,
        recipients: [{ text: 'X', orgId: 'nope' }],
      });
      expect(bad.status).toBe(400);
      const num = await call(t, cast.office, 'PATCH', `/api/announcements/${draft.id}`, {
        version: draft.version,
        numbering: 'manual',
        numberSymbol: 'ba trăm',
      });
      expect(num.status).toBe(400);
    });
  });

  describe('approve and issue', () => {
    it('a leader approves only a complete draft; the Office cannot approve', async () => {
      expect(
        (await call(t, cast.office, 'POST', `/api/announcements/${draft.id}/approve`, {})).status,
      ).toBe(403);
      const incomplete = await call(
        t,
        cast.leader,
        'POST',
        `/api/announcements/${draft.id}/approve`,
        {},
      );
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.error).toMatchObject({ code: 'announcement_incomplete' });
      expect(incomplete.body.error.message).toMatch(/người ký/);
      const signed = await call(t, cast.office, 'PATCH', `/api/announcements/${draft.id}`, {
        version: draft.version,
        signerName: 'Phạm Hùng Trường',
      });
      const ok = await call(t, cast.leader, 'POST', `/api/announcements/${draft.id}/approve`, {
        version: signed.body.version,
      });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(ok.body).toMatchObject({ status: 'approved', approvedBy: expect.any(String) });
      draft = ok.body;
    });

    it('editing an approved draft withdraws the approval; issuing needs it', async () => {
      const edited = await call(t, cast.office, 'PATCH', `/api/announcements/${draft.id}`, {
        version: draft.version,
        isPublic: true,
      });
      expect(edited.body).toMatchObject({ status: 'draft', approvedBy: null, isPublic: true });
      const early = await call(t, cast.office, 'POST', `/api/announcements/${draft.id}/issue`, {});
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('not_approved');
      draft = (await call(t, cast.leader, 'POST', `/api/announcements/${draft.id}/approve`, {}))
        .body;
      expect(draft.status).toBe('approved');
    });

    it('issues: first number of the year, today in Vietnam, a content hash, the meeting’s tasks linked', async () => {
      expect(
        (await call(t, cast.leader, 'POST', `/api/announcements/${draft.id}/issue`, {})).status,
      ).toBe(403);
      const r = await call(t, cast.office, 'POST', `/api/announcements/${draft.id}/issue`, {});
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      issued = r.body;
      expect(issued).toMatchObject({
        status: 'issued',
        number: 1,
        numberSymbol: '01/TB-UBND',
        year: 2021,
        issuedDate: '2021-06-27',
        isPublic: true,
      });
      expect(issued.contentHash).toMatch(/^[0-9a-f]{64}$/);
      const tasks = (await call(t, cast.office, 'GET', `/api/tasks?meeting=${meetingId}&limit=100`))
        .body.items;
      expect(tasks.length).toBeGreaterThan(0);
      expect(tasks.every((x: any) => x.announcementId === issued.id)).toBe(true);
    });

    it('an issued announcement cannot change: 409 announcement_frozen', async () => {
      const patch = await call(t, cast.office, 'PATCH', `/api/announcements/${issued.id}`, {
        version: issued.version,
        summary: 'Sửa',
      });
      expect(patch.status).toBe(409);
      expect(patch.body.error.code).toBe('announcement_frozen');
      expect(
        (await call(t, cast.leader, 'POST', `/api/announcements/${issued.id}/approve`, {})).body
          .error.code,
      ).toBe('announcement_frozen');
      expect(
        (await call(t, cast.office, 'POST', `/api/announcements/${issued.id}/issue`, {})).body.error
          .code,
      ).toBe('announcement_frozen');
      const again = (await call(t, cast.viewer, 'GET', `/api/announcements/${issued.id}`)).body;
      expect(again.contentHash).toBe(issued.contentHash);
      // The hash covers the canonical document: recomputed from what is stored, it matches.
      expect(contentHash(toOfficialDocument(again, '2000-01-01'))).toBe(again.contentHash);
      expect(again.summary).toBe(issued.summary);
    });

    it('agencies read the issued announcements that concern them, and only those', async () => {
      expect((await call(t, cast.gddt, 'GET', `/api/announcements/${issued.id}`)).status).toBe(200);
      expect(
        (await call(t, cast.gddt, 'GET', '/api/announcements')).body.items.map((a: any) => a.id),
      ).toEqual([issued.id]);
      expect((await call(t, cast.tuPhap, 'GET', `/api/announcements/${issued.id}`)).status).toBe(
        404,
      );
      expect(
        (await call(t, cast.tuPhap, 'GET', `/api/announcements/${issued.id}/docx`)).status,
      ).toBe(404);
      expect((await call(t, cast.tuPhap, 'GET', '/api/announcements')).body.items).toEqual([]);
    });

    it('downloads DOCX and PDF named by the number and symbol', async () => {
      for (const [format, type] of [
        ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        ['pdf', 'application/pdf'],
      ] as const) {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/announcements/${issued.id}/${format}`,
          headers: { cookie: cast.gddt.cookie },
        });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toContain(type);
        expect(res.headers['content-disposition']).toContain(`filename="01-TB-UBND.${format}"`);
        expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe(
          format === 'pdf' ? '%P' : 'PK',
        );
      }
      const pending = await composeSigned(t, cast.office, meetingId);
      const draftPdf = await t.app.inject({
        method: 'GET',
        url: `/api/announcements/${pending.id}/docx`,
        headers: { cookie: cast.viewer.cookie },
      });
      expect(draftPdf.statusCode).toBe(200);
      expect(draftPdf.headers['content-disposition']).toMatch(
        /filename="du-thao-TB-UBND-[0-9a-f]{8}\.docx"/,
      );
    });
  });

  describe('numbers', () => {
    it('a typed-in number is kept; the same number again is 409 number_taken', async () => {
      const manual = await composeSigned(t, cast.office, meetingId, {
        numbering: 'manual',
        numberSymbol: '346 /TB-UBND',
      });
      expect(manual).toMatchObject({
        numbering: 'manual',
        number: 346,
        numberSymbol: '346/TB-UBND',
        year: 2021,
      });
      const twice = await call(t, cast.office, 'POST', `/api/meetings/${meetingId}/announcements`, {
        numbering: 'manual',
        numberSymbol: '346/TB-UBND',
      });
      expect(twice.status).toBe(409);
      expect(twice.body.error.code).toBe('number_taken');
      await call(t, cast.leader, 'POST', `/api/announcements/${manual.id}/approve`, {});
      const r = await call(t, cast.office, 'POST', `/api/announcements/${manual.id}/issue`, {});
      expect(r.body).toMatchObject({ status: 'issued', numberSymbol: '346/TB-UBND', number: 346 });
    });

    it('the register skips a number typed in earlier, and restarts on 1 January', async () => {
      await composeSigned(t, cast.office, meetingId, {
        numbering: 'manual',
        numberSymbol: '2/TB-UBND',
      });
      const next = await approvedDraft(t, cast, meetingId);
      const r = await call(t, cast.office, 'POST', `/api/announcements/${next.id}/issue`, {});
      expect(r.body.numberSymbol).toBe('03/TB-UBND');
      const newYear = await approvedDraft(t, cast, meetingId);
      const y = await call(t, cast.office, 'POST', `/api/announcements/${newYear.id}/issue`, {
        issuedDate: '2022-01-04',
      });
      expect(y.body).toMatchObject({
        numberSymbol: '01/TB-UBND',
        year: 2022,
        issuedDate: '2022-01-04',
      });
    });

    it('activates the tasks created inactive for an announcement when it is issued', async () => {
      const a = await approvedDraft(t, cast, meetingId);
      const env = await t.ctx.services.tasks.taskEnv();
      const ownerOrgId = await orgByAlias(t, 'Sở Y tế');
      const taskId = await t.ctx.db.kysely.transaction().execute((trx) =>
        t.ctx.services.tasks.insertTask(trx, env, null, {
          title: 'Báo cáo kết quả',
          ownerOrgId,
          meetingId,
          announcementId: a.id,
          active: false,
        }),
      );
      expect((await call(t, cast.gddt, 'GET', `/api/tasks/${taskId}`)).status).toBe(404);
      await call(t, cast.office, 'POST', `/api/announcements/${a.id}/issue`, {});
      const task = (await call(t, cast.office, 'GET', `/api/tasks/${taskId}`)).body;
      expect(task.announcementId).toBe(a.id);
      const row = await t.ctx.db.kysely
        .selectFrom('tasks')
        .select('active')
        .where('id', '=', taskId)
        .executeTakeFirstOrThrow();
      expect(row.active).toBe(1);
    });
  });

  describe('corrections and the meeting record', () => {
    it('a correction is a new draft referring to the issued announcement', async () => {
      const pending = await composeSigned(t, cast.office, meetingId);
      const notIssued = await call(
        t,
        cast.office,
        'POST',
        `/api/announcements/${pending.id}/corrections`,
      );
      expect(notIssued.status).toBe(409);
      expect(notIssued.body.error.code).toBe('not_issued');
      const r = await call(t, cast.office, 'POST', `/api/announcements/${issued.id}/corrections`);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body).toMatchObject({
        status: 'draft',
        correctsId: issued.id,
        numberSymbol: null,
        version: 1,
      });
      expect(r.body.content).toEqual(issued.content);
      expect(r.body.id).not.toBe(issued.id);
      expect(
        (
          await call(t, cast.office, 'GET', `/api/announcements?status=draft&meeting=${meetingId}`)
        ).body.items.map((a: any) => a.id),
      ).toContain(r.body.id);
    });

    it('prints the meeting record as one PDF; agencies of other meetings get 404', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/meetings/${meetingId}/record.pdf`,
        headers: { cookie: cast.leader.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(
        (await call(t, cast.tuPhap, 'GET', `/api/meetings/${meetingId}/record.pdf`)).status,
      ).toBe(404);
    });

    it('recorded every write in the audit chain', async () => {
      const actions = await t.ctx.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('entity', '=', 'announcement')
        .execute();
      expect(new Set(actions.map((a) => a.action))).toEqual(
        new Set([
          'announcement.compose',
          'announcement.update',
          'announcement.approve',
          'announcement.issue',
          'announcement.correct',
        ]),
      );
      expect((await t.ctx.services.audit.verifyChain(t.ctx.db.kysely)).ok).toBe(true);
    });
  });
});
