/**
 * The typed HTTP client of the ketluan API. Every failing response becomes an {@link ApiError}
 * carrying the server's `{"error":{"code","message"}}` (the message is Vietnamese, written
 * for people, and is shown as is). Cookies carry the session; the server checks Origin on
 * writes, which a same-origin fetch satisfies.
 * @module
 */

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type Query = Record<string, QueryValue>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The route is not on the server yet (a feature still being built), not a missing record. */
export function isRouteMissing(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'route_not_found';
}

export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** `?a=1&b=x,y`: empty values are left out, arrays are comma-separated. */
export function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

async function readError(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as {
      error?: { code?: string; message?: string; details?: unknown; requestId?: string };
    };
    if (data?.error?.message) {
      const e = data.error;
      return new ApiError(
        res.status,
        e.code ?? 'error',
        e.message ?? '',
        e.details,
        e.requestId ?? undefined,
      );
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(res.status, `http_${res.status}`, res.statusText || `HTTP ${res.status}`);
}

export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(path + toSearch(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'Không kết nối được máy chủ');
  }
  if (!res.ok) {
    const error = await readError(res);
    if (res.status === 401) onUnauthorized?.(error);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

let onUnauthorized: ((error: ApiError) => void) | undefined;

/** Called on every 401 (an expired session): the app sends the user back to sign in. */
export function setUnauthorizedHandler(handler: (error: ApiError) => void): void {
  onUnauthorized = handler;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
