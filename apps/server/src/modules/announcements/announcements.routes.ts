/**
 * REST routes of announcements and the meeting record: each one line over the service.
 * @module
 */
import {
  Announcement,
  AnnouncementListQuery,
  AnnouncementSummary,
  AnnouncementVersion,
  ApproveAnnouncementBody,
  ComposeAnnouncementBody,
  ErrorBody,
  Id,
  IssueAnnouncementBody,
  PublicationBody,
  UpdateAnnouncementBody,
} from '@ketluan/contracts';
import type { OutputFormat } from '@ketluan/docgen';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { AnnouncementsService } from './announcements.service.ts';
import { contentDisposition } from './render.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const writeErrors = { ...errors, 409: ErrorBody };
const Params = z.object({ id: Id });
const File = (what: string) => z.any().describe(what);
const tags = ['announcements'];

export const announcementsRoutes =
  (announcements: AnnouncementsService): FastifyPluginAsyncZod =>
  async (app) => {
    const actor = (req: FastifyRequest) => ({ user: currentUser(req), requestId: req.id });
    const signedIn = requireRole();
    const sendFile = (
      reply: FastifyReply,
      file: { bytes: Uint8Array; mediaType: string; fileName: string },
    ) =>
      reply
        .type(file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.bytes));

    app.post(
      '/api/meetings/:id/announcements',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Soạn dự thảo thông báo kết luận từ cuộc họp',
          params: Params,
          body: ComposeAnnouncementBody.optional(),
          response: { 201: Announcement, ...writeErrors },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await announcements.compose(actor(req), req.params.id, req.body ?? {})),
    );
    app.get(
      '/api/announcements',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Danh sách thông báo, mới nhất trước',
          querystring: AnnouncementListQuery,
          response: {
            200: z.object({
              items: z.array(AnnouncementSummary),
              nextCursor: z.string().nullable(),
            }),
            ...errors,
          },
        },
      },
      async (req) => announcements.list(actor(req), req.query),
    );
    app.get(
      '/api/announcements/:id',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Một thông báo',
          params: Params,
          response: { 200: Announcement, ...errors },
        },
      },
      async (req) => announcements.get(actor(req), req.params.id),
    );
    app.patch(
      '/api/announcements/:id',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Sửa dự thảo (kèm version); mỗi lần lưu là một phiên bản',
          params: Params,
          body: UpdateAnnouncementBody,
          response: { 200: Announcement, ...writeErrors },
        },
      },
      async (req) => announcements.update(actor(req), req.params.id, req.body),
    );
    app.get(
      '/api/announcements/:id/versions',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Các phiên bản đã lưu của thông báo',
          params: Params,
          response: { 200: z.array(AnnouncementVersion), ...errors },
        },
      },
      async (req) => announcements.versions(actor(req), req.params.id),
    );
    app.post(
      '/api/announcements/:id/approve',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Lãnh đạo duyệt dự thảo',
          params: Params,
          body: ApproveAnnouncementBody.optional(),
          response: { 200: Announcement, ...writeErrors },
        },
      },
      async (req) => announcements.approve(actor(req), req.params.id, req.body ?? {}),
    );
    app.post(
      '/api/announcements/:id/issue',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary:
            'Ban hành: cấp số, ghi ngày, khóa nội dung, kích hoạt nhiệm vụ, công bố nếu công khai',
          params: Params,
          body: IssueAnnouncementBody.optional(),
          response: { 200: Announcement, ...writeErrors },
        },
      },
      async (req) => announcements.issue(actor(req), req.params.id, req.body ?? {}),
    );
    app.put(
      '/api/announcements/:id/publication',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Công khai hoặc thôi công khai; hiện tiến độ nhiệm vụ',
          params: Params,
          body: PublicationBody,
          response: { 200: Announcement, ...writeErrors },
        },
      },
      async (req) => announcements.setPublication(actor(req), req.params.id, req.body),
    );
    app.post(
      '/api/announcements/:id/corrections',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Tạo dự thảo đính chính của thông báo đã ban hành',
          params: Params,
          response: { 201: Announcement, ...writeErrors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await announcements.correct(actor(req), req.params.id)),
    );
    for (const format of ['docx', 'pdf'] as const satisfies readonly OutputFormat[]) {
      app.get(
        `/api/announcements/:id/${format}`,
        {
          preHandler: signedIn,
          schema: {
            tags,
            summary: `Tải thông báo dạng ${format.toUpperCase()} (thể thức Nghị định 30/2020)`,
            params: Params,
            response: { 200: File(`${format.toUpperCase()} file`), ...errors },
          },
        },
        async (req, reply) =>
          sendFile(reply, await announcements.render(actor(req), req.params.id, format)),
      );
    }
    app.get(
      '/api/meetings/:id/record.pdf',
      {
        preHandler: signedIn,
        schema: {
          tags: ['meetings'],
          summary: 'Hồ sơ phiên họp (PDF): nội dung, kết luận, tình hình nhiệm vụ',
          params: Params,
          response: { 200: File('PDF file'), ...errors },
        },
      },
      async (req, reply) => {
        const record = await announcements.meetingRecord(actor(req), req.params.id);
        return sendFile(reply, { ...record, mediaType: 'application/pdf' });
      },
    );
  };
