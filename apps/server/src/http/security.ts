/**
 * HTTP hardening shared by every route: security headers (helmet) with a strict Content
 * Security Policy fit for the React app served from the same origin, and guards that refuse,
 * before a route sees them, NUL characters in any parameter, query or JSON body (PostgreSQL
 * cannot store U+0000 in text) and multipart bodies without a boundary — both would otherwise
 * surface as a 500.
 * See docs/security.md for the threat model these serve.
 * @module
 */
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors.ts';

export interface SecurityOptions {
  /** Behind a TLS-terminating proxy (KETLUAN_TRUST_PROXY): adds HSTS and upgrades requests. */
  tls: boolean;
}

/**
 * The Content Security Policy of every response. Scripts only from our origin (the built
 * app and Swagger UI's bundled files; no inline script, no eval). Inline styles are allowed
 * because Ant Design and Swagger UI write style elements and attributes at run time.
 */
export function contentSecurityPolicy(tls: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    ...(tls ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Secrets that travel in a path (the calendar feed's token) never reach the logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/ical\/[^/?#]+/g, '/ical/[redacted].ics');
}

/** pino serializers for Fastify's request logs: Fastify's fields, with the URL redacted. */
export const logSerializers = {
  req(req: {
    method: string;
    url: string;
    host?: string;
    ip?: string;
    socket?: { remotePort?: number };
  }) {
    return {
      method: req.method,
      url: redactUrl(req.url),
      host: req.host,
      remoteAddress: req.ip,
      remotePort: req.socket?.remotePort,
    };
  },
};

/** Registers the security headers and the request guards; call before any route. */
export async function registerSecurity(
  app: FastifyInstance,
  options: SecurityOptions,
): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options.tls) },
    // HSTS only makes sense when the browser reached us over TLS.
    hsts: options.tls ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    frameguard: { action: 'deny' },
    // Not "no-referrer": with it browsers send `Origin: null` on same-origin POSTs, which the
    // Origin check (csrf.ts) must refuse.
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });

  // A multipart body without its boundary cannot be parsed (busboy throws a bare Error).
  app.addHook('onRequest', async (req) => {
    const type = req.headers['content-type'];
    if (type && /^\s*multipart\//i.test(type) && !/;\s*boundary=/i.test(type))
      throw badRequest('invalid_multipart', 'Dữ liệu multipart thiếu ranh giới (boundary)');
  });

  app.addHook('preValidation', async (req) => {
    if (containsNul(req.params) || containsNul(req.query) || containsNul(req.body)) {
      throw badRequest('invalid_characters', 'Dữ liệu chứa ký tự không hợp lệ (NUL)');
    }
  });
}

/** Whether any string (or key) in a parsed JSON value contains U+0000. Iterative, so a
 * deeply nested body cannot exhaust the stack. */
export function containsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return true;
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k.includes('\u0000')) return true;
        stack.push(x);
      }
    }
  }
  return false;
}
