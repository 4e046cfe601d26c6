/**
 * CSRF defence in depth beside SameSite=Lax cookies: a state-changing request that carries
 * an Origin (or Referer) header from another host is refused.
 * @module
 */
import type { FastifyInstance } from 'fastify';
import { forbidden } from '../errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    if (SAFE.has(req.method)) return;
    const source = req.headers.origin ?? req.headers.referer;
    if (!source) return; // non-browser clients send none
    // `Origin: null` comes from sandboxed frames, data: and file: pages — never from the app.
    if (source === 'null') throw forbidden('Nguồn yêu cầu không hợp lệ');
    let host: string;
    try {
      host = new URL(source).host;
    } catch {
      throw forbidden('Nguồn yêu cầu không hợp lệ');
    }
    // req.host honours X-Forwarded-Host only when trustProxy is on.
    if (host !== req.host) throw forbidden('Yêu cầu từ trang khác bị từ chối');
  });
}
