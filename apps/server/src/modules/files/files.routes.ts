import { ErrorBody } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import type { FilesService } from './files.service.ts';

const StoredFile = z.object({ sha256: z.string(), size: z.number().int(), mime: z.string() });

export const filesRoutes =
  (files: FilesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/files',
      {
        preHandler: requireRole('admin', 'office', 'agency'),
        schema: {
          tags: ['files'],
          summary:
            'Tải lên tệp đính kèm báo cáo (multipart, trường "file"); trả về mã băm để gắn vào báo cáo',
          consumes: ['multipart/form-data'],
          response: {
            201: StoredFile,
            400: ErrorBody,
            401: ErrorBody,
            403: ErrorBody,
            413: ErrorBody,
            415: ErrorBody,
          },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart())
          throw new AppError(
            415,
            'unsupported_media_type',
            'Cần gửi tệp dạng multipart/form-data (trường "file")',
          );
        const file = await req.file();
        if (!file) throw new AppError(400, 'file_required', 'Chưa chọn tệp');
        return reply.status(201).send(await files.store(await file.toBuffer()));
      },
    );
    app.get(
      '/api/files/:sha256',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['files'],
          summary: 'Tải xuống tệp đính kèm (chỉ khi được xem nhiệm vụ có tệp này)',
          params: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Mã tệp không hợp lệ') }),
          querystring: z.object({ name: z.string().max(255).optional() }),
          response: { 200: z.any().describe('The file'), 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (req, reply) => {
        const f = await files.read(currentUser(req), req.params.sha256);
        const name = (req.query.name ?? f.sha256).replace(/[^\p{L}\p{N}._ -]/gu, '_');
        reply.header('content-type', f.mime);
        reply.header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        );
        reply.header('x-content-type-options', 'nosniff');
        return reply.send(f.bytes);
      },
    );
  };
