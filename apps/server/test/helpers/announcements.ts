/**
 * Setup shared by the announcement tests: the seed meeting (346/TB-UBND) entered through the
 * API, users of each role, and shortcuts to compose, approve and issue.
 */
import { expect } from 'vitest';
import { SEED_ISSUED, SEED_ITEMS, SEED_MEETING } from '../fixtures/seed-346.ts';
import type { TestApp } from './app.ts';
import { call, makeUser, orgByAlias, type TestUser } from './factories.ts';

export interface Cast {
  office: TestUser;
  leader: TestUser;
  viewer: TestUser;
  /** Agency of Sở Giáo dục và Đào tạo, owner of item 1's task. */
  gddt: TestUser;
  /** Agency of Sở Tư pháp, concerned by nothing in the seed. */
  tuPhap: TestUser;
}

export async function makeCast(t: TestApp): Promise<Cast> {
  return {
    office: await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh'),
    leader: await makeUser(t, 'leader'),
    viewer: await makeUser(t, 'viewer'),
    gddt: await makeUser(t, 'agency', 'Sở Giáo dục và Đào tạo'),
    tuPhap: await makeUser(t, 'agency', 'Sở Tư pháp'),
  };
}

/** Enters the seed meeting, its items and tasks; returns the meeting id. */
export async function enterSeedMeeting(
  t: TestApp,
  office: TestUser,
  items = SEED_ITEMS,
): Promise<string> {
  const m = await call(t, office, 'POST', '/api/meetings', SEED_MEETING);
  expect(m.status, JSON.stringify(m.body)).toBe(201);
  for (const item of items) {
    const created = await call(t, office, 'POST', `/api/meetings/${m.body.id}/items`, {
      title: item.title,
      indexLabel: item.index,
      presenterOrgId: await orgByAlias(t, item.presenter),
      verdict: item.verdict,
      revisionPoints: item.revisionPoints,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    for (const task of item.tasks) {
      const r = await call(t, office, 'POST', '/api/tasks', {
        title: task.title,
        itemId: created.body.id,
        ownerOrgId: await orgByAlias(t, task.owner),
        coordinatorOrgIds: await Promise.all(
          (task.coordinators ?? []).map((c) => orgByAlias(t, c)),
        ),
        deadlineText: task.deadlineText,
        forum: task.forum,
        assignedDate: SEED_ISSUED,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
  }
  return m.body.id;
}

/** Composes a draft with a signer; returns it. */
export async function composeSigned(
  t: TestApp,
  office: TestUser,
  meetingId: string,
  extra: object = {},
) {
  const r = await call(t, office, 'POST', `/api/meetings/${meetingId}/announcements`, {
    signerName: 'Phạm Hùng Trường',
    ...extra,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

/** Composes, approves and returns an approved draft. */
export async function approvedDraft(t: TestApp, cast: Cast, meetingId: string, extra: object = {}) {
  const draft = await composeSigned(t, cast.office, meetingId, extra);
  const r = await call(t, cast.leader, 'POST', `/api/announcements/${draft.id}/approve`, {});
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}
