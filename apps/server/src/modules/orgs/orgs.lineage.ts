/**
 * Merges, splits and renames of agencies, from an effective date, in one transaction: the
 * successor links, the end of the old orgs, and the move of their open tasks (each move a
 * `lineage` event in the task's timeline, dated the effective day) and of their users. Done
 * tasks stay with the original org, so historical figures do not move; reports can still
 * roll up by successor through the links.
 * @module
 */

import { addDays } from '@ketluan/calendar';
import { foldVietnamese, type LineageBody } from '@ketluan/contracts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest } from '../../errors.ts';
import { type Clock, vietnamDate } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { OPEN_STATUSES } from '../tasks/timeliness.ts';
import { namesOf } from './orgs.seed.ts';

export function createLineageService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  clock: Clock;
}) {
  const { db, audit, clock } = deps;

  return {
    async apply(actorUserId: string, body: LineageBody, requestId?: string) {
      const today = vietnamDate(clock.now());
      if (body.effectiveDate > today) {
        throw badRequest(
          'effective_in_future',
          'Ngày hiệu lực không được sau ngày hôm nay: hãy thực hiện vào ngày đó',
        );
      }
      if (body.kind !== 'split' && body.toOrgIds.length + (body.newOrg ? 1 : 0) !== 1) {
        throw badRequest('one_successor', 'Sáp nhập hoặc đổi tên cần đúng một cơ quan kế thừa');
      }
      if (body.kind === 'rename' && body.fromOrgIds.length !== 1) {
        throw badRequest('one_predecessor', 'Đổi tên áp dụng cho một cơ quan');
      }
      const now = clock.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const from = await trx
          .selectFrom('orgs')
          .selectAll()
          .where('id', 'in', body.fromOrgIds)
          .execute();
        if (from.length !== new Set(body.fromOrgIds).size)
          throw badRequest('unknown_org', 'Không tìm thấy cơ quan cần sáp nhập/chia tách');
        const successors = [...body.toOrgIds];
        if (body.toOrgIds.length) {
          const found = await trx
            .selectFrom('orgs')
            .select('id')
            .where('id', 'in', body.toOrgIds)
            .execute();
          if (found.length !== new Set(body.toOrgIds).size)
            throw badRequest('unknown_org', 'Không tìm thấy cơ quan kế thừa');
        }
        if (body.fromOrgIds.some((id) => successors.includes(id)) && body.kind !== 'merge') {
          throw badRequest('self_successor', 'Cơ quan không thể kế thừa chính nó');
        }
        if (body.newOrg) {
          const id = newId();
          const n = body.newOrg;
          await trx
            .insertInto('orgs')
            .values({
              id,
              code: n.code ?? `org-${id.slice(-12)}`,
              name: n.name,
              short_name: n.shortName ?? null,
              symbol: null,
              kind: n.kind,
              parent_id: n.parentId ?? from[0]?.parent_id ?? null,
              valid_from: body.effectiveDate,
              valid_to: null,
              search_text: namesOf({
                name: n.name,
                shortName: n.shortName ?? undefined,
                aliases: n.aliases ?? [],
              })
                .map(foldVietnamese)
                .join(' | '),
              created_at: now,
              updated_at: now,
            })
            .execute();
          const aliases = namesOf({
            name: n.name,
            shortName: n.shortName ?? undefined,
            aliases: n.aliases ?? [],
          });
          await trx
            .insertInto('org_aliases')
            .values(
              aliases.map((a) => ({
                id: newId(),
                org_id: id,
                alias: a,
                folded: foldVietnamese(a),
              })),
            )
            .execute();
          successors.push(id);
        }
        const target = body.defaultToOrgId ?? successors[0]!;
        if (!successors.includes(target))
          throw badRequest(
            'default_not_successor',
            'Cơ quan nhận nhiệm vụ phải là một cơ quan kế thừa',
          );

        const movedTaskIds: string[] = [];
        const movedUserIds: string[] = [];
        for (const old of from) {
          const continues = successors.includes(old.id); // a merge into one of the merging orgs
          for (const s of successors.filter((x) => x !== old.id)) {
            await trx
              .insertInto('org_successions')
              .values({
                id: newId(),
                predecessor_id: old.id,
                successor_id: s,
                effective_date: body.effectiveDate,
                kind: body.kind,
                note: body.note ?? null,
                applied_at: now,
                created_at: now,
              })
              .execute();
          }
          if (continues) continue;
          await trx
            .updateTable('orgs')
            .set({
              valid_to: addDays(body.effectiveDate, -1),
              updated_at: now,
              version: sql<number>`version + 1`,
            })
            .where('id', '=', old.id)
            .execute();
          const open = await trx
            .selectFrom('tasks')
            .select(['id', 'status', 'due_date'])
            .where('owner_org_id', '=', old.id)
            .where('status', 'in', [...OPEN_STATUSES])
            .execute();
          for (const task of open) {
            await trx
              .updateTable('tasks')
              .set({ owner_org_id: target, updated_at: now, version: sql<number>`version + 1` })
              .where('id', '=', task.id)
              .execute();
            const seq = await trx
              .selectFrom('task_events')
              .select((eb) => eb.fn.max('seq').as('m'))
              .where('task_id', '=', task.id)
              .executeTakeFirst();
            await trx
              .insertInto('task_events')
              .values({
                id: newId(),
                task_id: task.id,
                seq: Number(seq?.m ?? 0) + 1,
                type: 'lineage',
                at: now,
                effective_date: body.effectiveDate,
                actor_user_id: actorUserId,
                actor_org_id: null,
                from_status: task.status,
                to_status: task.status,
                owner_org_id: target,
                due_date: task.due_date,
                note: body.note ?? null,
                payload: JSON.stringify({ kind: body.kind, fromOrgId: old.id, toOrgId: target }),
              })
              .execute();
            movedTaskIds.push(task.id);
          }
          const coordinated = await trx
            .selectFrom('task_coordinators as c')
            .innerJoin('tasks as t', 't.id', 'c.task_id')
            .select('c.task_id')
            .where('c.org_id', '=', old.id)
            .where('t.status', 'in', [...OPEN_STATUSES])
            .execute();
          for (const c of coordinated) {
            const exists = await trx
              .selectFrom('task_coordinators')
              .select('task_id')
              .where('task_id', '=', c.task_id)
              .where('org_id', '=', target)
              .executeTakeFirst();
            if (exists)
              await trx
                .deleteFrom('task_coordinators')
                .where('task_id', '=', c.task_id)
                .where('org_id', '=', old.id)
                .execute();
            else
              await trx
                .updateTable('task_coordinators')
                .set({ org_id: target })
                .where('task_id', '=', c.task_id)
                .where('org_id', '=', old.id)
                .execute();
          }
          const users = await trx
            .selectFrom('users')
            .select('id')
            .where('org_id', '=', old.id)
            .execute();
          if (users.length) {
            await trx
              .updateTable('users')
              .set({ org_id: target, updated_at: now, version: sql<number>`version + 1` })
              .where('org_id', '=', old.id)
              .execute();
            movedUserIds.push(...users.map((u) => u.id));
          }
        }
        const result = { successorIds: successors, movedTaskIds, movedUserIds };
        await audit.record(trx, {
          actorUserId,
          action: `org.${body.kind}`,
          entity: 'org',
          entityId: body.fromOrgIds.join(','),
          before: from,
          after: { ...body, ...result },
          requestId,
        });
        return result;
      });
    },
  };
}
export type LineageService = ReturnType<typeof createLineageService>;
