import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { bootstrap, createContext } from '../src/context.ts';

const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'apps/server/bin/ketluan.mjs');

describe('ketluan CLI', () => {
  it('npx ketluan --help lists the commands', () => {
    const r = spawnSync('npx', ['ketluan', '--help'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/serve/);
    expect(r.stdout).toMatch(/migrate/);
  });

  it('reports every invalid variable at once and exits 78', () => {
    const r = spawnSync('node', [bin, 'migrate'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORT: 'x', KETLUAN_DATABASE_URL: 'mysql://nope' },
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toMatch(/PORT/);
    expect(r.stderr).toMatch(/KETLUAN_DATABASE_URL/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('migrate creates and migrates a SQLite database, then says it is up to date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketluan-cli-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, KETLUAN_DATA_DIR: dir };
      delete env.KETLUAN_DATABASE_URL;
      const first = spawnSync('node', [bin, 'migrate'], { cwd: root, encoding: 'utf8', env });
      expect(first.stdout).toMatch(/Applied \d+ migration/);
      expect(existsSync(join(dir, 'ketluan.db'))).toBe(true);
      const second = spawnSync('node', [bin, 'migrate'], { cwd: root, encoding: 'utf8', env });
      expect(second.stdout).toMatch(/up to date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('audit verify passes on an intact chain and fails on a tampered row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketluan-audit-'));
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        KETLUAN_DATA_DIR: dir,
        KETLUAN_ADMIN_PASSWORD: 'admin-secret-1',
        KETLUAN_DEMO_DATA: 'false',
      };
      delete env.KETLUAN_DATABASE_URL;
      const ctx = await createContext(loadConfig(env));
      await bootstrap(ctx);
      await ctx.close();
      const ok = spawnSync('node', [bin, 'audit', 'verify'], { cwd: root, encoding: 'utf8', env });
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/intact/);
      const db = new Database(join(dir, 'ketluan.db'));
      db.prepare("update audit_log set actor_user_id = 'intruder' where seq = 1").run();
      db.close();
      const bad = spawnSync('node', [bin, 'audit', 'verify'], { cwd: root, encoding: 'utf8', env });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/broken at entry 1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('serve', () => {
    let child: ChildProcess | undefined;
    const dir = mkdtempSync(join(tmpdir(), 'ketluan-serve-'));
    afterAll(() => {
      child?.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    });

    it('serves /healthz on a fresh data dir, creating ketluan.db and printing the admin password once', async () => {
      const port = 41000 + Math.floor(Math.random() * 2000);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        KETLUAN_DATA_DIR: dir,
        PORT: String(port),
        LOG_LEVEL: 'warn',
      };
      delete env.KETLUAN_DATABASE_URL;
      delete env.KETLUAN_ADMIN_PASSWORD;
      child = spawn('node', [bin, 'serve'], { cwd: root, env });
      let out = '';
      child.stdout?.on('data', (b) => {
        out += b;
      });
      const deadline = Date.now() + 60_000;
      let body: unknown;
      while (Date.now() < deadline) {
        try {
          body = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      expect(body).toEqual({ status: 'ok' });
      expect(existsSync(join(dir, 'ketluan.db'))).toBe(true);
      const password = /password: (\S+)/.exec(out)?.[1];
      expect(password).toBeTruthy();
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
    }, 70_000);
  });
});

describe('ketluan parse on bad input', () => {
  it('never crashes: empty, binary and non-announcement files give JSON or a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketluan-parse-'));
    try {
      const files = {
        empty: join(dir, 'empty.txt'),
        binary: join(dir, 'binary.bin'),
        letter: join(dir, 'letter.txt'),
      };
      writeFileSync(files.empty, '');
      writeFileSync(files.binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9, 9]));
      writeFileSync(files.letter, 'Kính gửi anh chị,\nHẹn gặp lại vào tuần sau.\n');
      const r = spawnSync('node', [bin, 'parse', '--json', files.letter], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      const parsed = JSON.parse(r.stdout);
      expect(parsed).toMatchObject({ number: null, items: [], tasks: [] });
      const bad = spawnSync('node', [bin, 'parse', '--json', files.empty, files.binary], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/empty\.txt: Tệp rỗng/);
      expect(bad.stderr).toMatch(/binary\.bin: Chỉ nhận văn bản/);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
