import type { Item, Meeting } from '@ketluan/contracts';
import type { Selectable } from 'kysely';
import type { ItemsTable, MeetingAttendeesTable, MeetingsTable } from '../../db/schema.ts';

type ItemRow = Selectable<ItemsTable> & {
  presenter_name: string | null;
  appraiser_name: string | null;
  task_count: number | null;
};
type PointRow = { id: string; item_id: string | null; position: number; text: string };
type AttendeeRow = Selectable<MeetingAttendeesTable> & { org_name: string | null };
type MeetingRow = Selectable<MeetingsTable>;

export function presentItem(r: ItemRow, points: PointRow[]): Item {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    position: r.position,
    indexLabel: r.index_label,
    title: r.title,
    documentKinds: JSON.parse(r.document_kinds) as string[],
    presenterOrgId: r.presenter_org_id,
    presenterName: r.presenter_name ?? r.presenter_text,
    appraiserOrgId: r.appraiser_org_id,
    appraiserName: r.appraiser_name ?? r.appraiser_text,
    nextForum: r.next_forum,
    verdict: r.verdict as Item['verdict'],
    conclusionText: r.conclusion_text,
    revisionPoints: points
      .filter((p) => p.item_id === r.id)
      .map((p) => ({ id: p.id, position: p.position, text: p.text })),
    dossierId: r.dossier_id,
    carriedFromItemId: r.carried_from_item_id,
    taskCount: Number(r.task_count ?? 0),
    version: r.version,
  };
}

const meetingFields = (m: MeetingRow, announcementIds: string[]) => ({
  id: m.id,
  bodyOrgId: m.body_org_id,
  kind: m.kind as Meeting['kind'],
  title: m.title,
  period: m.period,
  sequenceLabel: m.sequence_label,
  meetingDate: m.meeting_date,
  location: m.location,
  chairName: m.chair_name,
  chairTitle: m.chair_title,
  status: m.status,
  announcementIds,
  createdAt: m.created_at,
  version: m.version,
});

export function presentMeeting(
  m: MeetingRow,
  attendees: AttendeeRow[],
  items: Item[],
  announcementIds: string[],
): Meeting {
  return {
    ...meetingFields(m, announcementIds),
    attendees: attendees.map((a) => ({
      id: a.id,
      orgId: a.org_id,
      orgName: a.org_name,
      personName: a.person_name,
      role: a.role,
      present: a.present === 1,
    })),
    items,
  };
}

export function presentMeetingSummary(
  m: MeetingRow & { item_count: number | null; task_count: number | null },
  announcementIds: string[],
) {
  return {
    ...meetingFields(m, announcementIds),
    itemCount: Number(m.item_count ?? 0),
    taskCount: Number(m.task_count ?? 0),
  };
}
