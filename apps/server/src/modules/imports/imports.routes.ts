import {
  CommitImportBody,
  CommitResult,
  CreateImportJson,
  ErrorBody,
  Id,
  Import,
  ImportSummary,
  UpdateImportBody,
} from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { ImportsService } from './imports.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const Params = z.object({ id: Id });

export const importsRoutes =
  (imports: ImportsService, maxUploadBytes: number): FastifyPluginAsyncZod =>
  async (app) => {
    const actor = (req: Parameters<typeof currentUser>[0]) => ({
      user: currentUser(req),
      requestId: req.id,
    });
    const staff = requireRole('admin', 'office');

    app.post(
      '/api/imports',
      {
        preHandler: staff,
        schema: {
          tags: ['imports'],
          summary: 'Dán văn bản thông báo để đọc và tạo bản nhập chờ rà soát',
          body: CreateImportJson,
          response: { 201: Import, 413: ErrorBody, ...errors },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await imports.create(actor(req), { text: req.body.text, name: req.body.name ?? null }),
          ),
    );

    app.post(
      '/api/imports/upload',
      {
        preHandler: staff,
        schema: {
          tags: ['imports'],
          summary:
            'Tải lên tệp thông báo (.txt, .docx, PDF có lớp văn bản; multipart, trường "file")',
          consumes: ['multipart/form-data'],
          response: { 201: Import, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody, ...errors },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart())
          throw new AppError(
            415,
            'unsupported_media_type',
            'Cần gửi tệp dạng multipart/form-data (trường "file")',
          );
        const file = await req.file({ limits: { fileSize: maxUploadBytes, files: 1 } });
        if (!file) throw new AppError(400, 'file_required', 'Chưa chọn tệp');
        const bytes = await file.toBuffer();
        return reply
          .status(201)
          .send(await imports.create(actor(req), { bytes, name: file.filename }));
      },
    );

    app.get(
      '/api/imports',
      {
        preHandler: staff,
        schema: {
          tags: ['imports'],
          summary: 'Các bản nhập gần đây',
          querystring: z.object({
            status: z.enum(['draft', 'committed', 'discarded']).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ items: z.array(ImportSummary) }), ...errors },
        },
      },
      async (req) => ({ items: await imports.list(actor(req), req.query) }),
    );

    app.get(
      '/api/imports/:id',
      {
        preHandler: staff,
        schema: {
          tags: ['imports'],
          summary: 'Một bản nhập: văn bản và các trường đã đọc, kèm vị trí',
          params: Params,
          response: { 200: Import, ...errors },
        },
      },
      async (req) => imports.get(actor(req), req.params.id),
    );

    app.patch(
      '/api/imports/:id',
      {
        preHandler: staff,
        schema: {
          tags: ['imports'],
          summary: 'Sửa bản nhập (kèm version)',
          params: Params,
          body: UpdateImportBody,
          response: { 200: Import, 409: ErrorBody, ...errors },
        },
      },
      async (req) => imports.update(actor(req), req.params.id, req.body),
    );

    app.post(
      '/api/imports/:id/commit',
      {
        preHandler: staff,
        schema: {
          tags: ['imports'],
          summary:
            'Lưu bản nhập: tạo cuộc họp, nội dung, nhiệm vụ và thông báo đã ban hành (một giao dịch)',
          params: Params,
          body: CommitImportBody,
          response: { 200: CommitResult, 409: ErrorBody, ...errors },
        },
      },
      async (req) => imports.commit(actor(req), req.params.id, req.body.version),
    );

    app.post(
      '/api/imports/:id/discard',
      {
        preHandler: staff,
        schema: {
          tags: ['imports'],
          summary: 'Hủy bản nhập',
          params: Params,
          body: CommitImportBody,
          response: { 200: z.object({ ok: z.literal(true) }), 409: ErrorBody, ...errors },
        },
      },
      async (req) => {
        await imports.discard(actor(req), req.params.id, req.body.version);
        return { ok: true as const };
      },
    );
  };
