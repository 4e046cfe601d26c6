/**
 * HTTP throughput of the task list under load, against a bare Fastify route that runs the
 * same SQL (the list query and the coordinators query, through the same repository) with no
 * session, no validation, no zod serialisation: the ratio between them is our overhead.
 * @module
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Timeliness } from '@ketluan/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Context } from '../../apps/server/src/context.ts';
import { createTasksRepository } from '../../apps/server/src/modules/tasks/tasks.repository.ts';
import { BENCH_DIR } from './datasets.ts';
import type { Sampled } from './measure.ts';

export interface ListCase {
  owner: string;
  timeliness: string;
}

/** A Fastify with one route: the list endpoint's SQL and nothing else. */
export async function bareApp(ctx: Context): Promise<FastifyInstance> {
  const repo = createTasksRepository(ctx.db.kysely);
  const window = await ctx.services.tasks.windowFor();
  const app = Fastify({ logger: false });
  app.get('/bare/tasks', async (req, reply) => {
    const q = req.query as { owner: string; timeliness: string };
    const rows = await repo.list({
      owner: q.owner,
      timeliness: q.timeliness.split(',') as Timeliness[],
      window,
      sort: 'due',
      limit: 50,
    });
    const coordinators = await repo.coordinatorsOf(rows.slice(0, 50).map((r) => r.id));
    reply.header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify({ rows, coordinators });
  });
  return app;
}

export const listPath = (c: ListCase) =>
  `/api/tasks?owner=${c.owner}&timeliness=${encodeURIComponent(c.timeliness)}&limit=50`;
export const barePath = (c: ListCase) =>
  `/bare/tasks?owner=${c.owner}&timeliness=${encodeURIComponent(c.timeliness)}`;

/** Runs autocannon in a child process against `url` cycling through `paths`. */
export function autocannon(
  url: string,
  paths: string[],
  headers: Record<string, string>,
  duration: number,
  connections = 10,
): Promise<Sampled & { non2xx: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(BENCH_DIR, 'lib', 'load-child.ts'),
        JSON.stringify({ url, paths, headers, connections, duration }),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
        requests: number;
        total: number;
        p50: number;
        p99: number;
        non2xx: number;
        errors: number;
        duration: number;
      };
      if (r.errors) return reject(new Error(`autocannon: ${r.errors} errors`));
      resolve({
        p50_ms: r.p50,
        p99_ms: r.p99,
        per_s: Math.round((r.total / r.duration) * 10) / 10,
        samples: r.total,
        non2xx: r.non2xx,
      });
    });
  });
}
