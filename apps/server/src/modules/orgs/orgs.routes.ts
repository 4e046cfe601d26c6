import { ErrorBody, Id, LineageBody, LineageResult, Org, OrgListQuery } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { LineageService } from './orgs.lineage.ts';
import type { OrgsService } from './orgs.service.ts';

export const orgsRoutes =
  (orgs: OrgsService, lineage: LineageService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/orgs',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['orgs'],
          summary: 'Danh mục cơ quan, đơn vị (tìm không dấu)',
          querystring: OrgListQuery,
          response: { 200: z.object({ items: z.array(Org) }), 400: ErrorBody, 401: ErrorBody },
        },
      },
      async (req) => ({ items: await orgs.list(req.query) }),
    );
    app.get(
      '/api/orgs/:id',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['orgs'],
          summary: 'Một cơ quan, với tên gọi khác và quan hệ kế thừa',
          params: z.object({ id: Id }),
          response: { 200: Org, 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => orgs.get(req.params.id),
    );
    app.post(
      '/api/orgs/lineage',
      {
        preHandler: requireRole('admin'),
        schema: {
          tags: ['orgs'],
          summary:
            'Sáp nhập, chia tách, đổi tên cơ quan từ một ngày hiệu lực (chuyển nhiệm vụ đang thực hiện)',
          body: LineageBody,
          response: { 200: LineageResult, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (req) => lineage.apply(currentUser(req).id, req.body, req.id),
    );
  };
