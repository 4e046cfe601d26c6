/**
 * Days off as the government actually fixed them, year by year.
 *
 * Art. 112.3 of the Labour Code lets the Prime Minister (from 1/7/2025 the Minister of Home
 * Affairs, Decree 128/2025) fix the Tết and Quốc khánh days each year, and for civil servants
 * the government often *swaps* a bridging weekday with a Saturday ("hoán đổi ngày làm việc"):
 * the weekday becomes a day off and the Saturday a working day. Those decisions cannot be
 * computed, so they are recorded here.
 *
 * A schedule names the occasions it covers; the other occasions of that year keep their
 * default days. Only what could be checked against a published notice is recorded: the set
 * of days off is authoritative; which of them is labelled holiday or compensatory is our
 * reading where the notice does not say.
 *
 * @module
 */

import {
  type Holiday,
  type HolidayOccasion,
  holidayOn,
  inLieuOn,
  OCCASION_NAMES,
} from './holidays.ts';
import { addDays, type IsoDate } from './plain-date.ts';

/** The days off of one year as fixed by the government, for the occasions it covers. */
export interface OfficialSchedule {
  year: number;
  /** The occasions this schedule fixes; the year's other occasions keep their defaults. */
  occasions: readonly HolidayOccasion[];
  /**
   * Every day off of those occasions: the holidays themselves (also when they fall on a
   * weekend) and the weekdays given in lieu or by a swap.
   */
  offDays: readonly Holiday[];
  /** Saturdays made working days to pay back a swapped weekday. */
  makeUpWorkdays: readonly IsoDate[];
  /** Where the days were read. */
  sources: readonly string[];
}

/** A weekday given off in exchange for a Saturday worked (hoán đổi). */
function swappedOn(date: IsoDate, occasion: HolidayOccasion): Holiday {
  return {
    date,
    name: `Nghỉ hoán đổi dịp ${OCCASION_NAMES[occasion]}`,
    kind: 'compensatory',
    occasion,
  };
}

const ALL_OCCASIONS: readonly HolidayOccasion[] = [
  'new-year',
  'lunar-new-year',
  'hung-kings',
  'victory-day',
  'labour-day',
  'national-day',
];

/** `count` consecutive holidays of one occasion, starting on `first`. */
function holidayRun(first: IsoDate, count: number, occasion: HolidayOccasion): Holiday[] {
  return Array.from({ length: count }, (_, i) => holidayOn(addDays(first, i), occasion));
}

const SCHEDULE_2020: OfficialSchedule = {
  year: 2020,
  // Labour Code 2012 still applied: Quốc khánh was a single day.
  occasions: ALL_OCCASIONS,
  offDays: [
    holidayOn('2020-01-01', 'new-year'),
    inLieuOn('2020-01-23', 'lunar-new-year'),
    ...holidayRun('2020-01-24', 5, 'lunar-new-year'),
    inLieuOn('2020-01-29', 'lunar-new-year'),
    holidayOn('2020-04-02', 'hung-kings'),
    holidayOn('2020-04-30', 'victory-day'),
    holidayOn('2020-05-01', 'labour-day'),
    holidayOn('2020-09-02', 'national-day'),
  ],
  makeUpWorkdays: [],
  sources: [
    'Tết 23/1–29/1/2020: https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2 (07/01/2020)',
    'Bộ luật Lao động 2012, Điều 115: Quốc khánh 01 ngày (02/9)',
  ],
};

const SCHEDULE_2021: OfficialSchedule = {
  year: 2021,
  occasions: ALL_OCCASIONS,
  offDays: [
    holidayOn('2021-01-01', 'new-year'),
    inLieuOn('2021-02-10', 'lunar-new-year'),
    ...holidayRun('2021-02-11', 5, 'lunar-new-year'),
    inLieuOn('2021-02-16', 'lunar-new-year'),
    holidayOn('2021-04-21', 'hung-kings'),
    holidayOn('2021-04-30', 'victory-day'),
    holidayOn('2021-05-01', 'labour-day'),
    inLieuOn('2021-05-03', 'labour-day'),
    holidayOn('2021-09-02', 'national-day'),
    holidayOn('2021-09-03', 'national-day'),
  ],
  makeUpWorkdays: [],
  sources: ['https://sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html'],
};

const SCHEDULE_2022: OfficialSchedule = {
  year: 2022,
  occasions: ALL_OCCASIONS,
  offDays: [
    holidayOn('2022-01-01', 'new-year'),
    inLieuOn('2022-01-03', 'new-year'),
    holidayOn('2022-01-31', 'lunar-new-year'),
    ...holidayRun('2022-02-01', 4, 'lunar-new-year'),
    holidayOn('2022-04-10', 'hung-kings'),
    inLieuOn('2022-04-11', 'hung-kings'),
    holidayOn('2022-04-30', 'victory-day'),
    holidayOn('2022-05-01', 'labour-day'),
    inLieuOn('2022-05-02', 'victory-day'),
    inLieuOn('2022-05-03', 'labour-day'),
    holidayOn('2022-09-01', 'national-day'),
    holidayOn('2022-09-02', 'national-day'),
  ],
  makeUpWorkdays: [],
  sources: [
    'Tết 31/1–4/2/2022 (Công văn 245/VPCP-KGVX, 11/01/2022): https://kinhtemoitruong.vn./nghi-82743.tag',
    'Giỗ Tổ, 30/4–1/5 in lieu: https://qbtv.vn/portal/pages/2022-4-5/lich-nghi-le-gio-to-hung-vuong-dip-30-4-va-1-5-23773.aspx',
  ],
};

const SCHEDULE_2023: OfficialSchedule = {
  year: 2023,
  occasions: ALL_OCCASIONS,
  offDays: [
    holidayOn('2023-01-01', 'new-year'),
    inLieuOn('2023-01-02', 'new-year'),
    inLieuOn('2023-01-20', 'lunar-new-year'),
    ...holidayRun('2023-01-21', 5, 'lunar-new-year'),
    inLieuOn('2023-01-26', 'lunar-new-year'),
    holidayOn('2023-04-29', 'hung-kings'),
    holidayOn('2023-04-30', 'victory-day'),
    holidayOn('2023-05-01', 'labour-day'),
    inLieuOn('2023-05-02', 'hung-kings'),
    inLieuOn('2023-05-03', 'victory-day'),
    holidayOn('2023-09-01', 'national-day'),
    holidayOn('2023-09-02', 'national-day'),
    inLieuOn('2023-09-04', 'national-day'),
  ],
  makeUpWorkdays: [],
  sources: [
    'Tết 20/1–26/1/2023: https://investinquangninh.vn/vi/news/viet-nam-nghi-tet-7-ngay.html',
    'Quốc khánh 1/9–4/9/2023 (Công văn 8056/VPCP-KGVX, 01/12/2022, as reported)',
  ],
};

const SCHEDULE_2024: OfficialSchedule = {
  year: 2024,
  occasions: ALL_OCCASIONS,
  offDays: [
    holidayOn('2024-01-01', 'new-year'),
    inLieuOn('2024-02-08', 'lunar-new-year'),
    ...holidayRun('2024-02-09', 5, 'lunar-new-year'),
    inLieuOn('2024-02-14', 'lunar-new-year'),
    holidayOn('2024-04-18', 'hung-kings'),
    swappedOn('2024-04-29', 'victory-day'),
    holidayOn('2024-04-30', 'victory-day'),
    holidayOn('2024-05-01', 'labour-day'),
    holidayOn('2024-09-02', 'national-day'),
    holidayOn('2024-09-03', 'national-day'),
  ],
  makeUpWorkdays: ['2024-05-04'],
  sources: [
    'Swap 29/4 ↔ 4/5/2024 (Công văn 2450/VPCP-KGVX, 12/04/2024): https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html',
    'Quốc khánh 31/8–3/9/2024: http://m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html',
  ],
};

const SCHEDULE_2025: OfficialSchedule = {
  year: 2025,
  occasions: ALL_OCCASIONS,
  offDays: [
    holidayOn('2025-01-01', 'new-year'),
    // Tết taken 2 days before and 3 after (28 tháng Chạp – mùng 3).
    ...holidayRun('2025-01-27', 5, 'lunar-new-year'),
    holidayOn('2025-04-07', 'hung-kings'),
    holidayOn('2025-04-30', 'victory-day'),
    holidayOn('2025-05-01', 'labour-day'),
    swappedOn('2025-05-02', 'labour-day'),
    holidayOn('2025-09-01', 'national-day'),
    holidayOn('2025-09-02', 'national-day'),
  ],
  makeUpWorkdays: ['2025-04-26'],
  sources: [
    'Swap 2/5 ↔ 26/4/2025, Quốc khánh 30/8–2/9/2025: https://thoidai.com.vn/nguoi-lao-dong-se-co-ky-nghi-304-15-dai-5-ngay-209915.html',
  ],
};

const SCHEDULE_2026: OfficialSchedule = {
  year: 2026,
  // Quốc khánh 2026 had not been fixed when this was recorded: the default applies.
  occasions: ['new-year', 'lunar-new-year', 'hung-kings', 'victory-day', 'labour-day'],
  offDays: [
    holidayOn('2026-01-01', 'new-year'),
    swappedOn('2026-01-02', 'new-year'),
    ...holidayRun('2026-02-16', 5, 'lunar-new-year'),
    holidayOn('2026-04-26', 'hung-kings'),
    inLieuOn('2026-04-27', 'hung-kings'),
    holidayOn('2026-04-30', 'victory-day'),
    holidayOn('2026-05-01', 'labour-day'),
  ],
  makeUpWorkdays: ['2026-01-10'],
  sources: [
    'Swap 2/1 ↔ 10/1/2026 (Bộ Nội vụ, 25/12/2025): https://www.24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html',
    'Tết 16/2–20/2/2026: https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm',
    'Giỗ Tổ 26/4, in lieu 27/4; 30/4–1/5: https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
  ],
};

/** Every recorded schedule, one per year. */
export const OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = [
  SCHEDULE_2020,
  SCHEDULE_2021,
  SCHEDULE_2022,
  SCHEDULE_2023,
  SCHEDULE_2024,
  SCHEDULE_2025,
  SCHEDULE_2026,
];

/** The recorded schedule of `year`, or `undefined` if the government's decision is not recorded. */
export function officialScheduleOf(year: number): OfficialSchedule | undefined {
  return OFFICIAL_SCHEDULES.find((schedule) => schedule.year === year);
}
