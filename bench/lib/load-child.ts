/**
 * Runs autocannon in its own process (so the load generator does not share the server's event
 * loop) and prints its summary as JSON: `node --import tsx bench/lib/load-child.ts '<json>'`.
 */
import autocannon from 'autocannon';

const opts = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  duration: number;
};

const result = await autocannon({
  url: opts.url,
  connections: opts.connections,
  duration: opts.duration,
  headers: opts.headers,
  requests: opts.paths.map((path) => ({ method: 'GET' as const, path })),
});
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    duration: result.duration,
  })}\n`,
);
