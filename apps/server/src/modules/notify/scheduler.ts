/**
 * The reminder scheduler inside `ketluan serve`: every few minutes, from the hour set by
 * `reminderHour` (Vietnam time), it calls the same `runDue()` that `ketluan remind` runs from
 * cron. Runs never overlap within a process; across processes the claim table and the run
 * lock keep each reminder to one e-mail.
 * @module
 */
import type { Clock } from '../../lib/clock.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { NotifyService } from './notify.service.ts';

/** The part of a pino logger the scheduler uses. */
export interface SchedulerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A running scheduler. */
export interface ReminderScheduler {
  /** Runs once now (unless a run is in progress) and resolves when it ends. */
  tick(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/** How often the scheduler looks for due reminders. */
export const DEFAULT_INTERVAL_MS = 10 * 60_000;

/** Starts the timer of `ketluan serve`; call `stop()` before closing the context. */
export function startReminderScheduler(opts: {
  notify: NotifyService;
  settings: SettingsService;
  clock: Clock;
  log: SchedulerLog;
  intervalMs?: number;
  /** Delay of the first run after start. */
  firstRunMs?: number;
}): ReminderScheduler {
  let running: Promise<void> | null = null;
  let stopped = false;

  const runOnce = async () => {
    const hour = (opts.clock.now().getUTCHours() + 7) % 24;
    if (hour < (await opts.settings.get('reminderHour'))) return;
    const r = await opts.notify.runDue({
      log: (msg, data) => opts.log.warn(data, msg),
    });
    if (r.claimed || r.failed) opts.log.info({ reminders: r }, 'reminders sent');
  };

  const tick = () => {
    if (stopped) return Promise.resolve();
    running ??= runOnce()
      .catch((err) => opts.log.error({ err }, 'reminder run failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const interval = setInterval(() => void tick(), opts.intervalMs ?? DEFAULT_INTERVAL_MS);
  interval.unref();
  const first = setTimeout(() => void tick(), opts.firstRunMs ?? 5_000);
  first.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(interval);
      clearTimeout(first);
      await running;
    },
  };
}
