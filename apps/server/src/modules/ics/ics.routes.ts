/**
 * Calendar feed routes: managing an agency's token, and the feed itself, which is read with
 * the token in the address and no session (calendar apps cannot sign in).
 * @module
 */
import { CalendarToken, CalendarTokenStatus, ErrorBody, Id, Ok } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { IcsService } from './ics.service.ts';

const tags = ['calendar'];
const Params = z.object({ id: Id });
const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** `/api/orgs/:id/calendar-token` (GET, POST, DELETE) and `GET /ical/:token.ics`. */
export const icsRoutes =
  (ics: IcsService): FastifyPluginAsyncZod =>
  async (app) => {
    const actor = (req: Parameters<typeof currentUser>[0]) => ({
      user: currentUser(req),
      requestId: req.id,
    });
    app.get(
      '/api/orgs/:id/calendar-token',
      {
        preHandler: requireRole(),
        schema: {
          tags,
          summary: 'Cơ quan đã có địa chỉ lịch (iCalendar) chưa',
          params: Params,
          response: { 200: CalendarTokenStatus, ...errors },
        },
      },
      async (req) => ics.status(currentUser(req), req.params.id),
    );
    app.post(
      '/api/orgs/:id/calendar-token',
      {
        preHandler: requireRole(),
        schema: {
          tags,
          summary: 'Tạo hoặc đổi địa chỉ lịch bí mật của cơ quan (địa chỉ cũ hết hiệu lực)',
          params: Params,
          response: { 200: CalendarToken, ...errors },
        },
      },
      async (req) => ics.rotate(actor(req), req.params.id),
    );
    app.delete(
      '/api/orgs/:id/calendar-token',
      {
        preHandler: requireRole(),
        schema: {
          tags,
          summary: 'Thu hồi địa chỉ lịch của cơ quan',
          params: Params,
          response: { 200: Ok, ...errors },
        },
      },
      async (req) => ics.revoke(actor(req), req.params.id),
    );
    app.get(
      '/ical/:token.ics',
      {
        schema: {
          tags,
          summary: 'Lịch hạn nhiệm vụ của cơ quan (iCalendar, không cần đăng nhập)',
          security: [],
          params: z.object({ token: z.string().max(100) }),
          response: { 200: z.string(), 404: ErrorBody },
        },
      },
      async (req, reply) =>
        reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, max-age=300')
          .header('content-disposition', 'inline; filename="nhiem-vu.ics"')
          .send(await ics.feed(req.params.token)),
    );
  };
