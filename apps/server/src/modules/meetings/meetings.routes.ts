import {
  CreateItemBody,
  CreateMeetingBody,
  Dossier,
  ErrorBody,
  Id,
  Item,
  Meeting,
  MeetingListQuery,
  MeetingSummary,
  UpdateItemBody,
  UpdateMeetingBody,
} from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { MeetingsService } from './meetings.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const Params = z.object({ id: Id });

export const meetingsRoutes =
  (meetings: MeetingsService): FastifyPluginAsyncZod =>
  async (app) => {
    const actor = (req: Parameters<typeof currentUser>[0]) => ({
      user: currentUser(req),
      requestId: req.id,
    });
    const staff = requireRole('admin', 'office');

    app.post(
      '/api/meetings',
      {
        preHandler: staff,
        schema: {
          tags: ['meetings'],
          summary: 'Tạo cuộc họp',
          body: CreateMeetingBody,
          response: { 201: Meeting, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await meetings.create(actor(req), req.body)),
    );
    app.get(
      '/api/meetings',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['meetings'],
          summary: 'Danh sách cuộc họp, mới nhất trước',
          querystring: MeetingListQuery,
          response: {
            200: z.object({ items: z.array(MeetingSummary), nextCursor: z.string().nullable() }),
            ...errors,
          },
        },
      },
      async (req) => meetings.list(actor(req), req.query),
    );
    app.get(
      '/api/meetings/:id',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['meetings'],
          summary: 'Một cuộc họp với nội dung, kết luận',
          params: Params,
          response: { 200: Meeting, ...errors },
        },
      },
      async (req) => meetings.get(actor(req), req.params.id),
    );
    app.patch(
      '/api/meetings/:id',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['meetings'],
          summary: 'Sửa cuộc họp (kèm version)',
          params: Params,
          body: UpdateMeetingBody,
          response: { 200: Meeting, 409: ErrorBody, ...errors },
        },
      },
      async (req) => meetings.update(actor(req), req.params.id, req.body),
    );
    app.post(
      '/api/meetings/:id/items',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['meetings'],
          summary: 'Thêm nội dung họp (kết luận, nội dung cần hoàn thiện)',
          params: Params,
          body: CreateItemBody,
          response: { 201: Item, ...errors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await meetings.addItem(actor(req), req.params.id, req.body)),
    );
    app.patch(
      '/api/items/:id',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['meetings'],
          summary: 'Sửa nội dung họp (kèm version)',
          params: Params,
          body: UpdateItemBody,
          response: { 200: Item, 409: ErrorBody, ...errors },
        },
      },
      async (req) => meetings.updateItem(actor(req), req.params.id, req.body),
    );
    app.get(
      '/api/dossiers/:id',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['meetings'],
          summary: 'Hồ sơ: đường đi của một dự thảo qua các phiên họp',
          params: Params,
          response: { 200: Dossier, ...errors },
        },
      },
      async (req) => meetings.dossier(actor(req), req.params.id),
    );
  };
