/**
 * The one translator from errors to HTTP: `{"error":{"code","message"}}` with a Vietnamese
 * message. Known errors keep their status; validation errors become 400 with the offending
 * fields; anything unknown becomes a 500 that reveals nothing and is logged with the
 * request id.
 * @module
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDataException } from '../db/dialect-sql.ts';
import { AppError } from '../errors.ts';

const send = (
  reply: FastifyReply,
  req: FastifyRequest,
  status: number,
  code: string,
  message: string,
  details?: unknown,
) =>
  reply.status(status).send({
    error: { code, message, ...(details === undefined ? {} : { details }), requestId: req.id },
  });

/** Fastify's own client errors, by code, with what a person should read. */
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'Nội dung JSON không hợp lệ',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'Thiếu nội dung JSON',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'Dữ liệu gửi lên quá lớn',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Kiểu nội dung không được hỗ trợ',
  },
  FST_REQ_FILE_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'Tệp tải lên vượt quá dung lượng cho phép',
  },
  FST_FILES_LIMIT: { status: 413, code: 'too_many_files', message: 'Chỉ tải lên một tệp mỗi lần' },
  FST_PARTS_LIMIT: {
    status: 413,
    code: 'too_many_parts',
    message: 'Dữ liệu multipart có quá nhiều phần',
  },
  // A body that ends before it should (a truncated upload, a client gone mid-request).
  ERR_STREAM_PREMATURE_CLOSE: {
    status: 400,
    code: 'incomplete_body',
    message: 'Dữ liệu gửi lên bị cắt ngang',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Cần gửi tệp dạng multipart/form-data',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_content_length',
    message: 'Độ dài nội dung không hợp lệ',
  },
};

/**
 * Fastify's `frameworkErrors` option: errors the router raises before any route or hook runs
 * (an undecodable URL, an over-long path parameter), answered in the same shape.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  return err.code === 'FST_ERR_MAX_PARAM_LENGTH'
    ? send(reply, req, 414, 'uri_too_long', 'Địa chỉ yêu cầu quá dài')
    : send(reply, req, 400, 'bad_url', 'Địa chỉ yêu cầu không hợp lệ');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.status === 429) {
        const retry = (err.details as { retryAfterSeconds?: number } | undefined)
          ?.retryAfterSeconds;
        if (retry) reply.header('retry-after', String(retry));
      }
      return send(reply, req, err.status, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: `${err.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`,
        message: v.message ?? 'không hợp lệ',
      }));
      const first = issues[0];
      return send(
        reply,
        req,
        400,
        'validation_failed',
        first ? `Dữ liệu không hợp lệ: ${first.path}: ${first.message}` : 'Dữ liệu không hợp lệ',
        { issues },
      );
    }
    if (isDataException(err)) {
      req.log.warn({ err }, 'value refused by the database');
      return send(reply, req, 400, 'invalid_value', 'Dữ liệu không hợp lệ');
    }
    const known = err.code ? FASTIFY_CLIENT_ERRORS[err.code] : undefined;
    if (known) return send(reply, req, known.status, known.code, known.message);
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, req, err.statusCode, 'bad_request', 'Yêu cầu không hợp lệ');
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, req, 500, 'internal_error', 'Lỗi hệ thống. Vui lòng thử lại sau.');
  });

  app.setNotFoundHandler((req, reply) =>
    send(
      reply,
      req,
      404,
      'route_not_found',
      `Không có địa chỉ ${req.method} ${req.url.split('?')[0]}`,
    ),
  );
}
