/**
 * Serves the web app (apps/web/dist) on the API's port. Built assets are served as files
 * (hashed ones cached for a year, pre-compressed .br/.gz used when present); any other GET
 * that asks for HTML gets index.html, so the browser's router handles deep links. /api/*,
 * /public/* and /healthz are never answered with the app: an unknown /api route keeps its
 * JSON 404. Without a build, HTML requests get a short page saying how to make one.
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const DEFAULT_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
const RESERVED = /^\/(?:api|public)(?:\/|$)|^\/healthz(?:\/|$)/;

export interface WebAppOptions {
  /** The built app; defaults to apps/web/dist. */
  distDir?: string;
}

const NO_BUILD_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ketluan — chưa có bản dựng giao diện</title>
<style>body{font-family:system-ui,sans-serif;max-width:640px;margin:10vh auto;padding:0 16px;color:#1f2933;line-height:1.6}code{background:#f1f3f5;padding:2px 6px;border-radius:4px}</style>
</head><body>
<h1>Giao diện web chưa được dựng</h1>
<p>Máy chủ API đang chạy, nhưng chưa có bản dựng của ứng dụng web. Hãy chạy:</p>
<p><code>npm run build -w @ketluan/web</code></p>
<p>rồi tải lại trang (hoặc chạy <code>npm start</code>, lệnh này tự dựng khi cần).</p>
<hr><p lang="en">The web app has not been built. Run <code>npm run build -w @ketluan/web</code> and reload.
API documentation: <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;

function acceptsHtml(req: FastifyRequest): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/** The file in `dist` that `pathname` names, if it is one (never outside `dist`). */
function assetPath(dist: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const rel = decoded.replace(/^\/+/, '');
  if (!rel || rel.includes('\0')) return null;
  const full = resolve(dist, rel);
  if (!full.startsWith(dist.endsWith(sep) ? dist : dist + sep)) return null;
  try {
    return statSync(full).isFile() ? rel : null;
  } catch {
    return null;
  }
}

export async function registerWebApp(
  app: FastifyInstance,
  options: WebAppOptions = {},
): Promise<void> {
  const dist = resolve(options.distDir ?? DEFAULT_DIST);
  const hasBuild = () => existsSync(resolve(dist, 'index.html'));
  if (!hasBuild()) {
    app.log.warn(
      { dist },
      'web app not built: run `npm run build -w @ketluan/web` (npm start does it)',
    );
  }
  await app.register(fastifyStatic, {
    root: dist,
    serve: false,
    preCompressed: true,
    suppressWarning: true,
    cacheControl: false, // set per file below
    index: false,
  });

  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html');

  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const pathname = req.url.split('?')[0] ?? '/';
    if (RESERVED.test(pathname)) return reply.callNotFound();
    if (!hasBuild()) {
      if (!acceptsHtml(req)) return reply.callNotFound();
      return reply.status(503).type('text/html; charset=utf-8').send(NO_BUILD_PAGE);
    }
    const file = assetPath(dist, pathname);
    if (file === 'index.html') return sendIndex(reply);
    if (file) {
      reply.header(
        'cache-control',
        file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      );
      return reply.sendFile(file);
    }
    // A missing asset (an old chunk after an upgrade) is a 404, never the app's HTML.
    if (acceptsHtml(req) && !pathname.startsWith('/assets/')) return sendIndex(reply);
    return reply.callNotFound();
  });
}
