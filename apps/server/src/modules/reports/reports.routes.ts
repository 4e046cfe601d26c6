/**
 * Report routes: JSON by agency, chairing leader, meeting and coordination; the XLSX and
 * DOCX downloads; a coordinator's input reported done.
 * @module
 */
import {
  AgencyReport,
  AgencyReportQuery,
  CoordinationReport,
  CoordinatorInputBody,
  CoordinatorInputResult,
  ErrorBody,
  Id,
  LeaderReport,
  MeetingReport,
  ReportExportQuery,
  ReportPeriodQuery,
} from '@ketluan/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { ReportsService } from './reports.service.ts';

const tags = ['reports'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** Media types of the downloads. */
export const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Sends bytes as a download named `name` (ASCII fallback and RFC 5987 form). */
export function sendDownload(reply: FastifyReply, bytes: Uint8Array, media: string, name: string) {
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .type(media)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(bytes));
}

/** Every `/api/reports/...` route and `POST /api/tasks/:id/coordinator-input`. */
export const reportsRoutes =
  (reports: ReportsService): FastifyPluginAsyncZod =>
  async (app) => {
    const signedIn = requireRole();
    app.get(
      '/api/reports/agencies',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Tình hình thực hiện theo cơ quan, kỳ giao việc, tính đến một ngày',
          querystring: AgencyReportQuery,
          response: { 200: AgencyReport, ...errors },
        },
      },
      async (req) => reports.byAgency(currentUser(req), req.query),
    );
    app.get(
      '/api/reports/leaders',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Tình hình thực hiện theo lãnh đạo chủ trì cuộc họp',
          querystring: ReportPeriodQuery,
          response: { 200: LeaderReport, ...errors },
        },
      },
      async (req) => reports.byLeader(currentUser(req), req.query),
    );
    app.get(
      '/api/reports/meetings',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Tình hình thực hiện theo cuộc họp',
          querystring: ReportPeriodQuery,
          response: { 200: MeetingReport, ...errors },
        },
      },
      async (req) => reports.byMeeting(currentUser(req), req.query),
    );
    app.get(
      '/api/reports/coordination',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Chậm trễ của cơ quan chủ trì và của cơ quan phối hợp (ý kiến góp ý)',
          querystring: ReportPeriodQuery,
          response: { 200: CoordinationReport, ...errors },
        },
      },
      async (req) => reports.coordination(currentUser(req), req.query),
    );
    for (const format of ['xlsx', 'docx'] as const) {
      app.get(
        `/api/reports/export.${format}`,
        {
          preHandler: signedIn,
          schema: {
            tags,
            summary:
              format === 'xlsx'
                ? 'Tải báo cáo dạng Excel (tổng hợp, theo cơ quan, lãnh đạo, cuộc họp, phối hợp)'
                : 'Tải "Báo cáo tình hình thực hiện kết luận" dạng Word (thể thức Nghị định 30)',
            querystring: ReportExportQuery,
            response: { 200: z.any().describe('The file'), ...errors },
          },
        },
        async (req, reply) => {
          const bundle = await reports.bundle(currentUser(req), req.query);
          const bytes =
            format === 'xlsx'
              ? await reports.xlsx(bundle)
              : await reports.docx(bundle, req.query.signerName);
          return sendDownload(
            reply,
            bytes,
            MEDIA[format],
            `bao-cao-ket-luan-${bundle.agencies.asOf}.${format}`,
          );
        },
      );
    }
    app.post(
      '/api/tasks/:id/coordinator-input',
      {
        preHandler: requireRole('admin', 'office', 'agency'),
        schema: {
          tags: ['tasks'],
          summary: 'Cơ quan phối hợp báo cáo đã gửi ý kiến (Văn phòng có thể ghi nhận thay)',
          params: z.object({ id: Id }),
          body: CoordinatorInputBody,
          response: { 200: CoordinatorInputResult, 404: ErrorBody, 409: ErrorBody, ...errors },
        },
      },
      async (req) =>
        reports.coordinatorInput(
          { user: currentUser(req), requestId: req.id },
          req.params.id,
          req.body ?? {},
        ),
    );
  };
