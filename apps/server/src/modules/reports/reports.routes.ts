import { AgencyReport, AgencyReportQuery, ErrorBody } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { ReportsService } from './reports.service.ts';

export const reportsRoutes =
  (reports: ReportsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/reports/agencies',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['reports'],
          summary: 'Tình hình thực hiện theo cơ quan, kỳ giao việc, tính đến một ngày',
          querystring: AgencyReportQuery,
          response: { 200: AgencyReport, 400: ErrorBody, 401: ErrorBody },
        },
      },
      async (req) => reports.byAgency(currentUser(req), req.query),
    );
  };
