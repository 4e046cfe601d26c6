/**
 * What the public may see: issued announcements the Office made public, with the progress of
 * their tasks when it chose to show it. Anything else (drafts, approved but not issued, not
 * public) does not exist here: 404.
 * @module
 */
import type { Announcement, TaskStatus, Timeliness } from '@ketluan/contracts';
import type { OfficialDocument } from '@ketluan/docgen';
import { notFound } from '../../errors.ts';
import type { TasksService } from '../tasks/tasks.service.ts';
import { deriveTimeliness } from '../tasks/timeliness.ts';
import type { AnnouncementsCore } from './announcements.core.ts';
import type { AnnouncementsRepository } from './announcements.repository.ts';
import { toOfficialDocument } from './document.ts';

export interface PublicProgress {
  title: string;
  ownerName: string;
  deadlineText: string | null;
  dueDate: string | null;
  status: TaskStatus;
  timeliness: Timeliness;
}

export interface PublishedAnnouncement {
  announcement: Announcement;
  document: OfficialDocument;
  /** Present when the Office chose to show progress. */
  progress: PublicProgress[] | null;
}

export function createPublished(deps: {
  repo: AnnouncementsRepository;
  core: AnnouncementsCore;
  tasks: TasksService;
}) {
  const { repo, core } = deps;
  return {
    /** Issued public announcements, newest first. */
    async listPublished(limit = 100): Promise<Announcement[]> {
      const rows = await repo.list({ publishedOnly: true, limit });
      return Promise.all(rows.slice(0, limit).map((r) => core.presentRow(r)));
    },

    /** One issued public announcement; 404 for anything else. */
    async getPublished(id: string): Promise<PublishedAnnouncement> {
      const row = await repo.findById(id);
      if (row?.status !== 'issued' || row.is_public !== 1) throw notFound('thông báo');
      const announcement = await core.presentRow(row);
      let progress: PublicProgress[] | null = null;
      if (row.show_progress === 1) {
        const window = await deps.tasks.windowFor();
        progress = (await repo.tasksOf(id)).map((t) => {
          const status = t.status as TaskStatus;
          return {
            title: t.title,
            ownerName: t.owner_name,
            deadlineText: t.deadline_text,
            dueDate: t.due_date,
            status,
            timeliness: deriveTimeliness(
              { status, dueDate: t.due_date, completedDate: t.completed_date },
              window,
            ),
          };
        });
      }
      return { announcement, document: toOfficialDocument(announcement, core.today()), progress };
    },
  };
}
export type Published = ReturnType<typeof createPublished>;
