/**
 * How the server names the groups of the report by leader (`apps/server/src/modules/reports/
 * grouping.ts`): the chair's name as written, or one of two fixed labels.
 * @module
 */
import type { MeetingReport } from '@ketluan/contracts';
import type { Translate } from '../../i18n/index.tsx';

/** The leader row of meetings without a chair written down. */
export const NO_CHAIR = '(Không rõ người chủ trì)';
/** The row of tasks assigned outside any meeting. */
export const NO_MEETING = '(Nhiệm vụ giao ngoài cuộc họp)';

type MeetingRow = MeetingReport['rows'][number];

/** The leader row a meeting row counts under. */
export function leaderOfMeeting(m: Pick<MeetingRow, 'meetingId' | 'chairName'>): string {
  return m.meetingId ? m.chairName?.trim() || NO_CHAIR : NO_MEETING;
}

/** A leader row's name for people, in the UI's language. */
export function leaderLabel(t: Translate, leader: string): string {
  if (leader === NO_CHAIR) return t('reports.noChair');
  if (leader === NO_MEETING) return t('reports.noMeeting');
  return leader;
}

/** A meeting row's name for people. */
export function meetingLabel(t: Translate, m: MeetingRow, formatDate: (d: string) => string) {
  if (!m.meetingId) return t('reports.noMeeting');
  return m.meetingDate ? `${formatDate(m.meetingDate)} · ${m.title}` : m.title;
}
