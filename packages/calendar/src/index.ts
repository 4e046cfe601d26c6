/**
 * `@ketluan/calendar`: plain ISO dates, the Vietnamese lunar calendar, public holidays and
 * working-day arithmetic for Vietnamese state bodies. Pure TypeScript: no I/O, no
 * dependencies, and no use of the host's time zone.
 *
 * @module
 */

export {
  defaultHolidays,
  type Holiday,
  type HolidayKind,
  type HolidayOccasion,
  OCCASION_NAMES,
  statutoryHolidays,
} from './holidays.ts';
export { type LunarDate, leapMonthOf, lunarToSolar, solarToLunar } from './lunar.ts';
export { OFFICIAL_SCHEDULES, type OfficialSchedule, officialScheduleOf } from './official.ts';
export {
  addDays,
  compareIsoDate,
  type DateParts,
  dayOfWeek,
  diffDays,
  fromEpochDay,
  type IsoDate,
  isLeapYear,
  isValidIsoDate,
  lastDayOfMonth,
  parseIsoDate,
  todayInVietnam,
  toEpochDay,
  toIsoDate,
  VIETNAM_UTC_OFFSET_HOURS,
} from './plain-date.ts';
export { createWorkCalendar, type WorkCalendar } from './work-calendar.ts';
export { governmentSchedule, type YearOverride, type YearSchedule } from './year-schedule.ts';
