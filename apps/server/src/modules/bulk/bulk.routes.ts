/**
 * Bulk progress update routes: download the sheet, preview an upload, apply it.
 * @module
 */
import { BulkApplyResult, BulkExportQuery, BulkPreview, ErrorBody } from '@ketluan/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { currentUser, requireRole } from '../../http/auth-hooks.ts';
import { MEDIA, sendDownload } from '../reports/reports.routes.ts';
import type { BulkService } from './bulk.service.ts';

const tags = ['tasks'];
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
};

/** The uploaded file's bytes (multipart, field "file"). */
async function upload(req: FastifyRequest): Promise<Uint8Array> {
  if (!req.isMultipart())
    throw new AppError(
      415,
      'unsupported_media_type',
      'Cần gửi tệp dạng multipart/form-data (trường "file")',
    );
  const file = await req.file();
  if (!file) throw new AppError(400, 'file_required', 'Chưa chọn tệp');
  return new Uint8Array(await file.toBuffer());
}

/** `GET /api/bulk/tasks.xlsx`, `POST /api/bulk/preview`, `POST /api/bulk/apply`. */
export const bulkRoutes =
  (bulk: BulkService): FastifyPluginAsyncZod =>
  async (app) => {
    const may = requireRole('admin', 'office', 'agency');
    const actor = (req: FastifyRequest) => ({ user: currentUser(req), requestId: req.id });
    app.get(
      '/api/bulk/tasks.xlsx',
      {
        preHandler: may,
        schema: {
          tags,
          summary:
            'Tải bảng cập nhật tiến độ (cơ quan: nhiệm vụ đang thực hiện của mình; Văn phòng: theo bộ lọc)',
          querystring: BulkExportQuery,
          response: { 200: z.any().describe('XLSX'), ...errors },
        },
      },
      async (req, reply) => {
        const { bytes } = await bulk.exportSheet(actor(req), req.query);
        return sendDownload(reply, bytes, MEDIA.xlsx, 'cap-nhat-tien-do.xlsx');
      },
    );
    app.post(
      '/api/bulk/preview',
      {
        preHandler: may,
        schema: {
          tags,
          summary:
            'Kiểm tra bảng cập nhật tiến độ (multipart, trường "file"): lỗi theo từng dòng, chưa cập nhật gì',
          consumes: ['multipart/form-data'],
          response: { 200: BulkPreview, ...errors },
        },
      },
      async (req) => bulk.preview(actor(req), await upload(req)),
    );
    app.post(
      '/api/bulk/apply',
      {
        preHandler: may,
        schema: {
          tags,
          summary:
            'Cập nhật tiến độ từ bảng: tất cả các dòng trong một giao dịch, hoặc không dòng nào',
          consumes: ['multipart/form-data'],
          response: { 200: BulkApplyResult, 409: ErrorBody, ...errors },
        },
      },
      async (req) => bulk.apply(actor(req), await upload(req)),
    );
  };
