/**
 * Import of existing announcements: a file or pasted text is read, parsed and stored as a
 * draft for review (with the span of every field); the clerk corrects it; committing turns
 * it into a meeting, its items, their tasks and an issued announcement, in one transaction.
 * @module
 */
import { createHash } from 'node:crypto';
import {
  type CommitResult,
  foldVietnamese,
  type Import,
  type ImportDraft,
  type Role,
  type Verdict,
} from '@ketluan/contracts';
import { parseAnnouncement } from '@ketluan/vi-parser';
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from '../../db/dialect-sql.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { parseNumberSymbol } from '../announcements/numbering.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { MeetingsService } from '../meetings/meetings.service.ts';
import { provincialCommitteeId } from '../orgs/orgs.repository.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { TasksService } from '../tasks/tasks.service.ts';
import { createOrgMatcher, type DirectoryOrgRef, toDraft } from './draft.ts';
import { extractText, type SourceKind } from './intake.ts';

export interface Actor {
  user: SessionUser | null;
  requestId?: string;
}

const STAFF: readonly Role[] = ['admin', 'office'];

const VERDICTS: Record<string, Verdict> = {
  'nhất trí': 'agreed',
  'cơ bản nhất trí': 'basically_agreed',
  'chưa nhất trí': 'not_agreed',
  'trình lại': 'resubmit',
  rút: 'withdrawn',
};

type ImportRow = Database['imports'] & { status: string; version: number };

export function createImportsService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  clock: Clock;
  calendar: CalendarService;
  settings: SettingsService;
  meetings: MeetingsService;
  tasks: TasksService;
}) {
  const { db, audit, clock } = deps;

  function assertStaff(actor: Actor) {
    if (actor.user && !STAFF.includes(actor.user.role)) throw forbidden();
  }

  async function directory(): Promise<DirectoryOrgRef[]> {
    const [orgs, aliases] = await Promise.all([
      db.selectFrom('orgs').select(['id', 'name', 'valid_from', 'valid_to']).execute(),
      db.selectFrom('org_aliases').select(['org_id', 'alias']).execute(),
    ]);
    const byOrg = new Map<string, string[]>();
    for (const a of aliases) byOrg.set(a.org_id, [...(byOrg.get(a.org_id) ?? []), a.alias]);
    return orgs.map((o) => ({
      id: o.id,
      name: o.name,
      aliases: byOrg.get(o.id) ?? [],
      validFrom: o.valid_from,
      validTo: o.valid_to,
    }));
  }

  /** Parses text with the directory and calendar in force; pure apart from those reads. */
  async function parse(raw: string) {
    const orgs = await directory();
    const result = parseAnnouncement(raw, {
      directory: orgs.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases })),
      calendar: await deps.calendar.get(),
      deadlineReading: await deps.settings.get('deadlineReading'),
    });
    return { result, draft: toDraft(result, createOrgMatcher(orgs)) };
  }

  function present(row: Database['imports'] & { status: string; version: number }): Import {
    return {
      id: row.id,
      status: row.status as Import['status'],
      sourceName: row.source_name,
      sourceKind: row.source_kind as SourceKind,
      text: row.text,
      draft: JSON.parse(row.result) as ImportDraft,
      meetingId: row.meeting_id,
      announcementId: row.announcement_id,
      createdAt: row.created_at,
      version: row.version,
    };
  }

  async function load(id: string) {
    const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('bản nhập');
    return row as ImportRow;
  }

  /** Everything the commit needs that a person must have settled. */
  function assertCommittable(draft: ImportDraft) {
    const problems: string[] = [];
    if (!draft.header.number?.value) problems.push('Thiếu số, ký hiệu văn bản');
    if (!draft.header.issued?.value) problems.push('Thiếu ngày ban hành');
    draft.tasks.forEach((t, i) => {
      if (!t.owner.value.orgId)
        problems.push(
          `Nhiệm vụ ${i + 1}: chưa xác định cơ quan chủ trì "${t.owner.value.name}" trong danh mục`,
        );
    });
    if (problems.length) {
      throw new AppError(
        400,
        'draft_incomplete',
        `Bản nhập chưa đủ để lưu: ${problems[0]}${problems.length > 1 ? ` (và ${problems.length - 1} vấn đề khác)` : ''}`,
        { problems },
      );
    }
  }

  async function commitDraft(
    trx: Kysely<Database>,
    actorUserId: string | null,
    row: ImportRow,
    env: Awaited<ReturnType<TasksService['taskEnv']>>,
    requestId?: string,
  ): Promise<CommitResult> {
    const draft = JSON.parse(row.result) as ImportDraft;
    const h = draft.header;
    const issued = h.issued!.value;
    const now = clock.now().toISOString();
    const summary = h.summary?.value ?? 'Thông báo kết luận';
    const meetingId = await deps.meetings.insertMeeting(
      trx,
      actorUserId,
      {
        kind: /phiên họp/i.test(summary) ? 'regular' : 'working',
        title: summary
          .replace(/^Kết luận\s+(của\s+)?/i, '')
          .replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
        meetingDate: h.meetingDate?.value ?? null,
        chairName: h.chair?.value ?? null,
        chairTitle: h.chairTitle?.value ?? null,
      },
      requestId,
    );
    const itemIds = new Map<string, string>();
    for (const item of draft.items) {
      const id = await deps.meetings.insertItem(
        trx,
        actorUserId,
        meetingId,
        {
          title: item.title.value,
          indexLabel: item.index.value,
          presenterOrgId: item.presenter?.value.orgId ?? null,
          nextForum: item.nextForum?.value ?? null,
          verdict: item.verdict ? (VERDICTS[item.verdict.value] ?? null) : null,
          revisionPoints: item.revisionPoints.map((p) => p.value).filter(Boolean),
        },
        requestId,
      );
      itemIds.set(item.index.value, id);
    }
    const body = await provincialCommitteeId(trx);
    if (!body) throw badRequest('no_issuing_body', 'Chưa có UBND tỉnh trong danh mục cơ quan');
    // Normalised as the register writes it ("5/TB-UBND" → "05/TB-UBND"), so the unique index
    // sees one number however it was typed.
    const { number, symbol, numberSymbol } = parseNumberSymbol(h.number!.value);
    const announcementId = newId();
    try {
      await trx
        .insertInto('announcements')
        .values({
          id: announcementId,
          body_org_id: body,
          meeting_id: meetingId,
          type_code: 'TB',
          year: Number(issued.slice(0, 4)),
          number,
          symbol,
          number_symbol: numberSymbol,
          numbering: 'manual',
          place: h.place?.value ?? null,
          issued_date: issued,
          summary,
          content: JSON.stringify({ kind: 'imported', text: row.text }),
          signing_authority: draft.signingAuthority.map((s) => s.value).join('\n') || null,
          signer_name: draft.signer?.value ?? null,
          archive_line: draft.recipients.find((r) => /^Lưu\b/.test(r.value))?.value ?? null,
          status: 'issued',
          content_hash: createHash('sha256').update(row.text).digest('hex'),
          source: 'imported',
          issued_by: actorUserId,
          issued_at: now,
          search_text: foldVietnamese(`${numberSymbol} | ${summary}`),
          created_at: now,
          updated_at: now,
        })
        .execute();
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict(
          'number_taken',
          `Số ${numberSymbol} năm ${issued.slice(0, 4)} đã có trong hệ thống`,
        );
      throw err;
    }
    if (draft.recipients.length) {
      await trx
        .insertInto('announcement_recipients')
        .values(
          draft.recipients.map((r, i) => ({
            id: newId(),
            announcement_id: announcementId,
            position: i + 1,
            text: r.value,
            org_id: null,
          })),
        )
        .execute();
    }
    const taskIds: string[] = [];
    for (const t of draft.tasks) {
      const reading = t.deadlineReadings[env.reading];
      const typed = t.deadline?.value ?? null;
      taskIds.push(
        await deps.tasks.insertTask(
          trx,
          env,
          actorUserId,
          {
            title: t.action.value,
            ownerOrgId: t.owner.value.orgId!,
            coordinatorOrgIds: t.coordinators
              .map((c) => c.value.orgId)
              .filter((x): x is string => Boolean(x)),
            deadlineText: t.deadlineText?.value ?? null,
            dueDate: typed !== reading ? typed : undefined,
            forum: t.forum?.value ?? null,
            itemId: t.item ? (itemIds.get(t.item) ?? null) : null,
            meetingId,
            announcementId,
            assignedDate: issued,
            revisionPoints: t.revisionPoints.map((p) => p.value).filter(Boolean),
          },
          requestId,
        ),
      );
    }
    const done = await trx
      .updateTable('imports')
      .set({
        status: 'committed',
        meeting_id: meetingId,
        announcement_id: announcementId,
        updated_at: now,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', row.id)
      .where('version', '=', row.version)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw conflict(
        'stale_version',
        'Bản nhập đã được người khác cập nhật hoặc đã lưu. Vui lòng tải lại.',
      );
    await audit.record(trx, {
      actorUserId,
      action: 'import.commit',
      entity: 'import',
      entityId: row.id,
      after: { meetingId, announcementId, taskIds },
      requestId,
    });
    return { importId: row.id, meetingId, announcementId, itemIds: [...itemIds.values()], taskIds };
  }

  return {
    parse,

    /** Reads, parses and stores a draft. */
    async create(
      actor: Actor,
      input: { text?: string; bytes?: Uint8Array; name?: string | null },
    ): Promise<Import> {
      assertStaff(actor);
      const extracted = input.bytes
        ? await extractText(input.bytes)
        : { kind: 'text' as const, text: input.text ?? '' };
      const { result, draft } = await parse(extracted.text);
      const now = clock.now().toISOString();
      const row = {
        id: newId(),
        source_name: input.name ?? null,
        source_kind: extracted.kind,
        text: result.text,
        result: JSON.stringify(draft),
        created_by: actor.user?.id ?? null,
        created_at: now,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('imports').values(row).execute();
        await audit.record(trx, {
          actorUserId: actor.user?.id ?? null,
          action: 'import.create',
          entity: 'import',
          entityId: row.id,
          after: { sourceName: row.source_name, kind: row.source_kind },
          requestId: actor.requestId,
        });
      });
      return present(await load(row.id));
    },

    async get(actor: Actor, id: string): Promise<Import> {
      assertStaff(actor);
      return present(await load(id));
    },

    async list(actor: Actor, q: { status?: string; limit: number }) {
      assertStaff(actor);
      let query = db.selectFrom('imports').selectAll().orderBy('created_at', 'desc').limit(q.limit);
      if (q.status) query = query.where('status', '=', q.status);
      const rows = (await query.execute()) as ImportRow[];
      return rows.map((r) => {
        const { text: _t, draft, ...rest } = present(r);
        return {
          ...rest,
          number: draft.header.number?.value ?? null,
          summary: draft.header.summary?.value ?? null,
          taskCount: draft.tasks.length,
          warningCount: draft.warnings.length,
        };
      });
    },

    /** Replaces the draft with the clerk's corrections. */
    async update(
      actor: Actor,
      id: string,
      body: { version: number; draft: ImportDraft },
    ): Promise<Import> {
      assertStaff(actor);
      const row = await load(id);
      if (row.status !== 'draft')
        throw conflict('import_closed', 'Bản nhập đã được lưu hoặc hủy, không thể sửa');
      const res = await db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('imports')
          .set({
            result: JSON.stringify(body.draft),
            updated_at: clock.now().toISOString(),
            version: sql<number>`version + 1`,
          })
          .where('id', '=', id)
          .where('version', '=', body.version)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) return false;
        await audit.record(trx, {
          actorUserId: actor.user?.id ?? null,
          action: 'import.update',
          entity: 'import',
          entityId: id,
          requestId: actor.requestId,
        });
        return true;
      });
      if (!res)
        throw conflict('stale_version', 'Bản nhập đã được người khác cập nhật. Vui lòng tải lại.', {
          current: present(await load(id)),
        });
      return present(await load(id));
    },

    /** Turns the draft into meeting, items, tasks and an issued announcement, all or nothing. */
    async commit(actor: Actor, id: string, version: number): Promise<CommitResult> {
      assertStaff(actor);
      const row = await load(id);
      if (row.status !== 'draft') throw conflict('import_closed', 'Bản nhập đã được lưu hoặc hủy');
      if (row.version !== version)
        throw conflict('stale_version', 'Bản nhập đã được người khác cập nhật. Vui lòng tải lại.');
      assertCommittable(JSON.parse(row.result) as ImportDraft);
      const env = await deps.tasks.taskEnv();
      return db
        .transaction()
        .execute((trx) => commitDraft(trx, actor.user?.id ?? null, row, env, actor.requestId));
    },

    async discard(actor: Actor, id: string, version: number) {
      assertStaff(actor);
      const done = await db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('imports')
          .set({
            status: 'discarded',
            updated_at: clock.now().toISOString(),
            version: sql<number>`version + 1`,
          })
          .where('id', '=', id)
          .where('version', '=', version)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) return false;
        await audit.record(trx, {
          actorUserId: actor.user?.id ?? null,
          action: 'import.discard',
          entity: 'import',
          entityId: id,
          requestId: actor.requestId,
        });
        return true;
      });
      if (!done) throw conflict('stale_version', 'Bản nhập đã thay đổi hoặc đã được lưu');
    },
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
