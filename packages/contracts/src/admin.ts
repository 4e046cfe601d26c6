/**
 * Shapes of the admin screens' API: the working-day calendar of a year (holidays, make-up
 * working days). (The settings' shape is derived on the server from the schemas its settings
 * service validates with.)
 * @module
 */
import { z } from 'zod';
import { IsoDate } from './common.ts';

/** `/api/holidays/:year`. */
export const HolidayYearParams = z.object({ year: z.coerce.number().int().min(1990).max(2100) });

/** A named day of the calendar. */
export const HolidayDay = z.object({ date: IsoDate, name: z.string().trim().min(1).max(200) });
export type HolidayDay = z.infer<typeof HolidayDay>;

/** An admin's change to the computed calendar: an extra day off, or a make-up working day. */
export const HolidayOverride = z.object({
  date: IsoDate,
  kind: z.enum(['off', 'work']),
  name: z.string(),
});
export type HolidayOverride = z.infer<typeof HolidayOverride>;

/** A year's calendar: the admin's overrides and the resulting days off and make-up days. */
export const HolidayYear = z.object({
  year: z.number().int(),
  replace: z.boolean().describe('The overrides replace the computed calendar of the year'),
  overrides: z.array(HolidayOverride),
  daysOff: z.array(HolidayDay),
  makeUpWorkdays: z.array(IsoDate),
});
export type HolidayYear = z.infer<typeof HolidayYear>;

/** The admin's overrides of a year, replacing those it had. */
export const HolidayYearBody = z.object({
  replace: z.boolean().default(false),
  offDays: z.array(HolidayDay).max(60),
  workDays: z.array(HolidayDay).max(60),
});
export type HolidayYearBody = z.input<typeof HolidayYearBody>;
