/**
 * The real server as a child process (`node apps/server/bin/ketluan.mjs serve`) on a free
 * loopback port, for tests that must kill it: its stderr lines can be awaited, and it can be
 * stopped with any signal, SIGKILL included.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const BIN = join(ROOT, 'apps/server/bin/ketluan.mjs');

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => done(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves when stderr has a line matching `re` (counting only lines after `from`). */
  waitForLine(re: RegExp, options?: { count?: number; timeoutMs?: number }): Promise<string>;
  /** Sends `signal` and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the server with `env` added to the current environment; waits until /healthz answers. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      KETLUAN_DEMO_DATA: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
    lines.push(...d.toString().split('\n').filter(Boolean));
    for (const w of waiters) w();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    child,
    output: () => out,
    waitForLine(re, { count = 1, timeoutMs = 30_000 } = {}) {
      return new Promise((done, fail) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          fail(new Error(`no line ${re} after ${timeoutMs} ms:\n${out.slice(-2000)}`));
        }, timeoutMs);
        function check() {
          const hits = lines.filter((l) => re.test(l));
          if (hits.length >= count) {
            clearTimeout(timer);
            waiters.delete(check);
            done(hits[count - 1]!);
          }
        }
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A signed-in HTTP client of a running server. */
export async function signIn(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} → ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const isRaw = body instanceof Uint8Array;
    const r = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        ...(body === undefined || isRaw ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : isRaw ? Buffer.from(body) : JSON.stringify(body),
    });
    const type = r.headers.get('content-type') ?? '';
    return {
      status: r.status,
      body: type.includes('json') ? ((await r.json()) as any) : Buffer.from(await r.arrayBuffer()),
    };
  };
}
