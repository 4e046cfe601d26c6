/**
 * The working-day calendar in force: the computed and official Vietnamese holidays of
 * `@ketluan/calendar`, with the admin's per-year overrides from the `holidays` table.
 * @module
 */
import { createWorkCalendar, type WorkCalendar, type YearOverride } from '@ketluan/calendar';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';

export interface YearDays {
  year: number;
  replace: boolean;
  offDays: { date: string; name: string }[];
  workDays: { date: string; name: string }[];
}

const CACHE_MS = 10_000;

export function createCalendarService(deps: {
  db: Kysely<Database>;
  settings: SettingsService;
  audit: AuditService;
  clock: Clock;
}) {
  let cache: { at: number; calendar: WorkCalendar } | undefined;

  async function build(): Promise<WorkCalendar> {
    const rows = await deps.db.selectFrom('holidays').select(['date', 'year', 'kind']).execute();
    const replaceYears = new Set(await deps.settings.get('calendarReplaceYears'));
    const byYear = new Map<number, YearOverride>();
    for (const y of replaceYears)
      byYear.set(y, { year: y, offDays: [], workDays: [], replace: true });
    for (const r of rows) {
      const o = byYear.get(r.year) ?? { year: r.year, offDays: [], workDays: [], replace: false };
      (r.kind === 'work' ? o.workDays : o.offDays).push(r.date);
      byYear.set(r.year, o);
    }
    return createWorkCalendar([...byYear.values()]);
  }

  return {
    /** The calendar with every override applied (cached for a few seconds). */
    async get(): Promise<WorkCalendar> {
      const now = Date.now();
      if (!cache || now - cache.at > CACHE_MS) cache = { at: now, calendar: await build() };
      return cache.calendar;
    },

    /** The admin's overrides of one year, and the resulting days off. */
    async year(year: number) {
      const rows = await deps.db
        .selectFrom('holidays')
        .selectAll()
        .where('year', '=', year)
        .orderBy('date')
        .execute();
      const calendar = await this.get();
      return {
        year,
        replace: (await deps.settings.get('calendarReplaceYears')).includes(year),
        overrides: rows.map((r) => ({
          date: r.date,
          kind: r.kind as 'off' | 'work',
          name: r.name,
        })),
        daysOff: calendar.holidaysOf(year).map((h) => ({ date: h.date, name: h.name })),
        makeUpWorkdays: calendar.makeUpWorkdaysOf(year),
      };
    },

    /** Replaces the admin's overrides of one year, in one transaction, audited. */
    async setYear(actorUserId: string, input: YearDays) {
      for (const d of [...input.offDays, ...input.workDays]) {
        if (Number(d.date.slice(0, 4)) !== input.year) {
          throw badRequest('date_outside_year', `Ngày ${d.date} không thuộc năm ${input.year}`);
        }
      }
      const now = deps.clock.now().toISOString();
      const years = new Set(await deps.settings.get('calendarReplaceYears'));
      await deps.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('holidays')
          .selectAll()
          .where('year', '=', input.year)
          .execute();
        await trx.deleteFrom('holidays').where('year', '=', input.year).execute();
        const rows = [
          ...input.offDays.map((d) => ({ ...d, kind: 'off' })),
          ...input.workDays.map((d) => ({ ...d, kind: 'work' })),
        ].map((d) => ({
          date: d.date,
          year: input.year,
          kind: d.kind,
          name: d.name,
          created_by: actorUserId,
          created_at: now,
        }));
        if (rows.length) await trx.insertInto('holidays').values(rows).execute();
        if (input.replace) years.add(input.year);
        else years.delete(input.year);
        await deps.settings.set(actorUserId, 'calendarReplaceYears', [...years].sort(), trx);
        await deps.audit.record(trx, {
          actorUserId,
          action: 'calendar.set_year',
          entity: 'calendar',
          entityId: String(input.year),
          before,
          after: input,
        });
      });
      cache = undefined;
    },

    invalidate() {
      cache = undefined;
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
