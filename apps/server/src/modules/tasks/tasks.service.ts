/**
 * Tasks through their whole life: creation (from an item or standalone), the lifecycle
 * events of `task-state.ts`, optimistic concurrency on `version`, access by role and org,
 * lists and counts now or as of a past day.
 *
 * Access: admin and office act on everything; leaders and viewers read everything (leaders
 * also decide extensions); an agency user reads and acts on the tasks its org owns, reads
 * those it coordinates, and gets 404 for any other task — never a hint that it exists.
 * @module
 */

import type { WorkCalendar } from '@ketluan/calendar';
import {
  type CreateTaskBody,
  foldVietnamese,
  type Role,
  type Task,
  type TaskEventBody,
  type TaskListQuery,
  type UpdateTaskBody,
} from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { type Clock, vietnamDate } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { DeadlineResolver } from './deadlines.ts';
import { transition } from './task-state.ts';
import { presentTask, presentTaskEvent, presentTaskListItem } from './tasks.presenter.ts';
import type { TasksRepository } from './tasks.repository.ts';
import type { TimelinessWindow } from './timeliness.ts';

export interface Actor {
  user: SessionUser;
  requestId?: string;
}

const STAFF: readonly Role[] = ['admin', 'office'];

/** Thrown inside a transaction when a row's version moved; turned into a 409 outside it. */
const STALE = Symbol('stale version');

export interface TaskEnv {
  calendar: WorkCalendar;
  reading: 'strict' | 'inclusive';
}

/** What a new task needs, whoever creates it (API, import, announcement). */
export interface NewTaskInput extends CreateTaskBody {
  meetingId?: string | null;
  announcementId?: string | null;
  /** False while its announcement is a draft. */
  active?: boolean;
}

export function createTasksService(deps: {
  db: Kysely<Database>;
  repo: TasksRepository;
  audit: AuditService;
  clock: Clock;
  calendar: CalendarService;
  settings: SettingsService;
  deadlines: DeadlineResolver;
}) {
  const { db, repo, audit, clock } = deps;

  async function windowFor(day?: string): Promise<TimelinessWindow> {
    const today = day ?? vietnamDate(clock.now());
    const calendar = await deps.calendar.get();
    return {
      today,
      dueSoonUntil: calendar.addWorkingDays(today, await deps.settings.get('dueSoonDays')),
    };
  }

  /** The task if the actor may read it; 404 otherwise (also for agencies it does not concern). */
  async function readable(actor: Actor, id: string) {
    const row = await repo.findById(id);
    if (!row || (row.active !== 1 && !STAFF.includes(actor.user.role))) throw notFound('nhiệm vụ');
    if (actor.user.role === 'agency') {
      const org = actor.user.orgId;
      const coordinates = (await repo.coordinatorsOf([id])).some((c) => c.org_id === org);
      if (row.owner_org_id !== org && !coordinates) throw notFound('nhiệm vụ');
    }
    return row;
  }

  async function present(id: string, window?: TimelinessWindow): Promise<Task> {
    const row = await repo.findById(id);
    if (!row) throw notFound('nhiệm vụ');
    const [coordinators, points] = await Promise.all([
      repo.coordinatorsOf([id]),
      repo.revisionPointsOf(id),
    ]);
    return presentTask(row, coordinators, points, window ?? (await windowFor()));
  }

  async function assertOrgExists(trx: Kysely<Database>, orgId: string) {
    const org = await trx
      .selectFrom('orgs')
      .select(['id', 'name'])
      .where('id', '=', orgId)
      .executeTakeFirst();
    if (!org) throw badRequest('unknown_org', `Không tìm thấy cơ quan ${orgId}`);
    return org;
  }

  /** What computing due dates needs, read before a transaction opens (SQLite has one
   * connection: a query outside the transaction would wait for it forever). */
  async function taskEnv(): Promise<TaskEnv> {
    return {
      calendar: await deps.calendar.get(),
      reading: await deps.settings.get('deadlineReading'),
    };
  }

  /**
   * Inserts one task with its coordinators, revision points and "created" event, inside the
   * caller's transaction. Used by the API, by import and by announcements.
   */
  async function insertTask(
    trx: Kysely<Database>,
    env: TaskEnv,
    actorUserId: string | null,
    input: NewTaskInput,
    requestId?: string,
  ) {
    const owner = await assertOrgExists(trx, input.ownerOrgId);
    let meetingId = input.meetingId ?? null;
    if (input.itemId) {
      const item = await trx
        .selectFrom('items')
        .select(['id', 'meeting_id'])
        .where('id', '=', input.itemId)
        .executeTakeFirst();
      if (!item) throw badRequest('unknown_item', 'Không tìm thấy nội dung họp (itemId)');
      meetingId = item.meeting_id;
    }
    const coordinatorInputs = [
      ...(input.coordinators ?? []),
      ...(input.coordinatorOrgIds ?? []).map((orgId) => ({ orgId, inputDueDate: null })),
    ].filter(
      (c, i, all) =>
        c.orgId !== input.ownerOrgId && all.findIndex((x) => x.orgId === c.orgId) === i,
    );
    const coordinatorNames: string[] = [];
    for (const c of coordinatorInputs)
      coordinatorNames.push((await assertOrgExists(trx, c.orgId)).name);

    const assignedDate = input.assignedDate ?? vietnamDate(clock.now());
    const computed = input.deadlineText
      ? deps.deadlines(input.deadlineText, assignedDate, env.calendar)
      : null;
    const dueDate =
      input.dueDate !== undefined && input.dueDate !== null
        ? input.dueDate
        : (computed?.[env.reading] ?? null);
    const now = clock.now().toISOString();
    const id = newId();
    const row = {
      id,
      item_id: input.itemId ?? null,
      meeting_id: meetingId,
      announcement_id: input.announcementId ?? null,
      owner_org_id: input.ownerOrgId,
      original_owner_org_id: input.ownerOrgId,
      title: input.title,
      content: input.content ?? null,
      expected_output: input.expectedOutput ?? null,
      forum: input.forum ?? null,
      deadline_text: input.deadlineText ?? null,
      due_date: dueDate,
      due_date_strict: computed?.strict ?? null,
      due_date_inclusive: computed?.inclusive ?? null,
      due_overridden: input.dueDate ? 1 : 0,
      status: 'assigned',
      active: input.active === false ? 0 : 1,
      assigned_date: assignedDate,
      search_text: foldVietnamese(
        [
          input.title,
          input.content,
          input.expectedOutput,
          input.forum,
          input.deadlineText,
          owner.name,
          ...coordinatorNames,
        ]
          .filter(Boolean)
          .join(' | '),
      ),
      created_by: actorUserId,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('tasks').values(row).execute();
    if (coordinatorInputs.length) {
      await trx
        .insertInto('task_coordinators')
        .values(
          coordinatorInputs.map((c) => ({
            task_id: id,
            org_id: c.orgId,
            name_text: null,
            input_due_date: c.inputDueDate ?? null,
            input_done_date: null,
          })),
        )
        .execute();
    }
    if (input.revisionPoints?.length) {
      await trx
        .insertInto('revision_points')
        .values(
          input.revisionPoints.map((text, i) => ({
            id: newId(),
            item_id: input.itemId ?? null,
            task_id: id,
            position: i + 1,
            text,
          })),
        )
        .execute();
    }
    await trx
      .insertInto('task_events')
      .values({
        id: newId(),
        task_id: id,
        seq: 1,
        type: 'created',
        at: now,
        effective_date: assignedDate,
        actor_user_id: actorUserId,
        actor_org_id: null,
        from_status: null,
        to_status: 'assigned',
        owner_org_id: input.ownerOrgId,
        due_date: dueDate,
        note: null,
        payload: JSON.stringify({ deadlineText: input.deadlineText ?? null }),
      })
      .execute();
    await audit.record(trx, {
      actorUserId,
      action: 'task.create',
      entity: 'task',
      entityId: id,
      after: row,
      requestId,
    });
    return id;
  }

  /** A stale version: 409 with the current record, so the client can show and merge. Call it
   * outside any transaction. */
  async function stale(id: string): Promise<never> {
    throw conflict(
      'stale_version',
      'Nhiệm vụ đã được người khác cập nhật. Vui lòng tải lại và thử lại.',
      {
        current: await present(id),
      },
    );
  }

  /** Runs a write transaction; a version conflict inside it becomes a 409 with the record. */
  async function writeTx(id: string, work: (trx: Kysely<Database>) => Promise<void>) {
    try {
      await db.transaction().execute(work);
    } catch (err) {
      if (err === STALE) return stale(id);
      throw err;
    }
  }

  return {
    insertTask,
    taskEnv,
    windowFor,

    async create(actor: Actor, body: CreateTaskBody): Promise<Task> {
      if (!STAFF.includes(actor.user.role)) throw forbidden();
      const env = await taskEnv();
      const id = await db
        .transaction()
        .execute((trx) => insertTask(trx, env, actor.user.id, body, actor.requestId));
      return present(id);
    },

    async get(actor: Actor, id: string): Promise<Task> {
      await readable(actor, id);
      return present(id);
    },

    async events(actor: Actor, id: string) {
      await readable(actor, id);
      const events = await repo.events(id);
      const files = await repo.eventFiles(events.map((e) => e.id));
      return events.map((e) =>
        presentTaskEvent(
          e,
          files.filter((f) => f.event_id === e.id).map((f) => ({ sha256: f.sha256, name: f.name })),
        ),
      );
    },

    async list(actor: Actor, q: TaskListQuery) {
      const window = await windowFor(q.asOf);
      let after: { key: string; id: string } | undefined;
      if (q.cursor) {
        try {
          const [key, id] = JSON.parse(Buffer.from(q.cursor, 'base64url').toString('utf8')) as [
            string,
            string,
          ];
          if (typeof key !== 'string' || typeof id !== 'string') throw new Error('shape');
          after = { key, id };
        } catch {
          throw badRequest('invalid_cursor', 'Con trỏ phân trang không hợp lệ');
        }
      }
      const rows = await repo.list({
        restrictToOrg: actor.user.role === 'agency' ? (actor.user.orgId ?? '-') : undefined,
        owner: q.owner,
        coordinator: q.coordinator,
        statuses: q.status,
        timeliness: q.timeliness,
        window,
        dueFrom: q.dueFrom,
        dueTo: q.dueTo,
        assignedFrom: q.assignedFrom,
        assignedTo: q.assignedTo,
        meeting: q.meeting,
        item: q.item,
        terms: q.q ? foldVietnamese(q.q).split(' ').filter(Boolean) : undefined,
        asOf: q.asOf,
        sort: q.sort,
        after,
        limit: q.limit,
      });
      const page = rows.slice(0, q.limit);
      const coordinators = await repo.coordinatorsOf(page.map((r) => r.id));
      const last = page[page.length - 1];
      return {
        items: page.map((r) =>
          presentTaskListItem(
            r,
            coordinators.filter((c) => c.task_id === r.id),
            window,
            {
              status: r.state_status as string,
              ownerOrgId: r.state_owner as string,
              dueDate: r.state_due as string | null,
              ownerName: r.owner_name,
            },
          ),
        ),
        nextCursor:
          rows.length > q.limit && last
            ? Buffer.from(JSON.stringify([last.sort_key, last.id])).toString('base64url')
            : null,
      };
    },

    /** Office edits of a task's text or deadline; the due-date change enters the timeline. */
    async update(actor: Actor, id: string, body: UpdateTaskBody): Promise<Task> {
      const row = await readable(actor, id);
      if (!STAFF.includes(actor.user.role)) throw forbidden();
      if (row.version !== body.version) return stale(id);
      const set: Record<string, unknown> = { updated_at: clock.now().toISOString() };
      if (body.title !== undefined) set.title = body.title;
      if (body.content !== undefined) set.content = body.content;
      if (body.expectedOutput !== undefined) set.expected_output = body.expectedOutput;
      if (body.forum !== undefined) set.forum = body.forum;
      if (body.deadlineText !== undefined) {
        const env = await taskEnv();
        set.deadline_text = body.deadlineText;
        const computed = body.deadlineText
          ? deps.deadlines(body.deadlineText, row.assigned_date, env.calendar)
          : null;
        set.due_date_strict = computed?.strict ?? null;
        set.due_date_inclusive = computed?.inclusive ?? null;
        if (body.dueDate === undefined && row.due_overridden !== 1)
          set.due_date = computed?.[env.reading] ?? null;
      }
      if (body.dueDate !== undefined) {
        set.due_date = body.dueDate;
        set.due_overridden = body.dueDate === null ? 0 : 1;
      }
      await writeTx(id, async (trx) => {
        if (!(await repo.updateIfVersion(trx, id, body.version, set as never))) throw STALE;
        const after = await trx
          .selectFrom('tasks')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        if (after.due_date !== row.due_date) {
          await trx
            .insertInto('task_events')
            .values({
              id: newId(),
              task_id: id,
              seq: await repo.nextSeq(trx, id),
              type: 'edit',
              at: clock.now().toISOString(),
              effective_date: vietnamDate(clock.now()),
              actor_user_id: actor.user.id,
              actor_org_id: actor.user.orgId,
              from_status: row.status,
              to_status: row.status,
              owner_org_id: row.owner_org_id,
              due_date: after.due_date,
              note: null,
              payload: JSON.stringify({ previousDueDate: row.due_date }),
            })
            .execute();
        }
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'task.update',
          entity: 'task',
          entityId: id,
          before: row,
          after,
          requestId: actor.requestId,
        });
      });
      return present(id);
    },

    /** One lifecycle action (progress, report, accept, …) on a task. */
    async act(actor: Actor, id: string, body: TaskEventBody): Promise<Task> {
      await writeTx(id, await this.prepareAct(actor, id, body));
      return present(id);
    },

    /** Writes actions made by `prepareAct` in ONE transaction: all of them or none (bulk). */
    async commitActs(writes: ((trx: Kysely<Database>) => Promise<void>)[]): Promise<void> {
      try {
        await db.transaction().execute(async (trx) => {
          for (const write of writes) await write(trx);
        });
      } catch (err) {
        if (err === STALE)
          throw conflict(
            'stale_version',
            'Nhiệm vụ đã được người khác cập nhật. Vui lòng tải lại.',
          );
        throw err;
      }
    },

    /**
     * Checks one lifecycle action as `act` does (access, version, `transition()`), reading
     * outside any transaction, and returns its write, to run inside a transaction.
     */
    async prepareAct(actor: Actor, id: string, body: TaskEventBody) {
      const row = await readable(actor, id);
      if (row.active !== 1) throw conflict('task_inactive', 'Nhiệm vụ chưa được ban hành');
      if (row.version !== body.version) return stale(id);
      const today = vietnamDate(clock.now());
      const coordinators = await repo.coordinatorsOf([id]);
      const next = transition(
        {
          status: row.status as Task['status'],
          ownerOrgId: row.owner_org_id,
          dueDate: row.due_date,
          coordinatorOrgIds: coordinators.map((c) => c.org_id),
          pendingExtension: row.extension_requested_date
            ? { requestedDate: row.extension_requested_date, reason: row.extension_reason ?? '' }
            : null,
          reportedCompletedDate: row.completed_date,
        },
        body,
        { userId: actor.user.id, role: actor.user.role, orgId: actor.user.orgId },
        today,
      );
      const now = clock.now().toISOString();
      return async (trx: Kysely<Database>) => {
        if (body.type === 'reassign') await assertOrgExists(trx, body.ownerOrgId);
        const set: Record<string, unknown> = {
          status: next.toStatus,
          owner_org_id: next.ownerOrgId,
          due_date: next.dueDate,
          updated_at: now,
        };
        if (body.type === 'report') {
          set.reported_at = now;
          set.completed_date = next.payload.completedDate;
        }
        if (body.type === 'return') set.completed_date = null;
        if (body.type === 'accept') set.completed_at = now;
        if (body.type === 'extension_request') {
          set.extension_requested_date = body.requestedDate;
          set.extension_reason = body.reason;
        }
        if (body.type === 'extension_decision') {
          set.extension_requested_date = null;
          set.extension_reason = null;
        }
        if (!(await repo.updateIfVersion(trx, id, body.version, set as never))) throw STALE;
        const eventId = newId();
        await trx
          .insertInto('task_events')
          .values({
            id: eventId,
            task_id: id,
            seq: await repo.nextSeq(trx, id),
            type: body.type,
            at: now,
            effective_date: today,
            actor_user_id: actor.user.id,
            actor_org_id: actor.user.orgId,
            from_status: row.status,
            to_status: next.toStatus,
            owner_org_id: next.ownerOrgId,
            due_date: next.dueDate,
            note: next.note,
            payload: JSON.stringify(next.payload),
          })
          .execute();
        const files = 'files' in body ? (body.files ?? []) : [];
        for (const f of files) {
          const known = await trx
            .selectFrom('files')
            .select('sha256')
            .where('sha256', '=', f.sha256)
            .executeTakeFirst();
          if (!known) throw badRequest('unknown_file', `Tệp ${f.name} chưa được tải lên`);
          await trx
            .insertInto('task_event_files')
            .values({ event_id: eventId, sha256: f.sha256, name: f.name })
            .execute();
        }
        if (body.type === 'report') {
          for (const p of body.revisionPoints ?? []) {
            const res = await trx
              .updateTable('revision_points')
              .set({
                checked: p.checked ? 1 : 0,
                note: p.note ?? null,
                checked_at: now,
                checked_by: actor.user.id,
              })
              .where('id', '=', p.id)
              .where('task_id', '=', id)
              .executeTakeFirst();
            if (Number(res.numUpdatedRows) !== 1)
              throw badRequest(
                'unknown_revision_point',
                'Nội dung cần hoàn thiện không thuộc nhiệm vụ này',
              );
          }
        }
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: `task.${body.type}`,
          entity: 'task',
          entityId: id,
          before: {
            status: row.status,
            ownerOrgId: row.owner_org_id,
            dueDate: row.due_date,
            version: row.version,
          },
          after: {
            status: next.toStatus,
            ownerOrgId: next.ownerOrgId,
            dueDate: next.dueDate,
            note: next.note,
            payload: next.payload,
          },
          requestId: actor.requestId,
        });
      };
    },
  };
}
export type TasksService = ReturnType<typeof createTasksService>;
