/**
 * `node --import tsx bench/diagnose.ts [--tasks N] [--db sqlite|postgres]`: times every list
 * case and search query of the benchmark one by one (through the app), slowest first — to find
 * what a p99 is made of.
 */

import { sql } from 'kysely';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createContext } from '../apps/server/src/context.ts';
import { parseOptions } from './lib/args.ts';
import { pgUrl, sqliteDir } from './lib/datasets.ts';
import { LIST_TIMELINESS, SEARCH_QUERIES } from './lib/db-bench.ts';
import { listPath } from './lib/http-load.ts';

const options = parseOptions(process.argv.slice(2));
const n = options.sizes[0]!;
for (const engine of options.engines) {
  const env: Record<string, string> = {
    LOG_LEVEL: 'silent',
    KETLUAN_DEMO_DATA: 'false',
    KETLUAN_DATA_DIR: sqliteDir(n),
  };
  if (engine === 'postgres') env.KETLUAN_DATABASE_URL = pgUrl(n);
  const ctx = await createContext(loadConfig(env));
  await ctx.services.users.ensureAdmin('bench-admin-password');
  const app = await buildApp(ctx, { logger: false });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: 'bench-admin-password' },
  });
  const c = login.cookies.find((x) => x.name === 'ketluan_session')!;
  const cookie = `${c.name}=${c.value}`;
  const owners = await ctx.db.kysely
    .selectFrom('tasks')
    .select(['owner_org_id', sql<number>`count(*)`.as('n')])
    .groupBy('owner_org_id')
    .orderBy('n', 'desc')
    .limit(24)
    .execute();
  const time = async (url: string) => {
    await app.inject({ method: 'GET', url, headers: { cookie } });
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url, headers: { cookie } });
    return (performance.now() - t0) / 3;
  };
  const rows: [number, string][] = [];
  for (const t of LIST_TIMELINESS)
    for (const o of owners.slice(0, 6))
      rows.push([
        await time(listPath({ owner: o.owner_org_id, timeliness: t })),
        `list ${t} ${o.n}`,
      ]);
  for (const q of SEARCH_QUERIES)
    rows.push([await time(`/api/search?q=${encodeURIComponent(q)}`), `search ${q}`]);
  rows.sort((a, b) => b[0] - a[0]);
  console.log(`== ${engine} ${n}`);
  for (const [ms, what] of rows.slice(0, 25)) console.log(ms.toFixed(1).padStart(8), what);
  await app.close();
  await ctx.close();
}
