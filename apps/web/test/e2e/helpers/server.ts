/**
 * Starts the real ketluan server (the CLI's `serve`) on a free port with a fresh data
 * folder, after building the web app once, for browser tests.
 * @module
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
export const ADMIN_PASSWORD = 'e2e-admin-pass-1';

let built = false;

/** Builds apps/web when its sources are newer than the build (once per test process). */
export function buildWebOnce(): void {
  if (built) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'apps/web/scripts/ensure-build.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('building the web app failed');
  built = true;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
  output: () => string;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  buildWebOnce();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ketluan-e2e-'));
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'apps/server/bin/ketluan.mjs'), 'serve'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        KETLUAN_DATA_DIR: dataDir,
        KETLUAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
        KETLUAN_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
