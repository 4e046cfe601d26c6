/**
 * The announcements service: one object over the core (compose, read, edit, versions, render),
 * the way out of draft (approve, issue, publication, corrections), the public view and the
 * meeting record. Wired in `context.ts` with its dependencies.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { MeetingsService } from '../meetings/meetings.service.ts';
import type { SettingsService } from '../settings/settings.service.ts';
import type { TasksService } from '../tasks/tasks.service.ts';
import { createAnnouncementsCore } from './announcements.core.ts';
import { createAnnouncementsRepository } from './announcements.repository.ts';
import { toOfficialDocument } from './document.ts';
import { createDrafting } from './drafting.ts';
import { createIssuing } from './issuing.ts';
import { createMeetingRecord } from './meeting-record.ts';
import { createPublished } from './published.ts';

export type { Actor } from './announcements.core.ts';

export function createAnnouncementsService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  clock: Clock;
  meetings: MeetingsService;
  settings: SettingsService;
  tasks: TasksService;
}) {
  const repo = createAnnouncementsRepository(deps.db);
  const core = createAnnouncementsCore({ ...deps, repo });
  const drafting = createDrafting({ ...deps, repo }, core);
  const issuing = createIssuing({ ...deps, repo }, core);
  const published = createPublished({ repo, core, tasks: deps.tasks });
  const record = createMeetingRecord({ ...deps, repo });
  return {
    compose: drafting.compose,
    get: core.get,
    list: core.list,
    update: drafting.update,
    versions: core.versions,
    render: core.render,
    approve: issuing.approve,
    issue: issuing.issue,
    setPublication: issuing.setPublication,
    correct: issuing.correct,
    listPublished: published.listPublished,
    getPublished: published.getPublished,
    meetingRecord: record.meetingRecord,
    /** An announcement as the document model, for the `render` command (no access check). */
    async documentOf(id: string) {
      const a = await core.present(id);
      return { announcement: a, document: toOfficialDocument(a, core.today()) };
    },
  };
}
export type AnnouncementsService = ReturnType<typeof createAnnouncementsService>;
