/**
 * In-app notifications of the signed-in user.
 * @module
 */
import { ErrorBody, Id, NotificationList, NotificationListQuery, Ok } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { NotifyService } from './notify.service.ts';

const tags = ['notifications'];

/** `GET /api/notifications`, `POST /api/notifications/:id/read`. */
export const notifyRoutes =
  (notify: NotifyService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/notifications',
      {
        preHandler: requireRole(),
        schema: {
          tags,
          summary: 'Thông báo của tôi (nhắc hạn, tổng hợp), mới nhất trước',
          querystring: NotificationListQuery,
          response: { 200: NotificationList, 400: ErrorBody, 401: ErrorBody },
        },
      },
      async (req) => notify.list(currentUser(req), req.query),
    );
    app.post(
      '/api/notifications/:id/read',
      {
        preHandler: requireRole(),
        schema: {
          tags,
          summary: 'Đánh dấu đã đọc một thông báo',
          params: z.object({ id: Id }),
          response: { 200: Ok, 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => notify.markRead(currentUser(req), req.params.id),
    );
  };
