/**
 * One error model: services throw `AppError`s made by the factories below; the HTTP layer
 * turns them (and validation errors, and anything unknown) into
 * `{"error":{"code","message"}}` with a Vietnamese message.
 * @module
 */

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
export const unauthorized = (message = 'Chưa đăng nhập hoặc phiên đã hết hạn') =>
  new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này') =>
  new AppError(403, 'forbidden', message);
/** `what` is a Vietnamese noun phrase: "công việc", "cuộc họp". */
export const notFound = (what = 'bản ghi') =>
  new AppError(404, 'not_found', `Không tìm thấy ${what}`);
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(409, code, message, details);
export const tooMany = (message: string, retryAfterSeconds: number) =>
  new AppError(429, 'too_many_requests', message, { retryAfterSeconds });
