import type { ReportCounts } from '@ketluan/contracts';
import { describe, expect, it } from 'vitest';
import { notificationPath } from '../../src/api/notifications.ts';
import { changedFields } from '../../src/features/announcements/announcement-versions.tsx';
import {
  CATEGORY_TIMELINESS,
  chartRows,
  percent,
  ratePercent,
  taskListLink,
} from '../../src/features/dashboard/summary.ts';
import { leaderOfMeeting, NO_CHAIR, NO_MEETING } from '../../src/features/reports/leaders.ts';

const counts = (over: Partial<ReportCounts>): ReportCounts => ({
  assigned: 0,
  doneOnTime: 0,
  doneLate: 0,
  openInTime: 0,
  openOverdue: 0,
  noDeadline: 0,
  dueSoon: 0,
  cancelled: 0,
  completionRate: 0,
  onTimeRate: 0,
  averageDelayDays: null,
  ...over,
});

describe('dashboard and report figures', () => {
  it('charts the groups with the most tasks first and leaves empty ones out', () => {
    const rows = [
      { ...counts({ assigned: 1, openOverdue: 1 }), orgId: 'b', orgName: 'Sở B' },
      { ...counts({ assigned: 3, doneOnTime: 1, openInTime: 2 }), orgId: 'a', orgName: 'Sở A' },
      { ...counts({ assigned: 1, doneLate: 1 }), orgId: 'c', orgName: 'Sở Ă' },
      { ...counts({ cancelled: 2 }), orgId: 'd', orgName: 'Sở D' },
    ];
    const chart = chartRows(
      rows,
      (r) => r.orgId,
      (r) => r.orgName,
    );
    expect(chart.map((r) => [r.name, r.assigned])).toEqual([
      ['Sở A', 3],
      ['Sở Ă', 1],
      ['Sở B', 1],
    ]);
    expect(chart[0]).toMatchObject({ key: 'a', doneOnTime: 1, openInTime: 2, openOverdue: 0 });
    expect(
      chartRows(
        rows,
        (r) => r.orgId,
        (r) => r.orgName,
        1,
      ),
    ).toHaveLength(1);
  });

  it('links a category to the task list of the same period and day', () => {
    expect(CATEGORY_TIMELINESS.openInTime).toBe('not_due,due_soon,no_deadline');
    expect(
      taskListLink(
        { timeliness: 'overdue', owner: undefined },
        { from: '2021-01-01', asOf: '2021-06-30' },
      ),
    ).toBe('/tasks?timeliness=overdue&assignedFrom=2021-01-01&asOf=2021-06-30');
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
    expect(ratePercent(0.875)).toBe(87.5);
    expect(ratePercent(2 / 3)).toBe(66.7);
  });

  it('puts a meeting under the leader row the server counts it in', () => {
    expect(leaderOfMeeting({ meetingId: 'm', chairName: ' Hồ Tiến Thiệu ' })).toBe('Hồ Tiến Thiệu');
    expect(leaderOfMeeting({ meetingId: 'm', chairName: null })).toBe(NO_CHAIR);
    expect(leaderOfMeeting({ meetingId: null, chairName: null })).toBe(NO_MEETING);
  });

  it('opens a notification at its link, made relative, else at its task', () => {
    expect(notificationPath({ link: '/tasks/1', taskId: '1' })).toBe('/tasks/1');
    expect(notificationPath({ link: 'https://kl.example.vn/tasks/2?x=1', taskId: null })).toBe(
      '/tasks/2?x=1',
    );
    expect(notificationPath({ link: null, taskId: '3' })).toBe('/tasks/3');
    expect(notificationPath({ link: null, taskId: null })).toBeNull();
  });

  it('names the fields a saved version changed', () => {
    expect(changedFields(undefined, { a: 1 })).toEqual([]);
    expect(
      changedFields(
        { summary: 'a', content: { body: [1] } },
        { summary: 'b', content: { body: [1] } },
      ),
    ).toEqual(['summary']);
  });
});
