import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { conflict } from '../src/errors.ts';
import { registerErrorHandling } from '../src/http/error-handler.ts';

function appThatThrows(err: unknown) {
  const app = Fastify({ logger: false });
  registerErrorHandling(app);
  app.get('/x', async () => {
    throw err;
  });
  return app;
}

describe('error handler', () => {
  it('hides the internals of an unknown error behind a 500 with a request id', async () => {
    const res = await appThatThrows(new Error('secret detail at /srv/app/x.ts:12')).inject('/x');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: {
        code: 'internal_error',
        message: 'Lỗi hệ thống. Vui lòng thử lại sau.',
        requestId: expect.any(String),
      },
    });
    expect(res.body).not.toMatch(/secret|x\.ts/);
  });

  it('keeps the status, code and details of an AppError', async () => {
    const res = await appThatThrows(
      conflict('stale_version', 'Đã có người sửa', { version: 3 }),
    ).inject('/x');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'stale_version',
      message: 'Đã có người sửa',
      details: { version: 3 },
    });
  });
});
