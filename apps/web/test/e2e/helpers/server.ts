/**
 * Starts the real ketluan server (the CLI's `serve`) on a free port with a fresh data
 * folder, after building the web app once, for browser tests.
 * @module
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
export const ADMIN_PASSWORD = 'e2e-admin-pass-1';

let built = false;

const LOCK = join(tmpdir(), 'ketluan-web-build.lock');

/** Waits for, then takes, the build lock (test files run in parallel processes). */
function lockBuild(): () => void {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // A lock older than two minutes was left by a killed run.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`the web build lock ${LOCK} is held`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

/** Builds apps/web when its sources are newer than the build (once per test process). */
export function buildWebOnce(): void {
  if (built) return;
  const unlock = lockBuild();
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'apps/web/scripts/ensure-build.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('building the web app failed');
  } finally {
    unlock();
  }
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
  /** Runs `ketluan <args>` on the same database (as cron would beside the server); stdout. */
  cli: (args: string[]) => string;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  buildWebOnce();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ketluan-e2e-'));
  let output = '';
  const serverEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KETLUAN_DATA_DIR: dataDir,
    KETLUAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    KETLUAN_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  };
  const bin = join(ROOT, 'apps/server/bin/ketluan.mjs');
  const child: ChildProcess = spawn(process.execPath, [bin, 'serve'], {
    cwd: ROOT,
    env: serverEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    cli: (args) => {
      const r = spawnSync(process.execPath, [bin, ...args], {
        cwd: ROOT,
        env: serverEnv,
        encoding: 'utf8',
        timeout: 30_000,
      });
      if (r.status !== 0) throw new Error(`ketluan ${args.join(' ')}: ${r.status}\n${r.stderr}`);
      return r.stdout;
    },
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
