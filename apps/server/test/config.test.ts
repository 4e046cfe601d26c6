import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.engine).toBe('sqlite');
    expect(c.database).toMatchObject({ file: expect.stringMatching(/data[/\\]ketluan\.db$/) });
  });

  it('selects PostgreSQL from a postgres:// URL', () => {
    const c = loadConfig({ KETLUAN_DATABASE_URL: 'postgres://u@127.0.0.1:5432/x' });
    expect(c.database).toEqual({ engine: 'postgres', url: 'postgres://u@127.0.0.1:5432/x' });
  });

  it('reports every invalid variable at once', () => {
    try {
      loadConfig({
        PORT: 'abc',
        KETLUAN_DATABASE_URL: 'mysql://x',
        KETLUAN_ADMIN_PASSWORD: 'short',
        KETLUAN_TRUST_PROXY: 'maybe',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const v of [
        'PORT',
        'KETLUAN_DATABASE_URL',
        'KETLUAN_ADMIN_PASSWORD',
        'KETLUAN_TRUST_PROXY',
      ]) {
        expect(problems).toContain(v);
      }
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', KETLUAN_DATABASE_URL: '' }).database.engine).toBe('sqlite');
  });
});
