/**
 * Admin screens' API: the working-day calendar per year, run-time settings, the audit log.
 * @module
 */
import { ErrorBody, HolidayYear, HolidayYearBody, HolidayYearParams } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { SETTINGS, type SettingKey, type SettingsService } from '../settings/settings.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** Every setting, with the schema the service validates it with. */
const SettingsView = z.object(
  Object.fromEntries(Object.entries(SETTINGS).map(([key, s]) => [key, s.schema])) as {
    [K in SettingKey]: (typeof SETTINGS)[K]['schema'];
  },
);

const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
});

export const adminRoutes =
  (deps: {
    db: Kysely<Database>;
    calendar: CalendarService;
    settings: SettingsService;
    audit: AuditService;
  }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/holidays/:year',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['admin'],
          summary: 'Ngày nghỉ, ngày làm bù của một năm',
          params: HolidayYearParams,
          response: { 200: HolidayYear, ...errors },
        },
      },
      async (req) => deps.calendar.year(req.params.year),
    );
    app.put(
      '/api/holidays/:year',
      {
        preHandler: requireRole('admin'),
        schema: {
          tags: ['admin'],
          summary: 'Điều chỉnh lịch nghỉ của một năm (quản trị)',
          params: HolidayYearParams,
          body: HolidayYearBody,
          response: { 200: HolidayYear, ...errors },
        },
      },
      async (req) => {
        await deps.calendar.setYear(currentUser(req).id, { year: req.params.year, ...req.body });
        return deps.calendar.year(req.params.year);
      },
    );
    app.get(
      '/api/settings',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['admin'],
          summary: 'Thiết lập',
          response: { 200: SettingsView, ...errors },
        },
      },
      async () => deps.settings.all(),
    );
    app.put(
      '/api/settings',
      {
        preHandler: requireRole('admin'),
        schema: {
          tags: ['admin'],
          summary: 'Sửa thiết lập (quản trị)',
          body: SettingsView.partial(),
          response: { 200: SettingsView, ...errors },
        },
      },
      async (req) => {
        // All keys or none: one transaction for the whole form.
        await deps.db.transaction().execute(async (trx) => {
          for (const [key, value] of Object.entries(req.body)) {
            if (value !== undefined && key in SETTINGS)
              await deps.settings.set(currentUser(req).id, key as SettingKey, value, trx);
          }
        });
        return deps.settings.all();
      },
    );
    app.get(
      '/api/audit',
      {
        preHandler: requireRole('admin'),
        schema: {
          tags: ['admin'],
          summary: 'Nhật ký thao tác (quản trị), mới nhất trước',
          querystring: z.object({
            entity: z.string().max(50).optional(),
            entityId: z.string().max(100).optional(),
            before: z.coerce
              .number()
              .int()
              .positive()
              .optional()
              .describe('Entries with seq below this'),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: {
            200: z.object({ items: z.array(AuditEntry), nextBefore: z.number().int().nullable() }),
            ...errors,
          },
        },
      },
      async (req) => {
        let q = deps.db.selectFrom('audit_log').selectAll();
        if (req.query.entity) q = q.where('entity', '=', req.query.entity);
        if (req.query.entityId) q = q.where('entity_id', '=', req.query.entityId);
        if (req.query.before) q = q.where('seq', '<', req.query.before);
        const rows = await q
          .orderBy('seq', 'desc')
          .limit(req.query.limit + 1)
          .execute();
        const page = rows.slice(0, req.query.limit);
        return {
          items: page.map((r) => ({
            seq: r.seq,
            at: r.at,
            actorUserId: r.actor_user_id,
            action: r.action,
            entity: r.entity,
            entityId: r.entity_id,
            before: r.before ? JSON.parse(r.before) : null,
            after: r.after ? JSON.parse(r.after) : null,
            requestId: r.request_id,
            hash: r.hash,
          })),
          nextBefore: rows.length > req.query.limit ? (page.at(-1)?.seq ?? null) : null,
        };
      },
    );
    app.get(
      '/api/audit/verify',
      {
        preHandler: requireRole('admin'),
        schema: {
          tags: ['admin'],
          summary: 'Kiểm tra chuỗi băm của nhật ký',
          response: {
            200: z.object({
              ok: z.boolean(),
              checked: z.number().int(),
              brokenAt: z.number().int().nullable(),
            }),
            ...errors,
          },
        },
      },
      async () => deps.audit.verifyChain(deps.db),
    );
  };
