/**
 * One reminder run in a process of its own, at a fixed instant, for the exactly-once tests:
 * `node --import tsx remind-worker.ts <ISO instant> [nolock]` with the KETLUAN_* environment
 * of a test database. Prints the run's result as JSON.
 */
import { loadConfig } from '../../src/config.ts';
import { createContext } from '../../src/context.ts';
import { fixedClock } from '../../src/lib/clock.ts';

const [, , instant, mode] = process.argv;
const ctx = await createContext(loadConfig(process.env), {
  clock: fixedClock(instant!),
  skipMigrations: true,
});
try {
  const result = await ctx.services.notify.runDue({ lock: mode !== 'nolock' });
  process.stdout.write(JSON.stringify(result));
} finally {
  await ctx.close();
}
