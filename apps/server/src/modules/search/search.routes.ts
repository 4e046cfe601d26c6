import { ErrorBody, Id, IsoDate } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { SearchService } from './search.service.ts';

const Results = z.object({
  tasks: z.array(
    z.object({
      id: Id,
      title: z.string(),
      status: z.string(),
      dueDate: IsoDate.nullable(),
      ownerName: z.string(),
    }),
  ),
  items: z.array(
    z.object({
      id: Id,
      title: z.string(),
      meetingId: Id,
      meetingTitle: z.string(),
      meetingDate: IsoDate.nullable(),
    }),
  ),
  announcements: z.array(
    z.object({
      id: Id,
      numberSymbol: z.string().nullable(),
      summary: z.string(),
      issuedDate: IsoDate.nullable(),
      status: z.string(),
    }),
  ),
});

export const searchRoutes =
  (search: SearchService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/search',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['search'],
          summary: 'Tìm không dấu trong nhiệm vụ, nội dung họp và thông báo',
          querystring: z.object({
            q: z.string().max(200),
            limit: z.coerce.number().int().min(1).max(50).default(10),
          }),
          response: { 200: Results, 400: ErrorBody, 401: ErrorBody },
        },
      },
      async (req) => search.search(currentUser(req), req.query.q, req.query.limit),
    );
  };
