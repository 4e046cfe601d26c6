import {
  CreateTaskBody,
  ErrorBody,
  Id,
  Task,
  TaskEvent,
  TaskEventBody,
  TaskListItem,
  TaskListQuery,
  UpdateTaskBody,
} from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { TasksService } from './tasks.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const Params = z.object({ id: Id });

export const tasksRoutes =
  (tasks: TasksService): FastifyPluginAsyncZod =>
  async (app) => {
    const actor = (req: Parameters<typeof currentUser>[0]) => ({
      user: currentUser(req),
      requestId: req.id,
    });

    app.post(
      '/api/tasks',
      {
        preHandler: requireRole('admin', 'office'),
        schema: {
          tags: ['tasks'],
          summary: 'Giao nhiệm vụ (từ nội dung họp hoặc độc lập)',
          body: CreateTaskBody,
          response: { 201: Task, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await tasks.create(actor(req), req.body)),
    );

    app.get(
      '/api/tasks',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['tasks'],
          summary:
            'Danh sách nhiệm vụ: lọc, sắp xếp, tìm không dấu, phân trang theo con trỏ, hoặc "tính đến ngày"',
          querystring: TaskListQuery,
          response: {
            200: z.object({ items: z.array(TaskListItem), nextCursor: z.string().nullable() }),
            ...errors,
          },
        },
      },
      async (req) => tasks.list(actor(req), req.query),
    );

    app.get(
      '/api/tasks/:id',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['tasks'],
          summary: 'Một nhiệm vụ',
          params: Params,
          response: { 200: Task, ...errors },
        },
      },
      async (req) => tasks.get(actor(req), req.params.id),
    );

    app.patch(
      '/api/tasks/:id',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['tasks'],
          summary: 'Sửa nội dung, hạn của nhiệm vụ (kèm version)',
          params: Params,
          body: UpdateTaskBody,
          response: { 200: Task, 409: ErrorBody, ...errors },
        },
      },
      async (req) => tasks.update(actor(req), req.params.id, req.body),
    );

    app.get(
      '/api/tasks/:id/events',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['tasks'],
          summary: 'Dòng thời gian của nhiệm vụ',
          params: Params,
          response: { 200: z.object({ items: z.array(TaskEvent) }), ...errors },
        },
      },
      async (req) => ({ items: await tasks.events(actor(req), req.params.id) }),
    );

    app.post(
      '/api/tasks/:id/events',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['tasks'],
          summary:
            'Cập nhật tiến độ, báo cáo, chấp nhận, trả lại, gia hạn, hủy, giao lại (kèm version)',
          params: Params,
          body: TaskEventBody,
          response: { 200: Task, 409: ErrorBody, ...errors },
        },
      },
      async (req) => tasks.act(actor(req), req.params.id, req.body),
    );
  };
